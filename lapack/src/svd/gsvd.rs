//! The generalized singular value decomposition of a matrix pair (`?ggsvd3`,
//! and the deprecated `?ggsvd` that computes the same): the reduction of
//! (A, B) to the triangular pair [`tgsja`] works on (`?ggsvp3`, `?ggsvp`), by
//! rank-revealing QR with column pivoting, RQ and QR steps, then the Jacobi
//! sweeps, then the sort of the pairs.
//!
//! For the `m x n` A and `p x n` B: `U^H A Q = D1 [0 R]`, `V^H B Q = D2 [0
//! R]`, U, V, Q unitary, R `(k+l) x (k+l)` upper triangular and nonsingular,
//! `k + l` the rank of `[A; B]`; D1 and D2 hold the pairs `(alpha, beta)`,
//! `alpha^2 + beta^2 = 1`, whose ratios are the generalized singular values
//! (for a square nonsingular B, the singular values of `A B^{-1}`).

use super::gsvd_jacobi::{tgsja, Accumulate};
use crate::gen_eigen::modulus;
use crate::qr::{geqp3, geqp3_req, geqr2, gerq2, org2r, orm2r, ormr2, Positive};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacpy, lapmt, laset, Part};
use ferroblas_kernels::aux::norms::{lange, Norm};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, Side, Trans};

/// The workspace [`ggsvp3`] needs for the `m x n` A and `p x n` B.
pub fn ggsvp3_req<T: Scalar>(m: usize, p: usize, n: usize) -> WorkReq {
    let scratch = geqp3_req::<T>(p, n).or(geqp3_req::<T>(m, n)).or(WorkReq::new::<T>(m.max(n).max(p)));
    WorkReq::new::<usize>(n).and(WorkReq::new::<T>(n)).and(scratch)
}

/// Zeroes the strictly lower triangle of the `r x r` block of `a` at `(0, j0)`.
fn zero_below<T: Scalar>(a: &mut MatMut<'_, T>, r: usize, j0: usize) {
    for j in 0..r {
        for i in j + 1..r {
            a.set(i, j0 + j, T::zero());
        }
    }
}

