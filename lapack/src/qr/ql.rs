//! The QL factorization `A = Q L` (`?geqlf`, `?geql2`), generating its Q
//! (`?orgql`/`?ungql`, `?org2l`/`?ung2l`) and applying it (`?ormql`/`?unmql`,
//! `?orm2l`/`?unm2l`): the QR routines on A with its rows and columns
//! reversed (see `oriented`).
//!
//! Storage, as the reference's: with `k = min(m, n)`, `Q = H(k-1) ... H(1)
//! H(0)`, `H(i) = I - tau_i v_i v_i^H`; reflector `i` lives in column
//! `n - k + i`, its unit element in row `m - k + i` (implicit), its entries
//! above in the rows above, and zeros below. L is on and below the
//! `(n - m)`-th superdiagonal (`m <= n`), or in the last `n` rows (`m >= n`).

use super::generate::{org2r_taus, orgqr_taus};
use super::oriented::{apply_q, apply_q_unblocked, conj_trans, Reflectors};
use super::{geqr2, geqrf_req, geqrf_with, orgqr_req_with, ormqr_req_with, Positive, BLOCK};
use crate::householder::{Direct, StoreV, Taus};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{MatMut, MatRef, Side, Trans};
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// Unblocked QL of the `m x n` matrix `a` (`?geql2`), stored as the module
/// describes; `tau` holds `min(m, n)` elements, `work` `n`.
pub fn geql2<T: Scalar>(a: MatMut<'_, T>, tau: &mut [T], work: &mut [T]) {
    let k = a.nrows().min(a.ncols());
    geqr2(a.reversed(), tau, Positive::No, work);
    tau[..k].reverse();
}

/// The workspace [`geqlf`] needs for an `m x n` matrix.
pub fn geqlf_req<T: Scalar>(m: usize, n: usize) -> WorkReq {
    geqrf_req::<T>(m, n)
}

/// The QL factorization `A = Q L` of the `m x n` matrix `a` (`?geqlf`),
/// blocked, each panel factored recursively; `tau` holds `min(m, n)` elements.
pub fn geqlf<T: Scalar>(a: MatMut<'_, T>, tau: &mut [T], par: Par, work: Workspace<'_>) {
    geqlf_with(a, tau, par, work, BLOCK)
}

/// [`geqlf`] with blocks of at most `nb` columns, fewer when `work` holds less
/// than `nb x n` elements; unblocked below 2 (`work` needs `n` elements then).
pub fn geqlf_with<T: Scalar>(a: MatMut<'_, T>, tau: &mut [T], par: Par, work: Workspace<'_>, nb: usize) {
    let k = a.nrows().min(a.ncols());
    geqrf_with(a.reversed(), tau, Positive::No, par, work, nb);
    tau[..k].reverse();
}

/// Overwrites the `m x n` matrix `a` (`m >= n >= k = tau.len()`), whose last
/// `k` columns hold reflectors as [`geql2`] leaves them, with the last `n`
/// columns of `Q = H(k-1) ... H(0)`, one reflector at a time (`?org2l`,
/// `?ung2l`). `work` holds `n` elements.
pub fn org2l<T: Scalar>(a: MatMut<'_, T>, tau: &[T], work: &mut [T]) {
    assert!(a.nrows() >= a.ncols() && a.ncols() >= tau.len(), "org2l: needs m >= n >= k");
    org2r_taus(a.reversed(), Taus::new(tau, Direct::Backward), work)
}

/// The workspace [`orgql`] needs for `n` columns and `k` reflectors.
pub fn orgql_req<T: Scalar>(n: usize, k: usize) -> WorkReq {
    orgqr_req_with::<T>(n, k, BLOCK)
}

/// [`orgql_req`] for blocks of `nb` reflectors ([`orgql_with`]).
pub fn orgql_req_with<T: Scalar>(n: usize, k: usize, nb: usize) -> WorkReq {
    orgqr_req_with::<T>(n, k, nb)
}

/// [`org2l`] blocked (`?orgql`, `?ungql`).
pub fn orgql<T: Scalar>(a: MatMut<'_, T>, tau: &[T], par: Par, work: Workspace<'_>) {
    orgql_with(a, tau, par, work, BLOCK)
}

/// [`orgql`] with blocks of at most `nb` reflectors, fewer when `work` is
/// smaller than [`orgql_req`] asks; unblocked below 2 (`work` needs `n`
/// elements then).
pub fn orgql_with<T: Scalar>(a: MatMut<'_, T>, tau: &[T], par: Par, work: Workspace<'_>, nb: usize) {
    assert!(a.nrows() >= a.ncols() && a.ncols() >= tau.len(), "orgql: needs m >= n >= k");
    orgqr_taus(a.reversed(), Taus::new(tau, Direct::Backward), par, work, nb)
}

/// The QL reflectors of `a` (`nq x k`) as forward ones, with C in the
/// matching orientation.
fn oriented<'a, T: Scalar>(a: MatRef<'a, T>, tau: &'a [T], side: Side, m: usize, n: usize) -> Reflectors<'a, T> {
    let k = tau.len();
    let nq = if side == Side::Left { m } else { n };
    assert!(a.nrows() >= nq && a.ncols() >= k && k <= nq, "ormql: operand shapes disagree");
    Reflectors {
        v: a.submatrix(0, 0, nq, k).reversed(),
        store: StoreV::Columnwise,
        tau: Taus::new(tau, Direct::Backward),
    }
}

/// `C := op(Q) C` (`Side::Left`) or `C op(Q)` (`Side::Right`), `Q = H(k-1)
/// ... H(0)` from the `k = tau.len()` reflectors in the columns of `a` as
/// [`geql2`] leaves them (`a` has `m` rows for the left side, `n` for the
/// right), one reflector at a time (`?orm2l`, `?unm2l`). `work` holds `n`
/// (left) or `m` (right) elements.
pub fn orm2l<T: Scalar>(side: Side, trans: Trans, a: MatRef<'_, T>, tau: &[T], c: MatMut<'_, T>, work: &mut [T]) {
    let r = oriented(a, tau, side, c.nrows(), c.ncols());
    apply_q_unblocked(side, conj_trans(trans), r, c.reversed(), work)
}

/// The workspace [`ormql`] needs to apply `k` reflectors to an `m x n` C.
pub fn ormql_req<T: Scalar>(side: Side, m: usize, n: usize, k: usize) -> WorkReq {
    ormqr_req_with::<T>(side, m, n, k, BLOCK)
}

/// [`ormql_req`] for blocks of `nb` reflectors ([`ormql_with`]).
pub fn ormql_req_with<T: Scalar>(side: Side, m: usize, n: usize, k: usize, nb: usize) -> WorkReq {
    ormqr_req_with::<T>(side, m, n, k, nb)
}

/// [`orm2l`] blocked (`?ormql`, `?unmql`).
pub fn ormql<T: Scalar>(
    side: Side,
    trans: Trans,
    a: MatRef<'_, T>,
    tau: &[T],
    c: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) {
    ormql_with(side, trans, a, tau, c, par, work, BLOCK)
}

/// [`ormql`] with blocks of at most `nb` reflectors, fewer when `work` is
/// smaller than [`ormql_req`] asks; one at a time below 2 (`work` needs `n`
/// (left) or `m` (right) elements then).
#[allow(clippy::too_many_arguments)]
pub fn ormql_with<T: Scalar>(
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
    apply_q(side, conj_trans(trans), r, c.reversed(), par, work, nb)
}
