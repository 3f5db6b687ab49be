//! Glue for the reference's later and older auxiliary interfaces over
//! existing ferroblas routines: `?trsyl3` (the blocked Sylvester solver's
//! workspace protocol over ferroblas's recursive, Level-3 `?trsyl`).

use crate::lapack_rt::{routine_name, AbiInt};
use ferroblas_kernels::enums::{Diag, Side, Trans, Uplo};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::{MatMut, MatRef, VecRef};
use ferroblas_lapack::condition::{self, NormIn};
use ferroblas_lapack::sylvester::{self, Sign};
use ferroblas_lapack::{Info, Par};

/// The numbers of row and column blocks `?trsyl3` sizes its workspace by:
/// `nb = max(8, ilaenv(1, xTRSYL, m, n))`, as the reference.
fn trsyl3_blocks<T: Scalar>(m: usize, n: usize) -> (i64, i64) {
    let dim = |v: usize| i32::try_from(v).unwrap_or(i32::MAX);
    let nb = crate::lapack_aux::ilaenv_lookup(1, &routine_name::<T>("TRSYL"), " ", [dim(m), dim(n), -1, -1]);
    let nb = i64::from(nb.max(8));
    let blocks = |v: usize| ((v as i64 + nb - 1) / nb).max(1);
    (blocks(m), blocks(n))
}

/// The leading dimension of `?trsyl3`'s SWORK and its length, as its query
/// answers them (high-level LAPACKE allocates that).
pub fn trsyl3_swork<T: Scalar>(m: usize, n: usize) -> (i64, usize) {
    let (nba, nbb) = trsyl3_blocks::<T>(m, n);
    let ld = nba.max(nbb);
    (ld, (ld * (2 * nbb + nba)) as usize)
}

/// The length of `?trsyl3`'s IWORK, as its query answers it.
pub fn trsyl3_liwork<T: Scalar>(m: usize, n: usize) -> i64 {
    let (nba, nbb) = trsyl3_blocks::<T>(m, n);
    nba + nbb + 2
}

/// `?trsyl3`: solves `op(A) X + isgn X op(B) = scale C` by ferroblas's
/// `?trsyl`, which already works in Level-3 blocks (a recursive split with
/// GEMM updates), so the reference's block-scaling workspace is not needed.
/// A query (`ldswork = -1`, or `liwork = -1` for the real types) answers
/// the reference's sizes: `IWORK(1) = NBA + NBB + 2` (which the real
/// routines also write on every legal call, as the reference),
/// `SWORK(1) = max(NBA, NBB)`, `SWORK(2) = 2 NBB + NBA`. `iwork` is null
/// for the complex routines, which have none.
///
/// # Safety
/// `iwork` (when not null) is valid for one write; `swork` for two writes
/// when the call is a query.
#[allow(clippy::too_many_arguments)]
pub unsafe fn trsyl3<T: Scalar, I: AbiInt>(
    trana: Trans,
    tranb: Trans,
    isgn: i64,
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    c: MatMut<'_, T>,
    scale: &mut T::Real,
    iwork: *mut I,
    liwork: i64,
    swork: *mut T::Real,
    ldswork: i64,
) -> Result<(), Info> {
    let (m, n) = (a.nrows(), b.nrows());
    let (nba, nbb) = trsyl3_blocks::<T>(m, n);
    let query = ldswork == -1 || (!iwork.is_null() && liwork == -1);
    if !iwork.is_null() {
        // SAFETY: IWORK has at least one element (dimension MAX(1, LIWORK)).
        unsafe { *iwork = I::from_i64(nba + nbb + 2) };
    }
    if query {
        // SAFETY: the caller's SWORK holds at least its first column of two.
        unsafe {
            *swork = <T::Real as RealScalar>::from_f64(nba.max(nbb) as f64);
            *swork.add(1) = <T::Real as RealScalar>::from_f64((2 * nbb + nba) as f64);
        }
        return Ok(());
    }
    let sign = Sign::from_int(isgn).expect("checked");
    let r = sylvester::trsyl(trana, tranb, sign, a, b, c, Par::default());
    *scale = r.scale;
    r.info()
}

/// The option letter of a BLAS Technical Forum transpose code
/// (`CHLA_TRANSTYPE`, `ZHLA_TRANSTYPE`, the inverse of `ILATRANS`): `N`, `T`,
/// `C` for 111, 112, 113, `X` for anything else.
pub fn hla_transtype(code: i64) -> u8 {
    match code {
        111 => b'N',
        112 => b'T',
        113 => b'C',
        _ => b'X',
    }
}

