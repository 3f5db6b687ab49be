//! Glue between the generated rk entry points whose Fortran workspace does
//! not fit the Rust one (`?sycon_3`, `?hecon_3`, `?sytri_rook`,
//! `?hetri_rook`, Aasen's `?sytrf_aa`, `?sytrs_aa`, `?sysv_aa`) and `ferroblas_lapack`: they run on a [`WorkBuffer`] sized
//! by the `_req` functions (O(n) beside the O(n^2) or O(n^3) work).

use crate::lapack_rt::AbiInt;
use ferroblas_kernels::enums::Uplo;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::{MatMut, MatRef};
use ferroblas_lapack::{condition, indefinite, Info, Par, WorkBuffer};

/// `?sycon_3` / `?hecon_3` over the Fortran pivots.
pub fn sycon_3<T: Scalar, I: AbiInt>(
    uplo: Uplo,
    herm: bool,
    a: MatRef<'_, T>,
    e: &[T],
    ipiv: &[I],
    anorm: T::Real,
    rcond: &mut T::Real,
) {
    let mut buf = WorkBuffer::new(condition::sycon_req::<T>(a.nrows()));
    let ipiv = crate::lapack_rt::one_based(ipiv);
    *rcond = condition::sycon_3(uplo, herm, a, e, ipiv, anorm, buf.workspace());
}

/// The block size of [`sytri_rook`]'s Level-3 inverse.
const ROOK_INVERSE_BLOCK: usize = 64;

/// `?sytri_rook` / `?hetri_rook` over the Fortran pivots.
pub fn sytri_rook<T: Scalar, I: AbiInt>(uplo: Uplo, herm: bool, a: MatMut<'_, T>, ipiv: &[I]) -> Result<(), Info> {
    let mut buf = WorkBuffer::new(indefinite::sytri_rook_req::<T>(a.nrows(), ROOK_INVERSE_BLOCK));
    let ipiv = crate::lapack_rt::one_based(ipiv);
    indefinite::sytri_rook(uplo, herm, a, ipiv, ROOK_INVERSE_BLOCK, Par::default(), buf.workspace())
}

/// `?sytrf_aa` / `?hetrf_aa` over the Fortran pivots.
pub fn sytrf_aa<T: Scalar, I: AbiInt>(uplo: Uplo, herm: bool, a: MatMut<'_, T>, ipiv: &mut [I]) {
    let mut buf = WorkBuffer::new(indefinite::sytrf_aa_req::<T>(a.nrows()));
    indefinite::sytrf_aa(uplo, herm, a, crate::lapack_rt::one_based_mut(ipiv), buf.workspace());
}

/// `?sytrs_aa` / `?hetrs_aa` over the Fortran pivots.
pub fn sytrs_aa<T: Scalar, I: AbiInt>(
    uplo: Uplo,
    herm: bool,
    a: MatRef<'_, T>,
    ipiv: &[I],
    b: MatMut<'_, T>,
) -> Result<(), Info> {
    let mut buf = WorkBuffer::new(indefinite::sytrs_aa_req::<T>(a.nrows()));
    indefinite::sytrs_aa(uplo, herm, a, crate::lapack_rt::one_based(ipiv), b, buf.workspace())
}

/// `?sysv_aa` / `?hesv_aa` over the Fortran pivots.
pub fn sysv_aa<T: Scalar, I: AbiInt>(
    uplo: Uplo,
    herm: bool,
    a: MatMut<'_, T>,
    ipiv: &mut [I],
    b: MatMut<'_, T>,
) -> Result<(), Info> {
    let mut buf = WorkBuffer::new(indefinite::sysv_aa_req::<T>(a.nrows()));
    indefinite::sysv_aa(uplo, herm, a, crate::lapack_rt::one_based_mut(ipiv), b, buf.workspace())
}
