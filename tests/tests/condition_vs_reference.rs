//! The condition estimators (`?lacn2`, `?latrs`, `?trcon`, `?gecon`,
//! `?pocon`) through our Fortran symbols against Debian's reference LAPACK
//! (3.11) on identical inputs: the same KASE sequence and estimate from the
//! reverse-communication estimator, the same scale and solution from the
//! scaled triangular solve, the same RCOND and INFO from the condition
//! numbers (to a few ulps times the condition number: the solves' summation
//! order differs).
//!
//! 3.11 predates 3.12's NaN/Inf ANORM handling in `?gecon` (INFO = -5, which
//! ferroblas follows), so those inputs are left to the unit tests.

#![allow(clippy::too_many_arguments, clippy::type_complexity)]

use ferroblas_capi::generated::fortran as f;
use ferroblas_capi::generated::lapacke as le;
use ferroblas_tests::{c32, c64};
use std::ffi::c_void;

use ferroblas_tests::reference::{lapack_fn, lapacke_fn, ours};

/// The reference's symbol `name` as the function pointer type `F`.
fn rf<F: Copy>(name: &str) -> F {
    lapack_fn(name)
}

/// The reference LAPACKE's symbol `name`.
fn rfe<F: Copy>(name: &str) -> F {
    lapacke_fn(name)
}

// ---------------------------------------------------------------------------
// Precisions.

trait P: Copy + std::fmt::Debug + 'static {
    type R: Copy + std::fmt::Debug + Default + PartialEq;
    const PFX: char;
    const EPS: f64;
    fn of(z: c64) -> Self;
    fn c(self) -> c64;
    fn r(v: f64) -> Self::R;
    fn rf(v: Self::R) -> f64;
}

macro_rules! prec {
    ($t:ty, $r:ty, $p:literal, $of:expr, $c:expr) => {
        impl P for $t {
            type R = $r;
            const PFX: char = $p;
            const EPS: f64 = <$r>::EPSILON as f64;
            fn of(z: c64) -> Self {
                $of(z)
            }
            fn c(self) -> c64 {
                $c(self)
            }
            fn r(v: f64) -> $r {
                v as $r
            }
            fn rf(v: $r) -> f64 {
                v as f64
            }
        }
    };
}
prec!(f32, f32, 's', |z: c64| z.re as f32, |v: f32| c64::new(v as f64, 0.0));
prec!(f64, f64, 'd', |z: c64| z.re, |v: f64| c64::new(v, 0.0));
prec!(c32, f32, 'c', |z: c64| c32::new(z.re as f32, z.im as f32), |v: c32| c64::new(v.re as f64, v.im as f64));
prec!(c64, f64, 'z', |z: c64| z, |v: c64| v);

fn is_complex<T: P>() -> bool {
    matches!(T::PFX, 'c' | 'z')
}

struct Rng(u64);
impl Rng {
    fn uniform(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 52) as f64 - 1.0
    }
    fn scalar<T: P>(&mut self) -> T {
        let re = self.uniform();
        let im = if is_complex::<T>() { self.uniform() } else { 0.0 };
        T::of(c64::new(re, im))
    }
}

/// A random n x n column-major matrix, columns graded by `grade^(j/(n-1))`.
fn matrix<T: P>(n: usize, rng: &mut Rng, grade: f64) -> Vec<T> {
    let mut a = vec![T::of(c64::new(0.0, 0.0)); n * n];
    for j in 0..n {
        let s = if n > 1 { grade.powf(j as f64 / (n - 1) as f64) } else { 1.0 };
        for i in 0..n {
            a[i + j * n] = T::of(rng.scalar::<T>().c() * s);
        }
    }
    a
}

/// `|z|` (num-complex's `norm` needs its std feature).
trait Abs {
    fn abs_(self) -> f64;
}
impl Abs for c64 {
    fn abs_(self) -> f64 {
        self.re.hypot(self.im)
    }
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a == b) || (a - b).abs() <= tol * a.abs().max(b.abs())
}

// ---------------------------------------------------------------------------
// ?lacn2

type Lacn2Real<T, R> = unsafe extern "C" fn(*const i32, *mut T, *mut T, *mut i32, *mut R, *mut i32, *mut i32);
type Lacn2Cplx<T, R> = unsafe extern "C" fn(*const i32, *mut T, *mut T, *mut R, *mut i32, *mut i32);

