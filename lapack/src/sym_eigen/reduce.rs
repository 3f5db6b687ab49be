//! Reduction of a Hermitian (for real types: symmetric) matrix to real
//! symmetric tridiagonal form, `Q^H A Q = T` (`?sytrd`/`?hetrd`,
//! `?sytd2`/`?hetd2`, the panel `?latrd`), and generating or applying its Q
//! (`?orgtr`/`?ungtr`, `?ormtr`/`?unmtr`).
//!
//! `Q` is a product of `n - 1` elementary reflectors `H(i) = I - tau v v^H`.
//! With the upper triangle stored, `Q = H(n-2) ... H(0)` and `v` of `H(i)`
//! has `v[i+1..] = 0`, `v[i] = 1` and `v[..i]` in `A[..i, i+1]`; with the
//! lower triangle, `Q = H(0) ... H(n-2)`, `v[..=i] = 0`, `v[i+1] = 1` and
//! `v[i+2..]` in `A[i+2.., i]`. The upper case is QL-shaped (its Q is
//! generated and applied by `?orgql`/`?ormql`), the lower QR-shaped.
//!
//! The blocked reduction (Dongarra, Hammarling and Sorensen) reduces `nb`
//! columns with [`latrd`], which also returns `W` such that the rest of the
//! matrix is updated by one rank-`2 nb` product `A := A - V W^H - W V^H`
//! (`her2k`), and the last columns with the unblocked [`sytd2`].

use crate::qr::{self, orgqr_req_with, orgqr_with, ormqr_req_with, ormqr_with};
use crate::{Par, WorkReq, Workspace};
use ferroblas_kernels::level1::{axpy, dotc, scal};
use ferroblas_kernels::level2::{gemv, hemv, her2};
use ferroblas_kernels::{MatMut, MatRef, RealScalar, Scalar, Side, Trans, Uplo, VecMut, VecRef};
use ferroblas_relapack::level3::Level3;

use crate::householder::larfg;

/// The block size of [`sytrd`] when the caller does not choose one (the
/// reference's `ilaenv` value: the panel is dominated by matrix-vector
/// products, so larger blocks gain little).
pub const BLOCK: usize = 32;

/// Sets `A[i, i]` to its real part.
fn real_diag<T: Scalar>(a: &mut MatMut<'_, T>, i: usize) {
    let v = a.get(i, i);
    a.set(i, i, T::from_real(v.re()));
}

/// `-tau/2 (w^H v)`: the multiple of `v` that turns `w = tau A v` into the
/// vector of the symmetric rank-2 update `A - v w^H - w v^H = H^H A H`.
fn correction<T: Scalar>(tau: T, w: VecRef<'_, T>, v: VecRef<'_, T>) -> T {
    let half = T::from_real(T::Real::from_f64(0.5));
    -(half * tau * dotc(w, v))
}

