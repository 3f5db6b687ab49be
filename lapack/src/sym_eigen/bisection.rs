//! Selected eigenvalues of a real symmetric tridiagonal matrix by bisection
//! on Sturm counts (`?stebz`, with the interval refinement of `?laebz`), and
//! their eigenvectors by inverse iteration (`?stein`).
//!
//! The tridiagonal matrix has diagonal `d` (`n`) and off-diagonal `e`
//! (`n - 1`). Off-diagonal elements negligible beside their diagonal
//! neighbours split it into independent blocks, which both routines treat
//! one by one.

use crate::{Info, WorkReq, Workspace};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::{MatMut, RealScalar, Scalar};

/// Which eigenvalues to compute (`RANGE` with `VL`, `VU`, `IL`, `IU`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum EigRange<R> {
    /// All of them (`'A'`).
    All,
    /// Those in the half-open interval `(vl, vu]` (`'V'`).
    Values(R, R),
    /// The `il`-th through the `iu`-th smallest, 0-based and inclusive (`'I'`).
    Indices(usize, usize),
}

/// The letter of `RANGE`, for the ABI layer: the bounds come separately.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RangeKind {
    /// `'A'`.
    All,
    /// `'V'`.
    Values,
    /// `'I'`.
    Indices,
}

impl RangeKind {
    /// Parses `A`, `V` or `I`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'A' => Some(RangeKind::All),
            b'V' => Some(RangeKind::Values),
            b'I' => Some(RangeKind::Indices),
            _ => None,
        }
    }
}

/// The order of the eigenvalues [`stebz`] returns (`ORDER`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Order {
    /// Grouped by block, ascending within each (`'B'`): what [`stein`] needs.
    Block,
    /// Ascending over the whole matrix (`'E'`).
    Entire,
}

impl Order {
    /// Parses `B` or `E`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'B' => Some(Order::Block),
            b'E' => Some(Order::Entire),
            _ => None,
        }
    }
}

/// The block an eigenvalue of [`stebz`] belongs to (`IBLOCK`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Block {
    /// 0-based block number (the reference's `|IBLOCK| - 1`).
    pub index: usize,
    /// False when the bisection did not converge (the reference's negative
    /// `IBLOCK`).
    pub converged: bool,
}

/// The sizes [`stebz`] reports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stebz {
    /// The number of eigenvalues found (`M`).
    pub m: usize,
    /// The number of diagonal blocks (`NSPLIT`).
    pub nsplit: usize,
}

/// The number of eigenvalues of the block `(d, e2)` (`e2` the squared
/// off-diagonal) less than or equal to `x`, with pivots kept at least
/// `pivmin` away from zero: the count bisection refines.
fn sturm_count<R: RealScalar>(d: &[R], e2: &[R], pivmin: R, x: R) -> usize {
    let mut count = 0;
    let mut t = d[0] - x;
    for j in 0..d.len() {
        if j > 0 {
            t = d[j] - e2[j - 1] / t - x;
        }
        if t <= pivmin {
            count += 1;
            t = t.min(-pivmin);
        }
    }
    count
}

/// The count at the ends of the initial interval: a pivot tiny in magnitude
/// is replaced by `-pivmin` (the reference's first pass, which differs from
/// [`sturm_count`] only in how it treats pivots in `(0, pivmin]`).
fn sturm_count_initial<R: RealScalar>(d: &[R], e2: &[R], pivmin: R, x: R) -> usize {
    let mut count = 0;
    let mut t = d[0] - x;
    for j in 0..d.len() {
        if j > 0 {
            t = d[j] - e2[j - 1] / t - x;
        }
        if t.abs() < pivmin {
            t = -pivmin;
        }
        if t <= R::zero() {
            count += 1;
        }
    }
    count
}

/// Tolerances of one bisection.
#[derive(Clone, Copy)]
struct Tol<R> {
    abstol: R,
    reltol: R,
    pivmin: R,
    itmax: usize,
}

impl<R: RealScalar> Tol<R> {
    /// Whether `[lo, hi]` with counts `nlo`, `nhi` needs no more halving.
    fn done(&self, lo: R, hi: R, nlo: i64, nhi: i64) -> bool {
        let width = (hi - lo).abs();
        let size = hi.abs().max(lo.abs());
        width < self.abstol.max(self.pivmin).max(self.reltol * size) || nlo >= nhi
    }
}

