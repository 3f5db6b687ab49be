//! Precision conversions of matrices: `slag2d`, `dlag2s`, `clag2z`, `zlag2c`
//! (general) and `dlat2s`, `zlat2c` (triangular), as used by the
//! mixed-precision solvers.
//!
//! Narrowing stops at the first element (in column-major order) with a real
//! or imaginary part outside the target's finite range, as the reference
//! does; the elements before it have been written, the rest have not. NaN
//! compares false against the bounds, so it converts to NaN without a flag.

use crate::enums::Uplo;
use crate::scalar::{RealScalar, Scalar};
use crate::views::{MatMut, MatRef};

/// Converts one element, or `None` when a part lies outside `[-rmax, rmax]`.
#[inline]
fn convert<A: Scalar, B: Scalar>(v: A, rmax: Option<f64>) -> Option<B> {
    let (re, im) = (v.re().to_f64(), v.im().to_f64());
    if let Some(r) = rmax {
        if re < -r || re > r || im < -r || im > r {
            return None;
        }
    }
    Some(B::from_parts(B::Real::from_f64(re), B::Real::from_f64(im)))
}

/// The bound a conversion from `A` to `B` must check: the largest finite
/// `B`, when `B` is narrower than `A`; no bound otherwise.
fn bound<A: Scalar, B: Scalar>() -> Option<f64> {
    assert_eq!(A::IS_COMPLEX, B::IS_COMPLEX, "lag2: A and B must both be real or both complex");
    let rmax = B::Real::MAX.to_f64();
    (rmax < A::Real::MAX.to_f64()).then_some(rmax)
}

/// `B := A` rounded to `B`'s precision for `m x n` matrices (`?lag2?`). Both
/// types are real or both complex. Widening always succeeds; narrowing
/// returns `Err(())` (the reference's `INFO = 1`) at the first element with
/// a real or imaginary part beyond the largest finite `B`, leaving `B`
/// written up to the element before it in column-major order.
#[allow(clippy::result_unit_err)] // The reference's only failure, INFO = 1, carries no data.
pub fn lag2<A: Scalar, B: Scalar>(a: MatRef<'_, A>, mut b: MatMut<'_, B>) -> Result<(), ()> {
    let (m, n) = (a.nrows(), a.ncols());
    assert!(b.nrows() == m && b.ncols() == n, "lag2: A is {m}x{n}, B is {}x{}", b.nrows(), b.ncols());
    let rmax = bound::<A, B>();
    for j in 0..n {
        for i in 0..m {
            // SAFETY: `i < m`, `j < n` for both matrices.
            unsafe { b.set_unchecked(i, j, convert(a.get_unchecked(i, j), rmax).ok_or(())?) };
        }
    }
    Ok(())
}

