//! The merge of the divide-and-conquer bidiagonal SVD in the factored form
//! (`?lasd6`, `?lasd7`, `?lasd8`): the singular values of the merged
//! problem, the first and last components of its right singular vectors
//! (`vf`, `vl`, all the merge needs of the halves' vectors), and what
//! rebuilds the vectors later (the permutation and plane rotations of the
//! deflation, the poles and the roots with their differences, the
//! normalizing factors): `?lals0` applies them to right-hand sides.
//!
//! The deflation and the secular equation are the ones
//! [`lasd1`](super::divide::lasd1) (explicit vectors) uses: `merge_sorted`,
//! `deflation_pass` and `secular_roots` in `divide.rs`.

// Index loops over several parallel arrays read more plainly than zipped iterators.
#![allow(clippy::needless_range_loop)]

use super::divide::{block_column, deflation_pass, merge_sorted, secular_roots};
use crate::sym_eigen::tridiagonal::lamrg;
use crate::{Info, WorkReq, Workspace};
use ferroblas_kernels::aux::scalars::{lamch, lapy2, Machine};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{level1, MatMut, RealScalar, VecRef};

/// What one merge's deflation did, 0-based (`PERM`, `GIVCOL`, `GIVNUM`):
/// rows and columns count in the merged problem's block layout (the upper
/// half's `0..nl`, the middle row `nl`, the lower half's `nl+1..`).
pub struct MergeRecord<'a, R> {
    /// `perm[j]` (`j >= 1`): the block position whose vectors sorted
    /// position `j` holds (position 0 is the middle row's).
    pub perm: &'a mut [usize],
    /// `givcol[0][g]`, `givcol[1][g]`: the second and first position of
    /// rotation `g` (`GIVCOL(g, 1)`, `GIVCOL(g, 2)`).
    pub givcol: [&'a mut [usize]; 2],
    /// `givnum[0][g]` its sine, `givnum[1][g]` its cosine.
    pub givnum: [&'a mut [R]; 2],
}

/// What [`lasd7`] reports besides its arrays.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Deflation<R> {
    /// The order of the secular equation (`1 <= k <= n`).
    pub k: usize,
    /// The number of rotations recorded.
    pub givptr: usize,
    /// With an extra column (`sqre`), the rotation `(c, s)` that folds it
    /// into the first; `None` otherwise.
    pub rotation: Option<(R, R)>,
}

