//! Hermitian (for real types: symmetric) matrix-vector products: `hemv`
//! (dense), `hbmv` (band), `hpmv` (packed), and the real-only aliases
//! `symv`, `sbmv`, `spmv`.
//!
//! One pass over the stored triangle serves both halves of the matrix: each
//! stored column segment `a[rows, j]` adds `a[rows, j] * (alpha x_j)` to
//! `y[rows]` and `conj(a[rows, j]) . x[rows]` to `y_j`, fused in the
//! `symv_panel` kernel. Only the real part of the diagonal is read.
//!
//! Large dense problems run in column slabs on the pool, each slab summing
//! into its own zeroed vector; the vectors are added to `y` in slab order.
//! The slabs depend only on `n`, so the result does not depend on the
//! thread count.

use super::par::{self, threads_for, Shared, PAR_MIN};
use super::scratch::{with_col_major, with_dense, with_dense_mut, with_scratch};
use super::tri::{BandTri, PackedTri, TriCols};
use super::{cj, packed_len, scale_by_beta, Layout};
use crate::enums::Uplo;
use crate::scalar::{RealScalar, Scalar};
use crate::views::{MatRef, VecMut, VecRef};

/// The most columns per panel of the dense routine.
const HEMV_BLOCK: usize = 8;

/// Columns per panel of the dense routine: fixed per type, never per table,
/// since the panels decide where each dot product's lanes start and which
/// part of a column is done with its diagonal block (the canonical order).
/// Real panels go to `symv_tri` whole; complex ones keep their diagonal
/// block in scalar code, where a smaller block costs less.
fn panel<T: Scalar>() -> usize {
    if T::IS_COMPLEX {
        4
    } else {
        HEMV_BLOCK
    }
}

/// `y := alpha * A * x + beta * y` for a Hermitian `A` of which the `uplo`
/// triangle of `a` is read (`?hemv`; `?symv` for real types). The imaginary
/// parts of the diagonal are taken as zero. Quick returns and `beta` as in
/// [`gemv`](super::gemv).
pub fn hemv<T: Scalar>(uplo: Uplo, alpha: T, a: MatRef<'_, T>, x: VecRef<'_, T>, beta: T, mut y: VecMut<'_, T>) {
    let n = a.nrows();
    assert_eq!(a.ncols(), n, "hemv: A is {}x{}, not square", n, a.ncols());
    assert_eq!(x.len(), n, "hemv: x has {} elements, A has {n} columns", x.len());
    assert_eq!(y.len(), n, "hemv: y has {} elements, A has {n} rows", y.len());
    if n == 0 || (alpha.is_zero() && beta == T::one()) {
        return;
    }
    scale_by_beta(beta, y.rb_mut());
    if alpha.is_zero() {
        return;
    }
    // A row-major Hermitian A is the column-major storage of A^T = conj(A),
    // with the other triangle.
    let (uplo, conj, a) =
        if a.row_stride() != 1 && a.col_stride() == 1 { (uplo.flip(), true, a.transpose()) } else { (uplo, false, a) };
    with_col_major(a, |a| {
        with_dense(x, |xp| {
            with_dense_mut(y, |yp| {
                // SAFETY: `a` is `n x n` with unit row stride; `xp`, `yp` hold `n` contiguous elements.
                unsafe {
                    if n * n / 2 < PAR_MIN {
                        hemv_blocked(uplo, conj, alpha, n, 0, n, a.as_ptr(), a.col_stride(), xp, yp)
                    } else {
                        hemv_slabs(uplo, conj, alpha, n, a.as_ptr(), a.col_stride(), xp, yp)
                    }
                }
            })
        })
    });
}

/// Columns per slab of the large-problem `hemv`: a function of `n` alone
/// (at most 32 slabs, each a whole number of panels), so the partial sums a
/// result is assembled from do not depend on the thread count.
fn slab_width(n: usize, panel: usize) -> usize {
    n.div_ceil(32).max(128).next_multiple_of(panel)
}

