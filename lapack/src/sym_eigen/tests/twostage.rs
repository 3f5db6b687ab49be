//! Residual tests of the two-stage reduction and its drivers: `?sytrd_sy2sb`
//! (`|A - Q1 B Q1^H| / (n eps |A|)` with Q1 formed from the reflectors left
//! in A and TAU, `|I - Q1^H Q1|`, B banded), `?sytrd_sb2st` and
//! `?sytrd_2stage` (the tridiagonal matrix has the eigenvalues of the dense
//! `?syev`, to `n eps |A|`), the bulge-chasing kernel on upper storage
//! against lower, and the drivers against the one-stage `?syev`/`?sygv`,
//! for UPLO U/L, band widths 1, 2, 3, 5 and the default, sizes around them.

use super::super::bisection::EigRange;
use super::super::generalized::{sygv, sygv_req};
use super::super::tridiagonal::sterf;
use super::super::twostage::*;
use super::*;
use crate::relapack::sygst::Itype;

/// The eigenvalues of `h` by the one-stage dense driver (the oracle).
fn syev_eigs<T: TestScalar>(h: &Full) -> Vec<f64> {
    let n = h.m;
    let ld = n.max(1);
    let mut a: Vec<T> = h.d.iter().map(|&z| T::from_c64(z)).collect();
    a.resize(ld * n.max(1), T::zero());
    let mut w = vec![T::Real::zero(); n];
    let mut buf = WorkBuffer::new(syev_req::<T>(Jobz::NoVectors, n));
    syev(Jobz::NoVectors, Uplo::Lower, MatMut::from_col_major(&mut a, n, n, ld), &mut w, Par::Seq, buf.workspace())
        .expect("syev");
    w.iter().map(|x| x.to_f64()).collect()
}

/// The eigenvalues of the tridiagonal `(d, e)`, ascending.
fn tridiagonal_eigs<R: RealScalar>(d: &[R], e: &[R]) -> Vec<f64> {
    let n = d.len();
    let mut w = d.to_vec();
    let mut ee = e.to_vec();
    ee.resize(n.saturating_sub(1).max(1), R::zero());
    if n > 0 {
        sterf(&mut w, &mut ee[..n - 1]).expect("sterf");
    }
    w.iter().map(|x| x.to_f64()).collect()
}

/// Asserts `|w - v| <= c n eps |A|` elementwise (both ascending).
fn assert_eigs<T: TestScalar>(what: &str, w: &[f64], v: &[f64], h: &Full) {
    assert_eq!(w.len(), v.len(), "{what}: counts differ");
    let n = h.m.max(1) as f64;
    let tol = 30.0 * n * eps::<T>() * max_abs(h).max(f64::MIN_POSITIVE);
    for (k, (a, b)) in w.iter().zip(v).enumerate() {
        assert!((a - b).abs() <= tol, "{what}: eigenvalue {k}: {a} vs {b} (tol {tol})");
    }
}

/// Q1 of [`sy2sb`] from the reflectors in `a` (stored triangle) and `tau`.
fn q1<T: TestScalar>(uplo: Uplo, kd: usize, a: &Stored<T>, tau: &[T]) -> Full {
    let n = a.n;
    let mut q = identity(n);
    if kd == 0 || n <= kd + 1 {
        return q;
    }
    let mut y = vec![zero(); n];
    for r in 0..n - kd {
        // Reflector r: v[r+kd] = 1, below it column r (lower) or the
        // conjugate of row r (upper).
        let mut v = vec![zero(); n];
        v[r + kd] = c64::new(1.0, 0.0);
        for i in r + kd + 1..n {
            v[i] = match uplo {
                Uplo::Lower => a.get(i, r),
                Uplo::Upper => a.get(r, i).conj(),
            };
        }
        let t = tau[r].to_c64();
        let one = c64::new(1.0, 0.0);
        // Q := Q (I - t v v^H).
        gemv(Trans::No, one, q.view(), VecRef::from_slice(&v), zero(), VecMut::from_slice(&mut y));
        gerc(-t, VecRef::from_slice(&y), VecRef::from_slice(&v), q.view_mut());
    }
    q
}

