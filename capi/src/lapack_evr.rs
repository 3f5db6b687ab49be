//! Glue between the generated entry points of `?syevr`/`?heevr` and
//! `ferroblas_lapack::sym_eigen::evr`: the reference's workspace formulas,
//! its WORK(1)/RWORK(1)/IWORK(1) answers, M and the 1-based ISUPPZ.
//!
//! The routines run in the caller's WORK when it holds the bytes their
//! `_req` functions ask (`lapack_rt::with_work`; the LWORK query answers at
//! least that), on a [`ferroblas_lapack::WorkBuffer`] otherwise (the
//! reference's minimal LWORK, or routines whose glue is not given WORK);
//! the 0-based support pairs live in the caller's IWORK, which the
//! reference's LIWORK (`10 n`) leaves room for. The caller's arrays are
//! checked as the reference checks them.

use crate::lapack_rt::{block_size, with_work, workspace, AbiInt};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::MatMut;
use ferroblas_kernels::Uplo;
use ferroblas_lapack::sym_eigen::bisection::RangeKind;
use ferroblas_lapack::sym_eigen::drivers::Jobz;
use ferroblas_lapack::sym_eigen::evr;
use ferroblas_lapack::{Info, Par};

/// The workspace sizes of `?syevr`/`?heevr` as the reference 3.11 states
/// them (3.12 lowers the minima to 1 for `n = 1`; the test programs of
/// 3.11 check for 26, 2, 24 and 10 there).
#[derive(Clone, Copy, Debug)]
pub struct Sizes {
    /// Minimal LWORK: `max(1, 26 n)` (real) or `max(1, 2 n)` (complex).
    pub lwork: usize,
    /// Optimal LWORK: `max((nb + 1) n, lwork)`, `nb` the larger block size
    /// of the reduction and of Q's application.
    pub lwork_opt: usize,
    /// Minimal LRWORK (complex): `max(1, 24 n)`.
    pub lrwork: usize,
    /// Minimal LIWORK: `max(1, 10 n)`.
    pub liwork: usize,
}

/// `?syevr`/`?heevr`'s workspace bounds for order `n`.
pub fn syevr_sizes<T: Scalar>(n: i64) -> Sizes {
    let n = usize::try_from(n).unwrap_or(0);
    let (trd, mtr) = if T::IS_COMPLEX { ("HETRD", "UNMTR") } else { ("SYTRD", "ORMTR") };
    let nb = block_size::<T>(trd, n).max(block_size::<T>(mtr, n));
    let (lwork, lrwork, liwork) = if T::IS_COMPLEX {
        ((2 * n).max(1), (24 * n).max(1), (10 * n).max(1))
    } else {
        ((26 * n).max(1), 1, (10 * n).max(1))
    };
    Sizes { lwork, lwork_opt: ((nb + 1) * n).max(lwork), lrwork, liwork }
}

/// `?syevr`/`?heevr`'s answer to an LWORK query: the reference's optimum,
/// or more where the driver's [`evr::syevr_req_with`] asks more, with which
/// it runs inside the caller's WORK.
pub fn syevr_lwork<T: Scalar>(jobz: Jobz, n: usize) -> usize {
    let (nb, _) = crate::lapack_symeig::trd_blocking::<T>(n);
    let ours = evr::syevr_req_with::<T>(jobz, n, nb).elems::<T>();
    syevr_sizes::<T>(n as i64).lwork_opt.max(ours)
}

/// `?syevr`/`?heevr`: the driver, M, the 1-based ISUPPZ pairs it wrote
/// (the others left as the caller had them), and the sizes the reference
/// leaves in WORK(1) (for `n = 1` 7, complex 2; 1 for `n = 0`), RWORK(1)
/// (complex) and IWORK(1).
#[allow(clippy::too_many_arguments)]
pub fn syevr<T: Scalar, I: AbiInt>(
    jobz: Jobz,
    range: RangeKind,
    uplo: Uplo,
    a: MatMut<'_, T>,
    vl: T::Real,
    vu: T::Real,
    il: i64,
    iu: i64,
    abstol: T::Real,
    m: &mut I,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    isuppz: &mut [I],
    work: &mut [T],
    rwork: &mut [T::Real],
    iwork: &mut [I],
) -> Result<(), Info> {
    let n = a.nrows();
    let (nb, _) = crate::lapack_symeig::trd_blocking::<T>(n);
    let req = evr::syevr_req_with::<T>(jobz, n, nb);
    let range = crate::lapack_symeigx::eig_range(range, vl, vu, il, iu);
    let mut iws = workspace(iwork);
    // LIWORK >= 10n integers hold the (at most 2n) pairs as usize.
    let (supp, _) = iws.take::<usize>(isuppz.len());
    supp.fill(usize::MAX);
    let (found, r) =
        with_work(work, req, |ws| evr::syevr_with(jobz, range, uplo, a, abstol, w, z, supp, Par::default(), ws, nb));
    *m = I::from_i64(found as i64);
    for (o, &s) in isuppz.iter_mut().zip(supp.iter()) {
        if s != usize::MAX {
            *o = I::from_i64(s as i64 + 1);
        }
    }
    let s = syevr_sizes::<T>(n as i64);
    let lwork = match n {
        0 => 1,
        1 if T::IS_COMPLEX => 2,
        1 => 7,
        _ => syevr_lwork::<T>(jobz, n),
    };
    if let Some(x) = work.first_mut() {
        *x = T::from_real(T::Real::from_f64(lwork as f64));
    }
    if let Some(x) = rwork.first_mut() {
        *x = T::Real::from_f64(s.lrwork as f64);
    }
    if let Some(x) = iwork.first_mut() {
        *x = I::from_i64(s.liwork as i64);
    }
    r
}
