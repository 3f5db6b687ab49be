//! Residual tests of the band routines: `?sbtrd` (`|A - Q T Q^H|`, Q
//! unitary, VECT N/V/U agree), and the drivers `?sbev`, `?sbevd`, `?sbevx`
//! (`|A Z - Z W|`, `|I - Z^H Z|`, eigenvalues those of the dense `?syev`),
//! for UPLO U/L and KD 0, 1, 3, n - 1 (and more than n - 1).

use super::super::band::*;
use super::super::bisection::EigRange;
use super::super::expert::syevx_columns;
use super::*;

const BSIZES: [usize; 6] = [0, 1, 2, 3, 17, 30];

/// A random Hermitian band matrix (`kd` off-diagonals) times `scale`, in
/// band storage with one spare row (NaN, like the unused corners), and
/// the full c64 matrix.
fn band_matrix<T: TestScalar>(n: usize, kd: usize, uplo: Uplo, scale: f64, rng: &mut Rng) -> (Vec<T>, usize, Full) {
    let mut h = Full::zeros(n, n);
    for j in 0..n {
        for i in j.saturating_sub(kd)..=j {
            let z = T::from_c64(rng.scalar::<T>().to_c64() * scale).to_c64();
            *h.at_mut(i, j) = if i == j { c64::new(z.re, 0.0) } else { z };
            *h.at_mut(j, i) = h.at(i, j).conj();
        }
    }
    let ldab = kd + 2;
    let mut ab = vec![T::from_c64(c64::new(f64::NAN, f64::NAN)); ldab * n.max(1)];
    for j in 0..n {
        for i in 0..n {
            match uplo {
                Uplo::Upper if i <= j && j - i <= kd => ab[kd + i - j + j * ldab] = T::from_c64(h.at(i, j)),
                Uplo::Lower if i >= j && i - j <= kd => ab[i - j + j * ldab] = T::from_c64(h.at(i, j)),
                _ => {}
            }
        }
    }
    (ab, ldab, h)
}

/// The stored full triangle of `h`, for the dense driver.
fn dense_of<T: TestScalar>(uplo: Uplo, h: &Full) -> Stored<T> {
    let n = h.m;
    let ld = n + 2;
    let mut d = vec![T::from_c64(c64::new(f64::NAN, f64::NAN)); ld * n.max(1)];
    for j in 0..n {
        for i in 0..n {
            if (uplo == Uplo::Upper) == (i <= j) || i == j {
                d[i + j * ld] = T::from_c64(h.at(i, j));
            }
        }
    }
    Stored { n, ld, d }
}

fn dense_eigs<T: TestScalar>(uplo: Uplo, h: &Full) -> Vec<f64> {
    let n = h.m;
    let mut a = dense_of::<T>(uplo, h);
    let mut w = vec![T::Real::zero(); n];
    let mut buf = WorkBuffer::new(syev_req::<T>(Jobz::NoVectors, n));
    syev(Jobz::NoVectors, uplo, a.view(), &mut w, Par::Seq, buf.workspace()).expect("syev");
    w.iter().map(|x| x.to_f64()).collect()
}

