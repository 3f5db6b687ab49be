//! Glue between the generated entry points of the banded generalized
//! Hermitian-definite eigenproblem (`?sbgst`, `?sbgv`, `?sbgvd`, `?sbgvx`
//! and their Hermitian twins) and `ferroblas_lapack::sym_eigen::band_gen`:
//! the drivers' scratch memory, the reference's workspace sizes in
//! WORK(1), 1-based IFAIL.
//!
//! As in `lapack_spband`, the routines run on a [`WorkBuffer`] sized by
//! their `_req` functions: the reduction keeps a wider band than the
//! reference's `2n` WORK holds.

use crate::lapack_rt::AbiInt;
use crate::lapack_spband::{leave_sizes, sbevd_sizes};
use crate::lapack_symeigx::{eig_range, leave_ifail, UNTOUCHED};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::{MatMut, MatRef};
use ferroblas_kernels::Uplo;
use ferroblas_lapack::sym_eigen::band_gen as bg;
use ferroblas_lapack::sym_eigen::bisection::RangeKind;
use ferroblas_lapack::sym_eigen::drivers::Jobz;
use ferroblas_lapack::{Info, Par, WorkBuffer};

/// `?sbgst`/`?hbgst` on their own scratch memory.
pub fn sbgst<T: Scalar>(
    vect: Jobz,
    uplo: Uplo,
    ka: usize,
    kb: usize,
    ab: MatMut<'_, T>,
    bb: MatRef<'_, T>,
    x: MatMut<'_, T>,
) -> Result<(), Info> {
    let mut buf = WorkBuffer::new(bg::sbgst_req::<T>(ab.ncols(), ka, kb));
    bg::sbgst(vect, uplo, ka, kb, ab, bb, x, buf.workspace());
    Ok(())
}

/// `?sbgv`/`?hbgv` on their own scratch memory.
#[allow(clippy::too_many_arguments)]
pub fn sbgv<T: Scalar>(
    jobz: Jobz,
    uplo: Uplo,
    ka: usize,
    kb: usize,
    ab: MatMut<'_, T>,
    bb: MatMut<'_, T>,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
) -> Result<(), Info> {
    let mut buf = WorkBuffer::new(bg::sbgv_req::<T>(jobz, ab.ncols(), ka, kb));
    bg::sbgv(jobz, uplo, ka, kb, ab, bb, w, z, Par::default(), buf.workspace())
}

/// `?sbgvd`/`?hbgvd`: the driver, then the sizes (those of `?sbevd`, as
/// the reference's) in WORK(1), RWORK(1), IWORK(1).
#[allow(clippy::too_many_arguments)]
pub fn sbgvd<T: Scalar, I: AbiInt>(
    jobz: Jobz,
    uplo: Uplo,
    ka: usize,
    kb: usize,
    ab: MatMut<'_, T>,
    bb: MatMut<'_, T>,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    work: &mut [T],
    rwork: &mut [T::Real],
    iwork: &mut [I],
) -> Result<(), Info> {
    let n = ab.ncols();
    let mut buf = WorkBuffer::new(bg::sbgvd_req::<T>(jobz, n, ka, kb));
    let r = bg::sbgvd(jobz, uplo, ka, kb, ab, bb, w, z, Par::default(), buf.workspace());
    leave_sizes(sbevd_sizes::<T>(Some(jobz), n as i64), work, rwork, iwork);
    r
}

/// `?sbgvx`/`?hbgvx`: the driver, M and the 1-based IFAIL.
#[allow(clippy::too_many_arguments)]
pub fn sbgvx<T: Scalar, I: AbiInt>(
    jobz: Jobz,
    range: RangeKind,
    uplo: Uplo,
    ka: usize,
    kb: usize,
    ab: MatMut<'_, T>,
    bb: MatMut<'_, T>,
    q: MatMut<'_, T>,
    vl: T::Real,
    vu: T::Real,
    il: i64,
    iu: i64,
    abstol: T::Real,
    m: &mut I,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    ifail: &mut [I],
) -> Result<(), Info> {
    let n = ab.ncols();
    let mut buf = WorkBuffer::new(bg::sbgvx_req::<T>(jobz, n, ka, kb));
    let mut fails = vec![UNTOUCHED; n];
    let range = eig_range(range, vl, vu, il, iu);
    let (found, r) =
        bg::sbgvx(jobz, range, uplo, ka, kb, ab, bb, q, abstol, w, z, &mut fails, Par::default(), buf.workspace());
    *m = I::from_i64(found as i64);
    leave_ifail(&fails, ifail);
    r
}
