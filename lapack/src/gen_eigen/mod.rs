//! The generalized nonsymmetric eigenvalue problem `A x = lambda B x`, the
//! path `scipy.linalg.eig(a, b)` takes: balancing the pencil (`?ggbal`,
//! `?ggbak`), the reduction to Hessenberg-triangular form (`?gghrd`,
//! `?gghd3`), the QZ algorithm (`?hgeqz`, with the real 2x2 helpers `?lag2`
//! and `?lagv2`), the eigenvectors of the generalized Schur form (`?tgevc`)
//! and the drivers `?ggev` / `?ggev3`.
//!
//! Index conventions as in [`crate::nonsym_eigen`]: the active block
//! `ILO..IHI` is the half-open range `ilo..ihi` (`ilo = ILO - 1`,
//! `ihi = IHI`). Eigenvalues are returned as `alpha / beta` with `alpha`
//! complex for every scalar type (a real type's complex pairs adjacent, the
//! one with positive imaginary part first) and `beta` of the scalar type
//! (real and non-negative after the QZ algorithm).
//!
//! `?gghd3` runs the unblocked Givens reduction of `?gghrd` (the blocked
//! algorithm of Kagstrom, Kressner, Quintana-Orti and Quintana-Orti is not
//! implemented); `?hgeqz` is the single/double-shift Moler-Stewart QZ
//! iteration at every size (no multishift `?laqz0`).

mod balance;
mod drivers;
mod eigvec;
mod hessenberg;
mod qz;

pub use balance::{ggbak, ggbak_indexed, ggbal, ggbal_req};
pub use drivers::{ggev, ggev_req};
pub use eigvec::{tgevc, tgevc_count, tgevc_req};
pub use hessenberg::{gghd3, gghrd};
pub use qz::{hgeqz, lag2, lagv2, Lag2, Lagv2};

use core::ops::Range;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::MatMut;

/// Rows `i1`, `i2` of `a` over `cols`: `x := c x + s y`, `y := c y - conj(s) x`
/// (the left rotation `[c s; -conj(s) c]`).
pub(crate) fn rot_rows<T: Scalar>(a: &mut MatMut<'_, T>, i1: usize, i2: usize, cols: Range<usize>, c: T::Real, s: T) {
    let sc = s.conj();
    for j in cols {
        let (x, y) = (a.get(i1, j), a.get(i2, j));
        a.set(i1, j, x.scale_real(c) + s * y);
        a.set(i2, j, y.scale_real(c) - sc * x);
    }
}

/// Columns `j1`, `j2` of `a` over `rows`: `x := c x + s y`, `y := c y - conj(s) x`.
pub(crate) fn rot_cols<T: Scalar>(a: &mut MatMut<'_, T>, j1: usize, j2: usize, rows: Range<usize>, c: T::Real, s: T) {
    let sc = s.conj();
    for i in rows {
        let (x, y) = (a.get(i, j1), a.get(i, j2));
        a.set(i, j1, x.scale_real(c) + s * y);
        a.set(i, j2, y.scale_real(c) - sc * x);
    }
}

/// `|z|`: the absolute value of a real, the modulus of a complex number.
pub(crate) fn modulus<T: Scalar>(z: T) -> T::Real {
    if T::IS_COMPLEX {
        z.re().hypot(z.im())
    } else {
        z.re().abs()
    }
}

#[cfg(test)]
mod tests;
