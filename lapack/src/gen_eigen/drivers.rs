//! The generalized eigenvalues and eigenvectors of a matrix pencil
//! (`?ggev`, `?ggev3`).

#![allow(clippy::needless_range_loop)] // indices address matrix rows, columns and vectors alike

use super::{
    ggbak, ggbal, ggbal_req, gghrd, hgeqz, laqz0, laqz0_req, tgevc, tgevc_req, tgsen, tgsen_req, tgsna, tgsna_req,
    TgsenJob,
};
use crate::nonsym_eigen::{BalanceJob, Howmny, SchurJob, VecSide};
use crate::nonsym_eigen::{SenseJob, SnaJob};
use crate::qr::{geqrf, geqrf_req, orgqr, orgqr_req, ormqr, ormqr_req, Positive};
use crate::sym_eigen::tridiagonal::Compz;
use crate::Info;
use ferroblas_kernels::aux::matrix::{lacpy, lascl, laset, MatrixKind, Part};
use ferroblas_kernels::aux::norms::{lange, Norm};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::scalar::{Complex, RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef, Side, Trans};
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// The workspace [`ggev`] needs for order `n`.
pub fn ggev_req<T: Scalar>(n: usize) -> WorkReq {
    let steps =
        geqrf_req::<T>(n, n).or(ormqr_req::<T>(Side::Left, n, n, n)).or(orgqr_req::<T>(n, n)).or(tgevc_req::<T>(n));
    WorkReq::new::<T::Real>(2 * n).and(WorkReq::new::<T>(n)).and(steps)
}

/// Scales `a` into `[sqrt(safmin) / eps, its reciprocal]` when its largest
/// element lies outside; returns the norm and the bound it was scaled to.
fn scale_into_range<T: Scalar>(a: MatMut<'_, T>) -> (T::Real, Option<T::Real>) {
    let (zero, one) = (<T::Real as Scalar>::zero(), <T::Real as Scalar>::one());
    let smlnum = lamch::<T::Real>(Machine::SafeMin).sqrt() / lamch::<T::Real>(Machine::Precision);
    let bignum = one / smlnum;
    let anrm = lange(Norm::Max, a.rb(), &mut []);
    let to = if anrm > zero && anrm < smlnum {
        smlnum
    } else if anrm > bignum {
        bignum
    } else {
        return (anrm, None);
    };
    let (m, n) = (a.nrows(), a.ncols());
    lascl(MatrixKind::General, 0, 0, anrm, to, m, n, a);
    (anrm, Some(to))
}

/// An empty matrix argument.
fn empty<'a, T: Scalar>() -> MatMut<'a, T> {
    MatMut::from_col_major(&mut [], 0, 0, 1)
}

/// `Update` when the matrix is wanted.
fn compz_of(want: bool) -> Compz {
    if want {
        Compz::Update
    } else {
        Compz::None
    }
}

/// The drivers' common first steps: balance the pencil ([`ggbal`], JOB =
/// P for all but `?ggevx`), triangularize B by QR (A updated; with `full`, also the columns of A
/// right of the active block), start `vl` from the QR's Q and `vr` from the
/// identity when wanted, and reduce to Hessenberg-triangular form (with
/// `full` the whole pencil, else only the active block). Returns `(ilo, ihi)`.
#[allow(clippy::too_many_arguments)]
fn reduce<T: Scalar>(
    balance: BalanceJob,
    full: bool,
    want_vl: bool,
    want_vr: bool,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    mut vl: MatMut<'_, T>,
    mut vr: MatMut<'_, T>,
    lscale: &mut [T::Real],
    rscale: &mut [T::Real],
    par: Par,
    mut work: Workspace<'_>,
) -> (usize, usize) {
    let n = a.nrows();
    let (ilo, ihi) = {
        let mut scratch = work.rb_mut();
        let (bw, _) = scratch.take::<T::Real>(ggbal_req(balance, n));
        ggbal(balance, a.rb_mut(), b.rb_mut(), lscale, rscale, bw)
    };
    let ihi = ihi.max(ilo);
    let irows = ihi - ilo;
    let icols = if full { n - ilo } else { irows };
    let (tau, mut work) = work.take::<T>(n);
    let tau = &mut tau[..irows.min(icols)];
    geqrf(b.rb_mut().submatrix(ilo, ilo, irows, icols), tau, Positive::No, par, work.rb_mut());
    ormqr(
        Side::Left,
        Trans::ConjTrans,
        b.rb().submatrix(ilo, ilo, irows, irows.min(icols)),
        tau,
        a.rb_mut().submatrix(ilo, ilo, irows, icols),
        par,
        work.rb_mut(),
    );
    if want_vl {
        let mut q = vl.rb_mut().submatrix(0, 0, n, n);
        laset(Part::Full, T::zero(), T::one(), q.rb_mut());
        if irows > 1 {
            lacpy(
                Part::Lower,
                b.rb().submatrix(ilo + 1, ilo, irows - 1, irows - 1),
                q.rb_mut().submatrix(ilo + 1, ilo, irows - 1, irows - 1),
            );
        }
        orgqr(q.rb_mut().submatrix(ilo, ilo, irows, irows), tau, par, work.rb_mut());
    }
    if want_vr {
        laset(Part::Full, T::zero(), T::one(), vr.rb_mut().submatrix(0, 0, n, n));
    }
    if full {
        let ql = if want_vl { vl.rb_mut().submatrix(0, 0, n, n) } else { empty() };
        let zr = if want_vr { vr.rb_mut().submatrix(0, 0, n, n) } else { empty() };
        gghrd(compz_of(want_vl), compz_of(want_vr), ilo, ihi, a.rb_mut(), b.rb_mut(), ql, zr);
    } else {
        gghrd(
            Compz::None,
            Compz::None,
            0,
            irows,
            a.rb_mut().submatrix(ilo, ilo, irows, irows),
            b.rb_mut().submatrix(ilo, ilo, irows, irows),
            empty(),
            empty(),
        );
    }
    (ilo, ihi)
}

