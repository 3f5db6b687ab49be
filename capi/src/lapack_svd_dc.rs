//! Glue between the generated bidiagonal divide-and-conquer entry points
//! (`?bdsdc`, `?lasd0`, `?lasd1`, `?lasd2`, `?lasd3`, `?lasd4`, `?lasd5`, `?lasd6`, `?lasd7`, `?lasd8`, `?lals0`,
//! `?lasdq`, `?lasdt`) and
//! `ferroblas_lapack::svd`: 1-based indices, the integer flag `SQRE`, and
//! the workspace, which the Rust routines size themselves.

use crate::lapack_rt::with_work;
use crate::lapack_rt::AbiInt;
use ferroblas_kernels::aux::matrix::{laset, Part};
use ferroblas_kernels::scalar::RealScalar;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{MatMut, MatRef, Uplo};
use ferroblas_lapack::svd::{self, BdsdcJob};
use ferroblas_lapack::{Info, Par, WorkBuffer, WorkReq};

/// The lengths of `Q` and `IQ` for `COMPQ = 'P'` (0 otherwise), as the
/// reference fills them.
pub fn bdsdc_compact_len(uplo: Uplo, compq: BdsdcJob, n: usize) -> (usize, usize) {
    if compq != BdsdcJob::Compact {
        return (0, 0);
    }
    svd::bdsdc_compact_len(uplo, n, svd::smlsiz())
}

/// `?bdsdc`: `COMPQ = 'N'` and `'I'` by [`svd::bdsdc`], `'P'` by
/// [`svd::bdsdc_compact`] (Q and IQ in the reference's layout, IQ's
/// indices 1-based).
#[allow(clippy::too_many_arguments)]
pub fn bdsdc<R: RealScalar, I: AbiInt>(
    uplo: Uplo,
    compq: BdsdcJob,
    d: &mut [R],
    e: &mut [R],
    u: MatMut<'_, R>,
    vt: MatMut<'_, R>,
    q: &mut [R],
    iq: &mut [I],
) -> Result<(), Info> {
    let n = d.len();
    if compq == BdsdcJob::Compact {
        let sml = svd::smlsiz();
        let mut ib = vec![0usize; iq.len()];
        let mut buf = WorkBuffer::new(svd::bdsdc_compact_req::<R>(n, sml));
        svd::bdsdc_compact(uplo, d, e, sml, q, &mut ib, buf.workspace())?;
        if n >= 2 {
            // Column 0: the swaps (indices) and the UPLO flag; then K and
            // GIVPTR (counts), PERM and GIVCOL (indices).
            for (i, (dst, &v)) in iq.iter_mut().zip(&ib).enumerate() {
                let count = i == n - 1 || (n..3 * n).contains(&i);
                *dst = if count { I::from_i64(v as i64) } else { one_based(v) };
            }
        }
        return Ok(());
    }
    let mut buf = WorkBuffer::new(svd::bdsdc_req::<R>(compq, n));
    let mut ibuf = WorkBuffer::new(svd::bdsdc_ireq(compq, n));
    svd::bdsdc(uplo, compq, d, e, u, vt, Par::default(), buf.workspace(), ibuf.workspace())
}

/// `?lasd4` with the reference's 1-based `i`; an `i` outside `1..=n` does nothing.
pub fn lasd4<R: RealScalar>(
    i: i64,
    d: &[R],
    z: &[R],
    delta: &mut [R],
    rho: R,
    sigma: &mut R,
    work: &mut [R],
) -> Result<(), Info> {
    let n = d.len();
    match usize::try_from(i) {
        Ok(i) if (1..=n).contains(&i) => {
            let (s, r) = svd::lasd4(i - 1, d, z, delta, rho, work);
            *sigma = s;
            r
        }
        _ => Ok(()),
    }
}

/// `?lasd5` with the reference's 1-based `i` (1 or 2).
pub fn lasd5<R: RealScalar>(i: i64, d: &[R], z: &[R], delta: &mut [R], rho: R, dsigma: &mut R, work: &mut [R]) {
    let (s, dl, wk) = svd::lasd5(if i == 2 { 1 } else { 0 }, [d[0], d[1]], [z[0], z[1]], rho);
    *dsigma = s;
    delta[..2].copy_from_slice(&dl);
    work[..2].copy_from_slice(&wk);
}

