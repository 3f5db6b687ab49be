//! The generalized nonsymmetric eigenvalue problem `A x = lambda B x`, the
//! path `scipy.linalg.eig(a, b)` takes: balancing the pencil (`?ggbal`,
//! `?ggbak`), the reduction to Hessenberg-triangular form (`?gghrd`,
//! `?gghd3`), the QZ algorithm (`?hgeqz`, with the real 2x2 helpers `?lag2`
//! and `?lagv2`), the eigenvectors of the generalized Schur form (`?tgevc`)
//! and the drivers `?ggev` / `?ggev3`, with condition numbers `?ggevx`
//! (`?tgsna`); reordering the generalized Schur form (`?tgex2`, `?tgexc`,
//! `?tgsen` with its projection norms and Dif estimates) and the Schur
//! drivers with sorting `?gges` / `?gges3` and `?ggesx`.
//!
//! Index conventions as in [`crate::nonsym_eigen`]: the active block
//! `ILO..IHI` is the half-open range `ilo..ihi` (`ilo = ILO - 1`,
//! `ihi = IHI`). Eigenvalues are returned as `alpha / beta` with `alpha`
//! complex for every scalar type (a real type's complex pairs adjacent, the
//! one with positive imaginary part first) and `beta` of the scalar type
//! (real and non-negative after the QZ algorithm).
//!
//! `?gghd3` is the blocked reduction of Kagstrom, Kressner, Quintana-Orti
//! and Quintana-Orti (the left rotations of a panel accumulated into small
//! factors applied by Level-3 products); `?hgeqz` is the single/double-shift Moler-Stewart QZ
//! iteration at every size (no multishift `?laqz0`).

mod balance;
mod condition;
mod drivers;
mod eigvec;
mod hessenberg;
mod multishift_qz;
mod orm22;
mod qz;
mod qz_sweep;
mod reorder;

pub use balance::{ggbak, ggbak_indexed, ggbal, ggbal_req};
pub use condition::{tgsna, tgsna_count, tgsna_req};
pub use drivers::{
    gegv, gges, gges3, gges3_req, gges_req, ggesx, ggesx_req, ggev, ggev3, ggev3_req, ggev_req, ggevx, ggevx_req, Gges,
    Ggesx, Ggevx,
};
pub use eigvec::{tgevc, tgevc_count, tgevc_in, tgevc_req, tgevc_scratch};
pub use hessenberg::{gghd3, gghd3_req, gghd3_with, gghrd, GGHD3_BLOCK};
pub use multishift_qz::{laqz0, laqz0_req, laqz_aed, laqz_aed_req, QzAed};
pub use orm22::{orm22, orm22_lwork};
pub use qz::{hgeqz, lag2, lagv2, laqz1, Lag2, Lagv2};
pub use qz_sweep::{laqz_chase, laqz_sweep, laqz_sweep_req, Acc};
pub use reorder::{tgex2, tgexc, tgsen, tgsen_count, tgsen_req, Tgsen, TgsenJob};

use core::ops::Range;
use ferroblas_kernels::aux::rotations::rot_complex_s;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::MatMut;

/// Rows `i1`, `i2` of `a` over `cols`: `x := c x + s y`, `y := c y - conj(s) x`
/// (the left rotation `[c s; -conj(s) c]`).
pub(crate) fn rot_rows<T: Scalar>(a: &mut MatMut<'_, T>, i1: usize, i2: usize, cols: Range<usize>, c: T::Real, s: T) {
    if cols.is_empty() {
        return;
    }
    let m = a.nrows();
    let t = a.rb_mut().submatrix(0, cols.start, m, cols.len()).transpose();
    rot_pair(t, i1, i2, c, s);
}

/// Columns `j1`, `j2` of `a` over `rows`: `x := c x + s y`, `y := c y - conj(s) x`.
pub(crate) fn rot_cols<T: Scalar>(a: &mut MatMut<'_, T>, j1: usize, j2: usize, rows: Range<usize>, c: T::Real, s: T) {
    if rows.is_empty() {
        return;
    }
    let n = a.ncols();
    let t = a.rb_mut().submatrix(rows.start, 0, rows.len(), n);
    rot_pair(t, j1, j2, c, s);
}

/// Rotates columns `j1 != j2` of `a` (the BLAS-1 kernel on two disjoint column views).
fn rot_pair<T: Scalar>(a: MatMut<'_, T>, j1: usize, j2: usize, c: T::Real, s: T) {
    let (lo, hi) = (j1.min(j2), j1.max(j2));
    let (left, right) = a.split_at_col(hi);
    let (x_lo, x_hi) = (left.col_mut(lo), right.col_mut(0));
    if j1 < j2 {
        rot_complex_s(x_lo, x_hi, c, s);
    } else {
        rot_complex_s(x_hi, x_lo, c, s);
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
