//! The single random numbers the generators draw one at a time (`?laran`,
//! `?larnd`), on the 48-bit stream of `?laruv`, and the elementary
//! functions in the working precision (the Fortran intrinsics of a `REAL`
//! are the C library's `f32` functions).

use ferroblas_kernels::scalar::{RealScalar, Scalar};

/// The multiplier of the generator (as in `aux::random`).
const MULTIPLIER: u64 = 33_952_834_046_453;
const MASK48: u64 = (1 << 48) - 1;

fn single<R: RealScalar>() -> bool {
    R::MANTISSA_DIGITS == f32::MANTISSA_DIGITS
}

/// `f` of `x` in the precision of `R`: the `f32` function for `f32`.
fn in_precision<R: RealScalar>(x: R, f64_fn: fn(f64) -> f64, f32_fn: fn(f32) -> f32) -> R {
    if single::<R>() {
        R::from_f64(f32_fn(x.to_f64() as f32) as f64)
    } else {
        R::from_f64(f64_fn(x.to_f64()))
    }
}

pub(super) fn cos<R: RealScalar>(x: R) -> R {
    in_precision(x, f64::cos, f32::cos)
}

pub(super) fn sin<R: RealScalar>(x: R) -> R {
    in_precision(x, f64::sin, f32::sin)
}

pub(super) fn exp<R: RealScalar>(x: R) -> R {
    in_precision(x, f64::exp, f32::exp)
}

pub(super) fn ln<R: RealScalar>(x: R) -> R {
    in_precision(x, f64::ln, f32::ln)
}

/// `x^y` for real `y` in the precision of `R`.
pub(super) fn powf<R: RealScalar>(x: R, y: R) -> R {
    if single::<R>() {
        R::from_f64((x.to_f64() as f32).powf(y.to_f64() as f32) as f64)
    } else {
        R::from_f64(x.to_f64().powf(y.to_f64()))
    }
}

/// `x^k` for an integer `k >= 0` by binary powering, as a Fortran
/// `REAL ** INTEGER` is evaluated.
pub(super) fn powi<R: RealScalar>(mut x: R, mut k: u32) -> R {
    let mut y = if k % 2 == 1 { x } else { R::one() };
    k >>= 1;
    while k > 0 {
        x = x * x;
        if k % 2 == 1 {
            y *= x;
        }
        k >>= 1;
    }
    y
}

/// `2 pi` in the precision of `R`.
pub(super) fn two_pi<R: RealScalar>() -> R {
    R::from_f64(core::f64::consts::TAU)
}

/// One uniform (0, 1) number and the seed advanced by one step (`?laran`):
/// the next number of the stream `?laruv` draws in batches. A number that
/// rounds to 1 in `R` is skipped (the seed moves on to the next).
pub fn laran<R: RealScalar>(iseed: &mut [i32; 4]) -> R {
    let r = R::from_f64(1.0 / 4096.0);
    loop {
        let seed = iseed.iter().fold(0u64, |acc, &l| (acc << 12) | (l as u64 & 4095));
        let next = seed.wrapping_mul(MULTIPLIER) & MASK48;
        let limbs = [(next >> 36) as i32, (next >> 24) as i32 & 4095, (next >> 12) as i32 & 4095, next as i32 & 4095];
        *iseed = limbs;
        let f = |k: i32| R::from_f64(k as f64);
        let v = r * (f(limbs[0]) + r * (f(limbs[1]) + r * (f(limbs[2]) + r * f(limbs[3]))));
        if v != R::one() {
            return v;
        }
    }
}

/// A random number of modulus 1 with a uniform argument (`?larnd` with
/// IDIST = 5 for the complex types; two uniforms drawn, the first unused),
/// or 1 for the real types, which draw nothing.
pub(super) fn unit<T: Scalar>(iseed: &mut [i32; 4]) -> T {
    if !T::IS_COMPLEX {
        return T::one();
    }
    let _ = laran::<T::Real>(iseed);
    let t = two_pi::<T::Real>() * laran::<T::Real>(iseed);
    T::from_parts(cos(t), sin(t))
}