/// Reduces the `m x n` A and `p x n` B to the triangular pair of [`tgsja`]
/// (`?ggsvp3`): unitary U, V, Q with
///
/// ```text
///              n-k-l  k    l                     n-k-l  k    l
/// U^H A Q = k (  0   A12  A13 )  (m >= k+l)   V^H B Q = l (  0    0   B13 )
///           l (  0    0   A23 )                       p-l (  0    0    0  )
///         m-k-l( 0    0    0  )
/// ```
///
/// (`A23` trapezoidal when `m < k + l`), A12 and B13 upper triangular and
/// nonsingular, `k + l` the numerical rank of `[A; B]`: `l` is the rank of B
/// (diagonal of its pivoted QR above `tolb`), `k` that of the rest of A
/// (above `tola`). A and B are overwritten by the reduced pair; U (`m x m`),
/// V (`p x p`), Q (`n x n`) are formed when `wantu`, `wantv`, `wantq` (and
/// not referenced otherwise). Returns `(k, l)`. Workspace: [`ggsvp3_req`].
#[allow(clippy::too_many_arguments)]
pub fn ggsvp3<T: Scalar>(
    wantu: bool,
    wantv: bool,
    wantq: bool,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    tola: T::Real,
    tolb: T::Real,
    mut u: MatMut<'_, T>,
    mut v: MatMut<'_, T>,
    mut q: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) -> (usize, usize) {
    let (m, n, p) = (a.nrows(), a.ncols(), b.nrows());
    assert!(b.ncols() == n, "ggsvp3: A and B have different column counts");
    let (jpvt, mut rest) = work.take::<usize>(n);
    let (tau, mut ws) = rest.take::<T>(n);
    let z = T::zero();

    // B P = V (S11 S12; 0 0), l the numerical rank of B; A := A P.
    jpvt.fill(0);
    let kb = p.min(n);
    geqp3(b.rb_mut(), jpvt, &mut tau[..kb], par, ws.rb_mut());
    lapmt(true, a.rb_mut(), jpvt);
    let l = (0..kb).filter(|&i| modulus(b.rb().get(i, i)) > tolb).count();
    if wantv {
        laset(Part::Full, z, z, v.rb_mut());
        if p > 1 {
            let c = n.min(p - 1);
            lacpy(Part::Lower, b.rb().submatrix(1, 0, p - 1, c), v.rb_mut().submatrix(1, 0, p - 1, c));
        }
        org2r(v.rb_mut(), &tau[..kb]);
    }
    zero_below(&mut b, l, 0);
    if p > l {
        laset(Part::Full, z, z, b.rb_mut().submatrix(l, 0, p - l, n));
    }
    if wantq {
        laset(Part::Full, z, T::one(), q.rb_mut());
        lapmt(true, q.rb_mut(), jpvt);
    }
    let nl = n - l;
    {
        let (buf, _) = ws.take::<T>(m.max(n).max(p));
        if nl != 0 {
            // (S11 S12) = (0 S12') Z; A := A Z^H, Q := Q Z^H.
            gerq2(b.rb_mut().submatrix(0, 0, l, n), &mut tau[..l]);
            let zr = b.rb().submatrix(0, 0, l, n);
            ormr2(Side::Right, Trans::ConjTrans, zr, &tau[..l], a.rb_mut(), buf);
            if wantq {
                ormr2(Side::Right, Trans::ConjTrans, zr, &tau[..l], q.rb_mut(), buf);
            }
            laset(Part::Full, z, z, b.rb_mut().submatrix(0, 0, l, nl));
            zero_below(&mut b, l, nl);
        }
    }

    // A11 = A(:, 0..n-l): A11 P1 = U (T11 T12; 0 0), k its numerical rank.
    let jp = &mut jpvt[..nl];
    jp.fill(0);
    let ka = m.min(nl);
    geqp3(a.rb_mut().submatrix(0, 0, m, nl), jp, &mut tau[..ka], par, ws.rb_mut());
    let k = (0..ka).filter(|&i| modulus(a.rb().get(i, i)) > tola).count();
    let (buf, _) = ws.take::<T>(m.max(n).max(p));
    {
        // A12 := U^H A12.
        let (a11, a12) = a.rb_mut().split_at_col(nl);
        orm2r(Side::Left, Trans::ConjTrans, a11.rb().submatrix(0, 0, m, ka), &tau[..ka], a12, buf);
    }
    if wantu {
        laset(Part::Full, z, z, u.rb_mut());
        if m > 1 {
            let c = nl.min(m - 1);
            lacpy(Part::Lower, a.rb().submatrix(1, 0, m - 1, c), u.rb_mut().submatrix(1, 0, m - 1, c));
        }
        org2r(u.rb_mut(), &tau[..ka]);
    }
    if wantq {
        lapmt(true, q.rb_mut().submatrix(0, 0, n, nl), jp);
    }
    zero_below(&mut a, k, 0);
    if m > k {
        laset(Part::Full, z, z, a.rb_mut().submatrix(k, 0, m - k, nl));
    }
    if nl > k {
        // (T11 T12) = (0 T12') Z1; Q(:, 0..n-l) := Q(:, 0..n-l) Z1^H.
        gerq2(a.rb_mut().submatrix(0, 0, k, nl), &mut tau[..k]);
        if wantq {
            let zr = a.rb().submatrix(0, 0, k, nl);
            ormr2(Side::Right, Trans::ConjTrans, zr, &tau[..k], q.rb_mut().submatrix(0, 0, n, nl), buf);
        }
        laset(Part::Full, z, z, a.rb_mut().submatrix(0, 0, k, nl - k));
        zero_below(&mut a, k, nl - k);
    }
    if m > k {
        // A(k.., n-l..) = U2 (A23; 0); U(:, k..) := U(:, k..) U2.
        let kq = (m - k).min(l);
        geqr2(a.rb_mut().submatrix(k, nl, m - k, l), &mut tau[..kq], Positive::No);
        if wantu {
            let v2 = a.rb().submatrix(k, nl, m - k, kq);
            orm2r(Side::Right, Trans::No, v2, &tau[..kq], u.rb_mut().submatrix(0, k, m, m - k), buf);
        }
        for j in 0..l {
            for i in k + j + 1..m {
                a.set(i, nl + j, T::zero());
            }
        }
    }
    (k, l)
}