/// The generalized eigenvalues `alpha[j] / beta[j]` of the `n x n` pencil
/// `(A, B)` and, on request, its left (`want_vl`: `u^H A = lambda u^H B`)
/// and right (`want_vr`: `A v = lambda B v`) eigenvectors in the columns of
/// `vl` and `vr` (`?ggev`, `?ggev3`): A and B scaled into range, permuted
/// by [`ggbal`], B reduced to triangular form by QR, the pencil to
/// Hessenberg-triangular form ([`gghrd`]), the QZ algorithm ([`hgeqz`]),
/// [`tgevc`] and [`ggbak`]. Each vector is scaled so that its largest
/// component has `|re| + |im| = 1`; a real type stores a complex pair's
/// vectors `v +- i v'` as the columns `v`, `v'` (at the pair's first index,
/// whose alpha has positive imaginary part). `beta` is real and
/// non-negative; `beta = 0` is an infinite eigenvalue, `alpha = beta = 0` a
/// singular pencil. `a` and `b` are overwritten.
///
/// `Err(info)`: `info <= n` the QZ iteration failed (the eigenvalues
/// `info..n`, 0-based, are correct, no vectors computed); `n + 2`: `tgevc`
/// failed.
#[allow(clippy::too_many_arguments)]
pub fn ggev<T: Scalar>(
    want_vl: bool,
    want_vr: bool,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    alpha: &mut [Complex<T::Real>],
    beta: &mut [T],
    vl: MatMut<'_, T>,
    vr: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    ggev_with(QzMethod::SingleDouble, want_vl, want_vr, a, b, alpha, beta, vl, vr, par, work)
}

/// The workspace [`ggev3`] needs for order `n`.
pub fn ggev3_req<T: Scalar>(n: usize) -> WorkReq {
    ggev_req::<T>(n).and(laqz0_req::<T>(n, 0))
}

/// [`ggev`] with the multishift QZ algorithm [`laqz0`] (`?ggev3`); `work`
/// holds [`ggev3_req`].
#[allow(clippy::too_many_arguments)]
pub fn ggev3<T: Scalar>(
    want_vl: bool,
    want_vr: bool,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    alpha: &mut [Complex<T::Real>],
    beta: &mut [T],
    vl: MatMut<'_, T>,
    vr: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    ggev_with(QzMethod::Multishift, want_vl, want_vr, a, b, alpha, beta, vl, vr, par, work)
}

#[allow(clippy::too_many_arguments)]
fn ggev_with<T: Scalar>(
    qz: QzMethod,
    want_vl: bool,
    want_vr: bool,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    alpha: &mut [Complex<T::Real>],
    beta: &mut [T],
    vl: MatMut<'_, T>,
    vr: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = a.nrows();
    let (scales, work) = work.take::<T::Real>(2 * n);
    let (lscale, rscale) = scales.split_at_mut(n);
    let r = ggevx_with(
        qz,
        BalanceJob::Permute,
        want_vl,
        want_vr,
        SenseJob::None,
        a,
        b,
        alpha,
        beta,
        vl,
        vr,
        lscale,
        rscale,
        &mut [],
        &mut [],
        par,
        work,
    );
    r.info
}

