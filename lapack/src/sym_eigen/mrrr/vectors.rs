//! The eigenvectors of MRRR: one vector from a twisted factorization
//! (`?lar1v`), a new representation for a cluster (`?larrf`), and the
//! representation tree that computes them all (`?larrv`).

// Parallel arrays (d, l, w, werr, wgap, ...) indexed together, as the
// algorithm is written.
#![allow(clippy::needless_range_loop)]

use super::refine::{larrb, ln};
use crate::{Info, WorkReq, Workspace};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::{MatMut, RealScalar, Scalar};

/// What [`lar1v`] computed besides the vector.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lar1v<R> {
    /// The Sturm count of `L D L^T - lambda I` (when asked for).
    pub negcnt: Option<usize>,
    /// `z^T z` of the unnormalized vector.
    pub ztz: R,
    /// The twist element `gamma_r` of smallest magnitude.
    pub mingma: R,
    /// The twist index `r` (0-based).
    pub r: usize,
    /// The first and last row (0-based) where the vector is nonzero.
    pub support: (usize, usize),
    /// `1 / sqrt(z^T z)`.
    pub nrminv: R,
    /// The residual norm `|mingma| / sqrt(z^T z)`.
    pub resid: R,
    /// The Rayleigh quotient correction `mingma / z^T z`.
    pub rqcorr: R,
}

/// The (scaled) eigenvector of `L D L^T` for the approximate eigenvalue
/// `lambda` from the twisted factorization `N_r Delta_r N_r^T` of `L D L^T -
/// lambda I` (`?lar1v`), computed in rows `b1..=bn` (0-based) of `z`.
///
/// `d` (`n`), `l`, `ld` (`d l`), `lld` (`d l^2`) (`n - 1` each) describe
/// `L D L^T`. The twist index is `twist` when given, otherwise the row in
/// `b1..=bn` with the smallest `|gamma_r|`. The vector has `z[r] = 1`;
/// entries are cut to zero once their contribution falls below `gaptol`
/// (which shrinks the support). `work` holds `4 n` reals.
#[allow(clippy::too_many_arguments)]
pub fn lar1v<R: RealScalar>(
    b1: usize,
    bn: usize,
    lambda: R,
    d: &[R],
    l: &[R],
    ld: &[R],
    lld: &[R],
    pivmin: R,
    gaptol: R,
    z: &mut [R],
    wantnc: bool,
    twist: Option<usize>,
    work: &mut [R],
) -> Lar1v<R> {
    let n = d.len();
    let zero = R::zero();
    let one = R::one();
    let eps = lamch::<R>(Machine::Precision);
    let (r1, r2) = match twist {
        Some(r) => (r, r),
        None => (b1, bn),
    };
    let (lplus, rest) = work[..4 * n].split_at_mut(n);
    let (uminus, rest) = rest.split_at_mut(n);
    // s[k], p[k]: the stationary and progressive quantities at twist k.
    let (s, p) = rest.split_at_mut(n);

    // Stationary transform L D L^T - lambda I = L+ D+ L+^T down to r2.
    s[b1] = if b1 == 0 { zero } else { lld[b1 - 1] };
    let stationary = |lplus: &mut [R], s: &mut [R], careful: bool| {
        let mut neg1 = 0;
        let mut sv = s[b1] - lambda;
        for i in b1..r2 {
            let mut dplus = d[i] + sv;
            if careful && dplus.abs() < pivmin {
                dplus = -pivmin;
            }
            lplus[i] = ld[i] / dplus;
            if i < r1 && dplus < zero {
                neg1 += 1;
            }
            s[i + 1] = sv * lplus[i] * l[i];
            if careful && lplus[i] == zero {
                s[i + 1] = lld[i];
            }
            sv = s[i + 1] - lambda;
            if !careful && i + 1 == r1 && sv.is_nan() {
                return (neg1, true);
            }
        }
        (neg1, sv.is_nan())
    };
    let (mut neg1, sawnan1) = stationary(lplus, s, false);
    if sawnan1 {
        neg1 = stationary(lplus, s, true).0;
    }

    // Progressive transform L D L^T - lambda I = U- D- U-^T up to r1.
    let progressive = |uminus: &mut [R], p: &mut [R], careful: bool| {
        let mut neg2 = 0;
        p[bn] = d[bn] - lambda;
        for i in (r1..bn).rev() {
            let mut dminus = lld[i] + p[i + 1];
            if careful && dminus.abs() < pivmin {
                dminus = -pivmin;
            }
            let t = d[i] / dminus;
            if dminus < zero {
                neg2 += 1;
            }
            uminus[i] = l[i] * t;
            p[i] = p[i + 1] * t - lambda;
            if careful && t == zero {
                p[i] = d[i] - lambda;
            }
        }
        neg2
    };
    let mut neg2 = progressive(uminus, p, false);
    let sawnan2 = p[r1].is_nan();
    if sawnan2 {
        neg2 = progressive(uminus, p, true);
    }

    // The twist index: the smallest |gamma_k| = |s_k + p_k|.
    let mut mingma = s[r1] + p[r1];
    if mingma < zero {
        neg1 += 1;
    }
    let negcnt = if wantnc { Some(neg1 + neg2) } else { None };
    if mingma.abs() == zero {
        mingma = eps * s[r1];
    }
    let mut r = r1;
    for k in r1 + 1..=r2 {
        let mut t = s[k] + p[k];
        if t == zero {
            t = eps * s[k];
        }
        if t.abs() <= mingma.abs() {
            mingma = t;
            r = k;
        }
    }

    // Solve N_r^T z = e_r: upwards and downwards from r.
    let mut support = (b1, bn);
    z[r] = one;
    let mut ztz = one;
    let careful = sawnan1 || sawnan2;
    let at = |v: &[R], i: usize| if i < v.len() { v[i] } else { zero };
    let mut i = r;
    while i > b1 {
        i -= 1;
        z[i] =
            if careful && z[i + 1] == zero { -(at(ld, i + 1) / ld[i]) * at(z, i + 2) } else { -(lplus[i] * z[i + 1]) };
        if (z[i].abs() + z[i + 1].abs()) * ld[i].abs() < gaptol {
            z[i] = zero;
            support.0 = i + 1;
            break;
        }
        ztz += z[i] * z[i];
    }
    for i in r..bn {
        z[i + 1] = if careful && z[i] == zero && i > 0 { -(ld[i - 1] / ld[i]) * z[i - 1] } else { -(uminus[i] * z[i]) };
        if (z[i].abs() + z[i + 1].abs()) * ld[i].abs() < gaptol {
            z[i + 1] = zero;
            support.1 = i;
            break;
        }
        ztz += z[i + 1] * z[i + 1];
    }
    let t = one / ztz;
    let nrminv = t.sqrt();
    Lar1v { negcnt, ztz, mingma, r, support, nrminv, resid: mingma.abs() * nrminv, rqcorr: mingma * t }
}

