//! Plane rotations: generating them safely (`?lartg`, `?lartgp`, `?lartgs`),
//! applying a sequence of them to a matrix (`?lasr`), and the complex-sine
//! rotation of two vectors (`crot`, `zrot`).

use crate::enums::Side;
use crate::scalar::{RealScalar, Scalar};
use crate::views::{MatMut, VecMut, VecRef};

use super::scalars::{lamch, Machine};

/// Generates a plane rotation with real cosine (`slartg`, `dlartg`, `clartg`,
/// `zlartg`): returns `(c, s, r)` with
///
/// ```text
/// [  c        s ] [ f ]   [ r ]
/// [ -conj(s)  c ] [ g ] = [ 0 ],   c^2 + |s|^2 = 1, c >= 0.
/// ```
///
/// `g = 0` gives `c = 1, s = 0, r = f`. For real types `f = 0` gives `c = 0`,
/// `s = sign(g)`, `r = |g|`, and otherwise `r` takes the sign of `f`; for
/// complex types `f = 0` gives `c = 0, s = conj(g)/|g|, r = |g|`, and otherwise
/// `r = sgn(f) sqrt(|f|^2 + |g|^2)`. Anderson's algorithm ("Algorithm 978:
/// Safe scaling in the Level 1 BLAS", 2017) as in LAPACK 3.10+: the unscaled
/// formulas when every square is safe, else the operands are scaled into range.
/// The arithmetic is ordered as in the reference, so the results are its
/// results to the bit, Inf, NaN and signed zeros included.
pub fn lartg<T: Scalar>(f: T, g: T) -> (T::Real, T, T) {
    if T::IS_COMPLEX {
        let (c, (sr, si), (rr, ri)) = lartg_complex((f.re(), f.im()), (g.re(), g.im()));
        (c, T::from_parts(sr, si), T::from_parts(rr, ri))
    } else {
        let (c, s, r) = lartg_real(f.re(), g.re());
        (c, T::from_real(s), T::from_real(r))
    }
}

/// `safmin` and `safmax` of LAPACK's `la_constants`: the smallest normal number
/// and its reciprocal, so both are exact powers of two.
fn safe_range<R: RealScalar>() -> (R, R) {
    let safmin = R::MIN_POSITIVE;
    (safmin, R::one() / safmin)
}

fn lartg_real<R: RealScalar>(f: R, g: R) -> (R, R, R) {
    let (zero, one) = (R::zero(), R::one());
    let (safmin, safmax) = safe_range::<R>();
    let rtmin = safmin.sqrt();
    let rtmax = (safmax / R::from_f64(2.0)).sqrt();
    let (f1, g1) = (f.abs(), g.abs());
    if g == zero {
        (one, zero, f)
    } else if f == zero {
        (zero, one.copysign(g), g1)
    } else if f1 > rtmin && f1 < rtmax && g1 > rtmin && g1 < rtmax {
        let d = (f * f + g * g).sqrt();
        let r = d.copysign(f);
        (f1 / d, g / r, r)
    } else {
        let u = safmax.min(safmin.max(f1).max(g1));
        let (fs, gs) = (f / u, g / u);
        let d = (fs * fs + gs * gs).sqrt();
        let r = d.copysign(f);
        (fs.abs() / d, gs / r, r * u)
    }
}

/// A complex number as `(re, im)`. The complex path of `lartg` spells out
/// each operation the way the reference's compiled Fortran performs it: a real
/// operand of a complex product or quotient is promoted to `(x, 0)` and the
/// full complex operation is carried out, so Inf, NaN and signed zeros come
/// out as the reference's do.
type Pair<R> = (R, R);

fn abssq<R: RealScalar>(t: Pair<R>) -> R {
    t.0 * t.0 + t.1 * t.1
}

fn conj<R: RealScalar>(t: Pair<R>) -> Pair<R> {
    (t.0, -t.1)
}

fn real<R: RealScalar>(x: R) -> Pair<R> {
    (x, R::zero())
}

fn mul<R: RealScalar>(x: Pair<R>, y: Pair<R>) -> Pair<R> {
    (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0)
}

/// `x / y` by Smith's method as GCC expands Fortran complex division: divide
/// through by the larger part of `y` so the denominator cannot overflow.
fn div<R: RealScalar>(x: Pair<R>, y: Pair<R>) -> Pair<R> {
    let ((a, b), (c, d)) = (x, y);
    if c.abs() < d.abs() {
        let ratio = c / d;
        let den = c * ratio + d;
        ((a * ratio + b) / den, (b * ratio - a) / den)
    } else {
        let ratio = d / c;
        let den = d * ratio + c;
        ((b * ratio + a) / den, (b - a * ratio) / den)
    }
}