/// The deprecated `?gegv`: [`ggev`] on the pencil scaled to largest
/// entries of modulus one, `(A / |A|max, B / |B|max)` (A and B are left so
/// scaled on return), then `alpha` multiplied by `|A|max` and `beta` by
/// `|B|max`, except that a pair whose significant part would underflow is
/// multiplied by less (the reference's rule; so `alpha / beta` is that of
/// the unscaled pencil while `(alpha, beta)` need not be). A thin wrapper:
/// the eigenvectors, `work` ([`ggev_req`]) and errors are [`ggev`]'s, and
/// after a QZ failure the pair stays unscaled.
#[allow(clippy::too_many_arguments)]
pub fn gegv<T: Scalar>(
    want_vl: bool,
    want_vr: bool,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    alpha: &mut [Complex<T::Real>],
    beta: &mut [T],
    vl: MatMut<'_, T>,
    vr: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    let n = a.nrows();
    if n == 0 {
        return Ok(());
    }
    let (zero, one) = (<T::Real as Scalar>::zero(), <T::Real as Scalar>::one());
    let safmin = lamch::<T::Real>(Machine::SafeMin);
    let safmin = safmin + safmin;
    let safmax = one / safmin;
    let eps = lamch::<T::Real>(Machine::Precision);
    // The norm, and the pair (n1, n2) with n1 n2 = norm that limits the unscaling without overflow.
    let unit = |m: MatMut<'_, T>| {
        let nrm = lange(Norm::Max, m.rb(), &mut []);
        if nrm > zero {
            lascl(MatrixKind::General, 0, 0, nrm, one, n, n, m);
        }
        if nrm < one && safmax * nrm < one {
            (nrm, safmin, safmax * nrm)
        } else {
            (nrm, nrm, one)
        }
    };
    let (anrm, anrm1, anrm2) = unit(a.rb_mut());
    let (bnrm, bnrm1, bnrm2) = unit(b.rb_mut());
    ggev(want_vl, want_vr, a, b, alpha, beta, vl, vr, par, work)?;
    // The real routines keep the margin of 1 + 4 eps of the reference.
    let tiny = if T::IS_COMPLEX { safmin } else { (one + <T::Real as RealScalar>::from_f64(4.0) * eps) * safmin };
    for j in 0..n {
        let (ar, ai, bb) = (alpha[j].re, alpha[j].im, beta[j].re());
        let (absar, absai, absb) = (ar.abs(), ai.abs(), bb.abs());
        let (mut sar, mut sai, mut sb) = (anrm * ar, anrm * ai, bnrm * bb);
        let mut limit = false;
        let mut scale = one;
        let bound = |n1: T::Real, n2: T::Real, x: T::Real| (tiny / n1) / tiny.max(n2 * x);
        if sai.abs() < safmin && absai >= safmin.max(eps * absar).max(eps * absb) {
            limit = true;
            scale = bound(anrm1, anrm2, absai);
        } else if sai == zero && !T::IS_COMPLEX {
            // An insignificant imaginary part lost: the pair becomes real.
            if ai < zero && j > 0 {
                alpha[j - 1].im = zero;
            } else if ai > zero && j + 1 < n {
                alpha[j + 1].im = zero;
            }
        }
        if sar.abs() < safmin && absar >= safmin.max(eps * absai).max(eps * absb) {
            limit = true;
            scale = scale.max(bound(anrm1, anrm2, absar));
        }
        if sb.abs() < safmin && absb >= safmin.max(eps * absar).max(eps * absai) {
            limit = true;
            scale = scale.max(bound(bnrm1, bnrm2, absb));
        }
        if limit {
            let t = (scale * safmin) * sar.abs().max(sai.abs()).max(sb.abs());
            if t > one {
                scale /= t;
            }
            limit = scale >= one;
        }
        if limit {
            sar = (scale * ar) * anrm;
            sai = (scale * ai) * anrm;
            sb = (scale * bb) * bnrm;
        }
        alpha[j] = Complex::new(sar, sai);
        beta[j] = T::from_real(sb);
    }
    Ok(())
}

/// What [`ggevx`] found beside the eigenvalues.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ggevx<R> {
    /// The balanced active block `ilo..ihi` (0-based, half open).
    pub ilo: usize,
    /// Its end.
    pub ihi: usize,
    /// The 1-norm of the balanced A (ABNRM), of the caller's scale.
    pub abnrm: R,
    /// The 1-norm of the balanced B (BBNRM).
    pub bbnrm: R,
    /// As [`ggev`]'s result.
    pub info: Result<(), Info>,
}

/// The workspace [`ggevx`] needs for order `n` with `sense`.
pub fn ggevx_req<T: Scalar>(balance: BalanceJob, sense: SenseJob, n: usize) -> WorkReq {
    let cond = if sense == SenseJob::None {
        WorkReq::EMPTY
    } else {
        let job = sna_job(sense);
        WorkReq::new::<bool>(n).and(WorkReq::new::<T>(4 * n)).and(tgevc_req::<T>(n).or(tgsna_req::<T>(job, n)))
    };
    WorkReq::new::<T::Real>(ggbal_req(balance, n)).or(ggev_req::<T>(n).or(cond))
}

