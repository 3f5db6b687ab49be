//! Tests of the compact divide and conquer: `lasda` + `lalsa` against
//! `lasd0`'s explicit vectors (`V U^T B` and `V S^-1 U^T B` do not depend on
//! the order or signs of the singular triplets), `lasda`'s values alone,
//! and `lalsd` against the minimum-norm solution from an explicit SVD by
//! `bdsqr` in double precision (full rank, and rank-deficient with RCOND),
//! upper and lower, real and complex right-hand sides, `n` across the leaf
//! size.

// Index loops over several parallel arrays read more plainly than zipped iterators.
#![allow(clippy::needless_range_loop)]

use super::lasd_tests::Rng;
use super::*;
use crate::{Par, WorkBuffer};
use ferroblas_kernels::aux::matrix::{laset, Part};
use ferroblas_kernels::scalar::{c32, c64, RealScalar, Scalar};
use ferroblas_kernels::{MatMut, Uplo};

/// `U`, `S`, `VT` of the `n x n` bidiagonal (`d`, `e`) by `bdsqr` in f64:
/// `A = U diag(S) VT`, column-major.
fn oracle_svd(uplo: Uplo, d: &[f64], e: &[f64]) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let n = d.len();
    let (mut s, mut ee) = (d.to_vec(), e.to_vec());
    ee.resize(n.max(1), 0.0);
    let (mut u, mut vt) = (vec![0.0; n * n], vec![0.0; n * n]);
    let mut um = MatMut::from_col_major(&mut u, n, n, n.max(1));
    let mut vm = MatMut::from_col_major(&mut vt, n, n, n.max(1));
    laset(Part::Full, 0.0, 1.0, um.rb_mut());
    laset(Part::Full, 0.0, 1.0, vm.rb_mut());
    let empty = MatMut::from_col_major(&mut [], 0, 0, 1);
    let mut w = WorkBuffer::new(bdsqr_req::<f64>(n));
    bdsqr(uplo, &mut s, &mut ee[..n.saturating_sub(1)], vm, um, empty, w.workspace()).unwrap();
    (u, s, vt)
}

/// `VT^T diag(f(s)) U^T b` for each column (real and imaginary parts alike).
fn apply_svd(n: usize, u: &[f64], s: &[f64], vt: &[f64], f: impl Fn(f64) -> f64, b: &[f64]) -> Vec<f64> {
    let mut y = vec![0.0; n];
    for k in 0..n {
        let mut t = 0.0;
        for i in 0..n {
            t += u[i + k * n] * b[i];
        }
        y[k] = t * f(s[k]);
    }
    let mut x = vec![0.0; n];
    for j in 0..n {
        for k in 0..n {
            x[j] += vt[k + j * n] * y[k];
        }
    }
    x
}

/// The parts (real, then imaginary for complex T) of column `j` of `b` as f64.
fn parts<T: Scalar>(b: &[T], n: usize, j: usize) -> Vec<Vec<f64>> {
    let col = &b[j * n..(j + 1) * n];
    let mut p = vec![col.iter().map(|x| x.re().to_f64()).collect::<Vec<_>>()];
    if T::IS_COMPLEX {
        p.push(col.iter().map(|x| x.im().to_f64()).collect());
    }
    p
}

fn random_rhs<T: Scalar>(rng: &mut Rng, len: usize) -> Vec<T> {
    let re = |x: f64| <T::Real as RealScalar>::from_f64(x);
    (0..len).map(|_| T::from_parts(re(rng.real()), re(if T::IS_COMPLEX { rng.real() } else { 0.0 }))).collect()
}

fn max_abs(v: &[f64]) -> f64 {
    v.iter().fold(0.0f64, |a, x| a.max(x.abs()))
}

mod residual {
    use super::*;

    /// A well conditioned bidiagonal (|d| in [0.5, 1.5], |e| <= 0.5), with
    /// `zeros` diagonal entries set to zero (each makes it singular).
    fn bidiagonal(rng: &mut Rng, n: usize, zeros: &[usize]) -> (Vec<f64>, Vec<f64>) {
        let mut d: Vec<f64> = (0..n).map(|_| (1.0 + 0.5 * rng.real()) * rng.real().signum()).collect();
        let e: Vec<f64> = (0..n.saturating_sub(1)).map(|_| 0.5 * rng.real()).collect();
        for &z in zeros {
            if z < n {
                d[z] = 0.0;
            }
        }
        (d, e)
    }

