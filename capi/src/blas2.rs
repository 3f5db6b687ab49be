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
use crate::guard::ffi_guard;
use crate::int::{inc, len, BlasInt};
use crate::xerbla;
use ferroblas_kernels::enums::{Diag, Trans, Uplo};
use ferroblas_kernels::level2::{self, packed_len, Layout, Op};
use ferroblas_kernels::scalar::{c32, c64, Scalar};
use ferroblas_kernels::views::{MatMut, MatRef};
use std::ffi::c_char;

/// The result of an argument check: `Err(info)` names the first bad argument.
pub type Checked = Result<(), BlasInt>;

/// `Err(info)` when `bad`.
#[inline]
fn check(bad: bool, info: BlasInt) -> Checked {
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
unsafe fn mref<'a, T>(layout: Layout, a: *const T, m: usize, n: usize, lda: BlasInt) -> MatRef<'a, T> {
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
unsafe fn mmut<'a, T>(layout: Layout, a: *mut T, m: usize, n: usize, lda: BlasInt) -> MatMut<'a, T> {
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
pub unsafe fn gemv_raw<T: Scalar>(
    layout: Layout,
    op: Option<Op>,
    m: BlasInt,
    n: BlasInt,
    alpha: T,
    a: *const T,
    lda: BlasInt,
    x: *const T,
    incx: BlasInt,
    beta: T,
    y: *mut T,
    incy: BlasInt,
) -> Checked {
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
            vref(lx as BlasInt, x, incx),
            beta,
            vmut(ly as BlasInt, y, incy),
        )
    };
    Ok(())
}

/// `y := alpha op(A) x + beta y` for a band `A`; row-major as `(op', n, m, ku, kl)`.
///
/// # Safety
/// Pointers valid for the arrays the arguments declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn gbmv_raw<T: Scalar>(
    layout: Layout,
    op: Option<Op>,
    m: BlasInt,
    n: BlasInt,
    kl: BlasInt,
    ku: BlasInt,
    alpha: T,
    a: *const T,
    lda: BlasInt,
    x: *const T,
    incx: BlasInt,
    beta: T,
    y: *mut T,
    incy: BlasInt,
) -> Checked {
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
            vref(lx as BlasInt, x, incx),
            beta,
            vmut(ly as BlasInt, y, incy),
        )
    };
    Ok(())
}

