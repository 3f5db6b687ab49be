//! QR with column pivoting, `A P = Q R` (`?geqp3`), unblocked (`?laqp2`) and
//! blocked (`?laqps`, Quintana-Orti, Sun and Bischof, "A BLAS-3 version of
//! the QR factorization with column pivoting", 1998).
//!
//! Each step picks the remaining column of largest partial norm (the norm
//! of its rows below the factored ones). The partial norms are downdated
//! rather than recomputed, `|x'|^2 = |x|^2 - |x_k|^2`, which cancels when a
//! column has lost most of its norm; the test of Drmac and Bujanovic (LAPACK
//! Working Note 176) compares the downdated norm with the last one computed
//! from the data, and recomputes it when too few digits would be left. The
//! criteria and their arithmetic are the reference's, so the pivot order is
//! the reference's wherever the choice is not a near tie.
//!
//! The blocked form keeps the pending update of the trailing columns as
//! `A := A - V F^H` (F = `A^H V T^H` built column by column), updates only
//! the pivot row and the next column while it factors a block, and applies
//! the rest with one matrix product. A block ends early when a downdated
//! norm needs recomputing, since that needs the updated column.

use super::{geqrf, geqrf_req, ormqr, ormqr_req};
use crate::householder::apply_left_unit;
use crate::householder::larfg;
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::level1::{iamax, nrm2, swap};
use ferroblas_kernels::level2::gemv;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, Side, Trans, VecMut, VecRef};
use ferroblas_relapack::level3::Level3;
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// Columns the blocked factorization ([`laqps`]) takes at a time when the
/// caller does not choose.
pub const PIVOT_BLOCK: usize = 32;

/// Columns left to the unblocked code at the end when the caller does not
/// choose (the reference's crossover for `?geqrf`).
pub const PIVOT_CROSSOVER: usize = 128;

/// `|x|`: the modulus of a complex number.
pub(crate) fn modulus<T: Scalar>(x: T) -> T::Real {
    if T::IS_COMPLEX {
        x.re().hypot(x.im())
    } else {
        x.re().abs()
    }
}

/// The threshold under which a downdated norm is recomputed: `sqrt(eps)`.
fn tol3z<R: RealScalar>() -> R {
    lamch::<R>(Machine::Eps).sqrt()
}

/// Swaps columns `i < p` of `a`.
fn swap_cols<T: Scalar>(a: &mut MatMut<'_, T>, i: usize, p: usize) {
    let (mut left, mut right) = a.rb_mut().split_at_col(p);
    swap(left.rb_mut().col_mut(i), right.rb_mut().col_mut(0));
}

/// The column of largest partial norm among `vn1[k..]`, as an index into `vn1`.
fn pivot_of<R: RealScalar>(vn1: &[R], k: usize) -> usize {
    k + iamax(VecRef::from_slice(&vn1[k..])).unwrap_or(0)
}

/// Generates the reflector of column `k` at row `r` (`?larfg` over rows `r..`).
fn reflect<T: Scalar>(a: &mut MatMut<'_, T>, r: usize, k: usize) -> T {
    let m = a.nrows();
    let (mut head, mut tail) = a.rb_mut().submatrix(r, k, m - r, 1).split_at_row(1);
    let mut alpha = head.get(0, 0);
    let tau = larfg(&mut alpha, tail.rb_mut().col_mut(0));
    head.set(0, 0, alpha);
    tau
}

