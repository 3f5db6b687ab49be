//! `?gees` through our Fortran symbols with a real SELECT function, against
//! Debian's reference LAPACK on identical inputs: the same INFO and SDIM,
//! the selected eigenvalues leading (the rest not selected), the same
//! eigenvalues as a set, and `A Z = Z T` with Z orthonormal. With SORT = N
//! SELECT must not be called.

#![allow(clippy::too_many_arguments, clippy::type_complexity)]

use ferroblas_capi::generated::fortran as f;
use ferroblas_tests::reference::{lapack_fn, ours};
use ferroblas_tests::{c32, c64, mag, Rng, TestScalar};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Calls of our SELECT functions (the tests run them serially per type, but
/// several tests share it: only the SORT = N case reads it, under a lock).
static CALLS: AtomicUsize = AtomicUsize::new(0);
static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Selects the eigenvalues in the left half plane.
extern "C" fn left_s(wr: *const f32, _wi: *const f32) -> i32 {
    CALLS.fetch_add(1, Ordering::SeqCst);
    // SAFETY: gees passes valid pointers.
    i32::from(unsafe { *wr } < 0.0)
}
extern "C" fn left_d(wr: *const f64, _wi: *const f64) -> i32 {
    CALLS.fetch_add(1, Ordering::SeqCst);
    // SAFETY: gees passes valid pointers.
    i32::from(unsafe { *wr } < 0.0)
}
extern "C" fn left_c(w: *const c32) -> i32 {
    CALLS.fetch_add(1, Ordering::SeqCst);
    // SAFETY: gees passes a valid pointer.
    i32::from(unsafe { (*w).re } < 0.0)
}
extern "C" fn left_z(w: *const c64) -> i32 {
    CALLS.fetch_add(1, Ordering::SeqCst);
    // SAFETY: gees passes a valid pointer.
    i32::from(unsafe { (*w).re } < 0.0)
}

type RealGees<T> = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const (),
    *const i32,
    *mut T,
    *const i32,
    *mut i32,
    *mut T,
    *mut T,
    *mut T,
    *const i32,
    *mut T,
    *const i32,
    *mut i32,
    *mut i32,
    usize,
    usize,
) -> ();
type ComplexGees<T, R> = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const (),
    *const i32,
    *mut T,
    *const i32,
    *mut i32,
    *mut T,
    *mut T,
    *const i32,
    *mut T,
    *const i32,
    *mut R,
    *mut i32,
    *mut i32,
    usize,
    usize,
) -> ();

/// One run's results, widened to `c64`.
struct Run {
    info: i32,
    sdim: i32,
    w: Vec<c64>,
    t: Vec<c64>,
    z: Vec<c64>,
}

/// Checks one pair of runs on the `n x n` matrix `a` (leading dimension `ld`).
fn compare(ctx: &str, n: usize, ld: usize, a: &[c64], eps: f64, ours: &Run, theirs: &Run, sorted: bool) {
    assert_eq!((ours.info, ours.sdim), (theirs.info, theirs.sdim), "{ctx}: info, sdim");
    let norm = (0..n).flat_map(|j| (0..n).map(move |i| (i, j))).map(|(i, j)| mag(a[i + j * ld])).fold(0.0, f64::max);
    let tol = (eps.sqrt() * norm * n as f64).max(f64::MIN_POSITIVE);
    if sorted {
        let k = ours.sdim as usize;
        assert!(ours.w[..k].iter().all(|z| z.re < 0.0), "{ctx}: unselected in the leading {k}: {:?}", ours.w);
        assert!(ours.w[k..n].iter().all(|z| z.re >= 0.0), "{ctx}: selected after the leading {k}: {:?}", ours.w);
    }
    let mut used = vec![false; n];
    for e in &theirs.w[..n] {
        let hit = (0..n).filter(|&i| !used[i]).min_by(|&i, &j| mag(ours.w[i] - e).total_cmp(&mag(ours.w[j] - e)));
        let i = hit.unwrap_or_else(|| panic!("{ctx}: no eigenvalue left for {e}"));
        assert!(mag(ours.w[i] - e) <= tol, "{ctx}: eigenvalue {e} vs {} (tol {tol})", ours.w[i]);
        used[i] = true;
    }
    // A Z = Z T and Z^H Z = I, to n eps |A| (generously).
    let (mut res, mut orth) = (0.0f64, 0.0f64);
    for j in 0..n {
        for i in 0..n {
            let (mut az, mut zt, mut zz) = (c64::new(0.0, 0.0), c64::new(0.0, 0.0), c64::new(0.0, 0.0));
            for k in 0..n {
                az += a[i + k * ld] * ours.z[k + j * ld];
                zt += ours.z[i + k * ld] * ours.t[k + j * ld];
                zz += ours.z[k + i * ld].conj() * ours.z[k + j * ld];
            }
            res = res.max(mag(az - zt));
            orth = orth.max(mag(zz - if i == j { c64::new(1.0, 0.0) } else { c64::new(0.0, 0.0) }));
        }
    }
    let bound = 50.0 * n as f64 * eps;
    assert!(res <= bound * norm.max(f64::MIN_POSITIVE), "{ctx}: |A Z - Z T| = {res}, |A| = {norm}");
    assert!(orth <= bound, "{ctx}: |Z^H Z - I| = {orth}");
    // Below the (quasi-)triangle T is zero.
    for j in 0..n {
        for i in j + 2..n {
            assert!(ours.t[i + j * ld] == c64::new(0.0, 0.0), "{ctx}: T({i}, {j}) nonzero");
        }
    }
}

