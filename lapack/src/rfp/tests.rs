//! Tests of the RFP routines against full storage.
#![allow(clippy::needless_range_loop)]

use super::*;
use crate::condition::testutil::*;
use ferroblas_kernels::scalar::RealScalar;
use ferroblas_kernels::{c32, c64};

const SIZES: [usize; 8] = [0, 1, 2, 3, 4, 5, 6, 17];
const UPLOS: [Uplo; 2] = [Uplo::Upper, Uplo::Lower];
const TRANSRS: [TransR; 2] = [TransR::Normal, TransR::ConjTrans];

fn eps<T: TestScalar>() -> f64 {
    <T::Real as RealScalar>::EPSILON.to_f64()
}

/// A random `n x n` matrix with leading dimension `n + 2`, well conditioned
/// (diagonal near `n + 2`), Hermitian with real diagonal when `herm`.
fn matrix<T: TestScalar>(n: usize, herm: bool, rng: &mut Rng) -> Vec<T> {
    let ld = n + 2;
    let mut a = vec![T::zero(); ld * n.max(1)];
    for j in 0..n {
        for i in 0..n {
            a[i + j * ld] = rng.scalar::<T>();
        }
        a[j + j * ld] = T::from_c64(c64::new(n as f64 + 2.0 + rng.uniform(), 0.0));
    }
    if herm {
        for j in 0..n {
            for i in j + 1..n {
                a[j + i * ld] = a[i + j * ld].conj();
            }
        }
    }
    a
}

fn view<T>(a: &[T], n: usize) -> MatRef<'_, T> {
    MatRef::from_col_major(a, n, n, n + 2)
}

fn view_mut<T>(a: &mut [T], n: usize) -> MatMut<'_, T> {
    MatMut::from_col_major(a, n, n, n + 2)
}

/// max over the `uplo` triangle of |x - y| / scale.
fn tri_diff<T: TestScalar>(uplo: Uplo, n: usize, x: &[T], y: &[T]) -> f64 {
    let ld = n + 2;
    let mut worst = 0.0f64;
    for j in 0..n {
        for i in 0..n {
            if in_triangle(uplo, i, j) {
                worst = worst.max(cabs(x[i + j * ld].to_c64() - y[i + j * ld].to_c64()));
            }
        }
    }
    worst
}

fn conversions<T: TestScalar>() {
    let mut rng = Rng::new(3);
    let sentinel = T::from_c64(c64::new(-9.0, 4.0));
    for n in SIZES {
        let a = matrix::<T>(n, false, &mut rng);
        let nt = rfp_len(n);
        for uplo in UPLOS {
            let mut ap = vec![sentinel; nt];
            trttp(uplo, view(&a, n), &mut ap);
            assert!(ap.iter().all(|&v| v != sentinel), "trttp left a hole");
            for transr in TRANSRS {
                let mut arf = vec![sentinel; nt];
                trttf(transr, uplo, view(&a, n), &mut arf);
                // Every element of the array is written: the layout is a bijection.
                assert!(
                    arf.iter().all(|&v| v != sentinel),
                    "{} trttf n={n} {uplo:?} {transr:?} left a hole",
                    T::PREFIX
                );
                let mut arf2 = vec![sentinel; nt];
                tpttf(transr, uplo, n, &ap, &mut arf2);
                assert_eq!(arf, arf2, "{} tpttf n={n}", T::PREFIX);
                let mut ap2 = vec![sentinel; nt];
                tfttp(transr, uplo, n, &arf, &mut ap2);
                assert_eq!(ap, ap2, "{} tfttp n={n}", T::PREFIX);
                let mut b = vec![sentinel; a.len()];
                tfttr(transr, uplo, &arf, view_mut(&mut b, n));
                let ld = n + 2;
                for j in 0..n {
                    for i in 0..ld {
                        let want = if i < n && in_triangle(uplo, i, j) { a[i + j * ld] } else { sentinel };
                        assert!(b[i + j * ld] == want, "{} tfttr n={n} {uplo:?} {transr:?} at ({i},{j})", T::PREFIX);
                    }
                }
                // The transposed forms are each other's conjugate transposes.
                if transr == TransR::Normal && n > 0 {
                    let mut arfc = vec![sentinel; nt];
                    trttf(TransR::ConjTrans, uplo, view(&a, n), &mut arfc);
                    let g = geometry(n, uplo);
                    for c in 0..g.zc {
                        for r in 0..g.zr {
                            assert!(
                                arf[r + c * g.zr] == arfc[c + r * g.zc].conj(),
                                "{} transr C is not N^H",
                                T::PREFIX
                            );
                        }
                    }
                }
            }
            let mut c = vec![sentinel; a.len()];
            tpttr(uplo, &ap, view_mut(&mut c, n));
            assert_eq!(tri_diff(uplo, n, &a, &c), 0.0);
        }
    }
}

