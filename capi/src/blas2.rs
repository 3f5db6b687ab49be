//! Level-2 BLAS through the Fortran ABI (`dgemv_`, `zhemv_`, ...).
//!
//! The generic `*_raw` functions check the arguments exactly as the reference
//! does, in its order, and return the reference's parameter number of the
//! first bad one (nothing is read or written then); otherwise they build
//! views and call `ferroblas_kernels::level2`. They take a [`Layout`] so the
//! CBLAS entry points share them: for `RowMajor` they check the arguments of
//! the Fortran call the reference CBLAS makes (dimensions of the transposed
//! problem, swapped vectors), which is what CBLAS testers expect to be told.
//!
//! Fortran character arguments arrive as pointers, with their hidden lengths
//! (`usize`, gfortran's convention) after all the others; only the first
//! character is read.

use crate::blas1::{vmut, vref};
use crate::int::{inc, len, BlasInt};
use crate::lapack_rt::AbiInt;
use ferroblas_kernels::enums::{Diag, Trans, Uplo};
use ferroblas_kernels::level2::{self, packed_len, Layout, Op};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::{MatMut, MatRef};

/// The result of an argument check: `Err(info)` names the first bad argument.
pub type Checked = Result<(), BlasInt>;

/// `Err(info)` when `bad`.
#[inline]
pub(crate) fn check(bad: bool, info: BlasInt) -> Checked {
    if bad {
        Err(info)
    } else {
        Ok(())
    }
}

/// A dense `m x n` matrix argument with leading dimension `lda`, stored by
/// columns or by rows.
///
/// # Safety
/// `a` valid for the matrix the arguments declare.
unsafe fn mref<'a, T>(layout: Layout, a: *const T, m: usize, n: usize, lda: i64) -> MatRef<'a, T> {
    let ld = inc(lda);
    // SAFETY: forwarded contract.
    unsafe {
        match layout {
            Layout::ColMajor => MatRef::from_raw_parts(a, m, n, 1, ld),
            Layout::RowMajor => MatRef::from_raw_parts(a, m, n, ld, 1),
        }
    }
}

/// The mutable form of [`mref`].
///
/// # Safety
/// As [`mref`], for reads and writes.
unsafe fn mmut<'a, T>(layout: Layout, a: *mut T, m: usize, n: usize, lda: i64) -> MatMut<'a, T> {
    let ld = inc(lda);
    // SAFETY: forwarded contract.
    unsafe {
        match layout {
            Layout::ColMajor => MatMut::from_raw_parts(a, m, n, 1, ld),
            Layout::RowMajor => MatMut::from_raw_parts(a, m, n, ld, 1),
        }
    }
}

/// The elements of band storage with `ncols` stored columns (rows, in
/// row-major) of `ld` elements, of which the first `rows` are used.
fn band_len(ncols: usize, ld: usize, rows: usize) -> usize {
    if ncols == 0 {
        0
    } else {
        (ncols - 1) * ld + rows
    }
}

/// `y := alpha op(A) x + beta y`. Row-major `A` is checked as the reference
/// CBLAS calls Fortran: `(op', n, m)` on `A^T`.
///
/// # Safety
/// Pointers valid for the arrays the arguments declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn gemv_raw<T: Scalar, I: AbiInt>(
    layout: Layout,
    op: Option<Op>,
    m: I,
    n: I,
    alpha: T,
    a: *const T,
    lda: I,
    x: *const T,
    incx: I,
    beta: T,
    y: *mut T,
    incy: I,
) -> Checked {
    let (m, n, lda, incx, incy) = (m.get(), n.get(), lda.get(), incx.get(), incy.get());
    let (op, m, n) = match layout {
        Layout::ColMajor => (op, m, n),
        Layout::RowMajor => (op.map(Op::transposed), n, m),
    };
    let op = op.ok_or(1)?;
    check(m < 0, 2)?;
    check(n < 0, 3)?;
    check(lda < m.max(1), 6)?;
    check(incx == 0, 8)?;
    check(incy == 0, 11)?;
    let (m, n) = (len(m), len(n));
    let (lx, ly) = if op.is_trans() { (m, n) } else { (n, m) };
    // SAFETY: the caller's arrays hold what the checked arguments declare.
    unsafe {
        level2::gemv(
            op,
            alpha,
            mref(Layout::ColMajor, a, m, n, lda),
            vref(lx as i64, x, incx),
            beta,
            vmut(ly as i64, y, incy),
        )
    };
    Ok(())
}

