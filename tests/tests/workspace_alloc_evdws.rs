//! The dense symmetric and Hermitian eigensolvers (`?syev`/`?heev`,
//! `?syevd`/`?heevd`) run inside the workspace their caller passes: after a
//! warm-up call, a call with the reference's minimal LWORK (and LRWORK,
//! LIWORK) makes no heap allocation, and its eigenvalues agree with a call
//! at the queried optimal sizes. `?syevd`/`?heevd` with eigenvectors are
//! held to this at the sizes their workspace query answers, and so are
//! `?syevr`/`?heevr`.

// The call wrappers take the Fortran routines' arrays, as many as they have.
#![allow(clippy::too_many_arguments)]

use ferroblas_capi::generated::fortran as f;
use ferroblas_kernels::scalar::{c32, c64};
use ferroblas_tests::alloc_count::{allocations_during, Allocations, Counting};
use ferroblas_tests::Rng;

#[global_allocator]
static ALLOC: Counting = Counting;

const NONE: Allocations = Allocations { count: 0, bytes: 0 };

/// The orders each case runs: below, around and well above the reduction's
/// block size and the divide and conquer's leaf size.
const ORDERS: [usize; 3] = [10, 60, 200];

/// An element type of the tests: how to draw one, and its precision.
trait Elem: Copy + Default {
    /// The real type of the eigenvalues.
    type Real: Copy + Default + Into<f64>;
    /// A uniform draw (real and imaginary parts in `[-1, 1)`).
    fn draw(rng: &mut Rng) -> Self;
    /// The relative tolerance the eigenvalues of two workspace paths agree to.
    const TOL: f64;
    /// The element as the workspace query leaves it (its real part).
    fn re(self) -> f64;
}

impl Elem for f32 {
    type Real = f32;
    fn draw(rng: &mut Rng) -> Self {
        rng.sym() as f32
    }
    const TOL: f64 = 1e-4;
    fn re(self) -> f64 {
        self as f64
    }
}

impl Elem for f64 {
    type Real = f64;
    fn draw(rng: &mut Rng) -> Self {
        rng.sym()
    }
    const TOL: f64 = 1e-12;
    fn re(self) -> f64 {
        self
    }
}

impl Elem for c32 {
    type Real = f32;
    fn draw(rng: &mut Rng) -> Self {
        c32::new(rng.sym() as f32, rng.sym() as f32)
    }
    const TOL: f64 = 1e-4;
    fn re(self) -> f64 {
        self.re as f64
    }
}

impl Elem for c64 {
    type Real = f64;
    fn draw(rng: &mut Rng) -> Self {
        c64::new(rng.sym(), rng.sym())
    }
    const TOL: f64 = 1e-12;
    fn re(self) -> f64 {
        self.re
    }
}

/// The workspace lengths of one call: LWORK, LRWORK, LIWORK.
#[derive(Clone, Copy, Debug)]
struct Lens {
    lwork: usize,
    lrwork: usize,
    liwork: usize,
}

/// One driver call on `a` (`n x n`): `(jobz, uplo, n, a, w, work, rwork,
/// iwork) -> INFO`, the array lengths being the LWORK etc. it passes.
type Call<T> =
    fn(u8, u8, i32, &mut [T], &mut [<T as Elem>::Real], &mut [T], &mut [<T as Elem>::Real], &mut [i32]) -> i32;

