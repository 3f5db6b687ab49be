//! Glue between the generated entry points of the generalized nonsymmetric
//! eigenvalue routines and `ferroblas_lapack::gen_eigen`: 1-based ILO/IHI and
//! permutation indices in `?ggbal`'s LSCALE/RSCALE, eigenvalues split into
//! ALPHAR/ALPHAI for the real routines, LOGICAL SELECT arrays, workspace
//! sizes and scratch memory.
//!
//! The routines run on the caller's WORK when it holds what the Rust routine
//! asks for, on a [`ferroblas_lapack::WorkBuffer`] otherwise (the buffers are O(n) or O(n^2)
//! beside the O(n^3) computation).

use crate::lapack_aux::ilaenv_lookup;
use crate::lapack_rt::{with_work, workspace, AbiInt};
use ferroblas_kernels::enums::Side;
use ferroblas_kernels::scalar::{Complex, Scalar};
use ferroblas_kernels::views::{MatMut, MatRef};
use ferroblas_lapack::gen_eigen as ge;
use ferroblas_lapack::nonsym_eigen::{BalanceJob, Howmny, SchurJob, VecJob, VecSide};
use ferroblas_lapack::sym_eigen::tridiagonal::Compz;
use ferroblas_lapack::{Info, Par};

/// 1-based ILO/IHI (already checked) as the half-open range.
fn range(ilo: i64, ihi: i64, n: usize) -> (usize, usize) {
    let lo = ((ilo.max(1) - 1) as usize).min(n);
    let hi = (ihi.max(0) as usize).clamp(lo, n);
    (lo, hi)
}

/// `?ggbal`.
#[allow(clippy::too_many_arguments)]
pub fn ggbal<T: Scalar, I: AbiInt>(
    job: BalanceJob,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    ilo: &mut I,
    ihi: &mut I,
    lscale: &mut [T::Real],
    rscale: &mut [T::Real],
    work: &mut [T::Real],
) {
    let n = a.nrows();
    let need = ge::ggbal_req(job, n);
    let (lo, hi) = if work.len() >= need {
        ge::ggbal(job, a, b, lscale, rscale, work)
    } else {
        let mut w = vec![<T::Real as Scalar>::zero(); need];
        ge::ggbal(job, a, b, lscale, rscale, &mut w)
    };
    let one = <T::Real as Scalar>::one();
    if job != BalanceJob::None && n > 1 {
        for j in (0..n).filter(|&j| j < lo || j >= hi) {
            lscale[j] += one;
            rscale[j] += one;
        }
    }
    *ilo = I::from_i64(lo as i64 + 1);
    *ihi = I::from_i64(if n == 0 { 0 } else { hi as i64 });
}

/// `?ggbak`.
pub fn ggbak<T: Scalar>(
    job: BalanceJob,
    side: Side,
    ilo: i64,
    ihi: i64,
    lscale: &[T::Real],
    rscale: &[T::Real],
    v: MatMut<'_, T>,
) {
    let (lo, hi) = range(ilo, ihi, v.nrows());
    let scale = if side == Side::Left { lscale } else { rscale };
    ge::ggbak_indexed(job, lo, hi, scale, 1, v);
}

/// `?gghrd` / `?gghd3`.
#[allow(clippy::too_many_arguments)]
pub fn gghrd<T: Scalar>(
    compq: Compz,
    compz: Compz,
    ilo: i64,
    ihi: i64,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    q: MatMut<'_, T>,
    z: MatMut<'_, T>,
) {
    let (lo, hi) = range(ilo, ihi, a.nrows());
    ge::gghrd(compq, compz, lo, hi, a, b, q, z);
}

/// `?hgeqz` (real: `ar`, `ai`; complex: `ar` is ALPHA, `ai` empty).
#[allow(clippy::too_many_arguments)]
pub fn hgeqz<T: Scalar, W: Scalar<Real = T::Real>>(
    job: SchurJob,
    compq: Compz,
    compz: Compz,
    ilo: i64,
    ihi: i64,
    h: MatMut<'_, T>,
    t: MatMut<'_, T>,
    ar: &mut [W],
    ai: &mut [T::Real],
    beta: &mut [W],
    q: MatMut<'_, T>,
    z: MatMut<'_, T>,
) -> Result<(), Info> {
    let n = h.nrows();
    let (lo, hi) = range(ilo, ihi, n);
    let mut alpha = get_eigs(ar, ai, n);
    let mut bt = get_beta::<T, W>(beta, n);
    let r = ge::hgeqz(job, compq, compz, lo, hi, h, t, &mut alpha, &mut bt, q, z);
    put_eigs(&alpha, ar, ai, n);
    put_beta(&bt, beta);
    r
}

