//! The product of a triangular factor with its conjugate transpose, in place
//! (`?lauum`, `?lauu2`): `U U^H` for the upper triangle, `L^H L` for the
//! lower, as `?potri` needs after `?trtri`. Recursive: for the lower triangle
//! `[L11 0; L21 L22]`, `L^H L = [L11^H L11 + L21^H L21, .; L22^H L21, L22^H L22]`,
//! so a HERK and a TRMM produce the off-diagonal blocks around two recursive
//! calls. Below a crossover, element by element.

use crate::common::Par;
use crate::level3::Level3;
use crate::scalar_ops::split;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, Side, Trans, Uplo};

/// Columns multiplied without a further split.
pub const CROSSOVER: usize = 16;

/// Overwrites the `uplo` triangle of the `n x n` matrix `a`, which holds a
/// triangular factor, with the same triangle of `U U^H` (upper) or `L^H L`
/// (lower). The diagonal of the factor is taken as real (its imaginary part
/// is ignored), as a Cholesky factor's is; the other triangle is neither read
/// nor written.
pub fn lauum<T: Scalar>(uplo: Uplo, a: MatMut<'_, T>, par: Par) {
    lauum_with(uplo, a, par, CROSSOVER)
}

/// [`lauum`] with the recursion's crossover chosen by the caller (tests).
pub fn lauum_with<T: Scalar>(uplo: Uplo, mut a: MatMut<'_, T>, par: Par, crossover: usize) {
    assert_eq!(a.nrows(), a.ncols(), "lauum: the matrix is not square");
    // The diagonal is real whatever the path (the products below would carry
    // an imaginary part into the result); the output overwrites it anyway.
    if T::IS_COMPLEX {
        for i in 0..a.nrows() {
            a.set(i, i, T::from_real(a.get(i, i).re()));
        }
    }
    recurse(uplo, a, &Level3::new(par), crossover.max(1));
}

fn recurse<T: Scalar>(uplo: Uplo, a: MatMut<'_, T>, l3: &Level3, nb: usize) {
    let n = a.nrows();
    if n <= nb {
        return base(uplo, a);
    }
    let n1 = split(n);
    let (mut a11, mut a12, mut a21, mut a22) = a.split_at(n1, n1);
    let one = <T::Real as Scalar>::one();
    recurse(uplo, a11.rb_mut(), l3, nb);
    match uplo {
        Uplo::Lower => {
            l3.herk(Uplo::Lower, Trans::ConjTrans, one, a21.rb(), one, a11.rb_mut());
            l3.trmm(Side::Left, Uplo::Lower, Trans::ConjTrans, Diag::NonUnit, T::one(), a22.rb(), a21.rb_mut());
        }
        Uplo::Upper => {
            l3.herk(Uplo::Upper, Trans::No, one, a12.rb(), one, a11.rb_mut());
            l3.trmm(Side::Right, Uplo::Upper, Trans::ConjTrans, Diag::NonUnit, T::one(), a22.rb(), a12.rb_mut());
        }
    }
    recurse(uplo, a22.rb_mut(), l3, nb);
}

/// Element by element, in an order that reads every factor element before
/// it is overwritten: row by row, each row left to right.
fn base<T: Scalar>(uplo: Uplo, mut a: MatMut<'_, T>) {
    let n = a.nrows();
    match uplo {
        // (L^H L)[i][j] = sum over k >= i of conj(L[k][i]) L[k][j], j <= i.
        Uplo::Lower => {
            for i in 0..n {
                let lii = a.get(i, i).re();
                for j in 0..=i {
                    let mut s = if j == i { T::from_real(lii * lii) } else { a.get(i, j).scale_real(lii) };
                    for k in i + 1..n {
                        s += a.get(k, i).conj() * a.get(k, j);
                    }
                    a.set(i, j, if j == i { T::from_real(s.re()) } else { s });
                }
            }
        }
        // (U U^H)[i][j] = sum over k >= j of U[i][k] conj(U[j][k]), j >= i.
        Uplo::Upper => {
            for i in 0..n {
                for j in i..n {
                    let ujj = a.get(j, j).re();
                    let mut s = if j == i { T::from_real(ujj * ujj) } else { a.get(i, j).scale_real(ujj) };
                    for k in j + 1..n {
                        s += a.get(i, k) * a.get(j, k).conj();
                    }
                    a.set(i, j, if j == i { T::from_real(s.re()) } else { s });
                }
            }
        }
    }
}
