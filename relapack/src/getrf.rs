//! LU factorization with partial pivoting, `P A = L U` (`?getrf`, `?getrf2`,
//! `?getf2`), the recursive way.
//!
//! The columns are split near the middle: the left half is factored
//! recursively, its row interchanges applied to the right half, the right
//! half's top block solved with the unit lower triangle (TRSM), the rest
//! updated with one GEMM and factored recursively. Below a crossover the
//! panel is factored column by column. The recursion depth is `log2(n)`, its
//! frames a few words; nothing is allocated.

use crate::common::{Info, Par};
use crate::level3::Level3;
use crate::pivots::{swap_rows, PivotIndex};
use crate::scalar_ops::{modulus_at_least, recip, sfmin, split};
use ferroblas_kernels::aux::scalars::div;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, Side, Trans, Uplo};

/// Columns factored without a further split inside the recursion: narrow
/// leaves put more of the work into GEMM, which at these sizes outruns the
/// column-by-column loops (measured: 5-15% faster at n = 32 to 200 than
/// leaves of 16 columns).
pub const CROSSOVER: usize = 8;

/// A matrix this narrow is factored as one panel, without recursion: below
/// it the GEMM and TRSM calls of a split cost more than they save.
pub const WHOLE_PANEL: usize = 16;

/// Factors the `m x n` matrix `a` as `P A = L U`: `L` unit lower triangular
/// (trapezoidal when `m > n`) below the diagonal, `U` upper triangular
/// (trapezoidal when `m < n`) on and above it. `ipiv[i]` (`min(m, n)`
/// entries) is the row swapped with row `i` at step `i`.
///
/// `Err(Info)` at the first exactly zero pivot `U[i][i]` (INFO = i + 1); the
/// factorization is still completed, as LAPACK's is, and `U` is singular.
/// Pivots are chosen by the largest `|re| + |im|`, as the reference does.
pub fn getrf<T: Scalar, P: PivotIndex>(a: MatMut<'_, T>, ipiv: &mut [P], par: Par) -> Result<(), Info> {
    // Decided by the shape alone, so neither the machine nor the thread
    // count changes the result.
    let nb = if a.ncols() <= WHOLE_PANEL { WHOLE_PANEL } else { CROSSOVER };
    getrf_with(a, ipiv, par, nb)
}

/// [`getrf`] with the recursion's crossover chosen by the caller (tests set it
/// to 1 to force the deepest recursion).
pub fn getrf_with<T: Scalar, P: PivotIndex>(
    a: MatMut<'_, T>,
    ipiv: &mut [P],
    par: Par,
    crossover: usize,
) -> Result<(), Info> {
    let k = a.nrows().min(a.ncols());
    assert!(ipiv.len() >= k, "getrf: ipiv has {} entries, needs {k}", ipiv.len());
    match recurse(a, &mut ipiv[..k], &Level3::new(par), crossover.max(1)) {
        Some(i) => Err(Info::from_index(i)),
        None => Ok(()),
    }
}

/// Factors `a` in place; returns the first zero pivot (0-based).
fn recurse<T: Scalar, P: PivotIndex>(a: MatMut<'_, T>, ipiv: &mut [P], l3: &Level3, nb: usize) -> Option<usize> {
    let (m, n) = (a.nrows(), a.ncols());
    if m == 0 || n == 0 {
        return None;
    }
    if n > m {
        // Wide: factor the leading square, then solve for the rest of U.
        let (mut left, mut right) = a.split_at_col(m);
        let info = recurse(left.rb_mut(), ipiv, l3, nb);
        swap_rows(right.rb_mut(), 0, ipiv, 0, false);
        l3.trsm(Side::Left, Uplo::Lower, Trans::No, Diag::Unit, T::one(), left.rb(), right);
        return info;
    }
    if n <= nb {
        return panel(a, ipiv);
    }
    let n1 = split(n);
    let (mut left, mut right) = a.split_at_col(n1);
    let (piv1, piv2) = ipiv.split_at_mut(n1);
    let info1 = recurse(left.rb_mut(), piv1, l3, nb);
    swap_rows(right.rb_mut(), 0, piv1, 0, false);
    let (a11, a21) = left.rb_mut().split_at_row(n1);
    let (mut a12, a22) = right.split_at_row(n1);
    l3.trsm(Side::Left, Uplo::Lower, Trans::No, Diag::Unit, T::one(), a11.rb(), a12.rb_mut());
    let mut a22 = a22;
    l3.gemm(Trans::No, Trans::No, -T::one(), a21.rb(), a12.rb(), T::one(), a22.rb_mut());
    let info2 = recurse(a22, piv2, l3, nb);
    // The bottom half's pivots are relative to row n1: apply them to the
    // left columns below row n1, then make them relative to row 0.
    swap_rows(a21, 0, piv2, 0, false);
    for p in piv2.iter_mut() {
        *p = P::from_row(p.row().expect("a pivot of our own") + n1);
    }
    info1.or(info2.map(|i| i + n1))
}

