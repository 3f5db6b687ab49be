//! General tridiagonal systems: the LU factorization with partial pivoting
//! ([`gttrf`]), the solves with it ([`gttrs`], [`gtts2`]), the one-call
//! solver ([`gtsv`]), the condition estimate ([`gtcon`]), iterative
//! refinement with error bounds ([`gtrfs`]), the expert driver ([`gtsvx`])
//! and the matrix product [`lagtm`].
//!
//! The matrix is held in three vectors: the subdiagonal `dl` (`n - 1`), the
//! diagonal `d` (`n`) and the superdiagonal `du` (`n - 1`). The factors are
//! `A = L U` with `L` unit lower bidiagonal up to the interchanges (the
//! multipliers in `dl`, the interchange of rows `i` and `i + 1` recorded by
//! `ipiv[i] = i + 1`) and `U` upper triangular with two superdiagonals (`d`,
//! `du` and `du2`). Every routine works on `O(n)` data per right-hand side.

// The recurrences read neighbours (i - 1, i + 1) of several arrays at once:
// index loops say that more plainly than zipped iterators.
#![allow(clippy::needless_range_loop)]

use super::{Column, Fact, Strided};
use crate::condition::{
    norm1_estimate, norm1_estimate_on, norm1_estimate_req, take_reals, CondNorm, CondScratch, Product,
};
use crate::relapack::pivots::PivotIndex;
use crate::{Info, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacpy, Part};
use ferroblas_kernels::aux::norms::{langt, Norm};
use ferroblas_kernels::aux::scalars::{div, lamch, Machine};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef, Trans};
use std::ops::ControlFlow;

/// `x` or its conjugate.
#[inline(always)]
fn op<T: Scalar>(conj: bool, x: T) -> T {
    if conj {
        x.conj()
    } else {
        x
    }
}

/// Checks that the off-diagonals are long enough for order `n`.
fn check_lengths<T>(n: usize, dl: &[T], du: &[T], what: &str) {
    let m = n.saturating_sub(1);
    assert!(dl.len() >= m && du.len() >= m, "{what}: dl and du need n - 1 = {m} elements");
}

/// The LU factorization with partial pivoting of the `n x n` tridiagonal
/// matrix with subdiagonal `dl`, diagonal `d` (`n = d.len()`) and
/// superdiagonal `du` (`?gttrf`).
///
/// On return `dl` holds the multipliers of `L`, `d` the diagonal of `U`,
/// `du` its first and `du2` (`n - 2`) its second superdiagonal, and
/// `ipiv[i]` (0-based) the row interchanged with row `i` at step `i`
/// (`i` or `i + 1`).
///
/// `Err(Info::from_index(i))` (INFO = i + 1) when `U[i][i]` is exactly zero,
/// the first such `i`: the factorization is complete, but a solve with it
/// would divide by zero.
pub fn gttrf<T: Scalar, P: PivotIndex>(
    dl: &mut [T],
    d: &mut [T],
    du: &mut [T],
    du2: &mut [T],
    ipiv: &mut [P],
) -> Result<(), Info> {
    let n = d.len();
    if n == 0 {
        return Ok(());
    }
    check_lengths(n, dl, du, "gttrf");
    assert!(du2.len() >= n.saturating_sub(2) && ipiv.len() >= n, "gttrf: du2 needs n - 2 and ipiv n elements");
    for (i, p) in ipiv[..n].iter_mut().enumerate() {
        *p = P::from_row(i);
    }
    du2[..n.saturating_sub(2)].fill(T::zero());
    for i in 0..n - 1 {
        // The reference compares |re| + |im| for complex types.
        if d[i].abs1() >= dl[i].abs1() {
            if !d[i].is_zero() {
                let fact = div(dl[i], d[i]);
                dl[i] = fact;
                d[i + 1] -= fact * du[i];
            }
        } else {
            let fact = div(d[i], dl[i]);
            d[i] = dl[i];
            dl[i] = fact;
            let temp = du[i];
            du[i] = d[i + 1];
            d[i + 1] = temp - fact * d[i + 1];
            if i + 2 < n {
                du2[i] = du[i + 1];
                du[i + 1] = -fact * du[i + 1];
            }
            ipiv[i] = P::from_row(i + 1);
        }
    }
    match d.iter().position(|x| x.is_zero()) {
        Some(i) => Err(Info::from_index(i)),
        None => Ok(()),
    }
}

