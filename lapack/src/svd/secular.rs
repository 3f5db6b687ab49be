//! The secular equation of the bidiagonal divide and conquer,
//! `f(sigma) = 1 + rho sum_j z_j^2 / ((d_j - sigma)(d_j + sigma)) = 0`
//! (`?lasd4`, `?lasd5`): the singular values of `diag(d)` updated by the
//! rank-one row `sqrt(rho) z^T`.
//!
//! Each root is found in the squared variable `sigma^2 - d_o^2` relative to
//! its nearest pole `d_o`, and both `d_j - sigma` and `d_j + sigma` are kept,
//! so the differences that the singular vectors are built from are accurate
//! to a few ulps however close the root is to a pole (Gu and Eisenstat; the
//! iteration is Li's middle way, with Gragg's three-pole step from
//! [`laed6`] when the two-pole step stagnates).

// Index loops over several parallel arrays read more plainly than zipped iterators.
#![allow(clippy::needless_range_loop)]

use crate::sym_eigen::tridiagonal::laed6;
use crate::Info;
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::RealScalar;

/// Iterations allowed for one root (the reference's `MAXIT`).
const MAXIT: usize = 400;

/// The root of order 2 (`?lasd5`): the `i`-th (0-based, `i < 2`) singular
/// value of `diag(d) + rho`-weighted row `z` for `0 <= d[0] < d[1]`,
/// `rho > 0`. Returns `(sigma, delta, work)` with `delta[j] = d[j] - sigma`
/// and `work[j] = d[j] + sigma`, each formed without cancellation.
pub fn lasd5<R: RealScalar>(i: usize, d: [R; 2], z: [R; 2], rho: R) -> (R, [R; 2], [R; 2]) {
    let (zero, one, two, three, four) = (R::zero(), R::one(), R::from_f64(2.0), R::from_f64(3.0), R::from_f64(4.0));
    let del = d[1] - d[0];
    let delsq = del * (d[1] + d[0]);
    let (z0, z1) = (z[0] * z[0], z[1] * z[1]);
    if i == 0 {
        // f at the midpoint of the squares decides which pole is nearer.
        let w = one + four * rho * (z1 / (d[0] + three * d[1]) - z0 / (three * d[0] + d[1])) / del;
        if w > zero {
            let b = delsq + rho * (z0 + z1);
            let c = rho * z0 * delsq;
            let tau = two * c / (b + (b * b - four * c).abs().sqrt());
            let tau = tau / (d[0] + (d[0] * d[0] + tau).sqrt());
            return (d[0] + tau, [-tau, del - tau], [two * d[0] + tau, (d[0] + tau) + d[1]]);
        }
        let b = -delsq + rho * (z0 + z1);
        let c = rho * z1 * delsq;
        let tau =
            if b > zero { -two * c / (b + (b * b + four * c).sqrt()) } else { (b - (b * b + four * c).sqrt()) / two };
        let tau = tau / (d[1] + (d[1] * d[1] + tau).abs().sqrt());
        return (d[1] + tau, [-(del + tau), -tau], [d[0] + tau + d[1], two * d[1] + tau]);
    }
    let b = -delsq + rho * (z0 + z1);
    let c = rho * z1 * delsq;
    let tau = if b > zero { (b + (b * b + four * c).sqrt()) / two } else { two * c / (-b + (b * b + four * c).sqrt()) };
    let tau = tau / (d[1] + (d[1] * d[1] + tau).sqrt());
    (d[1] + tau, [-(del + tau), -tau], [d[0] + tau + d[1], two * d[1] + tau])
}

/// The secular function split at pole `ii`: `psi` sums the poles below it,
/// `phi` those above, with their derivatives and a bound on the rounding
/// error of `w`.
struct Eval<R> {
    w: R,
    dw: R,
    psi: R,
    phi: R,
    dpsi: R,
    dphi: R,
    erretm: R,
}

