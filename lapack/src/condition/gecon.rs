//! The reciprocal condition number of a general matrix from its LU
//! factorization (`?gecon`).

use super::trcon::unscale;
use super::{latrs, norm1_estimate, norm1_estimate_req, take_reals, CondNorm, CondScratch, NormIn, Product};
use crate::WorkReq;
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::enums::{Diag, Trans, Uplo};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::{MatRef, VecMut};

/// Why [`gecon`]'s result is not a usable reciprocal condition number
/// (LAPACK 3.12's non-zero `INFO`); each carries the `rcond` the reference returns.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum GeconError<R> {
    /// `anorm` is NaN (`rcond` is that NaN) or infinite (`rcond = 0`): the
    /// reference's `INFO = -5`, reported without `XERBLA`.
    BadAnorm(R),
    /// The estimate of `norm(inv(A))` is 0 (`rcond = 0`), or `rcond` came out
    /// NaN or infinite: `INFO = 1`.
    Unreliable(R),
}

impl<R: Copy> GeconError<R> {
    /// The `rcond` the reference returns with this error.
    pub fn rcond(self) -> R {
        match self {
            GeconError::BadAnorm(r) | GeconError::Unreliable(r) => r,
        }
    }

    /// LAPACK's `INFO` for this error (-5 or 1).
    pub fn lapack_info(self) -> i64 {
        match self {
            GeconError::BadAnorm(_) => -5,
            GeconError::Unreliable(_) => 1,
        }
    }
}

/// The workspace [`gecon`] needs for order `n`.
pub fn gecon_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T::Real>(2 * n).and(norm1_estimate_req::<T>(n))
}

