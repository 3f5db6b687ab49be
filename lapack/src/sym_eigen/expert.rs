//! Selected eigenvalues and eigenvectors of a dense Hermitian (real:
//! symmetric) matrix (`?syevx`/`?heevx`): the reduction to tridiagonal form
//! ([`sytrd`]), then all eigenvalues by the QR iteration when all are wanted
//! ([`sterf`], or [`orgtr`] + [`steqr`]), otherwise (or when that fails)
//! bisection ([`stebz`]) and inverse iteration ([`stein`]) with Q applied by
//! [`ormtr`].

use super::bisection::{stebz, stebz_req, stein, stein_req, Block, EigRange, Order};
use super::drivers::Jobz;
use super::reduce::{orgtr, orgtr_req, ormtr, ormtr_req, sytrd_req_with, sytrd_with, BLOCK};
use super::tridiagonal::{steqr, steqr_req, sterf, Compz};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacpy, Part};
use ferroblas_kernels::aux::norms::{lansy, Norm};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::{MatMut, RealScalar, Scalar, Side, Trans, Uplo};

/// The workspace [`syevx`] needs for order `n`.
pub fn syevx_req<T: Scalar>(jobz: Jobz, n: usize) -> WorkReq {
    syevx_req_with::<T>(jobz, n, BLOCK)
}

/// [`syevx_req`] for the reduction in panels of `nb` columns ([`syevx_with`]).
pub fn syevx_req_with<T: Scalar>(jobz: Jobz, n: usize, nb: usize) -> WorkReq {
    if n <= 1 {
        return WorkReq::EMPTY;
    }
    let mut qr_path = WorkReq::new::<T::Real>(n);
    let mut after_stebz = stebz_req::<T::Real>(n);
    if jobz == Jobz::Vectors {
        qr_path = qr_path.and(
            orgtr_req::<T>(Uplo::Lower, n).or(orgtr_req::<T>(Uplo::Upper, n)).or(steqr_req::<T>(Compz::Update, n)),
        );
        let apply = ormtr_req::<T>(Side::Left, Uplo::Lower, n, n).or(ormtr_req::<T>(Side::Left, Uplo::Upper, n, n));
        after_stebz = after_stebz
            .or(WorkReq::new::<usize>(n).and(WorkReq::new::<usize>(n)).and(stein_req::<T::Real>(n).or(apply)));
    }
    let bisect = WorkReq::new::<Block>(n).and(WorkReq::new::<usize>(n)).and(after_stebz);
    WorkReq::new::<T::Real>(2 * n).and(WorkReq::new::<T>(n)).and(sytrd_req_with::<T>(n, nb).or(qr_path).or(bisect))
}

/// The number of columns `z` needs for `range` in order `n`: all for
/// [`EigRange::All`] and [`EigRange::Values`], `iu - il + 1` for
/// [`EigRange::Indices`].
pub fn syevx_columns<R>(range: EigRange<R>, n: usize) -> usize {
    match range {
        EigRange::Indices(il, iu) => (iu + 1).saturating_sub(il),
        _ => n,
    }
}

/// Scales the `uplo` triangle of `a` into the range where the reduction
/// neither under- nor overflows (a tighter upper bound than `?syev`'s, as
/// the expert drivers `?syevx` and `?syevr` have it), and the absolute
/// tolerance (when positive) and a value range with it; returns the factor
/// and the scaled tolerance and range.
pub(crate) fn scale_for_expert<T: Scalar>(
    uplo: Uplo,
    mut a: MatMut<'_, T>,
    abstol: T::Real,
    range: EigRange<T::Real>,
) -> (Option<T::Real>, T::Real, EigRange<T::Real>) {
    let n = a.nrows();
    let sigma = expert_sigma(lansy(Norm::Max, uplo, true, a.rb(), &mut []));
    if let Some(s) = sigma {
        for j in 0..n {
            let rows = if uplo == Uplo::Lower { j..n } else { 0..j + 1 };
            for i in rows {
                let v = a.get(i, j).scale_real(s);
                a.set(i, j, v);
            }
        }
    }
    let (abstol, range) = scale_bounds(sigma, abstol, range);
    (sigma, abstol, range)
}

/// The factor that brings a matrix of largest element `anrm` into the
/// expert drivers' safe range, when it is outside it.
pub(crate) fn expert_sigma<R: RealScalar>(anrm: R) -> Option<R> {
    let one = R::one();
    let safmin = lamch::<R>(Machine::SafeMin);
    let smlnum = safmin / lamch::<R>(Machine::Precision);
    let rmin = smlnum.sqrt();
    let rmax = (one / smlnum).sqrt().min(one / safmin.sqrt().sqrt());
    if anrm > R::zero() && anrm < rmin {
        Some(rmin / anrm)
    } else if anrm > rmax {
        Some(rmax / anrm)
    } else {
        None
    }
}

