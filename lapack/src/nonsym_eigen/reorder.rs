//! Reordering a Schur form: the swap of two adjacent diagonal blocks
//! (`?laexc` for the real quasi-triangular form, a plane rotation for two
//! 1x1 blocks) and the move of one block to another position (`?trexc`).
//!
//! A swap is an orthogonal (unitary) similarity `T := Q^H T Q` that
//! exchanges the eigenvalues of the two blocks; `Q` accumulates it when
//! given (`Q := Q Qswap`).

use crate::sylvester::{lasy2, Sign};
use crate::Info;
use ferroblas_kernels::aux::rotations::lartg;
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef};
use std::ops::Range;

use super::lanv2;

/// Rows `i` and `k` (columns `cols`) of `a` := the rotation
/// `[c s; -conj(s) c]` applied from the left.
pub(crate) fn rot_rows<T: Scalar>(a: &mut MatMut<'_, T>, i: usize, k: usize, cols: Range<usize>, c: T::Real, s: T) {
    for j in cols {
        let (x, y) = (a.get(i, j), a.get(k, j));
        a.set(i, j, x.scale_real(c) + s * y);
        a.set(k, j, y.scale_real(c) - s.conj() * x);
    }
}

/// Columns `j` and `k` (rows `rows`) of `a`: `x := c x + s y`,
/// `y := c y - conj(s) x` (`?rot` on two columns).
pub(crate) fn rot_cols<T: Scalar>(a: &mut MatMut<'_, T>, j: usize, k: usize, rows: Range<usize>, c: T::Real, s: T) {
    for i in rows {
        let (x, y) = (a.get(i, j), a.get(i, k));
        a.set(i, j, x.scale_real(c) + s * y);
        a.set(i, k, y.scale_real(c) - s.conj() * x);
    }
}

/// A reflector `H = I - tau u u^T` of order 3.
#[derive(Clone, Copy)]
struct Refl3<R> {
    u: [R; 3],
    tau: R,
}

impl<R: RealScalar> Refl3<R> {
    /// The reflector with `H x = (beta, 0, 0)` for `x = (lead, tail[0], tail[1])`
    /// (`?larfg` of order 3, `u[0] = 1`).
    fn new(lead: R, tail: [R; 2]) -> Self {
        let mut alpha = lead;
        let mut t = tail;
        let tau = crate::householder::larfg(&mut alpha, ferroblas_kernels::VecMut::from_slice(&mut t));
        Refl3 { u: [R::one(), t[0], t[1]], tau }
    }

    /// Rows `r0..r0 + 3` (columns `cols`) of the real `a` := `H a`.
    fn left<T: Scalar<Real = R>>(&self, a: &mut MatMut<'_, T>, r0: usize, cols: Range<usize>) {
        for j in cols {
            let s = (0..3).fold(R::zero(), |s, p| s + self.u[p] * a.get(r0 + p, j).re()) * self.tau;
            for p in 0..3 {
                a.set(r0 + p, j, T::from_real(a.get(r0 + p, j).re() - s * self.u[p]));
            }
        }
    }

    /// Columns `c0..c0 + 3` (rows `rows`) of the real `a` := `a H`.
    fn right<T: Scalar<Real = R>>(&self, a: &mut MatMut<'_, T>, c0: usize, rows: Range<usize>) {
        for i in rows {
            let s = (0..3).fold(R::zero(), |s, p| s + self.u[p] * a.get(i, c0 + p).re()) * self.tau;
            for p in 0..3 {
                a.set(i, c0 + p, T::from_real(a.get(i, c0 + p).re() - s * self.u[p]));
            }
        }
    }

    /// The reflector with `x H = (0, 0, *)` (`?larfg` on `x[2]` with the
    /// tail `x[0], x[1]`, `u[2] = 1`).
    fn last(x: [R; 3]) -> Self {
        let r = Refl3::new(x[2], [x[0], x[1]]);
        Refl3 { u: [r.u[1], r.u[2], R::one()], tau: r.tau }
    }
}

