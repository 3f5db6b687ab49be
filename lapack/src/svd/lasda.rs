//! The divide-and-conquer bidiagonal SVD in compact form (`?lasda`) and its
//! application to right-hand sides (`?lalsa`).
//!
//! [`lasda`] runs the same computation tree as [`lasd0`](super::divide::lasd0),
//! but a merge only carries the first and last components of the halves'
//! right singular vectors (all the next merge needs) and records what
//! rebuilds its vectors ([`lasd6`]'s permutation, rotations, poles and
//! differences). The leaves keep their explicit vectors. Storage is
//! `O(n log n)` instead of `2 n^2`, and [`lalsa`] applies `U^T` or `V` to a
//! block of right-hand sides level by level with [`lals0`].

// Index loops over several parallel arrays read more plainly than zipped iterators.
#![allow(clippy::needless_range_loop)]

use super::compact::{lals0, lasd6, lasd6_req, MergeFactors, MergeRecord, MergeRef};
use super::divide::{lasdq, lasdq_req, lasdt};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{laset, Part};
use ferroblas_kernels::aux::norms::{lanst, Norm};
use ferroblas_kernels::aux::rotations::lartg;
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{MatMut, MatRef, RealScalar, Trans, Uplo};
use ferroblas_relapack::level3::Level3;

/// The number of levels of [`lasdt`]'s tree for order `n` and leaves of at
/// most `smlsiz` rows (`NLVL`, at least 1).
pub fn lasda_levels(n: usize, smlsiz: usize) -> usize {
    let lvl = ((n.max(1) as f64 / (smlsiz + 1) as f64).ln() / 2f64.ln()) as i64 + 1;
    lvl.max(1) as usize
}

/// The compact singular vectors of an `n x (n + sqre)` upper bidiagonal
/// ([`lasda`]'s output, [`lalsa`]'s input), in the reference's layout:
/// each merge's data sits at its first row `nlf` in column `lvl` (or the
/// pair `2 lvl`, `2 lvl + 1`) of its level `lvl` (0 at the root), and its
/// scalars at the node's position in the order [`lasda`] visits them
/// (levels bottom-up, each level's nodes from the right, the root last).
/// Indices are 0-based within the merge.
pub struct CompactSvd<'a, R> {
    /// The leaves' left singular vectors, each `nl x nl` at `(nlf, 0)`
    /// (`n x smlsiz`; the whole `n x n` U when `n <= smlsiz`).
    pub u: MatMut<'a, R>,
    /// The leaves' right singular vectors (transposed), `(nl + 1) x (nl +
    /// 1)` at `(nlf, 0)` (`n x (smlsiz + 1)`; the whole `m x m` VT when `n
    /// <= smlsiz`).
    pub vt: MatMut<'a, R>,
    /// The order of each merge's secular equation (`K`).
    pub k: &'a mut [usize],
    /// `DIFL` (`n x nlvl`): the roots' distances to their poles.
    pub difl: MatMut<'a, R>,
    /// `DIFR` (`n x 2 nlvl`): distances to the next poles, and the right
    /// vectors' normalizing factors.
    pub difr: MatMut<'a, R>,
    /// `Z` (`n x nlvl`): the secular equations' weights.
    pub z: MatMut<'a, R>,
    /// `POLES` (`n x 2 nlvl`): the new singular values and the poles.
    pub poles: MatMut<'a, R>,
    /// `GIVPTR`: the number of deflating rotations of each merge.
    pub givptr: &'a mut [usize],
    /// `GIVCOL` (`n x 2 nlvl`): the rotations' row pairs.
    pub givcol: MatMut<'a, usize>,
    /// `PERM` (`n x nlvl`): the deflation's permutations.
    pub perm: MatMut<'a, usize>,
    /// `GIVNUM` (`n x 2 nlvl`): the rotations' sines and cosines.
    pub givnum: MatMut<'a, R>,
    /// `C`: the cosine of the extra column's rotation of each merge.
    pub c: &'a mut [R],
    /// `S`: its sine.
    pub s: &'a mut [R],
}

