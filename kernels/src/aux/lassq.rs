//! `?lassq`: a sum of squares kept in the scaled form `scale^2 * sumsq`, so that
//! norms of vectors whose squares overflow or underflow stay exact to rounding.
//!
//! The algorithm is Blue's (1978) with Anderson's (2017) refinements, the one
//! LAPACK 3.10 adopted: every real component falls into one of three
//! accumulators by magnitude (small ones scaled up, big ones scaled down, the
//! rest squared as they are), and only at the end are the accumulators merged.

use crate::scalar::{RealScalar, Scalar};
use crate::views::VecRef;

/// Blue's thresholds and scale factors for one real type, as LAPACK's
/// `la_constants` defines them from the type's exponent range.
#[derive(Clone, Copy, Debug)]
pub(crate) struct BlueConstants<R> {
    /// Below this magnitude squares may underflow: accumulate scaled up by `ssml`.
    pub tsml: R,
    /// Above this magnitude squares may overflow: accumulate scaled down by `sbig`.
    pub tbig: R,
    /// Scale-up factor for small components (a power of two).
    pub ssml: R,
    /// Scale-down factor for big components (a power of two).
    pub sbig: R,
    /// `1 / ssml`, exactly.
    pub ssml_inv: R,
    /// `1 / sbig`, exactly.
    pub sbig_inv: R,
}

impl<R: RealScalar> BlueConstants<R> {
    /// The constants of `R`; every one is a power of two, so this folds to constants.
    #[inline(always)]
    pub fn new() -> Self {
        let (minexp, maxexp, digits) = (R::MIN_EXP, R::MAX_EXP, R::MANTISSA_DIGITS as i32);
        // Fortran's exponent arithmetic: ceiling and floor of halves of integers.
        let half_floor = |v: i32| v.div_euclid(2);
        let half_ceil = |v: i32| -(-v).div_euclid(2);
        Self {
            tsml: R::powi2(half_ceil(minexp - 1)),
            tbig: R::powi2(half_floor(maxexp - digits + 1)),
            ssml: R::powi2(-half_floor(minexp - digits)),
            sbig: R::powi2(-half_ceil(maxexp + digits - 1)),
            ssml_inv: R::powi2(half_floor(minexp - digits)),
            sbig_inv: R::powi2(half_ceil(maxexp + digits - 1)),
        }
    }
}

/// Blue's three accumulators for a sum of squares of real components;
/// `finish` merges a prior `(scale, sumsq)` as `?lassq` does.
#[derive(Clone, Copy, Debug)]
struct SumSquares<R> {
    c: BlueConstants<R>,
    asml: R,
    amed: R,
    abig: R,
    /// Once a big component is seen, small ones cannot matter and are skipped.
    notbig: bool,
}

impl<R: RealScalar> SumSquares<R> {
    /// Empty accumulators.
    #[inline]
    pub fn new() -> Self {
        let z = R::zero();
        Self { c: BlueConstants::new(), asml: z, amed: z, abig: z, notbig: true }
    }

    /// Adds `x^2`. A NaN lands in the mid-range accumulator, which the merge propagates.
    #[inline]
    pub fn add(&mut self, x: R) {
        let ax = x.abs();
        if ax > self.c.tbig {
            let t = ax * self.c.sbig;
            self.abig += t * t;
            self.notbig = false;
        } else if ax < self.c.tsml {
            if self.notbig {
                let t = ax * self.c.ssml;
                self.asml += t * t;
            }
        } else {
            self.amed += ax * ax;
        }
    }

    /// Adds every real component (real and imaginary part) of `x`.
    pub fn add_vec<T: Scalar<Real = R>>(&mut self, x: VecRef<'_, T>) {
        for i in 0..x.len() {
            // SAFETY: `i < x.len()`.
            let v = unsafe { x.get_unchecked(i) };
            self.add(v.re());
            if T::IS_COMPLEX {
                self.add(v.im());
            }
        }
    }

