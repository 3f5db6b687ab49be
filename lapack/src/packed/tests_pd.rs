//! Residual tests of the packed positive definite routines.
#![allow(clippy::needless_range_loop)]

use super::cholesky::*;
use super::*;
use crate::condition::testutil::*;
use crate::condition::{pocon, pocon_req};
use crate::{Info, Par, WorkBuffer};
use ferroblas_kernels::scalar::RealScalar;
use ferroblas_kernels::{c32, c64};

const UPLOS: [Uplo; 2] = [Uplo::Upper, Uplo::Lower];
// 9: in place; 17 and 70: unpacked (UNPACK_MIN = 12).
const SIZES: [usize; 7] = [0, 1, 2, 3, 9, 17, 70];

fn eps<T: TestScalar>() -> f64 {
    <T::Real as RealScalar>::EPSILON.to_f64()
}

fn packed_of<T: TestScalar>(a: &Dense<T>, uplo: Uplo) -> Vec<T> {
    let mut ap = vec![T::zero(); packed_len(a.n)];
    pack(uplo == Uplo::Upper, a.view(), &mut ap);
    ap
}

/// The Hermitian matrix whose `uplo` triangle is packed in `ap`.
fn full_herm<T: TestScalar>(uplo: Uplo, n: usize, ap: &[T]) -> Dense<T> {
    let mut a = Dense::<T>::zeros(n);
    unpack(uplo == Uplo::Upper, ap, MatMut::from_col_major(&mut a.a, n, n, n.max(1)));
    for j in 0..n {
        for i in 0..n {
            let stored = if uplo == Uplo::Upper { i <= j } else { i >= j };
            if !stored {
                a.set(i, j, a.get(j, i).conj());
            }
        }
    }
    a
}

fn hpd_matrix<T: TestScalar>(n: usize, rng: &mut Rng) -> Dense<T> {
    hpd::<T>(n, rng, n as f64 * 0.5 + 1.0)
}

mod residual {
    use super::*;

