//! ferroblas-kernels: the BLAS engine of ferroblas.
//!
//! Scalar types ([`scalar`]), strided views ([`views`]), option enums
//! ([`enums`]), SIMD backends ([`arch`]) chosen once at run time
//! ([`dispatch`]), the library's thread pool ([`pool`]), and the BLAS routines
//! themselves, generic over the scalar type: [`level1`], [`level2`], [`level3`].

pub mod arch;
pub mod aux;
pub mod dispatch;
pub mod enums;
pub mod level1;
pub mod level2;
pub mod level3;
pub mod pool;
pub mod scalar;
pub mod views;

pub use enums::{Diag, Side, Trans, Uplo};
pub use scalar::{c32, c64, Complex, RealScalar, Scalar};
pub use views::{MatMut, MatRef, VecMut, VecRef};
