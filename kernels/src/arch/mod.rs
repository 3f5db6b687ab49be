//! SIMD backends. Each implements [`Simd`] for `f32` and `f64` registers; the
//! kernels are written once against the trait and instantiated per backend.
//!
//! - `generic`: a scalar imitation with any lane count. With 4/8 lanes it is the
//!   portable fallback; with 8/16 lanes it runs the AVX-512 logic and with 2/4
//!   lanes the NEON logic on any machine, so their tile and edge handling is
//!   tested here.
//! - `x86_64::avx2`, `x86_64::avx512`: real registers, used only when the CPU
//!   reports the features (see `dispatch`).
//! - `aarch64::neon`.

#[cfg(target_arch = "aarch64")]
pub mod aarch64;
pub mod generic;
#[cfg(target_arch = "x86_64")]
pub mod x86_64;

use crate::scalar::{RealScalar, Scalar};

/// A SIMD register of `LANES` reals and the operations the kernels use.
///
/// Implementors are zero-sized tags; nothing is stored in them.
///
/// # Safety
/// Every function is `unsafe` for the same two reasons, stated once here: the
/// backend's CPU features must be present, and pointer arguments must be valid
/// for `LANES` elements (or `n` for the partial forms).
#[allow(clippy::missing_safety_doc)]
pub trait Simd: Copy + 'static {
    /// The element type, `f32` or `f64`.
    type E: RealScalar;
    /// One register.
    type V: Copy;
    /// A lane mask, the result of a comparison.
    type M: Copy;
    /// Elements per register.
    const LANES: usize;

    /// All lanes zero.
    unsafe fn zero() -> Self::V;
    /// All lanes `a`.
    unsafe fn splat(a: Self::E) -> Self::V;
    /// Even lanes `even`, odd lanes `odd` (a complex number repeated).
    unsafe fn splat_pair(even: Self::E, odd: Self::E) -> Self::V;
    /// Loads `LANES` elements; no alignment needed.
    unsafe fn load(p: *const Self::E) -> Self::V;
    /// Stores `LANES` elements; no alignment needed.
    unsafe fn store(p: *mut Self::E, v: Self::V);
    /// Loads the first `n < LANES` elements, the rest zero.
    unsafe fn load_partial(p: *const Self::E, n: usize) -> Self::V;
    /// Stores the first `n < LANES` lanes.
    unsafe fn store_partial(p: *mut Self::E, v: Self::V, n: usize);
    /// `a + b`.
    unsafe fn add(a: Self::V, b: Self::V) -> Self::V;
    /// `a - b`.
    unsafe fn sub(a: Self::V, b: Self::V) -> Self::V;
    /// `a * b`.
    unsafe fn mul(a: Self::V, b: Self::V) -> Self::V;
    /// `a * b + c`, fused where the ISA has it.
    unsafe fn fma(a: Self::V, b: Self::V, c: Self::V) -> Self::V;
    /// `c - a * b`, fused where the ISA has it.
    unsafe fn fnma(a: Self::V, b: Self::V, c: Self::V) -> Self::V;
    /// `|a|`.
    unsafe fn abs(a: Self::V) -> Self::V;
    /// Lane-wise maximum; where a lane of `a` is NaN the result takes `b`.
    unsafe fn max(a: Self::V, b: Self::V) -> Self::V;
    /// Lanes where `a > b` (false where either is NaN).
    unsafe fn gt(a: Self::V, b: Self::V) -> Self::M;
    /// Lanes where `a < b` (false where either is NaN).
    unsafe fn lt(a: Self::V, b: Self::V) -> Self::M;
    /// `m ? a : b`, lane by lane.
    unsafe fn select(m: Self::M, a: Self::V, b: Self::V) -> Self::V;
    /// Swaps lanes `2k` and `2k+1`: `(re, im)` becomes `(im, re)`.
    unsafe fn swap_pairs(a: Self::V) -> Self::V;
    /// Writes the lanes to `out[..LANES]`.
    unsafe fn to_slice(a: Self::V, out: &mut [Self::E]) {
        debug_assert!(out.len() >= Self::LANES);
        // SAFETY: `out` holds at least LANES elements.
        unsafe { Self::store(out.as_mut_ptr(), a) }
    }
    /// Sum of all lanes in the canonical halving tree: lane `j` plus lane
    /// `j + LANES/2` first, then `j + LANES/4`, ... down to one lane. The
    /// reductions' fixed tree over their virtual lanes (see [`VIRTUAL_BYTES`])
    /// ends in this, so every backend must keep exactly this order.
    unsafe fn reduce_add(a: Self::V) -> Self::E {
        let mut buf = [Self::E::zero(); MAX_LANES];
        // SAFETY: the buffer has room for every backend's lane count.
        unsafe { Self::to_slice(a, &mut buf) };
        halve(&mut buf, Self::LANES, 1);
        buf[0]
    }
    /// Largest lane (NaN lanes are skipped unless all are NaN).
    unsafe fn reduce_max(a: Self::V) -> Self::E {
        let mut buf = [Self::E::zero(); MAX_LANES];
        // SAFETY: as in `reduce_add`.
        unsafe { Self::to_slice(a, &mut buf) };
        buf[1..Self::LANES].iter().fold(buf[0], |m, &x| m.max(x))
    }
}

