//! The generalized Hermitian-definite eigenproblems (ITYPE 1: `A x = lambda
//! B x`, 2: `A B x = lambda x`, 3: `B A x = lambda x`) with both matrices
//! in packed storage: the reduction to a standard problem ([`spgst`],
//! `?spgst`/`?hpgst`) and the drivers [`spgv`] (`?spgv`/`?hpgv`), [`spgvd`]
//! (`?spgvd`/`?hpgvd`) and [`spgvx`] (`?spgvx`/`?hpgvx`).
//!
//! [`spgst`] unpacks both triangles into an `n x n` workspace each and runs
//! the dense (recursive, Level 3) [`sygst`]; the drivers factor `B` with
//! [`pptrf`], which does the same with the dense Cholesky factorization.

use super::bisection::EigRange;
use super::drivers::Jobz;
use super::packed::{packed_len, spev, spev_req, spevd, spevd_req, spevx, spevx_req};
use crate::packed::cholesky::{pptrf, pptrf_req};
use crate::packed::{pack, unpack};
use crate::relapack::sygst;
use crate::relapack::sygst::Itype;
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::level2::{tpmv, tpsv, Layout, Op};
use ferroblas_kernels::{Diag, MatMut, Scalar, Uplo};

/// The workspace [`spgst`] needs for order `n`.
pub fn spgst_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T>(n * n).and(WorkReq::new::<T>(n * n))
}

/// Reduces the generalized problem with the Hermitian `A` in packed `ap`
/// (order `n`) and the Cholesky factor of `B` (`U^H U` or `L L^H`) in packed
/// `bp` to the standard one: `ap` is overwritten by `inv(U^H) A inv(U)` /
/// `inv(L) A inv(L^H)` (ITYPE 1) or `U A U^H` / `L^H A L` (2, 3)
/// (`?spgst`/`?hpgst`).
pub fn spgst<T: Scalar>(itype: Itype, uplo: Uplo, n: usize, ap: &mut [T], bp: &[T], par: Par, mut work: Workspace<'_>) {
    if n == 0 {
        return;
    }
    assert!(ap.len() >= packed_len(n) && bp.len() >= packed_len(n), "spgst: ap or bp too short");
    let (abuf, mut work) = work.take::<T>(n * n);
    let (bbuf, _) = work.take::<T>(n * n);
    let mut a = MatMut::from_col_major(abuf, n, n, n);
    let mut b = MatMut::from_col_major(bbuf, n, n, n);
    unpack(uplo == Uplo::Upper, ap, a.rb_mut());
    unpack(uplo == Uplo::Upper, bp, b.rb_mut());
    sygst(itype, uplo, a.rb_mut(), b.rb(), par);
    pack(uplo == Uplo::Upper, a.rb(), ap);
}

/// Factors `B`, reduces `A`; `Err(n + i)` when `B`'s leading minor of order
/// `i` is not positive definite.
#[allow(clippy::too_many_arguments)]
fn reduce<T: Scalar>(
    itype: Itype,
    uplo: Uplo,
    n: usize,
    ap: &mut [T],
    bp: &mut [T],
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    pptrf(uplo, n, bp, par, work.rb_mut()).map_err(|i| Info::new(n + i.get().get()))?;
    spgst(itype, uplo, n, ap, bp, par, work);
    Ok(())
}

/// The eigenvectors of the original problem from the first `m` columns of
/// `z` (those of the reduced one).
fn back_transform<T: Scalar>(itype: Itype, uplo: Uplo, bp: &[T], mut z: MatMut<'_, T>, m: usize) {
    let layout = Layout::ColMajor;
    for j in 0..m.min(z.ncols()) {
        let x = z.rb_mut().col_mut(j);
        match itype {
            Itype::AxLambdaBx | Itype::ABxLambdaX => {
                let op = if uplo == Uplo::Upper { Op::NoTrans } else { Op::ConjTrans };
                tpsv(layout, uplo, op, Diag::NonUnit, bp, x);
            }
            Itype::BAxLambdaX => {
                let op = if uplo == Uplo::Upper { Op::ConjTrans } else { Op::NoTrans };
                tpmv(layout, uplo, op, Diag::NonUnit, bp, x);
            }
        }
    }
}

/// The workspace [`spgv`] needs for order `n`.
pub fn spgv_req<T: Scalar>(jobz: Jobz, n: usize) -> WorkReq {
    pptrf_req::<T>(n).or(spgst_req::<T>(n)).or(spev_req::<T>(jobz, n))
}

