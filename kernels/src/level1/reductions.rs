//! Level-1 reductions: dot products, sums of magnitudes, norms, extreme indices.

use super::same_len;
use super::split::{self, PIECE};
use crate::scalar::{RealScalar, Scalar};
use crate::views::VecRef;
// Blue's thresholds and scale factors, shared with `?lassq`.
use crate::aux::lassq::BlueConstants;

/// `sum x_i * y_i` (`?dot` for real types, `?dotu` for complex).
pub fn dotu<T: Scalar>(x: VecRef<'_, T>, y: VecRef<'_, T>) -> T {
    let n = x.len();
    same_len(n, y.len());
    if n > PIECE {
        return sum_pieces(n, |s, l| dotu_piece(x.subvec(s, l), y.subvec(s, l)));
    }
    dotu_piece(x, y)
}

/// `sum conj(x_i) * y_i` (`?dotc`; the same as [`dotu`] for real types).
pub fn dotc<T: Scalar>(x: VecRef<'_, T>, y: VecRef<'_, T>) -> T {
    let n = x.len();
    same_len(n, y.len());
    if n > PIECE {
        return sum_pieces(n, |s, l| dotc_piece(x.subvec(s, l), y.subvec(s, l)));
    }
    dotc_piece(x, y)
}

/// The partial results of a reduction's pieces, summed in piece order.
#[inline(never)]
fn sum_pieces<R: Scalar>(n: usize, f: impl Fn(usize, usize) -> R + Sync) -> R {
    split::partials(n, f).into_iter().fold(R::zero(), |acc, p| acc + p)
}

/// [`dotu`] of one piece, in the kernel's order.
#[inline]
fn dotu_piece<T: Scalar>(x: VecRef<'_, T>, y: VecRef<'_, T>) -> T {
    let n = x.len();
    if n == 0 {
        return T::zero();
    }
    let k = &T::kernels().l1;
    if forward(&x) && forward(&y) {
        // SAFETY: both views cover `n` elements forward from logical element 0.
        unsafe { (k.dotu)(n, x.as_ptr(), y.as_ptr()) }
    } else {
        // SAFETY: element `i < n` of each view is at `ptr + i*inc`.
        unsafe { (k.dotu_strided)(n, x.as_ptr(), x.inc(), y.as_ptr(), y.inc()) }
    }
}

/// [`dotc`] of one piece, in the kernel's order.
#[inline]
fn dotc_piece<T: Scalar>(x: VecRef<'_, T>, y: VecRef<'_, T>) -> T {
    let n = x.len();
    if n == 0 {
        return T::zero();
    }
    let k = &T::kernels().l1;
    if forward(&x) && forward(&y) {
        // SAFETY: both views cover `n` elements forward from logical element 0.
        unsafe { (k.dotc)(n, x.as_ptr(), y.as_ptr()) }
    } else {
        // SAFETY: element `i < n` of each view is at `ptr + i*inc`.
        unsafe { (k.dotc_strided)(n, x.as_ptr(), x.inc(), y.as_ptr(), y.inc()) }
    }
}

/// True when a reduction may hand the view to a contiguous kernel as it is:
/// increment 1, or a single element. Any other layout, `-1` included, goes
/// through the kernel's strided form, which sums in logical order exactly as
/// the contiguous kernel would.
#[inline]
fn forward<T>(x: &VecRef<'_, T>) -> bool {
    x.len() <= 1 || x.inc() == 1
}

/// `sum x_i * y_i` for real vectors (`sdot`, `ddot`).
pub fn dot<T: RealScalar>(x: VecRef<'_, T>, y: VecRef<'_, T>) -> T {
    dotu(x, y)
}

/// `sum x_i * y_i` of `f32` vectors accumulated in `f64` (`dsdot`).
pub fn dsdot(x: VecRef<'_, f32>, y: VecRef<'_, f32>) -> f64 {
    let n = x.len();
    same_len(n, y.len());
    // Four partial sums let the loop vectorize; products of two f32 are exact in f64.
    let mut acc = [0f64; 4];
    for i in 0..n {
        // SAFETY: `i < n` for both views.
        let p = unsafe { x.get_unchecked(i) as f64 * y.get_unchecked(i) as f64 };
        acc[i % 4] += p;
    }
    (acc[0] + acc[1]) + (acc[2] + acc[3])
}