/// Unblocked QR with column pivoting of rows `offset..` of the `m x n`
/// matrix `a` (`?laqp2`): the rows above `offset` are already factored and
/// are only permuted with the columns. `vn1`/`vn2` (length `n`) hold the
/// partial column norms (over rows `offset..`) and the last norms computed
/// from the data; `jpvt` (length `n`) is permuted with the columns. `tau`
/// receives `min(m - offset, n)` scalars.
pub fn laqp2<T: Scalar, P: Copy>(
    offset: usize,
    mut a: MatMut<'_, T>,
    jpvt: &mut [P],
    tau: &mut [T],
    vn1: &mut [T::Real],
    vn2: &mut [T::Real],
) {
    let (m, n) = (a.nrows(), a.ncols());
    let mn = m.saturating_sub(offset).min(n);
    assert!(jpvt.len() >= n && tau.len() >= mn && vn1.len() >= n && vn2.len() >= n, "laqp2: arrays too short");
    let tol = tol3z::<T::Real>();
    let zero = T::Real::zero();
    let one = T::Real::one();
    for i in 0..mn {
        let r = offset + i;
        let p = pivot_of(&vn1[..n], i);
        if p != i {
            swap_cols(&mut a, i, p);
            jpvt.swap(i, p);
            vn1[p] = vn1[i];
            vn2[p] = vn2[i];
        }
        tau[i] = reflect(&mut a, r, i);
        if i + 1 < n {
            let (v, c) = a.rb_mut().submatrix(r, i, m - r, n - i).split_at_col(1);
            let tail = v.into_ref().submatrix(1, 0, m - r - 1, 1).col(0);
            apply_left_unit(tau[i].conj(), tail, c);
        }
        for j in i + 1..n {
            if vn1[j] == zero {
                continue;
            }
            let ratio = modulus(a.get(r, j)) / vn1[j];
            let temp = (one - ratio * ratio).max(zero);
            let q = vn1[j] / vn2[j];
            if temp * (q * q) <= tol {
                if r + 1 < m {
                    vn1[j] = nrm2(a.rb().submatrix(r + 1, j, m - r - 1, 1).col(0));
                    vn2[j] = vn1[j];
                } else {
                    vn1[j] = zero;
                    vn2[j] = zero;
                }
            } else {
                vn1[j] *= temp.sqrt();
            }
        }
    }
}

