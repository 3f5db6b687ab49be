//! LU factorization with partial pivoting of a band matrix (`?gbtrf`,
//! `?gbtf2`).
//!
//! The matrix is in LAPACK's band storage with room for the fill-in:
//! `A(i, j)` at row `kv + i - j` of column `j` (`kv = kl + ku`), the first
//! `kl` rows holding the `kl` superdiagonals that row interchanges create.
//!
//! Narrow bands are factored column by column in place. Wider ones go in
//! blocks of `nb <= kl` columns, right-looking: the block's panel (its
//! columns, down to the last row they reach) is copied out and factored by
//! the recursive [`getrf`](crate::getrf()); its interchanges, the unit lower
//! triangle's solve (TRSM) and the trailing update (GEMM) then reach the
//! columns to the right on a sheared view of the band array, which is the
//! dense matrix near the diagonal. The part of that region whose upper-right
//! corner lies outside the band is copied to a work array instead. Loops are
//! iterative: the depth is the panel's recursion, `log2(nb)`.

use crate::common::{Info, Par, WorkReq, Workspace};
use crate::getrf::getrf;
use crate::level3::Level3;
use crate::pivots::{swap_rows, PivotIndex};
use crate::scalar_ops::{modulus, recip, sfmin};
use ferroblas_kernels::aux::scalars::div;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, Side, Trans, Uplo};

/// Subdiagonals from which the factorization goes blocked.
pub const CROSSOVER: usize = 24;

/// Columns per block of the blocked factorization (at most `kl`) up to
/// [`WIDE`] subdiagonals: narrow blocks keep the panel and the work arrays
/// small where the trailing updates are small anyway (measured fastest).
pub const BLOCK: usize = 8;

/// Subdiagonals from which the blocks are [`WIDE_BLOCK`] columns wide, for
/// GEMMs with a deeper inner dimension.
pub const WIDE: usize = 128;

/// Columns per block from [`WIDE`] subdiagonals on.
pub const WIDE_BLOCK: usize = 32;

/// The block width for `kl` subdiagonals and a requested `block`; 0 means
/// column by column.
fn width(kl: usize, block: usize) -> usize {
    let nb = block.min(kl);
    if nb >= 2 {
        nb
    } else {
        0
    }
}

/// The block the default [`gbtrf`] asks for with `kl` subdiagonals.
fn default_block(kl: usize) -> usize {
    match kl {
        k if k >= WIDE => WIDE_BLOCK,
        k if k >= CROSSOVER => BLOCK,
        _ => 1,
    }
}

/// The workspace [`gbtrf`] needs for an `m x n` matrix with `kl`
/// subdiagonals: two blocks of `min(m, nb + kl) x nb` elements when blocked.
pub fn gbtrf_req<T: Scalar>(m: usize, n: usize, kl: usize) -> WorkReq {
    gbtrf_with_req::<T>(m, n, kl, default_block(kl))
}

/// The workspace of [`gbtrf_with`] with the block `block`.
pub fn gbtrf_with_req<T: Scalar>(m: usize, n: usize, kl: usize, block: usize) -> WorkReq {
    let (rows, cols) = block_shape(m, n, kl, width(kl, block));
    WorkReq::new::<T>(rows * cols).and(WorkReq::new::<T>(rows * cols))
}

/// The shape of the two work blocks with blocks of `nb` columns: the panel
/// reaches `kl` rows below the block, and no block is wider than the matrix.
fn block_shape(m: usize, n: usize, kl: usize, nb: usize) -> (usize, usize) {
    let nb = nb.min(m.min(n));
    (m.min(nb + kl), nb)
}

/// Factors the `m x n` band matrix with `kl` sub- and `ku` superdiagonals in
/// `ab` (`2 kl + ku + 1` rows or more, `n` columns: `A(i, j)` at row
/// `kl + ku + i - j` of column `j`) as `A = P L U` in place: `U`, upper
/// triangular with `kl + ku` superdiagonals, on and above row `kl + ku`; the
/// multipliers of `L` below it. `ipiv[j]` (`min(m, n)` entries) is the row
/// swapped with row `j` at step `j`; as in LAPACK, the multipliers of
/// column `j` are stored as they were computed, before the later swaps.
/// The first `kl` rows need not be set on entry; rows below `2 kl + ku` and
/// the elements outside the matrix are neither read nor written.
///
/// `Err(Info)` at the first exactly zero pivot `U[j][j]` (INFO = j + 1); the
/// factorization is still completed and `U` is singular.
pub fn gbtrf<T: Scalar, P: PivotIndex>(
    m: usize,
    kl: usize,
    ku: usize,
    ab: MatMut<'_, T>,
    ipiv: &mut [P],
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    gbtrf_with(m, kl, ku, ab, ipiv, par, work, default_block(kl))
}

