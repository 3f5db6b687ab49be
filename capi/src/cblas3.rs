//! Level-3 BLAS through CBLAS: `cblas_?gemm` and `cblas_?gemmt`, both layouts.
//!
//! A row-major call is the column-major call on the transposed problem:
//! `C^T = op(B)^T op(A)^T`, so A and B, `m` and `n` (and for gemmt the
//! triangle) trade places. Errors are numbered as in the reference CBLAS:
//! the argument's position in the (possibly transposed) Fortran call plus one
//! for the layout argument, with `RowMajorStrg` set for row-major calls so the
//! handler can map A/B and M/N back (see `cblas_gemm`).

use crate::blas3::{gemm_raw, gemmt_raw};
use crate::guard::ffi_guard;
use crate::int::BlasInt;
use crate::xerbla::report_cblas;
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
    if info != 0 {
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
    if info != 0 {
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
