//! Glue between the generated entry points of the packed and band Hermitian
//! eigensolvers (`?spev`, `?spevd`, `?spevx`, `?sbev`, `?sbevd`, `?sbevx`
//! and their Hermitian twins) and `ferroblas_lapack::sym_eigen::{packed,
//! band}`: the reference's workspace
//! formulas, 1-based IFAIL, and the drivers' scratch memory.
//!
//! The drivers run on a [`WorkBuffer`] sized by their `_req` functions
//! rather than on the caller's WORK/RWORK/IWORK (whose sizes the generated
//! code checks where the reference does): the arrays are split across
//! element types one Rust workspace cannot combine, and the blocked
//! application of Q needs more than the reference's WORK.

use crate::lapack_rt::AbiInt;
use crate::lapack_symeigx::{eig_range, leave_ifail, UNTOUCHED};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::MatMut;
use ferroblas_kernels::Uplo;
use ferroblas_lapack::relapack::sygst::Itype;
use ferroblas_lapack::sym_eigen::band as bd;
use ferroblas_lapack::sym_eigen::bisection::RangeKind;
use ferroblas_lapack::sym_eigen::drivers::Jobz;
use ferroblas_lapack::sym_eigen::packed as pk;
use ferroblas_lapack::sym_eigen::packed_gen as pg;
use ferroblas_lapack::{Info, Par, WorkBuffer};

/// `?spev`/`?hpev` on their own scratch memory.
pub fn spev<T: Scalar>(
    jobz: Jobz,
    uplo: Uplo,
    n: usize,
    ap: &mut [T],
    w: &mut [T::Real],
    z: MatMut<'_, T>,
) -> Result<(), Info> {
    let mut buf = WorkBuffer::new(pk::spev_req::<T>(jobz, n));
    pk::spev(jobz, uplo, n, ap, w, z, Par::default(), buf.workspace())
}

/// The workspace sizes of `?spevd`/`?hpevd` as the reference states them
/// (minimal = optimal).
#[derive(Clone, Copy, Debug)]
pub struct Sizes {
    /// LWORK.
    pub lwork: usize,
    /// LRWORK (complex only).
    pub lrwork: usize,
    /// LIWORK.
    pub liwork: usize,
}

/// `?spevd`/`?hpevd`'s LWORK, LRWORK, LIWORK for order `n`.
pub fn spevd_sizes<T: Scalar>(jobz: Option<Jobz>, n: i64) -> Sizes {
    let n = usize::try_from(n).unwrap_or(0);
    if n <= 1 {
        return Sizes { lwork: 1, lrwork: 1, liwork: 1 };
    }
    let vectors = jobz == Some(Jobz::Vectors);
    match (T::IS_COMPLEX, vectors) {
        (false, true) => Sizes { lwork: 1 + 6 * n + n * n, lrwork: 1, liwork: 3 + 5 * n },
        (false, false) => Sizes { lwork: 2 * n, lrwork: 1, liwork: 1 },
        (true, true) => Sizes { lwork: 2 * n, lrwork: 1 + 5 * n + 2 * n * n, liwork: 3 + 5 * n },
        (true, false) => Sizes { lwork: n, lrwork: n, liwork: 1 },
    }
}

/// Stores the sizes the reference leaves in WORK(1), RWORK(1), IWORK(1).
pub(crate) fn leave_sizes<T: Scalar, I: AbiInt>(s: Sizes, work: &mut [T], rwork: &mut [T::Real], iwork: &mut [I]) {
    if let Some(x) = work.first_mut() {
        *x = T::from_real(T::Real::from_f64(s.lwork as f64));
    }
    if let Some(x) = rwork.first_mut() {
        *x = T::Real::from_f64(s.lrwork as f64);
    }
    if let Some(x) = iwork.first_mut() {
        *x = I::from_i64(s.liwork as i64);
    }
}