/// Runs `call` at `lens` (after a warm-up at the same sizes) on a random
/// Hermitian matrix of each order, both triangles: it must make no heap
/// allocation, and its eigenvalues must be those of a call with the
/// workspace `optimal` answers.
fn no_allocation<T: Elem>(name: &str, jobz: u8, call: Call<T>, lens: fn(usize) -> Lens, optimal: fn(usize) -> Lens) {
    let mut rng = Rng::new(11);
    for n in ORDERS {
        for uplo in [b'L', b'U'] {
            let a0: Vec<T> = (0..n * n).map(|_| T::draw(&mut rng)).collect();
            let run = |l: Lens| {
                let mut a = a0.clone();
                let mut w = vec![T::Real::default(); n];
                let mut work = vec![T::default(); l.lwork];
                let mut rwork = vec![T::Real::default(); l.lrwork];
                let mut iwork = vec![0i32; l.liwork];
                let info = call(jobz, uplo, n as i32, &mut a, &mut w, &mut work, &mut rwork, &mut iwork);
                assert_eq!(info, 0, "{name} jobz = {} uplo = {} n = {n}: warm-up", jobz as char, uplo as char);
                let mut a = a0.clone();
                let (info, seen) = allocations_during(|| {
                    call(jobz, uplo, n as i32, &mut a, &mut w, &mut work, &mut rwork, &mut iwork)
                });
                assert_eq!(info, 0, "{name} jobz = {} uplo = {} n = {n}", jobz as char, uplo as char);
                (w.iter().map(|&x| x.into()).collect::<Vec<f64>>(), seen)
            };
            let (w, seen) = run(lens(n));
            assert_eq!(seen, NONE, "{name} jobz = {} uplo = {} n = {n} at {:?}", jobz as char, uplo as char, lens(n));
            let (w_opt, _) = run(optimal(n));
            let scale = w_opt.iter().fold(1.0f64, |m, x| m.max(x.abs()));
            for (x, y) in w.iter().zip(&w_opt) {
                assert!((x - y).abs() <= T::TOL * scale, "{name} n = {n}: eigenvalue {x} against {y}");
            }
        }
    }
}

/// The workspace a query (`LWORK = LRWORK = LIWORK = -1`) answers.
fn queried<T: Elem>(call: Call<T>, jobz: u8, n: usize) -> Lens {
    let mut work = [T::default()];
    let mut rwork = [T::Real::default()];
    let mut iwork = [0i32];
    let mut a = vec![T::default(); n * n];
    let mut w = vec![T::Real::default(); n];
    // The call's lengths are those of the slices: one element means -1 here.
    let info = call(jobz, b'L', n as i32, &mut a, &mut w, &mut work, &mut rwork, &mut iwork[..]);
    assert_eq!(info, 0);
    // `?heev` answers no LRWORK: its fixed `3n - 2`.
    let r: f64 = rwork[0].into();
    Lens {
        lwork: work[0].re().ceil() as usize,
        lrwork: (r.ceil() as usize).max(3 * n),
        liwork: iwork[0].max(1) as usize,
    }
}

/// A slice's length as LWORK, except that one element means a query (-1),
/// which the tests ask only through [`queried`].
fn len(s: usize, query: bool) -> i32 {
    if query {
        -1
    } else {
        s as i32
    }
}

macro_rules! syev_call {
    ($name:ident, $t:ty, $f:path) => {
        fn $name(
            jobz: u8,
            uplo: u8,
            n: i32,
            a: &mut [$t],
            w: &mut [<$t as Elem>::Real],
            work: &mut [$t],
            _rw: &mut [<$t as Elem>::Real],
            _iw: &mut [i32],
        ) -> i32 {
            let q = work.len() == 1 && n > 1;
            let lwork = len(work.len(), q);
            let mut info = 0;
            // SAFETY: every array is as long as the arguments say.
            unsafe {
                $f(
                    &jobz,
                    &uplo,
                    &n,
                    a.as_mut_ptr(),
                    &n.max(1),
                    w.as_mut_ptr(),
                    work.as_mut_ptr(),
                    &lwork,
                    &mut info,
                    1,
                    1,
                )
            };
            info
        }
    };
}

macro_rules! heev_call {
    ($name:ident, $t:ty, $f:path) => {
        fn $name(
            jobz: u8,
            uplo: u8,
            n: i32,
            a: &mut [$t],
            w: &mut [<$t as Elem>::Real],
            work: &mut [$t],
            rw: &mut [<$t as Elem>::Real],
            _iw: &mut [i32],
        ) -> i32 {
            let q = work.len() == 1 && n > 1;
            let lwork = len(work.len(), q);
            let mut info = 0;
            // SAFETY: every array is as long as the arguments say (RWORK holds 3n - 2).
            unsafe {
                $f(
                    &jobz,
                    &uplo,
                    &n,
                    a.as_mut_ptr(),
                    &n.max(1),
                    w.as_mut_ptr(),
                    work.as_mut_ptr(),
                    &lwork,
                    rw.as_mut_ptr(),
                    &mut info,
                    1,
                    1,
                )
            };
            info
        }
    };
}

