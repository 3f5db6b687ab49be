//! Glue between the generated packed and triangular band entry points and
//! `ferroblas_lapack::packed`: outputs written through the reference's
//! scalar arguments, and the scratch memory.
//!
//! The condition estimators `?tpcon`, `?tbcon`, `?ppcon` run on the caller's
//! WORK and IWORK (real) or RWORK (complex). The other routines run on a
//! [`WorkBuffer`] sized by their `_req` functions (`?tptri` and the
//! factorizations have no workspace argument at all but unpack into a full
//! `n x n` copy for large `n`; the refinement routines' and `?spcon`'s Rust
//! layouts do not fit the reference's arrays yet).

use crate::lapack_rt::workspace;
use ferroblas_kernels::enums::{Diag, Trans, Uplo};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::{MatMut, MatRef, VecMut};
use ferroblas_lapack::condition::{CondNorm, NormIn};
use ferroblas_lapack::packed::{band, cholesky, indefinite, triangular};
use ferroblas_lapack::relapack::pivots::BlockPivotIndex;
use ferroblas_lapack::{Info, Par, WorkBuffer};

/// `?latps`: SCALE is not written for `n = 0`, as in the reference.
#[allow(clippy::too_many_arguments)]
pub fn latps<T: Scalar>(
    uplo: Uplo,
    trans: Trans,
    diag: Diag,
    normin: NormIn,
    ap: &[T],
    x: &mut [T],
    scale: &mut T::Real,
    cnorm: &mut [T::Real],
) {
    if !x.is_empty() {
        *scale = triangular::latps(uplo, trans, diag, normin, ap, VecMut::from_slice(x), cnorm);
    }
}

/// `?latbs`: SCALE is not written for `n = 0`, as in the reference.
#[allow(clippy::too_many_arguments)]
pub fn latbs<T: Scalar>(
    uplo: Uplo,
    trans: Trans,
    diag: Diag,
    normin: NormIn,
    kd: usize,
    ab: MatRef<'_, T>,
    x: &mut [T],
    scale: &mut T::Real,
    cnorm: &mut [T::Real],
) {
    if !x.is_empty() {
        *scale = band::latbs(uplo, trans, diag, normin, kd, ab, VecMut::from_slice(x), cnorm);
    }
}

/// `?tptri`.
pub fn tptri<T: Scalar>(uplo: Uplo, diag: Diag, n: usize, ap: &mut [T]) -> Result<(), Info> {
    let mut buf = WorkBuffer::new(triangular::tptri_req::<T>(n));
    triangular::tptri(uplo, diag, n, ap, Par::default(), buf.workspace())
}

/// `?tpcon`, on the caller's WORK and its IWORK (real) or RWORK (complex).
#[allow(clippy::too_many_arguments)]
pub fn tpcon<T: Scalar, S>(
    norm: CondNorm,
    uplo: Uplo,
    diag: Diag,
    n: usize,
    ap: &[T],
    rcond: &mut T::Real,
    work: &mut [T],
    side: &mut [S],
) {
    *rcond = triangular::tpcon(norm, uplo, diag, n, ap, (workspace(work), workspace(side)));
}

/// `?tbcon`, on the caller's WORK and its IWORK (real) or RWORK (complex).
#[allow(clippy::too_many_arguments)]
pub fn tbcon<T: Scalar, S>(
    norm: CondNorm,
    uplo: Uplo,
    diag: Diag,
    kd: usize,
    ab: MatRef<'_, T>,
    rcond: &mut T::Real,
    work: &mut [T],
    side: &mut [S],
) {
    *rcond = band::tbcon(norm, uplo, diag, kd, ab, (workspace(work), workspace(side)));
}

/// `?tprfs`.
#[allow(clippy::too_many_arguments)]
pub fn tprfs<T: Scalar>(
    uplo: Uplo,
    trans: Trans,
    diag: Diag,
    ap: &[T],
    b: MatRef<'_, T>,
    x: MatRef<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
) {
    let mut buf = WorkBuffer::new(triangular::tprfs_req::<T>(b.nrows()));
    triangular::tprfs(uplo, trans, diag, ap, b, x, ferr, berr, buf.workspace());
}

/// `?tbrfs`.
#[allow(clippy::too_many_arguments)]
pub fn tbrfs<T: Scalar>(
    uplo: Uplo,
    trans: Trans,
    diag: Diag,
    kd: usize,
    ab: MatRef<'_, T>,
    b: MatRef<'_, T>,
    x: MatRef<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
) {
    let mut buf = WorkBuffer::new(band::tbrfs_req::<T>(b.nrows()));
    band::tbrfs(uplo, trans, diag, kd, ab, b, x, ferr, berr, buf.workspace());
}

/// `?pptrf`.
pub fn pptrf<T: Scalar>(uplo: Uplo, n: usize, ap: &mut [T]) -> Result<(), Info> {
    let mut buf = WorkBuffer::new(cholesky::pptrf_req::<T>(n));
    cholesky::pptrf(uplo, n, ap, Par::default(), buf.workspace())
}