/// Reduces the Hermitian `n x n` matrix `a` (its `uplo` triangle) to real
/// symmetric tridiagonal form `T = Q^H A Q` one reflector at a time
/// (`?sytd2`/`?hetd2`).
///
/// On return `d[..n]` holds T's diagonal and `e[..n-1]` its off-diagonal,
/// which also overwrite the diagonal and first super- (upper) or sub-diagonal
/// (lower) of `a`; the rest of the triangle and `tau[..n-1]` hold the
/// reflectors (see the [module](self) documentation). `tau` is also the
/// scratch vector of each step, so no workspace is needed.
pub fn sytd2<T: Scalar>(uplo: Uplo, mut a: MatMut<'_, T>, d: &mut [T::Real], e: &mut [T::Real], tau: &mut [T]) {
    let n = a.nrows();
    assert_eq!(a.ncols(), n, "sytd2: A is not square");
    if n == 0 {
        return;
    }
    assert!(d.len() >= n && e.len() >= n - 1 && tau.len() >= n - 1, "sytd2: d, e or tau too short");
    let (zero, one) = (T::zero(), T::one());
    match uplo {
        Uplo::Upper => {
            real_diag(&mut a, n - 1);
            for i in (0..n - 1).rev() {
                // H(i) annihilates A[..i, i+1].
                let (mut left, right) = a.rb_mut().split_at_col(i + 1);
                let mut col = right.col_mut(0);
                let mut alpha = col.get(i);
                let taui = larfg(&mut alpha, col.rb_mut().subvec(0, i));
                e[i] = alpha.re();
                if taui.is_zero() {
                    real_diag(&mut left, i);
                } else {
                    col.set(i, one);
                    let v = col.rb().subvec(0, i + 1);
                    let mut a11 = left.submatrix(0, 0, i + 1, i + 1);
                    let w = &mut tau[..=i];
                    hemv(Uplo::Upper, taui, a11.rb(), v, zero, VecMut::from_slice(w));
                    let c = correction(taui, VecRef::from_slice(w), v);
                    axpy(c, v, VecMut::from_slice(w));
                    her2(Uplo::Upper, -one, v, VecRef::from_slice(w), a11.rb_mut());
                }
                col.set(i, T::from_real(e[i]));
                d[i + 1] = col.get(i + 1).re();
                tau[i] = taui;
            }
            d[0] = a.get(0, 0).re();
        }
        Uplo::Lower => {
            real_diag(&mut a, 0);
            for i in 0..n - 1 {
                // H(i) annihilates A[i+2.., i].
                let (left, mut right) = a.rb_mut().split_at_col(i + 1);
                let mut col = left.col_mut(i).subvec(i + 1, n - i - 1);
                let mut alpha = col.get(0);
                let taui = larfg(&mut alpha, col.rb_mut().subvec(1, n - i - 2));
                e[i] = alpha.re();
                if taui.is_zero() {
                    let v = right.get(i + 1, 0);
                    right.set(i + 1, 0, T::from_real(v.re()));
                } else {
                    col.set(0, one);
                    let v = col.rb();
                    let mut a22 = right.submatrix(i + 1, 0, n - i - 1, n - i - 1);
                    let w = &mut tau[i..n - 1];
                    hemv(Uplo::Lower, taui, a22.rb(), v, zero, VecMut::from_slice(w));
                    let c = correction(taui, VecRef::from_slice(w), v);
                    axpy(c, v, VecMut::from_slice(w));
                    her2(Uplo::Lower, -one, v, VecRef::from_slice(w), a22.rb_mut());
                }
                col.set(0, T::from_real(e[i]));
                d[i] = a.get(i, i).re();
                tau[i] = taui;
            }
            d[n - 1] = a.get(n - 1, n - 1).re();
        }
    }
}

