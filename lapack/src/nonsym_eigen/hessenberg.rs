//! The reduction to upper Hessenberg form `A = Q H Q^H` (`?gehrd`, its panel
//! `?lahr2` and the unblocked `?gehd2`), and generating or applying its Q
//! (`?orghr`/`?unghr`, `?ormhr`/`?unmhr`).
//!
//! Q is `H(ilo) H(ilo+1) ... H(ihi-2)`; reflector `H(i)` has `v[0..=i] = 0`,
//! `v[i+1] = 1`, and `v[i+2..ihi]` stored in `a[i+2..ihi, i]`.

#![allow(clippy::needless_range_loop)] // indices address matrix rows, columns and vectors alike

use crate::householder::{apply_left_unit, apply_right_unit, larfb, larfg, Direct, StoreV};
use crate::qr::{orgqr_req_with, orgqr_with, ormqr_req_with, ormqr_with, BLOCK};
use ferroblas_kernels::level2::gemv;
use ferroblas_kernels::level2::trmv;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, MatRef, Side, Trans, Uplo, VecMut, VecRef};
use ferroblas_relapack::level3::Level3;
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// Columns left to the unblocked code at the end (the reference's crossover NX).
pub const CROSSOVER: usize = 128;

/// Zeroes the `tau` entries outside the reflectors `ilo..ihi-1` (as the
/// reference leaves them).
fn clear_tau<T: Scalar>(n: usize, ilo: usize, ihi: usize, tau: &mut [T]) {
    let m = n.saturating_sub(1);
    tau[..ilo.min(m)].iter_mut().for_each(|t| *t = T::zero());
    tau[ihi.max(1) - 1..m].iter_mut().for_each(|t| *t = T::zero());
}

/// Reduces the `n x n` matrix `a` to upper Hessenberg form by a unitary
/// similarity, reflector by reflector (`?gehd2`): columns `ilo..ihi-1`, with
/// `a` already upper triangular outside the block `ilo..ihi` (as after
/// [`gebal`](super::gebal)). `tau` has `n - 1` entries; `work` holds `n`.
pub fn gehd2<T: Scalar>(ilo: usize, ihi: usize, mut a: MatMut<'_, T>, tau: &mut [T], work: &mut [T]) {
    let n = a.nrows();
    assert!(a.ncols() == n && ilo <= ihi && ihi <= n && tau.len() + 1 >= n, "gehd2: bad shapes or range");
    if n == 0 {
        return;
    }
    clear_tau(n, ilo, ihi, tau);
    for i in ilo..ihi.saturating_sub(1) {
        reduce_column(&mut a, i, ihi, tau, work);
    }
}

/// One step of `?gehd2`: the reflector that zeroes `a[i+2..ihi, i]`, applied
/// from the right to rows `0..ihi` and from the left to columns `i+1..n`.
fn reduce_column<T: Scalar>(a: &mut MatMut<'_, T>, i: usize, ihi: usize, tau: &mut [T], work: &mut [T]) {
    let n = a.ncols();
    let (left, mut right) = a.rb_mut().split_at_col(i + 1);
    let mut col = left.submatrix(i + 1, i, ihi - i - 1, 1).col_mut(0);
    let mut alpha = col.rb().get(0);
    let t = larfg(&mut alpha, col.rb_mut().subvec(1, ihi - i - 2));
    tau[i] = t;
    col.set(0, alpha);
    let tail = col.rb().subvec(1, ihi - i - 2);
    apply_right_unit(t, tail, right.rb_mut().submatrix(0, 0, ihi, ihi - i - 1), work);
    apply_left_unit(t.conj(), tail, right.submatrix(i + 1, 0, ihi - i - 1, n - i - 1));
}