/// `?ppsv`.
pub fn ppsv<T: Scalar>(uplo: Uplo, ap: &mut [T], b: MatMut<'_, T>) -> Result<(), Info> {
    let mut buf = WorkBuffer::new(cholesky::pptrf_req::<T>(b.nrows()));
    cholesky::ppsv(uplo, ap, b, Par::default(), buf.workspace())
}

/// `?pptri`.
pub fn pptri<T: Scalar>(uplo: Uplo, n: usize, ap: &mut [T]) -> Result<(), Info> {
    let mut buf = WorkBuffer::new(cholesky::pptrf_req::<T>(n));
    cholesky::pptri(uplo, n, ap, Par::default(), buf.workspace())
}

/// `?ppcon`, on the caller's WORK and its IWORK (real) or RWORK (complex).
#[allow(clippy::too_many_arguments)]
pub fn ppcon<T: Scalar, S>(
    uplo: Uplo,
    n: usize,
    ap: &[T],
    anorm: T::Real,
    rcond: &mut T::Real,
    work: &mut [T],
    side: &mut [S],
) {
    *rcond = cholesky::ppcon(uplo, n, ap, anorm, (workspace(work), workspace(side)));
}

/// `?pprfs`.
#[allow(clippy::too_many_arguments)]
pub fn pprfs<T: Scalar>(
    uplo: Uplo,
    ap: &[T],
    afp: &[T],
    b: MatRef<'_, T>,
    x: MatMut<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
) {
    let mut buf = WorkBuffer::new(cholesky::pprfs_req::<T>(b.nrows()));
    cholesky::pprfs(uplo, ap, afp, b, x, ferr, berr, buf.workspace());
}

/// `?ppequ`: AMAX is written in every case, SCOND only on success, as in
/// the reference.
pub fn ppequ<T: Scalar>(
    uplo: Uplo,
    n: usize,
    ap: &[T],
    s: &mut [T::Real],
    scond: &mut T::Real,
    amax: &mut T::Real,
) -> Result<(), Info> {
    match cholesky::ppequ(uplo, n, ap, s) {
        Ok(sc) => {
            *scond = sc.scond;
            *amax = sc.amax;
            Ok(())
        }
        Err(e) => {
            *amax = e.amax;
            Err(e.info)
        }
    }
}

/// `?sptrf` / `?hptrf`.
pub fn sptrf<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    n: usize,
    ap: &mut [T],
    ipiv: &mut [P],
) -> Result<(), Info> {
    let mut buf = WorkBuffer::new(indefinite::sptrf_req::<T>(n));
    indefinite::sptrf(uplo, herm, n, ap, ipiv, Par::default(), buf.workspace())
}

/// `?sptrs` / `?hptrs`.
pub fn sptrs<T: Scalar, P: BlockPivotIndex>(uplo: Uplo, herm: bool, ap: &[T], ipiv: &[P], b: MatMut<'_, T>) {
    let mut buf = WorkBuffer::new(indefinite::sptrs_req::<T>(b.nrows()));
    indefinite::sptrs(uplo, herm, ap, ipiv, b, buf.workspace());
}

/// `?spsv` / `?hpsv`.
pub fn spsv<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    ap: &mut [T],
    ipiv: &mut [P],
    b: MatMut<'_, T>,
) -> Result<(), Info> {
    let mut buf = WorkBuffer::new(indefinite::sptrf_req::<T>(b.nrows()));
    indefinite::spsv(uplo, herm, ap, ipiv, b, Par::default(), buf.workspace())
}

/// `?sptri` / `?hptri`.
pub fn sptri<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    n: usize,
    ap: &mut [T],
    ipiv: &[P],
) -> Result<(), Info> {
    let mut buf = WorkBuffer::new(indefinite::sptri_req::<T>(n));
    indefinite::sptri(uplo, herm, n, ap, ipiv, buf.workspace())
}

/// `?spcon` / `?hpcon`.
#[allow(clippy::too_many_arguments)]
pub fn spcon<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    n: usize,
    ap: &[T],
    ipiv: &[P],
    anorm: T::Real,
    rcond: &mut T::Real,
) {
    let mut buf = WorkBuffer::new(indefinite::spcon_req::<T>(n));
    *rcond = indefinite::spcon(uplo, herm, n, ap, ipiv, anorm, buf.workspace());
}

/// `?sprfs` / `?hprfs`.
#[allow(clippy::too_many_arguments)]
pub fn sprfs<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    ap: &[T],
    afp: &[T],
    ipiv: &[P],
    b: MatRef<'_, T>,
    x: MatMut<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
) {
    let mut buf = WorkBuffer::new(indefinite::sprfs_req::<T>(b.nrows()));
    indefinite::sprfs(uplo, herm, ap, afp, ipiv, b, x, ferr, berr, buf.workspace());
}
