//! LU factorization with complete pivoting of a small matrix (`?getc2`), the
//! solve with it (`?gesc2`), and the contribution of one such system to the
//! reciprocal `Dif` estimate (`?latdf`). The generalized Sylvester solver
//! ([`tgsy2`](super::generalized::tgsy2)) uses them on its systems of 2 to 8
//! unknowns.
//!
//! Complete pivoting makes the size of `U`'s diagonal reveal how close the
//! system is to singular; a pivot below `max(eps |largest entry|, safmin /
//! eps)` is replaced by that bound (the system solved is then a slightly
//! perturbed one), and the solve scales its right-hand side down instead of
//! overflowing.

// Indices run over rows and columns of Z and the vectors alike.
#![allow(clippy::needless_range_loop)]

use super::small::cdiv;
use crate::condition::{lacn2, latrs, modulus, Lacn2State, NormIn, Product};
use crate::relapack::pivots::PivotIndex;
use crate::Info;
use ferroblas_kernels::aux::lassq::lassq;
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::aux::vectors::rscl;
use ferroblas_kernels::level1;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{Diag, MatMut, MatRef, Trans, Uplo, VecMut, VecRef};

/// The largest order [`latdf`] accepts: the reference's local arrays hold 8
/// unknowns, the size of the largest system `tgsy2` builds.
pub const LATDF_MAX: usize = 8;

/// `safmin / eps`: pivots are never smaller, so `1 / pivot` cannot overflow.
fn small_pivot<R: RealScalar>() -> R {
    lamch::<R>(Machine::SafeMin) / lamch::<R>(Machine::Precision)
}

/// Factors the `n x n` matrix `a` as `P A Q = L U` with complete pivoting
/// (`?getc2`): `L` unit lower triangular below the diagonal, `U` upper
/// triangular on and above it; row `i` was swapped with row `ipiv[i]` and
/// column `i` with column `jpiv[i]` at step `i` (`n` entries each).
///
/// Pivots are chosen by the true modulus, the last largest in row order on a
/// tie, as the reference does. A pivot below `max(eps |a_max|, safmin /
/// eps)` (`a_max` the first pivot) is replaced by that bound: `Err(Info)`
/// then names the last such pivot (INFO = its 1-based index), and the
/// factors are those of a slightly perturbed `A`.
pub fn getc2<T: Scalar, P: PivotIndex>(mut a: MatMut<'_, T>, ipiv: &mut [P], jpiv: &mut [P]) -> Result<(), Info> {
    let n = a.nrows();
    assert!(a.ncols() == n, "getc2: A is not square");
    assert!(ipiv.len() >= n && jpiv.len() >= n, "getc2: pivot arrays shorter than n");
    if n == 0 {
        return Ok(());
    }
    let eps = lamch::<T::Real>(Machine::Precision);
    let smlnum = small_pivot::<T::Real>();
    let mut info = None;
    let mut smin = smlnum;
    for i in 0..n - 1 {
        let (mut ip, mut jp, mut xmax) = (i, i, <T::Real as Scalar>::zero());
        for r in i..n {
            for c in i..n {
                let v = modulus(a.get(r, c));
                if v >= xmax {
                    (ip, jp, xmax) = (r, c, v);
                }
            }
        }
        if i == 0 {
            smin = (eps * xmax).max(smlnum);
        }
        if ip != i {
            for c in 0..n {
                let t = a.get(i, c);
                a.set(i, c, a.get(ip, c));
                a.set(ip, c, t);
            }
        }
        ipiv[i] = P::from_row(ip);
        if jp != i {
            for r in 0..n {
                let t = a.get(r, i);
                a.set(r, i, a.get(r, jp));
                a.set(r, jp, t);
            }
        }
        jpiv[i] = P::from_row(jp);
        if modulus(a.get(i, i)) < smin {
            info = Some(i);
            a.set(i, i, T::from_real(smin));
        }
        let piv = a.get(i, i);
        for r in i + 1..n {
            a.set(r, i, cdiv(a.get(r, i), piv));
        }
        for c in i + 1..n {
            let u = a.get(i, c);
            for r in i + 1..n {
                a.set(r, c, a.get(r, c) - a.get(r, i) * u);
            }
        }
    }
    // For n = 1 smin stays safmin / eps: a lone entry is only kept from
    // being too small to invert.
    if modulus(a.get(n - 1, n - 1)) < smin {
        info = Some(n - 1);
        a.set(n - 1, n - 1, T::from_real(smin));
    }
    ipiv[n - 1] = P::from_row(n - 1);
    jpiv[n - 1] = P::from_row(n - 1);
    match info {
        Some(i) => Err(Info::from_index(i)),
        None => Ok(()),
    }
}

/// The row (or column) swapped at step `k`, checked against the order `n`.
fn piv<P: PivotIndex>(p: &[P], k: usize, n: usize) -> usize {
    match p[k].row() {
        Some(r) if r < n => r,
        _ => panic!("pivot {k} outside the matrix"),
    }
}

