//! Generating Q, or its leading columns, from the reflectors of a QR
//! factorization (`?orgqr`/`?ungqr`, `?org2r`/`?ung2r`).

use super::{capacity, BLOCK};
use crate::householder::{apply_left_unit, forward, larfb_forward, larft_forward, Direct, StoreV, Taus};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, Side, Trans, Uplo};
use ferroblas_relapack::level3::Level3;
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// Sets columns `k..n` of `a` to the identity's.
fn identity_columns<T: Scalar>(a: &mut MatMut<'_, T>, k: usize) {
    for j in k..a.ncols() {
        for i in 0..a.nrows() {
            a.set(i, j, if i == j { T::one() } else { T::zero() });
        }
    }
}

/// Overwrites the `m x n` matrix `a` (`m >= n >= k = tau.len()`), whose first
/// `k` columns hold reflectors as [`geqr2`](super::geqr2) leaves them, with
/// the first `n` columns of `Q = H(0) ... H(k-1)`, one reflector at a time
/// (`?org2r`, `?ung2r`). `work` holds `n` elements.
pub fn org2r<T: Scalar>(a: MatMut<'_, T>, tau: &[T], work: &mut [T]) {
    org2r_taus(a, Taus::new(tau, Direct::Forward), work)
}

/// [`org2r`] with the taus in either order (QL and RQ pass theirs reversed).
pub(crate) fn org2r_taus<T: Scalar>(mut a: MatMut<'_, T>, tau: Taus<'_, T>, work: &mut [T]) {
    let (m, n, k) = (a.nrows(), a.ncols(), tau.len());
    assert!(m >= n && n >= k, "org2r: needs m >= n >= k");
    identity_columns(&mut a, k);
    for i in (0..k).rev() {
        let (v, c) = a.rb_mut().submatrix(i, i, m - i, n - i).split_at_col(1);
        let mut v = v;
        let ti = tau.get(i);
        if i + 1 < n {
            let tail = v.rb().submatrix(1, 0, m - i - 1, 1).col(0);
            apply_left_unit(ti, tail, c, work);
        }
        // Column i of Q: H(i) e_i, and zero above row i.
        for r in 1..m - i {
            v.set(r, 0, -ti * v.get(r, 0));
        }
        v.set(0, 0, T::one() - ti);
        for r in 0..i {
            a.set(r, i, T::zero());
        }
    }
}

/// The workspace [`orgqr`] needs for `n` columns: a block's T and the
/// update's `nb x (n - nb)` product (at least `nb x nb`).
pub fn orgqr_req<T: Scalar>(n: usize, k: usize) -> WorkReq {
    orgqr_req_with::<T>(n, k, BLOCK)
}

/// [`orgqr_req`] for blocks of `nb` reflectors ([`orgqr_with`]).
pub fn orgqr_req_with<T: Scalar>(n: usize, k: usize, nb: usize) -> WorkReq {
    let nb = nb.min(k).max(1);
    if nb < 2 {
        return WorkReq::new::<T>(n.max(1));
    }
    WorkReq::new::<T>(nb * nb + nb * n.saturating_sub(nb).max(nb))
}

/// [`org2r`] blocked (`?orgqr`, `?ungqr`): blocks of [`BLOCK`] reflectors from
/// the last, each applied to the columns right of it as one block
/// reflector, and its own columns formed with Level-3 products too.
pub fn orgqr<T: Scalar>(a: MatMut<'_, T>, tau: &[T], par: Par, work: Workspace<'_>) {
    orgqr_with(a, tau, par, work, BLOCK)
}

/// [`orgqr`] with blocks of at most `nb` reflectors, fewer when `work` is
/// smaller than [`orgqr_req`] asks; unblocked below 2 (`work` needs `n`
/// elements then).
pub fn orgqr_with<T: Scalar>(a: MatMut<'_, T>, tau: &[T], par: Par, work: Workspace<'_>, nb: usize) {
    orgqr_taus(a, Taus::new(tau, Direct::Forward), par, work, nb)
}

/// [`orgqr_with`] with the taus in either order (QL and RQ pass theirs reversed).
pub(crate) fn orgqr_taus<T: Scalar>(
    mut a: MatMut<'_, T>,
    tau: Taus<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
    nb: usize,
) {
    let (m, n, k) = (a.nrows(), a.ncols(), tau.len());
    assert!(m >= n && n >= k, "orgqr: needs m >= n >= k");
    if n == 0 {
        return;
    }
    let cap = capacity::<T>(&work);
    let mut nb = nb.min(k).max(1);
    while nb >= 2 && nb * nb + nb * (n - nb).max(nb) > cap {
        nb = (cap / (n + nb)).min(nb - 1);
    }
    if nb < 2 {
        let (w, _) = work.take::<T>(n);
        return org2r_taus(a, tau, w);
    }
    let (buf, _) = work.take::<T>(nb * nb + nb * (n - nb).max(nb));
    let (tbuf, wbuf) = buf.split_at_mut(nb * nb);
    let l3 = Level3::new(par);
    identity_columns(&mut a, k);
    let mut i = (k - 1) / nb * nb;
    loop {
        let ib = nb.min(k - i);
        let mut t = MatMut::from_col_major(&mut tbuf[..ib * ib], ib, ib, ib);
        let (mut blk, right) = a.rb_mut().submatrix(i, i, m - i, n - i).split_at_col(ib);
        let f = forward(Direct::Forward, StoreV::Columnwise, blk.rb());
        larft_forward(f, tau.range(i, i + ib), t.rb_mut(), &l3);
        let rest = n - i - ib;
        if rest > 0 {
            let w = MatMut::from_col_major(&mut wbuf[..ib * rest], ib, rest, ib);
            larfb_forward(Side::Left, Trans::No, f, t.rb(), right, w, &l3);
        }
        // The block's own columns, (I - V T V^H) [I; 0]: with X = T V1^H,
        // the rows below are -V2 X and the top is I - V1 X.
        let mut x = MatMut::from_col_major(&mut wbuf[..ib * ib], ib, ib, ib);
        for c in 0..ib {
            for r in 0..ib {
                let v = match r.cmp(&c) {
                    std::cmp::Ordering::Less => blk.get(c, r).conj(),
                    std::cmp::Ordering::Equal => T::one(),
                    std::cmp::Ordering::Greater => T::zero(),
                };
                x.set(r, c, v);
            }
        }
        l3.trmm(Side::Left, Uplo::Upper, Trans::No, Diag::NonUnit, T::one(), t.rb(), x.rb_mut());
        let (mut v1, v2) = blk.rb_mut().split_at_row(ib);
        l3.trmm(Side::Right, Uplo::Upper, Trans::No, Diag::NonUnit, -T::one(), x.rb(), v2);
        l3.trmm(Side::Left, Uplo::Lower, Trans::No, Diag::Unit, T::one(), v1.rb(), x.rb_mut());
        for c in 0..ib {
            for r in 0..ib {
                let id = if r == c { T::one() } else { T::zero() };
                v1.set(r, c, id - x.get(r, c));
            }
        }
        for c in i..i + ib {
            for r in 0..i {
                a.set(r, c, T::zero());
            }
        }
        if i == 0 {
            break;
        }
        i -= nb;
    }
}
