//! Band linear systems: solve with the band LU factorization (`?gbtrs`),
//! factor and solve (`?gbsv`), and the same for Hermitian positive definite
//! band matrices through the band Cholesky factorization (`?pbtrs`,
//! `?pbsv`). The factorizations themselves are
//! [`relapack::gbtrf`](crate::relapack::gbtrf()) and
//! [`relapack::pbtrf`](crate::relapack::pbtrf()).
//!
//! The solves run one right-hand side at a time along the band (the
//! factors' columns are contiguous in band storage): their work is
//! `O(n (kl + ku) nrhs)`, as much as reading the factors once per column.

use crate::relapack::pivots::{check_pivots, PivotIndex};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::scalars::div;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{MatMut, MatRef, Trans, Uplo};

pub use crate::relapack::gbtrf::{gbtrf, gbtrf_req, gbtrf_with, gbtrf_with_req};
pub use crate::relapack::pbtrf::{pbtrf, pbtrf_req, pbtrf_with, pbtrf_with_req};

/// `x` or its conjugate.
#[inline]
fn op<T: Scalar>(conj: bool, x: T) -> T {
    if conj {
        x.conj()
    } else {
        x
    }
}

/// Solves `op(A) x = b` in place of column `r` of `b` for the `n x n` band
/// triangular `A` with `k` off-diagonals whose `A(i, j)` lies at row
/// `d + i - j` of column `j` of `a` (upper: `d = k`; lower: `d = 0`).
fn tb_solve<T: Scalar>(
    uplo: Uplo,
    trans: Trans,
    k: usize,
    d: usize,
    a: MatRef<'_, T>,
    b: &mut MatMut<'_, T>,
    r: usize,
) {
    let n = a.ncols();
    let conj = trans == Trans::ConjTrans;
    let el = |i: usize, j: usize| op(conj, a.get(d + i - j, j));
    match (uplo, trans == Trans::No) {
        (Uplo::Upper, true) => {
            for j in (0..n).rev() {
                let x = div(b.get(j, r), el(j, j));
                b.set(j, r, x);
                if !x.is_zero() {
                    for i in j.saturating_sub(k)..j {
                        b.set(i, r, b.get(i, r) - el(i, j) * x);
                    }
                }
            }
        }
        (Uplo::Lower, true) => {
            for j in 0..n {
                let x = div(b.get(j, r), el(j, j));
                b.set(j, r, x);
                if !x.is_zero() {
                    for i in j + 1..n.min(j + k + 1) {
                        b.set(i, r, b.get(i, r) - el(i, j) * x);
                    }
                }
            }
        }
        // op(U) is lower: column j of U is row j of op(U).
        (Uplo::Upper, false) => {
            for j in 0..n {
                let s = (j.saturating_sub(k)..j).fold(b.get(j, r), |s, i| s - el(i, j) * b.get(i, r));
                b.set(j, r, div(s, el(j, j)));
            }
        }
        (Uplo::Lower, false) => {
            for j in (0..n).rev() {
                let s = (j + 1..n.min(j + k + 1)).fold(b.get(j, r), |s, i| s - el(i, j) * b.get(i, r));
                b.set(j, r, div(s, el(j, j)));
            }
        }
    }
}

/// [`tb_solve`] on a contiguous right-hand side `x` and a band array `a`
/// with contiguous columns: the same operations, in the same order.
fn tb_solve_slices<T: Scalar>(uplo: Uplo, trans: Trans, k: usize, d: usize, a: MatRef<'_, T>, x: &mut [T]) {
    let n = x.len();
    let conj = trans == Trans::ConjTrans;
    let col = |j: usize| a.col_slice(j).expect("contiguous columns");
    match (uplo, trans == Trans::No) {
        (Uplo::Upper, true) => {
            for j in (0..n).rev() {
                let c = col(j);
                let xj = div(x[j], op(conj, c[d]));
                x[j] = xj;
                if !xj.is_zero() {
                    let lo = j.saturating_sub(k);
                    for (xi, &aij) in x[lo..j].iter_mut().zip(&c[d + lo - j..d]) {
                        *xi -= op(conj, aij) * xj;
                    }
                }
            }
        }
        (Uplo::Lower, true) => {
            for j in 0..n {
                let c = col(j);
                let xj = div(x[j], op(conj, c[d]));
                x[j] = xj;
                if !xj.is_zero() {
                    let hi = n.min(j + k + 1);
                    for (xi, &aij) in x[j + 1..hi].iter_mut().zip(&c[d + 1..]) {
                        *xi -= op(conj, aij) * xj;
                    }
                }
            }
        }
        (Uplo::Upper, false) => {
            for j in 0..n {
                let c = col(j);
                let lo = j.saturating_sub(k);
                let s = x[lo..j].iter().zip(&c[d + lo - j..d]).fold(x[j], |s, (&xi, &aij)| s - op(conj, aij) * xi);
                x[j] = div(s, op(conj, c[d]));
            }
        }
        (Uplo::Lower, false) => {
            for j in (0..n).rev() {
                let c = col(j);
                let hi = n.min(j + k + 1);
                let s = x[j + 1..hi].iter().zip(&c[d + 1..]).fold(x[j], |s, (&xi, &aij)| s - op(conj, aij) * xi);
                x[j] = div(s, op(conj, c[d]));
            }
        }
    }
}

