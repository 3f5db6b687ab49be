//! Tests of the QR-preconditioned SVD in c64 oracles: `|A - U S V^H|`,
//! orthogonality of U and V, the singular values against `gesvd`, every
//! JOBA/JOBP/JOBR/JOBU/JOBV; the factored U (`'F'`) put together with the
//! QR's reflectors; numerical rank of rank-deficient matrices; relative
//! accuracy on `A = D1 X D2` against the double-precision result; the
//! condition estimate; zero and non-finite input.

#![allow(clippy::needless_range_loop)]

use super::bidiag_tests::{adjoint, buf, diff1, eps, matmul, orth_cols, M};
use super::*;
use crate::condition::testutil::{cabs, Rng, TestScalar};
use crate::qr::ormqr;
use ferroblas_kernels::aux::matrix::laswp;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{c32, c64, MatMut, Side, Trans};
use ferroblas_relapack::Par;

mod residual {
    use super::*;

    const ACC: [GesvdqAccuracy; 4] =
        [GesvdqAccuracy::Absolute, GesvdqAccuracy::Medium, GesvdqAccuracy::High, GesvdqAccuracy::HighCondition];
    const LEFT: [GesvdqLeft; 5] =
        [GesvdqLeft::All, GesvdqLeft::Some, GesvdqLeft::Rank, GesvdqLeft::Factored, GesvdqLeft::None];
    const RIGHT: [GesvdqRight; 3] = [GesvdqRight::All, GesvdqRight::Rank, GesvdqRight::None];

    fn none<'a, T: Scalar>() -> MatMut<'a, T> {
        MatMut::from_col_major(&mut [], 0, 0, 1)
    }

    /// The singular values by `gesvd` (no vectors) on a copy, in f64.
    fn gesvd_values<T: TestScalar>(a: &M<T>) -> Vec<f64> {
        let (m, n) = (a.m, a.n);
        let k = m.min(n);
        let mut c = a.clone();
        let mut s = vec![T::Real::zero(); k];
        let mut e = vec![T::Real::zero(); k.max(1)];
        let mut w = buf(gesvd_req::<T>(SvdJob::None, SvdJob::None, m, n).elems::<f64>() + 1);
        gesvd(SvdJob::None, SvdJob::None, c.view(), &mut s, none(), none(), &mut e, Par::Seq, w.workspace()).unwrap();
        s.iter().map(|x| x.to_f64()).collect()
    }

    fn rows(sorted: bool) -> GesvdqRows {
        if sorted {
            GesvdqRows::Sorted
        } else {
            GesvdqRows::AsGiven
        }
    }

    fn factor(transposed: bool) -> GesvdqFactor {
        if transposed {
            GesvdqFactor::Transposed
        } else {
            GesvdqFactor::Direct
        }
    }

    struct Job {
        acc: GesvdqAccuracy,
        rowp: bool,
        tr: bool,
        ju: GesvdqLeft,
        jv: GesvdqRight,
    }

    struct Out<T: Scalar> {
        a: M<T>,
        s: Vec<f64>,
        u: M<T>,
        v: M<T>,
        jpvt: Vec<usize>,
        swaps: Vec<usize>,
        tau: Vec<T>,
        info: GesvdqInfo<T::Real>,
    }

    fn run<T: TestScalar>(j: &Job, a0: &M<T>) -> Result<Out<T>, GesvdqError> {
        let (m, n) = (a0.m, a0.n);
        let mut a = a0.clone();
        let mut s = vec![T::Real::zero(); n];
        let (ur, uc) = match j.ju {
            GesvdqLeft::All => (m, m),
            GesvdqLeft::Factored => (n, n),
            GesvdqLeft::None => (0, 0),
            _ => (m, n),
        };
        let mut u = M::<T>::zeros(ur, uc, 1);
        let mut v = M::<T>::zeros(if j.jv == GesvdqRight::None { 0 } else { n }, n, 2);
        let mut jpvt = vec![0; n];
        let mut swaps = vec![0; m.saturating_sub(1)];
        let mut tau = vec![T::zero(); n];
        let mut w = buf(gesvdq_req::<T>(j.acc, rows(j.rowp), factor(j.tr), j.ju, j.jv, m, n).elems::<f64>() + 1);
        let info = gesvdq(
            j.acc,
            rows(j.rowp),
            factor(j.tr),
            j.ju,
            j.jv,
            a.view(),
            &mut s,
            u.view(),
            v.view(),
            &mut jpvt,
            &mut swaps,
            &mut tau,
            Par::Seq,
            w.workspace(),
        )?;
        Ok(Out { a, s: s.iter().map(|x| x.to_f64()).collect(), u, v, jpvt, swaps, tau, info })
    }

