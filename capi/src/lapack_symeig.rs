//! Glue between the generated entry points of the dense Hermitian
//! eigensolvers (`?sytrd`/`?hetrd`, `?orgtr`/`?ungtr`, `?ormtr`/`?unmtr`,
//! `?syev`/`?heev`, `?syevd`/`?heevd`) and `ferroblas_lapack::sym_eigen`:
//! the block sizes (the program's `ilaenv_` when it defines one), the
//! reference 3.11's workspace formulas, and the drivers' scratch memory.
//!
//! The drivers run in the caller's WORK (and RWORK, where a complex
//! driver keeps its real scratch as the reference does), taking slower
//! paths (unblocked reduction, Q formed unblocked, rotations applied one
//! sweep at a time) when they are as short as the reference's minimum. The
//! one exception left is `?syevd`/`?heevd` with eigenvectors below the
//! divide and conquer's own needs (which the LWORK query answers): it runs
//! in a [`ferroblas_lapack::WorkBuffer`].

use crate::lapack_rt::{block_size, block_size_or, routine_name, with_work, workspace, AbiInt};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::MatMut;
use ferroblas_kernels::{Side, Uplo};
use ferroblas_lapack::sym_eigen::drivers::{self as dr, Jobz};
use ferroblas_lapack::sym_eigen::reduce;
use ferroblas_lapack::{Info, Par};

/// `SYTRD` or `HETRD`, the stem `ilaenv` knows the reduction by.
fn trd_stem<T: Scalar>() -> &'static str {
    if T::IS_COMPLEX {
        "HETRD"
    } else {
        "SYTRD"
    }
}

/// The reference's block size of the reduction (`ILAENV(1, 'xSYTRD', ...)`),
/// which its workspace formulas use.
pub fn trd_nb<T: Scalar>(n: usize) -> usize {
    block_size::<T>(trd_stem::<T>(), n)
}

/// The block size and crossover the reduction runs with: the program's
/// `ilaenv_` (`ISPEC` 1 and 3) when it defines one, ferroblas's otherwise.
pub fn trd_blocking<T: Scalar>(n: usize) -> (usize, usize) {
    let nb = block_size_or::<T>(trd_stem::<T>(), n, reduce::BLOCK);
    if !crate::lapack_aux::program_ilaenv() {
        return (nb, reduce::BLOCK);
    }
    let n32 = i32::try_from(n).unwrap_or(i32::MAX);
    let nx = crate::lapack_aux::ilaenv_lookup(3, &routine_name::<T>(trd_stem::<T>()), " ", [n32, -1, -1, -1]);
    (nb, usize::try_from(nx).unwrap_or(0))
}

/// `?sytrd`/`?hetrd` in the caller's WORK.
#[allow(clippy::too_many_arguments)]
pub fn sytrd<T: Scalar>(
    uplo: Uplo,
    a: MatMut<'_, T>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    tau: &mut [T],
    work: &mut [T],
) {
    let n = a.nrows();
    let (nb, nx) = trd_blocking::<T>(n);
    reduce::sytrd_with(uplo, a, d, e, tau, Par::default(), crate::lapack_rt::workspace(work), nb, nx);
    if let Some(w) = work.first_mut() {
        *w = T::from_real(T::Real::from_f64(if n == 0 { 1.0 } else { (n * trd_nb::<T>(n)) as f64 }));
    }
}

/// The stem of the QR or QL routine behind `?orgtr` (`generate`) or `?ormtr`.
fn q_stem<T: Scalar>(uplo: Uplo, generate: bool) -> &'static str {
    match (T::IS_COMPLEX, generate, uplo) {
        (false, true, Uplo::Upper) => "ORGQL",
        (false, true, Uplo::Lower) => "ORGQR",
        (false, false, Uplo::Upper) => "ORMQL",
        (false, false, Uplo::Lower) => "ORMQR",
        (true, true, Uplo::Upper) => "UNGQL",
        (true, true, Uplo::Lower) => "UNGQR",
        (true, false, Uplo::Upper) => "UNMQL",
        (true, false, Uplo::Lower) => "UNMQR",
    }
}

