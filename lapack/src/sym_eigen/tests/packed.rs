//! Residual tests of the packed routines: `?sptrd` (`|A - Q T Q^H|`, Q
//! unitary, its d/e/tau those of `?sytrd` on the same matrix up to
//! rounding), `?opgtr` and `?opmtr` against the explicit Q, and the drivers
//! `?spev`, `?spevd`, `?spevx` (`|A Z - Z W|`, `|I - Z^H Z|`, eigenvalues
//! those of the dense `?syev`).

use super::super::bisection::EigRange;
use super::super::expert::syevx_columns;
use super::super::packed::*;
use super::*;

const PSIZES: [usize; 6] = [0, 1, 2, 3, 17, 40];

/// The `uplo` triangle of `a` in packed storage, with two NaN guards after it.
fn pack<T: TestScalar>(uplo: Uplo, a: &Stored<T>) -> Vec<T> {
    let n = a.n;
    let mut ap = Vec::with_capacity(packed_len(n) + 2);
    for j in 0..n {
        let rows = if uplo == Uplo::Upper { 0..j + 1 } else { j..n };
        for i in rows {
            ap.push(T::from_c64(a.get(i, j)));
        }
    }
    ap.push(T::from_c64(c64::new(f64::NAN, f64::NAN)));
    ap.push(T::from_c64(c64::new(f64::NAN, f64::NAN)));
    ap
}

/// The packed triangle back in a full stored matrix (NaN elsewhere).
fn unpack<T: TestScalar>(uplo: Uplo, n: usize, ap: &[T]) -> Stored<T> {
    let ld = n + 2;
    let mut d = vec![T::from_c64(c64::new(f64::NAN, f64::NAN)); ld * n.max(1)];
    for j in 0..n {
        let rows = if uplo == Uplo::Upper { 0..j + 1 } else { j..n };
        for i in rows {
            d[i + j * ld] = ap[packed_index(uplo, n, i, j)];
        }
    }
    Stored { n, ld, d }
}

