//! Level-3 BLAS: matrix-matrix operations.
//!
//! [`gemm`] computes `C := alpha op(A) op(B) + beta C` and [`gemmt`] the same on
//! one triangle of a square C. Both run the engine in [`driver`]: a small-size
//! path without packing, or BLIS's blocked loops with packing into per-thread
//! buffers, split over the library's pool; the microkernels come from the
//! dispatch table ([`kernel::GemmKernels`], built per ISA by [`gemm_isa!`](crate::gemm_isa)).
//!
//! Semantics follow the reference BLAS exactly: `beta = 0` never reads C (NaN
//! there does not propagate), `alpha = 0` or `k = 0` reads neither A nor B and
//! only scales C by `beta`, and `beta = 1` with nothing to add leaves C alone.
//!
//! Workspace: none from the caller; the packing buffers (about `MC*KC + KC*NC`
//! elements per thread) live in thread-local storage and are reused across calls.

pub mod config;
pub mod driver;
pub mod kernel;
pub mod pack;
pub mod rank_k;
pub mod symm;
pub mod triangular;

pub use config::{cache_sizes, Blocking, CacheSizes, KC};
pub use driver::{GemmOptions, SmallPath};
pub use kernel::GemmKernels;
pub use rank_k::{her2k, herk, herk_with, syr2k, syr2k_raw, syr2k_with, syrk, syrk_raw, syrk_with};
pub use symm::{hemm, symm, symm_raw, symm_with};
pub use triangular::{triangular_raw, triangular_with, trmm, trsm, Op};

use crate::enums::{Trans, Uplo};
use crate::scalar::Scalar;
use crate::views::{MatMut, MatRef};
use driver::{Problem, Strided};

/// `op(A)` as a strided operand and whether it is conjugated.
fn op<T: Scalar>(a: &MatRef<'_, T>, t: Trans) -> (Strided<T>, bool, usize, usize) {
    let s = Strided { ptr: a.as_ptr(), rs: a.row_stride(), cs: a.col_stride() };
    match t {
        Trans::No => (s, false, a.nrows(), a.ncols()),
        Trans::Trans => (s.t(), false, a.ncols(), a.nrows()),
        Trans::ConjTrans => (s.t(), T::IS_COMPLEX, a.ncols(), a.nrows()),
    }
}

/// `C := alpha op(A) op(B) + beta C` with `op(X)` one of `X`, `X^T`, `X^H`;
/// `op(A)` is `m x k`, `op(B)` is `k x n`, `C` is `m x n`. Panics when the
/// shapes disagree. Uses the dispatched kernels and the pool's thread count.
pub fn gemm<T: Scalar>(
    trans_a: Trans,
    trans_b: Trans,
    alpha: T,
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    beta: T,
    c: MatMut<'_, T>,
) {
    gemm_with(&T::kernels().gemm, &GemmOptions::default(), trans_a, trans_b, alpha, a, b, beta, c)
}

/// [`gemm`] with an explicit kernel table and engine options (tests, benchmarks).
#[allow(clippy::too_many_arguments)]
pub fn gemm_with<T: Scalar>(
    kern: &GemmKernels<T>,
    opts: &GemmOptions,
    trans_a: Trans,
    trans_b: Trans,
    alpha: T,
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    beta: T,
    mut c: MatMut<'_, T>,
) {
    let (sa, conj_a, m, k) = op(&a, trans_a);
    let (sb, conj_b, kb, n) = op(&b, trans_b);
    assert!(m == c.nrows() && n == c.ncols() && k == kb, "gemm: operand shapes disagree");
    let sc = Strided { ptr: c.as_mut_ptr() as *const T, rs: c.row_stride(), cs: c.col_stride() };
    let p = Problem::new(m, n, k, alpha, sa, conj_a, sb, conj_b, beta, sc);
    // SAFETY: the views guarantee valid memory for their shapes, checked to agree;
    // C is borrowed mutably, so it cannot alias A or B.
    unsafe { driver::run(kern, opts, p) }
}

/// `C := alpha op(A) op(B) + beta C` on the `uplo` triangle of the `n x n`
/// matrix C only (the other triangle is neither read nor written); `op(A)` is
/// `n x k`, `op(B)` is `k x n`. Panics when the shapes disagree.
#[allow(clippy::too_many_arguments)]
pub fn gemmt<T: Scalar>(
    uplo: Uplo,
    trans_a: Trans,
    trans_b: Trans,
    alpha: T,
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    beta: T,
    c: MatMut<'_, T>,
) {
    gemmt_with(&T::kernels().gemm, &GemmOptions::default(), uplo, trans_a, trans_b, alpha, a, b, beta, c)
}

/// [`gemmt`] with an explicit kernel table and engine options (tests, benchmarks).
#[allow(clippy::too_many_arguments)]
pub fn gemmt_with<T: Scalar>(
    kern: &GemmKernels<T>,
    opts: &GemmOptions,
    uplo: Uplo,
    trans_a: Trans,
    trans_b: Trans,
    alpha: T,
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    beta: T,
    mut c: MatMut<'_, T>,
) {
    let (sa, conj_a, m, k) = op(&a, trans_a);
    let (sb, conj_b, kb, n) = op(&b, trans_b);
    assert!(m == n && c.nrows() == n && c.ncols() == n && k == kb, "gemmt: operand shapes disagree");
    let sc = Strided { ptr: c.as_mut_ptr() as *const T, rs: c.row_stride(), cs: c.col_stride() };
    let p = Problem::new(m, n, k, alpha, sa, conj_a, sb, conj_b, beta, sc).on_triangle(uplo);
    // SAFETY: as in `gemm_with`.
    unsafe { driver::run(kern, opts, p) }
}

/// Raw-pointer entry for the C ABI: `C := alpha op(A) op(B) + beta C` (or its
/// `uplo` triangle when `uplo` is given, with `m = n`), column-major operands
/// with leading dimensions `lda`, `ldb`, `ldc`.
///
/// # Safety
/// Arguments valid as the reference BLAS requires: `a` holds op(A)'s stored
/// matrix with leading dimension `lda` (read only when `alpha != 0` and `k > 0`),
/// likewise `b`; `c` holds `m x n` with `ldc >= m`, and does not overlap A or B.
#[allow(clippy::too_many_arguments)]
pub unsafe fn gemm_raw<T: Scalar>(
    uplo: Option<Uplo>,
    trans_a: Trans,
    trans_b: Trans,
    m: usize,
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
    let (sa, conj_a) = match trans_a {
        Trans::No => (sa, false),
        Trans::Trans => (sa.t(), false),
        Trans::ConjTrans => (sa.t(), T::IS_COMPLEX),
    };
    let (sb, conj_b) = match trans_b {
        Trans::No => (sb, false),
        Trans::Trans => (sb.t(), false),
        Trans::ConjTrans => (sb.t(), T::IS_COMPLEX),
    };
    let sc = Strided { ptr: c as *const T, rs: 1, cs: ldc as isize };
    let p = Problem { tri: uplo, ..Problem::new(m, n, k, alpha, sa, conj_a, sb, conj_b, beta, sc) };
    // SAFETY: forwarded contract.
    unsafe { driver::run(&T::kernels().gemm, &GemmOptions::default(), p) }
}