/// Swaps one 1x1 block at `k` with the 1x1 block at `k + 1` of an upper
/// (quasi-)triangular `t` by a plane rotation (both `?laexc` with
/// `N1 = N2 = 1` and one step of `ctrexc`/`ztrexc`).
fn swap11<T: Scalar>(t: &mut MatMut<'_, T>, q: &mut Option<MatMut<'_, T>>, k: usize) {
    let n = t.nrows();
    let (t11, t22) = (t.get(k, k), t.get(k + 1, k + 1));
    // The rotation takes the eigenvector (t12, t22 - t11) of t22 to e1.
    let (c, s, _) = lartg(t.get(k, k + 1), t22 - t11);
    rot_rows(t, k, k + 1, k + 2..n, c, s);
    rot_cols(t, k, k + 1, 0..k, c, s.conj());
    t.set(k, k, t22);
    t.set(k + 1, k + 1, t11);
    if let Some(q) = q.as_mut() {
        let m = q.nrows();
        rot_cols(q, k, k + 1, 0..m, c, s.conj());
    }
}

/// Brings the 2x2 block at `k` of `t` to [`lanv2`]'s standard form,
/// updating the rest of `t` and `q`.
fn standardize<T: Scalar>(t: &mut MatMut<'_, T>, q: &mut Option<MatMut<'_, T>>, k: usize) {
    let n = t.nrows();
    let r = lanv2(t.get(k, k).re(), t.get(k, k + 1).re(), t.get(k + 1, k).re(), t.get(k + 1, k + 1).re());
    t.set(k, k, T::from_real(r.a));
    t.set(k, k + 1, T::from_real(r.b));
    t.set(k + 1, k, T::from_real(r.c));
    t.set(k + 1, k + 1, T::from_real(r.d));
    let sn = T::from_real(r.sn);
    rot_rows(t, k, k + 1, k + 2..n, r.cs, sn);
    rot_cols(t, k, k + 1, 0..k, r.cs, sn);
    if let Some(q) = q.as_mut() {
        let m = q.nrows();
        rot_cols(q, k, k + 1, 0..m, r.cs, sn);
    }
}

/// Swaps the adjacent diagonal blocks `T11` (order `n1`, at `j1`) and `T22`
/// (order `n2`, at `j1 + n1`) of the real upper quasi-triangular `t` in
/// Schur canonical form by an orthogonal similarity (`?laexc`), `n1, n2` in
/// `0..=2`; with `q`, `Q := Q Qswap` (all its rows). A 2x2 block that moves
/// is restandardized.
///
/// `Err(Info::new(1))` (`t` and `q` unchanged): the blocks have eigenvalues
/// so close that the swapped form would differ from a similarity of `t` by
/// more than `10 eps max|Tblock|` — the swap is refused. With `n1` or `n2`
/// zero, or `j1 + n1 >= n`, nothing happens.
///
/// For the complex types (triangular T) only `n1 = n2 = 1` is meaningful: a
/// rotation swaps the two diagonal entries.
///
/// # Panics
/// If a block of order 2 is asked for with a complex `T`.
pub fn laexc<T: Scalar>(
    mut t: MatMut<'_, T>,
    mut q: Option<MatMut<'_, T>>,
    j1: usize,
    n1: usize,
    n2: usize,
) -> Result<(), Info> {
    assert!(!T::IS_COMPLEX || (n1 <= 1 && n2 <= 1), "laexc: complex Schur forms have no 2x2 blocks");
    laexc_impl(&mut t, &mut q, j1, n1, n2)
}

