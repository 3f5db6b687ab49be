//! Level-1 BLAS through the C ABI: the Fortran entry points (`daxpy_`, ...,
//! arguments by reference) and CBLAS (`cblas_daxpy`, ..., by value), called
//! directly with raw pointers, for f32, f64, c32 and c64.
//!
//! Covers the reference's quirks: `n <= 0` quick returns (nothing written,
//! zero results); `?scal`, `?asum`, `i?amax` with `incx <= 0` do nothing or
//! return 0; `?nrm2` accepts negative increments; `i?amax`/`i?amin` are
//! 1-based in Fortran and 0-based in CBLAS; negative increments start from the
//! far end (`x[(n-1)*|inc|]` is logical element 0); zero increments on
//! read-only operands broadcast; complex `?dotc_`/`?dotu_` return by value and
//! `cblas_?dot?_sub` write through their pointer; `?axpby`; the rotation
//! routines' argument plumbing; `xerbla` messages. Guard elements around and
//! between strided elements must stay bit-identical.

use ferroblas_capi::generated::fortran;
use ferroblas_capi::{blas1, cblas1, xerbla};
use ferroblas_tests::*;
use std::ffi::c_void;

/// Which ABI a call goes through.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Api {
    Fortran,
    Cblas,
}

const APIS: [Api; 2] = [Api::Fortran, Api::Cblas];

/// The Level-1 entry points of one scalar type behind one signature each.
///
/// # Safety (every method)
/// Pointers valid for the vectors the arguments declare, as the ABI requires.
trait Abi: TestScalar {
    unsafe fn axpy(api: Api, n: i32, a: Self, x: *const Self, incx: i32, y: *mut Self, incy: i32);
    #[allow(clippy::too_many_arguments)]
    unsafe fn axpby(api: Api, n: i32, a: Self, x: *const Self, incx: i32, b: Self, y: *mut Self, incy: i32);
    unsafe fn scal(api: Api, n: i32, a: Self, x: *mut Self, incx: i32);
    /// `sscal`/`dscal` for real types, `csscal`/`zdscal` for complex.
    unsafe fn scal_real(api: Api, n: i32, a: Self::Real, x: *mut Self, incx: i32);
    unsafe fn copy(api: Api, n: i32, x: *const Self, incx: i32, y: *mut Self, incy: i32);
    unsafe fn swap(api: Api, n: i32, x: *mut Self, incx: i32, y: *mut Self, incy: i32);
    #[allow(clippy::too_many_arguments)]
    unsafe fn rot(api: Api, n: i32, x: *mut Self, incx: i32, y: *mut Self, incy: i32, c: Self::Real, s: Self::Real);
    /// `?dot`/`?dotu`; CBLAS complex through `cblas_?dotu_sub`.
    unsafe fn dotu(api: Api, n: i32, x: *const Self, incx: i32, y: *const Self, incy: i32) -> Self;
    /// `?dot`/`?dotc`; CBLAS complex through `cblas_?dotc_sub`.
    unsafe fn dotc(api: Api, n: i32, x: *const Self, incx: i32, y: *const Self, incy: i32) -> Self;
    /// CBLAS dot returning by value (`cblas_?dotu`/`cblas_?dotc`, an OpenBLAS extension for complex).
    unsafe fn cblas_dot_value(conj: bool, n: i32, x: *const Self, incx: i32, y: *const Self, incy: i32) -> Self;
    unsafe fn asum(api: Api, n: i32, x: *const Self, incx: i32) -> Self::Real;
    unsafe fn nrm2(api: Api, n: i32, x: *const Self, incx: i32) -> Self::Real;
    /// The raw result: 1-based (0 for none) from Fortran, 0-based from CBLAS.
    unsafe fn iamax(api: Api, n: i32, x: *const Self, incx: i32) -> i64;
    /// As [`Abi::iamax`] for `i?amin`.
    unsafe fn iamin(api: Api, n: i32, x: *const Self, incx: i32) -> i64;
}

macro_rules! impl_abi_real {
    ($t:ty; $axpy:ident $axpby:ident $scal:ident $copy:ident $swap:ident $rot:ident $dot:ident $asum:ident
     $nrm2:ident $iamax:ident $iamin:ident; $caxpy:ident $caxpby:ident $cscal:ident $ccopy:ident $cswap:ident
     $crot:ident $cdot:ident $casum:ident $cnrm2:ident $ciamax:ident $ciamin:ident) => {
        impl Abi for $t {
            unsafe fn axpy(api: Api, n: i32, a: $t, x: *const $t, incx: i32, y: *mut $t, incy: i32) {
                // SAFETY: the caller's pointers match the arguments, as both ABIs require.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$axpy(&n, &a, x, &incx, y, &incy),
                        Api::Cblas => cblas1::$caxpy(n, a, x, incx, y, incy),
                    }
                }
            }
            unsafe fn axpby(api: Api, n: i32, a: $t, x: *const $t, incx: i32, b: $t, y: *mut $t, incy: i32) {
                // SAFETY: as above.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$axpby(&n, &a, x, &incx, &b, y, &incy),
                        Api::Cblas => cblas1::$caxpby(n, a, x, incx, b, y, incy),
                    }
                }
            }
            unsafe fn scal(api: Api, n: i32, a: $t, x: *mut $t, incx: i32) {
                // SAFETY: as above.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$scal(&n, &a, x, &incx),
                        Api::Cblas => cblas1::$cscal(n, a, x, incx),
                    }
                }
            }
            unsafe fn scal_real(api: Api, n: i32, a: $t, x: *mut $t, incx: i32) {
                // SAFETY: as above.
                unsafe { Self::scal(api, n, a, x, incx) }
            }
            unsafe fn copy(api: Api, n: i32, x: *const $t, incx: i32, y: *mut $t, incy: i32) {
                // SAFETY: as above.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$copy(&n, x, &incx, y, &incy),
                        Api::Cblas => cblas1::$ccopy(n, x, incx, y, incy),
                    }
                }
            }
            unsafe fn swap(api: Api, n: i32, x: *mut $t, incx: i32, y: *mut $t, incy: i32) {
                // SAFETY: as above.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$swap(&n, x, &incx, y, &incy),
                        Api::Cblas => cblas1::$cswap(n, x, incx, y, incy),
                    }
                }
            }
            unsafe fn rot(api: Api, n: i32, x: *mut $t, incx: i32, y: *mut $t, incy: i32, c: $t, s: $t) {
                // SAFETY: as above.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$rot(&n, x, &incx, y, &incy, &c, &s),
                        Api::Cblas => cblas1::$crot(n, x, incx, y, incy, c, s),
                    }
                }
            }
            unsafe fn dotu(api: Api, n: i32, x: *const $t, incx: i32, y: *const $t, incy: i32) -> $t {
                // SAFETY: as above.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$dot(&n, x, &incx, y, &incy),
                        Api::Cblas => cblas1::$cdot(n, x, incx, y, incy),
                    }
                }
            }
            unsafe fn dotc(api: Api, n: i32, x: *const $t, incx: i32, y: *const $t, incy: i32) -> $t {
                // SAFETY: as above.
                unsafe { Self::dotu(api, n, x, incx, y, incy) }
            }
            unsafe fn cblas_dot_value(_conj: bool, n: i32, x: *const $t, incx: i32, y: *const $t, incy: i32) -> $t {
                // SAFETY: as above.
                unsafe { cblas1::$cdot(n, x, incx, y, incy) }
            }
            unsafe fn asum(api: Api, n: i32, x: *const $t, incx: i32) -> $t {
                // SAFETY: as above.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$asum(&n, x, &incx),
                        Api::Cblas => cblas1::$casum(n, x, incx),
                    }
                }
            }
            unsafe fn nrm2(api: Api, n: i32, x: *const $t, incx: i32) -> $t {
                // SAFETY: as above.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$nrm2(&n, x, &incx),
                        Api::Cblas => cblas1::$cnrm2(n, x, incx),
                    }
                }
            }
            unsafe fn iamax(api: Api, n: i32, x: *const $t, incx: i32) -> i64 {
                // SAFETY: as above.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$iamax(&n, x, &incx) as i64,
                        Api::Cblas => cblas1::$ciamax(n, x, incx) as i64,
                    }
                }
            }
            unsafe fn iamin(api: Api, n: i32, x: *const $t, incx: i32) -> i64 {
                // SAFETY: as above.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$iamin(&n, x, &incx) as i64,
                        Api::Cblas => cblas1::$ciamin(n, x, incx) as i64,
                    }
                }
            }
        }
    };
}

