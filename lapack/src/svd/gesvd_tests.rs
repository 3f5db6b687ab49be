//! Residual tests of `gesvd`, `gelss` and `gelsd` in c64 oracles: `|A - U S V^H|`,
//! orthogonality, the singular values against `bdsqr` on the same
//! bidiagonal, every job combination on tall, wide, square and tiny
//! shapes; least-squares residuals and ranks.

#![allow(clippy::needless_range_loop)]

use super::bidiag_tests::{adjoint, buf, diff1, eps, matmul, orth_cols, M};
use super::*;
use crate::condition::testutil::{cabs, Rng, TestScalar};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{c32, c64, MatMut, Uplo};
use ferroblas_relapack::Par;

const JOBS: [SvdJob; 4] = [SvdJob::All, SvdJob::Some, SvdJob::Overwrite, SvdJob::None];

/// A random `m x n` matrix of rank at most `r` (`r >= min(m, n)`: full).
pub(super) fn low_rank<T: TestScalar>(m: usize, n: usize, r: usize, pad: usize, rng: &mut Rng) -> M<T> {
    let mut a = M::<T>::random(m, n, pad, rng);
    if r >= m.min(n) {
        return a;
    }
    if r == 0 {
        a.d.iter_mut().for_each(|v| *v = T::zero());
        return a;
    }
    let x = M::<T>::random(m, r, 0, rng).to_c();
    let y = M::<T>::random(r, n, 0, rng).to_c();
    let p = matmul(&x, &y);
    for i in 0..m {
        for j in 0..n {
            a.set(i, j, T::from_c64(p[i][j]));
        }
    }
    a
}

/// The singular values by `gebrd` + `bdsqr` (no vectors) on a copy.
fn bdsqr_values<T: TestScalar>(a: &M<T>) -> Vec<f64> {
    let (m, n) = (a.m, a.n);
    let k = m.min(n);
    let mut c = a.clone();
    let mut d = vec![T::Real::zero(); k];
    let mut e = vec![T::Real::zero(); k.max(1)];
    let (mut tq, mut tp) = (vec![T::zero(); k], vec![T::zero(); k]);
    let mut w = buf(64 * (m + n) + 4 * k);
    gebrd(c.view(), &mut d, &mut e, &mut tq, &mut tp, Par::Seq, w.workspace());
    let uplo = if m >= n { Uplo::Upper } else { Uplo::Lower };
    let none = || MatMut::<T>::from_col_major(&mut [], 0, 0, 1);
    bdsqr(uplo, &mut d, &mut e, none(), none(), none(), w.workspace()).unwrap();
    d.iter().map(|x| x.to_f64()).collect()
}

