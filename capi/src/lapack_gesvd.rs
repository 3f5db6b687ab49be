//! Glue between the generated entry points of the bidiagonal reduction
//! (`?gebrd`, `?orgbr`/`?ungbr`, `?ormbr`/`?unmbr`) and the SVD drivers and
//! `ferroblas_lapack::svd`: block sizes and crossovers from a program's own
//! `ilaenv_` (the reference test programs sweep them), and the optimal
//! workspace lengths that `LWORK = -1` reports.

use crate::lapack_aux::{ilaenv_lookup, program_ilaenv};
use crate::lapack_rt::{self as rt, with_work, AbiInt};
use ferroblas_kernels::aux::norms::{lange, Norm};
use ferroblas_kernels::enums::{Side, Trans};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::{MatMut, MatRef};
use ferroblas_lapack::svd::{self, GesddJob, SvdJob, Vect};
use ferroblas_lapack::{qr, Info, Par, WorkBuffer};

/// `ILAENV(ispec, stem, ...)` from the program's own `ilaenv_` when it has
/// one, else `ours`.
fn tuning<T: Scalar>(ispec: i32, stem: &str, m: usize, n: usize, ours: usize) -> usize {
    if !program_ilaenv() {
        return ours;
    }
    let d = |v: usize| i32::try_from(v).unwrap_or(i32::MAX);
    let v = ilaenv_lookup(ispec, &rt::routine_name::<T>(stem), " ", [d(m), d(n), -1, -1]);
    usize::try_from(v).unwrap_or(0)
}

/// `?gebrd`'s panel width.
fn gebrd_block<T: Scalar>(m: usize, n: usize) -> usize {
    tuning::<T>(1, "GEBRD", m, n, svd::GEBRD_BLOCK).max(1)
}

/// `?gebrd` with the program's block size and crossover.
pub fn gebrd<T: Scalar>(
    a: MatMut<'_, T>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    tauq: &mut [T],
    taup: &mut [T],
    work: &mut [T],
) {
    let (m, n) = (a.nrows(), a.ncols());
    let nb = gebrd_block::<T>(m, n);
    let nx = tuning::<T>(3, "GEBRD", m, n, svd::GEBRD_CROSSOVER);
    svd::gebrd_nx(a, d, e, tauq, taup, Par::default(), rt::workspace(work), nb, nx)
}

/// `?gebrd`'s optimal LWORK: `(m + n) nb` (1 for an empty matrix).
pub fn gebrd_lwork<T: Scalar>(m: usize, n: usize) -> usize {
    if m.min(n) == 0 {
        return 1;
    }
    ((m + n) * gebrd_block::<T>(m, n)).max(m.max(n))
}

/// The block size `?orgbr` passes to `?orgqr` / `?orglq`.
fn orgbr_block<T: Scalar>(vect: Vect, m: usize, n: usize) -> usize {
    match vect {
        Vect::Q => tuning::<T>(1, "ORGQR", m, n, qr::BLOCK),
        Vect::P => tuning::<T>(1, "ORGLQ", m, n, qr::BLOCK),
    }
    .max(1)
}

/// `?orgbr` with the program's block size.
pub fn orgbr<T: Scalar>(vect: Vect, k: usize, a: MatMut<'_, T>, tau: &[T], work: &mut [T]) {
    let nb = orgbr_block::<T>(vect, a.nrows(), a.ncols());
    svd::orgbr_with(vect, k, a, tau, Par::default(), rt::workspace(work), nb)
}

/// `?orgbr`'s optimal LWORK.
pub fn orgbr_lwork<T: Scalar>(vect: Vect, m: usize, n: usize, k: usize) -> usize {
    if m.min(n) == 0 {
        return 1;
    }
    let nb = orgbr_block::<T>(vect, m, n);
    svd::orgbr_req_with::<T>(vect, m, n, k, nb).elems::<T>().max(m.min(n)).max(1)
}

/// The block size `?ormbr` passes to `?ormqr` / `?ormlq`.
fn ormbr_block<T: Scalar>(vect: Vect, m: usize, n: usize) -> usize {
    match vect {
        Vect::Q => tuning::<T>(1, "ORMQR", m, n, qr::BLOCK),
        Vect::P => tuning::<T>(1, "ORMLQ", m, n, qr::BLOCK),
    }
    .clamp(1, 64)
}