fn lartg_complex<R: RealScalar>(f: Pair<R>, g: Pair<R>) -> (R, Pair<R>, Pair<R>) {
    let (zero, one, two) = (R::zero(), R::one(), R::from_f64(2.0));
    let (safmin, safmax) = safe_range::<R>();
    let rtmin = safmin.sqrt();
    if g.0 == zero && g.1 == zero {
        return (one, real(zero), f);
    }
    if f.0 == zero && f.1 == zero {
        // r is |g|, real, and s = conj(g)/|g| makes the rotated f real.
        if g.0 == zero || g.1 == zero {
            let r = if g.0 == zero { g.1.abs() } else { g.0.abs() };
            return (zero, div(conj(g), real(r)), real(r));
        }
        let g1 = g.0.abs().max(g.1.abs());
        let rtmax = (safmax / two).sqrt();
        if g1 > rtmin && g1 < rtmax {
            let d = abssq(g).sqrt();
            return (zero, div(conj(g), real(d)), real(d));
        }
        let u = safmax.min(safmin.max(g1));
        let gs = div(g, real(u));
        let d = abssq(gs).sqrt();
        return (zero, div(conj(gs), real(d)), real(d * u));
    }

    let f1 = f.0.abs().max(f.1.abs());
    let g1 = g.0.abs().max(g.1.abs());
    let mut rtmax = (safmax / R::from_f64(4.0)).sqrt();
    // Unscaled when every square is safe; otherwise g is divided by u and f by
    // v, with w = v/u restoring f's weight in h2.
    let (fs, gs, u, w, f2, g2, h2);
    if f1 > rtmin && f1 < rtmax && g1 > rtmin && g1 < rtmax {
        (fs, gs, u, w) = (f, g, None, one);
        f2 = abssq(fs);
        g2 = abssq(gs);
        h2 = f2 + g2;
    } else {
        let uu = safmax.min(safmin.max(f1).max(g1));
        gs = div(g, real(uu));
        g2 = abssq(gs);
        u = Some(uu);
        if f1 / uu < rtmin {
            // f is too small to share g's scale: give it its own.
            let v = safmax.min(safmin.max(f1));
            w = v / uu;
            fs = div(f, real(v));
            f2 = abssq(fs);
            h2 = f2 * (w * w) + g2;
        } else {
            w = one;
            fs = div(f, real(uu));
            f2 = abssq(fs);
            h2 = f2 + g2;
        }
    }
    let (c, r, s);
    if f2 >= h2 * safmin {
        // safmin <= f2/h2 <= 1, so the quotient is accurate and h2/f2 finite.
        c = (f2 / h2).sqrt();
        r = div(fs, real(c));
        rtmax *= two;
        s = if f2 > rtmin && h2 < rtmax {
            // safmin <= sqrt(f2 h2) <= safmax.
            mul(conj(gs), div(fs, real((f2 * h2).sqrt())))
        } else {
            mul(conj(gs), div(r, real(h2)))
        };
    } else {
        // f2/h2 may be subnormal and h2/f2 may overflow, but f2*h2 is safe.
        let d = (f2 * h2).sqrt();
        c = f2 / d;
        r = if c >= safmin { div(fs, real(c)) } else { mul(fs, real(h2 / d)) };
        s = mul(conj(gs), div(fs, real(d)));
    }
    match u {
        None => (c, s, r),
        Some(u) => (c * w, s, mul(r, real(u))),
    }
}

/// Scaling constants of `?lartgp`: a power of two near `sqrt(safmin/eps)` and
/// its reciprocal (the reference's `base**int(log(safmin/eps)/log(base)/2)`).
fn lartgp_scale<R: RealScalar>() -> (R, R) {
    let safmin = lamch::<R>(Machine::SafeMin);
    let eps = lamch::<R>(Machine::Eps);
    // log2(safmin/eps) is an integer; halving it truncates toward zero like Fortran's
    // INT (the reference's floating-point logarithms land on the same exponent).
    let e = (safmin.to_f64().log2() - eps.to_f64().log2()) as i32 / 2;
    let safmn2 = R::powi2(e);
    (safmn2, R::one() / safmn2)
}

/// Generates a plane rotation with a nonnegative `r` (`slartgp`, `dlartgp`):
/// returns `(cs, sn, r)` with `[cs sn; -sn cs] [f; g] = [r; 0]`, `r >= 0`.
///
/// `g = 0` gives `cs = sign(f)`, `sn = 0`; `f = 0` (and `g != 0`) gives
/// `cs = 0`, `sn = sign(g)`. Operands near overflow or underflow are scaled
/// by powers of two before the square root; scaling down stops after 20
/// steps, so infinite operands end in NaN rather than a hang.
pub fn lartgp<R: RealScalar>(f: R, g: R) -> (R, R, R) {
    let (zero, one) = (R::zero(), R::one());
    if g == zero {
        return (one.copysign(f), zero, f.abs());
    }
    if f == zero {
        return (zero, one.copysign(g), g.abs());
    }
    let (safmn2, safmx2) = lartgp_scale::<R>();
    let (mut f1, mut g1) = (f, g);
    let mut scale = f1.abs().max(g1.abs());
    // Applied to r afterwards, `count` times.
    let (undo, count) = if scale >= safmx2 {
        let mut count = 0;
        loop {
            count += 1;
            f1 *= safmn2;
            g1 *= safmn2;
            scale = f1.abs().max(g1.abs());
            if !(scale >= safmx2 && count < 20) {
                break;
            }
        }
        (safmx2, count)
    } else if scale <= safmn2 {
        let mut count = 0;
        loop {
            count += 1;
            f1 *= safmx2;
            g1 *= safmx2;
            scale = f1.abs().max(g1.abs());
            if scale > safmn2 {
                break;
            }
        }
        (safmn2, count)
    } else {
        (one, 0)
    };
    let mut r = (f1 * f1 + g1 * g1).sqrt();
    let (mut cs, mut sn) = (f1 / r, g1 / r);
    for _ in 0..count {
        r *= undo;
    }
    if r < zero {
        cs = -cs;
        sn = -sn;
        r = -r;
    }
    (cs, sn, r)
}

/// The rotation of one step of the bidiagonal implicit-zero-shift QR
/// (`slartgs`, `dlartgs`): returns `(cs, sn)` such that the rotation applied
/// to `[x^2 - sigma^2, x y]` (up to scaling) zeroes its second component.
/// Generated by [`lartgp`] with the arguments swapped, so that a zero first
/// component gives a rotation by pi/2.
pub fn lartgs<R: RealScalar>(x: R, y: R, sigma: R) -> (R, R) {
    let zero = R::zero();
    let one = R::one();
    let thresh = lamch::<R>(Machine::Eps);
    let (z, w);
    if (sigma == zero && x.abs() < thresh) || (x.abs() == sigma && y == zero) {
        z = zero;
        w = zero;
    } else if sigma == zero {
        if x >= zero {
            z = x;
            w = y;
        } else {
            z = -x;
            w = -y;
        }
    } else if x.abs() < thresh {
        z = -sigma * sigma;
        w = zero;
    } else {
        let s = if x >= zero { one } else { -one };
        z = s * (x.abs() - sigma) * (s + sigma / x);
        w = s * y;
    }
    let (sn, cs, _) = lartgp(w, z);
    (cs, sn)
}

