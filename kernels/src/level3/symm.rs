//! SYMM and HEMM: `C := alpha A B + beta C` (side left) or
//! `C := alpha B A + beta C` (side right) with A symmetric or Hermitian and
//! only its `uplo` triangle referenced.
//!
//! The engine packs A's blocks straight from the stored triangle (mirroring,
//! and for Hermitian A conjugating, what lies across the diagonal; see
//! [`pack`](super::pack)), so the work is one GEMM with no copy of A. Small
//! problems expand A into a dense scratch matrix instead and take GEMM's
//! small-size path, where packing does not pay.

use super::driver::{self, Problem, Strided, Structure};
use super::{GemmKernels, GemmOptions};
use crate::enums::{Side, Uplo};
use crate::scalar::Scalar;
use crate::views::{MatMut, MatRef};

/// `C := alpha A B + beta C` (`Side::Left`, A is `m x m`) or
/// `C := alpha B A + beta C` (`Side::Right`, A is `n x n`), A symmetric with
/// only its `uplo` triangle read; C and B are `m x n`. Panics when shapes disagree.
pub fn symm<T: Scalar>(
    side: Side,
    uplo: Uplo,
    alpha: T,
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    beta: T,
    c: MatMut<'_, T>,
) {
    symm_with(&T::kernels().gemm, &GemmOptions::default(), false, side, uplo, alpha, a, b, beta, c)
}

/// As [`symm`] with A Hermitian: the imaginary parts of its diagonal are
/// taken as zero and are not read, as in the reference `?HEMM`.
pub fn hemm<T: Scalar>(
    side: Side,
    uplo: Uplo,
    alpha: T,
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    beta: T,
    c: MatMut<'_, T>,
) {
    symm_with(&T::kernels().gemm, &GemmOptions::default(), true, side, uplo, alpha, a, b, beta, c)
}

/// [`symm`] (`herm = false`) or [`hemm`] (`herm = true`) with an explicit
/// kernel table and engine options (tests, benchmarks).
#[allow(clippy::too_many_arguments)]
pub fn symm_with<T: Scalar>(
    kern: &GemmKernels<T>,
    opts: &GemmOptions,
    herm: bool,
    side: Side,
    uplo: Uplo,
    alpha: T,
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    beta: T,
    mut c: MatMut<'_, T>,
) {
    let (m, n) = (c.nrows(), c.ncols());
    let ka = if side == Side::Left { m } else { n };
    assert!(a.nrows() == ka && a.ncols() == ka && b.nrows() == m && b.ncols() == n, "symm: operand shapes disagree");
    let sa = Strided { ptr: a.as_ptr(), rs: a.row_stride(), cs: a.col_stride() };
    let sb = Strided { ptr: b.as_ptr(), rs: b.row_stride(), cs: b.col_stride() };
    let sc = Strided { ptr: c.as_mut_ptr() as *const T, rs: c.row_stride(), cs: c.col_stride() };
    // SAFETY: the views guarantee their memory; C is borrowed mutably, so it
    // cannot alias A or B.
    unsafe { run(kern, opts, herm && T::IS_COMPLEX, side, uplo, m, n, alpha, sa, sb, beta, sc) }
}

/// Raw-pointer entry for the C ABI: [`symm`] (`herm = false`) or [`hemm`]
/// (`herm = true`) on column-major operands.
///
/// # Safety
/// Arguments valid as the reference BLAS requires: A holds the `uplo`
/// triangle of a `ka x ka` matrix (`ka = m` for the left side, `n` for the
/// right) with `lda >= ka`, B holds `m x n` with `ldb >= m`, C holds `m x n`
/// with `ldc >= m` and overlaps neither A nor B.
#[allow(clippy::too_many_arguments)]
pub unsafe fn symm_raw<T: Scalar>(
    herm: bool,
    side: Side,
    uplo: Uplo,
    m: usize,
    n: usize,
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
    // SAFETY: forwarded contract.
    unsafe {
        run(
            &T::kernels().gemm,
            &GemmOptions::default(),
            herm && T::IS_COMPLEX,
            side,
            uplo,
            m,
            n,
            alpha,
            sa,
            sb,
            beta,
            sc,
        )
    }
}

#[allow(clippy::too_many_arguments)]
unsafe fn run<T: Scalar>(
    kern: &GemmKernels<T>,
    opts: &GemmOptions,
    herm: bool,
    side: Side,
    uplo: Uplo,
    m: usize,
    n: usize,
    alpha: T,
    a: Strided<T>,
    b: Strided<T>,
    beta: T,
    c: Strided<T>,
) {
    let sym = Some(Structure::Sym { uplo, herm });
    let p = match side {
        Side::Left => Problem::new(m, n, m, alpha, a, false, b, false, beta, c).with_sym(sym, None),
        Side::Right => Problem::new(m, n, n, alpha, b, false, a, false, beta, c).with_sym(None, sym),
    };
    // SAFETY: forwarded contract.
    unsafe { driver::run(kern, opts, p) }
}