/// Solves `op(A) X = B` in place of the `n x nrhs` matrix `b`, given the band
/// LU factorization of the `n x n` matrix A with `kl` sub- and `ku`
/// superdiagonals from [`gbtrf`] (`lu`, `2 kl + ku + 1` rows or more, and
/// `ipiv`). `Trans::Trans` solves with `A^T`, `Trans::ConjTrans` with `A^H`.
///
/// Panics, before writing anything, when an entry of `ipiv` that the solve
/// reads names no row of A.
pub fn gbtrs<T: Scalar, P: PivotIndex>(
    trans: Trans,
    kl: usize,
    ku: usize,
    lu: MatRef<'_, T>,
    ipiv: &[P],
    mut b: MatMut<'_, T>,
    par: Par,
) {
    let _ = par; // One column at a time: no split to make.
    let n = lu.ncols();
    assert!(lu.nrows() > 2 * kl + ku && b.nrows() == n && ipiv.len() >= n, "gbtrs: operand shapes disagree");
    // The last pivot is never read (it can only be n - 1), nor any when kl = 0.
    let used = if kl > 0 { n.saturating_sub(1) } else { 0 };
    assert!(check_pivots(&ipiv[..used], n).is_ok(), "gbtrs: a pivot names no row of A");
    let kv = kl + ku;
    let conj = trans == Trans::ConjTrans;
    let piv = |j: usize| ipiv[j].row().expect("checked above");
    let contiguous = n == 0 || lu.col_slice(0).is_some();
    for r in 0..b.ncols() {
        if let (true, Some(x)) = (contiguous, b.col_slice_mut(r)) {
            gb_solve_slices(trans, kl, ku, lu, &ipiv[..used], x);
            continue;
        }
        if trans == Trans::No {
            // L is the product of interchanges and unit lower eliminations,
            // one per column, in the order they were made.
            for j in 0..used {
                let p = piv(j);
                let x = b.get(p, r);
                if p != j {
                    b.set(p, r, b.get(j, r));
                    b.set(j, r, x);
                }
                if !x.is_zero() {
                    for s in 1..=kl.min(n - 1 - j) {
                        b.set(j + s, r, b.get(j + s, r) - lu.get(kv + s, j) * x);
                    }
                }
            }
            tb_solve(Uplo::Upper, Trans::No, kv, kv, lu, &mut b, r);
        } else {
            tb_solve(Uplo::Upper, trans, kv, kv, lu, &mut b, r);
            for j in (0..used).rev() {
                let s =
                    (1..=kl.min(n - 1 - j)).fold(b.get(j, r), |s, t| s - op(conj, lu.get(kv + t, j)) * b.get(j + t, r));
                let p = piv(j);
                b.set(j, r, b.get(p, r));
                b.set(p, r, s);
            }
        }
    }
}

