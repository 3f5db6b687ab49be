//! `?sycon` / `?hecon`: the reciprocal 1-norm condition number of a
//! symmetric or Hermitian indefinite matrix from its Bunch-Kaufman
//! factorization (`?sytrf` / `?hetrf`), `1 / (norm1(A) norm1(inv(A)))`, with
//! `norm1(inv(A))` estimated by Higham's method over solves with the factor.

use super::{norm1_estimate, norm1_estimate_req, CondScratch};
use crate::relapack::pivots::BlockPivotIndex;
use crate::relapack::sytrf::{sytrs, sytrs_rook};
use crate::WorkReq;
use ferroblas_kernels::enums::Uplo;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::{MatMut, MatRef};
use std::ops::ControlFlow;

/// The workspace [`sycon`] needs for order `n`.
pub fn sycon_req<T: Scalar>(n: usize) -> WorkReq {
    norm1_estimate_req::<T>(n)
}

/// The estimate of `1 / (norm1(A) norm1(inv(A)))` for the symmetric
/// (`herm = false`) or Hermitian A whose factorization from `sytrf` (same
/// `uplo` and `herm`) is in `a` and `ipiv`; `anorm` is `norm1(A)`.
///
/// 0 when `anorm` is 0 or D is singular (a zero 1x1 block), 1 when `n = 0`.
/// `work` is one workspace of [`sycon_req`], or the reference's WORK and
/// IWORK (see [`CondScratch`]).
pub fn sycon<'w, T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatRef<'_, T>,
    ipiv: &[P],
    anorm: T::Real,
    work: impl CondScratch<'w>,
) -> T::Real {
    estimate(a, ipiv, anorm, work, |x| sytrs(uplo, herm, a, ipiv, x))
}

/// [`sycon`] for a factorization from `sytrf_rook` (`?sycon_rook`, `?hecon_rook`).
pub fn sycon_rook<'w, T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatRef<'_, T>,
    ipiv: &[P],
    anorm: T::Real,
    work: impl CondScratch<'w>,
) -> T::Real {
    estimate(a, ipiv, anorm, work, |x| sytrs_rook(uplo, herm, a, ipiv, x))
}

/// [`sycon`] for a factorization in rk storage from `sytrf_rk` (D's
/// off-diagonal in `e`; `?sycon_3`, `?hecon_3`).
pub fn sycon_3<'w, T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatRef<'_, T>,
    e: &[T],
    ipiv: &[P],
    anorm: T::Real,
    work: impl CondScratch<'w>,
) -> T::Real {
    estimate(a, ipiv, anorm, work, |x| crate::indefinite::sytrs_3(uplo, herm, a, e, ipiv, x))
}

fn estimate<'w, T: Scalar, P: BlockPivotIndex>(
    a: MatRef<'_, T>,
    ipiv: &[P],
    anorm: T::Real,
    work: impl CondScratch<'w>,
    solve: impl Fn(MatMut<'_, T>),
) -> T::Real {
    let n = a.nrows();
    assert!(a.ncols() == n && ipiv.len() >= n, "sycon: operand shapes disagree");
    let (zero, one) = (T::Real::zero(), T::Real::one());
    if n == 0 {
        return one;
    }
    if anorm <= zero {
        return zero;
    }
    // A zero 1x1 block of D makes A singular (2x2 blocks never are).
    let singular = (0..n).any(|i| matches!(ipiv[i].decode(), Some((_, false))) && a.get(i, i).is_zero());
    if singular {
        return zero;
    }
    // inv(A) is symmetric or Hermitian: both products the estimator asks for
    // are solves with the factor, as the reference has them.
    let est = norm1_estimate::<T>(
        n,
        |_, x| {
            let x = MatMut::from_col_major(x, n, 1, n);
            solve(x);
            ControlFlow::Continue(())
        },
        work,
    );
    match est {
        Some(ainvnm) if ainvnm != zero => (one / ainvnm) / anorm,
        _ => zero,
    }
}
