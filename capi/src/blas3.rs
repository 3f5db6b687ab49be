//! Level-3 BLAS through the Fortran ABI: `?gemm_` and `?gemmt_`.
//!
//! The generic `*_raw` functions check arguments in the reference's order and
//! return its `INFO` (0 when the call ran); the Fortran wrappers report a
//! nonzero `INFO` through `xerbla_`, the CBLAS wrappers (in `cblas3`) map it to
//! CBLAS's numbering first. Nothing is read or written after a bad argument.

use crate::guard::ffi_guard;
use crate::int::{len, BlasInt};
use crate::xerbla;
use ferroblas_kernels::level3;
use ferroblas_kernels::scalar::{c32, c64, Scalar};
use ferroblas_kernels::{Trans, Uplo};

/// `C := alpha op(A) op(B) + beta C` with the reference `?GEMM`'s checks:
/// returns 1 (`transa`), 2 (`transb`), 3 (`m < 0`), 4 (`n < 0`), 5 (`k < 0`),
/// 8 (`lda`), 10 (`ldb`), 13 (`ldc`), or 0 after computing.
///
/// # Safety
/// Arrays valid as the reference BLAS requires for the given arguments.
#[allow(clippy::too_many_arguments)]
pub unsafe fn gemm_raw<T: Scalar>(
    transa: u8,
    transb: u8,
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
) -> BlasInt {
    let (ta, tb) = (Trans::from_char(transa), Trans::from_char(transb));
    let nrowa = if ta == Some(Trans::No) { m } else { k };
    let nrowb = if tb == Some(Trans::No) { k } else { n };
    let info = if ta.is_none() {
        1
    } else if tb.is_none() {
        2
    } else if m < 0 {
        3
    } else if n < 0 {
        4
    } else if k < 0 {
        5
    } else if lda < nrowa.max(1) {
        8
    } else if ldb < nrowb.max(1) {
        10
    } else if ldc < m.max(1) {
        13
    } else {
        0
    };
    if let (0, Some(ta), Some(tb)) = (info, ta, tb) {
        // SAFETY: arguments checked as the reference checks them; the caller
        // vouches for the arrays.
        unsafe {
            level3::gemm_raw(None, ta, tb, len(m), len(n), len(k), alpha, a, len(lda), b, len(ldb), beta, c, len(ldc))
        };
    }
    info
}

/// `C := alpha op(A) op(B) + beta C` on the `uplo` triangle of the `n x n`
/// matrix C, with the reference `?GEMMT`'s checks: returns 1 (`uplo`),
/// 2 (`transa`), 3 (`transb`), 4 (`n < 0`), 5 (`k < 0`), 8 (`lda`),
/// 10 (`ldb`), 13 (`ldc`), or 0 after computing.
///
/// # Safety
/// Arrays valid as the reference BLAS requires for the given arguments.
#[allow(clippy::too_many_arguments)]
pub unsafe fn gemmt_raw<T: Scalar>(
    uplo: u8,
    transa: u8,
    transb: u8,
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
) -> BlasInt {
    let ul = Uplo::from_char(uplo);
    let (ta, tb) = (Trans::from_char(transa), Trans::from_char(transb));
    let nrowa = if ta == Some(Trans::No) { n } else { k };
    let nrowb = if tb == Some(Trans::No) { k } else { n };
    let info = if ul.is_none() {
        1
    } else if ta.is_none() {
        2
    } else if tb.is_none() {
        3
    } else if n < 0 {
        4
    } else if k < 0 {
        5
    } else if lda < nrowa.max(1) {
        8
    } else if ldb < nrowb.max(1) {
        10
    } else if ldc < n.max(1) {
        13
    } else {
        0
    };
    if let (0, Some(ul), Some(ta), Some(tb)) = (info, ul, ta, tb) {
        // SAFETY: as in `gemm_raw`.
        unsafe {
            level3::gemm_raw(
                Some(ul),
                ta,
                tb,
                len(n),
                len(n),
                len(k),
                alpha,
                a,
                len(lda),
                b,
                len(ldb),
                beta,
                c,
                len(ldc),
            )
        };
    }
    info
}

macro_rules! f77_gemm {
    ($($t:ty => $gemm:ident $gname:literal, $gemmt:ident $tname:literal;)*) => {$(
        /// `C := alpha op(A) op(B) + beta C`, `op(X)` one of `X`, `X^T`, `X^H`
        /// (Fortran BLAS `?GEMM`).
        ///
        /// # Safety
        /// Fortran calling convention: every argument is a valid pointer, and
        /// arrays hold the elements their dimensions declare.
        #[no_mangle]
        pub unsafe extern "C" fn $gemm(
            transa: *const u8, transb: *const u8, m: *const BlasInt, n: *const BlasInt, k: *const BlasInt,
            alpha: *const $t, a: *const $t, lda: *const BlasInt, b: *const $t, ldb: *const BlasInt,
            beta: *const $t, c: *mut $t, ldc: *const BlasInt, _la: usize, _lb: usize,
        ) {
            ffi_guard(stringify!($gemm), || {
                // SAFETY: the caller honours the Fortran BLAS contract above.
                let info = unsafe {
                    gemm_raw(*transa, *transb, *m, *n, *k, *alpha, a, *lda, b, *ldb, *beta, c, *ldc)
                };
                if info != 0 {
                    xerbla::report($gname, info);
                }
            })
        }

        /// `C := alpha op(A) op(B) + beta C` on one triangle of the square C
        /// (Fortran BLAS `?GEMMT`, LAPACK 3.11+, MKL, OpenBLAS).
        ///
        /// # Safety
        /// As for the `?gemm_` entry points.
        #[no_mangle]
        pub unsafe extern "C" fn $gemmt(
            uplo: *const u8, transa: *const u8, transb: *const u8, n: *const BlasInt, k: *const BlasInt,
            alpha: *const $t, a: *const $t, lda: *const BlasInt, b: *const $t, ldb: *const BlasInt,
            beta: *const $t, c: *mut $t, ldc: *const BlasInt, _lu: usize, _la: usize, _lb: usize,
        ) {
            ffi_guard(stringify!($gemmt), || {
                // SAFETY: the caller honours the Fortran BLAS contract above.
                let info = unsafe {
                    gemmt_raw(*uplo, *transa, *transb, *n, *k, *alpha, a, *lda, b, *ldb, *beta, c, *ldc)
                };
                if info != 0 {
                    xerbla::report($tname, info);
                }
            })
        }
    )*};
}

f77_gemm! {
    f32 => sgemm_ "SGEMM ", sgemmt_ "SGEMMT";
    f64 => dgemm_ "DGEMM ", dgemmt_ "DGEMMT";
    c32 => cgemm_ "CGEMM ", cgemmt_ "CGEMMT";
    c64 => zgemm_ "ZGEMM ", zgemmt_ "ZGEMMT";
}
