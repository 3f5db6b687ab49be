//! Cholesky factorization of a Hermitian (symmetric) positive definite band
//! matrix, `A = U^H U` or `A = L L^H` (`?pbtrf`, `?pbtf2`).
//!
//! The matrix is in LAPACK's band storage: with `kd` off-diagonals, the upper
//! triangle's `A(i, j)` at row `kd + i - j` of column `j`, the lower one's at
//! row `i - j`. Narrow bands are factored column by column in place (the
//! lower factor right-looking, the upper one left-looking, so that both run
//! on contiguous band columns). Wider ones go in blocks of `nb <= kd`
//! columns, right-looking: the diagonal block is copied out and factored by
//! the recursive [`potrf`](crate::potrf()), the off-diagonal block (its rows
//! out to the band's edge, `nb x kd`, zero outside the band) is solved with
//! it in a work array (TRSM) and copied back, and the trailing triangle takes
//! the rank-`nb` update: off-diagonal pieces by GEMM on sheared views of the
//! band array (the dense matrix near the diagonal), halving towards the
//! diagonal, whose small triangles are updated element by element. The
//! depth is `log2(kd)`.

use crate::common::{Info, Par, WorkReq, Workspace};
use crate::level3::Level3;
use crate::potrf::potrf;
use crate::scalar_ops::{div_real, split};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{Diag, MatMut, MatRef, Side, Trans, Uplo};

/// Off-diagonals from which the factorization goes blocked.
pub const CROSSOVER: usize = 16;

/// Columns per block of the blocked factorization (at most `kd`; measured
/// fastest from 16 to 200 off-diagonals).
pub const BLOCK: usize = 16;

/// Triangles of the trailing update at most this wide are updated element by
/// element.
const TRIANGLE: usize = 8;

/// The block width for `kd` and a requested `block`; 0 means column by column.
fn width(kd: usize, block: usize) -> usize {
    let nb = block.min(kd);
    if nb >= 2 {
        nb
    } else {
        0
    }
}

fn default_block(kd: usize) -> usize {
    if kd >= CROSSOVER {
        BLOCK
    } else {
        1
    }
}

/// The workspace [`pbtrf`] needs for order `n` with `kd` off-diagonals:
/// `nb x (nb + kd)` elements when blocked (less when `n` is smaller), none
/// otherwise.
pub fn pbtrf_req<T: Scalar>(n: usize, kd: usize) -> WorkReq {
    pbtrf_with_req::<T>(n, kd, default_block(kd))
}

/// The workspace of [`pbtrf_with`] with the block `block`.
pub fn pbtrf_with_req<T: Scalar>(n: usize, kd: usize, block: usize) -> WorkReq {
    let nb = width(kd, block).min(n);
    WorkReq::new::<T>(nb * nb).and(WorkReq::new::<T>(nb * kd.min(n)))
}

/// Factors the `n x n` Hermitian positive definite band matrix with `kd`
/// off-diagonals whose `uplo` triangle `ab` holds (`kd + 1` rows or more,
/// `n` columns; upper: `A(i, j)` at row `kd + i - j`, lower: at row `i - j`)
/// in place: `A = U^H U` (upper) or `A = L L^H` (lower), the factor in the
/// same storage. Rows below `kd` and the elements outside the matrix are
/// neither read nor written; imaginary parts of the diagonal are ignored on
/// input and zero on output.
///
/// `Err(Info)` when the leading minor of order `i` is not positive definite
/// (INFO = i, `Info::from_index(i - 1)`): the factorization stops there.
pub fn pbtrf<T: Scalar>(uplo: Uplo, kd: usize, ab: MatMut<'_, T>, par: Par, work: Workspace<'_>) -> Result<(), Info> {
    pbtrf_with(uplo, kd, ab, par, work, default_block(kd))
}

