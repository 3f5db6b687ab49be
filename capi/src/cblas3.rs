//! Level-3 BLAS through CBLAS, both layouts: `cblas_?gemm`, `cblas_?gemmt`,
//! `cblas_?symm`, `cblas_?hemm`, `cblas_?syrk`, `cblas_?herk`, `cblas_?syr2k`,
//! `cblas_?her2k`, `cblas_?trmm` and `cblas_?trsm`.
//!
//! A row-major call is the column-major call on the transposed problem:
//! `C^T = op(B)^T op(A)^T`, so A and B, `m` and `n` (and for gemmt the
//! triangle) trade places. For the others (as the reference CBLAS does):
//! symm/hemm and trmm/trsm flip the side and the triangle and swap `m` and
//! `n`; syrk/syr2k flip the triangle and swap `N` with `T`; herk/her2k flip
//! the triangle and swap `N` with `C`, and her2k conjugates `alpha`.
//! Errors are numbered as in the reference CBLAS:
//! the argument's position in the (possibly transposed) Fortran call plus one
//! for the layout argument, with `RowMajorStrg` set for row-major calls so the
//! handler can map A/B and M/N back (see `cblas_gemm`).

use crate::blas3::{gemm_raw, gemmt_raw, symm_raw, syr2k_raw, syrk_raw, triangular_raw};
use crate::guard::ffi_guard;
use crate::int::BlasInt;
use crate::xerbla::report_cblas;
use ferroblas_kernels::level3::Op;
use ferroblas_kernels::scalar::{c32, c64, Scalar};
use std::ffi::{c_int, c_void, CStr};

/// `CblasRowMajor`.
pub const ROW_MAJOR: c_int = 101;
/// `CblasColMajor`.
pub const COL_MAJOR: c_int = 102;

/// The BLAS character for a `CBLAS_TRANSPOSE` value.
fn trans_char(t: c_int) -> Option<u8> {
    match t {
        111 => Some(b'N'),
        112 => Some(b'T'),
        113 => Some(b'C'),
        _ => None,
    }
}

/// The BLAS character for a `CBLAS_UPLO` value, flipped for row-major.
fn uplo_char(u: c_int, row_major: bool) -> Option<u8> {
    match (u, row_major) {
        (121, false) | (122, true) => Some(b'U'),
        (122, false) | (121, true) => Some(b'L'),
        _ => None,
    }
}

/// The BLAS character for a `CBLAS_SIDE` value, flipped for row-major.
fn side_char(s: c_int, row_major: bool) -> Option<u8> {
    match (s, row_major) {
        (141, false) | (142, true) => Some(b'L'),
        (142, false) | (141, true) => Some(b'R'),
        _ => None,
    }
}

/// The BLAS character for a `CBLAS_DIAG` value.
fn diag_char(d: c_int) -> Option<u8> {
    match d {
        131 => Some(b'N'),
        132 => Some(b'U'),
        _ => None,
    }
}

/// The Fortran `trans` of a rank-k update (`herm`: herk/her2k). Column-major
/// passes the value through (the Fortran checks reject what the routine does
/// not take, as parameter 2, so CBLAS 3). Row-major maps to the transposed
/// problem as the reference CBLAS does, and itself rejects (CBLAS 3) what it
/// has no mapping for: `ConjTrans` for complex syrk/syr2k, `Trans` for
/// herk/her2k; real types take `ConjTrans` as `Trans`.
fn rank_k_trans_char<T: Scalar>(herm: bool, t: c_int, row_major: bool) -> Option<u8> {
    if !row_major {
        return trans_char(t);
    }
    let herm = herm && T::IS_COMPLEX;
    match t {
        111 if herm => Some(b'C'),
        111 => Some(b'T'),
        112 if !herm => Some(b'N'),
        113 if herm || !T::IS_COMPLEX => Some(b'N'),
        _ => None,
    }
}

/// The layout argument: `Some(row_major)`, or `None` after reporting parameter 1.
fn layout(l: c_int, name: &CStr) -> Option<bool> {
    match l {
        ROW_MAJOR => Some(true),
        COL_MAJOR => Some(false),
        _ => {
            report_cblas(1, name, false);
            None
        }
    }
}

