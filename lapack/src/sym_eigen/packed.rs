//! Hermitian (real: symmetric) eigenproblems with the matrix in packed
//! storage: the reduction to tridiagonal form ([`sptrd`], `?sptrd`/`?hptrd`),
//! its Q ([`opgtr`], `?opgtr`/`?upgtr`; [`opmtr`], `?opmtr`/`?upmtr`) and
//! the drivers [`spev`] (`?spev`/`?hpev`), [`spevd`] (`?spevd`/`?hpevd`) and
//! [`spevx`] (`?spevx`/`?hpevx`).
//!
//! Packed storage keeps the `uplo` triangle column by column: with
//! `Uplo::Upper` `A[i, j]` (`i <= j`) at `j (j + 1) / 2 + i`, with
//! `Uplo::Lower` `A[i, j]` (`i >= j`) at `j (2n - j - 1) / 2 + i`.
//!
//! The reflectors [`sptrd`] leaves in `ap` are those [`sytrd`] leaves in the
//! same triangle of a full matrix, so Q is generated and applied by
//! unpacking them into a full matrix and running [`orgtr`] / [`ormtr`]
//! (blocked) on it: `?opmtr` needs an `nq x nq` workspace for that, which
//! the reference's reflector-by-reflector application does without.
//!
//! [`sytrd`]: super::reduce::sytrd

use super::bisection::{stebz_req, stein_req, Block, EigRange};
use super::drivers::{driver_sigma, Jobz};
use super::expert::{expert_sigma, expert_tridiagonal, scale_bounds, unscale_eigenvalues};
use super::reduce::{orgtr, orgtr_req, ormtr, ormtr_req};
use super::tridiagonal::{stedc, stedc_req, steqr, steqr_req, sterf, Compz};
use crate::householder::{apply_left_unit, apply_right_unit, larfg};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::norms::{lansp, Norm};
use ferroblas_kernels::level1::{axpy, dotc};
use ferroblas_kernels::level2::{hpmv, hpr2, Layout};
use ferroblas_kernels::{MatMut, RealScalar, Scalar, Side, Trans, Uplo, VecMut, VecRef};

pub use crate::packed::packed_len;

/// The position of `A[i, j]` (in the `uplo` triangle) in packed storage of
/// order `n`.
#[inline]
pub fn packed_index(uplo: Uplo, n: usize, i: usize, j: usize) -> usize {
    let upper = uplo == Uplo::Upper;
    crate::packed::col_start(upper, n, j) + if upper { i } else { i - j }
}

/// Sets a packed element to its real part.
fn make_real<T: Scalar>(ap: &mut [T], k: usize) {
    ap[k] = T::from_real(ap[k].re());
}

