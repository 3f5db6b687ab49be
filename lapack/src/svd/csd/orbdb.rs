//! Simultaneous bidiagonalization of the blocks of a tall-skinny matrix with
//! orthonormal columns, `[X11; X21]` (`p + (m-p)` rows, `q` columns)
//! (`?orbdb1` .. `?orbdb4`, `?unbdb1` .. `?unbdb4`), and the orthogonal
//! completion of a vector against such columns (`?orbdb5`, `?orbdb6`).
//!
//! Each variant computes `[X11; X21] = diag(P1, P2) [B11; B21] Q1^H` with
//! B11, B21 bidiagonal (parametrized by the angles `theta`, `phi`) and
//! P1, P2, Q1 products of the elementary reflectors left in X11 and X21.
//! Which variant applies depends on the smallest of `q`, `p`, `m-p`, `m-q`:
//! it is the number of steps, so the reflectors never run out of rows.

use crate::householder::{larf, larfgp};
use ferroblas_kernels::aux::vectors::lacgv;
use ferroblas_kernels::level1::{nrm2, rot, scal};
use ferroblas_kernels::level2::gemv;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef, Side, Trans, VecMut, VecRef};

fn atan2<R: RealScalar>(y: R, x: R) -> R {
    R::from_f64(y.to_f64().atan2(x.to_f64()))
}

/// `|[x1; x2]|`.
fn norm12<T: Scalar>(x1: VecRef<'_, T>, x2: VecRef<'_, T>) -> T::Real {
    nrm2(x1).hypot(nrm2(x2))
}

/// The workspace ([`Scalar`] elements) of [`orbdb6`] and [`orbdb5`] for `n`
/// columns.
pub fn orbdb6_len(n: usize) -> usize {
    n
}

/// Projects `x = [x1; x2]` onto the orthogonal complement of the columns of
/// `Q = [Q1; Q2]` (orthonormal, `n` of them), by classical Gram-Schmidt
/// with one reorthogonalization (`?orbdb6`, `?unbdb6`): a projection that
/// keeps at least 0.83 of the norm is accepted; one that shrinks below
/// `n eps |x|`, or a second one that shrinks again, is taken as zero (x in
/// the span of Q). `work` holds `n` elements.
pub fn orbdb6<T: Scalar>(
    mut x1: VecMut<'_, T>,
    mut x2: VecMut<'_, T>,
    q1: MatRef<'_, T>,
    q2: MatRef<'_, T>,
    work: &mut [T],
) {
    type R<T> = <T as Scalar>::Real;
    let n = q1.ncols();
    assert!(q1.nrows() == x1.len() && q2.nrows() == x2.len() && q2.ncols() == n, "orbdb6: shapes disagree");
    let alpha = R::<T>::from_f64(0.83);
    let eps = ferroblas_kernels::aux::scalars::lamch::<R<T>>(ferroblas_kernels::aux::scalars::Machine::Precision);
    let w = &mut work[..n];
    let mut norm = norm12(x1.rb(), x2.rb());
    for pass in 0..2 {
        // x := x - Q (Q^H x).
        // w := Q^H x, summed into zeros (a gemv on an empty block returns
        // without writing, even with beta = 0).
        w.iter_mut().for_each(|x| *x = T::zero());
        gemv(Trans::ConjTrans, T::one(), q1, x1.rb(), T::one(), VecMut::from_slice(w));
        gemv(Trans::ConjTrans, T::one(), q2, x2.rb(), T::one(), VecMut::from_slice(w));
        gemv(Trans::No, -T::one(), q1, VecRef::from_slice(w), T::one(), x1.rb_mut());
        gemv(Trans::No, -T::one(), q2, VecRef::from_slice(w), T::one(), x2.rb_mut());
        let new = norm12(x1.rb(), x2.rb());
        if new >= alpha * norm {
            return;
        }
        if pass == 1 || new <= R::<T>::from_f64(n as f64) * eps * norm {
            scal(T::zero(), x1.rb_mut());
            scal(T::zero(), x2.rb_mut());
            return;
        }
        norm = new;
    }
}

