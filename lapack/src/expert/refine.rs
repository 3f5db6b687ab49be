//! Iterative refinement with error bounds (`?gerfs`, `?gbrfs`, `?porfs`,
//! `?pbrfs`, `?syrfs`/`?herfs`) and the error bounds alone for triangular
//! systems (`?trrfs`).
//!
//! Each right-hand side is refined as the reference does: the residual
//! `r = b - op(A) x` in working precision, the componentwise backward error
//! `berr = max_i |r_i| / (|op(A)| |x| + |b|)_i` (Oettli-Prager), and a
//! correction solved with the factorization while `berr > eps`, it at least
//! halves, and at most 5 corrections were made. The forward error bound is
//! `norm_inf(|inv(op(A))| (|r| + nz eps (|op(A)| |x| + |b|))) / norm_inf(x)`,
//! the norm estimated by Higham's estimator ([`lacn2`](crate::condition::lacn2)),
//! `nz` the most entries of a row plus one.

use crate::band::{gbtrs, pbtrs};
use crate::cholesky::potrs;
use crate::condition::{norm1_estimate_on, norm1_estimate_req, take_reals, CondScratch, Product};
use crate::lu::getrs;
use crate::relapack::pivots::{BlockPivotIndex, PivotIndex};
use crate::relapack::sytrf::sytrs;
use crate::{Par, WorkReq};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::level2::trsv;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::{MatMut, MatRef, VecMut};
use ferroblas_kernels::{Diag, Trans, Uplo};
use std::ops::ControlFlow;

/// Most corrections per right-hand side (the reference's `ITMAX`).
const ITMAX: usize = 5;

/// The workspace the refinement routines need for order `n`.
///
/// The routines also run on the reference's WORK (`3 n` for real types, `2 n`
/// for complex ones) with its IWORK (`n`) or RWORK (`n`) as the pair
/// `(work, side)` of [`CondScratch`].
pub fn rfs_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T>(n).and(WorkReq::new::<T::Real>(n)).and(norm1_estimate_req::<T>(n))
}

/// Column `j` of the full matrix A: `f(i, A(i, j))` for each entry that may
/// be non-zero.
type Entries<'a, T> = &'a dyn Fn(usize, &mut dyn FnMut(usize, T));

/// The solutions: refined in place, or only read (`?trrfs`).
enum Solutions<'a, T> {
    Refined(MatMut<'a, T>),
    Fixed(MatRef<'a, T>),
}

impl<T: Scalar> Solutions<'_, T> {
    fn view(&self) -> MatRef<'_, T> {
        match self {
            Solutions::Refined(x) => x.rb(),
            Solutions::Fixed(x) => *x,
        }
    }
}

