//! The RZ factorization of an upper trapezoidal matrix, `A = [R 0] Z`
//! (`?tzrzf`, unblocked `?latrz`), its reflectors (`?larz`, and in blocks
//! `?larzt`, `?larzb`), and applying Z (`?ormrz`/`?unmrz`, `?ormr3`/`?unmr3`).
//!
//! A is `m x n`, `m <= n`, upper trapezoidal. Row `i` is reduced from the
//! right by `Z(i) = I - tau_i v_i v_i^H`, where `v_i` is 1 in position `i`,
//! zero in positions `m..n-l` except that one, and `z_i` (stored in `A(i,
//! m..n)`, `l = n - m` elements) in the last `l` positions; `Z = Z(0) Z(1)
//! ... Z(m-1)`. Each reflector touches one leading row or column and the
//! last `l`, so a block of them is applied as a product with the `l`-wide
//! strip and a triangular factor, `?larzt`/`?larzb` (backward order, stored
//! row-wise: the only kind the reference supports).
//!
//! For complex types the block routines keep the reference's conventions
//! exactly (`?larzt` forms the conjugate of the textbook T, and `?larzb`
//! applies it accordingly), since they are part of the ABI.

use super::capacity;
use crate::householder::larfg;
use ferroblas_kernels::level2::{gemv, ger, gerc, trmv, Op};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, MatRef, Side, Trans, Uplo, VecMut, VecRef};
use ferroblas_relapack::level3::Level3;
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// `y := alpha op(A) x`, cleared when A is empty (the BLAS would leave `y`).
fn gemv_set<T: Scalar>(op: Op, alpha: T, a: MatRef<'_, T>, x: VecRef<'_, T>, mut y: VecMut<'_, T>) {
    let inner = if op == Op::NoTrans || op == Op::Conj { a.ncols() } else { a.nrows() };
    if inner == 0 {
        for i in 0..y.len() {
            y.set(i, T::zero());
        }
        return;
    }
    gemv(op, alpha, a, x, T::zero(), y);
}

/// Applies `H = I - tau v v^H` from the `side` (`?larz`), where `v` is 1 in
/// the first row (left) or column (right) of `c`, zero after it, and the `l
/// = z.len()` elements of `z` in the last `l` rows (columns). `work` holds
/// `n` (left) or `m` (right) elements. `H^H` is applied by passing
/// `conj(tau)`; `tau = 0` leaves C as it is.
pub fn larz<T: Scalar>(side: Side, z: VecRef<'_, T>, tau: T, c: MatMut<'_, T>, work: &mut [T]) {
    let (m, n, l) = (c.nrows(), c.ncols(), z.len());
    if tau == T::zero() {
        return;
    }
    match side {
        Side::Left => {
            if m == 0 {
                return;
            }
            assert!(l < m, "larz: z longer than C allows");
            let (c1, rest) = c.split_at_row(1);
            larz_parts(side, z, tau, c1, rest.submatrix(m - 1 - l, 0, l, n), work);
        }
        Side::Right => {
            if n == 0 {
                return;
            }
            assert!(l < n, "larz: z longer than C allows");
            let (c1, rest) = c.split_at_col(1);
            larz_parts(side, z, tau, c1, rest.submatrix(0, n - 1 - l, m, l), work);
        }
    }
}

/// [`larz`]'s update with the row (left) or column (right) that the
/// reflector's 1 meets, `c1`, and the rows (columns) that `z` meets, `c2`,
/// held apart: `H = I - tau [1; z] [1; z]^H` applied to `[c1; c2]` or
/// `[c1 c2]` (what `?latzm` does with its separate C1 and C2). `work`
/// holds `n` (left) or `m` (right) elements.
pub fn larz_parts<T: Scalar>(
    side: Side,
    z: VecRef<'_, T>,
    tau: T,
    mut c1: MatMut<'_, T>,
    c2: MatMut<'_, T>,
    work: &mut [T],
) {
    if tau == T::zero() {
        return;
    }
    match side {
        Side::Left => {
            let n = c1.ncols();
            let w = &mut work[..n];
            // w := (v^H C)^T conjugated = C1^T + C2^T conj(z); C1 -= tau w^T; C2 -= tau z w^T.
            gemv_set(Op::ConjTrans, T::one(), c2.rb(), z, VecMut::from_slice(&mut w[..]));
            for (j, wj) in w.iter_mut().enumerate() {
                *wj = wj.conj() + c1.get(0, j);
            }
            for (j, &wj) in w.iter().enumerate() {
                c1.set(0, j, c1.get(0, j) - tau * wj);
            }
            ger(-tau, z, VecRef::from_slice(w), c2);
        }
        Side::Right => {
            let m = c1.nrows();
            let w = &mut work[..m];
            // w := C v = C1 + C2 z; C1 -= tau w; C2 -= tau w z^H.
            gemv_set(Op::NoTrans, T::one(), c2.rb(), z, VecMut::from_slice(&mut w[..]));
            for (i, wi) in w.iter_mut().enumerate() {
                *wi += c1.get(i, 0);
            }
            for (i, &wi) in w.iter().enumerate() {
                c1.set(i, 0, c1.get(i, 0) - tau * wi);
            }
            gerc(-tau, VecRef::from_slice(w), z, c2);
        }
    }
}

