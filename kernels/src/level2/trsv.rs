//! Triangular solves with one right-hand side: `trsv` (dense, blocked),
//! `tbsv` (band), `tpsv` (packed). No test for singularity is made, as in
//! the reference: a zero diagonal gives infinities or NaNs.

use super::scratch::{with_col_major, with_dense_mut};
use super::tri::{tsv_cols, BandTri, DenseTri, PackedTri};
use super::trmv::{band_layout, blocks, normalize_tri};
use super::{packed_len, Layout, Op};
use crate::enums::{Diag, Uplo};
use crate::scalar::Scalar;
use crate::views::{MatRef, VecMut};

/// Solves `op(A) * x = b` for a triangular `A` (`?trsv`), `x` holding `b` on
/// entry and the solution on exit.
pub fn trsv<T: Scalar>(uplo: Uplo, op: impl Into<Op>, diag: Diag, a: MatRef<'_, T>, x: VecMut<'_, T>) {
    let n = a.nrows();
    assert_eq!(a.ncols(), n, "trsv: A is {}x{}, not square", n, a.ncols());
    assert_eq!(x.len(), n, "trsv: x has {} elements, A has {n} columns", x.len());
    if n == 0 {
        return;
    }
    let (uplo, op, a) = normalize_tri(uplo, op.into(), a);
    with_col_major(a, |a| {
        with_dense_mut(x, |xp| {
            // SAFETY: `a` is `n x n` with unit row stride and `xp` holds `n` contiguous elements.
            unsafe { trsv_blocked(uplo, op, diag == Diag::Unit, n, a.as_ptr(), a.col_stride(), xp) }
        })
    });
}

/// Blocked solve on a column-major triangle: each diagonal block is solved by
/// columns, and the part of `x` it feeds is updated through the `gemv`
/// kernels (`x_below -= A_panel x_block`, or `x_block -= A_panel^T x_above`).
///
/// # Safety
/// `a` is an `n x n` column-major matrix with column stride `lda`; `x` holds
/// `n` contiguous elements.
unsafe fn trsv_blocked<T: Scalar>(uplo: Uplo, op: Op, unit: bool, n: usize, a: *const T, lda: isize, x: *mut T) {
    let l2 = &T::kernels().l2;
    let (trans, conj) = (op.is_trans(), op.is_conj());
    let minus_one = -T::one();
    let at = |i: usize, j: usize| a.wrapping_offset(i as isize + j as isize * lda);
    let forward = matches!((uplo, trans), (Uplo::Lower, false) | (Uplo::Upper, true));
    // A solve starts at its recurrence's origin (the first row when op(A)
    // is lower, the last when upper): forward, the origin is the start.
    for (j0, j1) in blocks(n, forward, !forward) {
        let nb = j1 - j0;
        let tri = DenseTri { a, lda, uplo, j0, j1 };
        match (uplo, trans) {
            (Uplo::Upper, false) => {
                // Solve the block, then x[..j0] -= A[..j0, j0..j1] x[j0..j1].
                tsv_cols(&tri, uplo, false, conj, unit, j0, j1, x);
                if j0 > 0 {
                    (l2.gemv_n)(j0, nb, minus_one, at(0, j0), lda, x.add(j0), 1, x, conj);
                }
            }
            (Uplo::Lower, false) => {
                // Solve the block, then x[j1..] -= A[j1.., j0..j1] x[j0..j1].
                tsv_cols(&tri, uplo, false, conj, unit, j0, j1, x);
                if j1 < n {
                    (l2.gemv_n)(n - j1, nb, minus_one, at(j1, j0), lda, x.add(j0), 1, x.add(j1), conj);
                }
            }
            (Uplo::Upper, true) => {
                // x[j0..j1] -= A[..j0, j0..j1]^T x[..j0], then solve the block.
                if j0 > 0 {
                    (l2.gemv_t)(j0, nb, minus_one, at(0, j0), lda, x, x.add(j0), 1, conj);
                }
                tsv_cols(&tri, uplo, true, conj, unit, j0, j1, x);
            }
            (Uplo::Lower, true) => {
                // x[j0..j1] -= A[j1.., j0..j1]^T x[j1..], then solve the block.
                if j1 < n {
                    (l2.gemv_t)(n - j1, nb, minus_one, at(j1, j0), lda, x.add(j1), x.add(j0), 1, conj);
                }
                tsv_cols(&tri, uplo, true, conj, unit, j0, j1, x);
            }
        }
    }
}

/// Solves `op(A) * x = b` for an `n x n` triangular band matrix with `k`
/// off-diagonals (`?tbsv`); storage as in [`tbmv`](super::tbmv).
#[allow(clippy::too_many_arguments)]
pub fn tbsv<T: Scalar>(
    layout: Layout,
    uplo: Uplo,
    op: impl Into<Op>,
    diag: Diag,
    n: usize,
    k: usize,
    ab: &[T],
    ldab: usize,
    x: VecMut<'_, T>,
) {
    let (uplo, op) = band_layout(layout, uplo, op.into());
    assert_eq!(x.len(), n, "tbsv: x has {} elements, A has {n} columns", x.len());
    assert!(ldab > k, "tbsv: ldab = {ldab} < k + 1");
    if n == 0 {
        return;
    }
    assert!(ab.len() > (n - 1) * ldab + k, "tbsv: band storage too short");
    let s = BandTri { ab: ab.as_ptr(), ldab, k, n, uplo };
    with_dense_mut(x, |xp| {
        // SAFETY: the storage holds all `n` band columns; `xp` holds `n` elements.
        unsafe { tsv_cols(&s, uplo, op.is_trans(), op.is_conj(), diag == Diag::Unit, 0, n, xp) }
    });
}

/// Solves `op(A) * x = b` for a triangular matrix in packed storage (`?tpsv`);
/// storage as in [`tpmv`](super::tpmv).
pub fn tpsv<T: Scalar>(layout: Layout, uplo: Uplo, op: impl Into<Op>, diag: Diag, ap: &[T], x: VecMut<'_, T>) {
    let (uplo, op) = band_layout(layout, uplo, op.into());
    let n = x.len();
    assert!(ap.len() >= packed_len(n), "tpsv: packed storage too short");
    if n == 0 {
        return;
    }
    let s = PackedTri { ap: ap.as_ptr(), n, uplo };
    with_dense_mut(x, |xp| {
        // SAFETY: the storage holds the whole triangle; `xp` holds `n` elements.
        unsafe { tsv_cols(&s, uplo, op.is_trans(), op.is_conj(), diag == Diag::Unit, 0, n, xp) }
    });
}
