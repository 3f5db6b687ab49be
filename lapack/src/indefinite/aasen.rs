//! Aasen's factorization of a symmetric or Hermitian matrix,
//! `A = P L T L^T P^T` / `P U^T T U P^T` (`^H` when Hermitian), T
//! tridiagonal, L unit lower triangular with first column `e_1`
//! (`?sytrf_aa`, `?hetrf_aa`), the solve with it (`?sytrs_aa`,
//! `?hetrs_aa`) and both at once (`?sysv_aa`, `?hesv_aa`).
//!
//! Storage as LAPACK's: T's diagonal on A's, its off-diagonal on A's first
//! sub- (super-) diagonal, `L(i, j)` (`j >= 1`) at `A(i, j - 1)`; `ipiv[k]`
//! the row interchanged with row k at step k - 1 (`ipiv[0] = 0`), applied to
//! all columns of L.
//!
//! Column j of `H = T L^H` is formed from T's finished columns and row j of
//! L; then `A(j.., j) - L(j.., ..j) H(..j, j)` (one GEMV, the O(n^3) part)
//! gives T's diagonal entry, and what remains, after the interchange that
//! brings its largest entry up, T's off-diagonal entry and L's next column.
//!
//! The upper triangle is handled as the lower one of the transposed view:
//! the transpose of `U` is L of `A^T`, which is A when symmetric and
//! `conj(A)` when Hermitian (whose solve then runs on conjugated right-hand
//! sides).

use super::convert::{cj, sym_swap};
use crate::relapack::pivots::PivotIndex;
use crate::{Info, WorkReq, Workspace};
use ferroblas_kernels::level1::iamax;
use ferroblas_kernels::level2::{div, gemv};
use ferroblas_kernels::level3::trsm;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{Diag, MatMut, MatRef, Side, Trans, Uplo, VecMut, VecRef};

/// The workspace [`sytrf_aa`] needs: two columns (`2 n` elements).
pub fn sytrf_aa_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T>(2 * n)
}

/// The workspace [`sytrs_aa`] needs: T's three diagonals (`3 n` elements).
pub fn sytrs_aa_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T>(3 * n)
}

/// The lower-triangle view of the factor: `a` itself, or its transpose for
/// the upper triangle.
fn lower_view<T>(uplo: Uplo, a: MatMut<'_, T>) -> MatMut<'_, T> {
    if uplo == Uplo::Upper {
        a.transpose()
    } else {
        a
    }
}

/// `?sytrf_aa` / `?hetrf_aa`: Aasen's factorization of the symmetric
/// (`herm = false`) or Hermitian matrix in the `uplo` triangle of `a`, in
/// place, with the row interchanges in `ipiv` (see the module). Never fails:
/// a zero pivot leaves a zero column of L and shows in T (which
/// [`sytrs_aa`] reports). `work`: [`sytrf_aa_req`].
// The loops index rows of the matrix and of the work columns alike.
#[allow(clippy::needless_range_loop)]
pub fn sytrf_aa<T: Scalar, P: PivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatMut<'_, T>,
    ipiv: &mut [P],
    mut work: Workspace<'_>,
) {
    let n = a.nrows();
    assert!(a.ncols() == n && ipiv.len() >= n, "sytrf_aa: operand shapes disagree");
    let herm = herm && T::IS_COMPLEX;
    let mut a = lower_view(uplo, a);
    if n == 0 {
        return;
    }
    let (h, mut work) = work.take::<T>(n);
    let (v, _) = work.take::<T>(n);
    ipiv[0] = P::from_row(0);
    // L(r, k), k >= 1, sits at a(r, k - 1); L(r, 0) is e_0.
    for j in 0..n {
        // H(i, j) = T(i, i-1) L(j, i-1)^* + T(i, i) L(j, i)^* + T(i, i+1) L(j, i+1)^*, i < j.
        let l = |a: &MatMut<'_, T>, r: usize, k: usize| -> T {
            if k == r {
                T::one()
            } else if k == 0 || k > r {
                T::zero()
            } else {
                a.get(r, k - 1)
            }
        };
        for i in 0..j {
            let mut s = a.get(i, i) * cj(l(&a, j, i), herm);
            if i > 0 {
                s += a.get(i, i - 1) * cj(l(&a, j, i - 1), herm);
            }
            s += cj(a.get(i + 1, i), herm) * cj(l(&a, j, i + 1), herm);
            h[i] = s;
        }
        // v = A(j.., j) - L(j.., 1..j) H(1..j, j) (L's column 0 is zero there for j > 0).
        let m = n - j;
        for r in 0..m {
            v[r] = a.get(j + r, j);
        }
        // A Hermitian matrix's diagonal is real: an imaginary part there is
        // not part of it (as everywhere in LAPACK).
        if herm {
            v[0] = T::from_real(v[0].re());
        }
        if j >= 2 {
            let lpart = a.rb().submatrix(j, 0, m, j - 1);
            gemv(Trans::No, -T::one(), lpart, VecRef::from_slice(&h[1..j]), T::one(), VecMut::from_slice(&mut v[..m]));
        }
        let hjj = v[0];
        let mut tjj = hjj;
        if j >= 1 {
            tjj -= a.get(j, j - 1) * cj(l(&a, j, j - 1), herm);
        }
        a.set(j, j, if herm { T::from_real(tjj.re()) } else { tjj });
        if j + 1 == n {
            break;
        }
        // w = v(1..) - L(j+1.., j) H(j, j), then the largest entry brought up.
        for r in 1..m {
            v[r] -= l(&a, j + r, j) * hjj;
        }
        let p = j + 1 + iamax(VecRef::from_slice(&v[1..m])).unwrap_or(0);
        ipiv[j + 1] = P::from_row(p);
        if p != j + 1 {
            v.swap(1, p - j);
            for c in 0..j {
                let t = a.get(j + 1, c);
                a.set(j + 1, c, a.get(p, c));
                a.set(p, c, t);
            }
            sym_swap(&mut a, herm, j + 1, j + 1, p);
        }
        let t = v[1];
        a.set(j + 1, j, t);
        for r in 2..m {
            a.set(j + r, j, if t.is_zero() { T::zero() } else { div(v[r], t) });
        }
    }
}

