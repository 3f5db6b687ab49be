//! AVX2 + FMA registers: 4 x f64 or 8 x f32 in a `ymm`.

use crate::arch::{load_partial_via_buffer, store_partial_via_buffer, Simd};
use core::arch::x86_64::*;

/// 4 x f64 in a `ymm` register.
#[derive(Clone, Copy, Debug)]
pub struct Avx2F64;
/// 8 x f32 in a `ymm` register.
#[derive(Clone, Copy, Debug)]
pub struct Avx2F32;

// SAFETY (whole impls): every function requires AVX2 and FMA, which the trait's
// contract leaves to the caller; dispatch installs these kernels only on CPUs
// that report both. Pointer validity is the caller's, as the trait documents.
impl Simd for Avx2F64 {
    type E = f64;
    type V = __m256d;
    type M = __m256d;
    const LANES: usize = 4;

    #[inline(always)]
    unsafe fn zero() -> __m256d {
        _mm256_setzero_pd()
    }
    #[inline(always)]
    unsafe fn splat(a: f64) -> __m256d {
        _mm256_set1_pd(a)
    }
    #[inline(always)]
    unsafe fn splat_pair(even: f64, odd: f64) -> __m256d {
        _mm256_setr_pd(even, odd, even, odd)
    }
    #[inline(always)]
    unsafe fn load(p: *const f64) -> __m256d {
        // SAFETY: trait contract.
        unsafe { _mm256_loadu_pd(p) }
    }
    #[inline(always)]
    unsafe fn store(p: *mut f64, v: __m256d) {
        // SAFETY: trait contract.
        unsafe { _mm256_storeu_pd(p, v) }
    }
    #[inline(always)]
    unsafe fn load_partial(p: *const f64, n: usize) -> __m256d {
        // SAFETY: trait contract.
        unsafe { load_partial_via_buffer::<Self>(p, n) }
    }
    #[inline(always)]
    unsafe fn store_partial(p: *mut f64, v: __m256d, n: usize) {
        // SAFETY: trait contract.
        unsafe { store_partial_via_buffer::<Self>(p, v, n) }
    }
    #[inline(always)]
    unsafe fn add(a: __m256d, b: __m256d) -> __m256d {
        _mm256_add_pd(a, b)
    }
    #[inline(always)]
    unsafe fn sub(a: __m256d, b: __m256d) -> __m256d {
        _mm256_sub_pd(a, b)
    }
    #[inline(always)]
    unsafe fn mul(a: __m256d, b: __m256d) -> __m256d {
        _mm256_mul_pd(a, b)
    }
    #[inline(always)]
    unsafe fn fma(a: __m256d, b: __m256d, c: __m256d) -> __m256d {
        _mm256_fmadd_pd(a, b, c)
    }
    #[inline(always)]
    unsafe fn fnma(a: __m256d, b: __m256d, c: __m256d) -> __m256d {
        _mm256_fnmadd_pd(a, b, c)
    }
    #[inline(always)]
    unsafe fn abs(a: __m256d) -> __m256d {
        _mm256_andnot_pd(_mm256_set1_pd(-0.0), a)
    }
    #[inline(always)]
    unsafe fn max(a: __m256d, b: __m256d) -> __m256d {
        _mm256_max_pd(a, b)
    }
    #[inline(always)]
    unsafe fn gt(a: __m256d, b: __m256d) -> __m256d {
        _mm256_cmp_pd::<_CMP_GT_OQ>(a, b)
    }
    #[inline(always)]
    unsafe fn lt(a: __m256d, b: __m256d) -> __m256d {
        _mm256_cmp_pd::<_CMP_LT_OQ>(a, b)
    }
    #[inline(always)]
    unsafe fn select(m: __m256d, a: __m256d, b: __m256d) -> __m256d {
        _mm256_blendv_pd(b, a, m)
    }
    #[inline(always)]
    unsafe fn swap_pairs(a: __m256d) -> __m256d {
        _mm256_permute_pd::<0b0101>(a)
    }
    #[inline(always)]
    unsafe fn reduce_add(a: __m256d) -> f64 {
        // The halving tree: lanes 0+2 and 1+3, then those two.
        let s = _mm_add_pd(_mm256_castpd256_pd128(a), _mm256_extractf128_pd::<1>(a));
        _mm_cvtsd_f64(_mm_add_sd(s, _mm_unpackhi_pd(s, s)))
    }
}

impl Simd for Avx2F32 {
    type E = f32;
    type V = __m256;
    type M = __m256;
    const LANES: usize = 8;

