//! Glue between the generated entry points of bisection and inverse
//! iteration (`?stebz`, `?stein`), the expert drivers (`?syevx`/`?heevx`)
//! and the generalized drivers (`?sygv`, `?sygvd`, `?sygvx` and their `he`
//! twins) and `ferroblas_lapack::sym_eigen::{bisection, expert, generalized}`: 1-based IBLOCK,
//! ISPLIT and IFAIL, the checks the reference makes on array contents, and
//! its workspace formulas.
//!
//! The routines run in the caller's WORK when it holds the bytes their
//! `_req` functions ask (`lapack_rt::with_work`), on a
//! [`ferroblas_lapack::WorkBuffer`] otherwise (the reference's minimal
//! LWORK, or routines whose glue is not given WORK); the caller's arrays are
//! checked as the reference checks them.

use crate::lapack_rt::{block_size, with_work, AbiInt, Exit};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::MatMut;
use ferroblas_kernels::Uplo;
use ferroblas_lapack::relapack::sygst::Itype;
use ferroblas_lapack::sym_eigen::bisection::{self as bi, Block, EigRange, Order, RangeKind};
use ferroblas_lapack::sym_eigen::drivers::Jobz;
use ferroblas_lapack::sym_eigen::expert;
use ferroblas_lapack::sym_eigen::generalized as gen;
use ferroblas_lapack::{Info, Par, WorkBuffer};

/// The Rust range from RANGE and its bounds (IL, IU 1-based and checked).
pub(crate) fn eig_range<R: RealScalar>(range: RangeKind, vl: R, vu: R, il: i64, iu: i64) -> EigRange<R> {
    match range {
        RangeKind::All => EigRange::All,
        RangeKind::Values => EigRange::Values(vl, vu),
        RangeKind::Indices => EigRange::Indices((il - 1).max(0) as usize, (iu - 1).max(0) as usize),
    }
}

/// `?stebz` with the reference's IBLOCK (1-based, negative when the
/// eigenvalue did not converge) and ISPLIT (1-based last rows).
#[allow(clippy::too_many_arguments)]
pub fn stebz<R: RealScalar, I: AbiInt>(
    range: RangeKind,
    order: Order,
    vl: R,
    vu: R,
    il: i64,
    iu: i64,
    abstol: R,
    d: &[R],
    e: &[R],
    m: &mut I,
    nsplit: &mut I,
    w: &mut [R],
    iblock: &mut [I],
    isplit: &mut [I],
) -> Result<(), Info> {
    let n = d.len();
    *m = I::from_i64(0);
    if n == 0 {
        return Ok(());
    }
    let mut blocks = vec![Block::default(); n];
    let mut splits = vec![0usize; n];
    let mut buf = WorkBuffer::new(bi::stebz_req::<R>(n));
    let (sz, r) =
        bi::stebz(eig_range(range, vl, vu, il, iu), order, abstol, d, e, w, &mut blocks, &mut splits, buf.workspace());
    *m = I::from_i64(sz.m as i64);
    *nsplit = I::from_i64(sz.nsplit as i64);
    for (o, b) in iblock.iter_mut().zip(&blocks[..sz.m]) {
        let v = b.index as i64 + 1;
        *o = I::from_i64(if b.converged { v } else { -v });
    }
    for (o, &s) in isplit.iter_mut().zip(&splits[..sz.nsplit]) {
        *o = I::from_i64(s as i64);
    }
    r
}

/// `?stein`: checks that the eigenvalues come by block, ascending within
/// each (INFO = -6 or -5, as the reference), then runs inverse iteration and
/// leaves the 1-based failures in IFAIL.
#[allow(clippy::too_many_arguments)]
pub fn stein<T: Scalar, I: AbiInt>(
    d: &[T::Real],
    e: &[T::Real],
    w: &[T::Real],
    iblock: &[I],
    isplit: &[I],
    z: MatMut<'_, T>,
    ifail: &mut [I],
    work: &mut [T::Real],
    iwork: &mut [I],
) -> Result<Result<(), Info>, Exit> {
    let (n, m) = (d.len(), w.len());
    for j in 1..m {
        let (b0, b1) = (iblock[j - 1].get(), iblock[j].get());
        if b1 < b0 {
            return Err(Exit::Bad(6));
        }
        if b1 == b0 && w[j] < w[j - 1] {
            return Err(Exit::Bad(5));
        }
    }
    ifail.iter_mut().for_each(|f| *f = I::from_i64(0));
    if n == 0 || m == 0 {
        return Ok(Ok(()));
    }
    // A block number below 1 is none the reference treats: skipped.
    let blocks: Vec<usize> = iblock.iter().map(|b| usize::try_from(b.get() - 1).unwrap_or(usize::MAX)).collect();
    let splits: Vec<usize> = isplit.iter().map(|s| usize::try_from(s.get()).unwrap_or(0).min(n)).collect();
    let mut fails = vec![0usize; m];
    // The reference's WORK (5n) and IWORK (n): the pivot flags of the
    // factorizations live in IWORK's bytes.
    let mut iw = crate::lapack_rt::workspace(iwork);
    let (swapped, _) = iw.take::<bool>(n);
    let r = bi::stein_in(d, e, w, &blocks, &splits, z, &mut fails, &mut work[..5 * n], swapped);
    if let Err(info) = r {
        for (o, &j) in ifail.iter_mut().zip(&fails[..info.get().get()]) {
            *o = I::from_i64(j as i64 + 1);
        }
    }
    Ok(r)
}