/// The eigenvalue array the Rust routines fill, seeded from ALPHAR/ALPHAI
/// (or ALPHA), whose untouched entries are then written back unchanged.
pub(crate) fn get_eigs<W: Scalar>(ar: &[W], ai: &[W::Real], n: usize) -> Vec<Complex<W::Real>> {
    (0..n).map(|i| Complex::new(ar[i].re(), if W::IS_COMPLEX { ar[i].im() } else { ai[i] })).collect()
}

/// BETA (real for the real routines) as the scalar type, and back.
pub(crate) fn get_beta<T: Scalar, W: Scalar<Real = T::Real>>(beta: &[W], n: usize) -> Vec<T> {
    beta[..n].iter().map(|b| T::from_parts(b.re(), b.im())).collect()
}

pub(crate) fn put_beta<T: Scalar, W: Scalar<Real = T::Real>>(bt: &[T], beta: &mut [W]) {
    for (b, t) in beta.iter_mut().zip(bt) {
        *b = W::from_parts(t.re(), t.im());
    }
}

pub(crate) fn put_eigs<W: Scalar>(w: &[Complex<W::Real>], ar: &mut [W], ai: &mut [W::Real], n: usize) {
    for i in 0..n {
        ar[i] = W::from_parts(w[i].re, w[i].im);
        if !W::IS_COMPLEX {
            ai[i] = w[i].im;
        }
    }
}

/// The MM that `?tgevc` needs (its M), the check of MM.
///
/// # Safety
/// The earlier checks passed: `s` is valid for an `n x n` matrix with
/// leading dimension `lds`, and `select` for `n` LOGICALs when HOWMNY = S.
pub unsafe fn tgevc_m<T: Scalar, I: AbiInt>(
    howmny: Option<Howmny>,
    select: *const I,
    n: i64,
    s: *const T,
    lds: i64,
) -> i64 {
    let n = n.max(0) as usize;
    let Some(howmny) = howmny else { return 0 };
    if howmny != Howmny::Selected {
        return n as i64;
    }
    if n == 0 {
        return 0;
    }
    // SAFETY: the caller's promise.
    let (sel, s) =
        unsafe { (std::slice::from_raw_parts(select, n), std::slice::from_raw_parts(s, (lds as usize) * (n - 1) + n)) };
    let s = MatRef::from_col_major(s, n, n, lds as usize);
    let b: Vec<bool> = sel.iter().map(|v| v.get() != 0).collect();
    ge::tgevc_count(howmny, &b, s) as i64
}

/// The pencil's `n x n` matrix at `x` with leading dimension `ld`.
///
/// # Safety
/// `x` is valid for it (`n > 0`).
pub(crate) unsafe fn view<'a, T>(x: *const T, n: usize, ld: i64) -> MatRef<'a, T> {
    // SAFETY: the caller's promise.
    let s = unsafe { std::slice::from_raw_parts(x, (ld as usize) * (n - 1) + n) };
    MatRef::from_col_major(s, n, n, ld as usize)
}

/// `?tgevc`'s INFO = -5 (real types): S has two consecutive nonzero subdiagonal elements.
///
/// # Safety
/// The earlier checks passed: `s` is valid for an `n x n` matrix with leading dimension `lds`.
pub unsafe fn tgevc_s_bad<T: Scalar>(n: i64, s: *const T, lds: i64) -> bool {
    let n = n.max(0) as usize;
    if T::IS_COMPLEX || n < 3 {
        return false;
    }
    // SAFETY: the caller's promise.
    let s = unsafe { view(s, n, lds) };
    (0..n - 2).any(|j| !s.get(j + 1, j).is_zero() && !s.get(j + 2, j + 1).is_zero())
}

/// `?tgevc`'s INFO = -7: a real type's 2x2 block of S whose P block is not
/// diagonal and nonsingular, a complex P with a non-real diagonal element.
///
/// # Safety
/// The earlier checks passed: `s` and `p` are valid for `n x n` matrices
/// with leading dimensions `lds` and `ldp`.
pub unsafe fn tgevc_p_bad<T: Scalar>(n: i64, s: *const T, lds: i64, p: *const T, ldp: i64) -> bool {
    let n = n.max(0) as usize;
    if n == 0 {
        return false;
    }
    // SAFETY: the caller's promise.
    let (s, p) = unsafe { (view(s, n, lds), view(p, n, ldp)) };
    if T::IS_COMPLEX {
        return (0..n).any(|j| p.get(j, j).im() != <T::Real as Scalar>::zero());
    }
    (0..n - 1).any(|j| {
        !s.get(j + 1, j).is_zero()
            && (p.get(j, j).is_zero() || p.get(j + 1, j + 1).is_zero() || !p.get(j, j + 1).is_zero())
    })
}

