//! Level-2 BLAS through CBLAS (`cblas_dgemv`, `cblas_zhemv`, ...), both layouts.
//!
//! Each entry point parses the enums, hands the arguments to the `*_raw`
//! function of [`crate::blas2`] with the layout, and reports a bad argument
//! through `cblas_xerbla` with CBLAS's numbering (the layout is parameter 1).
//! For row-major calls the number is the one the reference CBLAS produces:
//! that of the Fortran call it makes on the transposed problem, plus one,
//! with `RowMajorStrg` set, which is what the netlib testers translate back.
//!
//! Row-major complex forms need no copies: `conj(A)` and conjugated vectors
//! are operand modes of the kernels, where the reference CBLAS conjugates
//! `x` into a temporary and `y` in place.

use crate::blas2::*;
use crate::guard::ffi_guard;
use crate::xerbla::report_cblas;
use ferroblas_kernels::enums::{Diag, Uplo};
use ferroblas_kernels::level2::{Layout, Op};
use ferroblas_kernels::scalar::{c32, c64};
use std::ffi::{c_int, c_void, CStr};

/// `CBLAS_LAYOUT`.
fn layout_of(v: c_int) -> Option<Layout> {
    match v {
        101 => Some(Layout::RowMajor),
        102 => Some(Layout::ColMajor),
        _ => None,
    }
}

/// `CBLAS_TRANSPOSE`.
fn trans_of(v: c_int) -> Option<Op> {
    match v {
        111 => Some(Op::NoTrans),
        112 => Some(Op::Trans),
        113 => Some(Op::ConjTrans),
        _ => None,
    }
}

/// `CBLAS_UPLO`.
fn uplo_of(v: c_int) -> Option<Uplo> {
    match v {
        121 => Some(Uplo::Upper),
        122 => Some(Uplo::Lower),
        _ => None,
    }
}

/// `CBLAS_DIAG`.
fn diag_of(v: c_int) -> Option<Diag> {
    match v {
        131 => Some(Diag::NonUnit),
        132 => Some(Diag::Unit),
        _ => None,
    }
}

/// A CBLAS scalar argument: real ones by value, complex ones by pointer.
trait CScalar<T> {
    /// The value.
    ///
    /// # Safety
    /// A pointer argument must point to a valid `T`.
    unsafe fn get(self) -> T;
}

impl CScalar<f32> for f32 {
    unsafe fn get(self) -> f32 {
        self
    }
}
impl CScalar<f64> for f64 {
    unsafe fn get(self) -> f64 {
        self
    }
}
impl CScalar<c32> for *const c_void {
    unsafe fn get(self) -> c32 {
        // SAFETY: by contract.
        unsafe { *(self as *const c32) }
    }
}
impl CScalar<c64> for *const c_void {
    unsafe fn get(self) -> c64 {
        // SAFETY: by contract.
        unsafe { *(self as *const c64) }
    }
}

/// Runs the layout check and the body's argument checks, reporting the first
/// failure through `cblas_xerbla`.
fn cblas(name: &CStr, layout: c_int, body: impl FnOnce(Layout) -> Checked) {
    let Some(layout) = layout_of(layout) else {
        report_cblas(1, name, false);
        return;
    };
    if let Err(info) = body(layout) {
        report_cblas(info + 1, name, layout == Layout::RowMajor);
    }
}

/// The routine's name as a C string.
macro_rules! cname {
    ($name:ident) => {
        const {
            match CStr::from_bytes_with_nul(concat!(stringify!($name), "\0").as_bytes()) {
                Ok(c) => c,
                Err(_) => panic!("routine name with a NUL"),
            }
        }
    };
}

macro_rules! cblas_fn {
    ($(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),* $(,)?) $body:block) => {
        $(#[$doc])*
        ///
        /// # Safety
        /// CBLAS contract: arrays hold the elements their sizes, leading
        /// dimensions and increments declare; pointer scalars are valid.
        #[no_mangle]
        #[allow(clippy::too_many_arguments)]
        pub unsafe extern "C" fn $name($($arg: $ty),*) {
            // SAFETY: the caller honours the CBLAS contract above.
            ffi_guard(stringify!($name), || unsafe { $body })
        }
    };
}

