//! Glue between the generated tridiagonal entry points and the library:
//! at the end, the tridiagonal systems and eigen drivers
//! (`ferroblas_lapack::tridiagonal`: integer and letter options, the
//! drivers' outputs, sizes and 1-based indices); before that the
//! tridiagonal eigensolvers (`?stedc`, `?laed0`, `?laed1`, `?laed4`,
//! `?lamrg`) of `ferroblas_lapack::sym_eigen::tridiagonal`: the reference's workspace
//! formulas (which read the program's `ilaenv_`), 1-based permutations, and
//! the scratch memory.
//!
//! The routines run in the caller's WORK when it holds the bytes their
//! `_req` functions ask (`lapack_rt::with_work`), on a
//! [`ferroblas_lapack::WorkBuffer`] otherwise (the reference's minimal
//! LWORK, or routines whose glue is not given WORK); the caller's arrays are
//! checked as the reference checks them.

use crate::lapack_rt::{routine_name, with_work, AbiInt};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::MatMut;
use ferroblas_lapack::sym_eigen::tridiagonal::{self as td, Compz, StedcSizes};
use ferroblas_lapack::{Info, Par, WorkBuffer};

/// `ILAENV(9, 'xSTEDC', ' ', 0, 0, 0, 0)` through the program's `ilaenv_`.
pub fn smlsiz<T: Scalar>() -> usize {
    let v = crate::lapack_aux::ilaenv_lookup(9, &routine_name::<T>("STEDC"), " ", [0, 0, 0, 0]);
    usize::try_from(v).unwrap_or(0)
}

/// The reference's minimal workspace of `?stedc` (what its query answers);
/// all ones for an illegal COMPZ or N (the call fails before it matters).
pub fn stedc_sizes<T: Scalar>(compz: Option<Compz>, n: i64) -> StedcSizes {
    match (compz, usize::try_from(n)) {
        (Some(c), Ok(n)) => td::stedc_sizes(T::IS_COMPLEX, c, n, smlsiz::<T>()),
        _ => StedcSizes { lwork: 1, lrwork: 1, liwork: 1 },
    }
}

/// `?stedc` (real or complex): the computation, then the minimal sizes in
/// WORK(1), RWORK(1), IWORK(1) as the reference leaves them.
pub fn stedc<T: Scalar, I: AbiInt>(
    compz: Compz,
    d: &mut [T::Real],
    e: &mut [T::Real],
    z: MatMut<'_, T>,
    work: &mut [T],
    rwork: &mut [T::Real],
    iwork: &mut [I],
) -> Result<(), Info> {
    let n = d.len();
    let req = td::stedc_req::<T>(compz, n, z.nrows());
    let r = with_work(work, req, |ws| td::stedc(compz, d, e, z, Par::default(), ws));
    let sz = stedc_sizes::<T>(Some(compz), n as i64);
    if let Some(w) = work.first_mut() {
        *w = T::from_real(T::Real::from_f64(sz.lwork as f64));
    }
    if let Some(w) = rwork.first_mut() {
        *w = T::Real::from_f64(sz.lrwork as f64);
    }
    if let Some(w) = iwork.first_mut() {
        *w = I::from_i64(sz.liwork as i64);
    }
    r
}

/// `?lamrg`: the 1-based merge permutation.
pub fn lamrg<R: RealScalar, I: AbiInt>(n1: i64, n2: i64, a: &[R], dtrd1: i64, dtrd2: i64, index: &mut [I]) {
    let (n1, n2) = (n1.max(0) as usize, n2.max(0) as usize);
    let mut idx = vec![0usize; n1 + n2];
    td::lamrg(n1, &a[..n1 + n2], dtrd1 > 0, dtrd2 > 0, &mut idx);
    for (o, i) in index.iter_mut().zip(idx) {
        *o = I::from_i64(i as i64 + 1);
    }
}