    fn factor_solve_invert<T: TestScalar>() {
        let mut rng = Rng::new(21);
        for n in SIZES {
            let a = hpd_matrix::<T>(n, &mut rng);
            let anorm = a.to_c64().norm1_f64();
            for uplo in UPLOS {
                let ap = packed_of(&a, uplo);
                let mut fp = ap.clone();
                let mut buf = WorkBuffer::new(pptrf_req::<T>(n).and(pprfs_req::<T>(n)));
                pptrf(uplo, n, &mut fp, Par::Seq, buf.workspace()).unwrap();
                // The factor equals the full-storage one (the same triangle).
                let mut full = a.clone();
                crate::cholesky::potrf(uplo, MatMut::from_col_major(&mut full.a, n, n, n.max(1)), Par::Seq).unwrap();
                let want = packed_of(&full, uplo);
                for (k, (g, w)) in fp.iter().zip(&want).enumerate() {
                    let d = cabs(g.to_c64() - w.to_c64());
                    assert!(d <= 50.0 * eps::<T>() * anorm.sqrt(), "{} pptrf n={n} {uplo:?} [{k}]: {d}", T::PREFIX);
                }
                // ppsv solve residual, with ldb > n.
                let nrhs = 3;
                let ld = n + 2;
                let b: Vec<T> = (0..ld * nrhs).map(|_| rng.scalar()).collect();
                let mut x = b.clone();
                let mut ap2 = ap.clone();
                ppsv(uplo, &mut ap2, MatMut::from_col_major(&mut x, n, nrhs, ld), Par::Seq, buf.workspace()).unwrap();
                assert_eq!(ap2, fp, "ppsv's factor differs from pptrf's");
                let mut worst = 0.0f64;
                for r in 0..nrhs {
                    let y = a.matvec_c64(&x[r * ld..r * ld + n]);
                    let xn = x[r * ld..r * ld + n].iter().map(|v| cabs(v.to_c64())).fold(0.0, f64::max);
                    for i in 0..n {
                        worst = worst.max(cabs(y[i] - b[r * ld + i].to_c64()) / (anorm * xn * n as f64 * eps::<T>()));
                    }
                }
                assert!(worst < 10.0, "{} ppsv n={n} {uplo:?}: residual {worst}", T::PREFIX);
                // pprfs: the solution's bounds are small; a perturbed one is refined back.
                let (mut ferr, mut berr) = (vec![T::Real::zero(); nrhs], vec![T::Real::zero(); nrhs]);
                let x0 = x.clone();
                if n > 0 {
                    x[ld] += T::from_real(RealScalar::from_f64(1e-3));
                }
                pprfs(
                    uplo,
                    &ap,
                    &fp,
                    MatRef::from_col_major(&b, n, nrhs, ld),
                    MatMut::from_col_major(&mut x, n, nrhs, ld),
                    &mut ferr,
                    &mut berr,
                    buf.workspace(),
                );
                for r in 0..nrhs {
                    let (f, be) = (ferr[r].to_f64(), berr[r].to_f64());
                    if n == 0 {
                        assert_eq!((f, be), (0.0, 0.0));
                        continue;
                    }
                    assert!(be <= 4.0 * eps::<T>(), "{} pprfs n={n} rhs {r}: berr {be}", T::PREFIX);
                    assert!(f > 0.0 && f < 1e3 * n as f64 * eps::<T>(), "{} pprfs n={n}: ferr {f}", T::PREFIX);
                }
                for i in 0..x.len() {
                    let d = cabs(x[i].to_c64() - x0[i].to_c64());
                    assert!(d < 1e3 * eps::<T>(), "{} pprfs n={n}: not refined back ({d})", T::PREFIX);
                }
                // pptri: |A inv(A) - I|.
                let mut inv = fp.clone();
                pptri(uplo, n, &mut inv, Par::Seq, buf.workspace()).unwrap();
                let inv = full_herm(uplo, n, &inv);
                let mut worst = 0.0f64;
                for j in 0..n {
                    let col: Vec<T> = (0..n).map(|i| inv.get(i, j)).collect();
                    let y = a.matvec_c64(&col);
                    for i in 0..n {
                        worst = worst.max(cabs(y[i] - c64::new(if i == j { 1.0 } else { 0.0 }, 0.0)));
                    }
                }
                let r =
                    worst / (anorm * inv.to_c64().norm1_f64() * n.max(1) as f64 * eps::<T>()).max(f64::MIN_POSITIVE);
                assert!(r < 10.0, "{} pptri n={n} {uplo:?}: residual {r}", T::PREFIX);
                // ppcon equals pocon on the same factor.
                let mut buf = WorkBuffer::new(ppcon_req::<T>(n).and(pocon_req::<T>(n)));
                let an = T::Real::from_f64(anorm);
                let want = pocon(uplo, full.view(), an, buf.workspace()).to_f64();
                let got = ppcon(uplo, n, &fp, an, buf.workspace()).to_f64();
                assert!((got - want).abs() <= 1e-3 * want, "{} ppcon n={n}: {got} vs {want}", T::PREFIX);
            }
        }
    }

    #[test]
    fn pptrf_ppsv_pprfs_pptri_ppcon() {
        factor_solve_invert::<f32>();
        factor_solve_invert::<f64>();
        factor_solve_invert::<c32>();
        factor_solve_invert::<c64>();
    }

