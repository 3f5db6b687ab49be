//! Linear least squares and minimum-norm solutions with a full-rank A
//! (`?gels` through QR or LQ with Householder vectors, `?gelst` through the
//! compact-WY forms `?geqrt`/`?gelqt`).
//!
//! For the `m x n` A and `trans`:
//! - `m >= n`, `No`: the least-squares solution of `min |B - A X|` (QR);
//! - `m >= n`, `ConjTrans`: the minimum-norm solution of `A^H X = B` (QR);
//! - `m < n`, `No`: the minimum-norm solution of `A X = B` (LQ);
//! - `m < n`, `ConjTrans`: the least-squares solution of `min |B - A^H X|` (LQ).
//!
//! As the reference does, A and B are scaled into `[smlnum, bignum]` by
//! their largest element when they lie outside it, and the solution scaled
//! back; a zero A gives a zero solution.

use crate::qr::{
    gelqf_req, gelqf_with, gelqt, gemlqt, gemqrt, geqrf_req, geqrf_with, geqrt, ormlq_req_with, ormlq_with,
    ormqr_req_with, ormqr_with, Positive, BLOCK,
};
use crate::triangular::trtrs;
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lascl, laset, MatrixKind, Part};
use ferroblas_kernels::aux::norms::{lange, Norm};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, Side, Trans, Uplo};

/// How Q is kept between the factorization and its application.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Method {
    /// Householder vectors and taus (`?geqrf`/`?ormqr`, `?gelqf`/`?ormlq`).
    Householder,
    /// Householder vectors and each block's T (`?geqrt`/`?gemqrt`, `?gelqt`/`?gemlqt`).
    CompactWy,
}

/// The workspace [`gels`] needs for an `m x n` A and `nrhs` right-hand sides.
pub fn gels_req<T: Scalar>(m: usize, n: usize, nrhs: usize) -> WorkReq {
    gels_req_with::<T>(m, n, nrhs, BLOCK)
}

/// [`gels_req`] for blocks of `nb` ([`gels_with`]).
pub fn gels_req_with<T: Scalar>(m: usize, n: usize, nrhs: usize, nb: usize) -> WorkReq {
    let mn = m.min(n);
    let factor = if m >= n { geqrf_req::<T>(m, n) } else { gelqf_req::<T>(m, n) };
    let apply = if m >= n {
        ormqr_req_with::<T>(Side::Left, m, nrhs, mn, nb)
    } else {
        ormlq_req_with::<T>(Side::Left, n, nrhs, mn, nb)
    };
    WorkReq::new::<T>(mn).and(factor.or(apply))
}

/// Solves the least-squares or minimum-norm problem the module describes
/// (`?gels`) for the `nrhs` columns of `b` (`max(m, n)` rows or more: the
/// first `m` (`No`) or `n` (`ConjTrans`) hold B on entry, the first `n`
/// (`No`) or `m` (`ConjTrans`) hold X on return, and for a least-squares
/// problem the rows after them the residual's components). A is
/// overwritten by its QR or LQ factorization. `Trans::Trans` on a real type
/// is `ConjTrans`.
///
/// `Err(Info)` when the triangular factor has an exactly zero diagonal
/// element `i` (INFO = i + 1): A does not have full rank, and no solution is
/// computed.
pub fn gels<T: Scalar>(
    trans: Trans,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    gels_with(trans, a, b, par, work, BLOCK)
}

/// [`gels`] with blocks of at most `nb`, fewer when `work` is smaller than
/// [`gels_req`] asks; unblocked with `min(m, n) + max(min(m, n), nrhs)` elements.
pub fn gels_with<T: Scalar>(
    trans: Trans,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
    nb: usize,
) -> Result<(), Info> {
    solve(Method::Householder, trans, a, b, par, work, nb)
}

