//! Symmetric and Hermitian indefinite factorization with Bunch-Kaufman
//! pivoting, `A = L D L^T` / `A = U D U^T` (or `^H`), D block diagonal with
//! 1x1 and 2x2 blocks (`?sytrf`, `?hetrf`, `?lasyf`, `?lahef`, `?sytf2`,
//! `?hetf2`). Symmetric and Hermitian are one implementation (`herm`), and
//! so are the two triangles: the upper one is the lower one of the matrix
//! with its rows and columns reversed, which turns LAPACK's `U D U^T`, built
//! from the last column backwards, into `L D L^T` built from the first.
//!
//! Blocked: a panel of columns is factored left-looking (each column brought
//! up to date with a GEMV against the panel's finished columns, kept in a
//! workspace `W = L D`), then the trailing triangle takes one GEMMT update,
//! `A22 -= L21 W21^T`. The factor is stored exactly as LAPACK stores it, so
//! every LAPACK solver, inverse and condition estimator reads it.

use crate::common::{Info, Par, WorkReq, Workspace};
use crate::pivots::BlockPivotIndex;
use crate::scalar_ops::{div_real, modulus, recip};
use ferroblas_kernels::level2;
use ferroblas_kernels::level3::{self, GemmOptions};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef, Trans, Uplo, VecRef};

/// Columns per panel.
pub const BLOCK: usize = 64;

/// Orders factored unblocked even when the workspace would allow panels:
/// below this, the panels' GEMV calls cost more than they save (measured:
/// 4x slower at n = 8, 2x at n = 32).
const UNBLOCKED_MAX: usize = 40;

/// The Bunch-Kaufman constant `(1 + sqrt(17)) / 8`: the growth bound it
/// gives is the best of this pivoting strategy.
fn alpha<R: RealScalar>() -> R {
    (R::one() + R::from_f64(17.0).sqrt()) / R::from_f64(8.0)
}

/// The workspace [`sytrf`] needs to run blocked on an `n x n` matrix
/// (`n * 64` elements); with less it runs on narrower panels, and with less
/// than two columns' worth unblocked.
pub fn sytrf_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T>(n * BLOCK)
}

/// The workspace [`sytrf_rook`] needs to run blocked, as [`sytrf_req`].
pub fn sytrf_rook_req<T: Scalar>(n: usize) -> WorkReq {
    sytrf_req::<T>(n)
}

/// Pivot entries as the caller stores them: in order, or (for the upper
/// triangle, factored as the lower one of the reversed matrix) in reverse
/// order with reversed row numbers.
struct Pivots<'a, P> {
    ipiv: &'a mut [P],
    n: usize,
    reversed: bool,
    /// Offset of the current trailing matrix in the whole one.
    base: usize,
}

impl<P: BlockPivotIndex> Pivots<'_, P> {
    fn set(&mut self, k: usize, row: usize, two: bool) {
        let (k, row) = (k + self.base, row + self.base);
        let (k, row) = if self.reversed { (self.n - 1 - k, self.n - 1 - row) } else { (k, row) };
        self.ipiv[k] = if two { P::two(row) } else { P::one(row) };
    }
    fn get(&self, k: usize) -> (usize, bool) {
        let k = k + self.base;
        let idx = if self.reversed { self.n - 1 - k } else { k };
        let (row, two) = self.ipiv[idx].decode().expect("a pivot of our own");
        let row = if self.reversed { self.n - 1 - row } else { row };
        (row - self.base, two)
    }
}

#[inline]
fn cj<T: Scalar>(x: T, herm: bool) -> T {
    if herm {
        x.conj()
    } else {
        x
    }
}

/// The size of a diagonal element as the pivoting compares it: `|re|` for a
/// Hermitian matrix (whose diagonal is real), `|re| + |im|` otherwise.
#[inline]
fn diag_abs<T: Scalar>(x: T, herm: bool) -> T::Real {
    if herm {
        x.re().abs()
    } else {
        x.abs1()
    }
}

/// A diagonal element as stored: real for a Hermitian matrix.
#[inline]
fn diag<T: Scalar>(x: T, herm: bool) -> T {
    if herm {
        T::from_real(x.re())
    } else {
        x
    }
}

/// The first largest `|re| + |im|` of `x[lo..hi]` down a column: `(row, value)`.
fn col_max<T: Scalar>(a: &MatMut<'_, T>, col: usize, lo: usize, hi: usize) -> (usize, T::Real) {
    let mut best = (lo, <T::Real as Scalar>::zero());
    for i in lo..hi {
        let v = a.get(i, col).abs1();
        if i == lo || v > best.1 {
            best = (i, v);
        }
    }
    best
}