/// `?orgtr`'s optimal LWORK as the reference computes it.
pub fn orgtr_lwork<T: Scalar>(uplo: Uplo, n: usize) -> usize {
    let k = n.saturating_sub(1).max(1);
    k * block_size::<T>(q_stem::<T>(uplo, true), n.saturating_sub(1))
}

/// The block size `?orgtr` runs with.
pub fn orgtr_nb<T: Scalar>(uplo: Uplo, n: usize) -> usize {
    block_size_or::<T>(q_stem::<T>(uplo, true), n.saturating_sub(1), ferroblas_lapack::qr::BLOCK)
}

/// `?ormtr`'s optimal LWORK as the reference computes it.
pub fn ormtr_lwork<T: Scalar>(side: Side, uplo: Uplo, m: usize, n: usize) -> usize {
    let nw = if side == Side::Left { n } else { m }.max(1);
    nw * block_size::<T>(q_stem::<T>(uplo, false), if side == Side::Left { m } else { n })
}

/// The block size `?ormtr` runs with.
pub fn ormtr_nb<T: Scalar>(uplo: Uplo, n: usize) -> usize {
    block_size_or::<T>(q_stem::<T>(uplo, false), n, ferroblas_lapack::qr::BLOCK)
}

/// The workspace sizes of a driver as the reference 3.11 states them: the
/// minimum (checked) and the optimum (answered to a query and left in
/// `WORK(1)` etc.).
#[derive(Clone, Copy, Debug)]
pub struct Sizes {
    /// Minimal LWORK.
    pub lwork: usize,
    /// Optimal LWORK.
    pub lwork_opt: usize,
    /// Minimal (and optimal) LRWORK.
    pub lrwork: usize,
    /// Minimal (and optimal) LIWORK.
    pub liwork: usize,
}

/// `?syev`/`?heev`: LWORK at least `max(1, 3n - 1)` (real) or `max(1, 2n -
/// 1)` (complex), optimal `max(1, (nb + 2) n)` or `max(1, (nb + 1) n)`;
/// RWORK `max(1, 3n - 2)`.
pub fn syev_sizes<T: Scalar>(n: i64) -> Sizes {
    let n = usize::try_from(n).unwrap_or(0);
    let nb = trd_nb::<T>(n);
    let (lwork, lwork_opt) = if T::IS_COMPLEX {
        ((2 * n).saturating_sub(1).max(1), ((nb + 1) * n).max(1))
    } else {
        ((3 * n).saturating_sub(1).max(1), ((nb + 2) * n).max(1))
    };
    Sizes { lwork, lwork_opt, lrwork: (3 * n).saturating_sub(2).max(1), liwork: 1 }
}

/// `?syev`/`?heev`'s answer to a workspace query: the reference's optimum,
/// or more with eigenvectors, the room for the QR iteration to hold several
/// sweeps of rotations and apply them together (which WORK of the
/// reference's sizes does not hold: the iteration then applies each sweep
/// as it comes).
pub fn syev_lwork<T: Scalar>(jobz: Jobz, n: usize) -> usize {
    let (nb, _) = trd_blocking::<T>(n);
    let fast = dr::syev_req_fast_with::<T>(jobz, n, nb).elems::<T>();
    syev_sizes::<T>(n as i64).lwork_opt.max(fast)
}

