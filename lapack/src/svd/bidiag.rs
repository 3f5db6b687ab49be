//! Reduction of a general matrix to bidiagonal form, `A = Q B P^H`
//! (`?gebrd`, unblocked `?gebd2`, the panel `?labrd`), generating Q or
//! `P^H` (`?orgbr`/`?ungbr`) and applying them (`?ormbr`/`?unmbr`).
//!
//! Storage, as the reference's, with `k = min(m, n)`: `Q = H(0) ... H(k-1)`
//! and `P = G(0) ... G(k-1)`, `H(i) = I - tauq_i v_i v_i^H`, `G(i) = I -
//! taup_i u_i u_i^H`.
//!
//! - `m >= n`: B is upper bidiagonal; `v_i` has its unit at row `i` and
//!   its tail below it in column `i`; `u_i` has its unit at column `i + 1`
//!   and the conjugate of its tail right of it in row `i` (`u_{n-1} = 0`,
//!   `taup_{n-1} = 0`).
//! - `m < n`: B is lower bidiagonal; `v_i` has its unit at row `i + 1` and
//!   its tail below it in column `i` (`tauq_{m-1} = 0`); `u_i` has its unit
//!   at column `i` and the conjugate of its tail right of it in row `i`.
//!
//! The lower case is the upper one on `A^H` (a conjugated, transposed
//! view), with the roles of the two reflector sets exchanged: the same
//! arithmetic on the same numbers, and the same storage.

use crate::householder::{apply_left_unit, apply_right_unit, larfg};
use crate::qr::{
    orglq_req_with, orglq_with, orgqr_req_with, orgqr_with, ormlq_req_with, ormlq_with, ormqr_req_with, ormqr_with,
};
use ferroblas_kernels::level1::scal;
use ferroblas_kernels::level2::{gemv, Op};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{MatMut, MatRef, Side, Trans, VecMut};
use ferroblas_relapack::level3::Level3;
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// The block size [`gebrd`] uses when the caller does not choose one (the
/// reference's `ILAENV` answer).
pub const GEBRD_BLOCK: usize = 32;

/// Below this many remaining columns (rows, for `m < n`) [`gebrd`]
/// finishes unblocked (the reference's crossover).
pub const GEBRD_CROSSOVER: usize = 128;

/// Which orthogonal factor of a bidiagonal reduction a routine means
/// (`VECT`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Vect {
    /// `Q`, from the column reflectors and `tauq` (`'Q'`).
    Q,
    /// `P` (or `P^H`), from the row reflectors and `taup` (`'P'`).
    P,
}

impl Vect {
    /// Parses `Q` or `P`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'Q' => Some(Vect::Q),
            b'P' => Some(Vect::P),
            _ => None,
        }
    }
}

/// Conjugates a matrix in place (nothing for real types).
fn conj_mat<T: Scalar>(mut a: MatMut<'_, T>) {
    if !T::IS_COMPLEX {
        return;
    }
    for j in 0..a.ncols() {
        for i in 0..a.nrows() {
            a.set(i, j, a.get(i, j).conj());
        }
    }
}

/// Conjugates a vector in place (nothing for real types).
fn conj_vec<T: Scalar>(mut v: VecMut<'_, T>) {
    if !T::IS_COMPLEX {
        return;
    }
    for i in 0..v.len() {
        v.set(i, v.get(i).conj());
    }
}

/// Row `i`, columns `j..j+len` of `a` as a vector.
fn row_mut<'a, T: Scalar>(a: MatMut<'a, T>, i: usize, j: usize, len: usize) -> VecMut<'a, T> {
    a.submatrix(i, j, 1, len).transpose().col_mut(0)
}

/// Unblocked reduction to bidiagonal form (`?gebd2`) of the `m x n` matrix
/// `a`: on return its diagonal and first super- (`m >= n`) or sub-diagonal
/// (`m < n`) hold B's, and the reflectors are stored as the module
/// describes. `d` holds `k = min(m, n)` elements, `e` `k - 1` (at least),
/// `tauq` and `taup` `k` each; `work` holds `max(m, n)` elements.
pub fn gebd2<T: Scalar>(
    mut a: MatMut<'_, T>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    tauq: &mut [T],
    taup: &mut [T],
    work: &mut [T],
) {
    let (m, n) = (a.nrows(), a.ncols());
    if m >= n {
        gebd2_upper(a, d, e, tauq, taup, work);
    } else {
        conj_mat(a.rb_mut());
        gebd2_upper(a.rb_mut().transpose(), d, e, taup, tauq, work);
        conj_mat(a);
    }
}

