//! General matrix-vector products: `gemv` (dense) and `gbmv` (band).

use super::par::{self, part, parts, threads_for, Shared, TASKS_PER_THREAD};
use super::scratch::{with_col_major, with_dense, with_dense_mut};
use super::{scale_by_beta, Layout, Op};
use crate::scalar::Scalar;
use crate::views::{MatRef, VecMut, VecRef};

/// Rows of `y` one call of the `N` kernel updates: its slice of `y` stays in
/// L1 while the kernel streams the columns of `A` past it.
const GEMV_N_ROW_BLOCK_BYTES: usize = 64 * 1024;

/// `y := alpha * op(A) * x + beta * y` (`?gemv`), where `op(A)` is `A`, `A^T`,
/// `A^H` or `conj(A)`.
///
/// `x` has as many elements as `op(A)` has columns and `y` as many as it has
/// rows. As in the reference, nothing happens when `A` has no rows or no
/// columns or when `alpha = 0` and `beta = 1`; `y := beta*y` comes first and
/// does not read `y` when `beta = 0`.
pub fn gemv<T: Scalar>(op: impl Into<Op>, alpha: T, a: MatRef<'_, T>, x: VecRef<'_, T>, beta: T, mut y: VecMut<'_, T>) {
    let op = op.into();
    let e = if op.is_trans() { a.transpose() } else { a };
    assert_eq!(x.len(), e.ncols(), "gemv: x has {} elements, op(A) has {} columns", x.len(), e.ncols());
    assert_eq!(y.len(), e.nrows(), "gemv: y has {} elements, op(A) has {} rows", y.len(), e.nrows());
    if e.nrows() == 0 || e.ncols() == 0 || (alpha.is_zero() && beta == T::one()) {
        return;
    }
    scale_by_beta(beta, y.rb_mut());
    if alpha.is_zero() {
        return;
    }
    gemv_update(alpha, e, op.is_conj(), x, y);
}

/// `y += alpha * cj(e) * x` for any strides of `e`: the `N` kernel when its
/// columns are contiguous, the `T` kernel on `e^T` when its rows are, and a
/// column-major copy otherwise.
pub(super) fn gemv_update<T: Scalar>(alpha: T, e: MatRef<'_, T>, conj: bool, x: VecRef<'_, T>, y: VecMut<'_, T>) {
    if e.row_stride() == 1 {
        gemv_cols(alpha, e, conj, x, y);
    } else if e.col_stride() == 1 {
        gemv_rows(alpha, e.transpose(), conj, x, y);
    } else {
        with_col_major(e, |e| gemv_cols(alpha, e, conj, x, y));
    }
}

/// `y += alpha * cj(b) * x` with `b` column-major (unit row stride). Large
/// problems split the rows of `y` among threads.
fn gemv_cols<T: Scalar>(alpha: T, b: MatRef<'_, T>, conj: bool, x: VecRef<'_, T>, y: VecMut<'_, T>) {
    let (m, n) = (b.nrows(), b.ncols());
    let block = (GEMV_N_ROW_BLOCK_BYTES / core::mem::size_of::<T>()).max(64);
    let kern = T::kernels().l2.gemv_n;
    let nt = threads_for(m * n);
    with_dense_mut(y, |yp| {
        let yp = Shared(yp);
        // Rows r0..r1, in blocks that keep their part of y in L1.
        let rows = |r0: usize, r1: usize| {
            let mut i0 = r0;
            while i0 < r1 {
                let mb = block.min(r1 - i0);
                // SAFETY: rows `i0..i0+mb` of `b` (unit row stride, `n` columns)
                // and of the contiguous `y` exist; `x` has `n` elements at its
                // increment; tasks own disjoint rows.
                unsafe {
                    kern(mb, n, alpha, b.ptr_at(i0, 0), b.col_stride(), x.as_ptr(), x.inc(), yp.get().add(i0), conj)
                };
                i0 += mb;
            }
        };
        // One slab of rows per thread: thinner slabs would cut every column
        // into short runs that stream from memory less well.
        let tasks = parts(m, nt, 64);
        par::for_each(tasks, nt, |k| {
            let (r0, r1) = part(m, nt, 64, k);
            rows(r0, r1)
        });
    });
}