/// `y := alpha A x + beta y`, `A` Hermitian (symmetric) in its `uplo` triangle.
///
/// # Safety
/// Pointers valid for the arrays the arguments declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn hemv_raw<T: Scalar>(
    layout: Layout,
    uplo: Option<Uplo>,
    n: BlasInt,
    alpha: T,
    a: *const T,
    lda: BlasInt,
    x: *const T,
    incx: BlasInt,
    beta: T,
    y: *mut T,
    incy: BlasInt,
) -> Checked {
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
pub unsafe fn hbmv_raw<T: Scalar>(
    layout: Layout,
    uplo: Option<Uplo>,
    n: BlasInt,
    k: BlasInt,
    alpha: T,
    a: *const T,
    lda: BlasInt,
    x: *const T,
    incx: BlasInt,
    beta: T,
    y: *mut T,
    incy: BlasInt,
) -> Checked {
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
pub unsafe fn hpmv_raw<T: Scalar>(
    layout: Layout,
    uplo: Option<Uplo>,
    n: BlasInt,
    alpha: T,
    ap: *const T,
    x: *const T,
    incx: BlasInt,
    beta: T,
    y: *mut T,
    incy: BlasInt,
) -> Checked {
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
pub unsafe fn trxv_raw<T: Scalar>(
    which: TriOp,
    layout: Layout,
    uplo: Option<Uplo>,
    op: Option<Op>,
    diag: Option<Diag>,
    n: BlasInt,
    a: *const T,
    lda: BlasInt,
    x: *mut T,
    incx: BlasInt,
) -> Checked {
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
pub unsafe fn tbxv_raw<T: Scalar>(
    which: TriOp,
    layout: Layout,
    uplo: Option<Uplo>,
    op: Option<Op>,
    diag: Option<Diag>,
    n: BlasInt,
    k: BlasInt,
    a: *const T,
    lda: BlasInt,
    x: *mut T,
    incx: BlasInt,
) -> Checked {
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
pub unsafe fn tpxv_raw<T: Scalar>(
    which: TriOp,
    layout: Layout,
    uplo: Option<Uplo>,
    op: Option<Op>,
    diag: Option<Diag>,
    n: BlasInt,
    ap: *const T,
    x: *mut T,
    incx: BlasInt,
) -> Checked {
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
pub unsafe fn ger_raw<T: Scalar>(
    layout: Layout,
    conj_y: bool,
    m: BlasInt,
    n: BlasInt,
    alpha: T,
    x: *const T,
    incx: BlasInt,
    y: *const T,
    incy: BlasInt,
    a: *mut T,
    lda: BlasInt,
) -> Checked {
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
pub unsafe fn her_raw<T: Scalar>(
    layout: Layout,
    uplo: Option<Uplo>,
    n: BlasInt,
    alpha: T::Real,
    x: *const T,
    incx: BlasInt,
    a: *mut T,
    lda: BlasInt,
) -> Checked {
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
pub unsafe fn hpr_raw<T: Scalar>(
    layout: Layout,
    uplo: Option<Uplo>,
    n: BlasInt,
    alpha: T::Real,
    x: *const T,
    incx: BlasInt,
    ap: *mut T,
) -> Checked {
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
fn rank2_incs<T: Scalar>(layout: Layout, incx: BlasInt, incy: BlasInt) -> (BlasInt, BlasInt) {
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
pub unsafe fn her2_raw<T: Scalar>(
    layout: Layout,
    uplo: Option<Uplo>,
    n: BlasInt,
    alpha: T,
    x: *const T,
    incx: BlasInt,
    y: *const T,
    incy: BlasInt,
    a: *mut T,
    lda: BlasInt,
) -> Checked {
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
pub unsafe fn hpr2_raw<T: Scalar>(
    layout: Layout,
    uplo: Option<Uplo>,
    n: BlasInt,
    alpha: T,
    x: *const T,
    incx: BlasInt,
    y: *const T,
    incy: BlasInt,
    ap: *mut T,
) -> Checked {
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
// The Fortran symbols.

/// Reads a Fortran option character (the first of its `len` bytes).
///
/// # Safety
/// `c` points to at least one byte.
#[inline]
unsafe fn opt(c: *const c_char) -> u8 {
    // SAFETY: by contract.
    unsafe { *c as u8 }
}

/// `op` from a Fortran `TRANS` character.
///
/// # Safety
/// As [`opt`].
unsafe fn f_trans(c: *const c_char) -> Option<Op> {
    // SAFETY: forwarded.
    Trans::from_char(unsafe { opt(c) }).map(Op::from)
}

/// `UPLO` from a Fortran character.
///
/// # Safety
/// As [`opt`].
unsafe fn f_uplo(c: *const c_char) -> Option<Uplo> {
    // SAFETY: forwarded.
    Uplo::from_char(unsafe { opt(c) })
}

/// `DIAG` from a Fortran character.
///
/// # Safety
/// As [`opt`].
unsafe fn f_diag(c: *const c_char) -> Option<Diag> {
    // SAFETY: forwarded.
    Diag::from_char(unsafe { opt(c) })
}

/// Reports a failed check through `xerbla_` under the routine's name.
fn fortran(name: &str, r: Checked) {
    if let Err(info) = r {
        xerbla::report(name, info);
    }
}

macro_rules! f77 {
    ($(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),* $(,)?) $body:block) => {
        $(#[$doc])*
        ///
        /// # Safety
        /// Fortran calling convention: every argument is a valid pointer, arrays
        /// hold the elements their sizes and increments declare, and character
        /// arguments' hidden lengths follow the others.
        #[no_mangle]
        #[allow(clippy::too_many_arguments)]
        pub unsafe extern "C" fn $name($($arg: $ty),*) {
            // SAFETY: the caller honours the Fortran BLAS contract above.
            ffi_guard(stringify!($name), || unsafe { $body })
        }
    };
}

macro_rules! f77_all {
    ($($t:ty => $gemv:ident $gemv_n:literal, $gbmv:ident $gbmv_n:literal,
        $trmv:ident $trmv_n:literal, $tbmv:ident $tbmv_n:literal, $tpmv:ident $tpmv_n:literal,
        $trsv:ident $trsv_n:literal, $tbsv:ident $tbsv_n:literal, $tpsv:ident $tpsv_n:literal;)*) => {$(
        f77!(#[doc = "`y := alpha op(A) x + beta y`, `A` general."]
        fn $gemv(trans: *const c_char, m: *const BlasInt, n: *const BlasInt, alpha: *const $t, a: *const $t, lda: *const BlasInt,
                 x: *const $t, incx: *const BlasInt, beta: *const $t, y: *mut $t, incy: *const BlasInt, _l1: usize) {
            fortran($gemv_n, gemv_raw(Layout::ColMajor, f_trans(trans), *m, *n, *alpha, a, *lda, x, *incx, *beta, y, *incy))
        });
        f77!(#[doc = "`y := alpha op(A) x + beta y`, `A` general band."]
        fn $gbmv(trans: *const c_char, m: *const BlasInt, n: *const BlasInt, kl: *const BlasInt, ku: *const BlasInt, alpha: *const $t,
                 a: *const $t, lda: *const BlasInt, x: *const $t, incx: *const BlasInt, beta: *const $t, y: *mut $t, incy: *const BlasInt, _l1: usize) {
            fortran($gbmv_n, gbmv_raw(Layout::ColMajor, f_trans(trans), *m, *n, *kl, *ku, *alpha, a, *lda, x, *incx, *beta, y, *incy))
        });
        f77!(#[doc = "`x := op(A) x`, `A` triangular."]
        fn $trmv(uplo: *const c_char, trans: *const c_char, diag: *const c_char, n: *const BlasInt, a: *const $t, lda: *const BlasInt,
                 x: *mut $t, incx: *const BlasInt, _l1: usize, _l2: usize, _l3: usize) {
            fortran($trmv_n, trxv_raw(TriOp::Mul, Layout::ColMajor, f_uplo(uplo), f_trans(trans), f_diag(diag), *n, a, *lda, x, *incx))
        });
        f77!(#[doc = "`x := op(A) x`, `A` triangular band."]
        fn $tbmv(uplo: *const c_char, trans: *const c_char, diag: *const c_char, n: *const BlasInt, k: *const BlasInt, a: *const $t,
                 lda: *const BlasInt, x: *mut $t, incx: *const BlasInt, _l1: usize, _l2: usize, _l3: usize) {
            fortran($tbmv_n, tbxv_raw(TriOp::Mul, Layout::ColMajor, f_uplo(uplo), f_trans(trans), f_diag(diag), *n, *k, a, *lda, x, *incx))
        });
        f77!(#[doc = "`x := op(A) x`, `A` triangular packed."]
        fn $tpmv(uplo: *const c_char, trans: *const c_char, diag: *const c_char, n: *const BlasInt, ap: *const $t,
                 x: *mut $t, incx: *const BlasInt, _l1: usize, _l2: usize, _l3: usize) {
            fortran($tpmv_n, tpxv_raw(TriOp::Mul, Layout::ColMajor, f_uplo(uplo), f_trans(trans), f_diag(diag), *n, ap, x, *incx))
        });
        f77!(#[doc = "Solves `op(A) x = b`, `A` triangular."]
        fn $trsv(uplo: *const c_char, trans: *const c_char, diag: *const c_char, n: *const BlasInt, a: *const $t, lda: *const BlasInt,
                 x: *mut $t, incx: *const BlasInt, _l1: usize, _l2: usize, _l3: usize) {
            fortran($trsv_n, trxv_raw(TriOp::Solve, Layout::ColMajor, f_uplo(uplo), f_trans(trans), f_diag(diag), *n, a, *lda, x, *incx))
        });
        f77!(#[doc = "Solves `op(A) x = b`, `A` triangular band."]
        fn $tbsv(uplo: *const c_char, trans: *const c_char, diag: *const c_char, n: *const BlasInt, k: *const BlasInt, a: *const $t,
                 lda: *const BlasInt, x: *mut $t, incx: *const BlasInt, _l1: usize, _l2: usize, _l3: usize) {
            fortran($tbsv_n, tbxv_raw(TriOp::Solve, Layout::ColMajor, f_uplo(uplo), f_trans(trans), f_diag(diag), *n, *k, a, *lda, x, *incx))
        });
        f77!(#[doc = "Solves `op(A) x = b`, `A` triangular packed."]
        fn $tpsv(uplo: *const c_char, trans: *const c_char, diag: *const c_char, n: *const BlasInt, ap: *const $t,
                 x: *mut $t, incx: *const BlasInt, _l1: usize, _l2: usize, _l3: usize) {
            fortran($tpsv_n, tpxv_raw(TriOp::Solve, Layout::ColMajor, f_uplo(uplo), f_trans(trans), f_diag(diag), *n, ap, x, *incx))
        });
    )*};
}

f77_all! {
    f32 => sgemv_ "SGEMV ", sgbmv_ "SGBMV ", strmv_ "STRMV ", stbmv_ "STBMV ", stpmv_ "STPMV ", strsv_ "STRSV ", stbsv_ "STBSV ", stpsv_ "STPSV ";
    f64 => dgemv_ "DGEMV ", dgbmv_ "DGBMV ", dtrmv_ "DTRMV ", dtbmv_ "DTBMV ", dtpmv_ "DTPMV ", dtrsv_ "DTRSV ", dtbsv_ "DTBSV ", dtpsv_ "DTPSV ";
    c32 => cgemv_ "CGEMV ", cgbmv_ "CGBMV ", ctrmv_ "CTRMV ", ctbmv_ "CTBMV ", ctpmv_ "CTPMV ", ctrsv_ "CTRSV ", ctbsv_ "CTBSV ", ctpsv_ "CTPSV ";
    c64 => zgemv_ "ZGEMV ", zgbmv_ "ZGBMV ", ztrmv_ "ZTRMV ", ztbmv_ "ZTBMV ", ztpmv_ "ZTPMV ", ztrsv_ "ZTRSV ", ztbsv_ "ZTBSV ", ztpsv_ "ZTPSV ";
}

macro_rules! f77_herm {
    ($($t:ty, $r:ty => $hemv:ident $hemv_n:literal, $hbmv:ident $hbmv_n:literal, $hpmv:ident $hpmv_n:literal,
        $her:ident $her_n:literal, $hpr:ident $hpr_n:literal, $her2:ident $her2_n:literal, $hpr2:ident $hpr2_n:literal;)*) => {$(
        f77!(#[doc = "`y := alpha A x + beta y`, `A` Hermitian (symmetric for real types)."]
        fn $hemv(uplo: *const c_char, n: *const BlasInt, alpha: *const $t, a: *const $t, lda: *const BlasInt,
                 x: *const $t, incx: *const BlasInt, beta: *const $t, y: *mut $t, incy: *const BlasInt, _l1: usize) {
            fortran($hemv_n, hemv_raw(Layout::ColMajor, f_uplo(uplo), *n, *alpha, a, *lda, x, *incx, *beta, y, *incy))
        });
        f77!(#[doc = "`y := alpha A x + beta y`, `A` Hermitian (symmetric) band."]
        fn $hbmv(uplo: *const c_char, n: *const BlasInt, k: *const BlasInt, alpha: *const $t, a: *const $t, lda: *const BlasInt,
                 x: *const $t, incx: *const BlasInt, beta: *const $t, y: *mut $t, incy: *const BlasInt, _l1: usize) {
            fortran($hbmv_n, hbmv_raw(Layout::ColMajor, f_uplo(uplo), *n, *k, *alpha, a, *lda, x, *incx, *beta, y, *incy))
        });
        f77!(#[doc = "`y := alpha A x + beta y`, `A` Hermitian (symmetric) packed."]
        fn $hpmv(uplo: *const c_char, n: *const BlasInt, alpha: *const $t, ap: *const $t,
                 x: *const $t, incx: *const BlasInt, beta: *const $t, y: *mut $t, incy: *const BlasInt, _l1: usize) {
            fortran($hpmv_n, hpmv_raw(Layout::ColMajor, f_uplo(uplo), *n, *alpha, ap, x, *incx, *beta, y, *incy))
        });
        f77!(#[doc = "`A := alpha x x^H + A` with real `alpha`, `A` Hermitian (symmetric)."]
        fn $her(uplo: *const c_char, n: *const BlasInt, alpha: *const $r, x: *const $t, incx: *const BlasInt,
                a: *mut $t, lda: *const BlasInt, _l1: usize) {
            fortran($her_n, her_raw(Layout::ColMajor, f_uplo(uplo), *n, *alpha, x, *incx, a, *lda))
        });
        f77!(#[doc = "`A := alpha x x^H + A` with real `alpha`, `A` Hermitian (symmetric) packed."]
        fn $hpr(uplo: *const c_char, n: *const BlasInt, alpha: *const $r, x: *const $t, incx: *const BlasInt,
                ap: *mut $t, _l1: usize) {
            fortran($hpr_n, hpr_raw(Layout::ColMajor, f_uplo(uplo), *n, *alpha, x, *incx, ap))
        });
        f77!(#[doc = "`A := alpha x y^H + conj(alpha) y x^H + A`, `A` Hermitian (symmetric)."]
        fn $her2(uplo: *const c_char, n: *const BlasInt, alpha: *const $t, x: *const $t, incx: *const BlasInt,
                 y: *const $t, incy: *const BlasInt, a: *mut $t, lda: *const BlasInt, _l1: usize) {
            fortran($her2_n, her2_raw(Layout::ColMajor, f_uplo(uplo), *n, *alpha, x, *incx, y, *incy, a, *lda))
        });
        f77!(#[doc = "`A := alpha x y^H + conj(alpha) y x^H + A`, `A` Hermitian (symmetric) packed."]
        fn $hpr2(uplo: *const c_char, n: *const BlasInt, alpha: *const $t, x: *const $t, incx: *const BlasInt,
                 y: *const $t, incy: *const BlasInt, ap: *mut $t, _l1: usize) {
            fortran($hpr2_n, hpr2_raw(Layout::ColMajor, f_uplo(uplo), *n, *alpha, x, *incx, y, *incy, ap))
        });
    )*};
}

f77_herm! {
    f32, f32 => ssymv_ "SSYMV ", ssbmv_ "SSBMV ", sspmv_ "SSPMV ", ssyr_ "SSYR  ", sspr_ "SSPR  ", ssyr2_ "SSYR2 ", sspr2_ "SSPR2 ";
    f64, f64 => dsymv_ "DSYMV ", dsbmv_ "DSBMV ", dspmv_ "DSPMV ", dsyr_ "DSYR  ", dspr_ "DSPR  ", dsyr2_ "DSYR2 ", dspr2_ "DSPR2 ";
    c32, f32 => chemv_ "CHEMV ", chbmv_ "CHBMV ", chpmv_ "CHPMV ", cher_ "CHER  ", chpr_ "CHPR  ", cher2_ "CHER2 ", chpr2_ "CHPR2 ";
    c64, f64 => zhemv_ "ZHEMV ", zhbmv_ "ZHBMV ", zhpmv_ "ZHPMV ", zher_ "ZHER  ", zhpr_ "ZHPR  ", zher2_ "ZHER2 ", zhpr2_ "ZHPR2 ";
}

macro_rules! f77_ger {
    ($($t:ty => $name:ident $srname:literal $conj:literal;)*) => {$(
        f77!(#[doc = "`A := alpha x y^T + A` (`y^H` for `?gerc`)."]
        fn $name(m: *const BlasInt, n: *const BlasInt, alpha: *const $t, x: *const $t, incx: *const BlasInt,
                 y: *const $t, incy: *const BlasInt, a: *mut $t, lda: *const BlasInt) {
            fortran($srname, ger_raw(Layout::ColMajor, $conj, *m, *n, *alpha, x, *incx, y, *incy, a, *lda))
        });
    )*};
}

f77_ger! {
    f32 => sger_ "SGER  " false;
    f64 => dger_ "DGER  " false;
    c32 => cgeru_ "CGERU " false;
    c32 => cgerc_ "CGERC " true;
    c64 => zgeru_ "ZGERU " false;
    c64 => zgerc_ "ZGERC " true;
}