/// Marks the IFAIL entries the driver did not write.
pub(crate) const UNTOUCHED: Option<usize> = Some(usize::MAX);

/// Copies the entries of IFAIL the driver wrote (1-based, 0 for none), and
/// leaves the others as the caller had them, as the reference does.
pub(crate) fn leave_ifail<I: AbiInt>(fails: &[Option<usize>], ifail: &mut [I]) {
    for (o, f) in ifail.iter_mut().zip(fails) {
        if *f != UNTOUCHED {
            *o = I::from_i64(f.map_or(0, |j| j as i64 + 1));
        }
    }
}

/// The workspace sizes of `?syevx`/`?heevx` as the reference states them.
#[derive(Clone, Copy, Debug)]
pub struct Sizes {
    /// Minimal LWORK: `8n` (real) or `2n` (complex), 1 for `n <= 1`.
    pub lwork: usize,
    /// Optimal LWORK: `max(8n, (nb + 3) n)` or `max(1, (nb + 1) n)`, `nb`
    /// the larger block size of the reduction and of Q's application.
    pub lwork_opt: usize,
}

/// `?syevx`/`?heevx`'s LWORK bounds for order `n`.
pub fn syevx_sizes<T: Scalar>(n: i64) -> Sizes {
    let n = usize::try_from(n).unwrap_or(0);
    if n <= 1 {
        return Sizes { lwork: 1, lwork_opt: 1 };
    }
    let (trd, mtr) = if T::IS_COMPLEX { ("HETRD", "UNMTR") } else { ("SYTRD", "ORMTR") };
    let nb = block_size::<T>(trd, n).max(block_size::<T>(mtr, n));
    if T::IS_COMPLEX {
        Sizes { lwork: 2 * n, lwork_opt: ((nb + 1) * n).max(1) }
    } else {
        Sizes { lwork: 8 * n, lwork_opt: (8 * n).max((nb + 3) * n) }
    }
}

/// `?syevx`/`?heevx`: the driver, M, 1-based IFAIL, and the optimal LWORK
/// in WORK(1) (1 for `n <= 1`).
#[allow(clippy::too_many_arguments)]
pub fn syevx<T: Scalar, I: AbiInt>(
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
    work: &mut [T],
    ifail: &mut [I],
) -> Result<(), Info> {
    let n = a.nrows();
    let (nb, _) = crate::lapack_symeig::trd_blocking::<T>(n);
    let req = expert::syevx_req_with::<T>(jobz, n, nb);
    let mut fails = vec![UNTOUCHED; n];
    let range = eig_range(range, vl, vu, il, iu);
    let (found, r) = with_work(work, req, |ws| {
        expert::syevx_with(jobz, range, uplo, a, abstol, w, z, &mut fails, Par::default(), ws, nb)
    });
    *m = I::from_i64(found as i64);
    leave_ifail(&fails, ifail);
    if let Some(x) = work.first_mut() {
        *x = T::from_real(T::Real::from_f64(syevx_sizes::<T>(n as i64).lwork_opt as f64));
    }
    r
}

/// `?sygv`/`?hegv`: the driver, then `?syev`'s optimal LWORK in WORK(1).
#[allow(clippy::too_many_arguments)]
pub fn sygv<T: Scalar>(
    itype: i64,
    jobz: Jobz,
    uplo: Uplo,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    w: &mut [T::Real],
    work: &mut [T],
) -> Result<(), Info> {
    let n = a.nrows();
    let itype = Itype::from_int(itype).expect("checked");
    let (nb, _) = crate::lapack_symeig::trd_blocking::<T>(n);
    let req = ferroblas_lapack::sym_eigen::drivers::syev_req_with::<T>(jobz, n, nb);
    let r = with_work(work, req, |ws| gen::sygv_with(itype, jobz, uplo, a, b, w, Par::default(), ws, nb));
    if let Some(x) = work.first_mut() {
        *x = T::from_real(T::Real::from_f64(crate::lapack_symeig::syev_sizes::<T>(n as i64).lwork_opt as f64));
    }
    r
}

/// `?sygvd`/`?hegvd`'s sizes: the minimal ones are also what a query
/// answers (the reference's LOPT before the solver runs).
pub fn sygvd_sizes<T: Scalar>(jobz: Option<Jobz>, n: i64) -> crate::lapack_symeig::Sizes {
    crate::lapack_symeig::syevd_sizes::<T>(jobz, n)
}

