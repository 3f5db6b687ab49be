//! Symmetric and Hermitian indefinite matrices in packed storage through the
//! Bunch-Kaufman factorization: factor (`?sptrf`/`?hptrf`), solve
//! (`?sptrs`/`?hptrs`, `?spsv`/`?hpsv`), invert (`?sptri`/`?hptri`),
//! condition number (`?spcon`/`?hpcon`), refinement (`?sprfs`/`?hprfs`).
//! `herm = false` is the symmetric family (complex symmetric for c and z),
//! `herm = true` the Hermitian one.
//!
//! Each routine unpacks into a full `n x n` workspace and runs the
//! full-storage routine ([`sytrf`], [`sytrs`], [`sytri`], [`sycon`]): the
//! factor and the pivots are then exactly LAPACK's packed format (the packed
//! factorization stores what `?sytrf` stores, column for column), and the
//! factorization runs blocked.

use super::refine::{refine, refine_req, sym_packed_abs_apply, RefineOps};
use super::{col_start, pack, packed_len, unpack};
use crate::condition::{sycon, sycon_req, Product};
use crate::indefinite::{sytrf, sytrf_req, sytri, sytri_req, sytrs};
use crate::relapack::pivots::BlockPivotIndex;
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{MatMut, MatRef, Uplo, VecRef};

fn full<'a, T: Scalar>(work: &'a mut Workspace<'_>, upper: bool, n: usize, ap: &[T]) -> (MatMut<'a, T>, Workspace<'a>) {
    assert!(
        ap.len() >= packed_len(n),
        "packed storage of order {n} needs {} elements, got {}",
        packed_len(n),
        ap.len()
    );
    let (buf, rest) = work.take::<T>(n * n);
    let mut a = MatMut::from_col_major(buf, n, n, n.max(1));
    unpack(upper, ap, a.rb_mut());
    (a, rest)
}

/// The workspace [`sptrf`] (and [`spsv`]) need for order `n`.
pub fn sptrf_req<T: Scalar>(n: usize) -> WorkReq {
    // One column more than sytrf_req: its panels are then the full 64 wide.
    WorkReq::new::<T>(n * n).and(sytrf_req::<T>(n + 1))
}

/// Bunch-Kaufman factorization `A = U D U^T` / `L D L^T` (`^H` when
/// `herm`) of the `n x n` matrix in packed storage `ap` (`?sptrf`,
/// `?hptrf`), in LAPACK's packed format with the pivots in `ipiv`.
///
/// `Err(Info)` when `D[i][i]` is exactly zero (INFO = i + 1): D is
/// singular, the factorization is complete.
#[allow(clippy::too_many_arguments)]
pub fn sptrf<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    n: usize,
    ap: &mut [T],
    ipiv: &mut [P],
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let upper = uplo == Uplo::Upper;
    let (mut a, rest) = full(&mut work, upper, n, ap);
    let r = sytrf(uplo, herm, a.rb_mut(), ipiv, par, rest);
    pack(upper, a.rb(), ap);
    r
}

/// The workspace [`sptrs`] needs for order `n`.
pub fn sptrs_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T>(n * n)
}

/// Solves `A X = B` in place of `b` with the factorization from [`sptrf`]
/// (`?sptrs`, `?hptrs`).
pub fn sptrs<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    factor: &[T],
    ipiv: &[P],
    b: MatMut<'_, T>,
    mut work: Workspace<'_>,
) {
    let n = b.nrows();
    let (a, _) = full(&mut work, uplo == Uplo::Upper, n, factor);
    sytrs(uplo, herm, a.rb(), ipiv, b);
}

/// Solves `A X = B` for the symmetric or Hermitian `A` in packed storage
/// (`?spsv`, `?hpsv`): [`sptrf`] in place, then the solve into `b`.
///
/// `Err(Info)` as [`sptrf`]'s; B is then unchanged.
pub fn spsv<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    ap: &mut [T],
    ipiv: &mut [P],
    b: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = b.nrows();
    let upper = uplo == Uplo::Upper;
    let (mut a, rest) = full(&mut work, upper, n, ap);
    let r = sytrf(uplo, herm, a.rb_mut(), ipiv, par, rest);
    pack(upper, a.rb(), ap);
    r?;
    sytrs(uplo, herm, a.rb(), ipiv, b);
    Ok(())
}

