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
//! Blocked as Rozloznik, Shklarski and Toledo's partitioned form: with
//! `W = L T`, column j of A is `sum_k W(.., k) L(j, k)^*`, so a panel
//! ([`lasyf_aa`]) forms W's columns and L's next ones from the trailing
//! matrix (one GEMV per column, over the panel's columns only), and the
//! trailing matrix then loses the panel's `W L^H` in one GEMM.
//!
//! The upper triangle is handled as the lower one of the transposed view:
//! the transpose of `U` is L of `A^T`, which is A when symmetric and
//! `conj(A)` when Hermitian (whose solve then runs on conjugated right-hand
//! sides).

use super::convert::{cj, sym_swap};
use crate::relapack::pivots::PivotIndex;
use crate::tridiagonal::gtsv;
use crate::{Info, WorkReq, Workspace};
use ferroblas_kernels::level1::iamax;
use ferroblas_kernels::level2::div;
use ferroblas_kernels::level3::{gemm, trsm};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, MatRef, Side, Trans, Uplo, VecRef};

/// The block size [`sytrf_aa`] uses (the reference's `ILAENV` answer for
/// `?SYTRF`, on which its `LWORK = -1` answer `(NB + 1) N` rests).
pub const BLOCK: usize = crate::relapack::sytrf::BLOCK;

/// The workspace [`sytrf_aa`] needs to run blocked with [`BLOCK`]:
/// `(BLOCK + 1) n` elements. Any workspace of at least [`sytrf_aa_min_req`]
/// also does, with a block size shrunk to fit it (down to one column).
pub fn sytrf_aa_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T>((BLOCK + 1) * n)
}

/// The least workspace [`sytrf_aa`] accepts: `2 n` elements (block size 1).
pub fn sytrf_aa_min_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T>(2 * n)
}

/// The workspace [`sytrs_aa`] needs: T's three diagonals (`3 n - 2`
/// elements, the reference's minimum LWORK).
pub fn sytrs_aa_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T>((3 * n).saturating_sub(2))
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

