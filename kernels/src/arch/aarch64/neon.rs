//! NEON registers: 2 x f64 or 4 x f32 in a `v` register.

use crate::arch::{load_partial_via_buffer, store_partial_via_buffer, Simd};
use core::arch::aarch64::*;

/// 2 x f64 in a NEON register.
#[derive(Clone, Copy, Debug)]
pub struct NeonF64;
/// 4 x f32 in a NEON register.
#[derive(Clone, Copy, Debug)]
pub struct NeonF32;

// SAFETY (whole impls): NEON is mandatory on aarch64 Linux; pointer validity is
// the caller's, as the trait documents.
impl Simd for NeonF64 {
    type E = f64;
    type V = float64x2_t;
    type M = uint64x2_t;
    const LANES: usize = 2;

    #[inline(always)]
    unsafe fn zero() -> float64x2_t {
        unsafe { vdupq_n_f64(0.0) }
    }
    #[inline(always)]
    unsafe fn splat(a: f64) -> float64x2_t {
        unsafe { vdupq_n_f64(a) }
    }
    #[inline(always)]
    unsafe fn splat_pair(even: f64, odd: f64) -> float64x2_t {
        let v = [even, odd];
        // SAFETY: reads the two-element array.
        unsafe { vld1q_f64(v.as_ptr()) }
    }
    #[inline(always)]
    unsafe fn load(p: *const f64) -> float64x2_t {
        // SAFETY: trait contract.
        unsafe { vld1q_f64(p) }
    }
    #[inline(always)]
    unsafe fn store(p: *mut f64, v: float64x2_t) {
        // SAFETY: trait contract.
        unsafe { vst1q_f64(p, v) }
    }
    #[inline(always)]
    unsafe fn load_partial(p: *const f64, n: usize) -> float64x2_t {
        // SAFETY: trait contract.
        unsafe { load_partial_via_buffer::<Self>(p, n) }
    }
    #[inline(always)]
    unsafe fn store_partial(p: *mut f64, v: float64x2_t, n: usize) {
        // SAFETY: trait contract.
        unsafe { store_partial_via_buffer::<Self>(p, v, n) }
    }
    #[inline(always)]
    unsafe fn add(a: float64x2_t, b: float64x2_t) -> float64x2_t {
        unsafe { vaddq_f64(a, b) }
    }
    #[inline(always)]
    unsafe fn sub(a: float64x2_t, b: float64x2_t) -> float64x2_t {
        unsafe { vsubq_f64(a, b) }
    }
    #[inline(always)]
    unsafe fn mul(a: float64x2_t, b: float64x2_t) -> float64x2_t {
        unsafe { vmulq_f64(a, b) }
    }
    #[inline(always)]
    unsafe fn fma(a: float64x2_t, b: float64x2_t, c: float64x2_t) -> float64x2_t {
        unsafe { vfmaq_f64(c, a, b) }
    }
    #[inline(always)]
    unsafe fn fnma(a: float64x2_t, b: float64x2_t, c: float64x2_t) -> float64x2_t {
        unsafe { vfmsq_f64(c, a, b) }
    }
    #[inline(always)]
    unsafe fn abs(a: float64x2_t) -> float64x2_t {
        unsafe { vabsq_f64(a) }
    }
    #[inline(always)]
    unsafe fn max(a: float64x2_t, b: float64x2_t) -> float64x2_t {
        // fmax would propagate NaN; the trait's rule is "NaN in a yields b".
        unsafe { vbslq_f64(vcgtq_f64(a, b), a, b) }
    }
    #[inline(always)]
    unsafe fn gt(a: float64x2_t, b: float64x2_t) -> uint64x2_t {
        unsafe { vcgtq_f64(a, b) }
    }
    #[inline(always)]
    unsafe fn lt(a: float64x2_t, b: float64x2_t) -> uint64x2_t {
        unsafe { vcltq_f64(a, b) }
    }
    #[inline(always)]
    unsafe fn select(m: uint64x2_t, a: float64x2_t, b: float64x2_t) -> float64x2_t {
        unsafe { vbslq_f64(m, a, b) }
    }
    #[inline(always)]
    unsafe fn swap_pairs(a: float64x2_t) -> float64x2_t {
        unsafe { vextq_f64::<1>(a, a) }
    }
    #[inline(always)]
    unsafe fn reduce_add(a: float64x2_t) -> f64 {
        unsafe { vaddvq_f64(a) }
    }
}

impl Simd for NeonF32 {
    type E = f32;
    type V = float32x4_t;
    type M = uint32x4_t;
    const LANES: usize = 4;