/// [`gebd2`] for `m >= n`.
fn gebd2_upper<T: Scalar>(
    mut a: MatMut<'_, T>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    tauq: &mut [T],
    taup: &mut [T],
    work: &mut [T],
) {
    let (m, n) = (a.nrows(), a.ncols());
    debug_assert!(m >= n);
    assert!(d.len() >= n && tauq.len() >= n && taup.len() >= n && e.len() + 1 >= n, "gebd2: d, e or tau too short");
    for i in 0..n {
        // H(i) annihilates A(i+1.., i); H(i)^H goes to the columns right of it.
        let (col, rest) = a.rb_mut().submatrix(i, i, m - i, n - i).split_at_col(1);
        let (mut top, tail) = col.split_at_row(1);
        let mut alpha = top.get(0, 0);
        let mut tail = tail.col_mut(0);
        tauq[i] = larfg(&mut alpha, tail.rb_mut());
        d[i] = alpha.re();
        apply_left_unit(tauq[i].conj(), tail.rb(), rest);
        top.set(0, 0, T::from_real(d[i]));
        if i + 1 < n {
            // G(i) annihilates A(i, i+2..) from the right; the row is
            // generated conjugated and stored conjugated back.
            let (mut row, below) = a.rb_mut().submatrix(i, i + 1, m - i, n - i - 1).split_at_row(1);
            conj_mat(row.rb_mut());
            let (mut first, rtail) = row.split_at_col(1);
            let mut rtail = rtail.transpose().col_mut(0);
            let mut alpha = first.get(0, 0);
            taup[i] = larfg(&mut alpha, rtail.rb_mut());
            e[i] = alpha.re();
            apply_right_unit(taup[i], rtail.rb(), below, &mut work[..m - i - 1]);
            conj_vec(rtail);
            first.set(0, 0, T::from_real(e[i]));
        } else {
            taup[i] = T::zero();
        }
    }
}

/// Reduces the first `nb = d.len()` rows and columns of the `m x n` matrix
/// `a` to bidiagonal form (`?labrd`), returning in `x` (`m x nb`) and `y`
/// (`n x nb`) what the blocked [`gebrd`] needs to update the rest: `A :=
/// A - V Y^H - X U^H`, V the stored column reflectors and `U^H` the stored
/// (conjugated) rows. The reflectors are stored as in [`gebd2`], except
/// that the units of the first `nb` of each set are left in `a` (on B's
/// diagonal and off-diagonal), as the reference leaves them.
#[allow(clippy::too_many_arguments)]
pub fn labrd<T: Scalar>(
    mut a: MatMut<'_, T>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    tauq: &mut [T],
    taup: &mut [T],
    x: MatMut<'_, T>,
    y: MatMut<'_, T>,
) {
    let (m, n) = (a.nrows(), a.ncols());
    if m >= n {
        labrd_upper(a, d, e, tauq, taup, x, y);
    } else {
        // On A^H the column reflectors are the row ones and X, Y trade places.
        conj_mat(a.rb_mut());
        labrd_upper(a.rb_mut().transpose(), d, e, taup, tauq, y, x);
        conj_mat(a);
    }
}

