//! Glue between the generated entry points of the generalized Schur form's
//! reordering and condition routines (`?tgex2`, `?tgexc`, `?tgsen`,
//! `?tgsna`) and expert drivers (`?ggesx`, `?ggevx`) and
//! `ferroblas_lapack::gen_eigen`: 1-based indices, LOGICAL arrays, the
//! reference's workspace sizes (computed from SELECT and A, as it does) and
//! scratch memory.

use crate::lapack_qz::{call_selctg, get_beta, get_eigs, put_beta, put_eigs, view};
use crate::lapack_rt::with_work;
use crate::lapack_rt::AbiInt;
use ferroblas_kernels::scalar::{Complex, RealScalar, Scalar};
use ferroblas_kernels::views::{MatMut, MatRef};
use ferroblas_lapack::gen_eigen as ge;
use ferroblas_lapack::nonsym_eigen::{BalanceJob, Howmny, SenseJob, SnaJob};
use ferroblas_lapack::{Info, Par};

/// The selection as booleans.
fn flags<I: AbiInt>(select: &[I]) -> Vec<bool> {
    select.iter().map(|v| v.get() != 0).collect()
}

/// `?tgex2` (`n1 = n2 = 1` for the complex types). Sizes the reference
/// would not swap (a block outside the pencil, a real block larger than 2)
/// return at once, as its quick returns do; LWORK is not checked.
#[allow(clippy::too_many_arguments)]
pub fn tgex2<T: Scalar>(
    wantq: bool,
    wantz: bool,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    q: MatMut<'_, T>,
    z: MatMut<'_, T>,
    j1: i64,
    n1: i64,
    n2: i64,
) -> Result<(), Info> {
    let n = a.nrows() as i64;
    if n <= 1 || n1 <= 0 || n2 <= 0 || n1 > 2 || n2 > 2 || j1 < 1 || j1 - 1 + n1 + n2 > n {
        return Ok(());
    }
    ge::tgex2(wantq, wantz, a, b, q, z, (j1 - 1) as usize, n1 as usize, n2 as usize)
}

/// `?tgexc`'s minimal LWORK (real types): 1 for `n <= 1`, else `4 n + 16`.
pub fn tgexc_lwork(n: i64) -> i64 {
    if n <= 1 {
        1
    } else {
        4 * n + 16
    }
}

/// `?tgexc`: IFST and ILST in and out, 1-based, as the reference adjusts them.
#[allow(clippy::too_many_arguments)]
pub fn tgexc<T: Scalar, I: AbiInt>(
    wantq: bool,
    wantz: bool,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    q: MatMut<'_, T>,
    z: MatMut<'_, T>,
    ifst: &mut I,
    ilst: &mut I,
) -> Result<(), Info> {
    let n = a.nrows();
    if n <= 1 {
        return Ok(());
    }
    let (mut f, mut l) = ((ifst.get() - 1) as usize, (ilst.get() - 1) as usize);
    let r = ge::tgexc(wantq, wantz, a, b, q, z, &mut f, &mut l);
    *ifst = I::from_i64(f as i64 + 1);
    *ilst = I::from_i64(l as i64 + 1);
    r
}

/// The order M of the deflating subspace SELECT asks for, from the raw
/// arguments (for the workspace checks and queries).
///
/// # Safety
/// The earlier checks passed: `select` holds `n` LOGICALs and `a` an
/// `n x n` matrix with leading dimension `lda`.
unsafe fn selected<T: Scalar, I: AbiInt>(select: *const I, n: i64, a: *const T, lda: i64) -> usize {
    let n = n.max(0) as usize;
    if n == 0 {
        return 0;
    }
    // SAFETY: the caller's promise.
    let (sel, a) = unsafe { (std::slice::from_raw_parts(select, n), view(a, n, lda)) };
    ge::tgsen_count(&flags(sel), a)
}

