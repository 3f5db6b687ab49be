//! Glue between the generated entry points of the nonsymmetric eigenvalue
//! routines and `ferroblas_lapack::nonsym_eigen`: 1-based ILO/IHI and the
//! permutation indices in `?gebal`'s SCALE, eigenvalues split into WR/WI for
//! the real routines, LOGICAL SELECT arrays, block sizes from a program's
//! own `ilaenv_`, and scratch memory.
//!
//! The routines run on the caller's WORK when it holds what the Rust routine
//! asks for, on a [`WorkBuffer`] otherwise (the eigenvalue arrays and copies
//! are O(n) or O(n^2) beside the O(n^3) computation).

use crate::lapack_aux::{ilaenv_lookup, program_ilaenv};
use crate::lapack_rt::{self as rt, with_work, AbiInt};
use ferroblas_kernels::enums::{Side, Trans};
use ferroblas_kernels::scalar::{Complex, RealScalar, Scalar};
use ferroblas_kernels::views::{MatMut, MatRef, VecMut};
use ferroblas_lapack::nonsym_eigen::{self as ne, BalanceJob, Howmny, SchurJob, VecJob, VecSide};
use ferroblas_lapack::sym_eigen::tridiagonal::Compz;
use ferroblas_lapack::{Info, Par, WorkBuffer};

/// `ILAENV(ispec, stem, ...)` from the program's own `ilaenv_` when it has one, else `ours`.
fn tuning<T: Scalar>(ispec: i32, stem: &str, n1: i64, n2: i64, n3: i64, ours: usize) -> usize {
    if !program_ilaenv() {
        return ours;
    }
    let d = |v: i64| i32::try_from(v).unwrap_or(i32::MAX);
    let v = ilaenv_lookup(ispec, &rt::routine_name::<T>(stem), " ", [d(n1), d(n2), d(n3), -1]);
    usize::try_from(v).unwrap_or(0)
}

/// 1-based ILO/IHI (already checked) as the half-open range.
fn range(ilo: i64, ihi: i64, n: usize) -> (usize, usize) {
    let lo = (ilo.max(1) - 1) as usize;
    let hi = (ihi.max(0) as usize).clamp(lo.min(n), n);
    (lo.min(n), hi)
}

/// `?gebal`; true when a NaN stopped it (the reference's INFO = -3).
pub fn gebal<T: Scalar, I: AbiInt>(
    job: BalanceJob,
    a: MatMut<'_, T>,
    ilo: &mut I,
    ihi: &mut I,
    scale: &mut [T::Real],
) -> bool {
    let n = a.nrows();
    let b = ne::gebal(job, a, scale);
    if b.nan {
        return true;
    }
    let one = <T::Real as Scalar>::one();
    for (j, s) in scale.iter_mut().enumerate().take(n) {
        if j < b.ilo || j >= b.ihi {
            *s += one;
        }
    }
    *ilo = I::from_i64(b.ilo as i64 + 1);
    *ihi = I::from_i64(b.ihi as i64);
    false
}

/// `?gebak`.
pub fn gebak<T: Scalar>(job: BalanceJob, side: Side, ilo: i64, ihi: i64, scale: &[T::Real], v: MatMut<'_, T>) {
    let (lo, hi) = range(ilo, ihi, v.nrows());
    ne::gebak_indexed(job, side, lo, hi, scale, 1, v);
}

/// The panel width `?gehrd` uses, from the program's `ilaenv_` or ours.
fn gehrd_nb<T: Scalar>(n: usize, ilo: i64, ihi: i64) -> (usize, usize) {
    let nb = tuning::<T>(1, "GEHRD", n as i64, ilo, ihi, ferroblas_lapack::qr::BLOCK).clamp(1, 64);
    let nx = tuning::<T>(3, "GEHRD", n as i64, ilo, ihi, ne::CROSSOVER);
    (nb, nx)
}

/// `?gehrd`'s optimal LWORK.
pub fn gehrd_lwork<T: Scalar>(n: usize, ilo: i64, ihi: i64) -> usize {
    let (nb, _) = gehrd_nb::<T>(n, ilo, ihi);
    ne::gehrd_req_with::<T>(n, nb).elems::<T>().max(1)
}