/// Reduces the Hermitian (real: symmetric) matrix of order `n` in packed
/// storage `ap` (its `uplo` triangle) to real symmetric tridiagonal form
/// `T = Q^H A Q` (`?sptrd`/`?hptrd`).
///
/// `d[..n]` receives T's diagonal and `e[..n-1]` its off-diagonal, which
/// also overwrite the diagonal and first super- (upper) or subdiagonal
/// (lower) of `ap`; the rest of the triangle and `tau[..n-1]` hold the
/// reflectors as [`sytrd`](super::reduce::sytrd) leaves them in a full
/// matrix. No workspace: `tau` is each step's scratch vector.
pub fn sptrd<T: Scalar>(uplo: Uplo, n: usize, ap: &mut [T], d: &mut [T::Real], e: &mut [T::Real], tau: &mut [T]) {
    if n == 0 {
        return;
    }
    assert!(ap.len() >= packed_len(n), "sptrd: ap is shorter than n(n+1)/2");
    assert!(d.len() >= n && e.len() >= n - 1 && tau.len() >= n - 1, "sptrd: d, e or tau too short");
    let (zero, one) = (T::zero(), T::one());
    let half = T::from_real(T::Real::from_f64(0.5));
    let layout = Layout::ColMajor;
    match uplo {
        Uplo::Upper => {
            make_real(ap, packed_len(n) - 1);
            for i in (0..n - 1).rev() {
                // H(i) annihilates A[..i, i+1]; column i+1 follows the
                // leading (i+1)-triangle it updates.
                let s = packed_len(i + 1);
                let (lead, rest) = ap.split_at_mut(s);
                let col = &mut rest[..i + 2];
                let mut alpha = col[i];
                let taui = larfg(&mut alpha, VecMut::from_slice(&mut col[..i]));
                e[i] = alpha.re();
                if taui.is_zero() {
                    make_real(lead, s - 1);
                } else {
                    col[i] = one;
                    let v = VecRef::from_slice(&col[..=i]);
                    let w = &mut tau[..=i];
                    hpmv(layout, Uplo::Upper, taui, lead, v, zero, VecMut::from_slice(w));
                    let c = -(half * taui * dotc(VecRef::from_slice(w), v));
                    axpy(c, v, VecMut::from_slice(w));
                    hpr2(layout, Uplo::Upper, -one, v, VecRef::from_slice(w), lead);
                }
                col[i] = T::from_real(e[i]);
                d[i + 1] = col[i + 1].re();
                tau[i] = taui;
            }
            d[0] = ap[0].re();
        }
        Uplo::Lower => {
            make_real(ap, 0);
            for i in 0..n - 1 {
                // H(i) annihilates A[i+2.., i]; the trailing triangle it
                // updates follows column i.
                let c0 = packed_index(Uplo::Lower, n, i, i);
                let c1 = c0 + n - i;
                let (head, trail) = ap.split_at_mut(c1);
                let col = &mut head[c0..];
                let mut alpha = col[1];
                let taui = larfg(&mut alpha, VecMut::from_slice(&mut col[2..]));
                e[i] = alpha.re();
                if taui.is_zero() {
                    make_real(trail, 0);
                } else {
                    col[1] = one;
                    let v = VecRef::from_slice(&col[1..]);
                    let w = &mut tau[i..n - 1];
                    hpmv(layout, Uplo::Lower, taui, trail, v, zero, VecMut::from_slice(w));
                    let c = -(half * taui * dotc(VecRef::from_slice(w), v));
                    axpy(c, v, VecMut::from_slice(w));
                    hpr2(layout, Uplo::Lower, -one, v, VecRef::from_slice(w), trail);
                }
                col[1] = T::from_real(e[i]);
                d[i] = col[0].re();
                tau[i] = taui;
            }
            d[n - 1] = ap[packed_len(n) - 1].re();
        }
    }
}

/// Copies the reflectors [`sptrd`] left in `ap` into the full `n x n` `a`
/// where [`sytrd`](super::reduce::sytrd) would have left them (the rest of
/// `a` zero).
fn unpack_reflectors<T: Scalar>(uplo: Uplo, ap: &[T], mut a: MatMut<'_, T>) {
    let n = a.nrows();
    for j in 0..n {
        for i in 0..n {
            a.set(i, j, T::zero());
        }
    }
    for i in 0..n.saturating_sub(1) {
        match uplo {
            Uplo::Upper => {
                let s = packed_len(i + 1);
                for (r, &x) in ap[s..s + i].iter().enumerate() {
                    a.set(r, i + 1, x);
                }
            }
            Uplo::Lower => {
                let c0 = packed_index(Uplo::Lower, n, i, i);
                for (r, &x) in ap[c0 + 2..c0 + n - i].iter().enumerate() {
                    a.set(i + 2 + r, i, x);
                }
            }
        }
    }
}

/// The workspace [`opgtr`] needs for order `n`.
pub fn opgtr_req<T: Scalar>(uplo: Uplo, n: usize) -> WorkReq {
    orgtr_req::<T>(uplo, n)
}

/// Overwrites `q` (`n x n`) with the unitary (real: orthogonal) Q of
/// [`sptrd`] from its reflectors in `ap` and `tau` (`n - 1`)
/// (`?opgtr`/`?upgtr`).
pub fn opgtr<T: Scalar>(uplo: Uplo, ap: &[T], tau: &[T], mut q: MatMut<'_, T>, par: Par, work: Workspace<'_>) {
    let n = q.nrows();
    assert_eq!(q.ncols(), n, "opgtr: Q is not square");
    if n == 0 {
        return;
    }
    assert!(ap.len() >= packed_len(n) && tau.len() >= n - 1, "opgtr: ap or tau too short");
    unpack_reflectors(uplo, ap, q.rb_mut());
    orgtr(uplo, q, &tau[..n - 1], par, work);
}