/// `?ormbr` with the program's block size.
#[allow(clippy::too_many_arguments)]
pub fn ormbr<T: Scalar>(
    vect: Vect,
    side: Side,
    trans: Trans,
    k: usize,
    a: MatRef<'_, T>,
    tau: &[T],
    c: MatMut<'_, T>,
    work: &mut [T],
) {
    let nb = ormbr_block::<T>(vect, c.nrows(), c.ncols());
    svd::ormbr_with(vect, side, trans, k, a, tau, c, Par::default(), rt::workspace(work), nb)
}

/// `?ormbr`'s optimal LWORK.
pub fn ormbr_lwork<T: Scalar>(vect: Vect, side: Side, m: usize, n: usize, k: usize) -> usize {
    if m == 0 || n == 0 {
        return 1;
    }
    let nb = ormbr_block::<T>(vect, m, n);
    let nw = if side == Side::Left { n } else { m };
    svd::ormbr_req_with::<T>(vect, side, m, n, k, nb).elems::<T>().max(nw).max(1)
}

/// The reference's crossover to QR (LQ) first: `ILAENV(6) = INT(1.6 min(m, n))`.
fn mnthr(m: usize, n: usize) -> usize {
    m.min(n) * 8 / 5
}

/// `?gesvd`'s smallest LWORK, as the reference computes it.
pub fn gesvd_minwork<T: Scalar>(jobu: Option<SvdJob>, jobvt: Option<SvdJob>, m: i64, n: i64) -> i64 {
    if m <= 0 || n <= 0 {
        return 1;
    }
    let (big, small, path1) = if m >= n {
        (m, n, m as usize >= mnthr(m as usize, n as usize) && jobu == Some(SvdJob::None))
    } else {
        (n, m, n as usize >= mnthr(m as usize, n as usize) && jobvt == Some(SvdJob::None))
    };
    match (T::IS_COMPLEX, path1) {
        (false, true) => 5 * small,
        (false, false) => (3 * small + big).max(5 * small),
        (true, true) => 3 * small,
        (true, false) => 2 * small + big,
    }
}

/// `?gesvd`'s optimal LWORK: what the Rust routine asks to run fastest
/// (room for its QR iteration to hold sweeps of rotations), at least the
/// minimum.
pub fn gesvd_lwork<T: Scalar>(jobu: SvdJob, jobvt: SvdJob, m: usize, n: usize) -> usize {
    let min = gesvd_minwork::<T>(Some(jobu), Some(jobvt), m as i64, n as i64) as usize;
    svd::gesvd_req_fast::<T>(jobu, jobvt, m, n).elems::<T>().max(min).max(1)
}

/// `?gesvd`: on failure the unconverged superdiagonal goes to `WORK(2:)`
/// (real) or `RWORK(1:)` (complex), and the real routines report the
/// optimal LWORK in `WORK(1)`, as the reference.
#[allow(clippy::too_many_arguments)]
pub fn gesvd<T: Scalar>(
    jobu: SvdJob,
    jobvt: SvdJob,
    a: MatMut<'_, T>,
    s: &mut [T::Real],
    u: MatMut<'_, T>,
    vt: MatMut<'_, T>,
    work: &mut [T],
    rwork: &mut [T::Real],
) -> Result<(), Info> {
    let (m, n) = (a.nrows(), a.ncols());
    let k = m.min(n);
    let mut e = vec![<T::Real as Scalar>::zero(); k.max(1)];
    let req = svd::gesvd_req::<T>(jobu, jobvt, m, n);
    let res = with_work(work, req, |ws| svd::gesvd(jobu, jobvt, a, s, u, vt, &mut e, Par::default(), ws));
    if res.is_err() && k > 1 {
        if T::IS_COMPLEX {
            rwork[..k - 1].copy_from_slice(&e[..k - 1]);
        } else {
            for i in 0..k - 1 {
                work[i + 1] = T::from_real(e[i]);
            }
        }
    }
    if !T::IS_COMPLEX && !work.is_empty() && k > 0 {
        let opt = gesvd_lwork::<T>(jobu, jobvt, m, n);
        work[0] = T::from_real(<T::Real as RealScalar>::from_f64(opt as f64));
    }
    res
}