impl_abi_real!(f32; saxpy_ saxpby_ sscal_ scopy_ sswap_ srot_ sdot_ sasum_ snrm2_ isamax_ isamin_;
    cblas_saxpy cblas_saxpby cblas_sscal cblas_scopy cblas_sswap cblas_srot cblas_sdot cblas_sasum cblas_snrm2
    cblas_isamax cblas_isamin);
impl_abi_real!(f64; daxpy_ daxpby_ dscal_ dcopy_ dswap_ drot_ ddot_ dasum_ dnrm2_ idamax_ idamin_;
    cblas_daxpy cblas_daxpby cblas_dscal cblas_dcopy cblas_dswap cblas_drot cblas_ddot cblas_dasum cblas_dnrm2
    cblas_idamax cblas_idamin);

macro_rules! impl_abi_complex {
    ($t:ty, $r:ty; $axpy:ident $axpby:ident $scal:ident $rscal:ident $copy:ident $swap:ident $rot:ident $dotu:ident
     $dotc:ident $asum:ident $nrm2:ident $iamax:ident $iamin:ident; $caxpy:ident $caxpby:ident $cscal:ident
     $crscal:ident $ccopy:ident $cswap:ident $crot:ident $cdotu_sub:ident $cdotc_sub:ident $cdotu:ident
     $cdotc:ident $casum:ident $cnrm2:ident $ciamax:ident $ciamin:ident) => {
        impl Abi for $t {
            unsafe fn axpy(api: Api, n: i32, a: $t, x: *const $t, incx: i32, y: *mut $t, incy: i32) {
                let (pa, px, py) = (&a as *const $t as *const c_void, x as *const c_void, y as *mut c_void);
                // SAFETY: the caller's pointers match the arguments, as both ABIs require.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$axpy(&n, &a, x, &incx, y, &incy),
                        Api::Cblas => cblas1::$caxpy(n, pa, px, incx, py, incy),
                    }
                }
            }
            unsafe fn axpby(api: Api, n: i32, a: $t, x: *const $t, incx: i32, b: $t, y: *mut $t, incy: i32) {
                let (pa, pb) = (&a as *const $t as *const c_void, &b as *const $t as *const c_void);
                // SAFETY: as above.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$axpby(&n, &a, x, &incx, &b, y, &incy),
                        Api::Cblas => cblas1::$caxpby(n, pa, x as *const c_void, incx, pb, y as *mut c_void, incy),
                    }
                }
            }
            unsafe fn scal(api: Api, n: i32, a: $t, x: *mut $t, incx: i32) {
                // SAFETY: as above.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$scal(&n, &a, x, &incx),
                        Api::Cblas => cblas1::$cscal(n, &a as *const $t as *const c_void, x as *mut c_void, incx),
                    }
                }
            }
            unsafe fn scal_real(api: Api, n: i32, a: $r, x: *mut $t, incx: i32) {
                // SAFETY: as above.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$rscal(&n, &a, x, &incx),
                        Api::Cblas => cblas1::$crscal(n, a, x as *mut c_void, incx),
                    }
                }
            }
            unsafe fn copy(api: Api, n: i32, x: *const $t, incx: i32, y: *mut $t, incy: i32) {
                // SAFETY: as above.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$copy(&n, x, &incx, y, &incy),
                        Api::Cblas => cblas1::$ccopy(n, x as *const c_void, incx, y as *mut c_void, incy),
                    }
                }
            }
            unsafe fn swap(api: Api, n: i32, x: *mut $t, incx: i32, y: *mut $t, incy: i32) {
                // SAFETY: as above.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$swap(&n, x, &incx, y, &incy),
                        Api::Cblas => cblas1::$cswap(n, x as *mut c_void, incx, y as *mut c_void, incy),
                    }
                }
            }
            unsafe fn rot(api: Api, n: i32, x: *mut $t, incx: i32, y: *mut $t, incy: i32, c: $r, s: $r) {
                // SAFETY: as above.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$rot(&n, x, &incx, y, &incy, &c, &s),
                        Api::Cblas => cblas1::$crot(n, x as *mut c_void, incx, y as *mut c_void, incy, c, s),
                    }
                }
            }
            unsafe fn dotu(api: Api, n: i32, x: *const $t, incx: i32, y: *const $t, incy: i32) -> $t {
                let mut out = <$t>::guard();
                // SAFETY: as above; `out` is a valid place for one result.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$dotu(&n, x, &incx, y, &incy),
                        Api::Cblas => {
                            let (px, py) = (x as *const c_void, y as *const c_void);
                            cblas1::$cdotu_sub(n, px, incx, py, incy, &mut out as *mut $t as *mut c_void);
                            out
                        }
                    }
                }
            }
            unsafe fn dotc(api: Api, n: i32, x: *const $t, incx: i32, y: *const $t, incy: i32) -> $t {
                let mut out = <$t>::guard();
                // SAFETY: as above; `out` is a valid place for one result.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$dotc(&n, x, &incx, y, &incy),
                        Api::Cblas => {
                            let (px, py) = (x as *const c_void, y as *const c_void);
                            cblas1::$cdotc_sub(n, px, incx, py, incy, &mut out as *mut $t as *mut c_void);
                            out
                        }
                    }
                }
            }
            unsafe fn cblas_dot_value(conj: bool, n: i32, x: *const $t, incx: i32, y: *const $t, incy: i32) -> $t {
                let (px, py) = (x as *const c_void, y as *const c_void);
                // SAFETY: as above.
                unsafe {
                    if conj {
                        cblas1::$cdotc(n, px, incx, py, incy)
                    } else {
                        cblas1::$cdotu(n, px, incx, py, incy)
                    }
                }
            }
            unsafe fn asum(api: Api, n: i32, x: *const $t, incx: i32) -> $r {
                // SAFETY: as above.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$asum(&n, x, &incx),
                        Api::Cblas => cblas1::$casum(n, x as *const c_void, incx),
                    }
                }
            }
            unsafe fn nrm2(api: Api, n: i32, x: *const $t, incx: i32) -> $r {
                // SAFETY: as above.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$nrm2(&n, x, &incx),
                        Api::Cblas => cblas1::$cnrm2(n, x as *const c_void, incx),
                    }
                }
            }
            unsafe fn iamax(api: Api, n: i32, x: *const $t, incx: i32) -> i64 {
                // SAFETY: as above.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$iamax(&n, x, &incx) as i64,
                        Api::Cblas => cblas1::$ciamax(n, x as *const c_void, incx) as i64,
                    }
                }
            }
            unsafe fn iamin(api: Api, n: i32, x: *const $t, incx: i32) -> i64 {
                // SAFETY: as above.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$iamin(&n, x, &incx) as i64,
                        Api::Cblas => cblas1::$ciamin(n, x as *const c_void, incx) as i64,
                    }
                }
            }
        }
    };
}

