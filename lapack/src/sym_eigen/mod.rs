//! Symmetric and Hermitian eigenproblems.
//!
//! - [`tridiagonal`]: the eigenvalues and eigenvectors of a real symmetric
//!   tridiagonal matrix (`?sterf`, `?steqr`, `?stedc` and their auxiliaries).
//! - [`reduce`]: the reduction of a dense Hermitian matrix to real symmetric
//!   tridiagonal form (`?sytrd`/`?hetrd`, `?latrd`, `?sytd2`/`?hetd2`) and its
//!   Q (`?orgtr`/`?ungtr`, `?ormtr`/`?unmtr`).
//! - [`drivers`]: the dense eigensolvers `?syev`/`?heev` (QR iteration) and
//!   `?syevd`/`?heevd` (divide and conquer).

pub mod drivers;
pub mod reduce;
pub mod tridiagonal;

#[cfg(test)]
mod tests;
