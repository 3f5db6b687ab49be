//! The QR factorization `A = Q R`: unblocked (`?geqr2`, `?geqr2p`), with its
//! triangular factor (`?geqrt2`, `?geqrt3`), blocked with a recursive panel
//! (`?geqrf`, `?geqrfp`), and blocked keeping every block's T (`?geqrt`).

use super::{capacity, BLOCK};
use crate::householder::{
    apply_left_unit, forward, join, larfb_forward, larfg, larfgp, larft_forward, Direct, StoreV, Taus,
};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{MatMut, Side, Trans};
use ferroblas_relapack::level3::Level3;
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// Whether R's diagonal is made nonnegative (`?geqrfp`, `?geqr2p`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Positive {
    /// The reference's reflectors (`?larfg`): `beta = -sign(re(alpha)) |x|`.
    #[default]
    No,
    /// Reflectors with `beta >= 0` (`?larfgp`).
    Yes,
}

/// Columns a recursive panel factors one by one.
const LEAF: usize = 8;

/// Matrices of at most this many elements are factored unblocked: they sit
/// in the first-level cache, where the recursion's Level-3 calls cost more
/// than they save.
const SMALL: usize = 1024;

/// Generates reflector `j` of `a` (column `j`, rows `j..`) and returns its tau.
fn reflect<T: Scalar>(a: &mut MatMut<'_, T>, j: usize, positive: Positive) -> T {
    let m = a.nrows();
    let (mut head, tail) = a.rb_mut().submatrix(j, j, m - j, 1).split_at_row(1);
    let mut alpha = head.get(0, 0);
    let mut tail = tail;
    let x = tail.rb_mut().col_mut(0);
    let tau = match positive {
        Positive::No => larfg(&mut alpha, x),
        Positive::Yes => larfgp(&mut alpha, x),
    };
    head.set(0, 0, alpha);
    tau
}

/// Unblocked QR of the `m x n` matrix `a` (`?geqr2`, `?geqr2p`): on return R
/// is on and above the diagonal and the reflectors `v_i` (unit first entry
/// implicit) below it, `Q = H(0) ... H(k-1)`, `H(i) = I - tau_i v_i v_i^H`,
/// `k = min(m, n)`. `tau` holds `k` elements.
pub fn geqr2<T: Scalar>(mut a: MatMut<'_, T>, tau: &mut [T], positive: Positive) {
    let (m, n) = (a.nrows(), a.ncols());
    let k = m.min(n);
    assert!(tau.len() >= k, "geqr2: tau is shorter than min(m, n)");
    for (j, t) in tau[..k].iter_mut().enumerate() {
        *t = reflect(&mut a, j, positive);
        if j + 1 < n {
            let (v, c) = a.rb_mut().submatrix(j, j, m - j, n - j).split_at_col(1);
            let tail = v.into_ref().submatrix(1, 0, m - j - 1, 1).col(0);
            apply_left_unit(t.conj(), tail, c);
        }
    }
}

/// Recursive QR of the `m x n` panel `a` (`m >= n`) with the `n x n` upper
/// triangular factor `t` of its block reflector, `Q = I - V T V^H`; the
/// reflectors' taus are T's diagonal. Without `need_t` only that diagonal
/// is certain to be written (the last panel of a factorization: nothing is
/// left to apply its block to).
fn panel<T: Scalar>(mut a: MatMut<'_, T>, mut t: MatMut<'_, T>, positive: Positive, l3: &Level3, need_t: bool) {
    let n = a.ncols();
    if n <= LEAF {
        let mut tau = [T::zero(); LEAF];
        geqr2(a.rb_mut(), &mut tau[..n], positive);
        if need_t {
            let f = forward(Direct::Forward, StoreV::Columnwise, a.rb());
            larft_forward(f, Taus::new(&tau[..n], Direct::Forward), t, l3);
        } else {
            for (i, &ti) in tau[..n].iter().enumerate() {
                t.set(i, i, ti);
            }
        }
        return;
    }
    let n1 = n / 2;
    let (mut left, right) = a.rb_mut().split_at_col(n1);
    {
        let (t11, t12, _, t22) = t.rb_mut().split_at(n1, n1);
        let mut t11 = t11;
        panel(left.rb_mut(), t11.rb_mut(), positive, l3, true);
        // The right half takes Q1^H; T12 is free until the join, and is
        // exactly the n1 x n2 scratch the update needs.
        let f1 = forward(Direct::Forward, StoreV::Columnwise, left.rb());
        let mut right = right;
        larfb_forward(Side::Left, Trans::ConjTrans, f1, t11.rb(), right.rb_mut(), t12, l3);
        let m = right.nrows();
        let lower = right.submatrix(n1, 0, m - n1, n - n1);
        panel(lower, t22, positive, l3, need_t);
    }
    if need_t {
        join(forward(Direct::Forward, StoreV::Columnwise, a.rb()), t, n1, l3);
    }
}