impl<R> CompactSvd<'_, R> {
    /// The factors of the piece of `size` rows from row `start` (a problem
    /// split where the off-diagonal is negligible stores each piece's
    /// factors at its first row).
    pub fn rows(&mut self, start: usize, size: usize) -> CompactSvd<'_, R> {
        CompactSvd {
            u: row_block(&mut self.u, start, size),
            vt: row_block(&mut self.vt, start, size),
            k: &mut self.k[start..start + size],
            difl: row_block(&mut self.difl, start, size),
            difr: row_block(&mut self.difr, start, size),
            z: row_block(&mut self.z, start, size),
            poles: row_block(&mut self.poles, start, size),
            givptr: &mut self.givptr[start..start + size],
            givcol: row_block(&mut self.givcol, start, size),
            perm: row_block(&mut self.perm, start, size),
            givnum: row_block(&mut self.givnum, start, size),
            c: &mut self.c[start..start + size],
            s: &mut self.s[start..start + size],
        }
    }
}

/// Rows `start..start + size` of `m`, all its columns.
pub(crate) fn row_block<'a, X>(m: &'a mut MatMut<'_, X>, start: usize, size: usize) -> MatMut<'a, X> {
    let cols = m.ncols();
    m.rb_mut().submatrix(start, 0, size, cols)
}

/// Column `j` of `m` from row `i` to the end, as a slice.
fn tail<'a, R>(m: &'a mut MatMut<'_, R>, i: usize, j: usize) -> &'a mut [R] {
    &mut m.col_slice_mut(j).expect("compact SVD arrays need contiguous columns")[i..]
}

/// Read-only [`tail`].
fn tail_ref<'a, R>(m: MatRef<'a, R>, i: usize, j: usize) -> &'a [R] {
    let rows = m.nrows() - i;
    m.submatrix(i, j, rows, 1).col_slice(0).expect("compact SVD arrays need contiguous columns")
}

/// The workspace [`lasda`] needs for order `n` (`m = n + sqre`), leaves of
/// at most `smlsiz` rows, with (`compact`) or without the vectors.
pub fn lasda_req<R: RealScalar>(n: usize, sqre: bool, smlsiz: usize, compact: bool) -> WorkReq {
    let m = n + usize::from(sqre);
    if n <= smlsiz {
        return lasdq_req::<R>(n);
    }
    let p = smlsiz + 1;
    let leaf = WorkReq::new::<R>(if compact { 0 } else { p * p }).and(lasdq_req::<R>(p));
    let scratch = if compact { WorkReq::EMPTY } else { WorkReq::new::<R>(2 * n + m) };
    WorkReq::new::<R>(2 * m)
        .and(WorkReq::new::<usize>(4 * n))
        .and(scratch)
        .and(leaf.or(WorkReq::new::<R>(m).and(lasd6_req::<R>(n, m))))
}