/// `?tgevc`; writes M. Runs in the reference's workspace: the real WORK
/// (`6n`) holds it all; the complex RWORK (`2n`) the vector being solved
/// for, WORK (`2n`) the rest.
#[allow(clippy::too_many_arguments)]
pub fn tgevc<T: Scalar, I: AbiInt>(
    side: VecSide,
    howmny: Howmny,
    select: &[I],
    s: MatRef<'_, T>,
    p: MatRef<'_, T>,
    vl: MatMut<'_, T>,
    vr: MatMut<'_, T>,
    m: &mut I,
    work: &mut [T],
    rwork: &mut [T::Real],
) -> Result<(), Info> {
    let n = s.nrows();
    let sel: Vec<bool> =
        if howmny == Howmny::Selected { select.iter().map(|v| v.get() != 0).collect() } else { Vec::new() };
    let used = if T::IS_COMPLEX {
        ge::tgevc_in(side, howmny, &sel, s, p, vl, vr, workspace(rwork), &mut work[..ge::tgevc_scratch::<T>(n)])?
    } else {
        ge::tgevc(side, howmny, &sel, s, p, vl, vr, workspace(work))?
    };
    *m = I::from_i64(used as i64);
    Ok(())
}

/// `?ggev`'s minimal LWORK: `max(1, 8 n)` (real), `max(1, 2 n)` (complex).
pub fn ggev_minwork<T: Scalar>(n: i64) -> i64 {
    if T::IS_COMPLEX {
        (2 * n).max(1)
    } else {
        (8 * n).max(1)
    }
}

/// `?ggev`'s optimal LWORK.
pub fn ggev_lwork<T: Scalar>(n: usize) -> usize {
    (ggev_minwork::<T>(n as i64) as usize).max(ge::ggev_req::<T>(n).elems::<T>())
}

/// `?ggev3`'s optimal LWORK (the multishift QZ's workspace included).
pub fn ggev3_lwork<T: Scalar>(n: usize) -> usize {
    (ggev_minwork::<T>(n as i64) as usize).max(ge::ggev3_req::<T>(n).elems::<T>())
}

/// `?ggev` (real: `ar`, `ai`; complex: `ar` is ALPHA, `ai` empty).
#[allow(clippy::too_many_arguments)]
pub fn ggev<T: Scalar, W: Scalar<Real = T::Real>>(
    jobvl: VecJob,
    jobvr: VecJob,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    ar: &mut [W],
    ai: &mut [T::Real],
    beta: &mut [W],
    vl: MatMut<'_, T>,
    vr: MatMut<'_, T>,
    work: &mut [T],
) -> Result<(), Info> {
    ggev_with(false, jobvl, jobvr, a, b, ar, ai, beta, vl, vr, work)
}

/// `?ggev3`: [`ggev`] by the multishift QZ algorithm.
#[allow(clippy::too_many_arguments)]
pub fn ggev3<T: Scalar, W: Scalar<Real = T::Real>>(
    jobvl: VecJob,
    jobvr: VecJob,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    ar: &mut [W],
    ai: &mut [T::Real],
    beta: &mut [W],
    vl: MatMut<'_, T>,
    vr: MatMut<'_, T>,
    work: &mut [T],
) -> Result<(), Info> {
    ggev_with(true, jobvl, jobvr, a, b, ar, ai, beta, vl, vr, work)
}

#[allow(clippy::too_many_arguments)]
fn ggev_with<T: Scalar, W: Scalar<Real = T::Real>>(
    multishift: bool,
    jobvl: VecJob,
    jobvr: VecJob,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    ar: &mut [W],
    ai: &mut [T::Real],
    beta: &mut [W],
    vl: MatMut<'_, T>,
    vr: MatMut<'_, T>,
    work: &mut [T],
) -> Result<(), Info> {
    let n = a.nrows();
    let driver = if multishift { EigDriver::Ggev3 } else { EigDriver::Ggev };
    match ggev_or_gegv(driver, jobvl, jobvr, a, b, ar, ai, beta, vl, vr, work) {
        Err(e) if e.lapack_info() as usize > n + 2 => Err(Info::new(n + 1)),
        other => other,
    }
}

/// Which generalized eigenvalue driver [`ggev_or_gegv`] runs: `?ggev`,
/// `?ggev3` (multishift QZ) or the deprecated `?gegv`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum EigDriver {
    Ggev,
    Ggev3,
    Gegv,
}

