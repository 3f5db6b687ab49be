//! The root representations of MRRR and the eigenvalue approximations they
//! start from: splitting (`?larra`), eigenvalue counts in an interval
//! (`?larrc`), one eigenvalue by bisection (`?larrk`), the test for
//! relative accuracy (`?larrr`), bisection for a range of eigenvalues
//! (`?larrd`) and the base representations `L D L^T = T - sigma I` with
//! their eigenvalues (`?larre`).

// Parallel arrays (d, l, w, werr, wgap, ...) indexed together, as the
// algorithm is written.
#![allow(clippy::needless_range_loop)]
// Negated comparisons are meant: NaN must take the failing branch.
#![allow(clippy::neg_cmp_op_on_partial_ord)]

use super::refine::{larrb, ln, max_halvings};
use crate::svd::dqds::lasq2;
use crate::sym_eigen::bisection::{laebz, Block, EigRange, Intervals, LaebzJob, Order};
use crate::{Info, WorkReq, Workspace};
use ferroblas_kernels::aux::random::{larnv, Dist};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::RealScalar;

/// Splits the tridiagonal matrix (diagonal `d`, off-diagonal `e` with its
/// squares `e2`, `n - 1` entries each) where an off-diagonal element is
/// negligible (`?larra`), setting it (and its square) to zero.
///
/// `spltol < 0`: `|e_i| <= |spltol| tnrm` (absolute); otherwise `|e_i| <=
/// spltol sqrt(|d_i|) sqrt(|d_{i+1}|)` (keeps relative accuracy). Writes
/// into `isplit` one past the last row of each block and returns their
/// number.
pub fn larra<R: RealScalar>(d: &[R], e: &mut [R], e2: &mut [R], spltol: R, tnrm: R, isplit: &mut [usize]) -> usize {
    let n = d.len();
    if n == 0 {
        return 0;
    }
    let zero = R::zero();
    let mut nsplit = 0;
    for i in 0..n - 1 {
        let eabs = e[i].abs();
        let small = if spltol < zero {
            eabs <= spltol.abs() * tnrm
        } else {
            eabs <= spltol * d[i].abs().sqrt() * d[i + 1].abs().sqrt()
        };
        if small {
            e[i] = zero;
            e2[i] = zero;
            isplit[nsplit] = i + 1;
            nsplit += 1;
        }
    }
    isplit[nsplit] = n;
    nsplit + 1
}

/// Which matrix [`larrc`] counts on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CountOn {
    /// The tridiagonal `T` with diagonal `d` and off-diagonal `e` (`'T'`).
    Tridiagonal,
    /// `L D L^T` with `D = diag(d)` and `L`'s subdiagonal `e` (`'L'`).
    Factored,
}

/// The eigenvalue counts of [`larrc`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Counts {
    /// Eigenvalues in `(vl, vu]`.
    pub eigcnt: usize,
    /// Eigenvalues `<= vl`.
    pub lcnt: usize,
    /// Eigenvalues `<= vu`.
    pub rcnt: usize,
}

/// The number of eigenvalues of `T` or of `L D L^T` in `(vl, vu]` by Sturm
/// counts at both ends (`?larrc`). `pivmin` is not used (the reference
/// keeps it in the interface).
pub fn larrc<R: RealScalar>(on: CountOn, vl: R, vu: R, d: &[R], e: &[R], pivmin: R) -> Counts {
    let _ = pivmin;
    let n = d.len();
    let zero = R::zero();
    if n == 0 {
        return Counts::default();
    }
    let (mut lcnt, mut rcnt) = (0, 0);
    match on {
        CountOn::Tridiagonal => {
            let mut lp = d[0] - vl;
            let mut rp = d[0] - vu;
            lcnt += usize::from(lp <= zero);
            rcnt += usize::from(rp <= zero);
            for i in 0..n - 1 {
                let t = e[i] * e[i];
                lp = (d[i + 1] - vl) - t / lp;
                rp = (d[i + 1] - vu) - t / rp;
                lcnt += usize::from(lp <= zero);
                rcnt += usize::from(rp <= zero);
            }
        }
        CountOn::Factored => {
            let (mut sl, mut su) = (-vl, -vu);
            for i in 0..n - 1 {
                let lp = d[i] + sl;
                let rp = d[i] + su;
                lcnt += usize::from(lp <= zero);
                rcnt += usize::from(rp <= zero);
                let t = e[i] * d[i] * e[i];
                let t2 = t / lp;
                sl = if t2 == zero { t - vl } else { sl * t2 - vl };
                let t2 = t / rp;
                su = if t2 == zero { t - vu } else { su * t2 - vu };
            }
            lcnt += usize::from(d[n - 1] + sl <= zero);
            rcnt += usize::from(d[n - 1] + su <= zero);
        }
    }
    Counts { eigcnt: rcnt.saturating_sub(lcnt), lcnt, rcnt }
}