fn matrix<T: TestScalar>(rng: &mut Rng, n: usize, ld: usize) -> Vec<T> {
    let mut a = vec![T::zero(); ld * n.max(1)];
    for j in 0..n {
        for i in 0..n {
            a[i + j * ld] = T::random(rng);
        }
    }
    a
}

fn real_case<T: TestScalar>(our: *const (), select: *const ()) {
    let theirs: RealGees<T> = lapack_fn(&format!("{}gees_", T::PREFIX));
    let our: RealGees<T> = ours(our);
    let mut rng = Rng::new(11);
    for n in [0usize, 1, 2, 3, 5, 8, 13] {
        for sort in [b'N', b'S'] {
            for _ in 0..3 {
                let ld = n + 1;
                let a0 = matrix::<T>(&mut rng, n, ld);
                let run = |fun: RealGees<T>| {
                    let mut a = a0.clone();
                    let (mut wr, mut wi) = (vec![T::zero(); n.max(1)], vec![T::zero(); n.max(1)]);
                    let mut z = vec![T::zero(); ld * n.max(1)];
                    let lwork = (3 * n).max(1) + 32;
                    let mut work = vec![T::zero(); lwork];
                    let mut bwork = vec![0i32; n.max(1)];
                    let (ni, ldi, lw) = (n as i32, ld as i32, lwork as i32);
                    let (mut sdim, mut info) = (-7, -7);
                    // SAFETY: the arrays have the sizes the arguments declare.
                    unsafe {
                        fun(
                            &b'V',
                            &sort,
                            select,
                            &ni,
                            a.as_mut_ptr(),
                            &ldi,
                            &mut sdim,
                            wr.as_mut_ptr(),
                            wi.as_mut_ptr(),
                            z.as_mut_ptr(),
                            &ldi,
                            work.as_mut_ptr(),
                            &lw,
                            bwork.as_mut_ptr(),
                            &mut info,
                            1,
                            1,
                        )
                    };
                    let w = wr.iter().zip(&wi).map(|(r, i)| c64::new(r.to_c64().re, i.to_c64().re)).collect();
                    Run {
                        info,
                        sdim,
                        w,
                        t: a.iter().map(|v| v.to_c64()).collect(),
                        z: z.iter().map(|v| v.to_c64()).collect(),
                    }
                };
                let guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
                CALLS.store(0, Ordering::SeqCst);
                let mine = run(our);
                if sort == b'N' {
                    assert_eq!(CALLS.load(Ordering::SeqCst), 0, "SORT = N called SELECT");
                }
                drop(guard);
                let reference = run(theirs);
                let ctx = format!("{}gees sort={} n={n}", T::PREFIX, sort as char);
                let a: Vec<c64> = a0.iter().map(|v| v.to_c64()).collect();
                compare(&ctx, n, ld, &a, T::eps(), &mine, &reference, sort == b'S');
            }
        }
    }
}

