//! Test helpers for the Schur-form routines: Schur forms with chosen block
//! structure, residuals and structure checks, all in `f64` complex.

#![allow(clippy::needless_range_loop)] // indices address matrix rows and columns alike

use ferroblas_kernels::scalar::{Complex, RealScalar, Scalar};
use ferroblas_kernels::MatRef;

pub(crate) type C = Complex<f64>;

pub(crate) struct Rng(pub(crate) u64);
impl Rng {
    pub(crate) fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 11) as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
    }
    pub(crate) fn scalar<T: Scalar>(&mut self) -> T {
        let re = self.next();
        let im = self.next();
        T::from_parts(<T::Real as RealScalar>::from_f64(re), <T::Real as RealScalar>::from_f64(im))
    }
}

pub(crate) fn eps<T: Scalar>() -> f64 {
    <T::Real as RealScalar>::EPSILON.to_f64()
}

pub(crate) fn re<T: Scalar>(x: f64) -> T {
    T::from_real(<T::Real as RealScalar>::from_f64(x))
}

/// A column-major `n x n` matrix with leading dimension `n + 3`.
pub(crate) fn zeros<T: Scalar>(n: usize) -> (Vec<T>, usize) {
    let ld = n + 3;
    (vec![T::zero(); ld * n.max(1)], ld)
}

/// The identity with leading dimension `n + 3`.
pub(crate) fn eye<T: Scalar>(n: usize) -> (Vec<T>, usize) {
    let (mut a, ld) = zeros::<T>(n);
    for i in 0..n {
        a[i + i * ld] = T::one();
    }
    (a, ld)
}

/// A random Schur form of order `sum(blocks)` (leading dimension n + 3):
/// random upper triangle, the 1x1 blocks random, the 2x2 blocks in
/// standard form `[a b; c a]`, `b c < 0` (real types; complex types get
/// only 1x1 blocks and a complex triangle).
pub(crate) fn schur_form<T: Scalar>(blocks: &[usize], seed: u64) -> (Vec<T>, usize, usize) {
    let n: usize = blocks.iter().sum();
    let (mut a, ld) = zeros::<T>(n);
    let mut r = Rng(seed);
    for j in 0..n {
        for i in 0..j {
            a[i + j * ld] = r.scalar();
        }
    }
    let mut k = 0;
    for &b in blocks {
        if b == 1 || T::IS_COMPLEX {
            for p in 0..b {
                a[k + p + (k + p) * ld] = r.scalar();
            }
        } else {
            let d = r.next();
            let x = 0.5 + r.next().abs();
            let y = 0.5 + r.next().abs();
            a[k + k * ld] = re(d);
            a[k + 1 + (k + 1) * ld] = re(d);
            a[k + (k + 1) * ld] = re(x);
            a[k + 1 + k * ld] = re(-y);
        }
        k += b;
    }
    (a, ld, n)
}

/// The modulus.
pub(crate) fn ab(z: C) -> f64 {
    z.re.hypot(z.im)
}

pub(crate) fn c<T: Scalar>(x: T) -> C {
    C::new(x.re().to_f64(), x.im().to_f64())
}

pub(crate) fn to_c<T: Scalar>(a: MatRef<'_, T>) -> Vec<Vec<C>> {
    (0..a.nrows()).map(|i| (0..a.ncols()).map(|j| c(a.get(i, j))).collect()).collect()
}

pub(crate) fn mul(a: &[Vec<C>], b: &[Vec<C>]) -> Vec<Vec<C>> {
    let (m, k, n) = (a.len(), b.len(), b.first().map_or(0, |r| r.len()));
    (0..m).map(|i| (0..n).map(|j| (0..k).map(|p| a[i][p] * b[p][j]).sum()).collect()).collect()
}

