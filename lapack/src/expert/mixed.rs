//! Mixed-precision solvers (`dsgesv`, `zcgesv`, `dsposv`, `zcposv`): factor
//! a copy of A rounded to the lower precision `L`, refine the solution with
//! residuals in the working precision `T`, and fall back to the
//! factorization in `T` when the low-precision one cannot deliver.

use crate::cholesky::{potrf, potrs};
use crate::lu::{getrf, getrs};
use crate::relapack::level3::Level3;
use crate::relapack::pivots::PivotIndex;
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::convert::{lag2, lat2};
use ferroblas_kernels::aux::matrix::{lacpy, Part};
use ferroblas_kernels::aux::norms::{lange, lansy, Norm};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::level1::iamax;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::{MatMut, MatRef};
use ferroblas_kernels::{Side, Trans, Uplo};

/// Most refinement steps before the fall-back (the reference's `ITERMAX`).
const ITERMAX: usize = 30;

/// How a mixed-precision solve went (LAPACK's `ITER`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MixedIter {
    /// The low-precision solution met the tolerance after this many
    /// refinement steps (`ITER >= 0`).
    Converged(usize),
    /// A or a right-hand side (or a correction) would overflow in the low
    /// precision; solved in the working precision (`ITER = -2`).
    Overflow,
    /// The low-precision factorization failed; solved in the working
    /// precision (`ITER = -3`).
    LowFactorFailed,
    /// No convergence in 30 steps; solved in the working precision
    /// (`ITER = -31`).
    NoConvergence,
}

impl MixedIter {
    /// LAPACK's `ITER`.
    pub fn lapack_iter(self) -> i64 {
        match self {
            MixedIter::Converged(k) => k as i64,
            MixedIter::Overflow => -2,
            MixedIter::LowFactorFailed => -3,
            MixedIter::NoConvergence => -(ITERMAX as i64) - 1,
        }
    }
}

/// The workspace [`gesv_mixed`] and [`posv_mixed`] need for order `n` and
/// `nrhs` right-hand sides with the low precision `L`.
pub fn mixed_req<T: Scalar, L: Scalar>(n: usize, nrhs: usize) -> WorkReq {
    WorkReq::new::<T::Real>(n).and(WorkReq::new::<L>(n * n + n * nrhs)).and(WorkReq::new::<T>(n * nrhs))
}