fn complex_case<T: TestScalar, R: TestScalar>(our: *const (), select: *const ()) {
    let theirs: ComplexGees<T, R> = lapack_fn(&format!("{}gees_", T::PREFIX));
    let our: ComplexGees<T, R> = ours(our);
    let mut rng = Rng::new(12);
    for n in [0usize, 1, 2, 3, 5, 8, 13] {
        for sort in [b'N', b'S'] {
            for _ in 0..3 {
                let ld = n + 1;
                let a0 = matrix::<T>(&mut rng, n, ld);
                let run = |fun: ComplexGees<T, R>| {
                    let mut a = a0.clone();
                    let mut w = vec![T::zero(); n.max(1)];
                    let mut z = vec![T::zero(); ld * n.max(1)];
                    let lwork = (2 * n).max(1) + 32;
                    let mut work = vec![T::zero(); lwork];
                    let mut rwork = vec![R::zero(); n.max(1)];
                    let mut bwork = vec![0i32; n.max(1)];
                    let (ni, ldi, lw) = (n as i32, ld as i32, lwork as i32);
                    let (mut sdim, mut info) = (-7, -7);
                    // SAFETY: the arrays have the sizes the arguments declare.
                    unsafe {
                        fun(
                            &b'V',
                            &sort,
                            select,
                            &ni,
                            a.as_mut_ptr(),
                            &ldi,
                            &mut sdim,
                            w.as_mut_ptr(),
                            z.as_mut_ptr(),
                            &ldi,
                            work.as_mut_ptr(),
                            &lw,
                            rwork.as_mut_ptr(),
                            bwork.as_mut_ptr(),
                            &mut info,
                            1,
                            1,
                        )
                    };
                    Run {
                        info,
                        sdim,
                        w: w.iter().map(|v| v.to_c64()).collect(),
                        t: a.iter().map(|v| v.to_c64()).collect(),
                        z: z.iter().map(|v| v.to_c64()).collect(),
                    }
                };
                let guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
                CALLS.store(0, Ordering::SeqCst);
                let mine = run(our);
                if sort == b'N' {
                    assert_eq!(CALLS.load(Ordering::SeqCst), 0, "SORT = N called SELECT");
                }
                drop(guard);
                let reference = run(theirs);
                let ctx = format!("{}gees sort={} n={n}", T::PREFIX, sort as char);
                let a: Vec<c64> = a0.iter().map(|v| v.to_c64()).collect();
                compare(&ctx, n, ld, &a, T::eps(), &mine, &reference, sort == b'S');
            }
        }
    }
}

#[test]
fn lapack_gees_sorts_like_the_reference() {
    real_case::<f32>(f::sgees_ as *const (), left_s as *const ());
    real_case::<f64>(f::dgees_ as *const (), left_d as *const ());
    complex_case::<c32, f32>(f::cgees_ as *const (), left_c as *const ());
    complex_case::<c64, f64>(f::zgees_ as *const (), left_z as *const ());
}

/// The workspace rules: a query answers at least the minimum without
/// touching SDIM, and LWORK one short of `3n` (real) is parameter 13.
#[test]
fn lapack_gees_workspace_query() {
    let n = 4i32;
    let mut a = [0.0f64; 16];
    let (mut sdim, mut info) = (-7i32, -7i32);
    let mut work = [0.0f64; 1];
    let (mut wr, mut wi, mut z, mut bwork) = ([0.0f64; 4], [0.0f64; 4], [0.0f64; 16], [0i32; 4]);
    // SAFETY: a query reads no array but WORK(1), which it writes.
    unsafe {
        f::dgees_(
            b"V".as_ptr(),
            b"S".as_ptr(),
            None,
            &n,
            a.as_mut_ptr(),
            &n,
            &mut sdim,
            wr.as_mut_ptr(),
            wi.as_mut_ptr(),
            z.as_mut_ptr(),
            &n,
            work.as_mut_ptr(),
            &-1,
            bwork.as_mut_ptr(),
            &mut info,
            1,
            1,
        )
    };
    assert_eq!((info, sdim), (0, -7));
    assert!(work[0] >= 12.0, "optimal LWORK {}", work[0]);
}
