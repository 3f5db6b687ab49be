//! Eigenvalues and eigenvectors of tridiagonal matrices: the positive
//! definite case through the bidiagonal Cholesky factor ([`pteqr`]), and
//! the drivers for a real symmetric tridiagonal matrix: all eigenpairs by
//! the QR iteration ([`stev`]) or divide and conquer ([`stevd`]), selected
//! ones by bisection and inverse iteration ([`stevx`]) or by MRRR
//! ([`stevr`]). The drivers scale the matrix into a safe range first, as
//! the reference does.

// The recurrences read neighbours (i - 1, i + 1) of several arrays at once:
// index loops say that more plainly than zipped iterators.
#![allow(clippy::needless_range_loop)]

use super::positive::pttrf;
use crate::svd::bdsqr::{bdsqr, bdsqr_req};
use crate::sym_eigen::bisection::{stebz, stebz_req, stein, stein_req, Block, EigRange, Order};
use crate::sym_eigen::drivers::{driver_sigma, unscale, Jobz};
use crate::sym_eigen::expert::{expert_sigma, sort_eigenpairs, unscale_eigenvalues};
use crate::sym_eigen::mrrr::{stemr, stemr_req};
use crate::sym_eigen::tridiagonal::{stedc, stedc_req, steqr, steqr_req, sterf, Compz};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{laset, Part};
use ferroblas_kernels::aux::norms::{lanst, Norm};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::{MatMut, RealScalar, Scalar, Uplo};

/// The workspace [`pteqr`] needs for order `n`.
pub fn pteqr_req<T: Scalar>(n: usize) -> WorkReq {
    bdsqr_req::<T>(n)
}

/// All eigenvalues, and optionally eigenvectors, of the symmetric positive
/// definite tridiagonal matrix with diagonal `d` (`n = d.len()`) and
/// off-diagonal `e` (`n - 1` read) (`?pteqr`): factors it as `L D L^T`
/// ([`pttrf`]) and computes the singular values of the bidiagonal
/// `L D^(1/2)` ([`bdsqr`]), whose squares are the eigenvalues, to high
/// relative accuracy.
///
/// `compz`: [`Compz::None`] eigenvalues only (`z` not referenced);
/// [`Compz::Init`] `z` (`n x n`) is set to the eigenvectors;
/// [`Compz::Update`] `z` (`n` columns; typically the orthogonal matrix of a
/// reduction to tridiagonal form) is multiplied by them. On success `d`
/// holds the eigenvalues in descending order and `e` is destroyed.
///
/// `Err(i)` with `i <= n`: the leading minor of order `i` is not positive
/// definite; `Err(n + i)`: [`bdsqr`] did not converge (`i` its status).
pub fn pteqr<T: Scalar>(
    compz: Compz,
    d: &mut [T::Real],
    e: &mut [T::Real],
    mut z: MatMut<'_, T>,
    work: Workspace<'_>,
) -> Result<(), Info> {
    let n = d.len();
    if n == 0 {
        return Ok(());
    }
    assert!(e.len() + 1 >= n, "pteqr: e needs n - 1 elements");
    if n == 1 {
        if compz != Compz::None {
            z.set(0, 0, T::one());
        }
        return Ok(());
    }
    if compz == Compz::Init {
        laset(Part::Full, T::zero(), T::one(), z.rb_mut());
    }
    let e = &mut e[..n - 1];
    pttrf::<T::Real>(d, e)?;
    // The bidiagonal factor L D^(1/2): diagonal sqrt(D), subdiagonal l_i sqrt(d_i).
    for i in 0..n {
        d[i] = d[i].sqrt();
    }
    for i in 0..n - 1 {
        e[i] *= d[i];
    }
    let u = if compz == Compz::None { MatMut::from_col_major(&mut [], 0, n, 1) } else { z };
    let empty = MatMut::from_col_major(&mut [], n, 0, n);
    let empty2 = MatMut::from_col_major(&mut [], n, 0, n);
    match bdsqr(Uplo::Lower, d, e, empty, u, empty2, work) {
        Ok(()) => {
            for x in d.iter_mut() {
                *x = *x * *x;
            }
            Ok(())
        }
        Err(i) => Err(Info::new(n + i.get().get())),
    }
}

