//! Tests of the one-sided Jacobi SVD in c64 oracles: `|A - U S V^H|`,
//! orthogonality of U and V, the singular values against `gesvd`, every
//! JOBU/JOBV; relative accuracy on column-graded matrices `A = B D` against
//! the double-precision result; zero, one-column, rank-deficient and badly
//! scaled matrices; `?gsvj0`/`?gsvj1` keep `A diag(d) V^H` invariant.

#![allow(clippy::needless_range_loop)]

use super::bidiag_tests::{adjoint, buf, diff1, eps, matmul, orth_cols, M};
use super::*;
use crate::condition::testutil::{cabs, Rng, TestScalar};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{c32, c64, MatMut};
use ferroblas_relapack::Par;

mod residual {
    use super::*;

    const LEFT: [JacobiLeft; 3] = [JacobiLeft::Vectors, JacobiLeft::Controlled, JacobiLeft::None];
    const RIGHT: [JacobiRight; 3] = [JacobiRight::Vectors, JacobiRight::Apply, JacobiRight::None];

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

    struct Out<T: Scalar> {
        a: M<T>,
        sva: Vec<f64>,
        v: M<T>,
        stats: JacobiStats<T::Real>,
    }

    fn run<T: TestScalar>(shape: JacobiShape, jobu: JacobiLeft, jobv: JacobiRight, a0: &M<T>, v0: &M<T>) -> Out<T> {
        let (m, n) = (a0.m, a0.n);
        let mut a = a0.clone();
        let mut v = v0.clone();
        let mut sva = vec![T::Real::zero(); n];
        let mut w = buf(gesvj_req::<T>(m).elems::<f64>() + 1);
        let ctol = T::Real::from_f64(m.max(2) as f64);
        let vv = if jobv == JacobiRight::None { none() } else { v.view() };
        let stats = gesvj(shape, jobu, ctol, jobv, a.view(), &mut sva, vv, w.workspace()).unwrap();
        Out { a, sva: sva.iter().map(|x| x.to_f64()).collect(), v, stats }
    }

