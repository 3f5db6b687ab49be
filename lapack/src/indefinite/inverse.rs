//! The inverse of a symmetric or Hermitian matrix from its Bunch-Kaufman
//! factor (`?sytri`, `?sytri2`, `?sytri2x`, `?hetri`, `?hetri2`,
//! `?hetri2x`).
//!
//! With the factor written one step at a time, `A = P0 L0 diag(D0, A1)
//! L0^H P0^T` (L0 unit, its column block `l` below D0), the inverse is
//!
//! ```text
//! inv(A) = P0 [ inv(D0) + l^H S l   -l^H S ] P0^T,   S = inv(A1),
//!             [ -S l                 S     ]
//! ```
//!
//! so [`sytri`] builds it from the last step backwards with one symmetric
//! matrix-vector product per column. [`sytri2x`] converts the factor instead
//! ([`syconv`]: `A = P L D L^H P^T`, L unit), inverts L with relapack's
//! recursive TRTRI, forms `inv(L)^H inv(D) inv(L)` a block of columns at a
//! time with TRMM, and applies P to the result.

use super::convert::{cj, frame, syconv, sym_swap, Steps, Way};
use crate::relapack::pivots::BlockPivotIndex;
use crate::relapack::trtri::trtri;
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::complex_sym::symv;
use ferroblas_kernels::level2::{div, hemv};
use ferroblas_kernels::level3::trmm;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{Diag, MatMut, MatRef, Side, Trans, Uplo, VecMut, VecRef};

/// The workspace [`sytri`] needs: one column (`n` elements).
pub fn sytri_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T>(n)
}

/// The workspace [`sytri2x`] needs for block size `nb`: `n x nb` for a
/// block of columns of the product and `n` for D's off-diagonal.
pub fn sytri2x_req<T: Scalar>(n: usize, nb: usize) -> WorkReq {
    WorkReq::new::<T>(n * nb.clamp(1, n.max(1))).and(WorkReq::new::<T>(n))
}

/// The workspace [`sytri2`] needs for block size `nb`: [`sytri`]'s when
/// `nb >= n`, else [`sytri2x`]'s.
pub fn sytri2_req<T: Scalar>(n: usize, nb: usize) -> WorkReq {
    if nb >= n {
        sytri_req::<T>(n)
    } else {
        sytri2x_req::<T>(n, nb)
    }
}

/// `Err` naming the first (in the order of elimination) 1x1 block of D that
/// is exactly zero, as the reference checks before it computes anything.
pub(crate) fn check_singular<T: Scalar, P: BlockPivotIndex>(a: &MatMut<'_, T>, s: &Steps<'_, P>) -> Result<(), Info> {
    let n = a.nrows();
    match (0..n).find(|&k| !s.get(k).1 && a.get(k, k).is_zero()) {
        Some(k) => Err(Info::from_index(s.idx(k))),
        None => Ok(()),
    }
}

/// The inverse of the 2x2 block `[d11 cj(d21); d21 d22]`: `(x11, x21, x22)`.
/// Scaled by `d21` (its modulus when Hermitian) as the reference does, so
/// that the determinant neither overflows nor underflows first.
fn inv2<T: Scalar>(d11: T, d21: T, d22: T, herm: bool) -> (T, T, T) {
    let one = T::one();
    if herm {
        let t = RealScalar::hypot(d21.re(), d21.im());
        let ak = d11.re() / t;
        let akp1 = d22.re() / t;
        let akkp1 = d21.scale_real(<T::Real as Scalar>::one() / t);
        let d = t * (ak * akp1 - <T::Real as Scalar>::one());
        (T::from_real(akp1 / d), -akkp1.scale_real(<T::Real as Scalar>::one() / d), T::from_real(ak / d))
    } else {
        let ak = div(d11, d21);
        let akp1 = div(d22, d21);
        let d = d21 * (ak * akp1 - one);
        (div(akp1, d), div(-one, d), div(ak, d))
    }
}

/// `y := -S x` for the symmetric (Hermitian) S in the lower triangle of `s`.
fn neg_sym_mul<T: Scalar>(herm: bool, s: MatRef<'_, T>, x: &[T], y: VecMut<'_, T>) {
    let x = VecRef::from_slice(x);
    if herm {
        hemv(Uplo::Lower, -T::one(), s, x, T::zero(), y);
    } else {
        symv(Uplo::Lower, -T::one(), s, x, T::zero(), y);
    }
}

/// `sum cj(x_i) y_i`.
fn dot<T: Scalar>(herm: bool, x: &[T], a: &MatMut<'_, T>, col: usize, from: usize) -> T {
    x.iter().enumerate().fold(T::zero(), |s, (i, &xi)| s + cj(xi, herm) * a.get(from + i, col))
}

