//! Minimum-norm least squares by a complete orthogonal factorization
//! (`?gelsy`), with the incremental condition estimator that decides the
//! numerical rank (`?laic1`, Bischof, "Incremental condition estimation",
//! 1990).
//!
//! `A P = Q R` with column pivoting ([`geqp3`](crate::qr::geqp3)); the rank is the largest `r`
//! for which the leading `r x r` block R11 has estimated condition below
//! `1/rcond`; `[R11 R12] = [T11 0] Y` (RZ, [`tzrzf`]) then gives the
//! minimum-norm solution `X = P Y^H [T11^{-1} (Q^H B)(:r); 0]`.

use crate::qr::{
    geqp3_req, geqp3_with, ormqr, ormqr_req, ormrz, ormrz_req, tzrzf, tzrzf_req, PIVOT_BLOCK, PIVOT_CROSSOVER,
};
use ferroblas_kernels::aux::matrix::{lascl, laset, MatrixKind, Part};
use ferroblas_kernels::aux::norms::{lange, Norm};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::level1::dotc;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{Diag, MatMut, Side, Trans, Uplo, VecRef};
use ferroblas_relapack::level3::Level3;
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// Which extreme singular value [`laic1`] tracks (`JOB`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extreme {
    /// The largest (`JOB = 1`).
    Largest,
    /// The smallest (`JOB = 2`).
    Smallest,
}

impl Extreme {
    /// Parses the reference's `JOB`: 1 or 2.
    pub fn from_int(job: i64) -> Option<Self> {
        match job {
            1 => Some(Extreme::Largest),
            2 => Some(Extreme::Smallest),
            _ => None,
        }
    }
}

/// What [`laic1`] returns: the new estimate and the vector's update.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Laic1<T: Scalar> {
    /// The estimate for the bordered triangle (`SESTPR`).
    pub sestpr: T::Real,
    /// `S`: the old approximate singular vector is scaled by it.
    pub s: T,
    /// `C`: the new vector's last element.
    pub c: T,
}

/// `x / r`, part by part (the reference's complex-by-real division).
fn divr<T: Scalar>(x: T, r: T::Real) -> T {
    T::from_parts(x.re() / r, x.im() / r)
}

fn modulus<T: Scalar>(x: T) -> T::Real {
    if T::IS_COMPLEX {
        x.re().hypot(x.im())
    } else {
        x.re().abs()
    }
}

fn abs2<T: Scalar>(x: T) -> T::Real {
    x.re() * x.re() + x.im() * x.im()
}

