//! `?gesdd` runs inside the workspace its caller passes: after a warm-up
//! call (the BLAS keeps each thread's packing buffers, as every BLAS does),
//! a call with the reference's minimal LWORK (and, complex, the minimal
//! LRWORK ferroblas states; IWORK `8 min(m, n)`) makes no heap allocation
//! through the ILP64 symbols, and only the divide and conquer's index
//! buffer (IWORK of 32-bit integers holds half of it) through the LP64
//! ones; every JOBZ, tall, wide and square, both sides of the QR-first
//! crossover, and orders past the divide and conquer's leaf size. The
//! results at that LWORK are checked too: the values against a call at the
//! optimal LWORK, the vectors by reconstructing A.

#![allow(clippy::too_many_arguments)]

use ferroblas::lapack::svd::GesddJob;
use ferroblas_capi::generated::fortran as f;
use ferroblas_capi::lapack_gesvd::gesdd_minwork;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_tests::alloc_count::{allocations_during, Allocations, Counting};
use ferroblas_tests::{c32, c64, Rng, TestScalar};

#[global_allocator]
static ALLOC: Counting = Counting;

const NONE: Allocations = Allocations { count: 0, bytes: 0 };

/// `(m, n)`: square, tall and wide on either side of `m >= 11 n / 6`, and
/// orders above the leaf size (25) so that the merges run.
const SHAPES: [(usize, usize); 8] = [(40, 40), (60, 45), (45, 60), (100, 40), (40, 100), (12, 5), (5, 12), (7, 7)];

/// One `?gesdd_` call: the symbol behind a uniform signature (`rwork`
/// ignored by the real ones), returning INFO.
type Call<T> = fn(
    u8,
    usize,
    usize,
    &mut [T],
    usize,
    &mut [<T as Scalar>::Real],
    &mut [T],
    usize,
    &mut [T],
    usize,
    &mut [T],
    usize,
    &mut [<T as Scalar>::Real],
    &mut [i64],
) -> i64;

macro_rules! caller {
    ($name:ident, $sym:path, $t:ty, $i:ty, real) => {
        fn $name(
            jobz: u8,
            m: usize,
            n: usize,
            a: &mut [$t],
            lda: usize,
            s: &mut [<$t as Scalar>::Real],
            u: &mut [$t],
            ldu: usize,
            vt: &mut [$t],
            ldvt: usize,
            work: &mut [$t],
            lwork: usize,
            _rwork: &mut [<$t as Scalar>::Real],
            iwork: &mut [i64],
        ) -> i64 {
            assert!(iwork.len() >= 8 * m.min(n));
            let (m, n, lda, ldu, ldvt, lwork) = (m as $i, n as $i, lda as $i, ldu as $i, ldvt as $i, lwork as $i);
            let mut info: $i = 0;
            // 8 min(m, n) integers of the symbol's width: the front of the
            // caller's i64 array.
            let iw = iwork.as_mut_ptr().cast::<$i>();
            // SAFETY: every array is as long as the arguments say.
            unsafe {
                $sym(
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
                    iw,
                    &mut info,
                    1,
                )
            };
            info as i64
        }
    };
    ($name:ident, $sym:path, $t:ty, $i:ty, complex) => {
        fn $name(
            jobz: u8,
            m: usize,
            n: usize,
            a: &mut [$t],
            lda: usize,
            s: &mut [<$t as Scalar>::Real],
            u: &mut [$t],
            ldu: usize,
            vt: &mut [$t],
            ldvt: usize,
            work: &mut [$t],
            lwork: usize,
            rwork: &mut [<$t as Scalar>::Real],
            iwork: &mut [i64],
        ) -> i64 {
            assert!(iwork.len() >= 8 * m.min(n));
            let (m, n, lda, ldu, ldvt, lwork) = (m as $i, n as $i, lda as $i, ldu as $i, ldvt as $i, lwork as $i);
            let mut info: $i = 0;
            let iw = iwork.as_mut_ptr().cast::<$i>();
            // SAFETY: every array is as long as the arguments say.
            unsafe {
                $sym(
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
                    iw,
                    &mut info,
                    1,
                )
            };
            info as i64
        }
    };
}