/// `cblas_?gemm`: reports the Fortran `INFO` of the (possibly transposed) call
/// plus one, as the reference CBLAS does.
///
/// # Safety
/// CBLAS contract: arrays hold the elements their dimensions declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn cblas_gemm<T: Scalar>(
    name: &CStr,
    lay: c_int,
    transa: c_int,
    transb: c_int,
    m: BlasInt,
    n: BlasInt,
    k: BlasInt,
    alpha: T,
    a: *const T,
    lda: BlasInt,
    b: *const T,
    ldb: BlasInt,
    beta: T,
    c: *mut T,
    ldc: BlasInt,
) {
    let Some(row) = layout(lay, name) else { return };
    let Some(ta) = trans_char(transa) else { return report_cblas(2, name, row) };
    let Some(tb) = trans_char(transb) else { return report_cblas(3, name, row) };
    // SAFETY: forwarded contract.
    let info = unsafe {
        if row {
            gemm_raw(tb, ta, n, m, k, alpha, b, ldb, a, lda, beta, c, ldc)
        } else {
            gemm_raw(ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
        }
    };
    if let Err(info) = info {
        // The Fortran position + 1 (the layout argument). In row-major the
        // Fortran call has M/N and A/B swapped; as in the reference CBLAS, the
        // number stays in the Fortran call's order and `RowMajorStrg = 1` tells
        // the handler (the reference's, or a tester's) to swap 4/5 and 9/11.
        report_cblas(info + 1, name, row);
    }
}

/// `cblas_?gemmt`, numbered like [`cblas_gemm`] (column-major: layout 1,
/// uplo 2, transa 3, transb 4, n 5, k 6, lda 9, ldb 11, ldc 14).
///
/// # Safety
/// CBLAS contract: arrays hold the elements their dimensions declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn cblas_gemmt<T: Scalar>(
    name: &CStr,
    lay: c_int,
    uplo: c_int,
    transa: c_int,
    transb: c_int,
    n: BlasInt,
    k: BlasInt,
    alpha: T,
    a: *const T,
    lda: BlasInt,
    b: *const T,
    ldb: BlasInt,
    beta: T,
    c: *mut T,
    ldc: BlasInt,
) {
    let Some(row) = layout(lay, name) else { return };
    let Some(ul) = uplo_char(uplo, row) else { return report_cblas(2, name, row) };
    let Some(ta) = trans_char(transa) else { return report_cblas(3, name, row) };
    let Some(tb) = trans_char(transb) else { return report_cblas(4, name, row) };
    // SAFETY: forwarded contract.
    let info = unsafe {
        if row {
            gemmt_raw(ul, tb, ta, n, k, alpha, b, ldb, a, lda, beta, c, ldc)
        } else {
            gemmt_raw(ul, ta, tb, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
        }
    };
    if let Err(info) = info {
        report_cblas(info + 1, name, row);
    }
}

/// `cblas_?symm` (`herm` false) and `cblas_?hemm` (`herm` true), numbered
/// like [`cblas_gemm`] (column-major: layout 1, side 2, uplo 3, m 4, n 5,
/// lda 8, ldb 10, ldc 13; row-major reports m/n in the transposed call's
/// order, which the handler swaps back).
///
/// # Safety
/// CBLAS contract: arrays hold the elements their dimensions declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn cblas_symm<T: Scalar>(
    name: &CStr,
    herm: bool,
    lay: c_int,
    side: c_int,
    uplo: c_int,
    m: BlasInt,
    n: BlasInt,
    alpha: T,
    a: *const T,
    lda: BlasInt,
    b: *const T,
    ldb: BlasInt,
    beta: T,
    c: *mut T,
    ldc: BlasInt,
) {
    let Some(row) = layout(lay, name) else { return };
    let Some(sd) = side_char(side, row) else { return report_cblas(2, name, row) };
    let Some(ul) = uplo_char(uplo, row) else { return report_cblas(3, name, row) };
    let (m, n) = if row { (n, m) } else { (m, n) };
    // SAFETY: forwarded contract.
    let info = unsafe { symm_raw(herm, sd, ul, m, n, alpha, a, lda, b, ldb, beta, c, ldc) };
    if let Err(info) = info {
        report_cblas(info + 1, name, row);
    }
}

