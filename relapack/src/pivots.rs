//! Row interchanges: how a factorization records them and applies them.
//!
//! LAPACK records partial pivoting as `ipiv[i] = r`: row `i` was swapped
//! with row `r` at step `i`. The Rust API keeps `r` 0-based in `usize`; the
//! C ABI keeps Fortran's 1-based integers in the caller's own array. Both go
//! through [`PivotIndex`], so a factorization writes the caller's array
//! directly, with no conversion pass and no allocation.

use ferroblas_kernels::MatMut;

/// An element of a pivot array: a row index in some convention.
pub trait PivotIndex: Copy {
    /// The entry recording 0-based row `row`.
    fn from_row(row: usize) -> Self;
    /// The 0-based row this entry records; `None` when it records none
    /// (a 1-based index below 1, or one that does not fit a `usize`).
    fn row(self) -> Option<usize>;
}

impl PivotIndex for usize {
    #[inline]
    fn from_row(row: usize) -> Self {
        row
    }
    #[inline]
    fn row(self) -> Option<usize> {
        Some(self)
    }
}

/// A 1-based pivot in a Fortran integer, as `?getrf_` stores it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(transparent)]
pub struct OneBased<I>(pub I);

impl<I: Copy + TryFrom<usize> + TryInto<usize>> PivotIndex for OneBased<I> {
    #[inline]
    fn from_row(row: usize) -> Self {
        match I::try_from(row + 1) {
            Ok(v) => OneBased(v),
            // A row of a matrix whose size the integer type could describe fits it.
            Err(_) => panic!("pivot row {row} does not fit the integer type"),
        }
    }
    #[inline]
    fn row(self) -> Option<usize> {
        self.0.try_into().ok()?.checked_sub(1)
    }
}

/// The row interchanges `ipiv` as a caller's array records them, checked:
/// `Err(i)` names the first entry `i` that records no row of an `m`-row
/// matrix. Solvers check before they write anything.
pub fn check_pivots<P: PivotIndex>(ipiv: &[P], m: usize) -> Result<(), usize> {
    match ipiv.iter().position(|p| p.row().is_none_or(|r| r >= m)) {
        Some(i) => Err(i),
        None => Ok(()),
    }
}

/// Applies the interchanges `ipiv` to the rows of `a`: entry `i` swaps rows
/// `offset + i` and `ipiv[i] - base` (`ipiv` records rows of a larger matrix
/// whose row `base` is `a`'s row 0), in order, or in reverse order when
/// `reverse` is set (which undoes them).
///
/// Panics when an entry names a row outside `a`; callers check pivots that
/// do not come from their own factorization with [`check_pivots`] first.
pub fn swap_rows<T: Copy, P: PivotIndex>(mut a: MatMut<'_, T>, offset: usize, ipiv: &[P], base: usize, reverse: bool) {
    let m = a.nrows();
    assert!(offset + ipiv.len() <= m, "more pivots than rows");
    let rows = |i: usize| {
        let r = ipiv[i].row().and_then(|r| r.checked_sub(base)).filter(|&r| r < m);
        (offset + i, r.expect("pivot outside the matrix"))
    };
    // Every entry is checked before anything moves.
    for i in 0..ipiv.len() {
        rows(i);
    }
    // The pivots are decoded once per chunk (not once per column), then the
    // chunk's swaps run column by column: each column is contiguous in
    // column-major storage, so its swaps stay in cache. Swaps of different
    // columns are independent, so the chunking leaves the result as it was.
    let mut pairs = [(0usize, 0usize); SWAP_CHUNK];
    let chunks = ipiv.len().div_ceil(SWAP_CHUNK);
    for c in 0..chunks {
        let chunk = if reverse { chunks - 1 - c } else { c };
        let lo = chunk * SWAP_CHUNK;
        let len = SWAP_CHUNK.min(ipiv.len() - lo);
        let pairs = &mut pairs[..len];
        for (k, pq) in pairs.iter_mut().enumerate() {
            *pq = rows(lo + k);
        }
        if reverse {
            pairs.reverse();
        }
        for j in 0..a.ncols() {
            let mut col = a.rb_mut().submatrix(0, j, m, 1);
            match col.col_slice_mut(0) {
                Some(c) => pairs.iter().filter(|(p, q)| p != q).for_each(|&(p, q)| c.swap(p, q)),
                None => {
                    for &(p, q) in pairs.iter().filter(|(p, q)| p != q) {
                        let x = col.get(p, 0);
                        col.set(p, 0, col.get(q, 0));
                        col.set(q, 0, x);
                    }
                }
            }
        }
    }
}

/// Interchanges decoded at a time by [`swap_rows`] (a stack buffer).
const SWAP_CHUNK: usize = 32;

/// An element of a symmetric-indefinite pivot array (Bunch-Kaufman): the
/// row interchanged at a step, and whether the step used a 2x2 block (both
/// of whose entries then hold the same row).
pub trait BlockPivotIndex: Copy {
    /// The entry of a 1x1 step that interchanged row `row`.
    fn one(row: usize) -> Self;
    /// An entry of a 2x2 step that interchanged row `row`.
    fn two(row: usize) -> Self;
    /// `(row, is_2x2)`; `None` for an entry that records no row.
    fn decode(self) -> Option<(usize, bool)>;
}

/// A symmetric-indefinite pivot in the Rust API.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum BlockPivot {
    /// Not set (a fresh array).
    #[default]
    None,
    /// A 1x1 step that interchanged this row (0-based).
    One(usize),
    /// One of the two entries of a 2x2 step that interchanged this row.
    Two(usize),
}

impl BlockPivotIndex for BlockPivot {
    fn one(row: usize) -> Self {
        BlockPivot::One(row)
    }
    fn two(row: usize) -> Self {
        BlockPivot::Two(row)
    }
    fn decode(self) -> Option<(usize, bool)> {
        match self {
            BlockPivot::None => None,
            BlockPivot::One(r) => Some((r, false)),
            BlockPivot::Two(r) => Some((r, true)),
        }
    }
}

/// LAPACK's convention: `k` (1-based) for a 1x1 step, `-k` for both entries of a 2x2 one.
impl<I: Copy + TryFrom<i64> + Into<i64>> BlockPivotIndex for OneBased<I> {
    fn one(row: usize) -> Self {
        match I::try_from(row as i64 + 1) {
            Ok(v) => OneBased(v),
            Err(_) => panic!("pivot row {row} does not fit the integer type"),
        }
    }
    fn two(row: usize) -> Self {
        match I::try_from(-(row as i64) - 1) {
            Ok(v) => OneBased(v),
            Err(_) => panic!("pivot row {row} does not fit the integer type"),
        }
    }
    fn decode(self) -> Option<(usize, bool)> {
        let v: i64 = self.0.into();
        match v {
            0 => None,
            v if v > 0 => Some((usize::try_from(v - 1).ok()?, false)),
            v => Some((usize::try_from(-(v + 1)).ok()?, true)),
        }
    }
}