/// One step of incremental condition estimation (`?laic1`): given a lower
/// triangular L with an approximate extreme singular value `sest` and unit
/// vector `x` (`sest = |x^H L|`), and the border `w`, `gamma`
/// of `[L 0; w^H gamma]`, returns the estimate `sestpr` for the bordered
/// matrix and `s`, `c` so that `[s x; c]` is its approximate singular
/// vector, for the largest or the smallest singular value.
pub fn laic1<T: Scalar>(job: Extreme, x: VecRef<'_, T>, sest: T::Real, w: VecRef<'_, T>, gamma: T) -> Laic1<T> {
    let zero = T::Real::zero();
    let one = T::Real::one();
    let two = one + one;
    let half = one / two;
    let four = two + two;
    let eps = lamch::<T::Real>(Machine::Eps);
    let alpha = dotc(x, w);
    let absalp = modulus(alpha);
    let absgam = modulus(gamma);
    let absest = sest.abs();
    let done = |sestpr, s, c| Laic1 { sestpr, s, c };
    let (tz, to) = (T::zero(), T::one());
    // Normalizes [sine; cosine] to a unit vector.
    let unit = |sine: T, cosine: T| {
        let tmp = (abs2(sine) + abs2(cosine)).sqrt();
        (divr(sine, tmp), divr(cosine, tmp))
    };
    match job {
        Extreme::Largest => {
            if sest == zero {
                let s1 = absgam.max(absalp);
                if s1 == zero {
                    return done(zero, tz, to);
                }
                let (s, c) = (divr(alpha, s1), divr(gamma, s1));
                let tmp = (abs2(s) + abs2(c)).sqrt();
                return done(s1 * tmp, divr(s, tmp), divr(c, tmp));
            }
            if absgam <= eps * absest {
                let tmp = absest.max(absalp);
                let (s1, s2) = (absest / tmp, absalp / tmp);
                return done(tmp * (s1 * s1 + s2 * s2).sqrt(), to, tz);
            }
            if absalp <= eps * absest {
                return if absgam <= absest { done(absest, to, tz) } else { done(absgam, tz, to) };
            }
            if absest <= eps * absalp || absest <= eps * absgam {
                let (s1, s2) = (absgam, absalp);
                let big = if s1 <= s2 { s2 } else { s1 };
                let tmp = if s1 <= s2 { s1 / s2 } else { s2 / s1 };
                let scl = (one + tmp * tmp).sqrt();
                return done(big * scl, divr(divr(alpha, big), scl), divr(divr(gamma, big), scl));
            }
            let zeta1 = absalp / absest;
            let zeta2 = absgam / absest;
            let b = (one - zeta1 * zeta1 - zeta2 * zeta2) * half;
            let c = zeta1 * zeta1;
            let t = if b > zero { c / (b + (b * b + c).sqrt()) } else { (b * b + c).sqrt() - b };
            let sine = -divr(divr(alpha, absest), t);
            let cosine = -divr(divr(gamma, absest), one + t);
            let (s, c) = unit(sine, cosine);
            done((t + one).sqrt() * absest, s, c)
        }
        Extreme::Smallest => {
            if sest == zero {
                let (sine, cosine) = if absgam.max(absalp) == zero { (to, tz) } else { (-gamma.conj(), alpha.conj()) };
                let s1 = modulus(sine).max(modulus(cosine));
                let (s, c) = unit(divr(sine, s1), divr(cosine, s1));
                return done(zero, s, c);
            }
            if absgam <= eps * absest {
                return done(absgam, tz, to);
            }
            if absalp <= eps * absest {
                return if absgam <= absest { done(absgam, tz, to) } else { done(absest, to, tz) };
            }
            if absest <= eps * absalp || absest <= eps * absgam {
                let (s1, s2) = (absgam, absalp);
                let (big, tmp) = if s1 <= s2 { (s2, s1 / s2) } else { (s1, s2 / s1) };
                let scl = (one + tmp * tmp).sqrt();
                let sestpr = if s1 <= s2 { absest * (tmp / scl) } else { absest / scl };
                return done(sestpr, -divr(divr(gamma.conj(), big), scl), divr(divr(alpha.conj(), big), scl));
            }
            let zeta1 = absalp / absest;
            let zeta2 = absgam / absest;
            let norma = (one + zeta1 * zeta1 + zeta1 * zeta2).max(zeta1 * zeta2 + zeta2 * zeta2);
            let test = one + two * (zeta1 - zeta2) * (zeta1 + zeta2);
            let (sine, cosine, sestpr) = if test >= zero {
                // The root is close to zero: computed directly.
                let b = (zeta1 * zeta1 + zeta2 * zeta2 + one) * half;
                let c = zeta2 * zeta2;
                let t = c / (b + (b * b - c).abs().sqrt());
                let sine = divr(divr(alpha, absest), one - t);
                let cosine = -divr(divr(gamma, absest), t);
                (sine, cosine, (t + four * eps * eps * norma).sqrt() * absest)
            } else {
                // The root is closer to one: shifted by it.
                let b = (zeta2 * zeta2 + zeta1 * zeta1 - one) * half;
                let c = zeta1 * zeta1;
                let t = if b >= zero { -c / (b + (b * b + c).sqrt()) } else { b - (b * b + c).sqrt() };
                let sine = -divr(divr(alpha, absest), t);
                let cosine = -divr(divr(gamma, absest), one + t);
                (sine, cosine, (one + t + four * eps * eps * norma).sqrt() * absest)
            };
            let (s, c) = unit(sine, cosine);
            done(sestpr, s, c)
        }
    }
}

