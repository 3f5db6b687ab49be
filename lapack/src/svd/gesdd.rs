//! The SVD of a general matrix by divide and conquer (`?gesdd`): reduce to
//! bidiagonal form (after a QR factorization when `m >> n`, an LQ one when
//! `n >> m`), take the bidiagonal SVD from [`bdsdc`](super::bdsdc) (real,
//! also for complex matrices: the bidiagonal of a complex matrix is real),
//! and multiply its vectors back by the reflectors.
//!
//! The arrays sit where the reference keeps them, so that the reference's
//! smallest LWORK (and, complex, LRWORK; IWORK `8 min(m, n)`) holds them:
//! the bidiagonal's vectors go straight into `U` and `VT` where they end
//! up (a complex routine's real copies in RWORK), the diagonal into `S`,
//! and only what has no home in the outputs (the reflectors' scalars, the
//! copy of R, the small `U` of the QR paths) takes WORK. A smaller WORK
//! only narrows the blocks of the reductions and of the final products.

use super::bidiag::{gebrd, gebrd_req, ormbr, ormbr_req, Vect};
use super::divide::{bdsdc, bdsdc_ilen, bdsdc_ireq, bdsdc_req, BdsdcJob};
use crate::qr::{geqrf, geqrf_req, orgqr, orgqr_req, Positive};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacp2, lacpy, lascl, laset, MatrixKind, Part};
use ferroblas_kernels::aux::norms::{lange, Norm};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::{MatMut, MatRef, RealScalar, Scalar, Side, Trans, Uplo};
use ferroblas_relapack::level3::Level3;

/// Which singular vectors [`gesdd`] computes (`JOBZ`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GesddJob {
    /// All `m` columns of `U` and all `n` rows of `VT` (`'A'`).
    All,
    /// The first `min(m, n)` columns of `U` and rows of `VT` (`'S'`).
    Some,
    /// The first `min(m, n)` vectors, those of the longer side written over
    /// `A` (`'O'`): `U`'s columns when `m >= n`, else `VT`'s rows.
    Overwrite,
    /// Singular values only (`'N'`).
    None,
}

impl GesddJob {
    /// Parses `A`, `S`, `O` or `N`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'A' => Some(GesddJob::All),
            b'S' => Some(GesddJob::Some),
            b'O' => Some(GesddJob::Overwrite),
            b'N' => Some(GesddJob::None),
            _ => None,
        }
    }
}

/// The reference's crossover to QR (LQ) first: `m >= 11 n / 6`.
fn qr_first(m: usize, n: usize) -> bool {
    m >= (n as f64 * 11.0 / 6.0) as usize
}

/// The workspaces of the fast path: `(work, rwork)`, the reals in `work`
/// for a real `T`.
fn gesdd_reqs<T: Scalar>(job: GesddJob, m: usize, n: usize) -> (WorkReq, WorkReq) {
    let (m, n) = if m >= n { (m, n) } else { (n, m) };
    if n == 0 {
        return (WorkReq::EMPTY, WorkReq::EMPTY);
    }
    let t = WorkReq::new::<T>;
    let vectors = job != GesddJob::None;
    let qr = qr_first(m, n);
    let rows = if qr { n } else { m };
    let bd = bdsdc_req::<T::Real>(if vectors { BdsdcJob::Vectors } else { BdsdcJob::Values }, n);
    let ruv = if vectors && T::IS_COMPLEX {
        WorkReq::new::<T::Real>(n * n).and(WorkReq::new::<T::Real>(n * n))
    } else {
        WorkReq::EMPTY
    };
    let e = WorkReq::new::<T::Real>(n);
    let mut steps = gebrd_req::<T>(rows, n);
    if vectors {
        steps = steps.or(ormbr_req::<T>(Vect::P, Side::Right, n, n, n));
        steps = steps.or(match (qr, job) {
            (false, GesddJob::All) => ormbr_req::<T>(Vect::Q, Side::Left, m, m, n),
            (false, GesddJob::Some) => ormbr_req::<T>(Vect::Q, Side::Left, m, n, n),
            // Q formed in A, then A U in one product.
            (false, _) => orgqr_req::<T>(n, n).or(t(m * n)),
            _ => ormbr_req::<T>(Vect::Q, Side::Left, n, n, n),
        });
    }
    let taus = t(n).and(t(n));
    let (inner, rwork) = if T::IS_COMPLEX {
        (taus.and(steps), e.and(ruv).and(bd))
    } else {
        (taus.and(e).and(steps.or(bd)), WorkReq::EMPTY)
    };
    let square = t(n * n);
    let work = if qr {
        let (persist, orgq) = match job {
            GesddJob::None => (WorkReq::EMPTY, WorkReq::EMPTY),
            GesddJob::Some => (square, orgqr_req::<T>(n, n)),
            GesddJob::All => (square, orgqr_req::<T>(m, n)),
            GesddJob::Overwrite => (square.and(square), orgqr_req::<T>(n, n)),
        };
        persist.and(t(n).and(geqrf_req::<T>(m, n).or(orgq)).or(inner))
    } else if job == GesddJob::Overwrite {
        square.and(inner)
    } else {
        inner
    };
    (work, rwork)
}

