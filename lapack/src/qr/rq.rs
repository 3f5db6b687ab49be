//! The RQ factorization `A = R Q` (`?gerqf`, `?gerq2`), generating its Q
//! (`?orgrq`/`?ungrq`, `?orgr2`/`?ungr2`) and applying it (`?ormrq`/`?unmrq`,
//! `?ormr2`/`?unmr2`): QL of `A^H`, i.e. the QR routines on `A^H` with its
//! rows and columns reversed (see `oriented`).
//!
//! Storage, as the reference's: with `k = min(m, n)`, `Q = H(0)^H H(1)^H ...
//! H(k-1)^H`, `H(i) = I - tau_i v_i v_i^H`; reflector `i` lives in row
//! `m - k + i`, its unit element in column `n - k + i` (implicit), `conj(v_i)`
//! left of it. R is on and above the `(n - m)`-th superdiagonal (`m <= n`),
//! or on and above the `(m - n)`-th subdiagonal (`m >= n`).

use super::generate::{org2r_taus, orgqr_taus};
use super::oriented::{apply_q, apply_q_unblocked, conj_in_place, conj_trans, flip, Reflectors};
use super::{geqr2, geqrf_req, geqrf_with, orgqr_req_with, ormqr_req_with, Positive, BLOCK};
use crate::householder::{Direct, StoreV, Taus};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{MatMut, MatRef, Side, Trans};
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// Unblocked RQ of the `m x n` matrix `a` (`?gerq2`), stored as the module
/// describes; `tau` holds `min(m, n)` elements, `work` `m`.
pub fn gerq2<T: Scalar>(mut a: MatMut<'_, T>, tau: &mut [T], work: &mut [T]) {
    let k = a.nrows().min(a.ncols());
    conj_in_place(a.rb_mut());
    geqr2(a.rb_mut().transpose().reversed(), tau, Positive::No, work);
    tau[..k].reverse();
    conj_in_place(a);
}

/// The workspace [`gerqf`] needs for an `m x n` matrix.
pub fn gerqf_req<T: Scalar>(m: usize, n: usize) -> WorkReq {
    geqrf_req::<T>(n, m)
}

/// The RQ factorization `A = R Q` of the `m x n` matrix `a` (`?gerqf`),
/// blocked, each panel factored recursively; `tau` holds `min(m, n)` elements.
pub fn gerqf<T: Scalar>(a: MatMut<'_, T>, tau: &mut [T], par: Par, work: Workspace<'_>) {
    gerqf_with(a, tau, par, work, BLOCK)
}

/// [`gerqf`] with blocks of at most `nb` rows, fewer when `work` holds less
/// than `nb x m` elements; unblocked below 2 (`work` needs `m` elements then).
pub fn gerqf_with<T: Scalar>(mut a: MatMut<'_, T>, tau: &mut [T], par: Par, work: Workspace<'_>, nb: usize) {
    let k = a.nrows().min(a.ncols());
    conj_in_place(a.rb_mut());
    geqrf_with(a.rb_mut().transpose().reversed(), tau, Positive::No, par, work, nb);
    tau[..k].reverse();
    conj_in_place(a);
}

/// Overwrites the `m x n` matrix `a` (`n >= m >= k = tau.len()`), whose last
/// `k` rows hold reflectors as [`gerq2`] leaves them, with the last `m` rows
/// of `Q = H(0)^H ... H(k-1)^H`, one reflector at a time (`?orgr2`,
/// `?ungr2`). `work` holds `m` elements.
pub fn orgr2<T: Scalar>(mut a: MatMut<'_, T>, tau: &[T], work: &mut [T]) {
    assert!(a.ncols() >= a.nrows() && a.nrows() >= tau.len(), "orgr2: needs n >= m >= k");
    conj_in_place(a.rb_mut());
    org2r_taus(a.rb_mut().transpose().reversed(), Taus::new(tau, Direct::Backward), work);
    conj_in_place(a);
}

/// The workspace [`orgrq`] needs for `m` rows and `k` reflectors.
pub fn orgrq_req<T: Scalar>(m: usize, k: usize) -> WorkReq {
    orgqr_req_with::<T>(m, k, BLOCK)
}

