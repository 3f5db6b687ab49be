//! The bounded Bunch-Kaufman factorization in LAPACK 3.7's "rk" storage
//! (`?sytrf_rk`, `?hetrf_rk`, `?sytf2_rk`, `?hetf2_rk`) and what reads it:
//! the solve (`?sytrs_3`), the inverse (`?sytri_3`, `?sytri_3x`), factor
//! and solve (`?sysv_rk`), and the conversions from and to the other two
//! storages (`?syconvf` for Bunch-Kaufman's, `?syconvf_rook` for rook's).
//! Also the inverse from the rook factor (`?sytri_rook`), which goes through
//! the rk storage.
//!
//! The pivots are those of rook pivoting, so the factorization is relapack's
//! [`sytrf_rook`](super::sytrf_rook) converted: in rk storage the
//! interchanges of later steps are applied to the columns of L already
//! factored (`A = P L D L^T P^T` with L unit triangular), and a 2x2 block's
//! off-diagonal entry of D sits in a separate vector E, its place in A
//! zeroed. The pivot entries are rook's: each row of a 2x2 block records its
//! own interchange.
//!
//! As elsewhere in this module, the upper triangle is the lower one of the
//! matrix with its rows and columns reversed.

use super::convert::{frame, swap_in_rows, sym_swap, Steps, Way};
use super::inverse::{check_singular, invert_converted, sytri2x_req};
use super::solve2::solve_block_diagonal;
use crate::relapack::pivots::BlockPivotIndex;
use crate::relapack::sytrf::{sytrf_rook_req, sytrf_rook_with, BLOCK};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::level3::trsm;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, MatRef, Side, Trans, Uplo};

/// `?syconvf_rook`: converts (`Way::Convert`) the factor from
/// [`sytrf_rook`](super::sytrf_rook) held in the `uplo` triangle of `a`
/// (pivots `ipiv`, unchanged) to rk storage, moving D's off-diagonal
/// entries to `e` (a 2x2 block's at the caller's index of its first row in
/// the order of elimination: `e[k]` for a lower block `(k, k + 1)`, `e[k]`
/// for an upper block `(k - 1, k)`; every other entry zero); or reverts
/// (`Way::Revert`) such a conversion, reading `e`. Only moves, no arithmetic.
///
/// Panics, before writing anything, when a pivot entry names no row of A.
pub fn syconvf_rook<T: Scalar, P: BlockPivotIndex>(uplo: Uplo, way: Way, a: MatMut<'_, T>, e: &mut [T], ipiv: &[P]) {
    let n = a.nrows();
    assert!(a.ncols() == n && e.len() >= n, "syconvf_rook: operand shapes disagree");
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
            // Every row's interchange applied to the columns of L before its
            // block, in the order of elimination.
            let mut k = 0;
            while k < n {
                let two = s.starts_two(k);
                swap_in_rows(&mut a, k, s.get(k).0, 0..k);
                if two {
                    swap_in_rows(&mut a, k + 1, s.get(k + 1).0, 0..k);
                }
                k += if two { 2 } else { 1 };
            }
        }
        Way::Revert => {
            let mut k = n;
            while k > 0 {
                let last = k - 1;
                let first = if s.ends_two(last) { last - 1 } else { last };
                swap_in_rows(&mut a, last, s.get(last).0, 0..first);
                if first != last {
                    swap_in_rows(&mut a, first, s.get(first).0, 0..first);
                }
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

/// `?syconvf`: converts (`Way::Convert`) the factor from
/// [`sytrf`](super::sytrf) (Bunch-Kaufman pivots, `ipiv`) to rk storage as
/// [`syconvf_rook`] does, rewriting `ipiv` to rk's format (the row of a
/// 2x2 block without an interchange records itself); or reverts
/// (`Way::Revert`) rk storage with such pivots to `sytrf`'s, `ipiv` too.
///
/// Differs from the reference 3.12, whose conversion writes that row's
/// entry as a positive one (a 1x1 block) and whose reversion reads the
/// interchange from it: here both follow rk's documented format, so that
/// [`sytrs_3`] and [`sytri_3x`] read the converted factor.
///
/// Panics, before writing anything, when a pivot entry names no row of A.
pub fn syconvf<T: Scalar, P: BlockPivotIndex>(uplo: Uplo, way: Way, a: MatMut<'_, T>, e: &mut [T], ipiv: &mut [P]) {
    let n = a.nrows();
    assert!(a.ncols() == n && e.len() >= n, "syconvf: operand shapes disagree");
    // Validates every entry before anything is written.
    let _ = Steps::new(uplo, ipiv, n);
    let idx = |k: usize| if uplo == Uplo::Upper { n - 1 - k } else { k };
    // Walks the blocks in the frame and calls `f` at the first index of each
    // 2x2 one; `f` rewrites only that block's first entry, which stays a 2x2
    // entry, so the walk reads the blocks as before and needs no list of them.
    let each_two = |ipiv: &mut [P], f: &dyn Fn(&mut [P], usize)| {
        let mut k = 0;
        while k < n {
            if k + 1 < n && ipiv[idx(k)].decode().is_some_and(|(_, two)| two) {
                f(ipiv, k);
                k += 2;
            } else {
                k += 1;
            }
        }
    };
    match way {
        Way::Convert => {
            // Bunch-Kaufman's 2x2 step interchanges its second row only.
            each_two(ipiv, &|ipiv, k| ipiv[idx(k)] = P::two(idx(k)));
            syconvf_rook(uplo, Way::Convert, a, e, ipiv);
        }
        Way::Revert => {
            syconvf_rook(uplo, Way::Revert, a, e, ipiv);
            each_two(ipiv, &|ipiv, k| ipiv[idx(k)] = ipiv[idx(k + 1)]);
        }
    }
}

/// The workspace [`sytrf_rk`] needs to run blocked (that of
/// [`sytrf_rook`]).
pub fn sytrf_rk_req<T: Scalar>(n: usize) -> WorkReq {
    sytrf_rook_req::<T>(n)
}

/// `?sytrf_rk` / `?hetrf_rk` (and the unblocked `?sytf2_rk` / `?hetf2_rk`):
/// the bounded Bunch-Kaufman (rook) factorization `A = P U D U^T P^T` or
/// `P L D L^T P^T` (`^H` when `herm`) of the matrix in the `uplo` triangle
/// of `a`, in rk storage: D's diagonal and the unit triangle in `a`, D's
/// off-diagonal in `e` (`n` entries, as [`syconvf_rook`] places them),
/// rook's pivots in `ipiv`. Blocked as [`sytrf_rook`] when `work` allows
/// ([`sytrf_rk_req`]; less runs on narrower panels or unblocked).
///
/// `Err(Info)` when a 1x1 block of D is exactly zero (the first in the
/// order of elimination); the factorization is completed all the same.
#[allow(clippy::too_many_arguments)]
pub fn sytrf_rk<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatMut<'_, T>,
    e: &mut [T],
    ipiv: &mut [P],
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    sytrf_rk_with(uplo, herm, a, e, ipiv, par, work, BLOCK)
}

/// [`sytrf_rk`] with panels of at most `block` columns (the C ABI passes
/// `ilaenv_`'s block size, so that test programs reach every panel edge).
#[allow(clippy::too_many_arguments)]
pub fn sytrf_rk_with<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    mut a: MatMut<'_, T>,
    e: &mut [T],
    ipiv: &mut [P],
    par: Par,
    work: Workspace<'_>,
    block: usize,
) -> Result<(), Info> {
    let n = a.nrows();
    assert!(a.ncols() == n && e.len() >= n && ipiv.len() >= n, "sytrf_rk: operand shapes disagree");
    // Rook's factor and rk's hold the same numbers; the conversion only
    // moves them (O(n^2) against the factorization's O(n^3)).
    let r = sytrf_rook_with(uplo, herm, a.rb_mut(), ipiv, par, work, block);
    syconvf_rook(uplo, Way::Convert, a, e, ipiv);
    r
}

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