/// A unit vector `[x1; x2]` orthogonal to the orthonormal columns of `Q =
/// [Q1; Q2]` (`?orbdb5`, `?unbdb5`): `x` itself, normalized and projected by
/// [`orbdb6`], if that leaves something; else the first standard basis vector
/// whose projection is nonzero. `x` is zero on return only when the columns
/// of Q span everything. `work` holds `n` elements.
pub fn orbdb5<T: Scalar>(
    mut x1: VecMut<'_, T>,
    mut x2: VecMut<'_, T>,
    q1: MatRef<'_, T>,
    q2: MatRef<'_, T>,
    work: &mut [T],
) {
    type R<T> = <T as Scalar>::Real;
    let n = q1.ncols();
    let (m1, m2) = (x1.len(), x2.len());
    let eps = ferroblas_kernels::aux::scalars::lamch::<R<T>>(ferroblas_kernels::aux::scalars::Machine::Precision);
    let zero = R::<T>::zero();
    let norm = norm12(x1.rb(), x2.rb());
    if norm > R::<T>::from_f64(n as f64) * eps {
        // Unit norm first, so the caller sees a unit vector.
        let r = T::from_real(R::<T>::one() / norm);
        scal(r, x1.rb_mut());
        scal(r, x2.rb_mut());
        orbdb6(x1.rb_mut(), x2.rb_mut(), q1, q2, work);
        if nrm2(x1.rb()) != zero || nrm2(x2.rb()) != zero {
            return;
        }
    }
    for i in 0..m1 + m2 {
        scal(T::zero(), x1.rb_mut());
        scal(T::zero(), x2.rb_mut());
        if i < m1 {
            x1.set(i, T::one());
        } else {
            x2.set(i - m1, T::one());
        }
        orbdb6(x1.rb_mut(), x2.rb_mut(), q1, q2, work);
        if nrm2(x1.rb()) != zero || nrm2(x2.rb()) != zero {
            return;
        }
    }
}

/// The workspace ([`Scalar`] elements) of [`orbdb1`] .. [`orbdb4`]: the
/// scratch of [`larf`] and of the embedded [`orbdb5`], one at a time
/// (`max(p, m-p, q)`, the reference's LWORK).
pub fn orbdb_tall_len(m: usize, p: usize, q: usize) -> usize {
    p.max(m - p).max(q).max(1)
}

/// Checks the shapes of the tall-skinny reductions and returns `(m, p, q)`.
fn shapes<T: Scalar>(x11: &MatMut<'_, T>, x21: &MatMut<'_, T>) -> (usize, usize, usize) {
    let (p, q) = (x11.nrows(), x11.ncols());
    assert_eq!(x21.ncols(), q, "orbdb: X11 and X21 need the same columns");
    (p + x21.nrows(), p, q)
}

/// The reflector (non-negative `beta`) that maps column `j` of `x` from row
/// `i` down onto its first entry: `beta` at `(i, j)`, the vector below it;
/// returns `tau`.
pub(super) fn col_reflector<T: Scalar>(x: &mut MatMut<'_, T>, i: usize, j: usize) -> T {
    let m = x.nrows();
    let mut alpha = x.get(i, j);
    let tau = larfgp(&mut alpha, x.rb_mut().col_mut(j).subvec(i + 1, m - i - 1));
    x.set(i, j, alpha);
    tau
}

/// Conjugates row `i` of `x` from column `j` on (a complex row reflector is
/// generated and applied on the conjugated row).
pub(super) fn conj_row<T: Scalar>(x: &mut MatMut<'_, T>, i: usize, j: usize) {
    let n = x.ncols();
    lacgv(x.rb_mut().transpose().col_mut(i).subvec(j, n - j));
}

/// The reflector (non-negative `beta`) that maps the conjugate of row `i`
/// of `x` from column `j` on onto its first entry; leaves the row
/// conjugated, `beta` at `(i, j)`; returns `tau`.
pub(super) fn row_reflector<T: Scalar>(x: &mut MatMut<'_, T>, i: usize, j: usize) -> T {
    conj_row(x, i, j);
    let n = x.ncols();
    let mut alpha = x.get(i, j);
    let tau = larfgp(&mut alpha, x.rb_mut().transpose().col_mut(i).subvec(j + 1, n - j - 1));
    x.set(i, j, alpha);
    tau
}