/// The number of halvings that take an interval of width `width` down to
/// `pivmin`, plus two; a non-finite width (NaN or infinite input) gets two,
/// so that the bisection ends and reports no convergence.
fn iteration_limit<R: RealScalar>(width: R, pivmin: R) -> usize {
    let x = ((width + pivmin).to_f64().ln() - pivmin.to_f64().ln()) / std::f64::consts::LN_2;
    if x.is_finite() && x >= 0.0 {
        (x as usize).min(1 << 16) + 2
    } else {
        2
    }
}

/// `?laebz` with `IJOB = 3`: narrows `[lo, hi]` (counts `nlo`, `nhi`) to a
/// point where the count is `nval`, starting from `c`. Returns the final
/// interval and its counts.
#[allow(clippy::too_many_arguments)]
fn search_count<R: RealScalar>(
    d: &[R],
    e2: &[R],
    tol: Tol<R>,
    mut lo: R,
    mut hi: R,
    mut nlo: i64,
    mut nhi: i64,
    mut c: R,
    nval: i64,
) -> (R, R, i64, i64) {
    let half = R::from_f64(0.5);
    for _ in 0..tol.itmax {
        let k = sturm_count(d, e2, tol.pivmin, c) as i64;
        if k <= nval {
            lo = c;
            nlo = k;
        }
        if k >= nval {
            hi = c;
            nhi = k;
        }
        if tol.done(lo, hi, nlo, nhi) {
            break;
        }
        c = half * (lo + hi);
    }
    (lo, hi, nlo, nhi)
}

/// What [`laebz`] does with its intervals (`IJOB`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LaebzJob {
    /// Count the eigenvalues at both ends of each interval (`IJOB = 1`).
    Count,
    /// Halve the intervals until each holds one eigenvalue or is narrow
    /// enough, queueing the halves that both hold eigenvalues (`IJOB = 2`).
    Bisect,
    /// Narrow each interval around a point where the count is `nval`
    /// (`IJOB = 3`).
    Search,
}

/// The intervals of [`laebz`]: `mmax` of them, the first `minp` in use on
/// entry; interval `j` is `[ab[j], ab[mmax + j]]` with counts `nab[j]`,
/// `nab[mmax + j]` (the reference's `AB(MMAX, 2)` and `NAB(MMAX, 2)`, column
/// by column).
#[derive(Debug)]
pub struct Intervals<'a, R> {
    /// The ends, `2 mmax`.
    pub ab: &'a mut [R],
    /// The eigenvalue counts at the ends, `2 mmax`.
    pub nab: &'a mut [i64],
    /// The points at which to count next, `mmax` (set to the midpoints for
    /// [`LaebzJob::Bisect`], given for [`LaebzJob::Search`]).
    pub c: &'a mut [R],
    /// The target counts of [`LaebzJob::Search`] (`minp`), permuted with
    /// their intervals.
    pub nval: &'a mut [i64],
}

