//! Glue between the generated `?gejsv` entry points and
//! `ferroblas_lapack::svd::gejsv`: the reference's minimal LWORK (and, for the
//! complex types, LRWORK and the IWORK length its query reports), the
//! statistics written to WORK(1:7) / RWORK(1:7) and IWORK(1:3) (IWORK(1:4)
//! complex) as the reference writes them, INFO = -9 (through XERBLA) for an
//! infinite entry, and INFO = 29 when the Jacobi sweeps did not converge.

use crate::lapack_rt::with_work;
use crate::lapack_rt::AbiInt;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::MatMut;
use ferroblas_lapack::svd::{
    self, GejsvAccuracy, GejsvJobs, GejsvLeft, GejsvPerturb, GejsvRange, GejsvRight, GejsvTranspose,
};
use ferroblas_lapack::Par;

/// `?gejsv`'s workspace lengths: the reference's minima and ours.
pub struct GejsvSizes {
    /// The smallest LWORK (LCWORK).
    pub lwork: i64,
    /// The LWORK that lets ferroblas run in the caller's WORK.
    pub lwork_opt: i64,
    /// The smallest LRWORK (complex types).
    pub lrwork: i64,
    /// The IWORK length (the complex query's IWORK(1)).
    pub liwork: i64,
}

fn jobs_of(
    joba: Option<GejsvAccuracy>,
    jobu: Option<GejsvLeft>,
    jobv: Option<GejsvRight>,
    jobt: Option<GejsvTranspose>,
) -> GejsvJobs {
    GejsvJobs {
        accuracy: joba.unwrap_or(GejsvAccuracy::Column),
        left: jobu.unwrap_or(GejsvLeft::None),
        right: jobv.unwrap_or(GejsvRight::None),
        range: GejsvRange::Full,
        transpose: jobt.unwrap_or(GejsvTranspose::Never),
        perturb: GejsvPerturb::No,
    }
}

/// The lengths for the given options (`None` only in checks that the
/// option checks before them have already passed).
pub fn gejsv_sizes<T: Scalar>(
    joba: Option<GejsvAccuracy>,
    jobu: Option<GejsvLeft>,
    jobv: Option<GejsvRight>,
    jobt: Option<GejsvTranspose>,
    m: i64,
    n: i64,
) -> GejsvSizes {
    let jobs = jobs_of(joba, jobu, jobv, jobt);
    let (m, n) = (m.max(0), n.max(0));
    let (lsvec, rsvec) = (jobs.left.wanted(), jobs.right.wanted());
    let jracc = jobs.right == GejsvRight::Jacobi;
    let (errest, rowpiv) = (jobs.accuracy.estimate(), jobs.accuracy.row_pivot());
    let l2tran = jobs.transpose == GejsvTranspose::Entropy && m == n;
    let nn = n * n;
    let (lwork, lrwork, liwork) = if T::IS_COMPLEX {
        let (lwqp3, lw1, lwm, lwcon, lwsvdj) = (n + 1, n.max(1), m.max(1), 2 * n, (2 * n).max(1));
        let con = |x: i64| if errest { x } else { 0 };
        let min = match (lsvec, rsvec) {
            (false, false) => (n + lwqp3).max(con(nn + lwcon)).max(n + lw1).max(lwsvdj),
            (false, true) => {
                (n + lwqp3).max(con(lwcon)).max(lwsvdj).max(n + lw1).max(2 * n + lw1).max(n + lwsvdj).max(n + lw1)
            }
            (true, false) => n + lwqp3.max(con(lwcon)).max(n + lw1).max(lwsvdj).max(lwm),
            (true, true) if !jracc => {
                let b = 2 * n + nn + n;
                (n + lwqp3)
                    .max(con(n + lwcon))
                    .max(2 * n + nn + lwcon)
                    .max(2 * n + lw1)
                    .max(2 * n + lwqp3)
                    .max(b + lw1)
                    .max(b + nn + lwcon)
                    .max(b + lwsvdj)
                    .max(n + nn + lwsvdj)
                    .max(n + lwm)
            }
            (true, true) => (n + lwqp3)
                .max(con(n + lwcon))
                .max(2 * n + lw1)
                .max(2 * n + nn + lwsvdj)
                .max(2 * n + nn + n + lw1)
                .max(n + lwm),
        }
        .max(2);
        let lrwork = 7.max(if l2tran || rowpiv { 2 * m } else { 2 * n });
        let mut liwork = n;
        if lsvec && rsvec && !jracc {
            liwork += n;
        }
        if rowpiv || l2tran {
            liwork += m;
        }
        (min, lrwork, liwork.max(4))
    } else {
        let min = match (lsvec, rsvec) {
            (false, false) if errest => 7.max(4 * n + nn).max(2 * m + n),
            (false, false) | (true, false) | (false, true) => 7.max(4 * n + 1).max(2 * m + n),
            (true, true) if !jracc => (2 * m + n).max(6 * n + 2 * nn),
            (true, true) => (2 * m + n).max(4 * n + nn).max(2 * n + nn + 6),
        };
        (min, 0, m + 3 * n)
    };
    let ours = if m == 0 || n == 0 { 0 } else { svd::gejsv_req::<T>(jobs, m as usize, n as usize).elems::<T>() + 1 };
    GejsvSizes { lwork, lwork_opt: lwork.max(ours as i64), lrwork, liwork }
}