/// The refinement and bounds common to all: A through `col` (its residual
/// taken with `op(A)`), `solve(t, v)` overwrites `v` by `inv(t(A)) v`
/// (`t` the operation asked, which the symmetric solves ignore); fixed
/// solutions are only bounded (`?trrfs`).
#[allow(clippy::too_many_arguments)]
fn refine_core<'w, T: Scalar>(
    trans: Trans,
    nz: usize,
    col: Entries<'_, T>,
    mut solve: impl FnMut(Trans, &mut [T]),
    b: MatRef<'_, T>,
    mut x: Solutions<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    work: impl CondScratch<'w>,
) {
    let (n, nrhs) = (x.view().nrows(), x.view().ncols());
    assert!(b.nrows() == n && b.ncols() == nrhs, "rfs: B and X shapes disagree");
    let (ferr, berr) = (&mut ferr[..nrhs], &mut berr[..nrhs]);
    let zero = T::Real::zero();
    if n == 0 || nrhs == 0 {
        ferr.fill(zero);
        berr.fill(zero);
        return;
    }
    // As the reference lays out WORK: r, then the estimator's v; w (real)
    // in WORK for real types and in RWORK for complex ones. r doubles as the
    // estimator's x once the bound's weights are taken from it.
    let (mut work, mut side) = work.into_parts();
    let (r, mut work) = work.take::<T>(n);
    let (w, (mut work, mut side)) = take_reals::<T>(&mut work, &mut side, n);
    let eps = lamch::<T::Real>(Machine::Eps);
    let nzr: T::Real = RealScalar::from_f64(nz as f64);
    let safe1 = nzr * lamch::<T::Real>(Machine::SafeMin);
    let safe2 = safe1 / eps;
    let two: T::Real = RealScalar::from_f64(2.0);
    // The operations of the bound's products (the reference's TRANSN, TRANST).
    let (tn, tt) = if trans == Trans::No { (Trans::No, Trans::ConjTrans) } else { (Trans::ConjTrans, Trans::No) };
    for j in 0..nrhs {
        let mut count = 1;
        let mut lstres = RealScalar::from_f64(3.0);
        loop {
            // r = b - op(A) x and w = |b| + |op(A)| |x|.
            let xv = x.view();
            let xj = xv.col(j);
            for i in 0..n {
                r[i] = b.get(i, j);
                w[i] = b.get(i, j).abs1();
            }
            for k in 0..n {
                col(k, &mut |i, a| match trans {
                    Trans::No => {
                        r[i] -= a * xj.get(k);
                        w[i] += a.abs1() * xj.get(k).abs1();
                    }
                    _ => {
                        let a = if trans == Trans::ConjTrans { a.conj() } else { a };
                        r[k] -= a * xj.get(i);
                        w[k] += a.abs1() * xj.get(i).abs1();
                    }
                });
            }
            let s = (0..n).fold(zero, |s: T::Real, i| {
                let q = if w[i] > safe2 { r[i].abs1() / w[i] } else { (r[i].abs1() + safe1) / (w[i] + safe1) };
                s.max(q)
            });
            berr[j] = s;
            if let (Solutions::Refined(x), true) = (&mut x, s > eps && two * s <= lstres && count <= ITMAX) {
                solve(trans, r);
                let mut xc = x.rb_mut().col_mut(j);
                for (i, &ri) in r.iter().enumerate() {
                    xc.set(i, xc.rb().get(i) + ri);
                }
                lstres = s;
                count += 1;
                continue;
            }
            break;
        }
        for i in 0..n {
            let bound = r[i].abs1() + nzr * eps * w[i];
            w[i] = if w[i] > safe2 { bound } else { bound + safe1 };
        }
        let est = norm1_estimate_on::<T>(
            r,
            |p, v| {
                match p {
                    Product::A => {
                        solve(tt, v);
                        v.iter_mut().zip(w.iter()).for_each(|(vi, &wi)| *vi = vi.scale_real(wi));
                    }
                    Product::AH => {
                        v.iter_mut().zip(w.iter()).for_each(|(vi, &wi)| *vi = vi.scale_real(wi));
                        solve(tn, v);
                    }
                }
                ControlFlow::Continue(())
            },
            (work.rb_mut(), side.rb_mut()),
        )
        .unwrap_or(zero);
        let xmax = (0..n).fold(zero, |m: T::Real, i| m.max(x.view().get(i, j).abs1()));
        ferr[j] = if xmax != zero { est / xmax } else { est };
    }
}

/// A column `v` as an `n x 1` matrix.
fn col_mat<T: Scalar>(v: &mut [T]) -> MatMut<'_, T> {
    let n = v.len();
    MatMut::from_col_major(v, n, 1, n.max(1))
}

/// Refines the solutions `x` of `op(A) X = B` (`n x nrhs`) for the general
/// `a` with its LU factorization (`lu`, `ipiv`) from
/// [`getrf`](crate::lu::getrf), and bounds their errors: `ferr[j]` bounds
/// `norm_inf(x_j - x_true) / norm_inf(x_j)`, `berr[j]` is the componentwise
/// backward error (`?gerfs`). `work` as [`rfs_req`] says.
#[allow(clippy::too_many_arguments)]
pub fn gerfs<'w, T: Scalar, P: PivotIndex>(
    trans: Trans,
    a: MatRef<'_, T>,
    lu: MatRef<'_, T>,
    ipiv: &[P],
    b: MatRef<'_, T>,
    x: MatMut<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    work: impl CondScratch<'w>,
) {
    let n = a.nrows();
    let col = |j: usize, f: &mut dyn FnMut(usize, T)| (0..n).for_each(|i| f(i, a.get(i, j)));
    let solve = |t: Trans, v: &mut [T]| getrs(t, lu, ipiv, col_mat(v), Par::Seq);
    refine_core(trans, n + 1, &col, solve, b, Solutions::Refined(x), ferr, berr, work);
}

