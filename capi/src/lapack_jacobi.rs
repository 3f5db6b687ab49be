//! Glue between the generated one-sided Jacobi entry points (`?gesvj`,
//! `?gsvj0`, `?gsvj1`) and `ferroblas_lapack::svd::jacobi`.
//!
//! `?gesvj` reads CTOL from WORK(1) (RWORK(1) for the complex types) when
//! JOBU = C and reports INFO = -12 for CTOL <= 1 here, after the generated
//! checks (the reference checks it before LWORK: only a call bad in both
//! ways differs), and -6 for an infinite entry of A as the reference does,
//! through XERBLA. The statistics go back to WORK(1:6) (RWORK(1:6)); INFO =
//! NSWEEP - 1 = 29 when the sweeps did not converge. The sweeps run on the
//! caller's WORK (CWORK), at least M long.

use crate::lapack_rt::with_work;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::MatMut;
use ferroblas_lapack::svd::{self, JacobiLeft, JacobiRight, JacobiShape, JacobiStats};
use ferroblas_lapack::Info;

fn real<R: RealScalar>(x: usize) -> R {
    R::from_f64(x as f64)
}

/// `?gesvj` (`rwork` empty for the real types, whose WORK carries CTOL and
/// the statistics). `query`: the complex types' LWORK = -1 or LRWORK = -1.
#[allow(clippy::too_many_arguments)]
pub fn gesvj<T: Scalar, I: crate::lapack_rt::AbiInt>(
    srname: &str,
    joba: JacobiShape,
    jobu: JacobiLeft,
    jobv: JacobiRight,
    a: MatMut<'_, T>,
    sva: &mut [T::Real],
    v: MatMut<'_, T>,
    work: &mut [T],
    rwork: &mut [T::Real],
    query: bool,
) -> i64 {
    let (m, n) = (a.nrows(), a.ncols());
    let one = T::Real::one();
    let ctol = if T::IS_COMPLEX { rwork.first().copied() } else { work.first().map(|w| w.re()) };
    let ctol = ctol.unwrap_or(one);
    if jobu == JacobiLeft::Controlled && (ctol.is_nan() || ctol <= one) {
        crate::lapack_rt::report_bad::<I>(srname, 12);
        return -12;
    }
    if query {
        work[0] = T::from_real(real(m + n));
        rwork[0] = real(n.max(6));
        return 0;
    }
    if m == 0 || n == 0 {
        return 0;
    }
    let req = svd::gesvj_req::<T>(m);
    let r = with_work(work, req, |ws| svd::gesvj(joba, jobu, ctol, jobv, a, sva, v, ws));
    let st: JacobiStats<T::Real> = match r {
        Ok(st) => st,
        Err(svd::InfiniteEntry) => {
            crate::lapack_rt::report_bad::<I>(srname, 6);
            return -6;
        }
    };
    let vals = [st.scale, real(st.nonzero), real(st.above_underflow), real(st.sweeps), st.max_cos, st.max_sin];
    if T::IS_COMPLEX {
        rwork[..6].copy_from_slice(&vals);
    } else {
        for (w, x) in work.iter_mut().zip(vals) {
            *w = T::from_real(x);
        }
    }
    if st.converged {
        0
    } else {
        svd::jacobi::GESVJ_SWEEPS as i64 - 1
    }
}

/// `?gsvj0` and `?gsvj1` (`n1` = None for `?gsvj0`).
#[allow(clippy::too_many_arguments)]
pub fn gsvj<T: Scalar>(
    jobv: JacobiRight,
    n1: Option<i64>,
    a: MatMut<'_, T>,
    d: &mut [T],
    sva: &mut [T::Real],
    v: MatMut<'_, T>,
    eps: T::Real,
    sfmin: T::Real,
    tol: T::Real,
    nsweep: i64,
    work: &mut [T],
) -> Result<(), Info> {
    let m = a.nrows();
    let nsweep = nsweep.max(0) as usize;
    let req = svd::gesvj_req::<T>(m);
    with_work(work, req, |ws| match n1 {
        None => svd::gsvj0(jobv, a, d, sva, v, eps, sfmin, tol, nsweep, ws),
        Some(n1) => svd::gsvj1(jobv, n1.max(0) as usize, a, d, sva, v, eps, sfmin, tol, nsweep, ws),
    })
}