/// The generalized eigenvalue driver `driver` names, on the ABI's arrays.
#[allow(clippy::too_many_arguments)]
fn ggev_or_gegv<T: Scalar, W: Scalar<Real = T::Real>>(
    driver: EigDriver,
    jobvl: VecJob,
    jobvr: VecJob,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    ar: &mut [W],
    ai: &mut [T::Real],
    beta: &mut [W],
    vl: MatMut<'_, T>,
    vr: MatMut<'_, T>,
    work: &mut [T],
) -> Result<(), Info> {
    let n = a.nrows();
    let mut alpha = get_eigs(ar, ai, n);
    let mut bt = get_beta::<T, W>(beta, n);
    let (wl, wv) = (jobvl == VecJob::Vectors, jobvr == VecJob::Vectors);
    let req = if driver == EigDriver::Ggev3 { ge::ggev3_req::<T>(n) } else { ge::ggev_req::<T>(n) };
    let r = with_work(work, req, |ws| {
        let f = match driver {
            EigDriver::Ggev => ge::ggev,
            EigDriver::Ggev3 => ge::ggev3,
            EigDriver::Gegv => ge::gegv,
        };
        f(wl, wv, a, b, &mut alpha, &mut bt, vl, vr, Par::default(), ws)
    });
    put_eigs(&alpha, ar, ai, n);
    put_beta(&bt, beta);
    r
}

/// `?gghd3`'s panel width: ILAENV's, the program's own or ours (32, [`ge::GGHD3_BLOCK`]).
fn gghd3_nb<T: Scalar>(n: usize, ilo: i64, ihi: i64) -> usize {
    let d = |v: i64| i32::try_from(v).unwrap_or(i32::MAX);
    let nb = ilaenv_lookup(1, &crate::lapack_rt::routine_name::<T>("GGHD3"), " ", [d(n as i64), d(ilo), d(ihi), -1]);
    usize::try_from(nb).unwrap_or(1)
}

/// `?gghd3`'s optimal LWORK, `max(6 n NB, 1)` as the reference states it.
pub fn gghd3_lwork<T: Scalar>(n: usize, ilo: i64, ihi: i64) -> usize {
    (6 * n * gghd3_nb::<T>(n, ilo, ihi)).max(1)
}

/// `?gghd3`: blocked on the caller's WORK, with narrower panels when it is
/// shorter than the optimal LWORK (as the reference), unblocked when it
/// holds less than two columns' panel.
#[allow(clippy::too_many_arguments)]
pub fn gghd3<T: Scalar>(
    compq: Compz,
    compz: Compz,
    ilo: i64,
    ihi: i64,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    q: MatMut<'_, T>,
    z: MatMut<'_, T>,
    work: &mut [T],
) {
    let n = a.nrows();
    let nb = gghd3_nb::<T>(n, ilo, ihi);
    let (lo, hi) = range(ilo, ihi, n);
    ge::gghd3_with(compq, compz, lo, hi, a, b, q, z, Par::default(), workspace(work), nb);
}

/// `?gges`'s minimal LWORK: `max(8 n, 6 n + 16)` (real, 1 for `n = 0`), `max(1, 2 n)` (complex).
pub fn gges_minwork<T: Scalar>(n: i64) -> i64 {
    if T::IS_COMPLEX {
        (2 * n).max(1)
    } else if n > 0 {
        (8 * n).max(6 * n + 16)
    } else {
        1
    }
}

/// `?gges`'s optimal LWORK.
pub fn gges_lwork<T: Scalar>(n: usize) -> usize {
    (gges_minwork::<T>(n as i64) as usize).max(ge::gges_req::<T>(n).elems::<T>())
}

/// Calls the Fortran SELCTG of `?gges` on one generalized eigenvalue.
///
/// # Safety
/// `f` is a LOGICAL function of `(ALPHAR, ALPHAI, BETA)` (real types) or
/// `(ALPHA, BETA)` (complex types) by reference.
pub(crate) unsafe fn call_selctg<T: Scalar, I: AbiInt>(
    f: unsafe extern "C" fn(),
    alpha: Complex<T::Real>,
    beta: T,
) -> bool {
    if T::IS_COMPLEX {
        // SAFETY: the caller's promise; `Complex` is `#[repr(C)] {re, im}`, Fortran's COMPLEX.
        let f: unsafe extern "C" fn(*const Complex<T::Real>, *const Complex<T::Real>) -> I =
            unsafe { std::mem::transmute(f) };
        let b = Complex::new(beta.re(), beta.im());
        // SAFETY: as above.
        unsafe { f(&alpha, &b) }.get() != 0
    } else {
        // SAFETY: the caller's promise.
        let f: unsafe extern "C" fn(*const T::Real, *const T::Real, *const T::Real) -> I =
            unsafe { std::mem::transmute(f) };
        let b = beta.re();
        // SAFETY: as above.
        unsafe { f(&alpha.re, &alpha.im, &b) }.get() != 0
    }
}

