//! The integer type of the ABI.

/// BLAS/LAPACK `INTEGER`: 32 bits in the standard (LP64) interface.
pub type BlasInt = i32;

/// Converts a BLAS length known to be non-negative.
#[inline(always)]
pub fn len(n: i64) -> usize {
    debug_assert!(n >= 0);
    n as usize
}

/// Converts a BLAS increment or stride.
#[inline(always)]
pub fn inc(i: i64) -> isize {
    i as isize
}
