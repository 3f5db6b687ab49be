//! Rank-k and rank-2k updates of one triangle: SYRK, HERK, SYR2K, HER2K.
//!
//! Each is GEMMT, the engine restricted to one triangle of C: tiles wholly
//! outside it are skipped, tiles across the diagonal run the full kernel on a
//! copy and write back only the triangle, and the rest are plain GEMM tiles.
//! A rank-2k update is two such passes over C (the second with `beta = 1`).
//! HERK and HER2K then zero the imaginary parts of C's diagonal, as the
//! reference does whenever it touches C.

use super::driver::{self, Problem, Strided};
use super::{GemmKernels, GemmOptions};
use crate::enums::{Trans, Uplo};
use crate::scalar::Scalar;
use crate::views::{MatMut, MatRef};

/// `C := alpha op(A) op(A)^T + beta C` on the `uplo` triangle of the `n x n` C,
/// where `op(A) = A` (`Trans::No`, A is `n x k`) or `A^T` (otherwise, A is
/// `k x n`). Panics when shapes disagree.
pub fn syrk<T: Scalar>(uplo: Uplo, trans: Trans, alpha: T, a: MatRef<'_, T>, beta: T, c: MatMut<'_, T>) {
    syrk_with(&T::kernels().gemm, &GemmOptions::default(), uplo, trans, alpha, a, beta, c)
}

/// `C := alpha op(A) op(A)^H + beta C` on the `uplo` triangle of the Hermitian
/// `n x n` C, where `op(A) = A` (`Trans::No`) or `A^H` (otherwise); alpha and
/// beta are real and the imaginary parts of C's diagonal are set to zero.
pub fn herk<T: Scalar>(uplo: Uplo, trans: Trans, alpha: T::Real, a: MatRef<'_, T>, beta: T::Real, c: MatMut<'_, T>) {
    herk_with(&T::kernels().gemm, &GemmOptions::default(), uplo, trans, alpha, a, beta, c)
}

/// `C := alpha op(A) op(B)^T + alpha op(B) op(A)^T + beta C` on the `uplo`
/// triangle of the `n x n` C, with `op(X) = X` (`Trans::No`, `n x k`) or `X^T`.
#[allow(clippy::too_many_arguments)]
pub fn syr2k<T: Scalar>(
    uplo: Uplo,
    trans: Trans,
    alpha: T,
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    beta: T,
    c: MatMut<'_, T>,
) {
    syr2k_with(&T::kernels().gemm, &GemmOptions::default(), false, uplo, trans, alpha, a, b, beta, c)
}

/// `C := alpha op(A) op(B)^H + conj(alpha) op(B) op(A)^H + beta C` on the
/// `uplo` triangle of the Hermitian `n x n` C, with `op(X) = X` (`Trans::No`)
/// or `X^H`; beta is real and the imaginary parts of C's diagonal are set to zero.
#[allow(clippy::too_many_arguments)]
pub fn her2k<T: Scalar>(
    uplo: Uplo,
    trans: Trans,
    alpha: T,
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    beta: T::Real,
    c: MatMut<'_, T>,
) {
    syr2k_with(&T::kernels().gemm, &GemmOptions::default(), true, uplo, trans, alpha, a, b, T::from_real(beta), c)
}

fn strided<T>(x: &MatRef<'_, T>) -> Strided<T> {
    Strided { ptr: x.as_ptr(), rs: x.row_stride(), cs: x.col_stride() }
}

/// Checks `op(A)` is `n x k` for the square C and returns `(n, k)`.
fn dims<T>(trans: Trans, a: &MatRef<'_, T>, c: &MatMut<'_, T>) -> (usize, usize) {
    let (n, k) = if trans == Trans::No { (a.nrows(), a.ncols()) } else { (a.ncols(), a.nrows()) };
    assert!(c.nrows() == n && c.ncols() == n, "rank-k update: operand shapes disagree");
    (n, k)
}

