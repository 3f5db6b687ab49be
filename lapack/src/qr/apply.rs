//! Applying Q from a QR factorization to a matrix: `Q C`, `Q^H C`, `C Q`,
//! `C Q^H` (`?ormqr`/`?unmqr`, `?orm2r`/`?unm2r`, and `?gemqrt` with the
//! triangular factors `?geqrt` kept).

use super::{capacity, BLOCK};
use crate::householder::{
    apply_left_unit, apply_right_unit, forward, larfb_forward, larft_forward, Direct, StoreV, Taus,
};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{MatMut, MatRef, Side, Trans};
use ferroblas_relapack::level3::Level3;
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// `Trans::Trans` on a real type is `Q^T = Q^H`; normalise it.
fn conj_trans(trans: Trans) -> Trans {
    if trans == Trans::No {
        Trans::No
    } else {
        Trans::ConjTrans
    }
}

/// Whether the reflectors (or blocks) are applied first to last: `Q^H C`
/// and `C Q` meet `H(0)` first.
fn first_to_last(side: Side, trans: Trans) -> bool {
    (side == Side::Left) == (trans != Trans::No)
}

/// The order of `count` blocks of `nb` (starts), as [`first_to_last`] says.
fn block_starts(k: usize, nb: usize, forward: bool) -> impl Iterator<Item = usize> {
    let n = k.div_ceil(nb);
    (0..n).map(move |b| if forward { b * nb } else { (n - 1 - b) * nb })
}

/// `C := op(Q) C` (`Side::Left`) or `C op(Q)` (`Side::Right`), `Q = H(0) ...
/// H(k-1)` from the `k = tau.len()` reflectors in the columns of `a` (as
/// [`geqr2`](super::geqr2) leaves them; `a` has `m` rows for the left side,
/// `n` for the right), one reflector at a time (`?orm2r`, `?unm2r`). `work`
/// holds `n` (left) or `m` (right) elements.
pub fn orm2r<T: Scalar>(side: Side, trans: Trans, a: MatRef<'_, T>, tau: &[T], mut c: MatMut<'_, T>, work: &mut [T]) {
    let trans = conj_trans(trans);
    let (m, n, k) = (c.nrows(), c.ncols(), tau.len());
    let nq = if side == Side::Left { m } else { n };
    assert!(a.nrows() >= nq && a.ncols() >= k && k <= nq, "orm2r: operand shapes disagree");
    for i in block_starts(k, 1, first_to_last(side, trans)) {
        let t = if trans == Trans::No { tau[i] } else { tau[i].conj() };
        let tail = a.submatrix(i + 1, i, nq - i - 1, 1).col(0);
        match side {
            Side::Left => apply_left_unit(t, tail, c.rb_mut().submatrix(i, 0, m - i, n), work),
            Side::Right => apply_right_unit(t, tail, c.rb_mut().submatrix(0, i, m, n - i), work),
        }
    }
}

/// The block size [`ormqr_with`] can use with `cap` elements of workspace
/// for `nw` rows of W: `nb x nb` for T and `nb x nw` for W.
pub(super) fn fit_block(nb: usize, nw: usize, cap: usize) -> usize {
    let mut nb = nb.max(1);
    while nb >= 2 && nb * nb + nb * nw > cap {
        nb = (cap / (nw + nb)).min(nb - 1);
    }
    nb
}

/// The workspace [`ormqr`] needs to apply `k` reflectors to an `m x n` C from
/// the `side`: T (`nb x nb`) and W (`nb x n` left, `nb x m` right).
pub fn ormqr_req<T: Scalar>(side: Side, m: usize, n: usize, k: usize) -> WorkReq {
    ormqr_req_with::<T>(side, m, n, k, BLOCK)
}

/// [`ormqr_req`] for blocks of `nb` reflectors ([`ormqr_with`]).
pub fn ormqr_req_with<T: Scalar>(side: Side, m: usize, n: usize, k: usize, nb: usize) -> WorkReq {
    let nw = if side == Side::Left { n } else { m };
    let nb = nb.min(k).max(1);
    if nb < 2 {
        return WorkReq::new::<T>(nw.max(1));
    }
    WorkReq::new::<T>(nb * nb + nb * nw)
}

/// [`orm2r`] blocked (`?ormqr`, `?unmqr`): [`BLOCK`] reflectors at a time as
/// one block reflector, applied with Level-3 products.
pub fn ormqr<T: Scalar>(
    side: Side,
    trans: Trans,
    a: MatRef<'_, T>,
    tau: &[T],
    c: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) {
    ormqr_with(side, trans, a, tau, c, par, work, BLOCK)
}

