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
use ferroblas_kernels::{MatMut, MatRef, Trans, Uplo, VecMut, VecRef};

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

/// The workspace [`sytrf_rook`] needs: none (it is unblocked).
pub fn sytrf_rook_req<T: Scalar>(_n: usize) -> WorkReq {
    WorkReq::EMPTY
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
/// entries may differ. Column by column; needs no workspace.
pub fn sytrf_rook<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatMut<'_, T>,
    ipiv: &mut [P],
    par: Par,
) -> Result<(), Info> {
    factor(uplo, herm, true, a, ipiv, par, Workspace::empty(), 0)
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
    if nb < 2 || rook || n <= UNBLOCKED_MAX {
        sytf2(a, herm, rook, &mut piv, &mut info);
    } else {
        let (w, _) = work.take::<T>(n * nb);
        let mut k = 0;
        while k < n {
            let rest = n - k;
            let width = if rest > nb { nb } else { rest };
            piv.base = k;
            let sub = a.rb_mut().submatrix(k, k, rest, rest);
            let mut panel_info = None;
            let kb = panel(sub, herm, width, &mut w[..rest * width], &mut piv, &mut panel_info, &opts);
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
    w: &mut [T],
    n: usize,
    herm: bool,
    k: usize,
    r: usize,
    c: usize,
    lo: usize,
) {
    if k == 0 || lo >= n {
        return;
    }
    let mut x = [T::zero(); BLOCK];
    for (j, xj) in x.iter_mut().enumerate().take(k) {
        *xj = cj(w[r + j * n], herm);
    }
    let (left, right) = w.split_at_mut(c * n);
    let _ = left;
    let y = VecMut::from_slice(&mut right[lo..n]);
    let am: MatRef<'_, T> = a.rb().submatrix(lo, 0, n - lo, k);
    level2::gemv(Trans::No, -T::one(), am, VecRef::from_slice(&x[..k]), T::one(), y);
}

/// Factors up to `nb` columns of the trailing matrix `a` (all of them when
/// `nb == n`) left-looking, then updates the rest of the lower triangle with
/// one GEMMT. Returns the number of columns factored: `nb - 1` when a 2x2
/// block would straddle the panel's edge.
fn panel<T: Scalar, P: BlockPivotIndex>(
    mut a: MatMut<'_, T>,
    herm: bool,
    nb: usize,
    w: &mut [T],
    piv: &mut Pivots<'_, P>,
    info: &mut Option<usize>,
    opts: &GemmOptions,
) -> usize {
    let n = a.nrows();
    let alpha = alpha::<T::Real>();
    let zero = <T::Real as Scalar>::zero();
    let whole = nb >= n;
    let mut k = 0;
    while if whole { k < n } else { k < nb - 1 } {
        for i in k..n {
            w[i + k * n] = a.get(i, k);
        }
        update_column(&a, w, n, herm, k, k, k, k);
        if herm {
            w[k + k * n] = diag(w[k + k * n], true);
        }
        let absakk = diag_abs(w[k + k * n], herm);
        let (imax, colmax) = (k + 1..n).fold((k, zero), |(bi, bv), i| {
            let v = w[i + k * n].abs1();
            if i == k + 1 || v > bv {
                (i, v)
            } else {
                (bi, bv)
            }
        });
        let mut kstep = 1;
        let kp;
        if absakk.max(colmax) == zero || absakk.is_nan() {
            info.get_or_insert(k);
            kp = k;
            for i in k..n {
                a.set(i, k, w[i + k * n]);
            }
        } else {
            if absakk >= alpha * colmax {
                kp = k;
            } else {
                // Column imax, brought up to date, into W's next column.
                let c = k + 1;
                for j in k..imax {
                    w[j + c * n] = cj(a.get(imax, j), herm);
                }
                w[imax + c * n] = diag(a.get(imax, imax), herm);
                for j in imax + 1..n {
                    w[j + c * n] = a.get(j, imax);
                }
                update_column(&a, w, n, herm, k, imax, c, k);
                if herm {
                    w[imax + c * n] = diag(w[imax + c * n], true);
                }
                let rowmax = (k..n).filter(|&j| j != imax).fold(zero, |m, j| m.max(w[j + c * n].abs1()));
                if absakk >= alpha * colmax * (colmax / rowmax) {
                    kp = k;
                } else if diag_abs(w[imax + c * n], herm) >= alpha * rowmax {
                    kp = imax;
                    w.copy_within(k + c * n..n + c * n, k + k * n);
                } else {
                    kp = imax;
                    kstep = 2;
                }
            }
            let kk = k + kstep - 1;
            if kp != kk {
                // Move the original column kk to kp's place (kp's own data is
                // in W now), and interchange rows kk and kp of the finished
                // columns of A and of W.
                a.set(kp, kp, diag(a.get(kk, kk), herm));
                for j in kk + 1..kp {
                    a.set(kp, j, cj(a.get(j, kk), herm));
                }
                for j in kp + 1..n {
                    a.set(j, kp, a.get(j, kk));
                }
                for j in 0..kk {
                    let t = a.get(kk, j);
                    a.set(kk, j, a.get(kp, j));
                    a.set(kp, j, t);
                }
                for j in 0..=kk {
                    w.swap(kk + j * n, kp + j * n);
                }
            }
            if kstep == 1 {
                for i in k..n {
                    a.set(i, k, w[i + k * n]);
                }
                let d = a.get(k, k);
                let r = if herm { T::from_real(<T::Real as Scalar>::one() / d.re()) } else { recip(d) };
                for i in k + 1..n {
                    a.set(i, k, a.get(i, k) * r);
                }
            } else {
                let (d11, d21, d22) = (w[k + k * n], w[k + 1 + k * n], w[k + 1 + (k + 1) * n]);
                let b = Block2::new(d11, d21, d22, herm);
                for j in k + 2..n {
                    let (l1, l2) = b.solve(w[j + k * n], w[j + (k + 1) * n]);
                    a.set(j, k, l1);
                    a.set(j, k + 1, l2);
                }
                a.set(k, k, d11);
                a.set(k + 1, k, d21);
                a.set(k + 1, k + 1, d22);
            }
        }
        piv.set(k, kp, kstep == 2);
        if kstep == 2 {
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
        let w21 = MatRef::from_col_major(&w[..n * kb], n, kb, n).submatrix(kb, 0, n - kb, kb);
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
    // Undo, in the panel's finished columns, the interchanges of the steps
    // after them: LAPACK's factor interchanges each column only by the steps
    // before it.
    let mut c = kb;
    while c > 1 {
        let jj = c - 1;
        let (jp, two) = piv.get(jj);
        c -= if two { 2 } else { 1 };
        if jp != jj && c >= 1 {
            for j in 0..c {
                let t = a.get(jj, j);
                a.set(jj, j, a.get(jp, j));
                a.set(jp, j, t);
            }
        }
    }
    kb
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
