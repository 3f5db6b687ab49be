//! Packing of A and B blocks into the micro-panel layout the microkernel
//! streams through, and the per-thread buffers they are packed into.
//!
//! A block of op(A) (`mc x kc`) becomes `ceil(mc/MR)` panels, each `kc` steps
//! of `MR` consecutive elements; a block of op(B) (`kc x nc`) becomes
//! `ceil(nc/NR)` panels of `kc` steps of `NR` elements. Partial panels are
//! padded with zeros so the kernel always runs full tiles. Conjugation
//! (`op = ^H`) is applied here, so the kernel never conjugates.

use crate::scalar::Scalar;
use std::cell::RefCell;
use thread_local::ThreadLocal;

#[inline(always)]
fn cj<T: Scalar, const CONJ: bool>(x: T) -> T {
    if CONJ {
        x.conj()
    } else {
        x
    }
}

#[inline(always)]
unsafe fn pack_a_impl<T: Scalar, const MR: usize, const CONJ: bool>(
    a: *const T,
    rs: isize,
    cs: isize,
    mc: usize,
    kc: usize,
    dst: *mut T,
) {
    let mut p = 0;
    while p < mc {
        let rows = MR.min(mc - p);
        let src = a.offset(p as isize * rs);
        let d = dst.add(p * kc);
        // Each step gathers a whole panel row into registers, then stores it
        // at once: `src` and `dst` could alias as far as the compiler knows,
        // and element-by-element copies would stay scalar.
        if rows == MR && rs == 1 {
            for k in 0..kc {
                let s = src.offset(k as isize * cs);
                let v: [T; MR] = core::array::from_fn(|i| cj::<T, CONJ>(*s.add(i)));
                d.add(k * MR).cast::<[T; MR]>().write(v);
            }
        } else if rows == MR {
            for k in 0..kc {
                let s = src.offset(k as isize * cs);
                let v: [T; MR] = core::array::from_fn(|i| cj::<T, CONJ>(*s.offset(i as isize * rs)));
                d.add(k * MR).cast::<[T; MR]>().write(v);
            }
        } else {
            for k in 0..kc {
                let s = src.offset(k as isize * cs);
                let v: [T; MR] =
                    core::array::from_fn(
                        |i| {
                            if i < rows {
                                cj::<T, CONJ>(*s.offset(i as isize * rs))
                            } else {
                                T::zero()
                            }
                        },
                    );
                d.add(k * MR).cast::<[T; MR]>().write(v);
            }
        }
        p += MR;
    }
}

/// Packs an `mc x kc` block of A into `MR`-row micro-panels (see [`PackA`](super::kernel::PackA)).
///
/// # Safety
/// Every element `a + i*rs + p*cs` (`i < mc`, `p < kc`) readable; `dst` writable
/// for `ceil(mc/MR)*MR*kc` elements.
#[inline(always)]
pub unsafe fn pack_a_body<T: Scalar, const MR: usize>(
    a: *const T,
    rs: isize,
    cs: isize,
    mc: usize,
    kc: usize,
    conj: bool,
    dst: *mut T,
) {
    if conj && T::IS_COMPLEX {
        pack_a_impl::<T, MR, true>(a, rs, cs, mc, kc, dst)
    } else {
        pack_a_impl::<T, MR, false>(a, rs, cs, mc, kc, dst)
    }
}

#[inline(always)]
unsafe fn pack_b_impl<T: Scalar, const NR: usize, const CONJ: bool>(
    b: *const T,
    rs: isize,
    cs: isize,
    kc: usize,
    nc: usize,
    dst: *mut T,
) {
    let mut q = 0;
    while q < nc {
        let cols = NR.min(nc - q);
        let src = b.offset(q as isize * cs);
        let d = dst.add(q * kc);
        if cols == NR && cs == 1 {
            for k in 0..kc {
                let s = src.offset(k as isize * rs);
                let v: [T; NR] = core::array::from_fn(|j| cj::<T, CONJ>(*s.add(j)));
                d.add(k * NR).cast::<[T; NR]>().write(v);
            }
        } else if cols == NR {
            // Columns are contiguous (rs = 1 in the common case): NR read streams.
            let cols_p: [*const T; NR] = core::array::from_fn(|j| src.offset(j as isize * cs));
            for k in 0..kc {
                let v: [T; NR] = core::array::from_fn(|j| cj::<T, CONJ>(*cols_p[j].offset(k as isize * rs)));
                d.add(k * NR).cast::<[T; NR]>().write(v);
            }
        } else {
            for k in 0..kc {
                let v: [T; NR] = core::array::from_fn(|j| {
                    if j < cols {
                        cj::<T, CONJ>(*src.offset(k as isize * rs + j as isize * cs))
                    } else {
                        T::zero()
                    }
                });
                d.add(k * NR).cast::<[T; NR]>().write(v);
            }
        }
        q += NR;
    }
}

/// Packs a `kc x nc` block of B into `NR`-column micro-panels (see [`PackB`](super::kernel::PackB)).
///
/// # Safety
/// Every element `b + p*rs + j*cs` (`p < kc`, `j < nc`) readable; `dst` writable
/// for `ceil(nc/NR)*NR*kc` elements.
#[inline(always)]
pub unsafe fn pack_b_body<T: Scalar, const NR: usize>(
    b: *const T,
    rs: isize,
    cs: isize,
    kc: usize,
    nc: usize,
    conj: bool,
    dst: *mut T,
) {
    if conj && T::IS_COMPLEX {
        pack_b_impl::<T, NR, true>(b, rs, cs, kc, nc, dst)
    } else {
        pack_b_impl::<T, NR, false>(b, rs, cs, kc, nc, dst)
    }
}

/// One cache line; buffers are made of these so they are 64-byte aligned.
#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct Line([u8; 64]);

/// A growable, 64-byte aligned scratch buffer on the heap.
#[derive(Default)]
pub(crate) struct AlignedBuf(Vec<Line>);

impl AlignedBuf {
    /// A pointer to room for `n` elements of `T`, growing the buffer if needed.
    /// The contents are unspecified.
    pub(crate) fn get<T>(&mut self, n: usize) -> *mut T {
        let lines = (n * core::mem::size_of::<T>()).div_ceil(64).max(1);
        if self.0.len() < lines {
            self.0.clear();
            self.0.resize(lines, Line([0; 64]));
        }
        self.0.as_mut_ptr() as *mut T
    }
}

/// The packing buffers of one thread.
#[derive(Default)]
pub(crate) struct Workspace {
    /// Packed A block (`MC x KC`).
    pub(crate) a: AlignedBuf,
    /// Packed B panel (`KC x NC`).
    pub(crate) b: AlignedBuf,
    /// One C tile (gemmt's diagonal tiles).
    pub(crate) tile: AlignedBuf,
}

/// Each thread's packing buffers, kept between calls.
static WORKSPACES: ThreadLocal<RefCell<Workspace>> = ThreadLocal::new();

/// Runs `f` with this thread's workspace (a fresh one if it is already in use
/// further up this thread's stack).
pub(crate) fn with_workspace<R>(f: impl FnOnce(&mut Workspace) -> R) -> R {
    let cell = WORKSPACES.get_or(|| RefCell::new(Workspace::default()));
    match cell.try_borrow_mut() {
        Ok(mut ws) => f(&mut ws),
        Err(_) => f(&mut Workspace::default()),
    }
}
