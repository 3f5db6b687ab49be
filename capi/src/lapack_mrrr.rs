//! Glue between the generated entry points of `?stemr` (real and complex
//! Z) and `ferroblas_lapack::sym_eigen::mrrr`: the reference's workspace
//! formulas, its NZC check and `NZC = -1` query (which read D and E), the
//! 1-based ISUPPZ, TRYRAC as a LOGICAL, and WORK(1)/IWORK(1).

use crate::lapack_rt::{AbiInt, Exit};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::MatMut;
use ferroblas_lapack::sym_eigen::bisection::{Block, EigRange, Order, RangeKind};
use ferroblas_lapack::sym_eigen::drivers::Jobz;
use ferroblas_lapack::sym_eigen::mrrr;
use ferroblas_lapack::{Info, WorkBuffer};

/// The workspace sizes of `?stemr`.
#[derive(Clone, Copy, Debug)]
pub struct Sizes {
    /// Minimal (and optimal) LWORK: `18 n` with vectors, `12 n` without.
    pub lwork: usize,
    /// Minimal LIWORK: `10 n` with vectors, `8 n` without.
    pub liwork: usize,
}

/// `?stemr`'s LWORK and LIWORK for order `n`.
pub fn stemr_sizes(jobz: Option<Jobz>, n: i64) -> Sizes {
    let n = usize::try_from(n).unwrap_or(0);
    if jobz == Some(Jobz::Vectors) {
        Sizes { lwork: 18 * n, liwork: 10 * n }
    } else {
        Sizes { lwork: 12 * n, liwork: 8 * n }
    }
}

/// `?stemr`: the NZC check (argument 14, after the others, as the
/// reference) and the `NZC = -1` query (Z(1,1) = the number of columns
/// needed), then the solver with M, the 1-based ISUPPZ, TRYRAC and the
/// sizes in WORK(1), IWORK(1).
#[allow(clippy::too_many_arguments)]
pub fn stemr<T: Scalar, I: AbiInt>(
    jobz: Jobz,
    range: RangeKind,
    vl: T::Real,
    vu: T::Real,
    il: i64,
    iu: i64,
    nzc: i64,
    d: &mut [T::Real],
    e: &mut [T::Real],
    m: &mut I,
    w: &mut [T::Real],
    mut z: MatMut<'_, T>,
    isuppz: &mut [I],
    tryrac: &mut I,
    work: &mut [T::Real],
    iwork: &mut [I],
) -> Result<Result<(), Info>, Exit> {
    let n = d.len();
    let range = crate::lapack_symeigx::eig_range(range, vl, vu, il, iu);
    let nzcmin = mrrr::stemr_columns(jobz, range, d, &e[..n.saturating_sub(1)]);
    // The reference stores WORK(1) and IWORK(1) before it checks NZC; here
    // nothing is written on a bad argument.
    if nzc != -1 && nzc < nzcmin as i64 {
        return Err(Exit::Bad(14));
    }
    let s = stemr_sizes(Some(jobz), n as i64);
    if let Some(x) = work.first_mut() {
        *x = T::Real::from_f64(s.lwork as f64);
    }
    if let Some(x) = iwork.first_mut() {
        *x = I::from_i64(s.liwork as i64);
    }
    if nzc == -1 {
        if z.nrows() > 0 && z.ncols() > 0 {
            z.set(0, 0, T::from_real(T::Real::from_f64(nzcmin as f64)));
        }
        return Ok(Ok(()));
    }
    *m = I::from_i64(0);
    let mut supp = vec![usize::MAX; 2 * n];
    let mut rac = tryrac.get() != 0;
    let mut buf = WorkBuffer::new(mrrr::stemr_req::<T>(jobz, n));
    let (found, r) = mrrr::stemr(jobz, range, d, e, w, z, &mut supp, &mut rac, buf.workspace());
    *m = I::from_i64(found as i64);
    *tryrac = I::from_i64(i64::from(rac));
    if jobz == Jobz::Vectors {
        for (o, &x) in isuppz.iter_mut().zip(&supp) {
            if x != usize::MAX {
                *o = I::from_i64(x as i64 + 1);
            }
        }
    }
    Ok(r)
}