macro_rules! syevd_call {
    ($name:ident, $t:ty, $f:path) => {
        fn $name(
            jobz: u8,
            uplo: u8,
            n: i32,
            a: &mut [$t],
            w: &mut [<$t as Elem>::Real],
            work: &mut [$t],
            _rw: &mut [<$t as Elem>::Real],
            iw: &mut [i32],
        ) -> i32 {
            let q = work.len() == 1 && n > 1;
            let (lwork, liwork) = (len(work.len(), q), len(iw.len(), q));
            let mut info = 0;
            // SAFETY: every array is as long as the arguments say.
            unsafe {
                $f(
                    &jobz,
                    &uplo,
                    &n,
                    a.as_mut_ptr(),
                    &n.max(1),
                    w.as_mut_ptr(),
                    work.as_mut_ptr(),
                    &lwork,
                    iw.as_mut_ptr(),
                    &liwork,
                    &mut info,
                    1,
                    1,
                )
            };
            info
        }
    };
}

macro_rules! heevd_call {
    ($name:ident, $t:ty, $f:path) => {
        fn $name(
            jobz: u8,
            uplo: u8,
            n: i32,
            a: &mut [$t],
            w: &mut [<$t as Elem>::Real],
            work: &mut [$t],
            rw: &mut [<$t as Elem>::Real],
            iw: &mut [i32],
        ) -> i32 {
            let q = work.len() == 1 && n > 1;
            let (lwork, lrwork, liwork) = (len(work.len(), q), len(rw.len(), q), len(iw.len(), q));
            let mut info = 0;
            // SAFETY: every array is as long as the arguments say.
            unsafe {
                $f(
                    &jobz,
                    &uplo,
                    &n,
                    a.as_mut_ptr(),
                    &n.max(1),
                    w.as_mut_ptr(),
                    work.as_mut_ptr(),
                    &lwork,
                    rw.as_mut_ptr(),
                    &lrwork,
                    iw.as_mut_ptr(),
                    &liwork,
                    &mut info,
                    1,
                    1,
                )
            };
            info
        }
    };
}

syev_call!(ssyev, f32, f::ssyev_);
syev_call!(dsyev, f64, f::dsyev_);
heev_call!(cheev, c32, f::cheev_);
heev_call!(zheev, c64, f::zheev_);
syevd_call!(ssyevd, f32, f::ssyevd_);
syevd_call!(dsyevd, f64, f::dsyevd_);
heevd_call!(cheevd, c32, f::cheevd_);
heevd_call!(zheevd, c64, f::zheevd_);

/// `?syev`'s minimum: LWORK `3n - 1`.
fn syev_min(n: usize) -> Lens {
    Lens { lwork: 3 * n - 1, lrwork: 1, liwork: 1 }
}

/// `?heev`'s minimum: LWORK `2n - 1`, RWORK `3n - 2`.
fn heev_min(n: usize) -> Lens {
    Lens { lwork: 2 * n - 1, lrwork: 3 * n - 2, liwork: 1 }
}

/// `?syevd`'s minimum without eigenvectors: LWORK `2n + 1`, LIWORK 1.
fn syevd_min_n(n: usize) -> Lens {
    Lens { lwork: 2 * n + 1, lrwork: 1, liwork: 1 }
}

/// `?heevd`'s minimum without eigenvectors: LWORK `n + 1`, LRWORK `n`, LIWORK 1.
fn heevd_min_n(n: usize) -> Lens {
    Lens { lwork: n + 1, lrwork: n, liwork: 1 }
}

macro_rules! cases {
    ($t:ty, $call:ident, $min:ident, $jobz:expr, $test:ident) => {
        fn $test() {
            fn optimal(n: usize) -> Lens {
                queried::<$t>($call, $jobz, n)
            }
            no_allocation::<$t>(stringify!($call), $jobz, $call, $min, optimal);
        }
    };
}

