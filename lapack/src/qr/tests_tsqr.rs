//! Residual tests of the tall-skinny QR and short-wide LQ drivers
//! (`?geqr`/`?gemqr`, `?gelq`/`?gemlq`, through `?latsqr`/`?lamtsqr` and
//! `?laswlq`/`?lamswlq` when the blocks walk): `|A - Q R|`, `Q^H A = [R; 0]`,
//! `|I - Q1^H Q1|` for Q's leading part, and every `op(Q)` from both sides
//! against that part and as round trips.

#![allow(clippy::needless_range_loop)]

use super::*;
use crate::condition::testutil::{cabs, Rng, TestScalar};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{c32, c64, MatMut, MatRef, Side, Trans};
use ferroblas_relapack::Par;

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
    fn diff(&self, o: &M<T>) -> f64 {
        let mut e = 0.0f64;
        for j in 0..self.n {
            for i in 0..self.m {
                e = e.max(cabs(self.get(i, j) - o.get(i, j)));
            }
        }
        e
    }
}

fn eps<T: Scalar>() -> f64 {
    T::Real::EPSILON.to_f64()
}

fn ct<T: Scalar>() -> Trans {
    if T::IS_COMPLEX {
        Trans::ConjTrans
    } else {
        Trans::Trans
    }
}

/// `a^H b` (`a` is `p x r`, `b` `p x s`) in c64.
fn gram<T: TestScalar>(a: &M<T>, b: &M<T>) -> Vec<Vec<c64>> {
    (0..a.n)
        .map(|i| {
            (0..b.n).map(|j| (0..a.m).fold(c64::new(0.0, 0.0), |s, l| s + a.get(l, i).conj() * b.get(l, j))).collect()
        })
        .collect()
}

fn check_qr<T: TestScalar>(m: usize, n: usize, mb: usize, nb: usize, seed: u64) {
    let mut rng = Rng::new(seed);
    let a0 = M::<T>::random(m, n, 2, &mut rng);
    let mut a = a0.clone();
    let (_, nbx, blocks) = geqr_blocks(m, n, mb, nb);
    let mut t = vec![T::zero(); nbx * n * blocks + 5];
    let mut work = vec![T::zero(); (m + n + 3) * (mb + nb + 2)];
    geqr(a.view(), mb, nb, &mut t, Par::Seq, &mut work);
    let tag = format!("{} geqr m={m} n={n} mb={mb} nb={nb}", T::PREFIX);
    let k = m.min(n);
    let mut r = M::<T>::zeros(m, n, 1);
    for j in 0..n {
        for i in 0..=j.min(m.saturating_sub(1)) {
            if i < k || i <= j {
                r.set(i, j, a.d[i + j * a.ld]);
            }
        }
    }
    let scale = (0..n).flat_map(|j| (0..m).map(move |i| (i, j))).map(|(i, j)| cabs(a0.get(i, j))).fold(1.0, f64::max);
    let tol = 50.0 * (m.max(n) as f64) * eps::<T>();
    let v = a.clone();
    let apply = |side, trans, c: &mut M<T>, work: &mut [T]| {
        gemqr(side, trans, v.rview().submatrix(0, 0, m, k), &t, c.view(), Par::Seq, work)
    };
    // Q [R; 0] = A and Q^H A = [R; 0].
    let mut x = r.clone();
    apply(Side::Left, Trans::No, &mut x, &mut work);
    let e = x.diff(&a0);
    assert!(e <= tol * scale, "{tag}: |A - QR| = {e:e}");
    let mut y = a0.clone();
    apply(Side::Left, ct::<T>(), &mut y, &mut work);
    let e = y.diff(&r);
    assert!(e <= tol * scale, "{tag}: |Q^H A - R| = {e:e}");
    // Q's first k columns are orthonormal.
    let mut q1 = M::<T>::zeros(m, k, 3);
    for i in 0..k {
        q1.set(i, i, T::one());
    }
    apply(Side::Left, Trans::No, &mut q1, &mut work);
    let g = gram(&q1, &q1);
    for i in 0..k {
        for j in 0..k {
            let want = if i == j { 1.0 } else { 0.0 };
            assert!(cabs(g[i][j] - c64::new(want, 0.0)) <= tol, "{tag}: |I - Q1^H Q1|");
        }
    }
    // From the right: C Q's first k columns are C Q1; C Q Q^H = C, C Q^H Q = C.
    let c0 = M::<T>::random(3, m, 1, &mut rng);
    let mut c = c0.clone();
    apply(Side::Right, Trans::No, &mut c, &mut work);
    for j in 0..k {
        for i in 0..3 {
            let want = (0..m).fold(c64::new(0.0, 0.0), |s, l| s + c0.get(i, l) * q1.get(l, j));
            assert!(cabs(c.get(i, j) - want) <= tol * 4.0, "{tag}: C Q vs C Q1");
        }
    }
    apply(Side::Right, ct::<T>(), &mut c, &mut work);
    assert!(c.diff(&c0) <= tol * 4.0, "{tag}: C Q Q^H != C");
    apply(Side::Right, ct::<T>(), &mut c, &mut work);
    apply(Side::Right, Trans::No, &mut c, &mut work);
    assert!(c.diff(&c0) <= tol * 4.0, "{tag}: C Q^H Q != C");
}