/// A Hermitian positive definite matrix: a diagonal that dominates.
fn hpd<T: TestScalar>(n: usize, rng: &mut Rng) -> Vec<T> {
    matrix::<T>(n, true, rng)
}

fn factor_solve_invert<T: TestScalar>() {
    let mut rng = Rng::new(5);
    for n in SIZES {
        let a = hpd::<T>(n, &mut rng);
        let tol = 50.0 * (n.max(1) as f64) * eps::<T>() * (n as f64 + 4.0);
        for uplo in UPLOS {
            // Full-storage references.
            let mut fac = a.clone();
            crate::relapack::potrf(uplo, view_mut(&mut fac, n), Par::Seq).unwrap();
            let mut inv = fac.clone();
            crate::cholesky::potri(uplo, view_mut(&mut inv, n), Par::Seq).unwrap();
            for transr in TRANSRS {
                let nt = rfp_len(n);
                let mut arf = vec![T::zero(); nt];
                trttf(transr, uplo, view(&a, n), &mut arf);
                pftrf(transr, uplo, n, &mut arf, Par::Seq).unwrap();
                let mut got = vec![T::zero(); a.len()];
                tfttr(transr, uplo, &arf, view_mut(&mut got, n));
                let d = tri_diff(uplo, n, &fac, &got);
                assert!(d < tol, "{} pftrf n={n} {uplo:?} {transr:?}: {d}", T::PREFIX);
                // pftrs against potrs.
                let nrhs = 3;
                let ldb = n + 1;
                let b0: Vec<T> = (0..ldb * nrhs).map(|_| rng.scalar()).collect();
                let mut x = b0.clone();
                pftrs(transr, uplo, n, &arf, MatMut::from_col_major(&mut x, n, nrhs, ldb), Par::Seq);
                let mut y = b0.clone();
                crate::cholesky::potrs(uplo, view(&fac, n), MatMut::from_col_major(&mut y, n, nrhs, ldb), Par::Seq);
                for i in 0..ldb * nrhs {
                    let d = cabs(x[i].to_c64() - y[i].to_c64());
                    assert!(d < tol, "{} pftrs n={n} {uplo:?} {transr:?}: {d}", T::PREFIX);
                }
                // pftri against potri.
                pftri(transr, uplo, n, &mut arf, Par::Seq).unwrap();
                let mut got = vec![T::zero(); a.len()];
                tfttr(transr, uplo, &arf, view_mut(&mut got, n));
                let d = tri_diff(uplo, n, &inv, &got);
                assert!(d < tol, "{} pftri n={n} {uplo:?} {transr:?}: {d}", T::PREFIX);
            }
        }
    }
    // Not positive definite: INFO names the failing minor, in either half.
    for n in [5usize, 6] {
        for bad in [1usize, n - 1] {
            let mut a = hpd::<T>(n, &mut rng);
            a[bad + bad * (n + 2)] = T::from_c64(c64::new(-1.0, 0.0));
            for uplo in UPLOS {
                for transr in TRANSRS {
                    let mut arf = vec![T::zero(); rfp_len(n)];
                    trttf(transr, uplo, view(&a, n), &mut arf);
                    let mut full = a.clone();
                    let want = crate::relapack::potrf(uplo, view_mut(&mut full, n), Par::Seq);
                    assert_eq!(pftrf(transr, uplo, n, &mut arf, Par::Seq), want, "{} pftrf info", T::PREFIX);
                }
            }
        }
    }
}