/// [`labrd`] for `m >= n`.
fn labrd_upper<T: Scalar>(
    mut a: MatMut<'_, T>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    tauq: &mut [T],
    taup: &mut [T],
    mut x: MatMut<'_, T>,
    mut y: MatMut<'_, T>,
) {
    let (m, n) = (a.nrows(), a.ncols());
    let nb = d.len();
    assert!(nb <= n && e.len() >= nb && tauq.len() >= nb && taup.len() >= nb, "labrd: d, e or tau too short");
    assert!(x.nrows() >= m && x.ncols() >= nb && y.nrows() >= n && y.ncols() >= nb, "labrd: X or Y too small");
    let one = T::one();
    let (mone, zero) = (-T::one(), T::zero());
    for i in 0..nb {
        // Column i as the previous steps left it: A(i.., i) -= V Y(i, :)^H + X U^H(:, i).
        {
            let (left, right) = a.rb_mut().split_at_col(i);
            let (above, here) = right.split_at_row(i);
            let col = here.col_mut(0);
            let mut col = col;
            conj_vec(row_mut(y.rb_mut(), i, 0, i));
            gemv(
                Op::NoTrans,
                mone,
                left.rb().submatrix(i, 0, m - i, i),
                y.rb().submatrix(i, 0, 1, i).row(0),
                one,
                col.rb_mut(),
            );
            conj_vec(row_mut(y.rb_mut(), i, 0, i));
            gemv(Op::NoTrans, mone, x.rb().submatrix(i, 0, m - i, i), above.rb().col(0), one, col);
        }
        // H(i).
        {
            let (mut top, tail) = a.rb_mut().submatrix(i, i, m - i, 1).split_at_row(1);
            let mut alpha = top.get(0, 0);
            tauq[i] = larfg(&mut alpha, tail.col_mut(0));
            d[i] = alpha.re();
            top.set(0, 0, one);
        }
        if i + 1 >= n {
            taup[i] = zero;
            continue;
        }
        // Y(i+1.., i) = tauq_i A_true(i.., i+1..)^H v_i, with A_true = A - V Y^H - X U^H.
        {
            let (ycols, ycol) = y.rb_mut().split_at_col(i);
            let (yt, yb) = ycol.submatrix(0, 0, n, 1).split_at_row(i + 1);
            let (yt, mut yb) = (yt.col_mut(0), yb.col_mut(0));
            let ar = a.rb();
            let v = ar.submatrix(i, i, m - i, 1).col(0);
            gemv(Op::ConjTrans, one, ar.submatrix(i, i + 1, m - i, n - i - 1), v, zero, yb.rb_mut());
            let mut yt = yt.subvec(0, i);
            gemv(Op::ConjTrans, one, ar.submatrix(i, 0, m - i, i), v, zero, yt.rb_mut());
            gemv(Op::NoTrans, mone, ycols.rb().submatrix(i + 1, 0, n - i - 1, i), yt.rb(), one, yb.rb_mut());
            gemv(Op::ConjTrans, one, x.rb().submatrix(i, 0, m - i, i), v, zero, yt.rb_mut());
            gemv(Op::ConjTrans, mone, ar.submatrix(0, i + 1, i, n - i - 1), yt.rb(), one, yb.rb_mut());
            scal(tauq[i], yb);
        }
        // Row i, conjugated: conj(A(i, i+1..)) -= Y conj(V(i, :))^T + U^H^H conj(X(i, :))^T.
        {
            let (left, right) = a.rb_mut().split_at_col(i + 1);
            let (above, here) = right.split_at_row(i);
            let mut row = here.submatrix(0, 0, 1, n - i - 1).transpose().col_mut(0);
            conj_vec(row.rb_mut());
            let mut left = left;
            conj_vec(row_mut(left.rb_mut(), i, 0, i + 1));
            gemv(
                Op::NoTrans,
                mone,
                y.rb().submatrix(i + 1, 0, n - i - 1, i + 1),
                left.rb().submatrix(i, 0, 1, i + 1).row(0),
                one,
                row.rb_mut(),
            );
            conj_vec(row_mut(left.rb_mut(), i, 0, i + 1));
            conj_vec(row_mut(x.rb_mut(), i, 0, i));
            gemv(
                Op::ConjTrans,
                mone,
                above.rb().submatrix(0, 0, i, n - i - 1),
                x.rb().submatrix(i, 0, 1, i).row(0),
                one,
                row,
            );
            conj_vec(row_mut(x.rb_mut(), i, 0, i));
        }
        // G(i), on the conjugated row.
        {
            let (mut first, tail) = a.rb_mut().submatrix(i, i + 1, 1, n - i - 1).split_at_col(1);
            let mut alpha = first.get(0, 0);
            taup[i] = larfg(&mut alpha, tail.transpose().col_mut(0));
            e[i] = alpha.re();
            first.set(0, 0, one);
        }
        // X(i+1.., i) = taup_i A_true(i+1.., i+1..) u_i.
        {
            let (xcols, xcol) = x.rb_mut().split_at_col(i);
            let (xt, xb) = xcol.submatrix(0, 0, m, 1).split_at_row(i + 1);
            let (mut xt, mut xb) = (xt.col_mut(0), xb.col_mut(0));
            let ar = a.rb();
            let u = ar.submatrix(i, i + 1, 1, n - i - 1).row(0);
            gemv(Op::NoTrans, one, ar.submatrix(i + 1, i + 1, m - i - 1, n - i - 1), u, zero, xb.rb_mut());
            gemv(Op::ConjTrans, one, y.rb().submatrix(i + 1, 0, n - i - 1, i + 1), u, zero, xt.rb_mut());
            gemv(Op::NoTrans, mone, ar.submatrix(i + 1, 0, m - i - 1, i + 1), xt.rb(), one, xb.rb_mut());
            let mut xt = xt.subvec(0, i);
            gemv(Op::NoTrans, one, ar.submatrix(0, i + 1, i, n - i - 1), u, zero, xt.rb_mut());
            gemv(Op::NoTrans, mone, xcols.rb().submatrix(i + 1, 0, m - i - 1, i), xt.rb(), one, xb.rb_mut());
            scal(taup[i], xb);
        }
        conj_vec(row_mut(a.rb_mut(), i, i + 1, n - i - 1));
    }
}