/// The workspace [`ggsvd3`] needs for the `m x n` A and `p x n` B.
pub fn ggsvd3_req<T: Scalar>(m: usize, p: usize, n: usize) -> WorkReq {
    ggsvp3_req::<T>(m, p, n).or(WorkReq::new::<T>(2 * n).and(WorkReq::new::<T::Real>(n)))
}

/// The numerical ranks, and whether the Jacobi sweeps converged, of a
/// [`ggsvd3`] call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gsvd {
    /// `k`: the rank of `[A; B]` minus that of B.
    pub k: usize,
    /// `l`: the rank of B.
    pub l: usize,
    /// `Err(Info::new(1))` when [`tgsja`] did not converge.
    pub info: Result<(), Info>,
}

/// The generalized singular value decomposition of the `m x n` A and `p x n`
/// B (`?ggsvd3`): `U^H A Q = D1 [0 R]`, `V^H B Q = D2 [0 R]` as the module
/// describes, by [`ggsvp3`] and [`tgsja`] with the tolerances
/// `max(m, n) max(|A|_1, safmin) eps` and `max(p, n) max(|B|_1, safmin) eps`.
///
/// `alpha`, `beta` (`n` each) receive the pairs as [`tgsja`] leaves them; R
/// is left in A (and B when `m < k + l`) as there. `sort` (`n`): on return
/// `sort[i]` for `i` in `k..min(k+l, m)` says how to sort the pairs: swapping
/// `alpha[i]` with `alpha[sort[i]]` for each `i` in order (0-based) leaves
/// `alpha[k..min(k+l, m)]` non-increasing; other entries are not written.
/// U (`m x m`), V (`p x p`), Q (`n x n`) are computed as asked. Workspace:
/// [`ggsvd3_req`].
#[allow(clippy::too_many_arguments)]
pub fn ggsvd3<T: Scalar>(
    wantu: bool,
    wantv: bool,
    wantq: bool,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    alpha: &mut [T::Real],
    beta: &mut [T::Real],
    mut u: MatMut<'_, T>,
    mut v: MatMut<'_, T>,
    mut q: MatMut<'_, T>,
    sort: &mut [usize],
    par: Par,
    mut work: Workspace<'_>,
) -> Gsvd {
    let (m, n, p) = (a.nrows(), a.ncols(), b.nrows());
    assert!(alpha.len() >= n && beta.len() >= n && sort.len() >= n, "ggsvd3: an array is too short");
    let anorm = lange(Norm::One, a.rb(), &mut []);
    let bnorm = lange(Norm::One, b.rb(), &mut []);
    let ulp = lamch::<T::Real>(Machine::Precision);
    let unfl = lamch::<T::Real>(Machine::SafeMin);
    let count = |x: usize| T::Real::from_f64(x as f64);
    let tola = count(m.max(n)) * anorm.max(unfl) * ulp;
    let tolb = count(p.max(n)) * bnorm.max(unfl) * ulp;
    let (k, l) = ggsvp3(
        wantu,
        wantv,
        wantq,
        a.rb_mut(),
        b.rb_mut(),
        tola,
        tolb,
        u.rb_mut(),
        v.rb_mut(),
        q.rb_mut(),
        par,
        work.rb_mut(),
    );
    let job = |w: bool| if w { Accumulate::Update } else { Accumulate::No };
    let (tw, mut rest) = work.take::<T>(2 * n);
    let res = tgsja(job(wantu), job(wantv), job(wantq), k, l, a, b, tola, tolb, alpha, beta, u, v, q, tw);
    // Selection sort of alpha(k..k+ibnd) on a copy, recording the swaps.
    let (sorted, _) = rest.take::<T::Real>(n);
    sorted.copy_from_slice(&alpha[..n]);
    let ibnd = l.min(m - k);
    for i in 0..ibnd {
        let mut isub = i;
        let mut smax = sorted[k + i];
        for j in i + 1..ibnd {
            if sorted[k + j] > smax {
                isub = j;
                smax = sorted[k + j];
            }
        }
        if isub != i {
            sorted[k + isub] = sorted[k + i];
            sorted[k + i] = smax;
        }
        sort[k + i] = k + isub;
    }
    Gsvd { k, l, info: res.map(|_| ()) }
}

#[cfg(test)]
#[path = "gsvd_tests.rs"]
mod tests;