/// Which planes the rotations of [`lasr`] act in (`pivot` of `?lasr`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pivot {
    /// Rotation `k` acts in the plane `(k, k+1)` (`'V'`).
    Variable,
    /// Rotation `k` acts in the plane `(0, k+1)` (`'T'`).
    Top,
    /// Rotation `k` acts in the plane `(k, z-1)`, `z` the order of `P` (`'B'`).
    Bottom,
}

impl Pivot {
    /// Parses `V`, `T` or `B`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'V' => Some(Pivot::Variable),
            b'T' => Some(Pivot::Top),
            b'B' => Some(Pivot::Bottom),
            _ => None,
        }
    }
}

/// The order in which the rotations of [`lasr`] are applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// `P = P(z-2) ... P(1) P(0)`: rotation 0 acts first (`'F'`).
    Forward,
    /// `P = P(0) P(1) ... P(z-2)`: the last rotation acts first (`'B'`).
    Backward,
}

impl Direction {
    /// Parses `F` or `B`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'F' => Some(Direction::Forward),
            b'B' => Some(Direction::Backward),
            _ => None,
        }
    }
}

/// Applies a sequence of real plane rotations to `a` (`slasr`, `dlasr`,
/// `clasr`, `zlasr`): `A := P A` for [`Side::Left`], `A := A P^T` for
/// [`Side::Right`], where `P` (of order `z = m` or `n`) is the product of the
/// rotations `P(k) = [c_k s_k; -s_k c_k]` in the planes chosen by `pivot`,
/// multiplied in the order `direct`. `c` and `s` hold at least `z - 1` entries.
/// A rotation with `c_k = 1` and `s_k = 0` is skipped, so it leaves Inf and NaN
/// untouched. For complex `A` the real `c_k`, `s_k` scale each part (the
/// reference's Fortran promotes them to complex, which differs only where an
/// element holds Inf or NaN, whose products with 0 then reach the other part,
/// or in the sign of a zero).
///
/// # Panics
/// If `c` or `s` is shorter than `z - 1`.
pub fn lasr<T: Scalar>(side: Side, pivot: Pivot, direct: Direction, c: &[T::Real], s: &[T::Real], a: MatMut<'_, T>) {
    // A P^T = (P A^T)^T: the right-side case is the left-side case on the transpose.
    let a = match side {
        Side::Left => a,
        Side::Right => a.transpose(),
    };
    let (m, n) = (a.nrows(), a.ncols());
    if m < 2 || n == 0 {
        return;
    }
    assert!(c.len() >= m - 1 && s.len() >= m - 1, "lasr: c and s need {} entries", m - 1);
    // Each column is rotated independently, so the loop order is free (and
    // each element gets the same operations in the same order either way).
    // Along the columns when they are the short stride, a few columns at a
    // time so that their chains of rotations overlap; rotation by rotation
    // otherwise, over two contiguous rows when they are.
    let mut a = a;
    if a.row_stride().unsigned_abs() <= a.col_stride().unsigned_abs() {
        const GROUP: usize = 4;
        let mut j = 0;
        while j < n {
            let w = GROUP.min(n - j);
            let mut g = a.rb_mut().submatrix(0, j, m, w);
            for_each_rotation(pivot, direct, m, c, s, |p, q, ck, sk| {
                for l in 0..w {
                    // SAFETY: p < q < m and l < w index inside the group.
                    unsafe { rotate_at(&mut g, p, q, l, ck, sk) }
                }
            });
            j += w;
        }
    } else {
        let mut at = a.transpose();
        let unit = at.row_stride() == 1;
        for_each_rotation(pivot, direct, m, c, s, |p, q, ck, sk| {
            if unit {
                let (mut left, mut right) = at.rb_mut().split_at_col(q);
                let xs = left.col_slice_mut(p).expect("unit stride");
                let ys = right.col_slice_mut(0).expect("unit stride");
                for (x, y) in xs.iter_mut().zip(ys.iter_mut()) {
                    let (xv, yv) = (*x, *y);
                    *x = xv.scale_real(ck) + yv.scale_real(sk);
                    *y = yv.scale_real(ck) - xv.scale_real(sk);
                }
            } else {
                for j in 0..n {
                    // SAFETY: p < q < m and j < n index inside the view (A^T's (j, p) is A's (p, j)).
                    unsafe {
                        let x = at.get_unchecked(j, p);
                        let y = at.get_unchecked(j, q);
                        at.set_unchecked(j, p, x.scale_real(ck) + y.scale_real(sk));
                        at.set_unchecked(j, q, y.scale_real(ck) - x.scale_real(sk));
                    }
                }
            }
        });
    }
}

/// `[a_pj; a_qj] := [c s; -s c] [a_pj; a_qj]`.
///
/// # Safety
/// `p`, `q` below `a.nrows()`, `j` below `a.ncols()`.
#[inline(always)]
unsafe fn rotate_at<T: Scalar>(a: &mut MatMut<'_, T>, p: usize, q: usize, j: usize, c: T::Real, s: T::Real) {
    // SAFETY: the caller keeps p, q and j in bounds.
    unsafe {
        let x = a.get_unchecked(p, j);
        let y = a.get_unchecked(q, j);
        a.set_unchecked(p, j, x.scale_real(c) + y.scale_real(s));
        a.set_unchecked(q, j, y.scale_real(c) - x.scale_real(s));
    }
}

/// Calls `body(p, q, c_k, s_k)` for each rotation of the sequence that is not
/// the identity, in the order it acts, with `p < q` its plane.
fn for_each_rotation<R: RealScalar>(
    pivot: Pivot,
    direct: Direction,
    z: usize,
    c: &[R],
    s: &[R],
    mut body: impl FnMut(usize, usize, R, R),
) {
    let plane = |k: usize| match pivot {
        Pivot::Variable => (k, k + 1),
        Pivot::Top => (0, k + 1),
        Pivot::Bottom => (k, z - 1),
    };
    let mut step = |k: usize| {
        let (ck, sk) = (c[k], s[k]);
        if ck != R::one() || sk != R::zero() {
            let (p, q) = plane(k);
            body(p, q, ck, sk);
        }
    };
    match direct {
        Direction::Forward => (0..z - 1).for_each(&mut step),
        Direction::Backward => (0..z - 1).rev().for_each(&mut step),
    }
}

