//! Test oracles for the condition estimators: small dense matrices, their
//! explicit inverses (in c64), and textbook LU and Cholesky factorizations.

#![allow(clippy::needless_range_loop)]

use ferroblas_kernels::enums::{Diag, Uplo};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::MatRef;
use ferroblas_kernels::{c32, c64};

/// `|z|` in c64 (num-complex's `norm` needs its std feature).
pub fn cabs(z: c64) -> f64 {
    z.re.hypot(z.im)
}

/// A scalar the oracles can widen to c64 and narrow back.
pub trait TestScalar: Scalar {
    fn to_c64(self) -> c64;
    fn from_c64(z: c64) -> Self;
}

impl TestScalar for f32 {
    fn to_c64(self) -> c64 {
        c64::new(self as f64, 0.0)
    }
    fn from_c64(z: c64) -> Self {
        z.re as f32
    }
}
impl TestScalar for f64 {
    fn to_c64(self) -> c64 {
        c64::new(self, 0.0)
    }
    fn from_c64(z: c64) -> Self {
        z.re
    }
}
impl TestScalar for c32 {
    fn to_c64(self) -> c64 {
        c64::new(self.re as f64, self.im as f64)
    }
    fn from_c64(z: c64) -> Self {
        c32::new(z.re as f32, z.im as f32)
    }
}
impl TestScalar for c64 {
    fn to_c64(self) -> c64 {
        self
    }
    fn from_c64(z: c64) -> Self {
        z
    }
}

/// A small deterministic generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    /// Uniform in [-1, 1).
    pub fn uniform(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let r = self.0.wrapping_mul(0x2545_F491_4F6C_DD1D);
        (r >> 11) as f64 / (1u64 << 52) as f64 - 1.0
    }
    /// A random scalar with parts in [-1, 1).
    pub fn scalar<T: TestScalar>(&mut self) -> T {
        let (re, im) = (self.uniform(), self.uniform());
        T::from_c64(c64::new(re, if T::IS_COMPLEX { im } else { 0.0 }))
    }
}

/// An n x n column-major matrix.
#[derive(Clone, Debug)]
pub struct Dense<T> {
    pub n: usize,
    pub a: Vec<T>,
}