fn check_sptrd<T: TestScalar>(n: usize, uplo: Uplo, kind: Kind, seed: u64) {
    let mut rng = Rng::new(seed);
    let (a0, h) = hermitian::<T>(n, uplo, kind, 1.0, &mut rng);
    let ctx = format!("{} sptrd n={n} {uplo:?} {kind:?}", T::PREFIX);
    let tol = 30.0 * (n.max(1) as f64) * eps::<T>();
    let mut ap = pack(uplo, &a0);
    let k = n.saturating_sub(1);
    let mut d = vec![T::Real::zero(); n];
    let mut e = vec![T::Real::zero(); k];
    let mut tau = vec![T::zero(); k];
    sptrd(uplo, n, &mut ap, &mut d, &mut e, &mut tau);
    assert!(ap[packed_len(n)].to_c64().re.is_nan(), "{ctx}: wrote past the triangle");
    let a = unpack(uplo, n, &ap);
    let dd: Vec<f64> = d.iter().map(|x| x.to_f64()).collect();
    let ee: Vec<f64> = e.iter().map(|x| x.to_f64()).collect();
    for i in 0..n {
        assert_eq!(a.get(i, i), c64::new(dd[i], 0.0), "{ctx}: diagonal of AP is not d");
    }
    let q = explicit_q(uplo, &a, &tau);
    let anorm = max_abs(&h).max(f64::MIN_POSITIVE);
    let res = diff(&mul(&h, &q), &times_tridiag(&q, &dd, &ee)) / anorm;
    assert!(res <= tol, "{ctx}: |A Q - Q T| / |A| = {res:e}");
    let orth = diff(&mul_op(Trans::ConjTrans, &q, Trans::No, &q), &identity(n));
    assert!(orth <= tol, "{ctx}: |I - Q^H Q| = {orth:e}");

    // The dense reduction of the same matrix: the same T up to rounding
    // (where the Krylov space does not degenerate, which makes the later
    // reflectors depend on rounding noise).
    if matches!(kind, Kind::Random) {
        same_as_sytrd(uplo, &a0, &dd, &ee, tol * anorm, &ctx);
    }

    // opgtr: the same Q, in a matrix with ld > n.
    let ldq = n + 3;
    let mut qb = vec![T::zero(); ldq * n.max(1)];
    let mut w = WorkBuffer::new(opgtr_req::<T>(uplo, n));
    opgtr(uplo, &ap, &tau, MatMut::from_col_major(&mut qb, n, n, ldq), Par::Seq, w.workspace());
    let gq = Full::from_fn(n, n, |i, j| qb[i + j * ldq].to_c64());
    let err = diff(&gq, &q);
    assert!(err <= tol, "{ctx}: opgtr differs from the explicit Q by {err:e}");
    // And on the reference's WORK (n - 1): unblocked, the same Q.
    let mut small = WorkBuffer::new(crate::WorkReq::new::<T>(n.saturating_sub(1)));
    opgtr(uplo, &ap, &tau, MatMut::from_col_major(&mut qb, n, n, ldq), Par::Seq, small.workspace());
    let err = diff(&Full::from_fn(n, n, |i, j| qb[i + j * ldq].to_c64()), &q);
    assert!(err <= tol, "{ctx}: opgtr on n - 1 of WORK differs from the explicit Q by {err:e}");

    for side in [Side::Left, Side::Right] {
        for trans in [Trans::No, if T::IS_COMPLEX { Trans::ConjTrans } else { Trans::Trans }] {
            let (m, nc) = if side == Side::Left { (n, 5) } else { (5, n) };
            let c0 = Full::from_fn(m, nc, |_, _| rng.scalar::<T>().to_c64());
            let ldc = m + 1;
            let mut c = vec![T::zero(); ldc * nc];
            for i in 0..m {
                for j in 0..nc {
                    c[i + j * ldc] = T::from_c64(c0.at(i, j));
                }
            }
            let tq = if trans == Trans::No { Trans::No } else { Trans::ConjTrans };
            let want = if side == Side::Left { mul_op(tq, &q, Trans::No, &c0) } else { mul_op(Trans::No, &c0, tq, &q) };
            // The blocked path, then the reference's WORK (n for the left
            // side, m for the right): one reflector at a time from AP.
            let fast = opmtr_req::<T>(side, uplo, m, nc);
            let minimal = crate::WorkReq::new::<T>(if side == Side::Left { nc } else { m });
            for (req, how) in [(fast, "blocked"), (minimal, "minimal WORK")] {
                let mut cc = c.clone();
                let mut w = WorkBuffer::new(req);
                let cv = MatMut::from_col_major(&mut cc, m, nc, ldc);
                opmtr(side, uplo, trans, &ap, &tau, cv, Par::Seq, w.workspace());
                let got = Full::from_fn(m, nc, |i, j| cc[i + j * ldc].to_c64());
                let err = diff(&got, &want) / max_abs(&c0).max(f64::MIN_POSITIVE);
                assert!(err <= tol, "{ctx}: opmtr {side:?} {trans:?} ({how}) off by {err:e}");
            }
        }
    }
}

/// `sptrd`'s tridiagonal has the eigenvalues of `sytrd`'s on the same
/// matrix. (Not the same entries: the two reduce with differently ordered
/// sums, and single entries of T are not forward stable, while its
/// eigenvalues move no more than the backward error.)
fn same_as_sytrd<T: TestScalar>(uplo: Uplo, a0: &Stored<T>, dd: &[f64], ee: &[f64], tol: f64, ctx: &str) {
    let n = a0.n;
    let k = n.saturating_sub(1);
    let mut b = Stored { n, ld: a0.ld, d: a0.d.clone() };
    let (mut d2, mut e2, mut tau2) = (vec![T::Real::zero(); n], vec![T::Real::zero(); k], vec![T::zero(); k]);
    let mut w = WorkBuffer::new(sytrd_req_with::<T>(n, 1));
    sytrd_with(uplo, b.view(), &mut d2, &mut e2, &mut tau2, Par::Seq, w.workspace(), 1, 1);
    let mut d1: Vec<f64> = dd.to_vec();
    let mut e1: Vec<f64> = ee.to_vec();
    let mut d2: Vec<f64> = d2.iter().map(|x| x.to_f64()).collect();
    let mut e2: Vec<f64> = e2.iter().map(|x| x.to_f64()).collect();
    crate::sym_eigen::tridiagonal::sterf(&mut d1, &mut e1).expect("sterf");
    crate::sym_eigen::tridiagonal::sterf(&mut d2, &mut e2).expect("sterf");
    for i in 0..n {
        assert!(
            (d1[i] - d2[i]).abs() <= tol,
            "{ctx}: eigenvalue {i} of T differs from sytrd's: {} vs {}",
            d1[i],
            d2[i]
        );
    }
}