/// The full Hermitian matrix of the band `ab` (`kd + 1` rows, `uplo`).
fn from_band<T: TestScalar>(uplo: Uplo, kd: usize, ab: &[T], ldab: usize, n: usize) -> Full {
    let mut b = Full::zeros(n, n);
    for j in 0..n {
        for r in 0..=kd.min(n - 1 - j) {
            let x = match uplo {
                Uplo::Lower => ab[r + j * ldab].to_c64(),
                Uplo::Upper => ab[kd - r + (j + r) * ldab].to_c64().conj(),
            };
            let x = if r == 0 { c64::new(x.re, 0.0) } else { x };
            *b.at_mut(j + r, j) = x;
            *b.at_mut(j, j + r) = x.conj();
        }
    }
    b
}

fn sy2sb_case<T: TestScalar>(n: usize, kd: usize, uplo: Uplo, rng: &mut Rng) {
    let (mut a, h) = hermitian::<T>(n, uplo, Kind::Random, 1.0, rng);
    let ldab = kd + 1;
    let mut ab = vec![T::zero(); ldab * n.max(1)];
    let mut tau = vec![T::zero(); n.saturating_sub(kd).max(1)];
    let mut buf = WorkBuffer::new(sy2sb_req::<T>(n, kd));
    let abv = MatMut::from_col_major(&mut ab, ldab, n, ldab);
    sy2sb(uplo, a.view(), kd, abv, &mut tau, Par::Seq, buf.workspace());
    let q = q1(uplo, kd, &a, &tau);
    let b = from_band(uplo, kd, &ab, ldab, n);
    let what = format!("sy2sb n={n} kd={kd} {uplo:?}");
    let nn = n.max(1) as f64;
    let r = diff(&h, &mul(&mul(&q, &b), &adjoint(&q)));
    assert!(r <= 20.0 * nn * eps::<T>() * max_abs(&h).max(1e-300), "{what}: |A - Q B Q^H| = {r}");
    let o = diff(&identity(n), &mul(&adjoint(&q), &q));
    assert!(o <= 20.0 * nn * eps::<T>(), "{what}: |I - Q^H Q| = {o}");
}

fn sy2sb_all<T: TestScalar>() {
    let mut rng = Rng::new(61);
    for uplo in [Uplo::Lower, Uplo::Upper] {
        for kd in [1, 2, 3, 5] {
            for n in [0, 1, 2, 3, kd + 1, kd + 2, 2 * kd, 2 * kd + 1, 3 * kd + 2, 23] {
                sy2sb_case::<T>(n, kd, uplo, &mut rng);
            }
        }
    }
}

/// A random Hermitian band matrix in band storage (`kd + 1` rows).
fn random_band<T: TestScalar>(n: usize, kd: usize, uplo: Uplo, rng: &mut Rng) -> (Vec<T>, Full) {
    let ldab = kd + 1;
    let mut ab = vec![T::zero(); ldab * n.max(1)];
    for j in 0..n {
        for r in 0..=kd.min(n - 1 - j) {
            let mut z = rng.scalar::<T>();
            if r == 0 {
                z = T::from_real(z.re());
            }
            match uplo {
                Uplo::Lower => ab[r + j * ldab] = z,
                Uplo::Upper => ab[kd - r + (j + r) * ldab] = z.conj(),
            }
        }
    }
    let h = from_band(uplo, kd, &ab, ldab, n);
    (ab, h)
}

fn sb2st_all<T: TestScalar>() {
    let mut rng = Rng::new(62);
    for uplo in [Uplo::Lower, Uplo::Upper] {
        for kd in [0, 1, 2, 3, 5, 8] {
            for n in [0, 1, 2, 3, 4, kd + 1, kd + 2, 2 * kd + 1, 3 * kd + 2, 40] {
                let (mut ab, h) = random_band::<T>(n, kd, uplo, &mut rng);
                let mut d = vec![T::Real::zero(); n];
                let mut e = vec![T::Real::zero(); n.max(1)];
                let mut hous = vec![T::zero(); sb2st_hous_len(n).max(1)];
                let mut buf = WorkBuffer::new(sb2st_req::<T>(n, kd));
                let abv = MatMut::from_col_major(&mut ab, kd + 1, n, kd + 1);
                sb2st(uplo, kd, abv, &mut d, &mut e, &mut hous, buf.workspace());
                let w = tridiagonal_eigs(&d, &e[..n.saturating_sub(1)]);
                assert_eigs::<T>(&format!("sb2st n={n} kd={kd} {uplo:?}"), &w, &syev_eigs::<T>(&h), &h);
            }
        }
    }
}