/// All eigenvalues, and optionally eigenvectors, of a generalized
/// Hermitian-definite problem in packed storage, by the QR iteration
/// (`?spgv`/`?hpgv`).
///
/// `ap`, `bp` (packed, order `n`, their `uplo` triangles) as the reference:
/// `bp` receives the Cholesky factor of `B`, `ap` is destroyed; `w` (`n`)
/// the eigenvalues ascending; with [`Jobz::Vectors`] `z` (`n x n`) the
/// eigenvectors, normalized `Z^H B Z = I` (ITYPE 1, 2) or `Z^H inv(B) Z =
/// I` (3). `Err(i)`, `i <= n`: [`spev`] failed (the first `i - 1` vectors
/// are still transformed back); `Err(n + i)`: `B`'s leading minor of order
/// `i` is not positive definite.
#[allow(clippy::too_many_arguments)]
pub fn spgv<T: Scalar>(
    itype: Itype,
    jobz: Jobz,
    uplo: Uplo,
    n: usize,
    ap: &mut [T],
    bp: &mut [T],
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    generalized(false, itype, jobz, uplo, n, ap, bp, w, z, par, work)
}

/// The workspace [`spgvd`] needs for order `n`.
pub fn spgvd_req<T: Scalar>(jobz: Jobz, n: usize) -> WorkReq {
    pptrf_req::<T>(n).or(spgst_req::<T>(n)).or(spevd_req::<T>(jobz, n))
}

/// [`spgv`] by divide and conquer (`?spgvd`/`?hpgvd`); `Err(i)` for `i <=
/// n` as [`spevd`].
#[allow(clippy::too_many_arguments)]
pub fn spgvd<T: Scalar>(
    itype: Itype,
    jobz: Jobz,
    uplo: Uplo,
    n: usize,
    ap: &mut [T],
    bp: &mut [T],
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    generalized(true, itype, jobz, uplo, n, ap, bp, w, z, par, work)
}

/// The body of [`spgv`] and [`spgvd`] (`divide`).
#[allow(clippy::too_many_arguments)]
fn generalized<T: Scalar>(
    divide: bool,
    itype: Itype,
    jobz: Jobz,
    uplo: Uplo,
    n: usize,
    ap: &mut [T],
    bp: &mut [T],
    w: &mut [T::Real],
    mut z: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    if n == 0 {
        return Ok(());
    }
    reduce(itype, uplo, n, ap, bp, par, work.rb_mut())?;
    let r = if divide {
        spevd(jobz, uplo, n, ap, w, z.rb_mut(), par, work)
    } else {
        spev(jobz, uplo, n, ap, w, z.rb_mut(), par, work)
    };
    if jobz == Jobz::Vectors {
        let neig = match r {
            Ok(()) => n,
            Err(i) => (i.get().get() - 1).min(n),
        };
        back_transform(itype, uplo, bp, z, neig);
    }
    r
}

/// The workspace [`spgvx`] needs for order `n`.
pub fn spgvx_req<T: Scalar>(jobz: Jobz, n: usize) -> WorkReq {
    pptrf_req::<T>(n).or(spgst_req::<T>(n)).or(spevx_req::<T>(jobz, n))
}

/// Selected eigenvalues, and optionally eigenvectors, of a generalized
/// Hermitian-definite problem in packed storage (`?spgvx`/`?hpgvx`):
/// [`spgv`]'s reduction and back-transformation around [`spevx`], whose
/// outputs and status it returns (after a failure of `k` vectors `m = k -
/// 1`, as the reference); `Err(n + i)` when `B`'s leading minor of order `i`
/// is not positive definite.
#[allow(clippy::too_many_arguments)]
pub fn spgvx<T: Scalar>(
    itype: Itype,
    jobz: Jobz,
    range: EigRange<T::Real>,
    uplo: Uplo,
    n: usize,
    ap: &mut [T],
    bp: &mut [T],
    abstol: T::Real,
    w: &mut [T::Real],
    mut z: MatMut<'_, T>,
    ifail: &mut [Option<usize>],
    par: Par,
    mut work: Workspace<'_>,
) -> (usize, Result<(), Info>) {
    if n == 0 {
        return (0, Ok(()));
    }
    if let Err(i) = reduce(itype, uplo, n, ap, bp, par, work.rb_mut()) {
        return (0, Err(i));
    }
    let (mut m, r) = spevx(jobz, range, uplo, n, ap, abstol, w, z.rb_mut(), ifail, par, work);
    if jobz == Jobz::Vectors {
        if let Err(i) = r {
            m = i.get().get() - 1;
        }
        back_transform(itype, uplo, bp, z, m);
    }
    (m, r)
}