/// One right-hand side of [`gtts2`].
#[allow(clippy::too_many_arguments)]
fn solve_column<T: Scalar, P: PivotIndex, C: Column<T> + ?Sized>(
    trans: Trans,
    dl: &[T],
    d: &[T],
    du: &[T],
    du2: &[T],
    ipiv: &[P],
    x: &mut C,
) {
    let n = d.len();
    if n == 0 {
        return;
    }
    // Exact lengths let the compiler drop the bounds checks in the loops.
    assert!(x.len() >= n, "a right-hand side is shorter than n");
    let (dl, du, du2, ipiv) = (&dl[..n - 1], &du[..n - 1], &du2[..n.saturating_sub(2)], &ipiv[..n]);
    // Pivots come from `gttrf`: anything but "this row" is an interchange
    // with the next row, so a bad entry cannot index out of range.
    let swapped = |i: usize| ipiv[i].row() != Some(i);
    if trans == Trans::No {
        for i in 0..n - 1 {
            if swapped(i) {
                let (t, next) = (x.at(i), x.at(i + 1));
                x.put(i, next);
                x.put(i + 1, t - dl[i] * next);
            } else {
                x.put(i + 1, x.at(i + 1) - dl[i] * x.at(i));
            }
        }
        // x[i + 1] and x[i + 2] stay in registers: reading them back from
        // memory would put a store-to-load round trip on the recurrence.
        let mut x1 = div(x.at(n - 1), d[n - 1]);
        x.put(n - 1, x1);
        if n > 1 {
            let mut x2 = x1;
            x1 = div(x.at(n - 2) - du[n - 2] * x2, d[n - 2]);
            x.put(n - 2, x1);
            for i in (0..n - 2).rev() {
                let v = div(x.at(i) - du[i] * x1 - du2[i] * x2, d[i]);
                x.put(i, v);
                (x1, x2) = (v, x1);
            }
        }
    } else {
        let c = trans == Trans::ConjTrans;
        x.put(0, div(x.at(0), op(c, d[0])));
        if n > 1 {
            x.put(1, div(x.at(1) - op(c, du[0]) * x.at(0), op(c, d[1])));
        }
        for i in 2..n {
            let s = x.at(i) - op(c, du[i - 1]) * x.at(i - 1) - op(c, du2[i - 2]) * x.at(i - 2);
            x.put(i, div(s, op(c, d[i])));
        }
        for i in (0..n - 1).rev() {
            if swapped(i) {
                let t = x.at(i + 1);
                x.put(i + 1, x.at(i) - op(c, dl[i]) * t);
                x.put(i, t);
            } else {
                x.put(i, x.at(i) - op(c, dl[i]) * x.at(i + 1));
            }
        }
    }
}

/// Solves `op(A) X = B` in place of the `n x nrhs` matrix `b` with the
/// factorization of [`gttrf`] (`?gtts2`, the unblocked solve; `?gttrs`
/// is the same computation): `Trans::No` solves with `A`, `Trans::Trans`
/// with `A^T`, `Trans::ConjTrans` with `A^H`.
///
/// A zero on the diagonal of `U` gives infinite or NaN entries; [`gttrf`]
/// reports it.
#[allow(clippy::too_many_arguments)]
pub fn gtts2<T: Scalar, P: PivotIndex>(
    trans: Trans,
    dl: &[T],
    d: &[T],
    du: &[T],
    du2: &[T],
    ipiv: &[P],
    mut b: MatMut<'_, T>,
) {
    let n = d.len();
    assert_eq!(b.nrows(), n, "gtts2: B has {} rows, not n = {n}", b.nrows());
    if n == 0 {
        return;
    }
    check_lengths(n, dl, du, "gtts2");
    assert!(du2.len() >= n.saturating_sub(2) && ipiv.len() >= n, "gtts2: du2 needs n - 2 and ipiv n elements");
    for j in 0..b.ncols() {
        if b.col_slice_mut(j).is_some() {
            let x = b.col_slice_mut(j).expect("checked");
            solve_column(trans, dl, d, du, du2, ipiv, x);
        } else {
            solve_column(trans, dl, d, du, du2, ipiv, &mut Strided::new(&mut b, j));
        }
    }
}