/// Estimates the reciprocal condition number `1 / (norm(A) norm(inv(A)))` of
/// a general `A` in the 1- or infinity-norm from its LU factorization
/// (`?gecon`): `lu` holds `L` (unit lower, below the diagonal) and `U` as
/// `getrf` leaves them (the row interchanges do not change the norms), and
/// `anorm = norm(A)` of the original matrix (`>= 0`).
///
/// Returns `Ok(1)` for `n = 0`; `Ok(0)` for `anorm = 0` and when a solve
/// would overflow (`A` singular to working precision); otherwise the
/// estimate, or a [`GeconError`] as LAPACK 3.12 reports one.
///
/// # Panics
/// If `lu` is not square, or `work` is smaller than [`gecon_req`] says (or,
/// as a pair, than the reference's WORK and IWORK or RWORK: see [`CondScratch`]).
pub fn gecon<'w, T: Scalar>(
    norm: CondNorm,
    lu: MatRef<'_, T>,
    anorm: T::Real,
    work: impl CondScratch<'w>,
) -> Result<T::Real, GeconError<T::Real>> {
    let n = lu.nrows();
    assert_eq!(lu.ncols(), n, "gecon: LU is {n}x{}, not square", lu.ncols());
    let (zero, one) = (T::Real::zero(), T::Real::one());
    let huge = lamch::<T::Real>(Machine::Overflow);
    if n == 0 {
        return Ok(one);
    }
    if anorm == zero {
        return Ok(zero);
    }
    if anorm.is_nan() {
        return Err(GeconError::BadAnorm(anorm));
    }
    if anorm > huge {
        return Err(GeconError::BadAnorm(zero));
    }
    let (mut work, mut side) = work.into_parts();
    let (cnorms, rest) = take_reals::<T>(&mut work, &mut side, 2 * n);
    let (cnorm_l, cnorm_u) = cnorms.split_at_mut(n);
    let smlnum = lamch::<T::Real>(Machine::SafeMin);
    let direct = if norm == CondNorm::One { Product::A } else { Product::AH };
    let mut normin = NormIn::Compute;
    let est = norm1_estimate::<T>(
        n,
        |p, x| {
            // inv(A) x = inv(U) inv(L) x; inv(A)^H x = inv(L)^H inv(U)^H x.
            let (sl, su);
            if p == direct {
                sl = latrs(Uplo::Lower, Trans::No, Diag::Unit, normin, lu, VecMut::from_slice(x), cnorm_l);
                su = latrs(Uplo::Upper, Trans::No, Diag::NonUnit, normin, lu, VecMut::from_slice(x), cnorm_u);
            } else {
                su = latrs(Uplo::Upper, Trans::ConjTrans, Diag::NonUnit, normin, lu, VecMut::from_slice(x), cnorm_u);
                sl = latrs(Uplo::Lower, Trans::ConjTrans, Diag::Unit, normin, lu, VecMut::from_slice(x), cnorm_l);
            }
            normin = NormIn::Given;
            unscale(sl * su, x, smlnum)
        },
        rest,
    );
    let Some(ainvnm) = est else { return Ok(zero) };
    if ainvnm == zero {
        return Err(GeconError::Unreliable(zero));
    }
    let rcond = (one / ainvnm) / anorm;
    if rcond.is_nan() || rcond > huge {
        return Err(GeconError::Unreliable(rcond));
    }
    Ok(rcond)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::condition::testutil::*;
    use crate::WorkBuffer;
    use ferroblas_kernels::scalar::RealScalar;
    use ferroblas_kernels::{c32, c64};

    fn rcond<T: TestScalar>(norm: CondNorm, f: &Dense<T>, anorm: T::Real) -> Result<T::Real, GeconError<T::Real>> {
        let mut buf = WorkBuffer::new(gecon_req::<T>(f.n));
        gecon(norm, f.view(), anorm, buf.workspace())
    }

    fn against_inverse<T: TestScalar>() {
        let mut rng = Rng::new(13);
        let eps = T::Real::EPSILON.to_f64();
        for n in 1..=12 {
            for kind in 0..6 {
                let a = Dense::<T>::random(n, &mut rng, kind);
                let f = lu(&a);
                let c = a.to_c64();
                for norm in [CondNorm::One, CondNorm::Inf] {
                    let inf = norm == CondNorm::Inf;
                    let anorm = RealScalar::from_f64(if inf { c.norm_inf_f64() } else { c.norm1_f64() });
                    let want = true_rcond(&a, inf);
                    let got = rcond(norm, &f, anorm);
                    if kind == 4 && n >= 2 {
                        // Exactly singular in exact arithmetic: tiny or 0.
                        let r = got.unwrap_or_else(|e| e.rcond()).to_f64();
                        assert!(r < 1e2 * eps, "{}: n={n} singular rcond {r}", T::PREFIX);
                        continue;
                    }
                    let got = got.unwrap().to_f64();
                    assert!(got > 0.0, "{}: n={n} kind={kind}", T::PREFIX);
                    let slack = 1.0 + 1e3 * eps / want;
                    assert!(
                        got <= want * 5.0 * slack && got >= want / slack,
                        "{}: n={n} kind={kind} {norm:?}: rcond {got}, true {want}",
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
        let (zero, one) = (T::Real::zero(), T::Real::one());
        let r = |v: f64| -> T::Real { RealScalar::from_f64(v) };
        assert_eq!(rcond(CondNorm::One, &Dense::<T>::zeros(0), one), Ok(one));
        let mut rng = Rng::new(4);
        let a = Dense::<T>::random(5, &mut rng, 2);
        let f = lu(&a);
        assert_eq!(rcond(CondNorm::Inf, &f, zero), Ok(zero));
        let nan = rcond(CondNorm::One, &f, r(f64::NAN)).unwrap_err();
        assert!(matches!(nan, GeconError::BadAnorm(v) if v.is_nan()));
        assert_eq!(nan.lapack_info(), -5);
        assert_eq!(rcond(CondNorm::One, &f, r(f64::INFINITY)), Err(GeconError::BadAnorm(zero)));
        // A zero pivot: the solve breaks off, rcond 0 with INFO = 0.
        let mut g = f.clone();
        g.set(4, 4, T::zero());
        assert_eq!(rcond(CondNorm::One, &g, a.norm1()), Ok(zero));
        // The zero matrix as its own LU: 0.
        assert_eq!(rcond(CondNorm::Inf, &Dense::<T>::zeros(3), one), Ok(zero));
        // A NaN in the factors: INFO = 1 with the NaN.
        let mut h = f.clone();
        h.set(0, 3, T::from_real(r(f64::NAN)));
        let e = rcond(CondNorm::One, &h, a.norm1());
        assert!(matches!(e, Err(GeconError::Unreliable(_)) | Ok(_)), "{e:?}");
        if let Err(e) = e {
            assert_eq!(e.lapack_info(), 1);
        }
    }

    #[test]
    fn special_matrices() {
        special::<f32>();
        special::<f64>();
        special::<c32>();
        special::<c64>();
    }
}