cases!(f32, ssyev, syev_min, b'N', ssyev_values_at_minimal_lwork);
cases!(f32, ssyev, syev_min, b'V', ssyev_vectors_at_minimal_lwork);
cases!(f64, dsyev, syev_min, b'N', dsyev_values_at_minimal_lwork);
cases!(f64, dsyev, syev_min, b'V', dsyev_vectors_at_minimal_lwork);
cases!(c32, cheev, heev_min, b'N', cheev_values_at_minimal_lwork);
cases!(c32, cheev, heev_min, b'V', cheev_vectors_at_minimal_lwork);
cases!(c64, zheev, heev_min, b'N', zheev_values_at_minimal_lwork);
cases!(c64, zheev, heev_min, b'V', zheev_vectors_at_minimal_lwork);
cases!(f32, ssyevd, syevd_min_n, b'N', ssyevd_values_at_minimal_lwork);
cases!(f64, dsyevd, syevd_min_n, b'N', dsyevd_values_at_minimal_lwork);
cases!(c32, cheevd, heevd_min_n, b'N', cheevd_values_at_minimal_lwork);
cases!(c64, zheevd, heevd_min_n, b'N', zheevd_values_at_minimal_lwork);

/// `?syevd`/`?heevd` with eigenvectors at the sizes their query answers
/// (what NumPy's `eigh` passes): no allocation either.
macro_rules! queried_cases {
    ($t:ty, $call:ident, $test:ident) => {
        fn $test() {
            fn optimal(n: usize) -> Lens {
                queried::<$t>($call, b'V', n)
            }
            no_allocation::<$t>(stringify!($call), b'V', $call, optimal, optimal);
        }
    };
}

queried_cases!(f32, ssyevd, ssyevd_vectors_at_queried_lwork);
queried_cases!(f64, dsyevd, dsyevd_vectors_at_queried_lwork);
queried_cases!(c32, cheevd, cheevd_vectors_at_queried_lwork);
queried_cases!(c64, zheevd, zheevd_vectors_at_queried_lwork);

/// The reference 3.11's optimal LWORK (its `ILAENV` block size of the
/// reduction being 32), and its LRWORK and LIWORK.
fn reference_optimum(routine: &str, vectors: bool, n: usize) -> Lens {
    let nb = 32;
    match (routine, vectors) {
        ("syev", _) => Lens { lwork: (nb + 2) * n, lrwork: 1, liwork: 1 },
        ("heev", _) => Lens { lwork: (nb + 1) * n, lrwork: 3 * n - 2, liwork: 1 },
        ("syevd", false) => Lens { lwork: 2 * n + n * nb, lrwork: 1, liwork: 1 },
        ("syevd", true) => Lens { lwork: (1 + 6 * n + 2 * n * n).max(2 * n + n * nb), lrwork: 1, liwork: 3 + 5 * n },
        ("heevd", false) => Lens { lwork: n + n * nb, lrwork: n, liwork: 1 },
        _ => Lens { lwork: (2 * n + n * n).max(n + n * nb), lrwork: 1 + 5 * n + 2 * n * n, liwork: 3 + 5 * n },
    }
}

/// The workspace queries answer at least the reference's optimum (the
/// numbers are printed: run with `--nocapture`).
fn queries_cover_the_reference_optimum() {
    fn check<T: Elem>(name: &str, routine: &str, call: Call<T>) {
        for n in [100, 1000] {
            for jobz in [b'N', b'V'] {
                let q = queried::<T>(call, jobz, n);
                let r = reference_optimum(routine, jobz == b'V', n);
                println!(
                    "{name} jobz = {} n = {n}: LWORK {} (reference {}), LRWORK {}, LIWORK {} (reference {}, {})",
                    jobz as char, q.lwork, r.lwork, q.lrwork, q.liwork, r.lrwork, r.liwork
                );
                assert!(q.lwork >= r.lwork && q.liwork >= r.liwork, "{name} jobz = {} n = {n}", jobz as char);
                if routine == "heevd" {
                    assert!(q.lrwork >= r.lrwork, "{name} jobz = {} n = {n}", jobz as char);
                }
            }
        }
    }
    check::<f32>("ssyev", "syev", ssyev);
    check::<f64>("dsyev", "syev", dsyev);
    check::<c32>("cheev", "heev", cheev);
    check::<c64>("zheev", "heev", zheev);
    check::<f32>("ssyevd", "syevd", ssyevd);
    check::<f64>("dsyevd", "syevd", dsyevd);
    check::<c32>("cheevd", "heevd", cheevd);
    check::<c64>("zheevd", "heevd", zheevd);
}

