//! Triangular solves for a few right-hand sides of a small system, column by
//! column in plain loops: below the size where the Level-3 engine's packing
//! pays for itself, its set-up costs more than the arithmetic (a 4x4 `?getrs`
//! spent three quarters of its time there).

use ferroblas_kernels::aux::scalars::div;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, MatRef, Trans, Uplo};

/// Largest order solved here.
pub const MAX_N: usize = 64;
/// Most right-hand sides solved here.
pub const MAX_NRHS: usize = 4;

/// Whether [`trsm_left`] takes a problem of this shape and layout.
pub fn fits<T>(a: &MatRef<'_, T>, b: &MatMut<'_, T>) -> bool {
    a.nrows() <= MAX_N && b.ncols() <= MAX_NRHS && a.row_stride() == 1 && (b.row_stride() == 1 || b.nrows() <= 1)
}

/// Solves `op(A) X = B` in place of B, A triangular (`uplo`, `diag`), for a
/// problem [`fits`] accepts: forward or backward substitution, with column
/// updates (AXPY) for `op(A) = A` and dot products for the transposes, so
/// that every inner loop runs down a contiguous column of A.
pub fn trsm_left<T: Scalar>(uplo: Uplo, trans: Trans, diag: Diag, a: MatRef<'_, T>, mut b: MatMut<'_, T>) {
    let n = a.nrows();
    let unit = diag == Diag::Unit;
    let conj = trans == Trans::ConjTrans && T::IS_COMPLEX;
    let op = |x: T| if conj { x.conj() } else { x };
    for c in 0..b.ncols() {
        let x = b.col_slice_mut(c).expect("contiguous right-hand side");
        match (uplo, trans == Trans::No) {
            (Uplo::Lower, true) => {
                for k in 0..n {
                    let col = a.col_slice(k).expect("contiguous columns");
                    if !unit {
                        x[k] = div(x[k], col[k]);
                    }
                    let xk = x[k];
                    if !xk.is_zero() {
                        for (xi, &aik) in x[k + 1..n].iter_mut().zip(&col[k + 1..n]) {
                            *xi -= aik * xk;
                        }
                    }
                }
            }
            (Uplo::Upper, true) => {
                for k in (0..n).rev() {
                    let col = a.col_slice(k).expect("contiguous columns");
                    if !unit {
                        x[k] = div(x[k], col[k]);
                    }
                    let xk = x[k];
                    if !xk.is_zero() {
                        for (xi, &aik) in x[..k].iter_mut().zip(&col[..k]) {
                            *xi -= aik * xk;
                        }
                    }
                }
            }
            // L^T x = b: backwards, each x[k] from the finished ones below it.
            (Uplo::Lower, false) => {
                for k in (0..n).rev() {
                    let col = a.col_slice(k).expect("contiguous columns");
                    let s = col[k + 1..n].iter().zip(&x[k + 1..n]).fold(T::zero(), |s, (&aik, &xi)| s + op(aik) * xi);
                    let v = x[k] - s;
                    x[k] = if unit { v } else { div(v, op(col[k])) };
                }
            }
            (Uplo::Upper, false) => {
                for k in 0..n {
                    let col = a.col_slice(k).expect("contiguous columns");
                    let s = col[..k].iter().zip(&x[..k]).fold(T::zero(), |s, (&aik, &xi)| s + op(aik) * xi);
                    let v = x[k] - s;
                    x[k] = if unit { v } else { div(v, op(col[k])) };
                }
            }
        }
    }
}
