//! Eigenvalues and eigenvectors of a dense Hermitian (for real types:
//! symmetric) matrix: reduction to tridiagonal form ([`sytrd`]), then the QR
//! iteration (`?syev`/`?heev`: [`sterf`], or [`orgtr`] + [`steqr`]) or
//! divide and conquer (`?syevd`/`?heevd`: [`sterf`], or [`stedc`] on the
//! tridiagonal matrix + [`ormtr`]).
//!
//! A matrix whose largest element is so small or large that the reduction
//! could under- or overflow is scaled into range first and the eigenvalues
//! scaled back, as the reference does.

use super::reduce::{orgtr, orgtr_req, ormtr, ormtr_req, sytrd_req_with, sytrd_with, BLOCK};
use super::tridiagonal::{stedc, stedc_req, steqr, steqr_req, steqr_req_fast, sterf, Compz};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacpy, lascl, MatrixKind, Part};
use ferroblas_kernels::aux::norms::{lansy, Norm};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::{MatMut, RealScalar, Scalar, Side, Trans, Uplo};

/// Whether an eigensolver computes eigenvectors (`JOBZ`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Jobz {
    /// Eigenvalues only (`'N'`).
    NoVectors,
    /// Eigenvalues and eigenvectors (`'V'`).
    Vectors,
}

impl Jobz {
    /// Parses `N` or `V`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'N' => Some(Jobz::NoVectors),
            b'V' => Some(Jobz::Vectors),
            _ => None,
        }
    }
}

/// Scales the `uplo` triangle of the Hermitian `a` into the range where the
/// reduction neither under- nor overflows, when its largest element is
/// outside it; returns the factor applied.
pub(crate) fn scale_into_range<T: Scalar>(uplo: Uplo, a: MatMut<'_, T>) -> Option<T::Real> {
    let n = a.nrows();
    let sigma = driver_sigma(lansy(Norm::Max, uplo, true, a.rb(), &mut []))?;
    let kind = if uplo == Uplo::Upper { MatrixKind::Upper } else { MatrixKind::Lower };
    lascl(kind, 0, 0, T::Real::one(), sigma, n, n, a);
    Some(sigma)
}

/// The factor that brings a matrix of largest element `anrm` into the range
/// where the reduction neither under- nor overflows, when it is outside it.
pub(crate) fn driver_sigma<R: RealScalar>(anrm: R) -> Option<R> {
    let smlnum = lamch::<R>(Machine::SafeMin) / lamch::<R>(Machine::Precision);
    let rmin = smlnum.sqrt();
    let rmax = (R::one() / smlnum).sqrt();
    if anrm > R::zero() && anrm < rmin {
        Some(rmin / anrm)
    } else if anrm > rmax {
        Some(rmax / anrm)
    } else {
        None
    }
}

/// Divides `w` by `sigma`.
pub(crate) fn unscale<R: RealScalar>(sigma: R, w: &mut [R]) {
    let r = R::one() / sigma;
    for x in w {
        *x *= r;
    }
}

/// The `1 x 1` problem: the eigenvalue is the (real part of the) element,
/// the eigenvector 1.
fn order_one<T: Scalar>(jobz: Jobz, mut a: MatMut<'_, T>, w: &mut [T::Real]) {
    w[0] = a.get(0, 0).re();
    if jobz == Jobz::Vectors {
        a.set(0, 0, T::one());
    }
}

/// The workspace [`syev`] needs for order `n`.
pub fn syev_req<T: Scalar>(jobz: Jobz, n: usize) -> WorkReq {
    syev_req_with::<T>(jobz, n, BLOCK)
}

/// [`syev_req`] for the reduction in panels of `nb` columns ([`syev_with`]).
pub fn syev_req_with<T: Scalar>(jobz: Jobz, n: usize, nb: usize) -> WorkReq {
    req_with::<T>(jobz, n, nb, steqr_req::<T>(Compz::Update, n))
}

/// The workspace with which [`syev_with`] runs fastest: [`syev_req_with`]
/// and room for the QR iteration to hold several sweeps of rotations and
/// apply them to the eigenvectors together ([`steqr_req_fast`]).
pub fn syev_req_fast_with<T: Scalar>(jobz: Jobz, n: usize, nb: usize) -> WorkReq {
    req_with::<T>(jobz, n, nb, steqr_req_fast::<T>(Compz::Update, n))
}

