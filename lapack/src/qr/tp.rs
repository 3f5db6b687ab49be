//! Triangular-pentagonal QR and LQ (`?tpqrt`, `?tpqrt2`, `?tpmqrt`,
//! `?tplqt`, `?tplqt2`, `?tpmlqt`) and the block reflector they apply
//! (`?tprfb`).
//!
//! The QR of `[A; B]`, A `n x n` upper triangular and B `m x n` pentagonal
//! (its first `m - l` rows full, its last `l` rows upper trapezoidal), keeps
//! the pentagonal shape: reflector `i` is `[e_i; v_i]` with `v_i` living in
//! B's column `i`, rows `0..m - l + min(l, i + 1)`. Nothing outside that
//! shape is read or written. LQ is the QR of the conjugate transpose, as
//! for `?gelqt` (see `oriented.rs`).

use super::oriented::{conj_in_place, conj_trans, flip};
use crate::householder::{larfg, Direct, StoreV};
use ferroblas_kernels::level1::{axpy, dotc};
use ferroblas_kernels::level2::trmv;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, MatRef, Side, Trans, Uplo};
use ferroblas_relapack::level3::Level3;
use ferroblas_relapack::Par;

/// The rows of B's column `j` inside the pentagon of an `m`-row B whose last
/// `l` rows are upper trapezoidal.
fn pent_rows(m: usize, l: usize, j: usize) -> usize {
    m - l + l.min(j + 1)
}

/// The unblocked triangular-pentagonal QR (`?tpqrt2`): `[A; B] = Q [R; 0]`
/// for A `n x n` upper triangular (its strict lower part is not read) and B
/// `m x n` pentagonal with an `l x n` upper trapezoidal bottom
/// (`l <= min(m, n)`). R overwrites A's upper triangle, the reflectors'
/// pentagonal parts overwrite B, and `t` (`n x n`, upper triangle written)
/// receives `Q = I - [I; V] T [I; V]^H`.
pub fn tpqrt2<T: Scalar>(l: usize, mut a: MatMut<'_, T>, mut b: MatMut<'_, T>, mut t: MatMut<'_, T>) {
    let (m, n) = (b.nrows(), b.ncols());
    assert!(a.nrows() >= n && a.ncols() >= n && t.nrows() >= n && t.ncols() >= n, "tpqrt2: operand shapes disagree");
    assert!(l <= m.min(n), "tpqrt2: l exceeds min(m, n)");
    if m == 0 || n == 0 {
        return;
    }
    for i in 0..n {
        let p = pent_rows(m, l, i);
        let mut alpha = a.get(i, i);
        let tau = larfg(&mut alpha, b.rb_mut().submatrix(0, i, p, 1).col_mut(0));
        a.set(i, i, alpha);
        t.set(i, i, tau);
        // H(i)^H on the columns right of i: w = A(i, j) + v^H B(0..p, j).
        let (left, mut right) = b.rb_mut().split_at_col(i + 1);
        let v = left.into_ref().submatrix(0, i, p, 1).col(0);
        for j in i + 1..n {
            let w = a.get(i, j) + dotc(v, right.rb().submatrix(0, j - i - 1, p, 1).col(0));
            let s = -tau.conj() * w;
            a.set(i, j, a.get(i, j) + s);
            axpy(s, v, right.rb_mut().submatrix(0, j - i - 1, p, 1).col_mut(0));
        }
    }
    // T(0..i, i) = -tau_i T(0..i, 0..i) V(:, 0..i)^H v_i; the identity parts
    // of distinct reflectors are orthogonal, so only B's parts meet.
    for i in 1..n {
        let tau = t.get(i, i);
        let vi = b.rb().submatrix(0, i, m, 1).col(0);
        for j in 0..i {
            let p = pent_rows(m, l, j);
            let d = dotc(b.rb().submatrix(0, j, p, 1).col(0), vi.subvec(0, p));
            t.set(j, i, -tau * d);
        }
        let (tl, mut tr) = t.rb_mut().split_at_col(i);
        trmv(
            Uplo::Upper,
            Trans::No,
            Diag::NonUnit,
            tl.into_ref().submatrix(0, 0, i, i),
            tr.rb_mut().submatrix(0, 0, i, 1).col_mut(0),
        );
    }
}

