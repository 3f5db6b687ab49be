//! Aasen's two-stage factorization (`?sytrf_aa_2stage`, `?hetrf_aa_2stage`):
//! `A = P L T L^T P^T` / `P U^T T U P^T` (`^H` when Hermitian) with T a band
//! matrix of bandwidth `nb`, then T's band LU with partial pivoting; the
//! solve with it (`?sytrs_aa_2stage`) and both (`?sysv_aa_2stage`).
//!
//! Storage as LAPACK's: L's block column `i >= 1` (`nb` columns, its first
//! block column being `[I; 0]`) in A's block column `i - 1`, below the
//! diagonal block (its diagonal block unit lower triangular, stored with
//! its ones and zeros); `ipiv[k]` the row interchanged with row k (the
//! first `nb` entries record none); T in `tb` as `?gbtrf`'s band storage
//! with `kl = ku = nb` and leading dimension `ldtb >= 3 nb + 1`, then
//! overwritten by its LU (pivots in `ipiv2`); `tb[0]` holds `nb`.
//!
//! Block column J, with `H = T L^H` (block upper Hessenberg) and `A = L H`:
//! `H(i, J)` for `i < J` from T's finished blocks and L's block row J; then
//! `L(J,J) T(J,J) L(J,J)^H = A(J,J) - L(J,1:J-1) H(1:J-1,J) - L(J,J)
//! T(J,J-1) L(J,J-1)^H`; and `A(J+1:,J) - L(J+1:,1:J) H(1:J,J) = L(J+1:,J+1)
//! T(J+1,J) L(J,J)^H`, whose LU with partial pivoting gives L's next block
//! column, T's next subdiagonal block (upper triangular) and the
//! interchanges, applied to the rest of A and to L's finished columns.
//!
//! The upper triangle is the lower one of the transposed view (as in
//! [`super::sytrf_aa`]): for a Hermitian matrix that is `conj(A)`, whose T
//! is conjugated back before the band LU.

use super::convert::{cj, swap_in_rows, sym_swap};
use crate::relapack::gbtrf::{gbtrf, gbtrf_req};
use crate::relapack::getrf::getrf;
use crate::relapack::pivots::PivotIndex;
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::level3::{gemm, trsm};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{Diag, MatMut, MatRef, Side, Trans, Uplo};

/// The band width [`sytrf_aa_2stage`] uses with `ltb` elements of TB and
/// `lwork` of the caller's workspace, starting from `nb` (LAPACK's rule:
/// the largest at most `nb` with `(3 nb + 1) n <= ltb` and `nb n <= lwork`).
pub fn aa_2stage_band(n: usize, nb: usize, ltb: usize, lwork: usize) -> usize {
    if n == 0 {
        return nb.max(1);
    }
    let ldtb = ltb / n;
    let mut nb = nb.max(1);
    if ldtb < 3 * nb + 1 {
        nb = ldtb.saturating_sub(1) / 3;
    }
    if lwork < nb * n {
        nb = lwork / n;
    }
    nb.max(1)
}

/// The workspace [`sytrf_aa_2stage`] needs with band width `nb`: H and T's
/// blocks (`3 n nb`), two `nb x nb` blocks, and the band LU's.
pub fn sytrf_aa_2stage_req<T: Scalar>(n: usize, nb: usize) -> WorkReq {
    WorkReq::new::<T>(3 * n * nb)
        .and(WorkReq::new::<T>(nb * nb))
        .and(WorkReq::new::<T>(nb * nb))
        .and(gbtrf_req::<T>(n, n, nb))
}

/// `X^H` (`^T` when not Hermitian) as a BLAS transpose option.
fn op(herm: bool) -> Trans {
    if herm {
        Trans::ConjTrans
    } else {
        Trans::Trans
    }
}

/// Fills the strictly upper triangle of the square `x` from its lower one
/// (conjugated when Hermitian, whose diagonal is made real).
fn mirror_lower<T: Scalar>(x: &mut MatMut<'_, T>, herm: bool) {
    for j in 0..x.ncols() {
        if herm {
            x.set(j, j, T::from_real(x.get(j, j).re()));
        }
        for i in j + 1..x.nrows() {
            x.set(j, i, cj(x.get(i, j), herm));
        }
    }
}