impl<T: TestScalar> Dense<T> {
    pub fn zeros(n: usize) -> Self {
        Dense { n, a: vec![T::zero(); n * n] }
    }
    pub fn from_rows(rows: &[&[T]]) -> Self {
        let n = rows.len();
        let mut m = Self::zeros(n);
        for (i, r) in rows.iter().enumerate() {
            for (j, &v) in r.iter().enumerate() {
                m.set(i, j, v);
            }
        }
        m
    }
    /// Kinds: 0 random; 1 ill-conditioned (columns graded by `grade`);
    /// 2 diagonally dominant; 3 nearly singular (a column close to a
    /// combination of two others); 4 exactly singular (two equal columns,
    /// n >= 2); 5 random with a wide range of row scales.
    pub fn random(n: usize, rng: &mut Rng, kind: usize) -> Self {
        let mut m = Self::zeros(n);
        for v in m.a.iter_mut() {
            *v = rng.scalar();
        }
        let grade: f64 = if T::Real::EPSILON.to_f64() > 1e-10 { 1e-2 } else { 1e-5 };
        match kind {
            1 => {
                for j in 0..n {
                    let s = grade.powf(j as f64 / (n.max(2) - 1) as f64);
                    for i in 0..n {
                        m.set(i, j, m.get(i, j) * T::from_c64(c64::new(s, 0.0)));
                    }
                }
            }
            2 => {
                for j in 0..n {
                    m.set(j, j, m.get(j, j) + T::from_c64(c64::new(n as f64 + 1.0, 0.0)));
                }
            }
            3 if n >= 3 => {
                for i in 0..n {
                    let v = m.get(i, 0) + m.get(i, 1) + T::from_c64(c64::new(grade * 1e-2 * rng.uniform(), 0.0));
                    m.set(i, 2, v);
                }
            }
            4 if n >= 2 => {
                for i in 0..n {
                    m.set(i, n - 1, m.get(i, 0));
                }
            }
            5 => {
                for i in 0..n {
                    let s = T::from_c64(c64::new(10f64.powi((i % 4) as i32 - 2), 0.0));
                    for j in 0..n {
                        m.set(i, j, m.get(i, j) * s);
                    }
                }
            }
            _ => {}
        }
        m
    }
    pub fn get(&self, i: usize, j: usize) -> T {
        self.a[i + j * self.n]
    }
    pub fn set(&mut self, i: usize, j: usize, v: T) {
        self.a[i + j * self.n] = v;
    }
    pub fn view(&self) -> MatRef<'_, T> {
        MatRef::from_col_major(&self.a, self.n, self.n, self.n.max(1))
    }
    pub fn transpose(&self) -> Self {
        let mut t = Self::zeros(self.n);
        for i in 0..self.n {
            for j in 0..self.n {
                t.set(j, i, self.get(i, j));
            }
        }
        t
    }
    pub fn conj_transpose(&self) -> Self {
        let mut t = self.transpose();
        for v in t.a.iter_mut() {
            *v = v.conj();
        }
        t
    }
    /// The triangle `uplo` of the matrix, zero elsewhere, with a unit
    /// diagonal for `Diag::Unit`.
    pub fn triangle(&self, uplo: Uplo, diag: Diag) -> Self {
        let mut t = Self::zeros(self.n);
        for j in 0..self.n {
            for i in 0..self.n {
                let keep = if uplo == Uplo::Upper { i <= j } else { i >= j };
                if i == j && diag == Diag::Unit {
                    t.set(i, j, T::one());
                } else if keep {
                    t.set(i, j, self.get(i, j));
                }
            }
        }
        t
    }
    pub fn matvec(&self, x: &[T]) -> Vec<T> {
        self.matvec_c64(x).into_iter().map(T::from_c64).collect()
    }
    /// `A x` accumulated in c64.
    pub fn matvec_c64(&self, x: &[T]) -> Vec<c64> {
        let mut y = vec![c64::new(0.0, 0.0); self.n];
        for j in 0..self.n {
            for (i, yi) in y.iter_mut().enumerate() {
                *yi += self.get(i, j).to_c64() * x[j].to_c64();
            }
        }
        y
    }
    pub fn to_c64(&self) -> Dense<c64> {
        Dense { n: self.n, a: self.a.iter().map(|v| v.to_c64()).collect() }
    }
    /// The 1-norm (largest column sum of moduli).
    pub fn norm1(&self) -> T::Real {
        RealScalar::from_f64(self.to_c64().norm1_f64())
    }
}

impl Dense<c64> {
    pub fn norm1_f64(&self) -> f64 {
        (0..self.n).map(|j| (0..self.n).map(|i| cabs(self.get(i, j))).sum::<f64>()).fold(0.0, f64::max)
    }
    pub fn norm_inf_f64(&self) -> f64 {
        self.transpose().norm1_f64()
    }
    /// The inverse by Gauss-Jordan with partial pivoting; `None` when a pivot
    /// is exactly zero.
    pub fn inverse(&self) -> Option<Dense<c64>> {
        let n = self.n;
        let mut a = self.clone();
        let mut inv = Dense::<c64>::zeros(n);
        for i in 0..n {
            inv.set(i, i, c64::new(1.0, 0.0));
        }
        for k in 0..n {
            let p = (k..n).max_by(|&x, &y| cabs(a.get(x, k)).total_cmp(&cabs(a.get(y, k))))?;
            if cabs(a.get(p, k)) == 0.0 {
                return None;
            }
            for j in 0..n {
                let (t, u) = (a.get(k, j), a.get(p, j));
                a.set(k, j, u);
                a.set(p, j, t);
                let (t, u) = (inv.get(k, j), inv.get(p, j));
                inv.set(k, j, u);
                inv.set(p, j, t);
            }
            let d = a.get(k, k);
            for j in 0..n {
                a.set(k, j, a.get(k, j) / d);
                inv.set(k, j, inv.get(k, j) / d);
            }
            for i in 0..n {
                if i != k {
                    let f = a.get(i, k);
                    for j in 0..n {
                        a.set(i, j, a.get(i, j) - f * a.get(k, j));
                        inv.set(i, j, inv.get(i, j) - f * inv.get(k, j));
                    }
                }
            }
        }
        Some(inv)
    }
}

