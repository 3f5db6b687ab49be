//! Selected eigenvalues and eigenvectors of a dense Hermitian (real:
//! symmetric) matrix, the driver `?syevr`/`?heevr` (the default of SciPy's
//! `eigh`, R's `eigen` and Julia's `eigen(Symmetric(A))`).
//!
//! The structure is the reference's: the reduction to tridiagonal form
//! ([`sytrd`]); for the full spectrum (all eigenvalues, or the indices
//! `0..n`) the eigenvalues by [`sterf`] or, with vectors, eigenvalues and
//! tridiagonal eigenvectors by MRRR ([`stemr`]), then Q applied by
//! [`ormtr`]; otherwise (or when that fails) bisection ([`stebz`]) and
//! inverse iteration ([`stein`]).

use super::bisection::{stebz, stebz_req, stein, stein_req, Block, EigRange, Order};
use super::drivers::Jobz;
use super::expert::{scale_for_expert, sort_eigenpairs, unscale_eigenvalues};
use super::mrrr::{stemr, stemr_req};
use super::reduce::{ormtr, ormtr_req, sytrd_req_with, sytrd_with, BLOCK};
use super::tridiagonal::sterf;
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::{MatMut, RealScalar, Scalar, Side, Trans, Uplo};

/// The workspace [`syevr`] needs for order `n`.
pub fn syevr_req<T: Scalar>(jobz: Jobz, n: usize) -> WorkReq {
    syevr_req_with::<T>(jobz, n, BLOCK)
}

/// [`syevr_req`] for the reduction in panels of `nb` columns ([`syevr_with`]).
pub fn syevr_req_with<T: Scalar>(jobz: Jobz, n: usize, nb: usize) -> WorkReq {
    if n <= 1 {
        return WorkReq::EMPTY;
    }
    let apply = ormtr_req::<T>(Side::Left, Uplo::Lower, n, n).or(ormtr_req::<T>(Side::Left, Uplo::Upper, n, n));
    let mut full = WorkReq::new::<T::Real>(2 * n);
    let mut after_stebz = stebz_req::<T::Real>(n);
    if jobz == Jobz::Vectors {
        full = full.and(stemr_req::<T>(Jobz::Vectors, n).or(apply));
        after_stebz = after_stebz
            .or(WorkReq::new::<usize>(n).and(WorkReq::new::<usize>(n)).and(stein_req::<T::Real>(n).or(apply)));
    }
    let bisect = WorkReq::new::<Block>(n).and(WorkReq::new::<usize>(n)).and(after_stebz);
    WorkReq::new::<T::Real>(2 * n).and(WorkReq::new::<T>(n)).and(sytrd_req_with::<T>(n, nb).or(full).or(bisect))
}

/// The number of columns `z` needs for `range` in order `n`, and the
/// number of eigenvalues at most found: `n` for [`EigRange::All`] and
/// [`EigRange::Values`], `iu - il + 1` for [`EigRange::Indices`].
pub fn syevr_columns<R>(range: EigRange<R>, n: usize) -> usize {
    match range {
        EigRange::Indices(il, iu) => (iu + 1).saturating_sub(il),
        _ => n,
    }
}

/// Selected eigenvalues, and optionally eigenvectors, of the Hermitian (real:
/// symmetric) `n x n` matrix `a`, of which the `uplo` triangle is read
/// (`?syevr`/`?heevr`).
///
/// Returns `m`, the number of eigenvalues found, and the status. `w` (`n`)
/// receives them ascending; with [`Jobz::Vectors`] the first `m` columns of
/// `z` (`n x` [`syevr_columns`]) their orthonormal eigenvectors. For the
/// full spectrum ([`EigRange::All`], or [`EigRange::Indices`] `(0, n - 1)`)
/// with vectors, `isuppz` (`2 m`) receives what [`stemr`] reports, as in
/// the reference: the support of each eigenvector of the tridiagonal matrix
/// (0-based rows `isuppz[2j]..=isuppz[2j + 1]`), which is that of the
/// returned eigenvector when the reduction leaves Q = I (a tridiagonal or
/// split input); it is not written otherwise. `abstol` is the absolute
/// accuracy of the bisection when that runs (`<= 0`: `eps |T|`); `abstol
/// <= 2 n eps` also asks MRRR for relative accuracy where the matrix
/// allows it. `a` is destroyed.
///
/// The full spectrum comes from [`sterf`] (values only) or [`stemr`]
/// (vectors), with bisection and inverse iteration as the fallback when
/// that fails.
///
/// `Err` as the reference: for [`Jobz::Vectors`] the number of eigenvectors
/// that failed to converge in inverse iteration, otherwise [`stebz`]'s
/// status.
#[allow(clippy::too_many_arguments)]
pub fn syevr<T: Scalar>(
    jobz: Jobz,
    range: EigRange<T::Real>,
    uplo: Uplo,
    a: MatMut<'_, T>,
    abstol: T::Real,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    isuppz: &mut [usize],
    par: Par,
    work: Workspace<'_>,
) -> (usize, Result<(), Info>) {
    syevr_with(jobz, range, uplo, a, abstol, w, z, isuppz, par, work, BLOCK)
}