/// `rhs := P rhs` (the row swaps `ipiv[0..n-1]` in order), or undone when `reverse`.
fn permute<T: Copy, P: PivotIndex>(rhs: &mut [T], p: &[P], reverse: bool) {
    let n = rhs.len();
    let steps = 0..n.saturating_sub(1);
    let swap = |rhs: &mut [T], k| rhs.swap(k, piv(p, k, n));
    if reverse {
        steps.rev().for_each(|k| swap(rhs, k));
    } else {
        steps.for_each(|k| swap(rhs, k));
    }
}

/// Solves `A x = scale rhs` in place of `rhs` with the factorization from
/// [`getc2`] (`?gesc2`); returns `scale <= 1`, below one when the solution
/// would otherwise come near overflow: when `2 (safmin / eps) max|rhs|`
/// exceeds `|U(n,n)|`, the right-hand side is first scaled to largest entry 1/2.
pub fn gesc2<T: Scalar, P: PivotIndex>(a: MatRef<'_, T>, rhs: &mut [T], ipiv: &[P], jpiv: &[P]) -> T::Real {
    let n = a.nrows();
    assert!(a.ncols() == n && rhs.len() >= n, "gesc2: operand shapes disagree");
    let one = <T::Real as Scalar>::one();
    let rhs = &mut rhs[..n];
    if n == 0 {
        return one;
    }
    permute(rhs, ipiv, false);
    for i in 0..n - 1 {
        let ri = rhs[i];
        for j in i + 1..n {
            rhs[j] -= a.get(j, i) * ri;
        }
    }
    let two = one + one;
    let mut scale = one;
    let imax = level1::iamax(VecRef::from_slice(rhs)).unwrap_or(0);
    let big = modulus(rhs[imax]);
    // The last pivot is the smallest (complete pivoting): if rhs / U(n,n)
    // could overflow, halve the largest entry's reciprocal first.
    if two * small_pivot::<T::Real>() * big > modulus(a.get(n - 1, n - 1)) {
        let t = (one / two) / big;
        rhs.iter_mut().for_each(|v| *v = v.scale_real(t));
        scale = t;
    }
    for i in (0..n).rev() {
        let t = cdiv(T::one(), a.get(i, i));
        let mut v = rhs[i] * t;
        for j in i + 1..n {
            v -= rhs[j] * (a.get(i, j) * t);
        }
        rhs[i] = v;
    }
    permute(rhs, jpiv, true);
    scale
}

/// How [`latdf`] picks the right-hand side that makes the solution large.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DifMethod {
    /// LAPACK's IJOB = 1 (and any value but 2): entries of +-1 chosen greedily
    /// with a look-ahead while solving with `L`, and for the last with `U`.
    LookAhead,
    /// IJOB = 2: the approximate null vector of the `?gecon` estimator on the
    /// factors (infinity-norm), added to and subtracted from the right-hand side.
    Gecon,
}

impl DifMethod {
    /// LAPACK's IJOB: 2 is [`DifMethod::Gecon`], anything else the look-ahead.
    pub fn from_int(ijob: i64) -> Self {
        if ijob == 2 {
            DifMethod::Gecon
        } else {
            DifMethod::LookAhead
        }
    }
}