/// `?gelss`'s smallest LWORK, as the reference computes it.
pub fn gelss_minwork<T: Scalar>(m: i64, n: i64, nrhs: i64) -> i64 {
    if m.min(n) <= 0 {
        return 1;
    }
    if T::IS_COMPLEX {
        return if m >= n { 2 * n + nrhs.max(m) } else { 2 * m + nrhs.max(n) };
    }
    if m >= n {
        let mm = if m as usize >= mnthr(m as usize, n as usize) { n } else { m };
        (3 * n + mm).max(3 * n + nrhs).max(5 * n)
    } else {
        (3 * m + nrhs).max(3 * m + n).max(5 * m)
    }
}

/// `?gelss`'s optimal LWORK.
pub fn gelss_lwork<T: Scalar>(m: usize, n: usize, nrhs: usize) -> usize {
    let min = gelss_minwork::<T>(m as i64, n as i64, nrhs as i64) as usize;
    svd::gelss_req::<T>(m, n, nrhs).elems::<T>().max(min).max(1)
}

/// `?gelss`, the rank written back as the ABI integer (0 on failure).
pub fn gelss<T: Scalar, I: AbiInt>(
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    s: &mut [T::Real],
    rcond: T::Real,
    rank: &mut I,
    work: &mut [T],
) -> Result<(), Info> {
    let (m, n, nrhs) = (a.nrows(), a.ncols(), b.ncols());
    let req = svd::gelss_req::<T>(m, n, nrhs);
    let r = with_work(work, req, |ws| svd::gelss(a, b, s, rcond, Par::default(), ws));
    *rank = I::from_i64(*r.as_ref().unwrap_or(&0) as i64);
    r.map(|_| ())
}

/// `?gesdd`'s smallest LWORK, as the reference computes it.
pub fn gesdd_minwork<T: Scalar>(jobz: Option<GesddJob>, m: i64, n: i64) -> i64 {
    let (big, small) = if m >= n { (m, n) } else { (n, m) };
    if small <= 0 {
        return 1;
    }
    let Some(job) = jobz else { return 1 };
    if T::IS_COMPLEX {
        // The complex routine keeps the bidiagonal SVD in RWORK.
        let mnthr1 = small * 17 / 9;
        let base = if big >= mnthr1 {
            match job {
                GesddJob::None => 3 * small,
                GesddJob::Overwrite => 2 * small * small + 3 * small,
                GesddJob::Some => small * small + 3 * small,
                GesddJob::All => small * small + (3 * small).max(small + big),
            }
        } else {
            let b = 2 * small + big;
            if job == GesddJob::Overwrite {
                b + small * small
            } else {
                b
            }
        };
        return base;
    }
    let bdspac = if job == GesddJob::None { 7 * small } else { 3 * small * small + 4 * small };
    if big >= small * 11 / 6 {
        match job {
            GesddJob::None => bdspac + small,
            GesddJob::Overwrite => bdspac + 2 * small * small + 3 * small,
            GesddJob::Some => bdspac + small * small + 3 * small,
            GesddJob::All => small * small + (3 * small + bdspac).max(small + big),
        }
    } else {
        match job {
            GesddJob::Overwrite => 3 * small + big.max(small * small + bdspac),
            _ => 3 * small + big.max(bdspac),
        }
    }
}

/// `?gesdd`'s optimal LWORK: what the Rust routine's fast path asks (the
/// reference's own optimum for large matrices: the same arrays in the same
/// places), at least the reference's minimum.
pub fn gesdd_lwork<T: Scalar>(jobz: GesddJob, m: usize, n: usize) -> usize {
    let min = gesdd_minwork::<T>(Some(jobz), m as i64, n as i64) as usize;
    if m.min(n) == 0 {
        return min.max(1);
    }
    svd::gesdd_req::<T>(jobz, m, n).elems::<T>().max(min).max(1)
}

