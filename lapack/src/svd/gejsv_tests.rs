//! Tests of the preconditioned Jacobi SVD in c64 oracles: `|A - U S V^H|`,
//! orthogonality of U and V, the singular values against `gesvd`, every
//! JOBA/JOBU/JOBV/JOBR/JOBT/JOBP; rank-deficient and zero input; relative
//! accuracy on graded `A = D1 X D2` against the double-precision result and
//! against `gesvj`; the condition estimate; infinite input.

#![allow(clippy::needless_range_loop)]

use super::bidiag_tests::{adjoint, buf, diff1, eps, matmul, orth_cols, M};
use super::*;
use crate::condition::testutil::{cabs, Rng, TestScalar};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{c32, c64, MatMut};
use ferroblas_relapack::Par;

mod residual {
    use super::*;

    const ACC: [GejsvAccuracy; 6] = [
        GejsvAccuracy::Column,
        GejsvAccuracy::ColumnCondition,
        GejsvAccuracy::Full,
        GejsvAccuracy::FullCondition,
        GejsvAccuracy::Absolute,
        GejsvAccuracy::Rank,
    ];
    const LEFT: [GejsvLeft; 4] = [GejsvLeft::Some, GejsvLeft::Full, GejsvLeft::Workspace, GejsvLeft::None];
    const RIGHT: [GejsvRight; 4] = [GejsvRight::Vectors, GejsvRight::Jacobi, GejsvRight::Workspace, GejsvRight::None];

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

    /// The singular values by `gesvj` (no vectors) on a copy, in f64.
    fn gesvj_values<T: TestScalar>(a: &M<T>) -> Vec<f64> {
        let mut c = a.clone();
        let mut s = vec![T::Real::zero(); a.n];
        let mut w = buf(gesvj_req::<T>(a.m).elems::<f64>() + 1);
        let st = gesvj(
            JacobiShape::General,
            JacobiLeft::None,
            T::Real::one(),
            JacobiRight::None,
            c.view(),
            &mut s,
            none(),
            w.workspace(),
        )
        .unwrap();
        s.iter().map(|x| x.to_f64() * st.scale.to_f64()).collect()
    }

    struct Out<T: Scalar> {
        s: Vec<f64>,
        u: M<T>,
        v: M<T>,
        stats: GejsvStats<T::Real>,
    }

    fn run<T: TestScalar>(jobs: GejsvJobs, a0: &M<T>) -> Result<Out<T>, InfiniteEntry> {
        let (m, n) = (a0.m, a0.n);
        let mut a = a0.clone();
        let mut s = vec![T::Real::zero(); n];
        let (ur, uc) = match jobs.left {
            GejsvLeft::Full => (m, m),
            GejsvLeft::Some => (m, n),
            _ => (0, 0),
        };
        let mut u = M::<T>::zeros(ur, uc, 1);
        let vn = if jobs.right.wanted() { n } else { 0 };
        let mut v = M::<T>::zeros(vn, vn, 2);
        let mut w = buf(gejsv_req::<T>(jobs, m, n).elems::<f64>() + 1);
        let stats = gejsv(jobs, a.view(), &mut s, u.view(), v.view(), Par::Seq, w.workspace())?;
        let f = stats.scale.0.to_f64() / stats.scale.1.to_f64();
        Ok(Out { s: s.iter().map(|x| x.to_f64() * f).collect(), u, v, stats })
    }

    fn jobs(accuracy: GejsvAccuracy, left: GejsvLeft, right: GejsvRight, seed: u64) -> GejsvJobs {
        GejsvJobs {
            accuracy,
            left,
            right,
            range: if seed.is_multiple_of(2) { GejsvRange::Restricted } else { GejsvRange::Full },
            transpose: if (seed / 2).is_multiple_of(2) { GejsvTranspose::Entropy } else { GejsvTranspose::Never },
            perturb: if (seed / 4).is_multiple_of(2) { GejsvPerturb::Allowed } else { GejsvPerturb::No },
        }
    }