    /// A's left singular vectors from the factored form: `Q diag(U_F)`, the
    /// row sort undone.
    fn unfactor<T: TestScalar>(o: &Out<T>, m: usize, n: usize, rowp: bool) -> M<T> {
        let mut ua = M::<T>::zeros(m, n, 0);
        for j in 0..n {
            for i in 0..n {
                ua.set(i, j, o.u.raw(i, j));
            }
        }
        let mut qa = o.a.clone();
        let mut w = buf(64 * (m + n) + 64);
        ormqr(Side::Left, Trans::No, qa.view().rb(), &o.tau, ua.view(), Par::Seq, w.workspace());
        if rowp {
            laswp(ua.view(), 0, &o.swaps, true);
        }
        ua
    }

    fn check<T: TestScalar>(m: usize, n: usize, rank: usize, j: &Job, seed: u64) {
        let mut rng = Rng::new(seed);
        let mut a0 = M::<T>::random(m, n, 1, &mut rng);
        for c in rank..n {
            for i in 0..m {
                let x = if rank == 0 { T::zero() } else { a0.raw(i, c % rank) };
                a0.set(i, c, x);
            }
        }
        let o = run(j, &a0).unwrap();
        let what =
            format!("gesvdq {}{:?}/{}/{}/{:?}/{:?} {m}x{n} rank {rank}", T::PREFIX, j.acc, j.rowp, j.tr, j.ju, j.jv);
        if n == 0 {
            return;
        }
        let e = eps::<T>();
        let s = &o.s;
        let nr = o.info.numrank;
        for i in 1..n {
            assert!(s[i] <= s[i - 1] && s[i] >= 0.0, "{what}: not sorted {s:?}");
        }
        assert!(s[nr..].iter().all(|&x| x == 0.0) && s[..nr].iter().all(|&x| x > 0.0), "{what}: rank {nr}, {s:?}");
        let sg = gesvd_values(&a0);
        let tol = 30.0 * n as f64 * e * sg[0].max(f64::MIN_POSITIVE);
        for i in 0..n {
            assert!((s[i] - sg[i]).abs() <= tol, "{what}: s[{i}] {} vs gesvd {}", s[i], sg[i]);
        }
        if rank == n && rank > 0 {
            assert_eq!(nr, n, "{what}: full rank declared {nr}");
        }
        // Repeated columns leave rounding-level residuals in R: the rank is
        // at least the exact one (the exact truncation is tested below).
        assert!(nr >= rank, "{what}: rank {nr}");
        if j.acc == GesvdqAccuracy::HighCondition {
            let sc = o.info.sconda.unwrap().to_f64();
            assert!(sc > 0.0 || (rank == 0 && sc == -1.0), "{what}: sconda {sc}");
        } else {
            assert!(o.info.sconda.is_none());
        }
        assert!(o.info.zeros.is_some() || rank == 0, "{what}: no SVD ran");
        let anorm = a0.norm1().max(f64::MIN_POSITIVE);
        let thr = 30.0;
        let ac = a0.to_c();
        // The left vectors (the first `kl` columns), in c64.
        let ucols = match j.ju {
            GesvdqLeft::None => 0,
            GesvdqLeft::Rank => nr,
            _ => n,
        };
        let u: Vec<Vec<c64>> = match j.ju {
            GesvdqLeft::None => vec![],
            GesvdqLeft::Factored => {
                let ua = unfactor(&o, m, n, j.rowp);
                (0..m).map(|i| (0..n).map(|c| ua.get(i, c)).collect()).collect()
            }
            _ => (0..m).map(|i| (0..ucols).map(|c| o.u.get(i, c)).collect()).collect(),
        };
        if ucols > 0 {
            assert!(orth_cols(&u, m, ucols, e) < thr, "{what}: |I - U^H U|");
        }
        if j.ju == GesvdqLeft::All {
            let full = o.u.to_c();
            assert!(orth_cols(&full, m, m, e) < thr, "{what}: U (m x m) not unitary");
        }
        // V (columns), from the rows of V^H.
        let vrows = match j.jv {
            GesvdqRight::None => 0,
            GesvdqRight::Rank => nr,
            GesvdqRight::All => n,
        };
        let v: Vec<Vec<c64>> = (0..n).map(|i| (0..vrows).map(|r| o.v.get(r, i).conj()).collect()).collect();
        if vrows > 0 {
            assert!(orth_cols(&v, n, vrows, e) < thr, "{what}: |I - V^H V|");
        }
        let k = ucols.min(vrows);
        if k > 0 {
            // A = U S V^H, through the first k pairs; the rest are zero.
            let us: Vec<Vec<c64>> = (0..m).map(|i| (0..k).map(|c| u[i][c] * s[c]).collect()).collect();
            let vk: Vec<Vec<c64>> = (0..n).map(|i| (0..k).map(|c| v[i][c]).collect()).collect();
            let mut r = diff1(&matmul(&us, &adjoint(&vk, n, k)), &ac);
            if k < n {
                // The dropped tail: its values must be tiny (truncation), not the residual.
                r = (r - 30.0 * n as f64 * e * anorm).max(0.0);
            }
            assert!(r / (anorm * m as f64 * e) < thr, "{what}: |A - U S V^H| {}", r / (anorm * m as f64 * e));
        } else if ucols > 0 {
            // |A^H u_c| = s_c.
            let ahu = matmul(&adjoint(&ac, m, n), &u);
            for c in 0..ucols {
                let nrm = (0..n).map(|i| cabs(ahu[i][c]).powi(2)).sum::<f64>().sqrt();
                assert!((nrm - s[c]).abs() < thr * n as f64 * e * anorm, "{what}: |A^H u_{c}| {nrm} vs {}", s[c]);
            }
        } else if vrows > 0 {
            let av = matmul(&ac, &v);
            for c in 0..vrows {
                let nrm = (0..m).map(|i| cabs(av[i][c]).powi(2)).sum::<f64>().sqrt();
                assert!((nrm - s[c]).abs() < thr * n as f64 * e * anorm, "{what}: |A v_{c}| {nrm} vs {}", s[c]);
            }
        }
        // jpvt is a permutation.
        let mut seen = vec![false; n];
        for &p in &o.jpvt {
            assert!(!seen[p], "{what}: jpvt {:?}", o.jpvt);
            seen[p] = true;
        }
    }