/// Bisection on Sturm counts of the symmetric tridiagonal matrix with
/// diagonal `d` and squared off-diagonal `e2` (`?laebz`; `e2[n - 1]` is not
/// read), for `minp` intervals at once, at most `nitmax` halvings.
///
/// [`LaebzJob::Count`] stores the counts (eigenvalues `<=` each end, tiny
/// pivots replaced by `-pivmin`) and returns their total
/// `sum(nab[mmax + j] - nab[j])`. The other jobs return the number of
/// intervals in use; intervals that converged (narrower than
/// `max(abstol, pivmin, reltol * max(|ends|))`, or empty) come first, in
/// the order they converged. `Err(k)`: `k` intervals did not converge, or
/// `k = mmax + 1` when [`LaebzJob::Bisect`] ran out of room for new ones.
#[allow(clippy::too_many_arguments)]
pub fn laebz<R: RealScalar>(
    job: LaebzJob,
    nitmax: usize,
    minp: usize,
    abstol: R,
    reltol: R,
    pivmin: R,
    d: &[R],
    e2: &[R],
    iv: Intervals<'_, R>,
) -> (usize, Result<(), Info>) {
    let mmax = iv.c.len();
    let Intervals { ab, nab, c, nval } = iv;
    let n = d.len();
    let count = |x: R, initial: bool| -> i64 {
        if n == 0 {
            return 0;
        }
        let e2 = &e2[..n.saturating_sub(1)];
        (if initial { sturm_count_initial(d, e2, pivmin, x) } else { sturm_count(d, e2, pivmin, x) }) as i64
    };
    if job == LaebzJob::Count {
        let mut mout: i64 = 0;
        for j in 0..minp {
            nab[j] = count(ab[j], true);
            nab[mmax + j] = count(ab[mmax + j], true);
            mout += nab[mmax + j] - nab[j];
        }
        return (mout.max(0) as usize, Ok(()));
    }
    let half = R::from_f64(0.5);
    let tol = Tol { abstol, reltol, pivmin, itmax: nitmax };
    let (mut kf, mut kl) = (0, minp);
    if job == LaebzJob::Bisect {
        for j in 0..minp {
            c[j] = half * (ab[j] + ab[mmax + j]);
        }
    }
    for _ in 0..nitmax {
        let mut klnew = kl;
        for j in kf..kl {
            let x = c[j];
            let mut cnt = count(x, false);
            if job == LaebzJob::Bisect {
                cnt = cnt.max(nab[j]).min(nab[mmax + j]);
                if cnt == nab[mmax + j] {
                    ab[mmax + j] = x;
                } else if cnt == nab[j] {
                    ab[j] = x;
                } else if klnew < mmax {
                    // Both halves hold eigenvalues: queue the upper one.
                    ab[mmax + klnew] = ab[mmax + j];
                    nab[mmax + klnew] = nab[mmax + j];
                    ab[klnew] = x;
                    nab[klnew] = cnt;
                    klnew += 1;
                    ab[mmax + j] = x;
                    nab[mmax + j] = cnt;
                } else {
                    return (kl, Err(Info::new(mmax + 1)));
                }
            } else {
                if cnt <= nval[j] {
                    ab[j] = x;
                    nab[j] = cnt;
                }
                if cnt >= nval[j] {
                    ab[mmax + j] = x;
                    nab[mmax + j] = cnt;
                }
            }
        }
        kl = klnew;
        let mut kfnew = kf;
        for j in kf..kl {
            if tol.done(ab[j], ab[mmax + j], nab[j], nab[mmax + j]) {
                if j > kfnew {
                    ab.swap(j, kfnew);
                    ab.swap(mmax + j, mmax + kfnew);
                    nab.swap(j, kfnew);
                    nab.swap(mmax + j, mmax + kfnew);
                    if job == LaebzJob::Search {
                        nval.swap(j, kfnew);
                    }
                }
                kfnew += 1;
            }
        }
        kf = kfnew;
        for j in kf..kl {
            c[j] = half * (ab[j] + ab[mmax + j]);
        }
        if kf >= kl {
            break;
        }
    }
    let left = kl.saturating_sub(kf);
    (kl, if left == 0 { Ok(()) } else { Err(Info::new(left)) })
}

/// The workspace [`stebz`] needs for order `n`.
pub fn stebz_req<R: RealScalar>(n: usize) -> WorkReq {
    WorkReq::new::<R>(4 * n).and(WorkReq::new::<i64>(2 * n))
}