/// `?sygvd`/`?hegvd`: the driver, then in WORK(1), RWORK(1), IWORK(1) the
/// larger of the minimal sizes and `?syevd`'s optimal ones (the minimal ones
/// alone when B is not positive definite).
#[allow(clippy::too_many_arguments)]
pub fn sygvd<T: Scalar, I: AbiInt>(
    itype: i64,
    jobz: Jobz,
    uplo: Uplo,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    w: &mut [T::Real],
    work: &mut [T],
    rwork: &mut [T::Real],
    iwork: &mut [I],
) -> Result<(), Info> {
    let n = a.nrows();
    let itype = Itype::from_int(itype).expect("checked");
    let (nb, _) = crate::lapack_symeig::trd_blocking::<T>(n);
    let req = ferroblas_lapack::sym_eigen::drivers::syevd_req_with::<T>(jobz, n, nb);
    let r = with_work(work, req, |ws| gen::sygvd_with(itype, jobz, uplo, a, b, w, Par::default(), ws, nb));
    let s = sygvd_sizes::<T>(Some(jobz), n as i64);
    let lwork = match r {
        Err(i) if i.lapack_info() > n as i64 => s.lwork,
        _ => s.lwork_opt,
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

/// `?sygvx`/`?hegvx`'s LWORK bounds: as [`syevx_sizes`] but with the
/// reduction's block size alone.
pub fn sygvx_sizes<T: Scalar>(n: i64) -> Sizes {
    let n = usize::try_from(n).unwrap_or(0);
    let nb = block_size::<T>(if T::IS_COMPLEX { "HETRD" } else { "SYTRD" }, n);
    if T::IS_COMPLEX {
        Sizes { lwork: (2 * n).max(1), lwork_opt: ((nb + 1) * n).max(1) }
    } else {
        Sizes { lwork: (8 * n).max(1), lwork_opt: (8 * n).max((nb + 3) * n).max(1) }
    }
}

/// `?sygvx`/`?hegvx`: the driver, M, 1-based IFAIL, and the optimal LWORK
/// in WORK(1).
#[allow(clippy::too_many_arguments)]
pub fn sygvx<T: Scalar, I: AbiInt>(
    itype: i64,
    jobz: Jobz,
    range: RangeKind,
    uplo: Uplo,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    vl: T::Real,
    vu: T::Real,
    il: i64,
    iu: i64,
    abstol: T::Real,
    m: &mut I,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    work: &mut [T],
    ifail: &mut [I],
) -> Result<(), Info> {
    let n = a.nrows();
    let itype = Itype::from_int(itype).expect("checked");
    let (nb, _) = crate::lapack_symeig::trd_blocking::<T>(n);
    let req = expert::syevx_req_with::<T>(jobz, n, nb);
    let mut fails = vec![UNTOUCHED; n];
    let range = eig_range(range, vl, vu, il, iu);
    let (found, r) = with_work(work, req, |ws| {
        gen::sygvx_with(itype, jobz, range, uplo, a, b, abstol, w, z, &mut fails, Par::default(), ws, nb)
    });
    *m = I::from_i64(found as i64);
    leave_ifail(&fails, ifail);
    if let Some(x) = work.first_mut() {
        *x = T::from_real(T::Real::from_f64(sygvx_sizes::<T>(n as i64).lwork_opt as f64));
    }
    r
}

/// `?laebz` with the reference's IJOB (INFO = -1, without XERBLA, for one
/// outside 1..=3) and its integer arrays NVAL and NAB (`MMAX x 2`); returns
/// INFO.
#[allow(clippy::too_many_arguments)]
pub fn laebz<R: RealScalar, I: AbiInt>(
    ijob: i64,
    nitmax: i64,
    minp: usize,
    abstol: R,
    reltol: R,
    pivmin: R,
    d: &[R],
    e2: &[R],
    nval: &mut [I],
    ab: &mut [R],
    c: &mut [R],
    mout: &mut I,
    nab: &mut [I],
) -> i64 {
    let job = match ijob {
        1 => bi::LaebzJob::Count,
        2 => bi::LaebzJob::Bisect,
        3 => bi::LaebzJob::Search,
        _ => return -1,
    };
    let mmax = c.len();
    let minp = minp.min(mmax);
    let mut nab64: Vec<i64> = nab.iter().map(|x| x.get()).collect();
    let mut nval64: Vec<i64> = nval.iter().map(|x| x.get()).collect();
    let iv = bi::Intervals { ab, nab: &mut nab64, c, nval: &mut nval64 };
    let nitmax = usize::try_from(nitmax).unwrap_or(0);
    let (m, r) = bi::laebz(job, nitmax, minp, abstol, reltol, pivmin, d, e2, iv);
    *mout = I::from_i64(m as i64);
    for (o, v) in nab.iter_mut().zip(&nab64) {
        *o = I::from_i64(*v);
    }
    for (o, v) in nval.iter_mut().zip(&nval64) {
        *o = I::from_i64(*v);
    }
    r.map_or_else(|i| i.lapack_info(), |_| 0)
}
