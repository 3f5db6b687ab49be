//! Linear systems through the LU factorization: solve (`?getrs`), factor and
//! solve (`?gesv`), invert (`?getri`). The factorization itself is
//! [`relapack::getrf`](crate::relapack::getrf()).

use crate::relapack::level3::Level3;
use crate::relapack::pivots::{check_pivots, swap_rows, PivotIndex};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, MatRef, Side, Trans, Uplo};

pub use crate::relapack::getrf::{getrf, getrf_with};

/// Solves `op(A) X = B` in place of the `n x nrhs` matrix `b`, given the LU
/// factorization `P A = L U` of the `n x n` matrix A from [`getrf`] (`lu`
/// and `ipiv`). `Trans::Trans` solves with `A^T`, `Trans::ConjTrans` with `A^H`.
///
/// Panics, before writing anything, when an entry of `ipiv` names no row of A.
pub fn getrs<T: Scalar, P: PivotIndex>(trans: Trans, lu: MatRef<'_, T>, ipiv: &[P], mut b: MatMut<'_, T>, par: Par) {
    let n = lu.nrows();
    assert!(lu.ncols() == n && b.nrows() == n && ipiv.len() >= n, "getrs: operand shapes disagree");
    assert!(check_pivots(&ipiv[..n], n).is_ok(), "getrs: a pivot names no row of A");
    if n == 0 || b.ncols() == 0 {
        return;
    }
    let l3 = Level3::new(par);
    let ipiv = &ipiv[..n];
    if trans == Trans::No {
        swap_rows(b.rb_mut(), 0, ipiv, 0, false);
        l3.trsm(Side::Left, Uplo::Lower, Trans::No, Diag::Unit, T::one(), lu, b.rb_mut());
        l3.trsm(Side::Left, Uplo::Upper, Trans::No, Diag::NonUnit, T::one(), lu, b);
    } else {
        l3.trsm(Side::Left, Uplo::Upper, trans, Diag::NonUnit, T::one(), lu, b.rb_mut());
        l3.trsm(Side::Left, Uplo::Lower, trans, Diag::Unit, T::one(), lu, b.rb_mut());
        swap_rows(b, 0, ipiv, 0, true);
    }
}

/// Solves `A X = B` for the `n x n` matrix `a` and the `n x nrhs` matrix `b`:
/// factors A in place as [`getrf`] does, then overwrites B with X.
///
/// `Err(Info)` when `U[i][i]` is exactly zero (INFO = i + 1): A is singular,
/// its factors are returned, and B is left unchanged.
pub fn gesv<T: Scalar, P: PivotIndex>(
    mut a: MatMut<'_, T>,
    ipiv: &mut [P],
    b: MatMut<'_, T>,
    par: Par,
) -> Result<(), Info> {
    getrf(a.rb_mut(), ipiv, par)?;
    getrs(Trans::No, a.rb(), ipiv, b, par);
    Ok(())
}

/// Columns of `L` handled per GEMM step in [`getri`] when the workspace
/// allows (the reference's block size for `?getri`).
pub const GETRI_BLOCK: usize = 64;

/// The workspace [`getri`] needs for an `n x n` matrix: one column of `n`
/// elements at least; [`getri_req_optimal`] lets it work on blocks.
pub fn getri_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T>(n.max(1))
}

/// The workspace with which [`getri`] runs blocked: `n * 64` elements.
pub fn getri_req_optimal<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T>((n * GETRI_BLOCK).max(1))
}

/// Replaces the LU factorization of the `n x n` matrix A in `a` (from
/// [`getrf`], with its `ipiv`) by `inv(A)`: it inverts U, then solves
/// `inv(A) L = inv(U)` for `inv(A)` from the right, a block of columns of L
/// at a time (as wide as the workspace allows, up to [`GETRI_BLOCK`]), and
/// undoes the column interchanges.
///
/// `Err(Info)` when `U[i][i]` is exactly zero (INFO = i + 1): A is singular
/// and `a` is left unchanged.
pub fn getri<T: Scalar, P: PivotIndex>(
    a: MatMut<'_, T>,
    ipiv: &[P],
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    getri_with(a, ipiv, par, work, GETRI_BLOCK)
}

/// [`getri`] with at most `block` columns per step (the C ABI passes the
/// block size `ilaenv_` gives, so that test programs sweeping it reach every
/// block edge).
pub fn getri_with<T: Scalar, P: PivotIndex>(
    mut a: MatMut<'_, T>,
    ipiv: &[P],
    par: Par,
    mut work: Workspace<'_>,
    block: usize,
) -> Result<(), Info> {
    let n = a.nrows();
    assert!(a.ncols() == n && ipiv.len() >= n, "getri: operand shapes disagree");
    assert!(check_pivots(&ipiv[..n], n).is_ok(), "getri: a pivot names no column of A");
    if n == 0 {
        return Ok(());
    }
    crate::relapack::trtri(Uplo::Upper, Diag::NonUnit, a.rb_mut(), par)?;
    let elems = work.remaining() / std::mem::size_of::<T>();
    let nb = (elems.saturating_sub(std::mem::align_of::<T>()) / n).clamp(1, block.clamp(1, n));
    let (w, _) = work.take::<T>(n * nb);
    let l3 = Level3::new(par);
    // Blocks of nb columns from the right; the last block may be narrower so
    // that every other block starts at a multiple of nb.
    let mut j_end = n;
    while j_end > 0 {
        let j0 = if j_end == n { (n - 1) / nb * nb } else { j_end - nb };
        let jb = j_end - j0;
        // Move the strictly lower part of L's columns j0..j_end into W
        // (n x jb, leading dimension n) and zero it in A.
        let mut wv = MatMut::from_col_major(&mut w[..n * jb], n, jb, n);
        for jj in 0..jb {
            let j = j0 + jj;
            for i in 0..n {
                let v = if i > j { a.get(i, j) } else { T::zero() };
                wv.set(i, jj, v);
                if i > j {
                    a.set(i, j, T::zero());
                }
            }
        }
        // A[:, j0..j_end] -= A[:, j_end..] W[j_end.., :], then solve with the
        // unit lower triangle W[j0..j_end, :] from the right.
        let (left, right) = a.rb_mut().split_at_col(j_end);
        let (_, mut cur) = left.split_at_col(j0);
        if j_end < n {
            let wb = wv.rb().submatrix(j_end, 0, n - j_end, jb);
            l3.gemm(Trans::No, Trans::No, -T::one(), right.rb(), wb, T::one(), cur.rb_mut());
        }
        let tri = wv.rb().submatrix(j0, 0, jb, jb);
        l3.trsm(Side::Right, Uplo::Lower, Trans::No, Diag::Unit, T::one(), tri, cur);
        j_end = j0;
    }
    // inv(A) = inv(U) inv(L) P: undo the interchanges on the columns, last first.
    swap_rows(a.transpose(), 0, &ipiv[..n], 0, true);
    Ok(())
}
