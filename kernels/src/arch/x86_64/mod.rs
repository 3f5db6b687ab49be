//! x86-64 backends: AVX2 + FMA (256-bit) and AVX-512 F/VL/DQ/BW (512-bit).

pub mod avx2;
pub mod avx512;
