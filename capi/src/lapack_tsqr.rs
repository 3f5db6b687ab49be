//! Glue between the generated entry points of the triangular-pentagonal,
//! tall-skinny and generalized QR families and `ferroblas_lapack::qr` /
//! `::least_squares`: option letters the reference reads without checking,
//! two-dimensional workspaces, and the T-array conventions of `?geqr`/`?gelq`.

use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::{MatMut, MatRef};
use ferroblas_kernels::{Side, Trans};
use ferroblas_lapack::householder::{Direct, StoreV};
use ferroblas_lapack::{qr, Par};

/// An option letter as the Fortran (`u8`) or C (`i8`) caller passes it.
fn letter(c: impl Into<i32>) -> u8 {
    c.into() as u8
}

/// Whether SIDE is `L` (either case).
pub fn is_left(side: impl Into<i32>) -> bool {
    letter(side).eq_ignore_ascii_case(&b'L')
}

/// `?tprfb`'s V: `mq x k` column-wise, `k x mq` row-wise (`mq` = m left, n right).
pub fn tprfb_vshape(side: impl Into<i32>, storev: impl Into<i32>, m: i64, n: i64, k: i64) -> (usize, usize) {
    let mq = if is_left(side) { m } else { n }.max(0) as usize;
    let k = k.max(0) as usize;
    if letter(storev).eq_ignore_ascii_case(&b'R') {
        (k, mq)
    } else {
        (mq, k)
    }
}

/// `?tprfb`'s A: `k x n` left, `m x k` right.
pub fn tprfb_ashape(side: impl Into<i32>, m: i64, n: i64, k: i64) -> (usize, usize) {
    let (m, n, k) = (m.max(0) as usize, n.max(0) as usize, k.max(0) as usize);
    if is_left(side) {
        (k, n)
    } else {
        (m, k)
    }
}

/// `?tprfb` as the reference reads its letters (an unknown one does
/// nothing) with its workspace as the Fortran array `WORK(LDWORK, *)`.
#[allow(clippy::too_many_arguments)]
pub fn tprfb<T: Scalar>(
    side: impl Into<i32>,
    trans: impl Into<i32>,
    direct: impl Into<i32>,
    storev: impl Into<i32>,
    l: i64,
    v: MatRef<'_, T>,
    t: MatRef<'_, T>,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    work: &mut [T],
    ldwork: i64,
) {
    let side = match letter(side).to_ascii_uppercase() {
        b'L' => Side::Left,
        b'R' => Side::Right,
        _ => return,
    };
    let direct = match letter(direct).to_ascii_uppercase() {
        b'F' => Direct::Forward,
        b'B' => Direct::Backward,
        _ => return,
    };
    let store = match letter(storev).to_ascii_uppercase() {
        b'C' => StoreV::Columnwise,
        b'R' => StoreV::Rowwise,
        _ => return,
    };
    let trans = if letter(trans).eq_ignore_ascii_case(&b'N') { Trans::No } else { Trans::ConjTrans };
    let (m, n, k) = (b.nrows(), b.ncols(), t.nrows());
    let mq = if side == Side::Left { m } else { n };
    if m == 0 || n == 0 || k == 0 || l < 0 || l as usize > k.min(mq) {
        return;
    }
    let ldwork = ldwork.max(1) as usize;
    let w = match side {
        Side::Left => MatMut::from_col_major(work, k, n, ldwork),
        Side::Right => MatMut::from_col_major(work, m, k, ldwork),
    };
    qr::tprfb(side, trans, direct, store, l as usize, v, t, a, b, w, Par::default())
}

/// `ILAENV(1, name, ' ', m, n, n3, -1)` from the program's own `ilaenv_`
/// when it has one (the reference test programs choose MB and NB through
/// it), else `ours`.
fn tuning<T: Scalar>(stem: &str, m: i64, n: i64, n3: i32, ours: i64) -> i64 {
    if !crate::lapack_aux::program_ilaenv() {
        return ours;
    }
    let d = |v: i64| i32::try_from(v).unwrap_or(i32::MAX);
    i64::from(crate::lapack_aux::ilaenv_lookup(
        1,
        &crate::lapack_rt::routine_name::<T>(stem),
        " ",
        [d(m), d(n), n3, -1],
    ))
}

