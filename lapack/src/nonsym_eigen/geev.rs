//! The eigenvalues and eigenvectors of a general matrix (`?geev`).

#![allow(clippy::needless_range_loop)] // indices address matrix rows, columns and vectors alike

use super::{
    gebak, gebal, gehrd, gehrd_req, hseqr, hseqr_req, orghr, orghr_req, trevc3, trevc3_req, BalanceJob, Howmny,
    SchurJob, VecSide,
};
use crate::sym_eigen::tridiagonal::Compz;
use crate::Info;
use ferroblas_kernels::aux::matrix::{lacpy, lascl, MatrixKind, Part};
use ferroblas_kernels::aux::norms::{lange, Norm};
use ferroblas_kernels::aux::rotations::lartg;
use ferroblas_kernels::aux::scalars::{lamch, lapy2, Machine};
use ferroblas_kernels::level1::{nrm2, rot, scal, scal_real};
use ferroblas_kernels::scalar::{Complex, RealScalar, Scalar};
use ferroblas_kernels::{MatMut, Side};
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// The workspace [`geev`] needs for order `n`.
pub fn geev_req<T: Scalar>(n: usize) -> WorkReq {
    let steps = gehrd_req::<T>(n)
        .or(orghr_req::<T>(0, n))
        .or(hseqr_req::<T>(n))
        .or(trevc3_req::<T>(n))
        .or(WorkReq::new::<T::Real>(n));
    WorkReq::new::<T>(n).and(WorkReq::new::<T::Real>(n)).and(steps)
}

/// The drivers' guard against over- and underflow in the QR algorithm: when
/// A's largest element lies outside `[sqrt(safemin) / eps, its reciprocal]`,
/// A is scaled to that bound. Returns A's largest magnitude and the bound it
/// was scaled to, if it was (below 1: scaled up from near underflow).
pub(super) fn scale_general<T: Scalar>(a: MatMut<'_, T>) -> (T::Real, Option<T::Real>) {
    let (zero, one) = (T::Real::zero(), T::Real::one());
    let smlnum = lamch::<T::Real>(Machine::SafeMin).sqrt() / lamch::<T::Real>(Machine::Precision);
    let bignum = one / smlnum;
    let anrm = lange(Norm::Max, a.rb(), &mut []);
    let cscale = if anrm > zero && anrm < smlnum {
        smlnum
    } else if anrm > bignum {
        bignum
    } else {
        return (anrm, None);
    };
    let (m, n) = (a.nrows(), a.ncols());
    lascl(MatrixKind::General, 0, 0, anrm, cscale, m, n, a);
    (anrm, Some(cscale))
}

/// `x * cto / cfrom` without over- or underflow (`?lascl` on one value).
pub(super) fn rescale<R: RealScalar>(cfrom: R, cto: R, x: R) -> R {
    let mut v = [x];
    lascl(MatrixKind::General, 0, 0, cfrom, cto, 1, 1, MatMut::from_col_major(&mut v[..], 1, 1, 1));
    v[0]
}

