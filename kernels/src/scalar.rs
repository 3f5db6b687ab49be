//! The scalar types BLAS computes with: `f32`, `f64`, `Complex<f32>`, `Complex<f64>`.
//!
//! Every routine is generic over [`Scalar`]; the four BLAS precisions (s, d, c, z)
//! are its four instantiations. `Complex<T>` is `#[repr(C)]` `{re, im}`, the layout
//! of C's `float _Complex` and Fortran's `COMPLEX`.

use core::fmt::Debug;
use core::ops::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Neg, Sub, SubAssign};

pub use num_complex::Complex;

/// Single-precision complex, BLAS `c`.
#[allow(non_camel_case_types)]
pub type c32 = Complex<f32>;
/// Double-precision complex, BLAS `z`.
#[allow(non_camel_case_types)]
pub type c64 = Complex<f64>;

/// Arithmetic shared by real and complex scalars.
pub trait Scalar:
    Copy
    + Send
    + Sync
    + Debug
    + PartialEq
    + Default
    + 'static
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Div<Output = Self>
    + Neg<Output = Self>
    + AddAssign
    + SubAssign
    + MulAssign
    + DivAssign
{
    /// The real type underneath (`f32` for `f32` and `Complex<f32>`).
    type Real: RealScalar;
    /// Whether the type is complex.
    const IS_COMPLEX: bool;
    /// The BLAS precision letter: `s`, `d`, `c` or `z`.
    const PREFIX: char;

    /// Additive identity.
    fn zero() -> Self;
    /// Multiplicative identity.
    fn one() -> Self;
    /// `re + 0i`.
    fn from_real(re: Self::Real) -> Self;
    /// `re + im*i`; the imaginary part is dropped for real types.
    fn from_parts(re: Self::Real, im: Self::Real) -> Self;
    /// Real part.
    fn re(self) -> Self::Real;
    /// Imaginary part (zero for real types).
    fn im(self) -> Self::Real;
    /// Complex conjugate (identity for real types).
    fn conj(self) -> Self;
    /// `|re| + |im|`, BLAS's cheap modulus used by `i?amax` and `?asum`.
    fn abs1(self) -> Self::Real {
        self.re().abs() + self.im().abs()
    }
    /// `self * r` for a real `r`, without the cross terms of a complex product.
    fn scale_real(self, r: Self::Real) -> Self {
        Self::from_parts(self.re() * r, self.im() * r)
    }
    /// True when either part is NaN.
    fn is_nan(self) -> bool {
        self.re().is_nan() || self.im().is_nan()
    }
    /// True when both parts are zero.
    fn is_zero(self) -> bool {
        self.re() == Self::Real::zero() && self.im() == Self::Real::zero()
    }
    /// The kernel table chosen for this type at first use (see `dispatch`).
    fn kernels() -> &'static crate::dispatch::Kernels<Self>;
    /// A real type's matrix as a matrix of [`Scalar::Real`] (the same
    /// type), so that generic code can hand it to a real-only routine; a
    /// complex matrix comes back unchanged in `Err`.
    fn real_mat_mut(
        a: crate::views::MatMut<'_, Self>,
    ) -> Result<crate::views::MatMut<'_, Self::Real>, crate::views::MatMut<'_, Self>> {
        Err(a)
    }
}

/// A real floating-point scalar (`f32` or `f64`).
pub trait RealScalar: Scalar<Real = Self> + PartialOrd {
    /// Machine epsilon (`2^-52` for `f64`), the spacing of numbers at 1.
    const EPSILON: Self;
    /// Smallest positive normal number.
    const MIN_POSITIVE: Self;
    /// Largest finite number.
    const MAX: Self;
    /// Positive infinity.
    const INFINITY: Self;
    /// Number of significand bits including the hidden one (53 for `f64`).
    const MANTISSA_DIGITS: u32;
    /// Smallest and largest exponents as in Fortran's `minexponent`/`maxexponent`.
    const MIN_EXP: i32;
    /// The complex type over this one (`Complex<Self>`), for generic code that
    /// turns to complex arithmetic (a real matrix's complex eigenvalue).
    type Complex: Scalar<Real = Self>;
    /// See [`RealScalar::MIN_EXP`].
    const MAX_EXP: i32;

    /// Absolute value.
    fn abs(self) -> Self;
    /// Square root.
    fn sqrt(self) -> Self;
    /// `self * a + b` with one rounding (a fused multiply-add); a single
    /// instruction where the code is compiled with FMA, a library call otherwise.
    fn mul_add(self, a: Self, b: Self) -> Self;
    /// Larger of two numbers (the non-NaN one if one is NaN).
    fn max(self, other: Self) -> Self;
    /// Smaller of two numbers (the non-NaN one if one is NaN).
    fn min(self, other: Self) -> Self;
    /// `|self|` with the sign of `sign`, Fortran's `SIGN(A, B)`.
    fn copysign(self, sign: Self) -> Self;
    /// True unless NaN or infinite.
    fn is_finite(self) -> bool;
    /// Conversion from `f64`, rounding to nearest.
    fn from_f64(v: f64) -> Self;
    /// Widening conversion to `f64`.
    fn to_f64(self) -> f64;
    /// `sqrt(self^2 + other^2)` without undue overflow or underflow.
    fn hypot(self, other: Self) -> Self;
    /// `2^e`, exactly, for exponents inside `f64`'s normal range.
    #[inline(always)]
    fn powi2(e: i32) -> Self {
        // Built from the bit pattern so it folds to a constant.
        Self::from_f64(f64::from_bits(((e + 1023) as u64) << 52))
    }
}