/// `cblas_?syrk` (`herm` false) and `cblas_?herk` (`herm` true; `alpha` and
/// `beta` real), numbered like [`cblas_gemm`] (layout 1, uplo 2, trans 3,
/// n 4, k 5, lda 8, ldc 11, in both layouts).
///
/// # Safety
/// CBLAS contract: arrays hold the elements their dimensions declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn cblas_syrk<T: Scalar>(
    name: &CStr,
    herm: bool,
    lay: c_int,
    uplo: c_int,
    trans: c_int,
    n: BlasInt,
    k: BlasInt,
    alpha: T,
    a: *const T,
    lda: BlasInt,
    beta: T,
    c: *mut T,
    ldc: BlasInt,
) {
    let Some(row) = layout(lay, name) else { return };
    let Some(ul) = uplo_char(uplo, row) else { return report_cblas(2, name, row) };
    let Some(tr) = rank_k_trans_char::<T>(herm, trans, row) else { return report_cblas(3, name, row) };
    // SAFETY: forwarded contract.
    let info = unsafe { syrk_raw(herm, ul, tr, n, k, alpha, a, lda, beta, c, ldc) };
    if let Err(info) = info {
        report_cblas(info + 1, name, row);
    }
}

/// `cblas_?syr2k` (`herm` false) and `cblas_?her2k` (`herm` true; `beta`
/// real), numbered like [`cblas_gemm`] (layout 1, uplo 2, trans 3, n 4, k 5,
/// lda 8, ldb 10, ldc 13, in both layouts). A row-major her2k is the
/// column-major one with `alpha` conjugated.
///
/// # Safety
/// CBLAS contract: arrays hold the elements their dimensions declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn cblas_syr2k<T: Scalar>(
    name: &CStr,
    herm: bool,
    lay: c_int,
    uplo: c_int,
    trans: c_int,
    n: BlasInt,
    k: BlasInt,
    alpha: T,
    a: *const T,
    lda: BlasInt,
    b: *const T,
    ldb: BlasInt,
    beta: T,
    c: *mut T,
    ldc: BlasInt,
) {
    let Some(row) = layout(lay, name) else { return };
    let Some(ul) = uplo_char(uplo, row) else { return report_cblas(2, name, row) };
    let Some(tr) = rank_k_trans_char::<T>(herm, trans, row) else { return report_cblas(3, name, row) };
    // C^T = alpha op'(B)^H op'(A) + conj(alpha) op'(A)^H op'(B) in terms of the
    // stored (transposed) arrays: the Fortran her2k with conj(alpha).
    let alpha = if row && herm { alpha.conj() } else { alpha };
    // SAFETY: forwarded contract.
    let info = unsafe { syr2k_raw(herm, ul, tr, n, k, alpha, a, lda, b, ldb, beta, c, ldc) };
    if let Err(info) = info {
        report_cblas(info + 1, name, row);
    }
}

/// `cblas_?trmm` (`Op::Multiply`) and `cblas_?trsm` (`Op::Solve`), numbered
/// like [`cblas_gemm`] (column-major: layout 1, side 2, uplo 3, transa 4,
/// diag 5, m 6, n 7, lda 10, ldb 12; row-major reports m/n in the transposed
/// call's order, which the handler swaps back).
///
/// # Safety
/// CBLAS contract: arrays hold the elements their dimensions declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn cblas_triangular<T: Scalar>(
    name: &CStr,
    op: Op,
    lay: c_int,
    side: c_int,
    uplo: c_int,
    transa: c_int,
    diag: c_int,
    m: BlasInt,
    n: BlasInt,
    alpha: T,
    a: *const T,
    lda: BlasInt,
    b: *mut T,
    ldb: BlasInt,
) {
    let Some(row) = layout(lay, name) else { return };
    let Some(sd) = side_char(side, row) else { return report_cblas(2, name, row) };
    let Some(ul) = uplo_char(uplo, row) else { return report_cblas(3, name, row) };
    let Some(ta) = trans_char(transa) else { return report_cblas(4, name, row) };
    let Some(dg) = diag_char(diag) else { return report_cblas(5, name, row) };
    let (m, n) = if row { (n, m) } else { (m, n) };
    // SAFETY: forwarded contract.
    let info = unsafe { triangular_raw(op, sd, ul, ta, dg, m, n, alpha, a, lda, b, ldb) };
    if let Err(info) = info {
        report_cblas(info + 1, name, row);
    }
}

