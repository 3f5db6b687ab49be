//! Glue between the generated bisection-SVD entry points (`?bdsvdx`,
//! `?gesvdx`) and `ferroblas_lapack::svd`: the 1-based index range, NS, the
//! reference's LWORK formulas and IWORK's zeros.
//!
//! The routines run in the caller's WORK when it holds the bytes their
//! `_req` functions ask (`lapack_rt::with_work`), on a
//! [`ferroblas_lapack::WorkBuffer`] otherwise (the reference's minimal
//! LWORK, or routines whose glue is not given WORK); the caller's arrays are
//! checked as the reference checks them.

use crate::lapack_rt::{with_work, AbiInt};
use crate::lapack_symeigx::eig_range;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::MatMut;
use ferroblas_kernels::Uplo;
use ferroblas_lapack::svd;
use ferroblas_lapack::sym_eigen::bisection::RangeKind;
use ferroblas_lapack::sym_eigen::drivers::Jobz;
use ferroblas_lapack::{Info, Par, WorkBuffer};

/// `?bdsvdx`: NS, and on success IWORK's first NS entries zero.
#[allow(clippy::too_many_arguments)]
pub fn bdsvdx<R: RealScalar, I: AbiInt>(
    uplo: Uplo,
    jobz: Jobz,
    range: RangeKind,
    d: &[R],
    e: &[R],
    vl: R,
    vu: R,
    il: i64,
    iu: i64,
    ns: &mut I,
    s: &mut [R],
    z: MatMut<'_, R>,
    iwork: &mut [I],
) -> Result<(), Info> {
    let n = d.len();
    let mut buf = WorkBuffer::new(svd::bdsvdx_req::<R>(n));
    let range = eig_range(range, vl, vu, il, iu);
    let (found, r) = svd::bdsvdx(uplo, jobz, range, d, e, s, z, buf.workspace());
    *ns = I::from_i64(found as i64);
    if r.is_ok() && jobz == Jobz::Vectors {
        iwork.iter_mut().take(found).for_each(|x| *x = I::from_i64(0));
    }
    r
}

/// `?gesvdx`'s smallest LWORK, as the reference computes it (its optimal
/// one too: the routine works on its own buffer).
pub fn gesvdx_minwork<T: Scalar>(m: i64, n: i64) -> i64 {
    let (big, small) = (m.max(n), m.min(n));
    if small <= 0 {
        return 1;
    }
    let first = svd::gesvd_qr_first(big as usize, small as usize);
    match (T::IS_COMPLEX, first) {
        (false, true) => small * (3 * small + 20),
        (false, false) => (small * (2 * small + 19)).max(4 * small + big),
        (true, true) => small * (small + 5),
        (true, false) => 3 * small + big,
    }
}

/// `?gesvdx`: NS, and on success IWORK's first NS entries zero.
#[allow(clippy::too_many_arguments)]
pub fn gesvdx<T: Scalar, I: AbiInt>(
    jobu: Jobz,
    jobvt: Jobz,
    range: RangeKind,
    a: MatMut<'_, T>,
    vl: T::Real,
    vu: T::Real,
    il: i64,
    iu: i64,
    ns: &mut I,
    s: &mut [T::Real],
    u: MatMut<'_, T>,
    vt: MatMut<'_, T>,
    work: &mut [T],
    iwork: &mut [I],
) -> Result<(), Info> {
    let (m, n) = (a.nrows(), a.ncols());
    let req = svd::gesvdx_req::<T>(m, n);
    let range = eig_range(range, vl, vu, il, iu);
    let (found, r) = with_work(work, req, |ws| svd::gesvdx(jobu, jobvt, range, a, s, u, vt, Par::default(), ws));
    *ns = I::from_i64(found as i64);
    if r.is_ok() {
        iwork.iter_mut().take(found).for_each(|x| *x = I::from_i64(0));
    }
    if let Some(w) = work.first_mut() {
        let opt = gesvdx_minwork::<T>(m as i64, n as i64);
        *w = T::from_real(<T::Real as RealScalar>::from_f64(opt as f64));
    }
    r
}