/// The SVD of the `n x (n + sqre)` upper bidiagonal matrix (diagonal `d`,
/// off-diagonal `e` of `n + sqre - 1`) by divide and conquer with the
/// singular vectors in compact form (`?lasda`): `d` receives the singular
/// values (not sorted), and `f`, when given, the compact vectors (see
/// [`CompactSvd`]). For `n <= smlsiz` the vectors are explicit instead:
/// `U` (`n x n`) in `f.u`, `VT` (`m x m`) in `f.vt`. `Err` as
/// [`lasdq`] or [`lasd6`].
pub fn lasda<R: RealScalar>(
    sqre: bool,
    d: &mut [R],
    e: &mut [R],
    smlsiz: usize,
    mut f: Option<&mut CompactSvd<'_, R>>,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = d.len();
    let m = n + usize::from(sqre);
    let empty = || MatMut::from_col_major(&mut [], 0, 0, 1);
    let (zero, one) = (R::zero(), R::one());
    if n <= smlsiz {
        let e = &mut e[..m.saturating_sub(1)];
        return match f {
            None => lasdq(Uplo::Upper, sqre, d, e, empty(), empty(), empty(), work),
            Some(f) => {
                let mut vt = f.vt.rb_mut().submatrix(0, 0, m, m);
                let mut u = f.u.rb_mut().submatrix(0, 0, n, n);
                laset(Part::Full, zero, one, vt.rb_mut());
                laset(Part::Full, zero, one, u.rb_mut());
                lasdq(Uplo::Upper, sqre, d, e, vt, u, empty(), work)
            }
        };
    }
    let (vfl, mut work) = work.take::<R>(2 * m);
    let (vf, vl) = vfl.split_at_mut(m);
    let (iw, mut work) = work.take::<usize>(4 * n);
    let (ic, rest) = iw.split_at_mut(n);
    let (ndiml, rest) = rest.split_at_mut(n);
    let (ndimr, idxq) = rest.split_at_mut(n);
    let (nlvl, nd) = lasdt(n, smlsiz, ic, ndiml, ndimr);
    // Without the compact vectors, each merge's outputs are scratch.
    let (scratch, mut work) = work.take::<R>(if f.is_some() { 0 } else { 2 * n + m });

    // The leaves: their SVDs by QR, of which the merges need the right
    // vectors' first and last components.
    let p1 = smlsiz + 1;
    for p in (nd - 1) / 2..nd {
        let (c, nl, nr) = (ic[p], ndiml[p], ndimr[p]);
        let sqre_r = p != nd - 1 || sqre;
        for (first, rows, sq) in [(c - nl, nl, true), (c + 1, nr, sqre_r)] {
            let cols = rows + usize::from(sq);
            let mut ws = work.rb_mut();
            let (vbuf, ws) = ws.take::<R>(if f.is_some() { 0 } else { p1 * p1 });
            let vt = match f.as_deref_mut() {
                Some(f) => {
                    let mut u = f.u.rb_mut().submatrix(first, 0, rows, rows);
                    laset(Part::Full, zero, one, u.rb_mut());
                    let mut vt = f.vt.rb_mut().submatrix(first, 0, cols, cols);
                    laset(Part::Full, zero, one, vt.rb_mut());
                    let (dd, ee) = (&mut d[first..first + rows], &mut e[first..first + cols - 1]);
                    lasdq(Uplo::Upper, sq, dd, ee, vt.rb_mut(), u, empty(), ws)?;
                    vt
                }
                None => {
                    let mut vt = MatMut::from_col_major(vbuf, cols, cols, p1);
                    laset(Part::Full, zero, one, vt.rb_mut());
                    let (dd, ee) = (&mut d[first..first + rows], &mut e[first..first + cols - 1]);
                    lasdq(Uplo::Upper, sq, dd, ee, vt.rb_mut(), empty(), empty(), ws)?;
                    vt
                }
            };
            for i in 0..cols {
                vf[first + i] = vt.get(i, 0);
                vl[first + i] = vt.get(i, cols - 1);
            }
            for j in 0..rows {
                idxq[first + j] = j;
            }
        }
    }

    // The merges, bottom-up; `slot` is where a merge's scalars go.
    let mut slot = 1usize << nlvl;
    for lvl in (1..=nlvl).rev() {
        let (lf, ll) = if lvl == 1 { (0, 0) } else { ((1 << (lvl - 1)) - 1, (1 << lvl) - 2) };
        let col = lvl - 1;
        for p in lf..=ll {
            let (c, nl, nr) = (ic[p], ndiml[p], ndimr[p]);
            let nlf = c - nl;
            let sqre_i = p != ll || sqre;
            let nsub = nl + nr + 1;
            let msub = nsub + usize::from(sqre_i);
            let (mut alpha, mut beta) = (d[c], e[c]);
            let dd = &mut d[nlf..nlf + nsub];
            let (vfi, vli) = (&mut vf[nlf..nlf + msub], &mut vl[nlf..nlf + msub]);
            let iq = &mut idxq[nlf..nlf + nsub];
            match f.as_deref_mut() {
                Some(f) => {
                    slot -= 1;
                    let j = slot - 1;
                    let (g0, g1) = f.givcol.rb_mut().submatrix(nlf, 2 * col, nsub, 2).split_at_col(1);
                    let (n0, n1) = f.givnum.rb_mut().submatrix(nlf, 2 * col, nsub, 2).split_at_col(1);
                    let (q0, q1) = f.poles.rb_mut().submatrix(nlf, 2 * col, nsub, 2).split_at_col(1);
                    let (r0, r1) = f.difr.rb_mut().submatrix(nlf, 2 * col, nsub, 2).split_at_col(1);
                    let (mut g0, mut g1, mut n0, mut n1) = (g0, g1, n0, n1);
                    let (mut q0, mut q1, mut r0, mut r1) = (q0, q1, r0, r1);
                    let mut perm = f.perm.rb_mut().submatrix(nlf, col, nsub, 1);
                    let mut factors = MergeFactors {
                        record: MergeRecord {
                            perm: tail(&mut perm, 0, 0),
                            givcol: [tail(&mut g0, 0, 0), tail(&mut g1, 0, 0)],
                            givnum: [tail(&mut n0, 0, 0), tail(&mut n1, 0, 0)],
                        },
                        poles: [tail(&mut q0, 0, 0), tail(&mut q1, 0, 0)],
                        norms: tail(&mut r1, 0, 0),
                    };
                    let difl = tail(&mut f.difl, nlf, col);
                    let z = tail(&mut f.z, nlf, col);
                    let defl = merge_with_extra(
                        nl,
                        nr,
                        sqre_i,
                        dd,
                        vfi,
                        vli,
                        &mut alpha,
                        &mut beta,
                        iq,
                        Some(&mut factors),
                        difl,
                        tail(&mut r0, 0, 0),
                        z,
                        work.rb_mut(),
                    )?;
                    f.k[j] = defl.k;
                    f.givptr[j] = defl.givptr;
                    let (cc, ss) = defl.rotation.unwrap_or((zero, zero));
                    f.c[j] = cc;
                    f.s[j] = ss;
                }
                None => {
                    let (difl, rest) = scratch.split_at_mut(n);
                    let (difr, z) = rest.split_at_mut(n);
                    merge_with_extra(
                        nl,
                        nr,
                        sqre_i,
                        dd,
                        vfi,
                        vli,
                        &mut alpha,
                        &mut beta,
                        iq,
                        None,
                        difl,
                        difr,
                        z,
                        work.rb_mut(),
                    )?;
                }
            }
        }
    }
    Ok(())
}

