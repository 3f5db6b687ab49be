//! Condition estimation: Higham's 1-norm estimator ([`lacn2`]), the
//! triangular solve that scales to avoid overflow ([`latrs`]), and the
//! reciprocal condition numbers of triangular matrices ([`trcon`]), of a
//! general matrix from its LU factorization ([`gecon`]) and of a positive
//! definite matrix from its Cholesky factor ([`pocon`]).
//!
//! The estimates are those of the reference LAPACK: the same sequence of
//! products, so the same estimate up to rounding in the solves. An estimate of
//! `norm(inv(A))` is a lower bound, almost always within a factor 3 of the true
//! value, so `rcond` is an upper bound of the true reciprocal condition number.

mod band;
mod gecon;
mod lacn2;
mod latrs;
mod pocon;
#[cfg(test)]
mod scratch_tests;
mod sycon;
mod trcon;

pub use band::{band_con_req, gbcon, pbcon};
pub use gecon::{gecon, gecon_req, GeconError};
pub(crate) use lacn2::norm1_estimate_on;
pub use lacn2::{lacn2, norm1_estimate, norm1_estimate_req, Lacn2State, SignStore};
pub use latrs::latrs;
pub(crate) use latrs::{scaled_solve, TriStore};
pub(crate) use pocon::pd_rcond;
pub use pocon::{pocon, pocon_req};
pub use sycon::{sycon, sycon_3, sycon_req, sycon_rook};
pub(crate) use trcon::unscale;
pub use trcon::{trcon, trcon_req};

use crate::Workspace;
use ferroblas_kernels::scalar::Scalar;

/// The scratch memory of a condition estimator: one [`Workspace`] (sized by
/// the routine's `_req` function), or the pair `(work, side)` of LAPACK's
/// interface, where `work` is the caller's WORK and `side` its second array:
/// RWORK for complex types (the real arrays, e.g. the column norms, live
/// there) or IWORK for real ones (the estimator's sign vector lives there).
/// An array that does not fit in `side` is carved from `work`, so one
/// workspace alone works too.
pub trait CondScratch<'a> {
    /// The two workspaces (`side` empty for a single one).
    fn into_parts(self) -> (Workspace<'a>, Workspace<'a>);
}

impl<'a> CondScratch<'a> for Workspace<'a> {
    fn into_parts(self) -> (Workspace<'a>, Workspace<'a>) {
        (self, Workspace::empty())
    }
}

impl<'a> CondScratch<'a> for (Workspace<'a>, Workspace<'a>) {
    fn into_parts(self) -> (Workspace<'a>, Workspace<'a>) {
        self
    }
}

/// Carves `k` reals for a routine over `T`: from `side` when `T` is complex
/// and `side` has room (the reference's RWORK), else from `work` (for real
/// types the reference keeps them in WORK); returns them with what is left.
pub(crate) fn take_reals<'s, T: Scalar>(
    work: &'s mut Workspace<'_>,
    side: &'s mut Workspace<'_>,
    k: usize,
) -> (&'s mut [T::Real], (Workspace<'s>, Workspace<'s>)) {
    if T::IS_COMPLEX && side.capacity::<T::Real>() >= k {
        let (r, rest) = side.take::<T::Real>(k);
        (r, (work.rb_mut(), rest))
    } else {
        let (r, rest) = work.take::<T::Real>(k);
        (r, (rest, side.rb_mut()))
    }
}

/// The norm of a condition number: `'1'`/`'O'` or `'I'`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CondNorm {
    /// The 1-norm (largest column sum).
    One,
    /// The infinity-norm (largest row sum).
    Inf,
}

impl CondNorm {
    /// Parses `1`, `O` or `I` (case-insensitively), as `?gecon` and `?trcon` accept them.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'1' | b'O' => Some(CondNorm::One),
            b'I' => Some(CondNorm::Inf),
            _ => None,
        }
    }
}

/// Whether [`latrs`]'s column norms are given or to be computed (`NORMIN`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NormIn {
    /// `'N'`: compute the off-diagonal column norms into `cnorm`.
    Compute,
    /// `'Y'`: `cnorm` already holds them (from an earlier call).
    Given,
}

impl NormIn {
    /// Parses `Y` or `N`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'Y' => Some(NormIn::Given),
            b'N' => Some(NormIn::Compute),
            _ => None,
        }
    }
}

/// The product the 1-norm estimator asks for next (LAPACK's `KASE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Product {
    /// `x := A x` (`KASE = 1`).
    A,
    /// `x := A^H x`, `A^T x` for real types (`KASE = 2`).
    AH,
}

/// `a / b`; for complex types by the robust `?ladiv`, as the reference's
/// `?latrs` divides.
#[inline]
pub(crate) fn div<T: Scalar>(a: T, b: T) -> T {
    if T::IS_COMPLEX {
        let (p, q) = ferroblas_kernels::aux::scalars::ladiv(a.re(), a.im(), b.re(), b.im());
        T::from_parts(p, q)
    } else {
        a / b
    }
}

/// `|x|`: the absolute value, or the true modulus of a complex number (Fortran's `ABS`).
#[inline]
pub(crate) fn modulus<T: Scalar>(x: T) -> T::Real {
    use ferroblas_kernels::scalar::RealScalar;
    if T::IS_COMPLEX {
        x.re().hypot(x.im())
    } else {
        x.re().abs()
    }
}

/// `usize` to the real type (exact for the sizes LAPACK meets).
#[inline]
pub(crate) fn real_of<R: ferroblas_kernels::scalar::RealScalar>(n: usize) -> R {
    R::from_f64(n as f64)
}

#[cfg(test)]
pub(crate) mod testutil;