/// [`gbtrf`] with the block width chosen by the caller (tests force both
/// paths with it): `block <= 1` factors column by column; otherwise blocks of
/// `min(block, kl)` columns, with the workspace of [`gbtrf_with_req`].
#[allow(clippy::too_many_arguments)]
pub fn gbtrf_with<T: Scalar, P: PivotIndex>(
    m: usize,
    kl: usize,
    ku: usize,
    mut ab: MatMut<'_, T>,
    ipiv: &mut [P],
    par: Par,
    work: Workspace<'_>,
    block: usize,
) -> Result<(), Info> {
    let n = ab.ncols();
    let k = m.min(n);
    assert!(ab.nrows() > 2 * kl + ku, "gbtrf: the band array has {} rows, needs {}", ab.nrows(), 2 * kl + ku + 1);
    assert!(ipiv.len() >= k, "gbtrf: ipiv has {} entries, needs {k}", ipiv.len());
    if k == 0 {
        return Ok(());
    }
    zero_fill_in(ab.rb_mut(), m, kl, ku);
    let nb = width(kl, block);
    let info = if nb == 0 {
        unblocked(m, kl, ku, ab, &mut ipiv[..k])
    } else {
        blocked(m, kl, ku, ab, &mut ipiv[..k], par, work, nb)
    };
    info.map_or(Ok(()), |i| Err(Info::from_index(i)))
}

/// Zeroes the fill-in rows wherever they hold an element of the matrix, so
/// that the superdiagonals interchanges create start from zero.
fn zero_fill_in<T: Scalar>(mut ab: MatMut<'_, T>, m: usize, kl: usize, ku: usize) {
    let kv = kl + ku;
    for j in 0..ab.ncols() {
        // Row r of column j is A(j + r - kv, j).
        for r in kv.saturating_sub(j)..kl {
            if j + r - kv < m {
                ab.set(r, j, T::zero());
            }
        }
    }
}

/// Column by column on the band itself; returns the first zero pivot.
fn unblocked<T: Scalar, P: PivotIndex>(
    m: usize,
    kl: usize,
    ku: usize,
    mut ab: MatMut<'_, T>,
    ipiv: &mut [P],
) -> Option<usize> {
    let n = ab.ncols();
    let kv = kl + ku;
    let small = sfmin::<T::Real>();
    let mut info = None;
    // The last column that the pivot rows chosen so far reach.
    let mut ju = 0;
    for (j, pj) in ipiv.iter_mut().enumerate() {
        let km = kl.min(m - 1 - j);
        // Pivot: the first largest |re| + |im| on or below the diagonal.
        let mut p = 0;
        let mut max = ab.get(kv, j).abs1();
        for s in 1..=km {
            let v = ab.get(kv + s, j).abs1();
            if v > max {
                p = s;
                max = v;
            }
        }
        *pj = P::from_row(j + p);
        let piv = ab.get(kv + p, j);
        if piv.is_zero() {
            // The column below is zero too: nothing to eliminate.
            info.get_or_insert(j);
            continue;
        }
        ju = ju.max((j + p + ku).min(n - 1));
        if p != 0 {
            for c in j..=ju {
                let (r, q) = (kv + j - c, kv + j + p - c);
                let x = ab.get(r, c);
                ab.set(r, c, ab.get(q, c));
                ab.set(q, c, x);
            }
        }
        let by_recip = modulus(piv) >= small;
        let rp = recip(piv);
        for s in 1..=km {
            let x = ab.get(kv + s, j);
            ab.set(kv + s, j, if by_recip { x * rp } else { div(x, piv) });
        }
        // Rank-1 update of the columns the pivot row reaches, on contiguous
        // band columns when the storage has them.
        let (left, mut right) = ab.rb_mut().split_at_col(j + 1);
        let left = left.into_ref();
        match left.col_slice(j) {
            Some(col_j) => {
                let l = &col_j[kv + 1..=kv + km];
                for c in j + 1..=ju {
                    let col = right.col_slice_mut(c - j - 1).expect("contiguous columns");
                    let r0 = kv + j - c;
                    let t = col[r0];
                    if !t.is_zero() {
                        for (x, &li) in col[r0 + 1..=r0 + km].iter_mut().zip(l) {
                            *x -= li * t;
                        }
                    }
                }
            }
            None => {
                for c in j + 1..=ju {
                    let t = right.get(kv + j - c, c - j - 1);
                    if !t.is_zero() {
                        for s in 1..=km {
                            let r = kv + j + s - c;
                            right.set(r, c - j - 1, right.get(r, c - j - 1) - left.get(kv + s, j) * t);
                        }
                    }
                }
            }
        }
    }
    info
}

