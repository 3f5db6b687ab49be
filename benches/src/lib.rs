//! ferroblas benchmarks.
//!
//! - `peer-compare` (binary): ferroblas, OpenBLAS and BLIS loaded side by side
//!   in one process and called through the same Fortran ABI on the same
//!   buffers; prints markdown sections for BENCHMARKS.md. Run it through
//!   `cargo xtask bench`, which builds `dist/` first.
//! - `benches/level1.rs` (criterion): the Rust API on its own.
//!
//! A new family of routines is a new file in `cases/`, using `harness`.

pub mod cases;
pub mod harness;
pub mod machine;