/// `?laed4` with the reference's 1-based `i`; an `i` outside `1..=n` does nothing.
pub fn laed4<R: RealScalar>(i: i64, d: &[R], z: &[R], delta: &mut [R], rho: R, dlam: &mut R) -> Result<(), Info> {
    let n = d.len();
    match usize::try_from(i) {
        Ok(i) if (1..=n).contains(&i) => {
            let (l, r) = td::laed4(i - 1, d, z, delta, rho);
            *dlam = l;
            r
        }
        _ => Ok(()),
    }
}

/// `?laed0`: `icompq = 2` the eigenvectors into Q (merged by `?laed1`);
/// `1` Q (`qsiz x n`) multiplied by them and `0` eigenvalues only, both on
/// the `?laed7` tree (`qstore`: `qsiz x n` for 1, unused for 0).
#[allow(clippy::too_many_arguments)]
pub fn laed0<R: RealScalar>(
    icompq: i64,
    d: &mut [R],
    e: &mut [R],
    q: MatMut<'_, R>,
    qstore: MatMut<'_, R>,
) -> Result<(), Info> {
    let n = d.len();
    if icompq == 2 {
        let mut buf = WorkBuffer::new(td::laed0_req::<R>(n));
        return td::laed0(d, e, q, Par::default(), buf.workspace());
    }
    if icompq == 1 {
        return laed0_complex::<R>(d, e, q, qstore);
    }
    let (mut none, mut none2): ([R; 0], [R; 0]) = ([], []);
    let (q, qs) = (MatMut::from_col_major(&mut none, 0, n, 1), MatMut::from_col_major(&mut none2, 0, n, 1));
    laed0_complex::<R>(d, e, q, qs)
}

/// `c/zlaed0` (and `?laed0` with ICOMPQ = 1): the eigenvectors of the dense
/// matrix, `Q` (`qsiz x n`) multiplied by those of the tridiagonal one, on
/// the `?laed7` tree; `qstore` (`qsiz x n`) is scratch.
pub fn laed0_complex<T: Scalar>(
    d: &mut [T::Real],
    e: &mut [T::Real],
    q: MatMut<'_, T>,
    qstore: MatMut<'_, T>,
) -> Result<(), Info> {
    let mut buf = WorkBuffer::new(td::laed0_tree_req::<T>(d.len(), q.nrows()));
    td::laed0_tree::<T>(d, e, q, qstore, Par::default(), buf.workspace())
}

/// The reference's tree arrays (1-based pointers and positions) read
/// 0-based: the pointer arrays up to the entries a call reads, PERM,
/// GIVCOL, GIVNUM and QSTORE (`qlen` of it) as far as those pointers reach
/// and, for a merge, as far as it writes.
struct AbiTree<R> {
    qptr: Vec<usize>,
    prmptr: Vec<usize>,
    givptr: Vec<usize>,
    perm: Vec<usize>,
    givcol: Vec<[usize; 2]>,
    givnum: Vec<[R; 2]>,
    qlen: usize,
}

/// What a merge writes: its node, whether it is the last level (whose data
/// go to the start of the arrays) and the PERM, GIVCOL and QSTORE entries
/// (`n`, `n - 1`, `n^2` for order `n`).
struct TreeWrite {
    curr: usize,
    top: bool,
    extra: [usize; 3],
}

/// `v - 1` for a 1-based position, 0 for garbage.
fn from_one_based<I: AbiInt>(v: I) -> usize {
    usize::try_from(v.get() - 1).unwrap_or(0)
}