/// `?lasdt`: the tree with 1-based middle rows.
#[allow(clippy::too_many_arguments)]
pub fn lasdt<I: AbiInt>(n: i64, lvl: &mut I, nd: &mut I, inode: &mut [I], ndiml: &mut [I], ndimr: &mut [I], msub: i64) {
    let n = n.max(0) as usize;
    let (mut ic, mut l, mut r) = (vec![0usize; n.max(1)], vec![0usize; n.max(1)], vec![0usize; n.max(1)]);
    let (lv, nodes) = svd::lasdt(n, msub.max(0) as usize, &mut ic, &mut l, &mut r);
    *lvl = I::from_i64(lv as i64);
    *nd = I::from_i64(nodes as i64);
    for p in 0..nodes.min(inode.len()) {
        inode[p] = I::from_i64(ic[p] as i64 + 1);
        ndiml[p] = I::from_i64(l[p] as i64);
        ndimr[p] = I::from_i64(r[p] as i64);
    }
}

/// `?lasd0`: U and VT start from the identity (the reference leaves that to
/// its caller, `?bdsdc`; with anything else its result is not an SVD). The
/// caller's WORK is the workspace when it is large enough.
#[allow(clippy::too_many_arguments)]
pub fn lasd0<R: RealScalar>(
    sqre: bool,
    d: &mut [R],
    e: &mut [R],
    mut u: MatMut<'_, R>,
    mut vt: MatMut<'_, R>,
    smlsiz: i64,
    work: &mut [R],
) -> Result<(), Info> {
    let n = d.len();
    if n == 0 {
        return Ok(());
    }
    laset(Part::Full, R::zero(), R::one(), u.rb_mut());
    laset(Part::Full, R::zero(), R::one(), vt.rb_mut());
    let req = svd::lasd0_req::<R>(n, n + usize::from(sqre));
    let smlsiz = smlsiz.max(3) as usize;
    // The indices in a buffer of their own: WORK is the reference's reals.
    let mut ibuf = WorkBuffer::new(svd::lasd0_ireq(n));
    with_work(work, req, |ws| svd::lasd0(sqre, d, e, u, vt, smlsiz, Par::default(), ws, ibuf.workspace()))
}

/// `?lasd1` with the reference's 1-based IDXQ (each half's own order on
/// entry, the whole's on return).
#[allow(clippy::too_many_arguments)]
pub fn lasd1<R: RealScalar, I: AbiInt>(
    nl: usize,
    nr: usize,
    sqre: bool,
    d: &mut [R],
    alpha: &mut R,
    beta: &mut R,
    u: MatMut<'_, R>,
    vt: MatMut<'_, R>,
    idxq: &mut [I],
    work: &mut [R],
) -> Result<(), Info> {
    let n = nl + nr + 1;
    let req = WorkReq::new::<usize>(n).and(svd::lasd1_req::<R>(n, n + usize::from(sqre)));
    let mut ibuf = WorkBuffer::new(svd::lasd1_ireq(n));
    with_work(work, req, |mut ws| {
        let (ix, ws) = ws.take::<usize>(n);
        for (i, q) in ix.iter_mut().zip(idxq.iter()) {
            *i = zero_based(q);
        }
        ix[nl] = 0;
        let r = svd::lasd1(nl, nr, sqre, d, alpha, beta, u, vt, ix, Par::default(), ws, ibuf.workspace());
        if r.is_ok() {
            for (q, &i) in idxq.iter_mut().zip(ix.iter()) {
                *q = one_based(i);
            }
        }
        r
    })
}

