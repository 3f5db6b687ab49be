//! Divide and conquer for the bidiagonal SVD (`?bdsdc`, `?lasd0`, `?lasd1`
//! with its two stages `?lasd2` and `?lasd3`, `?lasdq`, `?lasdt`).
//!
//! The upper bidiagonal is split at a row into `[B1 0; alpha e_k^T beta
//! e_1^T; 0 B2]`, `B1` and `B2` of at most `smlsiz` rows at the leaves, each
//! `n x (n+1)` except the last (the extra column is where the neighbour
//! begins); leaves are solved by QR ([`lasdq`]) and merged bottom-up. A
//! merge sees the two halves' SVDs and the middle row as `diag(d) + ` a
//! rank-one row `z^T`: it deflates the negligible components of `z` and the
//! pairs of nearly equal singular values (by a plane rotation), solves the
//! secular equation for the rest ([`lasd4`]), rebuilds `z` from the computed
//! roots (Löwner's formula, Gu and Eisenstat) so that the singular vectors
//! come out orthogonal, and multiplies them into the halves' vectors.

// Index loops over several parallel arrays read more plainly than zipped iterators.
#![allow(clippy::needless_range_loop)]

use super::bdsqr::bdsqr;
use super::secular::lasd4;
use crate::sym_eigen::tridiagonal::lamrg;
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacpy, laset, Part};
use ferroblas_kernels::aux::norms::{lanst, Norm};
use ferroblas_kernels::aux::rotations::{lartg, lasr, Direction, Pivot};
use ferroblas_kernels::aux::scalars::{lamch, lapy2, Machine};
use ferroblas_kernels::{level1, MatMut, MatRef, RealScalar, Side, Trans, Uplo, VecRef};
use ferroblas_relapack::level3::Level3;

/// The reference's leaf size, `ILAENV(9, 'xBDSDC', ...)` (25).
pub fn smlsiz() -> usize {
    let v = ferroblas_kernels::aux::tuning::ilaenv(9, "DBDSDC", " ", 0, 0, 0, 0);
    usize::try_from(v).ok().filter(|&v| v >= 3).unwrap_or(25)
}

/// An absent matrix (`0 x 0`).
fn empty<R>(_rows: usize) -> MatMut<'static, R> {
    MatMut::from_col_major(&mut [], 0, 0, 1)
}

/// The computation tree of the divide and conquer (`?lasdt`) for order `n`
/// and leaves of at most `msub` rows: node `p` (0-based, children `2p + 1`
/// and `2p + 2`) has its middle row at `ic[p]` with `ndiml[p]` rows to the
/// left and `ndimr[p]` to the right. Returns `(levels, nodes)`; the slices
/// need `n` entries.
pub fn lasdt(n: usize, msub: usize, ic: &mut [usize], ndiml: &mut [usize], ndimr: &mut [usize]) -> (usize, usize) {
    let maxn = n.max(1) as f64;
    let lvl = ((maxn / (msub + 1) as f64).ln() / 2f64.ln()) as i64 + 1;
    let lvl = lvl.max(1) as usize;
    let i = n / 2;
    ic[0] = i;
    ndiml[0] = i;
    ndimr[0] = n.saturating_sub(i + 1);
    let mut llst = 1;
    for _ in 1..lvl {
        for p in llst - 1..2 * llst - 1 {
            let (l, r) = (2 * p + 1, 2 * p + 2);
            ndiml[l] = ndiml[p] / 2;
            ndimr[l] = ndiml[p] - ndiml[l] - 1;
            ic[l] = ic[p] - ndimr[l] - 1;
            ndiml[r] = ndimr[p] / 2;
            ndimr[r] = ndimr[p] - ndiml[r] - 1;
            ic[r] = ic[p] + ndiml[r] + 1;
        }
        llst *= 2;
    }
    (lvl, 2 * llst - 1)
}

/// The workspace [`lasdq`] needs for order `n`: `4 n` reals.
pub fn lasdq_req<R: RealScalar>(n: usize) -> WorkReq {
    WorkReq::new::<R>(4 * n.max(1))
}

/// The SVD of an `n x (n + sqre)` upper (or `(n + sqre) x n` lower)
/// bidiagonal matrix by QR (`?lasdq`): `d` (`n`) the diagonal, `e`
/// (`n - 1 + sqre`) the off-diagonal. On return `d` holds the singular
/// values in ascending order, and `vt := P^T vt`, `u := u Q`, `c := Q^T c`
/// as in [`bdsqr`](super::bdsqr), where `vt` has `n + sqre` rows for an
/// upper matrix (else `n`), `u` `n + sqre` columns for a lower one (else
/// `n`) and `c` likewise `n + sqre` rows; a matrix with no columns (rows for
/// `u`) is not referenced. `Err` as `bdsqr`.
#[allow(clippy::too_many_arguments)]
pub fn lasdq<R: RealScalar>(
    uplo: Uplo,
    sqre: bool,
    d: &mut [R],
    e: &mut [R],
    mut vt: MatMut<'_, R>,
    mut u: MatMut<'_, R>,
    mut c: MatMut<'_, R>,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = d.len();
    if n == 0 {
        return Ok(());
    }
    let (ncvt, nru, ncc) = (vt.ncols(), u.nrows(), c.ncols());
    let np1 = n + 1;
    let mut lower = uplo == Uplo::Lower;
    let mut sqre1 = sqre;
    {
        let (rot, _) = work.take::<R>(2 * n);
        let (cs, sn) = rot.split_at_mut(n);
        if !lower && sqre1 {
            // n x (n+1) upper: rotations from the right make it n x n lower
            // with a zero last column.
            for i in 0..n {
                let (c1, s1, r) = lartg(d[i], e[i]);
                d[i] = r;
                if i + 1 < n {
                    e[i] = s1 * d[i + 1];
                    d[i + 1] = c1 * d[i + 1];
                } else {
                    e[i] = R::zero();
                }
                cs[i] = c1;
                sn[i] = s1;
            }
            lower = true;
            sqre1 = false;
            if ncvt > 0 {
                lasr(
                    Side::Left,
                    Pivot::Variable,
                    Direction::Forward,
                    &cs[..n],
                    &sn[..n],
                    vt.rb_mut().submatrix(0, 0, np1, ncvt),
                );
            }
        }
        if lower {
            // Lower: rotations from the left make it upper; an (n+1) x n
            // lower one needs one more to clear its last row.
            let nrot = if sqre1 { n } else { n - 1 };
            for i in 0..nrot {
                let (c1, s1, r) = lartg(d[i], e[i]);
                d[i] = r;
                if i + 1 < n {
                    e[i] = s1 * d[i + 1];
                    d[i + 1] = c1 * d[i + 1];
                }
                cs[i] = c1;
                sn[i] = s1;
            }
            let k = if sqre1 { np1 } else { n };
            if nru > 0 && nrot > 0 {
                lasr(
                    Side::Right,
                    Pivot::Variable,
                    Direction::Forward,
                    &cs[..nrot],
                    &sn[..nrot],
                    u.rb_mut().submatrix(0, 0, nru, k),
                );
            }
            if ncc > 0 && nrot > 0 {
                lasr(
                    Side::Left,
                    Pivot::Variable,
                    Direction::Forward,
                    &cs[..nrot],
                    &sn[..nrot],
                    c.rb_mut().submatrix(0, 0, k, ncc),
                );
            }
        }
    }
    let vt_n = if ncvt > 0 { vt.rb_mut().submatrix(0, 0, n, ncvt) } else { empty(0) };
    let u_n = if nru > 0 { u.rb_mut().submatrix(0, 0, nru, n) } else { empty(0) };
    let c_n = if ncc > 0 { c.rb_mut().submatrix(0, 0, n, ncc) } else { empty(0) };
    bdsqr(Uplo::Upper, d, &mut e[..n - 1], vt_n, u_n, c_n, work.rb_mut())?;
    // Ascending order, one transposition per vector.
    for i in 0..n {
        let mut isub = i;
        for j in i + 1..n {
            if d[j] < d[isub] {
                isub = j;
            }
        }
        if isub != i {
            d.swap(i, isub);
            swap_rows(&mut vt, i, isub, ncvt);
            swap_cols(&mut u, i, isub, nru);
            swap_rows(&mut c, i, isub, ncc);
        }
    }
    Ok(())
}

