//! The singular value decomposition of a general matrix, `A = U S V^H`,
//! by bidiagonal reduction and implicit QR (`?gesvd`).
//!
//! A tall matrix (`m >= 1.6 n`, the reference's threshold) is first
//! factored `A = Q R` and R reduced instead; a wide one is handled as its
//! conjugate transpose (`A^H = V S U^H`), which is the reference's LQ-first
//! path and its direct path on the transposed data.

use super::bdsqr::{bdsqr, bdsqr_req, bdsqr_req_fast};
use super::bidiag::{gebrd, gebrd_req, orgbr, orgbr_req, Vect};
use crate::qr::{geqrf, geqrf_req, orgqr, orgqr_req, Positive};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacpy, lascl, laset, MatrixKind, Part};
use ferroblas_kernels::aux::norms::{lange, Norm};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef, Trans, Uplo};
use ferroblas_relapack::level3::Level3;

/// Which singular vectors [`gesvd`] computes, for U (`JOBU`) or `V^H`
/// (`JOBVT`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SvdJob {
    /// All of them: U is `m x m`, `V^H` `n x n` (`'A'`).
    All,
    /// The first `min(m, n)`, in U (`m x min(m, n)`) or `V^H` (`min(m, n) x n`) (`'S'`).
    Some,
    /// The first `min(m, n)`, over A (`'O'`).
    Overwrite,
    /// None (`'N'`).
    None,
}

impl SvdJob {
    /// Parses `A`, `S`, `O` or `N`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'A' => Some(SvdJob::All),
            b'S' => Some(SvdJob::Some),
            b'O' => Some(SvdJob::Overwrite),
            b'N' => Some(SvdJob::None),
            _ => None,
        }
    }

    fn wanted(self) -> bool {
        self != SvdJob::None
    }

    fn in_array(self) -> bool {
        matches!(self, SvdJob::All | SvdJob::Some)
    }
}

/// Whether [`gesvd`] factors `m x n` (`m >= n`) by QR first: the
/// reference's threshold `m >= 1.6 n`.
pub fn gesvd_qr_first(m: usize, n: usize) -> bool {
    m >= n * 8 / 5
}

/// Rows of U formed per product when [`gesvd`] multiplies Q by the
/// bidiagonal's left vectors in place.
fn chunk_rows(m: usize, n: usize) -> usize {
    m.min(n.max(128))
}

/// The workspace [`gesvd`] needs for an `m x n` matrix (its bidiagonal QR
/// iteration then applies each sweep's rotations to the vectors as it comes).
pub fn gesvd_req<T: Scalar>(jobu: SvdJob, jobvt: SvdJob, m: usize, n: usize) -> WorkReq {
    req_with::<T>(jobu, jobvt, m, n, bdsqr_req::<T>(m.min(n)))
}

/// The workspace with which [`gesvd`] runs fastest: [`gesvd_req`] and room
/// for its bidiagonal QR iteration to hold several sweeps of rotations and
/// apply them to the vectors together ([`bdsqr_req_fast`]).
pub fn gesvd_req_fast<T: Scalar>(jobu: SvdJob, jobvt: SvdJob, m: usize, n: usize) -> WorkReq {
    let vectors = jobu.wanted() || jobvt.wanted();
    let k = m.min(n);
    req_with::<T>(jobu, jobvt, m, n, if vectors { bdsqr_req_fast::<T>(k) } else { bdsqr_req::<T>(k) })
}

/// [`gesvd_req`] with `bdsqr`'s part `qr`.
fn req_with<T: Scalar>(jobu: SvdJob, jobvt: SvdJob, m: usize, n: usize, qr: WorkReq) -> WorkReq {
    let (m, n, jobu, jobvt) = if m >= n { (m, n, jobu, jobvt) } else { (n, m, jobvt, jobu) };
    let k = n;
    if k == 0 {
        return WorkReq::EMPTY;
    }
    let taus = WorkReq::new::<T>(3 * k);
    let sub = qr
        .or(gebrd_req::<T>(m, n))
        .or(orgbr_req::<T>(Vect::Q, m, m, n))
        .or(orgbr_req::<T>(Vect::P, n, n, m))
        .or(geqrf_req::<T>(m, n))
        .or(orgqr_req::<T>(m, n));
    let extra = if gesvd_qr_first(m, n) && jobu.wanted() {
        WorkReq::new::<T>(n * n).and(WorkReq::new::<T>(chunk_rows(m, n) * n).or(sub))
    } else {
        sub
    };
    let _ = jobvt;
    taus.and(extra)
}

