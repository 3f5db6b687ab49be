//! Cholesky factorization with complete (diagonal) pivoting of a Hermitian
//! positive semidefinite matrix (`?pstrf`, `?pstf2`):
//! `P^T A P = U^H U` or `P^T A P = L L^H`, stopping at the numerical rank.
//!
//! Each step picks the largest remaining diagonal of the Schur complement as
//! the pivot. The Schur complement's diagonal is kept implicitly: the
//! original diagonal minus the squared norms of the factor's rows computed so
//! far. The blocked form computes `nb` columns of the factor at a time with
//! matrix-vector products against the current block only, then updates the
//! trailing matrix once per block with HERK; one block covering the whole
//! matrix is the unblocked algorithm (`?pstf2`).

use crate::relapack::level3::Level3;
use crate::relapack::PivotIndex;
use crate::Par;
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::aux::vectors::lacgv;
use ferroblas_kernels::level2::{gemv, Op};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{level1, MatMut, Trans, Uplo};

/// The block size [`pstrf`] uses (the reference's `?potrf` block size).
pub const BLOCK: usize = 64;

/// Real workspace elements [`pstrf`] needs for order `n`: `2 n`.
pub fn pstrf_work_len(n: usize) -> usize {
    2 * n
}

/// Factors the Hermitian positive semidefinite `n x n` matrix whose `uplo`
/// triangle `a` holds as `P^T A P = U^H U` (upper) or `P^T A P = L L^H`
/// (lower) with complete pivoting, blocked; returns the computed rank.
///
/// `piv[k]` records the row and column of A that became row and column `k`
/// (`P[piv[k], k] = 1`). The factorization stops before step `k` when the
/// largest remaining diagonal of the Schur complement is `<= stop` or NaN,
/// with `stop = tol` when `tol >= 0` and `n eps max(diag(A))` when `tol < 0`;
/// that diagonal value is then left in `a[k, k]` and the trailing
/// `(n-k) x (n-k)` triangle holds a partly updated Schur complement. The
/// returned rank is `k` (0 when the largest diagonal of A is not positive or
/// is NaN); LAPACK's INFO is 1 exactly when the rank is below `n`. The other
/// triangle is neither read nor written. `work` holds at least
/// [`pstrf_work_len`]`(n)` reals. `n = 0` returns 0 without touching `piv`.
pub fn pstrf<T: Scalar, P: PivotIndex>(
    uplo: Uplo,
    a: MatMut<'_, T>,
    piv: &mut [P],
    tol: T::Real,
    par: Par,
    work: &mut [T::Real],
) -> usize {
    pstrf_with(uplo, a, piv, tol, BLOCK, par, work)
}

/// [`pstrf`] with block size `nb` chosen by the caller; `nb <= 1` or
/// `nb >= n` is the unblocked algorithm (`?pstf2`).
pub fn pstrf_with<T: Scalar, P: PivotIndex>(
    uplo: Uplo,
    a: MatMut<'_, T>,
    piv: &mut [P],
    tol: T::Real,
    nb: usize,
    par: Par,
    work: &mut [T::Real],
) -> usize {
    let n = a.nrows();
    assert_eq!(a.ncols(), n, "pstrf: the matrix is not square");
    assert!(piv.len() >= n, "pstrf: the pivot array is shorter than n");
    assert!(work.len() >= 2 * n, "pstrf: the workspace is shorter than 2 n");
    if n == 0 {
        return 0;
    }
    let nb = if nb <= 1 || nb >= n { n } else { nb };
    // The upper triangle of A, read transposed, is the lower triangle of
    // conj(A) = A^T; its lower factor conj(L) is U^T, stored in place as U.
    // Pivots and diagonals are unchanged by conjugation.
    let a = match uplo {
        Uplo::Lower => a,
        Uplo::Upper => a.transpose(),
    };
    lower(a, piv, tol, nb, &Level3::new(par), work)
}

/// The first position of the largest non-NaN value (the first position when
/// all are NaN), as Fortran's `MAXLOC` finds it.
fn maxloc<R: RealScalar>(v: &[R]) -> usize {
    let mut best: Option<usize> = None;
    for (i, &x) in v.iter().enumerate() {
        if x.is_nan() {
            continue;
        }
        if best.is_none_or(|b| x > v[b]) {
            best = Some(i);
        }
    }
    best.unwrap_or(0)
}

