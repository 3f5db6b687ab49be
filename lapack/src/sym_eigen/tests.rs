//! Residual tests of the reduction to tridiagonal form and the dense
//! drivers, in c64 oracles: `|A - Q T Q^H| / (n eps |A|)`, `|I - Q^H Q| /
//! (n eps)`, `op(Q) C` against the explicit Q, and `|A Z - Z D| / (n eps
//! |A|)` with `|I - Z^H Z| / (n eps)` for `?syev`/`?syevd`.

#![allow(clippy::needless_range_loop)]

use super::drivers::*;
use super::reduce::*;
use crate::condition::testutil::{cabs, Rng, TestScalar};
use ferroblas_kernels::level2::{gemv, gerc};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{c32, c64, MatMut, MatRef, Side, Trans, Uplo};
use ferroblas_kernels::{VecMut, VecRef};
use ferroblas_relapack::level3::Level3;
use ferroblas_relapack::{Par, WorkBuffer};

const SIZES: [usize; 8] = [0, 1, 2, 3, 10, 33, 65, 100];

fn eps<T: Scalar>() -> f64 {
    T::Real::EPSILON.to_f64()
}

/// A column-major `n x n` matrix stored with leading dimension `n + 2`.
struct Stored<T> {
    n: usize,
    ld: usize,
    d: Vec<T>,
}

impl<T: TestScalar> Stored<T> {
    fn view(&mut self) -> MatMut<'_, T> {
        MatMut::from_col_major(&mut self.d, self.n, self.n, self.ld)
    }
    fn rview(&self) -> MatRef<'_, T> {
        MatRef::from_col_major(&self.d, self.n, self.n, self.ld)
    }
    fn get(&self, i: usize, j: usize) -> c64 {
        self.d[i + j * self.ld].to_c64()
    }
}

/// A dense column-major c64 matrix; products go through the library's
/// (separately tested) c64 GEMM so that the oracles stay fast in debug builds.
#[derive(Clone)]
struct Full {
    m: usize,
    n: usize,
    d: Vec<c64>,
}

impl Full {
    fn zeros(m: usize, n: usize) -> Self {
        Full { m, n, d: vec![zero(); m.max(1) * n.max(1)] }
    }
    fn from_fn(m: usize, n: usize, mut f: impl FnMut(usize, usize) -> c64) -> Self {
        let mut x = Full::zeros(m, n);
        for j in 0..n {
            for i in 0..m {
                x.d[i + j * m.max(1)] = f(i, j);
            }
        }
        x
    }
    fn at(&self, i: usize, j: usize) -> c64 {
        self.d[i + j * self.m.max(1)]
    }
    fn at_mut(&mut self, i: usize, j: usize) -> &mut c64 {
        let ld = self.m.max(1);
        &mut self.d[i + j * ld]
    }
    fn view(&self) -> MatRef<'_, c64> {
        MatRef::from_col_major(&self.d, self.m, self.n, self.m.max(1))
    }
    fn view_mut(&mut self) -> MatMut<'_, c64> {
        let ld = self.m.max(1);
        MatMut::from_col_major(&mut self.d, self.m, self.n, ld)
    }
}

fn zero() -> c64 {
    c64::new(0.0, 0.0)
}

fn identity(n: usize) -> Full {
    Full::from_fn(n, n, |i, j| if i == j { c64::new(1.0, 0.0) } else { zero() })
}

/// `op(a) op(b)`.
fn mul_op(ta: Trans, a: &Full, tb: Trans, b: &Full) -> Full {
    let m = if ta == Trans::No { a.m } else { a.n };
    let n = if tb == Trans::No { b.n } else { b.m };
    let k = if ta == Trans::No { a.n } else { a.m };
    let mut c = Full::zeros(m, n);
    if m > 0 && n > 0 && k > 0 {
        let one = c64::new(1.0, 0.0);
        Level3::new(Par::Seq).gemm(ta, tb, one, a.view(), b.view(), zero(), c.view_mut());
    }
    c
}

fn mul(a: &Full, b: &Full) -> Full {
    mul_op(Trans::No, a, Trans::No, b)
}

fn adjoint(a: &Full) -> Full {
    Full::from_fn(a.n, a.m, |i, j| a.at(j, i).conj())
}