/// `y := alpha op(A) x + beta y` for a band `A`; row-major as `(op', n, m, ku, kl)`.
///
/// # Safety
/// Pointers valid for the arrays the arguments declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn gbmv_raw<T: Scalar, I: AbiInt>(
    layout: Layout,
    op: Option<Op>,
    m: I,
    n: I,
    kl: I,
    ku: I,
    alpha: T,
    a: *const T,
    lda: I,
    x: *const T,
    incx: I,
    beta: T,
    y: *mut T,
    incy: I,
) -> Checked {
    let (m, n, kl, ku, lda, incx, incy) = (m.get(), n.get(), kl.get(), ku.get(), lda.get(), incx.get(), incy.get());
    let (op, m, n, kl, ku) = match layout {
        Layout::ColMajor => (op, m, n, kl, ku),
        Layout::RowMajor => (op.map(Op::transposed), n, m, ku, kl),
    };
    let op = op.ok_or(1)?;
    check(m < 0, 2)?;
    check(n < 0, 3)?;
    check(kl < 0, 4)?;
    check(ku < 0, 5)?;
    check(lda < kl + ku + 1, 8)?;
    check(incx == 0, 10)?;
    check(incy == 0, 13)?;
    let (m, n, kl, ku, ld) = (len(m), len(n), len(kl), len(ku), len(lda));
    if m == 0 || n == 0 {
        return Ok(());
    }
    let (lx, ly) = if op.is_trans() { (m, n) } else { (n, m) };
    // SAFETY: `n` stored columns of `lda` elements, the band rows used.
    let ab = unsafe { std::slice::from_raw_parts(a, band_len(n, ld, kl + ku + 1)) };
    // SAFETY: as above, for the vectors.
    unsafe {
        level2::gbmv(
            Layout::ColMajor,
            op,
            m,
            n,
            kl,
            ku,
            alpha,
            ab,
            ld,
            vref(lx as i64, x, incx),
            beta,
            vmut(ly as i64, y, incy),
        )
    };
    Ok(())
}

/// `y := alpha A x + beta y`, `A` Hermitian (symmetric) in its `uplo` triangle.
///
/// # Safety
/// Pointers valid for the arrays the arguments declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn hemv_raw<T: Scalar, I: AbiInt>(
    layout: Layout,
    uplo: Option<Uplo>,
    n: I,
    alpha: T,
    a: *const T,
    lda: I,
    x: *const T,
    incx: I,
    beta: T,
    y: *mut T,
    incy: I,
) -> Checked {
    let (n, lda, incx, incy) = (n.get(), lda.get(), incx.get(), incy.get());
    let uplo = uplo.ok_or(1)?;
    check(n < 0, 2)?;
    check(lda < n.max(1), 5)?;
    check(incx == 0, 7)?;
    check(incy == 0, 10)?;
    // SAFETY: the caller's arrays hold what the checked arguments declare.
    unsafe {
        level2::hemv(uplo, alpha, mref(layout, a, len(n), len(n), lda), vref(n, x, incx), beta, vmut(n, y, incy))
    };
    Ok(())
}

/// `y := alpha A x + beta y`, `A` Hermitian (symmetric) band with `k` off-diagonals.
///
/// # Safety
/// Pointers valid for the arrays the arguments declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn hbmv_raw<T: Scalar, I: AbiInt>(
    layout: Layout,
    uplo: Option<Uplo>,
    n: I,
    k: I,
    alpha: T,
    a: *const T,
    lda: I,
    x: *const T,
    incx: I,
    beta: T,
    y: *mut T,
    incy: I,
) -> Checked {
    let (n, k, lda, incx, incy) = (n.get(), k.get(), lda.get(), incx.get(), incy.get());
    let uplo = uplo.ok_or(1)?;
    check(n < 0, 2)?;
    check(k < 0, 3)?;
    check(lda < k + 1, 6)?;
    check(incx == 0, 8)?;
    check(incy == 0, 11)?;
    if n == 0 {
        return Ok(());
    }
    let (nu, ku, ld) = (len(n), len(k), len(lda));
    // SAFETY: `n` stored columns (rows) of `lda` elements, `k + 1` used.
    let ab = unsafe { std::slice::from_raw_parts(a, band_len(nu, ld, ku + 1)) };
    // SAFETY: as above, for the vectors.
    unsafe { level2::hbmv(layout, uplo, nu, ku, alpha, ab, ld, vref(n, x, incx), beta, vmut(n, y, incy)) };
    Ok(())
}

