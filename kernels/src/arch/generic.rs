//! The scalar imitation backend: a "register" of `N` lanes held in an array.
//!
//! `Emu<f64, 4>` / `Emu<f32, 8>` is the portable fallback (LLVM vectorizes the
//! lane loops with whatever the baseline target has). `Emu<_, 8/16>` imitates
//! AVX-512 and `Emu<_, 2/4>` imitates NEON, so the kernels' logic for those
//! widths runs and is tested on any machine.

use super::{load_partial_via_buffer, store_partial_via_buffer, Simd};
use crate::scalar::RealScalar;
use core::marker::PhantomData;

/// An `N`-lane register of `E` made of plain scalars.
#[derive(Clone, Copy, Debug)]
pub struct Emu<E, const N: usize>(PhantomData<E>);

macro_rules! map {
    ($a:expr, $b:expr, |$x:ident, $y:ident| $f:expr) => {{
        let (a, b) = ($a, $b);
        core::array::from_fn(|i| {
            let ($x, $y) = (a[i], b[i]);
            $f
        })
    }};
}

impl<E: RealScalar, const N: usize> Simd for Emu<E, N> {
    type E = E;
    type V = [E; N];
    type M = [bool; N];
    const LANES: usize = N;

    #[inline(always)]
    unsafe fn zero() -> [E; N] {
        [E::zero(); N]
    }
    #[inline(always)]
    unsafe fn splat(a: E) -> [E; N] {
        [a; N]
    }
    #[inline(always)]
    unsafe fn splat_pair(even: E, odd: E) -> [E; N] {
        core::array::from_fn(|i| if i % 2 == 0 { even } else { odd })
    }
    #[inline(always)]
    unsafe fn load(p: *const E) -> [E; N] {
        // SAFETY: `p` is valid for N reads by the trait contract.
        unsafe { core::ptr::read_unaligned(p as *const [E; N]) }
    }
    #[inline(always)]
    unsafe fn store(p: *mut E, v: [E; N]) {
        // SAFETY: `p` is valid for N writes by the trait contract.
        unsafe { core::ptr::write_unaligned(p as *mut [E; N], v) }
    }
    #[inline(always)]
    unsafe fn load_partial(p: *const E, n: usize) -> [E; N] {
        // SAFETY: forwarded contract.
        unsafe { load_partial_via_buffer::<Self>(p, n) }
    }
    #[inline(always)]
    unsafe fn store_partial(p: *mut E, v: [E; N], n: usize) {
        // SAFETY: forwarded contract.
        unsafe { store_partial_via_buffer::<Self>(p, v, n) }
    }
    #[inline(always)]
    unsafe fn add(a: [E; N], b: [E; N]) -> [E; N] {
        map!(a, b, |x, y| x + y)
    }
    #[inline(always)]
    unsafe fn sub(a: [E; N], b: [E; N]) -> [E; N] {
        map!(a, b, |x, y| x - y)
    }
    #[inline(always)]
    unsafe fn mul(a: [E; N], b: [E; N]) -> [E; N] {
        map!(a, b, |x, y| x * y)
    }
    #[inline(always)]
    unsafe fn fma(a: [E; N], b: [E; N], c: [E; N]) -> [E; N] {
        // Fused, as the hardware tables are: the imitation must compute their
        // bits. Fast only where compiled with FMA (the `*_fma` instances).
        core::array::from_fn(|i| a[i].mul_add(b[i], c[i]))
    }
    #[inline(always)]
    unsafe fn fnma(a: [E; N], b: [E; N], c: [E; N]) -> [E; N] {
        // `-(a b) + c` in one rounding, as `vfnmadd` and `fmls` compute it.
        core::array::from_fn(|i| (-a[i]).mul_add(b[i], c[i]))
    }
    #[inline(always)]
    unsafe fn abs(a: [E; N]) -> [E; N] {
        a.map(|x| x.abs())
    }
    #[inline(always)]
    unsafe fn max(a: [E; N], b: [E; N]) -> [E; N] {
        // Same NaN rule as x86's maxpd: a NaN or unordered comparison yields b.
        map!(a, b, |x, y| if x > y { x } else { y })
    }
    #[inline(always)]
    unsafe fn gt(a: [E; N], b: [E; N]) -> [bool; N] {
        map!(a, b, |x, y| x > y)
    }
    #[inline(always)]
    unsafe fn lt(a: [E; N], b: [E; N]) -> [bool; N] {
        map!(a, b, |x, y| x < y)
    }
    #[inline(always)]
    unsafe fn select(m: [bool; N], a: [E; N], b: [E; N]) -> [E; N] {
        core::array::from_fn(|i| if m[i] { a[i] } else { b[i] })
    }
    #[inline(always)]
    unsafe fn swap_pairs(a: [E; N]) -> [E; N] {
        core::array::from_fn(|i| a[i ^ 1])
    }
}

