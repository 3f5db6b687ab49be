//! Residual tests of the packed symmetric/Hermitian indefinite routines.
#![allow(clippy::needless_range_loop)]

use super::indefinite::*;
use super::*;
use crate::condition::testutil::*;
use crate::indefinite::{sytrf, sytrf_req};
use crate::relapack::pivots::BlockPivot;
use crate::{Info, Par, WorkBuffer};
use ferroblas_kernels::scalar::RealScalar;
use ferroblas_kernels::{c32, c64};

const UPLOS: [Uplo; 2] = [Uplo::Upper, Uplo::Lower];
const SIZES: [usize; 6] = [0, 1, 2, 3, 17, 70];

fn eps<T: TestScalar>() -> f64 {
    <T::Real as RealScalar>::EPSILON.to_f64()
}

/// A random symmetric (or Hermitian) indefinite matrix, zero diagonal
/// entries here and there to force 2x2 pivots.
fn indefinite<T: TestScalar>(n: usize, herm: bool, rng: &mut Rng) -> Dense<T> {
    let mut a = Dense::<T>::random(n, rng, 0);
    for j in 0..n {
        for i in 0..j {
            let v = a.get(i, j);
            a.set(j, i, if herm { v.conj() } else { v });
        }
        let d = if j % 3 == 1 { T::zero() } else { a.get(j, j) };
        a.set(j, j, if herm { T::from_real(d.re()) } else { d });
    }
    a
}

fn packed_of<T: TestScalar>(a: &Dense<T>, uplo: Uplo) -> Vec<T> {
    let mut ap = vec![T::zero(); packed_len(a.n)];
    pack(uplo == Uplo::Upper, a.view(), &mut ap);
    ap
}

mod residual {
    use super::*;