macro_rules! cblas_real {
    ($($t:ty => $gemm:ident, $gemmt:ident;)*) => {$(
        /// `C := alpha op(A) op(B) + beta C` in either layout (CBLAS).
        ///
        /// # Safety
        /// CBLAS contract: arrays hold the elements their dimensions declare.
        #[no_mangle]
        pub unsafe extern "C" fn $gemm(
            layout: c_int, transa: c_int, transb: c_int, m: c_int, n: c_int, k: c_int, alpha: $t,
            a: *const $t, lda: c_int, b: *const $t, ldb: c_int, beta: $t, c: *mut $t, ldc: c_int,
        ) {
            // SAFETY: the caller honours the CBLAS contract above.
            ffi_guard(stringify!($gemm), || unsafe {
                let name = CStr::from_bytes_with_nul_unchecked(concat!(stringify!($gemm), "\0").as_bytes());
                cblas_gemm(name, layout, transa, transb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
            })
        }

        /// `C := alpha op(A) op(B) + beta C` on one triangle of the square C (CBLAS).
        ///
        /// # Safety
        /// CBLAS contract: arrays hold the elements their dimensions declare.
        #[no_mangle]
        pub unsafe extern "C" fn $gemmt(
            layout: c_int, uplo: c_int, transa: c_int, transb: c_int, n: c_int, k: c_int, alpha: $t,
            a: *const $t, lda: c_int, b: *const $t, ldb: c_int, beta: $t, c: *mut $t, ldc: c_int,
        ) {
            // SAFETY: the caller honours the CBLAS contract above.
            ffi_guard(stringify!($gemmt), || unsafe {
                let name = CStr::from_bytes_with_nul_unchecked(concat!(stringify!($gemmt), "\0").as_bytes());
                cblas_gemmt(name, layout, uplo, transa, transb, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
            })
        }
    )*};
}

cblas_real! {
    f32 => cblas_sgemm, cblas_sgemmt;
    f64 => cblas_dgemm, cblas_dgemmt;
}

macro_rules! cblas_complex {
    ($($t:ty => $gemm:ident, $gemmt:ident;)*) => {$(
        /// `C := alpha op(A) op(B) + beta C` in either layout (CBLAS; scalars by pointer).
        ///
        /// # Safety
        /// CBLAS contract: arrays hold the elements their dimensions declare;
        /// `alpha` and `beta` point to complex numbers.
        #[no_mangle]
        pub unsafe extern "C" fn $gemm(
            layout: c_int, transa: c_int, transb: c_int, m: c_int, n: c_int, k: c_int, alpha: *const c_void,
            a: *const c_void, lda: c_int, b: *const c_void, ldb: c_int, beta: *const c_void, c: *mut c_void,
            ldc: c_int,
        ) {
            // SAFETY: the caller honours the CBLAS contract above.
            ffi_guard(stringify!($gemm), || unsafe {
                let name = CStr::from_bytes_with_nul_unchecked(concat!(stringify!($gemm), "\0").as_bytes());
                cblas_gemm(
                    name, layout, transa, transb, m, n, k, *(alpha as *const $t), a as *const $t, lda,
                    b as *const $t, ldb, *(beta as *const $t), c as *mut $t, ldc,
                )
            })
        }

        /// `C := alpha op(A) op(B) + beta C` on one triangle of the square C
        /// (CBLAS; scalars by pointer).
        ///
        /// # Safety
        /// As for the `cblas_?gemm` entry points.
        #[no_mangle]
        pub unsafe extern "C" fn $gemmt(
            layout: c_int, uplo: c_int, transa: c_int, transb: c_int, n: c_int, k: c_int, alpha: *const c_void,
            a: *const c_void, lda: c_int, b: *const c_void, ldb: c_int, beta: *const c_void, c: *mut c_void,
            ldc: c_int,
        ) {
            // SAFETY: the caller honours the CBLAS contract above.
            ffi_guard(stringify!($gemmt), || unsafe {
                let name = CStr::from_bytes_with_nul_unchecked(concat!(stringify!($gemmt), "\0").as_bytes());
                cblas_gemmt(
                    name, layout, uplo, transa, transb, n, k, *(alpha as *const $t), a as *const $t, lda,
                    b as *const $t, ldb, *(beta as *const $t), c as *mut $t, ldc,
                )
            })
        }
    )*};
}

cblas_complex! {
    c32 => cblas_cgemm, cblas_cgemmt;
    c64 => cblas_zgemm, cblas_zgemmt;
}

/// The C string of a routine name.
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

/// An exported CBLAS entry point whose body runs inside [`ffi_guard`].
macro_rules! cblas_fn {
    ($(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),* $(,)?) $body:block) => {
        $(#[$doc])*
        ///
        /// # Safety
        /// CBLAS contract: arrays hold the elements their dimensions declare;
        /// pointer scalars point to valid complex numbers.
        #[no_mangle]
        #[allow(clippy::too_many_arguments)]
        pub unsafe extern "C" fn $name($($arg: $ty),*) {
            // SAFETY: the caller honours the CBLAS contract above.
            ffi_guard(stringify!($name), || unsafe { $body })
        }
    };
}

/// symm, syrk, syr2k, trmm and trsm of every precision; `$s` is the C type
/// of a scalar argument and `$p` of an array element.
macro_rules! cblas_sym {
    ($($t:ty, $s:ty, $p:ty => $symm:ident $syrk:ident $syr2k:ident $trmm:ident $trsm:ident;)*) => {$(
        cblas_fn!(#[doc = "`C := alpha A B + beta C` or `C := alpha B A + beta C`, A symmetric (CBLAS)."]
        fn $symm(layout: c_int, side: c_int, uplo: c_int, m: c_int, n: c_int, alpha: $s, a: *const $p, lda: c_int,
                 b: *const $p, ldb: c_int, beta: $s, c: *mut $p, ldc: c_int) {
            cblas_symm::<$t>(cname!($symm), false, layout, side, uplo, m, n, alpha.get(), a.cast(), lda, b.cast(),
                             ldb, beta.get(), c.cast(), ldc)
        });
        cblas_fn!(#[doc = "`C := alpha op(A) op(A)^T + beta C` on one triangle of the symmetric C (CBLAS)."]
        fn $syrk(layout: c_int, uplo: c_int, trans: c_int, n: c_int, k: c_int, alpha: $s, a: *const $p, lda: c_int,
                 beta: $s, c: *mut $p, ldc: c_int) {
            cblas_syrk::<$t>(cname!($syrk), false, layout, uplo, trans, n, k, alpha.get(), a.cast(), lda, beta.get(),
                             c.cast(), ldc)
        });
        cblas_fn!(#[doc = "`C := alpha op(A) op(B)^T + alpha op(B) op(A)^T + beta C` on one triangle of the symmetric C (CBLAS)."]
        fn $syr2k(layout: c_int, uplo: c_int, trans: c_int, n: c_int, k: c_int, alpha: $s, a: *const $p, lda: c_int,
                  b: *const $p, ldb: c_int, beta: $s, c: *mut $p, ldc: c_int) {
            cblas_syr2k::<$t>(cname!($syr2k), false, layout, uplo, trans, n, k, alpha.get(), a.cast(), lda, b.cast(),
                              ldb, beta.get(), c.cast(), ldc)
        });
        cblas_fn!(#[doc = "`B := alpha op(A) B` or `B := alpha B op(A)`, A triangular (CBLAS)."]
        fn $trmm(layout: c_int, side: c_int, uplo: c_int, transa: c_int, diag: c_int, m: c_int, n: c_int, alpha: $s,
                 a: *const $p, lda: c_int, b: *mut $p, ldb: c_int) {
            cblas_triangular::<$t>(cname!($trmm), Op::Multiply, layout, side, uplo, transa, diag, m, n, alpha.get(),
                                   a.cast(), lda, b.cast(), ldb)
        });
        cblas_fn!(#[doc = "Solves `op(A) X = alpha B` or `X op(A) = alpha B`, A triangular, X overwriting B (CBLAS)."]
        fn $trsm(layout: c_int, side: c_int, uplo: c_int, transa: c_int, diag: c_int, m: c_int, n: c_int, alpha: $s,
                 a: *const $p, lda: c_int, b: *mut $p, ldb: c_int) {
            cblas_triangular::<$t>(cname!($trsm), Op::Solve, layout, side, uplo, transa, diag, m, n, alpha.get(),
                                   a.cast(), lda, b.cast(), ldb)
        });
    )*};
}

cblas_sym! {
    f32, f32, f32 => cblas_ssymm cblas_ssyrk cblas_ssyr2k cblas_strmm cblas_strsm;
    f64, f64, f64 => cblas_dsymm cblas_dsyrk cblas_dsyr2k cblas_dtrmm cblas_dtrsm;
    c32, *const c_void, c_void => cblas_csymm cblas_csyrk cblas_csyr2k cblas_ctrmm cblas_ctrsm;
    c64, *const c_void, c_void => cblas_zsymm cblas_zsyrk cblas_zsyr2k cblas_ztrmm cblas_ztrsm;
}

/// hemm, herk (real `alpha`, `beta`: `$r`) and her2k (real `beta`).
macro_rules! cblas_herm {
    ($($t:ty, $r:ty => $hemm:ident $herk:ident $her2k:ident;)*) => {$(
        cblas_fn!(#[doc = "`C := alpha A B + beta C` or `C := alpha B A + beta C`, A Hermitian (CBLAS)."]
        fn $hemm(layout: c_int, side: c_int, uplo: c_int, m: c_int, n: c_int, alpha: *const c_void,
                 a: *const c_void, lda: c_int, b: *const c_void, ldb: c_int, beta: *const c_void, c: *mut c_void,
                 ldc: c_int) {
            cblas_symm::<$t>(cname!($hemm), true, layout, side, uplo, m, n, alpha.get(), a.cast(), lda, b.cast(),
                             ldb, beta.get(), c.cast(), ldc)
        });
        cblas_fn!(#[doc = "`C := alpha op(A) op(A)^H + beta C` on one triangle of the Hermitian C, `alpha` and `beta` real (CBLAS)."]
        fn $herk(layout: c_int, uplo: c_int, trans: c_int, n: c_int, k: c_int, alpha: $r, a: *const c_void,
                 lda: c_int, beta: $r, c: *mut c_void, ldc: c_int) {
            cblas_syrk::<$t>(cname!($herk), true, layout, uplo, trans, n, k, <$t>::from_real(alpha), a.cast(), lda,
                             <$t>::from_real(beta), c.cast(), ldc)
        });
        cblas_fn!(#[doc = "`C := alpha op(A) op(B)^H + conj(alpha) op(B) op(A)^H + beta C` on one triangle of the Hermitian C, `beta` real (CBLAS)."]
        fn $her2k(layout: c_int, uplo: c_int, trans: c_int, n: c_int, k: c_int, alpha: *const c_void,
                  a: *const c_void, lda: c_int, b: *const c_void, ldb: c_int, beta: $r, c: *mut c_void, ldc: c_int) {
            cblas_syr2k::<$t>(cname!($her2k), true, layout, uplo, trans, n, k, alpha.get(), a.cast(), lda, b.cast(),
                              ldb, <$t>::from_real(beta), c.cast(), ldc)
        });
    )*};
}

cblas_herm! {
    c32, f32 => cblas_chemm cblas_cherk cblas_cher2k;
    c64, f64 => cblas_zhemm cblas_zherk cblas_zher2k;
}