/// The workspace [`gelst`] needs: the T factors (`nb x min(m, n)`) and
/// `nb x max(min(m, n), nrhs)` for the factorization and the update.
pub fn gelst_req<T: Scalar>(m: usize, n: usize, nrhs: usize) -> WorkReq {
    gelst_req_with::<T>(m, n, nrhs, BLOCK)
}

/// [`gelst_req`] for blocks of `nb` ([`gelst_with`]).
pub fn gelst_req_with<T: Scalar>(m: usize, n: usize, nrhs: usize, nb: usize) -> WorkReq {
    let mn = m.min(n);
    let nb = nb.min(mn).max(1);
    WorkReq::new::<T>(((mn + mn.max(nrhs)) * nb).max(1))
}

/// [`gels`] with Q kept in compact-WY form (`?gelst`): the same solutions.
pub fn gelst<T: Scalar>(
    trans: Trans,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    gelst_with(trans, a, b, par, work, BLOCK)
}

/// [`gelst`] with blocks of at most `nb`, fewer when `work` holds less than
/// [`gelst_req_with`] asks; one at a time with `min(m, n) + max(min(m, n),
/// nrhs)` elements.
pub fn gelst_with<T: Scalar>(
    trans: Trans,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
    nb: usize,
) -> Result<(), Info> {
    solve(Method::CompactWy, trans, a, b, par, work, nb)
}

