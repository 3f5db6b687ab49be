//! Level-1 BLAS: vector-vector operations.
//!
//! Each routine takes strided views, so one function serves every increment.
//! Dense vectors go to the dispatched SIMD kernels; strided ones go through the
//! very same kernels, staged chunk by chunk through stack buffers, so that on a
//! given kernel table an element's bits never depend on the increments or on
//! `n` (and a reduction's bits never depend on the increments): LAPACK's
//! eigenvalue tests compare results computed along different call paths bit
//! for bit. The reference's quirks for non-positive increments belong to the C
//! ABI layer, not here.

pub mod kernels;
mod reductions;
mod rotations;
mod split;
mod vector_ops;

pub use reductions::{asum, dot, dotc, dotu, dsdot, iamax, iamin, nrm2, sdsdot};
pub use rotations::{rotg, rotg_complex, rotm, rotmg, RotmParam};
pub use vector_ops::{axpby, axpy, copy, rot, scal, scal_real, swap};

use crate::views::{VecMut, VecRef};

/// When two views can be handed to a dense kernel as they are: both forward
/// with increment 1, or both backward with increment -1 (the same element
/// pairs, walked from the other end). Returns the lowest addresses.
#[inline]
fn dense_pair<T>(x: &VecRef<'_, T>, y: &VecRef<'_, T>) -> Option<(*const T, *const T)> {
    let n = x.len();
    if n <= 1 || (x.inc() == 1 && y.inc() == 1) || (x.inc() == -1 && y.inc() == -1) {
        Some((x.lowest_ptr(), y.lowest_ptr()))
    } else {
        None
    }
}

/// `dense_pair` for a read-only and a mutable view.
#[inline]
fn dense_pair_mut<T>(x: &VecRef<'_, T>, y: &mut VecMut<'_, T>) -> Option<(*const T, *mut T)> {
    dense_pair(x, &y.rb()).map(|(a, b)| (a, b as *mut T))
}

/// Panics unless two vector operands have the same length.
#[inline]
fn same_len(a: usize, b: usize) {
    assert_eq!(a, b, "vector operands differ in length");
}

/// Elements per chunk when element-wise operations stage strided operands.
const STAGE: usize = 64;

/// True when two strided vectors of `n` elements (`x` written too when
/// `write_x`) share memory in a way that makes staging visible: an element
/// written through one view is reached again later (a zero increment on a
/// written vector, or the two views meeting). Those calls stage one element
/// at a time, which is exactly the reference's element-by-element loop.
/// Views that merely interleave (two rows of one matrix) stay chunked.
fn entangled<T>(n: usize, x: *const T, incx: isize, y: *const T, incy: isize, write_x: bool) -> bool {
    if n <= 1 {
        return false;
    }
    if incy == 0 || (write_x && incx == 0) {
        return true;
    }
    let s = core::mem::size_of::<T>() as isize;
    // Half-open byte range a view reaches.
    let range = |p: *const T, inc: isize| {
        let a = p.addr() as isize;
        let b = a.wrapping_add((n as isize - 1).wrapping_mul(inc).wrapping_mul(s));
        (a.min(b), a.max(b).wrapping_add(s))
    };
    let ((xl, xh), (yl, yh)) = (range(x, incx), range(y, incy));
    if xh <= yl || yh <= xl {
        return false;
    }
    if incx != incy {
        return true;
    }
    // Equal increments: the views meet iff some element of one lies within
    // less than one element of some element of the other.
    let step = incx.abs() * s;
    let r = (x.addr() as isize).wrapping_sub(y.addr() as isize).rem_euclid(step);
    r < s || r > step - s
}

/// Runs the element-wise kernel `f(m, xbuf, ybuf)` over strided vectors of `n`
/// elements (element `i` at `x + i*incx`, `y + i*incy`), `STAGE` elements at a
/// time copied to stack buffers (one at a time when the views are
/// [`entangled`]); `y` is copied back, and `x` too when `WRITE_X`. Elements are
/// processed in increasing index order.
///
/// # Safety
/// Every element of both vectors readable, those copied back writable.
// Out of line: the strided path must not keep the dense one from inlining
// into the ABI wrappers (it cost `daxpy_` n = 8 some 30 instructions).
#[inline(never)]
unsafe fn staged_pair<T: Copy, const WRITE_X: bool>(
    n: usize,
    x: *mut T,
    incx: isize,
    y: *mut T,
    incy: isize,
    mut f: impl FnMut(usize, *mut T, *mut T),
) {
    let mut xb = [const { core::mem::MaybeUninit::<T>::uninit() }; STAGE];
    let mut yb = [const { core::mem::MaybeUninit::<T>::uninit() }; STAGE];
    let (xb, yb) = (xb.as_mut_ptr().cast::<T>(), yb.as_mut_ptr().cast::<T>());
    let chunk = if entangled(n, x, incx, y, incy, WRITE_X) { 1 } else { STAGE };
    let mut i = 0;
    while i < n {
        let m = (n - i).min(chunk);
        // SAFETY: `i + k < n` elements of each vector; `k < m <= STAGE` in the buffers.
        unsafe {
            let (xs, ys) = (x.offset(i as isize * incx), y.offset(i as isize * incy));
            let (mut xp, mut yp) = (xs, ys);
            for k in 0..m {
                *xb.add(k) = *xp;
                *yb.add(k) = *yp;
                (xp, yp) = (xp.wrapping_offset(incx), yp.wrapping_offset(incy));
            }
            f(m, xb, yb);
            let (mut xp, mut yp) = (xs, ys);
            for k in 0..m {
                if WRITE_X {
                    *xp = *xb.add(k);
                }
                *yp = *yb.add(k);
                (xp, yp) = (xp.wrapping_offset(incx), yp.wrapping_offset(incy));
            }
        }
        i += m;
    }
}

/// [`staged_pair`] for one vector, updated in place by `f(m, buf)`.
///
/// # Safety
/// Every element of the vector readable and writable.
#[inline(never)]
unsafe fn staged_one<T: Copy>(n: usize, x: *mut T, incx: isize, mut f: impl FnMut(usize, *mut T)) {
    let mut xb = [const { core::mem::MaybeUninit::<T>::uninit() }; STAGE];
    let xb = xb.as_mut_ptr().cast::<T>();
    // A zero increment makes every element the same one: update it n times.
    let chunk = if incx == 0 { 1 } else { STAGE };
    let mut i = 0;
    while i < n {
        let m = (n - i).min(chunk);
        // SAFETY: `i + k < n` elements of the vector; `k < m <= STAGE` in the buffer.
        unsafe {
            let xs = x.offset(i as isize * incx);
            let mut xp = xs;
            for k in 0..m {
                *xb.add(k) = *xp;
                xp = xp.wrapping_offset(incx);
            }
            f(m, xb);
            let mut xp = xs;
            for k in 0..m {
                *xp = *xb.add(k);
                xp = xp.wrapping_offset(incx);
            }
        }
        i += m;
    }
}
