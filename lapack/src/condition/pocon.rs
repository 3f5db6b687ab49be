//! The reciprocal condition number of a Hermitian positive definite matrix
//! from its Cholesky factor (`?pocon`).

use super::latrs::{scaled_solve, FullTri, TriStore};
use super::trcon::unscale;
use super::{norm1_estimate, norm1_estimate_req, take_reals, CondScratch, NormIn};
use crate::WorkReq;
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::enums::{Diag, Trans, Uplo};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::{MatRef, VecMut};

/// The workspace [`pocon`] needs for order `n`.
pub fn pocon_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T::Real>(n).and(norm1_estimate_req::<T>(n))
}

/// Estimates the reciprocal 1-norm condition number `1 / (norm1(A)
/// norm1(inv(A)))` of a Hermitian (symmetric) positive definite `A` from its
/// Cholesky factor (`?pocon`): `a` holds `U` with `A = U^H U` (`uplo =
/// Upper`) or `L` with `A = L L^H`, as `potrf` leaves it; `anorm = norm1(A)`
/// (of the original matrix, `>= 0`).
///
/// Returns 1 for `n = 0`, 0 for `anorm = 0` and when a solve would overflow
/// (`A` singular to working precision).
///
/// # Panics
/// If `a` is not square, or `work` is smaller than [`pocon_req`] says (or,
/// as a pair, than the reference's WORK and IWORK or RWORK: see [`CondScratch`]).
pub fn pocon<'w, T: Scalar>(uplo: Uplo, a: MatRef<'_, T>, anorm: T::Real, work: impl CondScratch<'w>) -> T::Real {
    assert_eq!(a.ncols(), a.nrows(), "pocon: A is {}x{}, not square", a.nrows(), a.ncols());
    pd_rcond(&FullTri { a, upper: uplo == Uplo::Upper }, anorm, work)
}

/// [`pocon`] for a Cholesky factor in any triangular storage (`?ppcon` too).
pub(crate) fn pd_rcond<'w, T: Scalar, S: TriStore<T>>(a: &S, anorm: T::Real, work: impl CondScratch<'w>) -> T::Real {
    let n = a.order();
    let (zero, one) = (T::Real::zero(), T::Real::one());
    if n == 0 {
        return one;
    }
    if anorm == zero {
        return zero;
    }
    let (mut work, mut side) = work.into_parts();
    let (cnorm, rest) = take_reals::<T>(&mut work, &mut side, n);
    let smlnum = lamch::<T::Real>(Machine::SafeMin);
    let mut normin = NormIn::Compute;
    // inv(A) is Hermitian: both products are the same two solves.
    let (first, second) = if a.upper() { (Trans::ConjTrans, Trans::No) } else { (Trans::No, Trans::ConjTrans) };
    let est = norm1_estimate::<T>(
        n,
        |_, x| {
            let s1 = scaled_solve(a, first, Diag::NonUnit, normin, VecMut::from_slice(x), cnorm);
            normin = NormIn::Given;
            let s2 = scaled_solve(a, second, Diag::NonUnit, normin, VecMut::from_slice(x), cnorm);
            unscale(s1 * s2, x, smlnum)
        },
        rest,
    );
    match est {
        Some(ainvnm) if ainvnm != zero => (one / ainvnm) / anorm,
        _ => zero,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::condition::testutil::*;
    use crate::WorkBuffer;
    use ferroblas_kernels::scalar::RealScalar;
    use ferroblas_kernels::{c32, c64};

    fn rcond<T: TestScalar>(uplo: Uplo, f: &Dense<T>, anorm: T::Real) -> T::Real {
        let mut buf = WorkBuffer::new(pocon_req::<T>(f.n));
        pocon(uplo, f.view(), anorm, buf.workspace())
    }

    fn against_inverse<T: TestScalar>() {
        let mut rng = Rng::new(21);
        let eps = T::Real::EPSILON.to_f64();
        let tiny = if eps > 1e-10 { 1e-3 } else { 1e-8 };
        for n in 1..=12 {
            for shift in [1.0, 1e-2, tiny] {
                let a = hpd::<T>(n, &mut rng, shift);
                let want = true_rcond(&a, false);
                for uplo in [Uplo::Upper, Uplo::Lower] {
                    let f = cholesky(&a, uplo);
                    let got = rcond(uplo, &f, a.norm1()).to_f64();
                    assert!(got > 0.0);
                    let slack = 1.0 + 1e3 * eps / want;
                    assert!(
                        got <= want * 5.0 * slack && got >= want / slack,
                        "{}: n={n} shift={shift} {uplo:?}: rcond {got}, true {want}",
                        T::PREFIX
                    );
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
        let one = T::Real::one();
        assert_eq!(rcond(Uplo::Upper, &Dense::<T>::zeros(0), one), one);
        let mut rng = Rng::new(2);
        let a = hpd::<T>(4, &mut rng, 1.0);
        let f = cholesky(&a, Uplo::Lower);
        assert_eq!(rcond(Uplo::Lower, &f, T::Real::zero()), T::Real::zero());
        // A zero in the factor's diagonal: singular, rcond 0.
        let mut g = f.clone();
        g.set(2, 2, T::zero());
        assert_eq!(rcond(Uplo::Lower, &g, a.norm1()), T::Real::zero());
        // NaN anorm propagates (the reference has no special case).
        assert!(rcond(Uplo::Lower, &f, RealScalar::from_f64(f64::NAN)).is_nan());
    }

    #[test]
    fn special_matrices() {
        special::<f32>();
        special::<f64>();
        special::<c32>();
        special::<c64>();
    }
}
