//! Glue between the generated bidiagonal divide-and-conquer entry points
//! (`?bdsdc`, `?lasd4`, `?lasd5`, `?lasdq`, `?lasdt`) and
//! `ferroblas_lapack::svd`: 1-based indices, the integer flag `SQRE`, and
//! the workspace, which the Rust routines size themselves.

use crate::lapack_rt::AbiInt;
use ferroblas_kernels::scalar::RealScalar;
use ferroblas_kernels::{MatMut, Uplo};
use ferroblas_lapack::svd::{self, BdsdcJob};
use ferroblas_lapack::{Info, Par, WorkBuffer};

/// The reference's `Q` and `IQ` lengths for `COMPQ = 'P'` (0 otherwise).
pub fn bdsdc_compact_len(compq: BdsdcJob, n: usize) -> (usize, usize) {
    if compq != BdsdcJob::Compact || n == 0 {
        return (0, 0);
    }
    let smlsiz = svd::smlsiz();
    let lg = ((n as f64 / (smlsiz + 1) as f64).ln() / 2f64.ln()).max(0.0) as usize;
    (n * (11 + 2 * smlsiz + 8 * lg), n * (3 + 3 * lg))
}

/// `?bdsdc`: `COMPQ = 'N'` and `'I'` by the Rust routine. The compact form
/// `'P'` is not provided: it returns INFO = N + 1 with D, E untouched.
#[allow(clippy::too_many_arguments)]
pub fn bdsdc<R: RealScalar>(
    uplo: Uplo,
    compq: BdsdcJob,
    d: &mut [R],
    e: &mut [R],
    u: MatMut<'_, R>,
    vt: MatMut<'_, R>,
) -> Result<(), Info> {
    let n = d.len();
    if compq == BdsdcJob::Compact {
        return if n == 0 { Ok(()) } else { Err(Info::new(n + 1)) };
    }
    let mut buf = WorkBuffer::new(svd::bdsdc_req::<R>(compq, n));
    svd::bdsdc(uplo, compq, d, e, u, vt, Par::default(), buf.workspace())
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
