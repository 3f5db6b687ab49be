//! Minimum-norm least squares by the singular value decomposition
//! (`?gelss`): `min |B - A X|` with the singular values of A below
//! `rcond` times the largest treated as zero.

use super::bdsqr::{bdsqr, bdsqr_req};
use super::bidiag::{gebrd, gebrd_req, orgbr, orgbr_req, ormbr, ormbr_req, Vect};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacpy, lascl, laset, MatrixKind, Part};
use ferroblas_kernels::aux::norms::{lange, Norm};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, Side, Trans, Uplo};
use ferroblas_relapack::level3::Level3;

/// The workspace [`gelss`] needs for an `m x n` A and `nrhs` right-hand sides.
pub fn gelss_req<T: Scalar>(m: usize, n: usize, nrhs: usize) -> WorkReq {
    let k = m.min(n);
    if k == 0 {
        return WorkReq::EMPTY;
    }
    let sub = gebrd_req::<T>(m, n)
        .or(ormbr_req::<T>(Vect::Q, Side::Left, m, nrhs, n))
        .or(orgbr_req::<T>(Vect::P, k, n, m))
        .or(bdsqr_req::<T>(k))
        .or(WorkReq::new::<T>(n * nrhs));
    WorkReq::new::<T>(2 * k).and(WorkReq::new::<T::Real>(k)).and(sub)
}

/// How A or B was scaled into the safe range: by `to / from`.
type Scaling<R> = Option<(R, R)>;

/// How [`gelss`] and [`gelsd`](super::gelsd) scaled A and B (the first `m`
/// rows) into the safe range before solving.
pub(super) struct LsqScaling<R> {
    a: Scaling<R>,
    b: Scaling<R>,
}

impl<R: RealScalar> LsqScaling<R> {
    /// Scales A (`m x n`) and B's first `m` rows by their max norms into
    /// `[eps-scaled safe minimum, its reciprocal]` as the reference does.
    /// `None` when A is zero: then X (B's first `max(m, n)` rows) and `s` are
    /// set to zero, the whole answer.
    pub(super) fn apply<T: Scalar<Real = R>>(
        a: &mut MatMut<'_, T>,
        b: &mut MatMut<'_, T>,
        s: &mut [R],
    ) -> Option<Self> {
        let (m, n, nrhs) = (a.nrows(), a.ncols(), b.ncols());
        let smlnum = lamch::<R>(Machine::SafeMin) / lamch::<R>(Machine::Precision);
        let bignum = R::one() / smlnum;
        let into_range = |nrm: R| -> Scaling<R> {
            if nrm > R::zero() && nrm < smlnum {
                Some((nrm, smlnum))
            } else if nrm > bignum {
                Some((nrm, bignum))
            } else {
                None
            }
        };
        let anrm = lange(Norm::Max, a.rb(), &mut []);
        if anrm == R::zero() {
            laset(Part::Full, T::zero(), T::zero(), b.rb_mut().submatrix(0, 0, m.max(n), nrhs));
            s[..m.min(n)].fill(R::zero());
            return None;
        }
        let ascl = into_range(anrm);
        if let Some((from, to)) = ascl {
            lascl(MatrixKind::General, 0, 0, from, to, m, n, a.rb_mut());
        }
        let bscl = into_range(lange(Norm::Max, b.rb().submatrix(0, 0, m, nrhs), &mut []));
        if let Some((from, to)) = bscl {
            lascl(MatrixKind::General, 0, 0, from, to, m, nrhs, b.rb_mut());
        }
        Some(LsqScaling { a: ascl, b: bscl })
    }

    /// Undoes the scaling on X (B's first `n` rows) and on the singular values `s`.
    pub(super) fn undo<T: Scalar<Real = R>>(&self, n: usize, b: &mut MatMut<'_, T>, s: &mut [R]) {
        let (nrhs, k) = (b.ncols(), s.len());
        if let Some((anrm, to)) = self.a {
            lascl(MatrixKind::General, 0, 0, anrm, to, n, nrhs, b.rb_mut());
            lascl(MatrixKind::General, 0, 0, to, anrm, k, 1, MatMut::from_col_major(s, k, 1, k.max(1)));
        }
        if let Some((bnrm, to)) = self.b {
            lascl(MatrixKind::General, 0, 0, to, bnrm, n, nrhs, b.rb_mut());
        }
    }
}

