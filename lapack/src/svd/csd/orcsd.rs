//! The complete CS decomposition of a partitioned orthogonal (unitary)
//! matrix (`?orcsd`, `?uncsd`): [`orbdb`] to bidiagonal-block form, the four
//! orthogonal factors formed from its reflectors, and [`bbcsd`].

use super::bbcsd::{bbcsd, bbcsd_req, CsdBlocks, CsdWant};
use super::csd2by1::{border, rotate_perm};
use super::partitioned::{orbdb, orbdb_len, CsdSigns};
use crate::qr::{orglq, orglq_req, orgqr, orgqr_req};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacpy, lapmr, lapmt, Part};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::MatMut;

/// The workspace of [`orcsd`] for an `m x m` matrix split after row `p` and
/// column `q`.
pub fn orcsd_req<T: Scalar>(m: usize, p: usize, q: usize) -> WorkReq {
    // The problem actually solved has q <= min(p, m-p, m-q) after the
    // transposition and permutation below; size for the smallest of them.
    let r = p.min(m - p).min(q).min(m - q);
    let taus = WorkReq::new::<T>(2 * m);
    let reals = WorkReq::new::<T::Real>(r.saturating_sub(1) + 8 * r);
    let perm = WorkReq::new::<usize>(m);
    let inner =
        WorkReq::new::<T>(orbdb_len(m, r)).or(orgqr_req::<T>(m, m)).or(orglq_req::<T>(m, m)).or(bbcsd_req::<T>(r));
    taus.and(reals).and(perm).and(inner)
}

fn flip(s: CsdSigns) -> CsdSigns {
    match s {
        CsdSigns::Default => CsdSigns::Other,
        CsdSigns::Other => CsdSigns::Default,
    }
}

/// The four blocks of X and the four factors, as one value so the
/// normalizations below can rearrange them.
struct Parts<'a, T> {
    x: [MatMut<'a, T>; 4],
    u1: MatMut<'a, T>,
    u2: MatMut<'a, T>,
    v1t: MatMut<'a, T>,
    v2t: MatMut<'a, T>,
    want: CsdWant,
    signs: CsdSigns,
}