    fn check<T: TestScalar>(m: usize, n: usize, rank: usize, j: GejsvJobs, seed: u64) {
        let mut rng = Rng::new(seed);
        let mut a0 = M::<T>::random(m, n, 1, &mut rng);
        for c in rank..n {
            for i in 0..m {
                let x = if rank == 0 { T::zero() } else { a0.raw(i, c % rank) };
                a0.set(i, c, x);
            }
        }
        // Rows of very different sizes give the transposition test something to choose.
        if seed.is_multiple_of(3) {
            for i in 0..m {
                for c in 0..n {
                    a0.set(i, c, T::from_c64(a0.get(i, c) * 4f64.powi(-(i as i32))));
                }
            }
        }
        let o = run(j, &a0).unwrap();
        let what = format!("gejsv {}{j:?} {m}x{n} rank {rank}", T::PREFIX);
        if n == 0 {
            return;
        }
        let e = eps::<T>();
        let s = &o.s;
        for i in 1..n {
            assert!(s[i] <= s[i - 1] && s[i] >= 0.0, "{what}: not sorted {s:?}");
        }
        let sg = gesvd_values(&a0);
        let tol = 30.0 * n as f64 * e * sg[0].max(f64::MIN_POSITIVE);
        for i in 0..n {
            assert!((s[i] - sg[i]).abs() <= tol, "{what}: s[{i}] {} vs gesvd {}", s[i], sg[i]);
        }
        let st = &o.stats;
        if rank == n {
            assert_eq!(st.rank, n, "{what}: full rank declared {}", st.rank);
        }
        assert!(st.rank >= rank && st.nonzero <= st.rank, "{what}: ranks {} {}", st.rank, st.nonzero);
        assert_eq!(st.sconda.is_some(), j.accuracy.estimate(), "{what}");
        assert!(st.converged, "{what}: not converged");
        if j.transpose == GejsvTranspose::Never {
            assert!(!st.transposed && st.entropy.is_none(), "{what}");
        }
        let anorm = a0.norm1().max(f64::MIN_POSITIVE);
        let thr = 30.0;
        let ac = a0.to_c();
        let (lsvec, rsvec) = (j.left.wanted(), j.right.wanted());
        if lsvec {
            let ucols = if j.left == GejsvLeft::Full { m } else { n };
            assert!(orth_cols(&o.u.to_c(), m, ucols, e) < thr, "{what}: |I - U^H U|");
        }
        if rsvec {
            assert!(orth_cols(&o.v.to_c(), n, n, e) < thr, "{what}: |I - V^H V|");
        }
        if lsvec && rsvec {
            let u = o.u.to_c();
            let us: Vec<Vec<c64>> = (0..m).map(|i| (0..n).map(|c| u[i][c] * s[c]).collect()).collect();
            let v = o.v.to_c();
            let r = diff1(&matmul(&us, &adjoint(&v, n, n)), &ac);
            assert!(r / (anorm * m as f64 * e) < thr, "{what}: |A - U S V^H| {}", r / (anorm * m as f64 * e));
        } else if lsvec {
            // |A^H u_c| = s_c.
            let ahu = matmul(&adjoint(&ac, m, n), &o.u.to_c());
            for c in 0..n {
                let nrm = (0..n).map(|i| cabs(ahu[i][c]).powi(2)).sum::<f64>().sqrt();
                assert!((nrm - s[c]).abs() < thr * n as f64 * e * anorm, "{what}: |A^H u_{c}| {nrm} vs {}", s[c]);
            }
        } else if rsvec {
            let av = matmul(&ac, &o.v.to_c());
            for c in 0..n {
                let nrm = (0..m).map(|i| cabs(av[i][c]).powi(2)).sum::<f64>().sqrt();
                assert!((nrm - s[c]).abs() < thr * n as f64 * e * anorm, "{what}: |A v_{c}| {nrm} vs {}", s[c]);
            }
        }
    }

    fn all_jobs<T: TestScalar>() {
        let shapes = [(0, 0), (1, 0), (1, 1), (3, 1), (2, 2), (3, 2), (3, 3), (7, 4), (9, 9), (20, 9)];
        let mut seed = 1;
        for &(m, n) in &shapes {
            for acc in ACC {
                for ju in LEFT {
                    for jv in RIGHT {
                        if jv == GejsvRight::Jacobi && !ju.wanted() {
                            continue;
                        }
                        seed += 1;
                        check::<T>(m, n, n, jobs(acc, ju, jv, seed), seed);
                    }
                }
            }
        }
        // Rank-deficient, zero included.
        for (m, n, r) in [(5, 4, 2), (9, 6, 1), (4, 3, 0), (12, 12, 5)] {
            for acc in ACC {
                for ju in LEFT {
                    for jv in RIGHT {
                        if jv == GejsvRight::Jacobi && !ju.wanted() {
                            continue;
                        }
                        seed += 1;
                        check::<T>(m, n, r, jobs(acc, ju, jv, seed), seed);
                    }
                }
            }
        }
    }

    #[test]
    fn gejsv_all_jobs_s() {
        all_jobs::<f32>();
    }
    #[test]
    fn gejsv_all_jobs_d() {
        all_jobs::<f64>();
    }
    #[test]
    fn gejsv_all_jobs_c() {
        all_jobs::<c32>();
    }
    #[test]
    fn gejsv_all_jobs_z() {
        all_jobs::<c64>();
    }