/// The absolute tolerance (when positive) and a value range scaled by
/// `sigma` along with the matrix.
pub(crate) fn scale_bounds<R: RealScalar>(sigma: Option<R>, abstol: R, range: EigRange<R>) -> (R, EigRange<R>) {
    match sigma {
        None => (abstol, range),
        Some(s) => {
            let abstol = if abstol > R::zero() { abstol * s } else { abstol };
            let range = match range {
                EigRange::Values(vl, vu) => EigRange::Values(vl * s, vu * s),
                r => r,
            };
            (abstol, range)
        }
    }
}

/// Undoes [`scale_for_expert`]'s scaling `sigma` on the eigenvalues `w`;
/// after a failure (INFO = i) only the leading `i - 1`, as the reference.
pub(crate) fn unscale_eigenvalues<R: RealScalar>(sigma: Option<R>, info: Result<(), Info>, w: &mut [R]) {
    if let Some(s) = sigma {
        let imax = match info {
            Ok(()) => w.len(),
            Err(i) => (i.get().get() - 1).min(w.len()),
        };
        let r = R::one() / s;
        w[..imax].iter_mut().for_each(|x| *x *= r);
    }
}

/// Sorts the eigenvalues `w` ascending by selection (bisection orders them
/// by block), swapping the columns of `z` along and telling `swapped(i, j)`
/// of each exchange, as the reference's drivers do.
pub(crate) fn sort_eigenpairs<T: Scalar>(
    w: &mut [T::Real],
    mut z: MatMut<'_, T>,
    mut swapped: impl FnMut(usize, usize),
) {
    let n = z.nrows();
    for j in 0..w.len().saturating_sub(1) {
        let mut best = j;
        for jj in j + 1..w.len() {
            if w[jj] < w[best] {
                best = jj;
            }
        }
        if best != j {
            w.swap(best, j);
            for i in 0..n {
                let t = z.get(i, best);
                z.set(i, best, z.get(i, j));
                z.set(i, j, t);
            }
            swapped(best, j);
        }
    }
}

/// Selected eigenvalues, and optionally eigenvectors, of the Hermitian (real:
/// symmetric) `n x n` matrix `a`, of which the `uplo` triangle is read
/// (`?syevx`/`?heevx`).
///
/// Returns `m`, the number of eigenvalues found, and the status. `w` (`n`)
/// receives them ascending; with [`Jobz::Vectors`] the first `m` columns of
/// `z` (`n x` [`syevx_columns`]) their orthonormal eigenvectors and
/// `ifail` (`n`) the reference's `IFAIL`: `None` in the first `m` entries
/// when all converged, otherwise the 0-based columns whose inverse iteration
/// failed (in the first `k` entries for `Err(Info::new(k))`). `abstol` is the
/// absolute accuracy of the bisection (`<= 0`: `eps |T|`); when all
/// eigenvalues are wanted and `abstol <= 0` the QR iteration computes them
/// instead. `a` is destroyed.
///
/// `Err` as the reference: for [`Jobz::Vectors`] the number of eigenvectors
/// that failed to converge, otherwise [`stebz`]'s status.
#[allow(clippy::too_many_arguments)]
pub fn syevx<T: Scalar>(
    jobz: Jobz,
    range: EigRange<T::Real>,
    uplo: Uplo,
    a: MatMut<'_, T>,
    abstol: T::Real,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    ifail: &mut [Option<usize>],
    par: Par,
    work: Workspace<'_>,
) -> (usize, Result<(), Info>) {
    syevx_with(jobz, range, uplo, a, abstol, w, z, ifail, par, work, BLOCK)
}

/// [`syevx`] with the reduction in panels of `nb` columns.
#[allow(clippy::too_many_arguments)]
pub fn syevx_with<T: Scalar>(
    jobz: Jobz,
    range: EigRange<T::Real>,
    uplo: Uplo,
    mut a: MatMut<'_, T>,
    abstol: T::Real,
    w: &mut [T::Real],
    mut z: MatMut<'_, T>,
    ifail: &mut [Option<usize>],
    par: Par,
    mut work: Workspace<'_>,
    nb: usize,
) -> (usize, Result<(), Info>) {
    type R<T> = <T as Scalar>::Real;
    let n = a.nrows();
    assert_eq!(a.ncols(), n, "syevx: A is not square");
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
        }
        return (m, Ok(()));
    }

    let (sigma, abstll, range_s) = scale_for_expert(uplo, a.rb_mut(), abstol, range);

    let (de, mut work) = work.take::<R<T>>(2 * n);
    let (d, e) = de.split_at_mut(n);
    let (tau, mut work) = work.take::<T>(n);
    sytrd_with(uplo, a.rb_mut(), d, e, tau, par, work.rb_mut(), nb, nb);
    let tau = &tau[..n - 1];

    expert_tridiagonal(
        wantz,
        range,
        range_s,
        abstol,
        abstll,
        sigma,
        d,
        e,
        w,
        z,
        ifail,
        |mut zq, mut work| {
            lacpy(Part::Full, a.rb(), zq.rb_mut());
            orgtr(uplo, zq, tau, par, work.rb_mut());
        },
        |zm, work| ormtr(Side::Left, uplo, Trans::No, a.rb(), tau, zm, par, work),
        work,
    )
}