/// Reduces the first `nb` columns of the `n x (n - k + 1)` matrix `a` so that
/// the entries below its `k`-th subdiagonal are zero (`?lahr2`; `k` is
/// LAPACK's K, the rows above the reflectors), returning the reflectors in
/// `a` and `tau`, the `nb x nb` upper triangular factor T of the block
/// reflector `I - V T V^H`, and `Y = A V T` (`n x nb`), which
/// [`gehrd`] uses for the trailing update. `w` holds `nb` elements.
#[allow(clippy::too_many_arguments)]
pub fn lahr2<T: Scalar>(
    k: usize,
    nb: usize,
    mut a: MatMut<'_, T>,
    tau: &mut [T],
    mut t: MatMut<'_, T>,
    mut y: MatMut<'_, T>,
    w: &mut [T],
) {
    let n = a.nrows();
    if n <= 1 || nb == 0 {
        return;
    }
    assert!(k < n && a.ncols() > nb && t.nrows() >= nb && t.ncols() >= nb && y.nrows() >= n && y.ncols() >= nb);
    let (one, zero) = (T::one(), T::zero());
    let mut ei = zero;
    let l3 = Level3::new(Par::Seq);
    for j in 0..nb {
        let (mut left, mut right) = a.rb_mut().split_at_col(j);
        if j > 0 {
            // A(k:n, j) -= Y(k:n, 0:j) conj(A(k+j-1, 0:j))^T
            for (p, wp) in w.iter_mut().enumerate().take(j) {
                *wp = left.rb().get(k + j - 1, p).conj();
            }
            gemv(
                Trans::No,
                -one,
                y.rb().submatrix(k, 0, n - k, j),
                VecRef::from_slice(&w[..j]),
                one,
                right.rb_mut().submatrix(k, 0, n - k, 1).col_mut(0),
            );
            // Apply (I - V T V^H)^H to this column: w = T^H (V1^H b1 + V2^H b2).
            let v1 = left.rb().submatrix(k, 0, j, j);
            let v2 = left.rb().submatrix(k + j, 0, n - k - j, j);
            let (mut b1, mut b2) = right.rb_mut().submatrix(k, 0, n - k, 1).split_at_row(j);
            for (p, wp) in w.iter_mut().enumerate().take(j) {
                *wp = b1.get(p, 0);
            }
            trmv(Uplo::Lower, Trans::ConjTrans, Diag::Unit, v1, VecMut::from_slice(&mut w[..j]));
            gemv(Trans::ConjTrans, one, v2, b2.rb().col(0), one, VecMut::from_slice(&mut w[..j]));
            trmv(
                Uplo::Upper,
                Trans::ConjTrans,
                Diag::NonUnit,
                t.rb().submatrix(0, 0, j, j),
                VecMut::from_slice(&mut w[..j]),
            );
            gemv(Trans::No, -one, v2, VecRef::from_slice(&w[..j]), one, b2.rb_mut().col_mut(0));
            trmv(Uplo::Lower, Trans::No, Diag::Unit, v1, VecMut::from_slice(&mut w[..j]));
            for (p, &wp) in w.iter().enumerate().take(j) {
                b1.set(p, 0, b1.get(p, 0) - wp);
            }
            left.set(k + j - 1, j - 1, ei);
        }
        // The reflector that zeroes A(k+j+1:n, j).
        let mut col = right.rb_mut().submatrix(k + j, 0, n - k - j, 1).col_mut(0);
        let mut alpha = col.rb().get(0);
        let tj = larfg(&mut alpha, col.rb_mut().subvec(1, n - k - j - 1));
        tau[j] = tj;
        ei = alpha;
        col.set(0, one);
        // Y(k:n, j) = A(k:n, j+1:) v - Y(k:n, 0:j) T(0:j, j), times tau.
        let right = right.rb();
        let v = right.submatrix(k + j, 0, n - k - j, 1).col(0);
        let (ydone, mut yj) = y.rb_mut().split_at_col(j);
        let mut yj = yj.rb_mut().submatrix(k, 0, n - k, 1).col_mut(0);
        gemv(Trans::No, one, right.submatrix(k, 1, n - k, n - k - j), v, zero, yj.rb_mut());
        let (tdone, mut tj_col) = t.rb_mut().split_at_col(j);
        let mut tcol = tj_col.rb_mut().submatrix(0, 0, j, 1).col_mut(0);
        gemv(Trans::ConjTrans, one, left.rb().submatrix(k + j, 0, n - k - j, j), v, zero, tcol.rb_mut());
        gemv(Trans::No, -one, ydone.rb().submatrix(k, 0, n - k, j), tcol.rb(), one, yj.rb_mut());
        ferroblas_kernels::level1::scal(tj, yj);
        // T(0:j, j) = -tau T(0:j, 0:j) T(0:j, j); T(j, j) = tau.
        ferroblas_kernels::level1::scal(-tj, tcol.rb_mut());
        trmv(Uplo::Upper, Trans::No, Diag::NonUnit, tdone.rb().submatrix(0, 0, j, j), tcol);
        tj_col.set(j, 0, tj);
    }
    a.set(k + nb - 1, nb - 1, ei);
    // Y(0:k, :) = (A(0:k, 1:nb+1) V1 + A(0:k, nb+1:) V2) T.
    let mut ytop = y.rb_mut().submatrix(0, 0, k, nb);
    for j in 0..nb {
        for i in 0..k {
            ytop.set(i, j, a.get(i, j + 1));
        }
    }
    let ar = a.rb();
    l3.trmm(Side::Right, Uplo::Lower, Trans::No, Diag::Unit, one, ar.submatrix(k, 0, nb, nb), ytop.rb_mut());
    if n > k + nb {
        l3.gemm(
            Trans::No,
            Trans::No,
            one,
            ar.submatrix(0, nb + 1, k, n - k - nb),
            ar.submatrix(k + nb, 0, n - k - nb, nb),
            one,
            ytop.rb_mut(),
        );
    }
    l3.trmm(Side::Right, Uplo::Upper, Trans::No, Diag::NonUnit, one, t.rb().submatrix(0, 0, nb, nb), ytop);
}