impl<R: RealScalar> AbiTree<R> {
    /// Reads `entries` pointer entries (and leaves room for one more).
    ///
    /// # Safety
    /// The caller's arrays hold the entries the reference reads and writes.
    #[allow(clippy::too_many_arguments)]
    unsafe fn read<I: AbiInt>(
        entries: usize,
        write: Option<TreeWrite>,
        qptr: *const I,
        prmptr: *const I,
        perm: *const I,
        givptr: *const I,
        givcol: *const I,
        givnum: *const R,
    ) -> Self {
        let ptrs = |p: *const I| -> Vec<usize> {
            // SAFETY: the caller's contract.
            let mut v: Vec<usize> = (0..entries).map(|i| from_one_based(unsafe { *p.add(i) })).collect();
            v.push(0);
            v
        };
        let (qptr, prmptr, givptr) = (ptrs(qptr), ptrs(prmptr), ptrs(givptr));
        // Lower nodes end below the largest pointer; the merge writes from its own.
        let reach = |v: &[usize], i: usize| {
            let lower = v.iter().copied().max().unwrap_or(0);
            match &write {
                Some(w) => lower.max(if w.top { 0 } else { v[w.curr] } + w.extra[i]),
                None => lower,
            }
        };
        let (plen, glen, qlen) = (reach(&prmptr, 0), reach(&givptr, 1), reach(&qptr, 2));
        // SAFETY: the caller's contract, for the lengths above.
        let perm = (0..plen).map(|i| from_one_based(unsafe { *perm.add(i) })).collect();
        let givcol = (0..glen)
            .map(|i| unsafe { [from_one_based(*givcol.add(2 * i)), from_one_based(*givcol.add(2 * i + 1))] })
            .collect();
        let givnum = (0..glen).map(|i| unsafe { [*givnum.add(2 * i), *givnum.add(2 * i + 1)] }).collect();
        AbiTree { qptr, prmptr, givptr, perm, givcol, givnum, qlen }
    }
}

/// The node of merge `curpbm` at level `curlvl` of `tlvls` (0-based), or
/// `None` for levels and problems the tree does not have.
fn abi_node(tlvls: i64, curlvl: i64, curpbm: i64) -> Option<(u32, u32, usize)> {
    let tlvls = u32::try_from(tlvls).ok().filter(|&t| t < 40)?;
    let curlvl = u32::try_from(curlvl).ok().filter(|&l| (1..=tlvls).contains(&l))?;
    let curpbm = usize::try_from(curpbm).ok().filter(|&p| p < 1 << (tlvls - curlvl))?;
    Some((tlvls, curlvl, curpbm))
}

/// `?laeda`: the updating vector of merge CURPBM of level CURLVL from the
/// reference's 1-based tree; nothing for a level or problem the tree does
/// not have.
///
/// # Safety
/// The tree's arrays hold what the reference reads.
#[allow(clippy::too_many_arguments)]
pub unsafe fn laeda<R: RealScalar, I: AbiInt>(
    tlvls: i64,
    curlvl: i64,
    curpbm: i64,
    prmptr: *const I,
    perm: *const I,
    givptr: *const I,
    givcol: *const I,
    givnum: *const R,
    qstore: *const R,
    qptr: *const I,
    z: &mut [R],
    ztemp: &mut [R],
) {
    let Some((tlvls, curlvl, curpbm)) = abi_node(tlvls, curlvl, curpbm) else { return };
    if z.is_empty() {
        return;
    }
    // The children's pointers are the last entries read.
    let right = td::tree_node(tlvls, curlvl - 1, 2 * curpbm + 1);
    // SAFETY: the caller's contract.
    let t = unsafe { AbiTree::<R>::read(right + 2, None, qptr, prmptr, perm, givptr, givcol, givnum) };
    // SAFETY: the blocks lie below the largest pointer.
    let qs = unsafe { std::slice::from_raw_parts(qstore, t.qlen) };
    let tree = td::TreeRef {
        qstore: qs,
        qptr: &t.qptr,
        prmptr: &t.prmptr,
        perm: &t.perm,
        givptr: &t.givptr,
        givcol: &t.givcol,
        givnum: &t.givnum,
    };
    td::laeda(tlvls, curlvl, curpbm, tree, z, ztemp);
}

