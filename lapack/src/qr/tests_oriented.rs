//! Residual tests of QL, LQ and RQ in c64 oracles: `|A - Q L|` (and the
//! other three shapes), `|I - Q^H Q|`, the leading / trailing part of Q that
//! the `org` routines form against the full one, and `op(Q) C` by the `orm`
//! routines against the explicit product, blocked and unblocked.

#![allow(clippy::needless_range_loop)]

use super::*;
use crate::condition::testutil::{cabs, Rng, TestScalar};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{c32, c64, MatMut, MatRef, Side, Trans};
use ferroblas_relapack::{Par, WorkBuffer, WorkReq};

/// A column-major `m x n` matrix with leading dimension `m + pad`.
struct M<T> {
    m: usize,
    n: usize,
    ld: usize,
    d: Vec<T>,
}

impl<T: TestScalar> M<T> {
    fn random(m: usize, n: usize, pad: usize, rng: &mut Rng) -> Self {
        let ld = (m + pad).max(1);
        let d = (0..ld * n.max(1)).map(|_| rng.scalar()).collect();
        M { m, n, ld, d }
    }
    fn zeros(m: usize, n: usize, pad: usize) -> Self {
        let ld = (m + pad).max(1);
        M { m, n, ld, d: vec![T::zero(); ld.max(1) * n.max(1)] }
    }
    fn get(&self, i: usize, j: usize) -> c64 {
        self.d[i + j * self.ld].to_c64()
    }
    fn set(&mut self, i: usize, j: usize, v: T) {
        self.d[i + j * self.ld] = v;
    }
    fn raw(&self, i: usize, j: usize) -> T {
        self.d[i + j * self.ld]
    }
    fn view(&mut self) -> MatMut<'_, T> {
        MatMut::from_col_major(&mut self.d, self.m, self.n, self.ld)
    }
    fn rview(&self) -> MatRef<'_, T> {
        MatRef::from_col_major(&self.d, self.m, self.n, self.ld)
    }
    fn clone_m(&self) -> Self {
        M { m: self.m, n: self.n, ld: self.ld, d: self.d.clone() }
    }
}

fn eps<T: Scalar>() -> f64 {
    T::Real::EPSILON.to_f64()
}

fn buf(elems: usize) -> WorkBuffer {
    WorkBuffer::new(WorkReq::new::<f64>(2 * elems.max(1)))
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Ql,
    Lq,
    Rq,
}

/// Factors `a` with block size `nb` (unblocked when `nb` is 0).
fn factor<T: TestScalar>(kind: Kind, a: &mut M<T>, tau: &mut [T], nb: usize) {
    let (m, n) = (a.m, a.n);
    let mut w = buf(n.max(m) * nb.max(1));
    let mut v = vec![T::zero(); m.max(n)];
    match (kind, nb) {
        (Kind::Ql, 0) => geql2(a.view(), tau, &mut v),
        (Kind::Ql, _) => geqlf_with(a.view(), tau, Par::Seq, w.workspace(), nb),
        (Kind::Lq, 0) => gelq2(a.view(), tau, &mut v),
        (Kind::Lq, _) => gelqf_with(a.view(), tau, Par::Seq, w.workspace(), nb),
        (Kind::Rq, 0) => gerq2(a.view(), tau, &mut v),
        (Kind::Rq, _) => gerqf_with(a.view(), tau, Par::Seq, w.workspace(), nb),
    }
}

/// Forms Q (or its part) in place of `q` from `tau.len()` reflectors.
fn generate<T: TestScalar>(kind: Kind, q: &mut M<T>, tau: &[T], nb: usize) {
    let mut w = buf((q.m + q.n) * nb.max(1) + nb * nb);
    let mut v = vec![T::zero(); q.m.max(q.n)];
    match (kind, nb) {
        (Kind::Ql, 0) => org2l(q.view(), tau, &mut v),
        (Kind::Ql, _) => orgql_with(q.view(), tau, Par::Seq, w.workspace(), nb),
        (Kind::Lq, 0) => orgl2(q.view(), tau, &mut v),
        (Kind::Lq, _) => orglq_with(q.view(), tau, Par::Seq, w.workspace(), nb),
        (Kind::Rq, 0) => orgr2(q.view(), tau, &mut v),
        (Kind::Rq, _) => orgrq_with(q.view(), tau, Par::Seq, w.workspace(), nb),
    }
}