/// Solves `op(A) X = B` with the factorization of [`gttrf`] (`?gttrs`):
/// [`gtts2`] (the reference's column blocking changes nothing in the
/// arithmetic).
#[allow(clippy::too_many_arguments)]
pub fn gttrs<T: Scalar, P: PivotIndex>(
    trans: Trans,
    dl: &[T],
    d: &[T],
    du: &[T],
    du2: &[T],
    ipiv: &[P],
    b: MatMut<'_, T>,
) {
    gtts2(trans, dl, d, du, du2, ipiv, b);
}

/// The row operations of [`gtsv`]'s elimination, on one contiguous column
/// or on all columns of a matrix.
trait Rows<T> {
    /// The number of rows.
    fn rows(&self) -> usize;
    /// `b[k + 1] -= mult b[k]`.
    fn eliminate(&mut self, k: usize, mult: T);
    /// `(b[k], b[k + 1]) := (b[k + 1], b[k] - mult b[k + 1])`.
    fn swap_eliminate(&mut self, k: usize, mult: T);
}

impl<T: Scalar> Rows<T> for [T] {
    #[inline(always)]
    fn rows(&self) -> usize {
        self.len()
    }
    #[inline(always)]
    fn eliminate(&mut self, k: usize, mult: T) {
        let v = self[k + 1] - mult * self[k];
        self[k + 1] = v;
    }
    #[inline(always)]
    fn swap_eliminate(&mut self, k: usize, mult: T) {
        let (t, next) = (self[k], self[k + 1]);
        self[k] = next;
        self[k + 1] = t - mult * next;
    }
}

impl<T: Scalar> Rows<T> for MatMut<'_, T> {
    fn rows(&self) -> usize {
        self.nrows()
    }
    fn eliminate(&mut self, k: usize, mult: T) {
        for j in 0..self.ncols() {
            let v = self.get(k + 1, j) - mult * self.get(k, j);
            self.set(k + 1, j, v);
        }
    }
    fn swap_eliminate(&mut self, k: usize, mult: T) {
        for j in 0..self.ncols() {
            let (t, next) = (self.get(k, j), self.get(k + 1, j));
            self.set(k, j, next);
            self.set(k + 1, j, t - mult * next);
        }
    }
}

/// [`gtsv`]'s elimination; `Err` as [`gtsv`].
fn gtsv_eliminate<T: Scalar, B: Rows<T> + ?Sized>(
    dl: &mut [T],
    d: &mut [T],
    du: &mut [T],
    b: &mut B,
) -> Result<(), Info> {
    let n = d.len();
    assert!(b.rows() >= n, "gtsv: B is shorter than n");
    let (dl, du) = (&mut dl[..n - 1], &mut du[..n - 1]);
    for k in 0..n - 1 {
        if dl[k].is_zero() {
            // Nothing to eliminate; a zero pivot leaves no unique solution.
            if d[k].is_zero() {
                return Err(Info::from_index(k));
            }
        } else if d[k].abs1() >= dl[k].abs1() {
            let mult = div(dl[k], d[k]);
            d[k + 1] -= mult * du[k];
            b.eliminate(k, mult);
            if k + 2 < n {
                dl[k] = T::zero();
            }
        } else {
            let mult = div(d[k], dl[k]);
            d[k] = dl[k];
            let temp = d[k + 1];
            d[k + 1] = du[k] - mult * temp;
            if k + 2 < n {
                dl[k] = du[k + 1];
                du[k + 1] = -mult * dl[k];
            }
            du[k] = temp;
            b.swap_eliminate(k, mult);
        }
    }
    if d[n - 1].is_zero() {
        return Err(Info::from_index(n - 1));
    }
    Ok(())
}

