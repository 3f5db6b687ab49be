//! Level-3 BLAS through the Fortran ABI: `?gemm_`, `?gemmt_`, `?symm_`,
//! `?hemm_`, `?syrk_`, `?herk_`, `?syr2k_`, `?her2k_`, `?trmm_` and `?trsm_`.
//!
//! The generic `*_raw` functions check arguments in the reference's order and
//! return its `INFO` (0 when the call ran); the Fortran wrappers report a
//! nonzero `INFO` through `xerbla_`, the CBLAS wrappers (in `cblas3`) map it to
//! CBLAS's numbering first. Nothing is read or written after a bad argument.

use crate::guard::ffi_guard;
use crate::int::{len, BlasInt};
use crate::xerbla;
use ferroblas_kernels::level3::{self, Op};
use ferroblas_kernels::scalar::{c32, c64, Scalar};
use ferroblas_kernels::{Diag, Side, Trans, Uplo};

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

/// `C := alpha A B + beta C` (`side` L, A `m x m`) or `C := alpha B A + beta C`
/// (`side` R, A `n x n`), A symmetric (`herm` false: `?SYMM`) or Hermitian
/// (`herm` true: `?HEMM`) with only its `uplo` triangle read, with the
/// reference's checks: returns 1 (`side`), 2 (`uplo`), 3 (`m < 0`),
/// 4 (`n < 0`), 7 (`lda`), 9 (`ldb`), 12 (`ldc`), or 0 after computing.
///
/// # Safety
/// Arrays valid as the reference BLAS requires for the given arguments.
#[allow(clippy::too_many_arguments)]
pub unsafe fn symm_raw<T: Scalar>(
    herm: bool,
    side: u8,
    uplo: u8,
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
) -> BlasInt {
    let (sd, ul) = (Side::from_char(side), Uplo::from_char(uplo));
    let nrowa = if sd == Some(Side::Left) { m } else { n };
    let info = if sd.is_none() {
        1
    } else if ul.is_none() {
        2
    } else if m < 0 {
        3
    } else if n < 0 {
        4
    } else if lda < nrowa.max(1) {
        7
    } else if ldb < m.max(1) {
        9
    } else if ldc < m.max(1) {
        12
    } else {
        0
    };
    if let (0, Some(sd), Some(ul)) = (info, sd, ul) {
        // SAFETY: arguments checked as the reference checks them; the caller
        // vouches for the arrays.
        unsafe { level3::symm_raw(herm, sd, ul, len(m), len(n), alpha, a, len(lda), b, len(ldb), beta, c, len(ldc)) };
    }
    info
}

/// The `trans` argument of a rank-k update as the reference accepts it:
/// `Some(false)` for `op(A) = A`, `Some(true)` for the transposed form, `None`
/// when rejected. Real `?SYRK`/`?SYR2K` take `N`, `T` and `C` (`C` meaning
/// `T`); complex ones `N` and `T`; `?HERK`/`?HER2K` (`herm`) `N` and `C`.
fn rank_k_trans<T: Scalar>(herm: bool, trans: u8) -> Option<bool> {
    match (Trans::from_char(trans)?, T::IS_COMPLEX, herm) {
        (Trans::No, _, _) => Some(false),
        (_, false, _) | (Trans::Trans, true, false) | (Trans::ConjTrans, true, true) => Some(true),
        _ => None,
    }
}