/// The blocked triangular-pentagonal QR (`?tpqrt`): [`tpqrt2`] on blocks of
/// `nb = t.nrows()` columns (`1 <= nb <= n` when `n > 0`), block `b`'s T in
/// columns `b nb ..` of the `nb x n` array `t`, each applied to the columns
/// right of it with [`tprfb`]. `work` holds `nb x n` elements.
pub fn tpqrt<T: Scalar>(
    l: usize,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    mut t: MatMut<'_, T>,
    par: Par,
    work: &mut [T],
) {
    let (m, n) = (b.nrows(), b.ncols());
    assert!(l <= m.min(n), "tpqrt: l exceeds min(m, n)");
    if m == 0 || n == 0 {
        return;
    }
    let nb = t.nrows();
    assert!(nb >= 1 && t.ncols() >= n && a.nrows() >= n && a.ncols() >= n, "tpqrt: operand shapes disagree");
    let mut i = 0;
    while i < n {
        let ib = nb.min(n - i);
        let mb = (m - l + i + ib).min(m);
        let lb = if i >= l { 0 } else { mb + l - m - i };
        let (ablk, arest) = a.rb_mut().submatrix(i, i, ib, n - i).split_at_col(ib);
        let (bl, brest) = b.rb_mut().submatrix(0, i, mb, n - i).split_at_col(ib);
        let mut bl = bl;
        let mut tb = t.rb_mut().submatrix(0, i, ib, ib);
        tpqrt2(lb, ablk, bl.rb_mut(), tb.rb_mut());
        let rest = n - i - ib;
        if rest > 0 {
            let w = MatMut::from_col_major(&mut work[..ib * rest], ib, rest, ib);
            tprfb(
                Side::Left,
                Trans::ConjTrans,
                Direct::Forward,
                StoreV::Columnwise,
                lb,
                bl.rb(),
                tb.rb(),
                arest,
                brest,
                w,
                par,
            );
        }
        i += ib;
    }
}

/// The pentagonal V of a block as stored: column-wise V itself, row-wise
/// its conjugate transpose.
#[derive(Clone, Copy)]
struct Pent<'a, T> {
    s: MatRef<'a, T>,
    store: StoreV,
}

impl<'a, T: Scalar> Pent<'a, T> {
    /// V's rows `r0..r0+nr`, columns `c0..c0+nc` as stored, with the
    /// transpositions giving the block and its conjugate transpose.
    fn blk(&self, r0: usize, c0: usize, nr: usize, nc: usize) -> (MatRef<'a, T>, Trans, Trans) {
        match self.store {
            StoreV::Columnwise => (self.s.submatrix(r0, c0, nr, nc), Trans::No, Trans::ConjTrans),
            StoreV::Rowwise => (self.s.submatrix(c0, r0, nc, nr), Trans::ConjTrans, Trans::No),
        }
    }

    /// The `l x l` upper triangle `V(r0.., 0..l)` as stored, its triangle, and
    /// the transpositions giving it and its conjugate transpose.
    fn tri(&self, r0: usize, l: usize) -> (MatRef<'a, T>, Uplo, Trans, Trans) {
        match self.store {
            StoreV::Columnwise => (self.s.submatrix(r0, 0, l, l), Uplo::Upper, Trans::No, Trans::ConjTrans),
            StoreV::Rowwise => (self.s.submatrix(0, r0, l, l), Uplo::Lower, Trans::ConjTrans, Trans::No),
        }
    }
}