#[allow(clippy::too_many_arguments)]
fn solve<T: Scalar>(
    method: Method,
    trans: Trans,
    mut a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
    nb: usize,
) -> Result<(), Info> {
    let tpsd = trans != Trans::No;
    let (m, n, nrhs) = (a.nrows(), a.ncols(), b.ncols());
    let mn = m.min(n);
    let rows = m.max(n);
    assert!(b.nrows() >= rows, "gels: B has fewer than max(m, n) rows");
    let mut b = b.submatrix(0, 0, rows, nrhs);
    if mn == 0 || nrhs == 0 {
        laset(Part::Full, T::zero(), T::zero(), b);
        return Ok(());
    }
    let smlnum = lamch::<T::Real>(Machine::SafeMin) / lamch::<T::Real>(Machine::Precision);
    let bignum = <T::Real as Scalar>::one() / smlnum;
    let zero = <T::Real as Scalar>::zero();
    let anrm = lange(Norm::Max, a.rb(), &mut []);
    let ascale = if anrm > zero && anrm < smlnum {
        Some(smlnum)
    } else if anrm > bignum {
        Some(bignum)
    } else {
        None
    };
    if anrm == zero {
        laset(Part::Full, T::zero(), T::zero(), b);
        return Ok(());
    }
    if let Some(to) = ascale {
        lascl(MatrixKind::General, 0, 0, anrm, to, m, n, a.rb_mut());
    }
    let brow = if tpsd { n } else { m };
    let bnrm = lange(Norm::Max, b.rb().submatrix(0, 0, brow, nrhs), &mut []);
    let bscale = if bnrm > zero && bnrm < smlnum {
        Some(smlnum)
    } else if bnrm > bignum {
        Some(bignum)
    } else {
        None
    };
    if let Some(to) = bscale {
        lascl(MatrixKind::General, 0, 0, bnrm, to, brow, nrhs, b.rb_mut().submatrix(0, 0, brow, nrhs));
    }

    // The factor's storage: taus, or the T blocks (`nb x mn`).
    let nbt = if method == Method::CompactWy {
        let fit = qr_capacity::<T>(&work) / (mn + mn.max(nrhs));
        let nbt = nb.min(mn).min(fit);
        if nbt < 2 {
            1
        } else {
            nbt
        }
    } else {
        1
    };
    let flen = if method == Method::CompactWy { nbt * mn } else { mn };
    let (f, mut rest) = work.take::<T>(flen);
    let scllen;
    if m >= n {
        match method {
            Method::Householder => geqrf_with(a.rb_mut(), f, Positive::No, par, rest.rb_mut(), nb),
            Method::CompactWy => {
                let mut r2 = rest.rb_mut();
                let (w, _) = r2.take::<T>(nbt * n);
                geqrt(a.rb_mut(), MatMut::from_col_major(f, nbt, mn, nbt), par, w)
            }
        }
        let r = a.rb().submatrix(0, 0, n, n);
        let apply = |trans: Trans, b: MatMut<'_, T>, rest: Workspace<'_>, f: &[T]| match method {
            Method::Householder => ormqr_with(Side::Left, trans, a.rb(), f, b, par, rest, nb),
            Method::CompactWy => {
                let mut rest = rest;
                let (w, _) = rest.take::<T>(nbt * nrhs);
                let t = ferroblas_kernels::MatRef::from_col_major(f, nbt, mn, nbt);
                gemqrt(Side::Left, trans, a.rb(), t, b, par, w)
            }
        };
        if !tpsd {
            apply(Trans::ConjTrans, b.rb_mut().submatrix(0, 0, m, nrhs), rest.rb_mut(), f);
            trtrs(Uplo::Upper, Trans::No, Diag::NonUnit, r, b.rb_mut().submatrix(0, 0, n, nrhs), par)?;
            scllen = n;
        } else {
            trtrs(Uplo::Upper, Trans::ConjTrans, Diag::NonUnit, r, b.rb_mut().submatrix(0, 0, n, nrhs), par)?;
            laset(Part::Full, T::zero(), T::zero(), b.rb_mut().submatrix(n, 0, m - n, nrhs));
            apply(Trans::No, b.rb_mut().submatrix(0, 0, m, nrhs), rest.rb_mut(), f);
            scllen = m;
        }
    } else {
        match method {
            Method::Householder => gelqf_with(a.rb_mut(), f, par, rest.rb_mut(), nb),
            Method::CompactWy => {
                let mut r2 = rest.rb_mut();
                let (w, _) = r2.take::<T>(nbt * m);
                gelqt(a.rb_mut(), MatMut::from_col_major(f, nbt, mn, nbt), par, w)
            }
        }
        let l = a.rb().submatrix(0, 0, m, m);
        let apply = |trans: Trans, b: MatMut<'_, T>, rest: Workspace<'_>, f: &[T]| match method {
            Method::Householder => ormlq_with(Side::Left, trans, a.rb(), f, b, par, rest, nb),
            Method::CompactWy => {
                let mut rest = rest;
                let (w, _) = rest.take::<T>(nbt * nrhs);
                let t = ferroblas_kernels::MatRef::from_col_major(f, nbt, mn, nbt);
                gemlqt(Side::Left, trans, a.rb(), t, b, par, w)
            }
        };
        if !tpsd {
            trtrs(Uplo::Lower, Trans::No, Diag::NonUnit, l, b.rb_mut().submatrix(0, 0, m, nrhs), par)?;
            laset(Part::Full, T::zero(), T::zero(), b.rb_mut().submatrix(m, 0, n - m, nrhs));
            apply(Trans::ConjTrans, b.rb_mut().submatrix(0, 0, n, nrhs), rest.rb_mut(), f);
            scllen = n;
        } else {
            apply(Trans::No, b.rb_mut().submatrix(0, 0, n, nrhs), rest.rb_mut(), f);
            trtrs(Uplo::Lower, Trans::ConjTrans, Diag::NonUnit, l, b.rb_mut().submatrix(0, 0, m, nrhs), par)?;
            scllen = m;
        }
    }
    if let Some(from) = ascale {
        lascl(MatrixKind::General, 0, 0, anrm, from, scllen, nrhs, b.rb_mut().submatrix(0, 0, scllen, nrhs));
    }
    if let Some(from) = bscale {
        lascl(MatrixKind::General, 0, 0, from, bnrm, scllen, nrhs, b.rb_mut().submatrix(0, 0, scllen, nrhs));
    }
    Ok(())
}

/// The number of `T` elements `work` holds.
fn qr_capacity<T>(work: &Workspace<'_>) -> usize {
    work.capacity::<T>()
}

#[cfg(test)]
mod tests;