impl_abi_complex!(c32, f32; caxpy_ caxpby_ cscal_ csscal_ ccopy_ cswap_ csrot_ cdotu_ cdotc_ scasum_ scnrm2_ icamax_
    icamin_; cblas_caxpy cblas_caxpby cblas_cscal cblas_csscal cblas_ccopy cblas_cswap cblas_csrot cblas_cdotu_sub
    cblas_cdotc_sub cblas_cdotu cblas_cdotc cblas_scasum cblas_scnrm2 cblas_icamax cblas_icamin);
impl_abi_complex!(c64, f64; zaxpy_ zaxpby_ zscal_ zdscal_ zcopy_ zswap_ zdrot_ zdotu_ zdotc_ dzasum_ dznrm2_ izamax_
    izamin_; cblas_zaxpy cblas_zaxpby cblas_zscal cblas_zdscal cblas_zcopy cblas_zswap cblas_zdrot cblas_zdotu_sub
    cblas_zdotc_sub cblas_zdotu cblas_zdotc cblas_dzasum cblas_dznrm2 cblas_izamax cblas_izamin);

/// Lengths for the ABI sweeps: every SIMD edge of the smaller widths and a few larger.
fn abi_lengths() -> Vec<usize> {
    (0..=19).chain([31, 32, 33, 64, 65, 257]).collect()
}

/// Increment pairs for a read-only x and a written y (with `incx = 0`).
fn abi_pairs() -> Vec<(isize, isize)> {
    let mut p = inc_pairs();
    p.extend([(0, 1), (0, -1)]);
    p
}

// ---------------------------------------------------------------------------
// Quick returns and non-positive increments.

/// `n <= 0`: nothing is read or written, results are zero.
fn quick_returns<T: Abi>() {
    let mut rng = Rng::new(200);
    for api in APIS {
        for n in [0, -1, -7] {
            for inc in [1, -1, 2, 0] {
                let ctx = || format!("{api:?} n={n} inc={inc}");
                // Real buffers behind the pointers, so a wrong read or write shows.
                let mut x = Strided::<T>::random(&mut rng, 5, 1);
                let mut y = Strided::<T>::random(&mut rng, 5, 1);
                let (a, b) = (T::random(&mut rng), T::random(&mut rng));
                let (xp, yp) = (x.mut_ptr(), y.mut_ptr());
                let (c, s) = (T::Real::from_f64(0.6), T::Real::from_f64(0.8));
                // SAFETY: with n <= 0 nothing is accessed; the pointers are valid anyway.
                unsafe {
                    T::axpy(api, n, a, xp, inc, yp, 1);
                    T::axpby(api, n, a, xp, inc, b, yp, 1);
                    T::scal(api, n, a, xp, inc);
                    T::scal_real(api, n, c, xp, inc);
                    T::copy(api, n, xp, inc, yp, 1);
                    T::swap(api, n, xp, 1, yp, 1);
                    T::rot(api, n, xp, 1, yp, 1, c, s);
                    assert_eq!(T::dotu(api, n, xp, inc, yp, 1), T::zero(), "dotu {}", ctx());
                    assert_eq!(T::dotc(api, n, xp, inc, yp, 1), T::zero(), "dotc {}", ctx());
                    assert_eq!(T::cblas_dot_value(true, n, xp, 1, yp, 1), T::zero(), "cblas dot {}", ctx());
                    assert_eq!(T::asum(api, n, xp, inc).to_f64(), 0.0, "asum {}", ctx());
                    assert_eq!(T::nrm2(api, n, xp, inc).to_f64(), 0.0, "nrm2 {}", ctx());
                    assert_eq!(T::iamax(api, n, xp, inc), 0, "iamax {}", ctx());
                    assert_eq!(T::iamin(api, n, xp, inc), 0, "iamin {}", ctx());
                }
                x.check_unchanged(ctx);
                y.check_unchanged(ctx);
                // Empty buffers (guards only) are fine too.
                let mut e = Strided::<T>::random(&mut rng, 0, 1);
                let ep = e.mut_ptr();
                // SAFETY: as above.
                unsafe {
                    T::axpy(api, n, a, ep, 1, ep, 1);
                    T::scal(api, n, a, ep, 1);
                    assert_eq!(T::nrm2(api, n, ep, 1).to_f64(), 0.0);
                }
                e.check_unchanged(ctx);
            }
        }
    }
}

