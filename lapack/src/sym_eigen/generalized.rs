//! The generalized symmetric-definite eigenproblems `A x = lambda B x`
//! (ITYPE 1), `A B x = lambda x` (2) and `B A x = lambda x` (3), `B`
//! Hermitian positive definite: the Cholesky factor of `B` ([`potrf`])
//! reduces them to a standard problem ([`sygst`]), which a dense driver
//! solves; the eigenvectors are transformed back by a triangular solve
//! (ITYPE 1, 2: `x = inv(L^H) y` or `inv(U) y`) or product (3: `x = L y` or
//! `U^H y`) (`?sygv`/`?hegv`, `?sygvd`/`?hegvd`, `?sygvx`/`?hegvx`).

use super::bisection::EigRange;
use super::drivers::{syev_req_with, syev_with, syevd_req_with, syevd_with, Jobz};
use super::expert::{syevx_req_with, syevx_with};
use super::reduce::BLOCK;
use crate::relapack::level3::Level3;
use crate::relapack::sygst::Itype;
use crate::relapack::{potrf, sygst};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::{Diag, MatMut, MatRef, Scalar, Side, Trans, Uplo};

/// Factors `B` and reduces `A` to the standard problem; `Err(n + i)` when
/// the leading minor of order `i` of `B` is not positive definite.
pub(crate) fn reduce_to_standard<T: Scalar>(
    itype: Itype,
    uplo: Uplo,
    a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    par: Par,
) -> Result<(), Info> {
    let n = a.nrows();
    potrf(uplo, b.rb_mut(), par).map_err(|i| Info::new(n + i.get().get()))?;
    sygst(itype, uplo, a, b.rb(), par);
    Ok(())
}

/// The eigenvectors of the original problem from those `z` of the reduced
/// one.
fn back_transform<T: Scalar>(itype: Itype, uplo: Uplo, b: MatRef<'_, T>, z: MatMut<'_, T>, par: Par) {
    if z.ncols() == 0 {
        return;
    }
    let l3 = Level3::new(par);
    match itype {
        Itype::AxLambdaBx | Itype::ABxLambdaX => {
            let trans = if uplo == Uplo::Upper { Trans::No } else { Trans::ConjTrans };
            l3.trsm(Side::Left, uplo, trans, Diag::NonUnit, T::one(), b, z);
        }
        Itype::BAxLambdaX => {
            let trans = if uplo == Uplo::Upper { Trans::ConjTrans } else { Trans::No };
            l3.trmm(Side::Left, uplo, trans, Diag::NonUnit, T::one(), b, z);
        }
    }
}

/// The workspace [`sygv`] needs for order `n`.
pub fn sygv_req<T: Scalar>(jobz: Jobz, n: usize) -> WorkReq {
    syev_req_with::<T>(jobz, n, BLOCK)
}

/// All eigenvalues, and optionally eigenvectors, of a generalized
/// Hermitian-definite problem by the QR iteration (`?sygv`/`?hegv`).
///
/// `a` and `b` (`n x n`, their `uplo` triangles read) as the reference: `b`
/// receives its Cholesky factor; `w` (`n`) the eigenvalues ascending; with
/// [`Jobz::Vectors`] `a` the eigenvectors, normalized `Z^H B Z = I` (ITYPE
/// 1, 2) or `Z^H inv(B) Z = I` (3). `Err(i)` for `i <= n`: the QR iteration
/// failed as in [`syev_with`] (the first `i - 1` vectors are still
/// transformed back); `Err(n + i)`: `B`'s leading minor of order `i` is not
/// positive definite.
#[allow(clippy::too_many_arguments)]
pub fn sygv<T: Scalar>(
    itype: Itype,
    jobz: Jobz,
    uplo: Uplo,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    w: &mut [T::Real],
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    sygv_with(itype, jobz, uplo, a, b, w, par, work, BLOCK)
}

/// [`sygv`] with the reduction in panels of `nb` columns.
#[allow(clippy::too_many_arguments)]
pub fn sygv_with<T: Scalar>(
    itype: Itype,
    jobz: Jobz,
    uplo: Uplo,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    w: &mut [T::Real],
    par: Par,
    work: Workspace<'_>,
    nb: usize,
) -> Result<(), Info> {
    let n = a.nrows();
    if n == 0 {
        return Ok(());
    }
    reduce_to_standard(itype, uplo, a.rb_mut(), b.rb_mut(), par)?;
    let r = syev_with(jobz, uplo, a.rb_mut(), w, par, work, nb);
    if jobz == Jobz::Vectors {
        let neig = match r {
            Ok(()) => n,
            Err(i) => i.get().get() - 1,
        };
        back_transform(itype, uplo, b.rb(), a.submatrix(0, 0, n, neig), par);
    }
    r
}