/// `?gehrd` (and `?gehd2`, `blocked` false).
pub fn gehrd<T: Scalar>(ilo: i64, ihi: i64, a: MatMut<'_, T>, tau: &mut [T], work: &mut [T], blocked: bool) {
    let n = a.nrows();
    let (lo, hi) = range(ilo, ihi, n);
    let (nb, nx) = if blocked { gehrd_nb::<T>(n, ilo, ihi) } else { (1, 0) };
    // Blocked only when WORK holds the panels; unblocked inside N otherwise.
    ne::gehrd_with(lo, hi, a, tau, Par::default(), rt::workspace(work), nb, nx);
}

/// `?orghr`'s optimal LWORK.
pub fn orghr_lwork<T: Scalar>(ilo: i64, ihi: i64, n: usize) -> usize {
    let (lo, hi) = range(ilo, ihi, n);
    ne::orghr_req::<T>(lo, hi).elems::<T>().max(1)
}

/// `?orghr`/`?unghr`.
pub fn orghr<T: Scalar>(ilo: i64, ihi: i64, a: MatMut<'_, T>, tau: &[T], work: &mut [T]) {
    let (lo, hi) = range(ilo, ihi, a.nrows());
    // Blocked only when WORK holds the blocks; unblocked inside NH otherwise.
    ne::orghr(lo, hi, a, tau, Par::default(), rt::workspace(work));
}

/// `?ormhr`/`?unmhr`'s optimal LWORK.
pub fn ormhr_lwork<T: Scalar>(side: Side, m: usize, n: usize, ilo: i64, ihi: i64) -> usize {
    let nq = if side == Side::Left { m } else { n };
    let (lo, hi) = range(ilo, ihi, nq);
    ne::ormhr_req::<T>(side, m, n, lo, hi).elems::<T>().max(1)
}

/// `?ormhr`/`?unmhr`.
#[allow(clippy::too_many_arguments)]
pub fn ormhr<T: Scalar>(
    side: Side,
    trans: Trans,
    ilo: i64,
    ihi: i64,
    a: MatRef<'_, T>,
    tau: &[T],
    c: MatMut<'_, T>,
    work: &mut [T],
) {
    let (lo, hi) = range(ilo, ihi, a.nrows());
    // Blocked only when WORK holds the blocks; unblocked inside N (M) otherwise.
    ne::ormhr(side, trans, lo, hi, a, tau, c, Par::default(), rt::workspace(work));
}

/// Writes eigenvalues into WR/WI (real types) or W (complex: `wi` empty).
fn put_eigs<W: Scalar>(w: &[Complex<W::Real>], wr: &mut [W], wi: &mut [W::Real], range: std::ops::Range<usize>) {
    for i in range {
        wr[i] = W::from_parts(w[i].re, w[i].im);
        if !W::IS_COMPLEX {
            wi[i] = w[i].im;
        }
    }
}

/// The eigenvalue array the Rust routines fill, seeded from WR/WI (or W),
/// whose untouched entries are then written back unchanged.
fn get_eigs<W: Scalar>(wr: &[W], wi: &[W::Real], n: usize) -> Vec<Complex<W::Real>> {
    (0..n).map(|i| Complex::new(wr[i].re(), if W::IS_COMPLEX { wr[i].im() } else { wi[i] })).collect()
}

/// `?hseqr`'s lahqr/laqr0 crossover: the program's `ILAENV(12, 'xHSEQR', ...)`
/// when it has its own `ilaenv_` (the reference test programs vary it), else ours.
fn hseqr_nmin<T: Scalar>(n: usize, ilo: i64, ihi: i64) -> usize {
    tuning::<T>(12, "HSEQR", n as i64, ilo, ihi, ne::NMIN)
}

/// `?hseqr`'s optimal LWORK: what [`ne::hseqr_req_with`] asks, at least N.
pub fn hseqr_lwork<T: Scalar>(n: usize, ilo: i64, ihi: i64) -> usize {
    ne::hseqr_req_with::<T>(n, hseqr_nmin::<T>(n, ilo, ihi)).elems::<T>().max(n).max(1)
}

