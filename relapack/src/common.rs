//! The types every LAPACK routine shares: [`Info`] (why a routine could not
//! complete), [`Par`] (how much parallelism it may use) and the explicit
//! workspace ([`WorkReq`], [`Workspace`], [`WorkBuffer`]).
//!
//! A routine `foo` takes its scratch as a [`Workspace`] and states how much it
//! needs with a companion `foo_req(..) -> WorkReq`; it never allocates. The
//! requirement is exact in the sense LAPACK's `lwork` query is: a workspace of
//! `foo_req(..).bytes()` bytes, at any address, is always enough.

use std::fmt;
use std::mem::{align_of, size_of, MaybeUninit};
use std::num::NonZeroUsize;
use std::ptr::NonNull;

// ---------------------------------------------------------------------------
// Info

/// A routine could not complete: LAPACK's positive `INFO`.
///
/// What the number means is routine-specific and documented by each routine
/// (`getrf`: the 1-based index of the first exactly zero pivot; `potrf`: the
/// order of the leading minor that is not positive definite). Invalid
/// arguments are not reported here: the Rust API takes parsed enums and
/// views, and the ABI layer checks the rest before calling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Info(NonZeroUsize);

impl Info {
    /// `INFO = info`.
    ///
    /// # Panics
    /// If `info == 0`: success is `Ok`, never an `Info`.
    #[track_caller]
    pub const fn new(info: usize) -> Self {
        match NonZeroUsize::new(info) {
            Some(v) => Info(v),
            None => panic!("Info::new(0): INFO = 0 is success, return Ok instead"),
        }
    }

    /// The failure at 0-based position `i` (a column, a pivot, a minor of
    /// order `i + 1`): `INFO = i + 1`, the convention of most routines. Keeps
    /// the 1-based arithmetic in one place.
    pub const fn from_index(i: usize) -> Self {
        match i.checked_add(1) {
            Some(v) => Info::new(v),
            None => panic!("Info::from_index(usize::MAX) has no INFO"),
        }
    }

    /// The value, as a non-zero `usize`.
    pub const fn get(self) -> NonZeroUsize {
        self.0
    }

    /// The 0-based position of a failure reported by [`Info::from_index`]
    /// (`INFO - 1`).
    pub const fn index(self) -> usize {
        self.0.get() - 1
    }

    /// The value as LAPACK's `INFO` (positive), for the ABI layer; saturates
    /// at `i64::MAX`, which no real matrix dimension reaches.
    pub fn lapack_info(self) -> i64 {
        i64::try_from(self.0.get()).unwrap_or(i64::MAX)
    }
}

impl fmt::Display for Info {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the routine could not complete (LAPACK INFO = {})", self.0)
    }
}

impl std::error::Error for Info {}

// ---------------------------------------------------------------------------
// Par

/// How much parallelism a routine may use.
///
/// **Results never depend on it**: every recursion and task split is decided
/// by the problem's size, never by the thread count, so a routine returns the
/// same bits with `Par::Seq`, `Par::Threads(1)` or `Par::Threads(64)`. `Par`
/// only decides how many threads of ferroblas's own pool run those tasks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Par {
    /// Run on the calling thread only.
    Seq,
    /// Use up to this many threads of the library pool; `0` means the
    /// library's default ([`ferroblas_kernels::pool::num_threads`]: the
    /// `FERROBLAS_NUM_THREADS`/`OPENBLAS_NUM_THREADS`/`OMP_NUM_THREADS`
    /// setting, else the number of cores, or what `set_num_threads` chose).
    Threads(usize),
}

impl Default for Par {
    /// The library default: `Par::Threads(0)`.
    fn default() -> Self {
        Par::Threads(0)
    }
}

impl Par {
    /// The number of threads this allows (at least 1), resolving `Threads(0)`
    /// to the library's current default.
    pub fn num_threads(self) -> usize {
        match self {
            Par::Seq => 1,
            Par::Threads(0) => ferroblas_kernels::pool::num_threads(),
            Par::Threads(n) => n,
        }
    }
}

