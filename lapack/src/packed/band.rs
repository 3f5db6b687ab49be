//! Triangular band matrices: `?tbtrs`, `?tbcon`, `?tbrfs` and the
//! overflow-guarded solve `?latbs`.
//!
//! `ab` is band storage with `kd` off-diagonals: `A(i, j)` at row
//! `kd + i - j` (upper) or `i - j` (lower) of column `j`; `n = ab.ncols()`.

use super::triangular::{check_diagonal, tri_error_bounds, tri_rcond};
use super::BandTri;
use crate::condition::{scaled_solve, take_reals, CondNorm, CondScratch, NormIn, TriStore};
use crate::{Info, Workspace};
use ferroblas_kernels::aux::norms::{lantb, Norm};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, MatRef, Trans, Uplo, VecMut};

pub use super::triangular::{tpcon_req as tbcon_req, tprfs_req as tbrfs_req};

fn band<T>(uplo: Uplo, kd: usize, ab: MatRef<'_, T>) -> BandTri<'_, T> {
    assert!(ab.ncols() == 0 || ab.nrows() > kd, "band storage with {kd} off-diagonals needs {} rows", kd + 1);
    BandTri { ab, kd, upper: uplo == Uplo::Upper }
}

/// Solves `op(A) x = s b` for the triangular band `A` (`?latbs`), the scale
/// `s <= 1` chosen so that `x` cannot overflow:
/// [`latrs`](crate::condition::latrs) for band storage (`cnorm[j]` the
/// 1-norm of column `j`'s stored off-diagonal part).
#[allow(clippy::too_many_arguments)]
pub fn latbs<T: Scalar>(
    uplo: Uplo,
    trans: Trans,
    diag: Diag,
    normin: NormIn,
    kd: usize,
    ab: MatRef<'_, T>,
    x: VecMut<'_, T>,
    cnorm: &mut [T::Real],
) -> T::Real {
    assert_eq!(x.len(), ab.ncols(), "latbs: x has {} elements, A has order {}", x.len(), ab.ncols());
    scaled_solve(&band(uplo, kd, ab), trans, diag, normin, x, cnorm)
}

/// Solves `op(A) X = B` in place of `b` for the triangular band `A`
/// (`?tbtrs`).
///
/// `Err(Info)` when A has an exactly zero diagonal element `i` (INFO = i + 1,
/// the first; never with `Diag::Unit`): B is then unchanged.
pub fn tbtrs<T: Scalar>(
    uplo: Uplo,
    trans: Trans,
    diag: Diag,
    kd: usize,
    ab: MatRef<'_, T>,
    mut b: MatMut<'_, T>,
) -> Result<(), Info> {
    assert_eq!(b.nrows(), ab.ncols(), "tbtrs: operand shapes disagree");
    let a = band(uplo, kd, ab);
    check_diagonal(&a, diag)?;
    for j in 0..b.ncols() {
        a.solve(trans, diag, b.rb_mut().col_mut(j));
    }
    Ok(())
}

/// Estimates the reciprocal condition number `1 / (norm(A) norm(inv(A)))` in
/// the 1- or infinity-norm of the triangular band `A` (`?tbcon`): 1 for
/// `n = 0`, 0 for a zero (or NaN) norm or a solve that would overflow.
/// `work` as [`tbcon_req`] says, or the reference's WORK and IWORK or RWORK
/// (see [`CondScratch`]).
pub fn tbcon<'w, T: Scalar>(
    norm: CondNorm,
    uplo: Uplo,
    diag: Diag,
    kd: usize,
    ab: MatRef<'_, T>,
    work: impl CondScratch<'w>,
) -> T::Real {
    let a = band(uplo, kd, ab);
    let n = ab.ncols();
    if n == 0 {
        return T::Real::one();
    }
    let (mut work, mut side) = work.into_parts();
    let (cnorm, rest) = take_reals::<T>(&mut work, &mut side, n);
    let lnorm = if norm == CondNorm::One { Norm::One } else { Norm::Inf };
    let anorm = lantb(lnorm, uplo, diag, kd, ab, cnorm);
    tri_rcond(&a, norm, diag, anorm, cnorm, rest)
}

/// Error bounds for the solution `x` of `op(A) X = B` for the triangular
/// band `A` (`?tbrfs`): `ferr` and `berr` as for
/// [`tprfs`](super::triangular::tprfs). `work` as [`tbrfs_req`] says.
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
    work: Workspace<'_>,
) {
    tri_error_bounds(&band(uplo, kd, ab), trans, diag, kd + 2, b, x, ferr, berr, work);
}