/// Applies the triangular-pentagonal block reflector `H = I - W T W^H` or
/// `H^H` (`?tprfb`) to `C = [A; B]` (left) or `[A B]` (right); backward
/// order puts the identity last: `W = [V; I]`, `C = [B; A]` or `[B A]`.
/// T is `k x k` (upper forward, lower backward), A `k x n` (left) or
/// `m x k` (right), B `m x n`. V (`mq x k` column-wise, `k x mq` row-wise,
/// `mq` = m left, n right) is pentagonal with an `l x k` trapezoidal block
/// as the reference's `?tprfb` describes; nothing outside it is read.
/// `work` is `k x n` (left) or `m x k` (right).
#[allow(clippy::too_many_arguments)]
pub fn tprfb<T: Scalar>(
    side: Side,
    trans: Trans,
    direct: Direct,
    store: StoreV,
    l: usize,
    v: MatRef<'_, T>,
    t: MatRef<'_, T>,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    work: MatMut<'_, T>,
    par: Par,
) {
    let k = t.nrows();
    let (m, n) = (b.nrows(), b.ncols());
    if m == 0 || n == 0 || k == 0 {
        return;
    }
    let mq = if side == Side::Left { m } else { n };
    assert!(l <= k && l <= mq, "tprfb: l exceeds k or the reflectors' length");
    let v = match store {
        StoreV::Columnwise => v.submatrix(0, 0, mq, k),
        StoreV::Rowwise => v.submatrix(0, 0, k, mq),
    };
    let t = t.submatrix(0, 0, k, k);
    // Backward is forward with every index set reversed: V's rows and
    // columns, T's, and C's rows (left) or columns (right).
    let (v, t, a, b) = match (direct, side) {
        (Direct::Forward, _) => (v, t, a, b),
        (Direct::Backward, Side::Left) => (v.reversed(), t.reversed(), a.reversed_rows(), b.reversed_rows()),
        (Direct::Backward, Side::Right) => (
            v.reversed(),
            t.reversed(),
            a.transpose().reversed_rows().transpose(),
            b.transpose().reversed_rows().transpose(),
        ),
    };
    let tt = if trans == Trans::No { Trans::No } else { Trans::ConjTrans };
    tprfb_forward(side, tt, Pent { s: v, store }, l, t, a, b, work, &Level3::new(par));
}

/// [`tprfb`] for forward reflectors, `W = [I; V]`.
#[allow(clippy::too_many_arguments)]
fn tprfb_forward<T: Scalar>(
    side: Side,
    tt: Trans,
    v: Pent<'_, T>,
    l: usize,
    t: MatRef<'_, T>,
    mut a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    work: MatMut<'_, T>,
    l3: &Level3,
) {
    let k = t.nrows();
    let (m, n) = (b.nrows(), b.ncols());
    let one = T::one();
    match side {
        Side::Left => {
            assert!(a.nrows() >= k && a.ncols() >= n && work.nrows() >= k && work.ncols() >= n, "tprfb: shapes");
            let p = m - l;
            let mut w = work.submatrix(0, 0, k, n);
            let (tri, uplo, tv, tvh) = v.tri(p, l);
            {
                let (mut w1, mut w2) = w.rb_mut().split_at_row(l);
                // W = V^H B: the trapezoid's triangle, V's top rows, then the
                // columns right of the triangle (full height).
                copy(b.rb().submatrix(p, 0, l, n), w1.rb_mut());
                l3.trmm(Side::Left, uplo, tvh, Diag::NonUnit, one, tri, w1.rb_mut());
                let (v1, _, vh) = v.blk(0, 0, p, l);
                l3.gemm(vh, Trans::No, one, v1, b.rb().submatrix(0, 0, p, n), one, w1.rb_mut());
                let (v2, _, vh) = v.blk(0, l, m, k - l);
                fill_zero(w2.rb_mut());
                l3.gemm(vh, Trans::No, one, v2, b.rb(), T::zero(), w2.rb_mut());
            }
            add_assign(w.rb_mut(), a.rb().submatrix(0, 0, k, n));
            l3.trmm(Side::Left, Uplo::Upper, tt, Diag::NonUnit, one, t, w.rb_mut());
            sub_assign(a.rb_mut().submatrix(0, 0, k, n), w.rb());
            let (top, bot) = b.split_at_row(p);
            let (vtop, vt, _) = v.blk(0, 0, p, k);
            l3.gemm(vt, Trans::No, -one, vtop, w.rb(), one, top);
            let (mut w1, w2) = w.split_at_row(l);
            let mut bot = bot;
            let (vb, vt, _) = v.blk(p, l, l, k - l);
            l3.gemm(vt, Trans::No, -one, vb, w2.rb(), one, bot.rb_mut());
            l3.trmm(Side::Left, uplo, tv, Diag::NonUnit, one, tri, w1.rb_mut());
            sub_assign(bot, w1.rb());
        }
        Side::Right => {
            assert!(a.nrows() >= m && a.ncols() >= k && work.nrows() >= m && work.ncols() >= k, "tprfb: shapes");
            let p = n - l;
            let mut w = work.submatrix(0, 0, m, k);
            let (tri, uplo, tv, tvh) = v.tri(p, l);
            {
                // W = B V.
                let (mut w1, mut w2) = w.rb_mut().split_at_col(l);
                copy(b.rb().submatrix(0, p, m, l), w1.rb_mut());
                l3.trmm(Side::Right, uplo, tv, Diag::NonUnit, one, tri, w1.rb_mut());
                let (v1, vt, _) = v.blk(0, 0, p, l);
                l3.gemm(Trans::No, vt, one, b.rb().submatrix(0, 0, m, p), v1, one, w1.rb_mut());
                let (v2, vt, _) = v.blk(0, l, n, k - l);
                fill_zero(w2.rb_mut());
                l3.gemm(Trans::No, vt, one, b.rb(), v2, T::zero(), w2.rb_mut());
            }
            add_assign(w.rb_mut(), a.rb().submatrix(0, 0, m, k));
            l3.trmm(Side::Right, Uplo::Upper, tt, Diag::NonUnit, one, t, w.rb_mut());
            sub_assign(a.rb_mut().submatrix(0, 0, m, k), w.rb());
            let (left, right) = b.split_at_col(p);
            let (vtop, _, vh) = v.blk(0, 0, p, k);
            l3.gemm(Trans::No, vh, -one, w.rb(), vtop, one, left);
            let (mut w1, w2) = w.split_at_col(l);
            let mut right = right;
            let (vb, _, vh) = v.blk(p, l, l, k - l);
            l3.gemm(Trans::No, vh, -one, w2.rb(), vb, one, right.rb_mut());
            l3.trmm(Side::Right, uplo, tvh, Diag::NonUnit, one, tri, w1.rb_mut());
            sub_assign(right, w1.rb());
        }
    }
}