/// The chase on upper storage through the kernel gives the lower one's
/// tridiagonal matrix and reflectors.
fn kernel_upper_all<T: TestScalar>() {
    let mut rng = Rng::new(63);
    for kd in [2, 3, 4] {
        for n in [3, 5, kd + 2, 2 * kd + 3, 17] {
            let (_, h) = random_band::<T>(n, kd, Uplo::Lower, &mut rng);
            let lda = 2 * kd + 1;
            let mut lo = vec![T::zero(); lda * n];
            let mut up = vec![T::zero(); lda * n];
            for j in 0..n {
                for i in j..n.min(j + kd + 1) {
                    lo[i - j + j * lda] = T::from_c64(h.at(i, j));
                    up[2 * kd + j - i + i * lda] = T::from_c64(h.at(j, i));
                }
            }
            let mut hl = vec![T::zero(); 4 * n];
            let mut hu = vec![T::zero(); 4 * n];
            let mut work = vec![T::zero(); kd];
            for (uplo, a, hous) in [(Uplo::Lower, &mut lo, &mut hl), (Uplo::Upper, &mut up, &mut hu)] {
                let (tau, v) = hous.split_at_mut(2 * n);
                chase_schedule(n, kd, |task, st, ed, sweep| {
                    sb2st_kernel(uplo, task, st, ed, sweep, n, kd, a, lda, v, tau, &mut work);
                });
            }
            let tol = 50.0 * n as f64 * eps::<T>() * max_abs(&h);
            for i in 0..n {
                let (dl, du) = (lo[i * lda].to_c64(), up[2 * kd + i * lda].to_c64());
                assert!(cabs(dl - du) <= tol, "kernel n={n} kd={kd}: d[{i}] {dl} vs {du}");
                if i + 1 < n {
                    let (el, eu) = (lo[1 + i * lda].to_c64(), up[2 * kd - 1 + (i + 1) * lda].to_c64());
                    assert!(cabs(el - eu.conj()) <= tol, "kernel n={n} kd={kd}: e[{i}] {el} vs {eu}");
                }
            }
            for (k, (x, y)) in hl.iter().zip(&hu).enumerate() {
                assert!(cabs(x.to_c64() - y.to_c64()) <= 1e3 * tol, "kernel n={n} kd={kd}: hous[{k}]");
            }
        }
    }
}

fn sytrd_2stage_all<T: TestScalar>() {
    let mut rng = Rng::new(64);
    let kd0 = band_width::<T>();
    for uplo in [Uplo::Lower, Uplo::Upper] {
        for (kd, n) in
            [(kd0, 0), (kd0, 1), (kd0, 2), (kd0, 3), (kd0, kd0 + 1), (kd0, kd0 + 2), (kd0, 70), (3, 20), (4, 9)]
        {
            for kind in [Kind::Random, Kind::Zero, Kind::Clustered, Kind::Graded] {
                let (mut a, h) = hermitian::<T>(n, uplo, kind, 1.0, &mut rng);
                let mut d = vec![T::Real::zero(); n];
                let mut e = vec![T::Real::zero(); n.max(1)];
                let mut tau = vec![T::zero(); n.saturating_sub(kd).max(1)];
                let mut hous = vec![T::zero(); sb2st_hous_len(n).max(1)];
                let mut buf = WorkBuffer::new(sytrd_2stage_req::<T>(n, kd));
                sytrd_2stage_with(uplo, a.view(), &mut d, &mut e, &mut tau, &mut hous, Par::Seq, buf.workspace(), kd);
                let w = tridiagonal_eigs(&d, &e[..n.saturating_sub(1)]);
                let what = format!("sytrd_2stage n={n} kd={kd} {uplo:?} {kind:?}");
                assert_eigs::<T>(&what, &w, &syev_eigs::<T>(&h), &h);
            }
        }
    }
}