/// [`orgrq_req`] for blocks of `nb` reflectors ([`orgrq_with`]).
pub fn orgrq_req_with<T: Scalar>(m: usize, k: usize, nb: usize) -> WorkReq {
    orgqr_req_with::<T>(m, k, nb)
}

/// [`orgr2`] blocked (`?orgrq`, `?ungrq`).
pub fn orgrq<T: Scalar>(a: MatMut<'_, T>, tau: &[T], par: Par, work: Workspace<'_>) {
    orgrq_with(a, tau, par, work, BLOCK)
}

/// [`orgrq`] with blocks of at most `nb` reflectors, fewer when `work` is
/// smaller than [`orgrq_req`] asks; unblocked below 2 (`work` needs `m`
/// elements then).
pub fn orgrq_with<T: Scalar>(mut a: MatMut<'_, T>, tau: &[T], par: Par, work: Workspace<'_>, nb: usize) {
    assert!(a.ncols() >= a.nrows() && a.nrows() >= tau.len(), "orgrq: needs n >= m >= k");
    conj_in_place(a.rb_mut());
    orgqr_taus(a.rb_mut().transpose().reversed(), Taus::new(tau, Direct::Backward), par, work, nb);
    conj_in_place(a);
}

/// The RQ reflectors of `a` (`k x nq`) as forward row-wise ones.
fn oriented<'a, T: Scalar>(a: MatRef<'a, T>, tau: &'a [T], side: Side, m: usize, n: usize) -> Reflectors<'a, T> {
    let k = tau.len();
    let nq = if side == Side::Left { m } else { n };
    assert!(a.ncols() >= nq && a.nrows() >= k && k <= nq, "ormrq: operand shapes disagree");
    Reflectors { v: a.submatrix(0, 0, k, nq).reversed(), store: StoreV::Rowwise, tau: Taus::new(tau, Direct::Backward) }
}

/// `C := op(Q) C` (`Side::Left`) or `C op(Q)` (`Side::Right`), `Q = H(0)^H
/// ... H(k-1)^H` from the `k = tau.len()` reflectors in the rows of `a` as
/// [`gerq2`] leaves them (`a` has `m` columns for the left side, `n` for the
/// right), one reflector at a time (`?ormr2`, `?unmr2`). `work` holds `n`
/// (left) or `m` (right) elements.
pub fn ormr2<T: Scalar>(side: Side, trans: Trans, a: MatRef<'_, T>, tau: &[T], c: MatMut<'_, T>, work: &mut [T]) {
    let r = oriented(a, tau, side, c.nrows(), c.ncols());
    apply_q_unblocked(side, flip(conj_trans(trans)), r, c.reversed(), work)
}

/// The workspace [`ormrq`] needs to apply `k` reflectors to an `m x n` C.
pub fn ormrq_req<T: Scalar>(side: Side, m: usize, n: usize, k: usize) -> WorkReq {
    ormqr_req_with::<T>(side, m, n, k, BLOCK)
}

/// [`ormrq_req`] for blocks of `nb` reflectors ([`ormrq_with`]).
pub fn ormrq_req_with<T: Scalar>(side: Side, m: usize, n: usize, k: usize, nb: usize) -> WorkReq {
    ormqr_req_with::<T>(side, m, n, k, nb)
}

/// [`ormr2`] blocked (`?ormrq`, `?unmrq`).
pub fn ormrq<T: Scalar>(
    side: Side,
    trans: Trans,
    a: MatRef<'_, T>,
    tau: &[T],
    c: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) {
    ormrq_with(side, trans, a, tau, c, par, work, BLOCK)
}

/// [`ormrq`] with blocks of at most `nb` reflectors, fewer when `work` is
/// smaller than [`ormrq_req`] asks; one at a time below 2 (`work` needs `n`
/// (left) or `m` (right) elements then).
#[allow(clippy::too_many_arguments)]
pub fn ormrq_with<T: Scalar>(
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
    apply_q(side, flip(conj_trans(trans)), r, c.reversed(), par, work, nb)
}