/// The workspace [`gebrd`] needs for an `m x n` matrix.
pub fn gebrd_req<T: Scalar>(m: usize, n: usize) -> WorkReq {
    gebrd_req_with::<T>(m, n, GEBRD_BLOCK)
}

/// [`gebrd_req`] for panels of `nb` ([`gebrd_with`]): `(m + n) nb`, or
/// `max(m, n)` when the reduction runs unblocked.
pub fn gebrd_req_with<T: Scalar>(m: usize, n: usize, nb: usize) -> WorkReq {
    let k = m.min(n);
    if k == 0 {
        return WorkReq::new::<T>(1);
    }
    let nb = nb.min(k);
    if nb < 2 || GEBRD_CROSSOVER.max(nb) >= k {
        return WorkReq::new::<T>(m.max(n));
    }
    WorkReq::new::<T>((m + n) * nb)
}

/// Reduces the `m x n` matrix `a` to bidiagonal form `A = Q B P^H`
/// (`?gebrd`), blocked: panels of [`GEBRD_BLOCK`] by [`labrd`], each
/// followed by two matrix products on the rest; B and the reflectors are
/// stored as [`gebd2`] leaves them.
pub fn gebrd<T: Scalar>(
    a: MatMut<'_, T>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    tauq: &mut [T],
    taup: &mut [T],
    par: Par,
    work: Workspace<'_>,
) {
    gebrd_with(a, d, e, tauq, taup, par, work, GEBRD_BLOCK)
}

/// [`gebrd`] with panels of at most `nb`, fewer when `work` holds less than
/// `(m + n) nb` elements; unblocked below 2 (`work` needs `max(m, n)`
/// elements then).
#[allow(clippy::too_many_arguments)]
pub fn gebrd_with<T: Scalar>(
    a: MatMut<'_, T>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    tauq: &mut [T],
    taup: &mut [T],
    par: Par,
    work: Workspace<'_>,
    nb: usize,
) {
    gebrd_nx(a, d, e, tauq, taup, par, work, nb, GEBRD_CROSSOVER.max(nb))
}

/// [`gebrd_with`] finishing unblocked when fewer than `nx` columns (rows)
/// remain.
#[allow(clippy::too_many_arguments)]
pub fn gebrd_nx<T: Scalar>(
    mut a: MatMut<'_, T>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    tauq: &mut [T],
    taup: &mut [T],
    par: Par,
    work: Workspace<'_>,
    nb: usize,
    nx: usize,
) {
    let (m, n) = (a.nrows(), a.ncols());
    if m >= n {
        gebrd_upper(a, d, e, tauq, taup, par, work, nb, nx);
    } else {
        conj_mat(a.rb_mut());
        gebrd_upper(a.rb_mut().transpose(), d, e, taup, tauq, par, work, nb, nx);
        conj_mat(a);
    }
}

