//! aarch64 backends: NEON (128-bit, always present on aarch64 Linux).

pub mod neon;