/// One right-hand side of [`gbtrs`] on slices (contiguous `x` and band
/// columns): the same operations, in the same order.
fn gb_solve_slices<T: Scalar, P: PivotIndex>(
    trans: Trans,
    kl: usize,
    ku: usize,
    lu: MatRef<'_, T>,
    ipiv: &[P],
    x: &mut [T],
) {
    let n = x.len();
    let kv = kl + ku;
    let conj = trans == Trans::ConjTrans;
    let piv = |j: usize| ipiv[j].row().expect("checked by gbtrs");
    let mult = |j: usize| &lu.col_slice(j).expect("contiguous columns")[kv + 1..=kv + kl.min(n - 1 - j)];
    if trans == Trans::No {
        for j in 0..ipiv.len() {
            let p = piv(j);
            x.swap(j, p);
            let xj = x[j];
            if !xj.is_zero() {
                for (xi, &l) in x[j + 1..].iter_mut().zip(mult(j)) {
                    *xi -= l * xj;
                }
            }
        }
        tb_solve_slices(Uplo::Upper, Trans::No, kv, kv, lu, x);
    } else {
        tb_solve_slices(Uplo::Upper, trans, kv, kv, lu, x);
        for j in (0..ipiv.len()).rev() {
            let s = x[j + 1..].iter().zip(mult(j)).fold(x[j], |s, (&xi, &l)| s - op(conj, l) * xi);
            x[j] = s;
            x.swap(j, piv(j));
        }
    }
}

/// The workspace [`gbsv`] needs: [`gbtrf`]'s for an `n x n` matrix.
pub fn gbsv_req<T: Scalar>(n: usize, kl: usize) -> WorkReq {
    gbtrf_req::<T>(n, n, kl)
}

/// Solves `A X = B` for the `n x n` band matrix A with `kl` sub- and `ku`
/// superdiagonals in `ab` (as [`gbtrf`] takes it) and the `n x nrhs` matrix
/// `b`: factors A in place, then overwrites B with X.
///
/// `Err(Info)` when `U[i][i]` is exactly zero (INFO = i + 1): A is singular,
/// its factors are returned, and B is left unchanged.
#[allow(clippy::too_many_arguments)]
pub fn gbsv<T: Scalar, P: PivotIndex>(
    kl: usize,
    ku: usize,
    mut ab: MatMut<'_, T>,
    ipiv: &mut [P],
    b: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    let n = ab.ncols();
    gbtrf(n, kl, ku, ab.rb_mut(), ipiv, par, work)?;
    gbtrs(Trans::No, kl, ku, ab.rb(), ipiv, b, par);
    Ok(())
}

/// Solves `A X = B` in place of the `n x nrhs` matrix `b`, given the band
/// Cholesky factor of A with `kd` off-diagonals from [`pbtrf`] in the `uplo`
/// band storage `factor` (`kd + 1` rows or more).
pub fn pbtrs<T: Scalar>(uplo: Uplo, kd: usize, factor: MatRef<'_, T>, mut b: MatMut<'_, T>, par: Par) {
    let _ = par; // One column at a time: no split to make.
    let n = factor.ncols();
    assert!(factor.nrows() > kd && b.nrows() == n, "pbtrs: operand shapes disagree");
    let d = if uplo == Uplo::Upper { kd } else { 0 };
    // A = U^H U: solve U^H Y = B, then U X = Y; A = L L^H: L Y = B, L^H X = Y.
    let (first, second) = match uplo {
        Uplo::Upper => (Trans::ConjTrans, Trans::No),
        Uplo::Lower => (Trans::No, Trans::ConjTrans),
    };
    let contiguous = n == 0 || factor.col_slice(0).is_some();
    for r in 0..b.ncols() {
        if let (true, Some(x)) = (contiguous, b.col_slice_mut(r)) {
            tb_solve_slices(uplo, first, kd, d, factor, x);
            tb_solve_slices(uplo, second, kd, d, factor, x);
            continue;
        }
        tb_solve(uplo, first, kd, d, factor, &mut b, r);
        tb_solve(uplo, second, kd, d, factor, &mut b, r);
    }
}

/// The workspace [`pbsv`] needs: [`pbtrf`]'s.
pub fn pbsv_req<T: Scalar>(n: usize, kd: usize) -> WorkReq {
    pbtrf_req::<T>(n, kd)
}

/// Solves `A X = B` for the Hermitian positive definite band matrix A with
/// `kd` off-diagonals in the `uplo` band storage `ab`: factors it in place as
/// [`pbtrf`] does, then overwrites B with X.
///
/// `Err(Info)` as [`pbtrf`]'s (the leading minor of order INFO is not
/// positive definite); B is then left unchanged.
pub fn pbsv<T: Scalar>(
    uplo: Uplo,
    kd: usize,
    mut ab: MatMut<'_, T>,
    b: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    pbtrf(uplo, kd, ab.rb_mut(), par, work)?;
    pbtrs(uplo, kd, ab.rb(), b, par);
    Ok(())
}
