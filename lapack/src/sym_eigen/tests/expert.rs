//! Tests of bisection (`?stebz`), inverse iteration (`?stein`) and the
//! expert driver (`?syevx`/`?heevx`): eigenvalues against `?sterf`/`?syev`
//! of the same matrix, `|T Z - Z W|`, `|A Z - Z W|` and `|I - Z^H Z|`, the
//! value and index ranges at their edges, and NaN input.

use super::*;
use crate::sym_eigen::bisection::*;
use crate::sym_eigen::expert::*;
use crate::sym_eigen::tridiagonal::sterf;

/// A tridiagonal test matrix: (d, e) in f64, rounded to R.
#[derive(Clone, Copy, Debug)]
enum Tri {
    Random,
    /// Some off-diagonal elements zero: several blocks.
    Split,
    /// Wilkinson's W+: pairs of very close eigenvalues.
    Wilkinson,
    /// d = 1, e = 0: one eigenvalue of multiplicity n, n blocks of one.
    Repeated,
    /// Blocks equal to each other: every eigenvalue repeated across blocks.
    Glued,
}

fn tridiag<R: RealScalar>(n: usize, kind: Tri, rng: &mut Rng) -> (Vec<R>, Vec<R>) {
    let mut d = vec![0f64; n];
    let mut e = vec![0f64; n.saturating_sub(1)];
    match kind {
        Tri::Random => {
            d.iter_mut().for_each(|x| *x = rng.uniform());
            e.iter_mut().for_each(|x| *x = rng.uniform());
        }
        Tri::Split => {
            d.iter_mut().for_each(|x| *x = rng.uniform());
            for (i, x) in e.iter_mut().enumerate() {
                *x = if i % 3 == 1 { 0.0 } else { rng.uniform() };
            }
        }
        Tri::Wilkinson => {
            let h = (n as f64 - 1.0) / 2.0;
            for (i, x) in d.iter_mut().enumerate() {
                *x = (i as f64 - h).abs();
            }
            e.iter_mut().for_each(|x| *x = 1.0);
        }
        Tri::Repeated => d.iter_mut().for_each(|x| *x = 1.0),
        Tri::Glued => {
            let b = [0.5, -0.25, 1.0];
            for (i, x) in d.iter_mut().enumerate() {
                *x = b[i % 3];
            }
            for (i, x) in e.iter_mut().enumerate() {
                *x = if i % 3 == 2 { 0.0 } else { 0.75 };
            }
        }
    }
    (d.iter().map(|&x| R::from_f64(x)).collect(), e.iter().map(|&x| R::from_f64(x)).collect())
}

fn sorted_sterf<R: RealScalar>(d: &[R], e: &[R]) -> Vec<f64> {
    let (mut d, mut e) = (d.to_vec(), e.to_vec());
    sterf(&mut d, &mut e).unwrap();
    d.iter().map(|x| x.to_f64()).collect()
}

fn tnorm<R: RealScalar>(d: &[R], e: &[R]) -> f64 {
    crate::condition::testutil::tri_norm(d, e).max(f64::MIN_POSITIVE)
}

struct Found<R> {
    w: Vec<R>,
    iblock: Vec<usize>,
    isplit: Vec<usize>,
}

fn run_stebz<R: RealScalar>(
    range: EigRange<R>,
    order: Order,
    abstol: R,
    d: &[R],
    e: &[R],
) -> (Found<R>, Result<(), crate::Info>) {
    let n = d.len();
    let mut w = vec![R::zero(); n];
    let mut ib = vec![Block::default(); n];
    let mut isplit = vec![0usize; n];
    let mut buf = WorkBuffer::new(stebz_req::<R>(n));
    let (sz, r) = stebz(range, order, abstol, d, e, &mut w, &mut ib, &mut isplit, buf.workspace());
    w.truncate(sz.m);
    isplit.truncate(sz.nsplit);
    assert!(ib[..sz.m].iter().all(|b| b.converged || r.is_err()));
    (Found { w, iblock: ib[..sz.m].iter().map(|b| b.index).collect(), isplit }, r)
}