/// Applies a plane rotation with real cosine and complex sine to two vectors
/// (`crot`, `zrot`): `x := c x + s y`, `y := c y - conj(s) x`. The real `c`
/// scales each part, as in [`lasr`].
///
/// # Panics
/// If `x` and `y` differ in length.
pub fn rot_complex_s<T: Scalar>(mut x: VecMut<'_, T>, mut y: VecMut<'_, T>, c: T::Real, s: T) {
    let n = x.len();
    assert_eq!(n, y.len(), "rot_complex_s: vectors differ in length");
    let sc = s.conj();
    for i in 0..n {
        // SAFETY: i < n for both views.
        unsafe {
            let (xi, yi) = (x.get_unchecked(i), y.get_unchecked(i));
            x.set_unchecked(i, xi.scale_real(c) + s * yi);
            y.set_unchecked(i, yi.scale_real(c) - sc * xi);
        }
    }
}

/// Generates a vector of plane rotations (`?largv`): for each `i`, the
/// rotation with real cosine `c_i` and sine `s_i` such that
/// `[c s; -conj(s) c] [x_i; y_i] = [r_i; 0]`; `x_i` is overwritten by `r_i`,
/// `y_i` by `s_i`.
///
/// Real types follow the reference's `slargv`/`dlargv` convention, which is
/// not [`lartg`]'s: `r` takes the sign of the larger of `x_i`, `y_i` (so
/// `c` may be negative), `c = 1, s = 0` when `y_i = 0` and `c = 0, s = 1`
/// when only `x_i = 0`. Complex types use [`lartg`] (what `clargv`/`zlargv`
/// compute, up to rounding: `r` has the phase of `x_i`, `c >= 0`).
///
/// # Panics
/// If the three vectors differ in length.
pub fn largv<T: Scalar>(mut x: VecMut<'_, T>, mut y: VecMut<'_, T>, mut c: VecMut<'_, T::Real>) {
    let n = x.len();
    assert!(y.len() == n && c.len() == n, "largv: vectors differ in length");
    let (zero, one) = (T::Real::zero(), T::Real::one());
    for i in 0..n {
        let (f, g) = (x.get(i), y.get(i));
        let (ci, si, r) = if T::IS_COMPLEX {
            lartg(f, g)
        } else {
            let (f, g) = (f.re(), g.re());
            if g == zero {
                (one, T::zero(), T::from_real(f))
            } else if f == zero {
                (zero, T::one(), T::from_real(g))
            } else if f.abs() > g.abs() {
                // t = g/f is at most 1 in magnitude: sqrt(1 + t^2) cannot overflow.
                let t = g / f;
                let tt = (one + t * t).sqrt();
                let ci = one / tt;
                (ci, T::from_real(t * ci), T::from_real(f * tt))
            } else {
                let t = f / g;
                let tt = (one + t * t).sqrt();
                let si = one / tt;
                (t * si, T::from_real(si), T::from_real(g * tt))
            }
        };
        x.set(i, r);
        y.set(i, si);
        c.set(i, ci);
    }
}

/// Applies a vector of plane rotations to the elements of two vectors
/// (`?lartv`): `x_i := c_i x_i + s_i y_i`, `y_i := c_i y_i - conj(s_i) x_i`.
///
/// # Panics
/// If the four vectors differ in length.
pub fn lartv<T: Scalar>(mut x: VecMut<'_, T>, mut y: VecMut<'_, T>, c: VecRef<'_, T::Real>, s: VecRef<'_, T>) {
    let n = x.len();
    assert!(y.len() == n && c.len() == n && s.len() == n, "lartv: vectors differ in length");
    for i in 0..n {
        let (xi, yi, ci, si) = (x.get(i), y.get(i), c.get(i), s.get(i));
        x.set(i, xi.scale_real(ci) + si * yi);
        y.set(i, yi.scale_real(ci) - si.conj() * xi);
    }
}