/// Runs one estimator to the end on the explicit matrix `a`, returning the
/// KASE sequence, EST and V.
fn run_lacn2<T: P>(
    real: Option<Lacn2Real<T, T::R>>,
    cplx: Option<Lacn2Cplx<T, T::R>>,
    a: &[T],
    n: usize,
) -> (Vec<i32>, T::R, Vec<T>) {
    let z = T::of(c64::new(0.0, 0.0));
    let (mut v, mut x, mut isgn) = (vec![z; n], vec![z; n], vec![0i32; n]);
    let (mut est, mut kase, mut isave) = (T::R::default(), 0i32, [0i32; 3]);
    let ni = n as i32;
    let mut kases = Vec::new();
    loop {
        // SAFETY: arrays of n elements, ISAVE of 3.
        unsafe {
            match (real, cplx) {
                (Some(fun), _) => {
                    fun(&ni, v.as_mut_ptr(), x.as_mut_ptr(), isgn.as_mut_ptr(), &mut est, &mut kase, isave.as_mut_ptr())
                }
                (_, Some(fun)) => fun(&ni, v.as_mut_ptr(), x.as_mut_ptr(), &mut est, &mut kase, isave.as_mut_ptr()),
                _ => unreachable!(),
            }
        }
        if kase == 0 {
            break;
        }
        kases.push(kase);
        assert!(kases.len() < 20, "the estimator does not stop");
        // x := A x or A^H x, the same arithmetic for both libraries.
        let y: Vec<T> = (0..n)
            .map(|i| {
                let mut s = c64::new(0.0, 0.0);
                for (k, xk) in x.iter().enumerate() {
                    s += if kase == 1 { a[i + k * n].c() } else { a[k + i * n].c().conj() } * xk.c();
                }
                T::of(s)
            })
            .collect();
        x = y;
    }
    (kases, est, v)
}

fn lacn2_case<T: P>(ours_real: Option<*const ()>, ours_cplx: Option<*const ()>) {
    let mut rng = Rng(0x1234_5678 + T::PFX as u64);
    let name = format!("{}lacn2_", T::PFX);
    for n in [1usize, 2, 3, 4, 7, 12, 30] {
        for grade in [1.0, 1e-3] {
            let a = matrix::<T>(n, &mut rng, grade);
            let (ro, rr) = match ours_real {
                Some(p) => (run_lacn2::<T>(Some(ours(p)), None, &a, n), run_lacn2::<T>(Some(rf(&name)), None, &a, n)),
                None => {
                    let p = ours_cplx.unwrap();
                    (run_lacn2::<T>(None, Some(ours(p)), &a, n), run_lacn2::<T>(None, Some(rf(&name)), &a, n))
                }
            };
            assert_eq!(ro.0, rr.0, "{name} n={n}: KASE sequences differ");
            assert!(
                close(T::rf(ro.1), T::rf(rr.1), 8.0 * n as f64 * T::EPS),
                "{name} n={n}: EST {:?} vs {:?}",
                ro.1,
                rr.1
            );
            for (p, q) in ro.2.iter().zip(&rr.2) {
                assert!(
                    (p.c() - q.c()).abs_() <= 8.0 * n as f64 * T::EPS * (q.c().abs_() + T::rf(rr.1)),
                    "{name} n={n}: V"
                );
            }
        }
    }
}

#[test]
fn lapack_lacn2_matches_the_reference() {
    lacn2_case::<f32>(Some(f::slacn2_ as *const ()), None);
    lacn2_case::<f64>(Some(f::dlacn2_ as *const ()), None);
    lacn2_case::<c32>(None, Some(f::clacn2_ as *const ()));
    lacn2_case::<c64>(None, Some(f::zlacn2_ as *const ()));
}

// ---------------------------------------------------------------------------
// ?latrs

type Latrs<T, R> = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const u8,
    *const u8,
    *const i32,
    *const T,
    *const i32,
    *mut T,
    *mut R,
    *mut R,
    *mut i32,
    usize,
    usize,
    usize,
    usize,
);