/// The workspace [`opmtr`] needs for `C` of `m x n`.
pub fn opmtr_req<T: Scalar>(side: Side, uplo: Uplo, m: usize, n: usize) -> WorkReq {
    let nq = if side == Side::Left { m } else { n };
    if m == 0 || n == 0 || nq <= 1 {
        return WorkReq::EMPTY;
    }
    WorkReq::new::<T>(nq * nq).and(ormtr_req::<T>(side, uplo, m, n))
}

/// `C := op(Q) C` (`Side::Left`) or `C op(Q)` (`Side::Right`) for the Q of
/// [`sptrd`] held in `ap` and `tau` (order `m` for the left side, `n` for
/// the right) (`?opmtr`/`?upmtr`).
#[allow(clippy::too_many_arguments)]
pub fn opmtr<T: Scalar>(
    side: Side,
    uplo: Uplo,
    trans: Trans,
    ap: &[T],
    tau: &[T],
    c: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) {
    let (m, n) = (c.nrows(), c.ncols());
    let nq = if side == Side::Left { m } else { n };
    if m == 0 || n == 0 || nq <= 1 {
        return;
    }
    assert!(ap.len() >= packed_len(nq) && tau.len() >= nq - 1, "opmtr: ap or tau too short");
    if !work.fits(opmtr_req::<T>(side, uplo, m, n)) {
        return opmtr_unblocked(side, uplo, trans, ap, tau, c, work);
    }
    let (buf, work) = work.take::<T>(nq * nq);
    let mut a = MatMut::from_col_major(buf, nq, nq, nq);
    unpack_reflectors(uplo, ap, a.rb_mut());
    ormtr(side, uplo, trans, a.rb(), &tau[..nq - 1], c, par, work);
}

/// [`opmtr`] one reflector at a time, read where [`sptrd`] left it in `ap`
/// (the unit element implicit): `work` holds `n` (left) or `m` (right)
/// elements, the reference's WORK, where the blocked path's copy of the
/// reflectors does not fit.
fn opmtr_unblocked<T: Scalar>(
    side: Side,
    uplo: Uplo,
    trans: Trans,
    ap: &[T],
    tau: &[T],
    mut c: MatMut<'_, T>,
    mut work: Workspace<'_>,
) {
    let (m, n) = (c.nrows(), c.ncols());
    let left = side == Side::Left;
    let nq = if left { m } else { n };
    let (w, _) = work.take::<T>(if left { 0 } else { m });
    let notran = trans == Trans::No;
    // Q = H(nq-2) ... H(0) (upper) or H(0) ... H(nq-2) (lower): the
    // reflectors run in ascending order for Q C and C Q^H (upper) or
    // Q^H C and C Q (lower).
    let ascending = (left == notran) == (uplo == Uplo::Upper);
    for k in 0..nq - 1 {
        let i = if ascending { k } else { nq - 2 - k };
        let t = if notran { tau[i] } else { tau[i].conj() };
        match uplo {
            // v = [ap(0..i, column i + 1); 1] on rows (columns) 0..=i:
            // reversed, the unit leads.
            Uplo::Upper => {
                let s = packed_len(i + 1);
                let tail = VecRef::from_slice(&ap[s..s + i]).reversed();
                if left {
                    apply_left_unit(t, tail, c.rb_mut().submatrix(0, 0, i + 1, n).reversed_rows());
                } else {
                    apply_right_unit(t, tail, c.rb_mut().submatrix(0, 0, m, i + 1).reversed(), w);
                }
            }
            // v = [1; ap(i + 2.., column i)] on rows (columns) i + 1..nq.
            Uplo::Lower => {
                let c0 = packed_index(Uplo::Lower, nq, i, i);
                let tail = VecRef::from_slice(&ap[c0 + 2..c0 + nq - i]);
                if left {
                    apply_left_unit(t, tail, c.rb_mut().submatrix(i + 1, 0, nq - 1 - i, n));
                } else {
                    apply_right_unit(t, tail, c.rb_mut().submatrix(0, i + 1, m, nq - 1 - i), w);
                }
            }
        }
    }
}

/// Scales the packed `ap` of order `n` by `factor(max |a_ij|)` when that is
/// `Some`; returns the factor.
fn scale_packed<T: Scalar>(
    uplo: Uplo,
    n: usize,
    ap: &mut [T],
    factor: impl Fn(T::Real) -> Option<T::Real>,
) -> Option<T::Real> {
    let ap = &mut ap[..packed_len(n)];
    let sigma = factor(lansp(Norm::Max, uplo, true, n, ap, &mut []))?;
    ap.iter_mut().for_each(|x| *x = x.scale_real(sigma));
    Some(sigma)
}