/// `?sytrs_3` / `?hetrs_3`: solves `A X = B` in place of the `n x nrhs`
/// matrix `b`, given A's factorization in rk storage from [`sytrf_rk`]
/// (the same `uplo` and `herm`): `P^T`, a unit triangular solve, the block
/// diagonal solve with D, the transposed triangular solve, `P`.
///
/// Panics, before writing anything, when a pivot entry names no row of A.
pub fn sytrs_3<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatRef<'_, T>,
    e: &[T],
    ipiv: &[P],
    b: MatMut<'_, T>,
) {
    let n = a.nrows();
    assert!(a.ncols() == n && b.nrows() == n && e.len() >= n, "sytrs_3: operand shapes disagree");
    let herm = herm && T::IS_COMPLEX;
    let s = Steps::new(uplo, ipiv, n);
    if n == 0 || b.ncols() == 0 {
        return;
    }
    let (a, mut b) = if uplo == Uplo::Upper { (a.reversed(), b.reversed_rows()) } else { (a, b) };
    for k in 0..n {
        swap_rows(&mut b, k, s.get(k).0);
    }
    trsm(Side::Left, Uplo::Lower, Trans::No, Diag::Unit, T::one(), a, b.rb_mut());
    solve_block_diagonal(&s, a, e, herm, b.rb_mut());
    let t = if herm { Trans::ConjTrans } else { Trans::Trans };
    trsm(Side::Left, Uplo::Lower, t, Diag::Unit, T::one(), a, b.rb_mut());
    for k in (0..n).rev() {
        swap_rows(&mut b, k, s.get(k).0);
    }
}

/// The workspace [`sytri_3x`] needs for block size `nb`.
pub fn sytri_3x_req<T: Scalar>(n: usize, nb: usize) -> WorkReq {
    sytri2x_req::<T>(n, nb)
}