/// The `iw`-th smallest eigenvalue (0-based) of the tridiagonal matrix with
/// diagonal `d` and squared off-diagonal `e2`, by bisection in the
/// Gershgorin interval `[gl, gu]` to relative accuracy `reltol` (`?larrk`).
///
/// Returns the midpoint and half-width of the final interval; `Err` when it
/// did not converge in the reference's number of halvings.
pub fn larrk<R: RealScalar>(
    iw: usize,
    gl: R,
    gu: R,
    d: &[R],
    e2: &[R],
    pivmin: R,
    reltol: R,
) -> (R, R, Result<(), Info>) {
    let n = d.len();
    let zero = R::zero();
    let two = R::from_f64(2.0);
    let half = R::from_f64(0.5);
    let fudge = two;
    let eps = lamch::<R>(Machine::Precision);
    let tnorm = gl.abs().max(gu.abs());
    let atoli = fudge * two * pivmin;
    let itmax = max_halvings(tnorm, pivmin);
    let nr = R::from_f64(n as f64);
    let mut left = gl - fudge * tnorm * eps * nr - fudge * two * pivmin;
    let mut right = gu + fudge * tnorm * eps * nr + fudge * two * pivmin;
    let mut ok = false;
    let mut it = 0;
    loop {
        let width = (right - left).abs();
        let big = right.abs().max(left.abs());
        if width < atoli.max(pivmin).max(reltol * big) {
            ok = true;
            break;
        }
        if it > itmax {
            break;
        }
        it += 1;
        let mid = half * (left + right);
        let mut negcnt = 0;
        let mut t = d[0] - mid;
        if t.abs() < pivmin {
            t = -pivmin;
        }
        negcnt += usize::from(t <= zero);
        for i in 1..n {
            t = d[i] - e2[i - 1] / t - mid;
            if t.abs() < pivmin {
                t = -pivmin;
            }
            negcnt += usize::from(t <= zero);
        }
        if negcnt > iw {
            right = mid;
        } else {
            left = mid;
        }
    }
    let r = if ok { Ok(()) } else { Err(Info::new(1)) };
    (half * (left + right), half * (right - left).abs(), r)
}

/// Whether the tridiagonal matrix (diagonal `d`, off-diagonal `e`) defines
/// its eigenvalues to high relative accuracy, so that MRRR should work to
/// keep it (`?larrr`; the reference's `INFO = 0`). The test is scaled
/// diagonal dominance: `|e_i| / sqrt(|d_i d_{i+1}|)` summed over
/// neighbours below 0.999.
pub fn larrr<R: RealScalar>(d: &[R], e: &[R]) -> bool {
    let n = d.len();
    if n == 0 {
        return true;
    }
    let relcond = R::from_f64(0.999);
    let safmin = lamch::<R>(Machine::SafeMin);
    let rmin = (safmin / lamch::<R>(Machine::Precision)).sqrt();
    let mut offdig = R::zero();
    let mut tmp = d[0].abs().sqrt();
    if !(tmp >= rmin) {
        return false;
    }
    for i in 1..n {
        let tmp2 = d[i].abs().sqrt();
        if !(tmp2 >= rmin) {
            return false;
        }
        let offdig2 = e[i - 1].abs() / (tmp * tmp2);
        if !(offdig + offdig2 < relcond) {
            return false;
        }
        tmp = tmp2;
        offdig = offdig2;
    }
    true
}

/// What [`larrd`] found.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Larrd<R> {
    /// The number of eigenvalues found.
    pub m: usize,
    /// The interval `(wl, wu]` that holds them.
    pub wl: R,
    /// See `wl`.
    pub wu: R,
}

/// The workspace [`larrd`] needs for order `n`.
pub fn larrd_req<R: RealScalar>(n: usize) -> WorkReq {
    WorkReq::new::<R>(3 * n).and(WorkReq::new::<i64>(2 * n))
}