caller!(sgesdd, f::sgesdd_, f32, i32, real);
caller!(dgesdd, f::dgesdd_, f64, i32, real);
caller!(cgesdd, f::cgesdd_, c32, i32, complex);
caller!(zgesdd, f::zgesdd_, c64, i32, complex);
caller!(sgesdd64, f::sgesdd_64_, f32, i64, real);
caller!(dgesdd64, f::dgesdd_64_, f64, i64, real);
caller!(cgesdd64, f::cgesdd_64_, c32, i64, complex);
caller!(zgesdd64, f::zgesdd_64_, c64, i64, complex);

/// The arrays of one call at `lwork`.
struct Arrays<T: TestScalar> {
    a: Vec<T>,
    s: Vec<T::Real>,
    u: Vec<T>,
    vt: Vec<T>,
    work: Vec<T>,
    rwork: Vec<T::Real>,
    iwork: Vec<i64>,
}

impl<T: TestScalar> Arrays<T> {
    fn new(a0: &[T], m: usize, n: usize, lwork: usize, lrwork: usize) -> Self {
        let k = m.min(n).max(1);
        Arrays {
            a: a0.to_vec(),
            s: vec![<T::Real as Scalar>::zero(); k],
            u: vec![T::zero(); m * m.max(1)],
            vt: vec![T::zero(); n * n.max(1)],
            work: vec![T::zero(); lwork.max(1)],
            rwork: vec![<T::Real as Scalar>::zero(); lrwork.max(1)],
            iwork: vec![0; 8 * k],
        }
    }

    fn run(&mut self, call: Call<T>, jobz: u8, m: usize, n: usize) -> i64 {
        let lwork = self.work.len();
        call(
            jobz,
            m,
            n,
            &mut self.a,
            m,
            &mut self.s,
            &mut self.u,
            m,
            &mut self.vt,
            n,
            &mut self.work,
            lwork,
            &mut self.rwork,
            &mut self.iwork,
        )
    }
}

/// `max |A - U S VT|` from the vectors where JOBZ puts them.
fn residual<T: TestScalar>(jobz: u8, m: usize, n: usize, a0: &[T], o: &Arrays<T>) -> f64 {
    let k = m.min(n);
    let over = jobz == b'O';
    let uu = |i: usize, l: usize| if over && m >= n { o.a[i + l * m] } else { o.u[i + l * m] };
    let vv = |l: usize, j: usize| if over && m < n { o.a[l + j * m] } else { o.vt[l + j * n] };
    let mut r = 0f64;
    for j in 0..n {
        for i in 0..m {
            let mut x = a0[i + j * m].to_c64();
            for l in 0..k {
                x -= uu(i, l).to_c64() * vv(l, j).to_c64() * o.s[l].to_f64();
            }
            r = r.max(x.re.hypot(x.im));
        }
    }
    r
}