fn lower<T: Scalar, P: PivotIndex>(
    mut a: MatMut<'_, T>,
    piv: &mut [P],
    tol: T::Real,
    nb: usize,
    l3: &Level3,
    work: &mut [T::Real],
) -> usize {
    let n = a.nrows();
    let zero = <T::Real as Scalar>::zero();
    let one = <T::Real as Scalar>::one();
    for (i, p) in piv.iter_mut().take(n).enumerate() {
        *p = P::from_row(i);
    }
    let (dots, cand) = work[..2 * n].split_at_mut(n);
    // The first pivot: the first largest diagonal element.
    let mut pvt = 0;
    let mut ajj = a.get(0, 0).re();
    for i in 1..n {
        if a.get(i, i).re() > ajj {
            pvt = i;
            ajj = a.get(i, i).re();
        }
    }
    if ajj <= zero || ajj.is_nan() {
        return 0;
    }
    let stop = if tol < zero {
        <T::Real as RealScalar>::from_f64(n as f64) * lamch::<T::Real>(Machine::Eps) * ajj
    } else {
        tol
    };

    let mut k = 0;
    while k < n {
        let jb = nb.min(n - k);
        dots[k..].fill(zero);
        for j in k..k + jb {
            // The remaining diagonal of the Schur complement: the block's
            // columns so far are not yet in the trailing matrix.
            for i in j..n {
                if j > k {
                    let v = a.get(i, j - 1);
                    dots[i] += v.re() * v.re() + v.im() * v.im();
                }
                cand[i] = a.get(i, i).re() - dots[i];
            }
            if j > 0 {
                pvt = j + maxloc(&cand[j..n]);
                ajj = cand[pvt];
                if ajj <= stop || ajj.is_nan() {
                    a.set(j, j, T::from_real(ajj));
                    return j;
                }
            }
            if pvt != j {
                swap_sym(a.rb_mut(), j, pvt);
                dots.swap(j, pvt);
                piv.swap(j, pvt);
            }
            let ajj_sqrt = ajj.sqrt();
            a.set(j, j, T::from_real(ajj_sqrt));
            if j + 1 < n {
                // Column j below the diagonal: subtract the block's earlier
                // columns times conj(row j), then scale.
                let (left, right) = a.rb_mut().split_at_col(j);
                let mut left = left;
                lacgv(left.rb_mut().transpose().col_mut(j).subvec(k, j - k));
                let left = left.into_ref();
                let y = right.col_mut(0).subvec(j + 1, n - j - 1);
                gemv(
                    Op::NoTrans,
                    -T::one(),
                    left.submatrix(j + 1, k, n - j - 1, j - k),
                    left.row(j).subvec(k, j - k),
                    T::one(),
                    y,
                );
                let (left, right) = a.rb_mut().split_at_col(j);
                let mut left = left;
                lacgv(left.rb_mut().transpose().col_mut(j).subvec(k, j - k));
                level1::scal_real(one / ajj_sqrt, right.col_mut(0).subvec(j + 1, n - j - 1));
            }
        }
        if k + jb < n {
            let j = k + jb;
            let (_, _, a21, a22) = a.rb_mut().split_at(j, j);
            let a21 = a21.into_ref().submatrix(0, k, n - j, jb);
            l3.herk(Uplo::Lower, Trans::No, -one, a21, one, a22);
        }
        k += jb;
    }
    n
}

/// Swaps rows and columns `j < p` of the Hermitian matrix whose lower
/// triangle `a` holds, the diagonal `a[j, j]` moving to `a[p, p]` (the new
/// `a[j, j]` is set by the caller).
fn swap_sym<T: Scalar>(mut a: MatMut<'_, T>, j: usize, p: usize) {
    let n = a.nrows();
    a.set(p, p, a.get(j, j));
    // Rows j and p left of column j.
    for c in 0..j {
        let t = a.get(j, c);
        a.set(j, c, a.get(p, c));
        a.set(p, c, t);
    }
    // Columns j and p below row p.
    for r in p + 1..n {
        let t = a.get(r, j);
        a.set(r, j, a.get(r, p));
        a.set(r, p, t);
    }
    // Between: a[i, j] (column j) and a[p, i] (row p) trade places, each
    // crossing the diagonal, hence conjugated.
    for i in j + 1..p {
        let t = a.get(i, j).conj();
        a.set(i, j, a.get(p, i).conj());
        a.set(p, i, t);
    }
    a.set(p, j, a.get(p, j).conj());
}

#[cfg(test)]
mod tests;
