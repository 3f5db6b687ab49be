//! The dqds algorithm (Fernando and Parlett; the LAPACK implementation by
//! Parlett and Marques): singular values of a bidiagonal matrix, or
//! eigenvalues of a symmetric positive definite tridiagonal one given in qd
//! form, to high relative accuracy (`?lasq1` ... `?lasq6`).
//!
//! # The qd array
//! `lasq2` keeps two qd arrays in one slice `z` of `4 n` entries, element
//! `k` (0-based) owning `z[4k..4k+4]`:
//! `z[4k + p]` is `q_k` and `z[4k + 2 + p]` is `e_k` of the array `p`
//! (`p` = 0 "ping" or 1 "pong"). A dqds sweep reads the array `pp` and
//! writes the other one, so the two alternate. The sweeps work on an
//! unreduced block: element indices `i0..n0` (0-based start, exclusive end;
//! the reference's `I0` is `i0 + 1` and its `N0` equals `n0`).
//!
//! A finished block leaves its eigenvalues in `z[4k]` (array 0), and the
//! shift a block split off with is stored, negated, in `e` (array 0) of
//! the element above the split.

use crate::Info;
use ferroblas_kernels::aux::matrix::{lascl, MatrixKind};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::aux::vectors::{lasrt, SortOrder};
use ferroblas_kernels::scalar::RealScalar;
use ferroblas_kernels::MatMut;

/// Index of `q_k` in the qd array `p`.
#[inline(always)]
fn iq(k: usize, p: usize) -> usize {
    4 * k + p
}

/// Index of `e_k` in the qd array `p`.
#[inline(always)]
fn ie(k: usize, p: usize) -> usize {
    4 * k + 2 + p
}

/// Index of `e_k` in the array a sweep from `pp` writes (`e_k` of `1 - pp`;
/// also defined for the flag value `pp = 2`, as the reference's indexing).
#[inline(always)]
fn iee(k: usize, pp: usize) -> usize {
    4 * k + 3 - pp
}

/// The `d` values one dqds sweep reports (outputs of `?lasq5`/`?lasq6`,
/// and the shift history `?lasq4` chooses from).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SweepMins<R> {
    /// Smallest `d` of the sweep.
    pub dmin: R,
    /// Smallest `d` excluding the last one.
    pub dmin1: R,
    /// Smallest `d` excluding the last two.
    pub dmin2: R,
    /// The last `d`.
    pub dn: R,
    /// The next to last `d`.
    pub dnm1: R,
    /// The `d` before that.
    pub dnm2: R,
}

/// The state `?lasq3` carries from one call to the next (the reference's
/// in/out scalars).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct DqdsState<R> {
    /// Sweep results; `mins.dmin` negative on entry asks `lasq4` for that shift.
    pub mins: SweepMins<R>,
    /// Sum of the shifts applied to the current block.
    pub sigma: R,
    /// Lower-order part of `sigma`.
    pub desig: R,
    /// Largest `q` seen.
    pub qmax: R,
    /// Number of sweeps that failed because the shift was too large.
    pub nfail: i64,
    /// Number of sweeps.
    pub iter: i64,
    /// Number of divisions.
    pub ndiv: i64,
    /// Kind of the last shift (the reference's TTYPE).
    pub ttype: i64,
    /// Damping factor of shift type 6, kept between calls.
    pub g: R,
    /// The last shift.
    pub tau: R,
}

/// One dqds step at element `k`: from `q_k`, `e_k` (array `pp`) and the
/// running `d`, the new `q_k`, `e_k` (the other array); returns the factor
/// `q_{k+1} / q_k(new)` applied to `d`.
#[inline(always)]
fn step<R: RealScalar>(z: &mut [R], k: usize, pp: usize, d: R) -> R {
    let np = 1 - pp;
    let qn = d + z[ie(k, pp)];
    z[iq(k, np)] = qn;
    let temp = z[iq(k + 1, pp)] / qn;
    z[ie(k, np)] = z[ie(k, pp)] * temp;
    temp
}

/// The smaller of `a` and `b`, NaN if either is: an overflowed sweep must
/// show in `dmin`, which [`lasq3`] tests for NaN to retry without a shift.
#[inline(always)]
fn min_nan<R: RealScalar>(a: R, b: R) -> R {
    if a.is_nan() || b.is_nan() {
        a + b
    } else {
        a.min(b)
    }
}

