//! Glue between the generated entry points of bisection and inverse
//! iteration (`?stebz`, `?stein`) and the expert drivers (`?syevx`/`?heevx`)
//! and `ferroblas_lapack::sym_eigen::{bisection, expert}`: 1-based IBLOCK,
//! ISPLIT and IFAIL, the checks the reference makes on array contents, and
//! its workspace formulas.
//!
//! The routines run on a [`WorkBuffer`] sized by their `_req` functions; the
//! caller's WORK/IWORK are checked as the reference checks them (their
//! element types cannot be combined into one Rust workspace).

use crate::lapack_rt::{block_size, AbiInt, Exit};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::MatMut;
use ferroblas_kernels::Uplo;
use ferroblas_lapack::sym_eigen::bisection::{self as bi, Block, EigRange, Order, RangeKind};
use ferroblas_lapack::sym_eigen::drivers::Jobz;
use ferroblas_lapack::sym_eigen::expert;
use ferroblas_lapack::{Info, Par, WorkBuffer};

/// The Rust range from RANGE and its bounds (IL, IU 1-based and checked).
fn eig_range<R: RealScalar>(range: RangeKind, vl: R, vu: R, il: i64, iu: i64) -> EigRange<R> {
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
    let mut buf = WorkBuffer::new(bi::stein_req::<T::Real>(n));
    let r = bi::stein(d, e, w, &blocks, &splits, z, &mut fails, buf.workspace());
    if let Err(info) = r {
        for (o, &j) in ifail.iter_mut().zip(&fails[..info.get().get()]) {
            *o = I::from_i64(j as i64 + 1);
        }
    }
    Ok(r)
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
/// in WORK(1) (left at 1 for `n <= 1`, as the reference).
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
    let mut buf = WorkBuffer::new(expert::syevx_req_with::<T>(jobz, n, nb));
    let mut fails = vec![None; n];
    let range = eig_range(range, vl, vu, il, iu);
    let (found, r) =
        expert::syevx_with(jobz, range, uplo, a, abstol, w, z, &mut fails, Par::default(), buf.workspace(), nb);
    *m = I::from_i64(found as i64);
    if jobz == Jobz::Vectors {
        for (o, f) in ifail.iter_mut().zip(&fails).take(found) {
            *o = I::from_i64(f.map_or(0, |j| j as i64 + 1));
        }
    }
    if n > 1 {
        if let Some(x) = work.first_mut() {
            *x = T::from_real(T::Real::from_f64(syevx_sizes::<T>(n as i64).lwork_opt as f64));
        }
    }
    r
}