/// `?sytrf_aa_2stage` / `?hetrf_aa_2stage`: the two-stage Aasen
/// factorization of the symmetric (`herm = false`) or Hermitian matrix in
/// the `uplo` triangle of `a` with band width `nb` (see the module), T's
/// band LU in `tb` (`ldtb` rows of `n` columns, `ldtb >= 3 nb + 1`).
/// `work`: [`sytrf_aa_2stage_req`].
///
/// `Err(Info)` when T's band LU meets an exactly zero pivot (the first);
/// the factorization is complete.
#[allow(clippy::too_many_arguments)]
pub fn sytrf_aa_2stage<T: Scalar, P: PivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatMut<'_, T>,
    tb: &mut [T],
    ldtb: usize,
    nb: usize,
    ipiv: &mut [P],
    ipiv2: &mut [P],
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = a.nrows();
    let nb = nb.max(1);
    assert!(a.ncols() == n && ipiv.len() >= n && ipiv2.len() >= n, "sytrf_aa_2stage: operand shapes disagree");
    assert!(ldtb > 3 * nb && tb.len() >= ldtb * n, "sytrf_aa_2stage: TB is too small");
    if n == 0 {
        return Ok(());
    }
    let herm = herm && T::IS_COMPLEX;
    let mut a = if uplo == Uplo::Upper { a.transpose() } else { a };
    let (hbuf, mut work) = work.take::<T>(n * nb);
    let (tdbuf, mut work) = work.take::<T>(n * nb);
    let (tsbuf, mut work) = work.take::<T>(n * nb);
    let (xbuf, mut work) = work.take::<T>(nb * nb);
    let (wbuf, work) = work.take::<T>(nb * nb);
    let mut h = MatMut::from_col_major(hbuf, n, nb, n);
    let mut td = MatMut::from_col_major(tdbuf, n, nb, n);
    let mut ts = MatMut::from_col_major(tsbuf, n, nb, n);
    let (one, zero) = (T::one(), T::zero());
    let o = op(herm);
    let nt = n.div_ceil(nb);
    for (i, p) in ipiv.iter_mut().enumerate().take(nb.min(n)) {
        *p = P::from_row(i);
    }
    for j in 0..nt {
        let c0 = j * nb;
        let kb = nb.min(n - c0);
        // L(J, i) for 1 <= i <= J sits in A's block column i - 1.
        fn block<'a, T: Scalar>(a: &'a MatMut<'_, T>, r0: usize, c0: usize, m: usize, w: usize) -> MatRef<'a, T> {
            a.rb().submatrix(r0, c0, m, w)
        }
        let l = |a, i: usize, w| block(a, c0, (i - 1) * nb, kb, w);
        // H(i, J) = T(i,i-1) L(J,i-1)^H + T(i,i) L(J,i)^H + T(i,i+1) L(J,i+1)^H, 1 <= i < J.
        for i in 1..j {
            let mut hij = h.rb_mut().submatrix(i * nb, 0, nb, kb);
            gemm(Trans::No, o, one, td.rb().submatrix(i * nb, 0, nb, nb), l(&a, i, nb), zero, hij.rb_mut());
            if i >= 2 {
                gemm(Trans::No, o, one, ts.rb().submatrix(i * nb, 0, nb, nb), l(&a, i - 1, nb), one, hij.rb_mut());
            }
            // T(i+1, i) has as many rows as block i + 1 (fewer when it is J, the last).
            let w = nb.min(n - (i + 1) * nb);
            gemm(o, o, one, ts.rb().submatrix((i + 1) * nb, 0, w, nb), l(&a, i + 1, w), one, hij.rb_mut());
        }
        // X = A(J,J) - L(J,1:J-1) H(1:J-1,J) - L(J,J) T(J,J-1) L(J,J-1)^H.
        let mut x = MatMut::from_col_major(&mut xbuf[..kb * kb], kb, kb, kb);
        for q in 0..kb {
            for p in q..kb {
                x.set(p, q, a.get(c0 + p, c0 + q));
            }
        }
        mirror_lower(&mut x, herm);
        if j >= 2 {
            let lrow = a.rb().submatrix(c0, 0, kb, (j - 1) * nb);
            gemm(Trans::No, Trans::No, -one, lrow, h.rb().submatrix(nb, 0, (j - 1) * nb, kb), one, x.rb_mut());
            let mut w1 = MatMut::from_col_major(&mut wbuf[..kb * nb], kb, nb, kb);
            let ljj = a.rb().submatrix(c0, (j - 1) * nb, kb, kb);
            gemm(Trans::No, Trans::No, one, ljj, ts.rb().submatrix(c0, 0, kb, nb), zero, w1.rb_mut());
            gemm(Trans::No, o, -one, w1.rb(), l(&a, j - 1, nb), one, x.rb_mut());
        }
        // T(J,J) = L(J,J)^-1 X L(J,J)^-H.
        if j >= 1 {
            let ljj = a.rb().submatrix(c0, (j - 1) * nb, kb, kb);
            trsm(Side::Left, Uplo::Lower, Trans::No, Diag::Unit, one, ljj, x.rb_mut());
            trsm(Side::Right, Uplo::Lower, o, Diag::Unit, one, ljj, x.rb_mut());
            mirror_lower(&mut x, herm);
        }
        for q in 0..kb {
            for p in 0..kb {
                td.set(c0 + p, q, x.get(p, q));
            }
        }
        if j + 1 == nt {
            break;
        }
        // Here kb == nb: only the last block column can be narrower.
        let r0 = c0 + nb;
        let m = n - r0;
        if j >= 1 {
            // H(J,J) = T(J,J-1) L(J,J-1)^H + T(J,J) L(J,J)^H.
            let mut hjj = h.rb_mut().submatrix(c0, 0, nb, nb);
            gemm(Trans::No, o, one, td.rb().submatrix(c0, 0, nb, nb), l(&a, j, nb), zero, hjj.rb_mut());
            if j >= 2 {
                gemm(Trans::No, o, one, ts.rb().submatrix(c0, 0, nb, nb), l(&a, j - 1, nb), one, hjj.rb_mut());
            }
            // A(J+1:, J) -= L(J+1:, 1:J) H(1:J, J).
            let (left, right) = a.rb_mut().split_at_col(c0);
            let lpanel = left.into_ref().submatrix(r0, 0, m, c0);
            let target = right.submatrix(r0, 0, m, nb);
            gemm(Trans::No, Trans::No, -one, lpanel, h.rb().submatrix(nb, 0, c0, nb), one, target);
        }
        // Its LU: L's next block column, and T(J+1,J) L(J,J)^H in U.
        let kb2 = nb.min(m);
        {
            let panel = a.rb_mut().submatrix(r0, c0, m, nb);
            // A zero pivot leaves a zero column of L; T shows it.
            let _ = getrf(panel, &mut ipiv[r0..r0 + kb2], par);
        }
        let mut s = ts.rb_mut().submatrix(r0, 0, kb2, nb);
        for q in 0..nb {
            for p in 0..kb2 {
                s.set(p, q, if p <= q { a.get(r0 + p, c0 + q) } else { zero });
            }
        }
        if j >= 1 {
            let ljj = a.rb().submatrix(c0, (j - 1) * nb, nb, nb);
            trsm(Side::Right, Uplo::Lower, o, Diag::Unit, one, ljj, s.rb_mut());
        }
        // The stored L(J+1,J+1): unit lower, its ones and zeros written.
        for q in 0..nb {
            for p in 0..kb2.min(q + 1) {
                a.set(r0 + p, c0 + q, if p == q { one } else { zero });
            }
        }
        // The interchanges, to the rest of A (symmetrically) and to L's
        // finished block columns.
        for k in 0..kb2 {
            let i1 = r0 + k;
            let i2 = r0 + ipiv[i1].row().expect("a pivot of our own");
            ipiv[i1] = P::from_row(i2);
            if i1 != i2 {
                sym_swap(&mut a, herm, r0, i1, i2);
                swap_in_rows(&mut a, i1, i2, 0..c0);
            }
        }
    }
    // T into the band storage: T(i, j) at row 2 nb + i - j of column j.
    tb[..ldtb * n].fill(zero);
    let mut band = MatMut::from_col_major(&mut tb[..ldtb * n], ldtb, n, ldtb);
    let conj_back = herm && uplo == Uplo::Upper;
    let fix = |v: T| if conj_back { v.conj() } else { v };
    for j in 0..nt {
        let c0 = j * nb;
        let kb = nb.min(n - c0);
        for q in 0..kb {
            for p in 0..kb {
                band.set(2 * nb + p - q, c0 + q, fix(td.get(c0 + p, q)));
            }
        }
        if j + 1 < nt {
            let r0 = c0 + nb;
            let kb2 = nb.min(n - r0);
            for q in 0..nb {
                for p in 0..kb2.min(q + 1) {
                    let v = ts.get(r0 + p, q);
                    // T(r0 + p, c0 + q) and its mirror T(c0 + q, r0 + p).
                    band.set(2 * nb + nb + p - q, c0 + q, fix(v));
                    band.set(2 * nb + q - p - nb, r0 + p, fix(cj(v, herm)));
                }
            }
        }
    }
    let r = gbtrf(n, nb, nb, band, ipiv2, par, work);
    tb[0] = T::from_real(<T::Real as RealScalar>::from_f64(nb as f64));
    r
}

