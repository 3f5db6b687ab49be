//! A global allocator that counts, for the tests that hold a routine to its
//! workspace argument: a test binary installs [`Counting`] as its
//! `#[global_allocator]` and asks [`allocations_during`] how many heap
//! allocations a call made. Counts are process-wide, so such a binary runs
//! its cases on one thread (see [`allocations_during`]).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// The system allocator, counting allocations and reallocations.
pub struct Counting;

static COUNT: AtomicUsize = AtomicUsize::new(0);
static BYTES: AtomicUsize = AtomicUsize::new(0);
/// Serializes the measured sections of one test binary's test threads.
static SECTION: Mutex<()> = Mutex::new(());

// SAFETY: every method forwards to `System` with the caller's arguments; the
// counters are plain atomics and never allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        COUNT.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: forwarded unchanged.
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        COUNT.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: forwarded unchanged.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        COUNT.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(new_size, Ordering::Relaxed);
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

/// Runs `f` and returns what it allocated, with the library's pool at one
/// thread and no other measured section running, so that the count is
/// `f`'s alone. Call `f` once beforehand (a warm-up at the same sizes): the
/// BLAS keeps each thread's packing buffers between calls, as every BLAS
/// does, and the first call allocates them.
pub fn allocations_during<R>(f: impl FnOnce() -> R) -> (R, Allocations) {
    let _guard = SECTION.lock().unwrap_or_else(|e| e.into_inner());
    ferroblas_kernels::pool::set_num_threads(1);
    let (c0, b0) = (COUNT.load(Ordering::SeqCst), BYTES.load(Ordering::SeqCst));
    let r = f();
    let (c1, b1) = (COUNT.load(Ordering::SeqCst), BYTES.load(Ordering::SeqCst));
    (r, Allocations { count: c1 - c0, bytes: b1 - b0 })
}