/// `?larrc` with the reference's JOBT (`T`: count on `T`, anything else:
/// on `L D L^T`) and its three counts; INFO is always 0.
#[allow(clippy::too_many_arguments)]
pub fn larrc<R: RealScalar, I: AbiInt>(
    jobt: u8,
    vl: R,
    vu: R,
    d: &[R],
    e: &[R],
    pivmin: R,
    eigcnt: &mut I,
    lcnt: &mut I,
    rcnt: &mut I,
) -> i64 {
    let on = if jobt.eq_ignore_ascii_case(&b'T') { mrrr::CountOn::Tridiagonal } else { mrrr::CountOn::Factored };
    let c = mrrr::larrc(on, vl, vu, d, e, pivmin);
    *eigcnt = I::from_i64(c.eigcnt as i64);
    *lcnt = I::from_i64(c.lcnt as i64);
    *rcnt = I::from_i64(c.rcnt as i64);
    0
}

/// `?larra` with NSPLIT and the 1-based ISPLIT (last row of each block).
pub fn larra<R: RealScalar, I: AbiInt>(
    d: &[R],
    e: &mut [R],
    e2: &mut [R],
    spltol: R,
    tnrm: R,
    nsplit: &mut I,
    isplit: &mut [I],
) -> i64 {
    let n = d.len();
    if n == 0 {
        *nsplit = I::from_i64(0);
        return 0;
    }
    let mut splits = vec![0usize; n];
    let ns = mrrr::larra(d, &mut e[..n - 1], &mut e2[..n - 1], spltol, tnrm, &mut splits);
    *nsplit = I::from_i64(ns as i64);
    for (o, &s) in isplit.iter_mut().zip(&splits[..ns]) {
        *o = I::from_i64(s as i64);
    }
    0
}

/// `?larrk` with the 1-based IW; INFO = -1 when bisection did not
/// converge.
#[allow(clippy::too_many_arguments)]
pub fn larrk<R: RealScalar>(
    iw: i64,
    gl: R,
    gu: R,
    d: &[R],
    e2: &[R],
    pivmin: R,
    reltol: R,
    w: &mut R,
    werr: &mut R,
) -> i64 {
    if d.is_empty() {
        return 0;
    }
    let iw = usize::try_from(iw - 1).unwrap_or(0);
    let (x, err, r) = mrrr::larrk(iw, gl, gu, d, e2, pivmin, reltol);
    *w = x;
    *werr = err;
    if r.is_ok() {
        0
    } else {
        -1
    }
}

/// The 0-based eigenvalue range and offset of `?larrb`/`?larrj` from the
/// reference's 1-based IFIRST, ILAST and OFFSET; `None` when the range is
/// empty or reaches before W.
fn refine_range(ifirst: i64, ilast: i64, offset: i64) -> Option<(usize, usize, usize)> {
    if ifirst < 1 || ilast < ifirst || offset < 0 || ifirst - 1 < offset {
        return None;
    }
    Some(((ifirst - 1) as usize, (ilast - 1) as usize, offset as usize))
}

/// `?larrb` with 1-based IFIRST, ILAST, TWIST (outside `1..=n`: the last
/// row) and OFFSET (W, WGAP, WERR start at eigenvalue OFFSET + 1).
#[allow(clippy::too_many_arguments)]
pub fn larrb<R: RealScalar>(
    d: &[R],
    lld: &[R],
    ifirst: i64,
    ilast: i64,
    rtol1: R,
    rtol2: R,
    offset: i64,
    w: &mut [R],
    wgap: &mut [R],
    werr: &mut [R],
    pivmin: R,
    spdiam: R,
    twist: i64,
) -> i64 {
    let n = d.len();
    let Some((first, last, off)) = refine_range(ifirst, ilast, offset) else { return 0 };
    if n == 0 {
        return 0;
    }
    let cnt = last + 1 - first;
    let mut work = vec![R::zero(); 2 * cnt];
    let mut iwork = vec![0usize; 2 * cnt];
    let twist = usize::try_from(twist - 1).ok().filter(|&t| t < n);
    mrrr::larrb(d, lld, first, last, rtol1, rtol2, off, w, wgap, werr, &mut work, &mut iwork, pivmin, spdiam, twist);
    0
}