fn max_abs(a: &Full) -> f64 {
    a.d.iter().map(|&z| cabs(z)).fold(0.0, f64::max)
}

fn diff(a: &Full, b: &Full) -> f64 {
    a.d.iter().zip(&b.d).map(|(&x, &y)| cabs(x - y)).fold(0.0, f64::max)
}

/// How the test matrix is made.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Random,
    Zero,
    Identity,
    /// Eigenvalues 1, 1, ..., 2, 2, ... (two clusters), by a random unitary similarity.
    Clustered,
    /// Entries graded by 10^(-i-j) (rows and columns scaled).
    Graded,
}

/// A random Hermitian matrix of order `n` times `scale`, its `uplo` triangle
/// stored (the other triangle holds NaN, which must never be read), and the
/// full c64 matrix.
fn hermitian<T: TestScalar>(n: usize, uplo: Uplo, kind: Kind, scale: f64, rng: &mut Rng) -> (Stored<T>, Full) {
    let mut h: Full = match kind {
        Kind::Random => {
            let mut h = Full::zeros(n, n);
            for j in 0..n {
                for i in 0..=j {
                    let z = rng.scalar::<T>().to_c64();
                    *h.at_mut(i, j) = if i == j { c64::new(z.re, 0.0) } else { z };
                    *h.at_mut(j, i) = h.at(i, j).conj();
                }
            }
            h
        }
        Kind::Zero => Full::zeros(n, n),
        Kind::Identity => identity(n),
        Kind::Clustered => {
            // Q D Q^H with Q from Gram-Schmidt on a random matrix.
            let mut q = Full::from_fn(n, n, |_, _| rng.scalar::<T>().to_c64());
            for j in 0..n {
                for k in 0..j {
                    let s: c64 = (0..n).map(|i| q.at(i, k).conj() * q.at(i, j)).sum();
                    for i in 0..n {
                        let v = q.at(i, k);
                        *q.at_mut(i, j) -= s * v;
                    }
                }
                let nrm = (0..n).map(|i| cabs(q.at(i, j)).powi(2)).sum::<f64>().sqrt();
                for i in 0..n {
                    *q.at_mut(i, j) /= nrm;
                }
            }
            let d = Full::from_fn(
                n,
                n,
                |i, j| {
                    if i != j {
                        zero()
                    } else {
                        c64::new(if i < n / 2 { 1.0 } else { 2.0 }, 0.0)
                    }
                },
            );
            let mut h = mul(&mul(&q, &d), &adjoint(&q));
            for i in 0..n {
                *h.at_mut(i, i) = c64::new(h.at(i, i).re, 0.0);
                for j in 0..i {
                    *h.at_mut(j, i) = h.at(i, j).conj();
                }
            }
            h
        }
        Kind::Graded => {
            let (_, mut f) = hermitian::<T>(n, uplo, Kind::Random, 1.0, rng);
            for i in 0..n {
                for j in 0..n {
                    *f.at_mut(i, j) *= 10f64.powf(-((i + j) as f64) / 4.0);
                }
            }
            f
        }
    };
    // Round to T, so the oracle is exactly the stored matrix.
    for z in h.d.iter_mut() {
        *z = T::from_c64(*z * scale).to_c64();
    }
    let ld = n + 2;
    let mut d = vec![T::from_c64(c64::new(f64::NAN, f64::NAN)); ld * n.max(1)];
    for j in 0..n {
        for i in 0..n {
            let stored = if uplo == Uplo::Upper { i <= j } else { i >= j };
            if stored {
                d[i + j * ld] = T::from_c64(h.at(i, j));
            }
        }
    }
    (Stored { n, ld, d }, h)
}