/// [`tgsna`]'s job for a driver's SENSE (not `None`).
fn sna_job(sense: SenseJob) -> SnaJob {
    match sense {
        SenseJob::Eigenvalues => SnaJob::Eigenvalues,
        SenseJob::Subspace => SnaJob::Vectors,
        _ => SnaJob::Both,
    }
}

/// [`ggev`] with the balancing `balance` ([`ggbal`]: its permutation, 0-based
/// indices, and scaling factors in `lscale`, `rscale`) and, with `sense`,
/// the reciprocal condition numbers of each eigenvalue (`rconde`, SENSE = E
/// or B) and eigenvector (`rcondv`, V or B) by [`tgsna`] on the generalized
/// Schur form, from its eigenvectors computed one eigenvalue (or pair) at a
/// time (`?ggevx`). Also returns the balanced block and the 1-norms of the
/// balanced A and B. `work` holds [`ggevx_req`].
#[allow(clippy::too_many_arguments)]
pub fn ggevx<T: Scalar>(
    balance: BalanceJob,
    want_vl: bool,
    want_vr: bool,
    sense: SenseJob,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    alpha: &mut [Complex<T::Real>],
    beta: &mut [T],
    vl: MatMut<'_, T>,
    vr: MatMut<'_, T>,
    lscale: &mut [T::Real],
    rscale: &mut [T::Real],
    rconde: &mut [T::Real],
    rcondv: &mut [T::Real],
    par: Par,
    work: Workspace<'_>,
) -> Ggevx<T::Real> {
    let qz = QzMethod::SingleDouble;
    ggevx_with(
        qz, balance, want_vl, want_vr, sense, a, b, alpha, beta, vl, vr, lscale, rscale, rconde, rcondv, par, work,
    )
}

/// Which QZ iteration a driver runs: [`hgeqz`] (`?ggev`, `?gges`, ...) or
/// the multishift [`laqz0`] (`?ggev3`, `?gges3`, as the reference's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum QzMethod {
    SingleDouble,
    Multishift,
}

/// The QZ step of the drivers by `method`; `work` holds [`laqz0_req`] for
/// the multishift one.
#[allow(clippy::too_many_arguments)]
fn run_qz<T: Scalar>(
    method: QzMethod,
    job: SchurJob,
    compq: Compz,
    compz: Compz,
    ilo: usize,
    ihi: usize,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    alpha: &mut [Complex<T::Real>],
    beta: &mut [T],
    q: MatMut<'_, T>,
    z: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    match method {
        QzMethod::SingleDouble => hgeqz(job, compq, compz, ilo, ihi, a, b, alpha, beta, q, z),
        QzMethod::Multishift => laqz0(job, compq, compz, ilo, ihi, a, b, alpha, beta, q, z, 0, par, work),
    }
}