/// The deprecated panel `?lahrd`: [`lahr2`]'s reduction, `Y = A V T` and T,
/// with rows `0..k` of the panel's columns `1..nb` also updated, `A := A -
/// Y V^H` there (`?lahr2` leaves those rows to its caller). An adapter over
/// [`lahr2`]; `w` holds `nb` elements.
#[allow(clippy::too_many_arguments)]
pub fn lahrd<T: Scalar>(
    k: usize,
    nb: usize,
    mut a: MatMut<'_, T>,
    tau: &mut [T],
    t: MatMut<'_, T>,
    mut y: MatMut<'_, T>,
    w: &mut [T],
) {
    let n = a.nrows();
    if n <= 1 || nb == 0 {
        return;
    }
    lahr2(k, nb, a.rb_mut(), tau, t, y.rb_mut(), w);
    // Column j is column k + j - 1 of the whole matrix: A(0:k, j) -= Y(0:k, 0:j) conj(V(k+j-1, 0:j)),
    // V's unit entry V(k+j-1, j-1) not stored.
    for j in 1..nb {
        for p in 0..j {
            let v = if p + 1 == j { T::one() } else { a.get(k + j - 1, p) }.conj();
            for r in 0..k {
                a.set(r, j, a.get(r, j) - y.get(r, p) * v);
            }
        }
    }
}

/// The workspace [`gehrd`] needs for an `n x n` matrix.
pub fn gehrd_req<T: Scalar>(n: usize) -> WorkReq {
    gehrd_req_with::<T>(n, BLOCK)
}

/// [`gehrd_req`] for panels of `nb` columns.
pub fn gehrd_req_with<T: Scalar>(n: usize, nb: usize) -> WorkReq {
    let nb = nb.max(1);
    // Y (n x nb, larfb's W once Y is spent), T (nb x nb), the panel's scratch (nb).
    WorkReq::new::<T>(n * nb + nb * nb + nb).and(WorkReq::new::<T>(n.max(1)))
}

/// Reduces the `n x n` matrix `a` to upper Hessenberg form `Q^H A Q = H`
/// (`?gehrd`), blocked: panels of [`BLOCK`] columns by [`lahr2`], the trailing
/// matrix updated with Level-3 products, the last [`CROSSOVER`] columns by
/// [`gehd2`]. Only the block `ilo..ihi` is reduced (`a` upper triangular
/// outside it, as after [`gebal`](super::gebal)). On return the upper
/// Hessenberg part of `a` is H, the reflectors are below its subdiagonal,
/// and `tau` (`n - 1` entries) holds their scalars.
pub fn gehrd<T: Scalar>(ilo: usize, ihi: usize, a: MatMut<'_, T>, tau: &mut [T], par: Par, work: Workspace<'_>) {
    gehrd_with(ilo, ihi, a, tau, par, work, BLOCK, CROSSOVER)
}

