//! Glue between the generated entry points of the two-stage tridiagonal
//! reduction (`?sytrd_sy2sb`/`?hetrd_he2hb`, `?sytrd_sb2st`/`?hetrd_hb2st`,
//! `?sb2st_kernels`/`?hb2st_kernels`, `?sytrd_2stage`/`?hetrd_2stage`),
//! its eigenvalue drivers (`?syev_2stage` ... `?sbevx_2stage` and their
//! Hermitian twins) and `ferroblas_lapack::sym_eigen::twostage`.
//!
//! The workspace sizes are the reference 3.11's: every one is built from
//! `IPARAM2STAGE` (ISPEC 17..20: KD, IB, LHOUS, LWORK), answered by the
//! tuning module as the exported `iparam2stage_` answers it, so that a
//! program's query and our check agree. The routines run on the caller's
//! WORK when it holds what their `_req` functions ask (a [`ferroblas_lapack::WorkBuffer`]
//! otherwise); the caller's arrays are checked as the reference checks them.

use crate::lapack_rt::{routine_name, with_work, AbiInt};
use crate::lapack_symeig::Sizes;
use crate::lapack_symeigx::eig_range;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::MatMut;
use ferroblas_kernels::Uplo;
use ferroblas_lapack::relapack::sygst::Itype;
use ferroblas_lapack::sym_eigen::bisection::RangeKind;
use ferroblas_lapack::sym_eigen::twostage::{self as ts, Task};
use ferroblas_lapack::{Info, Par};

/// An ABI integer as the `i32` `IPARAM2STAGE` takes (saturating).
fn i32_of(x: i64) -> i32 {
    x.clamp(i32::MIN as i64, i32::MAX as i64) as i32
}

/// `ILAENV(ispec, name, opts, n1, n2, n3, n4)` for ISPEC 17..20, which the
/// reference's two-stage routines ask: the program's own `ilaenv_` when it
/// defines one (the reference test programs do, and answer ISPEC 17, KD,
/// with their swept block size), `IPARAM2STAGE` otherwise (where the
/// reference's `ILAENV` forwards these).
fn ask(ispec: i32, name: &str, opts: &str, n: [i32; 4]) -> i32 {
    if crate::lapack_aux::program_ilaenv() {
        crate::lapack_aux::ilaenv_lookup(ispec, name, opts, n)
    } else {
        crate::lapack_aux::iparam2stage_interposed(ispec, name, opts, n[0], n[1], n[2], n[3])
    }
}

/// `(KD, LHOUS, LWORK)` of `IPARAM2STAGE` for the routine `stem` of
/// precision `T` at order `n`: the band width `kd`, or ISPEC 17's when
/// `None`.
fn params<T: Scalar>(stem: &str, opts: &str, n: i64, kd: Option<i64>) -> (i64, i64, i64) {
    let name = routine_name::<T>(stem);
    let n = i32_of(n);
    let kd = kd.map_or_else(|| ask(17, &name, opts, [n, -1, -1, -1]), i32_of);
    let ib = ask(18, &name, opts, [n, kd, -1, -1]);
    let lhous = ask(19, &name, opts, [n, kd, ib, -1]);
    let lwork = ask(20, &name, opts, [n, kd, ib, -1]);
    (kd as i64, lhous as i64, lwork as i64)
}

/// [`params`] of the dense two-stage reduction (`xSYTRD_2STAGE`/`xHETRD_2STAGE`).
fn dense<T: Scalar>(n: i64) -> (i64, i64, i64) {
    params::<T>(if T::IS_COMPLEX { "HETRD_2STAGE" } else { "SYTRD_2STAGE" }, "N", n, None)
}

/// [`params`] of the band reduction (`xSYTRD_SB2ST`/`xHETRD_HB2ST`) of band width `kd`.
fn band<T: Scalar>(opts: &str, n: i64, kd: i64) -> (i64, i64, i64) {
    params::<T>(if T::IS_COMPLEX { "HETRD_HB2ST" } else { "SYTRD_SB2ST" }, opts, n, Some(kd))
}

/// The band width the dense reduction uses, which also sizes its TAU (`n - kd`).
pub fn dense_kd<T: Scalar>() -> usize {
    ts::band_width::<T>()
}

