//! ferroblas-lapack: the rest of LAPACK (QR/LQ, least squares, eigenvalues,
//! SVD, auxiliaries) on top of `relapack` and the kernels.
//!
//! Routines arrive with their issues; the crate is wired into the workspace.

pub use ferroblas_relapack as relapack;