/// [`syevr`] with the reduction in panels of `nb` columns.
#[allow(clippy::too_many_arguments)]
pub fn syevr_with<T: Scalar>(
    jobz: Jobz,
    range: EigRange<T::Real>,
    uplo: Uplo,
    mut a: MatMut<'_, T>,
    abstol: T::Real,
    w: &mut [T::Real],
    mut z: MatMut<'_, T>,
    isuppz: &mut [usize],
    par: Par,
    mut work: Workspace<'_>,
    nb: usize,
) -> (usize, Result<(), Info>) {
    type R<T> = <T as Scalar>::Real;
    let n = a.nrows();
    assert_eq!(a.ncols(), n, "syevr: A is not square");
    let wantz = jobz == Jobz::Vectors;
    if n == 0 {
        return (0, Ok(()));
    }
    if n == 1 {
        let a11 = a.get(0, 0).re();
        let m = match range {
            EigRange::Values(vl, vu) => usize::from(vl < a11 && vu >= a11),
            _ => 1,
        };
        if m == 1 {
            w[0] = a11;
        }
        if wantz {
            z.set(0, 0, T::one());
            isuppz[0] = 0;
            isuppz[1] = 0;
        }
        return (m, Ok(()));
    }

    let (sigma, abstll, range_s) = scale_for_expert(uplo, a.rb_mut(), abstol, range);

    let (de, mut work) = work.take::<R<T>>(2 * n);
    let (d, e) = de.split_at_mut(n);
    let (tau, mut work) = work.take::<T>(n);
    sytrd_with(uplo, a.rb_mut(), d, e, tau, par, work.rb_mut(), nb, nb);
    let tau = &tau[..n - 1];

    let all = match range {
        EigRange::All => true,
        EigRange::Indices(il, iu) => il == 0 && iu + 1 == n,
        EigRange::Values(..) => false,
    };
    let mut found: Option<(usize, Result<(), Info>)> = None;
    if all {
        // On copies: the fallback needs the tridiagonal matrix intact.
        let mut work = work.rb_mut();
        let (dd, mut work) = work.take::<R<T>>(n);
        let (ee, mut work) = work.take::<R<T>>(n);
        ee[..n - 1].copy_from_slice(&e[..n - 1]);
        if wantz {
            dd.copy_from_slice(d);
            let eps = lamch::<R<T>>(Machine::Precision);
            let mut tryrac = abstol <= R::<T>::from_f64(2.0 * n as f64) * eps;
            let mut zq = z.rb_mut().submatrix(0, 0, n, n);
            let (_, r) = stemr(
                Jobz::Vectors,
                EigRange::All,
                dd,
                ee,
                w,
                zq.rb_mut(),
                &mut isuppz[..2 * n],
                &mut tryrac,
                work.rb_mut(),
            );
            if r.is_ok() {
                ormtr(Side::Left, uplo, Trans::No, a.rb(), tau, zq.rb_mut(), par, work);
                found = Some((n, Ok(())));
            }
        } else {
            w[..n].copy_from_slice(d);
            if sterf(&mut w[..n], &mut ee[..n - 1]).is_ok() {
                found = Some((n, Ok(())));
            }
        }
    }

    let (m, info) = match found {
        Some(x) => x,
        None => {
            let order = if wantz { Order::Block } else { Order::Entire };
            let (iblock, mut work) = work.take::<Block>(n);
            let (isplit, mut work) = work.take::<usize>(n);
            let (sz, r) = stebz(range_s, order, abstll, d, &e[..n - 1], w, iblock, isplit, work.rb_mut());
            let m = sz.m;
            if wantz {
                let (blk, mut work) = work.take::<usize>(n);
                let (fails, mut work) = work.take::<usize>(n);
                for (b, ib) in blk.iter_mut().zip(iblock.iter()).take(m) {
                    *b = if ib.converged { ib.index } else { usize::MAX };
                }
                let mut zm = z.rb_mut().submatrix(0, 0, n, m);
                let r =
                    stein(d, &e[..n - 1], &w[..m], &blk[..m], &isplit[..sz.nsplit], zm.rb_mut(), fails, work.rb_mut());
                ormtr(Side::Left, uplo, Trans::No, a.rb(), tau, zm, par, work);
                (m, r)
            } else {
                (m, r)
            }
        }
    };

    unscale_eigenvalues(sigma, info, &mut w[..m]);
    if wantz {
        // Bisection orders by block: sort, moving the vectors along.
        sort_eigenpairs(&mut w[..m], z.rb_mut(), |_, _| {});
    }
    (m, info)
}