/// `?larrj` with 1-based IFIRST, ILAST and OFFSET as [`larrb`].
#[allow(clippy::too_many_arguments)]
pub fn larrj<R: RealScalar>(
    d: &[R],
    e2: &[R],
    ifirst: i64,
    ilast: i64,
    rtol: R,
    offset: i64,
    w: &mut [R],
    werr: &mut [R],
    pivmin: R,
    spdiam: R,
) -> i64 {
    let Some((first, last, off)) = refine_range(ifirst, ilast, offset) else { return 0 };
    if d.is_empty() {
        return 0;
    }
    let cnt = last + 1 - first;
    let mut work = vec![R::zero(); 2 * cnt];
    let mut iwork = vec![0usize; 2 * cnt];
    mrrr::larrj(d, e2, first, last, rtol, off, w, werr, &mut work, &mut iwork, pivmin, spdiam);
    0
}

/// What `?lar1v` returns besides Z.
pub struct Lar1vOut<'a, R, I> {
    /// NEGCNT (-1 unless asked for).
    pub negcnt: &'a mut I,
    /// ZTZ.
    pub ztz: &'a mut R,
    /// MINGMA.
    pub mingma: &'a mut R,
    /// R, the 1-based twist index (in: 0 to search for it).
    pub r: &'a mut I,
    /// ISUPPZ(1:2), 1-based.
    pub isuppz: &'a mut [I],
    /// NRMINV.
    pub nrminv: &'a mut R,
    /// RESID.
    pub resid: &'a mut R,
    /// RQCORR.
    pub rqcorr: &'a mut R,
}

/// `?lar1v` (real or complex Z) with 1-based B1, BN, R and ISUPPZ; writes
/// the rows of Z the reference writes (from R out to where the vector was
/// cut). B1 and BN outside `1..=n` or out of order do nothing.
#[allow(clippy::too_many_arguments)]
pub fn lar1v<T: Scalar, I: AbiInt>(
    b1: i64,
    bn: i64,
    lambda: T::Real,
    d: &[T::Real],
    l: &[T::Real],
    ld: &[T::Real],
    lld: &[T::Real],
    pivmin: T::Real,
    gaptol: T::Real,
    z: &mut [T],
    wantnc: bool,
    out: Lar1vOut<'_, T::Real, I>,
) {
    let n = d.len();
    if b1 < 1 || bn < b1 || bn > n as i64 {
        return;
    }
    let (b1, bn) = ((b1 - 1) as usize, (bn - 1) as usize);
    let twist = usize::try_from(out.r.get() - 1).ok().filter(|&r| r >= b1 && r <= bn);
    let mut zr: Vec<T::Real> = z.iter().map(|x| x.re()).collect();
    let mut work = vec![T::Real::zero(); 4 * n];
    let res = mrrr::lar1v(b1, bn, lambda, d, l, ld, lld, pivmin, gaptol, &mut zr, wantnc, twist, &mut work);
    let lo = if res.support.0 > b1 { res.support.0 - 1 } else { b1 };
    let hi = if res.support.1 < bn { res.support.1 + 1 } else { bn };
    for i in lo..=hi {
        z[i] = T::from_real(zr[i]);
    }
    *out.negcnt = I::from_i64(res.negcnt.map_or(-1, |c| c as i64));
    *out.ztz = res.ztz;
    *out.mingma = res.mingma;
    *out.r = I::from_i64(res.r as i64 + 1);
    out.isuppz[0] = I::from_i64(res.support.0 as i64 + 1);
    out.isuppz[1] = I::from_i64(res.support.1 as i64 + 1);
    *out.nrminv = res.nrminv;
    *out.resid = res.resid;
    *out.rqcorr = res.rqcorr;
}

/// `?larrf` with 1-based CLSTRT, CLEND (W, WGAP, WERR indexed by them);
/// INFO = 1 when no representation was found (or the cluster has fewer
/// than two eigenvalues).
#[allow(clippy::too_many_arguments)]
pub fn larrf<R: RealScalar>(
    d: &[R],
    l: &[R],
    ld: &[R],
    clstrt: i64,
    clend: i64,
    w: &[R],
    wgap: &[R],
    werr: &[R],
    spdiam: R,
    clgapl: R,
    clgapr: R,
    pivmin: R,
    sigma: &mut R,
    dplus: &mut [R],
    lplus: &mut [R],
) -> i64 {
    let n = d.len();
    if n == 0 {
        return 0;
    }
    if clstrt < 1 || clend <= clstrt {
        return 1;
    }
    let (first, last) = ((clstrt - 1) as usize, (clend - 1) as usize);
    let mut lp = vec![R::zero(); n];
    let mut work = vec![R::zero(); 2 * n];
    match mrrr::larrf(d, l, ld, first, last, w, wgap, werr, spdiam, clgapl, clgapr, pivmin, dplus, &mut lp, &mut work) {
        Ok(s) => {
            *sigma = s;
            lplus[..n - 1].copy_from_slice(&lp[..n - 1]);
            0
        }
        Err(_) => 1,
    }
}