/// `?spevd`/`?hpevd`: the driver, then the sizes in WORK(1), RWORK(1),
/// IWORK(1).
#[allow(clippy::too_many_arguments)]
pub fn spevd<T: Scalar, I: AbiInt>(
    jobz: Jobz,
    uplo: Uplo,
    n: usize,
    ap: &mut [T],
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    work: &mut [T],
    rwork: &mut [T::Real],
    iwork: &mut [I],
) -> Result<(), Info> {
    let mut buf = WorkBuffer::new(pk::spevd_req::<T>(jobz, n));
    let r = pk::spevd(jobz, uplo, n, ap, w, z, Par::default(), buf.workspace());
    leave_sizes(spevd_sizes::<T>(Some(jobz), n as i64), work, rwork, iwork);
    r
}

/// `?spevx`/`?hpevx`: the driver, M and the 1-based IFAIL.
#[allow(clippy::too_many_arguments)]
pub fn spevx<T: Scalar, I: AbiInt>(
    jobz: Jobz,
    range: RangeKind,
    uplo: Uplo,
    n: usize,
    ap: &mut [T],
    vl: T::Real,
    vu: T::Real,
    il: i64,
    iu: i64,
    abstol: T::Real,
    m: &mut I,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    ifail: &mut [I],
) -> Result<(), Info> {
    let mut buf = WorkBuffer::new(pk::spevx_req::<T>(jobz, n));
    let mut fails = vec![UNTOUCHED; n];
    let range = eig_range(range, vl, vu, il, iu);
    let (found, r) = pk::spevx(jobz, range, uplo, n, ap, abstol, w, z, &mut fails, Par::default(), buf.workspace());
    *m = I::from_i64(found as i64);
    leave_ifail(&fails, ifail);
    r
}

/// `?sbev`/`?hbev` on their own scratch memory.
pub fn sbev<T: Scalar>(
    jobz: Jobz,
    uplo: Uplo,
    kd: usize,
    ab: MatMut<'_, T>,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
) -> Result<(), Info> {
    let mut buf = WorkBuffer::new(bd::sbev_req::<T>(jobz, ab.ncols(), kd));
    bd::sbev(jobz, uplo, kd, ab, w, z, Par::default(), buf.workspace())
}

/// `?sbevd`/`?hbevd`'s LWORK, LRWORK, LIWORK for order `n` (minimal =
/// optimal).
pub fn sbevd_sizes<T: Scalar>(jobz: Option<Jobz>, n: i64) -> Sizes {
    let n = usize::try_from(n).unwrap_or(0);
    if n <= 1 {
        return Sizes { lwork: 1, lrwork: 1, liwork: 1 };
    }
    let vectors = jobz == Some(Jobz::Vectors);
    match (T::IS_COMPLEX, vectors) {
        (false, true) => Sizes { lwork: 1 + 5 * n + 2 * n * n, lrwork: 1, liwork: 3 + 5 * n },
        (false, false) => Sizes { lwork: 2 * n, lrwork: 1, liwork: 1 },
        (true, true) => Sizes { lwork: 2 * n * n, lrwork: 1 + 5 * n + 2 * n * n, liwork: 3 + 5 * n },
        (true, false) => Sizes { lwork: n, lrwork: n, liwork: 1 },
    }
}

/// `?sbevd`/`?hbevd`: the driver, then the sizes in WORK(1), RWORK(1),
/// IWORK(1).
#[allow(clippy::too_many_arguments)]
pub fn sbevd<T: Scalar, I: AbiInt>(
    jobz: Jobz,
    uplo: Uplo,
    kd: usize,
    ab: MatMut<'_, T>,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    work: &mut [T],
    rwork: &mut [T::Real],
    iwork: &mut [I],
) -> Result<(), Info> {
    let n = ab.ncols();
    let mut buf = WorkBuffer::new(bd::sbevd_req::<T>(jobz, n, kd));
    let r = bd::sbevd(jobz, uplo, kd, ab, w, z, Par::default(), buf.workspace());
    leave_sizes(sbevd_sizes::<T>(Some(jobz), n as i64), work, rwork, iwork);
    r
}

