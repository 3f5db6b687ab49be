//! Column access to triangular storage (dense, band, packed) and the
//! column-oriented triangular product and solve shared by all three.
//!
//! In every storage the stored off-diagonal entries of a column are
//! contiguous, so one algorithm over [`TriCols`] serves `tr*`, `tb*` and
//! `tp*`, with the Level-2 kernels doing the work on each column segment.

use super::kernels::Level2Kernels;
use super::{cj, div};
use crate::enums::Uplo;
use crate::scalar::Scalar;

/// Segments of a dense triangle's diagonal block (always shorter than this)
/// are done in scalar code: a kernel call costs more than the arithmetic, and
/// the fixed block size gives every element the same operations anyway.
pub(super) const SHORT: usize = 8;

/// `y[..len] += t * cj(a[..len])`: through the kernel from `short` elements
/// on, in scalar code below.
///
/// # Safety
/// `a` readable and `y` writable for `len` elements, not overlapping.
#[inline]
pub(super) unsafe fn axpy_seg<T: Scalar>(
    l2: &Level2Kernels<T>,
    len: usize,
    t: T,
    a: *const T,
    y: *mut T,
    conj: bool,
    short: usize,
) {
    if len >= short {
        // SAFETY: forwarded contract.
        unsafe { (l2.axpyc)(len, t, a, y, conj) };
    } else {
        for i in 0..len {
            // SAFETY: `i < len`.
            unsafe { *y.add(i) += t * cj(*a.add(i), conj) };
        }
    }
}

/// `sum cj(a[i]) * x[i]` over `len` elements: through the kernel (the
/// canonical order of `gemv` T) from `short` elements on, in scalar code below.
///
/// # Safety
/// `a` and `x` readable for `len` elements.
#[inline]
pub(super) unsafe fn dot_seg<T: Scalar>(
    l2: &Level2Kernels<T>,
    len: usize,
    a: *const T,
    x: *const T,
    conj: bool,
    short: usize,
) -> T {
    let mut s = T::zero();
    if len == 0 {
        return s;
    }
    if len >= short {
        // SAFETY: forwarded contract; `s` is one writable element.
        unsafe { (l2.gemv_t)(len, 1, T::one(), a, 0, x, &mut s, 0, conj) };
    } else {
        for i in 0..len {
            // SAFETY: `i < len`.
            unsafe { s += cj(*a.add(i), conj) * *x.add(i) };
        }
    }
    s
}

/// A triangle (of a triangular, symmetric or Hermitian matrix) read by columns.
pub(super) trait TriCols<T> {
    /// The stored off-diagonal part of column `j`: its first row, a pointer to
    /// it, and its length. Upper: rows `first..j`; lower: rows `j+1..j+1+len`.
    fn off(&self, j: usize) -> (usize, *const T, usize);
    /// The diagonal element of column `j`.
    fn diag(&self, j: usize) -> T;
    /// Segments from this length on go to the kernels. Band and packed
    /// columns send every segment there: a column's length depends on the
    /// matrix's size near its end, and a scalar path for the short ones would
    /// change an element's operations with the shape of the call.
    const SHORT: usize = 1;
}

/// Columns `j0..j1` of a dense column-major triangle, limited to rows
/// `j0..j1`: the diagonal block of a blocked algorithm.
pub(super) struct DenseTri<T> {
    pub a: *const T,
    pub lda: isize,
    pub uplo: Uplo,
    pub j0: usize,
    pub j1: usize,
}

impl<T: Copy> TriCols<T> for DenseTri<T> {
    const SHORT: usize = SHORT;
    #[inline]
    fn off(&self, j: usize) -> (usize, *const T, usize) {
        let col = self.a.wrapping_offset(j as isize * self.lda);
        match self.uplo {
            Uplo::Upper => (self.j0, col.wrapping_add(self.j0), j - self.j0),
            Uplo::Lower => (j + 1, col.wrapping_add(j + 1), self.j1 - j - 1),
        }
    }
    #[inline]
    fn diag(&self, j: usize) -> T {
        // SAFETY: the constructor's caller guarantees the block lies inside the matrix.
        unsafe { *self.a.offset(j as isize * self.lda + j as isize) }
    }
}

/// An `n x n` triangle in column-major band storage with `k` off-diagonals.
pub(super) struct BandTri<T> {
    pub ab: *const T,
    pub ldab: usize,
    pub k: usize,
    pub n: usize,
    pub uplo: Uplo,
}

impl<T: Copy> TriCols<T> for BandTri<T> {
    #[inline]
    fn off(&self, j: usize) -> (usize, *const T, usize) {
        let col = self.ab.wrapping_add(j * self.ldab);
        match self.uplo {
            Uplo::Upper => {
                let i0 = j.saturating_sub(self.k);
                (i0, col.wrapping_add(self.k + i0 - j), j - i0)
            }
            Uplo::Lower => (j + 1, col.wrapping_add(1), self.k.min(self.n - 1 - j)),
        }
    }
    #[inline]
    fn diag(&self, j: usize) -> T {
        let d = match self.uplo {
            Uplo::Upper => self.k,
            Uplo::Lower => 0,
        };
        // SAFETY: the storage holds every column's diagonal (checked by the driver).
        unsafe { *self.ab.add(d + j * self.ldab) }
    }
}

