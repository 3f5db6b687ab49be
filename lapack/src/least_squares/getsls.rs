//! Least-squares or minimum-norm solutions of a full-rank system through
//! the tall-skinny QR or short-wide LQ (`?getsls`): the problems of
//! [`gels`](super::gels) with Q kept as [`geqr`]/[`gelq`] leave it, and
//! A and B scaled into `[smlnum, bignum]` as there.

use crate::qr::{gelq, gelq_blocks, gemlq, gemqr, geqr, geqr_blocks};
use crate::triangular::trtrs;
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lascl, laset, MatrixKind, Part};
use ferroblas_kernels::aux::norms::{lange, Norm};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, Side, Trans, Uplo};

/// The T array's length and the work's for blocks `mb`, `nb` as
/// [`geqr_blocks`]/[`gelq_blocks`] correct them.
fn sizes(m: usize, n: usize, nrhs: usize, mb: usize, nb: usize) -> (usize, usize) {
    if m >= n {
        let (_, nb, blocks) = geqr_blocks(m, n, mb, nb);
        (nb * n * blocks + 5, (nb * n.max(nrhs)).max(1))
    } else {
        let (mb, _, blocks) = gelq_blocks(m, n, mb, nb);
        (mb * m * blocks + 5, (mb * m.max(nrhs)).max(1))
    }
}

/// The blocks that need the least: one reflector per block, no TSQR walk.
fn minimal_blocks(m: usize, n: usize) -> (usize, usize) {
    if m >= n {
        (m, 1)
    } else {
        (1, n)
    }
}

/// The workspace [`getsls`] needs for an `m x n` A, `nrhs` right-hand
/// sides and the requested blocks `mb` (rows) and `nb` (columns): the T
/// array of [`geqr`] (`m >= n`) or [`gelq`] and their work.
pub fn getsls_req<T: Scalar>(m: usize, n: usize, nrhs: usize, mb: usize, nb: usize) -> WorkReq {
    let (t, w) = sizes(m, n, nrhs, mb, nb);
    WorkReq::new::<T>(t + w)
}

/// The smallest workspace [`getsls`] runs with (the blocks of one reflector).
pub fn getsls_req_min<T: Scalar>(m: usize, n: usize, nrhs: usize) -> WorkReq {
    let (mb, nb) = minimal_blocks(m, n);
    getsls_req::<T>(m, n, nrhs, mb, nb)
}