/// `?gesdd`: INFO = -4 (without XERBLA) when A holds a NaN, as the
/// reference; WORK(1) holds the optimal LWORK on every return, as there.
/// It runs in the caller's WORK (at least the reference's minimum, which
/// the argument checks saw to), RWORK (complex) and IWORK; only an IWORK
/// too small for the divide and conquer's `8 min(m, n)` indices (LP64's
/// 32-bit integers hold half of them) is supplemented from the heap.
#[allow(clippy::too_many_arguments)]
pub fn gesdd<T: Scalar, I: AbiInt>(
    jobz: GesddJob,
    a: MatMut<'_, T>,
    s: &mut [T::Real],
    u: MatMut<'_, T>,
    vt: MatMut<'_, T>,
    work: &mut [T],
    rwork: &mut [T::Real],
    iwork: &mut [I],
) -> i64 {
    let (m, n) = (a.nrows(), a.ncols());
    let info = if m == 0 || n == 0 {
        0
    } else if lange(Norm::Max, a.rb(), &mut []).is_nan() {
        -4
    } else {
        let mut iws = rt::workspace(iwork);
        let short = iws.capacity::<usize>() < svd::gesdd_iwork_len(jobz, m, n);
        let mut ibuf = short.then(|| WorkBuffer::new(svd::gesdd_iwork_req(jobz, m, n)));
        let iws = match ibuf.as_mut() {
            Some(b) => b.workspace(),
            None => iws.rb_mut(),
        };
        let res = svd::gesdd(jobz, a, s, u, vt, Par::default(), rt::workspace(work), rt::workspace(rwork), iws);
        rt::IntoInfo::into_info(res)
    };
    if let Some(w) = work.first_mut() {
        // Rounded up as the reference's ?roundup_lwork does: a single
        // precision WORK(1) must not read back smaller than the need.
        *w = T::from_real(rt::roundup_lwork::<T::Real>(gesdd_lwork::<T>(jobz, m, n) as i64));
    }
    info
}

/// `?gelsd`'s workspace lengths, as the reference (3.11) computes them
/// after the checks of M..LDB.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GelsdSizes {
    /// The smallest LWORK (`MINWRK`).
    pub minwrk: i64,
    /// The optimal LWORK (`MAXWRK`), what `WORK(1)` reports.
    pub maxwrk: i64,
    /// The length of IWORK (`LIWORK`), what `IWORK(1)` reports.
    pub liwork: i64,
    /// The length of RWORK (`LRWORK`, complex only), what `RWORK(1)` reports.
    pub lrwork: i64,
}

/// `ILAENV(9, '?GELSD')`: the largest subproblem the reference's
/// divide and conquer solves directly.
const GELSD_SMLSIZ: i64 = 25;