fn latrs_case<T: P>(our: *const ()) {
    let name = format!("{}latrs_", T::PFX);
    let (o, r): (Latrs<T, T::R>, Latrs<T, T::R>) = (ours(our), rf(&name));
    let mut rng = Rng(99 + T::PFX as u64);
    let huge = if matches!(T::PFX, 's' | 'c') { f32::MAX as f64 } else { f64::MAX };
    let mut scaled = 0;
    for n in [1usize, 2, 3, 5, 9] {
        for kind in 0..3 {
            let mut a = matrix::<T>(n, &mut rng, 1.0);
            for j in 0..n {
                let d = match kind {
                    0 => c64::new(4.0, 0.5),
                    // Tiny diagonal, large off-diagonal: the scaled code.
                    1 => c64::new(1e-3, 1e-4),
                    _ => c64::new(1.0, 0.0),
                };
                a[j + j * n] = T::of(d);
                if kind > 0 {
                    for i in 0..n {
                        if i != j {
                            a[i + j * n] = T::of(a[i + j * n].c() * (huge * 1e-3));
                        }
                    }
                }
            }
            let b: Vec<T> = (0..n).map(|_| rng.scalar()).collect();
            for uplo in [b'U', b'L'] {
                for trans in [b'N', b'T', b'C'] {
                    for diag in [b'N', b'U'] {
                        let call = |fun: Latrs<T, T::R>| {
                            let mut x = b.clone();
                            let (mut scale, mut info) = (T::r(7.0), 5i32);
                            let mut cnorm = vec![T::R::default(); n];
                            let (ni, lda) = (n as i32, n as i32);
                            // SAFETY: arrays of the declared sizes.
                            unsafe {
                                fun(
                                    &uplo,
                                    &trans,
                                    &diag,
                                    &b'N',
                                    &ni,
                                    a.as_ptr(),
                                    &lda,
                                    x.as_mut_ptr(),
                                    &mut scale,
                                    cnorm.as_mut_ptr(),
                                    &mut info,
                                    1,
                                    1,
                                    1,
                                    1,
                                )
                            };
                            (x, scale, cnorm, info)
                        };
                        let (xo, so, co, io) = call(o);
                        let (xr, sr, cr, ir) = call(r);
                        let what =
                            format!("{name} n={n} kind={kind} {}{}{}", uplo as char, trans as char, diag as char);
                        assert_eq!(io, ir, "{what}: INFO");
                        let tol = 64.0 * n as f64 * T::EPS;
                        assert!(close(T::rf(so), T::rf(sr), tol), "{what}: SCALE {so:?} vs {sr:?}");
                        scaled += usize::from(T::rf(sr) < 1.0 && T::rf(sr) > 0.0);
                        for (p, q) in co.iter().zip(&cr) {
                            assert!(close(T::rf(*p), T::rf(*q), tol), "{what}: CNORM {p:?} vs {q:?}");
                        }
                        let xmax = xr.iter().map(|v| v.c().abs_()).fold(0.0, f64::max);
                        for (p, q) in xo.iter().zip(&xr) {
                            assert!((p.c() - q.c()).abs_() <= tol * 1e2 * xmax, "{what}: X {p:?} vs {q:?}");
                        }
                    }
                }
            }
        }
    }
    // The scaled code ran, not only trsv.
    assert!(scaled > 20, "{name}: only {scaled} scaled solves");
}

#[test]
fn lapack_latrs_matches_the_reference() {
    latrs_case::<f32>(f::slatrs_ as *const ());
    latrs_case::<f64>(f::dlatrs_ as *const ());
    latrs_case::<c32>(f::clatrs_ as *const ());
    latrs_case::<c64>(f::zlatrs_ as *const ());
}

// ---------------------------------------------------------------------------
// ?getrf, ?potrf (the reference's, so both estimators see the same factors)

type Getrf<T> = unsafe extern "C" fn(*const i32, *const i32, *mut T, *const i32, *mut i32, *mut i32);
type Potrf<T> = unsafe extern "C" fn(*const u8, *const i32, *mut T, *const i32, *mut i32, usize);
type Gecon<T, R> = unsafe extern "C" fn(
    *const u8,
    *const i32,
    *const T,
    *const i32,
    *const R,
    *mut R,
    *mut T,
    *mut c_void,
    *mut i32,
    usize,
);
type Pocon<T, R> = unsafe extern "C" fn(
    *const u8,
    *const i32,
    *const T,
    *const i32,
    *const R,
    *mut R,
    *mut T,
    *mut c_void,
    *mut i32,
    usize,
);
type Trcon<T, R> = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const u8,
    *const i32,
    *const T,
    *const i32,
    *mut R,
    *mut T,
    *mut c_void,
    *mut i32,
    usize,
    usize,
    usize,
);