fn swap_rows<R: RealScalar>(a: &mut MatMut<'_, R>, i: usize, j: usize, ncols: usize) {
    for k in 0..ncols {
        let (x, y) = (a.get(i, k), a.get(j, k));
        a.set(i, k, y);
        a.set(j, k, x);
    }
}

fn swap_cols<R: RealScalar>(a: &mut MatMut<'_, R>, i: usize, j: usize, nrows: usize) {
    for k in 0..nrows {
        let (x, y) = (a.get(k, i), a.get(k, j));
        a.set(k, i, y);
        a.set(k, j, x);
    }
}

/// The workspace [`lasd1`] needs for a merge of order `n` (`m = n + sqre`).
pub fn lasd1_req<R: RealScalar>(n: usize, m: usize) -> WorkReq {
    // z, dsigma, u2, vt2, q as the reference lays them out (within its
    // 3 m^2 + 2 m).
    WorkReq::new::<R>(m + n + 2 * n * n + m * m)
}

/// The index workspace [`lasd1`] needs for order `n` (idx, idxc, coltyp,
/// idxp), apart from its reals as the reference keeps IWORK apart from WORK.
pub fn lasd1_ireq(n: usize) -> WorkReq {
    WorkReq::new::<usize>(3 * n + n.max(4))
}

/// Merges two solved halves (`?lasd1`): the `n x m` upper bidiagonal
/// (`n = nl + nr + 1`, `m = n + sqre`) `[B1 0; alpha e_nl^T beta e_0^T; 0
/// B2]` whose halves `B1 = U1 [D1 0] V1^T` (`nl x (nl + 1)`) and
/// `B2 = U2 [D2 0] V2^T` (`nr x (nr + sqre)`) are known: on entry
/// `d[..nl]` and `d[nl+1..]` hold `D1`, `D2`, `u` (`n x n`) holds `U1` and
/// `U2` as its diagonal blocks `[0..nl)` and `[nl+1..n)`, `vt` (`m x m`)
/// holds `V1^T` and `V2^T` as its diagonal blocks `[0..=nl]` and
/// `[nl+1..m)` (everything outside the blocks is ignored), and
/// `idxq[..nl]`, `idxq[nl+1..]` sort each half ascending (0-based within the
/// half). On return `d`, `u`, `vt` hold the SVD of the
/// whole (`vt` its first `n` rows, its last row completing `V^T` when
/// `sqre = 1`) and `idxq` sorts `d` ascending. `alpha`, `beta` come back
/// scaled. `Err(Info::new(1))` when the secular equation did not converge.
///
/// The merge is [`lasd2`] (deflation) then [`lasd3`] (the secular equation
/// and the vectors) on the workspace [`lasd1_req`] states.
#[allow(clippy::too_many_arguments)]
pub fn lasd1<R: RealScalar>(
    nl: usize,
    nr: usize,
    sqre: bool,
    d: &mut [R],
    alpha: &mut R,
    beta: &mut R,
    mut u: MatMut<'_, R>,
    mut vt: MatMut<'_, R>,
    idxq: &mut [usize],
    par: Par,
    mut work: Workspace<'_>,
    mut iwork: Workspace<'_>,
) -> Result<(), Info> {
    let n = nl + nr + 1;
    let m = n + usize::from(sqre);
    assert!(d.len() >= n && idxq.len() >= n, "lasd1: d and idxq need {n} entries");
    assert!(u.nrows() == n && u.ncols() == n && vt.nrows() == m && vt.ncols() == m, "lasd1: bad U or VT shape");
    let (z, mut work) = work.take::<R>(m);
    let (dsigma, mut work) = work.take::<R>(n);
    let (u2b, mut work) = work.take::<R>(n * n);
    let (vt2b, mut work) = work.take::<R>(m * m);
    let (qb, _) = work.take::<R>(n * n);
    let (iw, _) = iwork.take::<usize>(3 * n + n.max(4));
    let (idx, rest) = iw.split_at_mut(n);
    let (idxc, rest) = rest.split_at_mut(n);
    let (idxp, coltyp) = rest.split_at_mut(n);
    let mut u2 = MatMut::from_col_major(u2b, n, n, n);
    let mut vt2 = MatMut::from_col_major(vt2b, m, m, m);

    // Only the halves' blocks are input: the deflation moves whole columns
    // of u (rows of vt), so everything around the blocks must be zero.
    for j in 0..n {
        for i in 0..n {
            if (i < nl) != (j < nl) || i == nl || j == nl {
                u.set(i, j, R::zero());
            }
        }
    }
    for j in 0..m {
        for i in 0..m {
            if (i <= nl) != (j <= nl) {
                vt.set(i, j, R::zero());
            }
        }
    }

    // Scale so the largest entry is 1.
    d[nl] = R::zero();
    let orgnrm = d[..n].iter().fold(alpha.abs().max(beta.abs()), |a, x| a.max(x.abs()));
    if orgnrm == R::zero() || orgnrm.is_nan() {
        if orgnrm.is_nan() {
            return Err(Info::new(1));
        }
        // Already diagonal and zero: the halves' vectors stand.
        for i in 0..n {
            idxq[i] = i;
        }
        return Ok(());
    }
    for x in d[..n].iter_mut() {
        *x /= orgnrm;
    }
    *alpha /= orgnrm;
    *beta /= orgnrm;

    let (k, ctot) = lasd2(
        nl,
        nr,
        sqre,
        &mut d[..n],
        z,
        *alpha,
        *beta,
        u.rb_mut(),
        vt.rb_mut(),
        dsigma,
        u2.rb_mut(),
        vt2.rb_mut(),
        idxp,
        idx,
        idxc,
        &mut idxq[..n],
        coltyp,
    );
    let q = MatMut::from_col_major(&mut qb[..k * k], k, k, k);
    lasd3(
        nl,
        nr,
        sqre,
        k,
        &mut d[..n],
        q,
        dsigma,
        u.rb_mut(),
        u2.rb(),
        vt.rb_mut(),
        vt2.rb_mut(),
        idxc,
        &ctot,
        z,
        par,
    )?;
    for x in d[..n].iter_mut() {
        *x *= orgnrm;
    }
    // The first k ascending (roots), the deflated ones descending.
    lamrg(k, &d[..n], true, false, &mut idxq[..n]);
    Ok(())
}