/// Sizes from reference formulas (the minimal ones are also the optimal).
fn sizes(lwork: i64, lrwork: i64, liwork: i64) -> Sizes {
    let u = |x: i64| usize::try_from(x).unwrap_or(0);
    Sizes { lwork: u(lwork), lwork_opt: u(lwork), lrwork: u(lrwork), liwork: u(liwork) }
}

/// `?syev_2stage`/`?heev_2stage` (and `?sygv_2stage`/`?hegv_2stage`): LWORK
/// `2n + LHOUS + LWORK2` (real) or `n + ...` (complex); RWORK `max(1, 3n - 2)`.
pub fn syev_2stage_sizes<T: Scalar>(n: i64) -> Sizes {
    let (_, lh, lw) = dense::<T>(n);
    let k = if T::IS_COMPLEX { 1 } else { 2 };
    sizes(k * n + lh + lw, (3 * n - 2).max(1), 1)
}

/// `?syevd_2stage`/`?heevd_2stage`: 1 for `n <= 1`, else LWORK `2n + 1 +
/// LHOUS + LWORK2` (real) or `n + 1 + ...`, LRWORK `n`, LIWORK 1.
pub fn syevd_2stage_sizes<T: Scalar>(n: i64) -> Sizes {
    if n <= 1 {
        return sizes(1, 1, 1);
    }
    let (_, lh, lw) = dense::<T>(n);
    let k = if T::IS_COMPLEX { 1 } else { 2 };
    sizes(k * n + 1 + lh + lw, if T::IS_COMPLEX { n } else { 1 }, 1)
}

/// `?syevx_2stage`/`?heevx_2stage`: 1 for `n <= 1`, else `max(8n, 3n +
/// LHOUS + LWORK2)` (real) or `n + LHOUS + LWORK2` (complex).
pub fn syevx_2stage_sizes<T: Scalar>(n: i64) -> Sizes {
    if n <= 1 {
        return sizes(1, 1, 1);
    }
    let (_, lh, lw) = dense::<T>(n);
    let lwork = if T::IS_COMPLEX { n + lh + lw } else { (8 * n).max(3 * n + lh + lw) };
    sizes(lwork, 7 * n, 5 * n)
}

/// `?syevr_2stage`/`?heevr_2stage`: LWORK `max(26n, 5n + LHOUS + LWORK2)`
/// (real) or `n + LHOUS + LWORK2` (complex), LRWORK `max(1, 24n)`, LIWORK
/// `max(1, 10n)`.
pub fn syevr_2stage_sizes<T: Scalar>(n: i64) -> Sizes {
    let (_, lh, lw) = dense::<T>(n);
    let lwork = if T::IS_COMPLEX { n + lh + lw } else { (26 * n).max(5 * n + lh + lw) };
    sizes(lwork, (24 * n).max(1), (10 * n).max(1))
}

/// `?sbev_2stage`/`?hbev_2stage`, `?sbevd_2stage`/`?hbevd_2stage`: 1 for
/// `n <= 1`, else LWORK `n + LHOUS + LWORK2` (real) or `LHOUS + LWORK2`
/// (complex) of the band reduction; LRWORK `n` (`?hbevd_2stage`; `max(1, 3n
/// - 2)` for `?hbev_2stage`'s unchecked RWORK), LIWORK 1.
pub fn sbev_2stage_sizes<T: Scalar>(n: i64, kd: i64) -> Sizes {
    if n <= 1 {
        return sizes(1, 1, 1);
    }
    let (_, lh, lw) = band::<T>("N", n, kd);
    let lwork = if T::IS_COMPLEX { lh + lw } else { n + lh + lw };
    sizes(lwork, n, 1)
}

/// `?sbevx_2stage`/`?hbevx_2stage`: 1 for `n <= 1`, else LWORK `2n + LHOUS
/// + LWORK2` (real) or `LHOUS + LWORK2` (complex) of the band reduction.
pub fn sbevx_2stage_sizes<T: Scalar>(n: i64, kd: i64) -> Sizes {
    if n <= 1 {
        return sizes(1, 1, 1);
    }
    let (_, lh, lw) = band::<T>("N", n, kd);
    let lwork = if T::IS_COMPLEX { lh + lw } else { 2 * n + lh + lw };
    sizes(lwork, 7 * n, 5 * n)
}