fn drivers_all<T: TestScalar>() {
    let mut rng = Rng::new(65);
    let kd = band_width::<T>();
    for uplo in [Uplo::Lower, Uplo::Upper] {
        for n in [0, 1, 2, 3, 5, kd + 3, 60] {
            for scale in [1.0, 1e-300_f64.max(T::Real::MIN_POSITIVE.to_f64() * 1e3), 1e10] {
                let (a0, h) = hermitian::<T>(n, uplo, Kind::Random, scale, &mut rng);
                let want = syev_eigs::<T>(&h);
                let req = syevx_2stage_req::<T>(n, kd);
                for partial in [true, false] {
                    let mut a = Stored { n, ld: a0.ld, d: a0.d.clone() };
                    let mut w = vec![T::Real::zero(); n];
                    let mut buf = WorkBuffer::new(syev_2stage_req::<T>(n, kd));
                    syev_2stage(uplo, a.view(), &mut w, Par::Seq, buf.workspace(), kd, partial).expect("syev_2stage");
                    let w: Vec<f64> = w.iter().map(|x| x.to_f64()).collect();
                    assert_eigs::<T>(&format!("syev_2stage n={n} {uplo:?} {scale}"), &w, &want, &h);
                }
                let ranges = [
                    EigRange::All,
                    EigRange::Indices(n / 3, n.saturating_sub(1).max(n / 3)),
                    EigRange::Values(T::Real::from_f64(-0.5 * scale), T::Real::from_f64(0.5 * scale)),
                ];
                for range in ranges {
                    if n == 0 && matches!(range, EigRange::Indices(..)) {
                        continue;
                    }
                    let sel: Vec<f64> = match range {
                        EigRange::All => want.clone(),
                        EigRange::Indices(il, iu) => want[il..=iu].to_vec(),
                        EigRange::Values(vl, vu) => {
                            want.iter().copied().filter(|&x| x > vl.to_f64() && x <= vu.to_f64()).collect()
                        }
                    };
                    for evr in [false, true] {
                        for abstol in [0.0, 1e-3 * eps::<T>()] {
                            let mut a = Stored { n, ld: a0.ld, d: a0.d.clone() };
                            let mut w = vec![T::Real::zero(); n];
                            let mut buf = WorkBuffer::new(req);
                            let tol = T::Real::from_f64(abstol * scale);
                            let (m, r) = if evr {
                                syevr_2stage(range, uplo, a.view(), tol, &mut w, Par::Seq, buf.workspace(), kd)
                            } else {
                                syevx_2stage(range, uplo, a.view(), tol, &mut w, Par::Seq, buf.workspace(), kd)
                            };
                            r.expect("syevx_2stage");
                            let w: Vec<f64> = w[..m].iter().map(|x| x.to_f64()).collect();
                            // Values at the interval's ends may fall either side.
                            if let EigRange::Values(..) = range {
                                if w.len() != sel.len() {
                                    continue;
                                }
                            }
                            let what = format!("{} n={n} {uplo:?} {range:?}", if evr { "syevr" } else { "syevx" });
                            assert_eigs::<T>(&what, &w, &sel, &h);
                        }
                    }
                }
            }
        }
    }
}

