//! Cuppen's divide and conquer for the symmetric tridiagonal eigenproblem
//! (`?stedc`, `?laed0`, `?laed1`).
//!
//! The matrix is torn at `2^L - 1` off-diagonal elements into leaves of at
//! most [`smlsiz`] rows, solved by [`steqr`](super::steqr); neighbours are
//! merged bottom-up, each merge a rank-one update `D + rho z z^T` of the
//! two halves' eigenvalues. A merge deflates the components of `z` that are
//! negligible and the pairs of nearly equal eigenvalues (by a plane
//! rotation), solves the secular equation for the rest ([`laed4`]), rebuilds
//! `z` from the computed roots (Löwner's formula, Gu and Eisenstat) so that
//! the eigenvectors come out orthogonal, and multiplies them into the
//! halves' eigenvectors with two GEMMs that skip the structural zeros.

// Index loops over several parallel arrays read more plainly than zipped iterators.
#![allow(clippy::needless_range_loop)]

use super::qr::{scale_vec, sort_with_vectors};
use super::secular::laed4;
use super::small::lamrg;
use super::tree::{laed0_tree, laed0_tree_req};
use super::{steqr, steqr_req, sterf, Compz};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacp2, lacpy, lacrm, laset, Part};
use ferroblas_kernels::aux::norms::{lanst, Norm};
use ferroblas_kernels::aux::scalars::{lamch, lapy2, Machine};
use ferroblas_kernels::{level1, MatMut, MatRef, RealScalar, Scalar, Trans, VecMut, VecRef};
use ferroblas_relapack::level3::Level3;

/// The reference's leaf size, `ILAENV(9, 'xSTEDC', ...)`: problems of at
/// most this order are solved by [`steqr`](super::steqr).
pub fn smlsiz() -> usize {
    let v = ferroblas_kernels::aux::tuning::ilaenv(9, "DSTEDC", " ", 0, 0, 0, 0);
    usize::try_from(v).ok().filter(|&v| v >= 1).unwrap_or(25)
}

/// The number of halvings that brings `n` down to leaves of at most `leaf` rows.
pub(super) fn levels(n: usize, leaf: usize) -> u32 {
    let mut l = 0;
    while n.div_ceil(1 << l) > leaf {
        l += 1;
    }
    l
}

/// The workspace of [`laed1`] for order `n` cut after `cutpnt`: `3n`
/// reals for the updating vector and the secular equation's poles and
/// weights, then the packed eigenvectors [`laed2`] leaves for [`laed3`]
/// (at most `n1^2 + n2^2` with `n2 = n - n1`) followed by [`laed3`]'s
/// scratch (at most `n2 n`), and `4n` integers. For the halving cut
/// (`cutpnt = n / 2`) that is within the `n^2 + 4n` reals the reference's
/// `?laed1` states.
pub fn laed1_req<R: RealScalar>(n: usize, cutpnt: usize) -> WorkReq {
    WorkReq::new::<R>(3 * n + laed1_tail(n, cutpnt)).and(WorkReq::new::<usize>(4 * n))
}

/// The reals [`laed1`] needs after its three vectors.
fn laed1_tail(n: usize, cutpnt: usize) -> usize {
    let (n1, n2) = (cutpnt.min(n), n - cutpnt.min(n));
    (n * n + n).max(n1 * n1 + n2 * n2 + n1.max(n2) * n)
}

/// The workspace of [`laed0`] for order `n` (eigenvectors of the tridiagonal
/// matrix): the leaves' rotations or one merge, plus the permutation.
pub fn laed0_req<R: RealScalar>(n: usize) -> WorkReq {
    WorkReq::new::<usize>(n)
        .and(WorkReq::new::<R>(n * n))
        .and(laed1_req::<R>(n, n / 2).or(steqr_req::<R>(Compz::Init, n)))
}

/// Merges two solved halves (`?laed1`): on entry `q` (`n x n`) is
/// `diag(Q1, Q2)` with `Q1` of order `cutpnt`, `d` their eigenvalues, and
/// `indxq[..cutpnt]`, `indxq[cutpnt..]` the ascending orders of each half
/// (0-based, within the half); `rho` is the off-diagonal element where the
/// matrix was torn (the halves' touching diagonal elements already reduced by
/// `|rho|`). On return `d`, `q` hold the eigenpairs of the whole and
/// `indxq` its ascending order (`d[indxq[0]] <= d[indxq[1]] <= ...`).
/// The merge is [`laed2`] (deflation) then [`laed3`] (the secular equation
/// and the eigenvectors), as the reference composes them.
/// `Err(Info::new(1))` when the secular equation did not converge.
pub fn laed1<R: RealScalar>(
    d: &mut [R],
    mut q: MatMut<'_, R>,
    indxq: &mut [usize],
    rho: R,
    cutpnt: usize,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = d.len();
    if n == 0 {
        return Ok(());
    }
    let (rw, mut work) = work.take::<R>(3 * n + laed1_tail(n, cutpnt));
    let (iw, _) = work.take::<usize>(4 * n);
    let (z, rw) = rw.split_at_mut(n);
    let (dlamda, rw) = rw.split_at_mut(n);
    let (w, q2) = rw.split_at_mut(n);
    let (indx, iw) = iw.split_at_mut(n);
    let (indxc, iw) = iw.split_at_mut(n);
    let (indxp, coltyp) = iw.split_at_mut(n);
    // The updating vector: the last row of Q1 and the first of Q2.
    for j in 0..cutpnt {
        z[j] = q.get(cutpnt - 1, j);
    }
    for j in cutpnt..n {
        z[j] = q.get(cutpnt, j);
    }
    let defl = laed2(cutpnt, d, q.rb_mut(), indxq, rho, z, dlamda, w, q2, indx, indxc, indxp, coltyp);
    let k = defl.k;
    if k == 0 {
        for (i, x) in indxq.iter_mut().enumerate() {
            *x = i;
        }
        return Ok(());
    }
    // laed3's scratch follows the packed eigenvectors it reads.
    let packed = defl.packed_len(n, cutpnt);
    let (q2, s) = q2.split_at_mut(packed);
    laed3(k, cutpnt, d, q, defl.rho, dlamda, q2, indxc, defl.ctot, w, s, par)?;
    // The new eigenvalues ascend; the deflated ones (laed2) descend.
    lamrg(k, d, true, false, indxq);
    Ok(())
}