/// Multiplies `d` and `e` by `sigma`.
fn scale_tridiagonal<R: RealScalar>(sigma: R, d: &mut [R], e: &mut [R]) {
    d.iter_mut().chain(e.iter_mut()).for_each(|x| *x *= sigma);
}

/// The workspace [`stev`] needs for `jobz` and order `n`.
pub fn stev_req<T: Scalar>(jobz: Jobz, n: usize) -> WorkReq {
    if jobz == Jobz::Vectors {
        steqr_req::<T>(Compz::Init, n)
    } else {
        WorkReq::EMPTY
    }
}

/// All eigenvalues, and optionally eigenvectors, of the real symmetric
/// tridiagonal matrix with diagonal `d` (`n = d.len()`) and off-diagonal `e`
/// (`n - 1` read) (`?stev`): [`sterf`] or [`steqr`] after scaling the matrix
/// into a safe range.
///
/// On success `d` holds the eigenvalues ascending and, with
/// [`Jobz::Vectors`], `z` (`n x n`) the orthonormal eigenvectors; `e` is
/// destroyed. `Err(i)`: `i` off-diagonal elements did not converge (only the
/// leading `i - 1` entries of `d` are unscaled then, as in the reference).
pub fn stev<T: Scalar>(
    jobz: Jobz,
    d: &mut [T::Real],
    e: &mut [T::Real],
    mut z: MatMut<'_, T>,
    work: Workspace<'_>,
) -> Result<(), Info> {
    type R<T> = <T as Scalar>::Real;
    let n = d.len();
    if n == 0 {
        return Ok(());
    }
    assert!(e.len() + 1 >= n, "stev: e needs n - 1 elements");
    if n == 1 {
        if jobz == Jobz::Vectors {
            z.set(0, 0, T::one());
        }
        return Ok(());
    }
    let e = &mut e[..n - 1];
    let sigma = driver_sigma(lanst::<R<T>>(Norm::Max, d, e));
    if let Some(s) = sigma {
        scale_tridiagonal(s, d, e);
    }
    let r = if jobz == Jobz::Vectors { steqr(Compz::Init, d, e, z, work) } else { sterf(d, e) };
    unscale_eigenvalues(sigma, r, d);
    r
}

/// The workspace [`stevd`] needs for `jobz` and order `n`.
pub fn stevd_req<T: Scalar>(jobz: Jobz, n: usize) -> WorkReq {
    if jobz == Jobz::Vectors {
        stedc_req::<T>(Compz::Init, n, n)
    } else {
        WorkReq::EMPTY
    }
}

/// All eigenvalues, and optionally eigenvectors, of the real symmetric
/// tridiagonal matrix with diagonal `d` and off-diagonal `e` (`?stevd`):
/// [`sterf`], or divide and conquer ([`stedc`]) for the eigenvectors, after
/// scaling the matrix into a safe range.
///
/// On success `d` holds the eigenvalues ascending and, with
/// [`Jobz::Vectors`], `z` (`n x n`) the orthonormal eigenvectors; `e` is
/// destroyed. `Err` as [`sterf`] or [`stedc`].
pub fn stevd<T: Scalar>(
    jobz: Jobz,
    d: &mut [T::Real],
    e: &mut [T::Real],
    mut z: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    type R<T> = <T as Scalar>::Real;
    let n = d.len();
    if n == 0 {
        return Ok(());
    }
    assert!(e.len() + 1 >= n, "stevd: e needs n - 1 elements");
    if n == 1 {
        if jobz == Jobz::Vectors {
            z.set(0, 0, T::one());
        }
        return Ok(());
    }
    let e = &mut e[..n - 1];
    let sigma = driver_sigma(lanst::<R<T>>(Norm::Max, d, e));
    if let Some(s) = sigma {
        scale_tridiagonal(s, d, e);
    }
    let r = if jobz == Jobz::Vectors { stedc(Compz::Init, d, e, z, par, work) } else { sterf(d, e) };
    if let Some(s) = sigma {
        unscale(s, d);
    }
    r
}

