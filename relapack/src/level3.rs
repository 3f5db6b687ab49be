//! The Level-3 BLAS as the factorizations call it: the engine's routines with
//! the thread limit that the caller's [`Par`] allows.
//!
//! The engine splits work by the problem's size, never by the thread count,
//! so the limit changes only the speed, never the bits.

use crate::common::Par;
use ferroblas_kernels::level3::{self, GemmOptions, Op};
use ferroblas_kernels::{Diag, MatMut, MatRef, Scalar, Side, Trans, Uplo};

/// The engine options a factorization passes to every Level-3 call it makes.
#[derive(Clone, Debug)]
pub struct Level3 {
    opts: GemmOptions,
}

impl Level3 {
    /// The options for `par`: a thread limit, or the library default.
    pub fn new(par: Par) -> Self {
        Level3 { opts: GemmOptions { nthreads: Self::threads(par), ..GemmOptions::default() } }
    }

    /// The engine's thread limit for `par` (`None`: the library default).
    pub fn threads(par: Par) -> Option<usize> {
        match par {
            Par::Threads(0) => None,
            p => Some(p.num_threads()),
        }
    }

    /// `C := alpha op(A) op(B) + beta C`.
    #[allow(clippy::too_many_arguments)]
    pub fn gemm<T: Scalar>(
        &self,
        ta: Trans,
        tb: Trans,
        alpha: T,
        a: MatRef<'_, T>,
        b: MatRef<'_, T>,
        beta: T,
        c: MatMut<'_, T>,
    ) {
        level3::gemm_with(&T::kernels().gemm, &self.opts, ta, tb, alpha, a, b, beta, c);
    }

    /// Solves `op(A) X = alpha B` or `X op(A) = alpha B` in place.
    #[allow(clippy::too_many_arguments)]
    pub fn trsm<T: Scalar>(
        &self,
        side: Side,
        uplo: Uplo,
        trans: Trans,
        diag: Diag,
        alpha: T,
        a: MatRef<'_, T>,
        b: MatMut<'_, T>,
    ) {
        if side == Side::Left && alpha == T::one() && crate::small::fits(&a, &b) {
            return crate::small::trsm_left(uplo, trans, diag, a, b);
        }
        let k = &T::kernels().gemm;
        level3::triangular_with(k, &self.opts, Op::Solve, side, uplo, trans, diag, alpha, a, b);
    }

    /// `B := alpha op(A) B` or `B := alpha B op(A)`, A triangular.
    #[allow(clippy::too_many_arguments)]
    pub fn trmm<T: Scalar>(
        &self,
        side: Side,
        uplo: Uplo,
        trans: Trans,
        diag: Diag,
        alpha: T,
        a: MatRef<'_, T>,
        b: MatMut<'_, T>,
    ) {
        let k = &T::kernels().gemm;
        level3::triangular_with(k, &self.opts, Op::Multiply, side, uplo, trans, diag, alpha, a, b);
    }

    /// `C := alpha op(A) op(A)^H + beta C` on one triangle (for real types the
    /// transpose), the imaginary parts of C's diagonal set to zero.
    pub fn herk<T: Scalar>(
        &self,
        uplo: Uplo,
        trans: Trans,
        alpha: T::Real,
        a: MatRef<'_, T>,
        beta: T::Real,
        c: MatMut<'_, T>,
    ) {
        level3::herk_with(&T::kernels().gemm, &self.opts, uplo, trans, alpha, a, beta, c);
    }

    /// `C := alpha A B + beta C` (`Side::Left`) or `C := alpha B A + beta C`
    /// (`Side::Right`), A Hermitian (for real types symmetric) with only its
    /// `uplo` triangle read.
    #[allow(clippy::too_many_arguments)]
    pub fn hemm<T: Scalar>(
        &self,
        side: Side,
        uplo: Uplo,
        alpha: T,
        a: MatRef<'_, T>,
        b: MatRef<'_, T>,
        beta: T,
        c: MatMut<'_, T>,
    ) {
        level3::symm_with(&T::kernels().gemm, &self.opts, true, side, uplo, alpha, a, b, beta, c);
    }

    /// `C := alpha op(A) op(B)^H + conj(alpha) op(B) op(A)^H + beta C` on one
    /// triangle (for real types the transposes), the imaginary parts of C's
    /// diagonal set to zero.
    #[allow(clippy::too_many_arguments)]
    pub fn her2k<T: Scalar>(
        &self,
        uplo: Uplo,
        trans: Trans,
        alpha: T,
        a: MatRef<'_, T>,
        b: MatRef<'_, T>,
        beta: T::Real,
        c: MatMut<'_, T>,
    ) {
        let k = &T::kernels().gemm;
        level3::syr2k_with(k, &self.opts, true, uplo, trans, alpha, a, b, T::from_real(beta), c);
    }
}