/// Evaluates the secular function at the point whose differences are
/// `delta` and sums `work`, singling out pole `ii` (`ii + 1 < n`: an
/// interior root; `tau` is the current shift in the squared variable).
fn eval_mid<R: RealScalar>(z: &[R], delta: &[R], work: &[R], ii: usize, rhoinv: R, tau: R) -> Eval<R> {
    let n = z.len();
    let (zero, two, three, eight) = (R::zero(), R::from_f64(2.0), R::from_f64(3.0), R::from_f64(8.0));
    let (mut psi, mut dpsi, mut erretm) = (zero, zero, zero);
    for j in 0..ii {
        let t = z[j] / (work[j] * delta[j]);
        psi += z[j] * t;
        dpsi += t * t;
        erretm += psi;
    }
    let mut erretm = erretm.abs();
    let (mut phi, mut dphi) = (zero, zero);
    for j in (ii + 1..n).rev() {
        let t = z[j] / (work[j] * delta[j]);
        phi += z[j] * t;
        dphi += t * t;
        erretm += phi;
    }
    let t = z[ii] / (work[ii] * delta[ii]);
    let dw = dpsi + dphi + t * t;
    let t = z[ii] * t;
    let w = rhoinv + phi + psi + t;
    erretm = eight * (phi - psi) + erretm + two * rhoinv + three * t.abs() + tau.abs() * dw;
    Eval { w, dw, psi, phi, dpsi, dphi, erretm }
}

