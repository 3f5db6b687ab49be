//! A global allocator that counts, for the tests that hold a routine to its
//! workspace argument: a test binary installs [`Counting`] as its
//! `#[global_allocator]` and asks [`allocations_during`] how many heap
//! allocations a call made. Counts are per thread, so the test harness's
//! other threads do not disturb them; the library's pool is set to one
//! thread while measuring, so a routine's allocations are its caller's.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// The system allocator, counting each thread's allocations and
/// reallocations.
pub struct Counting;

thread_local! {
    /// This thread's (allocations, bytes); const-initialised, so reading it
    /// never allocates.
    static MINE: Cell<(usize, usize)> = const { Cell::new((0, 0)) };
}

fn count(bytes: usize) {
    // A thread being torn down has no counter left; nothing to count there.
    let _ = MINE.try_with(|c| {
        let (n, b) = c.get();
        c.set((n + 1, b + bytes));
    });
}

// SAFETY: every method forwards to `System` with the caller's arguments; the
// counter is a const thread-local cell and never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        // SAFETY: forwarded unchanged.
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        // SAFETY: forwarded unchanged.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size);
        // SAFETY: forwarded unchanged.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

/// What [`allocations_during`] saw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Allocations {
    /// Heap allocations (and reallocations) made.
    pub count: usize,
    /// Bytes they asked for.
    pub bytes: usize,
}

/// Runs `f` on this thread and returns what it allocated, with the
/// library's pool at one thread, so that all of `f`'s work is on this
/// thread. Call `f` once beforehand (a warm-up at the same sizes): the BLAS
/// keeps each thread's packing buffers between calls, as every BLAS does,
/// and the first call allocates them.
pub fn allocations_during<R>(f: impl FnOnce() -> R) -> (R, Allocations) {
    ferroblas_kernels::pool::set_num_threads(1);
    let (c0, b0) = MINE.with(Cell::get);
    let r = f();
    let (c1, b1) = MINE.with(Cell::get);
    (r, Allocations { count: c1 - c0, bytes: b1 - b0 })
}