/// [`pbtrf`] with the block width chosen by the caller (tests): `block <= 1`
/// factors column by column; otherwise blocks of `min(block, kd)` columns,
/// with the workspace of [`pbtrf_with_req`].
pub fn pbtrf_with<T: Scalar>(
    uplo: Uplo,
    kd: usize,
    ab: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
    block: usize,
) -> Result<(), Info> {
    assert!(ab.nrows() > kd, "pbtrf: the band array has {} rows, needs {}", ab.nrows(), kd + 1);
    let nb = width(kd, block);
    let r = if nb == 0 { unblocked(uplo, kd, ab) } else { blocked(uplo, kd, ab, par, work, nb) };
    r.map_err(Info::from_index)
}

/// Where `A(i, j)` (in the stored triangle) lives in the band array.
#[inline]
fn at(uplo: Uplo, kd: usize, i: usize, j: usize) -> (usize, usize) {
    match uplo {
        Uplo::Upper => (kd + i - j, j),
        Uplo::Lower => (i - j, j),
    }
}

/// The diagonal element of a Cholesky step from `ajj`, stored at `(r, c)`,
/// or `Err(j)` when it is not positive (NaN included): the failed value is
/// stored, as LAPACK stores it.
fn pivot<T: Scalar>(ab: &mut MatMut<'_, T>, r: usize, c: usize, ajj: T::Real, j: usize) -> Result<T::Real, usize> {
    if ajj > <T::Real as Scalar>::zero() {
        let d = ajj.sqrt();
        ab.set(r, c, T::from_real(d));
        Ok(d)
    } else {
        ab.set(r, c, T::from_real(ajj));
        Err(j)
    }
}

/// Column by column on the band itself.
fn unblocked<T: Scalar>(uplo: Uplo, kd: usize, ab: MatMut<'_, T>) -> Result<(), usize> {
    match uplo {
        Uplo::Upper => unblocked_upper(kd, ab),
        Uplo::Lower => unblocked_lower(kd, ab),
    }
}

/// Lower, right-looking: column j of L is scaled by its diagonal element,
/// then the trailing triangle it reaches takes the rank-1 update, column by
/// column (contiguous in band storage).
fn unblocked_lower<T: Scalar>(kd: usize, mut ab: MatMut<'_, T>) -> Result<(), usize> {
    let n = ab.ncols();
    let contiguous = n == 0 || ab.rb().col_slice(0).is_some();
    for j in 0..n {
        let ajj = ab.get(0, j).re();
        let ajj = pivot(&mut ab, 0, j, ajj, j)?;
        let kn = kd.min(n - 1 - j);
        for s in 1..=kn {
            ab.set(s, j, div_real(ab.get(s, j), ajj));
        }
        // A(j+p, j+q) -= L(j+p, j) conj(L(j+q, j)) for p >= q, at row p - q
        // of column j + q.
        if contiguous {
            let (left, mut right) = ab.rb_mut().split_at_col(j + 1);
            let l = &left.into_ref().col_slice(j).expect("contiguous columns")[1..=kn];
            for q in 1..=kn {
                let lq = l[q - 1].conj();
                if lq.is_zero() {
                    continue;
                }
                let col = right.col_slice_mut(q - 1).expect("contiguous columns");
                for (x, &lp) in col[..=kn - q].iter_mut().zip(&l[q - 1..]) {
                    *x -= lp * lq;
                }
                col[0] = T::from_real(col[0].re());
            }
        } else {
            for q in 1..=kn {
                let lq = ab.get(q, j).conj();
                if lq.is_zero() {
                    continue;
                }
                for p in q..=kn {
                    let x = ab.get(p - q, j + q) - ab.get(p, j) * lq;
                    ab.set(p - q, j + q, if p == q { T::from_real(x.re()) } else { x });
                }
            }
        }
    }
    Ok(())
}