/// `?lasd2` with the reference's 1-based IDXP, IDX, IDXC and IDXQ (their
/// first entries, which the reference leaves alone, are not written).
#[allow(clippy::too_many_arguments)]
pub fn lasd2<R: RealScalar, I: AbiInt>(
    nl: usize,
    nr: usize,
    sqre: bool,
    k: &mut I,
    d: &mut [R],
    z: &mut [R],
    alpha: R,
    beta: R,
    u: MatMut<'_, R>,
    vt: MatMut<'_, R>,
    dsigma: &mut [R],
    u2: MatMut<'_, R>,
    vt2: MatMut<'_, R>,
    idxp: &mut [I],
    idx: &mut [I],
    idxc: &mut [I],
    idxq: &mut [I],
    coltyp: &mut [I],
) {
    let n = nl + nr + 1;
    let mut iw = vec![0usize; 4 * n + n.max(4)];
    let (ip, rest) = iw.split_at_mut(n);
    let (ix, rest) = rest.split_at_mut(n);
    let (ic, rest) = rest.split_at_mut(n);
    let (iq, ct) = rest.split_at_mut(n);
    for (i, q) in iq.iter_mut().zip(idxq.iter()) {
        *i = zero_based(q);
    }
    let (kk, _) = svd::lasd2(nl, nr, sqre, d, z, alpha, beta, u, vt, dsigma, u2, vt2, ip, ix, ic, iq, ct);
    *k = I::from_i64(kk as i64);
    for i in 1..n {
        idxp[i] = one_based(ip[i]);
        idx[i] = one_based(ix[i]);
        idxc[i] = one_based(ic[i]);
        idxq[i] = one_based(iq[i]);
    }
    // Labels 1..4 and, in the first four, the counts: the same numbers
    // (the reference writes four at n = 3).
    for (c, &v) in coltyp[..n.max(4)].iter_mut().zip(ct.iter()) {
        *c = I::from_i64(v as i64);
    }
}

/// `?lasd3` with the reference's 1-based IDXC.
#[allow(clippy::too_many_arguments)]
pub fn lasd3<R: RealScalar, I: AbiInt>(
    nl: usize,
    nr: usize,
    sqre: bool,
    k: usize,
    d: &mut [R],
    q: MatMut<'_, R>,
    dsigma: &[R],
    u: MatMut<'_, R>,
    u2: MatRef<'_, R>,
    vt: MatMut<'_, R>,
    vt2: MatMut<'_, R>,
    idxc: &[I],
    ctot: &[I],
    z: &mut [R],
) -> Result<(), Info> {
    let ic: Vec<usize> = idxc[..nl + nr + 1].iter().map(zero_based).collect();
    let ct = [0, 1, 2, 3].map(|i| ctot[i].get().max(0) as usize);
    svd::lasd3(nl, nr, sqre, k, d, q, dsigma, u, u2, vt, vt2, &ic, &ct, z, Par::default())
}

/// Column `j` of a view with contiguous columns (the Fortran arrays are).
fn column<'a, R>(m: &'a mut MatMut<'_, R>, j: usize) -> &'a mut [R] {
    m.col_slice_mut(j).expect("Fortran columns are contiguous")
}

/// 1-based from 0-based.
fn one_based<I: AbiInt>(v: usize) -> I {
    I::from_i64(v as i64 + 1)
}

/// 0-based from 1-based (anything below 1 as 0).
fn zero_based<I: AbiInt>(v: &I) -> usize {
    (v.get().max(1) - 1) as usize
}

/// The index arrays of a merge's record, 0-based, as [`svd::lasd6`] and
/// [`svd::lasd7`] fill them, before they go back to the reference's PERM
/// and GIVCOL.
struct RecordIndices {
    perm: Vec<usize>,
    givcol: [Vec<usize>; 2],
}

impl RecordIndices {
    fn new(n: usize) -> Self {
        RecordIndices { perm: vec![0; n], givcol: [vec![0; n], vec![0; n]] }
    }