/// `?gges3`'s optimal LWORK (the multishift QZ's workspace included).
pub fn gges3_lwork<T: Scalar>(n: usize) -> usize {
    (gges_minwork::<T>(n as i64) as usize).max(ge::gges3_req::<T>(n).elems::<T>())
}

/// `?gges` (real: `ar`, `ai`; complex: `ar` is ALPHA, `ai` empty).
/// SELCTG is called only with SORT = S (a null one then selects nothing).
///
/// # Safety
/// With SORT = S, `selctg` is null or a LOGICAL function of the signature
/// [`call_selctg`] describes.
#[allow(clippy::too_many_arguments)]
pub unsafe fn gges<T: Scalar, W: Scalar<Real = T::Real>, I: AbiInt>(
    wantvsl: bool,
    wantvsr: bool,
    sort: bool,
    selctg: crate::lapack_rt::Select,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    sdim: &mut I,
    ar: &mut [W],
    ai: &mut [T::Real],
    beta: &mut [W],
    vsl: MatMut<'_, T>,
    vsr: MatMut<'_, T>,
    work: &mut [T],
) -> Result<(), Info> {
    // SAFETY: the caller's promise.
    unsafe { gges_with::<T, W, I>(false, wantvsl, wantvsr, sort, selctg, a, b, sdim, ar, ai, beta, vsl, vsr, work) }
}

/// `?gges3`: [`gges`] by the multishift QZ algorithm.
///
/// # Safety
/// As [`gges`].
#[allow(clippy::too_many_arguments)]
pub unsafe fn gges3<T: Scalar, W: Scalar<Real = T::Real>, I: AbiInt>(
    wantvsl: bool,
    wantvsr: bool,
    sort: bool,
    selctg: crate::lapack_rt::Select,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    sdim: &mut I,
    ar: &mut [W],
    ai: &mut [T::Real],
    beta: &mut [W],
    vsl: MatMut<'_, T>,
    vsr: MatMut<'_, T>,
    work: &mut [T],
) -> Result<(), Info> {
    // SAFETY: the caller's promise.
    unsafe { gges_with::<T, W, I>(true, wantvsl, wantvsr, sort, selctg, a, b, sdim, ar, ai, beta, vsl, vsr, work) }
}

/// # Safety
/// As [`gges`].
#[allow(clippy::too_many_arguments)]
unsafe fn gges_with<T: Scalar, W: Scalar<Real = T::Real>, I: AbiInt>(
    multishift: bool,
    wantvsl: bool,
    wantvsr: bool,
    sort: bool,
    selctg: crate::lapack_rt::Select,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    sdim: &mut I,
    ar: &mut [W],
    ai: &mut [T::Real],
    beta: &mut [W],
    vsl: MatMut<'_, T>,
    vsr: MatMut<'_, T>,
    work: &mut [T],
) -> Result<(), Info> {
    let n = a.nrows();
    let mut alpha = get_eigs(ar, ai, n);
    let mut bt = get_beta::<T, W>(beta, n);
    // SAFETY: the caller's promise about `selctg`.
    let mut by_select = |e: Complex<T::Real>, be: T| selctg.is_some_and(|f| unsafe { call_selctg::<T, I>(f, e, be) });
    let sel: Option<&mut dyn FnMut(Complex<T::Real>, T) -> bool> = if sort { Some(&mut by_select) } else { None };
    let vsl = if wantvsl { Some(vsl) } else { None };
    let vsr = if wantvsr { Some(vsr) } else { None };
    let r = if multishift {
        with_work(work, ge::gges3_req::<T>(n), |ws| {
            ge::gges3(sel, a, b, &mut alpha, &mut bt, vsl, vsr, Par::default(), ws)
        })
    } else {
        with_work(work, ge::gges_req::<T>(n), |ws| {
            ge::gges(sel, a, b, &mut alpha, &mut bt, vsl, vsr, Par::default(), ws)
        })
    };
    put_eigs(&alpha, ar, ai, n);
    put_beta(&bt, beta);
    *sdim = I::from_i64(r.sdim as i64);
    r.info
}

/// The block size the deprecated `?gegs`/`?gegv` state their optimal LWORK
/// with: the largest of ILAENV's for `?geqrf`, `?ormqr`, `?orgqr`.
fn gegx_nb<T: Scalar>(n: usize) -> usize {
    let d = i32::try_from(n).unwrap_or(i32::MAX);
    let name = |stem: &str| crate::lapack_rt::routine_name::<T>(stem);
    let (qr, mq, gq) = if T::IS_COMPLEX { ("GEQRF", "UNMQR", "UNGQR") } else { ("GEQRF", "ORMQR", "ORGQR") };
    let nb1 = ilaenv_lookup(1, &name(qr), " ", [d, d, -1, -1]);
    let nb2 = ilaenv_lookup(1, &name(mq), " ", [d, d, d, -1]);
    let nb3 = ilaenv_lookup(1, &name(gq), " ", [d, d, d, -1]);
    usize::try_from(nb1.max(nb2).max(nb3)).unwrap_or(1)
}