/// [`gebrd_with`] for `m >= n`.
#[allow(clippy::too_many_arguments)]
fn gebrd_upper<T: Scalar>(
    mut a: MatMut<'_, T>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    tauq: &mut [T],
    taup: &mut [T],
    par: Par,
    mut work: Workspace<'_>,
    nb: usize,
    nx: usize,
) {
    let (m, n) = (a.nrows(), a.ncols());
    if n == 0 {
        return;
    }
    let cap = work.capacity::<T>();
    let nb = nb.min(n).min(cap / (m + n));
    let nx = nx.max(nb);
    let mut i = 0;
    let blocked = nb >= 2 && nx < n;
    let (buf, _) = work.take::<T>(if blocked { (m + n) * nb } else { m });
    if blocked {
        let (xbuf, ybuf) = buf.split_at_mut(m * nb);
        let l3 = Level3::new(par);
        while i + nx < n {
            let (mp, np) = (m - i, n - i);
            let mut x = MatMut::from_col_major(&mut xbuf[..mp * nb], mp, nb, mp);
            let mut y = MatMut::from_col_major(&mut ybuf[..np * nb], np, nb, np);
            let mut p = a.rb_mut().submatrix(i, i, mp, np);
            labrd_upper(
                p.rb_mut(),
                &mut d[i..i + nb],
                &mut e[i..i + nb],
                &mut tauq[i..i + nb],
                &mut taup[i..i + nb],
                x.rb_mut(),
                y.rb_mut(),
            );
            {
                let (_, ut, v, mut rest) = p.rb_mut().split_at(nb, nb);
                let neg = -T::one();
                l3.gemm(
                    Trans::No,
                    Trans::ConjTrans,
                    neg,
                    v.rb(),
                    y.rb().submatrix(nb, 0, np - nb, nb),
                    T::one(),
                    rest.rb_mut(),
                );
                l3.gemm(Trans::No, Trans::No, neg, x.rb().submatrix(nb, 0, mp - nb, nb), ut.rb(), T::one(), rest);
            }
            for j in 0..nb {
                p.set(j, j, T::from_real(d[i + j]));
                p.set(j, j + 1, T::from_real(e[i + j]));
            }
            i += nb;
        }
    }
    gebd2_upper(
        a.submatrix(i, i, m - i, n - i),
        &mut d[i..n],
        &mut e[i..],
        &mut tauq[i..n],
        &mut taup[i..n],
        &mut buf[..m - i],
    );
}

/// `N` for `C` and `C` for `N` (`T` on a real type counts as `C`).
fn flip(trans: Trans) -> Trans {
    if trans == Trans::No {
        Trans::ConjTrans
    } else {
        Trans::No
    }
}

/// The workspace [`orgbr`] needs to generate the `m x n` result from `k`.
pub fn orgbr_req<T: Scalar>(vect: Vect, m: usize, n: usize, k: usize) -> WorkReq {
    orgbr_req_with::<T>(vect, m, n, k, crate::qr::BLOCK)
}

/// [`orgbr_req`] for blocks of `nb` reflectors ([`orgbr_with`]).
pub fn orgbr_req_with<T: Scalar>(vect: Vect, m: usize, n: usize, k: usize, nb: usize) -> WorkReq {
    match vect {
        Vect::Q if m >= k => orgqr_req_with::<T>(n, k, nb),
        Vect::Q => orgqr_req_with::<T>(m.saturating_sub(1), m.saturating_sub(1), nb),
        Vect::P if k < n => orglq_req_with::<T>(m, k, nb),
        Vect::P => orglq_req_with::<T>(n.saturating_sub(1), n.saturating_sub(1), nb),
    }
}

/// Overwrites the `m x n` matrix `a`, holding reflectors as [`gebrd`] left
/// them for an original matrix with `k` columns (`Vect::Q`) or rows
/// (`Vect::P`), with the first `n` columns of Q (`Vect::Q`; `m >= n >=
/// min(m, k)`) or the first `m` rows of `P^H` (`Vect::P`; `n >= m >=
/// min(n, k)`) (`?orgbr`, `?ungbr`). `tau` is `tauq` or `taup`, with at
/// least `min(m, k)` (`min(n, k)`) elements.
pub fn orgbr<T: Scalar>(vect: Vect, k: usize, a: MatMut<'_, T>, tau: &[T], par: Par, work: Workspace<'_>) {
    orgbr_with(vect, k, a, tau, par, work, crate::qr::BLOCK)
}

/// [`orgbr`] with blocks of at most `nb` reflectors.
pub fn orgbr_with<T: Scalar>(
    vect: Vect,
    k: usize,
    mut a: MatMut<'_, T>,
    tau: &[T],
    par: Par,
    work: Workspace<'_>,
    nb: usize,
) {
    let (m, n) = (a.nrows(), a.ncols());
    if m == 0 || n == 0 {
        return;
    }
    match vect {
        Vect::Q => {
            assert!(m >= n && n >= m.min(k), "orgbr: needs m >= n >= min(m, k)");
            if m >= k {
                return orgqr_with(a, &tau[..k], par, work, nb);
            }
            // m = n: the reflectors sit one row below the diagonal; move
            // them one column right, so Q = diag(1, Q') with Q' a QR's Q.
            for j in (1..m).rev() {
                a.set(0, j, T::zero());
                for i in j + 1..m {
                    a.set(i, j, a.get(i, j - 1));
                }
            }
            a.set(0, 0, T::one());
            for i in 1..m {
                a.set(i, 0, T::zero());
            }
            if m > 1 {
                orgqr_with(a.submatrix(1, 1, m - 1, m - 1), &tau[..m - 1], par, work, nb);
            }
        }
        Vect::P => {
            assert!(n >= m && m >= n.min(k), "orgbr: needs n >= m >= min(n, k)");
            if k < n {
                return orglq_with(a, &tau[..k], par, work, nb);
            }
            // m = n: the reflectors sit one column right of the diagonal;
            // move them one row down, so P^H = diag(1, P'^H).
            for i in (1..n).rev() {
                a.set(i, 0, T::zero());
                for j in i + 1..n {
                    a.set(i, j, a.get(i - 1, j));
                }
            }
            a.set(0, 0, T::one());
            for j in 1..n {
                a.set(0, j, T::zero());
            }
            if n > 1 {
                orglq_with(a.submatrix(1, 1, n - 1, n - 1), &tau[..n - 1], par, work, nb);
            }
        }
    }
}