/// [`gerfs`] for the band matrix with `kl` sub- and `ku` superdiagonals in
/// band storage `ab` (`kl + ku + 1` rows, `A(i, j)` at `ab[ku + i - j, j]`)
/// and its factorization (`lu`, `ipiv`) from [`gbtrf`](crate::band::gbtrf) (`?gbrfs`).
#[allow(clippy::too_many_arguments)]
pub fn gbrfs<'w, T: Scalar, P: PivotIndex>(
    trans: Trans,
    kl: usize,
    ku: usize,
    ab: MatRef<'_, T>,
    lu: MatRef<'_, T>,
    ipiv: &[P],
    b: MatRef<'_, T>,
    x: MatMut<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    work: impl CondScratch<'w>,
) {
    let n = ab.ncols();
    let col = |j: usize, f: &mut dyn FnMut(usize, T)| {
        (j.saturating_sub(ku)..(j + kl + 1).min(n)).for_each(|i| f(i, ab.get(ku + i - j, j)))
    };
    let solve = |t: Trans, v: &mut [T]| gbtrs(t, kl, ku, lu, ipiv, col_mat(v), Par::Seq);
    refine_core(trans, (kl + ku + 2).min(n + 1), &col, solve, b, Solutions::Refined(x), ferr, berr, work);
}

/// Entry `(i, j)` of the symmetric (`herm = false`) or Hermitian matrix
/// from the one stored at `(i, j)` or, mirrored, `(j, i)`: `get(p, q)` reads
/// the stored triangle. A Hermitian diagonal is taken as real.
#[inline]
fn sym_entry<T: Scalar>(uplo: Uplo, herm: bool, i: usize, j: usize, get: impl Fn(usize, usize) -> T) -> T {
    let stored = if uplo == Uplo::Upper { i <= j } else { i >= j };
    if i == j && herm {
        T::from_real(get(i, i).re())
    } else if stored {
        get(i, j)
    } else if herm {
        get(j, i).conj()
    } else {
        get(j, i)
    }
}

/// [`gerfs`] for the Hermitian positive definite `a` (its `uplo` triangle)
/// with its Cholesky factor from [`potrf`](crate::cholesky::potrf) (`?porfs`).
#[allow(clippy::too_many_arguments)]
pub fn porfs<'w, T: Scalar>(
    uplo: Uplo,
    a: MatRef<'_, T>,
    factor: MatRef<'_, T>,
    b: MatRef<'_, T>,
    x: MatMut<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    work: impl CondScratch<'w>,
) {
    let n = a.nrows();
    let col = |j: usize, f: &mut dyn FnMut(usize, T)| {
        (0..n).for_each(|i| f(i, sym_entry(uplo, true, i, j, |p, q| a.get(p, q))))
    };
    let solve = |_: Trans, v: &mut [T]| potrs(uplo, factor, col_mat(v), Par::Seq);
    refine_core(Trans::No, n + 1, &col, solve, b, Solutions::Refined(x), ferr, berr, work);
}