    fn lalsd_case<T: Scalar>(uplo: Uplo, n: usize, nrhs: usize, zeros: &[usize], smlsiz: usize, rng: &mut Rng) {
        type R<T> = <T as Scalar>::Real;
        let (d0, e0) = bidiagonal(rng, n, zeros);
        let b0 = random_rhs::<T>(rng, n * nrhs);
        let rcond = if zeros.is_empty() { -1.0 } else { 1e-4 };
        let mut d: Vec<R<T>> = d0.iter().map(|&x| R::<T>::from_f64(x)).collect();
        let mut e: Vec<R<T>> = e0.iter().map(|&x| R::<T>::from_f64(x)).collect();
        e.push(R::<T>::zero());
        let mut b = b0.clone();
        let mut w = WorkBuffer::new(lalsd_req::<T>(n, smlsiz, nrhs));
        let rank = lalsd(
            uplo,
            smlsiz,
            &mut d,
            &mut e,
            MatMut::from_col_major(&mut b, n, nrhs, n.max(1)),
            R::<T>::from_f64(rcond),
            Par::Seq,
            w.workspace(),
        )
        .unwrap();

        let (u, s, vt) = oracle_svd(uplo, &d0, &e0);
        let smax = max_abs(&s);
        let tol = if rcond > 0.0 { rcond * smax } else { R::<T>::EPSILON.to_f64() * smax };
        let kept = s.iter().filter(|&&x| x > tol).count();
        assert_eq!(rank, kept, "lalsd {uplo:?} n={n} zeros={zeros:?}: rank");
        let eps = R::<T>::EPSILON.to_f64();
        for i in 0..n {
            let err = (d[i].to_f64() - s[i]).abs();
            assert!(err <= 30.0 * n as f64 * eps * smax.max(1.0), "lalsd n={n}: singular value {i}: {err:e}");
        }
        // The kept singular values are >= 0.05 or so here: the solution is
        // well conditioned.
        for j in 0..nrhs {
            let got = parts(&b, n, j);
            let bp = parts(&b0, n, j);
            for (g, bb) in got.iter().zip(&bp) {
                let want = apply_svd(n, &u, &s, &vt, |x| if x > tol { 1.0 / x } else { 0.0 }, bb);
                let scale = max_abs(&want).max(max_abs(bb));
                let err = g.iter().zip(&want).fold(0.0f64, |a, (x, y)| a.max((x - y).abs()));
                assert!(
                    err <= 1e3 * (n as f64).sqrt() * eps * scale.max(1.0),
                    "lalsd {uplo:?} n={n} zeros={zeros:?} smlsiz={smlsiz}: solution error {err:e}"
                );
            }
        }
    }

    fn lalsd_all<T: Scalar>() {
        let mut rng = Rng(71);
        for uplo in [Uplo::Upper, Uplo::Lower] {
            for n in [0, 1, 2, 3, 25, 26, 51, 100] {
                lalsd_case::<T>(uplo, n, 2, &[], 25, &mut rng);
            }
            for (n, zeros) in [(3, &[1usize][..]), (26, &[5, 20]), (51, &[0, 30, 50]), (100, &[10, 11, 64])] {
                lalsd_case::<T>(uplo, n, 3, zeros, 25, &mut rng);
            }
            // A small leaf size: deep trees, pieces split by zero diagonals.
            for n in [4, 7, 20] {
                lalsd_case::<T>(uplo, n, 1, &[], 3, &mut rng);
                lalsd_case::<T>(uplo, n, 2, &[2], 3, &mut rng);
            }
        }
    }

    #[test]
    fn lalsd_matches_svd_solve() {
        lalsd_all::<f64>();
        lalsd_all::<f32>();
        lalsd_all::<c64>();
        lalsd_all::<c32>();
    }