/// The LU factorization with partial pivoting in `T`'s own arithmetic, as
/// `getrf` leaves it (unit L below the diagonal, U on and above); the row
/// interchanges are dropped (the condition number does not see them).
pub fn lu<T: TestScalar>(a: &Dense<T>) -> Dense<T> {
    let n = a.n;
    let mut f = a.clone();
    for k in 0..n {
        let p = (k..n).max_by(|&x, &y| f.get(x, k).abs1().to_f64().total_cmp(&f.get(y, k).abs1().to_f64())).unwrap();
        for j in 0..n {
            let (t, u) = (f.get(k, j), f.get(p, j));
            f.set(k, j, u);
            f.set(p, j, t);
        }
        let d = f.get(k, k);
        if d.is_zero() {
            continue;
        }
        for i in k + 1..n {
            let l = f.get(i, k) / d;
            f.set(i, k, l);
            for j in k + 1..n {
                f.set(i, j, f.get(i, j) - l * f.get(k, j));
            }
        }
    }
    f
}

/// The Cholesky factor of a Hermitian positive definite `a` in the triangle
/// `uplo` (`A = U^H U` or `L L^H`), the other triangle left as it was.
pub fn cholesky<T: TestScalar>(a: &Dense<T>, uplo: Uplo) -> Dense<T> {
    let n = a.n;
    let c = a.to_c64();
    let mut l = Dense::<c64>::zeros(n);
    for j in 0..n {
        let mut d = c.get(j, j).re;
        for k in 0..j {
            d -= cabs(l.get(j, k)).powi(2);
        }
        let d = d.sqrt();
        l.set(j, j, c64::new(d, 0.0));
        for i in j + 1..n {
            let mut s = c.get(i, j);
            for k in 0..j {
                s -= l.get(i, k) * l.get(j, k).conj();
            }
            l.set(i, j, s / d);
        }
    }
    let mut f = a.clone();
    for j in 0..n {
        for i in 0..n {
            match uplo {
                Uplo::Lower if i >= j => f.set(i, j, T::from_c64(l.get(i, j))),
                Uplo::Upper if i <= j => f.set(i, j, T::from_c64(l.get(j, i).conj())),
                _ => {}
            }
        }
    }
    f
}

/// A Hermitian positive definite matrix `B^H B + shift I` with a random `B`.
pub fn hpd<T: TestScalar>(n: usize, rng: &mut Rng, shift: f64) -> Dense<T> {
    let b = Dense::<T>::random(n, rng, 0).to_c64();
    let mut a = Dense::<T>::zeros(n);
    for i in 0..n {
        for j in 0..n {
            let mut s = c64::new(if i == j { shift } else { 0.0 }, 0.0);
            for k in 0..n {
                s += b.get(k, i).conj() * b.get(k, j);
            }
            if i == j {
                s.im = 0.0;
            }
            a.set(i, j, T::from_c64(s));
        }
    }
    a
}

/// The true reciprocal condition number `1 / (norm(A) norm(inv(A)))` in the
/// 1-norm (`inf = false`) or infinity-norm; 0 for an exactly singular `A`.
pub fn true_rcond<T: TestScalar>(a: &Dense<T>, inf: bool) -> f64 {
    let c = a.to_c64();
    match c.inverse() {
        None => 0.0,
        Some(inv) => {
            if inf {
                1.0 / (c.norm_inf_f64() * inv.norm_inf_f64())
            } else {
                1.0 / (c.norm1_f64() * inv.norm1_f64())
            }
        }
    }
}

/// The infinity norm of the symmetric tridiagonal matrix with diagonal `d`
/// and off-diagonal `e`, in `f64`.
pub fn tri_norm<R: RealScalar>(d: &[R], e: &[R]) -> f64 {
    let n = d.len();
    (0..n)
        .map(|i| {
            d[i].to_f64().abs()
                + if i > 0 { e[i - 1].to_f64().abs() } else { 0.0 }
                + if i + 1 < n { e[i].to_f64().abs() } else { 0.0 }
        })
        .fold(0.0, f64::max)
}
