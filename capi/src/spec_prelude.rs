//! The names the spec's expressions (`capi/lapack.spec`) use: the auxiliaries,
//! the option enums, and small helpers for arguments whose meaning depends on
//! another argument. The generated code imports all of it.

pub use ferroblas_kernels::aux;
pub use ferroblas_kernels::aux::matrix::{MatrixKind, Part};
pub use ferroblas_kernels::aux::norms::Norm;
pub use ferroblas_kernels::aux::rotations::{Direction, Pivot};
pub use ferroblas_kernels::aux::scalars::Machine;
pub use ferroblas_kernels::aux::vectors::SortOrder;
pub use ferroblas_kernels::enums::{Diag, Side, Trans, Uplo};
pub use ferroblas_kernels::scalar::RealScalar;
pub use ferroblas_lapack::condition::{self, CondNorm, NormIn};
pub use ferroblas_lapack::{self as lapack, relapack, Par};

use ferroblas_kernels::scalar::{c32, c64, Scalar};

/// The two precisions of a conversion (`?lag2?`, `?lat2?`): f32 and f64, c32 and c64.
pub trait Pair: Scalar {
    /// The other precision.
    type Other: Scalar;
}

impl Pair for f32 {
    type Other = f64;
}
impl Pair for f64 {
    type Other = f32;
}
impl Pair for c32 {
    type Other = c64;
}
impl Pair for c64 {
    type Other = c32;
}

/// `UPLO` where the reference reads anything but `U` as lower (the norms,
/// `?lat2?`): never an illegal value.
pub struct UpperOrLower;

impl UpperOrLower {
    /// `U` (either case) is upper; anything else lower.
    pub fn from_char(c: u8) -> Uplo {
        if c.eq_ignore_ascii_case(&b'U') {
            Uplo::Upper
        } else {
            Uplo::Lower
        }
    }
}

/// `DIAG` where the reference reads anything but `U` as non-unit (the norms).
pub struct UnitOrNot;

impl UnitOrNot {
    /// `U` (either case) is a unit diagonal; anything else is stored.
    pub fn from_char(c: u8) -> Diag {
        if c.eq_ignore_ascii_case(&b'U') {
            Diag::Unit
        } else {
            Diag::NonUnit
        }
    }
}

/// Whether `?lascl`'s TYPE is one of the band storages (B, Q, Z).
pub fn lascl_band(kind: Option<MatrixKind>) -> bool {
    matches!(kind, Some(MatrixKind::SymBandLower | MatrixKind::SymBandUpper | MatrixKind::Band))
}

/// Rows of the array `?lascl` scales: the matrix's for full storage, the
/// band storage's otherwise (`kl+1`, `ku+1`, `2kl+ku+1`).
pub fn lascl_rows(kind: MatrixKind, m: usize, kl: i64, ku: i64) -> usize {
    let (kl, ku) = (kl.max(0) as usize, ku.max(0) as usize);
    match kind {
        MatrixKind::SymBandLower => kl + 1,
        MatrixKind::SymBandUpper => ku + 1,
        MatrixKind::Band => 2 * kl + ku + 1,
        _ => m,
    }
}

/// Elements of `?laswp`'s IPIV that are read: `k1 + (k2-k1)*|incx|`.
pub fn laswp_len(k1: i64, k2: i64, incx: i64) -> usize {
    if incx == 0 || k1 < 1 || k2 < k1 {
        0
    } else {
        (k1 + (k2 - k1) * incx.abs()) as usize
    }
}

pub use crate::blas2::{f_diag, f_trans, f_uplo, TriOp};
pub use ferroblas_kernels::level1::{self, RotmParam};
pub use ferroblas_kernels::level2::{Layout, Op};
pub use ferroblas_kernels::scalar::Complex;