/// [`lasd6`] with a `z` that may lack the entry for the extra column (the
/// root's, when `sqre`): that one is only scratch, taken here from the
/// workspace.
#[allow(clippy::too_many_arguments)]
fn merge_with_extra<R: RealScalar>(
    nl: usize,
    nr: usize,
    sqre: bool,
    d: &mut [R],
    vf: &mut [R],
    vl: &mut [R],
    alpha: &mut R,
    beta: &mut R,
    idxq: &mut [usize],
    factors: Option<&mut MergeFactors<'_, R>>,
    difl: &mut [R],
    difr: &mut [R],
    z: &mut [R],
    mut work: Workspace<'_>,
) -> Result<super::compact::Deflation<R>, Info> {
    let n = nl + nr + 1;
    let m = n + usize::from(sqre);
    if z.len() >= m {
        return lasd6(nl, nr, sqre, d, vf, vl, alpha, beta, idxq, factors, difl, difr, z, work);
    }
    let (zz, ws) = work.take::<R>(m);
    let r = lasd6(nl, nr, sqre, d, vf, vl, alpha, beta, idxq, factors, difl, difr, zz, ws);
    z[..n].copy_from_slice(&zz[..n]);
    r
}

/// The workspace [`lalsa`] needs for order `n`, leaves of at most `smlsiz`
/// rows and `nrhs` right-hand sides of type `T`.
pub fn lalsa_req<T: Scalar>(n: usize, smlsiz: usize, nrhs: usize) -> WorkReq {
    WorkReq::new::<usize>(3 * n).and(real_gemm_req::<T>(smlsiz + 1, nrhs).or(WorkReq::new::<T::Real>(n.max(1))))
}