/// What [`laed2`] found: the order `k` of the secular equation, the
/// `rho` it is to be solved with, and the number of columns of each kind in
/// the packed eigenvectors.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Deflation<R> {
    /// Non-deflated eigenvalues: the order of the secular equation.
    pub k: usize,
    /// `|2 rho|`: the weight of the unit-norm updating vector.
    pub rho: R,
    /// Columns nonzero in the top half only, in both (dense), in the bottom
    /// half only, and deflated (the reference's CTOT).
    pub ctot: [usize; 4],
}

impl<R> Deflation<R> {
    /// The reals of the packed non-deflated eigenvectors at the head of
    /// [`laed2`]'s `q2`: the top `n1` rows of the first two kinds, then the
    /// bottom `n - n1` rows of the middle two.
    pub fn packed_len(&self, n: usize, n1: usize) -> usize {
        let [c1, c2, c3, _] = self.ctot;
        n1 * (c1 + c2) + (n - n1) * (c2 + c3)
    }
}

/// The deflation walk shared by [`laed2`] and [`laed8`]: visits the
/// eigenpairs in ascending order (`order`: positions in `d`, `z`), deflates
/// those whose `z` component is at most `tol / rho` and, of two neighbours
/// with close eigenvalues, the first after a plane rotation `(c, s)` that
/// zeroes its `z` component (`rotate(p, j, c, s)` applies it to the
/// eigenvectors of `p` and `j`; `d` takes the rotated eigenvalues). The
/// survivors go to `indxp[..k]` with their poles and weights in
/// `dlamda[..k]`, `w[..k]`; the deflated to `indxp[k..]`, their eigenvalues
/// descending. Returns `k`.
#[allow(clippy::too_many_arguments)]
fn deflate<R: RealScalar>(
    order: &[usize],
    d: &mut [R],
    z: &mut [R],
    rho: R,
    tol: R,
    dlamda: &mut [R],
    w: &mut [R],
    indxp: &mut [usize],
    mut rotate: impl FnMut(usize, usize, R, R),
) -> usize {
    let n = order.len();
    // Survivors fill indxp from the front, deflated columns from the back.
    let (mut k, mut k2) = (0, n);
    let mut pj: Option<usize> = None;
    for &nj in order {
        if rho * z[nj].abs() <= tol {
            // A negligible component.
            k2 -= 1;
            indxp[k2] = nj;
            continue;
        }
        let Some(p) = pj else {
            pj = Some(nj);
            continue;
        };
        // Close eigenvalues: rotate z[p] into z[nj] if the rotation perturbs
        // the matrix by no more than the tolerance.
        let tau = lapy2(z[nj], z[p]);
        let c = z[nj] / tau;
        let s = -z[p] / tau;
        if ((d[nj] - d[p]) * c * s).abs() <= tol {
            z[nj] = tau;
            z[p] = R::zero();
            rotate(p, nj, c, s);
            let dp = d[p] * c * c + d[nj] * s * s;
            d[nj] = d[p] * s * s + d[nj] * c * c;
            d[p] = dp;
            // Keep the deflated eigenvalues descending: insert p after the
            // larger ones.
            k2 -= 1;
            let mut i = k2;
            while i + 1 < n && d[p] < d[indxp[i + 1]] {
                indxp[i] = indxp[i + 1];
                i += 1;
            }
            indxp[i] = p;
        } else {
            dlamda[k] = d[p];
            w[k] = z[p];
            indxp[k] = p;
            k += 1;
        }
        pj = Some(nj);
    }
    if let Some(p) = pj {
        dlamda[k] = d[p];
        w[k] = z[p];
        indxp[k] = p;
        k += 1;
    }
    k
}

