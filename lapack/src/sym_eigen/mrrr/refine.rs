//! Sturm counts of twisted factorizations and the limited bisection that
//! refines eigenvalue approximations of a representation: `?laneg`,
//! `?larrb` (on `L D L^T`) and `?larrj` (on the tridiagonal `T`).

// Parallel arrays (d, l, w, werr, wgap, ...) indexed together, as the
// algorithm is written.
#![allow(clippy::needless_range_loop)]
// Negated comparisons are meant: NaN must take the failing branch.
#![allow(clippy::neg_cmp_op_on_partial_ord)]

use ferroblas_kernels::RealScalar;

/// Bisection bracket doublings allowed before giving up (the reference
/// doubles until the count is right, which NaN input never reaches).
const MAX_WIDEN: usize = 128;

/// The natural logarithm in the precision of `R`, as the reference's
/// `LOG` (single precision rounds differently from a rounded double).
pub(crate) fn ln<R: RealScalar>(x: R) -> R {
    if R::MANTISSA_DIGITS <= 24 {
        R::from_f64(f64::from((x.to_f64() as f32).ln()))
    } else {
        R::from_f64(x.to_f64().ln())
    }
}

/// The number of halvings the reference allows for an interval of width
/// `spdiam` (`log2((spdiam + pivmin) / pivmin) + 2`).
pub(crate) fn max_halvings<R: RealScalar>(spdiam: R, pivmin: R) -> usize {
    let x = ((ln(spdiam + pivmin) - ln(pivmin)) / ln(R::from_f64(2.0))).to_f64();
    if x.is_finite() && x >= 0.0 {
        (x as usize).min(1 << 12) + 2
    } else {
        2
    }
}

/// The Sturm count of `L D L^T - sigma I` (`?laneg`): the number of its
/// negative pivots, i.e. of eigenvalues of `L D L^T` below `sigma`.
///
/// `d` (`n`) is the diagonal of `D`, `lld` (`n - 1`) the products `d_i
/// l_i^2`; the count comes from the twisted factorization at row `r`
/// (0-based): a stationary `L+ D+ L+^T` from the top down to `r` and a
/// progressive `U- D- U-^T` from the bottom up to it. A zero pivot after an
/// infinite one (a NaN) is taken in the limit, as the reference does.
/// `pivmin` is not used (the reference keeps it in the interface).
pub fn laneg<R: RealScalar>(d: &[R], lld: &[R], sigma: R, pivmin: R, r: usize) -> usize {
    let _ = pivmin;
    let n = d.len();
    let zero = R::zero();
    let one = R::one();
    let mut negcnt = 0;
    // The reference works in blocks so that a NaN spreads over at most one
    // block before the slower, careful loop redoes it.
    const BLK: usize = 128;
    let mut t = -sigma;
    let mut bj = 0;
    while bj < r {
        let end = (bj + BLK).min(r);
        let save = t;
        let mut neg = 0;
        for j in bj..end {
            let dplus = d[j] + t;
            if dplus < zero {
                neg += 1;
            }
            t = (t / dplus) * lld[j] - sigma;
        }
        if t.is_nan() {
            neg = 0;
            t = save;
            for j in bj..end {
                let dplus = d[j] + t;
                if dplus < zero {
                    neg += 1;
                }
                let mut q = t / dplus;
                if q.is_nan() {
                    q = one;
                }
                t = q * lld[j] - sigma;
            }
        }
        negcnt += neg;
        bj = end;
    }
    let mut p = d[n - 1] - sigma;
    let mut bj = n - 1;
    while bj > r {
        let end = bj.saturating_sub(BLK).max(r);
        let save = p;
        let mut neg = 0;
        for j in (end..bj).rev() {
            let dminus = lld[j] + p;
            if dminus < zero {
                neg += 1;
            }
            p = (p / dminus) * d[j] - sigma;
        }
        if p.is_nan() {
            neg = 0;
            p = save;
            for j in (end..bj).rev() {
                let dminus = lld[j] + p;
                if dminus < zero {
                    neg += 1;
                }
                let mut q = p / dminus;
                if q.is_nan() {
                    q = one;
                }
                p = q * d[j] - sigma;
            }
        }
        negcnt += neg;
        bj = end;
    }
    let gamma = (t + sigma) + p;
    if gamma < zero {
        negcnt += 1;
    }
    negcnt
}

