//! Minimum-norm least squares by the singular value decomposition, the
//! bidiagonal problem solved by divide and conquer (`?gelsd`): `min |B - A X|`
//! with the singular values of A below `rcond` times the largest treated as
//! zero.
//!
//! A is reduced to bidiagonal form `A = Q B P^H` (after a QR factorization
//! when `m >> n`, an LQ one when `n >> m`), and `X = P B^+ Q^H B` with the
//! bidiagonal solve by divide and conquer in compact form ([`lalsd`], as
//! the reference's `?gelsd` does: `O(n log n)` storage for the singular
//! vectors, never formed).

use super::bidiag::{gebrd, gebrd_req, ormbr, ormbr_req, Vect};
use super::divide::smlsiz;
use super::gelss::LsqScaling;
use super::gesvd::gesvd_qr_first;
use super::lalsd::{lalsd, lalsd_req};
use crate::qr::{gelqf, gelqf_req, geqrf, geqrf_req, ormlq, ormlq_req, ormqr, ormqr_req, Positive};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacpy, laset, Part};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{MatMut, Side, Trans, Uplo};

/// How [`gelsd`] reduces an `m x n` A: a QR (LQ) factorization first when
/// the reference's `?gelsd` takes one (`max(m, n) >= 1.6 min(m, n)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Path {
    /// `m >= n`, bidiagonal reduction of A itself.
    Tall,
    /// `m >> n`: QR first, the bidiagonal reduction of R.
    TallQr,
    /// `m < n`, bidiagonal (lower) reduction of A itself.
    Wide,
    /// `n >> m`: LQ first, the bidiagonal reduction of L.
    WideLq,
}

fn path(m: usize, n: usize) -> Path {
    match (m >= n, gesvd_qr_first(m.max(n), m.min(n))) {
        (true, false) => Path::Tall,
        (true, true) => Path::TallQr,
        (false, false) => Path::Wide,
        (false, true) => Path::WideLq,
    }
}

/// The workspace [`gelsd`] needs for an `m x n` A and `nrhs` right-hand sides.
pub fn gelsd_req<T: Scalar>(m: usize, n: usize, nrhs: usize) -> WorkReq {
    let k = m.min(n);
    if k == 0 {
        return WorkReq::EMPTY;
    }
    let p = path(m, n);
    // The matrix the bidiagonal reduction works on.
    let (bm, bn) = match p {
        Path::Tall | Path::Wide => (m, n),
        Path::TallQr | Path::WideLq => (k, k),
    };
    let mut keep = WorkReq::new::<T>(2 * k).and(WorkReq::new::<T::Real>(2 * k));
    let mut sub = gebrd_req::<T>(bm, bn)
        .or(ormbr_req::<T>(Vect::Q, Side::Left, bm, nrhs, bn))
        .or(ormbr_req::<T>(Vect::P, Side::Left, bn, nrhs, bm))
        .or(solve_req::<T>(k, nrhs));
    match p {
        Path::TallQr => sub = sub.or(geqrf_req::<T>(m, n)).or(ormqr_req::<T>(Side::Left, m, nrhs, n)),
        Path::WideLq => {
            keep = keep.and(WorkReq::new::<T>(k + k * k));
            sub = sub.or(gelqf_req::<T>(m, n)).or(ormlq_req::<T>(Side::Left, n, nrhs, m));
        }
        Path::Tall | Path::Wide => {}
    }
    keep.and(sub)
}

/// The workspace of the bidiagonal solve ([`lalsd`]).
fn solve_req<T: Scalar>(k: usize, nrhs: usize) -> WorkReq {
    lalsd_req::<T>(k, smlsiz(), nrhs)
}