/// What `?geqr` / `?gelq` decide before they run: the block sizes, the T
/// array's size, and which of TSIZE and LWORK are bad or queries.
pub struct Plan {
    pub mb: usize,
    pub nb: usize,
    /// The T array's full size, and its smallest (`min(m, n) + 5`).
    pub tsize: i64,
    pub mintsz: i64,
    /// WORK's full and smallest lengths.
    pub lw: i64,
    pub minlw: i64,
    pub query: bool,
    pub mint: bool,
    pub minw: bool,
    pub bad_tsize: bool,
    pub bad_lwork: bool,
}

/// The plan of `?geqr` (`qr`) or `?gelq` for an `m x n` A, as the reference
/// makes it: a T or WORK too small for the chosen blocks but not below the
/// minimum makes the blocks 1 (and a TSQR into one block) rather than fail.
pub fn plan<T: Scalar>(qr: bool, m: i64, n: i64, tsize: i64, lwork: i64) -> Plan {
    let query = tsize == -1 || tsize == -2 || lwork == -1 || lwork == -2;
    let (mint, minw) = if tsize == -2 || lwork == -2 { (tsize != -1, lwork != -1) } else { (false, false) };
    let (mu, nu) = (m.max(0) as usize, n.max(0) as usize);
    let stem = if qr { "GEQR" } else { "GELQ" };
    let (mb0, nb0) = if mu.min(nu) > 0 {
        // The reference ILAENV's answer (no TSQR walk, one reflector per
        // block), so that TSIZE and LWORK mean what they mean there.
        let (dmb, dnb) = if qr { (mu, 1) } else { (1, nu) };
        (tuning::<T>(stem, m, n, 1, dmb as i64), tuning::<T>(stem, m, n, 2, dnb as i64))
    } else {
        (0, 0)
    };
    let (mb0, nb0) = (mb0.max(0) as usize, nb0.max(0) as usize);
    let blocks_of = |mb: usize, nb: usize| {
        if qr {
            qr::geqr_blocks(mu, nu, mb, nb)
        } else {
            qr::gelq_blocks(mu, nu, mb, nb)
        }
    };
    let (mut mb, mut nb, mut blocks) = blocks_of(mb0, nb0);
    // QR: T holds nb n per block, WORK nb n; LQ: mb m per block, WORK mb m.
    let (kdim, wdim) = if qr { (nu, nu) } else { (mu, mu) };
    let tfull = |mb: usize, nb: usize, blocks: usize| (if qr { nb } else { mb } * kdim * blocks + 5) as i64;
    let wfull = |mb: usize, nb: usize| (if qr { nb } else { mb } * wdim) as i64;
    let mintsz = kdim as i64 + 5;
    let minlw_arg = if qr { nu } else { mu } as i64;
    let mut lminws = false;
    let t_short = tsize < tfull(mb, nb, blocks).max(1);
    if (t_short || lwork < wfull(mb, nb)) && lwork >= minlw_arg && tsize >= mintsz && !query {
        if t_short {
            lminws = true;
            if qr {
                (mb, nb, blocks) = (mu, 1, 1);
            } else {
                (mb, nb, blocks) = (1, nu, 1);
            }
        }
        if lwork < wfull(mb, nb) {
            lminws = true;
            if qr {
                nb = 1;
            } else {
                mb = 1;
            }
        }
    }
    let full = tfull(mb, nb, blocks);
    let lw = wfull(mb, nb);
    Plan {
        mb,
        nb,
        tsize: full,
        mintsz,
        lw,
        minlw: nu.max(1) as i64,
        query,
        mint,
        minw,
        bad_tsize: tsize < full.max(1) && !query && !lminws,
        bad_lwork: lwork < lw.max(1) && !query && !lminws,
    }
}

fn real<T: Scalar>(v: i64) -> T {
    use ferroblas_kernels::scalar::RealScalar;
    T::from_real(T::Real::from_f64(v as f64))
}

/// The WORK length `?geqr` (`qr`) or `?gelq` answers a query with (LWORK =
/// -1) for this TSIZE: what high-level LAPACKE allocates.
pub fn geqr_lwork<T: Scalar>(qr: bool, m: usize, n: usize, tsize: i64) -> i64 {
    plan::<T>(qr, m as i64, n as i64, tsize, -1).lw.max(1)
}

