//! Residual tests of the split Cholesky factorization `?pbstf`: `S^H S = B`
//! with S's split structure, for UPLO U/L and KD 0, 1, 3, n - 1; INFO for a
//! B that is not positive definite.

use super::*;
use crate::relapack::sygst::Itype;
use crate::sym_eigen::band_gen::*;
use crate::sym_eigen::bisection::EigRange;
use crate::sym_eigen::generalized::{sygv, sygv_req};

/// A Hermitian positive definite band matrix (diagonally dominant), rounded to T.
fn hpd_band<T: TestScalar>(n: usize, kd: usize, rng: &mut Rng) -> Full {
    let mut b = Full::zeros(n, n);
    for j in 0..n {
        for i in j.saturating_sub(kd)..j {
            let z = T::from_c64(rng.scalar::<T>().to_c64()).to_c64();
            *b.at_mut(i, j) = z;
            *b.at_mut(j, i) = z.conj();
        }
    }
    for i in 0..n {
        *b.at_mut(i, i) = c64::new(
            T::from_c64(c64::new(2.0 * kd as f64 + 1.0 + rng.scalar::<T>().to_c64().re.abs(), 0.0)).to_c64().re,
            0.0,
        );
    }
    b
}

fn store<T: TestScalar>(uplo: Uplo, kd: usize, b: &Full, ldab: usize) -> Vec<T> {
    let n = b.m;
    let mut ab = vec![T::from_c64(c64::new(f64::NAN, f64::NAN)); ldab * n.max(1)];
    for j in 0..n {
        for i in 0..n {
            match uplo {
                Uplo::Upper if i <= j && j - i <= kd => ab[kd + i - j + j * ldab] = T::from_c64(b.at(i, j)),
                Uplo::Lower if i >= j && i - j <= kd => ab[i - j + j * ldab] = T::from_c64(b.at(i, j)),
                _ => {}
            }
        }
    }
    ab
}

fn check_pbstf<T: TestScalar>(n: usize, kd: usize, uplo: Uplo, seed: u64) {
    let mut rng = Rng::new(seed);
    let b = hpd_band::<T>(n, kd, &mut rng);
    let ldab = kd + 2;
    let mut ab = store::<T>(uplo, kd, &b, ldab);
    let ctx = format!("{} pbstf n={n} kd={kd} {uplo:?}", T::PREFIX);
    pbstf(uplo, kd, MatMut::from_col_major(&mut ab, kd + 1, n, ldab)).unwrap_or_else(|e| panic!("{ctx}: {e:?}"));
    let m = (n + kd.min(n.saturating_sub(1))) / 2;
    let at = |i: usize, j: usize| -> c64 {
        // The stored element (i, j) of the triangle, zero outside the band.
        let (r, c) = if uplo == Uplo::Upper { (kd + i - j, j) } else { (i - j, j) };
        ab[r + c * ldab].to_c64()
    };
    let s = Full::from_fn(n, n, |i, j| {
        let lower_part = i >= m;
        let (lo, hi) = if lower_part { (j, i) } else { (i, j) };
        // S = [U 0; M L]: the leading rows end at column m.
        if lo > hi || hi - lo > kd || (!lower_part && j >= m) {
            return zero();
        }
        // S(i, j) stored where the triangle has it, conjugated when transposed.
        match (uplo, lower_part) {
            (Uplo::Upper, false) => at(i, j),
            (Uplo::Upper, true) => at(j, i).conj(),
            (Uplo::Lower, true) => at(i, j),
            (Uplo::Lower, false) => at(j, i).conj(),
        }
    });
    let tol = 30.0 * (n.max(1) as f64) * eps::<T>();
    let res = diff(&mul_op(Trans::ConjTrans, &s, Trans::No, &s), &b) / max_abs(&b).max(1.0);
    assert!(res <= tol, "{ctx}: |S^H S - B| / |B| = {res:e}");
    for r in kd + 1..ldab {
        for j in 0..n {
            assert!(ab[r + j * ldab].to_c64().re.is_nan(), "{ctx}: wrote outside the band");
        }
    }
}

