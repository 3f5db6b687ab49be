//! ferroblas-lapack: the rest of LAPACK (QR/LQ, least squares, eigenvalues,
//! SVD, auxiliaries) on top of `relapack` and the kernels.
//!
//! # Conventions
//!
//! Every LAPACK family is one generic routine over the scalar type `T`
//! (`f32`, `f64`, `c32`, `c64`; `sy`/`he` and `or`/`un` are one routine), and
//! the Fortran and LAPACKE symbols are generated around it. The Rust routines
//! follow one shape, e.g. `qr::geqrf::<T>(a: MatMut<T>, tau, par, work) ->
//! Result<(), Info>` with `qr::geqrf_req(m, n) -> WorkReq`:
//!
//! - **Views, not pointers**: matrices are `MatRef`/`MatMut` (any row and
//!   column strides, so a leading dimension larger than the row count is
//!   just a stride), vectors `VecRef`/`VecMut`. Dimensions come from the
//!   views.
//! - **0-based indices**: pivots, positions and ranges are 0-based `usize`.
//!   The 1-based conversions live in the ABI layer.
//! - **Parsed options**: `Uplo`, `Trans`, `Side`, `Diag`, [`aux::norms::Norm`],
//!   ... instead of letters. There is no argument checking and no `xerbla`
//!   here: a view cannot have a bad leading dimension, and shape mismatches
//!   between arguments are caller bugs that panic.
//! - **`Result<_, Info>`**: a computation that cannot complete (a zero pivot,
//!   a matrix that is not positive definite, an iteration that did not
//!   converge) returns `Err(`[`Info`]`)`, LAPACK's positive `INFO`, whose
//!   meaning each routine documents.
//! - **Explicit workspace**: a routine never allocates. It takes a
//!   [`Workspace`] and has a companion `_req` function returning a [`WorkReq`]
//!   (LAPACK's `lwork` query); [`WorkBuffer`] allocates one for callers who
//!   don't manage memory. The auxiliaries in [`aux`], which need at most one
//!   short array, take it as a plain slice (`work: &mut [T::Real]`).
//! - **Parallelism is an argument**: [`Par`]. Results never depend on it:
//!   splits are decided by the problem size, never by the thread count.
//!
//! ```
//! use ferroblas_kernels::MatRef;
//! use ferroblas_lapack::aux::norms::{lange, Norm};
//!
//! // [1 2]
//! // [3 4], column-major
//! let a = [1.0f64, 3.0, 2.0, 4.0];
//! let a = MatRef::from_col_major(&a, 2, 2, 2);
//! assert_eq!(lange(Norm::Frobenius, a, &mut []), 30f64.sqrt());
//! assert_eq!(lange(Norm::One, a, &mut []), 6.0); // largest column sum
//! assert_eq!(lange(Norm::Max, a, &mut []), 4.0);
//! let mut work = [0.0; 2]; // the infinity-norm needs one entry per row
//! assert_eq!(lange(Norm::Inf, a, &mut work), 7.0); // largest row sum
//! ```
//!
//! A routine in this style, with its workspace requirement:
//!
//! ```
//! use ferroblas_kernels::{level1, MatMut};
//! use ferroblas_lapack::{Info, Par, WorkBuffer, WorkReq, Workspace};
//!
//! /// The workspace `normalize_cols` needs for `n` columns.
//! fn normalize_cols_req(n: usize) -> WorkReq {
//!     // Both arrays live at the same time.
//!     WorkReq::new::<f64>(n).and(WorkReq::new::<usize>(n))
//! }
//!
//! /// Scales each column of `a` to one-norm 1; `Err(Info::from_index(j))`
//! /// when column `j` is zero (INFO = j + 1), leaving `a` unchanged.
//! fn normalize_cols(mut a: MatMut<'_, f64>, _par: Par, mut work: Workspace<'_>) -> Result<(), Info> {
//!     let n = a.ncols();
//!     let (norms, mut work) = work.take::<f64>(n);
//!     let (zeros, _) = work.take::<usize>(n);
//!     let mut nzero = 0;
//!     for j in 0..n {
//!         norms[j] = level1::asum(a.rb().col(j));
//!         if norms[j] == 0.0 {
//!             zeros[nzero] = j;
//!             nzero += 1;
//!         }
//!     }
//!     if nzero > 0 {
//!         return Err(Info::from_index(zeros[0]));
//!     }
//!     for j in 0..n {
//!         level1::scal(1.0 / norms[j], a.rb_mut().col_mut(j));
//!     }
//!     Ok(())
//! }
//!
//! let mut a = [1.0, 3.0, 0.0, 0.0, 2.0, -2.0];
//! let mut buf = WorkBuffer::new(normalize_cols_req(3));
//! let err = normalize_cols(MatMut::from_col_major(&mut a, 2, 3, 2), Par::Seq, buf.workspace());
//! assert_eq!(err, Err(Info::new(2)));
//! assert_eq!(err.unwrap_err().lapack_info(), 2);
//!
//! let mut a = [1.0, 3.0, 2.0, -2.0];
//! normalize_cols(MatMut::from_col_major(&mut a, 2, 2, 2), Par::default(), buf.workspace())?;
//! assert_eq!(a, [0.25, 0.75, 0.5, -0.5]);
//! # Ok::<(), Info>(())
//! ```

pub mod band;
pub mod cholesky;
pub mod cholesky_pivoted;
pub mod expert;
pub mod householder;
pub mod indefinite;
pub mod least_squares;
pub mod lu;
pub mod matgen;
pub mod packed;
pub mod qr;
pub mod rfp;
pub mod svd;
pub mod sylvester;
pub mod sym_eigen;
pub mod triangular;
pub mod tridiagonal;

pub use ferroblas_kernels::aux;
pub use ferroblas_relapack as relapack;
pub use ferroblas_relapack::common::{Info, Par, WorkBuffer, WorkReq, Workspace};

pub mod condition;
pub mod gen_eigen;
pub mod nonsym_eigen;