/// One dqds sweep with shift `tau` over the block `i0..n0` (`slasq5`,
/// `dlasq5`), from the qd array `pp` into the other one. A shift below
/// `eps (sigma + tau) / 2` is dropped (`tau` set to 0), and then `d`s
/// below `eps sigma` are flushed to zero. Blocks of fewer than three
/// elements are left alone (and `mins` unchanged). `ieee` selects the
/// reference's IEEE variant, which lets a negative `d` run on instead of
/// stopping at it.
#[allow(clippy::too_many_arguments)]
pub fn lasq5<R: RealScalar>(
    i0: usize,
    n0: usize,
    z: &mut [R],
    pp: usize,
    tau: &mut R,
    sigma: R,
    mins: &mut SweepMins<R>,
    ieee: bool,
    eps: R,
) {
    if n0 < i0 + 3 {
        return;
    }
    let zero = R::zero();
    let dthresh = eps * (sigma + *tau);
    if *tau < dthresh * R::from_f64(0.5) {
        *tau = zero;
    }
    let tau = *tau;
    // With no shift, tiny d's are rounding noise of the earlier shifts.
    let flush = tau == zero;
    let np = 1 - pp;
    let mut emin = z[iq(i0 + 1, pp)];
    let mut d = z[iq(i0, pp)] - tau;
    let mut dmin = d;
    mins.dmin1 = -z[iq(i0, pp)];
    for k in i0..n0 - 3 {
        if ieee {
            let temp = step(z, k, pp, d);
            d = d * temp - tau;
        } else {
            let qn = d + z[ie(k, pp)];
            z[iq(k, np)] = qn;
            if d < zero {
                mins.dmin = dmin;
                return;
            }
            z[ie(k, np)] = z[iq(k + 1, pp)] * (z[ie(k, pp)] / qn);
            d = z[iq(k + 1, pp)] * (d / qn) - tau;
        }
        if flush && d < dthresh {
            d = zero;
        }
        dmin = min_nan(dmin, d);
        emin = min_nan(emin, z[ie(k, np)]);
    }
    // The last two steps are unrolled to keep dn, dnm1, dnm2 (and, like the
    // reference, they compute d by its division form, without the flush).
    let dnm2 = d;
    mins.dmin2 = dmin;
    let last = |k: usize, d: R, z: &mut [R]| -> Option<R> {
        let qn = d + z[ie(k, pp)];
        z[iq(k, np)] = qn;
        if !ieee && d < zero {
            return None;
        }
        z[ie(k, np)] = z[iq(k + 1, pp)] * (z[ie(k, pp)] / qn);
        Some(z[iq(k + 1, pp)] * (d / qn) - tau)
    };
    mins.dnm2 = dnm2;
    let Some(dnm1) = last(n0 - 3, dnm2, z) else {
        mins.dmin = dmin;
        return;
    };
    dmin = min_nan(dmin, dnm1);
    mins.dmin1 = dmin;
    mins.dnm1 = dnm1;
    let Some(dn) = last(n0 - 2, dnm1, z) else {
        mins.dmin = dmin;
        return;
    };
    dmin = min_nan(dmin, dn);
    mins.dn = dn;
    mins.dmin = dmin;
    z[iq(n0 - 1, np)] = dn;
    z[ie(n0 - 1, np)] = emin;
}

/// One dqd sweep (no shift) over the block `i0..n0` guarding against
/// underflow (`slasq6`, `dlasq6`): a zero new `q` restarts the recurrence,
/// and a quotient that would underflow is formed in the other order.
/// Blocks of fewer than three elements are left alone.
pub fn lasq6<R: RealScalar>(i0: usize, n0: usize, z: &mut [R], pp: usize, mins: &mut SweepMins<R>) {
    if n0 < i0 + 3 {
        return;
    }
    let zero = R::zero();
    let safmin = lamch::<R>(Machine::SafeMin);
    let np = 1 - pp;
    let mut emin = z[iq(i0 + 1, pp)];
    let mut d = z[iq(i0, pp)];
    let mut dmin = d;
    // One guarded step at k: the new d, and whether the recurrence restarted.
    let guarded = |k: usize, d: R, z: &mut [R]| -> (R, bool) {
        let qn = d + z[ie(k, pp)];
        z[iq(k, np)] = qn;
        let qnext = z[iq(k + 1, pp)];
        if qn == zero {
            z[ie(k, np)] = zero;
            (qnext, true)
        } else if safmin * qnext < qn && safmin * qn < qnext {
            let temp = qnext / qn;
            z[ie(k, np)] = z[ie(k, pp)] * temp;
            (d * temp, false)
        } else {
            z[ie(k, np)] = qnext * (z[ie(k, pp)] / qn);
            (qnext * (d / qn), false)
        }
    };
    for k in i0..n0 - 3 {
        let (nd, restart) = guarded(k, d, z);
        d = nd;
        if restart {
            dmin = d;
            emin = zero;
        }
        dmin = dmin.min(d);
        emin = emin.min(z[ie(k, np)]);
    }
    let dnm2 = d;
    mins.dnm2 = dnm2;
    mins.dmin2 = dmin;
    let (dnm1, restart) = guarded(n0 - 3, dnm2, z);
    if restart {
        dmin = dnm1;
        emin = zero;
    }
    dmin = dmin.min(dnm1);
    mins.dnm1 = dnm1;
    mins.dmin1 = dmin;
    let (dn, restart) = guarded(n0 - 2, dnm1, z);
    if restart {
        dmin = dn;
        emin = zero;
    }
    dmin = dmin.min(dn);
    mins.dn = dn;
    mins.dmin = dmin;
    z[iq(n0 - 1, np)] = dn;
    z[ie(n0 - 1, np)] = emin;
}