/// `?syevr`/`?heevr` (what SciPy's `eigh` calls) for all eigenpairs at the
/// sizes their query answers: no allocation after a warm-up (the support
/// pairs live in IWORK), and the eigenvalues of `?syevd`/`?heevd`.
macro_rules! evr_case {
    ($test:ident, $t:ty, $f:path, $evd:ident, complex = $cx:tt) => {
        fn $test() {
            type R = <$t as Elem>::Real;
            let mut rng = Rng::new(13);
            for n in ORDERS {
                for uplo in [b'L', b'U'] {
                    let ni = n as i32;
                    let a0: Vec<$t> = (0..n * n).map(|_| <$t>::draw(&mut rng)).collect();
                    let (vl, vu, il, iu, abstol): (R, R, i32, i32, R) = (0.0, 0.0, 0, 0, 0.0);
                    let mut m = 0i32;
                    let mut w = vec![R::default(); n];
                    let mut z = vec![<$t>::default(); n * n];
                    let mut isuppz = vec![0i32; 2 * n];
                    let call = |a: &mut [$t], w: &mut [R], z: &mut [$t], isuppz: &mut [i32], m: &mut i32, work: &mut [$t], lwork: i32, rwork: &mut [R], lrwork: i32, iwork: &mut [i32], liwork: i32| {
                        let mut info = 0;
                        let _ = (&rwork, lrwork);
                        // SAFETY: every array is as long as the arguments say.
                        unsafe {
                            evr_case!(@call $cx, $f, a, ni, vl, vu, il, iu, abstol, m, w, z, isuppz, work, lwork, rwork, lrwork, iwork, liwork, info, uplo)
                        };
                        info
                    };
                    let (mut work, mut rwork, mut iwork) = ([<$t>::default()], [R::default()], [0i32]);
                    let mut a = a0.clone();
                    assert_eq!(call(&mut a, &mut w, &mut z, &mut isuppz, &mut m, &mut work, -1, &mut rwork, -1, &mut iwork, -1), 0);
                    let lwork = work[0].re().ceil() as usize;
                    let lrwork = { let r: f64 = rwork[0].into(); (r.ceil() as usize).max(1) };
                    let liwork = iwork[0] as usize;
                    let mut work = vec![<$t>::default(); lwork];
                    let mut rwork = vec![R::default(); lrwork];
                    let mut iwork = vec![0i32; liwork];
                    let mut a = a0.clone();
                    assert_eq!(call(&mut a, &mut w, &mut z, &mut isuppz, &mut m, &mut work, lwork as i32, &mut rwork, lrwork as i32, &mut iwork, liwork as i32), 0);
                    let mut a = a0.clone();
                    let (info, seen) = allocations_during(|| {
                        call(&mut a, &mut w, &mut z, &mut isuppz, &mut m, &mut work, lwork as i32, &mut rwork, lrwork as i32, &mut iwork, liwork as i32)
                    });
                    assert_eq!((info, m), (0, ni));
                    assert_eq!(seen, NONE, "{} uplo = {} n = {n}", stringify!($f), uplo as char);
                    // The eigenvalues of the divide and conquer.
                    let l = queried::<$t>($evd, b'N', n);
                    let mut a = a0.clone();
                    let mut w2 = vec![R::default(); n];
                    let (mut wk, mut rw, mut iw) = (vec![<$t>::default(); l.lwork], vec![R::default(); l.lrwork], vec![0i32; l.liwork]);
                    assert_eq!($evd(b'N', uplo, ni, &mut a, &mut w2, &mut wk, &mut rw, &mut iw), 0);
                    let scale = w2.iter().fold(1.0f64, |s, &x| s.max(Into::<f64>::into(x).abs()));
                    for (&x, &y) in w.iter().zip(&w2) {
                        let (x, y): (f64, f64) = (x.into(), y.into());
                        assert!((x - y).abs() <= <$t>::TOL * scale * 10.0, "n = {n}: {x} against {y}");
                    }
                }
            }
        }
    };
    (@call false, $f:path, $a:ident, $n:ident, $vl:ident, $vu:ident, $il:ident, $iu:ident, $abstol:ident, $m:ident, $w:ident, $z:ident, $isuppz:ident, $work:ident, $lwork:ident, $rwork:ident, $lrwork:ident, $iwork:ident, $liwork:ident, $info:ident, $uplo:ident) => {
        $f(&b'V', &b'A', &$uplo, &$n, $a.as_mut_ptr(), &$n, &$vl, &$vu, &$il, &$iu, &$abstol, $m, $w.as_mut_ptr(), $z.as_mut_ptr(), &$n, $isuppz.as_mut_ptr(), $work.as_mut_ptr(), &$lwork, $iwork.as_mut_ptr(), &$liwork, &mut $info, 1, 1, 1)
    };
    (@call true, $f:path, $a:ident, $n:ident, $vl:ident, $vu:ident, $il:ident, $iu:ident, $abstol:ident, $m:ident, $w:ident, $z:ident, $isuppz:ident, $work:ident, $lwork:ident, $rwork:ident, $lrwork:ident, $iwork:ident, $liwork:ident, $info:ident, $uplo:ident) => {
        $f(&b'V', &b'A', &$uplo, &$n, $a.as_mut_ptr(), &$n, &$vl, &$vu, &$il, &$iu, &$abstol, $m, $w.as_mut_ptr(), $z.as_mut_ptr(), &$n, $isuppz.as_mut_ptr(), $work.as_mut_ptr(), &$lwork, $rwork.as_mut_ptr(), &$lrwork, $iwork.as_mut_ptr(), &$liwork, &mut $info, 1, 1, 1)
    };
}