fn pbstf_all<T: TestScalar>() {
    for (s, &n) in [0usize, 1, 2, 3, 17].iter().enumerate() {
        for kd in [0, 1, 3, n.saturating_sub(1), n + 1] {
            for uplo in [Uplo::Upper, Uplo::Lower] {
                check_pbstf::<T>(n, kd, uplo, (s * 11 + kd) as u64);
            }
        }
    }
    // Not positive definite: INFO names the failed diagonal element.
    for uplo in [Uplo::Upper, Uplo::Lower] {
        for bad in [0usize, 4] {
            let n = 5;
            let b = Full::from_fn(n, n, |i, j| {
                c64::new(
                    if i != j {
                        0.0
                    } else if i == bad {
                        -1.0
                    } else {
                        1.0
                    },
                    0.0,
                )
            });
            let mut ab = store::<T>(uplo, 1, &b, 2);
            let r = pbstf(uplo, 1, MatMut::from_col_major(&mut ab, 2, n, 2));
            assert_eq!(r, Err(crate::Info::new(bad + 1)), "{uplo:?} bad={bad}");
        }
    }
}

/// A random Hermitian band matrix (real diagonal), rounded to T.
fn herm_band<T: TestScalar>(n: usize, kd: usize, rng: &mut Rng) -> Full {
    let mut a = Full::zeros(n, n);
    for j in 0..n {
        for i in j.saturating_sub(kd)..j {
            let z = T::from_c64(rng.scalar::<T>().to_c64()).to_c64();
            *a.at_mut(i, j) = z;
            *a.at_mut(j, i) = z.conj();
        }
        *a.at_mut(j, j) = c64::new(T::from_c64(rng.scalar::<T>().to_c64()).to_c64().re, 0.0);
    }
    a
}

/// The Hermitian matrix whose `uplo` triangle band storage `ab` holds.
fn unstore<T: TestScalar>(uplo: Uplo, kd: usize, ab: &[T], ldab: usize, n: usize) -> Full {
    Full::from_fn(n, n, |i, j| {
        let (lo, hi) = (i.min(j), i.max(j));
        if hi - lo > kd {
            return zero();
        }
        let v = match uplo {
            Uplo::Upper => ab[kd + lo - hi + hi * ldab].to_c64(),
            Uplo::Lower => ab[hi - lo + lo * ldab].to_c64(),
        };
        if (uplo == Uplo::Upper) == (i <= j) {
            v
        } else {
            v.conj()
        }
    })
}

fn check_sbgst<T: TestScalar>(n: usize, ka: usize, kb: usize, uplo: Uplo, seed: u64) {
    let mut rng = Rng::new(seed);
    let a = herm_band::<T>(n, ka, &mut rng);
    let b = hpd_band::<T>(n, kb, &mut rng);
    let (lda, ldb) = (ka + 2, kb + 1);
    let mut ab = store::<T>(uplo, ka, &a, lda);
    let mut bb = store::<T>(uplo, kb, &b, ldb);
    let ctx = format!("{} sbgst n={n} ka={ka} kb={kb} {uplo:?}", T::PREFIX);
    pbstf(uplo, kb, MatMut::from_col_major(&mut bb, kb + 1, n, ldb)).unwrap();
    let ldx = n + 1;
    let mut xb = vec![T::zero(); ldx * n.max(1)];
    let mut buf = WorkBuffer::new(sbgst_req::<T>(n, ka, kb));
    sbgst(
        Jobz::Vectors,
        uplo,
        ka,
        kb,
        MatMut::from_col_major(&mut ab, ka + 1, n, lda),
        MatMut::from_col_major(&mut bb, kb + 1, n, ldb).rb(),
        MatMut::from_col_major(&mut xb, n, n, ldx),
        buf.workspace(),
    );
    let c = unstore::<T>(uplo, ka, &ab, lda, n);
    let x = Full::from_fn(n, n, |i, j| xb[i + j * ldx].to_c64());
    let tol = 100.0 * (n.max(1) as f64) * eps::<T>();
    let xax = mul_op(Trans::ConjTrans, &x, Trans::No, &mul(&a, &x));
    let scale = max_abs(&a).max(1.0) * max_abs(&x).max(1.0).powi(2);
    let res = diff(&xax, &c) / scale;
    assert!(res <= tol, "{ctx}: |X^H A X - C| = {res:e}");
    let xbx = mul_op(Trans::ConjTrans, &x, Trans::No, &mul(&b, &x));
    let orth = diff(&xbx, &identity(n)) / max_abs(&b).max(1.0);
    assert!(orth <= tol, "{ctx}: |X^H B X - I| = {orth:e}");
    for r in ka + 1..lda {
        for j in 0..n {
            assert!(ab[r + j * lda].to_c64().re.is_nan(), "{ctx}: wrote outside the band");
        }
    }
    // Without X: the same C.
    let mut ab2 = store::<T>(uplo, ka, &a, lda);
    sbgst(
        Jobz::NoVectors,
        uplo,
        ka,
        kb,
        MatMut::from_col_major(&mut ab2, ka + 1, n, lda),
        MatMut::from_col_major(&mut bb, kb + 1, n, ldb).rb(),
        MatMut::from_col_major(&mut [], 0, 0, 1),
        buf.workspace(),
    );
    let c2 = unstore::<T>(uplo, ka, &ab2, lda, n);
    assert!(diff(&c, &c2) <= tol * max_abs(&c).max(1.0), "{ctx}: C differs without X");
}