    fn not_positive_definite<T: TestScalar>() {
        let mut rng = Rng::new(22);
        for n in [1usize, 3, 17, 70] {
            let mut a = hpd_matrix::<T>(n, &mut rng);
            let k = n / 2;
            // A(k, k) = -1: the leading minor of order k + 1 is not positive definite.
            a.set(k, k, T::from_real(RealScalar::from_f64(-1.0)));
            for uplo in UPLOS {
                let mut ap = packed_of(&a, uplo);
                let mut buf = WorkBuffer::new(pptrf_req::<T>(n));
                assert_eq!(
                    pptrf(uplo, n, &mut ap, Par::Seq, buf.workspace()),
                    Err(Info::from_index(k)),
                    "{}",
                    T::PREFIX
                );
                let mut ap = packed_of(&a, uplo);
                let mut b = vec![T::one(); n];
                let e = ppsv(uplo, &mut ap, MatMut::from_col_major(&mut b, n, 1, n), Par::Seq, buf.workspace());
                assert_eq!(e, Err(Info::from_index(k)));
                assert!(b.iter().all(|v| *v == T::one()));
                // A zero diagonal in a factor: pptri reports it, writes nothing.
                let mut f = packed_of(&a, uplo);
                let d = col_start(uplo == Uplo::Upper, n, k) + if uplo == Uplo::Upper { k } else { 0 };
                f[d] = T::zero();
                let before = f.clone();
                assert_eq!(pptri(uplo, n, &mut f, Par::Seq, buf.workspace()), Err(Info::from_index(k)));
                assert_eq!(f, before);
                // ppequ: the first non-positive diagonal element.
                let mut s = vec![T::Real::zero(); n];
                let e = ppequ(uplo, n, &packed_of(&a, uplo), &mut s);
                assert_eq!(e.map(|_| ()).map_err(|e| e.info), Err(Info::from_index(k)));
            }
        }
        // NaN: an error or NaN, no hang.
        let mut a = hpd_matrix::<T>(5, &mut rng);
        a.set(2, 2, T::from_real(RealScalar::from_f64(f64::NAN)));
        let mut ap = packed_of(&a, Uplo::Upper);
        let mut buf = WorkBuffer::new(pptrf_req::<T>(5));
        assert!(pptrf(Uplo::Upper, 5, &mut ap, Par::Seq, buf.workspace()).is_err());
    }

    #[test]
    fn not_positive_definite_reports_info() {
        not_positive_definite::<f32>();
        not_positive_definite::<f64>();
        not_positive_definite::<c32>();
        not_positive_definite::<c64>();
    }

    fn equilibrate<T: TestScalar>() {
        let mut rng = Rng::new(23);
        let n = 6;
        let mut a = hpd_matrix::<T>(n, &mut rng);
        // Badly scaled: D A D with D spanning 1e-3..1e3.
        let dscale: Vec<f64> = (0..n).map(|i| 10f64.powi(i as i32 - 3)).collect();
        for j in 0..n {
            for i in 0..n {
                a.set(i, j, T::from_c64(a.get(i, j).to_c64() * (dscale[i] * dscale[j])));
            }
        }
        for uplo in UPLOS {
            for herm in [true, false] {
                if !herm && !T::IS_COMPLEX {
                    continue;
                }
                let mut ap = packed_of(&a, uplo);
                let mut s = vec![T::Real::zero(); n];
                let sc = ppequ(uplo, n, &ap, &mut s).unwrap();
                let (scond, amax) = (sc.scond, sc.amax);
                let dmax = (0..n).map(|i| a.get(i, i).re().to_f64()).fold(0.0, f64::max);
                assert_eq!(amax.to_f64(), dmax);
                assert!(scond.to_f64() < 0.1);
                assert!(laqsp(uplo, herm, n, &mut ap, &s, scond, amax));
                // The scaled diagonal is 1.
                let f = full_herm(uplo, n, &ap);
                for i in 0..n {
                    assert!((f.get(i, i).re().to_f64() - 1.0).abs() < 10.0 * eps::<T>());
                }
                // Well scaled already: nothing happens.
                let before = ap.clone();
                assert!(!laqsp(uplo, herm, n, &mut ap, &s, T::Real::one(), T::Real::one()));
                assert_eq!(ap, before);
            }
        }
        let mut s: Vec<T::Real> = vec![];
        assert_eq!(
            ppequ::<T>(Uplo::Upper, 0, &[], &mut s).map(|sc| (sc.scond, sc.amax)),
            Ok((T::Real::one(), T::Real::zero()))
        );
    }

    #[test]
    fn ppequ_and_laqsp_equilibrate() {
        equilibrate::<f32>();
        equilibrate::<f64>();
        equilibrate::<c32>();
        equilibrate::<c64>();
    }
}