/// The merged values in ascending order, shared by [`lasd1`] and
/// [`lasd7`](super::compact::lasd7): `d[1..n]`, `z[1..n]` hold the two
/// halves (position 0 is the middle row's), each sorted by `idxq[1..n]`
/// (positions in `d`). On return `d[1..n]`, `z[1..n]` are sorted and the
/// original position of sorted entry `i` is `idxq[1 + idx[i]]`; `dsigma`
/// and `zw` are scratch.
pub(crate) fn merge_sorted<R: RealScalar>(
    nl: usize,
    d: &mut [R],
    z: &mut [R],
    idxq: &[usize],
    idx: &mut [usize],
    dsigma: &mut [R],
    zw: &mut [R],
) {
    let n = d.len();
    for i in 1..n {
        dsigma[i] = d[idxq[i]];
        zw[i] = z[idxq[i]];
    }
    lamrg(nl, &dsigma[1..n], true, true, &mut idx[1..n]);
    for i in 1..n {
        let s = 1 + idx[i];
        d[i] = dsigma[s];
        z[i] = zw[s];
    }
}

/// Where the vectors of the value at merged position `o` (1-based within
/// the merge, the middle row at 0) live in the `n`-row block layout: the
/// upper half's move back over the middle row.
pub(crate) fn block_column(nl: usize, o: usize) -> usize {
    if o <= nl {
        o - 1
    } else {
        o
    }
}

/// The deflation pass shared by [`lasd1`] and
/// [`lasd7`](super::compact::lasd7), over the sorted `d[1..n]`, `z[1..n]`:
/// a `z` component of at most `tol` deflates as it is, and of two values
/// within `tol` the earlier deflates after `rotate(jp, j, c, s)`, the
/// rotation `x_jp := c x_jp + s x_j`, `x_j := c x_j - s x_jp` that zeroes
/// `z[jp]` (applied here to `z`, by the caller to its vectors). The kept
/// positions go to `idxp[1..k]` (their values and `z` to `dsigma[1..k]`,
/// `zw[1..k]`), the deflated ones to `idxp[k..n]`, last found first.
/// Returns `k`, one more than the kept count (position 0 is the pole at zero).
pub(crate) fn deflation_pass<R: RealScalar>(
    d: &[R],
    z: &mut [R],
    tol: R,
    dsigma: &mut [R],
    zw: &mut [R],
    idxp: &mut [usize],
    mut rotate: impl FnMut(usize, usize, R, R),
) -> usize {
    let n = d.len();
    let mut k = 1;
    let mut k2 = n;
    let mut jprev: Option<usize> = None;
    for j in 1..n {
        if z[j].abs() <= tol {
            k2 -= 1;
            idxp[k2] = j;
            continue;
        }
        let Some(jp) = jprev else {
            jprev = Some(j);
            continue;
        };
        if (d[j] - d[jp]).abs() <= tol {
            let (s, c) = (z[jp], z[j]);
            let tau = lapy2(c, s);
            let (c, s) = (c / tau, -s / tau);
            z[j] = tau;
            z[jp] = R::zero();
            rotate(jp, j, c, s);
            k2 -= 1;
            idxp[k2] = jp;
        } else {
            zw[k] = z[jp];
            dsigma[k] = d[jp];
            idxp[k] = jp;
            k += 1;
        }
        jprev = Some(j);
    }
    if let Some(jp) = jprev {
        zw[k] = z[jp];
        dsigma[k] = d[jp];
        idxp[k] = jp;
        k += 1;
    }
    k
}