/// `?hseqr` (real: `wr`, `wi`; complex: `wr` is W, `wi` empty).
#[allow(clippy::too_many_arguments)]
pub fn hseqr<T: Scalar, W: Scalar<Real = T::Real>>(
    job: SchurJob,
    compz: Compz,
    ilo: i64,
    ihi: i64,
    h: MatMut<'_, T>,
    wr: &mut [W],
    wi: &mut [T::Real],
    z: MatMut<'_, T>,
    work: &mut [T],
) -> Result<(), Info> {
    let n = h.nrows();
    let (lo, hi) = range(ilo, ihi, n);
    let mut w = get_eigs::<W>(wr, wi, n);
    // The QR algorithm shrinks its windows and shifts to what WORK holds.
    let r = ne::hseqr_with(job, compz, lo, hi, h, &mut w, z, Par::default(), rt::workspace(work), ne::NMIN);
    put_eigs::<W>(&w, wr, wi, 0..n);
    r
}

/// `?lahqr` (real: `wr`, `wi`; complex: `wr` is W, `wi` empty).
#[allow(clippy::too_many_arguments)]
pub fn lahqr<T: Scalar, W: Scalar<Real = T::Real>>(
    wantt: bool,
    wantz: bool,
    ilo: i64,
    ihi: i64,
    h: MatMut<'_, T>,
    wr: &mut [W],
    wi: &mut [T::Real],
    iloz: i64,
    ihiz: i64,
    z: MatMut<'_, T>,
) -> Result<(), Info> {
    let n = h.nrows();
    if n == 0 {
        return Ok(());
    }
    let (lo, hi) = range(ilo, ihi, n);
    let (zlo, zhi) = range(iloz, ihiz, z.nrows());
    let mut w = get_eigs::<W>(wr, wi, n);
    let z = if wantz && z.ncols() >= hi { Some(z) } else { None };
    let r = ne::lahqr(wantt, lo, hi, h, &mut w, zlo, zhi, z);
    put_eigs::<W>(&w, wr, wi, 0..n);
    r
}

/// M for `?trevc`/`?trevc3`, with SELECT normalized as the reference does;
/// read in the argument checks (MM < M is an illegal MM).
///
/// # Safety
/// The earlier checks passed: `t` is valid for an `n x n` matrix with
/// leading dimension `ldt`, and `select` for `n` LOGICALs when HOWMNY = S.
pub unsafe fn trevc_m<T: Scalar, I: AbiInt>(
    howmny: Option<Howmny>,
    select: *mut I,
    n: i64,
    t: *const T,
    ldt: i64,
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
    let (sel, t) = unsafe {
        (std::slice::from_raw_parts_mut(select, n), std::slice::from_raw_parts(t, (ldt as usize) * (n - 1) + n))
    };
    let t = MatRef::from_col_major(t, n, n, ldt as usize);
    let mut b: Vec<bool> = sel.iter().map(|v| v.get() != 0).collect();
    let m = ne::trevc3_count(howmny, &mut b, t);
    if !T::IS_COMPLEX {
        for (s, &v) in sel.iter_mut().zip(&b) {
            if s.get() != 0 && !v {
                *s = I::from_i64(0);
            } else if s.get() == 0 && v {
                *s = I::from_i64(1);
            }
        }
    }
    m as i64
}

/// `?trevc3`'s LWORK answer to a query: room for the back transform's
/// batches beside the reference's minimum (what [`ne::trevc3_req`] asks;
/// the complex reals, which live in RWORK, are counted too).
pub fn trevc3_lwork<T: Scalar>(n: usize) -> usize {
    ne::trevc3_req::<T>(n).elems::<T>().max(1)
}

/// `?trevc`/`?trevc3`; returns M.
#[allow(clippy::too_many_arguments)]
pub fn trevc3<T: Scalar, I: AbiInt>(
    side: VecSide,
    howmny: Howmny,
    select: &mut [I],
    t: MatRef<'_, T>,
    vl: MatMut<'_, T>,
    vr: MatMut<'_, T>,
    m: &mut I,
    work: &mut [T],
    rwork: &mut [T::Real],
) {
    let n = t.nrows();
    let mut sel: Vec<bool> =
        if howmny == Howmny::Selected { select.iter().map(|v| v.get() != 0).collect() } else { Vec::new() };
    // T is restored by the complex solves; a copy keeps the caller's T read-only.
    let mut tc: Vec<T> = (0..n * n).map(|k| t.get(k % n, k / n)).collect();
    let tm = MatMut::from_col_major(&mut tc, n, n, n.max(1));
    // The caller's arrays: the complex RWORK (n) holds the column norms;
    // the real WORK (3n and more) starts with the norms and the vector's
    // parts; the rest of WORK is scratch and batches.
    let used = if T::IS_COMPLEX {
        ne::trevc3_in(side, howmny, &mut sel, tm, vl, vr, &mut rwork[..n], rt::workspace(work))
    } else {
        let mut ws = rt::workspace(work);
        let (reals, rest) = ws.take::<T::Real>(ne::trevc3_reals::<T>(n));
        ne::trevc3_in(side, howmny, &mut sel, tm, vl, vr, reals, rest)
    };
    *m = I::from_i64(used as i64);
}