/// `?tgsen`'s minimal (and optimal) LWORK and LIWORK for IJOB, from SELECT
/// and A as the reference computes them.
///
/// # Safety
/// As [`selected`]; `ijob` already checked.
pub unsafe fn tgsen_min<T: Scalar, I: AbiInt>(
    ijob: i64,
    select: *const I,
    n: i64,
    a: *const T,
    lda: i64,
) -> (i64, i64) {
    // SAFETY: the caller's promise.
    let m = unsafe { selected::<T, I>(select, n, a, lda) } as i64;
    let k = m * (n - m);
    let base = if T::IS_COMPLEX { 1 } else { 4 * n + 16 };
    let ibase = if T::IS_COMPLEX { n + 2 } else { n + 6 };
    match ijob {
        1 | 2 | 4 => (base.max(2 * k).max(1), ibase.max(1)),
        3 | 5 => (base.max(4 * k).max(1), ibase.max(2 * k).max(1)),
        _ => (base.max(1), 1),
    }
}

/// `?tgsen` (real: `ar`, `ai`; complex: `ar` is ALPHA, `ai` empty); writes
/// M, PL and PR (IJOB = 1, 4, 5), DIF (2 to 5), and the workspace sizes.
#[allow(clippy::too_many_arguments)]
pub fn tgsen<T: Scalar, W: Scalar<Real = T::Real>, I: AbiInt>(
    ijob: i64,
    wantq: bool,
    wantz: bool,
    select: &[I],
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    ar: &mut [W],
    ai: &mut [T::Real],
    beta: &mut [W],
    q: MatMut<'_, T>,
    z: MatMut<'_, T>,
    m: &mut I,
    pl: &mut T::Real,
    pr: &mut T::Real,
    dif: &mut [T::Real],
    work: &mut [T],
    iwork: &mut [I],
) -> Result<(), Info> {
    let n = a.nrows();
    let job = ge::TgsenJob::from_int(ijob).expect("checked");
    let sel = flags(select);
    let mut alpha = get_eigs(ar, ai, n);
    let mut bt = get_beta::<T, W>(beta, n);
    let mm = ge::tgsen_count(&sel, a.rb());
    // The sizes the reference reports, before the pencil changes.
    let k = (mm * (n - mm)) as i64;
    let (lw, liw) = {
        let ni = n as i64;
        let base = if T::IS_COMPLEX { 1 } else { 4 * ni + 16 };
        let ibase = if T::IS_COMPLEX { ni + 2 } else { ni + 6 };
        match ijob {
            1 | 2 | 4 => (base.max(2 * k).max(1), ibase.max(1)),
            3 | 5 => (base.max(4 * k).max(1), ibase.max(2 * k).max(1)),
            _ => (base.max(1), 1),
        }
    };
    let r = with_work(work, ge::tgsen_req::<T>(job, n, mm), |ws| {
        ge::tgsen(job, &sel, wantq, wantz, a, b, &mut alpha, &mut bt, q, z, ws)
    });
    put_eigs(&alpha, ar, ai, n);
    put_beta(&bt, beta);
    *m = I::from_i64(r.m as i64);
    if let Some((l, rr)) = r.p {
        (*pl, *pr) = (l, rr);
    }
    if let Some(d) = r.dif {
        for (dst, v) in dif.iter_mut().zip(d) {
            if let Some(v) = v {
                *dst = v;
            }
        }
    }
    if let Some(w) = work.first_mut() {
        *w = T::from_real(<T::Real as RealScalar>::from_f64(lw as f64));
    }
    if let Some(w) = iwork.first_mut() {
        *w = I::from_i64(liw);
    }
    r.info
}

/// `?tgsna`'s M (the check of MM).
///
/// # Safety
/// As [`selected`] (SELECT only read for HOWMNY = S).
pub unsafe fn tgsna_m<T: Scalar, I: AbiInt>(
    howmny: Option<Howmny>,
    select: *const I,
    n: i64,
    a: *const T,
    lda: i64,
) -> i64 {
    if howmny != Some(Howmny::Selected) {
        return n.max(0);
    }
    // SAFETY: the caller's promise.
    unsafe { selected::<T, I>(select, n, a, lda) as i64 }
}