fn case<T: TestScalar>(call: Call<T>, what: &str, allowed: impl Fn(u8, usize) -> Allocations) {
    let mut rng = Rng::new(11);
    for (m, n) in SHAPES {
        let a0: Vec<T> = (0..m * n).map(|_| T::random(&mut rng)).collect();
        let k = m.min(n);
        for jobz in [b'N', b'S', b'A', b'O'] {
            let ctx = format!("{what} jobz={} m={m} n={n}", jobz as char);
            let job = GesddJob::from_char(jobz);
            let lwork = gesdd_minwork::<T>(job, m as i64, n as i64) as usize;
            let lrwork = if jobz == b'N' { 5 * k } else { 5 * k * k + 5 * k };
            // The optimum, for the values to compare with.
            let mut big = Arrays::<T>::new(&a0, m, n, lwork.max(gesdd_query::<T>(call, jobz, m, n)), lrwork);
            assert_eq!(big.run(call, jobz, m, n), 0, "{ctx}: info at the optimal LWORK");
            let mut o = Arrays::<T>::new(&a0, m, n, lwork, lrwork);
            assert_eq!(o.run(call, jobz, m, n), 0, "{ctx}: warm-up");
            let mut o = Arrays::<T>::new(&a0, m, n, lwork, lrwork);
            let (info, seen) = allocations_during(|| o.run(call, jobz, m, n));
            assert_eq!(info, 0, "{ctx}: info");
            let ok = allowed(jobz, k);
            assert!(seen.count <= ok.count && seen.bytes <= ok.bytes, "{ctx}: LWORK = {lwork} allocated {seen:?}");
            let tol = 50.0 * (m.max(n) as f64) * T::eps() * big.s[0].to_f64().max(1.0);
            for l in 0..k {
                let (x, y) = (o.s[l].to_f64(), big.s[l].to_f64());
                assert!((x - y).abs() <= tol, "{ctx}: s[{l}] {x} vs {y}");
            }
            if jobz != b'N' {
                let res = residual(jobz, m, n, &a0, &o);
                assert!(res <= tol, "{ctx}: |A - U S VT| = {res}");
            }
        }
    }
}

/// The LWORK query's answer.
fn gesdd_query<T: TestScalar>(call: Call<T>, jobz: u8, m: usize, n: usize) -> usize {
    let k = m.min(n).max(1);
    let mut a = vec![T::zero(); m * n];
    let mut s = vec![<T::Real as Scalar>::zero(); k];
    let (mut u, mut vt, mut w) = (vec![T::zero(); m * m], vec![T::zero(); n * n], [T::zero()]);
    let mut rw = vec![<T::Real as Scalar>::zero(); 1];
    let mut iw = vec![0i64; 8 * k];
    // LWORK = -1 through the uniform signature: usize::MAX narrows to -1.
    assert_eq!(call(jobz, m, n, &mut a, m, &mut s, &mut u, m, &mut vt, n, &mut w, usize::MAX, &mut rw, &mut iw), 0);
    w[0].to_c64().re as usize
}

/// ILP64: IWORK's `8 min(m, n)` 64-bit integers hold every index.
fn nothing(_: u8, _: usize) -> Allocations {
    NONE
}

/// LP64: at most the one index buffer (`8 min(m, n)` words and their
/// alignment slack), and none for the values alone.
fn indices(jobz: u8, k: usize) -> Allocations {
    if jobz == b'N' {
        NONE
    } else {
        Allocations { count: 1, bytes: 8 * k * std::mem::size_of::<usize>() + 64 }
    }
}

// The cases in one test, one after the other. The name says `lapack`: the
// test command runs LAPACK's tests on the detected table and `generic` only.
#[test]
fn lapack_gesdd_at_minimal_lwork_runs_in_the_callers_arrays() {
    case::<f32>(sgesdd64, "sgesdd_64_", nothing);
    case::<f64>(dgesdd64, "dgesdd_64_", nothing);
    case::<c32>(cgesdd64, "cgesdd_64_", nothing);
    case::<c64>(zgesdd64, "zgesdd_64_", nothing);
    case::<f32>(sgesdd, "sgesdd_", indices);
    case::<f64>(dgesdd, "dgesdd_", indices);
    case::<c32>(cgesdd, "cgesdd_", indices);
    case::<c64>(zgesdd, "zgesdd_", indices);
    // SciPy's test_sgesdd_lwork_bug_workaround: n = 9537, JOBZ = A, whose
    // reference answer is 3 n^2 + 7 n, which reads back as 272929888.0 in
    // single precision.
    let n = 9537usize;
    let q = ferroblas_capi::lapack_gesvd::gesdd_lwork::<f32>(GesddJob::All, n, n);
    assert!(q >= 3 * n * n + 7 * n, "{q}");
    let w = ferroblas_capi::lapack_rt::roundup_lwork::<f32>(q as i64);
    assert!(w == 272_929_888.0, "{q} reads back as {w}");
}