/// Solving `[w1 w2] = [l1 l2] D` for the 2x2 block `D = [d11 cj(d21); d21 d22]`,
/// scaled by `d21` (its modulus when Hermitian) so that nothing overflows
/// where the block is well conditioned.
struct Block2<T: Scalar> {
    d11: T,
    d22: T,
    c: T,
    u: T,
    herm: bool,
}

impl<T: Scalar> Block2<T> {
    fn new(d11: T, d21: T, d22: T, herm: bool) -> Self {
        let one = T::one();
        if herm {
            let r = modulus(d21);
            let (e11, e22) = (d22.re() / r, d11.re() / r);
            let t = <T::Real as Scalar>::one() / (e11 * e22 - <T::Real as Scalar>::one());
            Block2 { d11: T::from_real(e11), d22: T::from_real(e22), c: T::from_real(t / r), u: div_real(d21, r), herm }
        } else {
            let (e11, e22) = (d22 * recip(d21), d11 * recip(d21));
            let t = recip(e11 * e22 - one);
            Block2 { d11: e11, d22: e22, c: t * recip(d21), u: one, herm }
        }
    }

    fn solve(&self, w1: T, w2: T) -> (T, T) {
        (self.c * (self.d11 * w1 - self.u * w2), self.c * (self.d22 * w2 - cj(self.u, self.herm) * w1))
    }
}

/// Factors the `n x n` symmetric (`herm = false`) or Hermitian matrix held
/// in the `uplo` triangle of `a` as LAPACK's `?sytrf`/`?hetrf` do: `A = L D
/// L^T` (lower) or `U D U^T` (upper), `^H` when Hermitian, stored in place
/// in LAPACK's format with the pivots in `ipiv` (`n` entries; a 2x2 block's
/// two entries hold the same row). Runs on panels as wide as `work` allows.
///
/// `Err(Info)` when `D[i][i]` is exactly zero (INFO = i + 1, the first such;
/// NaN counts as zero): D is singular, the factorization is complete.
pub fn sytrf<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatMut<'_, T>,
    ipiv: &mut [P],
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    factor(uplo, herm, false, a, ipiv, par, work, BLOCK)
}

/// [`sytrf`] with panels of at most `block` columns (the C ABI passes the
/// block size `ilaenv_` gives, so that test programs sweeping it reach every
/// panel edge); below 2, unblocked.
pub fn sytrf_with<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatMut<'_, T>,
    ipiv: &mut [P],
    par: Par,
    work: Workspace<'_>,
    block: usize,
) -> Result<(), Info> {
    factor(uplo, herm, false, a, ipiv, par, work, block.min(BLOCK))
}

/// [`sytrf`] with rook (bounded Bunch-Kaufman) pivoting, as LAPACK's
/// `?sytrf_rook`/`?hetrf_rook`: the pivot search moves along rows and
/// columns until it finds an element largest in both, which bounds the
/// entries of L. A 2x2 step interchanges two rows, so its two `ipiv`
/// entries may differ. Runs on panels ([`lasyf_rook`]) as wide as `work`
/// allows ([`sytrf_rook_req`]), column by column without workspace.
pub fn sytrf_rook<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatMut<'_, T>,
    ipiv: &mut [P],
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    factor(uplo, herm, true, a, ipiv, par, work, BLOCK)
}

/// [`sytrf_rook`] with panels of at most `block` columns (as [`sytrf_with`]).
pub fn sytrf_rook_with<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatMut<'_, T>,
    ipiv: &mut [P],
    par: Par,
    work: Workspace<'_>,
    block: usize,
) -> Result<(), Info> {
    factor(uplo, herm, true, a, ipiv, par, work, block.min(BLOCK))
}

#[allow(clippy::too_many_arguments)]
fn factor<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    rook: bool,
    a: MatMut<'_, T>,
    ipiv: &mut [P],
    par: Par,
    mut work: Workspace<'_>,
    block: usize,
) -> Result<(), Info> {
    let n = a.nrows();
    assert!(a.ncols() == n && ipiv.len() >= n, "sytrf: operand shapes disagree");
    let herm = herm && T::IS_COMPLEX;
    let reversed = uplo == Uplo::Upper;
    let mut a = if reversed { a.reversed() } else { a };
    let mut piv = Pivots { ipiv: &mut ipiv[..n], n, reversed, base: 0 };
    let elems = work.remaining() / std::mem::size_of::<T>();
    let nb = (elems.saturating_sub(std::mem::align_of::<T>()) / n.max(1)).min(block);
    let opts = GemmOptions { nthreads: crate::level3::Level3::threads(par), ..GemmOptions::default() };
    let mut info = None;
    if nb < 2 || n <= UNBLOCKED_MAX {
        sytf2(a, herm, rook, &mut piv, &mut info);
    } else {
        let pivoting = if rook { Pivoting::Rook } else { Pivoting::BunchKaufman };
        let (w, _) = work.take::<T>(n * nb);
        let mut k = 0;
        while k < n {
            let rest = n - k;
            let width = if rest > nb { nb } else { rest };
            piv.base = k;
            let sub = a.rb_mut().submatrix(k, k, rest, rest);
            let mut panel_info = None;
            let wm = MatMut::from_col_major(&mut w[..rest * width], rest, width, rest);
            let kb = panel(sub, herm, pivoting, width, wm, &mut piv, &mut panel_info, &opts);
            if let Some(i) = panel_info {
                info.get_or_insert(i + k);
            }
            k += kb;
        }
    }
    // The first zero block in the order of elimination, numbered as the
    // caller numbers rows (the upper triangle runs from the last one).
    match info {
        Some(i) => Err(Info::from_index(if reversed { n - 1 - i } else { i })),
        None => Ok(()),
    }
}