/// Selected eigenvalues of the symmetric tridiagonal matrix `(d, e)` by
/// bisection (`?stebz`).
///
/// The eigenvalues in `range` are found to an absolute accuracy of about
/// `abstol` (`abstol <= 0`: `eps |T|`) and stored in `w` (`n`), each with its
/// block in `iblock` (`n`); `isplit` (`n`) receives the end (exclusive) of
/// every block (its first `nsplit` entries). With [`Order::Block`] the
/// eigenvalues come block by block, ascending within each; with
/// [`Order::Entire`] ascending overall.
///
/// `Err` carries the reference's `INFO`: 1 when some eigenvalue did not
/// converge (its [`Block::converged`] is false, its value the midpoint of its
/// last interval), 2 when [`EigRange::Indices`] found fewer eigenvalues than
/// asked for (close eigenvalues that rounding could not separate), 3 both,
/// 4 when the Gershgorin interval of [`EigRange::Indices`] failed (`m = 0`).
/// [`EigRange::Indices`] must satisfy `il <= iu < n` (the reference's
/// argument check). A NaN or infinite element makes every wanted eigenvalue (all `n` for
/// [`EigRange::Values`]) NaN and unconverged, in one block.
#[allow(clippy::too_many_arguments)]
pub fn stebz<R: RealScalar>(
    range: EigRange<R>,
    order: Order,
    abstol: R,
    d: &[R],
    e: &[R],
    w: &mut [R],
    iblock: &mut [Block],
    isplit: &mut [usize],
    mut work: Workspace<'_>,
) -> (Stebz, Result<(), Info>) {
    let n = d.len();
    let zero = R::zero();
    let two = R::from_f64(2.0);
    // Widening of the Gershgorin intervals against rounding.
    let fudge = R::from_f64(2.1);
    if n == 0 {
        return (Stebz::default(), Ok(()));
    }
    if let EigRange::Indices(il, iu) = range {
        assert!(il <= iu && iu < n, "stebz: the index range {il}..={iu} is not within 0..{n}");
    }
    let range = match range {
        EigRange::Indices(0, iu) if iu + 1 == n => EigRange::All,
        r => r,
    };
    let safemn = lamch::<R>(Machine::SafeMin);
    let ulp = lamch::<R>(Machine::Precision);
    let rtoli = ulp * two;
    if n == 1 {
        isplit[0] = 1;
        let take = match range {
            EigRange::Values(vl, vu) => !(vl >= d[0] || vu < d[0]),
            _ => true,
        };
        if take {
            w[0] = d[0];
            iblock[0] = Block { index: 0, converged: true };
        }
        return (Stebz { m: usize::from(take), nsplit: 1 }, Ok(()));
    }

    if d.iter().chain(&e[..n - 1]).any(|x| !x.is_finite()) {
        // Sturm counts of a matrix with NaN or infinite elements mean
        // nothing: report every wanted eigenvalue as NaN, unconverged.
        let m = match range {
            EigRange::Indices(il, iu) => iu + 1 - il,
            _ => n,
        };
        w[..m].iter_mut().for_each(|x| *x = R::from_f64(f64::NAN));
        iblock[..m].iter_mut().for_each(|b| *b = Block { index: 0, converged: false });
        isplit[0] = n;
        return (Stebz { m, nsplit: 1 }, Err(Info::new(1)));
    }
    // Split where the off-diagonal is negligible; e2 holds the squares of
    // the others (zero at the splits).
    let (e2, mut work) = work.take::<R>(n);
    let (ab_buf, mut work) = work.take::<R>(2 * n);
    let (c_buf, mut work) = work.take::<R>(n);
    let (nab_buf, _) = work.take::<i64>(2 * n);
    let half = R::from_f64(0.5);
    let mut nsplit = 0;
    let mut pivmin = R::one();
    e2[n - 1] = zero;
    for j in 1..n {
        let t = e[j - 1] * e[j - 1];
        if (d[j] * d[j - 1]).abs() * ulp * ulp + safemn > t {
            isplit[nsplit] = j;
            nsplit += 1;
            e2[j - 1] = zero;
        } else {
            e2[j - 1] = t;
            pivmin = pivmin.max(t);
        }
    }
    isplit[nsplit] = n;
    nsplit += 1;
    pivmin *= safemn;

    // The bounds (wl, wu] and, for an index range, the counts at them.
    let (mut wl, mut wu) = (zero, zero);
    let (mut wlu, mut wul) = (zero, zero);
    let (il, iu) = match range {
        EigRange::Indices(il, iu) => (il as i64 + 1, iu as i64 + 1),
        _ => (0, 0),
    };
    match range {
        EigRange::Indices(..) => {
            let (mut gl, mut gu) = (d[0], d[0]);
            let mut t1 = zero;
            for j in 0..n {
                let t2 = if j + 1 < n { e2[j].sqrt() } else { zero };
                gu = gu.max(d[j] + t1 + t2);
                gl = gl.min(d[j] - t1 - t2);
                t1 = t2;
            }
            let tnorm = gl.abs().max(gu.abs());
            let nr = R::from_f64(n as f64);
            gl = gl - fudge * tnorm * ulp * nr - fudge * two * pivmin;
            gu = gu + fudge * tnorm * ulp * nr + fudge * pivmin;
            let tol = Tol {
                abstol: if abstol <= zero { ulp * tnorm } else { abstol },
                reltol: rtoli,
                pivmin,
                itmax: iteration_limit(tnorm, pivmin),
            };
            let n1 = n as i64 + 1;
            let (lo, hi, nlo, _) = search_count(d, e2, tol, gl, gu, -1, n1, gl, il - 1);
            let (lo2, hi2, _, nhi2) = search_count(d, e2, tol, gl, gu, -1, n1, gu, iu);
            wl = lo;
            wlu = hi;
            wu = hi2;
            wul = lo2;
            if nlo < 0 || nlo >= n as i64 || nhi2 < 1 || nhi2 > n as i64 {
                return (Stebz { m: 0, nsplit }, Err(Info::new(4)));
            }
        }
        EigRange::Values(vl, vu) => {
            wl = vl;
            wu = vu;
        }
        EigRange::All => {}
    }
    let restricted = !matches!(range, EigRange::All);

    let mut m = 0;
    let mut nwl: i64 = 0;
    let mut nwu: i64 = 0;
    let mut unconverged = false;
    let mut start = 0;
    for (jb, &end) in isplit[..nsplit].iter().enumerate() {
        let bd = &d[start..end];
        let be2 = &e2[start..end];
        let bn = end - start;
        if bn == 1 {
            let x = bd[0] - pivmin;
            if !restricted || wl >= x {
                nwl += 1;
            }
            if !restricted || wu >= x {
                nwu += 1;
            }
            if !restricted || (wl < x && wu >= x) {
                w[m] = bd[0];
                iblock[m] = Block { index: jb, converged: true };
                m += 1;
            }
            start = end;
            continue;
        }
        let (mut gl, mut gu) = (bd[0], bd[0]);
        let mut t1 = zero;
        for j in start..end {
            let t2 = if j + 1 < end { e[j].abs() } else { zero };
            gu = gu.max(d[j] + t1 + t2);
            gl = gl.min(d[j] - t1 - t2);
            t1 = t2;
        }
        let bnorm = gl.abs().max(gu.abs());
        let nr = R::from_f64(bn as f64);
        gl = gl - fudge * bnorm * ulp * nr - fudge * pivmin;
        gu = gu + fudge * bnorm * ulp * nr + fudge * pivmin;
        let atoli = if abstol <= zero { ulp * gl.abs().max(gu.abs()) } else { abstol };
        start = end;
        if restricted {
            if gu < wl {
                nwl += bn as i64;
                nwu += bn as i64;
                continue;
            }
            gl = gl.max(wl);
            gu = gu.min(wu);
            if gl >= gu {
                continue;
            }
        }
        // The reference's queue of intervals (?laebz), so that eigenvalues
        // share the halvings until they separate.
        let ab = &mut ab_buf[..2 * bn];
        let nab = &mut nab_buf[..2 * bn];
        let c = &mut c_buf[..bn];
        ab[0] = gl;
        ab[bn] = gu;
        let iv = Intervals { ab: &mut *ab, nab: &mut *nab, c: &mut *c, nval: &mut [] };
        let (im, _) = laebz(LaebzJob::Count, 0, 1, atoli, rtoli, pivmin, bd, be2, iv);
        let nlo = nab[0];
        nwl += nlo;
        nwu += nab[bn];
        let iwoff = m as i64 - nlo;
        let itmax = iteration_limit(gu - gl, pivmin);
        let iv = Intervals { ab: &mut *ab, nab: &mut *nab, c: &mut *c, nval: &mut [] };
        let (iout, r) = laebz(LaebzJob::Bisect, itmax, 1, atoli, rtoli, pivmin, bd, be2, iv);
        let failed = r.err().map_or(0, |i| i.get().get()).min(iout);
        for j in 0..iout {
            let x = half * (ab[j] + ab[bn + j]);
            let converged = j < iout - failed;
            unconverged |= !converged;
            for je in nab[j] + iwoff..nab[bn + j] + iwoff {
                // Counts stay in range unless rounding broke monotonicity.
                if let Ok(je) = usize::try_from(je) {
                    if je < n {
                        w[je] = x;
                        iblock[je] = Block { index: jb, converged };
                    }
                }
            }
        }
        m = (m + im).min(n);
    }
    let mut toofew = false;
    if let EigRange::Indices(..) = range {
        let mut idiscl = il - 1 - nwl;
        let mut idiscu = nwu - iu;
        if idiscl > 0 || idiscu > 0 {
            let mut im = 0;
            for je in 0..m {
                if w[je] <= wlu && idiscl > 0 {
                    idiscl -= 1;
                } else if w[je] >= wul && idiscu > 0 {
                    idiscu -= 1;
                } else {
                    w[im] = w[je];
                    iblock[im] = iblock[je];
                    im += 1;
                }
            }
            m = im;
        }
        if idiscl > 0 || idiscu > 0 {
            // Rounding made the counts non-monotone: drop the smallest and
            // largest of the rest instead.
            const KILLED: usize = usize::MAX;
            for _ in 0..idiscl.max(0) {
                let mut pick: Option<usize> = None;
                for j in (0..m).filter(|&j| iblock[j].index != KILLED) {
                    if pick.is_none_or(|b| w[j] < w[b]) {
                        pick = Some(j);
                    }
                }
                if let Some(j) = pick {
                    iblock[j].index = KILLED;
                }
            }
            for _ in 0..idiscu.max(0) {
                let mut pick: Option<usize> = None;
                for j in (0..m).filter(|&j| iblock[j].index != KILLED) {
                    if pick.is_none_or(|b| w[j] > w[b]) {
                        pick = Some(j);
                    }
                }
                if let Some(j) = pick {
                    iblock[j].index = KILLED;
                }
            }
            let mut im = 0;
            for je in 0..m {
                if iblock[je].index != KILLED {
                    w[im] = w[je];
                    iblock[im] = iblock[je];
                    im += 1;
                }
            }
            m = im;
        }
        toofew = idiscl < 0 || idiscu < 0;
    }

    if order == Order::Entire && nsplit > 1 {
        // Selection sort: it keeps the block of equal eigenvalues in the
        // reference's order.
        for je in 0..m.saturating_sub(1) {
            let mut best = je;
            for j in je + 1..m {
                if w[j] < w[best] {
                    best = j;
                }
            }
            if best != je {
                w.swap(best, je);
                iblock.swap(best, je);
            }
        }
    }
    let info = usize::from(unconverged) + 2 * usize::from(toofew);
    (Stebz { m, nsplit }, if info == 0 { Ok(()) } else { Err(Info::new(info)) })
}