/// `y += alpha * cj(A) * x` for a large column-major Hermitian `A`: the
/// columns in slabs that run in parallel, each slab adding its part of the
/// product (both halves) to a zeroed private vector over the rows it touches;
/// the partial vectors are then added to `y` in slab order.
///
/// # Safety
/// As [`hemv_blocked`].
#[allow(clippy::too_many_arguments)]
unsafe fn hemv_slabs<T: Scalar>(
    uplo: Uplo,
    conj: bool,
    alpha: T,
    n: usize,
    a: *const T,
    lda: isize,
    x: *const T,
    y: *mut T,
) {
    let w = slab_width(n, panel::<T>());
    let ns = n.div_ceil(w);
    // Slab k: columns c0..c1; it touches rows c0..n (lower) or 0..c1 (upper).
    let rows = |k: usize| {
        let (c0, c1) = (k * w, n.min((k + 1) * w));
        match uplo {
            Uplo::Lower => (c0, n),
            Uplo::Upper => (0, c1),
        }
    };
    let offset = |k: usize| (0..k).map(|i| rows(i).1 - rows(i).0).sum::<usize>();
    let total = offset(ns);
    let nt = threads_for(n * n / 2).min(ns);
    with_scratch(total, |buf: &mut [T]| {
        buf.fill(T::zero());
        let (bp, xs, a) = (Shared(buf.as_mut_ptr()), Shared(x as *mut T), Shared(a as *mut T));
        par::for_each(ns, nt, |k| {
            let (r0, _) = rows(k);
            // Indexed by absolute row: element r of slab k's vector is bp[off + r - r0].
            let yk = bp.get().wrapping_add(offset(k)).wrapping_sub(r0);
            // SAFETY: slab k writes only rows r0..r1 of its own part of `buf`.
            unsafe { hemv_blocked(uplo, conj, alpha, n, k * w, n.min((k + 1) * w), a.get(), lda, xs.get(), yk) };
        });
        for k in 0..ns {
            let (r0, r1) = rows(k);
            let part = &buf[offset(k)..offset(k) + r1 - r0];
            for (r, v) in (r0..r1).zip(part) {
                // SAFETY: `r < n`.
                unsafe { *y.add(r) += *v };
            }
        }
    });
}

/// `y += alpha * cj(A) * x` over columns `c0..c1` of a column-major Hermitian
/// `A`, a panel of columns at a time, one pass over each panel for both
/// halves of the matrix: for real types the panel and its diagonal block go
/// to `symv_tri` together (the block masked to its triangle); otherwise the
/// rectangle beside the block goes to `symv_panel` and the block is done in
/// scalar code. Each column's `alpha * d_j` enters `y_j` after its whole
/// panel, so the order of every element's operations depends on the panels
/// alone, not on how a table groups the columns. Only the rows the columns' stored parts reach are written
/// (`c0..n` for lower, `0..c1` for upper).
///
/// # Safety
/// `a` is `n x n` column-major with column stride `lda`; `x` holds `n`
/// contiguous elements, and `y` the rows written.
#[allow(clippy::too_many_arguments)]
unsafe fn hemv_blocked<T: Scalar>(
    uplo: Uplo,
    conj: bool,
    alpha: T,
    n: usize,
    c0: usize,
    c1: usize,
    a: *const T,
    lda: isize,
    x: *const T,
    y: *mut T,
) {
    let l2 = &T::kernels().l2;
    let nb_max = panel::<T>();
    let at = |i: usize, j: usize| a.wrapping_offset(i as isize + j as isize * lda);
    let mut j0 = c0;
    while j0 < c1 {
        let j1 = c1.min(j0 + nb_max);
        let nb = j1 - j0;
        let mut t = [T::zero(); HEMV_BLOCK];
        for (c, tc) in t.iter_mut().enumerate().take(nb) {
            *tc = alpha * *x.add(j0 + c);
        }
        // d[c]: the conjugated half's dot product for column j0 + c.
        let mut d = [T::zero(); HEMV_BLOCK];
        let (r0, r1) = match uplo {
            Uplo::Upper => (0, j0),
            Uplo::Lower => (j1, n),
        };
        if let Some(tri) = l2.symv_tri {
            // The panel and its diagonal block in one vectorized pass.
            let (s0, s1) = match uplo {
                Uplo::Upper => (0, j1),
                Uplo::Lower => (j0, n),
            };
            let (tp, dp) = (t.as_ptr(), d.as_mut_ptr());
            tri(s1 - s0, nb, at(s0, j0), lda, tp, x.add(s0), y.wrapping_add(s0), dp, uplo == Uplo::Upper);
            for (c, dc) in d.iter().enumerate().take(nb) {
                *y.wrapping_add(j0 + c) += alpha * *dc;
            }
            j0 = j1;
            continue;
        }
        if r1 > r0 {
            (l2.symv_panel)(
                r1 - r0,
                nb,
                at(r0, j0),
                lda,
                t.as_ptr(),
                x.add(r0),
                y.wrapping_add(r0),
                d.as_mut_ptr(),
                conj,
            );
        }
        // `y` may point before its buffer (see `hemv_slabs`): the rows used are inside.
        let (ab, xb, yb) = (at(j0, j0), x.add(j0), y.wrapping_add(j0));
        match (nb, uplo) {
            (4, Uplo::Upper) => diag_block::<T, 4, true>(conj, alpha, ab, lda, &t, xb, yb, &mut d),
            (4, Uplo::Lower) => diag_block::<T, 4, false>(conj, alpha, ab, lda, &t, xb, yb, &mut d),
            _ => diag_block_any(uplo, conj, alpha, nb, ab, lda, &t, xb, yb, &mut d),
        }
        j0 = j1;
    }
}