/// The back substitution of [`gtsv`] with `U` (diagonal `d`, superdiagonals
/// `du` and `du2`) on one column.
fn gtsv_back<T: Scalar, C: Column<T> + ?Sized>(d: &[T], du: &[T], du2: &[T], x: &mut C) {
    let n = d.len();
    assert!(x.len() >= n, "gtsv: a column of B is shorter than n");
    let (du, du2) = (&du[..n - 1], &du2[..n.saturating_sub(2)]);
    // x[k + 1] and x[k + 2] stay in registers (see `solve_column`).
    let mut x1 = div(x.at(n - 1), d[n - 1]);
    x.put(n - 1, x1);
    if n > 1 {
        let mut x2 = x1;
        x1 = div(x.at(n - 2) - du[n - 2] * x2, d[n - 2]);
        x.put(n - 2, x1);
        for k in (0..n - 2).rev() {
            let v = div(x.at(k) - du[k] * x1 - du2[k] * x2, d[k]);
            x.put(k, v);
            (x1, x2) = (v, x1);
        }
    }
}

/// Solves `A X = B` for the `n x n` tridiagonal matrix with subdiagonal
/// `dl`, diagonal `d` (`n = d.len()`) and superdiagonal `du`, by Gaussian
/// elimination with partial pivoting (`?gtsv`); `b` (`n x nrhs`) is
/// overwritten with X.
///
/// On return `d` and `du` hold the diagonal and first superdiagonal of `U`
/// and `dl[..n - 2]` its second superdiagonal (the multipliers are not
/// kept).
///
/// `Err(Info::from_index(i))` (INFO = i + 1) when `U[i][i]` is exactly zero:
/// no solution is computed (`b` is partly transformed).
pub fn gtsv<T: Scalar>(dl: &mut [T], d: &mut [T], du: &mut [T], mut b: MatMut<'_, T>) -> Result<(), Info> {
    let n = d.len();
    assert_eq!(b.nrows(), n, "gtsv: B has {} rows, not n = {n}", b.nrows());
    if n == 0 {
        return Ok(());
    }
    check_lengths(n, dl, du, "gtsv");
    let nrhs = b.ncols();
    if nrhs == 1 && b.col_slice_mut(0).is_some() {
        let x = b.col_slice_mut(0).expect("checked");
        gtsv_eliminate(dl, d, du, x)?;
        gtsv_back(d, du, dl, x);
        return Ok(());
    }
    gtsv_eliminate(dl, d, du, &mut b)?;
    for j in 0..nrhs {
        if b.col_slice_mut(j).is_some() {
            gtsv_back(d, du, dl, b.col_slice_mut(j).expect("checked"));
        } else {
            gtsv_back(d, du, dl, &mut Strided::new(&mut b, j));
        }
    }
    Ok(())
}

/// The workspace [`gtcon`] needs for order `n`.
pub fn gtcon_req<T: Scalar>(n: usize) -> WorkReq {
    norm1_estimate_req::<T>(n)
}