fn sptrd_all<T: TestScalar>() {
    for (s, &n) in PSIZES.iter().enumerate() {
        for uplo in [Uplo::Upper, Uplo::Lower] {
            check_sptrd::<T>(n, uplo, Kind::Random, s as u64 + 40);
        }
    }
    for kind in [Kind::Zero, Kind::Identity, Kind::Clustered, Kind::Graded] {
        for uplo in [Uplo::Upper, Uplo::Lower] {
            check_sptrd::<T>(9, uplo, kind, 3);
        }
    }
}

/// The packed driver under test.
#[derive(Clone, Copy, Debug, PartialEq)]
enum PDriver {
    Ev,
    Evd,
    /// `?spevx` with all eigenvalues, `abstol` 0 (QR) or positive (bisection).
    EvxAll(bool),
}

/// Runs a packed driver; `z` has leading dimension `n + 1`. Returns the
/// eigenvalues and the eigenvectors (empty without).
fn run_packed<T: TestScalar>(driver: PDriver, jobz: Jobz, uplo: Uplo, n: usize, ap: &mut [T]) -> (Vec<f64>, Full) {
    let ctx = format!("{} {driver:?} {jobz:?} n={n} {uplo:?}", T::PREFIX);
    let mut w = vec![T::Real::zero(); n];
    let ldz = n + 1;
    let zrows = if jobz == Jobz::Vectors { n } else { 0 };
    let mut zb = vec![T::zero(); ldz * n.max(1)];
    let z = MatMut::from_col_major(&mut zb, zrows, if zrows == 0 { 0 } else { n }, ldz);
    match driver {
        PDriver::Ev => {
            let mut buf = WorkBuffer::new(spev_req::<T>(jobz, n));
            spev(jobz, uplo, n, ap, &mut w, z, Par::Seq, buf.workspace()).unwrap_or_else(|e| panic!("{ctx}: {e:?}"));
        }
        PDriver::Evd => {
            let mut buf = WorkBuffer::new(spevd_req::<T>(jobz, n));
            spevd(jobz, uplo, n, ap, &mut w, z, Par::Seq, buf.workspace()).unwrap_or_else(|e| panic!("{ctx}: {e:?}"));
        }
        PDriver::EvxAll(bisect) => {
            let mut buf = WorkBuffer::new(spevx_req::<T>(jobz, n));
            let mut ifail = vec![Some(usize::MAX); n];
            let abstol = if bisect { T::Real::MIN_POSITIVE } else { T::Real::zero() };
            let (m, r) =
                spevx(jobz, EigRange::All, uplo, n, ap, abstol, &mut w, z, &mut ifail, Par::Seq, buf.workspace());
            r.unwrap_or_else(|e| panic!("{ctx}: {e:?}"));
            assert_eq!(m, n, "{ctx}: m");
        }
    }
    let z = Full::from_fn(zrows, zrows, |i, j| zb[i + j * ldz].to_c64());
    (w.iter().map(|x| x.to_f64()).collect(), z)
}

/// The dense syev's eigenvalues of the stored matrix.
fn dense_eigenvalues<T: TestScalar>(uplo: Uplo, a0: &Stored<T>) -> Vec<f64> {
    let n = a0.n;
    let mut a = Stored { n, ld: a0.ld, d: a0.d.clone() };
    let mut w = vec![T::Real::zero(); n];
    let mut buf = WorkBuffer::new(syev_req::<T>(Jobz::NoVectors, n));
    syev(Jobz::NoVectors, uplo, a.view(), &mut w, Par::Seq, buf.workspace()).expect("syev");
    w.iter().map(|x| x.to_f64()).collect()
}