fn triangular<T: TestScalar>() {
    let mut rng = Rng::new(7);
    for n in SIZES {
        let a = matrix::<T>(n, false, &mut rng);
        let tol = 100.0 * (n.max(1) as f64) * eps::<T>() * (n as f64 + 4.0);
        for uplo in UPLOS {
            for diag in [Diag::NonUnit, Diag::Unit] {
                let mut inv = a.clone();
                crate::relapack::trtri(uplo, diag, view_mut(&mut inv, n), Par::Seq).unwrap();
                for transr in TRANSRS {
                    let mut arf = vec![T::zero(); rfp_len(n)];
                    trttf(transr, uplo, view(&a, n), &mut arf);
                    // tfsm against trsm, every side and op, with a strided B.
                    for side in [Side::Left, Side::Right] {
                        for trans in [Trans::No, Trans::ConjTrans] {
                            let (m, nn) = if side == Side::Left { (n, 3) } else { (3, n) };
                            let ldb = m + 2;
                            let b0: Vec<T> = (0..ldb * nn).map(|_| rng.scalar()).collect();
                            let alpha = T::from_c64(c64::new(0.5, -0.25));
                            let mut x = b0.clone();
                            tfsm(
                                transr,
                                side,
                                uplo,
                                trans,
                                diag,
                                alpha,
                                &arf,
                                MatMut::from_col_major(&mut x, m, nn, ldb),
                                Par::Seq,
                            );
                            let mut y = b0.clone();
                            Level3::new(Par::Seq).trsm(
                                side,
                                uplo,
                                trans,
                                diag,
                                alpha,
                                view(&a, n),
                                MatMut::from_col_major(&mut y, m, nn, ldb),
                            );
                            for i in 0..ldb * nn {
                                let d = cabs(x[i].to_c64() - y[i].to_c64());
                                assert!(
                                    d < tol,
                                    "{} tfsm n={n} {side:?} {uplo:?} {trans:?} {diag:?} {transr:?}: {d}",
                                    T::PREFIX
                                );
                            }
                            let mut z = b0.clone();
                            tfsm(
                                transr,
                                side,
                                uplo,
                                trans,
                                diag,
                                T::zero(),
                                &arf,
                                MatMut::from_col_major(&mut z, m, nn, ldb),
                                Par::Seq,
                            );
                            for j in 0..nn {
                                for i in 0..ldb {
                                    assert!(z[i + j * ldb] == if i < m { T::zero() } else { b0[i + j * ldb] });
                                }
                            }
                        }
                    }
                    let mut t = arf.clone();
                    tftri(transr, uplo, diag, n, &mut t, Par::Seq).unwrap();
                    let mut got = a.clone();
                    tfttr(transr, uplo, &t, view_mut(&mut got, n));
                    let mut want = inv.clone();
                    if diag == Diag::Unit {
                        // trtri leaves the unit diagonal's storage alone, as tftri does.
                        for i in 0..n {
                            want[i + i * (n + 2)] = got[i + i * (n + 2)];
                        }
                    }
                    let d = tri_diff(uplo, n, &want, &got);
                    assert!(d < tol, "{} tftri n={n} {uplo:?} {diag:?} {transr:?}: {d}", T::PREFIX);
                }
            }
        }
    }
}

fn rank_k<T: TestScalar>() {
    let mut rng = Rng::new(11);
    for n in SIZES {
        let c0 = matrix::<T>(n, true, &mut rng);
        let tol = 100.0 * eps::<T>() * (n as f64 + 8.0);
        for k in [0usize, 1, 4] {
            for trans in [Trans::No, Trans::ConjTrans] {
                let (ar, ac) = if trans == Trans::No { (n, k) } else { (k, n) };
                let lda = ar + 1;
                let a: Vec<T> = (0..lda * ac.max(1)).map(|_| rng.scalar()).collect();
                let av = MatRef::from_col_major(&a, ar, ac, lda);
                for (alpha, beta) in [(0.75, -0.5), (0.0, 2.0), (0.0, 0.0), (1.0, 1.0)] {
                    let (al, be) = (<T::Real as RealScalar>::from_f64(alpha), <T::Real as RealScalar>::from_f64(beta));
                    for uplo in UPLOS {
                        let mut want = c0.clone();
                        if !(n == 0 || ((alpha == 0.0 || k == 0) && beta == 1.0)) {
                            Level3::new(Par::Seq).herk(uplo, trans, al, av, be, view_mut(&mut want, n));
                        }
                        for transr in TRANSRS {
                            let mut arf = vec![T::zero(); rfp_len(n)];
                            trttf(transr, uplo, view(&c0, n), &mut arf);
                            hfrk(transr, uplo, trans, n, al, av, be, &mut arf, Par::Seq);
                            let mut got = c0.clone();
                            tfttr(transr, uplo, &arf, view_mut(&mut got, n));
                            let d = tri_diff(uplo, n, &want, &got);
                            assert!(d < tol, "{} hfrk n={n} k={k} {trans:?} {uplo:?} {transr:?}: {d}", T::PREFIX);
                        }
                    }
                }
            }
        }
    }
}