/// The factorization and solve a mixed solver refines with.
trait Low<L: Scalar> {
    /// Factors the low-precision copy in place.
    fn factor(&mut self, a: MatMut<'_, L>) -> Result<(), Info>;
    /// Solves with it.
    fn solve(&self, a: MatRef<'_, L>, x: MatMut<'_, L>);
}

/// The refinement both solvers share: `Ok(iter)` with `x` solved, or
/// `Err(why)` for the fall-back. `residual(x, r)` sets `r = b - A x`
/// (`r` holding `b`).
#[allow(clippy::too_many_arguments)]
fn refine<T: Scalar, L: Scalar>(
    anrm: T::Real,
    a_low: impl FnOnce(MatMut<'_, L>) -> Result<(), ()>,
    low: &mut impl Low<L>,
    residual: impl Fn(MatRef<'_, T>, MatMut<'_, T>),
    b: MatRef<'_, T>,
    mut x: MatMut<'_, T>,
    mut work: Workspace<'_>,
) -> Result<usize, MixedIter> {
    assert_eq!(T::IS_COMPLEX, L::IS_COMPLEX, "mixed precision: T and L must both be real or both complex");
    let (n, nrhs) = (b.nrows(), b.ncols());
    let ld = n.max(1);
    let (sa, mut work) = work.take::<L>(n * n);
    let (sx, mut work) = work.take::<L>(n * nrhs);
    let (r, _) = work.take::<T>(n * nrhs);
    let mut sa = MatMut::from_col_major(sa, n, n, ld);
    let mut sx = MatMut::from_col_major(sx, n, nrhs, ld);
    let mut r = MatMut::from_col_major(r, n, nrhs, ld);
    let eps = lamch::<T::Real>(Machine::Eps);
    let cte = anrm * eps * <T::Real as RealScalar>::from_f64((n as f64).sqrt());

    lag2(b, sx.rb_mut()).map_err(|_| MixedIter::Overflow)?;
    a_low(sa.rb_mut()).map_err(|_| MixedIter::Overflow)?;
    low.factor(sa.rb_mut()).map_err(|_| MixedIter::LowFactorFailed)?;
    low.solve(sa.rb(), sx.rb_mut());
    lag2(sx.rb(), x.rb_mut()).expect("widening never overflows");
    // max |x_i| >= max |r_i| / cte for every column (the magnitudes |re| + |im| of the
    // entries `iamax` picks, as the reference takes them).
    let converged = |x: MatRef<'_, T>, r: MatRef<'_, T>| {
        (0..nrhs).all(|j| {
            let big =
                |v: ferroblas_kernels::views::VecRef<'_, T>| iamax(v).map_or(T::Real::zero(), |i| v.get(i).abs1());
            // (A NaN residual passes, as in the reference.)
            big(r.col(j)).partial_cmp(&(big(x.col(j)) * cte)) != Some(std::cmp::Ordering::Greater)
        })
    };
    lacpy(Part::Full, b, r.rb_mut());
    residual(x.rb(), r.rb_mut());
    if converged(x.rb(), r.rb()) {
        return Ok(0);
    }
    for iter in 1..=ITERMAX {
        lag2(r.rb(), sx.rb_mut()).map_err(|_| MixedIter::Overflow)?;
        low.solve(sa.rb(), sx.rb_mut());
        lag2(sx.rb(), r.rb_mut()).expect("widening never overflows");
        for j in 0..nrhs {
            for i in 0..n {
                x.set(i, j, x.get(i, j) + r.get(i, j));
            }
        }
        lacpy(Part::Full, b, r.rb_mut());
        residual(x.rb(), r.rb_mut());
        if converged(x.rb(), r.rb()) {
            return Ok(iter);
        }
    }
    Err(MixedIter::NoConvergence)
}

struct LowLu<'p, P>(&'p mut [P]);

impl<L: Scalar, P: PivotIndex> Low<L> for LowLu<'_, P> {
    fn factor(&mut self, a: MatMut<'_, L>) -> Result<(), Info> {
        getrf(a, self.0, Par::Seq)
    }
    fn solve(&self, a: MatRef<'_, L>, x: MatMut<'_, L>) {
        getrs(Trans::No, a, self.0, x, Par::Seq)
    }
}

struct LowCholesky(Uplo);

impl<L: Scalar> Low<L> for LowCholesky {
    fn factor(&mut self, a: MatMut<'_, L>) -> Result<(), Info> {
        potrf(self.0, a, Par::Seq)
    }
    fn solve(&self, a: MatRef<'_, L>, x: MatMut<'_, L>) {
        potrs(self.0, a, x, Par::Seq)
    }
}

/// Solves `A X = B` (`n x nrhs`) for the general `a` in the working
/// precision `T` (f64 or c64) by an LU factorization in the lower precision
/// `L` (f32 or c32) and refinement, as `dsgesv`/`zcgesv`: the result is as
/// accurate as [`gesv`](crate::lu::gesv)'s when it converges, and A is then
/// unchanged (`ipiv` holds the low factorization's pivots). Otherwise
/// (see [`MixedIter`]) it factors `a` in place in `T` and solves with that;
/// `Err(Info)` then as [`getrf`]'s (A singular; `x` not written).
#[allow(clippy::too_many_arguments)]
pub fn gesv_mixed<T: Scalar, L: Scalar, P: PivotIndex>(
    mut a: MatMut<'_, T>,
    ipiv: &mut [P],
    b: MatRef<'_, T>,
    mut x: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) -> (MixedIter, Result<(), Info>) {
    let n = a.nrows();
    if n == 0 {
        return (MixedIter::Converged(0), Ok(()));
    }
    let (wr, work_rest) = work.take::<T::Real>(n);
    let anrm = lange(Norm::Inf, a.rb(), wr);
    let l3 = Level3::new(par);
    let av = a.rb();
    let residual = |x: MatRef<'_, T>, r: MatMut<'_, T>| l3.gemm(Trans::No, Trans::No, -T::one(), av, x, T::one(), r);
    let outcome = refine::<T, L>(anrm, |sa| lag2(av, sa), &mut LowLu(ipiv), residual, b, x.rb_mut(), work_rest);
    let why = match outcome {
        Ok(k) => return (MixedIter::Converged(k), Ok(())),
        Err(why) => why,
    };
    if let Err(info) = getrf(a.rb_mut(), ipiv, par) {
        return (why, Err(info));
    }
    lacpy(Part::Full, b, x.rb_mut());
    getrs(Trans::No, a.rb(), ipiv, x, par);
    (why, Ok(()))
}

