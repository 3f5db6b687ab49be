//! Residual tests of the triangular-pentagonal QR and LQ in c64 oracles:
//! `|[A; B] - Q [R; 0]|`, `|I - Q^H Q|` with Q formed by `?tpmqrt` /
//! `?tpmlqt` from the identity, the four `op(Q)` products against the
//! explicit Q, and that nothing outside the pentagon is touched.

#![allow(clippy::needless_range_loop)]

use super::*;
use crate::condition::testutil::{cabs, Rng, TestScalar};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{c32, c64, MatMut, MatRef, Side, Trans};
use ferroblas_relapack::Par;

/// A column-major matrix with leading dimension `rows + pad`.
#[derive(Clone)]
struct M<T> {
    m: usize,
    n: usize,
    ld: usize,
    d: Vec<T>,
}

impl<T: TestScalar> M<T> {
    fn random(m: usize, n: usize, pad: usize, rng: &mut Rng) -> Self {
        let ld = (m + pad).max(1);
        M { m, n, ld, d: (0..ld * n.max(1)).map(|_| rng.scalar()).collect() }
    }
    fn zeros(m: usize, n: usize, pad: usize) -> Self {
        let ld = (m + pad).max(1);
        M { m, n, ld, d: vec![T::zero(); ld * n.max(1)] }
    }
    fn get(&self, i: usize, j: usize) -> c64 {
        self.d[i + j * self.ld].to_c64()
    }
    fn set(&mut self, i: usize, j: usize, v: T) {
        self.d[i + j * self.ld] = v;
    }
    fn view(&mut self) -> MatMut<'_, T> {
        MatMut::from_col_major(&mut self.d, self.m, self.n, self.ld)
    }
    fn rview(&self) -> MatRef<'_, T> {
        MatRef::from_col_major(&self.d, self.m, self.n, self.ld)
    }
}

fn eps<T: Scalar>() -> f64 {
    T::Real::EPSILON.to_f64()
}

type C = Vec<Vec<c64>>;

fn zero() -> c64 {
    c64::new(0.0, 0.0)
}

fn matmul(a: &C, b: &C) -> C {
    let (m, k, n) = (a.len(), b.len(), b.first().map_or(0, |r| r.len()));
    (0..m).map(|i| (0..n).map(|j| (0..k).map(|l| a[i][l] * b[l][j]).fold(zero(), |s, x| s + x)).collect()).collect()
}

fn adj(a: &C) -> C {
    let (m, n) = (a.len(), a.first().map_or(0, |r| r.len()));
    (0..n).map(|j| (0..m).map(|i| a[i][j].conj()).collect()).collect()
}

fn maxdiff(a: &C, b: &C) -> f64 {
    a.iter().zip(b).flat_map(|(r, s)| r.iter().zip(s).map(|(x, y)| cabs(*x - *y))).fold(0.0, f64::max)
}

/// Stacks `top` over `bot` (`[top; bot]`) as c64 rows.
fn stack<T: TestScalar>(top: &M<T>, bot: &M<T>) -> C {
    let mut r: C = (0..top.m).map(|i| (0..top.n).map(|j| top.get(i, j)).collect()).collect();
    r.extend((0..bot.m).map(|i| (0..bot.n).map(|j| bot.get(i, j)).collect::<Vec<_>>()));
    r
}

/// Side by side, `[left right]`.
fn beside<T: TestScalar>(left: &M<T>, right: &M<T>) -> C {
    (0..left.m)
        .map(|i| (0..left.n).map(|j| left.get(i, j)).chain((0..right.n).map(|j| right.get(i, j))).collect())
        .collect()
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    Qr,
    Lq,
}

struct Factored<T> {
    kind: Kind,
    l: usize,
    v: M<T>,
    t: M<T>,
}

impl<T: TestScalar> Factored<T> {
    /// `[A; B] := op(Q) [A; B]` (left) or `[A B] op(Q)` (right).
    fn apply(&self, side: Side, trans: Trans, a: &mut M<T>, b: &mut M<T>) {
        let nb = self.t.m;
        let mut w = vec![T::zero(); nb * (b.m + b.n).max(1)];
        match self.kind {
            Kind::Qr => {
                tpmqrt(side, trans, self.l, self.v.rview(), self.t.rview(), a.view(), b.view(), Par::Seq, &mut w)
            }
            Kind::Lq => {
                tpmlqt(side, trans, self.l, self.v.rview(), self.t.rview(), a.view(), b.view(), Par::Seq, &mut w)
            }
        }
    }
}