/// The workspace [`sptri`] needs for order `n`.
pub fn sptri_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T>(n * n).and(sytri_req::<T>(n))
}

/// Replaces the factorization from [`sptrf`] by the same triangle of
/// `inv(A)` (`?sptri`, `?hptri`).
///
/// `Err(Info)` when a 1x1 block `D[i][i]` is exactly zero (INFO = i + 1, as
/// `sytri` reports it): then nothing is written.
pub fn sptri<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    n: usize,
    ap: &mut [T],
    ipiv: &[P],
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let upper = uplo == Uplo::Upper;
    let (mut a, rest) = full(&mut work, upper, n, ap);
    sytri(uplo, herm, a.rb_mut(), ipiv, rest)?;
    pack(upper, a.rb(), ap);
    Ok(())
}

/// The workspace [`spcon`] needs for order `n`.
pub fn spcon_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T>(n * n).and(sycon_req::<T>(n))
}

/// Estimates `1 / (norm1(A) norm1(inv(A)))` from the factorization of
/// [`sptrf`] (`?spcon`, `?hpcon`); `anorm = norm1(A)`. 1 for `n = 0`, 0 for
/// `anorm = 0` or a singular D.
#[allow(clippy::too_many_arguments)]
pub fn spcon<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    n: usize,
    factor: &[T],
    ipiv: &[P],
    anorm: T::Real,
    mut work: Workspace<'_>,
) -> T::Real {
    let (a, rest) = full(&mut work, uplo == Uplo::Upper, n, factor);
    sycon(uplo, herm, a.rb(), ipiv, anorm, rest)
}

/// The workspace [`sprfs`] needs for order `n`.
pub fn sprfs_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T>(n * n).and(refine_req::<T>(n))
}

struct SpOps<'a, T, P> {
    uplo: Uplo,
    herm: bool,
    ap: &'a [T],
    factor: MatRef<'a, T>,
    ipiv: &'a [P],
}

impl<T: Scalar, P: BlockPivotIndex> RefineOps<T> for SpOps<'_, T, P> {
    fn residual(&mut self, x: VecRef<'_, T>, r: &mut [T]) {
        // r -= A x over the stored triangle, the other one mirrored
        // (conjugated when Hermitian, whose diagonal is real).
        let n = x.len();
        let upper = self.uplo == Uplo::Upper;
        let cj = |v: T| if self.herm { v.conj() } else { v };
        for k in 0..n {
            let s = col_start(upper, n, k);
            let (lo, off, d) = if upper {
                (0, &self.ap[s..s + k], self.ap[s + k])
            } else {
                (k + 1, &self.ap[s + 1..s + n - k], self.ap[s])
            };
            let d = if self.herm { T::from_real(d.re()) } else { d };
            let xk = x.get(k);
            let mut t = d * xk;
            for (i, &a) in off.iter().enumerate() {
                r[lo + i] -= a * xk;
                t += cj(a) * x.get(lo + i);
            }
            r[k] -= t;
        }
    }
    fn abs_apply(&mut self, x: VecRef<'_, T>, w: &mut [T::Real]) {
        sym_packed_abs_apply(self.uplo == Uplo::Upper, self.herm, self.ap, x, w);
    }
    fn solve(&mut self, _: Product, v: &mut [T]) {
        sytrs(self.uplo, self.herm, self.factor, self.ipiv, super::refine::as_col(v));
    }
}

/// Improves the solution `x` of `A X = B` (`A` symmetric or Hermitian in
/// packed storage `ap`, `factor`/`ipiv` its [`sptrf`] factorization) by
/// iterative refinement and bounds its error (`?sprfs`, `?hprfs`).
#[allow(clippy::too_many_arguments)]
pub fn sprfs<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    ap: &[T],
    factor: &[T],
    ipiv: &[P],
    b: MatRef<'_, T>,
    x: MatMut<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    mut work: Workspace<'_>,
) {
    let n = b.nrows();
    assert!(ap.len() >= packed_len(n), "sprfs: packed storage too short");
    let (f, rest) = full(&mut work, uplo == Uplo::Upper, n, factor);
    let mut ops = SpOps { uplo, herm: herm && T::IS_COMPLEX, ap: &ap[..packed_len(n)], factor: f.rb(), ipiv };
    refine(&mut ops, n + 1, b, x, ferr, berr, rest);
}