/// Applies a vector of plane rotations from both sides to a sequence of 2x2
/// symmetric (Hermitian) matrices `[x_i z_i; conj(z_i) y_i]` (`?lar2v`):
/// each becomes `R M R^H` with `R = [c_i conj(s_i); -s_i c_i]` (the
/// reference's convention, conjugate to [`lartv`]'s). For complex types
/// `x_i` and `y_i` are real (their imaginary parts are not read, and are
/// zero on return).
///
/// # Panics
/// If the vectors differ in length.
pub fn lar2v<T: Scalar>(
    mut x: VecMut<'_, T>,
    mut y: VecMut<'_, T>,
    mut z: VecMut<'_, T>,
    c: VecRef<'_, T::Real>,
    s: VecRef<'_, T>,
) {
    let n = x.len();
    assert!(y.len() == n && z.len() == n && c.len() == n && s.len() == n, "lar2v: vectors differ in length");
    for i in 0..n {
        let (xi, yi, zi) = (x.get(i).re(), y.get(i).re(), z.get(i));
        // `si` is R's (1, 2) element.
        let (ci, si) = (c.get(i), s.get(i).conj());
        let sc = si.conj();
        // The rows of R M, then R M R^H = (R M) [c -s; conj(s) c] column by
        // column; the diagonal of a Hermitian product is real.
        let u = T::from_real(ci * xi) + si * zi.conj();
        let v = zi.scale_real(ci) + si.scale_real(yi);
        let w = zi.conj().scale_real(ci) - sc.scale_real(xi);
        let t = T::from_real(ci * yi) - sc * zi;
        x.set(i, T::from_real((u.scale_real(ci) + v * sc).re()));
        y.set(i, T::from_real((t.scale_real(ci) - w * si).re()));
        z.set(i, v.scale_real(ci) - u * si);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scalar::{c32, c64, Complex};

    /// `2^e` exactly, for `-1074 <= e <= 1023`.
    fn p2(e: i32) -> f64 {
        if e >= -1022 {
            f64::from_bits(((e + 1023) as u64) << 52)
        } else {
            f64::from_bits(1u64 << (e + 1074))
        }
    }

    /// A small deterministic generator of values in [-1, 1).
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self) -> f64 {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (self.0 >> 11) as f64 / (1u64 << 52) as f64 - 1.0
        }
    }

    fn sample<T: Scalar>(rng: &mut Lcg, e: i32) -> T {
        let s = p2(e);
        T::from_parts(T::Real::from_f64(rng.next() * s), T::Real::from_f64(rng.next() * s))
    }

    /// `(re, im)` of a scalar in f64.
    fn parts<T: Scalar>(x: T) -> (f64, f64) {
        (x.re().to_f64(), x.im().to_f64())
    }

    fn lartg_identities<T: Scalar>() {
        let eps = T::Real::EPSILON.to_f64();
        let emax = if T::Real::MAX_EXP > 200 { 1000 } else { 120 };
        let mut rng = Lcg(7);
        let exps = [-emax - 20, -emax / 2 - 3, -emax / 4, -30, -1, 0, 3, 40, emax / 4, emax / 2 + 5, emax];
        for &ef in &exps {
            for &eg in &exps {
                for _ in 0..4 {
                    let (f, g): (T, T) = (sample(&mut rng, ef), sample(&mut rng, eg));
                    let (c, s, r) = lartg(f, g);
                    let c = c.to_f64();
                    assert!(c >= 0.0);
                    let (sr, si) = parts(s);
                    let norm = c * c + sr * sr + si * si;
                    assert!((norm - 1.0).abs() <= 8.0 * eps, "c^2+|s|^2 = {norm} for {f:?}, {g:?}");
                    // Check r = c f + s g and 0 = -conj(s) f + c g after scaling by 2^-e.
                    let e = ef.max(eg);
                    let sc = |x: (f64, f64)| (x.0 * p2(-e), x.1 * p2(-e));
                    let (fr, fi) = sc(parts(f));
                    let (gr, gi) = sc(parts(g));
                    let (rr, ri) = sc(parts(r));
                    let top = (c * fr + sr * gr - si * gi - rr, c * fi + sr * gi + si * gr - ri);
                    let bot = (-(sr * fr + si * fi) + c * gr, -(sr * fi - si * fr) + c * gi);
                    let tol = 16.0 * eps + 4.0 * T::Real::MIN_POSITIVE.to_f64() * p2(-e);
                    for v in [top.0, top.1, bot.0, bot.1] {
                        assert!(v.abs() <= tol, "lartg({f:?}, {g:?}) = ({c}, {s:?}, {r:?}): residual {v:e}");
                    }
                    if !T::IS_COMPLEX {
                        // Real rotations keep the sign of f in r.
                        assert_eq!(r.re() < T::Real::zero(), f.re() < T::Real::zero());
                    }
                }
            }
        }
    }

    #[test]
    fn lartg_identities_all_types() {
        lartg_identities::<f32>();
        lartg_identities::<f64>();
        lartg_identities::<c32>();
        lartg_identities::<c64>();
    }

    fn bits64(x: f64) -> u64 {
        if x.is_nan() {
            f64::NAN.to_bits()
        } else {
            x.to_bits()
        }
    }

    fn bits32(x: f32) -> u32 {
        if x.is_nan() {
            f32::NAN.to_bits()
        } else {
            x.to_bits()
        }
    }

    #[test]
    fn lartg_real_matches_reference() {
        // (f, g) -> (c, s, r) as bit patterns from Debian's LAPACK 3.11 dlartg_ (any NaN
        // is written as the canonical one).
        let nan = f64::NAN.to_bits();
        let d: [((f64, f64), [u64; 3]); 10] = [
            ((0.0, 0.0), [0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000]),
            ((3.0, 0.0), [0x3ff0000000000000, 0x0000000000000000, 0x4008000000000000]),
            ((-0.0, -2.0), [0x0000000000000000, 0xbff0000000000000, 0x4000000000000000]),
            ((0.0, 5.0), [0x0000000000000000, 0x3ff0000000000000, 0x4014000000000000]),
            ((-3.0, 4.0), [0x3fe3333333333333, 0xbfe999999999999a, 0xc014000000000000]),
            ((1e300, 1e300), [0x3fe6a09e667f3bcc, 0x3fe6a09e667f3bcc, 0x7e40e4d50f99b211]),
            ((1e-300, -3e-300), [0x3fd43d136248490e, 0xbfee5b9d136c6d96, 0x01c0f1297202ba7f]),
            ((5e-324, 1.0), [0x0000000000000001, 0x3ff0000000000000, 0x3ff0000000000000]),
            ((f64::INFINITY, 1.0), [nan, 0x0000000000000000, 0x7ff0000000000000]),
            ((1.0, f64::NAN), [nan, nan, nan]),
        ];
        for ((f, g), want) in d {
            let (c, s, r) = lartg(f, g);
            assert_eq!([bits64(c), bits64(s), bits64(r)], want, "dlartg({f:e}, {g:e})");
        }
        // From slartg_.
        let nan = f32::NAN.to_bits();
        let s: [((f32, f32), [u32; 3]); 7] = [
            ((0.0, 0.0), [0x3f800000, 0x00000000, 0x00000000]),
            ((3.0, 0.0), [0x3f800000, 0x00000000, 0x40400000]),
            ((-0.0, -2.0), [0x00000000, 0xbf800000, 0x40000000]),
            ((-3.0, 4.0), [0x3f19999a, 0xbf4ccccd, 0xc0a00000]),
            ((f32::INFINITY, f32::INFINITY), [nan, nan, 0x7f800000]),
            ((f32::INFINITY, 1.0), [nan, 0x00000000, 0x7f800000]),
            ((1.0, f32::NAN), [nan, nan, nan]),
        ];
        for ((f, g), want) in s {
            let (c, s, r) = lartg(f, g);
            assert_eq!([bits32(c), bits32(s), bits32(r)], want, "slartg({f:e}, {g:e})");
        }
    }

    #[test]
    fn lartg_complex_matches_reference() {
        // (f, g) -> (c, s, r) from Debian's LAPACK 3.11 zlartg_: the f = 0 and g = 0
        // conventions, the signs of zeros, scaling at both ends of the range, Inf.
        let nan = f64::NAN.to_bits();
        let z: [([f64; 2], [f64; 2], [u64; 5]); 10] = [
            ([0.0, 0.0], [0.0, 0.0], [0x3ff0000000000000, 0, 0, 0, 0]),
            ([1.0, -2.0], [0.0, 0.0], [0x3ff0000000000000, 0, 0, 0x3ff0000000000000, 0xc000000000000000]),
            ([0.0, 0.0], [-0.0, -3.0], [0, 0, 0x3ff0000000000000, 0x4008000000000000, 0]),
            ([0.0, 0.0], [-3.0, 0.0], [0, 0xbff0000000000000, 0, 0x4008000000000000, 0]),
            ([0.0, 0.0], [3.0, 4.0], [0, 0x3fe3333333333333, 0xbfe999999999999a, 0x4014000000000000, 0]),
            ([0.0, 1.0], [-3.0, 0.0], [0x3fd43d136248490f, 0, 0xbfee5b9d136c6d96, 0, 0x40094c583ada5b52]),
            (
                [1.0, 2.0],
                [3.0, -4.0],
                [0x3fda20bd700c2c3e, 0xbfda20bd700c2c3e, 0x3fea20bd700c2c3e, 0x4003988e1409212e, 0x4013988e1409212e],
            ),
            (
                [1e300, -1e300],
                [2e300, 1e299],
                [0x3fe275b789daee0b, 0x3fe1896e5c8ffbbe, 0xbfe36200b725e058, 0x7e44b53a72ffe82b, 0xfe44b53a72ffe82b],
            ),
            (
                [1e-300, 2e-300],
                [3e200, -1e200],
                [0x0000000000000000, 0x3fc21a1851ff630a, 0x3fefadaa8f7eed52, 0x697d8f9811335b58, 0x698d8f9811335b58],
            ),
            ([0.0, 0.0], [1.0, f64::INFINITY], [0, nan, nan, nan, 0]),
        ];
        for (f, g, want) in z {
            let (c, s, r) = lartg(c64::new(f[0], f[1]), c64::new(g[0], g[1]));
            let got = [bits64(c), bits64(s.re), bits64(s.im), bits64(r.re), bits64(r.im)];
            assert_eq!(got, want, "zlartg({f:?}, {g:?})");
        }
        // From clartg_.
        let nan = f32::NAN.to_bits();
        let c: [([f32; 2], [f32; 2], [u32; 5]); 7] = [
            ([1.0, -2.0], [0.0, 0.0], [0x3f800000, 0, 0, 0x3f800000, 0xc0000000]),
            ([0.0, 0.0], [-0.0, -3.0], [0, 0, 0x3f800000, 0x40400000, 0]),
            ([0.0, 0.0], [-3.0, 0.0], [0, 0xbf800000, 0, 0x40400000, 0]),
            ([0.0, 0.0], [3.0, 4.0], [0, 0x3f19999a, 0xbf4ccccd, 0x40a00000, 0]),
            ([0.0, 1.0], [-3.0, 0.0], [0x3ea1e89b, 0, 0xbf72dce8, 0, 0x404a62c2]),
            ([1.0, 2.0], [3.0, -4.0], [0x3ed105ec, 0xbed105eb, 0x3f5105ea, 0x401cc470, 0x409cc470]),
            ([0.0, 0.0], [f32::INFINITY, -f32::INFINITY], [0, nan, nan, nan, 0]),
        ];
        for (f, g, want) in c {
            let (c, s, r) = lartg(c32::new(f[0], f[1]), c32::new(g[0], g[1]));
            let got = [bits32(c), bits32(s.re), bits32(s.im), bits32(r.re), bits32(r.im)];
            assert_eq!(got, want, "clartg({f:?}, {g:?})");
        }
    }

    #[test]
    fn lartg_real_inputs_agree_across_types() {
        // zlartg on real data gives dlartg's numbers (the reference's stated design).
        for (f, g) in [(3.0, 4.0), (-3.0, 4.0), (1e-300, 2e-300), (-7e250, 1e251), (0.5, -1e-170)] {
            let (c, s, r) = lartg(f, g);
            let (cz, sz, rz) = lartg(c64::new(f, 0.0), c64::new(g, 0.0));
            assert!((c - cz).abs() <= 2.0 * f64::EPSILON, "{f} {g}");
            assert!((s - sz.re).abs() <= 2.0 * f64::EPSILON && sz.im == 0.0);
            assert!((r - rz.re).abs() <= 2.0 * f64::EPSILON * r.abs() && rz.im == 0.0);
        }
    }

    #[test]
    fn lartgp_matches_reference_and_r_is_nonnegative() {
        // From Debian's LAPACK 3.11 dlartgp_.
        let d: [((f64, f64), [u64; 3]); 7] = [
            ((3.0, 4.0), [0x3fe3333333333333, 0x3fe999999999999a, 0x4014000000000000]),
            ((-3.0, 4.0), [0xbfe3333333333333, 0x3fe999999999999a, 0x4014000000000000]),
            ((-3.0, 0.0), [0xbff0000000000000, 0x0000000000000000, 0x4008000000000000]),
            ((0.0, -2.0), [0x0000000000000000, 0xbff0000000000000, 0x4000000000000000]),
            ((1e300, -1e300), [0x3fe6a09e667f3bcc, 0xbfe6a09e667f3bcc, 0x7e40e4d50f99b211]),
            ((-1e-300, 2e-300), [0xbfdc9f25c5bfedda, 0x3fec9f25c5bfedda, 0x01b7f5ac55394353]),
            ((-2.5, 1e-200), [0xbff0000000000000, 0x16539874ddd8c623, 0x4004000000000000]),
        ];
        for ((f, g), want) in d {
            let (c, s, r) = lartgp(f, g);
            assert_eq!([c.to_bits(), s.to_bits(), r.to_bits()], want, "dlartgp({f:e}, {g:e})");
        }
        let mut rng = Lcg(11);
        for &e in &[-140, -126, -60, -1, 0, 5, 60, 120, 127] {
            for _ in 0..20 {
                let (f, g) = ((rng.next() * p2(e)) as f32, (rng.next() * p2(e)) as f32);
                let (c, s, r) = lartgp(f, g);
                assert!(r >= 0.0, "lartgp({f:e}, {g:e}) r = {r:e}");
                let (c, s, r, f, g) = (c as f64, s as f64, r as f64, f as f64, g as f64);
                assert!((c * c + s * s - 1.0).abs() <= 8.0 * f32::EPSILON as f64);
                let tol = 8.0 * f32::EPSILON as f64 * f.abs().max(g.abs()) + 1e-44;
                assert!((c * f + s * g - r).abs() <= tol && (-s * f + c * g).abs() <= tol);
            }
        }
    }

    #[test]
    fn lartgs_matches_reference() {
        // From Debian's LAPACK 3.11 dlartgs_: (x, y, sigma) -> (cs, sn).
        let d: [((f64, f64, f64), [u64; 2]); 7] = [
            ((3.0, 4.0, 0.0), [0x3fe3333333333333, 0x3fe999999999999a]),
            ((-3.0, 4.0, 0.0), [0x3fe3333333333333, 0xbfe999999999999a]),
            ((2.0, 1.0, 2.0), [0x0000000000000000, 0x3ff0000000000000]),
            ((-1.5, 0.5, 1.0), [0x3feb7095010f9354, 0xbfe076bfcd6fbecd]),
            ((1e-17, 2.0, 0.0), [0x0000000000000000, 0x3ff0000000000000]),
            ((1e-17, 2.0, 3.0), [0xbff0000000000000, 0x0000000000000000]),
            ((0.7, -0.2, 0.3), [0x3fee34167094bf5a, 0xbfd524761b9b52bf]),
        ];
        for ((x, y, sigma), want) in d {
            let (cs, sn) = lartgs(x, y, sigma);
            assert_eq!([cs.to_bits(), sn.to_bits()], want, "dlartgs({x}, {y}, {sigma})");
        }
        // The rotation zeroes the second entry of (x^2 - sigma^2, x y), up to scaling.
        for (x, y, sigma) in [(0.7f32, -0.2f32, 0.3f32), (2.0, 5.0, 1.5), (-4.0, 0.25, 3.0)] {
            let (cs, sn) = lartgs(x, y, sigma);
            let (a, b) = (x * x - sigma * sigma, x * y);
            assert!((-sn * a + cs * b).abs() <= 4.0 * f32::EPSILON * a.abs().max(b.abs()));
        }
    }

    #[test]
    fn option_letters() {
        assert_eq!(Pivot::from_char(b'v'), Some(Pivot::Variable));
        assert_eq!(Pivot::from_char(b'T'), Some(Pivot::Top));
        assert_eq!(Pivot::from_char(b'b'), Some(Pivot::Bottom));
        assert_eq!(Pivot::from_char(b'F'), None);
        assert_eq!(Direction::from_char(b'f'), Some(Direction::Forward));
        assert_eq!(Direction::from_char(b'B'), Some(Direction::Backward));
        assert_eq!(Direction::from_char(b'V'), None);
    }

    /// `P` of `lasr` (order `z`) built as a dense product of the rotation matrices, in f64.
    fn dense_p(pivot: Pivot, direct: Direction, z: usize, c: &[f64], s: &[f64]) -> Vec<f64> {
        let mut p = vec![0.0; z * z];
        for i in 0..z {
            p[i + i * z] = 1.0;
        }
        let order: Vec<usize> = match direct {
            Direction::Forward => (0..z.saturating_sub(1)).collect(),
            Direction::Backward => (0..z.saturating_sub(1)).rev().collect(),
        };
        for k in order {
            let (a, b) = match pivot {
                Pivot::Variable => (k, k + 1),
                Pivot::Top => (0, k + 1),
                Pivot::Bottom => (k, z - 1),
            };
            let mut rk = vec![0.0; z * z];
            for i in 0..z {
                rk[i + i * z] = 1.0;
            }
            rk[a + a * z] = c[k];
            rk[a + b * z] = s[k];
            rk[b + a * z] = -s[k];
            rk[b + b * z] = c[k];
            // P := P(k) P, since P(k) acts after the rotations already in P.
            let mut np = vec![0.0; z * z];
            for i in 0..z {
                for j in 0..z {
                    np[i + j * z] = (0..z).map(|l| rk[i + l * z] * p[l + j * z]).sum();
                }
            }
            p = np;
        }
        p
    }

    fn lasr_case<T: Scalar>(m: usize, n: usize, ld: usize, row_major: bool) {
        let mut rng = Lcg((m * 31 + n * 7 + ld) as u64);
        for side in [Side::Left, Side::Right] {
            for pivot in [Pivot::Variable, Pivot::Top, Pivot::Bottom] {
                for direct in [Direction::Forward, Direction::Backward] {
                    let z = if side == Side::Left { m } else { n };
                    let angles: Vec<f64> = (0..z).map(|_| rng.next() * 3.0).collect();
                    let c64s: Vec<f64> = angles.iter().map(|t| t.cos()).collect();
                    let s64s: Vec<f64> = angles.iter().map(|t| t.sin()).collect();
                    let c: Vec<T::Real> = c64s.iter().map(|&x| T::Real::from_f64(x)).collect();
                    let s: Vec<T::Real> = s64s.iter().map(|&x| T::Real::from_f64(x)).collect();
                    let cd: Vec<f64> = c.iter().map(|x| x.to_f64()).collect();
                    let sd: Vec<f64> = s.iter().map(|x| x.to_f64()).collect();
                    // The matrix, stored column-major with leading dimension ld, or
                    // row-major (the transpose of an n x m column-major array).
                    let len = if row_major { ld * m } else { ld * n };
                    let orig: Vec<T> = (0..len).map(|_| sample(&mut rng, 0)).collect();
                    let at = |i: usize, j: usize| if row_major { j + i * ld } else { i + j * ld };
                    let mut buf = orig.clone();
                    let a = if row_major {
                        MatMut::from_col_major(&mut buf, n, m, ld).transpose()
                    } else {
                        MatMut::from_col_major(&mut buf, m, n, ld)
                    };
                    lasr(side, pivot, direct, &c, &s, a);
                    let p = dense_p(pivot, direct, z, &cd, &sd);
                    for i in 0..m {
                        for j in 0..n {
                            // Left: (P A)_ij; Right: (A P^T)_ij.
                            let (mut er, mut ei, mut mag) = (0.0, 0.0, 0.0);
                            for l in 0..z {
                                let (pv, (xr, xi)) = match side {
                                    Side::Left => (p[i + l * z], parts(orig[at(l, j)])),
                                    Side::Right => (p[j + l * z], parts(orig[at(i, l)])),
                                };
                                er += pv * xr;
                                ei += pv * xi;
                                mag += pv.abs() * (xr.abs() + xi.abs());
                            }
                            let (gr, gi) = parts(buf[at(i, j)]);
                            let tol = 4.0 * z as f64 * T::Real::EPSILON.to_f64() * (mag + 1e-30);
                            assert!(
                                (gr - er).abs() <= tol && (gi - ei).abs() <= tol,
                                "lasr {side:?} {pivot:?} {direct:?} {m}x{n} ld {ld} at ({i},{j})"
                            );
                        }
                    }
                    // Padding outside the m x n matrix is untouched.
                    for (k, (x, y)) in buf.iter().zip(&orig).enumerate() {
                        let (i, j) = if row_major { (k / ld, k % ld) } else { (k % ld, k / ld) };
                        let inside = if row_major { j < n } else { i < m };
                        if !inside {
                            assert_eq!(x, y, "padding element {k} changed");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn lasr_against_explicit_rotations() {
        for &(m, n, ld) in
            &[(0, 3, 1), (3, 0, 3), (1, 1, 1), (1, 4, 2), (2, 2, 2), (3, 2, 5), (2, 3, 2), (5, 4, 6), (4, 7, 4)]
        {
            lasr_case::<f32>(m, n, ld.max(m), false);
            lasr_case::<f64>(m, n, ld.max(m), false);
            lasr_case::<c32>(m, n, ld.max(m), false);
            lasr_case::<c64>(m, n, ld.max(m), false);
            lasr_case::<f64>(m, n, n.max(1) + 1, true);
            lasr_case::<c64>(m, n, n.max(1), true);
        }
    }

    #[test]
    fn lasr_skips_identity_rotations() {
        // c = 1, s = 0 is not applied, so Inf and NaN rows it would mix stay as they are
        // (applying it would turn Inf * 0 into NaN).
        let inf = f64::INFINITY;
        let mut a = vec![inf, 1.0, 2.0, f64::NAN, 3.0, -inf];
        let (c, s) = ([1.0, 1.0], [0.0, 0.0]);
        for side in [Side::Left, Side::Right] {
            let (m, n) = if side == Side::Left { (3, 2) } else { (2, 3) };
            let before: Vec<u64> = a.iter().map(|x| x.to_bits()).collect();
            lasr(side, Pivot::Variable, Direction::Forward, &c, &s, MatMut::from_col_major(&mut a, m, n, m));
            let after: Vec<u64> = a.iter().map(|x| x.to_bits()).collect();
            assert_eq!(before, after);
        }
        // Only the second rotation (rows 1, 2) is real: row 0's Inf survives.
        let mut a = vec![Complex::new(inf, 0.0), Complex::new(1.0, 0.0), Complex::new(0.0, 2.0)];
        lasr(
            Side::Left,
            Pivot::Variable,
            Direction::Backward,
            &[1.0, 0.0],
            &[0.0, 1.0],
            MatMut::from_col_major(&mut a, 3, 1, 3),
        );
        assert_eq!(a, [Complex::new(inf, 0.0), Complex::new(0.0, 2.0), Complex::new(-1.0, 0.0)]);
    }

    fn rot_case<T: Scalar>() {
        let mut rng = Lcg(3);
        for n in [0usize, 1, 2, 3, 7] {
            let c = T::Real::from_f64(0.6);
            let s: T =
                T::from_parts(T::Real::from_f64(0.64), T::Real::from_f64(if T::IS_COMPLEX { -0.48 } else { 0.0 }));
            let s = if T::IS_COMPLEX { s } else { T::from_real(T::Real::from_f64(0.8)) };
            let xs: Vec<T> = (0..2 * n).map(|_| sample(&mut rng, 2)).collect();
            let ys: Vec<T> = (0..n).map(|_| sample(&mut rng, -3)).collect();
            let (mut x, mut y) = (xs.clone(), ys.clone());
            // x with increment 2, y walked backwards.
            rot_complex_s(VecMut::from_blas(&mut x, n, 2), VecMut::from_blas(&mut y, n, -1), c, s);
            let (cr, (sr, si)) = (c.to_f64(), parts(s));
            for i in 0..n {
                let (xr, xi) = parts(xs[2 * i]);
                let (yr, yi) = parts(ys[n - 1 - i]);
                let want_x = (cr * xr + sr * yr - si * yi, cr * xi + sr * yi + si * yr);
                let want_y = (cr * yr - (sr * xr + si * xi), cr * yi - (sr * xi - si * xr));
                let (gx, gy) = (parts(x[2 * i]), parts(y[n - 1 - i]));
                let tol = 4.0 * T::Real::EPSILON.to_f64() * 8.0;
                assert!((gx.0 - want_x.0).abs() <= tol && (gx.1 - want_x.1).abs() <= tol);
                assert!((gy.0 - want_y.0).abs() <= tol && (gy.1 - want_y.1).abs() <= tol);
                assert_eq!(x[2 * i + 1], xs[2 * i + 1], "gap element written");
            }
        }
    }

    #[test]
    fn rot_complex_s_against_formula() {
        rot_case::<f32>();
        rot_case::<f64>();
        rot_case::<c32>();
        rot_case::<c64>();
    }
}