fn norms<T: TestScalar>() {
    use ferroblas_kernels::aux::norms::{lansy, Norm};
    let mut rng = Rng::new(13);
    for n in SIZES {
        let mut a = matrix::<T>(n, false, &mut rng);
        // A complex diagonal: lanhf must ignore its imaginary parts.
        for i in 0..n {
            a[i + i * (n + 2)] = T::from_c64(c64::new(-(i as f64) - 0.5, 0.25));
        }
        let mut work = vec![<T::Real as Scalar>::zero(); n.max(1)];
        let herms: &[bool] = if T::IS_COMPLEX { &[false, true] } else { &[false] };
        for &herm in herms {
            for uplo in UPLOS {
                for transr in TRANSRS {
                    let mut arf = vec![T::zero(); rfp_len(n)];
                    trttf(transr, uplo, view(&a, n), &mut arf);
                    for norm in [Norm::Max, Norm::One, Norm::Inf, Norm::Frobenius] {
                        let got = lanhf(norm, transr, uplo, herm, n, &arf, &mut work).to_f64();
                        let want = lansy(norm, uplo, herm, view(&a, n), &mut work).to_f64();
                        assert!(
                            (got - want).abs() <= 10.0 * eps::<T>() * want,
                            "{} lanhf n={n} {norm:?} {uplo:?} {transr:?} herm={herm}: {got} vs {want}",
                            T::PREFIX
                        );
                    }
                }
            }
        }
    }
}

mod residual {
    use super::*;

    #[test]
    fn rfp_lanhf_matches_lansy() {
        norms::<f32>();
        norms::<f64>();
        norms::<c32>();
        norms::<c64>();
    }

    #[test]
    fn rfp_conversions_round_trip() {
        conversions::<f32>();
        conversions::<f64>();
        conversions::<c32>();
        conversions::<c64>();
    }

    #[test]
    fn rfp_pftrf_pftrs_pftri_match_full_storage() {
        factor_solve_invert::<f32>();
        factor_solve_invert::<f64>();
        factor_solve_invert::<c32>();
        factor_solve_invert::<c64>();
    }

    #[test]
    fn rfp_tfsm_tftri_match_full_storage() {
        triangular::<f32>();
        triangular::<f64>();
        triangular::<c32>();
        triangular::<c64>();
    }

    #[test]
    fn rfp_hfrk_matches_herk() {
        rank_k::<f32>();
        rank_k::<f64>();
        rank_k::<c32>();
        rank_k::<c64>();
    }
}

/// The layouts LAPACK documents (`?pftrf`) for n = 5 and 6, `TRANSR = N`,
/// with element `(i, j)` labelled `10 i + j`; rows of the rectangle.
#[test]
fn rfp_layout_matches_the_documented_examples() {
    let cases: [(usize, Uplo, &[[u32; 3]]); 4] = [
        (6, Uplo::Upper, &[[3, 4, 5], [13, 14, 15], [23, 24, 25], [33, 34, 35], [0, 44, 45], [1, 11, 55], [2, 12, 22]]),
        (
            6,
            Uplo::Lower,
            &[[33, 43, 53], [0, 44, 54], [10, 11, 55], [20, 21, 22], [30, 31, 32], [40, 41, 42], [50, 51, 52]],
        ),
        (5, Uplo::Upper, &[[2, 3, 4], [12, 13, 14], [22, 23, 24], [0, 33, 34], [1, 11, 44]]),
        (5, Uplo::Lower, &[[0, 33, 43], [10, 11, 44], [20, 21, 22], [30, 31, 32], [40, 41, 42]]),
    ];
    for (n, uplo, rows) in cases {
        let mut a = vec![0.0f64; n * n];
        for j in 0..n {
            for i in 0..n {
                let (r, c) = if in_triangle(uplo, i, j) { (i, j) } else { (j, i) };
                a[i + j * n] = (10 * r + c) as f64;
            }
        }
        let mut arf = vec![-1.0; rfp_len(n)];
        trttf(TransR::Normal, uplo, MatRef::from_col_major(&a, n, n, n), &mut arf);
        let zr = rows.len();
        for (r, row) in rows.iter().enumerate() {
            for c in 0..3 {
                assert_eq!(arf[r + c * zr], row[c] as f64, "n={n} {uplo:?} at ({r},{c})");
            }
        }
    }
}