/// `?laed7` (real and complex Q) on the reference's 1-based tree and INDXQ
/// (each half local on entry, the whole on exit): writes back the node's
/// pointers, its permutation and rotations, as the reference does.
///
/// # Safety
/// The tree's arrays hold what the reference reads and writes.
#[allow(clippy::too_many_arguments)]
pub unsafe fn laed7<T: Scalar, I: AbiInt>(
    cutpnt: usize,
    tlvls: i64,
    curlvl: i64,
    curpbm: i64,
    d: &mut [T::Real],
    q: MatMut<'_, T>,
    indxq: &mut [I],
    rho: T::Real,
    qstore: *mut T::Real,
    qptr: *mut I,
    prmptr: *mut I,
    perm: *mut I,
    givptr: *mut I,
    givcol: *mut I,
    givnum: *mut T::Real,
) -> Result<(), Info> {
    let n = d.len();
    let Some((tlvls, curlvl, curpbm)) = abi_node(tlvls, curlvl, curpbm) else { return Ok(()) };
    if n == 0 {
        return Ok(());
    }
    let curr = td::tree_node(tlvls, curlvl, curpbm);
    let write = TreeWrite { curr, top: curlvl == tlvls, extra: [n, n - 1, n * n] };
    // SAFETY: the caller's contract.
    let mut t = unsafe { AbiTree::<T::Real>::read(curr + 1, Some(write), qptr, prmptr, perm, givptr, givcol, givnum) };
    // SAFETY: the node's matrix ends within n^2 of the largest pointer.
    let qs = unsafe { std::slice::from_raw_parts_mut(qstore, t.qlen) };
    let mut idx = halves_order(indxq, cutpnt);
    let qsiz = q.nrows();
    let mut buf = WorkBuffer::new(td::laed7_req::<T>(n, qsiz).and(ferroblas_lapack::WorkReq::new::<T>(qsiz * n)));
    let mut ws = buf.workspace();
    let (q2, ws) = ws.take::<T>(qsiz * n);
    let q2 = MatMut::from_col_major(q2, qsiz, n, qsiz.max(1));
    let mut tree = td::MergeTree {
        qstore: qs,
        qptr: &mut t.qptr,
        prmptr: &mut t.prmptr,
        perm: &mut t.perm,
        givptr: &mut t.givptr,
        givcol: &mut t.givcol,
        givnum: &mut t.givnum,
    };
    let r = td::laed7::<T>(cutpnt, tlvls, curlvl, curpbm, d, q, &mut idx, rho, &mut tree, q2, Par::default(), ws);
    one_based(indxq, &idx);
    let put = |p: *mut I, i: usize, v: usize| {
        // SAFETY: the entries the reference writes.
        unsafe { *p.add(i) = I::from_i64(v as i64 + 1) };
    };
    for i in if curlvl == tlvls { curr..curr + 2 } else { curr + 1..curr + 2 } {
        put(qptr, i, t.qptr[i]);
        put(prmptr, i, t.prmptr[i]);
        put(givptr, i, t.givptr[i]);
    }
    let p0 = t.prmptr[curr];
    for i in p0..p0 + n {
        put(perm, i, t.perm[i]);
    }
    for g in t.givptr[curr]..t.givptr[curr + 1] {
        put(givcol, 2 * g, t.givcol[g][0]);
        put(givcol, 2 * g + 1, t.givcol[g][1]);
        // SAFETY: as above.
        unsafe {
            *givnum.add(2 * g) = t.givnum[g][0];
            *givnum.add(2 * g + 1) = t.givnum[g][1];
        }
    }
    r
}

/// The reference's 1-based INDXQ of two halves (the first `n1` entries
/// within the first half, the others local to the second), 0-based and kept
/// inside each half (garbage must not index out of bounds).
fn halves_order<I: AbiInt>(indxq: &[I], n1: usize) -> Vec<usize> {
    let n = indxq.len();
    indxq
        .iter()
        .enumerate()
        .map(|(j, v)| {
            let bound = if j < n1 { n1 } else { n - n1 };
            usize::try_from(v.get() - 1).ok().filter(|&i| i < bound).unwrap_or(0)
        })
        .collect()
}