/// The deflation of a factored merge (`?lasd7`) of the `n x m` upper
/// bidiagonal (`n = nl + nr + 1`, `m = n + sqre`) whose halves' singular
/// values are `d[..nl]`, `d[nl+1..n]` (each sorted ascending by
/// `idxq[..nl]`, `idxq[nl+1..n]`, 0-based within the half), and whose
/// right singular vectors' first and last components are `vf`, `vl`
/// (`m`): forms `z` (`m`), sorts, and deflates. On return `dsigma[..k]`,
/// `z[..k]` are the secular equation's poles (`dsigma[0] = 0`) and
/// weights, `d[k..n]` the deflated values, `vf`, `vl` (first `n`) follow
/// the sorted order, `idx` sorts the merged values and `idxp[1..]` lists
/// the kept then the deflated positions; `record` receives the
/// permutation and rotations when given. `zw`, `vfw`, `vlw` (`m`) are
/// scratch; `idxq` is overwritten.
#[allow(clippy::too_many_arguments)]
pub fn lasd7<R: RealScalar>(
    nl: usize,
    nr: usize,
    sqre: bool,
    d: &mut [R],
    z: &mut [R],
    zw: &mut [R],
    vf: &mut [R],
    vfw: &mut [R],
    vl: &mut [R],
    vlw: &mut [R],
    alpha: R,
    beta: R,
    dsigma: &mut [R],
    idx: &mut [usize],
    idxp: &mut [usize],
    idxq: &mut [usize],
    mut record: Option<&mut MergeRecord<'_, R>>,
) -> Deflation<R> {
    let n = nl + nr + 1;
    let m = n + usize::from(sqre);
    let zero = R::zero();
    // z is the middle row in the halves' right singular bases: only the
    // last components of the upper half's vectors and the first of the
    // lower half's meet it.
    let z1 = alpha * vl[nl];
    vl[nl] = zero;
    let tau = vf[nl];
    for i in (0..nl).rev() {
        z[i + 1] = alpha * vl[i];
        vl[i] = zero;
        vf[i + 1] = vf[i];
        d[i + 1] = d[i];
        idxq[i + 1] = idxq[i] + 1;
    }
    vf[0] = tau;
    for i in nl + 1..m {
        z[i] = beta * vf[i];
        vf[i] = zero;
    }
    for i in nl + 1..n {
        idxq[i] += nl + 1;
    }
    merge_sorted(nl, &mut d[..n], &mut z[..n], idxq, idx, dsigma, zw);
    for i in 1..n {
        let src = idxq[1 + idx[i]];
        vfw[i] = vf[src];
        vlw[i] = vl[src];
    }
    vf[1..n].copy_from_slice(&vfw[1..n]);
    vl[1..n].copy_from_slice(&vlw[1..n]);

    let eps = lamch::<R>(Machine::Eps);
    let tol = R::from_f64(64.0) * eps * d[n - 1].abs().max(alpha.abs()).max(beta.abs());
    let origin = |x: usize, idx: &[usize], idxq: &[usize]| block_column(nl, idxq[1 + idx[x]]);
    let mut givptr = 0;
    let k = deflation_pass(&d[..n], &mut z[..n], tol, dsigma, zw, idxp, |jp, j, c, s| {
        if let Some(rec) = record.as_deref_mut() {
            rec.givcol[0][givptr] = origin(j, idx, idxq);
            rec.givcol[1][givptr] = origin(jp, idx, idxq);
            rec.givnum[0][givptr] = s;
            rec.givnum[1][givptr] = c;
            givptr += 1;
        }
        for v in [&mut *vf, &mut *vl] {
            let (x, y) = (v[jp], v[j]);
            v[jp] = c * x + s * y;
            v[j] = c * y - s * x;
        }
    });

    for j in 1..n {
        let jp = idxp[j];
        dsigma[j] = d[jp];
        vfw[j] = vf[jp];
        vlw[j] = vl[jp];
    }
    if let Some(rec) = record {
        for j in 1..n {
            rec.perm[j] = origin(idxp[j], idx, idxq);
        }
    }
    d[k..n].copy_from_slice(&dsigma[k..n]);

    // The pole at zero, kept a little away from the first real pole; with an
    // extra column its component of z folds into z[0] by one rotation.
    dsigma[0] = zero;
    let hlftol = tol / R::from_f64(2.0);
    if dsigma[1].abs() <= hlftol {
        dsigma[1] = hlftol;
    }
    let mut rotation = None;
    if m > n {
        z[0] = lapy2(z1, z[m - 1]);
        let (c, s) = if z[0] <= tol {
            z[0] = tol;
            (R::one(), zero)
        } else {
            (z1 / z[0], -z[m - 1] / z[0])
        };
        for v in [&mut *vf, &mut *vl] {
            let (x, y) = (v[m - 1], v[0]);
            v[m - 1] = c * x + s * y;
            v[0] = c * y - s * x;
        }
        rotation = Some((c, s));
    } else {
        z[0] = if z1.abs() <= tol { tol } else { z1 };
    }
    z[1..k].copy_from_slice(&zw[1..k]);
    vf[1..n].copy_from_slice(&vfw[1..n]);
    vl[1..n].copy_from_slice(&vlw[1..n]);
    Deflation { k, givptr, rotation }
}

