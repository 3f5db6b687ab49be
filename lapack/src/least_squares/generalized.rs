//! Generalized factorizations and least-squares problems of a matrix pair:
//! the generalized QR (`?ggqrf`) and RQ (`?ggrqf`) factorizations, the
//! equality-constrained least-squares problem (`?gglse`) and the general
//! Gauss-Markov linear model (`?ggglm`).
//!
//! Workspace: each driver keeps the two factorizations' `tau`s and runs
//! the QR/RQ steps one after the other, so it asks for the largest step's
//! workspace on top of them; every step degrades to its unblocked form when
//! less is given (`max(n, m, p)` elements for the factorizations, `m + n + p`
//! for the solvers, as the reference's minimum).

use crate::qr::{
    geqrf_req, geqrf_with, gerqf_req, gerqf_with, ormqr_req_with, ormqr_with, ormrq_req_with, ormrq_with, Positive,
    BLOCK,
};
use crate::triangular::trtrs;
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::level1::axpy;
use ferroblas_kernels::level2::{gemv, trmv};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, MatRef, Side, Trans, Uplo, VecMut, VecRef};

/// The workspace [`ggqrf`] needs for the `n x m` A and `n x p` B.
pub fn ggqrf_req<T: Scalar>(n: usize, m: usize, p: usize) -> WorkReq {
    ggqrf_req_with::<T>(n, m, p, BLOCK)
}

/// [`ggqrf_req`] for blocks of `nb` ([`ggqrf_with`]).
pub fn ggqrf_req_with<T: Scalar>(n: usize, m: usize, p: usize, nb: usize) -> WorkReq {
    geqrf_req::<T>(n, m).or(ormqr_req_with::<T>(Side::Left, n, p, n.min(m), nb)).or(gerqf_req::<T>(n, p))
}

/// The generalized QR factorization of the `n x m` A and `n x p` B
/// (`?ggqrf`): `A = Q R` and `B = Q T Z`, Q and Z unitary. `a` is
/// overwritten as [`geqrf`](crate::qr::geqrf) leaves it (`taua`:
/// `min(n, m)` elements), `b` by the RQ factorization of `Q^H B` as
/// [`gerqf`](crate::qr::gerqf) leaves it (`taub`: `min(n, p)`).
pub fn ggqrf<T: Scalar>(
    a: MatMut<'_, T>,
    taua: &mut [T],
    b: MatMut<'_, T>,
    taub: &mut [T],
    par: Par,
    work: Workspace<'_>,
) {
    ggqrf_with(a, taua, b, taub, par, work, BLOCK)
}

/// [`ggqrf`] with blocks of at most `nb`, fewer when `work` is smaller than
/// [`ggqrf_req`] asks; unblocked with `max(n, m, p)` elements.
#[allow(clippy::too_many_arguments)]
pub fn ggqrf_with<T: Scalar>(
    mut a: MatMut<'_, T>,
    taua: &mut [T],
    mut b: MatMut<'_, T>,
    taub: &mut [T],
    par: Par,
    mut work: Workspace<'_>,
    nb: usize,
) {
    let (n, m, p) = (a.nrows(), a.ncols(), b.ncols());
    assert!(b.nrows() == n, "ggqrf: A and B have different row counts");
    let (ka, kb) = (n.min(m), n.min(p));
    assert!(taua.len() >= ka && taub.len() >= kb, "ggqrf: tau is too short");
    geqrf_with(a.rb_mut(), &mut taua[..ka], Positive::No, par, work.rb_mut(), nb);
    ormqr_with(Side::Left, Trans::ConjTrans, a.rb(), &taua[..ka], b.rb_mut(), par, work.rb_mut(), nb);
    gerqf_with(b, &mut taub[..kb], par, work, nb);
}

/// The workspace [`ggrqf`] needs for the `m x n` A and `p x n` B.
pub fn ggrqf_req<T: Scalar>(m: usize, p: usize, n: usize) -> WorkReq {
    ggrqf_req_with::<T>(m, p, n, BLOCK)
}