/// Blocks of `nb <= kl` columns; returns the first zero pivot.
#[allow(clippy::too_many_arguments)]
fn blocked<T: Scalar, P: PivotIndex>(
    m: usize,
    kl: usize,
    ku: usize,
    mut ab: MatMut<'_, T>,
    ipiv: &mut [P],
    par: Par,
    mut work: Workspace<'_>,
    nb: usize,
) -> Option<usize> {
    let l3 = Level3::new(par);
    let n = ab.ncols();
    let k = ipiv.len();
    let kv = kl + ku;
    let (rows, cols) = block_shape(m, n, kl, nb);
    let (pbuf, mut work) = work.take::<T>(rows * cols);
    let (wbuf, _) = work.take::<T>(rows * cols);
    let mut info = None;
    let mut ju = 0;
    let mut j = 0;
    while j < k {
        let jb = nb.min(k - j);
        // The panel: columns j..j+jb, rows j..j+pr (the last row they reach).
        let pr = (m - j).min(jb + kl);
        let mut panel = MatMut::from_col_major(&mut pbuf[..pr * jb], pr, jb, pr);
        for c in 0..jb {
            for i in 0..pr {
                let v = if i <= c + kl { ab.get(kv + i - c, j + c) } else { T::zero() };
                panel.set(i, c, v);
            }
        }
        let piv = &mut ipiv[j..j + jb];
        if let Err(e) = getrf(panel.rb_mut(), piv, par) {
            info.get_or_insert(j + e.index());
        }
        for (c, p) in piv.iter_mut().enumerate() {
            let r = p.row().expect("a pivot of our own");
            if !panel.get(c, c).is_zero() {
                ju = ju.max((j + r + ku).min(n - 1));
            }
            *p = P::from_row(j + r);
        }
        let piv = &ipiv[j..j + jb];
        let l11 = panel.rb().submatrix(0, 0, jb, jb);
        let l21 = panel.rb().submatrix(jb, 0, pr - jb, jb);
        // Interchanges, TRSM and GEMM on the rows j..j+pr of the columns
        // the block's pivot rows reach.
        let update = |mut v: MatMut<'_, T>| {
            swap_rows(v.rb_mut(), 0, piv, j, false);
            let (mut top, bottom) = v.split_at_row(jb);
            l3.trsm(Side::Left, Uplo::Lower, Trans::No, Diag::Unit, T::one(), l11, top.rb_mut());
            l3.gemm(Trans::No, Trans::No, -T::one(), l21, top.rb(), T::one(), bottom);
        };
        let jend = n.min(ju + 1);
        // Columns up to j + kv are inside the band for every row of the
        // block: a sheared view of the band array.
        let t2 = jend.min(j + kv + 1).saturating_sub(j + jb);
        if t2 > 0 {
            let nr = ab.nrows();
            update(ab.rb_mut().submatrix(0, j + jb, nr, t2).sheared(kv - jb, pr, t2));
        }
        // Further right, the top rows' upper-right corner lies outside the
        // band (and is zero): copy out, update, copy the band part back.
        let c0 = j + kv + 1;
        let t3 = jend.saturating_sub(c0);
        if t3 > 0 {
            let inside = |i: usize, c: usize| c0 + c <= j + i + kv;
            let mut w = MatMut::from_col_major(&mut wbuf[..pr * t3], pr, t3, pr);
            for c in 0..t3 {
                for i in 0..pr {
                    let v = if inside(i, c) { ab.get(kv + j + i - c0 - c, c0 + c) } else { T::zero() };
                    w.set(i, c, v);
                }
            }
            update(w.rb_mut());
            for c in 0..t3 {
                for i in (0..pr).filter(|&i| inside(i, c)) {
                    ab.set(kv + j + i - c0 - c, c0 + c, w.get(i, c));
                }
            }
        }
        // Band storage keeps each column's multipliers as they were computed:
        // undo, on the columns before it, each interchange of the block.
        for c in (1..jb).rev() {
            swap_rows(panel.rb_mut().submatrix(0, 0, pr, c), c, &piv[c..c + 1], j, false);
        }
        for c in 0..jb {
            for i in 0..pr.min(c + kl + 1) {
                ab.set(kv + i - c, j + c, panel.get(i, c));
            }
        }
        j += jb;
    }
    info
}
