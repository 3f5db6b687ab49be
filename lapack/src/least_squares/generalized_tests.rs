//! The generalized factorizations reconstruct A and B; the constrained
//! solvers against the KKT systems solved in a c64 oracle; singular factors.

#![allow(clippy::needless_range_loop)]

use super::*;
use crate::condition::testutil::{cabs, Rng, TestScalar};
use crate::qr::{ormqr_with, ormrq_with};
use ferroblas_kernels::{c32, c64};
use ferroblas_relapack::WorkBuffer;

/// A column-major `r x c` matrix with leading dimension `r + 2`.
struct M<T> {
    r: usize,
    c: usize,
    s: Vec<T>,
}

impl<T: TestScalar> M<T> {
    fn ld(&self) -> usize {
        self.r + 2
    }
    fn zeros(r: usize, c: usize) -> Self {
        M { r, c, s: vec![T::zero(); (r + 2) * c.max(1)] }
    }
    fn random(r: usize, c: usize, rng: &mut Rng) -> Self {
        let mut a = Self::zeros(r, c);
        let ld = a.ld();
        for j in 0..c {
            for i in 0..r {
                a.s[i + j * ld] = rng.scalar();
            }
        }
        a
    }
    fn get(&self, i: usize, j: usize) -> T {
        self.s[i + j * self.ld()]
    }
    fn set(&mut self, i: usize, j: usize, v: T) {
        let ld = self.ld();
        self.s[i + j * ld] = v;
    }
    fn view(&mut self) -> MatMut<'_, T> {
        let (r, c, ld) = (self.r, self.c, self.ld());
        MatMut::from_col_major(&mut self.s, r, c, ld)
    }
    fn cview(&self) -> MatRef<'_, T> {
        MatRef::from_col_major(&self.s, self.r, self.c, self.ld())
    }
    /// The elements with `j - i >= off` only.
    fn band(&self, off: isize) -> Self {
        let mut t = Self::zeros(self.r, self.c);
        for j in 0..self.c {
            for i in 0..self.r {
                if j as isize - i as isize >= off {
                    t.set(i, j, self.get(i, j));
                }
            }
        }
        t
    }
    fn maxabs(&self) -> f64 {
        let mut x = 0.0f64;
        for j in 0..self.c {
            for i in 0..self.r {
                x = x.max(cabs(self.get(i, j).to_c64()));
            }
        }
        x
    }
    fn dist(&self, o: &Self) -> f64 {
        let mut x = 0.0f64;
        for j in 0..self.c {
            for i in 0..self.r {
                x = x.max(cabs(self.get(i, j).to_c64() - o.get(i, j).to_c64()));
            }
        }
        x
    }
}

fn eps<T: TestScalar>() -> f64 {
    if std::mem::size_of::<T::Real>() == 4 {
        f32::EPSILON as f64
    } else {
        f64::EPSILON
    }
}

fn buf<T: Scalar>(req: WorkReq, small: bool, elems: usize) -> WorkBuffer {
    if small {
        WorkBuffer::new(WorkReq::new::<T>(elems.max(1)))
    } else {
        WorkBuffer::new(req)
    }
}

const SIZES: [usize; 5] = [0, 1, 2, 3, 5];

fn ggqrf_case<T: TestScalar>(n: usize, m: usize, p: usize, nb: usize, small: bool, rng: &mut Rng) {
    let a0 = M::<T>::random(n, m, rng);
    let b0 = M::<T>::random(n, p, rng);
    let (mut a, mut b) = (M { r: n, c: m, s: a0.s.clone() }, M { r: n, c: p, s: b0.s.clone() });
    let (mut ta, mut tb) = (vec![T::zero(); n.min(m)], vec![T::zero(); n.min(p)]);
    let mut w = buf::<T>(ggqrf_req_with::<T>(n, m, p, nb), small, n.max(m).max(p));
    ggqrf_with(a.view(), &mut ta, b.view(), &mut tb, Par::Seq, w.workspace(), nb);
    let mut big = WorkBuffer::new(WorkReq::new::<T>(4096));
    // Q R = A.
    let mut r = a.band(0);
    ormqr_with(Side::Left, Trans::No, a.cview(), &ta, r.view(), Par::Seq, big.workspace(), 1);
    let tol = 50.0 * eps::<T>() * (n + m + p + 1) as f64;
    assert!(r.dist(&a0) <= tol * a0.maxabs().max(1.0), "ggqrf A: n={n} m={m} p={p} nb={nb}");
    // Q T Z = B.
    let kb = n.min(p);
    let mut t = b.band(p as isize - n as isize);
    let v = b.cview().submatrix(n - kb, 0, kb, p);
    ormrq_with(Side::Right, Trans::No, v, &tb, t.view(), Par::Seq, big.workspace(), 1);
    ormqr_with(Side::Left, Trans::No, a.cview(), &ta, t.view(), Par::Seq, big.workspace(), 1);
    assert!(t.dist(&b0) <= tol * b0.maxabs().max(1.0), "ggqrf B: n={n} m={m} p={p} nb={nb}");
}

