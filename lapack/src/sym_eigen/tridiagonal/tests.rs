//! Tests of the tridiagonal eigensolvers: residuals and orthogonality in
//! every precision, on the matrices that stress them.

#![allow(clippy::needless_range_loop)]

use super::*;
use crate::condition::testutil::{cabs, Rng, TestScalar};
use crate::{Par, WorkBuffer};
use ferroblas_kernels::{c32, c64, MatMut, RealScalar, Scalar};

#[test]
fn lae2_laev2_small() {
    let (rt1, rt2) = lae2(2.0f64, 1.0, 2.0);
    assert_eq!((rt1, rt2), (3.0, 1.0));
    let (rt1, rt2, c, s) = laev2(2.0f64, 1.0, 2.0);
    assert_eq!((rt1, rt2), (3.0, 1.0));
    assert!((c - s).abs() < 1e-15 && (c * c + s * s - 1.0).abs() < 1e-15);
    // A graded case where the small eigenvalue comes from the determinant.
    let (rt1, rt2) = lae2(1e20f64, 1.0, 1.0);
    assert_eq!(rt1, 1e20);
    assert!((rt2 - (1.0 - 1e-20)).abs() < 1e-15);
    for &(a, b, c) in
        &[(1.0f64, 0.0, -1.0), (0.0, 0.0, 0.0), (-3.0, 2.0, 5.0), (1e-300, 1e300, -1e-300), (4.0, -1e-8, 4.0)]
    {
        let (rt1, rt2, cs, sn) = laev2(a, b, c);
        assert!(rt1.abs() >= rt2.abs());
        // [cs sn] is the eigenvector of rt1 and [-sn cs] of rt2.
        let scale = a.abs().max(b.abs()).max(c.abs()).max(f64::MIN_POSITIVE);
        let r1 = ((a * cs + b * sn - rt1 * cs).abs() + (b * cs + c * sn - rt1 * sn).abs()) / scale;
        let r2 = ((-a * sn + b * cs + rt2 * sn).abs() + (-b * sn + c * cs - rt2 * cs).abs()) / scale;
        assert!(r1 < 1e-14 && r2 < 1e-14, "{a} {b} {c}: {r1} {r2}");
        assert!((cs * cs + sn * sn - 1.0).abs() < 1e-15);
    }
}

#[test]
fn lamrg_merges() {
    let a = [1.0f64, 4.0, 6.0, 7.0, 5.0, 2.0];
    let mut idx = [0usize; 6];
    lamrg(3, &a, true, false, &mut idx);
    assert_eq!(idx, [0, 5, 1, 4, 2, 3]);
    let b = [6.0f64, 4.0, 1.0, 2.0, 5.0];
    let mut idx = [0usize; 5];
    lamrg(3, &b, false, true, &mut idx);
    assert_eq!(idx, [2, 3, 1, 4, 0]);
}

#[test]
fn disna_gaps() {
    let d = [1.0f64, 2.0, 4.0];
    let mut sep = [0.0; 3];
    disna(DisnaJob::Eigen, 3, 3, &d, &mut sep);
    assert_eq!(sep, [1.0, 1.0, 2.0]);
    disna(DisnaJob::Left, 4, 3, &d, &mut sep);
    assert_eq!(sep, [1.0, 1.0, 2.0]);
    let d = [0.5f64, 2.0, 4.0];
    disna(DisnaJob::Left, 4, 3, &d, &mut sep);
    assert_eq!(sep, [0.5, 1.5, 2.0]);
    assert_eq!(disna_order(DisnaJob::Eigen, &[3.0f64, 1.0, 2.0]), (false, false));
    assert_eq!(disna_order(DisnaJob::Right, &[-1.0f64, 1.0]), (false, false));
}

/// The kinds of test matrix.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Random,
    Identity,
    Zero,
    Graded,
    Wilkinson,
    Clustered,
}