/// `?laed1` with the reference's 1-based INDXQ.
pub fn laed1<R: RealScalar, I: AbiInt>(
    d: &mut [R],
    q: MatMut<'_, R>,
    indxq: &mut [I],
    rho: R,
    cutpnt: usize,
) -> Result<(), Info> {
    let n = d.len();
    let mut idx = halves_order(indxq, cutpnt);
    let mut buf = WorkBuffer::new(td::laed1_req::<R>(n, cutpnt));
    let r = td::laed1(d, q, &mut idx, rho, cutpnt, Par::default(), buf.workspace());
    for (o, i) in indxq.iter_mut().zip(idx) {
        *o = I::from_i64(i as i64 + 1);
    }
    r
}

/// 0-based positions from the reference's 1-based ones, kept inside
/// `0..bound` (garbage must not index out of bounds).
fn zero_based<I: AbiInt>(v: &[I], bound: usize) -> impl Iterator<Item = usize> + '_ {
    v.iter().map(move |x| usize::try_from(x.get() - 1).ok().filter(|&i| i < bound).unwrap_or(0))
}

/// Writes 0-based positions back 1-based.
fn one_based<I: AbiInt>(out: &mut [I], v: &[usize]) {
    for (o, &i) in out.iter_mut().zip(v) {
        *o = I::from_i64(i as i64 + 1);
    }
}

/// `?laed2` with the reference's 1-based INDXQ (each half's entries local
/// to it on entry, the second half's shifted by N1 on exit), 1-based INDX,
/// INDXC, INDXP, and COLTYP as it leaves it: the kinds 1 (top only) to 4
/// (deflated), then the counts of each kind in COLTYP(1:4). When nothing
/// survives (K = 0) INDXP and COLTYP are left alone, as there.
#[allow(clippy::too_many_arguments)]
pub fn laed2<R: RealScalar, I: AbiInt>(
    k: &mut I,
    n1: usize,
    d: &mut [R],
    q: MatMut<'_, R>,
    indxq: &mut [I],
    rho: &mut R,
    z: &mut [R],
    dlamda: &mut [R],
    w: &mut [R],
    q2: &mut [R],
    indx: &mut [I],
    indxc: &mut [I],
    indxp: &mut [I],
    coltyp: &mut [I],
) {
    let n = d.len();
    let mut iq = halves_order(indxq, n1);
    let (mut ix, mut ic, mut ip, mut ct) = (vec![0; n], vec![0; n], vec![0; n], vec![0; n]);
    let r = td::laed2(n1, d, q, &mut iq, *rho, z, dlamda, w, q2, &mut ix, &mut ic, &mut ip, &mut ct);
    *k = I::from_i64(r.k as i64);
    *rho = r.rho;
    one_based(indxq, &iq);
    one_based(indx, &ix);
    one_based(indxc, &ic);
    if r.k > 0 {
        one_based(indxp, &ip);
        for (o, &c) in coltyp.iter_mut().zip(&ct) {
            *o = I::from_i64(c as i64 + 1);
        }
        for (o, &c) in coltyp.iter_mut().zip(&r.ctot) {
            *o = I::from_i64(c as i64);
        }
    }
}

/// `?laed3` with the reference's 1-based INDX and CTOT(1:3); Q2 and S are
/// read and written as far as CTOT says the reference does (`N1 (C1 + C2)
/// + (N - N1) (C2 + C3)` and `max(C1 + C2, C2 + C3) K`; S at least K).
///
/// # Safety
/// `q2` and `s` are valid for those lengths (the reference's contract).
#[allow(clippy::too_many_arguments)]
pub unsafe fn laed3<R: RealScalar, I: AbiInt>(
    k: usize,
    n1: i64,
    d: &mut [R],
    q: MatMut<'_, R>,
    rho: R,
    dlamda: &[R],
    q2: *const R,
    indx: &[I],
    ctot: &[I],
    w: &mut [R],
    s: *mut R,
) -> Result<(), Info> {
    if k == 0 {
        return Ok(());
    }
    let n = q.nrows();
    let n1 = n1.clamp(0, n as i64) as usize;
    let c = |i: usize| ctot[i].get().clamp(0, n as i64) as usize;
    let ctot = [c(0), c(1), c(2), 0];
    let (n12, n23) = (ctot[0] + ctot[1], ctot[1] + ctot[2]);
    let ix: Vec<usize> = zero_based(indx, k).collect();
    // SAFETY: the caller's contract: the lengths the reference reads and writes.
    let (q2, s) = unsafe {
        (
            std::slice::from_raw_parts(q2, n1 * n12 + (n - n1) * n23),
            std::slice::from_raw_parts_mut(s, (n12.max(n23) * k).max(k)),
        )
    };
    td::laed3(k, n1, d, q, rho, dlamda, q2, &ix, ctot, w, s, Par::default())
}

