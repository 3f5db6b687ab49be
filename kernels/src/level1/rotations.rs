//! Givens rotations: constructing them (`rotg`, `rotmg`) and applying the
//! modified form (`rotm`). The ordinary rotation is applied by `rot`.

use super::same_len;
use super::split::PAR_MIN;
use super::vector_ops::split_two;
use crate::scalar::{Complex, RealScalar, Scalar};
use crate::views::VecMut;

/// Constructs a real plane rotation (`srotg`, `drotg`) that zeroes `b`:
/// `[c s; -s c] [a; b] = [r; 0]`. On return `a` holds `r` and `b` holds the
/// reconstruction value `z`; returns `(c, s)`.
///
/// `r = ±sqrt(a^2 + b^2)` takes the sign of the larger of `a`, `b`; it is
/// computed with `hypot`, so it never overflows or underflows needlessly
/// (LAPACK 3.10 semantics). `z = s` if `|a| > |b|`, else `1/c` (or 1 if `c = 0`).
pub fn rotg<R: RealScalar>(a: &mut R, b: &mut R) -> (R, R) {
    let (zero, one) = (R::zero(), R::one());
    let (anorm, bnorm) = (a.abs(), b.abs());
    if bnorm == zero {
        *b = zero;
        return (one, zero);
    }
    if anorm == zero {
        *a = *b;
        *b = one;
        return (zero, one);
    }
    let sigma = if anorm > bnorm { one.copysign(*a) } else { one.copysign(*b) };
    let r = sigma * anorm.hypot(bnorm);
    let (c, s) = (*a / r, *b / r);
    let z = if anorm > bnorm {
        s
    } else if c != zero {
        one / c
    } else {
        one
    };
    *a = r;
    *b = z;
    (c, s)
}

/// Constructs a complex plane rotation (`crotg`, `zrotg`) with real cosine:
/// `[c s; -conj(s) c] [a; b] = [r; 0]`. On return `a` holds `r`; returns
/// `(c, s)`. As in LAPACK 3.10: `b = 0` gives `c = 1, s = 0, r = a`; `a = 0`
/// gives `c = 0, s = conj(b)/|b|, r = |b|`; otherwise `c = |a|/n`,
/// `s = (a/|a|) conj(b)/n`, `r = (a/|a|) n` with `n = sqrt(|a|^2 + |b|^2)`,
/// every modulus computed with `hypot`.
pub fn rotg_complex<R: RealScalar>(a: &mut Complex<R>, b: Complex<R>) -> (R, Complex<R>)
where
    Complex<R>: Scalar<Real = R>,
{
    let (zero, one) = (R::zero(), R::one());
    if b.is_zero() {
        return (one, Complex::new(zero, zero));
    }
    let bnorm = b.re.hypot(b.im);
    if a.is_zero() {
        *a = Complex::new(bnorm, zero);
        return (zero, Complex::new(b.re / bnorm, -b.im / bnorm));
    }
    let anorm = a.re.hypot(a.im);
    let norm = anorm.hypot(bnorm);
    let phase = Complex::new(a.re / anorm, a.im / anorm);
    let bc = Complex::new(b.re / norm, -b.im / norm);
    let s = phase * bc;
    *a = Complex::new(phase.re * norm, phase.im * norm);
    (anorm / norm, s)
}

/// The modified Givens transformation `H` built by [`rotmg`] and applied by
/// [`rotm`], in BLAS's five-element `param` form: `param[0]` is the flag
/// (-2: identity; -1: full `H`; 0: unit diagonal; 1: `h12 = 1, h21 = -1`),
/// followed by `h11, h21, h12, h22` (entries implied by the flag are not read).
pub type RotmParam<R> = [R; 5];

/// Applies the modified rotation `[x; y] := H [x; y]` (`srotm`, `drotm`).
pub fn rotm<R: RealScalar>(mut x: VecMut<'_, R>, mut y: VecMut<'_, R>, param: &RotmParam<R>) {
    let n = x.len();
    same_len(n, y.len());
    let (one, flag) = (R::one(), param[0]);
    let (h11, h21, h12, h22) = if flag == -R::one() - R::one() || n == 0 {
        return;
    } else if flag < R::zero() {
        (param[1], param[2], param[3], param[4])
    } else if flag == R::zero() {
        (one, param[2], param[3], one)
    } else {
        (param[1], -one, one, param[4])
    };
    let apply = |mut x: VecMut<'_, R>, mut y: VecMut<'_, R>| {
        for i in 0..x.len() {
            // SAFETY: `i < len` for both views.
            unsafe {
                let (w, z) = (x.get_unchecked(i), y.get_unchecked(i));
                x.set_unchecked(i, w * h11 + z * h12);
                y.set_unchecked(i, w * h21 + z * h22);
            }
        }
    };
    if n >= PAR_MIN && split_two(&mut x, &mut y, apply) {
        return;
    }
    apply(x, y)
}