/// Solves the least-squares or minimum-norm problem of
/// [`gels`](super::gels) (`?getsls`) for the `nrhs` columns of `b`
/// (`max(m, n)` rows or more, in and out as there) with blocks `mb`, `nb`
/// for [`geqr`]/[`gelq`], one reflector per block when `work` holds less
/// than [`getsls_req`] asks (it needs [`getsls_req_min`]). A is overwritten
/// by its factorization. `Trans::Trans` on a real type is `ConjTrans`.
///
/// `Err(Info)` when the triangular factor has an exactly zero diagonal
/// element `i` (INFO = i + 1): A does not have full rank.
#[allow(clippy::too_many_arguments)]
pub fn getsls<T: Scalar>(
    trans: Trans,
    mut a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    mb: usize,
    nb: usize,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let tpsd = trans != Trans::No;
    let (m, n, nrhs) = (a.nrows(), a.ncols(), b.ncols());
    let rows = m.max(n);
    assert!(b.nrows() >= rows, "getsls: B has fewer than max(m, n) rows");
    let mut b = b.submatrix(0, 0, rows, nrhs);
    if m.min(n).min(nrhs) == 0 {
        laset(Part::Full, T::zero(), T::zero(), b);
        return Ok(());
    }
    let smlnum = lamch::<T::Real>(Machine::SafeMin) / lamch::<T::Real>(Machine::Precision);
    let bignum = <T::Real as Scalar>::one() / smlnum;
    let zero = <T::Real as Scalar>::zero();
    let scale_of = |nrm: T::Real| {
        if nrm > zero && nrm < smlnum {
            Some(smlnum)
        } else if nrm > bignum {
            Some(bignum)
        } else {
            None
        }
    };
    let anrm = lange(Norm::Max, a.rb(), &mut []);
    if anrm == zero {
        laset(Part::Full, T::zero(), T::zero(), b);
        return Ok(());
    }
    let ascale = scale_of(anrm);
    if let Some(to) = ascale {
        lascl(MatrixKind::General, 0, 0, anrm, to, m, n, a.rb_mut());
    }
    let brow = if tpsd { n } else { m };
    let bnrm = lange(Norm::Max, b.rb().submatrix(0, 0, brow, nrhs), &mut []);
    let bscale = scale_of(bnrm);
    if let Some(to) = bscale {
        lascl(MatrixKind::General, 0, 0, bnrm, to, brow, nrhs, b.rb_mut().submatrix(0, 0, brow, nrhs));
    }

    let (mut mb, mut nb) = (mb, nb);
    let (tl, wl) = sizes(m, n, nrhs, mb, nb);
    if work.capacity::<T>() < tl + wl {
        (mb, nb) = minimal_blocks(m, n);
    }
    let (tl, wl) = sizes(m, n, nrhs, mb, nb);
    let (t, mut rest) = work.take::<T>(tl);
    let (w, _) = rest.take::<T>(wl);
    let scllen;
    if m >= n {
        geqr(a.rb_mut(), mb, nb, t, par, w);
        let r = a.rb().submatrix(0, 0, n, n);
        if !tpsd {
            gemqr(Side::Left, Trans::ConjTrans, a.rb(), t, b.rb_mut().submatrix(0, 0, m, nrhs), par, w);
            trtrs(Uplo::Upper, Trans::No, Diag::NonUnit, r, b.rb_mut().submatrix(0, 0, n, nrhs), par)?;
            scllen = n;
        } else {
            trtrs(Uplo::Upper, Trans::ConjTrans, Diag::NonUnit, r, b.rb_mut().submatrix(0, 0, n, nrhs), par)?;
            laset(Part::Full, T::zero(), T::zero(), b.rb_mut().submatrix(n, 0, m - n, nrhs));
            gemqr(Side::Left, Trans::No, a.rb(), t, b.rb_mut().submatrix(0, 0, m, nrhs), par, w);
            scllen = m;
        }
    } else {
        gelq(a.rb_mut(), mb, nb, t, par, w);
        let l = a.rb().submatrix(0, 0, m, m);
        if !tpsd {
            trtrs(Uplo::Lower, Trans::No, Diag::NonUnit, l, b.rb_mut().submatrix(0, 0, m, nrhs), par)?;
            laset(Part::Full, T::zero(), T::zero(), b.rb_mut().submatrix(m, 0, n - m, nrhs));
            gemlq(Side::Left, Trans::ConjTrans, a.rb(), t, b.rb_mut().submatrix(0, 0, n, nrhs), par, w);
            scllen = n;
        } else {
            gemlq(Side::Left, Trans::No, a.rb(), t, b.rb_mut().submatrix(0, 0, n, nrhs), par, w);
            trtrs(Uplo::Lower, Trans::ConjTrans, Diag::NonUnit, l, b.rb_mut().submatrix(0, 0, m, nrhs), par)?;
            scllen = m;
        }
    }
    if let Some(to) = ascale {
        lascl(MatrixKind::General, 0, 0, anrm, to, scllen, nrhs, b.rb_mut().submatrix(0, 0, scllen, nrhs));
    }
    if let Some(to) = bscale {
        lascl(MatrixKind::General, 0, 0, to, bnrm, scllen, nrhs, b.rb_mut().submatrix(0, 0, scllen, nrhs));
    }
    Ok(())
}

#[cfg(test)]
#[path = "getsls_tests.rs"]
mod tests;