/// The `NB x NB` diagonal block at `a` of [`hemv_blocked`] (its upper
/// triangle when `UPPER`): `y += cj(B) t + alpha d` with `B` the Hermitian
/// block and `d` the columns' dot products (the panel's part on entry). A
/// fixed size and triangle let the loops unroll into registers.
///
/// # Safety
/// `a` is the block (column stride `lda`); `x`, `y` hold its `NB` rows.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
unsafe fn diag_block<T: Scalar, const NB: usize, const UPPER: bool>(
    conj: bool,
    alpha: T,
    a: *const T,
    lda: isize,
    t: &[T; HEMV_BLOCK],
    x: *const T,
    y: *mut T,
    d: &mut [T; HEMV_BLOCK],
) {
    let mut xb = [T::zero(); NB];
    let mut acc = [T::zero(); NB];
    let mut dd = [T::zero(); NB];
    for r in 0..NB {
        xb[r] = *x.add(r);
        dd[r] = d[r];
    }
    for c in 0..NB {
        let col = a.offset(c as isize * lda);
        let (r0, r1) = if UPPER { (0, c) } else { (c + 1, NB) };
        for r in r0..r1 {
            let v = *col.add(r);
            acc[r] += cj(v, conj) * t[c];
            dd[c] += cj(v, !conj) * xb[r];
        }
    }
    for c in 0..NB {
        let diag = (*a.offset(c as isize * (lda + 1))).re();
        *y.add(c) += acc[c] + t[c].scale_real(diag) + alpha * dd[c];
    }
}

/// [`diag_block`] for any block size up to `HEMV_BLOCK` (the last block),
/// with the same operations in the same order, so an element of a short
/// last block gets the bits it gets in a full one (with zeros beyond).
///
/// # Safety
/// As [`diag_block`], with `nb` rows.
#[allow(clippy::too_many_arguments, clippy::needless_range_loop)]
unsafe fn diag_block_any<T: Scalar>(
    uplo: Uplo,
    conj: bool,
    alpha: T,
    nb: usize,
    a: *const T,
    lda: isize,
    t: &[T; HEMV_BLOCK],
    x: *const T,
    y: *mut T,
    d: &mut [T; HEMV_BLOCK],
) {
    let mut acc = [T::zero(); HEMV_BLOCK];
    for c in 0..nb {
        let (b0, b1) = match uplo {
            Uplo::Upper => (0, c),
            Uplo::Lower => (c + 1, nb),
        };
        for r in b0..b1 {
            let v = *a.offset(r as isize + c as isize * lda);
            acc[r] += cj(v, conj) * t[c];
            d[c] += cj(v, !conj) * *x.add(r);
        }
    }
    for c in 0..nb {
        let diag = (*a.offset(c as isize * (lda + 1))).re();
        *y.add(c) += acc[c] + t[c].scale_real(diag) + alpha * d[c];
    }
}