/// Selected eigenvalues of the tridiagonal matrix (diagonal `d`,
/// off-diagonal `e`, its squares `e2`), already split into the blocks that
/// end before `isplit[k]`, by bisection to relative accuracy `reltol`
/// (`?larrd`).
///
/// `gers` (`2n`) holds the Gershgorin interval of each row. Writes `w`,
/// `werr` (the half-widths of the final intervals), `iblock` (the 0-based
/// block of each, and whether its bisection converged) and `indexw`
/// (0-based index within its block), ordered by block ([`Order::Block`])
/// or ascending ([`Order::Entire`]). `Err` as the reference: 1 some did not
/// converge, 2 fewer than wanted were found, 3 both, 4 the index search
/// failed.
#[allow(clippy::too_many_arguments)]
pub fn larrd<R: RealScalar>(
    range: EigRange<R>,
    order: Order,
    gers: &[R],
    reltol: R,
    d: &[R],
    e2: &[R],
    pivmin: R,
    isplit: &[usize],
    w: &mut [R],
    werr: &mut [R],
    iblock: &mut [Block],
    indexw: &mut [usize],
    mut work: Workspace<'_>,
) -> (Larrd<R>, Result<(), Info>) {
    let n = d.len();
    let zero = R::zero();
    let two = R::from_f64(2.0);
    let half = R::from_f64(0.5);
    let fudge = two;
    let mut out = Larrd { m: 0, wl: zero, wu: zero };
    if n == 0 {
        return (out, Ok(()));
    }
    let range = match range {
        EigRange::Indices(0, iu) if iu + 1 == n => EigRange::All,
        r => r,
    };
    let eps = lamch::<R>(Machine::Precision);
    let uflow = lamch::<R>(Machine::SafeMin);
    if n == 1 {
        let take = match range {
            EigRange::All => true,
            EigRange::Values(vl, vu) => d[0] > vl && d[0] <= vu,
            EigRange::Indices(il, iu) => il == 0 && iu == 0,
        };
        if take {
            out.m = 1;
            w[0] = d[0];
            werr[0] = zero;
            iblock[0] = Block { index: 0, converged: true };
            indexw[0] = 0;
        }
        return (out, Ok(()));
    }
    let (mut gl, mut gu) = (d[0], d[0]);
    for i in 0..n {
        gl = gl.min(gers[2 * i]);
        gu = gu.max(gers[2 * i + 1]);
    }
    let tnorm = gl.abs().max(gu.abs());
    let nr = R::from_f64(n as f64);
    gl = gl - fudge * tnorm * eps * nr - fudge * two * pivmin;
    gu = gu + fudge * tnorm * eps * nr + fudge * two * pivmin;
    let rtoli = reltol;
    let atoli = fudge * two * uflow + fudge * two * pivmin;

    let (ab, mut work) = work.take::<R>(2 * n);
    let (c, mut work) = work.take::<R>(n);
    let (nab, _) = work.take::<i64>(2 * n);

    let (il, iu) = match range {
        EigRange::Indices(il, iu) => (il as i64 + 1, iu as i64 + 1),
        _ => (0, 0),
    };
    let (wl, wu, wlu, wul) = match range {
        EigRange::Indices(..) => {
            let itmax = max_halvings(tnorm, pivmin);
            // Two searches at once, as the reference: for counts il - 1 and iu.
            let mm = 2;
            ab[..4].copy_from_slice(&[gl, gl, gu, gu]);
            c[..2].copy_from_slice(&[gl, gu]);
            nab[..4].copy_from_slice(&[-1, -1, n as i64 + 1, n as i64 + 1]);
            let mut nval = [il - 1, iu];
            let iv = Intervals { ab: &mut ab[..2 * mm], nab: &mut nab[..2 * mm], c: &mut c[..mm], nval: &mut nval };
            let (_, r) = laebz(LaebzJob::Search, itmax, 2, atoli, rtoli, pivmin, d, e2, iv);
            if r.is_err() {
                return (out, r);
            }
            // The two intervals may come back in either order.
            let (wl, wlu, nwl, wu, wul, nwu) = if nval[1] == iu {
                (ab[0], ab[2], nab[0], ab[3], ab[1], nab[3])
            } else {
                (ab[1], ab[3], nab[1], ab[2], ab[0], nab[2])
            };
            if nwl < 0 || nwl >= n as i64 || nwu < 1 || nwu > n as i64 {
                return (out, Err(Info::new(4)));
            }
            (wl, wu, wlu, wul)
        }
        EigRange::Values(vl, vu) => (vl, vu, zero, zero),
        EigRange::All => (gl, gu, zero, zero),
    };
    let restricted = !matches!(range, EigRange::All);

    let mut m = 0;
    let mut nwl: i64 = 0;
    let mut nwu: i64 = 0;
    let mut ncnvrg = false;
    let mut start = 0;
    for (jb, &end) in isplit.iter().enumerate() {
        let bn = end - start;
        let bd = &d[start..end];
        let be2 = &e2[start..end];
        if bn == 1 {
            let x = bd[0] - pivmin;
            if wl >= x {
                nwl += 1;
            }
            if wu >= x {
                nwu += 1;
            }
            if !restricted || (wl < x && wu >= x) {
                w[m] = bd[0];
                werr[m] = zero;
                iblock[m] = Block { index: jb, converged: true };
                indexw[m] = 0;
                m += 1;
            }
            start = end;
            continue;
        }
        let (mut bgl, mut bgu) = (bd[0], bd[0]);
        for j in start..end {
            bgl = bgl.min(gers[2 * j]);
            bgu = bgu.max(gers[2 * j + 1]);
        }
        let bnr = R::from_f64(bn as f64);
        bgl = bgl - fudge * tnorm * eps * bnr - fudge * pivmin;
        bgu = bgu + fudge * tnorm * eps * bnr + fudge * pivmin;
        start = end;
        if restricted {
            if bgu < wl {
                nwl += bn as i64;
                nwu += bn as i64;
                continue;
            }
            bgl = bgl.max(wl);
            bgu = bgu.min(wu);
            if bgl >= bgu {
                continue;
            }
        }
        let ab = &mut ab[..2 * bn];
        let nab = &mut nab[..2 * bn];
        let c = &mut c[..bn];
        ab[0] = bgl;
        ab[bn] = bgu;
        let iv = Intervals { ab: &mut *ab, nab: &mut *nab, c: &mut *c, nval: &mut [] };
        let (im, _) = laebz(LaebzJob::Count, 0, 1, atoli, rtoli, pivmin, bd, be2, iv);
        nwl += nab[0];
        nwu += nab[bn];
        let iwoff = m as i64 - nab[0];
        let itmax = max_halvings(bgu - bgl, pivmin);
        let iv = Intervals { ab: &mut *ab, nab: &mut *nab, c: &mut *c, nval: &mut [] };
        let (iout, r) = laebz(LaebzJob::Bisect, itmax, 1, atoli, rtoli, pivmin, bd, be2, iv);
        let failed = match r {
            Ok(()) => 0,
            Err(i) if i.get().get() <= iout => i.get().get(),
            // No room for the intervals: nothing the counts can be trusted for.
            Err(_) => iout,
        };
        for j in 0..iout {
            let x = half * (ab[j] + ab[bn + j]);
            let err = half * (ab[j] - ab[bn + j]).abs();
            let ok = j < iout - failed;
            ncnvrg |= !ok;
            for je in nab[j] + iwoff..nab[bn + j] + iwoff {
                if let Ok(je) = usize::try_from(je) {
                    if je < n {
                        w[je] = x;
                        werr[je] = err;
                        indexw[je] = (je as i64 - iwoff) as usize;
                        iblock[je] = Block { index: jb, converged: ok };
                    }
                }
            }
        }
        m = (m + im).min(n);
    }
    // Unconverged ones carry their block for the removal below; remember
    // which did not converge.
    let mut toofew = false;
    if let EigRange::Indices(..) = range {
        let mut idiscl = il - 1 - nwl;
        let mut idiscu = nwu - iu;
        let mv = |w: &mut [R], werr: &mut [R], iblock: &mut [Block], indexw: &mut [usize], to, from| {
            w[to] = w[from];
            werr[to] = werr[from];
            indexw[to] = indexw[from];
            iblock[to] = iblock[from];
        };
        if idiscl > 0 {
            let mut im = 0;
            for je in 0..m {
                if w[je] <= wlu && idiscl > 0 {
                    idiscl -= 1;
                } else {
                    mv(w, werr, iblock, indexw, im, je);
                    im += 1;
                }
            }
            m = im;
        }
        if idiscu > 0 {
            let mut im = m;
            for je in (0..m).rev() {
                if w[je] >= wul && idiscu > 0 {
                    idiscu -= 1;
                } else {
                    im -= 1;
                    mv(w, werr, iblock, indexw, im, je);
                }
            }
            for (k, je) in (im..m).enumerate() {
                mv(w, werr, iblock, indexw, k, je);
            }
            m -= im;
        }
        if idiscl > 0 || idiscu > 0 {
            // Rounding broke the monotonicity of the counts: drop the
            // smallest / largest remaining ones.
            let mut alive = vec![true; m];
            for _ in 0..idiscl.max(0) {
                let mut best: Option<usize> = None;
                for je in 0..m {
                    if alive[je] && best.is_none_or(|b| w[je] < w[b]) {
                        best = Some(je);
                    }
                }
                if let Some(b) = best {
                    alive[b] = false;
                }
            }
            for _ in 0..idiscu.max(0) {
                let mut best: Option<usize> = None;
                for je in 0..m {
                    if alive[je] && best.is_none_or(|b| w[je] >= w[b]) {
                        best = Some(je);
                    }
                }
                if let Some(b) = best {
                    alive[b] = false;
                }
            }
            let mut im = 0;
            for je in 0..m {
                if alive[je] {
                    mv(w, werr, iblock, indexw, im, je);
                    im += 1;
                }
            }
            m = im;
        }
        if idiscl < 0 || idiscu < 0 {
            toofew = true;
        }
    }
    match range {
        EigRange::All if m != n => toofew = true,
        EigRange::Indices(a, b) if m != b + 1 - a => toofew = true,
        _ => {}
    }
    if order == Order::Entire && isplit.len() > 1 {
        for je in 0..m.saturating_sub(1) {
            let mut best = je;
            for j in je + 1..m {
                if w[j] < w[best] {
                    best = j;
                }
            }
            if best != je {
                w.swap(best, je);
                werr.swap(best, je);
                iblock.swap(best, je);
                indexw.swap(best, je);
            }
        }
    }
    out = Larrd { m, wl, wu };
    let info = usize::from(ncnvrg) + 2 * usize::from(toofew);
    (out, if info == 0 { Ok(()) } else { Err(Info::new(info)) })
}

