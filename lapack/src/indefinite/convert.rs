//! The Bunch-Kaufman factor rearranged for Level-3 kernels (`?syconv`), and
//! the symmetric interchange of two rows and columns (`?syswapr`,
//! `?heswapr`).
//!
//! LAPACK's factor keeps each column of L as it was at its own step: the
//! interchanges of later steps are not applied to it, and a 2x2 block of D
//! sits in L's triangle. Converting moves D's off-diagonal entries out to a
//! vector E and applies the later interchanges to the earlier columns, so
//! that `A = P L D L^T P^T` with L unit triangular: what TRSM and TRMM
//! read. Reverting undoes both exactly (only moves, no arithmetic).
//!
//! As in relapack's `sytrf`, the upper triangle is the lower one of the
//! matrix with its rows and columns reversed, so every routine here is
//! written once, for the lower triangle.

use crate::relapack::pivots::BlockPivotIndex;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{MatMut, Uplo};

/// Which way [`syconv`] goes: LAPACK's `WAY` argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Way {
    /// `C`: the factor as [`sytrf`](super::sytrf) stores it, to unit L and E.
    Convert,
    /// `R`: back to the factor as `sytrf` stores it.
    Revert,
}

impl Way {
    /// `C` or `R`, either case; `None` for anything else.
    pub fn from_char(c: u8) -> Option<Way> {
        match c.to_ascii_uppercase() {
            b'C' => Some(Way::Convert),
            b'R' => Some(Way::Revert),
            _ => None,
        }
    }
}

/// The pivots of an `n x n` factor in the lower-triangle frame: step `k` of
/// the lower triangle, or of the reversed upper one (whose steps run from the
/// caller's last row backwards).
pub(crate) struct Steps<'a, P> {
    ipiv: &'a [P],
    n: usize,
    reversed: bool,
}

impl<'a, P: BlockPivotIndex> Steps<'a, P> {
    /// Checks every entry first (panics when one names no row of A), so that
    /// nothing is written for pivots that cannot come from a factorization.
    pub(crate) fn new(uplo: Uplo, ipiv: &'a [P], n: usize) -> Self {
        assert!(ipiv.len() >= n, "fewer pivots than rows");
        assert!(ipiv[..n].iter().all(|p| p.decode().is_some_and(|(r, _)| r < n)), "a pivot names no row of A");
        Steps { ipiv, n, reversed: uplo == Uplo::Upper }
    }

    /// The caller's index of frame index `k` (rows, pivots and E alike).
    pub(crate) fn idx(&self, k: usize) -> usize {
        if self.reversed {
            self.n - 1 - k
        } else {
            k
        }
    }

    /// `(row interchanged, is_2x2)` of step `k`, in the frame.
    pub(crate) fn get(&self, k: usize) -> (usize, bool) {
        let (row, two) = self.ipiv[self.idx(k)].decode().expect("checked in new");
        (self.idx(row), two)
    }

    /// Whether frame index `k` starts a 2x2 block (walking forwards).
    pub(crate) fn starts_two(&self, k: usize) -> bool {
        k + 1 < self.n && self.get(k).1
    }

    /// Whether frame index `k` ends a 2x2 block (walking backwards, as the
    /// reference does: a valid factor's 2x2 entries come in adjacent pairs).
    pub(crate) fn ends_two(&self, k: usize) -> bool {
        k >= 1 && self.get(k).1
    }
}

