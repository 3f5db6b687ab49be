//! Simultaneous bidiagonalization of the four blocks of a partitioned
//! orthogonal (unitary) matrix (`?orbdb`, `?unbdb`).

use super::orbdb::{col_reflector, conj_row, left_next, right_below, right_other, row_reflector};
use crate::householder::larf;
use ferroblas_kernels::aux::vectors::lacgv;
use ferroblas_kernels::level1::{axpy, nrm2, scal};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, Side, VecMut, VecRef};

/// The sign convention of the bidiagonal blocks (LAPACK's `SIGNS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsdSigns {
    /// The lower-left block gets the negative sign: `[C -S; S C]`-like
    /// (`SIGNS` other than `'O'`).
    Default,
    /// The upper-right block gets it: `[C S; -S C]`-like (`SIGNS = 'O'`).
    Other,
}

/// The workspace ([`Scalar`] elements) of [`orbdb`]: [`larf`]'s scratch,
/// `m - q` (the reference's LWORK).
pub fn orbdb_len(m: usize, q: usize) -> usize {
    (m - q).max(1)
}

fn cos_sin<R: RealScalar>(x: R) -> (R, R) {
    let x = x.to_f64();
    (R::from_f64(x.cos()), R::from_f64(x.sin()))
}

fn atan2<R: RealScalar>(y: R, x: R) -> R {
    R::from_f64(y.to_f64().atan2(x.to_f64()))
}

/// Row `i` of `x` from column `j` on.
fn row_from<'b, T: Scalar>(x: &'b mut MatMut<'_, T>, i: usize, j: usize) -> VecMut<'b, T> {
    let n = x.ncols();
    x.rb_mut().transpose().col_mut(i).subvec(j, n - j)
}

/// Column `j` of `x` from row `i` down.
fn col_mut_from<'b, T: Scalar>(x: &'b mut MatMut<'_, T>, i: usize, j: usize) -> VecMut<'b, T> {
    let m = x.nrows();
    x.rb_mut().col_mut(j).subvec(i, m - i)
}

/// `H^H` of the reflector in column `j` of `x` from row `i` applied from the
/// left to rows `i..` and columns `c0..` of `y`.
fn left_other<T: Scalar>(x: &MatMut<'_, T>, i: usize, j: usize, tau: T, y: &mut MatMut<'_, T>, c0: usize, w: &mut [T]) {
    let (m, n) = (y.nrows(), y.ncols());
    if c0 >= n || i >= m {
        return;
    }
    let v: VecRef<'_, T> = x.rb().col(j).subvec(i, m - i);
    larf(Side::Left, v, tau.conj(), y.rb_mut().submatrix(i, c0, m - i, n - c0), w);
}

