//! The secular equation of a rank-one update of a diagonal matrix,
//! `1 + rho sum_j z_j^2 / (d_j - lambda) = 0` (`?laed4`, `?laed5`, `?laed6`).
//!
//! Each root is found relative to its nearest pole, so the differences
//! `d_j - lambda` (which the eigenvectors are built from) are accurate to a
//! few ulps however close the root is to the pole: Li's "middle way" rational
//! interpolation of the two poles that bracket the root, switching to the
//! three-pole interpolation of Gragg ([`laed6`]) when the fixed-weight step
//! stagnates, and bisection whenever a step leaves the bracket.

// Index loops over several parallel arrays read more plainly than zipped iterators.
#![allow(clippy::needless_range_loop)]

use crate::Info;
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::RealScalar;

/// Iterations allowed for one root.
const MAXIT: usize = 30;

/// The smaller-magnitude root of `c x^2 - a x + b = 0` picked the stable
/// way: `2b / (a + sqrt|a^2 - 4bc|)` when `a > 0`, else
/// `(a - sqrt|a^2 - 4bc|) / (2c)`; `b / a` when `c = 0`.
fn quad_step<R: RealScalar>(a: R, b: R, c: R) -> R {
    let two = R::from_f64(2.0);
    let four = R::from_f64(4.0);
    if c == R::zero() {
        b / a
    } else if a <= R::zero() {
        (a - (a * a - four * b * c).abs().sqrt()) / (two * c)
    } else {
        two * b / (a + (a * a - four * b * c).abs().sqrt())
    }
}