/// `?geev`'s minimal LWORK.
pub fn geev_minwork<T: Scalar>(jobvl: Option<VecJob>, jobvr: Option<VecJob>, n: i64) -> i64 {
    if n <= 0 {
        return 1;
    }
    let vectors = jobvl == Some(VecJob::Vectors) || jobvr == Some(VecJob::Vectors);
    if T::IS_COMPLEX {
        2 * n
    } else if vectors {
        4 * n
    } else {
        3 * n
    }
}

/// `?geev`'s optimal LWORK: what its fastest path takes, at least the minimum.
pub fn geev_lwork<T: Scalar>(jobvl: VecJob, jobvr: VecJob, n: usize) -> usize {
    let minw = geev_minwork::<T>(Some(jobvl), Some(jobvr), n as i64) as usize;
    let vectors = jobvl == VecJob::Vectors || jobvr == VecJob::Vectors;
    minw.max(ne::geev_into_req::<T>(n, vectors).elems::<T>())
}

/// `?geev` (real: `wr`, `wi`; complex: `wr` is W, `wi` empty).
#[allow(clippy::too_many_arguments)]
pub fn geev<T: Scalar, W: Scalar<Real = T::Real>>(
    jobvl: VecJob,
    jobvr: VecJob,
    a: MatMut<'_, T>,
    wr: &mut [W],
    wi: &mut [T::Real],
    vl: MatMut<'_, T>,
    vr: MatMut<'_, T>,
    work: &mut [T],
    rwork: &mut [T::Real],
) -> Result<(), Info> {
    let (wl, wv) = (jobvl == VecJob::Vectors, jobvr == VecJob::Vectors);
    let mut eigs = ne::SplitEigs { w: wr, wi };
    // Runs inside WORK from the reference's minimum up (see geev_into_req).
    ne::geev_into(wl, wv, a, &mut eigs, vl, vr, rwork, Par::default(), rt::workspace(work))
}

/// `?geevx`'s minimal LWORK (reference 3.12): real `2n` (no vectors) or
/// `3n`, at least `n^2 + 6n` when the condition numbers need it; complex
/// `2n`, at least `n^2 + 2n` with SENSE = V, B; 1 for `n = 0`.
pub fn geevx_minwork<T: Scalar>(
    sense: Option<ne::SenseJob>,
    jobvl: Option<VecJob>,
    jobvr: Option<VecJob>,
    n: i64,
) -> i64 {
    use ne::SenseJob as S;
    if n <= 0 {
        return 1;
    }
    let vectors = jobvl == Some(VecJob::Vectors) || jobvr == Some(VecJob::Vectors);
    let sep = matches!(sense, Some(S::Subspace | S::Both));
    if T::IS_COMPLEX {
        return if sep { (2 * n).max(n * n + 2 * n) } else { 2 * n };
    }
    let cond = if vectors { sep } else { sense.is_some_and(|s| s != S::None) };
    let base = if vectors { 3 * n } else { 2 * n };
    if cond {
        base.max(n * n + 6 * n)
    } else {
        base
    }
}

/// `?geevx`'s optimal LWORK: what the Rust routine asks, at least the minimum.
pub fn geevx_lwork<T: Scalar>(sense: ne::SenseJob, jobvl: VecJob, jobvr: VecJob, n: usize) -> usize {
    let minw = geevx_minwork::<T>(Some(sense), Some(jobvl), Some(jobvr), n as i64) as usize;
    minw.max(ne::geevx_req::<T>(sense, n).elems::<T>())
}

