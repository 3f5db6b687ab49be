//! The eigenvalues and eigenvectors of a general matrix (`?geev`).

#![allow(clippy::needless_range_loop)] // indices address matrix rows, columns and vectors alike

use super::eigvec::BATCH as TREVC3_BATCH;
use super::{
    gebak, gebal, gehrd, gehrd_req, hseqr, hseqr_req, orghr, orghr_req, trevc3_in, trevc3_reals, trevc3_req,
    trevc3_scratch, BalanceJob, Howmny, SchurJob, VecSide,
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
    WorkReq::new::<T::Real>(geev_reals::<T>(n)).and(geev_into_req::<T>(n, true))
}

/// The reals [`geev_into`] keeps beside its workspace (the complex
/// reference's RWORK): the balancing's scale factors and the eigenvector
/// norms, `2n` for a complex `T`; none for a real `T`, which keeps them in
/// the workspace.
pub fn geev_reals<T: Scalar>(n: usize) -> usize {
    if T::IS_COMPLEX {
        2 * n
    } else {
        0
    }
}

/// The workspace [`geev_into`] needs for its fastest path at order `n`,
/// with (`vectors`) or without eigenvectors. It runs in less too, down to
/// the reference's minimal LWORK (real `3n`, `4n` with vectors; complex
/// `2n`): the Hessenberg steps unblocked, the QR algorithm with smaller
/// deflation windows and fewer shifts, the back-transformation of the
/// eigenvectors one at a time.
pub fn geev_into_req<T: Scalar>(n: usize, vectors: bool) -> WorkReq {
    let real = !T::IS_COMPLEX;
    let scale = WorkReq::new::<T::Real>(if real && vectors { n } else { 0 });
    let gebal_scale = WorkReq::new::<T::Real>(if real && !vectors { n } else { 0 });
    let q = if vectors { orghr_req::<T>(0, n) } else { WorkReq::EMPTY };
    let reduce = WorkReq::new::<T>(n).and(gehrd_req::<T>(n).or(q));
    let schur = WorkReq::new::<Complex<T::Real>>(n).and(hseqr_req::<T>(n));
    let vecs = if !vectors {
        WorkReq::EMPTY
    } else if real {
        trevc3_req::<T>(n).or(WorkReq::new::<T::Real>(n))
    } else {
        WorkReq::new::<T>(trevc3_scratch::<T>(n)).and(WorkReq::new::<T>(2 * n * TREVC3_BATCH.min(n)))
    };
    scale.and(gebal_scale.or(reduce).or(schur).or(vecs))
}

/// Where a driver puts the eigenvalues it found, and reads them back.
pub trait EigOut<R> {
    /// Stores eigenvalue `i`.
    fn put(&mut self, i: usize, z: Complex<R>);
    /// Eigenvalue `i` as stored (on entry: what the caller left there).
    fn get(&self, i: usize) -> Complex<R>;
}

impl<R: Copy> EigOut<R> for [Complex<R>] {
    fn put(&mut self, i: usize, z: Complex<R>) {
        self[i] = z;
    }
    fn get(&self, i: usize) -> Complex<R> {
        self[i]
    }
}

/// Eigenvalues stored as the Fortran interface does: a real `W`'s real and
/// imaginary parts in `w` and `wi` (WR, WI), a complex `W`'s in `w` alone
/// (`wi` unused, may be empty).
pub struct SplitEigs<'a, W: Scalar> {
    /// The real parts (real `W`) or the eigenvalues (complex `W`).
    pub w: &'a mut [W],
    /// The imaginary parts (real `W` only).
    pub wi: &'a mut [W::Real],
}

impl<W: Scalar> EigOut<W::Real> for SplitEigs<'_, W> {
    fn put(&mut self, i: usize, z: Complex<W::Real>) {
        self.w[i] = W::from_parts(z.re, z.im);
        if !W::IS_COMPLEX {
            self.wi[i] = z.im;
        }
    }
    fn get(&self, i: usize) -> Complex<W::Real> {
        Complex::new(self.w[i].re(), if W::IS_COMPLEX { self.w[i].im() } else { self.wi[i] })
    }
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
    a: MatMut<'_, T>,
    w: &mut [Complex<T::Real>],
    vl: MatMut<'_, T>,
    vr: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = a.nrows();
    let (rwork, work) = work.take::<T::Real>(geev_reals::<T>(n));
    geev_into(want_vl, want_vr, a, w, vl, vr, rwork, par, work)
}