/// Unblocked, right-looking: each step eliminates its 1x1 or 2x2 pivot
/// block from the trailing matrix at once. Needs no workspace.
fn sytf2<T: Scalar, P: BlockPivotIndex>(
    mut a: MatMut<'_, T>,
    herm: bool,
    rook: bool,
    piv: &mut Pivots<'_, P>,
    info: &mut Option<usize>,
) {
    let n = a.nrows();
    let alpha = alpha::<T::Real>();
    let zero = <T::Real as Scalar>::zero();
    let small = crate::scalar_ops::sfmin::<T::Real>();
    let mut k = 0;
    while k < n {
        let absakk = diag_abs(a.get(k, k), herm);
        let (imax, colmax) = if k + 1 < n { col_max(&a, k, k + 1, n) } else { (k, zero) };
        let mut kstep = 1;
        // `p`: the row a rook 2x2 step interchanges with k first.
        let mut p = k;
        let kp;
        if absakk.max(colmax) == zero || absakk.is_nan() {
            info.get_or_insert(k);
            kp = k;
            a.set(k, k, diag(a.get(k, k), herm));
        } else {
            // (The rook test is the reference's, which also stops on NaN.)
            if if rook { not_less(absakk, alpha * colmax) } else { absakk >= alpha * colmax } {
                kp = k;
            } else if rook {
                let (mut imax, mut colmax) = (imax, colmax);
                loop {
                    let (jmax, rowmax) = row_max(&a, k, imax);
                    if not_less(diag_abs(a.get(imax, imax), herm), alpha * rowmax) {
                        kp = imax;
                        break;
                    } else if p == jmax || rowmax <= colmax {
                        kp = imax;
                        kstep = 2;
                        break;
                    }
                    p = imax;
                    colmax = rowmax;
                    imax = jmax;
                }
            } else {
                let (_, rowmax) = row_max(&a, k, imax);
                if absakk >= alpha * colmax * (colmax / rowmax) {
                    kp = k;
                } else if diag_abs(a.get(imax, imax), herm) >= alpha * rowmax {
                    kp = imax;
                } else {
                    kp = imax;
                    kstep = 2;
                }
            }
            if kstep == 2 && p != k {
                symmetric_swap(a.rb_mut(), herm, k, k, p);
            }
            let kk = k + kstep - 1;
            if kp != kk {
                symmetric_swap(a.rb_mut(), herm, k, kk, kp);
            }
            if kstep == 1 {
                let d = diag(a.get(k, k), herm);
                a.set(k, k, d);
                let one = <T::Real as Scalar>::one();
                if diag_abs(d, herm) >= small || !rook {
                    let r = if herm { T::from_real(one / d.re()) } else { recip(d) };
                    // A22 -= (1/d) w w^H, then L's column is w / d.
                    for j in k + 1..n {
                        let t = r * cj(a.get(j, k), herm);
                        if !t.is_zero() {
                            for i in j..n {
                                a.set(i, j, a.get(i, j) - a.get(i, k) * t);
                            }
                        }
                        if herm {
                            a.set(j, j, diag(a.get(j, j), herm));
                        }
                    }
                    for i in k + 1..n {
                        a.set(i, k, a.get(i, k) * r);
                    }
                } else {
                    // 1/d would overflow: divide first, then A22 -= l d l^H.
                    for i in k + 1..n {
                        let l = if herm {
                            div_real(a.get(i, k), d.re())
                        } else {
                            ferroblas_kernels::aux::scalars::div(a.get(i, k), d)
                        };
                        a.set(i, k, l);
                    }
                    for j in k + 1..n {
                        let t = d * cj(a.get(j, k), herm);
                        for i in j..n {
                            a.set(i, j, a.get(i, j) - a.get(i, k) * t);
                        }
                        if herm {
                            a.set(j, j, diag(a.get(j, j), herm));
                        }
                    }
                }
            } else {
                let b = Block2::new(a.get(k, k), a.get(k + 1, k), a.get(k + 1, k + 1), herm);
                // A22 -= W D^-1 W^H = W L^H (D is Hermitian or symmetric), with
                // W the two columns and L = W D^-1: one solve per column j.
                // Column j's L entries replace its W ones after the update;
                // later columns read only W rows below them, still in place.
                for j in k + 2..n {
                    let (l1, l2) = b.solve(a.get(j, k), a.get(j, k + 1));
                    let (c1, c2) = (cj(l1, herm), cj(l2, herm));
                    for i in j..n {
                        a.set(i, j, a.get(i, j) - a.get(i, k) * c1 - a.get(i, k + 1) * c2);
                    }
                    if herm {
                        a.set(j, j, diag(a.get(j, j), herm));
                    }
                    a.set(j, k, l1);
                    a.set(j, k + 1, l2);
                }
                if herm {
                    a.set(k, k, diag(a.get(k, k), herm));
                    a.set(k + 1, k + 1, diag(a.get(k + 1, k + 1), herm));
                }
            }
        }
        if kstep == 1 {
            piv.set(k, kp, false);
        } else {
            // Bunch-Kaufman records the one interchange in both entries; rook
            // its two interchanges, one in each.
            piv.set(k, if rook { p } else { kp }, true);
            piv.set(k + 1, kp, true);
        }
        k += kstep;
    }
}