/// [`syev_req_with`] with `steqr`'s part `qr`: the off-diagonal `e`
/// throughout; `tau` and the reduction's panel or `orgtr`'s blocks, then the
/// QR iteration in the same bytes (`tau` is dead once Q is formed).
fn req_with<T: Scalar>(jobz: Jobz, n: usize, nb: usize, qr: WorkReq) -> WorkReq {
    if n <= 1 {
        return WorkReq::EMPTY;
    }
    let mut reduce = sytrd_req_with::<T>(n, nb);
    if jobz == Jobz::Vectors {
        reduce = reduce.or(orgtr_req::<T>(Uplo::Lower, n)).or(orgtr_req::<T>(Uplo::Upper, n));
    }
    let mut after = WorkReq::new::<T>(n).and(reduce);
    if jobz == Jobz::Vectors {
        after = after.or(qr);
    }
    WorkReq::new::<T::Real>(n).and(after)
}

/// All eigenvalues, and optionally the eigenvectors, of the Hermitian (real:
/// symmetric) `n x n` matrix `a`, of which the `uplo` triangle is read, by
/// the implicit QL/QR iteration (`?syev`/`?heev`).
///
/// `w` (`n`) receives the eigenvalues in ascending order; with
/// [`Jobz::Vectors`] `a` is overwritten by the orthonormal eigenvectors (its
/// columns in the order of `w`), otherwise its `uplo` triangle is destroyed.
/// `Err(i)`: the iteration did not converge, `i` off-diagonal elements of an
/// intermediate tridiagonal form did not reach zero (`w` then holds the
/// first `i - 1` eigenvalues' approximations unordered, as the reference).
pub fn syev<T: Scalar>(
    jobz: Jobz,
    uplo: Uplo,
    a: MatMut<'_, T>,
    w: &mut [T::Real],
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    syev_with(jobz, uplo, a, w, par, work, BLOCK)
}

/// [`syev`] with the reduction in panels of `nb` columns.
pub fn syev_with<T: Scalar>(
    jobz: Jobz,
    uplo: Uplo,
    a: MatMut<'_, T>,
    w: &mut [T::Real],
    par: Par,
    work: Workspace<'_>,
    nb: usize,
) -> Result<(), Info> {
    driver(Method::Qr, jobz, uplo, a, w, par, work, Workspace::empty(), nb)
}

/// [`syev_with`] with a second workspace for a complex `T`'s real scratch,
/// as `?heev` keeps it in RWORK: the tridiagonal form's off-diagonal (`n`
/// reals) and, when `work` is too small for them, the QR iteration's
/// rotations (`2 (n - 1)` reals). With the reference's minimal LWORK and
/// LRWORK (`?syev`: `3n - 1`; `?heev`: `2n - 1` and `3n - 2`) the driver
/// runs inside them, with the unblocked reduction and Q formed unblocked.
#[allow(clippy::too_many_arguments)]
pub fn syev_with_rwork<T: Scalar>(
    jobz: Jobz,
    uplo: Uplo,
    a: MatMut<'_, T>,
    w: &mut [T::Real],
    par: Par,
    work: Workspace<'_>,
    rwork: Workspace<'_>,
    nb: usize,
) -> Result<(), Info> {
    driver(Method::Qr, jobz, uplo, a, w, par, work, rwork, nb)
}

/// The workspace [`syevd`] needs for order `n`.
pub fn syevd_req<T: Scalar>(jobz: Jobz, n: usize) -> WorkReq {
    syevd_req_with::<T>(jobz, n, BLOCK)
}

/// [`syevd_req`] for the reduction in panels of `nb` columns ([`syevd_with`]).
pub fn syevd_req_with<T: Scalar>(jobz: Jobz, n: usize, nb: usize) -> WorkReq {
    if n <= 1 {
        return WorkReq::EMPTY;
    }
    let mut after = sytrd_req_with::<T>(n, nb);
    if jobz == Jobz::Vectors {
        let apply = ormtr_req::<T>(Side::Left, Uplo::Lower, n, n).or(ormtr_req::<T>(Side::Left, Uplo::Upper, n, n));
        after = after.or(WorkReq::new::<T>(n * n).and(stedc_req::<T>(Compz::Init, n, n).or(apply)));
    }
    WorkReq::new::<T::Real>(n).and(WorkReq::new::<T>(n)).and(after)
}

/// All eigenvalues, and optionally the eigenvectors, of the Hermitian (real:
/// symmetric) `n x n` matrix `a`, of which the `uplo` triangle is read, by
/// divide and conquer (`?syevd`/`?heevd`).
///
/// Output as [`syev`]. `Err` when an eigenvalue could not be computed: for
/// [`Jobz::NoVectors`] as [`sterf`], otherwise as [`stedc`] (`i (n + 1) + j`
/// for the failed sub-problem in rows and columns `i..=j`, 1-based); `a`
/// then holds Q times what the divide and conquer left, as the reference.
pub fn syevd<T: Scalar>(
    jobz: Jobz,
    uplo: Uplo,
    a: MatMut<'_, T>,
    w: &mut [T::Real],
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    syevd_with(jobz, uplo, a, w, par, work, BLOCK)
}