/// `y += alpha * cj(b)^T * x` with `b` column-major: one dot product per
/// element of `y`. Large problems split the elements of `y` among threads.
fn gemv_rows<T: Scalar>(alpha: T, b: MatRef<'_, T>, conj: bool, x: VecRef<'_, T>, mut y: VecMut<'_, T>) {
    let (m, n) = (b.nrows(), b.ncols());
    let kern = T::kernels().l2.gemv_t;
    let (yp, incy) = (Shared(y.as_mut_ptr()), y.inc());
    let nt = threads_for(m * n);
    with_dense(x, |xp| {
        let xp = Shared(xp as *mut T);
        let nparts = if nt > 1 { nt * TASKS_PER_THREAD } else { 1 };
        let tasks = parts(n, nparts, 8);
        par::for_each(tasks, nt, |k| {
            let (c0, c1) = part(n, nparts, 8, k);
            // SAFETY: `b` is `m x n` with unit row stride, `x` holds `m`
            // contiguous elements, `y` holds `n` at its increment; tasks own
            // disjoint elements of `y`.
            unsafe {
                kern(
                    m,
                    c1 - c0,
                    alpha,
                    b.ptr_at(0, c0),
                    b.col_stride(),
                    xp.get(),
                    yp.get().offset(c0 as isize * incy),
                    incy,
                    conj,
                )
            };
        });
    });
}

/// `y := alpha * op(A) * x + beta * y` for an `m x n` band matrix `A` with
/// `kl` sub- and `ku` superdiagonals (`?gbmv`).
///
/// In `ColMajor` layout, `A(i, j)` is `ab[(ku + i - j) + j * ldab]` (the
/// Fortran band storage); in `RowMajor`, `ab[i * ldab + (kl + j - i)]` (CBLAS).
/// `ldab >= kl + ku + 1`. Quick returns and `beta` as in [`gemv`].
#[allow(clippy::too_many_arguments)]
pub fn gbmv<T: Scalar>(
    layout: Layout,
    op: impl Into<Op>,
    m: usize,
    n: usize,
    kl: usize,
    ku: usize,
    alpha: T,
    ab: &[T],
    ldab: usize,
    x: VecRef<'_, T>,
    beta: T,
    mut y: VecMut<'_, T>,
) {
    let mut op = op.into();
    let (mut m, mut n, mut kl, mut ku) = (m, n, kl, ku);
    if layout == Layout::RowMajor {
        // Row-major storage of A is the column-major band storage of A^T.
        (m, n, kl, ku) = (n, m, ku, kl);
        op = op.transposed();
    }
    let (leny, lenx) = if op.is_trans() { (n, m) } else { (m, n) };
    assert_eq!(x.len(), lenx, "gbmv: x has {} elements, op(A) has {lenx} columns", x.len());
    assert_eq!(y.len(), leny, "gbmv: y has {} elements, op(A) has {leny} rows", y.len());
    assert!(ldab > kl + ku, "gbmv: ldab = {ldab} < kl + ku + 1");
    if m == 0 || n == 0 || (alpha.is_zero() && beta == T::one()) {
        return;
    }
    assert!(ab.len() > (n - 1) * ldab + kl + ku, "gbmv: band storage too short");
    scale_by_beta(beta, y.rb_mut());
    if alpha.is_zero() {
        return;
    }
    let conj = op.is_conj();
    let l2 = &T::kernels().l2;
    // Column j holds rows max(0, j-ku) .. min(m, j+kl+1), contiguous from
    // ab[(ku + i0 - j) + j*ldab].
    let rows = |j: usize| (j.saturating_sub(ku), m.min(j + kl + 1));
    if !op.is_trans() {
        with_dense_mut(y, |yp| {
            for j in 0..n {
                let (i0, i1) = rows(j);
                if i0 >= i1 {
                    continue;
                }
                // SAFETY: `j < n = x.len()`.
                let t = alpha * unsafe { x.get_unchecked(j) };
                let seg = &ab[ku + i0 - j + j * ldab..ku + i1 - j + j * ldab];
                // SAFETY: `seg` and rows `i0..i1` of the contiguous `y` hold `i1 - i0` elements.
                unsafe { (l2.axpyc)(i1 - i0, t, seg.as_ptr(), yp.add(i0), conj) };
            }
        });
    } else {
        let (yp, incy) = (y.as_mut_ptr(), y.inc());
        with_dense(x, |xp| {
            for j in 0..n {
                let (i0, i1) = rows(j);
                if i0 >= i1 {
                    continue;
                }
                let seg = &ab[ku + i0 - j + j * ldab..ku + i1 - j + j * ldab];
                // SAFETY: one column of `i1 - i0` elements against the same rows
                // of the contiguous `x`; element `j` of `y` exists.
                unsafe {
                    (l2.gemv_t)(i1 - i0, 1, alpha, seg.as_ptr(), 0, xp.add(i0), yp.offset(j as isize * incy), 0, conj)
                };
            }
        });
    }
}