/// Solves the secular equation of order `k = dsigma.len() >= 2` (poles
/// `dsigma`, ascending with `dsigma[0] = 0`; weights `z`), shared by
/// [`lasd1`] and [`lasd8`](super::compact::lasd8): the roots go to `d`,
/// and for each root `j`, `each(j, delta, work)` sees `delta_i = dsigma_i -
/// sigma_j` and `work_i = dsigma_i + sigma_j` (each accurate from its
/// nearest pole). `z` is then replaced by the vector for which the computed
/// roots are exact (Löwner's formula, Gu and Eisenstat; same signs, norm
/// one), which makes the vectors built from it orthogonal. `prod` (`k`) is
/// scratch.
#[allow(clippy::too_many_arguments)]
pub(crate) fn secular_roots<R: RealScalar>(
    dsigma: &[R],
    z: &mut [R],
    d: &mut [R],
    delta: &mut [R],
    work: &mut [R],
    prod: &mut [R],
    mut each: impl FnMut(usize, &[R], &[R]),
) -> Result<(), Info> {
    let k = dsigma.len();
    let (z, d, delta, work, prod) = (&mut z[..k], &mut d[..k], &mut delta[..k], &mut work[..k], &mut prod[..k]);
    let rho = level1::nrm2(VecRef::from_slice(z));
    for x in z.iter_mut() {
        *x /= rho;
    }
    let rho = rho * rho;
    prod.fill(R::one());
    for j in 0..k {
        let (sigma, r) = lasd4(j, dsigma, z, delta, rho, work);
        d[j] = sigma;
        r?;
        // prod_i = prod_j (dsigma_i^2 - sigma_j^2) / prod_{j != i} (dsigma_i^2 - dsigma_j^2),
        // one factor pair per root so that it neither over- nor underflows.
        for i in 0..k {
            prod[i] *= if i == j {
                delta[i] * work[i]
            } else {
                delta[i] * work[i] / (dsigma[i] - dsigma[j]) / (dsigma[i] + dsigma[j])
            };
        }
        each(j, delta, work);
    }
    for i in 0..k {
        z[i] = prod[i].abs().sqrt().copysign(z[i]);
    }
    Ok(())
}

/// The column labels of [`lasd2`]'s `coltyp` (the reference's `COLTYP`
/// values): where a column of `u2` (row of `vt2`) can be nonzero.
pub mod coltyp {
    /// Only in the upper half (rows `0..nl` of `u2`, columns `0..=nl` of `vt2`).
    pub const UPPER: usize = 1;
    /// Only in the lower half (rows `nl+1..` of `u2`, columns `nl+1..` of `vt2`).
    pub const LOWER: usize = 2;
    /// In both halves (a rotation mixed an upper and a lower column).
    pub const DENSE: usize = 3;
    /// Deflated: not part of the secular equation.
    pub const DEFLATED: usize = 4;
}