/// The shift for the next dqds sweep on the block `i0..n0` (`slasq4`,
/// `dlasq4`), from the last sweep's `mins` and how many eigenvalues were
/// deflated since (`n0in`, the block's end before deflation, minus `n0`).
/// Sets the shift `tau`, except where the reference returns early (a ratio
/// `e/q` above one while estimating), which leaves the previous shift;
/// `ttype` records which of the reference's cases chose it (negative
/// numbers), `g` is the damping of case 6, kept between calls. The block
/// has at least three elements.
#[allow(clippy::too_many_arguments)]
pub fn lasq4<R: RealScalar>(
    i0: usize,
    n0: usize,
    z: &[R],
    pp: usize,
    n0in: usize,
    mins: &SweepMins<R>,
    tau: &mut R,
    ttype: &mut i64,
    g: &mut R,
) {
    let SweepMins { dmin, dmin1, dmin2, dn, dnm1: dn1, dnm2: dn2 } = *mins;
    let r = R::from_f64;
    let (cnst1, cnst2, cnst3) = (r(0.563), r(1.01), r(1.05));
    let (qurtr, third, half, zero, one, two, hundrd) =
        (r(0.25), r(0.333), r(0.5), R::zero(), R::one(), r(2.0), r(100.0));
    // A negative dmin asks for exactly that shift.
    if dmin <= zero {
        *tau = -dmin;
        *ttype = -1;
        return;
    }
    let l = n0 - 1;
    // The q and e of the array pp, and of the array a sweep wrote last.
    let q = |k: usize| z[iq(k, pp)];
    let e = |k: usize| z[ie(k, pp)];
    let qq = |k: usize| z[4 * k + 1 - pp];
    let ee = |k: usize| z[iee(k, pp)];
    // Sum of the ratios e_k / q_k for k = top down to i0 while they keep
    // mattering (the contribution to the squared norm from above), starting
    // from `b2`; None when a ratio exceeds one (no estimate: keep the safe shift).
    let tail = |top: Option<usize>, mut a2: R, mut b2: R, stop_on_a2: bool| -> Option<(R, R)> {
        if let Some(top) = top {
            for k in (i0..=top).rev() {
                if b2 == zero {
                    break;
                }
                let b1 = b2;
                if e(k) > q(k) {
                    return None;
                }
                b2 *= e(k) / q(k);
                a2 += b2;
                if hundrd * b2.max(b1) < a2 || (stop_on_a2 && cnst1 < a2) {
                    break;
                }
            }
        }
        Some((a2, b2))
    };
    let below = |k: usize| if k > i0 { Some(k - 1) } else { None };
    let mut s = zero;
    if n0in == n0 {
        // No eigenvalue deflated.
        if dmin == dn || dmin == dn1 {
            let b1 = q(l).sqrt() * e(l - 1).sqrt();
            let b2 = q(l - 1).sqrt() * e(l - 2).sqrt();
            let a2 = q(l - 1) + e(l - 1);
            if dmin == dn && dmin1 == dn1 {
                // Cases 2 and 3.
                let gap2 = dmin2 - a2 - dmin2 * qurtr;
                let gap1 = if gap2 > zero && gap2 > b2 { a2 - dn - (b2 / gap2) * b2 } else { a2 - dn - (b1 + b2) };
                if gap1 > zero && gap1 > b1 {
                    s = (dn - (b1 / gap1) * b1).max(half * dmin);
                    *ttype = -2;
                } else {
                    s = zero;
                    if dn > b1 {
                        s = dn - b1;
                    }
                    if a2 > b1 + b2 {
                        s = s.min(a2 - (b1 + b2));
                    }
                    s = s.max(third * dmin);
                    *ttype = -3;
                }
            } else {
                // Case 4.
                *ttype = -4;
                s = qurtr * dmin;
                let (gam, a2, b2, top);
                if dmin == dn {
                    gam = dn;
                    a2 = zero;
                    if e(l - 1) > q(l - 1) {
                        return;
                    }
                    b2 = e(l - 1) / q(l - 1);
                    top = Some(l - 2);
                } else {
                    gam = dn1;
                    if ee(l - 1) > qq(l) {
                        return;
                    }
                    let a = ee(l - 1) / qq(l);
                    if e(l - 2) > q(l - 2) {
                        return;
                    }
                    a2 = a;
                    b2 = e(l - 2) / q(l - 2);
                    top = below(l - 2);
                }
                let Some((a2, _)) = tail(top, a2 + b2, b2, true) else {
                    return;
                };
                let a2 = cnst3 * a2;
                // Rayleigh quotient residual bound.
                if a2 < cnst1 {
                    s = gam * (one - a2.sqrt()) / (one + a2);
                }
            }
        } else if dmin == dn2 {
            // Case 5.
            *ttype = -5;
            s = qurtr * dmin;
            let b1 = qq(l);
            let b2 = qq(l - 1);
            let gam = dn2;
            if ee(l - 2) > b2 || ee(l - 1) > b1 {
                return;
            }
            let mut a2 = (ee(l - 2) / b2) * (one + ee(l - 1) / b1);
            if n0 > i0 + 3 {
                let b2 = e(l - 3) / q(l - 3);
                let Some((t, _)) = tail(below(l - 3), a2 + b2, b2, true) else {
                    return;
                };
                a2 = cnst3 * t;
            }
            if a2 < cnst1 {
                s = gam * (one - a2.sqrt()) / (one + a2);
            }
        } else {
            // Case 6, no information to guide us.
            if *ttype == -6 {
                *g = *g + third * (one - *g);
            } else if *ttype == -18 {
                *g = qurtr * third;
            } else {
                *g = qurtr;
            }
            s = *g * dmin;
            *ttype = -6;
        }
    } else if n0in == n0 + 1 {
        // One eigenvalue just deflated: dmin1, dn1 play dmin and dn.
        if dmin1 == dn1 && dmin2 == dn2 {
            // Cases 7 and 8.
            *ttype = -7;
            s = third * dmin1;
            if e(l - 1) > q(l - 1) {
                return;
            }
            let b1 = e(l - 1) / q(l - 1);
            let Some(b2) = ratio_sum(i0, l, b1, &q, &e, false) else {
                return;
            };
            let b2 = (cnst3 * b2).sqrt();
            let a2 = dmin1 / (one + b2 * b2);
            let gap2 = half * dmin2 - a2;
            if gap2 > zero && gap2 > b2 * a2 {
                s = s.max(a2 * (one - cnst2 * a2 * (b2 / gap2) * b2));
            } else {
                s = s.max(a2 * (one - cnst2 * b2));
                *ttype = -8;
            }
        } else {
            // Case 9.
            s = qurtr * dmin1;
            if dmin1 == dn1 {
                s = half * dmin1;
            }
            *ttype = -9;
        }
    } else if n0in == n0 + 2 {
        // Two eigenvalues deflated: dmin2, dn2 play dmin and dn.
        // Cases 10 and 11.
        if dmin2 == dn2 && two * e(l - 1) < q(l - 1) {
            *ttype = -10;
            s = third * dmin2;
            if e(l - 1) > q(l - 1) {
                return;
            }
            let b1 = e(l - 1) / q(l - 1);
            let Some(b2) = ratio_sum(i0, l, b1, &q, &e, true) else {
                return;
            };
            let b2 = (cnst3 * b2).sqrt();
            let a2 = dmin2 / (one + b2 * b2);
            let gap2 = q(l - 1) + e(l - 2) - q(l - 2).sqrt() * e(l - 2).sqrt() - a2;
            if gap2 > zero && gap2 > b2 * a2 {
                s = s.max(a2 * (one - cnst2 * a2 * (b2 / gap2) * b2));
            } else {
                s = s.max(a2 * (one - cnst2 * b2));
            }
        } else {
            s = qurtr * dmin2;
            *ttype = -11;
        }
    } else if n0in > n0 + 2 {
        // Case 12, more than two eigenvalues deflated. No information.
        s = zero;
        *ttype = -12;
    }
    *tau = s;
}