/// Reduces `nb = w.ncols()` rows and columns of the Hermitian `n x n` matrix
/// `a` to tridiagonal form and returns in `w` (`n x nb`) the matrix with which
/// the unreduced part is updated as `A := A - V W^H - W V^H` (`?latrd`).
///
/// `Uplo::Upper` reduces the last `nb` columns: reflector `H(i-1)`, `i` in
/// `n-nb..n`, `i > 0`, goes to `A[..i-1, i]` and `tau[i-1]`, with
/// `e[i-1] = T[i-1, i]`; `A[i-1, i]` is left holding 1 (the unit element of
/// `v`), and `W`'s column `i - (n - nb)` belongs to it. `Uplo::Lower` reduces
/// the first `nb` columns: `H(i)` in `A[i+2.., i]` and `tau[i]`, `e[i] =
/// T[i+1, i]`, `A[i+1, i] = 1`, `W`'s column `i`. The diagonal of the reduced
/// columns is updated in place; the rest of the matrix is not touched.
pub fn latrd<T: Scalar>(uplo: Uplo, mut a: MatMut<'_, T>, e: &mut [T::Real], tau: &mut [T], mut w: MatMut<'_, T>) {
    let n = a.nrows();
    let nb = w.ncols();
    assert_eq!(a.ncols(), n, "latrd: A is not square");
    assert!(w.nrows() == n && nb <= n, "latrd: W must be n x nb with nb <= n");
    let (zero, one) = (T::zero(), T::one());
    match uplo {
        Uplo::Upper => {
            for i in (n - nb..n).rev() {
                let iw = i + nb - n;
                if i + 1 < n {
                    // Bring column i up to date with the reflectors to its right:
                    // A[..=i, i] -= A[..=i, i+1..] conj(W[i, iw+1..])^T
                    //             + W[..=i, iw+1..] conj(A[i, i+1..])^T.
                    real_diag(&mut a, i);
                    let k = n - 1 - i;
                    let (wl, wr) = w.rb_mut().split_at_col(iw + 1);
                    let (al, ar) = a.rb_mut().split_at_col(i + 1);
                    // W[i+1.., iw] is free until this column's W is formed.
                    let mut x = wl.col_mut(iw).subvec(i + 1, k);
                    for j in 0..k {
                        x.set(j, wr.get(i, j).conj());
                    }
                    let mut y = al.col_mut(i).subvec(0, i + 1);
                    gemv(Trans::No, -one, ar.rb().submatrix(0, 0, i + 1, k), x.rb(), one, y.rb_mut());
                    for j in 0..k {
                        x.set(j, ar.get(i, j).conj());
                    }
                    gemv(Trans::No, -one, wr.rb().submatrix(0, 0, i + 1, k), x.rb(), one, y);
                    real_diag(&mut a, i);
                }
                if i > 0 {
                    // H(i-1) annihilates A[..i-1, i]; then W's column.
                    let (al, ar) = a.rb_mut().split_at_col(i);
                    let (acol, aright) = ar.split_at_col(1);
                    let mut col = acol.col_mut(0).subvec(0, i);
                    let mut alpha = col.get(i - 1);
                    let t = larfg(&mut alpha, col.rb_mut().subvec(0, i - 1));
                    e[i - 1] = alpha.re();
                    tau[i - 1] = t;
                    col.set(i - 1, one);
                    let v = col.rb();
                    let (wl, wr) = w.rb_mut().split_at_col(iw + 1);
                    let (_, wc) = wl.split_at_col(iw);
                    let (wt, wb) = wc.split_at_row(i);
                    let mut wtop = wt.col_mut(0);
                    hemv(Uplo::Upper, one, al.rb().submatrix(0, 0, i, i), v, zero, wtop.rb_mut());
                    if i + 1 < n {
                        let k = n - 1 - i;
                        let mut wbot = wb.col_mut(0).subvec(1, k);
                        let ar = aright.rb().submatrix(0, 0, i, k);
                        let wr = wr.rb().submatrix(0, 0, i, k);
                        gemv(Trans::ConjTrans, one, wr, v, zero, wbot.rb_mut());
                        gemv(Trans::No, -one, ar, wbot.rb(), one, wtop.rb_mut());
                        gemv(Trans::ConjTrans, one, ar, v, zero, wbot.rb_mut());
                        gemv(Trans::No, -one, wr, wbot.rb(), one, wtop.rb_mut());
                    }
                    scal(t, wtop.rb_mut());
                    let c = correction(t, wtop.rb(), v);
                    axpy(c, v, wtop);
                }
            }
        }
        Uplo::Lower => {
            for i in 0..nb {
                if i > 0 {
                    // A[i.., i] -= A[i.., ..i] conj(W[i, ..i])^T + W[i.., ..i] conj(A[i, ..i])^T.
                    real_diag(&mut a, i);
                    let (wl, wr) = w.rb_mut().split_at_col(i);
                    let (al, ar) = a.rb_mut().split_at_col(i);
                    // W[..i, i] is free until this column's W is formed.
                    let mut x = wr.col_mut(0).subvec(0, i);
                    for j in 0..i {
                        x.set(j, wl.get(i, j).conj());
                    }
                    let mut y = ar.col_mut(0).subvec(i, n - i);
                    gemv(Trans::No, -one, al.rb().submatrix(i, 0, n - i, i), x.rb(), one, y.rb_mut());
                    for j in 0..i {
                        x.set(j, al.get(i, j).conj());
                    }
                    gemv(Trans::No, -one, wl.rb().submatrix(i, 0, n - i, i), x.rb(), one, y);
                    real_diag(&mut a, i);
                }
                if i + 1 < n {
                    // H(i) annihilates A[i+2.., i]; then W's column.
                    let m = n - i - 1;
                    let (al, ar) = a.rb_mut().split_at_col(i + 1);
                    let (aprev, acol) = al.split_at_col(i);
                    let mut col = acol.col_mut(0).subvec(i + 1, m);
                    let mut alpha = col.get(0);
                    let t = larfg(&mut alpha, col.rb_mut().subvec(1, m - 1));
                    e[i] = alpha.re();
                    tau[i] = t;
                    col.set(0, one);
                    let v = col.rb();
                    let (wl, wr) = w.rb_mut().split_at_col(i);
                    let (wt, wb) = wr.submatrix(0, 0, n, 1).split_at_row(i + 1);
                    let mut wbot = wb.col_mut(0);
                    hemv(Uplo::Lower, one, ar.rb().submatrix(i + 1, 0, m, m), v, zero, wbot.rb_mut());
                    if i > 0 {
                        let mut wtop = wt.col_mut(0).subvec(0, i);
                        let ap = aprev.rb().submatrix(i + 1, 0, m, i);
                        let wp = wl.rb().submatrix(i + 1, 0, m, i);
                        gemv(Trans::ConjTrans, one, wp, v, zero, wtop.rb_mut());
                        gemv(Trans::No, -one, ap, wtop.rb(), one, wbot.rb_mut());
                        gemv(Trans::ConjTrans, one, ap, v, zero, wtop.rb_mut());
                        gemv(Trans::No, -one, wp, wtop.rb(), one, wbot.rb_mut());
                    }
                    scal(t, wbot.rb_mut());
                    let c = correction(t, wbot.rb(), v);
                    axpy(c, v, wbot);
                }
            }
        }
    }
}