/// [`syrk`] with an explicit kernel table and engine options (tests, benchmarks).
#[allow(clippy::too_many_arguments)]
pub fn syrk_with<T: Scalar>(
    kern: &GemmKernels<T>,
    opts: &GemmOptions,
    uplo: Uplo,
    trans: Trans,
    alpha: T,
    a: MatRef<'_, T>,
    beta: T,
    mut c: MatMut<'_, T>,
) {
    let (n, k) = dims(trans, &a, &c);
    let sc = Strided { ptr: c.as_mut_ptr() as *const T, rs: c.row_stride(), cs: c.col_stride() };
    // SAFETY: the views guarantee their memory; C is borrowed mutably.
    unsafe { rank_k(kern, opts, false, uplo, trans.is_trans(), n, k, alpha, strided(&a), beta, sc) }
}

/// [`herk`] with an explicit kernel table and engine options (tests, benchmarks).
#[allow(clippy::too_many_arguments)]
pub fn herk_with<T: Scalar>(
    kern: &GemmKernels<T>,
    opts: &GemmOptions,
    uplo: Uplo,
    trans: Trans,
    alpha: T::Real,
    a: MatRef<'_, T>,
    beta: T::Real,
    mut c: MatMut<'_, T>,
) {
    let (n, k) = dims(trans, &a, &c);
    let sc = Strided { ptr: c.as_mut_ptr() as *const T, rs: c.row_stride(), cs: c.col_stride() };
    let (alpha, beta) = (T::from_real(alpha), T::from_real(beta));
    // SAFETY: as in `syrk_with`.
    unsafe { rank_k(kern, opts, T::IS_COMPLEX, uplo, trans.is_trans(), n, k, alpha, strided(&a), beta, sc) }
}

/// [`syr2k`] (`herm = false`) or [`her2k`] (`herm = true`, `beta` real) with an
/// explicit kernel table and engine options (tests, benchmarks).
#[allow(clippy::too_many_arguments)]
pub fn syr2k_with<T: Scalar>(
    kern: &GemmKernels<T>,
    opts: &GemmOptions,
    herm: bool,
    uplo: Uplo,
    trans: Trans,
    alpha: T,
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    beta: T,
    mut c: MatMut<'_, T>,
) {
    let (n, k) = dims(trans, &a, &c);
    assert!(a.nrows() == b.nrows() && a.ncols() == b.ncols(), "syr2k: A and B shapes differ");
    let sc = Strided { ptr: c.as_mut_ptr() as *const T, rs: c.row_stride(), cs: c.col_stride() };
    let herm = herm && T::IS_COMPLEX;
    // SAFETY: as in `syrk_with`.
    unsafe { rank_2k(kern, opts, herm, uplo, trans.is_trans(), n, k, alpha, strided(&a), strided(&b), beta, sc) }
}

/// Raw-pointer entry for the C ABI: [`syrk`] (`herm = false`) or [`herk`]
/// (`herm = true`; alpha and beta must then be real) on column-major operands;
/// `trans` is whether `op(A) = A^T` (`A^H` for herk).
///
/// # Safety
/// Arguments valid as the reference BLAS requires: A holds `n x k` (`trans`
/// false) or `k x n` with leading dimension `lda`; C holds `n x n` with
/// `ldc >= n` and does not overlap A.
#[allow(clippy::too_many_arguments)]
pub unsafe fn syrk_raw<T: Scalar>(
    herm: bool,
    uplo: Uplo,
    trans: bool,
    n: usize,
    k: usize,
    alpha: T,
    a: *const T,
    lda: usize,
    beta: T,
    c: *mut T,
    ldc: usize,
) {
    let sa = Strided { ptr: a, rs: 1, cs: lda as isize };
    let sc = Strided { ptr: c as *const T, rs: 1, cs: ldc as isize };
    let kern = &T::kernels().gemm;
    // SAFETY: forwarded contract.
    unsafe { rank_k(kern, &GemmOptions::default(), herm && T::IS_COMPLEX, uplo, trans, n, k, alpha, sa, beta, sc) }
}