fn ggrqf_case<T: TestScalar>(m: usize, p: usize, n: usize, nb: usize, small: bool, rng: &mut Rng) {
    let a0 = M::<T>::random(m, n, rng);
    let b0 = M::<T>::random(p, n, rng);
    let (mut a, mut b) = (M { r: m, c: n, s: a0.s.clone() }, M { r: p, c: n, s: b0.s.clone() });
    let (mut ta, mut tb) = (vec![T::zero(); m.min(n)], vec![T::zero(); p.min(n)]);
    let mut w = buf::<T>(ggrqf_req_with::<T>(m, p, n, nb), small, n.max(m).max(p));
    ggrqf_with(a.view(), &mut ta, b.view(), &mut tb, Par::Seq, w.workspace(), nb);
    let mut big = WorkBuffer::new(WorkReq::new::<T>(4096));
    let ka = m.min(n);
    let v = a.cview().submatrix(m - ka, 0, ka, n);
    // R Q = A.
    let mut r = a.band(n as isize - m as isize);
    ormrq_with(Side::Right, Trans::No, v, &ta, r.view(), Par::Seq, big.workspace(), 1);
    let tol = 50.0 * eps::<T>() * (n + m + p + 1) as f64;
    assert!(r.dist(&a0) <= tol * a0.maxabs().max(1.0), "ggrqf A: m={m} p={p} n={n} nb={nb}");
    // Z T Q = B.
    let mut t = b.band(0);
    ormqr_with(Side::Left, Trans::No, b.cview(), &tb, t.view(), Par::Seq, big.workspace(), 1);
    ormrq_with(Side::Right, Trans::No, v, &ta, t.view(), Par::Seq, big.workspace(), 1);
    assert!(t.dist(&b0) <= tol * b0.maxabs().max(1.0), "ggrqf B: m={m} p={p} n={n} nb={nb}");
}

/// Solves the square system `k x = r` in c64 by Gaussian elimination with
/// partial pivoting.
fn solve(mut k: Vec<Vec<c64>>, mut r: Vec<c64>) -> Vec<c64> {
    let n = r.len();
    for c in 0..n {
        let piv = (c..n).max_by(|&i, &j| cabs(k[i][c]).partial_cmp(&cabs(k[j][c])).unwrap()).unwrap();
        k.swap(c, piv);
        r.swap(c, piv);
        for i in c + 1..n {
            let f = k[i][c] / k[c][c];
            for j in c..n {
                let v = k[c][j];
                k[i][j] -= f * v;
            }
            let v = r[c];
            r[i] -= f * v;
        }
    }
    let mut x = vec![c64::new(0.0, 0.0); n];
    for i in (0..n).rev() {
        let mut s = r[i];
        for j in i + 1..n {
            s -= k[i][j] * x[j];
        }
        x[i] = s / k[i][i];
    }
    x
}

fn c(z: impl TestScalar) -> c64 {
    z.to_c64()
}