/// [`laexc`] over a `T` whose values are real (the real types, or the
/// real `T` of a generic caller).
fn laexc_impl<T: Scalar>(
    t: &mut MatMut<'_, T>,
    q: &mut Option<MatMut<'_, T>>,
    j1: usize,
    n1: usize,
    n2: usize,
) -> Result<(), Info> {
    type R<T> = <T as Scalar>::Real;
    let n = t.nrows();
    assert!(t.ncols() == n && n1 <= 2 && n2 <= 2, "laexc: T must be square, the blocks of order <= 2");
    if let Some(q) = &q {
        assert!(q.ncols() == n, "laexc: Q must have n columns");
    }
    if n == 0 || n1 == 0 || n2 == 0 || j1 + n1 >= n {
        return Ok(());
    }
    assert!(j1 + n1 + n2 <= n, "laexc: the second block runs past T");
    if n1 == 1 && n2 == 1 {
        swap11(t, q, j1);
        return Ok(());
    }
    let nd = n1 + n2;
    let mut dbuf = [R::<T>::zero(); 16];
    let mut d = MatMut::from_col_major(&mut dbuf, nd, nd, 4);
    let mut dnorm = R::<T>::zero();
    for j in 0..nd {
        for i in 0..nd {
            let v = t.get(j1 + i, j1 + j).re();
            d.set(i, j, v);
            // NaN propagates into the threshold, which then refuses nothing:
            // the reference's DLANGE('M') returns NaN likewise.
            if v.abs() > dnorm || v.is_nan() {
                dnorm = v.abs();
            }
        }
    }
    let eps = lamch::<R<T>>(Machine::Precision);
    let smlnum = lamch::<R<T>>(Machine::SafeMin) / eps;
    let ten = R::<T>::from_f64(10.0);
    let thresh = if (ten * eps * dnorm).is_nan() { ten * eps * dnorm } else { (ten * eps * dnorm).max(smlnum) };
    // T11 X - X T22 = scale T12.
    let mut xbuf = [R::<T>::zero(); 4];
    let dv = d.rb();
    let sol = {
        let x = MatMut::from_col_major(&mut xbuf, n1, n2, 2);
        lasy2(
            false,
            false,
            Sign::Minus,
            dv.submatrix(0, 0, n1, n1),
            dv.submatrix(n1, n1, n2, n2),
            dv.submatrix(0, n1, n1, n2),
            x,
        )
    };
    let x = MatRef::from_col_major(&xbuf, n1, n2, 2);
    let scale = sol.scale;
    let refuse = |w: R<T>| w > thresh;
    let j2 = j1 + 1;
    let j3 = j1 + 2;
    match (n1, n2) {
        (1, 2) => {
            // (scale, x11, x12) H = (0, 0, *).
            let h = Refl3::last([scale, x.get(0, 0), x.get(0, 1)]);
            let t11 = t.get(j1, j1).re();
            h.left(&mut d, 0, 0..3);
            h.right(&mut d, 0, 0..3);
            let w = d.get(2, 0).abs().max(d.get(2, 1).abs()).max((d.get(2, 2) - t11).abs());
            if refuse(w) {
                return Err(Info::new(1));
            }
            h.left(t, j1, j1..n);
            h.right(t, j1, 0..j2 + 1);
            t.set(j3, j1, T::zero());
            t.set(j3, j2, T::zero());
            t.set(j3, j3, T::from_real(t11));
            if let Some(q) = q.as_mut() {
                let m = q.nrows();
                h.right(q, j1, 0..m);
            }
        }
        (2, 1) => {
            // H (-x11, -x21, scale)^T = (*, 0, 0)^T.
            let h = Refl3::new(-x.get(0, 0), [-x.get(1, 0), scale]);
            let t33 = t.get(j3, j3).re();
            h.left(&mut d, 0, 0..3);
            h.right(&mut d, 0, 0..3);
            let w = d.get(1, 0).abs().max(d.get(2, 0).abs()).max((d.get(0, 0) - t33).abs());
            if refuse(w) {
                return Err(Info::new(1));
            }
            h.right(t, j1, 0..j3 + 1);
            h.left(t, j1, j2..n);
            t.set(j1, j1, T::from_real(t33));
            t.set(j2, j1, T::zero());
            t.set(j3, j1, T::zero());
            if let Some(q) = q.as_mut() {
                let m = q.nrows();
                h.right(q, j1, 0..m);
            }
        }
        _ => {
            // H2 H1 [-X; scale I] = [R; 0], R upper triangular.
            let h1 = Refl3::new(-x.get(0, 0), [-x.get(1, 0), scale]);
            // The second column after H1, rows 1..4.
            let temp = -h1.tau * (x.get(0, 1) + h1.u[1] * x.get(1, 1));
            let h2 = Refl3::new(-temp * h1.u[1] - x.get(1, 1), [-temp * h1.u[2], scale]);
            h1.left(&mut d, 0, 0..4);
            h1.right(&mut d, 0, 0..4);
            h2.left(&mut d, 1, 0..4);
            h2.right(&mut d, 1, 0..4);
            let w = d.get(2, 0).abs().max(d.get(2, 1).abs()).max(d.get(3, 0).abs()).max(d.get(3, 1).abs());
            if refuse(w) {
                return Err(Info::new(1));
            }
            let j4 = j1 + 3;
            h1.left(t, j1, j1..n);
            h1.right(t, j1, 0..j4 + 1);
            h2.left(t, j2, j1..n);
            h2.right(t, j2, 0..j4 + 1);
            for (i, j) in [(j3, j1), (j3, j2), (j4, j1), (j4, j2)] {
                t.set(i, j, T::zero());
            }
            if let Some(q) = q.as_mut() {
                let m = q.nrows();
                h1.right(q, j1, 0..m);
                h2.right(q, j2, 0..m);
            }
        }
    }
    if n2 == 2 {
        standardize(t, q, j1);
    }
    if n1 == 2 {
        standardize(t, q, j1 + n2);
    }
    Ok(())
}