fn copy<T: Scalar>(src: MatRef<'_, T>, mut dst: MatMut<'_, T>) {
    for j in 0..src.ncols() {
        for i in 0..src.nrows() {
            dst.set(i, j, src.get(i, j));
        }
    }
}

fn fill_zero<T: Scalar>(mut dst: MatMut<'_, T>) {
    for j in 0..dst.ncols() {
        for i in 0..dst.nrows() {
            dst.set(i, j, T::zero());
        }
    }
}

fn add_assign<T: Scalar>(mut dst: MatMut<'_, T>, src: MatRef<'_, T>) {
    for j in 0..src.ncols() {
        for i in 0..src.nrows() {
            dst.set(i, j, dst.get(i, j) + src.get(i, j));
        }
    }
}

fn sub_assign<T: Scalar>(mut dst: MatMut<'_, T>, src: MatRef<'_, T>) {
    for j in 0..src.ncols() {
        for i in 0..src.nrows() {
            dst.set(i, j, dst.get(i, j) - src.get(i, j));
        }
    }
}

/// Whether the blocks are applied first to last: `Q^H C` and `C Q` meet
/// block 0 first.
fn first_to_last(side: Side, trans: Trans) -> bool {
    (side == Side::Left) == (trans != Trans::No)
}

/// Applies `Q` or `Q^H` from [`tpqrt`] (`?tpmqrt`) to `C = [A; B]` (left:
/// A `k x n`, B `m x n`) or `[A B]` (right: A `m x k`, B `m x n`). `v`
/// (`m x k` left, `n x k` right) holds the pentagonal reflectors with an
/// `l`-row trapezoid, `t` (`nb x k`) block `b`'s T in columns `b nb ..`.
/// `work` holds `nb x n` (left) or `m x nb` (right) elements.
#[allow(clippy::too_many_arguments)]
pub fn tpmqrt<T: Scalar>(
    side: Side,
    trans: Trans,
    l: usize,
    v: MatRef<'_, T>,
    t: MatRef<'_, T>,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    par: Par,
    work: &mut [T],
) {
    apply_tp(side, conj_trans(trans), StoreV::Columnwise, l, v, t, a, b, par, work);
}

