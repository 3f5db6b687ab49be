//! The reciprocal condition number of a triangular matrix (`?trcon`).

use super::{latrs, norm1_estimate, norm1_estimate_req, take_reals, CondNorm, CondScratch, NormIn, Product};
use crate::WorkReq;
use ferroblas_kernels::aux::norms::{lantr, Norm};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::aux::vectors::rscl;
use ferroblas_kernels::enums::{Diag, Trans, Uplo};
use ferroblas_kernels::level1;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::{MatRef, VecMut, VecRef};
use std::ops::ControlFlow;

/// The workspace [`trcon`] needs for order `n`.
pub fn trcon_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T::Real>(n).and(norm1_estimate_req::<T>(n))
}

/// Divides `x` by `scale` (the scale a scaled solve returned) unless that
/// would overflow; `Break` when it would, which ends the estimate with
/// `rcond = 0` as the reference does.
pub(crate) fn unscale<T: Scalar>(scale: T::Real, x: &mut [T], smlnum: T::Real) -> ControlFlow<()> {
    if scale != T::Real::one() {
        let ix = level1::iamax(VecRef::from_slice(x)).unwrap_or(0);
        if scale < x[ix].abs1() * smlnum || scale == T::Real::zero() {
            return ControlFlow::Break(());
        }
        rscl(scale, VecMut::from_slice(x));
    }
    ControlFlow::Continue(())
}

/// Estimates the reciprocal condition number `1 / (norm(A) norm(inv(A)))` of
/// a triangular matrix `a` in the 1- or infinity-norm (`?trcon`).
///
/// `norm(A)` is computed (only the triangle `uplo` is read, and not the
/// diagonal for [`Diag::Unit`]); `norm(inv(A))` is estimated by [`norm1_estimate`]
/// with solves by [`latrs`]. Returns 1 for `n = 0`, and 0 when `norm(A)` is
/// zero (or NaN), or when a solve would overflow (`A` is singular to working
/// precision).
///
/// # Panics
/// If `a` is not square, or `work` is smaller than [`trcon_req`] says (or,
/// as a pair, than the reference's WORK and IWORK or RWORK: see [`CondScratch`]).
pub fn trcon<'w, T: Scalar>(
    norm: CondNorm,
    uplo: Uplo,
    diag: Diag,
    a: MatRef<'_, T>,
    work: impl CondScratch<'w>,
) -> T::Real {
    let n = a.nrows();
    assert_eq!(a.ncols(), n, "trcon: A is {n}x{}, not square", a.ncols());
    let (zero, one) = (T::Real::zero(), T::Real::one());
    if n == 0 {
        return one;
    }
    let (mut work, mut side) = work.into_parts();
    let (cnorm, rest) = take_reals::<T>(&mut work, &mut side, n);
    let smlnum = lamch::<T::Real>(Machine::SafeMin) * T::Real::from_f64(n as f64);
    // cnorm doubles as the infinity-norm's row sums until latrs fills it.
    let lnorm = if norm == CondNorm::One { Norm::One } else { Norm::Inf };
    let anorm = lantr(lnorm, uplo, diag, a, cnorm);
    if anorm.is_nan() || anorm <= zero {
        return zero;
    }
    // norm_inf(inv(A)) = norm1(inv(A)^H): the estimator's "A" is inv(A) or inv(A)^H.
    let direct = if norm == CondNorm::One { Product::A } else { Product::AH };
    let mut normin = NormIn::Compute;
    let est = norm1_estimate::<T>(
        n,
        |p, x| {
            let op = if p == direct { Trans::No } else { Trans::ConjTrans };
            let scale = latrs(uplo, op, diag, normin, a, VecMut::from_slice(x), cnorm);
            normin = NormIn::Given;
            unscale(scale, x, smlnum)
        },
        rest,
    );
    match est {
        Some(ainvnm) if ainvnm != zero => (one / anorm) / ainvnm,
        _ => zero,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::condition::testutil::*;
    use crate::WorkBuffer;
    use ferroblas_kernels::{c32, c64};

    fn rcond<T: TestScalar>(norm: CondNorm, uplo: Uplo, diag: Diag, a: &Dense<T>) -> T::Real {
        let mut buf = WorkBuffer::new(trcon_req::<T>(a.n));
        trcon(norm, uplo, diag, a.view(), buf.workspace())
    }

    fn against_inverse<T: TestScalar>() {
        let mut rng = Rng::new(5);
        let eps = T::Real::EPSILON.to_f64();
        for n in 1..=12 {
            for kind in [0, 1, 2, 5] {
                let a = Dense::<T>::random(n, &mut rng, kind);
                for (uplo, diag) in [
                    (Uplo::Upper, Diag::NonUnit),
                    (Uplo::Lower, Diag::NonUnit),
                    (Uplo::Upper, Diag::Unit),
                    (Uplo::Lower, Diag::Unit),
                ] {
                    let t = a.triangle(uplo, diag);
                    for norm in [CondNorm::One, CondNorm::Inf] {
                        let want = true_rcond(&t, norm == CondNorm::Inf);
                        let got = rcond(norm, uplo, diag, &a).to_f64();
                        assert!(got > 0.0, "{}: n={n} kind={kind} rcond {got}", T::PREFIX);
                        // rcond is an upper bound of the truth, usually within 3x (5x allowed);
                        // the slack covers rounding in the solves (cond * eps).
                        let slack = 1.0 + 1e3 * eps / want;
                        assert!(
                            got <= want * 5.0 * slack && got >= want / slack,
                            "{}: n={n} kind={kind} {uplo:?} {diag:?} {norm:?}: rcond {got}, true {want}",
                            T::PREFIX
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn agrees_with_the_explicit_inverse() {
        against_inverse::<f32>();
        against_inverse::<f64>();
        against_inverse::<c32>();
        against_inverse::<c64>();
    }

    fn special<T: TestScalar>() {
        // n = 0: 1.
        assert_eq!(rcond(CondNorm::One, Uplo::Upper, Diag::NonUnit, &Dense::<T>::zeros(0)), T::Real::one());
        // Zero matrix: 0. Exactly singular (zero diagonal): 0.
        let z = Dense::<T>::zeros(4);
        assert_eq!(rcond(CondNorm::Inf, Uplo::Lower, Diag::NonUnit, &z), T::Real::zero());
        let mut rng = Rng::new(9);
        let mut a = Dense::<T>::random(6, &mut rng, 2);
        a.set(3, 3, T::zero());
        for uplo in [Uplo::Upper, Uplo::Lower] {
            let r = rcond(CondNorm::One, uplo, Diag::NonUnit, &a).to_f64();
            assert!(r < 1e3 * T::Real::EPSILON.to_f64(), "{}: singular rcond {r}", T::PREFIX);
        }
        // The identity, and a unit triangle's ignored diagonal: 1.
        let mut id = Dense::<T>::zeros(3);
        for j in 0..3 {
            id.set(j, j, T::from_real(RealScalar::from_f64(-2.0)));
        }
        assert_eq!(rcond(CondNorm::One, Uplo::Upper, Diag::NonUnit, &id), T::Real::one());
        assert_eq!(rcond(CondNorm::Inf, Uplo::Lower, Diag::Unit, &id), T::Real::one());
    }

    #[test]
    fn special_matrices() {
        special::<f32>();
        special::<f64>();
        special::<c32>();
        special::<c64>();
    }
}
