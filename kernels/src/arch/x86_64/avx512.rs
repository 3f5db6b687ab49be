//! AVX-512 (F, VL, DQ, BW) registers: 8 x f64 or 16 x f32 in a `zmm`, with
//! native lane masks for comparisons and partial loads and stores.

use crate::arch::Simd;
use core::arch::x86_64::*;

/// 8 x f64 in a `zmm` register.
#[derive(Clone, Copy, Debug)]
pub struct Avx512F64;
/// 16 x f32 in a `zmm` register.
#[derive(Clone, Copy, Debug)]
pub struct Avx512F32;

// SAFETY (whole impls): every function requires AVX-512F/DQ, which the trait's
// contract leaves to the caller; dispatch installs these kernels only on CPUs
// that report them. Pointer validity is the caller's, as the trait documents.
impl Simd for Avx512F64 {
    type E = f64;
    type V = __m512d;
    type M = __mmask8;
    const LANES: usize = 8;

    #[inline(always)]
    unsafe fn zero() -> __m512d {
        _mm512_setzero_pd()
    }
    #[inline(always)]
    unsafe fn splat(a: f64) -> __m512d {
        _mm512_set1_pd(a)
    }
    #[inline(always)]
    unsafe fn splat_pair(even: f64, odd: f64) -> __m512d {
        _mm512_setr_pd(even, odd, even, odd, even, odd, even, odd)
    }
    #[inline(always)]
    unsafe fn load(p: *const f64) -> __m512d {
        // SAFETY: trait contract.
        unsafe { _mm512_loadu_pd(p) }
    }
    #[inline(always)]
    unsafe fn store(p: *mut f64, v: __m512d) {
        // SAFETY: trait contract.
        unsafe { _mm512_storeu_pd(p, v) }
    }
    #[inline(always)]
    unsafe fn load_partial(p: *const f64, n: usize) -> __m512d {
        // SAFETY: masked lanes are not accessed; `n` lanes are valid by contract.
        unsafe { _mm512_maskz_loadu_pd(((1u32 << n) - 1) as __mmask8, p) }
    }
    #[inline(always)]
    unsafe fn store_partial(p: *mut f64, v: __m512d, n: usize) {
        // SAFETY: as for `load_partial`.
        unsafe { _mm512_mask_storeu_pd(p, ((1u32 << n) - 1) as __mmask8, v) }
    }
    #[inline(always)]
    unsafe fn add(a: __m512d, b: __m512d) -> __m512d {
        _mm512_add_pd(a, b)
    }
    #[inline(always)]
    unsafe fn sub(a: __m512d, b: __m512d) -> __m512d {
        _mm512_sub_pd(a, b)
    }
    #[inline(always)]
    unsafe fn mul(a: __m512d, b: __m512d) -> __m512d {
        _mm512_mul_pd(a, b)
    }
    #[inline(always)]
    unsafe fn fma(a: __m512d, b: __m512d, c: __m512d) -> __m512d {
        _mm512_fmadd_pd(a, b, c)
    }
    #[inline(always)]
    unsafe fn fnma(a: __m512d, b: __m512d, c: __m512d) -> __m512d {
        _mm512_fnmadd_pd(a, b, c)
    }
    #[inline(always)]
    unsafe fn abs(a: __m512d) -> __m512d {
        _mm512_abs_pd(a)
    }
    #[inline(always)]
    unsafe fn max(a: __m512d, b: __m512d) -> __m512d {
        _mm512_max_pd(a, b)
    }
    #[inline(always)]
    unsafe fn gt(a: __m512d, b: __m512d) -> __mmask8 {
        _mm512_cmp_pd_mask::<_CMP_GT_OQ>(a, b)
    }
    #[inline(always)]
    unsafe fn lt(a: __m512d, b: __m512d) -> __mmask8 {
        _mm512_cmp_pd_mask::<_CMP_LT_OQ>(a, b)
    }
    #[inline(always)]
    unsafe fn select(m: __mmask8, a: __m512d, b: __m512d) -> __m512d {
        _mm512_mask_blend_pd(m, b, a)
    }
    #[inline(always)]
    unsafe fn swap_pairs(a: __m512d) -> __m512d {
        _mm512_permute_pd::<0b0101_0101>(a)
    }
    #[inline(always)]
    unsafe fn reduce_add(a: __m512d) -> f64 {
        // The halving tree, spelled out: the library's reduction leaves the
        // order to the compiler.
        let h = _mm256_add_pd(_mm512_castpd512_pd256(a), _mm512_extractf64x4_pd::<1>(a));
        let s = _mm_add_pd(_mm256_castpd256_pd128(h), _mm256_extractf128_pd::<1>(h));
        _mm_cvtsd_f64(_mm_add_sd(s, _mm_unpackhi_pd(s, s)))
    }
}

impl Simd for Avx512F32 {
    type E = f32;
    type V = __m512;
    type M = __mmask16;
    const LANES: usize = 16;