/// `!(a < b)`: true when `a >= b` and also when either is NaN, so that the
/// rook search stops on NaN and Inf as the reference's does.
#[allow(clippy::neg_cmp_op_on_partial_ord)]
fn not_less<R: RealScalar>(a: R, b: R) -> bool {
    !(a < b)
}

/// The largest off-diagonal `|re| + |im|` in row (and column) `imax` of the
/// trailing lower triangle from column `k` on: `(column, value)`, the first
/// largest from the left.
fn row_max<T: Scalar>(a: &MatMut<'_, T>, k: usize, imax: usize) -> (usize, T::Real) {
    let n = a.nrows();
    let mut best = (k, <T::Real as Scalar>::zero());
    for j in k..imax {
        let v = a.get(imax, j).abs1();
        if j == k || v > best.1 {
            best = (j, v);
        }
    }
    for j in imax + 1..n {
        let v = a.get(j, imax).abs1();
        if v > best.1 || (imax == k && j == imax + 1) {
            best = (j, v);
        }
    }
    best
}

/// The symmetric interchange of rows and columns `kk` and `kp` (`kk < kp`)
/// in the trailing lower triangle from column `k` on (step `k`'s pivot
/// block starts there; a 2x2 block's first column, row `kk`, moves too).
fn symmetric_swap<T: Scalar>(mut a: MatMut<'_, T>, herm: bool, k: usize, kk: usize, kp: usize) {
    let n = a.nrows();
    for i in kp + 1..n {
        let t = a.get(i, kk);
        a.set(i, kk, a.get(i, kp));
        a.set(i, kp, t);
    }
    for j in kk + 1..kp {
        let t = cj(a.get(j, kk), herm);
        a.set(j, kk, cj(a.get(kp, j), herm));
        a.set(kp, j, t);
    }
    if herm {
        a.set(kp, kk, a.get(kp, kk).conj());
    }
    let t = a.get(kk, kk);
    a.set(kk, kk, a.get(kp, kp));
    a.set(kp, kp, t);
    if kk > k {
        let t = a.get(kk, k);
        a.set(kk, k, a.get(kp, k));
        a.set(kp, k, t);
    }
}

/// `W[lo.., c] -= A[lo.., ..k] cj(W[r, ..k])^T`: column `c` of W brought up
/// to date with the panel's `k` finished columns.
#[allow(clippy::too_many_arguments)]
fn update_column<T: Scalar>(
    a: &MatMut<'_, T>,
    w: &mut MatMut<'_, T>,
    herm: bool,
    k: usize,
    r: usize,
    c: usize,
    lo: usize,
) {
    let n = a.nrows();
    if k == 0 || lo >= n {
        return;
    }
    let mut x = [T::zero(); BLOCK];
    for (j, xj) in x.iter_mut().enumerate().take(k) {
        *xj = cj(w.get(r, j), herm);
    }
    let y = w.rb_mut().col_mut(c).subvec(lo, n - lo);
    let am: MatRef<'_, T> = a.rb().submatrix(lo, 0, n - lo, k);
    level2::gemv(Trans::No, -T::one(), am, VecRef::from_slice(&x[..k]), T::one(), y);
}