/// `y := alpha A x + beta y`, `A` Hermitian (symmetric) packed.
///
/// # Safety
/// Pointers valid for the arrays the arguments declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn hpmv_raw<T: Scalar, I: AbiInt>(
    layout: Layout,
    uplo: Option<Uplo>,
    n: I,
    alpha: T,
    ap: *const T,
    x: *const T,
    incx: I,
    beta: T,
    y: *mut T,
    incy: I,
) -> Checked {
    let (n, incx, incy) = (n.get(), incx.get(), incy.get());
    let uplo = uplo.ok_or(1)?;
    check(n < 0, 2)?;
    check(incx == 0, 6)?;
    check(incy == 0, 9)?;
    if n == 0 {
        return Ok(());
    }
    // SAFETY: a packed triangle of `n(n+1)/2` elements.
    let ap = unsafe { std::slice::from_raw_parts(ap, packed_len(len(n))) };
    // SAFETY: as above, for the vectors.
    unsafe { level2::hpmv(layout, uplo, alpha, ap, vref(n, x, incx), beta, vmut(n, y, incy)) };
    Ok(())
}

/// Which triangular routine a `tr*_raw` call is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TriOp {
    /// `x := op(A) x`.
    Mul,
    /// Solve `op(A) x = b`.
    Solve,
}

/// `?trmv` / `?trsv`.
///
/// # Safety
/// Pointers valid for the arrays the arguments declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn trxv_raw<T: Scalar, I: AbiInt>(
    which: TriOp,
    layout: Layout,
    uplo: Option<Uplo>,
    op: Option<Op>,
    diag: Option<Diag>,
    n: I,
    a: *const T,
    lda: I,
    x: *mut T,
    incx: I,
) -> Checked {
    let (n, lda, incx) = (n.get(), lda.get(), incx.get());
    let uplo = uplo.ok_or(1)?;
    let op = op.ok_or(2)?;
    let diag = diag.ok_or(3)?;
    check(n < 0, 4)?;
    check(lda < n.max(1), 6)?;
    check(incx == 0, 8)?;
    // SAFETY: the caller's arrays hold what the checked arguments declare.
    unsafe {
        let (a, x) = (mref(layout, a, len(n), len(n), lda), vmut(n, x, incx));
        match which {
            TriOp::Mul => level2::trmv(uplo, op, diag, a, x),
            TriOp::Solve => level2::trsv(uplo, op, diag, a, x),
        }
    }
    Ok(())
}

/// `?tbmv` / `?tbsv`.
///
/// # Safety
/// Pointers valid for the arrays the arguments declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn tbxv_raw<T: Scalar, I: AbiInt>(
    which: TriOp,
    layout: Layout,
    uplo: Option<Uplo>,
    op: Option<Op>,
    diag: Option<Diag>,
    n: I,
    k: I,
    a: *const T,
    lda: I,
    x: *mut T,
    incx: I,
) -> Checked {
    let (n, k, lda, incx) = (n.get(), k.get(), lda.get(), incx.get());
    let uplo = uplo.ok_or(1)?;
    let op = op.ok_or(2)?;
    let diag = diag.ok_or(3)?;
    check(n < 0, 4)?;
    check(k < 0, 5)?;
    check(lda < k + 1, 7)?;
    check(incx == 0, 9)?;
    if n == 0 {
        return Ok(());
    }
    let (nu, ku, ld) = (len(n), len(k), len(lda));
    // SAFETY: `n` stored columns (rows) of `lda` elements, `k + 1` used.
    let ab = unsafe { std::slice::from_raw_parts(a, band_len(nu, ld, ku + 1)) };
    // SAFETY: as above, for the vector.
    unsafe {
        let x = vmut(n, x, incx);
        match which {
            TriOp::Mul => level2::tbmv(layout, uplo, op, diag, nu, ku, ab, ld, x),
            TriOp::Solve => level2::tbsv(layout, uplo, op, diag, nu, ku, ab, ld, x),
        }
    }
    Ok(())
}