/// Interchanges rows `p` and `q` of `b`.
fn swap_rows<T: Scalar>(b: &mut MatMut<'_, T>, p: usize, q: usize) {
    if p != q {
        for j in 0..b.ncols() {
            let t = b.get(p, j);
            b.set(p, j, b.get(q, j));
            b.set(q, j, t);
        }
    }
}

/// `|re| + |im|`, the modulus `?gtsv` compares.
fn abs1<T: Scalar>(x: T) -> T::Real {
    x.re().abs() + x.im().abs()
}

/// Solves `T X = B` for the tridiagonal T (`dl`, `d`, `du`, overwritten)
/// by Gaussian elimination with partial pivoting, as `?gtsv`; the fill-in
/// of the second superdiagonal takes `dl`'s place (entry i is free once
/// step i has read it). `Err` at the first exactly zero pivot.
fn gtsv<T: Scalar>(dl: &mut [T], d: &mut [T], du: &mut [T], b: &mut MatMut<'_, T>) -> Result<(), Info> {
    let n = d.len();
    let nrhs = b.ncols();
    for i in 0..n.saturating_sub(1) {
        if abs1(d[i]) >= abs1(dl[i]) {
            if d[i].is_zero() {
                return Err(Info::from_index(i));
            }
            let f = div(dl[i], d[i]);
            dl[i] = T::zero();
            d[i + 1] -= f * du[i];
            for j in 0..nrhs {
                b.set(i + 1, j, b.get(i + 1, j) - f * b.get(i, j));
            }
        } else {
            // Rows i and i + 1 trade places.
            let f = div(d[i], dl[i]);
            d[i] = dl[i];
            let old_d1 = d[i + 1];
            d[i + 1] = du[i] - f * old_d1;
            du[i] = old_d1;
            dl[i] = T::zero();
            if i + 2 < n {
                dl[i] = du[i + 1];
                du[i + 1] = -f * dl[i];
            }
            for j in 0..nrhs {
                let (bi, bi1) = (b.get(i, j), b.get(i + 1, j));
                b.set(i, j, bi1);
                b.set(i + 1, j, bi - f * bi1);
            }
        }
    }
    if n > 0 && d[n - 1].is_zero() {
        return Err(Info::from_index(n - 1));
    }
    for j in 0..nrhs {
        for i in (0..n).rev() {
            let mut s = b.get(i, j);
            if i + 1 < n {
                s -= du[i] * b.get(i + 1, j);
            }
            if i + 2 < n {
                s -= dl[i] * b.get(i + 2, j);
            }
            b.set(i, j, div(s, d[i]));
        }
    }
    Ok(())
}

