//! Selected singular values and vectors of a general matrix by bidiagonal
//! reduction and bisection on the Golub-Kahan form (`?gesvdx`).
//!
//! A tall matrix (`m >= 1.6 n`) is first factored `A = Q R` and R reduced
//! instead, a wide one (`n >= 1.6 m`) `A = L Q` and L reduced, as the
//! reference does. The real bidiagonal's selected vectors ([`bdsvdx`]) are
//! copied into U and `V^H` and multiplied by the reduction's reflectors.

use super::bdsvdx::{bdsvdx, bdsvdx_req};
use super::bidiag::{gebrd, gebrd_req, ormbr, ormbr_req, Vect};
use super::gesvd::gesvd_qr_first;
use crate::qr::{gelqf, geqrf, geqrf_req, ormlq, ormlq_req, ormqr, ormqr_req, Positive};
use crate::sym_eigen::bisection::EigRange;
use crate::sym_eigen::drivers::Jobz;
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacpy, lascl, laset, MatrixKind, Part};
use ferroblas_kernels::aux::norms::{lange, Norm};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef, Side, Trans, Uplo};

/// Whether [`gesvdx`] factors the `m x n` matrix by QR (`m >= n`) or LQ
/// first, the reference's threshold `max >= 1.6 min`.
fn factor_first(m: usize, n: usize) -> bool {
    gesvd_qr_first(m.max(n), m.min(n))
}

/// The workspace [`gesvdx`] needs for an `m x n` matrix.
pub fn gesvdx_req<T: Scalar>(m: usize, n: usize) -> WorkReq {
    let k = m.min(n);
    if k == 0 {
        return WorkReq::EMPTY;
    }
    let first = factor_first(m, n);
    let (rm, rn) = if first { (k, k) } else { (m, n) };
    let fixed =
        WorkReq::new::<T>(3 * k + if first { k * k } else { 0 }).and(WorkReq::new::<T::Real>(2 * k + 2 * k * (k + 1)));
    let mut inner = gebrd_req::<T>(rm, rn)
        .or(bdsvdx_req::<T::Real>(k))
        .or(ormbr_req::<T>(Vect::Q, Side::Left, rm, k, rn))
        .or(ormbr_req::<T>(Vect::P, Side::Right, k, rn, rm));
    if first {
        inner = inner.or(geqrf_req::<T>(m.max(n), k));
        inner = if m >= n {
            inner.or(ormqr_req::<T>(Side::Left, m, k, n))
        } else {
            inner.or(ormlq_req::<T>(Side::Right, k, n, m))
        };
    }
    fixed.and(inner)
}

