//! Glue between the generated entry points of the Schur-form reordering
//! routines and `ferroblas_lapack::nonsym_eigen`: 1-based indices, the
//! in/out IFST/ILST of the real `?trexc`, and Q only when asked for.

use crate::lapack_rt::{with_work, AbiInt};
use ferroblas_kernels::scalar::{Complex, Scalar};
use ferroblas_kernels::views::{MatMut, MatRef};
use ferroblas_lapack::nonsym_eigen::{self as ne, Howmny, SenseJob, SnaJob};
use ferroblas_lapack::{Info, Par, WorkBuffer};

/// A 1-based index (checked to lie in `1..=n` when `n > 0`) as a 0-based one.
fn index(i: i64) -> usize {
    usize::try_from(i - 1).unwrap_or(0)
}

/// `?laexc`: no argument checks in the reference; blocks that do not fit
/// are a quick return here rather than an out-of-bounds access.
pub fn laexc<T: Scalar>(
    wantq: bool,
    t: MatMut<'_, T>,
    q: MatMut<'_, T>,
    j1: i64,
    n1: i64,
    n2: i64,
) -> Result<(), Info> {
    let n = t.nrows();
    let (Ok(n1), Ok(n2)) = (usize::try_from(n1), usize::try_from(n2)) else {
        return Ok(());
    };
    if j1 < 1 || n1 > 2 || n2 > 2 || index(j1) + n1 + n2 > n {
        return Ok(());
    }
    let q = if wantq && q.ncols() == n { Some(q) } else { None };
    ne::laexc(t, q, index(j1), n1, n2)
}

/// `?trexc`: the real types' IFST and ILST are updated in place.
pub fn trexc<T: Scalar, I: AbiInt>(
    wantq: bool,
    t: MatMut<'_, T>,
    q: MatMut<'_, T>,
    ifst: &mut I,
    ilst: &mut I,
) -> Result<(), Info> {
    let n = t.nrows();
    if n <= 1 {
        return Ok(());
    }
    let q = if wantq { Some(q) } else { None };
    let (mut f, mut l) = (index(ifst.get()), index(ilst.get()));
    let r = ne::trexc(t, q, &mut f, &mut l);
    if !T::IS_COMPLEX {
        *ifst = I::from_i64(f as i64 + 1);
        *ilst = I::from_i64(l as i64 + 1);
    }
    r
}

/// The order M of the subspace SELECT asks for, from the raw arguments (for
/// the LWORK checks, after N and LDT passed theirs).
///
/// # Safety
/// The Fortran contract: `select` holds `n` logicals and `t` an `n x n`
/// matrix with leading dimension `ldt >= max(1, n)`.
unsafe fn subspace_order<T: Scalar, I: AbiInt>(select: *const I, n: i64, t: *const T, ldt: i64) -> usize {
    let n = n.max(0) as usize;
    if n == 0 {
        return 0;
    }
    // SAFETY: the caller's promise.
    let (sel, t) =
        unsafe { (std::slice::from_raw_parts(select, n), std::slice::from_raw_parts(t, (ldt as usize) * (n - 1) + n)) };
    let sel: Vec<bool> = sel.iter().map(|v| v.get() != 0).collect();
    ne::trsen_count(&sel, MatRef::from_col_major(t, n, n, ldt as usize))
}

/// `?trsen`'s minimal LWORK and LIWORK (the latter 1 for complex types).
///
/// # Safety
/// As [`subspace_order`]; `job` is checked (not `None`) before.
pub unsafe fn trsen_min<T: Scalar, I: AbiInt>(
    job: Option<SenseJob>,
    select: *const I,
    n: i64,
    t: *const T,
    ldt: i64,
) -> (i64, i64) {
    let job = job.unwrap_or(SenseJob::None);
    // SAFETY: the caller's promise.
    let m = unsafe { subspace_order::<T, I>(select, n, t, ldt) };
    let n = n.max(0) as usize;
    (ne::trsen_lwork::<T>(job, n, m) as i64, if T::IS_COMPLEX { 1 } else { ne::trsen_liwork(job, n, m) as i64 })
}