/// The most lanes any backend has (AVX-512 `f32`).
pub const MAX_LANES: usize = 16;

/// The canonical evaluation order of the Level-1 reductions (dot products,
/// sums of magnitudes, sums of squares): a virtual register of this many
/// bytes (32 `f64`, 64 `f32`), element `i` of the (real) stream accumulated
/// in virtual lane `i mod V` in stream order, the lanes then summed in the
/// halving tree of [`combine`]. Every backend maps the virtual register onto
/// `V / LANES` real ones (4 `zmm`, 8 `ymm`, 16 NEON `q`), so the bits do not
/// depend on the table.
pub const VIRTUAL_BYTES: usize = 256;

/// The narrower virtual register of the column dot products of `gemv` T and
/// `symv` (16 `f64`, 32 `f32`): several columns run at once, each needing
/// `V / LANES` registers.
pub const VIRTUAL_BYTES_L2: usize = 128;

/// Most registers one virtual register takes (NEON: 256 bytes in 16 `q`).
pub const MAX_REGS: usize = VIRTUAL_BYTES / 16;

/// Registers of `S` making up a virtual register of `bytes` bytes.
#[inline(always)]
pub const fn regs<S: Simd>(bytes: usize) -> usize {
    bytes / (S::LANES * core::mem::size_of::<S::E>())
}

/// The halving tree over the first `len` entries of `v` (a power of two),
/// down to `keep` entries: entry `j` plus entry `j + h` for `h = len/2, len/4,
/// ..., keep`.
#[inline(always)]
pub fn halve<E: Scalar>(v: &mut [E], len: usize, keep: usize) {
    let mut h = len / 2;
    while h >= keep {
        for j in 0..h {
            let t = v[j + h];
            v[j] += t;
        }
        h /= 2;
    }
}

/// The registers `acc[..r]` of a virtual register added in the halving tree
/// down to one register (`r` a power of two): the virtual lanes' tree as far
/// as it runs between whole registers; [`Simd::reduce_add`] finishes it.
///
/// # Safety
/// `S`'s features present.
#[inline(always)]
pub unsafe fn combine<S: Simd, const R: usize>(acc: &[S::V; R], r: usize) -> S::V {
    let mut a = *acc;
    let mut h = r / 2;
    while h >= 1 {
        for j in 0..h {
            // SAFETY: forwarded contract.
            a[j] = unsafe { S::add(a[j], a[j + h]) };
        }
        h /= 2;
    }
    a[0]
}

/// The virtual lanes' tree finished down to two lanes, for complex data
/// (which keeps real and imaginary parts in even and odd lanes): the sums of
/// the even and of the odd lanes of `a`, in the halving tree.
///
/// # Safety
/// `S`'s features present.
#[inline(always)]
pub unsafe fn reduce_pairs<S: Simd>(a: S::V) -> (S::E, S::E) {
    let mut buf = [S::E::zero(); MAX_LANES];
    // SAFETY: the buffer has room for every backend's lane count.
    unsafe { S::to_slice(a, &mut buf) };
    halve(&mut buf, S::LANES, 2);
    (buf[0], buf[1])
}

/// Loads `n < LANES` elements through a zeroed buffer: the default partial load.
///
/// # Safety
/// `p` valid for `n` reads; `n <= MAX_LANES`; `S`'s features present.
#[inline(always)]
pub unsafe fn load_partial_via_buffer<S: Simd>(p: *const S::E, n: usize) -> S::V {
    let mut buf = [S::E::zero(); MAX_LANES];
    // SAFETY: `n` elements readable from `p`, and `buf` holds MAX_LANES >= n.
    unsafe {
        core::ptr::copy_nonoverlapping(p, buf.as_mut_ptr(), n);
        S::load(buf.as_ptr())
    }
}

/// Stores the first `n < LANES` lanes through a buffer: the default partial store.
///
/// # Safety
/// `p` valid for `n` writes; `n <= MAX_LANES`; `S`'s features present.
#[inline(always)]
pub unsafe fn store_partial_via_buffer<S: Simd>(p: *mut S::E, v: S::V, n: usize) {
    let mut buf = [S::E::zero(); MAX_LANES];
    // SAFETY: `buf` has room for all lanes; `n` elements writable at `p`.
    unsafe {
        S::store(buf.as_mut_ptr(), v);
        core::ptr::copy_nonoverlapping(buf.as_ptr(), p, n);
    }
}
