//! The nonsymmetric eigenvalue driver `?geev` and the Hessenberg steps under
//! it run inside the workspace their caller passes: after a warm-up call
//! (the BLAS keeps each thread's packing buffers, as every BLAS does), a
//! call with the reference's minimal LWORK makes no heap allocation. Orders
//! 10 (the double-shift `?lahqr`), 80 and 200 (the multishift QR algorithm
//! with aggressive early deflation, on smaller windows than its optimum).
//! The results are checked too: the eigenpairs' residuals `|A v - lambda v|`.

use ferroblas_capi::generated::fortran as f;
use ferroblas_tests::alloc_count::{allocations_during, Allocations, Counting};
use ferroblas_tests::{c32, c64, mag, Rng, TestScalar};

#[global_allocator]
static ALLOC: Counting = Counting;

const NONE: Allocations = Allocations { count: 0, bytes: 0 };

const ORDERS: [i32; 3] = [10, 80, 200];

/// An `n x n` matrix of uniform entries, column-major.
fn matrix<T: TestScalar>(rng: &mut Rng, n: usize) -> Vec<T> {
    (0..n * n).map(|_| T::random(rng)).collect()
}

/// The largest `|A v - lambda v| / (|A|_max n)` over the right eigenpairs
/// (`v` in c64, one column per eigenvalue).
fn residual<T: TestScalar>(a: &[T], n: usize, w: &[c64], v: &[Vec<c64>]) -> f64 {
    let amax = a.iter().map(|x| mag(x.to_c64())).fold(0.0, f64::max).max(f64::MIN_POSITIVE);
    let mut worst = 0.0f64;
    for (j, vj) in v.iter().enumerate() {
        let vnorm = vj.iter().map(|&x| mag(x) * mag(x)).sum::<f64>().sqrt();
        assert!(vnorm > 0.5, "eigenvector {j} is not normalized");
        for (i, &vi) in vj.iter().enumerate() {
            let mut s = -w[j] * vi;
            for (k, &vk) in vj.iter().enumerate() {
                s += a[i + k * n].to_c64() * vk;
            }
            worst = worst.max(mag(s) / (amax * n as f64));
        }
    }
    worst
}

/// Real types: the columns of VR as complex vectors (pairs `v +- i v'`).
fn real_vectors<T: TestScalar>(vr: &[T], n: usize, wi: &[f64]) -> Vec<Vec<c64>> {
    let col = |j: usize| (0..n).map(move |i| vr[i + j * n].to_c64().re);
    let mut out = Vec::new();
    let mut j = 0;
    while j < n {
        if wi[j] == 0.0 {
            out.push(col(j).map(|x| c64::new(x, 0.0)).collect());
            j += 1;
        } else {
            let v: Vec<c64> = col(j).zip(col(j + 1)).map(|(x, y)| c64::new(x, y)).collect();
            out.push(v.clone());
            out.push(v.iter().map(|z| z.conj()).collect());
            j += 2;
        }
    }
    out
}