/// The portable fallback for `f64`: four lanes.
pub type GenericF64 = Emu<f64, 4>;
/// The portable fallback for `f32`: eight lanes.
pub type GenericF32 = Emu<f32, 8>;
/// AVX-512's `f64` register shape, imitated.
pub type EmuAvx512F64 = Emu<f64, 8>;
/// AVX-512's `f32` register shape, imitated.
pub type EmuAvx512F32 = Emu<f32, 16>;
/// NEON's `f64` register shape, imitated.
pub type EmuNeonF64 = Emu<f64, 2>;
/// NEON's `f32` register shape, imitated.
pub type EmuNeonF32 = Emu<f32, 4>;

/// Instantiates the imitation kernels twice on x86-64: plainly (`mul_add` a
/// library call, for CPUs without FMA) and under `#[target_feature(enable =
/// "fma")]` (`mul_add` one instruction), dispatch picking the second where
/// the CPU has FMA. Elsewhere once: aarch64 always has FMA.
macro_rules! emu_instances {
    ($($(#[$doc:meta])* $name:ident, $fma:ident: $mac:ident!($($arg:tt)*);)*) => {$(
        $(#[$doc])*
        pub mod $name {
            crate::$mac!(; $($arg)*);
        }
        $(#[$doc])*
        /// (compiled with FMA)
        #[cfg(target_arch = "x86_64")]
        pub mod $fma {
            crate::$mac!(#[target_feature(enable = "fma")]; $($arg)*);
        }
    )*};
}

emu_instances! {
    /// The Level-1 kernels over the imitation registers.
    level1, level1_fma: level1_isa!();
    /// The Level-2 kernels over the imitation registers.
    level2, level2_fma: level2_isa!();
    /// The GEMM kernels over the portable imitation registers (the AVX2 tiles).
    gemm, gemm_fma: gemm_isa!(
        f64_table: real super::GenericF64, mv 2, nr 6, mr 8;
        f32_table: real super::GenericF32, mv 2, nr 6, mr 16;
        c64_table: complex super::GenericF64, mv 2, nr 3, mr 4;
        c32_table: complex super::GenericF32, mv 2, nr 3, mr 8;
    );
    /// The GEMM kernels with AVX-512's register shapes and tiles, imitated.
    gemm_emu_avx512, gemm_emu_avx512_fma: gemm_isa!(
        f64_table: real super::EmuAvx512F64, mv 3, nr 8, mr 24;
        f32_table: real super::EmuAvx512F32, mv 3, nr 8, mr 48;
        c64_table: complex super::EmuAvx512F64, mv 3, nr 4, mr 12;
        c32_table: complex super::EmuAvx512F32, mv 3, nr 4, mr 24;
    );
    /// The GEMM kernels with NEON's register shapes and tiles, imitated.
    gemm_emu_neon, gemm_emu_neon_fma: gemm_isa!(
        f64_table: real super::EmuNeonF64, mv 4, nr 6, mr 8;
        f32_table: real super::EmuNeonF32, mv 4, nr 6, mr 16;
        c64_table: complex super::EmuNeonF64, mv 4, nr 3, mr 4;
        c32_table: complex super::EmuNeonF32, mv 4, nr 3, mr 8;
    );
}