/// The workspace of [`real_gemm`] for `k` rows and `nrhs` columns of T.
pub(crate) fn real_gemm_req<T: Scalar>(k: usize, nrhs: usize) -> WorkReq {
    WorkReq::new::<T::Real>(2 * k * nrhs * (1 + usize::from(T::IS_COMPLEX)))
}

/// `y := op(r) x` for a real `k x k` `r` and `k x nrhs` `x`, `y` of type T:
/// one real matrix product on the real and imaginary parts side by side.
pub(crate) fn real_gemm<T: Scalar>(
    l3: &Level3,
    trans: Trans,
    r: MatRef<'_, T::Real>,
    x: MatRef<'_, T>,
    mut y: MatMut<'_, T>,
    mut work: Workspace<'_>,
) {
    let (k, nrhs) = (x.nrows(), x.ncols());
    if k == 0 || nrhs == 0 {
        return;
    }
    let cols = nrhs * (1 + usize::from(T::IS_COMPLEX));
    let (buf, _) = work.take::<T::Real>(2 * k * cols);
    let (part, prod) = buf.split_at_mut(k * cols);
    for j in 0..nrhs {
        for i in 0..k {
            let v = x.get(i, j);
            part[i + j * k] = v.re();
            if T::IS_COMPLEX {
                part[i + (nrhs + j) * k] = v.im();
            }
        }
    }
    let zero = <T::Real as Scalar>::zero();
    let one = <T::Real as Scalar>::one();
    let part = MatRef::from_col_major(part, k, cols, k);
    let mut prod = MatMut::from_col_major(prod, y.nrows(), cols, y.nrows().max(1));
    l3.gemm(trans, Trans::No, one, r, part, zero, prod.rb_mut());
    for j in 0..nrhs {
        for i in 0..y.nrows() {
            let im = if T::IS_COMPLEX { prod.get(i, nrhs + j) } else { zero };
            y.set(i, j, T::from_parts(prod.get(i, j), im));
        }
    }
}

