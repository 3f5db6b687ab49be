//! Element-wise Level-1 operations: axpy, axpby, scal, copy, swap, rot.

use super::split::{self, Pieces, PAR_MIN};
use super::{dense_pair, dense_pair_mut, same_len, staged_one, staged_pair};
use crate::scalar::Scalar;
use crate::views::{VecMut, VecRef};

/// `y := alpha * x + y` (`?axpy`). `alpha = 0` leaves `y` untouched.
#[inline(always)]
pub fn axpy<T: Scalar>(alpha: T, x: VecRef<'_, T>, mut y: VecMut<'_, T>) {
    if x.len() >= PAR_MIN && !alpha.is_zero() && split_pair(x, &mut y, |x, y| axpy_piece(alpha, x, y)) {
        return;
    }
    axpy_piece(alpha, x, y)
}

/// [`axpy`] on one thread.
#[inline(always)]
fn axpy_piece<T: Scalar>(alpha: T, x: VecRef<'_, T>, mut y: VecMut<'_, T>) {
    let n = x.len();
    same_len(n, y.len());
    if n == 0 || alpha.is_zero() {
        return;
    }
    if let Some((xp, yp)) = dense_pair_mut(&x, &mut y) {
        // SAFETY: both views cover `n` dense elements from these addresses.
        unsafe { (T::kernels().l1.axpy)(n, alpha, xp, yp) };
    } else {
        let axpy = T::kernels().l1.axpy;
        // SAFETY: the views cover `n` elements each; only `y` is written. The
        // kernel gets buffers of `m` elements.
        unsafe {
            staged_pair::<T, false>(n, x.as_ptr() as *mut T, x.inc(), y.as_mut_ptr(), y.inc(), |m, xb, yb| {
                axpy(m, alpha, xb, yb)
            })
        };
    }
}

/// `y := alpha * x + beta * y` (`?axpby`, an OpenBLAS/MKL extension).
/// `beta = 0` overwrites `y` without reading it; `alpha = 0` does not read
/// `x` (so `y := beta * y`, or zeros when both are 0), as OpenBLAS does.
#[inline(always)]
pub fn axpby<T: Scalar>(alpha: T, x: VecRef<'_, T>, beta: T, mut y: VecMut<'_, T>) {
    if x.len() >= PAR_MIN && split_pair(x, &mut y, |x, y| axpby_piece(alpha, x, beta, y)) {
        return;
    }
    axpby_piece(alpha, x, beta, y)
}

/// [`axpby`] on one thread.
#[inline(always)]
fn axpby_piece<T: Scalar>(alpha: T, x: VecRef<'_, T>, beta: T, mut y: VecMut<'_, T>) {
    let n = x.len();
    same_len(n, y.len());
    if n == 0 {
        return;
    }
    if alpha.is_zero() {
        if beta.is_zero() {
            for i in 0..n {
                // SAFETY: `i < n`.
                unsafe { y.set_unchecked(i, T::zero()) };
            }
        } else {
            scal(beta, y);
        }
        return;
    }
    if let Some((xp, yp)) = dense_pair_mut(&x, &mut y) {
        // SAFETY: both views cover `n` dense elements from these addresses.
        unsafe { (T::kernels().l1.axpby)(n, alpha, xp, beta, yp) };
    } else {
        let axpby = T::kernels().l1.axpby;
        // SAFETY: as in `axpy`. With `beta = 0` the staged copy of `y` is read
        // from memory but not by the kernel, so its value cannot matter.
        unsafe {
            staged_pair::<T, false>(n, x.as_ptr() as *mut T, x.inc(), y.as_mut_ptr(), y.inc(), |m, xb, yb| {
                axpby(m, alpha, xb, beta, yb)
            })
        };
    }
}

/// `x := alpha * x` (`?scal`). Every element is multiplied, so NaN and Inf in
/// `x` propagate even when `alpha = 0`, as in the reference.
#[inline(always)]
pub fn scal<T: Scalar>(alpha: T, mut x: VecMut<'_, T>) {
    if x.len() >= PAR_MIN && split_one(&mut x, |x| scal_piece(alpha, x)) {
        return;
    }
    scal_piece(alpha, x)
}