/// `sb + sum x_i * y_i` accumulated in `f64`, rounded to `f32` (`sdsdot`).
pub fn sdsdot(sb: f32, x: VecRef<'_, f32>, y: VecRef<'_, f32>) -> f32 {
    (sb as f64 + dsdot(x, y)) as f32
}

/// `sum |re x_i| + |im x_i|` (`?asum`, `scasum`, `dzasum`).
pub fn asum<T: Scalar>(x: VecRef<'_, T>) -> T::Real {
    let n = x.len();
    if n > PIECE {
        return sum_pieces(n, |s, l| asum_piece(x.subvec(s, l)));
    }
    asum_piece(x)
}

/// [`asum`] of one piece, in the kernel's order.
#[inline]
fn asum_piece<T: Scalar>(x: VecRef<'_, T>) -> T::Real {
    let n = x.len();
    if n == 0 {
        return T::Real::zero();
    }
    let k = &T::kernels().l1;
    if forward(&x) {
        // SAFETY: the view covers `n` elements forward from logical element 0.
        unsafe { (k.asum)(n, x.as_ptr()) }
    } else {
        // SAFETY: element `i < n` is at `ptr + i*inc`.
        unsafe { (k.asum_strided)(n, x.as_ptr(), x.inc()) }
    }
}

/// The Euclidean norm `sqrt(sum |x_i|^2)` (`?nrm2`, `scnrm2`, `dznrm2`), free of
/// overflow and underflow for every finite input.
///
/// One SIMD pass computes the plain sum of squares and the largest magnitude
/// (strided vectors through the same kernel, so the bits do not depend on the
/// increment); when that magnitude shows the plain sum cannot have overflowed
/// or lost its small terms, its square root is the answer. Otherwise Blue's
/// three-accumulator algorithm runs, as in LAPACK 3.10's `nrm2`, in logical
/// element order.
pub fn nrm2<T: Scalar>(x: VecRef<'_, T>) -> T::Real {
    let n = x.len();
    if n == 0 {
        return T::Real::zero();
    }
    let (ss, max) = if n > PIECE {
        // Partial sums in piece order; the largest magnitude of all pieces.
        split::partials(n, |s, l| sumsq_max_piece(x.subvec(s, l)))
            .into_iter()
            .fold((T::Real::zero(), T::Real::zero()), |(ss, max), (s, m)| (ss + s, if m > max { m } else { max }))
    } else {
        sumsq_max_piece(x)
    };
    let c = BlueConstants::<T::Real>::new();
    if ss.is_nan() {
        return ss;
    }
    if max == T::Real::zero() {
        return max;
    }
    if max < c.tbig && max >= c.tsml && ss < T::Real::INFINITY {
        return ss.sqrt();
    }
    blue_nrm2(x)
}

/// The plain sum of squares and the largest magnitude of one piece (not empty).
#[inline]
fn sumsq_max_piece<T: Scalar>(x: VecRef<'_, T>) -> (T::Real, T::Real) {
    let k = &T::kernels().l1;
    if forward(&x) {
        // SAFETY: the view covers its elements forward from logical element 0.
        unsafe { (k.sumsq_max)(x.len(), x.as_ptr()) }
    } else {
        // SAFETY: element `i < len` is at `ptr + i*inc`.
        unsafe { (k.sumsq_max_strided)(x.len(), x.as_ptr(), x.inc()) }
    }
}

