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

/// [`syev_req_with`] with `steqr`'s part `qr`.
fn req_with<T: Scalar>(jobz: Jobz, n: usize, nb: usize, qr: WorkReq) -> WorkReq {
    if n <= 1 {
        return WorkReq::EMPTY;
    }
    let mut after = sytrd_req_with::<T>(n, nb);
    if jobz == Jobz::Vectors {
        after = after.or(orgtr_req::<T>(Uplo::Lower, n)).or(orgtr_req::<T>(Uplo::Upper, n)).or(qr);
    }
    WorkReq::new::<T::Real>(n).and(WorkReq::new::<T>(n)).and(after)
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
    driver(Method::Qr, jobz, uplo, a, w, par, work, nb)
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
    driver(Method::DivideConquer, jobz, uplo, a, w, par, work, nb)
}

/// How the tridiagonal eigenproblem is solved.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Method {
    /// The implicit QL/QR iteration on Q formed explicitly (`?syev`).
    Qr,
    /// Divide and conquer on the tridiagonal matrix, then Q applied (`?syevd`).
    DivideConquer,
}

/// The drivers' common body: scale, reduce, solve, scale back.
#[allow(clippy::too_many_arguments)]
fn driver<T: Scalar>(
    method: Method,
    jobz: Jobz,
    uplo: Uplo,
    mut a: MatMut<'_, T>,
    w: &mut [T::Real],
    par: Par,
    mut work: Workspace<'_>,
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
    let (e, mut work) = work.take::<T::Real>(n);
    let (tau, mut work) = work.take::<T>(n);
    sytrd_with(uplo, a.rb_mut(), w, e, tau, par, work.rb_mut(), nb, nb);
    let r = match (jobz, method) {
        (Jobz::NoVectors, _) => sterf(w, e),
        (Jobz::Vectors, Method::Qr) => {
            orgtr(uplo, a.rb_mut(), &tau[..n - 1], par, work.rb_mut());
            steqr(Compz::Update, w, e, a, work)
        }
        (Jobz::Vectors, Method::DivideConquer) => {
            let (zbuf, mut work) = work.take::<T>(n * n);
            let mut z = MatMut::from_col_major(zbuf, n, n, n);
            let r = stedc(Compz::Init, w, e, z.rb_mut(), par, work.rb_mut());
            ormtr(Side::Left, uplo, Trans::No, a.rb(), &tau[..n - 1], z.rb_mut(), par, work);
            lacpy(Part::Full, z.rb(), a);
            r
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