    fn all_jobs<T: TestScalar>() {
        let shapes = [(0, 0), (1, 0), (1, 1), (2, 1), (2, 2), (3, 2), (3, 3), (7, 4), (12, 12), (20, 9)];
        let mut seed = 1;
        for &(m, n) in &shapes {
            for acc in ACC {
                for ju in LEFT {
                    for jv in RIGHT {
                        if ju == GesvdqLeft::Rank && jv == GesvdqRight::All {
                            continue;
                        }
                        seed += 1;
                        let (rowp, tr) = (seed % 2 == 0, seed % 3 == 0);
                        check::<T>(m, n, n, &Job { acc, rowp, tr, ju, jv }, seed);
                        check::<T>(m, n, n, &Job { acc, rowp: !rowp, tr: !tr, ju, jv }, seed);
                    }
                }
            }
        }
        // Rank-deficient, zero included.
        for (m, n, r) in [(5, 4, 2), (9, 6, 1), (4, 3, 0), (16, 16, 5), (30, 20, 7)] {
            for acc in ACC {
                for ju in LEFT {
                    for jv in RIGHT {
                        if ju == GesvdqLeft::Rank && jv == GesvdqRight::All {
                            continue;
                        }
                        seed += 1;
                        let (rowp, tr) = (seed % 2 == 0, (seed / 2) % 2 == 0);
                        check::<T>(m, n, r, &Job { acc, rowp, tr, ju, jv }, seed);
                    }
                }
            }
        }
    }