/// `?gelsd`'s workspace lengths for an `m x n` A and `nrhs` right-hand
/// sides (non-negative). The block sizes are the program's `ILAENV` or the
/// reference's 32, so that the query answers are the reference's.
pub fn gelsd_sizes<T: Scalar>(m: i64, n: i64, nrhs: i64) -> GelsdSizes {
    let (m, n, nrhs) = (m.max(0), n.max(0), nrhs.max(0));
    let nb = |real: &str, complex: &str, r: i64, c: i64| -> i64 {
        let stem = if T::IS_COMPLEX { complex } else { real };
        tuning::<T>(1, stem, r as usize, c as usize, 32) as i64
    };
    let smlsiz = GELSD_SMLSIZ;
    let mnthr = mnthr(m as usize, n as usize) as i64;
    let nlvl_of = |k: i64| -> i64 {
        // INT truncates toward zero, as `as` does.
        ((((k as f64) / ((smlsiz + 1) as f64)).ln() / 2f64.ln()) as i64 + 1).max(0)
    };
    if T::IS_COMPLEX {
        let mut sz = GelsdSizes { minwrk: 1, maxwrk: 1, liwork: 1, lrwork: 1 };
        let k = m.min(n);
        if k > 0 {
            let nlvl = nlvl_of(k);
            sz.liwork = 3 * k * nlvl + 11 * k;
            let mut mm = m;
            let mut maxwrk = 1;
            if m >= n && m >= mnthr {
                mm = n;
                maxwrk = maxwrk.max(n * nb("GEQRF", "GEQRF", m, n)).max(nrhs * nb("ORMQR", "UNMQR", m, nrhs));
            }
            let rw_tail = ((smlsiz + 1) * (smlsiz + 1)).max(n * (1 + nrhs) + 2 * nrhs);
            if m >= n {
                sz.lrwork = 10 * n + 2 * n * smlsiz + 8 * n * nlvl + 3 * smlsiz * nrhs + rw_tail;
                let nbr = nb("ORMBR", "UNMBR", mm, nrhs);
                maxwrk = maxwrk
                    .max(2 * n + (mm + n) * nb("GEBRD", "GEBRD", mm, n))
                    .max(2 * n + nrhs * nbr)
                    .max(2 * n + (n - 1) * nbr)
                    .max(2 * n + n * nrhs);
                sz.minwrk = (2 * n + mm).max(2 * n + n * nrhs);
            } else {
                sz.lrwork = 10 * m + 2 * m * smlsiz + 8 * m * nlvl + 3 * smlsiz * nrhs + rw_tail;
                let nbr = nb("ORMBR", "UNMBR", m, nrhs);
                if n >= mnthr {
                    maxwrk = (m + m * nb("GELQF", "GELQF", m, n))
                        .max(m * m + 4 * m + 2 * m * nb("GEBRD", "GEBRD", m, m))
                        .max(m * m + 4 * m + nrhs * nbr)
                        .max(m * m + 4 * m + (m - 1) * nb("ORMLQ", "UNMLQ", n, nrhs))
                        .max(if nrhs > 1 { m * m + m + m * nrhs } else { m * m + 2 * m })
                        .max(m * m + 4 * m + m * nrhs)
                        .max(4 * m + m * m + m.max(2 * m - 4).max(nrhs).max(n - 3 * m));
                } else {
                    maxwrk = (2 * m + (n + m) * nb("GEBRD", "GEBRD", m, n))
                        .max(2 * m + nrhs * nbr)
                        .max(2 * m + m * nbr)
                        .max(2 * m + m * nrhs);
                }
                sz.minwrk = (2 * m + n).max(2 * m + m * nrhs);
            }
            sz.maxwrk = maxwrk;
        }
        sz.minwrk = sz.minwrk.min(sz.maxwrk);
        return sz;
    }
    // 3.11's sgelsd asks nothing of an empty problem; dgelsd sizes it as a
    // 1 x 1 one.
    if m.min(n) == 0 && std::mem::size_of::<T::Real>() == 4 {
        return GelsdSizes { minwrk: 1, maxwrk: 1, liwork: 1, lrwork: 1 };
    }
    let k = m.min(n).max(1);
    let nlvl = nlvl_of(k);
    let liwork = 3 * k * nlvl + 11 * k;
    let wlalsd = |p: i64| 9 * p + 2 * p * smlsiz + 8 * p * nlvl + p * nrhs + (smlsiz + 1) * (smlsiz + 1);
    let (mut minwrk, mut maxwrk, mut mm) = (1, 0i64, m);
    if m >= n && m >= mnthr {
        mm = n;
        maxwrk = maxwrk.max(n + n * nb("GEQRF", "GEQRF", m, n)).max(n + nrhs * nb("ORMQR", "UNMQR", m, nrhs));
    }
    if m >= n {
        let nbr = nb("ORMBR", "UNMBR", mm, nrhs);
        let w = wlalsd(n);
        maxwrk = maxwrk
            .max(3 * n + (mm + n) * nb("GEBRD", "GEBRD", mm, n))
            .max(3 * n + nrhs * nbr)
            .max(3 * n + (n - 1) * nbr)
            .max(3 * n + w);
        minwrk = (3 * n + mm).max(3 * n + nrhs).max(3 * n + w);
    }
    if n > m {
        let w = wlalsd(m);
        let nbr = nb("ORMBR", "UNMBR", m, nrhs);
        if n >= mnthr {
            maxwrk = (m + m * nb("GELQF", "GELQF", m, n))
                .max(m * m + 4 * m + 2 * m * nb("GEBRD", "GEBRD", m, m))
                .max(m * m + 4 * m + nrhs * nbr)
                .max(m * m + 4 * m + (m - 1) * nbr)
                .max(if nrhs > 1 { m * m + m + m * nrhs } else { m * m + 2 * m })
                .max(m + nrhs * nb("ORMLQ", "UNMLQ", n, nrhs))
                .max(m * m + 4 * m + w)
                .max(4 * m + m * m + m.max(2 * m - 4).max(nrhs).max(n - 3 * m));
        } else {
            maxwrk = (3 * m + (n + m) * nb("GEBRD", "GEBRD", m, n))
                .max(3 * m + nrhs * nbr)
                .max(3 * m + m * nbr)
                .max(3 * m + w);
        }
        minwrk = (3 * m + nrhs).max(3 * m + m).max(3 * m + w);
    }
    GelsdSizes { minwrk: minwrk.min(maxwrk), maxwrk, liwork, lrwork: 1 }
}