    fn check<T: TestScalar>(m: usize, n: usize, rank: usize, jobu: JacobiLeft, jobv: JacobiRight, seed: u64) {
        let mut rng = Rng::new(seed);
        let mut a0 = M::<T>::random(m, n, 1, &mut rng);
        if rank < n {
            // Repeat columns: rank `rank`.
            for j in rank..n {
                for i in 0..m {
                    let x = if rank == 0 { T::zero() } else { a0.raw(i, j % rank) };
                    a0.set(i, j, x);
                }
            }
        }
        let v0 = if jobv == JacobiRight::Apply { M::<T>::random(3, n, 1, &mut rng) } else { M::<T>::zeros(n, n, 2) };
        let o = run(JacobiShape::General, jobu, jobv, &a0, &v0);
        let what = format!("gesvj {}{jobu:?}/{jobv:?} {m}x{n} rank {rank}", T::PREFIX);
        let st = o.stats;
        assert!(st.converged, "{what}: no convergence {st:?}");
        if n == 0 {
            return;
        }
        let e = eps::<T>();
        let scale = st.scale.to_f64();
        let s: Vec<f64> = o.sva.iter().map(|x| x * scale).collect();
        for i in 1..n {
            assert!(s[i] <= s[i - 1] && s[i] >= 0.0, "{what}: not sorted {s:?}");
        }
        if rank == 0 {
            assert!(s.iter().all(|&x| x == 0.0) && st.nonzero == 0, "{what}: zero matrix gave {s:?}");
            return;
        }
        let sg = gesvd_values(&a0);
        for i in 0..n {
            assert!((s[i] - sg[i]).abs() <= 30.0 * n as f64 * e * sg[0], "{what}: s[{i}] {} vs gesvd {}", s[i], sg[i]);
        }
        let nz = sg.iter().filter(|&&x| x > 100.0 * n as f64 * e * sg[0]).count();
        assert!(st.nonzero >= nz.min(st.nonzero) && st.nonzero <= n, "{what}: nonzero {}", st.nonzero);
        let anorm = a0.norm1().max(f64::MIN_POSITIVE);
        let thr = 30.0;
        // U S: A itself for JOBU = N, else U (the first `nonzero` columns) times S.
        let colnorm: Vec<f64> =
            (0..n).map(|j| (0..m).map(|i| cabs(o.a.get(i, j)).powi(2)).sum::<f64>().sqrt()).collect();
        let us: Vec<Vec<c64>> = (0..m)
            .map(|i| {
                (0..n)
                    .map(|j| match jobu {
                        // A holds U S up to the routine's internal scaling: renormalise.
                        JacobiLeft::None if s[j] > 0.0 => o.a.get(i, j) * (s[j] / colnorm[j]),
                        JacobiLeft::None => c64::new(0.0, 0.0),
                        _ if j < st.nonzero => o.a.get(i, j) * s[j],
                        _ => c64::new(0.0, 0.0),
                    })
                    .collect()
            })
            .collect();
        if jobu != JacobiLeft::None && st.nonzero > 0 {
            let u: Vec<Vec<c64>> = (0..m).map(|i| (0..st.nonzero).map(|j| o.a.get(i, j)).collect()).collect();
            let orth = orth_cols(&u, m, st.nonzero, e);
            assert!(orth < thr, "{what}: |I - U^H U| {orth}");
        }
        match jobv {
            JacobiRight::Vectors => {
                let v = o.v.to_c();
                let orth = orth_cols(&v, n, n, e);
                assert!(orth < thr, "{what}: |I - V^H V| {orth}");
                let r = diff1(&matmul(&us, &adjoint(&v, n, n)), &a0.to_c()) / (anorm * m as f64 * e);
                assert!(r < thr, "{what}: |A - U S V^H| {r}");
            }
            JacobiRight::Apply => {
                // The same rotations as JOBV = V (the run is deterministic).
                let r = run(JacobiShape::General, jobu, JacobiRight::Vectors, &a0, &M::<T>::zeros(n, n, 0));
                let want = matmul(&v0.to_c(), &r.v.to_c());
                let ynorm = v0.norm1();
                let d = diff1(&o.v.to_c(), &want) / (ynorm * n as f64 * e);
                assert!(d < thr, "{what}: applied V differs by {d}");
            }
            JacobiRight::None => {
                // The columns of U S are orthogonal with norms S: (U S)^H (U S) = S^2.
                let g1 = matmul(&adjoint(&us, m, n), &us);
                let s2: Vec<Vec<c64>> = (0..n)
                    .map(|i| {
                        (0..n)
                            .map(|j| c64::new(if i == j && j < st.nonzero { s[j] * s[j] } else { 0.0 }, 0.0))
                            .collect()
                    })
                    .collect();
                let r = diff1(&g1, &s2) / (anorm * anorm * m as f64 * e);
                assert!(r < 10.0 * thr, "{what}: |S^2 - S U^H U S| {r}");
            }
        }
        // Padding of A untouched.
        for j in 0..n {
            for i in m..a0.ld {
                assert_eq!(o.a.raw(i, j), a0.raw(i, j), "{what}: padding written");
            }
        }
    }

    fn all_jobs<T: TestScalar>() {
        let shapes = [(0, 0), (1, 0), (1, 1), (2, 1), (2, 2), (3, 2), (3, 3), (7, 4), (12, 12), (20, 9), (33, 17)];
        let mut seed = 1;
        for &(m, n) in &shapes {
            for jobu in LEFT {
                for jobv in RIGHT {
                    seed += 1;
                    check::<T>(m, n, n, jobu, jobv, seed);
                }
            }
        }
        // Rank-deficient.
        for (m, n, r) in [(5, 4, 2), (9, 6, 1), (4, 3, 0), (16, 16, 5)] {
            for jobv in RIGHT {
                seed += 1;
                check::<T>(m, n, r, JacobiLeft::Vectors, jobv, seed);
            }
        }
    }