/// `?scal`, `?asum`, `i?amax`/`i?amin` with `incx <= 0` do nothing / return 0,
/// as the reference does (it would otherwise walk outside the array).
fn nonpositive_increments<T: Abi>() {
    let mut rng = Rng::new(201);
    for api in APIS {
        for n in [1, 2, 5, 17] {
            for inc in [0, -1, -2] {
                let ctx = || format!("{api:?} n={n} incx={inc}");
                // A buffer large enough for |inc|, so a wrong access stays in bounds and shows.
                let mut x = Strided::<T>::random(&mut rng, n, 2);
                let xp = x.mut_ptr();
                // SAFETY: the buffer spans n elements at increment 2, more than any |inc| here needs.
                unsafe {
                    T::scal(api, n as i32, T::from_f64s(3.0, 1.0), xp, inc);
                    T::scal_real(api, n as i32, T::Real::from_f64(3.0), xp, inc);
                    assert_eq!(T::asum(api, n as i32, xp, inc).to_f64(), 0.0, "asum {}", ctx());
                    assert_eq!(T::iamax(api, n as i32, xp, inc), 0, "iamax {}", ctx());
                    assert_eq!(T::iamin(api, n as i32, xp, inc), 0, "iamin {}", ctx());
                }
                x.check_unchanged(ctx);
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Sweeps over lengths and increments (negative ones from the far end).

fn axpy_axpby_abi<T: Abi>() {
    let mut rng = Rng::new(202);
    for api in APIS {
        for n in abi_lengths() {
            for (incx, incy) in abi_pairs() {
                for (alpha, beta) in [
                    (T::random(&mut rng), T::random(&mut rng)),
                    (T::random(&mut rng), T::zero()),
                    (T::zero(), T::random(&mut rng)),
                    (T::one(), T::one()),
                ] {
                    let ctx =
                        || format!("{api:?} axpy/axpby n={n} incx={incx} incy={incy} alpha={alpha:?} beta={beta:?}");
                    let x = Strided::<T>::random(&mut rng, n, incx);
                    let mut y = Strided::<T>::random(&mut rng, n, incy);
                    let yv = y.values();
                    let mut y2 = y.clone();
                    // SAFETY: the strided buffers hold the vectors the arguments declare.
                    unsafe {
                        T::axpy(api, n as i32, alpha, x.ptr(), incx as i32, y.mut_ptr(), incy as i32);
                        T::axpby(api, n as i32, alpha, x.ptr(), incx as i32, beta, y2.mut_ptr(), incy as i32);
                    }
                    x.check_unchanged(ctx);
                    y.check_guards(ctx);
                    y2.check_guards(ctx);
                    let (a, b) = (alpha.to_c64(), beta.to_c64());
                    for (i, yi) in yv.iter().enumerate() {
                        let (xi, yi) = (x.get(i).to_c64(), yi.to_c64());
                        let tol = 4.0 * T::eps() * (mag(yi) + mag(a) * mag(xi)) * (1.0 + mag(b));
                        let want = if alpha.is_zero() { yi } else { yi + wmul::<T>(a, xi) };
                        assert_close(y.get(i), want, tol, || format!("axpy {} i={i}", ctx()));
                        let want = if beta.is_zero() { wmul::<T>(a, xi) } else { wmul::<T>(a, xi) + wmul::<T>(b, yi) };
                        assert_close(y2.get(i), want, tol, || format!("axpby {} i={i}", ctx()));
                    }
                }
            }
        }
    }
}

fn scal_copy_swap_rot_abi<T: Abi>() {
    let mut rng = Rng::new(203);
    for api in APIS {
        for n in abi_lengths() {
            for (incx, incy) in abi_pairs() {
                let ctx = || format!("{api:?} n={n} incx={incx} incy={incy}");
                let (ni, ix, iy) = (n as i32, incx as i32, incy as i32);
                let x = Strided::<T>::random(&mut rng, n, incx);
                let mut y = Strided::<T>::random(&mut rng, n, incy);
                // copy (incx = 0 broadcasts x's single element).
                // SAFETY: the buffers hold the vectors the arguments declare.
                unsafe { T::copy(api, ni, x.ptr(), ix, y.mut_ptr(), iy) };
                x.check_unchanged(ctx);
                y.check_guards(ctx);
                for i in 0..n {
                    assert_bits(y.get(i), x.get(i), || format!("copy {} i={i}", ctx()));
                }
                if incx == 0 {
                    continue;
                }
                // scal and scal_real on y (positive increments only: the rest is a no-op, tested above).
                if incy > 0 {
                    let a = T::random(&mut rng);
                    let mut z = Strided::<T>::random(&mut rng, n, incy);
                    let zv = z.values();
                    let r = T::Real::from_f64(rng.range(-2.0, 2.0));
                    // SAFETY: as above.
                    unsafe { T::scal(api, ni, a, z.mut_ptr(), iy) };
                    z.check_guards(ctx);
                    for (i, zi) in zv.iter().enumerate() {
                        let (zi, ac) = (zi.to_c64(), a.to_c64());
                        let tol = 4.0 * T::eps() * mag(ac) * mag(zi);
                        assert_close(z.get(i), wmul::<T>(ac, zi), tol, || format!("scal {} i={i}", ctx()));
                    }
                    let zv = z.values();
                    // SAFETY: as above.
                    unsafe { T::scal_real(api, ni, r, z.mut_ptr(), iy) };
                    z.check_guards(ctx);
                    for (i, zi) in zv.iter().enumerate() {
                        let zi = zi.to_c64();
                        let tol = T::eps() * mag(zi) * r.to_f64().abs();
                        assert_close(z.get(i), zi * r.to_f64(), tol, || format!("scal_real {} i={i}", ctx()));
                    }
                }
                // swap and rot.
                let mut u = Strided::<T>::random(&mut rng, n, incx);
                let mut v = Strided::<T>::random(&mut rng, n, incy);
                let (uv, vv) = (u.values(), v.values());
                // SAFETY: as above.
                unsafe { T::swap(api, ni, u.mut_ptr(), ix, v.mut_ptr(), iy) };
                u.check_guards(ctx);
                v.check_guards(ctx);
                for i in 0..n {
                    assert_bits(u.get(i), vv[i], || format!("swap {} x[{i}]", ctx()));
                    assert_bits(v.get(i), uv[i], || format!("swap {} y[{i}]", ctx()));
                }
                let (c, s) = (T::Real::from_f64(0.6), T::Real::from_f64(-0.8));
                // SAFETY: as above.
                unsafe { T::rot(api, ni, u.mut_ptr(), ix, v.mut_ptr(), iy, c, s) };
                u.check_guards(ctx);
                v.check_guards(ctx);
                for i in 0..n {
                    let (xi, yi) = (vv[i].to_c64(), uv[i].to_c64());
                    let tol = 4.0 * T::eps() * (mag(xi) + mag(yi));
                    assert_close(u.get(i), xi * 0.6 - yi * 0.8, tol, || format!("rot {} x[{i}]", ctx()));
                    assert_close(v.get(i), yi * 0.6 + xi * 0.8, tol, || format!("rot {} y[{i}]", ctx()));
                }
            }
        }
    }
}

fn reductions_abi<T: Abi>() {
    let mut rng = Rng::new(204);
    let mut pairs = abi_pairs();
    pairs.push((1, 0));
    for api in APIS {
        for n in abi_lengths() {
            for &(incx, incy) in &pairs {
                let ctx = || format!("{api:?} n={n} incx={incx} incy={incy}");
                let (ni, ix, iy) = (n as i32, incx as i32, incy as i32);
                let x = Strided::<T>::random(&mut rng, n, incx);
                let y = Strided::<T>::random(&mut rng, n, incy);
                let (xv, yv) = (x.values(), y.values());
                // SAFETY: the buffers hold the vectors the arguments declare.
                let (du, dc, vu, vc) = unsafe {
                    (
                        T::dotu(api, ni, x.ptr(), ix, y.ptr(), iy),
                        T::dotc(api, ni, x.ptr(), ix, y.ptr(), iy),
                        T::cblas_dot_value(false, ni, x.ptr(), ix, y.ptr(), iy),
                        T::cblas_dot_value(true, ni, x.ptr(), ix, y.ptr(), iy),
                    )
                };
                let (wu, bound) = ref_dot(&xv, &yv, false);
                let (wc, _) = ref_dot(&xv, &yv, true);
                let tol = 2.0 * (n as f64 + 2.0) * T::eps() * bound;
                assert_close(du, wu, tol, || format!("dotu {}", ctx()));
                assert_close(dc, wc, tol, || format!("dotc {}", ctx()));
                assert_close(vu, wu, tol, || format!("cblas dotu by value {}", ctx()));
                assert_close(vc, wc, tol, || format!("cblas dotc by value {}", ctx()));
                x.check_unchanged(ctx);
                y.check_unchanged(ctx);
                // One-operand reductions on y: nrm2 takes any increment, asum
                // and i?amax positive ones only.
                // SAFETY: as above.
                let (asum, nrm2, imax, imin) = unsafe {
                    (
                        T::asum(api, ni, y.ptr(), iy),
                        T::nrm2(api, ni, y.ptr(), iy),
                        T::iamax(api, ni, y.ptr(), iy),
                        T::iamin(api, ni, y.ptr(), iy),
                    )
                };
                let want = ref_nrm2(&yv);
                assert_close_real(nrm2, want, (n as f64 + 4.0) * T::eps() * want, || format!("nrm2 {}", ctx()));
                if incy > 0 {
                    let want = ref_asum(&yv);
                    assert_close_real(asum, want, (n as f64 + 2.0) * T::eps() * want, || format!("asum {}", ctx()));
                    // Fortran is 1-based with 0 for an empty vector; CBLAS 0-based with 0 for empty.
                    let (wmax, wmin) = (ref_iamax(&yv, true), ref_iamax(&yv, false));
                    let conv = |w: Option<usize>| match api {
                        Api::Fortran => w.map_or(0, |i| i as i64 + 1),
                        Api::Cblas => w.map_or(0, |i| i as i64),
                    };
                    assert_eq!(imax, conv(wmax), "iamax {} [{}]", ctx(), T::NAME);
                    assert_eq!(imin, conv(wmin), "iamin {} [{}]", ctx(), T::NAME);
                } else {
                    assert_eq!((asum.to_f64(), imax, imin), (0.0, 0, 0), "asum/iamax/iamin {} [{}]", ctx(), T::NAME);
                }
            }
        }
    }
}

/// `i?amax` is 1-based in Fortran and 0-based in CBLAS, on planted maxima,
/// a NaN first element, and ties.
fn iamax_bases<T: Abi>() {
    let mut rng = Rng::new(205);
    for n in [1usize, 2, 3, 7, 8, 9, 16, 17, 33, 100] {
        for inc in [1, 2] {
            for p in [0, n / 2, n - 1] {
                let mut v: Vec<T> = random_vec(&mut rng, n);
                v[p] = T::from_f64s(3.0, 0.0);
                let mut w = v.clone();
                w[p] = T::from_f64s(0.0, 0.0);
                let (x, xmin) = (Strided::from_values(&v, inc), Strided::from_values(&w, inc));
                let ctx = format!("n={n} inc={inc} p={p} [{}]", T::NAME);
                // SAFETY: the buffers hold the vectors the arguments declare.
                unsafe {
                    assert_eq!(T::iamax(Api::Fortran, n as i32, x.ptr(), inc as i32), p as i64 + 1, "idamax_ {ctx}");
                    assert_eq!(T::iamax(Api::Cblas, n as i32, x.ptr(), inc as i32), p as i64, "cblas_idamax {ctx}");
                    assert_eq!(T::iamin(Api::Fortran, n as i32, xmin.ptr(), inc as i32), p as i64 + 1, "idamin_ {ctx}");
                    assert_eq!(T::iamin(Api::Cblas, n as i32, xmin.ptr(), inc as i32), p as i64, "cblas_idamin {ctx}");
                }
                // A NaN first element wins: 1 in Fortran, 0 in CBLAS.
                let mut v = v.clone();
                v[0] = T::from_f64s(f64::NAN, 0.0);
                let x = Strided::from_values(&v, inc);
                // SAFETY: as above.
                unsafe {
                    assert_eq!(T::iamax(Api::Fortran, n as i32, x.ptr(), inc as i32), 1, "NaN first {ctx}");
                    assert_eq!(T::iamax(Api::Cblas, n as i32, x.ptr(), inc as i32), 0, "NaN first {ctx}");
                    assert_eq!(T::iamin(Api::Fortran, n as i32, x.ptr(), inc as i32), 1, "NaN first {ctx}");
                    assert_eq!(T::iamin(Api::Cblas, n as i32, x.ptr(), inc as i32), 0, "NaN first {ctx}");
                }
            }
        }
    }
}

/// Negative increments start from the far end: with `incx = -2` the logical
/// element 0 is `x[(n-1)*2]`, as the reference's `IX = 1 + (1-N)*INCX`.
fn negative_increment_layout<T: Abi>() {
    let n = 4usize;
    // Memory order x[0..7]: logical elements sit at 6, 4, 2, 0.
    let mem: Vec<T> = (0..7).map(|k| T::from_f64s(k as f64 + 1.0, 0.0)).collect();
    let mut y = vec![T::zero(); n];
    for api in APIS {
        // SAFETY: `mem` spans 1 + (4-1)*2 = 7 elements; `y` holds 4.
        unsafe { T::copy(api, n as i32, mem.as_ptr(), -2, y.as_mut_ptr(), 1) };
        let got: Vec<f64> = y.iter().map(|v| v.re().to_f64()).collect();
        assert_eq!(got, [7.0, 5.0, 3.0, 1.0], "{api:?} copy incx=-2 [{}]", T::NAME);
        let weights: Vec<T> = (0..n).map(|k| T::from_f64s(10f64.powi(k as i32), 0.0)).collect();
        // sum_i x_i * 10^i with x = (7, 5, 3, 1): 7 + 50 + 300 + 1000.
        // SAFETY: as above.
        let d = unsafe { T::dotu(api, n as i32, mem.as_ptr(), -2, weights.as_ptr(), 1) };
        assert_eq!(d.re().to_f64(), 1357.0, "{api:?} dot incx=-2 [{}]", T::NAME);
        // Both negative: the same pairs as both positive.
        let mut w2 = weights.clone();
        w2.reverse();
        let wide: Vec<T> = mem.iter().copied().step_by(2).collect(); // 1, 3, 5, 7 at stride 1
                                                                     // SAFETY: as above.
        let d = unsafe { T::dotu(api, n as i32, wide.as_ptr(), -1, w2.as_ptr(), -1) };
        assert_eq!(d.re().to_f64(), 1357.0, "{api:?} dot incx=incy=-1 [{}]", T::NAME);
        // i?amax over mem at increment 2 (1, 3, 5, 7): the largest is logical element 3.
        // SAFETY: as above.
        let i = unsafe { T::iamax(api, n as i32, mem.as_ptr(), 2) };
        assert_eq!(i, if api == Api::Fortran { 4 } else { 3 }, "{api:?} iamax incx=2 [{}]", T::NAME);
        // nrm2 with a negative increment reads the same elements.
        // SAFETY: as above.
        let r = unsafe { T::nrm2(api, n as i32, mem.as_ptr(), -2) }.to_f64();
        assert!((r - 84f64.sqrt()).abs() <= 4.0 * T::eps() * r, "{api:?} nrm2 incx=-2 = {r} [{}]", T::NAME);
        // nrm2 with incx = 0 (LAPACK 3.10 semantics): n copies of x[0].
        // SAFETY: as above; a zero increment reads mem[0] only.
        let r = unsafe { T::nrm2(api, n as i32, mem.as_ptr(), 0) }.to_f64();
        assert!((r - 2.0).abs() <= 4.0 * T::eps(), "{api:?} nrm2 incx=0 = {r} [{}]", T::NAME);
    }
}

/// A written operand with a zero increment behaves as the reference's loop:
/// `axpy` accumulates every `alpha x_i` into `y(1)`; `copy` leaves the last `x_i`.
fn zero_increment_on_written_operand<T: Abi>() {
    let mut rng = Rng::new(206);
    for api in APIS {
        for n in [1usize, 2, 5, 16, 33] {
            let x: Vec<T> = random_vec(&mut rng, n);
            let alpha = T::random(&mut rng);
            let mut y = [T::guard(), T::random(&mut rng), T::guard()];
            let y0 = y[1];
            // SAFETY: x holds n elements; y[1] is the single element a zero increment touches.
            unsafe { T::axpy(api, n as i32, alpha, x.as_ptr(), 1, y.as_mut_ptr().add(1), 0) };
            let mut want = y0.to_c64();
            let mut bound = mag(want);
            for &xi in &x {
                want += wmul::<T>(alpha.to_c64(), xi.to_c64());
                bound += mag(alpha.to_c64()) * mag(xi.to_c64());
            }
            let ctx = || format!("{api:?} axpy incy=0 n={n}");
            assert_close(y[1], want, 2.0 * (n as f64 + 2.0) * T::eps() * bound, ctx);
            assert!(y[0].bits() == T::guard().bits() && y[2].bits() == T::guard().bits(), "{}", ctx());
            // SAFETY: as above.
            unsafe { T::copy(api, n as i32, x.as_ptr(), 1, y.as_mut_ptr().add(1), 0) };
            assert_bits(y[1], x[n - 1], || format!("{api:?} copy incy=0 n={n}"));
        }
    }
}

/// `cblas_?dot?_sub` write exactly one value through their pointer (also for
/// `n = 0`), and complex Fortran dots return by value.
fn dot_sub_writes_through_pointer<T: Abi>() {
    let mut rng = Rng::new(207);
    for n in [0i32, 1, 5, 40] {
        let x: Vec<T> = random_vec(&mut rng, n.max(1) as usize);
        let y: Vec<T> = random_vec(&mut rng, n.max(1) as usize);
        let m = n.max(0) as usize;
        let (wu, _) = ref_dot(&x[..m], &y[..m], false);
        let (wc, bound) = ref_dot(&x[..m], &y[..m], true);
        let tol = 2.0 * (n as f64 + 2.0) * T::eps() * bound;
        for api in APIS {
            // SAFETY: x and y hold at least n elements.
            let (u, c) = unsafe {
                (T::dotu(api, n, x.as_ptr(), 1, y.as_ptr(), 1), T::dotc(api, n, x.as_ptr(), 1, y.as_ptr(), 1))
            };
            assert_close(u, wu, tol, || format!("{api:?} dotu n={n}"));
            assert_close(c, wc, tol, || format!("{api:?} dotc n={n}"));
        }
    }
}

for_each_type! {
    quick_returns => quick_returns;
    nonpositive_increments => nonpositive_increments;
    axpy_axpby => axpy_axpby_abi;
    scal_copy_swap_rot => scal_copy_swap_rot_abi;
    reductions => reductions_abi;
    iamax_bases => iamax_bases;
    negative_increment_layout => negative_increment_layout;
    zero_increment_on_written_operand => zero_increment_on_written_operand;
    dot_sub_results => dot_sub_writes_through_pointer;
}

#[test]
fn cblas_complex_dot_sub_writes_one_value() {
    let x = [c64::new(1.0, 2.0), c64::new(3.0, -1.0)];
    let y = [c64::new(0.5, 1.0), c64::new(-2.0, 4.0)];
    let g = c64::guard();
    for n in [0, 2] {
        let mut out = [g, g, g];
        // SAFETY: x, y hold 2 elements; out[1] receives the result.
        unsafe {
            cblas1::cblas_zdotc_sub(n, x.as_ptr().cast(), 1, y.as_ptr().cast(), 1, out.as_mut_ptr().add(1).cast());
        }
        let want = if n == 0 { c64::new(0.0, 0.0) } else { x[0].conj() * y[0] + x[1].conj() * y[1] };
        assert_eq!(out[1], want, "cblas_zdotc_sub n={n}");
        assert_eq!((out[0].bits(), out[2].bits()), (g.bits(), g.bits()), "cblas_zdotc_sub wrote outside its result");
        let mut out = [g, g, g];
        // SAFETY: as above.
        unsafe {
            cblas1::cblas_zdotu_sub(n, x.as_ptr().cast(), 1, y.as_ptr().cast(), 1, out.as_mut_ptr().add(1).cast());
        }
        let want = if n == 0 { c64::new(0.0, 0.0) } else { x[0] * y[0] + x[1] * y[1] };
        assert_eq!(out[1], want, "cblas_zdotu_sub n={n}");
        assert_eq!((out[0].bits(), out[2].bits()), (g.bits(), g.bits()));
    }
    // zdotc_ returns by value: conj(1+2i)(0.5+i) + conj(3-i)(-2+4i) = (2.5 + 0i) + (-10 + 10i).
    let (n, inc) = (2, 1);
    // SAFETY: as above.
    let z = unsafe { fortran::zdotc_(&n, x.as_ptr(), &inc, y.as_ptr(), &inc) };
    assert_eq!(z, c64::new(-7.5, 10.0));
    let xs = [c32::new(1.0, 2.0)];
    let ys = [c32::new(3.0, 4.0)];
    let (n1, i1) = (1, 1);
    // SAFETY: one element each.
    let (u, c) = unsafe {
        (
            fortran::cdotu_(&n1, xs.as_ptr(), &i1, ys.as_ptr(), &i1),
            fortran::cdotc_(&n1, xs.as_ptr(), &i1, ys.as_ptr(), &i1),
        )
    };
    assert_eq!(u, c32::new(-5.0, 10.0));
    assert_eq!(c, c32::new(11.0, -2.0));
}

#[test]
fn sdsdot_and_dsdot_abi() {
    let mut rng = Rng::new(208);
    for n in [-1i32, 0, 1, 4, 17, 100] {
        for (incx, incy) in [(1, 1), (-1, 2), (2, -3), (0, 1)] {
            let m = n.max(0) as usize;
            let x = Strided::<f32>::random(&mut rng, m, incx);
            let y = Strided::<f32>::random(&mut rng, m, incy);
            let (want, bound) = ref_dot(&x.values(), &y.values(), false);
            let (ix, iy) = (incx as i32, incy as i32);
            let sb = 0.75f32;
            // SAFETY: the buffers hold the vectors the arguments declare.
            let (d1, d2, s1, s2) = unsafe {
                (
                    fortran::dsdot_(&n, x.ptr(), &ix, y.ptr(), &iy),
                    cblas1::cblas_dsdot(n, x.ptr(), ix, y.ptr(), iy),
                    fortran::sdsdot_(&n, &sb, x.ptr(), &ix, y.ptr(), &iy),
                    cblas1::cblas_sdsdot(n, sb, x.ptr(), ix, y.ptr(), iy),
                )
            };
            let ctx = format!("n={n} incx={incx} incy={incy}");
            let tol = (m as f64 + 2.0) * f64::EPSILON * bound;
            assert!(
                close_f64(d1, want.re, tol) && close_f64(d2, want.re, tol),
                "dsdot {ctx}: {d1} {d2} vs {}",
                want.re
            );
            let w = 0.75 + want.re;
            let tol = f32::EPSILON as f64 * w.abs() + tol;
            assert!(close_f64(s1 as f64, w, tol) && close_f64(s2 as f64, w, tol), "sdsdot {ctx}: {s1} {s2} vs {w}");
            if n <= 0 {
                assert_eq!((d1, d2, s1, s2), (0.0, 0.0, sb, sb), "quick return {ctx}");
            }
        }
    }
    // Double accumulation: 2^24 + 1 - 2^24 is 1 in double, 0 in single.
    let x = [16_777_216f32, 1.0, -16_777_216.0];
    let y = [1f32; 3];
    let (n, inc) = (3, 1);
    // SAFETY: three elements each.
    unsafe {
        assert_eq!(fortran::dsdot_(&n, x.as_ptr(), &inc, y.as_ptr(), &inc), 1.0);
        assert_eq!(fortran::sdsdot_(&n, &1.0, x.as_ptr(), &inc, y.as_ptr(), &inc), 2.0);
        assert_eq!(cblas1::cblas_sdsdot(n, 1.0, x.as_ptr(), inc, y.as_ptr(), inc), 2.0);
    }
}

/// Real rotation routines of one precision: Fortran and CBLAS side by side.
trait AbiRot: TestScalar + RealScalar {
    unsafe fn rotg(api: Api, a: *mut Self, b: *mut Self, c: *mut Self, s: *mut Self);
    unsafe fn rotm(api: Api, n: i32, x: *mut Self, incx: i32, y: *mut Self, incy: i32, p: *const Self);
    unsafe fn rotmg(api: Api, d1: *mut Self, d2: *mut Self, x1: *mut Self, y1: Self, p: *mut Self);
    /// `crotg`/`zrotg`: `a := r`.
    unsafe fn crotg(api: Api, a: *mut Complex<Self>, b: *mut Complex<Self>, c: *mut Self, s: *mut Complex<Self>);
    /// `scabs1`/`dcabs1`.
    unsafe fn cabs1(z: *const Complex<Self>) -> Self;
}

macro_rules! impl_abi_rot {
    ($t:ty; $rotg:ident $rotm:ident $rotmg:ident $crotg:ident $cabs1:ident;
     $c_rotg:ident $c_rotm:ident $c_rotmg:ident $c_crotg:ident) => {
        impl AbiRot for $t {
            unsafe fn rotg(api: Api, a: *mut $t, b: *mut $t, c: *mut $t, s: *mut $t) {
                // SAFETY: four valid scalars, by the caller's contract.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$rotg(a, b, c, s),
                        Api::Cblas => cblas1::$c_rotg(a, b, c, s),
                    }
                }
            }
            unsafe fn rotm(api: Api, n: i32, x: *mut $t, incx: i32, y: *mut $t, incy: i32, p: *const $t) {
                // SAFETY: vectors as declared, five parameters.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$rotm(&n, x, &incx, y, &incy, p),
                        Api::Cblas => cblas1::$c_rotm(n, x, incx, y, incy, p),
                    }
                }
            }
            unsafe fn rotmg(api: Api, d1: *mut $t, d2: *mut $t, x1: *mut $t, y1: $t, p: *mut $t) {
                // SAFETY: valid scalars and five parameters.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$rotmg(d1, d2, x1, &y1, p),
                        Api::Cblas => cblas1::$c_rotmg(d1, d2, x1, y1, p),
                    }
                }
            }
            unsafe fn crotg(api: Api, a: *mut Complex<$t>, b: *mut Complex<$t>, c: *mut $t, s: *mut Complex<$t>) {
                // SAFETY: valid scalars.
                unsafe {
                    match api {
                        Api::Fortran => fortran::$crotg(a, b, c, s),
                        Api::Cblas => cblas1::$c_crotg(a.cast(), b.cast(), c, s.cast()),
                    }
                }
            }
            unsafe fn cabs1(z: *const Complex<$t>) -> $t {
                // SAFETY: one valid complex.
                unsafe { fortran::$cabs1(z) }
            }
        }
    };
}