/// stebz for every range against sterf; stein's residual and orthogonality
/// for the eigenvalues found, vectors of type T.
fn check_tridiag<T: TestScalar>(n: usize, kind: Tri, seed: u64) {
    type R<T> = <T as Scalar>::Real;
    let mut rng = Rng::new(seed);
    let (d, e) = tridiag::<R<T>>(n, kind, &mut rng);
    let ctx = format!("{} n={n} {kind:?}", T::PREFIX);
    let all = sorted_sterf(&d, &e);
    let nrm = tnorm(&d, &e);
    let tol = 30.0 * (n.max(1) as f64) * eps::<T>();
    let zero = R::<T>::zero();

    // All, both orders; ORDER = E ascending.
    for order in [Order::Entire, Order::Block] {
        let (f, r) = run_stebz(EigRange::All, order, zero, &d, &e);
        r.unwrap_or_else(|i| panic!("{ctx}: stebz {i:?}"));
        assert_eq!(f.w.len(), n, "{ctx}");
        let mut w: Vec<f64> = f.w.iter().map(|x| x.to_f64()).collect();
        if order == Order::Entire {
            assert!(w.windows(2).all(|p| p[0] <= p[1]), "{ctx}: not ascending");
        }
        w.sort_by(f64::total_cmp);
        for i in 0..n {
            assert!((w[i] - all[i]).abs() <= tol * nrm, "{ctx}: eigenvalue {i}: {} vs {}", w[i], all[i]);
        }
    }

    // Index ranges: single, leading, trailing, middle.
    if n > 0 {
        let mut ranges = vec![(0, 0), (n - 1, n - 1), (0, n / 2), (n / 2, n - 1)];
        if n > 3 {
            ranges.push((1, n - 2));
        }
        for (il, iu) in ranges {
            let (f, r) = run_stebz(EigRange::Indices(il, iu), Order::Entire, zero, &d, &e);
            r.unwrap_or_else(|i| panic!("{ctx}: stebz I {il}..={iu}: {i:?}"));
            assert_eq!(f.w.len(), iu - il + 1, "{ctx}: I {il}..={iu}");
            for (k, x) in f.w.iter().enumerate() {
                assert!((x.to_f64() - all[il + k]).abs() <= tol * nrm, "{ctx}: I {il}..={iu} value {k}");
            }
        }
    }

    // Value ranges with ends between distinct eigenvalues; an empty one.
    let gaps: Vec<f64> = (0..n.saturating_sub(1))
        .filter(|&i| all[i + 1] - all[i] > 1e3 * tol * nrm)
        .map(|i| 0.5 * (all[i] + all[i + 1]))
        .collect();
    let lo = all.first().copied().unwrap_or(0.0) - 1.0;
    let hi = all.last().copied().unwrap_or(0.0) + 1.0;
    let mut ranges = vec![(lo, hi), (hi, hi + 1.0), (lo - 1.0, lo)];
    if let (Some(&a), Some(&b)) = (gaps.first(), gaps.last()) {
        ranges.push((lo, a));
        ranges.push((a, hi));
        if a < b {
            ranges.push((a, b));
        }
    }
    for (vl, vu) in ranges {
        let expect: Vec<f64> = all.iter().copied().filter(|&x| x > vl && x <= vu).collect();
        let (f, r) =
            run_stebz(EigRange::Values(R::<T>::from_f64(vl), R::<T>::from_f64(vu)), Order::Entire, zero, &d, &e);
        r.unwrap_or_else(|i| panic!("{ctx}: stebz V: {i:?}"));
        assert_eq!(f.w.len(), expect.len(), "{ctx}: V ({vl}, {vu}]");
        for (x, y) in f.w.iter().zip(&expect) {
            assert!((x.to_f64() - y).abs() <= tol * nrm, "{ctx}: V value");
        }
    }

    // Inverse iteration on all eigenvalues, by block.
    let (f, _) = run_stebz(EigRange::All, Order::Block, zero, &d, &e);
    let m = f.w.len();
    let ldz = n + 3;
    let mut zb = vec![T::from_c64(c64::new(f64::NAN, 0.0)); ldz * m.max(1)];
    let mut ifail = vec![usize::MAX; m];
    let mut buf = WorkBuffer::new(stein_req::<R<T>>(n));
    let z = MatMut::from_col_major(&mut zb, n, m, ldz);
    stein(&d, &e, &f.w, &f.iblock, &f.isplit, z, &mut ifail, buf.workspace())
        .unwrap_or_else(|i| panic!("{ctx}: stein {i:?}"));
    // The same on the reference's WORK (5n reals, NaN beforehand) and n
    // flags apart (its IWORK): the same vectors, bit for bit.
    let mut reals = vec![R::<T>::from_f64(f64::NAN); 5 * n];
    let mut flags = vec![true; n];
    let mut zb2 = vec![T::from_c64(c64::new(f64::NAN, 0.0)); ldz * m.max(1)];
    let mut ifail2 = vec![usize::MAX; m];
    let z2 = MatMut::from_col_major(&mut zb2, n, m, ldz);
    stein_in(&d, &e, &f.w, &f.iblock, &f.isplit, z2, &mut ifail2, &mut reals, &mut flags)
        .unwrap_or_else(|i| panic!("{ctx}: stein_in {i:?}"));
    let bits = |v: &[T]| v.iter().map(|x| x.to_c64()).map(|c| (c.re.to_bits(), c.im.to_bits())).collect::<Vec<_>>();
    assert!(bits(&zb) == bits(&zb2), "{ctx}: stein on the minimal workspace differs");
    let zf = Full::from_fn(n, m, |i, j| zb[i + j * ldz].to_c64());
    let tf = Full::from_fn(n, n, |i, j| {
        let v = if i == j {
            d[i].to_f64()
        } else if i + 1 == j {
            e[i].to_f64()
        } else if j + 1 == i {
            e[j].to_f64()
        } else {
            0.0
        };
        c64::new(v, 0.0)
    });
    let zw = Full::from_fn(n, m, |i, j| zf.at(i, j) * f.w[j].to_f64());
    let res = diff(&mul(&tf, &zf), &zw) / nrm;
    assert!(res <= tol, "{ctx}: |T Z - Z W| / |T| = {res:e}");
    let orth = diff(&mul_op(Trans::ConjTrans, &zf, Trans::No, &zf), &identity(m));
    assert!(orth <= tol, "{ctx}: |I - Z^H Z| = {orth:e}");
}