/// The `i`-th smallest (0-based) root of the secular
/// equation of order `n = d.len() >= 1` (`?laed4`): `d` strictly increasing,
/// `rho > 0`, `z` without zero entries (a deflated problem).
///
/// Returns the root `lambda` and fills `delta[j] = d[j] - lambda`, each
/// computed from the nearest pole so that it is accurate even when `lambda`
/// is very close to `d[j]`. For `n = 1` and `n = 2` `delta` holds instead the
/// unit eigenvector of `diag(d) + rho z z^T` for `lambda` (as the reference
/// does). `Err(Info::new(1))` when the iteration did not converge (the
/// current approximation is returned alongside).
pub fn laed4<R: RealScalar>(i: usize, d: &[R], z: &[R], delta: &mut [R], rho: R) -> (R, Result<(), Info>) {
    let n = d.len();
    let (zero, one) = (R::zero(), R::one());
    let two = R::from_f64(2.0);
    let eight = R::from_f64(8.0);
    let ten = R::from_f64(10.0);
    if n == 1 {
        delta[0] = one;
        return (d[0] + rho * z[0] * z[0], Ok(()));
    }
    if n == 2 {
        let (dl, dlam) = laed5(i, [d[0], d[1]], [z[0], z[1]], rho);
        delta[0] = dl[0];
        delta[1] = dl[1];
        return (dlam, Ok(()));
    }
    let eps = lamch::<R>(Machine::Eps);
    let rhoinv = one / rho;
    // Whether `w` is within its rounding error of zero.
    let done = |w: R, erretm: R| w.abs() <= eps * erretm;
    // A step that leaves the bracket (or is NaN) becomes a bisection.
    let bracket = |eta: R, tau: R, w: R, lb: R, ub: R| {
        let t = tau + eta;
        if t <= ub && t >= lb {
            eta
        } else if w < zero {
            (ub - tau) / two
        } else {
            (lb - tau) / two
        }
    };

    if i == n - 1 {
        // The largest root, in (d[n-1], d[n-1] + rho |z|^2).
        let (ii, last) = (n - 2, n - 1);
        let midpt = rho / two;
        for j in 0..n {
            delta[j] = (d[j] - d[last]) - midpt;
        }
        let psi: R = (0..ii).fold(zero, |s, j| s + z[j] * z[j] / delta[j]);
        let c = rhoinv + psi;
        let w = c + z[ii] * z[ii] / delta[ii] + z[last] * z[last] / delta[last];
        let del = d[last] - d[ii];
        let a = -c * del + z[ii] * z[ii] + z[last] * z[last];
        let b = z[last] * z[last] * del;
        let four = R::from_f64(4.0);
        let root = || {
            if a < zero {
                two * b / ((a * a + four * b * c).sqrt() - a)
            } else {
                (a + (a * a + four * b * c).sqrt()) / (two * c)
            }
        };
        let (mut tau, mut dltlb, mut dltub);
        if w <= zero {
            let temp = z[ii] * z[ii] / (del + rho) + z[last] * z[last] / rho;
            tau = if c <= temp { rho } else { root() };
            dltlb = midpt;
            dltub = rho;
        } else {
            tau = root();
            dltlb = zero;
            dltub = midpt;
        }
        if !(tau >= dltlb && tau <= dltub) {
            tau = (dltlb + dltub) / two;
        }
        for j in 0..n {
            delta[j] = (d[j] - d[last]) - tau;
        }
        let eval = |delta: &[R], tau: R| {
            let (mut psi, mut dpsi, mut erretm) = (zero, zero, zero);
            for j in 0..last {
                let t = z[j] / delta[j];
                psi += z[j] * t;
                dpsi += t * t;
                erretm += psi;
            }
            let erretm = erretm.abs();
            let t = z[last] / delta[last];
            let phi = z[last] * t;
            let dphi = t * t;
            let erretm = eight * (-phi - psi) + erretm - phi + rhoinv + tau.abs() * (dpsi + dphi);
            (rhoinv + phi + psi, dpsi, dphi, erretm)
        };
        let (mut w, mut dpsi, mut dphi, mut erretm) = eval(delta, tau);
        for _ in 0..MAXIT {
            if done(w, erretm) {
                return (d[last] + tau, Ok(()));
            }
            if w <= zero {
                dltlb = dltlb.max(tau);
            } else {
                dltub = dltub.min(tau);
            }
            let (d1, d2) = (delta[ii], delta[last]);
            let mut c = w - d1 * dpsi - d2 * dphi;
            let a = (d1 + d2) * w - d1 * d2 * (dpsi + dphi);
            let b = d1 * d2 * w;
            if c < zero {
                c = c.abs();
            }
            let mut eta = if c == zero {
                dltub - tau
            } else if a >= zero {
                (a + (a * a - four * b * c).abs().sqrt()) / (two * c)
            } else {
                two * b / (a - (a * a - four * b * c).abs().sqrt())
            };
            // The step must go against the sign of w (f increases with tau).
            if w * eta > zero {
                eta = -w / (dpsi + dphi);
            }
            eta = bracket(eta, tau, w, dltlb, dltub);
            for x in delta.iter_mut() {
                *x -= eta;
            }
            tau += eta;
            (w, dpsi, dphi, erretm) = eval(delta, tau);
        }
        return (d[last] + tau, Err(Info::new(1)));
    }

    // A root between d[i] and d[i+1].
    let ip1 = i + 1;
    let del = d[ip1] - d[i];
    let midpt = del / two;
    for j in 0..n {
        delta[j] = (d[j] - d[i]) - midpt;
    }
    let psi: R = (0..i).fold(zero, |s, j| s + z[j] * z[j] / delta[j]);
    let phi: R = (ip1 + 1..n).rev().fold(zero, |s, j| s + z[j] * z[j] / delta[j]);
    let c = rhoinv + psi + phi;
    let w = c + z[i] * z[i] / delta[i] + z[ip1] * z[ip1] / delta[ip1];
    // f(midpoint) > 0: the root is in the left half, measured from d[i];
    // otherwise from d[i+1].
    let orgati = w > zero;
    let (mut tau, mut dltlb, mut dltub);
    if orgati {
        let a = c * del + z[i] * z[i] + z[ip1] * z[ip1];
        let b = z[i] * z[i] * del;
        tau = quad_step(a, b, c);
        dltlb = zero;
        dltub = midpt;
    } else {
        let a = c * del - z[i] * z[i] - z[ip1] * z[ip1];
        let b = z[ip1] * z[ip1] * del;
        let four = R::from_f64(4.0);
        tau = if a < zero {
            two * b / (a - (a * a + four * b * c).abs().sqrt())
        } else {
            -(a + (a * a + four * b * c).abs().sqrt()) / (two * c)
        };
        dltlb = -midpt;
        dltub = zero;
    }
    if !(tau >= dltlb && tau <= dltub) {
        tau = (dltlb + dltub) / two;
    }
    let org = if orgati { i } else { ip1 };
    for j in 0..n {
        delta[j] = (d[j] - d[org]) - tau;
    }
    let ii = org;
    // w, dw = f'(tau), psi, phi, dpsi, dphi, erretm at the current delta.
    let eval = |delta: &[R], tau: R| {
        let (mut psi, mut dpsi, mut erretm) = (zero, zero, zero);
        for j in 0..ii {
            let t = z[j] / delta[j];
            psi += z[j] * t;
            dpsi += t * t;
            erretm += psi;
        }
        let mut erretm = erretm.abs();
        let (mut phi, mut dphi) = (zero, zero);
        for j in (ii + 1..n).rev() {
            let t = z[j] / delta[j];
            phi += z[j] * t;
            dphi += t * t;
            erretm += phi;
        }
        let t = z[ii] / delta[ii];
        let dw = dpsi + dphi + t * t;
        let t = z[ii] * t;
        let w = rhoinv + phi + psi + t;
        let three = R::from_f64(3.0);
        erretm = eight * (phi - psi) + erretm + two * rhoinv + three * t.abs() + tau.abs() * dw;
        Eval { w, dw, psi, phi, dpsi, dphi, erretm }
    };
    let mut ev = eval(delta, tau);
    // Three poles interpolate better when the root sits on the far side of
    // the origin's pole and there is a pole beyond on that side.
    let mut swtch3 = if orgati { ev.w < zero } else { ev.w > zero };
    if ii == 0 || ii == n - 1 {
        swtch3 = false;
    }
    let mut swtch = false;
    let mut niter = 1;
    let mut prew = ev.w;
    loop {
        if done(ev.w, ev.erretm) {
            return (d[org] + tau, Ok(()));
        }
        if niter > MAXIT {
            return (d[org] + tau, Err(Info::new(1)));
        }
        if ev.w <= zero {
            dltlb = dltlb.max(tau);
        } else {
            dltub = dltub.min(tau);
        }
        niter += 1;
        let Eval { w, dw, psi, phi, mut dpsi, mut dphi, .. } = ev;
        let (di, dip1) = (delta[i], delta[ip1]);
        let mut eta = if !swtch3 {
            let c = if !swtch {
                if orgati {
                    let t = z[i] / di;
                    w - dip1 * dw - (d[i] - d[ip1]) * t * t
                } else {
                    let t = z[ip1] / dip1;
                    w - di * dw - (d[ip1] - d[i]) * t * t
                }
            } else {
                let t = z[ii] / delta[ii];
                if orgati {
                    dpsi += t * t;
                } else {
                    dphi += t * t;
                }
                w - di * dpsi - dip1 * dphi
            };
            let mut a = (di + dip1) * w - di * dip1 * dw;
            let b = di * dip1 * w;
            if c == zero && a == zero {
                a = if !swtch {
                    if orgati {
                        z[i] * z[i] + dip1 * dip1 * (dpsi + dphi)
                    } else {
                        z[ip1] * z[ip1] + di * di * (dpsi + dphi)
                    }
                } else {
                    di * di * dpsi + dip1 * dip1 * dphi
                };
            }
            quad_step(a, b, c)
        } else {
            let (iim1, iip1) = (ii - 1, ii + 1);
            let temp = rhoinv + psi + phi;
            let (dm, dp) = (delta[iim1], delta[iip1]);
            let (c, zz0, zz2) = if swtch {
                (temp - dm * dpsi - dp * dphi, dm * dm * dpsi, dp * dp * dphi)
            } else if orgati {
                let t1 = z[iim1] / dm;
                let t1 = t1 * t1;
                let c = temp - dp * (dpsi + dphi) - (d[iim1] - d[iip1]) * t1;
                let zz2 = if dpsi < t1 { dp * dp * dphi } else { dp * dp * ((dpsi - t1) + dphi) };
                (c, z[iim1] * z[iim1], zz2)
            } else {
                let t1 = z[iip1] / dp;
                let t1 = t1 * t1;
                let c = temp - dm * (dpsi + dphi) - (d[iip1] - d[iim1]) * t1;
                let zz0 = if dphi < t1 { dm * dm * dpsi } else { dm * dm * (dpsi + (dphi - t1)) };
                (c, zz0, z[iip1] * z[iip1])
            };
            let dd = [dm, delta[ii], dp];
            let zz = [zz0, z[ii] * z[ii], zz2];
            match laed6(niter, orgati, c, dd, zz, w) {
                (eta, Ok(())) => eta,
                (_, Err(_)) => return (d[org] + tau, Err(Info::new(1))),
            }
        };
        if w * eta >= zero {
            eta = -w / dw;
        }
        eta = bracket(eta, tau, w, dltlb, dltub);
        for x in delta.iter_mut() {
            *x -= eta;
        }
        tau += eta;
        ev = eval(delta, tau);
        if niter == 2 {
            // After the first step: keep the fixed-weight variant while it
            // makes progress, switch when w did not shrink enough.
            swtch = if orgati { -ev.w > prew.abs() / ten } else { ev.w > prew.abs() / ten };
        } else if ev.w * prew > zero && ev.w.abs() > prew.abs() / ten {
            swtch = !swtch;
        }
        prew = ev.w;
    }
}

