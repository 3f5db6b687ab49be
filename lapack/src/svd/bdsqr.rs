//! The singular value decomposition of a real bidiagonal matrix by implicit
//! QR with the zero-shift variant of Demmel and Kahan (`?bdsqr`): the
//! singular values to high relative accuracy, the rotations applied to
//! optional matrices of singular vectors.

use super::dqds::lasq1;
use super::small::{las2, lasv2};
use crate::sweeps::{sweep_panel_len, sweep_queue_req, sweep_store_len, SweepQueue, HOLD_MIN};
use crate::{Info, WorkReq, Workspace};
use ferroblas_kernels::aux::rotations::{lartg, lasr, Direction, Pivot};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, Side, Uplo};

/// The workspace [`bdsqr`] needs for order `n`: `4 n` reals.
pub fn bdsqr_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T::Real>(4 * n)
}

/// The workspace with which [`bdsqr`] applies its rotations to the vectors
/// several sweeps at a time (faster for large `n`; the singular values are
/// the same bits, the vectors equal to rounding): [`bdsqr_req`] and room to
/// hold the sweeps. The Fortran `?bdsqr` has only [`bdsqr_req`]'s WORK.
pub fn bdsqr_req_fast<T: Scalar>(n: usize) -> WorkReq {
    bdsqr_req::<T>(n).and(sweep_queue_req::<T>(n, 2))
}

/// `[x_i; x_j] := [c s; -s c] [x_i; x_j]` for rows `i`, `j` of `a`.
fn rot_rows<T: Scalar>(a: &mut MatMut<'_, T>, i: usize, j: usize, c: T::Real, s: T::Real) {
    for k in 0..a.ncols() {
        let (x, y) = (a.get(i, k), a.get(j, k));
        a.set(i, k, x.scale_real(c) + y.scale_real(s));
        a.set(j, k, y.scale_real(c) - x.scale_real(s));
    }
}

/// Swaps rows `i` and `j` of `a`.
fn swap_rows<T: Scalar>(a: &mut MatMut<'_, T>, i: usize, j: usize) {
    for k in 0..a.ncols() {
        let (x, y) = (a.get(i, k), a.get(j, k));
        a.set(i, k, y);
        a.set(j, k, x);
    }
}

/// The singular values, and optionally vectors, of the `n x n` bidiagonal
/// matrix `B` with diagonal `d` and off-diagonal `e[0..n-1]`, upper or
/// lower (`sbdsqr`, `dbdsqr`, `cbdsqr`, `zbdsqr`): `B = Q S P^T`, and
/// on return `vt := P^T vt` (`n x ncvt`), `u := u Q` (`nru x n`) and
/// `c := Q^T c` (`n x ncc`), where `S` is left in `d`, non-negative and in
/// decreasing order. `e` is destroyed. Without vectors
/// (`ncvt = nru = ncc = 0`) the singular values come from dqds
/// ([`lasq1`]), with QR finishing only if dqds runs out of sweeps.
///
/// The singular values are accurate to high relative accuracy (a small
/// multiple of `n eps` times each one); the iteration stops after about
/// `6 n^2` inner steps.
///
/// `Err(Info::new(i))` when that limit was reached with `i` off-diagonal
/// entries not yet zero: `d` and `e` then hold a bidiagonal orthogonally
/// equivalent to the input (and the vectors are updated to match), or, when
/// dqds failed internally, its INFO (1 or 3).
///
/// # Panics
/// If the shapes disagree with `n = d.len()`, `e` is shorter than `n - 1`
/// or the workspace is shorter than [`bdsqr_req`]. With [`bdsqr_req_fast`]
/// it holds several sweeps' rotations back and applies them together.
pub fn bdsqr<T: Scalar>(
    uplo: Uplo,
    d: &mut [T::Real],
    e: &mut [T::Real],
    mut vt: MatMut<'_, T>,
    mut u: MatMut<'_, T>,
    mut c: MatMut<'_, T>,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = d.len();
    let (ncvt, nru, ncc) = (vt.ncols(), u.nrows(), c.ncols());
    assert!(vt.nrows() == n || ncvt == 0, "bdsqr: VT has {} rows, not {n}", vt.nrows());
    assert!(u.ncols() == n || nru == 0, "bdsqr: U has {} columns, not {n}", u.ncols());
    assert!(c.nrows() == n || ncc == 0, "bdsqr: C has {} rows, not {n}", c.nrows());
    if n == 0 {
        return Ok(());
    }
    assert!(e.len() + 1 >= n, "bdsqr: e needs {} entries", n - 1);
    let (work, mut rest) = work.take::<T::Real>(4 * n);
    let rotate = ncvt > 0 || nru > 0 || ncc > 0;
    // Sweeps are held back only when there is room for them.
    let hold = rotate && n >= HOLD_MIN && rest.fits(sweep_queue_req::<T>(n, 2));
    let (store, mut rest) = rest.take::<T::Real>(if hold { sweep_store_len(n, 2) } else { 0 });
    let (panel, _) = rest.take::<T>(if hold { sweep_panel_len::<T>(n) } else { 0 });
    let mut queue = SweepQueue::new(store, 2);
    if n > 1 {
        if !rotate {
            match lasq1(d, e, work) {
                Err(info) if info.lapack_info() == 2 => {}
                other => return other,
            }
        }
        let res = qr_iteration(uplo, d, e, &mut vt, &mut u, &mut c, work, (&mut queue, &mut *panel));
        flush(&mut vt, &mut u, &mut c, &mut queue, panel);
        match res {
            None => {}
            // Out of iterations, all e's zero all the same: left as it is.
            Some(0) => return Ok(()),
            Some(left) => return Err(Info::new(left)),
        }
    }
    finish(d, &mut vt, &mut u, &mut c);
    Ok(())
}