/// `?laed8` (real and complex Q) with the reference's 1-based INDXQ (each
/// half local on entry, the second shifted by CUTPNT on exit), PERM, INDXP,
/// INDX and GIVCOL (column pairs), and GIVNUM as `(c, s)` pairs. When
/// nothing survives (K = 0) INDXP is left alone, as there.
#[allow(clippy::too_many_arguments)]
pub fn laed8<T: Scalar, I: AbiInt>(
    k: &mut I,
    n1: usize,
    d: &mut [T::Real],
    q: MatMut<'_, T>,
    indxq: &mut [I],
    rho: &mut T::Real,
    z: &mut [T::Real],
    dlamda: &mut [T::Real],
    q2: MatMut<'_, T>,
    w: &mut [T::Real],
    perm: &mut [I],
    givptr: &mut I,
    givcol: &mut [I],
    givnum: &mut [T::Real],
    indxp: &mut [I],
    indx: &mut [I],
) {
    let n = d.len();
    let mut iq = halves_order(indxq, n1);
    let (mut pm, mut ip, mut ix) = (vec![0; n], vec![0; n], vec![0; n]);
    let mut gc = vec![[0usize; 2]; n];
    let mut gn = vec![[T::Real::zero(); 2]; n];
    let r = td::laed8::<T>(n1, d, q, &mut iq, *rho, z, dlamda, q2, w, &mut pm, &mut gc, &mut gn, &mut ip, &mut ix);
    *k = I::from_i64(r.k as i64);
    *rho = r.rho;
    *givptr = I::from_i64(r.givens as i64);
    one_based(indxq, &iq);
    one_based(perm, &pm);
    one_based(indx, &ix);
    if r.k > 0 {
        one_based(indxp, &ip);
    }
    for (g, (c, v)) in gc.iter().zip(&gn).take(r.givens).enumerate() {
        givcol[2 * g] = I::from_i64(c[0] as i64 + 1);
        givcol[2 * g + 1] = I::from_i64(c[1] as i64 + 1);
        givnum[2 * g] = v[0];
        givnum[2 * g + 1] = v[1];
    }
}

// ------------------------------------------------------------ tridiagonal systems and eigen drivers

use ferroblas_kernels::views::MatRef;
use ferroblas_kernels::Trans;
use ferroblas_lapack::sym_eigen::bisection::RangeKind;
use ferroblas_lapack::sym_eigen::drivers::Jobz;
use ferroblas_lapack::tridiagonal::{self as tri, Fact};

/// `?gtts2`'s ITRANS: 0 solves with A, 1 with A^T, anything else with
/// A^H (A^T for the real types), as the reference branches.
pub fn itrans(itrans: i64) -> Trans {
    match itrans {
        0 => Trans::No,
        1 => Trans::Trans,
        _ => Trans::ConjTrans,
    }
}

/// `?lagtm`'s TRANS, never illegal: N, T, and anything else the conjugate
/// transpose (the transpose for the real types).
pub fn lagtm_trans(c: u8) -> Trans {
    match c.to_ascii_uppercase() {
        b'N' => Trans::No,
        b'T' => Trans::Trans,
        _ => Trans::ConjTrans,
    }
}