fn check_sbtrd<T: TestScalar>(n: usize, kd: usize, uplo: Uplo, seed: u64) {
    let mut rng = Rng::new(seed);
    let (ab0, ldab, h) = band_matrix::<T>(n, kd, uplo, 1.0, &mut rng);
    let ctx = format!("{} sbtrd n={n} kd={kd} {uplo:?}", T::PREFIX);
    let tol = 30.0 * (n.max(1) as f64) * eps::<T>();
    let anorm = max_abs(&h).max(f64::MIN_POSITIVE);
    let k = n.saturating_sub(1);
    let mut results = Vec::new();
    // A fixed non-unitary X for VECT = U: the result must be X Q.
    let im = if T::IS_COMPLEX { 1.0 } else { 0.0 };
    let x = Full::from_fn(n, n, |i, j| c64::new(((i * 7 + j * 3) % 5) as f64 - 2.0, im * ((i + 2 * j) % 3) as f64));
    for vect in [Vect::Form, Vect::None, Vect::Update] {
        let mut ab = ab0.clone();
        let (mut d, mut e) = (vec![T::Real::zero(); n], vec![T::Real::zero(); k]);
        let ldq = n + 1;
        let mut qb = vec![T::zero(); ldq * n.max(1)];
        if vect == Vect::Update {
            for j in 0..n {
                for i in 0..n {
                    qb[i + j * ldq] = T::from_c64(x.at(i, j));
                }
            }
        }
        let qr = if vect == Vect::None { 0 } else { n };
        let mut buf = WorkBuffer::new(sbtrd_req::<T>(n, kd));
        let abv = MatMut::from_col_major(&mut ab, kd + 1, n, ldab);
        sbtrd(vect, uplo, kd, abv, &mut d, &mut e, MatMut::from_col_major(&mut qb, qr, qr, ldq), buf.workspace());
        // Outside the band (the spare row, the corners) untouched.
        for j in 0..n {
            for r in 0..ldab {
                let inside = r <= kd
                    && match uplo {
                        Uplo::Upper => r + j >= kd,
                        Uplo::Lower => r + j < n,
                    };
                if !inside {
                    assert!(ab[r + j * ldab].to_c64().re.is_nan(), "{ctx}: wrote ab[{r}, {j}]");
                }
            }
        }
        let dd: Vec<f64> = d.iter().map(|x| x.to_f64()).collect();
        let ee: Vec<f64> = e.iter().map(|x| x.to_f64()).collect();
        let q = Full::from_fn(qr, qr, |i, j| qb[i + j * ldq].to_c64());
        results.push((dd, ee, q));
    }
    let (dd, ee, q) = &results[0];
    let res = diff(&mul(&h, q), &times_tridiag(q, dd, ee)) / anorm;
    assert!(res <= tol, "{ctx}: |A Q - Q T| / |A| = {res:e}");
    let orth = diff(&mul_op(Trans::ConjTrans, q, Trans::No, q), &identity(n));
    assert!(orth <= tol, "{ctx}: |I - Q^H Q| = {orth:e}");
    for (dn, en, _) in &results[1..] {
        assert_eq!(dn, dd, "{ctx}: d differs between VECT values");
        assert_eq!(en, ee, "{ctx}: e differs between VECT values");
    }
    let xq = mul(&x, q);
    let err = diff(&results[2].2, &xq) / max_abs(&xq).max(1.0);
    assert!(err <= tol, "{ctx}: VECT = U is not X Q ({err:e})");
}