/// [`geev`] with the eigenvalues put into `w` (e.g. a Fortran caller's WR
/// and WI through [`SplitEigs`]; entries the QR algorithm did not reach are
/// left as they were) and the reals of a complex `T` in `rwork` (`2n`, the
/// reference's RWORK; empty for a real `T`). `work` as [`geev_into_req`]
/// asks for the fastest path, or less, down to the reference's minimum.
#[allow(clippy::too_many_arguments)]
pub fn geev_into<T: Scalar, E: EigOut<T::Real> + ?Sized>(
    want_vl: bool,
    want_vr: bool,
    mut a: MatMut<'_, T>,
    w: &mut E,
    mut vl: MatMut<'_, T>,
    mut vr: MatMut<'_, T>,
    rwork: &mut [T::Real],
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    type R<T> = <T as Scalar>::Real;
    let n = a.nrows();
    assert!(a.ncols() == n, "geev: A is not square");
    assert!(rwork.len() >= geev_reals::<T>(n), "geev: rwork is short");
    if n == 0 {
        return Ok(());
    }
    let vectors = want_vl || want_vr;
    let (anrm, cscale) = scale_general(a.rb_mut());
    // The scale factors: the complex types' in RWORK (with the eigenvector
    // norms behind them), a real type's at the front of WORK when gebak
    // needs them, else only while gebal runs.
    let (rscale, rnorms) = rwork.split_at_mut(if T::IS_COMPLEX { n } else { 0 });
    let (kept, mut work) = work.take::<R<T>>(if !T::IS_COMPLEX && vectors { n } else { 0 });
    let scale: &mut [R<T>] = if T::IS_COMPLEX { rscale } else { kept };
    let bal = if T::IS_COMPLEX || vectors {
        gebal(BalanceJob::Both, a.rb_mut(), scale)
    } else {
        let (s, _) = work.take::<R<T>>(n);
        gebal(BalanceJob::Both, a.rb_mut(), s)
    };
    let (ilo, ihi) = (bal.ilo, bal.ihi.max(bal.ilo));
    {
        // tau lives until Q is formed.
        let (tau, mut rest) = work.take::<T>(n);
        gehrd(ilo, ihi, a.rb_mut(), &mut tau[..n - 1], par, rest.rb_mut());
        if vectors {
            let mut q = if want_vl { vl.rb_mut() } else { vr.rb_mut() }.submatrix(0, 0, n, n);
            lacpy(Part::Lower, a.rb(), q.rb_mut());
            orghr(ilo, ihi, q.rb_mut(), &tau[..n - 1], par, rest);
        }
    }
    let result = {
        let (wq, rest) = work.take::<Complex<R<T>>>(n);
        for (i, z) in wq.iter_mut().enumerate() {
            *z = w.get(i);
        }
        let result = if vectors {
            let q = if want_vl { vl.rb_mut() } else { vr.rb_mut() }.submatrix(0, 0, n, n);
            hseqr(SchurJob::Schur, Compz::Update, ilo, ihi, a.rb_mut(), wq, q, par, rest)
        } else {
            let none = MatMut::from_col_major(&mut [], 0, 0, 1);
            hseqr(SchurJob::Eigenvalues, Compz::None, ilo, ihi, a.rb_mut(), wq, none, par, rest)
        };
        if let Some(c) = cscale {
            let first = result.err().map_or(0, |e| e.lapack_info() as usize);
            let fix = |z: &mut Complex<R<T>>| *z = Complex::new(rescale(c, anrm, z.re), rescale(c, anrm, z.im));
            wq[first..n].iter_mut().for_each(fix);
            if result.is_err() {
                wq[..ilo].iter_mut().for_each(fix);
            }
        }
        for (i, &z) in wq.iter().enumerate() {
            w.put(i, z);
        }
        result
    };
    if result.is_ok() && vectors {
        if want_vl && want_vr {
            lacpy(Part::Full, vl.rb().submatrix(0, 0, n, n), vr.rb_mut().submatrix(0, 0, n, n));
        }
        let side = match (want_vl, want_vr) {
            (true, true) => VecSide::Both,
            (true, false) => VecSide::Left,
            _ => VecSide::Right,
        };
        let vle = if want_vl { vl.rb_mut().submatrix(0, 0, n, n) } else { MatMut::from_col_major(&mut [], 0, 0, 1) };
        let vre = if want_vr { vr.rb_mut().submatrix(0, 0, n, n) } else { MatMut::from_col_major(&mut [], 0, 0, 1) };
        if T::IS_COMPLEX {
            trevc3_in(side, Howmny::Backtransform, &mut [], a.rb_mut(), vle, vre, &mut rnorms[..n], work.rb_mut());
        } else {
            let (reals, rest) = work.take::<R<T>>(trevc3_reals::<T>(n));
            trevc3_in(side, Howmny::Backtransform, &mut [], a.rb_mut(), vle, vre, reals, rest);
        }
        let (rtmp, _) = work.take::<R<T>>(if T::IS_COMPLEX { 0 } else { n });
        let norms: &mut [R<T>] = if T::IS_COMPLEX { &mut rnorms[..n] } else { rtmp };
        let zero = R::<T>::zero();
        for (want, v, s) in [(want_vl, vl.rb_mut(), Side::Left), (want_vr, vr.rb_mut(), Side::Right)] {
            if want {
                let mut v = v.submatrix(0, 0, n, n);
                gebak(BalanceJob::Both, s, ilo, ihi, scale, v.rb_mut());
                normalize_with(v, |i| w.get(i).im != zero, norms);
            }
        }
    }
    result
}

/// Scales each eigenvector to unit 2-norm with its largest component real
/// (a real type's pair by one rotation of its two columns).
pub(super) fn normalize<T: Scalar>(v: MatMut<'_, T>, w: &[Complex<T::Real>], rwork: &mut [T::Real]) {
    let zero = <T::Real as Scalar>::zero();
    normalize_with(v, |i| w[i].im != zero, rwork)
}

/// [`normalize`] told by `complex(i)` whether a real type's eigenvalue `i`
/// is the first of a complex pair.
fn normalize_with<T: Scalar>(mut v: MatMut<'_, T>, complex: impl Fn(usize) -> bool, rwork: &mut [T::Real]) {
    let n = v.nrows();
    let one = <T::Real as Scalar>::one();
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
        } else if !complex(i) || i + 1 >= n {
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
