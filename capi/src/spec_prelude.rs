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

/// Rows of the array `?laswp` permutes: `k2` and every pivot it reads
/// (LAPACKE copies that many rows of a row-major array; the reference's
/// `LAPACKE_?laswp_work` sizes its copy the same way).
///
/// # Safety
/// `ipiv` is valid for [`laswp_len`] elements.
pub unsafe fn laswp_rows<I: crate::lapack_rt::AbiInt>(ipiv: *const I, k1: i64, k2: i64, incx: i64) -> usize {
    // SAFETY: forwarded contract.
    let piv = unsafe { crate::lapack_rt::slice(ipiv, laswp_len(k1, k2, incx)) };
    piv.iter().map(|p| p.get()).fold(k2.max(1), i64::max) as usize
}

pub use crate::blas2::{f_diag, f_trans, f_uplo, TriOp};
pub use ferroblas_kernels::level1::{self, RotmParam};
pub use ferroblas_kernels::level2::{Layout, Op};
pub use ferroblas_kernels::scalar::Complex;

pub use ferroblas_lapack::indefinite::Way;
pub use ferroblas_lapack::sym_eigen::band::Vect as BandVect;
pub use ferroblas_lapack::sym_eigen::bisection::{Order, RangeKind};
pub use ferroblas_lapack::sym_eigen::drivers::Jobz;
pub use ferroblas_lapack::sym_eigen::tridiagonal::{Compz, DisnaJob};
pub use ferroblas_lapack::tridiagonal::Fact as TriFact;

/// `?sytri2`'s block size: `ILAENV(1, name, uplo, n, -1, -1, -1)` through
/// the process's `ilaenv_` (the reference test programs sweep it), as the
/// reference asks it; not clamped, so the workspace check sees what it sees.
pub fn sytri2_nbmax(srname: &str, uplo: impl Into<Option<Uplo>>, n: i64) -> i64 {
    let opts = if uplo.into() == Some(Uplo::Upper) { "U" } else { "L" };
    let n = i32::try_from(n).unwrap_or(i32::MAX);
    crate::lapack_aux::ilaenv_lookup(1, srname, opts, [n, -1, -1, -1]) as i64
}

/// `?sytri2`'s smallest LWORK: `n` when the block covers the matrix (the
/// unblocked `?sytri` runs), `(n + nb + 1) * (nb + 3)` otherwise, 1 for
/// `n = 0`, as the reference computes it.
pub fn sytri2_minsize(srname: &str, uplo: impl Into<Option<Uplo>>, n: i64) -> i64 {
    let nb = sytri2_nbmax(srname, uplo, n);
    if n == 0 {
        1
    } else if nb >= n {
        n
    } else {
        (n + nb + 1) * (nb + 3)
    }
}

/// The 0-based row of a 1-based Fortran index into an `n`-row matrix;
/// `None` when out of range (the reference would read outside A).
pub fn row_index(i: i64, n: usize) -> Option<usize> {
    usize::try_from(i).ok().and_then(|i| i.checked_sub(1)).filter(|&i| i < n)
}

