//! The LAPACK auxiliaries that both the BLAS and every LAPACK family use:
//! machine constants, safe scaling and division, plane rotations, copies and
//! scalings of matrices, row and column permutations, random numbers, and the
//! matrix norms. Generic over [`Scalar`](crate::scalar::Scalar); the s/d/c/z
//! Fortran and LAPACKE symbols are generated from `capi/lapack.spec`.

pub mod complex_sym;
pub mod convert;
pub mod lassq;
pub mod matrix;
pub mod norms;
pub mod random;
pub mod rotations;
pub mod scalars;
pub mod tuning;
pub mod vectors;