/// `?gemqr` (`qr`) or `?gemlq`'s WORK length for high-level LAPACKE: its
/// query's answer, or 1 when T is too short to hold the block sizes (the
/// call then fails on TSIZE).
///
/// # Safety
/// `t` is valid for `tsize` elements.
pub unsafe fn gemqr_lwork<T: Scalar>(qr: bool, side: Side, m: usize, n: usize, tsize: i64, t: *const T) -> i64 {
    if tsize < 5 || t.is_null() {
        return 1;
    }
    // SAFETY: T holds its header.
    unsafe { gemqr_lw::<T>(qr, Some(side), m as i64, n as i64, t) }.max(1)
}

/// `?geqr` (`qr`) or `?gelq` after the checks: answers the queries in T
/// and WORK, then factors.
///
/// # Safety
/// `t` is valid for `max(tsize, 3)` elements (5 when a query), `work` for
/// `max(lwork, 1)`, as the Fortran contract states.
pub unsafe fn geqr_abi<T: Scalar>(qr: bool, a: MatMut<'_, T>, t: *mut T, tsize: i64, work: *mut T, lwork: i64) {
    let (m, n) = (a.nrows() as i64, a.ncols() as i64);
    let p = plan::<T>(qr, m, n, tsize, lwork);
    // SAFETY: T has at least its three header elements and WORK one, by the
    // caller's contract (a query passes arrays of at least that size).
    unsafe {
        *t = real(if p.mint { p.mintsz } else { p.tsize });
        *t.add(1) = real(p.mb as i64);
        *t.add(2) = real(p.nb as i64);
        *work = real(if p.minw { p.minlw } else { p.lw.max(1) });
    }
    if p.query || m.min(n) == 0 {
        return;
    }
    // SAFETY: the caller's arrays, of the lengths it declares.
    let (ts, ws) = unsafe {
        (std::slice::from_raw_parts_mut(t, tsize as usize), std::slice::from_raw_parts_mut(work, lwork.max(1) as usize))
    };
    if qr {
        qr::geqr(a, p.mb, p.nb, ts, Par::default(), ws);
    } else {
        qr::gelq(a, p.mb, p.nb, ts, Par::default(), ws);
    }
    ws[0] = real(p.lw.max(1));
}

/// The block size `?gemqr` (`qr`: T(3), NB) or `?gemlq` (T(2), MB) reads
/// from the header of T, and so the workspace it needs: `(mb, nb)`.
///
/// # Safety
/// `t` is valid for 3 elements.
pub unsafe fn header<T: Scalar>(t: *const T) -> (i64, i64) {
    // SAFETY: the caller's promise.
    let (mb, nb) = unsafe { ((*t.add(1)).re(), (*t.add(2)).re()) };
    use ferroblas_kernels::scalar::RealScalar;
    (mb.to_f64() as i64, nb.to_f64() as i64)
}

/// `?gemqr`/`?gemlq`'s workspace: the block times the columns (left) or rows (right) of C.
///
/// # Safety
/// `t` is valid for 3 elements.
pub unsafe fn gemqr_lw<T: Scalar>(qr: bool, side: Option<Side>, m: i64, n: i64, t: *const T) -> i64 {
    // SAFETY: the caller's promise.
    let (mb, nb) = unsafe { header::<T>(t) };
    let b = if qr { nb } else { mb };
    if side == Some(Side::Left) {
        n * b
    } else {
        m * b
    }
}

/// `?gemqr` (`qr`) or `?gemlq` after the checks.
///
/// # Safety
/// `t` is valid for `tsize` elements and `work` for `max(lwork, 1)`.
#[allow(clippy::too_many_arguments)]
pub unsafe fn gemqr_abi<T: Scalar>(
    qr: bool,
    side: Side,
    trans: Trans,
    a: MatRef<'_, T>,
    t: *const T,
    tsize: i64,
    c: MatMut<'_, T>,
    work: *mut T,
    lwork: i64,
) {
    let (m, n) = (c.nrows() as i64, c.ncols() as i64);
    // SAFETY: the caller's promise.
    let lw = unsafe { gemqr_lw::<T>(qr, Some(side), m, n, t) };
    // SAFETY: WORK has at least one element.
    unsafe { *work = real(lw) };
    if lwork == -1 {
        return;
    }
    // SAFETY: the caller's arrays, of the lengths it declares.
    let (ts, ws) = unsafe {
        (std::slice::from_raw_parts(t, tsize as usize), std::slice::from_raw_parts_mut(work, lwork.max(1) as usize))
    };
    if qr {
        qr::gemqr(side, trans, a, ts, c, Par::default(), ws);
    } else {
        qr::gemlq(side, trans, a, ts, c, Par::default(), ws);
    }
    ws[0] = real(lw);
}
