//! ferroblas as the provider of the Fortran BLAS, CBLAS, LAPACK and LAPACKE
//! symbols that the `*-sys` crates declare, in the way `openblas-src` and
//! `intel-mkl-src` provide theirs, but compiled from Rust: no C or Fortran
//! toolchain and no system library.
//!
//! Depend on it and name it once, so that the linker keeps it:
//!
//! ```toml
//! [dependencies]
//! ndarray = { version = "0.16", features = ["blas"] }
//! blas-src = { version = "0.10", default-features = false }   # no other provider
//! ferroblas-src = { path = "..." }
//! ```
//!
//! ```
//! extern crate ferroblas_src;
//! ```
//!
//! ndarray's matrix products then call ferroblas's `cblas_dgemm`, and
//! `blas-sys`, `cblas-sys`, `lapack-sys` and `lapacke-sys` calls (`dgemm_`,
//! `cblas_ddot`, `dgesv_`, `LAPACKE_dgesv`, ... and the ILP64 `_64_` twins)
//! reach ferroblas in the same binary.

pub use ferroblas_capi as capi;