/// `?sytrs_aa` / `?hetrs_aa`: solves `A X = B` in place of the `n x nrhs`
/// matrix `b`, given Aasen's factorization from [`sytrf_aa`] (the same
/// `uplo` and `herm`). `work`: [`sytrs_aa_req`].
///
/// `Err(Info)` when T is exactly singular (the tridiagonal solve's zero
/// pivot); B is then partly overwritten, as the reference leaves it.
pub fn sytrs_aa<T: Scalar, P: PivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatRef<'_, T>,
    ipiv: &[P],
    b: MatMut<'_, T>,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = a.nrows();
    assert!(a.ncols() == n && b.nrows() == n && ipiv.len() >= n, "sytrs_aa: operand shapes disagree");
    assert!(ipiv[..n].iter().all(|p| p.row().is_some_and(|r| r < n)), "sytrs_aa: a pivot names no row of A");
    let herm = herm && T::IS_COMPLEX;
    let nrhs = b.ncols();
    if n == 0 || nrhs == 0 {
        return Ok(());
    }
    let a = if uplo == Uplo::Upper { a.transpose() } else { a };
    // The upper Hermitian factor is that of conj(A): solve for conj(X).
    let flip = herm && uplo == Uplo::Upper;
    let mut b = b;
    let conj_all = |b: &mut MatMut<'_, T>| {
        for j in 0..nrhs {
            for i in 0..n {
                b.set(i, j, b.get(i, j).conj());
            }
        }
    };
    if flip {
        conj_all(&mut b);
    }
    let row = |k: usize| ipiv[k].row().expect("checked above");
    for k in 0..n {
        swap_rows(&mut b, k, row(k));
    }
    if n > 1 {
        let l = a.submatrix(1, 0, n - 1, n - 1);
        trsm(Side::Left, Uplo::Lower, Trans::No, Diag::Unit, T::one(), l, b.rb_mut().submatrix(1, 0, n - 1, nrhs));
    }
    let (dl, mut work) = work.take::<T>(n);
    let (d, mut work) = work.take::<T>(n);
    let (du, _) = work.take::<T>(n);
    for k in 0..n {
        let x = a.get(k, k);
        d[k] = if herm { T::from_real(x.re()) } else { x };
        if k + 1 < n {
            dl[k] = a.get(k + 1, k);
            du[k] = cj(dl[k], herm);
        }
    }
    let r = gtsv(&mut dl[..n.saturating_sub(1)], &mut d[..n], &mut du[..n.saturating_sub(1)], &mut b);
    if r.is_ok() {
        if n > 1 {
            let l = a.submatrix(1, 0, n - 1, n - 1);
            let t = if herm { Trans::ConjTrans } else { Trans::Trans };
            trsm(Side::Left, Uplo::Lower, t, Diag::Unit, T::one(), l, b.rb_mut().submatrix(1, 0, n - 1, nrhs));
        }
        for k in (0..n).rev() {
            swap_rows(&mut b, k, row(k));
        }
    }
    if flip {
        conj_all(&mut b);
    }
    r
}

/// The workspace [`sysv_aa`] needs.
pub fn sysv_aa_req<T: Scalar>(n: usize) -> WorkReq {
    sytrs_aa_req::<T>(n)
}

/// `?sysv_aa` / `?hesv_aa`: solves `A X = B` by [`sytrf_aa`] and
/// [`sytrs_aa`]; `Err(Info)` as `sytrs_aa`'s. `work`: [`sysv_aa_req`].
pub fn sysv_aa<T: Scalar, P: PivotIndex>(
    uplo: Uplo,
    herm: bool,
    mut a: MatMut<'_, T>,
    ipiv: &mut [P],
    b: MatMut<'_, T>,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    sytrf_aa(uplo, herm, a.rb_mut(), ipiv, work.rb_mut());
    sytrs_aa(uplo, herm, a.rb(), ipiv, b, work)
}

#[cfg(test)]
mod residual {
    use super::*;
    use crate::condition::testutil::{cabs, Dense, Rng, TestScalar};
    use crate::WorkBuffer;
    use ferroblas_kernels::scalar::RealScalar;
    use ferroblas_kernels::{c32, c64};

    fn cjh(z: c64, herm: bool) -> c64 {
        if herm {
            z.conj()
        } else {
            z
        }
    }