#[allow(clippy::too_many_arguments)]
fn ggevx_with<T: Scalar>(
    qz: QzMethod,
    balance: BalanceJob,
    want_vl: bool,
    want_vr: bool,
    sense: SenseJob,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    alpha: &mut [Complex<T::Real>],
    beta: &mut [T],
    mut vl: MatMut<'_, T>,
    mut vr: MatMut<'_, T>,
    lscale: &mut [T::Real],
    rscale: &mut [T::Real],
    rconde: &mut [T::Real],
    rcondv: &mut [T::Real],
    par: Par,
    mut work: Workspace<'_>,
) -> Ggevx<T::Real> {
    type R<T> = <T as Scalar>::Real;
    let n = a.nrows();
    assert!(a.ncols() == n && b.nrows() == n && b.ncols() == n, "ggev: A and B must be square of one order");
    assert!(alpha.len() >= n && beta.len() >= n, "ggev: alpha or beta is short");
    let zero = R::<T>::zero();
    let mut out = Ggevx { ilo: 0, ihi: n, abnrm: zero, bbnrm: zero, info: Ok(()) };
    if n == 0 {
        return out;
    }
    let ilv = want_vl || want_vr;
    let full = ilv || sense != SenseJob::None;
    let (anrm, ascl) = scale_into_range(a.rb_mut());
    let (bnrm, bscl) = scale_into_range(b.rb_mut());
    let (ilo, ihi) = reduce(
        balance,
        full,
        want_vl,
        want_vr,
        a.rb_mut(),
        b.rb_mut(),
        vl.rb_mut(),
        vr.rb_mut(),
        lscale,
        rscale,
        par,
        work.rb_mut(),
    );
    (out.ilo, out.ihi) = (ilo, ihi);
    // The norms of the balanced pencil, as the caller scaled it.
    let unscaled = |x: R<T>, scaled: Option<R<T>>, orig: R<T>| match scaled {
        Some(to) => {
            let mut v = [x];
            lascl(MatrixKind::General, 0, 0, to, orig, 1, 1, MatMut::from_col_major(&mut v[..], 1, 1, 1));
            v[0]
        }
        None => x,
    };
    out.abnrm = unscaled(lange(Norm::One, a.rb(), &mut []), ascl, anrm);
    out.bbnrm = unscaled(lange(Norm::One, b.rb(), &mut []), bscl, bnrm);
    let (cq, cz) = (compz_of(want_vl), compz_of(want_vr));
    let result = if full {
        let ql = if want_vl { vl.rb_mut().submatrix(0, 0, n, n) } else { empty() };
        let zr = if want_vr { vr.rb_mut().submatrix(0, 0, n, n) } else { empty() };
        run_qz(qz, SchurJob::Schur, cq, cz, ilo, ihi, a.rb_mut(), b.rb_mut(), alpha, beta, ql, zr, par, work.rb_mut())
    } else {
        run_qz(
            qz,
            SchurJob::Eigenvalues,
            Compz::None,
            Compz::None,
            ilo,
            ihi,
            a.rb_mut(),
            b.rb_mut(),
            alpha,
            beta,
            empty(),
            empty(),
            par,
            work.rb_mut(),
        )
    };
    out.info = match result {
        Err(e) => Err(e),
        Ok(()) => {
            let mut r = Ok(());
            if ilv {
                let side = match (want_vl, want_vr) {
                    (true, true) => VecSide::Both,
                    (true, false) => VecSide::Left,
                    _ => VecSide::Right,
                };
                let ql = if want_vl { vl.rb_mut().submatrix(0, 0, n, n) } else { empty() };
                let zr = if want_vr { vr.rb_mut().submatrix(0, 0, n, n) } else { empty() };
                if tgevc(side, Howmny::Backtransform, &[], a.rb(), b.rb(), ql, zr, work.rb_mut()).is_err() {
                    r = Err(Info::new(n + 2));
                }
            }
            if r.is_ok() && sense != SenseJob::None {
                r = condition_numbers(sense, a.rb(), b.rb(), rconde, rcondv, work.rb_mut());
            }
            if r.is_ok() {
                for (want, v, scale) in [(want_vl, vl.rb_mut(), &*lscale), (want_vr, vr.rb_mut(), &*rscale)] {
                    if want {
                        let mut v = v.submatrix(0, 0, n, n);
                        ggbak(balance, ilo, ihi, scale, v.rb_mut());
                        normalize(v, alpha);
                    }
                }
            }
            r
        }
    };
    rescale_eigs(&mut alpha[..n], &mut beta[..n], anrm, ascl, bnrm, bscl);
    out
}

/// [`ggevx`]'s condition numbers: for each eigenvalue (a real pair at once)
/// its left and right eigenvectors of the Schur form by [`tgevc`], then
/// [`tgsna`] on them; `Err(n + 2)` when [`tgevc`] fails.
fn condition_numbers<T: Scalar>(
    sense: SenseJob,
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    rconde: &mut [T::Real],
    rcondv: &mut [T::Real],
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = a.nrows();
    let job = sna_job(sense);
    let (sel, mut work) = work.take::<bool>(n);
    let (vecs, mut work) = work.take::<T>(4 * n);
    let (wl, wr) = vecs.split_at_mut(2 * n);
    let mut i = 0;
    while i < n {
        let mm = if !T::IS_COMPLEX && i + 1 < n && !a.get(i + 1, i).is_zero() { 2 } else { 1 };
        sel.fill(false);
        sel[i..i + mm].fill(true);
        if job.wants_s()
            && tgevc(
                VecSide::Both,
                Howmny::Selected,
                sel,
                a,
                b,
                MatMut::from_col_major(wl, n, mm, n),
                MatMut::from_col_major(wr, n, mm, n),
                work.rb_mut(),
            )
            .is_err()
        {
            return Err(Info::new(n + 2));
        }
        let (s, d): (&mut [T::Real], &mut [T::Real]) = (
            if job.wants_s() { &mut rconde[i..i + mm] } else { &mut [] },
            if job.wants_sep() { &mut rcondv[i..i + mm] } else { &mut [] },
        );
        tgsna(
            job,
            Howmny::Selected,
            sel,
            a,
            b,
            MatRef::from_col_major(wl, n, mm, n),
            MatRef::from_col_major(wr, n, mm, n),
            s,
            d,
            work.rb_mut(),
        );
        i += mm;
    }
    Ok(())
}

/// Scales each eigenvector so that its largest component has `|re| + |im| = 1`
/// (a real type's pair, flagged by `alpha`'s imaginary part, as one vector).
fn normalize<T: Scalar>(mut v: MatMut<'_, T>, alpha: &[Complex<T::Real>]) {
    let n = v.nrows();
    let zero = <T::Real as Scalar>::zero();
    let smlnum = lamch::<T::Real>(Machine::SafeMin).sqrt() / lamch::<T::Real>(Machine::Precision);
    let mut jc = 0;
    while jc < n {
        let pair = !T::IS_COMPLEX && alpha[jc].im > zero && jc + 1 < n;
        let cols = if pair { 2 } else { 1 };
        let mut temp = zero;
        for jr in 0..n {
            let mut s = v.get(jr, jc).abs1();
            if pair {
                s += v.get(jr, jc + 1).abs1();
            }
            temp = temp.max(s);
        }
        if temp >= smlnum {
            let f = <T::Real as Scalar>::one() / temp;
            for c in jc..jc + cols {
                for jr in 0..n {
                    v.set(jr, c, v.get(jr, c).scale_real(f));
                }
            }
        }
        jc += cols;
    }
}