/// The routines of every precision; `$s` is the C type of a scalar argument
/// and `$p` of an array element.
macro_rules! cblas_all {
    ($($t:ty, $s:ty, $p:ty => $gemv:ident $gbmv:ident $trmv:ident $tbmv:ident $tpmv:ident $trsv:ident $tbsv:ident $tpsv:ident;)*) => {$(
        cblas_fn!(#[doc = "`y := alpha op(A) x + beta y`, `A` general."]
        fn $gemv(layout: c_int, trans: c_int, m: c_int, n: c_int, alpha: $s, a: *const $p, lda: c_int,
                 x: *const $p, incx: c_int, beta: $s, y: *mut $p, incy: c_int) {
            cblas(cname!($gemv), layout, |l| gemv_raw::<$t, _>(l, trans_of(trans), m, n, alpha.get(), a.cast(), lda, x.cast(), incx, beta.get(), y.cast(), incy))
        });
        cblas_fn!(#[doc = "`y := alpha op(A) x + beta y`, `A` general band."]
        fn $gbmv(layout: c_int, trans: c_int, m: c_int, n: c_int, kl: c_int, ku: c_int, alpha: $s, a: *const $p, lda: c_int,
                 x: *const $p, incx: c_int, beta: $s, y: *mut $p, incy: c_int) {
            cblas(cname!($gbmv), layout, |l| gbmv_raw::<$t, _>(l, trans_of(trans), m, n, kl, ku, alpha.get(), a.cast(), lda, x.cast(), incx, beta.get(), y.cast(), incy))
        });
        cblas_fn!(#[doc = "`x := op(A) x`, `A` triangular."]
        fn $trmv(layout: c_int, uplo: c_int, trans: c_int, diag: c_int, n: c_int, a: *const $p, lda: c_int, x: *mut $p, incx: c_int) {
            cblas(cname!($trmv), layout, |l| trxv_raw::<$t, _>(TriOp::Mul, l, uplo_of(uplo), trans_of(trans), diag_of(diag), n, a.cast(), lda, x.cast(), incx))
        });
        cblas_fn!(#[doc = "`x := op(A) x`, `A` triangular band."]
        fn $tbmv(layout: c_int, uplo: c_int, trans: c_int, diag: c_int, n: c_int, k: c_int, a: *const $p, lda: c_int, x: *mut $p, incx: c_int) {
            cblas(cname!($tbmv), layout, |l| tbxv_raw::<$t, _>(TriOp::Mul, l, uplo_of(uplo), trans_of(trans), diag_of(diag), n, k, a.cast(), lda, x.cast(), incx))
        });
        cblas_fn!(#[doc = "`x := op(A) x`, `A` triangular packed."]
        fn $tpmv(layout: c_int, uplo: c_int, trans: c_int, diag: c_int, n: c_int, ap: *const $p, x: *mut $p, incx: c_int) {
            cblas(cname!($tpmv), layout, |l| tpxv_raw::<$t, _>(TriOp::Mul, l, uplo_of(uplo), trans_of(trans), diag_of(diag), n, ap.cast(), x.cast(), incx))
        });
        cblas_fn!(#[doc = "Solves `op(A) x = b`, `A` triangular."]
        fn $trsv(layout: c_int, uplo: c_int, trans: c_int, diag: c_int, n: c_int, a: *const $p, lda: c_int, x: *mut $p, incx: c_int) {
            cblas(cname!($trsv), layout, |l| trxv_raw::<$t, _>(TriOp::Solve, l, uplo_of(uplo), trans_of(trans), diag_of(diag), n, a.cast(), lda, x.cast(), incx))
        });
        cblas_fn!(#[doc = "Solves `op(A) x = b`, `A` triangular band."]
        fn $tbsv(layout: c_int, uplo: c_int, trans: c_int, diag: c_int, n: c_int, k: c_int, a: *const $p, lda: c_int, x: *mut $p, incx: c_int) {
            cblas(cname!($tbsv), layout, |l| tbxv_raw::<$t, _>(TriOp::Solve, l, uplo_of(uplo), trans_of(trans), diag_of(diag), n, k, a.cast(), lda, x.cast(), incx))
        });
        cblas_fn!(#[doc = "Solves `op(A) x = b`, `A` triangular packed."]
        fn $tpsv(layout: c_int, uplo: c_int, trans: c_int, diag: c_int, n: c_int, ap: *const $p, x: *mut $p, incx: c_int) {
            cblas(cname!($tpsv), layout, |l| tpxv_raw::<$t, _>(TriOp::Solve, l, uplo_of(uplo), trans_of(trans), diag_of(diag), n, ap.cast(), x.cast(), incx))
        });
    )*};
}

