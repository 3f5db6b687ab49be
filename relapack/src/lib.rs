//! ferroblas-relapack: recursive LAPACK factorizations built on the Level-3
//! engine: LU with partial pivoting ([`getrf()`]), Cholesky ([`potrf()`]),
//! triangular inverse ([`trtri()`]), the triangular product `U U^H` /
//! `L^H L` ([`lauum()`]), the reduction of a generalized Hermitian-definite
//! eigenproblem to standard form ([`sygst()`]), Bunch-Kaufman `L D L^T`
//! ([`sytrf`]), and the band LU ([`gbtrf()`]) and Cholesky ([`pbtrf()`])
//! factorizations, blocked on sheared views of the band.
//!
//! Each splits its matrix near the middle and recurses on the halves, so the
//! bulk of the work is GEMM, TRSM and HERK on large blocks; the depth is
//! `log2(n)` and nothing is allocated. [`common`] holds the types every
//! LAPACK routine shares.

pub mod common;
pub mod gbtrf;
pub mod getrf;
pub mod lauum;
pub mod level3;
pub mod pbtrf;
pub mod pivots;
pub mod potrf;
mod scalar_ops;
pub mod small;
pub mod sygst;
pub mod sytrf;
pub mod trtri;

pub use common::{Info, Par, WorkBuffer, WorkReq, Workspace};
pub use ferroblas_kernels as kernels;
pub use gbtrf::gbtrf;
pub use getrf::getrf;
pub use lauum::lauum;
pub use pbtrf::pbtrf;
pub use pivots::{BlockPivot, BlockPivotIndex, OneBased, PivotIndex};
pub use potrf::potrf;
pub use sygst::sygst;
pub use trtri::trtri;
