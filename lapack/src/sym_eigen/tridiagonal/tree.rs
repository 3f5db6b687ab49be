//! The divide-and-conquer merge tree of the reference's `?laed0` with
//! `ICOMPQ = 0, 1` and of `c/zlaed0` (`?laed7`, `?laeda`): used when the
//! eigenvectors wanted are those of the original dense matrix `Q T Q^H`
//! (or none), so the tridiagonal matrix's own eigenvectors are never formed.
//!
//! Each merge keeps what the merges above it need to rebuild their updating
//! vector `z` (the last row of the left child's eigenvectors and the first
//! row of the right child's): its plane rotations and permutation (from
//! [`laed8`]) and the small eigenvector matrix `S` of its secular equation
//! (from [`laed9`]). [`laeda`] replays them along the two spines that meet at
//! the cut. The dense eigenvectors, when wanted, are updated by one
//! `Q[:, ..k] = Q2 S` per merge.

// Index loops over several parallel arrays read more plainly than zipped iterators.
#![allow(clippy::needless_range_loop)]

use super::divide::{laed8, laed9, levels, mul_real, smlsiz};
use super::small::lamrg;
use super::{steqr, steqr_req, Compz};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::{level1, MatMut, MatRef, RealScalar, Scalar, VecRef};

/// The stored merge tree (the reference's QSTORE, QPTR, PRMPTR, PERM,
/// GIVPTR, GIVCOL, GIVNUM), 0-based. Nodes are numbered from the leaves
/// (level 0) up, left to right within a level ([`tree_node`]); node `i`'s
/// small eigenvector matrix (`b x b`, column-major) is
/// `qstore[qptr[i]..qptr[i + 1]]`, its permutation
/// `perm[prmptr[i]..prmptr[i + 1]]` (empty for the leaves) and its plane
/// rotations `givptr[i]..givptr[i + 1]` of `givcol` (column pairs, local to
/// the node) and `givnum` (`(c, s)`).
pub struct MergeTree<'a, R> {
    /// The packed eigenvector matrices of the nodes.
    pub qstore: &'a mut [R],
    /// Where each node's matrix starts in `qstore` (one entry per node, plus one).
    pub qptr: &'a mut [usize],
    /// Where each node's permutation starts in `perm`.
    pub prmptr: &'a mut [usize],
    /// The permutations: entry `j` of a node is the (rotated) column that
    /// became its `j`-th.
    pub perm: &'a mut [usize],
    /// Where each node's rotations start in `givcol`, `givnum`.
    pub givptr: &'a mut [usize],
    /// The column pairs of the rotations.
    pub givcol: &'a mut [[usize; 2]],
    /// The `(c, s)` of the rotations.
    pub givnum: &'a mut [[R; 2]],
}

/// A read-only view of a [`MergeTree`] (what [`laeda`] reads).
#[derive(Clone, Copy)]
pub struct TreeRef<'a, R> {
    /// The packed eigenvector matrices of the nodes.
    pub qstore: &'a [R],
    /// Where each node's matrix starts in `qstore`.
    pub qptr: &'a [usize],
    /// Where each node's permutation starts in `perm`.
    pub prmptr: &'a [usize],
    /// The permutations.
    pub perm: &'a [usize],
    /// Where each node's rotations start in `givcol`, `givnum`.
    pub givptr: &'a [usize],
    /// The column pairs of the rotations.
    pub givcol: &'a [[usize; 2]],
    /// The `(c, s)` of the rotations.
    pub givnum: &'a [[R; 2]],
}

impl<R> MergeTree<'_, R> {
    /// The tree, read-only.
    pub fn rb(&self) -> TreeRef<'_, R> {
        TreeRef {
            qstore: self.qstore,
            qptr: self.qptr,
            prmptr: self.prmptr,
            perm: self.perm,
            givptr: self.givptr,
            givcol: self.givcol,
            givnum: self.givnum,
        }
    }
}