/// `?tgsna`'s minimal LWORK: 1 for `n = 0`; with DIF `2 n (n + 2) + 16`
/// (real), `2 n^2` (complex); else `n`.
pub fn tgsna_lwork<T: Scalar>(job: Option<SnaJob>, n: i64) -> i64 {
    if n == 0 {
        1
    } else if job.is_some_and(|j| j.wants_sep()) {
        if T::IS_COMPLEX {
            2 * n * n
        } else {
            2 * n * (n + 2) + 16
        }
    } else {
        n
    }
}

/// `?tgsna`; writes M.
#[allow(clippy::too_many_arguments)]
pub fn tgsna<T: Scalar, I: AbiInt>(
    job: SnaJob,
    howmny: Howmny,
    select: &[I],
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    vl: MatRef<'_, T>,
    vr: MatRef<'_, T>,
    s: &mut [T::Real],
    dif: &mut [T::Real],
    m: &mut I,
    work: &mut [T],
) {
    let n = a.nrows();
    let sel = if howmny == Howmny::Selected { flags(select) } else { vec![false; n] };
    let lw = tgsna_lwork::<T>(Some(job), n as i64);
    let used = with_work(work, ge::tgsna_req::<T>(job, n), |ws| ge::tgsna(job, howmny, &sel, a, b, vl, vr, s, dif, ws));
    *m = I::from_i64(used as i64);
    if let Some(w) = work.first_mut() {
        *w = T::from_real(<T::Real as RealScalar>::from_f64(lw as f64));
    }
}

/// `?ggesx`'s minimal LWORK: as `?gges`.
pub fn ggesx_minwork<T: Scalar>(n: i64) -> i64 {
    crate::lapack_qz::gges_minwork::<T>(n)
}

/// `?ggesx`'s optimal LWORK (with condition numbers at least `n^2 / 2`,
/// the most `?tgsen` can ask for, as the reference answers).
pub fn ggesx_lwork<T: Scalar>(sense: SenseJob, n: usize) -> usize {
    let base = (ggesx_minwork::<T>(n as i64) as usize).max(ge::ggesx_req::<T>(sense, n).elems::<T>());
    if sense != SenseJob::None && n > 0 {
        base.max(n * n / 2)
    } else {
        base
    }
}

/// `?ggesx`'s minimal LIWORK: 1 for SENSE = N or `n = 0`, else `n + 6`
/// (real) or `n + 2` (complex).
pub fn ggesx_liwork<T: Scalar>(sense: Option<SenseJob>, n: i64) -> i64 {
    if sense.is_none_or(|s| s == SenseJob::None) || n <= 0 {
        1
    } else if T::IS_COMPLEX {
        n + 2
    } else {
        n + 6
    }
}

/// `?ggesx` (real: `ar`, `ai`; complex: `ar` is ALPHA, `ai` empty).
///
/// # Safety
/// As [`crate::lapack_qz::gges`].
#[allow(clippy::too_many_arguments)]
pub unsafe fn ggesx<T: Scalar, W: Scalar<Real = T::Real>, I: AbiInt>(
    wantvsl: bool,
    wantvsr: bool,
    sort: bool,
    selctg: crate::lapack_rt::Select,
    sense: SenseJob,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    sdim: &mut I,
    ar: &mut [W],
    ai: &mut [T::Real],
    beta: &mut [W],
    vsl: MatMut<'_, T>,
    vsr: MatMut<'_, T>,
    rconde: &mut [T::Real],
    rcondv: &mut [T::Real],
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
    let r = with_work(work, ge::ggesx_req::<T>(sense, n), |ws| {
        ge::ggesx(sel, sense, a, b, &mut alpha, &mut bt, vsl, vsr, Par::default(), ws)
    });
    put_eigs(&alpha, ar, ai, n);
    put_beta(&bt, beta);
    *sdim = I::from_i64(r.sdim as i64);
    if let Some((pl, pr)) = r.rconde {
        if rconde.len() >= 2 {
            (rconde[0], rconde[1]) = (pl, pr);
        }
    }
    if let Some(d) = r.rcondv {
        for (dst, v) in rcondv.iter_mut().zip(d) {
            if let Some(v) = v {
                *dst = v;
            }
        }
    }
    r.info
}