fn norm<T: P>(a: &[T], n: usize, inf: bool) -> f64 {
    (0..n)
        .map(|k| (0..n).map(|l| if inf { a[k + l * n] } else { a[l + k * n] }.c().abs_()).sum::<f64>())
        .fold(0.0, f64::max)
}

fn cond_cases<T: P>(gecon: *const (), pocon: *const (), trcon: *const ()) {
    let p = T::PFX;
    let getrf: Getrf<T> = rf(&format!("{p}getrf_"));
    let potrf: Potrf<T> = rf(&format!("{p}potrf_"));
    let (go, gr): (Gecon<T, T::R>, Gecon<T, T::R>) = (ours(gecon), rf(&format!("{p}gecon_")));
    let (po, pr): (Pocon<T, T::R>, Pocon<T, T::R>) = (ours(pocon), rf(&format!("{p}pocon_")));
    let (to, tr): (Trcon<T, T::R>, Trcon<T, T::R>) = (ours(trcon), rf(&format!("{p}trcon_")));
    let mut rng = Rng(4242 + p as u64);
    let grades = if matches!(p, 's' | 'c') { [1.0, 1e-2] } else { [1.0, 1e-6] };
    for n in [0usize, 1, 2, 3, 5, 8, 12, 20] {
        for grade in grades {
            let a = matrix::<T>(n, &mut rng, grade);
            let ni = n as i32;
            let lda = n.max(1) as i32;
            let mut work = vec![T::of(c64::new(0.0, 0.0)); 4 * n + 1];
            let mut iwork = vec![0f64; 2 * n + 1];
            // Tolerance: rounding in the solves, amplified by the condition.
            let tol = 1e3 * T::EPS / grade;
            // gecon on the reference's LU.
            let mut lu = a.clone();
            let mut ipiv = vec![0i32; n.max(1)];
            let mut info = 0;
            // SAFETY: an n x n matrix and n pivots.
            unsafe { getrf(&ni, &ni, lu.as_mut_ptr(), &lda, ipiv.as_mut_ptr(), &mut info) };
            assert_eq!(info, 0);
            for nm in [b'1', b'O', b'I'] {
                let anorm = T::r(norm(&a, n, nm == b'I'));
                let call = |fun: Gecon<T, T::R>, work: &mut [T], iwork: &mut [f64]| {
                    let (mut rcond, mut info) = (T::r(-3.0), 9i32);
                    // SAFETY: arrays of the documented sizes.
                    unsafe {
                        fun(
                            &nm,
                            &ni,
                            lu.as_ptr(),
                            &lda,
                            &anorm,
                            &mut rcond,
                            work.as_mut_ptr(),
                            iwork.as_mut_ptr().cast(),
                            &mut info,
                            1,
                        )
                    };
                    (rcond, info)
                };
                let (ro, io) = call(go, &mut work, &mut iwork);
                let (rr, ir) = call(gr, &mut work, &mut iwork);
                assert_eq!(io, ir, "{p}gecon n={n} {}: INFO", nm as char);
                assert!(
                    close(T::rf(ro), T::rf(rr), tol),
                    "{p}gecon n={n} grade={grade} {}: RCOND {ro:?} vs {rr:?}",
                    nm as char
                );
            }
            // trcon on both triangles of the LU.
            for (nm, uplo, diag) in [(b'1', b'U', b'N'), (b'I', b'U', b'N'), (b'O', b'L', b'U'), (b'I', b'L', b'N')] {
                let call = |fun: Trcon<T, T::R>, work: &mut [T], iwork: &mut [f64]| {
                    let (mut rcond, mut info) = (T::r(-3.0), 9i32);
                    // SAFETY: arrays of the documented sizes.
                    unsafe {
                        fun(
                            &nm,
                            &uplo,
                            &diag,
                            &ni,
                            lu.as_ptr(),
                            &lda,
                            &mut rcond,
                            work.as_mut_ptr(),
                            iwork.as_mut_ptr().cast(),
                            &mut info,
                            1,
                            1,
                            1,
                        )
                    };
                    (rcond, info)
                };
                let (ro, io) = call(to, &mut work, &mut iwork);
                let (rr, ir) = call(tr, &mut work, &mut iwork);
                let what = format!("{p}trcon n={n} {}{}{}", nm as char, uplo as char, diag as char);
                assert_eq!(io, ir, "{what}: INFO");
                assert!(close(T::rf(ro), T::rf(rr), tol), "{what}: RCOND {ro:?} vs {rr:?}");
            }
            // pocon on the reference's Cholesky factor of A^H A + I.
            let mut h = vec![T::of(c64::new(0.0, 0.0)); n * n];
            for i in 0..n {
                for j in 0..n {
                    let mut s = c64::new(if i == j { grade } else { 0.0 }, 0.0);
                    for k in 0..n {
                        s += a[k + i * n].c().conj() * a[k + j * n].c();
                    }
                    if i == j {
                        s.im = 0.0;
                    }
                    h[i + j * n] = T::of(s);
                }
            }
            let anorm = T::r(norm(&h, n, false));
            for uplo in [b'U', b'L'] {
                let mut fac = h.clone();
                // SAFETY: an n x n matrix.
                unsafe { potrf(&uplo, &ni, fac.as_mut_ptr(), &lda, &mut info, 1) };
                assert_eq!(info, 0);
                let call = |fun: Pocon<T, T::R>, work: &mut [T], iwork: &mut [f64]| {
                    let (mut rcond, mut info) = (T::r(-3.0), 9i32);
                    // SAFETY: arrays of the documented sizes.
                    unsafe {
                        fun(
                            &uplo,
                            &ni,
                            fac.as_ptr(),
                            &lda,
                            &anorm,
                            &mut rcond,
                            work.as_mut_ptr(),
                            iwork.as_mut_ptr().cast(),
                            &mut info,
                            1,
                        )
                    };
                    (rcond, info)
                };
                let (ro, io) = call(po, &mut work, &mut iwork);
                let (rr, ir) = call(pr, &mut work, &mut iwork);
                assert_eq!(io, ir, "{p}pocon n={n} {}: INFO", uplo as char);
                assert!(
                    close(T::rf(ro), T::rf(rr), tol * 1e2),
                    "{p}pocon n={n} grade={grade} {}: RCOND {ro:?} vs {rr:?}",
                    uplo as char
                );
            }
        }
    }
}