/// [`gesv_mixed`] for the Hermitian positive definite A in the `uplo`
/// triangle of `a`, with Cholesky factorizations (`dsposv`, `zcposv`);
/// `Err(Info)` as [`potrf`]'s.
pub fn posv_mixed<T: Scalar, L: Scalar>(
    uplo: Uplo,
    mut a: MatMut<'_, T>,
    b: MatRef<'_, T>,
    mut x: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) -> (MixedIter, Result<(), Info>) {
    let n = a.nrows();
    if n == 0 {
        return (MixedIter::Converged(0), Ok(()));
    }
    let (wr, work_rest) = work.take::<T::Real>(n);
    let anrm = lansy(Norm::Inf, uplo, true, a.rb(), wr);
    let l3 = Level3::new(par);
    let av = a.rb();
    let residual = |x: MatRef<'_, T>, r: MatMut<'_, T>| l3.hemm(Side::Left, uplo, -T::one(), av, x, T::one(), r);
    let outcome =
        refine::<T, L>(anrm, |sa| lat2(uplo, av, sa), &mut LowCholesky(uplo), residual, b, x.rb_mut(), work_rest);
    let why = match outcome {
        Ok(k) => return (MixedIter::Converged(k), Ok(())),
        Err(why) => why,
    };
    if let Err(info) = potrf(uplo, a.rb_mut(), par) {
        return (why, Err(info));
    }
    lacpy(Part::Full, b, x.rb_mut());
    potrs(uplo, a.rb(), x, par);
    (why, Ok(()))
}

#[cfg(test)]
mod residual {
    #![allow(clippy::needless_range_loop)]
    use super::*;
    use crate::condition::testutil::{cabs, Dense, Rng, TestScalar};
    use crate::WorkBuffer;
    use ferroblas_kernels::{c32, c64};

    fn r<T: Scalar>(v: f64) -> T::Real {
        RealScalar::from_f64(v)
    }

    /// `max_j norm_inf(b_j - A x_j) / (norm_inf(A) norm_inf(x_j))` in c64.
    fn backward<T: TestScalar>(a: &Dense<T>, b: &[T], x: &[T], nrhs: usize, ld: usize) -> f64 {
        let n = a.n;
        let anorm = a.to_c64().norm_inf_f64();
        let mut worst = 0.0f64;
        for j in 0..nrhs {
            let xj = &x[j * ld..j * ld + n];
            let ax = a.matvec_c64(xj);
            let res = (0..n).map(|i| cabs(b[i + j * ld].to_c64() - ax[i])).fold(0.0, f64::max);
            let xn = xj.iter().map(|v| cabs(v.to_c64())).fold(0.0, f64::max);
            worst = worst.max(res / (anorm * xn).max(f64::MIN_POSITIVE));
        }
        worst
    }

    #[derive(Clone, Copy, PartialEq)]
    enum Kind {
        Good,
        IllConditioned,
        Huge,
        Singular,
    }