/// Upper, left-looking: column j of U above the diagonal is solved with
/// `U^H` of the columns before it (dot products of contiguous band columns),
/// then its diagonal element follows from the column's norm.
fn unblocked_upper<T: Scalar>(kd: usize, mut ab: MatMut<'_, T>) -> Result<(), usize> {
    let n = ab.ncols();
    let contiguous = n == 0 || ab.rb().col_slice(0).is_some();
    let zero = <T::Real as Scalar>::zero();
    for j in 0..n {
        // Column j holds U(k, j) at row kd + k - j for k from lo.
        let lo = j.saturating_sub(kd);
        let (left, mut right) = ab.rb_mut().split_at_col(j);
        let left = left.into_ref();
        let ajj = if contiguous {
            let x = right.col_slice_mut(0).expect("contiguous columns");
            for i in lo..j {
                let ci = left.col_slice(i).expect("contiguous columns");
                let s = ci[kd + lo - i..kd]
                    .iter()
                    .zip(&x[kd + lo - j..kd + i - j])
                    .fold(T::zero(), |s, (&u, &v)| s + u.conj() * v);
                x[kd + i - j] = div_real(x[kd + i - j] - s, ci[kd].re());
            }
            x[kd].re() - x[kd + lo - j..kd].iter().fold(zero, |s, &v| s + (v.conj() * v).re())
        } else {
            for i in lo..j {
                let s = (lo..i).fold(T::zero(), |s, k| s + left.get(kd + k - i, i).conj() * right.get(kd + k - j, 0));
                let x = right.get(kd + i - j, 0);
                right.set(kd + i - j, 0, div_real(x - s, left.get(kd, i).re()));
            }
            let norm = (lo..j).fold(zero, |s, k| {
                let v = right.get(kd + k - j, 0);
                s + (v.conj() * v).re()
            });
            right.get(kd, 0).re() - norm
        };
        pivot(&mut ab, kd, j, ajj, j)?;
    }
    Ok(())
}

/// Blocks of `nb <= kd` columns.
fn blocked<T: Scalar>(
    uplo: Uplo,
    kd: usize,
    mut ab: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
    nb: usize,
) -> Result<(), usize> {
    let n = ab.ncols();
    let l3 = Level3::new(par);
    let (dbuf, mut work) = work.take::<T>(nb.min(n) * nb.min(n));
    let (wbuf, _) = work.take::<T>(nb.min(n) * kd.min(n));
    let mut i = 0;
    while i < n {
        let ib = nb.min(n - i);
        // The diagonal block, factored by potrf in a dense copy.
        let mut d = MatMut::from_col_major(&mut dbuf[..ib * ib], ib, ib, ib);
        for c in 0..ib {
            for r in tri_rows(uplo, c, ib) {
                let (br, bc) = at(uplo, kd, i + r, i + c);
                d.set(r, c, ab.get(br, bc));
            }
        }
        let res = potrf(uplo, d.rb_mut(), par);
        for c in 0..ib {
            for r in tri_rows(uplo, c, ib) {
                let (br, bc) = at(uplo, kd, i + r, i + c);
                ab.set(br, bc, d.get(r, c));
            }
        }
        res.map_err(|e| i + e.index())?;
        // The block's rows of U (its columns of L) right of (below) it, out
        // to the band's edge: zero outside the band.
        let s = n.min(i + ib + kd) - (i + ib);
        if s > 0 {
            let (wr, wc) = match uplo {
                Uplo::Upper => (ib, s),
                Uplo::Lower => (s, ib),
            };
            let mut w = MatMut::from_col_major(&mut wbuf[..ib * s], wr, wc, wr);
            // Element (p, q) of W is A(i + p, i + ib + q) (upper) or
            // A(i + ib + p, i + q) (lower); it is stored when the distance
            // from the diagonal is at most kd.
            let pos = |p: usize, q: usize| match uplo {
                Uplo::Upper => (i + ib + q - (i + p) <= kd).then(|| at(uplo, kd, i + p, i + ib + q)),
                Uplo::Lower => (i + ib + p - (i + q) <= kd).then(|| at(uplo, kd, i + ib + p, i + q)),
            };
            for q in 0..wc {
                for p in 0..wr {
                    w.set(p, q, pos(p, q).map_or(T::zero(), |(r, c)| ab.get(r, c)));
                }
            }
            match uplo {
                Uplo::Upper => l3.trsm(Side::Left, uplo, Trans::ConjTrans, Diag::NonUnit, T::one(), d.rb(), w.rb_mut()),
                Uplo::Lower => {
                    l3.trsm(Side::Right, uplo, Trans::ConjTrans, Diag::NonUnit, T::one(), d.rb(), w.rb_mut())
                }
            }
            for q in 0..wc {
                for p in 0..wr {
                    if let Some((r, c)) = pos(p, q) {
                        ab.set(r, c, w.get(p, q));
                    }
                }
            }
            // The trailing triangle: A22 -= W^H W (upper) or W W^H (lower).
            let nr = ab.nrows();
            update(uplo, kd, ab.rb_mut().submatrix(0, i + ib, nr, s), w.rb(), &l3);
        }
        i += ib;
    }
    Ok(())
}

