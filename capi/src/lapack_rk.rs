//! Glue between the generated rk entry points and `ferroblas_lapack`:
//! `?sycon_3` / `?hecon_3`, which run on the caller's WORK and IWORK;
//! `?sytri_rook` / `?hetri_rook`, whose Fortran workspace does not fit the
//! Rust one, on a [`WorkBuffer`] sized by the `_req` function; and
//! Aasen's `?sytrf_aa`, `?sytrs_aa`, `?sysv_aa` and the panel `?lasyf_aa`,
//! which run in the caller's WORK.

use crate::lapack_rt::AbiInt;
use ferroblas_kernels::enums::Uplo;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::{MatMut, MatRef};
use ferroblas_lapack::{condition, indefinite, Info, Par, WorkBuffer};

/// `?sycon_3` / `?hecon_3` over the Fortran pivots, on the caller's WORK and
/// its IWORK (real; the complex routines have none: pass `&mut []`).
#[allow(clippy::too_many_arguments)]
pub fn sycon_3<T: Scalar, I: AbiInt, S>(
    uplo: Uplo,
    herm: bool,
    a: MatRef<'_, T>,
    e: &[T],
    ipiv: &[I],
    anorm: T::Real,
    rcond: &mut T::Real,
    work: &mut [T],
    side: &mut [S],
) {
    let ipiv = crate::lapack_rt::one_based(ipiv);
    let work = (crate::lapack_rt::workspace(work), crate::lapack_rt::workspace(side));
    *rcond = condition::sycon_3(uplo, herm, a, e, ipiv, anorm, work);
}

/// The block size of [`sytri_rook`]'s Level-3 inverse.
const ROOK_INVERSE_BLOCK: usize = 64;

/// `?sytri_rook` / `?hetri_rook` over the Fortran pivots.
pub fn sytri_rook<T: Scalar, I: AbiInt>(uplo: Uplo, herm: bool, a: MatMut<'_, T>, ipiv: &[I]) -> Result<(), Info> {
    let mut buf = WorkBuffer::new(indefinite::sytri_rook_req::<T>(a.nrows(), ROOK_INVERSE_BLOCK));
    let ipiv = crate::lapack_rt::one_based(ipiv);
    indefinite::sytri_rook(uplo, herm, a, ipiv, ROOK_INVERSE_BLOCK, Par::default(), buf.workspace())
}

/// `?sytrf_aa` / `?hetrf_aa` over the Fortran pivots: runs blocked in the caller's WORK (checked to hold at least `2 n`
/// elements), with the block size of `ilaenv_` for `?SYTRF` / `?HETRF` (the
/// reference's) shrunk to what WORK holds.
pub fn sytrf_aa<T: Scalar, I: AbiInt>(uplo: Uplo, herm: bool, a: MatMut<'_, T>, ipiv: &mut [I], work: &mut [T]) {
    let n = a.nrows();
    let nb = crate::lapack_rt::block_size_or::<T>(if herm { "HETRF" } else { "SYTRF" }, n, indefinite::AASEN_BLOCK);
    let ipiv = crate::lapack_rt::one_based_mut(ipiv);
    indefinite::sytrf_aa_with(uplo, herm, a, ipiv, crate::lapack_rt::workspace(work), nb);
}

/// `?lasyf_aa` / `?lahef_aa`: one panel of Aasen's factorization, `J1 = 1`
/// the first panel (see [`indefinite::lasyf_aa`]); IPIV local to the
/// submatrix, its first entry not written.
#[allow(clippy::too_many_arguments)]
pub fn lasyf_aa<T: Scalar, I: AbiInt>(
    uplo: Uplo,
    herm: bool,
    j1: i64,
    nb: i64,
    a: MatMut<'_, T>,
    ipiv: &mut [I],
    h: MatMut<'_, T>,
    work: &mut [T],
) {
    let nb = nb.max(0) as usize;
    let ipiv = crate::lapack_rt::one_based_mut(ipiv);
    indefinite::lasyf_aa(uplo, herm, j1 == 1, nb, a, ipiv, h, work);
}

/// `?sytrs_aa` / `?hetrs_aa` over the Fortran pivots, in the caller's WORK
/// (checked to hold the reference's minimum, `3 n - 2` elements).
pub fn sytrs_aa<T: Scalar, I: AbiInt>(
    uplo: Uplo,
    herm: bool,
    a: MatRef<'_, T>,
    ipiv: &[I],
    b: MatMut<'_, T>,
    work: &mut [T],
) -> Result<(), Info> {
    indefinite::sytrs_aa(uplo, herm, a, crate::lapack_rt::one_based(ipiv), b, crate::lapack_rt::workspace(work))
}

/// `?sysv_aa` / `?hesv_aa` over the Fortran pivots, in the caller's WORK
/// (checked to hold the reference's minimum, `max(2 n, 3 n - 2)` elements:
/// the factorization's panels shrink to what it holds).
pub fn sysv_aa<T: Scalar, I: AbiInt>(
    uplo: Uplo,
    herm: bool,
    a: MatMut<'_, T>,
    ipiv: &mut [I],
    b: MatMut<'_, T>,
    work: &mut [T],
) -> Result<(), Info> {
    let ipiv = crate::lapack_rt::one_based_mut(ipiv);
    indefinite::sysv_aa(uplo, herm, a, ipiv, b, crate::lapack_rt::workspace(work))
}