/// Applies `H^H` (`conj(tau)`) of the reflector in column `j` of `x` from
/// row `i` (its first entry already 1) to the columns right of it, rows `i..`.
pub(super) fn left_next<T: Scalar>(x: &mut MatMut<'_, T>, i: usize, j: usize, tau: T, w: &mut [T]) {
    let (m, n) = (x.nrows(), x.ncols());
    if j + 1 >= n || i >= m {
        return;
    }
    let (v, c) = x.rb_mut().submatrix(i, j, m - i, n - j).split_at_col(1);
    larf(Side::Left, v.rb().col(0), tau.conj(), c, w);
}

/// Applies `H` (`tau`) of the reflector in row `i` of `x` from column `j`
/// (first entry 1) from the right to the rows of `x` below it.
pub(super) fn right_below<T: Scalar>(x: &mut MatMut<'_, T>, i: usize, j: usize, tau: T, w: &mut [T]) {
    let (m, n) = (x.nrows(), x.ncols());
    if i + 1 >= m || j >= n {
        return;
    }
    let (v, c) = x.rb_mut().submatrix(i, j, m - i, n - j).split_at_row(1);
    larf(Side::Right, v.rb().row(0), tau, c, w);
}

/// Applies `H` of the reflector in row `i` of `x` from column `j` from the
/// right to rows `r0..` of `y` (the same columns).
pub(super) fn right_other<T: Scalar>(
    x: MatRef<'_, T>,
    i: usize,
    j: usize,
    tau: T,
    y: &mut MatMut<'_, T>,
    r0: usize,
    w: &mut [T],
) {
    let (m, n) = (y.nrows(), y.ncols());
    if r0 >= m || j >= n {
        return;
    }
    let v = x.submatrix(i, j, 1, n - j).row(0);
    larf(Side::Right, v, tau, y.rb_mut().submatrix(r0, j, m - r0, n - j), w);
}

/// Rotates row `i1` of `a` and row `i2` of `b` from column `j` on:
/// `a := c a + s b`, `b := c b - s a`.
fn rot_rows<T: Scalar>(
    a: &mut MatMut<'_, T>,
    i1: usize,
    b: &mut MatMut<'_, T>,
    i2: usize,
    j: usize,
    c: T::Real,
    s: T::Real,
) {
    let n = a.ncols();
    if j >= n {
        return;
    }
    rot(a.rb_mut().transpose().col_mut(i1).subvec(j, n - j), b.rb_mut().transpose().col_mut(i2).subvec(j, n - j), c, s);
}

/// Column `j` of `x` from row `i` down.
fn col_from<'b, T: Scalar>(x: &'b MatMut<'_, T>, i: usize, j: usize) -> VecRef<'b, T> {
    let m = x.nrows();
    x.rb().col(j).subvec(i, m - i)
}

/// [`orbdb5`] on the column `[x11[i1.., j]; x21[i2.., j]]` against the
/// columns right of it in the same rows.
fn complete<T: Scalar>(x11: &mut MatMut<'_, T>, x21: &mut MatMut<'_, T>, i1: usize, i2: usize, j: usize, w: &mut [T]) {
    let (p, q, m2) = (x11.nrows(), x11.ncols(), x21.nrows());
    let (a, b) = x11.rb_mut().submatrix(i1, j, p - i1, q - j).split_at_col(1);
    let (c, d) = x21.rb_mut().submatrix(i2, j, m2 - i2, q - j).split_at_col(1);
    orbdb5(a.col_mut(0), c.col_mut(0), b.rb(), d.rb(), w);
}

fn cos_sin<R: RealScalar>(x: R) -> (R, R) {
    let x = x.to_f64();
    (R::from_f64(x.cos()), R::from_f64(x.sin()))
}

