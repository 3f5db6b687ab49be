//! Generating an elementary reflector (`?larfg`, `?larfgp`).
//!
//! `H = I - tau v v^H` with `v = [1; x']` maps `[alpha; x]` to `[beta; 0]`
//! (`H^H [alpha; x] = [beta; 0]`), `beta` real. `?larfg` chooses the sign of
//! `beta` opposite to `re(alpha)`, so `alpha - beta` never cancels; `?larfgp`
//! makes `beta >= 0`, computing the cancelling difference another way.

use ferroblas_kernels::aux::scalars::{div, lamch, lapy2, lapy3, Machine};
use ferroblas_kernels::level1::{nrm2, scal, scal_real};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::VecMut;

/// At most this many rescalings by `1/safmin` when `|beta|` is tiny: enough
/// to lift any nonzero subnormal (the reference's bound; without one, a
/// NaN-free but zero-after-scaling input could loop for ever).
const MAX_RESCALES: usize = 20;

/// `|(re, im, xnorm)|` without overflow: `lapy2` for real types, `lapy3` for
/// complex ones (the same value when `im = 0`, but the reference's rounding).
fn norm3<T: Scalar>(re: T::Real, im: T::Real, xnorm: T::Real) -> T::Real {
    if T::IS_COMPLEX {
        lapy3(re, im, xnorm)
    } else {
        lapy2(re, xnorm)
    }
}

/// The safe minimum `sfmin / eps` under which `beta` is rescaled.
fn tiny<R: RealScalar>() -> R {
    lamch::<R>(Machine::SafeMin) / lamch::<R>(Machine::Eps)
}

/// Scales `x`, `alpha` (as its parts) and `beta` up by `1/tiny` until `|beta|`
/// is no longer tiny (at most [`MAX_RESCALES`] times); returns how many
/// times it did and the scaled parts of `alpha`.
fn rescale<T: Scalar>(
    x: &mut VecMut<'_, T>,
    mut ar: T::Real,
    mut ai: T::Real,
    mut beta: T::Real,
) -> (usize, T::Real, T::Real) {
    let safmin = tiny::<T::Real>();
    let rsafmn = <T::Real as Scalar>::one() / safmin;
    let mut knt = 0;
    while beta.abs() < safmin && knt < MAX_RESCALES {
        knt += 1;
        scal_real(rsafmn, x.rb_mut());
        beta *= rsafmn;
        ar *= rsafmn;
        ai *= rsafmn;
    }
    (knt, ar, ai)
}

/// Generates the elementary reflector `H = I - tau v v^H`, `v = [1; v']`,
/// such that `H^H [alpha; x] = [beta; 0]` with `beta` real (`?larfg`):
/// overwrites `alpha` with `beta` and `x` with `v'`, and returns `tau`.
///
/// `tau = 0` (H = I) when `x = 0` and `alpha` is real; otherwise
/// `1 <= re(tau) <= 2` and `|tau - 1| <= 1`. `beta = -sign(re(alpha)) |[alpha; x]|`.
/// Safe near underflow (the vector is rescaled, a bounded number of times)
/// and near overflow; NaN or Inf in the input give NaN output, never a loop.
pub fn larfg<T: Scalar>(alpha: &mut T, mut x: VecMut<'_, T>) -> T {
    let zero = <T::Real as Scalar>::zero();
    let mut xnorm = nrm2(x.rb());
    let (mut ar, mut ai) = (alpha.re(), alpha.im());
    if xnorm == zero && ai == zero {
        return T::zero();
    }
    let mut beta = -norm3::<T>(ar, ai, xnorm).copysign(ar);
    let safmin = tiny::<T::Real>();
    let mut knt = 0;
    if beta.abs() < safmin {
        (knt, ar, ai) = rescale(&mut x, ar, ai, beta);
        xnorm = nrm2(x.rb());
        beta = -norm3::<T>(ar, ai, xnorm).copysign(ar);
    }
    let tau = T::from_parts((beta - ar) / beta, -ai / beta);
    let a = T::from_parts(ar, ai);
    scal(div(T::one(), a - T::from_real(beta)), x.rb_mut());
    for _ in 0..knt {
        beta *= safmin;
    }
    *alpha = T::from_real(beta);
    tau
}

