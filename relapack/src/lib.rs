//! ferroblas-relapack: recursive LAPACK factorizations (getrf, potrf, trtri,
//! lauum, sygst, sytrf, trsyl, tgsyl, gbtrf, pbtrf) built on the Level-3 engine.
//!
//! The factorizations arrive with the Level-3 issues; this crate already sits
//! in its place in the dependency chain `kernels <- relapack <- lapack <- capi`.
//! [`common`] holds the types every LAPACK routine shares.

pub mod common;

pub use common::{Info, Par, WorkBuffer, WorkReq, Workspace};
pub use ferroblas_kernels as kernels;