/// `?gegs`'s minimal LWORK: `max(1, 4 n)` (real), `max(1, 2 n)` (complex).
pub fn gegs_minwork<T: Scalar>(n: i64) -> i64 {
    (if T::IS_COMPLEX { 2 * n } else { 4 * n }).max(1)
}

/// `?gegs`'s optimal LWORK as its documentation states: `2 n + n (NB + 1)`
/// (real), `n (NB + 1)` (complex).
pub fn gegs_lwork<T: Scalar>(n: usize) -> usize {
    let opt = n * (gegx_nb::<T>(n) + 1);
    (if T::IS_COMPLEX { opt } else { 2 * n + opt }).max(1)
}

/// `?gegv`'s minimal LWORK: `max(1, 8 n)` (real), `max(1, 2 n)` (complex).
pub fn gegv_minwork<T: Scalar>(n: i64) -> i64 {
    (if T::IS_COMPLEX { 2 * n } else { 8 * n }).max(1)
}

/// `?gegv`'s optimal LWORK as its documentation states: `2 n + max(6 n,
/// n (NB + 1))` (real), `max(2 n, n (NB + 1))` (complex).
pub fn gegv_lwork<T: Scalar>(n: usize) -> usize {
    let opt = n * (gegx_nb::<T>(n) + 1);
    (if T::IS_COMPLEX { opt.max(2 * n) } else { 2 * n + opt.max(6 * n) }).max(1)
}

/// `?gegs` (deprecated): [`gges`] without sorting; INFO `n + 1` (another
/// QZ failure) becomes the old `n + 6`.
#[allow(clippy::too_many_arguments)]
pub fn gegs<T: Scalar, W: Scalar<Real = T::Real>>(
    wantvsl: bool,
    wantvsr: bool,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    ar: &mut [W],
    ai: &mut [T::Real],
    beta: &mut [W],
    vsl: MatMut<'_, T>,
    vsr: MatMut<'_, T>,
    work: &mut [T],
) -> Result<(), Info> {
    let n = a.nrows();
    let mut sdim = 0i64;
    // SAFETY: without sorting no selection function is called.
    let r = unsafe { gges::<T, W, i64>(wantvsl, wantvsr, false, None, a, b, &mut sdim, ar, ai, beta, vsl, vsr, work) };
    match r {
        Err(e) if e.lapack_info() as usize > n => Err(Info::new(n + 6)),
        other => other,
    }
}

/// `?gegv` (deprecated): [`ge::gegv`]; INFO `n + 1` (another QZ failure)
/// becomes the old `n + 6`, `n + 2` (`?tgevc`) the old `n + 7`.
#[allow(clippy::too_many_arguments)]
pub fn gegv<T: Scalar, W: Scalar<Real = T::Real>>(
    jobvl: VecJob,
    jobvr: VecJob,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    ar: &mut [W],
    ai: &mut [T::Real],
    beta: &mut [W],
    vl: MatMut<'_, T>,
    vr: MatMut<'_, T>,
    work: &mut [T],
) -> Result<(), Info> {
    let n = a.nrows();
    match ggev_or_gegv(EigDriver::Gegv, jobvl, jobvr, a, b, ar, ai, beta, vl, vr, work) {
        Err(e) if e.lapack_info() as usize == n + 1 => Err(Info::new(n + 6)),
        Err(e) if e.lapack_info() as usize > n + 1 => Err(Info::new(n + 7)),
        other => other,
    }
}

/// `?laqz0`'s optimal LWORK: what [`ge::laqz0`] takes from WORK (at least
/// `max(1, n)`, the reference's minimum).
pub fn laqz0_lwork<T: Scalar>(n: usize, rec: i64) -> usize {
    ge::laqz0_req::<T>(n, rec.max(0) as usize).elems::<T>().max(n).max(1)
}