/// The secular equation of a factored merge (`?lasd8`), order `k =
/// dsigma.len()` (poles `dsigma`, ascending from 0; weights `z`): the
/// roots into `d`, `difl[i] = d_i - dsigma_i`, `difr[i] = d_i -
/// dsigma_{i+1}` (`i < k - 1`), `z` replaced by the vector for which the
/// roots are exact, and `vf`, `vl` (`k`) multiplied by the new right
/// singular vectors (`vf := V^T vf`). With `norms`, it receives each right
/// vector's normalizing factor (`DIFR(:, 2)`). `work`: `3 k`.
/// `Err(Info::new(1))` when a root did not converge.
#[allow(clippy::too_many_arguments)]
pub fn lasd8<R: RealScalar>(
    d: &mut [R],
    z: &mut [R],
    vf: &mut [R],
    vl: &mut [R],
    difl: &mut [R],
    difr: &mut [R],
    mut norms: Option<&mut [R]>,
    dsigma: &[R],
    work: &mut [R],
) -> Result<(), Info> {
    let k = dsigma.len();
    if k == 0 {
        return Ok(());
    }
    if k == 1 {
        d[0] = z[0].abs();
        difl[0] = d[0];
        if let Some(nm) = norms {
            // (The reference also sets DIFL(2) here; nothing reads it.)
            if difl.len() > 1 {
                difl[1] = R::one();
            }
            nm[0] = R::one();
        }
        return Ok(());
    }
    let (w1, rest) = work[..3 * k].split_at_mut(k);
    let (w2, w3) = rest.split_at_mut(k);
    secular_roots(dsigma, z, d, w1, w2, w3, |j, delta, _| {
        difl[j] = -delta[j];
        if j + 1 < k {
            difr[j] = -delta[j + 1];
        }
    })?;
    // Right vector j: `z_i / ((dsigma_i - d_j)(dsigma_i + d_j))`, the first
    // difference taken from its nearest pole through difl / difr.
    for j in 0..k {
        let (dj, diflj) = (d[j], difl[j]);
        for i in 0..k {
            w1[i] = if i < j {
                z[i] / ((dsigma[i] - dsigma[j]) - diflj) / (dsigma[i] + dj)
            } else if i == j {
                -z[j] / diflj / (dsigma[j] + dj)
            } else {
                z[i] / ((dsigma[i] - dsigma[j + 1]) - difr[j]) / (dsigma[i] + dj)
            };
        }
        let t = level1::nrm2(VecRef::from_slice(w1));
        w2[j] = level1::dot(VecRef::from_slice(w1), VecRef::from_slice(&vf[..k])) / t;
        w3[j] = level1::dot(VecRef::from_slice(w1), VecRef::from_slice(&vl[..k])) / t;
        if let Some(nm) = norms.as_deref_mut() {
            nm[j] = t;
        }
    }
    vf[..k].copy_from_slice(w2);
    vl[..k].copy_from_slice(w3);
    Ok(())
}

/// The factored merge's outputs besides [`MergeRecord`]: `POLES`, `DIFR(:, 2)`.
pub struct MergeFactors<'a, R> {
    /// The deflation's permutation and rotations.
    pub record: MergeRecord<'a, R>,
    /// `poles[0]` the new singular values, `poles[1]` the poles (`k` each,
    /// in the merge's scaling).
    pub poles: [&'a mut [R]; 2],
    /// The right vectors' normalizing factors (`k`).
    pub norms: &'a mut [R],
}

/// The workspace [`lasd6`] needs for a merge of order `n` (`m = n + sqre`).
pub fn lasd6_req<R: RealScalar>(n: usize, m: usize) -> WorkReq {
    WorkReq::new::<R>(n + 3 * m).and(WorkReq::new::<usize>(3 * n))
}

/// The merge of two solved halves in factored form (`?lasd6`), the
/// factored counterpart of [`lasd1`](super::divide::lasd1): the `n x m` upper bidiagonal (`n =
/// nl + nr + 1`, `m = n + sqre`) `[B1 0; alpha e_nl^T beta e_0^T; 0 B2]`
/// with the halves' singular values in `d[..nl]`, `d[nl+1..n]` (sorted by
/// `idxq` within each half, 0-based) and the first and last components of
/// their right singular vectors in `vf`, `vl` (`m`). On return `d` holds the
/// merged singular values, `idxq` sorts them ascending, `vf`, `vl` belong
/// to the merged vectors, `z`, `difl`, `difr` (`k`) hold what
/// [`lasd8`] computed, and `factors` (when given) the rest of the
/// factored vectors. `alpha`, `beta` come back scaled.
/// `Err(Info::new(1))` when the secular equation did not converge.
#[allow(clippy::too_many_arguments)]
pub fn lasd6<R: RealScalar>(
    nl: usize,
    nr: usize,
    sqre: bool,
    d: &mut [R],
    vf: &mut [R],
    vl: &mut [R],
    alpha: &mut R,
    beta: &mut R,
    idxq: &mut [usize],
    mut factors: Option<&mut MergeFactors<'_, R>>,
    difl: &mut [R],
    difr: &mut [R],
    z: &mut [R],
    mut work: Workspace<'_>,
) -> Result<Deflation<R>, Info> {
    let n = nl + nr + 1;
    let m = n + usize::from(sqre);
    let (dsigma, mut work) = work.take::<R>(n);
    let (w, mut work) = work.take::<R>(3 * m);
    let (iw, _) = work.take::<usize>(3 * n);
    let (idx, rest) = iw.split_at_mut(n);
    let (idxp, _) = rest.split_at_mut(n);
    let (zw, rest) = w.split_at_mut(m);
    let (vfw, vlw) = rest.split_at_mut(m);

    // Scale so the largest entry is 1.
    d[nl] = R::zero();
    let orgnrm = d[..n].iter().fold(alpha.abs().max(beta.abs()), |a, x| a.max(x.abs()));
    if orgnrm.is_nan() {
        return Err(Info::new(1));
    }
    let orgnrm = if orgnrm == R::zero() { R::one() } else { orgnrm };
    for x in d[..n].iter_mut() {
        *x /= orgnrm;
    }
    *alpha /= orgnrm;
    *beta /= orgnrm;

    let defl = lasd7(
        nl,
        nr,
        sqre,
        d,
        z,
        zw,
        vf,
        vfw,
        vl,
        vlw,
        *alpha,
        *beta,
        dsigma,
        idx,
        idxp,
        idxq,
        factors.as_deref_mut().map(|f| &mut f.record),
    );
    let k = defl.k;
    // lasd8's scratch: 3 k <= 3 m reals, free again after lasd7.
    lasd8(
        &mut d[..k],
        &mut z[..k],
        vf,
        vl,
        difl,
        difr,
        factors.as_deref_mut().map(|f| &mut f.norms[..]),
        &dsigma[..k],
        &mut w[..3 * k],
    )?;
    if let Some(f) = factors {
        f.poles[0][..k].copy_from_slice(&d[..k]);
        f.poles[1][..k].copy_from_slice(&dsigma[..k]);
    }
    for x in d[..n].iter_mut() {
        *x *= orgnrm;
    }
    // The first k ascending (roots), the deflated ones descending.
    lamrg(k, &d[..n], true, false, &mut idxq[..n]);
    Ok(defl)
}