/// The estimate of `1 / (norm(A) norm(inv(A)))` in the 1-norm or the
/// infinity-norm (`norm`) of the tridiagonal matrix A whose factorization
/// from [`gttrf`] is given (`?gtcon`); `anorm` is that norm of A.
///
/// 1 when `n = 0`; 0 when `anorm = 0` or a diagonal entry of `U` is zero.
/// `work` as [`gtcon_req`] says, or the reference's WORK and IWORK (see
/// [`CondScratch`]).
#[allow(clippy::too_many_arguments)]
pub fn gtcon<'w, T: Scalar, P: PivotIndex>(
    norm: CondNorm,
    dl: &[T],
    d: &[T],
    du: &[T],
    du2: &[T],
    ipiv: &[P],
    anorm: T::Real,
    work: impl CondScratch<'w>,
) -> T::Real {
    let n = d.len();
    let (zero, one) = (T::Real::zero(), T::Real::one());
    if n == 0 {
        return one;
    }
    if anorm == zero || d.iter().any(|x| x.is_zero()) {
        return zero;
    }
    let one_norm = norm == CondNorm::One;
    let est = norm1_estimate::<T>(
        n,
        |p, x| {
            // inv(A) for the 1-norm's first product, inv(A)^H for the other.
            let trans = if (p == Product::A) == one_norm { Trans::No } else { Trans::ConjTrans };
            solve_column(trans, dl, d, du, du2, ipiv, x);
            ControlFlow::Continue(())
        },
        work,
    )
    .unwrap_or(zero);
    if est != zero {
        (one / est) / anorm
    } else {
        zero
    }
}

/// `B := alpha op(A) X + beta B` for the `n x n` tridiagonal matrix A
/// (subdiagonal `dl`, diagonal `d`, superdiagonal `du`) and `n x nrhs`
/// matrices `x` and `b` (`?lagtm`).
///
/// As the reference: `alpha` is 1 or -1 (any other value counts as 0, no
/// product), `beta` 0, 1 or -1 (any other value counts as 1).
#[allow(clippy::too_many_arguments)]
pub fn lagtm<T: Scalar>(
    trans: Trans,
    alpha: T::Real,
    dl: &[T],
    d: &[T],
    du: &[T],
    x: MatRef<'_, T>,
    beta: T::Real,
    mut b: MatMut<'_, T>,
) {
    let n = d.len();
    if n == 0 {
        return;
    }
    check_lengths(n, dl, du, "lagtm");
    let nrhs = b.ncols();
    assert!(x.nrows() == n && b.nrows() == n && x.ncols() == nrhs, "lagtm: operand shapes disagree");
    let one = T::Real::one();
    if beta != one {
        for j in 0..nrhs {
            for i in 0..n {
                if beta == T::Real::zero() {
                    b.set(i, j, T::zero());
                } else if beta == -one {
                    b.set(i, j, -b.get(i, j));
                }
            }
        }
    }
    let sign = if alpha == one {
        one
    } else if alpha == -one {
        -one
    } else {
        return;
    };
    let c = trans == Trans::ConjTrans;
    // Row i of op(A): (before[i - 1], d[i], after[i]).
    let (before, after) = if trans == Trans::No { (dl, du) } else { (du, dl) };
    let add = |s: T, t: T| if sign == one { s + t } else { s - t };
    for j in 0..nrhs {
        for i in 0..n {
            let mut s = b.get(i, j);
            if i > 0 {
                s = add(s, op(c, before[i - 1]) * x.get(i - 1, j));
            }
            s = add(s, op(c, d[i]) * x.get(i, j));
            if i + 1 < n {
                s = add(s, op(c, after[i]) * x.get(i + 1, j));
            }
            b.set(i, j, s);
        }
    }
}

/// The workspace [`gtrfs`] needs for order `n`.
pub fn gtrfs_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T>(n).and(WorkReq::new::<T::Real>(n)).and(norm1_estimate_req::<T>(n))
}

/// The componentwise backward error of one column: `max_i |r_i| / w_i`,
/// with the reference's guard for tiny `w_i`.
pub(crate) fn backward_error<T: Scalar>(r: &[T], w: &[T::Real], safe1: T::Real, safe2: T::Real) -> T::Real {
    r.iter().zip(w).fold(T::Real::zero(), |s, (&ri, &wi)| {
        let q = if wi > safe2 { ri.abs1() / wi } else { (ri.abs1() + safe1) / (wi + safe1) };
        s.max(q)
    })
}

/// The reference's refinement constants: `(eps, safe1, safe2)` for `nz`
/// nonzeros per row plus one.
pub(crate) fn refine_constants<R: RealScalar>(nz: usize) -> (R, R, R) {
    let eps = lamch::<R>(Machine::Eps);
    let safe1 = R::from_f64(nz as f64) * lamch::<R>(Machine::SafeMin);
    (eps, safe1, safe1 / eps)
}

