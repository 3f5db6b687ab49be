//! `?gesdd` through our Fortran symbols against Debian's reference LAPACK
//! (3.11) on identical inputs, every JOBZ, tall, wide and square shapes
//! (both sides of the QR/LQ-first crossover): the singular values agree to
//! a small multiple of `max(m, n) eps |A|`, the vectors reconstruct A, our
//! workspace query is at least the reference's minimum, and the reference's
//! minimal LWORK works (inside the caller's arrays: see
//! workspace_alloc_gesddws.rs). Orders past the divide and conquer's leaf
//! size (25) run its merges.

#![allow(clippy::too_many_arguments, clippy::type_complexity)]

use ferroblas::lapack::svd::GesddJob;
use ferroblas_capi::generated::fortran as f;
use ferroblas_capi::lapack_gesvd::gesdd_minwork;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_tests::reference::{lapack_fn, ours};
use ferroblas_tests::{c32, c64, Rng, TestScalar};

type Real<T> = unsafe extern "C" fn(
    *const u8,
    *const i32,
    *const i32,
    *mut T,
    *const i32,
    *mut <T as Scalar>::Real,
    *mut T,
    *const i32,
    *mut T,
    *const i32,
    *mut T,
    *const i32,
    *mut i32,
    *mut i32,
    usize,
);
type Complex<T> = unsafe extern "C" fn(
    *const u8,
    *const i32,
    *const i32,
    *mut T,
    *const i32,
    *mut <T as Scalar>::Real,
    *mut T,
    *const i32,
    *mut T,
    *const i32,
    *mut T,
    *const i32,
    *mut <T as Scalar>::Real,
    *mut i32,
    *mut i32,
    usize,
);

/// The outputs of one call.
struct Out<T: TestScalar> {
    a: Vec<T>,
    s: Vec<T::Real>,
    u: Vec<T>,
    vt: Vec<T>,
    info: i32,
}

/// Calls `?gesdd_` at `p` (our symbol or the reference's) with LWORK
/// `lwork` (-1: returns the query answer in `info`'s place).
fn call<T: TestScalar>(p: *const (), jobz: u8, m: i32, n: i32, a0: &[T], lwork: i32) -> (Out<T>, f64) {
    let (lda, ldu, ldvt) = (m + 1, m + 1, n + 1);
    let k = m.min(n) as usize;
    let mut a = a0.to_vec();
    let mut s = vec![<T::Real as Scalar>::zero(); k.max(1)];
    let mut u = vec![T::zero(); (ldu * m.max(1)) as usize];
    let mut vt = vec![T::zero(); (ldvt * n.max(1)) as usize];
    let mut work = vec![T::zero(); lwork.max(1) as usize];
    let lrwork = 5 * k * k.max(1) + 7 * k + 2 * (m.max(n) as usize) * k + 2 * k * k + 1;
    let mut rwork = vec![<T::Real as Scalar>::zero(); lrwork];
    let mut iwork = vec![0i32; 8 * k.max(1)];
    let mut info = 0i32;
    // SAFETY: every array has the length the Fortran contract asks.
    unsafe {
        if T::IS_COMPLEX {
            let g: Complex<T> = ours(p);
            g(
                &jobz,
                &m,
                &n,
                a.as_mut_ptr(),
                &lda,
                s.as_mut_ptr(),
                u.as_mut_ptr(),
                &ldu,
                vt.as_mut_ptr(),
                &ldvt,
                work.as_mut_ptr(),
                &lwork,
                rwork.as_mut_ptr(),
                iwork.as_mut_ptr(),
                &mut info,
                1,
            );
        } else {
            let g: Real<T> = ours(p);
            g(
                &jobz,
                &m,
                &n,
                a.as_mut_ptr(),
                &lda,
                s.as_mut_ptr(),
                u.as_mut_ptr(),
                &ldu,
                vt.as_mut_ptr(),
                &ldvt,
                work.as_mut_ptr(),
                &lwork,
                iwork.as_mut_ptr(),
                &mut info,
                1,
            );
        }
    }
    let w0 = work[0].to_c64().re;
    (Out { a, s, u, vt, info }, w0)
}