/// The 0-based index of problem `pbm` (counting from the left) of level `lvl`
/// (0: the leaves) in a tree of `tlvls` merge levels.
pub fn tree_node(tlvls: u32, lvl: u32, pbm: usize) -> usize {
    (0..lvl).map(|i| 1usize << (tlvls - i)).sum::<usize>() + pbm
}

/// The order of a square block of `len` elements.
fn block_order(len: usize) -> usize {
    let mut b = (len as f64).sqrt() as usize;
    while b * b > len {
        b -= 1;
    }
    while (b + 1) * (b + 1) <= len {
        b += 1;
    }
    b
}

/// The rows `start..start + size` of problem `idx` after `depth` halvings of
/// order `n`, each halving giving the left part `m / 2` rows and the right
/// `(m + 1) / 2` (the reference's split).
pub fn tree_span(n: usize, depth: u32, idx: usize) -> (usize, usize) {
    let (mut start, mut size) = (0, n);
    for bit in (0..depth).rev() {
        if (idx >> bit) & 1 == 1 {
            start += size / 2;
            size = size.div_ceil(2);
        } else {
            size /= 2;
        }
    }
    (start, size)
}

/// The updating vector of the merge `curpbm` of level `curlvl >= 1`
/// (`?laeda`), of order `n = z.len()` cut at `n / 2`: the last row of the
/// left child's eigenvectors and the first row of the right child's, built
/// from the leaves' eigenvectors by the rotations, permutations and small
/// eigenvector matrices of the merges below, as stored in `tree`. `ztemp`
/// is scratch of `n` reals.
pub fn laeda<R: RealScalar>(
    tlvls: u32,
    curlvl: u32,
    curpbm: usize,
    tree: TreeRef<'_, R>,
    z: &mut [R],
    ztemp: &mut [R],
) {
    let n = z.len();
    if n == 0 || curlvl == 0 {
        return;
    }
    let zero = R::zero();
    let mid = n / 2;
    // The two leaves that meet at the cut.
    let curr = curpbm * (1 << curlvl) + (1 << (curlvl - 1)) - 1;
    let (q0, q1, q2) = (tree.qptr[curr], tree.qptr[curr + 1], tree.qptr[curr + 2]);
    let (b1, b2) = (block_order(q1 - q0), block_order(q2 - q1));
    z[..mid - b1].fill(zero);
    for j in 0..b1 {
        z[mid - b1 + j] = tree.qstore[q0 + j * b1 + b1 - 1];
    }
    for j in 0..b2 {
        z[mid + j] = tree.qstore[q1 + j * b2];
    }
    z[mid + b2..].fill(zero);

    // Up the two spines: rotate, permute, then multiply by the merge's S.
    for k in 1..curlvl {
        let curr = tree_node(tlvls, k, curpbm * (1 << (curlvl - k)) + (1 << (curlvl - k - 1)) - 1);
        let p = [tree.prmptr[curr], tree.prmptr[curr + 1], tree.prmptr[curr + 2]];
        let (psiz1, psiz2) = (p[1] - p[0], p[2] - p[1]);
        let left = mid - psiz1;
        for (base, g) in [(left, curr), (mid, curr + 1)] {
            for i in tree.givptr[g]..tree.givptr[g + 1] {
                let [a, b] = tree.givcol[i];
                let [c, s] = tree.givnum[i];
                let (x, y) = (z[base + a], z[base + b]);
                z[base + a] = c * x + s * y;
                z[base + b] = c * y - s * x;
            }
        }
        for i in 0..psiz1 {
            ztemp[i] = z[left + tree.perm[p[0] + i]];
        }
        for i in 0..psiz2 {
            ztemp[psiz1 + i] = z[mid + tree.perm[p[1] + i]];
        }
        let qp = [tree.qptr[curr], tree.qptr[curr + 1], tree.qptr[curr + 2]];
        for (half, (base, off, psiz)) in [(left, 0, psiz1), (mid, psiz1, psiz2)].into_iter().enumerate() {
            let b = block_order(qp[half + 1] - qp[half]);
            let s = &tree.qstore[qp[half]..qp[half] + b * b];
            // z = S^T ztemp on the non-deflated part; the deflated entries keep their values.
            for j in 0..b {
                let col = VecRef::from_slice(&s[j * b..(j + 1) * b]);
                z[base + j] = level1::dot(col, VecRef::from_slice(&ztemp[off..off + b]));
            }
            z[base + b..base + psiz].copy_from_slice(&ztemp[off + b..off + psiz]);
        }
    }
}

