//! Glue between the generated `?gesvdq` entry points and
//! `ferroblas_lapack::svd::gesvdq`: the reference's minimal workspace
//! lengths (its LIWORK, LWORK and LRWORK checks), the column pivots and row
//! swaps written 1-based into IWORK, the QR's scalar factors into WORK(1:N),
//! the condition estimate and the count of computed zeros into RWORK(1:2),
//! and the INFO = -8 the reference reports (through XERBLA) for a NaN or
//! infinite entry of A.

use crate::lapack_rt::with_work;
use crate::lapack_rt::AbiInt;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::MatMut;
use ferroblas_lapack::svd::{self, GesvdqAccuracy, GesvdqError, GesvdqFactor, GesvdqLeft, GesvdqRight, GesvdqRows};
use ferroblas_lapack::{Par, WorkReq};

/// `?gesvdq`'s workspace lengths: the reference's minima and ours.
pub struct GesvdqSizes {
    /// The smallest LIWORK.
    pub liwork: i64,
    /// The smallest LWORK (LCWORK).
    pub lwork: i64,
    /// The LWORK that lets ferroblas run in the caller's WORK.
    pub lwork_opt: i64,
    /// The smallest LRWORK.
    pub lrwork: i64,
}

/// What ferroblas carves from WORK after the `n` scalar factors: the pivots
/// and row swaps, then the routine's own workspace.
fn req<T: Scalar>(
    acc: GesvdqAccuracy,
    rows: GesvdqRows,
    factor: GesvdqFactor,
    jobu: GesvdqLeft,
    jobv: GesvdqRight,
    m: usize,
    n: usize,
) -> WorkReq {
    WorkReq::new::<usize>(n + m).and(svd::gesvdq_req::<T>(acc, rows, factor, jobu, jobv, m, n))
}

/// The lengths for the given options (`None` only in checks that the
/// option checks before them have already passed).
pub fn gesvdq_sizes<T: Scalar>(
    joba: Option<GesvdqAccuracy>,
    jobp: Option<GesvdqRows>,
    jobr: Option<GesvdqFactor>,
    jobu: Option<GesvdqLeft>,
    jobv: Option<GesvdqRight>,
    m: i64,
    n: i64,
) -> GesvdqSizes {
    let acc = joba.unwrap_or(GesvdqAccuracy::High);
    let rows = jobp.unwrap_or(GesvdqRows::AsGiven);
    let factor = jobr.unwrap_or(GesvdqFactor::Direct);
    let jobu = jobu.unwrap_or(GesvdqLeft::None);
    let jobv = jobv.unwrap_or(GesvdqRight::None);
    let (m, n) = (m.max(0), n.max(0));
    let conda = acc == GesvdqAccuracy::HighCondition;
    let sorted = rows == GesvdqRows::Sorted;
    let cx = T::IS_COMPLEX;
    let liwork = (if sorted { n + m - 1 } else { n } + if conda && !cx { n } else { 0 }).max(1);
    let lrwork = match (sorted, cx) {
        (true, false) => m.max(2),
        (false, false) => 2,
        (true, true) => m.max(5 * n).max(2),
        (false, true) => (5 * n).max(2),
    };
    let half = n / 2;
    let (lwqp3, lwcon, lwsvd, lwsvd2) = if cx {
        (n + 1, 2 * n, (3 * n).max(1), (3 * half).max(1))
    } else {
        (3 * n + 1, 3 * n, (5 * n).max(1), (5 * half).max(1))
    };
    let lworq = match jobu {
        GesvdqLeft::Some | GesvdqLeft::Rank => n.max(1),
        GesvdqLeft::All => m.max(1),
        _ => 0,
    };
    let con = if conda { lwcon } else { 0 };
    let (lsvec, rsvec) = (jobu != GesvdqLeft::None, jobv != GesvdqRight::None);
    let min = match (lsvec, rsvec) {
        (false, false) => (n + lwqp3).max(con).max(lwsvd),
        (true, false) => n + lwqp3.max(con).max(lwsvd).max(lworq),
        (false, true) => n + lwqp3.max(con).max(lwsvd),
        (true, true) => {
            let mut w = n + lwqp3.max(lwsvd).max(lworq).max(con);
            if jobv == GesvdqRight::All {
                // The reference's LQ (QR) of R for NUMRANK < N/2.
                let w2 = lwqp3.max(half + half.max(1)).max(half + lwsvd2).max(half + n.max(1)).max(lworq).max(con);
                w = w.max(n + w2);
            }
            w
        }
    }
    .max(2);
    let ours = n as usize + req::<T>(acc, rows, factor, jobu, jobv, m as usize, n as usize).elems::<T>() + 1;
    GesvdqSizes { liwork, lwork: min, lwork_opt: min.max(ours as i64), lrwork }
}

/// `?gesvdq`: INFO (negative after XERBLA for a NaN or infinite entry).
#[allow(clippy::too_many_arguments)]
pub fn gesvdq<T: Scalar, I: AbiInt>(
    srname: &str,
    joba: GesvdqAccuracy,
    jobp: GesvdqRows,
    jobr: GesvdqFactor,
    jobu: GesvdqLeft,
    jobv: GesvdqRight,
    a: MatMut<'_, T>,
    s: &mut [T::Real],
    u: MatMut<'_, T>,
    v: MatMut<'_, T>,
    numrank: &mut I,
    iwork: &mut [I],
    work: &mut [T],
    rwork: &mut [T::Real],
) -> i64 {
    let (m, n) = (a.nrows(), a.ncols());
    if m == 0 || n == 0 {
        return 0;
    }
    let one = T::Real::one();
    let int = |x: usize| I::from_i64(x as i64 + 1);
    let (tau, rest) = work.split_at_mut(n);
    let r = with_work(rest, req::<T>(joba, jobp, jobr, jobu, jobv, m, n), |mut ws| {
        let (jpvt, mut ws) = ws.take::<usize>(n);
        let (swaps, mut ws) = ws.take::<usize>(m);
        let swaps = &mut swaps[..m - 1];
        let r = svd::gesvdq(joba, jobp, jobr, jobu, jobv, a, s, u, v, jpvt, swaps, tau, Par::default(), ws.rb_mut());
        if r != Err(GesvdqError::NotFinite) {
            for (w, &p) in iwork.iter_mut().zip(jpvt.iter()) {
                *w = int(p);
            }
            if jobp == GesvdqRows::Sorted {
                for (w, &p) in iwork[n..].iter_mut().zip(swaps.iter()) {
                    *w = int(p);
                }
            }
        }
        r
    });
    match r {
        Ok(info) => {
            *numrank = I::from_i64(info.numrank as i64);
            rwork[0] = info.sconda.unwrap_or(-one);
            rwork[1] = info.zeros.map_or(-one, |z| T::Real::from_f64(z as f64));
            0
        }
        Err(GesvdqError::NotFinite) => {
            crate::lapack_rt::report_bad::<I>(srname, 8);
            -8
        }
        Err(GesvdqError::NoConvergence(info)) => info.lapack_info(),
    }
}