fn tridiag<R: RealScalar>(kind: Kind, n: usize, rng: &mut Rng) -> (Vec<R>, Vec<R>) {
    let mut d = vec![0.0f64; n];
    let mut e = vec![0.0f64; n.saturating_sub(1)];
    match kind {
        Kind::Random => {
            d.iter_mut().for_each(|x| *x = rng.uniform());
            e.iter_mut().for_each(|x| *x = rng.uniform());
        }
        Kind::Identity => d.iter_mut().for_each(|x| *x = 1.0),
        Kind::Zero => {}
        Kind::Graded => {
            let big = if R::MANTISSA_DIGITS > 30 { 10.0 } else { 5.0 };
            for i in 0..n {
                let t = if n > 1 { i as f64 / (n - 1) as f64 } else { 0.0 };
                d[i] = 10f64.powf(big - 2.0 * big * t) * (1.0 + 0.5 * rng.uniform());
            }
            for i in 0..n.saturating_sub(1) {
                e[i] = (d[i] * d[i + 1]).sqrt() * 0.5 * rng.uniform();
            }
        }
        Kind::Wilkinson => {
            // W21+ blocks glued by small off-diagonal elements.
            for i in 0..n {
                d[i] = (10.0 - (i % 21) as f64).abs();
            }
            for i in 0..n.saturating_sub(1) {
                e[i] = if i % 21 == 20 { 1e-6 } else { 1.0 };
            }
        }
        Kind::Clustered => {
            for i in 0..n {
                d[i] = 1.0 + 1e-9 * rng.uniform();
            }
            for i in 0..n.saturating_sub(1) {
                e[i] = 1e-7 * rng.uniform();
            }
        }
    }
    (d.into_iter().map(R::from_f64).collect(), e.into_iter().map(R::from_f64).collect())
}

/// `max |T Z - Z diag(w)| / (n eps |T|)` and `max |I - Z^H Z| / (n eps)`, for
/// `Z = Z0 Q` where `T Q = Q diag(w)` and `Z0` is unitary (`a0 = Z0 T Z0^H`
/// given densely, in c64).
fn residuals<T: TestScalar>(a0: &[c64], n: usize, z: &[T], ldz: usize, w: &[T::Real]) -> (f64, f64) {
    if n == 0 {
        return (0.0, 0.0);
    }
    let eps = T::Real::EPSILON.to_f64() / 2.0;
    let anorm =
        (0..n).map(|j| (0..n).map(|i| cabs(a0[i + j * n])).sum::<f64>()).fold(0.0, f64::max).max(f64::MIN_POSITIVE);
    let zc = |i: usize, j: usize| z[i + j * ldz].to_c64();
    let (mut res, mut orth) = (0.0f64, 0.0f64);
    for j in 0..n {
        let mut colres = 0.0;
        for i in 0..n {
            let mut s = -zc(i, j) * w[j].to_f64();
            for k in 0..n {
                s += a0[i + k * n] * zc(k, j);
            }
            colres += cabs(s);
        }
        res = res.max(colres);
        for k in 0..n {
            let mut s = c64::new(if k == j { 1.0 } else { 0.0 }, 0.0);
            for i in 0..n {
                s -= zc(i, k).conj() * zc(i, j);
            }
            orth = orth.max(cabs(s));
        }
    }
    let nn = n.max(1) as f64;
    (res / (nn * eps * anorm).max(f64::MIN_POSITIVE), orth / (nn * eps))
}

/// The dense `Z0 T Z0^H`.
fn dense<T: TestScalar>(d: &[T::Real], e: &[T::Real], z0: &[T], n: usize) -> Vec<c64> {
    let mut t = vec![c64::new(0.0, 0.0); n * n];
    for i in 0..n {
        t[i + i * n] = c64::new(d[i].to_f64(), 0.0);
        if i + 1 < n {
            t[i + 1 + i * n] = c64::new(e[i].to_f64(), 0.0);
            t[i + (i + 1) * n] = c64::new(e[i].to_f64(), 0.0);
        }
    }
    let zc = |i: usize, j: usize| z0[i + j * n].to_c64();
    let mut zt = vec![c64::new(0.0, 0.0); n * n];
    for j in 0..n {
        for i in 0..n {
            for k in 0..n {
                zt[i + j * n] += zc(i, k) * t[k + j * n];
            }
        }
    }
    let mut a = vec![c64::new(0.0, 0.0); n * n];
    for j in 0..n {
        for i in 0..n {
            for k in 0..n {
                a[i + j * n] += zt[i + k * n] * zc(j, k).conj();
            }
        }
    }
    a
}

