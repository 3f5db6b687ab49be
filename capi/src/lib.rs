//! ferroblas-capi: the C ABI of ferroblas, built as `libferroblas.so`.
//!
//! - Fortran BLAS (`daxpy_`, ...): arguments by reference, hidden string
//!   lengths last, complex-valued functions returning their value as gfortran does.
//! - CBLAS (`cblas_daxpy`, ...), with the globals the netlib CBLAS testers read.
//! - `xerbla_` / `cblas_xerbla`: the reference messages; both are looked up at
//!   run time so a program's own definitions win.
//! - LAPACK (`dlange_`, `dlange_64_`) and LAPACKE (`LAPACKE_dlange`, `LAPACKE_dlange_work`),
//!   generated from `capi/lapack.spec` into [`generated`] by `cargo xtask codegen`, on the
//!   runtime in [`lapack_rt`] and [`lapacke_rt`]; string-valued and glue routines in [`lapack_aux`].
//! - Configuration queries (`ferroblas_get_config`, `openblas_get_corename`, ...).
//!
//! This layer is thin: read arguments, validate in the reference's order,
//! build views, call the generic routine in `ferroblas-kernels`. Every entry
//! point runs inside [`guard::ffi_guard`], so no panic unwinds into C.

pub mod blas1;
pub mod blas2;
pub mod blas3;
pub mod blas_ext;
pub mod cblas1;
pub mod cblas2;
pub mod cblas3;
pub mod cblas_ext;
pub mod config;
pub mod generated;
pub mod guard;
pub mod int;
pub mod lapack_aux;
pub mod lapack_cond;
pub mod lapack_csd;
pub mod lapack_evr;
pub mod lapack_expert;
pub mod lapack_gejsv;
pub mod lapack_gesvd;
pub mod lapack_gesvdq;

pub mod lapack_getsls;
pub mod lapack_gsvd;
pub mod lapack_hhr;
pub mod lapack_jacobi;
pub mod lapack_ldlt;
pub mod lapack_matgen;
pub mod lapack_misc;
pub mod lapack_mrrr;
pub mod lapack_nonsym;
pub mod lapack_packed;
pub mod lapack_pivqr;
pub mod lapack_qz;
pub mod lapack_qzorder;
pub mod lapack_rk;
pub mod lapack_rt;
pub mod lapack_sbgv;
pub mod lapack_schur;
pub mod lapack_spband;
pub mod lapack_svd;
pub mod lapack_svd_dc;
pub mod lapack_svdx;
pub mod lapack_symeig;
pub mod lapack_symeigx;
pub mod lapack_tridiag;
pub mod lapack_tsqr;
pub mod lapack_twostage;
pub mod lapacke_rt;
pub mod spec_prelude;
pub mod threads;
pub mod xerbla;

pub use int::BlasInt;