/// The factorization `P (T - lambda I) = L U` of a tridiagonal matrix by
/// Gaussian elimination with row interchanges chosen on scaled pivots
/// (`?lagtf`). On entry `a` is the diagonal, `b` the super- and `c` the
/// subdiagonal; on exit `a` is U's diagonal, `b` and `u2` its first and
/// second superdiagonals, `c` the multipliers, and `swapped[k]` whether rows
/// `k` and `k + 1` were interchanged.
fn lagtf<R: RealScalar>(a: &mut [R], lambda: R, b: &mut [R], c: &mut [R], u2: &mut [R], swapped: &mut [bool]) {
    let n = a.len();
    a[0] -= lambda;
    if n == 1 {
        return;
    }
    let zero = R::zero();
    let mut scale1 = a[0].abs() + b[0].abs();
    for k in 0..n - 1 {
        a[k + 1] -= lambda;
        let mut scale2 = c[k].abs() + a[k + 1].abs();
        if k + 2 < n {
            scale2 += b[k + 1].abs();
        }
        let piv1 = if a[k] == zero { zero } else { a[k].abs() / scale1 };
        let keep = c[k] == zero || c[k].abs() / scale2 <= piv1;
        swapped[k] = !keep;
        if keep {
            scale1 = scale2;
            if c[k] != zero {
                c[k] /= a[k];
                a[k + 1] -= c[k] * b[k];
            }
            if k + 2 < n {
                u2[k] = zero;
            }
        } else {
            let mult = a[k] / c[k];
            a[k] = c[k];
            let t = a[k + 1];
            a[k + 1] = b[k] - mult * t;
            if k + 2 < n {
                u2[k] = b[k + 1];
                b[k + 1] = -mult * u2[k];
            }
            b[k] = t;
            c[k] = mult;
        }
    }
}