    #[test]
    fn gesvj_all_jobs_s() {
        all_jobs::<f32>();
    }
    #[test]
    fn gesvj_all_jobs_d() {
        all_jobs::<f64>();
    }
    #[test]
    fn gesvj_all_jobs_c() {
        all_jobs::<c32>();
    }
    #[test]
    fn gesvj_all_jobs_z() {
        all_jobs::<c64>();
    }

    /// A = B D with B random (well-conditioned) and D spanning `range` decades:
    /// each singular value of the low precision agrees with the high
    /// precision's to a small multiple of eps, however small it is.
    fn graded<L: TestScalar, H: TestScalar>(m: usize, n: usize, range: f64, seed: u64, plain_ok: bool) {
        let mut rng = Rng::new(seed);
        let mut lo = M::<L>::random(m, n, 0, &mut rng);
        for j in 0..n {
            let d = 10f64.powf(-range * j as f64 / (n - 1) as f64);
            for i in 0..m {
                let x = lo.get(i, j) * d;
                lo.set(i, j, L::from_c64(x));
            }
        }
        let mut hi = M::<H>::zeros(m, n, 0);
        for j in 0..n {
            for i in 0..m {
                hi.set(i, j, H::from_c64(lo.get(i, j)));
            }
        }
        let z = M::<L>::zeros(n, n, 0);
        let ol = run(JacobiShape::General, JacobiLeft::None, JacobiRight::None, &lo, &z);
        let oh = run(JacobiShape::General, JacobiLeft::Vectors, JacobiRight::Vectors, &hi, &M::<H>::zeros(n, n, 0));
        let (sl, sh) = (ol.stats.scale.to_f64(), oh.stats.scale.to_f64());
        let mut worst = 0f64;
        for i in 0..n {
            let (x, y) = (ol.sva[i] * sl, oh.sva[i] * sh);
            worst = worst.max((x - y).abs() / y);
        }
        let e = eps::<L>();
        assert!(
            worst < 200.0 * n as f64 * e,
            "graded {}{m}x{n} 1e-{range}: worst relative error {worst:e} ({} eps)",
            L::PREFIX,
            worst / e
        );
        if !plain_ok {
            // The bidiagonal route loses the small values (absolute accuracy only).
            let sg = gesvd_values(&lo);
            let bad = (0..n).map(|i| (sg[i] - oh.sva[i] * sh).abs() / (oh.sva[i] * sh)).fold(0f64, f64::max);
            assert!(bad > worst, "graded: gesvd {bad:e} should be worse than gesvj {worst:e}");
        }
    }

    #[test]
    fn gesvj_graded_relative_accuracy() {
        graded::<f32, f64>(12, 8, 12.0, 7, true);
        graded::<f32, f64>(30, 20, 20.0, 8, true);
        graded::<c32, c64>(12, 8, 12.0, 9, true);
        graded::<c32, c64>(25, 25, 16.0, 10, true);
    }