/// [`ormqr`] with blocks of at most `nb` reflectors, fewer when `work` is
/// smaller than [`ormqr_req`] asks; one at a time below 2 (`work` needs `n`
/// (left) or `m` (right) elements then).
#[allow(clippy::too_many_arguments)]
pub fn ormqr_with<T: Scalar>(
    side: Side,
    trans: Trans,
    a: MatRef<'_, T>,
    tau: &[T],
    mut c: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
    nb: usize,
) {
    let trans = conj_trans(trans);
    let (m, n, k) = (c.nrows(), c.ncols(), tau.len());
    let (nq, nw) = if side == Side::Left { (m, n) } else { (n, m) };
    assert!(a.nrows() >= nq && a.ncols() >= k && k <= nq, "ormqr: operand shapes disagree");
    if m == 0 || n == 0 || k == 0 {
        return;
    }
    let nb = fit_block(nb.min(k), nw, capacity::<T>(&work));
    if nb < 2 {
        let (w, _) = work.take::<T>(nw);
        return orm2r(side, trans, a, tau, c, w);
    }
    let (buf, _) = work.take::<T>(nb * nb + nb * nw);
    let (tbuf, wbuf) = buf.split_at_mut(nb * nb);
    let l3 = Level3::new(par);
    for i in block_starts(k, nb, first_to_last(side, trans)) {
        let ib = nb.min(k - i);
        let mut t = MatMut::from_col_major(&mut tbuf[..ib * ib], ib, ib, ib);
        let f = forward(Direct::Forward, StoreV::Columnwise, a.submatrix(i, i, nq - i, ib));
        larft_forward(f, Taus::new(&tau[i..i + ib], Direct::Forward), t.rb_mut(), &l3);
        apply_block(side, trans, f, t.rb(), c.rb_mut(), i, wbuf, &l3);
    }
}

/// Applies one block reflector (reflectors `i..i+ib` of a QR) to the rows
/// (left) or columns (right) `i..` of C.
#[allow(clippy::too_many_arguments)]
fn apply_block<T: Scalar>(
    side: Side,
    trans: Trans,
    f: crate::householder::Forward<'_, T>,
    t: MatRef<'_, T>,
    c: MatMut<'_, T>,
    i: usize,
    wbuf: &mut [T],
    l3: &Level3,
) {
    let (m, n) = (c.nrows(), c.ncols());
    let ib = t.nrows();
    match side {
        Side::Left => {
            let w = MatMut::from_col_major(&mut wbuf[..ib * n], ib, n, ib);
            larfb_forward(side, trans, f, t, c.submatrix(i, 0, m - i, n), w, l3);
        }
        Side::Right => {
            let w = MatMut::from_col_major(&mut wbuf[..m * ib], m, ib, m.max(1));
            larfb_forward(side, trans, f, t, c.submatrix(0, i, m, n - i), w, l3);
        }
    }
}

/// [`ormqr`] with the triangular factors [`geqrt`](super::geqrt) kept
/// (`?gemqrt`): `v` holds the `k` reflectors, `t` (`nb x k`) block `b`'s T
/// in columns `b nb ..`. `work` holds `nb x n` (left) or `m x nb` (right)
/// elements.
#[allow(clippy::too_many_arguments)]
pub fn gemqrt<T: Scalar>(
    side: Side,
    trans: Trans,
    v: MatRef<'_, T>,
    t: MatRef<'_, T>,
    mut c: MatMut<'_, T>,
    par: Par,
    work: &mut [T],
) {
    let trans = conj_trans(trans);
    let (m, n) = (c.nrows(), c.ncols());
    let k = v.ncols();
    let (nq, nw) = if side == Side::Left { (m, n) } else { (n, m) };
    let nb = t.nrows();
    assert!(v.nrows() >= nq && k <= nq && t.ncols() >= k && (k == 0 || nb >= 1), "gemqrt: operand shapes disagree");
    if m == 0 || n == 0 || k == 0 {
        return;
    }
    assert!(work.len() >= nb.min(k) * nw, "gemqrt: work is too small");
    let l3 = Level3::new(par);
    for i in block_starts(k, nb, first_to_last(side, trans)) {
        let ib = nb.min(k - i);
        let f = forward(Direct::Forward, StoreV::Columnwise, v.submatrix(i, i, nq - i, ib));
        apply_block(side, trans, f, t.submatrix(0, i, ib, ib), c.rb_mut(), i, work, &l3);
    }
}