/// Applies the compact singular vectors that [`lasda`] computed (order
/// `n = b.nrows() > smlsiz`, no extra column) to the right-hand sides `b`
/// (`?lalsa`, real factorization, real or complex `b`): with `right ==
/// false`, `bx := U^T b`; with `right == true`, `bx := V b`. The rows of
/// `U^T b` (of `b` for `V b`) follow [`lasda`]'s order of the singular
/// values in `d`. `b` is destroyed.
pub fn lalsa<T: Scalar>(
    right: bool,
    smlsiz: usize,
    mut b: MatMut<'_, T>,
    mut bx: MatMut<'_, T>,
    f: &CompactSvd<'_, T::Real>,
    par: Par,
    mut work: Workspace<'_>,
) {
    let (n, nrhs) = (b.nrows(), b.ncols());
    if n == 0 || nrhs == 0 {
        return;
    }
    let l3 = Level3::new(par);
    let (iw, mut work) = work.take::<usize>(3 * n);
    let (ic, rest) = iw.split_at_mut(n);
    let (ndiml, ndimr) = rest.split_at_mut(n);
    let (nlvl, nd) = lasdt(n, smlsiz, ic, ndiml, ndimr);
    let (u, vt) = (f.u.rb(), f.vt.rb());
    let merge = |p: usize, lvl: usize, j: usize| -> MergeRef<'_, T::Real> {
        let col = lvl - 1;
        let nlf = ic[p] - ndiml[p];
        MergeRef {
            perm: tail_ref(f.perm.rb(), nlf, col),
            givcol: [tail_ref(f.givcol.rb(), nlf, 2 * col), tail_ref(f.givcol.rb(), nlf, 2 * col + 1)],
            givnum: [tail_ref(f.givnum.rb(), nlf, 2 * col), tail_ref(f.givnum.rb(), nlf, 2 * col + 1)],
            givptr: f.givptr[j],
            poles: [tail_ref(f.poles.rb(), nlf, 2 * col), tail_ref(f.poles.rb(), nlf, 2 * col + 1)],
            difl: tail_ref(f.difl.rb(), nlf, col),
            difr: [tail_ref(f.difr.rb(), nlf, 2 * col), tail_ref(f.difr.rb(), nlf, 2 * col + 1)],
            z: tail_ref(f.z.rb(), nlf, col),
            k: f.k[j],
            cs: (f.c[j], f.s[j]),
        }
    };
    if !right {
        // The leaves' U^T, then the middle rows as they are, then the
        // merges bottom-up.
        for p in (nd - 1) / 2..nd {
            let (c, nl, nr) = (ic[p], ndiml[p], ndimr[p]);
            for (first, rows) in [(c - nl, nl), (c + 1, nr)] {
                real_gemm(
                    &l3,
                    Trans::Trans,
                    u.submatrix(first, 0, rows, rows),
                    b.rb().submatrix(first, 0, rows, nrhs),
                    bx.rb_mut().submatrix(first, 0, rows, nrhs),
                    work.rb_mut(),
                );
            }
        }
        for p in 0..nd {
            for j in 0..nrhs {
                bx.set(ic[p], j, b.get(ic[p], j));
            }
        }
        let mut slot = 1usize << nlvl;
        for lvl in (1..=nlvl).rev() {
            let (lf, ll) = if lvl == 1 { (0, 0) } else { ((1 << (lvl - 1)) - 1, (1 << lvl) - 2) };
            for p in lf..=ll {
                slot -= 1;
                let (nl, nr) = (ndiml[p], ndimr[p]);
                let nlf = ic[p] - nl;
                let nsub = nl + nr + 1;
                let g = merge(p, lvl, slot - 1);
                let (w, _) = work.take::<T::Real>(g.k.max(1));
                lals0(
                    false,
                    nl,
                    nr,
                    false,
                    bx.rb_mut().submatrix(nlf, 0, nsub, nrhs),
                    b.rb_mut().submatrix(nlf, 0, nsub, nrhs),
                    &g,
                    w,
                );
            }
        }
    } else {
        // The merges top-down (each undoing what lasda's did), then the
        // leaves' V.
        let mut slot = 0;
        for lvl in 1..=nlvl {
            let (lf, ll) = if lvl == 1 { (0, 0) } else { ((1 << (lvl - 1)) - 1, (1 << lvl) - 2) };
            for p in (lf..=ll).rev() {
                slot += 1;
                let (nl, nr) = (ndiml[p], ndimr[p]);
                let nlf = ic[p] - nl;
                let sq = p != ll;
                let msub = nl + nr + 1 + usize::from(sq);
                let g = merge(p, lvl, slot - 1);
                let (w, _) = work.take::<T::Real>(g.k.max(1));
                lals0(
                    true,
                    nl,
                    nr,
                    sq,
                    b.rb_mut().submatrix(nlf, 0, msub, nrhs),
                    bx.rb_mut().submatrix(nlf, 0, msub, nrhs),
                    &g,
                    w,
                );
            }
        }
        for p in (nd - 1) / 2..nd {
            let (c, nl, nr) = (ic[p], ndiml[p], ndimr[p]);
            let nrp = if p == nd - 1 { nr } else { nr + 1 };
            for (first, rows) in [(c - nl, nl + 1), (c + 1, nrp)] {
                real_gemm(
                    &l3,
                    Trans::Trans,
                    vt.submatrix(first, 0, rows, rows),
                    b.rb().submatrix(first, 0, rows, nrhs),
                    bx.rb_mut().submatrix(first, 0, rows, nrhs),
                    work.rb_mut(),
                );
            }
        }
    }
}

