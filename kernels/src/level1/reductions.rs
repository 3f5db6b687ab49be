//! Level-1 reductions: dot products, sums of magnitudes, norms, extreme indices.

use super::same_len;
use crate::scalar::{RealScalar, Scalar};
use crate::views::VecRef;
// Blue's thresholds and scale factors, shared with `?lassq`.
use crate::aux::lassq::BlueConstants;

/// `sum x_i * y_i` (`?dot` for real types, `?dotu` for complex).
pub fn dotu<T: Scalar>(x: VecRef<'_, T>, y: VecRef<'_, T>) -> T {
    let n = x.len();
    same_len(n, y.len());
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

/// `sum conj(x_i) * y_i` (`?dotc`; the same as [`dotu`] for real types).
pub fn dotc<T: Scalar>(x: VecRef<'_, T>, y: VecRef<'_, T>) -> T {
    let n = x.len();
    same_len(n, y.len());
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
    let k = &T::kernels().l1;
    let (ss, max) = if forward(&x) {
        // SAFETY: the view covers `n` elements forward from logical element 0.
        unsafe { (k.sumsq_max)(n, x.as_ptr()) }
    } else {
        // SAFETY: element `i < n` is at `ptr + i*inc`.
        unsafe { (k.sumsq_max_strided)(n, x.as_ptr(), x.inc()) }
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
/// element wins (the reference's scan never replaces it), and dense forward
/// vectors go to the kernel.
fn extreme_index<T: Scalar, const MAX: bool>(x: VecRef<'_, T>) -> Option<usize> {
    let n = x.len();
    if n == 0 {
        return None;
    }
    let first = x.get(0).abs1();
    if first.is_nan() {
        return Some(0);
    }
    if n == 1 || x.inc() == 1 {
        let k = &T::kernels().l1;
        let f = if MAX { k.iamax } else { k.iamin };
        // SAFETY: dense forward view of `n >= 1` elements whose first is not NaN.
        return Some(unsafe { f(n, x.as_ptr()) });
    }
    let (mut best, mut idx) = (first, 0);
    for i in 1..n {
        // SAFETY: `i < n`.
        let v = unsafe { x.get_unchecked(i) }.abs1();
        if (MAX && v > best) || (!MAX && v < best) {
            (best, idx) = (v, i);
        }
    }
    Some(idx)
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
}