#[allow(clippy::too_many_arguments)]
fn apply<T: TestScalar>(kind: Kind, side: Side, trans: Trans, a: MatRef<'_, T>, tau: &[T], c: &mut M<T>, nb: usize) {
    let mut w = buf((c.m + c.n) * nb.max(1) + nb * nb);
    let mut v = vec![T::zero(); c.m.max(c.n)];
    match (kind, nb) {
        (Kind::Ql, 0) => orm2l(side, trans, a, tau, c.view(), &mut v),
        (Kind::Ql, _) => ormql_with(side, trans, a, tau, c.view(), Par::Seq, w.workspace(), nb),
        (Kind::Lq, 0) => orml2(side, trans, a, tau, c.view(), &mut v),
        (Kind::Lq, _) => ormlq_with(side, trans, a, tau, c.view(), Par::Seq, w.workspace(), nb),
        (Kind::Rq, 0) => ormr2(side, trans, a, tau, c.view(), &mut v),
        (Kind::Rq, _) => ormrq_with(side, trans, a, tau, c.view(), Par::Seq, w.workspace(), nb),
    }
}

/// Whether `(i, j)` of the factored `m x n` array belongs to the triangular factor.
fn in_factor(kind: Kind, m: usize, n: usize, i: usize, j: usize) -> bool {
    let k = m.min(n);
    let (i, j, m, n) = (i as isize, j as isize, m as isize, n as isize);
    let k = k as isize;
    match kind {
        Kind::Ql => i >= m - k && j - (n - k) <= i - (m - k),
        Kind::Lq => j <= i,
        Kind::Rq => j >= n - k && j - (n - k) >= i - (m - k),
    }
}

/// The order of the full Q, and whether it multiplies the factor from the left (QL) or right.
fn q_order(kind: Kind, m: usize, n: usize) -> usize {
    if kind == Kind::Ql {
        m
    } else {
        n
    }
}

/// Copies the reflectors of the factored `a` into the `nq x nq` (or
/// partial) `q` at the positions the `org` routines expect.
fn load<T: TestScalar>(kind: Kind, a: &M<T>, q: &mut M<T>, k: usize) {
    let (m, n) = (a.m, a.n);
    match kind {
        // The last k columns of a, into the last k columns of q.
        Kind::Ql => {
            for jj in 0..k {
                for i in 0..m {
                    q.set(i, q.n - k + jj, a.raw(i, n - k + jj));
                }
            }
        }
        Kind::Lq => {
            for i in 0..k {
                for j in 0..n {
                    q.set(i, j, a.raw(i, j));
                }
            }
        }
        Kind::Rq => {
            for ii in 0..k {
                for j in 0..n {
                    q.set(q.m - k + ii, j, a.raw(m - k + ii, j));
                }
            }
        }
    }
}

fn check_factor<T: TestScalar>(kind: Kind, m: usize, n: usize, nb: usize, seed: u64) {
    let mut rng = Rng::new(seed);
    let a0 = M::<T>::random(m, n, 3, &mut rng);
    let mut a = a0.clone_m();
    let k = m.min(n);
    let mut tau = vec![T::zero(); k];
    factor(kind, &mut a, &mut tau, nb);
    for i in 0..a.ld {
        for j in 0..n {
            if i >= m {
                assert_eq!(a.raw(i, j), a0.raw(i, j), "{kind:?}: padding written");
            }
        }
    }
    let nq = q_order(kind, m, n);
    let mut q = M::<T>::zeros(nq, nq, 2);
    load(kind, &a, &mut q, k);
    generate(kind, &mut q, &tau, nb);
    let anorm = (0..n).flat_map(|j| (0..m).map(move |i| (i, j))).map(|(i, j)| cabs(a0.get(i, j))).fold(0.0, f64::max);
    let tol = 30.0 * (m.max(n) as f64) * eps::<T>();
    let f = |i: usize, j: usize| if in_factor(kind, m, n, i, j) { a.get(i, j) } else { c64::new(0.0, 0.0) };
    let p = T::PREFIX;
    for j in 0..n {
        for i in 0..m {
            let mut s = c64::new(0.0, 0.0);
            if kind == Kind::Ql {
                for l in 0..m {
                    s += q.get(i, l) * f(l, j);
                }
            } else {
                for l in 0..n {
                    s += f(i, l) * q.get(l, j);
                }
            }
            let r = cabs(a0.get(i, j) - s);
            assert!(r <= tol * anorm.max(1e-300), "{p} {kind:?}: |A - QF| at ({i},{j}) = {r:e}, m={m} n={n} nb={nb}");
        }
    }
    for j in 0..nq {
        for i in 0..nq {
            let mut s = c64::new(0.0, 0.0);
            for l in 0..nq {
                s += q.get(l, i).conj() * q.get(l, j);
            }
            let id = if i == j { 1.0 } else { 0.0 };
            let r = cabs(s - c64::new(id, 0.0));
            assert!(r <= tol, "{p} {kind:?}: |I - Q^H Q| at ({i},{j}) = {r:e}, m={m} n={n} nb={nb}");
        }
    }
    // The part of Q the org routines form from only the k reflectors.
    let (pm, pn) = if kind == Kind::Ql { (nq, k) } else { (k, nq) };
    let mut part = M::<T>::zeros(pm, pn, 1);
    load(kind, &a, &mut part, k);
    generate(kind, &mut part, &tau, nb);
    for j in 0..pn {
        for i in 0..pm {
            let full = match kind {
                Kind::Ql => q.get(i, nq - k + j),
                Kind::Lq => q.get(i, j),
                Kind::Rq => q.get(nq - k + i, j),
            };
            let r = cabs(part.get(i, j) - full);
            assert!(r <= tol, "{p} {kind:?}: partial Q at ({i},{j}) off by {r:e}, m={m} n={n} nb={nb}");
        }
    }
}