/// `?sbevx`/`?hbevx`: the driver, M and the 1-based IFAIL.
#[allow(clippy::too_many_arguments)]
pub fn sbevx<T: Scalar, I: AbiInt>(
    jobz: Jobz,
    range: RangeKind,
    uplo: Uplo,
    kd: usize,
    ab: MatMut<'_, T>,
    q: MatMut<'_, T>,
    vl: T::Real,
    vu: T::Real,
    il: i64,
    iu: i64,
    abstol: T::Real,
    m: &mut I,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    ifail: &mut [I],
) -> Result<(), Info> {
    let n = ab.ncols();
    let mut buf = WorkBuffer::new(bd::sbevx_req::<T>(jobz, n, kd));
    let mut fails = vec![UNTOUCHED; n];
    let range = eig_range(range, vl, vu, il, iu);
    let (found, r) = bd::sbevx(jobz, range, uplo, kd, ab, q, abstol, w, z, &mut fails, Par::default(), buf.workspace());
    *m = I::from_i64(found as i64);
    leave_ifail(&fails, ifail);
    r
}

/// `?spgv`/`?hpgv` on their own scratch memory.
#[allow(clippy::too_many_arguments)]
pub fn spgv<T: Scalar>(
    itype: i64,
    jobz: Jobz,
    uplo: Uplo,
    n: usize,
    ap: &mut [T],
    bp: &mut [T],
    w: &mut [T::Real],
    z: MatMut<'_, T>,
) -> Result<(), Info> {
    let itype = Itype::from_int(itype).expect("checked");
    let mut buf = WorkBuffer::new(pg::spgv_req::<T>(jobz, n));
    pg::spgv(itype, jobz, uplo, n, ap, bp, w, z, Par::default(), buf.workspace())
}

/// `?spgvd`/`?hpgvd`'s LWORK, LRWORK, LIWORK for order `n` (minimal =
/// optimal; real LWORK `1 + 6n + 2n^2` with vectors, above `?spevd`'s).
pub fn spgvd_sizes<T: Scalar>(jobz: Option<Jobz>, n: i64) -> Sizes {
    let s = spevd_sizes::<T>(jobz, n);
    let n = usize::try_from(n).unwrap_or(0);
    if !T::IS_COMPLEX && n > 1 && jobz == Some(Jobz::Vectors) {
        return Sizes { lwork: 1 + 6 * n + 2 * n * n, ..s };
    }
    s
}

/// `?spgvd`/`?hpgvd`: the driver, then the sizes in WORK(1), RWORK(1),
/// IWORK(1).
#[allow(clippy::too_many_arguments)]
pub fn spgvd<T: Scalar, I: AbiInt>(
    itype: i64,
    jobz: Jobz,
    uplo: Uplo,
    n: usize,
    ap: &mut [T],
    bp: &mut [T],
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    work: &mut [T],
    rwork: &mut [T::Real],
    iwork: &mut [I],
) -> Result<(), Info> {
    let itype = Itype::from_int(itype).expect("checked");
    let mut buf = WorkBuffer::new(pg::spgvd_req::<T>(jobz, n));
    let r = pg::spgvd(itype, jobz, uplo, n, ap, bp, w, z, Par::default(), buf.workspace());
    leave_sizes(spgvd_sizes::<T>(Some(jobz), n as i64), work, rwork, iwork);
    r
}

/// `?spgvx`/`?hpgvx`: the driver, M and the 1-based IFAIL.
#[allow(clippy::too_many_arguments)]
pub fn spgvx<T: Scalar, I: AbiInt>(
    itype: i64,
    jobz: Jobz,
    range: RangeKind,
    uplo: Uplo,
    n: usize,
    ap: &mut [T],
    bp: &mut [T],
    vl: T::Real,
    vu: T::Real,
    il: i64,
    iu: i64,
    abstol: T::Real,
    m: &mut I,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    ifail: &mut [I],
) -> Result<(), Info> {
    let itype = Itype::from_int(itype).expect("checked");
    let mut buf = WorkBuffer::new(pg::spgvx_req::<T>(jobz, n));
    let mut fails = vec![UNTOUCHED; n];
    let range = eig_range(range, vl, vu, il, iu);
    let (found, r) =
        pg::spgvx(itype, jobz, range, uplo, n, ap, bp, abstol, w, z, &mut fails, Par::default(), buf.workspace());
    *m = I::from_i64(found as i64);
    leave_ifail(&fails, ifail);
    r
}