#[test]
fn lapack_condition_numbers_match_the_reference() {
    cond_cases::<f32>(f::sgecon_ as *const (), f::spocon_ as *const (), f::strcon_ as *const ());
    cond_cases::<f64>(f::dgecon_ as *const (), f::dpocon_ as *const (), f::dtrcon_ as *const ());
    cond_cases::<c32>(f::cgecon_ as *const (), f::cpocon_ as *const (), f::ctrcon_ as *const ());
    cond_cases::<c64>(f::zgecon_ as *const (), f::zpocon_ as *const (), f::ztrcon_ as *const ());
}

// ---------------------------------------------------------------------------
// LAPACKE, both layouts: the same RCOND as the reference's LAPACKE, and its
// return codes for a NaN argument and a bad layout.

type LeGecon<T, R> = unsafe extern "C" fn(i32, i8, i32, *const T, i32, R, *mut R) -> i32;
type LePocon<T, R> = unsafe extern "C" fn(i32, i8, i32, *const T, i32, R, *mut R) -> i32;
type LeTrcon<T, R> = unsafe extern "C" fn(i32, i8, i8, i8, i32, *const T, i32, *mut R) -> i32;

fn lapacke_cases<T: P>(gecon: *const (), pocon: *const (), trcon: *const ()) {
    let p = T::PFX;
    let (go, gr): (LeGecon<T, T::R>, LeGecon<T, T::R>) = (ours(gecon), rfe(&format!("LAPACKE_{p}gecon")));
    let (po, pr): (LePocon<T, T::R>, LePocon<T, T::R>) = (ours(pocon), rfe(&format!("LAPACKE_{p}pocon")));
    let (to, tr): (LeTrcon<T, T::R>, LeTrcon<T, T::R>) = (ours(trcon), rfe(&format!("LAPACKE_{p}trcon")));
    let mut rng = Rng(77 + p as u64);
    let tol = 1e3 * T::EPS;
    for n in [0usize, 1, 4, 7] {
        // A diagonally dominant matrix serves as its own LU and, symmetrised,
        // as a Cholesky factor's input: any triangle is a valid factor.
        let mut a = matrix::<T>(n, &mut rng, 1.0);
        for j in 0..n {
            a[j + j * n] = T::of(c64::new(n as f64 + 2.0, 0.0));
        }
        let ld = n.max(1) as i32;
        let ni = n as i32;
        for layout in [102, 101] {
            let anorm = T::r(norm(&a, n, false));
            let (mut r1, mut r2) = (T::r(-1.0), T::r(-1.0));
            // SAFETY: an n x n matrix with leading dimension n (either layout).
            let (i1, i2) = unsafe {
                (
                    go(layout, b'1' as i8, ni, a.as_ptr(), ld, anorm, &mut r1),
                    gr(layout, b'1' as i8, ni, a.as_ptr(), ld, anorm, &mut r2),
                )
            };
            assert_eq!(i1, i2, "LAPACKE_{p}gecon layout {layout}");
            assert!(close(T::rf(r1), T::rf(r2), tol), "LAPACKE_{p}gecon layout {layout}: {r1:?} vs {r2:?}");
            for uplo in [b'U', b'L'] {
                // SAFETY: as above.
                let (i1, i2) = unsafe {
                    (
                        po(layout, uplo as i8, ni, a.as_ptr(), ld, anorm, &mut r1),
                        pr(layout, uplo as i8, ni, a.as_ptr(), ld, anorm, &mut r2),
                    )
                };
                assert_eq!(i1, i2, "LAPACKE_{p}pocon layout {layout}");
                assert!(close(T::rf(r1), T::rf(r2), tol), "LAPACKE_{p}pocon layout {layout}: {r1:?} vs {r2:?}");
                for (nm, diag) in [(b'I', b'N'), (b'O', b'U')] {
                    // SAFETY: as above.
                    let (i1, i2) = unsafe {
                        (
                            to(layout, nm as i8, uplo as i8, diag as i8, ni, a.as_ptr(), ld, &mut r1),
                            tr(layout, nm as i8, uplo as i8, diag as i8, ni, a.as_ptr(), ld, &mut r2),
                        )
                    };
                    assert_eq!(i1, i2, "LAPACKE_{p}trcon layout {layout}");
                    assert!(close(T::rf(r1), T::rf(r2), tol), "LAPACKE_{p}trcon layout {layout}: {r1:?} vs {r2:?}");
                }
            }
            if n > 0 {
                // NaN checks: ANORM is argument 6, A argument 4; a bad layout is -1.
                let nan = T::r(f64::NAN);
                // SAFETY: as above.
                unsafe {
                    assert_eq!(go(layout, b'1' as i8, ni, a.as_ptr(), ld, nan, &mut r1), -6);
                    assert_eq!(gr(layout, b'1' as i8, ni, a.as_ptr(), ld, nan, &mut r2), -6);
                    let mut b = a.clone();
                    b[0] = T::of(c64::new(f64::NAN, 0.0));
                    assert_eq!(go(layout, b'1' as i8, ni, b.as_ptr(), ld, anorm, &mut r1), -4);
                    assert_eq!(po(layout, b'U' as i8, ni, b.as_ptr(), ld, anorm, &mut r1), -4);
                    assert_eq!(to(layout, b'1' as i8, b'U' as i8, b'N' as i8, ni, b.as_ptr(), ld, &mut r1), -6);
                    assert_eq!(go(7, b'1' as i8, ni, a.as_ptr(), ld, anorm, &mut r1), -1);
                }
            }
        }
    }
}

#[test]
fn lapack_lapacke_matches_the_reference() {
    lapacke_cases::<f32>(
        le::LAPACKE_sgecon as *const (),
        le::LAPACKE_spocon as *const (),
        le::LAPACKE_strcon as *const (),
    );
    lapacke_cases::<f64>(
        le::LAPACKE_dgecon as *const (),
        le::LAPACKE_dpocon as *const (),
        le::LAPACKE_dtrcon as *const (),
    );
    lapacke_cases::<c32>(
        le::LAPACKE_cgecon as *const (),
        le::LAPACKE_cpocon as *const (),
        le::LAPACKE_ctrcon as *const (),
    );
    lapacke_cases::<c64>(
        le::LAPACKE_zgecon as *const (),
        le::LAPACKE_zpocon as *const (),
        le::LAPACKE_ztrcon as *const (),
    );
}