/// `?sytrs_aa_2stage` / `?hetrs_aa_2stage`: solves `A X = B` in place of the
/// `n x nrhs` matrix `b`, given the factorization from [`sytrf_aa_2stage`]
/// (the same `uplo` and `herm`; `tb` with `ldtb` rows, its band width in
/// `tb[0]`).
///
/// Panics, before writing anything, when a pivot names no row of A.
#[allow(clippy::too_many_arguments)]
pub fn sytrs_aa_2stage<T: Scalar, P: PivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatRef<'_, T>,
    tb: &[T],
    ldtb: usize,
    ipiv: &[P],
    ipiv2: &[P],
    mut b: MatMut<'_, T>,
    par: Par,
) {
    let n = a.nrows();
    assert!(
        a.ncols() == n && b.nrows() == n && ipiv.len() >= n && ipiv2.len() >= n,
        "sytrs_aa_2stage: operand shapes disagree"
    );
    if n == 0 || b.ncols() == 0 {
        return;
    }
    assert!(tb.len() >= ldtb * n, "sytrs_aa_2stage: TB is too small");
    let nb = (tb[0].re().to_f64() as usize).max(1);
    assert!(ldtb > 3 * nb, "sytrs_aa_2stage: TB's band width does not fit LTB");
    assert!(ipiv[..n].iter().all(|p| p.row().is_some_and(|r| r < n)), "sytrs_aa_2stage: a pivot names no row of A");
    let herm = herm && T::IS_COMPLEX;
    let o = op(herm);
    let nrhs = b.ncols();
    let swap = |b: &mut MatMut<'_, T>, i: usize| {
        let p = ipiv[i].row().expect("checked above");
        if p != i {
            for c in 0..nrhs {
                let t = b.get(i, c);
                b.set(i, c, b.get(p, c));
                b.set(p, c, t);
            }
        }
    };
    let m = n.saturating_sub(nb);
    // The unit triangle of L's (U's) block columns 1.., shifted one block.
    let (tri, first, second) = if uplo == Uplo::Upper {
        (a.submatrix(0, nb.min(n), m, m), o, Trans::No)
    } else {
        (a.submatrix(nb.min(n), 0, m, m), Trans::No, o)
    };
    if m > 0 {
        for i in nb..n {
            swap(&mut b, i);
        }
        trsm(Side::Left, uplo, first, Diag::Unit, T::one(), tri, b.rb_mut().submatrix(nb, 0, m, nrhs));
    }
    let band = MatRef::from_col_major(&tb[..ldtb * n], ldtb, n, ldtb);
    crate::band::gbtrs(Trans::No, nb, nb, band, ipiv2, b.rb_mut(), par);
    if m > 0 {
        trsm(Side::Left, uplo, second, Diag::Unit, T::one(), tri, b.rb_mut().submatrix(nb, 0, m, nrhs));
        for i in (nb..n).rev() {
            swap(&mut b, i);
        }
    }
}