fn check_packed_driver<T: TestScalar>(driver: PDriver, n: usize, uplo: Uplo, kind: Kind, scale: f64, seed: u64) {
    let mut rng = Rng::new(seed);
    let (a0, h) = hermitian::<T>(n, uplo, kind, scale, &mut rng);
    let ctx = format!("{} {driver:?} n={n} {uplo:?} {kind:?} scale={scale:e}", T::PREFIX);
    let tol = 30.0 * (n.max(1) as f64) * eps::<T>();
    let anorm = max_abs(&h).max(f64::MIN_POSITIVE);
    let dense = dense_eigenvalues(uplo, &a0);

    let mut ap = pack(uplo, &a0);
    let (wv, z) = run_packed(driver, Jobz::Vectors, uplo, n, &mut ap);
    assert!(wv.windows(2).all(|p| p[0] <= p[1]), "{ctx}: eigenvalues not ascending");
    let zd = Full::from_fn(n, n, |i, j| z.at(i, j) * wv[j]);
    let res = diff(&mul(&h, &z), &zd) / anorm;
    assert!(res <= tol, "{ctx}: |A Z - Z D| / |A| = {res:e}");
    let orth = diff(&mul_op(Trans::ConjTrans, &z, Trans::No, &z), &identity(n));
    assert!(orth <= tol, "{ctx}: |I - Z^H Z| = {orth:e}");

    let mut ap = pack(uplo, &a0);
    let (wn, _) = run_packed(driver, Jobz::NoVectors, uplo, n, &mut ap);
    for i in 0..n {
        for (what, x) in [("N", wn[i]), ("V", wv[i])] {
            let d = (x - dense[i]).abs() / anorm;
            assert!(d <= tol, "{ctx}: eigenvalue {i} ({what}) differs from syev's by {d:e}");
        }
    }
}

fn packed_drivers_all<T: TestScalar>() {
    for driver in [PDriver::Ev, PDriver::Evd, PDriver::EvxAll(false), PDriver::EvxAll(true)] {
        for (s, &n) in PSIZES.iter().enumerate() {
            for uplo in [Uplo::Upper, Uplo::Lower] {
                check_packed_driver::<T>(driver, n, uplo, Kind::Random, 1.0, s as u64 + 7);
            }
        }
        for kind in [Kind::Zero, Kind::Identity, Kind::Clustered, Kind::Graded] {
            check_packed_driver::<T>(driver, 12, Uplo::Lower, kind, 1.0, 9);
        }
        let smlnum = T::Real::MIN_POSITIVE.to_f64() / eps::<T>();
        let (rmin, rmax) = (smlnum.sqrt(), 1.0 / smlnum.sqrt());
        for scale in [rmin * 1e-3, rmax * 1e3] {
            check_packed_driver::<T>(driver, 10, Uplo::Upper, Kind::Random, scale, 11);
        }
    }
}

/// `?spevx` with a value and an index range: m and the eigenvalues those of
/// syev, the vectors' residual, columns past m untouched.
fn spevx_ranges<T: TestScalar>() {
    for &n in &[1usize, 2, 3, 17] {
        for uplo in [Uplo::Upper, Uplo::Lower] {
            let mut rng = Rng::new(n as u64 + 5);
            let (a0, h) = hermitian::<T>(n, uplo, Kind::Random, 1.0, &mut rng);
            let all = dense_eigenvalues(uplo, &a0);
            let tol = 30.0 * (n as f64) * eps::<T>();
            let anorm = max_abs(&h).max(f64::MIN_POSITIVE);
            let (il, iu) = (n / 3, (2 * n) / 3);
            let lo = if n == 1 { all[0] - 1.0 } else { (all[0] + all[1]) / 2.0 };
            let hi = all[n - 1] + 1.0;
            let ranges = [
                (EigRange::Indices(il, iu), all[il..=iu].to_vec()),
                (
                    EigRange::Values(T::Real::from_f64(lo), T::Real::from_f64(hi)),
                    all.iter().copied().filter(|&x| x > lo && x <= hi).collect::<Vec<_>>(),
                ),
            ];
            for (range, expect) in ranges {
                let ctx = format!("{} spevx n={n} {uplo:?} {range:?}", T::PREFIX);
                let cols = syevx_columns(range, n);
                for jobz in [Jobz::NoVectors, Jobz::Vectors] {
                    let mut ap = pack(uplo, &a0);
                    let mut w = vec![T::Real::zero(); n];
                    let ldz = n + 2;
                    let mut zb = vec![T::from_c64(c64::new(f64::NAN, 0.0)); ldz * cols.max(1)];
                    let mut ifail = vec![Some(usize::MAX); n];
                    let mut buf = WorkBuffer::new(spevx_req::<T>(jobz, n));
                    let zr = if jobz == Jobz::Vectors { n } else { 0 };
                    let z = MatMut::from_col_major(&mut zb, zr, cols, ldz);
                    let (m, r) = spevx(
                        jobz,
                        range,
                        uplo,
                        n,
                        &mut ap,
                        T::Real::zero(),
                        &mut w,
                        z,
                        &mut ifail,
                        Par::Seq,
                        buf.workspace(),
                    );
                    r.unwrap_or_else(|e| panic!("{ctx}: {e:?}"));
                    assert_eq!(m, expect.len(), "{ctx} {jobz:?}: m");
                    for k in 0..m {
                        assert!((w[k].to_f64() - expect[k]).abs() <= tol * anorm, "{ctx} {jobz:?}: w[{k}]");
                    }
                    if jobz == Jobz::Vectors {
                        let zf = Full::from_fn(n, m, |i, j| zb[i + j * ldz].to_c64());
                        let zw = Full::from_fn(n, m, |i, j| zf.at(i, j) * w[j].to_f64());
                        let res = diff(&mul(&h, &zf), &zw) / anorm;
                        assert!(res <= tol, "{ctx}: |A Z - Z W| / |A| = {res:e}");
                        let orth = diff(&mul_op(Trans::ConjTrans, &zf, Trans::No, &zf), &identity(m));
                        assert!(orth <= tol, "{ctx}: |I - Z^H Z| = {orth:e}");
                        for j in m.max(usize::from(n == 1))..cols {
                            assert!(zb[j * ldz].to_c64().re.is_nan(), "{ctx}: column {j} written");
                        }
                    }
                }
            }
        }
    }
}