fn check_gesvd<T: TestScalar>(m: usize, n: usize, rank: usize, jobu: SvdJob, jobvt: SvdJob, seed: u64) {
    let mut rng = Rng::new(seed);
    let a0 = low_rank::<T>(m, n, rank, 1, &mut rng);
    let k = m.min(n);
    let mut a = a0.clone();
    let ucols = if jobu == SvdJob::All { m } else { k };
    let vrows = if jobvt == SvdJob::All { n } else { k };
    let mut u = M::<T>::zeros(m, ucols, 2);
    let mut vt = M::<T>::zeros(vrows, n, 1);
    let mut s = vec![T::Real::zero(); k];
    let mut e = vec![T::Real::zero(); k.max(1)];
    let mut w = buf(gesvd_req::<T>(jobu, jobvt, m, n).elems::<f64>() + 1);
    let uv =
        if matches!(jobu, SvdJob::All | SvdJob::Some) { u.view() } else { MatMut::from_col_major(&mut [], 0, 0, 1) };
    let vv =
        if matches!(jobvt, SvdJob::All | SvdJob::Some) { vt.view() } else { MatMut::from_col_major(&mut [], 0, 0, 1) };
    gesvd(jobu, jobvt, a.view(), &mut s, uv, vv, &mut e, Par::Seq, w.workspace()).unwrap();
    if k == 0 {
        return;
    }
    let eps = eps::<T>();
    let anorm = a0.norm1().max(f64::MIN_POSITIVE);
    let what = format!("gesvd {jobu:?}/{jobvt:?} {m}x{n} rank {rank}");
    // Decreasing, non-negative, and those of bdsqr on the same bidiagonal.
    let sv: Vec<f64> = s.iter().map(|x| x.to_f64()).collect();
    for i in 0..k {
        assert!(sv[i] >= 0.0 && (i == 0 || sv[i] <= sv[i - 1]), "{what}: s not sorted: {sv:?}");
    }
    let sb = bdsqr_values(&a0);
    for i in 0..k {
        assert!(
            (sv[i] - sb[i]).abs() <= 30.0 * k as f64 * eps * sv[0].max(f64::MIN_POSITIVE),
            "{what}: s[{i}] {} vs bdsqr {}",
            sv[i],
            sb[i]
        );
    }
    // Padding of A untouched.
    for j in 0..n {
        for i in m..a.ld {
            assert_eq!(a.raw(i, j), a0.raw(i, j), "{what}: padding written");
        }
    }
    let uk: Option<Vec<Vec<c64>>> = match jobu {
        SvdJob::All | SvdJob::Some => Some(u.to_c()),
        SvdJob::Overwrite => Some((0..m).map(|i| (0..k).map(|j| a.get(i, j)).collect()).collect()),
        SvdJob::None => None,
    };
    let vk: Option<Vec<Vec<c64>>> = match jobvt {
        SvdJob::All | SvdJob::Some => Some(vt.to_c()),
        SvdJob::Overwrite => Some((0..k).map(|i| (0..n).map(|j| a.get(i, j)).collect()).collect()),
        SvdJob::None => None,
    };
    let thr = 30.0;
    if let Some(uk) = &uk {
        let o = orth_cols(uk, m, uk.first().map_or(0, |r| r.len()), eps);
        assert!(o < thr, "{what}: |I - U^H U| {o}");
    }
    if let Some(vk) = &vk {
        let rows = vk.len();
        let o = orth_cols(&adjoint(vk, rows, n), n, rows, eps);
        assert!(o < thr, "{what}: |I - V^H V| {o}");
    }
    let ac = a0.to_c();
    let scale = anorm * m.max(n).max(1) as f64 * eps;
    match (&uk, &vk) {
        (Some(uk), Some(vk)) => {
            let us: Vec<Vec<c64>> = (0..m).map(|i| (0..k).map(|j| uk[i][j] * sv[j]).collect()).collect();
            let vk: Vec<Vec<c64>> = vk[..k].to_vec();
            let r = diff1(&ac, &matmul(&us, &vk)) / scale;
            assert!(r < thr, "{what}: |A - U S V^H| {r}");
        }
        (Some(uk), None) => {
            // |A^H u_i| = s_i.
            let ah = adjoint(&ac, m, n);
            let uk_k: Vec<Vec<c64>> = uk.iter().map(|r| r[..k].to_vec()).collect();
            let p = matmul(&ah, &uk_k);
            for j in 0..k {
                let nrm = (0..n).map(|i| cabs(p[i][j]).powi(2)).sum::<f64>().sqrt();
                assert!((nrm - sv[j]).abs() < thr * scale, "{what}: |A^H u_{j}| {nrm} vs {}", sv[j]);
            }
        }
        (None, Some(vk)) => {
            let vk_k: Vec<Vec<c64>> = vk[..k].to_vec();
            let p = matmul(&ac, &adjoint(&vk_k, k, n));
            for j in 0..k {
                let nrm = (0..m).map(|i| cabs(p[i][j]).powi(2)).sum::<f64>().sqrt();
                assert!((nrm - sv[j]).abs() < thr * scale, "{what}: |A v_{j}| {nrm} vs {}", sv[j]);
            }
        }
        (None, None) => {}
    }
}

fn gesvd_all<T: TestScalar>() {
    let shapes =
        [(0, 0), (0, 2), (2, 0), (1, 1), (1, 3), (3, 1), (2, 2), (3, 3), (5, 3), (3, 5), (9, 4), (4, 9), (7, 7)];
    let mut seed = 1;
    for &(m, n) in &shapes {
        for ju in JOBS {
            for jv in JOBS {
                if ju == SvdJob::Overwrite && jv == SvdJob::Overwrite {
                    continue;
                }
                seed += 1;
                check_gesvd::<T>(m, n, m.min(n), ju, jv, seed);
            }
        }
    }
    // Rank-deficient, and the QR/LQ-first paths with several panels.
    for &(m, n, r) in &[(8, 6, 2), (6, 8, 3), (7, 7, 0), (40, 7, 7), (7, 40, 7), (30, 30, 30)] {
        for (ju, jv) in [
            (SvdJob::All, SvdJob::All),
            (SvdJob::Overwrite, SvdJob::Some),
            (SvdJob::Some, SvdJob::Overwrite),
            (SvdJob::None, SvdJob::All),
            (SvdJob::All, SvdJob::None),
        ] {
            seed += 1;
            check_gesvd::<T>(m, n, r, ju, jv, seed);
        }
    }
}