/// A matrix argument the reference declares read-only (LAPACKE's `const`)
/// but converts and then restores in place: `?sytrs2`'s factor, which the
/// reference's Fortran also writes while it runs. On return it holds exactly
/// what it held.
///
/// # Safety
/// The memory behind `a` is writable (the caller's array, as the reference
/// assumes) and nothing else reads or writes it during the call.
pub unsafe fn restored_in_place<T>(a: ferroblas_kernels::MatRef<'_, T>) -> ferroblas_kernels::MatMut<'_, T> {
    // SAFETY: the view's own dimensions and strides, over memory the caller
    // guarantees writable and unshared.
    unsafe {
        ferroblas_kernels::MatMut::from_raw_parts(
            a.as_ptr().cast_mut(),
            a.nrows(),
            a.ncols(),
            a.row_stride(),
            a.col_stride(),
        )
    }
}

pub use ferroblas_lapack::householder::{Direct, StoreV};
pub use ferroblas_lapack::qr::Positive;

/// `L` (either case) is the left side; anything else the right (as the
/// reflector routines read SIDE, without checking it).
pub struct LeftOrRight;

impl LeftOrRight {
    pub fn from_char(c: u8) -> Side {
        if c.eq_ignore_ascii_case(&b'L') {
            Side::Left
        } else {
            Side::Right
        }
    }
}

/// `N` (either case) is no transposition; anything else the (conjugate)
/// transpose (as `?larfb` reads TRANS).
pub struct NoOrTrans;

impl NoOrTrans {
    pub fn from_char(c: u8) -> Trans {
        if c.eq_ignore_ascii_case(&b'N') {
            Trans::No
        } else {
            Trans::ConjTrans
        }
    }
}

/// `F` (either case) is forward; anything else backward (`?larft`, `?larfb`).
pub struct ForwardOrBackward;

impl ForwardOrBackward {
    pub fn from_char(c: u8) -> Direct {
        if c.eq_ignore_ascii_case(&b'F') {
            Direct::Forward
        } else {
            Direct::Backward
        }
    }
}

/// `C` (either case) is column-wise storage; anything else row-wise.
pub struct ColumnOrRow;

impl ColumnOrRow {
    pub fn from_char(c: u8) -> StoreV {
        if c.eq_ignore_ascii_case(&b'C') {
            StoreV::Columnwise
        } else {
            StoreV::Rowwise
        }
    }
}

/// `m` for the left side, `n` for the right (never negative).
pub fn side_len(side: Side, m: i64, n: i64) -> usize {
    (if side == Side::Left { m } else { n }).max(0) as usize
}

/// The rows and columns of a reflector array V: `len x k` column-wise,
/// `k x len` row-wise (never negative).
pub fn reflector_shape(storev: StoreV, len: i64, k: i64) -> (usize, usize) {
    let (len, k) = (len.max(0) as usize, k.max(0) as usize);
    match storev {
        StoreV::Columnwise => (len, k),
        StoreV::Rowwise => (k, len),
    }
}

/// `?larfb` with its workspace as the Fortran array `WORK(LDWORK, K)`.
#[allow(clippy::too_many_arguments)]
pub fn larfb_abi<T: ferroblas_kernels::scalar::Scalar>(
    side: Side,
    trans: Trans,
    direct: Direct,
    storev: StoreV,
    v: ferroblas_kernels::MatRef<'_, T>,
    t: ferroblas_kernels::MatRef<'_, T>,
    c: ferroblas_kernels::MatMut<'_, T>,
    work: &mut [T],
    ldwork: i64,
) {
    let (m, n, k) = (c.nrows(), c.ncols(), t.nrows());
    if m == 0 || n == 0 {
        return;
    }
    // W lives where the reference keeps it, inside WORK(LDWORK, K): callers
    // keep other data (T, in the blocked factorizations) in the rows beyond.
    let ldwork = ldwork.max(1) as usize;
    let w = match side {
        Side::Left => ferroblas_kernels::MatMut::from_col_major(work, n, k, ldwork).transpose(),
        Side::Right => ferroblas_kernels::MatMut::from_col_major(work, m, k, ldwork),
    };
    lapack::householder::larfb(side, trans, direct, storev, v, t, c, w, Par::default())
}
pub use ferroblas_lapack::svd::{SvdJob, Vect};

pub use ferroblas_lapack::nonsym_eigen::{
    BalanceJob, EigSource, Howmny, InitVectors, SchurJob, SenseJob, SnaJob, VecJob, VecSide,
};

/// `SORT` of `?gees`: order the Schur form's eigenvalues by SELECT (`S`) or not (`N`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sorting {
    /// `N`: SELECT is never called.
    No,
    /// `S`: the selected eigenvalues lead the Schur form.
    Selected,
}

impl Sorting {
    /// Parses `N` or `S`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'N' => Some(Sorting::No),
            b'S' => Some(Sorting::Selected),
            _ => None,
        }
    }
}

/// `?sytri_3`'s LWORK: `(n + nb + 1) * (nb + 3)` with ILAENV's block size
/// (at least 1), 1 for `n = 0`, as the reference computes it.
pub fn sytri3_lwork(srname: &str, uplo: impl Into<Option<Uplo>>, n: i64) -> i64 {
    if n == 0 {
        1
    } else {
        let nb = sytri2_nbmax(srname, uplo, n).max(1);
        (n + nb + 1) * (nb + 3)
    }
}

/// `TRANSR` of the RFP routines: `N`, or the conjugate transpose, spelled
/// `T` for the real types and `C` for the complex ones (the other letter is
/// illegal).
pub fn rfp_transr<T: Scalar>(c: u8) -> Option<lapack::rfp::TransR> {
    match c.to_ascii_uppercase() {
        b'N' => Some(lapack::rfp::TransR::Normal),
        b'T' if !T::IS_COMPLEX => Some(lapack::rfp::TransR::ConjTrans),
        b'C' if T::IS_COMPLEX => Some(lapack::rfp::TransR::ConjTrans),
        _ => None,
    }
}

/// `TRANS` of `?tfsm`, `?sfrk`, `?hfrk`: `N`, or `T` (real) / `C` (complex).
pub fn rfp_trans<T: Scalar>(c: u8) -> Option<Trans> {
    match c.to_ascii_uppercase() {
        b'N' => Some(Trans::No),
        b'T' if !T::IS_COMPLEX => Some(Trans::ConjTrans),
        b'C' if T::IS_COMPLEX => Some(Trans::ConjTrans),
        _ => None,
    }
}

/// `TRANSR` where the reference reads anything but `T` (real) / `C`
/// (complex) as `N` (`?lansf`, `?lanhf`): never an illegal value.
pub fn rfp_transr_total<T: Scalar>(c: u8) -> lapack::rfp::TransR {
    match rfp_transr::<T>(c) {
        Some(t) => t,
        None => lapack::rfp::TransR::Normal,
    }
}

// The one-sided Jacobi SVD (`?gesvj`, `?gsvj0`, `?gsvj1`).
pub use ferroblas_lapack::svd::{JacobiLeft, JacobiRight, JacobiShape};
// The QR-preconditioned SVD (`?gesvdq`).
pub use ferroblas_lapack::svd::{GesvdqAccuracy, GesvdqFactor, GesvdqLeft, GesvdqRight, GesvdqRows};
// The preconditioned Jacobi SVD (`?gejsv`).
pub use ferroblas_lapack::svd::{
    GejsvAccuracy, GejsvJobs, GejsvLeft, GejsvPerturb, GejsvRange, GejsvRight, GejsvTranspose,
};