/// The simultaneous bidiagonalization of the blocks of the `m x m`
/// orthogonal (unitary) matrix `X = [X11 X12; X21 X22]` (`?orbdb`,
/// `?unbdb`), X11 `p x q`, `q <= min(p, m-p, m-q)`:
///
/// ```text
/// X = diag(P1, P2) [B11 B12 0 0; 0 0 -I 0; B21 B22 0 0; 0 0 0 I] diag(Q1, Q2)^H
/// ```
///
/// with B11, B21 upper and B12, B22 lower bidiagonal given by `theta` (`q`)
/// and `phi` (`q - 1`) as [`bbcsd`](super::bbcsd) reads them (the sign
/// pattern flipped by [`CsdSigns::Other`]). On return the lower trapezoids
/// of X11 and X21 hold the reflectors of P1 (`taup1`, `p`) and P2 (`taup2`,
/// `m - p`) in their columns, the upper trapezoid of X11 (from column 1) and
/// X12 those of Q1 (`tauq1`, `q`) and Q2 (`tauq2`, `m - q`) in their rows,
/// and X22 (from row `q`, column `p`) the rest of Q2's. `trans` means the
/// blocks are stored transposed (LAPACK's `TRANS = 'T'`, the reflectors
/// then in the transposed places); `work` holds [`orbdb_len`] elements.
#[allow(clippy::too_many_arguments)]
pub fn orbdb<T: Scalar>(
    trans: bool,
    signs: CsdSigns,
    x11: MatMut<'_, T>,
    x12: MatMut<'_, T>,
    x21: MatMut<'_, T>,
    x22: MatMut<'_, T>,
    theta: &mut [T::Real],
    phi: &mut [T::Real],
    taup1: &mut [T],
    taup2: &mut [T],
    tauq1: &mut [T],
    tauq2: &mut [T],
    work: &mut [T],
) {
    // Transposed storage: the same reduction of the transposed views; the
    // reflectors come out the same, their taus conjugated (a row reflector
    // of the conjugated row is the conjugate of the column's).
    let (mut x11, mut x12, mut x21, mut x22) =
        if trans { (x11.transpose(), x12.transpose(), x21.transpose(), x22.transpose()) } else { (x11, x12, x21, x22) };
    let (p, q) = (x11.nrows(), x11.ncols());
    let m = p + x21.nrows();
    assert!(q <= p && q <= m - p && q <= m - q, "orbdb: q exceeds min(p, m-p, m-q)");
    assert!(x12.nrows() == p && x12.ncols() == m - q && x22.ncols() == m - q && x21.ncols() == q, "orbdb: shapes");
    let w = &mut work[..orbdb_len(m, q)];
    let one = <T::Real as Scalar>::one();
    let (z1, z2, z3, z4) = match signs {
        CsdSigns::Default => (one, one, one, one),
        CsdSigns::Other => (one, -one, one, -one),
    };
    let re = |x: T::Real| T::from_real(x);
    for i in 0..q {
        // Column i of X11 and X21, combined with the previous column of
        // X12 and X22 through phi.
        if i == 0 {
            scal(re(z1), col_mut_from(&mut x11, i, i));
            scal(re(z2), col_mut_from(&mut x21, i, i));
        } else {
            let (c, s) = cos_sin(phi[i - 1]);
            scal(re(z1 * c), col_mut_from(&mut x11, i, i));
            axpy(re(-z1 * z3 * z4 * s), col_mut_from(&mut x12, i, i - 1).rb(), col_mut_from(&mut x11, i, i));
            scal(re(z2 * c), col_mut_from(&mut x21, i, i));
            axpy(re(-z2 * z3 * z4 * s), col_mut_from(&mut x22, i, i - 1).rb(), col_mut_from(&mut x21, i, i));
        }
        theta[i] = atan2(nrm2(col_mut_from(&mut x21, i, i).rb()), nrm2(col_mut_from(&mut x11, i, i).rb()));

        taup1[i] = col_reflector(&mut x11, i, i);
        x11.set(i, i, T::one());
        taup2[i] = col_reflector(&mut x21, i, i);
        x21.set(i, i, T::one());
        left_next(&mut x11, i, i, taup1[i], w);
        left_other(&x11, i, i, taup1[i], &mut x12, i, w);
        left_next(&mut x21, i, i, taup2[i], w);
        left_other(&x21, i, i, taup2[i], &mut x22, i, w);

        // Row i of X11 (right of the diagonal) and X12, combined through theta.
        let (c, s) = cos_sin(theta[i]);
        let last = i + 1 == q;
        if !last {
            scal(re(-z1 * z3 * s), row_from(&mut x11, i, i + 1));
            axpy(re(z2 * z3 * c), row_from(&mut x21, i, i + 1).rb(), row_from(&mut x11, i, i + 1));
        }
        scal(re(-z1 * z4 * s), row_from(&mut x12, i, i));
        axpy(re(z2 * z4 * c), row_from(&mut x22, i, i).rb(), row_from(&mut x12, i, i));
        if !last {
            phi[i] = atan2(nrm2(row_from(&mut x11, i, i + 1).rb()), nrm2(row_from(&mut x12, i, i).rb()));
            tauq1[i] = row_reflector(&mut x11, i, i + 1);
            x11.set(i, i + 1, T::one());
        }
        tauq2[i] = row_reflector(&mut x12, i, i);
        x12.set(i, i, T::one());
        if !last {
            right_below(&mut x11, i, i + 1, tauq1[i], w);
            right_other(x11.rb(), i, i + 1, tauq1[i], &mut x21, i + 1, w);
        }
        right_below(&mut x12, i, i, tauq2[i], w);
        right_other(x12.rb(), i, i, tauq2[i], &mut x22, i + 1, w);
        if !last {
            conj_row(&mut x11, i, i + 1);
        }
        conj_row(&mut x12, i, i);
    }
    // Rows q..p of X12 (and the rows of X22 below q).
    #[allow(clippy::needless_range_loop)] // the index is a matrix coordinate too
    for i in q..p {
        scal(re(-z1 * z4), row_from(&mut x12, i, i));
        tauq2[i] = row_reflector(&mut x12, i, i);
        x12.set(i, i, T::one());
        right_below(&mut x12, i, i, tauq2[i], w);
        if m - p > q {
            right_other(x12.rb(), i, i, tauq2[i], &mut x22, q, w);
        }
        conj_row(&mut x12, i, i);
    }
    // The rest of X22's rows.
    for i in 0..(m - p - q) {
        let (r, c) = (q + i, p + i);
        scal(re(z2 * z4), row_from(&mut x22, r, c));
        tauq2[p + i] = row_reflector(&mut x22, r, c);
        x22.set(r, c, T::one());
        right_below(&mut x22, r, c, tauq2[p + i], w);
        conj_row(&mut x22, r, c);
    }
    if trans && T::IS_COMPLEX {
        for tau in [&mut taup1[..q], &mut taup2[..q], &mut tauq1[..q.saturating_sub(1)], &mut tauq2[..m - q]] {
            lacgv(VecMut::from_slice(tau));
        }
    }
}