/// The `i`-th smallest (0-based) root `sigma` of the secular equation of
/// order `n = d.len() >= 1` (`?lasd4`): `0 <= d[0] < d[1] < ... `,
/// `rho > 0`, `z` without zero entries.
///
/// Fills `delta[j] = d[j] - sigma` and `work[j] = d[j] + sigma`, each
/// accurate relative to the nearest pole. Returns `sigma`, with
/// `Err(Info::new(1))` when the iteration did not converge (the current
/// approximation is returned alongside). For `n = 1` `delta = work = [1]`,
/// as the reference leaves them.
pub fn lasd4<R: RealScalar>(
    i: usize,
    d: &[R],
    z: &[R],
    delta: &mut [R],
    rho: R,
    work: &mut [R],
) -> (R, Result<(), Info>) {
    let n = d.len();
    let (zero, one, two, four, eight, ten) =
        (R::zero(), R::one(), R::from_f64(2.0), R::from_f64(4.0), R::from_f64(8.0), R::from_f64(10.0));
    if n == 1 {
        delta[0] = one;
        work[0] = one;
        return ((d[0] * d[0] + rho * z[0] * z[0]).sqrt(), Ok(()));
    }
    if n == 2 {
        let (s, dl, wk) = lasd5(i, [d[0], d[1]], [z[0], z[1]], rho);
        delta[..2].copy_from_slice(&dl);
        work[..2].copy_from_slice(&wk);
        return (s, Ok(()));
    }
    let eps = lamch::<R>(Machine::Eps);
    let rhoinv = one / rho;
    let done = |w: R, erretm: R| w.abs() <= eps * erretm;

    if i == n - 1 {
        // The largest root, beyond d[n-1].
        let (ii, last) = (n - 2, n - 1);
        let dn = d[last];
        let half = rho / two;
        let t1 = half / (dn + (dn * dn + half).sqrt());
        for j in 0..n {
            work[j] = d[j] + dn + t1;
            delta[j] = (d[j] - dn) - t1;
        }
        let psi: R = (0..n - 2).fold(zero, |s, j| s + z[j] * z[j] / (delta[j] * work[j]));
        let c = rhoinv + psi;
        let w = c + z[ii] * z[ii] / (delta[ii] * work[ii]) + z[last] * z[last] / (delta[last] * work[last]);
        let delsq = (dn - d[ii]) * (dn + d[ii]);
        let a = -c * delsq + z[ii] * z[ii] + z[last] * z[last];
        let b = z[last] * z[last] * delsq;
        let root = || {
            if a < zero {
                two * b / ((a * a + four * b * c).sqrt() - a)
            } else {
                (a + (a * a + four * b * c).sqrt()) / (two * c)
            }
        };
        // tau approximates sigma^2 - d[n-1]^2.
        let mut tau = if w <= zero {
            let t = (dn * dn + rho).sqrt();
            let temp = z[ii] * z[ii] / ((d[ii] + t) * (dn - d[ii] + rho / (dn + t))) + z[last] * z[last] / rho;
            if c <= temp {
                rho
            } else {
                root()
            }
        } else {
            root()
        };
        let eta = tau / (dn + (dn * dn + tau).sqrt());
        let mut sigma = dn + eta;
        for j in 0..n {
            delta[j] = (d[j] - dn) - eta;
            work[j] = d[j] + dn + eta;
        }
        let eval = |delta: &[R], work: &[R], tau: R| {
            let (mut psi, mut dpsi, mut erretm) = (zero, zero, zero);
            for j in 0..last {
                let t = z[j] / (delta[j] * work[j]);
                psi += z[j] * t;
                dpsi += t * t;
                erretm += psi;
            }
            let erretm = erretm.abs();
            let t = z[last] / (delta[last] * work[last]);
            let phi = z[last] * t;
            let dphi = t * t;
            let erretm = eight * (-phi - psi) + erretm - phi + rhoinv + tau.abs() * (dpsi + dphi);
            (rhoinv + phi + psi, dpsi, dphi, erretm)
        };
        let (mut w, mut dpsi, mut dphi, mut erretm) = eval(delta, work, tau);
        for iter in 0..MAXIT {
            if done(w, erretm) {
                return (sigma, Ok(()));
            }
            let first = iter == 0;
            let dtnsq1 = work[ii] * delta[ii];
            let dtnsq = work[last] * delta[last];
            let mut c = w - dtnsq1 * dpsi - dtnsq * dphi;
            let a = (dtnsq + dtnsq1) * w - dtnsq * dtnsq1 * (dpsi + dphi);
            let b = dtnsq * dtnsq1 * w;
            if first && c < zero {
                c = c.abs();
            }
            let mut eta = if first && c == zero {
                rho - sigma * sigma
            } else if a >= zero {
                (a + (a * a - four * b * c).abs().sqrt()) / (two * c)
            } else {
                two * b / (a - (a * a - four * b * c).abs().sqrt())
            };
            // eta must have the opposite sign of w; a Newton step otherwise.
            if w * eta > zero {
                eta = -w / (dpsi + dphi);
            }
            let temp = eta - dtnsq;
            if first {
                if temp > rho {
                    eta = rho + dtnsq;
                }
            } else if temp <= zero {
                eta /= two;
            }
            tau += eta;
            let eta = eta / (sigma + (eta + sigma * sigma).sqrt());
            for j in 0..n {
                delta[j] -= eta;
                work[j] += eta;
            }
            sigma += eta;
            (w, dpsi, dphi, erretm) = eval(delta, work, tau);
        }
        return (sigma, Err(Info::new(1)));
    }

    // A root between d[i] and d[i+1].
    let ip1 = i + 1;
    let delsq = (d[ip1] - d[i]) * (d[ip1] + d[i]);
    let delsq2 = delsq / two;
    let t0 = delsq2 / (d[i] + (d[i] * d[i] + delsq2).sqrt());
    for j in 0..n {
        work[j] = d[j] + d[i] + t0;
        delta[j] = (d[j] - d[i]) - t0;
    }
    let psi: R = (0..i).fold(zero, |s, j| s + z[j] * z[j] / (work[j] * delta[j]));
    let phi: R = (ip1 + 1..n).rev().fold(zero, |s, j| s + z[j] * z[j] / (work[j] * delta[j]));
    let c = rhoinv + psi + phi;
    let w = c + z[i] * z[i] / (work[i] * delta[i]) + z[ip1] * z[ip1] / (work[ip1] * delta[ip1]);
    // f at the midpoint of the squares > 0: the root is nearer d[i].
    let orgati = w > zero;
    let (mut tau, mut sg2lb, mut sg2ub, eta);
    if orgati {
        sg2lb = zero;
        sg2ub = delsq2;
        let a = c * delsq + z[i] * z[i] + z[ip1] * z[ip1];
        let b = z[i] * z[i] * delsq;
        tau = if a > zero {
            two * b / (a + (a * a - four * b * c).abs().sqrt())
        } else {
            (a - (a * a - four * b * c).abs().sqrt()) / (two * c)
        };
        eta = tau / (d[i] + (d[i] * d[i] + tau).sqrt());
    } else {
        sg2lb = -delsq2;
        sg2ub = zero;
        let a = c * delsq - z[i] * z[i] - z[ip1] * z[ip1];
        let b = z[ip1] * z[ip1] * delsq;
        tau = if a < zero {
            two * b / (a - (a * a + four * b * c).abs().sqrt())
        } else {
            -(a + (a * a + four * b * c).abs().sqrt()) / (two * c)
        };
        eta = tau / (d[ip1] + (d[ip1] * d[ip1] + tau).abs().sqrt());
    }
    let ii = if orgati { i } else { ip1 };
    let mut sigma = d[ii] + eta;
    for j in 0..n {
        work[j] = d[j] + d[ii] + eta;
        delta[j] = (d[j] - d[ii]) - eta;
    }
    let mut ev = eval_mid(z, delta, work, ii, rhoinv, tau);
    // Three poles interpolate better when the root lies on the far side of
    // the origin's pole and there is a pole beyond on that side.
    let w_rest = rhoinv + ev.phi + ev.psi;
    let mut swtch3 = if orgati { w_rest < zero } else { w_rest > zero };
    if ii == 0 || ii == n - 1 {
        swtch3 = false;
    }
    let mut swtch = false;
    let mut prew = ev.w;
    for niter in 2..=MAXIT + 1 {
        if done(ev.w, ev.erretm) {
            return (sigma, Ok(()));
        }
        if ev.w <= zero {
            sg2lb = sg2lb.max(tau);
        } else {
            sg2ub = sg2ub.min(tau);
        }
        let Eval { w, dw, psi, phi, mut dpsi, mut dphi, .. } = ev;
        let dtipsq = work[ip1] * delta[ip1];
        let dtisq = work[i] * delta[i];
        let mut eta = if !swtch3 {
            let c = if !swtch {
                if orgati {
                    let t = z[i] / dtisq;
                    w - dtipsq * dw + delsq * t * t
                } else {
                    let t = z[ip1] / dtipsq;
                    w - dtisq * dw - delsq * t * t
                }
            } else {
                let t = z[ii] / (work[ii] * delta[ii]);
                if orgati {
                    dpsi += t * t;
                } else {
                    dphi += t * t;
                }
                w - dtisq * dpsi - dtipsq * dphi
            };
            let mut a = (dtipsq + dtisq) * w - dtipsq * dtisq * dw;
            let b = dtipsq * dtisq * w;
            if c == zero {
                if a == zero {
                    a = if !swtch {
                        if orgati {
                            z[i] * z[i] + dtipsq * dtipsq * (dpsi + dphi)
                        } else {
                            z[ip1] * z[ip1] + dtisq * dtisq * (dpsi + dphi)
                        }
                    } else {
                        dtisq * dtisq * dpsi + dtipsq * dtipsq * dphi
                    };
                }
                b / a
            } else if a <= zero {
                (a - (a * a - four * b * c).abs().sqrt()) / (two * c)
            } else {
                two * b / (a + (a * a - four * b * c).abs().sqrt())
            }
        } else {
            let (iim1, iip1) = (ii - 1, ii + 1);
            let dtiim = work[iim1] * delta[iim1];
            let dtiip = work[iip1] * delta[iip1];
            let temp = rhoinv + psi + phi;
            let (c, zz0, zz2) = if swtch {
                (temp - dtiim * dpsi - dtiip * dphi, dtiim * dtiim * dpsi, dtiip * dtiip * dphi)
            } else if orgati {
                let t1 = z[iim1] / dtiim;
                let t1 = t1 * t1;
                let c = temp - dtiip * (dpsi + dphi) - (d[iim1] - d[iip1]) * (d[iim1] + d[iip1]) * t1;
                let zz2 = if dpsi < t1 { dtiip * dtiip * dphi } else { dtiip * dtiip * ((dpsi - t1) + dphi) };
                (c, z[iim1] * z[iim1], zz2)
            } else {
                let t1 = z[iip1] / dtiip;
                let t1 = t1 * t1;
                let c = temp - dtiim * (dpsi + dphi) - (d[iip1] - d[iim1]) * (d[iim1] + d[iip1]) * t1;
                let zz0 = if dphi < t1 { dtiim * dtiim * dpsi } else { dtiim * dtiim * (dpsi + (dphi - t1)) };
                (c, zz0, z[iip1] * z[iip1])
            };
            let dd = [dtiim, delta[ii] * work[ii], dtiip];
            let zz = [zz0, z[ii] * z[ii], zz2];
            match laed6(niter, orgati, c, dd, zz, w) {
                (eta, Ok(())) => eta,
                (_, Err(e)) => return (sigma, Err(e)),
            }
        };
        if w * eta >= zero {
            eta = -w / dw;
        }
        let temp = eta - if orgati { work[i] * delta[i] } else { work[ip1] * delta[ip1] };
        if temp > sg2ub || temp < sg2lb || temp.is_nan() {
            eta = if w < zero { (sg2ub - tau) / two } else { (sg2lb - tau) / two };
        }
        tau += eta;
        let eta = eta / (sigma + (sigma * sigma + eta).sqrt());
        sigma += eta;
        for j in 0..n {
            work[j] += eta;
            delta[j] -= eta;
        }
        ev = eval_mid(z, delta, work, ii, rhoinv, tau);
        if niter == 2 {
            // After the first step: keep the fixed-weight variant while it
            // makes progress.
            swtch = if orgati { -ev.w > prew.abs() / ten } else { ev.w > prew.abs() / ten };
        } else if ev.w * prew > zero && ev.w.abs() > prew.abs() / ten {
            swtch = !swtch;
        }
        prew = ev.w;
    }
    (sigma, Err(Info::new(1)))
}