/// The eigenvalue in `range` of the `1 x 1` matrix `[d0]`: the reference's
/// test `vl < d0 <= vu` for a value range.
fn order_one<R: RealScalar>(range: EigRange<R>, d0: R, w: &mut [R]) -> usize {
    let m = match range {
        EigRange::Values(vl, vu) => usize::from(vl < d0 && vu >= d0),
        _ => 1,
    };
    if m == 1 {
        w[0] = d0;
    }
    m
}

/// Whether `range` asks for every eigenvalue of order `n`.
fn wants_all<R>(range: EigRange<R>, n: usize) -> bool {
    match range {
        EigRange::All => true,
        EigRange::Indices(il, iu) => il == 0 && iu + 1 == n,
        EigRange::Values(..) => false,
    }
}

/// Scales `d`, `e` for the expert drivers; returns the factor and `range`
/// scaled with the matrix.
fn scale_for_expert<R: RealScalar>(d: &mut [R], e: &mut [R], range: EigRange<R>) -> (Option<R>, EigRange<R>) {
    let sigma = expert_sigma(lanst::<R>(Norm::Max, d, e));
    match sigma {
        Some(s) => {
            scale_tridiagonal(s, d, e);
            let range = match range {
                EigRange::Values(vl, vu) => EigRange::Values(vl * s, vu * s),
                r => r,
            };
            (sigma, range)
        }
        None => (None, range),
    }
}

/// The workspace of the bisection and inverse iteration path of [`stevx`]
/// and [`stevr`].
fn bisection_req<T: Scalar>(jobz: Jobz, n: usize) -> WorkReq {
    let mut after = stebz_req::<T::Real>(n);
    if jobz == Jobz::Vectors {
        after = after.or(WorkReq::new::<usize>(2 * n).and(stein_req::<T::Real>(n)));
    }
    WorkReq::new::<Block>(n).and(WorkReq::new::<usize>(n)).and(after)
}

/// Bisection ([`stebz`]) and, with vectors, inverse iteration ([`stein`]) for
/// the scaled matrix: `(m, status)`; `ifail` as [`stevx`]'s.
#[allow(clippy::too_many_arguments)]
fn bisect<T: Scalar>(
    jobz: Jobz,
    range: EigRange<T::Real>,
    abstol: T::Real,
    d: &[T::Real],
    e: &[T::Real],
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    ifail: Option<&mut [Option<usize>]>,
    mut work: Workspace<'_>,
) -> (usize, Result<(), Info>) {
    let n = d.len();
    let wantz = jobz == Jobz::Vectors;
    let order = if wantz { Order::Block } else { Order::Entire };
    let (iblock, mut work) = work.take::<Block>(n);
    let (isplit, mut work) = work.take::<usize>(n);
    let (sz, r) = stebz(range, order, abstol, d, e, w, iblock, isplit, work.rb_mut());
    let m = sz.m;
    if !wantz {
        return (m, r);
    }
    let (blk, mut work) = work.take::<usize>(n);
    let (fails, work) = work.take::<usize>(n);
    for (b, ib) in blk.iter_mut().zip(iblock.iter()).take(m) {
        *b = if ib.converged { ib.index } else { usize::MAX };
    }
    let zm = z.submatrix(0, 0, n, m);
    let r = stein(d, e, &w[..m], &blk[..m], &isplit[..sz.nsplit], zm, fails, work);
    if let Some(ifail) = ifail {
        ifail[..m].fill(None);
        if let Err(info) = r {
            for (k, &j) in fails[..info.get().get()].iter().enumerate() {
                ifail[k] = Some(j);
            }
        }
    }
    (m, r)
}

