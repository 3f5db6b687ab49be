//! The CS decomposition of an orthogonal (unitary) matrix in bidiagonal-block
//! form (`?bbcsd`), Sutton's implicit QR-like iteration ("Computing the
//! complete CS decomposition", Numer. Algorithms 2009).
//!
//! The `m x m` matrix is parametrized by the angles `theta` (q of them) and
//! `phi` (q-1):
//!
//! ```text
//!     [ B11 | B12 0  0 ]
//!     [  0  |  0 -I  0 ]
//! X = [-----------------]
//!     [ B21 | B22 0  0 ]
//!     [  0  |  0  0  I ]
//! ```
//!
//! with B11, B21 upper and B12, B22 lower bidiagonal. One sweep chases a
//! bulge down all four blocks at once with the same orthogonal
//! transformations (the rows of B11 and B12 share U1, those of B21 and B22
//! U2, the columns of B11 and B21 share V1, those of B12 and B22 V2), so the
//! iteration diagonalizes B11 and B21 (the bidiagonal SVD of each) while
//! keeping the whole matrix orthogonal; the angles are recomputed from the
//! rotated entries after every step, which keeps them consistent with an
//! orthogonal matrix whatever the rounding errors.

use crate::svd::small::las2;
use crate::{Info, WorkReq, Workspace};
use ferroblas_kernels::aux::rotations::{lartgp, lartgs, lasr, Direction, Pivot};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::level1::{scal, swap};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, Side};

/// At most `MAXITR q^2` bulge-chasing steps before [`bbcsd`] gives up.
const MAXITR: usize = 6;

fn sin<R: RealScalar>(x: R) -> R {
    R::from_f64(x.to_f64().sin())
}

fn cos<R: RealScalar>(x: R) -> R {
    R::from_f64(x.to_f64().cos())
}

fn atan2<R: RealScalar>(y: R, x: R) -> R {
    R::from_f64(y.to_f64().atan2(x.to_f64()))
}

/// `pi / 2` in the precision `R`.
pub(crate) fn half_pi<R: RealScalar>() -> R {
    R::from_f64(std::f64::consts::FRAC_PI_2)
}

/// `sqrt(x^2 + y^2)` as the angle updates form it (every entry is a sine or
/// cosine product, at most 1 in size, so the squares cannot overflow).
fn norm2<R: RealScalar>(x: R, y: R) -> R {
    (x * x + y * y).sqrt()
}

/// The entries of the four bidiagonal blocks that [`bbcsd`] leaves behind:
/// the diagonals (`q` entries each) and the off-diagonals (`q - 1`) of B11,
/// B12, B21 and B22 (B11 and B21 upper bidiagonal, `e` above the diagonal;
/// B12 and B22 lower, `e` below it).
pub struct CsdBlocks<'a, R> {
    pub b11d: &'a mut [R],
    pub b11e: &'a mut [R],
    pub b12d: &'a mut [R],
    pub b12e: &'a mut [R],
    pub b21d: &'a mut [R],
    pub b21e: &'a mut [R],
    pub b22d: &'a mut [R],
    pub b22e: &'a mut [R],
}

/// Which of the four orthogonal factors [`bbcsd`] updates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct CsdWant {
    pub u1: bool,
    pub u2: bool,
    pub v1t: bool,
    pub v2t: bool,
}

/// The real workspace of [`bbcsd`] for `q` angles: the `8 q` rotation cosines
/// and sines of one sweep.
pub fn bbcsd_req<T: Scalar>(q: usize) -> WorkReq {
    WorkReq::new::<T::Real>(8 * q)
}

/// `[a; b] := [c s; -s c] [a; b]`: a plane rotation of two entries.
fn rot<R: RealScalar>(a: &mut R, b: &mut R, c: R, s: R) {
    let t = c * *a + s * *b;
    *b = c * *b - s * *a;
    *a = t;
}

/// The rotation `(cs, sn)` that chases the bulge `f` beside `g`: [`lartgp`]`(f, g)`
/// with its cosine and sine exchanged, so that `cs f - sn g`-style updates
/// ([`rot`]) annihilate `f`.
fn chase<R: RealScalar>(f: R, g: R) -> (R, R) {
    let (c, s, _) = lartgp(f, g);
    (s, c)
}