    #[inline(always)]
    unsafe fn zero() -> __m512 {
        _mm512_setzero_ps()
    }
    #[inline(always)]
    unsafe fn splat(a: f32) -> __m512 {
        _mm512_set1_ps(a)
    }
    #[inline(always)]
    unsafe fn splat_pair(even: f32, odd: f32) -> __m512 {
        _mm512_setr_ps(even, odd, even, odd, even, odd, even, odd, even, odd, even, odd, even, odd, even, odd)
    }
    #[inline(always)]
    unsafe fn load(p: *const f32) -> __m512 {
        // SAFETY: trait contract.
        unsafe { _mm512_loadu_ps(p) }
    }
    #[inline(always)]
    unsafe fn store(p: *mut f32, v: __m512) {
        // SAFETY: trait contract.
        unsafe { _mm512_storeu_ps(p, v) }
    }
    #[inline(always)]
    unsafe fn load_partial(p: *const f32, n: usize) -> __m512 {
        // SAFETY: masked lanes are not accessed; `n` lanes are valid by contract.
        unsafe { _mm512_maskz_loadu_ps(((1u32 << n) - 1) as __mmask16, p) }
    }
    #[inline(always)]
    unsafe fn store_partial(p: *mut f32, v: __m512, n: usize) {
        // SAFETY: as for `load_partial`.
        unsafe { _mm512_mask_storeu_ps(p, ((1u32 << n) - 1) as __mmask16, v) }
    }
    #[inline(always)]
    unsafe fn add(a: __m512, b: __m512) -> __m512 {
        _mm512_add_ps(a, b)
    }
    #[inline(always)]
    unsafe fn sub(a: __m512, b: __m512) -> __m512 {
        _mm512_sub_ps(a, b)
    }
    #[inline(always)]
    unsafe fn mul(a: __m512, b: __m512) -> __m512 {
        _mm512_mul_ps(a, b)
    }
    #[inline(always)]
    unsafe fn fma(a: __m512, b: __m512, c: __m512) -> __m512 {
        _mm512_fmadd_ps(a, b, c)
    }
    #[inline(always)]
    unsafe fn fnma(a: __m512, b: __m512, c: __m512) -> __m512 {
        _mm512_fnmadd_ps(a, b, c)
    }
    #[inline(always)]
    unsafe fn abs(a: __m512) -> __m512 {
        _mm512_abs_ps(a)
    }
    #[inline(always)]
    unsafe fn max(a: __m512, b: __m512) -> __m512 {
        _mm512_max_ps(a, b)
    }
    #[inline(always)]
    unsafe fn gt(a: __m512, b: __m512) -> __mmask16 {
        _mm512_cmp_ps_mask::<_CMP_GT_OQ>(a, b)
    }
    #[inline(always)]
    unsafe fn lt(a: __m512, b: __m512) -> __mmask16 {
        _mm512_cmp_ps_mask::<_CMP_LT_OQ>(a, b)
    }
    #[inline(always)]
    unsafe fn select(m: __mmask16, a: __m512, b: __m512) -> __m512 {
        _mm512_mask_blend_ps(m, b, a)
    }
    #[inline(always)]
    unsafe fn swap_pairs(a: __m512) -> __m512 {
        _mm512_permute_ps::<0b1011_0001>(a)
    }
    #[inline(always)]
    unsafe fn reduce_add(a: __m512) -> f32 {
        // The halving tree, as for f64.
        let h = _mm256_add_ps(_mm512_castps512_ps256(a), _mm512_extractf32x8_ps::<1>(a));
        let s = _mm_add_ps(_mm256_castps256_ps128(h), _mm256_extractf128_ps::<1>(h));
        let s = _mm_add_ps(s, _mm_movehl_ps(s, s));
        _mm_cvtss_f32(_mm_add_ss(s, _mm_movehdup_ps(s)))
    }
}

/// The Level-1 kernels on AVX-512 registers.
pub mod level1 {
    crate::level1_isa!(#[target_feature(enable = "avx512f,avx512vl,avx512dq,avx512bw,avx2,fma")]);
}

/// The Level-2 kernels on AVX-512 registers.
pub mod level2 {
    crate::level2_isa!(#[target_feature(enable = "avx512f,avx512vl,avx512dq,avx512bw,avx2,fma")]);
}

/// The GEMM kernels on AVX-512 registers (32 `zmm`): 24x8 f64, 48x8 f32,
/// 12x4 c64 and 24x4 c32 tiles, 24 accumulators each.
pub mod gemm {
    crate::gemm_isa!(#[target_feature(enable = "avx512f,avx512vl,avx512dq,avx512bw,avx2,fma")];
        f64_table: real super::Avx512F64, mv 3, nr 8, mr 24;
        f32_table: real super::Avx512F32, mv 3, nr 8, mr 48;
        c64_table: complex super::Avx512F64, mv 3, nr 4, mr 12;
        c32_table: complex super::Avx512F32, mv 3, nr 4, mr 24;
    );
}
