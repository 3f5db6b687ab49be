//! Hermitian positive definite matrices in packed storage: Cholesky
//! factorization (`?pptrf`), solve (`?pptrs`, `?ppsv`), inverse (`?pptri`),
//! condition number (`?ppcon`), refinement (`?pprfs`), equilibration
//! (`?ppequ`, `?laqsp`/`?laqhp`) and the expert driver (`?ppsvx`).

use super::refine::{as_col, refine, refine_req, sym_packed_abs_apply, RefineOps};
use super::triangular::{tptri, tptri_req};
use super::{col_start, pack, packed_len, unpack, PackedTri, UNPACK_MIN};
use crate::cholesky::{lauum, potrf};
use crate::condition::{norm1_estimate_req, pd_rcond, CondScratch, Product};
use crate::expert::equilibrate::{from_diagonal, worth as symmetric_scaling_worth};
use crate::expert::{EquError, SymScaling};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::level1;
use ferroblas_kernels::level2::{self, Layout};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{Diag, MatMut, MatRef, Trans, Uplo, VecMut, VecRef};

fn check_len<T>(n: usize, ap: &[T]) {
    assert!(
        ap.len() >= packed_len(n),
        "packed storage of order {n} needs {} elements, got {}",
        packed_len(n),
        ap.len()
    );
}

/// The workspace [`pptrf`] (and [`ppsv`], [`pptri`]) need for order `n`: a
/// full `n x n` copy from [`UNPACK_MIN`] on, none below.
pub fn pptrf_req<T: Scalar>(n: usize) -> WorkReq {
    tptri_req::<T>(n)
}

/// Cholesky factorization of the Hermitian positive definite `A` of order
/// `n` in packed storage (`?pptrf`): `A = U^H U` (`uplo = Upper`) or
/// `A = L L^H`, the factor overwriting the triangle.
///
/// `Err(Info)` when the leading minor of order INFO is not positive definite
/// (or holds a NaN): the factorization is incomplete.
pub fn pptrf<T: Scalar>(uplo: Uplo, n: usize, ap: &mut [T], par: Par, mut work: Workspace<'_>) -> Result<(), Info> {
    check_len(n, ap);
    let upper = uplo == Uplo::Upper;
    if n >= UNPACK_MIN {
        let (buf, _) = work.take::<T>(n * n);
        let mut a = MatMut::from_col_major(buf, n, n, n);
        unpack(upper, ap, a.rb_mut());
        let r = potrf(uplo, a.rb_mut(), par);
        pack(upper, a.rb(), ap);
        return r;
    }
    let not_pd = |ajj: T::Real| ajj <= T::Real::zero() || ajj.is_nan();
    if upper {
        // Column j of U: solve U11^H u = a (U11 the prefix), then the diagonal.
        for j in 0..n {
            let s = col_start(true, n, j);
            let (u11, rest) = ap.split_at_mut(s);
            let (col, rest) = rest.split_at_mut(j);
            level2::tpsv(Layout::ColMajor, Uplo::Upper, Trans::ConjTrans, Diag::NonUnit, u11, VecMut::from_slice(col));
            let c = VecRef::from_slice(col);
            let ajj = rest[0].re() - level1::dotc(c, c).re();
            if not_pd(ajj) {
                rest[0] = T::from_real(ajj);
                return Err(Info::from_index(j));
            }
            rest[0] = T::from_real(ajj.sqrt());
        }
    } else {
        // Column j of L, then the rank-1 update of the trailing block (a suffix).
        for j in 0..n {
            let s = col_start(false, n, j);
            let ajj = ap[s].re();
            if not_pd(ajj) {
                ap[s] = T::from_real(ajj);
                return Err(Info::from_index(j));
            }
            let ajj = ajj.sqrt();
            ap[s] = T::from_real(ajj);
            let (head, a22) = ap.split_at_mut(s + n - j);
            let col = &mut head[s + 1..];
            level1::scal_real(T::Real::one() / ajj, VecMut::from_slice(col));
            level2::hpr(
                Layout::ColMajor,
                Uplo::Lower,
                -T::Real::one(),
                VecRef::from_slice(col),
                &mut a22[..packed_len(n - j - 1)],
            );
        }
    }
    Ok(())
}