/// [`scal`] on one thread.
#[inline(always)]
fn scal_piece<T: Scalar>(alpha: T, mut x: VecMut<'_, T>) {
    let n = x.len();
    if n == 0 {
        return;
    }
    if x.is_dense() {
        // SAFETY: the view covers `n` dense elements from its lowest address.
        unsafe { (T::kernels().l1.scal)(n, alpha, x.lowest_mut_ptr()) };
    } else {
        let scal = T::kernels().l1.scal;
        // SAFETY: the view covers `n` elements; the kernel gets a buffer of `m`.
        unsafe { staged_one(n, x.as_mut_ptr(), x.inc(), |m, xb| scal(m, alpha, xb)) };
    }
}

/// `x := alpha * x` for a real `alpha` (`csscal`, `zdscal`; `?scal` for real types).
#[inline(always)]
pub fn scal_real<T: Scalar>(alpha: T::Real, mut x: VecMut<'_, T>) {
    if x.len() >= PAR_MIN && split_one(&mut x, |x| scal_real_piece(alpha, x)) {
        return;
    }
    scal_real_piece(alpha, x)
}

/// [`scal_real`] on one thread.
#[inline(always)]
fn scal_real_piece<T: Scalar>(alpha: T::Real, mut x: VecMut<'_, T>) {
    let n = x.len();
    if n == 0 {
        return;
    }
    if x.is_dense() {
        // SAFETY: the view covers `n` dense elements from its lowest address.
        unsafe { (T::kernels().l1.scal_real)(n, alpha, x.lowest_mut_ptr()) };
    } else {
        let scal_real = T::kernels().l1.scal_real;
        // SAFETY: the view covers `n` elements; the kernel gets a buffer of `m`.
        unsafe { staged_one(n, x.as_mut_ptr(), x.inc(), |m, xb| scal_real(m, alpha, xb)) };
    }
}

/// `y := x` (`?copy`).
#[inline(always)]
pub fn copy<T: Scalar>(x: VecRef<'_, T>, mut y: VecMut<'_, T>) {
    if x.len() >= PAR_MIN && split_pair(x, &mut y, |x, y| copy_piece(x, y)) {
        return;
    }
    copy_piece(x, y)
}

/// [`copy`] on one thread.
#[inline(always)]
fn copy_piece<T: Scalar>(x: VecRef<'_, T>, mut y: VecMut<'_, T>) {
    let n = x.len();
    same_len(n, y.len());
    if let Some((xp, yp)) = dense_pair_mut(&x, &mut y) {
        // SAFETY: both spans hold `n` elements; `copy` tolerates overlap.
        unsafe { core::ptr::copy(xp, yp, n) };
    } else {
        for i in 0..n {
            // SAFETY: `i < n` for both views.
            unsafe { y.set_unchecked(i, x.get_unchecked(i)) };
        }
    }
}

/// `x <-> y` (`?swap`).
#[inline(always)]
pub fn swap<T: Scalar>(mut x: VecMut<'_, T>, mut y: VecMut<'_, T>) {
    if x.len() >= PAR_MIN && split_two(&mut x, &mut y, |x, y| swap_piece(x, y)) {
        return;
    }
    swap_piece(x, y)
}

/// [`swap`] on one thread.
#[inline(always)]
fn swap_piece<T: Scalar>(mut x: VecMut<'_, T>, mut y: VecMut<'_, T>) {
    let n = x.len();
    same_len(n, y.len());
    if let Some((xp, yp)) = dense_pair(&x.rb(), &y.rb()) {
        let (xp, yp) = (xp as *mut T, yp as *mut T);
        for i in 0..n {
            // SAFETY: `i < n` in both dense spans; `ptr::swap` tolerates overlap.
            unsafe { core::ptr::swap(xp.add(i), yp.add(i)) };
        }
    } else {
        for i in 0..n {
            // SAFETY: `i < n` for both views.
            unsafe {
                let t = x.get_unchecked(i);
                x.set_unchecked(i, y.get_unchecked(i));
                y.set_unchecked(i, t);
            }
        }
    }
}

