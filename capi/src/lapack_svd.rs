//! Glue between the generated dqds entry points (`?lasq3` ... `?lasq6`)
//! and `ferroblas_lapack::svd::dqds`: the reference's 1-based block bounds
//! `I0`, `N0` and its loose in/out scalars become the 0-based bounds and the
//! state structs of the Rust routines, and are written back.
//!
//! The Rust routines take `i0` 0-based and `n0` as the block's exclusive
//! end, which is the reference's 1-based `N0` unchanged.

use crate::lapack_rt::AbiInt;
use ferroblas_kernels::scalar::RealScalar;
use ferroblas_lapack::svd::{self, DqdsState, SweepMins};

/// The reference's `I0` (1-based) as a 0-based start; `None` below 1,
/// where the reference would index before the array.
fn start(i0: i64) -> Option<usize> {
    usize::try_from(i0 - 1).ok()
}

/// `?lasq3`: deflation, shift and one dqds sweep, on the caller's scalars.
#[allow(clippy::too_many_arguments)]
pub fn lasq3<R: RealScalar, I: AbiInt>(
    i0: i64,
    n0: &mut I,
    z: &mut [R],
    pp: &mut I,
    dmin: &mut R,
    sigma: &mut R,
    desig: &mut R,
    qmax: &mut R,
    nfail: &mut I,
    iter: &mut I,
    ndiv: &mut I,
    ieee: bool,
    ttype: &mut I,
    dmin1: &mut R,
    dmin2: &mut R,
    dn: &mut R,
    dn1: &mut R,
    dn2: &mut R,
    g: &mut R,
    tau: &mut R,
) {
    let Some(i0) = start(i0) else { return };
    let Ok(mut n) = usize::try_from(n0.get()) else { return };
    let Ok(mut p) = usize::try_from(pp.get()) else { return };
    let mut st = DqdsState {
        mins: SweepMins { dmin: *dmin, dmin1: *dmin1, dmin2: *dmin2, dn: *dn, dnm1: *dn1, dnm2: *dn2 },
        sigma: *sigma,
        desig: *desig,
        qmax: *qmax,
        nfail: nfail.get(),
        iter: iter.get(),
        ndiv: ndiv.get(),
        ttype: ttype.get(),
        g: *g,
        tau: *tau,
    };
    svd::lasq3(i0, &mut n, z, &mut p, &mut st, ieee);
    *n0 = I::from_i64(n as i64);
    *pp = I::from_i64(p as i64);
    *dmin = st.mins.dmin;
    *dmin1 = st.mins.dmin1;
    *dmin2 = st.mins.dmin2;
    *dn = st.mins.dn;
    *dn1 = st.mins.dnm1;
    *dn2 = st.mins.dnm2;
    *sigma = st.sigma;
    *desig = st.desig;
    *qmax = st.qmax;
    *nfail = I::from_i64(st.nfail);
    *iter = I::from_i64(st.iter);
    *ndiv = I::from_i64(st.ndiv);
    *ttype = I::from_i64(st.ttype);
    *g = st.g;
    *tau = st.tau;
}

/// `?lasq4`: the next shift.
#[allow(clippy::too_many_arguments)]
pub fn lasq4<R: RealScalar, I: AbiInt>(
    i0: i64,
    n0: i64,
    z: &[R],
    pp: i64,
    n0in: i64,
    mins: SweepMins<R>,
    tau: &mut R,
    ttype: &mut I,
    g: &mut R,
) {
    let (Some(i0), Ok(n0), Ok(pp), Ok(n0in)) =
        (start(i0), usize::try_from(n0), usize::try_from(pp), usize::try_from(n0in))
    else {
        return;
    };
    let mut t = ttype.get();
    svd::lasq4(i0, n0, z, pp.min(1), n0in, &mins, tau, &mut t, g);
    *ttype = I::from_i64(t);
}

/// `?lasq5` and `?lasq6` (`tau` `None`): one sweep, its d's into the
/// caller's scalars (left alone for blocks of fewer than three elements).
#[allow(clippy::too_many_arguments)]
pub fn lasq56<R: RealScalar, I: AbiInt>(
    i0: i64,
    n0: i64,
    z: &mut [R],
    pp: i64,
    shift: Option<(&mut R, R, bool, R)>,
    dmin: &mut R,
    dmin1: &mut R,
    dmin2: &mut R,
    dn: &mut R,
    dnm1: &mut R,
    dnm2: &mut R,
) {
    let (Some(i0), Ok(n0), Ok(pp)) = (start(i0), usize::try_from(n0), usize::try_from(pp)) else {
        return;
    };
    let pp = pp.min(1);
    let mut mins = SweepMins { dmin: *dmin, dmin1: *dmin1, dmin2: *dmin2, dn: *dn, dnm1: *dnm1, dnm2: *dnm2 };
    match shift {
        Some((tau, sigma, ieee, eps)) => svd::lasq5(i0, n0, z, pp, tau, sigma, &mut mins, ieee, eps),
        None => svd::lasq6(i0, n0, z, pp, &mut mins),
    }
    *dmin = mins.dmin;
    *dmin1 = mins.dmin1;
    *dmin2 = mins.dmin2;
    *dn = mins.dn;
    *dnm1 = mins.dnm1;
    *dnm2 = mins.dnm2;
}