/// `?geevx` (real: `wr`, `wi`; complex: `wr` is W, `wi` empty): 1-based
/// ILO/IHI and permutation indices in SCALE; nothing is written for N = 0.
#[allow(clippy::too_many_arguments)]
pub fn geevx<T: Scalar, W: Scalar<Real = T::Real>, I: AbiInt>(
    balanc: BalanceJob,
    jobvl: VecJob,
    jobvr: VecJob,
    sense: ne::SenseJob,
    a: MatMut<'_, T>,
    wr: &mut [W],
    wi: &mut [T::Real],
    vl: MatMut<'_, T>,
    vr: MatMut<'_, T>,
    ilo: &mut I,
    ihi: &mut I,
    scale: &mut [T::Real],
    abnrm: &mut T::Real,
    rconde: &mut [T::Real],
    rcondv: &mut [T::Real],
    work: &mut [T],
) -> Result<(), Info> {
    let n = a.nrows();
    if n == 0 {
        return Ok(());
    }
    let mut w = get_eigs::<W>(wr, wi, n);
    let (wl, wv) = (jobvl == VecJob::Vectors, jobvr == VecJob::Vectors);
    let r = with_work(work, ne::geevx_req::<T>(sense, n), |ws| {
        ne::geevx(balanc, wl, wv, sense, a, &mut w, vl, vr, scale, rconde, rcondv, Par::default(), ws)
    });
    let one = <T::Real as Scalar>::one();
    for (j, s) in scale.iter_mut().enumerate().take(n) {
        if j < r.ilo || j >= r.ihi {
            *s += one;
        }
    }
    *ilo = I::from_i64(r.ilo as i64 + 1);
    *ihi = I::from_i64(r.ihi as i64);
    *abnrm = r.abnrm;
    put_eigs::<W>(&w, wr, wi, 0..n);
    r.info
}

/// M for `?hsein` (the columns its vectors take), read in the argument
/// checks (MM < M is an illegal MM). `wi` is null for the complex types.
///
/// # Safety
/// `select` and `wr` (and `wi` unless null) are valid for `n` elements.
pub unsafe fn hsein_m<T: Scalar, W: Scalar<Real = T::Real>, I: AbiInt>(
    select: *const I,
    n: i64,
    wr: *const W,
    wi: *const T::Real,
) -> i64 {
    let n = n.max(0) as usize;
    if n == 0 {
        return 0;
    }
    // SAFETY: the caller's promise.
    let (sel, wr) = unsafe { (std::slice::from_raw_parts(select, n), std::slice::from_raw_parts(wr, n)) };
    // SAFETY: the caller's promise; a null wi (complex types) is never read.
    let wi = if wi.is_null() { &[][..] } else { unsafe { std::slice::from_raw_parts(wi, n) } };
    let mut b: Vec<bool> = sel.iter().map(|v| v.get() != 0).collect();
    ne::hsein_count::<T>(&mut b, &get_eigs::<W>(wr, wi, n)) as i64
}

/// Standardizes a real `?hsein`'s SELECT as the reference does (a complex
/// pair's flag on its first eigenvalue), once the arguments are checked.
pub fn hsein_select<T: Scalar, I: AbiInt>(select: &mut [I], wr: &[T], wi: &[T::Real]) {
    let n = select.len();
    let mut b: Vec<bool> = select.iter().map(|v| v.get() != 0).collect();
    ne::hsein_count::<T>(&mut b, &get_eigs::<T>(wr, wi, n));
    for (s, &v) in select.iter_mut().zip(&b) {
        if (s.get() != 0) != v {
            *s = I::from_i64(i64::from(v));
        }
    }
}

/// `?hsein` (real: `wr`, `wi`; complex: `wr` is W, `wi` empty): SELECT was
/// standardized by [`hsein_m`] in the checks.
#[allow(clippy::too_many_arguments)]
pub fn hsein<T: Scalar, W: Scalar<Real = T::Real>, I: AbiInt>(
    side: VecSide,
    source: ne::EigSource,
    init: ne::InitVectors,
    select: &[I],
    h: MatRef<'_, T>,
    wr: &mut [W],
    wi: &[T::Real],
    vl: MatMut<'_, T>,
    vr: MatMut<'_, T>,
    m: &mut I,
    ifaill: &mut [I],
    ifailr: &mut [I],
    work: &mut [T],
) -> Result<(), Info> {
    let n = h.nrows();
    let mut w = get_eigs::<W>(wr, wi, n);
    let mut sel: Vec<bool> = select.iter().take(n).map(|v| v.get() != 0).collect();
    let cols = ne::hsein_count::<T>(&mut sel, &w);
    let (mut fl, mut fr) = (vec![None; cols], vec![None; cols]);
    let out = with_work(work, ne::hsein_req::<T>(n), |ws| {
        ne::hsein(side, source, init, &mut sel, h, &mut w, vl, vr, &mut fl, &mut fr, ws)
    });
    for (i, x) in wr.iter_mut().enumerate().take(n) {
        // Only the real parts move (eigenvalues perturbed apart).
        *x = W::from_parts(w[i].re, x.im());
    }
    *m = I::from_i64(out.m as i64);
    let ifail = |f: &[Option<usize>], dst: &mut [I]| {
        for (d, s) in dst.iter_mut().zip(f) {
            *d = I::from_i64(s.map_or(0, |k| k as i64 + 1));
        }
    };
    if side.left() {
        ifail(&fl, ifaill);
    }
    if side.right() {
        ifail(&fr, ifailr);
    }
    if out.failed > 0 {
        Err(Info::new(out.failed))
    } else {
        Ok(())
    }
}