/// The workspace [`gelsy`] needs for an `m x n` A and `nrhs` right-hand sides.
pub fn gelsy_req<T: Scalar>(m: usize, n: usize, nrhs: usize) -> WorkReq {
    let mn = m.min(n);
    let steps = geqp3_req::<T>(m, n)
        .or(tzrzf_req::<T>(mn, n))
        .or(ormqr_req::<T>(Side::Left, m, nrhs, mn))
        .or(ormrz_req::<T>(Side::Left, n, nrhs, mn))
        .or(WorkReq::new::<T>(n));
    WorkReq::new::<T>(4 * mn).and(steps)
}

/// The minimum-norm solution of `min |A X - B|` for a possibly rank-deficient
/// `m x n` A by a complete orthogonal factorization (`?gelsy`); returns the
/// effective rank (the order of the leading triangle of R whose estimated
/// condition number is below `1/rcond`).
///
/// `b` has `max(m, n)` rows (at least) and `nrhs` columns: B in its first
/// `m` rows on entry, X in its first `n` on return. A is overwritten by the
/// factorization. `jpvt` (length `n`) as in [`geqp3`](crate::qr::geqp3): nonzero entries mark
/// fixed columns on entry; on return `jpvt[j]` is the 0-based column of A
/// that became column `j` of `A P`.
pub fn gelsy<T: Scalar>(
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    jpvt: &mut [usize],
    rcond: T::Real,
    par: Par,
    work: Workspace<'_>,
) -> usize {
    complete_orthogonal(a, b, jpvt, rcond, par, work, PIVOT_BLOCK)
}

/// The deprecated `?gelsx`: [`gelsy`]'s minimum-norm solution and rank
/// with the QR factorization pivoted a column at a time (the deprecated
/// `?geqpf`, [`geqp3`](crate::qr::geqp3) unblocked) before the RZ factorization of
/// `?tzrqf` (the reflectors of [`tzrzf`]). A thin wrapper: the same `work`
/// ([`gelsy_req`]), `jpvt` and return value.
pub fn gelsx<T: Scalar>(
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    jpvt: &mut [usize],
    rcond: T::Real,
    par: Par,
    work: Workspace<'_>,
) -> usize {
    complete_orthogonal(a, b, jpvt, rcond, par, work, 1)
}

