//! Glue for the LDL^T panels (`?lasyf`, `?lahef` and their rook and rk
//! forms), whose KB output the generator cannot write beside INFO: it is
//! stored here, the panel's INFO returned.

use crate::lapack_rt::{one_based_mut, AbiInt};
use ferroblas_kernels::enums::Uplo;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::MatMut;
use ferroblas_lapack::{indefinite, Info, Par};

/// The pivoting of a panel.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Panel {
    /// `?lasyf` / `?lahef`.
    BunchKaufman,
    /// `?lasyf_rook` / `?lahef_rook`.
    Rook,
}

/// `?lasyf`, `?lahef`, `?lasyf_rook`, `?lahef_rook`: one panel of at most
/// NB columns (a negative NB as zero), KB stored in `kb`.
#[allow(clippy::too_many_arguments)]
pub fn lasyf<T: Scalar, I: AbiInt>(
    uplo: Uplo,
    herm: bool,
    pivoting: Panel,
    nb: i64,
    kb: &mut I,
    a: MatMut<'_, T>,
    ipiv: &mut [I],
    w: MatMut<'_, T>,
) -> Result<(), Info> {
    let nb = nb.max(0) as usize;
    let ipiv = one_based_mut(ipiv);
    let (k, r) = match pivoting {
        Panel::BunchKaufman => indefinite::lasyf(uplo, herm, a, nb, ipiv, w, Par::default()),
        Panel::Rook => indefinite::lasyf_rook(uplo, herm, a, nb, ipiv, w, Par::default()),
    };
    *kb = I::from_i64(k as i64);
    r
}

/// `?lasyf_rk` / `?lahef_rk`: [`lasyf`] with rook pivoting in rk storage.
#[allow(clippy::too_many_arguments)]
pub fn lasyf_rk<T: Scalar, I: AbiInt>(
    uplo: Uplo,
    herm: bool,
    nb: i64,
    kb: &mut I,
    a: MatMut<'_, T>,
    e: &mut [T],
    ipiv: &mut [I],
    w: MatMut<'_, T>,
) -> Result<(), Info> {
    let nb = nb.max(0) as usize;
    let (k, r) = indefinite::lasyf_rk(uplo, herm, a, nb, e, one_based_mut(ipiv), w, Par::default());
    *kb = I::from_i64(k as i64);
    r
}

/// Writes `v` as the first element of a Fortran array (a query's answer).
///
/// # Safety
/// `p` is valid for one element.
unsafe fn put<T: Scalar>(p: *mut T, v: usize) {
    use ferroblas_kernels::scalar::RealScalar;
    // SAFETY: the caller's promise.
    unsafe { *p = T::from_real(T::Real::from_f64(v as f64)) };
}

/// The band width `?sytrf_aa_2stage` starts from (`ilaenv_`'s block size).
fn aa_2stage_nb<T: Scalar>(herm: bool, n: usize) -> usize {
    crate::lapack_rt::block_size::<T>(if herm { "HETRF_AA_2STAGE" } else { "SYTRF_AA_2STAGE" }, n)
}