/// Applies `Q` or `Q^H` from [`tplqt`] (`?tpmlqt`) to `C = [A; B]` (left:
/// A `k x n`, B `m x n`) or `[A B]` (right: A `m x k`, B `m x n`). `v`
/// (`k x m` left, `k x n` right) holds the reflectors row by row with an
/// `l`-column trapezoid, `t` (`mb x k`) block `b`'s T in columns `b mb ..`.
/// `work` holds `mb x n` (left) or `m x mb` (right) elements.
#[allow(clippy::too_many_arguments)]
pub fn tpmlqt<T: Scalar>(
    side: Side,
    trans: Trans,
    l: usize,
    v: MatRef<'_, T>,
    t: MatRef<'_, T>,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    par: Par,
    work: &mut [T],
) {
    // The LQ's Q is the conjugate transpose of the QR's whose reflectors
    // the rows hold.
    apply_tp(side, flip(conj_trans(trans)), StoreV::Rowwise, l, v, t, a, b, par, work);
}

#[allow(clippy::too_many_arguments)]
fn apply_tp<T: Scalar>(
    side: Side,
    trans: Trans,
    store: StoreV,
    l: usize,
    v: MatRef<'_, T>,
    t: MatRef<'_, T>,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    par: Par,
    work: &mut [T],
) {
    let (m, n) = (b.nrows(), b.ncols());
    let k = match store {
        StoreV::Columnwise => v.ncols(),
        StoreV::Rowwise => v.nrows(),
    };
    let nb = t.nrows();
    assert!(l <= k && t.ncols() >= k && (k == 0 || nb >= 1), "tpmqrt: operand shapes disagree");
    if m == 0 || n == 0 || k == 0 {
        return;
    }
    let mq = if side == Side::Left { m } else { n };
    let nblocks = k.div_ceil(nb);
    let fwd = first_to_last(side, trans);
    for s in 0..nblocks {
        let i = if fwd { s * nb } else { (nblocks - 1 - s) * nb };
        let ib = nb.min(k - i);
        let len = (mq - l + i + ib).min(mq);
        let lb = if i >= l { 0 } else { len + l - mq - i };
        let vb = match store {
            StoreV::Columnwise => v.submatrix(0, i, len, ib),
            StoreV::Rowwise => v.submatrix(i, 0, ib, len),
        };
        let tb = t.submatrix(0, i, ib, ib);
        match side {
            Side::Left => {
                let w = MatMut::from_col_major(&mut work[..ib * n], ib, n, ib);
                let ab = a.rb_mut().submatrix(i, 0, ib, n);
                let bb = b.rb_mut().submatrix(0, 0, len, n);
                tprfb(side, trans, Direct::Forward, store, lb, vb, tb, ab, bb, w, par);
            }
            Side::Right => {
                let w = MatMut::from_col_major(&mut work[..m * ib], m, ib, m);
                let ab = a.rb_mut().submatrix(0, i, m, ib);
                let bb = b.rb_mut().submatrix(0, 0, m, len);
                tprfb(side, trans, Direct::Forward, store, lb, vb, tb, ab, bb, w, par);
            }
        }
    }
}

/// The unblocked triangular-pentagonal LQ (`?tplqt2`): `[A B] = [L 0] Q`
/// for A `m x m` lower triangular (its strict upper part is not read) and
/// B `m x n` pentagonal with an `m x l` lower trapezoidal right part
/// (`l <= min(m, n)`). L overwrites A's lower triangle, the reflectors
/// (conjugated, row by row) overwrite B, and `t` (`m x m`, upper triangle
/// written) the factor with `Q^H = I - V^H T V`, V the stored rows.
pub fn tplqt2<T: Scalar>(l: usize, mut a: MatMut<'_, T>, mut b: MatMut<'_, T>, t: MatMut<'_, T>) {
    conj_in_place(a.rb_mut());
    conj_in_place(b.rb_mut());
    tpqrt2(l, a.rb_mut().transpose(), b.rb_mut().transpose(), t);
    conj_in_place(a);
    conj_in_place(b);
}

/// The blocked triangular-pentagonal LQ (`?tplqt`): [`tplqt2`] on blocks of
/// `mb = t.nrows()` rows, block `b`'s T in columns `b mb ..` of the `mb x m`
/// array `t`. `work` holds `mb x m` elements.
pub fn tplqt<T: Scalar>(
    l: usize,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    t: MatMut<'_, T>,
    par: Par,
    work: &mut [T],
) {
    conj_in_place(a.rb_mut());
    conj_in_place(b.rb_mut());
    tpqrt(l, a.rb_mut().transpose(), b.rb_mut().transpose(), t, par, work);
    conj_in_place(a);
    conj_in_place(b);
}