/// The workspace of [`laed7`] for a merge of order `n` whose eigenvectors
/// have `qsiz` rows: `3n` reals for the updating vector, the poles and the
/// weights, then the larger of the secular equation's `n^2` scratch and (complex
/// types) the `2 qsiz n` reals of the complex-by-real product, and `2n`
/// integers.
pub fn laed7_req<T: Scalar>(n: usize, qsiz: usize) -> WorkReq {
    let product = if T::IS_COMPLEX { 2 * qsiz * n } else { 0 };
    WorkReq::new::<T::Real>(3 * n + (n * n).max(product)).and(WorkReq::new::<usize>(2 * n))
}

/// One merge of the tree (`?laed7`, and the complex `?laed7` whose `q` is
/// complex): problem `curpbm` of level `curlvl` (`1..=tlvls`), of order
/// `n = d.len()`, cut after `cutpnt` rows where the matrix was torn at the
/// off-diagonal `rho`. On entry `d` holds the children's eigenvalues and
/// `indxq` their ascending orders (0-based, each local to its half); `q`
/// (`qsiz x n`, `qsiz = 0` for eigenvalues only) the dense eigenvectors of
/// the children side by side. The updating vector comes from the tree
/// ([`laeda`]); [`laed8`] deflates (its permutation and rotations go into
/// the tree), [`laed9`] solves the secular equation (its eigenvector matrix
/// `S` into the tree) and `q[:, ..k] = q2 S`. At the last level the node's
/// data go to the start of the tree's arrays, as the reference does, since
/// nothing reads the lower levels any more. On return `d`, `q` hold the
/// merged eigenpairs and `indxq` their ascending order. `q2` (`qsiz x n`)
/// is scratch. `Err(Info::new(1))` when the secular equation did not converge.
#[allow(clippy::too_many_arguments)]
pub fn laed7<T: Scalar>(
    cutpnt: usize,
    tlvls: u32,
    curlvl: u32,
    curpbm: usize,
    d: &mut [T::Real],
    mut q: MatMut<'_, T>,
    indxq: &mut [usize],
    rho: T::Real,
    tree: &mut MergeTree<'_, T::Real>,
    mut q2: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = d.len();
    if n == 0 {
        return Ok(());
    }
    let qsiz = q.nrows();
    let product = if T::IS_COMPLEX { 2 * qsiz * n } else { 0 };
    let (rw, mut work) = work.take::<T::Real>(3 * n + (n * n).max(product));
    let (iw, _) = work.take::<usize>(2 * n);
    let (z, rw) = rw.split_at_mut(n);
    let (dlamda, rw) = rw.split_at_mut(n);
    let (w, scratch) = rw.split_at_mut(n);
    let (indxp, indx) = iw.split_at_mut(n);

    laeda(tlvls, curlvl, curpbm, tree.rb(), z, dlamda);
    let curr = tree_node(tlvls, curlvl, curpbm);
    if curlvl == tlvls {
        tree.qptr[curr] = 0;
        tree.prmptr[curr] = 0;
        tree.givptr[curr] = 0;
    }
    let (p0, g0) = (tree.prmptr[curr], tree.givptr[curr]);
    let gend = (g0 + n).min(tree.givcol.len()).min(tree.givnum.len());
    let defl = laed8::<T>(
        cutpnt,
        d,
        q.rb_mut(),
        indxq,
        rho,
        z,
        dlamda,
        q2.rb_mut(),
        w,
        &mut tree.perm[p0..p0 + n],
        &mut tree.givcol[g0..gend],
        &mut tree.givnum[g0..gend],
        indxp,
        indx,
    );
    tree.prmptr[curr + 1] = p0 + n;
    tree.givptr[curr + 1] = g0 + defl.givens;
    let k = defl.k;
    let q0 = tree.qptr[curr];
    if k == 0 {
        tree.qptr[curr + 1] = q0;
        for (i, x) in indxq.iter_mut().enumerate() {
            *x = i;
        }
        return Ok(());
    }
    let s_buf = &mut tree.qstore[q0..q0 + k * k];
    let sq = MatMut::from_col_major(&mut scratch[..k * k], k, k, k);
    let r = laed9(0, k, d, sq, defl.rho, &dlamda[..k], &mut w[..k], MatMut::from_col_major(s_buf, k, k, k));
    tree.qptr[curr + 1] = q0 + k * k;
    r?;
    if qsiz > 0 {
        let s = MatRef::from_col_major(&tree.qstore[q0..q0 + k * k], k, k, k);
        let a = q2.rb().submatrix(0, 0, qsiz, k);
        mul_real(par, a, s, q.submatrix(0, 0, qsiz, k), scratch);
    }
    // The new eigenvalues ascend; the deflated ones (laed8) descend.
    lamrg(k, d, true, false, indxq);
    Ok(())
}

