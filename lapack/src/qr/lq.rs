//! The LQ factorization `A = L Q` (`?gelqf`, `?gelq2`, and with its block
//! factors kept `?gelqt`, `?gelqt3`), generating its Q (`?orglq`/`?unglq`,
//! `?orgl2`/`?ungl2`) and applying it (`?ormlq`/`?unmlq`, `?orml2`/`?unml2`,
//! `?gemlqt`): the QR routines on `A^H` (see `oriented`).
//!
//! Storage, as the reference's: with `k = min(m, n)`, `Q = H(k-1)^H ...
//! H(0)^H`, `H(i) = I - tau_i v_i v_i^H`; row `i` holds `conj(v_i)` right of
//! the diagonal (the unit element, on it, implicit), and L is on and below
//! the diagonal.

use super::generate::org2r;
use super::oriented::{apply_block, apply_q, apply_q_unblocked, conj_in_place, conj_trans, flip, Reflectors};
use super::{geqr2, geqrf_req, geqrf_with, geqrt3, orgqr_req_with, orgqr_with, ormqr_req_with, Positive, BLOCK};
use crate::householder::{forward, larfb_forward, Direct, StoreV, Taus};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{MatMut, MatRef, Side, Trans};
use ferroblas_relapack::level3::Level3;
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// Unblocked LQ of the `m x n` matrix `a` (`?gelq2`), stored as the module
/// describes; `tau` holds `min(m, n)` elements, `work` `m`.
pub fn gelq2<T: Scalar>(mut a: MatMut<'_, T>, tau: &mut [T], work: &mut [T]) {
    conj_in_place(a.rb_mut());
    geqr2(a.rb_mut().transpose(), tau, Positive::No, work);
    conj_in_place(a);
}

/// The workspace [`gelqf`] needs for an `m x n` matrix.
pub fn gelqf_req<T: Scalar>(m: usize, n: usize) -> WorkReq {
    geqrf_req::<T>(n, m)
}

/// The LQ factorization `A = L Q` of the `m x n` matrix `a` (`?gelqf`),
/// blocked, each panel factored recursively; `tau` holds `min(m, n)` elements.
pub fn gelqf<T: Scalar>(a: MatMut<'_, T>, tau: &mut [T], par: Par, work: Workspace<'_>) {
    gelqf_with(a, tau, par, work, BLOCK)
}

/// [`gelqf`] with blocks of at most `nb` rows, fewer when `work` holds less
/// than `nb x m` elements; unblocked below 2 (`work` needs `m` elements then).
pub fn gelqf_with<T: Scalar>(mut a: MatMut<'_, T>, tau: &mut [T], par: Par, work: Workspace<'_>, nb: usize) {
    conj_in_place(a.rb_mut());
    geqrf_with(a.rb_mut().transpose(), tau, Positive::No, par, work, nb);
    conj_in_place(a);
}

/// Overwrites the `m x n` matrix `a` (`n >= m >= k = tau.len()`), whose first
/// `k` rows hold reflectors as [`gelq2`] leaves them, with the first `m` rows
/// of `Q = H(k-1)^H ... H(0)^H`, one reflector at a time (`?orgl2`,
/// `?ungl2`). `work` holds `m` elements.
pub fn orgl2<T: Scalar>(mut a: MatMut<'_, T>, tau: &[T], work: &mut [T]) {
    assert!(a.ncols() >= a.nrows() && a.nrows() >= tau.len(), "orgl2: needs n >= m >= k");
    conj_in_place(a.rb_mut());
    org2r(a.rb_mut().transpose(), tau, work);
    conj_in_place(a);
}

/// The workspace [`orglq`] needs for `m` rows and `k` reflectors.
pub fn orglq_req<T: Scalar>(m: usize, k: usize) -> WorkReq {
    orgqr_req_with::<T>(m, k, BLOCK)
}

/// [`orglq_req`] for blocks of `nb` reflectors ([`orglq_with`]).
pub fn orglq_req_with<T: Scalar>(m: usize, k: usize, nb: usize) -> WorkReq {
    orgqr_req_with::<T>(m, k, nb)
}