/// `op(Q) C` and `C op(Q)` against the explicit Q, for `k` reflectors.
fn check_apply<T: TestScalar>(kind: Kind, m: usize, n: usize, k: usize, nb: usize, seed: u64) {
    let mut rng = Rng::new(seed);
    for side in [Side::Left, Side::Right] {
        let nq = if side == Side::Left { m } else { n };
        let k = k.min(nq);
        // The reflectors as the factorization leaves them: nq x k (QL) or k x nq.
        let (fm, fn_) = if kind == Kind::Ql { (nq, k) } else { (k, nq) };
        let mut a = M::<T>::random(fm, fn_, 2, &mut rng);
        let mut tau = vec![T::zero(); k];
        factor(kind, &mut a, &mut tau, 0);
        let mut q = M::<T>::zeros(nq, nq, 0);
        load(kind, &a, &mut q, k);
        generate(kind, &mut q, &tau, 0);
        let c0 = M::<T>::random(m, n, 1, &mut rng);
        for trans in [Trans::No, Trans::ConjTrans, Trans::Trans] {
            if T::IS_COMPLEX && trans == Trans::Trans {
                continue;
            }
            let h = trans != Trans::No;
            let opq = |i: usize, j: usize| if h { q.get(j, i).conj() } else { q.get(i, j) };
            for nbx in [0, nb] {
                let mut c = c0.clone_m();
                apply(kind, side, trans, a.rview(), &tau, &mut c, nbx);
                for j in 0..n {
                    for i in 0..m {
                        let mut s = c64::new(0.0, 0.0);
                        for l in 0..nq {
                            s += match side {
                                Side::Left => opq(i, l) * c0.get(l, j),
                                Side::Right => c0.get(i, l) * opq(l, j),
                            };
                        }
                        let r = cabs(c.get(i, j) - s);
                        let tol = 30.0 * (nq.max(1) as f64) * eps::<T>();
                        assert!(
                            r <= tol,
                            "{} {kind:?} {side:?} {trans:?}: op(Q) C at ({i},{j}) off by {r:e}, m={m} n={n} k={k} nb={nbx}",
                            T::PREFIX
                        );
                    }
                }
            }
        }
    }
}

fn shapes<T: TestScalar>(kind: Kind) {
    let mut seed = 1;
    for &(m, n) in &[
        (0, 0),
        (0, 3),
        (3, 0),
        (1, 1),
        (1, 4),
        (4, 1),
        (2, 3),
        (3, 2),
        (5, 5),
        (7, 4),
        (4, 7),
        (19, 11),
        (11, 19),
        (40, 37),
    ] {
        for nb in [0, 2, 3, 8, 64] {
            check_factor::<T>(kind, m, n, nb, seed);
            seed += 1;
        }
    }
    for &(m, n, k) in &[(0, 3, 2), (3, 0, 2), (1, 1, 1), (4, 3, 2), (3, 5, 3), (9, 7, 5), (21, 17, 13)] {
        for nb in [2, 4] {
            check_apply::<T>(kind, m, n, k, nb, seed);
            seed += 1;
        }
    }
}

mod residual {
    use super::*;

    macro_rules! tests {
        ($($name:ident: $kind:expr, $t:ty;)*) => {$(
            #[test]
            fn $name() {
                shapes::<$t>($kind);
            }
        )*};
    }

    tests! {
        ql_f32: Kind::Ql, f32;
        ql_f64: Kind::Ql, f64;
        ql_c32: Kind::Ql, c32;
        ql_c64: Kind::Ql, c64;
        lq_f32: Kind::Lq, f32;
        lq_f64: Kind::Lq, f64;
        lq_c32: Kind::Lq, c32;
        lq_c64: Kind::Lq, c64;
        rq_f32: Kind::Rq, f32;
        rq_f64: Kind::Rq, f64;
        rq_c32: Kind::Rq, c32;
        rq_c64: Kind::Rq, c64;
    }
}