/// The block size and crossover [`sytrd_with`] uses for order `n`, block size
/// `nb`, crossover `nx` and `cap` elements of workspace: `(nb, nx)`, with
/// `nx = n` when the whole matrix goes to [`sytd2`].
fn blocking(n: usize, nb: usize, nx: usize, cap: usize) -> (usize, usize) {
    if nb <= 1 || nb >= n {
        return (1, n);
    }
    let nx = nx.max(nb);
    if nx >= n {
        return (nb, n);
    }
    if cap < n * nb {
        let nb = (cap / n).max(1);
        return if nb < 2 { (nb, n) } else { (nb, nx) };
    }
    (nb, nx)
}

/// The workspace [`sytrd`] needs for order `n`: the panel's `W`, `n x nb`.
pub fn sytrd_req<T: Scalar>(n: usize) -> WorkReq {
    sytrd_req_with::<T>(n, BLOCK)
}

/// [`sytrd_req`] for blocks of `nb` columns ([`sytrd_with`]).
pub fn sytrd_req_with<T: Scalar>(n: usize, nb: usize) -> WorkReq {
    if nb >= 2 && nb < n {
        WorkReq::new::<T>(n * nb)
    } else {
        WorkReq::EMPTY
    }
}

/// Reduces the Hermitian (real: symmetric) `n x n` matrix `a`, of which the
/// `uplo` triangle is read, to real symmetric tridiagonal form `T = Q^H A Q`
/// (`?sytrd`/`?hetrd`), blocked.
///
/// Output as [`sytd2`]: `d` (`n`) and `e` (`n - 1`) hold T, the triangle of
/// `a` and `tau` (`n - 1`) the reflectors whose product is Q (see the
/// [module](self) documentation; [`orgtr`] forms Q, [`ormtr`] applies it).
pub fn sytrd<T: Scalar>(
    uplo: Uplo,
    a: MatMut<'_, T>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    tau: &mut [T],
    par: Par,
    work: Workspace<'_>,
) {
    sytrd_with(uplo, a, d, e, tau, par, work, BLOCK, BLOCK);
}