    #[test]
    fn gesvdq_all_jobs_s() {
        all_jobs::<f32>();
    }
    #[test]
    fn gesvdq_all_jobs_d() {
        all_jobs::<f64>();
    }
    #[test]
    fn gesvdq_all_jobs_c() {
        all_jobs::<c32>();
    }
    #[test]
    fn gesvdq_all_jobs_z() {
        all_jobs::<c64>();
    }

    /// `A = D1 X D2`, X random, D1 and D2 spanning `rows` and `cols`
    /// decades: each singular value of the low precision agrees with the high
    /// precision's to a small multiple of eps, however small it is.
    fn graded<L: TestScalar, H: TestScalar>(m: usize, n: usize, rows: f64, cols: f64, seed: u64) -> f64 {
        let mut rng = Rng::new(seed);
        let mut lo = M::<L>::random(m, n, 0, &mut rng);
        // Scramble the row order of the grading so the row sort has work.
        let perm: Vec<usize> = (0..m).map(|i| (i * 7 + 3) % m).collect();
        for j in 0..n {
            let d2 = 10f64.powf(-cols * j as f64 / (n - 1) as f64);
            for i in 0..m {
                let d1 = 10f64.powf(-rows * perm[i] as f64 / (m - 1) as f64);
                let x = lo.get(i, j) * (d1 * d2);
                lo.set(i, j, L::from_c64(x));
            }
        }
        let mut hi = M::<H>::zeros(m, n, 0);
        for j in 0..n {
            for i in 0..m {
                hi.set(i, j, H::from_c64(lo.get(i, j)));
            }
        }
        let job = |ju, jv| Job { acc: GesvdqAccuracy::High, rowp: true, tr: false, ju, jv };
        let ol = run(&job(GesvdqLeft::None, GesvdqRight::None), &lo).unwrap();
        let oh = run(&job(GesvdqLeft::Some, GesvdqRight::All), &hi).unwrap();
        let mut worst = 0f64;
        for i in 0..n {
            worst = worst.max((ol.s[i] - oh.s[i]).abs() / oh.s[i]);
        }
        let e = eps::<L>();
        assert!(
            worst < 100.0 * n as f64 * e,
            "graded {}{m}x{n} 1e-{rows}/1e-{cols}: worst relative error {worst:e} ({} eps)",
            L::PREFIX,
            worst / e
        );
        worst / e
    }

    #[test]
    fn gesvdq_graded_relative_accuracy() {
        graded::<f32, f64>(12, 8, 0.0, 12.0, 7);
        graded::<f32, f64>(30, 20, 10.0, 10.0, 8);
        graded::<c32, c64>(12, 8, 12.0, 0.0, 9);
        graded::<c32, c64>(25, 25, 8.0, 8.0, 10);
        graded::<f32, f64>(40, 16, 15.0, 5.0, 11);
    }

    /// The JOBA = E estimate against `1 / sigma_min(C)`, C = A with unit
    /// columns: within `n^(1/4)`, and a factor 3 for the 1-norm estimator.
    fn condition<T: TestScalar>() {
        let mut rng = Rng::new(31);
        let (m, n) = (14, 9);
        let mut a = M::<T>::random(m, n, 0, &mut rng);
        for j in 0..n {
            let d = 10f64.powf(-(j as f64));
            for i in 0..m {
                a.set(i, j, T::from_c64(a.get(i, j) * d));
            }
        }
        let j = Job {
            acc: GesvdqAccuracy::HighCondition,
            rowp: false,
            tr: false,
            ju: GesvdqLeft::None,
            jv: GesvdqRight::None,
        };
        let sc = run(&j, &a).unwrap().info.sconda.unwrap().to_f64();
        let mut c = a.clone();
        for j in 0..n {
            let nrm = (0..m).map(|i| cabs(a.get(i, j)).powi(2)).sum::<f64>().sqrt();
            for i in 0..m {
                c.set(i, j, T::from_c64(a.get(i, j) / nrm));
            }
        }
        let sv = gesvd_values(&c);
        let want = 1.0 / sv[n - 1];
        let q = (n as f64).powf(0.25);
        assert!(sc <= 3.0 * q * want && sc >= want / (3.0 * q), "{}: sconda {sc} vs {want}", T::PREFIX);
    }