/// The lengths of `?bdsdc`'s compact output (`COMPQ = 'P'`) for order `n`
/// in the layout the reference writes: `(Q, IQ)`. (The man page's `LDQ`,
/// `LDIQ` formulas are a few columns short of what the reference fills.)
pub fn bdsdc_compact_len(uplo: Uplo, n: usize, smlsiz: usize) -> (usize, usize) {
    let base = if uplo == Uplo::Lower { 4 } else { 2 };
    match n {
        0 => (0, 0),
        1 => (smlsiz + 1, 1),
        _ if n <= smlsiz => (n * (base + 2 * n), n),
        _ => {
            let mlvl = lasda_levels(n, smlsiz);
            (n * (base + 3 + 2 * smlsiz + 8 * mlvl), n * (3 + 3 * mlvl))
        }
    }
}

/// The workspace [`bdsdc_compact`] needs for order `n`.
pub fn bdsdc_compact_req<R: RealScalar>(n: usize, smlsiz: usize) -> WorkReq {
    lasda_req::<R>(n, false, smlsiz, true).or(lasdq_req::<R>(n))
}

/// The singular values of the `n x n` upper or lower bidiagonal (`d`, `e`)
/// and its singular vectors in compact form (`?bdsdc` with `COMPQ = 'P'`),
/// in the reference's layout, column-major with leading dimension `n`:
/// `q` holds `d` and `e` as given (columns 0, 1), for a lower matrix the
/// cosines and sines that made it upper (columns 2, 3), then for each
/// piece the problem splits into (rows `start..`) [`lasda`]'s U, VT,
/// DIFL, DIFR, Z, C, S, POLES, GIVNUM (for `n <= smlsiz`: U and VT of the
/// whole, `n x n`); `iq` holds the sorting swaps (`iq[i]`: the row that
/// went to `i`, `i < n - 1`), `1` at `n - 1` for an upper matrix (else
/// `0`), then K, GIVPTR, PERM, GIVCOL (0-based indices). `d` receives the
/// singular values in decreasing order; `e` is destroyed. Lengths:
/// [`bdsdc_compact_len`]. `Err` as [`lasda`].
pub fn bdsdc_compact<R: RealScalar>(
    uplo: Uplo,
    d: &mut [R],
    e: &mut [R],
    smlsiz: usize,
    q: &mut [R],
    iq: &mut [usize],
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = d.len();
    let (zero, one) = (R::zero(), R::one());
    if n == 0 {
        return Ok(());
    }
    if n == 1 {
        q[0] = one.copysign(d[0]);
        q[smlsiz] = one;
        d[0] = d[0].abs();
        return Ok(());
    }
    let lower = uplo == Uplo::Lower;
    let base = if lower { 4 } else { 2 };
    let (qlen, iqlen) = bdsdc_compact_len(uplo, n, smlsiz);
    let (q, iq) = (&mut q[..qlen], &mut iq[..iqlen]);
    let e = &mut e[..n - 1];
    q[..n].copy_from_slice(d);
    q[n..2 * n - 1].copy_from_slice(e);
    if lower {
        for i in 0..n - 1 {
            let (c, s, r) = lartg(d[i], e[i]);
            d[i] = r;
            e[i] = s * d[i + 1];
            d[i + 1] = c * d[i + 1];
            q[i + 2 * n] = c;
            q[i + 3 * n] = s;
        }
    }
    let empty = || MatMut::from_col_major(&mut [], 0, 0, 1);
    let qcols = qlen / n;
    let (_, qm) = MatMut::from_col_major(q, n, qcols, n).split_at_col(base);
    if n <= smlsiz {
        let (mut u, mut vt) = qm.split_at_col(n);
        laset(Part::Full, zero, one, u.rb_mut());
        laset(Part::Full, zero, one, vt.rb_mut());
        lasdq(Uplo::Upper, false, d, e, vt, u, empty(), work)?;
    } else {
        let orgnrm = lanst::<R>(Norm::Max, d, e);
        if orgnrm == zero {
            return Ok(());
        }
        for x in d.iter_mut().chain(e.iter_mut()) {
            *x /= orgnrm;
        }
        let eps = R::from_f64(0.9) * lamch::<R>(Machine::Eps);
        let mut f = compact_views(&mut q[base * n..], iq, n, smlsiz);
        for x in d.iter_mut() {
            if x.abs() < eps {
                *x = eps.copysign(*x);
            }
        }
        let nm1 = n - 1;
        let mut start = 0;
        for i in 0..nm1 {
            if !(e[i].abs() < eps || i == nm1 - 1) {
                continue;
            }
            let nsize = if i < nm1 - 1 {
                i - start + 1
            } else if e[i].abs() >= eps {
                n - start
            } else {
                // The last diagonal entry stands alone.
                f.u.set(n - 1, 0, one.copysign(d[n - 1]));
                f.vt.set(n - 1, 0, one);
                d[n - 1] = d[n - 1].abs();
                i - start + 1
            };
            let mut piece = f.rows(start, nsize);
            let (dd, ee) = (&mut d[start..start + nsize], &mut e[start..start + nsize - 1]);
            lasda(false, dd, ee, smlsiz, Some(&mut piece), work.rb_mut())?;
            start = i + 1;
        }
        for x in d.iter_mut() {
            *x *= orgnrm;
        }
    }
    // Decreasing order, recording the swaps instead of moving vectors.
    for i in 0..n - 1 {
        let mut kk = i;
        for j in i + 1..n {
            if d[j] > d[kk] {
                kk = j;
            }
        }
        d.swap(i, kk);
        iq[i] = kk;
    }
    iq[n - 1] = usize::from(!lower);
    Ok(())
}

