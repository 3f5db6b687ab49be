//! Triangular matrix-vector products: `trmv` (dense, blocked), `tbmv`
//! (band), `tpmv` (packed).

use super::scratch::{with_col_major, with_dense_mut};
use super::tri::{tmv_cols, BandTri, DenseTri, PackedTri};
use super::{packed_len, Layout, Op};
use crate::enums::{Diag, Uplo};
use crate::scalar::Scalar;
use crate::views::{MatRef, VecMut};

/// Diagonal block size of the blocked dense triangular routines: the
/// off-diagonal panels, `TRI_BLOCK` columns wide (one column group of the
/// `gemv` kernels), go to those kernels; the small diagonal blocks are done in
/// scalar code.
pub(super) const TRI_BLOCK: usize = 8;

/// The blocks `[j0, j1)` of `0..n`, in increasing or decreasing order,
/// counted from the start, or from the end when `from_end` (the short block
/// is then the first). Counting them from the recurrence's origin gives each
/// element the same blocks, and so the same operations, in a call on the
/// leading (origin at the start) or trailing (at the end) part of a triangle.
pub(super) fn blocks(n: usize, forward: bool, from_end: bool) -> impl Iterator<Item = (usize, usize)> {
    let nb = n.div_ceil(TRI_BLOCK);
    (0..nb).map(move |b| {
        let b = if forward { b } else { nb - 1 - b };
        if from_end {
            let hi = n - (nb - 1 - b) * TRI_BLOCK;
            (hi.saturating_sub(TRI_BLOCK), hi)
        } else {
            (b * TRI_BLOCK, n.min((b + 1) * TRI_BLOCK))
        }
    })
}

/// The square matrix `a` read with unit row stride: `(uplo, op, view)` with
/// `op(A)` unchanged, transposing a row-major view.
pub(super) fn normalize_tri<'a, T>(uplo: Uplo, op: Op, a: MatRef<'a, T>) -> (Uplo, Op, MatRef<'a, T>) {
    if a.row_stride() != 1 && a.col_stride() == 1 {
        (uplo.flip(), op.transposed(), a.transpose())
    } else {
        (uplo, op, a)
    }
}

/// `x := op(A) * x` for a triangular `A` (`?trmv`): `uplo` says which triangle
/// of `a` is read, `diag = Unit` takes the diagonal as ones without reading it.
pub fn trmv<T: Scalar>(uplo: Uplo, op: impl Into<Op>, diag: Diag, a: MatRef<'_, T>, x: VecMut<'_, T>) {
    let n = a.nrows();
    assert_eq!(a.ncols(), n, "trmv: A is {}x{}, not square", n, a.ncols());
    assert_eq!(x.len(), n, "trmv: x has {} elements, A has {n} columns", x.len());
    if n == 0 {
        return;
    }
    let (uplo, op, a) = normalize_tri(uplo, op.into(), a);
    with_col_major(a, |a| {
        with_dense_mut(x, |xp| {
            // SAFETY: `a` is `n x n` with unit row stride and `xp` holds `n` contiguous elements.
            unsafe { trmv_blocked(uplo, op, diag == Diag::Unit, n, a.as_ptr(), a.col_stride(), xp) }
        })
    });
}