/// Whether `(i, j)` of the `m x n` B is inside the pentagon (trapezoid of
/// `l` rows at the bottom for QR, `l` columns at the right for LQ).
fn in_pent(kind: Kind, m: usize, n: usize, l: usize, i: usize, j: usize) -> bool {
    match kind {
        Kind::Qr => i < m - l || i - (m - l) <= j,
        Kind::Lq => j < n - l || j - (n - l) <= i,
    }
}

fn check<T: TestScalar>(kind: Kind, m: usize, n: usize, l: usize, nb: usize, seed: u64) {
    let mut rng = Rng::new(seed);
    // QR: A is n x n upper, B m x n. LQ: A is m x m lower, B m x n.
    let k = if kind == Kind::Qr { n } else { m };
    let a0 = M::<T>::random(k, k, 2, &mut rng);
    let b0 = M::<T>::random(m, n, 3, &mut rng);
    let (mut a, mut b) = (a0.clone(), b0.clone());
    let mut t = M::<T>::zeros(if nb == 0 { k.max(1) } else { nb }, k, 1);
    let mut work = vec![T::zero(); nb.max(1) * (m + n + k)];
    match (kind, nb) {
        (Kind::Qr, 0) => tpqrt2(l, a.view(), b.view(), t.view()),
        (Kind::Lq, 0) => tplqt2(l, a.view(), b.view(), t.view()),
        (Kind::Qr, _) => tpqrt(l, a.view(), b.view(), t.view(), Par::Seq, &mut work),
        (Kind::Lq, _) => tplqt(l, a.view(), b.view(), t.view(), Par::Seq, &mut work),
    }
    let p = T::PREFIX;
    let tag = format!("{p} {kind:?} m={m} n={n} l={l} nb={nb}");
    // Nothing outside the triangle, the pentagon and the arrays' rows changes.
    for j in 0..k {
        for i in 0..a.ld {
            let inside = i < k && if kind == Kind::Qr { i <= j } else { i >= j };
            if !inside {
                assert_eq!(a.d[i + j * a.ld], a0.d[i + j * a.ld], "{tag}: A({i},{j}) written");
            }
        }
    }
    for j in 0..n {
        for i in 0..b.ld {
            if i >= m || !in_pent(kind, m, n, l, i, j) {
                assert_eq!(b.d[i + j * b.ld], b0.d[i + j * b.ld], "{tag}: B({i},{j}) written");
            }
        }
    }
    // The structural input, zero outside.
    let mut as0 = M::<T>::zeros(k, k, 0);
    let mut bs0 = M::<T>::zeros(m, n, 0);
    let mut r = M::<T>::zeros(k, k, 0);
    for j in 0..k {
        for i in 0..k {
            let inside = if kind == Kind::Qr { i <= j } else { i >= j };
            if inside {
                as0.set(i, j, a0.d[i + j * a0.ld]);
                r.set(i, j, a.d[i + j * a.ld]);
            }
        }
    }
    for j in 0..n {
        for i in 0..m {
            if in_pent(kind, m, n, l, i, j) {
                bs0.set(i, j, b0.d[i + j * b0.ld]);
            }
        }
    }
    let v = M { m: b.m, n: b.n, ld: b.ld, d: b.d.clone() };
    let f = Factored { kind, l, v, t };
    // Explicit Q (order k + mq) from the identity.
    let nq = k + if kind == Kind::Qr { m } else { n };
    let (mut qa, mut qb) = match kind {
        Kind::Qr => (M::<T>::zeros(k, nq, 1), M::<T>::zeros(m, nq, 2)),
        Kind::Lq => (M::<T>::zeros(nq, k, 1), M::<T>::zeros(nq, n, 2)),
    };
    for i in 0..nq {
        match (kind, i < k) {
            (Kind::Qr, true) => qa.set(i, i, T::one()),
            (Kind::Qr, false) => qb.set(i - k, i, T::one()),
            (Kind::Lq, true) => qa.set(i, i, T::one()),
            (Kind::Lq, false) => qb.set(i, i - k, T::one()),
        }
    }
    let side = if kind == Kind::Qr { Side::Left } else { Side::Right };
    f.apply(side, Trans::No, &mut qa, &mut qb);
    let q = if kind == Kind::Qr { stack(&qa, &qb) } else { beside(&qa, &qb) };
    let tol = 40.0 * (nq as f64) * eps::<T>();
    let id: C = (0..nq).map(|i| (0..nq).map(|j| if i == j { c64::new(1.0, 0.0) } else { zero() }).collect()).collect();
    let e = maxdiff(&matmul(&adj(&q), &q), &id);
    assert!(e <= tol, "{tag}: |I - Q^H Q| = {e:e}");
    // QR: [A; B] = Q [R; 0]. LQ: [A B] = [L 0] Q.
    let c0 = if kind == Kind::Qr { stack(&as0, &bs0) } else { beside(&as0, &bs0) };
    let zpad = M::<T>::zeros(if kind == Kind::Qr { m } else { k }, if kind == Kind::Qr { k } else { n }, 0);
    let prod = if kind == Kind::Qr { matmul(&q, &stack(&r, &zpad)) } else { matmul(&beside(&r, &zpad), &q) };
    let scale = c0.iter().flatten().map(|z| cabs(*z)).fold(1.0, f64::max);
    let e = maxdiff(&prod, &c0);
    assert!(e <= tol * scale * 4.0, "{tag}: |C - QR| = {e:e}");
    // Every op(Q) against the explicit product.
    let qh = adj(&q);
    let cols = 3;
    for side in [Side::Left, Side::Right] {
        for trans in [Trans::No, if T::IS_COMPLEX { Trans::ConjTrans } else { Trans::Trans }] {
            let op = if trans == Trans::No { &q } else { &qh };
            // QR: the row split is [k; m] (left) and the column split [k n]
            // (right); LQ: [k; n] and [k n] likewise.
            let rest = if kind == Kind::Qr { m } else { n };
            let (mut ca, mut cb) = match side {
                Side::Left => (M::<T>::random(k, cols, 1, &mut rng), M::<T>::random(rest, cols, 2, &mut rng)),
                Side::Right => (M::<T>::random(cols, k, 1, &mut rng), M::<T>::random(cols, rest, 2, &mut rng)),
            };
            let c = if side == Side::Left { stack(&ca, &cb) } else { beside(&ca, &cb) };
            let want = if side == Side::Left { matmul(op, &c) } else { matmul(&c, op) };
            f.apply(side, trans, &mut ca, &mut cb);
            let got = if side == Side::Left { stack(&ca, &cb) } else { beside(&ca, &cb) };
            let e = maxdiff(&got, &want);
            assert!(e <= tol * 4.0, "{tag}: op(Q) {side:?} {trans:?}: {e:e}");
        }
    }
}

fn all<T: TestScalar>(seed: u64) {
    for (m, n, l) in [(0, 0, 0), (1, 1, 0), (1, 1, 1), (2, 3, 0), (3, 2, 2), (5, 4, 3), (4, 5, 4), (7, 3, 3), (3, 7, 1)]
    {
        for kind in [Kind::Qr, Kind::Lq] {
            let k = if kind == Kind::Qr { n } else { m };
            check::<T>(kind, m, n, l, 0, seed + (m * 31 + n) as u64);
            for nb in [1, 2, 3] {
                if nb <= k.max(1) {
                    check::<T>(kind, m, n, l, nb, seed + (m * 7 + n * 3 + nb) as u64);
                }
            }
        }
    }
    // A tall B with small blocks.
    check::<T>(Kind::Qr, 60, 8, 5, 3, seed);
    check::<T>(Kind::Lq, 8, 60, 5, 3, seed);
}

mod residual {
    use super::*;

    #[test]
    fn tp_f32() {
        all::<f32>(1);
    }
    #[test]
    fn tp_f64() {
        all::<f64>(2);
    }
    #[test]
    fn tp_c32() {
        all::<c32>(3);
    }
    #[test]
    fn tp_c64() {
        all::<c64>(4);
    }
}