    #[inline(always)]
    unsafe fn zero() -> float32x4_t {
        unsafe { vdupq_n_f32(0.0) }
    }
    #[inline(always)]
    unsafe fn splat(a: f32) -> float32x4_t {
        unsafe { vdupq_n_f32(a) }
    }
    #[inline(always)]
    unsafe fn splat_pair(even: f32, odd: f32) -> float32x4_t {
        let v = [even, odd, even, odd];
        // SAFETY: reads the four-element array.
        unsafe { vld1q_f32(v.as_ptr()) }
    }
    #[inline(always)]
    unsafe fn load(p: *const f32) -> float32x4_t {
        // SAFETY: trait contract.
        unsafe { vld1q_f32(p) }
    }
    #[inline(always)]
    unsafe fn store(p: *mut f32, v: float32x4_t) {
        // SAFETY: trait contract.
        unsafe { vst1q_f32(p, v) }
    }
    #[inline(always)]
    unsafe fn load_partial(p: *const f32, n: usize) -> float32x4_t {
        // SAFETY: trait contract.
        unsafe { load_partial_via_buffer::<Self>(p, n) }
    }
    #[inline(always)]
    unsafe fn store_partial(p: *mut f32, v: float32x4_t, n: usize) {
        // SAFETY: trait contract.
        unsafe { store_partial_via_buffer::<Self>(p, v, n) }
    }
    #[inline(always)]
    unsafe fn add(a: float32x4_t, b: float32x4_t) -> float32x4_t {
        unsafe { vaddq_f32(a, b) }
    }
    #[inline(always)]
    unsafe fn sub(a: float32x4_t, b: float32x4_t) -> float32x4_t {
        unsafe { vsubq_f32(a, b) }
    }
    #[inline(always)]
    unsafe fn mul(a: float32x4_t, b: float32x4_t) -> float32x4_t {
        unsafe { vmulq_f32(a, b) }
    }
    #[inline(always)]
    unsafe fn fma(a: float32x4_t, b: float32x4_t, c: float32x4_t) -> float32x4_t {
        unsafe { vfmaq_f32(c, a, b) }
    }
    #[inline(always)]
    unsafe fn fnma(a: float32x4_t, b: float32x4_t, c: float32x4_t) -> float32x4_t {
        unsafe { vfmsq_f32(c, a, b) }
    }
    #[inline(always)]
    unsafe fn abs(a: float32x4_t) -> float32x4_t {
        unsafe { vabsq_f32(a) }
    }
    #[inline(always)]
    unsafe fn max(a: float32x4_t, b: float32x4_t) -> float32x4_t {
        unsafe { vbslq_f32(vcgtq_f32(a, b), a, b) }
    }
    #[inline(always)]
    unsafe fn gt(a: float32x4_t, b: float32x4_t) -> uint32x4_t {
        unsafe { vcgtq_f32(a, b) }
    }
    #[inline(always)]
    unsafe fn lt(a: float32x4_t, b: float32x4_t) -> uint32x4_t {
        unsafe { vcltq_f32(a, b) }
    }
    #[inline(always)]
    unsafe fn select(m: uint32x4_t, a: float32x4_t, b: float32x4_t) -> float32x4_t {
        unsafe { vbslq_f32(m, a, b) }
    }
    #[inline(always)]
    unsafe fn swap_pairs(a: float32x4_t) -> float32x4_t {
        unsafe { vrev64q_f32(a) }
    }
    #[inline(always)]
    unsafe fn reduce_add(a: float32x4_t) -> f32 {
        // The halving tree (lanes 0+2 and 1+3, then those two); `vaddvq_f32`
        // adds neighbours first, which is another order.
        unsafe {
            let h = vadd_f32(vget_low_f32(a), vget_high_f32(a));
            vget_lane_f32::<0>(h) + vget_lane_f32::<1>(h)
        }
    }
}

/// The Level-1 kernels on NEON registers.
pub mod level1 {
    crate::level1_isa!(#[target_feature(enable = "neon")]);
}

/// The Level-2 kernels on NEON registers.
pub mod level2 {
    crate::level2_isa!(#[target_feature(enable = "neon")]);
}

/// The GEMM kernels on NEON registers (32 `v`): 8x6 f64, 16x6 f32, 4x3 c64
/// and 8x3 c32 tiles, 24 accumulators each.
pub mod gemm {
    crate::gemm_isa!(#[target_feature(enable = "neon")];
        f64_table: real super::NeonF64, mv 4, nr 6, mr 8;
        f32_table: real super::NeonF32, mv 4, nr 6, mr 16;
        c64_table: complex super::NeonF64, mv 4, nr 3, mr 4;
        c32_table: complex super::NeonF32, mv 4, nr 3, mr 8;
    );
}