/// The leaves' largest order: [`smlsiz`], at least 2 so that no halving
/// leaves an empty leaf.
fn leaf_order() -> usize {
    smlsiz().max(2)
}

/// The sizes of the tree of order `n` with `tlvls` merge levels: nodes,
/// `qstore` reals and the permutation and rotation entries (`n` per level).
/// `qstore` holds every level below the top at once (at most `n^2 + 2n
/// (tlvls + 1)` reals for halvings that differ by one row) or the top's
/// `n^2`; the bound grows with `n`, so it covers the smaller blocks a caller
/// may also hand over.
fn tree_sizes(n: usize, tlvls: u32) -> (usize, usize, usize) {
    let nodes = (2usize << tlvls) - 1;
    let store = n * n + 2 * n * (tlvls as usize + 1);
    let per_level = n * (tlvls as usize).max(1);
    (nodes, store, per_level)
}

/// The workspace of [`laed0_tree`] for order `n` and `qsiz` rows of
/// eigenvectors (0 for eigenvalues only): the tree, the ascending order and
/// one merge's (or one leaf's) scratch. It covers every smaller order too.
pub fn laed0_tree_req<T: Scalar>(n: usize, qsiz: usize) -> WorkReq {
    if n == 0 {
        return WorkReq::EMPTY;
    }
    let tlvls = levels(n, leaf_order());
    let (nodes, store, per_level) = tree_sizes(n, tlvls);
    let leaf = n.min(leaf_order());
    let leaf_product = if T::IS_COMPLEX { 2 * qsiz * leaf } else { 0 };
    let tree = WorkReq::new::<T::Real>(store)
        .and(WorkReq::new::<usize>(3 * (nodes + 1) + 2 * per_level + n))
        .and(WorkReq::new::<[usize; 2]>(per_level))
        .and(WorkReq::new::<[T::Real; 2]>(per_level));
    let step = laed7_req::<T>(n, qsiz)
        .or(steqr_req::<T::Real>(Compz::Init, leaf).and(WorkReq::new::<T::Real>(leaf_product)))
        .or(WorkReq::new::<T::Real>(n));
    tree.and(step)
}