/// A unitary Householder reflector `I - 2 v v^H / |v|^2`.
fn reflector<T: TestScalar>(n: usize, rng: &mut Rng) -> Vec<T> {
    let v: Vec<c64> = (0..n).map(|_| rng.scalar::<T>().to_c64()).collect();
    let nv: f64 = v.iter().map(|x| x.norm_sqr()).sum();
    let mut q = vec![T::zero(); n * n];
    for j in 0..n {
        for i in 0..n {
            let id = if i == j { 1.0 } else { 0.0 };
            q[i + j * n] = T::from_c64(c64::new(id, 0.0) - v[i] * v[j].conj() * (2.0 / nv));
        }
    }
    q
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Solver {
    Steqr,
    Stedc,
}

fn run<T: TestScalar>(
    solver: Solver,
    compz: Compz,
    d: &mut [T::Real],
    e: &mut [T::Real],
    z: &mut [T],
    ldz: usize,
) -> Result<(), crate::Info> {
    let n = d.len();
    let zv = MatMut::from_col_major(z, n, n, ldz.max(1));
    match solver {
        Solver::Steqr => {
            let mut buf = WorkBuffer::new(steqr_req::<T>(compz, n));
            steqr(compz, d, e, zv, buf.workspace())
        }
        Solver::Stedc => {
            let mut buf = WorkBuffer::new(stedc_req::<T>(compz, n, n));
            stedc(compz, d, e, zv, Par::Seq, buf.workspace())
        }
    }
}

fn check_all<T: TestScalar>() {
    let mut rng = Rng::new(7 + T::PREFIX as u64);
    let kinds = [Kind::Random, Kind::Identity, Kind::Zero, Kind::Graded, Kind::Wilkinson, Kind::Clustered];
    for &n in &[0usize, 1, 2, 3, 24, 25, 26, 60, 100] {
        for &kind in &kinds {
            let (d0, e0) = tridiag::<T::Real>(kind, n, &mut rng);
            let eps = T::Real::EPSILON.to_f64() / 2.0;
            let tnorm = (0..n)
                .map(|i| {
                    d0[i].to_f64().abs()
                        + if i > 0 { e0[i - 1].to_f64().abs() } else { 0.0 }
                        + if i + 1 < n { e0[i].to_f64().abs() } else { 0.0 }
                })
                .fold(0.0, f64::max);
            // Eigenvalues only.
            let mut w_sterf = d0.clone();
            let mut e = e0.clone();
            sterf(&mut w_sterf, &mut e).unwrap();
            assert!(w_sterf.windows(2).all(|p| p[0] <= p[1]), "{kind:?} n={n}: sterf unsorted");
            for solver in [Solver::Steqr, Solver::Stedc] {
                let mut w = d0.clone();
                let mut e = e0.clone();
                let mut dummy: [T; 0] = [];
                match solver {
                    Solver::Steqr => steqr::<T>(
                        Compz::None,
                        &mut w,
                        &mut e,
                        MatMut::from_col_major(&mut dummy, 0, 0, 1),
                        crate::Workspace::empty(),
                    )
                    .unwrap(),
                    Solver::Stedc => stedc::<T>(
                        Compz::None,
                        &mut w,
                        &mut e,
                        MatMut::from_col_major(&mut dummy, 0, 0, 1),
                        Par::Seq,
                        crate::Workspace::empty(),
                    )
                    .unwrap(),
                }
                for i in 0..n {
                    let diff = (w[i].to_f64() - w_sterf[i].to_f64()).abs();
                    assert!(
                        diff <= 4.0 * n as f64 * eps * tnorm,
                        "{kind:?} n={n} {solver:?}: eigenvalue {i} differs by {diff}"
                    );
                }
                for compz in [Compz::Init, Compz::Update] {
                    // The dense oracle is O(n^3) in c64: the largest size only on the hardest kinds.
                    if n >= 100 && !matches!(kind, Kind::Random | Kind::Clustered | Kind::Wilkinson) {
                        continue;
                    }
                    let ldz = n + 3;
                    let z0 = reflector::<T>(n, &mut rng);
                    let mut z = vec![T::zero(); ldz * n.max(1)];
                    if compz == Compz::Update {
                        for j in 0..n {
                            for i in 0..n {
                                z[i + j * ldz] = z0[i + j * n];
                            }
                        }
                    } else {
                        // Garbage that Init must overwrite.
                        z.iter_mut().for_each(|x| *x = rng.scalar());
                    }
                    let mut w = d0.clone();
                    let mut e = e0.clone();
                    run::<T>(solver, compz, &mut w, &mut e, &mut z, ldz).unwrap();
                    assert!(w.windows(2).all(|p| p[0] <= p[1]), "{kind:?} n={n} {solver:?} {compz:?}: unsorted");
                    for i in 0..n {
                        let diff = (w[i].to_f64() - w_sterf[i].to_f64()).abs();
                        assert!(
                            diff <= 4.0 * n as f64 * eps * tnorm,
                            "{kind:?} n={n} {solver:?} {compz:?}: eigenvalue {i} differs by {diff}"
                        );
                    }
                    let a0 = if compz == Compz::Update {
                        dense::<T>(&d0, &e0, &z0, n)
                    } else {
                        let mut id = vec![T::zero(); n * n];
                        for i in 0..n {
                            id[i + i * n] = T::one();
                        }
                        dense::<T>(&d0, &e0, &id, n)
                    };
                    let (res, orth) = residuals::<T>(&a0, n, &z, ldz, &w);
                    assert!(
                        res < 30.0 && orth < 30.0,
                        "{kind:?} n={n} {solver:?} {compz:?}: residual {res}, orthogonality {orth}"
                    );
                }
            }
        }
    }
}

mod residual {
    use super::*;

    #[test]
    fn all_f32() {
        check_all::<f32>();
    }
    #[test]
    fn all_f64() {
        check_all::<f64>();
    }
    #[test]
    fn all_c32() {
        check_all::<c32>();
    }
    #[test]
    fn all_c64() {
        check_all::<c64>();
    }
}

fn nan_ends<T: TestScalar>() {
    for &n in &[2usize, 5, 30, 60] {
        for pos in [0, n / 2] {
            let mut d: Vec<T::Real> = (0..n).map(|i| T::Real::from_f64(i as f64)).collect();
            let mut e: Vec<T::Real> = vec![T::Real::one(); n - 1];
            d[pos] = T::Real::from_f64(f64::NAN);
            let ok = |r: Result<(), crate::Info>, w: &[T::Real]| r.is_err() || w.iter().any(|x| x.is_nan());
            let (mut w, mut ee) = (d.clone(), e.clone());
            let r = sterf(&mut w, &mut ee);
            assert!(ok(r, &w), "sterf n={n}");
            for solver in [Solver::Steqr, Solver::Stedc] {
                let (mut w, mut ee) = (d.clone(), e.clone());
                let mut z = vec![T::zero(); n * n];
                let r = run::<T>(solver, Compz::Init, &mut w, &mut ee, &mut z, n);
                assert!(ok(r, &w), "{solver:?} n={n}");
            }
            e[0] = T::Real::INFINITY;
            let (mut w, mut ee) = (d.clone(), e.clone());
            let mut z = vec![T::zero(); n * n];
            let r = run::<T>(Solver::Stedc, Compz::Init, &mut w, &mut ee, &mut z, n);
            assert!(ok(r, &w), "inf n={n}");
        }
    }
}

#[test]
fn nan_input_ends() {
    nan_ends::<f32>();
    nan_ends::<f64>();
    nan_ends::<c32>();
    nan_ends::<c64>();
}

#[test]
fn secular_roots_accurate() {
    // Roots of 1 + rho sum z^2 / (d - x) with tight clusters: each delta must
    // match d - lambda and the secular function vanish to rounding.
    let mut rng = Rng::new(3);
    for &n in &[3usize, 4, 10, 40] {
        let mut d: Vec<f64> = (0..n).map(|i| i as f64 + 0.1 * rng.uniform()).collect();
        d[1] = d[0] + 1e-10;
        let mut z: Vec<f64> = (0..n).map(|_| 0.1 + rng.uniform().abs()).collect();
        let nz = z.iter().map(|x| x * x).sum::<f64>().sqrt();
        z.iter_mut().for_each(|x| *x /= nz);
        let rho = 0.7;
        let mut delta = vec![0.0; n];
        let mut prev = f64::NEG_INFINITY;
        for i in 0..n {
            let (lam, r) = laed4(i, &d, &z, &mut delta, rho);
            r.unwrap();
            assert!(lam > d[i] && lam > prev);
            if i + 1 < n {
                assert!(lam < d[i + 1]);
            }
            prev = lam;
            let f: f64 = 1.0 / rho + (0..n).map(|j| z[j] * z[j] / delta[j]).sum::<f64>();
            let scale: f64 = 1.0 / rho + (0..n).map(|j| (z[j] * z[j] / delta[j]).abs()).sum::<f64>();
            assert!(f.abs() <= 1e-13 * scale * n as f64, "n={n} i={i}: f={f}");
            for j in 0..n {
                assert!((delta[j] - (d[j] - lam)).abs() <= 1e-15 * (d[j].abs() + lam.abs()) * 4.0);
            }
        }
    }
    let (v, lam) = laed5(0, [1.0f64, 2.0], [0.6, 0.8], 1.0);
    assert!((v[0] * v[0] + v[1] * v[1] - 1.0).abs() < 1e-15);
    assert!((1.0 + 0.36 / (1.0 - lam) + 0.64 / (2.0 - lam)).abs() < 1e-14);
}