/// Adds the contribution of one system `Z x = rhs`, factored by [`getc2`],
/// to the reciprocal `Dif` estimate (`?latdf`): `rhs` (the accumulated
/// right-hand side) is overwritten with a solution of `Z x = b` for a `b`
/// chosen to make `x` large, and `|x|^2` is added to the scaled sum of
/// squares `(rdscal, rdsum)`, which is returned updated.
///
/// `n <= `[`LATDF_MAX`], as in the reference.
#[allow(clippy::too_many_arguments)]
pub fn latdf<T: Scalar, P: PivotIndex>(
    method: DifMethod,
    z: MatRef<'_, T>,
    rhs: &mut [T],
    rdsum: T::Real,
    rdscal: T::Real,
    ipiv: &[P],
    jpiv: &[P],
) -> (T::Real, T::Real) {
    let n = z.nrows();
    assert!(z.ncols() == n && rhs.len() >= n, "latdf: operand shapes disagree");
    assert!(n <= LATDF_MAX, "latdf: order {n} beyond {LATDF_MAX}");
    let rhs = &mut rhs[..n];
    if n == 0 {
        return (rdscal, rdsum);
    }
    let one = <T::Real as Scalar>::one();
    let mut xp = [T::zero(); LATDF_MAX];
    let xp = &mut xp[..n];
    match method {
        DifMethod::LookAhead => {
            permute(rhs, ipiv, false);
            // The first tie goes to -1, later ones to +1: that gets matrices
            // like Byers' example right (Kagstrom and Westin).
            let mut pmone = -T::one();
            for j in 0..n - 1 {
                let (mut splus, mut sminu) = (one, <T::Real as Scalar>::zero());
                for k in j + 1..n {
                    let zkj = z.get(k, j);
                    splus += zkj.re() * zkj.re() + zkj.im() * zkj.im();
                    sminu += (z.get(k, j).conj() * rhs[k]).re();
                }
                splus *= rhs[j].re();
                rhs[j] = if splus > sminu {
                    rhs[j] + T::one()
                } else if sminu > splus {
                    rhs[j] - T::one()
                } else {
                    let v = rhs[j] + pmone;
                    pmone = T::one();
                    v
                };
                let rj = rhs[j];
                for k in j + 1..n {
                    rhs[k] -= rj * z.get(k, j);
                }
            }
            // The last entry with U, +1 or -1, whichever gives the larger x:
            // U(n,n) approximates the smallest singular value, so this is
            // where the ill-conditioning shows.
            xp.copy_from_slice(rhs);
            xp[n - 1] = rhs[n - 1] + T::one();
            rhs[n - 1] -= T::one();
            let (mut splus, mut sminu) = (<T::Real as Scalar>::zero(), <T::Real as Scalar>::zero());
            for i in (0..n).rev() {
                let t = cdiv(T::one(), z.get(i, i));
                let (mut a, mut b) = (xp[i] * t, rhs[i] * t);
                for k in i + 1..n {
                    a -= xp[k] * (z.get(i, k) * t);
                    b -= rhs[k] * (z.get(i, k) * t);
                }
                (xp[i], rhs[i]) = (a, b);
                splus += modulus(a);
                sminu += modulus(b);
            }
            if splus > sminu {
                rhs.copy_from_slice(xp);
            }
            permute(rhs, jpiv, true);
        }
        DifMethod::Gecon => {
            let mut xm = [T::zero(); LATDF_MAX];
            let xm = &mut xm[..n];
            null_vector(z, xm);
            permute(xm, ipiv, true);
            let nrm2 = xm.iter().fold(<T::Real as Scalar>::zero(), |s, v| s + v.re() * v.re() + v.im() * v.im());
            let t = one / nrm2.sqrt();
            for k in 0..n {
                xm[k] = xm[k].scale_real(t);
                xp[k] = xm[k] + rhs[k];
                rhs[k] -= xm[k];
            }
            // The scales are ignored, as the reference does: the right-hand
            // sides are of order one.
            gesc2(z, rhs, ipiv, jpiv);
            gesc2(z, xp, ipiv, jpiv);
            if level1::asum(VecRef::from_slice(xp)) > level1::asum(VecRef::from_slice(rhs)) {
                rhs.copy_from_slice(xp);
            }
        }
    }
    lassq(VecRef::from_slice(rhs), rdscal, rdsum)
}

/// The vector `v = inv(Z)^H w` (`Z = L U`, `w` of unit infinity-norm) for
/// which the 1-norm estimator of `inv(Z)^H` settles, as `?gecon` with
/// `NORM = 'I'` leaves it in its workspace: a direction `Z^H` nearly
/// annihilates.
fn null_vector<T: Scalar>(z: MatRef<'_, T>, v: &mut [T]) {
    let n = z.nrows();
    let mut x = [T::zero(); LATDF_MAX];
    let x = &mut x[..n];
    let mut isgn = [0i8; LATDF_MAX];
    let mut cnorm = [<T::Real as Scalar>::zero(); 2 * LATDF_MAX];
    let (cnorm_l, cnorm_u) = cnorm.split_at_mut(LATDF_MAX);
    let smlnum = lamch::<T::Real>(Machine::SafeMin);
    let mut est = <T::Real as Scalar>::zero();
    let mut state = Lacn2State::new();
    let mut normin = NormIn::Compute;
    let mut next = lacn2(v, x, &mut isgn[..n], &mut est, false, &mut state);
    while let Some(p) = next {
        // The infinity-norm of inv(Z) is the 1-norm of inv(Z)^H: the
        // estimator's "A" is inv(Z)^H, its "A^H" the direct solve.
        let (sl, su);
        if p == Product::AH {
            sl = latrs(Uplo::Lower, Trans::No, Diag::Unit, normin, z, VecMut::from_slice(x), cnorm_l);
            su = latrs(Uplo::Upper, Trans::No, Diag::NonUnit, normin, z, VecMut::from_slice(x), cnorm_u);
        } else {
            su = latrs(Uplo::Upper, Trans::ConjTrans, Diag::NonUnit, normin, z, VecMut::from_slice(x), cnorm_u);
            sl = latrs(Uplo::Lower, Trans::ConjTrans, Diag::Unit, normin, z, VecMut::from_slice(x), cnorm_l);
        }
        normin = NormIn::Given;
        let s = sl * su;
        if s != <T::Real as Scalar>::one() {
            let ix = level1::iamax(VecRef::from_slice(x)).unwrap_or(0);
            // A solve that would overflow ends the estimate where it stands,
            // as `?gecon`'s early exit does.
            if s < x[ix].abs1() * smlnum || s == <T::Real as Scalar>::zero() {
                return;
            }
            rscl(s, VecMut::from_slice(x));
        }
        next = lacn2(v, x, &mut isgn[..n], &mut est, true, &mut state);
    }
}