/// The deflation step of a divide-and-conquer merge (`?laed2`).
///
/// On entry `q` (`n x n`) is `diag(Q1, Q2)` (`Q1` of order `n1`), `d` the
/// eigenvalues of the halves, `indxq` the ascending orders of each half
/// (0-based within the half; the second half's entries are shifted by `n1`
/// here), `rho` the torn off-diagonal element and `z` the updating vector
/// (the last row of `Q1`, the first of `Q2`; destroyed). The rank-one update
/// is normalized to `D + |2 rho| u u^T` with `|u| = 1`; components of `u`
/// below `8 eps max(|d|, |z|)` deflate their eigenpair, and so do pairs of
/// close eigenvalues after a plane rotation of their eigenvectors (applied to
/// `q`) zeroes one component.
///
/// On return, for the `k` survivors: `dlamda[..k]` (ascending) and
/// `w[..k]` the poles and weights of the secular equation; `q2` their
/// eigenvectors packed by kind (see [`Deflation::packed_len`]), grouped
/// top-only, dense, bottom-only, then the deflated columns whole (`n^2`
/// reals always suffice; the packed part is at most `n1^2 + (n - n1)^2`); `indx`
/// that grouped order of the columns (their indices in `q` on entry) and
/// `indxc` each grouped column's position in `dlamda`; `indxp[..k]` the
/// survivors and `indxp[k..]` the deflated columns, whose eigenvalues go to
/// `d[k..]` (descending) and eigenvectors to `q[:, k..]`. `coltyp[j]` is the
/// kind of column `j` (0 top-only, 1 dense, 2 bottom-only, 3 deflated).
/// When the whole update is negligible (`k = 0`) `d` and `q` are instead
/// sorted ascending, `indxc` holds the merge permutation and `indx` the sorted
/// order; `indxp` and `coltyp` are scratch then.
#[allow(clippy::too_many_arguments)]
pub fn laed2<R: RealScalar>(
    n1: usize,
    d: &mut [R],
    mut q: MatMut<'_, R>,
    indxq: &mut [usize],
    rho: R,
    z: &mut [R],
    dlamda: &mut [R],
    w: &mut [R],
    q2: &mut [R],
    indx: &mut [usize],
    indxc: &mut [usize],
    indxp: &mut [usize],
    coltyp: &mut [usize],
) -> Deflation<R> {
    let n = d.len();
    let zero = R::zero();
    if n == 0 {
        return Deflation { k: 0, rho, ctot: [0; 4] };
    }
    let n2 = n - n1;
    // |z| = sqrt 2 (two unit rows): scale it to unit norm, with the sign of
    // rho moved into the second half.
    if rho < zero {
        for x in z[n1..n].iter_mut() {
            *x = -*x;
        }
    }
    let rs = R::one() / R::from_f64(2.0).sqrt();
    for x in z[..n].iter_mut() {
        *x *= rs;
    }
    let rho = (rho + rho).abs();

    // The ascending order of both halves together.
    for x in indxq[n1..n].iter_mut() {
        *x += n1;
    }
    for i in 0..n {
        dlamda[i] = d[indxq[i]];
    }
    lamrg(n1, &dlamda[..n], true, true, indxc);
    for i in 0..n {
        indx[i] = indxq[indxc[i]];
    }

    let eps = lamch::<R>(Machine::Eps);
    let zmax = z[..n].iter().fold(zero, |m, x| m.max(x.abs()));
    let dmax = d.iter().fold(zero, |m, x| m.max(x.abs()));
    let tol = R::from_f64(8.0) * eps * dmax.max(zmax);

    if rho * zmax <= tol {
        // Nothing to merge: sort the eigenpairs in place (column swaps that
        // follow where each original column went).
        let (pos, at) = (indxp, coltyp);
        for i in 0..n {
            pos[i] = i;
            at[i] = i;
        }
        for j in 0..n {
            let src = pos[indx[j]];
            if src != j {
                let (l, r) = q.rb_mut().split_at_col(src);
                level1::swap(l.col_mut(j), r.col_mut(0));
                d.swap(j, src);
                let moved = at[j];
                at[src] = moved;
                pos[moved] = src;
                at[j] = indx[j];
                pos[indx[j]] = j;
            }
        }
        return Deflation { k: 0, rho, ctot: [0; 4] };
    }

    // Kinds: 0 top-only, 1 dense, 2 bottom-only, 3 deflated.
    for (j, c) in coltyp[..n].iter_mut().enumerate() {
        *c = if j < n1 { 0 } else { 2 };
    }
    let survivors = deflate(&indx[..n], d, z, rho, tol, dlamda, w, indxp, |p, nj, c, s| {
        if coltyp[nj] != coltyp[p] {
            coltyp[nj] = 1;
        }
        let (a, b) = two_cols(q.rb_mut(), p, nj);
        level1::rot(a, b, c, s);
    });
    for &j in &indxp[survivors..n] {
        coltyp[j] = 3;
    }

    // Group the columns by kind, each group in indxp's order.
    let mut ctot = [0usize; 4];
    for &c in coltyp[..n].iter() {
        ctot[c] += 1;
    }
    let k = n - ctot[3];
    let mut psm = [0, ctot[0], ctot[0] + ctot[1], ctot[0] + ctot[1] + ctot[2]];
    for j in 0..n {
        let js = indxp[j];
        let ct = coltyp[js];
        indx[psm[ct]] = js;
        indxc[psm[ct]] = j;
        psm[ct] += 1;
    }

    // Pack the survivors' nonzero parts into q2 (z keeps their eigenvalues
    // in the grouped order), then the deflated columns behind them.
    let top_len = n1 * (ctot[0] + ctot[1]);
    let bottom_len = n2 * (ctot[1] + ctot[2]);
    let (top, rest) = q2.split_at_mut(top_len);
    let (bottom, defl) = rest.split_at_mut(bottom_len);
    let (mut it, mut ib, mut id) = (0, 0, 0);
    for (i, &js) in indx[..n].iter().enumerate() {
        let col = q.rb().col(js);
        match coltyp[js] {
            0 | 1 => {
                level1::copy(col.subvec(0, n1), VecMut::from_slice(&mut top[it..it + n1]));
                it += n1;
            }
            _ => {}
        }
        match coltyp[js] {
            1 | 2 => {
                level1::copy(col.subvec(n1, n2), VecMut::from_slice(&mut bottom[ib..ib + n2]));
                ib += n2;
            }
            3 => {
                level1::copy(col, VecMut::from_slice(&mut defl[id..id + n]));
                id += n;
            }
            _ => {}
        }
        z[i] = d[js];
    }
    if k < n {
        let src = MatRef::from_col_major(&defl[..id], n, n - k, n);
        lacpy(Part::Full, src, q.rb_mut().submatrix(0, k, n, n - k));
        d[k..n].copy_from_slice(&z[k..n]);
    }
    Deflation { k, rho, ctot }
}