/// `y += alpha * cj(e) * x` element by element, for tests of the kernels.
#[cfg(test)]
pub(super) fn gemv_naive<T: Scalar>(alpha: T, e: MatRef<'_, T>, conj: bool, x: VecRef<'_, T>, mut y: VecMut<'_, T>) {
    for i in 0..e.nrows() {
        let mut s = T::zero();
        for j in 0..e.ncols() {
            s += super::cj(e.get(i, j), conj) * x.get(j);
        }
        y.set(i, y.get(i) + alpha * s);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scalar::c64;

    fn val(k: usize) -> f64 {
        ((k * 7919 % 113) as f64 - 56.0) / 16.0
    }

    #[test]
    fn gemv_matches_naive_for_both_layouts() {
        for &(m, n) in &[(1, 1), (3, 5), (17, 9), (33, 40), (70, 3)] {
            let a: Vec<c64> = (0..m * n).map(|k| c64::new(val(k), val(k + 5))).collect();
            let x: Vec<c64> = (0..n.max(m)).map(|k| c64::new(val(k + 11), val(k + 3))).collect();
            for op in [Op::NoTrans, Op::Trans, Op::ConjTrans, Op::Conj] {
                for row_major in [false, true] {
                    let av = if row_major {
                        // A stored row-major: a (m x n) with strides (n, 1).
                        // SAFETY: m*n elements.
                        unsafe { MatRef::from_raw_parts(a.as_ptr(), m, n, n as isize, 1) }
                    } else {
                        MatRef::from_col_major(&a, m, n, m)
                    };
                    let (ly, lx) = if op.is_trans() { (n, m) } else { (m, n) };
                    let xv = VecRef::from_slice(&x[..lx]);
                    let mut y1: Vec<c64> = (0..ly).map(|k| c64::new(val(k + 1), 0.5)).collect();
                    let mut y2 = y1.clone();
                    let alpha = c64::new(0.75, -0.25);
                    gemv(op, alpha, av, xv, c64::new(1.0, 0.0), VecMut::from_slice(&mut y1));
                    let e = if op.is_trans() { av.transpose() } else { av };
                    gemv_naive(alpha, e, op.is_conj(), xv, VecMut::from_slice(&mut y2));
                    for (p, q) in y1.iter().zip(&y2) {
                        assert!((*p - *q).abs1() < 1e-10, "m={m} n={n} {op:?} row_major={row_major}");
                    }
                }
            }
        }
    }
}