    /// The record over these indices and GIVNUM's two columns.
    fn record<'a, R>(&'a mut self, givnum: [&'a mut [R]; 2]) -> svd::MergeRecord<'a, R> {
        let [g0, g1] = &mut self.givcol;
        svd::MergeRecord { perm: &mut self.perm, givcol: [g0, g1], givnum }
    }

    /// K, C, S (with an extra column) and, for the factored form, GIVPTR,
    /// PERM(2:N) and GIVCOL, 1-based.
    #[allow(clippy::too_many_arguments)]
    fn write_back<R: RealScalar, I: AbiInt>(
        &self,
        defl: &svd::Deflation<R>,
        compact: bool,
        k: &mut I,
        c: &mut R,
        s: &mut R,
        perm: &mut [I],
        givptr: &mut I,
        givcol: &mut [I],
        ldgcol: usize,
    ) {
        let n = self.perm.len();
        *k = I::from_i64(defl.k as i64);
        if let Some((cc, ss)) = defl.rotation {
            *c = cc;
            *s = ss;
        }
        if compact {
            *givptr = I::from_i64(defl.givptr as i64);
            for (p, &v) in perm[1..n].iter_mut().zip(&self.perm[1..n]) {
                *p = one_based(v);
            }
            let g = defl.givptr;
            for (dst, src) in givcol[..g].iter_mut().zip(&self.givcol[0][..g]) {
                *dst = one_based(*src);
            }
            for (dst, src) in givcol[ldgcol..ldgcol + g].iter_mut().zip(&self.givcol[1][..g]) {
                *dst = one_based(*src);
            }
        }
    }
}

/// `?lasd8`: DIFR's second column (ICOMPQ = 1) receives the normalizing factors.
#[allow(clippy::too_many_arguments)]
pub fn lasd8<R: RealScalar>(
    compact: bool,
    d: &mut [R],
    z: &mut [R],
    vf: &mut [R],
    vl: &mut [R],
    difl: &mut [R],
    difr: MatMut<'_, R>,
    dsigma: &mut [R],
    work: &mut [R],
) -> Result<(), Info> {
    let (mut c1, mut c2) = difr.split_at_col(1);
    let norms = if compact { Some(column(&mut c2, 0)) } else { None };
    svd::lasd8(d, z, vf, vl, difl, column(&mut c1, 0), norms, dsigma, work)
}

/// `?lasd6` with the reference's 1-based IDXQ, PERM and GIVCOL.
#[allow(clippy::too_many_arguments)]
pub fn lasd6<R: RealScalar, I: AbiInt>(
    compact: bool,
    nl: usize,
    nr: usize,
    sqre: bool,
    d: &mut [R],
    vf: &mut [R],
    vl: &mut [R],
    alpha: &mut R,
    beta: &mut R,
    idxq: &mut [I],
    perm: &mut [I],
    givptr: &mut I,
    givcol: &mut [I],
    ldgcol: usize,
    givnum: MatMut<'_, R>,
    poles: MatMut<'_, R>,
    difl: &mut [R],
    difr: MatMut<'_, R>,
    z: &mut [R],
    k: &mut I,
    c: &mut R,
    s: &mut R,
    work: &mut [R],
) -> Result<(), Info> {
    let n = nl + nr + 1;
    let m = n + usize::from(sqre);
    let mut iq: Vec<usize> = idxq[..n].iter().map(zero_based).collect();
    let mut ind = RecordIndices::new(n);
    let (mut gn0, mut gn1) = givnum.split_at_col(1);
    let (mut p0, mut p1) = poles.split_at_col(1);
    let (mut r1, mut r2) = difr.split_at_col(1);
    let mut factors = if compact {
        Some(svd::MergeFactors {
            record: ind.record([column(&mut gn0, 0), column(&mut gn1, 0)]),
            poles: [column(&mut p0, 0), column(&mut p1, 0)],
            norms: column(&mut r2, 0),
        })
    } else {
        None
    };
    let difr1 = column(&mut r1, 0);
    let defl = with_work(work, svd::lasd6_req::<R>(n, m), |ws| {
        svd::lasd6(nl, nr, sqre, d, vf, vl, alpha, beta, &mut iq, factors.as_mut(), difl, difr1, z, ws)
    })?;
    for (q, &i) in idxq.iter_mut().zip(iq.iter()) {
        *q = one_based(i);
    }
    ind.write_back(&defl, compact, k, c, s, perm, givptr, givcol, ldgcol);
    Ok(())
}

/// `?lasd7` with the reference's 1-based IDX, IDXP, IDXQ, PERM and GIVCOL.
#[allow(clippy::too_many_arguments)]
#[allow(clippy::needless_range_loop)] // the indices are matrix coordinates too
pub fn lasd7<R: RealScalar, I: AbiInt>(
    compact: bool,
    nl: usize,
    nr: usize,
    sqre: bool,
    k: &mut I,
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
    idx: &mut [I],
    idxp: &mut [I],
    idxq: &mut [I],
    perm: &mut [I],
    givptr: &mut I,
    givcol: &mut [I],
    ldgcol: usize,
    givnum: MatMut<'_, R>,
    c: &mut R,
    s: &mut R,
) {
    let n = nl + nr + 1;
    let mut iq: Vec<usize> = idxq[..n].iter().map(zero_based).collect();
    let (mut ix, mut ip) = (vec![0usize; n], vec![0usize; n]);
    let mut ind = RecordIndices::new(n);
    let (mut gn0, mut gn1) = givnum.split_at_col(1);
    let mut record = if compact { Some(ind.record([column(&mut gn0, 0), column(&mut gn1, 0)])) } else { None };
    let defl = svd::lasd7(
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
        alpha,
        beta,
        dsigma,
        &mut ix,
        &mut ip,
        &mut iq,
        record.as_mut(),
    );
    for i in 1..n {
        idx[i] = one_based(ix[i]);
        idxp[i] = one_based(ip[i]);
        idxq[i] = one_based(iq[i]);
    }
    ind.write_back(&defl, compact, k, c, s, perm, givptr, givcol, ldgcol);
}

/// Column `j` of a read-only view with contiguous columns.
fn column_ref<'a, R>(m: MatRef<'a, R>, j: usize) -> &'a [R] {
    m.col_slice(j).expect("Fortran columns are contiguous")
}