    /// Zero, one column, entries near overflow and underflow: scale * sva.
    fn special<T: TestScalar>() {
        let z = || M::<T>::zeros(5, 5, 0);
        // Zero matrix: U = I, statistics zero.
        let o = run(JacobiShape::General, JacobiLeft::Vectors, JacobiRight::Vectors, &M::<T>::zeros(5, 3, 1), &z());
        assert_eq!(o.stats.nonzero, 0);
        assert!(o.sva.iter().all(|&x| x == 0.0));
        for i in 0..5 {
            for j in 0..3 {
                assert_eq!(o.a.get(i, j), c64::new(if i == j { 1.0 } else { 0.0 }, 0.0));
            }
        }
        // One column.
        let mut rng = Rng::new(5);
        let a1 = M::<T>::random(6, 1, 0, &mut rng);
        let o = run(JacobiShape::General, JacobiLeft::Vectors, JacobiRight::Vectors, &a1, &z());
        let nrm: f64 = (0..6).map(|i| cabs(a1.get(i, 0)).powi(2)).sum::<f64>().sqrt();
        assert!((o.sva[0] * o.stats.scale.to_f64() - nrm).abs() < 10.0 * eps::<T>() * nrm);
        for i in 0..6 {
            assert!(cabs(o.a.get(i, 0) * nrm - a1.get(i, 0)) < 10.0 * eps::<T>() * nrm);
        }
        // Scaled near overflow and underflow: the same values, scaled.
        let a = M::<T>::random(7, 5, 0, &mut rng);
        let base = run(JacobiShape::General, JacobiLeft::Vectors, JacobiRight::Vectors, &a, &z());
        let big = T::Real::MAX.to_f64() / 4.0;
        let tiny = T::Real::MIN_POSITIVE.to_f64() * 4.0;
        for f in [big, tiny] {
            let mut b = a.clone();
            let amax =
                (0..7).flat_map(|i| (0..5).map(move |j| (i, j))).map(|(i, j)| cabs(a.get(i, j))).fold(0.0, f64::max);
            let g = f / amax;
            for j in 0..5 {
                for i in 0..7 {
                    b.set(i, j, T::from_c64(a.get(i, j) * g));
                }
            }
            let o = run(JacobiShape::General, JacobiLeft::Vectors, JacobiRight::Vectors, &b, &z());
            for k in 0..5 {
                // Compare in logarithms: scale * sva may not be representable.
                let got = o.sva[k].ln() + o.stats.scale.to_f64().ln();
                let want = (base.sva[k] * base.stats.scale.to_f64()).ln() + g.ln();
                assert!(
                    (got - want).abs() < 1e3 * eps::<T>(),
                    "{}: scaled by {g:e}: s[{k}] {got} vs {want}",
                    T::PREFIX
                );
            }
            let u: Vec<Vec<c64>> = (0..7).map(|i| (0..5).map(|j| o.a.get(i, j)).collect()).collect();
            assert!(orth_cols(&u, 7, 5, eps::<T>()) < 30.0);
        }
    }

    #[test]
    fn gesvj_special() {
        special::<f32>();
        special::<f64>();
        special::<c32>();
        special::<c64>();
    }

    /// Triangular input (JOBA = U, L): the same values as the general path.
    fn triangular<T: TestScalar>() {
        let mut rng = Rng::new(11);
        for (shape, m, n) in [(JacobiShape::Upper, 6, 6), (JacobiShape::Lower, 8, 5), (JacobiShape::Upper, 9, 9)] {
            let mut a = M::<T>::random(m, n, 0, &mut rng);
            for j in 0..n {
                for i in 0..m {
                    if (shape == JacobiShape::Upper && i > j) || (shape == JacobiShape::Lower && i < j) {
                        a.set(i, j, T::zero());
                    }
                }
            }
            let z = M::<T>::zeros(n, n, 0);
            let o = run(shape, JacobiLeft::Vectors, JacobiRight::Vectors, &a, &z);
            let sg = gesvd_values(&a);
            let sc = o.stats.scale.to_f64();
            for k in 0..n {
                assert!((o.sva[k] * sc - sg[k]).abs() < 30.0 * n as f64 * eps::<T>() * sg[0]);
            }
        }
    }

    #[test]
    fn gesvj_triangular() {
        triangular::<f32>();
        triangular::<f64>();
        triangular::<c32>();
        triangular::<c64>();
    }

