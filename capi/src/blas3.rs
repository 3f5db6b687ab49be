//! Level-3 BLAS through the Fortran ABI: `?gemm_`, `?gemmt_`, `?symm_`,
//! `?hemm_`, `?syrk_`, `?herk_`, `?syr2k_`, `?her2k_`, `?trmm_` and `?trsm_`.
//!
//! The generic `*_raw` functions check arguments in the reference's order and
//! return `Err(param)` for the first bad one, as the Level-2 ones do; the
//! Fortran symbols (generated from `capi/lapack.spec`) report it through
//! `xerbla_`, the CBLAS wrappers (in `cblas3`) map it to CBLAS's numbering
//! first. Nothing is read or written after a bad argument.

use crate::blas2::Checked;
use crate::int::len;
use crate::lapack_rt::AbiInt;
use ferroblas_kernels::level3::{self, Op};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, Side, Trans, Uplo};

/// `C := alpha op(A) op(B) + beta C` with the reference `?GEMM`'s checks:
/// returns 1 (`transa`), 2 (`transb`), 3 (`m < 0`), 4 (`n < 0`), 5 (`k < 0`),
/// 8 (`lda`), 10 (`ldb`), 13 (`ldc`), or 0 after computing.
///
/// # Safety
/// Arrays valid as the reference BLAS requires for the given arguments.
#[allow(clippy::too_many_arguments)]
pub unsafe fn gemm_raw<T: Scalar, I: AbiInt>(
    transa: u8,
    transb: u8,
    m: I,
    n: I,
    k: I,
    alpha: T,
    a: *const T,
    lda: I,
    b: *const T,
    ldb: I,
    beta: T,
    c: *mut T,
    ldc: I,
) -> Checked {
    let (m, n, k, lda, ldb, ldc) = (m.get(), n.get(), k.get(), lda.get(), ldb.get(), ldc.get());
    let (ta, tb) = crate::blas_ext::check_gemm(transa, transb, m, n, k, lda, ldb, ldc)?;
    // SAFETY: arguments checked as the reference checks them; the caller
    // vouches for the arrays.
    unsafe {
        level3::gemm_raw(None, ta, tb, len(m), len(n), len(k), alpha, a, len(lda), b, len(ldb), beta, c, len(ldc))
    };
    Ok(())
}