/// The workspace [`ormbr`] needs to apply Q or P to an `m x n` C from the
/// `side`, the reduced matrix having had `k` columns (Q) or rows (P).
pub fn ormbr_req<T: Scalar>(vect: Vect, side: Side, m: usize, n: usize, k: usize) -> WorkReq {
    ormbr_req_with::<T>(vect, side, m, n, k, crate::qr::BLOCK)
}

/// [`ormbr_req`] for blocks of `nb` reflectors ([`ormbr_with`]).
pub fn ormbr_req_with<T: Scalar>(vect: Vect, side: Side, m: usize, n: usize, k: usize, nb: usize) -> WorkReq {
    let nq = if side == Side::Left { m } else { n };
    match vect {
        Vect::Q => ormqr_req_with::<T>(side, m, n, k.min(nq), nb),
        Vect::P => ormlq_req_with::<T>(side, m, n, k.min(nq), nb),
    }
}

/// `C := op(Q) C`, `C op(Q)`, `op(P) C` or `C op(P)` (`?ormbr`, `?unmbr`)
/// with Q or P from [`gebrd`] of a matrix with `nq` rows (Q) or columns (P)
/// and `k` columns (Q) or rows (P), `nq` being C's rows (left) or columns
/// (right). `a` holds the reflectors: `nq x min(nq, k)` (Q) or `min(nq, k)
/// x nq` (P); `tau` at least `min(nq, k)` elements.
#[allow(clippy::too_many_arguments)]
pub fn ormbr<T: Scalar>(
    vect: Vect,
    side: Side,
    trans: Trans,
    k: usize,
    a: MatRef<'_, T>,
    tau: &[T],
    c: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) {
    ormbr_with(vect, side, trans, k, a, tau, c, par, work, crate::qr::BLOCK)
}

/// [`ormbr`] with blocks of at most `nb` reflectors.
#[allow(clippy::too_many_arguments)]
pub fn ormbr_with<T: Scalar>(
    vect: Vect,
    side: Side,
    trans: Trans,
    k: usize,
    a: MatRef<'_, T>,
    tau: &[T],
    c: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
    nb: usize,
) {
    let (m, n) = (c.nrows(), c.ncols());
    if m == 0 || n == 0 {
        return;
    }
    let nq = if side == Side::Left { m } else { n };
    // When the reflectors are shifted one off the diagonal, they act on
    // C without its first row (left) or column (right).
    fn shifted<T: Scalar>(c: MatMut<'_, T>, side: Side, nq: usize) -> Option<MatMut<'_, T>> {
        let (m, n) = (c.nrows(), c.ncols());
        if nq <= 1 {
            return None;
        }
        Some(match side {
            Side::Left => c.submatrix(1, 0, m - 1, n),
            Side::Right => c.submatrix(0, 1, m, n - 1),
        })
    }
    match vect {
        Vect::Q => {
            if nq >= k {
                ormqr_with(side, trans, a.submatrix(0, 0, nq, k), &tau[..k], c, par, work, nb);
            } else if let Some(c) = shifted(c, side, nq) {
                ormqr_with(side, trans, a.submatrix(1, 0, nq - 1, nq - 1), &tau[..nq - 1], c, par, work, nb);
            }
        }
        Vect::P => {
            let transt = flip(trans);
            if nq > k {
                ormlq_with(side, transt, a.submatrix(0, 0, k, nq), &tau[..k], c, par, work, nb);
            } else if let Some(c) = shifted(c, side, nq) {
                ormlq_with(side, transt, a.submatrix(0, 1, nq - 1, nq - 1), &tau[..nq - 1], c, par, work, nb);
            }
        }
    }
}