/// The first stage of a merge (`?lasd2`), for [`lasd1`]: builds the
/// updating row `z` from the halves' right vectors, sorts the two halves'
/// singular values together, and deflates (a `z` component of at most `tol`,
/// or two values within `tol` of each other after a rotation of the vectors
/// zeroes one `z` component).
///
/// On entry `d`, `u` (`n x n`), `vt` (`m x m`), `idxq` hold the halves as
/// for [`lasd1`] (zero outside the diagonal blocks); `d[0]` is not read.
/// On return, with `k` the order of the secular equation (position 0 is the
/// pole at zero from the middle row):
/// - `dsigma[..k]` the poles (`dsigma[0] = 0`) and `z[..k]` the weights;
///   `d[k..]`, `u[:, k..]`, `vt[k.., :]` the deflated values and vectors;
/// - `u2[:, ..k]`, `vt2[..k, :]` the kept vectors, column 0 of `u2` the
///   unit vector of the middle row and row 0 of `vt2` the middle row's
///   right vector, the others grouped by label: [`coltyp::UPPER`], then
///   [`coltyp::LOWER`], then [`coltyp::DENSE`] (so [`lasd3`] multiplies only
///   the nonzero blocks). `u2`/`vt2` position `idxc[j]` (`j >= 1`) holds the
///   vectors of pole `j`; with `sqre`, row `m - 1` of `vt` and `vt2` is the
///   null-space row.
/// - `idx` sorts the merged values (`1 + idx[i]` within the sorted halves),
///   `idxp[1..k]` the kept and `idxp[k..]` the deflated sorted positions,
///   `idxq` the halves' sort shifted to positions of `d`, and `coltyp`
///   (`max(n, 4)` entries) the label of each sorted position, its first four
///   entries then overwritten by the counts per label (`ctot`), which are
///   also returned.
///
/// `u2` needs contiguous columns (its first is scratch). Panics on shapes
/// that disagree with `n = nl + nr + 1`, `m = n + sqre`.
#[allow(clippy::too_many_arguments)]
pub fn lasd2<R: RealScalar>(
    nl: usize,
    nr: usize,
    sqre: bool,
    d: &mut [R],
    z: &mut [R],
    alpha: R,
    beta: R,
    mut u: MatMut<'_, R>,
    mut vt: MatMut<'_, R>,
    dsigma: &mut [R],
    mut u2: MatMut<'_, R>,
    mut vt2: MatMut<'_, R>,
    idxp: &mut [usize],
    idx: &mut [usize],
    idxc: &mut [usize],
    idxq: &mut [usize],
    coltyp: &mut [usize],
) -> (usize, [usize; 4]) {
    let n = nl + nr + 1;
    let m = n + usize::from(sqre);
    assert!(nl >= 1 && nr >= 1, "lasd2: both halves need a row");
    assert!(
        d.len() >= n && z.len() >= m && dsigma.len() >= n && idxp.len() >= n && idx.len() >= n,
        "lasd2: d, dsigma, idxp, idx need n entries, z m"
    );
    assert!(
        idxc.len() >= n && idxq.len() >= n && coltyp.len() >= n.max(4),
        "lasd2: idxc, idxq need n entries, coltyp max(n, 4)"
    );
    assert!(u.nrows() >= n && u.ncols() >= n && vt.nrows() >= m && vt.ncols() >= m, "lasd2: bad U or VT shape");
    assert!(u2.nrows() >= n && u2.ncols() >= n && vt2.nrows() >= m && vt2.ncols() >= m, "lasd2: bad U2 or VT2 shape");
    let (d, z, dsigma) = (&mut d[..n], &mut z[..m], &mut dsigma[..n]);
    let (idxp, idx, idxc, idxq) = (&mut idxp[..n], &mut idx[..n], &mut idxc[..n], &mut idxq[..n]);
    let (zero, one) = (R::zero(), R::one());

    // z is the middle row in the halves' right singular bases; the upper
    // half's values move one place down to make room for the middle row.
    let z1 = alpha * vt.get(nl, nl);
    for i in (0..nl).rev() {
        z[i + 1] = alpha * vt.get(i, nl);
        d[i + 1] = d[i];
        idxq[i + 1] = idxq[i] + 1;
    }
    z[0] = z1;
    for i in nl + 1..m {
        z[i] = beta * vt.get(i, nl + 1);
    }
    for i in nl + 1..n {
        idxq[i] += nl + 1;
    }
    // u2's first column is free until the end: the scratch for the sort and
    // for the kept z.
    {
        let zw = u2.col_slice_mut(0).expect("lasd2: u2 needs contiguous columns");
        merge_sorted(nl, d, z, idxq, idx, dsigma, zw);
    }
    // The vectors of sorted position p sit in column (row) `source(p)` of
    // u (vt); its label follows from the half it came from.
    let source = |idx: &[usize], idxq: &[usize], p: usize| block_column(nl, idxq[1 + idx[p]]);
    for i in 1..n {
        coltyp[i] = if idxq[1 + idx[i]] <= nl { coltyp::UPPER } else { coltyp::LOWER };
    }

    let eps = lamch::<R>(Machine::Eps);
    let tol = R::from_f64(8.0) * eps * d[n - 1].abs().max(alpha.abs()).max(beta.abs());

    let k = {
        let zw = u2.col_slice_mut(0).expect("lasd2: u2 needs contiguous columns");
        let (idx_r, idxq_r) = (&*idx, &*idxq);
        deflation_pass(d, z, tol, dsigma, zw, idxp, |jp, j, c, s| {
            let (a, b) = (source(idx_r, idxq_r, jp), source(idx_r, idxq_r, j));
            for r in 0..n {
                let (x, y) = (u.get(r, a), u.get(r, b));
                u.set(r, a, c * x + s * y);
                u.set(r, b, c * y - s * x);
            }
            for r in 0..m {
                let (x, y) = (vt.get(a, r), vt.get(b, r));
                vt.set(a, r, c * x + s * y);
                vt.set(b, r, c * y - s * x);
            }
            // The survivor now mixes both columns.
            if coltyp[j] != coltyp[jp] {
                coltyp[j] = coltyp::DENSE;
            }
        })
    };
    for j in k..n {
        coltyp[idxp[j]] = coltyp::DEFLATED;
    }

    // Group the positions by label: idxc[first of its group + rank] = j.
    let mut ctot = [0usize; 4];
    for j in 1..n {
        ctot[coltyp[j] - 1] += 1;
    }
    let mut psm = [1, 1 + ctot[0], 1 + ctot[0] + ctot[1], 1 + ctot[0] + ctot[1] + ctot[2]];
    for j in 1..n {
        let ct = coltyp[idxp[j]] - 1;
        idxc[psm[ct]] = j;
        psm[ct] += 1;
    }
    for j in 1..n {
        dsigma[j] = d[idxp[j]];
        let c = source(idx, idxq, idxp[idxc[j]]);
        for r in 0..n {
            u2.set(r, j, u.get(r, c));
        }
        for r in 0..m {
            vt2.set(j, r, vt.get(c, r));
        }
    }

    // The pole at zero, kept a little away from the first real pole.
    dsigma[0] = zero;
    let hlftol = tol / R::from_f64(2.0);
    if dsigma[1].abs() <= hlftol {
        dsigma[1] = hlftol;
    }
    let (mut c, mut s) = (one, zero);
    if m > n {
        // The extra column folds into z[0] by one rotation of V.
        z[0] = lapy2(z1, z[m - 1]);
        if z[0] <= tol {
            z[0] = tol;
        } else {
            c = z1 / z[0];
            s = z[m - 1] / z[0];
        }
    } else {
        z[0] = if z1.abs() <= tol { tol } else { z1 };
    }
    for j in 1..k {
        z[j] = u2.get(j, 0);
    }

    for r in 0..n {
        u2.set(r, 0, zero);
    }
    u2.set(nl, 0, one);
    if m > n {
        for i in 0..=nl {
            let x = vt.get(nl, i);
            vt.set(m - 1, i, -s * x);
            vt2.set(0, i, c * x);
        }
        for i in nl + 1..m {
            let x = vt.get(m - 1, i);
            vt2.set(0, i, s * x);
            vt.set(m - 1, i, c * x);
        }
        for i in 0..m {
            vt2.set(m - 1, i, vt.get(m - 1, i));
        }
    } else {
        for i in 0..m {
            vt2.set(0, i, vt.get(nl, i));
        }
    }

    // The deflated values and vectors (their group is last, so idxc is
    // the identity there) go straight to their final places.
    for j in k..n {
        d[j] = dsigma[j];
        for r in 0..n {
            u.set(r, j, u2.get(r, j));
        }
        for r in 0..m {
            vt.set(j, r, vt2.get(j, r));
        }
    }
    coltyp[..4].copy_from_slice(&ctot);
    (k, ctot)
}

