//! Residual tests of the bidiagonal reduction in c64 oracles: `|A - Q B
//! P^H| / (max(m, n) eps |A|)`, `|I - Q^H Q|`, `|I - P^H P|`, blocked and
//! unblocked, every shape; `?ormbr` against the explicit products.

#![allow(clippy::needless_range_loop)]

use super::*;
use crate::condition::testutil::{cabs, Rng, TestScalar};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{c32, c64, MatMut, Side, Trans};
use ferroblas_relapack::{Par, WorkBuffer, WorkReq};

/// A column-major `m x n` matrix with leading dimension `m + pad`.
#[derive(Clone)]
pub(super) struct M<T> {
    pub m: usize,
    pub n: usize,
    pub ld: usize,
    pub d: Vec<T>,
}

impl<T: TestScalar> M<T> {
    pub fn random(m: usize, n: usize, pad: usize, rng: &mut Rng) -> Self {
        let ld = (m + pad).max(1);
        let d = (0..ld * n.max(1)).map(|_| rng.scalar()).collect();
        M { m, n, ld, d }
    }
    pub fn zeros(m: usize, n: usize, pad: usize) -> Self {
        let ld = (m + pad).max(1);
        M { m, n, ld, d: vec![T::zero(); ld * n.max(1)] }
    }
    pub fn get(&self, i: usize, j: usize) -> c64 {
        self.d[i + j * self.ld].to_c64()
    }
    pub fn raw(&self, i: usize, j: usize) -> T {
        self.d[i + j * self.ld]
    }
    pub fn set(&mut self, i: usize, j: usize, v: T) {
        self.d[i + j * self.ld] = v;
    }
    pub fn view(&mut self) -> MatMut<'_, T> {
        MatMut::from_col_major(&mut self.d, self.m, self.n, self.ld)
    }
    pub fn to_c(&self) -> Vec<Vec<c64>> {
        (0..self.m).map(|i| (0..self.n).map(|j| self.get(i, j)).collect()).collect()
    }
    pub fn norm1(&self) -> f64 {
        (0..self.n).map(|j| (0..self.m).map(|i| cabs(self.get(i, j))).sum::<f64>()).fold(0.0, f64::max)
    }
}

pub(super) fn eps<T: Scalar>() -> f64 {
    T::Real::EPSILON.to_f64()
}

pub(super) fn buf(elems: usize) -> WorkBuffer {
    WorkBuffer::new(WorkReq::new::<f64>(2 * elems.max(1) + 64))
}

pub(super) fn matmul(a: &[Vec<c64>], b: &[Vec<c64>]) -> Vec<Vec<c64>> {
    let (m, k) = (a.len(), b.len());
    let n = if k == 0 { 0 } else { b[0].len() };
    let mut c = vec![vec![c64::new(0.0, 0.0); n]; m];
    for i in 0..m {
        for l in 0..k {
            let x = a[i][l];
            for j in 0..n {
                c[i][j] += x * b[l][j];
            }
        }
    }
    c
}

pub(super) fn adjoint(a: &[Vec<c64>], rows: usize, cols: usize) -> Vec<Vec<c64>> {
    (0..cols).map(|j| (0..rows).map(|i| a[i][j].conj()).collect()).collect()
}

/// The one-norm of `a - b`.
pub(super) fn diff1(a: &[Vec<c64>], b: &[Vec<c64>]) -> f64 {
    let m = a.len();
    let n = if m == 0 { 0 } else { a[0].len() };
    (0..n).map(|j| (0..m).map(|i| cabs(a[i][j] - b[i][j])).sum::<f64>()).fold(0.0, f64::max)
}