/// An option letter as the Fortran layer (`u8`) or LAPACKE (`c_char`,
/// `i8` here) passes it.
pub trait OptionByte: Copy {
    /// The letter's byte.
    fn byte(self) -> u8;
}

impl OptionByte for u8 {
    fn byte(self) -> u8 {
        self
    }
}

impl OptionByte for i8 {
    fn byte(self) -> u8 {
        self as u8
    }
}

/// [`stemr_sizes`] from JOBZ's letter (`?stegr`'s size expressions).
pub fn stegr_sizes<B: OptionByte>(jobz: B, n: i64) -> Sizes {
    stemr_sizes(Jobz::from_char(jobz.byte()), n)
}

/// The shape of `?stegr`'s Z (`n x` the number of eigenvalues wanted, at
/// most `n`) when the arguments are legal and vectors are wanted, else
/// empty: the view is built before [`stegr`] checks them.
pub fn stegr_zdims<B: OptionByte>(jobz: B, range: B, n: i64, il: i64, iu: i64, ldz: usize) -> (usize, usize) {
    let (jobz, range) = (jobz.byte(), range.byte());
    let Ok(n) = usize::try_from(n) else { return (0, 0) };
    if Jobz::from_char(jobz) != Some(Jobz::Vectors) || ldz < n.max(1) {
        return (0, 0);
    }
    let cols = match RangeKind::from_char(range) {
        Some(RangeKind::Indices) if il >= 1 && il <= iu && iu <= n as i64 => (iu - il + 1) as usize,
        Some(RangeKind::Indices) | None => 0,
        _ => n,
    };
    (n, cols)
}

/// `?stegr`: `?stemr` with NZC = N and TRYRAC false, as the reference
/// (which calls it, so that a bad argument is reported by `?STEMR` with
/// its argument numbers; the same here, INFO = -that number).
#[allow(clippy::too_many_arguments)]
pub fn stegr<T: Scalar, I: AbiInt>(
    jobz: u8,
    range: u8,
    n: i64,
    vl: T::Real,
    vu: T::Real,
    il: i64,
    iu: i64,
    ldz: usize,
    lwork: i64,
    liwork: i64,
    d: &mut [T::Real],
    e: &mut [T::Real],
    m: &mut I,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    isuppz: &mut [I],
    work: &mut [T::Real],
    iwork: &mut [I],
) -> i64 {
    let name = match (T::IS_COMPLEX, std::mem::size_of::<T::Real>() == 4) {
        (false, true) => "SSTEMR",
        (false, false) => "DSTEMR",
        (true, true) => "CSTEMR",
        (true, false) => "ZSTEMR",
    };
    let jobz_p = Jobz::from_char(jobz);
    let range_p = RangeKind::from_char(range);
    let s = stemr_sizes(jobz_p, n);
    let lquery = lwork == -1 || liwork == -1;
    let bad = if jobz_p.is_none() {
        1
    } else if range_p.is_none() {
        2
    } else if n < 0 {
        3
    } else if range_p == Some(RangeKind::Values) && n > 0 && vu <= vl {
        7
    } else if range_p == Some(RangeKind::Indices) && (il < 1 || il > n) {
        8
    } else if range_p == Some(RangeKind::Indices) && (iu < il || iu > n) {
        9
    } else if ldz < 1 || (jobz_p == Some(Jobz::Vectors) && (ldz as i64) < n) {
        13
    } else if lwork < s.lwork as i64 && !lquery {
        17
    } else if liwork < s.liwork as i64 && !lquery {
        19
    } else {
        0
    };
    if bad != 0 {
        crate::lapack_rt::report_bad::<I>(name, i64::from(bad));
        return -i64::from(bad);
    }
    let (Some(jobz), Some(range)) = (jobz_p, range_p) else { return 0 };
    let zero = I::from_i64(0);
    let mut tryrac = zero;
    match stemr::<T, I>(jobz, range, vl, vu, il, iu, n, d, e, m, w, z, isuppz, &mut tryrac, work, iwork) {
        Ok(Ok(())) => 0,
        Ok(Err(info)) => info.lapack_info(),
        // NZC = N is never too small.
        Err(_) => 0,
    }
}