/// [`orgl2`] blocked (`?orglq`, `?unglq`).
pub fn orglq<T: Scalar>(a: MatMut<'_, T>, tau: &[T], par: Par, work: Workspace<'_>) {
    orglq_with(a, tau, par, work, BLOCK)
}

/// [`orglq`] with blocks of at most `nb` reflectors, fewer when `work` is
/// smaller than [`orglq_req`] asks; unblocked below 2 (`work` needs `m`
/// elements then).
pub fn orglq_with<T: Scalar>(mut a: MatMut<'_, T>, tau: &[T], par: Par, work: Workspace<'_>, nb: usize) {
    assert!(a.ncols() >= a.nrows() && a.nrows() >= tau.len(), "orglq: needs n >= m >= k");
    conj_in_place(a.rb_mut());
    orgqr_with(a.rb_mut().transpose(), tau, par, work, nb);
    conj_in_place(a);
}

/// The LQ reflectors of `a` (`k x nq`) as forward row-wise ones.
fn oriented<'a, T: Scalar>(a: MatRef<'a, T>, tau: &'a [T], side: Side, m: usize, n: usize) -> Reflectors<'a, T> {
    let k = tau.len();
    let nq = if side == Side::Left { m } else { n };
    assert!(a.ncols() >= nq && a.nrows() >= k && k <= nq, "ormlq: operand shapes disagree");
    Reflectors { v: a.submatrix(0, 0, k, nq), store: StoreV::Rowwise, tau: Taus::new(tau, Direct::Forward) }
}

/// `C := op(Q) C` (`Side::Left`) or `C op(Q)` (`Side::Right`), `Q = H(k-1)^H
/// ... H(0)^H` from the `k = tau.len()` reflectors in the rows of `a` as
/// [`gelq2`] leaves them (`a` has `m` columns for the left side, `n` for the
/// right), one reflector at a time (`?orml2`, `?unml2`). `work` holds `n`
/// (left) or `m` (right) elements.
pub fn orml2<T: Scalar>(side: Side, trans: Trans, a: MatRef<'_, T>, tau: &[T], c: MatMut<'_, T>, work: &mut [T]) {
    let r = oriented(a, tau, side, c.nrows(), c.ncols());
    apply_q_unblocked(side, flip(conj_trans(trans)), r, c, work)
}

/// The workspace [`ormlq`] needs to apply `k` reflectors to an `m x n` C.
pub fn ormlq_req<T: Scalar>(side: Side, m: usize, n: usize, k: usize) -> WorkReq {
    ormqr_req_with::<T>(side, m, n, k, BLOCK)
}

/// [`ormlq_req`] for blocks of `nb` reflectors ([`ormlq_with`]).
pub fn ormlq_req_with<T: Scalar>(side: Side, m: usize, n: usize, k: usize, nb: usize) -> WorkReq {
    ormqr_req_with::<T>(side, m, n, k, nb)
}

/// [`orml2`] blocked (`?ormlq`, `?unmlq`).
pub fn ormlq<T: Scalar>(
    side: Side,
    trans: Trans,
    a: MatRef<'_, T>,
    tau: &[T],
    c: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) {
    ormlq_with(side, trans, a, tau, c, par, work, BLOCK)
}

/// [`ormlq`] with blocks of at most `nb` reflectors, fewer when `work` is
/// smaller than [`ormlq_req`] asks; one at a time below 2 (`work` needs `n`
/// (left) or `m` (right) elements then).
#[allow(clippy::too_many_arguments)]
pub fn ormlq_with<T: Scalar>(
    side: Side,
    trans: Trans,
    a: MatRef<'_, T>,
    tau: &[T],
    c: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
    nb: usize,
) {
    let r = oriented(a, tau, side, c.nrows(), c.ncols());
    apply_q(side, flip(conj_trans(trans)), r, c, par, work, nb)
}