/// The running sum of products of ratios `e_k / q_k` for `k = l-2` down to
/// `i0`, started at `b1` (cases 7, 8, 10, 11 of [`lasq4`]); `None` when a
/// ratio exceeds one. `last_only` is the stopping test of cases 10/11
/// (the latest term alone against the sum).
fn ratio_sum<R: RealScalar>(
    i0: usize,
    l: usize,
    b1: R,
    q: &impl Fn(usize) -> R,
    e: &impl Fn(usize) -> R,
    last_only: bool,
) -> Option<R> {
    let hundrd = R::from_f64(100.0);
    let mut b1 = b1;
    let mut b2 = b1;
    if b2 == R::zero() || l < i0 + 2 {
        return Some(b2);
    }
    for k in (i0..=l - 2).rev() {
        let a2 = b1;
        if e(k) > q(k) {
            return None;
        }
        b1 *= e(k) / q(k);
        b2 += b1;
        let stop = if last_only { hundrd * b1 < b2 } else { hundrd * b1.max(a2) < b2 };
        if stop {
            break;
        }
    }
    Some(b2)
}

/// Reverses the order of the elements `i0..n0` of the qd array(s): both
/// arrays when `both`, only array 0 (the input layout of `lasq2`) otherwise.
/// `q_k` pairs with `q_{i0+n0-1-k}` and `e_k` with `e_{i0+n0-2-k}` (the
/// last `e` is not part of the matrix).
fn reverse<R: RealScalar>(z: &mut [R], i0: usize, n0: usize, both: bool) {
    let arrays: &[usize] = if both { &[0, 1] } else { &[0] };
    let mut k = i0;
    while 2 * k + 2 <= i0 + n0 {
        for &p in arrays {
            z.swap(iq(k, p), iq(i0 + n0 - 1 - k, p));
            z.swap(ie(k, p), ie(i0 + n0 - 2 - k, p));
        }
        k += 1;
    }
}

/// The eigenvalues of the 2x2 block with `q1 >= q2` and coupling `e`
/// (`[q1 + e ...]` in qd form), in place: the larger into `q1`, the smaller
/// into `q2`, both accurate to high relative accuracy.
fn eig2<R: RealScalar>(q1: &mut R, e: R, q2: &mut R, tol2: R) {
    let (half, one) = (R::from_f64(0.5), R::one());
    if e > *q2 * tol2 {
        let t = half * ((*q1 - *q2) + e);
        let mut s = *q2 * (e / t);
        if s <= t {
            s = *q2 * (e / (t * (one + (one + s / t).sqrt())));
        } else {
            s = *q2 * (e / (t + t.sqrt() * (t + s).sqrt()));
        }
        let t = *q1 + (s + e);
        *q2 *= *q1 / t;
        *q1 = t;
    }
}