/// The stage the expert drivers (`?syevx`, `?spevx`, `?sbevx`) share once
/// their matrix is reduced to the tridiagonal `d`, `e` (scaled by `sigma`,
/// with the tolerance and range scaled along, `abstll`, `range_s`): the
/// whole spectrum without a tolerance by `?sterf` / `?steqr` on the Q that
/// `form_q` writes into an `n x n` block; otherwise, or when that fails,
/// bisection (`?stebz`) and inverse iteration (`?stein`), the vectors then
/// multiplied by Q through `apply_q`. The eigenvalues are unscaled and, with
/// vectors, sorted; returns their number and INFO (failed vectors in IFAIL).
#[allow(clippy::too_many_arguments)]
pub(crate) fn expert_tridiagonal<T: Scalar>(
    wantz: bool,
    range: EigRange<T::Real>,
    range_s: EigRange<T::Real>,
    abstol: T::Real,
    abstll: T::Real,
    sigma: Option<T::Real>,
    d: &[T::Real],
    e: &[T::Real],
    w: &mut [T::Real],
    mut z: MatMut<'_, T>,
    ifail: &mut [Option<usize>],
    form_q: impl FnOnce(MatMut<'_, T>, Workspace<'_>),
    apply_q: impl FnOnce(MatMut<'_, T>, Workspace<'_>),
    mut work: Workspace<'_>,
) -> (usize, Result<(), Info>) {
    type R<T> = <T as Scalar>::Real;
    let n = d.len();
    let all = match range {
        EigRange::All => true,
        EigRange::Indices(il, iu) => il == 0 && iu + 1 == n,
        EigRange::Values(..) => false,
    };
    let mut found: Option<(usize, Result<(), Info>)> = None;
    if all && abstol <= R::<T>::zero() {
        let mut work = work.rb_mut();
        let (ee, mut work) = work.take::<R<T>>(n);
        w[..n].copy_from_slice(d);
        ee[..n - 1].copy_from_slice(&e[..n - 1]);
        let r = if wantz {
            let mut zq = z.rb_mut().submatrix(0, 0, n, n);
            form_q(zq.rb_mut(), work.rb_mut());
            let r = steqr(Compz::Update, &mut w[..n], &mut ee[..n - 1], zq, work);
            if r.is_ok() {
                ifail[..n].iter_mut().for_each(|f| *f = None);
            }
            r
        } else {
            sterf(&mut w[..n], &mut ee[..n - 1])
        };
        if r.is_ok() {
            found = Some((n, Ok(())));
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
                let mut zm = z.rb_mut().submatrix(0, 0, n, m);
                let r = {
                    let mut work = work.rb_mut();
                    let (blk, mut work) = work.take::<usize>(n);
                    let (fails, mut work) = work.take::<usize>(n);
                    for (b, ib) in blk.iter_mut().zip(iblock.iter()).take(m) {
                        *b = if ib.converged { ib.index } else { usize::MAX };
                    }
                    ifail[..m].iter_mut().for_each(|f| *f = None);
                    let r = stein(
                        d,
                        &e[..n - 1],
                        &w[..m],
                        &blk[..m],
                        &isplit[..sz.nsplit],
                        zm.rb_mut(),
                        fails,
                        work.rb_mut(),
                    );
                    if let Err(info) = r {
                        for (k, &j) in fails[..info.get().get()].iter().enumerate() {
                            ifail[k] = Some(j);
                        }
                    }
                    r
                };
                apply_q(zm, work);
                (m, r)
            } else {
                (m, r)
            }
        }
    };
    unscale_eigenvalues(sigma, info, &mut w[..m]);
    if wantz {
        // Bisection ordered by block: sort, moving the vectors (and, after a
        // failure, the IFAIL entries at the same positions) along.
        sort_eigenpairs(&mut w[..m], z.rb_mut(), |best, j| {
            if info.is_err() {
                ifail.swap(best, j);
            }
        });
    }
    (m, info)
}