/// Q from the reflectors [`sytrd`] left, applied one at a time to I (the
/// oracle for `orgtr`, and for the reduction's residual).
fn explicit_q<T: TestScalar>(uplo: Uplo, a: &Stored<T>, tau: &[T]) -> Full {
    let n = a.n;
    let mut q = identity(n);
    let mut y = vec![zero(); n];
    let mut apply = |q: &mut Full, v: &[c64], t: c64| {
        // Q := Q (I - t v v^H) = Q - t (Q v) v^H
        let one = c64::new(1.0, 0.0);
        gemv(Trans::No, one, q.view(), VecRef::from_slice(v), zero(), VecMut::from_slice(&mut y));
        gerc(-t, VecRef::from_slice(&y), VecRef::from_slice(v), q.view_mut());
    };
    let order: Vec<usize> = match uplo {
        Uplo::Upper => (0..n.saturating_sub(1)).rev().collect(),
        Uplo::Lower => (0..n.saturating_sub(1)).collect(),
    };
    for i in order {
        let mut v = vec![zero(); n];
        match uplo {
            Uplo::Upper => {
                v[i] = c64::new(1.0, 0.0);
                for r in 0..i {
                    v[r] = a.get(r, i + 1);
                }
            }
            Uplo::Lower => {
                v[i + 1] = c64::new(1.0, 0.0);
                for r in i + 2..n {
                    v[r] = a.get(r, i);
                }
            }
        }
        apply(&mut q, &v, tau[i].to_c64());
    }
    q
}

/// `Q T` for the symmetric tridiagonal T (`d`, `e`), in O(n^2).
fn times_tridiag(q: &Full, d: &[f64], e: &[f64]) -> Full {
    let n = d.len();
    Full::from_fn(q.m, n, |i, j| {
        let mut s = q.at(i, j) * d[j];
        if j > 0 {
            s += q.at(i, j - 1) * e[j - 1];
        }
        if j + 1 < n {
            s += q.at(i, j + 1) * e[j];
        }
        s
    })
}

/// Reduces, checks `|A - Q T Q^H|`, `|I - Q^H Q|`, that the unused triangle
/// is untouched, and `orgtr` and `ormtr` against the explicit Q.
fn check_sytrd<T: TestScalar>(n: usize, uplo: Uplo, nb: usize, nx: usize, kind: Kind, seed: u64) {
    let mut rng = Rng::new(seed);
    let (mut a, h) = hermitian::<T>(n, uplo, kind, 1.0, &mut rng);
    let mut d = vec![T::Real::zero(); n];
    let mut e = vec![T::Real::zero(); n.saturating_sub(1)];
    let mut tau = vec![T::zero(); n.saturating_sub(1)];
    let mut w = WorkBuffer::new(sytrd_req_with::<T>(n, nb));
    sytrd_with(uplo, a.view(), &mut d, &mut e, &mut tau, Par::Seq, w.workspace(), nb, nx);
    let (tol, ctx) = (30.0 * (n.max(1) as f64) * eps::<T>(), format!("{} n={n} {uplo:?} nb={nb} nx={nx}", T::PREFIX));
    for j in 0..n {
        for i in 0..n {
            let stored = if uplo == Uplo::Upper { i <= j } else { i >= j };
            if !stored {
                assert!(a.get(i, j).re.is_nan(), "{ctx}: unused triangle written at ({i},{j})");
            }
        }
    }
    let dd: Vec<f64> = d.iter().map(|x| x.to_f64()).collect();
    let ee: Vec<f64> = e.iter().map(|x| x.to_f64()).collect();
    for i in 0..n {
        assert_eq!(a.get(i, i), c64::new(dd[i], 0.0), "{ctx}: diagonal of A is not d");
        if i + 1 < n {
            let off = if uplo == Uplo::Upper { a.get(i, i + 1) } else { a.get(i + 1, i) };
            assert_eq!(off, c64::new(ee[i], 0.0), "{ctx}: off-diagonal of A is not e");
        }
    }
    let q = explicit_q(uplo, &a, &tau);
    let anorm = max_abs(&h).max(f64::MIN_POSITIVE);
    // A - Q T Q^H = (A Q - Q T) Q^H, and Q is unitary.
    let res = diff(&mul(&h, &q), &times_tridiag(&q, &dd, &ee)) / anorm;
    assert!(res <= tol, "{ctx}: |A Q - Q T| / |A| = {res:e}");
    let orth = diff(&mul_op(Trans::ConjTrans, &q, Trans::No, &q), &identity(n));
    assert!(orth <= tol, "{ctx}: |I - Q^H Q| = {orth:e}");

    // orgtr: the same Q.
    let mut g = Stored { n, ld: a.ld, d: a.d.clone() };
    let mut w = WorkBuffer::new(orgtr_req_with::<T>(uplo, n, nb));
    orgtr_with(uplo, g.view(), &tau, Par::Seq, w.workspace(), nb);
    let gq = Full::from_fn(n, n, |i, j| g.get(i, j));
    let err = diff(&gq, &q);
    assert!(err <= tol, "{ctx}: orgtr differs from the explicit Q by {err:e}");

    // ormtr, every side and op, on a 7-column (or -row) C.
    for side in [Side::Left, Side::Right] {
        for trans in [Trans::No, if T::IS_COMPLEX { Trans::ConjTrans } else { Trans::Trans }] {
            let (m, nc) = if side == Side::Left { (n, 7) } else { (7, n) };
            let c0 = Full::from_fn(m, nc, |_, _| rng.scalar::<T>().to_c64());
            let ldc = m + 1;
            let mut c = vec![T::zero(); ldc * nc];
            for i in 0..m {
                for j in 0..nc {
                    c[i + j * ldc] = T::from_c64(c0.at(i, j));
                }
            }
            let mut w = WorkBuffer::new(ormtr_req_with::<T>(side, uplo, m, nc, nb));
            let cv = MatMut::from_col_major(&mut c, m, nc, ldc);
            ormtr_with(side, uplo, trans, a.rview(), &tau, cv, Par::Seq, w.workspace(), nb);
            let tq = if trans == Trans::No { Trans::No } else { Trans::ConjTrans };
            let want = if side == Side::Left { mul_op(tq, &q, Trans::No, &c0) } else { mul_op(Trans::No, &c0, tq, &q) };
            let got = Full::from_fn(m, nc, |i, j| c[i + j * ldc].to_c64());
            let err = diff(&got, &want) / max_abs(&c0).max(f64::MIN_POSITIVE);
            assert!(err <= tol, "{ctx}: ormtr {side:?} {trans:?} off by {err:e}");
        }
    }
}