/// Forms the lower triangular factor T (`k x k`, `k = tau.len()`) of a block
/// of RZ reflectors stored row-wise in the `k x l` array `v`, in backward
/// order (`?larzt` with DIRECT = 'B', STOREV = 'R', the only combination the
/// reference implements): `T(i+1.., i) = -tau_i T(i+1.., i+1..) V(i+1.., :)
/// conj(V(i, :))^T`, `T(i, i) = tau_i`. Only the lower triangle is written.
pub fn larzt<T: Scalar>(v: MatRef<'_, T>, tau: &[T], mut t: MatMut<'_, T>) {
    let k = tau.len();
    let l = v.ncols();
    assert!(v.nrows() >= k && t.nrows() >= k && t.ncols() >= k, "larzt: operand shapes disagree");
    for i in (0..k).rev() {
        let (_, right) = t.rb_mut().split_at_col(i);
        let (mut ti, trail) = right.split_at_col(1);
        if tau[i] == T::zero() {
            for j in i..k {
                ti.set(j, 0, T::zero());
            }
            continue;
        }
        if i + 1 < k {
            let below = v.submatrix(i + 1, 0, k - i - 1, l);
            let row = v.submatrix(i, 0, 1, l).row(0);
            let mut y = ti.rb_mut().submatrix(i + 1, 0, k - i - 1, 1).col_mut(0);
            // V(i+1.., :) conj(V(i, :)) = conj(conj(V(i+1.., :)) V(i, :)).
            gemv_set(Op::Conj, T::one(), below, row, y.rb_mut());
            for j in 0..k - i - 1 {
                y.set(j, -tau[i] * y.get(j).conj());
            }
            let tt = trail.into_ref().submatrix(i + 1, 0, k - i - 1, k - i - 1);
            trmv(Uplo::Lower, Trans::No, Diag::NonUnit, tt, y);
        }
        ti.set(i, 0, tau[i]);
    }
}