fn sbtrd_all<T: TestScalar>() {
    for (s, &n) in BSIZES.iter().enumerate() {
        for kd in [0, 1, 3, n.saturating_sub(1), n + 2] {
            for uplo in [Uplo::Upper, Uplo::Lower] {
                check_sbtrd::<T>(n, kd, uplo, (s * 17 + kd) as u64);
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum BDriver {
    Ev,
    Evd,
    EvxAll(bool),
}

/// Runs a band driver on a copy of `ab0`; the eigenvalues and vectors.
#[allow(clippy::too_many_arguments)]
fn run_band<T: TestScalar>(
    driver: BDriver,
    jobz: Jobz,
    uplo: Uplo,
    n: usize,
    kd: usize,
    ab0: &[T],
    ldab: usize,
) -> (Vec<f64>, Full) {
    let ctx = format!("{} {driver:?} {jobz:?} n={n} kd={kd} {uplo:?}", T::PREFIX);
    let mut ab = ab0.to_vec();
    let abv = MatMut::from_col_major(&mut ab, kd + 1, n, ldab);
    let mut w = vec![T::Real::zero(); n];
    let ldz = n + 1;
    let zr = if jobz == Jobz::Vectors { n } else { 0 };
    let mut zb = vec![T::zero(); ldz * n.max(1)];
    let z = MatMut::from_col_major(&mut zb, zr, zr, ldz);
    match driver {
        BDriver::Ev => {
            let mut buf = WorkBuffer::new(sbev_req::<T>(jobz, n, kd));
            sbev(jobz, uplo, kd, abv, &mut w, z, Par::Seq, buf.workspace()).unwrap_or_else(|e| panic!("{ctx}: {e:?}"));
        }
        BDriver::Evd => {
            let mut buf = WorkBuffer::new(sbevd_req::<T>(jobz, n, kd));
            sbevd(jobz, uplo, kd, abv, &mut w, z, Par::Seq, buf.workspace()).unwrap_or_else(|e| panic!("{ctx}: {e:?}"));
        }
        BDriver::EvxAll(bisect) => {
            let mut qb = vec![T::zero(); n * n];
            let q = MatMut::from_col_major(&mut qb, zr, zr, n.max(1));
            let mut buf = WorkBuffer::new(sbevx_req::<T>(jobz, n, kd));
            let mut ifail = vec![Some(usize::MAX); n];
            let abstol = if bisect { T::Real::MIN_POSITIVE } else { T::Real::zero() };
            let (m, r) =
                sbevx(jobz, EigRange::All, uplo, kd, abv, q, abstol, &mut w, z, &mut ifail, Par::Seq, buf.workspace());
            r.unwrap_or_else(|e| panic!("{ctx}: {e:?}"));
            assert_eq!(m, n, "{ctx}: m");
        }
    }
    let z = Full::from_fn(zr, zr, |i, j| zb[i + j * ldz].to_c64());
    (w.iter().map(|x| x.to_f64()).collect(), z)
}

fn check_band_driver<T: TestScalar>(driver: BDriver, n: usize, kd: usize, uplo: Uplo, scale: f64, seed: u64) {
    let mut rng = Rng::new(seed);
    let (ab0, ldab, h) = band_matrix::<T>(n, kd, uplo, scale, &mut rng);
    let ctx = format!("{} {driver:?} n={n} kd={kd} {uplo:?} scale={scale:e}", T::PREFIX);
    let tol = 30.0 * (n.max(1) as f64) * eps::<T>();
    let anorm = max_abs(&h).max(f64::MIN_POSITIVE);
    let dense = dense_eigs::<T>(uplo, &h);
    let (wv, z) = run_band(driver, Jobz::Vectors, uplo, n, kd, &ab0, ldab);
    assert!(wv.windows(2).all(|p| p[0] <= p[1]), "{ctx}: not ascending");
    let zd = Full::from_fn(n, n, |i, j| z.at(i, j) * wv[j]);
    let res = diff(&mul(&h, &z), &zd) / anorm;
    assert!(res <= tol, "{ctx}: |A Z - Z D| / |A| = {res:e}");
    let orth = diff(&mul_op(Trans::ConjTrans, &z, Trans::No, &z), &identity(n));
    assert!(orth <= tol, "{ctx}: |I - Z^H Z| = {orth:e}");
    let (wn, _) = run_band(driver, Jobz::NoVectors, uplo, n, kd, &ab0, ldab);
    for i in 0..n {
        for (what, x) in [("N", wn[i]), ("V", wv[i])] {
            let d = (x - dense[i]).abs() / anorm;
            assert!(d <= tol, "{ctx}: eigenvalue {i} ({what}) differs from syev's by {d:e}");
        }
    }
}

fn band_drivers_all<T: TestScalar>() {
    for driver in [BDriver::Ev, BDriver::Evd, BDriver::EvxAll(false), BDriver::EvxAll(true)] {
        for (s, &n) in BSIZES.iter().enumerate() {
            for kd in [0, 1, 3, n.saturating_sub(1)] {
                for uplo in [Uplo::Upper, Uplo::Lower] {
                    check_band_driver::<T>(driver, n, kd, uplo, 1.0, (s * 5 + kd) as u64);
                }
            }
        }
        let smlnum = T::Real::MIN_POSITIVE.to_f64() / eps::<T>();
        let (rmin, rmax) = (smlnum.sqrt(), 1.0 / smlnum.sqrt());
        for scale in [rmin * 1e-3, rmax * 1e3] {
            check_band_driver::<T>(driver, 12, 2, Uplo::Lower, scale, 4);
        }
    }
}

/// `?sbevx` with index and value ranges: m, eigenvalues, vectors, and Q.
fn sbevx_ranges<T: TestScalar>() {
    for &n in &[1usize, 2, 3, 17] {
        for kd in [1usize, 3] {
            for uplo in [Uplo::Upper, Uplo::Lower] {
                let mut rng = Rng::new((n * 3 + kd) as u64);
                let (ab0, ldab, h) = band_matrix::<T>(n, kd, uplo, 1.0, &mut rng);
                let all = dense_eigs::<T>(uplo, &h);
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
                    let ctx = format!("{} sbevx n={n} kd={kd} {uplo:?} {range:?}", T::PREFIX);
                    let cols = syevx_columns(range, n);
                    for jobz in [Jobz::NoVectors, Jobz::Vectors] {
                        let mut ab = ab0.clone();
                        let abv = MatMut::from_col_major(&mut ab, kd + 1, n, ldab);
                        let zr = if jobz == Jobz::Vectors { n } else { 0 };
                        let mut qb = vec![T::zero(); n * n];
                        let q = MatMut::from_col_major(&mut qb, zr, zr, n);
                        let mut w = vec![T::Real::zero(); n];
                        let ldz = n + 2;
                        let mut zb = vec![T::from_c64(c64::new(f64::NAN, 0.0)); ldz * cols.max(1)];
                        let mut ifail = vec![Some(usize::MAX); n];
                        let mut buf = WorkBuffer::new(sbevx_req::<T>(jobz, n, kd));
                        let z = MatMut::from_col_major(&mut zb, zr, cols, ldz);
                        let (m, r) = sbevx(
                            jobz,
                            range,
                            uplo,
                            kd,
                            abv,
                            q,
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
                            for j in m..cols {
                                assert!(zb[j * ldz].to_c64().re.is_nan(), "{ctx}: column {j} written");
                            }
                            if n > 1 {
                                let qf = Full::from_fn(n, n, |i, j| qb[i + j * n].to_c64());
                                let qo = diff(&mul_op(Trans::ConjTrans, &qf, Trans::No, &qf), &identity(n));
                                assert!(qo <= tol, "{ctx}: Q not unitary ({qo:e})");
                            }
                        }
                    }
                }
            }
        }
    }
}

/// NaN in the band: an error or NaN eigenvalues, never a hang.
fn band_nan<T: TestScalar>() {
    for driver in [BDriver::Ev, BDriver::Evd, BDriver::EvxAll(false), BDriver::EvxAll(true)] {
        for jobz in [Jobz::NoVectors, Jobz::Vectors] {
            let (n, kd) = (20, 3);
            let mut rng = Rng::new(3);
            let (mut ab, ldab, _) = band_matrix::<T>(n, kd, Uplo::Lower, 1.0, &mut rng);
            ab[1 + 4 * ldab] = T::from_c64(c64::new(f64::NAN, 0.0));
            let abv = MatMut::from_col_major(&mut ab, kd + 1, n, ldab);
            let mut w = vec![T::Real::zero(); n];
            let zr = if jobz == Jobz::Vectors { n } else { 0 };
            let mut zb = vec![T::zero(); n * n];
            let z = MatMut::from_col_major(&mut zb, zr, zr, n);
            let bad = match driver {
                BDriver::Ev => {
                    let mut buf = WorkBuffer::new(sbev_req::<T>(jobz, n, kd));
                    sbev(jobz, Uplo::Lower, kd, abv, &mut w, z, Par::Seq, buf.workspace()).is_err()
                }
                BDriver::Evd => {
                    let mut buf = WorkBuffer::new(sbevd_req::<T>(jobz, n, kd));
                    sbevd(jobz, Uplo::Lower, kd, abv, &mut w, z, Par::Seq, buf.workspace()).is_err()
                }
                BDriver::EvxAll(bisect) => {
                    let mut qb = vec![T::zero(); n * n];
                    let q = MatMut::from_col_major(&mut qb, zr, zr, n);
                    let mut buf = WorkBuffer::new(sbevx_req::<T>(jobz, n, kd));
                    let mut ifail = vec![None; n];
                    let abstol = if bisect { T::Real::MIN_POSITIVE } else { T::Real::zero() };
                    let (m, r) = sbevx(
                        jobz,
                        EigRange::All,
                        Uplo::Lower,
                        kd,
                        abv,
                        q,
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
    all_types!(sbtrd_residuals, sbtrd_all);
    all_types!(sbev_sbevd_sbevx_residuals, band_drivers_all);
    all_types!(sbevx_range_residuals, sbevx_ranges);
    all_types!(band_nan_ends, band_nan);
}