/// `?lals0` (real factorization, real or complex right-hand sides) with the
/// reference's 1-based PERM and GIVCOL.
#[allow(clippy::too_many_arguments)]
pub fn lals0<T: Scalar, I: AbiInt>(
    right: bool,
    nl: usize,
    nr: usize,
    sqre: bool,
    b: MatMut<'_, T>,
    bx: MatMut<'_, T>,
    perm: &[I],
    givptr: i64,
    givcol: &[I],
    ldgcol: usize,
    givnum: MatRef<'_, T::Real>,
    poles: MatRef<'_, T::Real>,
    difl: &[T::Real],
    difr: MatRef<'_, T::Real>,
    z: &[T::Real],
    k: i64,
    c: T::Real,
    s: T::Real,
    work: &mut [T::Real],
) {
    let n = nl + nr + 1;
    let (k, givptr) = (k.max(1) as usize, givptr.max(0) as usize);
    let pm: Vec<usize> = perm[..n].iter().map(zero_based).collect();
    let g0: Vec<usize> = givcol[..givptr].iter().map(zero_based).collect();
    let g1: Vec<usize> = givcol[ldgcol..ldgcol + givptr].iter().map(zero_based).collect();
    let f = svd::MergeRef {
        perm: &pm,
        givcol: [&g0, &g1],
        givnum: [column_ref(givnum, 0), column_ref(givnum, 1)],
        givptr,
        poles: [column_ref(poles, 0), column_ref(poles, 1)],
        difl,
        difr: [column_ref(difr, 0), column_ref(difr, 1)],
        z,
        k,
        cs: (c, s),
    };
    svd::lals0(right, nl, nr, sqre, b, bx, &f, work);
}

/// `NLVL` as `?lalsd`'s and `?gelsd`'s workspace formulas write it:
/// `max(0, int(log2(n / (smlsiz + 1))) + 1)`.
pub fn lalsd_nlvl(smlsiz: i64, n: usize) -> usize {
    if n == 0 {
        return 0;
    }
    let v = ((n as f64 / (smlsiz.max(0) + 1) as f64).ln() / 2f64.ln()) as i64 + 1;
    v.max(0) as usize
}