macro_rules! real_geev {
    ($name:ident, $t:ty, $geev:path) => {
        fn $name() {
            let mut rng = Rng::new(11);
            for &n in &ORDERS {
                let nu = n as usize;
                let a0 = matrix::<$t>(&mut rng, nu);
                for &(jobvl, jobvr) in &[(b'N', b'N'), (b'V', b'V'), (b'N', b'V')] {
                    let vectors = jobvl == b'V' || jobvr == b'V';
                    // The reference's minimum: 3n, 4n with eigenvectors.
                    let lwork = if vectors { 4 * n } else { 3 * n };
                    let mut work = vec![<$t>::default(); lwork as usize];
                    let (mut wr, mut wi) = (vec![<$t>::default(); nu], vec![<$t>::default(); nu]);
                    let (mut vl, mut vr) = (vec![<$t>::default(); nu * nu], vec![<$t>::default(); nu * nu]);
                    let mut run = |a: &mut Vec<$t>| {
                        let mut info = 0;
                        // SAFETY: every array is as long as the arguments say.
                        unsafe {
                            $geev(
                                &jobvl,
                                &jobvr,
                                &n,
                                a.as_mut_ptr(),
                                &n,
                                wr.as_mut_ptr(),
                                wi.as_mut_ptr(),
                                vl.as_mut_ptr(),
                                &n,
                                vr.as_mut_ptr(),
                                &n,
                                work.as_mut_ptr(),
                                &lwork,
                                &mut info,
                                1,
                                1,
                            )
                        };
                        info
                    };
                    let mut a = a0.clone();
                    assert_eq!(run(&mut a), 0);
                    let mut a = a0.clone();
                    let (info, seen) = allocations_during(|| run(&mut a));
                    assert_eq!(info, 0);
                    assert_eq!(
                        seen,
                        NONE,
                        "{} n = {n}, jobvl = {}, jobvr = {}",
                        stringify!($geev),
                        jobvl as char,
                        jobvr as char
                    );
                    let w: Vec<c64> = wr.iter().zip(&wi).map(|(&r, &i)| c64::new(r as f64, i as f64)).collect();
                    // The eigenvalues' sum is the trace.
                    let trace: f64 = (0..nu).map(|i| a0[i + i * nu] as f64).sum();
                    let sum: c64 = w.iter().sum();
                    assert!(
                        (sum.re - trace).abs() < 1e3 * <$t>::eps() * n as f64
                            && sum.im.abs() < 1e3 * <$t>::eps() * n as f64
                    );
                    if jobvr == b'V' {
                        let wi64: Vec<f64> = wi.iter().map(|&x| x as f64).collect();
                        let res = residual(&a0, nu, &w, &real_vectors(&vr, nu, &wi64));
                        assert!(res < 100.0 * <$t>::eps(), "{} n = {n}: residual {res:e}", stringify!($geev));
                    }
                }
            }
        }
    };
}

macro_rules! complex_geev {
    ($name:ident, $t:ty, $r:ty, $geev:path) => {
        fn $name() {
            let mut rng = Rng::new(12);
            for &n in &ORDERS {
                let nu = n as usize;
                let a0 = matrix::<$t>(&mut rng, nu);
                for &(jobvl, jobvr) in &[(b'N', b'N'), (b'V', b'V'), (b'N', b'V')] {
                    // The reference's minimum: 2n, and RWORK 2n.
                    let lwork = 2 * n;
                    let mut work = vec![<$t>::default(); lwork as usize];
                    let mut rwork = vec![<$r>::default(); 2 * nu];
                    let mut w = vec![<$t>::default(); nu];
                    let (mut vl, mut vr) = (vec![<$t>::default(); nu * nu], vec![<$t>::default(); nu * nu]);
                    let mut run = |a: &mut Vec<$t>| {
                        let mut info = 0;
                        // SAFETY: every array is as long as the arguments say.
                        unsafe {
                            $geev(
                                &jobvl,
                                &jobvr,
                                &n,
                                a.as_mut_ptr(),
                                &n,
                                w.as_mut_ptr(),
                                vl.as_mut_ptr(),
                                &n,
                                vr.as_mut_ptr(),
                                &n,
                                work.as_mut_ptr(),
                                &lwork,
                                rwork.as_mut_ptr(),
                                &mut info,
                                1,
                                1,
                            )
                        };
                        info
                    };
                    let mut a = a0.clone();
                    assert_eq!(run(&mut a), 0);
                    let mut a = a0.clone();
                    let (info, seen) = allocations_during(|| run(&mut a));
                    assert_eq!(info, 0);
                    assert_eq!(
                        seen,
                        NONE,
                        "{} n = {n}, jobvl = {}, jobvr = {}",
                        stringify!($geev),
                        jobvl as char,
                        jobvr as char
                    );
                    let w64: Vec<c64> = w.iter().map(|z| z.to_c64()).collect();
                    let trace: c64 = (0..nu).map(|i| a0[i + i * nu].to_c64()).sum();
                    let sum: c64 = w64.iter().sum();
                    assert!(mag(sum - trace) < 1e3 * <$t>::eps() * n as f64);
                    if jobvr == b'V' {
                        let v: Vec<Vec<c64>> =
                            (0..nu).map(|j| (0..nu).map(|i| vr[i + j * nu].to_c64()).collect()).collect();
                        let res = residual(&a0, nu, &w64, &v);
                        assert!(res < 100.0 * <$t>::eps(), "{} n = {n}: residual {res:e}", stringify!($geev));
                    }
                }
            }
        }
    };
}