/// `?sytri_3x` / `?hetri_3x` (and `?sytri_3` / `?hetri_3`, which only pick
/// `nb`): overwrites the rk factor from [`sytrf_rk`] in the `uplo` triangle
/// of `a` with that triangle of `inv(A)`, `nb` columns of
/// `inv(L)^H inv(D) inv(L)` at a time. `e` is read only. `work`:
/// [`sytri_3x_req`].
///
/// `Err(Info)` when a 1x1 block of D is exactly zero (the first in the
/// order of elimination); `a` is then unchanged.
///
/// Panics, before writing anything, when a pivot entry names no row of A.
#[allow(clippy::too_many_arguments)]
pub fn sytri_3x<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    a: MatMut<'_, T>,
    e: &[T],
    ipiv: &[P],
    nb: usize,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = a.nrows();
    assert!(a.ncols() == n && e.len() >= n, "sytri_3x: operand shapes disagree");
    let herm = herm && T::IS_COMPLEX;
    let nb = nb.clamp(1, n.max(1));
    let s = Steps::new(uplo, ipiv, n);
    let mut a = frame(uplo, a);
    check_singular(&a, &s)?;
    let (d, mut work) = work.take::<T>(n);
    let (wbuf, _) = work.take::<T>(n * nb);
    d.copy_from_slice(&e[..n]);
    invert_converted(herm, a.rb_mut(), d, &s, nb, par, wbuf);
    // inv(A) = P X P^T: the rows' interchanges in reverse order.
    for k in (0..n).rev() {
        let kp = s.get(k).0;
        if kp > k {
            sym_swap(&mut a, herm, 0, k, kp);
        }
    }
    Ok(())
}

/// The workspace [`sytri_rook`] needs with block size `nb`: rk's E and
/// [`sytri_3x`]'s.
pub fn sytri_rook_req<T: Scalar>(n: usize, nb: usize) -> WorkReq {
    WorkReq::new::<T>(n).and(sytri_3x_req::<T>(n, nb))
}

/// `?sytri_rook` / `?hetri_rook`: overwrites the factor from
/// [`sytrf_rook`](super::sytrf_rook) with the `uplo` triangle of `inv(A)`,
/// through rk storage ([`syconvf_rook`], then [`sytri_3x`] with block size
/// `nb`). `work`: [`sytri_rook_req`].
///
/// `Err(Info)` as [`sytri_3x`]'s; `a` then unchanged.
pub fn sytri_rook<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    mut a: MatMut<'_, T>,
    ipiv: &[P],
    nb: usize,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = a.nrows();
    assert!(a.ncols() == n, "sytri_rook: A is not square");
    let s = Steps::new(uplo, ipiv, n);
    check_singular(&frame(uplo, a.rb_mut()), &s)?;
    let (e, work) = work.take::<T>(n);
    syconvf_rook(uplo, Way::Convert, a.rb_mut(), e, ipiv);
    sytri_3x(uplo, herm, a, e, ipiv, nb, par, work)
}

/// `?sysv_rk` / `?hesv_rk`: solves `A X = B` by [`sytrf_rk`] (`work`:
/// [`sytrf_rk_req`]) and [`sytrs_3`]; `Err(Info)` as `sytrf_rk`'s, B then
/// unchanged.
#[allow(clippy::too_many_arguments)]
pub fn sysv_rk<T: Scalar, P: BlockPivotIndex>(
    uplo: Uplo,
    herm: bool,
    mut a: MatMut<'_, T>,
    e: &mut [T],
    ipiv: &mut [P],
    b: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    sytrf_rk(uplo, herm, a.rb_mut(), e, ipiv, par, work)?;
    sytrs_3(uplo, herm, a.rb(), e, ipiv, b);
    Ok(())
}

#[cfg(test)]
mod residual {
    use super::*;
    use crate::condition::sycon_3;
    use crate::condition::testutil::{cabs, true_rcond, Dense, Rng, TestScalar};
    use crate::relapack::pivots::BlockPivot;
    use crate::relapack::sytrf::{lasyf, lasyf_rk, lasyf_rook, sytrf, sytrf_rook, sytrs_rook};
    use crate::WorkBuffer;
    use ferroblas_kernels::scalar::RealScalar;
    use ferroblas_kernels::{c32, c64};

    const SIZES: [usize; 7] = [0, 1, 2, 3, 17, 70, 5];

    /// A random symmetric (Hermitian) matrix; `kind` 1: a zero row and
    /// column in the middle (singular), 2: zero diagonal (2x2 pivots).
    fn matrix<T: TestScalar>(n: usize, herm: bool, rng: &mut Rng, kind: usize) -> Dense<T> {
        let mut m = Dense::<T>::zeros(n);
        for j in 0..n {
            for i in j..n {
                let v: T = rng.scalar();
                let v = if i == j && herm { T::from_real(v.re()) } else { v };
                let v = if i == j && kind == 2 { T::zero() } else { v };
                m.set(i, j, v);
                m.set(j, i, if herm { v.conj() } else { v });
            }
        }
        if kind == 1 && n > 0 {
            for i in 0..n {
                m.set(i, n / 2, T::zero());
                m.set(n / 2, i, T::zero());
            }
        }
        m
    }

    /// `m` in a buffer with leading dimension `n + 3`, the other triangle
    /// filled with junk.
    fn stored<T: TestScalar>(m: &Dense<T>, uplo: Uplo) -> (Vec<T>, usize) {
        let n = m.n;
        let ld = n + 3;
        let mut buf = vec![T::from_real(RealScalar::from_f64(77.0)); ld * n.max(1)];
        for j in 0..n {
            for i in 0..n {
                if (uplo == Uplo::Upper && i <= j) || (uplo == Uplo::Lower && i >= j) {
                    buf[i + j * ld] = m.get(i, j);
                }
            }
        }
        (buf, ld)
    }

    fn eps<T: TestScalar>() -> f64 {
        T::Real::EPSILON.to_f64()
    }

    fn cjh(z: c64, herm: bool) -> c64 {
        if herm {
            z.conj()
        } else {
            z
        }
    }