/// `?lalsd`'s WORK length (real) or RWORK length (complex), as the man
/// pages state it.
pub fn lalsd_work<T: Scalar>(smlsiz: i64, n: usize, nrhs: usize) -> usize {
    let (sml, nlvl) = (smlsiz.max(0) as usize, lalsd_nlvl(smlsiz, n));
    let head = 9 * n + 2 * n * sml + 8 * n * nlvl;
    if T::IS_COMPLEX {
        head + 3 * sml * nrhs + ((sml + 1) * (sml + 1)).max(n * (1 + nrhs) + 2 * nrhs)
    } else {
        head + n * nrhs + (sml + 1) * (sml + 1)
    }
}

/// `?lalsd`'s IWORK length, `3 n nlvl + 11 n`.
pub fn lalsd_iwork(smlsiz: i64, n: usize) -> usize {
    3 * n * lalsd_nlvl(smlsiz, n) + 11 * n
}

/// `?lalsa`'s WORK (real) or RWORK (complex) length.
pub fn lalsa_work<T: Scalar>(smlsiz: i64, n: usize, nrhs: usize) -> usize {
    if T::IS_COMPLEX {
        ((smlsiz.max(0) as usize + 1) * nrhs * 3).max(n * (1 + nrhs) + 2 * nrhs)
    } else {
        n
    }
}

/// The shapes of `?lasda`'s outputs: `(rows, columns)` of U, of VT, and
/// the number of levels `nlvl` of the per-level arrays (0 rows and levels
/// when ICOMPQ = 0 or, for the per-level arrays, when `n <= smlsiz`).
pub fn lasda_shapes(icompq: i64, smlsiz: i64, n: usize, sqre: i64) -> ((usize, usize), (usize, usize), usize) {
    if icompq != 1 {
        return ((0, 0), (0, 0), 0);
    }
    let (sml, m) = (smlsiz.max(0) as usize, n + sqre.clamp(0, 1) as usize);
    let nlvl = if n > sml { svd::lasda_levels(n, sml) } else { 0 };
    ((n, sml.min(n)), (m, (sml + 1).min(m)), nlvl)
}

/// An `n x cols` matrix of indices (ld `n`) for the Rust routines.
fn index_matrix(buf: &mut [usize], n: usize, cols: usize) -> MatMut<'_, usize> {
    MatMut::from_col_major(buf, n, cols, n.max(1))
}

/// `?lasda`: the compact factors come back 1-based in K... GIVCOL, PERM
/// (ICOMPQ = 1); ICOMPQ = 0 computes the singular values only.
#[allow(clippy::too_many_arguments)]
pub fn lasda<R: RealScalar, I: AbiInt>(
    compact: bool,
    smlsiz: i64,
    sqre: bool,
    d: &mut [R],
    e: &mut [R],
    u: MatMut<'_, R>,
    vt: MatMut<'_, R>,
    k: &mut [I],
    difl: MatMut<'_, R>,
    difr: MatMut<'_, R>,
    z: MatMut<'_, R>,
    poles: MatMut<'_, R>,
    givptr: &mut [I],
    givcol: &mut [I],
    ldgcol: usize,
    perm: &mut [I],
    givnum: MatMut<'_, R>,
    c: &mut [R],
    s: &mut [R],
    work: &mut [R],
) -> Result<(), Info> {
    let n = d.len();
    let sml = smlsiz.max(3) as usize;
    let req = svd::lasda_req::<R>(n, sqre, sml, compact);
    if !compact {
        return with_work(work, req, |ws| svd::lasda(sqre, d, e, sml, None, ws));
    }
    let nlvl = difl.ncols();
    let mut kb = vec![0usize; n];
    let mut gp = vec![0usize; n];
    let mut gc = vec![0usize; n * 2 * nlvl];
    let mut pm = vec![0usize; n * nlvl];
    let mut f = svd::CompactSvd {
        u,
        vt,
        k: &mut kb,
        difl,
        difr,
        z,
        poles,
        givptr: &mut gp,
        givcol: index_matrix(&mut gc, n, 2 * nlvl),
        perm: index_matrix(&mut pm, n, nlvl),
        givnum,
        c,
        s,
    };
    with_work(work, req, |ws| svd::lasda(sqre, d, e, sml, Some(&mut f), ws))?;
    if nlvl > 0 {
        for (dst, &v) in k.iter_mut().zip(&kb).chain(givptr.iter_mut().zip(&gp)) {
            *dst = I::from_i64(v as i64);
        }
        for j in 0..2 * nlvl {
            for i in 0..n {
                givcol[i + j * ldgcol] = one_based(gc[i + j * n]);
                if j < nlvl {
                    perm[i + j * ldgcol] = one_based(pm[i + j * n]);
                }
            }
        }
    }
    Ok(())
}

