//! Level-2 operations on complex *symmetric* (`A = A^T`, not Hermitian)
//! matrices, which the BLAS lacks and LAPACK supplies itself: `csymv`/`zsymv`,
//! `csyr`/`zsyr`, `cspmv`/`zspmv`, `cspr`/`zspr`, and the ones OpenBLAS adds:
//! `csyr2`/`zsyr2`, `cspr2`/`zspr2`, `csbmv`/`zsbmv`. For real types they are
//! the ordinary symmetric operations.
//!
//! Nothing is conjugated, and the diagonal is used whole. As in the
//! reference, the products do not skip zero elements of `x` (so Inf and NaN
//! in `A` reach `y`), while the rank-1 updates skip the columns where the
//! element of `x` is zero.

use crate::enums::Uplo;
use crate::scalar::Scalar;
use crate::views::{MatMut, MatRef, VecMut, VecRef};

/// `y := beta * y`, with `beta = 0` writing zeros without reading `y`, and
/// `beta = 1` leaving `y` alone.
fn scale_y<T: Scalar>(beta: T, y: &mut VecMut<'_, T>) {
    if beta == T::one() {
        return;
    }
    for i in 0..y.len() {
        let v = if beta.is_zero() { T::zero() } else { beta * y.get(i) };
        y.set(i, v);
    }
}

/// `y := alpha * A * x + beta * y` with `A` symmetric with `k` super- (and
/// sub-) diagonals (`k >= n - 1` for a full matrix), given by a function of
/// `(i, j)` on the stored triangle's band.
#[allow(clippy::too_many_arguments)]
fn symv_by<T: Scalar>(
    uplo: Uplo,
    n: usize,
    k: usize,
    alpha: T,
    a: impl Fn(usize, usize) -> T,
    x: VecRef<'_, T>,
    beta: T,
    mut y: VecMut<'_, T>,
) {
    assert_eq!(x.len(), n, "symv: x has {} elements, A is {n}x{n}", x.len());
    assert_eq!(y.len(), n, "symv: y has {} elements, A is {n}x{n}", y.len());
    if n == 0 || (alpha.is_zero() && beta == T::one()) {
        return;
    }
    scale_y(beta, &mut y);
    if alpha.is_zero() {
        return;
    }
    // One pass over the stored triangle: column j's off-diagonal part adds
    // A(i, j) x_j to y_i and, as row j of the other half, A(i, j) x_i to y_j.
    for j in 0..n {
        let t1 = alpha * x.get(j);
        let mut t2 = T::zero();
        let off = match uplo {
            Uplo::Upper => j.saturating_sub(k)..j,
            Uplo::Lower => {
                y.set(j, y.get(j) + t1 * a(j, j));
                j + 1..n.min(j.saturating_add(k).saturating_add(1))
            }
        };
        for i in off {
            let aij = a(i, j);
            y.set(i, y.get(i) + t1 * aij);
            t2 += aij * x.get(i);
        }
        let v = match uplo {
            Uplo::Upper => y.get(j) + t1 * a(j, j) + alpha * t2,
            Uplo::Lower => y.get(j) + alpha * t2,
        };
        y.set(j, v);
    }
}

/// `A := alpha * x * x^T + A` on the stored triangle; `add(i, j, v)` adds
/// `v` to the stored element `(i, j)`.
fn syr_by<T: Scalar>(uplo: Uplo, n: usize, alpha: T, x: VecRef<'_, T>, mut add: impl FnMut(usize, usize, T)) {
    assert_eq!(x.len(), n, "syr: x has {} elements, A is {n}x{n}", x.len());
    if n == 0 || alpha.is_zero() {
        return;
    }
    for j in 0..n {
        let xj = x.get(j);
        if xj.is_zero() {
            continue;
        }
        let t = alpha * xj;
        let rows = match uplo {
            Uplo::Upper => 0..j + 1,
            Uplo::Lower => j..n,
        };
        for i in rows {
            add(i, j, x.get(i) * t);
        }
    }
}