/// `?laein` (real: the shift `wr + i wi` and the vector `vr + i vi`;
/// complex: `wr` is the shift, `vr` the vector, `wi` and `vi` unused). The
/// reference's B and WORK scratch are replaced by ours.
#[allow(clippy::too_many_arguments)]
pub fn laein<T: Scalar>(
    right: bool,
    noinit: bool,
    h: MatRef<'_, T>,
    wr: T,
    wi: T::Real,
    vr: &mut [T],
    vi: &mut [T],
    eps3: T::Real,
    smlnum: T::Real,
) -> Result<(), Info> {
    let n = h.nrows();
    let w = Complex::new(wr.re(), if T::IS_COMPLEX { wr.im() } else { wi });
    let mut buf = WorkBuffer::new(ne::laein_req::<T>(n));
    let vi = if T::IS_COMPLEX { &mut [][..] } else { vi };
    ne::laein(right, noinit, h, w, VecMut::from_slice(vr), VecMut::from_slice(vi), eps3, smlnum, buf.workspace())
}

/// `?laqr0` / `?laqr4`'s optimal LWORK (`recursive`: `?laqr0`): what the Rust
/// driver takes from WORK, at least 1.
pub fn laqr0_lwork<T: Scalar>(recursive: bool, n: usize) -> usize {
    let req = if recursive { ne::laqr0_req::<T>(n) } else { ne::laqr4_req::<T>(n) };
    req.elems::<T>().max(1)
}

/// `?laqr0` (`recursive`) and `?laqr4` (real: `wr`, `wi`; complex: `wr` is W, `wi` empty).
#[allow(clippy::too_many_arguments)]
pub fn laqr0<T: Scalar, W: Scalar<Real = T::Real>>(
    recursive: bool,
    wantt: bool,
    wantz: bool,
    ilo: i64,
    ihi: i64,
    h: MatMut<'_, T>,
    wr: &mut [W],
    wi: &mut [T::Real],
    iloz: i64,
    ihiz: i64,
    z: MatMut<'_, T>,
    work: &mut [T],
) -> Result<(), Info> {
    let n = h.nrows();
    if n == 0 {
        return Ok(());
    }
    let (lo, hi) = range(ilo, ihi, n);
    let (zlo, zhi) = range(iloz, ihiz, z.nrows());
    let mut w = get_eigs::<W>(wr, wi, n);
    let z = if wantz && z.ncols() >= hi { Some(z) } else { None };
    // The windows and shifts shrink to what WORK holds.
    let ws = rt::workspace(work);
    let r = if recursive {
        ne::laqr0(wantt, lo, hi, h, &mut w, zlo, zhi, z, Par::default(), ws)
    } else {
        ne::laqr4(wantt, lo, hi, h, &mut w, zlo, zhi, z, Par::default(), ws)
    };
    put_eigs::<W>(&w, wr, wi, 0..n);
    r
}

/// The order of `?laqr2`/`?laqr3`'s deflation window (the reference's JW),
/// 0 when the call returns at once.
fn laqr3_window(n: usize, ktop: i64, kbot: i64, nw: i64) -> usize {
    if ktop < 1 || kbot > n as i64 || ktop > kbot || nw < 1 {
        return 0;
    }
    nw.min(kbot - ktop + 1) as usize
}