/// An empty view.
fn none<'a, T: Scalar>() -> MatMut<'a, T> {
    MatMut::from_col_major(&mut [], 0, 0, 1)
}

/// Conjugates a matrix in place (nothing for real types).
fn conj_mat<T: Scalar>(mut a: MatMut<'_, T>) {
    if !T::IS_COMPLEX {
        return;
    }
    for j in 0..a.ncols() {
        for i in 0..a.nrows() {
            a.set(i, j, a.get(i, j).conj());
        }
    }
}

/// The singular value decomposition `A = U S V^H` of the `m x n` matrix
/// `a` (`?gesvd`): the `min(m, n)` singular values in `s`, decreasing;
/// U and `V^H` as `jobu` and `jobvt` ask (not both [`SvdJob::Overwrite`]):
/// in `u` (`m x m` for `All`, `m x min(m, n)` for `Some`, ignored
/// otherwise), in `vt` (`n x n`, `min(m, n) x n`), or over `a`'s first
/// columns (U) or rows (`V^H`). Otherwise `a` is destroyed.
///
/// A is scaled into `[sqrt(safmin)/eps, eps/sqrt(safmin)]` first when its
/// largest element lies outside, and the results scaled back.
///
/// `Err(Info::new(i))` when the bidiagonal QR left `i` superdiagonal
/// entries unconverged: `s` and `e` (`min(m, n) - 1` entries) then hold a
/// bidiagonal with A's singular values, upper for `m >= n` (`A = U B V^H`)
/// and lower otherwise.
///
/// # Panics
/// If both jobs are `Overwrite`, the shapes disagree, or `work` is shorter
/// than [`gesvd_req`]. With [`gesvd_req_fast`] the QR iteration holds
/// sweeps of rotations back and applies them to the vectors together.
#[allow(clippy::too_many_arguments)]
pub fn gesvd<T: Scalar>(
    jobu: SvdJob,
    jobvt: SvdJob,
    mut a: MatMut<'_, T>,
    s: &mut [T::Real],
    mut u: MatMut<'_, T>,
    mut vt: MatMut<'_, T>,
    e: &mut [T::Real],
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    let (m, n) = (a.nrows(), a.ncols());
    let k = m.min(n);
    assert!(!(jobu == SvdJob::Overwrite && jobvt == SvdJob::Overwrite), "gesvd: JOBU and JOBVT both 'O'");
    match jobu {
        SvdJob::All => assert!(u.nrows() == m && u.ncols() == m, "gesvd: U must be {m}x{m}"),
        SvdJob::Some => assert!(u.nrows() == m && u.ncols() == k, "gesvd: U must be {m}x{k}"),
        _ => {}
    }
    match jobvt {
        SvdJob::All => assert!(vt.nrows() == n && vt.ncols() == n, "gesvd: VT must be {n}x{n}"),
        SvdJob::Some => assert!(vt.nrows() == k && vt.ncols() == n, "gesvd: VT must be {k}x{n}"),
        _ => {}
    }
    assert!(s.len() >= k && e.len() + 1 >= k, "gesvd: s or e too short");
    if k == 0 {
        return Ok(());
    }
    let anrm = lange(Norm::Max, a.rb(), &mut []);
    let eps = lamch::<T::Real>(Machine::Precision);
    let smlnum = lamch::<T::Real>(Machine::SafeMin).sqrt() / eps;
    let bignum = <T::Real as Scalar>::one() / smlnum;
    let zero = <T::Real as Scalar>::zero();
    let scaled_to = if anrm > zero && anrm < smlnum {
        Some(smlnum)
    } else if anrm > bignum {
        Some(bignum)
    } else {
        None
    };
    if let Some(to) = scaled_to {
        lascl(MatrixKind::General, 0, 0, anrm, to, m, n, a.rb_mut());
    }
    let (ju, jv) = (jobu.in_array(), jobvt.in_array());
    let res = if m >= n {
        tall(jobu, jobvt, a, s, u, vt, e, par, work)
    } else {
        // A^H = V S U^H: the roles of U and V^H trade places.
        conj_mat(a.rb_mut());
        let r =
            tall(jobvt, jobu, a.rb_mut().transpose(), s, vt.rb_mut().transpose(), u.rb_mut().transpose(), e, par, work);
        conj_mat(a);
        if ju {
            conj_mat(u);
        }
        if jv {
            conj_mat(vt);
        }
        r
    };
    if let Some(to) = scaled_to {
        let sm = MatMut::from_col_major(&mut s[..k], k, 1, k);
        lascl(MatrixKind::General, 0, 0, to, anrm, k, 1, sm);
        if res.is_err() && k > 1 {
            let em = MatMut::from_col_major(&mut e[..k - 1], k - 1, 1, k - 1);
            lascl(MatrixKind::General, 0, 0, to, anrm, k - 1, 1, em);
        }
    }
    res
}