/// The workspace [`gesdd`] takes for its fast path from `work` (for a real
/// `T`, its reals too); any workspace of at least the reference's minimal
/// LWORK elements also serves, with narrower blocks.
pub fn gesdd_req<T: Scalar>(job: GesddJob, m: usize, n: usize) -> WorkReq {
    gesdd_reqs::<T>(job, m, n).0
}

/// The real workspace [`gesdd`] takes from `rwork` for a complex `T`
/// (within the reference's LRWORK); empty for a real `T`.
pub fn gesdd_rwork_req<T: Scalar>(job: GesddJob, m: usize, n: usize) -> WorkReq {
    gesdd_reqs::<T>(job, m, n).1
}

/// The index workspace [`gesdd`] takes from `iwork`: the bidiagonal divide
/// and conquer's.
pub fn gesdd_iwork_req(job: GesddJob, m: usize, n: usize) -> WorkReq {
    bdsdc_ireq(bd_job(job), m.min(n))
}

/// [`gesdd_iwork_req`] as a count of `usize` ([`bdsdc_ilen`]).
pub fn gesdd_iwork_len(job: GesddJob, m: usize, n: usize) -> usize {
    bdsdc_ilen(bd_job(job), m.min(n))
}

fn bd_job(job: GesddJob) -> BdsdcJob {
    if job == GesddJob::None {
        BdsdcJob::Values
    } else {
        BdsdcJob::Vectors
    }
}

/// The caller's workspaces: the reals come from `rwork` for a complex `T`,
/// from `work` for a real one (whose reference routine has no RWORK).
struct Stacks<'a> {
    work: Workspace<'a>,
    rwork: Option<Workspace<'a>>,
}

impl<'a> Stacks<'a> {
    /// Takes `k` elements of `work` for the rest of the routine.
    fn take_t<U: Copy + Default>(self, k: usize) -> (&'a mut [U], Self) {
        let (x, work) = self.work.split::<U>(k);
        (x, Stacks { work, rwork: self.rwork })
    }

    /// Takes `k` reals for the rest of the routine.
    fn take_r<U: Copy + Default>(self, k: usize) -> (&'a mut [U], Self) {
        match self.rwork {
            Some(r) => {
                let (x, r) = r.split::<U>(k);
                (x, Stacks { work: self.work, rwork: Some(r) })
            }
            None => self.take_t(k),
        }
    }

    /// The free part of `work`, for one step.
    fn t(&mut self) -> Workspace<'_> {
        self.work.rb_mut()
    }

    /// The free reals, for one step.
    fn r(&mut self) -> Workspace<'_> {
        match &mut self.rwork {
            Some(r) => r.rb_mut(),
            None => self.work.rb_mut(),
        }
    }
}

