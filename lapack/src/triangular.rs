//! Triangular systems and inverses: solve (`?trtrs`) and invert (`?trtri`,
//! from [`relapack`](crate::relapack::trtri())).

use crate::relapack::level3::Level3;
use crate::{Info, Par};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, MatRef, Side, Trans, Uplo};

pub use crate::relapack::trtri::{trtri, trtri_with};

/// Solves `op(A) X = B` in place of the `n x nrhs` matrix `b`, A the `n x n`
/// triangular matrix in the `uplo` triangle of `a`.
///
/// `Err(Info)` when A has an exactly zero diagonal element `i` (INFO = i + 1,
/// the first; never with `Diag::Unit`): A is singular and B is unchanged.
pub fn trtrs<T: Scalar>(
    uplo: Uplo,
    trans: Trans,
    diag: Diag,
    a: MatRef<'_, T>,
    b: MatMut<'_, T>,
    par: Par,
) -> Result<(), Info> {
    let n = a.nrows();
    assert!(a.ncols() == n && b.nrows() == n, "trtrs: operand shapes disagree");
    if diag == Diag::NonUnit {
        if let Some(i) = (0..n).find(|&i| a.get(i, i).is_zero()) {
            return Err(Info::from_index(i));
        }
    }
    if n > 0 && b.ncols() > 0 {
        Level3::new(par).trsm(Side::Left, uplo, trans, diag, T::one(), a, b);
    }
    Ok(())
}