/// RANGE of the MRRR auxiliaries (`A`, `V`, `I`), `None` otherwise.
fn aux_range<R: RealScalar>(range: u8, vl: R, vu: R, il: i64, iu: i64, n: usize) -> Option<EigRange<R>> {
    match RangeKind::from_char(range)? {
        RangeKind::All => Some(EigRange::All),
        RangeKind::Values => Some(EigRange::Values(vl, vu)),
        RangeKind::Indices => {
            let (il, iu) = (usize::try_from(il - 1).ok()?, usize::try_from(iu - 1).ok()?);
            (il <= iu && iu < n).then_some(EigRange::Indices(il, iu))
        }
    }
}

/// 1-based block ends (ISPLIT) as the exclusive ends the Rust routines
/// take (the same numbers), clamped to `n`.
fn block_ends<I: AbiInt>(isplit: &[I], n: usize) -> Vec<usize> {
    isplit.iter().map(|s| usize::try_from(s.get()).unwrap_or(0).min(n)).collect()
}

/// `?larrd` with the reference's RANGE and ORDER letters, 1-based IL, IU,
/// ISPLIT, IBLOCK (negative when bisection did not converge) and INDEXW;
/// INFO as the reference (-1, -2, -3, -5, -6, -7 for bad arguments).
#[allow(clippy::too_many_arguments)]
pub fn larrd<R: RealScalar, I: AbiInt>(
    range: u8,
    order: u8,
    n: i64,
    vl: R,
    vu: R,
    il: i64,
    iu: i64,
    gers: &[R],
    reltol: R,
    d: &[R],
    e2: &[R],
    pivmin: R,
    isplit: &[I],
    m: &mut I,
    w: &mut [R],
    werr: &mut [R],
    wl: &mut R,
    wu: &mut R,
    iblock: &mut [I],
    indexw: &mut [I],
) -> i64 {
    let kind = RangeKind::from_char(range);
    let ord = match order.to_ascii_uppercase() {
        b'B' => Some(Order::Block),
        b'E' => Some(Order::Entire),
        _ => None,
    };
    let bad = if kind.is_none() {
        -1
    } else if ord.is_none() {
        -2
    } else if n < 0 {
        -3
    } else if kind == Some(RangeKind::Values) && vl >= vu {
        -5
    } else if kind == Some(RangeKind::Indices) && (il < 1 || il > n.max(1)) {
        -6
    } else if kind == Some(RangeKind::Indices) && (iu < n.min(il) || iu > n) {
        -7
    } else {
        0
    };
    if bad != 0 {
        return bad;
    }
    *m = I::from_i64(0);
    let n = n as usize;
    if n == 0 {
        return 0;
    }
    let (Some(range), Some(order)) = (aux_range(range, vl, vu, il, iu, n), ord) else { return 0 };
    let ends = block_ends(isplit, n);
    let mut blocks = vec![Block::default(); n];
    let mut idx = vec![0usize; n];
    let mut buf = WorkBuffer::new(mrrr::larrd_req::<R>(n));
    let (f, r) =
        mrrr::larrd(range, order, gers, reltol, d, e2, pivmin, &ends, w, werr, &mut blocks, &mut idx, buf.workspace());
    *m = I::from_i64(f.m as i64);
    *wl = f.wl;
    *wu = f.wu;
    for j in 0..f.m {
        let b = blocks[j].index as i64 + 1;
        iblock[j] = I::from_i64(if blocks[j].converged { b } else { -b });
        indexw[j] = I::from_i64(idx[j] as i64 + 1);
    }
    r.map_or_else(|i| i.lapack_info(), |_| 0)
}