/// The minimum-norm solution of `min |B - A X|` for the `m x n` matrix `a`
/// and the `nrhs` columns of `b` (`max(m, n) x nrhs`; the first `m` rows
/// hold B on entry, the first `n` rows X on return) by the singular value
/// decomposition of A (`?gelss`). The singular values go to `s`
/// (`min(m, n)`, decreasing); those at most `rcond` times the largest (eps
/// times when `rcond < 0`, and never below the safe minimum) count as zero,
/// and the returned rank is the number of the others. On return the first
/// `min(m, n)` rows of `a` hold the right singular vectors `V^H`.
///
/// `Err(Info::new(i))` when the bidiagonal QR left `i` superdiagonal
/// entries unconverged.
pub fn gelss<T: Scalar>(
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    s: &mut [T::Real],
    rcond: T::Real,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<usize, Info> {
    let (m, n) = (a.nrows(), a.ncols());
    let nrhs = b.ncols();
    let k = m.min(n);
    assert!(b.nrows() >= m.max(n) && s.len() >= k, "gelss: B or s too small");
    if k == 0 {
        return Ok(0);
    }
    let rzero = <T::Real as Scalar>::zero();
    let eps = lamch::<T::Real>(Machine::Precision);
    let sfmin = lamch::<T::Real>(Machine::SafeMin);
    let Some(scaling) = LsqScaling::apply(&mut a, &mut b, s) else {
        return Ok(0);
    };
    let s = &mut s[..k];
    let (taus, mut work) = work.take::<T>(2 * k);
    let (tauq, taup) = taus.split_at_mut(k);
    let (e, mut work) = work.take::<T::Real>(k);
    // A = Q B P^H; B's SVD then takes Q^H b to its singular vector basis.
    gebrd(a.rb_mut(), s, e, tauq, taup, par, work.rb_mut());
    let mut bm = b.rb_mut().submatrix(0, 0, m, nrhs);
    ormbr(
        Vect::Q,
        Side::Left,
        Trans::ConjTrans,
        n,
        a.rb().submatrix(0, 0, m, k),
        tauq,
        bm.rb_mut(),
        par,
        work.rb_mut(),
    );
    let mut vt = a.rb_mut().submatrix(0, 0, k, n);
    orgbr(Vect::P, m, vt.rb_mut(), taup, par, work.rb_mut());
    let uplo = if m >= n { Uplo::Upper } else { Uplo::Lower };
    let res = bdsqr(
        uplo,
        s,
        e,
        vt.rb_mut(),
        MatMut::from_col_major(&mut [], 0, 0, 1),
        bm.submatrix(0, 0, k, nrhs),
        work.rb_mut(),
    );
    let mut rank = 0;
    if res.is_ok() {
        let floor = if rcond >= rzero { rcond * s[0] } else { eps * s[0] };
        let thr = if floor > sfmin { floor } else { sfmin };
        for (i, &si) in s.iter().enumerate() {
            if si > thr {
                let r = <T::Real as Scalar>::one() / si;
                for j in 0..nrhs {
                    b.set(i, j, b.get(i, j).scale_real(r));
                }
                rank += 1;
            } else {
                for j in 0..nrhs {
                    b.set(i, j, T::zero());
                }
            }
        }
        // X = V y: (n x k) times the k x nrhs top of B.
        let (tbuf, _) = work.take::<T>(n * nrhs);
        let mut t = MatMut::from_col_major(tbuf, n, nrhs, n.max(1));
        Level3::new(par).gemm(
            Trans::ConjTrans,
            Trans::No,
            T::one(),
            vt.rb(),
            b.rb().submatrix(0, 0, k, nrhs),
            T::zero(),
            t.rb_mut(),
        );
        lacpy(Part::Full, t.rb(), b.rb_mut().submatrix(0, 0, n, nrhs));
    }
    scaling.undo(n, &mut b, &mut s[..k]);
    res.map(|()| rank)
}