/// Solves `(T - lambda I) x = y` in place from the factors of [`lagtf`],
/// perturbing a tiny diagonal element of U by multiples of `tol` where the
/// division would overflow (`?lagts` with `JOB = -1`, what inverse iteration
/// needs). `tol <= 0` is replaced by `eps` times the largest element of U;
/// returns the tolerance used.
fn lagts<R: RealScalar>(a: &[R], b: &[R], c: &[R], u2: &[R], swapped: &[bool], y: &mut [R], mut tol: R) -> R {
    let n = a.len();
    let eps = lamch::<R>(Machine::Eps);
    let sfmin = lamch::<R>(Machine::SafeMin);
    let bignum = R::one() / sfmin;
    if tol <= R::zero() {
        tol = a[0].abs();
        if n > 1 {
            tol = tol.max(a[1].abs()).max(b[0].abs());
        }
        for k in 2..n {
            tol = tol.max(a[k].abs()).max(b[k - 1].abs()).max(u2[k - 2].abs());
        }
        tol *= eps;
        if tol == R::zero() {
            tol = eps;
        }
    }
    for k in 1..n {
        if swapped[k - 1] {
            let t = y[k - 1];
            y[k - 1] = y[k];
            y[k] = t - c[k - 1] * y[k];
        } else {
            y[k] -= c[k - 1] * y[k - 1];
        }
    }
    for k in (0..n).rev() {
        let mut t = y[k];
        if k + 1 < n {
            t -= b[k] * y[k + 1];
        }
        if k + 2 < n {
            t -= u2[k] * y[k + 2];
        }
        let mut ak = a[k];
        let mut pert = tol.copysign(ak);
        // Each pass doubles the perturbation, so |ak| reaches 1 (or
        // overflows) within a few hundred passes; NaN leaves at once.
        loop {
            let absak = ak.abs();
            if absak < R::one() {
                if absak < sfmin {
                    if absak == R::zero() || t.abs() * sfmin > absak {
                        ak += pert;
                        pert *= R::from_f64(2.0);
                        continue;
                    }
                    t *= bignum;
                    ak *= bignum;
                } else if t.abs() > absak * bignum {
                    ak += pert;
                    pert *= R::from_f64(2.0);
                    continue;
                }
            }
            break;
        }
        y[k] = t / ak;
    }
    tol
}