/// [`syevd`] with the reduction in panels of `nb` columns.
pub fn syevd_with<T: Scalar>(
    jobz: Jobz,
    uplo: Uplo,
    a: MatMut<'_, T>,
    w: &mut [T::Real],
    par: Par,
    work: Workspace<'_>,
    nb: usize,
) -> Result<(), Info> {
    driver(Method::DivideConquer, jobz, uplo, a, w, par, work, Workspace::empty(), nb)
}

/// [`syevd_with`] with a second workspace for a complex `T`'s off-diagonal
/// (`n` reals), as `?heevd` keeps it in RWORK. Without eigenvectors the
/// reference's minimal LWORK (`?syevd`: `2n + 1`; `?heevd`: `n + 1`, LRWORK
/// `n`) is enough: the reduction then runs unblocked.
#[allow(clippy::too_many_arguments)]
pub fn syevd_with_rwork<T: Scalar>(
    jobz: Jobz,
    uplo: Uplo,
    a: MatMut<'_, T>,
    w: &mut [T::Real],
    par: Par,
    work: Workspace<'_>,
    rwork: Workspace<'_>,
    nb: usize,
) -> Result<(), Info> {
    driver(Method::DivideConquer, jobz, uplo, a, w, par, work, rwork, nb)
}

/// How the tridiagonal eigenproblem is solved.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Method {
    /// The implicit QL/QR iteration on Q formed explicitly (`?syev`).
    Qr,
    /// Divide and conquer on the tridiagonal matrix, then Q applied (`?syevd`).
    DivideConquer,
}

/// The drivers' common body: scale, reduce, solve, scale back. A complex
/// `T`'s real scratch goes to `rwork` where it fits, else to `work`.
#[allow(clippy::too_many_arguments)]
fn driver<T: Scalar>(
    method: Method,
    jobz: Jobz,
    uplo: Uplo,
    mut a: MatMut<'_, T>,
    w: &mut [T::Real],
    par: Par,
    mut work: Workspace<'_>,
    mut rwork: Workspace<'_>,
    nb: usize,
) -> Result<(), Info> {
    let n = a.nrows();
    assert_eq!(a.ncols(), n, "syev: A is not square");
    assert!(w.len() >= n, "syev: w is shorter than n");
    if n == 0 {
        return Ok(());
    }
    if n == 1 {
        order_one(jobz, a, w);
        return Ok(());
    }
    let w = &mut w[..n];
    let sigma = scale_into_range(uplo, a.rb_mut());
    let e_in_rwork = T::IS_COMPLEX && rwork.capacity::<T::Real>() >= n;
    let (e, mut work, rwork) = if e_in_rwork {
        let (e, rest) = rwork.take::<T::Real>(n);
        (e, work.rb_mut(), rest)
    } else {
        let (e, rest) = work.take::<T::Real>(n);
        (e, rest, rwork.rb_mut())
    };
    let r = {
        let (tau, mut work) = work.take::<T>(n);
        sytrd_with(uplo, a.rb_mut(), w, e, tau, par, work.rb_mut(), nb, nb);
        match (jobz, method) {
            (Jobz::NoVectors, _) => Some(sterf(w, e)),
            (Jobz::Vectors, Method::Qr) => {
                orgtr(uplo, a.rb_mut(), &tau[..n - 1], par, work);
                None
            }
            (Jobz::Vectors, Method::DivideConquer) => {
                let (zbuf, mut work) = work.take::<T>(n * n);
                let mut z = MatMut::from_col_major(zbuf, n, n, n);
                let r = stedc(Compz::Init, w, e, z.rb_mut(), par, work.rb_mut());
                ormtr(Side::Left, uplo, Trans::No, a.rb(), &tau[..n - 1], z.rb_mut(), par, work);
                lacpy(Part::Full, z.rb(), a.rb_mut());
                Some(r)
            }
        }
    };
    // The QR iteration's rotations reuse tau's bytes (the reference's
    // minimal LWORK counts on it), or go to RWORK, as the reference's
    // `?heev` keeps them, when WORK is too short for the iteration's faster
    // path anyway.
    let r = match r {
        Some(r) => r,
        None => {
            let in_rwork =
                !work.fits(steqr_req_fast::<T>(Compz::Update, n)) && rwork.capacity::<T::Real>() >= 2 * (n - 1);
            steqr(Compz::Update, w, e, a, if in_rwork { rwork } else { work })
        }
    };
    if let Some(sigma) = sigma {
        // After a failure of the QR iteration only the leading eigenvalues
        // are meaningful (the reference scales them alone).
        let imax = match (r, method) {
            (Err(info), Method::Qr) => info.get().get() - 1,
            _ => n,
        };
        unscale(sigma, &mut w[..imax]);
    }
    r
}