/// `v := -v` for a row or column of a factor.
fn negate<T: Scalar>(v: ferroblas_kernels::VecMut<'_, T>) {
    scal(T::from_real(-<T::Real as Scalar>::one()), v);
}

/// The CS decomposition of the bidiagonal-block orthogonal matrix given by
/// `theta` and `phi` (`?bbcsd`): on return `theta` holds the CS values'
/// angles in ascending order (in `[0, pi/2]`), `phi` is zero, and
///
/// ```text
/// [ B11 ]   [ U1    ] [  C ]
/// [ B21 ] = [    U2 ] [ -S ] V1^T,   B12 = U1 S V2^T,  B22 = U1 C V2^T
/// ```
///
/// for the `q x q` leading blocks (`C = diag(cos theta)`, `S = diag(sin
/// theta)`), where the rotations are accumulated from the right into the
/// chosen factors: `U1 := U1 Q1` (`p x p`), `U2 := U2 Q2` (`(m-p) x (m-p)`),
/// `V1T := Q3^T V1T` (`q x q`), `V2T := Q4^T V2T` (`(m-q) x (m-q)`); a factor
/// not in `want` is not referenced. `trans` means the factors are stored
/// transposed (LAPACK's `TRANS = 'T'`): U1 and U2 then hold their transposes
/// and V1T, V2T their (non-transposed) V1, V2. `blocks` receives the four
/// blocks' final entries (see [`CsdBlocks`]; they are written only if an
/// iteration was needed). Requires `q <= min(p, m - p, m - q)`. `Err(i)`:
/// the iteration limit was reached with `i` entries of `phi` non-zero.
#[allow(clippy::too_many_arguments)]
pub fn bbcsd<T: Scalar>(
    want: CsdWant,
    trans: bool,
    m: usize,
    p: usize,
    q: usize,
    theta: &mut [T::Real],
    phi: &mut [T::Real],
    u1: MatMut<'_, T>,
    u2: MatMut<'_, T>,
    v1t: MatMut<'_, T>,
    v2t: MatMut<'_, T>,
    blocks: CsdBlocks<'_, T::Real>,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    type R<T> = <T as Scalar>::Real;
    assert!(q <= p && q <= m - p && q <= m - q, "bbcsd: q exceeds min(p, m-p, m-q)");
    if q == 0 {
        return Ok(());
    }
    // Transposed storage is the same computation on the transposed views.
    let (mut u1, mut u2, mut v1t, mut v2t) =
        if trans { (u1.transpose(), u2.transpose(), v1t.transpose(), v2t.transpose()) } else { (u1, u2, v1t, v2t) };
    if want.u1 {
        assert!(u1.nrows() == p && u1.ncols() >= q, "bbcsd: U1 must be p x p");
    }
    if want.u2 {
        assert!(u2.nrows() == m - p && u2.ncols() >= q, "bbcsd: U2 must be (m-p) x (m-p)");
    }
    if want.v1t {
        assert!(v1t.ncols() == q && v1t.nrows() >= q, "bbcsd: V1T must be q x q");
    }
    if want.v2t {
        assert!(v2t.ncols() == m - q && v2t.nrows() >= q, "bbcsd: V2T must be (m-q) x (m-q)");
    }
    let CsdBlocks { b11d, b11e, b12d, b12e, b21d, b21e, b22d, b22e } = blocks;
    let (zero, one) = (R::<T>::zero(), R::<T>::one());
    let piover2 = half_pi::<R<T>>();

    let (rots, _) = work.take::<R<T>>(8 * q);
    let (u1cs, rest) = rots.split_at_mut(q);
    let (u1sn, rest) = rest.split_at_mut(q);
    let (u2cs, rest) = rest.split_at_mut(q);
    let (u2sn, rest) = rest.split_at_mut(q);
    let (v1cs, rest) = rest.split_at_mut(q);
    let (v1sn, rest) = rest.split_at_mut(q);
    let (v2cs, v2sn) = rest.split_at_mut(q);

    let eps = lamch::<R<T>>(Machine::Eps);
    let unfl = lamch::<R<T>>(Machine::SafeMin);
    let tolmul = R::<T>::from_f64(10.0).max(R::<T>::from_f64(100.0).min(R::<T>::from_f64(eps.to_f64().powf(-0.125))));
    let thresh = (tolmul * eps).max(R::<T>::from_f64((MAXITR * q * q) as f64) * unfl);
    let thresh2 = thresh * thresh;

    // Angles within `thresh` of 0 or pi/2 are set to them: those are the
    // deflations.
    let snap = |x: &mut R<T>| {
        if *x < thresh {
            *x = zero;
        } else if *x > piover2 - thresh {
            *x = piover2;
        }
    };
    theta[..q].iter_mut().for_each(snap);
    phi[..q - 1].iter_mut().for_each(snap);

    // The active block is theta[imin..=imax], phi[imin..imax]: phi[imax] and
    // phi[imin - 1] are zero (or absent).
    let mut imax = q - 1;
    while imax > 0 && phi[imax - 1] == zero {
        imax -= 1;
    }
    let mut imin = imax.saturating_sub(1);
    while imin > 0 && phi[imin - 1] != zero {
        imin -= 1;
    }

    let maxit = MAXITR * q * q;
    let mut iter = 0;
    while imax > 0 {
        // The blocks' entries from the angles.
        b11d[imin] = cos(theta[imin]);
        b21d[imin] = -sin(theta[imin]);
        for i in imin..imax {
            let (st, ct) = (sin(theta[i]), cos(theta[i]));
            let (st1, ct1) = (sin(theta[i + 1]), cos(theta[i + 1]));
            let (sp, cp) = (sin(phi[i]), cos(phi[i]));
            b11e[i] = -st * sp;
            b11d[i + 1] = ct1 * cp;
            b12d[i] = st * cp;
            b12e[i] = ct1 * sp;
            b21e[i] = -ct * sp;
            b21d[i + 1] = -st1 * cp;
            b22d[i] = ct * cp;
            b22e[i] = -st1 * sp;
        }
        b12d[imax] = sin(theta[imax]);
        b22d[imax] = cos(theta[imax]);

        if iter > maxit {
            let nonzero = phi[..q - 1].iter().filter(|&&x| x != zero).count();
            return Err(Info::new(nonzero));
        }
        iter += imax - imin;

        // The shift: zero when a diagonal of B11/B22 or of B12/B21 is about
        // to vanish (deflation), else the smaller singular value of the
        // trailing 2x2 of B11 or B21, whichever is smaller (mu for B11, nu
        // for B21, mu^2 + nu^2 = 1).
        let block = &theta[imin..=imax];
        let thetamax = block.iter().fold(block[0], |a, &b| if b > a { b } else { a });
        let thetamin = block.iter().fold(block[0], |a, &b| if b < a { b } else { a });
        let (mu, nu) = if thetamax > piover2 - thresh {
            (zero, one)
        } else if thetamin < thresh {
            (one, zero)
        } else {
            let (sigma11, _) = las2(b11d[imax - 1], b11e[imax - 1], b11d[imax]);
            let (sigma21, _) = las2(b21d[imax - 1], b21e[imax - 1], b21d[imax]);
            if sigma11 <= sigma21 {
                let mu = sigma11;
                if mu < thresh {
                    (zero, one)
                } else {
                    (mu, (one - mu * mu).sqrt())
                }
            } else {
                let nu = sigma21;
                if nu < thresh {
                    (one, zero)
                } else {
                    ((one - nu * nu).sqrt(), nu)
                }
            }
        };

        // The first V1 rotation introduces the bulges in B11 and B21.
        let (c, s) = if mu <= nu { lartgs(b11d[imin], b11e[imin], mu) } else { lartgs(b21d[imin], b21e[imin], nu) };
        (v1cs[imin], v1sn[imin]) = (c, s);
        rot(&mut b11d[imin], &mut b11e[imin], c, s);
        let mut b11bulge = s * b11d[imin + 1];
        b11d[imin + 1] *= c;
        rot(&mut b21d[imin], &mut b21e[imin], c, s);
        let mut b21bulge = s * b21d[imin + 1];
        b21d[imin + 1] *= c;

        theta[imin] = atan2(norm2(b21d[imin], b21bulge), norm2(b11d[imin], b11bulge));

        // U1 and U2 chase the bulges below the diagonals of B11 and B21;
        // when one has (nearly) vanished the shift is applied afresh.
        let (c, s) = if b11d[imin] * b11d[imin] + b11bulge * b11bulge > thresh2 {
            chase(b11bulge, b11d[imin])
        } else if mu <= nu {
            lartgs(b11e[imin], b11d[imin + 1], mu)
        } else {
            lartgs(b12d[imin], b12e[imin], nu)
        };
        (u1cs[imin], u1sn[imin]) = (c, s);
        let (c, s) = if b21d[imin] * b21d[imin] + b21bulge * b21bulge > thresh2 {
            chase(b21bulge, b21d[imin])
        } else if nu < mu {
            lartgs(b21e[imin], b21d[imin + 1], nu)
        } else {
            lartgs(b22d[imin], b22e[imin], mu)
        };
        (u2cs[imin], u2sn[imin]) = (-c, -s);

        let (c, s) = (u1cs[imin], u1sn[imin]);
        rot(&mut b11e[imin], &mut b11d[imin + 1], c, s);
        if imax > imin + 1 {
            b11bulge = s * b11e[imin + 1];
            b11e[imin + 1] *= c;
        }
        rot(&mut b12d[imin], &mut b12e[imin], c, s);
        let mut b12bulge = s * b12d[imin + 1];
        b12d[imin + 1] *= c;
        let (c, s) = (u2cs[imin], u2sn[imin]);
        rot(&mut b21e[imin], &mut b21d[imin + 1], c, s);
        if imax > imin + 1 {
            b21bulge = s * b21e[imin + 1];
            b21e[imin + 1] *= c;
        }
        rot(&mut b22d[imin], &mut b22e[imin], c, s);
        let mut b22bulge = s * b22d[imin + 1];
        b22d[imin + 1] *= c;

        // Chase the bulges of all four blocks to the bottom right.
        for i in imin + 1..imax {
            let (st, ct) = (sin(theta[i - 1]), cos(theta[i - 1]));
            let x1 = st * b11e[i - 1] + ct * b21e[i - 1];
            let x2 = st * b11bulge + ct * b21bulge;
            let y1 = st * b12d[i - 1] + ct * b22d[i - 1];
            let y2 = st * b12bulge + ct * b22bulge;
            phi[i - 1] = atan2(norm2(x1, x2), norm2(y1, y2));

            let restart11 = b11e[i - 1] * b11e[i - 1] + b11bulge * b11bulge <= thresh2;
            let restart21 = b21e[i - 1] * b21e[i - 1] + b21bulge * b21bulge <= thresh2;
            let restart12 = b12d[i - 1] * b12d[i - 1] + b12bulge * b12bulge <= thresh2;
            let restart22 = b22d[i - 1] * b22d[i - 1] + b22bulge * b22bulge <= thresh2;

            // V1 chases the bulges above B11's and B21's superdiagonals
            // (their combination when both are there), V2 those of B12, B22.
            let (c, s) = match (restart11, restart21) {
                (false, false) => chase(x2, x1),
                (false, true) => chase(b11bulge, b11e[i - 1]),
                (true, false) => chase(b21bulge, b21e[i - 1]),
                (true, true) if mu <= nu => lartgs(b11d[i], b11e[i], mu),
                (true, true) => lartgs(b21d[i], b21e[i], nu),
            };
            (v1cs[i], v1sn[i]) = (-c, -s);
            let (c, s) = match (restart12, restart22) {
                (false, false) => chase(y2, y1),
                (false, true) => chase(b12bulge, b12d[i - 1]),
                (true, false) => chase(b22bulge, b22d[i - 1]),
                (true, true) if nu < mu => lartgs(b12e[i - 1], b12d[i], nu),
                (true, true) => lartgs(b22e[i - 1], b22d[i], mu),
            };
            (v2cs[i - 1], v2sn[i - 1]) = (c, s);

            let (c, s) = (v1cs[i], v1sn[i]);
            rot(&mut b11d[i], &mut b11e[i], c, s);
            b11bulge = s * b11d[i + 1];
            b11d[i + 1] *= c;
            rot(&mut b21d[i], &mut b21e[i], c, s);
            b21bulge = s * b21d[i + 1];
            b21d[i + 1] *= c;
            let (c, s) = (v2cs[i - 1], v2sn[i - 1]);
            rot(&mut b12e[i - 1], &mut b12d[i], c, s);
            b12bulge = s * b12e[i];
            b12e[i] *= c;
            rot(&mut b22e[i - 1], &mut b22d[i], c, s);
            b22bulge = s * b22e[i];
            b22e[i] *= c;

            let (sp, cp) = (sin(phi[i - 1]), cos(phi[i - 1]));
            let x1 = cp * b11d[i] + sp * b12e[i - 1];
            let x2 = cp * b11bulge + sp * b12bulge;
            let y1 = cp * b21d[i] + sp * b22e[i - 1];
            let y2 = cp * b21bulge + sp * b22bulge;
            theta[i] = atan2(norm2(y1, y2), norm2(x1, x2));

            let restart11 = b11d[i] * b11d[i] + b11bulge * b11bulge <= thresh2;
            let restart12 = b12e[i - 1] * b12e[i - 1] + b12bulge * b12bulge <= thresh2;
            let restart21 = b21d[i] * b21d[i] + b21bulge * b21bulge <= thresh2;
            let restart22 = b22e[i - 1] * b22e[i - 1] + b22bulge * b22bulge <= thresh2;

            let (c, s) = match (restart11, restart12) {
                (false, false) => chase(x2, x1),
                (false, true) => chase(b11bulge, b11d[i]),
                (true, false) => chase(b12bulge, b12e[i - 1]),
                (true, true) if mu <= nu => lartgs(b11e[i], b11d[i + 1], mu),
                (true, true) => lartgs(b12d[i], b12e[i], nu),
            };
            (u1cs[i], u1sn[i]) = (c, s);
            let (c, s) = match (restart21, restart22) {
                (false, false) => chase(y2, y1),
                (false, true) => chase(b21bulge, b21d[i]),
                (true, false) => chase(b22bulge, b22e[i - 1]),
                (true, true) if nu < mu => lartgs(b21e[i], b21d[i + 1], nu),
                (true, true) => lartgs(b22d[i], b22e[i], mu),
            };
            (u2cs[i], u2sn[i]) = (-c, -s);

            let (c, s) = (u1cs[i], u1sn[i]);
            rot(&mut b11e[i], &mut b11d[i + 1], c, s);
            if i < imax - 1 {
                b11bulge = s * b11e[i + 1];
                b11e[i + 1] *= c;
            }
            rot(&mut b12d[i], &mut b12e[i], c, s);
            b12bulge = s * b12d[i + 1];
            b12d[i + 1] *= c;
            let (c, s) = (u2cs[i], u2sn[i]);
            rot(&mut b21e[i], &mut b21d[i + 1], c, s);
            if i < imax - 1 {
                b21bulge = s * b21e[i + 1];
                b21e[i + 1] *= c;
            }
            rot(&mut b22d[i], &mut b22e[i], c, s);
            b22bulge = s * b22d[i + 1];
            b22d[i + 1] *= c;
        }

        // The last V2 rotation removes the bulges of B12 and B22.
        let j = imax - 1;
        let (st, ct) = (sin(theta[j]), cos(theta[j]));
        let x1 = st * b11e[j] + ct * b21e[j];
        let y1 = st * b12d[j] + ct * b22d[j];
        let y2 = st * b12bulge + ct * b22bulge;
        phi[j] = atan2(x1.abs(), norm2(y1, y2));
        let restart12 = b12d[j] * b12d[j] + b12bulge * b12bulge <= thresh2;
        let restart22 = b22d[j] * b22d[j] + b22bulge * b22bulge <= thresh2;
        let (c, s) = match (restart12, restart22) {
            (false, false) => chase(y2, y1),
            (false, true) => chase(b12bulge, b12d[j]),
            (true, false) => chase(b22bulge, b22d[j]),
            (true, true) if nu < mu => lartgs(b12e[j], b12d[imax], nu),
            (true, true) => lartgs(b22e[j], b22d[imax], mu),
        };
        (v2cs[j], v2sn[j]) = (c, s);
        rot(&mut b12e[j], &mut b12d[imax], c, s);
        rot(&mut b22e[j], &mut b22d[imax], c, s);

        // Accumulate the sweep's rotations into the factors.
        let len = imax - imin + 1;
        let rng = imin..imax;
        if want.u1 {
            let m1 = u1.nrows();
            let blk = u1.rb_mut().submatrix(0, imin, m1, len);
            lasr(Side::Right, Pivot::Variable, Direction::Forward, &u1cs[rng.clone()], &u1sn[rng.clone()], blk);
        }
        if want.u2 {
            let m2 = u2.nrows();
            let blk = u2.rb_mut().submatrix(0, imin, m2, len);
            lasr(Side::Right, Pivot::Variable, Direction::Forward, &u2cs[rng.clone()], &u2sn[rng.clone()], blk);
        }
        if want.v1t {
            let blk = v1t.rb_mut().submatrix(imin, 0, len, q);
            lasr(Side::Left, Pivot::Variable, Direction::Forward, &v1cs[rng.clone()], &v1sn[rng.clone()], blk);
        }
        if want.v2t {
            let n2 = v2t.ncols();
            let blk = v2t.rb_mut().submatrix(imin, 0, len, n2);
            lasr(Side::Left, Pivot::Variable, Direction::Forward, &v2cs[rng.clone()], &v2sn[rng], blk);
        }

        // Signs: keep the last superdiagonals of B11/B21 non-positive and
        // the trailing diagonal entries in the CS pattern.
        if b11e[j] + b21e[j] > zero {
            b11d[imax] = -b11d[imax];
            b21d[imax] = -b21d[imax];
            if want.v1t {
                negate(v1t.rb_mut().transpose().col_mut(imax));
            }
        }
        let (sp, cp) = (sin(phi[j]), cos(phi[j]));
        let x1 = cp * b11d[imax] + sp * b12e[j];
        let y1 = cp * b21d[imax] + sp * b22e[j];
        theta[imax] = atan2(y1.abs(), x1.abs());
        if b11d[imax] + b12e[j] < zero {
            b12d[imax] = -b12d[imax];
            if want.u1 {
                negate(u1.rb_mut().col_mut(imax));
            }
        }
        if b21d[imax] + b22e[j] > zero {
            b22d[imax] = -b22d[imax];
            if want.u2 {
                negate(u2.rb_mut().col_mut(imax));
            }
        }
        if b12d[imax] + b22d[imax] < zero && want.v2t {
            negate(v2t.rb_mut().transpose().col_mut(imax));
        }

        theta[imin..=imax].iter_mut().for_each(snap);
        phi[imin..imax].iter_mut().for_each(snap);

        // Deflate: shrink the active block past new zeros of phi.
        while imax > 0 && phi[imax - 1] == zero {
            imax -= 1;
        }
        if imax == 0 {
            break;
        }
        imin = imin.min(imax - 1);
        while imin > 0 && phi[imin - 1] != zero {
            imin -= 1;
        }
    }

    // Sort the angles ascending, permuting the factors alike.
    for i in 0..q {
        let mut mini = i;
        for k in i + 1..q {
            if theta[k] < theta[mini] {
                mini = k;
            }
        }
        if mini != i {
            theta.swap(i, mini);
            if want.u1 {
                swap_cols(u1.rb_mut(), i, mini);
            }
            if want.u2 {
                swap_cols(u2.rb_mut(), i, mini);
            }
            if want.v1t {
                swap_cols(v1t.rb_mut().transpose(), i, mini);
            }
            if want.v2t {
                swap_cols(v2t.rb_mut().transpose(), i, mini);
            }
        }
    }
    Ok(())
}

/// Exchanges columns `i < j` of `a`.
fn swap_cols<T: Scalar>(a: MatMut<'_, T>, i: usize, j: usize) {
    let n = a.ncols();
    let (left, right) = a.split_at_col(j.min(n));
    swap(left.col_mut(i), right.col_mut(0));
}