/// Blocked `x := op(A) x` on a column-major triangle: diagonal blocks by
/// columns, off-diagonal panels through the `gemv` kernels. Blocks are taken
/// in the order that reads every part of `x` before it is overwritten.
///
/// # Safety
/// `a` is an `n x n` column-major matrix with column stride `lda`; `x` holds
/// `n` contiguous elements.
unsafe fn trmv_blocked<T: Scalar>(uplo: Uplo, op: Op, unit: bool, n: usize, a: *const T, lda: isize, x: *mut T) {
    let l2 = &T::kernels().l2;
    let (trans, conj) = (op.is_trans(), op.is_conj());
    let at = |i: usize, j: usize| a.wrapping_offset(i as isize + j as isize * lda);
    let forward = matches!((uplo, trans), (Uplo::Upper, false) | (Uplo::Lower, true));
    // A multiply walks towards its recurrence's origin (the last row when
    // op(A) is upper, the first when lower): forward, the origin is the end.
    for (j0, j1) in blocks(n, forward, forward) {
        let nb = j1 - j0;
        let tri = DenseTri { a, lda, uplo, j0, j1 };
        match (uplo, trans) {
            (Uplo::Upper, false) => {
                // x[..j0] += A[..j0, j0..j1] x[j0..j1]; then the block.
                if j0 > 0 {
                    (l2.gemv_n)(j0, nb, T::one(), at(0, j0), lda, x.add(j0), 1, x, conj);
                }
                tmv_cols(&tri, uplo, false, conj, unit, j0, j1, x);
            }
            (Uplo::Lower, false) => {
                // x[j1..] += A[j1.., j0..j1] x[j0..j1]; then the block.
                if j1 < n {
                    (l2.gemv_n)(n - j1, nb, T::one(), at(j1, j0), lda, x.add(j0), 1, x.add(j1), conj);
                }
                tmv_cols(&tri, uplo, false, conj, unit, j0, j1, x);
            }
            (Uplo::Upper, true) => {
                // The block first, then x[j0..j1] += A[..j0, j0..j1]^T x[..j0].
                tmv_cols(&tri, uplo, true, conj, unit, j0, j1, x);
                if j0 > 0 {
                    (l2.gemv_t)(j0, nb, T::one(), at(0, j0), lda, x, x.add(j0), 1, conj);
                }
            }
            (Uplo::Lower, true) => {
                // The block first, then x[j0..j1] += A[j1.., j0..j1]^T x[j1..].
                tmv_cols(&tri, uplo, true, conj, unit, j0, j1, x);
                if j1 < n {
                    (l2.gemv_t)(n - j1, nb, T::one(), at(j1, j0), lda, x.add(j1), x.add(j0), 1, conj);
                }
            }
        }
    }
}

/// `x := op(A) * x` for an `n x n` triangular band matrix with `k` off-diagonals
/// (`?tbmv`). `ColMajor`: the Fortran band storage (`A(i, j)` at
/// `ab[(k + i - j) + j*ldab]` for upper, `ab[(i - j) + j*ldab]` for lower);
/// `RowMajor`: CBLAS's. `ldab >= k + 1`.
#[allow(clippy::too_many_arguments)]
pub fn tbmv<T: Scalar>(
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
    assert_eq!(x.len(), n, "tbmv: x has {} elements, A has {n} columns", x.len());
    assert!(ldab > k, "tbmv: ldab = {ldab} < k + 1");
    if n == 0 {
        return;
    }
    assert!(ab.len() > (n - 1) * ldab + k, "tbmv: band storage too short");
    let s = BandTri { ab: ab.as_ptr(), ldab, k, n, uplo };
    with_dense_mut(x, |xp| {
        // SAFETY: the storage was checked to hold all `n` band columns; `xp` holds `n` elements.
        unsafe { tmv_cols(&s, uplo, op.is_trans(), op.is_conj(), diag == Diag::Unit, 0, n, xp) }
    });
}

/// `x := op(A) * x` for a triangular matrix in packed storage (`?tpmv`),
/// `ap` holding the `uplo` triangle by columns (`ColMajor`) or by rows
/// (`RowMajor`), `n(n+1)/2` elements.
pub fn tpmv<T: Scalar>(layout: Layout, uplo: Uplo, op: impl Into<Op>, diag: Diag, ap: &[T], x: VecMut<'_, T>) {
    let (uplo, op) = band_layout(layout, uplo, op.into());
    let n = x.len();
    assert!(ap.len() >= packed_len(n), "tpmv: packed storage too short");
    if n == 0 {
        return;
    }
    let s = PackedTri { ap: ap.as_ptr(), n, uplo };
    with_dense_mut(x, |xp| {
        // SAFETY: the storage holds the whole triangle; `xp` holds `n` elements.
        unsafe { tmv_cols(&s, uplo, op.is_trans(), op.is_conj(), diag == Diag::Unit, 0, n, xp) }
    });
}

/// A triangular band or packed matrix stored row-major is the column-major
/// storage of its transpose: the other triangle, with the operator transposed.
pub(super) fn band_layout(layout: Layout, uplo: Uplo, op: Op) -> (Uplo, Op) {
    match layout {
        Layout::ColMajor => (uplo, op),
        Layout::RowMajor => (uplo.flip(), op.transposed()),
    }
}