/// Solves `A X = B` in place of `b` with the packed Cholesky factor from
/// [`pptrf`] (`?pptrs`).
pub fn pptrs<T: Scalar>(uplo: Uplo, factor: &[T], mut b: MatMut<'_, T>) {
    let n = b.nrows();
    check_len(n, factor);
    let ap = &factor[..packed_len(n)];
    let (first, second) = match uplo {
        Uplo::Upper => (Trans::ConjTrans, Trans::No),
        Uplo::Lower => (Trans::No, Trans::ConjTrans),
    };
    for j in 0..b.ncols() {
        level2::tpsv(Layout::ColMajor, uplo, first, Diag::NonUnit, ap, b.rb_mut().col_mut(j));
        level2::tpsv(Layout::ColMajor, uplo, second, Diag::NonUnit, ap, b.rb_mut().col_mut(j));
    }
}

/// Solves `A X = B` for the Hermitian positive definite `A` in packed
/// storage (`?ppsv`): [`pptrf`] in place, then [`pptrs`] into `b`.
///
/// `Err(Info)` as [`pptrf`]'s; B is then unchanged.
pub fn ppsv<T: Scalar>(uplo: Uplo, ap: &mut [T], b: MatMut<'_, T>, par: Par, work: Workspace<'_>) -> Result<(), Info> {
    let n = b.nrows();
    pptrf(uplo, n, ap, par, work)?;
    pptrs(uplo, ap, b);
    Ok(())
}

/// Replaces the packed Cholesky factor from [`pptrf`] by the same triangle
/// of `inv(A)` (`?pptri`).
///
/// `Err(Info)` when the factor's diagonal element `i` is exactly zero
/// (INFO = i + 1): then nothing is written.
pub fn pptri<T: Scalar>(uplo: Uplo, n: usize, ap: &mut [T], par: Par, mut work: Workspace<'_>) -> Result<(), Info> {
    check_len(n, ap);
    let upper = uplo == Uplo::Upper;
    if n >= UNPACK_MIN {
        super::triangular::check_diagonal(&PackedTri { ap, n, upper }, Diag::NonUnit)?;
        let (buf, _) = work.take::<T>(n * n);
        let mut a = MatMut::from_col_major(buf, n, n, n);
        unpack(upper, ap, a.rb_mut());
        crate::relapack::trtri(uplo, Diag::NonUnit, a.rb_mut(), par)?;
        lauum(uplo, a.rb_mut(), par);
        pack(upper, a.rb(), ap);
        return Ok(());
    }
    tptri(uplo, Diag::NonUnit, n, ap, par, work)?;
    if upper {
        // inv(A) = inv(U) inv(U)^H, column by column: the leading block (a
        // prefix) gains the outer product of column j, which is then scaled.
        for j in 0..n {
            let s = col_start(true, n, j);
            let (lead, rest) = ap.split_at_mut(s);
            let (col, rest) = rest.split_at_mut(j);
            level2::hpr(Layout::ColMajor, Uplo::Upper, T::Real::one(), VecRef::from_slice(col), lead);
            let ajj = rest[0].re();
            level1::scal_real(ajj, VecMut::from_slice(col));
            rest[0] = T::from_real(ajj * ajj);
        }
    } else {
        // inv(A) = inv(L)^H inv(L): column j is inv(L)(j.., j..)^H times column j of inv(L).
        for j in 0..n {
            let s = col_start(false, n, j);
            let (head, l22) = ap.split_at_mut(s + n - j);
            let col = &mut head[s..];
            let c = VecRef::from_slice(&*col);
            let d = level1::dotc(c, c).re();
            col[0] = T::from_real(d);
            level2::tpmv(
                Layout::ColMajor,
                Uplo::Lower,
                Trans::ConjTrans,
                Diag::NonUnit,
                &l22[..packed_len(n - j - 1)],
                VecMut::from_slice(&mut col[1..]),
            );
        }
    }
    Ok(())
}

/// The workspace [`ppcon`] needs for order `n`.
pub fn ppcon_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T::Real>(n).and(norm1_estimate_req::<T>(n))
}

