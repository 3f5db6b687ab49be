//! Every Level-1 kernel table this CPU can run, called directly.
//!
//! For each `arch` in `Arch::runnable()` (on x86-64: avx512 where present,
//! avx2, generic, and the scalar imitations of AVX-512 and NEON register
//! shapes; on aarch64: neon, generic and the imitations) and each scalar
//! type, `<T as BuildKernels>::build(arch)` is built and every function
//! pointer of `Level1Kernels` (`axpy`, `axpby`, `scal`, `scal_real`, `dotu`,
//! `dotc`, `asum`, `sumsq_max`, `iamax`, `iamin`, `rot`) runs on contiguous
//! data of every length up to 70 and around the larger SIMD blocks, at two
//! alignments, against the references; 40 guard elements on each side catch
//! full-width stores in the tails. Also: `dispatch::arch()` honours
//! `FERROBLAS_ARCH` (read here from the environment, so running the suite
//! once per table checks each), and `dispatch::resolve` refuses bad or
//! unsupported names.

use ferroblas::dispatch::{self, Arch, Kernels};
use ferroblas_tests::*;

/// Guard elements on each side of a kernel's operand.
const GUARD: usize = 40;

/// `n` contiguous elements inside guards, starting `off` elements past the
/// first guard block (to vary alignment).
#[derive(Clone)]
struct Guarded<T> {
    buf: Vec<T>,
    orig: Vec<T>,
    start: usize,
    n: usize,
}

impl<T: TestScalar> Guarded<T> {
    fn new(vals: &[T], off: usize) -> Self {
        let start = GUARD + off;
        let mut buf = vec![T::guard(); start + vals.len() + GUARD];
        buf[start..start + vals.len()].copy_from_slice(vals);
        Guarded { orig: buf.clone(), buf, start, n: vals.len() }
    }

    fn ptr(&self) -> *const T {
        self.buf[self.start..].as_ptr()
    }

    fn mut_ptr(&mut self) -> *mut T {
        self.buf[self.start..].as_mut_ptr()
    }

    fn get(&self, i: usize) -> T {
        self.buf[self.start + i]
    }

    /// Guards (and, with `all`, the elements too) are bit-identical to the start.
    #[track_caller]
    fn check(&self, all: bool, ctx: impl Fn() -> String) {
        for (k, (a, b)) in self.buf.iter().zip(&self.orig).enumerate() {
            let inside = (self.start..self.start + self.n).contains(&k);
            if (all || !inside) && a.bits() != b.bits() {
                panic!("{}: buffer position {k} (operand starts at {}) changed to {a:?}", ctx(), self.start);
            }
        }
    }
}

/// Every length up to 70, and around the larger blocks (4099 except under qemu-aarch64).
fn kernel_lengths() -> Vec<usize> {
    let big: &[usize] = if cfg!(target_arch = "aarch64") { &[] } else { &[4099] };
    (0..=70).chain([95, 96, 97, 127, 128, 129, 255, 256, 257, 1000]).chain(big.iter().copied()).collect()
}