/// `?syevd`/`?heevd`'s sizes as the reference 3.11 computes them, except
/// the optimal LWORK: at least what [`dr::syevd_req_with`] asks in WORK
/// alone, with which the divide and conquer runs inside the caller's arrays.
pub fn syevd_sizes<T: Scalar>(jobz: Option<Jobz>, n: i64) -> Sizes {
    let n = usize::try_from(n).unwrap_or(0);
    if n <= 1 {
        return Sizes { lwork: 1, lwork_opt: 1, lrwork: 1, liwork: 1 };
    }
    let vectors = jobz == Some(Jobz::Vectors);
    let nb = trd_nb::<T>(n);
    let (lwork, lrwork, liwork, base) = match (T::IS_COMPLEX, vectors) {
        (false, true) => (1 + 6 * n + 2 * n * n, 1, 3 + 5 * n, 2 * n),
        (false, false) => (2 * n + 1, 1, 1, 2 * n),
        (true, true) => (2 * n + n * n, 1 + 5 * n + 2 * n * n, 3 + 5 * n, n),
        (true, false) => (n + 1, n, 1, n),
    };
    let ours = jobz.map_or(0, |j| dr::syevd_req_with::<T>(j, n, trd_blocking::<T>(n).0).elems::<T>());
    Sizes { lwork, lwork_opt: lwork.max(base + n * nb).max(ours), lrwork, liwork }
}

/// Stores the sizes the reference leaves in WORK(1), RWORK(1), IWORK(1).
fn leave_sizes<T: Scalar, I: AbiInt>(
    work: &mut [T],
    lwork: usize,
    rwork: &mut [T::Real],
    lrwork: usize,
    iwork: &mut [I],
    liwork: usize,
) {
    if let Some(w) = work.first_mut() {
        *w = T::from_real(T::Real::from_f64(lwork as f64));
    }
    if let Some(w) = rwork.first_mut() {
        *w = T::Real::from_f64(lrwork as f64);
    }
    if let Some(w) = iwork.first_mut() {
        *w = I::from_i64(liwork as i64);
    }
}

/// `?syev`/`?heev`: the driver in the caller's WORK and RWORK (at the
/// reference's minimal sizes unblocked; with [`syev_lwork`] the QR
/// iteration holds sweeps back), then the optimal LWORK in WORK(1) (for
/// `n = 1` 2 (real) or 1 (complex), as the reference).
pub fn syev<T: Scalar>(
    jobz: Jobz,
    uplo: Uplo,
    a: MatMut<'_, T>,
    w: &mut [T::Real],
    work: &mut [T],
    rwork: &mut [T::Real],
) -> Result<(), Info> {
    let n = a.nrows();
    let (nb, _) = trd_blocking::<T>(n);
    let r = dr::syev_with_rwork(jobz, uplo, a, w, Par::default(), workspace(work), workspace(rwork), nb);
    let opt = match n {
        1 if T::IS_COMPLEX => 1,
        1 => 2,
        _ => syev_lwork::<T>(jobz, n),
    };
    if let Some(x) = work.first_mut() {
        *x = T::from_real(T::Real::from_f64(opt as f64));
    }
    r
}

/// `?syevd`/`?heevd`: the driver in the caller's WORK and RWORK (without
/// eigenvectors always; with them when WORK holds [`dr::syevd_req_with`],
/// else in a buffer of its own), then the optimal sizes in WORK(1),
/// RWORK(1), IWORK(1).
pub fn syevd<T: Scalar, I: AbiInt>(
    jobz: Jobz,
    uplo: Uplo,
    a: MatMut<'_, T>,
    w: &mut [T::Real],
    work: &mut [T],
    rwork: &mut [T::Real],
    iwork: &mut [I],
) -> Result<(), Info> {
    let n = a.nrows();
    let (nb, _) = trd_blocking::<T>(n);
    let req = dr::syevd_req_with::<T>(jobz, n, nb);
    let r = if jobz == Jobz::NoVectors || workspace(work).fits(req) {
        dr::syevd_with_rwork(jobz, uplo, a, w, Par::default(), workspace(work), workspace(rwork), nb)
    } else {
        with_work(work, req, |ws| dr::syevd_with(jobz, uplo, a, w, Par::default(), ws, nb))
    };
    let s = syevd_sizes::<T>(Some(jobz), n as i64);
    leave_sizes(work, s.lwork_opt, rwork, s.lrwork, iwork, s.liwork);
    r
}