/// What [`gges`] found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gges {
    /// The number of eigenvalues (after sorting) for which the selection
    /// holds (SDIM); a real complex pair with either selected counts 2.
    pub sdim: usize,
    /// `Err(i)`: `i <= n` the QZ iteration failed (the eigenvalues `i..n`,
    /// 0-based, are correct); `n + 1`: another QZ failure; `n + 2`: after
    /// reordering, rounding changed which eigenvalues are selected (this
    /// one wins over `n + 3`, as in the reference); `n + 3`: a reordering
    /// swap was refused.
    pub info: Result<(), Info>,
}

/// The workspace [`gges`] needs for order `n`.
pub fn gges_req<T: Scalar>(n: usize) -> WorkReq {
    ggev_req::<T>(n).and(WorkReq::new::<bool>(n))
}

/// The generalized Schur factorization `(A, B) = (Q S Z^H, Q T Z^H)` of
/// the `n x n` pencil (`?gges`, `?gges3`): the steps of [`ggev`] up to the
/// QZ algorithm ([`hgeqz`] in Schur mode), then, with `select`, the
/// eigenvalues `alpha / beta` it picks moved to the top left by [`tgsen`]
/// (a real pair is selected when either of its eigenvalues is). `a`, `b`
/// are overwritten by S (upper triangular, or real quasi-triangular in
/// standard form) and T (upper triangular, non-negative real diagonal);
/// `vsl` / `vsr` receive Q / Z when given. A real type's complex pair whose
/// `(alpha, beta)` would over- or underflow when the driver's scaling is
/// undone is first rescaled to the order of S's and T's entries (as the
/// reference).
#[allow(clippy::too_many_arguments)]
pub fn gges<T: Scalar>(
    select: Option<&mut dyn FnMut(Complex<T::Real>, T) -> bool>,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    alpha: &mut [Complex<T::Real>],
    beta: &mut [T],
    vsl: Option<MatMut<'_, T>>,
    vsr: Option<MatMut<'_, T>>,
    par: Par,
    work: Workspace<'_>,
) -> Gges {
    let r = ggesx(select, SenseJob::None, a, b, alpha, beta, vsl, vsr, par, work);
    Gges { sdim: r.sdim, info: r.info }
}

/// The workspace [`gges3`] needs for order `n`.
pub fn gges3_req<T: Scalar>(n: usize) -> WorkReq {
    gges_req::<T>(n).and(laqz0_req::<T>(n, 0))
}

/// [`gges`] with the multishift QZ algorithm [`laqz0`] (`?gges3`); `work`
/// holds [`gges3_req`].
#[allow(clippy::too_many_arguments)]
pub fn gges3<T: Scalar>(
    select: Option<&mut dyn FnMut(Complex<T::Real>, T) -> bool>,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    alpha: &mut [Complex<T::Real>],
    beta: &mut [T],
    vsl: Option<MatMut<'_, T>>,
    vsr: Option<MatMut<'_, T>>,
    par: Par,
    work: Workspace<'_>,
) -> Gges {
    let r = ggesx_with(QzMethod::Multishift, select, SenseJob::None, a, b, alpha, beta, vsl, vsr, par, work);
    Gges { sdim: r.sdim, info: r.info }
}

/// What [`ggesx`] found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ggesx<R> {
    /// As [`Gges::sdim`].
    pub sdim: usize,
    /// As [`Gges::info`].
    pub info: Result<(), Info>,
    /// The reciprocal projection norms PL, PR of the selected cluster
    /// (RCONDE; SENSE = E or B, after sorting).
    pub rconde: Option<(R, R)>,
    /// The Difu, Difl estimates (RCONDV; SENSE = V or B, after sorting);
    /// `None` inside: no estimate, the reference leaves the entry alone.
    pub rcondv: Option<[Option<R>; 2]>,
}

/// The workspace [`ggesx`] needs for order `n` with `sense`.
pub fn ggesx_req<T: Scalar>(sense: SenseJob, n: usize) -> WorkReq {
    gges_req::<T>(n).and(tgsen_req::<T>(sen_job(sense), n, n / 2))
}