/// `?trsen`'s LWORK and LIWORK for a query: the minimal ones for the
/// largest M (`n / 2`), as the answer is computed before T is read (whose
/// layout LAPACKE has not converted yet); LWORK at least what
/// [`ne::trsen_req`] asks there (the real SEP's sign vector), so that a
/// queried WORK holds all the routine uses.
pub fn trsen_work<T: Scalar>(job: SenseJob, n: usize) -> (usize, usize) {
    let m = n / 2;
    let lwork = ne::trsen_lwork::<T>(job, n, m).max(ne::trsen_req::<T>(job, n, m).elems::<T>());
    (lwork, if T::IS_COMPLEX { 1 } else { ne::trsen_liwork(job, n, m) })
}

/// `?trsen` (real: `wr`, `wi`; complex: `wr` is W, `wi` empty).
#[allow(clippy::too_many_arguments)]
pub fn trsen<T: Scalar, W: Scalar<Real = T::Real>, I: AbiInt>(
    job: SenseJob,
    wantq: bool,
    select: &[I],
    t: MatMut<'_, T>,
    q: MatMut<'_, T>,
    wr: &mut [W],
    wi: &mut [T::Real],
    m: &mut I,
    s: &mut T::Real,
    sep: &mut T::Real,
    work: &mut [T],
) -> Result<(), Info> {
    let n = t.nrows();
    let sel: Vec<bool> = select.iter().map(|v| v.get() != 0).collect();
    let mut w = vec![Complex::new(T::Real::zero(), T::Real::zero()); n];
    let q = if wantq { Some(q) } else { None };
    let mm = if n == 0 { 0 } else { ne::trsen_count(&sel, t.rb()) };
    // The reference's LWORK holds what the reordering and S need, and SEP
    // in complex; the real SEP's sign vector needs nn bytes beyond it.
    let r =
        with_work(work, ne::trsen_req::<T>(job, n, mm), |ws| ne::trsen(job, &sel, t, q, &mut w, Par::default(), ws));
    *m = I::from_i64(r.m as i64);
    if let Some(v) = r.s {
        *s = v;
    }
    if let Some(v) = r.sep {
        *sep = v;
    }
    for (k, e) in w.iter().enumerate() {
        if W::IS_COMPLEX {
            wr[k] = W::from_parts(e.re, e.im);
        } else {
            wr[k] = W::from_real(e.re);
            wi[k] = e.im;
        }
    }
    r.info()
}

/// `?trsna`'s M from the raw SELECT (for the MM check): the selected count
/// (real 2x2 blocks counting 2 when either eigenvalue is), or N for HOWMNY = A.
///
/// # Safety
/// The Fortran contract, N and LDT checked: with HOWMNY = S, `select` holds
/// `n` logicals; `t` an `n x n` matrix.
pub unsafe fn trsna_m<T: Scalar, I: AbiInt>(
    howmny: Option<Howmny>,
    select: *const I,
    n: i64,
    t: *const T,
    ldt: i64,
) -> i64 {
    if howmny != Some(Howmny::Selected) {
        return n.max(0);
    }
    // SAFETY: the caller's promise.
    unsafe { subspace_order::<T, I>(select, n, t, ldt) as i64 }
}

/// `?trsna`.
#[allow(clippy::too_many_arguments)]
pub fn trsna<T: Scalar, I: AbiInt>(
    job: SnaJob,
    howmny: Howmny,
    select: &[I],
    t: MatRef<'_, T>,
    vl: MatRef<'_, T>,
    vr: MatRef<'_, T>,
    s: &mut [T::Real],
    sep: &mut [T::Real],
    m: &mut I,
) {
    let n = t.nrows();
    let sel: Vec<bool> = select.iter().map(|v| v.get() != 0).collect();
    let sel = if howmny == Howmny::Selected { Some(&sel[..]) } else { None };
    let mut buf = WorkBuffer::new(ne::trsna_req::<T>(job, n));
    let used = ne::trsna(job, sel, t, vl, vr, s, sep, buf.workspace());
    *m = I::from_i64(used as i64);
}

