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