/// The second stage of a merge (`?lasd3`), for [`lasd1`]: the `k` roots of
/// the secular equation with poles `dsigma[..k]` and weights `z[..k]` (as
/// [`lasd2`] left them) into `d[..k]` ascending, `z` replaced by the vector
/// for which they are exact (so the vectors come out orthogonal), and the
/// singular vectors `u[:, ..k] = u2[:, ..k] Q_u`, `vt[..k, :] = Q_v vt2[..k, :]`,
/// where the small factors are permuted by `idxc` into `u2`/`vt2`'s grouped
/// order so that only the blocks the labels `ctot` say are nonzero are
/// multiplied. `q` (`k x k`) is scratch; `vt2` is scratch too (one row of
/// its lower half is overwritten). `u`'s and `vt`'s deflated part
/// (`u[:, k..]`, `vt[k.., :]`) is kept.
///
/// `Err(Info::new(1))` when the secular equation did not converge. Panics
/// on shapes that disagree with `n = nl + nr + 1`, `m = n + sqre`, `1 <= k <= n`.
#[allow(clippy::too_many_arguments)]
pub fn lasd3<R: RealScalar>(
    nl: usize,
    nr: usize,
    sqre: bool,
    k: usize,
    d: &mut [R],
    mut q: MatMut<'_, R>,
    dsigma: &[R],
    mut u: MatMut<'_, R>,
    u2: MatRef<'_, R>,
    mut vt: MatMut<'_, R>,
    mut vt2: MatMut<'_, R>,
    idxc: &[usize],
    ctot: &[usize; 4],
    z: &mut [R],
    par: Par,
) -> Result<(), Info> {
    let n = nl + nr + 1;
    let m = n + usize::from(sqre);
    assert!(nl >= 1 && nr >= 1 && (1..=n).contains(&k), "lasd3: need nl, nr >= 1 and 1 <= k <= n");
    assert!(d.len() >= k && dsigma.len() >= k && z.len() >= k && idxc.len() >= k, "lasd3: short d, dsigma, z or idxc");
    assert!(q.nrows() >= k && q.ncols() >= k, "lasd3: Q must be k x k");
    assert!(u.nrows() >= n && u.ncols() >= n && vt.nrows() >= m && vt.ncols() >= m, "lasd3: bad U or VT shape");
    assert!(u2.nrows() >= n && u2.ncols() >= n && vt2.nrows() >= m && vt2.ncols() >= m, "lasd3: bad U2 or VT2 shape");
    let (zero, one) = (R::zero(), R::one());
    if k == 1 {
        d[0] = z[0].abs();
        for r in 0..m {
            vt.set(0, r, vt2.get(0, r));
        }
        let sg = if z[0] > zero { one } else { -one };
        for r in 0..n {
            u.set(r, 0, sg * u2.get(r, 0));
        }
        return Ok(());
    }
    // While the roots are found, column j of u keeps root j's `dsigma_i -
    // sigma_j` and column j of vt its `dsigma_i + sigma_j` (rows 0..k; the
    // products below rebuild those columns). The solver's own scratch (3 k)
    // comes from q, free until then; at k = 2, q holds only 4.
    {
        let mut small = [zero; 6];
        let (mut q0, rest) = q.rb_mut().split_at_col(1);
        let (mut q1, mut q2) = rest.split_at_col(1);
        let (dl, wk, prod): (&mut [R], &mut [R], &mut [R]) = if k == 2 {
            let (a, rest) = small.split_at_mut(2);
            let (b, c) = rest.split_at_mut(2);
            (a, b, c)
        } else {
            (
                &mut q0.col_slice_mut(0).expect("lasd3: q needs contiguous columns")[..k],
                &mut q1.col_slice_mut(0).expect("lasd3: q needs contiguous columns")[..k],
                &mut q2.col_slice_mut(0).expect("lasd3: q needs contiguous columns")[..k],
            )
        };
        secular_roots(&dsigma[..k], z, d, dl, wk, prod, |j, dl, wk| {
            for i in 0..k {
                u.set(i, j, dl[i]);
                vt.set(i, j, wk[i]);
            }
        })?;
    }
    // Root i's left vector is `(-1, dsigma_j z_j / (dsigma_j^2 - sigma_i^2))_j`
    // and its right one `(z_j / (dsigma_j^2 - sigma_i^2))_j`, normalized;
    // q's rows follow u2's grouped columns (idxc).
    for i in 0..k {
        for j in 0..k {
            let v = z[j] / u.get(j, i) / vt.get(j, i);
            vt.set(j, i, v);
            u.set(j, i, if j == 0 { -one } else { dsigma[j] * v });
        }
        let t = level1::nrm2(u.rb().col(i).subvec(0, k));
        q.set(0, i, u.get(0, i) / t);
        for j in 1..k {
            q.set(j, i, u.get(idxc[j], i) / t);
        }
    }
    let l3 = Level3::new(par);
    let gemm = |alpha_beta: R, a: MatRef<'_, R>, b: MatRef<'_, R>, c: MatMut<'_, R>| {
        l3.gemm(Trans::No, Trans::No, one, a, b, alpha_beta, c);
    };
    let (c1, c2, c3) = (ctot[0], ctot[1], ctot[2]);
    if k == 2 {
        gemm(zero, u2.submatrix(0, 0, n, k), q.rb().submatrix(0, 0, k, k), u.rb_mut().submatrix(0, 0, n, k));
    } else {
        // The upper rows see the UPPER and DENSE columns of u2, the middle
        // row only its first column, the lower rows the LOWER and DENSE ones.
        let kd = 1 + c1 + c2;
        if c1 > 0 {
            gemm(zero, u2.submatrix(0, 1, nl, c1), q.rb().submatrix(1, 0, c1, k), u.rb_mut().submatrix(0, 0, nl, k));
            if c3 > 0 {
                gemm(
                    one,
                    u2.submatrix(0, kd, nl, c3),
                    q.rb().submatrix(kd, 0, c3, k),
                    u.rb_mut().submatrix(0, 0, nl, k),
                );
            }
        } else if c3 > 0 {
            gemm(zero, u2.submatrix(0, kd, nl, c3), q.rb().submatrix(kd, 0, c3, k), u.rb_mut().submatrix(0, 0, nl, k));
        } else {
            lacpy(Part::Full, u2.submatrix(0, 0, nl, k), u.rb_mut().submatrix(0, 0, nl, k));
        }
        for j in 0..k {
            u.set(nl, j, q.get(0, j));
        }
        gemm(
            zero,
            u2.submatrix(nl + 1, 1 + c1, nr, c2 + c3),
            q.rb().submatrix(1 + c1, 0, c2 + c3, k),
            u.rb_mut().submatrix(nl + 1, 0, nr, k),
        );
    }

    for i in 0..k {
        let t = level1::nrm2(vt.rb().col(i).subvec(0, k));
        q.set(i, 0, vt.get(0, i) / t);
        for j in 1..k {
            q.set(i, j, vt.get(idxc[j], i) / t);
        }
    }
    if k == 2 {
        gemm(zero, q.rb().submatrix(0, 0, k, k), vt2.rb().submatrix(0, 0, k, m), vt.rb_mut().submatrix(0, 0, k, m));
        return Ok(());
    }
    // The left columns (0..=nl) see row 0 and the UPPER and DENSE rows of
    // vt2, the right ones row 0 and the LOWER and DENSE rows: row 0 is
    // moved next to those (over the last UPPER row, whose right part is
    // zero and whose left part is used) so that one product covers them.
    let kd = 1 + c1 + c2;
    gemm(
        zero,
        q.rb().submatrix(0, 0, k, 1 + c1),
        vt2.rb().submatrix(0, 0, 1 + c1, nl + 1),
        vt.rb_mut().submatrix(0, 0, k, nl + 1),
    );
    if c3 > 0 {
        gemm(
            one,
            q.rb().submatrix(0, kd, k, c3),
            vt2.rb().submatrix(kd, 0, c3, nl + 1),
            vt.rb_mut().submatrix(0, 0, k, nl + 1),
        );
    }
    if c1 > 0 {
        for i in 0..k {
            q.set(i, c1, q.get(i, 0));
        }
        for i in nl + 1..m {
            vt2.set(c1, i, vt2.get(0, i));
        }
    }
    gemm(
        zero,
        q.rb().submatrix(0, c1, k, 1 + c2 + c3),
        vt2.rb().submatrix(c1, nl + 1, 1 + c2 + c3, m - nl - 1),
        vt.rb_mut().submatrix(0, nl + 1, k, m - nl - 1),
    );
    Ok(())
}