fn tridiag_all<T: TestScalar>() {
    for (s, &n) in [0usize, 1, 2, 3, 7, 25].iter().enumerate() {
        check_tridiag::<T>(n, Tri::Random, s as u64 + 40);
    }
    for kind in [Tri::Split, Tri::Wilkinson, Tri::Repeated, Tri::Glued] {
        for n in [2usize, 9, 21] {
            check_tridiag::<T>(n, kind, 5);
        }
    }
}

/// laebz's three jobs on one matrix: the counts at the Gershgorin ends,
/// bisection of one interval into all eigenvalues (against sterf), the
/// search for given counts, and its two failures (too little room, too few
/// halvings).
fn laebz_jobs<R: RealScalar>() {
    let n = 9;
    let mut rng = Rng::new(31);
    let (d, e) = tridiag::<R>(n, Tri::Random, &mut rng);
    let all = sorted_sterf(&d, &e);
    let e2: Vec<R> = e.iter().map(|x| *x * *x).chain([R::zero()]).collect();
    let nrm = tnorm(&d, &e);
    let (lo, hi) = (R::from_f64(-nrm - 1.0), R::from_f64(nrm + 1.0));
    let pivmin = R::from_f64(f64::MIN_POSITIVE.max(R::MIN_POSITIVE.to_f64()) * 4.0);
    let eps = R::EPSILON;
    let tol = 30.0 * n as f64 * eps.to_f64() * nrm;
    let mmax = n;
    let fresh = || (vec![R::zero(); 2 * mmax], vec![0i64; 2 * mmax], vec![R::zero(); mmax], vec![0i64; mmax]);

    let (mut ab, mut nab, mut c, mut nval) = fresh();
    ab[0] = lo;
    ab[mmax] = hi;
    let iv = Intervals { ab: &mut ab, nab: &mut nab, c: &mut c, nval: &mut nval };
    let (mout, r) = laebz(LaebzJob::Count, 0, 1, eps, eps, pivmin, &d, &e2, iv);
    assert_eq!((mout, r, nab[0], nab[mmax]), (n, Ok(()), 0, n as i64));

    let iv = Intervals { ab: &mut ab, nab: &mut nab, c: &mut c, nval: &mut nval };
    let (kl, r) = laebz(LaebzJob::Bisect, 200, 1, R::zero(), eps, pivmin, &d, &e2, iv);
    r.unwrap();
    assert_eq!(kl, n);
    let mut found = vec![f64::NAN; n];
    for j in 0..kl {
        assert_eq!(nab[mmax + j] - nab[j], 1, "interval {j} holds one eigenvalue");
        found[nab[j] as usize] = 0.5 * (ab[j] + ab[mmax + j]).to_f64();
    }
    for (x, y) in found.iter().zip(&all) {
        assert!((x - y).abs() <= tol, "laebz bisection {x} vs {y}");
    }

    let (mut ab, mut nab, mut c, mut nval) = fresh();
    for (j, k) in [2i64, 6].into_iter().enumerate() {
        ab[j] = lo;
        ab[mmax + j] = hi;
        nab[j] = -1;
        nab[mmax + j] = n as i64 + 1;
        c[j] = R::zero();
        nval[j] = k;
    }
    let iv = Intervals { ab: &mut ab, nab: &mut nab, c: &mut c, nval: &mut nval };
    let (_, r) = laebz(LaebzJob::Search, 200, 2, R::zero(), eps, pivmin, &d, &e2, iv);
    r.unwrap();
    for j in 0..2 {
        let k = nval[j] as usize;
        assert!(nab[j] <= k as i64 && k as i64 <= nab[mmax + j], "search {k}: counts");
        assert!(ab[j].to_f64() <= all[k] + tol && ab[mmax + j].to_f64() >= all[k - 1] - tol, "search {k}: bracket");
    }

    // mmax = 2 (c's length), ab and nab laid out for it.
    let (mut ab2, mut nab2, mut c2) = (vec![lo, R::zero(), hi, R::zero()], vec![0, 0, n as i64, 0], vec![R::zero(); 2]);
    let iv = Intervals { ab: &mut ab2, nab: &mut nab2, c: &mut c2, nval: &mut [] };
    let (_, r) = laebz(LaebzJob::Bisect, 200, 1, R::zero(), eps, pivmin, &d, &e2, iv);
    assert_eq!(r, Err(crate::Info::new(3)), "no room for the third interval");
    let (mut ab3, mut nab3, mut c3) = (vec![lo, hi], vec![0, n as i64], vec![R::zero(); 1]);
    let iv = Intervals { ab: &mut ab3, nab: &mut nab3, c: &mut c3, nval: &mut [] };
    let (kl, r) = laebz(LaebzJob::Bisect, 0, 1, R::zero(), eps, pivmin, &d, &e2, iv);
    assert_eq!((kl, r), (1, Err(crate::Info::new(1))), "no halving allowed");
}

