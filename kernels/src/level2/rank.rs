//! Rank-1 and rank-2 updates: `ger`/`gerc` (general), `her`/`hpr` and
//! `her2`/`hpr2` (Hermitian, dense and packed), and the real-only aliases
//! `syr`, `spr`, `syr2`, `spr2`.
//!
//! As in the reference, a column whose vector element is zero is skipped,
//! and the Hermitian updates set the imaginary part of the diagonal to zero
//! (even in skipped columns).

use super::cj;
use super::hemv::herm_layout;
use super::par::{self, part, parts, threads_for, Shared, TASKS_PER_THREAD};
use super::scratch::{with_col_major_mut, with_dense};
use super::tri::packed_col;
use super::{packed_len, Layout};
use crate::enums::Uplo;
use crate::scalar::{RealScalar, Scalar};
use crate::views::{MatMut, VecRef};

/// `A := alpha * x * y^T + A` (`?ger`, `?geru`).
pub fn ger<T: Scalar>(alpha: T, x: VecRef<'_, T>, y: VecRef<'_, T>, a: MatMut<'_, T>) {
    ger_impl(alpha, x, false, y, false, a)
}

/// `A := alpha * x * y^H + A` (`?gerc`; the same as [`ger`] for real types).
pub fn gerc<T: Scalar>(alpha: T, x: VecRef<'_, T>, y: VecRef<'_, T>, a: MatMut<'_, T>) {
    ger_impl(alpha, x, false, y, true, a)
}

/// `A += alpha * cj(x) * cj(y)^T`, the conjugations as flagged.
fn ger_impl<T: Scalar>(alpha: T, x: VecRef<'_, T>, cx: bool, y: VecRef<'_, T>, cy: bool, a: MatMut<'_, T>) {
    let (m, n) = (a.nrows(), a.ncols());
    assert_eq!(x.len(), m, "ger: x has {} elements, A has {m} rows", x.len());
    assert_eq!(y.len(), n, "ger: y has {} elements, A has {n} columns", y.len());
    if m == 0 || n == 0 || alpha.is_zero() {
        return;
    }
    if a.row_stride() != 1 && a.col_stride() == 1 {
        // A^T += alpha * cj(y) * cj(x)^T.
        ger_cols(alpha, y, cy, x, cx, a.transpose());
    } else {
        with_col_major_mut(a, |a| ger_cols(alpha, x, cx, y, cy, a));
    }
}

/// [`ger_impl`] on a column-major `a`.
fn ger_cols<T: Scalar>(alpha: T, x: VecRef<'_, T>, cx: bool, y: VecRef<'_, T>, cy: bool, mut a: MatMut<'_, T>) {
    let (m, n) = (a.nrows(), a.ncols());
    let lda = a.col_stride();
    let ap = a.as_mut_ptr();
    let kern = T::kernels().l2.ger;
    let (ap, nt) = (Shared(ap), threads_for(m * n));
    with_dense(x, |xp| {
        let xp = Shared(xp as *mut T);
        // Large problems split the columns among threads.
        let nparts = if nt > 1 { nt * TASKS_PER_THREAD } else { 1 };
        par::for_each(parts(n, nparts, 4), nt, |k| {
            let (c0, c1) = part(n, nparts, 4, k);
            // SAFETY: `a` is `m x n` with unit row stride; `xp` holds `m`
            // contiguous elements and `y` `n` at its increment; tasks own
            // disjoint columns.
            unsafe {
                let yc = y.as_ptr().offset(c0 as isize * y.inc());
                kern(m, c1 - c0, alpha, xp.get(), yc, y.inc(), ap.get().offset(c0 as isize * lda), lda, cx, cy)
            }
        });
    });
}

/// The Hermitian matrix `a` (its `uplo` triangle) read with unit row stride,
/// and whether the vectors must be conjugated: a row-major Hermitian `A` is
/// the column-major storage of `conj(A)` with the other triangle.
fn herm_view<T>(uplo: Uplo, a: MatMut<'_, T>) -> (Uplo, bool, MatMut<'_, T>) {
    if a.row_stride() != 1 && a.col_stride() == 1 {
        (uplo.flip(), true, a.transpose())
    } else {
        (uplo, false, a)
    }
}