/// A new representation `L+ D+ L+^T = L D L^T - sigma I` for the cluster of
/// eigenvalues at positions `clstrt..=clend` of `w` (with `wgap`, `werr`),
/// shifted to one of its ends so that its relative gaps grow (`?larrf`).
///
/// `d` (`n`), `l` and `ld` (`n - 1`) describe `L D L^T`; `clgapl`,
/// `clgapr` are the gaps of the cluster to its neighbours. Writes `D+`
/// into `dplus` (`n`) and `L+` into `lplus[..n - 1]` (`lplus[n - 1]` is
/// read as the reference does, so it must be set) and returns `sigma`;
/// `Err` when no shift tried gave little enough element growth. `work`
/// holds `2 n` reals.
#[allow(clippy::too_many_arguments)]
pub fn larrf<R: RealScalar>(
    d: &[R],
    l: &[R],
    ld: &[R],
    clstrt: usize,
    clend: usize,
    w: &[R],
    wgap: &[R],
    werr: &[R],
    spdiam: R,
    clgapl: R,
    clgapr: R,
    pivmin: R,
    dplus: &mut [R],
    lplus: &mut [R],
    work: &mut [R],
) -> Result<R, Info> {
    let n = d.len();
    let one = R::one();
    let two = R::from_f64(2.0);
    let four = R::from_f64(4.0);
    let quart = R::from_f64(0.25);
    let maxgrowth1 = R::from_f64(8.0);
    let maxgrowth2 = R::from_f64(8.0);
    const KTRYMAX: usize = 1;
    let fact = R::from_f64((1u32 << KTRYMAX) as f64);
    let eps = lamch::<R>(Machine::Precision);
    let nofail = false;
    let work = &mut work[..2 * n];
    work.iter_mut().for_each(|x| *x = R::zero());

    let clwdth = (w[clend] - w[clstrt]).abs() + werr[clend] + werr[clstrt];
    let avgap = clwdth / R::from_f64((clend - clstrt) as f64);
    let mingap = clgapl.min(clgapr);
    let mut lsigma = w[clstrt].min(w[clend]) - werr[clstrt];
    let mut rsigma = w[clstrt].max(w[clend]) + werr[clend];
    // A small fudge to really shift outside: 2 eps in the reference's single
    // precision, 4 eps in double.
    let fudge = if R::MANTISSA_DIGITS <= 24 { two } else { four };
    lsigma = lsigma - lsigma.abs() * fudge * eps;
    rsigma = rsigma + rsigma.abs() * fudge * eps;
    let ldmax = quart * mingap + two * pivmin;
    let rdmax = quart * mingap + two * pivmin;
    let mut ldelta = avgap.max(wgap[clstrt]) / fact;
    let mut rdelta = avgap.max(wgap[clend - 1]) / fact;
    let mut smlgrowth = one / lamch::<R>(Machine::SafeMin);
    let nm1 = R::from_f64((n - 1) as f64);
    let fail = nm1 * mingap / (spdiam * eps);
    let fail2 = nm1 * mingap / (spdiam * eps.sqrt());
    let mut bestshift = lsigma;
    let mut ktry = 0;
    let growthbound = maxgrowth1 * spdiam;
    let mut forcer = false;

    // Factors L D L^T - sigma I into (dp, lp); returns the largest |pivot|
    // and whether a tiny pivot (or NaN) made the refined test unusable.
    let factor = |sigma: R, dp: &mut [R], lp: &mut [R]| {
        let mut sawnan = false;
        let mut s = -sigma;
        dp[0] = d[0] + s;
        if dp[0].abs() < pivmin {
            dp[0] = -pivmin;
            sawnan = true;
        }
        let mut mx = dp[0].abs();
        for i in 0..n - 1 {
            lp[i] = ld[i] / dp[i];
            s = s * lp[i] * l[i] - sigma;
            dp[i + 1] = d[i + 1] + s;
            if dp[i + 1].abs() < pivmin {
                dp[i + 1] = -pivmin;
                sawnan = true;
            }
            mx = mx.max(dp[i + 1].abs());
        }
        (mx, sawnan || mx.is_nan())
    };

    let (sigma, right) = loop {
        ldelta = ldelta.min(ldmax);
        rdelta = rdelta.min(rdmax);
        let (max1, sawnan1) = factor(lsigma, dplus, lplus);
        if forcer || (max1 <= growthbound && !sawnan1) {
            break (lsigma, false);
        }
        let (wd, wl) = work.split_at_mut(n);
        let (max2, sawnan2) = factor(rsigma, wd, wl);
        if forcer || (max2 <= growthbound && !sawnan2) {
            break (rsigma, true);
        }
        let mut indx = 0;
        if !(sawnan1 && sawnan2) {
            if !sawnan1 {
                indx = 1;
                if max1 <= smlgrowth {
                    smlgrowth = max1;
                    bestshift = lsigma;
                }
            }
            if !sawnan2 {
                if sawnan1 || max2 <= max1 {
                    indx = 2;
                }
                if max2 <= smlgrowth {
                    smlgrowth = max2;
                    bestshift = rsigma;
                }
            }
            // The refined RRR test, for isolated clusters whose growth is
            // moderate (the reference's products, including its mix of the
            // two factorizations).
            let dorrr1 = clwdth < mingap / R::from_f64(128.0) && max1.min(max2) < fail2 && !sawnan1 && !sawnan2;
            if dorrr1 && indx != 0 {
                let (dd, ll): (&[R], &[R]) = if indx == 1 { (dplus, &work[n..]) } else { (&work[..n], lplus) };
                let at = |v: &[R], i: usize| if i < v.len() { v[i] } else { R::zero() };
                let mut tmp = dd[n - 1].abs();
                let mut znm2 = one;
                let mut prod = one;
                let mut oldp = one;
                for i in (0..n - 1).rev() {
                    if prod <= eps {
                        prod = ((dd[i + 1] * at(ll, i + 1)) / (dd[i] * ll[i])) * oldp;
                    } else {
                        prod *= ll[i].abs();
                    }
                    oldp = prod;
                    znm2 += prod * prod;
                    tmp = tmp.max((dd[i] * prod).abs());
                }
                let rrr = tmp / (spdiam * znm2.sqrt());
                if rrr <= maxgrowth2 {
                    break if indx == 1 { (lsigma, false) } else { (rsigma, true) };
                }
            }
        }
        if ktry < KTRYMAX {
            lsigma = (lsigma - ldelta).max(lsigma - ldmax);
            rsigma = (rsigma + rdelta).min(rsigma + rdmax);
            ldelta = two * ldelta;
            rdelta = two * rdelta;
            ktry += 1;
        } else if smlgrowth < fail || nofail {
            lsigma = bestshift;
            rsigma = bestshift;
            forcer = true;
        } else {
            return Err(Info::new(1));
        }
    };
    if right {
        dplus[..n].copy_from_slice(&work[..n]);
        lplus[..n - 1].copy_from_slice(&work[n..2 * n - 1]);
    }
    Ok(sigma)
}