/// One block of QR with column pivoting (`?laqps`): factors up to `nb`
/// columns of rows `offset..` of the `m x n` matrix `a` and returns how many
/// it factored (`KB`, fewer than `nb` when a partial norm must be
/// recomputed), then applies the block's reflectors to the trailing columns
/// with one matrix product. `jpvt`, `vn1`, `vn2` and `tau` as in [`laqp2`]
/// (`tau` receives `KB` scalars); `auxv` holds `nb` elements and `f` is
/// `n x nb` (on return its first `KB` columns hold F, with `A := A - V F^H`
/// the trailing update).
#[allow(clippy::too_many_arguments)]
pub fn laqps<T: Scalar, P: Copy>(
    offset: usize,
    nb: usize,
    mut a: MatMut<'_, T>,
    jpvt: &mut [P],
    tau: &mut [T],
    vn1: &mut [T::Real],
    vn2: &mut [T::Real],
    auxv: &mut [T],
    mut f: MatMut<'_, T>,
    par: Par,
) -> usize {
    let (m, n) = (a.nrows(), a.ncols());
    let nb = nb.min(m.saturating_sub(offset)).min(n);
    assert!(jpvt.len() >= n && tau.len() >= nb && vn1.len() >= n && vn2.len() >= n, "laqps: arrays too short");
    assert!(auxv.len() >= nb && f.nrows() >= n && f.ncols() >= nb, "laqps: auxv or F too small");
    let l3 = Level3::new(par);
    let tol = tol3z::<T::Real>();
    let (zero, one) = (T::Real::zero(), T::Real::one());
    let lastrk = m.min(n + offset);
    // The columns whose norms need recomputing, chained through vn2 (entry
    // j + 1 holds the next link + 1; 0 ends the chain), as the reference does.
    let mut lsticc = 0usize;
    let mut k = 0;
    while k < nb && lsticc == 0 {
        let rk = offset + k;
        let p = pivot_of(&vn1[..n], k);
        if p != k {
            swap_cols(&mut a, k, p);
            for j in 0..k {
                let t = f.get(p, j);
                f.set(p, j, f.get(k, j));
                f.set(k, j, t);
            }
            jpvt.swap(k, p);
            vn1[p] = vn1[k];
            vn2[p] = vn2[k];
        }
        // Bring column k up to date: A(rk:, k) -= A(rk:, :k) F(k, :k)^H.
        if k > 0 {
            for (j, x) in auxv[..k].iter_mut().enumerate() {
                *x = f.get(k, j).conj();
            }
            let (left, mut right) = a.rb_mut().split_at_col(k);
            let left = left.into_ref().submatrix(rk, 0, m - rk, k);
            let y = right.rb_mut().submatrix(rk, 0, m - rk, 1).col_mut(0);
            gemv(Trans::No, -T::one(), left, VecRef::from_slice(&auxv[..k]), T::one(), y);
        }
        tau[k] = reflect(&mut a, rk, k);
        let akk = a.get(rk, k);
        a.set(rk, k, T::one());
        {
            let (left, right) = a.rb_mut().split_at_col(k + 1);
            let left = left.into_ref();
            let prev = left.submatrix(0, 0, m, k);
            let v = left.submatrix(rk, k, m - rk, 1).col(0);
            let (fprev, fk) = f.rb_mut().split_at_col(k);
            let mut fk = fk.submatrix(0, 0, n, 1).col_mut(0);
            // F(k+1:, k) = tau A(rk:, k+1:)^H v.
            if k + 1 < n {
                let trail = right.rb().submatrix(rk, 0, m - rk, n - k - 1);
                gemv(Trans::ConjTrans, tau[k], trail, v, T::zero(), fk.rb_mut().subvec(k + 1, n - k - 1));
            }
            for j in 0..=k {
                fk.set(j, T::zero());
            }
            // F(:, k) -= tau F(:, :k) A(rk:, :k)^H v.
            if k > 0 {
                let prev = prev.submatrix(rk, 0, m - rk, k);
                gemv(Trans::ConjTrans, -tau[k], prev, v, T::zero(), VecMut::from_slice(&mut auxv[..k]));
                gemv(
                    Trans::No,
                    T::one(),
                    fprev.rb().submatrix(0, 0, n, k),
                    VecRef::from_slice(&auxv[..k]),
                    T::one(),
                    fk,
                );
            }
        }
        // The pivot row: A(rk, k+1:) -= A(rk, :k+1) F(k+1:, :k+1)^H.
        if k + 1 < n {
            let (left, mut right) = a.rb_mut().split_at_col(k + 1);
            let row = left.into_ref().submatrix(rk, 0, 1, k + 1).row(0);
            let y = right.rb_mut().submatrix(rk, 0, 1, n - k - 1).transpose().col_mut(0);
            let fs = f.rb().submatrix(k + 1, 0, n - k - 1, k + 1);
            // (F^T)^H = conj(F): y := y - conj(F) row^T, the conjugate of y^H - F row^H.
            gemv(Trans::ConjTrans, -T::one(), fs.transpose(), row, T::one(), y);
        }
        if rk + 1 < lastrk {
            for j in k + 1..n {
                if vn1[j] == zero {
                    continue;
                }
                let ratio = modulus(a.get(rk, j)) / vn1[j];
                let temp = ((one + ratio) * (one - ratio)).max(zero);
                let q = vn1[j] / vn2[j];
                if temp * (q * q) <= tol {
                    vn2[j] = T::Real::from_f64(lsticc as f64);
                    lsticc = j + 1;
                } else {
                    vn1[j] *= temp.sqrt();
                }
            }
        }
        a.set(rk, k, akk);
        k += 1;
    }
    let kb = k;
    let rk = offset + kb;
    // The trailing update: A(rk:, kb:) -= A(rk:, :kb) F(kb:, :kb)^H.
    if kb < n.min(m - offset) {
        let (left, right) = a.rb_mut().split_at_col(kb);
        let v = left.into_ref().submatrix(rk, 0, m - rk, kb);
        let c = right.submatrix(rk, 0, m - rk, n - kb);
        l3.gemm(Trans::No, Trans::ConjTrans, -T::one(), v, f.rb().submatrix(kb, 0, n - kb, kb), T::one(), c);
    }
    while lsticc > 0 {
        let j = lsticc - 1;
        let next = vn2[j].to_f64() as usize;
        vn1[j] = nrm2(a.rb().submatrix(rk, j, m - rk, 1).col(0));
        vn2[j] = vn1[j];
        lsticc = next;
    }
    kb
}

/// The workspace [`geqp3`] needs for an `m x n` matrix.
pub fn geqp3_req<T: Scalar>(m: usize, n: usize) -> WorkReq {
    geqp3_req_with::<T>(m, n, PIVOT_BLOCK)
}

/// [`geqp3_req`] for blocks of `nb` columns ([`geqp3_with`]): the partial
/// norms (`2n` reals), then F and `auxv` (`(n + 1) nb`), or the `n` the
/// unblocked code needs; the QR of fixed columns reuses the same space.
pub fn geqp3_req_with<T: Scalar>(m: usize, n: usize, nb: usize) -> WorkReq {
    if m.min(n) == 0 {
        return WorkReq::EMPTY;
    }
    let nb = nb.max(1);
    let free = WorkReq::new::<T::Real>(2 * n).and(WorkReq::new::<T>((n + 1) * nb).or(WorkReq::new::<T>(n)));
    let fixed = geqrf_req::<T>(m, n).or(ormqr_req::<T>(Side::Left, m, n, m.min(n)));
    free.or(fixed)
}