    fn all<T: TestScalar>() {
        let mut rng = Rng::new(31);
        let herms: &[bool] = if T::IS_COMPLEX { &[false, true] } else { &[false] };
        for n in SIZES {
            for &herm in herms {
                let a = indefinite::<T>(n, herm, &mut rng);
                let anorm = a.to_c64().norm1_f64();
                for uplo in UPLOS {
                    let ap = packed_of(&a, uplo);
                    let mut fp = ap.clone();
                    let mut ipiv = vec![BlockPivot::None; n];
                    let req = sptrf_req::<T>(n).and(sptri_req::<T>(n)).and(spcon_req::<T>(n)).and(sprfs_req::<T>(n));
                    let mut buf = WorkBuffer::new(req);
                    sptrf(uplo, herm, n, &mut fp, &mut ipiv, Par::Seq, buf.workspace()).unwrap();
                    // The factor and pivots are the full-storage routine's.
                    let mut full = a.clone();
                    let mut ipiv2 = vec![BlockPivot::None; n];
                    let mut wb = WorkBuffer::new(sytrf_req::<T>(n + 1));
                    let fm = MatMut::from_col_major(&mut full.a, n, n, n.max(1));
                    sytrf(uplo, herm, fm, &mut ipiv2, Par::Seq, wb.workspace()).unwrap();
                    assert_eq!(ipiv, ipiv2);
                    assert_eq!(fp, packed_of(&full, uplo), "{} sptrf n={n}", T::PREFIX);
                    // spsv with ldb > n.
                    let (nrhs, ld) = (2, n + 1);
                    let b: Vec<T> = (0..ld * nrhs).map(|_| rng.scalar()).collect();
                    let mut x = b.clone();
                    let mut ap2 = ap.clone();
                    let mut ipiv3 = vec![BlockPivot::None; n];
                    let xm = MatMut::from_col_major(&mut x, n, nrhs, ld);
                    spsv(uplo, herm, &mut ap2, &mut ipiv3, xm, Par::Seq, buf.workspace()).unwrap();
                    assert_eq!(ap2, fp);
                    let mut worst = 0.0f64;
                    for r in 0..nrhs {
                        let y = a.matvec_c64(&x[r * ld..r * ld + n]);
                        let xn = x[r * ld..r * ld + n].iter().map(|v| cabs(v.to_c64())).fold(0.0, f64::max);
                        for i in 0..n {
                            worst =
                                worst.max(cabs(y[i] - b[r * ld + i].to_c64()) / (anorm * xn * n as f64 * eps::<T>()));
                        }
                    }
                    // Bunch-Kaufman's growth: a looser bound than Cholesky's.
                    assert!(worst < 1e3, "{} spsv n={n} {uplo:?} herm={herm}: residual {worst}", T::PREFIX);
                    // sprfs: berr at rounding level afterwards.
                    let (mut ferr, mut berr) = (vec![T::Real::zero(); nrhs], vec![T::Real::zero(); nrhs]);
                    sprfs(
                        uplo,
                        herm,
                        &ap,
                        &fp,
                        &ipiv,
                        MatRef::from_col_major(&b, n, nrhs, ld),
                        MatMut::from_col_major(&mut x, n, nrhs, ld),
                        &mut ferr,
                        &mut berr,
                        buf.workspace(),
                    );
                    for r in 0..nrhs {
                        let be = berr[r].to_f64();
                        if n == 0 {
                            assert_eq!((ferr[r].to_f64(), be), (0.0, 0.0));
                        } else {
                            assert!(be <= 4.0 * eps::<T>(), "{} sprfs n={n}: berr {be}", T::PREFIX);
                            assert!(ferr[r].to_f64() > 0.0);
                        }
                    }
                    // sptri: |A inv(A) - I|, the inverse's other triangle mirrored.
                    let mut inv = fp.clone();
                    sptri(uplo, herm, n, &mut inv, &ipiv, buf.workspace()).unwrap();
                    let mut m = Dense::<T>::zeros(n);
                    unpack(uplo == Uplo::Upper, &inv, MatMut::from_col_major(&mut m.a, n, n, n.max(1)));
                    for j in 0..n {
                        for i in 0..n {
                            if (uplo == Uplo::Upper && i > j) || (uplo == Uplo::Lower && i < j) {
                                let v = m.get(j, i);
                                m.set(i, j, if herm { v.conj() } else { v });
                            }
                        }
                    }
                    let mut worst = 0.0f64;
                    for j in 0..n {
                        let col: Vec<T> = (0..n).map(|i| m.get(i, j)).collect();
                        let y = a.matvec_c64(&col);
                        for i in 0..n {
                            worst = worst.max(cabs(y[i] - c64::new(if i == j { 1.0 } else { 0.0 }, 0.0)));
                        }
                    }
                    let r =
                        worst / (anorm * m.to_c64().norm1_f64() * n.max(1) as f64 * eps::<T>()).max(f64::MIN_POSITIVE);
                    assert!(r < 1e3, "{} sptri n={n} {uplo:?} herm={herm}: residual {r}", T::PREFIX);
                    // spcon: within the estimator's factor of the truth.
                    let rc = spcon(uplo, herm, n, &fp, &ipiv, T::Real::from_f64(anorm), buf.workspace()).to_f64();
                    if n == 0 {
                        assert_eq!(rc, 1.0);
                    } else {
                        let want = true_rcond(&a, false);
                        assert!(
                            rc <= want * 5.0 * (1.0 + 1e-6) && rc >= want / 10.0,
                            "{} spcon n={n}: {rc} vs {want}",
                            T::PREFIX
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn sptrf_spsv_sprfs_sptri_spcon() {
        all::<f32>();
        all::<f64>();
        all::<c32>();
        all::<c64>();
    }

    fn singular<T: TestScalar>() {
        // The zero matrix: D(0,0) = 0 first (INFO = 1 lower, n upper).
        for n in [1usize, 3, 70] {
            for uplo in UPLOS {
                let mut ap = vec![T::zero(); packed_len(n)];
                let mut ipiv = vec![BlockPivot::None; n];
                let mut buf = WorkBuffer::new(sptrf_req::<T>(n).and(sptri_req::<T>(n)));
                let e = sptrf(uplo, false, n, &mut ap, &mut ipiv, Par::Seq, buf.workspace());
                let first = if uplo == Uplo::Upper { n - 1 } else { 0 };
                assert_eq!(e, Err(Info::from_index(first)), "{} n={n} {uplo:?}", T::PREFIX);
                assert!(sptri(uplo, false, n, &mut ap, &ipiv, buf.workspace()).is_err());
                let mut ap = vec![T::zero(); packed_len(n)];
                let mut b = vec![T::one(); n];
                let e = spsv(
                    uplo,
                    true,
                    &mut ap,
                    &mut ipiv,
                    MatMut::from_col_major(&mut b, n, 1, n),
                    Par::Seq,
                    buf.workspace(),
                );
                assert!(e.is_err() && b.iter().all(|v| *v == T::one()));
            }
        }
    }

    #[test]
    fn singular_reports_info() {
        singular::<f32>();
        singular::<f64>();
        singular::<c32>();
        singular::<c64>();
    }
}