pub(crate) fn adj(a: &[Vec<C>]) -> Vec<Vec<C>> {
    let (m, n) = (a.len(), a.first().map_or(0, |r| r.len()));
    (0..n).map(|j| (0..m).map(|i| a[i][j].conj()).collect()).collect()
}

pub(crate) fn norm1(a: &[Vec<C>]) -> f64 {
    let n = a.first().map_or(0, |r| r.len());
    (0..n).map(|j| a.iter().map(|r| r[j].re.hypot(r[j].im)).sum::<f64>()).fold(0.0, f64::max)
}

pub(crate) fn diff(a: &[Vec<C>], b: &[Vec<C>]) -> Vec<Vec<C>> {
    a.iter().zip(b).map(|(x, y)| x.iter().zip(y).map(|(p, q)| p - q).collect()).collect()
}

pub(crate) fn ident(n: usize) -> Vec<Vec<C>> {
    (0..n).map(|i| (0..n).map(|j| if i == j { C::new(1.0, 0.0) } else { C::new(0.0, 0.0) }).collect()).collect()
}

/// `|A - Q T Q^H| / (n eps |A|)` and `|I - Q^H Q| / (n eps)`.
pub(crate) fn residuals<T: Scalar>(a0: &[Vec<C>], t: MatRef<'_, T>, q: MatRef<'_, T>) -> (f64, f64) {
    let n = t.nrows();
    let (tc, qc) = (to_c(t), to_c(q));
    let r =
        norm1(&diff(a0, &mul(&mul(&qc, &tc), &adj(&qc)))) / ((n.max(1) as f64) * eps::<T>() * norm1(a0).max(1e-300));
    let o = norm1(&diff(&ident(n), &mul(&adj(&qc), &qc))) / ((n.max(1) as f64) * eps::<T>());
    (r, o)
}

/// The eigenvalues of a Schur form read off its blocks, in order; panics
/// when `t` is not in Schur canonical form (zeros below the subdiagonal,
/// no two adjacent nonzero subdiagonal entries, standardized 2x2 blocks,
/// complex types triangular).
pub(crate) fn schur_eigs<T: Scalar>(t: MatRef<'_, T>) -> Vec<C> {
    let n = t.nrows();
    for j in 0..n {
        for i in j + 2..n {
            assert!(t.get(i, j) == T::zero(), "T[{i},{j}] != 0 below the subdiagonal");
        }
    }
    let mut w = Vec::new();
    let mut k = 0;
    while k < n {
        if k + 1 < n && t.get(k + 1, k) != T::zero() {
            assert!(!T::IS_COMPLEX, "complex T has a subdiagonal entry at {k}");
            assert!(k + 2 >= n || t.get(k + 2, k + 1) == T::zero(), "adjacent subdiagonal entries at {k}");
            let (a, b, cc, d) =
                (c(t.get(k, k)).re, c(t.get(k, k + 1)).re, c(t.get(k + 1, k)).re, c(t.get(k + 1, k + 1)).re);
            assert!(a == d && b * cc < 0.0, "2x2 block at {k} not standardized: {a} {b} {cc} {d}");
            let im = b.abs().sqrt() * cc.abs().sqrt();
            w.push(C::new(a, im));
            w.push(C::new(a, -im));
            k += 2;
        } else {
            w.push(c(t.get(k, k)));
            k += 1;
        }
    }
    w
}

/// Whether the multisets `a` and `b` agree to `tol`, matched greedily.
pub(crate) fn same_eigs(a: &[C], b: &[C], tol: f64) -> bool {
    let mut used = vec![false; b.len()];
    a.len() == b.len()
        && a.iter().all(|x| {
            let best = (0..b.len()).filter(|&j| !used[j]).min_by(|&i, &j| ab(b[i] - x).total_cmp(&ab(b[j] - x)));
            match best {
                Some(j) if ab(b[j] - x) <= tol * (1.0 + ab(*x)) => {
                    used[j] = true;
                    true
                }
                _ => false,
            }
        })
}