/// `?laqr2` / `?laqr3`'s optimal LWORK (`recursive`: `?laqr3`): what the
/// Rust routine takes from WORK for this window, at least 1.
pub fn laqr3_lwork<T: Scalar>(recursive: bool, n: usize, ktop: i64, kbot: i64, nw: i64) -> usize {
    match laqr3_window(n, ktop, kbot, nw) {
        0 | 1 => 1,
        jw => ne::laqr3_req::<T>(n, jw, recursive).elems::<T>().max(1),
    }
}

/// `?laqr3` (`recursive`) and `?laqr2` (real: `sr`, `si`; complex: `sr` is
/// SH, `si` empty); NS and ND as the reference returns them. LWORK = -1
/// is a query: WORK(1) is set to [`laqr3_lwork`] and nothing else changes.
#[allow(clippy::too_many_arguments)]
pub fn laqr3<T: Scalar, W: Scalar<Real = T::Real>, I: AbiInt>(
    recursive: bool,
    wantt: bool,
    wantz: bool,
    ktop: i64,
    kbot: i64,
    nw: i64,
    h: MatMut<'_, T>,
    iloz: i64,
    ihiz: i64,
    z: MatMut<'_, T>,
    ns: &mut I,
    nd: &mut I,
    sr: &mut [W],
    si: &mut [T::Real],
    work: &mut [T],
    lwork: i64,
) {
    let n = h.nrows();
    if lwork == -1 {
        let opt = laqr3_lwork::<T>(recursive, n, ktop, kbot, nw);
        work[0] = T::from_parts(<T::Real as RealScalar>::from_f64(opt as f64), <T::Real as Scalar>::zero());
        return;
    }
    *ns = I::from_i64(0);
    *nd = I::from_i64(0);
    let jw = laqr3_window(n, ktop, kbot, nw);
    if jw == 0 {
        return;
    }
    let kb = kbot as usize;
    let (zlo, zhi) = range(iloz, ihiz, z.nrows());
    let mut w = get_eigs::<W>(sr, si, kb);
    let z = if wantz { Some(z) } else { None };
    let req = ne::laqr3_req::<T>(n, jw, recursive);
    let (kt, kb0, nw) = (ktop as usize - 1, kb - 1, nw as usize);
    let aed =
        with_work(work, req, |ws| ne::laqr3(recursive, wantt, kt, kb0, nw, h, &mut w, zlo, zhi, z, Par::default(), ws));
    put_eigs::<W>(&w, sr, si, 0..kb);
    *ns = I::from_i64(aed.ns as i64);
    *nd = I::from_i64(aed.nd as i64);
}

/// `?laqr1`: V(1:N) for N = 2 or 3 from the shifts `(sr1, si1)`, `(sr2, si2)`; other N leave V alone.
pub fn laqr1<T: Scalar>(h: MatRef<'_, T>, sr1: T::Real, si1: T::Real, sr2: T::Real, si2: T::Real, v: &mut [T]) {
    let n = h.nrows();
    if n != 2 && n != 3 {
        return;
    }
    let r = ne::laqr1(h, n, Complex::new(sr1, si1), Complex::new(sr2, si2));
    v[..n].copy_from_slice(&r[..n]);
}

/// `?laqr5` (real: `sr`, `si`, shuffled into pairs as the reference does;
/// complex: `sr` is S, `si` empty). It has no WORK: the sweep's scratch is
/// allocated here.
#[allow(clippy::too_many_arguments)]
pub fn laqr5<T: Scalar, W: Scalar<Real = T::Real>>(
    wantt: bool,
    wantz: bool,
    ktop: i64,
    kbot: i64,
    sr: &mut [W],
    si: &mut [T::Real],
    h: MatMut<'_, T>,
    iloz: i64,
    ihiz: i64,
    z: MatMut<'_, T>,
) {
    let n = h.nrows();
    let nshfts = sr.len();
    if nshfts < 2 || ktop < 1 || kbot > n as i64 || ktop >= kbot {
        return;
    }
    let (zlo, zhi) = range(iloz, ihiz, z.nrows());
    let mut s = get_eigs::<W>(sr, si, nshfts);
    let z = if wantz { Some(z) } else { None };
    let mut buf = WorkBuffer::new(ne::laqr5_req::<T>(n.max(zhi - zlo), nshfts));
    let (kt, kb) = (ktop as usize - 1, kbot as usize - 1);
    ne::laqr5(wantt, kt, kb, &mut s, h, zlo, zhi, z, Par::default(), buf.workspace());
    put_eigs::<W>(&s, sr, si, 0..nshfts);
}