/// `?tpmv` / `?tpsv`.
///
/// # Safety
/// Pointers valid for the arrays the arguments declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn tpxv_raw<T: Scalar, I: AbiInt>(
    which: TriOp,
    layout: Layout,
    uplo: Option<Uplo>,
    op: Option<Op>,
    diag: Option<Diag>,
    n: I,
    ap: *const T,
    x: *mut T,
    incx: I,
) -> Checked {
    let (n, incx) = (n.get(), incx.get());
    let uplo = uplo.ok_or(1)?;
    let op = op.ok_or(2)?;
    let diag = diag.ok_or(3)?;
    check(n < 0, 4)?;
    check(incx == 0, 7)?;
    if n == 0 {
        return Ok(());
    }
    // SAFETY: a packed triangle of `n(n+1)/2` elements.
    let ap = unsafe { std::slice::from_raw_parts(ap, packed_len(len(n))) };
    // SAFETY: as above, for the vector.
    unsafe {
        let x = vmut(n, x, incx);
        match which {
            TriOp::Mul => level2::tpmv(layout, uplo, op, diag, ap, x),
            TriOp::Solve => level2::tpsv(layout, uplo, op, diag, ap, x),
        }
    }
    Ok(())
}

/// `A += alpha x y^T` (`conj_y`: `y^H`). Row-major as the reference CBLAS:
/// `(n, m, y, x)` on `A^T`.
///
/// # Safety
/// Pointers valid for the arrays the arguments declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn ger_raw<T: Scalar, I: AbiInt>(
    layout: Layout,
    conj_y: bool,
    m: I,
    n: I,
    alpha: T,
    x: *const T,
    incx: I,
    y: *const T,
    incy: I,
    a: *mut T,
    lda: I,
) -> Checked {
    let (m, n, incx, incy, lda) = (m.get(), n.get(), incx.get(), incy.get(), lda.get());
    let (fm, fn_, finx, finy) = match layout {
        Layout::ColMajor => (m, n, incx, incy),
        Layout::RowMajor => (n, m, incy, incx),
    };
    check(fm < 0, 1)?;
    check(fn_ < 0, 2)?;
    check(finx == 0, 5)?;
    check(finy == 0, 7)?;
    check(lda < fm.max(1), 9)?;
    // SAFETY: the caller's arrays hold what the checked arguments declare; the
    // view's strides carry the layout.
    unsafe {
        let (a, x, y) = (mmut(layout, a, len(m), len(n), lda), vref(m, x, incx), vref(n, y, incy));
        if conj_y {
            level2::gerc(alpha, x, y, a)
        } else {
            level2::ger(alpha, x, y, a)
        }
    }
    Ok(())
}

/// `A += alpha x x^H` (real `alpha`), `A` Hermitian (symmetric) in its `uplo` triangle.
///
/// # Safety
/// Pointers valid for the arrays the arguments declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn her_raw<T: Scalar, I: AbiInt>(
    layout: Layout,
    uplo: Option<Uplo>,
    n: I,
    alpha: T::Real,
    x: *const T,
    incx: I,
    a: *mut T,
    lda: I,
) -> Checked {
    let (n, incx, lda) = (n.get(), incx.get(), lda.get());
    let uplo = uplo.ok_or(1)?;
    check(n < 0, 2)?;
    check(incx == 0, 5)?;
    check(lda < n.max(1), 7)?;
    // SAFETY: the caller's arrays hold what the checked arguments declare.
    unsafe { level2::her(uplo, alpha, vref(n, x, incx), mmut(layout, a, len(n), len(n), lda)) };
    Ok(())
}