/// `?gejsv`: INFO (-9 after XERBLA for an infinite entry). `rwork` is empty
/// for the real types, whose WORK carries the statistics.
#[allow(clippy::too_many_arguments)]
pub fn gejsv<T: Scalar, I: AbiInt>(
    srname: &str,
    jobs: GejsvJobs,
    a: MatMut<'_, T>,
    sva: &mut [T::Real],
    u: MatMut<'_, T>,
    v: MatMut<'_, T>,
    work: &mut [T],
    rwork: &mut [T::Real],
    iwork: &mut [I],
) -> i64 {
    let (m, n) = (a.nrows(), a.ncols());
    let zero = T::Real::zero();
    if m == 0 || n == 0 {
        if T::IS_COMPLEX {
            iwork.iter_mut().take(4).for_each(|w| *w = I::from_i64(0));
            rwork.iter_mut().take(7).for_each(|w| *w = zero);
        }
        return 0;
    }
    let req = svd::gejsv_req::<T>(jobs, m, n);
    let r = with_work(work, req, |ws| svd::gejsv(jobs, a, sva, u, v, Par::default(), ws));
    let st = match r {
        Ok(st) => st,
        Err(svd::InfiniteEntry) => {
            crate::lapack_rt::report_bad::<I>(srname, 9);
            return -9;
        }
    };
    let mut stats: [Option<T::Real>; 7] = [Some(st.scale.0), Some(st.scale.1), st.sconda, None, None, None, None];
    if let Some((c1, c2)) = st.condr {
        stats[3] = Some(c1);
        stats[4] = Some(c2);
    }
    if let Some((e1, e2)) = st.entropy {
        stats[5] = Some(e1);
        stats[6] = Some(e2);
    }
    for (i, x) in stats.iter().enumerate() {
        if let Some(x) = *x {
            if T::IS_COMPLEX {
                rwork[i] = x;
            } else {
                work[i] = T::from_real(x);
            }
        }
    }
    let ints = [st.rank as i64, st.nonzero as i64, i64::from(st.denormal), if st.transposed { 1 } else { -1 }];
    let k = if T::IS_COMPLEX { 4 } else { 3 };
    for (w, &x) in iwork.iter_mut().zip(&ints[..k]) {
        *w = I::from_i64(x);
    }
    if st.converged {
        0
    } else {
        svd::jacobi::GESVJ_SWEEPS as i64 - 1
    }
}