    #[test]
    fn gesvdq_condition_estimate() {
        condition::<f32>();
        condition::<f64>();
        condition::<c32>();
        condition::<c64>();
    }

    /// Zero matrix with the row sort: identity vectors, NUMRANK 0, no SVD;
    /// NaN and Inf: nothing computed; entries near overflow: scaled values.
    fn special<T: TestScalar>() {
        let a = M::<T>::zeros(5, 3, 1);
        let j = Job {
            acc: GesvdqAccuracy::HighCondition,
            rowp: true,
            tr: false,
            ju: GesvdqLeft::Some,
            jv: GesvdqRight::All,
        };
        let o = run(&j, &a).unwrap();
        assert_eq!(o.info.numrank, 0);
        assert_eq!(o.info.zeros, None);
        assert_eq!(o.info.sconda.map(|x| x.to_f64()), Some(-1.0));
        assert!(o.s.iter().all(|&x| x == 0.0));
        for i in 0..5 {
            for c in 0..3 {
                assert_eq!(o.u.get(i, c), c64::new(if i == c { 1.0 } else { 0.0 }, 0.0));
            }
        }
        for bad in [T::Real::from_f64(f64::NAN), T::Real::INFINITY] {
            for rowp in [false, true] {
                let mut rng = Rng::new(3);
                let mut b = M::<T>::random(4, 3, 0, &mut rng);
                b.set(2, 1, T::from_real(bad));
                let j = Job { acc: GesvdqAccuracy::High, rowp, tr: false, ju: GesvdqLeft::Some, jv: GesvdqRight::All };
                assert_eq!(run(&j, &b).err(), Some(GesvdqError::NotFinite));
            }
        }
        // Columns 3.. a thousandth of eps below the rest: A and M truncate
        // them, H keeps them.
        let mut rng = Rng::new(4);
        let mut a = M::<T>::random(9, 6, 0, &mut rng);
        for c in 3..6 {
            for i in 0..9 {
                a.set(i, c, T::from_c64(a.get(i, c) * (1e-3 * eps::<T>())));
            }
        }
        for (acc, want) in [(GesvdqAccuracy::Absolute, 3), (GesvdqAccuracy::Medium, 3), (GesvdqAccuracy::High, 6)] {
            let j = Job { acc, rowp: false, tr: false, ju: GesvdqLeft::Some, jv: GesvdqRight::All };
            let o = run(&j, &a).unwrap();
            assert_eq!(o.info.numrank, want, "{}: {acc:?} numerical rank", T::PREFIX);
            assert_eq!(o.info.zeros, Some(0));
        }
        let mut rng = Rng::new(5);
        let a = M::<T>::random(7, 5, 0, &mut rng);
        let j = Job { acc: GesvdqAccuracy::High, rowp: true, tr: true, ju: GesvdqLeft::Some, jv: GesvdqRight::All };
        let base = run(&j, &a).unwrap();
        let g = T::Real::MAX.to_f64() / 8.0;
        let mut b = a.clone();
        for c in 0..5 {
            for i in 0..7 {
                b.set(i, c, T::from_c64(a.get(i, c) * g));
            }
        }
        let o = run(&j, &b).unwrap();
        for k in 0..5 {
            let (got, want) = (o.s[k].ln(), base.s[k].ln() + g.ln());
            assert!((got - want).abs() < 1e3 * eps::<T>(), "{}: s[{k}] {got} vs {want}", T::PREFIX);
        }
    }

    #[test]
    fn gesvdq_special() {
        special::<f32>();
        special::<f64>();
        special::<c32>();
        special::<c64>();
    }
}
