//! Symmetric and Hermitian eigenproblems.
//!
//! [`tridiagonal`]: the eigenvalues and eigenvectors of a real symmetric
//! tridiagonal matrix (`?sterf`, `?steqr`, `?stedc` and their auxiliaries).

pub mod tridiagonal;