/// [`porfs`] for the band matrix with `kd` off-diagonals in the `uplo`
/// band storage `ab` and its factor from [`pbtrf`](crate::band::pbtrf) (`?pbrfs`).
#[allow(clippy::too_many_arguments)]
pub fn pbrfs<'w, T: Scalar>(
    uplo: Uplo,
    kd: usize,
    ab: MatRef<'_, T>,
    factor: MatRef<'_, T>,
    b: MatRef<'_, T>,
    x: MatMut<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    work: impl CondScratch<'w>,
) {
    let n = ab.ncols();
    // Stored (p, q) of the uplo triangle, |p - q| <= kd.
    let get = |p: usize, q: usize| if uplo == Uplo::Upper { ab.get(kd + p - q, q) } else { ab.get(p - q, q) };
    let col = |j: usize, f: &mut dyn FnMut(usize, T)| {
        (j.saturating_sub(kd)..(j + kd + 1).min(n)).for_each(|i| f(i, sym_entry(uplo, true, i, j, get)))
    };
    let solve = |_: Trans, v: &mut [T]| pbtrs(uplo, kd, factor, col_mat(v), Par::Seq);
    refine_core(Trans::No, (2 * kd + 2).min(n + 1), &col, solve, b, Solutions::Refined(x), ferr, berr, work);
}

/// [`gerfs`] for the symmetric (`herm = false`) or Hermitian `a` (its
/// `uplo` triangle) with its Bunch-Kaufman factorization (`factor`, `ipiv`)
/// from [`sytrf`](crate::indefinite::sytrf) (`?syrfs`, `?herfs`).
#[allow(clippy::too_many_arguments)]
pub fn syrfs<'w, T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatRef<'_, T>,
    factor: MatRef<'_, T>,
    ipiv: &[P],
    b: MatRef<'_, T>,
    x: MatMut<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    work: impl CondScratch<'w>,
) {
    let n = a.nrows();
    let col = |j: usize, f: &mut dyn FnMut(usize, T)| {
        (0..n).for_each(|i| f(i, sym_entry(uplo, herm, i, j, |p, q| a.get(p, q))))
    };
    let solve = |_: Trans, v: &mut [T]| sytrs(uplo, herm, factor, ipiv, col_mat(v));
    refine_core(Trans::No, n + 1, &col, solve, b, Solutions::Refined(x), ferr, berr, work);
}

/// The error bounds of the solutions `x` of the triangular system
/// `op(A) X = B` (`?trrfs`): `ferr`, `berr` as [`gerfs`]'s; `x` is not changed.
#[allow(clippy::too_many_arguments)]
pub fn trrfs<'w, T: Scalar>(
    uplo: Uplo,
    trans: Trans,
    diag: Diag,
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    x: MatRef<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    work: impl CondScratch<'w>,
) {
    let n = a.nrows();
    let unit = diag == Diag::Unit;
    let col = |j: usize, f: &mut dyn FnMut(usize, T)| {
        let rows = if uplo == Uplo::Upper { 0..j + 1 } else { j..n };
        for i in rows {
            f(i, if i == j && unit { T::one() } else { a.get(i, j) });
        }
    };
    let solve = |t: Trans, v: &mut [T]| trsv(uplo, t, diag, a, VecMut::from_slice(v));
    refine_core(trans, n + 1, &col, solve, b, Solutions::Fixed(x), ferr, berr, work);
}

#[cfg(test)]
pub(crate) mod residual {
    #![allow(clippy::needless_range_loop)]
    use super::*;
    use crate::condition::testutil::{cabs, Dense, Rng, TestScalar};
    use crate::relapack::pivots::BlockPivot;
    use crate::WorkBuffer;
    use ferroblas_kernels::{c32, c64};

    const SIZES: [usize; 5] = [0, 1, 2, 3, 17];
    const NRHS: [usize; 3] = [0, 1, 3];

    fn r<T: Scalar>(v: f64) -> T::Real {
        RealScalar::from_f64(v)
    }

    /// `n x nrhs` right-hand sides in a buffer with leading dimension `n + 2`.
    pub(crate) fn rhs<T: TestScalar>(n: usize, nrhs: usize, rng: &mut Rng) -> Vec<T> {
        (0..(n + 2) * nrhs).map(|_| rng.scalar()).collect()
    }

    /// `op(A)` of a dense matrix.
    pub(crate) fn op<T: TestScalar>(a: &Dense<T>, trans: Trans) -> Dense<T> {
        match trans {
            Trans::No => a.clone(),
            Trans::Trans => a.transpose(),
            Trans::ConjTrans => a.conj_transpose(),
        }
    }