/// The 0-based position of the first element of largest magnitude.
fn imax_abs<R: RealScalar>(x: &[R]) -> usize {
    let mut best = 0;
    for (j, v) in x.iter().enumerate() {
        if v.abs() > x[best].abs() {
            best = j;
        }
    }
    best
}

/// Uniform numbers in `(-1, 1)` from a fixed seed: the starting vectors of
/// inverse iteration, reproducible from call to call.
struct Uniform(u64);

impl Uniform {
    fn next<R: RealScalar>(&mut self) -> R {
        // xorshift64*: plenty for random starting directions.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let bits = self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 11;
        R::from_f64(bits as f64 / (1u64 << 53) as f64 * 2.0 - 1.0)
    }
}

/// The workspace [`stein`] needs for order `n`.
pub fn stein_req<R: RealScalar>(n: usize) -> WorkReq {
    WorkReq::new::<R>(5 * n).and(WorkReq::new::<bool>(n))
}

/// Eigenvectors of the symmetric tridiagonal matrix `(d, e)` for the
/// eigenvalues `w` (`m`) by inverse iteration (`?stein`).
///
/// `w`, `iblock` and `isplit` are as [`stebz`] returns them with
/// [`Order::Block`] (`iblock[j]` the 0-based block of `w[j]`, `isplit[b]` the
/// exclusive end of block `b`; an eigenvalue whose block is not in `isplit`
/// is skipped, its column left alone). Column `j` of `z` (`n x m`) receives
/// the unit eigenvector of `w[j]`, zero outside its block, its largest
/// element positive; vectors of close eigenvalues of a block are
/// orthogonalized against each other (by modified Gram-Schmidt, run twice,
/// where the reference runs it once).
///
/// `Err(Info::new(k))`: `k` vectors did not converge in 5 iterations; their
/// 0-based columns are `ifail[..k]` (each holds the last iterate).
#[allow(clippy::too_many_arguments)]
pub fn stein<T: Scalar>(
    d: &[T::Real],
    e: &[T::Real],
    w: &[T::Real],
    iblock: &[usize],
    isplit: &[usize],
    z: MatMut<'_, T>,
    ifail: &mut [usize],
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = d.len();
    let (reals, mut rest) = work.take::<T::Real>(5 * n);
    let (swapped, _) = rest.take::<bool>(n);
    stein_in(d, e, w, iblock, isplit, z, ifail, reals, swapped)
}