/// Two distinct columns of `q`, mutably.
fn two_cols<T: Scalar>(q: MatMut<'_, T>, a: usize, b: usize) -> (VecMut<'_, T>, VecMut<'_, T>) {
    if a < b {
        let (l, r) = q.split_at_col(b);
        (l.col_mut(a), r.col_mut(0))
    } else {
        let (l, r) = q.split_at_col(a);
        (r.col_mut(0), l.col_mut(b))
    }
}

/// What [`laed8`] found: the order `k` of the secular equation, the `rho`
/// to solve it with and the number of plane rotations it recorded.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Deflation8<R> {
    /// Non-deflated eigenvalues.
    pub k: usize,
    /// `|2 rho|`: the weight of the unit-norm updating vector.
    pub rho: R,
    /// Rotations recorded in `givcol`, `givnum`.
    pub givens: usize,
}

/// The deflation step of a merge when the eigenvectors wanted are those of
/// the original dense matrix (`?laed8`, and `?laed8` of the complex
/// types, whose `q` is complex): `q` (`qsiz x n`, `qsiz` 0 for eigenvalues
/// only) holds the current eigenvectors of the two halves (`n1` and
/// `n - n1` columns), `d` their eigenvalues, `indxq` the ascending order of
/// each half (0-based within the half; the second half's entries are
/// shifted by `n1` here), `z` the updating vector (destroyed), `rho` the torn
/// off-diagonal element. Deflation as in [`laed2`] (tolerance
/// `8 eps max|d|`), the rotations applied to `q` and recorded as the column
/// pairs `givcol` (columns of `q` on entry) and `(c, s)` in `givnum`.
///
/// On return `dlamda[..k]`, `w[..k]` are the secular equation's poles
/// (ascending) and weights; `perm[j]` is the column of `q` on entry whose
/// (rotated) eigenvector is `j`-th in the new order: the `k` survivors, then
/// the deflated ones (their eigenvalues, descending, in `d[k..]`, their
/// vectors in `q[:, k..]`); `q2` (`qsiz x n`) holds the survivors'
/// eigenvectors in its first `k` columns. `indx` (ascending order of the
/// merged eigenvalues) and `indxp` (survivors then deflated, in that order)
/// are the positions used on the way. When the update is negligible
/// (`k = 0`) `q` and `perm` are instead the ascending order and `indxp` is
/// untouched.
#[allow(clippy::too_many_arguments)]
pub fn laed8<T: Scalar>(
    n1: usize,
    d: &mut [T::Real],
    mut q: MatMut<'_, T>,
    indxq: &mut [usize],
    rho: T::Real,
    z: &mut [T::Real],
    dlamda: &mut [T::Real],
    mut q2: MatMut<'_, T>,
    w: &mut [T::Real],
    perm: &mut [usize],
    givcol: &mut [[usize; 2]],
    givnum: &mut [[T::Real; 2]],
    indxp: &mut [usize],
    indx: &mut [usize],
) -> Deflation8<T::Real> {
    let n = d.len();
    let zero = T::Real::zero();
    if n == 0 {
        return Deflation8 { k: 0, rho, givens: 0 };
    }
    let qsiz = q.nrows();
    if rho < zero {
        for x in z[n1..n].iter_mut() {
            *x = -*x;
        }
    }
    let rs = T::Real::one() / T::Real::from_f64(2.0).sqrt();
    for x in z[..n].iter_mut() {
        *x *= rs;
    }
    let rho = (rho + rho).abs();

    // d and z in the merged ascending order (indx maps back through indxq).
    for x in indxq[n1..n].iter_mut() {
        *x += n1;
    }
    for i in 0..n {
        dlamda[i] = d[indxq[i]];
        w[i] = z[indxq[i]];
    }
    lamrg(n1, &dlamda[..n], true, true, indx);
    for i in 0..n {
        d[i] = dlamda[indx[i]];
        z[i] = w[indx[i]];
    }
    let eps = lamch::<T::Real>(Machine::Eps);
    let zmax = z[..n].iter().fold(zero, |m, x| m.max(x.abs()));
    let dmax = d.iter().fold(zero, |m, x| m.max(x.abs()));
    let tol = T::Real::from_f64(8.0) * eps * dmax;

    if rho * zmax <= tol {
        for j in 0..n {
            perm[j] = indxq[indx[j]];
        }
        if qsiz > 0 {
            for j in 0..n {
                level1::copy(q.rb().col(perm[j]), q2.rb_mut().col_mut(j));
            }
            lacpy(Part::Full, q2.rb().submatrix(0, 0, qsiz, n), q.rb_mut());
        }
        return Deflation8 { k: 0, rho, givens: 0 };
    }

    // perm holds the identity order meanwhile: d and z are sorted already.
    for (j, x) in perm[..n].iter_mut().enumerate() {
        *x = j;
    }
    let mut givens = 0;
    let k = deflate(&perm[..n], d, z, rho, tol, dlamda, w, indxp, |p, j, c, s| {
        let (a, b) = (indxq[indx[p]], indxq[indx[j]]);
        givcol[givens] = [a, b];
        givnum[givens] = [c, s];
        givens += 1;
        if qsiz > 0 {
            let (x, y) = two_cols(q.rb_mut(), a, b);
            level1::rot(x, y, c, s);
        }
    });
    for j in 0..n {
        let jp = indxp[j];
        dlamda[j] = d[jp];
        perm[j] = indxq[indx[jp]];
        if qsiz > 0 {
            level1::copy(q.rb().col(perm[j]), q2.rb_mut().col_mut(j));
        }
    }
    if k < n {
        d[k..n].copy_from_slice(&dlamda[k..n]);
        if qsiz > 0 {
            lacpy(Part::Full, q2.rb().submatrix(0, k, qsiz, n - k), q.submatrix(0, k, qsiz, n - k));
        }
    }
    Deflation8 { k, rho, givens }
}