/// Applies a block of `k` RZ reflectors (`v`: `k x l`, stored row-wise;
/// `t`: their `k x k` lower factor from [`larzt`]) to C from the `side`
/// (`?larzb`, DIRECT = 'B', STOREV = 'R'): the first `k` rows (left) or
/// columns (right) of C and its last `l`. `work` is `n x k` (left) or `m x k`
/// (right). `trans` as the reference reads it (its `?ormrz` passes the
/// opposite of its own).
#[allow(clippy::too_many_arguments)]
pub fn larzb<T: Scalar>(
    side: Side,
    trans: Trans,
    v: MatRef<'_, T>,
    t: MatRef<'_, T>,
    c: MatMut<'_, T>,
    work: MatMut<'_, T>,
    par: Par,
) {
    let (m, n) = (c.nrows(), c.ncols());
    let k = t.nrows();
    let l = v.ncols();
    if m == 0 || n == 0 || k == 0 {
        return;
    }
    let l3 = Level3::new(par);
    let one = T::one();
    let v = v.submatrix(0, 0, k, l);
    let t = t.submatrix(0, 0, k, k);
    match side {
        Side::Left => {
            assert!(k + l <= m, "larzb: the unit rows and the z rows of C overlap");
            let mut w = work.submatrix(0, 0, n, k);
            let (mut c1, rest) = c.split_at_row(k);
            let mut c2 = rest.submatrix(m - k - l, 0, l, n);
            // W := C1^T + C2^T V^H; W := W op(T); C1 -= W^T; C2 -= V^T W^T.
            for j in 0..k {
                for i in 0..n {
                    w.set(i, j, c1.get(j, i));
                }
            }
            if l > 0 {
                l3.gemm(Trans::Trans, Trans::ConjTrans, one, c2.rb(), v, one, w.rb_mut());
            }
            let tt = if trans == Trans::No { Trans::ConjTrans } else { Trans::No };
            l3.trmm(Side::Right, Uplo::Lower, tt, Diag::NonUnit, one, t, w.rb_mut());
            for j in 0..n {
                for i in 0..k {
                    c1.set(i, j, c1.get(i, j) - w.get(j, i));
                }
            }
            if l > 0 {
                l3.gemm(Trans::Trans, Trans::Trans, -one, v, w.rb(), one, c2.rb_mut());
            }
        }
        Side::Right => {
            assert!(k + l <= n, "larzb: the unit columns and the z columns of C overlap");
            let mut w = work.submatrix(0, 0, m, k);
            let (mut c1, rest) = c.split_at_col(k);
            let mut c2 = rest.submatrix(0, n - k - l, m, l);
            // W := C1 + C2 V^T; W := W conj(T) (or W T^T); C1 -= W; C2 -= W conj(V).
            for j in 0..k {
                for i in 0..m {
                    w.set(i, j, c1.get(i, j));
                }
            }
            if l > 0 {
                l3.gemm(Trans::No, Trans::Trans, one, c2.rb(), v, one, w.rb_mut());
            }
            if trans == Trans::No {
                // conj(T) = (T^T)^H, and T^T is upper triangular.
                l3.trmm(Side::Right, Uplo::Upper, Trans::ConjTrans, Diag::NonUnit, one, t.transpose(), w.rb_mut());
            } else {
                l3.trmm(Side::Right, Uplo::Lower, Trans::Trans, Diag::NonUnit, one, t, w.rb_mut());
            }
            for j in 0..k {
                for i in 0..m {
                    c1.set(i, j, c1.get(i, j) - w.get(i, j));
                }
            }
            if l > 0 {
                // conj(V) = (V^T)^H.
                l3.gemm(Trans::No, Trans::ConjTrans, -one, w.rb(), v.transpose(), one, c2.rb_mut());
            }
        }
    }
}

/// Unblocked RZ factorization of the `m x n` (`m <= n`) upper trapezoidal
/// matrix `a` whose reflector parts are its last `l` columns (`?latrz`;
/// `?tzrzf` passes `l = n - m`): on return R is in the leading `m x m`
/// triangle and `z_i` in `A(i, n-l..)`, `tau` holds `m` scalars. `work`
/// holds `m` elements.
pub fn latrz<T: Scalar>(mut a: MatMut<'_, T>, l: usize, tau: &mut [T], work: &mut [T]) {
    let (m, n) = (a.nrows(), a.ncols());
    assert!(m <= n && l <= n && tau.len() >= m, "latrz: operand shapes disagree");
    if m == 0 {
        return;
    }
    if m == n {
        tau[..m].fill(T::zero());
        return;
    }
    for i in (0..m).rev() {
        // Reduce row i from the right: x Z(i)^H = [beta 0], by a reflector
        // generated for the conjugated row (the reference's choice).
        let mut alpha = a.get(i, i).conj();
        let t = {
            let mut zrow = a.rb_mut().submatrix(i, n - l, 1, l).transpose().col_mut(0);
            for j in 0..l {
                zrow.set(j, zrow.get(j).conj());
            }
            larfg(&mut alpha, zrow)
        };
        tau[i] = t.conj();
        let (top, bottom) = a.rb_mut().split_at_row(i);
        let z = bottom.into_ref().submatrix(0, n - l, 1, l).row(0);
        larz(Side::Right, z, t, top.submatrix(0, i, i, n - i), work);
        a.set(i, i, alpha.conj());
    }
}

/// The block size [`tzrzf`] uses when the caller does not choose.
const RZ_BLOCK: usize = 32;

/// The workspace [`tzrzf`] needs for an `m x n` matrix.
pub fn tzrzf_req<T: Scalar>(m: usize, n: usize) -> WorkReq {
    if m == 0 || m == n {
        return WorkReq::EMPTY;
    }
    WorkReq::new::<T>(m * RZ_BLOCK.min(m).max(1))
}