/// NaN in the packed matrix: an error or NaN eigenvalues, never a hang.
fn packed_nan<T: TestScalar>() {
    for driver in [PDriver::Ev, PDriver::Evd, PDriver::EvxAll(false), PDriver::EvxAll(true)] {
        for jobz in [Jobz::NoVectors, Jobz::Vectors] {
            let n = 20;
            let mut rng = Rng::new(3);
            let (a0, _) = hermitian::<T>(n, Uplo::Lower, Kind::Random, 1.0, &mut rng);
            let mut ap = pack(Uplo::Lower, &a0);
            ap[7] = T::from_c64(c64::new(f64::NAN, 0.0));
            let mut w = vec![T::Real::zero(); n];
            let mut zb = vec![T::zero(); n * n];
            let zr = if jobz == Jobz::Vectors { n } else { 0 };
            let z = MatMut::from_col_major(&mut zb, zr, n, n);
            let bad = match driver {
                PDriver::Ev => {
                    let mut buf = WorkBuffer::new(spev_req::<T>(jobz, n));
                    spev(jobz, Uplo::Lower, n, &mut ap, &mut w, z, Par::Seq, buf.workspace()).is_err()
                }
                PDriver::Evd => {
                    let mut buf = WorkBuffer::new(spevd_req::<T>(jobz, n));
                    spevd(jobz, Uplo::Lower, n, &mut ap, &mut w, z, Par::Seq, buf.workspace()).is_err()
                }
                PDriver::EvxAll(bisect) => {
                    let mut buf = WorkBuffer::new(spevx_req::<T>(jobz, n));
                    let mut ifail = vec![None; n];
                    let abstol = if bisect { T::Real::MIN_POSITIVE } else { T::Real::zero() };
                    let (m, r) = spevx(
                        jobz,
                        EigRange::All,
                        Uplo::Lower,
                        n,
                        &mut ap,
                        abstol,
                        &mut w,
                        z,
                        &mut ifail,
                        Par::Seq,
                        buf.workspace(),
                    );
                    r.is_err() || m < n
                }
            };
            assert!(bad || w.iter().any(|x| x.to_f64().is_nan()), "{driver:?} {jobz:?}: NaN vanished");
        }
    }
}

mod residual {
    use super::*;
    all_types!(sptrd_opgtr_opmtr_residuals, sptrd_all);
    all_types!(spev_spevd_spevx_residuals, packed_drivers_all);
    all_types!(spevx_range_residuals, spevx_ranges);
    all_types!(packed_nan_ends, packed_nan);
}