fn conj_in_place<T: Scalar>(mut a: MatMut<'_, T>) {
    if !T::IS_COMPLEX {
        return;
    }
    for j in 0..a.ncols() {
        for i in 0..a.nrows() {
            let x = a.get(i, j);
            a.set(i, j, x.conj());
        }
    }
}

/// The singular value decomposition `A = U S VT` of the `m x n` matrix `a`
/// by divide and conquer (`?gesdd`): `s` (`min(m, n)`) the singular values,
/// decreasing; `u` and `vt` the vectors as `job` asks (`m x m` and `n x n`
/// for [`GesddJob::All`]; `m x min` and `min x n` for [`GesddJob::Some`];
/// for [`GesddJob::Overwrite`] `u` is `m x m` and `vt` unused when `m < n`,
/// `vt` is `n x n` and `u` unused when `m >= n`; both unused for
/// [`GesddJob::None`]). `a` is destroyed (or holds the overwritten vectors).
///
/// `work` holds [`gesdd_req`] for the fast path, or at least the
/// reference's minimal LWORK elements of `T`; `rwork` (complex `T` only,
/// else pass [`Workspace::empty`]) holds [`gesdd_rwork_req`], `iwork`
/// [`gesdd_iwork_req`].
///
/// `Err(Info::new(1))` when the bidiagonal divide and conquer failed.
#[allow(clippy::too_many_arguments)]
pub fn gesdd<T: Scalar>(
    job: GesddJob,
    mut a: MatMut<'_, T>,
    s: &mut [T::Real],
    mut u: MatMut<'_, T>,
    mut vt: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
    rwork: Workspace<'_>,
    iwork: Workspace<'_>,
) -> Result<(), Info> {
    let st = Stacks { work, rwork: if T::IS_COMPLEX { Some(rwork) } else { None } };
    let (m, n) = (a.nrows(), a.ncols());
    if m >= n {
        return gesdd_tall(job, a, s, u, vt, par, st, iwork);
    }
    // A^H = U' S V'^H gives A = V' S U'^H: run on the conjugated
    // transpose, with the roles of U and VT exchanged, and conjugate back.
    conj_in_place(a.rb_mut());
    let r = gesdd_tall(job, a.rb_mut().transpose(), s, vt.rb_mut().transpose(), u.rb_mut().transpose(), par, st, iwork);
    if job != GesddJob::None {
        conj_in_place(u.rb_mut());
        conj_in_place(vt.rb_mut());
        if job == GesddJob::Overwrite {
            conj_in_place(a.rb_mut());
        }
    }
    r
}

/// [`gesdd`] for `m >= n`.
#[allow(clippy::too_many_arguments)]
fn gesdd_tall<T: Scalar>(
    job: GesddJob,
    mut a: MatMut<'_, T>,
    s: &mut [T::Real],
    u: MatMut<'_, T>,
    vt: MatMut<'_, T>,
    par: Par,
    st: Stacks<'_>,
    iwork: Workspace<'_>,
) -> Result<(), Info> {
    let (m, n) = (a.nrows(), a.ncols());
    if n == 0 {
        return Ok(());
    }
    let rone = T::Real::one();
    // Scale into the range where the bidiagonal SVD is safe.
    let eps = lamch::<T::Real>(Machine::Precision);
    let smlnum = lamch::<T::Real>(Machine::SafeMin).sqrt() / eps;
    let bignum = rone / smlnum;
    let anrm = lange(Norm::Max, a.rb(), &mut []);
    let scale = if anrm > T::Real::zero() && anrm < smlnum {
        Some(smlnum)
    } else if anrm > bignum {
        Some(bignum)
    } else {
        None
    };
    if let Some(to) = scale {
        lascl(MatrixKind::General, 0, 0, anrm, to, m, n, a.rb_mut());
    }
    let d = &mut s[..n];
    let r = if qr_first(m, n) {
        tall_qr(job, a, &mut *d, u, vt, par, st, iwork)
    } else {
        tall_direct(job, a, &mut *d, u, vt, par, st, iwork)
    };
    if let Some(from) = scale {
        lascl(MatrixKind::General, 0, 0, from, anrm, n, 1, MatMut::from_col_major(d, n, 1, n));
    }
    r
}