/// `max |A - U S VT|` from the vectors where JOBZ puts them.
fn residual<T: TestScalar>(jobz: u8, m: usize, n: usize, a0: &[T], o: &Out<T>) -> f64 {
    let k = m.min(n);
    let (lda, ldu, ldvt) = (m + 1, m + 1, n + 1);
    let uu = |i: usize, l: usize| -> c64 {
        if jobz == b'O' && m >= n {
            o.a[i + l * lda].to_c64()
        } else {
            o.u[i + l * ldu].to_c64()
        }
    };
    let vv = |l: usize, j: usize| -> c64 {
        if jobz == b'O' && m < n {
            o.a[l + j * lda].to_c64()
        } else {
            o.vt[l + j * ldvt].to_c64()
        }
    };
    let mut r: f64 = 0.0;
    for j in 0..n {
        for i in 0..m {
            let mut x = a0[i + j * lda].to_c64();
            for l in 0..k {
                x -= uu(i, l) * vv(l, j) * o.s[l].to_f64();
            }
            r = r.max(x.re.hypot(x.im));
        }
    }
    r
}

fn case<T: TestScalar>(our: *const ()) {
    let name = format!("{}gesdd_", T::PREFIX);
    let theirs = lapack_fn::<*const ()>(&name);
    let mut rng = Rng::new(42);
    let shapes = [
        (0, 3),
        (3, 0),
        (1, 1),
        (2, 1),
        (1, 3),
        (4, 4),
        (7, 3),
        (3, 7),
        (9, 8),
        (20, 5),
        (5, 20),
        (12, 6),
        (40, 30),
        (30, 40),
        (80, 30),
        (30, 80),
    ];
    for (m, n) in shapes {
        let lda = (m + 1) as usize;
        let a0: Vec<T> = (0..lda * n.max(1) as usize).map(|_| T::random(&mut rng)).collect();
        for jobz in [b'A', b'S', b'O', b'N'] {
            let ctx = format!("{name} jobz={} m={m} n={n}", jobz as char);
            let job = GesddJob::from_char(jobz);
            let min = gesdd_minwork::<T>(job, m as i64, n as i64) as i32;
            let (_, ref_q) = call::<T>(theirs, jobz, m, n, &a0, -1);
            let (_, our_q) = call::<T>(our, jobz, m, n, &a0, -1);
            assert!(our_q >= min as f64 && ref_q >= min as f64, "{ctx}: query {our_q} (ref {ref_q}) < {min}");
            let (r, _) = call::<T>(theirs, jobz, m, n, &a0, ref_q as i32);
            assert_eq!(r.info, 0, "{ctx}: reference info");
            for lwork in [our_q as i32, min] {
                let (o, _) = call::<T>(our, jobz, m, n, &a0, lwork);
                assert_eq!(o.info, 0, "{ctx} lwork={lwork}: info");
                let k = m.min(n) as usize;
                let smax = if k > 0 { r.s[0].to_f64() } else { 0.0 };
                let tol = 30.0 * (m.max(n) as f64) * T::eps() * smax.max(1.0);
                for l in 0..k {
                    let (x, y) = (o.s[l].to_f64(), r.s[l].to_f64());
                    assert!((x - y).abs() <= tol, "{ctx} lwork={lwork}: s[{l}] {x} vs {y}");
                }
                if jobz != b'N' {
                    let res = residual(jobz, m as usize, n as usize, &a0, &o);
                    assert!(res <= tol, "{ctx} lwork={lwork}: |A - U S VT| = {res}");
                }
            }
            // One below the minimum is refused by both.
            if min > 1 {
                let (o, _) = call::<T>(our, jobz, m, n, &a0, min - 1);
                assert_eq!(o.info, -12, "{ctx}: lwork = min - 1");
            }
        }
    }
    // A NaN: INFO = -4 from both (3.10 and later).
    let (m, n) = (4, 3);
    let mut a0: Vec<T> = (0..5 * 3).map(|_| T::random(&mut rng)).collect();
    a0[6] = T::from_f64s(f64::NAN, 0.0);
    let (r, q) = call::<T>(theirs, b'S', m, n, &a0, -1);
    assert_eq!(r.info, 0);
    let (r, _) = call::<T>(theirs, b'S', m, n, &a0, q as i32);
    let (o, _) = call::<T>(our, b'S', m, n, &a0, q as i32);
    assert_eq!((o.info, r.info), (-4, -4), "{name}: NaN input");
}

#[test]
fn lapack_gesdd_matches_the_reference() {
    case::<f32>(f::sgesdd_ as *const ());
    case::<f64>(f::dgesdd_ as *const ());
    case::<c32>(f::cgesdd_ as *const ());
    case::<c64>(f::zgesdd_ as *const ());
}