/// The workspace [`sygvd`] needs for order `n`.
pub fn sygvd_req<T: Scalar>(jobz: Jobz, n: usize) -> WorkReq {
    syevd_req_with::<T>(jobz, n, BLOCK)
}

/// [`sygv`] by divide and conquer (`?sygvd`/`?hegvd`): the eigenvectors are
/// transformed back only when the eigensolver succeeded; `Err(i)` for
/// `i <= n` as [`syevd_with`].
#[allow(clippy::too_many_arguments)]
pub fn sygvd<T: Scalar>(
    itype: Itype,
    jobz: Jobz,
    uplo: Uplo,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    w: &mut [T::Real],
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    sygvd_with(itype, jobz, uplo, a, b, w, par, work, BLOCK)
}

/// [`sygvd`] with the reduction in panels of `nb` columns.
#[allow(clippy::too_many_arguments)]
pub fn sygvd_with<T: Scalar>(
    itype: Itype,
    jobz: Jobz,
    uplo: Uplo,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    w: &mut [T::Real],
    par: Par,
    work: Workspace<'_>,
    nb: usize,
) -> Result<(), Info> {
    let n = a.nrows();
    if n == 0 {
        return Ok(());
    }
    reduce_to_standard(itype, uplo, a.rb_mut(), b.rb_mut(), par)?;
    let r = syevd_with(jobz, uplo, a.rb_mut(), w, par, work, nb);
    if jobz == Jobz::Vectors && r.is_ok() {
        back_transform(itype, uplo, b.rb(), a, par);
    }
    r
}

/// The workspace [`sygvx`] needs for order `n`.
pub fn sygvx_req<T: Scalar>(jobz: Jobz, n: usize) -> WorkReq {
    syevx_req_with::<T>(jobz, n, BLOCK)
}

/// Selected eigenvalues, and optionally eigenvectors, of a generalized
/// Hermitian-definite problem (`?sygvx`/`?hegvx`): [`sygv`]'s reduction and
/// back-transformation around [`syevx_with`], whose outputs and status it
/// returns (`m`, `w`, `z`, `ifail`; after a failure of `k` vectors the first
/// `k - 1` are transformed back and `m = k - 1`, as the reference);
/// `Err(n + i)` when `B`'s leading minor of order `i` is not positive definite.
#[allow(clippy::too_many_arguments)]
pub fn sygvx<T: Scalar>(
    itype: Itype,
    jobz: Jobz,
    range: EigRange<T::Real>,
    uplo: Uplo,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    abstol: T::Real,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    ifail: &mut [Option<usize>],
    par: Par,
    work: Workspace<'_>,
) -> (usize, Result<(), Info>) {
    sygvx_with(itype, jobz, range, uplo, a, b, abstol, w, z, ifail, par, work, BLOCK)
}

/// [`sygvx`] with the reduction in panels of `nb` columns.
#[allow(clippy::too_many_arguments)]
pub fn sygvx_with<T: Scalar>(
    itype: Itype,
    jobz: Jobz,
    range: EigRange<T::Real>,
    uplo: Uplo,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    abstol: T::Real,
    w: &mut [T::Real],
    mut z: MatMut<'_, T>,
    ifail: &mut [Option<usize>],
    par: Par,
    work: Workspace<'_>,
    nb: usize,
) -> (usize, Result<(), Info>) {
    let n = a.nrows();
    if n == 0 {
        return (0, Ok(()));
    }
    if let Err(i) = reduce_to_standard(itype, uplo, a.rb_mut(), b.rb_mut(), par) {
        return (0, Err(i));
    }
    let (mut m, r) = syevx_with(jobz, range, uplo, a, abstol, w, z.rb_mut(), ifail, par, work, nb);
    if jobz == Jobz::Vectors {
        if let Err(i) = r {
            m = i.get().get() - 1;
        }
        back_transform(itype, uplo, b.rb(), z.submatrix(0, 0, n, m), par);
    }
    (m, r)
}