    /// `?gsvj0` / `?gsvj1`: `A diag(d) V^H` is the input `A diag(d)`, V stays
    /// unitary, `sva` are the new column norms, and `gsvj0` run to the end
    /// makes the columns orthogonal.
    fn sweeps_invariant<T: TestScalar>(n1: Option<usize>) {
        let (m, n) = (9, 6);
        let mut rng = Rng::new(21);
        let a0 = M::<T>::random(m, n, 1, &mut rng);
        let d0: Vec<T> = (0..n).map(|j| T::from_c64(c64::new(1.0 + j as f64, 0.5 * j as f64))).collect();
        let ad0: Vec<Vec<c64>> = (0..m).map(|i| (0..n).map(|j| a0.get(i, j) * d0[j].to_c64()).collect()).collect();
        let mut sva: Vec<T::Real> =
            (0..n).map(|j| T::Real::from_f64((0..m).map(|i| cabs(ad0[i][j]).powi(2)).sum::<f64>().sqrt())).collect();
        let mut a = a0.clone();
        let mut d = d0.clone();
        let mut v = M::<T>::zeros(n, n, 0);
        for j in 0..n {
            v.set(j, j, T::one());
        }
        let e = T::Real::EPSILON;
        let sfmin = T::Real::MIN_POSITIVE;
        let tol = e * T::Real::from_f64((m as f64).sqrt());
        let mut w = buf(gesvj_req::<T>(m).elems::<f64>() + 1);
        let r = match n1 {
            None => gsvj0(JacobiRight::Vectors, a.view(), &mut d, &mut sva, v.view(), e, sfmin, tol, 30, w.workspace()),
            Some(n1) => {
                // Rotating only across the blocks converges linearly: more sweeps.
                gsvj1(JacobiRight::Vectors, n1, a.view(), &mut d, &mut sva, v.view(), e, sfmin, tol, 300, w.workspace())
            }
        };
        assert!(r.is_ok(), "gsvj {n1:?}: no convergence");
        let ad: Vec<Vec<c64>> = (0..m).map(|i| (0..n).map(|j| a.get(i, j) * d[j].to_c64()).collect()).collect();
        let ep = eps::<T>();
        let vc = v.to_c();
        assert!(orth_cols(&vc, n, n, ep) < 30.0);
        let nrm = ad0.iter().map(|r| r.iter().map(|x| cabs(*x)).sum::<f64>()).fold(0.0, f64::max);
        let back = matmul(&ad, &adjoint(&vc, n, n));
        assert!(diff1(&back, &ad0) / (nrm * m as f64 * ep) < 30.0, "gsvj {n1:?}: A D V^H != A0 D0");
        for j in 0..n {
            let cn = (0..m).map(|i| cabs(ad[i][j]).powi(2)).sum::<f64>().sqrt();
            assert!(
                (cn - sva[j].to_f64()).abs() < 100.0 * ep * cn,
                "gsvj {n1:?}: sva[{j}] {} vs {cn}",
                sva[j].to_f64()
            );
        }
        // Orthogonality of the pairs the sweeps covered.
        let g = matmul(&adjoint(&ad, m, n), &ad);
        for p in 0..n {
            for q in p + 1..n {
                if n1.is_some_and(|k| !(p < k && q >= k)) {
                    continue;
                }
                let c = cabs(g[p][q]) / (cabs(g[p][p]).sqrt() * cabs(g[q][q]).sqrt());
                assert!(c < 10.0 * tol.to_f64(), "gsvj {n1:?}: cos({p}, {q}) = {c:e}");
            }
        }
    }

    #[test]
    fn gsvj0_gsvj1_invariants() {
        sweeps_invariant::<f32>(None);
        sweeps_invariant::<f64>(None);
        sweeps_invariant::<c32>(None);
        sweeps_invariant::<c64>(None);
        sweeps_invariant::<f64>(Some(3));
        sweeps_invariant::<c64>(Some(2));
        sweeps_invariant::<f32>(Some(4));
        sweeps_invariant::<c32>(Some(1));
    }
}