/// `?sysv_aa_2stage` / `?hesv_aa_2stage`: solves `A X = B` by
/// [`sytrf_aa_2stage`] and [`sytrs_aa_2stage`]; `Err(Info)` as the
/// factorization's, B then unchanged.
#[allow(clippy::too_many_arguments)]
pub fn sysv_aa_2stage<T: Scalar, P: PivotIndex>(
    uplo: Uplo,
    herm: bool,
    mut a: MatMut<'_, T>,
    tb: &mut [T],
    ldtb: usize,
    nb: usize,
    ipiv: &mut [P],
    ipiv2: &mut [P],
    b: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    sytrf_aa_2stage(uplo, herm, a.rb_mut(), tb, ldtb, nb, ipiv, ipiv2, par, work)?;
    sytrs_aa_2stage(uplo, herm, a.rb(), tb, ldtb, ipiv, ipiv2, b, par);
    Ok(())
}

#[cfg(test)]
mod residual {
    use super::*;
    use crate::condition::testutil::{cabs, Rng, TestScalar};
    use crate::WorkBuffer;
    use ferroblas_kernels::{c32, c64};

    /// Random symmetric (Hermitian) matrices, the zero-diagonal ones too,
    /// factored with several band widths: `A X = B` solved to a small
    /// residual, the other triangle untouched.
    fn check<T: TestScalar>(herm: bool) {
        let mut rng = Rng::new(5 + herm as u64);
        for &(n, nb) in
            &[(0, 2), (1, 1), (2, 1), (3, 2), (3, 5), (5, 2), (17, 4), (65, 8), (65, 64), (200, 64), (130, 13)]
        {
            for zero_diag in [false, true] {
                if zero_diag && n < 2 {
                    continue;
                }
                for uplo in [Uplo::Upper, Uplo::Lower] {
                    let ctx = format!("n={n} nb={nb} zero_diag={zero_diag} {uplo:?} herm={herm}");
                    let mut full = vec![T::zero(); n * n];
                    for j in 0..n {
                        for i in j..n {
                            let v: T = rng.scalar();
                            let v = if i == j {
                                if zero_diag {
                                    T::zero()
                                } else if herm {
                                    T::from_real(v.re())
                                } else {
                                    v
                                }
                            } else {
                                v
                            };
                            full[i + j * n] = v;
                            full[j + i * n] = if herm { v.conj() } else { v };
                        }
                    }
                    let ld = n + 2;
                    let junk = T::from_real(<T::Real as RealScalar>::from_f64(9.0));
                    let mut a = vec![junk; ld * n.max(1)];
                    for j in 0..n {
                        for i in 0..n {
                            if (uplo == Uplo::Upper && i <= j) || (uplo == Uplo::Lower && i >= j) {
                                a[i + j * ld] = full[i + j * n];
                            }
                        }
                    }
                    let ldtb = 3 * nb + 1;
                    let mut tb = vec![T::zero(); ldtb * n.max(1)];
                    let (mut ipiv, mut ipiv2) = (vec![0usize; n], vec![0usize; n]);
                    let mut wb = WorkBuffer::new(sytrf_aa_2stage_req::<T>(n, nb));
                    sytrf_aa_2stage(
                        uplo,
                        herm,
                        MatMut::from_col_major(&mut a, n, n, ld),
                        &mut tb,
                        ldtb,
                        nb,
                        &mut ipiv,
                        &mut ipiv2,
                        Par::Seq,
                        wb.workspace(),
                    )
                    .unwrap_or_else(|i| panic!("{ctx}: {i:?}"));
                    for j in 0..n {
                        for i in 0..n {
                            if (uplo == Uplo::Upper && i > j) || (uplo == Uplo::Lower && i < j) {
                                assert!(a[i + j * ld] == junk, "{ctx}");
                            }
                        }
                    }
                    assert!(ipiv.iter().enumerate().all(|(i, &p)| p >= i && p < n), "{ctx}");
                    let nrhs = 3;
                    let b0: Vec<T> = (0..n * nrhs).map(|_| rng.scalar()).collect();
                    let mut x = b0.clone();
                    sytrs_aa_2stage(
                        uplo,
                        herm,
                        MatRef::from_col_major(&a, n, n, ld),
                        &tb,
                        ldtb,
                        &ipiv,
                        &ipiv2,
                        MatMut::from_col_major(&mut x, n, nrhs, n.max(1)),
                        Par::Seq,
                    );
                    let anorm = (0..n)
                        .map(|j| (0..n).map(|i| cabs(full[i + j * n].to_c64())).sum::<f64>())
                        .fold(0.0, f64::max)
                        .max(1e-300);
                    let eps = T::Real::EPSILON.to_f64();
                    for c in 0..nrhs {
                        let xn = (0..n).map(|i| cabs(x[i + c * n].to_c64())).sum::<f64>().max(1e-300);
                        for i in 0..n {
                            let ax: c64 = (0..n).map(|j| full[i + j * n].to_c64() * x[j + c * n].to_c64()).sum();
                            let r = cabs(ax - b0[i + c * n].to_c64()) / (anorm * xn * eps * n as f64);
                            assert!(r < 100.0, "solve residual {r} {ctx}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn aa_2stage_f32() {
        check::<f32>(false);
    }
    #[test]
    fn aa_2stage_f64() {
        check::<f64>(false);
    }
    #[test]
    fn aa_2stage_c32_sym() {
        check::<c32>(false);
    }
    #[test]
    fn aa_2stage_c64_sym() {
        check::<c64>(false);
    }
    #[test]
    fn aa_2stage_c32_herm() {
        check::<c32>(true);
    }
    #[test]
    fn aa_2stage_c64_herm() {
        check::<c64>(true);
    }
}
