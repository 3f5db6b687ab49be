//! Glue between the generated entry points of QR with column pivoting,
//! the RZ factorization and `?gelsy` and `ferroblas_lapack::qr` /
//! `::least_squares`: the JPVT convention (nonzero = fixed on entry, 1-based
//! permutation on return), block sizes and crossovers from a program's own
//! `ilaenv_`, and the scratch memory.
//!
//! `?geqp3` and `?gelsy` run on the caller's WORK when it holds what the
//! Rust routine asks for, on a [`ferroblas_lapack::WorkBuffer`] otherwise: the complex
//! routines keep the column norms in RWORK, a second array the Rust
//! workspace cannot combine with WORK, and the O(n nb) allocation is small
//! beside the O(m n^2) factorization.

use crate::lapack_aux::{ilaenv_lookup, program_ilaenv};
use crate::lapack_rt::{self as rt, with_work, AbiInt};
use ferroblas_kernels::aux::norms::{lange, Norm};
use ferroblas_kernels::enums::{Side, Trans};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::{MatMut, MatRef, VecRef};
use ferroblas_lapack::{least_squares, qr, Par, WorkBuffer};

/// The caller's JPVT on entry: 1 marks a fixed column, 0 a free one.
fn jpvt_in<I: AbiInt>(jpvt: &[I]) -> Vec<usize> {
    jpvt.iter().map(|v| usize::from(v.get() != 0)).collect()
}

/// The permutation back into the caller's JPVT, 1-based.
fn jpvt_out<I: AbiInt>(p: &[usize], jpvt: &mut [I]) {
    for (d, &s) in jpvt.iter_mut().zip(p) {
        *d = I::from_i64(s as i64 + 1);
    }
}

/// `ILAENV(ispec, stem, ...)` from the program's own `ilaenv_` when it has
/// one (the reference test programs sweep NB, NBMIN and NX), else `ours`.
fn tuning<T: Scalar>(ispec: i32, stem: &str, m: usize, n: usize, ours: usize) -> usize {
    if !program_ilaenv() {
        return ours;
    }
    let d = |v: usize| i32::try_from(v).unwrap_or(i32::MAX);
    let v = ilaenv_lookup(ispec, &rt::routine_name::<T>(stem), " ", [d(m), d(n), -1, -1]);
    usize::try_from(v).unwrap_or(0)
}

/// The block size `?geqp3` uses with `lwork` elements of WORK (`norms_in_work`:
/// the real routines keep the 2n column norms there too), as the reference
/// reduces it; 1 means unblocked.
fn geqp3_block<T: Scalar>(m: usize, n: usize, free: usize, lwork: usize, norms_in_work: bool) -> usize {
    let nb = tuning::<T>(1, "GEQRF", m, n, qr::PIVOT_BLOCK).max(1);
    let need = (free + 1) * nb + if norms_in_work { 2 * n } else { 0 };
    if lwork >= need || !program_ilaenv() {
        return nb;
    }
    let avail = lwork.saturating_sub(if norms_in_work { 2 * n } else { 0 });
    let nb = avail / (free + 1);
    let nbmin = tuning::<T>(2, "GEQRF", m, n, 2).max(2);
    if nb >= nbmin {
        nb
    } else {
        1
    }
}

/// `?geqp3` (real and complex; RWORK's role is played by the workspace).
pub fn geqp3<T: Scalar, I: AbiInt>(a: MatMut<'_, T>, jpvt: &mut [I], tau: &mut [T], work: &mut [T], lwork: i64) {
    let (m, n) = (a.nrows(), a.ncols());
    let mut p = jpvt_in(jpvt);
    let nfxd = p.iter().filter(|&&v| v != 0).count();
    let lwork = usize::try_from(lwork).unwrap_or(0);
    let nb = geqp3_block::<T>(m, n, n - nfxd, lwork, !T::IS_COMPLEX);
    let nx = tuning::<T>(3, "GEQRF", m, n, qr::PIVOT_CROSSOVER);
    let req = qr::geqp3_req_with::<T>(m, n, nb);
    with_work(work, req, |ws| qr::geqp3_with(a, &mut p, tau, Par::default(), ws, nb, nx));
    jpvt_out(&p, jpvt);
}

/// `?tzrzf`'s block size and crossover.
pub fn tzrzf<T: Scalar>(a: MatMut<'_, T>, tau: &mut [T], work: &mut [T]) {
    let (m, n) = (a.nrows(), a.ncols());
    let nb = tuning::<T>(1, "GERQF", m, n, 32).max(1);
    let nx = tuning::<T>(3, "GERQF", m, n, 1);
    qr::tzrzf_with(a, tau, Par::default(), rt::workspace(work), nb, nx);
}

/// `?geqpf` (deprecated): `?geqp3`'s unblocked path, one column at a time
/// with Level-2 updates as the reference's `?geqpf`, on the caller's WORK
/// when it holds what that asks (3n reals for the real types; the complex
/// ones keep the norms in RWORK, which the Rust workspace cannot combine).
/// The column norms are downdated by `?geqp3`'s safer rule, so where two
/// columns tie to rounding the pivot order may differ from the reference's.
pub fn geqpf<T: Scalar, I: AbiInt>(a: MatMut<'_, T>, jpvt: &mut [I], tau: &mut [T], work: &mut [T]) {
    let (m, n) = (a.nrows(), a.ncols());
    let mut p = jpvt_in(jpvt);
    let req = qr::geqp3_req_with::<T>(m, n, 1);
    with_work(work, req, |ws| qr::geqp3_with(a, &mut p, tau, Par::default(), ws, 1, n));
    jpvt_out(&p, jpvt);
}