fn check_lq<T: TestScalar>(m: usize, n: usize, mb: usize, nb: usize, seed: u64) {
    let mut rng = Rng::new(seed);
    let a0 = M::<T>::random(m, n, 2, &mut rng);
    let mut a = a0.clone();
    let (mbx, _, blocks) = gelq_blocks(m, n, mb, nb);
    let mut t = vec![T::zero(); mbx * m * blocks + 5];
    let mut work = vec![T::zero(); (m + n + 3) * (mb + nb + 2)];
    gelq(a.view(), mb, nb, &mut t, Par::Seq, &mut work);
    let tag = format!("{} gelq m={m} n={n} mb={mb} nb={nb}", T::PREFIX);
    let k = m.min(n);
    let mut l = M::<T>::zeros(m, n, 1);
    for j in 0..n {
        for i in j..m {
            l.set(i, j, a.d[i + j * a.ld]);
        }
    }
    let scale = (0..n).flat_map(|j| (0..m).map(move |i| (i, j))).map(|(i, j)| cabs(a0.get(i, j))).fold(1.0, f64::max);
    let tol = 50.0 * (m.max(n) as f64) * eps::<T>();
    let v = a.clone();
    let apply = |side, trans, c: &mut M<T>, work: &mut [T]| {
        gemlq(side, trans, v.rview().submatrix(0, 0, k, n), &t, c.view(), Par::Seq, work)
    };
    let mut x = l.clone();
    apply(Side::Right, Trans::No, &mut x, &mut work);
    let e = x.diff(&a0);
    assert!(e <= tol * scale, "{tag}: |A - LQ| = {e:e}");
    let mut y = a0.clone();
    apply(Side::Right, ct::<T>(), &mut y, &mut work);
    let e = y.diff(&l);
    assert!(e <= tol * scale, "{tag}: |A Q^H - L| = {e:e}");
    // Q's first k rows, as columns of their conjugate transpose: Q^H [I; 0].
    let mut q1h = M::<T>::zeros(n, k, 3);
    for i in 0..k {
        q1h.set(i, i, T::one());
    }
    apply(Side::Left, ct::<T>(), &mut q1h, &mut work);
    let g = gram(&q1h, &q1h);
    for i in 0..k {
        for j in 0..k {
            let want = if i == j { 1.0 } else { 0.0 };
            assert!(cabs(g[i][j] - c64::new(want, 0.0)) <= tol, "{tag}: |I - Q1 Q1^H|");
        }
    }
    // From the left: (Q C)'s first k rows are Q1 C; round trips.
    let c0 = M::<T>::random(n, 3, 1, &mut rng);
    let mut c = c0.clone();
    apply(Side::Left, Trans::No, &mut c, &mut work);
    for i in 0..k {
        for j in 0..3 {
            let want = (0..n).fold(c64::new(0.0, 0.0), |s, p| s + q1h.get(p, i).conj() * c0.get(p, j));
            assert!(cabs(c.get(i, j) - want) <= tol * 4.0, "{tag}: Q C vs Q1 C");
        }
    }
    apply(Side::Left, ct::<T>(), &mut c, &mut work);
    assert!(c.diff(&c0) <= tol * 4.0, "{tag}: Q^H Q C != C");
    apply(Side::Left, ct::<T>(), &mut c, &mut work);
    apply(Side::Left, Trans::No, &mut c, &mut work);
    assert!(c.diff(&c0) <= tol * 4.0, "{tag}: Q Q^H C != C");
}

fn all<T: TestScalar>(seed: u64) {
    for (m, n, mb, nb) in [
        (0, 0, 4, 1),
        (1, 1, 2, 1),
        (3, 2, 3, 1),
        (7, 2, 3, 2),
        (9, 3, 5, 2),
        (10, 3, 4, 3),
        (6, 6, 8, 2),
        (5, 8, 6, 2),
        (40, 5, 7, 2),
    ] {
        check_qr::<T>(m, n, mb, nb, seed + (m * 13 + n) as u64);
        // The LQ of the transposed shape, with the blocks' roles exchanged.
        check_lq::<T>(n, m, nb, mb, seed + (m * 17 + n) as u64);
    }
    check_qr::<T>(1000, 8, 20, 3, seed);
    check_lq::<T>(8, 1000, 3, 20, seed);
}

mod residual {
    use super::*;

    #[test]
    fn tsqr_f32() {
        all::<f32>(11);
    }
    #[test]
    fn tsqr_f64() {
        all::<f64>(12);
    }
    #[test]
    fn tsqr_c32() {
        all::<c32>(13);
    }
    #[test]
    fn tsqr_c64() {
        all::<c64>(14);
    }
}