/// The roots `roots` (0-based) of the secular equation
/// `1 + rho sum_i w_i^2 / (dlamda_i - lambda)` into `d[roots]` and, once all
/// `k = dlamda.len()` roots are there, the unit eigenvectors of
/// `diag(dlamda) + rho w w^T` into the columns of `q` (`k x k`, which first
/// holds [`laed4`]'s differences): for `k >= 3` from the `w` recomputed by
/// Löwner's formula from the computed roots (Gu and Eisenstat), for which
/// the roots are exact, so that the vectors come out orthogonal. `w` is
/// overwritten by that vector; `sign` is scratch of `k` reals.
fn secular_vectors<R: RealScalar>(
    roots: std::ops::Range<usize>,
    dlamda: &[R],
    w: &mut [R],
    mut q: MatMut<'_, R>,
    rho: R,
    d: &mut [R],
    sign: &mut [R],
) -> Result<(), Info> {
    let k = dlamda.len();
    for j in roots {
        let col = &mut q.col_slice_mut(j).expect("column-major Q")[..k];
        let (lam, r) = laed4(j, dlamda, w, col, rho);
        r?;
        d[j] = lam;
    }
    // k = 1, 2: laed4 left the unit eigenvectors themselves.
    if k >= 3 {
        sign[..k].copy_from_slice(&w[..k]);
        for i in 0..k {
            let mut p = q.get(i, i);
            for j in 0..k {
                if j != i {
                    p *= q.get(i, j) / (dlamda[i] - dlamda[j]);
                }
            }
            w[i] = (-p).sqrt().copysign(sign[i]);
        }
        for j in 0..k {
            let col = &mut q.col_slice_mut(j).expect("column-major Q")[..k];
            for i in 0..k {
                col[i] = w[i] / col[i];
            }
            let nrm = level1::nrm2(VecRef::from_slice(col));
            for x in col.iter_mut() {
                *x /= nrm;
            }
        }
    }
    Ok(())
}

/// The secular equation of a merge after [`laed8`] (`?laed9`): the roots
/// `kstart..kstop` (0-based, half-open) of
/// `1 + rho sum_i w_i^2 / (dlamda_i - lambda)` (`k = dlamda.len()` poles,
/// ascending) into `d`, and the unit eigenvectors of
/// `diag(dlamda) + rho w w^T` into `s` (`k x k`; all roots must be
/// computed for them), made orthogonal by recomputing `w` (overwritten)
/// from the roots (Löwner's formula). `q` (`k x k`) is scratch.
/// `Err(Info::new(1))` when the secular equation did not converge.
#[allow(clippy::too_many_arguments)]
pub fn laed9<R: RealScalar>(
    kstart: usize,
    kstop: usize,
    d: &mut [R],
    mut q: MatMut<'_, R>,
    rho: R,
    dlamda: &[R],
    w: &mut [R],
    mut s: MatMut<'_, R>,
) -> Result<(), Info> {
    let k = dlamda.len();
    if k == 0 {
        return Ok(());
    }
    // s's first column holds the signs of w meanwhile, as the reference has it.
    let sign = &mut s.col_slice_mut(0).expect("column-major S")[..k];
    secular_vectors(kstart..kstop, dlamda, w, q.rb_mut().submatrix(0, 0, k, k), rho, d, sign)?;
    lacpy(Part::Full, q.rb().submatrix(0, 0, k, k), s.submatrix(0, 0, k, k));
    Ok(())
}

/// The secular equation and the eigenvectors of a merge (`?laed3`), after
/// [`laed2`]: `dlamda[..k]`, `w[..k]` (destroyed), `rho`, the packed
/// eigenvectors `q2`, `indx` (laed2's `indxc`: each grouped column's position
/// in `dlamda`) and `ctot` as [`laed2`] left them. On return `d[..k]` holds
/// the new eigenvalues (ascending) and `q[:, ..k]` (`n x n`) their
/// eigenvectors: the eigenvectors of `diag(dlamda) + rho w w^T`, made
/// orthogonal by recomputing `w` from the computed roots (Löwner's formula,
/// Gu and Eisenstat), multiplied into the halves' eigenvectors by two GEMMs
/// that skip the structural zeros. `s` is scratch of at least
/// `max(ctot[0] + ctot[1], ctot[1] + ctot[2], 1) k` reals.
/// `Err(Info::new(1))` when the secular equation did not converge.
#[allow(clippy::too_many_arguments)]
pub fn laed3<R: RealScalar>(
    k: usize,
    n1: usize,
    d: &mut [R],
    mut q: MatMut<'_, R>,
    rho: R,
    dlamda: &[R],
    q2: &[R],
    indx: &[usize],
    ctot: [usize; 4],
    w: &mut [R],
    s: &mut [R],
    par: Par,
) -> Result<(), Info> {
    if k == 0 {
        return Ok(());
    }
    let n = q.nrows();
    let n2 = n - n1;
    let dl = &dlamda[..k];
    secular_vectors(0..k, dl, &mut w[..k], q.rb_mut().submatrix(0, 0, k, k), rho, d, &mut s[..k])?;
    if k >= 2 {
        // Rows in the grouped order of the packed eigenvectors.
        for j in 0..k {
            for i in 0..k {
                s[i] = q.get(i, j);
            }
            for i in 0..k {
                q.set(i, j, s[indx[i]]);
            }
        }
    }

    // The eigenvectors of the whole: bottom rows from the dense and
    // bottom-only groups, top rows from the top-only and dense ones.
    let l3 = Level3::new(par);
    let (n12, n23) = (ctot[0] + ctot[1], ctot[1] + ctot[2]);
    let (q2top, q2bottom) = q2.split_at(n1 * n12);
    let mut sm = MatMut::from_col_major(&mut s[..n23 * k], n23, k, n23.max(1));
    lacpy(Part::Full, q.rb().submatrix(ctot[0], 0, n23, k), sm.rb_mut());
    let a = MatRef::from_col_major(&q2bottom[..n2 * n23], n2, n23, n2.max(1));
    gemm_or_zero(&l3, a, sm.into_ref(), q.rb_mut().submatrix(n1, 0, n2, k));
    let mut sm = MatMut::from_col_major(&mut s[..n12 * k], n12, k, n12.max(1));
    lacpy(Part::Full, q.rb().submatrix(0, 0, n12, k), sm.rb_mut());
    let a = MatRef::from_col_major(&q2top[..n1 * n12], n1, n12, n1.max(1));
    gemm_or_zero(&l3, a, sm.into_ref(), q.submatrix(0, 0, n1, k));
    Ok(())
}