/// What [`larre`] found.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Larre<R> {
    /// The number of blocks the matrix split into.
    pub nsplit: usize,
    /// The number of eigenvalues found.
    pub m: usize,
    /// The smallest pivot allowed in the Sturm sequences.
    pub pivmin: R,
    /// The interval `(vl, vu]` that holds the wanted eigenvalues: the
    /// given one for [`EigRange::Values`], computed otherwise.
    pub vl: R,
    /// See `vl`.
    pub vu: R,
}

/// The workspace [`larre`] needs for order `n`.
pub fn larre_req<R: RealScalar>(n: usize) -> WorkReq {
    WorkReq::new::<R>(5 * n)
        .and(WorkReq::new::<R>(2 * n))
        .and(WorkReq::new::<usize>(2 * n))
        .and(WorkReq::new::<Block>(n))
        .and(larrd_req::<R>(n))
}

/// The base representations of MRRR and the wanted eigenvalues of each
/// (`?larre`): splits the tridiagonal matrix (diagonal `d`, off-diagonal
/// `e[..n - 1]`, its squares `e2`) by [`larra`] with `spltol`, then for each
/// block with wanted eigenvalues finds a shift `sigma` near an end of its
/// spectrum such that `L D L^T = T - sigma I` has little element growth,
/// perturbs it slightly at random (against glued matrices) and computes
/// its eigenvalues: all of them by dqds when most are wanted, otherwise by
/// bisection ([`larrd`], then [`larrb`] to `rtol1`/`rtol2`).
///
/// On return `d` and `e[..n - 1]` hold each block's `D` and `L`, `e[end -
/// 1]` its shift; `w` the eigenvalues of the shifted representations with
/// `werr` (error bounds) and `wgap` (gaps to the right), `iblock` (0-based
/// block) and `indexw` (0-based index within the block) for each, by
/// block; `gers` (`2n`) the Gershgorin intervals of the rows; `isplit` the
/// ends of the blocks. `Err` as the reference's `|INFO|`: 1 bisection or
/// the extremal eigenvalues failed, 2 no base representation in 6 tries,
/// 4 refinement failed, 5 dqds failed, 6 dqds found a negative eigenvalue.
#[allow(clippy::too_many_arguments)]
pub fn larre<R: RealScalar>(
    range: EigRange<R>,
    d: &mut [R],
    e: &mut [R],
    e2: &mut [R],
    rtol1: R,
    rtol2: R,
    spltol: R,
    isplit: &mut [usize],
    w: &mut [R],
    werr: &mut [R],
    wgap: &mut [R],
    iblock: &mut [usize],
    indexw: &mut [usize],
    gers: &mut [R],
    mut work: Workspace<'_>,
) -> (Larre<R>, Result<(), Info>) {
    let n = d.len();
    let zero = R::zero();
    let one = R::one();
    let two = R::from_f64(2.0);
    let four = R::from_f64(4.0);
    let quarter = R::from_f64(0.25);
    let half = R::from_f64(0.5);
    let hndrd = R::from_f64(100.0);
    // The random relative perturbation of the root representations: up to
    // 4 eps in the reference's single precision, 8 eps in double.
    let pert = R::from_f64(if R::MANTISSA_DIGITS <= 24 { 4.0 } else { 8.0 });
    let maxgrowth = R::from_f64(64.0);
    let fudge = two;
    const MAXTRY: usize = 6;
    let safmin = lamch::<R>(Machine::SafeMin);
    let eps = lamch::<R>(Machine::Precision);
    // The accuracy of the extremal eigenvalues (they place the shift) and of
    // the first bisection: the reference's settings, which differ between
    // single precision (where sqrt(eps) is too coarse) and double.
    let (rtl, bsrtol) = if R::MANTISSA_DIGITS <= 24 {
        (hndrd * eps, eps.sqrt() * R::from_f64(0.5e-3))
    } else {
        (eps.sqrt(), eps.sqrt())
    };
    let all = matches!(range, EigRange::All);
    let mut out = Larre { nsplit: 0, m: 0, pivmin: zero, vl: zero, vu: zero };
    if let EigRange::Values(a, b) = range {
        out.vl = a;
        out.vu = b;
    }
    if n == 0 {
        return (out, Ok(()));
    }
    if n == 1 {
        let take = match range {
            EigRange::All => true,
            EigRange::Values(vl, vu) => d[0] > vl && d[0] <= vu,
            EigRange::Indices(il, iu) => il == 0 && iu == 0,
        };
        if take {
            out.m = 1;
            w[0] = d[0];
            werr[0] = zero;
            wgap[0] = zero;
            iblock[0] = 0;
            indexw[0] = 0;
            gers[0] = d[0];
            gers[1] = d[0];
        }
        e[0] = zero;
        isplit[0] = 1;
        out.nsplit = 1;
        return (out, Ok(()));
    }

    let (mut gl, mut gu) = (d[0], d[0]);
    let mut eold = zero;
    let mut emax = zero;
    e[n - 1] = zero;
    for i in 0..n {
        werr[i] = zero;
        wgap[i] = zero;
        let eabs = e[i].abs();
        if eabs >= emax {
            emax = eabs;
        }
        let t = eabs + eold;
        gers[2 * i] = d[i] - t;
        gl = gl.min(gers[2 * i]);
        gers[2 * i + 1] = d[i] + t;
        gu = gu.max(gers[2 * i + 1]);
        eold = eabs;
    }
    let pivmin = safmin * one.max(emax * emax);
    out.pivmin = pivmin;
    let spdiam = gu - gl;
    let nsplit = larra(d, &mut e[..n - 1], &mut e2[..n - 1], spltol, spdiam, isplit);
    out.nsplit = nsplit;

    let (fact, mut work) = work.take::<R>(5 * n);
    let (bwork, mut work) = work.take::<R>(2 * n);
    let (biwork, mut work) = work.take::<usize>(2 * n);
    let (blocks, work) = work.take::<Block>(n);

    let mut mm = 0;
    let (vl, vu) = if all {
        (gl, gu)
    } else {
        let (f, r) =
            larrd(range, Order::Block, gers, bsrtol, d, e2, pivmin, &isplit[..nsplit], w, werr, blocks, indexw, work);
        if r.is_err() {
            return (out, Err(Info::new(1)));
        }
        mm = f.m;
        for i in mm..n {
            w[i] = zero;
            werr[i] = zero;
            blocks[i] = Block::default();
            indexw[i] = 0;
        }
        (f.wl, f.wu)
    };
    out.vl = vl;
    out.vu = vu;
    let nr = R::from_f64(n as f64);

    let mut m = 0;
    let mut ibegin = 0;
    let mut wbegin = 0;
    for jblk in 0..nsplit {
        let iend = isplit[jblk];
        let bn = iend - ibegin;
        if bn == 1 {
            let take = match range {
                EigRange::All => true,
                EigRange::Values(..) => d[ibegin] > vl && d[ibegin] <= vu,
                EigRange::Indices(..) => wbegin < n && blocks[wbegin] == Block { index: jblk, converged: true },
            };
            if take {
                w[m] = d[ibegin];
                werr[m] = zero;
                wgap[m] = zero;
                iblock[m] = jblk;
                indexw[m] = 0;
                m += 1;
                wbegin += 1;
            }
            e[iend - 1] = zero;
            ibegin = iend;
            continue;
        }
        e[iend - 1] = zero;
        let (mut gl, mut gu) = (d[ibegin], d[ibegin]);
        for i in ibegin..iend {
            gl = gl.min(gers[2 * i]);
            gu = gu.max(gers[2 * i + 1]);
        }
        let mut spdiam = gu - gl;

        let mut usedqd = all;
        let (mut mb, mut wend, mut indl, mut indu) = (0, 0, 0, 0);
        if !all {
            // Unconverged ones (a negative IBLOCK in the reference) end the block.
            mb = (wbegin..mm).take_while(|&i| blocks[i] == Block { index: jblk, converged: true }).count();
            if mb == 0 {
                e[iend - 1] = zero;
                ibegin = iend;
                continue;
            }
            usedqd = R::from_f64(mb as f64) > half * R::from_f64(bn as f64);
            wend = wbegin + mb - 1;
            for i in wbegin..wend {
                wgap[i] = zero.max(w[i + 1] - werr[i + 1] - (w[i] + werr[i]));
            }
            wgap[wend] = zero.max(vu - (w[wend] + werr[wend]));
            indl = indexw[wbegin];
            indu = indexw[wend];
        }
        let bd = &d[ibegin..iend];
        let be2 = &e2[ibegin..iend];
        let (isleft, isrght);
        if usedqd {
            let (t, t1, r) = larrk(0, gl, gu, bd, be2, pivmin, rtl);
            if r.is_err() {
                return (out, Err(Info::new(1)));
            }
            isleft = gl.max(t - t1 - hndrd * eps * (t - t1).abs());
            let (t, t1, r) = larrk(bn - 1, gl, gu, bd, be2, pivmin, rtl);
            if r.is_err() {
                return (out, Err(Info::new(1)));
            }
            isrght = gu.min(t + t1 + hndrd * eps * (t + t1).abs());
            spdiam = isrght - isleft;
        } else {
            let a = w[wbegin] - werr[wbegin];
            isleft = gl.max(a - hndrd * eps * a.abs());
            let b = w[wend] + werr[wend];
            isrght = gu.min(b + hndrd * eps * b.abs());
        }

        let (s1, s2);
        if all {
            indl = 0;
            indu = bn - 1;
            mb = bn;
            wend = wbegin + mb - 1;
            s1 = isleft + quarter * spdiam;
            s2 = isrght - quarter * spdiam;
        } else if usedqd {
            s1 = isleft + quarter * spdiam;
            s2 = isrght - quarter * spdiam;
        } else {
            let t = isrght.min(vu) - isleft.max(vl);
            s1 = isleft.max(vl) + quarter * t;
            s2 = isrght.min(vu) - quarter * t;
        }
        let mut cnt = Counts::default();
        if mb > 1 {
            cnt = larrc(CountOn::Tridiagonal, s1, s2, bd, &e[ibegin..iend - 1], pivmin);
        }
        let mut sigma;
        let sgndef;
        if mb == 1 {
            sigma = gl;
            sgndef = one;
        } else if cnt.lcnt as i64 - indl as i64 > indu as i64 + 1 - cnt.rcnt as i64 {
            sigma = if all {
                isleft.max(gl)
            } else if usedqd {
                isleft
            } else {
                isleft.max(vl)
            };
            sgndef = one;
        } else {
            sigma = if all {
                isrght.min(gu)
            } else if usedqd {
                isrght
            } else {
                isrght.min(vu)
            };
            sgndef = -one;
        }

        let mut tau;
        if usedqd {
            tau = spdiam * eps * nr + two * pivmin;
            tau = tau.max(two * eps * sigma.abs());
        } else if mb > 1 {
            let clwdth = w[wend] + werr[wend] - w[wbegin] - werr[wbegin];
            let avgap = (clwdth / R::from_f64((wend - wbegin) as f64)).abs();
            if sgndef == one {
                tau = half * wgap[wbegin].max(avgap);
                tau = tau.max(werr[wbegin]);
            } else {
                tau = half * wgap[wend - 1].max(avgap);
                tau = tau.max(werr[wend]);
            }
        } else {
            tau = werr[wbegin];
        }

        let (fd, rest) = fact.split_at_mut(bn);
        let (fl, _) = rest.split_at_mut(bn);
        let mut found = false;
        for idum in 1..=MAXTRY {
            let mut dpivot = d[ibegin] - sigma;
            fd[0] = dpivot;
            let mut dmax = dpivot.abs();
            for i in 0..bn - 1 {
                let j = ibegin + i;
                let t = e[j] * (one / fd[i]);
                fl[i] = t;
                dpivot = (d[j + 1] - sigma) - t * e[j];
                fd[i + 1] = dpivot;
                dmax = dmax.max(dpivot.abs());
            }
            // NaN growth counts as too much, so that NaN input ends in an error.
            let mut norep = !(dmax <= maxgrowth * spdiam);
            if usedqd && !norep {
                norep = fd.iter().any(|&x| sgndef * x < zero);
            }
            if !norep {
                found = true;
                break;
            }
            if idum == MAXTRY - 1 {
                sigma = if sgndef == one {
                    gl - fudge * spdiam * eps * nr - fudge * two * pivmin
                } else {
                    gu + fudge * spdiam * eps * nr + fudge * two * pivmin
                };
            } else {
                sigma -= sgndef * tau;
                tau = two * tau;
            }
        }
        if !found {
            return (out, Err(Info::new(2)));
        }
        e[iend - 1] = sigma;
        d[ibegin..iend].copy_from_slice(fd);
        e[ibegin..iend - 1].copy_from_slice(&fl[..bn - 1]);

        if mb > 1 {
            // A small random relative perturbation against glued matrices;
            // the seed is fixed, so the result is reproducible.
            let mut iseed = [1i32; 4];
            let rnd = &mut fact[..2 * bn - 1];
            larnv(Dist::UniformMinus1To1, &mut iseed, rnd);
            for i in 0..bn - 1 {
                d[ibegin + i] *= one + eps * pert * rnd[i];
                e[ibegin + i] *= one + eps * pert * rnd[bn + i];
            }
            d[iend - 1] *= one + eps * four * rnd[bn - 1];
        }

        if !usedqd {
            for j in wbegin..=wend {
                w[j] -= sigma;
                werr[j] += w[j].abs() * eps;
            }
            let lld = &mut fact[..bn - 1];
            for i in 0..bn - 1 {
                lld[i] = d[ibegin + i] * e[ibegin + i] * e[ibegin + i];
            }
            larrb(
                &d[ibegin..iend],
                lld,
                indl,
                indu,
                rtol1,
                rtol2,
                indl,
                &mut w[wbegin..],
                &mut wgap[wbegin..],
                &mut werr[wbegin..],
                bwork,
                biwork,
                pivmin,
                spdiam,
                Some(bn - 1),
            );
            wgap[wend] = zero.max((vu - sigma) - (w[wend] + werr[wend]));
            for i in indl..=indu {
                iblock[m] = jblk;
                indexw[m] = i;
                m += 1;
            }
        } else {
            let rtol = ln(R::from_f64(bn as f64)) * four * eps;
            let z = &mut fact[..4 * bn];
            for i in 0..bn - 1 {
                z[2 * i] = d[ibegin + i].abs();
                z[2 * i + 1] = e[ibegin + i] * e[ibegin + i] * z[2 * i];
            }
            z[2 * bn - 2] = d[iend - 1].abs();
            z[2 * bn - 1] = zero;
            if lasq2(z) != 0 {
                return (out, Err(Info::new(5)));
            }
            if z[..bn].iter().any(|&x| !(x >= zero)) {
                return (out, Err(Info::new(6)));
            }
            for i in indl..=indu {
                w[m] = if sgndef > zero { z[bn - 1 - i] } else { -z[i] };
                iblock[m] = jblk;
                indexw[m] = i;
                m += 1;
            }
            for i in m - mb..m {
                werr[i] = rtol * w[i].abs();
            }
            for i in m - mb..m - 1 {
                wgap[i] = zero.max(w[i + 1] - werr[i + 1] - (w[i] + werr[i]));
            }
            wgap[m - 1] = zero.max((vu - sigma) - (w[m - 1] + werr[m - 1]));
        }
        ibegin = iend;
        wbegin = wend + 1;
    }
    out.m = m;
    (out, Ok(()))
}