    /// Merges the accumulators with a prior `scale^2 * sumsq` and returns the
    /// total as `(scale_out, sumsq_out)`, with `?lassq`'s treatment of its inputs:
    /// a NaN `scale` or `sumsq` is returned untouched, a zero one means "empty".
    pub fn finish(self, scale: R, sumsq: R) -> (R, R) {
        let (zero, one) = (R::zero(), R::one());
        if scale.is_nan() || sumsq.is_nan() {
            return (scale, sumsq);
        }
        let (mut scale, mut sumsq) = (scale, sumsq);
        if sumsq == zero {
            scale = one;
        }
        if scale == zero {
            scale = one;
            sumsq = zero;
        }
        let Self { c, mut asml, mut amed, mut abig, notbig } = self;

        // The prior sum joins the accumulator its magnitude belongs to, in an
        // order of products that cannot overflow or underflow on the way.
        if sumsq > zero {
            let ax = scale * sumsq.sqrt();
            if ax > c.tbig {
                if scale > one {
                    let s = scale * c.sbig;
                    abig += s * (s * sumsq);
                } else {
                    // sumsq > tbig^2 here, so sbig^2 * sumsq is representable.
                    abig += scale * (scale * (c.sbig * (c.sbig * sumsq)));
                }
            } else if ax < c.tsml {
                if notbig {
                    if scale < one {
                        let s = scale * c.ssml;
                        asml += s * (s * sumsq);
                    } else {
                        // sumsq < tsml^2 here, so ssml^2 * sumsq is representable.
                        asml += scale * (scale * (c.ssml * (c.ssml * sumsq)));
                    }
                }
            } else {
                amed += scale * (scale * sumsq);
            }
        }

        // At most two accumulators can matter: big with mid, or mid with small.
        if abig > zero {
            if amed > zero || amed.is_nan() {
                abig += (amed * c.sbig) * c.sbig;
            }
            (c.sbig_inv, abig)
        } else if asml > zero {
            if amed > zero || amed.is_nan() {
                let amed = amed.sqrt();
                let asml = asml.sqrt() / c.ssml;
                let (ymin, ymax) = if asml > amed { (amed, asml) } else { (asml, amed) };
                let r = ymin / ymax;
                (one, ymax * ymax * (one + r * r))
            } else {
                (c.ssml_inv, asml)
            }
        } else {
            (one, amed)
        }
    }
}

