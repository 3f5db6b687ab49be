//! `?gelsd` through our Fortran symbols against Debian's reference LAPACK
//! (3.11) on identical inputs: tall, wide, square and rank-deficient A, on
//! both sides of the QR/LQ-first crossover. RANK agrees, the singular values
//! and the minimum-norm solution agree to a small multiple of
//! `max(m, n) eps`, the query answers (WORK(1), IWORK(1), RWORK(1)) are the
//! reference's, and the reference's minimal LWORK works while one less is
//! refused with INFO = -12 (by ours: the reference's XERBLA stops).

#![allow(clippy::too_many_arguments, clippy::type_complexity)]

use ferroblas_capi::generated::fortran as f;
use ferroblas_capi::lapack_gesvd::gelsd_sizes;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_tests::reference::{lapack_fn, ours};
use ferroblas_tests::{c32, c64, Rng, TestScalar};

type Real<T> = unsafe extern "C" fn(
    *const i32,
    *const i32,
    *const i32,
    *mut T,
    *const i32,
    *mut T,
    *const i32,
    *mut <T as Scalar>::Real,
    *const <T as Scalar>::Real,
    *mut i32,
    *mut T,
    *const i32,
    *mut i32,
    *mut i32,
);
type Complex<T> = unsafe extern "C" fn(
    *const i32,
    *const i32,
    *const i32,
    *mut T,
    *const i32,
    *mut T,
    *const i32,
    *mut <T as Scalar>::Real,
    *const <T as Scalar>::Real,
    *mut i32,
    *mut T,
    *const i32,
    *mut <T as Scalar>::Real,
    *mut i32,
    *mut i32,
);

/// The outputs of one call.
struct Out<T: TestScalar> {
    b: Vec<T>,
    s: Vec<T::Real>,
    rank: i32,
    info: i32,
    /// WORK(1), IWORK(1), RWORK(1).
    firsts: (f64, i32, f64),
}

/// Calls `?gelsd_` at `p` (our symbol or the reference's) with LWORK `lwork`.
fn call<T: TestScalar>(p: *const (), m: i32, n: i32, nrhs: i32, a0: &[T], b0: &[T], rcond: f64, lwork: i32) -> Out<T> {
    let (lda, ldb) = (m + 1, m.max(n) + 2);
    let k = m.min(n).max(1) as usize;
    let mut a = a0.to_vec();
    let mut b = b0.to_vec();
    let mut s = vec![<T::Real as Scalar>::zero(); k];
    let mut work = vec![T::zero(); lwork.max(1) as usize];
    let mut rwork = vec![<T::Real as Scalar>::zero(); 100_000];
    let mut iwork = vec![0i32; 10_000];
    let rc = <T::Real as RealScalar>::from_f64(rcond);
    let (mut rank, mut info) = (-7i32, 0i32);
    // SAFETY: every array is at least as long as the Fortran contract asks.
    unsafe {
        if T::IS_COMPLEX {
            let g: Complex<T> = ours(p);
            g(
                &m,
                &n,
                &nrhs,
                a.as_mut_ptr(),
                &lda,
                b.as_mut_ptr(),
                &ldb,
                s.as_mut_ptr(),
                &rc,
                &mut rank,
                work.as_mut_ptr(),
                &lwork,
                rwork.as_mut_ptr(),
                iwork.as_mut_ptr(),
                &mut info,
            );
        } else {
            let g: Real<T> = ours(p);
            g(
                &m,
                &n,
                &nrhs,
                a.as_mut_ptr(),
                &lda,
                b.as_mut_ptr(),
                &ldb,
                s.as_mut_ptr(),
                &rc,
                &mut rank,
                work.as_mut_ptr(),
                &lwork,
                iwork.as_mut_ptr(),
                &mut info,
            );
        }
    }
    let firsts = (work[0].to_c64().re, iwork[0], rwork[0].to_f64());
    Out { b, s, rank, info, firsts }
}

/// A random `m x n` matrix (leading dimension `m + 1`) of rank `r`.
fn matrix<T: TestScalar>(rng: &mut Rng, m: usize, n: usize, r: usize) -> Vec<T> {
    let lda = m + 1;
    let x: Vec<T> = (0..m * r).map(|_| T::random(rng)).collect();
    let y: Vec<T> = (0..r * n).map(|_| T::random(rng)).collect();
    let mut a = vec![T::zero(); lda * n.max(1)];
    for j in 0..n {
        for i in 0..m {
            let mut v = T::zero();
            for l in 0..r {
                v += x[i + l * m] * y[l + j * r];
            }
            a[i + j * lda] = v;
        }
    }
    a
}

