//! Hermitian (real: symmetric) positive definite tridiagonal systems, in
//! the factored form `A = L D L^H` (equivalently `U^H D U` with `U = L^H`):
//! the factorization ([`pttrf`]), the solves ([`pttrs`], [`ptts2`]), the
//! one-call solver ([`ptsv`]), the condition number ([`ptcon`]), iterative
//! refinement with error bounds ([`ptrfs`]) and the expert driver
//! ([`ptsvx`]).
//!
//! The matrix is its real diagonal `d` (`n`) and its off-diagonal `e`
//! (`n - 1`, complex for complex types): the subdiagonal for
//! [`Uplo::Lower`], the superdiagonal for [`Uplo::Upper`]. For real types
//! the two are the same matrix.

// The recurrences read neighbours (i - 1, i + 1) of several arrays at once:
// index loops say that more plainly than zipped iterators.
#![allow(clippy::needless_range_loop)]

use super::general::{backward_error, refine_constants};
use super::{Column, Fact, Strided};
use crate::condition::{take_reals, CondScratch};
use crate::{Info, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacpy, Part};
use ferroblas_kernels::aux::norms::{lanst, Norm};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef, Uplo};

/// `|x|`, the modulus for complex types.
#[inline(always)]
fn modulus<T: Scalar>(x: T) -> T::Real {
    if T::IS_COMPLEX {
        x.re().hypot(x.im())
    } else {
        x.re().abs()
    }
}

/// `x / r` for a real `r`, part by part.
#[inline(always)]
fn div_real<T: Scalar>(x: T, r: T::Real) -> T {
    if T::IS_COMPLEX {
        T::from_parts(x.re() / r, x.im() / r)
    } else {
        T::from_real(x.re() / r)
    }
}

fn check_lengths<T>(n: usize, e: &[T], what: &str) {
    assert!(e.len() + 1 >= n, "{what}: e needs n - 1 = {} elements", n.saturating_sub(1));
}

/// The `L D L^H` factorization of the `n x n` Hermitian positive definite
/// tridiagonal matrix with diagonal `d` (`n = d.len()`) and subdiagonal `e`
/// (`?pttrf`): `d` is overwritten with `D` and `e` with the subdiagonal of
/// the unit lower bidiagonal `L` (which is also `U = L^H`'s superdiagonal,
/// conjugated, for the `U^H D U` form).
///
/// `Err(Info::from_index(i))` (INFO = i + 1) when the leading minor of order
/// `i + 1` is not positive (`D[i] <= 0`); the factorization stopped there.
pub fn pttrf<T: Scalar>(d: &mut [T::Real], e: &mut [T]) -> Result<(), Info> {
    let n = d.len();
    if n == 0 {
        return Ok(());
    }
    check_lengths(n, e, "pttrf");
    let e = &mut e[..n - 1];
    let zero = T::Real::zero();
    for i in 0..n - 1 {
        if d[i] <= zero {
            return Err(Info::from_index(i));
        }
        let ei = e[i];
        if T::IS_COMPLEX {
            let (f, g) = (ei.re() / d[i], ei.im() / d[i]);
            e[i] = T::from_parts(f, g);
            d[i + 1] = d[i + 1] - f * ei.re() - g * ei.im();
        } else {
            let f = ei.re() / d[i];
            e[i] = T::from_real(f);
            d[i + 1] -= f * ei.re();
        }
    }
    if d[n - 1] <= zero {
        return Err(Info::from_index(n - 1));
    }
    Ok(())
}