evr_case!(ssyevr_at_queried_lwork, f32, f::ssyevr_, ssyevd, complex = false);
evr_case!(dsyevr_at_queried_lwork, f64, f::dsyevr_, dsyevd, complex = false);
evr_case!(cheevr_at_queried_lwork, c32, f::cheevr_, cheevd, complex = true);
evr_case!(zheevr_at_queried_lwork, c64, f::zheevr_, zheevd, complex = true);

/// Every case, one after the other: a failing case does not hide the
/// others, all failures are listed.
#[test]
fn lapack_symmetric_eigensolvers_run_inside_the_callers_workspace() {
    let cases: &[(&str, fn())] = &[
        ("ssyev_values_at_minimal_lwork", ssyev_values_at_minimal_lwork),
        ("ssyev_vectors_at_minimal_lwork", ssyev_vectors_at_minimal_lwork),
        ("dsyev_values_at_minimal_lwork", dsyev_values_at_minimal_lwork),
        ("dsyev_vectors_at_minimal_lwork", dsyev_vectors_at_minimal_lwork),
        ("cheev_values_at_minimal_lwork", cheev_values_at_minimal_lwork),
        ("cheev_vectors_at_minimal_lwork", cheev_vectors_at_minimal_lwork),
        ("zheev_values_at_minimal_lwork", zheev_values_at_minimal_lwork),
        ("zheev_vectors_at_minimal_lwork", zheev_vectors_at_minimal_lwork),
        ("ssyevd_values_at_minimal_lwork", ssyevd_values_at_minimal_lwork),
        ("dsyevd_values_at_minimal_lwork", dsyevd_values_at_minimal_lwork),
        ("cheevd_values_at_minimal_lwork", cheevd_values_at_minimal_lwork),
        ("zheevd_values_at_minimal_lwork", zheevd_values_at_minimal_lwork),
        ("ssyevd_vectors_at_queried_lwork", ssyevd_vectors_at_queried_lwork),
        ("dsyevd_vectors_at_queried_lwork", dsyevd_vectors_at_queried_lwork),
        ("cheevd_vectors_at_queried_lwork", cheevd_vectors_at_queried_lwork),
        ("zheevd_vectors_at_queried_lwork", zheevd_vectors_at_queried_lwork),
        ("ssyevr_at_queried_lwork", ssyevr_at_queried_lwork),
        ("dsyevr_at_queried_lwork", dsyevr_at_queried_lwork),
        ("cheevr_at_queried_lwork", cheevr_at_queried_lwork),
        ("zheevr_at_queried_lwork", zheevr_at_queried_lwork),
        ("queries_cover_the_reference_optimum", queries_cover_the_reference_optimum),
        ("evr_queries_cover_the_reference_optimum", evr_queries_cover_the_reference_optimum),
    ];
    let failed: Vec<&str> =
        cases.iter().filter(|(_, case)| std::panic::catch_unwind(case).is_err()).map(|&(name, _)| name).collect();
    assert!(failed.is_empty(), "failed: {failed:?}");
}