/// Moves the diagonal block of the Schur form `t` that starts at `*ifst` to
/// start at `*ilst` by a sequence of swaps of adjacent blocks (`?trexc`),
/// the blocks in between shifting by one block; with `q`, `Q := Q Z` for the
/// accumulated orthogonal (unitary) Z. 0-based indices.
///
/// Real types: `t` is quasi-triangular in Schur canonical form. An index
/// that points at the second row of a 2x2 block is moved to its first row,
/// and `*ilst` is adjusted so that the block lands where asked (on return
/// it is the block's first row). Complex types: `t` is upper triangular;
/// the indices are not changed.
///
/// `Err(Info::new(1))` (real types): a swap was refused as too
/// ill-conditioned ([`laexc`]); `t` and `q` hold the swaps done so far and
/// `*ilst` is where the block now starts.
pub fn trexc<T: Scalar>(
    mut t: MatMut<'_, T>,
    mut q: Option<MatMut<'_, T>>,
    ifst: &mut usize,
    ilst: &mut usize,
) -> Result<(), Info> {
    let n = t.nrows();
    assert!(t.ncols() == n, "trexc: T must be square");
    if let Some(q) = &q {
        assert!(q.ncols() == n, "trexc: Q must have n columns");
    }
    if n <= 1 {
        return Ok(());
    }
    assert!(*ifst < n && *ilst < n, "trexc: index out of range");
    if T::IS_COMPLEX {
        let (f, l) = (*ifst, *ilst);
        if f < l {
            for k in f..l {
                swap11(&mut t, &mut q, k);
            }
        } else {
            for k in (l..f).rev() {
                swap11(&mut t, &mut q, k);
            }
        }
        return Ok(());
    }
    trexc_real(&mut t, &mut q, ifst, ilst)
}

/// Whether a 2x2 block starts at `k`.
fn block2<T: Scalar>(t: &MatMut<'_, T>, k: usize) -> bool {
    k + 1 < t.nrows() && t.get(k + 1, k) != T::zero()
}

