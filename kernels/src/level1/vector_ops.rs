//! Element-wise Level-1 operations: axpy, axpby, scal, copy, swap, rot.

use super::{dense_pair, dense_pair_mut, same_len, staged_one, staged_pair};
use crate::scalar::Scalar;
use crate::views::{VecMut, VecRef};

/// `y := alpha * x + y` (`?axpy`). `alpha = 0` leaves `y` untouched.
#[inline(always)]
pub fn axpy<T: Scalar>(alpha: T, x: VecRef<'_, T>, mut y: VecMut<'_, T>) {
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