/// Column `c` below row `k` (rows `k + 1..`) becomes `-S` times itself,
/// S the finished trailing inverse; returns the old column's product with
/// the new one, `l^H S l` up to sign.
fn update_column<T: Scalar>(a: &mut MatMut<'_, T>, herm: bool, c: usize, k: usize, w: &mut [T]) -> T {
    let n = a.nrows();
    let m = n - k - 1;
    let w = &mut w[..m];
    for (i, wi) in w.iter_mut().enumerate() {
        *wi = a.get(k + 1 + i, c);
    }
    let (left, right) = a.rb_mut().split_at_col(k + 1);
    let s = right.into_ref().submatrix(k + 1, 0, m, m);
    let y = left.submatrix(k + 1, c, m, 1).col_mut(0);
    neg_sym_mul(herm, s, w, y);
    dot(herm, w, a, c, k + 1)
}

/// `?sytri` / `?hetri`: overwrites the factor from [`sytrf`](super::sytrf)
/// (`uplo` triangle of `a`, pivots `ipiv`) with that triangle of `inv(A)`,
/// unblocked (Level 2). `work`: [`sytri_req`].
///
/// `Err(Info)` when a 1x1 block `D[i][i]` is exactly zero (INFO = i + 1, the
/// first the factorization met: the last such row for the upper triangle);
/// then A is singular and `a` is left unchanged.
///
/// Panics, before writing anything, when a pivot entry names no row of A.
pub fn sytri<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatMut<'_, T>,
    ipiv: &[P],
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = a.nrows();
    assert!(a.ncols() == n, "sytri: A is not square");
    let herm = herm && T::IS_COMPLEX;
    let s = Steps::new(uplo, ipiv, n);
    let mut a = frame(uplo, a);
    check_singular(&a, &s)?;
    let (w, _) = work.take::<T>(n);
    let real = |x: T| if herm { T::from_real(x.re()) } else { x };
    let mut k = n;
    while k > 0 {
        let last = k - 1;
        let two = s.ends_two(last);
        let first = if two { last - 1 } else { last };
        if !two {
            let d = a.get(last, last);
            a.set(last, last, if herm { T::from_real(<T::Real as Scalar>::one() / d.re()) } else { div(T::one(), d) });
            if last + 1 < n {
                let p = update_column(&mut a, herm, last, last, w);
                a.set(last, last, real(a.get(last, last) - p));
            }
        } else {
            let (x11, x21, x22) = inv2(a.get(first, first), a.get(last, first), a.get(last, last), herm);
            a.set(first, first, x11);
            a.set(last, first, x21);
            a.set(last, last, x22);
            if last + 1 < n {
                let p = update_column(&mut a, herm, last, last, w);
                a.set(last, last, real(a.get(last, last) - p));
                // (new last column)^H (old first column): l_last^H S l_first up to sign.
                let q = (last + 1..n).fold(T::zero(), |acc, i| acc + cj(a.get(i, last), herm) * a.get(i, first));
                a.set(last, first, a.get(last, first) - q);
                let p = update_column(&mut a, herm, first, last, w);
                a.set(first, first, real(a.get(first, first) - p));
            }
        }
        let kp = s.get(last).0;
        if kp > last {
            sym_swap(&mut a, herm, first, last, kp);
        }
        k = first;
    }
    Ok(())
}

/// `?sytri2x` / `?hetri2x`: [`sytri`] on Level-3 kernels, `nb` columns of
/// the product `inv(L)^H inv(D) inv(L)` at a time. `work`: [`sytri2x_req`].
/// `Err(Info)` as [`sytri`]'s, `a` then unchanged.
pub fn sytri2x<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatMut<'_, T>,
    ipiv: &[P],
    nb: usize,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = a.nrows();
    assert!(a.ncols() == n, "sytri2x: A is not square");
    let herm = herm && T::IS_COMPLEX;
    // A block wider than the matrix is the matrix.
    let nb = nb.clamp(1, n.max(1));
    let s = Steps::new(uplo, ipiv, n);
    let mut a = a;
    check_singular(&frame(uplo, a.rb_mut()), &s)?;
    let (e, mut work) = work.take::<T>(n);
    let (wbuf, _) = work.take::<T>(n * nb);
    syconv(uplo, Way::Convert, a.rb_mut(), ipiv, e);
    let mut a = frame(uplo, a);
    invert_converted(herm, a.rb_mut(), e, &s, nb, par, wbuf);
    // inv(A) = P X P^T, P = P0 P1 ...: the last step's interchange first.
    let mut k = n;
    while k > 0 {
        let last = k - 1;
        let first = if s.ends_two(last) { last - 1 } else { last };
        let kp = s.get(last).0;
        if kp > last {
            sym_swap(&mut a, herm, 0, last, kp);
        }
        k = first;
    }
    Ok(())
}