/// `C := alpha op(A) op(A)^T + beta C` (`herm` false: `?SYRK`) or
/// `C := alpha op(A) op(A)^H + beta C` (`herm` true: `?HERK`, where `alpha`
/// and `beta` must be real) on the `uplo` triangle of the `n x n` C, with the
/// reference's checks: returns 1 (`uplo`), 2 (`trans`, see the accepted
/// values below), 3 (`n < 0`), 4 (`k < 0`), 7 (`lda`), 10 (`ldc`), or 0 after
/// computing. Real types accept `N`, `T`, `C`; complex `?SYRK` `N`, `T`;
/// `?HERK` `N`, `C`.
///
/// # Safety
/// Arrays valid as the reference BLAS requires for the given arguments.
#[allow(clippy::too_many_arguments)]
pub unsafe fn syrk_raw<T: Scalar>(
    herm: bool,
    uplo: u8,
    trans: u8,
    n: BlasInt,
    k: BlasInt,
    alpha: T,
    a: *const T,
    lda: BlasInt,
    beta: T,
    c: *mut T,
    ldc: BlasInt,
) -> BlasInt {
    let (ul, tr) = (Uplo::from_char(uplo), rank_k_trans::<T>(herm, trans));
    let nrowa = if tr == Some(false) { n } else { k };
    let info = if ul.is_none() {
        1
    } else if tr.is_none() {
        2
    } else if n < 0 {
        3
    } else if k < 0 {
        4
    } else if lda < nrowa.max(1) {
        7
    } else if ldc < n.max(1) {
        10
    } else {
        0
    };
    if let (0, Some(ul), Some(tr)) = (info, ul, tr) {
        // SAFETY: as in `symm_raw`.
        unsafe { level3::syrk_raw(herm, ul, tr, len(n), len(k), alpha, a, len(lda), beta, c, len(ldc)) };
    }
    info
}

/// `C := alpha op(A) op(B)^T + alpha op(B) op(A)^T + beta C` (`herm` false:
/// `?SYR2K`) or `C := alpha op(A) op(B)^H + conj(alpha) op(B) op(A)^H + beta C`
/// (`herm` true: `?HER2K`, where `beta` must be real) on the `uplo` triangle
/// of the `n x n` C, with the reference's checks: returns 1 (`uplo`),
/// 2 (`trans`, accepted as in [`syrk_raw`]), 3 (`n < 0`), 4 (`k < 0`),
/// 7 (`lda`), 9 (`ldb`), 12 (`ldc`), or 0 after computing.
///
/// # Safety
/// Arrays valid as the reference BLAS requires for the given arguments.
#[allow(clippy::too_many_arguments)]
pub unsafe fn syr2k_raw<T: Scalar>(
    herm: bool,
    uplo: u8,
    trans: u8,
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
    let (ul, tr) = (Uplo::from_char(uplo), rank_k_trans::<T>(herm, trans));
    let nrowa = if tr == Some(false) { n } else { k };
    let info = if ul.is_none() {
        1
    } else if tr.is_none() {
        2
    } else if n < 0 {
        3
    } else if k < 0 {
        4
    } else if lda < nrowa.max(1) {
        7
    } else if ldb < nrowa.max(1) {
        9
    } else if ldc < n.max(1) {
        12
    } else {
        0
    };
    if let (0, Some(ul), Some(tr)) = (info, ul, tr) {
        // SAFETY: as in `symm_raw`.
        unsafe { level3::syr2k_raw(herm, ul, tr, len(n), len(k), alpha, a, len(lda), b, len(ldb), beta, c, len(ldc)) };
    }
    info
}

/// `B := alpha op(A) B` (`side` L) or `B := alpha B op(A)` (`side` R), A
/// triangular (`?TRMM`), with the reference's checks: returns 1 (`side`),
/// 2 (`uplo`), 3 (`transa`), 4 (`diag`), 5 (`m < 0`), 6 (`n < 0`), 9 (`lda`),
/// 11 (`ldb`), or 0 after computing.
///
/// # Safety
/// Arrays valid as the reference BLAS requires for the given arguments.
#[allow(clippy::too_many_arguments)]
pub unsafe fn trmm_raw<T: Scalar>(
    side: u8,
    uplo: u8,
    transa: u8,
    diag: u8,
    m: BlasInt,
    n: BlasInt,
    alpha: T,
    a: *const T,
    lda: BlasInt,
    b: *mut T,
    ldb: BlasInt,
) -> BlasInt {
    // SAFETY: forwarded contract.
    unsafe { triangular_raw(Op::Multiply, side, uplo, transa, diag, m, n, alpha, a, lda, b, ldb) }
}

