//! How the Level-2 drivers use the pool.
//!
//! Work is split only along independent outputs — rows of `y` for `y += A x`,
//! elements of `y` for `y += A^T x`, columns of `A` for rank updates — and
//! every part is computed by the same sequence of operations whatever the
//! split, so results are bit-identical at any thread count. The one routine
//! whose outputs are not independent, `hemv`, splits the matrix into slabs
//! whose number depends only on `n` (see `hemv`). Problems below
//! [`PAR_MIN`] elements never wake the pool.

use crate::pool;

/// Matrix elements below which a problem runs on the calling thread: waking
/// the pool costs more than the work saves.
pub(super) const PAR_MIN: usize = 1 << 17;

/// Matrix elements each thread should have at least.
const PAR_GRAIN: usize = 1 << 15;

/// Threads worth using for `work` matrix elements (1 below [`PAR_MIN`] or
/// when called from inside a parallel region).
pub(super) fn threads_for(work: usize) -> usize {
    if work < PAR_MIN || pool::in_pool_thread() {
        return 1;
    }
    pool::num_threads().min(work / PAR_GRAIN).max(1)
}

/// `0..len` cut into `parts` ranges whose boundaries are multiples of
/// `align` (the last range takes the rest): range `k`.
pub(super) fn part(len: usize, parts: usize, align: usize, k: usize) -> (usize, usize) {
    let step = len.div_ceil(parts).next_multiple_of(align);
    ((k * step).min(len), ((k + 1) * step).min(len))
}

/// How many ranges [`part`] makes (some trailing ones may be empty when
/// `align` rounds the step up; they are dropped here).
pub(super) fn parts(len: usize, parts: usize, align: usize) -> usize {
    let step = len.div_ceil(parts.max(1)).next_multiple_of(align).max(1);
    len.div_ceil(step)
}

/// Tasks per thread: a few, so a thread that starts late (or runs on a busy
/// core) leaves its share to the others instead of holding up the call.
pub(super) const TASKS_PER_THREAD: usize = 4;

/// Runs `f(k)` for `k < ntasks` on `nthreads` threads (serially for one).
pub(super) fn for_each(ntasks: usize, nthreads: usize, f: impl Fn(usize) + Sync) {
    if nthreads <= 1 {
        (0..ntasks).for_each(f);
    } else {
        pool::for_each_task(ntasks, nthreads, f);
    }
}

/// A pointer the tasks of one call share; each task touches its own part.
#[derive(Clone, Copy, Debug)]
pub(super) struct Shared<T>(pub *mut T);

impl<T> Shared<T> {
    /// The pointer (a method, so closures capture the whole `Shared`).
    #[inline(always)]
    pub(super) fn get(self) -> *mut T {
        self.0
    }
}

// SAFETY: the drivers hand disjoint parts of the pointee to different tasks
// and wait for all of them before the borrow it came from ends.
unsafe impl<T> Send for Shared<T> {}
// SAFETY: as above.
unsafe impl<T> Sync for Shared<T> {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_cover_the_range_aligned() {
        for len in [0, 1, 63, 64, 65, 1000, 4097] {
            for n in [1, 2, 3, 8] {
                let k = parts(len, n, 64);
                let mut next = 0;
                for i in 0..k {
                    let (a, b) = part(len, n, 64, i);
                    assert_eq!(a, next);
                    assert!(b > a || len == 0);
                    assert!(a % 64 == 0);
                    next = b;
                }
                assert_eq!(next, len);
            }
        }
    }
}