/// `?larre` with the reference's RANGE letter, 1-based IL, IU, ISPLIT,
/// IBLOCK and INDEXW, VL and VU in and out; INFO as the reference (-1, 2,
/// -4, -5, -6 for its failures).
#[allow(clippy::too_many_arguments)]
pub fn larre<R: RealScalar, I: AbiInt>(
    range: u8,
    vl: &mut R,
    vu: &mut R,
    il: i64,
    iu: i64,
    d: &mut [R],
    e: &mut [R],
    e2: &mut [R],
    rtol1: R,
    rtol2: R,
    spltol: R,
    nsplit: &mut I,
    isplit: &mut [I],
    m: &mut I,
    w: &mut [R],
    werr: &mut [R],
    wgap: &mut [R],
    iblock: &mut [I],
    indexw: &mut [I],
    gers: &mut [R],
    pivmin: &mut R,
) -> i64 {
    let n = d.len();
    *m = I::from_i64(0);
    *nsplit = I::from_i64(0);
    if n == 0 {
        return 0;
    }
    let Some(range) = aux_range(range, *vl, *vu, il, iu, n) else { return 0 };
    let mut ends = vec![0usize; n];
    let mut blocks = vec![0usize; n];
    let mut idx = vec![0usize; n];
    let mut buf = WorkBuffer::new(mrrr::larre_req::<R>(n));
    let (f, r) = mrrr::larre(
        range,
        d,
        e,
        e2,
        rtol1,
        rtol2,
        spltol,
        &mut ends,
        w,
        werr,
        wgap,
        &mut blocks,
        &mut idx,
        gers,
        buf.workspace(),
    );
    *nsplit = I::from_i64(f.nsplit as i64);
    *m = I::from_i64(f.m as i64);
    *pivmin = f.pivmin;
    if !matches!(range, EigRange::Values(..)) || r.is_ok() {
        *vl = f.vl;
        *vu = f.vu;
    }
    for (o, &s) in isplit.iter_mut().zip(&ends[..f.nsplit]) {
        *o = I::from_i64(s as i64);
    }
    for j in 0..f.m {
        iblock[j] = I::from_i64(blocks[j] as i64 + 1);
        indexw[j] = I::from_i64(idx[j] as i64 + 1);
    }
    match r {
        Ok(()) => 0,
        Err(i) if i.get().get() == 2 => 2,
        Err(i) => -i.lapack_info(),
    }
}

/// `?larrv` (real or complex Z) with 1-based ISPLIT, DOL, DOU, IBLOCK,
/// INDEXW and ISUPPZ; INFO as the reference (-2, 5 for its failures).
#[allow(clippy::too_many_arguments)]
pub fn larrv<T: Scalar, I: AbiInt>(
    vl: T::Real,
    vu: T::Real,
    d: &mut [T::Real],
    l: &mut [T::Real],
    pivmin: T::Real,
    isplit: &[I],
    m: usize,
    dol: i64,
    dou: i64,
    minrgp: T::Real,
    rtol1: T::Real,
    rtol2: T::Real,
    w: &mut [T::Real],
    werr: &mut [T::Real],
    wgap: &mut [T::Real],
    iblock: &[I],
    indexw: &[I],
    gers: &[T::Real],
    z: MatMut<'_, T>,
    isuppz: &mut [I],
) -> i64 {
    let n = d.len();
    if n == 0 || m == 0 || dol < 1 || dou < dol || dou > m as i64 {
        return 0;
    }
    let blocks: Vec<usize> = iblock[..m].iter().map(|b| usize::try_from(b.get() - 1).unwrap_or(0)).collect();
    let idx: Vec<usize> = indexw[..m].iter().map(|b| usize::try_from(b.get() - 1).unwrap_or(0)).collect();
    let nblocks = blocks.iter().copied().max().unwrap_or(0) + 1;
    let ends = block_ends(&isplit[..nblocks.min(isplit.len())], n);
    if ends.len() < nblocks {
        return 0;
    }
    let tree = mrrr::Tree { isplit: &ends, iblock: &blocks, indexw: &idx, gers };
    let mut supp = vec![usize::MAX; 2 * m];
    let mut buf = WorkBuffer::new(mrrr::larrv_req::<T::Real>(n));
    let r = mrrr::larrv(
        vl,
        vu,
        d,
        l,
        pivmin,
        tree,
        m,
        (dol - 1) as usize,
        (dou - 1) as usize,
        minrgp,
        rtol1,
        rtol2,
        w,
        werr,
        wgap,
        z,
        &mut supp,
        buf.workspace(),
    );
    for (o, &s) in isuppz.iter_mut().zip(&supp) {
        if s != usize::MAX {
            *o = I::from_i64(s as i64 + 1);
        }
    }
    match r {
        Ok(()) => 0,
        Err(i) if i.get().get() == 5 => 5,
        Err(i) => -i.lapack_info(),
    }
}