/// [`gehrd`] with panels of `nb` columns and the unblocked code for the last
/// `nx` (blocking stops when the workspace is smaller than [`gehrd_req_with`] asks).
#[allow(clippy::too_many_arguments)]
pub fn gehrd_with<T: Scalar>(
    ilo: usize,
    ihi: usize,
    mut a: MatMut<'_, T>,
    tau: &mut [T],
    par: Par,
    mut work: Workspace<'_>,
    nb: usize,
    nx: usize,
) {
    let n = a.nrows();
    assert!(a.ncols() == n && ilo <= ihi && ihi <= n && tau.len() + 1 >= n, "gehrd: bad shapes or range");
    if n == 0 {
        return;
    }
    clear_tau(n, ilo, ihi, tau);
    let nh = ihi - ilo;
    if nh <= 1 {
        return;
    }
    let mut nb = nb.max(1);
    let nx = nx.max(nb);
    if nb < 2 || nb >= nh || nx >= nh || !work.fits(gehrd_req_with::<T>(n, nb)) {
        nb = 1;
    }
    let mut i = ilo;
    if nb > 1 {
        let l3 = Level3::new(par);
        let mut ws = work.rb_mut();
        let (buf, _) = ws.take::<T>(n * nb + nb * nb + nb);
        let (ybuf, rest) = buf.split_at_mut(n * nb);
        let (tbuf, rest) = rest.split_at_mut(nb * nb);
        let wbuf = &mut rest[..nb];
        // Panels while more than nx columns remain after them.
        while i + nx + 1 < ihi {
            let ib = nb.min(ihi - i - 1);
            let mut y = MatMut::from_col_major(&mut ybuf[..ihi * ib], ihi, ib, ihi);
            let mut t = MatMut::from_col_major(&mut tbuf[..ib * ib], ib, ib, ib);
            lahr2(
                i + 1,
                ib,
                a.rb_mut().submatrix(0, i, ihi, ihi - i),
                &mut tau[i..i + ib],
                t.rb_mut(),
                y.rb_mut(),
                wbuf,
            );
            // A(0:ihi, i+ib:ihi) -= Y V^H, V's rows i+ib.. (with its unit entry set).
            let ei = a.get(i + ib, i + ib - 1);
            a.set(i + ib, i + ib - 1, T::one());
            {
                let (left, right) = a.rb_mut().split_at_col(i + ib);
                l3.gemm(
                    Trans::No,
                    Trans::ConjTrans,
                    -T::one(),
                    y.rb(),
                    left.rb().submatrix(i + ib, i, ihi - i - ib, ib),
                    T::one(),
                    right.submatrix(0, 0, ihi, ihi - i - ib),
                );
            }
            a.set(i + ib, i + ib - 1, ei);
            // A(0:i+1, i+1:i+ib) -= Y(0:i+1, 0:ib-1) V1^H.
            if ib > 1 {
                let mut ytop = y.rb_mut().submatrix(0, 0, i + 1, ib - 1);
                l3.trmm(
                    Side::Right,
                    Uplo::Lower,
                    Trans::ConjTrans,
                    Diag::Unit,
                    T::one(),
                    a.rb().submatrix(i + 1, i, ib - 1, ib - 1),
                    ytop.rb_mut(),
                );
                for j in 0..ib - 1 {
                    for r in 0..=i {
                        a.set(r, i + 1 + j, a.get(r, i + 1 + j) - ytop.get(r, j));
                    }
                }
            }
            // The rest of the rows, from the left: A(i+1:ihi, i+ib:n) := H^H A.
            let (left, right) = a.rb_mut().split_at_col(i + ib);
            // Y is spent: its storage is larfb's W (ib x (n - i - ib) <= n x nb).
            let w = MatMut::from_col_major(&mut ybuf[..ib * (n - i - ib)], ib, n - i - ib, ib);
            larfb(
                Side::Left,
                Trans::ConjTrans,
                Direct::Forward,
                StoreV::Columnwise,
                left.rb().submatrix(i + 1, i, ihi - i - 1, ib),
                t.rb(),
                right.submatrix(i + 1, 0, ihi - i - 1, n - i - ib),
                w,
                par,
            );
            i += nb;
        }
    }
    let (w, _) = work.take::<T>(n);
    for c in i..ihi - 1 {
        reduce_column(&mut a, c, ihi, tau, w);
    }
}