/// One right-hand side of [`ptts2`].
fn solve_column<T: Scalar, C: Column<T> + ?Sized>(uplo: Uplo, d: &[T::Real], e: &[T], x: &mut C) {
    let n = d.len();
    if n == 0 {
        return;
    }
    assert!(x.len() >= n && e.len() + 1 >= n, "ptts2: a right-hand side or e is too short");
    let e = &e[..n - 1];
    if n == 1 {
        // The reference scales by the reciprocal here.
        x.put(0, x.at(0).scale_real(T::Real::one() / d[0]));
        return;
    }
    // Lower: A = L D L^H with L's subdiagonal e; upper: A = U^H D U with
    // U's superdiagonal e, so U^H's subdiagonal is conj(e).
    let upper = uplo == Uplo::Upper;
    let el = |i: usize| if upper { e[i].conj() } else { e[i] };
    let eu = |i: usize| if upper { e[i] } else { e[i].conj() };
    // The running value stays in a register: reading it back from memory
    // would put a store-to-load round trip on the recurrence.
    let mut prev = x.at(0);
    for i in 1..n {
        prev = x.at(i) - prev * el(i - 1);
        x.put(i, prev);
    }
    let mut next = div_real(prev, d[n - 1]);
    x.put(n - 1, next);
    for i in (0..n - 1).rev() {
        next = div_real(x.at(i), d[i]) - next * eu(i);
        x.put(i, next);
    }
}

/// Solves `A X = B` in place of the `n x nrhs` matrix `b` with the
/// factorization of [`pttrf`] (`?ptts2`; `?pttrs` is the same
/// computation): `d` is `D`, and `e` the subdiagonal of `L` for
/// [`Uplo::Lower`] (`A = L D L^H`) or the superdiagonal of `U` for
/// [`Uplo::Upper`] (`A = U^H D U`); real types ignore `uplo`.
pub fn ptts2<T: Scalar>(uplo: Uplo, d: &[T::Real], e: &[T], mut b: MatMut<'_, T>) {
    let n = d.len();
    assert_eq!(b.nrows(), n, "ptts2: B has {} rows, not n = {n}", b.nrows());
    check_lengths(n, e, "ptts2");
    for j in 0..b.ncols() {
        if b.col_slice_mut(j).is_some() {
            solve_column(uplo, d, e, b.col_slice_mut(j).expect("checked"));
        } else {
            solve_column(uplo, d, e, &mut Strided::new(&mut b, j));
        }
    }
}

/// Solves `A X = B` with the factorization of [`pttrf`] (`?pttrs`): [`ptts2`]
/// (the reference's column blocking changes nothing in the arithmetic).
pub fn pttrs<T: Scalar>(uplo: Uplo, d: &[T::Real], e: &[T], b: MatMut<'_, T>) {
    ptts2(uplo, d, e, b);
}

/// Solves `A X = B` for the Hermitian positive definite tridiagonal matrix
/// with diagonal `d` and subdiagonal `e` (`?ptsv`): factors it in place
/// ([`pttrf`]) and overwrites `b` (`n x nrhs`) with X.
///
/// `Err` as [`pttrf`]; `b` is then unchanged.
pub fn ptsv<T: Scalar>(d: &mut [T::Real], e: &mut [T], b: MatMut<'_, T>) -> Result<(), Info> {
    pttrf(d, e)?;
    pttrs(Uplo::Lower, d, e, b);
    Ok(())
}

/// The workspace [`ptcon`] needs for order `n`.
pub fn ptcon_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T::Real>(n)
}

/// `max_i |v_i|`, the first maximum as `i?amax` finds it.
fn first_max<R: RealScalar>(v: &[R]) -> R {
    let mut m = match v.first() {
        Some(x) => x.abs(),
        None => return R::zero(),
    };
    for &x in &v[1..] {
        if x.abs() > m {
            m = x.abs();
        }
    }
    m
}

/// `norm1(inv(A))` of the factored matrix, exactly: `inv(A)` of a positive
/// definite tridiagonal has entries whose moduli come from solving
/// `M(A) x = 1` with `M(A)` (the diagonal with negated off-diagonal
/// moduli), through the factors `M(L) D M(L)^H`. `v` receives `x`.
fn inverse_norm<T: Scalar>(d: &[T::Real], e: &[T], v: &mut [T::Real]) -> T::Real {
    let n = d.len();
    let one = T::Real::one();
    v[0] = one;
    for i in 1..n {
        v[i] = one + v[i - 1] * modulus(e[i - 1]);
    }
    v[n - 1] /= d[n - 1];
    for i in (0..n - 1).rev() {
        v[i] = v[i] / d[i] + v[i + 1] * modulus(e[i]);
    }
    first_max(&v[..n])
}