/// The view of `a` in the lower-triangle frame.
pub(crate) fn frame<T>(uplo: Uplo, a: MatMut<'_, T>) -> MatMut<'_, T> {
    if uplo == Uplo::Upper {
        a.reversed()
    } else {
        a
    }
}

/// `x`, conjugated when Hermitian.
#[inline]
pub(crate) fn cj<T: Scalar>(x: T, herm: bool) -> T {
    if herm {
        x.conj()
    } else {
        x
    }
}

/// Interchanges rows `k` and `kp` in the columns `cols` (all left of the
/// diagonal, so both rows stay in the lower triangle).
pub(crate) fn swap_in_rows<T: Scalar>(a: &mut MatMut<'_, T>, k: usize, kp: usize, cols: std::ops::Range<usize>) {
    if k == kp {
        return;
    }
    for j in cols {
        let t = a.get(k, j);
        a.set(k, j, a.get(kp, j));
        a.set(kp, j, t);
    }
}

/// `?syconv`: converts (`Way::Convert`) the factor from [`sytrf`](super::sytrf)
/// held in the `uplo` triangle of `a` (pivots `ipiv`) to a unit triangular L
/// (upper: U) with the interchanges of later steps applied to earlier
/// columns, moving D's off-diagonal entries to `e` (`n` entries: a 2x2 block
/// `(k, k + 1)`'s sits at `e[k]` for the lower triangle, `e[k + 1]` for the
/// upper one, every other entry is zero); or reverts (`Way::Revert`) such a
/// conversion, given the same `e`. The same for symmetric and Hermitian
/// factors: nothing is conjugated.
///
/// Panics, before writing anything, when a pivot entry names no row of A.
pub fn syconv<T: Scalar, P: BlockPivotIndex>(uplo: Uplo, way: Way, a: MatMut<'_, T>, ipiv: &[P], e: &mut [T]) {
    let n = a.nrows();
    assert!(a.ncols() == n && e.len() >= n, "syconv: operand shapes disagree");
    let s = Steps::new(uplo, ipiv, n);
    let mut a = frame(uplo, a);
    match way {
        Way::Convert => {
            let mut k = 0;
            while k < n {
                if s.starts_two(k) {
                    e[s.idx(k)] = a.get(k + 1, k);
                    e[s.idx(k + 1)] = T::zero();
                    a.set(k + 1, k, T::zero());
                    k += 2;
                } else {
                    e[s.idx(k)] = T::zero();
                    k += 1;
                }
            }
            // Step k's interchange (of its last row with kp) applied to the
            // columns before it, in the order of the steps.
            let mut k = 0;
            while k < n {
                let two = s.starts_two(k);
                let last = if two { k + 1 } else { k };
                swap_in_rows(&mut a, last, s.get(k).0, 0..k);
                k = last + 1;
            }
        }
        Way::Revert => {
            let mut k = n;
            while k > 0 {
                let last = k - 1;
                let first = if s.ends_two(last) { last - 1 } else { last };
                swap_in_rows(&mut a, last, s.get(last).0, 0..first);
                k = first;
            }
            let mut k = 0;
            while k < n {
                if s.starts_two(k) {
                    a.set(k + 1, k, e[s.idx(k)]);
                    k += 2;
                } else {
                    k += 1;
                }
            }
        }
    }
}

/// The symmetric interchange of rows and columns `k` and `kp` (`k < kp`)
/// of the matrix whose lower triangle `a` holds, in columns `from..` only
/// (the inverses build their result from the last column backwards, so the
/// columns before `from` are not there yet). Elements that move across the
/// diagonal are conjugated when Hermitian.
pub(crate) fn sym_swap<T: Scalar>(a: &mut MatMut<'_, T>, herm: bool, from: usize, k: usize, kp: usize) {
    let n = a.nrows();
    if k == kp {
        return;
    }
    swap_in_rows(a, k, kp, from..k);
    for i in kp + 1..n {
        let t = a.get(i, k);
        a.set(i, k, a.get(i, kp));
        a.set(i, kp, t);
    }
    for j in k + 1..kp {
        let t = cj(a.get(j, k), herm);
        a.set(j, k, cj(a.get(kp, j), herm));
        a.set(kp, j, t);
    }
    if herm {
        a.set(kp, k, a.get(kp, k).conj());
    }
    let t = a.get(k, k);
    a.set(k, k, a.get(kp, kp));
    a.set(kp, kp, t);
}

/// `?syswapr` / `?heswapr`: interchanges rows and columns `i1` and `i2`
/// (0-based) of the `n x n` symmetric (`herm = false`) or Hermitian matrix
/// held in the `uplo` triangle of `a`, i.e. `A := P A P^T` with P the
/// transposition of `i1` and `i2`. Only that triangle is read and written.
///
/// Panics when `i1` or `i2` is not a row of A.
pub fn syswapr<T: Scalar>(uplo: Uplo, herm: bool, a: MatMut<'_, T>, i1: usize, i2: usize) {
    let n = a.nrows();
    assert!(a.ncols() == n && i1 < n && i2 < n, "syswapr: index outside the matrix");
    let herm = herm && T::IS_COMPLEX;
    let (r1, r2) = if uplo == Uplo::Upper { (n - 1 - i1, n - 1 - i2) } else { (i1, i2) };
    let mut a = frame(uplo, a);
    sym_swap(&mut a, herm, 0, r1.min(r2), r1.max(r2));
}