/// Copies rows `k..` of W's column `from` to its column `to`.
fn copy_w_column<T: Scalar>(w: &mut MatMut<'_, T>, k: usize, from: usize, to: usize) {
    for i in k..w.nrows() {
        w.set(i, to, w.get(i, from));
    }
}

/// Interchanges rows `p` and `q` of `m` in columns `cols`.
fn swap_in_rows<T: Scalar>(m: &mut MatMut<'_, T>, p: usize, q: usize, cols: std::ops::Range<usize>) {
    if p != q {
        for j in cols {
            let t = m.get(p, j);
            m.set(p, j, m.get(q, j));
            m.set(q, j, t);
        }
    }
}

/// Moves the original (not yet updated) column `kk` of the trailing lower
/// triangle to the place of column `kp > kk`, whose updated data is in W:
/// the lower half of the symmetric interchange of `kk` and `kp` (rows and
/// columns before `kk`, and column `kk` itself, are the caller's).
fn move_column<T: Scalar>(a: &mut MatMut<'_, T>, herm: bool, kk: usize, kp: usize) {
    a.set(kp, kp, diag(a.get(kk, kk), herm));
    for j in kk + 1..kp {
        a.set(kp, j, cj(a.get(j, kk), herm));
    }
    for j in kp + 1..a.nrows() {
        a.set(j, kp, a.get(j, kk));
    }
}

/// The pivoting of a panel ([`lasyf`], [`lasyf_rook`], [`lasyf_rk`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Pivoting {
    /// Bunch-Kaufman's, in LAPACK's `?sytrf` storage.
    BunchKaufman,
    /// Rook's, in `?sytrf_rook` storage (each column of L interchanged only
    /// by the steps before it).
    Rook,
    /// Rook's, with every interchange applied to all the columns before its
    /// step (`?sytrf_rk` storage; D's off-diagonal still in A).
    RookApplied,
}