/// Rows of column `c` of an `n x n` block's `uplo` triangle.
fn tri_rows(uplo: Uplo, c: usize, n: usize) -> std::ops::Range<usize> {
    match uplo {
        Uplo::Upper => 0..c + 1,
        Uplo::Lower => c..n,
    }
}

/// The rank-k update of the trailing triangle whose columns `band` holds
/// (the `s x s` triangle from its column 0's diagonal): `C -= W^H W` with
/// `W` `k x s` (upper) or `C -= W W^H` with `W` `s x k` (lower). Off-diagonal
/// halves by GEMM on sheared views, recursively; small triangles element by
/// element.
fn update<T: Scalar>(uplo: Uplo, kd: usize, mut band: MatMut<'_, T>, w: MatRef<'_, T>, l3: &Level3) {
    let s = band.ncols();
    if s <= TRIANGLE {
        for c in 0..s {
            for r in tri_rows(uplo, c, s) {
                // C(r, c) -= sum_k conj(W(k, r)) W(k, c), or W(r, k) conj(W(c, k)).
                let kk = match uplo {
                    Uplo::Upper => w.nrows(),
                    Uplo::Lower => w.ncols(),
                };
                let mut sum = T::zero();
                for k in 0..kk {
                    sum += match uplo {
                        Uplo::Upper => w.get(k, r).conj() * w.get(k, c),
                        Uplo::Lower => w.get(r, k) * w.get(c, k).conj(),
                    };
                }
                let (br, bc) = at(uplo, kd, r, c);
                let x = band.get(br, bc) - sum;
                band.set(br, bc, if r == c { T::from_real(x.re()) } else { x });
            }
        }
        return;
    }
    let s1 = split(s);
    let nr = band.nrows();
    match uplo {
        Uplo::Upper => {
            // C12 (rows 0..s1, columns s1..s) lies within kd of the diagonal.
            let (w1, w2) = (w.submatrix(0, 0, w.nrows(), s1), w.submatrix(0, s1, w.nrows(), s - s1));
            let c12 = band.rb_mut().submatrix(0, s1, nr, s - s1).sheared(kd - s1, s1, s - s1);
            l3.gemm(Trans::ConjTrans, Trans::No, -T::one(), w1, w2, T::one(), c12);
            update(uplo, kd, band.rb_mut().submatrix(0, 0, nr, s1), w1, l3);
            update(uplo, kd, band.submatrix(0, s1, nr, s - s1), w2, l3);
        }
        Uplo::Lower => {
            // C21 (rows s1..s, columns 0..s1) lies within kd of the diagonal.
            let (w1, w2) = (w.submatrix(0, 0, s1, w.ncols()), w.submatrix(s1, 0, s - s1, w.ncols()));
            let c21 = band.rb_mut().submatrix(0, 0, nr, s1).sheared(s1, s - s1, s1);
            l3.gemm(Trans::No, Trans::ConjTrans, -T::one(), w2, w1, T::one(), c21);
            update(uplo, kd, band.rb_mut().submatrix(0, 0, nr, s1), w1, l3);
            update(uplo, kd, band.submatrix(0, s1, nr, s - s1), w2, l3);
        }
    }
}
