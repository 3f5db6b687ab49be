//! ferroblas: a pure-Rust BLAS and LAPACK.
//!
//! This facade re-exports the safe Rust API: scalar types, strided views,
//! option enums, and the routines by level. The same code is exported through
//! the Fortran, CBLAS and LAPACKE ABIs by `ferroblas-capi` (`libferroblas.so`).
//!
//! ```
//! use ferroblas::{level1, VecMut, VecRef};
//! let x = [1.0, 2.0, 3.0];
//! let mut y = [1.0; 3];
//! level1::axpy(2.0, VecRef::from_slice(&x), VecMut::from_slice(&mut y));
//! assert_eq!(y, [3.0, 5.0, 7.0]);
//! assert_eq!(level1::nrm2(VecRef::from_slice(&[3.0f64, 4.0])), 5.0);
//! ```
//!
//! [`linalg`] is the high-level API: owned matrices, factorizations as
//! values, and NumPy's drivers (`solve`, `inv`, `det`, `lstsq`, `eigh`,
//! `eig`, `svd`), workspace sized and allocated for you.
//!
//! LAPACK lives in [`lapack`]: generic routines on views with 0-based indices,
//! errors as `Result<_, lapack::Info>`, explicit workspace and a `Par` argument
//! (see that crate's documentation). The auxiliaries are in `lapack::aux`:
//!
//! ```
//! use ferroblas::lapack::aux::norms::{lange, Norm};
//! use ferroblas::MatRef;
//! let a = [3.0f64, 0.0, 0.0, -4.0]; // diag(3, -4), column-major
//! let a = MatRef::from_col_major(&a, 2, 2, 2);
//! assert_eq!(lange(Norm::Frobenius, a, &mut []), 5.0);
//! assert_eq!(lange(Norm::Max, a, &mut []), 4.0);
//! ```

pub use ferroblas_kernels::{
    c32, c64, dispatch, level1, level2, level3, Complex, Diag, MatMut, MatRef, RealScalar, Scalar, Side, Trans, Uplo,
    VecMut, VecRef,
};
pub use ferroblas_lapack as lapack;

pub mod linalg;
#[cfg(feature = "ndarray")]
pub mod ndarray_views;
pub use ferroblas_relapack as relapack;

/// The kernel family in use (`"avx2"`, `"generic"`, ...), chosen on first use.
pub fn corename() -> &'static str {
    dispatch::arch().name()
}

/// A one-line description of the build and the chosen kernels.
pub fn config() -> String {
    dispatch::config_string()
}