fn sbgst_all<T: TestScalar>() {
    for (s, &n) in [0usize, 1, 2, 3, 4, 7, 16, 33].iter().enumerate() {
        for (ka, kb) in [(0, 0), (1, 0), (1, 1), (2, 1), (2, 2), (3, 1), (4, 2), (5, 5), (6, 3), (n + 1, 1)] {
            let kb = kb.min(ka);
            for uplo in [Uplo::Upper, Uplo::Lower] {
                check_sbgst::<T>(n, ka, kb, uplo, (s * 13 + ka * 3 + kb) as u64);
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum BGen {
    Gv,
    Gvd,
    Gvx(u8),
}

/// `A Z = B Z W`, `Z^H B Z = I` and the eigenvalues of the dense `?sygv`
/// for one of the band drivers (`Gvx`: 0 all, 1 indices, 2 values).
fn check_sbgv<T: TestScalar>(driver: BGen, n: usize, ka: usize, kb: usize, uplo: Uplo, seed: u64) {
    let mut rng = Rng::new(seed);
    let a = herm_band::<T>(n, ka, &mut rng);
    let b = hpd_band::<T>(n, kb, &mut rng);
    let ctx = format!("{} {driver:?} n={n} ka={ka} kb={kb} {uplo:?}", T::PREFIX);
    let tol = 100.0 * (n.max(1) as f64) * eps::<T>();
    let ld = n.max(1);
    let dense = |f: &Full| -> Vec<T> { (0..ld * n).map(|k| T::from_c64(f.at(k % ld, k / ld))).collect() };
    let (mut ad, mut bd) = (dense(&a), dense(&b));
    let mut wd = vec![T::Real::zero(); n];
    let mut buf = WorkBuffer::new(sygv_req::<T>(Jobz::NoVectors, n));
    sygv(
        Itype::AxLambdaBx,
        Jobz::NoVectors,
        uplo,
        MatMut::from_col_major(&mut ad, n, n, ld),
        MatMut::from_col_major(&mut bd, n, n, ld),
        &mut wd,
        Par::Seq,
        buf.workspace(),
    )
    .unwrap();
    let (range, first) = match driver {
        BGen::Gvx(1) if n > 2 => (EigRange::Indices(1, n - 2), 1),
        BGen::Gvx(2) if n > 2 => {
            let (x, y) = (wd[0].to_f64(), wd[1].to_f64());
            (EigRange::Values(T::Real::from_f64((x + y) / 2.0), T::Real::from_f64(1e6)), 1)
        }
        _ => (EigRange::All, 0),
    };
    let (lda, ldb) = (ka + 1, kb + 1);
    for jobz in [Jobz::NoVectors, Jobz::Vectors] {
        let mut ab = store::<T>(uplo, ka, &a, lda);
        let mut bb = store::<T>(uplo, kb, &b, ldb);
        let abv = MatMut::from_col_major(&mut ab, ka + 1, n, lda);
        let bbv = MatMut::from_col_major(&mut bb, kb + 1, n, ldb);
        let mut w = vec![T::Real::zero(); n];
        let ldz = n + 1;
        let mut zb = vec![T::zero(); ldz * n.max(1)];
        let mut qb = vec![T::zero(); ldz * n.max(1)];
        let zr = if jobz == Jobz::Vectors { n } else { 0 };
        let z = MatMut::from_col_major(&mut zb, zr, zr, ldz);
        let m = match driver {
            BGen::Gv => {
                let mut buf = WorkBuffer::new(sbgv_req::<T>(jobz, n, ka, kb));
                sbgv(jobz, uplo, ka, kb, abv, bbv, &mut w, z, Par::Seq, buf.workspace()).unwrap();
                n
            }
            BGen::Gvd => {
                let mut buf = WorkBuffer::new(sbgvd_req::<T>(jobz, n, ka, kb));
                sbgvd(jobz, uplo, ka, kb, abv, bbv, &mut w, z, Par::Seq, buf.workspace()).unwrap();
                n
            }
            BGen::Gvx(_) => {
                let mut buf = WorkBuffer::new(sbgvx_req::<T>(jobz, n, ka, kb));
                let mut ifail = vec![None; n];
                let q = MatMut::from_col_major(&mut qb, zr, zr, ldz);
                let (m, r) = sbgvx(
                    jobz,
                    range,
                    uplo,
                    ka,
                    kb,
                    abv,
                    bbv,
                    q,
                    T::Real::zero(),
                    &mut w,
                    z,
                    &mut ifail,
                    Par::Seq,
                    buf.workspace(),
                );
                r.unwrap();
                m
            }
        };
        let expect = match range {
            EigRange::Indices(il, iu) => iu + 1 - il,
            EigRange::Values(..) => n - 1,
            EigRange::All => n,
        };
        assert_eq!(m, expect, "{ctx} {jobz:?}: m");
        let w: Vec<f64> = w[..m].iter().map(|x| x.to_f64()).collect();
        for (k, x) in w.iter().enumerate() {
            let y = wd[first + k].to_f64();
            assert!((x - y).abs() <= tol * (1.0 + y.abs()), "{ctx} {jobz:?}: w[{k}] = {x} differs from sygv's {y}");
        }
        if jobz == Jobz::NoVectors {
            continue;
        }
        let z = Full::from_fn(n, m, |i, j| zb[i + j * ldz].to_c64());
        let zw = Full::from_fn(n, m, |i, j| z.at(i, j) * w[j]);
        let scale = (max_abs(&a).max(1.0) * max_abs(&b) * max_abs(&z).max(1.0)).max(1e-300);
        let res = diff(&mul(&a, &z), &mul(&b, &zw)) / scale;
        assert!(res <= tol, "{ctx}: |A Z - B Z W| = {res:e}");
        let orth = diff(&mul_op(Trans::ConjTrans, &z, Trans::No, &mul(&b, &z)), &identity(m));
        assert!(orth <= tol * max_abs(&b).max(1.0), "{ctx}: |Z^H B Z - I| = {orth:e}");
    }
}

fn sbgv_all<T: TestScalar>() {
    for driver in [BGen::Gv, BGen::Gvd, BGen::Gvx(0), BGen::Gvx(1), BGen::Gvx(2)] {
        for (s, &n) in [0usize, 1, 2, 3, 9, 24].iter().enumerate() {
            for (ka, kb) in [(0, 0), (1, 1), (3, 1), (4, 4), (5, 2)] {
                for uplo in [Uplo::Upper, Uplo::Lower] {
                    check_sbgv::<T>(driver, n, ka, kb, uplo, (s * 7 + ka + 31 * kb) as u64);
                }
            }
        }
    }
    for uplo in [Uplo::Upper, Uplo::Lower] {
        check_sbgv::<T>(BGen::Gv, 60, 6, 3, uplo, 5);
        check_sbgv::<T>(BGen::Gvd, 60, 9, 9, uplo, 6);
    }
    // B not positive definite: INFO = n + i.
    let n = 5;
    let b = Full::from_fn(n, n, |i, j| {
        c64::new(
            if i != j {
                0.0
            } else if i == 3 {
                -1.0
            } else {
                1.0
            },
            0.0,
        )
    });
    for uplo in [Uplo::Upper, Uplo::Lower] {
        let mut ab = store::<T>(uplo, 1, &identity(n), 2);
        let mut bb = store::<T>(uplo, 1, &b, 2);
        let mut w = vec![T::Real::zero(); n];
        let mut zb = vec![T::zero(); n * n];
        let mut buf = WorkBuffer::new(sbgv_req::<T>(Jobz::Vectors, n, 1, 1));
        let r = sbgv(
            Jobz::Vectors,
            uplo,
            1,
            1,
            MatMut::from_col_major(&mut ab, 2, n, 2),
            MatMut::from_col_major(&mut bb, 2, n, 2),
            &mut w,
            MatMut::from_col_major(&mut zb, n, n, n),
            Par::Seq,
            buf.workspace(),
        );
        // The split factorization meets the bad element from the bottom.
        assert_eq!(r, Err(crate::Info::new(n + 4)), "{uplo:?}");
    }
}

mod residual {
    use super::*;
    all_types!(pbstf_residuals, pbstf_all);
    all_types!(sbgst_residuals, sbgst_all);
    all_types!(sbgv_sbgvd_sbgvx_residuals, sbgv_all);
}
