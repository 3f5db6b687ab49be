//! Cholesky factorization of a Hermitian (symmetric) positive definite
//! matrix, `A = L L^H` or `A = U^H U` (`?potrf`, `?potrf2`, `?potf2`), the
//! recursive way: factor the leading half, solve for the off-diagonal block
//! (TRSM), update the trailing half (HERK/SYRK), factor it. Below a crossover
//! the lower factor is computed by right-looking column updates and the upper
//! one by left-looking column solves, so both run on contiguous columns.

use crate::common::{Info, Par};
use crate::level3::Level3;
use crate::scalar_ops::{div_real, split};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{Diag, MatMut, Side, Trans, Uplo};

/// Columns factored without a further split.
pub const CROSSOVER: usize = 16;

/// Factors the `n x n` Hermitian positive definite matrix whose `uplo`
/// triangle `a` holds, in place: `A = L L^H` (lower) or `A = U^H U` (upper).
/// The other triangle is neither read nor written; imaginary parts of the
/// diagonal are ignored on input and zero on output.
///
/// `Err(Info)` when the leading minor of order `i` is not positive definite
/// (INFO = i, `Info::from_index(i - 1)`): the factorization stops there, with
/// the diagonal element that failed left in place, as the reference leaves it.
pub fn potrf<T: Scalar>(uplo: Uplo, a: MatMut<'_, T>, par: Par) -> Result<(), Info> {
    potrf_with(uplo, a, par, CROSSOVER)
}

/// [`potrf`] with the recursion's crossover chosen by the caller (tests).
pub fn potrf_with<T: Scalar>(uplo: Uplo, a: MatMut<'_, T>, par: Par, crossover: usize) -> Result<(), Info> {
    assert_eq!(a.nrows(), a.ncols(), "potrf: the matrix is not square");
    recurse(uplo, a, &Level3::new(par), crossover.max(1)).map_err(Info::from_index)
}

fn recurse<T: Scalar>(uplo: Uplo, a: MatMut<'_, T>, l3: &Level3, nb: usize) -> Result<(), usize> {
    let n = a.nrows();
    if n <= nb {
        return match uplo {
            Uplo::Lower => base_lower(a),
            Uplo::Upper => base_upper(a),
        };
    }
    let n1 = split(n);
    let (a11, a12, a21, a22) = a.split_at(n1, n1);
    let mut a11 = a11;
    recurse(uplo, a11.rb_mut(), l3, nb)?;
    let one = <T::Real as Scalar>::one();
    match uplo {
        Uplo::Lower => {
            let mut a21 = a21;
            l3.trsm(Side::Right, Uplo::Lower, Trans::ConjTrans, Diag::NonUnit, T::one(), a11.rb(), a21.rb_mut());
            let mut a22 = a22;
            l3.herk(Uplo::Lower, Trans::No, -one, a21.rb(), one, a22.rb_mut());
            recurse(uplo, a22, l3, nb).map_err(|i| i + n1)
        }
        Uplo::Upper => {
            let mut a12 = a12;
            l3.trsm(Side::Left, Uplo::Upper, Trans::ConjTrans, Diag::NonUnit, T::one(), a11.rb(), a12.rb_mut());
            let mut a22 = a22;
            l3.herk(Uplo::Upper, Trans::ConjTrans, -one, a12.rb(), one, a22.rb_mut());
            recurse(uplo, a22, l3, nb).map_err(|i| i + n1)
        }
    }
}

/// The diagonal element of a Cholesky step, or `Err` when it is not
/// positive (NaN included); the failed value is stored, as LAPACK stores it.
fn pivot<T: Scalar>(a: &mut MatMut<'_, T>, j: usize, ajj: T::Real) -> Result<T::Real, usize> {
    if ajj > <T::Real as Scalar>::zero() {
        let r = ajj.sqrt();
        a.set(j, j, T::from_real(r));
        Ok(r)
    } else {
        a.set(j, j, T::from_real(ajj));
        Err(j)
    }
}

/// Lower, right-looking: column j is scaled by its diagonal, then the
/// trailing lower triangle takes the rank-1 update, column by column.
fn base_lower<T: Scalar>(mut a: MatMut<'_, T>) -> Result<(), usize> {
    let n = a.nrows();
    for j in 0..n {
        let d = a.get(j, j).re();
        let ajj = pivot(&mut a, j, d)?;
        let r = <T::Real as Scalar>::one() / ajj;
        let (left, mut right) = a.rb_mut().split_at_col(j + 1);
        let mut left = left;
        match left.col_slice_mut(j) {
            Some(l) => {
                l[j + 1..].iter_mut().for_each(|x| *x = x.scale_real(r));
                let l = &l[j + 1..];
                for c in 0..right.ncols() {
                    let col = right.col_slice_mut(c).expect("contiguous columns");
                    // Column j + 1 + c of the trailing matrix, rows from its diagonal down.
                    let t = l[c].conj();
                    for (x, &li) in col[j + 1 + c..].iter_mut().zip(&l[c..]) {
                        *x -= li * t;
                    }
                }
            }
            None => {
                for i in j + 1..n {
                    left.set(i, j, left.get(i, j).scale_real(r));
                }
                for c in 0..right.ncols() {
                    let t = left.get(j + 1 + c, j).conj();
                    for i in j + 1 + c..n {
                        right.set(i, c, right.get(i, c) - left.get(i, j) * t);
                    }
                }
            }
        }
    }
    Ok(())
}

/// Upper, left-looking: column j above the diagonal is solved with `U^H` of
/// the columns before it (dot products of contiguous columns), then its
/// diagonal element follows from the column's norm.
fn base_upper<T: Scalar>(mut a: MatMut<'_, T>) -> Result<(), usize> {
    let n = a.nrows();
    let zero = <T::Real as Scalar>::zero();
    for j in 0..n {
        let (left, mut right) = a.rb_mut().split_at_col(j);
        let left = left.into_ref();
        let mut ajj = right.get(j, 0).re();
        match (right.col_slice_mut(0), j == 0 || left.col_slice(0).is_some()) {
            (Some(x), true) => {
                for i in 0..j {
                    let u = &left.col_slice(i).expect("contiguous columns")[..i];
                    let s = u.iter().zip(&x[..i]).fold(T::zero(), |s, (&ui, &xi)| s + ui.conj() * xi);
                    x[i] = div_real(x[i] - s, left.get(i, i).re());
                }
                ajj -= x[..j].iter().fold(zero, |s, &v| s + (v.conj() * v).re());
            }
            _ => {
                for i in 0..j {
                    let s = (0..i).fold(T::zero(), |s, k| s + left.get(k, i).conj() * right.get(k, 0));
                    right.set(i, 0, div_real(right.get(i, 0) - s, left.get(i, i).re()));
                }
                ajj -= (0..j).fold(zero, |s, k| s + (right.get(k, 0).conj() * right.get(k, 0)).re());
            }
        }
        pivot(&mut a, j, ajj)?;
    }
    Ok(())
}