/// Factors an `m x n` panel (`n <= m`, `n` small) column by column: pivot
/// search, interchange across the panel, scaling, rank-1 update.
fn panel<T: Scalar, P: PivotIndex>(mut a: MatMut<'_, T>, ipiv: &mut [P]) -> Option<usize> {
    let (m, n) = (a.nrows(), a.ncols());
    let small = sfmin::<T::Real>();
    let mut info = None;
    let contiguous = a.rb().col_slice(0).is_some();
    for j in 0..n {
        // Pivot: the first largest |re| + |im| on or below the diagonal.
        let p = if contiguous {
            let col = a.rb().col_slice(j).expect("contiguous columns");
            argmax(&col[j..]) + j
        } else {
            let mut best = (j, a.get(j, j).abs1());
            for i in j + 1..m {
                let v = a.get(i, j).abs1();
                if v > best.1 {
                    best = (i, v);
                }
            }
            best.0
        };
        ipiv[j] = P::from_row(p);
        let piv = a.get(p, j);
        if piv.is_zero() {
            info.get_or_insert(j);
            // Nothing to eliminate with; the column below stays as it is.
        } else {
            if p != j {
                for c in 0..n {
                    match a.col_slice_mut(c) {
                        Some(col) => col.swap(j, p),
                        None => {
                            let x = a.get(j, c);
                            a.set(j, c, a.get(p, c));
                            a.set(p, c, x);
                        }
                    }
                }
            }
            scale_below(a.rb_mut(), j, piv, small);
        }
        // Rank-1 update of the trailing panel: A[j+1.., c] -= A[j+1.., j] A[j, c].
        let (left, mut right) = a.rb_mut().split_at_col(j + 1);
        let left = left.into_ref();
        match left.col_slice(j) {
            Some(l) => {
                let l = &l[j + 1..];
                for c in 0..right.ncols() {
                    let col = right.col_slice_mut(c).expect("contiguous columns");
                    let t = col[j];
                    if !t.is_zero() {
                        for (x, &li) in col[j + 1..].iter_mut().zip(l) {
                            *x -= li * t;
                        }
                    }
                }
            }
            None => {
                for c in 0..right.ncols() {
                    let t = right.get(j, c);
                    if !t.is_zero() {
                        for i in j + 1..m {
                            right.set(i, c, right.get(i, c) - left.get(i, j) * t);
                        }
                    }
                }
            }
        }
    }
    info
}

/// Divides the column below the pivot `piv = A[j][j]` by it: by one
/// multiplication with its reciprocal, unless the reciprocal would overflow.
fn scale_below<T: Scalar>(mut a: MatMut<'_, T>, j: usize, piv: T, small: T::Real) {
    let by_recip = modulus_at_least(piv, small);
    let r = recip(piv);
    let op = |x: T| if by_recip { x * r } else { div(x, piv) };
    match a.col_slice_mut(j) {
        Some(col) => col[j + 1..].iter_mut().for_each(|x| *x = op(*x)),
        None => {
            for i in j + 1..a.nrows() {
                a.set(i, j, op(a.get(i, j)));
            }
        }
    }
}

/// Index of the first largest `|re| + |im|`, as the reference's `i?amax`
/// finds it: a NaN never compares larger, so the index is always in range.
fn argmax<T: Scalar>(x: &[T]) -> usize {
    let mut best = 0;
    let mut max = x[0].abs1();
    for (i, v) in x.iter().enumerate().skip(1) {
        let v = v.abs1();
        if v > max {
            best = i;
            max = v;
        }
    }
    best
}