/// Constructs the modified Givens transformation (`srotmg`, `drotmg`) that
/// zeroes the second component of `(sqrt(d1) x1, sqrt(d2) y1)`: on return
/// `d1`, `d2` are the new scale factors, `x1` the rotated first component, and
/// `param` describes `H` (see [`RotmParam`]). Scale factors are kept within
/// `[1/4096^2, 4096^2]` by rescaling `H`, as the reference does.
pub fn rotmg<R: RealScalar>(d1: &mut R, d2: &mut R, x1: &mut R, y1: R, param: &mut RotmParam<R>) {
    let (zero, one) = (R::zero(), R::one());
    // The reference's constants, including its decimal spellings of 2^24 and
    // 2^-24 (which differ from the powers in the last digits), so that values
    // at the thresholds rescale exactly as the reference does.
    let gam = R::from_f64(4096.0);
    let (gamsq, rgamsq) = if R::MANTISSA_DIGITS <= 24 {
        (R::from_f64(1.67772e7), R::from_f64(5.96046e-8))
    } else {
        (R::from_f64(16777216.0), R::from_f64(5.9604645e-8))
    };
    let (mut h11, mut h12, mut h21, mut h22) = (zero, zero, zero, zero);
    let mut flag;

    let zero_all = |d1: &mut R, d2: &mut R, x1: &mut R| {
        *d1 = zero;
        *d2 = zero;
        *x1 = zero;
    };

    if *d1 < zero {
        flag = -one;
        zero_all(d1, d2, x1);
    } else {
        let p2 = *d2 * y1;
        if p2 == zero {
            param[0] = -one - one;
            return;
        }
        let p1 = *d1 * *x1;
        let q2 = p2 * y1;
        let q1 = p1 * *x1;
        if q1.abs() > q2.abs() {
            h21 = -y1 / *x1;
            h12 = p2 / p1;
            let u = one - h12 * h21;
            if u > zero {
                flag = zero;
                *d1 /= u;
                *d2 /= u;
                *x1 *= u;
            } else {
                // Unreachable in exact arithmetic (u = 1 + q2/q1 > 0); treated
                // as the degenerate case rather than left undefined.
                flag = -one;
                (h11, h12, h21, h22) = (zero, zero, zero, zero);
                zero_all(d1, d2, x1);
            }
        } else if q2 < zero {
            flag = -one;
            zero_all(d1, d2, x1);
        } else {
            flag = one;
            h11 = p1 / p2;
            h22 = *x1 / y1;
            let u = one + h11 * h22;
            let t = *d2 / u;
            *d2 = *d1 / u;
            *d1 = t;
            *x1 = y1 * u;
        }

        // Once rescaling starts, H becomes a full matrix (flag -1): the
        // entries the old flag implied are written out, once. (LAPACK 3.2 to
        // 3.11 re-seeded them on every pass, which breaks H when rescaling
        // happens twice; the original BLAS and current reference do not.)
        let make_full = |flag: &mut R, h11: &mut R, h12: &mut R, h21: &mut R, h22: &mut R| {
            if *flag == zero {
                *h11 = one;
                *h22 = one;
            } else if *flag == one {
                *h21 = -one;
                *h12 = one;
            }
            *flag = -one;
        };
        if *d1 != zero {
            while *d1 <= rgamsq || *d1 >= gamsq {
                make_full(&mut flag, &mut h11, &mut h12, &mut h21, &mut h22);
                if *d1 <= rgamsq {
                    *d1 *= gam * gam;
                    *x1 /= gam;
                    h11 /= gam;
                    h12 /= gam;
                } else {
                    *d1 /= gam * gam;
                    *x1 *= gam;
                    h11 *= gam;
                    h12 *= gam;
                }
            }
        }
        if *d2 != zero {
            while d2.abs() <= rgamsq || d2.abs() >= gamsq {
                make_full(&mut flag, &mut h11, &mut h12, &mut h21, &mut h22);
                if d2.abs() <= rgamsq {
                    *d2 *= gam * gam;
                    h21 /= gam;
                    h22 /= gam;
                } else {
                    *d2 /= gam * gam;
                    h21 *= gam;
                    h22 *= gam;
                }
            }
        }
    }

    if flag < zero {
        param[1] = h11;
        param[2] = h21;
        param[3] = h12;
        param[4] = h22;
    } else if flag == zero {
        param[2] = h21;
        param[3] = h12;
    } else {
        param[1] = h11;
        param[4] = h22;
    }
    param[0] = flag;
}