/// `?laqz0` (real: `ar`, `ai`; complex: `ar` is ALPHA, `ai` empty). A WORK
/// shorter than [`laqz0_lwork`] is replaced by a buffer (the reference's
/// LWORK check reports a negated parameter number, so none is made here).
#[allow(clippy::too_many_arguments)]
pub fn laqz0<T: Scalar, W: Scalar<Real = T::Real>>(
    job: SchurJob,
    compq: Compz,
    compz: Compz,
    ilo: i64,
    ihi: i64,
    h: MatMut<'_, T>,
    t: MatMut<'_, T>,
    ar: &mut [W],
    ai: &mut [T::Real],
    beta: &mut [W],
    q: MatMut<'_, T>,
    z: MatMut<'_, T>,
    work: &mut [T],
    rec: i64,
) -> Result<(), Info> {
    let n = h.nrows();
    let (lo, hi) = range(ilo, ihi, n);
    let rec = rec.max(0) as usize;
    let mut alpha = get_eigs(ar, ai, n);
    let mut bt = get_beta::<T, W>(beta, n);
    let r = with_work(work, ge::laqz0_req::<T>(n, rec), |ws| {
        ge::laqz0(job, compq, compz, lo, hi, h, t, &mut alpha, &mut bt, q, z, rec, Par::default(), ws)
    });
    put_eigs(&alpha, ar, ai, n);
    put_beta(&bt, beta);
    r
}

/// `?laqz1` (real): V, the first column of the double-shift polynomial,
/// from the leading 3x3 blocks of A and B.
#[allow(clippy::too_many_arguments)]
pub fn laqz1<T: Scalar>(a: MatRef<'_, T>, b: MatRef<'_, T>, sr1: T, sr2: T, si: T, beta1: T, beta2: T, v: &mut [T]) {
    let block = |m: MatRef<'_, T>| core::array::from_fn::<T::Real, 9, _>(|k| m.get(k % 3, k / 3).re());
    let (ab, bb) = (block(a), block(b));
    let x = ge::laqz1(
        MatRef::from_col_major(&ab, 3, 3, 3),
        MatRef::from_col_major(&bb, 3, 3, 3),
        sr1.re(),
        sr2.re(),
        si.re(),
        beta1.re(),
        beta2.re(),
    );
    for (vi, xi) in v.iter_mut().zip(x) {
        *vi = T::from_real(xi);
    }
}

/// The `rows x cols` matrix at `p` with leading dimension `ld` (nothing
/// when either is zero).
///
/// # Safety
/// `p` is valid for it.
unsafe fn raw_view<'a, T>(p: *mut T, rows: usize, cols: usize, ld: i64) -> MatMut<'a, T> {
    let ld = (ld.max(1) as usize).max(rows);
    if rows == 0 || cols == 0 || p.is_null() {
        return MatMut::from_col_major(&mut [], 0, 0, 1);
    }
    // SAFETY: the caller's promise.
    let s = unsafe { std::slice::from_raw_parts_mut(p, ld * (cols - 1) + rows) };
    MatMut::from_col_major(s, rows, cols, ld)
}

/// `?laqz2` (real) / `?laqz1` (complex): one step of the bulge at K
/// (1-based, as all the indices here) down the pencil (A, B), the
/// rotations from the left applied to columns up to ISTOPM, those from the
/// right to rows from ISTARTM, and to the columns of Q (NQ rows, column 1
/// standing for QSTART) and Z (NZ rows, ZSTART) when ILQ, ILZ.
///
/// # Safety
/// The reference's contract: A, B are valid for the rows and columns the
/// step touches (rows up to IHI, columns up to `max(IHI, ISTOPM)`), Q and Z
/// with ILQ, ILZ for NQ, NZ rows and the columns up to `IHI - QSTART + 1`
/// (ZSTART).
#[allow(clippy::too_many_arguments)]
pub unsafe fn laqz_chase<T: Scalar>(
    ilq: bool,
    ilz: bool,
    k: i64,
    istartm: i64,
    istopm: i64,
    ihi: i64,
    a: *mut T,
    lda: i64,
    b: *mut T,
    ldb: i64,
    nq: i64,
    qstart: i64,
    q: *mut T,
    ldq: i64,
    nz: i64,
    zstart: i64,
    z: *mut T,
    ldz: i64,
) {
    let bw = if T::IS_COMPLEX { 1 } else { 2 };
    if k < 1 || istartm < 1 || ihi < k + bw || qstart < 1 || zstart < 1 {
        return;
    }
    // Every step stays inside rows and columns ..IHI (and columns ..ISTOPM).
    let rows = ihi as usize;
    let cols = (istopm.max(ihi)) as usize;
    // SAFETY: the caller's promise.
    let (av, bv) = unsafe { (raw_view(a, rows, cols, lda), raw_view(b, rows, cols, ldb)) };
    let acc = |on: bool, p: *mut T, nr: i64, start: i64, ld: i64| {
        let nc = (ihi - start + 1).max(0) as usize;
        // SAFETY: the caller's promise.
        on.then(|| ge::Acc { m: unsafe { raw_view(p, nr.max(0) as usize, nc, ld) }, start: start as usize - 1 })
    };
    let (qa, za) = (acc(ilq, q, nq, qstart, ldq), acc(ilz, z, nz, zstart, ldz));
    ge::laqz_chase(k as usize - 1, istartm as usize - 1, istopm.max(0) as usize, ihi as usize - 1, av, bv, qa, za);
}