/// The workspace [`stevx`] needs for `jobz` and order `n`.
pub fn stevx_req<T: Scalar>(jobz: Jobz, n: usize) -> WorkReq {
    if n <= 1 {
        return WorkReq::EMPTY;
    }
    let qr = WorkReq::new::<T::Real>(n).and(stev_req::<T>(jobz, n));
    qr.or(bisection_req::<T>(jobz, n))
}

/// Selected eigenvalues, and optionally eigenvectors, of the real symmetric
/// tridiagonal matrix with diagonal `d` (`n = d.len()`) and off-diagonal `e`
/// (`n - 1` read) (`?stevx`): after scaling into a safe range, all of them
/// by the QR iteration when all are wanted and `abstol <= 0`, otherwise (or
/// when that fails) by bisection ([`stebz`]) and inverse iteration
/// ([`stein`]). `d` and `e` may be left scaled.
///
/// Returns `m`, the number found, and the status. `w` (`n`) receives them
/// ascending; with [`Jobz::Vectors`] the first `m` columns of `z` (`n x`
/// [`syevx_columns`](crate::sym_eigen::expert::syevx_columns)) their
/// orthonormal eigenvectors and `ifail` (`n`) the reference's `IFAIL`: `None`
/// in the first `m` entries when all converged, otherwise the 0-based
/// columns whose inverse iteration failed (the first `k` entries for
/// `Err(Info::new(k))`). `abstol` is the absolute accuracy of the bisection
/// (`<= 0`: `eps |T|`); it is not scaled with the matrix (as in the
/// reference).
#[allow(clippy::too_many_arguments)]
pub fn stevx<T: Scalar>(
    jobz: Jobz,
    range: EigRange<T::Real>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    abstol: T::Real,
    w: &mut [T::Real],
    mut z: MatMut<'_, T>,
    ifail: &mut [Option<usize>],
    mut work: Workspace<'_>,
) -> (usize, Result<(), Info>) {
    type R<T> = <T as Scalar>::Real;
    let n = d.len();
    let wantz = jobz == Jobz::Vectors;
    if n == 0 {
        return (0, Ok(()));
    }
    assert!(e.len() + 1 >= n, "stevx: e needs n - 1 elements");
    if n == 1 {
        let m = order_one(range, d[0], w);
        if wantz {
            z.set(0, 0, T::one());
        }
        return (m, Ok(()));
    }
    let e = &mut e[..n - 1];
    let (sigma, range_s) = scale_for_expert(d, e, range);

    let mut found = None;
    if wants_all(range, n) && abstol <= R::<T>::zero() {
        let mut work = work.rb_mut();
        let (ee, work) = work.take::<R<T>>(n - 1);
        w[..n].copy_from_slice(d);
        ee.copy_from_slice(e);
        let r = if wantz {
            let r = steqr(Compz::Init, &mut w[..n], ee, z.rb_mut().submatrix(0, 0, n, n), work);
            if r.is_ok() {
                ifail[..n].iter_mut().for_each(|f| *f = None);
            }
            r
        } else {
            sterf(&mut w[..n], ee)
        };
        if r.is_ok() {
            found = Some((n, Ok(())));
        }
    }
    let (m, info) = match found {
        Some(x) => x,
        None => bisect(jobz, range_s, abstol, d, e, w, z.rb_mut(), Some(&mut *ifail), work),
    };
    unscale_eigenvalues(sigma, info, &mut w[..m]);
    if wantz {
        sort_eigenpairs(&mut w[..m], z.rb_mut(), |best, j| {
            if info.is_err() {
                ifail.swap(best, j);
            }
        });
    }
    (m, info)
}