cblas_all! {
    f32, f32, f32 => cblas_sgemv cblas_sgbmv cblas_strmv cblas_stbmv cblas_stpmv cblas_strsv cblas_stbsv cblas_stpsv;
    f64, f64, f64 => cblas_dgemv cblas_dgbmv cblas_dtrmv cblas_dtbmv cblas_dtpmv cblas_dtrsv cblas_dtbsv cblas_dtpsv;
    c32, *const c_void, c_void => cblas_cgemv cblas_cgbmv cblas_ctrmv cblas_ctbmv cblas_ctpmv cblas_ctrsv cblas_ctbsv cblas_ctpsv;
    c64, *const c_void, c_void => cblas_zgemv cblas_zgbmv cblas_ztrmv cblas_ztbmv cblas_ztpmv cblas_ztrsv cblas_ztbsv cblas_ztpsv;
}

/// The symmetric (real) and Hermitian (complex) routines; `$r` is the type of
/// the real `alpha` of `?syr`/`?her` and `?spr`/`?hpr`.
macro_rules! cblas_herm {
    ($($t:ty, $s:ty, $p:ty, $r:ty => $hemv:ident $hbmv:ident $hpmv:ident $her:ident $hpr:ident $her2:ident $hpr2:ident;)*) => {$(
        cblas_fn!(#[doc = "`y := alpha A x + beta y`, `A` Hermitian (symmetric for real types)."]
        fn $hemv(layout: c_int, uplo: c_int, n: c_int, alpha: $s, a: *const $p, lda: c_int,
                 x: *const $p, incx: c_int, beta: $s, y: *mut $p, incy: c_int) {
            cblas(cname!($hemv), layout, |l| hemv_raw::<$t, _>(l, uplo_of(uplo), n, alpha.get(), a.cast(), lda, x.cast(), incx, beta.get(), y.cast(), incy))
        });
        cblas_fn!(#[doc = "`y := alpha A x + beta y`, `A` Hermitian (symmetric) band."]
        fn $hbmv(layout: c_int, uplo: c_int, n: c_int, k: c_int, alpha: $s, a: *const $p, lda: c_int,
                 x: *const $p, incx: c_int, beta: $s, y: *mut $p, incy: c_int) {
            cblas(cname!($hbmv), layout, |l| hbmv_raw::<$t, _>(l, uplo_of(uplo), n, k, alpha.get(), a.cast(), lda, x.cast(), incx, beta.get(), y.cast(), incy))
        });
        cblas_fn!(#[doc = "`y := alpha A x + beta y`, `A` Hermitian (symmetric) packed."]
        fn $hpmv(layout: c_int, uplo: c_int, n: c_int, alpha: $s, ap: *const $p,
                 x: *const $p, incx: c_int, beta: $s, y: *mut $p, incy: c_int) {
            cblas(cname!($hpmv), layout, |l| hpmv_raw::<$t, _>(l, uplo_of(uplo), n, alpha.get(), ap.cast(), x.cast(), incx, beta.get(), y.cast(), incy))
        });
        cblas_fn!(#[doc = "`A := alpha x x^H + A` with real `alpha`, `A` Hermitian (symmetric)."]
        fn $her(layout: c_int, uplo: c_int, n: c_int, alpha: $r, x: *const $p, incx: c_int, a: *mut $p, lda: c_int) {
            cblas(cname!($her), layout, |l| her_raw::<$t, _>(l, uplo_of(uplo), n, alpha, x.cast(), incx, a.cast(), lda))
        });
        cblas_fn!(#[doc = "`A := alpha x x^H + A` with real `alpha`, `A` Hermitian (symmetric) packed."]
        fn $hpr(layout: c_int, uplo: c_int, n: c_int, alpha: $r, x: *const $p, incx: c_int, ap: *mut $p) {
            cblas(cname!($hpr), layout, |l| hpr_raw::<$t, _>(l, uplo_of(uplo), n, alpha, x.cast(), incx, ap.cast()))
        });
        cblas_fn!(#[doc = "`A := alpha x y^H + conj(alpha) y x^H + A`, `A` Hermitian (symmetric)."]
        fn $her2(layout: c_int, uplo: c_int, n: c_int, alpha: $s, x: *const $p, incx: c_int, y: *const $p, incy: c_int,
                 a: *mut $p, lda: c_int) {
            cblas(cname!($her2), layout, |l| her2_raw::<$t, _>(l, uplo_of(uplo), n, alpha.get(), x.cast(), incx, y.cast(), incy, a.cast(), lda))
        });
        cblas_fn!(#[doc = "`A := alpha x y^H + conj(alpha) y x^H + A`, `A` Hermitian (symmetric) packed."]
        fn $hpr2(layout: c_int, uplo: c_int, n: c_int, alpha: $s, x: *const $p, incx: c_int, y: *const $p, incy: c_int,
                 ap: *mut $p) {
            cblas(cname!($hpr2), layout, |l| hpr2_raw::<$t, _>(l, uplo_of(uplo), n, alpha.get(), x.cast(), incx, y.cast(), incy, ap.cast()))
        });
    )*};
}

