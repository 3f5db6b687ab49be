//! Scalar arithmetic the factorizations share.

use ferroblas_kernels::aux::scalars::div;
use ferroblas_kernels::scalar::{RealScalar, Scalar};

/// `|x|`: the modulus of a complex number, computed without overflow.
#[inline]
pub(crate) fn modulus<T: Scalar>(x: T) -> T::Real {
    if T::IS_COMPLEX {
        x.re().hypot(x.im())
    } else {
        x.re().abs()
    }
}

/// `|x| >= t` for `t >= 0`, as [`modulus`] would decide it, with the square
/// root taken only when the cheap bounds `max(|re|, |im|) <= |x| <=
/// |re| + |im|` leave the answer open.
#[inline]
pub(crate) fn modulus_at_least<T: Scalar>(x: T, t: T::Real) -> bool {
    if !T::IS_COMPLEX {
        return x.re().abs() >= t;
    }
    let (re, im) = (x.re().abs(), x.im().abs());
    if re >= t || im >= t {
        true
    } else if re + im < t {
        false
    } else {
        modulus(x) >= t
    }
}

/// `x / r` for a real `r`, dividing each part (the complex quotient by
/// `r + 0i` would square `r` and overflow).
#[inline]
pub(crate) fn div_real<T: Scalar>(x: T, r: T::Real) -> T {
    T::from_parts(x.re() / r, x.im() / r)
}

/// `1 / x`, robust for complex `x`.
#[inline]
pub(crate) fn recip<T: Scalar>(x: T) -> T {
    div(T::one(), x)
}

/// The point where a recursive routine splits `n` rows or columns: near the
/// middle, the first half a multiple of 8 (a register tile of every kernel
/// table) once `n` is large enough. It depends on `n` alone, never on the
/// machine or the thread count, so neither changes the result.
#[inline]
pub(crate) fn split(n: usize) -> usize {
    let h = n / 2;
    if n >= 16 {
        h.div_ceil(8) * 8
    } else {
        h
    }
}

/// The smallest normal number, below which LAPACK divides instead of
/// multiplying by a reciprocal (which would overflow).
#[inline]
pub(crate) fn sfmin<R: RealScalar>() -> R {
    ferroblas_kernels::aux::scalars::lamch(ferroblas_kernels::aux::scalars::Machine::SafeMin)
}
