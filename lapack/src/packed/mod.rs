//! Packed-storage and triangular band linear systems.
//!
//! - [`triangular`]: triangular matrices in packed storage: solve (`?tptrs`),
//!   invert (`?tptri`), condition number (`?tpcon`), error bounds (`?tprfs`)
//!   and the overflow-guarded solve (`?latps`);
//! - [`band`]: the same for triangular band matrices (`?tbtrs`, `?tbcon`,
//!   `?tbrfs`, `?latbs`);
//! - [`cholesky`]: Hermitian positive definite matrices in packed storage
//!   (`?pptrf`, `?pptrs`, `?ppsv`, `?pptri`, `?ppcon`, `?pprfs`, `?ppequ`,
//!   `?laqsp`/`?laqhp`);
//! - [`indefinite`]: symmetric and Hermitian indefinite matrices in packed
//!   storage (`?sptrf`/`?hptrf`, `?sptrs`/`?hptrs`, `?spsv`/`?hpsv`,
//!   `?sptri`/`?hptri`, `?spcon`/`?hpcon`, `?sprfs`/`?hprfs`);
//!
//! Packed storage is LAPACK's: column `j` of the upper triangle (rows
//! `0..=j`) starts at `j (j + 1) / 2`, column `j` of the lower one (rows
//! `j..n`) at `j n - j (j - 1) / 2`; `n (n + 1) / 2` elements in all.
//!
//! The `O(n^3)` routines unpack into a full `n x n` workspace above
//! [`UNPACK_MIN`] and run the blocked full-storage routine there (the
//! `O(n^2)` copies are cheap next to the Level-3 speed they buy); below it
//! they work in place, column by column.

pub mod band;
pub mod cholesky;
pub mod indefinite;
mod refine;
pub mod triangular;

use crate::condition::TriStore;
use ferroblas_kernels::level1;
use ferroblas_kernels::level2::{self, Layout};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, MatRef, Trans, Uplo, VecMut, VecRef};

/// The order from which the `O(n^3)` packed routines work on an unpacked
/// full copy (Level 3) instead of in place (Level 2). Measured with `dpptrf`
/// against `dpotrf` plus the copy, one thread: the in-place loop was already
/// 1.8x slower at n = 16 and 5x at n = 40, about even at n = 8.
pub const UNPACK_MIN: usize = 12;

/// The number of elements of a packed triangle of order `n`.
#[inline]
pub const fn packed_len(n: usize) -> usize {
    n * (n + 1) / 2
}

/// Where column `j` of the packed `uplo` triangle of order `n` starts
/// (its row 0 for upper, its diagonal for lower).
#[inline]
pub const fn col_start(upper: bool, n: usize, j: usize) -> usize {
    if upper {
        j * (j + 1) / 2
    } else {
        // sum over k < j of (n - k)
        j * n - j * j.saturating_sub(1) / 2
    }
}

/// The `uplo` triangle in packed storage, as [`TriStore`] reads it.
pub(crate) struct PackedTri<'a, T> {
    pub ap: &'a [T],
    pub n: usize,
    pub upper: bool,
}

impl<T: Scalar> TriStore<T> for PackedTri<'_, T> {
    fn order(&self) -> usize {
        self.n
    }
    fn upper(&self) -> bool {
        self.upper
    }
    fn diag(&self, j: usize) -> T {
        let s = col_start(self.upper, self.n, j);
        if self.upper {
            self.ap[s + j]
        } else {
            self.ap[s]
        }
    }
    fn off(&self, j: usize) -> (usize, VecRef<'_, T>) {
        let s = col_start(self.upper, self.n, j);
        if self.upper {
            (0, VecRef::from_slice(&self.ap[s..s + j]))
        } else {
            (j + 1, VecRef::from_slice(&self.ap[s + 1..s + self.n - j]))
        }
    }
    fn solve(&self, trans: Trans, diag: Diag, x: VecMut<'_, T>) {
        level2::tpsv(Layout::ColMajor, self.uplo(), trans, diag, &self.ap[..packed_len(self.n)], x);
    }
    fn multiply(&self, trans: Trans, diag: Diag, x: VecMut<'_, T>) {
        level2::tpmv(Layout::ColMajor, self.uplo(), trans, diag, &self.ap[..packed_len(self.n)], x);
    }
}

impl<T> PackedTri<'_, T> {
    fn uplo(&self) -> Uplo {
        if self.upper {
            Uplo::Upper
        } else {
            Uplo::Lower
        }
    }
}

/// The `uplo` triangle of band storage with `kd` off-diagonals: `A(i, j)` at
/// row `kd + i - j` (upper) or `i - j` (lower) of column `j` of `ab`.
pub(crate) struct BandTri<'a, T> {
    pub ab: MatRef<'a, T>,
    pub kd: usize,
    pub upper: bool,
}

impl<T: Scalar> TriStore<T> for BandTri<'_, T> {
    fn order(&self) -> usize {
        self.ab.ncols()
    }
    fn upper(&self) -> bool {
        self.upper
    }
    fn diag(&self, j: usize) -> T {
        self.ab.get(if self.upper { self.kd } else { 0 }, j)
    }
    fn off(&self, j: usize) -> (usize, VecRef<'_, T>) {
        let c = self.ab.col(j);
        if self.upper {
            let lo = j.saturating_sub(self.kd);
            (lo, c.subvec(self.kd + lo - j, j - lo))
        } else {
            let len = self.kd.min(self.ab.ncols() - 1 - j);
            (j + 1, c.subvec(1, len))
        }
    }
}

/// Copies the packed `uplo` triangle of order `n` into the same triangle of `a`.
pub(crate) fn unpack<T: Scalar>(upper: bool, ap: &[T], mut a: MatMut<'_, T>) {
    let n = a.ncols();
    for j in 0..n {
        let s = col_start(upper, n, j);
        let (lo, len) = if upper { (0, j + 1) } else { (j, n - j) };
        let src = VecRef::from_slice(&ap[s..s + len]);
        level1::copy(src, a.rb_mut().col_mut(j).subvec(lo, len));
    }
}

/// Copies the `uplo` triangle of `a` into packed storage.
pub(crate) fn pack<T: Scalar>(upper: bool, a: MatRef<'_, T>, ap: &mut [T]) {
    let n = a.ncols();
    for j in 0..n {
        let s = col_start(upper, n, j);
        let (lo, len) = if upper { (0, j + 1) } else { (j, n - j) };
        level1::copy(a.col(j).subvec(lo, len), VecMut::from_slice(&mut ap[s..s + len]));
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_indef;
#[cfg(test)]
mod tests_pd;
