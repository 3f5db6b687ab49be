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
use super::{steqr, steqr_req, sterf, Compz};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacp2, lacpy, lacrm, laset, Part};
use ferroblas_kernels::aux::norms::{lanst, Norm};
use ferroblas_kernels::aux::scalars::{lamch, lapy2, Machine};
use ferroblas_kernels::{level1, MatMut, MatRef, RealScalar, Scalar, Trans};
use ferroblas_relapack::level3::Level3;

/// The reference's leaf size, `ILAENV(9, 'xSTEDC', ...)`: problems of at
/// most this order are solved by [`steqr`](super::steqr).
pub fn smlsiz() -> usize {
    let v = ferroblas_kernels::aux::tuning::ilaenv(9, "DSTEDC", " ", 0, 0, 0, 0);
    usize::try_from(v).ok().filter(|&v| v >= 1).unwrap_or(25)
}

/// The number of halvings that brings `n` down to leaves of at most `leaf` rows.
fn levels(n: usize, leaf: usize) -> u32 {
    let mut l = 0;
    while n.div_ceil(1 << l) > leaf {
        l += 1;
    }
    l
}

/// The workspace of one merge of order `n`.
fn merge_req<R: RealScalar>(n: usize) -> WorkReq {
    WorkReq::new::<R>(2 * n * n + 6 * n).and(WorkReq::new::<usize>(4 * n)).and(WorkReq::new::<u8>(n))
}

/// The workspace of [`laed0`] for order `n` (eigenvectors of the tridiagonal
/// matrix): the leaves' rotations or one merge, plus the permutation.
pub fn laed0_req<R: RealScalar>(n: usize) -> WorkReq {
    WorkReq::new::<usize>(n).and(WorkReq::new::<R>(n * n)).and(merge_req::<R>(n).or(steqr_req::<R>(Compz::Init, n)))
}

/// The workspace of [`laed1`] for order `n`.
pub fn laed1_req<R: RealScalar>(n: usize) -> WorkReq {
    merge_req::<R>(n)
}

/// Merges two solved halves (`?laed1`): on entry `q` (`n x n`) is
/// `diag(Q1, Q2)` with `Q1` of order `cutpnt`, `d` their eigenvalues, and
/// `indxq[..cutpnt]`, `indxq[cutpnt..]` the ascending orders of each half
/// (0-based, within the half); `rho` is the off-diagonal element where the
/// matrix was torn (the halves' touching diagonal elements already reduced by
/// `|rho|`). On return `d`, `q` hold the eigenpairs of the whole and
/// `indxq` its ascending order (`d[indxq[0]] <= d[indxq[1]] <= ...`).
/// `Err(Info::new(1))` when the secular equation did not converge.
pub fn laed1<R: RealScalar>(
    d: &mut [R],
    q: MatMut<'_, R>,
    indxq: &mut [usize],
    rho: R,
    cutpnt: usize,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    merge(d, q, indxq, rho, cutpnt, par, work)
}

/// Insertion sort of the indices `idx` by `d[idx]` (total order, NaN last).
fn sort_indices<R: RealScalar>(idx: &mut [usize], d: &[R]) {
    let less = |a: R, b: R| a < b || (!a.is_nan() && b.is_nan());
    for i in 1..idx.len() {
        let mut j = i;
        while j > 0 && less(d[idx[j]], d[idx[j - 1]]) {
            idx.swap(j, j - 1);
            j -= 1;
        }
    }
}