/// Iterative refinement of the solutions `x` of `op(A) X = B` for the
/// tridiagonal matrix A (`dl`, `d`, `du`) with its factorization from
/// [`gttrf`] (`dlf`, `df`, `duf`, `du2`, `ipiv`), and error bounds
/// (`?gtrfs`).
///
/// For each column `j`: `berr[j]` receives the componentwise relative
/// backward error, and `ferr[j]` an estimated bound on
/// `max |x_j - xtrue_j| / max |x_j|`. Refinement stops when the backward
/// error is below `eps`, stops halving, or after 5 steps. `work` as
/// [`gtrfs_req`] says, or the reference's WORK and IWORK or RWORK (see
/// [`CondScratch`]).
#[allow(clippy::too_many_arguments)]
pub fn gtrfs<'w, T: Scalar, P: PivotIndex>(
    trans: Trans,
    dl: &[T],
    d: &[T],
    du: &[T],
    dlf: &[T],
    df: &[T],
    duf: &[T],
    du2: &[T],
    ipiv: &[P],
    b: MatRef<'_, T>,
    mut x: MatMut<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    work: impl CondScratch<'w>,
) {
    type R<T> = <T as Scalar>::Real;
    let n = d.len();
    let nrhs = b.ncols();
    assert!(b.nrows() == n && x.nrows() == n && x.ncols() == nrhs, "gtrfs: operand shapes disagree");
    assert!(ferr.len() >= nrhs && berr.len() >= nrhs, "gtrfs: ferr and berr need nrhs elements");
    if n == 0 || nrhs == 0 {
        ferr[..nrhs].fill(R::<T>::zero());
        berr[..nrhs].fill(R::<T>::zero());
        return;
    }
    check_lengths(n, dl, du, "gtrfs");
    let (transn, transt) =
        if trans == Trans::No { (Trans::No, Trans::ConjTrans) } else { (Trans::ConjTrans, Trans::No) };
    let c = trans == Trans::ConjTrans;
    let (before, after) = if trans == Trans::No { (dl, du) } else { (du, dl) };
    let nz = 4;
    let (eps, safe1, safe2) = refine_constants::<R<T>>(nz);
    // The reference's layout: r, then the estimator's v, in WORK; w in WORK
    // (real) or RWORK (complex); r doubles as the estimator's x.
    let (mut work, mut side) = work.into_parts();
    let (r, mut work) = work.take::<T>(n);
    let (w, (mut work, mut side)) = take_reals::<T>(&mut work, &mut side, n);
    let one = R::<T>::one();
    for j in 0..nrhs {
        let mut count = 1;
        let mut lstres = R::<T>::from_f64(3.0);
        loop {
            // r = b - op(A) x; w = |op(A)| |x| + |b|.
            for i in 0..n {
                r[i] = b.get(i, j);
            }
            lagtm(trans, -one, dl, d, du, x.rb().submatrix(0, j, n, 1), one, MatMut::from_col_major(r, n, 1, n));
            for i in 0..n {
                let mut s = b.get(i, j).abs1() + op(c, d[i]).abs1() * x.get(i, j).abs1();
                if i > 0 {
                    s += before[i - 1].abs1() * x.get(i - 1, j).abs1();
                }
                if i + 1 < n {
                    s += after[i].abs1() * x.get(i + 1, j).abs1();
                }
                w[i] = s;
            }
            berr[j] = backward_error(r, w, safe1, safe2);
            if berr[j] > eps && berr[j] + berr[j] <= lstres && count <= 5 {
                solve_column(trans, dlf, df, duf, du2, ipiv, &mut r[..]);
                for i in 0..n {
                    x.set(i, j, x.get(i, j) + r[i]);
                }
                lstres = berr[j];
                count += 1;
            } else {
                break;
            }
        }
        // Estimate the infinity-norm of inv(op(A)) diag(w), w = |r| + nz eps (|op(A)| |x| + |b|).
        let nzeps = R::<T>::from_f64(nz as f64) * eps;
        for i in 0..n {
            let guard = if w[i] > safe2 { R::<T>::zero() } else { safe1 };
            w[i] = r[i].abs1() + nzeps * w[i] + guard;
        }
        let est = norm1_estimate_on::<T>(
            r,
            |p, v| {
                if p == Product::A {
                    solve_column(transt, dlf, df, duf, du2, ipiv, v);
                    v.iter_mut().zip(w.iter()).for_each(|(vi, &wi)| *vi = vi.scale_real(wi));
                } else {
                    v.iter_mut().zip(w.iter()).for_each(|(vi, &wi)| *vi = vi.scale_real(wi));
                    solve_column(transn, dlf, df, duf, du2, ipiv, v);
                }
                ControlFlow::Continue(())
            },
            (work.rb_mut(), side.rb_mut()),
        )
        .unwrap_or(R::<T>::zero());
        let xmax = (0..n).fold(R::<T>::zero(), |m, i| m.max(x.get(i, j).abs1()));
        ferr[j] = if xmax != R::<T>::zero() { est / xmax } else { est };
    }
}