/// [`tgsen`]'s job for a driver's SENSE, as `?ggesx` maps it (IJOB 0, 1, 2, 4).
fn sen_job(sense: SenseJob) -> TgsenJob {
    match sense {
        SenseJob::None => TgsenJob::Reorder,
        SenseJob::Eigenvalues => TgsenJob::Projections,
        SenseJob::Subspace => TgsenJob::DifFrobenius,
        SenseJob::Both => TgsenJob::ProjectionsDifFrobenius,
    }
}

/// [`gges`] with, when sorting, the reciprocal condition numbers of the
/// selected cluster of eigenvalues and of its deflating subspaces as
/// [`tgsen`] computes them (`?ggesx`; SENSE = E: PL, PR; V: Difu, Difl
/// by the Frobenius-norm estimate; B: both). `work` holds [`ggesx_req`].
#[allow(clippy::too_many_arguments)]
pub fn ggesx<T: Scalar>(
    select: Option<&mut dyn FnMut(Complex<T::Real>, T) -> bool>,
    sense: SenseJob,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    alpha: &mut [Complex<T::Real>],
    beta: &mut [T],
    vsl: Option<MatMut<'_, T>>,
    vsr: Option<MatMut<'_, T>>,
    par: Par,
    work: Workspace<'_>,
) -> Ggesx<T::Real> {
    ggesx_with(QzMethod::SingleDouble, select, sense, a, b, alpha, beta, vsl, vsr, par, work)
}

#[allow(clippy::too_many_arguments)]
fn ggesx_with<T: Scalar>(
    qz: QzMethod,
    mut select: Option<&mut dyn FnMut(Complex<T::Real>, T) -> bool>,
    sense: SenseJob,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    alpha: &mut [Complex<T::Real>],
    beta: &mut [T],
    vsl: Option<MatMut<'_, T>>,
    vsr: Option<MatMut<'_, T>>,
    par: Par,
    mut work: Workspace<'_>,
) -> Ggesx<T::Real> {
    type R<T> = <T as Scalar>::Real;
    let n = a.nrows();
    assert!(a.ncols() == n && b.nrows() == n && b.ncols() == n, "gges: A and B must be square of one order");
    assert!(alpha.len() >= n && beta.len() >= n, "gges: alpha or beta is short");
    let mut out = Ggesx { sdim: 0, info: Ok(()), rconde: None, rcondv: None };
    if n == 0 {
        return out;
    }
    let (want_l, want_r) = (vsl.is_some(), vsr.is_some());
    let mut vl = vsl.unwrap_or_else(empty);
    let mut vr = vsr.unwrap_or_else(empty);
    let (anrm, ascl) = scale_into_range(a.rb_mut());
    let (bnrm, bscl) = scale_into_range(b.rb_mut());
    let (scales, mut work) = work.take::<R<T>>(2 * n);
    let (lscale, rscale) = scales.split_at_mut(n);
    let (ilo, ihi) = reduce(
        BalanceJob::Permute,
        true,
        want_l,
        want_r,
        a.rb_mut(),
        b.rb_mut(),
        vl.rb_mut(),
        vr.rb_mut(),
        lscale,
        rscale,
        par,
        work.rb_mut(),
    );
    let (cq, cz) = (compz_of(want_l), compz_of(want_r));
    let ql = if want_l { vl.rb_mut().submatrix(0, 0, n, n) } else { empty() };
    let zr = if want_r { vr.rb_mut().submatrix(0, 0, n, n) } else { empty() };
    let r =
        run_qz(qz, SchurJob::Schur, cq, cz, ilo, ihi, a.rb_mut(), b.rb_mut(), alpha, beta, ql, zr, par, work.rb_mut());
    if let Err(e) = r {
        out.info = Err(if e.lapack_info() as usize <= n { e } else { Info::new(n + 1) });
        rescale_eigs(alpha, beta, anrm, ascl, bnrm, bscl);
        return out;
    }
    if let Some(sel) = select.as_deref_mut() {
        // The selection sees the unscaled eigenvalues; the reordering works
        // on the scaled pencil and recomputes them from it.
        rescale_eigs(alpha, beta, anrm, ascl, bnrm, bscl);
        let (flags, rest) = work.take::<bool>(n);
        for j in 0..n {
            flags[j] = sel(alpha[j], beta[j]);
        }
        let ql = if want_l { vl.rb_mut().submatrix(0, 0, n, n) } else { empty() };
        let zr = if want_r { vr.rb_mut().submatrix(0, 0, n, n) } else { empty() };
        let r = tgsen(sen_job(sense), flags, want_l, want_r, a.rb_mut(), b.rb_mut(), alpha, beta, ql, zr, rest);
        if r.info.is_err() {
            out.info = Err(Info::new(n + 3));
        }
        out.rconde = r.p;
        out.rcondv = r.dif;
    }
    if want_l {
        ggbak(BalanceJob::Permute, ilo, ihi, lscale, vl.rb_mut().submatrix(0, 0, n, n));
    }
    if want_r {
        ggbak(BalanceJob::Permute, ilo, ihi, rscale, vr.rb_mut().submatrix(0, 0, n, n));
    }
    if !T::IS_COMPLEX {
        guard_pairs(a.rb(), b.rb(), alpha, beta, anrm, ascl, bnrm, bscl);
    }
    let unscale = |a: MatMut<'_, T>, from: Option<R<T>>, to: R<T>, kind: MatrixKind| {
        if let Some(f) = from {
            lascl(kind, 0, 0, f, to, n, n, a);
        }
    };
    unscale(a.rb_mut(), ascl, anrm, MatrixKind::Hessenberg);
    unscale(b.rb_mut(), bscl, bnrm, MatrixKind::Upper);
    rescale_eigs(alpha, beta, anrm, ascl, bnrm, bscl);
    if let Some(sel) = select {
        // Count the selected eigenvalues as they lie now; a selected one
        // after an unselected one means rounding changed the selection.
        let mut last = true;
        let mut j = 0;
        while j < n {
            let pair = !T::IS_COMPLEX && alpha[j].im != R::<T>::zero() && j + 1 < n;
            let cur =
                if pair { sel(alpha[j], beta[j]) || sel(alpha[j + 1], beta[j + 1]) } else { sel(alpha[j], beta[j]) };
            if cur {
                out.sdim += if pair { 2 } else { 1 };
                // As the reference: this overrides a refused swap (N+3).
                if !last {
                    out.info = Err(Info::new(n + 2));
                }
            }
            last = cur;
            j += if pair { 2 } else { 1 };
        }
    }
    out
}