    fn case<T: TestScalar, L: Scalar>(
        n: usize,
        nrhs: usize,
        kind: Kind,
        chol: bool,
        uplo: Uplo,
        rng: &mut Rng,
    ) -> (MixedIter, Result<(), Info>) {
        let lda = n + 2;
        let ldb = n + 1;
        let mut a = if chol {
            let mut a = crate::condition::testutil::hpd::<T>(n, rng, n as f64 + 1.0);
            if kind == Kind::IllConditioned {
                // A tiny eigenvalue direction: add a huge multiple of e e^H with e = ones.
                for i in 0..n {
                    for j in 0..n {
                        a.set(i, j, a.get(i, j) + T::from_real(r::<T>(1e11)));
                    }
                }
            }
            a
        } else {
            let mut a = Dense::<T>::random(n, rng, 2);
            if kind == Kind::IllConditioned {
                // Column 2 within 1e-10 of column 0 + column 1: cond ~ 1e10, beyond f32.
                for i in 0..n {
                    let v = a.get(i, 0) + a.get(i, 1) + rng.scalar::<T>().scale_real(r::<T>(1e-10));
                    a.set(i, 2, v);
                }
            }
            a
        };
        if kind == Kind::Huge {
            a.set(0, 0, a.get(0, 0) + T::from_real(r::<T>(1e300)));
        }
        if kind == Kind::Singular {
            for i in 0..n {
                a.set(i, n - 1, T::zero());
                a.set(n - 1, i, T::zero());
            }
        }
        let mut abuf = vec![T::from_real(r::<T>(7.0)); lda * n];
        for j in 0..n {
            for i in 0..n {
                abuf[i + j * lda] = a.get(i, j);
            }
        }
        let a0 = abuf.clone();
        let b: Vec<T> = (0..ldb * nrhs).map(|_| rng.scalar()).collect();
        let mut x = vec![T::zero(); ldb * nrhs];
        let mut ipiv = vec![0usize; n];
        let mut w = WorkBuffer::new(mixed_req::<T, L>(n, nrhs));
        let am = MatMut::from_col_major(&mut abuf, n, n, lda);
        let bv = MatRef::from_col_major(&b, n, nrhs, ldb);
        let xm = MatMut::from_col_major(&mut x, n, nrhs, ldb);
        let out = if chol {
            posv_mixed::<T, L>(uplo, am, bv, xm, Par::Seq, w.workspace())
        } else {
            gesv_mixed::<T, L, usize>(am, &mut ipiv, bv, xm, Par::Seq, w.workspace())
        };
        if out.1.is_ok() {
            let be = backward(&a, &b, &x, nrhs, ldb);
            assert!(be <= 10.0 * n as f64 * f64::EPSILON, "backward error {be} ({:?})", out.0);
        }
        if matches!(out.0, MixedIter::Converged(_)) {
            assert_eq!(abuf, a0, "A changed on the low-precision path");
        }
        out
    }

    fn check<T: TestScalar, L: Scalar>(seed: u64) {
        let mut rng = Rng::new(seed);
        for chol in [false, true] {
            for uplo in [Uplo::Upper, Uplo::Lower] {
                for n in [0usize, 1, 2, 3, 17] {
                    for nrhs in [0usize, 1, 3] {
                        let (it, res) = case::<T, L>(n, nrhs, Kind::Good, chol, uplo, &mut rng);
                        assert!(res.is_ok());
                        // The test |r| <= sqrt(n) eps |A| |x| can be out of reach at tiny n
                        // (a residual of one rounding of b): then the fall-back solves.
                        let ok = matches!(it, MixedIter::Converged(k) if k <= 4)
                            || (n < 17 && it == MixedIter::NoConvergence);
                        assert!(ok, "{it:?} chol={chol} n={n} nrhs={nrhs}");
                    }
                }
                let (it, res) = case::<T, L>(17, 2, Kind::IllConditioned, chol, uplo, &mut rng);
                assert!(res.is_ok());
                assert!(matches!(it, MixedIter::NoConvergence | MixedIter::LowFactorFailed), "ill-conditioned: {it:?}");
                let (it, res) = case::<T, L>(3, 1, Kind::Huge, chol, uplo, &mut rng);
                assert!(res.is_ok());
                assert_eq!(it.lapack_iter(), -2);
                let (it, res) = case::<T, L>(3, 1, Kind::Singular, chol, uplo, &mut rng);
                assert_eq!(it.lapack_iter(), -3);
                assert_eq!(res.unwrap_err().lapack_info(), 3);
            }
        }
    }

    #[test]
    fn dsgesv_dsposv() {
        check::<f64, f32>(71);
    }

    #[test]
    fn zcgesv_zcposv() {
        check::<c64, c32>(72);
    }
}