/// Deflation checks, a shift, and one dqds sweep on the block `i0..n0`
/// (`slasq3`, `dlasq3`). Deflated eigenvalues (plus `sigma`) go to
/// `z[4k]` and shrink `n0`. `pp` is the array to read (2: array 0 after a
/// flip, skipping nothing the reference does not skip); on return it is the
/// array read by the sweep (the caller flips it). A too-large shift is
/// retried smaller; a sweep that fails with no shift falls back to the
/// guarded `lasq6`. `ieee` is passed to [`lasq5`].
pub fn lasq3<R: RealScalar>(i0: usize, n0: &mut usize, z: &mut [R], pp: &mut usize, st: &mut DqdsState<R>, ieee: bool) {
    let r = R::from_f64;
    let (cbias, qurtr, one, two, zero) = (r(1.5), r(0.25), R::one(), r(2.0), R::zero());
    let n0in = *n0;
    let eps = lamch::<R>(Machine::Precision);
    let tol = eps * r(100.0);
    let tol2 = tol * tol;
    let sigma = st.sigma;
    // Deflate from the bottom: one eigenvalue when e_{l-1} is negligible,
    // two when e_{l-2} is.
    loop {
        if *n0 <= i0 {
            return;
        }
        let l = *n0 - 1;
        let p = *pp;
        if l == i0 {
            z[iq(l, 0)] = z[iq(l, p)] + sigma;
            *n0 -= 1;
            continue;
        }
        if l > i0 + 1 {
            let one_small =
                !(z[ie(l - 1, p)] > tol2 * (sigma + z[iq(l, p)]) && z[iee(l - 1, p)] > tol2 * z[iq(l - 1, p)]);
            if one_small {
                z[iq(l, 0)] = z[iq(l, p)] + sigma;
                *n0 -= 1;
                continue;
            }
            let two_small = !(z[ie(l - 2, p)] > tol2 * sigma && z[iee(l - 2, p)] > tol2 * z[iq(l - 2, p)]);
            if !two_small {
                break;
            }
        }
        // The trailing 2x2 block splits off.
        let (a, b) = (iq(l - 1, p), iq(l, p));
        if z[b] > z[a] {
            z.swap(a, b);
        }
        let (mut q1, mut q2) = (z[a], z[b]);
        eig2(&mut q1, z[ie(l - 1, p)], &mut q2, tol2);
        z[a] = q1;
        z[b] = q2;
        z[iq(l - 1, 0)] = q1 + sigma;
        z[iq(l, 0)] = q2 + sigma;
        *n0 -= 2;
    }
    if *pp == 2 {
        *pp = 0;
    }
    let pp_ = *pp;
    let n0_ = *n0;
    let l = n0_ - 1;
    // Reverse the block if its larger end is at the bottom.
    if (st.mins.dmin <= zero || n0_ < n0in) && cbias * z[iq(i0, pp_)] < z[iq(l, pp_)] {
        reverse(z, i0, n0_, true);
        if n0_ - i0 <= 5 {
            z[ie(l, pp_)] = z[ie(i0, pp_)];
            z[iee(l, pp_)] = z[iee(i0, pp_)];
        }
        st.mins.dmin2 = st.mins.dmin2.min(z[ie(l, pp_)]);
        z[ie(l, pp_)] = z[ie(l, pp_)].min(z[ie(i0, pp_)]).min(z[ie(i0 + 1, pp_)]);
        z[iee(l, pp_)] = z[iee(l, pp_)].min(z[iee(i0, pp_)]).min(z[iee(i0 + 1, pp_)]);
        st.qmax = st.qmax.max(z[iq(i0, pp_)]).max(z[iq(i0 + 1, pp_)]);
        st.mins.dmin = -zero;
    }
    lasq4(i0, n0_, z, pp_, n0in, &st.mins, &mut st.tau, &mut st.ttype, &mut st.g);
    let ndiv_step = (n0_ - i0 + 1) as i64;
    // Sweep until the d's come out non-negative. A retry either shrinks the
    // shift or, after two failures, drops it; a failure with no shift goes
    // to the guarded sweep, so this ends.
    let mut guarded = false;
    loop {
        lasq5(i0, n0_, z, pp_, &mut st.tau, st.sigma, &mut st.mins, ieee, eps);
        st.ndiv += ndiv_step;
        st.iter += 1;
        let m = st.mins;
        if m.dmin >= zero && m.dmin1 >= zero {
            break;
        } else if m.dmin < zero
            && m.dmin1 > zero
            && z[iee(l - 1, pp_)] < tol * (st.sigma + m.dnm1)
            && m.dn.abs() < tol * st.sigma
        {
            // Convergence hidden by a negative dn.
            z[iq(l, 1 - pp_)] = zero;
            st.mins.dmin = zero;
            break;
        } else if m.dmin < zero {
            // The shift was too big: choose a smaller one and try again.
            st.nfail += 1;
            if st.tau == zero {
                // A negative d without a shift: only bad data does that.
                guarded = true;
                break;
            } else if st.ttype < -22 {
                st.tau = zero;
            } else if m.dmin1 > zero {
                // Late failure: an excellent shift.
                st.tau = (st.tau + m.dmin) * (one - two * eps);
                st.ttype -= 11;
            } else {
                // Early failure.
                st.tau = qurtr * st.tau;
                st.ttype -= 12;
            }
        } else if m.dmin.is_nan() {
            if st.tau == zero {
                guarded = true;
                break;
            }
            st.tau = zero;
        } else {
            // Possible underflow: play it safe.
            guarded = true;
            break;
        }
    }
    if guarded {
        lasq6(i0, n0_, z, pp_, &mut st.mins);
        st.ndiv += ndiv_step;
        st.iter += 1;
        st.tau = zero;
    }
    // sigma += tau, carrying the rounding error in desig.
    let tau = st.tau;
    let t;
    if tau < st.sigma {
        st.desig += tau;
        t = st.sigma + st.desig;
        st.desig -= t - st.sigma;
    } else {
        t = st.sigma + tau;
        st.desig = st.sigma - (t - tau) + st.desig;
    }
    st.sigma = t;
}