/// `A := alpha * x * y^T + alpha * y * x^T + A` on the stored triangle;
/// `add(i, j, v)` adds `v` to the stored element `(i, j)`. Columns where
/// both `x_j` and `y_j` are zero are skipped, as `?syr2` skips them.
fn syr2_by<T: Scalar>(
    uplo: Uplo,
    n: usize,
    alpha: T,
    x: VecRef<'_, T>,
    y: VecRef<'_, T>,
    mut add: impl FnMut(usize, usize, T),
) {
    assert_eq!(x.len(), n, "syr2: x has {} elements, A is {n}x{n}", x.len());
    assert_eq!(y.len(), n, "syr2: y has {} elements, A is {n}x{n}", y.len());
    if n == 0 || alpha.is_zero() {
        return;
    }
    for j in 0..n {
        let (xj, yj) = (x.get(j), y.get(j));
        if xj.is_zero() && yj.is_zero() {
            continue;
        }
        let (t1, t2) = (alpha * yj, alpha * xj);
        let rows = match uplo {
            Uplo::Upper => 0..j + 1,
            Uplo::Lower => j..n,
        };
        for i in rows {
            add(i, j, x.get(i) * t1 + y.get(i) * t2);
        }
    }
}

/// `y := alpha * A * x + beta * y` for a symmetric `n x n` `A` of which the
/// `uplo` triangle of `a` is read (`csymv`, `zsymv`; `?symv` for real types).
/// Quick return when `n = 0` or `alpha = 0` and `beta = 1`; `beta = 0` sets
/// `y` to zero without reading it.
pub fn symv<T: Scalar>(uplo: Uplo, alpha: T, a: MatRef<'_, T>, x: VecRef<'_, T>, beta: T, y: VecMut<'_, T>) {
    let n = a.nrows();
    assert_eq!(a.ncols(), n, "symv: A is {n}x{}, not square", a.ncols());
    // SAFETY: `symv_by` asks only for `i, j < n`.
    symv_by(uplo, n, n, alpha, |i, j| unsafe { a.get_unchecked(i, j) }, x, beta, y)
}

/// `A := alpha * x * x^T + A` for a symmetric `A` of which the `uplo`
/// triangle is updated (`csyr`, `zsyr`; `?syr` for real types). Quick return
/// when `n = 0` or `alpha = 0`; columns with `x_j = 0` are left alone.
pub fn syr<T: Scalar>(uplo: Uplo, alpha: T, x: VecRef<'_, T>, mut a: MatMut<'_, T>) {
    let n = a.nrows();
    assert_eq!(a.ncols(), n, "syr: A is {n}x{}, not square", a.ncols());
    syr_by(uplo, n, alpha, x, |i, j, v| {
        let cur = a.get(i, j);
        a.set(i, j, cur + v)
    })
}

/// Index in packed storage of the element `(i, j)` of the `uplo` triangle of
/// an `n x n` matrix: column by column, upper `ap[i + j(j+1)/2]` (`i <= j`),
/// lower `ap[i + j(2n-j-1)/2]` (`i >= j`).
#[inline]
fn packed_index(uplo: Uplo, n: usize, i: usize, j: usize) -> usize {
    match uplo {
        Uplo::Upper => i + j * (j + 1) / 2,
        Uplo::Lower => i + j * (2 * n - j - 1) / 2,
    }
}

/// `y := alpha * A * x + beta * y` for a symmetric `n x n` `A` whose `uplo`
/// triangle is packed in `ap` (`cspmv`, `zspmv`; `?spmv` for real types).
/// Quick returns and `beta` as in [`symv`].
pub fn spmv<T: Scalar>(uplo: Uplo, n: usize, alpha: T, ap: &[T], x: VecRef<'_, T>, beta: T, y: VecMut<'_, T>) {
    assert!(ap.len() >= n * (n + 1) / 2, "spmv: ap has {} elements, needs {}", ap.len(), n * (n + 1) / 2);
    symv_by(uplo, n, n, alpha, |i, j| ap[packed_index(uplo, n, i, j)], x, beta, y)
}

/// `A := alpha * x * x^T + A` for a symmetric `n x n` `A` whose `uplo`
/// triangle is packed in `ap` (`cspr`, `zspr`; `?spr` for real types).
/// Quick returns as in [`syr`].
pub fn spr<T: Scalar>(uplo: Uplo, n: usize, alpha: T, x: VecRef<'_, T>, ap: &mut [T]) {
    assert!(ap.len() >= n * (n + 1) / 2, "spr: ap has {} elements, needs {}", ap.len(), n * (n + 1) / 2);
    syr_by(uplo, n, alpha, x, |i, j, v| ap[packed_index(uplo, n, i, j)] += v)
}