/// Factors up to `nb` columns of the trailing matrix `a` (all of them when
/// `nb >= n`) left-looking, then updates the rest of the lower triangle with
/// one GEMMT. Returns the number of columns factored: `nb - 1` when a 2x2
/// block would straddle the panel's edge. `w` (`n x min(nb, n)`) holds
/// `W = L D` of the panel's columns.
#[allow(clippy::too_many_arguments)]
fn panel<T: Scalar, P: BlockPivotIndex>(
    mut a: MatMut<'_, T>,
    herm: bool,
    pivoting: Pivoting,
    nb: usize,
    mut w: MatMut<'_, T>,
    piv: &mut Pivots<'_, P>,
    info: &mut Option<usize>,
    opts: &GemmOptions,
) -> usize {
    let n = a.nrows();
    let rook = pivoting != Pivoting::BunchKaufman;
    let alpha = alpha::<T::Real>();
    let zero = <T::Real as Scalar>::zero();
    let small = crate::scalar_ops::sfmin::<T::Real>();
    let whole = nb >= n;
    let mut k = 0;
    while if whole { k < n } else { k + 1 < nb } {
        for i in k..n {
            w.set(i, k, a.get(i, k));
        }
        update_column(&a, &mut w, herm, k, k, k, k);
        if herm {
            w.set(k, k, diag(w.get(k, k), true));
        }
        let absakk = diag_abs(w.get(k, k), herm);
        let (imax, colmax) = (k + 1..n).fold((k, zero), |(bi, bv), i| {
            let v = w.get(i, k).abs1();
            if i == k + 1 || v > bv {
                (i, v)
            } else {
                (bi, bv)
            }
        });
        let mut kstep = 1;
        // `p`: the row a rook 2x2 step interchanges with k first.
        let mut p = k;
        let kp;
        if absakk.max(colmax) == zero || absakk.is_nan() {
            info.get_or_insert(k);
            kp = k;
            for i in k..n {
                a.set(i, k, w.get(i, k));
            }
        } else {
            // (The rook test is the reference's, which also stops on NaN.)
            if if rook { not_less(absakk, alpha * colmax) } else { absakk >= alpha * colmax } {
                kp = k;
            } else {
                let (mut imax, mut colmax) = (imax, colmax);
                loop {
                    // Column imax, brought up to date, into W's next column.
                    let c = k + 1;
                    for j in k..imax {
                        w.set(j, c, cj(a.get(imax, j), herm));
                    }
                    w.set(imax, c, diag(a.get(imax, imax), herm));
                    for j in imax + 1..n {
                        w.set(j, c, a.get(j, imax));
                    }
                    update_column(&a, &mut w, herm, k, imax, c, k);
                    if herm {
                        w.set(imax, c, diag(w.get(imax, c), true));
                    }
                    // The first largest off-diagonal entry of row imax.
                    let (jmax, rowmax) = (k..n).filter(|&j| j != imax).fold((k, zero), |(bj, bv), j| {
                        let v = w.get(j, c).abs1();
                        if (j == k && imax != k) || (j == k + 1 && imax == k) || v > bv {
                            (j, v)
                        } else {
                            (bj, bv)
                        }
                    });
                    let dimax = diag_abs(w.get(imax, c), herm);
                    if !rook {
                        if absakk >= alpha * colmax * (colmax / rowmax) {
                            kp = k;
                        } else if dimax >= alpha * rowmax {
                            kp = imax;
                            copy_w_column(&mut w, k, c, k);
                        } else {
                            kp = imax;
                            kstep = 2;
                        }
                        break;
                    }
                    if not_less(dimax, alpha * rowmax) {
                        kp = imax;
                        copy_w_column(&mut w, k, c, k);
                        break;
                    } else if p == jmax || rowmax <= colmax {
                        kp = imax;
                        kstep = 2;
                        break;
                    }
                    // Row imax's largest entry leads on: column imax (in W's
                    // column k now) becomes the candidate partner.
                    p = imax;
                    colmax = rowmax;
                    imax = jmax;
                    copy_w_column(&mut w, k, c, k);
                }
            }
            if kstep == 2 && p != k {
                // Rook's first interchange, k with p: p's updated column is
                // in W's column k.
                move_column(&mut a, herm, k, p);
                swap_in_rows(&mut a, k, p, 0..k);
                swap_in_rows(&mut w, k, p, 0..k + 2);
            }
            let kk = k + kstep - 1;
            if kp != kk {
                // kp's updated column is in W's column kk; rows kk and kp of
                // the finished columns of A and of W interchange.
                move_column(&mut a, herm, kk, kp);
                swap_in_rows(&mut a, kk, kp, 0..k);
                swap_in_rows(&mut w, kk, kp, 0..kk + 1);
            }
            if kstep == 1 {
                for i in k..n {
                    a.set(i, k, w.get(i, k));
                }
                let d = a.get(k, k);
                if diag_abs(d, herm) >= small || !rook {
                    let r = if herm { T::from_real(<T::Real as Scalar>::one() / d.re()) } else { recip(d) };
                    for i in k + 1..n {
                        a.set(i, k, a.get(i, k) * r);
                    }
                } else {
                    // 1/d would overflow: divide.
                    for i in k + 1..n {
                        let l = if herm {
                            div_real(a.get(i, k), d.re())
                        } else {
                            ferroblas_kernels::aux::scalars::div(a.get(i, k), d)
                        };
                        a.set(i, k, l);
                    }
                }
            } else {
                let (d11, d21, d22) = (w.get(k, k), w.get(k + 1, k), w.get(k + 1, k + 1));
                let b = Block2::new(d11, d21, d22, herm);
                for j in k + 2..n {
                    let (l1, l2) = b.solve(w.get(j, k), w.get(j, k + 1));
                    a.set(j, k, l1);
                    a.set(j, k + 1, l2);
                }
                a.set(k, k, d11);
                a.set(k + 1, k, d21);
                a.set(k + 1, k + 1, d22);
            }
        }
        if kstep == 1 {
            piv.set(k, kp, false);
        } else {
            // Bunch-Kaufman records the one interchange in both entries; rook
            // its two interchanges, one in each.
            piv.set(k, if rook { p } else { kp }, true);
            piv.set(k + 1, kp, true);
        }
        k += kstep;
    }
    let kb = k;
    if kb < n {
        // A22 -= L21 W21^H (^T when symmetric), lower triangle only.
        let (left, right) = a.rb_mut().split_at_col(kb);
        let l21 = left.into_ref().submatrix(kb, 0, n - kb, kb);
        let mut a22 = right.submatrix(kb, 0, n - kb, n - kb);
        let w21 = w.rb().submatrix(kb, 0, n - kb, kb);
        let tb = if herm { Trans::ConjTrans } else { Trans::Trans };
        level3::gemmt_with(
            &T::kernels().gemm,
            opts,
            Uplo::Lower,
            Trans::No,
            tb,
            -T::one(),
            l21,
            w21,
            T::one(),
            a22.rb_mut(),
        );
        if herm {
            for j in 0..n - kb {
                a22.set(j, j, diag(a22.get(j, j), true));
            }
        }
    }
    if pivoting != Pivoting::RookApplied {
        // Undo, in the panel's finished columns, the interchanges of the
        // steps after them: LAPACK's factor interchanges each column only by
        // the steps before it. Backwards, the second row's first.
        let mut c = kb;
        while c > 1 {
            let jj = c - 1;
            let (jp, two) = piv.get(jj);
            let first = if two { jj - 1 } else { jj };
            swap_in_rows(&mut a, jj, jp, 0..first);
            if rook && two {
                swap_in_rows(&mut a, first, piv.get(first).0, 0..first);
            }
            c = first;
        }
    }
    kb
}