    /// `x` from `solve` (the factorization's solution), then perturbed by a
    /// relative 1e-3 so the refinement has something to correct.
    fn start<T: TestScalar>(b: &[T], n: usize, nrhs: usize, solve: impl Fn(MatMut<'_, T>), rng: &mut Rng) -> Vec<T> {
        let mut x = b.to_vec();
        solve(MatMut::from_col_major(&mut x, n, nrhs, n + 2));
        for v in x.iter_mut() {
            *v = v.scale_real(r::<T>(1.0 + 1e-3 * rng.uniform()));
        }
        x
    }

    /// The refined `x` against `inv(op(A)) b` in c64: FERR bounds the true
    /// error (and is small for these well-conditioned matrices), BERR is a
    /// few eps.
    pub(crate) fn verify<T: TestScalar>(
        opa: &Dense<T>,
        b: &[T],
        x: &[T],
        nrhs: usize,
        ferr: &[T::Real],
        berr: &[T::Real],
        what: &str,
    ) {
        verify_cap(opa, b, x, nrhs, ferr, berr, 1e4, what)
    }

    /// [`verify`] with FERR allowed up to `cap n eps` (scaled problems bound more loosely).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn verify_cap<T: TestScalar>(
        opa: &Dense<T>,
        b: &[T],
        x: &[T],
        nrhs: usize,
        ferr: &[T::Real],
        berr: &[T::Real],
        cap: f64,
        what: &str,
    ) {
        let n = opa.n;
        let ld = n + 2;
        let eps = T::Real::EPSILON.to_f64();
        let inv = opa.to_c64().inverse().expect("nonsingular");
        for j in 0..nrhs {
            let bj: Vec<c64> = (0..n).map(|i| b[i + j * ld].to_c64()).collect();
            let a64 = opa.to_c64();
            let mut xe: Vec<c64> =
                (0..n).map(|i| (0..n).fold(c64::new(0.0, 0.0), |s, k| s + inv.get(i, k) * bj[k])).collect();
            // Two steps of refinement make the oracle accurate to about eps(f64) cond.
            for _ in 0..2 {
                let res: Vec<c64> = (0..n).map(|i| (0..n).fold(bj[i], |s, k| s - a64.get(i, k) * xe[k])).collect();
                for i in 0..n {
                    xe[i] += (0..n).fold(c64::new(0.0, 0.0), |s, k| s + inv.get(i, k) * res[k]);
                }
            }
            let (mut err, mut xmax) = (0.0f64, 0.0f64);
            for i in 0..n {
                err = err.max(cabs(x[i + j * ld].to_c64() - xe[i]));
                xmax = xmax.max(x[i + j * ld].to_c64().re.abs() + x[i + j * ld].to_c64().im.abs());
            }
            let (f, be) = (ferr[j].to_f64(), berr[j].to_f64());
            if n == 0 {
                assert_eq!((f, be), (0.0, 0.0), "{what}");
                continue;
            }
            assert!(err / xmax <= 1.01 * f + 4.0 * eps, "{what} n={n} rhs {j}: error {} > ferr {f}", err / xmax);
            assert!(f < cap * (n as f64) * eps, "{what} n={n}: ferr {f} too large");
            assert!(be <= 4.0 * eps, "{what} n={n}: berr {be} / eps = {}", be / eps);
        }
        for j in nrhs..ferr.len() {
            assert_eq!(ferr[j].to_f64(), -1.0, "{what}: ferr past nrhs written");
        }
    }

    fn outs<T: Scalar>(nrhs: usize) -> (Vec<T::Real>, Vec<T::Real>) {
        (vec![r::<T>(-1.0); nrhs + 1], vec![r::<T>(-1.0); nrhs + 1])
    }