/// The count of eigenvalues of `T` (diagonal `d`, squared off-diagonal
/// `e2`) below `s`, with plain (unguarded) pivots as `?larrj` counts.
fn tri_count<R: RealScalar>(d: &[R], e2: &[R], s: R) -> usize {
    let zero = R::zero();
    let mut dplus = d[0] - s;
    let mut cnt = usize::from(dplus < zero);
    for j in 1..d.len() {
        dplus = d[j] - s - e2[j - 1] / dplus;
        cnt += usize::from(dplus < zero);
    }
    cnt
}

/// The sweep shared by [`larrb`] and [`larrj`]: bisects the intervals
/// `[work[2p], work[2p + 1]]` listed in `list` (positions `p`, eigenvalue
/// `ifirst + p`) one step per sweep until `converged` accepts them or
/// `maxitr` sweeps are done; marks each refined one in `refined`.
#[allow(clippy::too_many_arguments)]
fn sweep<R: RealScalar>(
    ifirst: usize,
    list: &mut [usize],
    mut nint: usize,
    refined: &mut [usize],
    work: &mut [R],
    maxitr: usize,
    mut converged: impl FnMut(usize, R, R) -> bool,
    mut count: impl FnMut(R) -> usize,
) {
    let half = R::from_f64(0.5);
    let mut iter = 0;
    while nint > 0 && iter <= maxitr {
        let mut kept = 0;
        for q in 0..nint {
            let p = list[q];
            let (left, right) = (work[2 * p], work[2 * p + 1]);
            if converged(p, left, right) || iter == maxitr {
                refined[p] = 1;
                continue;
            }
            list[kept] = p;
            kept += 1;
            let mid = half * (left + right);
            if count(mid) <= ifirst + p {
                work[2 * p] = mid;
            } else {
                work[2 * p + 1] = mid;
            }
        }
        nint = kept;
        iter += 1;
    }
}

/// Refines the eigenvalue approximations `ifirst..=ilast` (0-based indices
/// of the eigenvalues of `L D L^T`) by bisection until each interval is
/// narrower than `max(rtol1 gap, rtol2 max(|left|, |right|))` (`?larrb`).
///
/// `d` (`n`) and `lld` (`n - 1`) describe `L D L^T`; eigenvalue `i` is held
/// at position `i - offset` of `w` (midpoint), `werr` (half-width) and
/// `wgap` (the gap to its right neighbour), which are updated; the gaps
/// between the refined eigenvalues are recomputed. `twist` is the row of
/// the twisted factorization for the counts (`None`: the last row).
/// `work` holds `2 (ilast - ifirst + 1)` reals and `iwork` as many
/// indices.
#[allow(clippy::too_many_arguments)]
pub fn larrb<R: RealScalar>(
    d: &[R],
    lld: &[R],
    ifirst: usize,
    ilast: usize,
    rtol1: R,
    rtol2: R,
    offset: usize,
    w: &mut [R],
    wgap: &mut [R],
    werr: &mut [R],
    work: &mut [R],
    iwork: &mut [usize],
    pivmin: R,
    spdiam: R,
    twist: Option<usize>,
) {
    let n = d.len();
    let zero = R::zero();
    let two = R::from_f64(2.0);
    let half = R::from_f64(0.5);
    let maxitr = max_halvings(spdiam, pivmin);
    let mnwdth = two * pivmin;
    let r = twist.filter(|&r| r < n).unwrap_or(n - 1);
    let cnt = ilast + 1 - ifirst;
    let (list, refined) = iwork[..2 * cnt].split_at_mut(cnt);
    refined.iter_mut().for_each(|x| *x = 0);
    let count = |x: R| laneg(d, lld, x, pivmin, r);

    let mut nint = 0;
    let mut rgap = wgap[ifirst - offset];
    for i in ifirst..=ilast {
        let p = i - ifirst;
        let ii = i - offset;
        let mut left = w[ii] - werr[ii];
        let mut right = w[ii] + werr[ii];
        let lgap = rgap;
        rgap = wgap[ii];
        let gap = lgap.min(rgap);
        // Widen until [left, right] brackets eigenvalue i.
        let mut back = werr[ii];
        for _ in 0..MAX_WIDEN {
            if count(left) <= i {
                break;
            }
            left -= back;
            back = two * back;
        }
        let mut back = werr[ii];
        for _ in 0..MAX_WIDEN {
            if count(right) > i {
                break;
            }
            right += back;
            back = two * back;
        }
        let width = half * (left - right).abs();
        let tmp = left.abs().max(right.abs());
        let cvrgd = (rtol1 * gap).max(rtol2 * tmp);
        if !(width <= cvrgd || width <= mnwdth) {
            list[nint] = p;
            nint += 1;
        }
        work[2 * p] = left;
        work[2 * p + 1] = right;
    }

    let converged = |p: usize, left: R, right: R| {
        let ii = ifirst + p - offset;
        let rg = wgap[ii];
        let lg = if ii > 0 { wgap[ii - 1] } else { rg };
        let gap = lg.min(rg);
        let mid = half * (left + right);
        let width = right - mid;
        let tmp = left.abs().max(right.abs());
        let cvrgd = (rtol1 * gap).max(rtol2 * tmp);
        width <= cvrgd || width <= mnwdth
    };
    sweep(ifirst, list, nint, refined, work, maxitr, converged, count);

    for p in 0..cnt {
        if refined[p] == 1 {
            let ii = ifirst + p - offset;
            w[ii] = half * (work[2 * p] + work[2 * p + 1]);
            werr[ii] = work[2 * p + 1] - w[ii];
        }
    }
    for i in ifirst + 1..=ilast {
        let ii = i - offset;
        wgap[ii - 1] = zero.max(w[ii] - werr[ii] - w[ii - 1] - werr[ii - 1]);
    }
}