/// `A := alpha * x * x^H + A` for a Hermitian `A` of which the `uplo` triangle
/// is stored, with real `alpha` (`?her`; `?syr` for real types).
pub fn her<T: Scalar>(uplo: Uplo, alpha: T::Real, x: VecRef<'_, T>, a: MatMut<'_, T>) {
    let n = a.nrows();
    assert_eq!(a.ncols(), n, "her: A is {}x{}, not square", n, a.ncols());
    assert_eq!(x.len(), n, "her: x has {} elements, A has {n} columns", x.len());
    if n == 0 || alpha == T::Real::zero() {
        return;
    }
    let (uplo, conj, a) = herm_view(uplo, a);
    with_col_major_mut(a, |mut a| {
        let (ap, lda) = (a.as_mut_ptr(), a.col_stride());
        with_dense(x, |xp| {
            // SAFETY: `a` is `n x n` with unit row stride; `xp` holds `n` elements.
            unsafe { her_cols(uplo, conj, alpha, n, xp, |j| dense_col(ap, lda, uplo, j)) }
        })
    });
}

/// `A := alpha * x * x^H + A` for a Hermitian `A` in packed storage (`?hpr`;
/// `?spr` for real types), `ap` holding the `uplo` triangle by columns
/// (`ColMajor`) or rows (`RowMajor`).
pub fn hpr<T: Scalar>(layout: Layout, uplo: Uplo, alpha: T::Real, x: VecRef<'_, T>, ap: &mut [T]) {
    let n = x.len();
    assert!(ap.len() >= packed_len(n), "hpr: packed storage too short");
    if n == 0 || alpha == T::Real::zero() {
        return;
    }
    let (uplo, conj) = herm_layout(layout, uplo);
    let p = ap.as_mut_ptr();
    with_dense(x, |xp| {
        // SAFETY: the storage holds the whole triangle; `xp` holds `n` elements.
        unsafe { her_cols(uplo, conj, alpha, n, xp, |j| p.add(packed_col(uplo, n, j))) }
    });
}

/// `A := alpha * x * y^H + conj(alpha) * y * x^H + A` for a Hermitian `A` of
/// which the `uplo` triangle is stored (`?her2`; `?syr2` for real types).
pub fn her2<T: Scalar>(uplo: Uplo, alpha: T, x: VecRef<'_, T>, y: VecRef<'_, T>, a: MatMut<'_, T>) {
    let n = a.nrows();
    assert_eq!(a.ncols(), n, "her2: A is {}x{}, not square", n, a.ncols());
    assert_eq!(x.len(), n, "her2: x has {} elements, A has {n} columns", x.len());
    assert_eq!(y.len(), n, "her2: y has {} elements, A has {n} columns", y.len());
    if n == 0 || alpha.is_zero() {
        return;
    }
    let (uplo, conj, a) = herm_view(uplo, a);
    // conj(A) += alpha * conj(y) * conj(x)^H + conj(alpha) * conj(x) * conj(y)^H.
    let (x, y) = if conj { (y, x) } else { (x, y) };
    with_col_major_mut(a, |mut a| {
        let (ap, lda) = (a.as_mut_ptr(), a.col_stride());
        with_dense(x, |xp| {
            with_dense(y, |yp| {
                // SAFETY: `a` is `n x n` with unit row stride; `xp`, `yp` hold `n` elements.
                unsafe { her2_cols(uplo, conj, alpha, n, xp, yp, |j| dense_col(ap, lda, uplo, j)) }
            })
        })
    });
}

/// `A := alpha * x * y^H + conj(alpha) * y * x^H + A` for a Hermitian `A` in
/// packed storage (`?hpr2`; `?spr2` for real types).
pub fn hpr2<T: Scalar>(layout: Layout, uplo: Uplo, alpha: T, x: VecRef<'_, T>, y: VecRef<'_, T>, ap: &mut [T]) {
    let n = x.len();
    assert_eq!(y.len(), n, "hpr2: y has {} elements, x has {n}", y.len());
    assert!(ap.len() >= packed_len(n), "hpr2: packed storage too short");
    if n == 0 || alpha.is_zero() {
        return;
    }
    let (uplo, conj) = herm_layout(layout, uplo);
    let (x, y) = if conj { (y, x) } else { (x, y) };
    let p = ap.as_mut_ptr();
    with_dense(x, |xp| {
        with_dense(y, |yp| {
            // SAFETY: the storage holds the whole triangle; `xp`, `yp` hold `n` elements.
            unsafe { her2_cols(uplo, conj, alpha, n, xp, yp, |j| p.add(packed_col(uplo, n, j))) }
        })
    });
}

