//! Symmetric and Hermitian eigenproblems.
//!
//! - [`tridiagonal`]: the eigenvalues and eigenvectors of a real symmetric
//!   tridiagonal matrix (`?sterf`, `?steqr`, `?stedc` and their auxiliaries).
//! - [`reduce`]: the reduction of a dense Hermitian matrix to real symmetric
//!   tridiagonal form (`?sytrd`/`?hetrd`, `?latrd`, `?sytd2`/`?hetd2`) and its
//!   Q (`?orgtr`/`?ungtr`, `?ormtr`/`?unmtr`).
//! - [`drivers`]: the dense eigensolvers `?syev`/`?heev` (QR iteration) and
//!   `?syevd`/`?heevd` (divide and conquer).
//! - [`bisection`]: selected eigenvalues of a tridiagonal matrix by bisection
//!   (`?stebz`) and their eigenvectors by inverse iteration (`?stein`).
//! - [`expert`]: selected eigenvalues and eigenvectors of a dense matrix
//!   (`?syevx`/`?heevx`).
//! - [`evr`]: the driver `?syevr`/`?heevr` (the full spectrum by MRRR,
//!   selected eigenpairs by bisection and inverse iteration).
//! - [`mrrr`]: selected eigenvalues and eigenvectors of a tridiagonal
//!   matrix by Multiple Relatively Robust Representations (`?stemr`,
//!   `?stegr` and their auxiliaries `?larr*`, `?lar1v`, `?laneg`).
//! - [`generalized`]: the generalized Hermitian-definite problems
//!   (`?sygv`/`?hegv`, `?sygvd`/`?hegvd`, `?sygvx`/`?hegvx`).
//! - [`packed`]: the same problems with the matrix in packed storage
//!   (`?sptrd`, `?opgtr`, `?opmtr`, `?spev`, `?spevd`, `?spevx` and their
//!   Hermitian twins).
//! - [`packed_gen`]: the generalized problems in packed storage (`?spgst`,
//!   `?spgv`, `?spgvd`, `?spgvx` and their Hermitian twins).
//! - [`band`]: the same for band matrices (`?sbtrd`, `?sbev`, `?sbevd`,
//!   `?sbevx` and their Hermitian twins).
//! - [`twostage`]: the two-stage reduction to tridiagonal form
//!   (`?sytrd_sy2sb`, `?sytrd_sb2st`, `?sytrd_2stage` and the Hermitian
//!   twins) and the eigenvalue drivers on it (`?syev_2stage` and the rest).
//! - [`band_gen`]: the band generalized problems: the split Cholesky
//!   factorization `?pbstf`, the reduction `?sbgst`/`?hbgst` and the drivers
//!   `?sbgv`, `?sbgvd`, `?sbgvx` and their Hermitian twins.

pub mod band;
pub mod band_gen;
pub mod bisection;
pub mod drivers;
pub mod evr;
pub mod expert;
pub mod generalized;
pub mod mrrr;
pub mod packed;
pub mod packed_gen;
pub mod reduce;
pub mod tridiagonal;
pub mod twostage;

#[cfg(test)]
mod tests;
