//! Triangular solves for a few right-hand sides of a small system, column by
//! column in plain loops: below the size where the Level-3 engine's packing
//! pays for itself, its set-up costs more than the arithmetic (a 4x4 `?getrs`
//! spent three quarters of its time there).

use ferroblas_kernels::aux::scalars::div;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, MatRef, Trans, Uplo};

/// Largest order solved here.
pub const MAX_N: usize = 128;
/// Most right-hand sides solved here.
pub const MAX_NRHS: usize = 4;

/// Whether [`trsm_left`] takes a problem of this shape: decided by the shape
/// alone, so the result never depends on how the operands are stored.
pub fn fits<T>(a: &MatRef<'_, T>, b: &MatMut<'_, T>) -> bool {
    a.nrows() <= MAX_N && b.ncols() <= MAX_NRHS
}

/// Solves `op(A) X = B` in place of B, A triangular (`uplo`, `diag`), for a
/// problem [`fits`] accepts: forward or backward substitution, with column
/// updates (AXPY) for `op(A) = A` and dot products for the transposes, so
/// that every inner loop runs down a column of A. Contiguous operands run on
/// slices, others element by element, in the same order: the same bits.
pub fn trsm_left<T: Scalar>(uplo: Uplo, trans: Trans, diag: Diag, a: MatRef<'_, T>, mut b: MatMut<'_, T>) {
    let n = a.nrows();
    let unit = diag == Diag::Unit;
    let conj = trans == Trans::ConjTrans && T::IS_COMPLEX;
    let op = |x: T| if conj { x.conj() } else { x };
    let a_contiguous = n == 0 || a.col_slice(0).is_some();
    for c in 0..b.ncols() {
        let mut bc = b.rb_mut().submatrix(0, c, n, 1);
        if let (true, Some(x)) = (a_contiguous, bc.col_slice_mut(0)) {
            solve_contiguous(uplo, trans, unit, op, a, x);
        } else {
            // Through a contiguous copy of the column, with A read element by element.
            let mut x = [T::zero(); MAX_N];
            for (i, xi) in x.iter_mut().enumerate().take(n) {
                *xi = bc.get(i, 0);
            }
            solve(uplo, trans, unit, op, n, |k, i| a.get(i, k), &mut x[..n]);
            for (i, &xi) in x.iter().enumerate().take(n) {
                bc.set(i, 0, xi);
            }
        }
    }
}

/// [`solve`] on contiguous columns of A: the same operations in the same
/// order, as loops over slices.
fn solve_contiguous<T: Scalar>(
    uplo: Uplo,
    trans: Trans,
    unit: bool,
    op: impl Fn(T) -> T,
    a: MatRef<'_, T>,
    x: &mut [T],
) {
    let n = a.nrows();
    let col = |k: usize| a.col_slice(k).expect("contiguous columns");
    match (uplo, trans == Trans::No) {
        (Uplo::Lower, true) => {
            for k in 0..n {
                let c = col(k);
                if !unit {
                    x[k] = div(x[k], c[k]);
                }
                let xk = x[k];
                if !xk.is_zero() {
                    for (xi, &aik) in x[k + 1..n].iter_mut().zip(&c[k + 1..n]) {
                        *xi -= aik * xk;
                    }
                }
            }
        }
        (Uplo::Upper, true) => {
            for k in (0..n).rev() {
                let c = col(k);
                if !unit {
                    x[k] = div(x[k], c[k]);
                }
                let xk = x[k];
                if !xk.is_zero() {
                    for (xi, &aik) in x[..k].iter_mut().zip(&c[..k]) {
                        *xi -= aik * xk;
                    }
                }
            }
        }
        (Uplo::Lower, false) => {
            for k in (0..n).rev() {
                let c = col(k);
                let s = c[k + 1..n].iter().zip(&x[k + 1..n]).fold(T::zero(), |s, (&aik, &xi)| s + op(aik) * xi);
                let v = x[k] - s;
                x[k] = if unit { v } else { div(v, op(c[k])) };
            }
        }
        (Uplo::Upper, false) => {
            for k in 0..n {
                let c = col(k);
                let s = c[..k].iter().zip(&x[..k]).fold(T::zero(), |s, (&aik, &xi)| s + op(aik) * xi);
                let v = x[k] - s;
                x[k] = if unit { v } else { div(v, op(c[k])) };
            }
        }
    }
}

/// The substitution itself on one right-hand side `x`, A read as `at(k, i)`
/// = `A[i][k]` (column k, row i).
fn solve<T: Scalar>(
    uplo: Uplo,
    trans: Trans,
    unit: bool,
    op: impl Fn(T) -> T,
    n: usize,
    at: impl Fn(usize, usize) -> T,
    x: &mut [T],
) {
    match (uplo, trans == Trans::No) {
        (Uplo::Lower, true) => {
            for k in 0..n {
                if !unit {
                    x[k] = div(x[k], at(k, k));
                }
                let xk = x[k];
                if !xk.is_zero() {
                    for (i, xi) in x.iter_mut().enumerate().take(n).skip(k + 1) {
                        *xi -= at(k, i) * xk;
                    }
                }
            }
        }
        (Uplo::Upper, true) => {
            for k in (0..n).rev() {
                if !unit {
                    x[k] = div(x[k], at(k, k));
                }
                let xk = x[k];
                if !xk.is_zero() {
                    for (i, xi) in x.iter_mut().enumerate().take(k) {
                        *xi -= at(k, i) * xk;
                    }
                }
            }
        }
        // L^T x = b: backwards, each x[k] from the finished ones below it.
        (Uplo::Lower, false) => {
            for k in (0..n).rev() {
                let s = (k + 1..n).fold(T::zero(), |s, i| s + op(at(k, i)) * x[i]);
                let v = x[k] - s;
                x[k] = if unit { v } else { div(v, op(at(k, k))) };
            }
        }
        (Uplo::Upper, false) => {
            for k in 0..n {
                let s = (0..k).fold(T::zero(), |s, i| s + op(at(k, i)) * x[i]);
                let v = x[k] - s;
                x[k] = if unit { v } else { div(v, op(at(k, k))) };
            }
        }
    }
}