// ---------------------------------------------------------------------------
// Workspace

/// How much scratch memory a routine needs.
///
/// A requirement is a number of bytes that already includes the worst-case
/// alignment padding of every array in it, so a buffer of [`bytes()`] bytes
/// is enough at *any* address and in any order of [`Workspace::take`] calls
/// the requirement describes. Requirements compose like faer's `StackReq`:
/// [`and`] for arrays needed at the same time, [`or`] for arrays needed one
/// after the other (the stack is released in between).
///
/// [`bytes()`]: WorkReq::bytes
/// [`and`]: WorkReq::and
/// [`or`]: WorkReq::or
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct WorkReq {
    bytes: usize,
}

impl WorkReq {
    /// No scratch at all.
    pub const EMPTY: WorkReq = WorkReq { bytes: 0 };

    /// `n` elements of `T` (as one [`Workspace::take::<T>(n)`](Workspace::take)).
    ///
    /// # Panics
    /// If the size overflows `usize`.
    #[track_caller]
    pub const fn new<T>(n: usize) -> Self {
        let Some(bytes) = n.checked_mul(size_of::<T>()) else {
            panic!("workspace requirement overflows usize");
        };
        if bytes == 0 {
            return WorkReq::EMPTY;
        }
        // A take may have to skip up to align - 1 bytes to align its array.
        let Some(bytes) = bytes.checked_add(align_of::<T>() - 1) else {
            panic!("workspace requirement overflows usize");
        };
        WorkReq { bytes }
    }

    /// Both requirements at the same time.
    ///
    /// # Panics
    /// If the size overflows `usize`.
    #[track_caller]
    pub const fn and(self, other: WorkReq) -> Self {
        let Some(bytes) = self.bytes.checked_add(other.bytes) else {
            panic!("workspace requirement overflows usize");
        };
        WorkReq { bytes }
    }

    /// One requirement, then the other (the first released before the second).
    pub const fn or(self, other: WorkReq) -> Self {
        WorkReq { bytes: if self.bytes > other.bytes { self.bytes } else { other.bytes } }
    }

    /// The number of bytes a [`Workspace`] needs to satisfy this requirement.
    pub const fn bytes(self) -> usize {
        self.bytes
    }

    /// The number of `T` elements whose storage holds [`bytes()`](WorkReq::bytes)
    /// (rounded up): the answer to LAPACK's `lwork = -1` query for a `T` work
    /// array.
    pub const fn elems<T>(self) -> usize {
        let size = size_of::<T>();
        if size == 0 {
            0
        } else {
            self.bytes.div_ceil(size)
        }
    }
}

/// A stack of scratch memory over a caller's buffer, handed to a routine.
///
/// [`take`](Workspace::take) carves an initialised, aligned array off the
/// front and returns it with the rest of the stack; when both borrows end the
/// memory is free again, so a routine reuses the same bytes for steps that
/// run one after the other (use [`rb_mut`](Workspace::rb_mut) to lend the
/// stack to a step and take it back). Routines take `Workspace` by value, like
/// the matrix views.
///
/// Only untyped memory (`MaybeUninit<u8>`) can back a workspace: arrays of any
/// `Copy` type are written into it, and their padding bytes would leave a
/// caller's `&mut [u8]` or `&mut [f64]` holding uninitialised bytes.
pub struct Workspace<'a> {
    buf: &'a mut [MaybeUninit<u8>],
}

impl<'a> Workspace<'a> {
    /// A workspace over `buf` (any alignment).
    pub fn new(buf: &'a mut [MaybeUninit<u8>]) -> Self {
        Workspace { buf }
    }