    fn check_ge<T: TestScalar>(seed: u64) {
        let mut rng = Rng::new(seed);
        for n in SIZES {
            for nrhs in NRHS {
                for trans in [Trans::No, Trans::Trans, Trans::ConjTrans] {
                    let a = Dense::<T>::random(n, &mut rng, 2);
                    let lda = n + 1;
                    let mut abuf = vec![T::zero(); lda * n];
                    for j in 0..n {
                        for i in 0..n {
                            abuf[i + j * lda] = a.get(i, j);
                        }
                    }
                    let mut lu = abuf.clone();
                    let mut ipiv = vec![0usize; n];
                    crate::lu::getrf(MatMut::from_col_major(&mut lu, n, n, lda.max(1)), &mut ipiv, Par::Seq).unwrap();
                    let luv = MatRef::from_col_major(&lu, n, n, lda.max(1));
                    let b = rhs::<T>(n, nrhs, &mut rng);
                    let mut x = start(&b, n, nrhs, |xm| getrs(trans, luv, &ipiv, xm, Par::Seq), &mut rng);
                    let (mut ferr, mut berr) = outs::<T>(nrhs);
                    let mut buf = WorkBuffer::new(rfs_req::<T>(n));
                    gerfs(
                        trans,
                        MatRef::from_col_major(&abuf, n, n, lda.max(1)),
                        luv,
                        &ipiv,
                        MatRef::from_col_major(&b, n, nrhs, n + 2),
                        MatMut::from_col_major(&mut x, n, nrhs, n + 2),
                        &mut ferr[..nrhs],
                        &mut berr[..nrhs],
                        buf.workspace(),
                    );
                    verify(&op(&a, trans), &b, &x, nrhs, &ferr, &berr, "gerfs");

                    // The same matrix as a band with kl = min(1, n-1) sub- and ku = 2 superdiagonals.
                    let (kl, ku) = (1.min(n.saturating_sub(1)), 2.min(n.saturating_sub(1)));
                    let mut band = a.clone();
                    for j in 0..n {
                        for i in 0..n {
                            if i + ku < j || i > j + kl {
                                band.set(i, j, T::zero());
                            }
                        }
                    }
                    let ldab = kl + ku + 2;
                    let ldafb = 2 * kl + ku + 1;
                    let mut ab = vec![T::zero(); ldab * n];
                    let mut afb = vec![T::zero(); ldafb * n];
                    for j in 0..n {
                        for i in j.saturating_sub(ku)..(j + kl + 1).min(n) {
                            ab[ku + i - j + j * ldab] = band.get(i, j);
                            afb[kl + ku + i - j + j * ldafb] = band.get(i, j);
                        }
                    }
                    let mut bw = WorkBuffer::new(crate::band::gbtrf_req::<T>(n, n, kl));
                    crate::band::gbtrf(
                        n,
                        kl,
                        ku,
                        MatMut::from_col_major(&mut afb, ldafb, n, ldafb),
                        &mut ipiv,
                        Par::Seq,
                        bw.workspace(),
                    )
                    .unwrap();
                    let afbv = MatRef::from_col_major(&afb, ldafb, n, ldafb);
                    let mut x = start(&b, n, nrhs, |xm| gbtrs(trans, kl, ku, afbv, &ipiv, xm, Par::Seq), &mut rng);
                    gbrfs(
                        trans,
                        kl,
                        ku,
                        MatRef::from_col_major(&ab, kl + ku + 1, n, ldab),
                        afbv,
                        &ipiv,
                        MatRef::from_col_major(&b, n, nrhs, n + 2),
                        MatMut::from_col_major(&mut x, n, nrhs, n + 2),
                        &mut ferr[..nrhs],
                        &mut berr[..nrhs],
                        buf.workspace(),
                    );
                    verify(&op(&band, trans), &b, &x, nrhs, &ferr, &berr, "gbrfs");

                    // Triangular: the upper or lower triangle of the dominant matrix, x only bounded.
                    for (uplo, diag) in [(Uplo::Upper, Diag::NonUnit), (Uplo::Lower, Diag::Unit)] {
                        let mut t = a.clone();
                        for j in 0..n {
                            for i in 0..n {
                                let out = if uplo == Uplo::Upper { i > j } else { i < j };
                                if out {
                                    t.set(i, j, T::zero());
                                } else if i == j && diag == Diag::Unit {
                                    t.set(i, j, T::one());
                                }
                            }
                        }
                        let tv = MatRef::from_col_major(&abuf, n, n, lda.max(1));
                        let mut x = b.clone();
                        for j in 0..nrhs {
                            trsv(uplo, trans, diag, tv, MatMut::from_col_major(&mut x, n, nrhs, n + 2).col_mut(j));
                        }
                        let x0 = x.clone();
                        trrfs(
                            uplo,
                            trans,
                            diag,
                            tv,
                            MatRef::from_col_major(&b, n, nrhs, n + 2),
                            MatRef::from_col_major(&x, n, nrhs, n + 2),
                            &mut ferr[..nrhs],
                            &mut berr[..nrhs],
                            buf.workspace(),
                        );
                        assert_eq!(x, x0, "trrfs changed x");
                        verify(&op(&t, trans), &b, &x, nrhs, &ferr, &berr, "trrfs");
                    }
                }
            }
        }
    }