/// The recursive LQ of an `m x n` matrix with `n >= m` and the `m x m` upper
/// triangular T of its block reflector (`?gelqt3`): `Q^H = H(0) ... H(m-1) =
/// I - V T V^H`, V's columns the conjugated rows of the reflectors. L and the
/// reflectors overwrite `a` as [`gelq2`] leaves them; only T's upper triangle
/// is written.
pub fn gelqt3<T: Scalar>(mut a: MatMut<'_, T>, t: MatMut<'_, T>, par: Par) {
    conj_in_place(a.rb_mut());
    geqrt3(a.rb_mut().transpose(), t, par);
    conj_in_place(a);
}

/// LQ keeping every block's triangular factor (`?gelqt`): blocks of `mb`
/// rows (`1 <= mb <= min(m, n)` when `min(m, n) > 0`), block `b`'s T in
/// columns `b mb ..` of the `mb x min(m, n)` array `t`. `work` holds at
/// least `mb` elements (the reference's `mb x n` is plenty; a shorter one
/// only splits the updates).
pub fn gelqt<T: Scalar>(mut a: MatMut<'_, T>, mut t: MatMut<'_, T>, par: Par, work: &mut [T]) {
    let (m, n) = (a.nrows(), a.ncols());
    let k = m.min(n);
    if k == 0 {
        return;
    }
    let mb = t.nrows();
    assert!(mb >= 1 && t.ncols() >= k && work.len() >= mb.min(k), "gelqt: T or work is too small");
    let l3 = Level3::new(par);
    let mut i = 0;
    while i < k {
        let ib = mb.min(k - i);
        let (top, rest) = a.rb_mut().submatrix(i, i, m - i, n - i).split_at_row(ib);
        let mut top = top;
        let mut tb = t.rb_mut().submatrix(0, i, ib, ib);
        gelqt3(top.rb_mut(), tb.rb_mut(), par);
        // The rows below take Q_b = I - V T V^H from the right, in chunks
        // of rows that fit `work` (ib columns each).
        let f = forward(Direct::Forward, StoreV::Rowwise, top.rb());
        let rows = rest.nrows();
        let chunk = (work.len() / ib).max(1);
        let mut rest = rest;
        let mut r0 = 0;
        while r0 < rows {
            let r = chunk.min(rows - r0);
            let w = MatMut::from_col_major(&mut work[..r * ib], r, ib, r);
            larfb_forward(Side::Right, Trans::No, f, tb.rb(), rest.rb_mut().submatrix(r0, 0, r, n - i), w, &l3);
            r0 += r;
        }
        i += ib;
    }
}

/// [`ormlq`] with the triangular factors [`gelqt`] kept (`?gemlqt`): `v`
/// (`k x nq`) holds the `k` reflectors, `t` (`mb x k`) block `b`'s T in
/// columns `b mb ..`. `work` holds `mb x n` (left) or `m x mb` (right)
/// elements.
#[allow(clippy::too_many_arguments)]
pub fn gemlqt<T: Scalar>(
    side: Side,
    trans: Trans,
    v: MatRef<'_, T>,
    t: MatRef<'_, T>,
    mut c: MatMut<'_, T>,
    par: Par,
    work: &mut [T],
) {
    let trans = flip(conj_trans(trans));
    let (m, n) = (c.nrows(), c.ncols());
    let k = v.nrows();
    let (nq, nw) = if side == Side::Left { (m, n) } else { (n, m) };
    let mb = t.nrows();
    assert!(v.ncols() >= nq && k <= nq && t.ncols() >= k && (k == 0 || mb >= 1), "gemlqt: operand shapes disagree");
    if m == 0 || n == 0 || k == 0 {
        return;
    }
    assert!(work.len() >= mb.min(k) * nw, "gemlqt: work is too small");
    let l3 = Level3::new(par);
    let nblocks = k.div_ceil(mb);
    let first_to_last = (side == Side::Left) == (trans != Trans::No);
    for b in 0..nblocks {
        let i = if first_to_last { b * mb } else { (nblocks - 1 - b) * mb };
        let ib = mb.min(k - i);
        let f = forward(Direct::Forward, StoreV::Rowwise, v.submatrix(i, i, ib, nq - i));
        apply_block(side, trans, f, t.submatrix(0, i, ib, ib), c.rb_mut(), i, work, &l3);
    }
}