/// Checks every kernel of one table on one length and alignment.
fn check_table<T: TestScalar>(k: &Kernels<T>, n: usize, off: usize, rng: &mut Rng) {
    let arch = k.arch.name();
    let l1 = &k.l1;
    let ctx = |op: &str| format!("{arch} {op} n={n} off={off} [{}]", T::NAME);
    let xv: Vec<T> = random_vec(rng, n);
    let yv: Vec<T> = random_vec(rng, n);
    let x = Guarded::new(&xv, off);

    for alpha in special_scalars::<T>(rng) {
        let a = alpha.to_c64();
        // axpy
        let mut y = Guarded::new(&yv, 1 - off);
        // SAFETY: both operands hold n elements; the table runs on this CPU.
        unsafe { (l1.axpy)(n, alpha, x.ptr(), y.mut_ptr()) };
        y.check(false, || ctx("axpy"));
        for i in 0..n {
            let (xi, yi) = (xv[i].to_c64(), yv[i].to_c64());
            let tol = 4.0 * T::eps() * (mag(yi) + mag(a) * mag(xi));
            assert_close(y.get(i), yi + wmul::<T>(a, xi), tol, || format!("{} alpha={alpha:?} i={i}", ctx("axpy")));
        }
        // scal
        let mut z = Guarded::new(&xv, off);
        // SAFETY: as above.
        unsafe { (l1.scal)(n, alpha, z.mut_ptr()) };
        z.check(false, || ctx("scal"));
        for (i, xi) in xv.iter().enumerate() {
            let xi = xi.to_c64();
            let tol = 4.0 * T::eps() * mag(a) * mag(xi);
            assert_close(z.get(i), wmul::<T>(a, xi), tol, || format!("{} alpha={alpha:?} i={i}", ctx("scal")));
        }
        // axpby, with beta = 0 over a y full of NaN: y must not be read.
        for beta in [T::zero(), T::one(), T::random(rng)] {
            let b = beta.to_c64();
            let ystart: Vec<T> = if beta.is_zero() { vec![T::from_f64s(f64::NAN, f64::NAN); n] } else { yv.clone() };
            let mut y = Guarded::new(&ystart, off);
            // SAFETY: as above.
            unsafe { (l1.axpby)(n, alpha, x.ptr(), beta, y.mut_ptr()) };
            y.check(false, || ctx("axpby"));
            for i in 0..n {
                let (xi, yi) = (xv[i].to_c64(), ystart[i].to_c64());
                let want = if beta.is_zero() { wmul::<T>(a, xi) } else { wmul::<T>(a, xi) + wmul::<T>(b, yi) };
                let tol = 4.0 * T::eps() * (mag(a) * mag(xi) + if beta.is_zero() { 0.0 } else { mag(b) * mag(yi) });
                assert_close(y.get(i), want, tol, || format!("{} alpha={alpha:?} beta={beta:?} i={i}", ctx("axpby")));
            }
        }
    }

    // scal_real
    for r in [0.0, -1.0, rng.range(-2.0, 2.0)] {
        let rr = T::Real::from_f64(r);
        let mut z = Guarded::new(&xv, off);
        // SAFETY: as above.
        unsafe { (l1.scal_real)(n, rr, z.mut_ptr()) };
        z.check(false, || ctx("scal_real"));
        for (i, xi) in xv.iter().enumerate() {
            let want = xi.to_c64() * rr.to_f64();
            assert_close(z.get(i), want, T::eps() * mag(want), || format!("{} r={r} i={i}", ctx("scal_real")));
        }
    }

    // rot
    let theta = rng.range(0.0, std::f64::consts::TAU);
    let (c, s) = (T::Real::from_f64(theta.cos()), T::Real::from_f64(theta.sin()));
    let (mut u, mut v) = (Guarded::new(&xv, off), Guarded::new(&yv, 1 - off));
    // SAFETY: as above.
    unsafe { (l1.rot)(n, u.mut_ptr(), v.mut_ptr(), c, s) };
    u.check(false, || ctx("rot"));
    v.check(false, || ctx("rot"));
    let (cf, sf) = (c.to_f64(), s.to_f64());
    for i in 0..n {
        let (xi, yi) = (xv[i].to_c64(), yv[i].to_c64());
        let tol = 4.0 * T::eps() * (mag(xi) + mag(yi));
        assert_close(u.get(i), xi * cf + yi * sf, tol, || format!("{} x[{i}]", ctx("rot")));
        assert_close(v.get(i), yi * cf - xi * sf, tol, || format!("{} y[{i}]", ctx("rot")));
    }

    // Reductions: nothing may be written.
    let y = Guarded::new(&yv, 1 - off);
    // SAFETY: as above.
    let (du, dc, asum, (ss, mx)) = unsafe {
        (
            (l1.dotu)(n, x.ptr(), y.ptr()),
            (l1.dotc)(n, x.ptr(), y.ptr()),
            (l1.asum)(n, x.ptr()),
            (l1.sumsq_max)(n, x.ptr()),
        )
    };
    x.check(true, || ctx("reductions"));
    y.check(true, || ctx("reductions"));
    let (wu, bound) = ref_dot(&xv, &yv, false);
    let (wc, _) = ref_dot(&xv, &yv, true);
    let tol = 2.0 * (n as f64 + 2.0) * T::eps() * bound;
    assert_close(du, wu, tol, || ctx("dotu"));
    assert_close(dc, wc, tol, || ctx("dotc"));
    let want = ref_asum(&xv);
    assert_close_real(asum, want, (n as f64 + 2.0) * T::eps() * want, || ctx("asum"));
    let parts: Vec<f64> = xv.iter().flat_map(|v| [v.re().to_f64(), v.im().to_f64()]).collect();
    let wss: f64 = parts.iter().map(|p| p * p).sum();
    let wmx = parts.iter().fold(0.0f64, |m, p| m.max(p.abs()));
    assert_close_real(ss, wss, (n as f64 + 2.0) * T::eps() * wss, || ctx("sumsq_max sum"));
    assert_eq!(mx.to_f64(), wmx, "{}", ctx("sumsq_max max"));

    if n == 0 {
        return;
    }
    // iamax / iamin on random data, and with a NaN planted after element 0.
    // SAFETY: n >= 1 elements and x[0] is not NaN.
    let (imax, imin) = unsafe { ((l1.iamax)(n, x.ptr()), (l1.iamin)(n, x.ptr())) };
    assert_eq!(Some(imax), ref_iamax(&xv, true), "{}", ctx("iamax"));
    assert_eq!(Some(imin), ref_iamax(&xv, false), "{}", ctx("iamin"));
    if n > 1 {
        let mut w = xv.clone();
        w[1 + rng.below(n - 1)] = T::from_f64s(f64::NAN, 0.0);
        let g = Guarded::new(&w, off);
        // SAFETY: as above.
        let (imax, imin) = unsafe { ((l1.iamax)(n, g.ptr()), (l1.iamin)(n, g.ptr())) };
        assert_eq!(Some(imax), ref_iamax(&w, true), "{}", ctx("iamax with NaN"));
        assert_eq!(Some(imin), ref_iamax(&w, false), "{}", ctx("iamin with NaN"));
        // sumsq_max: a NaN makes the sum NaN.
        // SAFETY: as above.
        let (ss, _) = unsafe { (l1.sumsq_max)(n, g.ptr()) };
        assert!(ss.to_f64().is_nan(), "{}", ctx("sumsq_max with NaN"));
    }
}