/// [`ggrqf_req`] for blocks of `nb` ([`ggrqf_with`]).
pub fn ggrqf_req_with<T: Scalar>(m: usize, p: usize, n: usize, nb: usize) -> WorkReq {
    gerqf_req::<T>(m, n).or(ormrq_req_with::<T>(Side::Right, p, n, m.min(n), nb)).or(geqrf_req::<T>(p, n))
}

/// The generalized RQ factorization of the `m x n` A and `p x n` B
/// (`?ggrqf`): `A = R Q` and `B = Z T Q`, Q and Z unitary. `a` is
/// overwritten as [`gerqf`](crate::qr::gerqf) leaves it (`taua`:
/// `min(m, n)` elements), `b` by the QR factorization of `B Q^H` as
/// [`geqrf`](crate::qr::geqrf) leaves it (`taub`: `min(p, n)`).
pub fn ggrqf<T: Scalar>(
    a: MatMut<'_, T>,
    taua: &mut [T],
    b: MatMut<'_, T>,
    taub: &mut [T],
    par: Par,
    work: Workspace<'_>,
) {
    ggrqf_with(a, taua, b, taub, par, work, BLOCK)
}

/// [`ggrqf`] with blocks of at most `nb`, fewer when `work` is smaller than
/// [`ggrqf_req`] asks; unblocked with `max(m, p, n)` elements.
#[allow(clippy::too_many_arguments)]
pub fn ggrqf_with<T: Scalar>(
    mut a: MatMut<'_, T>,
    taua: &mut [T],
    mut b: MatMut<'_, T>,
    taub: &mut [T],
    par: Par,
    mut work: Workspace<'_>,
    nb: usize,
) {
    let (m, n, p) = (a.nrows(), a.ncols(), b.nrows());
    assert!(b.ncols() == n, "ggrqf: A and B have different column counts");
    let (ka, kb) = (m.min(n), p.min(n));
    assert!(taua.len() >= ka && taub.len() >= kb, "ggrqf: tau is too short");
    gerqf_with(a.rb_mut(), &mut taua[..ka], par, work.rb_mut(), nb);
    // The reflectors of Q live in the last min(m, n) rows of A.
    let v = a.rb().submatrix(m - ka, 0, ka, n);
    ormrq_with(Side::Right, Trans::ConjTrans, v, &taua[..ka], b.rb_mut(), par, work.rb_mut(), nb);
    geqrf_with(b, &mut taub[..kb], Positive::No, par, work, nb);
}

/// A contiguous vector as an `len x 1` matrix (for [`trtrs`] and the
/// reflector applications).
fn column<T: Scalar>(x: &mut [T]) -> MatMut<'_, T> {
    let len = x.len();
    MatMut::from_col_major(x, len, 1, len.max(1))
}

/// The workspace [`gglse`] needs for the `m x n` A and `p x n` B.
pub fn gglse_req<T: Scalar>(m: usize, n: usize, p: usize) -> WorkReq {
    gglse_req_with::<T>(m, n, p, BLOCK)
}

/// [`gglse_req`] for blocks of `nb` ([`gglse_with`]).
pub fn gglse_req_with<T: Scalar>(m: usize, n: usize, p: usize, nb: usize) -> WorkReq {
    let mn = m.min(n);
    WorkReq::new::<T>(p + mn).and(
        ggrqf_req_with::<T>(p, m, n, nb).or(ormqr_req_with::<T>(Side::Left, m, 1, mn, nb)).or(ormrq_req_with::<T>(
            Side::Left,
            n,
            1,
            p,
            nb,
        )),
    )
}

/// Solves the linear equality-constrained least-squares problem
/// `min |c - A x|` subject to `B x = d` (`?gglse`) for the `m x n` A and
/// `p x n` B, `p <= n <= m + p`, through the generalized RQ factorization of
/// (B, A). `x` (`n` elements) receives the solution; `a` and `b` are
/// overwritten by the factors, `d` (`p`) is destroyed and `c` (`m`) holds on
/// return in its elements `n - p .. m` the components whose sum of squares is
/// the residual's.
///
/// `Err(Info::new(1))` when the upper triangular factor of B is singular
/// (B does not have full row rank), `Err(Info::new(2))` when that of A is
/// (`(A, B)` stacked does not have full column rank); no solution then.
#[allow(clippy::too_many_arguments)]
pub fn gglse<T: Scalar>(
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    c: &mut [T],
    d: &mut [T],
    x: &mut [T],
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    gglse_with(a, b, c, d, x, par, work, BLOCK)
}

