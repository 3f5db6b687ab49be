//! The SVD of a general matrix by divide and conquer (`?gesdd`): reduce to
//! bidiagonal form (after a QR factorization when `m >> n`, an LQ one when
//! `n >> m`), take the bidiagonal SVD from [`bdsdc`](super::bdsdc) (real,
//! also for complex matrices: the bidiagonal of a complex matrix is real),
//! and multiply its vectors back by the reflectors.

use super::bidiag::{gebrd, gebrd_req, ormbr, ormbr_req, Vect};
use super::divide::{bdsdc, bdsdc_req, BdsdcJob};
use crate::qr::{geqrf, geqrf_req, orgqr, orgqr_req, Positive};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacp2, lacpy, lascl, laset, MatrixKind, Part};
use ferroblas_kernels::aux::norms::{lange, Norm};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::{MatMut, MatRef, RealScalar, Scalar, Side, Trans};
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

/// The workspace [`gesdd`] needs for an `m x n` matrix.
pub fn gesdd_req<T: Scalar>(job: GesddJob, m: usize, n: usize) -> WorkReq {
    let (m, n) = if m >= n { (m, n) } else { (n, m) };
    let qr = qr_first(m, n);
    let rows = if qr { n } else { m };
    let mut req = WorkReq::new::<T>(2 * n).and(WorkReq::new::<T::Real>(2 * n));
    let bd = if job == GesddJob::None { BdsdcJob::Values } else { BdsdcJob::Vectors };
    let mut sub = gebrd_req::<T>(rows, n).or(bdsdc_req::<T::Real>(bd, n));
    if qr {
        req = req.and(WorkReq::new::<T>(n + n * n));
        sub = sub.or(geqrf_req::<T>(m, n));
    }
    if job != GesddJob::None {
        req = req.and(WorkReq::new::<T::Real>(2 * n * n));
        if qr {
            req = req.and(WorkReq::new::<T>(n * n));
            sub = sub.or(orgqr_req::<T>(m, n)).or(orgqr_req::<T>(m, m));
        }
        if job == GesddJob::Overwrite || (qr && job == GesddJob::All) {
            req = req.and(WorkReq::new::<T>(m * n));
        }
        sub = sub.or(ormbr_req::<T>(Vect::Q, Side::Left, m, m, n)).or(ormbr_req::<T>(Vect::P, Side::Right, n, n, n));
    }
    req.and(sub)
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
) -> Result<(), Info> {
    let (m, n) = (a.nrows(), a.ncols());
    if m >= n {
        return gesdd_tall(job, a, s, u, vt, par, work);
    }
    // A^H = U' S V'^H gives A = V' S U'^H: run on the conjugated
    // transpose, with the roles of U and VT exchanged, and conjugate back.
    conj_in_place(a.rb_mut());
    let r = gesdd_tall(job, a.rb_mut().transpose(), s, vt.rb_mut().transpose(), u.rb_mut().transpose(), par, work);
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
fn gesdd_tall<T: Scalar>(
    job: GesddJob,
    mut a: MatMut<'_, T>,
    s: &mut [T::Real],
    mut u: MatMut<'_, T>,
    mut vt: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let (m, n) = (a.nrows(), a.ncols());
    if n == 0 {
        return Ok(());
    }
    let (zero, one) = (T::zero(), T::one());
    let (rzero, rone) = (T::Real::zero(), T::Real::one());
    // Scale into the range where the bidiagonal SVD is safe.
    let eps = lamch::<T::Real>(Machine::Precision);
    let smlnum = lamch::<T::Real>(Machine::SafeMin).sqrt() / eps;
    let bignum = rone / smlnum;
    let anrm = lange(Norm::Max, a.rb(), &mut []);
    let scale = if anrm > rzero && anrm < smlnum {
        Some(smlnum)
    } else if anrm > bignum {
        Some(bignum)
    } else {
        None
    };
    if let Some(to) = scale {
        lascl(MatrixKind::General, 0, 0, anrm, to, m, n, a.rb_mut());
    }

    let qr = qr_first(m, n);
    let (tauq, mut work) = work.take::<T>(n);
    let (taup, mut work) = work.take::<T>(n);
    let (d, mut work) = work.take::<T::Real>(n);
    let (e, mut work) = work.take::<T::Real>(n);
    let (tau, mut work) = work.take::<T>(if qr { n } else { 0 });
    let (bbuf, mut work) = work.take::<T>(if qr { n * n } else { 0 });
    if qr {
        geqrf(a.rb_mut(), tau, Positive::No, par, work.rb_mut());
    }
    // The reflectors of the bidiagonal reduction: in R's copy or in `a`.
    let bq = if qr {
        let mut b = MatMut::from_col_major(bbuf, n, n, n);
        laset(Part::Lower, zero, zero, b.rb_mut());
        lacpy(Part::Upper, a.rb().submatrix(0, 0, n, n), b.rb_mut());
        gebrd(b.rb_mut(), d, &mut e[..n - 1], tauq, taup, par, work.rb_mut());
        Some(b)
    } else {
        gebrd(a.rb_mut(), d, &mut e[..n - 1], tauq, taup, par, work.rb_mut());
        None
    };
    macro_rules! refl {
        () => {
            match &bq {
                Some(b) => b.rb(),
                None => a.rb(),
            }
        };
    }

    let r = if job == GesddJob::None {
        bdsdc::<T::Real>(
            ferroblas_kernels::Uplo::Upper,
            BdsdcJob::Values,
            d,
            e,
            MatMut::from_col_major(&mut [], 0, 0, 1),
            MatMut::from_col_major(&mut [], 0, 0, 1),
            par,
            work.rb_mut(),
        )
    } else {
        let (ubuf, mut work) = work.take::<T::Real>(n * n);
        let (vbuf, mut work) = work.take::<T::Real>(n * n);
        let mut ub = MatMut::from_col_major(ubuf, n, n, n);
        let mut vb = MatMut::from_col_major(vbuf, n, n, n);
        bdsdc::<T::Real>(
            ferroblas_kernels::Uplo::Upper,
            BdsdcJob::Vectors,
            d,
            e,
            ub.rb_mut(),
            vb.rb_mut(),
            par,
            work.rb_mut(),
        )?;
        let (w1buf, mut work) = work.take::<T>(if qr { n * n } else { 0 });
        let big = job == GesddJob::Overwrite || (qr && job == GesddJob::All);
        let (tbuf, mut work) = work.take::<T>(if big { m * n } else { 0 });
        // VT = Vb P^H (n x n), first: Overwrite replaces a's reflectors.
        let mut vtn = vt.rb_mut().submatrix(0, 0, n, n);
        lacp2(Part::Full, vb.rb(), vtn.rb_mut());
        ormbr(Vect::P, Side::Right, Trans::ConjTrans, n, refl!(), taup, vtn, par, work.rb_mut());
        let l3 = Level3::new(par);
        if qr {
            // U = Q_qr [Q_b Ub; 0].
            let mut w1 = MatMut::from_col_major(w1buf, n, n, n);
            lacp2(Part::Full, ub.rb(), w1.rb_mut());
            ormbr(Vect::Q, Side::Left, Trans::No, n, refl!(), tauq, w1.rb_mut(), par, work.rb_mut());
            match job {
                GesddJob::All => {
                    let mut q = u.rb_mut().submatrix(0, 0, m, m);
                    lacpy(Part::Lower, a.rb(), q.rb_mut().submatrix(0, 0, m, n));
                    orgqr(q.rb_mut(), tau, par, work.rb_mut());
                    let mut t = MatMut::from_col_major(tbuf, m, n, m);
                    l3.gemm(Trans::No, Trans::No, one, q.rb().submatrix(0, 0, m, n), w1.rb(), zero, t.rb_mut());
                    lacpy(Part::Full, t.rb(), q.submatrix(0, 0, m, n));
                }
                GesddJob::Some => {
                    orgqr(a.rb_mut(), tau, par, work.rb_mut());
                    l3.gemm(Trans::No, Trans::No, one, a.rb(), w1.rb(), zero, u.rb_mut().submatrix(0, 0, m, n));
                }
                _ => {
                    orgqr(a.rb_mut(), tau, par, work.rb_mut());
                    let mut t = MatMut::from_col_major(tbuf, m, n, m);
                    l3.gemm(Trans::No, Trans::No, one, a.rb(), w1.rb(), zero, t.rb_mut());
                    lacpy(Part::Full, t.rb(), a.rb_mut());
                }
            }
        } else {
            let ur: MatRef<'_, T::Real> = ub.rb();
            match job {
                GesddJob::All => {
                    let mut q = u.rb_mut().submatrix(0, 0, m, m);
                    laset(Part::Full, zero, zero, q.rb_mut());
                    if m > n {
                        laset(Part::Full, zero, one, q.rb_mut().submatrix(n, n, m - n, m - n));
                    }
                    lacp2(Part::Full, ur, q.rb_mut().submatrix(0, 0, n, n));
                    ormbr(Vect::Q, Side::Left, Trans::No, n, refl!(), tauq, q, par, work.rb_mut());
                }
                GesddJob::Some => {
                    let mut q = u.rb_mut().submatrix(0, 0, m, n);
                    laset(Part::Full, zero, zero, q.rb_mut());
                    lacp2(Part::Full, ur, q.rb_mut().submatrix(0, 0, n, n));
                    ormbr(Vect::Q, Side::Left, Trans::No, n, refl!(), tauq, q, par, work.rb_mut());
                }
                _ => {
                    let mut t = MatMut::from_col_major(tbuf, m, n, m);
                    laset(Part::Full, zero, zero, t.rb_mut());
                    lacp2(Part::Full, ur, t.rb_mut().submatrix(0, 0, n, n));
                    ormbr(Vect::Q, Side::Left, Trans::No, n, refl!(), tauq, t.rb_mut(), par, work.rb_mut());
                    lacpy(Part::Full, t.rb(), a.rb_mut());
                }
            }
        }
        Ok(())
    };
    s[..n].copy_from_slice(d);
    if let Some(from) = scale {
        lascl(MatrixKind::General, 0, 0, from, anrm, n, 1, MatMut::from_col_major(&mut s[..n], n, 1, n));
    }
    r
}