/// `A := alpha * x * y^T + alpha * y * x^T + A` for a symmetric `A` of
/// which the `uplo` triangle is updated (`csyr2`, `zsyr2`, OpenBLAS; `?syr2`
/// for real types). Quick return when `n = 0` or `alpha = 0`; columns with
/// `x_j = y_j = 0` are left alone.
pub fn syr2<T: Scalar>(uplo: Uplo, alpha: T, x: VecRef<'_, T>, y: VecRef<'_, T>, mut a: MatMut<'_, T>) {
    let n = a.nrows();
    assert_eq!(a.ncols(), n, "syr2: A is {n}x{}, not square", a.ncols());
    syr2_by(uplo, n, alpha, x, y, |i, j, v| {
        let cur = a.get(i, j);
        a.set(i, j, cur + v)
    })
}

/// `A := alpha * x * y^T + alpha * y * x^T + A` for a symmetric `n x n` `A`
/// whose `uplo` triangle is packed in `ap` (`cspr2`, `zspr2`, OpenBLAS;
/// `?spr2` for real types). Quick returns as in [`syr2`].
pub fn spr2<T: Scalar>(uplo: Uplo, n: usize, alpha: T, x: VecRef<'_, T>, y: VecRef<'_, T>, ap: &mut [T]) {
    assert!(ap.len() >= n * (n + 1) / 2, "spr2: ap has {} elements, needs {}", ap.len(), n * (n + 1) / 2);
    syr2_by(uplo, n, alpha, x, y, |i, j, v| ap[packed_index(uplo, n, i, j)] += v)
}