real_geev!(sgeev_at_minimal_lwork, f32, f::sgeev_);
real_geev!(dgeev_at_minimal_lwork, f64, f::dgeev_);
complex_geev!(cgeev_at_minimal_lwork, c32, f32, f::cgeev_);
complex_geev!(zgeev_at_minimal_lwork, c64, f64, f::zgeev_);

/// Every case, one after the other. The name says `lapack`: the test
/// command runs LAPACK's tests on the detected table and `generic` only.
#[test]
fn lapack_geev_family_at_minimal_lwork() {
    dgeev_lwork_query();
    dgehrd_orghr_ormhr_at_minimal_lwork();
    sgeev_at_minimal_lwork();
    dgeev_at_minimal_lwork();
    cgeev_at_minimal_lwork();
    zgeev_at_minimal_lwork();
}

/// `?gehrd`, `?orghr` and `?ormhr` at the reference's minimal LWORK (N, NH,
/// N): the unblocked code, inside WORK.
fn dgehrd_orghr_ormhr_at_minimal_lwork() {
    let mut rng = Rng::new(13);
    for &n in &[80i32, 200] {
        let nu = n as usize;
        let a0 = matrix::<f64>(&mut rng, nu);
        let (ilo, ihi) = (1i32, n);
        let mut tau = vec![0.0; nu - 1];
        let mut work = vec![0.0; nu];
        let mut h = a0.clone();
        let mut q = a0.clone();
        let mut c = matrix::<f64>(&mut rng, nu);
        let mut run = |h: &mut Vec<f64>, q: &mut Vec<f64>, c: &mut Vec<f64>| {
            let mut info = [0; 3];
            // SAFETY: every array is as long as the arguments say.
            unsafe {
                f::dgehrd_(&n, &ilo, &ihi, h.as_mut_ptr(), &n, tau.as_mut_ptr(), work.as_mut_ptr(), &n, &mut info[0]);
                q.copy_from_slice(h);
                let nh = ihi - ilo;
                f::dorghr_(&n, &ilo, &ihi, q.as_mut_ptr(), &n, tau.as_ptr(), work.as_mut_ptr(), &nh, &mut info[1]);
                f::dormhr_(
                    &b'L',
                    &b'N',
                    &n,
                    &n,
                    &ilo,
                    &ihi,
                    h.as_ptr(),
                    &n,
                    tau.as_ptr(),
                    c.as_mut_ptr(),
                    &n,
                    work.as_mut_ptr(),
                    &n,
                    &mut info[2],
                    1,
                    1,
                );
            }
            info
        };
        assert_eq!(run(&mut h, &mut q, &mut c), [0; 3]);
        let mut h = a0.clone();
        let (info, seen) = allocations_during(|| run(&mut h, &mut q, &mut c));
        assert_eq!(info, [0; 3]);
        assert_eq!(seen, NONE, "dgehrd/dorghr/dormhr n = {n}");
    }
}

/// `dgeev`'s LWORK query answers (what its fastest path takes), never below
/// the reference's minimum; printed for comparison with the reference's.
fn dgeev_lwork_query() {
    for &n in &[10i32, 100, 1000] {
        for &(jobvl, jobvr, minimum) in &[(b'N', b'N', 3 * n), (b'V', b'V', 4 * n)] {
            let (mut work, mut info) = ([0.0f64; 1], 0);
            let (mut x, lwork) = ([0.0f64; 1], -1);
            // SAFETY: a workspace query reads no array but WORK(1), which it sets.
            unsafe {
                f::dgeev_(
                    &jobvl,
                    &jobvr,
                    &n,
                    x.as_mut_ptr(),
                    &n,
                    x.as_mut_ptr(),
                    x.as_mut_ptr(),
                    x.as_mut_ptr(),
                    &n,
                    x.as_mut_ptr(),
                    &n,
                    work.as_mut_ptr(),
                    &lwork,
                    &mut info,
                    1,
                    1,
                )
            };
            assert_eq!(info, 0);
            println!("dgeev n = {n} jobvl = {} jobvr = {}: LWORK query {}", jobvl as char, jobvr as char, work[0]);
            assert!(work[0] >= minimum as f64);
        }
    }
}