/// `?lassq`: returns `(scale_out, sumsq_out)` with
/// `scale_out^2 * sumsq_out = scale^2 * sumsq + sum_i |x_i|^2`, free of overflow
/// and underflow (complex elements contribute their real and imaginary parts).
///
/// As in LAPACK 3.10+: a NaN `scale` or `sumsq` is returned unchanged; a zero
/// `sumsq` makes `scale` 1 and a zero `scale` makes the pair `(1, 0)`, which is
/// also the answer for an empty `x`; a NaN in `x` makes `sumsq_out` NaN. Any
/// increment works: a negative one walks `x` backwards, a zero one counts the
/// same element `len` times. `sumsq` is assumed non-negative.
pub fn lassq<T: Scalar>(x: VecRef<'_, T>, scale: T::Real, sumsq: T::Real) -> (T::Real, T::Real) {
    let (zero, one) = (T::Real::zero(), T::Real::one());
    if scale.is_nan() || sumsq.is_nan() {
        return (scale, sumsq);
    }
    if x.is_empty() {
        // The reference normalizes the pair even when there is nothing to add.
        return if scale == zero {
            (one, zero)
        } else if sumsq == zero {
            (one, sumsq)
        } else {
            (scale, sumsq)
        };
    }
    let mut acc = SumSquares::new();
    acc.add_vec(x);
    acc.finish(scale, sumsq)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scalar::{c32, c64};

    /// Deterministic values in [-1, 1).
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> f64 {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((self.0 >> 11) as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
        }
    }

    #[test]
    fn constants_match_la_constants() {
        let c = BlueConstants::<f64>::new();
        assert_eq!(
            (c.tsml, c.tbig, c.ssml, c.sbig),
            (2f64.powi(-511), 2f64.powi(486), 2f64.powi(537), 2f64.powi(-538))
        );
        let c = BlueConstants::<f32>::new();
        assert_eq!((c.tsml, c.tbig, c.ssml, c.sbig), (2f32.powi(-63), 2f32.powi(52), 2f32.powi(75), 2f32.powi(-76)));
        assert_eq!((c.ssml * c.ssml_inv, c.sbig * c.sbig_inv), (1.0, 1.0));
        let c = BlueConstants::<f64>::new();
        assert_eq!((c.ssml * c.ssml_inv, c.sbig * c.sbig_inv), (1.0, 1.0));
    }

    /// sqrt(scale^2 sumsq + sum |x|^2) from exact f64 copies of the inputs,
    /// scaled by the largest term so it neither overflows nor underflows.
    fn oracle(parts: &[f64], scale: f64, sumsq: f64) -> f64 {
        if parts.iter().any(|p| p.is_nan()) || scale.is_nan() || sumsq.is_nan() {
            return f64::NAN;
        }
        if parts.iter().any(|p| p.is_infinite()) {
            return f64::INFINITY;
        }
        // The prior sum enters as one more "component" of magnitude scale*sqrt(sumsq),
        // taken apart so that neither factor overflows.
        let prior = if sumsq > 0.0 && scale > 0.0 { Some((scale, sumsq.sqrt())) } else { None };
        let mut m = parts.iter().fold(0f64, |m, p| m.max(p.abs()));
        if let Some((s, r)) = prior {
            // m >= s*r is checked in log form to avoid overflow.
            if s.log2() + r.log2() > m.log2() {
                m = s * r;
                if m.is_infinite() {
                    // Only happens for inputs beyond f64; not used.
                    return f64::INFINITY;
                }
            }
        }
        if m == 0.0 {
            return 0.0;
        }
        let mut acc = 0.0;
        for p in parts {
            let t = p / m;
            acc += t * t;
        }
        if let Some((s, r)) = prior {
            let t = (s / m) * r;
            acc += t * t;
        }
        m * acc.sqrt()
    }

    fn close(got: f64, want: f64, tol: f64, denorm: f64) -> bool {
        if want.is_nan() {
            return got.is_nan();
        }
        got == want || (got - want).abs() <= tol * want.abs() + 4.0 * denorm
    }

    fn check_type<T: Scalar>() {
        let eps = T::Real::EPSILON.to_f64();
        let denorm = T::Real::MIN_POSITIVE.to_f64() * eps;
        let (huge, tiny) = if T::Real::MANTISSA_DIGITS > 24 { (1e300, 1e-300) } else { (1e37, 1e-38) };
        let mut rng = Rng(17);
        for n in [0usize, 1, 2, 3, 7, 17, 33] {
            for (kind, mag) in [(0, 1.0), (1, huge), (2, tiny), (3, 0.0), (4, 1.0), (5, 1.0), (6, 1.0), (7, 1.0)] {
                for inc in [1isize, 2, -1, -3, 0] {
                    // Storage with padding filled with NaN, so stray reads show.
                    let span = if n == 0 { 0 } else { 1 + (n - 1) * inc.unsigned_abs() };
                    let mut store = vec![T::from_parts(T::Real::from_f64(f64::NAN), T::Real::from_f64(f64::NAN)); span];
                    // Where logical element i lives: BLAS's convention for negative increments.
                    let step = inc.unsigned_abs();
                    let idx: Vec<usize> =
                        (0..n).map(|i| if inc >= 0 { i * step } else { (n - 1 - i) * step }).collect();
                    for (i, &k) in idx.iter().enumerate() {
                        let scale = match kind {
                            // Mixed magnitudes: huge, tiny and ordinary side by side.
                            4 => [huge, tiny, 1.0][i % 3],
                            _ => mag,
                        };
                        store[k] =
                            T::from_parts(T::Real::from_f64(rng.next() * scale), T::Real::from_f64(rng.next() * scale));
                    }
                    if n > 0 {
                        match kind {
                            5 => store[idx[n / 2]] = T::from_parts(T::Real::from_f64(f64::NAN), T::Real::one()),
                            6 => store[idx[n / 2]] = T::from_real(T::Real::from_f64(f64::INFINITY)),
                            7 if T::IS_COMPLEX => {
                                store[idx[0]] = T::from_parts(T::Real::one(), T::Real::from_f64(f64::NAN))
                            }
                            _ => {}
                        }
                    }
                    let x = VecRef::from_blas(&store, n, inc);
                    let mut parts = Vec::new();
                    for i in 0..n {
                        let v = x.get(i);
                        parts.push(v.re().to_f64());
                        if T::IS_COMPLEX {
                            parts.push(v.im().to_f64());
                        }
                    }
                    for (s0, q0) in
                        [(0.0, 1.0), (1.0, 0.0), (1.0, 3.0), (huge, 2.0), (tiny, 0.5), (4.0, tiny), (0.5, huge)]
                    {
                        let (s0r, q0r) = (T::Real::from_f64(s0), T::Real::from_f64(q0));
                        let (s, q) = lassq(x, s0r, q0r);
                        let got = s.to_f64() * q.to_f64().sqrt();
                        let want = oracle(&parts, s0r.to_f64(), q0r.to_f64());
                        assert!(
                            close(got, want, 8.0 * eps, denorm),
                            "{} n={n} kind={kind} inc={inc} prior=({s0},{q0}): got {got:e} want {want:e}",
                            T::PREFIX
                        );
                        // The scaled form itself stays finite for finite inputs.
                        if want.is_finite() {
                            assert!(s.to_f64().is_finite() && q.to_f64().is_finite());
                        }
                    }
                }
            }
        }
        // A zero increment counts its element n times.
        let one = [T::from_parts(T::Real::from_f64(3.0), T::Real::from_f64(if T::IS_COMPLEX { 4.0 } else { 0.0 }))];
        let (s, q) = lassq(VecRef::from_blas(&one, 4, 0), T::Real::zero(), T::Real::one());
        let want = if T::IS_COMPLEX { 10.0 } else { 6.0 };
        assert!((s.to_f64() * q.to_f64().sqrt() - want).abs() <= 4.0 * eps * want);
    }

    #[test]
    fn lassq_all_types() {
        check_type::<f32>();
        check_type::<f64>();
        check_type::<c32>();
        check_type::<c64>();
    }

    #[test]
    fn quick_returns_normalize_like_the_reference() {
        let e: [f64; 0] = [];
        let x = VecRef::from_slice(&e);
        assert_eq!(lassq(x, 0.0, 5.0), (1.0, 0.0));
        assert_eq!(lassq(x, 3.0, 0.0), (1.0, 0.0));
        assert_eq!(lassq(x, 2.0, 3.0), (2.0, 3.0));
        let (s, q) = lassq(x, f64::NAN, 3.0);
        assert!(s.is_nan() && q == 3.0);
        // A NaN input pair is returned as is, whatever x holds.
        let y = [1.0, 2.0];
        let (s, q) = lassq::<f64>(VecRef::from_slice(&y), 2.0, f64::NAN);
        assert!(s == 2.0 && q.is_nan());
        // Mid-range data keep scale 1 and the plain sum.
        assert_eq!(lassq(VecRef::from_slice(&y), 1.0, 4.0), (1.0, 9.0));
    }

    #[test]
    fn big_and_small_in_one_vector() {
        // 1e300 dominates 1e-300 entirely; 3e-300 and 4e-300 give exactly 5e-300's norm.
        let x = [1e300, 1e-300, -1e300];
        let (s, q) = lassq::<f64>(VecRef::from_slice(&x), 0.0, 1.0);
        assert!(((s * q.sqrt()) / (2f64.sqrt() * 1e300) - 1.0).abs() < 4.0 * f64::EPSILON);
        let x = [3e-300, -4e-300];
        let (s, q) = lassq::<f64>(VecRef::from_slice(&x), 0.0, 1.0);
        assert!((s * q.sqrt() / 5e-300 - 1.0).abs() < 4.0 * f64::EPSILON);
        let x = [3e-30f32, -4e-30];
        let (s, q) = lassq::<f32>(VecRef::from_slice(&x), 0.0, 1.0);
        assert!((s * q.sqrt() / 5e-30 - 1.0).abs() < 4.0 * f32::EPSILON);
    }
}