/// `c := a b`, or zero when the inner dimension is empty.
fn gemm_or_zero<R: RealScalar>(l3: &Level3, a: MatRef<'_, R>, b: MatRef<'_, R>, mut c: MatMut<'_, R>) {
    if a.ncols() == 0 {
        laset(Part::Full, R::zero(), R::zero(), c.rb_mut());
    } else {
        l3.gemm(Trans::No, Trans::No, R::one(), a, b, R::zero(), c);
    }
}

/// Divide and conquer on one unreduced block (`?laed0` with `ICOMPQ = 2`):
/// on return `q` (`n x n`) holds the eigenvectors, `d` the eigenvalues,
/// both in ascending order; `e` is destroyed. `Err` as the reference's
/// `?laed0`: `submat (n + 1) + submat + size - 1` (1-based `submat`) for the
/// sub-problem that failed.
pub fn laed0<R: RealScalar>(
    d: &mut [R],
    e: &mut [R],
    mut q: MatMut<'_, R>,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = d.len();
    if n == 0 {
        return Ok(());
    }
    let leaf = smlsiz();
    let lv = levels(n, leaf);
    let nleaf = 1usize << lv;
    let bound = |k: usize| k * n / nleaf;
    let fail = |start: usize, size: usize| Info::new((start + 1) * (n + 1) + start + size);
    let (indxq, mut work) = work.take::<usize>(n);
    // Tear the matrix at each leaf boundary.
    for k in 1..nleaf {
        let b = bound(k);
        let a = e[b - 1].abs();
        d[b - 1] -= a;
        d[b] -= a;
    }
    laset(Part::Full, R::zero(), R::zero(), q.rb_mut());
    for k in 0..nleaf {
        let (s, t) = (bound(k), bound(k + 1));
        let m = t - s;
        let qb = q.rb_mut().submatrix(s, s, m, m);
        steqr(Compz::Init, &mut d[s..t], &mut e[s..t.max(s + 1) - 1], qb, work.rb_mut()).map_err(|_| fail(s, m))?;
        for (i, x) in indxq[s..t].iter_mut().enumerate() {
            *x = i;
        }
    }
    for level in (0..lv).rev() {
        let parts = 1usize << level;
        let step = nleaf / parts;
        for k in 0..parts {
            let (s, t) = (bound(k * step), bound((k + 1) * step));
            let cut = bound(k * step + step / 2);
            let rho = e[cut - 1];
            let qb = q.rb_mut().submatrix(s, s, t - s, t - s);
            laed1(&mut d[s..t], qb, &mut indxq[s..t], rho, cut - s, par, work.rb_mut()).map_err(|_| fail(s, t - s))?;
        }
    }
    // Put the eigenpairs in ascending order.
    let (tmp, mut rest) = work.take::<R>(n * n);
    let (dt, _) = rest.take::<R>(n);
    let mut qt = MatMut::from_col_major(tmp, n, n, n);
    for (j, &p) in indxq.iter().enumerate() {
        dt[j] = d[p];
        level1::copy(q.rb().col(p), qt.rb_mut().col_mut(j));
    }
    d.copy_from_slice(dt);
    lacpy(Part::Full, qt.into_ref(), q);
    Ok(())
}

/// The workspace sizes the reference's `?stedc` asks for (`LWORK`,
/// `LRWORK` (complex only, else 0), `LIWORK`), as its query answers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StedcSizes {
    /// Elements of `WORK`.
    pub lwork: usize,
    /// Reals of `RWORK` (complex routines).
    pub lrwork: usize,
    /// Integers of `IWORK`.
    pub liwork: usize,
}