/// The eigenvalues `w` of the `n x n` matrix `a` and, on request, its left
/// (`want_vl`: `u^H A = lambda u^H`) and right (`want_vr`: `A v = lambda v`)
/// eigenvectors in the columns of `vl` and `vr` (`?geev`): balancing,
/// Hessenberg reduction, the QR algorithm, [`trevc3`] and back-transformation.
/// Each vector has unit 2-norm and its largest component real; a real type
/// stores a complex pair's vectors `v +- i v'` as the columns `v`, `v'` (at
/// the pair's first index, whose eigenvalue has positive imaginary part).
/// `a` is overwritten; `vl`/`vr` are not referenced unless requested.
///
/// `Err(info)`: the QR algorithm failed; no eigenvectors were computed and
/// `w[info..]` (INFO 1-based) hold the eigenvalues that converged.
#[allow(clippy::too_many_arguments)]
pub fn geev<T: Scalar>(
    want_vl: bool,
    want_vr: bool,
    mut a: MatMut<'_, T>,
    w: &mut [Complex<T::Real>],
    mut vl: MatMut<'_, T>,
    mut vr: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    type R<T> = <T as Scalar>::Real;
    let n = a.nrows();
    assert!(a.ncols() == n && w.len() >= n, "geev: A is not square or w is short");
    if n == 0 {
        return Ok(());
    }
    let (anrm, cscale) = scale_general(a.rb_mut());
    let (tau, mut work) = work.take::<T>(n);
    let (scale, mut work) = work.take::<R<T>>(n);
    let bal = gebal(BalanceJob::Both, a.rb_mut(), scale);
    let (ilo, ihi) = (bal.ilo, bal.ihi.max(bal.ilo));
    gehrd(ilo, ihi, a.rb_mut(), &mut tau[..n - 1], par, work.rb_mut());
    let result = if want_vl || want_vr {
        let mut q = if want_vl { vl.rb_mut() } else { vr.rb_mut() }.submatrix(0, 0, n, n);
        lacpy(Part::Lower, a.rb(), q.rb_mut());
        orghr(ilo, ihi, q.rb_mut(), &tau[..n - 1], par, work.rb_mut());
        let r = hseqr(SchurJob::Schur, Compz::Update, ilo, ihi, a.rb_mut(), w, q.rb_mut(), par, work.rb_mut());
        if want_vl && want_vr {
            lacpy(Part::Full, vl.rb().submatrix(0, 0, n, n), vr.rb_mut().submatrix(0, 0, n, n));
        }
        r
    } else {
        hseqr(
            SchurJob::Eigenvalues,
            Compz::None,
            ilo,
            ihi,
            a.rb_mut(),
            w,
            MatMut::from_col_major(&mut [], 0, 0, 1),
            par,
            work.rb_mut(),
        )
    };
    if result.is_ok() && (want_vl || want_vr) {
        let side = match (want_vl, want_vr) {
            (true, true) => VecSide::Both,
            (true, false) => VecSide::Left,
            _ => VecSide::Right,
        };
        let vle = if want_vl { vl.rb_mut().submatrix(0, 0, n, n) } else { MatMut::from_col_major(&mut [], 0, 0, 1) };
        let vre = if want_vr { vr.rb_mut().submatrix(0, 0, n, n) } else { MatMut::from_col_major(&mut [], 0, 0, 1) };
        trevc3(side, Howmny::Backtransform, &mut [], a.rb_mut(), vle, vre, work.rb_mut());
        let (rwork, _) = work.take::<R<T>>(n);
        for (want, v, s) in [(want_vl, vl.rb_mut(), Side::Left), (want_vr, vr.rb_mut(), Side::Right)] {
            if want {
                let mut v = v.submatrix(0, 0, n, n);
                gebak(BalanceJob::Both, s, ilo, ihi, scale, v.rb_mut());
                normalize(v, w, rwork);
            }
        }
    }
    if let Some(c) = cscale {
        let first = result.err().map_or(0, |e| e.lapack_info() as usize);
        let fix = |z: &mut Complex<R<T>>| *z = Complex::new(rescale(c, anrm, z.re), rescale(c, anrm, z.im));
        w[first..n].iter_mut().for_each(fix);
        if result.is_err() {
            w[..ilo].iter_mut().for_each(fix);
        }
    }
    result
}

/// Scales each eigenvector to unit 2-norm with its largest component real
/// (a real type's pair by one rotation of its two columns).
pub(super) fn normalize<T: Scalar>(mut v: MatMut<'_, T>, w: &[Complex<T::Real>], rwork: &mut [T::Real]) {
    let n = v.nrows();
    let (zero, one) = (<T::Real as Scalar>::zero(), <T::Real as Scalar>::one());
    let mut i = 0;
    while i < n {
        if T::IS_COMPLEX {
            let scl = one / nrm2(v.rb().col(i));
            scal_real(scl, v.rb_mut().col_mut(i));
            for (k, r) in rwork.iter_mut().enumerate().take(n) {
                let x = v.get(k, i);
                *r = x.re() * x.re() + x.im() * x.im();
            }
            let k = argmax(&rwork[..n]);
            let x = v.get(k, i);
            let tmp = x.conj().scale_real(one / rwork[k].sqrt());
            scal(tmp, v.rb_mut().col_mut(i));
            v.set(k, i, T::from_real(v.get(k, i).re()));
            i += 1;
        } else if w[i].im == zero || i + 1 >= n {
            let scl = one / nrm2(v.rb().col(i));
            scal_real(scl, v.rb_mut().col_mut(i));
            i += 1;
        } else {
            let scl = one / lapy2(nrm2(v.rb().col(i)), nrm2(v.rb().col(i + 1)));
            scal_real(scl, v.rb_mut().col_mut(i));
            scal_real(scl, v.rb_mut().col_mut(i + 1));
            for (k, r) in rwork.iter_mut().enumerate().take(n) {
                let (a, b) = (v.get(k, i).re(), v.get(k, i + 1).re());
                *r = a * a + b * b;
            }
            let k = argmax(&rwork[..n]);
            let (cs, sn, _) = lartg(v.get(k, i), v.get(k, i + 1));
            let (c0, c1) = v.rb_mut().split_at_col(i + 1);
            rot(c0.submatrix(0, i, n, 1).col_mut(0), c1.submatrix(0, 0, n, 1).col_mut(0), cs, sn.re());
            v.set(k, i + 1, T::zero());
            i += 2;
        }
    }
}

/// The first index of the largest entry (`i?amax` on reals).
fn argmax<R: RealScalar>(x: &[R]) -> usize {
    let mut best = 0;
    for (k, &v) in x.iter().enumerate() {
        if v > x[best] {
            best = k;
        }
    }
    best
}