#[test]
fn laebz_jobs_both_precisions() {
    laebz_jobs::<f32>();
    laebz_jobs::<f64>();
}

/// syevx for one range: m, the eigenvalues against syev's, and for vectors
/// the residual and orthogonality; z stored with a leading dimension n + 3.
#[allow(clippy::too_many_arguments)]
fn check_syevx<T: TestScalar>(
    n: usize,
    uplo: Uplo,
    kind: Kind,
    range: EigRange<T::Real>,
    abstol: T::Real,
    expect: &[f64],
    a0: &Stored<T>,
    h: &Full,
) {
    let ctx = format!("{} syevx n={n} {uplo:?} {kind:?} {range:?} abstol={abstol:?}", T::PREFIX);
    let tol = 30.0 * (n.max(1) as f64) * eps::<T>();
    let anorm = max_abs(h).max(f64::MIN_POSITIVE);
    let cols = syevx_columns(range, n);
    for jobz in [Jobz::NoVectors, Jobz::Vectors] {
        let mut a = Stored { n, ld: a0.ld, d: a0.d.clone() };
        let mut w = vec![T::Real::zero(); n];
        let ldz = n + 3;
        let mut zb = vec![T::from_c64(c64::new(f64::NAN, 0.0)); ldz * cols.max(1)];
        let mut ifail = vec![Some(usize::MAX); n];
        let mut buf = WorkBuffer::new(syevx_req::<T>(jobz, n));
        let z = MatMut::from_col_major(&mut zb, if jobz == Jobz::Vectors { n } else { 0 }, cols, ldz);
        let (m, r) = syevx(jobz, range, uplo, a.view(), abstol, &mut w, z, &mut ifail, Par::Seq, buf.workspace());
        r.unwrap_or_else(|i| panic!("{ctx} {jobz:?}: {i:?}"));
        assert_eq!(m, expect.len(), "{ctx} {jobz:?}: m");
        for k in 0..m {
            assert!((w[k].to_f64() - expect[k]).abs() <= tol * anorm, "{ctx} {jobz:?}: w[{k}]");
        }
        assert!(w[..m].windows(2).all(|p| p[0] <= p[1]), "{ctx}: not ascending");
        if jobz == Jobz::Vectors {
            if n > 1 {
                assert!(ifail[..m].iter().all(|f| f.is_none()), "{ctx}: ifail");
            }
            let zf = Full::from_fn(n, m, |i, j| zb[i + j * ldz].to_c64());
            let zw = Full::from_fn(n, m, |i, j| zf.at(i, j) * w[j].to_f64());
            let res = diff(&mul(h, &zf), &zw) / anorm;
            assert!(res <= tol, "{ctx}: |A Z - Z W| / |A| = {res:e}");
            let orth = diff(&mul_op(Trans::ConjTrans, &zf, Trans::No, &zf), &identity(m));
            assert!(orth <= tol, "{ctx}: |I - Z^H Z| = {orth:e}");
            // Columns past m untouched (the reference sets Z = 1 for n = 1).
            for j in m.max(usize::from(n == 1))..cols {
                assert!(zb[j * ldz].to_c64().re.is_nan(), "{ctx}: column {j} written");
            }
        }
    }
}