/// The minimal workspace of the reference's `?stedc` for `compz`, order `n`
/// and leaf size `smlsiz` (what its workspace query returns).
pub fn stedc_sizes(complex: bool, compz: Compz, n: usize, smlsiz: usize) -> StedcSizes {
    let ones = StedcSizes { lwork: 1, lrwork: 1, liwork: 1 };
    if n <= 1 || compz == Compz::None {
        return ones;
    }
    if n <= smlsiz {
        return if complex {
            StedcSizes { lwork: 1, lrwork: 2 * (n - 1), liwork: 1 }
        } else {
            StedcSizes { lwork: 2 * (n - 1), lrwork: 1, liwork: 1 }
        };
    }
    let mut lgn = (n as f64).ln() / 2f64.ln();
    lgn = lgn.trunc();
    let mut lgn = lgn as usize;
    if (1usize << lgn) < n {
        lgn += 1;
    }
    if (1usize << lgn) < n {
        lgn += 1;
    }
    match (complex, compz) {
        (false, Compz::Update) => {
            StedcSizes { lwork: 1 + 3 * n + 2 * n * lgn + 4 * n * n, lrwork: 1, liwork: 6 + 6 * n + 5 * n * lgn }
        }
        (false, _) => StedcSizes { lwork: 1 + 4 * n + n * n, lrwork: 1, liwork: 3 + 5 * n },
        (true, Compz::Update) => {
            StedcSizes { lwork: n * n, lrwork: 1 + 3 * n + 2 * n * lgn + 4 * n * n, liwork: 6 + 6 * n + 5 * n * lgn }
        }
        (true, _) => StedcSizes { lwork: 1, lrwork: 1 + 4 * n + 2 * n * n, liwork: 3 + 5 * n },
    }
}

/// The workspace of [`stedc`] for `compz`, order `n` and `z` of `nrows`
/// rows.
pub fn stedc_req<T: Scalar>(compz: Compz, n: usize, nrows: usize) -> WorkReq {
    if compz == Compz::None || n <= 1 {
        return WorkReq::EMPTY;
    }
    if n <= smlsiz() {
        return steqr_req::<T>(compz, n);
    }
    if compz == Compz::Init {
        return WorkReq::new::<T::Real>(n * n).and(laed0_req::<T::Real>(n));
    }
    // COMPZ = V: the tree on a block, or a small block's eigenvectors and product.
    let leaf = smlsiz().min(n);
    let product =
        WorkReq::new::<T>(nrows * leaf).and(WorkReq::new::<T::Real>(if T::IS_COMPLEX { 2 * nrows * leaf } else { 0 }));
    let small = WorkReq::new::<T::Real>(leaf * leaf).and(steqr_req::<T::Real>(Compz::Init, leaf).or(product));
    WorkReq::new::<T>(nrows * n).and(laed0_tree_req::<T>(n, nrows)).or(small)
}

/// The last row (inclusive) of the unreduced block that starts at row
/// `start`: the matrix splits after the first off-diagonal element that is
/// negligible against the geometric mean of its diagonal neighbours.
fn block_end<R: RealScalar>(d: &[R], e: &[R], start: usize, eps: R) -> usize {
    let mut finish = start;
    while finish + 1 < d.len() {
        let tiny = eps * d[finish].abs().sqrt() * d[finish + 1].abs().sqrt();
        if e[finish].abs() > tiny {
            finish += 1;
        } else {
            break;
        }
    }
    finish
}

/// `z` (`m x n`) multiplied by the eigenvectors of the tridiagonal matrix,
/// as the reference's `?stedc` with `COMPZ = V` does it: each unreduced
/// block above [`smlsiz`] by the merge tree of `?laed0` (`ICOMPQ = 1`) and
/// `c/zlaed0` ([`laed0_tree`]), which updates `z`'s columns merge by merge,
/// the smaller blocks by [`steqr`] and one product; then sorted ascending.
fn stedc_update<T: Scalar>(
    d: &mut [T::Real],
    e: &mut [T::Real],
    mut z: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = d.len();
    let m = z.nrows();
    let leaf = smlsiz();
    let orgnrm = lanst::<T::Real>(Norm::Max, d, &e[..n - 1]);
    if orgnrm == T::Real::zero() {
        return Ok(());
    }
    let eps = lamch::<T::Real>(Machine::Eps);
    let mut start = 0;
    while start < n {
        let finish = block_end(d, e, start, eps);
        let mb = finish - start + 1;
        if mb > 1 {
            let db = &mut d[start..=finish];
            let eb = &mut e[start..finish];
            let zb = z.rb_mut().submatrix(0, start, m, mb);
            if mb > leaf {
                let nrm = lanst::<T::Real>(Norm::Max, db, eb);
                scale_vec(nrm, T::Real::one(), db);
                scale_vec(nrm, T::Real::one(), eb);
                let (qs, rest) = work.take::<T>(m * mb);
                let qs = MatMut::from_col_major(qs, m, mb, m.max(1));
                laed0_tree(db, eb, zb, qs, par, rest).map_err(|info| {
                    let i = info.get().get();
                    Info::new((i / (mb + 1) + start) * (n + 1) + i % (mb + 1) + start)
                })?;
                scale_vec(T::Real::one(), nrm, &mut d[start..=finish]);
            } else {
                let (qb, mut rest) = work.take::<T::Real>(mb * mb);
                let mut qv = MatMut::from_col_major(qb, mb, mb, mb);
                steqr(Compz::Init, db, eb, qv.rb_mut(), rest.rb_mut())
                    .map_err(|_| Info::new((start + 1) * (n + 1) + finish + 1))?;
                let (tb, mut rest) = rest.take::<T>(m * mb);
                let mut tmp = MatMut::from_col_major(tb, m, mb, m.max(1));
                lacpy(Part::Full, zb.rb(), tmp.rb_mut());
                let (rw, _) = rest.take::<T::Real>(if T::IS_COMPLEX { 2 * m * mb } else { 0 });
                mul_real(par, tmp.into_ref(), qv.into_ref(), zb, rw);
            }
        }
        start = finish + 1;
    }
    sort_with_vectors(d, z);
    Ok(())
}