    /// `P L D L^H P^T` (or with U) from rk storage, in c64.
    fn reconstruct<T: TestScalar>(
        uplo: Uplo,
        herm: bool,
        buf: &[T],
        ld: usize,
        n: usize,
        e: &[T],
        ipiv: &[BlockPivot],
    ) -> Dense<c64> {
        let herm = herm && T::IS_COMPLEX;
        let one = c64::new(1.0, 0.0);
        let mut l = Dense::<c64>::zeros(n);
        let mut d = Dense::<c64>::zeros(n);
        for j in 0..n {
            l.set(j, j, one);
            d.set(j, j, buf[j + j * ld].to_c64());
            for i in 0..n {
                if (uplo == Uplo::Upper && i < j) || (uplo == Uplo::Lower && i > j) {
                    l.set(i, j, buf[i + j * ld].to_c64());
                }
            }
        }
        let two = |k: usize| ipiv[k].decode().unwrap().1;
        if uplo == Uplo::Upper {
            let mut k = n;
            while k > 0 {
                let top = k - 1;
                if two(top) && top > 0 {
                    let x = e[top].to_c64();
                    d.set(top - 1, top, x);
                    d.set(top, top - 1, cjh(x, herm));
                    k -= 2;
                } else {
                    k -= 1;
                }
            }
        } else {
            let mut k = 0;
            while k < n {
                if two(k) && k + 1 < n {
                    let x = e[k].to_c64();
                    d.set(k + 1, k, x);
                    d.set(k, k + 1, cjh(x, herm));
                    k += 2;
                } else {
                    k += 1;
                }
            }
        }
        let mut ld_ = Dense::<c64>::zeros(n);
        for i in 0..n {
            for q in 0..n {
                let lo = q.saturating_sub(1);
                let s: c64 = (lo..(q + 2).min(n)).map(|p| l.get(i, p) * d.get(p, q)).sum();
                ld_.set(i, q, s);
            }
        }
        let mut m = Dense::<c64>::zeros(n);
        for i in 0..n {
            for j in 0..n {
                let s: c64 = (0..n).map(|q| ld_.get(i, q) * cjh(l.get(j, q), herm)).sum();
                m.set(i, j, s);
            }
        }
        // A = P M P^T: the interchanges in reverse order of elimination.
        let order: Vec<usize> = if uplo == Uplo::Upper { (0..n).collect() } else { (0..n).rev().collect() };
        for k in order {
            let kp = ipiv[k].decode().unwrap().0;
            if kp != k {
                for j in 0..n {
                    let t = m.get(k, j);
                    m.set(k, j, m.get(kp, j));
                    m.set(kp, j, t);
                }
                for i in 0..n {
                    let t = m.get(i, k);
                    m.set(i, k, m.get(i, kp));
                    m.set(i, kp, t);
                }
            }
        }
        m
    }

    fn max_diff(a: &Dense<c64>, b: &Dense<c64>) -> f64 {
        a.a.iter().zip(&b.a).map(|(x, y)| cabs(*x - *y)).fold(0.0, f64::max)
    }