/// `?gelsd`'s LWORK check (argument 12): true when LWORK is too small. On
/// a query (LWORK = -1) it writes the sizes to `WORK(1)`, `IWORK(1)` and
/// (complex) `RWORK(1)`, as the reference does; the generated query answer
/// only writes `WORK(1)`. (The reference also writes them before reporting
/// INFO = -12; ferroblas leaves the arrays alone on a bad argument.)
///
/// # Safety
/// Each pointer is null or valid for writing its first element.
pub unsafe fn gelsd_lwork_fails<T: Scalar, I: AbiInt>(
    m: i64,
    n: i64,
    nrhs: i64,
    lwork: i64,
    work: *mut T,
    iwork: *mut I,
    rwork: *mut T::Real,
) -> bool {
    let sz = gelsd_sizes::<T>(m, n, nrhs);
    if lwork != -1 {
        return lwork < sz.minwrk;
    }
    // SAFETY: the caller's promise, for the first element of each.
    unsafe {
        rt::answer_query::<T>(work, sz.maxwrk as usize);
        rt::answer_query_int::<I>(iwork, sz.liwork as usize);
        if T::IS_COMPLEX && !rwork.is_null() {
            *rwork = <T::Real as RealScalar>::from_f64(sz.lrwork as f64);
        }
    }
    false
}

/// `?gelsd`'s optimal LWORK (`MAXWRK`), for the query and high-level LAPACKE.
pub fn gelsd_lwork<T: Scalar>(m: usize, n: usize, nrhs: usize) -> usize {
    gelsd_sizes::<T>(m as i64, n as i64, nrhs as i64).maxwrk.max(1) as usize
}

/// `?gelsd`, the rank written back as the ABI integer (0 on failure). RCOND
/// is read as `?lalsd` reads it: eps when `RCOND <= 0` or `RCOND >= 1`.
/// NRHS = 0 computes S and RANK (3.11 stops in `?lalsd`'s XERBLA there;
/// 3.12's complex routine returns RANK = 0 at once). The bidiagonal solve is
/// `?lalsd`'s (compact divide and conquer); its index arrays live in the
/// Rust workspace, so a WORK of the reference's smallest LWORK is
/// supplemented from the heap.
#[allow(clippy::too_many_arguments)]
pub fn gelsd<T: Scalar, I: AbiInt>(
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    s: &mut [T::Real],
    rcond: T::Real,
    rank: &mut I,
    work: &mut [T],
    iwork: &mut [I],
) -> Result<(), Info> {
    let (m, n, nrhs) = (a.nrows(), a.ncols(), b.ncols());
    let req = svd::gelsd_req::<T>(m, n, nrhs);
    let res = with_work(work, req, |ws| svd::gelsd(a, b, s, rcond, Par::default(), ws));
    *rank = I::from_i64(*res.as_ref().unwrap_or(&0) as i64);
    let res = res.map(|_| ());
    let sz = gelsd_sizes::<T>(m as i64, n as i64, nrhs as i64);
    if let Some(w) = work.first_mut() {
        *w = T::from_real(<T::Real as RealScalar>::from_f64(sz.maxwrk as f64));
    }
    if let Some(w) = iwork.first_mut() {
        *w = I::from_i64(sz.liwork);
    }
    res
}