/// The eigenvalues of the symmetric positive definite tridiagonal matrix
/// whose qd form is `z[0..2n-1]` = `q_0, e_0, q_1, e_1, ..., q_{n-1}`
/// (`slasq2`, `dlasq2`), to high relative accuracy, by dqds. `z` holds
/// `4 n` entries.
///
/// On success the eigenvalues are in `z[0..n]` in decreasing order, and
/// `z[2n..2n+5]` hold the trace, the sum of the eigenvalues, the number of
/// sweeps, the divisions per element squared and the percentage of failed
/// shifts (for `n >= 3`; `n <= 2` returns as the reference does).
///
/// Returns LAPACK's INFO: 0; `-(201 + j)` when `z[j]` is negative (the
/// reference's `-(200 + J)`, `J` 1-based); 1 when a split was marked wrong
/// (an internal error); 2 when a block needed more than `100 (size)` sweeps:
/// `z[0..2n]` then holds the current `q`s and `e`s (`q_k` at `z[2k]`), a
/// bidiagonal with the same singular values (squared) to finish with; 3
/// when more than `n` blocks split off.
pub fn lasq2<R: RealScalar>(z: &mut [R]) -> i64 {
    let n = z.len() / 4;
    assert!(z.len() >= 4 * n);
    let r = R::from_f64;
    let (zero, half, four, hundrd, cbias) = (R::zero(), r(0.5), r(4.0), r(100.0), r(1.5));
    let eps = lamch::<R>(Machine::Precision);
    let safmin = lamch::<R>(Machine::SafeMin);
    let tol = eps * hundrd;
    let tol2 = tol * tol;
    let neg = |j: usize| -(201 + j as i64);
    match n {
        0 => return 0,
        1 => return if z[0] < zero { neg(0) } else { 0 },
        2 => {
            if let Some(j) = z[..3].iter().position(|&x| x < zero) {
                return neg(j);
            }
            if z[2] > z[0] {
                z.swap(0, 2);
            }
            z[4] = z[0] + z[1] + z[2];
            let (mut q1, mut q2) = (z[0], z[2]);
            eig2(&mut q1, z[1], &mut q2, tol2);
            z[0] = q1;
            z[2] = q2;
            z[1] = z[2];
            z[5] = z[1] + z[0];
            return 0;
        }
        _ => {}
    }
    // Check for negative data and sum the q's and e's.
    z[2 * n - 1] = zero;
    let mut d = zero;
    let mut e = zero;
    for k in 0..n - 1 {
        if z[2 * k] < zero {
            return neg(2 * k);
        }
        if z[2 * k + 1] < zero {
            return neg(2 * k + 1);
        }
        d += z[2 * k];
        e += z[2 * k + 1];
    }
    if z[2 * n - 2] < zero {
        return neg(2 * n - 2);
    }
    d += z[2 * n - 2];
    // Already diagonal.
    if e == zero {
        for k in 1..n {
            z[k] = z[2 * k];
        }
        lasrt(SortOrder::Decreasing, &mut z[..n]);
        z[2 * n - 2] = d;
        return 0;
    }
    let trace = d + e;
    if trace == zero {
        z[2 * n - 2] = zero;
        return 0;
    }
    // Spread the data into the two-array layout.
    for k in (0..n).rev() {
        let (qk, ek) = (z[2 * k], z[2 * k + 1]);
        z[4 * k + 3] = zero;
        z[4 * k + 2] = ek;
        z[4 * k + 1] = zero;
        z[4 * k] = qk;
    }
    let (mut i0, mut n0) = (0usize, n);
    // Put the larger end on top.
    if cbias * z[iq(i0, 0)] < z[iq(n0 - 1, 0)] {
        reverse(z, i0, n0, false);
    }
    // Initial split checks: a dqd sweep each way, with Li's test.
    let mut pp = 0usize;
    let mut qmax = zero;
    for _ in 0..2 {
        let np = 1 - pp;
        let mut d = z[iq(n0 - 1, pp)];
        for k in (i0..n0 - 1).rev() {
            if z[ie(k, pp)] <= tol2 * d {
                z[ie(k, pp)] = -zero;
                d = z[iq(k, pp)];
            } else {
                d = z[iq(k, pp)] * (d / (d + z[ie(k, pp)]));
            }
        }
        let mut d = z[iq(i0, pp)];
        for k in i0..n0 - 1 {
            let qn = d + z[ie(k, pp)];
            z[iq(k, np)] = qn;
            let qnext = z[iq(k + 1, pp)];
            if z[ie(k, pp)] <= tol2 * d {
                z[ie(k, pp)] = -zero;
                z[iq(k, np)] = d;
                z[ie(k, np)] = zero;
                d = qnext;
            } else if safmin * qnext < qn && safmin * qn < qnext {
                let temp = qnext / qn;
                z[ie(k, np)] = z[ie(k, pp)] * temp;
                d *= temp;
            } else {
                z[ie(k, np)] = qnext * (z[ie(k, pp)] / qn);
                d = qnext * (d / qn);
            }
        }
        z[iq(n0 - 1, np)] = d;
        qmax = z[iq(i0, np)];
        for k in i0 + 1..n0 {
            qmax = qmax.max(z[iq(k, np)]);
        }
        pp = np;
    }
    let mut st = DqdsState { qmax, iter: 2, ndiv: 2 * (n0 - i0 - 1) as i64, ..DqdsState::default() };
    let ieee = true;
    for _ in 0..=n {
        if n0 == 0 {
            return finish(z, n, trace, &st);
        }
        // e of the element above a block holds minus the shift it split with.
        st.desig = zero;
        st.sigma = if n0 == n { zero } else { -z[ie(n0 - 1, 0)] };
        if st.sigma < zero {
            return 1;
        }
        // Find the top of the last unreduced block, and a Gershgorin-type
        // bound when the q's dominate the e's.
        let l = n0 - 1;
        let mut emax = zero;
        let mut qmin = z[iq(l, 0)];
        st.qmax = qmin;
        i0 = 0;
        for k in (1..=l).rev() {
            if z[ie(k - 1, 0)] <= zero {
                i0 = k;
                break;
            }
            if qmin >= four * emax {
                qmin = qmin.min(z[iq(k, 0)]);
                emax = emax.max(z[ie(k - 1, 0)]);
            }
            st.qmax = st.qmax.max(z[iq(k - 1, 0)] + z[ie(k - 1, 0)]);
        }
        pp = 0;
        // Flip the block if its smallest d (of a dqd sweep) sits near the top.
        if n0 - i0 > 2 {
            let mut dee = z[iq(i0, 0)];
            let mut deemin = dee;
            let mut kmin = i0;
            for k in i0 + 1..n0 {
                dee = z[iq(k, 0)] * (dee / (dee + z[ie(k - 1, 0)]));
                if dee <= deemin {
                    deemin = dee;
                    kmin = k;
                }
            }
            if 2 * (kmin - i0) < n0 - kmin - 1 && deemin <= half * z[iq(l, 0)] {
                reverse(z, i0, n0, true);
                pp = 2;
            }
        }
        // -(initial shift) in dmin.
        st.mins.dmin = -(zero.max(qmin - r(2.0) * qmin.sqrt() * emax.sqrt()));
        let nbig = 100 * (n0 - i0);
        let mut done = false;
        for _ in 0..nbig {
            if i0 >= n0 {
                done = true;
                break;
            }
            lasq3(i0, &mut n0, z, &mut pp, &mut st, ieee);
            pp = 1 - pp;
            // When emin is tiny, look for splits.
            if pp == 0 && n0 >= i0 + 4 {
                let l = n0 - 1;
                if z[ie(l, 1)] <= tol2 * st.qmax || z[ie(l, 0)] <= tol2 * st.sigma {
                    let mut split = i0;
                    st.qmax = z[iq(i0, 0)];
                    let mut emin = z[ie(i0, 0)];
                    let mut oldemn = z[ie(i0, 1)];
                    for k in i0..n0 - 3 {
                        if z[ie(k, 1)] <= tol2 * z[iq(k, 0)] || z[ie(k, 0)] <= tol2 * st.sigma {
                            z[ie(k, 0)] = -st.sigma;
                            split = k + 1;
                            st.qmax = zero;
                            emin = z[ie(k + 1, 0)];
                            oldemn = z[ie(k + 1, 1)];
                        } else {
                            st.qmax = st.qmax.max(z[iq(k + 1, 0)]);
                            emin = emin.min(z[ie(k, 0)]);
                            oldemn = oldemn.min(z[ie(k, 1)]);
                        }
                    }
                    z[ie(l, 0)] = emin;
                    z[ie(l, 1)] = oldemn;
                    i0 = split;
                }
            }
        }
        if done {
            continue;
        }
        // Too many sweeps: undo the shifts of the unfinished blocks and
        // hand back a qd array with the same eigenvalues.
        return_block(z, i0, n0, st.sigma);
        for k in 0..n {
            z[2 * k] = z[iq(k, 0)];
            z[2 * k + 1] = if k + 1 < n0 { z[ie(k, 0)] } else { zero };
        }
        return 2;
    }
    3
}