/// The CS decomposition of the `m x m` orthogonal (unitary) matrix
/// `X = [X11 X12; X21 X22]`, X11 `p x q` (`?orcsd`, `?uncsd`):
///
/// ```text
///     [ I  0  0 |  0  0  0 ]
///     [ 0  C  0 |  0 -S  0 ]
/// X = [ 0  0  0 |  0  0 -I ]  (U1, U2 on the left, V1T, V2T on the right:
///     [---------|----------]   X = diag(U1, U2) [..] diag(V1T, V2T))
///     [ 0  0  0 |  I  0  0 ]
///     [ 0  S  0 |  0  C  0 ]
///     [ 0  0  I |  0  0  0 ]
/// ```
///
/// `C = diag(cos theta)`, `S = diag(sin theta)`, `r = min(p, m-p, q, m-q)`
/// angles in `theta` (ascending, in `[0, pi/2]`); [`CsdSigns::Other`] moves
/// the minus signs to the lower-left block. U1 (`p x p`), U2, V1T (`q x q`)
/// and V2T are computed when `want` says so. `trans` means every matrix is
/// stored transposed (LAPACK's `TRANS = 'T'`, row-major). The blocks of X
/// are destroyed. `Err(i)`: [`bbcsd`] did not converge.
#[allow(clippy::too_many_arguments)]
pub fn orcsd<T: Scalar>(
    want: CsdWant,
    trans: bool,
    signs: CsdSigns,
    x11: MatMut<'_, T>,
    x12: MatMut<'_, T>,
    x21: MatMut<'_, T>,
    x22: MatMut<'_, T>,
    theta: &mut [T::Real],
    u1: MatMut<'_, T>,
    u2: MatMut<'_, T>,
    v1t: MatMut<'_, T>,
    v2t: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    fn t<T: Scalar>(trans: bool, a: MatMut<'_, T>) -> MatMut<'_, T> {
        if trans {
            a.transpose()
        } else {
            a
        }
    }
    let mut s = Parts {
        x: [t(trans, x11), t(trans, x12), t(trans, x21), t(trans, x22)],
        u1: t(trans, u1),
        u2: t(trans, u2),
        v1t: t(trans, v1t),
        v2t: t(trans, v2t),
        want,
        signs,
    };
    let (p, q) = (s.x[0].nrows(), s.x[0].ncols());
    let m = p + s.x[2].nrows();
    // X^T = conj(V) S^T U^T: the decomposition of the transpose, factors
    // exchanged and the signs flipped, when q is not the smaller side.
    if p.min(m - p) < q.min(m - q) {
        let [a, b, c, d] = s.x;
        s = Parts {
            x: [a.transpose(), c.transpose(), b.transpose(), d.transpose()],
            u1: s.v1t.transpose(),
            u2: s.v2t.transpose(),
            v1t: s.u1.transpose(),
            v2t: s.u2.transpose(),
            want: CsdWant { u1: want.v1t, u2: want.v2t, v1t: want.u1, v2t: want.u2 },
            signs: flip(s.signs),
        };
    }
    let (p, q) = (s.x[0].nrows(), s.x[0].ncols());
    // [0 I; I 0] X [0 I; I 0] = [X22 X21; X12 X11] when m - q < q.
    if m - q < q {
        let [a, b, c, d] = s.x;
        let w = s.want;
        s = Parts {
            x: [d, c, b, a],
            u1: s.u2,
            u2: s.u1,
            v1t: s.v2t,
            v2t: s.v1t,
            want: CsdWant { u1: w.u2, u2: w.u1, v1t: w.v2t, v2t: w.v1t },
            signs: flip(s.signs),
        };
    }
    let _ = (p, q);
    orcsd_core(s, theta, par, work)
}

/// [`orcsd`] once `q <= min(p, m-p, m-q)`, column-major views.
fn orcsd_core<T: Scalar>(
    s: Parts<'_, T>,
    theta: &mut [T::Real],
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    type R<T> = <T as Scalar>::Real;
    let Parts { x: [mut x11, mut x12, mut x21, mut x22], mut u1, mut u2, mut v1t, mut v2t, want, signs } = s;
    let (p, q) = (x11.nrows(), x11.ncols());
    let m = p + x21.nrows();
    let (mp, mq) = (m - p, m - q);
    let want = CsdWant { u1: want.u1 && p > 0, u2: want.u2 && mp > 0, v1t: want.v1t && q > 0, v2t: want.v2t && mq > 0 };
    for (w, a, r, c, name) in [
        (want.u1, &u1, p, p, "U1"),
        (want.u2, &u2, mp, mp, "U2"),
        (want.v1t, &v1t, q, q, "V1T"),
        (want.v2t, &v2t, mq, mq, "V2T"),
    ] {
        assert!(!w || (a.nrows() == r && a.ncols() == c), "orcsd: {name} must be {r} x {c}");
    }

    let (taus, mut work) = work.take::<T>(2 * m);
    let (taup1, rest) = taus.split_at_mut(p);
    let (taup2, rest) = rest.split_at_mut(mp);
    let (tauq1, rest) = rest.split_at_mut(q);
    let tauq2 = &mut rest[..mq];
    let e = q.saturating_sub(1);
    let (reals, mut work) = work.take::<R<T>>(e + 8 * q);
    let (phi, rest) = reals.split_at_mut(e);
    let (b11d, rest) = rest.split_at_mut(q);
    let (b12d, rest) = rest.split_at_mut(q);
    let (b21d, rest) = rest.split_at_mut(q);
    let (b22d, rest) = rest.split_at_mut(q);
    let (b11e, rest) = rest.split_at_mut(e);
    let (b12e, rest) = rest.split_at_mut(e);
    let (b21e, b22e) = rest.split_at_mut(e);
    let blocks = CsdBlocks { b11d, b11e, b12d, b12e, b21d, b21e, b22d, b22e };
    let (perm, mut work) = work.take::<usize>(m);

    {
        let (w, _) = work.take::<T>(orbdb_len(m, q));
        orbdb(
            false,
            signs,
            x11.rb_mut(),
            x12.rb_mut(),
            x21.rb_mut(),
            x22.rb_mut(),
            theta,
            phi,
            taup1,
            taup2,
            tauq1,
            tauq2,
            w,
        );
    }
    if want.u1 {
        lacpy(Part::Lower, x11.rb(), u1.rb_mut().submatrix(0, 0, p, q));
        orgqr(u1.rb_mut(), &taup1[..q], par, work.rb_mut());
    }
    if want.u2 {
        lacpy(Part::Lower, x21.rb(), u2.rb_mut().submatrix(0, 0, mp, q));
        orgqr(u2.rb_mut(), &taup2[..q], par, work.rb_mut());
    }
    if want.v1t {
        border(&mut v1t);
        let k = q - 1;
        lacpy(Part::Upper, x11.rb().submatrix(0, 1, k, k), v1t.rb_mut().submatrix(1, 1, k, k));
        orglq(v1t.rb_mut().submatrix(1, 1, k, k), &tauq1[..k], par, work.rb_mut());
    }
    if want.v2t {
        lacpy(Part::Upper, x12.rb(), v2t.rb_mut().submatrix(0, 0, p, mq));
        let k = mp - q;
        lacpy(Part::Upper, x22.rb().submatrix(q, p, k, k), v2t.rb_mut().submatrix(p, p, k, k));
        orglq(v2t.rb_mut(), &tauq2[..mq], par, work.rb_mut());
    }
    let res = bbcsd::<T>(
        want,
        false,
        m,
        p,
        q,
        theta,
        phi,
        u1.rb_mut(),
        u2.rb_mut(),
        v1t.rb_mut(),
        v2t.rb_mut(),
        blocks,
        work,
    );
    // Identity blocks to their corners: the last q columns of U2 first, the
    // last m-p-q rows of V2T first.
    if q > 0 && want.u2 {
        lapmt(false, u2.rb_mut(), rotate_perm(perm, mp, q));
    }
    if want.v2t {
        lapmr(false, v2t.rb_mut(), rotate_perm(perm, mq, p));
    }
    res
}