/// An `n x n` triangle in column-major packed storage.
pub(super) struct PackedTri<T> {
    pub ap: *const T,
    pub n: usize,
    pub uplo: Uplo,
}

/// Offset of column `j` in column-major packed storage of an `n x n` triangle.
#[inline]
pub(super) fn packed_col(uplo: Uplo, n: usize, j: usize) -> usize {
    match uplo {
        Uplo::Upper => j * (j + 1) / 2,
        Uplo::Lower => j * (2 * n - j + 1) / 2,
    }
}

impl<T: Copy> TriCols<T> for PackedTri<T> {
    #[inline]
    fn off(&self, j: usize) -> (usize, *const T, usize) {
        let kk = packed_col(self.uplo, self.n, j);
        match self.uplo {
            Uplo::Upper => (0, self.ap.wrapping_add(kk), j),
            Uplo::Lower => (j + 1, self.ap.wrapping_add(kk + 1), self.n - 1 - j),
        }
    }
    #[inline]
    fn diag(&self, j: usize) -> T {
        let kk = packed_col(self.uplo, self.n, j);
        let d = match self.uplo {
            Uplo::Upper => kk + j,
            Uplo::Lower => kk,
        };
        // SAFETY: the storage holds `n(n+1)/2` elements (checked by the driver).
        unsafe { *self.ap.add(d) }
    }
}

/// `x := op(A) x` over columns `j0..j1`, where `op(A)` is `cj(A)` or
/// `cj(A)^T` (`trans`) and every off-diagonal segment lies in rows `j0..j1`
/// (the whole matrix for band and packed storage, a diagonal block for dense).
///
/// # Safety
/// `s` describes valid storage for these columns; `x` is contiguous and
/// holds every row the segments reach.
#[allow(clippy::too_many_arguments)]
pub(super) unsafe fn tmv_cols<T: Scalar, S: TriCols<T>>(
    s: &S,
    uplo: Uplo,
    trans: bool,
    conj: bool,
    unit: bool,
    j0: usize,
    j1: usize,
    x: *mut T,
) {
    let l2 = &T::kernels().l2;
    let scale_diag = |j: usize| {
        if !unit {
            // SAFETY: `j` is a row of `x`.
            unsafe { *x.add(j) *= cj(s.diag(j), conj) };
        }
    };
    // Columns in the order that reads each x_j before it is overwritten.
    let forward = match (uplo, trans) {
        (Uplo::Upper, false) | (Uplo::Lower, true) => true,
        (Uplo::Lower, false) | (Uplo::Upper, true) => false,
    };
    for step in 0..j1 - j0 {
        let j = if forward { j0 + step } else { j1 - 1 - step };
        let (first, seg, len) = s.off(j);
        if !trans {
            // x[rows] += x_j * cj(A[rows, j]); x_j := cj(a_jj) * x_j.
            // Zero x_j is skipped entirely, as in the reference.
            let t = *x.add(j);
            if !t.is_zero() {
                // SAFETY: `seg` holds `len` elements; rows `first..first+len`
                // of `x` are disjoint from element `j`.
                unsafe { axpy_seg(l2, len, t, seg, x.add(first), conj, S::SHORT) };
                scale_diag(j);
            }
        } else {
            // x_j := cj(a_jj) * x_j + sum cj(A[rows, j]) * x[rows].
            scale_diag(j);
            // SAFETY: as above; the single output `x_j` is outside the rows read.
            unsafe { *x.add(j) += dot_seg(l2, len, seg, x.add(first), conj, S::SHORT) };
        }
    }
}

/// Solves `op(A) x = b` in place over columns `j0..j1`, with `op(A)` and the
/// segments as in [`tmv_cols`].
///
/// # Safety
/// As [`tmv_cols`].
#[allow(clippy::too_many_arguments)]
pub(super) unsafe fn tsv_cols<T: Scalar, S: TriCols<T>>(
    s: &S,
    uplo: Uplo,
    trans: bool,
    conj: bool,
    unit: bool,
    j0: usize,
    j1: usize,
    x: *mut T,
) {
    let l2 = &T::kernels().l2;
    let forward = match (uplo, trans) {
        (Uplo::Lower, false) | (Uplo::Upper, true) => true,
        (Uplo::Upper, false) | (Uplo::Lower, true) => false,
    };
    for step in 0..j1 - j0 {
        let j = if forward { j0 + step } else { j1 - 1 - step };
        let (first, seg, len) = s.off(j);
        if !trans {
            // x_j /= cj(a_jj); x[rows] -= x_j * cj(A[rows, j]).
            if !(*x.add(j)).is_zero() {
                if !unit {
                    *x.add(j) = div(*x.add(j), cj(s.diag(j), conj));
                }
                // SAFETY: as in `tmv_cols`.
                unsafe { axpy_seg(l2, len, -*x.add(j), seg, x.add(first), conj, S::SHORT) };
            }
        } else {
            // x_j := (x_j - sum cj(A[rows, j]) * x[rows]) / cj(a_jj).
            // SAFETY: as in `tmv_cols`.
            unsafe { *x.add(j) -= dot_seg(l2, len, seg, x.add(first), conj, S::SHORT) };
            if !unit {
                *x.add(j) = div(*x.add(j), cj(s.diag(j), conj));
            }
        }
    }
}