/// `?sytrd_2stage`/`?hetrd_2stage`: `(LHOUS2, LWORK)`.
pub fn sytrd_2stage_sizes<T: Scalar>(n: i64) -> (usize, usize) {
    let (_, lh, lw) = dense::<T>(n);
    (lh.max(0) as usize, lw.max(0) as usize)
}

/// `?sytrd_sy2sb`/`?hetrd_he2hb`'s LWORK for order `n` and band width `kd`.
pub fn sy2sb_lwork<T: Scalar>(n: i64, kd: i64) -> usize {
    let name = routine_name::<T>(if T::IS_COMPLEX { "HETRD_HE2HB" } else { "SYTRD_SY2SB" });
    ask(20, &name, "", [i32_of(n), i32_of(kd), -1, -1]).max(0) as usize
}

/// `?sytrd_sb2st`/`?hetrd_hb2st`: `(LHOUS, LWORK)` for `VECT`.
pub fn sb2st_sizes<T: Scalar>(vect: u8, n: i64, kd: i64) -> (usize, usize) {
    let v = [vect.to_ascii_uppercase()];
    let (_, lh, lw) = band::<T>(core::str::from_utf8(&v).unwrap_or(" "), n, kd);
    (lh.max(0) as usize, lw.max(0) as usize)
}

/// Stores `v` in the first element of a workspace, if it has one.
fn leave<T: Scalar>(x: &mut [T], v: usize) {
    if let Some(x) = x.first_mut() {
        *x = T::from_real(T::Real::from_f64(v as f64));
    }
}

/// Stores `v` in the first element of an integer workspace.
fn leave_int<I: AbiInt>(x: &mut [I], v: usize) {
    if let Some(x) = x.first_mut() {
        *x = I::from_i64(v as i64);
    }
}

/// `?sytrd_sy2sb`/`?hetrd_he2hb`, then LWORK in WORK(1) (1 when nothing is
/// reduced).
pub fn sy2sb<T: Scalar>(uplo: Uplo, kd: usize, a: MatMut<'_, T>, ab: MatMut<'_, T>, tau: &mut [T], work: &mut [T]) {
    let n = a.nrows();
    let req = ts::sy2sb_req::<T>(n, kd);
    with_work(work, req, |ws| ts::sy2sb(uplo, a, kd, ab, tau, Par::default(), ws));
    leave(work, if n <= kd + 1 { 1 } else { sy2sb_lwork::<T>(n as i64, kd as i64) });
}

/// `?sytrd_sb2st`/`?hetrd_hb2st`, then LHOUS in HOUS(1) and LWORK in
/// WORK(1) (1 for `n = 0`).
#[allow(clippy::too_many_arguments)]
pub fn sb2st<T: Scalar>(
    vect: u8,
    uplo: Uplo,
    kd: usize,
    ab: MatMut<'_, T>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    hous: &mut [T],
    work: &mut [T],
) {
    let n = ab.ncols();
    let req = ts::sb2st_req::<T>(n, kd);
    with_work(work, req, |ws| ts::sb2st(uplo, kd, ab, d, e, hous, ws));
    let (lh, lw) = sb2st_sizes::<T>(vect, n as i64, kd as i64);
    leave(hous, lh);
    leave(work, if n == 0 { 1 } else { lw });
}