/// Selected singular values, and optionally the left (`jobu`) and right
/// (`jobvt`) singular vectors, of the `m x n` matrix A (`?gesvdx`):
/// `A v_i = s_i u_i` for the selected triplets.
///
/// `range` as [`bdsvdx`]'s: [`EigRange::Values`]`(vl, vu)` the singular
/// values in `[vl, vu)` (`0 <= vl < vu`), [`EigRange::Indices`]`(il, iu)`
/// (0-based, inclusive, `iu < min(m, n)`) the `il`-th to the `iu`-th
/// largest. Returns `ns`, the number found, and the status. A is destroyed;
/// `s` (`min(m, n)`) receives the values in descending order, the first `ns`
/// columns of `u` (`m x k`, `k >= ns`) the left vectors and the first `ns`
/// rows of `vt` (`k x n`) the right ones, conjugate-transposed. `Err(i)`:
/// [`bdsvdx`] failed (`i` vectors did not converge, or `2 min(m, n) + 1`).
#[allow(clippy::too_many_arguments)]
pub fn gesvdx<T: Scalar>(
    jobu: Jobz,
    jobvt: Jobz,
    range: EigRange<T::Real>,
    mut a: MatMut<'_, T>,
    s: &mut [T::Real],
    mut u: MatMut<'_, T>,
    mut vt: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) -> (usize, Result<(), Info>) {
    type R<T> = <T as Scalar>::Real;
    let (m, n) = (a.nrows(), a.ncols());
    let k = m.min(n);
    let (wantu, wantvt) = (jobu == Jobz::Vectors, jobvt == Jobz::Vectors);
    if k == 0 {
        return (0, Ok(()));
    }
    assert!(s.len() >= k, "gesvdx: s needs {k} entries");
    if wantu {
        assert!(u.nrows() == m, "gesvdx: U needs {m} rows");
    }
    if wantvt {
        assert!(vt.ncols() == n, "gesvdx: VT needs {n} columns");
    }
    let jobz = if wantu || wantvt { Jobz::Vectors } else { Jobz::NoVectors };
    let zero = R::<T>::zero();

    let anrm = lange(Norm::Max, a.rb(), &mut []);
    let eps = lamch::<R<T>>(Machine::Precision);
    let smlnum = lamch::<R<T>>(Machine::SafeMin).sqrt() / eps;
    let bignum = R::<T>::one() / smlnum;
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

    let first = factor_first(m, n);
    let (taus, mut work) = work.take::<T>(3 * k);
    let (tau, rest) = taus.split_at_mut(k);
    let (tauq, taup) = rest.split_at_mut(k);
    let (rbuf, mut work) = work.take::<T>(if first { k * k } else { 0 });
    let (de, mut work) = work.take::<R<T>>(2 * k);
    let (d, e) = de.split_at_mut(k);
    let ldz = 2 * k;
    let (zbuf, mut work) = work.take::<R<T>>(ldz * (k + 1));

    // The bidiagonal B (upper unless the direct path on a wide matrix),
    // its reflectors in `bd` (A itself, or the triangular factor).
    if first {
        let mut r = MatMut::from_col_major(&mut rbuf[..], k, k, k);
        if m >= n {
            geqrf(a.rb_mut(), tau, Positive::No, par, work.rb_mut());
            lacpy(Part::Upper, a.rb().submatrix(0, 0, k, k), r.rb_mut());
            if k > 1 {
                laset(Part::Lower, T::zero(), T::zero(), r.rb_mut().submatrix(1, 0, k - 1, k - 1));
            }
        } else {
            gelqf(a.rb_mut(), tau, par, work.rb_mut());
            lacpy(Part::Lower, a.rb().submatrix(0, 0, k, k), r.rb_mut());
            if k > 1 {
                laset(Part::Upper, T::zero(), T::zero(), r.rb_mut().submatrix(0, 1, k - 1, k - 1));
            }
        }
        gebrd(r, d, e, tauq, taup, par, work.rb_mut());
    } else {
        gebrd(a.rb_mut(), d, e, tauq, taup, par, work.rb_mut());
    }
    let uplo = if m >= n || first { Uplo::Upper } else { Uplo::Lower };
    let zm = MatMut::from_col_major(zbuf, ldz, k + 1, ldz);
    let (ns, res) = bdsvdx::<R<T>>(uplo, jobz, range, d, &e[..k - 1], s, zm, work.rb_mut());
    if res.is_err() {
        return (ns, res);
    }
    let bd = if first { MatRef::from_col_major(&*rbuf, k, k, k) } else { a.rb() };
    let (bm, bn) = (bd.nrows(), bd.ncols());
    if wantu && ns > 0 {
        let mut uu = u.rb_mut().submatrix(0, 0, m, ns);
        for c in 0..ns {
            for i in 0..m {
                let x = if i < k { T::from_real(zbuf[i + c * ldz]) } else { T::zero() };
                uu.set(i, c, x);
            }
        }
        // U := Q_B [U_B; 0], then Q of the QR factorization.
        let kq = bm.min(bn);
        ormbr(
            Vect::Q,
            Side::Left,
            Trans::No,
            bn,
            bd.submatrix(0, 0, bm, kq),
            tauq,
            uu.rb_mut().submatrix(0, 0, bm, ns),
            par,
            work.rb_mut(),
        );
        if first && m >= n {
            ormqr(Side::Left, Trans::No, a.rb(), tau, uu, par, work.rb_mut());
        }
    }
    if wantvt && ns > 0 {
        let mut vv = vt.rb_mut().submatrix(0, 0, ns, n);
        for c in 0..ns {
            for j in 0..n {
                let x = if j < k { T::from_real(zbuf[k + j + c * ldz]) } else { T::zero() };
                vv.set(c, j, x);
            }
        }
        // V^H := [V_B^T 0] P_B^H, then Q of the LQ factorization.
        let kp = bm.min(bn);
        ormbr(
            Vect::P,
            Side::Right,
            Trans::ConjTrans,
            bm,
            bd.submatrix(0, 0, kp, bn),
            taup,
            vv.rb_mut().submatrix(0, 0, ns, bn),
            par,
            work.rb_mut(),
        );
        if first && m < n {
            ormlq(Side::Right, Trans::No, a.rb(), tau, vv, par, work.rb_mut());
        }
    }
    if let Some(to) = scaled_to {
        if ns > 0 {
            let sm = MatMut::from_col_major(&mut s[..ns], ns, 1, ns);
            lascl(MatrixKind::General, 0, 0, to, anrm, ns, 1, sm);
        }
    }
    (ns, Ok(()))
}