/// The `1 x 1` problem of the drivers.
fn order_one<T: Scalar>(jobz: Jobz, ap: &[T], w: &mut [T::Real], mut z: MatMut<'_, T>) {
    w[0] = ap[0].re();
    if jobz == Jobz::Vectors {
        z.set(0, 0, T::one());
    }
}

/// The workspace [`spev`] needs for order `n`.
pub fn spev_req<T: Scalar>(jobz: Jobz, n: usize) -> WorkReq {
    if n <= 1 {
        return WorkReq::EMPTY;
    }
    let mut after = WorkReq::EMPTY;
    if jobz == Jobz::Vectors {
        after = opgtr_req::<T>(Uplo::Lower, n).or(opgtr_req::<T>(Uplo::Upper, n)).or(steqr_req::<T>(Compz::Update, n));
    }
    WorkReq::new::<T::Real>(n).and(WorkReq::new::<T>(n)).and(after)
}

/// All eigenvalues, and optionally the eigenvectors, of the Hermitian (real:
/// symmetric) matrix of order `n` in packed storage `ap` (its `uplo`
/// triangle), by the implicit QL/QR iteration (`?spev`/`?hpev`).
///
/// `w` (`n`) receives the eigenvalues ascending; with [`Jobz::Vectors`] `z`
/// (`n x n`) the orthonormal eigenvectors in the order of `w` (otherwise `z`
/// is not referenced). `ap` is destroyed. `Err(i)`: the iteration failed
/// to converge, `i` off-diagonal elements of an intermediate tridiagonal
/// form did not reach zero.
#[allow(clippy::too_many_arguments)]
pub fn spev<T: Scalar>(
    jobz: Jobz,
    uplo: Uplo,
    n: usize,
    ap: &mut [T],
    w: &mut [T::Real],
    mut z: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    if n == 0 {
        return Ok(());
    }
    if n == 1 {
        order_one(jobz, ap, w, z);
        return Ok(());
    }
    let w = &mut w[..n];
    let sigma = scale_packed(uplo, n, ap, driver_sigma);
    let (e, mut work) = work.take::<T::Real>(n);
    let (tau, mut work) = work.take::<T>(n);
    sptrd(uplo, n, ap, w, e, tau);
    let r = match jobz {
        Jobz::NoVectors => sterf(w, &mut e[..n - 1]),
        Jobz::Vectors => {
            let mut z = z.rb_mut().submatrix(0, 0, n, n);
            opgtr(uplo, ap, &tau[..n - 1], z.rb_mut(), par, work.rb_mut());
            steqr(Compz::Update, w, &mut e[..n - 1], z, work)
        }
    };
    unscale_eigenvalues(sigma, r, w);
    r
}

/// The workspace [`spevd`] needs for order `n`.
pub fn spevd_req<T: Scalar>(jobz: Jobz, n: usize) -> WorkReq {
    if n <= 1 {
        return WorkReq::EMPTY;
    }
    let mut after = WorkReq::EMPTY;
    if jobz == Jobz::Vectors {
        let apply = opmtr_req::<T>(Side::Left, Uplo::Lower, n, n).or(opmtr_req::<T>(Side::Left, Uplo::Upper, n, n));
        after = stedc_req::<T>(Compz::Init, n, n).or(apply);
    }
    WorkReq::new::<T::Real>(n).and(WorkReq::new::<T>(n)).and(after)
}

/// All eigenvalues, and optionally the eigenvectors, of the Hermitian (real:
/// symmetric) matrix of order `n` in packed storage `ap` (its `uplo`
/// triangle), by divide and conquer (`?spevd`/`?hpevd`).
///
/// Output as [`spev`]. `Err` when an eigenvalue could not be computed, as
/// [`sterf`] (no vectors) or [`stedc`].
#[allow(clippy::too_many_arguments)]
pub fn spevd<T: Scalar>(
    jobz: Jobz,
    uplo: Uplo,
    n: usize,
    ap: &mut [T],
    w: &mut [T::Real],
    mut z: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    if n == 0 {
        return Ok(());
    }
    if n == 1 {
        order_one(jobz, ap, w, z);
        return Ok(());
    }
    let w = &mut w[..n];
    let sigma = scale_packed(uplo, n, ap, driver_sigma);
    let (e, mut work) = work.take::<T::Real>(n);
    let (tau, mut work) = work.take::<T>(n);
    sptrd(uplo, n, ap, w, e, tau);
    let r = match jobz {
        Jobz::NoVectors => sterf(w, &mut e[..n - 1]),
        Jobz::Vectors => {
            let mut z = z.rb_mut().submatrix(0, 0, n, n);
            let r = stedc(Compz::Init, w, &mut e[..n - 1], z.rb_mut(), par, work.rb_mut());
            opmtr(Side::Left, uplo, Trans::No, ap, &tau[..n - 1], z, par, work);
            r
        }
    };
    // The reference scales all of w back, whatever the status.
    unscale_eigenvalues(sigma, Ok(()), w);
    r
}

