//! Symmetric and Hermitian indefinite systems through the Bunch-Kaufman
//! factorization `A = L D L^T` / `U D U^T` (`^H` when Hermitian): factor
//! ([`sytrf`], from relapack), solve ([`sytrs`]), factor and solve
//! ([`sysv`]), and around the factor: its conversion to a unit triangle
//! ([`syconv`]), the solve on Level-3 kernels ([`sytrs2`]), the inverse
//! ([`sytri`], [`sytri2`], [`sytri2x`]) and the symmetric interchange
//! ([`syswapr`]). The bounded Bunch-Kaufman factorization in rk storage
//! ([`sytrf_rk`], [`sytrs_3`], [`sytri_3x`], [`sysv_rk`], [`syconvf`],
//! [`syconvf_rook`]) the inverse from the rook factor ([`sytri_rook`]); Aasen's
//! factorization `A = P L T L^T P^T`, T tridiagonal ([`sytrf_aa`],
//! [`sytrs_aa`], [`sysv_aa`]) and its two-stage form, T banded and then
//! factored by band LU ([`sytrf_aa_2stage`], [`sytrs_aa_2stage`],
//! [`sysv_aa_2stage`]). The panels of the blocked factorizations: [`lasyf`],
//! [`lasyf_rook`], [`lasyf_rk`]. `herm = false` is LAPACK's `?sytrf` family (complex
//! symmetric for c and z), `herm = true` its `?hetrf` family.

use crate::relapack::pivots::BlockPivotIndex;
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{MatMut, Uplo};

mod aasen;
mod aasen2;
mod convert;
mod inverse;
mod rk;
mod solve2;

pub use aasen::{
    lasyf_aa, sysv_aa, sysv_aa_req, sytrf_aa, sytrf_aa_min_req, sytrf_aa_req, sytrf_aa_with, sytrs_aa, sytrs_aa_req,
    BLOCK as AASEN_BLOCK,
};
pub use aasen2::{aa_2stage_band, sysv_aa_2stage, sytrf_aa_2stage, sytrf_aa_2stage_req, sytrs_aa_2stage};
pub use convert::{syconv, syswapr, Way};
pub use inverse::{sytri, sytri2, sytri2_req, sytri2x, sytri2x_req, sytri_req};
pub use rk::{
    syconvf, syconvf_rook, sysv_rk, sytrf_rk, sytrf_rk_req, sytrf_rk_with, sytri_3x, sytri_3x_req, sytri_rook,
    sytri_rook_req, sytrs_3,
};
pub use solve2::sytrs2;

pub use crate::relapack::sytrf::{
    lasyf, lasyf_rk, lasyf_rook, sytrf, sytrf_req, sytrf_rook, sytrf_rook_req, sytrf_rook_with, sytrs, sytrs_rook,
    BLOCK,
};

/// The workspace [`sysv`] needs to factor on full panels (that of [`sytrf`]).
pub fn sysv_req<T: Scalar>(n: usize) -> WorkReq {
    sytrf_req::<T>(n)
}

/// Solves `A X = B` for the symmetric (`herm = false`) or Hermitian A held
/// in the `uplo` triangle of `a`: factors it in place as [`sytrf`] does,
/// then overwrites the `n x nrhs` matrix `b` with X.
///
/// `Err(Info)` as [`sytrf`]'s (D singular); B is then left unchanged.
pub fn sysv<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    mut a: MatMut<'_, T>,
    ipiv: &mut [P],
    b: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    sytrf(uplo, herm, a.rb_mut(), ipiv, par, work)?;
    sytrs(uplo, herm, a.rb(), ipiv, b);
    Ok(())
}

/// [`sysv`] with rook pivoting ([`sytrf_rook`], [`sytrs_rook`]); `work`:
/// [`sytrf_rook_req`] (less factors on narrower panels).
pub fn sysv_rook<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    mut a: MatMut<'_, T>,
    ipiv: &mut [P],
    b: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    sytrf_rook(uplo, herm, a.rb_mut(), ipiv, par, work)?;
    sytrs_rook(uplo, herm, a.rb(), ipiv, b);
    Ok(())
}
