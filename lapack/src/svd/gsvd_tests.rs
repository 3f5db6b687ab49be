//! Residual tests of the generalized SVD and of the band bidiagonal reduction
//! in c64 oracles: `|U^H A Q - D1 [0 R]|`, `|V^H B Q - D2 [0 R]|`, the
//! orthogonality of U, V, Q, `alpha^2 + beta^2 = 1`, the ranks and the sort,
//! the generalized singular values against the SVD of `A B^{-1}`; `|A - Q B
//! P^H|`, `Q^H C` and orthogonality for `?gbbrd` at every VECT and band shape.

#![allow(clippy::needless_range_loop)]

use super::super::bidiag_tests::{adjoint, diff1, eps, orth_cols, M};
use super::super::gesvd_tests::low_rank;
use super::super::{gbbrd, gbbrd_req, gesvd, gesvd_req, lags2, lapll, GbbrdVect, SvdJob};
use super::*;
use crate::condition::testutil::{cabs, Dense, Rng, TestScalar};
use crate::WorkBuffer;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{c32, c64, MatMut, MatRef, VecMut};

/// `a (r x inner) * b (inner x cols)`, correct for empty operands.
fn mm(a: &[Vec<c64>], b: &[Vec<c64>], cols: usize) -> Vec<Vec<c64>> {
    a.iter().map(|row| (0..cols).map(|j| row.iter().zip(b).map(|(&x, br)| x * br[j]).sum()).collect()).collect()
}

fn zeros(r: usize, c: usize) -> Vec<Vec<c64>> {
    vec![vec![c64::new(0.0, 0.0); c]; r]
}

/// Runs [`ggsvd3`] on random A (`m x n`, rank `ra`) and B (`p x n`, rank
/// `rb`) and checks the decomposition; returns `(alpha, beta)`.
fn check_gsvd<T: TestScalar>(m: usize, p: usize, n: usize, ra: usize, rb: usize, seed: u64) -> (Vec<f64>, Vec<f64>) {
    let mut rng = Rng::new(seed);
    let a0 = low_rank::<T>(m, n, ra, 1, &mut rng);
    let b0 = low_rank::<T>(p, n, rb, 2, &mut rng);
    let (mut a, mut b) = (a0.clone(), b0.clone());
    let (mut u, mut v, mut q) = (M::<T>::zeros(m, m, 1), M::<T>::zeros(p, p, 0), M::<T>::zeros(n, n, 2));
    let mut alpha = vec![T::Real::zero(); n];
    let mut beta = vec![T::Real::zero(); n];
    let mut sort = vec![usize::MAX; n];
    let mut w = WorkBuffer::new(ggsvd3_req::<T>(m, p, n));
    let g = ggsvd3(
        true,
        true,
        true,
        a.view(),
        b.view(),
        &mut alpha,
        &mut beta,
        u.view(),
        v.view(),
        q.view(),
        &mut sort,
        Par::Seq,
        w.workspace(),
    );
    let what = format!("ggsvd3 {} m={m} p={p} n={n} ra={ra} rb={rb}", T::PREFIX);
    g.info.unwrap_or_else(|e| panic!("{what}: {e:?}"));
    let (k, l) = (g.k, g.l);
    let (ra, rb) = (ra.min(m).min(n), rb.min(p).min(n));
    assert_eq!(l, rb, "{what}: l");
    assert_eq!(k + l, (ra + rb).min(n), "{what}: k + l");
    let kl = k + l;
    let eps = eps::<T>();
    // R from A (its first min(m, k+l) rows) and B (the rest), then [0 R].
    let mut zr = zeros(kl, n);
    for i in 0..kl {
        for j in i..kl {
            zr[i][n - kl + j] = if i < m { a.get(i, n - kl + j) } else { b.get(i - k, n - kl + j) };
        }
    }
    let (mut d1, mut d2) = (zeros(m, kl), zeros(p, kl));
    for i in 0..m.min(kl) {
        d1[i][i] = c64::new(alpha[i].to_f64(), 0.0);
    }
    for i in k..kl {
        d2[i - k][i] = c64::new(beta[i].to_f64(), 0.0);
    }
    let (uc, vc, qc) = (u.to_c(), v.to_c(), q.to_c());
    let ua = mm(&mm(&adjoint(&uc, m, m), &a0.to_c(), n), &qc, n);
    let vb = mm(&mm(&adjoint(&vc, p, p), &b0.to_c(), n), &qc, n);
    let scale = |x: f64| m.max(p).max(n).max(1) as f64 * x.max(f64::MIN_POSITIVE) * eps;
    let ra_ = diff1(&ua, &mm(&d1, &zr, n)) / scale(a0.norm1());
    let rb_ = diff1(&vb, &mm(&d2, &zr, n)) / scale(b0.norm1());
    assert!(ra_ < 30.0 && rb_ < 30.0, "{what}: residuals {ra_} {rb_}");
    for (x, r, c) in [(&uc, m, m), (&vc, p, p), (&qc, n, n)] {
        let o = orth_cols(x, r, c, eps);
        assert!(o < 30.0, "{what}: orthogonality {o}");
    }
    let (al, be): (Vec<f64>, Vec<f64>) =
        (alpha.iter().map(|x| x.to_f64()).collect(), beta.iter().map(|x| x.to_f64()).collect());
    for i in 0..n {
        let want = if i < k {
            Some((1.0, 0.0))
        } else if i >= kl {
            Some((0.0, 0.0))
        } else if i >= m {
            Some((0.0, 1.0))
        } else {
            None
        };
        match want {
            Some(ab) => assert_eq!((al[i], be[i]), ab, "{what}: pair {i}"),
            None => {
                let s = al[i] * al[i] + be[i] * be[i];
                assert!((s - 1.0).abs() < 10.0 * eps && al[i] >= 0.0 && be[i] >= 0.0, "{what}: pair {i}: {s}");
            }
        }
    }
    let mut s = al.clone();
    for i in k..kl.min(m) {
        s.swap(i, sort[i]);
    }
    for i in k + 1..kl.min(m) {
        assert!(s[i] <= s[i - 1], "{what}: sort {s:?}");
    }
    (al, be)
}