/// Undoes the shift `sigma` of the finished-with-failure blocks `b0..b1` and
/// every block above it (see the end of [`lasq2`]).
fn return_block<R: RealScalar>(z: &mut [R], mut b0: usize, mut b1: usize, mut sigma: R) {
    loop {
        let mut tempq = z[iq(b0, 0)];
        z[iq(b0, 0)] = z[iq(b0, 0)] + sigma;
        for k in b0 + 1..b1 {
            let tempe = z[ie(k - 1, 0)];
            z[ie(k - 1, 0)] = z[ie(k - 1, 0)] * (tempq / z[iq(k - 1, 0)]);
            tempq = z[iq(k, 0)];
            z[iq(k, 0)] = z[iq(k, 0)] + sigma + tempe - z[ie(k - 1, 0)];
        }
        if b0 == 0 {
            return;
        }
        let last = b0 - 1;
        let mut top = last;
        while top >= 1 && z[ie(top - 1, 0)] >= R::zero() {
            top -= 1;
        }
        sigma = -z[ie(last, 0)];
        b0 = top;
        b1 = last + 1;
    }
}

/// The sorted eigenvalues and the statistics of a finished [`lasq2`].
fn finish<R: RealScalar>(z: &mut [R], n: usize, trace: R, st: &DqdsState<R>) -> i64 {
    for k in 1..n {
        z[k] = z[iq(k, 0)];
    }
    lasrt(SortOrder::Decreasing, &mut z[..n]);
    let mut e = R::zero();
    for k in (0..n).rev() {
        e += z[k];
    }
    z[2 * n] = trace;
    z[2 * n + 1] = e;
    z[2 * n + 2] = R::from_f64(st.iter as f64);
    z[2 * n + 3] = R::from_f64(st.ndiv as f64 / (n * n) as f64);
    z[2 * n + 4] = R::from_f64(100.0 * st.nfail as f64 / st.iter as f64);
    0
}