/// Estimates the reciprocal 1-norm condition number of the Hermitian
/// positive definite `A` from its packed Cholesky factor (`?ppcon`); `anorm`
/// is `norm1(A)`. 1 for `n = 0`, 0 for `anorm = 0` or a solve that would
/// overflow. `work` as [`ppcon_req`] says, or the reference's WORK and IWORK
/// or RWORK (see [`CondScratch`]).
pub fn ppcon<'w, T: Scalar>(uplo: Uplo, n: usize, factor: &[T], anorm: T::Real, work: impl CondScratch<'w>) -> T::Real {
    check_len(n, factor);
    pd_rcond(&PackedTri { ap: factor, n, upper: uplo == Uplo::Upper }, anorm, work)
}

/// The workspace [`pprfs`] needs for order `n`.
pub fn pprfs_req<T: Scalar>(n: usize) -> WorkReq {
    refine_req::<T>(n)
}

struct PpOps<'a, T> {
    upper: bool,
    ap: &'a [T],
    factor: &'a [T],
}

impl<T: Scalar> RefineOps<T> for PpOps<'_, T> {
    fn residual(&mut self, x: VecRef<'_, T>, r: &mut [T]) {
        let uplo = if self.upper { Uplo::Upper } else { Uplo::Lower };
        level2::hpmv(Layout::ColMajor, uplo, -T::one(), self.ap, x, T::one(), VecMut::from_slice(r));
    }
    fn abs_apply(&mut self, x: VecRef<'_, T>, w: &mut [T::Real]) {
        sym_packed_abs_apply(self.upper, true, self.ap, x, w);
    }
    fn solve(&mut self, _: Product, v: &mut [T]) {
        pptrs(if self.upper { Uplo::Upper } else { Uplo::Lower }, self.factor, as_col(v));
    }
}

/// Improves the solution `x` of `A X = B` (`A` Hermitian positive definite
/// in packed storage `ap`, `factor` its [`pptrf`] factor) by iterative
/// refinement and bounds its error (`?pprfs`): `ferr[j]` the estimated
/// relative forward error, `berr[j]` the componentwise backward error.
#[allow(clippy::too_many_arguments)]
pub fn pprfs<T: Scalar>(
    uplo: Uplo,
    ap: &[T],
    factor: &[T],
    b: MatRef<'_, T>,
    x: MatMut<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    work: Workspace<'_>,
) {
    let n = b.nrows();
    check_len(n, ap);
    check_len(n, factor);
    let (ap, factor) = (&ap[..packed_len(n)], &factor[..packed_len(n)]);
    let mut ops = PpOps { upper: uplo == Uplo::Upper, ap, factor };
    refine(&mut ops, n + 1, b, x, ferr, berr, work);
}

/// Scaling factors `s[i] = 1 / sqrt(A(i, i))` that equilibrate the
/// Hermitian positive definite `A` in packed storage (`?ppequ`): as
/// [`poequ`](crate::expert::poequ), whose result it returns.
pub fn ppequ<T: Scalar>(
    uplo: Uplo,
    n: usize,
    ap: &[T],
    s: &mut [T::Real],
) -> Result<SymScaling<T::Real>, EquError<T::Real>> {
    check_len(n, ap);
    let upper = uplo == Uplo::Upper;
    from_diagonal(n, |i| ap[col_start(upper, n, i) + if upper { i } else { 0 }].re(), s, false)
}

/// Equilibrates the symmetric (or, `hermitian`, Hermitian: the diagonal
/// stays real) `A` in packed storage to `diag(s) A diag(s)` (`?laqsp`,
/// `?laqhp`) when [`laqsy`](crate::expert::laqsy) would; returns whether it
/// did (`EQUED = 'Y'`).
pub fn laqsp<T: Scalar>(
    uplo: Uplo,
    hermitian: bool,
    n: usize,
    ap: &mut [T],
    s: &[T::Real],
    scond: T::Real,
    amax: T::Real,
) -> bool {
    check_len(n, ap);
    if n == 0 || !symmetric_scaling_worth(scond, amax) {
        return false;
    }
    let upper = uplo == Uplo::Upper;
    for j in 0..n {
        let st = col_start(upper, n, j);
        let (lo, len) = if upper { (0, j + 1) } else { (j, n - j) };
        let cj = s[j];
        for k in 0..len {
            let i = lo + k;
            let v = &mut ap[st + k];
            *v = if i == j && hermitian { T::from_real(cj * cj * v.re()) } else { v.scale_real(cj * s[i]) };
        }
    }
    true
}