/// `?orbdb1`/`?unbdb1`: simultaneous bidiagonalization of the `p x q` block
/// X11 and the `(m-p) x q` block X21 of a matrix with orthonormal columns
/// when `q <= min(p, m-p, m-q)`: `[X11; X21] = diag(P1, P2) [B11; B21] Q1^H`.
/// On return the columns of X11's and X21's lower trapezoids hold the
/// reflectors of P1 (`taup1`, `q`) and P2 (`taup2`, `q`), the rows of X21's
/// strict upper trapezoid those of Q1 (`tauq1`, `q - 1`); `theta` (`q`) and
/// `phi` (`q - 1`) receive the angles. `work`: [`orbdb_tall_len`] elements.
#[allow(clippy::too_many_arguments)]
pub fn orbdb1<T: Scalar>(
    mut x11: MatMut<'_, T>,
    mut x21: MatMut<'_, T>,
    theta: &mut [T::Real],
    phi: &mut [T::Real],
    taup1: &mut [T],
    taup2: &mut [T],
    tauq1: &mut [T],
    work: &mut [T],
) {
    let (m, p, q) = shapes(&x11, &x21);
    assert!(q <= p && q <= m - p && q <= m - q, "orbdb1: q exceeds min(p, m-p, m-q)");
    let w = &mut work[..orbdb_tall_len(m, p, q)];
    for i in 0..q {
        taup1[i] = col_reflector(&mut x11, i, i);
        taup2[i] = col_reflector(&mut x21, i, i);
        theta[i] = atan2(x21.get(i, i).re(), x11.get(i, i).re());
        let (c, s) = cos_sin(theta[i]);
        x11.set(i, i, T::one());
        x21.set(i, i, T::one());
        left_next(&mut x11, i, i, taup1[i], w);
        left_next(&mut x21, i, i, taup2[i], w);
        if i + 1 < q {
            rot_rows(&mut x11, i, &mut x21, i, i + 1, c, s);
            tauq1[i] = row_reflector(&mut x21, i, i + 1);
            let s = x21.get(i, i + 1).re();
            x21.set(i, i + 1, T::one());
            right_other(x21.rb(), i, i + 1, tauq1[i], &mut x11, i + 1, w);
            right_below(&mut x21, i, i + 1, tauq1[i], w);
            conj_row(&mut x21, i, i + 1);
            let c = norm12(col_from(&x11, i + 1, i + 1), col_from(&x21, i + 1, i + 1));
            phi[i] = atan2(s, c);
            complete(&mut x11, &mut x21, i + 1, i + 1, i + 1, w);
        }
    }
}

/// `?orbdb2`/`?unbdb2`: as [`orbdb1`] when `p <= min(m-p, q, m-q)`. The rows
/// of X11's upper trapezoid hold Q1's reflectors (`tauq1`, `q`), the columns
/// of X11's strict lower trapezoid P1's (`taup1`, `p - 1`), those of X21's
/// lower trapezoid P2's (`taup2`, `q`); `theta` (`q`), `phi` (`q - 1`).
#[allow(clippy::too_many_arguments)]
pub fn orbdb2<T: Scalar>(
    mut x11: MatMut<'_, T>,
    mut x21: MatMut<'_, T>,
    theta: &mut [T::Real],
    phi: &mut [T::Real],
    taup1: &mut [T],
    taup2: &mut [T],
    tauq1: &mut [T],
    work: &mut [T],
) {
    let (m, p, q) = shapes(&x11, &x21);
    assert!(p <= m - p && p <= q && p <= m - q, "orbdb2: p exceeds min(m-p, q, m-q)");
    let w = &mut work[..orbdb_tall_len(m, p, q)];
    let zero = <T::Real as Scalar>::zero();
    let (mut c, mut s) = (zero, zero);
    for i in 0..p {
        if i > 0 {
            rot_rows(&mut x11, i, &mut x21, i - 1, i, c, s);
        }
        tauq1[i] = row_reflector(&mut x11, i, i);
        c = x11.get(i, i).re();
        x11.set(i, i, T::one());
        right_below(&mut x11, i, i, tauq1[i], w);
        right_other(x11.rb(), i, i, tauq1[i], &mut x21, i, w);
        conj_row(&mut x11, i, i);
        s = norm12(col_from(&x11, i + 1, i), col_from(&x21, i, i));
        theta[i] = atan2(s, c);
        complete(&mut x11, &mut x21, i + 1, i, i, w);
        let p1 = x11.nrows();
        scal(-T::one(), x11.rb_mut().col_mut(i).subvec(i + 1, p1 - i - 1));
        taup2[i] = col_reflector(&mut x21, i, i);
        if i + 1 < p {
            taup1[i] = col_reflector(&mut x11, i + 1, i);
            phi[i] = atan2(x11.get(i + 1, i).re(), x21.get(i, i).re());
            (c, s) = cos_sin(phi[i]);
            x11.set(i + 1, i, T::one());
            left_next(&mut x11, i + 1, i, taup1[i], w);
        }
        x21.set(i, i, T::one());
        left_next(&mut x21, i, i, taup2[i], w);
    }
    // The bottom right of X21 becomes the identity.
    #[allow(clippy::needless_range_loop)] // the index is a matrix coordinate too
    for i in p..q {
        taup2[i] = col_reflector(&mut x21, i, i);
        x21.set(i, i, T::one());
        left_next(&mut x21, i, i, taup2[i], w);
    }
}