    /// An empty workspace, for routines whose requirement is
    /// [`WorkReq::EMPTY`].
    pub fn empty() -> Workspace<'static> {
        Workspace { buf: &mut [] }
    }

    /// The number of bytes left.
    pub fn remaining(&self) -> usize {
        self.buf.len()
    }

    /// How many elements of `T` one [`take`](Workspace::take) can carve from
    /// what is left (after the padding that aligns them).
    pub fn capacity<T>(&self) -> usize {
        let size = size_of::<T>();
        if size == 0 {
            return usize::MAX;
        }
        let pad = self.buf.as_ptr().addr().wrapping_neg() & (align_of::<T>() - 1);
        self.buf.len().saturating_sub(pad) / size
    }

    /// Whether `req` fits in what is left.
    pub fn fits(&self, req: WorkReq) -> bool {
        req.bytes() <= self.remaining()
    }

    /// Borrows the whole stack again, to lend it to a sub-step; the memory
    /// the sub-step takes is free again when the borrow ends.
    pub fn rb_mut(&mut self) -> Workspace<'_> {
        Workspace { buf: &mut *self.buf }
    }

    /// Takes `n` elements of `T`, each set to `T::default()`, aligned for `T`,
    /// and returns them with the rest of the stack.
    ///
    /// # Panics
    /// If what is left is smaller than [`WorkReq::new::<T>(n)`](WorkReq::new)
    /// allows for (the message names the type and the sizes).
    #[track_caller]
    pub fn take<T: Copy + Default>(&mut self, n: usize) -> (&mut [T], Workspace<'_>) {
        carve(&mut *self.buf, n)
    }

    /// [`take`](Workspace::take), consuming the stack: the array and the
    /// rest keep its whole lifetime (for arrays that live as long as the
    /// routine, taken from one of several stacks).
    #[track_caller]
    pub fn split<T: Copy + Default>(self, n: usize) -> (&'a mut [T], Workspace<'a>) {
        carve(self.buf, n)
    }
}

/// Carves `n` initialised, aligned `T` off the front of `buf`.
#[track_caller]
fn carve<T: Copy + Default>(buf: &mut [MaybeUninit<u8>], n: usize) -> (&mut [T], Workspace<'_>) {
    let bytes = n.checked_mul(size_of::<T>());
    if bytes == Some(0) {
        // Nothing to store (n == 0 or a zero-sized T): a dangling, aligned
        // pointer is a valid empty or zero-sized slice.
        // SAFETY: NonNull::dangling is non-null and aligned for T, and n
        // elements of T occupy 0 bytes, so no memory is read or written.
        let s = unsafe { std::slice::from_raw_parts_mut(NonNull::<T>::dangling().as_ptr(), n) };
        return (s, Workspace { buf });
    }
    // Bytes to skip so the array starts aligned for T (align is a power of two).
    let pad = buf.as_ptr().addr().wrapping_neg() & (align_of::<T>() - 1);
    let len = buf.len();
    let Some(end) = bytes.and_then(|b| b.checked_add(pad)).filter(|&end| end <= len) else {
        panic!(
            "workspace too small: {n} x {} needs {} bytes (+{pad} for alignment), {len} left; \
             size it with the routine's _req function",
            std::any::type_name::<T>(),
            bytes.map_or_else(|| "more than usize::MAX".to_string(), |b| b.to_string()),
        );
    };
    let (head, rest) = buf.split_at_mut(end);
    let head = &mut head[pad..];
    // SAFETY: head is exactly n * size_of::<T>() bytes, starts aligned for T
    // (pad above), and is borrowed mutably for the result's lifetime;
    // MaybeUninit<T> has no validity requirement, so any bytes are fine.
    let arr = unsafe { std::slice::from_raw_parts_mut(head.as_mut_ptr().cast::<MaybeUninit<T>>(), n) };
    for x in arr.iter_mut() {
        x.write(T::default());
    }
    // SAFETY: every element was just initialised; MaybeUninit<T> has T's layout.
    let arr = unsafe { &mut *(arr as *mut [MaybeUninit<T>] as *mut [T]) };
    (arr, Workspace { buf: rest })
}

