//! ferroblas-capi: the C ABI of ferroblas, built as `libferroblas.so`.
//!
//! - Fortran BLAS (`daxpy_`, ...): arguments by reference, hidden string
//!   lengths last, complex-valued functions returning their value as gfortran does.
//! - CBLAS (`cblas_daxpy`, ...), with the globals the netlib CBLAS testers read.
//! - `xerbla_` / `cblas_xerbla`: the reference messages; both are looked up at
//!   run time so a program's own definitions win.
//! - Configuration queries (`ferroblas_get_config`, `openblas_get_corename`, ...).
//!
//! This layer is thin: read arguments, validate in the reference's order,
//! build views, call the generic routine in `ferroblas-kernels`. Every entry
//! point runs inside [`guard::ffi_guard`], so no panic unwinds into C.

pub mod blas1;
pub mod blas2;
pub mod blas3;
pub mod cblas1;
pub mod cblas2;
pub mod cblas3;
pub mod config;
pub mod guard;
pub mod int;
pub mod threads;
pub mod xerbla;

pub use int::BlasInt;