/// `?sytrf_aa_2stage` / `?hetrf_aa_2stage`: the queries (`LTB = -1`:
/// `TB(1) = (3 NB + 1) N`; `LWORK = -1`: `WORK(1) = N NB`), then the
/// factorization with the band width LTB and LWORK allow. WORK itself is
/// not used: the factorization's workspace is allocated here (it is
/// `3 N NB`, more than LAPACK's `N NB`).
///
/// # Safety
/// `tb` is valid for `max(ltb, 1)` elements, `work` for `max(lwork, 1)`.
#[allow(clippy::too_many_arguments)]
pub unsafe fn sytrf_aa_2stage<T: Scalar, I: AbiInt>(
    uplo: Uplo,
    herm: bool,
    a: MatMut<'_, T>,
    tb: *mut T,
    ltb: i64,
    ipiv: &mut [I],
    ipiv2: &mut [I],
    work: *mut T,
    lwork: i64,
) -> Result<(), Info> {
    let n = a.nrows();
    let nb = aa_2stage_nb::<T>(herm, n);
    if ltb == -1 || lwork == -1 {
        // SAFETY: a query's arrays hold their first element.
        unsafe {
            if ltb == -1 {
                put(tb, (3 * nb + 1) * n);
            }
            if lwork == -1 {
                put(work, n * nb);
            }
        }
        return Ok(());
    }
    if n == 0 {
        return Ok(());
    }
    let (ltb, lwork) = (ltb.max(0) as usize, lwork.max(0) as usize);
    let nb = indefinite::aa_2stage_band(n, nb, ltb, lwork);
    let ldtb = ltb / n;
    // SAFETY: TB holds LTB >= ldtb * n elements by the caller's contract.
    let tb = unsafe { std::slice::from_raw_parts_mut(tb, ldtb * n) };
    let mut buf = ferroblas_lapack::WorkBuffer::new(indefinite::sytrf_aa_2stage_req::<T>(n, nb));
    indefinite::sytrf_aa_2stage(
        uplo,
        herm,
        a,
        tb,
        ldtb,
        nb,
        crate::lapack_rt::one_based_mut(ipiv),
        crate::lapack_rt::one_based_mut(ipiv2),
        Par::default(),
        buf.workspace(),
    )
}

/// `?sytrs_aa_2stage` / `?hetrs_aa_2stage` over the Fortran arrays.
///
/// # Safety
/// `tb` is valid for `ltb` elements.
#[allow(clippy::too_many_arguments)]
pub unsafe fn sytrs_aa_2stage<T: Scalar, I: AbiInt>(
    uplo: Uplo,
    herm: bool,
    a: ferroblas_kernels::views::MatRef<'_, T>,
    tb: *const T,
    ltb: i64,
    ipiv: &[I],
    ipiv2: &[I],
    b: MatMut<'_, T>,
) {
    let n = a.nrows();
    if n == 0 || b.ncols() == 0 {
        return;
    }
    let ldtb = ltb.max(0) as usize / n;
    // SAFETY: the caller's contract.
    let tb = unsafe { std::slice::from_raw_parts(tb, ldtb * n) };
    let (ipiv, ipiv2) = (crate::lapack_rt::one_based(ipiv), crate::lapack_rt::one_based(ipiv2));
    indefinite::sytrs_aa_2stage(uplo, herm, a, tb, ldtb, ipiv, ipiv2, b, Par::default());
}

/// Whether `?sysv_aa_2stage`'s LTB (`tb_bad`) or LWORK (`work_bad`) is too
/// small for the band width the factorization would choose.
pub fn sysv_aa_2stage_bad<T: Scalar>(herm: bool, n: i64, ltb: i64, lwork: i64) -> (bool, bool) {
    let n = n.max(0) as usize;
    let nb = aa_2stage_nb::<T>(herm, n) as i64;
    let n = n as i64;
    (ltb != -1 && ltb < (3 * nb + 1) * n, lwork != -1 && lwork < n * nb)
}

/// `?sysv_aa_2stage` / `?hesv_aa_2stage`: the queries as
/// [`sytrf_aa_2stage`]'s, then the factorization and, when it succeeds,
/// the solve.
///
/// # Safety
/// As [`sytrf_aa_2stage`]'s.
#[allow(clippy::too_many_arguments)]
pub unsafe fn sysv_aa_2stage<T: Scalar, I: AbiInt>(
    uplo: Uplo,
    herm: bool,
    mut a: MatMut<'_, T>,
    tb: *mut T,
    ltb: i64,
    ipiv: &mut [I],
    ipiv2: &mut [I],
    b: MatMut<'_, T>,
    work: *mut T,
    lwork: i64,
) -> Result<(), Info> {
    let query = ltb == -1 || lwork == -1;
    // SAFETY: forwarded contract.
    unsafe { sytrf_aa_2stage(uplo, herm, a.rb_mut(), tb, ltb, ipiv, ipiv2, work, lwork)? };
    if !query {
        // SAFETY: forwarded contract.
        unsafe { sytrs_aa_2stage(uplo, herm, a.rb(), tb, ltb, ipiv, ipiv2, b) };
    }
    Ok(())
}
