//! Level-1 BLAS: vector-vector operations.
//!
//! Each routine takes strided views, so one function serves every increment;
//! dense vectors (increment 1, or -1 on both operands) go to the dispatched
//! SIMD kernels, anything else runs a scalar loop. The reference's quirks for
//! non-positive increments belong to the C ABI layer, not here.

pub mod kernels;
mod reductions;
mod rotations;
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