/// `?ptts2`'s IUPLO (complex): 1 upper, anything else lower.
pub fn iuplo(iuplo: i64) -> ferroblas_kernels::Uplo {
    if iuplo == 1 {
        ferroblas_kernels::Uplo::Upper
    } else {
        ferroblas_kernels::Uplo::Lower
    }
}

/// `?gtsvx`: the driver with RCOND.
#[allow(clippy::too_many_arguments)]
pub fn gtsvx<T: Scalar, I: AbiInt>(
    fact: Fact,
    trans: Trans,
    dl: &[T],
    d: &[T],
    du: &[T],
    dlf: &mut [T],
    df: &mut [T],
    duf: &mut [T],
    du2: &mut [T],
    ipiv: &mut [I],
    b: MatRef<'_, T>,
    x: MatMut<'_, T>,
    rcond: &mut T::Real,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
) -> Result<(), Info> {
    let n = d.len();
    let mut buf = WorkBuffer::new(tri::gtsvx_req::<T>(n));
    let ipiv = crate::lapack_rt::one_based_mut(ipiv);
    let (rc, info) = tri::gtsvx(fact, trans, dl, d, du, dlf, df, duf, du2, ipiv, b, x, ferr, berr, buf.workspace());
    *rcond = rc;
    info
}

/// `?ptsvx`: the driver with RCOND.
#[allow(clippy::too_many_arguments)]
pub fn ptsvx<T: Scalar>(
    fact: Fact,
    d: &[T::Real],
    e: &[T],
    df: &mut [T::Real],
    ef: &mut [T],
    b: MatRef<'_, T>,
    x: MatMut<'_, T>,
    rcond: &mut T::Real,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
) -> Result<(), Info> {
    let mut buf = WorkBuffer::new(tri::ptsvx_req::<T>(d.len()));
    let (rc, info) = tri::ptsvx(fact, d, e, df, ef, b, x, ferr, berr, buf.workspace());
    *rcond = rc;
    info
}

/// `?stevd`'s minimal (and queried) LWORK and LIWORK: `1 + 4n + n^2` and
/// `3 + 5n` with eigenvectors for `n > 1`, otherwise 1.
pub fn stevd_sizes(jobz: Option<Jobz>, n: i64) -> (i64, i64) {
    if jobz == Some(Jobz::Vectors) && n > 1 {
        (1 + 4 * n + n * n, 3 + 5 * n)
    } else {
        (1, 1)
    }
}

/// `?stevd`: the driver, then the minimal sizes in WORK(1) and IWORK(1).
pub fn stevd<T: Scalar, I: AbiInt>(
    jobz: Jobz,
    d: &mut [T::Real],
    e: &mut [T::Real],
    z: MatMut<'_, T>,
    work: &mut [T],
    iwork: &mut [I],
) -> Result<(), Info> {
    let n = d.len();
    let mut buf = WorkBuffer::new(tri::stevd_req::<T>(jobz, n));
    let r = tri::stevd(jobz, d, e, z, Par::default(), buf.workspace());
    let (lw, liw) = stevd_sizes(Some(jobz), n as i64);
    let sizes = crate::lapack_spband::Sizes { lwork: lw as usize, lrwork: 0, liwork: liw as usize };
    crate::lapack_spband::leave_sizes(sizes, work, &mut [], iwork);
    r
}

/// `?stevx`: the driver, M and IFAIL (1-based; the entries the reference
/// leaves alone are left as the caller had them).
#[allow(clippy::too_many_arguments)]
pub fn stevx<T: Scalar, I: AbiInt>(
    jobz: Jobz,
    range: RangeKind,
    d: &mut [T::Real],
    e: &mut [T::Real],
    vl: T::Real,
    vu: T::Real,
    il: i64,
    iu: i64,
    abstol: T::Real,
    m: &mut I,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    ifail: &mut [I],
) -> Result<(), Info> {
    let n = d.len();
    let mut buf = WorkBuffer::new(tri::stevx_req::<T>(jobz, n));
    let mut fails = vec![crate::lapack_symeigx::UNTOUCHED; n];
    let range = crate::lapack_symeigx::eig_range(range, vl, vu, il, iu);
    let (found, r) = tri::stevx(jobz, range, d, e, abstol, w, z, &mut fails, buf.workspace());
    *m = I::from_i64(found as i64);
    crate::lapack_symeigx::leave_ifail(&fails, ifail);
    r
}