/// The QR sweeps of [`bdsqr`], for `n >= 2`, up to converged singular
/// values of either sign; `Some(number of non-zero e's)` when the
/// iteration limit was reached.
#[allow(clippy::too_many_arguments)]
fn qr_iteration<T: Scalar>(
    uplo: Uplo,
    d: &mut [T::Real],
    e: &mut [T::Real],
    vt: &mut MatMut<'_, T>,
    u: &mut MatMut<'_, T>,
    c: &mut MatMut<'_, T>,
    work: &mut [T::Real],
    held: Held<'_, '_, T>,
) -> Option<usize> {
    let (queue, panel) = held;
    let n = d.len();
    let (nru, ncc) = (u.nrows(), c.ncols());
    let r = <T::Real as RealScalar>::from_f64;
    let (zero, one) = (T::Real::zero(), T::Real::one());
    let nm1 = n - 1;
    let (cw, rest) = work.split_at_mut(nm1);
    let (sw, rest) = rest.split_at_mut(nm1);
    let (cw2, rest) = rest.split_at_mut(nm1);
    let sw2 = &mut rest[..nm1];
    let eps = lamch::<T::Real>(Machine::Eps);
    let unfl = lamch::<T::Real>(Machine::SafeMin);

    // A lower bidiagonal becomes upper by rotations from the left.
    if uplo == Uplo::Lower {
        for i in 0..n - 1 {
            let (cs, sn, rr) = lartg(d[i], e[i]);
            d[i] = rr;
            e[i] = sn * d[i + 1];
            d[i + 1] = cs * d[i + 1];
            cw[i] = cs;
            sw[i] = sn;
        }
        if nru > 0 {
            lasr(Side::Right, Pivot::Variable, Direction::Forward, cw, sw, u.rb_mut());
        }
        if ncc > 0 {
            lasr(Side::Left, Pivot::Variable, Direction::Forward, cw, sw, c.rb_mut());
        }
    }

    // Relative accuracy tol; the threshold below which an entry counts as
    // zero comes from a lower bound on the smallest singular value.
    const MAXITR: usize = 6;
    let tolmul = r(10.0).max(r(100.0).min(r(eps.to_f64().powf(-0.125))));
    let tol = tolmul * eps;
    let mut sminoa = d[0].abs();
    if sminoa != zero {
        let mut mu = sminoa;
        for i in 1..n {
            mu = d[i].abs() * (mu / (mu + e[i - 1].abs()));
            sminoa = sminoa.min(mu);
            if sminoa == zero {
                break;
            }
        }
    }
    sminoa /= r(n as f64).sqrt();
    let nf = r(n as f64);
    let thresh = (tol * sminoa).max(r(MAXITR as f64) * (nf * (nf * unfl)));

    // The limit is MAXITR n^2 inner steps, counted in units of n.
    let maxitdivn = MAXITR * n;
    let mut iterdivn = 0usize;
    // Inner steps taken, less n per unit of iterdivn (the reference starts at -1).
    let mut iter: i64 = -1;
    // The block last worked on (Fortran indices; -1 for none yet).
    let (mut oldll, mut oldm): (i64, i64) = (-1, -1);
    let mut idir = 0;
    // m is the end (exclusive) of the unconverged part.
    let mut m = n;
    'outer: loop {
        if m <= 1 {
            return None;
        }
        if iter >= n as i64 {
            iter -= n as i64;
            iterdivn += 1;
            if iterdivn >= maxitdivn {
                return Some(e[..n - 1].iter().filter(|&&x| x != zero).count());
            }
        }
        // Find the diagonal block to work on: ll..m.
        let mut smax = d[m - 1].abs();
        let mut ll = 0;
        for k in (0..m - 1).rev() {
            let abss = d[k].abs();
            let abse = e[k].abs();
            if abse <= thresh {
                e[k] = zero;
                if k == m - 2 {
                    // The bottom singular value converged.
                    m -= 1;
                    continue 'outer;
                }
                ll = k + 1;
                break;
            }
            smax = smax.max(abss).max(abse);
        }
        // e[ll..m-1] are non-zero.
        if ll == m - 2 {
            // A 2x2 block.
            let s = lasv2(d[m - 2], e[m - 2], d[m - 1]);
            d[m - 2] = s.ssmax;
            e[m - 2] = zero;
            d[m - 1] = s.ssmin;
            let (csr, snr, csl, snl) = ([s.csr], [s.snr], [s.csl], [s.snl]);
            let (right, left) = ((&csr[..], &snr[..]), (&csl[..], &snl[..]));
            let sweep = Sweep { lo: m - 2, len: 2, direct: Direction::Forward, all: true };
            apply(vt, u, c, (&mut *queue, &mut *panel), sweep, right, left);
            m -= 2;
            continue;
        }
        // On a new block, chase the bulge from the larger end to the smaller.
        let (llf, mf) = (ll as i64 + 1, m as i64);
        if llf > oldm || mf < oldll {
            idir = if d[ll].abs() >= d[m - 1].abs() { 1 } else { 2 };
        }
        // Convergence tests.
        let mut smin;
        if idir == 1 {
            if e[m - 2].abs() <= tol * d[m - 1].abs() {
                e[m - 2] = zero;
                continue;
            }
            let mut mu = d[ll].abs();
            smin = mu;
            for k in ll..m - 1 {
                if e[k].abs() <= tol * mu {
                    e[k] = zero;
                    continue 'outer;
                }
                mu = d[k + 1].abs() * (mu / (mu + e[k].abs()));
                smin = smin.min(mu);
            }
        } else {
            if e[ll].abs() <= tol * d[ll].abs() {
                e[ll] = zero;
                continue;
            }
            let mut mu = d[m - 1].abs();
            smin = mu;
            for k in (ll..m - 1).rev() {
                if e[k].abs() <= tol * mu {
                    e[k] = zero;
                    continue 'outer;
                }
                mu = d[k].abs() * (mu / (mu + e[k].abs()));
                smin = smin.min(mu);
            }
        }
        oldll = llf;
        oldm = mf;
        // The shift, unless shifting would spoil the relative accuracy.
        let mut shift = zero;
        if nf * tol * (smin / smax) > eps.max(r(0.01) * tol) {
            let sll;
            if idir == 1 {
                sll = d[ll].abs();
                shift = las2(d[m - 2], e[m - 2], d[m - 1]).0;
            } else {
                sll = d[m - 1].abs();
                shift = las2(d[ll], e[ll], d[ll + 1]).0;
            }
            if sll > zero && (shift / sll) * (shift / sll) < eps {
                shift = zero;
            }
        }
        iter += (m - ll - 1) as i64;
        let len = m - ll;
        if shift == zero {
            if idir == 1 {
                // Zero-shift sweep from the top.
                let (mut cs, mut oldcs, mut oldsn) = (one, one, zero);
                for i in ll..m - 1 {
                    let (c1, sn, rr) = lartg(d[i] * cs, e[i]);
                    cs = c1;
                    if i > ll {
                        e[i - 1] = oldsn * rr;
                    }
                    let (c2, s2, di) = lartg(oldcs * rr, d[i + 1] * sn);
                    oldcs = c2;
                    oldsn = s2;
                    d[i] = di;
                    cw[i - ll] = cs;
                    sw[i - ll] = sn;
                    cw2[i - ll] = oldcs;
                    sw2[i - ll] = oldsn;
                }
                let h = d[m - 1] * cs;
                d[m - 1] = h * oldcs;
                e[m - 2] = h * oldsn;
                apply(
                    vt,
                    u,
                    c,
                    (&mut *queue, &mut *panel),
                    Sweep { lo: ll, len, direct: Direction::Forward, all: false },
                    (cw, sw),
                    (cw2, sw2),
                );
                if e[m - 2].abs() <= thresh {
                    e[m - 2] = zero;
                }
            } else {
                // Zero-shift sweep from the bottom.
                let (mut cs, mut oldcs, mut oldsn) = (one, one, zero);
                for i in (ll + 1..m).rev() {
                    let (c1, sn, rr) = lartg(d[i] * cs, e[i - 1]);
                    cs = c1;
                    if i < m - 1 {
                        e[i] = oldsn * rr;
                    }
                    let (c2, s2, di) = lartg(oldcs * rr, d[i - 1] * sn);
                    oldcs = c2;
                    oldsn = s2;
                    d[i] = di;
                    cw[i - ll - 1] = cs;
                    sw[i - ll - 1] = -sn;
                    cw2[i - ll - 1] = oldcs;
                    sw2[i - ll - 1] = -oldsn;
                }
                let h = d[ll] * cs;
                d[ll] = h * oldcs;
                e[ll] = h * oldsn;
                apply(
                    vt,
                    u,
                    c,
                    (&mut *queue, &mut *panel),
                    Sweep { lo: ll, len, direct: Direction::Backward, all: false },
                    (cw2, sw2),
                    (cw, sw),
                );
                if e[ll].abs() <= thresh {
                    e[ll] = zero;
                }
            }
        } else if idir == 1 {
            // Shifted sweep from the top.
            let mut f = (d[ll].abs() - shift) * (one.copysign(d[ll]) + shift / d[ll]);
            let mut g = e[ll];
            for i in ll..m - 1 {
                let (cosr, sinr, rr) = lartg(f, g);
                if i > ll {
                    e[i - 1] = rr;
                }
                f = cosr * d[i] + sinr * e[i];
                e[i] = cosr * e[i] - sinr * d[i];
                g = sinr * d[i + 1];
                d[i + 1] = cosr * d[i + 1];
                let (cosl, sinl, rr) = lartg(f, g);
                d[i] = rr;
                f = cosl * e[i] + sinl * d[i + 1];
                d[i + 1] = cosl * d[i + 1] - sinl * e[i];
                if i + 2 < m {
                    g = sinl * e[i + 1];
                    e[i + 1] = cosl * e[i + 1];
                }
                cw[i - ll] = cosr;
                sw[i - ll] = sinr;
                cw2[i - ll] = cosl;
                sw2[i - ll] = sinl;
            }
            e[m - 2] = f;
            apply(
                vt,
                u,
                c,
                (&mut *queue, &mut *panel),
                Sweep { lo: ll, len, direct: Direction::Forward, all: false },
                (cw, sw),
                (cw2, sw2),
            );
            if e[m - 2].abs() <= thresh {
                e[m - 2] = zero;
            }
        } else {
            // Shifted sweep from the bottom.
            let mut f = (d[m - 1].abs() - shift) * (one.copysign(d[m - 1]) + shift / d[m - 1]);
            let mut g = e[m - 2];
            for i in (ll + 1..m).rev() {
                let (cosr, sinr, rr) = lartg(f, g);
                if i < m - 1 {
                    e[i] = rr;
                }
                f = cosr * d[i] + sinr * e[i - 1];
                e[i - 1] = cosr * e[i - 1] - sinr * d[i];
                g = sinr * d[i - 1];
                d[i - 1] = cosr * d[i - 1];
                let (cosl, sinl, rr) = lartg(f, g);
                d[i] = rr;
                f = cosl * e[i - 1] + sinl * d[i - 1];
                d[i - 1] = cosl * d[i - 1] - sinl * e[i - 1];
                if i > ll + 1 {
                    g = sinl * e[i - 2];
                    e[i - 2] = cosl * e[i - 2];
                }
                cw[i - ll - 1] = cosr;
                sw[i - ll - 1] = -sinr;
                cw2[i - ll - 1] = cosl;
                sw2[i - ll - 1] = -sinl;
            }
            e[ll] = f;
            if e[ll].abs() <= thresh {
                e[ll] = zero;
            }
            apply(
                vt,
                u,
                c,
                (&mut *queue, &mut *panel),
                Sweep { lo: ll, len, direct: Direction::Backward, all: false },
                (cw2, sw2),
                (cw, sw),
            );
        }
    }
}

