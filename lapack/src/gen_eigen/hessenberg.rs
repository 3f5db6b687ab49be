//! Reduction of a matrix pencil to Hessenberg-triangular form (`?gghrd`,
//! `?gghd3`).

use super::{rot_cols, rot_rows};
use crate::sym_eigen::tridiagonal::Compz;
use ferroblas_kernels::aux::matrix::{laset, Part};
use ferroblas_kernels::aux::rotations::lartg;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::MatMut;
use ferroblas_relapack::{Par, Workspace};

/// Reduces `(A, B)`, B upper triangular, to `(H, T) = (Q^H A Z, Q^H B Z)`
/// with H upper Hessenberg and T upper triangular (`?gghrd`), by Givens
/// rotations: column by column, rotations of adjacent rows zero A below the
/// subdiagonal and each fill-in they make in B is chased off by a rotation of
/// adjacent columns. Only rows and columns `ilo..ihi` are reduced (A is
/// assumed upper triangular outside them, as [`super::ggbal`] leaves it).
///
/// `compq` / `compz`: `None` leaves `q` / `z` alone, `Init` sets them to the
/// rotations' product, `Update` multiplies them by it from the right.
/// The strictly lower triangle of B is set to zero.
#[allow(clippy::too_many_arguments)]
pub fn gghrd<T: Scalar>(
    compq: Compz,
    compz: Compz,
    ilo: usize,
    ihi: usize,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    mut q: MatMut<'_, T>,
    mut z: MatMut<'_, T>,
) {
    let n = a.nrows();
    assert!(a.ncols() == n && b.nrows() == n && b.ncols() == n, "gghrd: A and B must be square of one order");
    let (wantq, wantz) = (compq != Compz::None, compz != Compz::None);
    if compq == Compz::Init {
        laset(Part::Full, T::zero(), T::one(), q.rb_mut().submatrix(0, 0, n, n));
    }
    if compz == Compz::Init {
        laset(Part::Full, T::zero(), T::one(), z.rb_mut().submatrix(0, 0, n, n));
    }
    if n <= 1 {
        return;
    }
    for j in 0..n - 1 {
        for i in j + 1..n {
            b.set(i, j, T::zero());
        }
    }
    for jcol in ilo..ihi.saturating_sub(2) {
        for jrow in (jcol + 2..ihi).rev() {
            // Zero A(jrow, jcol) by rotating rows jrow-1, jrow.
            let (c, s, r) = lartg(a.get(jrow - 1, jcol), a.get(jrow, jcol));
            a.set(jrow - 1, jcol, r);
            a.set(jrow, jcol, T::zero());
            rot_rows(&mut a, jrow - 1, jrow, jcol + 1..n, c, s);
            rot_rows(&mut b, jrow - 1, jrow, jrow - 1..n, c, s);
            if wantq {
                rot_cols(&mut q, jrow - 1, jrow, 0..n, c, s.conj());
            }
            // Chase the fill-in B(jrow, jrow-1) with columns jrow-1, jrow.
            let (c, s, r) = lartg(b.get(jrow, jrow), b.get(jrow, jrow - 1));
            b.set(jrow, jrow, r);
            b.set(jrow, jrow - 1, T::zero());
            rot_cols(&mut a, jrow, jrow - 1, 0..ihi, c, s);
            rot_cols(&mut b, jrow, jrow - 1, 0..jrow, c, s);
            if wantz {
                rot_cols(&mut z, jrow, jrow - 1, 0..n, c, s);
            }
        }
    }
}

/// [`gghrd`] with the interface of the blocked `?gghd3`. It runs the
/// unblocked Givens reduction of [`gghrd`] (the result is the same
/// Hessenberg-triangular form; the blocked algorithm of Kagstrom et al. is
/// not implemented), so `work` and `par` are unused.
#[allow(clippy::too_many_arguments)]
pub fn gghd3<T: Scalar>(
    compq: Compz,
    compz: Compz,
    ilo: usize,
    ihi: usize,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    q: MatMut<'_, T>,
    z: MatMut<'_, T>,
    _par: Par,
    _work: Workspace<'_>,
) {
    gghrd(compq, compz, ilo, ihi, a, b, q, z)
}