/// `|I - X^H X| / (n eps)` for the `r x c` matrix `x` (orthonormal columns, `r >= c`).
pub(super) fn orth_cols(x: &[Vec<c64>], r: usize, c: usize, eps: f64) -> f64 {
    let g = matmul(&adjoint(x, r, c), x);
    let id: Vec<Vec<c64>> =
        (0..c).map(|i| (0..c).map(|j| c64::new(if i == j { 1.0 } else { 0.0 }, 0.0)).collect()).collect();
    diff1(&g, &id) / (r.max(1) as f64 * eps)
}

/// What a reduction produced: Q (`m x q`), `P^H` (`q x n`) and B (`q x q`), `q = min(m, n)`.
struct Reduced {
    q: Vec<Vec<c64>>,
    ph: Vec<Vec<c64>>,
    b: Vec<Vec<c64>>,
}

/// Reduces `a` (nb = 0: [`gebd2`]; else blocked with panels `nb` and crossover `nb`),
/// checks the stored B against `d`, `e`, and forms Q and `P^H` by [`orgbr`].
/// A reduction's factors, `d`, `e`, `tauq` and `taup`.
type Reduction<T> = (Reduced, Vec<<T as Scalar>::Real>, Vec<<T as Scalar>::Real>, Vec<T>, Vec<T>);

fn reduce<T: TestScalar>(a: &mut M<T>, nb: usize) -> Reduction<T> {
    let (m, n) = (a.m, a.n);
    let k = m.min(n);
    let mut d = vec![T::Real::zero(); k];
    let mut e = vec![T::Real::zero(); k.saturating_sub(1).max(1)];
    let mut tauq = vec![T::zero(); k];
    let mut taup = vec![T::zero(); k];
    let mut w = buf((m + n) * nb.max(1) + m + n);
    if nb == 0 {
        let mut ws = vec![T::zero(); m.max(n)];
        gebd2(a.view(), &mut d, &mut e, &mut tauq, &mut taup, &mut ws);
    } else {
        gebrd_nx(a.view(), &mut d, &mut e, &mut tauq, &mut taup, Par::Seq, w.workspace(), nb, nb);
    }
    // B on A's diagonals.
    for i in 0..k {
        assert_eq!(a.raw(i, i), T::from_real(d[i]), "d[{i}] not on the diagonal");
        if i + 1 < k {
            let (r, c) = if m >= n { (i, i + 1) } else { (i + 1, i) };
            assert_eq!(a.raw(r, c), T::from_real(e[i]), "e[{i}] not on the off-diagonal");
        }
    }
    // Q: m x k from the first k columns; P^H: k x n from the first k rows.
    let mut q = M::<T>::zeros(m, k, 1);
    for j in 0..k {
        for i in 0..m {
            q.set(i, j, a.raw(i, j));
        }
    }
    orgbr(Vect::Q, n, q.view(), &tauq, Par::Seq, w.workspace());
    let mut ph = M::<T>::zeros(k, n, 2);
    for j in 0..n {
        for i in 0..k {
            ph.set(i, j, a.raw(i, j));
        }
    }
    orgbr(Vect::P, m, ph.view(), &taup, Par::Seq, w.workspace());
    let mut b = vec![vec![c64::new(0.0, 0.0); k]; k];
    for i in 0..k {
        b[i][i] = c64::new(d[i].to_f64(), 0.0);
        if i + 1 < k {
            let v = c64::new(e[i].to_f64(), 0.0);
            if m >= n {
                b[i][i + 1] = v;
            } else {
                b[i + 1][i] = v;
            }
        }
    }
    (Reduced { q: q.to_c(), ph: ph.to_c(), b }, d, e, tauq, taup)
}