/// For a square nonsingular B the ratios alpha/beta are the singular values
/// of `A B^{-1}` (by `gesvd` in c64).
fn check_against_svd<T: TestScalar>(m: usize, n: usize, seed: u64) {
    let (al, be) = check_gsvd::<T>(m, n, n, n, n, seed);
    let mut rng = Rng::new(seed);
    let a0 = low_rank::<T>(m, n, n, 1, &mut rng);
    let b0 = low_rank::<T>(n, n, n, 2, &mut rng);
    let mut bd = Dense::<c64>::zeros(n);
    for i in 0..n {
        for j in 0..n {
            bd.set(i, j, b0.get(i, j));
        }
    }
    let binv = bd.inverse().expect("B singular");
    let mut c = M::<c64>::zeros(m, n, 0);
    for i in 0..m {
        for j in 0..n {
            c.set(i, j, (0..n).map(|t| a0.get(i, t) * binv.get(t, j)).sum());
        }
    }
    let kk = m.min(n);
    let mut s = vec![0.0; kk];
    let mut e = vec![0.0; kk.max(1)];
    let mut w = WorkBuffer::new(gesvd_req::<c64>(SvdJob::None, SvdJob::None, m, n));
    let none = || MatMut::<c64>::from_col_major(&mut [], 0, 0, 1);
    gesvd(SvdJob::None, SvdJob::None, c.view(), &mut s, none(), none(), &mut e, Par::Seq, w.workspace()).unwrap();
    let mut g: Vec<f64> = (0..kk).map(|i| al[i] / be[i]).collect();
    g.sort_by(|x, y| y.total_cmp(x));
    let cond = bd.norm1_f64() * binv.norm1_f64();
    let smax = s.first().copied().unwrap_or(0.0);
    for i in 0..kk {
        let err = (g[i] - s[i]).abs() / (smax * cond * n as f64 * eps::<T>());
        assert!(err < 50.0, "{} m={m} n={n}: sigma {i}: {} vs {} ({err})", T::PREFIX, g[i], s[i]);
    }
}

