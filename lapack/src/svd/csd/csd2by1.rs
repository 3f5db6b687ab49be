//! The CS decomposition of a tall-skinny matrix with orthonormal columns
//! (`?orcsd2by1`, `?uncsd2by1`): `[X11; X21] = diag(U1, U2) [C; S]-like
//! structure V1^H`, by one of the tall-skinny bidiagonalizations
//! ([`orbdb1`] .. [`orbdb4`], chosen by the smallest of `p, m-p, q, m-q`),
//! the orthogonal factors formed from their reflectors, and [`bbcsd`].

use super::bbcsd::{bbcsd, bbcsd_req, CsdBlocks, CsdWant};
use super::orbdb::{orbdb1, orbdb2, orbdb3, orbdb4, orbdb_tall_len};
use crate::qr::{orglq, orglq_req, orgqr, orgqr_req};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacpy, lapmr, lapmt, Part};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::MatMut;

/// An empty matrix, for the factors [`bbcsd`] is told not to touch.
pub(crate) fn empty<'a, T: Scalar>() -> MatMut<'a, T> {
    MatMut::from_col_major(&mut [], 0, 0, 1)
}

/// The workspace of [`orcsd2by1`] for the `m x q` matrix split after row `p`.
pub fn orcsd2by1_req<T: Scalar>(m: usize, p: usize, q: usize) -> WorkReq {
    let r = p.min(m - p).min(q).min(m - q);
    let taus = WorkReq::new::<T>(p + (m - p) + q);
    let reals = WorkReq::new::<T::Real>(r.saturating_sub(1) + 8 * r);
    let perm = WorkReq::new::<usize>(m);
    let n = p.max(m - p).max(q);
    let inner = WorkReq::new::<T>(orbdb_tall_len(m, p, q) + m)
        .or(orgqr_req::<T>(n, n))
        .or(orglq_req::<T>(q, q))
        .or(bbcsd_req::<T>(r));
    taus.and(reals).and(perm).and(inner)
}

/// `[1 0; 0 *]`: the first row and column of `a` set to the identity's, the
/// factor whose first reflector the bidiagonalization did not need.
pub(super) fn border<T: Scalar>(a: &mut MatMut<'_, T>) {
    let n = a.nrows();
    for j in 0..n {
        a.set(0, j, T::zero());
        a.set(j, 0, T::zero());
    }
    if n > 0 {
        a.set(0, 0, T::one());
    }
}

/// The permutation that [`lapmt`] (backward) uses to move the first `k`
/// columns of `n` to the end: column `j < k` goes to `n - k + j`, the others
/// `k` places left.
pub(super) fn rotate_perm(perm: &mut [usize], n: usize, k: usize) -> &mut [usize] {
    for (i, x) in perm[..n].iter_mut().enumerate() {
        *x = if i < k { n - k + i } else { i - k };
    }
    &mut perm[..n]
}