fn syevx_case<T: TestScalar>(n: usize, uplo: Uplo, kind: Kind, scale: f64, seed: u64) {
    let mut rng = Rng::new(seed);
    let (a0, h) = hermitian::<T>(n, uplo, kind, scale, &mut rng);
    let mut a = Stored { n, ld: a0.ld, d: a0.d.clone() };
    let mut all = vec![T::Real::zero(); n];
    let mut buf = WorkBuffer::new(syev_req::<T>(Jobz::NoVectors, n));
    syev(Jobz::NoVectors, uplo, a.view(), &mut all, Par::Seq, buf.workspace()).unwrap();
    let all: Vec<f64> = all.iter().map(|x| x.to_f64()).collect();
    let r = T::Real::from_f64;
    let zero = T::Real::zero();
    let small = r(scale * 1e-3 * eps::<T>());
    // All: QR iteration (abstol 0) and bisection (abstol > 0).
    check_syevx::<T>(n, uplo, kind, EigRange::All, zero, &all, &a0, &h);
    check_syevx::<T>(n, uplo, kind, EigRange::All, small, &all, &a0, &h);
    if n == 0 {
        return;
    }
    // Indices: all (the QR path), one, the upper half.
    check_syevx::<T>(n, uplo, kind, EigRange::Indices(0, n - 1), zero, &all, &a0, &h);
    check_syevx::<T>(n, uplo, kind, EigRange::Indices(n / 2, n / 2), zero, &all[n / 2..=n / 2], &a0, &h);
    check_syevx::<T>(n, uplo, kind, EigRange::Indices(n / 2, n - 1), zero, &all[n / 2..], &a0, &h);
    // Values: everything, nothing, and a split between distinct eigenvalues.
    let amax = max_abs(&h);
    let (lo, hi) = (all[0] - 1.0 - amax, all[n - 1] + 1.0 + amax);
    check_syevx::<T>(n, uplo, kind, EigRange::Values(r(lo), r(hi)), zero, &all, &a0, &h);
    check_syevx::<T>(n, uplo, kind, EigRange::Values(r(hi), r(hi + 1.0 + amax)), zero, &[], &a0, &h);
    let tol = 1e3 * (n as f64) * eps::<T>() * amax.max(1e-300);
    if let Some(i) = (0..n - 1).rev().find(|&i| all[i + 1] - all[i] > tol) {
        let mid = 0.5 * (all[i] + all[i + 1]);
        check_syevx::<T>(n, uplo, kind, EigRange::Values(r(mid), r(hi)), zero, &all[i + 1..], &a0, &h);
        check_syevx::<T>(n, uplo, kind, EigRange::Values(r(lo), r(mid)), zero, &all[..=i], &a0, &h);
    }
}

