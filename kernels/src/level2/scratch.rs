//! Per-thread scratch vectors for the Level-2 drivers.
//!
//! Strided vectors are copied into contiguous scratch so the SIMD kernels see
//! unit increments. The buffers live in thread-local storage and are reused,
//! so after the first call of a given size no allocation happens; a nested
//! request (two scratch vectors at once) takes a second buffer from the same
//! per-thread stack.

use crate::scalar::Scalar;
use crate::views::{MatMut, MatRef, VecMut, VecRef};
use std::cell::RefCell;

thread_local! {
    static FREE: RefCell<Vec<Vec<u64>>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` on a scratch slice of `len` elements of `T` (contents unspecified
/// but initialized), taken from this thread's buffers.
pub(crate) fn with_scratch<T: Scalar, R>(len: usize, f: impl FnOnce(&mut [T]) -> R) -> R {
    const { assert!(core::mem::align_of::<T>() <= core::mem::align_of::<u64>()) };
    let words = (len * core::mem::size_of::<T>()).div_ceil(8);
    let mut buf = FREE.with(|b| b.borrow_mut().pop()).unwrap_or_default();
    if buf.len() < words {
        buf = vec![0u64; words];
    }
    // SAFETY: the buffer holds at least `len * size_of::<T>()` initialized bytes,
    // aligned for `T` (checked above); `T` is a float or a pair of floats, for
    // which every bit pattern is valid; the slice borrows `buf` exclusively.
    let s = unsafe { core::slice::from_raw_parts_mut(buf.as_mut_ptr() as *mut T, len) };
    let r = f(s);
    FREE.with(|b| b.borrow_mut().push(buf));
    r
}

/// Runs `f` on a pointer to the elements of `x` laid out contiguously: `x`'s
/// own memory when its increment is 1, else a scratch copy.
pub(crate) fn with_dense<T: Scalar, R>(x: VecRef<'_, T>, f: impl FnOnce(*const T) -> R) -> R {
    if x.inc() == 1 || x.len() <= 1 {
        return f(x.as_ptr());
    }
    with_scratch(x.len(), |buf: &mut [T]| {
        for (i, b) in buf.iter_mut().enumerate() {
            // SAFETY: `i < x.len()`.
            *b = unsafe { x.get_unchecked(i) };
        }
        f(buf.as_ptr())
    })
}

/// Runs `f` on a pointer to the elements of `y` laid out contiguously, and
/// writes the results back when a scratch copy was needed.
pub(crate) fn with_dense_mut<T: Scalar, R>(mut y: VecMut<'_, T>, f: impl FnOnce(*mut T) -> R) -> R {
    if y.inc() == 1 || y.len() <= 1 {
        return f(y.as_mut_ptr());
    }
    with_scratch(y.len(), |buf: &mut [T]| {
        for (i, b) in buf.iter_mut().enumerate() {
            // SAFETY: `i < y.len()`.
            *b = unsafe { y.get_unchecked(i) };
        }
        let r = f(buf.as_mut_ptr());
        for (i, b) in buf.iter().enumerate() {
            // SAFETY: `i < y.len()`.
            unsafe { y.set_unchecked(i, *b) };
        }
        r
    })
}

/// Runs `f` on a column-major copy (unit row stride) of `a`, or on `a` itself
/// when its rows are already adjacent.
pub(crate) fn with_col_major<T: Scalar, R>(a: MatRef<'_, T>, f: impl FnOnce(MatRef<'_, T>) -> R) -> R {
    let (m, n) = (a.nrows(), a.ncols());
    if a.row_stride() == 1 || m == 0 || n == 0 {
        return f(a);
    }
    with_scratch(m * n, |buf: &mut [T]| {
        for j in 0..n {
            for i in 0..m {
                // SAFETY: `(i, j)` is inside `a`.
                buf[i + j * m] = unsafe { a.get_unchecked(i, j) };
            }
        }
        f(MatRef::from_col_major(buf, m, n, m))
    })
}

/// Runs `f` on a column-major copy of `a` and copies the result back, or on
/// `a` itself when its rows are already adjacent.
pub(crate) fn with_col_major_mut<T: Scalar, R>(mut a: MatMut<'_, T>, f: impl FnOnce(MatMut<'_, T>) -> R) -> R {
    let (m, n) = (a.nrows(), a.ncols());
    if a.row_stride() == 1 || m == 0 || n == 0 {
        return f(a);
    }
    with_scratch(m * n, |buf: &mut [T]| {
        for j in 0..n {
            for i in 0..m {
                // SAFETY: `(i, j)` is inside `a`.
                buf[i + j * m] = unsafe { a.rb().get_unchecked(i, j) };
            }
        }
        let r = f(MatMut::from_col_major(buf, m, n, m));
        for j in 0..n {
            for i in 0..m {
                // SAFETY: `(i, j)` is inside `a`.
                unsafe { a.set_unchecked(i, j, buf[i + j * m]) };
            }
        }
        r
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_scratch_gets_distinct_buffers() {
        with_scratch(8, |a: &mut [f64]| {
            a.fill(1.0);
            with_scratch(8, |b: &mut [f64]| {
                b.fill(2.0);
            });
            assert!(a.iter().all(|&v| v == 1.0));
        });
    }

    #[test]
    fn dense_copy_round_trips() {
        let mut y = [1.0, 0.0, 2.0, 0.0, 3.0];
        with_dense_mut(VecMut::from_blas(&mut y, 3, -2), |p| {
            // SAFETY: three contiguous elements.
            unsafe {
                assert_eq!((*p, *p.add(2)), (3.0, 1.0));
                *p = 30.0;
            }
        });
        assert_eq!(y, [1.0, 0.0, 2.0, 0.0, 30.0]);
    }
}