/// The RZ factorization `A = [R 0] Z` of the `m x n` (`m <= n`) upper
/// trapezoidal matrix `a` (`?tzrzf`): R overwrites the leading `m x m`
/// triangle, `z_i` row `i` of `A(:, m..)`, `tau` holds `m` scalars (see the
/// module's description of Z).
pub fn tzrzf<T: Scalar>(a: MatMut<'_, T>, tau: &mut [T], par: Par, work: Workspace<'_>) {
    tzrzf_with(a, tau, par, work, RZ_BLOCK, 1)
}

/// [`tzrzf`] in blocks of at most `nb` rows (fewer when `work` holds less
/// than `m nb` elements; unblocked below 2), the first `nx` rows unblocked.
pub fn tzrzf_with<T: Scalar>(
    mut a: MatMut<'_, T>,
    tau: &mut [T],
    par: Par,
    mut work: Workspace<'_>,
    nb: usize,
    nx: usize,
) {
    let (m, n) = (a.nrows(), a.ncols());
    assert!(m <= n && tau.len() >= m, "tzrzf: operand shapes disagree");
    if m == 0 {
        return;
    }
    if m == n {
        tau[..m].fill(T::zero());
        return;
    }
    let l = n - m;
    let cap = capacity::<T>(&work);
    let nb = nb.min(cap / m);
    let mut mu = m;
    if nb >= 2 && nb < m && nx < m {
        let (buf, _) = work.take::<T>(m * nb);
        let ki = ((m - nx - 1) / nb) * nb;
        let kk = m.min(ki + nb);
        for b in 0..=ki / nb {
            let i = m - kk + ki - b * nb;
            let ib = nb.min(m - i);
            let (tbuf, wbuf) = buf.split_at_mut(ib * ib);
            latrz(a.rb_mut().submatrix(i, i, ib, n - i), l, &mut tau[i..i + ib], wbuf);
            if i > 0 {
                let mut t = MatMut::from_col_major(tbuf, ib, ib, ib);
                let (top, bottom) = a.rb_mut().split_at_row(i);
                let v = bottom.into_ref().submatrix(0, m, ib, l);
                larzt(v, &tau[i..i + ib], t.rb_mut());
                let w = MatMut::from_col_major(&mut wbuf[..i * ib], i, ib, i);
                larzb(Side::Right, Trans::No, v, t.rb(), top.submatrix(0, i, i, n - i), w, par);
            }
        }
        mu = m - kk;
    }
    if mu > 0 {
        let mut scratch = [T::zero(); 1];
        let w: &mut [T] = if mu <= 1 {
            &mut scratch
        } else {
            let (w, _) = work.take::<T>(mu);
            w
        };
        latrz(a.submatrix(0, 0, mu, n), l, &mut tau[..mu], w);
    }
}

/// `C := op(Z) C` (`Side::Left`) or `C op(Z)` (`Side::Right`), Z from
/// [`tzrzf`]: `Z = Z(0) ... Z(k-1)`, reflector `i`'s `z_i` in the last `l`
/// columns of row `i` of `a` (`k x nq`, `nq` the rows (left) or columns
/// (right) of C), one reflector at a time (`?ormr3`, `?unmr3`). `work` holds
/// `n` (left) or `m` (right) elements.
pub fn ormr3<T: Scalar>(
    side: Side,
    trans: Trans,
    a: MatRef<'_, T>,
    l: usize,
    tau: &[T],
    mut c: MatMut<'_, T>,
    work: &mut [T],
) {
    let (m, n, k) = (c.nrows(), c.ncols(), tau.len());
    let nq = if side == Side::Left { m } else { n };
    assert!(a.nrows() >= k && a.ncols() >= nq && k <= nq && l <= nq, "ormr3: operand shapes disagree");
    if m == 0 || n == 0 || k == 0 {
        return;
    }
    let notran = trans == Trans::No;
    let forward = (side == Side::Left) != notran;
    for s in 0..k {
        let i = if forward { s } else { k - 1 - s };
        let taui = if notran { tau[i] } else { tau[i].conj() };
        let z = a.submatrix(i, nq - l, 1, l).row(0);
        match side {
            Side::Left => larz(side, z, taui, c.rb_mut().submatrix(i, 0, m - i, n), work),
            Side::Right => larz(side, z, taui, c.rb_mut().submatrix(0, i, m, n - i), work),
        }
    }
}