    #[test]
    fn gerfs_gbrfs_trrfs_all_precisions() {
        check_ge::<f32>(21);
        check_ge::<f64>(22);
        check_ge::<c32>(23);
        check_ge::<c64>(24);
    }

    /// A Hermitian (`herm`) or complex symmetric matrix with entries within
    /// `kd` of the diagonal; `dominant` adds `2 kd + 2` to the diagonal
    /// (positive definite when Hermitian), otherwise the diagonal is random.
    fn sym_band<T: TestScalar>(n: usize, kd: usize, herm: bool, dominant: bool, rng: &mut Rng) -> Dense<T> {
        let mut a = Dense::<T>::zeros(n);
        for j in 0..n {
            for i in j.saturating_sub(kd)..=j {
                let mut v: T = rng.scalar();
                if i == j {
                    if herm {
                        v = T::from_real(v.re());
                    }
                    if dominant {
                        v += T::from_real(r::<T>(2.0 * kd as f64 + 2.0));
                    }
                }
                a.set(i, j, v);
                a.set(j, i, if herm { v.conj() } else { v });
            }
        }
        a
    }

    fn check_sym<T: TestScalar>(seed: u64) {
        let mut rng = Rng::new(seed);
        for n in SIZES {
            for nrhs in NRHS {
                for uplo in [Uplo::Upper, Uplo::Lower] {
                    let lda = n + 1;
                    let (mut ferr, mut berr) = outs::<T>(nrhs);
                    let mut buf = WorkBuffer::new(rfs_req::<T>(n));
                    let b = rhs::<T>(n, nrhs, &mut rng);
                    let bv = MatRef::from_col_major(&b, n, nrhs, n + 2);
                    let stored = |a: &Dense<T>| {
                        // The uplo triangle only; the other holds garbage that must not be read.
                        let mut s = vec![T::from_real(r::<T>(f64::NAN)); lda * n];
                        for j in 0..n {
                            for i in 0..n {
                                if (uplo == Uplo::Upper) == (i <= j) || i == j {
                                    s[i + j * lda] = a.get(i, j);
                                }
                            }
                        }
                        s
                    };

                    // porfs on a dense Hermitian positive definite matrix.
                    let a = sym_band::<T>(n, n, true, true, &mut rng);
                    let abuf = stored(&a);
                    let mut f = abuf.clone();
                    crate::cholesky::potrf(uplo, MatMut::from_col_major(&mut f, n, n, lda.max(1)), Par::Seq).unwrap();
                    let fv = MatRef::from_col_major(&f, n, n, lda.max(1));
                    let mut x = start(&b, n, nrhs, |xm| potrs(uplo, fv, xm, Par::Seq), &mut rng);
                    let av = MatRef::from_col_major(&abuf, n, n, lda.max(1));
                    porfs(
                        uplo,
                        av,
                        fv,
                        bv,
                        MatMut::from_col_major(&mut x, n, nrhs, n + 2),
                        &mut ferr[..nrhs],
                        &mut berr[..nrhs],
                        buf.workspace(),
                    );
                    verify(&a, &b, &x, nrhs, &ferr, &berr, "porfs");

                    // pbrfs with kd = 2.
                    let kd = 2.min(n.saturating_sub(1));
                    let a = sym_band::<T>(n, kd, true, true, &mut rng);
                    let ldab = kd + 2;
                    let mut ab = vec![T::zero(); ldab * n];
                    for j in 0..n {
                        for i in j.saturating_sub(kd)..(j + kd + 1).min(n) {
                            if uplo == Uplo::Upper && i <= j {
                                ab[kd + i - j + j * ldab] = a.get(i, j);
                            } else if uplo == Uplo::Lower && i >= j {
                                ab[i - j + j * ldab] = a.get(i, j);
                            }
                        }
                    }
                    let mut fb = ab.clone();
                    let mut bw = WorkBuffer::new(crate::band::pbtrf_req::<T>(n, kd));
                    crate::band::pbtrf(
                        uplo,
                        kd,
                        MatMut::from_col_major(&mut fb, kd + 1, n, ldab),
                        Par::Seq,
                        bw.workspace(),
                    )
                    .unwrap();
                    let fbv = MatRef::from_col_major(&fb, kd + 1, n, ldab);
                    let mut x = start(&b, n, nrhs, |xm| pbtrs(uplo, kd, fbv, xm, Par::Seq), &mut rng);
                    let abv = MatRef::from_col_major(&ab, kd + 1, n, ldab);
                    pbrfs(
                        uplo,
                        kd,
                        abv,
                        fbv,
                        bv,
                        MatMut::from_col_major(&mut x, n, nrhs, n + 2),
                        &mut ferr[..nrhs],
                        &mut berr[..nrhs],
                        buf.workspace(),
                    );
                    verify(&a, &b, &x, nrhs, &ferr, &berr, "pbrfs");

                    // syrfs / herfs on an indefinite matrix (random diagonal plus a shift
                    // keeping it well conditioned).
                    for herm in [false, true] {
                        if herm && !T::IS_COMPLEX {
                            continue;
                        }
                        let mut a = sym_band::<T>(n, n, herm, false, &mut rng);
                        for i in 0..n {
                            let s = if i % 2 == 0 { 3.0 } else { -3.0 } * (n as f64).sqrt();
                            a.set(i, i, a.get(i, i) + T::from_real(r::<T>(s)));
                        }
                        let abuf = stored(&a);
                        let mut f = abuf.clone();
                        let mut ipiv = vec![BlockPivot::default(); n];
                        let mut sw = WorkBuffer::new(crate::indefinite::sytrf_req::<T>(n));
                        crate::indefinite::sytrf(
                            uplo,
                            herm,
                            MatMut::from_col_major(&mut f, n, n, lda.max(1)),
                            &mut ipiv,
                            Par::Seq,
                            sw.workspace(),
                        )
                        .unwrap();
                        let fv = MatRef::from_col_major(&f, n, n, lda.max(1));
                        let mut x = start(&b, n, nrhs, |xm| sytrs(uplo, herm, fv, &ipiv, xm), &mut rng);
                        let av = MatRef::from_col_major(&abuf, n, n, lda.max(1));
                        syrfs(
                            uplo,
                            herm,
                            av,
                            fv,
                            &ipiv,
                            bv,
                            MatMut::from_col_major(&mut x, n, nrhs, n + 2),
                            &mut ferr[..nrhs],
                            &mut berr[..nrhs],
                            buf.workspace(),
                        );
                        verify(&a, &b, &x, nrhs, &ferr, &berr, if herm { "herfs" } else { "syrfs" });
                    }
                }
            }
        }
    }

    #[test]
    fn porfs_pbrfs_syrfs_all_precisions() {
        check_sym::<f32>(31);
        check_sym::<f64>(32);
        check_sym::<c32>(33);
        check_sym::<c64>(34);
    }
}