/// The secular function and its pieces at one point.
struct Eval<R> {
    w: R,
    dw: R,
    psi: R,
    phi: R,
    dpsi: R,
    dphi: R,
    erretm: R,
}

/// The `i`-th (0-based, `i < 2`) eigenvalue of `diag(d) + rho z z^T` of
/// order 2 (`?laed5`), `d[0] < d[1]`, `rho > 0`: returns the unit
/// eigenvector `(delta[0], delta[1])` and the eigenvalue, the root computed
/// from its nearer pole.
pub fn laed5<R: RealScalar>(i: usize, d: [R; 2], z: [R; 2], rho: R) -> ([R; 2], R) {
    let (zero, one, two, four) = (R::zero(), R::one(), R::from_f64(2.0), R::from_f64(4.0));
    let del = d[1] - d[0];
    let z2 = z[0] * z[0] + z[1] * z[1];
    let (mut v, dlam);
    if i == 0 {
        let w = one + two * rho * (z[1] * z[1] - z[0] * z[0]) / del;
        if w > zero {
            // Nearer d[0]: lambda = d[0] + tau, 0 < tau < del / 2.
            let b = del + rho * z2;
            let c = rho * z[0] * z[0] * del;
            let tau = two * c / (b + (b * b - four * c).abs().sqrt());
            dlam = d[0] + tau;
            v = [-z[0] / tau, z[1] / (del - tau)];
        } else {
            // Nearer d[1]: lambda = d[1] + tau, -del / 2 <= tau < 0.
            let b = -del + rho * z2;
            let c = rho * z[1] * z[1] * del;
            let tau = if b > zero {
                -two * c / (b + (b * b + four * c).sqrt())
            } else {
                (b - (b * b + four * c).sqrt()) / two
            };
            dlam = d[1] + tau;
            v = [-z[0] / (del + tau), -z[1] / tau];
        }
    } else {
        // Beyond d[1]: lambda = d[1] + tau, tau > 0.
        let b = -del + rho * z2;
        let c = rho * z[1] * z[1] * del;
        let tau =
            if b > zero { (b + (b * b + four * c).sqrt()) / two } else { two * c / (-b + (b * b + four * c).sqrt()) };
        dlam = d[1] + tau;
        v = [-z[0] / (del + tau), -z[1] / tau];
    }
    let nrm = ferroblas_kernels::aux::scalars::lapy2(v[0], v[1]);
    v = [v[0] / nrm, v[1] / nrm];
    (v, dlam)
}