/// The workspace [`stevr`] needs for `jobz` and order `n`.
pub fn stevr_req<T: Scalar>(jobz: Jobz, n: usize) -> WorkReq {
    if n <= 1 {
        return WorkReq::EMPTY;
    }
    let fast = if jobz == Jobz::Vectors {
        WorkReq::new::<T::Real>(2 * n).and(stemr_req::<T>(jobz, n))
    } else {
        WorkReq::new::<T::Real>(n)
    };
    fast.or(bisection_req::<T>(jobz, n))
}

/// Selected eigenvalues, and optionally eigenvectors, of the real symmetric
/// tridiagonal matrix with diagonal `d` (`n = d.len()`) and off-diagonal `e`
/// (`n - 1` read) (`?stevr`): after scaling into a safe range, by MRRR
/// ([`stemr`]) when vectors are wanted, by [`sterf`] when all eigenvalues
/// (only) are, otherwise (or when those fail) by bisection ([`stebz`]) and
/// inverse iteration ([`stein`]). `d` and `e` may be left scaled.
///
/// Returns `m`, the number found, and the status. `w` (`n`) receives them
/// ascending; with [`Jobz::Vectors`] the first `m` columns of `z` (`n x m`
/// or more) their orthonormal eigenvectors and `isuppz` (`2 max(1, m)`) the
/// supports [`stemr`] reports (0-based, inclusive; not set by the other
/// paths, nor for `n = 1`). As in the reference, `abstol` is not scaled
/// with the matrix; unlike it, [`stemr`] gets the value range scaled with
/// the matrix (the reference passes the unscaled one, which selects the
/// wrong eigenvalues whenever the matrix was scaled).
///
/// `Err` as [`stebz`] (values only) or the number of eigenvectors that
/// failed to converge in [`stein`].
#[allow(clippy::too_many_arguments)]
pub fn stevr<T: Scalar>(
    jobz: Jobz,
    range: EigRange<T::Real>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    abstol: T::Real,
    w: &mut [T::Real],
    mut z: MatMut<'_, T>,
    isuppz: &mut [usize],
    mut work: Workspace<'_>,
) -> (usize, Result<(), Info>) {
    type R<T> = <T as Scalar>::Real;
    let n = d.len();
    let wantz = jobz == Jobz::Vectors;
    if n == 0 {
        return (0, Ok(()));
    }
    assert!(e.len() + 1 >= n, "stevr: e needs n - 1 elements");
    if n == 1 {
        let m = order_one(range, d[0], w);
        if wantz {
            z.set(0, 0, T::one());
        }
        return (m, Ok(()));
    }
    let e = &mut e[..n - 1];
    let (sigma, range_s) = scale_for_expert(d, e, range);

    let mut found = None;
    if wantz {
        let mut work = work.rb_mut();
        let (dd, mut work) = work.take::<R<T>>(n);
        let (ee, mut work) = work.take::<R<T>>(n);
        dd.copy_from_slice(d);
        ee[..n - 1].copy_from_slice(e);
        let eps = lamch::<R<T>>(Machine::Precision);
        let mut tryrac = abstol <= R::<T>::from_f64(2.0 * n as f64) * eps;
        let (m, r) = stemr(jobz, range_s, dd, ee, w, z.rb_mut(), isuppz, &mut tryrac, work.rb_mut());
        if r.is_ok() {
            found = Some((m, Ok(())));
        }
    } else if wants_all(range, n) {
        let mut work = work.rb_mut();
        let (ee, _) = work.take::<R<T>>(n - 1);
        ee.copy_from_slice(e);
        w[..n].copy_from_slice(d);
        if sterf(&mut w[..n], ee).is_ok() {
            found = Some((n, Ok(())));
        }
    }
    let (m, info) = match found {
        Some(x) => x,
        None => bisect(jobz, range_s, abstol, d, e, w, z.rb_mut(), None, work),
    };
    unscale_eigenvalues(sigma, info, &mut w[..m]);
    if wantz {
        sort_eigenpairs(&mut w[..m], z.rb_mut(), |_, _| {});
    }
    (m, info)
}