fn sygv_2stage_all<T: TestScalar>() {
    let mut rng = Rng::new(66);
    let kd = band_width::<T>();
    for uplo in [Uplo::Lower, Uplo::Upper] {
        for n in [0, 1, 2, 5, kd + 3] {
            for itype in [Itype::AxLambdaBx, Itype::ABxLambdaX, Itype::BAxLambdaX] {
                let (a0, _) = hermitian::<T>(n, uplo, Kind::Random, 1.0, &mut rng);
                // B = I + (a small Hermitian matrix): well conditioned, definite.
                let (mut b0, _) = hermitian::<T>(n, uplo, Kind::Random, 0.1 / n.max(1) as f64, &mut rng);
                for i in 0..n {
                    let x = b0.d[i + i * b0.ld];
                    b0.d[i + i * b0.ld] = x + T::one();
                }
                let run = |two: bool| {
                    let mut a = Stored { n, ld: a0.ld, d: a0.d.clone() };
                    let mut b = Stored { n, ld: b0.ld, d: b0.d.clone() };
                    let mut w = vec![T::Real::zero(); n];
                    if two {
                        let mut buf = WorkBuffer::new(syev_2stage_req::<T>(n, kd));
                        sygv_2stage(itype, uplo, a.view(), b.view(), &mut w, Par::Seq, buf.workspace(), kd).expect("2");
                    } else {
                        let mut buf = WorkBuffer::new(sygv_req::<T>(Jobz::NoVectors, n));
                        sygv(itype, Jobz::NoVectors, uplo, a.view(), b.view(), &mut w, Par::Seq, buf.workspace())
                            .expect("sygv");
                    }
                    w.iter().map(|x| x.to_f64()).collect::<Vec<_>>()
                };
                let (w2, w1) = (run(true), run(false));
                let scale = w1.iter().fold(1.0f64, |m, x| m.max(x.abs()));
                let h = Full::from_fn(1, 1, |_, _| c64::new(scale, 0.0));
                let h = Full { m: n.max(1), ..h };
                assert_eigs::<T>(&format!("sygv_2stage n={n} {uplo:?} {itype:?}"), &w2, &w1, &h);
            }
        }
    }
}

fn band_drivers_all<T: TestScalar>() {
    let mut rng = Rng::new(67);
    for uplo in [Uplo::Lower, Uplo::Upper] {
        for kd in [0, 1, 3, 6] {
            for n in [0, 1, 2, 3, kd + 2, 30] {
                let (ab0, h) = random_band::<T>(n, kd, uplo, &mut rng);
                let want = syev_eigs::<T>(&h);
                for partial in [true, false] {
                    let mut ab = ab0.clone();
                    let mut w = vec![T::Real::zero(); n];
                    let mut buf = WorkBuffer::new(sbev_2stage_req::<T>(n, kd));
                    let abv = MatMut::from_col_major(&mut ab, kd + 1, n, kd + 1);
                    sbev_2stage(uplo, kd, abv, &mut w, buf.workspace(), partial).expect("sbev_2stage");
                    let w: Vec<f64> = w.iter().map(|x| x.to_f64()).collect();
                    assert_eigs::<T>(&format!("sbev_2stage n={n} kd={kd} {uplo:?}"), &w, &want, &h);
                }
                if n == 0 {
                    continue;
                }
                for (range, sel) in
                    [(EigRange::All, want.clone()), (EigRange::Indices(n / 2, n - 1), want[n / 2..].to_vec())]
                {
                    let mut ab = ab0.clone();
                    let mut w = vec![T::Real::zero(); n];
                    let mut buf = WorkBuffer::new(sbev_2stage_req::<T>(n, kd));
                    let abv = MatMut::from_col_major(&mut ab, kd + 1, n, kd + 1);
                    let (m, r) = sbevx_2stage(range, uplo, kd, abv, T::Real::zero(), &mut w, buf.workspace());
                    r.expect("sbevx_2stage");
                    let w: Vec<f64> = w[..m].iter().map(|x| x.to_f64()).collect();
                    assert_eigs::<T>(&format!("sbevx_2stage n={n} kd={kd} {uplo:?} {range:?}"), &w, &sel, &h);
                }
            }
        }
    }
}

mod residual {
    use super::*;
    all_types!(sy2sb_residuals, sy2sb_all);
    all_types!(sb2st_eigenvalues, sb2st_all);
    all_types!(sb2st_kernel_upper_matches_lower, kernel_upper_all);
    all_types!(sytrd_2stage_eigenvalues, sytrd_2stage_all);
    all_types!(syev_syevx_syevr_2stage_eigenvalues, drivers_all);
    all_types!(sygv_2stage_eigenvalues, sygv_2stage_all);
    all_types!(sbev_sbevx_2stage_eigenvalues, band_drivers_all);
}
