//! `?sytrs2` / `?hetrs2`: the solve with the Bunch-Kaufman factor on
//! Level-3 kernels. The factor is converted ([`syconv`]) so that L is unit
//! triangular behind one permutation, `A = P L D L^T P^T`; then B takes the
//! permutation, a TRSM with L, the block diagonal solve with D, a TRSM with
//! `L^T` (`L^H`) and the permutation back, and the factor is reverted.

use super::convert::{cj, frame, syconv, Steps, Way};
use crate::relapack::pivots::BlockPivotIndex;
use ferroblas_kernels::level2::div;
use ferroblas_kernels::level3::trsm;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, MatRef, Side, Trans, Uplo};

/// Interchanges rows `p` and `q` of `b`.
fn swap_rows<T: Scalar>(b: &mut MatMut<'_, T>, p: usize, q: usize) {
    if p != q {
        for j in 0..b.ncols() {
            let t = b.get(p, j);
            b.set(p, j, b.get(q, j));
            b.set(q, j, t);
        }
    }
}

/// Solves `A X = B` in place of the `n x nrhs` matrix `b`, given the
/// factorization of A from [`sytrf`](super::sytrf) (the same `uplo` and
/// `herm`, the factor in `a`, the pivots in `ipiv`), as [`sytrs`](super::sytrs)
/// does but on Level-3 kernels. `work` (at least `n` entries) holds D's
/// off-diagonal entries while the factor is converted; `a` is converted and
/// reverted, so on return it holds the factor exactly as before.
///
/// Panics, before writing anything, when a pivot entry names no row of A.
pub fn sytrs2<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    mut a: MatMut<'_, T>,
    ipiv: &[P],
    b: MatMut<'_, T>,
    work: &mut [T],
) {
    let n = a.nrows();
    assert!(a.ncols() == n && b.nrows() == n && work.len() >= n, "sytrs2: operand shapes disagree");
    let herm = herm && T::IS_COMPLEX;
    let s = Steps::new(uplo, ipiv, n);
    if n == 0 || b.ncols() == 0 {
        return;
    }
    let e = &mut work[..n];
    syconv(uplo, Way::Convert, a.rb_mut(), ipiv, e);
    {
        let a = frame(uplo, a.rb_mut()).into_ref();
        let mut b = if uplo == Uplo::Upper { b.reversed_rows() } else { b };
        // B := P^T B, the interchanges in the order of the steps.
        let mut k = 0;
        while k < n {
            let last = if s.starts_two(k) { k + 1 } else { k };
            swap_rows(&mut b, last, s.get(k).0);
            k = last + 1;
        }
        trsm(Side::Left, Uplo::Lower, Trans::No, Diag::Unit, T::one(), a, b.rb_mut());
        solve_block_diagonal(&s, a, e, herm, b.rb_mut());
        let t = if herm { Trans::ConjTrans } else { Trans::Trans };
        trsm(Side::Left, Uplo::Lower, t, Diag::Unit, T::one(), a, b.rb_mut());
        // B := P B, the interchanges in reverse order.
        let mut k = n;
        while k > 0 {
            let last = k - 1;
            let first = if s.ends_two(last) { last - 1 } else { last };
            swap_rows(&mut b, last, s.get(last).0);
            k = first;
        }
    }
    syconv(uplo, Way::Revert, a, ipiv, e);
}

/// `B := D^-1 B` for the block diagonal D of an LDL^T factorization in the
/// frame of [`frame`]: its diagonal is `a`'s, the subdiagonal element of a
/// 2x2 block starting at step `k` is `e[s.idx(k)]` (`cj` of it above).
/// A 2x2 block `[d11 cj(d21); d21 d22]` is solved scaled by `d21`, as the
/// reference's `?sytrs` does, so that nothing overflows where the block is
/// well conditioned; a Hermitian D's diagonal is taken real.
pub(crate) fn solve_block_diagonal<T: Scalar, P: BlockPivotIndex>(
    s: &Steps<'_, P>,
    a: MatRef<'_, T>,
    e: &[T],
    herm: bool,
    mut b: MatMut<'_, T>,
) {
    let n = a.nrows();
    let mut k = 0;
    while k < n {
        if s.starts_two(k) {
            let d21 = e[s.idx(k)];
            let d12 = cj(d21, herm);
            let d11 = div(a.get(k, k), d12);
            let d22 = div(a.get(k + 1, k + 1), d21);
            let denom = d11 * d22 - T::one();
            for j in 0..b.ncols() {
                let b1 = div(b.get(k, j), d12);
                let b2 = div(b.get(k + 1, j), d21);
                b.set(k, j, div(d22 * b1 - b2, denom));
                b.set(k + 1, j, div(d11 * b2 - b1, denom));
            }
            k += 2;
        } else {
            let d = a.get(k, k);
            let d = if herm { T::from_real(d.re()) } else { d };
            for j in 0..b.ncols() {
                b.set(k, j, div(b.get(k, j), d));
            }
            k += 1;
        }
    }
}