/// The SVD of the upper bidiagonal `(d, e)` into `d` and, with `vectors`,
/// `ub` and `vb` (`n x n`): directly for a real `T`, through real copies
/// in the reals' stack for a complex one.
#[allow(clippy::too_many_arguments)]
fn bidiag_svd<T: Scalar>(
    vectors: bool,
    d: &mut [T::Real],
    e: &mut [T::Real],
    ub: MatMut<'_, T>,
    vb: MatMut<'_, T>,
    par: Par,
    st: &mut Stacks<'_>,
    iwork: Workspace<'_>,
) -> Result<(), Info> {
    let n = d.len();
    if !vectors {
        let none = || MatMut::<T::Real>::from_col_major(&mut [], 0, 0, 1);
        return bdsdc::<T::Real>(Uplo::Upper, BdsdcJob::Values, d, e, none(), none(), par, st.r(), iwork);
    }
    match (T::real_mat_mut(ub), T::real_mat_mut(vb)) {
        (Ok(ur), Ok(vr)) => bdsdc::<T::Real>(Uplo::Upper, BdsdcJob::Vectors, d, e, ur, vr, par, st.r(), iwork),
        (Err(ub), Err(vb)) => {
            let mut rw = st.r();
            let (rub, mut rw) = rw.take::<T::Real>(n * n);
            let (rvb, mut rw) = rw.take::<T::Real>(n * n);
            let mut ur = MatMut::from_col_major(rub, n, n, n);
            let mut vr = MatMut::from_col_major(rvb, n, n, n);
            bdsdc::<T::Real>(Uplo::Upper, BdsdcJob::Vectors, d, e, ur.rb_mut(), vr.rb_mut(), par, rw.rb_mut(), iwork)?;
            lacp2(Part::Full, ur.rb(), ub);
            lacp2(Part::Full, vr.rb(), vb);
            Ok(())
        }
        _ => unreachable!("a type is either real or complex"),
    }
}

/// `a := a b` for `a` `m x n` and `b` `n x n`, a block of rows at a time
/// through `buf` (at least `n` long).
fn mul_right_in_place<T: Scalar>(mut a: MatMut<'_, T>, b: MatRef<'_, T>, buf: &mut [T], par: Par) {
    let (m, n) = (a.nrows(), a.ncols());
    let rows = (buf.len() / n).clamp(1, m.max(1));
    let l3 = Level3::new(par);
    let mut i = 0;
    while i < m {
        let r = rows.min(m - i);
        let mut t = MatMut::from_col_major(&mut buf[..r * n], r, n, r);
        l3.gemm(Trans::No, Trans::No, T::one(), a.rb().submatrix(i, 0, r, n), b, T::zero(), t.rb_mut());
        lacpy(Part::Full, t.rb(), a.rb_mut().submatrix(i, 0, r, n));
        i += r;
    }
}

/// The whole of `work`'s free part as one array (the final products' rows).
fn rest<'w, T: Scalar>(w: &'w mut Workspace<'_>) -> &'w mut [T] {
    let cap = w.capacity::<T>();
    w.take::<T>(cap).0
}