/// `?orbdb3`/`?unbdb3`: as [`orbdb1`] when `m-p <= min(p, q, m-q)`. The rows
/// of X21's upper trapezoid hold Q1's reflectors (`tauq1`, `q`), the columns
/// of X11's lower trapezoid P1's (`taup1`, `q`), those of X21's strict lower
/// trapezoid P2's (`taup2`, `m-p-1`); `theta` (`q`), `phi` (`q - 1`).
#[allow(clippy::too_many_arguments)]
pub fn orbdb3<T: Scalar>(
    mut x11: MatMut<'_, T>,
    mut x21: MatMut<'_, T>,
    theta: &mut [T::Real],
    phi: &mut [T::Real],
    taup1: &mut [T],
    taup2: &mut [T],
    tauq1: &mut [T],
    work: &mut [T],
) {
    let (m, p, q) = shapes(&x11, &x21);
    let mp = m - p;
    assert!(mp <= p && mp <= q && mp <= m - q, "orbdb3: m-p exceeds min(p, q, m-q)");
    let w = &mut work[..orbdb_tall_len(m, p, q)];
    let zero = <T::Real as Scalar>::zero();
    let (mut c, mut s) = (zero, zero);
    for i in 0..mp {
        if i > 0 {
            rot_rows(&mut x11, i - 1, &mut x21, i, i, c, s);
        }
        tauq1[i] = row_reflector(&mut x21, i, i);
        s = x21.get(i, i).re();
        x21.set(i, i, T::one());
        right_other(x21.rb(), i, i, tauq1[i], &mut x11, i, w);
        right_below(&mut x21, i, i, tauq1[i], w);
        conj_row(&mut x21, i, i);
        c = norm12(col_from(&x11, i, i), col_from(&x21, i + 1, i));
        theta[i] = atan2(s, c);
        complete(&mut x11, &mut x21, i, i + 1, i, w);
        taup1[i] = col_reflector(&mut x11, i, i);
        if i + 1 < mp {
            taup2[i] = col_reflector(&mut x21, i + 1, i);
            phi[i] = atan2(x21.get(i + 1, i).re(), x11.get(i, i).re());
            (c, s) = cos_sin(phi[i]);
            x21.set(i + 1, i, T::one());
            left_next(&mut x21, i + 1, i, taup2[i], w);
        }
        x11.set(i, i, T::one());
        left_next(&mut x11, i, i, taup1[i], w);
    }
    // The bottom right of X11 becomes the identity.
    #[allow(clippy::needless_range_loop)] // the index is a matrix coordinate too
    for i in mp..q {
        taup1[i] = col_reflector(&mut x11, i, i);
        x11.set(i, i, T::one());
        left_next(&mut x11, i, i, taup1[i], w);
    }
}