fn syevx_all<T: TestScalar>() {
    for (s, &n) in [0usize, 1, 2, 3, 10, 33].iter().enumerate() {
        for uplo in [Uplo::Upper, Uplo::Lower] {
            syevx_case::<T>(n, uplo, Kind::Random, 1.0, s as u64 + 70);
        }
    }
    for kind in [Kind::Zero, Kind::Identity, Kind::Clustered, Kind::Graded] {
        syevx_case::<T>(12, Uplo::Lower, kind, 1.0, 9);
    }
    // Two clusters of 20: inverse iteration must keep the vectors orthogonal.
    syevx_case::<T>(40, Uplo::Upper, Kind::Clustered, 1.0, 21);
    // Scaled into range and back.
    let smlnum = T::Real::MIN_POSITIVE.to_f64() / eps::<T>();
    for scale in [smlnum.sqrt() * 1e-3, 1e-3 / smlnum.sqrt()] {
        syevx_case::<T>(9, Uplo::Upper, Kind::Random, scale, 13);
    }
}

/// NaN or infinity in the input ends with an error or NaN output, never a
/// hang or a panic.
fn nan_bisection<T: TestScalar>() {
    type R<T> = <T as Scalar>::Real;
    for bad in [f64::NAN, f64::INFINITY] {
        let mut rng = Rng::new(2);
        let (mut d, e) = tridiag::<R<T>>(12, Tri::Random, &mut rng);
        d[4] = R::<T>::from_f64(bad);
        for range in
            [EigRange::All, EigRange::Indices(2, 5), EigRange::Values(R::<T>::from_f64(-0.5), R::<T>::from_f64(0.5))]
        {
            let (f, r) = run_stebz(range, Order::Block, R::<T>::zero(), &d, &e);
            let m = f.w.len();
            let mut zb = vec![T::zero(); 12 * m.max(1)];
            let mut ifail = vec![0; m];
            let mut buf = WorkBuffer::new(stein_req::<R<T>>(12));
            let _ = stein(
                &d,
                &e,
                &f.w,
                &f.iblock,
                &f.isplit,
                MatMut::from_col_major(&mut zb, 12, m, 12),
                &mut ifail,
                buf.workspace(),
            );
            let _ = r;
        }
        let (mut a, _) = hermitian::<T>(15, Uplo::Lower, Kind::Random, 1.0, &mut rng);
        a.d[5 + 3 * a.ld] = T::from_c64(c64::new(bad, 0.0));
        for range in [EigRange::All, EigRange::Indices(1, 4)] {
            let mut a = Stored { n: 15, ld: a.ld, d: a.d.clone() };
            let mut w = vec![R::<T>::zero(); 15];
            let mut zb = vec![T::zero(); 15 * 15];
            let mut ifail = vec![None; 15];
            let mut buf = WorkBuffer::new(syevx_req::<T>(Jobz::Vectors, 15));
            let z = MatMut::from_col_major(&mut zb, 15, 15, 15);
            let (m, r) = syevx(
                Jobz::Vectors,
                range,
                Uplo::Lower,
                a.view(),
                R::<T>::zero(),
                &mut w,
                z,
                &mut ifail,
                Par::Seq,
                buf.workspace(),
            );
            assert!(
                r.is_err() || (m > 0 && w[..m].iter().any(|x| !x.is_finite())),
                "{bad}: {range:?}: no failure: m={m} {r:?} {:?}",
                &w[..m]
            );
        }
    }
}

mod residual {
    use super::*;
    all_types!(stebz_stein_residuals, tridiag_all);
    all_types!(syevx_residuals, syevx_all);
    all_types!(bisection_nan_ends, nan_bisection);
}