/// Refines the eigenvalue approximations `ifirst..=ilast` (0-based) of the
/// tridiagonal matrix `T` (diagonal `d`, squared off-diagonal `e2`) by
/// bisection on Sturm counts until each is relatively accurate to `rtol`
/// (`?larrj`).
///
/// Eigenvalue `i` is at position `i - offset` of `w` (midpoint) and
/// `werr` (half-width), both updated for the refined ones. `work` holds
/// `2 (ilast - ifirst + 1)` reals and `iwork` as many indices.
#[allow(clippy::too_many_arguments)]
pub fn larrj<R: RealScalar>(
    d: &[R],
    e2: &[R],
    ifirst: usize,
    ilast: usize,
    rtol: R,
    offset: usize,
    w: &mut [R],
    werr: &mut [R],
    work: &mut [R],
    iwork: &mut [usize],
    pivmin: R,
    spdiam: R,
) {
    let two = R::from_f64(2.0);
    let half = R::from_f64(0.5);
    let maxitr = max_halvings(spdiam, pivmin);
    let cnt = ilast + 1 - ifirst;
    let (list, refined) = iwork[..2 * cnt].split_at_mut(cnt);
    refined.iter_mut().for_each(|x| *x = 0);
    let count = |x: R| tri_count(d, e2, x);

    let mut nint = 0;
    for i in ifirst..=ilast {
        let p = i - ifirst;
        let ii = i - offset;
        let mut left = w[ii] - werr[ii];
        let mut right = w[ii] + werr[ii];
        let width = right - w[ii];
        let tmp = left.abs().max(right.abs());
        if !(width < rtol * tmp) {
            let mut fac = R::one();
            for _ in 0..MAX_WIDEN {
                if count(left) <= i {
                    break;
                }
                left -= werr[ii] * fac;
                fac = two * fac;
            }
            let mut fac = R::one();
            for _ in 0..MAX_WIDEN {
                if count(right) > i {
                    break;
                }
                right += werr[ii] * fac;
                fac = two * fac;
            }
            list[nint] = p;
            nint += 1;
        }
        work[2 * p] = left;
        work[2 * p + 1] = right;
    }
    let converged = |_: usize, left: R, right: R| {
        let mid = half * (left + right);
        let width = right - mid;
        width < rtol * left.abs().max(right.abs())
    };
    sweep(ifirst, list, nint, refined, work, maxitr, converged, count);
    for p in 0..cnt {
        if refined[p] == 1 {
            let ii = ifirst + p - offset;
            w[ii] = half * (work[2 * p] + work[2 * p + 1]);
            werr[ii] = work[2 * p + 1] - w[ii];
        }
    }
}