fn trexc_real<T: Scalar>(
    t: &mut MatMut<'_, T>,
    q: &mut Option<MatMut<'_, T>>,
    ifst: &mut usize,
    ilst: &mut usize,
) -> Result<(), Info> {
    let n = t.nrows();
    let zero = T::zero();
    if *ifst > 0 && t.get(*ifst, *ifst - 1) != zero {
        *ifst -= 1;
    }
    let mut nbf = if block2(t, *ifst) { 2 } else { 1 };
    if *ilst > 0 && t.get(*ilst, *ilst - 1) != zero {
        *ilst -= 1;
    }
    let nbl = if block2(t, *ilst) { 2 } else { 1 };
    if *ifst == *ilst {
        return Ok(());
    }
    let mut here = *ifst;
    // nbf == 3: a 2x2 block that split into two 1x1 blocks on the way.
    if *ifst < *ilst {
        if nbf == 2 && nbl == 1 {
            *ilst -= 1;
        }
        if nbf == 1 && nbl == 2 {
            *ilst += 1;
        }
        while here < *ilst {
            if nbf <= 2 {
                let nbnext = if here + nbf < n && block2(t, here + nbf) { 2 } else { 1 };
                if let Err(e) = laexc_impl(t, q, here, nbf, nbnext) {
                    *ilst = here;
                    return Err(e);
                }
                here += nbnext;
                if nbf == 2 && t.get(here + 1, here) == zero {
                    nbf = 3;
                }
            } else {
                let nbnext = if here + 2 < n && block2(t, here + 2) { 2 } else { 1 };
                if let Err(e) = laexc_impl(t, q, here + 1, 1, nbnext) {
                    *ilst = here;
                    return Err(e);
                }
                if nbnext == 1 {
                    laexc_impl(t, q, here, 1, 1)?;
                    here += 1;
                } else if t.get(here + 2, here + 1) != zero {
                    if let Err(e) = laexc_impl(t, q, here, 1, 2) {
                        *ilst = here;
                        return Err(e);
                    }
                    here += 2;
                } else {
                    // The 2x2 block split: two 1x1 swaps.
                    laexc_impl(t, q, here, 1, 1)?;
                    laexc_impl(t, q, here + 1, 1, 1)?;
                    here += 2;
                }
            }
        }
    } else {
        while here > *ilst {
            if nbf <= 2 {
                let nbnext = if here >= 2 && t.get(here - 1, here - 2) != zero { 2 } else { 1 };
                if let Err(e) = laexc_impl(t, q, here - nbnext, nbnext, nbf) {
                    *ilst = here;
                    return Err(e);
                }
                here -= nbnext;
                if nbf == 2 && t.get(here + 1, here) == zero {
                    nbf = 3;
                }
            } else {
                let nbnext = if here >= 2 && t.get(here - 1, here - 2) != zero { 2 } else { 1 };
                if let Err(e) = laexc_impl(t, q, here - nbnext, nbnext, 1) {
                    *ilst = here;
                    return Err(e);
                }
                if nbnext == 1 {
                    laexc_impl(t, q, here, 1, 1)?;
                    here -= 1;
                } else if t.get(here, here - 1) != zero {
                    if let Err(e) = laexc_impl(t, q, here - 1, 2, 1) {
                        *ilst = here;
                        return Err(e);
                    }
                    here -= 2;
                } else {
                    laexc_impl(t, q, here, 1, 1)?;
                    laexc_impl(t, q, here - 1, 1, 1)?;
                    here -= 2;
                }
            }
        }
    }
    *ilst = here;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nonsym_eigen::schur_testutil::*;
    use ferroblas_kernels::scalar::{c32, c64};

    mod residual {
        use super::*;

        /// Runs `f` on a Schur form with `blocks`, checks the result is a
        /// Schur form with the same eigenvalues, orthogonally similar to it.
        fn check_move<T: Scalar>(
            blocks: &[usize],
            seed: u64,
            f: impl FnOnce(MatMut<'_, T>, MatMut<'_, T>) -> Result<(), Info>,
        ) {
            let (mut t, ld, n) = schur_form::<T>(blocks, seed);
            let t0 = to_c(MatRef::from_col_major(&t, n, n, ld));
            let w0 = schur_eigs(MatRef::from_col_major(&t, n, n, ld));
            let (mut q, ldq) = eye::<T>(n);
            f(MatMut::from_col_major(&mut t, n, n, ld), MatMut::from_col_major(&mut q, n, n, ldq))
                .expect("swap refused");
            let tv = MatRef::from_col_major(&t, n, n, ld);
            let w = schur_eigs(tv);
            assert!(same_eigs(&w0, &w, 100.0 * eps::<T>()), "{}: eigenvalues changed {w0:?} -> {w:?}", T::PREFIX);
            let (r, o) = residuals(&t0, tv, MatRef::from_col_major(&q, n, n, ldq));
            assert!(r < 30.0 && o < 30.0, "{} {blocks:?}: residual {r}, orthogonality {o}", T::PREFIX);
        }

        fn laexc_all<T: Scalar>() {
            let combos: &[(usize, usize)] = if T::IS_COMPLEX { &[(1, 1)] } else { &[(1, 1), (1, 2), (2, 1), (2, 2)] };
            for &(n1, n2) in combos {
                for (pre, post) in [(vec![], vec![]), (vec![1], vec![2]), (vec![2, 1], vec![1])] {
                    let mut blocks = pre.clone();
                    blocks.extend([n1, n2]);
                    blocks.extend(post);
                    let j1: usize = pre.iter().sum();
                    let (mut t, ld, n) = schur_form::<T>(&blocks, 3 + n1 as u64 * 7 + n2 as u64);
                    let blk = |t: &[T], k: usize, b: usize| -> Vec<C> {
                        schur_eigs(MatRef::from_col_major(t, n, n, ld).submatrix(k, k, b, b))
                    };
                    let (e1, e2) = (blk(&t, j1, n1), blk(&t, j1 + n1, n2));
                    check_move::<T>(&blocks, 3 + n1 as u64 * 7 + n2 as u64, |t, q| laexc(t, Some(q), j1, n1, n2));
                    laexc(MatMut::from_col_major(&mut t, n, n, ld), None, j1, n1, n2).unwrap();
                    // The blocks traded places.
                    let tol = 100.0 * eps::<T>();
                    assert!(same_eigs(&blk(&t, j1, n2), &e2, tol) && same_eigs(&blk(&t, j1 + n2, n1), &e1, tol));
                }
            }
        }

        #[test]
        fn laexc_swaps_every_block_combination() {
            laexc_all::<f32>();
            laexc_all::<f64>();
            laexc_all::<c32>();
            laexc_all::<c64>();
        }

        fn trexc_all<T: Scalar>() {
            let patterns: &[&[usize]] =
                &[&[], &[1], &[2], &[1, 1], &[1, 2], &[2, 1, 2], &[1, 2, 1, 1, 2], &[2, 2, 1, 2, 1, 1]];
            for (p, blocks) in patterns.iter().enumerate() {
                let n: usize = blocks.iter().sum();
                for ifst in 0..n.max(1) {
                    for ilst in 0..n.max(1) {
                        let seed = 100 + p as u64;
                        let (t0, ld, _) = schur_form::<T>(blocks, seed);
                        let start = |k: usize| {
                            if !T::IS_COMPLEX && k > 0 && t0[k + (k - 1) * ld] != T::zero() {
                                k - 1
                            } else {
                                k
                            }
                        };
                        let size = |k: usize| {
                            if !T::IS_COMPLEX && k + 1 < n && t0[k + 1 + k * ld] != T::zero() {
                                2
                            } else {
                                1
                            }
                        };
                        let moved = if n == 0 {
                            vec![]
                        } else {
                            let f = start(ifst);
                            schur_eigs(MatRef::from_col_major(&t0, n, n, ld).submatrix(f, f, size(f), size(f)))
                        };
                        let (mut f, mut l) = (ifst, ilst);
                        check_move::<T>(blocks, seed, |t, q| trexc(t, Some(q), &mut f, &mut l));
                        if n == 0 {
                            continue;
                        }
                        // The block now starts at the returned ILST.
                        let (mut t, _, _) = schur_form::<T>(blocks, seed);
                        let (mut f2, mut l2) = (ifst, ilst);
                        trexc(MatMut::from_col_major(&mut t, n, n, ld), None, &mut f2, &mut l2).unwrap();
                        assert_eq!((f, l), (f2, l2));
                        let got =
                            schur_eigs(MatRef::from_col_major(&t, n, n, ld).submatrix(l, l, moved.len(), moved.len()));
                        assert!(same_eigs(&moved, &got, 100.0 * eps::<T>()), "{} {blocks:?} {ifst}->{ilst}", T::PREFIX);
                        if T::IS_COMPLEX {
                            assert_eq!((f, l), (ifst, ilst));
                        } else {
                            assert_eq!(f, start(ifst));
                        }
                    }
                }
            }
        }

        #[test]
        fn trexc_moves_every_block_everywhere() {
            trexc_all::<f32>();
            trexc_all::<f64>();
            trexc_all::<c32>();
            trexc_all::<c64>();
        }

        /// Two equal, strongly non-normal 2x2 blocks with a small
        /// coupling: the swap would not decouple them to working accuracy,
        /// so it is refused and T left as it was.
        fn refused<T: Scalar>() {
            let n = 4;
            let (mut t, ld) = zeros::<T>(n);
            let mut set = |i: usize, j: usize, v: f64| t[i + j * ld] = re(v);
            // Found by a random search; the coupling scaled with the precision.
            let (b, c, t12) = if eps::<T>() < 1e-10 {
                (
                    1830.614844946609,
                    -386693.43457256263,
                    [2.0826660953209142e-8, -2.429233556474651e-9, 4.5784121911444175e-8, -1.8716632809334495e-8],
                )
            } else {
                let e = eps::<T>() / f64::EPSILON;
                (1830.6, -386693.4, [2.08e-8 * e, -2.43e-9 * e, 4.58e-8 * e, -1.87e-8 * e])
            };
            for k in [0, 2] {
                set(k, k, 1.0);
                set(k + 1, k + 1, 1.0);
                set(k, k + 1, b);
                set(k + 1, k, c);
            }
            set(0, 2, t12[0]);
            set(1, 2, t12[1]);
            set(0, 3, t12[2]);
            set(1, 3, t12[3]);
            let t0 = t.clone();
            let (mut q, ldq) = eye::<T>(n);
            let q0 = q.clone();
            let r = laexc(
                MatMut::from_col_major(&mut t, n, n, ld),
                Some(MatMut::from_col_major(&mut q, n, n, ldq)),
                0,
                2,
                2,
            );
            assert_eq!(r, Err(Info::new(1)), "{}", T::PREFIX);
            assert!(t == t0 && q == q0);
            let (mut f, mut l) = (3, 0);
            let r = trexc(MatMut::from_col_major(&mut t, n, n, ld), None, &mut f, &mut l);
            assert_eq!(r, Err(Info::new(1)));
            assert_eq!((f, l), (2, 2));
            assert!(t == t0);
        }

        #[test]
        fn ill_conditioned_swap_is_refused() {
            refused::<f32>();
            refused::<f64>();
        }

        fn nan_ends<T: Scalar>() {
            for blocks in [&[1usize, 2, 1][..], &[2, 2]] {
                let (mut t, ld, n) = schur_form::<T>(blocks, 9);
                t[ld] = T::from_real(<T::Real as RealScalar>::from_f64(f64::NAN));
                let (mut f, mut l) = (n - 1, 0);
                let _ = trexc(MatMut::from_col_major(&mut t, n, n, ld), None, &mut f, &mut l);
                assert!(l < n);
            }
        }

        #[test]
        fn nan_does_not_hang() {
            nan_ends::<f32>();
            nan_ends::<f64>();
            nan_ends::<c32>();
            nan_ends::<c64>();
        }
    }
}