/// The width of W a panel of `nb` columns of an `n x n` matrix writes: a
/// step before column `nb - 1` may use W's next column too; a panel of the
/// whole matrix, all `n`.
fn panel_w_cols(n: usize, nb: usize) -> usize {
    nb.min(n)
}

/// One panel on the caller's matrix, as LAPACK's `?lasyf` family: the
/// `uplo` frame, the caller's pivot numbering, and INFO.
#[allow(clippy::too_many_arguments)]
fn panel_call<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    pivoting: Pivoting,
    a: MatMut<'_, T>,
    nb: usize,
    ipiv: &mut [P],
    w: MatMut<'_, T>,
    par: Par,
) -> (usize, Result<(), Info>) {
    let n = a.nrows();
    assert!(a.ncols() == n && ipiv.len() >= n, "lasyf: operand shapes disagree");
    assert!(w.nrows() >= n && w.ncols() >= panel_w_cols(n, nb), "lasyf: W is too small");
    let herm = herm && T::IS_COMPLEX;
    let reversed = uplo == Uplo::Upper;
    let a = if reversed { a.reversed() } else { a };
    let w = w.submatrix(0, 0, n, panel_w_cols(n, nb));
    let mut piv = Pivots { ipiv: &mut ipiv[..n], n, reversed, base: 0 };
    let opts = GemmOptions { nthreads: crate::level3::Level3::threads(par), ..GemmOptions::default() };
    let mut info = None;
    let kb = if n == 0 { 0 } else { panel(a, herm, pivoting, nb, w, &mut piv, &mut info, &opts) };
    let r = match info {
        Some(i) => Err(Info::from_index(if reversed { n - 1 - i } else { i })),
        None => Ok(()),
    };
    (kb, r)
}

/// `?lasyf` / `?lahef`: factors up to `nb` columns of the symmetric
/// (`herm = false`) or Hermitian matrix in the `uplo` triangle of `a` with
/// Bunch-Kaufman pivoting, as a panel of [`sytrf`]: the first columns for
/// `Lower`, the last for `Upper` (all of them when `nb >= n`), then updates
/// the rest of the triangle with them. Returns `KB`, the number of columns
/// factored (`nb - 1` when a 2x2 block would straddle the panel's edge),
/// and `Err(Info)` for the first exactly zero 1x1 block among them. The
/// factored columns and `ipiv`'s entries for them are as [`sytrf`] leaves
/// them. `w`: workspace of at least `n` rows and `min(nb, n)` columns.
pub fn lasyf<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatMut<'_, T>,
    nb: usize,
    ipiv: &mut [P],
    w: MatMut<'_, T>,
    par: Par,
) -> (usize, Result<(), Info>) {
    panel_call(uplo, herm, Pivoting::BunchKaufman, a, nb, ipiv, w, par)
}

/// `?lasyf_rook` / `?lahef_rook`: [`lasyf`] with rook pivoting, the panel of
/// [`sytrf_rook`].
pub fn lasyf_rook<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatMut<'_, T>,
    nb: usize,
    ipiv: &mut [P],
    w: MatMut<'_, T>,
    par: Par,
) -> (usize, Result<(), Info>) {
    panel_call(uplo, herm, Pivoting::Rook, a, nb, ipiv, w, par)
}

/// `?lasyf_rk` / `?lahef_rk`: [`lasyf_rook`] leaving its columns in rk
/// storage: every interchange applied to the panel's columns before its
/// step, and a 2x2 block's off-diagonal entry moved to `e` (at the index of
/// its first row in the order of elimination; zero for the other entries
/// of the factored columns), its place in A zeroed.
#[allow(clippy::too_many_arguments)]
pub fn lasyf_rk<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    mut a: MatMut<'_, T>,
    nb: usize,
    e: &mut [T],
    ipiv: &mut [P],
    w: MatMut<'_, T>,
    par: Par,
) -> (usize, Result<(), Info>) {
    let n = a.nrows();
    assert!(e.len() >= n, "lasyf_rk: E is too short");
    let (kb, r) = panel_call(uplo, herm, Pivoting::RookApplied, a.rb_mut(), nb, ipiv, w, par);
    let reversed = uplo == Uplo::Upper;
    let mut a = if reversed { a.reversed() } else { a };
    let idx = |k: usize| if reversed { n - 1 - k } else { k };
    let mut k = 0;
    while k < kb {
        let two = ipiv[idx(k)].decode().is_some_and(|(_, two)| two);
        if two && k + 1 < n {
            e[idx(k)] = a.get(k + 1, k);
            e[idx(k + 1)] = T::zero();
            a.set(k + 1, k, T::zero());
            k += 2;
        } else {
            e[idx(k)] = T::zero();
            k += 1;
        }
    }
    (kb, r)
}