/// The workspace [`orghr`] needs for an `n x n` Q with the block `ilo..ihi`.
pub fn orghr_req<T: Scalar>(ilo: usize, ihi: usize) -> WorkReq {
    let nh = ihi.saturating_sub(ilo + 1);
    orgqr_req_with::<T>(nh, nh, BLOCK)
}

/// Overwrites `a` (as [`gehrd`] left it) with the unitary Q of the reduction
/// (`?orghr`, `?unghr`): the identity outside the block `ilo + 1..ihi`, which
/// is generated by [`orgqr`](crate::qr::orgqr) from the reflectors shifted
/// one column right. `tau` holds `n - 1` entries.
pub fn orghr<T: Scalar>(ilo: usize, ihi: usize, mut a: MatMut<'_, T>, tau: &[T], par: Par, work: Workspace<'_>) {
    let n = a.nrows();
    assert!(a.ncols() == n && ilo <= ihi && ihi <= n, "orghr: bad shapes or range");
    if n == 0 {
        return;
    }
    let nh = ihi.saturating_sub(ilo + 1);
    // Shift the reflectors one column right; the border becomes the identity.
    for j in (ilo + 1..ihi).rev() {
        for i in 0..j {
            a.set(i, j, T::zero());
        }
        for i in j + 1..ihi {
            a.set(i, j, a.get(i, j - 1));
        }
        for i in ihi..n {
            a.set(i, j, T::zero());
        }
    }
    for j in (0..=ilo).chain(ihi..n) {
        if j >= n {
            continue;
        }
        for i in 0..n {
            a.set(i, j, T::zero());
        }
        a.set(j, j, T::one());
    }
    if nh > 0 {
        orgqr_with(a.submatrix(ilo + 1, ilo + 1, nh, nh), &tau[ilo..ilo + nh], par, work, BLOCK);
    }
}

/// The workspace [`ormhr`] needs to apply Q to an `m x n` C from `side`.
pub fn ormhr_req<T: Scalar>(side: Side, m: usize, n: usize, ilo: usize, ihi: usize) -> WorkReq {
    let nh = ihi.saturating_sub(ilo + 1);
    let (mi, ni) = if side == Side::Left { (nh, n) } else { (m, nh) };
    ormqr_req_with::<T>(side, mi, ni, nh, BLOCK)
}

/// `C := op(Q) C` (`Side::Left`) or `C op(Q)` (`Side::Right`), Q from
/// [`gehrd`] (`?ormhr`, `?unmhr`); `a` is the reduced matrix with its
/// reflectors (order `m` for the left side, `n` for the right), `tau` has
/// its order minus one entries. Only rows (columns) `ilo + 1..ihi` of C change.
#[allow(clippy::too_many_arguments)]
pub fn ormhr<T: Scalar>(
    side: Side,
    trans: Trans,
    ilo: usize,
    ihi: usize,
    a: MatRef<'_, T>,
    tau: &[T],
    c: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) {
    let (m, n) = (c.nrows(), c.ncols());
    let nh = ihi.saturating_sub(ilo + 1);
    if m == 0 || n == 0 || nh == 0 {
        return;
    }
    let v = a.submatrix(ilo + 1, ilo, nh, nh);
    let c = match side {
        Side::Left => c.submatrix(ilo + 1, 0, nh, n),
        Side::Right => c.submatrix(0, ilo + 1, m, nh),
    };
    ormqr_with(side, trans, v, &tau[ilo..ilo + nh], c, par, work, BLOCK);
}