/// The workspace [`larrv`] needs for order `n`.
pub fn larrv_req<R: RealScalar>(n: usize) -> WorkReq {
    WorkReq::new::<R>(12 * n).and(WorkReq::new::<usize>(7 * n)).and(WorkReq::new::<Option<usize>>(n))
}

/// The representation tree's input for [`larrv`]: what [`super::larre`]
/// left.
#[derive(Clone, Copy, Debug)]
pub struct Tree<'a, R> {
    /// The ends (one past the last row) of the blocks.
    pub isplit: &'a [usize],
    /// The 0-based block of each eigenvalue.
    pub iblock: &'a [usize],
    /// The 0-based index of each eigenvalue within its block.
    pub indexw: &'a [usize],
    /// The Gershgorin intervals of the rows (`2 n`).
    pub gers: &'a [R],
}

/// The eigenvectors for the eigenvalues `dol..=dou` (0-based, of `m`) of
/// the tridiagonal matrix whose blocks' base representations `L D L^T = T
/// - sigma I` [`super::larre`] left in `d` and `l` (`l[end - 1]` holding
/// the block's `sigma`), by the MRRR representation tree (`?larrv`).
///
/// `w` (the eigenvalues of the base representations on entry, of `T` on
/// return), `werr` and `wgap` are refined as needed; `(vl, vu]` bounds the
/// spectrum. `minrgp` is the relative gap that separates clusters, `rtol1`
/// and `rtol2` the bisection tolerances. Column `j` of `z` (`n x m`, real
/// or complex) receives the eigenvector of `w[j]`, `isuppz[2j..2j + 2]` its
/// support (0-based); columns outside `dol..=dou` may be used as workspace
/// and are zeroed. `Err` as the reference's `|INFO|`: 2 no representation
/// for a cluster (or a tree deeper than `m`), 5 Rayleigh quotient iteration
/// failed.
#[allow(clippy::too_many_arguments)]
pub fn larrv<T: Scalar>(
    vl: T::Real,
    vu: T::Real,
    d: &mut [T::Real],
    l: &mut [T::Real],
    pivmin: T::Real,
    tree: Tree<'_, T::Real>,
    m: usize,
    dol: usize,
    dou: usize,
    minrgp: T::Real,
    mut rtol1: T::Real,
    mut rtol2: T::Real,
    w: &mut [T::Real],
    werr: &mut [T::Real],
    wgap: &mut [T::Real],
    mut z: MatMut<'_, T>,
    isuppz: &mut [usize],
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    type R<T> = <T as Scalar>::Real;
    let n = d.len();
    // The reference passes VU without using it.
    let _ = vu;
    if n == 0 || m == 0 {
        return Ok(());
    }
    let zero = R::<T>::zero();
    let half = R::<T>::from_f64(0.5);
    let two = R::<T>::from_f64(2.0);
    let three = R::<T>::from_f64(3.0);
    let four = R::<T>::from_f64(4.0);
    const MAXITR: usize = 10;
    let Tree { isplit, iblock, indexw, gers } = tree;

    let (wk, mut work) = work.take::<R<T>>(n);
    let (ld, mut work) = work.take::<R<T>>(n);
    let (lld, mut work) = work.take::<R<T>>(n);
    let (bwork, mut work) = work.take::<R<T>>(2 * n);
    let (vwork, mut work) = work.take::<R<T>>(4 * n);
    let (zv, mut work) = work.take::<R<T>>(n);
    let (rep_d, mut work) = work.take::<R<T>>(n);
    let (rep_l, mut work) = work.take::<R<T>>(n);
    let (biwork, mut work) = work.take::<usize>(2 * n);
    let (clus_a, mut work) = work.take::<usize>(2 * n);
    let (clus_b, mut work) = work.take::<usize>(2 * n);
    let (twist, _) = work.take::<Option<usize>>(n);
    wk.iter_mut().for_each(|x| *x = zero);
    twist.iter_mut().for_each(|x| *x = None);

    let zusedl = dol.saturating_sub(1);
    let zusedu = if dou + 1 < m { dou + 1 } else { m - 1 };
    for j in zusedl..=zusedu {
        for i in 0..n {
            z.set(i, j, T::zero());
        }
    }
    let eps = lamch::<R<T>>(Machine::Precision);
    let rqtol = two * eps;
    let tryrqc = true;
    let full = dol == 0 && dou + 1 == m;
    if !full {
        rtol1 = four * eps;
        rtol2 = four * eps;
    }
    // The column of Z holding the representation of the cluster starting at
    // eigenvalue j: its own, or a spare one next to the computed range.
    let rep_column = |j: usize| {
        if full || (j >= dol && j <= dou) {
            j
        } else if j < dol {
            dol - 1
        } else {
            dou
        }
    };

    let mut ibegin = 0;
    let mut wbegin = 0;
    let nblocks = iblock[m - 1] + 1;
    for jblk in 0..nblocks {
        let iend = isplit[jblk];
        let mut sigma = l[iend - 1];
        let mut wend = wbegin;
        while wend < m && iblock[wend] == jblk {
            wend += 1;
        }
        if wend == wbegin {
            ibegin = iend;
            continue;
        }
        if wend - 1 < dol || wbegin > dou {
            ibegin = iend;
            wbegin = wend;
            continue;
        }
        let (mut gl, mut gu) = (gers[2 * ibegin], gers[2 * ibegin + 1]);
        for i in ibegin + 1..iend {
            gl = gl.min(gers[2 * i]);
            gu = gu.max(gers[2 * i + 1]);
        }
        let spdiam = gu - gl;
        let bn = iend - ibegin;
        let im = wend - wbegin;

        if bn == 1 {
            z.set(ibegin, wbegin, T::one());
            isuppz[2 * wbegin] = ibegin;
            isuppz[2 * wbegin + 1] = ibegin;
            w[wbegin] += sigma;
            wk[wbegin] = w[wbegin];
            ibegin = iend;
            wbegin += 1;
            continue;
        }

        wk[wbegin..wend].copy_from_slice(&w[wbegin..wend]);
        for x in &mut w[wbegin..wend] {
            *x += sigma;
        }

        let mut ndepth = 0;
        let mut parity = true;
        let mut nclus = 1;
        clus_a[0] = 0;
        clus_a[1] = im - 1;
        let mut idone = 0;
        let offset = indexw[wbegin];
        while idone < im {
            if ndepth > m {
                return Err(Info::new(2));
            }
            let oldncl = nclus;
            nclus = 0;
            let (old, new) = if parity { (&mut *clus_a, &mut *clus_b) } else { (&mut *clus_b, &mut *clus_a) };
            parity = !parity;
            for ic in 0..oldncl {
                let oldfst = old[2 * ic];
                let oldlst = old[2 * ic + 1];
                if ndepth > 0 {
                    // The cluster's representation, stored in Z a level up.
                    let j = rep_column(wbegin + oldfst);
                    for i in ibegin..iend {
                        d[i] = z.get(i, j).re();
                        z.set(i, j, T::zero());
                    }
                    for i in ibegin..iend - 1 {
                        l[i] = z.get(i, j + 1).re();
                    }
                    sigma = z.get(iend - 1, j + 1).re();
                    for i in ibegin..iend {
                        z.set(i, j + 1, T::zero());
                    }
                }
                for j in ibegin..iend - 1 {
                    let t = d[j] * l[j];
                    ld[j] = t;
                    lld[j] = t * l[j];
                }
                let bd = &d[ibegin..iend];
                let blld = &lld[ibegin..iend - 1];
                if ndepth > 0 {
                    let p = indexw[wbegin + oldfst];
                    let q = indexw[wbegin + oldlst];
                    larrb(
                        bd,
                        blld,
                        p,
                        q,
                        rtol1,
                        rtol2,
                        offset,
                        &mut wk[wbegin..],
                        &mut wgap[wbegin..],
                        &mut werr[wbegin..],
                        bwork,
                        biwork,
                        pivmin,
                        spdiam,
                        Some(bn - 1),
                    );
                    // The outer gaps, from W (all shifts applied); they only grow.
                    if oldfst > 0 {
                        let a = wbegin + oldfst;
                        wgap[a - 1] = wgap[a - 1].max(w[a] - werr[a] - w[a - 1] - werr[a - 1]);
                    }
                    if wbegin + oldlst + 1 < wend {
                        let a = wbegin + oldlst;
                        wgap[a] = wgap[a].max(w[a + 1] - werr[a + 1] - w[a] - werr[a]);
                    }
                    for j in oldfst..=oldlst {
                        w[wbegin + j] = wk[wbegin + j] + sigma;
                    }
                }

                let mut newfst = oldfst;
                for j in oldfst..=oldlst {
                    let newlst = if j == oldlst || wgap[wbegin + j] >= minrgp * wk[wbegin + j].abs() {
                        j
                    } else {
                        continue;
                    };
                    let newsiz = newlst - newfst + 1;
                    let newftt = rep_column(wbegin + newfst);
                    if newsiz > 1 {
                        let lgap = if newfst == 0 {
                            zero.max(w[wbegin] - werr[wbegin] - vl)
                        } else {
                            wgap[wbegin + newfst - 1]
                        };
                        let rgap = wgap[wbegin + newlst];
                        for k in [newfst, newlst] {
                            let p = indexw[wbegin + k];
                            larrb(
                                bd,
                                blld,
                                p,
                                p,
                                rqtol,
                                rqtol,
                                offset,
                                &mut wk[wbegin..],
                                &mut wgap[wbegin..],
                                &mut werr[wbegin..],
                                bwork,
                                biwork,
                                pivmin,
                                spdiam,
                                Some(bn - 1),
                            );
                        }
                        if wbegin + newlst < dol || wbegin + newfst > dou {
                            idone += newsiz;
                            newfst = j + 1;
                            continue;
                        }
                        rep_l[bn - 1] = zero;
                        let tau = larrf(
                            bd,
                            &l[ibegin..iend - 1],
                            &ld[ibegin..iend - 1],
                            newfst,
                            newlst,
                            &wk[wbegin..],
                            &wgap[wbegin..],
                            &werr[wbegin..],
                            spdiam,
                            lgap,
                            rgap,
                            pivmin,
                            &mut rep_d[..bn],
                            &mut rep_l[..bn],
                            vwork,
                        )
                        .map_err(|_| Info::new(2))?;
                        let ssigma = sigma + tau;
                        for i in 0..bn {
                            z.set(ibegin + i, newftt, T::from_real(rep_d[i]));
                        }
                        for i in 0..bn - 1 {
                            z.set(ibegin + i, newftt + 1, T::from_real(rep_l[i]));
                        }
                        z.set(iend - 1, newftt + 1, T::from_real(ssigma));
                        for k in newfst..=newlst {
                            let a = wbegin + k;
                            let mut fudge = three * eps * wk[a].abs();
                            wk[a] -= tau;
                            fudge += four * eps * wk[a].abs();
                            werr[a] += fudge;
                        }
                        new[2 * nclus] = newfst;
                        new[2 * nclus + 1] = newlst;
                        nclus += 1;
                    } else {
                        // A singleton: its eigenvector by Rayleigh quotient
                        // iteration, guarded by bisection.
                        let mut iter = 0;
                        let tol = four * ln(R::<T>::from_f64(bn as f64)) * eps;
                        let k = newfst;
                        let windex = wbegin + k;
                        let windmn = windex.max(1) - 1;
                        let windpl = (windex + 1).min(m - 1);
                        let mut lambda = wk[windex];
                        let eskip = windex < dol || windex > dou;
                        let mut savgap = zero;
                        if !eskip {
                            let mut left = wk[windex] - werr[windex];
                            let mut right = wk[windex] + werr[windex];
                            let indeig = indexw[windex];
                            let lgap = if k == 0 { eps * left.abs().max(right.abs()) } else { wgap[windmn] };
                            let rgap = if k == im - 1 { eps * left.abs().max(right.abs()) } else { wgap[windex] };
                            let gap = lgap.min(rgap);
                            let gaptol = if k == 0 || k == im - 1 { zero } else { gap * eps };
                            savgap = wgap[windex];
                            wgap[windex] = gap;
                            let mut usedbs = false;
                            let mut usedrq = false;
                            let mut needbs = !tryrqc;
                            let mut bstres = zero;
                            let mut bstw = zero;
                            let zb = &mut zv[..bn];
                            zb.iter_mut().for_each(|x| *x = zero);
                            let bl = &l[ibegin..iend - 1];
                            let bld = &ld[ibegin..iend - 1];
                            let res = loop {
                                if needbs {
                                    usedbs = true;
                                    larrb(
                                        bd,
                                        blld,
                                        indeig,
                                        indeig,
                                        zero,
                                        two * eps,
                                        offset,
                                        &mut wk[wbegin..],
                                        &mut wgap[wbegin..],
                                        &mut werr[wbegin..],
                                        bwork,
                                        biwork,
                                        pivmin,
                                        spdiam,
                                        twist[windex],
                                    );
                                    lambda = wk[windex];
                                    twist[windex] = None;
                                }
                                let res = lar1v(
                                    0,
                                    bn - 1,
                                    lambda,
                                    bd,
                                    bl,
                                    bld,
                                    blld,
                                    pivmin,
                                    gaptol,
                                    zb,
                                    !usedbs,
                                    twist[windex],
                                    vwork,
                                );
                                twist[windex] = Some(res.r);
                                if iter == 0 || res.resid < bstres {
                                    bstres = res.resid;
                                    bstw = lambda;
                                }
                                iter += 1;
                                if res.resid > tol * gap && res.rqcorr.abs() > rqtol * lambda.abs() && !usedbs {
                                    // Keep the Rayleigh correction only when it moves
                                    // towards the wanted eigenvalue and stays inside
                                    // its interval; otherwise bisect.
                                    let negcnt = res.negcnt.unwrap_or(0);
                                    let sgndef = if indeig < negcnt { -R::<T>::one() } else { R::<T>::one() };
                                    let next = lambda + res.rqcorr;
                                    if res.rqcorr * sgndef >= zero && next <= right && next >= left {
                                        usedrq = true;
                                        if sgndef == R::<T>::one() {
                                            left = lambda;
                                        } else {
                                            right = lambda;
                                        }
                                        wk[windex] = half * (right + left);
                                        lambda = next;
                                        werr[windex] = half * (right - left);
                                    } else {
                                        needbs = true;
                                    }
                                    if right - left < rqtol * lambda.abs() {
                                        usedbs = true;
                                    } else if iter < MAXITR {
                                    } else if iter == MAXITR {
                                        needbs = true;
                                    } else {
                                        return Err(Info::new(5));
                                    }
                                    continue;
                                }
                                let mut res = res;
                                if usedrq && usedbs && bstres <= res.resid {
                                    lambda = bstw;
                                    res = lar1v(
                                        0,
                                        bn - 1,
                                        lambda,
                                        bd,
                                        bl,
                                        bld,
                                        blld,
                                        pivmin,
                                        gaptol,
                                        zb,
                                        !usedbs,
                                        twist[windex],
                                        vwork,
                                    );
                                    twist[windex] = Some(res.r);
                                }
                                wk[windex] = lambda;
                                break res;
                            };
                            let (zfrom, zto) = res.support;
                            isuppz[2 * windex] = zfrom + ibegin;
                            isuppz[2 * windex + 1] = zto + ibegin;
                            // Rows outside the final support (it may have shrunk
                            // during the iteration) are zero.
                            for i in 0..bn {
                                let v = if i >= zfrom && i <= zto { zb[i] * res.nrminv } else { zero };
                                z.set(ibegin + i, windex, T::from_real(v));
                            }
                        }
                        w[windex] = lambda + sigma;
                        if !eskip {
                            if k > 0 {
                                wgap[windmn] = wgap[windmn].max(w[windex] - werr[windex] - w[windmn] - werr[windmn]);
                            }
                            if windex + 1 < wend {
                                wgap[windex] = savgap.max(w[windpl] - werr[windpl] - w[windex] - werr[windex]);
                            }
                        }
                        idone += 1;
                    }
                    newfst = j + 1;
                }
            }
            ndepth += 1;
        }
        ibegin = iend;
        wbegin = wend;
    }
    Ok(())
}