/// Solves `A X = B` in place of the `n x nrhs` matrix `b`, given the
/// factorization of A from [`sytrf`] (the same `uplo` and `herm`, the
/// factor in `a`, the pivots in `ipiv`).
///
/// Panics, before writing anything, when a pivot entry names no row of A.
pub fn sytrs<T: Scalar, P: BlockPivotIndex>(uplo: Uplo, herm: bool, a: MatRef<'_, T>, ipiv: &[P], b: MatMut<'_, T>) {
    solve(uplo, herm, false, a, ipiv, b)
}

/// [`sytrs`] for a factorization from [`sytrf_rook`].
pub fn sytrs_rook<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatRef<'_, T>,
    ipiv: &[P],
    b: MatMut<'_, T>,
) {
    solve(uplo, herm, true, a, ipiv, b)
}

fn solve<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    rook: bool,
    a: MatRef<'_, T>,
    ipiv: &[P],
    b: MatMut<'_, T>,
) {
    let n = a.nrows();
    assert!(a.ncols() == n && b.nrows() == n && ipiv.len() >= n, "sytrs: operand shapes disagree");
    assert!(ipiv[..n].iter().all(|p| p.decode().is_some_and(|(r, _)| r < n)), "sytrs: a pivot names no row of A");
    let herm = herm && T::IS_COMPLEX;
    let reversed = uplo == Uplo::Upper;
    let (a, mut b) = if reversed { (a.reversed(), b.reversed_rows()) } else { (a, b) };
    let get = |k: usize| -> (usize, bool) {
        let idx = if reversed { n - 1 - k } else { k };
        let (row, two) = ipiv[idx].decode().expect("checked above");
        (if reversed { n - 1 - row } else { row }, two)
    };
    let nrhs = b.ncols();
    let swap = |b: &mut MatMut<'_, T>, p: usize, q: usize| {
        if p != q {
            for j in 0..nrhs {
                let t = b.get(p, j);
                b.set(p, j, b.get(q, j));
                b.set(q, j, t);
            }
        }
    };
    // L D Y = P B, forwards.
    let mut k = 0;
    while k < n {
        let (kp, two) = get(k);
        if !two {
            swap(&mut b, k, kp);
            for j in 0..nrhs {
                let bk = b.get(k, j);
                for i in k + 1..n {
                    b.set(i, j, b.get(i, j) - a.get(i, k) * bk);
                }
                let d = a.get(k, k);
                b.set(k, j, if herm { div_real(bk, d.re()) } else { ferroblas_kernels::aux::scalars::div(bk, d) });
            }
            k += 1;
        } else {
            if rook {
                // Rook: rows k and k + 1 each have their own interchange.
                swap(&mut b, k, kp);
                swap(&mut b, k + 1, get(k + 1).0);
            } else {
                swap(&mut b, k + 1, kp);
            }
            let e = a.get(k + 1, k);
            let e1 = cj(e, herm);
            let (d11, d22) = (a.get(k, k) * recip(e1), a.get(k + 1, k + 1) * recip(e));
            let denom = d11 * d22 - T::one();
            for j in 0..nrhs {
                let (b1, b2) = (b.get(k, j), b.get(k + 1, j));
                for i in k + 2..n {
                    b.set(i, j, b.get(i, j) - a.get(i, k) * b1 - a.get(i, k + 1) * b2);
                }
                let (c1, c2) = (b1 * recip(e1), b2 * recip(e));
                b.set(k, j, ferroblas_kernels::aux::scalars::div(d22 * c1 - c2, denom));
                b.set(k + 1, j, ferroblas_kernels::aux::scalars::div(d11 * c2 - c1, denom));
            }
            k += 2;
        }
    }
    // L^H X = Y, backwards, then the interchanges.
    let mut k = n;
    while k > 0 {
        let top = k - 1;
        let (kp, two) = get(top);
        let first = if two { top - 1 } else { top };
        for c in first..=top {
            for j in 0..nrhs {
                let mut s = b.get(c, j);
                for i in top + 1..n {
                    s -= cj(a.get(i, c), herm) * b.get(i, j);
                }
                b.set(c, j, s);
            }
        }
        swap(&mut b, top, kp);
        if rook && two {
            swap(&mut b, first, get(first).0);
        }
        k = first;
    }
}