/// The extreme planted at every position (all of them up to 70, the ends
/// and the middle beyond), with ties: the first index wins in every lane
/// and tail arrangement.
fn check_iamax_positions<T: TestScalar>(k: &Kernels<T>, rng: &mut Rng) {
    let l1 = &k.l1;
    for n in kernel_lengths().into_iter().filter(|&n| n > 0) {
        let ps: Vec<usize> = if n <= 70 { (0..n).collect() } else { (0..18).chain(n - 18..n).chain([n / 2]).collect() };
        for p in ps {
            let (hi, hi_tie, lo, lo_tie) = if T::IS_COMPLEX {
                (T::from_f64s(2.5, -0.5), T::from_f64s(-0.5, 2.5), T::from_f64s(0.25, 0.5), T::from_f64s(-0.5, 0.25))
            } else {
                (T::from_f64s(3.0, 0.0), T::from_f64s(-3.0, 0.0), T::from_f64s(0.75, 0.0), T::from_f64s(-0.75, 0.0))
            };
            // Background: |re| + |im| < 3 for iamax, >= 1 for iamin.
            let mut v: Vec<T> = random_vec(rng, n);
            let mut w: Vec<T> = (0..n)
                .map(|_| {
                    if T::IS_COMPLEX {
                        let re = rng.range(0.5, 1.0) * rng.sign();
                        T::from_f64s(re, rng.range(0.5, 1.0) * rng.sign())
                    } else {
                        T::from_f64s(rng.range(1.0, 2.0) * rng.sign(), 0.0)
                    }
                })
                .collect();
            v[p] = hi;
            w[p] = lo;
            // A tie at a later q (none when q = n).
            let q = p + 1 + rng.below(n - p);
            if q < n {
                v[q] = hi_tie;
                w[q] = lo_tie;
            }
            let (gv, gw) = (Guarded::new(&v, p % 2), Guarded::new(&w, p % 2));
            // SAFETY: n >= 1 elements, none NaN; the table runs on this CPU.
            let (imax, imin) = unsafe { ((l1.iamax)(n, gv.ptr()), (l1.iamin)(n, gw.ptr())) };
            let ctx = format!("{} n={n} p={p} q={q} [{}]", k.arch.name(), T::NAME);
            assert_eq!(imax, p, "iamax {ctx}");
            assert_eq!(imin, p, "iamin {ctx}");
        }
    }
}