macro_rules! impl_real {
    ($t:ty, $prefix:literal, $kernels:ident) => {
        impl Scalar for $t {
            type Real = $t;
            const IS_COMPLEX: bool = false;
            const PREFIX: char = $prefix;
            #[inline(always)]
            fn real_mat_mut(
                a: crate::views::MatMut<'_, Self>,
            ) -> Result<crate::views::MatMut<'_, Self>, crate::views::MatMut<'_, Self>> {
                Ok(a)
            }
            #[inline(always)]
            fn zero() -> Self {
                0.0
            }
            #[inline(always)]
            fn one() -> Self {
                1.0
            }
            #[inline(always)]
            fn from_real(re: Self) -> Self {
                re
            }
            #[inline(always)]
            fn from_parts(re: Self, _im: Self) -> Self {
                re
            }
            #[inline(always)]
            fn re(self) -> Self {
                self
            }
            #[inline(always)]
            fn im(self) -> Self {
                0.0
            }
            #[inline(always)]
            fn conj(self) -> Self {
                self
            }
            #[inline(always)]
            fn abs1(self) -> Self {
                <$t>::abs(self)
            }
            #[inline(always)]
            fn scale_real(self, r: Self) -> Self {
                self * r
            }
            #[inline(always)]
            fn is_nan(self) -> bool {
                <$t>::is_nan(self)
            }
            #[inline(always)]
            fn is_zero(self) -> bool {
                self == 0.0
            }
            #[inline(always)]
            fn kernels() -> &'static crate::dispatch::Kernels<Self> {
                crate::dispatch::$kernels()
            }
        }

        impl RealScalar for $t {
            const EPSILON: Self = <$t>::EPSILON;
            const MIN_POSITIVE: Self = <$t>::MIN_POSITIVE;
            const MAX: Self = <$t>::MAX;
            const INFINITY: Self = <$t>::INFINITY;
            const MANTISSA_DIGITS: u32 = <$t>::MANTISSA_DIGITS;
            const MIN_EXP: i32 = <$t>::MIN_EXP;
            const MAX_EXP: i32 = <$t>::MAX_EXP;
            type Complex = Complex<$t>;
            #[inline(always)]
            fn abs(self) -> Self {
                <$t>::abs(self)
            }
            #[inline(always)]
            fn sqrt(self) -> Self {
                <$t>::sqrt(self)
            }
            #[inline(always)]
            fn mul_add(self, a: Self, b: Self) -> Self {
                <$t>::mul_add(self, a, b)
            }
            #[inline(always)]
            fn max(self, other: Self) -> Self {
                <$t>::max(self, other)
            }
            #[inline(always)]
            fn min(self, other: Self) -> Self {
                <$t>::min(self, other)
            }
            #[inline(always)]
            fn copysign(self, sign: Self) -> Self {
                <$t>::copysign(self, sign)
            }
            #[inline(always)]
            fn is_finite(self) -> bool {
                <$t>::is_finite(self)
            }
            #[inline(always)]
            fn from_f64(v: f64) -> Self {
                v as $t
            }
            #[inline(always)]
            fn to_f64(self) -> f64 {
                self as f64
            }
            #[inline]
            fn hypot(self, other: Self) -> Self {
                <$t>::hypot(self, other)
            }
        }
    };
}

impl_real!(f32, 's', kernels_f32);
impl_real!(f64, 'd', kernels_f64);

macro_rules! impl_complex {
    ($r:ty, $prefix:literal, $kernels:ident) => {
        impl Scalar for Complex<$r> {
            type Real = $r;
            const IS_COMPLEX: bool = true;
            const PREFIX: char = $prefix;
            #[inline(always)]
            fn zero() -> Self {
                Complex::new(0.0, 0.0)
            }
            #[inline(always)]
            fn one() -> Self {
                Complex::new(1.0, 0.0)
            }
            #[inline(always)]
            fn from_real(re: $r) -> Self {
                Complex::new(re, 0.0)
            }
            #[inline(always)]
            fn from_parts(re: $r, im: $r) -> Self {
                Complex::new(re, im)
            }
            #[inline(always)]
            fn re(self) -> $r {
                self.re
            }
            #[inline(always)]
            fn im(self) -> $r {
                self.im
            }
            #[inline(always)]
            fn conj(self) -> Self {
                Complex::new(self.re, -self.im)
            }
            #[inline(always)]
            fn kernels() -> &'static crate::dispatch::Kernels<Self> {
                crate::dispatch::$kernels()
            }
        }
    };
}

impl_complex!(f32, 'c', kernels_c32);
impl_complex!(f64, 'z', kernels_c64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complex_is_two_reals() {
        assert_eq!(core::mem::size_of::<c64>(), 16);
        assert_eq!(core::mem::align_of::<c64>(), 8);
        assert_eq!(core::mem::size_of::<c32>(), 8);
        let z = c64::new(3.0, -4.0);
        assert_eq!(z.abs1(), 7.0);
        assert_eq!(z.conj(), c64::new(3.0, 4.0));
        assert_eq!(z.scale_real(2.0), c64::new(6.0, -8.0));
    }
}