cblas_herm! {
    f32, f32, f32, f32 => cblas_ssymv cblas_ssbmv cblas_sspmv cblas_ssyr cblas_sspr cblas_ssyr2 cblas_sspr2;
    f64, f64, f64, f64 => cblas_dsymv cblas_dsbmv cblas_dspmv cblas_dsyr cblas_dspr cblas_dsyr2 cblas_dspr2;
    c32, *const c_void, c_void, f32 => cblas_chemv cblas_chbmv cblas_chpmv cblas_cher cblas_chpr cblas_cher2 cblas_chpr2;
    c64, *const c_void, c_void, f64 => cblas_zhemv cblas_zhbmv cblas_zhpmv cblas_zher cblas_zhpr cblas_zher2 cblas_zhpr2;
}

macro_rules! cblas_ger {
    ($($t:ty, $s:ty, $p:ty => $name:ident $conj:literal;)*) => {$(
        cblas_fn!(#[doc = "`A := alpha x y^T + A` (`y^H` for `?gerc`)."]
        fn $name(layout: c_int, m: c_int, n: c_int, alpha: $s, x: *const $p, incx: c_int, y: *const $p, incy: c_int,
                 a: *mut $p, lda: c_int) {
            cblas(cname!($name), layout, |l| ger_raw::<$t, _>(l, $conj, m, n, alpha.get(), x.cast(), incx, y.cast(), incy, a.cast(), lda))
        });
    )*};
}

cblas_ger! {
    f32, f32, f32 => cblas_sger false;
    f64, f64, f64 => cblas_dger false;
    c32, *const c_void, c_void => cblas_cgeru false;
    c32, *const c_void, c_void => cblas_cgerc true;
    c64, *const c_void, c_void => cblas_zgeru false;
    c64, *const c_void, c_void => cblas_zgerc true;
}