/// [`gesdd_tall`] without a QR factorization first: the bidiagonal
/// reduction of `a` itself.
#[allow(clippy::too_many_arguments)]
fn tall_direct<T: Scalar>(
    job: GesddJob,
    mut a: MatMut<'_, T>,
    d: &mut [T::Real],
    mut u: MatMut<'_, T>,
    mut vt: MatMut<'_, T>,
    par: Par,
    st: Stacks<'_>,
    iwork: Workspace<'_>,
) -> Result<(), Info> {
    let (m, n) = (a.nrows(), a.ncols());
    let (zero, one) = (T::zero(), T::one());
    let (tauq, st) = st.take_t::<T>(n);
    let (taup, st) = st.take_t::<T>(n);
    let (iub, st) = st.take_t::<T>(if job == GesddJob::Overwrite { n * n } else { 0 });
    let (e, mut st) = st.take_r::<T::Real>(n);
    gebrd(a.rb_mut(), d, &mut e[..n - 1], tauq, taup, par, st.t());
    let vectors = job != GesddJob::None;
    let none = || MatMut::<T>::from_col_major(&mut [], 0, 0, 1);
    if !vectors {
        return bidiag_svd(false, d, e, none(), none(), par, &mut st, iwork);
    }
    if job == GesddJob::Overwrite {
        let mut ub = MatMut::from_col_major(iub, n, n, n);
        let mut vtn = vt.submatrix(0, 0, n, n);
        bidiag_svd(true, d, e, ub.rb_mut(), vtn.rb_mut(), par, &mut st, iwork)?;
        // P's reflectors go with the rest of A when Q is formed over them.
        ormbr(Vect::P, Side::Right, Trans::ConjTrans, n, a.rb(), taup, vtn, par, st.t());
        orgqr(a.rb_mut(), tauq, par, st.t());
        mul_right_in_place(a, ub.rb(), rest(&mut st.t()), par);
        return Ok(());
    }
    bidiag_svd(true, d, e, u.rb_mut().submatrix(0, 0, n, n), vt.rb_mut().submatrix(0, 0, n, n), par, &mut st, iwork)?;
    ormbr(Vect::P, Side::Right, Trans::ConjTrans, n, a.rb(), taup, vt.submatrix(0, 0, n, n), par, st.t());
    // U = Q_b [Ub 0; 0 I] (All) or Q_b [Ub; 0] (Some).
    let cols = if job == GesddJob::All { m } else { n };
    let mut q = u.submatrix(0, 0, m, cols);
    if m > n {
        laset(Part::Full, zero, zero, q.rb_mut().submatrix(n, 0, m - n, n));
        if cols > n {
            laset(Part::Full, zero, zero, q.rb_mut().submatrix(0, n, n, m - n));
            laset(Part::Full, zero, one, q.rb_mut().submatrix(n, n, m - n, m - n));
        }
    }
    ormbr(Vect::Q, Side::Left, Trans::No, n, a.rb(), tauq, q, par, st.t());
    Ok(())
}