/// Blue's scaled sum of squares over every real and imaginary part of `x`.
fn blue_nrm2<T: Scalar>(x: VecRef<'_, T>) -> T::Real {
    let c = BlueConstants::<T::Real>::new();
    let zero = T::Real::zero();
    let (mut asml, mut amed, mut abig) = (zero, zero, zero);
    let mut notbig = true;
    let mut add = |v: T::Real| {
        let a = v.abs();
        if a > c.tbig {
            let t = a * c.sbig;
            abig += t * t;
            notbig = false;
        } else if a < c.tsml {
            if notbig {
                let t = a * c.ssml;
                asml += t * t;
            }
        } else {
            amed += a * a;
        }
    };
    for i in 0..x.len() {
        // SAFETY: `i < len`.
        let v = unsafe { x.get_unchecked(i) };
        add(v.re());
        if T::IS_COMPLEX {
            add(v.im());
        }
    }
    let one = T::Real::one();
    let (scl, sumsq) = if abig > zero {
        // Mid-range terms matter only if they are not negligible next to big ones.
        if amed > zero || amed.is_nan() {
            abig += (amed * c.sbig) * c.sbig;
        }
        (one / c.sbig, abig)
    } else if asml > zero {
        if amed > zero || amed.is_nan() {
            let amed = amed.sqrt();
            let asml = asml.sqrt() / c.ssml;
            let (ymin, ymax) = if asml > amed { (amed, asml) } else { (asml, amed) };
            let r = ymin / ymax;
            (one, ymax * ymax * (one + r * r))
        } else {
            (one / c.ssml, asml)
        }
    } else {
        (one, amed)
    };
    scl * sumsq.sqrt()
}

/// Shared front of `iamax`/`iamin`: empty vectors have no index, a NaN first
/// element wins (the reference's scan never replaces it), and the rest is the
/// reference's scan, which skips NaNs and keeps the first extreme element.
fn extreme_index<T: Scalar, const MAX: bool>(x: VecRef<'_, T>) -> Option<usize> {
    let n = x.len();
    if n == 0 {
        return None;
    }
    if x.get(0).abs1().is_nan() {
        return Some(0);
    }
    if n <= PIECE {
        return Some(extreme_piece::<T, MAX>(x));
    }
    // Each piece's first extreme element, its leading NaNs skipped as the whole
    // scan would skip them; then the first extreme one of those, in piece order.
    let better = |v: T::Real, best: T::Real| if MAX { v > best } else { v < best };
    split::partials(n, |s, l| {
        let lead = (0..l).find(|&i| !x.get(s + i).abs1().is_nan())?;
        let i = s + lead + extreme_piece::<T, MAX>(x.subvec(s + lead, l - lead));
        Some((i, x.get(i).abs1()))
    })
    .into_iter()
    .flatten()
    .reduce(|best, c| if better(c.1, best.1) { c } else { best })
    .map(|(i, _)| i)
}

/// The reference's scan over a piece whose first element is not NaN: the
/// index of its first extreme element, NaNs skipped.
fn extreme_piece<T: Scalar, const MAX: bool>(x: VecRef<'_, T>) -> usize {
    let n = x.len();
    if n == 1 || x.inc() == 1 {
        let k = &T::kernels().l1;
        let f = if MAX { k.iamax } else { k.iamin };
        // SAFETY: dense forward view of `n >= 1` elements whose first is not NaN.
        return unsafe { f(n, x.as_ptr()) };
    }
    let (mut best, mut idx) = (x.get(0).abs1(), 0);
    for i in 1..n {
        // SAFETY: `i < n`.
        let v = unsafe { x.get_unchecked(i) }.abs1();
        if (MAX && v > best) || (!MAX && v < best) {
            (best, idx) = (v, i);
        }
    }
    idx
}

/// Index of the first element of largest `|re| + |im|` (`i?amax`, 0-based;
/// `None` for an empty vector). NaNs after the first element are skipped.
pub fn iamax<T: Scalar>(x: VecRef<'_, T>) -> Option<usize> {
    extreme_index::<T, true>(x)
}