/// `?gees`'s minimal LWORK: `3n` for the real types, `2n` for the complex
/// ones, 1 for `n = 0`.
pub fn gees_min<T: Scalar>(n: i64) -> i64 {
    if n <= 0 {
        1
    } else if T::IS_COMPLEX {
        2 * n
    } else {
        3 * n
    }
}

/// `?gees`'s LWORK answer to a query: the reference's blocked Hessenberg
/// reduction size (`2n + n nb`, complex `n + n nb`), at least the minimum
/// and what [`ne::gees_req`] asks (with that much WORK the routine runs in
/// it).
pub fn gees_work<T: Scalar>(n: usize) -> usize {
    if n == 0 {
        return 1;
    }
    let nb = crate::lapack_rt::block_size::<T>("GEHRD", n);
    let extra = if T::IS_COMPLEX { n } else { 2 * n };
    (extra + n * nb).max(gees_min::<T>(n as i64) as usize).max(ne::gees_req::<T>(n).elems::<T>())
}

/// Asks the caller's SELECT about one eigenvalue: real types call
/// `SELECT(WR, WI)`, complex ones `SELECT(W)`, each returning a LOGICAL of
/// the ABI integer's width (nonzero is true).
///
/// # Safety
/// `f` is a function of that signature for `T` and `I`.
unsafe fn call_select<T: Scalar, I: AbiInt>(f: unsafe extern "C" fn(), w: Complex<T::Real>) -> bool {
    if T::IS_COMPLEX {
        // SAFETY: the caller's promise; `Complex` is `#[repr(C)] {re, im}`,
        // Fortran's COMPLEX.
        let f: unsafe extern "C" fn(*const Complex<T::Real>) -> I = unsafe { std::mem::transmute(f) };
        // SAFETY: as above.
        unsafe { f(&w) }.get() != 0
    } else {
        // SAFETY: the caller's promise.
        let f: unsafe extern "C" fn(*const T::Real, *const T::Real) -> I = unsafe { std::mem::transmute(f) };
        // SAFETY: as above.
        unsafe { f(&w.re, &w.im) }.get() != 0
    }
}

/// `?gees` (real: `wr`, `wi`; complex: `wr` is W, `wi` empty). SELECT is
/// called only with SORT = S (a null one then selects nothing).
///
/// # Safety
/// With SORT = S, `select` is null or a LOGICAL function of the signature
/// [`call_select`] describes.
#[allow(clippy::too_many_arguments)]
pub unsafe fn gees<T: Scalar, W: Scalar<Real = T::Real>, I: AbiInt>(
    wantvs: bool,
    sort: bool,
    select: crate::lapack_rt::Select,
    a: MatMut<'_, T>,
    sdim: &mut I,
    wr: &mut [W],
    wi: &mut [T::Real],
    vs: MatMut<'_, T>,
    work: &mut [T],
) -> Result<(), Info> {
    let n = a.nrows();
    if n == 0 {
        *sdim = I::from_i64(0);
        return Ok(());
    }
    let mut w = vec![Complex::new(T::Real::zero(), T::Real::zero()); n];
    // SAFETY: the caller's promise about `select`.
    let mut by_select = |e: Complex<T::Real>| select.is_some_and(|f| unsafe { call_select::<T, I>(f, e) });
    let sel: Option<&mut dyn FnMut(Complex<T::Real>) -> bool> = if sort { Some(&mut by_select) } else { None };
    let vs = if wantvs { Some(vs) } else { None };
    let r = with_work(work, ne::gees_req::<T>(n), |ws| ne::gees(sel, a, &mut w, vs, Par::default(), ws));
    *sdim = I::from_i64(r.sdim as i64);
    for (k, e) in w.iter().enumerate() {
        if W::IS_COMPLEX {
            wr[k] = W::from_parts(e.re, e.im);
        } else {
            wr[k] = W::from_real(e.re);
            wi[k] = e.im;
        }
    }
    r.info
}