    /// `A = D1 X D2`, X random, D1 and D2 spanning `rows` and `cols`
    /// decades: each singular value of the low precision agrees with the
    /// high precision's (and with `gesvj`'s in the low precision) to a small
    /// multiple of eps, however small it is.
    fn graded<L: TestScalar, H: TestScalar>(m: usize, n: usize, rows: f64, cols: f64, seed: u64) {
        let mut rng = Rng::new(seed);
        let mut lo = M::<L>::random(m, n, 0, &mut rng);
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
        let acc = if rows > 0.0 { GejsvAccuracy::Full } else { GejsvAccuracy::Column };
        let job = |ju, jv| GejsvJobs {
            accuracy: acc,
            left: ju,
            right: jv,
            range: GejsvRange::Full,
            transpose: GejsvTranspose::Never,
            perturb: GejsvPerturb::No,
        };
        let ol = run(job(GejsvLeft::None, GejsvRight::None), &lo).unwrap();
        let ov = run(job(GejsvLeft::Some, GejsvRight::Vectors), &lo).unwrap();
        let oh = run(job(GejsvLeft::Some, GejsvRight::Vectors), &hi).unwrap();
        let sj = gesvj_values(&lo);
        let e = eps::<L>();
        for i in 0..n {
            for (got, name) in [(ol.s[i], "values"), (ov.s[i], "full")] {
                let rel = (got - oh.s[i]).abs() / oh.s[i];
                assert!(
                    rel < 100.0 * n as f64 * e,
                    "graded {}{m}x{n} {name}: s[{i}] relative error {rel:e}",
                    L::PREFIX
                );
            }
            if cols > 0.0 && rows == 0.0 {
                let rel = (ol.s[i] - sj[i]).abs() / sj[i];
                assert!(rel < 100.0 * n as f64 * e, "graded {}{m}x{n}: s[{i}] vs gesvj {rel:e}", L::PREFIX);
            }
        }
    }

    #[test]
    fn gejsv_graded_relative_accuracy() {
        graded::<f32, f64>(12, 8, 0.0, 12.0, 7);
        graded::<f32, f64>(30, 20, 10.0, 10.0, 8);
        graded::<c32, c64>(12, 8, 12.0, 0.0, 9);
        graded::<c32, c64>(16, 16, 8.0, 8.0, 10);
        graded::<f64, f64>(20, 10, 0.0, 200.0, 11);
    }

    /// The condition estimate against `1 / sigma_min(C)`, C = A with unit
    /// columns; zero and infinite input.
    fn special<T: TestScalar>() {
        let mut rng = Rng::new(31);
        let (m, n) = (14, 9);
        let mut a = M::<T>::random(m, n, 0, &mut rng);
        for j in 0..n {
            let d = 10f64.powf(-(j as f64));
            for i in 0..m {
                a.set(i, j, T::from_c64(a.get(i, j) * d));
            }
        }
        let j = jobs(GejsvAccuracy::ColumnCondition, GejsvLeft::Some, GejsvRight::Vectors, 1);
        let o = run(j, &a).unwrap();
        let sc = o.stats.sconda.unwrap().to_f64();
        let mut c = a.clone();
        for j in 0..n {
            let nrm = (0..m).map(|i| cabs(a.get(i, j)).powi(2)).sum::<f64>().sqrt();
            for i in 0..m {
                c.set(i, j, T::from_c64(a.get(i, j) / nrm));
            }
        }
        let want = 1.0 / gesvd_values(&c)[n - 1];
        let q = (n as f64).powf(0.25);
        assert!(sc <= 3.0 * q * want && sc >= want / (3.0 * q), "{}: sconda {sc} vs {want}", T::PREFIX);
        let (c1, c2) = o.stats.condr.unwrap();
        assert!(c1.to_f64() >= 1.0 && c2.to_f64() >= 1.0);

        let z = M::<T>::zeros(5, 3, 1);
        let o = run(jobs(GejsvAccuracy::FullCondition, GejsvLeft::Full, GejsvRight::Jacobi, 0), &z).unwrap();
        assert_eq!((o.stats.rank, o.stats.nonzero), (0, 0));
        assert!(o.s.iter().all(|&x| x == 0.0));
        for i in 0..5 {
            for c in 0..5 {
                assert_eq!(o.u.get(i, c), c64::new(if i == c { 1.0 } else { 0.0 }, 0.0));
            }
        }
        let mut b = M::<T>::random(4, 3, 0, &mut rng);
        b.set(2, 1, T::from_real(T::Real::INFINITY));
        assert!(run(jobs(GejsvAccuracy::Column, GejsvLeft::Some, GejsvRight::Vectors, 1), &b).is_err());
        // Near overflow: the values come back in factored form or scaled.
        let a = M::<T>::random(7, 5, 0, &mut rng);
        let base = run(jobs(GejsvAccuracy::Column, GejsvLeft::Some, GejsvRight::Vectors, 1), &a).unwrap();
        let g = T::Real::MAX.to_f64() / 8.0;
        let mut b = a.clone();
        for c in 0..5 {
            for i in 0..7 {
                b.set(i, c, T::from_c64(a.get(i, c) * g));
            }
        }
        let o = run(jobs(GejsvAccuracy::Column, GejsvLeft::Some, GejsvRight::Vectors, 1), &b).unwrap();
        for k in 0..5 {
            let (got, want) = (o.s[k].ln(), base.s[k].ln() + g.ln());
            assert!((got - want).abs() < 1e3 * eps::<T>(), "{}: s[{k}] {got} vs {want}", T::PREFIX);
        }
    }

    #[test]
    fn gejsv_special() {
        special::<f32>();
        special::<f64>();
        special::<c32>();
        special::<c64>();
    }
}