/// Solves `op(A) X = alpha B` (`side` L) or `X op(A) = alpha B` (`side` R) for
/// X, overwriting B, A triangular (`?TRSM`); checks and returns as [`trmm_raw`].
///
/// # Safety
/// Arrays valid as the reference BLAS requires for the given arguments.
#[allow(clippy::too_many_arguments)]
pub unsafe fn trsm_raw<T: Scalar>(
    side: u8,
    uplo: u8,
    transa: u8,
    diag: u8,
    m: BlasInt,
    n: BlasInt,
    alpha: T,
    a: *const T,
    lda: BlasInt,
    b: *mut T,
    ldb: BlasInt,
) -> BlasInt {
    // SAFETY: forwarded contract.
    unsafe { triangular_raw(Op::Solve, side, uplo, transa, diag, m, n, alpha, a, lda, b, ldb) }
}

/// [`trmm_raw`] (`Op::Multiply`) or [`trsm_raw`] (`Op::Solve`).
///
/// # Safety
/// Arrays valid as the reference BLAS requires for the given arguments.
#[allow(clippy::too_many_arguments)]
pub unsafe fn triangular_raw<T: Scalar>(
    op: Op,
    side: u8,
    uplo: u8,
    transa: u8,
    diag: u8,
    m: BlasInt,
    n: BlasInt,
    alpha: T,
    a: *const T,
    lda: BlasInt,
    b: *mut T,
    ldb: BlasInt,
) -> BlasInt {
    let (sd, ul) = (Side::from_char(side), Uplo::from_char(uplo));
    let (ta, dg) = (Trans::from_char(transa), Diag::from_char(diag));
    let nrowa = if sd == Some(Side::Left) { m } else { n };
    let info = if sd.is_none() {
        1
    } else if ul.is_none() {
        2
    } else if ta.is_none() {
        3
    } else if dg.is_none() {
        4
    } else if m < 0 {
        5
    } else if n < 0 {
        6
    } else if lda < nrowa.max(1) {
        9
    } else if ldb < m.max(1) {
        11
    } else {
        0
    };
    if let (0, Some(sd), Some(ul), Some(ta), Some(dg)) = (info, sd, ul, ta, dg) {
        // SAFETY: as in `symm_raw`.
        unsafe { level3::triangular_raw(op, sd, ul, ta, dg, len(m), len(n), alpha, a, len(lda), b, len(ldb)) };
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

macro_rules! f77_sym {
    ($($t:ty => $symm:ident $mname:literal, $syrk:ident $kname:literal, $syr2k:ident $k2name:literal,
        $trmm:ident $tmname:literal, $trsm:ident $tsname:literal;)*) => {$(
        /// `C := alpha A B + beta C` or `C := alpha B A + beta C`, A symmetric
        /// (Fortran BLAS `?SYMM`).
        ///
        /// # Safety
        /// Fortran calling convention: every argument is a valid pointer, and
        /// arrays hold the elements their dimensions declare.
        #[no_mangle]
        pub unsafe extern "C" fn $symm(
            side: *const u8, uplo: *const u8, m: *const BlasInt, n: *const BlasInt, alpha: *const $t,
            a: *const $t, lda: *const BlasInt, b: *const $t, ldb: *const BlasInt, beta: *const $t, c: *mut $t,
            ldc: *const BlasInt, _ls: usize, _lu: usize,
        ) {
            ffi_guard(stringify!($symm), || {
                // SAFETY: the caller honours the Fortran BLAS contract above.
                let info = unsafe {
                    symm_raw(false, *side, *uplo, *m, *n, *alpha, a, *lda, b, *ldb, *beta, c, *ldc)
                };
                if info != 0 {
                    xerbla::report($mname, info);
                }
            })
        }

        /// `C := alpha op(A) op(A)^T + beta C` on one triangle of the
        /// symmetric C (Fortran BLAS `?SYRK`).
        ///
        /// # Safety
        /// As for the `?symm_` entry points.
        #[no_mangle]
        pub unsafe extern "C" fn $syrk(
            uplo: *const u8, trans: *const u8, n: *const BlasInt, k: *const BlasInt, alpha: *const $t,
            a: *const $t, lda: *const BlasInt, beta: *const $t, c: *mut $t, ldc: *const BlasInt, _lu: usize,
            _lt: usize,
        ) {
            ffi_guard(stringify!($syrk), || {
                // SAFETY: the caller honours the Fortran BLAS contract above.
                let info = unsafe { syrk_raw(false, *uplo, *trans, *n, *k, *alpha, a, *lda, *beta, c, *ldc) };
                if info != 0 {
                    xerbla::report($kname, info);
                }
            })
        }

        /// `C := alpha op(A) op(B)^T + alpha op(B) op(A)^T + beta C` on one
        /// triangle of the symmetric C (Fortran BLAS `?SYR2K`).
        ///
        /// # Safety
        /// As for the `?symm_` entry points.
        #[no_mangle]
        pub unsafe extern "C" fn $syr2k(
            uplo: *const u8, trans: *const u8, n: *const BlasInt, k: *const BlasInt, alpha: *const $t,
            a: *const $t, lda: *const BlasInt, b: *const $t, ldb: *const BlasInt, beta: *const $t, c: *mut $t,
            ldc: *const BlasInt, _lu: usize, _lt: usize,
        ) {
            ffi_guard(stringify!($syr2k), || {
                // SAFETY: the caller honours the Fortran BLAS contract above.
                let info = unsafe {
                    syr2k_raw(false, *uplo, *trans, *n, *k, *alpha, a, *lda, b, *ldb, *beta, c, *ldc)
                };
                if info != 0 {
                    xerbla::report($k2name, info);
                }
            })
        }

        /// `B := alpha op(A) B` or `B := alpha B op(A)`, A triangular
        /// (Fortran BLAS `?TRMM`).
        ///
        /// # Safety
        /// As for the `?symm_` entry points.
        #[no_mangle]
        pub unsafe extern "C" fn $trmm(
            side: *const u8, uplo: *const u8, transa: *const u8, diag: *const u8, m: *const BlasInt,
            n: *const BlasInt, alpha: *const $t, a: *const $t, lda: *const BlasInt, b: *mut $t,
            ldb: *const BlasInt, _ls: usize, _lu: usize, _lt: usize, _ld: usize,
        ) {
            ffi_guard(stringify!($trmm), || {
                // SAFETY: the caller honours the Fortran BLAS contract above.
                let info = unsafe { trmm_raw(*side, *uplo, *transa, *diag, *m, *n, *alpha, a, *lda, b, *ldb) };
                if info != 0 {
                    xerbla::report($tmname, info);
                }
            })
        }

        /// Solves `op(A) X = alpha B` or `X op(A) = alpha B`, A triangular,
        /// overwriting B with X (Fortran BLAS `?TRSM`).
        ///
        /// # Safety
        /// As for the `?symm_` entry points.
        #[no_mangle]
        pub unsafe extern "C" fn $trsm(
            side: *const u8, uplo: *const u8, transa: *const u8, diag: *const u8, m: *const BlasInt,
            n: *const BlasInt, alpha: *const $t, a: *const $t, lda: *const BlasInt, b: *mut $t,
            ldb: *const BlasInt, _ls: usize, _lu: usize, _lt: usize, _ld: usize,
        ) {
            ffi_guard(stringify!($trsm), || {
                // SAFETY: the caller honours the Fortran BLAS contract above.
                let info = unsafe { trsm_raw(*side, *uplo, *transa, *diag, *m, *n, *alpha, a, *lda, b, *ldb) };
                if info != 0 {
                    xerbla::report($tsname, info);
                }
            })
        }
    )*};
}

f77_sym! {
    f32 => ssymm_ "SSYMM ", ssyrk_ "SSYRK ", ssyr2k_ "SSYR2K", strmm_ "STRMM ", strsm_ "STRSM ";
    f64 => dsymm_ "DSYMM ", dsyrk_ "DSYRK ", dsyr2k_ "DSYR2K", dtrmm_ "DTRMM ", dtrsm_ "DTRSM ";
    c32 => csymm_ "CSYMM ", csyrk_ "CSYRK ", csyr2k_ "CSYR2K", ctrmm_ "CTRMM ", ctrsm_ "CTRSM ";
    c64 => zsymm_ "ZSYMM ", zsyrk_ "ZSYRK ", zsyr2k_ "ZSYR2K", ztrmm_ "ZTRMM ", ztrsm_ "ZTRSM ";
}

macro_rules! f77_herm {
    ($($t:ty, $r:ty => $hemm:ident $mname:literal, $herk:ident $kname:literal, $her2k:ident $k2name:literal;)*) => {$(
        /// `C := alpha A B + beta C` or `C := alpha B A + beta C`, A Hermitian
        /// (Fortran BLAS `?HEMM`).
        ///
        /// # Safety
        /// Fortran calling convention: every argument is a valid pointer, and
        /// arrays hold the elements their dimensions declare.
        #[no_mangle]
        pub unsafe extern "C" fn $hemm(
            side: *const u8, uplo: *const u8, m: *const BlasInt, n: *const BlasInt, alpha: *const $t,
            a: *const $t, lda: *const BlasInt, b: *const $t, ldb: *const BlasInt, beta: *const $t, c: *mut $t,
            ldc: *const BlasInt, _ls: usize, _lu: usize,
        ) {
            ffi_guard(stringify!($hemm), || {
                // SAFETY: the caller honours the Fortran BLAS contract above.
                let info = unsafe {
                    symm_raw(true, *side, *uplo, *m, *n, *alpha, a, *lda, b, *ldb, *beta, c, *ldc)
                };
                if info != 0 {
                    xerbla::report($mname, info);
                }
            })
        }

        /// `C := alpha op(A) op(A)^H + beta C` on one triangle of the
        /// Hermitian C, `alpha` and `beta` real (Fortran BLAS `?HERK`).
        ///
        /// # Safety
        /// As for the `?hemm_` entry points.
        #[no_mangle]
        pub unsafe extern "C" fn $herk(
            uplo: *const u8, trans: *const u8, n: *const BlasInt, k: *const BlasInt, alpha: *const $r,
            a: *const $t, lda: *const BlasInt, beta: *const $r, c: *mut $t, ldc: *const BlasInt, _lu: usize,
            _lt: usize,
        ) {
            ffi_guard(stringify!($herk), || {
                // SAFETY: the caller honours the Fortran BLAS contract above.
                let info = unsafe {
                    let (alpha, beta) = (<$t>::from_real(*alpha), <$t>::from_real(*beta));
                    syrk_raw(true, *uplo, *trans, *n, *k, alpha, a, *lda, beta, c, *ldc)
                };
                if info != 0 {
                    xerbla::report($kname, info);
                }
            })
        }

        /// `C := alpha op(A) op(B)^H + conj(alpha) op(B) op(A)^H + beta C` on
        /// one triangle of the Hermitian C, `beta` real (Fortran BLAS `?HER2K`).
        ///
        /// # Safety
        /// As for the `?hemm_` entry points.
        #[no_mangle]
        pub unsafe extern "C" fn $her2k(
            uplo: *const u8, trans: *const u8, n: *const BlasInt, k: *const BlasInt, alpha: *const $t,
            a: *const $t, lda: *const BlasInt, b: *const $t, ldb: *const BlasInt, beta: *const $r, c: *mut $t,
            ldc: *const BlasInt, _lu: usize, _lt: usize,
        ) {
            ffi_guard(stringify!($her2k), || {
                // SAFETY: the caller honours the Fortran BLAS contract above.
                let info = unsafe {
                    let beta = <$t>::from_real(*beta);
                    syr2k_raw(true, *uplo, *trans, *n, *k, *alpha, a, *lda, b, *ldb, beta, c, *ldc)
                };
                if info != 0 {
                    xerbla::report($k2name, info);
                }
            })
        }
    )*};
}

f77_herm! {
    c32, f32 => chemm_ "CHEMM ", cherk_ "CHERK ", cher2k_ "CHER2K";
    c64, f64 => zhemm_ "ZHEMM ", zherk_ "ZHERK ", zher2k_ "ZHER2K";
}