/// The lower triangle of `X = inv(L)^H inv(D) inv(L)` in place of the
/// converted factor `a` (the frame: L unit lower, D's diagonal in `a`, a 2x2
/// block's off-diagonal in `e` at the caller's index of its first row, which
/// this overwrites with inv(D)'s); `nb` columns at a time, `wbuf` at least
/// `n * nb` elements. The permutation is left to the caller.
pub(crate) fn invert_converted<T: Scalar, P: BlockPivotIndex>(
    herm: bool,
    mut a: MatMut<'_, T>,
    e: &mut [T],
    s: &Steps<'_, P>,
    nb: usize,
    par: Par,
    wbuf: &mut [T],
) {
    let n = a.nrows();
    let nb = nb.clamp(1, n.max(1));
    trtri(Uplo::Lower, Diag::Unit, a.rb_mut(), par).expect("a unit triangle is invertible");
    // inv(D) in place of D: the diagonal in `a`, a 2x2 block's off-diagonal
    // in `e` (at the frame's block start).
    let mut k = 0;
    while k < n {
        if s.starts_two(k) {
            let (x11, x21, x22) = inv2(a.get(k, k), e[s.idx(k)], a.get(k + 1, k + 1), herm);
            a.set(k, k, x11);
            e[s.idx(k)] = x21;
            a.set(k + 1, k + 1, x22);
            k += 2;
        } else {
            let d = a.get(k, k);
            a.set(k, k, if herm { T::from_real(<T::Real as Scalar>::one() / d.re()) } else { div(T::one(), d) });
            k += 1;
        }
    }
    // The lower triangle of X = inv(L)^H inv(D) inv(L), columns j0..j0+jb at
    // a time, left to right: X[j0.., J] = inv(L)[j0.., j0..]^H W with
    // W = inv(D) inv(L)[j0.., J] (inv(L)'s rows above j0 are zero in J). A
    // block of X overwrites only columns the later blocks no longer read.
    let tr = if herm { Trans::ConjTrans } else { Trans::Trans };
    let mut j0 = 0;
    // The first block of D starting at or after j0 (walked from the front:
    // only there does a 2x2 entry tell which row the block starts at).
    let mut walk = 0;
    while j0 < n {
        let jb = nb.min(n - j0);
        let m = n - j0;
        let l = |a: &MatMut<'_, T>, i: usize, j: usize| -> T {
            if i > j {
                a.get(i, j)
            } else if i == j {
                T::one()
            } else {
                T::zero()
            }
        };
        let mut w = MatMut::from_col_major(&mut wbuf[..m * jb], m, jb, m);
        // Rows of W by D's blocks; a 2x2 block straddling row j0 reads only
        // its row at or below j0, the other's inv(L) row being zero.
        while walk < j0 {
            walk += if s.starts_two(walk) { 2 } else { 1 };
        }
        let mut i = j0;
        if walk > j0 {
            for jj in 0..jb {
                w.set(0, jj, a.get(i, i) * l(&a, i, j0 + jj));
            }
            i += 1;
        }
        while i < n {
            if s.starts_two(i) {
                let (x11, x21, x22) = (a.get(i, i), e[s.idx(i)], a.get(i + 1, i + 1));
                let x12 = cj(x21, herm);
                for jj in 0..jb {
                    let (l1, l2) = (l(&a, i, j0 + jj), l(&a, i + 1, j0 + jj));
                    w.set(i - j0, jj, x11 * l1 + x12 * l2);
                    w.set(i + 1 - j0, jj, x21 * l1 + x22 * l2);
                }
                i += 2;
            } else {
                let d = a.get(i, i);
                for jj in 0..jb {
                    w.set(i - j0, jj, d * l(&a, i, j0 + jj));
                }
                i += 1;
            }
        }
        trmm(Side::Left, Uplo::Lower, tr, Diag::Unit, T::one(), a.rb().submatrix(j0, j0, m, m), w.rb_mut());
        for jj in 0..jb {
            let j = j0 + jj;
            for i in j..n {
                let x = w.get(i - j0, jj);
                a.set(i, j, if herm && i == j { T::from_real(x.re()) } else { x });
            }
        }
        j0 += jb;
    }
}

/// `?sytri2` / `?hetri2`: [`sytri`] when `nb >= n`, else [`sytri2x`] with
/// block size `nb` (the reference's choice). `work`: [`sytri2_req`].
#[allow(clippy::too_many_arguments)]
pub fn sytri2<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatMut<'_, T>,
    ipiv: &[P],
    nb: usize,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    if nb >= a.nrows() {
        sytri(uplo, herm, a, ipiv, work)
    } else {
        sytri2x(uplo, herm, a, ipiv, nb, par, work)
    }
}
