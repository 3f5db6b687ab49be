//! The comparisons, one file per family of routines.

pub mod gemm;
pub mod lapack_aux;
pub mod lapack_eigen;
pub mod lapack_factor;
pub mod level1;
pub mod level2;
pub mod level3;