/// The SVD least-squares solvers checked here.
#[derive(Clone, Copy, Debug)]
enum Solver {
    Gelss,
    Gelsd,
}

fn check_gelss<T: TestScalar>(solver: Solver, m: usize, n: usize, rank: usize, nrhs: usize, seed: u64) {
    let mut rng = Rng::new(seed);
    let a0 = low_rank::<T>(m, n, rank, 1, &mut rng);
    let mut b0 = M::<T>::random(m.max(n), nrhs, 2, &mut rng);
    for j in 0..nrhs {
        for i in m..m.max(n) {
            b0.set(i, j, T::zero());
        }
    }
    let (mut a, mut b) = (a0.clone(), b0.clone());
    let k = m.min(n);
    let mut s = vec![T::Real::zero(); k];
    let rcond = T::Real::from_f64(1e-3);
    let got = match solver {
        Solver::Gelss => {
            let mut w = buf(gelss_req::<T>(m, n, nrhs).elems::<f64>() + 1);
            gelss(a.view(), b.view(), &mut s, rcond, Par::Seq, w.workspace()).unwrap()
        }
        Solver::Gelsd => {
            let mut w = buf(gelsd_req::<T>(m, n, nrhs).elems::<f64>() + 1);
            gelsd(a.view(), b.view(), &mut s, rcond, Par::Seq, w.workspace()).unwrap()
        }
    };
    let want = rank.min(k);
    assert_eq!(got, want, "{solver:?} {m}x{n} rank");
    if k == 0 {
        return;
    }
    let eps = eps::<T>();
    // X minimises |A X - B|: A^H (A X - B) = 0, and X has no part in A's null space (X = A^H Y).
    let ac = a0.to_c();
    let x: Vec<Vec<c64>> = (0..n).map(|i| (0..nrhs).map(|j| b.get(i, j)).collect()).collect();
    let bc: Vec<Vec<c64>> = (0..m).map(|i| (0..nrhs).map(|j| b0.get(i, j)).collect()).collect();
    let ax = matmul(&ac, &x);
    let r: Vec<Vec<c64>> = (0..m).map(|i| (0..nrhs).map(|j| ax[i][j] - bc[i][j]).collect()).collect();
    let g = matmul(&adjoint(&ac, m, n), &r);
    let an = a0.norm1();
    let bn = b0.norm1();
    let xn = diff1(&x, &vec![vec![c64::new(0.0, 0.0); nrhs]; n]);
    let res = diff1(&g, &vec![vec![c64::new(0.0, 0.0); nrhs]; n])
        / (an * (an * xn + bn) * m.max(n) as f64 * eps).max(f64::MIN_POSITIVE);
    assert!(res < 30.0, "{solver:?} {m}x{n} rank {rank}: |A^H (A X - B)| {res}");
    // Minimum norm: X is orthogonal to the null space of A: compare with the pseudo-inverse via gesvd.
    let mut a2 = a0.clone();
    let mut vt = M::<T>::zeros(n, n, 0);
    let mut s2 = vec![T::Real::zero(); k];
    let mut e2 = vec![T::Real::zero(); k.max(1)];
    let mut w2 = buf(gesvd_req::<T>(SvdJob::None, SvdJob::All, m, n).elems::<f64>() + 1);
    gesvd(
        SvdJob::None,
        SvdJob::All,
        a2.view(),
        &mut s2,
        MatMut::from_col_major(&mut [], 0, 0, 1),
        vt.view(),
        &mut e2,
        Par::Seq,
        w2.workspace(),
    )
    .unwrap();
    let vtc = vt.to_c();
    let null: Vec<Vec<c64>> = vtc[want..].to_vec();
    if !null.is_empty() {
        let p = matmul(&null, &x);
        let pn = diff1(&p, &vec![vec![c64::new(0.0, 0.0); nrhs]; null.len()]);
        assert!(
            pn < 1e3 * eps * (xn + bn / s2[0].to_f64().max(f64::MIN_POSITIVE) * 10.0),
            "{solver:?} {m}x{n}: X has {pn} in the null space"
        );
    }
    for i in 0..k {
        assert!((s[i].to_f64() - s2[i].to_f64()).abs() <= 30.0 * k as f64 * eps * s2[0].to_f64(), "{solver:?} s[{i}]");
    }
}