/// `y += alpha * cj(A) * x` by columns `j0..j1` of a triangle in any storage:
/// each stored off-diagonal segment through `symv_panel`, then the diagonal.
///
/// # Safety
/// `s` describes valid storage; `x`, `y` contiguous and holding every row the
/// segments reach.
unsafe fn hemv_cols<T: Scalar, S: TriCols<T>>(
    s: &S,
    conj: bool,
    alpha: T,
    j0: usize,
    j1: usize,
    x: *const T,
    y: *mut T,
) {
    let panel = T::kernels().l2.symv_panel;
    for j in j0..j1 {
        let t = alpha * *x.add(j);
        let (first, seg, len) = s.off(j);
        let mut d = T::zero();
        if len >= S::SHORT {
            panel(len, 1, seg, 0, &t, x.add(first), y.add(first), &mut d, conj);
        } else {
            for i in 0..len {
                let v = *seg.add(i);
                *y.add(first + i) += cj(v, conj) * t;
                d += cj(v, !conj) * *x.add(first + i);
            }
        }
        // y_j += t * re(a_jj) + alpha * (sum of the column's conjugated part).
        *y.add(j) += t.scale_real(s.diag(j).re()) + alpha * d;
    }
}

/// `y := alpha * A * x + beta * y` for an `n x n` Hermitian band matrix with
/// `k` off-diagonals, of which the `uplo` triangle is stored (`?hbmv`;
/// `?sbmv` for real types). `ColMajor`: Fortran band storage; `RowMajor`:
/// CBLAS's. `ldab >= k + 1`.
#[allow(clippy::too_many_arguments)]
pub fn hbmv<T: Scalar>(
    layout: Layout,
    uplo: Uplo,
    n: usize,
    k: usize,
    alpha: T,
    ab: &[T],
    ldab: usize,
    x: VecRef<'_, T>,
    beta: T,
    mut y: VecMut<'_, T>,
) {
    assert_eq!(x.len(), n, "hbmv: x has {} elements, A has {n} columns", x.len());
    assert_eq!(y.len(), n, "hbmv: y has {} elements, A has {n} rows", y.len());
    assert!(ldab > k, "hbmv: ldab = {ldab} < k + 1");
    if n == 0 || (alpha.is_zero() && beta == T::one()) {
        return;
    }
    assert!(ab.len() > (n - 1) * ldab + k, "hbmv: band storage too short");
    scale_by_beta(beta, y.rb_mut());
    if alpha.is_zero() {
        return;
    }
    let (uplo, conj) = herm_layout(layout, uplo);
    let s = BandTri { ab: ab.as_ptr(), ldab, k, n, uplo };
    with_dense(x, |xp| {
        with_dense_mut(y, |yp| {
            // SAFETY: the storage holds all `n` band columns; `xp`, `yp` hold `n` elements.
            unsafe { hemv_cols(&s, conj, alpha, 0, n, xp, yp) }
        })
    });
}

/// `y := alpha * A * x + beta * y` for a Hermitian matrix in packed storage
/// (`?hpmv`; `?spmv` for real types): `ap` holds the `uplo` triangle by
/// columns (`ColMajor`) or rows (`RowMajor`), `n(n+1)/2` elements.
pub fn hpmv<T: Scalar>(
    layout: Layout,
    uplo: Uplo,
    alpha: T,
    ap: &[T],
    x: VecRef<'_, T>,
    beta: T,
    mut y: VecMut<'_, T>,
) {
    let n = x.len();
    assert_eq!(y.len(), n, "hpmv: y has {} elements, x has {n}", y.len());
    assert!(ap.len() >= packed_len(n), "hpmv: packed storage too short");
    if n == 0 || (alpha.is_zero() && beta == T::one()) {
        return;
    }
    scale_by_beta(beta, y.rb_mut());
    if alpha.is_zero() {
        return;
    }
    let (uplo, conj) = herm_layout(layout, uplo);
    let s = PackedTri { ap: ap.as_ptr(), n, uplo };
    with_dense(x, |xp| {
        with_dense_mut(y, |yp| {
            // SAFETY: the storage holds the whole triangle; `xp`, `yp` hold `n` elements.
            unsafe { hemv_cols(&s, conj, alpha, 0, n, xp, yp) }
        })
    });
}