/// `?sb2st_kernels`/`?hb2st_kernels`: one task of the bulge chasing on the
/// caller's arrays (1-based ST, ED, SWEEP as the reference takes them; a
/// TTYPE other than 1, 2, 3 does nothing, as there).
///
/// # Safety
/// `a` valid for `lda * n` elements, `v` and `tau` for `2 n`, `work` for
/// `nb`, none of them overlapping.
#[allow(clippy::too_many_arguments)]
pub unsafe fn sb2st_kernels<T: Scalar>(
    uplo: u8,
    ttype: i64,
    st: i64,
    ed: i64,
    sweep: i64,
    n: i64,
    nb: i64,
    a: *mut T,
    lda: i64,
    v: *mut T,
    tau: *mut T,
    work: *mut T,
) {
    let Some(task) = Task::from_ttype(ttype) else { return };
    let size = |x: i64| usize::try_from(x).unwrap_or(0);
    let (n, nb, lda) = (size(n), size(nb), size(lda));
    if n == 0 || st < 1 || ed < st || sweep < 1 || lda < 2 * nb + 1 {
        return;
    }
    let uplo = if uplo.eq_ignore_ascii_case(&b'U') { Uplo::Upper } else { Uplo::Lower };
    // SAFETY: the caller's contract above.
    let (a, v, tau, work) = unsafe {
        (
            core::slice::from_raw_parts_mut(a, lda * n),
            core::slice::from_raw_parts_mut(v, 2 * n),
            core::slice::from_raw_parts_mut(tau, 2 * n),
            core::slice::from_raw_parts_mut(work, nb.max(1)),
        )
    };
    ts::sb2st_kernel(uplo, task, size(st) - 1, size(ed) - 1, size(sweep) - 1, n, nb, a, lda, v, tau, work);
}

/// `?sytrd_2stage`/`?hetrd_2stage`, then LHOUS2 in HOUS2(1) and LWORK in
/// WORK(1) (1 for `n = 0`).
#[allow(clippy::too_many_arguments)]
pub fn sytrd_2stage<T: Scalar>(
    uplo: Uplo,
    a: MatMut<'_, T>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    tau: &mut [T],
    hous2: &mut [T],
    work: &mut [T],
) {
    let n = a.nrows();
    let kd = dense_kd::<T>();
    let req = ts::sytrd_2stage_req::<T>(n, kd);
    with_work(work, req, |ws| ts::sytrd_2stage_with(uplo, a, d, e, tau, hous2, Par::default(), ws, kd));
    let (lh, lw) = sytrd_2stage_sizes::<T>(n as i64);
    leave(hous2, lh);
    leave(work, if n == 0 { 1 } else { lw });
}

/// `?syev_2stage`/`?heev_2stage` (`partial`) and `?syevd_2stage`/
/// `?heevd_2stage`: eigenvalues only; WORK(1) etc. as the reference leaves
/// them (`?syev_2stage`'s `n = 1`: 2 real, 1 complex).
#[allow(clippy::too_many_arguments)]
pub fn syev_2stage<T: Scalar, I: AbiInt>(
    divide: bool,
    uplo: Uplo,
    a: MatMut<'_, T>,
    w: &mut [T::Real],
    work: &mut [T],
    rwork: &mut [T::Real],
    iwork: &mut [I],
) -> Result<(), Info> {
    let n = a.nrows();
    let kd = dense_kd::<T>();
    let req = ts::syev_2stage_req::<T>(n, kd);
    // ?syevd_2stage scales all eigenvalues back after a failure, the complex
    // twin and ?syev_2stage only the leading ones, as the reference.
    let partial = !divide || T::IS_COMPLEX;
    let r = with_work(work, req, |ws| ts::syev_2stage(uplo, a, w, Par::default(), ws, kd, partial));
    if divide {
        let s = syevd_2stage_sizes::<T>(n as i64);
        leave(work, s.lwork);
        if T::IS_COMPLEX {
            leave(rwork, s.lrwork);
        }
        leave_int(iwork, s.liwork);
    } else if n == 1 {
        leave(work, if T::IS_COMPLEX { 1 } else { 2 });
    } else {
        leave(work, syev_2stage_sizes::<T>(n as i64).lwork);
    }
    r
}

/// `?syevx_2stage`/`?heevx_2stage`: eigenvalues only, their number in M.
#[allow(clippy::too_many_arguments)]
pub fn syevx_2stage<T: Scalar, I: AbiInt>(
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
    work: &mut [T],
) -> Result<(), Info> {
    let n = a.nrows();
    let kd = dense_kd::<T>();
    let req = ts::syevx_2stage_req::<T>(n, kd);
    let range = eig_range(range, vl, vu, il, iu);
    let (found, r) = with_work(work, req, |ws| ts::syevx_2stage(range, uplo, a, abstol, w, Par::default(), ws, kd));
    *m = I::from_i64(found as i64);
    leave(work, syevx_2stage_sizes::<T>(n as i64).lwork);
    r
}