/// [`gelsy`] with the pivoted QR in blocks of `nb` columns.
fn complete_orthogonal<T: Scalar>(
    mut a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    jpvt: &mut [usize],
    rcond: T::Real,
    par: Par,
    mut work: Workspace<'_>,
    nb: usize,
) -> usize {
    let (m, n) = (a.nrows(), a.ncols());
    let nrhs = b.ncols();
    let mn = m.min(n);
    assert!(b.nrows() >= m.max(n) && jpvt.len() >= n, "gelsy: B or jpvt too small");
    if mn == 0 || nrhs == 0 {
        return 0;
    }
    let mut b = b.submatrix(0, 0, m.max(n), nrhs);
    let zero = T::Real::zero();
    let smlnum = lamch::<T::Real>(Machine::SafeMin) / lamch::<T::Real>(Machine::Precision);
    let bignum = T::Real::one() / smlnum;

    let anrm = lange(Norm::Max, a.rb(), &mut []);
    let mut iascl = 0;
    if anrm > zero && anrm < smlnum {
        lascl(MatrixKind::General, 0, 0, anrm, smlnum, m, n, a.rb_mut());
        iascl = 1;
    } else if anrm > bignum {
        lascl(MatrixKind::General, 0, 0, anrm, bignum, m, n, a.rb_mut());
        iascl = 2;
    } else if anrm == zero {
        laset(Part::Full, T::zero(), T::zero(), b.rb_mut());
        return 0;
    }
    let bnrm = lange(Norm::Max, b.rb().submatrix(0, 0, m, nrhs), &mut []);
    let mut ibscl = 0;
    if bnrm > zero && bnrm < smlnum {
        lascl(MatrixKind::General, 0, 0, bnrm, smlnum, m, nrhs, b.rb_mut().submatrix(0, 0, m, nrhs));
        ibscl = 1;
    } else if bnrm > bignum {
        lascl(MatrixKind::General, 0, 0, bnrm, bignum, m, nrhs, b.rb_mut().submatrix(0, 0, m, nrhs));
        ibscl = 2;
    }

    let (buf, mut work) = work.take::<T>(4 * mn);
    let (tau1, rest) = buf.split_at_mut(mn);
    let (tau2, rest) = rest.split_at_mut(mn);
    let (xmin, xmax) = rest.split_at_mut(mn);
    let nx = if nb > 1 { PIVOT_CROSSOVER } else { n };
    geqp3_with(a.rb_mut(), jpvt, tau1, par, work.rb_mut(), nb, nx);

    // The rank, by incremental condition estimation on R's leading triangles.
    xmin[0] = T::one();
    xmax[0] = T::one();
    let mut smax = modulus(a.get(0, 0));
    let mut smin = smax;
    let rank = if smax == zero {
        0
    } else {
        let mut rank = 1;
        while rank < mn {
            let i = rank;
            let col = a.rb().submatrix(0, i, rank, 1).col(0);
            let gamma = a.get(i, i);
            let lo = laic1(Extreme::Smallest, VecRef::from_slice(&xmin[..rank]), smin, col, gamma);
            let hi = laic1(Extreme::Largest, VecRef::from_slice(&xmax[..rank]), smax, col, gamma);
            if hi.sestpr * rcond <= lo.sestpr {
                for j in 0..rank {
                    xmin[j] = lo.s * xmin[j];
                    xmax[j] = hi.s * xmax[j];
                }
                xmin[rank] = lo.c;
                xmax[rank] = hi.c;
                smin = lo.sestpr;
                smax = hi.sestpr;
                rank += 1;
            } else {
                break;
            }
        }
        rank
    };
    if rank == 0 {
        laset(Part::Full, T::zero(), T::zero(), b.rb_mut());
        return 0;
    }

    // [R11 R12] = [T11 0] Y.
    if rank < n {
        tzrzf(a.rb_mut().submatrix(0, 0, rank, n), &mut tau2[..rank], par, work.rb_mut());
    }
    // B := Q^H B.
    let ar = a.rb().submatrix(0, 0, m, mn);
    ormqr(Side::Left, Trans::ConjTrans, ar, tau1, b.rb_mut().submatrix(0, 0, m, nrhs), par, work.rb_mut());
    // B(:rank) := T11^{-1} B(:rank), B(rank:n) := 0.
    Level3::new(par).trsm(
        Side::Left,
        Uplo::Upper,
        Trans::No,
        Diag::NonUnit,
        T::one(),
        a.rb().submatrix(0, 0, rank, rank),
        b.rb_mut().submatrix(0, 0, rank, nrhs),
    );
    for j in 0..nrhs {
        for i in rank..n {
            b.set(i, j, T::zero());
        }
    }
    // B := Y^H B.
    if rank < n {
        let ay = a.rb().submatrix(0, 0, rank, n);
        ormrz(
            Side::Left,
            Trans::ConjTrans,
            ay,
            n - rank,
            &tau2[..rank],
            b.rb_mut().submatrix(0, 0, n, nrhs),
            par,
            work.rb_mut(),
        );
    }
    // B := P B.
    let (perm, _) = work.take::<T>(n);
    for j in 0..nrhs {
        for i in 0..n {
            perm[jpvt[i]] = b.get(i, j);
        }
        for (i, &v) in perm.iter().enumerate() {
            b.set(i, j, v);
        }
    }
    // Undo the scaling.
    let mut bx = b.rb_mut().submatrix(0, 0, n, nrhs);
    if iascl == 1 {
        lascl(MatrixKind::General, 0, 0, anrm, smlnum, n, nrhs, bx.rb_mut());
        lascl(MatrixKind::Upper, 0, 0, smlnum, anrm, rank, rank, a.rb_mut().submatrix(0, 0, rank, rank));
    } else if iascl == 2 {
        lascl(MatrixKind::General, 0, 0, anrm, bignum, n, nrhs, bx.rb_mut());
        lascl(MatrixKind::Upper, 0, 0, bignum, anrm, rank, rank, a.rb_mut().submatrix(0, 0, rank, rank));
    }
    if ibscl == 1 {
        lascl(MatrixKind::General, 0, 0, smlnum, bnrm, n, nrhs, bx);
    } else if ibscl == 2 {
        lascl(MatrixKind::General, 0, 0, bignum, bnrm, n, nrhs, bx);
    }
    rank
}
