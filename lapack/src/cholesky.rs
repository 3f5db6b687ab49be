//! Hermitian positive definite systems through the Cholesky factorization:
//! solve (`?potrs`), factor and solve (`?posv`), invert (`?potri`). The
//! factorization itself is [`relapack::potrf`](crate::relapack::potrf()).

use crate::relapack::level3::Level3;
use crate::{Info, Par};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, MatRef, Side, Trans, Uplo};

pub use crate::relapack::lauum::{lauum, lauum_with};
pub use crate::relapack::potrf::{potrf, potrf_with};

/// Solves `A X = B` in place of the `n x nrhs` matrix `b`, given the Cholesky
/// factor of A from [`potrf`] in the `uplo` triangle of `factor`.
pub fn potrs<T: Scalar>(uplo: Uplo, factor: MatRef<'_, T>, mut b: MatMut<'_, T>, par: Par) {
    let n = factor.nrows();
    assert!(factor.ncols() == n && b.nrows() == n, "potrs: operand shapes disagree");
    if n == 0 || b.ncols() == 0 {
        return;
    }
    let l3 = Level3::new(par);
    // A = U^H U: solve U^H Y = B, then U X = Y; A = L L^H: L Y = B, L^H X = Y.
    let (first, second) = match uplo {
        Uplo::Upper => (Trans::ConjTrans, Trans::No),
        Uplo::Lower => (Trans::No, Trans::ConjTrans),
    };
    l3.trsm(Side::Left, uplo, first, Diag::NonUnit, T::one(), factor, b.rb_mut());
    l3.trsm(Side::Left, uplo, second, Diag::NonUnit, T::one(), factor, b);
}

/// Solves `A X = B` for the Hermitian positive definite A held in the `uplo`
/// triangle of `a`: factors it in place as [`potrf`] does, then overwrites B.
///
/// `Err(Info)` as [`potrf`]'s (the leading minor of order INFO is not
/// positive definite); B is then left unchanged.
pub fn posv<T: Scalar>(uplo: Uplo, mut a: MatMut<'_, T>, b: MatMut<'_, T>, par: Par) -> Result<(), Info> {
    potrf(uplo, a.rb_mut(), par)?;
    potrs(uplo, a.rb(), b, par);
    Ok(())
}

/// Replaces the Cholesky factor in the `uplo` triangle of `a` (from
/// [`potrf`]) by the same triangle of `inv(A)`: inverts the factor, then
/// forms `inv(U) inv(U)^H` or `inv(L)^H inv(L)`.
///
/// `Err(Info)` when the factor's diagonal element `i` is exactly zero
/// (INFO = i + 1); then nothing is written.
pub fn potri<T: Scalar>(uplo: Uplo, mut a: MatMut<'_, T>, par: Par) -> Result<(), Info> {
    crate::relapack::trtri(uplo, Diag::NonUnit, a.rb_mut(), par)?;
    lauum(uplo, a, par);
    Ok(())
}