impl_abi_rot!(f32; srotg_ srotm_ srotmg_ crotg_ scabs1_; cblas_srotg cblas_srotm cblas_srotmg cblas_crotg);
impl_abi_rot!(f64; drotg_ drotm_ drotmg_ zrotg_ dcabs1_; cblas_drotg cblas_drotm cblas_drotmg cblas_zrotg);

/// The rotation constructors through the ABI give bit-identical results to
/// the Rust API (their numerics are tested in `level1_special.rs`); `rotm`
/// handles negative increments and `n <= 0`.
fn rotations_abi<R: AbiRot>()
where
    Complex<R>: TestScalar + Scalar<Real = R>,
{
    let mut rng = Rng::new(209);
    let f = R::from_f64;
    for api in APIS {
        for (a, b) in [(0.0, 0.0), (3.0, 4.0), (-4.0, 3.0), (0.0, -2.0), (1.5, 0.0), (rng.sym(), rng.sym())] {
            let (mut a1, mut b1, mut c1, mut s1) = (f(a), f(b), R::guard(), R::guard());
            // SAFETY: four valid scalars.
            unsafe { R::rotg(api, &mut a1, &mut b1, &mut c1, &mut s1) };
            let (mut a2, mut b2) = (f(a), f(b));
            let (c2, s2) = ferroblas::level1::rotg(&mut a2, &mut b2);
            let got = [a1, b1, c1, s1].map(|v| v.bits());
            assert_eq!(got, [a2, b2, c2, s2].map(|v| v.bits()), "{api:?} rotg({a}, {b}) [{}]", R::NAME);
        }
        for (a, b) in [
            (c64::new(0.0, 0.0), c64::new(1.0, -2.0)),
            (c64::new(3.0, 4.0), c64::new(0.0, 0.0)),
            (c64::new(1.0, 2.0), c64::new(-3.0, 0.5)),
        ] {
            let (mut a1, mut b1) = (Complex::<R>::from_c64(a), Complex::<R>::from_c64(b));
            let b_before = b1;
            let (mut c1, mut s1) = (R::guard(), Complex::<R>::guard());
            // SAFETY: valid scalars.
            unsafe { R::crotg(api, &mut a1, &mut b1, &mut c1, &mut s1) };
            let mut a2 = Complex::<R>::from_c64(a);
            let (c2, s2) = ferroblas::level1::rotg_complex(&mut a2, Complex::<R>::from_c64(b));
            assert_eq!((a1.bits(), c1.bits(), s1.bits()), (a2.bits(), c2.bits(), s2.bits()), "{api:?} crotg({a}, {b})");
            assert_eq!(b1.bits(), b_before.bits(), "{api:?} crotg must not write b");
        }
        for (d1, d2, x1, y1) in [
            (-1.0, 2.0, 3.0, 4.0),
            (1.0, 2.0, 3.0, 0.0),
            (1.0, 1.0, 2.0, 1.0),
            (1.0, 1.0, 1.0, 2.0),
            (1e9, 1.0, 1.0, 1.0),
        ] {
            let sentinel = f(7.0);
            let (mut g1, mut g2, mut gx, mut gp) = (f(d1), f(d2), f(x1), [sentinel; 5]);
            // SAFETY: valid scalars and five parameters.
            unsafe { R::rotmg(api, &mut g1, &mut g2, &mut gx, f(y1), gp.as_mut_ptr()) };
            let (mut w1, mut w2, mut wx, mut wp) = (f(d1), f(d2), f(x1), [sentinel; 5]);
            ferroblas::level1::rotmg(&mut w1, &mut w2, &mut wx, f(y1), &mut wp);
            assert_eq!(
                [g1, g2, gx].map(|v| v.bits()),
                [w1, w2, wx].map(|v| v.bits()),
                "{api:?} rotmg({d1}, {d2}, {x1}, {y1}) [{}]",
                R::NAME
            );
            assert_eq!(gp.map(|v| v.bits()), wp.map(|v| v.bits()), "{api:?} rotmg param [{}]", R::NAME);
        }
        // rotm: every flag, negative increments, quick returns.
        for flag in [-2.0, -1.0, 0.0, 1.0] {
            let p = [flag, rng.sym(), rng.sym(), rng.sym(), rng.sym()];
            let h = rotm_matrix(&p);
            let param = p.map(f);
            for n in [-1i32, 0, 1, 2, 7, 33] {
                for (incx, incy) in [(1, 1), (-1, -1), (2, -1), (-3, 2)] {
                    let m = n.max(0) as usize;
                    let mut x = Strided::<R>::random(&mut rng, m, incx);
                    let mut y = Strided::<R>::random(&mut rng, m, incy);
                    let (xv, yv) = (x.values(), y.values());
                    // SAFETY: the buffers hold the vectors the arguments declare.
                    unsafe { R::rotm(api, n, x.mut_ptr(), incx as i32, y.mut_ptr(), incy as i32, param.as_ptr()) };
                    let ctx = || format!("{api:?} rotm flag={flag} n={n} incx={incx} incy={incy}");
                    if flag == -2.0 || n <= 0 {
                        x.check_unchanged(ctx);
                        y.check_unchanged(ctx);
                        continue;
                    }
                    x.check_guards(ctx);
                    y.check_guards(ctx);
                    for i in 0..m {
                        let (w, z) = (xv[i].to_f64(), yv[i].to_f64());
                        let tol = 8.0 * R::eps() * (w.abs() + z.abs());
                        let (hx, hy) = (f(h[0] * w + h[2] * z), f(h[1] * w + h[3] * z));
                        assert_close_real(x.get(i), hx.to_f64(), tol, || format!("{} x[{i}]", ctx()));
                        assert_close_real(y.get(i), hy.to_f64(), tol, || format!("{} y[{i}]", ctx()));
                    }
                }
            }
        }
    }
    let z = Complex::<R>::from_c64(c64::new(-1.5, 2.25));
    // SAFETY: one valid complex.
    assert_eq!(unsafe { R::cabs1(&z) }.to_f64(), 3.75, "cabs1 [{}]", R::NAME);
}