/// [`larfg`] with `beta >= 0` (`?larfgp`): the reflector that leaves a
/// nonnegative real first entry, so that a QR factorization built from it
/// has a nonnegative diagonal in R.
///
/// When `x = 0`: `tau = 0` if `alpha` is real and nonnegative; for a real
/// negative `alpha`, `tau = 2` and `beta = -alpha` (`H = I - 2 e1 e1^T`);
/// for a complex `alpha`, `tau = 1 - conj(alpha)/|alpha|` only turns it onto
/// the positive real axis. Otherwise, when `re(alpha) > 0` the difference
/// `alpha - beta` would cancel, and its real part is computed as
/// `-(im(alpha)^2 + |x|^2) / (re(alpha) + beta)` instead. A `tau` that comes
/// out subnormal (and so inaccurate) is replaced by the exact one of the
/// `x = 0` case, with `x` cleared.
pub fn larfgp<T: Scalar>(alpha: &mut T, mut x: VecMut<'_, T>) -> T {
    let zero = <T::Real as Scalar>::zero();
    let mut xnorm = nrm2(x.rb());
    let (mut ar, mut ai) = (alpha.re(), alpha.im());
    if xnorm == zero {
        let (beta, tau) = phase_only::<T>(ar, ai, &mut x);
        *alpha = T::from_real(beta);
        return tau;
    }
    let mut beta = norm3::<T>(ar, ai, xnorm).copysign(ar);
    let safmin = tiny::<T::Real>();
    let mut knt = 0;
    if beta.abs() < safmin {
        (knt, ar, ai) = rescale(&mut x, ar, ai, beta);
        xnorm = nrm2(x.rb());
        beta = norm3::<T>(ar, ai, xnorm).copysign(ar);
    }
    // beta has the sign of re(alpha), so re(alpha) + beta does not cancel.
    let sum = ar + beta;
    let (tau, diff) = if beta < zero {
        beta = -beta;
        (T::from_parts(-sum / beta, -ai / beta), T::from_parts(sum, ai))
    } else {
        let d = ai * (ai / sum) + xnorm * (xnorm / sum);
        (T::from_parts(d / beta, -ai / beta), T::from_parts(-d, ai))
    };
    let tau = if modulus(tau) <= safmin {
        let (b, t) = phase_only::<T>(ar, ai, &mut x);
        beta = b;
        t
    } else {
        scal(div(T::one(), diff), x.rb_mut());
        tau
    };
    for _ in 0..knt {
        beta *= safmin;
    }
    *alpha = T::from_real(beta);
    tau
}

/// `|x|` of a real or complex scalar, without overflow.
fn modulus<T: Scalar>(x: T) -> T::Real {
    if T::IS_COMPLEX {
        lapy2(x.re(), x.im())
    } else {
        x.re().abs()
    }
}

/// The reflector of [`larfgp`] when only `alpha = ar + i ai` counts (`x` is
/// zero, or negligible and cleared): returns `(beta, tau)` with `beta >= 0`.
fn phase_only<T: Scalar>(ar: T::Real, ai: T::Real, x: &mut VecMut<'_, T>) -> (T::Real, T) {
    let zero = <T::Real as Scalar>::zero();
    let one = <T::Real as Scalar>::one();
    if ai == zero {
        if ar >= zero {
            return (ar, T::zero());
        }
        // tau = 2 is applied to the whole vector, so x must be cleared.
        zero_vec(x);
        return (-ar, T::from_real(one + one));
    }
    let r = lapy2(ar, ai);
    zero_vec(x);
    (r, T::from_parts(one - ar / r, -ai / r))
}

fn zero_vec<T: Scalar>(x: &mut VecMut<'_, T>) {
    for i in 0..x.len() {
        x.set(i, T::zero());
    }
}