/// `?stevr`'s minimal (and queried) LWORK and LIWORK: `max(1, 20n)` and
/// `max(1, 10n)`.
pub fn stevr_sizes(n: i64) -> (i64, i64) {
    ((20 * n).max(1), (10 * n).max(1))
}

/// `?stevr`: the driver, M, the 1-based ISUPPZ pairs it wrote (the others
/// left as the caller had them), and the minimal sizes in WORK(1) and
/// IWORK(1).
#[allow(clippy::too_many_arguments)]
pub fn stevr<T: Scalar, I: AbiInt>(
    jobz: Jobz,
    range: RangeKind,
    d: &mut [T::Real],
    e: &mut [T::Real],
    vl: T::Real,
    vu: T::Real,
    il: i64,
    iu: i64,
    abstol: T::Real,
    m: &mut I,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    isuppz: &mut [I],
    work: &mut [T],
    iwork: &mut [I],
) -> Result<(), Info> {
    let n = d.len();
    let req = tri::stevr_req::<T>(jobz, n);
    // stemr writes up to 2n support entries, whatever the range.
    let mut supp = vec![usize::MAX; (2 * n).max(isuppz.len())];
    let range = crate::lapack_symeigx::eig_range(range, vl, vu, il, iu);
    let (found, r) = with_work(work, req, |ws| tri::stevr(jobz, range, d, e, abstol, w, z, &mut supp, ws));
    *m = I::from_i64(found as i64);
    for (o, &s) in isuppz.iter_mut().zip(&supp) {
        if s != usize::MAX {
            *o = I::from_i64(s as i64 + 1);
        }
    }
    let (lw, liw) = stevr_sizes(n as i64);
    if let Some(x) = work.first_mut() {
        *x = T::from_real(T::Real::from_f64(lw as f64));
    }
    if let Some(x) = iwork.first_mut() {
        *x = I::from_i64(liw);
    }
    r
}

/// `?lagtf`: the factorization, then IN as the reference has it (1 for an
/// interchange at step k, IN(N) the 1-based first small pivot or 0).
#[allow(clippy::too_many_arguments)]
pub fn lagtf<R: RealScalar, I: AbiInt>(
    a: &mut [R],
    lambda: R,
    b: &mut [R],
    c: &mut [R],
    tol: R,
    d: &mut [R],
    in_: &mut [I],
) {
    let n = a.len();
    let mut inter = vec![false; n.saturating_sub(1)];
    let small = tri::lagtf(a, lambda, b, c, tol, d, &mut inter);
    for (o, &s) in in_.iter_mut().zip(&inter) {
        *o = I::from_i64(i64::from(s));
    }
    if let Some(last) = in_.get_mut(n.wrapping_sub(1)) {
        *last = I::from_i64(small.map_or(0, |k| k as i64 + 1));
    }
}

/// `?lagts`: IN(k) nonzero is an interchange at step k.
#[allow(clippy::too_many_arguments)]
pub fn lagts<R: RealScalar, I: AbiInt>(
    job: i64,
    a: &[R],
    b: &[R],
    c: &[R],
    d: &[R],
    in_: &[I],
    y: &mut [R],
    tol: &mut R,
) -> Result<(), Info> {
    let job = tri::LagtsJob::from_int(job).expect("checked");
    let inter: Vec<bool> = in_.iter().take(a.len().saturating_sub(1)).map(|v| v.get() != 0).collect();
    tri::lagts(job, a, b, c, d, &inter, y, tol)
}