fn gglse_case<T: TestScalar>(m: usize, n: usize, p: usize, nb: usize, small: bool, rng: &mut Rng) {
    let a0 = M::<T>::random(m, n, rng);
    let b0 = M::<T>::random(p, n, rng);
    let c0: Vec<T> = (0..m).map(|_| rng.scalar()).collect();
    let d0: Vec<T> = (0..p).map(|_| rng.scalar()).collect();
    let (mut a, mut b) = (M { r: m, c: n, s: a0.s.clone() }, M { r: p, c: n, s: b0.s.clone() });
    let (mut cc, mut dd, mut x) = (c0.clone(), d0.clone(), vec![T::zero(); n]);
    let mut w = buf::<T>(gglse_req_with::<T>(m, n, p, nb), small, m + n + p);
    gglse_with(a.view(), b.view(), &mut cc, &mut dd, &mut x, Par::Seq, w.workspace(), nb)
        .unwrap_or_else(|e| panic!("gglse m={m} n={n} p={p}: {e:?}"));
    // The KKT system [A^H A  B^H; B  0] (x; l) = (A^H c; d).
    let k = n + p;
    let mut kk = vec![vec![c64::new(0.0, 0.0); k]; k];
    let mut rhs = vec![c64::new(0.0, 0.0); k];
    for i in 0..n {
        for j in 0..n {
            kk[i][j] = (0..m).map(|l| c(a0.get(l, i)).conj() * c(a0.get(l, j))).sum();
        }
        for j in 0..p {
            kk[i][n + j] = c(b0.get(j, i)).conj();
            kk[n + j][i] = c(b0.get(j, i));
        }
        rhs[i] = (0..m).map(|l| c(a0.get(l, i)).conj() * c(c0[l])).sum();
    }
    for j in 0..p {
        rhs[n + j] = c(d0[j]);
    }
    let want = solve(kk, rhs);
    let tol = 2e3 * eps::<T>() * (k + 1) as f64;
    for i in 0..n {
        assert!(
            cabs(c(x[i]) - want[i]) <= tol * (1.0 + cabs(want[i])),
            "gglse x m={m} n={n} p={p} nb={nb} small={small}"
        );
    }
    // B x = d closely; the residual's norm from c's tail.
    for j in 0..p {
        let bx: c64 = (0..n).map(|l| c(b0.get(j, l)) * c(x[l])).sum();
        assert!(cabs(bx - c(d0[j])) <= 50.0 * eps::<T>() * (n + 1) as f64 * 4.0, "gglse Bx=d m={m} n={n} p={p}");
    }
    let res2: f64 =
        (0..m).map(|i| cabs(c(c0[i]) - (0..n).map(|l| c(a0.get(i, l)) * c(x[l])).sum::<c64>()).powi(2)).sum();
    let tail2: f64 = cc[n - p..m].iter().map(|z| cabs(c(*z)).powi(2)).sum();
    assert!((res2.sqrt() - tail2.sqrt()).abs() <= tol * (1.0 + res2.sqrt()), "gglse residual m={m} n={n} p={p}");
}

fn ggglm_case<T: TestScalar>(n: usize, m: usize, p: usize, nb: usize, small: bool, rng: &mut Rng) {
    let a0 = M::<T>::random(n, m, rng);
    let b0 = M::<T>::random(n, p, rng);
    let d0: Vec<T> = (0..n).map(|_| rng.scalar()).collect();
    let (mut a, mut b) = (M { r: n, c: m, s: a0.s.clone() }, M { r: n, c: p, s: b0.s.clone() });
    let (mut dd, mut x, mut y) = (d0.clone(), vec![T::one(); m], vec![T::one(); p]);
    let mut w = buf::<T>(ggglm_req_with::<T>(n, m, p, nb), small, n + m + p);
    ggglm_with(a.view(), b.view(), &mut dd, &mut x, &mut y, Par::Seq, w.workspace(), nb)
        .unwrap_or_else(|e| panic!("ggglm n={n} m={m} p={p}: {e:?}"));
    // y = B^H u with [B B^H  A; A^H  0] (u; x) = (d; 0).
    let k = n + m;
    let mut kk = vec![vec![c64::new(0.0, 0.0); k]; k];
    let mut rhs = vec![c64::new(0.0, 0.0); k];
    for i in 0..n {
        for j in 0..n {
            kk[i][j] = (0..p).map(|l| c(b0.get(i, l)) * c(b0.get(j, l)).conj()).sum();
        }
        for j in 0..m {
            kk[i][n + j] = c(a0.get(i, j));
            kk[n + j][i] = c(a0.get(i, j)).conj();
        }
        rhs[i] = c(d0[i]);
    }
    let sol = solve(kk, rhs);
    let tol = 2e3 * eps::<T>() * (k + 1) as f64;
    for j in 0..m {
        assert!(cabs(c(x[j]) - sol[n + j]) <= tol * (1.0 + cabs(sol[n + j])), "ggglm x n={n} m={m} p={p} nb={nb}");
    }
    for j in 0..p {
        let yj: c64 = (0..n).map(|l| c(b0.get(l, j)).conj() * sol[l]).sum();
        assert!(cabs(c(y[j]) - yj) <= tol * (1.0 + cabs(yj)), "ggglm y n={n} m={m} p={p} nb={nb}");
    }
    // d = A x + B y.
    for i in 0..n {
        let r: c64 = (0..m).map(|l| c(a0.get(i, l)) * c(x[l])).sum::<c64>()
            + (0..p).map(|l| c(b0.get(i, l)) * c(y[l])).sum::<c64>();
        assert!(cabs(r - c(d0[i])) <= tol, "ggglm d=Ax+By n={n} m={m} p={p}");
    }
}