/// The minimum-norm solution of `min |B - A X|` for the `m x n` matrix `a`
/// and the `nrhs` columns of `b` (`max(m, n) x nrhs`; the first `m` rows
/// hold B on entry, the first `n` rows X on return) by the singular value
/// decomposition of A, the bidiagonal part by divide and conquer
/// (`?gelsd`). The singular values go to `s` (`min(m, n)`, decreasing);
/// those at most `rcond` times the largest count as zero (`eps` times when
/// `rcond` is not in `(0, 1)`, as the reference's `?lalsd` reads it), and
/// the returned rank is the number of the others. `a` is destroyed.
///
/// `Err(Info::new(i))` when the divide and conquer failed to compute a
/// singular value.
pub fn gelsd<T: Scalar>(
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    s: &mut [T::Real],
    rcond: T::Real,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<usize, Info> {
    let (m, n) = (a.nrows(), a.ncols());
    let nrhs = b.ncols();
    let k = m.min(n);
    assert!(b.nrows() >= m.max(n) && s.len() >= k, "gelsd: B or s too small");
    if k == 0 {
        return Ok(0);
    }
    let Some(scaling) = LsqScaling::apply(&mut a, &mut b, s) else {
        return Ok(0);
    };
    if m < n {
        // Rows m..n of X start at zero: the minimum-norm solution has no
        // component there before P (and the LQ's Q) mix them in.
        laset(Part::Full, T::zero(), T::zero(), b.rb_mut().submatrix(m, 0, n - m, nrhs));
    }
    // lalsd reads RCOND (eps when outside (0, 1)).
    let rcnd = rcond;
    let s = &mut s[..k];
    let p = path(m, n);
    let (taus, mut work) = work.take::<T>(2 * k);
    let (tauq, taup) = taus.split_at_mut(k);
    let (de, mut work) = work.take::<T::Real>(2 * k);
    let e = &mut de[..k];
    let res = match p {
        Path::Tall | Path::Wide => solve_reduced(a.rb_mut(), b.rb_mut(), s, e, tauq, taup, rcnd, par, work.rb_mut()),
        Path::TallQr => {
            // A = Q R: X solves R X = (Q^H B)(0..n); Q is not needed after.
            let tau = &mut tauq[..];
            geqrf(a.rb_mut(), tau, Positive::No, par, work.rb_mut());
            ormqr(Side::Left, Trans::ConjTrans, a.rb(), tau, b.rb_mut().submatrix(0, 0, m, nrhs), par, work.rb_mut());
            let mut r = a.rb_mut().submatrix(0, 0, n, n);
            if n > 1 {
                laset(Part::Lower, T::zero(), T::zero(), r.rb_mut().submatrix(1, 0, n - 1, n - 1));
            }
            solve_reduced(r, b.rb_mut(), s, e, tauq, taup, rcnd, par, work.rb_mut())
        }
        Path::WideLq => {
            // A = L Q: X = Q^H (L^+ B); L is copied out, A keeps Q's reflectors.
            let (lbuf, mut work) = work.take::<T>(k + k * k);
            let (tau, lbuf) = lbuf.split_at_mut(k);
            gelqf(a.rb_mut(), tau, par, work.rb_mut());
            let mut l = MatMut::from_col_major(lbuf, m, m, m);
            laset(Part::Full, T::zero(), T::zero(), l.rb_mut());
            lacpy(Part::Lower, a.rb().submatrix(0, 0, m, m), l.rb_mut());
            let r = solve_reduced(l, b.rb_mut(), s, e, tauq, taup, rcnd, par, work.rb_mut());
            if r.is_ok() {
                ormlq(
                    Side::Left,
                    Trans::ConjTrans,
                    a.rb(),
                    tau,
                    b.rb_mut().submatrix(0, 0, n, nrhs),
                    par,
                    work.rb_mut(),
                );
            }
            r
        }
    };
    scaling.undo(n, &mut b, s);
    res
}

/// Least squares for the `p x q` matrix `a` (already `k x k` after a QR or
/// LQ, or A itself): bidiagonal reduction, the bidiagonal solve, and the
/// reflectors applied to B on both sides. B's first `q` rows hold X on
/// return.
#[allow(clippy::too_many_arguments)]
fn solve_reduced<T: Scalar>(
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    s: &mut [T::Real],
    e: &mut [T::Real],
    tauq: &mut [T],
    taup: &mut [T],
    rcnd: T::Real,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<usize, Info> {
    let (p, q) = (a.nrows(), a.ncols());
    let k = p.min(q);
    let nrhs = b.ncols();
    gebrd(a.rb_mut(), s, e, tauq, taup, par, work.rb_mut());
    ormbr(
        Vect::Q,
        Side::Left,
        Trans::ConjTrans,
        q,
        a.rb().submatrix(0, 0, p, k),
        tauq,
        b.rb_mut().submatrix(0, 0, p, nrhs),
        par,
        work.rb_mut(),
    );
    let uplo = if p >= q { Uplo::Upper } else { Uplo::Lower };
    let rank = lalsd(uplo, smlsiz(), s, e, b.rb_mut().submatrix(0, 0, k, nrhs), rcnd, par, work.rb_mut())?;
    ormbr(Vect::P, Side::Left, Trans::No, p, a.rb().submatrix(0, 0, k, q), taup, b.submatrix(0, 0, q, nrhs), par, work);
    Ok(rank)
}