fn gelss_all<T: TestScalar>(solver: Solver) {
    let mut seed = 700;
    for &(m, n, r, nrhs) in &[
        (0, 0, 0, 1),
        (3, 0, 0, 2),
        (1, 1, 1, 1),
        (4, 4, 4, 2),
        (6, 3, 3, 2),
        (3, 6, 3, 2),
        (8, 5, 2, 3),
        (5, 8, 2, 1),
        (7, 7, 4, 2),
        (6, 4, 0, 2),
        (20, 6, 6, 1),
        (6, 20, 5, 3),
        // Past the divide and conquer's leaf size (25), on each of gelsd's paths.
        (40, 30, 30, 2),
        (30, 40, 30, 2),
        (33, 33, 20, 1),
        (80, 30, 30, 2),
        (30, 80, 22, 3),
    ] {
        seed += 1;
        check_gelss::<T>(solver, m, n, r, nrhs, seed);
    }
}

mod residual {
    use super::*;

    #[test]
    fn gesvd_every_job_and_shape() {
        gesvd_all::<f32>();
        gesvd_all::<f64>();
        gesvd_all::<c32>();
        gesvd_all::<c64>();
    }

    #[test]
    fn gelss_residual_and_rank() {
        gelss_all::<f32>(Solver::Gelss);
        gelss_all::<f64>(Solver::Gelss);
        gelss_all::<c32>(Solver::Gelss);
        gelss_all::<c64>(Solver::Gelss);
    }

    #[test]
    fn gelsd_residual_and_rank() {
        gelss_all::<f32>(Solver::Gelsd);
        gelss_all::<f64>(Solver::Gelsd);
        gelss_all::<c32>(Solver::Gelsd);
        gelss_all::<c64>(Solver::Gelsd);
    }

    #[test]
    fn gesvd_nan_no_hang() {
        let mut rng = Rng::new(5);
        for (m, n) in [(5, 3), (3, 5), (20, 4)] {
            let mut a = M::<f64>::random(m, n, 0, &mut rng);
            a.set(1, 1, f64::NAN);
            let k = m.min(n);
            let (mut s, mut e) = (vec![0.0; k], vec![0.0; k]);
            let mut u = M::<f64>::zeros(m, m, 0);
            let mut vt = M::<f64>::zeros(n, n, 0);
            let mut w = buf(gesvd_req::<f64>(SvdJob::All, SvdJob::All, m, n).elems::<f64>());
            let r =
                gesvd(SvdJob::All, SvdJob::All, a.view(), &mut s, u.view(), vt.view(), &mut e, Par::Seq, w.workspace());
            assert!(r.is_err() || s.iter().any(|x| x.is_nan()), "NaN input gave finite output");
        }
    }

    #[test]
    fn gesvd_tiny_and_huge_scaling() {
        // Entries near underflow and overflow: scaled in and out.
        for f in [1e-300, 1e300] {
            let mut rng = Rng::new(9);
            let mut a = M::<f64>::random(5, 4, 0, &mut rng);
            let a1 = a.clone();
            for v in a.d.iter_mut() {
                *v *= f;
            }
            let (mut s, mut e) = (vec![0.0; 4], vec![0.0; 4]);
            let (mut s1, mut e1) = (vec![0.0; 4], vec![0.0; 4]);
            let none = || MatMut::<f64>::from_col_major(&mut [], 0, 0, 1);
            let mut w = buf(gesvd_req::<f64>(SvdJob::None, SvdJob::None, 5, 4).elems::<f64>());
            gesvd(SvdJob::None, SvdJob::None, a.view(), &mut s, none(), none(), &mut e, Par::Seq, w.workspace())
                .unwrap();
            let mut a1 = a1;
            gesvd(SvdJob::None, SvdJob::None, a1.view(), &mut s1, none(), none(), &mut e1, Par::Seq, w.workspace())
                .unwrap();
            for i in 0..4 {
                assert!((s[i] / f - s1[i]).abs() < 1e-12 * s1[0], "scaled s[{i}]: {} vs {}", s[i] / f, s1[i]);
            }
        }
    }
}
