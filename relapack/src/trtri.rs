//! Inverse of a triangular matrix in place (`?trtri`, `?trti2`), the
//! recursive way: for the lower triangle `[A11 0; A21 A22]` the inverse is
//! `[inv(A11) 0; -inv(A22) A21 inv(A11)  inv(A22)]`, so two TRSMs turn A21
//! into its block of the inverse, and the diagonal blocks are inverted
//! recursively. Below a crossover, column by column.

use crate::common::{Info, Par};
use crate::level3::Level3;
use crate::scalar_ops::{recip, split};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, Side, Trans, Uplo};

/// Columns inverted without a further split.
pub const CROSSOVER: usize = 16;

/// Replaces the `uplo` triangle of the `n x n` matrix `a` by the inverse of
/// the triangular matrix it holds (`Diag::Unit`: the diagonal is taken as
/// ones and not referenced). The other triangle is neither read nor written.
///
/// `Err(Info)` when the diagonal element `i` is exactly zero (INFO = i + 1,
/// the first such); then nothing is written.
pub fn trtri<T: Scalar>(uplo: Uplo, diag: Diag, a: MatMut<'_, T>, par: Par) -> Result<(), Info> {
    trtri_with(uplo, diag, a, par, CROSSOVER)
}

/// [`trtri`] with the recursion's crossover chosen by the caller (tests).
pub fn trtri_with<T: Scalar>(uplo: Uplo, diag: Diag, a: MatMut<'_, T>, par: Par, crossover: usize) -> Result<(), Info> {
    let n = a.nrows();
    assert_eq!(n, a.ncols(), "trtri: the matrix is not square");
    if diag == Diag::NonUnit {
        if let Some(i) = (0..n).find(|&i| a.get(i, i).is_zero()) {
            return Err(Info::from_index(i));
        }
    }
    recurse(uplo, diag, a, &Level3::new(par), crossover.max(1));
    Ok(())
}

fn recurse<T: Scalar>(uplo: Uplo, diag: Diag, a: MatMut<'_, T>, l3: &Level3, nb: usize) {
    let n = a.nrows();
    if n <= nb {
        return base(uplo, diag, a);
    }
    let n1 = split(n);
    let (mut a11, a12, a21, mut a22) = a.split_at(n1, n1);
    let mut off = match uplo {
        Uplo::Lower => a21,
        Uplo::Upper => a12,
    };
    // Lower: A21 := -inv(A22) A21 inv(A11); upper: A12 := -inv(A11) A12 inv(A22).
    let (first, second) = match uplo {
        Uplo::Lower => (a22.rb(), a11.rb()),
        Uplo::Upper => (a11.rb(), a22.rb()),
    };
    l3.trsm(Side::Left, uplo, Trans::No, diag, -T::one(), first, off.rb_mut());
    l3.trsm(Side::Right, uplo, Trans::No, diag, T::one(), second, off);
    recurse(uplo, diag, a11.rb_mut(), l3, nb);
    recurse(uplo, diag, a22.rb_mut(), l3, nb);
}

/// Column by column: the diagonal element is inverted, and the rest of the
/// column multiplied by the already inverted part of the triangle and by
/// minus that inverse (an in-place triangular matrix-vector product).
fn base<T: Scalar>(uplo: Uplo, diag: Diag, mut a: MatMut<'_, T>) {
    let n = a.nrows();
    let unit = diag == Diag::Unit;
    let upper = uplo == Uplo::Upper;
    for step in 0..n {
        // Upper: left to right; lower: right to left, so that the part of the
        // triangle the column meets is already inverted.
        let j = if upper { step } else { n - 1 - step };
        let ajj = if unit {
            -T::one()
        } else {
            let inv = recip(a.get(j, j));
            a.set(j, j, inv);
            -inv
        };
        // The part of column j that the product touches: above the diagonal
        // (upper) or below it (lower), and the inverted triangle it multiplies.
        let rows = match uplo {
            Uplo::Upper => 0..j,
            Uplo::Lower => j + 1..n,
        };
        let (lo, hi) = (rows.start, rows.end);
        // x := T x, T the inverted triangle on rows/columns lo..hi.
        // Upper: ascending k keeps x[k] unread by earlier steps; lower: descending.
        for kstep in 0..hi - lo {
            let k = if upper { lo + kstep } else { hi - 1 - kstep };
            let t = a.get(k, j);
            let others = match uplo {
                Uplo::Upper => lo..k,
                Uplo::Lower => k + 1..hi,
            };
            if !t.is_zero() {
                for i in others {
                    a.set(i, j, a.get(i, j) + t * a.get(i, k));
                }
            }
            if !unit {
                a.set(k, j, t * a.get(k, k));
            }
        }
        for i in lo..hi {
            a.set(i, j, a.get(i, j) * ajj);
        }
    }
}