/// [`lag2`] on the `uplo` triangle (diagonal included) of `n x n` matrices
/// (`dlat2s`, `zlat2c`); the other triangle of `B` is not written.
#[allow(clippy::result_unit_err)] // As for `lag2`.
pub fn lat2<A: Scalar, B: Scalar>(uplo: Uplo, a: MatRef<'_, A>, mut b: MatMut<'_, B>) -> Result<(), ()> {
    let n = a.nrows();
    assert_eq!(a.ncols(), n, "lat2: A is {n}x{}, not square", a.ncols());
    assert!(b.nrows() == n && b.ncols() == n, "lat2: A is {n}x{n}, B is {}x{}", b.nrows(), b.ncols());
    let rmax = bound::<A, B>();
    for j in 0..n {
        let rows = match uplo {
            Uplo::Upper => 0..j + 1,
            Uplo::Lower => j..n,
        };
        for i in rows {
            // SAFETY: `i < n`, `j < n` for both matrices.
            unsafe { b.set_unchecked(i, j, convert(a.get_unchecked(i, j), rmax).ok_or(())?) };
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scalar::{c32, c64};

    fn sentinel<T: Scalar>() -> T {
        T::from_parts(T::Real::from_f64(-7777.5), T::Real::from_f64(3333.25))
    }

    fn same<T: Scalar>(a: T, b: T) -> bool {
        a.re().to_f64().to_bits() == b.re().to_f64().to_bits() && a.im().to_f64().to_bits() == b.im().to_f64().to_bits()
    }

    /// Values to convert: ordinary, tiny (underflowing in the narrow type),
    /// just inside the narrow range, NaN.
    fn values(k: usize) -> f64 {
        let f32max = f32::MAX as f64;
        let table = [1.0 / 3.0, -2.5e-3, 1e-42, -1e-300, f32max, -f32max, f64::NAN, 7.0e37, -0.0, 123456.789];
        table[k % table.len()]
    }

    /// The element the conversion must produce: each part rounded to `B`.
    fn rounded<A: Scalar, B: Scalar>(v: A) -> B {
        B::from_parts(B::Real::from_f64(v.re().to_f64()), B::Real::from_f64(v.im().to_f64()))
    }

    fn lag2_ok<A: Scalar, B: Scalar>() {
        for m in [0, 1, 2, 3, 5] {
            for n in [0, 1, 2, 4] {
                let (lda, ldb) = (m + 2, m + 1);
                let a: Vec<A> = (0..lda * n.max(1))
                    .map(|k| A::from_parts(A::Real::from_f64(values(k)), A::Real::from_f64(values(k + 3))))
                    .collect();
                let mut b = vec![sentinel::<B>(); ldb * n.max(1)];
                let r = lag2(MatRef::from_col_major(&a, m, n, lda), MatMut::from_col_major(&mut b, m, n, ldb));
                assert_eq!(r, Ok(()));
                for j in 0..n.max(1) {
                    for i in 0..ldb {
                        let want = if i < m && j < n { rounded(a[i + j * lda]) } else { sentinel() };
                        assert!(same(b[i + j * ldb], want), "lag2 {m}x{n} ({i},{j})");
                    }
                }
            }
        }
    }

    #[test]
    fn lag2_converts_in_range_values_and_nan() {
        lag2_ok::<f64, f32>();
        lag2_ok::<f32, f64>();
        lag2_ok::<c64, c32>();
        lag2_ok::<c32, c64>();
        lag2_ok::<f64, f64>();
        lag2_ok::<c32, c32>();
    }

    /// Narrowing with one bad element at each position: `Err`, with the
    /// elements before it (column-major) written and the rest untouched.
    fn lag2_overflow<A: Scalar, B: Scalar>() {
        let just_over = f64::from_bits((f32::MAX as f64).to_bits() + 1);
        let bad = [just_over, -just_over, 1e39, f64::INFINITY, f64::NEG_INFINITY, f64::MAX];
        let (m, n, ld) = (3, 3, 4);
        for pos in 0..m * n {
            for (t, &big) in bad.iter().enumerate() {
                for in_imag in [false, true] {
                    if in_imag && !A::IS_COMPLEX {
                        continue;
                    }
                    let mut a: Vec<A> =
                        (0..ld * n).map(|k| A::from_parts(A::Real::from_f64(k as f64), A::Real::one())).collect();
                    let (i0, j0) = (pos % m, pos / m);
                    let z = A::Real::from_f64(0.5);
                    let bv = A::Real::from_f64(big);
                    a[i0 + j0 * ld] = if in_imag { A::from_parts(z, bv) } else { A::from_parts(bv, z) };
                    let mut b = vec![sentinel::<B>(); ld * n];
                    let r = lag2(MatRef::from_col_major(&a, m, n, ld), MatMut::from_col_major(&mut b, m, n, ld));
                    assert_eq!(r, Err(()), "bad value {t} at {pos} (imag {in_imag})");
                    for j in 0..n {
                        for i in 0..ld {
                            let written = i < m && i + j * m < pos;
                            let want = if written { rounded(a[i + j * ld]) } else { sentinel() };
                            assert!(same(b[i + j * ld], want), "bad value {t} at {pos}: ({i},{j})");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn lag2_stops_at_the_first_out_of_range_element() {
        lag2_overflow::<f64, f32>();
        lag2_overflow::<c64, c32>();
    }

    #[test]
    fn widening_never_fails() {
        let a = [f32::INFINITY, f32::NEG_INFINITY, f32::MAX, f32::NAN];
        let mut b = [0.0f64; 4];
        assert_eq!(lag2(MatRef::from_col_major(&a, 2, 2, 2), MatMut::from_col_major(&mut b, 2, 2, 2)), Ok(()));
        assert_eq!(&b[..3], &[f64::INFINITY, f64::NEG_INFINITY, f32::MAX as f64]);
        assert!(b[3].is_nan());
        let a = [c32::new(f32::INFINITY, -f32::MAX)];
        let mut b = [c64::new(0.0, 0.0)];
        assert_eq!(lag2(MatRef::from_col_major(&a, 1, 1, 1), MatMut::from_col_major(&mut b, 1, 1, 1)), Ok(()));
        assert_eq!(b[0], c64::new(f64::INFINITY, -f32::MAX as f64));
    }

    fn lat2_for<A: Scalar, B: Scalar>() {
        let just_over = f64::from_bits((f32::MAX as f64).to_bits() + 1);
        for uplo in [Uplo::Upper, Uplo::Lower] {
            let inside = |i: usize, j: usize| match uplo {
                Uplo::Upper => i <= j,
                Uplo::Lower => i >= j,
            };
            for n in [0, 1, 2, 3, 5] {
                let ld = n + 1;
                let fresh = || -> Vec<A> {
                    (0..ld * n.max(1))
                        .map(|k| A::from_parts(A::Real::from_f64(values(k)), A::Real::from_f64(values(k + 1))))
                        .collect()
                };
                // Out-of-range values outside the triangle are not read.
                let mut a = fresh();
                for j in 0..n {
                    for i in 0..ld {
                        if i >= n || !inside(i, j) {
                            a[i + j * ld] = A::from_real(A::Real::from_f64(just_over));
                        }
                    }
                }
                let mut b = vec![sentinel::<B>(); ld * n.max(1)];
                let r = lat2(uplo, MatRef::from_col_major(&a, n, n, ld), MatMut::from_col_major(&mut b, n, n, ld));
                assert_eq!(r, Ok(()));
                for j in 0..n {
                    for i in 0..ld {
                        let want = if i < n && inside(i, j) { rounded(a[i + j * ld]) } else { sentinel() };
                        assert!(same(b[i + j * ld], want), "lat2 {uplo:?} {n} ({i},{j})");
                    }
                }
                // One in the triangle stops the conversion there.
                let order: Vec<(usize, usize)> =
                    (0..n).flat_map(|j| (0..n).map(move |i| (i, j))).filter(|&(i, j)| inside(i, j)).collect();
                for (p, &(i0, j0)) in order.iter().enumerate() {
                    let mut a = fresh();
                    a[i0 + j0 * ld] = A::from_real(A::Real::from_f64(-just_over));
                    let mut b = vec![sentinel::<B>(); ld * n.max(1)];
                    let r = lat2(uplo, MatRef::from_col_major(&a, n, n, ld), MatMut::from_col_major(&mut b, n, n, ld));
                    assert_eq!(r, Err(()));
                    for (q, &(i, j)) in order.iter().enumerate() {
                        let want = if q < p { rounded(a[i + j * ld]) } else { sentinel() };
                        assert!(same(b[i + j * ld], want), "lat2 {uplo:?} {n} bad at {p}: ({i},{j})");
                    }
                }
            }
        }
    }

    #[test]
    fn lat2_converts_the_triangle_only() {
        lat2_for::<f64, f32>();
        lat2_for::<c64, c32>();
    }

    #[test]
    #[should_panic]
    fn lag2_refuses_real_to_complex() {
        let a = [1.0f64];
        let mut b = [c32::new(0.0, 0.0)];
        let _ = lag2(MatRef::from_col_major(&a, 1, 1, 1), MatMut::from_col_major(&mut b, 1, 1, 1));
    }
}