    fn check_all<T: TestScalar>(herm: bool) {
        let mut rng = Rng::new(7 + herm as u64);
        let tol = 30.0;
        for &n in &SIZES {
            for kind in 0..3 {
                if kind == 2 && n < 2 {
                    continue;
                }
                for uplo in [Uplo::Upper, Uplo::Lower] {
                    let m = matrix::<T>(n, herm, &mut rng, kind);
                    let mc = m.to_c64();
                    let anorm = mc.norm1_f64().max(1e-300);
                    let (mut buf, ld) = stored(&m, uplo);
                    let mut e = vec![T::from_real(RealScalar::from_f64(5.0)); n];
                    let mut ipiv = vec![BlockPivot::None; n];
                    let r = sytrf_rk(
                        uplo,
                        herm,
                        MatMut::from_col_major(&mut buf, n, n, ld),
                        &mut e,
                        &mut ipiv,
                        Par::Seq,
                        Workspace::empty(),
                    );
                    let ctx = format!("n={n} kind={kind} {uplo:?} herm={herm}");
                    // The other triangle is untouched.
                    for j in 0..n {
                        for i in 0..n {
                            if (uplo == Uplo::Upper && i > j) || (uplo == Uplo::Lower && i < j) {
                                assert_eq!(buf[i + j * ld].to_c64(), c64::new(77.0, 0.0), "{ctx}");
                            }
                        }
                    }
                    let rec = reconstruct(uplo, herm, &buf, ld, n, &e, &ipiv);
                    let res = max_diff(&rec, &mc) / (anorm * eps::<T>() * (n.max(1) as f64));
                    assert!(res < tol, "factor residual {res} {ctx}");
                    if kind == 1 && n > 0 {
                        let i = r.expect_err("singular").index();
                        assert!(matches!(ipiv[i].decode(), Some((_, false))) && buf[i + i * ld].is_zero(), "{ctx}");
                        let mut probe = buf.clone();
                        let rr = sytri_3x(
                            uplo,
                            herm,
                            MatMut::from_col_major(&mut probe, n, n, ld),
                            &e,
                            &ipiv,
                            3,
                            Par::Seq,
                            WorkBuffer::new(sytri_3x_req::<T>(n, 3)).workspace(),
                        );
                        assert!(rr.is_err() && probe == buf, "{ctx}");
                        let mut wb = WorkBuffer::new(crate::condition::sycon_req::<T>(n));
                        let rc = sycon_3(
                            uplo,
                            herm,
                            MatRef::from_col_major(&buf, n, n, ld),
                            &e,
                            &ipiv,
                            RealScalar::from_f64(anorm),
                            wb.workspace(),
                        );
                        assert_eq!(rc.to_f64(), 0.0, "{ctx}");
                        continue;
                    }
                    r.unwrap_or_else(|i| panic!("{ctx}: {i:?}"));
                    // Solve.
                    let nrhs = 3;
                    let mut b: Vec<T> = (0..(n + 2) * nrhs).map(|_| rng.scalar()).collect();
                    let b0 = b.clone();
                    sytrs_3(
                        uplo,
                        herm,
                        MatRef::from_col_major(&buf, n, n, ld),
                        &e,
                        &ipiv,
                        MatMut::from_col_major(&mut b, n, nrhs, n + 2),
                    );
                    for c in 0..nrhs {
                        let x: Vec<c64> = (0..n).map(|i| b[i + c * (n + 2)].to_c64()).collect();
                        let xn = x.iter().map(|v| cabs(*v)).sum::<f64>().max(1e-300);
                        for i in 0..n {
                            let ax: c64 = (0..n).map(|j| mc.get(i, j) * x[j]).sum();
                            let r = cabs(ax - b0[i + c * (n + 2)].to_c64()) / (anorm * xn * eps::<T>() * n as f64);
                            assert!(r < tol, "solve residual {r} {ctx}");
                        }
                    }
                    // Condition number.
                    if n > 0 {
                        let mut wb = WorkBuffer::new(crate::condition::sycon_req::<T>(n));
                        let rc = sycon_3(
                            uplo,
                            herm,
                            MatRef::from_col_major(&buf, n, n, ld),
                            &e,
                            &ipiv,
                            RealScalar::from_f64(anorm),
                            wb.workspace(),
                        )
                        .to_f64();
                        let truth = true_rcond(&m, false);
                        assert!(rc <= truth * 10.0 && rc >= truth / 10.0, "rcond {rc} vs {truth} {ctx}");
                    }
                    // Inverse, through rk and through rook.
                    for nb in [1, 3, 64] {
                        let mut inv = buf.clone();
                        sytri_3x(
                            uplo,
                            herm,
                            MatMut::from_col_major(&mut inv, n, n, ld),
                            &e,
                            &ipiv,
                            nb,
                            Par::Seq,
                            WorkBuffer::new(sytri_3x_req::<T>(n, nb)).workspace(),
                        )
                        .unwrap();
                        check_inverse(&mc, &inv, ld, uplo, herm, &ctx);
                    }
                    let (mut rbuf, _) = stored(&m, uplo);
                    let mut rpiv = vec![BlockPivot::None; n];
                    sytrf_rook(
                        uplo,
                        herm,
                        MatMut::from_col_major(&mut rbuf, n, n, ld),
                        &mut rpiv,
                        Par::Seq,
                        Workspace::empty(),
                    )
                    .unwrap();
                    assert_eq!(rpiv, ipiv, "{ctx}");
                    let rook = rbuf.clone();
                    // syconvf_rook: Convert gives sytrf_rk's factor, Revert rook's.
                    let mut e2 = vec![T::zero(); n];
                    syconvf_rook(uplo, Way::Convert, MatMut::from_col_major(&mut rbuf, n, n, ld), &mut e2, &rpiv);
                    assert!(rbuf == buf && e2 == e, "{ctx}");
                    syconvf_rook(uplo, Way::Revert, MatMut::from_col_major(&mut rbuf, n, n, ld), &mut e2, &rpiv);
                    assert!(rbuf == rook, "{ctx}");
                    sytri_rook(
                        uplo,
                        herm,
                        MatMut::from_col_major(&mut rbuf, n, n, ld),
                        &rpiv,
                        4,
                        Par::Seq,
                        WorkBuffer::new(sytri_rook_req::<T>(n, 4)).workspace(),
                    )
                    .unwrap();
                    check_inverse(&mc, &rbuf, ld, uplo, herm, &ctx);
                    // syconvf: Bunch-Kaufman's factor to rk storage solves, and reverts exactly.
                    let (mut kbuf, _) = stored(&m, uplo);
                    let mut kpiv = vec![BlockPivot::None; n];
                    sytrf(
                        uplo,
                        herm,
                        MatMut::from_col_major(&mut kbuf, n, n, ld),
                        &mut kpiv,
                        Par::Seq,
                        Workspace::empty(),
                    )
                    .unwrap();
                    let (bk, bkpiv) = (kbuf.clone(), kpiv.clone());
                    let mut e3 = vec![T::zero(); n];
                    syconvf(uplo, Way::Convert, MatMut::from_col_major(&mut kbuf, n, n, ld), &mut e3, &mut kpiv);
                    let rec = reconstruct(uplo, herm, &kbuf, ld, n, &e3, &kpiv);
                    let res = max_diff(&rec, &mc) / (anorm * eps::<T>() * (n.max(1) as f64));
                    assert!(res < tol, "syconvf residual {res} {ctx}");
                    syconvf(uplo, Way::Revert, MatMut::from_col_major(&mut kbuf, n, n, ld), &mut e3, &mut kpiv);
                    assert!(kbuf == bk && kpiv == bkpiv, "{ctx}");
                    // sysv_rk.
                    let (mut sbuf, _) = stored(&m, uplo);
                    let mut b2 = b0.clone();
                    let mut e4 = vec![T::zero(); n];
                    let mut spiv = vec![BlockPivot::None; n];
                    sysv_rk(
                        uplo,
                        herm,
                        MatMut::from_col_major(&mut sbuf, n, n, ld),
                        &mut e4,
                        &mut spiv,
                        MatMut::from_col_major(&mut b2, n, nrhs, n + 2),
                        Par::Seq,
                        Workspace::empty(),
                    )
                    .unwrap();
                    assert!(b2 == b && sbuf == buf, "{ctx}");
                }
            }
        }
    }