/// `?lasyf_aa` / `?lahef_aa`: factors one panel of at most `nb` columns
/// (rows for `uplo = Upper`) of Aasen's factorization, the step of
/// [`sytrf_aa`] between two trailing updates.
///
/// `a` is the `m x m` trailing matrix (`first`: the first panel, whose L
/// column 0 is `e_0` and not stored) or, after the first panel, the
/// `m x (m + 1)` one whose column 0 holds the column of L that the previous
/// panel computed last (`(m + 1) x m` rows for `Upper`). On entry column 0 of
/// `h` (`m x nb`) holds column 0 of the (updated) trailing matrix; on exit
/// `h`'s columns hold `W = L T` (`h`'s column 0 less the term the previous
/// trailing update took out), T and L's new columns are stored as
/// [`sytrf_aa`] stores them and `ipiv[k]`, `k = 1..`, the row (local,
/// 0-based) interchanged with row k; `ipiv[0]` is not written. `work`:
/// `m` elements.
// The loops index rows of the matrix and of the work column alike.
#[allow(clippy::too_many_arguments, clippy::needless_range_loop)]
pub fn lasyf_aa<T: Scalar, P: PivotIndex>(
    uplo: Uplo,
    herm: bool,
    first: bool,
    nb: usize,
    a: MatMut<'_, T>,
    ipiv: &mut [P],
    mut h: MatMut<'_, T>,
    work: &mut [T],
) {
    let herm = herm && T::IS_COMPLEX;
    let mut a = lower_view(uplo, a);
    let m = a.nrows();
    // off: the column of `a` where the panel's column 0 sits.
    let off = usize::from(!first);
    assert!(
        a.ncols() == m + off
            && h.nrows() >= m
            && h.ncols() >= nb.min(m)
            && work.len() >= m
            && ipiv.len() >= m.min(nb + 1),
        "lasyf_aa: operand shapes disagree"
    );
    // W's column k contributes to column j > k through L(j, k): L's column 0
    // of the first panel is e_0, zero there.
    let kfirst = usize::from(first);
    let tl = if herm { Trans::ConjTrans } else { Trans::Trans };
    for jj in 0..nb.min(m) {
        let mj = m - jj;
        // W(jj.., jj) = A(jj.., jj) - sum_k W(jj.., k) L(jj, k)^*, the panel's
        // earlier columns k (the earlier panels are in A already); L(jj, k)
        // sits at a(jj, k + off - 1), i.e. from column 0 on.
        if jj > kfirst {
            let (hl, hr) = h.rb_mut().split_at_col(jj);
            let lrow = a.rb().submatrix(jj, 0, 1, jj - kfirst);
            gemm(
                Trans::No,
                tl,
                -T::one(),
                hl.rb().submatrix(jj, kfirst, mj, jj - kfirst),
                lrow,
                T::one(),
                hr.submatrix(jj, 0, mj, 1),
            );
        }
        for r in 0..mj {
            work[r] = h.get(jj + r, jj);
        }
        // W(.., jj) = L(.., jj-1) T(jj-1, jj) + L(.., jj) T(jj, jj) + L(.., jj+1) T(jj+1, jj):
        // the first term out (for the panel's column 0 the trailing update took it).
        if jj > kfirst {
            let t = cj(a.get(jj, jj + off - 1), herm);
            for r in 0..mj {
                work[r] -= a.get(jj + r, jj + off - 2) * t;
            }
        }
        let tjj = if herm { T::from_real(work[0].re()) } else { work[0] };
        a.set(jj, jj + off, tjj);
        if jj + 1 == m {
            break;
        }
        // The second term out (L's column 0 of the first panel is zero below).
        if jj + off >= 1 {
            for r in 1..mj {
                work[r] -= a.get(jj + r, jj + off - 1) * tjj;
            }
        }
        // The largest entry of what remains brought up: T's off-diagonal.
        let q = jj + 1;
        let i2 = 1 + iamax(VecRef::from_slice(&work[1..mj])).unwrap_or(0);
        if i2 != 1 && !work[i2].is_zero() {
            let p = jj + i2;
            work.swap(1, i2);
            sym_swap(&mut a.rb_mut().submatrix(0, off, m, m), herm, q, q, p);
            for c in 0..q {
                let t = h.get(q, c);
                h.set(q, c, h.get(p, c));
                h.set(p, c, t);
            }
            // The rows of L's columns stored so far.
            for c in 0..jj + off {
                let t = a.get(q, c);
                a.set(q, c, a.get(p, c));
                a.set(p, c, t);
            }
            ipiv[q] = P::from_row(p);
        } else {
            ipiv[q] = P::from_row(q);
        }
        let t = work[1];
        a.set(q, jj + off, t);
        // The next column of W starts as the trailing matrix's.
        if jj + 1 < nb {
            for r in q..m {
                h.set(r, q, a.get(r, q + off));
            }
        }
        for r in 2..mj {
            a.set(jj + r, jj + off, if t.is_zero() { T::zero() } else { div(work[r], t) });
        }
    }
}

/// `A(c.., c..) -= W L^H` (`^T` when symmetric) on the lower triangle only
/// of the `mt x mt` trailing matrix `c`: GEMM below the diagonal blocks of
/// width `nb`, [`lower_update`] inside them (the upper triangle is the
/// caller's, never written).
fn trailing_update<T: Scalar>(herm: bool, w: MatRef<'_, T>, l: MatRef<'_, T>, mut c: MatMut<'_, T>, nb: usize) {
    let mt = c.nrows();
    let k = w.ncols();
    let tl = if herm { Trans::ConjTrans } else { Trans::Trans };
    let mut c0 = 0;
    while c0 < mt {
        let bw = nb.min(mt - c0);
        let end = c0 + bw;
        lower_update(tl, w.submatrix(c0, 0, bw, k), l.submatrix(c0, 0, bw, k), c.rb_mut().submatrix(c0, c0, bw, bw));
        if end < mt {
            gemm(
                Trans::No,
                tl,
                -T::one(),
                w.submatrix(end, 0, mt - end, k),
                l.submatrix(c0, 0, bw, k),
                T::one(),
                c.rb_mut().submatrix(end, c0, mt - end, bw),
            );
        }
        c0 = end;
    }
}

/// The lower triangle of `c -= W op(L)` for a square `c`: halves split
/// until small, then one column at a time (few GEMM calls, none above the
/// diagonal).
fn lower_update<T: Scalar>(tl: Trans, w: MatRef<'_, T>, l: MatRef<'_, T>, mut c: MatMut<'_, T>) {
    let s = c.nrows();
    let k = w.ncols();
    if s <= 8 {
        for j in 0..s {
            gemm(
                Trans::No,
                tl,
                -T::one(),
                w.submatrix(j, 0, s - j, k),
                l.submatrix(j, 0, 1, k),
                T::one(),
                c.rb_mut().submatrix(j, j, s - j, 1),
            );
        }
        return;
    }
    let h = s / 2;
    lower_update(tl, w.submatrix(0, 0, h, k), l.submatrix(0, 0, h, k), c.rb_mut().submatrix(0, 0, h, h));
    gemm(
        Trans::No,
        tl,
        -T::one(),
        w.submatrix(h, 0, s - h, k),
        l.submatrix(0, 0, h, k),
        T::one(),
        c.rb_mut().submatrix(h, 0, s - h, h),
    );
    lower_update(tl, w.submatrix(h, 0, s - h, k), l.submatrix(h, 0, s - h, k), c.submatrix(h, h, s - h, s - h));
}