/// Raw-pointer entry for the C ABI: [`syr2k`] (`herm = false`) or [`her2k`]
/// (`herm = true`; beta must then be real) on column-major operands.
///
/// # Safety
/// As [`syrk_raw`], for both A (`lda`) and B (`ldb`).
#[allow(clippy::too_many_arguments)]
pub unsafe fn syr2k_raw<T: Scalar>(
    herm: bool,
    uplo: Uplo,
    trans: bool,
    n: usize,
    k: usize,
    alpha: T,
    a: *const T,
    lda: usize,
    b: *const T,
    ldb: usize,
    beta: T,
    c: *mut T,
    ldc: usize,
) {
    let sa = Strided { ptr: a, rs: 1, cs: lda as isize };
    let sb = Strided { ptr: b, rs: 1, cs: ldb as isize };
    let sc = Strided { ptr: c as *const T, rs: 1, cs: ldc as isize };
    let (kern, opts) = (&T::kernels().gemm, &GemmOptions::default());
    // SAFETY: forwarded contract.
    unsafe { rank_2k(kern, opts, herm && T::IS_COMPLEX, uplo, trans, n, k, alpha, sa, sb, beta, sc) }
}

/// `(op(X), op(Y)^T or ^H)` as GEMM operands: `X` is `n x k` (or `k x n` when
/// `trans`), and the second factor is the (conjugate) transpose of `op(Y)`.
fn factors<T: Scalar>(herm: bool, trans: bool, x: Strided<T>, y: Strided<T>) -> (Strided<T>, bool, Strided<T>, bool) {
    if trans {
        (x.t(), herm, y, false)
    } else {
        (x, false, y.t(), herm)
    }
}

#[allow(clippy::too_many_arguments)]
unsafe fn rank_k<T: Scalar>(
    kern: &GemmKernels<T>,
    opts: &GemmOptions,
    herm: bool,
    uplo: Uplo,
    trans: bool,
    n: usize,
    k: usize,
    alpha: T,
    a: Strided<T>,
    beta: T,
    c: Strided<T>,
) {
    let (x, cx, y, cy) = factors(herm, trans, a, a);
    let p = Problem::new(n, n, k, alpha, x, cx, y, cy, beta, c).on_triangle(uplo);
    // SAFETY: forwarded contract.
    unsafe {
        if herm {
            real_diagonal(n, k, alpha, beta, c);
        }
        driver::run(kern, opts, p);
        if herm {
            real_diagonal(n, k, alpha, beta, c);
        }
    }
}

#[allow(clippy::too_many_arguments)]
unsafe fn rank_2k<T: Scalar>(
    kern: &GemmKernels<T>,
    opts: &GemmOptions,
    herm: bool,
    uplo: Uplo,
    trans: bool,
    n: usize,
    k: usize,
    alpha: T,
    a: Strided<T>,
    b: Strided<T>,
    beta: T,
    c: Strided<T>,
) {
    let (x, cx, y, cy) = factors(herm, trans, a, b);
    let first = Problem::new(n, n, k, alpha, x, cx, y, cy, beta, c).on_triangle(uplo);
    let (x, cx, y, cy) = factors(herm, trans, b, a);
    let alpha2 = if herm { alpha.conj() } else { alpha };
    let second = Problem::new(n, n, k, alpha2, x, cx, y, cy, T::one(), c).on_triangle(uplo);
    // SAFETY: forwarded contract; the two passes run one after the other.
    unsafe {
        if herm {
            real_diagonal(n, k, alpha, beta, c);
        }
        driver::run(kern, opts, first);
        driver::run(kern, opts, second);
        if herm {
            real_diagonal(n, k, alpha, beta, c);
        }
    }
}

/// Zeroes the imaginary parts of C's diagonal unless the reference would have
/// returned without touching C (`alpha = 0` or `k = 0`, with `beta = 1`).
/// Done before the update too: the reference never reads those imaginary
/// parts, and `beta * C(j, j)` as a complex product would let a NaN or
/// infinity there reach the real part.
unsafe fn real_diagonal<T: Scalar>(n: usize, k: usize, alpha: T, beta: T, c: Strided<T>) {
    if (alpha.is_zero() || k == 0) && beta == T::one() {
        return;
    }
    for j in 0..n {
        let d = c.at_mut(j, j);
        // SAFETY: the diagonal lies in the referenced triangle of C.
        unsafe { *d = T::from_real((*d).re()) };
    }
}