/// [`gglse`] with blocks of at most `nb`, fewer when `work` is smaller than
/// [`gglse_req`] asks; unblocked with `m + n + p` elements.
#[allow(clippy::too_many_arguments)]
pub fn gglse_with<T: Scalar>(
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    c: &mut [T],
    d: &mut [T],
    x: &mut [T],
    par: Par,
    mut work: Workspace<'_>,
    nb: usize,
) -> Result<(), Info> {
    let (m, n, p) = (a.nrows(), a.ncols(), b.nrows());
    assert!(b.ncols() == n, "gglse: A and B have different column counts");
    assert!(p <= n && n <= m + p, "gglse: needs p <= n <= m + p");
    assert!(c.len() >= m && d.len() >= p && x.len() >= n, "gglse: a vector is too short");
    let (c, d, x) = (&mut c[..m], &mut d[..p], &mut x[..n]);
    if n == 0 {
        return Ok(());
    }
    let mn = m.min(n);
    let (taus, mut rest) = work.take::<T>(p + mn);
    let (taub, taua) = taus.split_at_mut(p);
    // B = (0 T12) Q, T12 p x p upper triangular; A Q^H = Z (R11 R12; 0 R22).
    ggrqf_with(b.rb_mut(), taub, a.rb_mut(), taua, par, rest.rb_mut(), nb);
    ormqr_with(Side::Left, Trans::ConjTrans, a.rb(), taua, column(c), par, rest.rb_mut(), nb);
    let q = n - p;
    if p > 0 {
        // T12 x2 = d.
        let t12 = b.rb().submatrix(0, q, p, p);
        trtrs(Uplo::Upper, Trans::No, Diag::NonUnit, t12, column(d), par).map_err(|_| Info::new(1))?;
        x[q..].copy_from_slice(d);
        // c1 -= A12 x2.
        gemv(
            Trans::No,
            -T::one(),
            a.rb().submatrix(0, q, q, p),
            VecRef::from_slice(d),
            T::one(),
            VecMut::from_slice(&mut c[..q]),
        );
    }
    if q > 0 {
        // R11 x1 = c1.
        let r11 = a.rb().submatrix(0, 0, q, q);
        trtrs(Uplo::Upper, Trans::No, Diag::NonUnit, r11, column(&mut c[..q]), par).map_err(|_| Info::new(2))?;
        x[..q].copy_from_slice(&c[..q]);
    }
    // The residual's components c2 - A22 x2 (rows q .. m of c).
    let nr = if m < n {
        let nr = m + p - n;
        if nr > 0 {
            gemv(
                Trans::No,
                -T::one(),
                a.rb().submatrix(q, m, nr, n - m),
                VecRef::from_slice(&d[nr..]),
                T::one(),
                VecMut::from_slice(&mut c[q..q + nr]),
            );
        }
        nr
    } else {
        p
    };
    if nr > 0 {
        let a22: MatRef<'_, T> = a.rb().submatrix(q, q, nr, nr);
        trmv(Uplo::Upper, Trans::No, Diag::NonUnit, a22, VecMut::from_slice(&mut d[..nr]));
        axpy(-T::one(), VecRef::from_slice(&d[..nr]), VecMut::from_slice(&mut c[q..q + nr]));
    }
    // x = Q^H (x1; x2).
    ormrq_with(Side::Left, Trans::ConjTrans, b.rb(), taub, column(x), par, rest, nb);
    Ok(())
}

/// The workspace [`ggglm`] needs for the `n x m` A and `n x p` B.
pub fn ggglm_req<T: Scalar>(n: usize, m: usize, p: usize) -> WorkReq {
    ggglm_req_with::<T>(n, m, p, BLOCK)
}