fn merge<R: RealScalar>(
    d: &mut [R],
    mut q: MatMut<'_, R>,
    indxq: &mut [usize],
    rho: R,
    n1: usize,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = d.len();
    let n2 = n - n1;
    let zero = R::zero();
    let (rw, mut work) = work.take::<R>(2 * n * n + 6 * n);
    let (iw, mut work) = work.take::<usize>(4 * n);
    let (coltyp, _) = work.take::<u8>(n);
    let (qtmp, rw) = rw.split_at_mut(n * n);
    let (sbuf, rw) = rw.split_at_mut(n * n);
    let (z, rw) = rw.split_at_mut(n);
    let (dlamda, rw) = rw.split_at_mut(n);
    let (w, rw) = rw.split_at_mut(n);
    let (lam, rw) = rw.split_at_mut(n);
    let (wl, rw) = rw.split_at_mut(n);
    let (v, _) = rw.split_at_mut(n);
    let (srt, iw) = iw.split_at_mut(n);
    let (nd, iw) = iw.split_at_mut(n);
    let (df, iw) = iw.split_at_mut(n);
    let (grp, _) = iw.split_at_mut(n);

    // The updating vector: the last row of Q1 and the first of Q2, scaled to
    // unit norm (|u| = sqrt 2) with the sign of rho moved into Q2's part.
    let rs = R::one() / R::from_f64(2.0).sqrt();
    for j in 0..n1 {
        z[j] = q.get(n1 - 1, j) * rs;
    }
    for j in n1..n {
        let x = q.get(n1, j) * rs;
        z[j] = if rho < zero { -x } else { x };
    }
    let rho = (rho + rho).abs();

    // The ascending order of both halves together.
    for k in n1..n {
        indxq[k] += n1;
    }
    {
        for k in 0..n {
            dlamda[k] = d[indxq[k]];
        }
        lamrg(n1, &dlamda[..n], true, true, srt);
        for s in srt.iter_mut() {
            *s = indxq[*s];
        }
    }

    let eps = lamch::<R>(Machine::Eps);
    let zmax = z.iter().fold(zero, |m, x| m.max(x.abs()));
    let dmax = d.iter().fold(zero, |m, x| m.max(x.abs()));
    let tol = R::from_f64(8.0) * eps * dmax.max(zmax);

    // Deflation, in ascending order of the eigenvalues.
    for (j, c) in coltyp.iter_mut().enumerate() {
        *c = if j < n1 { 0 } else { 2 };
    }
    let (mut k, mut ndf) = (0, 0);
    let mut pj: Option<usize> = None;
    if rho * zmax > tol {
        for &s in srt.iter() {
            if rho * z[s].abs() <= tol {
                coltyp[s] = 3;
                df[ndf] = s;
                ndf += 1;
                continue;
            }
            let Some(p) = pj else {
                pj = Some(s);
                continue;
            };
            // Two close eigenvalues: rotate z[p] into z[s].
            let tau = lapy2(z[s], z[p]);
            let c = z[s] / tau;
            let sn = -z[p] / tau;
            let t = d[s] - d[p];
            if (t * c * sn).abs() <= tol {
                z[s] = tau;
                z[p] = zero;
                if coltyp[s] != coltyp[p] {
                    coltyp[s] = 1;
                }
                coltyp[p] = 3;
                let (a, b) = if p < s {
                    let (l, r) = q.rb_mut().split_at_col(s);
                    (l.col_mut(p), r.col_mut(0))
                } else {
                    let (l, r) = q.rb_mut().split_at_col(p);
                    (r.col_mut(0), l.col_mut(s))
                };
                level1::rot(a, b, c, sn);
                let dp = d[p] * c * c + d[s] * sn * sn;
                d[s] = d[p] * sn * sn + d[s] * c * c;
                d[p] = dp;
                df[ndf] = p;
                ndf += 1;
            } else {
                nd[k] = p;
                k += 1;
            }
            pj = Some(s);
        }
        if let Some(p) = pj {
            nd[k] = p;
            k += 1;
        }
    } else {
        df[..n].copy_from_slice(srt);
        ndf = n;
    }
    sort_indices(&mut df[..ndf], d);

    // Group the surviving columns: top only, mixed, bottom only.
    let mut counts = [0usize; 3];
    let mut g = 0;
    for ty in 0..3u8 {
        for (j, &s) in nd[..k].iter().enumerate() {
            if coltyp[s] == ty {
                grp[g] = j;
                g += 1;
                counts[ty as usize] += 1;
            }
        }
    }
    for j in 0..k {
        dlamda[j] = d[nd[j]];
        w[j] = z[nd[j]];
    }
    let mut qt = MatMut::from_col_major(qtmp, n, n, n);
    for gi in 0..k {
        level1::copy(q.rb().col(nd[grp[gi]]), qt.rb_mut().col_mut(gi));
    }
    for t in 0..ndf {
        level1::copy(q.rb().col(df[t]), qt.rb_mut().col_mut(k + t));
    }

    // The secular equation and the eigenvectors of D + rho w w^T.
    for j in 0..k {
        let (l, r) = laed4(j, &dlamda[..k], &w[..k], &mut sbuf[j * k..(j + 1) * k], rho);
        r?;
        lam[j] = l;
    }
    let mut s = MatMut::from_col_major(&mut sbuf[..k * k], k, k, k.max(1));
    if k >= 3 {
        // Löwner: the z for which the computed roots are exact.
        for i in 0..k {
            let mut p = s.get(i, i);
            for j in 0..k {
                if j != i {
                    p *= s.get(i, j) / (dlamda[i] - dlamda[j]);
                }
            }
            wl[i] = (-p).sqrt().copysign(w[i]);
        }
        for j in 0..k {
            for i in 0..k {
                v[i] = wl[i] / s.get(i, j);
            }
            let nrm = level1::nrm2(ferroblas_kernels::VecRef::from_slice(&v[..k]));
            for gi in 0..k {
                s.set(gi, j, v[grp[gi]] / nrm);
            }
        }
    } else {
        // k = 1, 2: laed4 returned the unit eigenvectors themselves.
        for j in 0..k {
            for i in 0..k {
                v[i] = s.get(i, j);
            }
            for gi in 0..k {
                s.set(gi, j, v[grp[gi]]);
            }
        }
    }

    let l3 = Level3::new(par);
    let (ntop, nmix) = (counts[0], counts[1]);
    let qt = qt.into_ref();
    let s = s.into_ref();
    {
        let (top, bottom) = q.rb_mut().split_at_row(n1);
        let top = top.submatrix(0, 0, n1, k);
        let bottom = bottom.submatrix(0, 0, n2, k);
        gemm_or_zero(&l3, qt.submatrix(0, 0, n1, ntop + nmix), s.submatrix(0, 0, ntop + nmix, k), top);
        gemm_or_zero(&l3, qt.submatrix(n1, ntop, n2, k - ntop), s.submatrix(ntop, 0, k - ntop, k), bottom);
    }
    lacpy(Part::Full, qt.submatrix(0, k, n, n - k), q.rb_mut().submatrix(0, k, n, n - k));
    for t in 0..ndf {
        v[t] = d[df[t]];
    }
    d[..k].copy_from_slice(&lam[..k]);
    d[k..].copy_from_slice(&v[..ndf]);
    lamrg(k, d, true, true, indxq);
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
            merge(&mut d[s..t], qb, &mut indxq[s..t], rho, cut - s, par, work.rb_mut()).map_err(|_| fail(s, t - s))?;
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
    let real = WorkReq::new::<T::Real>(n * n).and(laed0_req::<T::Real>(n));
    let product = if T::IS_COMPLEX {
        WorkReq::new::<T>(nrows * n).and(WorkReq::new::<T::Real>(2 * nrows * n))
    } else {
        WorkReq::new::<T>(nrows * n)
    };
    WorkReq::new::<T::Real>(n * n).and(laed0_req::<T::Real>(n).or(product)).or(real)
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
        // The next block that does not split.
        let mut finish = start;
        while finish + 1 < n {
            let tiny = eps * d[finish].abs().sqrt() * d[finish + 1].abs().sqrt();
            if e[finish].abs() > tiny {
                finish += 1;
            } else {
                break;
            }
        }
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
    let (qbuf, mut work) = work.take::<T::Real>(n * n);
    let mut qr = MatMut::from_col_major(qbuf, n, n, n);
    stedc_real(d, e, qr.rb_mut(), par, work.rb_mut())?;
    let qr = qr.into_ref();
    match compz {
        Compz::Init => lacp2(Part::Full, qr, z),
        _ => {
            let m = z.nrows();
            let (tbuf, mut rest) = work.take::<T>(m * n);
            let mut tmp = MatMut::from_col_major(tbuf, m, n, m.max(1));
            lacpy(Part::Full, z.rb(), tmp.rb_mut());
            if T::IS_COMPLEX {
                let (rw, _) = rest.take::<T::Real>(2 * m * n);
                lacrm(tmp.into_ref(), qr, z, rw);
            } else {
                // Real: one GEMM, with the caller's parallelism.
                let a = real_view(tmp.into_ref());
                let c = real_view_mut(z);
                Level3::new(par).gemm(Trans::No, Trans::No, T::Real::one(), a, qr, T::Real::zero(), c);
            }
        }
    }
    Ok(())
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