/// A Hermitian band or packed matrix stored row-major is the column-major
/// storage of `A^T = conj(A)`, with the other triangle.
pub(super) fn herm_layout(layout: Layout, uplo: Uplo) -> (Uplo, bool) {
    match layout {
        Layout::ColMajor => (uplo, false),
        Layout::RowMajor => (uplo.flip(), true),
    }
}

/// `y := alpha * A * x + beta * y` for a symmetric `A` (`?symv`): [`hemv`]
/// for real types.
pub fn symv<T: RealScalar>(uplo: Uplo, alpha: T, a: MatRef<'_, T>, x: VecRef<'_, T>, beta: T, y: VecMut<'_, T>) {
    hemv(uplo, alpha, a, x, beta, y)
}

/// `y := alpha * A * x + beta * y` for a symmetric band `A` (`?sbmv`):
/// [`hbmv`] for real types.
#[allow(clippy::too_many_arguments)]
pub fn sbmv<T: RealScalar>(
    layout: Layout,
    uplo: Uplo,
    n: usize,
    k: usize,
    alpha: T,
    ab: &[T],
    ldab: usize,
    x: VecRef<'_, T>,
    beta: T,
    y: VecMut<'_, T>,
) {
    hbmv(layout, uplo, n, k, alpha, ab, ldab, x, beta, y)
}

/// `y := alpha * A * x + beta * y` for a symmetric packed `A` (`?spmv`):
/// [`hpmv`] for real types.
pub fn spmv<T: RealScalar>(
    layout: Layout,
    uplo: Uplo,
    alpha: T,
    ap: &[T],
    x: VecRef<'_, T>,
    beta: T,
    y: VecMut<'_, T>,
) {
    hpmv(layout, uplo, alpha, ap, x, beta, y)
}

/// `y += alpha * cj(A) * x` element by element from the stored triangle.
#[cfg(test)]
fn hemv_naive<T: Scalar>(uplo: Uplo, conj: bool, alpha: T, a: MatRef<'_, T>, x: &[T], y: &mut [T]) {
    let n = a.nrows();
    for (i, yi) in y.iter_mut().enumerate().take(n) {
        let mut s = T::zero();
        for (j, xj) in x.iter().enumerate().take(n) {
            let stored = match uplo {
                Uplo::Upper => i <= j,
                Uplo::Lower => i >= j,
            };
            let v = if i == j {
                T::from_real(a.get(i, i).re())
            } else if stored {
                a.get(i, j)
            } else {
                a.get(j, i).conj()
            };
            s += cj(v, conj) * *xj;
        }
        *yi += alpha * s;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scalar::c64;

    #[test]
    fn hemv_matches_naive() {
        for n in [1, 2, 3, 4, 5, 8, 9, 13, 31] {
            let a: Vec<c64> = (0..n * n).map(|k| c64::new((k % 7) as f64 - 3.0, (k % 5) as f64 - 2.0)).collect();
            let x: Vec<c64> = (0..n).map(|k| c64::new(k as f64 * 0.5 - 1.0, 1.0 - k as f64 * 0.25)).collect();
            for uplo in [Uplo::Upper, Uplo::Lower] {
                for row_major in [false, true] {
                    let av = if row_major {
                        // SAFETY: n*n elements.
                        unsafe { MatRef::from_raw_parts(a.as_ptr(), n, n, n as isize, 1) }
                    } else {
                        MatRef::from_col_major(&a, n, n, n)
                    };
                    let alpha = c64::new(0.5, 0.25);
                    let mut y1 = vec![c64::new(1.0, -1.0); n];
                    let mut y2 = y1.clone();
                    hemv(uplo, alpha, av, VecRef::from_slice(&x), c64::new(1.0, 0.0), VecMut::from_slice(&mut y1));
                    hemv_naive(uplo, false, alpha, av, &x, &mut y2);
                    for (p, q) in y1.iter().zip(&y2) {
                        assert!((*p - *q).abs1() < 1e-10, "n={n} {uplo:?} row_major={row_major}: {p} vs {q}");
                    }
                }
            }
        }
    }
}