/// `?orbdb4`/`?unbdb4`: as [`orbdb1`] when `m-q <= min(p, m-p, q)`. The
/// columns of X11's and X21's lower trapezoids (shifted one left after the
/// first, which lives in `phantom`, `m` elements: `[P1's; P2's]` first
/// reflectors) hold P1's and P2's reflectors (`taup1`, `taup2`, `m-q`), the
/// rows of X11 and X21 Q1's (`tauq1`, `q`); `theta` (`q`), `phi` (`q - 1`).
#[allow(clippy::too_many_arguments)]
pub fn orbdb4<T: Scalar>(
    mut x11: MatMut<'_, T>,
    mut x21: MatMut<'_, T>,
    theta: &mut [T::Real],
    phi: &mut [T::Real],
    taup1: &mut [T],
    taup2: &mut [T],
    tauq1: &mut [T],
    phantom: &mut [T],
    work: &mut [T],
) {
    let (m, p, q) = shapes(&x11, &x21);
    let mq = m - q;
    assert!(mq <= p && mq <= m - p && mq <= q, "orbdb4: m-q exceeds min(p, m-p, q)");
    let w = &mut work[..orbdb_tall_len(m, p, q)];
    for i in 0..mq {
        let (c, s);
        if i == 0 {
            // A unit vector orthogonal to all q columns starts the
            // reduction: the first column of the complement.
            let ph = &mut phantom[..m];
            ph.iter_mut().for_each(|x| *x = T::zero());
            let (ph1, ph2) = ph.split_at_mut(p);
            orbdb5(VecMut::from_slice(ph1), VecMut::from_slice(ph2), x11.rb(), x21.rb(), w);
            scal(-T::one(), VecMut::from_slice(ph1));
            let (a1, r1) = ph1.split_first_mut().expect("orbdb4: p >= 1");
            taup1[0] = larfgp(a1, VecMut::from_slice(r1));
            let (a2, r2) = ph2.split_first_mut().expect("orbdb4: m-p >= 1");
            taup2[0] = larfgp(a2, VecMut::from_slice(r2));
            theta[0] = atan2(a1.re(), a2.re());
            (c, s) = cos_sin(theta[0]);
            *a1 = T::one();
            *a2 = T::one();
            larf(Side::Left, VecRef::from_slice(ph1), taup1[0].conj(), x11.rb_mut(), w);
            larf(Side::Left, VecRef::from_slice(ph2), taup2[0].conj(), x21.rb_mut(), w);
        } else {
            complete(&mut x11, &mut x21, i, i, i - 1, w);
            scal(-T::one(), x11.rb_mut().col_mut(i - 1).subvec(i, p - i));
            taup1[i] = col_reflector(&mut x11, i, i - 1);
            taup2[i] = col_reflector(&mut x21, i, i - 1);
            theta[i] = atan2(x11.get(i, i - 1).re(), x21.get(i, i - 1).re());
            (c, s) = cos_sin(theta[i]);
            x11.set(i, i - 1, T::one());
            x21.set(i, i - 1, T::one());
            left_next(&mut x11, i, i - 1, taup1[i], w);
            left_next(&mut x21, i, i - 1, taup2[i], w);
        }
        rot_rows(&mut x11, i, &mut x21, i, i, s, -c);
        tauq1[i] = row_reflector(&mut x21, i, i);
        let c = x21.get(i, i).re();
        x21.set(i, i, T::one());
        right_other(x21.rb(), i, i, tauq1[i], &mut x11, i + 1, w);
        right_below(&mut x21, i, i, tauq1[i], w);
        conj_row(&mut x21, i, i);
        if i + 1 < mq {
            let s = norm12(col_from(&x11, i + 1, i), col_from(&x21, i + 1, i));
            phi[i] = atan2(s, c);
        }
    }
    // The bottom right of X11 becomes [I 0].
    #[allow(clippy::needless_range_loop)] // the index is a matrix coordinate too
    for i in mq..p {
        tauq1[i] = row_reflector(&mut x11, i, i);
        x11.set(i, i, T::one());
        right_below(&mut x11, i, i, tauq1[i], w);
        right_other(x11.rb(), i, i, tauq1[i], &mut x21, mq, w);
        conj_row(&mut x11, i, i);
    }
    // The bottom right of X21 becomes [0 I].
    #[allow(clippy::needless_range_loop)] // the index is a matrix coordinate too
    for i in p..q {
        let r = mq + i - p;
        tauq1[i] = row_reflector(&mut x21, r, i);
        x21.set(r, i, T::one());
        right_below(&mut x21, r, i, tauq1[i], w);
        conj_row(&mut x21, r, i);
    }
}