/// `?laqz3` (real) / `?laqz2` (complex)'s optimal LWORK: what the
/// aggressive early deflation takes from WORK, at least the reference's
/// `max(N NW, 2 NW^2 + N)`.
pub fn laqz_aed_lwork<T: Scalar>(n: usize, nw: usize, rec: i64) -> usize {
    let own = ge::laqz_aed_req::<T>(n, nw.max(1), rec.max(0) as usize).elems::<T>();
    own.max(n * nw).max(2 * nw * nw + n).max(1)
}

/// `?laqz3` (real: `ar`, `ai`) / `?laqz2` (complex: `ar` is ALPHA, `ai`
/// empty): aggressive early deflation on the trailing window of order NW
/// of the block ILO..IHI; writes NS and ND. QC and ZC are not used (the
/// window's transformations are kept in WORK); a WORK shorter than
/// [`laqz_aed_lwork`] is replaced by a buffer.
#[allow(clippy::too_many_arguments)]
pub fn laqz_aed<T: Scalar, W: Scalar<Real = T::Real>, I: AbiInt>(
    schur: bool,
    ilq: bool,
    ilz: bool,
    ilo: i64,
    ihi: i64,
    nw: usize,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    q: MatMut<'_, T>,
    z: MatMut<'_, T>,
    ns: &mut I,
    nd: &mut I,
    ar: &mut [W],
    ai: &mut [T::Real],
    beta: &mut [W],
    work: &mut [T],
    rec: i64,
) {
    let n = a.nrows();
    let (lo, hi) = range(ilo, ihi, n);
    let rec = rec.max(0) as usize;
    let (mut s, mut d) = (0, 0);
    if hi > lo && nw > 0 {
        let mut alpha = get_eigs(ar, ai, n);
        let mut bt = get_beta::<T, W>(beta, n);
        let r = with_work(work, ge::laqz_aed_req::<T>(n, nw, rec), |ws| {
            ge::laqz_aed(
                schur,
                lo,
                hi - 1,
                nw,
                a,
                b,
                ilq.then_some(q),
                ilz.then_some(z),
                &mut alpha,
                &mut bt,
                rec,
                Par::default(),
                ws,
            )
        });
        put_eigs(&alpha, ar, ai, n);
        put_beta(&bt, beta);
        (s, d) = (r.ns, r.nd);
    }
    *ns = I::from_i64(s as i64);
    *nd = I::from_i64(d as i64);
}

/// `?laqz4` (real: SR, SI, SS in `sr`, `si`, `ss`) / `?laqz3` (complex:
/// ALPHA in `sr`, BETA in `ss`, `si` empty): one multishift sweep with
/// NSHIFTS shifts on the block ILO..IHI, in windows of order up to
/// NBLOCK_DESIRED (QC, ZC of that order; WORK `N NBLOCK_DESIRED`, a
/// shorter one replaced by a buffer). The shifts are reordered in place as
/// the sweep pairs them.
#[allow(clippy::too_many_arguments)]
pub fn laqz_sweep<T: Scalar, W: Scalar<Real = T::Real>>(
    schur: bool,
    ilq: bool,
    ilz: bool,
    ilo: i64,
    ihi: i64,
    sr: &mut [W],
    si: &mut [T::Real],
    ss: &mut [W],
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    q: MatMut<'_, T>,
    z: MatMut<'_, T>,
    qc: MatMut<'_, T>,
    zc: MatMut<'_, T>,
    work: &mut [T],
) {
    let n = a.nrows();
    let (lo, hi) = range(ilo, ihi, n);
    let ns = sr.len().min(ss.len());
    if hi < lo + 2 || ns == 0 {
        return;
    }
    let mut alpha = get_eigs(sr, si, ns);
    let mut bt = get_beta::<T, W>(ss, ns);
    let need = n * qc.nrows().min(qc.ncols()).min(zc.nrows()).min(zc.ncols());
    let run = |scratch: &mut [T], alpha: &mut [Complex<T::Real>], bt: &mut [T]| {
        ge::laqz_sweep(
            schur,
            lo,
            hi - 1,
            alpha,
            bt,
            a,
            b,
            ilq.then_some(q),
            ilz.then_some(z),
            qc,
            zc,
            scratch,
            Par::default(),
        )
    };
    if work.len() >= need {
        run(work, &mut alpha, &mut bt);
    } else {
        run(&mut vec![T::zero(); need], &mut alpha, &mut bt);
    }
    put_eigs(&alpha, sr, si, ns);
    put_beta(&bt, ss);
}