/// Index of the first element of smallest `|re| + |im|` (`i?amin`, an
/// OpenBLAS/MKL extension; 0-based). NaNs after the first element are skipped.
pub fn iamin<T: Scalar>(x: VecRef<'_, T>) -> Option<usize> {
    extreme_index::<T, false>(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nrm2_survives_extremes() {
        let big = [1e300f64, 1e300, -1e300];
        assert!((nrm2(VecRef::from_slice(&big)) / (3f64.sqrt() * 1e300) - 1.0).abs() < 1e-15);
        let tiny = [1e-300f64; 7];
        assert!((nrm2(VecRef::from_slice(&tiny)) / (7f64.sqrt() * 1e-300) - 1.0).abs() < 1e-15);
        assert_eq!(nrm2(VecRef::from_slice(&[0.0f64; 9])), 0.0);
        assert!(nrm2(VecRef::from_slice(&[1.0, f64::NAN, f64::INFINITY])).is_nan());
        assert_eq!(nrm2(VecRef::from_slice(&[1.0, f64::INFINITY])), f64::INFINITY);
    }

    /// The reference's scan: first extreme `|re| + |im|`, NaNs after the first skipped.
    fn scan(x: &[f64], max: bool) -> usize {
        let mut idx = 0;
        for (i, v) in x.iter().enumerate().skip(1) {
            let (v, b) = (v.abs(), x[idx].abs());
            if (max && v > b) || (!max && v < b) {
                idx = i;
            }
        }
        idx
    }

    /// Long vectors are scanned piece by piece: NaNs opening a piece, ties
    /// across pieces and the extreme in the last piece must not change the
    /// answer.
    #[test]
    fn extreme_index_across_pieces() {
        let n = 3 * PIECE + 7;
        let mut x: Vec<f64> = (0..n).map(|i| ((i * 7919) % 1000) as f64 / 1000.0 + 1.0).collect();
        for p in 1..4 {
            x[p * PIECE] = f64::NAN;
            x[p * PIECE + 1] = f64::NAN;
        }
        for strides in [1isize, -1, 2] {
            let store: Vec<f64> = if strides == 2 { x.iter().flat_map(|&v| [v, 9e9]).collect() } else { x.clone() };
            let view = match strides {
                1 => VecRef::from_slice(&store),
                -1 => VecRef::from_slice(&store).reversed(),
                _ => VecRef::from_blas(&store, n, 2),
            };
            let logical: Vec<f64> = (0..n).map(|i| view.get(i)).collect();
            assert_eq!(iamax(view), Some(scan(&logical, true)), "inc {strides}");
            assert_eq!(iamin(view), Some(scan(&logical, false)), "inc {strides}");
        }
        // A tie: the same maximum early and in a later piece, and the maximum
        // right after a piece's leading NaNs.
        let mut y = x.clone();
        y[5] = 50.0;
        y[2 * PIECE + 2] = 50.0;
        assert_eq!(iamax(VecRef::from_slice(&y)), Some(5));
        y[5] = 1.0;
        assert_eq!(iamax(VecRef::from_slice(&y)), Some(2 * PIECE + 2));
        y[0] = f64::NAN;
        assert_eq!(iamax(VecRef::from_slice(&y)), Some(0));
    }

    /// A long reduction is the sum of its pieces' kernel results in piece
    /// order, and close to the exact value.
    #[test]
    fn reductions_across_pieces() {
        let n = 2 * PIECE + 3;
        let x: Vec<f64> = (0..n).map(|i| (((i * 31337) % 2001) as f64 - 1000.0) / 999.0).collect();
        let y: Vec<f64> = (0..n).map(|i| (((i * 7717) % 1999) as f64 - 999.0) / 1003.0).collect();
        let (xv, yv) = (VecRef::from_slice(&x), VecRef::from_slice(&y));
        let pieces = [(0, PIECE), (PIECE, PIECE), (2 * PIECE, 3)];
        let want = pieces.iter().fold(0.0, |acc, &(s, l)| acc + dotu(xv.subvec(s, l), yv.subvec(s, l)));
        assert_eq!(dotu(xv, yv).to_bits(), want.to_bits());
        let exact: f64 = x.iter().zip(&y).map(|(a, b)| a * b).sum();
        assert!((dotu(xv, yv) - exact).abs() < 1e-10 * n as f64);
        let want = pieces.iter().fold(0.0, |acc, &(s, l)| acc + asum(xv.subvec(s, l)));
        assert_eq!(asum(xv).to_bits(), want.to_bits());
        let ss: f64 = x.iter().map(|v| v * v).sum();
        assert!((nrm2(xv) - ss.sqrt()).abs() < 1e-12 * ss.sqrt());
    }
}