/// `C := alpha op(A) op(B) + beta C` on the `uplo` triangle of the `n x n`
/// matrix C, with the reference `?GEMMT`'s checks: returns 1 (`uplo`),
/// 2 (`transa`), 3 (`transb`), 4 (`n < 0`), 5 (`k < 0`), 8 (`lda`),
/// 10 (`ldb`), 13 (`ldc`), or 0 after computing.
///
/// # Safety
/// Arrays valid as the reference BLAS requires for the given arguments.
#[allow(clippy::too_many_arguments)]
pub unsafe fn gemmt_raw<T: Scalar, I: AbiInt>(
    uplo: u8,
    transa: u8,
    transb: u8,
    n: I,
    k: I,
    alpha: T,
    a: *const T,
    lda: I,
    b: *const T,
    ldb: I,
    beta: T,
    c: *mut T,
    ldc: I,
) -> Checked {
    let (n, k, lda, ldb, ldc) = (n.get(), k.get(), lda.get(), ldb.get(), ldc.get());
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
    if info == 0 {
        Ok(())
    } else {
        Err(info)
    }
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
pub unsafe fn symm_raw<T: Scalar, I: AbiInt>(
    herm: bool,
    side: u8,
    uplo: u8,
    m: I,
    n: I,
    alpha: T,
    a: *const T,
    lda: I,
    b: *const T,
    ldb: I,
    beta: T,
    c: *mut T,
    ldc: I,
) -> Checked {
    let (m, n, lda, ldb, ldc) = (m.get(), n.get(), lda.get(), ldb.get(), ldc.get());
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
    if info == 0 {
        Ok(())
    } else {
        Err(info)
    }
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
pub unsafe fn syrk_raw<T: Scalar, I: AbiInt>(
    herm: bool,
    uplo: u8,
    trans: u8,
    n: I,
    k: I,
    alpha: T,
    a: *const T,
    lda: I,
    beta: T,
    c: *mut T,
    ldc: I,
) -> Checked {
    let (n, k, lda, ldc) = (n.get(), k.get(), lda.get(), ldc.get());
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
    if info == 0 {
        Ok(())
    } else {
        Err(info)
    }
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
pub unsafe fn syr2k_raw<T: Scalar, I: AbiInt>(
    herm: bool,
    uplo: u8,
    trans: u8,
    n: I,
    k: I,
    alpha: T,
    a: *const T,
    lda: I,
    b: *const T,
    ldb: I,
    beta: T,
    c: *mut T,
    ldc: I,
) -> Checked {
    let (n, k, lda, ldb, ldc) = (n.get(), k.get(), lda.get(), ldb.get(), ldc.get());
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
    if info == 0 {
        Ok(())
    } else {
        Err(info)
    }
}

/// `B := alpha op(A) B` (`side` L) or `B := alpha B op(A)` (`side` R), A
/// triangular (`?TRMM`), with the reference's checks: returns 1 (`side`),
/// 2 (`uplo`), 3 (`transa`), 4 (`diag`), 5 (`m < 0`), 6 (`n < 0`), 9 (`lda`),
/// 11 (`ldb`), or 0 after computing.
///
/// # Safety
/// Arrays valid as the reference BLAS requires for the given arguments.
#[allow(clippy::too_many_arguments)]
pub unsafe fn trmm_raw<T: Scalar, I: AbiInt>(
    side: u8,
    uplo: u8,
    transa: u8,
    diag: u8,
    m: I,
    n: I,
    alpha: T,
    a: *const T,
    lda: I,
    b: *mut T,
    ldb: I,
) -> Checked {
    let (m, n, lda, ldb) = (m.get(), n.get(), lda.get(), ldb.get());
    // SAFETY: forwarded contract.
    unsafe { triangular_raw(Op::Multiply, side, uplo, transa, diag, m, n, alpha, a, lda, b, ldb) }
}

/// Solves `op(A) X = alpha B` (`side` L) or `X op(A) = alpha B` (`side` R) for
/// X, overwriting B, A triangular (`?TRSM`); checks and returns as [`trmm_raw`].
///
/// # Safety
/// Arrays valid as the reference BLAS requires for the given arguments.
#[allow(clippy::too_many_arguments)]
pub unsafe fn trsm_raw<T: Scalar, I: AbiInt>(
    side: u8,
    uplo: u8,
    transa: u8,
    diag: u8,
    m: I,
    n: I,
    alpha: T,
    a: *const T,
    lda: I,
    b: *mut T,
    ldb: I,
) -> Checked {
    let (m, n, lda, ldb) = (m.get(), n.get(), lda.get(), ldb.get());
    // SAFETY: forwarded contract.
    unsafe { triangular_raw(Op::Solve, side, uplo, transa, diag, m, n, alpha, a, lda, b, ldb) }
}

/// [`trmm_raw`] (`Op::Multiply`) or [`trsm_raw`] (`Op::Solve`).
///
/// # Safety
/// Arrays valid as the reference BLAS requires for the given arguments.
#[allow(clippy::too_many_arguments)]
pub unsafe fn triangular_raw<T: Scalar, I: AbiInt>(
    op: Op,
    side: u8,
    uplo: u8,
    transa: u8,
    diag: u8,
    m: I,
    n: I,
    alpha: T,
    a: *const T,
    lda: I,
    b: *mut T,
    ldb: I,
) -> Checked {
    let (m, n, lda, ldb) = (m.get(), n.get(), lda.get(), ldb.get());
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
    if info == 0 {
        Ok(())
    } else {
        Err(info)
    }
}