    fn check_inverse<T: TestScalar>(mc: &Dense<c64>, inv: &[T], ld: usize, uplo: Uplo, herm: bool, ctx: &str) {
        let n = mc.n;
        let herm = herm && T::IS_COMPLEX;
        let mut x = Dense::<c64>::zeros(n);
        for j in 0..n {
            for i in 0..n {
                let stored_here = (uplo == Uplo::Upper && i <= j) || (uplo == Uplo::Lower && i >= j);
                let v = if stored_here { inv[i + j * ld].to_c64() } else { cjh(inv[j + i * ld].to_c64(), herm) };
                x.set(i, j, v);
            }
        }
        let (an, xn) = (mc.norm1_f64(), x.norm1_f64());
        for i in 0..n {
            for j in 0..n {
                let s: c64 = (0..n).map(|p| mc.get(i, p) * x.get(p, j)).sum();
                let id = if i == j { 1.0 } else { 0.0 };
                let r = cabs(s - c64::new(id, 0.0)) / (an * xn * eps::<T>() * n as f64);
                assert!(r < 30.0, "inverse residual {r} {ctx}");
            }
        }
    }

    #[test]
    fn rk_family_f32() {
        check_all::<f32>(false);
    }
    #[test]
    fn rk_family_f64() {
        check_all::<f64>(false);
    }
    #[test]
    fn rk_family_c32_sym() {
        check_all::<c32>(false);
    }
    #[test]
    fn rk_family_c64_sym() {
        check_all::<c64>(false);
    }
    #[test]
    fn rk_family_c32_herm() {
        check_all::<c32>(true);
    }
    #[test]
    fn rk_family_c64_herm() {
        check_all::<c64>(true);
    }

    /// Factors `m` as `?sytrf_rk` would from its rook panels alone
    /// ([`lasyf_rk`] on the trailing / leading matrix, the panel's pivots
    /// shifted, its interchanges applied to the columns beside it), `nb`
    /// columns at a time: the reference driver's loop.
    #[allow(clippy::too_many_arguments)]
    fn drive_rk<T: TestScalar>(
        uplo: Uplo,
        herm: bool,
        buf: &mut [T],
        ld: usize,
        n: usize,
        nb: usize,
        e: &mut [T],
        ipiv: &mut [BlockPivot],
    ) -> Option<usize> {
        let mut w = vec![T::zero(); n * nb.max(1)];
        let mut info = None;
        let mut done = 0;
        while done < n {
            let rest = n - done;
            let mut piv = vec![BlockPivot::None; rest];
            let (off, kb, r) = {
                let off = if uplo == Uplo::Lower { done } else { 0 };
                let a = MatMut::from_col_major(&mut buf[off + off * ld..], rest, rest, ld);
                let mut sube = vec![T::zero(); rest];
                let (kb, r) = lasyf_rk(
                    uplo,
                    herm,
                    a,
                    nb,
                    &mut sube,
                    &mut piv,
                    MatMut::from_col_major(&mut w, n, nb.max(1), n),
                    Par::Seq,
                );
                let cols: Vec<usize> =
                    if uplo == Uplo::Lower { (0..kb).collect() } else { (rest - kb..rest).collect() };
                for &c in &cols {
                    e[off + c] = sube[c];
                }
                (off, kb, r)
            };
            assert!(kb > 0, "a panel made no progress");
            if let Err(i) = r {
                info.get_or_insert(i.index() + off);
            }
            // The panel's rows in the order of elimination (the upper
            // triangle's from the last), each interchange applied to the
            // finished columns outside the panel.
            let order: Vec<usize> =
                if uplo == Uplo::Lower { (0..kb).collect() } else { (rest - kb..rest).rev().collect() };
            let outside = if uplo == Uplo::Lower { 0..done } else { rest..n };
            for &c in &order {
                let (row, two) = piv[c].decode().unwrap();
                let row = row + off;
                ipiv[off + c] = if two { BlockPivot::Two(row) } else { BlockPivot::One(row) };
                if row != off + c {
                    for j in outside.clone() {
                        buf.swap(off + c + j * ld, row + j * ld);
                    }
                }
            }
            done += kb;
        }
        info
    }

