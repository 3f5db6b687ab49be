//! `?gbcon` and `?pbcon`: reciprocal condition numbers of band matrices
//! from their LU (`?gbtrf`) or Cholesky (`?pbtrf`) factors, with Higham's
//! 1-norm estimator over solves with the factors.
//!
//! The solves are our band solvers (`?gbtrs`, `?pbtrs`), not the
//! reference's overflow-guarded `?latbs`: the estimate is the same wherever
//! no solve comes near overflow, and a solve that overflows gives an
//! infinite norm estimate, so `rcond = 0`, the answer the reference's guard
//! gives for such a matrix too.

use super::{norm1_estimate, norm1_estimate_req, CondNorm, CondScratch, Product};
use crate::band::{gbtrs, pbtrs};
use crate::relapack::pivots::PivotIndex;
use crate::{Par, WorkReq};
use ferroblas_kernels::enums::{Trans, Uplo};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::{MatMut, MatRef};
use std::ops::ControlFlow;

/// The workspace [`gbcon`] and [`pbcon`] need for order `n`.
pub fn band_con_req<T: Scalar>(n: usize) -> WorkReq {
    norm1_estimate_req::<T>(n)
}

/// The estimate of `1 / (norm(A) norm(inv(A)))` in the 1-norm or the
/// infinity-norm (`norm`) for the band matrix whose LU factors from `gbtrf`
/// (`kl` sub- and `ku` superdiagonals, band storage with the fill-in rows)
/// are in `lu` and `ipiv`; `anorm` is that norm of A. 1 when `n = 0`, 0 when
/// `anorm = 0` or A is singular. `work` is one workspace of [`band_con_req`],
/// or the reference's WORK and IWORK or RWORK (see [`CondScratch`]).
pub fn gbcon<'w, T: Scalar, P: PivotIndex>(
    norm: CondNorm,
    kl: usize,
    ku: usize,
    lu: MatRef<'_, T>,
    ipiv: &[P],
    anorm: T::Real,
    work: impl CondScratch<'w>,
) -> T::Real {
    let n = lu.ncols();
    // inv(A) x for the 1-norm's first product; inv(A)^H x for the other.
    let direct = if norm == CondNorm::One { Product::A } else { Product::AH };
    estimate::<T>(n, anorm, work, |p, x| {
        let trans = if p == direct { Trans::No } else { Trans::ConjTrans };
        gbtrs(trans, kl, ku, lu, ipiv, MatMut::from_col_major(x, n, 1, n.max(1)), Par::Seq);
    })
}

/// The estimate of `1 / (norm1(A) norm1(inv(A)))` for the Hermitian
/// positive definite band matrix whose Cholesky factor from `pbtrf` (`kd`
/// off-diagonals, the `uplo` triangle in band storage) is in `factor`;
/// `anorm` is `norm1(A)`.
pub fn pbcon<'w, T: Scalar>(
    uplo: Uplo,
    kd: usize,
    factor: MatRef<'_, T>,
    anorm: T::Real,
    work: impl CondScratch<'w>,
) -> T::Real {
    let n = factor.ncols();
    estimate::<T>(n, anorm, work, |_, x| {
        pbtrs(uplo, kd, factor, MatMut::from_col_major(x, n, 1, n.max(1)), Par::Seq);
    })
}

fn estimate<'w, T: Scalar>(
    n: usize,
    anorm: T::Real,
    work: impl CondScratch<'w>,
    mut solve: impl FnMut(Product, &mut [T]),
) -> T::Real {
    let (zero, one) = (T::Real::zero(), T::Real::one());
    if n == 0 {
        return one;
    }
    if anorm == zero || anorm.is_nan() {
        return zero;
    }
    let est = norm1_estimate::<T>(
        n,
        |p, x| {
            solve(p, x);
            if x.iter().all(|v| v.re().is_finite() && v.im().is_finite()) {
                ControlFlow::Continue(())
            } else {
                ControlFlow::Break(())
            }
        },
        work,
    );
    match est {
        Some(ainvnm) if ainvnm != zero && ainvnm.is_finite() => (one / ainvnm) / anorm,
        _ => zero,
    }
}