/// `?sytrf_aa` / `?hetrf_aa`: Aasen's factorization of the symmetric
/// (`herm = false`) or Hermitian matrix in the `uplo` triangle of `a`, in
/// place, with the row interchanges in `ipiv` (see the module), blocked with
/// [`BLOCK`]. Never fails: a zero pivot leaves a zero column of L and shows
/// in T (which [`sytrs_aa`] reports). `work`: [`sytrf_aa_req`], or at least
/// [`sytrf_aa_min_req`] (a smaller block size).
pub fn sytrf_aa<T: Scalar, P: PivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatMut<'_, T>,
    ipiv: &mut [P],
    work: Workspace<'_>,
) {
    sytrf_aa_with(uplo, herm, a, ipiv, work, BLOCK);
}

/// [`sytrf_aa`] with panels of at most `nb` columns, fewer when the
/// workspace holds less than `(nb + 1) n` elements (at least `2 n`).
///
/// Each panel is [`lasyf_aa`]; the trailing matrix then loses the panel's
/// `W L^H` and, through the next column of L, the first term of the next
/// panel's first W column (so that one GEMM does both). Block size 1 is
/// the unblocked algorithm (a rank-2 update per column).
// The loops index rows of the matrix and of W's columns alike.
#[allow(clippy::needless_range_loop)]
pub fn sytrf_aa_with<T: Scalar, P: PivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatMut<'_, T>,
    ipiv: &mut [P],
    mut work: Workspace<'_>,
    nb: usize,
) {
    let n = a.nrows();
    assert!(a.ncols() == n && ipiv.len() >= n, "sytrf_aa: operand shapes disagree");
    let herm = herm && T::IS_COMPLEX;
    let mut a = lower_view(uplo, a);
    if n == 0 {
        return;
    }
    ipiv[0] = P::from_row(0);
    if n == 1 {
        // T = A: real when Hermitian.
        if herm {
            a.set(0, 0, T::from_real(a.get(0, 0).re()));
        }
        return;
    }
    let cap = work.capacity::<T>();
    assert!(cap >= 2 * n, "sytrf_aa: the workspace holds less than 2 n elements");
    let nb = nb.min(cap / n - 1).clamp(1, n);
    // W's columns (n x nb, leading dimension n), then one more column: the
    // panel's work vector and afterwards the trailing update's extra column.
    let (hbuf, _) = work.take::<T>((nb + 1) * n);
    for i in 0..n {
        hbuf[i] = a.get(i, 0);
    }
    let mut j = 0;
    while j < n {
        let first = j == 0;
        let jb = nb.min(n - j);
        let m = n - j;
        {
            let (hm, pw) = hbuf.split_at_mut(n * nb);
            let sub = if first { a.rb_mut() } else { a.rb_mut().submatrix(j, j - 1, m, m + 1) };
            let h = MatMut::from_col_major(hm, m, nb, n);
            lasyf_aa(Uplo::Lower, herm, first, jb, sub, &mut ipiv[j..], h, &mut pw[..m]);
        }
        let jend = j + jb;
        // The panel's pivots become global, and interchange the rows of the
        // columns of L left of the panel's.
        for k in j + 1..n.min(jend + 1) {
            let p = ipiv[k].row().expect("set by lasyf_aa") + j;
            ipiv[k] = P::from_row(p);
            if p != k && j >= 2 {
                for c in 0..j - 1 {
                    let t = a.get(k, c);
                    a.set(k, c, a.get(p, c));
                    a.set(p, c, t);
                }
            }
        }
        if jend == n {
            break;
        }
        let mt = n - jend;
        if !first || jb > 1 {
            // L(jend, jend) = 1 stands, for the update, where T(jend, jend-1) is.
            let alpha = a.get(jend, jend - 1);
            a.set(jend, jend - 1, T::one());
            // The extra column L(jend.., jend-1) T(jend-1, jend) beside W's.
            let r0 = jend - j;
            let t = cj(alpha, herm);
            for i in 0..mt {
                hbuf[jb * n + r0 + i] = a.get(jend + i, jend - 2) * t;
            }
            let kfirst = usize::from(first);
            let cnt = jb + 1 - kfirst;
            let w = MatRef::from_col_major(&hbuf[..], n, nb + 1, n).submatrix(r0, kfirst, mt, cnt);
            // L's columns j + kfirst ..= jend, stored one column left.
            let (left, right) = a.rb_mut().split_at_col(jend);
            let l = left.rb().submatrix(jend, j + kfirst - 1, mt, cnt);
            trailing_update(herm, w, l, right.submatrix(jend, 0, mt, mt), nb);
            a.set(jend, jend - 1, alpha);
        }
        for i in 0..mt {
            hbuf[i] = a.get(jend + i, jend);
        }
        j = jend;
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
    let (dl, mut work) = work.take::<T>(n - 1);
    let (d, mut work) = work.take::<T>(n);
    let (du, _) = work.take::<T>(n - 1);
    for k in 0..n {
        let x = a.get(k, k);
        d[k] = if herm { T::from_real(x.re()) } else { x };
        if k + 1 < n {
            dl[k] = a.get(k + 1, k);
            du[k] = cj(dl[k], herm);
        }
    }
    let r = gtsv(dl, d, du, b.rb_mut());
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
    WorkReq::new::<T>(((BLOCK + 1) * n).max((3 * n).saturating_sub(2)))
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
    use crate::{WorkBuffer, WorkReq};
    use ferroblas_kernels::scalar::RealScalar;
    use ferroblas_kernels::{c32, c64};

    fn cjh(z: c64, herm: bool) -> c64 {
        if herm {
            z.conj()
        } else {
            z
        }
    }

    /// How the factorization is blocked: panel width and workspace length.
    #[derive(Clone, Copy, Debug)]
    enum Blocking {
        /// `sytrf_aa_with` with this block size and its full workspace.
        Nb(usize),
        /// `sytrf_aa` with the optimal workspace.
        Optimal,
        /// `sytrf_aa` with the least workspace, `2 n` (block size 1).
        Least,
    }

    fn check<T: TestScalar>(herm: bool) {
        // Across the block size 4 (1, 2, NB - 1, NB, NB + 1, 3 NB + 5), across
        // BLOCK, and with the least workspace (the unblocked algorithm).
        check_with::<T>(herm, Blocking::Nb(4), &[0, 1, 2, 3, 4, 5, 17], 2);
        check_with::<T>(herm, Blocking::Optimal, &[BLOCK - 1, BLOCK, BLOCK + 1, 3 * BLOCK + 5], 1);
        check_with::<T>(herm, Blocking::Least, &[3, 17, 70], 2);
    }

    fn check_with<T: TestScalar>(herm: bool, blocking: Blocking, sizes: &[usize], kinds: usize) {
        let herm = herm && T::IS_COMPLEX;
        let mut rng = Rng::new(11 + herm as u64);
        let eps = T::Real::EPSILON.to_f64();
        for &n in sizes {
            for kind in 0..kinds {
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
                    let ctx = format!("{ctx} {blocking:?}");
                    let mut ipiv = vec![0usize; n];
                    let mut wb = WorkBuffer::new(sysv_aa_req::<T>(n));
                    let af = MatMut::from_col_major(&mut buf, n, n, ld);
                    match blocking {
                        Blocking::Nb(nb) => {
                            let mut wf = WorkBuffer::new(WorkReq::new::<T>((nb + 1) * n));
                            sytrf_aa_with(uplo, herm, af, &mut ipiv, wf.workspace(), nb);
                        }
                        Blocking::Optimal => sytrf_aa(uplo, herm, af, &mut ipiv, wb.workspace()),
                        Blocking::Least => {
                            let mut wf = WorkBuffer::new(sytrf_aa_min_req::<T>(n));
                            sytrf_aa(uplo, herm, af, &mut ipiv, wf.workspace());
                        }
                    }
                    // The other triangle and the padding rows are not written.
                    let nine = T::from_real(RealScalar::from_f64(9.0));
                    for j in 0..n {
                        for i in 0..ld {
                            let other = if uplo == Uplo::Lower { i < j } else { i > j };
                            if other || i >= n {
                                assert!(buf[i + j * ld] == nine, "other triangle written at ({i}, {j}) {ctx}");
                            }
                        }
                    }
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
                        // T's diagonal is real when Hermitian (an imaginary part there is not read).
                        t.set(j, j, if herm { c64::new(get(j, j).re, 0.0) } else { get(j, j) });
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