/// `?syevr_2stage`/`?heevr_2stage`: eigenvalues only, their number in M;
/// WORK(1) 1 for `n = 0` and 7 (real) or 1 (complex) for `n = 1`, as the
/// reference.
#[allow(clippy::too_many_arguments)]
pub fn syevr_2stage<T: Scalar, I: AbiInt>(
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
    work: &mut [T],
    rwork: &mut [T::Real],
    iwork: &mut [I],
) -> Result<(), Info> {
    let n = a.nrows();
    let kd = dense_kd::<T>();
    let req = ts::syevx_2stage_req::<T>(n, kd);
    let range = eig_range(range, vl, vu, il, iu);
    let (found, r) = with_work(work, req, |ws| ts::syevr_2stage(range, uplo, a, abstol, w, Par::default(), ws, kd));
    *m = I::from_i64(found as i64);
    let s = syevr_2stage_sizes::<T>(n as i64);
    let lwork = match n {
        0 => 1,
        1 if T::IS_COMPLEX => 1,
        1 => 7,
        _ => s.lwork,
    };
    leave(work, lwork);
    if T::IS_COMPLEX {
        leave(rwork, s.lrwork);
    }
    leave_int(iwork, s.liwork);
    r
}

/// `?sygv_2stage`/`?hegv_2stage`: eigenvalues only.
#[allow(clippy::too_many_arguments)]
pub fn sygv_2stage<T: Scalar>(
    itype: i64,
    uplo: Uplo,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    w: &mut [T::Real],
    work: &mut [T],
) -> Result<(), Info> {
    let n = a.nrows();
    let itype = Itype::from_int(itype).expect("checked");
    let kd = dense_kd::<T>();
    let req = ts::syev_2stage_req::<T>(n, kd);
    let r = with_work(work, req, |ws| ts::sygv_2stage(itype, uplo, a, b, w, Par::default(), ws, kd));
    if n == 1 {
        leave(work, if T::IS_COMPLEX { 1 } else { 2 });
    } else {
        leave(work, syev_2stage_sizes::<T>(n as i64).lwork);
    }
    r
}

/// `?sbev_2stage`/`?hbev_2stage` and (`divide`) `?sbevd_2stage`/
/// `?hbevd_2stage`: eigenvalues only.
#[allow(clippy::too_many_arguments)]
pub fn sbev_2stage<T: Scalar, I: AbiInt>(
    divide: bool,
    uplo: Uplo,
    kd: usize,
    ab: MatMut<'_, T>,
    w: &mut [T::Real],
    work: &mut [T],
    rwork: &mut [T::Real],
    iwork: &mut [I],
) -> Result<(), Info> {
    let n = ab.ncols();
    let req = ts::sbev_2stage_req::<T>(n, kd);
    let partial = !divide || T::IS_COMPLEX;
    let r = with_work(work, req, |ws| ts::sbev_2stage(uplo, kd, ab, w, ws, partial));
    let s = sbev_2stage_sizes::<T>(n as i64, kd as i64);
    leave(work, s.lwork);
    if divide {
        if T::IS_COMPLEX {
            leave(rwork, s.lrwork);
        }
        leave_int(iwork, s.liwork);
    }
    r
}

/// `?sbevx_2stage`/`?hbevx_2stage`: eigenvalues only, their number in M.
#[allow(clippy::too_many_arguments)]
pub fn sbevx_2stage<T: Scalar, I: AbiInt>(
    range: RangeKind,
    uplo: Uplo,
    kd: usize,
    ab: MatMut<'_, T>,
    vl: T::Real,
    vu: T::Real,
    il: i64,
    iu: i64,
    abstol: T::Real,
    m: &mut I,
    w: &mut [T::Real],
    work: &mut [T],
) -> Result<(), Info> {
    let n = ab.ncols();
    let req = ts::sbev_2stage_req::<T>(n, kd);
    let range = eig_range(range, vl, vu, il, iu);
    let (found, r) = with_work(work, req, |ws| ts::sbevx_2stage(range, uplo, kd, ab, abstol, w, ws));
    *m = I::from_i64(found as i64);
    leave(work, sbevx_2stage_sizes::<T>(n as i64, kd as i64).lwork);
    r
}