fn check_gebrd<T: TestScalar>(m: usize, n: usize, pad: usize, nb: usize, seed: u64) {
    let mut rng = Rng::new(seed);
    let a0 = M::<T>::random(m, n, pad, &mut rng);
    let mut a = a0.clone();
    let (r, ..) = reduce(&mut a, nb);
    let k = m.min(n);
    let eps = eps::<T>();
    let qbp = matmul(&matmul(&r.q, &r.b), &r.ph);
    let anorm = a0.norm1().max(f64::MIN_POSITIVE);
    let res = if k == 0 { 0.0 } else { diff1(&a0.to_c(), &qbp) / (anorm * m.max(n) as f64 * eps) };
    let oq = orth_cols(&r.q, m, k, eps);
    let op = orth_cols(&adjoint(&r.ph, k, n), n, k, eps);
    assert!(
        res < 30.0 && oq < 30.0 && op < 30.0,
        "gebrd {m}x{n} nb={nb}: residual {res}, |I-Q^HQ| {oq}, |I-PP^H| {op}"
    );
    // Padding untouched.
    for j in 0..n {
        for i in m..a.ld {
            assert_eq!(a.raw(i, j), a0.raw(i, j), "gebrd wrote the padding");
        }
    }
}

fn gebrd_all<T: TestScalar>() {
    let shapes =
        [(0, 0), (0, 3), (3, 0), (1, 1), (1, 4), (4, 1), (2, 2), (3, 3), (5, 3), (3, 5), (7, 7), (9, 4), (4, 9)];
    for (s, &(m, n)) in shapes.iter().enumerate() {
        for nb in [0, 2] {
            check_gebrd::<T>(m, n, 1, nb, 10 + s as u64);
        }
    }
    // Several panels, and a ragged last one.
    for &(m, n, nb) in &[(20, 13, 3), (13, 20, 3), (17, 17, 4), (30, 8, 2), (8, 30, 2), (12, 11, 5)] {
        check_gebrd::<T>(m, n, 2, nb, 99 + (m * n) as u64);
    }
}

/// Full square Q (`m x m`) and P (`n x n`) of the reduction of `a`.
fn full_q_p<T: TestScalar>(a: &M<T>, tauq: &[T], taup: &[T]) -> (Vec<Vec<c64>>, Vec<Vec<c64>>) {
    let (m, n) = (a.m, a.n);
    let k = m.min(n);
    let mut w = buf(m * m + n * n + 64 * (m + n));
    let mut q = M::<T>::zeros(m, m, 0);
    for j in 0..k.min(m) {
        for i in 0..m {
            q.set(i, j, a.raw(i, j));
        }
    }
    orgbr(Vect::Q, n, q.view(), &tauq[..k.min(m)], Par::Seq, w.workspace());
    let mut ph = M::<T>::zeros(n, n, 0);
    for j in 0..n {
        for i in 0..k.min(n) {
            ph.set(i, j, a.raw(i, j));
        }
    }
    orgbr(Vect::P, m, ph.view(), &taup[..k.min(n)], Par::Seq, w.workspace());
    let p = adjoint(&ph.to_c(), n, n);
    (q.to_c(), p)
}

fn check_ormbr<T: TestScalar>(m: usize, n: usize, nb: usize, seed: u64) {
    let mut rng = Rng::new(seed);
    let mut a = M::<T>::random(m, n, 1, &mut rng);
    let (_, _, _, tauq, taup) = reduce(&mut a, 2);
    let (q, p) = full_q_p(&a, &tauq, &taup);
    let eps = eps::<T>();
    for vect in [Vect::Q, Vect::P] {
        // Q is m x m (the reduced matrix has k = n columns); P is n x n (k = m rows).
        let (nq, k, x) = match vect {
            Vect::Q => (m, n, &q),
            Vect::P => (n, m, &p),
        };
        for side in [Side::Left, Side::Right] {
            for trans in [Trans::No, Trans::ConjTrans, Trans::Trans] {
                if trans == Trans::Trans && T::IS_COMPLEX {
                    continue;
                }
                let other = 3;
                let (cm, cn) = if side == Side::Left { (nq, other) } else { (other, nq) };
                let c0 = M::<T>::random(cm, cn, 1, &mut rng);
                let mut c = c0.clone();
                let av = MatMut::from_col_major(&mut a.d, a.m, a.n, a.ld);
                let av = av.into_ref();
                let refl = match vect {
                    Vect::Q => av.submatrix(0, 0, nq, nq.min(k)),
                    Vect::P => av.submatrix(0, 0, nq.min(k), nq),
                };
                let mut w = buf(64 * (cm + cn) + 64 * 64);
                ormbr_with(
                    vect,
                    side,
                    trans,
                    k,
                    refl,
                    &tau_of(vect, &tauq, &taup)[..nq.min(k)],
                    c.view(),
                    Par::Seq,
                    w.workspace(),
                    nb,
                );
                let opx = if trans == Trans::No { x.clone() } else { adjoint(x, nq, nq) };
                let want = if side == Side::Left { matmul(&opx, &c0.to_c()) } else { matmul(&c0.to_c(), &opx) };
                let r = diff1(&c.to_c(), &want) / ((c0.norm1() + 1e-300) * nq.max(1) as f64 * eps);
                assert!(r < 30.0, "ormbr {vect:?} {side:?} {trans:?} {m}x{n} nb={nb}: {r}");
            }
        }
    }
}