/// The block size [`ormrz`] uses when the caller does not choose.
const ORMRZ_BLOCK: usize = 32;

/// The workspace [`ormrz`] needs to apply `k` reflectors to an `m x n` C.
pub fn ormrz_req<T: Scalar>(side: Side, m: usize, n: usize, k: usize) -> WorkReq {
    ormrz_req_with::<T>(side, m, n, k, ORMRZ_BLOCK)
}

/// [`ormrz_req`] for blocks of `nb` reflectors: T (`nb x nb`) and W (`nb`
/// columns of `n` (left) or `m` (right) rows).
pub fn ormrz_req_with<T: Scalar>(side: Side, m: usize, n: usize, k: usize, nb: usize) -> WorkReq {
    let nw = if side == Side::Left { n } else { m };
    let nb = nb.min(k).max(1);
    if nb < 2 {
        return WorkReq::new::<T>(nw.max(1));
    }
    WorkReq::new::<T>(nb * nb + nb * nw)
}

/// [`ormr3`] blocked (`?ormrz`, `?unmrz`).
#[allow(clippy::too_many_arguments)]
pub fn ormrz<T: Scalar>(
    side: Side,
    trans: Trans,
    a: MatRef<'_, T>,
    l: usize,
    tau: &[T],
    c: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) {
    ormrz_with(side, trans, a, l, tau, c, par, work, ORMRZ_BLOCK)
}

/// [`ormrz`] with blocks of at most `nb` reflectors (fewer when `work` is
/// smaller than [`ormrz_req_with`] asks; one at a time below 2, `work` then
/// needs `n` (left) or `m` (right) elements).
#[allow(clippy::too_many_arguments)]
pub fn ormrz_with<T: Scalar>(
    side: Side,
    trans: Trans,
    a: MatRef<'_, T>,
    l: usize,
    tau: &[T],
    mut c: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
    nb: usize,
) {
    let trans = if trans == Trans::No { Trans::No } else { Trans::ConjTrans };
    let (m, n, k) = (c.nrows(), c.ncols(), tau.len());
    let (nq, nw) = if side == Side::Left { (m, n) } else { (n, m) };
    assert!(a.nrows() >= k && a.ncols() >= nq && k <= nq && l <= nq, "ormrz: operand shapes disagree");
    if m == 0 || n == 0 || k == 0 {
        return;
    }
    let cap = capacity::<T>(&work);
    let mut nb = nb.min(k).max(1);
    while nb >= 2 && nb * nb + nb * nw > cap {
        nb = (cap / (nw + nb)).min(nb - 1);
    }
    if nb < 2 || nb >= k {
        let (w, _) = work.take::<T>(nw);
        return ormr3(side, trans, a, l, tau, c, w);
    }
    let (buf, _) = work.take::<T>(nb * nb + nb * nw);
    let (tbuf, wbuf) = buf.split_at_mut(nb * nb);
    let notran = trans == Trans::No;
    let forward = (side == Side::Left) != notran;
    // The block routine's H is the reflectors in backward order: Z's block
    // is applied with the opposite transposition (as the reference does).
    let transt = if notran { Trans::ConjTrans } else { Trans::No };
    let nblocks = k.div_ceil(nb);
    for s in 0..nblocks {
        let i = if forward { s * nb } else { (nblocks - 1 - s) * nb };
        let ib = nb.min(k - i);
        let mut t = MatMut::from_col_major(&mut tbuf[..ib * ib], ib, ib, ib);
        let v = a.submatrix(i, nq - l, ib, l);
        larzt(v, &tau[i..i + ib], t.rb_mut());
        match side {
            Side::Left => {
                let w = MatMut::from_col_major(&mut wbuf[..n * ib], n, ib, n);
                larzb(side, transt, v, t.rb(), c.rb_mut().submatrix(i, 0, m - i, n), w, par);
            }
            Side::Right => {
                let w = MatMut::from_col_major(&mut wbuf[..m * ib], m, ib, m);
                larzb(side, transt, v, t.rb(), c.rb_mut().submatrix(0, i, m, n - i), w, par);
            }
        }
    }
}