fn lags2_case<T: TestScalar>(upper: bool, rng: &mut Rng) {
    let re = |rng: &mut Rng| rng.scalar::<T>().re();
    let (a1, a2, a3, b1, b2, b3) = (re(rng), rng.scalar::<T>(), re(rng), re(rng), rng.scalar::<T>(), re(rng));
    let r = lags2::<T>(upper, a1, a2, a3, b1, b2, b3);
    let c = |x: T| x.to_c64();
    let rc = |x: T::Real| c64::new(x.to_f64(), 0.0);
    let rot = |cs: T::Real, sn: T| vec![vec![rc(cs), c(sn)], vec![-c(sn).conj(), rc(cs)]];
    let (uu, vv, qq) = (rot(r.csu, r.snu), rot(r.csv, r.snv), rot(r.csq, r.snq));
    let tri = |x1: T::Real, x2: T, x3: T::Real| {
        if upper {
            vec![vec![rc(x1), c(x2)], vec![c64::new(0.0, 0.0), rc(x3)]]
        } else {
            vec![vec![rc(x1), c64::new(0.0, 0.0)], vec![c(x2), rc(x3)]]
        }
    };
    let (am, bm) = (tri(a1, a2, a3), tri(b1, b2, b3));
    let ua = mm(&mm(&adjoint(&uu, 2, 2), &am, 2), &qq, 2);
    let vb = mm(&mm(&adjoint(&vv, 2, 2), &bm, 2), &qq, 2);
    let (i, j) = if upper { (0, 1) } else { (1, 0) };
    let tol = 20.0 * eps::<T>();
    let na = diff1(&am, &zeros(2, 2)).max(f64::MIN_POSITIVE);
    let nb = diff1(&bm, &zeros(2, 2)).max(f64::MIN_POSITIVE);
    assert!(cabs(ua[i][j]) <= tol * na && cabs(vb[i][j]) <= tol * nb, "lags2 {upper}: {ua:?} {vb:?}");
    for x in [&uu, &vv, &qq] {
        assert!(orth_cols(x, 2, 2, eps::<T>()) < 10.0);
    }
}

fn lapll_case<T: TestScalar>(n: usize, rng: &mut Rng) {
    let x: Vec<T> = (0..n).map(|_| rng.scalar()).collect();
    let y: Vec<T> = (0..n).map(|_| rng.scalar()).collect();
    // The Gram matrix's smaller eigenvalue, in c64.
    let dot = |u: &[T], v: &[T]| u.iter().zip(v).map(|(a, b)| a.to_c64().conj() * b.to_c64()).sum::<c64>();
    let (xx, yy, xy) = (dot(&x, &x).re, dot(&y, &y).re, dot(&x, &y));
    let tr = xx + yy;
    let det = xx * yy - xy.norm_sqr();
    let want = if n <= 1 { 0.0 } else { (det / ((tr + (tr * tr - 4.0 * det).max(0.0).sqrt()) / 2.0)).max(0.0).sqrt() };
    let (mut xc, mut yc) = (x.clone(), y.clone());
    let got = lapll(VecMut::from_slice(&mut xc), VecMut::from_slice(&mut yc)).to_f64();
    assert!((got - want).abs() <= 100.0 * eps::<T>() * tr.sqrt().max(1.0), "lapll n={n}: {got} vs {want}");
}

/// A random band matrix in band storage (`ldab = kl + ku + 1 + pad`) and dense.
fn band<T: TestScalar>(m: usize, n: usize, kl: usize, ku: usize, rng: &mut Rng) -> (M<T>, Vec<Vec<c64>>) {
    let mut ab = M::<T>::zeros(kl + ku + 1, n, 1);
    let mut a = zeros(m, n);
    for j in 0..n {
        for i in j.saturating_sub(ku)..(j + kl + 1).min(m) {
            let x: T = rng.scalar();
            ab.set(ku + i - j, j, x);
            a[i][j] = x.to_c64();
        }
    }
    (ab, a)
}