/// The eigenvectors of the real tridiagonal matrix into `q` (`n x n`), by
/// divide and conquer on each unreduced block, sorted ascending.
fn stedc_real<R: RealScalar>(
    d: &mut [R],
    e: &mut [R],
    mut q: MatMut<'_, R>,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = d.len();
    let leaf = smlsiz();
    laset(Part::Full, R::zero(), R::one(), q.rb_mut());
    let orgnrm = lanst::<R>(Norm::Max, d, &e[..n - 1]);
    if orgnrm == R::zero() {
        return Ok(());
    }
    let eps = lamch::<R>(Machine::Eps);
    let mut start = 0;
    while start < n {
        let finish = block_end(d, e, start, eps);
        let m = finish - start + 1;
        if m > 1 {
            let db = &mut d[start..=finish];
            let eb = &mut e[start..finish];
            let qb = q.rb_mut().submatrix(start, start, m, m);
            if m > leaf {
                let nrm = lanst::<R>(Norm::Max, db, eb);
                scale_vec(nrm, R::one(), db);
                scale_vec(nrm, R::one(), eb);
                laed0(db, eb, qb, par, work.rb_mut()).map_err(|info| {
                    let i = info.get().get();
                    Info::new((i / (m + 1) + start) * (n + 1) + i % (m + 1) + start)
                })?;
                scale_vec(R::one(), nrm, &mut d[start..=finish]);
            } else {
                steqr(Compz::Init, db, eb, qb, work.rb_mut())
                    .map_err(|_| Info::new((start + 1) * (n + 1) + finish + 1))?;
            }
        }
        start = finish + 1;
    }
    sort_with_vectors(d, q);
    Ok(())
}

/// The eigenvalues, and optionally eigenvectors, of the symmetric tridiagonal
/// matrix with diagonal `d` (order `n = d.len()`) and off-diagonal `e`
/// (`n - 1` elements read) by Cuppen's divide and conquer (`?stedc`).
///
/// `compz`: [`Compz::None`] eigenvalues only (by [`sterf`], as the reference
/// does; `z` is not referenced); [`Compz::Init`] `z` (`n x n`) is set to the
/// eigenvectors; [`Compz::Update`] `z` (`n` columns, any number of rows:
/// typically the unitary matrix of the reduction to tridiagonal form) is
/// multiplied by them. Orders up to [`smlsiz`] go to [`steqr`]. On success `d`
/// holds the eigenvalues in ascending order with the columns of `z` in the
/// same order; `e` is destroyed. `Err` when an eigenvalue could not be
/// computed: for [`Compz::None`] as [`sterf`], otherwise the reference's
/// `INFO = i (n + 1) + j` for the failed sub-problem in rows and columns
/// `i..=j` (1-based).
pub fn stedc<T: Scalar>(
    compz: Compz,
    d: &mut [T::Real],
    e: &mut [T::Real],
    mut z: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = d.len();
    if compz == Compz::None {
        return sterf(d, e);
    }
    if n == 0 {
        return Ok(());
    }
    if n == 1 {
        if compz == Compz::Init {
            z.set(0, 0, T::one());
        }
        return Ok(());
    }
    if n <= smlsiz() {
        return steqr(compz, d, e, z, work);
    }
    if compz == Compz::Update {
        return stedc_update(d, e, z, par, work);
    }
    let (qbuf, mut work) = work.take::<T::Real>(n * n);
    let mut qr = MatMut::from_col_major(qbuf, n, n, n);
    stedc_real(d, e, qr.rb_mut(), par, work.rb_mut())?;
    lacp2(Part::Full, qr.into_ref(), z);
    Ok(())
}

/// `c := a b` for `a` of type `T` and a real `b`: one GEMM with the
/// caller's parallelism when `T` is real; for the complex types
/// [`lacrm`], with `rwork` of `2 m n` reals (`a` is `m x n`).
pub(super) fn mul_real<T: Scalar>(
    par: Par,
    a: MatRef<'_, T>,
    b: MatRef<'_, T::Real>,
    c: MatMut<'_, T>,
    rwork: &mut [T::Real],
) {
    if T::IS_COMPLEX {
        lacrm(a, b, c, rwork);
    } else {
        let (a, c) = (real_view(a), real_view_mut(c));
        Level3::new(par).gemm(Trans::No, Trans::No, T::Real::one(), a, b, T::Real::zero(), c);
    }
}

/// A real `T`'s matrix as a `T::Real` matrix (the same type).
fn real_view<T: Scalar>(a: MatRef<'_, T>) -> MatRef<'_, T::Real> {
    assert!(!T::IS_COMPLEX);
    // SAFETY: T is real, so T and T::Real are the same type (same layout);
    // the view keeps the dimensions, strides and lifetime.
    unsafe { MatRef::from_raw_parts(a.as_ptr().cast(), a.nrows(), a.ncols(), a.row_stride(), a.col_stride()) }
}

/// As [`real_view`], mutable.
fn real_view_mut<T: Scalar>(mut a: MatMut<'_, T>) -> MatMut<'_, T::Real> {
    assert!(!T::IS_COMPLEX);
    let (m, n, rs, cs) = (a.nrows(), a.ncols(), a.row_stride(), a.col_stride());
    // SAFETY: as in real_view; the mutable borrow moves into the new view.
    unsafe { MatMut::from_raw_parts(a.as_mut_ptr().cast(), m, n, rs, cs) }
}
