//! Level-2 BLAS: matrix-vector products, triangular solves and rank updates.
//!
//! Each family is one generic routine over [`Scalar`]: `hemv` is `symv` for
//! real types (conjugation is the identity there), `her` is `syr`, and so on;
//! the real-only names are thin aliases. Dense matrices are strided views, so
//! a row-major matrix is the column-major transpose and the drivers normalise
//! every view to unit row stride (transposing, flipping the triangle and
//! conjugating as the algebra requires) before the SIMD kernels in
//! [`kernels`] run. Band and packed matrices have no strides to swap; their
//! routines take a [`Layout`] instead.
//!
//! Semantics follow the reference BLAS: `y := beta*y` first (`beta = 0`
//! overwrites `y` without reading it, `beta = 1` leaves it alone), then the
//! product is added unless `alpha = 0`; `alpha = 0` with `beta = 1` returns
//! at once; a matrix with no rows or columns changes nothing. Rank updates
//! skip columns whose vector element is zero, and the Hermitian ones reset
//! the imaginary part of the diagonal, as the reference does. (The blocked
//! triangular products and solves do not skip zero elements of `x` in their
//! off-diagonal panels, as optimized BLAS libraries do not: that matters
//! only for infinities and NaNs in `A`.)
//!
//! Kernels: `gemv_n`/`gemv_t` (and through them the triangular routines,
//! in 8-column blocks), the fused `symv_panel`/`symv_tri` for one pass over
//! a Hermitian panel, and the rank-update columns. Large `gemv`, `hemv` and
//! `ger` calls run on the pool with results independent of the thread count
//! (see `par`). No allocation happens on the hot paths: strided vectors are
//! copied to per-thread scratch that is reused.

mod gemv;
mod hemv;
pub mod kernels;
mod par;
mod rank;
mod scratch;
mod tri;
mod trmv;
mod trsv;

pub use gemv::{gbmv, gemv};
pub use hemv::{hbmv, hemv, hpmv, sbmv, spmv, symv};
pub use rank::{ger, gerc, her, her2, hpr, hpr2, spr, spr2, syr, syr2};
pub use trmv::{tbmv, tpmv, trmv};
pub use trsv::{tbsv, tpsv, trsv};

use crate::enums::Trans;
use crate::scalar::{RealScalar, Scalar};
use crate::views::VecMut;

/// How a general or triangular matrix `A` enters a product: `A`, `A^T`,
/// `A^H`, or `conj(A)` (the last is what a row-major `A^H` becomes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    /// `A`.
    NoTrans,
    /// `A^T`.
    Trans,
    /// `A^H = conj(A)^T` (the same as `Trans` for real types).
    ConjTrans,
    /// `conj(A)` (the same as `NoTrans` for real types).
    Conj,
}

impl Op {
    /// True for `Trans` and `ConjTrans`.
    pub fn is_trans(self) -> bool {
        matches!(self, Op::Trans | Op::ConjTrans)
    }

    /// True for `ConjTrans` and `Conj`.
    pub fn is_conj(self) -> bool {
        matches!(self, Op::ConjTrans | Op::Conj)
    }

    /// The operator `op'` with `op(A) = op'(A^T)`: what `op` becomes when the
    /// matrix is read through its transpose.
    pub fn transposed(self) -> Op {
        match self {
            Op::NoTrans => Op::Trans,
            Op::Trans => Op::NoTrans,
            Op::ConjTrans => Op::Conj,
            Op::Conj => Op::ConjTrans,
        }
    }
}

impl From<Trans> for Op {
    fn from(t: Trans) -> Op {
        match t {
            Trans::No => Op::NoTrans,
            Trans::Trans => Op::Trans,
            Trans::ConjTrans => Op::ConjTrans,
        }
    }
}

/// The storage order of a band or packed matrix argument.
///
/// `ColMajor` is the Fortran BLAS layout. `RowMajor` is CBLAS's: a row-major
/// band matrix stores row `i` of the band contiguously, and a row-major packed
/// triangle stores it row by row, which is the column-major storage of `A^T`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layout {
    /// Columns contiguous (Fortran).
    ColMajor,
    /// Rows contiguous (C).
    RowMajor,
}

/// `conj(v)` when `conj`, else `v`.
#[inline(always)]
fn cj<T: Scalar>(v: T, conj: bool) -> T {
    if conj {
        v.conj()
    } else {
        v
    }
}

/// `a / b`; for complex types by Smith's method, which avoids the overflow of
/// the textbook formula and divides only once (a paired division would run
/// on a half-empty register whose idle lanes compute `0/0` and raise the
/// invalid-operation flag).
#[inline]
pub fn div<T: Scalar>(a: T, b: T) -> T {
    if !T::IS_COMPLEX {
        return a / b;
    }
    let (ar, ai, br, bi) = (a.re(), a.im(), b.re(), b.im());
    let one = <T::Real as Scalar>::one();
    if br.abs() >= bi.abs() {
        let r = bi / br;
        let inv = one / (br + bi * r);
        T::from_parts((ar + ai * r) * inv, (ai - ar * r) * inv)
    } else {
        let r = br / bi;
        let inv = one / (bi + br * r);
        T::from_parts((ar * r + ai) * inv, (ai * r - ar) * inv)
    }
}

/// `y := beta*y` as the reference does it: nothing for `beta = 1`, zeros
/// without reading `y` for `beta = 0`.
fn scale_by_beta<T: Scalar>(beta: T, y: VecMut<'_, T>) {
    if beta == T::one() {
        return;
    }
    if beta.is_zero() {
        let mut y = y;
        for i in 0..y.len() {
            // SAFETY: `i < len`.
            unsafe { y.set_unchecked(i, T::zero()) };
        }
    } else {
        crate::level1::scal(beta, y);
    }
}

/// Elements in packed storage of an `n x n` triangle.
#[inline]
pub fn packed_len(n: usize) -> usize {
    n * (n + 1) / 2
}