/// One `gbbrd` result: d, e, Q and P^H.
type Bidiag<T> = (Vec<<T as Scalar>::Real>, Vec<<T as Scalar>::Real>, M<T>, M<T>);

fn check_gbbrd<T: TestScalar>(m: usize, n: usize, kl: usize, ku: usize, ncc: usize, seed: u64) {
    let mut rng = Rng::new(seed);
    let (mut ab, a0) = band::<T>(m, n, kl, ku, &mut rng);
    let c0 = M::<T>::random(m, ncc, 1, &mut rng);
    let k = m.min(n);
    let what = format!("gbbrd {} m={m} n={n} kl={kl} ku={ku} ncc={ncc}", T::PREFIX);
    let eps = eps::<T>();
    let mut full: Option<Bidiag<T>> = None;
    for vect in [GbbrdVect::Both, GbbrdVect::Q, GbbrdVect::P, GbbrdVect::None] {
        let (mut q, mut pt, mut c) = (M::<T>::zeros(m, m, 1), M::<T>::zeros(n, n, 0), c0.clone());
        let mut d = vec![T::Real::zero(); k];
        let mut e = vec![T::Real::zero(); k.saturating_sub(1)];
        let mut w = WorkBuffer::new(gbbrd_req::<T>(m, n, kl, ku));
        let abv = ab.view();
        let abr: MatRef<'_, T> = abv.rb().submatrix(0, 0, kl + ku + 1, n);
        gbbrd(vect, m, n, kl, ku, abr, &mut d, &mut e, q.view(), pt.view(), c.view(), w.workspace());
        match &full {
            None => {
                // B from d, e; A = Q B P^H.
                let mut bm = zeros(m, n);
                for i in 0..k {
                    bm[i][i] = c64::new(d[i].to_f64(), 0.0);
                    if i + 1 < k {
                        bm[i][i + 1] = c64::new(e[i].to_f64(), 0.0);
                    }
                }
                let (qc, pc) = (q.to_c(), pt.to_c());
                let qbp = mm(&mm(&qc, &bm, n), &pc, n);
                let anorm = diff1(&a0, &zeros(m, n)).max(f64::MIN_POSITIVE);
                let r = diff1(&a0, &qbp) / (m.max(n).max(1) as f64 * anorm * eps);
                assert!(r < 30.0, "{what}: residual {r}");
                assert!(orth_cols(&qc, m, m, eps) < 30.0, "{what}: Q");
                let pth = adjoint(&pc, n, n);
                assert!(orth_cols(&pth, n, n, eps) < 30.0, "{what}: P");
                let qhc = mm(&adjoint(&qc, m, m), &c0.to_c(), ncc);
                let cn = c0.norm1().max(f64::MIN_POSITIVE);
                let rc = diff1(&c.to_c(), &qhc) / (m.max(1) as f64 * cn * eps);
                assert!(rc < 30.0, "{what}: Q^H C {rc}");
                full = Some((d, e, q, pt));
            }
            Some((d0, e0, q0, p0)) => {
                // The same reduction whatever is accumulated.
                assert_eq!((&d, &e), (d0, e0), "{what} {vect:?}: d, e");
                if vect.wants_q() {
                    assert_eq!(q.to_c(), q0.to_c(), "{what} {vect:?}: Q");
                }
                if vect.wants_p() {
                    assert_eq!(pt.to_c(), p0.to_c(), "{what} {vect:?}: P^H");
                }
            }
        }
    }
    let _ = &mut ab;
}