/// The plane rotation `x := c x + s y`, `y := c y - s x` with real `c`, `s`
/// (`?rot`, `csrot`, `zdrot`).
#[inline(always)]
pub fn rot<T: Scalar>(mut x: VecMut<'_, T>, mut y: VecMut<'_, T>, c: T::Real, s: T::Real) {
    if x.len() >= PAR_MIN && split_two(&mut x, &mut y, |x, y| rot_piece(x, y, c, s)) {
        return;
    }
    rot_piece(x, y, c, s)
}

/// [`rot`] on one thread.
#[inline(always)]
fn rot_piece<T: Scalar>(mut x: VecMut<'_, T>, mut y: VecMut<'_, T>, c: T::Real, s: T::Real) {
    let n = x.len();
    same_len(n, y.len());
    if n == 0 {
        return;
    }
    if let Some((xp, yp)) = dense_pair(&x.rb(), &y.rb()) {
        // SAFETY: both views cover `n` dense elements from these addresses.
        unsafe { (T::kernels().l1.rot)(n, xp as *mut T, yp as *mut T, c, s) };
    } else {
        let rot = T::kernels().l1.rot;
        // SAFETY: both views cover `n` elements; the kernel gets buffers of `m`.
        unsafe {
            staged_pair::<T, true>(n, x.as_mut_ptr(), x.inc(), y.as_mut_ptr(), y.inc(), |m, xb, yb| {
                rot(m, xb, yb, c, s)
            })
        };
    }
}

/// Runs `f` over the pieces of `x` and `y` on the pool (see [`split`]) and
/// returns true, or returns false having done nothing when the views meet in a
/// way that keeps the call on one thread. Out of line: short calls never get here.
#[inline(never)]
pub(super) fn split_pair<T: Scalar>(
    x: VecRef<'_, T>,
    y: &mut VecMut<'_, T>,
    f: impl Fn(VecRef<'_, T>, VecMut<'_, T>) + Sync,
) -> bool {
    let n = x.len();
    same_len(n, y.len());
    if !split::pair_splits(n, x.as_ptr(), x.inc(), y.as_mut_ptr() as *const T, y.inc()) {
        return false;
    }
    let yp = Pieces::new(y);
    // SAFETY: pieces are disjoint runs of `y`'s logical elements, and `y`'s
    // elements are distinct (its increment is not 0).
    split::run(n, |s, l| f(x.subvec(s, l), unsafe { yp.piece(s, l) }));
    true
}

/// [`split_pair`] for two vectors both written.
#[inline(never)]
pub(super) fn split_two<T: Scalar>(
    x: &mut VecMut<'_, T>,
    y: &mut VecMut<'_, T>,
    f: impl Fn(VecMut<'_, T>, VecMut<'_, T>) + Sync,
) -> bool {
    let n = x.len();
    same_len(n, y.len());
    if !split::pair_splits(n, x.as_mut_ptr() as *const T, x.inc(), y.as_mut_ptr() as *const T, y.inc()) {
        return false;
    }
    let (xp, yp) = (Pieces::new(x), Pieces::new(y));
    // SAFETY: pieces are disjoint runs of each view; the views share no
    // element, or are one view whose piece `p` only task `p` touches.
    split::run(n, |s, l| unsafe { f(xp.piece(s, l), yp.piece(s, l)) });
    true
}

/// [`split_pair`] for one vector.
#[inline(never)]
pub(super) fn split_one<T: Scalar>(x: &mut VecMut<'_, T>, f: impl Fn(VecMut<'_, T>) + Sync) -> bool {
    let n = x.len();
    if !split::one_splits(n, x.inc()) {
        return false;
    }
    let xp = Pieces::new(x);
    // SAFETY: pieces are disjoint runs of the view, whose elements are distinct.
    split::run(n, |s, l| f(unsafe { xp.piece(s, l) }));
    true
}