/// One step of Gragg's three-pole iteration (`?laed6`): the root `tau` of
/// `f(x) = rho + sum_{j<3} z[j] / (d[j] - x)` nearest zero, in
/// `(d[1], d[2])` when `orgati` and `(d[0], d[1])` otherwise, given
/// `finit = f(0)` (`d` increasing, `z` positive, the root's bracket
/// containing 0). `kniter == 2` starts from the root of a two-pole
/// interpolation, later calls from 0. `Err(Info::new(1))` when 40 iterations
/// did not converge.
pub fn laed6<R: RealScalar>(
    kniter: usize,
    orgati: bool,
    rho: R,
    d: [R; 3],
    z: [R; 3],
    finit: R,
) -> (R, Result<(), Info>) {
    let (zero, two, four, eight) = (R::zero(), R::from_f64(2.0), R::from_f64(4.0), R::from_f64(8.0));
    const MAXIT6: usize = 40;
    let (mut lbd, mut ubd) = if orgati { (d[1], d[2]) } else { (d[0], d[1]) };
    if finit < zero {
        lbd = zero;
    } else {
        ubd = zero;
    }
    let mut tau = zero;
    let norm3 = |a: R, b: R, c: R| {
        let t = a.abs().max(b.abs()).max(c.abs());
        if t == zero || !t.is_finite() {
            (a, b, c)
        } else {
            (a / t, b / t, c / t)
        }
    };
    if kniter == 2 {
        let (a, b, c) = if orgati {
            let temp = (d[2] - d[1]) / two;
            let c = rho + z[0] / ((d[0] - d[1]) - temp);
            (c * (d[1] + d[2]) + z[1] + z[2], c * d[1] * d[2] + z[1] * d[2] + z[2] * d[1], c)
        } else {
            let temp = (d[0] - d[1]) / two;
            let c = rho + z[2] / ((d[2] - d[1]) - temp);
            (c * (d[0] + d[1]) + z[0] + z[1], c * d[0] * d[1] + z[0] * d[1] + z[1] * d[0], c)
        };
        let (a, b, c) = norm3(a, b, c);
        tau = quad_step(a, b, c);
        if !(tau >= lbd && tau <= ubd) {
            tau = (lbd + ubd) / two;
        }
        if d[0] == tau || d[1] == tau || d[2] == tau {
            tau = zero;
        } else {
            let temp = finit
                + tau * z[0] / (d[0] * (d[0] - tau))
                + tau * z[1] / (d[1] * (d[1] - tau))
                + tau * z[2] / (d[2] * (d[2] - tau));
            if temp <= zero {
                lbd = tau;
            } else {
                ubd = tau;
            }
            if finit.abs() <= temp.abs() {
                tau = zero;
            }
        }
    }
    // Scale up when the root is within the cube root of the underflow
    // threshold of a pole, so the reciprocals below stay representable.
    let eps = lamch::<R>(Machine::Eps);
    let safmin = lamch::<R>(Machine::SafeMin);
    let e3 = (safmin.to_f64().log2() / 3.0) as i32;
    let small1 = R::powi2(e3);
    let sminv1 = R::one() / small1;
    let (small2, sminv2) = (small1 * small1, sminv1 * sminv1);
    let near =
        if orgati { (d[1] - tau).abs().min((d[2] - tau).abs()) } else { (d[0] - tau).abs().min((d[1] - tau).abs()) };
    let (mut ds, mut zs) = (d, z);
    let mut sclinv = None;
    if near <= small1 {
        let (fac, inv) = if near <= small2 { (sminv2, small2) } else { (sminv1, small1) };
        for k in 0..3 {
            ds[k] = d[k] * fac;
            zs[k] = z[k] * fac;
        }
        tau *= fac;
        lbd *= fac;
        ubd *= fac;
        sclinv = Some(inv);
    }
    let unscale = |t: R| match sclinv {
        Some(s) => t * s,
        None => t,
    };
    let (mut fc, mut df, mut ddf) = (zero, zero, zero);
    for k in 0..3 {
        let t = R::one() / (ds[k] - tau);
        let t1 = zs[k] * t;
        let t2 = t1 * t;
        fc += t1 / ds[k];
        df += t2;
        ddf += t2 * t;
    }
    let mut f = finit + tau * fc;
    if f.abs() <= zero {
        return (unscale(tau), Ok(()));
    }
    if f <= zero {
        lbd = tau;
    } else {
        ubd = tau;
    }
    for _ in 1..MAXIT6 {
        let (t1, t2) = if orgati { (ds[1] - tau, ds[2] - tau) } else { (ds[0] - tau, ds[1] - tau) };
        let a = (t1 + t2) * f - t1 * t2 * df;
        let b = t1 * t2 * f;
        let c = f - (t1 + t2) * df + t1 * t2 * ddf;
        let (a, b, c) = norm3(a, b, c);
        let mut eta = quad_step(a, b, c);
        if f * eta >= zero {
            eta = -f / df;
        }
        tau += eta;
        if !(tau >= lbd && tau <= ubd) {
            tau = (lbd + ubd) / two;
        }
        fc = zero;
        df = zero;
        ddf = zero;
        let mut erretm = zero;
        for k in 0..3 {
            if ds[k] - tau == zero {
                // The root is on a pole: as close as it gets.
                return (unscale(tau), Ok(()));
            }
            let t = R::one() / (ds[k] - tau);
            let t1 = zs[k] * t;
            let t2 = t1 * t;
            let t4 = t1 / ds[k];
            fc += t4;
            erretm += t4.abs();
            df += t2;
            ddf += t2 * t;
        }
        f = finit + tau * fc;
        erretm = eight * (finit.abs() + tau.abs() * erretm) + tau.abs() * df;
        if f.abs() <= four * eps * erretm || (ubd - lbd) <= four * eps * tau.abs() {
            return (unscale(tau), Ok(()));
        }
        if f <= zero {
            lbd = tau;
        } else {
            ubd = tau;
        }
    }
    (unscale(tau), Err(Info::new(1)))
}