/// The reciprocal condition number `1 / (norm1(A) norm1(inv(A)))` of the
/// Hermitian positive definite tridiagonal matrix A from its factorization
/// by [`pttrf`] (`?ptcon`; `inv(A)`'s norm is computed exactly, not
/// estimated); `anorm` is `norm1(A)`.
///
/// 1 when `n = 0`; 0 when `anorm = 0` or an entry of `D` is not positive.
pub fn ptcon<T: Scalar>(d: &[T::Real], e: &[T], anorm: T::Real, mut work: Workspace<'_>) -> T::Real {
    let n = d.len();
    let (zero, one) = (T::Real::zero(), T::Real::one());
    if n == 0 {
        return one;
    }
    check_lengths(n, e, "ptcon");
    if anorm == zero || d.iter().any(|&x| x <= zero) {
        return zero;
    }
    let (v, _) = work.take::<T::Real>(n);
    let ainvnm = inverse_norm(d, e, v);
    if ainvnm != zero {
        (one / ainvnm) / anorm
    } else {
        zero
    }
}

/// The workspace [`ptrfs`] needs for order `n`.
pub fn ptrfs_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T>(n).and(WorkReq::new::<T::Real>(n))
}

/// Iterative refinement of the solutions `x` of `A X = B` for the Hermitian
/// positive definite tridiagonal matrix A (`d`, and `e` on the `uplo` side)
/// with its factorization from [`pttrf`] (`df`, `ef`), and error bounds
/// (`?ptrfs`; real types ignore `uplo`).
///
/// For each column `j`: `berr[j]` receives the componentwise relative
/// backward error, and `ferr[j]` a bound on `max |x_j - xtrue_j| / max
/// |x_j|` (from `norm(inv(A))`, computed exactly). Refinement stops when the
/// backward error is below `eps`, stops halving, or after 5 steps. `work`
/// as [`ptrfs_req`] says, or the reference's WORK and, for complex types,
/// RWORK (see [`CondScratch`]).
#[allow(clippy::too_many_arguments)]
pub fn ptrfs<'w, T: Scalar>(
    uplo: Uplo,
    d: &[T::Real],
    e: &[T],
    df: &[T::Real],
    ef: &[T],
    b: MatRef<'_, T>,
    mut x: MatMut<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    work: impl CondScratch<'w>,
) {
    type R<T> = <T as Scalar>::Real;
    let n = d.len();
    let nrhs = b.ncols();
    assert!(b.nrows() == n && x.nrows() == n && x.ncols() == nrhs, "ptrfs: operand shapes disagree");
    assert!(ferr.len() >= nrhs && berr.len() >= nrhs, "ptrfs: ferr and berr need nrhs elements");
    if n == 0 || nrhs == 0 {
        ferr[..nrhs].fill(R::<T>::zero());
        berr[..nrhs].fill(R::<T>::zero());
        return;
    }
    check_lengths(n, e, "ptrfs");
    let upper = uplo == Uplo::Upper;
    // A[i][i-1] and A[i][i+1].
    let sub = |i: usize| if upper { e[i].conj() } else { e[i] };
    let sup = |i: usize| if upper { e[i] } else { e[i].conj() };
    let nz = 4;
    let (eps, safe1, safe2) = refine_constants::<R<T>>(nz);
    // r in WORK; w in WORK (real) or RWORK (complex), as the reference has them.
    let (mut work, mut side) = work.into_parts();
    let (r, mut work) = work.take::<T>(n);
    let (w, _) = take_reals::<T>(&mut work, &mut side, n);
    for j in 0..nrhs {
        let mut count = 1;
        let mut lstres = R::<T>::from_f64(3.0);
        loop {
            // r = b - A x; w = |A| |x| + |b|.
            for i in 0..n {
                let bi = b.get(i, j);
                let dx = x.get(i, j).scale_real(d[i]);
                let mut ri = bi;
                let mut wi = bi.abs1();
                if i > 0 {
                    ri -= sub(i - 1) * x.get(i - 1, j);
                    wi += e[i - 1].abs1() * x.get(i - 1, j).abs1();
                }
                ri -= dx;
                wi += dx.abs1();
                if i + 1 < n {
                    ri -= sup(i) * x.get(i + 1, j);
                    wi += e[i].abs1() * x.get(i + 1, j).abs1();
                }
                r[i] = ri;
                w[i] = wi;
            }
            berr[j] = backward_error(r, w, safe1, safe2);
            if berr[j] > eps && berr[j] + berr[j] <= lstres && count <= 5 {
                solve_column(uplo, df, ef, &mut r[..]);
                for i in 0..n {
                    x.set(i, j, x.get(i, j) + r[i]);
                }
                lstres = berr[j];
                count += 1;
            } else {
                break;
            }
        }
        let nzeps = R::<T>::from_f64(nz as f64) * eps;
        for i in 0..n {
            let guard = if w[i] > safe2 { R::<T>::zero() } else { safe1 };
            w[i] = r[i].abs1() + nzeps * w[i] + guard;
        }
        let bound = first_max(w);
        let ainvnm = inverse_norm(df, ef, w);
        let xmax = (0..n).fold(R::<T>::zero(), |m, i| m.max(modulus(x.get(i, j))));
        let f = bound * ainvnm;
        ferr[j] = if xmax != R::<T>::zero() { f / xmax } else { f };
    }
}