/// Divide and conquer on one unreduced block for the eigenvalues, or for
/// the eigenvectors of the dense matrix the tridiagonal one came from
/// (`?laed0` with `ICOMPQ = 0, 1`; `c/zlaed0`): `d`, `e` (`n - 1`
/// elements, destroyed) the tridiagonal matrix, `q` (`qsiz x n`, `qsiz = 0`
/// for eigenvalues only) the matrix that reduced the dense one to it. The
/// matrix is torn by the reference's halvings into leaves of at most
/// [`smlsiz`] rows solved by [`steqr`], whose eigenvectors go into the tree
/// and, multiplied by `q`, into `qstore` (`qsiz x n`); the merges are
/// [`laed7`] level by level, with `q` as their scratch. On return `d` holds
/// the eigenvalues ascending and `q` the matching eigenvectors of the dense
/// matrix. `Err` as the reference's `?laed0`: `s (n + 1) + s + size - 1` for
/// the failed sub-problem of `size` rows from the 1-based row `s`.
pub fn laed0_tree<T: Scalar>(
    d: &mut [T::Real],
    e: &mut [T::Real],
    mut q: MatMut<'_, T>,
    mut qstore: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = d.len();
    if n == 0 {
        return Ok(());
    }
    let qsiz = q.nrows();
    let tlvls = levels(n, leaf_order());
    let subpbs = 1usize << tlvls;
    let fail = |start: usize, size: usize| Info::new((start + 1) * (n + 1) + start + size);
    let (nodes, store, per_level) = tree_sizes(n, tlvls);
    let (qs, mut work) = work.take::<T::Real>(store);
    let (iw, mut work) = work.take::<usize>(3 * (nodes + 1) + 2 * per_level + n);
    let (givcol, mut work) = work.take::<[usize; 2]>(per_level);
    let (givnum, mut work) = work.take::<[T::Real; 2]>(per_level);
    let (indxq, iw) = iw.split_at_mut(n);
    let (qptr, iw) = iw.split_at_mut(nodes + 1);
    let (prmptr, iw) = iw.split_at_mut(nodes + 1);
    let (givptr, perm) = iw.split_at_mut(nodes + 1);
    let mut tree = MergeTree { qstore: qs, qptr, prmptr, perm, givptr, givcol, givnum };

    // Tear the matrix at the leaves' boundaries.
    for i in 1..subpbs {
        let b = tree_span(n, tlvls, i).0;
        let a = e[b - 1].abs();
        d[b - 1] -= a;
        d[b] -= a;
    }
    tree.qptr[0] = 0;
    tree.prmptr[..=subpbs].fill(0);
    tree.givptr[..=subpbs].fill(0);
    for i in 0..subpbs {
        let (s, m) = tree_span(n, tlvls, i);
        let q0 = tree.qptr[i];
        let mut block = MatMut::from_col_major(&mut tree.qstore[q0..q0 + m * m], m, m, m);
        steqr(Compz::Init, &mut d[s..s + m], &mut e[s..s + m - 1], block.rb_mut(), work.rb_mut())
            .map_err(|_| fail(s, m))?;
        if qsiz > 0 {
            let (rw, _) = work.take::<T::Real>(if T::IS_COMPLEX { 2 * qsiz * m } else { 0 });
            let a = q.rb().submatrix(0, s, qsiz, m);
            mul_real(par, a, block.into_ref(), qstore.rb_mut().submatrix(0, s, qsiz, m), rw);
        }
        tree.qptr[i + 1] = q0 + m * m;
        for (j, x) in indxq[s..s + m].iter_mut().enumerate() {
            *x = j;
        }
    }
    for lvl in 1..=tlvls {
        for pbm in 0..1usize << (tlvls - lvl) {
            let (s, m) = tree_span(n, tlvls - lvl, pbm);
            let cut = m / 2;
            let rho = e[s + cut - 1];
            laed7::<T>(
                cut,
                tlvls,
                lvl,
                pbm,
                &mut d[s..s + m],
                qstore.rb_mut().submatrix(0, s, qsiz, m),
                &mut indxq[s..s + m],
                rho,
                &mut tree,
                q.rb_mut().submatrix(0, s, qsiz, m),
                par,
                work.rb_mut(),
            )
            .map_err(|_| fail(s, m))?;
        }
    }
    // The deflated eigenpairs of the last merge back into ascending order.
    let (dt, _) = work.take::<T::Real>(n);
    for (i, &j) in indxq.iter().enumerate() {
        dt[i] = d[j];
        if qsiz > 0 {
            level1::copy(qstore.rb().col(j), q.rb_mut().col_mut(i));
        }
    }
    d.copy_from_slice(dt);
    Ok(())
}