/// `?lalsa` (real factorization, real or complex right-hand sides) with the
/// reference's 1-based PERM and GIVCOL.
#[allow(clippy::too_many_arguments)]
pub fn lalsa<T: Scalar, I: AbiInt>(
    right: bool,
    smlsiz: i64,
    b: MatMut<'_, T>,
    bx: MatMut<'_, T>,
    u: MatMut<'_, T::Real>,
    vt: MatMut<'_, T::Real>,
    k: &[I],
    difl: MatMut<'_, T::Real>,
    difr: MatMut<'_, T::Real>,
    z: MatMut<'_, T::Real>,
    poles: MatMut<'_, T::Real>,
    givptr: &[I],
    givcol: &[I],
    ldgcol: usize,
    perm: &[I],
    givnum: MatMut<'_, T::Real>,
    c: &mut [T::Real],
    s: &mut [T::Real],
    work: &mut [T::Real],
) {
    let (n, nrhs) = (b.nrows(), b.ncols());
    let sml = smlsiz.max(3) as usize;
    let nlvl = difl.ncols();
    let mut kb: Vec<usize> = k[..n].iter().map(|v| v.get().max(0) as usize).collect();
    let mut gp: Vec<usize> = givptr[..n].iter().map(|v| v.get().max(0) as usize).collect();
    let mut gc = vec![0usize; n * 2 * nlvl];
    let mut pm = vec![0usize; n * nlvl];
    for j in 0..2 * nlvl {
        for i in 0..n {
            gc[i + j * n] = zero_based(&givcol[i + j * ldgcol]);
            if j < nlvl {
                pm[i + j * n] = zero_based(&perm[i + j * ldgcol]);
            }
        }
    }
    let f = svd::CompactSvd {
        u,
        vt,
        k: &mut kb,
        difl,
        difr,
        z,
        poles,
        givptr: &mut gp,
        givcol: index_matrix(&mut gc, n, 2 * nlvl),
        perm: index_matrix(&mut pm, n, nlvl),
        givnum,
        c,
        s,
    };
    let req = svd::lalsa_req::<T>(n, sml, nrhs);
    with_work(work, req, |ws| svd::lalsa(right, sml, b, bx, &f, Par::default(), ws));
}

/// `?lalsd`: UPLO = 'L' (exactly, as the reference compares it) for a lower
/// bidiagonal, anything else upper; the rank written back as the ABI
/// integer. WORK is the real workspace (RWORK for c, z).
#[allow(clippy::too_many_arguments)]
pub fn lalsd<T: Scalar, I: AbiInt>(
    uplo: u8,
    smlsiz: i64,
    d: &mut [T::Real],
    e: &mut [T::Real],
    b: MatMut<'_, T>,
    rcond: T::Real,
    rank: &mut I,
    work: &mut [T::Real],
) -> Result<(), Info> {
    let (n, nrhs) = (d.len(), b.ncols());
    let uplo = if uplo == b'L' { Uplo::Lower } else { Uplo::Upper };
    let sml = smlsiz.max(3) as usize;
    let req = svd::lalsd_req::<T>(n, sml, nrhs);
    let r = with_work(work, req, |ws| svd::lalsd(uplo, sml, d, e, b, rcond, Par::default(), ws));
    *rank = I::from_i64(*r.as_ref().unwrap_or(&0) as i64);
    r.map(|_| ())
}