fn all_gsvd<T: TestScalar>() {
    let shapes: &[(usize, usize, usize)] = &[
        (0, 0, 0),
        (1, 1, 1),
        (2, 2, 2),
        (3, 3, 3),
        (0, 2, 3),
        (2, 0, 3),
        (3, 2, 1),
        (4, 3, 5),
        (5, 6, 4),
        (6, 3, 4),
        (2, 5, 4),
        (1, 3, 5),
        (3, 4, 6),
        (7, 5, 7),
        (12, 9, 10),
    ];
    for (s, &(m, p, n)) in shapes.iter().enumerate() {
        check_gsvd::<T>(m, p, n, n, n, 100 + s as u64);
    }
    // Rank-deficient A, B, both.
    for (s, &(m, p, n, ra, rb)) in
        [(5, 4, 6, 2, 4), (6, 5, 5, 5, 2), (6, 6, 7, 3, 2), (4, 4, 4, 0, 2), (4, 3, 4, 2, 0), (8, 6, 9, 1, 1)]
            .iter()
            .enumerate()
    {
        check_gsvd::<T>(m, p, n, ra, rb, 200 + s as u64);
    }
    for (s, &(m, n)) in [(1, 1), (3, 3), (5, 3), (3, 5), (8, 8)].iter().enumerate() {
        check_against_svd::<T>(m, n, 300 + s as u64);
    }
    let mut rng = Rng::new(7);
    for _ in 0..50 {
        lags2_case::<T>(true, &mut rng);
        lags2_case::<T>(false, &mut rng);
    }
    for n in [0, 1, 2, 3, 7] {
        lapll_case::<T>(n, &mut rng);
    }
}

fn all_gbbrd<T: TestScalar>() {
    let mut seed = 400;
    for &(m, n) in &[(0, 0), (1, 1), (2, 2), (3, 3), (5, 3), (3, 5), (1, 4), (4, 1), (9, 9), (12, 7), (7, 12)] {
        for &(kl, ku) in &[(0, 0), (1, 0), (0, 1), (1, 1), (2, 1), (1, 3), (3, 3), (0, 4), (4, 0), (6, 5)] {
            for ncc in [0, 2] {
                seed += 1;
                check_gbbrd::<T>(m, n, kl, ku, ncc, seed);
            }
        }
    }
}

/// Reference-LAPACK issue 411: B's diagonal graded from 9e19 to 9e14, A all
/// ones; no NaN may come out (single precision is where the products overflow).
fn graded_b<T: TestScalar>() {
    let n = 6;
    let mut a = M::<T>::zeros(n, n, 0);
    let mut b = M::<T>::zeros(n, n, 0);
    for i in 0..n {
        for j in 0..n {
            a.set(i, j, T::one());
        }
        b.set(i, i, T::from_c64(c64::new(9.0 * 10f64.powi(19 - i as i32), 0.0)));
    }
    let none = || MatMut::<T>::from_col_major(&mut [], 0, 0, 1);
    let mut alpha = vec![T::Real::zero(); n];
    let mut beta = vec![T::Real::zero(); n];
    let mut sort = vec![0; n];
    let mut w = WorkBuffer::new(ggsvd3_req::<T>(n, n, n));
    let g = ggsvd3(
        false,
        false,
        false,
        a.view(),
        b.view(),
        &mut alpha,
        &mut beta,
        none(),
        none(),
        none(),
        &mut sort,
        Par::Seq,
        w.workspace(),
    );
    g.info.unwrap();
    for i in 0..n {
        assert!(!alpha[i].is_nan() && !beta[i].is_nan(), "{}: NaN in pair {i}: {alpha:?} {beta:?}", T::PREFIX);
    }
}

mod residual {
    use super::*;

    #[test]
    fn ggsvd3_graded() {
        graded_b::<f32>();
        graded_b::<c32>();
        graded_b::<f64>();
        graded_b::<c64>();
    }

    #[test]
    fn ggsvd3_s() {
        all_gsvd::<f32>();
    }
    #[test]
    fn ggsvd3_d() {
        all_gsvd::<f64>();
    }
    #[test]
    fn ggsvd3_c() {
        all_gsvd::<c32>();
    }
    #[test]
    fn ggsvd3_z() {
        all_gsvd::<c64>();
    }
    #[test]
    fn gbbrd_s() {
        all_gbbrd::<f32>();
    }
    #[test]
    fn gbbrd_d() {
        all_gbbrd::<f64>();
    }
    #[test]
    fn gbbrd_c() {
        all_gbbrd::<c32>();
    }
    #[test]
    fn gbbrd_z() {
        all_gbbrd::<c64>();
    }
}