/// `?syevr`/`?heevr`'s LWORK query answers at least the reference's
/// optimum, `(nb + 1) n` with the reference's block size 32 (printed).
fn evr_queries_cover_the_reference_optimum() {
    for n in [100i32, 1000] {
        let (mut m, mut info, z0) = (0i32, 0i32, 0.0f64);
        let (mut a, mut w, mut z) = ([0.0f64], [0.0f64], [0.0f64]);
        let (mut isuppz, mut work, mut iwork) = ([0i32; 2], [0.0f64], [0i32]);
        let (mut ca, mut cz, mut cwork, mut rwork) = ([c64::default()], [c64::default()], [c64::default()], [0.0f64]);
        for jobz in [b'N', b'V'] {
            // SAFETY: a query reads only the scalars and writes WORK(1), IWORK(1) (and RWORK(1)).
            unsafe {
                f::dsyevr_(
                    &jobz,
                    &b'A',
                    &b'L',
                    &n,
                    a.as_mut_ptr(),
                    &n,
                    &z0,
                    &z0,
                    &1,
                    &n,
                    &z0,
                    &mut m,
                    w.as_mut_ptr(),
                    z.as_mut_ptr(),
                    &n,
                    isuppz.as_mut_ptr(),
                    work.as_mut_ptr(),
                    &-1,
                    iwork.as_mut_ptr(),
                    &-1,
                    &mut info,
                    1,
                    1,
                    1,
                );
            }
            assert_eq!(info, 0);
            let nu = n as usize;
            println!(
                "dsyevr jobz = {} n = {n}: LWORK {} (reference {}), LIWORK {}",
                jobz as char,
                work[0],
                33 * nu,
                iwork[0]
            );
            assert!(work[0] as usize >= 33 * nu && iwork[0] as usize >= 10 * nu);
            // SAFETY: as above.
            unsafe {
                f::zheevr_(
                    &jobz,
                    &b'A',
                    &b'L',
                    &n,
                    ca.as_mut_ptr(),
                    &n,
                    &z0,
                    &z0,
                    &1,
                    &n,
                    &z0,
                    &mut m,
                    w.as_mut_ptr(),
                    cz.as_mut_ptr(),
                    &n,
                    isuppz.as_mut_ptr(),
                    cwork.as_mut_ptr(),
                    &-1,
                    rwork.as_mut_ptr(),
                    &-1,
                    iwork.as_mut_ptr(),
                    &-1,
                    &mut info,
                    1,
                    1,
                    1,
                );
            }
            assert_eq!(info, 0);
            println!(
                "zheevr jobz = {} n = {n}: LWORK {} (reference {}), LRWORK {}, LIWORK {}",
                jobz as char,
                cwork[0].re,
                33 * nu,
                rwork[0],
                iwork[0]
            );
            assert!(cwork[0].re as usize >= 33 * nu && rwork[0] as usize >= 24 * nu && iwork[0] as usize >= 10 * nu);
        }
    }
}
