//! The split Cholesky factorization of a Hermitian positive definite band
//! matrix ([`pbstf`], `?pbstf`), the first step of the band generalized
//! eigenproblem `A x = lambda B x` (Crawford's reduction).
//!
//! `B = S^H S` with `S` of the same bandwidth `kd` as `B`: with `m = (n +
//! kd) / 2` (`kd` at most `n - 1`), `S` is upper triangular in its leading `m` rows and lower
//! triangular in the trailing `n - m`. The trailing part is factored first,
//! from the last column up, then the leading part from the top down, each
//! step a scaling and a rank-one update of the band block it touches.

use crate::Info;
use ferroblas_kernels::{MatMut, RealScalar, Scalar, Uplo};

/// `A[p, q] -= v[p - lo] conj(v[q - lo])` on the stored triangle of the
/// block of rows and columns `lo..lo + v.len()` of the band `ab` (the
/// diagonal kept real).
fn band_her<T: Scalar>(uplo: Uplo, kd: usize, ab: &mut MatMut<'_, T>, lo: usize, v: &[T]) {
    let k = v.len();
    for jj in 0..k {
        let rows = if uplo == Uplo::Upper { 0..jj + 1 } else { jj..k };
        for ii in rows {
            let (i, j) = (lo + ii, lo + jj);
            let r = if uplo == Uplo::Upper { kd + i - j } else { i - j };
            let x = ab.get(r, j) - v[ii] * v[jj].conj();
            ab.set(r, j, if i == j { T::from_real(x.re()) } else { x });
        }
    }
}

/// The split Cholesky factorization `B = S^H S` of the Hermitian (real:
/// symmetric) positive definite band matrix of order `n = ab.ncols()` with
/// `kd` off-diagonals in band storage (`ab`, `kd + 1` rows, its `uplo`
/// triangle), `S` overwriting it (`?pbstf`; see the [module](self)
/// documentation for the structure of `S`).
///
/// `Err(i)` (1-based) when the factorization could not be completed because
/// a diagonal element `i` was not positive (the element is left as
/// computed, the rest partly updated).
pub fn pbstf<T: Scalar>(uplo: Uplo, kd: usize, mut ab: MatMut<'_, T>) -> Result<(), Info> {
    let n = ab.ncols();
    assert!(ab.nrows() > kd, "pbstf: ab has fewer than kd + 1 rows");
    if n == 0 {
        return Ok(());
    }
    let zero = T::Real::zero();
    let diag_row = if uplo == Uplo::Upper { kd } else { 0 };
    // A band wider than the matrix is its full triangle (the reference
    // would index past it).
    let kb = kd.min(n - 1);
    let m = (n + kb) / 2;
    let mut v = vec![T::zero(); kb];
    let pivot = |ab: &mut MatMut<'_, T>, j: usize| -> Result<T::Real, Info> {
        let ajj = ab.get(diag_row, j).re();
        if ajj <= zero {
            ab.set(diag_row, j, T::from_real(ajj));
            return Err(Info::new(j + 1));
        }
        let ajj = ajj.sqrt();
        ab.set(diag_row, j, T::from_real(ajj));
        Ok(ajj)
    };
    // The trailing rows m..n: S lower triangular there, from the bottom up.
    for j in (m..n).rev() {
        let ajj = pivot(&mut ab, j)?;
        let km = j.min(kb);
        let r = T::Real::one() / ajj;
        let lo = j - km;
        // Column j above the diagonal (upper) or row j left of it (lower,
        // conjugated so that both cases update with v v^H).
        for (t, i) in (lo..j).enumerate() {
            let x = match uplo {
                Uplo::Upper => {
                    let x = ab.get(kd + i - j, j).scale_real(r);
                    ab.set(kd + i - j, j, x);
                    x
                }
                Uplo::Lower => {
                    let x = ab.get(j - i, i).scale_real(r);
                    ab.set(j - i, i, x);
                    x.conj()
                }
            };
            v[t] = x;
        }
        band_her(uplo, kd, &mut ab, lo, &v[..km]);
    }
    // The leading rows 0..m: S upper triangular there, from the top down.
    for j in 0..m {
        let ajj = pivot(&mut ab, j)?;
        let km = kb.min(m - 1 - j);
        let r = T::Real::one() / ajj;
        for (i, slot) in (j + 1..).zip(v[..km].iter_mut()) {
            *slot = match uplo {
                Uplo::Upper => {
                    let x = ab.get(kd + j - i, i).scale_real(r);
                    ab.set(kd + j - i, i, x);
                    x.conj()
                }
                Uplo::Lower => {
                    let x = ab.get(i - j, j).scale_real(r);
                    ab.set(i - j, j, x);
                    x
                }
            };
        }
        band_her(uplo, kd, &mut ab, j + 1, &v[..km]);
    }
    Ok(())
}