/// The CS decomposition of the `m x q` matrix `[X11; X21]` with orthonormal
/// columns, X11 `p x q` (`?orcsd2by1`, `?uncsd2by1`):
///
/// ```text
/// [ X11 ]   [ U1    ] [ I  0  0 ]
/// [     ] = [       ] [ 0  C  0 ] V1^H      (r = min(p, m-p, q, m-q))
/// [ X21 ]   [    U2 ] [ 0  0  0 ]
///                     [ 0  0  I ]
///                     [ 0  S  0 ]
///                     [ 0  0  0 ]
/// ```
///
/// with `C = diag(cos theta)`, `S = diag(sin theta)` (`r` angles in
/// `theta`, ascending in `[0, pi/2]`) and the identity blocks sized to fill.
/// U1 (`p x p`), U2 (`(m-p) x (m-p)`) and `V1T` (`q x q`, `V1^H`) are
/// computed when `want` says so (its `v2t` is ignored); X11 and X21 are
/// destroyed. `Err(i)`: [`bbcsd`] did not converge (`i` angles left).
#[allow(clippy::too_many_arguments)]
pub fn orcsd2by1<T: Scalar>(
    want: CsdWant,
    mut x11: MatMut<'_, T>,
    mut x21: MatMut<'_, T>,
    theta: &mut [T::Real],
    mut u1: MatMut<'_, T>,
    mut u2: MatMut<'_, T>,
    mut v1t: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    type R<T> = <T as Scalar>::Real;
    let (p, q) = (x11.nrows(), x11.ncols());
    let m = p + x21.nrows();
    assert_eq!(x21.ncols(), q, "orcsd2by1: X11 and X21 need the same columns");
    let mp = m - p;
    let r = p.min(mp).min(q).min(m - q);
    let (want_u1, want_u2, want_v1t) = (want.u1 && p > 0, want.u2 && mp > 0, want.v1t && q > 0);
    if want_u1 {
        assert!(u1.nrows() == p && u1.ncols() == p, "orcsd2by1: U1 must be p x p");
    }
    if want_u2 {
        assert!(u2.nrows() == mp && u2.ncols() == mp, "orcsd2by1: U2 must be (m-p) x (m-p)");
    }
    if want_v1t {
        assert!(v1t.nrows() == q && v1t.ncols() == q, "orcsd2by1: V1T must be q x q");
    }

    let (taus, mut work) = work.take::<T>(p + mp + q);
    let (taup1, rest) = taus.split_at_mut(p);
    let (taup2, tauq1) = rest.split_at_mut(mp);
    let (reals, mut work) = work.take::<R<T>>(r.saturating_sub(1) + 8 * r);
    let (phi, rest) = reals.split_at_mut(r.saturating_sub(1));
    let (b11d, rest) = rest.split_at_mut(r);
    let (b12d, rest) = rest.split_at_mut(r);
    let (b21d, rest) = rest.split_at_mut(r);
    let (b22d, rest) = rest.split_at_mut(r);
    let e = r.saturating_sub(1);
    let (b11e, rest) = rest.split_at_mut(e);
    let (b12e, rest) = rest.split_at_mut(e);
    let (b21e, b22e) = rest.split_at_mut(e);
    let blocks = CsdBlocks { b11d, b11e, b12d, b12e, b21d, b21e, b22d, b22e };
    let (perm, mut work) = work.take::<usize>(m);

    if r == q {
        // Case 1: q smallest.
        {
            let (w, _) = work.take::<T>(orbdb_tall_len(m, p, q));
            orbdb1(x11.rb_mut(), x21.rb_mut(), theta, phi, taup1, taup2, tauq1, w);
        }
        if want_u1 {
            lacpy(Part::Lower, x11.rb(), u1.rb_mut().submatrix(0, 0, p, q));
            orgqr(u1.rb_mut(), &taup1[..q], par, work.rb_mut());
        }
        if want_u2 {
            lacpy(Part::Lower, x21.rb(), u2.rb_mut().submatrix(0, 0, mp, q));
            orgqr(u2.rb_mut(), &taup2[..q], par, work.rb_mut());
        }
        if want_v1t {
            border(&mut v1t);
            let k = q - 1;
            lacpy(Part::Upper, x21.rb().submatrix(0, 1, k, k), v1t.rb_mut().submatrix(1, 1, k, k));
            orglq(v1t.rb_mut().submatrix(1, 1, k, k), &tauq1[..k], par, work.rb_mut());
        }
        let w = CsdWant { u1: want_u1, u2: want_u2, v1t: want_v1t, v2t: false };
        let res =
            bbcsd::<T>(w, false, m, p, q, theta, phi, u1.rb_mut(), u2.rb_mut(), v1t.rb_mut(), empty(), blocks, work);
        // The zero rows of the S block go first.
        if q > 0 && want_u2 {
            lapmt(false, u2.rb_mut(), rotate_perm(perm, mp, q));
        }
        res
    } else if r == p {
        // Case 2: p smallest.
        {
            let (w, _) = work.take::<T>(orbdb_tall_len(m, p, q));
            orbdb2(x11.rb_mut(), x21.rb_mut(), theta, phi, taup1, taup2, tauq1, w);
        }
        if want_u1 {
            border(&mut u1);
            let k = p - 1;
            lacpy(Part::Lower, x11.rb().submatrix(1, 0, k, k), u1.rb_mut().submatrix(1, 1, k, k));
            orgqr(u1.rb_mut().submatrix(1, 1, k, k), &taup1[..k], par, work.rb_mut());
        }
        if want_u2 {
            lacpy(Part::Lower, x21.rb(), u2.rb_mut().submatrix(0, 0, mp, q));
            orgqr(u2.rb_mut(), &taup2[..q], par, work.rb_mut());
        }
        if want_v1t {
            lacpy(Part::Upper, x11.rb(), v1t.rb_mut().submatrix(0, 0, p, q));
            orglq(v1t.rb_mut(), &tauq1[..r], par, work.rb_mut());
        }
        // The transposed problem: V1 plays U1, U1 and U2 play V1T and V2T.
        let w = CsdWant { u1: want_v1t, u2: false, v1t: want_u1, v2t: want_u2 };
        let res =
            bbcsd::<T>(w, true, m, q, p, theta, phi, v1t.rb_mut(), empty(), u1.rb_mut(), u2.rb_mut(), blocks, work);
        if q > 0 && want_u2 {
            lapmt(false, u2.rb_mut(), rotate_perm(perm, mp, q));
        }
        res
    } else if r == mp {
        // Case 3: m-p smallest.
        {
            let (w, _) = work.take::<T>(orbdb_tall_len(m, p, q));
            orbdb3(x11.rb_mut(), x21.rb_mut(), theta, phi, taup1, taup2, tauq1, w);
        }
        if want_u1 {
            lacpy(Part::Lower, x11.rb(), u1.rb_mut().submatrix(0, 0, p, q));
            orgqr(u1.rb_mut(), &taup1[..q], par, work.rb_mut());
        }
        if want_u2 {
            border(&mut u2);
            let k = mp - 1;
            lacpy(Part::Lower, x21.rb().submatrix(1, 0, k, k), u2.rb_mut().submatrix(1, 1, k, k));
            orgqr(u2.rb_mut().submatrix(1, 1, k, k), &taup2[..k], par, work.rb_mut());
        }
        if want_v1t {
            lacpy(Part::Upper, x21.rb(), v1t.rb_mut().submatrix(0, 0, mp, q));
            orglq(v1t.rb_mut(), &tauq1[..r], par, work.rb_mut());
        }
        let w = CsdWant { u1: false, u2: want_v1t, v1t: want_u2, v2t: want_u1 };
        let res = bbcsd::<T>(
            w,
            true,
            m,
            m - q,
            mp,
            theta,
            phi,
            empty(),
            v1t.rb_mut(),
            u2.rb_mut(),
            u1.rb_mut(),
            blocks,
            work,
        );
        if q > r {
            let perm = rotate_perm(perm, q, r);
            if want_u1 {
                lapmt(false, u1.rb_mut().submatrix(0, 0, p, q), perm);
            }
            if want_v1t {
                lapmr(false, v1t.rb_mut(), perm);
            }
        }
        res
    } else {
        // Case 4: m-q smallest; the first reflectors come from a phantom
        // column orthogonal to X.
        let mq = m - q;
        let (phantom, mut work) = work.take::<T>(m);
        {
            let (w, _) = work.take::<T>(orbdb_tall_len(m, p, q));
            orbdb4(x11.rb_mut(), x21.rb_mut(), theta, phi, taup1, taup2, tauq1, phantom, w);
        }
        if want_u1 {
            for (i, &x) in phantom[..p].iter().enumerate() {
                u1.set(i, 0, x);
            }
            for j in 1..p {
                u1.set(0, j, T::zero());
            }
            let k = mq.saturating_sub(1);
            lacpy(Part::Lower, x11.rb().submatrix(1, 0, p - 1, k), u1.rb_mut().submatrix(1, 1, p - 1, k));
            orgqr(u1.rb_mut(), &taup1[..mq], par, work.rb_mut());
        }
        if want_u2 {
            for (i, &x) in phantom[p..].iter().enumerate() {
                u2.set(i, 0, x);
            }
            for j in 1..mp {
                u2.set(0, j, T::zero());
            }
            let k = mq.saturating_sub(1);
            lacpy(Part::Lower, x21.rb().submatrix(1, 0, mp - 1, k), u2.rb_mut().submatrix(1, 1, mp - 1, k));
            orgqr(u2.rb_mut(), &taup2[..mq], par, work.rb_mut());
        }
        if want_v1t {
            lacpy(Part::Upper, x21.rb().submatrix(0, 0, mq, q), v1t.rb_mut().submatrix(0, 0, mq, q));
            let (a, b) = (p - mq, q - mq);
            lacpy(Part::Upper, x11.rb().submatrix(mq, mq, a, b), v1t.rb_mut().submatrix(mq, mq, a, b));
            let c = q - p;
            lacpy(Part::Upper, x21.rb().submatrix(mq, p, c, c), v1t.rb_mut().submatrix(p, p, c, c));
            orglq(v1t.rb_mut(), &tauq1[..q], par, work.rb_mut());
        }
        let w = CsdWant { u1: want_u2, u2: want_u1, v1t: false, v2t: want_v1t };
        let res =
            bbcsd::<T>(w, false, m, mp, mq, theta, phi, u2.rb_mut(), u1.rb_mut(), empty(), v1t.rb_mut(), blocks, work);
        if p > r {
            let perm = rotate_perm(perm, p, r);
            if want_u1 {
                lapmt(false, u1.rb_mut(), perm);
            }
            if want_v1t {
                lapmr(false, v1t.rb_mut().submatrix(0, 0, p, q), perm);
            }
        }
        res
    }
}