/// The workspace [`lasd0`] needs for order `n` (`m = n + sqre` columns).
pub fn lasd0_req<R: RealScalar>(n: usize, m: usize) -> WorkReq {
    // Every merge below the top one is smaller than the top one.
    lasd1_req::<R>(n, m.max(n)).or(lasdq_req::<R>(n))
}

/// The index workspace [`lasd0`] needs for order `n`: the tree, the
/// sorting permutation and [`lasd1_ireq`] (the reference's `8 n`).
pub fn lasd0_ireq(n: usize) -> WorkReq {
    WorkReq::new::<usize>(4 * n).and(lasd1_ireq(n))
}

/// The SVD of an `n x m` upper bidiagonal matrix, `m = n + sqre`, by divide
/// and conquer (`?lasd0`): `d` (`n`) and `e` (`m - 1`) the diagonal and
/// off-diagonal; on return `d` holds the singular values (not sorted), and
/// `u` (`n x n`) and `vt` (`m x m`), which must hold the identity on entry,
/// the left and right singular vectors (`B = U [S 0] VT`). Leaves have at
/// most `smlsiz >= 3` rows. `Err` from [`lasdq`] or [`lasd1`].
#[allow(clippy::too_many_arguments)]
pub fn lasd0<R: RealScalar>(
    sqre: bool,
    d: &mut [R],
    e: &mut [R],
    mut u: MatMut<'_, R>,
    mut vt: MatMut<'_, R>,
    smlsiz: usize,
    par: Par,
    mut work: Workspace<'_>,
    mut iwork: Workspace<'_>,
) -> Result<(), Info> {
    let n = d.len();
    let sq = usize::from(sqre);
    let m = n + sq;
    if n <= smlsiz {
        return lasdq(Uplo::Upper, sqre, d, &mut e[..(n + sq).saturating_sub(1)], vt, u, empty(0), work);
    }
    let (iw, mut iwork) = iwork.take::<usize>(4 * n);
    let (ic, rest) = iw.split_at_mut(n);
    let (ndiml, rest) = rest.split_at_mut(n);
    let (ndimr, idxq) = rest.split_at_mut(n);
    let (nlvl, nd) = lasdt(n, smlsiz, ic, ndiml, ndimr);
    let _ = m;

    for p in (nd - 1) / 2..nd {
        let (c, nl, nr) = (ic[p], ndiml[p], ndimr[p]);
        let nlf = c - nl;
        let nrf = c + 1;
        lasdq(
            Uplo::Upper,
            true,
            &mut d[nlf..c],
            &mut e[nlf..c],
            vt.rb_mut().submatrix(nlf, nlf, nl + 1, nl + 1),
            u.rb_mut().submatrix(nlf, nlf, nl, nl),
            empty(0),
            work.rb_mut(),
        )?;
        for j in 0..nl {
            idxq[nlf + j] = j;
        }
        let sqrei = if p == nd - 1 { sqre } else { true };
        let nrp = nr + usize::from(sqrei);
        lasdq(
            Uplo::Upper,
            sqrei,
            &mut d[nrf..nrf + nr],
            &mut e[nrf..nrf + nrp - 1],
            vt.rb_mut().submatrix(nrf, nrf, nrp, nrp),
            u.rb_mut().submatrix(nrf, nrf, nr, nr),
            empty(0),
            work.rb_mut(),
        )?;
        for j in 0..nr {
            idxq[c + 1 + j] = j;
        }
    }

    for lvl in (1..=nlvl).rev() {
        let (lf, ll) = if lvl == 1 { (0, 0) } else { ((1 << (lvl - 1)) - 1, (1 << lvl) - 2) };
        for p in lf..=ll {
            let (c, nl, nr) = (ic[p], ndiml[p], ndimr[p]);
            let nlf = c - nl;
            let sqrei = sqre || p != ll;
            let nsub = nl + nr + 1;
            let msub = nsub + usize::from(sqrei);
            let (mut alpha, mut beta) = (d[c], e[c]);
            lasd1(
                nl,
                nr,
                sqrei,
                &mut d[nlf..nlf + nsub],
                &mut alpha,
                &mut beta,
                u.rb_mut().submatrix(nlf, nlf, nsub, nsub),
                vt.rb_mut().submatrix(nlf, nlf, msub, msub),
                &mut idxq[nlf..nlf + nsub],
                par,
                work.rb_mut(),
                iwork.rb_mut(),
            )?;
        }
    }
    Ok(())
}

/// What [`bdsdc`] computes (`COMPQ`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BdsdcJob {
    /// Singular values only (`'N'`).
    Values,
    /// Singular values and the vectors in compact form (`'P'`).
    Compact,
    /// Singular values and the vectors, `U` and `VT` explicitly (`'I'`).
    Vectors,
}

impl BdsdcJob {
    /// Parses `N`, `P` or `I`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'N' => Some(BdsdcJob::Values),
            b'P' => Some(BdsdcJob::Compact),
            b'I' => Some(BdsdcJob::Vectors),
            _ => None,
        }
    }
}

/// The real workspace [`bdsdc`] needs for order `n`: within the
/// reference's `3 n^2 + 4 n` (`7 n` for values only).
pub fn bdsdc_req<R: RealScalar>(job: BdsdcJob, n: usize) -> WorkReq {
    match job {
        BdsdcJob::Values => lasdq_req::<R>(n),
        _ => WorkReq::new::<R>(2 * n).and(lasd0_req::<R>(n, n)),
    }
}

/// The index workspace [`bdsdc`] needs for order `n` (the reference's
/// IWORK): none for values only.
pub fn bdsdc_ireq(job: BdsdcJob, n: usize) -> WorkReq {
    match job {
        BdsdcJob::Values => WorkReq::EMPTY,
        _ => lasd0_ireq(n),
    }
}