macro_rules! hla_transtype_symbols {
    ($($int:ty => $($name:ident),*;)*) => {$($(
        /// `CHARACTER*1 FUNCTION xHLA_TRANSTYPE(TRANS)`: see [`hla_transtype`].
        /// gfortran returns a character function's value through two hidden
        /// leading arguments, the result's buffer and its length (1 here).
        ///
        /// # Safety
        /// `result` valid for one write, `trans` for one read.
        #[no_mangle]
        pub unsafe extern "C" fn $name(result: *mut u8, _result_len: usize, trans: *const $int) {
            // SAFETY: forwarded contract.
            unsafe { *result = hla_transtype(i64::from(*trans)) };
        }
    )*)*};
}

hla_transtype_symbols! {
    i32 => chla_transtype_, zhla_transtype_;
    i64 => chla_transtype_64_, zhla_transtype_64_;
}

/// `?latzm` (deprecated): applies `H = I - tau [1; v] [1; v]^H` from the
/// left (SIDE = 'L') to `[C1; C2]`, C1 a row of `n` (stride `ldc`) and C2
/// `(m-1) x n`, or from the right (SIDE = 'R') to `[C1 C2]`, C1 a column of
/// `m` and C2 `m x (n-1)`: `?larz`'s update (`larz_parts`). Any other SIDE,
/// an empty C or `tau = 0` leaves C alone, as the reference.
///
/// # Safety
/// The pointers are valid for the elements the reference's interface
/// declares for these arguments (V: `1 + (len-1)|incv|`, WORK: n or m).
#[allow(clippy::too_many_arguments)]
pub unsafe fn latzm<T: Scalar>(
    side: u8,
    m: usize,
    n: usize,
    v: *const T,
    incv: i64,
    tau: T,
    c1: *mut T,
    c2: *mut T,
    ldc: usize,
    work: *mut T,
) {
    let side = match side.to_ascii_uppercase() {
        b'L' => Side::Left,
        b'R' => Side::Right,
        _ => return,
    };
    if m.min(n) == 0 || tau == T::zero() {
        return;
    }
    let (len, wlen) = if side == Side::Left { (m - 1, n) } else { (n - 1, m) };
    // SAFETY: the caller's contract covers every element the views reach.
    unsafe {
        let z = VecRef::from_raw_blas(v, len, incv as isize);
        let (c1, c2) = if side == Side::Left {
            (MatMut::from_raw_parts(c1, 1, n, 1, ldc as isize), MatMut::from_raw_parts(c2, m - 1, n, 1, ldc as isize))
        } else {
            (MatMut::from_raw_parts(c1, m, 1, 1, m as isize), MatMut::from_raw_parts(c2, m, n - 1, 1, ldc as isize))
        };
        let work = std::slice::from_raw_parts_mut(work, wlen);
        ferroblas_lapack::qr::larz_parts(side, z, tau, c1, c2, work);
    }
}

/// `?latrs3`'s minimum (and optimal) LWORK, as the reference (3.11) sizes
/// its block scale factors and block norms: with `nb = min(64, max(8,
/// ilaenv(1, xLATRS)))` and `nba >= 1` blocks of A, `nba max(nba, min(nrhs,
/// 32)) + nba^2`, also when there is nothing to solve.
pub fn latrs3_lwork<T: Scalar>(n: i64, nrhs: i64) -> i64 {
    let (n, nrhs) = (n.max(0), nrhs.max(0));
    let dim = i32::try_from(n).unwrap_or(i32::MAX);
    let nb = crate::lapack_aux::ilaenv_lookup(1, &routine_name::<T>("LATRS"), " ", [dim, dim, -1, -1]);
    let nb = i64::from(nb.max(8)).min(64);
    let nba = ((n + nb - 1) / nb).max(1);
    nba * nba.max(nrhs.min(32)) + nba * nba
}

/// `?latrs3`: solves `op(A) X = B diag(scale)` for a triangular A and `nrhs`
/// right-hand sides, each column scaled so that it cannot overflow, by
/// `?latrs` column after column (Level 2; CNORM computed once, for the first
/// column, when NORMIN = 'N'). The reference's blocked code gives the same
/// X and SCALE where no scaling is needed; where it is, its per-block scales
/// (and its CNORM, which it overwrites block by block) may differ, each
/// column's SCALE staying a valid one. WORK is not used.
#[allow(clippy::too_many_arguments)]
pub fn latrs3<T: Scalar>(
    uplo: Uplo,
    trans: Trans,
    diag: Diag,
    normin: NormIn,
    a: MatRef<'_, T>,
    mut x: MatMut<'_, T>,
    scale: &mut [T::Real],
    cnorm: &mut [T::Real],
) {
    let mut normin = normin;
    for (k, s) in scale.iter_mut().enumerate().take(x.ncols()) {
        *s = condition::latrs(uplo, trans, diag, normin, a, x.rb_mut().col_mut(k), cnorm);
        normin = NormIn::Given;
    }
}