/// [`sytrd`] with panels of `nb` columns while more than `nx` columns are
/// left (the rest unblocked); `nb` shrinks to what `work` holds (`n x nb`),
/// and below 2 the whole reduction is unblocked, as the reference does.
#[allow(clippy::too_many_arguments)]
pub fn sytrd_with<T: Scalar>(
    uplo: Uplo,
    mut a: MatMut<'_, T>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    tau: &mut [T],
    par: Par,
    mut work: Workspace<'_>,
    nb: usize,
    nx: usize,
) {
    let n = a.nrows();
    assert_eq!(a.ncols(), n, "sytrd: A is not square");
    if n == 0 {
        return;
    }
    assert!(d.len() >= n && e.len() >= n - 1 && tau.len() >= n - 1, "sytrd: d, e or tau too short");
    let (nb, nx) = blocking(n, nb, nx, work.capacity::<T>());
    let l3 = Level3::new(par);
    let one = T::one();
    let rone = T::Real::one();
    match uplo {
        Uplo::Upper => {
            // Columns ..kk go to sytd2; blocks of nb columns from the last.
            let kk = n - (n - nx).div_ceil(nb) * nb;
            if kk < n {
                let (wbuf, _) = work.take::<T>(n * nb);
                let mut i = n;
                while i >= kk + nb {
                    i -= nb;
                    let m = i + nb;
                    let mut w = MatMut::from_col_major(&mut wbuf[..m * nb], m, nb, m);
                    latrd(Uplo::Upper, a.rb_mut().submatrix(0, 0, m, m), e, tau, w.rb_mut());
                    if i > 0 {
                        let (al, ar) = a.rb_mut().split_at_col(i);
                        let v = ar.rb().submatrix(0, 0, i, nb);
                        let wt = w.rb().submatrix(0, 0, i, nb);
                        l3.her2k(Uplo::Upper, Trans::No, -one, v, wt, rone, al.submatrix(0, 0, i, i));
                    }
                    for j in i..m {
                        if j > 0 {
                            a.set(j - 1, j, T::from_real(e[j - 1]));
                        }
                        d[j] = a.get(j, j).re();
                    }
                }
            }
            let k1 = kk.saturating_sub(1);
            sytd2(Uplo::Upper, a.submatrix(0, 0, kk, kk), &mut d[..kk], &mut e[..k1], &mut tau[..k1]);
        }
        Uplo::Lower => {
            let mut i = 0;
            if nx < n {
                let (wbuf, _) = work.take::<T>(n * nb);
                while i + nx < n {
                    let m = n - i;
                    let mut w = MatMut::from_col_major(&mut wbuf[..m * nb], m, nb, m);
                    latrd(Uplo::Lower, a.rb_mut().submatrix(i, i, m, m), &mut e[i..], &mut tau[i..], w.rb_mut());
                    let (al, ar) = a.rb_mut().split_at_col(i + nb);
                    let v = al.rb().submatrix(i + nb, i, m - nb, nb);
                    let wb = w.rb().submatrix(nb, 0, m - nb, nb);
                    l3.her2k(Uplo::Lower, Trans::No, -one, v, wb, rone, ar.submatrix(i + nb, 0, m - nb, m - nb));
                    for j in i..i + nb {
                        a.set(j + 1, j, T::from_real(e[j]));
                        d[j] = a.get(j, j).re();
                    }
                    i += nb;
                }
            }
            let m = n - i;
            sytd2(Uplo::Lower, a.submatrix(i, i, m, m), &mut d[i..n], &mut e[i..n - 1], &mut tau[i..n - 1]);
        }
    }
}

/// The workspace [`orgtr`] needs for order `n`.
pub fn orgtr_req<T: Scalar>(uplo: Uplo, n: usize) -> WorkReq {
    orgtr_req_with::<T>(uplo, n, qr::BLOCK)
}

/// [`orgtr_req`] for blocks of `nb` reflectors ([`orgtr_with`]).
pub fn orgtr_req_with<T: Scalar>(uplo: Uplo, n: usize, nb: usize) -> WorkReq {
    let k = n.saturating_sub(1);
    match uplo {
        Uplo::Lower => orgqr_req_with::<T>(k, k, nb),
        Uplo::Upper => qr::orgql_req_with::<T>(k, k, nb),
    }
}

/// Overwrites `a` (`n x n`), holding the reflectors [`sytrd`] left for
/// `uplo` with `tau` (`n - 1`), with the unitary (real: orthogonal) `Q`
/// (`?orgtr`/`?ungtr`).
pub fn orgtr<T: Scalar>(uplo: Uplo, a: MatMut<'_, T>, tau: &[T], par: Par, work: Workspace<'_>) {
    orgtr_with(uplo, a, tau, par, work, qr::BLOCK);
}