fn sytrd_all<T: TestScalar>() {
    for (s, &n) in SIZES.iter().enumerate() {
        for uplo in [Uplo::Upper, Uplo::Lower] {
            let blockings: &[(usize, usize)] = if n >= 65 { &[(32, 32)] } else { &[(1, 1), (2, 0), (3, 5), (32, 32)] };
            for &(nb, nx) in blockings {
                check_sytrd::<T>(n, uplo, nb, nx, Kind::Random, (s * 131 + nb * 7 + nx) as u64);
            }
        }
    }
    for kind in [Kind::Zero, Kind::Identity, Kind::Clustered, Kind::Graded] {
        for uplo in [Uplo::Upper, Uplo::Lower] {
            check_sytrd::<T>(12, uplo, 3, 2, kind, 5);
        }
    }
}

/// The driver under test.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Driver {
    Ev,
    Evd,
}

fn run<T: TestScalar>(
    driver: Driver,
    jobz: Jobz,
    uplo: Uplo,
    a: &mut Stored<T>,
    w: &mut [T::Real],
) -> Result<(), crate::Info> {
    let n = a.n;
    match driver {
        Driver::Ev => {
            let mut buf = WorkBuffer::new(syev_req::<T>(jobz, n));
            syev(jobz, uplo, a.view(), w, Par::Seq, buf.workspace())
        }
        Driver::Evd => {
            let mut buf = WorkBuffer::new(syevd_req::<T>(jobz, n));
            syevd(jobz, uplo, a.view(), w, Par::Seq, buf.workspace())
        }
    }
}