/// The workspace [`ptsvx`] needs for order `n`.
pub fn ptsvx_req<T: Scalar>(n: usize) -> WorkReq {
    ptcon_req::<T>(n).or(ptrfs_req::<T>(n))
}

/// The expert driver for `A X = B` with the Hermitian positive definite
/// tridiagonal matrix A (diagonal `d`, subdiagonal `e`) (`?ptsvx`):
/// factors A into `df`, `ef` with [`pttrf`] unless `fact` is
/// [`Fact::Factored`] (they then hold that factorization), computes the
/// reciprocal condition number, solves into `x` (`n x nrhs`) and refines
/// the solution with error bounds `ferr`, `berr` ([`ptrfs`]).
///
/// Returns the reciprocal condition number and the status: `Err(i + 1)`
/// when the leading minor of order `i + 1` is not positive (no solution;
/// rcond = 0), `Err(n + 1)` when rcond is below machine precision (the
/// solution and bounds are computed).
#[allow(clippy::too_many_arguments)]
pub fn ptsvx<T: Scalar>(
    fact: Fact,
    d: &[T::Real],
    e: &[T],
    df: &mut [T::Real],
    ef: &mut [T],
    b: MatRef<'_, T>,
    mut x: MatMut<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    mut work: Workspace<'_>,
) -> (T::Real, Result<(), Info>) {
    let n = d.len();
    let m = n.saturating_sub(1);
    if fact == Fact::NotFactored {
        df[..n].copy_from_slice(d);
        ef[..m].copy_from_slice(&e[..m]);
        if let Err(info) = pttrf(&mut df[..n], &mut ef[..m]) {
            return (T::Real::zero(), Err(info));
        }
    }
    let anorm = lanst(Norm::One, d, &e[..m]);
    let rcond = ptcon(&df[..n], &ef[..m], anorm, work.rb_mut());
    lacpy(Part::Full, b, x.rb_mut());
    pttrs(Uplo::Lower, &df[..n], &ef[..m], x.rb_mut());
    ptrfs(Uplo::Lower, d, e, &df[..n], &ef[..m], b, x, ferr, berr, work);
    let info = if rcond < lamch::<T::Real>(Machine::Eps) { Err(Info::new(n + 1)) } else { Ok(()) };
    (rcond, info)
}