/// The sweeps held back and the panel their application packs vectors into.
type Held<'q, 'a, T> = (&'q mut SweepQueue<'a, <T as Scalar>::Real>, &'q mut [T]);

/// Where a sweep acts: the rows/columns `lo..lo+len`, its `len - 1`
/// rotations in the order `direct`; `all` applies identity rotations too
/// (the 2x2 blocks' rotations, as the reference's `drot`).
#[derive(Clone, Copy)]
struct Sweep {
    lo: usize,
    len: usize,
    direct: Direction,
    all: bool,
}

/// Applies the held sweeps to the vectors and forgets them.
fn flush<T: Scalar>(
    vt: &mut MatMut<'_, T>,
    u: &mut MatMut<'_, T>,
    c: &mut MatMut<'_, T>,
    queue: &mut SweepQueue<'_, T::Real>,
    panel: &mut [T],
) {
    if queue.is_empty() {
        return;
    }
    if vt.ncols() > 0 {
        queue.apply(0, Side::Left, vt.rb_mut(), panel);
    }
    if u.nrows() > 0 {
        queue.apply(1, Side::Right, u.rb_mut(), panel);
    }
    if c.ncols() > 0 {
        queue.apply(1, Side::Left, c.rb_mut(), panel);
    }
    queue.clear();
}

/// Applies a sweep's rotations to the vectors of the rows/columns
/// `lo..lo+len`: `right` (from the right of B) to the rows of `vt`, `left`
/// to the columns of `u` and the rows of `c`, as `lasr` sequences; held
/// back with the sweeps before it while the queue has room.
fn apply<T: Scalar>(
    vt: &mut MatMut<'_, T>,
    u: &mut MatMut<'_, T>,
    c: &mut MatMut<'_, T>,
    held: Held<'_, '_, T>,
    sweep: Sweep,
    right: (&[T::Real], &[T::Real]),
    left: (&[T::Real], &[T::Real]),
) {
    let (queue, panel) = held;
    let Sweep { lo: ll, len, direct, all } = sweep;
    let seqs = [right, left];
    if queue.push(ll, len - 1, direct, all, &seqs) {
        return;
    }
    flush(vt, u, c, queue, panel);
    if queue.push(ll, len - 1, direct, all, &seqs) {
        return;
    }
    if all {
        // One rotation, identity or not.
        if vt.ncols() > 0 {
            rot_rows(vt, ll, ll + 1, right.0[0], right.1[0]);
        }
        if u.nrows() > 0 {
            let mut ut = u.rb_mut().transpose();
            rot_rows(&mut ut, ll, ll + 1, left.0[0], left.1[0]);
        }
        if c.ncols() > 0 {
            rot_rows(c, ll, ll + 1, left.0[0], left.1[0]);
        }
        return;
    }
    if vt.ncols() > 0 {
        let ncvt = vt.ncols();
        let v = vt.rb_mut().submatrix(ll, 0, len, ncvt);
        lasr(Side::Left, Pivot::Variable, direct, right.0, right.1, v);
    }
    if u.nrows() > 0 {
        let nru = u.nrows();
        let w = u.rb_mut().submatrix(0, ll, nru, len);
        lasr(Side::Right, Pivot::Variable, direct, left.0, left.1, w);
    }
    if c.ncols() > 0 {
        let ncc = c.ncols();
        let w = c.rb_mut().submatrix(ll, 0, len, ncc);
        lasr(Side::Left, Pivot::Variable, direct, left.0, left.1, w);
    }
}

/// Makes the singular values non-negative (negating rows of `vt`) and sorts
/// them into decreasing order, swapping the vectors along (selection sort:
/// at most one swap per position).
fn finish<T: Scalar>(d: &mut [T::Real], vt: &mut MatMut<'_, T>, u: &mut MatMut<'_, T>, c: &mut MatMut<'_, T>) {
    let n = d.len();
    let zero = T::Real::zero();
    for (i, di) in d.iter_mut().enumerate() {
        if *di == zero {
            // No -0.
            *di = zero;
        }
        if *di < zero {
            *di = -*di;
            for k in 0..vt.ncols() {
                let x = vt.get(i, k);
                vt.set(i, k, x.scale_real(-T::Real::one()));
            }
        }
    }
    for i in 1..n {
        // Move the smallest of d[0..=n-i] to position n-i.
        let last = n - i;
        let mut isub = 0;
        let mut smin = d[0];
        for (j, &dj) in d.iter().enumerate().take(last + 1).skip(1) {
            if dj <= smin {
                isub = j;
                smin = dj;
            }
        }
        if isub != last {
            d[isub] = d[last];
            d[last] = smin;
            if vt.ncols() > 0 {
                swap_rows(vt, isub, last);
            }
            if u.nrows() > 0 {
                let mut ut = u.rb_mut().transpose();
                swap_rows(&mut ut, isub, last);
            }
            if c.ncols() > 0 {
                swap_rows(c, isub, last);
            }
        }
    }
}