fn singular<T: TestScalar>(rng: &mut Rng) {
    // gglse: a zero row of B -> T12 singular (1); A zero -> R11 singular (2).
    let (m, n, p) = (4, 3, 2);
    let mut a = M::<T>::random(m, n, rng);
    let mut b = M::<T>::random(p, n, rng);
    for j in 0..n {
        b.set(1, j, T::zero());
    }
    let (mut cc, mut dd, mut x) = (vec![T::one(); m], vec![T::one(); p], vec![T::zero(); n]);
    let mut w = WorkBuffer::new(gglse_req::<T>(m, n, p));
    assert_eq!(gglse(a.view(), b.view(), &mut cc, &mut dd, &mut x, Par::Seq, w.workspace()), Err(Info::new(1)));
    let mut a = M::<T>::zeros(m, n);
    let mut b = M::<T>::random(p, n, rng);
    assert_eq!(gglse(a.view(), b.view(), &mut cc, &mut dd, &mut x, Par::Seq, w.workspace()), Err(Info::new(2)));
    // ggglm: B zero -> T22 singular (1); A with a zero column -> R11 (2).
    let (n, m, p) = (4, 2, 3);
    let mut a = M::<T>::random(n, m, rng);
    let mut b = M::<T>::zeros(n, p);
    let (mut dd, mut x, mut y) = (vec![T::one(); n], vec![T::zero(); m], vec![T::zero(); p]);
    let mut w = WorkBuffer::new(ggglm_req::<T>(n, m, p));
    assert_eq!(ggglm(a.view(), b.view(), &mut dd, &mut x, &mut y, Par::Seq, w.workspace()), Err(Info::new(1)));
    let mut a = M::<T>::random(n, m, rng);
    for i in 0..n {
        a.set(i, 1, T::zero());
    }
    let mut b = M::<T>::random(n, p, rng);
    assert_eq!(ggglm(a.view(), b.view(), &mut dd, &mut x, &mut y, Par::Seq, w.workspace()), Err(Info::new(2)));
    // NaN input ends (any INFO, no panic or hang).
    let mut a = M::<T>::random(n, m, rng);
    a.set(0, 0, T::from_c64(c64::new(f64::NAN, 0.0)));
    let mut b = M::<T>::random(n, p, rng);
    let _ = ggglm(a.view(), b.view(), &mut dd, &mut x, &mut y, Par::Seq, w.workspace());
}

fn all<T: TestScalar>() {
    let mut rng = Rng::new(0x9e37);
    for &x in &SIZES {
        for &y in &SIZES {
            for &z in &SIZES {
                for (nb, small) in [(BLOCK, false), (2, false), (BLOCK, true)] {
                    ggqrf_case::<T>(x, y, z, nb, small, &mut rng);
                    ggrqf_case::<T>(x, y, z, nb, small, &mut rng);
                    // gglse: m = x, n = y, p = z with p <= n <= m + p.
                    if z <= y && y <= x + z {
                        gglse_case::<T>(x, y, z, nb, small, &mut rng);
                    }
                    // ggglm: n = x, m = y, p = z with m <= n <= m + p.
                    if y <= x && x <= y + z {
                        ggglm_case::<T>(x, y, z, nb, small, &mut rng);
                    }
                }
            }
        }
    }
    singular::<T>(&mut rng);
}

mod residual {
    use super::*;

    #[test]
    fn generalized_f32() {
        all::<f32>();
    }
    #[test]
    fn generalized_f64() {
        all::<f64>();
    }
    #[test]
    fn generalized_c32() {
        all::<c32>();
    }
    #[test]
    fn generalized_c64() {
        all::<c64>();
    }
}