    fn check<T: TestScalar>(herm: bool) {
        let herm = herm && T::IS_COMPLEX;
        let mut rng = Rng::new(11 + herm as u64);
        let eps = T::Real::EPSILON.to_f64();
        for n in [0usize, 1, 2, 3, 5, 17, 70] {
            for kind in 0..2 {
                for uplo in [Uplo::Upper, Uplo::Lower] {
                    let ctx = format!("n={n} kind={kind} {uplo:?} herm={herm}");
                    let ld = n + 2;
                    let mut m = Dense::<c64>::zeros(n);
                    let mut buf = vec![T::from_real(RealScalar::from_f64(9.0)); ld * n.max(1)];
                    for j in 0..n {
                        for i in j..n {
                            let v: T = rng.scalar();
                            let v = if i == j && (herm || kind == 1) {
                                if kind == 1 {
                                    T::zero()
                                } else {
                                    T::from_real(v.re())
                                }
                            } else {
                                v
                            };
                            let vt = if herm { v.conj() } else { v };
                            m.set(i, j, v.to_c64());
                            m.set(j, i, vt.to_c64());
                            // An imaginary part on a Hermitian diagonal is not read.
                            let junk = if herm && i == j { v + T::from_c64(c64::new(0.0, 0.25)) } else { v };
                            let junkt = if herm && i == j { junk } else { vt };
                            if uplo == Uplo::Lower {
                                buf[i + j * ld] = junk;
                            } else {
                                buf[j + i * ld] = junkt;
                            }
                        }
                    }
                    let mut ipiv = vec![0usize; n];
                    let mut wb = WorkBuffer::new(sysv_aa_req::<T>(n));
                    sytrf_aa(uplo, herm, MatMut::from_col_major(&mut buf, n, n, ld), &mut ipiv, wb.workspace());
                    // Reconstruct P L T L^H P^T (upper: U = L^T, T's off-diagonal above).
                    let get = |i: usize, j: usize| -> c64 {
                        if uplo == Uplo::Lower {
                            buf[i + j * ld].to_c64()
                        } else {
                            buf[j + i * ld].to_c64()
                        }
                    };
                    // In the lower view: the upper Hermitian case factors conj(A).
                    let flip = herm && uplo == Uplo::Upper;
                    let mut l = Dense::<c64>::zeros(n);
                    let mut t = Dense::<c64>::zeros(n);
                    for j in 0..n {
                        l.set(j, j, c64::new(1.0, 0.0));
                        t.set(j, j, get(j, j));
                        if j + 1 < n {
                            t.set(j + 1, j, get(j + 1, j));
                            t.set(j, j + 1, cjh(get(j + 1, j), herm));
                        }
                        for i in j + 2..n {
                            l.set(i, j + 1, get(i, j));
                        }
                    }
                    let mut r = Dense::<c64>::zeros(n);
                    for i in 0..n {
                        for j in 0..n {
                            let mut s = c64::new(0.0, 0.0);
                            for p in 0..n {
                                for q in p.saturating_sub(1)..(p + 2).min(n) {
                                    s += l.get(i, p) * t.get(p, q) * cjh(l.get(j, q), herm);
                                }
                            }
                            r.set(i, j, if flip { s.conj() } else { s });
                        }
                    }
                    for k in (0..n).rev() {
                        let kp = ipiv[k];
                        for j in 0..n {
                            let x = r.get(k, j);
                            r.set(k, j, r.get(kp, j));
                            r.set(kp, j, x);
                        }
                        for i in 0..n {
                            let x = r.get(i, k);
                            r.set(i, k, r.get(i, kp));
                            r.set(i, kp, x);
                        }
                    }
                    let an = m.norm1_f64().max(1e-300);
                    let diff = r.a.iter().zip(&m.a).map(|(x, y)| cabs(*x - *y)).fold(0.0, f64::max);
                    assert!(diff / (an * eps * n.max(1) as f64) < 50.0, "factor {ctx}: {diff}");
                    // Solve.
                    let nrhs = 2;
                    let mut b: Vec<T> = (0..n * nrhs).map(|_| rng.scalar()).collect();
                    let b0 = b.clone();
                    let res = sytrs_aa(
                        uplo,
                        herm,
                        MatRef::from_col_major(&buf, n, n, ld),
                        &ipiv,
                        MatMut::from_col_major(&mut b, n, nrhs, n.max(1)),
                        wb.workspace(),
                    );
                    if kind == 1 && n == 1 {
                        assert!(res.is_err(), "{ctx}");
                        continue;
                    }
                    res.unwrap();
                    for c in 0..nrhs {
                        let xn: f64 = (0..n).map(|i| cabs(b[i + c * n].to_c64())).sum::<f64>().max(1e-300);
                        for i in 0..n {
                            let ax: c64 = (0..n).map(|j| m.get(i, j) * b[j + c * n].to_c64()).sum();
                            let rr = cabs(ax - b0[i + c * n].to_c64()) / (an * xn * eps * n as f64);
                            assert!(rr < 50.0, "solve {ctx}: {rr}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn aasen_f32() {
        check::<f32>(false);
    }
    #[test]
    fn aasen_f64() {
        check::<f64>(false);
    }
    #[test]
    fn aasen_c32() {
        check::<c32>(false);
        check::<c32>(true);
    }
    #[test]
    fn aasen_c64() {
        check::<c64>(false);
        check::<c64>(true);
    }

    #[test]
    fn singular_t_reports_info() {
        let mut a = vec![0.0f64; 9];
        let mut ipiv = vec![0usize; 3];
        let mut b = vec![1.0; 3];
        let mut wb = WorkBuffer::new(sysv_aa_req::<f64>(3));
        let r = sysv_aa(
            Uplo::Lower,
            false,
            MatMut::from_col_major(&mut a, 3, 3, 3),
            &mut ipiv,
            MatMut::from_col_major(&mut b, 3, 1, 3),
            wb.workspace(),
        );
        assert_eq!(r.unwrap_err().index(), 0);
    }
}