/// One factored merge as [`lals0`] reads it (what [`lasd6`] recorded),
/// 0-based: see [`MergeRecord`] and [`MergeFactors`].
pub struct MergeRef<'a, R> {
    /// `PERM` (entry 0 unused).
    pub perm: &'a [usize],
    /// `GIVCOL(:, 1)`, `GIVCOL(:, 2)`.
    pub givcol: [&'a [usize]; 2],
    /// `GIVNUM(:, 1)` (sines), `GIVNUM(:, 2)` (cosines).
    pub givnum: [&'a [R]; 2],
    /// The number of rotations.
    pub givptr: usize,
    /// `POLES(:, 1)` the roots, `POLES(:, 2)` the poles (`k` each).
    pub poles: [&'a [R]; 2],
    /// `d_i - dsigma_i` (`k`).
    pub difl: &'a [R],
    /// `DIFR(:, 1)` (`d_i - dsigma_{i+1}`) and `DIFR(:, 2)` (the right
    /// vectors' normalizing factors).
    pub difr: [&'a [R]; 2],
    /// The secular equation's weights (`k`).
    pub z: &'a [R],
    /// The order of the secular equation.
    pub k: usize,
    /// The rotation of the extra column (`sqre`), `(c, s)`.
    pub cs: (R, R),
}

/// `x_i := c x_i + s x_j`, `x_j := c x_j - s x_i` on rows `i`, `j` of `b`.
fn rotate_rows<T: Scalar>(b: &mut MatMut<'_, T>, i: usize, j: usize, c: T::Real, s: T::Real) {
    for col in 0..b.ncols() {
        let (x, y) = (b.get(i, col), b.get(j, col));
        b.set(i, col, x.scale_real(c) + y.scale_real(s));
        b.set(j, col, y.scale_real(c) - x.scale_real(s));
    }
}

/// `dst row := sum_i w_i src row i / scale` over the first `w.len()` rows.
fn combine_rows<T: Scalar>(w: &[T::Real], scale: T::Real, src: &MatMut<'_, T>, dst: &mut MatMut<'_, T>, row: usize) {
    for col in 0..src.ncols() {
        let mut acc = T::zero();
        for (i, &wi) in w.iter().enumerate() {
            acc += src.get(i, col).scale_real(wi);
        }
        dst.set(row, col, acc.scale_real(T::Real::one() / scale));
    }
}

fn copy_row<T: Scalar>(src: &MatMut<'_, T>, i: usize, dst: &mut MatMut<'_, T>, j: usize) {
    for col in 0..src.ncols() {
        dst.set(j, col, src.get(i, col));
    }
}

/// Applies one factored merge's singular vectors to the right-hand sides
/// `b` (`?lals0`, real factorization, real or complex `b`): the merged
/// problem is `n x m` (`n = nl + nr + 1`, `m = n + sqre`), rows of `b` in
/// the merge's block layout. With `right == false`, `b` (rows `..n`)
/// becomes `U^T b`, coordinates along the merged left singular vectors in
/// [`lasd6`]'s order; with `right == true`, `b` (rows `..m`, coordinates
/// along the right singular vectors) becomes `V b`. `bx` (at least `m x
/// nrhs`) and `work` (`k`) are scratch.
#[allow(clippy::too_many_arguments)]
pub fn lals0<T: Scalar>(
    right: bool,
    nl: usize,
    nr: usize,
    sqre: bool,
    mut b: MatMut<'_, T>,
    mut bx: MatMut<'_, T>,
    f: &MergeRef<'_, T::Real>,
    work: &mut [T::Real],
) {
    let n = nl + nr + 1;
    let m = n + usize::from(sqre);
    let k = f.k;
    let (zero, one) = (T::Real::zero(), T::Real::one());
    let (dnew, dsig) = (f.poles[0], f.poles[1]);
    let w = &mut work[..k];
    if !right {
        // The deflation's rotations, then its permutation (the middle row first).
        for g in 0..f.givptr {
            rotate_rows(&mut b, f.givcol[1][g], f.givcol[0][g], f.givnum[1][g], f.givnum[0][g]);
        }
        copy_row(&b, nl, &mut bx, 0);
        for i in 1..n {
            copy_row(&b, f.perm[i], &mut bx, i);
        }
        if k == 1 {
            let sg = if f.z[0] < zero { -one } else { one };
            for col in 0..b.ncols() {
                b.set(0, col, bx.get(0, col).scale_real(sg));
            }
        } else {
            // Left vector j: `(-1, dsigma_i z_i / ((dsigma_i - d_j)(dsigma_i + d_j)))`,
            // the first difference taken from the nearest pole.
            for j in 0..k {
                let (dj, diflj) = (dnew[j], f.difl[j]);
                for i in 0..k {
                    w[i] = if f.z[i] == zero || dsig[i] == zero {
                        zero
                    } else if i < j {
                        dsig[i] * f.z[i] / ((dsig[i] - dsig[j]) - diflj) / (dsig[i] + dj)
                    } else if i == j {
                        -dsig[j] * f.z[j] / diflj / (dsig[j] + dj)
                    } else {
                        dsig[i] * f.z[i] / ((dsig[i] - dsig[j + 1]) - f.difr[0][j]) / (dsig[i] + dj)
                    };
                }
                w[0] = -one;
                let t = level1::nrm2(VecRef::from_slice(w));
                combine_rows(w, t, &bx, &mut b, j);
            }
        }
        for i in k..n {
            copy_row(&bx, i, &mut b, i);
        }
    } else {
        if k == 1 {
            copy_row(&b, 0, &mut bx, 0);
        } else {
            // Row j of V: component j of each right vector i.
            for j in 0..k {
                let sj = dsig[j];
                for i in 0..k {
                    w[i] = if f.z[j] == zero {
                        zero
                    } else if i < j {
                        f.z[j] / ((sj - dsig[i + 1]) - f.difr[0][i]) / (sj + dnew[i]) / f.difr[1][i]
                    } else if i == j {
                        -f.z[j] / f.difl[j] / (sj + dnew[j]) / f.difr[1][j]
                    } else {
                        f.z[j] / ((sj - dsig[i]) - f.difl[i]) / (sj + dnew[i]) / f.difr[1][i]
                    };
                }
                combine_rows(w, one, &b, &mut bx, j);
            }
        }
        if sqre {
            copy_row(&b, m - 1, &mut bx, m - 1);
            rotate_rows(&mut bx, 0, m - 1, f.cs.0, f.cs.1);
        }
        for i in k..n {
            copy_row(&b, i, &mut bx, i);
        }
        copy_row(&bx, 0, &mut b, nl);
        if sqre {
            copy_row(&bx, m - 1, &mut b, m - 1);
        }
        for i in 1..n {
            copy_row(&bx, i, &mut b, f.perm[i]);
        }
        for g in (0..f.givptr).rev() {
            rotate_rows(&mut b, f.givcol[1][g], f.givcol[0][g], f.givnum[1][g], -f.givnum[0][g]);
        }
    }
}