    #[inline(always)]
    unsafe fn zero() -> __m256 {
        _mm256_setzero_ps()
    }
    #[inline(always)]
    unsafe fn splat(a: f32) -> __m256 {
        _mm256_set1_ps(a)
    }
    #[inline(always)]
    unsafe fn splat_pair(even: f32, odd: f32) -> __m256 {
        _mm256_setr_ps(even, odd, even, odd, even, odd, even, odd)
    }
    #[inline(always)]
    unsafe fn load(p: *const f32) -> __m256 {
        // SAFETY: trait contract.
        unsafe { _mm256_loadu_ps(p) }
    }
    #[inline(always)]
    unsafe fn store(p: *mut f32, v: __m256) {
        // SAFETY: trait contract.
        unsafe { _mm256_storeu_ps(p, v) }
    }
    #[inline(always)]
    unsafe fn load_partial(p: *const f32, n: usize) -> __m256 {
        // SAFETY: trait contract.
        unsafe { load_partial_via_buffer::<Self>(p, n) }
    }
    #[inline(always)]
    unsafe fn store_partial(p: *mut f32, v: __m256, n: usize) {
        // SAFETY: trait contract.
        unsafe { store_partial_via_buffer::<Self>(p, v, n) }
    }
    #[inline(always)]
    unsafe fn add(a: __m256, b: __m256) -> __m256 {
        _mm256_add_ps(a, b)
    }
    #[inline(always)]
    unsafe fn sub(a: __m256, b: __m256) -> __m256 {
        _mm256_sub_ps(a, b)
    }
    #[inline(always)]
    unsafe fn mul(a: __m256, b: __m256) -> __m256 {
        _mm256_mul_ps(a, b)
    }
    #[inline(always)]
    unsafe fn fma(a: __m256, b: __m256, c: __m256) -> __m256 {
        _mm256_fmadd_ps(a, b, c)
    }
    #[inline(always)]
    unsafe fn fnma(a: __m256, b: __m256, c: __m256) -> __m256 {
        _mm256_fnmadd_ps(a, b, c)
    }
    #[inline(always)]
    unsafe fn abs(a: __m256) -> __m256 {
        _mm256_andnot_ps(_mm256_set1_ps(-0.0), a)
    }
    #[inline(always)]
    unsafe fn max(a: __m256, b: __m256) -> __m256 {
        _mm256_max_ps(a, b)
    }
    #[inline(always)]
    unsafe fn gt(a: __m256, b: __m256) -> __m256 {
        _mm256_cmp_ps::<_CMP_GT_OQ>(a, b)
    }
    #[inline(always)]
    unsafe fn lt(a: __m256, b: __m256) -> __m256 {
        _mm256_cmp_ps::<_CMP_LT_OQ>(a, b)
    }
    #[inline(always)]
    unsafe fn select(m: __m256, a: __m256, b: __m256) -> __m256 {
        _mm256_blendv_ps(b, a, m)
    }
    #[inline(always)]
    unsafe fn swap_pairs(a: __m256) -> __m256 {
        _mm256_permute_ps::<0b1011_0001>(a)
    }
    #[inline(always)]
    unsafe fn reduce_add(a: __m256) -> f32 {
        let s = _mm_add_ps(_mm256_castps256_ps128(a), _mm256_extractf128_ps::<1>(a));
        let s = _mm_add_ps(s, _mm_movehl_ps(s, s));
        _mm_cvtss_f32(_mm_add_ss(s, _mm_movehdup_ps(s)))
    }
}

/// The Level-1 kernels on AVX2 + FMA registers.
pub mod level1 {
    crate::level1_isa!(#[target_feature(enable = "avx2,fma")]);
}

/// The Level-2 kernels on AVX2 + FMA registers.
pub mod level2 {
    crate::level2_isa!(#[target_feature(enable = "avx2,fma")]);
}

/// The GEMM kernels on AVX2 + FMA registers (16 `ymm`): 8x6 f64, 16x6 f32,
/// 4x3 c64 and 8x3 c32 tiles, 12 accumulators each.
pub mod gemm {
    crate::gemm_isa!(#[target_feature(enable = "avx2,fma")];
        f64_table: real super::Avx2F64, mv 2, nr 6, mr 8;
        f32_table: real super::Avx2F32, mv 2, nr 6, mr 16;
        c64_table: complex super::Avx2F64, mv 2, nr 3, mr 4;
        c32_table: complex super::Avx2F32, mv 2, nr 3, mr 8;
    );
}