/// `A += alpha x x^H` (real `alpha`), `A` Hermitian (symmetric) packed.
///
/// # Safety
/// Pointers valid for the arrays the arguments declare.
pub unsafe fn hpr_raw<T: Scalar, I: AbiInt>(
    layout: Layout,
    uplo: Option<Uplo>,
    n: I,
    alpha: T::Real,
    x: *const T,
    incx: I,
    ap: *mut T,
) -> Checked {
    let (n, incx) = (n.get(), incx.get());
    let uplo = uplo.ok_or(1)?;
    check(n < 0, 2)?;
    check(incx == 0, 5)?;
    if n == 0 {
        return Ok(());
    }
    // SAFETY: a packed triangle of `n(n+1)/2` elements.
    let ap = unsafe { std::slice::from_raw_parts_mut(ap, packed_len(len(n))) };
    // SAFETY: as above, for the vector.
    unsafe { level2::hpr(layout, uplo, alpha, vref(n, x, incx), ap) };
    Ok(())
}

/// Increments in the order the reference checks them for `?her2`/`?hpr2`
/// (`?syr2`/`?spr2`): the complex row-major CBLAS forms pass `y` first.
fn rank2_incs<T: Scalar>(layout: Layout, incx: i64, incy: i64) -> (i64, i64) {
    if layout == Layout::RowMajor && T::IS_COMPLEX {
        (incy, incx)
    } else {
        (incx, incy)
    }
}

/// `A += alpha x y^H + conj(alpha) y x^H`, `A` Hermitian (symmetric) in its `uplo` triangle.
///
/// # Safety
/// Pointers valid for the arrays the arguments declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn her2_raw<T: Scalar, I: AbiInt>(
    layout: Layout,
    uplo: Option<Uplo>,
    n: I,
    alpha: T,
    x: *const T,
    incx: I,
    y: *const T,
    incy: I,
    a: *mut T,
    lda: I,
) -> Checked {
    let (n, incx, incy, lda) = (n.get(), incx.get(), incy.get(), lda.get());
    let uplo = uplo.ok_or(1)?;
    check(n < 0, 2)?;
    let (first, second) = rank2_incs::<T>(layout, incx, incy);
    check(first == 0, 5)?;
    check(second == 0, 7)?;
    check(lda < n.max(1), 9)?;
    // SAFETY: the caller's arrays hold what the checked arguments declare.
    unsafe { level2::her2(uplo, alpha, vref(n, x, incx), vref(n, y, incy), mmut(layout, a, len(n), len(n), lda)) };
    Ok(())
}

/// `A += alpha x y^H + conj(alpha) y x^H`, `A` Hermitian (symmetric) packed.
///
/// # Safety
/// Pointers valid for the arrays the arguments declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn hpr2_raw<T: Scalar, I: AbiInt>(
    layout: Layout,
    uplo: Option<Uplo>,
    n: I,
    alpha: T,
    x: *const T,
    incx: I,
    y: *const T,
    incy: I,
    ap: *mut T,
) -> Checked {
    let (n, incx, incy) = (n.get(), incx.get(), incy.get());
    let uplo = uplo.ok_or(1)?;
    check(n < 0, 2)?;
    let (first, second) = rank2_incs::<T>(layout, incx, incy);
    check(first == 0, 5)?;
    check(second == 0, 7)?;
    if n == 0 {
        return Ok(());
    }
    // SAFETY: a packed triangle of `n(n+1)/2` elements.
    let ap = unsafe { std::slice::from_raw_parts_mut(ap, packed_len(len(n))) };
    // SAFETY: as above, for the vectors.
    unsafe { level2::hpr2(layout, uplo, alpha, vref(n, x, incx), vref(n, y, incy), ap) };
    Ok(())
}

// ---------------------------------------------------------------------------
// Option letters as the Fortran symbols (generated from `capi/lapack.spec`) pass them.

/// `op` from a Fortran `TRANS` letter.
pub fn f_trans(c: u8) -> Option<Op> {
    Trans::from_char(c).map(Op::from)
}

/// `UPLO` from a Fortran letter.
pub fn f_uplo(c: u8) -> Option<Uplo> {
    Uplo::from_char(c)
}

/// `DIAG` from a Fortran letter.
pub fn f_diag(c: u8) -> Option<Diag> {
    Diag::from_char(c)
}