/// The workspace [`gtsvx`] needs for order `n`.
pub fn gtsvx_req<T: Scalar>(n: usize) -> WorkReq {
    gtcon_req::<T>(n).or(gtrfs_req::<T>(n))
}

/// The expert driver for `op(A) X = B` with the `n x n` tridiagonal matrix A
/// (`dl`, `d`, `du`) (`?gtsvx`): factors A into `dlf`, `df`, `duf`, `du2`,
/// `ipiv` with [`gttrf`] unless `fact` is [`Fact::Factored`] (they then hold
/// that factorization already), estimates the reciprocal condition number,
/// solves into `x` (`n x nrhs`) and refines the solution with error bounds
/// `ferr`, `berr` ([`gtrfs`]).
///
/// Returns the reciprocal condition number (the 1-norm one for `Trans::No`,
/// the infinity-norm one otherwise) and the status: `Err(i + 1)` for a zero
/// `U[i][i]` (no solution; rcond = 0), `Err(n + 1)` when rcond is below
/// machine precision (the solution and bounds are computed).
#[allow(clippy::too_many_arguments)]
pub fn gtsvx<T: Scalar, P: PivotIndex>(
    fact: Fact,
    trans: Trans,
    dl: &[T],
    d: &[T],
    du: &[T],
    dlf: &mut [T],
    df: &mut [T],
    duf: &mut [T],
    du2: &mut [T],
    ipiv: &mut [P],
    b: MatRef<'_, T>,
    mut x: MatMut<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    mut work: Workspace<'_>,
) -> (T::Real, Result<(), Info>) {
    let n = d.len();
    if fact == Fact::NotFactored {
        let m = n.saturating_sub(1);
        df[..n].copy_from_slice(d);
        if n > 1 {
            dlf[..m].copy_from_slice(&dl[..m]);
            duf[..m].copy_from_slice(&du[..m]);
        }
        if let Err(info) = gttrf(&mut dlf[..m], &mut df[..n], &mut duf[..m], du2, ipiv) {
            return (T::Real::zero(), Err(info));
        }
    }
    let (norm, cnorm) = if trans == Trans::No { (Norm::One, CondNorm::One) } else { (Norm::Inf, CondNorm::Inf) };
    let anorm = langt(norm, dl, d, du);
    let rcond = gtcon(cnorm, dlf, df, duf, du2, ipiv, anorm, work.rb_mut());
    lacpy(Part::Full, b, x.rb_mut());
    gttrs(trans, dlf, df, duf, du2, ipiv, x.rb_mut());
    gtrfs(trans, dl, d, du, dlf, df, duf, du2, ipiv, b, x, ferr, berr, work);
    let info = if rcond < lamch::<T::Real>(Machine::Eps) { Err(Info::new(n + 1)) } else { Ok(()) };
    (rcond, info)
}