/// The singular values of the `n x n` bidiagonal matrix with diagonal `d`
/// and off-diagonal `e[0..n-1]` (`slasq1`, `dlasq1`), to high relative
/// accuracy, by dqds on the squares. On success `d` holds them in
/// decreasing order and `e` is overwritten. `work` holds `4 n` entries.
///
/// `Err(Info)` as [`lasq2`]: 1 (internal error), 2 (too many sweeps: `d`
/// and `e[0..n]` then hold a bidiagonal with the same singular values,
/// which `bdsqr` finishes; `e` needs `n` entries for that), 3 (too many
/// splits).
pub fn lasq1<R: RealScalar>(d: &mut [R], e: &mut [R], work: &mut [R]) -> Result<(), Info> {
    let n = d.len();
    let zero = R::zero();
    match n {
        0 => return Ok(()),
        1 => {
            d[0] = d[0].abs();
            return Ok(());
        }
        2 => {
            let (mn, mx) = super::small::las2(d[0], e[0], d[1]);
            d[0] = mx;
            d[1] = mn;
            return Ok(());
        }
        _ => {}
    }
    // Estimate the largest singular value.
    let mut sigmx = zero;
    for i in 0..n - 1 {
        d[i] = d[i].abs();
        sigmx = sigmx.max(e[i].abs());
    }
    d[n - 1] = d[n - 1].abs();
    if sigmx == zero {
        lasrt(SortOrder::Decreasing, d);
        return Ok(());
    }
    for &di in d.iter() {
        sigmx = sigmx.max(di);
    }
    // Scale into a range where squaring neither overflows nor underflows
    // (squaring makes scaling by a power of the radix pointless).
    let eps = lamch::<R>(Machine::Precision);
    let safmin = lamch::<R>(Machine::SafeMin);
    let scale = (eps / safmin).sqrt();
    let work = &mut work[..4 * n];
    for i in 0..n {
        work[2 * i] = d[i];
    }
    for i in 0..n - 1 {
        work[2 * i + 1] = e[i];
    }
    lascl(
        MatrixKind::General,
        0,
        0,
        sigmx,
        scale,
        2 * n - 1,
        1,
        MatMut::from_col_major(&mut work[..2 * n - 1], 2 * n - 1, 1, 2 * n - 1),
    );
    for w in work[..2 * n - 1].iter_mut() {
        *w = *w * *w;
    }
    work[2 * n - 1] = zero;
    let info = lasq2(work);
    match info {
        0 => {
            for i in 0..n {
                d[i] = work[i].sqrt();
            }
            lascl(MatrixKind::General, 0, 0, scale, sigmx, n, 1, MatMut::from_col_major(d, n, 1, n));
            Ok(())
        }
        2 => {
            for i in 0..n {
                d[i] = work[2 * i].sqrt();
                if i < e.len() {
                    e[i] = work[2 * i + 1].sqrt();
                }
            }
            lascl(MatrixKind::General, 0, 0, scale, sigmx, n, 1, MatMut::from_col_major(d, n, 1, n));
            let ne = e.len().min(n);
            lascl(MatrixKind::General, 0, 0, scale, sigmx, ne, 1, MatMut::from_col_major(&mut e[..ne], ne, 1, ne));
            Err(Info::new(2))
        }
        i => Err(Info::new(i as usize)),
    }
}
