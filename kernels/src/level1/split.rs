//! Long Level-1 calls cut into fixed pieces, run on the pool.
//!
//! A vector longer than [`PIECE`] is cut into consecutive runs of `PIECE`
//! logical elements (the last one shorter), whatever the thread count. An
//! element-wise operation runs each piece as it would run the whole vector,
//! so its bits do not change at all; a reduction computes one partial result
//! per piece and combines them in piece order, so its bits depend on `n`
//! alone: 1, 2 or 16 threads, or a call made from inside the pool (which runs
//! the pieces serially), give the same answer. The thread count decides only
//! who runs which piece, and, through [`PAR_MIN`], whether more than one
//! thread is woken at all.

use super::entangled;
use crate::pool;
use crate::views::VecMut;
use std::sync::Mutex;

/// Logical elements per piece: a reduction's partial results are over runs
/// this long. Fixed, so the answer does not depend on the thread count; long
/// enough that the per-piece cost (a task hand-out, one more partial sum) is
/// lost in the streaming of 16K elements.
pub(super) const PIECE: usize = 1 << 14;

/// Shortest vector whose pieces are spread over the pool. Below it the
/// pieces (of a reduction) still run, serially, so the bits are the same.
///
/// Two pieces: the shortest split that can use a second thread. Measured on a
/// 2-core Intel Xeon (AVX-512), idle, 1 and 2 threads interleaved in one
/// process: at 2^15 elements 2 threads take 0.94x the 1-thread time for
/// `ddot`, 0.87x `daxpy`, 0.88x `dscal`, 1.0x `idamax`, 1.16x `dasum` (its
/// kernel is the slow part), and from 2^16 on 0.4-0.76x for all five; on a
/// machine busy with other work the 2-thread call stays within 5% of the
/// 1-thread one, because the caller never waits for a worker that has not
/// started (`pool::for_each_task`).
pub(super) const PAR_MIN: usize = 1 << 15;

/// Threads a call of `n` elements may use.
fn threads_for(n: usize) -> usize {
    if n >= PAR_MIN {
        pool::num_threads()
    } else {
        1
    }
}

/// Runs `f(start, len)` over the pieces of `0..n`, on the pool when `n` is
/// long enough. Each piece runs exactly once; pieces may run concurrently.
///
/// The pieces go out in one contiguous run per thread, not one at a time:
/// a thread then finds its run of a vector in its own cache on the next call
/// (handed out piece by piece, `daxpy` at 2^17-2^20 elements gained nothing
/// from a second thread, its written lines moving between the cores' caches).
pub(super) fn run(n: usize, f: impl Fn(usize, usize) + Sync) {
    let pieces = n.div_ceil(PIECE);
    let threads = threads_for(n);
    let runs = threads.min(pieces).max(1);
    pool::for_each_task(runs, threads, |r| {
        for p in r * pieces / runs..(r + 1) * pieces / runs {
            let start = p * PIECE;
            f(start, PIECE.min(n - start))
        }
    });
}

/// `f(start, len)` of every piece of `0..n`, in piece order (see [`run`]).
pub(super) fn partials<R: Send>(n: usize, f: impl Fn(usize, usize) -> R + Sync) -> Vec<R> {
    let slots: Vec<Mutex<Option<R>>> = (0..n.div_ceil(PIECE)).map(|_| Mutex::new(None)).collect();
    run(n, |start, len| {
        let r = f(start, len);
        *slots[start / PIECE].lock().unwrap_or_else(|e| e.into_inner()) = Some(r);
    });
    slots
        .into_iter()
        .map(|s| s.into_inner().unwrap_or_else(|e| e.into_inner()).expect("every piece runs once"))
        .collect()
}

/// True when an element-wise call over two vectors of `n` elements may run
/// its pieces concurrently: the views share no element, or are the very same
/// view (then piece `p` of one is piece `p` of the other). Views that meet
/// otherwise keep the reference's element-by-element order on one thread.
pub(super) fn pair_splits<T>(n: usize, x: *const T, incx: isize, y: *const T, incy: isize) -> bool {
    n >= PAR_MIN && ((x == y && incx == incy && incx != 0) || !entangled(n, x, incx, y, incy, true))
}

/// True when an element-wise call over one vector of `n` elements may run its
/// pieces concurrently (a zero increment makes every element the same one).
pub(super) fn one_splits(n: usize, inc: isize) -> bool {
    n >= PAR_MIN && inc != 0
}

/// A mutable view shared by the tasks of a split call, each of which takes
/// its own piece.
pub(super) struct Pieces<T> {
    first: *mut T,
    inc: isize,
}

impl<T> Clone for Pieces<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Pieces<T> {}

// SAFETY: `Pieces` hands out disjoint runs of the view's elements (the
// contract of `piece`), so sharing it is sharing exclusive access piecewise.
unsafe impl<T: Send> Send for Pieces<T> {}
// SAFETY: as for `Send`.
unsafe impl<T: Send> Sync for Pieces<T> {}

impl<T> Pieces<T> {
    /// Shares `v` for the duration of a split call.
    pub(super) fn new(v: &mut VecMut<'_, T>) -> Self {
        Pieces { first: v.as_mut_ptr(), inc: v.inc() }
    }

    /// Logical elements `start..start + len` of the shared view.
    ///
    /// # Safety
    /// The run lies inside the view, the view outlives `'a`, and runs handed to
    /// tasks that may overlap in time share no element.
    pub(super) unsafe fn piece<'a>(self, start: usize, len: usize) -> VecMut<'a, T> {
        // SAFETY: the run lies inside the view (the caller's contract).
        unsafe { VecMut::from_raw_parts(self.first.offset(start as isize * self.inc), len, self.inc) }
    }
}