    /// The panels (`?lasyf`, `?lasyf_rook`, `?lasyf_rk`) and the blocked
    /// drivers built on them, against the factorization they should give.
    fn check_blocked<T: TestScalar>(herm: bool) {
        let mut rng = Rng::new(11 + herm as u64);
        let tol = 30.0;
        for &(n, nb) in
            &[(0, 3), (1, 2), (2, 2), (3, 2), (65, 64), (65, 8), (66, 5), (130, 64), (200, 64), (47, 2), (48, 3)]
        {
            for kind in 0..3 {
                if kind == 2 && n < 2 {
                    continue;
                }
                for uplo in [Uplo::Upper, Uplo::Lower] {
                    let ctx = format!("n={n} nb={nb} kind={kind} {uplo:?} herm={herm}");
                    let m = matrix::<T>(n, herm, &mut rng, kind);
                    let mc = m.to_c64();
                    let anorm = mc.norm1_f64().max(1e-300);
                    // sytrf_rook, blocked with nb.
                    let (mut rbuf, ld) = stored(&m, uplo);
                    let mut rpiv = vec![BlockPivot::None; n];
                    let mut wb = WorkBuffer::new(sytrf_rook_req::<T>(n));
                    let r = sytrf_rook_with(
                        uplo,
                        herm,
                        MatMut::from_col_major(&mut rbuf, n, n, ld),
                        &mut rpiv,
                        Par::Seq,
                        wb.workspace(),
                        nb,
                    );
                    for j in 0..n {
                        for i in 0..n {
                            if (uplo == Uplo::Upper && i > j) || (uplo == Uplo::Lower && i < j) {
                                assert_eq!(rbuf[i + j * ld].to_c64(), c64::new(77.0, 0.0), "{ctx}");
                            }
                        }
                    }
                    assert!(rpiv.iter().all(|p| p.decode().is_some_and(|(r, _)| r < n)), "{ctx}");
                    if kind == 2 && n > 2 {
                        assert!(rpiv.iter().any(|p| matches!(p, BlockPivot::Two(_))), "no 2x2 pivot: {ctx}");
                    }
                    let mut rk = rbuf.clone();
                    let mut e = vec![T::zero(); n];
                    syconvf_rook(uplo, Way::Convert, MatMut::from_col_major(&mut rk, n, n, ld), &mut e, &rpiv);
                    let rec = reconstruct(uplo, herm, &rk, ld, n, &e, &rpiv);
                    let res = max_diff(&rec, &mc) / (anorm * eps::<T>() * (n.max(1) as f64));
                    assert!(res < tol, "rook factor residual {res} {ctx}");
                    // sytrf_rk blocked: the same numbers in rk storage.
                    let (mut kbuf, _) = stored(&m, uplo);
                    let mut kpiv = vec![BlockPivot::None; n];
                    let mut ke = vec![T::zero(); n];
                    let mut wb = WorkBuffer::new(sytrf_rk_req::<T>(n));
                    let rr = sytrf_rk_with(
                        uplo,
                        herm,
                        MatMut::from_col_major(&mut kbuf, n, n, ld),
                        &mut ke,
                        &mut kpiv,
                        Par::Seq,
                        wb.workspace(),
                        nb,
                    );
                    assert!(kbuf == rk && ke == e && kpiv == rpiv && rr == r, "{ctx}");
                    // The rk panels driven as the reference's ?sytrf_rk drives them.
                    if n > 0 {
                        let (mut dbuf, _) = stored(&m, uplo);
                        let mut dpiv = vec![BlockPivot::None; n];
                        let mut de = vec![T::zero(); n];
                        let di = drive_rk(uplo, herm, &mut dbuf, ld, n, nb, &mut de, &mut dpiv);
                        let rec = reconstruct(uplo, herm, &dbuf, ld, n, &de, &dpiv);
                        let res = max_diff(&rec, &mc) / (anorm * eps::<T>() * (n.max(1) as f64));
                        assert!(res < tol, "lasyf_rk-driven residual {res} {ctx}");
                        assert_eq!(di.is_some(), r.is_err(), "{ctx}");
                        if n > 40 {
                            // The same steps (the kernels may round the
                            // trailing updates differently for other strides).
                            let close = |x: &[T], y: &[T]| {
                                x.iter().zip(y).all(|(u, v)| cabs(u.to_c64() - v.to_c64()) <= 1e3 * eps::<T>() * anorm)
                            };
                            assert!(
                                dpiv == kpiv && close(&dbuf, &kbuf) && close(&de, &ke),
                                "lasyf_rk drive differs: {ctx}"
                            );
                        }
                    }
                    // One rook panel on the whole matrix, then the rest with
                    // the unblocked code: a valid factorization (lasyf_rook).
                    if n > 0 {
                        let (mut pbuf, _) = stored(&m, uplo);
                        let mut ppiv = vec![BlockPivot::None; n];
                        let mut w = vec![T::zero(); n * nb];
                        let (kb, _) = lasyf_rook(
                            uplo,
                            herm,
                            MatMut::from_col_major(&mut pbuf, n, n, ld),
                            nb,
                            &mut ppiv,
                            MatMut::from_col_major(&mut w, n, nb, n),
                            Par::Seq,
                        );
                        assert!(kb == n.min(nb) || (kb + 1 == nb && nb < n), "kb={kb} {ctx}");
                        let rest = n - kb;
                        let off = if uplo == Uplo::Lower { kb } else { 0 };
                        let mut sub = vec![BlockPivot::None; rest];
                        if rest > 0 {
                            let _ = sytrf_rook(
                                uplo,
                                herm,
                                MatMut::from_col_major(&mut pbuf[off + off * ld..], rest, rest, ld),
                                &mut sub,
                                Par::Seq,
                                Workspace::empty(),
                            );
                        }
                        for (i, p) in sub.iter().enumerate() {
                            let (row, two) = p.decode().unwrap();
                            ppiv[off + i] = if two { BlockPivot::Two(row + off) } else { BlockPivot::One(row + off) };
                        }
                        let mut pe = vec![T::zero(); n];
                        syconvf_rook(uplo, Way::Convert, MatMut::from_col_major(&mut pbuf, n, n, ld), &mut pe, &ppiv);
                        let rec = reconstruct(uplo, herm, &pbuf, ld, n, &pe, &ppiv);
                        let res = max_diff(&rec, &mc) / (anorm * eps::<T>() * (n.max(1) as f64));
                        assert!(res < tol, "lasyf_rook + sytf2_rook residual {res} {ctx}");
                    }
                    // Bunch-Kaufman: one lasyf panel, then the unblocked rest.
                    if n > 0 {
                        let (mut pbuf, _) = stored(&m, uplo);
                        let mut ppiv = vec![BlockPivot::None; n];
                        let mut w = vec![T::zero(); n * nb];
                        let (kb, _) = lasyf(
                            uplo,
                            herm,
                            MatMut::from_col_major(&mut pbuf, n, n, ld),
                            nb,
                            &mut ppiv,
                            MatMut::from_col_major(&mut w, n, nb, n),
                            Par::Seq,
                        );
                        let rest = n - kb;
                        let off = if uplo == Uplo::Lower { kb } else { 0 };
                        let mut sub = vec![BlockPivot::None; rest];
                        if rest > 0 {
                            let _ = sytrf(
                                uplo,
                                herm,
                                MatMut::from_col_major(&mut pbuf[off + off * ld..], rest, rest, ld),
                                &mut sub,
                                Par::Seq,
                                Workspace::empty(),
                            );
                        }
                        for (i, p) in sub.iter().enumerate() {
                            let (row, two) = p.decode().unwrap();
                            ppiv[off + i] = if two { BlockPivot::Two(row + off) } else { BlockPivot::One(row + off) };
                        }
                        let mut pe = vec![T::zero(); n];
                        syconvf(uplo, Way::Convert, MatMut::from_col_major(&mut pbuf, n, n, ld), &mut pe, &mut ppiv);
                        let rec = reconstruct(uplo, herm, &pbuf, ld, n, &pe, &ppiv);
                        let res = max_diff(&rec, &mc) / (anorm * eps::<T>() * (n.max(1) as f64));
                        assert!(res < tol, "lasyf + sytf2 residual {res} {ctx}");
                    }
                    if kind == 1 {
                        if n > 0 {
                            assert!(r.is_err(), "{ctx}");
                        }
                        continue;
                    }
                    r.unwrap_or_else(|i| panic!("{ctx}: {i:?}"));
                    // Solves with the blocked factors.
                    let nrhs = 2;
                    let b0: Vec<T> = (0..n.max(1) * nrhs).map(|_| rng.scalar()).collect();
                    let mut x1 = b0.clone();
                    sytrs_rook(
                        uplo,
                        herm,
                        MatRef::from_col_major(&rbuf, n, n, ld),
                        &rpiv,
                        MatMut::from_col_major(&mut x1, n, nrhs, n.max(1)),
                    );
                    let mut x2 = b0.clone();
                    sytrs_3(
                        uplo,
                        herm,
                        MatRef::from_col_major(&kbuf, n, n, ld),
                        &ke,
                        &kpiv,
                        MatMut::from_col_major(&mut x2, n, nrhs, n.max(1)),
                    );
                    for x in [&x1, &x2] {
                        for c in 0..nrhs {
                            let xc: Vec<c64> = (0..n).map(|i| x[i + c * n.max(1)].to_c64()).collect();
                            let xn = xc.iter().map(|v| cabs(*v)).sum::<f64>().max(1e-300);
                            for i in 0..n {
                                let ax: c64 = (0..n).map(|j| mc.get(i, j) * xc[j]).sum();
                                let r = cabs(ax - b0[i + c * n.max(1)].to_c64()) / (anorm * xn * eps::<T>() * n as f64);
                                assert!(r < tol, "solve residual {r} {ctx}");
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn blocked_f32() {
        check_blocked::<f32>(false);
    }
    #[test]
    fn blocked_f64() {
        check_blocked::<f64>(false);
    }
    #[test]
    fn blocked_c32_sym() {
        check_blocked::<c32>(false);
    }
    #[test]
    fn blocked_c64_sym() {
        check_blocked::<c64>(false);
    }
    #[test]
    fn blocked_c32_herm() {
        check_blocked::<c32>(true);
    }
    #[test]
    fn blocked_c64_herm() {
        check_blocked::<c64>(true);
    }

    #[test]
    fn zero_matrix_info() {
        for uplo in [Uplo::Upper, Uplo::Lower] {
            let mut a = vec![0.0f64; 9];
            let mut e = vec![1.0; 3];
            let mut ipiv = vec![BlockPivot::None; 3];
            let r = sytrf_rk(
                uplo,
                false,
                MatMut::from_col_major(&mut a, 3, 3, 3),
                &mut e,
                &mut ipiv,
                Par::Seq,
                Workspace::empty(),
            );
            let want = if uplo == Uplo::Upper { 2 } else { 0 };
            assert_eq!(r.unwrap_err().index(), want);
            assert_eq!(e, vec![0.0; 3]);
        }
    }
}