/// [`bdsdc_compact`]'s arrays past the leading columns (`q`: Q from its
/// U block on, leading dimension `n`; `iq`: all of IQ) as [`CompactSvd`]
/// views of order `n > smlsiz`.
pub(crate) fn compact_views<'a, R>(q: &'a mut [R], iq: &'a mut [usize], n: usize, smlsiz: usize) -> CompactSvd<'a, R> {
    let mlvl = lasda_levels(n, smlsiz);
    let mut q = q;
    let mut slab = |c: usize| -> &'a mut [R] {
        let (head, rest) = std::mem::take(&mut q).split_at_mut(n * c);
        q = rest;
        head
    };
    let (u, vt, difl, difr, z) = (slab(smlsiz), slab(smlsiz + 1), slab(mlvl), slab(2 * mlvl), slab(mlvl));
    let (c, s, poles, givnum) = (slab(1), slab(1), slab(2 * mlvl), slab(2 * mlvl));
    let cols = |x: &'a mut [R], c: usize| MatMut::from_col_major(x, n, c, n);
    let (_, rest) = iq[..n * (3 + 3 * mlvl)].split_at_mut(n);
    let (k, rest) = rest.split_at_mut(n);
    let (givptr, rest) = rest.split_at_mut(n);
    let (perm, givcol) = rest.split_at_mut(n * mlvl);
    CompactSvd {
        u: cols(u, smlsiz),
        vt: cols(vt, smlsiz + 1),
        k,
        difl: cols(difl, mlvl),
        difr: cols(difr, 2 * mlvl),
        z: cols(z, mlvl),
        poles: cols(poles, 2 * mlvl),
        givptr,
        givcol: MatMut::from_col_major(givcol, n, 2 * mlvl, n),
        perm: MatMut::from_col_major(perm, n, mlvl, n),
        givnum: cols(givnum, 2 * mlvl),
        c,
        s,
    }
}