fn every_table_body<T: TestScalar>() {
    let mut rng = Rng::new(300);
    let runnable = Arch::runnable();
    assert!(
        runnable.contains(&Arch::Generic) && runnable.contains(&Arch::EmuAvx512) && runnable.contains(&Arch::EmuNeon)
    );
    for arch in runnable {
        let k = <T as BuildKernels>::build(arch);
        assert_eq!(k.arch, arch);
        for n in kernel_lengths() {
            for off in [0, 1] {
                check_table(&k, n, off, &mut rng);
            }
        }
        check_iamax_positions(&k, &mut rng);
    }
}

/// The process-wide table is the one `FERROBLAS_ARCH` asks for when this CPU
/// can run it, else the detected one.
fn process_table_body<T: TestScalar>() {
    let req = std::env::var("FERROBLAS_ARCH").ok();
    let (want, _) = dispatch::resolve(req.as_deref());
    assert_eq!(dispatch::arch(), want, "FERROBLAS_ARCH={req:?}");
    if let Some(a) = req.as_deref().and_then(Arch::from_name) {
        if a.is_supported() {
            assert_eq!(dispatch::arch(), a, "FERROBLAS_ARCH={req:?} names a runnable table");
        }
    }
    assert_eq!(T::kernels().arch, dispatch::arch(), "[{}]", T::NAME);
}

for_each_type! {
    every_table => every_table_body;
    process_table => process_table_body;
}

#[test]
fn env_request_is_reported() {
    let arch = dispatch::arch();
    assert_eq!(ferroblas::corename(), arch.name());
    assert!(dispatch::config_string().contains(&format!("arch={}", arch.name())), "{}", dispatch::config_string());
    match std::env::var("FERROBLAS_ARCH") {
        Ok(req) if !req.trim().is_empty() => {
            eprintln!("FERROBLAS_ARCH={req}: running the {} table", arch.name());
        }
        _ => assert_eq!(arch, Arch::detect(), "no FERROBLAS_ARCH: the detected table"),
    }
}

#[test]
fn resolve_accepts_runnable_and_refuses_the_rest() {
    let detected = Arch::detect();
    assert!(detected.is_supported());
    assert!(Arch::runnable().contains(&detected));
    assert!(![Arch::EmuAvx512, Arch::EmuNeon].contains(&detected), "imitations are never chosen on their own");
    assert_eq!(dispatch::resolve(None), (detected, None));
    assert_eq!(dispatch::resolve(Some("")), (detected, None));
    assert_eq!(dispatch::resolve(Some("  ")), (detected, None));
    for bad in ["bogus", "sse2", "avx-512", "emu", "neon2"] {
        let (a, msg) = dispatch::resolve(Some(bad));
        assert_eq!(a, detected, "{bad}");
        let msg = msg.unwrap_or_default();
        assert!(msg.contains("refused") && msg.contains(bad), "{bad}: {msg}");
    }
    for a in Arch::ALL {
        for spelling in [a.name().to_string(), a.name().to_uppercase(), format!(" {} ", a.name())] {
            let (got, msg) = dispatch::resolve(Some(&spelling));
            if a.is_supported() {
                assert_eq!((got, msg), (a, None), "{spelling:?}");
            } else {
                assert_eq!(got, detected, "{spelling:?}");
                assert!(msg.unwrap_or_default().contains("cannot run"), "{spelling:?}");
            }
        }
    }
    #[cfg(target_arch = "x86_64")]
    assert!(!Arch::Neon.is_supported());
    #[cfg(target_arch = "aarch64")]
    assert!(!Arch::Avx2.is_supported() && !Arch::Avx512.is_supported() && Arch::Neon.is_supported());
}

#[test]
fn building_an_unsupported_table_panics() {
    for a in Arch::ALL.into_iter().filter(|a| !a.is_supported()) {
        let r = std::panic::catch_unwind(|| <f64 as BuildKernels>::build(a));
        assert!(r.is_err(), "building {} on a CPU without it must panic", a.name());
    }
}