fn case<T: TestScalar>(our: *const ()) {
    let name = format!("{}gelsd_", T::PREFIX);
    let theirs = lapack_fn::<*const ()>(&name);
    let mut rng = Rng::new(7);
    // (m, n, nrhs, rank)
    let shapes = [
        (0, 3, 1, 0),
        (3, 0, 2, 0),
        (1, 1, 1, 1),
        (4, 4, 2, 4),
        (7, 3, 1, 3),
        (3, 7, 2, 3),
        (20, 5, 3, 5),
        (5, 20, 1, 5),
        (9, 8, 2, 8),
        (12, 6, 2, 3),
        (6, 12, 3, 2),
        (10, 10, 1, 6),
        (4, 3, 0, 3),
        // Past the divide and conquer's leaf size, on each path (QR, LQ first or not).
        (60, 40, 2, 40),
        (40, 60, 3, 30),
        (90, 30, 2, 30),
        (30, 90, 1, 25),
    ];
    for (m, n, nrhs, r) in shapes {
        // The 3.11 reference passes NRHS = 0 on to ?lalsd, which refuses it
        // (and its XERBLA stops): ours computes S and RANK there.
        if nrhs == 0 {
            continue;
        }
        let a0 = matrix::<T>(&mut rng, m as usize, n as usize, r);
        let ldb = (m.max(n) + 2) as usize;
        let b0: Vec<T> = (0..ldb * (nrhs as usize).max(1)).map(|_| T::random(&mut rng)).collect();
        for rcond in [-1.0, 1e-3] {
            // With the default (eps) threshold an exactly rank-deficient A's
            // rank is decided by rounding noise: only RCOND well above it
            // makes RANK and X comparable there.
            if rcond < 0.0 && r < m.min(n) as usize {
                continue;
            }
            let ctx = format!("{name} m={m} n={n} nrhs={nrhs} rank={r} rcond={rcond}");
            let rq = call::<T>(theirs, m, n, nrhs, &a0, &b0, rcond, -1);
            let oq = call::<T>(our, m, n, nrhs, &a0, &b0, rcond, -1);
            assert_eq!((oq.info, rq.info), (0, 0), "{ctx}: query info");
            assert_eq!(oq.firsts.0, rq.firsts.0, "{ctx}: WORK(1) on a query");
            assert_eq!(oq.firsts.1, rq.firsts.1, "{ctx}: IWORK(1) on a query");
            if T::IS_COMPLEX {
                assert_eq!(oq.firsts.2, rq.firsts.2, "{ctx}: RWORK(1) on a query");
            }
            let min = gelsd_sizes::<T>(m as i64, n as i64, nrhs as i64).minwrk as i32;
            let r = call::<T>(theirs, m, n, nrhs, &a0, &b0, rcond, rq.firsts.0 as i32);
            assert_eq!(r.info, 0, "{ctx}: reference info");
            for lwork in [oq.firsts.0 as i32, min] {
                let o = call::<T>(our, m, n, nrhs, &a0, &b0, rcond, lwork);
                assert_eq!(o.info, 0, "{ctx} lwork={lwork}: info");
                assert_eq!(o.rank, r.rank, "{ctx} lwork={lwork}: rank");
                let k = m.min(n) as usize;
                let smax = if k > 0 { r.s[0].to_f64() } else { 0.0 };
                let tol = 50.0 * (m.max(n) as f64) * T::eps() * smax.max(1.0);
                {
                    for l in 0..k {
                        let (x, y) = (o.s[l].to_f64(), r.s[l].to_f64());
                        assert!((x - y).abs() <= tol, "{ctx} lwork={lwork}: s[{l}] {x} vs {y}");
                    }
                }
                // The solution, relative to its size and the conditioning of
                // the kept part (a few units of eps s_max / s_rank).
                let srank = if r.rank > 0 { r.s[r.rank as usize - 1].to_f64() } else { 1.0 };
                let mut xmax: f64 = 1.0;
                for j in 0..nrhs as usize {
                    for i in 0..n as usize {
                        xmax = xmax.max({
                            let v = r.b[i + j * ldb].to_c64();
                            v.re.hypot(v.im)
                        });
                    }
                }
                let xtol = 1e3 * (m.max(n) as f64) * T::eps() * (smax / srank).max(1.0).powi(2) * xmax;
                for j in 0..nrhs as usize {
                    for i in 0..n.max(m) as usize {
                        if i >= n as usize {
                            continue;
                        }
                        let v = o.b[i + j * ldb].to_c64() - r.b[i + j * ldb].to_c64();
                        let d = v.re.hypot(v.im);
                        assert!(d <= xtol, "{ctx} lwork={lwork}: x[{i},{j}] differs by {d} (tol {xtol})");
                    }
                }
            }
            if min > 1 {
                let o = call::<T>(our, m, n, nrhs, &a0, &b0, rcond, min - 1);
                assert_eq!(o.info, -12, "{ctx}: lwork = min - 1");
            }
        }
    }
}

#[test]
fn lapack_gelsd_matches_the_reference() {
    case::<f32>(f::sgelsd_ as *const ());
    case::<f64>(f::dgelsd_ as *const ());
    case::<c32>(f::cgelsd_ as *const ());
    case::<c64>(f::zgelsd_ as *const ());
}