fn tau_of<'a, T>(vect: Vect, tauq: &'a [T], taup: &'a [T]) -> &'a [T] {
    match vect {
        Vect::Q => tauq,
        Vect::P => taup,
    }
}

fn ormbr_all<T: TestScalar>() {
    for (s, &(m, n)) in [(1, 1), (3, 3), (5, 3), (3, 5), (6, 2), (2, 6), (8, 8), (1, 4), (4, 1)].iter().enumerate() {
        for nb in [1, 2, 64] {
            check_ormbr::<T>(m, n, nb, 500 + s as u64);
        }
    }
}

fn nan_no_hang<T: TestScalar>() {
    for (m, n) in [(6, 4), (4, 6), (40, 40)] {
        let mut rng = Rng::new(7);
        let mut a = M::<T>::random(m, n, 0, &mut rng);
        a.set(1, 1, T::from_c64(c64::new(f64::NAN, 0.0)));
        let k = m.min(n);
        let mut d = vec![T::Real::zero(); k];
        let mut e = vec![T::Real::zero(); k];
        let mut tq = vec![T::zero(); k];
        let mut tp = vec![T::zero(); k];
        let mut w = buf((m + n) * 8);
        gebrd_nx(a.view(), &mut d, &mut e, &mut tq, &mut tp, Par::Seq, w.workspace(), 4, 4);
        assert!(d.iter().any(|x| x.is_nan()), "NaN lost");
    }
}

mod residual {
    use super::*;

    #[test]
    fn gebrd_orgbr_residuals() {
        gebrd_all::<f32>();
        gebrd_all::<f64>();
        gebrd_all::<c32>();
        gebrd_all::<c64>();
    }

    #[test]
    fn ormbr_matches_explicit() {
        ormbr_all::<f32>();
        ormbr_all::<f64>();
        ormbr_all::<c32>();
        ormbr_all::<c64>();
    }

    #[test]
    fn gebrd_nan_no_hang() {
        nan_no_hang::<f64>();
        nan_no_hang::<c32>();
    }

    #[test]
    fn gebrd_blocked_equals_unblocked_closely() {
        // The blocked and unblocked reductions compute the same B up to rounding.
        let mut rng = Rng::new(3);
        let a0 = M::<f64>::random(23, 17, 1, &mut rng);
        let (mut a1, mut a2) = (a0.clone(), a0.clone());
        let (_, d1, e1, ..) = reduce(&mut a1, 0);
        let (_, d2, e2, ..) = reduce(&mut a2, 4);
        for i in 0..17 {
            assert!((d1[i] - d2[i]).abs() < 1e-12 * a0.norm1(), "d[{i}] {} vs {}", d1[i], d2[i]);
        }
        for i in 0..16 {
            assert!((e1[i] - e2[i]).abs() < 1e-12 * a0.norm1(), "e[{i}]");
        }
    }
}