/// [`orgtr`] with blocks of at most `nb` reflectors (fewer when `work` is
/// smaller than [`orgtr_req_with`] asks).
pub fn orgtr_with<T: Scalar>(uplo: Uplo, mut a: MatMut<'_, T>, tau: &[T], par: Par, work: Workspace<'_>, nb: usize) {
    let n = a.nrows();
    assert_eq!(a.ncols(), n, "orgtr: A is not square");
    if n == 0 {
        return;
    }
    let k = n - 1;
    let (zero, one) = (T::zero(), T::one());
    match uplo {
        Uplo::Lower => {
            // Q = diag(1, Q'), Q' from the QR-shaped reflectors moved one
            // column to the right.
            for j in (1..n).rev() {
                a.set(0, j, zero);
                for r in j + 1..n {
                    let v = a.get(r, j - 1);
                    a.set(r, j, v);
                }
            }
            a.set(0, 0, one);
            for r in 1..n {
                a.set(r, 0, zero);
            }
            orgqr_with(a.submatrix(1, 1, k, k), &tau[..k], par, work, nb);
        }
        Uplo::Upper => {
            // Q = diag(Q', 1), Q' from the QL-shaped reflectors moved one
            // column to the left.
            for j in 0..k {
                for r in 0..j {
                    let v = a.get(r, j + 1);
                    a.set(r, j, v);
                }
                a.set(k, j, zero);
            }
            for r in 0..k {
                a.set(r, k, zero);
            }
            a.set(k, k, one);
            qr::orgql_with(a.submatrix(0, 0, k, k), &tau[..k], par, work, nb);
        }
    }
}

/// The workspace [`ormtr`] needs to apply Q of order `m` (`Side::Left`) or
/// `n` (`Side::Right`) to an `m x n` matrix.
pub fn ormtr_req<T: Scalar>(side: Side, uplo: Uplo, m: usize, n: usize) -> WorkReq {
    ormtr_req_with::<T>(side, uplo, m, n, qr::BLOCK)
}

/// [`ormtr_req`] for blocks of `nb` reflectors ([`ormtr_with`]).
pub fn ormtr_req_with<T: Scalar>(side: Side, uplo: Uplo, m: usize, n: usize, nb: usize) -> WorkReq {
    let nq = if side == Side::Left { m } else { n };
    if m == 0 || n == 0 || nq <= 1 {
        return WorkReq::EMPTY;
    }
    let (mi, ni) = if side == Side::Left { (m - 1, n) } else { (m, n - 1) };
    match uplo {
        Uplo::Lower => ormqr_req_with::<T>(side, mi, ni, nq - 1, nb),
        Uplo::Upper => qr::ormql_req_with::<T>(side, mi, ni, nq - 1, nb),
    }
}

/// `C := op(Q) C` (`Side::Left`) or `C op(Q)` (`Side::Right`) for the Q of
/// [`sytrd`] (`?ormtr`/`?unmtr`): `a` (`nq x nq`, `nq` the order of Q) and
/// `tau` (`nq - 1`) as [`sytrd`] left them for `uplo`; `op` is `trans`
/// (`Trans` and `ConjTrans` both mean `Q^H`).
#[allow(clippy::too_many_arguments)]
pub fn ormtr<T: Scalar>(
    side: Side,
    uplo: Uplo,
    trans: Trans,
    a: MatRef<'_, T>,
    tau: &[T],
    c: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) {
    ormtr_with(side, uplo, trans, a, tau, c, par, work, qr::BLOCK);
}

/// [`ormtr`] with blocks of at most `nb` reflectors (fewer when `work` is
/// smaller than [`ormtr_req_with`] asks).
#[allow(clippy::too_many_arguments)]
pub fn ormtr_with<T: Scalar>(
    side: Side,
    uplo: Uplo,
    trans: Trans,
    a: MatRef<'_, T>,
    tau: &[T],
    c: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
    nb: usize,
) {
    let (m, n) = (c.nrows(), c.ncols());
    let nq = if side == Side::Left { m } else { n };
    assert!(a.nrows() >= nq && a.ncols() >= nq, "ormtr: A is smaller than the order of Q");
    if m == 0 || n == 0 || nq <= 1 {
        return;
    }
    let k = nq - 1;
    let (mi, ni) = if side == Side::Left { (m - 1, n) } else { (m, n - 1) };
    match uplo {
        Uplo::Lower => {
            let (r0, c0) = if side == Side::Left { (1, 0) } else { (0, 1) };
            let c = c.submatrix(r0, c0, mi, ni);
            ormqr_with(side, trans, a.submatrix(1, 0, k, k), &tau[..k], c, par, work, nb);
        }
        Uplo::Upper => {
            let c = c.submatrix(0, 0, mi, ni);
            qr::ormql_with(side, trans, a.submatrix(0, 1, k, k), &tau[..k], c, par, work, nb);
        }
    }
}