/// `?tzrqf` (deprecated): the RZ factorization of `?tzrzf` (the same
/// reflectors, `u(k) = (1; 0; z(k))` with `z(k)` in row k's last `n - m`
/// columns), row by row; the interface has no WORK, so `m` elements are
/// allocated.
pub fn tzrqf<T: Scalar>(a: MatMut<'_, T>, tau: &mut [T]) {
    let (m, n) = (a.nrows(), a.ncols());
    let mut buf = WorkBuffer::new(qr::tzrzf_req::<T>(m, n));
    qr::tzrzf_with(a, tau, Par::default(), buf.workspace(), 1, m);
}

/// `?tzrzf`'s optimal LWORK.
pub fn tzrzf_lwork<T: Scalar>(m: i64, n: i64) -> usize {
    if m <= 0 || m == n {
        return 1;
    }
    let (m, n) = (m as usize, n.max(0) as usize);
    m * tuning::<T>(1, "GERQF", m, n, 32).max(1)
}

/// `?ormrz`/`?unmrz`'s block size (at most 64, as the reference).
pub fn ormrz_block<T: Scalar>(m: i64, n: i64) -> usize {
    tuning::<T>(1, "ORMRQ", m.max(0) as usize, n.max(0) as usize, 32).clamp(1, 64)
}

/// `?larzb` with its workspace as the Fortran array `WORK(LDWORK, K)`.
#[allow(clippy::too_many_arguments)]
pub fn larzb<T: Scalar>(
    side: Side,
    trans: Trans,
    v: MatRef<'_, T>,
    t: MatRef<'_, T>,
    c: MatMut<'_, T>,
    work: &mut [T],
    ldwork: i64,
) {
    let (m, n, k) = (c.nrows(), c.ncols(), t.nrows());
    if m == 0 || n == 0 {
        return;
    }
    let ldwork = ldwork.max(1) as usize;
    let rows = if side == Side::Left { n } else { m };
    let w = MatMut::from_col_major(work, rows, k, ldwork);
    qr::larzb(side, trans, v, t, c, w, Par::default())
}

/// `?laqps`: returns KB.
#[allow(clippy::too_many_arguments)]
pub fn laqps<T: Scalar, I: AbiInt>(
    offset: i64,
    nb: i64,
    a: MatMut<'_, T>,
    jpvt: &mut [I],
    tau: &mut [T],
    vn1: &mut [T::Real],
    vn2: &mut [T::Real],
    auxv: &mut [T],
    f: MatMut<'_, T>,
) -> I {
    let offset = offset.max(0) as usize;
    let nb = nb.max(0) as usize;
    let kb = qr::laqps(offset, nb, a, jpvt, tau, vn1, vn2, auxv, f, Par::default());
    I::from_i64(kb as i64)
}

/// `?gelsy`: returns RANK.
pub fn gelsy<T: Scalar, I: AbiInt>(
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    jpvt: &mut [I],
    rcond: T::Real,
    work: &mut [T],
) -> I {
    gelsy_or_gelsx(false, a, b, jpvt, rcond, work)
}

/// `?gelsx` (deprecated): returns RANK. WORK has no LWORK beside it; the
/// routine runs on it when it holds what [`least_squares::gelsy_req`] asks,
/// on a buffer otherwise (the documented minimum is smaller).
pub fn gelsx<T: Scalar, I: AbiInt>(
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    jpvt: &mut [I],
    rcond: T::Real,
    work: &mut [T],
) -> I {
    gelsy_or_gelsx(true, a, b, jpvt, rcond, work)
}

/// [`least_squares::gelsy`] or, `deprecated`, [`least_squares::gelsx`] on the ABI's arrays.
fn gelsy_or_gelsx<T: Scalar, I: AbiInt>(
    deprecated: bool,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    jpvt: &mut [I],
    rcond: T::Real,
    work: &mut [T],
) -> I {
    let (m, n, nrhs) = (a.nrows(), a.ncols(), b.ncols());
    let mut p = jpvt_in(jpvt);
    // The reference leaves JPVT alone when it returns before factoring
    // (an empty problem, or A = 0).
    let factored = m.min(n) > 0 && nrhs > 0 && lange(Norm::Max, a.rb(), &mut []) != T::Real::zero();
    let req = least_squares::gelsy_req::<T>(m, n, nrhs);
    let f = if deprecated { least_squares::gelsx } else { least_squares::gelsy };
    let rank = with_work(work, req, |ws| f(a, b, &mut p, rcond, Par::default(), ws));
    if factored {
        jpvt_out(&p, jpvt);
    }
    I::from_i64(rank as i64)
}

/// `?laic1`: nothing is written for a JOB other than 1 or 2 (as the reference).
#[allow(clippy::too_many_arguments)]
pub fn laic1<T: Scalar>(
    job: i64,
    x: &[T],
    sest: T::Real,
    w: &[T],
    gamma: T,
    sestpr: &mut T::Real,
    s: &mut T,
    c: &mut T,
) {
    if let Some(job) = least_squares::Extreme::from_int(job) {
        let r = least_squares::laic1(job, VecRef::from_slice(x), sest, VecRef::from_slice(w), gamma);
        *sestpr = r.sestpr;
        *s = r.s;
        *c = r.c;
    }
}
