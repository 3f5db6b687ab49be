//! The machinery QL, LQ and RQ share with QR: each of them is a QR in a
//! different orientation of the same storage.
//!
//! - QL is QR of A with its rows and columns reversed (a view): the
//!   reflectors' unit elements, at the bottom of the last columns, land on the
//!   diagonal, and the taus come in the opposite order.
//! - LQ is QR of `A^H`: the transposed view, with the conjugation done in
//!   place (an `O(mn)` pass before and after, against the `O(mn^2)` work);
//!   A's rows hold the reflectors conjugated, exactly as `?gelqf` leaves them.
//! - RQ is QL of `A^H`: both at once.
//!
//! Applying Q needs no conjugation pass, since the block reflectors take
//! row-wise storage (`V^H`) directly; only the order and the transposition
//! change.

use super::apply::fit_block;
use super::capacity;
use crate::householder::{apply_left_unit, apply_right_unit, forward, larfb_forward, larft_forward};
use crate::householder::{Direct, Forward, StoreV, Taus};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{MatMut, MatRef, Side, Trans};
use ferroblas_relapack::level3::Level3;
use ferroblas_relapack::{Par, Workspace};

/// Conjugates every element of `a` in place (nothing for a real type).
pub(crate) fn conj_in_place<T: Scalar>(mut a: MatMut<'_, T>) {
    if !T::IS_COMPLEX {
        return;
    }
    for j in 0..a.ncols() {
        for i in 0..a.nrows() {
            a.set(i, j, a.get(i, j).conj());
        }
    }
}

/// `N` for `C` and `C` for `N` (`T` on a real type counts as `C`).
pub(crate) fn flip(trans: Trans) -> Trans {
    if trans == Trans::No {
        Trans::ConjTrans
    } else {
        Trans::No
    }
}

/// `k` reflectors in forward (QR) orientation: column `i` (column-wise) or
/// row `i` (row-wise, holding `v_i^H`) of `v` holds reflector `i`, its unit
/// element on the diagonal; `Q = H(0) ... H(k-1)`.
#[derive(Clone, Copy)]
pub(crate) struct Reflectors<'a, T> {
    pub(crate) v: MatRef<'a, T>,
    pub(crate) store: StoreV,
    pub(crate) tau: Taus<'a, T>,
}

impl<'a, T: Scalar> Reflectors<'a, T> {
    /// Reflectors `i..i+ib`, restricted to the rows (columns) `i..` where they live.
    fn block(&self, i: usize, ib: usize, nq: usize) -> Forward<'a, T> {
        let v = match self.store {
            StoreV::Columnwise => self.v.submatrix(i, i, nq - i, ib),
            StoreV::Rowwise => self.v.submatrix(i, i, ib, nq - i),
        };
        forward(Direct::Forward, self.store, v)
    }
}

/// `C := op(Q) C` (`Side::Left`) or `C op(Q)` (`Side::Right`), `trans` `No`
/// or `ConjTrans`, for the forward-oriented `Q` of `r`: blocks of at most `nb`
/// reflectors applied with Level-3 products (fewer when `work` is short), one
/// at a time below 2 (`work` then needs `n` (left) or `m` (right) elements).
pub(crate) fn apply_q<T: Scalar>(
    side: Side,
    trans: Trans,
    r: Reflectors<'_, T>,
    mut c: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
    nb: usize,
) {
    let (m, n, k) = (c.nrows(), c.ncols(), r.tau.len());
    let (nq, nw) = if side == Side::Left { (m, n) } else { (n, m) };
    if m == 0 || n == 0 || k == 0 {
        return;
    }
    let l3 = Level3::new(par);
    let first_to_last = first_to_last(side, trans);
    let nb = fit_block(nb.min(k), nw, capacity::<T>(&work));
    if nb < 2 {
        let (w, _) = work.take::<T>(nw);
        return apply_q_unblocked(side, trans, r, c, w);
    }
    let (buf, _) = work.take::<T>(nb * nb + nb * nw);
    let (tbuf, wbuf) = buf.split_at_mut(nb * nb);
    for i in block_starts(k, nb, first_to_last) {
        let ib = nb.min(k - i);
        let mut t = MatMut::from_col_major(&mut tbuf[..ib * ib], ib, ib, ib);
        let f = r.block(i, ib, nq);
        larft_forward(f, r.tau.range(i, i + ib), t.rb_mut(), &l3);
        apply_block(side, trans, f, t.rb(), c.rb_mut(), i, wbuf, &l3);
    }
}

/// Whether the reflectors go first to last: `H(0)` comes first for `Q^H C` and `C Q`.
fn first_to_last(side: Side, trans: Trans) -> bool {
    (side == Side::Left) == (trans != Trans::No)
}

/// The starts of the blocks of `nb` among `k` reflectors, in the order they apply.
fn block_starts(k: usize, nb: usize, forward: bool) -> impl Iterator<Item = usize> {
    let n = k.div_ceil(nb);
    (0..n).map(move |b| if forward { b * nb } else { (n - 1 - b) * nb })
}

/// [`apply_q`] one reflector at a time; `work` holds `n` (left) or `m` (right) elements.
pub(crate) fn apply_q_unblocked<T: Scalar>(
    side: Side,
    trans: Trans,
    r: Reflectors<'_, T>,
    mut c: MatMut<'_, T>,
    w: &mut [T],
) {
    let (m, n, k) = (c.nrows(), c.ncols(), r.tau.len());
    let nq = if side == Side::Left { m } else { n };
    if m == 0 || n == 0 || k == 0 {
        return;
    }
    let l3 = Level3::new(Par::Seq);
    for i in block_starts(k, 1, first_to_last(side, trans)) {
        let t = if trans == Trans::No { r.tau.get(i) } else { r.tau.get(i).conj() };
        match r.store {
            StoreV::Columnwise => {
                let tail = r.v.submatrix(i + 1, i, nq - i - 1, 1).col(0);
                match side {
                    Side::Left => apply_left_unit(t, tail, c.rb_mut().submatrix(i, 0, m - i, n), w),
                    Side::Right => apply_right_unit(t, tail, c.rb_mut().submatrix(0, i, m, n - i), w),
                }
            }
            StoreV::Rowwise => {
                // The stored row is v^H; a one-reflector block takes it as it is.
                let tt = [r.tau.get(i)];
                let tm = MatRef::from_col_major(&tt, 1, 1, 1);
                apply_block(side, trans, r.block(i, 1, nq), tm, c.rb_mut(), i, w, &l3);
            }
        }
    }
}

/// Applies one block reflector (reflectors `i..i+ib`) to the rows (left) or
/// columns (right) `i..` of C.
#[allow(clippy::too_many_arguments)]
pub(crate) fn apply_block<T: Scalar>(
    side: Side,
    trans: Trans,
    f: Forward<'_, T>,
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

/// `Trans::Trans` on a real type is `Q^T = Q^H`; normalise it.
pub(crate) fn conj_trans(trans: Trans) -> Trans {
    if trans == Trans::No {
        Trans::No
    } else {
        Trans::ConjTrans
    }
}