/// `y := alpha * A * x + beta * y` for a symmetric `n x n` band `A` with `k`
/// super- (sub-) diagonals whose `uplo` triangle is in band storage `ab`
/// (`k + 1` rows: upper `A(i, j)` at `ab(k + i - j, j)`, lower at
/// `ab(i - j, j)`) (`csbmv`, `zsbmv`, OpenBLAS; `?sbmv` for real types).
/// Quick returns and `beta` as in [`symv`].
pub fn sbmv<T: Scalar>(uplo: Uplo, k: usize, alpha: T, ab: MatRef<'_, T>, x: VecRef<'_, T>, beta: T, y: VecMut<'_, T>) {
    let n = ab.ncols();
    assert!(ab.nrows() > k, "sbmv: the band has {} rows, needs {}", ab.nrows(), k + 1);
    let at = |i: usize, j: usize| match uplo {
        // SAFETY: `symv_by` asks only for `(i, j)` in the band's stored
        // triangle, `|i - j| <= k`, `j < n`, so the row is at most `k`.
        Uplo::Upper => unsafe { ab.get_unchecked(k + i - j, j) },
        // SAFETY: as above.
        Uplo::Lower => unsafe { ab.get_unchecked(i - j, j) },
    };
    symv_by(uplo, n, k, alpha, at, x, beta, y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scalar::{c32, c64, RealScalar};

    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        /// Small integers in both parts, so every sum in these tests is exact
        /// whatever its order and the oracle can compare bits.
        fn int<T: Scalar>(&mut self) -> T {
            let mut part = || T::Real::from_f64((self.next() % 9) as f64 - 4.0);
            let re = part();
            T::from_parts(re, part())
        }
    }

    fn sentinel<T: Scalar>() -> T {
        T::from_parts(T::Real::from_f64(-7777.5), T::Real::from_f64(3333.25))
    }

    fn same<T: Scalar>(a: T, b: T) -> bool {
        a.re().to_f64().to_bits() == b.re().to_f64().to_bits() && a.im().to_f64().to_bits() == b.im().to_f64().to_bits()
    }

    fn stored(uplo: Uplo, i: usize, j: usize) -> bool {
        match uplo {
            Uplo::Upper => i <= j,
            Uplo::Lower => i >= j,
        }
    }

    /// A(i, j) of the symmetric matrix whose `uplo` triangle is in `a` (column-major, `ld`).
    fn full<T: Scalar>(uplo: Uplo, a: &[T], ld: usize, i: usize, j: usize) -> T {
        if stored(uplo, i, j) {
            a[i + j * ld]
        } else {
            a[j + i * ld]
        }
    }

    fn pack<T: Scalar>(uplo: Uplo, a: &[T], ld: usize, n: usize) -> Vec<T> {
        let mut ap = Vec::new();
        for j in 0..n {
            for i in 0..n {
                if stored(uplo, i, j) {
                    ap.push(a[i + j * ld]);
                }
            }
        }
        ap
    }

    const INCS: [(isize, isize); 4] = [(1, 1), (-1, 1), (2, -2), (-3, 3)];

    fn symv_for<T: Scalar>() {
        let mut rng = Rng(0x5eed_0001);
        let nan = T::from_parts(T::Real::from_f64(f64::NAN), T::Real::from_f64(f64::NAN));
        for uplo in [Uplo::Upper, Uplo::Lower] {
            for n in [0, 1, 2, 3, 4, 7] {
                for (incx, incy) in INCS {
                    for (alpha, beta) in [(rng.int(), rng.int()), (T::one(), T::zero()), (rng.int(), T::one())] {
                        let ld = n + 2;
                        let mut a: Vec<T> = (0..ld * n.max(1)).map(|_| rng.int()).collect();
                        // The other triangle and the padding are never read.
                        for j in 0..n {
                            for i in 0..ld {
                                if i >= n || !stored(uplo, i, j) {
                                    a[i + j * ld] = nan;
                                }
                            }
                        }
                        let len = 1 + 3 * n;
                        let xs: Vec<T> = (0..len).map(|_| rng.int()).collect();
                        // beta = 0 must not read y.
                        let ys: Vec<T> = (0..len).map(|_| if beta.is_zero() { nan } else { rng.int() }).collect();
                        let xv = VecRef::from_blas(&xs, n, incx);
                        let yo = VecRef::from_blas(&ys, n, incy);
                        let want: Vec<T> = (0..n)
                            .map(|i| {
                                let mut s = T::zero();
                                for j in 0..n {
                                    s += full(uplo, &a, ld, i, j) * xv.get(j);
                                }
                                let by = if beta.is_zero() { T::zero() } else { beta * yo.get(i) };
                                alpha * s + by
                            })
                            .collect();
                        let mut y = ys.clone();
                        let av = MatRef::from_col_major(&a, n, n, ld);
                        symv(uplo, alpha, av, xv, beta, VecMut::from_blas(&mut y, n, incy));
                        let mut yp = ys.clone();
                        let ap = pack(uplo, &a, ld, n);
                        spmv(uplo, n, alpha, &ap, xv, beta, VecMut::from_blas(&mut yp, n, incy));
                        for got in [&y, &yp] {
                            let gv = VecRef::from_blas(got, n, incy);
                            for (i, w) in want.iter().enumerate() {
                                assert!(same(gv.get(i), *w), "symv {uplo:?} n={n} incs=({incx},{incy}) i={i}");
                            }
                            // Elements between the strided ones keep their bits.
                            let start = crate::views::blas_start(n, incy) as isize;
                            for p in 0..len {
                                let hit = (0..n).any(|i| start + i as isize * incy == p as isize);
                                assert!(hit || same(got[p], ys[p]));
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn symv_spmv_match_the_full_symmetric_product() {
        symv_for::<f32>();
        symv_for::<f64>();
        symv_for::<c32>();
        symv_for::<c64>();
    }

    fn symv_special<T: Scalar>() {
        let r = |v: f64| T::Real::from_f64(v);
        let nan = T::from_parts(r(f64::NAN), r(f64::NAN));
        for uplo in [Uplo::Upper, Uplo::Lower] {
            let n = 3;
            // alpha = 0, beta = 1: nothing is read or written.
            let a = vec![nan; 9];
            let ap = vec![nan; 6];
            let x = vec![nan; 3];
            let ys = vec![T::one(), nan, T::from_parts(r(2.0), r(-1.0))];
            let mut y = ys.clone();
            symv(
                uplo,
                T::zero(),
                MatRef::from_col_major(&a, n, n, n),
                VecRef::from_slice(&x),
                T::one(),
                VecMut::from_slice(&mut y),
            );
            spmv(uplo, n, T::zero(), &ap, VecRef::from_slice(&x), T::one(), VecMut::from_slice(&mut y));
            assert!(y.iter().zip(&ys).all(|(p, q)| same(*p, *q)));
            // alpha = 0: y := beta y, A and x not read.
            let beta = T::from_parts(r(2.0), r(1.0));
            symv(
                uplo,
                T::zero(),
                MatRef::from_col_major(&a, n, n, n),
                VecRef::from_slice(&x),
                beta,
                VecMut::from_slice(&mut y),
            );
            assert!(same(y[0], beta) && y[1].is_nan() && same(y[2], beta * ys[2]));
            // A zero x_j does not skip column j: Inf in it gives NaN.
            let mut a = vec![T::zero(); 9];
            let (i0, j0) = if uplo == Uplo::Upper { (0, 2) } else { (2, 0) };
            a[i0 + j0 * n] = T::from_real(r(f64::INFINITY));
            let ap = pack(uplo, &a, n, n);
            let x = vec![T::zero(); 3];
            for packed in [false, true] {
                let mut y = vec![T::one(); 3];
                if packed {
                    spmv(uplo, n, T::one(), &ap, VecRef::from_slice(&x), T::one(), VecMut::from_slice(&mut y));
                } else {
                    let av = MatRef::from_col_major(&a, n, n, n);
                    symv(uplo, T::one(), av, VecRef::from_slice(&x), T::one(), VecMut::from_slice(&mut y));
                }
                assert!(y[0].is_nan() && y[2].is_nan() && same(y[1], T::one()), "{uplo:?} packed={packed}: {y:?}");
            }
        }
    }

    #[test]
    fn symv_quick_returns_and_nan_propagation() {
        symv_special::<f32>();
        symv_special::<f64>();
        symv_special::<c32>();
        symv_special::<c64>();
    }

    fn syr_for<T: Scalar>() {
        let mut rng = Rng(0x5eed_0002);
        for uplo in [Uplo::Upper, Uplo::Lower] {
            for n in [0, 1, 2, 3, 4, 7] {
                for (incx, _) in INCS {
                    let alpha: T = rng.int();
                    let ld = n + 1;
                    let a0: Vec<T> = (0..ld * n.max(1))
                        .enumerate()
                        .map(|(p, _)| if p % ld < n && stored(uplo, p % ld, p / ld) { rng.int() } else { sentinel() })
                        .collect();
                    let mut xs: Vec<T> = (0..1 + 3 * n).map(|_| rng.int()).collect();
                    if n > 1 {
                        // A zero element: its column is skipped.
                        let p = crate::views::blas_start(n, incx) as isize + incx;
                        xs[p as usize] = T::zero();
                    }
                    let xv = VecRef::from_blas(&xs, n, incx);
                    let mut a = a0.clone();
                    syr(uplo, alpha, xv, MatMut::from_col_major(&mut a, n, n, ld));
                    let mut ap = pack(uplo, &a0, ld, n);
                    spr(uplo, n, alpha, xv, &mut ap);
                    for j in 0..n.max(1) {
                        for i in 0..ld {
                            let p = i + j * ld;
                            let want = if i < n && j < n && stored(uplo, i, j) {
                                a0[p] + alpha * xv.get(i) * xv.get(j)
                            } else {
                                sentinel()
                            };
                            assert!(same(a[p], want), "syr {uplo:?} n={n} inc={incx} ({i},{j})");
                        }
                    }
                    assert!(pack(uplo, &a, ld, n).iter().zip(&ap).all(|(p, q)| same(*p, *q)), "spr {uplo:?} n={n}");
                }
            }
        }
    }

    #[test]
    fn syr_spr_update_the_triangle() {
        syr_for::<f32>();
        syr_for::<f64>();
        syr_for::<c32>();
        syr_for::<c64>();
    }

    fn syr_special<T: Scalar>() {
        let r = |v: f64| T::Real::from_f64(v);
        let inf = T::from_real(r(f64::INFINITY));
        for uplo in [Uplo::Upper, Uplo::Lower] {
            let n = 3;
            // alpha = 0: quick return, even with Inf in x.
            let a0: Vec<T> = (0..9).map(|k| T::from_real(r(k as f64))).collect();
            let mut a = a0.clone();
            let x = vec![inf; 3];
            syr(uplo, T::zero(), VecRef::from_slice(&x), MatMut::from_col_major(&mut a, n, n, n));
            assert!(a.iter().zip(&a0).all(|(p, q)| same(*p, *q)));
            // x_1 = 0 skips column 1; the others get Inf * 0 = NaN in row 1.
            let x = vec![inf, T::zero(), inf];
            syr(uplo, T::one(), VecRef::from_slice(&x), MatMut::from_col_major(&mut a, n, n, n));
            let mut ap = pack(uplo, &a0, n, n);
            spr(uplo, n, T::one(), VecRef::from_slice(&x), &mut ap);
            assert!(pack(uplo, &a, n, n).iter().zip(&ap).all(|(p, q)| same(*p, *q)));
            for j in 0..n {
                for i in 0..n {
                    let v = a[i + j * n];
                    if !stored(uplo, i, j) || j == 1 {
                        assert!(same(v, a0[i + j * n]), "{uplo:?} ({i},{j})");
                    } else {
                        let want = a0[i + j * n] + x[i] * (T::one() * x[j]);
                        assert!(same(v, want) || (v.is_nan() && want.is_nan()), "{uplo:?} ({i},{j}) {v:?}");
                        // What the skip protects: row 1 of the updated columns is 0 * Inf.
                        assert!(i != 1 || v.is_nan());
                    }
                }
            }
        }
    }

    #[test]
    fn syr_skips_zero_columns_and_alpha_zero() {
        syr_special::<f32>();
        syr_special::<f64>();
        syr_special::<c32>();
        syr_special::<c64>();
    }

    #[test]
    fn complex_symmetric_is_not_hermitian() {
        // A = [[i, 1+i], [1+i, 2]] (symmetric, not Hermitian), x = [1, i].
        let i = c64::new(0.0, 1.0);
        let a = [i, c64::new(1.0, 1.0), c64::new(9.0, 9.0), c64::new(2.0, 0.0)];
        let x = [c64::new(1.0, 0.0), i];
        let mut y = [c64::new(0.0, 0.0); 2];
        symv(
            Uplo::Lower,
            c64::new(1.0, 0.0),
            MatRef::from_col_major(&a, 2, 2, 2),
            VecRef::from_slice(&x),
            c64::new(0.0, 0.0),
            VecMut::from_slice(&mut y),
        );
        // y0 = i + (1+i) i = i + i - 1 = -1 + 2i; y1 = (1+i) + 2i = 1 + 3i.
        assert_eq!(y, [c64::new(-1.0, 2.0), c64::new(1.0, 3.0)]);
    }

    fn syr2_for<T: Scalar>() {
        let mut rng = Rng(0x5eed_0003);
        for uplo in [Uplo::Upper, Uplo::Lower] {
            for n in [0, 1, 2, 3, 4, 7] {
                for (incx, incy) in INCS {
                    let alpha: T = rng.int();
                    let ld = n + 1;
                    let a0: Vec<T> = (0..ld * n.max(1))
                        .map(|p| if p % ld < n && stored(uplo, p % ld, p / ld) { rng.int() } else { sentinel() })
                        .collect();
                    let mut xs: Vec<T> = (0..1 + 3 * n).map(|_| rng.int()).collect();
                    let mut ys: Vec<T> = (0..1 + 3 * n).map(|_| rng.int()).collect();
                    if n > 2 {
                        // Column 1 has x_1 = y_1 = 0 and is skipped; column 2 only x_2 = 0.
                        let px = crate::views::blas_start(n, incx) as isize;
                        let py = crate::views::blas_start(n, incy) as isize;
                        xs[(px + incx) as usize] = T::zero();
                        ys[(py + incy) as usize] = T::zero();
                        xs[(px + 2 * incx) as usize] = T::zero();
                    }
                    let xv = VecRef::from_blas(&xs, n, incx);
                    let yv = VecRef::from_blas(&ys, n, incy);
                    let mut a = a0.clone();
                    syr2(uplo, alpha, xv, yv, MatMut::from_col_major(&mut a, n, n, ld));
                    let mut ap = pack(uplo, &a0, ld, n);
                    spr2(uplo, n, alpha, xv, yv, &mut ap);
                    for j in 0..n.max(1) {
                        for i in 0..ld {
                            let p = i + j * ld;
                            let want = if i < n && j < n && stored(uplo, i, j) {
                                a0[p] + alpha * xv.get(i) * yv.get(j) + alpha * yv.get(i) * xv.get(j)
                            } else {
                                sentinel()
                            };
                            assert!(same(a[p], want), "syr2 {uplo:?} n={n} incs=({incx},{incy}) ({i},{j})");
                        }
                    }
                    assert!(pack(uplo, &a, ld, n).iter().zip(&ap).all(|(p, q)| same(*p, *q)), "spr2 {uplo:?} n={n}");
                }
            }
        }
        // alpha = 0 reads nothing; a column with x_j = y_j = 0 is not touched
        // (Inf elsewhere in x does not reach it as Inf * 0 = NaN).
        let r = |v: f64| T::Real::from_f64(v);
        let inf = T::from_real(r(f64::INFINITY));
        for uplo in [Uplo::Upper, Uplo::Lower] {
            let a0: Vec<T> = (0..9).map(|k| T::from_real(r(k as f64))).collect();
            let mut a = a0.clone();
            let x = [inf, T::zero(), inf];
            let y = [T::one(), T::zero(), T::one()];
            syr2(
                uplo,
                T::zero(),
                VecRef::from_slice(&x),
                VecRef::from_slice(&y),
                MatMut::from_col_major(&mut a, 3, 3, 3),
            );
            assert!(a.iter().zip(&a0).all(|(p, q)| same(*p, *q)));
            syr2(
                uplo,
                T::one(),
                VecRef::from_slice(&x),
                VecRef::from_slice(&y),
                MatMut::from_col_major(&mut a, 3, 3, 3),
            );
            for i in 0..3 {
                assert!(same(a[i + 3], a0[i + 3]), "{uplo:?}: column 1 was skipped");
            }
        }
    }

    #[test]
    fn syr2_spr2_update_the_triangle() {
        syr2_for::<f32>();
        syr2_for::<f64>();
        syr2_for::<c32>();
        syr2_for::<c64>();
    }

    /// sbmv against symv on the same matrix held densely (zeros outside the
    /// band); the band storage's unused corner is NaN and must not be read.
    fn sbmv_for<T: Scalar>() {
        let mut rng = Rng(0x5eed_0004);
        let nan = T::from_parts(T::Real::from_f64(f64::NAN), T::Real::from_f64(f64::NAN));
        for uplo in [Uplo::Upper, Uplo::Lower] {
            for n in [0, 1, 2, 3, 5, 8] {
                for k in [0, 1, 2, 4, 9] {
                    for (incx, incy) in INCS {
                        let (alpha, beta) = (rng.int::<T>(), if k == 1 { T::zero() } else { rng.int() });
                        let mut dense = vec![T::zero(); n * n];
                        let ldb = k + 2;
                        let mut ab = vec![nan; ldb * n.max(1)];
                        for j in 0..n {
                            for i in 0..n {
                                if stored(uplo, i, j) && i.abs_diff(j) <= k {
                                    let v = rng.int();
                                    dense[i + j * n] = v;
                                    let row = if uplo == Uplo::Upper { k + i - j } else { i - j };
                                    ab[row + j * ldb] = v;
                                }
                            }
                        }
                        let xs: Vec<T> = (0..1 + 3 * n).map(|_| rng.int()).collect();
                        let ys: Vec<T> = (0..1 + 3 * n).map(|_| if beta.is_zero() { nan } else { rng.int() }).collect();
                        let xv = VecRef::from_blas(&xs, n, incx);
                        let mut want = ys.clone();
                        let dv = MatRef::from_col_major(&dense, n, n, n.max(1));
                        symv(uplo, alpha, dv, xv, beta, VecMut::from_blas(&mut want, n, incy));
                        let mut got = ys.clone();
                        let band = MatRef::from_col_major(&ab, k + 1, n, ldb);
                        sbmv(uplo, k, alpha, band, xv, beta, VecMut::from_blas(&mut got, n, incy));
                        assert!(
                            got.iter().zip(&want).all(|(p, q)| same(*p, *q) || (p.is_nan() && q.is_nan())),
                            "sbmv {uplo:?} n={n} k={k} incs=({incx},{incy})"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn sbmv_matches_the_dense_symmetric_product() {
        sbmv_for::<f32>();
        sbmv_for::<f64>();
        sbmv_for::<c32>();
        sbmv_for::<c64>();
    }
}