/// [`gesdd_tall`] for `m >> n`: `A = Q R`, then the SVD of `R`.
#[allow(clippy::too_many_arguments)]
fn tall_qr<T: Scalar>(
    job: GesddJob,
    mut a: MatMut<'_, T>,
    d: &mut [T::Real],
    mut u: MatMut<'_, T>,
    vt: MatMut<'_, T>,
    par: Par,
    st: Stacks<'_>,
    iwork: Workspace<'_>,
) -> Result<(), Info> {
    let (m, n) = (a.nrows(), a.ncols());
    let zero = T::zero();
    // R's copy (when Q is formed in A) and the small U (when U's columns
    // hold Q), as in the reference.
    let in_ir = matches!(job, GesddJob::Some | GesddJob::Overwrite);
    let in_iu = matches!(job, GesddJob::All | GesddJob::Overwrite);
    let (irb, st) = st.take_t::<T>(if in_ir { n * n } else { 0 });
    let (iub, mut st) = st.take_t::<T>(if in_iu { n * n } else { 0 });
    {
        let mut w = st.t();
        let (tau, mut w) = w.take::<T>(n);
        geqrf(a.rb_mut(), tau, Positive::No, par, w.rb_mut());
        if in_ir {
            let mut r = MatMut::from_col_major(&mut *irb, n, n, n);
            laset(Part::Lower, zero, zero, r.rb_mut());
            lacpy(Part::Upper, a.rb().submatrix(0, 0, n, n), r);
            orgqr(a.rb_mut(), tau, par, w.rb_mut());
        } else if job == GesddJob::All {
            let mut q = u.rb_mut().submatrix(0, 0, m, m);
            lacpy(Part::Lower, a.rb(), q.rb_mut().submatrix(0, 0, m, n));
            orgqr(q, tau, par, w.rb_mut());
        }
    }
    if !in_ir && n > 1 {
        laset(Part::Lower, zero, zero, a.rb_mut().submatrix(1, 0, n - 1, n - 1));
    }
    let (tauq, st) = st.take_t::<T>(n);
    let (taup, st) = st.take_t::<T>(n);
    let (e, mut st) = st.take_r::<T::Real>(n);
    let none = || MatMut::<T>::from_col_major(&mut [], 0, 0, 1);
    let l3 = Level3::new(par);
    // The bidiagonal reduction of R, in its copy or in place.
    let mut b = if in_ir { MatMut::from_col_major(&mut *irb, n, n, n) } else { a.rb_mut().submatrix(0, 0, n, n) };
    gebrd(b.rb_mut(), d, &mut e[..n - 1], tauq, taup, par, st.t());
    if job == GesddJob::None {
        return bidiag_svd(false, d, e, none(), none(), par, &mut st, iwork);
    }
    let mut vtn = vt.submatrix(0, 0, n, n);
    match job {
        GesddJob::None => unreachable!("handled above"),
        GesddJob::Some => {
            let mut un = u.rb_mut().submatrix(0, 0, n, n);
            bidiag_svd(true, d, e, un.rb_mut(), vtn.rb_mut(), par, &mut st, iwork)?;
            ormbr(Vect::Q, Side::Left, Trans::No, n, b.rb(), tauq, un.rb_mut(), par, st.t());
            ormbr(Vect::P, Side::Right, Trans::ConjTrans, n, b.rb(), taup, vtn, par, st.t());
            // U = Q [Q_b Ub], the small factor moved into R's copy.
            let mut t = MatMut::from_col_major(&mut *irb, n, n, n);
            lacpy(Part::Full, un.rb(), t.rb_mut());
            l3.gemm(Trans::No, Trans::No, T::one(), a.rb(), t.rb(), zero, u.submatrix(0, 0, m, n));
            Ok(())
        }
        GesddJob::All => {
            let mut ub = MatMut::from_col_major(iub, n, n, n);
            bidiag_svd(true, d, e, ub.rb_mut(), vtn.rb_mut(), par, &mut st, iwork)?;
            ormbr(Vect::Q, Side::Left, Trans::No, n, b.rb(), tauq, ub.rb_mut(), par, st.t());
            ormbr(Vect::P, Side::Right, Trans::ConjTrans, n, b.rb(), taup, vtn, par, st.t());
            // U[:, ..n] = Q[:, ..n] Ub, through A (free now).
            l3.gemm(Trans::No, Trans::No, T::one(), u.rb().submatrix(0, 0, m, n), ub.rb(), zero, a.rb_mut());
            lacpy(Part::Full, a.rb(), u.submatrix(0, 0, m, n));
            Ok(())
        }
        GesddJob::Overwrite => {
            let mut ub = MatMut::from_col_major(iub, n, n, n);
            bidiag_svd(true, d, e, ub.rb_mut(), vtn.rb_mut(), par, &mut st, iwork)?;
            ormbr(Vect::Q, Side::Left, Trans::No, n, b.rb(), tauq, ub.rb_mut(), par, st.t());
            ormbr(Vect::P, Side::Right, Trans::ConjTrans, n, b.rb(), taup, vtn, par, st.t());
            // A = Q Ub, a block of rows at a time through R's copy.
            mul_right_in_place(a, ub.rb(), irb, par);
            Ok(())
        }
    }
}