/// [`stein`] on its two scratch arrays given apart, as the Fortran
/// interface hands them (WORK and IWORK): `reals` holds `5n` reals and
/// `swapped` `n` flags (the pivoting of each factorization row).
#[allow(clippy::too_many_arguments)]
pub fn stein_in<T: Scalar>(
    d: &[T::Real],
    e: &[T::Real],
    w: &[T::Real],
    iblock: &[usize],
    isplit: &[usize],
    mut z: MatMut<'_, T>,
    ifail: &mut [usize],
    reals: &mut [T::Real],
    swapped: &mut [bool],
) -> Result<(), Info> {
    type R<T> = <T as Scalar>::Real;
    let n = d.len();
    let m = w.len();
    assert!(z.nrows() >= n && z.ncols() >= m, "stein: Z is too small");
    if n == 0 || m == 0 {
        return Ok(());
    }
    if n == 1 {
        z.set(0, 0, T::one());
        return Ok(());
    }
    const MAXITS: usize = 5;
    const EXTRA: usize = 2;
    let zero = R::<T>::zero();
    let eps = lamch::<R<T>>(Machine::Precision);
    assert!(reals.len() >= 5 * n && swapped.len() >= n, "stein: workspace too small");
    let (x, rest) = reals.split_at_mut(n);
    let (ua, rest) = rest.split_at_mut(n);
    let (ub, rest) = rest.split_at_mut(n);
    let (uc, rest) = rest.split_at_mut(n);
    let u2 = &mut rest[..n];
    let swapped = &mut swapped[..n];
    let mut rng = Uniform(0x9e37_79b9_7f4a_7c15);
    let mut failed = 0;

    let mut block = usize::MAX;
    let (mut b1, mut bn) = (0, 0);
    let (mut ortol, mut dtpcrt, mut onenrm) = (zero, zero, zero);
    let mut jblk = 0;
    let mut gpind = 0;
    let mut xjm = zero;
    for j in 0..m {
        let b = iblock[j];
        if b >= isplit.len() {
            continue;
        }
        if b != block {
            block = b;
            b1 = if b == 0 { 0 } else { isplit[b - 1] };
            bn = isplit[b];
            if bn > n || b1 >= bn {
                // Not a block of this matrix: skip its eigenvalues.
                block = usize::MAX;
                continue;
            }
            jblk = 0;
            gpind = j;
            let bs = bn - b1;
            if bs > 1 {
                onenrm = (d[b1].abs() + e[b1].abs()).max(d[bn - 1].abs() + e[bn - 2].abs());
                for i in b1 + 1..bn - 1 {
                    onenrm = onenrm.max(d[i].abs() + e[i - 1].abs() + e[i].abs());
                }
                ortol = R::<T>::from_f64(1e-3) * onenrm;
                dtpcrt = R::<T>::from_f64(0.1 / bs as f64).sqrt();
            }
        }
        jblk += 1;
        let bs = bn - b1;
        let x = &mut x[..bs];
        let mut xj = w[j];
        if bs == 1 {
            x[0] = R::<T>::one();
        } else {
            if jblk > 1 {
                // Separate (nearly) equal shifts, or the factorizations and
                // thus the vectors would coincide.
                let pertol = R::<T>::from_f64(10.0) * (eps * xj).abs();
                if xj - xjm < pertol {
                    xj = xjm + pertol;
                }
            }
            for v in x.iter_mut() {
                *v = rng.next();
            }
            let (ua, ub, uc, u2, sw) = (&mut ua[..bs], &mut ub[..bs], &mut uc[..bs], &mut u2[..bs], &mut swapped[..bs]);
            ua.copy_from_slice(&d[b1..bn]);
            ub[..bs - 1].copy_from_slice(&e[b1..bn - 1]);
            uc[..bs - 1].copy_from_slice(&e[b1..bn - 1]);
            lagtf(ua, xj, ub, uc, u2, sw);
            let mut tol = zero;
            let mut its = 0;
            let mut nrmchk = 0;
            let scale_base = R::<T>::from_f64(bs as f64) * onenrm * eps.max(ua[bs - 1].abs());
            let converged = loop {
                its += 1;
                if its > MAXITS {
                    break false;
                }
                let scl = scale_base / x[imax_abs(x)].abs();
                for v in x.iter_mut() {
                    *v *= scl;
                }
                tol = lagts(ua, ub, uc, u2, sw, x, tol);
                if jblk > 1 {
                    if (xj - xjm).abs() > ortol {
                        gpind = j;
                    }
                    // Modified Gram-Schmidt run twice: one pass leaves
                    // O(eps * growth) of the earlier vectors when a large
                    // cluster makes the iterate nearly dependent on them.
                    for i in (gpind..j).chain(gpind..j) {
                        let col = z.rb().col(i);
                        let mut dot = zero;
                        for (r, v) in x.iter().enumerate() {
                            dot += *v * col.get(b1 + r).re();
                        }
                        for (r, v) in x.iter_mut().enumerate() {
                            *v -= dot * col.get(b1 + r).re();
                        }
                    }
                }
                let nrm = x[imax_abs(x)].abs();
                if nrm < dtpcrt {
                    continue;
                }
                nrmchk += 1;
                if nrmchk < EXTRA + 1 {
                    continue;
                }
                break true;
            };
            if !converged {
                ifail[failed] = j;
                failed += 1;
            }
            let mut ssq = zero;
            let big = x[imax_abs(x)].abs();
            if big > zero {
                for v in x.iter() {
                    let t = *v / big;
                    ssq += t * t;
                }
            }
            let mut scl = R::<T>::one() / (big * ssq.sqrt());
            if x[imax_abs(x)] < zero {
                scl = -scl;
            }
            for v in x.iter_mut() {
                *v *= scl;
            }
        }
        let mut col = z.rb_mut().col_mut(j);
        for i in 0..n {
            col.set(i, T::zero());
        }
        for (r, v) in x.iter().enumerate() {
            col.set(b1 + r, T::from_real(*v));
        }
        xjm = xj;
    }
    if failed == 0 {
        Ok(())
    } else {
        Err(Info::new(failed))
    }
}