/// Start of the stored part of column `j` of a dense column-major triangle:
/// row 0 (upper) or row `j` (lower).
#[inline]
fn dense_col<T>(a: *mut T, lda: isize, uplo: Uplo, j: usize) -> *mut T {
    let row = match uplo {
        Uplo::Upper => 0,
        Uplo::Lower => j,
    };
    a.wrapping_offset(row as isize + j as isize * lda)
}

/// The stored column `j` of an `n x n` triangle starting at `col`: pointers to
/// its diagonal and to its off-diagonal part, and the off-diagonal rows.
#[inline]
fn split_col<T>(uplo: Uplo, n: usize, j: usize, col: *mut T) -> (*mut T, *mut T, usize, usize) {
    match uplo {
        Uplo::Upper => (col.wrapping_add(j), col, 0, j),
        Uplo::Lower => (col, col.wrapping_add(1), j + 1, n - 1 - j),
    }
}

/// `A += alpha * cj(x) * cj(x)^H` by columns.
///
/// # Safety
/// `col(j)` points to the stored column `j` (rows `0..=j` upper, `j..n`
/// lower, contiguous); `x` holds `n` contiguous elements.
unsafe fn her_cols<T: Scalar>(
    uplo: Uplo,
    conj: bool,
    alpha: T::Real,
    n: usize,
    x: *const T,
    col: impl Fn(usize) -> *mut T,
) {
    let axpyc = T::kernels().l2.axpyc;
    for j in 0..n {
        let (dp, off, first, len) = split_col(uplo, n, j, col(j));
        let xj = cj(*x.add(j), conj);
        if xj.is_zero() {
            *dp = T::from_real((*dp).re());
            continue;
        }
        let t = xj.conj().scale_real(alpha);
        if len > 0 {
            axpyc(len, t, x.add(first), off, conj);
        }
        *dp = T::from_real((*dp).re() + (xj * t).re());
    }
}

/// `A += alpha * cj(x) * cj(y)^H + conj(alpha) * cj(y) * cj(x)^H` by columns.
///
/// # Safety
/// As [`her_cols`], with `y` like `x`.
#[allow(clippy::too_many_arguments)]
unsafe fn her2_cols<T: Scalar>(
    uplo: Uplo,
    conj: bool,
    alpha: T,
    n: usize,
    x: *const T,
    y: *const T,
    col: impl Fn(usize) -> *mut T,
) {
    let axpy2 = T::kernels().l2.axpy2;
    for j in 0..n {
        let (dp, off, first, len) = split_col(uplo, n, j, col(j));
        let (xj, yj) = (cj(*x.add(j), conj), cj(*y.add(j), conj));
        if xj.is_zero() && yj.is_zero() {
            *dp = T::from_real((*dp).re());
            continue;
        }
        let t1 = alpha * yj.conj();
        let t2 = (alpha * xj).conj();
        if len > 0 {
            axpy2(len, t1, x.add(first), t2, y.add(first), off, conj);
        }
        *dp = T::from_real((*dp).re() + (xj * t1 + yj * t2).re());
    }
}

/// `A := alpha * x * x^T + A` for a symmetric `A` (`?syr`): [`her`] for real types.
pub fn syr<T: RealScalar>(uplo: Uplo, alpha: T, x: VecRef<'_, T>, a: MatMut<'_, T>) {
    her(uplo, alpha, x, a)
}

/// `A := alpha * x * x^T + A` for a symmetric packed `A` (`?spr`): [`hpr`] for real types.
pub fn spr<T: RealScalar>(layout: Layout, uplo: Uplo, alpha: T, x: VecRef<'_, T>, ap: &mut [T]) {
    hpr(layout, uplo, alpha, x, ap)
}

/// `A := alpha * (x * y^T + y * x^T) + A` for a symmetric `A` (`?syr2`):
/// [`her2`] for real types.
pub fn syr2<T: RealScalar>(uplo: Uplo, alpha: T, x: VecRef<'_, T>, y: VecRef<'_, T>, a: MatMut<'_, T>) {
    her2(uplo, alpha, x, y, a)
}

/// `A := alpha * (x * y^T + y * x^T) + A` for a symmetric packed `A`
/// (`?spr2`): [`hpr2`] for real types.
pub fn spr2<T: RealScalar>(layout: Layout, uplo: Uplo, alpha: T, x: VecRef<'_, T>, y: VecRef<'_, T>, ap: &mut [T]) {
    hpr2(layout, uplo, alpha, x, y, ap)
}