/// The recursive QR of an `m x n` matrix with `m >= n` and the `n x n` upper
/// triangular T of its block reflector (`?geqrt3`): `Q = H(0) ... H(n-1) =
/// I - V T V^H`. R and the reflectors overwrite `a` as [`geqr2`] leaves
/// them; the taus are T's diagonal; only T's upper triangle is written.
pub fn geqrt3<T: Scalar>(a: MatMut<'_, T>, t: MatMut<'_, T>, par: Par) {
    let n = a.ncols();
    assert!(a.nrows() >= n && t.nrows() >= n && t.ncols() >= n, "geqrt3: operand shapes disagree");
    panel(a, t.submatrix(0, 0, n, n), Positive::No, &Level3::new(par), true);
}

/// The unblocked form of [`geqrt3`] (`?geqrt2`): the same factorization.
pub fn geqrt2<T: Scalar>(a: MatMut<'_, T>, t: MatMut<'_, T>, par: Par) {
    geqrt3(a, t, par)
}

/// The workspace [`geqrf`] needs for an `m x n` matrix: each panel's T and
/// the update's `nb x (n - nb)` product, `nb x n` elements in all.
pub fn geqrf_req<T: Scalar>(m: usize, n: usize) -> WorkReq {
    let nb = BLOCK.min(m.min(n)).max(1);
    WorkReq::new::<T>(nb * n.max(1))
}

/// The QR factorization `A = Q R` of the `m x n` matrix `a` (`?geqrf`,
/// `?geqrfp`), stored as [`geqr2`] describes; `tau` holds `min(m, n)`
/// elements. Blocks of [`BLOCK`] columns, each factored recursively.
pub fn geqrf<T: Scalar>(a: MatMut<'_, T>, tau: &mut [T], positive: Positive, par: Par, work: Workspace<'_>) {
    geqrf_with(a, tau, positive, par, work, BLOCK)
}

/// [`geqrf`] with blocks of at most `nb` columns, fewer when `work` holds
/// less than `nb x n` elements (the ABI passes the caller's `ilaenv_` block
/// size and `lwork`); below 2 columns a block, unblocked ([`geqr2`]).
pub fn geqrf_with<T: Scalar>(
    mut a: MatMut<'_, T>,
    tau: &mut [T],
    positive: Positive,
    par: Par,
    mut work: Workspace<'_>,
    nb: usize,
) {
    let (m, n) = (a.nrows(), a.ncols());
    let k = m.min(n);
    assert!(tau.len() >= k, "geqrf: tau is shorter than min(m, n)");
    if k == 0 {
        return;
    }
    let nb = nb.min(k).min(capacity::<T>(&work) / n).max(1);
    if nb < 2 || m * n <= SMALL {
        return geqr2(a, tau, positive);
    }
    let (buf, _) = work.take::<T>(nb * n);
    let (tbuf, wbuf) = buf.split_at_mut(nb * nb);
    let l3 = Level3::new(par);
    let mut j = 0;
    while j < k {
        let ib = nb.min(k - j);
        let (left, right) = a.rb_mut().submatrix(j, j, m - j, n - j).split_at_col(ib);
        let mut left = left;
        let mut t = MatMut::from_col_major(&mut tbuf[..ib * ib], ib, ib, ib);
        let rest = n - j - ib;
        panel(left.rb_mut(), t.rb_mut(), positive, &l3, rest > 0);
        for i in 0..ib {
            tau[j + i] = t.get(i, i);
        }
        if rest > 0 {
            let w = MatMut::from_col_major(&mut wbuf[..ib * rest], ib, rest, ib);
            let f = forward(Direct::Forward, StoreV::Columnwise, left.rb());
            larfb_forward(Side::Left, Trans::ConjTrans, f, t.rb(), right, w, &l3);
        }
        j += ib;
    }
}

/// QR keeping every block's triangular factor (`?geqrt`): blocks of `nb`
/// columns (`1 <= nb <= min(m, n)` when `min(m, n) > 0`), block `b`'s T in
/// columns `b nb ..` of the `nb x min(m, n)` array `t` (the last block's may
/// be smaller); `work` holds `nb x n` elements.
pub fn geqrt<T: Scalar>(mut a: MatMut<'_, T>, mut t: MatMut<'_, T>, par: Par, work: &mut [T]) {
    let (m, n) = (a.nrows(), a.ncols());
    let k = m.min(n);
    if k == 0 {
        return;
    }
    let nb = t.nrows();
    assert!(nb >= 1 && t.ncols() >= k, "geqrt: T is too small");
    assert!(work.len() >= nb.min(k) * n, "geqrt: work holds fewer than nb x n elements");
    let l3 = Level3::new(par);
    let mut j = 0;
    while j < k {
        let ib = nb.min(k - j);
        let (left, right) = a.rb_mut().submatrix(j, j, m - j, n - j).split_at_col(ib);
        let mut left = left;
        let mut tb = t.rb_mut().submatrix(0, j, ib, ib);
        panel(left.rb_mut(), tb.rb_mut(), Positive::No, &l3, true);
        let rest = n - j - ib;
        if rest > 0 {
            let w = MatMut::from_col_major(&mut work[..ib * rest], ib, rest, ib);
            let f = forward(Direct::Forward, StoreV::Columnwise, left.rb());
            larfb_forward(Side::Left, Trans::ConjTrans, f, tb.rb(), right, w, &l3);
        }
        j += ib;
    }
}