/// Eigen-decomposition residual and orthogonality of one driver; the
/// eigenvalues without vectors agree with those with them.
fn check_driver<T: TestScalar>(driver: Driver, n: usize, uplo: Uplo, kind: Kind, scale: f64, seed: u64) {
    let mut rng = Rng::new(seed);
    let (a0, h) = hermitian::<T>(n, uplo, kind, scale, &mut rng);
    let ctx = format!("{} {driver:?} n={n} {uplo:?} scale={scale:e}", T::PREFIX);
    let tol = 30.0 * (n.max(1) as f64) * eps::<T>();
    let anorm = max_abs(&h);

    let mut a = Stored { n, ld: a0.ld, d: a0.d.clone() };
    let mut wv = vec![T::Real::zero(); n];
    run(driver, Jobz::Vectors, uplo, &mut a, &mut wv).unwrap_or_else(|e| panic!("{ctx}: failed {e:?}"));
    let wvf: Vec<f64> = wv.iter().map(|x| x.to_f64()).collect();
    assert!(wvf.windows(2).all(|p| p[0] <= p[1]), "{ctx}: eigenvalues not ascending");
    let z = Full::from_fn(n, n, |i, j| a.get(i, j));
    let zd = Full::from_fn(n, n, |i, j| z.at(i, j) * wvf[j]);
    let res = diff(&mul(&h, &z), &zd) / anorm.max(f64::MIN_POSITIVE);
    assert!(res <= tol, "{ctx}: |A Z - Z D| / |A| = {res:e}");
    let orth = diff(&mul_op(Trans::ConjTrans, &z, Trans::No, &z), &identity(n));
    assert!(orth <= tol, "{ctx}: |I - Z^H Z| = {orth:e}");

    let mut a = Stored { n, ld: a0.ld, d: a0.d.clone() };
    let mut wn = vec![T::Real::zero(); n];
    run(driver, Jobz::NoVectors, uplo, &mut a, &mut wn).unwrap_or_else(|e| panic!("{ctx}: N failed {e:?}"));
    for i in 0..n {
        let d = (wn[i].to_f64() - wvf[i]).abs() / anorm.max(f64::MIN_POSITIVE);
        assert!(d <= tol, "{ctx}: eigenvalue {i} differs between N and V by {d:e}");
    }
}

fn drivers_all<T: TestScalar>() {
    for driver in [Driver::Ev, Driver::Evd] {
        for (s, &n) in SIZES.iter().enumerate() {
            for uplo in [Uplo::Upper, Uplo::Lower] {
                // The largest orders once per driver, each with its own triangle.
                let skip = n >= 65 && (uplo == Uplo::Upper) != (driver == Driver::Ev);
                if !skip {
                    check_driver::<T>(driver, n, uplo, Kind::Random, 1.0, s as u64 + 100);
                }
            }
        }
        for kind in [Kind::Zero, Kind::Identity, Kind::Clustered, Kind::Graded] {
            for uplo in [Uplo::Upper, Uplo::Lower] {
                check_driver::<T>(driver, 30, uplo, kind, 1.0, 7);
            }
        }
        // Near underflow and overflow: scaled into range and back.
        let smlnum = T::Real::MIN_POSITIVE.to_f64() / eps::<T>();
        let (rmin, rmax) = (smlnum.sqrt(), 1.0 / smlnum.sqrt());
        for scale in [rmin * 1e-3, rmax * 1e3] {
            for uplo in [Uplo::Upper, Uplo::Lower] {
                check_driver::<T>(driver, 20, uplo, Kind::Random, scale, 11);
            }
        }
    }
}

/// NaN in the matrix ends in an error or NaN eigenvalues, never a hang.
fn nan_input<T: TestScalar>() {
    for driver in [Driver::Ev, Driver::Evd] {
        for jobz in [Jobz::NoVectors, Jobz::Vectors] {
            let mut rng = Rng::new(3);
            let (mut a, _) = hermitian::<T>(40, Uplo::Lower, Kind::Random, 1.0, &mut rng);
            a.d[5 + 3 * a.ld] = T::from_c64(c64::new(f64::NAN, 0.0));
            let mut w = vec![T::Real::zero(); 40];
            let r = run(driver, jobz, Uplo::Lower, &mut a, &mut w);
            assert!(r.is_err() || w.iter().any(|x| x.to_f64().is_nan()), "{driver:?} {jobz:?}: NaN vanished");
        }
    }
}

macro_rules! all_types {
    ($name:ident, $body:ident) => {
        #[test]
        fn $name() {
            $body::<f32>();
            $body::<f64>();
            $body::<c32>();
            $body::<c64>();
        }
    };
}

mod residual {
    use super::*;
    all_types!(sytrd_orgtr_ormtr_residuals, sytrd_all);
    all_types!(syev_syevd_residuals, drivers_all);
    all_types!(nan_input_ends, nan_input);
}

mod evr;

mod expert;

mod mrrr;

mod generalized;

mod packed;

mod band;

mod packed_gen;

mod band_gen;

mod twostage;
