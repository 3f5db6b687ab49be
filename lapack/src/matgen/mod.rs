//! Test-matrix generators of LAPACK's tmglib: matrices with prescribed
//! singular values (`?lagge`) or eigenvalues (`?lagsy`, `?laghe`), made by
//! multiplying a diagonal by random orthogonal or unitary reflectors and
//! then reducing the band width, and the general generator `?latms` (D from
//! a MODE and COND, any band width, packed and band storage) with its
//! diagonal (`?latm1`), single random numbers (`?laran`, `?larnd`) and
//! rotations (`?larot`).
//!
//! The random numbers are drawn from the seed in the reference's order, so
//! a seed gives the same matrix as libtmglib does (to rounding: the
//! arithmetic goes through our BLAS kernels).

mod lagge;
mod lagsy;
mod latm1;
mod latms;
mod random;

pub use lagge::lagge;
pub use lagsy::lagsy;
pub use latm1::latm1;
pub use latms::{latms, latms_min_lda, latms_pack_illegal, latms_work_len, LatmsDist, LatmsPack, LatmsSpec, LatmsSym};
pub use random::laran;

use ferroblas_kernels::aux::random::{larnv, Dist};
use ferroblas_kernels::level1::{nrm2, scal};
use ferroblas_kernels::level2::div;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::VecMut;

/// Turns `x` into the reflector `v = [1, x(1:)/wb]` with `H x = -wa e_1`,
/// `H = I - tau v v^H`, `wa = |x| x(0)/|x(0)|`, `wb = x(0) + wa`, and returns
/// `(tau, wa)`. The generators' own construction rather than `?larfg`: the
/// sign of `wa` (and so the matrix the seed gives) follows the reference. A
/// zero `x` gives `tau = 0` and is left as it is.
fn reflector<T: Scalar>(x: &mut [T]) -> (T, T) {
    let wn = nrm2(ferroblas_kernels::VecRef::from_slice(x));
    let x0 = x[0];
    let wa = if T::IS_COMPLEX {
        let ax = x0.re().hypot(x0.im());
        if ax == <T::Real as Scalar>::zero() {
            T::from_real(wn)
        } else {
            x0.scale_real(wn / ax)
        }
    } else {
        T::from_real(wn.copysign(x0.re()))
    };
    if wn == <T::Real as Scalar>::zero() {
        return (T::zero(), wa);
    }
    let wb = x0 + wa;
    // Smith's division, as the Fortran runtime divides complex numbers: the
    // textbook formula squares |wb|, which underflows for matrices scaled
    // near the underflow threshold (the reference tests' small-norm types).
    scal(div(T::one(), wb), VecMut::from_slice(&mut x[1..]));
    x[0] = T::one();
    (T::from_real(div(wb, wa).re()), wa)
}

/// A random reflector of length `len` in `v[..len]` from the normal stream
/// (`?larnv` with IDIST = 3), as [`reflector`] builds it; returns `tau`.
fn random_reflector<T: Scalar>(iseed: &mut [i32; 4], v: &mut [T]) -> T {
    larnv(Dist::Normal01, iseed, v);
    reflector(v).0
}

/// The real type's one half.
fn half<R: RealScalar>() -> R {
    R::from_f64(0.5)
}

#[cfg(test)]
mod tests;