/// `q := q w` in place, `chunk` rows at a time through `tmp`.
fn times_in_place<T: Scalar>(mut q: MatMut<'_, T>, w: MatRef<'_, T>, tmp: &mut [T], l3: &Level3) {
    let (m, n) = (q.nrows(), q.ncols());
    let chunk = (tmp.len() / n.max(1)).clamp(1, m.max(1));
    let mut i = 0;
    while i < m {
        let r = chunk.min(m - i);
        let mut t = MatMut::from_col_major(&mut tmp[..r * n], r, n, r);
        l3.gemm(Trans::No, Trans::No, T::one(), q.rb().submatrix(i, 0, r, n), w, T::zero(), t.rb_mut());
        lacpy(Part::Full, t.rb(), q.rb_mut().submatrix(i, 0, r, n));
        i += r;
    }
}

/// [`gesvd`] for `m >= n`, A already scaled.
#[allow(clippy::too_many_arguments)]
fn tall<T: Scalar>(
    jobu: SvdJob,
    jobvt: SvdJob,
    mut a: MatMut<'_, T>,
    s: &mut [T::Real],
    mut u: MatMut<'_, T>,
    mut vt: MatMut<'_, T>,
    e: &mut [T::Real],
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let (m, n) = (a.nrows(), a.ncols());
    let s = &mut s[..n];
    let e = &mut e[..n - 1];
    let (taus, mut work) = work.take::<T>(3 * n);
    let (tauq, rest) = taus.split_at_mut(n);
    let (taup, tau) = rest.split_at_mut(n);
    let l3 = Level3::new(par);
    if gesvd_qr_first(m, n) {
        geqrf(a.rb_mut(), tau, Positive::No, par, work.rb_mut());
        if !jobu.wanted() {
            // Everything happens in R, in A's top rows.
            let mut r = a.rb_mut().submatrix(0, 0, n, n);
            if n > 1 {
                laset(Part::Lower, T::zero(), T::zero(), r.rb_mut().submatrix(1, 0, n - 1, n - 1));
            }
            gebrd(r.rb_mut(), s, e, tauq, taup, par, work.rb_mut());
            if jobvt.wanted() {
                orgbr(Vect::P, n, r.rb_mut(), taup, par, work.rb_mut());
            }
            let ncvt = if jobvt.wanted() { n } else { 0 };
            bdsqr(Uplo::Upper, s, e, r.rb_mut().submatrix(0, 0, n, ncvt), none(), none(), work.rb_mut())?;
            if jobvt.in_array() {
                lacpy(Part::Full, r.rb(), vt.rb_mut().submatrix(0, 0, n, n));
            }
            return Ok(());
        }
        let (wbuf, mut work) = work.take::<T>(n * n);
        let mut w = MatMut::from_col_major(wbuf, n, n, n);
        lacpy(Part::Upper, a.rb().submatrix(0, 0, n, n), w.rb_mut());
        if n > 1 {
            laset(Part::Lower, T::zero(), T::zero(), w.rb_mut().submatrix(1, 0, n - 1, n - 1));
        }
        // Q, where U wants it.
        match jobu {
            SvdJob::All | SvdJob::Some => {
                lacpy(Part::Lower, a.rb(), u.rb_mut().submatrix(0, 0, m, n));
                orgqr(u.rb_mut(), tau, par, work.rb_mut());
            }
            _ => orgqr(a.rb_mut(), tau, par, work.rb_mut()),
        }
        gebrd(w.rb_mut(), s, e, tauq, taup, par, work.rb_mut());
        match jobvt {
            SvdJob::All | SvdJob::Some => {
                let mut v = vt.rb_mut().submatrix(0, 0, n, n);
                lacpy(Part::Upper, w.rb(), v.rb_mut());
                orgbr(Vect::P, n, v, taup, par, work.rb_mut());
            }
            SvdJob::Overwrite => {
                let mut v = a.rb_mut().submatrix(0, 0, n, n);
                lacpy(Part::Upper, w.rb(), v.rb_mut());
                orgbr(Vect::P, n, v, taup, par, work.rb_mut());
            }
            SvdJob::None => {}
        }
        orgbr(Vect::Q, n, w.rb_mut(), tauq, par, work.rb_mut());
        let res = match jobvt {
            SvdJob::All | SvdJob::Some => {
                bdsqr(Uplo::Upper, s, e, vt.rb_mut().submatrix(0, 0, n, n), w.rb_mut(), none(), work.rb_mut())
            }
            SvdJob::Overwrite => {
                bdsqr(Uplo::Upper, s, e, a.rb_mut().submatrix(0, 0, n, n), w.rb_mut(), none(), work.rb_mut())
            }
            SvdJob::None => bdsqr(Uplo::Upper, s, e, none(), w.rb_mut(), none(), work.rb_mut()),
        };
        // U = Q W (also on failure: A = U B V^H holds for the B left in s, e).
        let (tmp, _) = work.take::<T>(chunk_rows(m, n) * n);
        match jobu {
            SvdJob::All | SvdJob::Some => times_in_place(u.submatrix(0, 0, m, n), w.rb(), tmp, &l3),
            _ => times_in_place(a, w.rb(), tmp, &l3),
        }
        return res;
    }
    gebrd(a.rb_mut(), s, e, tauq, taup, par, work.rb_mut());
    if jobu.in_array() {
        lacpy(Part::Lower, a.rb(), u.rb_mut().submatrix(0, 0, m, n));
        orgbr(Vect::Q, n, u.rb_mut(), tauq, par, work.rb_mut());
    }
    if jobvt.in_array() {
        let mut v = vt.rb_mut().submatrix(0, 0, n, n);
        lacpy(Part::Upper, a.rb().submatrix(0, 0, n, n), v.rb_mut());
        orgbr(Vect::P, m, v, taup, par, work.rb_mut());
    }
    if jobu == SvdJob::Overwrite {
        orgbr(Vect::Q, n, a.rb_mut(), tauq, par, work.rb_mut());
    }
    if jobvt == SvdJob::Overwrite {
        orgbr(Vect::P, m, a.rb_mut().submatrix(0, 0, n, n), taup, par, work.rb_mut());
    }
    match (jobu, jobvt) {
        (SvdJob::Overwrite, v) => {
            let vv = if v.in_array() { vt.submatrix(0, 0, n, n) } else { none() };
            bdsqr(Uplo::Upper, s, e, vv, a, none(), work)
        }
        (uj, SvdJob::Overwrite) => {
            let uu = if uj.in_array() { u.submatrix(0, 0, m, n) } else { none() };
            bdsqr(Uplo::Upper, s, e, a.submatrix(0, 0, n, n), uu, none(), work)
        }
        (uj, v) => {
            let uu = if uj.in_array() { u.submatrix(0, 0, m, n) } else { none() };
            let vv = if v.in_array() { vt.submatrix(0, 0, n, n) } else { none() };
            bdsqr(Uplo::Upper, s, e, vv, uu, none(), work)
        }
    }
}