/// QR factorization with column pivoting, `A P = Q R` (`?geqp3`), of the
/// `m x n` matrix `a`: R on and above the diagonal, the reflectors below it
/// as [`geqrf`] leaves them, `tau` `min(m, n)` scalars.
///
/// `jpvt` (length `n`): on entry, `jpvt[j] != 0` marks column `j` as fixed:
/// the fixed columns are moved to the front (in their order) and factored
/// first without pivoting; the others are free. On return `jpvt[j]` is the
/// 0-based index of the column of A that became column `j` of `A P`.
/// Blocks of [`PIVOT_BLOCK`] columns, the last [`PIVOT_CROSSOVER`] unblocked.
pub fn geqp3<T: Scalar>(a: MatMut<'_, T>, jpvt: &mut [usize], tau: &mut [T], par: Par, work: Workspace<'_>) {
    geqp3_with(a, jpvt, tau, par, work, PIVOT_BLOCK, PIVOT_CROSSOVER)
}

/// [`geqp3`] with blocks of at most `nb` columns (fewer when `work` is
/// smaller than [`geqp3_req_with`] asks; unblocked below 2) and the last
/// `nx` columns factored unblocked.
pub fn geqp3_with<T: Scalar>(
    mut a: MatMut<'_, T>,
    jpvt: &mut [usize],
    tau: &mut [T],
    par: Par,
    mut work: Workspace<'_>,
    nb: usize,
    nx: usize,
) {
    let (m, n) = (a.nrows(), a.ncols());
    let minmn = m.min(n);
    assert!(jpvt.len() >= n && tau.len() >= minmn, "geqp3: jpvt or tau too short");
    // Fixed columns to the front, in order; jpvt tracks where each came from.
    let mut nfxd = 0;
    for j in 0..n {
        if jpvt[j] != 0 {
            if j != nfxd {
                swap_cols(&mut a, nfxd, j);
                jpvt[j] = jpvt[nfxd];
                jpvt[nfxd] = j;
            } else {
                jpvt[j] = j;
            }
            nfxd += 1;
        } else {
            jpvt[j] = j;
        }
    }
    if minmn == 0 {
        return;
    }
    if nfxd > 0 {
        let na = m.min(nfxd);
        let (fixed, rest) = a.rb_mut().split_at_col(na);
        let mut fixed = fixed;
        geqrf(fixed.rb_mut(), &mut tau[..na], super::Positive::No, par, work.rb_mut());
        if na < n {
            ormqr(Side::Left, Trans::ConjTrans, fixed.rb(), &tau[..na], rest, par, work.rb_mut());
        }
    }
    if nfxd >= minmn {
        return;
    }
    let sminmn = minmn - nfxd;
    let (vn, mut work) = work.take::<T::Real>(2 * n);
    let (vn1, vn2) = vn.split_at_mut(n);
    for j in nfxd..n {
        vn1[j] = nrm2(a.rb().submatrix(nfxd, j, m - nfxd, 1).col(0));
        vn2[j] = vn1[j];
    }
    let nb = nb.min(work.capacity::<T>() / (n + 1));
    let mut j = nfxd;
    if nb >= 2 && nb < sminmn && nx < sminmn {
        let (buf, _) = work.take::<T>((n + 1) * nb);
        let (auxv, fbuf) = buf.split_at_mut(nb);
        let top = minmn - nx;
        while j < top {
            let jb = nb.min(top - j);
            let rows = n - j;
            let f = MatMut::from_col_major(&mut fbuf[..rows * jb], rows, jb, rows);
            let sub = a.rb_mut().submatrix(0, j, m, rows);
            j += laqps(j, jb, sub, &mut jpvt[j..], &mut tau[j..], &mut vn1[j..], &mut vn2[j..], auxv, f, par);
        }
    }
    if j < minmn {
        let sub = a.rb_mut().submatrix(0, j, m, n - j);
        laqp2(j, sub, &mut jpvt[j..], &mut tau[j..], &mut vn1[j..], &mut vn2[j..]);
    }
}