    /// lasda's values against lasd0's; lalsa's `V U^T B` and `V S^-1 U^T B`
    /// against lasd0's explicit vectors.
    fn lasda_case<T: Scalar>(n: usize, sqre: bool, smlsiz: usize, rng: &mut Rng) {
        type R<T> = <T as Scalar>::Real;
        let m = n + usize::from(sqre);
        let re = |x: f64| R::<T>::from_f64(x);
        let d0: Vec<R<T>> = (0..n).map(|_| re(rng.real())).collect();
        let e0: Vec<R<T>> = (0..m - 1).map(|_| re(rng.real())).collect();

        // lasd0, explicit.
        let (mut dx, mut ex) = (d0.clone(), e0.clone());
        let (mut u0, mut vt0) = (vec![R::<T>::zero(); n * n], vec![R::<T>::zero(); m * m]);
        {
            let mut um = MatMut::from_col_major(&mut u0, n, n, n);
            let mut vm = MatMut::from_col_major(&mut vt0, m, m, m);
            laset(Part::Full, R::<T>::zero(), R::<T>::one(), um.rb_mut());
            laset(Part::Full, R::<T>::zero(), R::<T>::one(), vm.rb_mut());
            let mut w = WorkBuffer::new(lasd0_req::<R<T>>(n, m));
            lasd0(
                sqre,
                &mut dx,
                &mut ex,
                um,
                vm,
                smlsiz,
                Par::Seq,
                w.workspace(),
                WorkBuffer::new(lasd0_ireq(n)).workspace(),
            )
            .unwrap();
        }

        // lasda, values only and compact.
        let (mut dv, mut ev) = (d0.clone(), e0.clone());
        let mut w = WorkBuffer::new(lasda_req::<R<T>>(n, sqre, smlsiz, false));
        lasda(sqre, &mut dv, &mut ev, smlsiz, None, w.workspace()).unwrap();
        let nlvl = lasda_levels(n, smlsiz);
        let z0 = R::<T>::zero();
        let (mut ub, mut vtb) = (vec![z0; n * smlsiz], vec![z0; m * (smlsiz + 1)]);
        let (mut difl, mut difr, mut zz) = (vec![z0; n * nlvl], vec![z0; 2 * n * nlvl], vec![z0; n * nlvl]);
        let (mut poles, mut givnum) = (vec![z0; 2 * n * nlvl], vec![z0; 2 * n * nlvl]);
        let (mut c, mut s) = (vec![z0; n], vec![z0; n]);
        let (mut k, mut givptr) = (vec![0usize; n], vec![0usize; n]);
        let (mut givcol, mut perm) = (vec![0usize; 2 * n * nlvl], vec![0usize; n * nlvl]);
        let mut f = CompactSvd {
            u: MatMut::from_col_major(&mut ub, n, smlsiz, n),
            vt: MatMut::from_col_major(&mut vtb, m, smlsiz + 1, m),
            k: &mut k,
            difl: MatMut::from_col_major(&mut difl, n, nlvl, n),
            difr: MatMut::from_col_major(&mut difr, n, 2 * nlvl, n),
            z: MatMut::from_col_major(&mut zz, n, nlvl, n),
            poles: MatMut::from_col_major(&mut poles, n, 2 * nlvl, n),
            givptr: &mut givptr,
            givcol: MatMut::from_col_major(&mut givcol, n, 2 * nlvl, n),
            perm: MatMut::from_col_major(&mut perm, n, nlvl, n),
            givnum: MatMut::from_col_major(&mut givnum, n, 2 * nlvl, n),
            c: &mut c,
            s: &mut s,
        };
        let (mut dc, mut ec) = (d0.clone(), e0.clone());
        let mut w = WorkBuffer::new(lasda_req::<R<T>>(n, sqre, smlsiz, true));
        lasda(sqre, &mut dc, &mut ec, smlsiz, Some(&mut f), w.workspace()).unwrap();

        let eps = R::<T>::EPSILON.to_f64();
        let sorted = |v: &[R<T>]| {
            let mut v: Vec<f64> = v.iter().map(|x| x.to_f64()).collect();
            v.sort_by(|a, b| b.partial_cmp(a).unwrap());
            v
        };
        let (sx, sv, sc) = (sorted(&dx), sorted(&dv), sorted(&dc));
        let smax = sx[0].max(1.0);
        for i in 0..n {
            let err = (sx[i] - sv[i]).abs().max((sx[i] - sc[i]).abs());
            assert!(err <= 30.0 * n as f64 * eps * smax, "lasda n={n} sqre={sqre}: value {i}: {err:e}");
        }
        if sqre || n <= smlsiz {
            // lalsa takes square problems factored in compact form only.
            return;
        }

        // lalsa both ways.
        let nrhs = 2;
        let b0 = random_rhs::<T>(rng, n * nrhs);
        let run = |scale: bool, f: &CompactSvd<'_, R<T>>| -> Vec<T> {
            let (mut b, mut bx) = (b0.clone(), vec![T::zero(); n * nrhs]);
            let mut w = WorkBuffer::new(lalsa_req::<T>(n, smlsiz, nrhs));
            lalsa(
                false,
                smlsiz,
                MatMut::from_col_major(&mut b, n, nrhs, n),
                MatMut::from_col_major(&mut bx, n, nrhs, n),
                f,
                Par::Seq,
                w.workspace(),
            );
            if scale {
                for j in 0..nrhs {
                    for i in 0..n {
                        bx[i + j * n] = bx[i + j * n].scale_real(R::<T>::one() / dc[i]);
                    }
                }
            }
            lalsa(
                true,
                smlsiz,
                MatMut::from_col_major(&mut bx, n, nrhs, n),
                MatMut::from_col_major(&mut b, n, nrhs, n),
                f,
                Par::Seq,
                w.workspace(),
            );
            b
        };
        let u0f: Vec<f64> = u0.iter().map(|x| x.to_f64()).collect();
        let vt0f: Vec<f64> = vt0.iter().map(|x| x.to_f64()).collect();
        let dxf: Vec<f64> = dx.iter().map(|x| x.to_f64()).collect();
        let smin = dxf.iter().fold(f64::INFINITY, |a, x| a.min(x.abs()));
        for scale in [false, true] {
            let got = run(scale, &f);
            for j in 0..nrhs {
                for (g, bb) in parts(&got, n, j).iter().zip(&parts(&b0, n, j)) {
                    let want = apply_svd(n, &u0f, &dxf, &vt0f, |x| if scale { 1.0 / x } else { 1.0 }, bb);
                    let err = g.iter().zip(&want).fold(0.0f64, |a, (x, y)| a.max((x - y).abs()));
                    // With S^-1 the error grows with the condition number.
                    let cond = if scale { smax / smin } else { 10.0 };
                    let bound = 1e3 * eps * cond * max_abs(bb).max(max_abs(&want)).max(1.0);
                    assert!(err <= bound, "lalsa n={n} smlsiz={smlsiz} scale={scale}: error {err:e} > {bound:e}");
                }
            }
        }
    }

    fn lasda_all<T: Scalar>() {
        let mut rng = Rng(5);
        for (n, smlsiz) in [(1, 25), (3, 25), (25, 25), (26, 25), (51, 25), (100, 25), (4, 3), (9, 3), (20, 3), (33, 5)]
        {
            for sqre in [false, true] {
                lasda_case::<T>(n, sqre, smlsiz, &mut rng);
            }
        }
    }

    #[test]
    fn lasda_lalsa_match_lasd0() {
        lasda_all::<f64>();
        lasda_all::<f32>();
        lasda_all::<c64>();
        lasda_all::<c32>();
    }

    /// bdsdc's compact form (COMPQ = 'P') gives A^T b = V S U^T b through
    /// lalsa (or the explicit U, VT of a small order), after the sorting
    /// swaps in IQ are undone and, for a lower matrix, the rotations in Q
    /// applied; its values match bdsqr's.
    fn bdsdc_compact_case<R: RealScalar>(uplo: Uplo, n: usize, rng: &mut Rng) {
        let sml = smlsiz();
        let (d0, e0) = bidiagonal(rng, n, &[]);
        let (ql, iql) = bdsdc_compact_len(uplo, n, sml);
        let (mut q, mut iq) = (vec![R::zero(); ql], vec![0usize; iql]);
        let mut d: Vec<R> = d0.iter().map(|&x| R::from_f64(x)).collect();
        let mut e: Vec<R> = e0.iter().map(|&x| R::from_f64(x)).collect();
        e.push(R::zero());
        let mut w = WorkBuffer::new(bdsdc_compact_req::<R>(n, sml));
        bdsdc_compact(uplo, &mut d, &mut e, sml, &mut q, &mut iq, w.workspace()).unwrap();
        let (_, s, _) = oracle_svd(uplo, &d0, &e0);
        let eps = R::EPSILON.to_f64();
        for i in 0..n {
            let err = (d[i].to_f64() - s[i]).abs();
            assert!(err <= 30.0 * n as f64 * eps * s[0].max(1.0), "bdsdc P n={n}: value {i}: {err:e}");
        }
        if n < 2 {
            return;
        }
        assert_eq!(iq[n - 1], usize::from(uplo == Uplo::Upper));
        // The values in the order of the factors.
        for i in (0..n - 1).rev() {
            d.swap(i, iq[i]);
        }
        let nrhs = 2;
        let b0: Vec<f64> = (0..n * nrhs).map(|_| rng.real()).collect();
        let mut y: Vec<R> = b0.iter().map(|&x| R::from_f64(x)).collect();
        let lower = uplo == Uplo::Lower;
        if lower {
            for i in 0..n - 1 {
                let (c, sn) = (q[i + 2 * n], q[i + 3 * n]);
                for j in 0..nrhs {
                    let (a, b) = (y[i + j * n], y[i + 1 + j * n]);
                    y[i + j * n] = c * a + sn * b;
                    y[i + 1 + j * n] = c * b - sn * a;
                }
            }
        }
        let base = if lower { 4 } else { 2 };
        let mut x = vec![R::zero(); n * nrhs];
        if n <= sml {
            let (u, vt) = (&q[base * n..(base + n) * n], &q[(base + n) * n..(base + 2 * n) * n]);
            for j in 0..nrhs {
                for c in 0..n {
                    let mut t = R::zero();
                    for i in 0..n {
                        t += u[i + c * n] * y[i + j * n];
                    }
                    t *= d[c];
                    for r in 0..n {
                        x[r + j * n] += vt[c + r * n] * t;
                    }
                }
            }
        } else {
            let f = super::super::lasda::compact_views(&mut q[base * n..], &mut iq, n, sml);
            let mut bx = vec![R::zero(); n * nrhs];
            let mut w = WorkBuffer::new(lalsa_req::<R>(n, sml, nrhs));
            let (ym, bxm) = (MatMut::from_col_major(&mut y, n, nrhs, n), MatMut::from_col_major(&mut bx, n, nrhs, n));
            lalsa(false, sml, ym, bxm, &f, Par::Seq, w.workspace());
            for j in 0..nrhs {
                for i in 0..n {
                    bx[i + j * n] *= d[i];
                }
            }
            let (bxm, xm) = (MatMut::from_col_major(&mut bx, n, nrhs, n), MatMut::from_col_major(&mut x, n, nrhs, n));
            lalsa(true, sml, bxm, xm, &f, Par::Seq, w.workspace());
        }
        for j in 0..nrhs {
            for c in 0..n {
                // Column c of A dotted with b.
                let mut want = d0[c] * b0[c + j * n];
                if lower && c + 1 < n {
                    want += e0[c] * b0[c + 1 + j * n];
                }
                if !lower && c > 0 {
                    want += e0[c - 1] * b0[c - 1 + j * n];
                }
                let err = (x[c + j * n].to_f64() - want).abs();
                assert!(err <= 100.0 * n as f64 * eps, "bdsdc P {uplo:?} n={n}: A^T b row {c}: {err:e}");
            }
        }
    }

    #[test]
    fn bdsdc_compact_reconstructs() {
        let mut rng = Rng(9);
        for uplo in [Uplo::Upper, Uplo::Lower] {
            for n in [0, 1, 2, 3, 25, 26, 51, 100] {
                bdsdc_compact_case::<f64>(uplo, n, &mut rng);
                bdsdc_compact_case::<f32>(uplo, n, &mut rng);
            }
        }
    }
}