/// Before the real drivers undo their scaling: a complex pair's `(alpha,
/// beta)` (from [`super::lag2`], whose own scaling need not match the
/// pencil's) that would over- or underflow when unscaled is rescaled, as the
/// reference does, so that alpha is of the order of S's entries (the
/// diagonal, else the pair's off-diagonal) and beta of T's diagonal.
#[allow(clippy::too_many_arguments)]
fn guard_pairs<T: Scalar>(
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    alpha: &mut [Complex<T::Real>],
    beta: &mut [T],
    anrm: T::Real,
    ascl: Option<T::Real>,
    bnrm: T::Real,
    bscl: Option<T::Real>,
) {
    let n = a.nrows();
    let safmin = lamch::<T::Real>(Machine::SafeMin);
    let safmax = <T::Real as Scalar>::one() / safmin;
    let zero = <T::Real as Scalar>::zero();
    // A zero or non-finite factor (the reference's 0/0 for a zero real
    // part over a zero diagonal) would turn finite values into NaN: skipped.
    let apply = |i: usize, f: T::Real, alpha: &mut [Complex<T::Real>], beta: &mut [T]| {
        if !(f > zero && f.is_finite()) {
            return;
        }
        beta[i] = beta[i].scale_real(f);
        alpha[i] = Complex::new(alpha[i].re * f, alpha[i].im * f);
    };
    if let Some(to) = ascl {
        for i in 0..n {
            let (ar, ai) = (alpha[i].re, alpha[i].im);
            if ai == zero {
                continue;
            }
            // The comparisons are the reference's, signs included.
            if ar != zero && (ar / safmax > to / anrm || safmin / ar > anrm / to) {
                apply(i, (a.get(i, i).re() / ar).abs(), alpha, beta);
            } else if (ai / safmax > to / anrm || safmin / ai > anrm / to) && i + 1 < n {
                apply(i, (a.get(i, i + 1).re() / ai).abs(), alpha, beta);
            }
        }
    }
    if let Some(to) = bscl {
        for i in 0..n {
            let be = beta[i].re();
            if alpha[i].im != zero && be != zero && (be / safmax > to / bnrm || safmin / be > bnrm / to) {
                apply(i, (b.get(i, i).re() / be).abs(), alpha, beta);
            }
        }
    }
}

/// Undoes the drivers' scaling on `alpha` (from A's) and `beta` (from B's).
fn rescale_eigs<T: Scalar>(
    alpha: &mut [Complex<T::Real>],
    beta: &mut [T],
    anrm: T::Real,
    ascl: Option<T::Real>,
    bnrm: T::Real,
    bscl: Option<T::Real>,
) {
    let one = |x: T::Real, from: T::Real, to: T::Real| {
        let mut v = [x];
        lascl(MatrixKind::General, 0, 0, from, to, 1, 1, MatMut::from_col_major(&mut v[..], 1, 1, 1));
        v[0]
    };
    if let Some(to) = ascl {
        for z in alpha.iter_mut() {
            *z = Complex::new(one(z.re, to, anrm), one(z.im, to, anrm));
        }
    }
    if let Some(to) = bscl {
        let n = beta.len();
        lascl(MatrixKind::General, 0, 0, to, bnrm, n, 1, MatMut::from_col_major(beta, n, 1, n.max(1)));
    }
}