/// [`ggglm_req`] for blocks of `nb` ([`ggglm_with`]).
pub fn ggglm_req_with<T: Scalar>(n: usize, m: usize, p: usize, nb: usize) -> WorkReq {
    let np = n.min(p);
    WorkReq::new::<T>(m + np).and(
        ggqrf_req_with::<T>(n, m, p, nb).or(ormqr_req_with::<T>(Side::Left, n, 1, m, nb)).or(ormrq_req_with::<T>(
            Side::Left,
            p,
            1,
            np,
            nb,
        )),
    )
}

/// Solves the general Gauss-Markov linear model problem `min |y|` subject
/// to `d = A x + B y` (`?ggglm`) for the `n x m` A and `n x p` B,
/// `m <= n <= m + p`, through the generalized QR factorization of (A, B).
/// `x` (`m` elements) and `y` (`p`) receive the solution; `a` and `b` are
/// overwritten by the factors and `d` (`n`) is destroyed.
///
/// `Err(Info::new(1))` when the upper triangular factor of B's part is
/// singular (`(A B)` does not have full row rank), `Err(Info::new(2))` when
/// that of A is (A does not have full column rank); no solution then.
#[allow(clippy::too_many_arguments)]
pub fn ggglm<T: Scalar>(
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    d: &mut [T],
    x: &mut [T],
    y: &mut [T],
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    ggglm_with(a, b, d, x, y, par, work, BLOCK)
}

/// [`ggglm`] with blocks of at most `nb`, fewer when `work` is smaller than
/// [`ggglm_req`] asks; unblocked with `n + m + p` elements.
#[allow(clippy::too_many_arguments)]
pub fn ggglm_with<T: Scalar>(
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    d: &mut [T],
    x: &mut [T],
    y: &mut [T],
    par: Par,
    mut work: Workspace<'_>,
    nb: usize,
) -> Result<(), Info> {
    let (n, m, p) = (a.nrows(), a.ncols(), b.ncols());
    assert!(b.nrows() == n, "ggglm: A and B have different row counts");
    assert!(m <= n && n <= m + p, "ggglm: needs m <= n <= m + p");
    assert!(d.len() >= n && x.len() >= m && y.len() >= p, "ggglm: a vector is too short");
    let (d, x, y) = (&mut d[..n], &mut x[..m], &mut y[..p]);
    if n == 0 {
        x.fill(T::zero());
        y.fill(T::zero());
        return Ok(());
    }
    let np = n.min(p);
    let (taus, mut rest) = work.take::<T>(m + np);
    let (taua, taub) = taus.split_at_mut(m);
    // A = Q (R11; 0), Q^H B = (T11 T12; 0 T22) Z.
    ggqrf_with(a.rb_mut(), taua, b.rb_mut(), taub, par, rest.rb_mut(), nb);
    ormqr_with(Side::Left, Trans::ConjTrans, a.rb(), taua, column(d), par, rest.rb_mut(), nb);
    // y = Z^H (0; y2): T22 y2 = d2, the first m + p - n elements zero.
    let z = m + p - n;
    if n > m {
        let t22 = b.rb().submatrix(m, z, n - m, n - m);
        trtrs(Uplo::Upper, Trans::No, Diag::NonUnit, t22, column(&mut d[m..]), par).map_err(|_| Info::new(1))?;
        y[z..].copy_from_slice(&d[m..]);
    }
    y[..z].fill(T::zero());
    // d1 -= T12 y2, then R11 x = d1.
    gemv(
        Trans::No,
        -T::one(),
        b.rb().submatrix(0, z, m, n - m),
        VecRef::from_slice(&y[z..]),
        T::one(),
        VecMut::from_slice(&mut d[..m]),
    );
    if m > 0 {
        let r11 = a.rb().submatrix(0, 0, m, m);
        trtrs(Uplo::Upper, Trans::No, Diag::NonUnit, r11, column(&mut d[..m]), par).map_err(|_| Info::new(2))?;
        x.copy_from_slice(&d[..m]);
    }
    // Z's reflectors live in the last min(n, p) rows of B.
    let v = b.rb().submatrix(n - np, 0, np, p);
    ormrq_with(Side::Left, Trans::ConjTrans, v, taub, column(y), par, rest, nb);
    Ok(())
}

#[cfg(test)]
#[path = "generalized_tests.rs"]
mod tests;