/// [`bdsdc_ireq`] as a count of `usize`: every index array is one, so an
/// `iwork` aligned for `usize` that holds this many serves (the reference's
/// `8 n` from `n = 4`).
pub fn bdsdc_ilen(job: BdsdcJob, n: usize) -> usize {
    match job {
        BdsdcJob::Values => 0,
        _ => 7 * n + n.max(4),
    }
}

/// The singular values, and optionally vectors, of the `n x n` upper or
/// lower bidiagonal matrix `B` (diagonal `d`, off-diagonal `e[..n-1]`) by
/// divide and conquer (`?bdsdc`, real): `B = U S VT`, `S` in `d`
/// non-negative and decreasing. With [`BdsdcJob::Vectors`] `u` and `vt`
/// (`n x n`) receive the singular vectors; with [`BdsdcJob::Values`] they
/// are not referenced. `e` is destroyed. Orders of at most [`smlsiz`] go to
/// QR ([`lasdq`]).
///
/// The reals come from `work` ([`bdsdc_req`]), the indices from `iwork`
/// ([`bdsdc_ireq`]).
///
/// `Err(Info::new(i))` when a singular value could not be computed (QR did
/// not converge, or the secular equation failed).
///
/// # Panics
/// On [`BdsdcJob::Compact`] (see [`bdsdc_compact`](super::lasda::bdsdc_compact)), or on shapes that
/// disagree with `n = d.len()`.
#[allow(clippy::too_many_arguments)]
pub fn bdsdc<R: RealScalar>(
    uplo: Uplo,
    job: BdsdcJob,
    d: &mut [R],
    e: &mut [R],
    mut u: MatMut<'_, R>,
    mut vt: MatMut<'_, R>,
    par: Par,
    mut work: Workspace<'_>,
    mut iwork: Workspace<'_>,
) -> Result<(), Info> {
    let n = d.len();
    assert!(job != BdsdcJob::Compact, "bdsdc: the compact form is not supported here");
    let vectors = job == BdsdcJob::Vectors;
    if vectors {
        assert!(u.nrows() >= n && u.ncols() >= n && vt.nrows() >= n && vt.ncols() >= n, "bdsdc: U, VT must be n x n");
    }
    if n == 0 {
        return Ok(());
    }
    let (one, zero) = (R::one(), R::zero());
    let sign1 = |x: R| one.copysign(x);
    if n == 1 {
        if vectors {
            u.set(0, 0, sign1(d[0]));
            vt.set(0, 0, one);
        }
        d[0] = d[0].abs();
        return Ok(());
    }
    let lower = uplo == Uplo::Lower;
    // The rotations are kept only to apply them to U (the reference's 2 n
    // of its 3 n^2 + 4 n, and none of its 7 n for values only).
    let (rot, mut work) = work.take::<R>(if lower && vectors { 2 * n } else { 0 });
    let (cs, sn) = rot.split_at_mut(rot.len() / 2);
    if lower {
        for i in 0..n - 1 {
            let (c, s, r) = lartg(d[i], e[i]);
            d[i] = r;
            e[i] = s * d[i + 1];
            d[i + 1] = c * d[i + 1];
            if vectors {
                cs[i] = c;
                sn[i] = -s;
            }
        }
    }
    let smlsiz = smlsiz();
    let mut u = if vectors { u.rb_mut().submatrix(0, 0, n, n) } else { empty(0) };
    let mut vt = if vectors { vt.rb_mut().submatrix(0, 0, n, n) } else { empty(0) };
    if !vectors {
        lasdq(Uplo::Upper, false, d, &mut e[..n - 1], empty(0), empty(0), empty(0), work.rb_mut())?;
    } else if n <= smlsiz {
        laset(Part::Full, zero, one, u.rb_mut());
        laset(Part::Full, zero, one, vt.rb_mut());
        lasdq(Uplo::Upper, false, d, &mut e[..n - 1], vt.rb_mut(), u.rb_mut(), empty(0), work.rb_mut())?;
    } else {
        laset(Part::Full, zero, one, u.rb_mut());
        laset(Part::Full, zero, one, vt.rb_mut());
        let orgnrm = lanst::<R>(Norm::Max, d, &e[..n - 1]);
        if orgnrm == zero {
            return Ok(());
        }
        if orgnrm.is_nan() {
            return Err(Info::new(1));
        }
        for x in d.iter_mut() {
            *x /= orgnrm;
        }
        for x in e[..n - 1].iter_mut() {
            *x /= orgnrm;
        }
        let eps = R::from_f64(0.9) * lamch::<R>(Machine::Eps);
        for x in d.iter_mut() {
            if x.abs() < eps {
                *x = eps.copysign(*x);
            }
        }
        // Split where e is negligible; solve each piece.
        let nm1 = n - 1;
        let mut start = 0;
        for i in 0..nm1 {
            if e[i].abs() < eps || i == nm1 - 1 {
                let nsize = if i < nm1 - 1 {
                    i - start + 1
                } else if e[i].abs() >= eps {
                    n - start
                } else {
                    u.set(n - 1, n - 1, sign1(d[n - 1]));
                    vt.set(n - 1, n - 1, one);
                    d[n - 1] = d[n - 1].abs();
                    i - start + 1
                };
                lasd0(
                    false,
                    &mut d[start..start + nsize],
                    &mut e[start..start + nsize - 1],
                    u.rb_mut().submatrix(start, start, nsize, nsize),
                    vt.rb_mut().submatrix(start, start, nsize, nsize),
                    smlsiz,
                    par,
                    work.rb_mut(),
                    iwork.rb_mut(),
                )?;
                start = i + 1;
            }
        }
        for x in d.iter_mut() {
            *x *= orgnrm;
        }
    }
    // Decreasing order, one swap per vector.
    for i in 0..n - 1 {
        let mut kk = i;
        for j in i + 1..n {
            if d[j] > d[kk] {
                kk = j;
            }
        }
        if kk != i {
            d.swap(i, kk);
            if vectors {
                swap_cols(&mut u, i, kk, n);
                swap_rows(&mut vt, i, kk, n);
            }
        }
    }
    if lower && vectors {
        lasr(Side::Left, Pivot::Variable, Direction::Backward, &cs[..n - 1], &sn[..n - 1], u.rb_mut());
    }
    Ok(())
}