/// `?ggevx`'s minimal LWORK: real `2 n` (`6 n` with scaling or vectors),
/// `10 n` for SENSE = E, `2 n (n + 4) + 16` for V or B; complex `2 n`,
/// `4 n` for E, `2 n (n + 1)` for V or B; 1 for `n = 0`.
pub fn ggevx_minwork<T: Scalar>(
    balanc: Option<BalanceJob>,
    jobvl: bool,
    jobvr: bool,
    sense: Option<SenseJob>,
    n: i64,
) -> i64 {
    if n <= 0 {
        return 1;
    }
    let noscl = matches!(balanc, Some(BalanceJob::None) | Some(BalanceJob::Permute));
    match sense {
        Some(SenseJob::Eigenvalues) => {
            if T::IS_COMPLEX {
                4 * n
            } else {
                10 * n
            }
        }
        Some(SenseJob::Subspace) | Some(SenseJob::Both) => {
            if T::IS_COMPLEX {
                2 * n * (n + 1)
            } else {
                2 * n * (n + 4) + 16
            }
        }
        _ => {
            if T::IS_COMPLEX || (noscl && !(jobvl || jobvr)) {
                2 * n
            } else {
                6 * n
            }
        }
    }
}

/// `?ggevx`'s optimal LWORK.
pub fn ggevx_lwork<T: Scalar>(balanc: BalanceJob, jobvl: bool, jobvr: bool, sense: SenseJob, n: usize) -> usize {
    let min = ggevx_minwork::<T>(Some(balanc), jobvl, jobvr, Some(sense), n as i64) as usize;
    min.max(ge::ggevx_req::<T>(balanc, sense, n).elems::<T>())
}

/// `?ggevx` (real: `ar`, `ai`; complex: `ar` is ALPHA, `ai` empty): ILO,
/// IHI 1-based, LSCALE/RSCALE as `?ggbal` writes them.
#[allow(clippy::too_many_arguments)]
pub fn ggevx<T: Scalar, W: Scalar<Real = T::Real>, I: AbiInt>(
    balanc: BalanceJob,
    jobvl: bool,
    jobvr: bool,
    sense: SenseJob,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    ar: &mut [W],
    ai: &mut [T::Real],
    beta: &mut [W],
    vl: MatMut<'_, T>,
    vr: MatMut<'_, T>,
    ilo: &mut I,
    ihi: &mut I,
    lscale: &mut [T::Real],
    rscale: &mut [T::Real],
    abnrm: &mut T::Real,
    bbnrm: &mut T::Real,
    rconde: &mut [T::Real],
    rcondv: &mut [T::Real],
    work: &mut [T],
) -> Result<(), Info> {
    let n = a.nrows();
    if n == 0 {
        return Ok(());
    }
    let mut alpha = get_eigs(ar, ai, n);
    let mut bt = get_beta::<T, W>(beta, n);
    let r = with_work(work, ge::ggevx_req::<T>(balanc, sense, n), |ws| {
        ge::ggevx(
            balanc,
            jobvl,
            jobvr,
            sense,
            a,
            b,
            &mut alpha,
            &mut bt,
            vl,
            vr,
            lscale,
            rscale,
            rconde,
            rcondv,
            Par::default(),
            ws,
        )
    });
    put_eigs(&alpha, ar, ai, n);
    put_beta(&bt, beta);
    let one = <T::Real as Scalar>::one();
    if balanc != BalanceJob::None && n > 1 {
        for j in (0..n).filter(|&j| j < r.ilo || j >= r.ihi) {
            lscale[j] += one;
            rscale[j] += one;
        }
    }
    *ilo = I::from_i64(r.ilo as i64 + 1);
    *ihi = I::from_i64(r.ihi as i64);
    *abnrm = r.abnrm;
    *bbnrm = r.bbnrm;
    match r.info {
        Err(e) if e.lapack_info() as usize > n + 2 => Err(Info::new(n + 1)),
        other => other,
    }
}