impl<'a> From<&'a mut [MaybeUninit<u8>]> for Workspace<'a> {
    fn from(buf: &'a mut [MaybeUninit<u8>]) -> Self {
        Workspace::new(buf)
    }
}

impl fmt::Debug for Workspace<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Workspace").field("remaining", &self.remaining()).finish()
    }
}

/// An owned, heap-allocated workspace for callers who do not manage scratch
/// memory themselves: `WorkBuffer::new(foo_req(..)).workspace()`.
pub struct WorkBuffer {
    buf: Vec<MaybeUninit<u8>>,
}

impl WorkBuffer {
    /// Allocates `req.bytes()` bytes (uninitialised; `take` initialises).
    pub fn new(req: WorkReq) -> Self {
        let mut buf = Vec::with_capacity(req.bytes());
        buf.resize(req.bytes(), MaybeUninit::uninit());
        WorkBuffer { buf }
    }

    /// The size in bytes.
    pub fn len(&self) -> usize {
        self.buf.len()
    }

    /// Whether the buffer holds no bytes.
    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }

    /// The whole buffer as a workspace.
    pub fn workspace(&mut self) -> Workspace<'_> {
        Workspace::new(&mut self.buf)
    }
}

impl fmt::Debug for WorkBuffer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WorkBuffer").field("len", &self.len()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ferroblas_kernels::{c32, c64};

    fn is_aligned<T>(s: &[T]) -> bool {
        s.as_ptr().addr() & (align_of::<T>() - 1) == 0
    }

    #[test]
    fn info_values_and_display() {
        let i = Info::new(3);
        assert_eq!(i.get().get(), 3);
        assert_eq!(i.lapack_info(), 3);
        assert_eq!(i.index(), 2);
        assert_eq!(Info::from_index(0), Info::new(1));
        assert_eq!(Info::from_index(6).lapack_info(), 7);
        assert_eq!(i.to_string(), "the routine could not complete (LAPACK INFO = 3)");
        let e: Box<dyn std::error::Error> = Box::new(i);
        assert!(e.to_string().contains("INFO = 3"));
        assert_eq!(Info::new(usize::MAX).lapack_info(), i64::MAX);
    }

    #[test]
    #[should_panic(expected = "INFO = 0 is success")]
    fn info_zero_panics() {
        let _ = Info::new(0);
    }

    #[test]
    #[should_panic(expected = "has no INFO")]
    fn info_index_overflow_panics() {
        let _ = Info::from_index(usize::MAX);
    }

    #[test]
    fn par_threads() {
        assert_eq!(Par::default(), Par::Threads(0));
        assert_eq!(Par::Seq.num_threads(), 1);
        assert_eq!(Par::Threads(5).num_threads(), 5);
        assert_eq!(Par::Threads(0).num_threads(), ferroblas_kernels::pool::num_threads());
        assert!(Par::default().num_threads() >= 1);
    }

    #[test]
    fn req_sizes() {
        assert_eq!(WorkReq::EMPTY.bytes(), 0);
        assert_eq!(WorkReq::default(), WorkReq::EMPTY);
        assert_eq!(WorkReq::new::<f64>(0), WorkReq::EMPTY);
        assert_eq!(WorkReq::new::<()>(1000), WorkReq::EMPTY);
        assert_eq!(WorkReq::new::<u8>(5).bytes(), 5);
        assert_eq!(WorkReq::new::<f64>(3).bytes(), 24 + 7);
        let c = align_of::<c64>();
        assert_eq!(WorkReq::new::<c64>(2).bytes(), 32 + c - 1);
        let a = WorkReq::new::<f64>(3);
        let b = WorkReq::new::<u8>(5);
        assert_eq!(a.and(b).bytes(), 31 + 5);
        assert_eq!(a.or(b).bytes(), 31);
        assert_eq!(b.or(a).bytes(), 31);
        assert_eq!(a.and(WorkReq::EMPTY), a);
        assert_eq!(a.or(WorkReq::EMPTY), a);
        // Usable in consts, as the routines' _req functions will be.
        const R: WorkReq = WorkReq::new::<f32>(4).and(WorkReq::new::<usize>(2));
        assert_eq!(R.bytes(), 16 + 3 + 16 + align_of::<usize>() - 1);
        assert_eq!(R.elems::<f64>(), R.bytes().div_ceil(8));
        assert_eq!(WorkReq::new::<f64>(3).elems::<f32>(), 8);
        assert_eq!(WorkReq::new::<u8>(1).elems::<()>(), 0);
    }

    #[test]
    #[should_panic(expected = "overflows")]
    fn req_overflow_new() {
        let _ = WorkReq::new::<f64>(usize::MAX / 4);
    }

    #[test]
    #[should_panic(expected = "overflows")]
    fn req_overflow_and() {
        let big = WorkReq::new::<u8>(usize::MAX - 1);
        let _ = big.and(big);
    }

    /// Takes one `and` of f64, c64, u8, c32, usize arrays from every start
    /// offset of a buffer exactly as large as the requirement says, in two
    /// orders, and checks alignment, initialisation and independence.
    #[test]
    fn take_mixed_types_at_every_offset() {
        let (n1, n2, n3, n4, n5) = (3, 2, 5, 1, 4);
        let req = WorkReq::new::<f64>(n1)
            .and(WorkReq::new::<c64>(n2))
            .and(WorkReq::new::<u8>(n3))
            .and(WorkReq::new::<c32>(n4))
            .and(WorkReq::new::<usize>(n5));
        let mut backing = vec![MaybeUninit::new(0xAAu8); req.bytes() + 64];
        for off in 0..16 {
            let mut ws = Workspace::new(&mut backing[off..off + req.bytes()]);
            assert_eq!(ws.remaining(), req.bytes());
            assert!(ws.fits(req));
            {
                let (u, mut ws) = ws.take::<u8>(n3);
                let (x, mut ws) = ws.take::<f64>(n1);
                let (z, mut ws) = ws.take::<c64>(n2);
                let (c, mut ws) = ws.take::<c32>(n4);
                let (p, _) = ws.take::<usize>(n5);
                assert!(is_aligned(x) && is_aligned(z) && is_aligned(u) && is_aligned(c) && is_aligned(p));
                assert_eq!((x.len(), z.len(), u.len(), c.len(), p.len()), (n1, n2, n3, n4, n5));
                assert!(x.iter().all(|&v| v == 0.0) && z.iter().all(|&v| v == c64::new(0.0, 0.0)));
                assert!(u.iter().all(|&v| v == 0) && c.iter().all(|&v| v == c32::new(0.0, 0.0)));
                assert!(p.iter().all(|&v| v == 0));
                // Disjoint: writing every array leaves the others intact.
                x.fill(1.5);
                z.fill(c64::new(2.0, -2.0));
                u.fill(7);
                c.fill(c32::new(3.0, 4.0));
                p.fill(usize::MAX);
                assert!(x.iter().all(|&v| v == 1.5) && z.iter().all(|&v| v == c64::new(2.0, -2.0)));
                assert!(u.iter().all(|&v| v == 7) && c.iter().all(|&v| v == c32::new(3.0, 4.0)));
            }
            // The other order fits too, and the memory was released: zeros again.
            let (p, mut rest) = ws.take::<usize>(n5);
            let (c, mut rest) = rest.take::<c32>(n4);
            let (z, mut rest) = rest.take::<c64>(n2);
            let (x, mut rest) = rest.take::<f64>(n1);
            let (u, _) = rest.take::<u8>(n3);
            assert!(is_aligned(x) && is_aligned(z) && is_aligned(c) && is_aligned(p));
            assert!(x.iter().all(|&v| v == 0.0) && u.iter().all(|&v| v == 0));
            assert!(z.iter().all(|&v| v == c64::new(0.0, 0.0)) && c.iter().all(|&v| v == c32::new(0.0, 0.0)));
            assert!(p.iter().all(|&v| v == 0));
        }
    }

    /// A sub-step that takes its own scratch from a lent workspace.
    fn sub_step(mut ws: Workspace<'_>) -> c64 {
        let (z, _) = ws.take::<c64>(3);
        assert!(z.iter().all(|&v| v == c64::new(0.0, 0.0)));
        z.fill(c64::new(1.0, 1.0));
        z.iter().copied().fold(c64::new(0.0, 0.0), |a, b| a + b)
    }

    #[test]
    fn or_reuses_memory() {
        let req = WorkReq::new::<f64>(4).or(WorkReq::new::<c64>(3));
        let mut wb = WorkBuffer::new(req);
        assert_eq!(wb.len(), req.bytes());
        let mut ws = wb.workspace();
        for _ in 0..3 {
            let (x, _) = ws.take::<f64>(4);
            assert!(x.iter().all(|&v| v == 0.0));
            x.fill(9.0);
            assert_eq!(sub_step(ws.rb_mut()), c64::new(3.0, 3.0));
        }
        assert_eq!(ws.remaining(), req.bytes());
    }

    #[test]
    fn empty_and_zero_sized_takes() {
        let mut ws = Workspace::empty();
        assert_eq!(ws.remaining(), 0);
        assert!(ws.fits(WorkReq::EMPTY));
        assert!(!ws.fits(WorkReq::new::<u8>(1)));
        let (x, mut ws) = ws.take::<c64>(0);
        assert!(x.is_empty() && is_aligned(x));
        let (units, mut ws) = ws.take::<()>(1_000_000);
        assert_eq!(units.len(), 1_000_000);
        let (z, _) = ws.take::<[u64; 0]>(5);
        assert_eq!(z.len(), 5);
        assert!(is_aligned(z));
        let mut wb = WorkBuffer::new(WorkReq::EMPTY);
        assert!(wb.is_empty());
        assert_eq!(wb.workspace().take::<f64>(0).0.len(), 0);
        assert_eq!(format!("{:?}", wb), "WorkBuffer { len: 0 }");
    }

    #[test]
    #[should_panic(expected = "workspace too small: 4 x f64 needs 32 bytes")]
    fn take_too_much_panics() {
        let mut backing = [MaybeUninit::<u8>::uninit(); 31];
        let mut ws = Workspace::from(&mut backing[..]);
        let _ = ws.take::<f64>(4);
    }

    #[test]
    #[should_panic(expected = "workspace too small")]
    fn second_take_exhausts() {
        let mut wb = WorkBuffer::new(WorkReq::new::<f32>(3));
        let mut ws = wb.workspace();
        let (_, mut rest) = ws.take::<f32>(2);
        let _ = rest.take::<f32>(2);
    }

    #[test]
    #[should_panic(expected = "more than usize::MAX")]
    fn take_overflow_panics() {
        let _ = Workspace::empty().take::<f64>(usize::MAX);
    }

    #[test]
    fn tight_buffer_needs_padding_bytes() {
        // One byte short of the requirement fails at the one start offset that
        // needs the full 7 bytes of padding: WorkReq::new counts no slack.
        let req = WorkReq::new::<f64>(2);
        let mut backing = vec![MaybeUninit::<u8>::uninit(); req.bytes() + 16];
        let fails = (0..8)
            .filter(|&off| {
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    let mut ws = Workspace::new(&mut backing[off..off + req.bytes() - 1]);
                    let _ = ws.take::<f64>(2);
                }))
                .is_err()
            })
            .count();
        assert_eq!(fails, 1);
    }
}