/// `?geesx`'s LWORK answer to a query: [`gees_work`], at least what
/// [`ne::geesx_req`] asks and `n + n^2 / 2` with condition numbers (the
/// reference's bound).
pub fn geesx_work<T: Scalar>(sense: SenseJob, n: usize) -> usize {
    let base = gees_work::<T>(n).max(ne::geesx_req::<T>(sense, n).elems::<T>());
    if sense == SenseJob::None || n == 0 {
        base
    } else {
        base.max(n + n * n / 2)
    }
}

/// `?geesx`'s LIWORK answer to a query: `n^2 / 4` with SEP, else 1.
pub fn geesx_iwork(sense: SenseJob, n: usize) -> usize {
    if sense.wants_sep() {
        (n * n / 4).max(1)
    } else {
        1
    }
}

/// `?geesx` (real: `wr`, `wi`; complex: `wr` is W, `wi` empty; `liwork`
/// `None` for complex). The reordering's own workspace needs, known only
/// once SDIM is, are checked as the reference checks them: too small, T is
/// left unsorted, `?trsen`'s XERBLA reports it and INFO is -16 or -18
/// (complex: -15).
///
/// # Safety
/// As [`gees`].
#[allow(clippy::too_many_arguments)]
pub unsafe fn geesx<T: Scalar, W: Scalar<Real = T::Real>, I: AbiInt>(
    wantvs: bool,
    sort: bool,
    select: crate::lapack_rt::Select,
    sense: SenseJob,
    a: MatMut<'_, T>,
    sdim: &mut I,
    wr: &mut [W],
    wi: &mut [T::Real],
    vs: MatMut<'_, T>,
    rconde: &mut T::Real,
    rcondv: &mut T::Real,
    lwork: i64,
    liwork: Option<i64>,
    work: &mut [T],
) -> i64 {
    let n = a.nrows();
    let mut w = vec![Complex::new(T::Real::zero(), T::Real::zero()); n];
    // SAFETY: the caller's promise about `select`.
    let mut by_select = |e: Complex<T::Real>| select.is_some_and(|f| unsafe { call_select::<T, I>(f, e) });
    let sel: Option<&mut dyn FnMut(Complex<T::Real>) -> bool> = if sort { Some(&mut by_select) } else { None };
    let vs = if wantvs { Some(vs) } else { None };
    // The real reference hands ?trsen WORK after its first N entries (the
    // balancing's scale factors); the complex one keeps those in RWORK.
    let mut late = 0;
    let mut proceed = |m: usize| {
        let avail = if T::IS_COMPLEX { lwork } else { lwork - n as i64 };
        if avail < ne::trsen_lwork::<T>(sense, n, m) as i64 {
            late = 15;
        } else if liwork.is_some_and(|l| l < ne::trsen_liwork(sense, n, m) as i64) {
            late = 17;
        }
        late == 0
    };
    let r = with_work(work, ne::geesx_req::<T>(sense, n), |ws| {
        ne::geesx_checked(sense, sel, a, &mut w, vs, &mut proceed, Par::default(), ws)
    });
    *sdim = I::from_i64(r.gees.sdim as i64);
    if let Some(v) = r.rconde {
        *rconde = v;
    }
    if let Some(v) = r.rcondv {
        *rcondv = v;
    }
    for (k, e) in w.iter().enumerate() {
        if W::IS_COMPLEX {
            wr[k] = W::from_parts(e.re, e.im);
        } else {
            wr[k] = W::from_real(e.re);
            wi[k] = e.im;
        }
    }
    if late != 0 {
        crate::lapack_rt::report_bad::<I>(&crate::lapack_rt::routine_name::<T>("TRSEN"), late as i64);
        // ?geesx's own numbering: WORK's LWORK (IWORK's LIWORK) argument.
        return -(late as i64 + if T::IS_COMPLEX { 0 } else { 1 });
    }
    r.gees.info.map_or_else(|e| e.lapack_info(), |_| 0)
}