/// The workspace [`spevx`] needs for order `n`.
pub fn spevx_req<T: Scalar>(jobz: Jobz, n: usize) -> WorkReq {
    if n <= 1 {
        return WorkReq::EMPTY;
    }
    let mut qr_path = WorkReq::new::<T::Real>(n);
    let mut after_stebz = stebz_req::<T::Real>(n);
    if jobz == Jobz::Vectors {
        qr_path = qr_path.and(
            opgtr_req::<T>(Uplo::Lower, n).or(opgtr_req::<T>(Uplo::Upper, n)).or(steqr_req::<T>(Compz::Update, n)),
        );
        let apply = opmtr_req::<T>(Side::Left, Uplo::Lower, n, n).or(opmtr_req::<T>(Side::Left, Uplo::Upper, n, n));
        after_stebz = after_stebz
            .or(WorkReq::new::<usize>(n).and(WorkReq::new::<usize>(n)).and(stein_req::<T::Real>(n).or(apply)));
    }
    let bisect = WorkReq::new::<Block>(n).and(WorkReq::new::<usize>(n)).and(after_stebz);
    WorkReq::new::<T::Real>(2 * n).and(WorkReq::new::<T>(n)).and(qr_path.or(bisect))
}

/// Selected eigenvalues, and optionally eigenvectors, of the Hermitian (real:
/// symmetric) matrix of order `n` in packed storage `ap` (its `uplo`
/// triangle) (`?spevx`/`?hpevx`).
///
/// Returns `m`, the number of eigenvalues found, and the status, with the
/// outputs of [`syevx`](super::expert::syevx): `w` (`n`) ascending, the
/// first `m` columns of `z` (`n x` [`syevx_columns`](super::expert::syevx_columns))
/// their eigenvectors, `ifail` (`n`) the columns whose inverse iteration
/// failed. `abstol <= 0` with all eigenvalues wanted: the QR iteration
/// computes them. `ap` is destroyed.
#[allow(clippy::too_many_arguments)]
pub fn spevx<T: Scalar>(
    jobz: Jobz,
    range: EigRange<T::Real>,
    uplo: Uplo,
    n: usize,
    ap: &mut [T],
    abstol: T::Real,
    w: &mut [T::Real],
    mut z: MatMut<'_, T>,
    ifail: &mut [Option<usize>],
    par: Par,
    mut work: Workspace<'_>,
) -> (usize, Result<(), Info>) {
    type R<T> = <T as Scalar>::Real;
    let wantz = jobz == Jobz::Vectors;
    if n == 0 {
        return (0, Ok(()));
    }
    if n == 1 {
        let a11 = ap[0].re();
        let m = match range {
            EigRange::Values(vl, vu) => usize::from(vl < a11 && vu >= a11),
            _ => 1,
        };
        if m == 1 {
            w[0] = a11;
        }
        if wantz {
            z.set(0, 0, T::one());
        }
        return (m, Ok(()));
    }

    let sigma = scale_packed(uplo, n, ap, expert_sigma);
    let (abstll, range_s) = scale_bounds(sigma, abstol, range);

    let (de, mut work) = work.take::<R<T>>(2 * n);
    let (d, e) = de.split_at_mut(n);
    let (tau, work) = work.take::<T>(n);
    sptrd(uplo, n, ap, d, e, tau);
    let tau = &tau[..n - 1];

    expert_tridiagonal(
        wantz,
        range,
        range_s,
        abstol,
        abstll,
        sigma,
        d,
        e,
        w,
        z,
        ifail,
        |zq, work| opgtr(uplo, ap, tau, zq, par, work),
        |zm, work| opmtr(Side::Left, uplo, Trans::No, ap, tau, zm, par, work),
        work,
    )
}