for_each_real! {
    rotations => rotations_abi;
}

#[test]
fn xerbla_message_format() {
    assert_eq!(xerbla::message("DGEMM ", 8), " ** On entry to DGEMM  parameter number  8 had an illegal value");
    assert_eq!(xerbla::message("DGEMV ", 11), " ** On entry to DGEMV  parameter number 11 had an illegal value");
    assert_eq!(xerbla::message("ZHER2K", 1), " ** On entry to ZHER2K parameter number  1 had an illegal value");
    // report() records the routine (trimmed) and parameter for tests.
    let _ = xerbla::take_last_error();
    xerbla::report("DSCAL ", 4);
    assert_eq!(xerbla::take_last_error(), Some(("DSCAL".to_string(), 4)));
    assert_eq!(xerbla::take_last_error(), None);
}

#[test]
fn lsame_ignores_case() {
    // SAFETY: one byte each.
    unsafe {
        assert_eq!(blas1::lsame_(b"a".as_ptr(), b"A".as_ptr(), 1, 1), 1);
        assert_eq!(blas1::lsame_(b"N".as_ptr(), b"n".as_ptr(), 1, 1), 1);
        assert_eq!(blas1::lsame_(b"T".as_ptr(), b"C".as_ptr(), 1, 1), 0);
    }
}
