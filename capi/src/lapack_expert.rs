//! Glue between the generated equilibration, refinement and expert-driver
//! entry points and `ferroblas_lapack::expert`: the scalars the reference
//! writes on each path (on a failure only those computed before it), the
//! `EQUED` letters, the argument checks on them, and the scratch memory:
//! the refinement routines, `?gesvx` and `?posvx` run on the caller's WORK
//! and IWORK/RWORK; the other drivers, whose factorizations need more than
//! the reference's WORK, on a buffer of the Rust routines' layout.

use crate::lapack_rt::{workspace, AbiInt};
use ferroblas_kernels::enums::{Trans, Uplo};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::{MatMut, MatRef};
use ferroblas_lapack::expert::{self, EquError, Equed, Fact, RowColScaling, Svx, SvxError, SymScaling};
use ferroblas_lapack::relapack::pivots::{BlockPivotIndex, PivotIndex};
use ferroblas_lapack::{Par, WorkBuffer};

/// Writes a row and column scaling's outcome as the reference leaves it; INFO.
fn rowcol_out<R: Copy>(
    res: Result<RowColScaling<R>, EquError<R>>,
    rowcnd: &mut R,
    colcnd: &mut R,
    amax: &mut R,
) -> i64 {
    match res {
        Ok(s) => {
            (*rowcnd, *colcnd, *amax) = (s.rowcnd, s.colcnd, s.amax);
            0
        }
        Err(e) => {
            *amax = e.amax;
            if let Some(r) = e.rowcnd {
                *rowcnd = r;
            }
            e.info.lapack_info()
        }
    }
}

/// Writes a symmetric scaling's outcome as the reference leaves it; INFO.
fn sym_out<R: Copy>(res: Result<SymScaling<R>, EquError<R>>, scond: &mut R, amax: &mut R) -> i64 {
    match res {
        Ok(s) => {
            (*scond, *amax) = (s.scond, s.amax);
            0
        }
        Err(e) => {
            *amax = e.amax;
            e.info.lapack_info()
        }
    }
}

/// `?geequ` (`pow2 = false`) and `?geequb`.
pub fn geequ<T: Scalar>(
    pow2: bool,
    a: MatRef<'_, T>,
    r: &mut [T::Real],
    c: &mut [T::Real],
    rowcnd: &mut T::Real,
    colcnd: &mut T::Real,
    amax: &mut T::Real,
) -> i64 {
    let res = if pow2 { expert::geequb(a, r, c) } else { expert::geequ(a, r, c) };
    rowcol_out(res, rowcnd, colcnd, amax)
}

/// `?gbequ` (`pow2 = false`) and `?gbequb`.
#[allow(clippy::too_many_arguments)]
pub fn gbequ<T: Scalar>(
    pow2: bool,
    m: usize,
    kl: usize,
    ku: usize,
    ab: MatRef<'_, T>,
    r: &mut [T::Real],
    c: &mut [T::Real],
    rowcnd: &mut T::Real,
    colcnd: &mut T::Real,
    amax: &mut T::Real,
) -> i64 {
    let res = if pow2 { expert::gbequb(m, kl, ku, ab, r, c) } else { expert::gbequ(m, kl, ku, ab, r, c) };
    rowcol_out(res, rowcnd, colcnd, amax)
}

/// `?poequ` (`pow2 = false`) and `?poequb`.
pub fn poequ<T: Scalar>(
    pow2: bool,
    a: MatRef<'_, T>,
    s: &mut [T::Real],
    scond: &mut T::Real,
    amax: &mut T::Real,
) -> i64 {
    let res = if pow2 { expert::poequb(a, s) } else { expert::poequ(a, s) };
    sym_out(res, scond, amax)
}

/// `?pbequ`.
pub fn pbequ<T: Scalar>(
    uplo: Uplo,
    kd: usize,
    ab: MatRef<'_, T>,
    s: &mut [T::Real],
    scond: &mut T::Real,
    amax: &mut T::Real,
) -> i64 {
    sym_out(expert::pbequ(uplo, kd, ab, s), scond, amax)
}

/// `?syequb` / `?heequb`: INFO = -1 (without XERBLA) when the iteration
/// breaks down, as the reference reports it.
pub fn syequb<T: Scalar>(
    uplo: Uplo,
    a: MatRef<'_, T>,
    s: &mut [T::Real],
    scond: &mut T::Real,
    amax: &mut T::Real,
) -> i64 {
    let mut work = vec![T::Real::zero(); 2 * a.nrows()];
    match expert::syequb(uplo, a, s, &mut work) {
        Ok(r) => {
            (*scond, *amax) = (r.scond, r.amax);
            0
        }
        Err(e) => {
            *amax = e.amax;
            -1
        }
    }
}

/// `?laqge`.
pub fn laqge<T: Scalar>(
    a: MatMut<'_, T>,
    r: &[T::Real],
    c: &[T::Real],
    rowcnd: T::Real,
    colcnd: T::Real,
    amax: T::Real,
    equed: &mut u8,
) {
    *equed = expert::laqge(a, r, c, rowcnd, colcnd, amax).to_char();
}

/// `?laqgb`.
#[allow(clippy::too_many_arguments)]
pub fn laqgb<T: Scalar>(
    m: usize,
    kl: usize,
    ku: usize,
    ab: MatMut<'_, T>,
    r: &[T::Real],
    c: &[T::Real],
    rowcnd: T::Real,
    colcnd: T::Real,
    amax: T::Real,
    equed: &mut u8,
) {
    *equed = expert::laqgb(m, kl, ku, ab, r, c, rowcnd, colcnd, amax).to_char();
}

/// `?laqsy` / `?laqhe`.
#[allow(clippy::too_many_arguments)]
pub fn laqsy<T: Scalar>(
    uplo: Uplo,
    herm: bool,
    a: MatMut<'_, T>,
    s: &[T::Real],
    scond: T::Real,
    amax: T::Real,
    equed: &mut u8,
) {
    *equed = if expert::laqsy(uplo, herm, a, s, scond, amax) { b'Y' } else { b'N' };
}

/// `?laqsb` / `?laqhb`.
#[allow(clippy::too_many_arguments)]
pub fn laqsb<T: Scalar>(
    uplo: Uplo,
    herm: bool,
    kd: usize,
    ab: MatMut<'_, T>,
    s: &[T::Real],
    scond: T::Real,
    amax: T::Real,
    equed: &mut u8,
) {
    *equed = if expert::laqsb(uplo, herm, kd, ab, s, scond, amax) { b'Y' } else { b'N' };
}

/// Whether EQUED is illegal (none of `letters`, upper case) for FACT = F;
/// other FACTs ignore it.
///
/// # Safety
/// `equed` is valid for one read.
pub unsafe fn bad_equed(fact: Option<Fact>, equed: *const u8, letters: &[u8]) -> bool {
    // SAFETY: the caller's EQUED.
    fact == Some(Fact::Factored) && !letters.contains(&unsafe { *equed }.to_ascii_uppercase())
}

/// For FACT = F, the first set of scale factors that EQUED uses (`letters`)
/// with an entry `<= 0`: reported as bad parameter `pos` (XERBLA, INFO =
/// -pos), as the reference checks them (after EQUED, before LDB).
fn bad_scaling<R: RealScalar>(srname: &str, fact: Fact, equed: u8, checks: &[(&[u8], &[R], i32)]) -> Option<i64> {
    if fact != Fact::Factored {
        return None;
    }
    let e = equed.to_ascii_uppercase();
    let &(_, _, pos) =
        checks.iter().find(|(letters, s, _)| letters.contains(&e) && s.iter().any(|&v| v <= R::zero()))?;
    crate::xerbla::report(srname, pos);
    Some(-i64::from(pos))
}

/// The EQUED a driver starts from: the caller's for FACT = F, else none.
fn equed_in(fact: Fact, equed: u8) -> Equed {
    match fact {
        Fact::Factored => Equed::from_char(equed).unwrap_or(Equed::None),
        _ => Equed::None,
    }
}

/// Writes back EQUED (not for FACT = F, which only reads it; `sym`: `Y` for a symmetric scaling).
fn equed_out(fact: Fact, e: Equed, sym: bool, equed: &mut u8) {
    if fact != Fact::Factored {
        *equed = if sym && e == Equed::Both { b'Y' } else { e.to_char() };
    }
}

/// A driver's outcome as RCOND, the reciprocal pivot growth (in `rpvgrw`'s
/// first element, when there is one) and INFO.
fn svx_out<R: Copy>(res: Result<Svx<R>, SvxError<R>>, rcond: &mut R, rpvgrw: &mut [R]) -> i64 {
    let (info, growth) = svx_info(res, rcond);
    if let Some(w) = rpvgrw.first_mut() {
        *w = growth;
    }
    info
}

/// A driver's outcome as RCOND, INFO and the reciprocal pivot growth.
fn svx_info<R: Copy>(res: Result<Svx<R>, SvxError<R>>, rcond: &mut R) -> (i64, R) {
    let (svx, info) = match res {
        Ok(s) => (s, 0),
        Err(e) => (e.svx, e.info.lapack_info()),
    };
    *rcond = svx.rcond;
    (info, svx.rpvgrw)
}

/// Stores a driver's reciprocal pivot growth (when it computed one) in the
/// first element of `at` (WORK for real types, RWORK for complex ones) once
/// the driver, which ran on that array, is done with it; returns INFO.
pub fn with_growth<R: Copy>((info, growth): (i64, Option<R>), at: &mut [R]) -> i64 {
    if let (Some(g), Some(w)) = (growth, at.first_mut()) {
        *w = g;
    }
    info
}

/// `?gesvx` on the caller's WORK and its IWORK (real) or RWORK (complex):
/// INFO and the pivot growth, which [`with_growth`] stores in WORK (real) or
/// RWORK (complex).
#[allow(clippy::too_many_arguments)]
pub fn gesvx<T: Scalar, P: PivotIndex, W, S>(
    srname: &str,
    fact: Fact,
    trans: Trans,
    a: MatMut<'_, T>,
    af: MatMut<'_, T>,
    ipiv: &mut [P],
    equed: &mut u8,
    r: &mut [T::Real],
    c: &mut [T::Real],
    b: MatMut<'_, T>,
    x: MatMut<'_, T>,
    rcond: &mut T::Real,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    work: &mut [W],
    side: &mut [S],
) -> (i64, Option<T::Real>) {
    if let Some(info) = bad_scaling(srname, fact, *equed, &[(b"RB", &*r, 11), (b"CB", &*c, 12)]) {
        return (info, None);
    }
    let mut e = equed_in(fact, *equed);
    let work = (workspace(work), workspace(side));
    let res = expert::gesvx(fact, trans, a, af, ipiv, &mut e, r, c, b, x, ferr, berr, Par::default(), work);
    equed_out(fact, e, false, equed);
    let (info, growth) = svx_info(res, rcond);
    (info, Some(growth))
}

/// `?gbsvx`, as [`gesvx`].
#[allow(clippy::too_many_arguments)]
pub fn gbsvx<T: Scalar, P: PivotIndex>(
    srname: &str,
    fact: Fact,
    trans: Trans,
    kl: usize,
    ku: usize,
    ab: MatMut<'_, T>,
    afb: MatMut<'_, T>,
    ipiv: &mut [P],
    equed: &mut u8,
    r: &mut [T::Real],
    c: &mut [T::Real],
    b: MatMut<'_, T>,
    x: MatMut<'_, T>,
    rcond: &mut T::Real,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    rpvgrw: &mut [T::Real],
) -> i64 {
    if let Some(info) = bad_scaling(srname, fact, *equed, &[(b"RB", &*r, 13), (b"CB", &*c, 14)]) {
        return info;
    }
    let mut e = equed_in(fact, *equed);
    let mut buf = WorkBuffer::new(expert::gbsvx_req::<T>(ab.ncols(), kl));
    let res = expert::gbsvx(
        fact,
        trans,
        kl,
        ku,
        ab,
        afb,
        ipiv,
        &mut e,
        r,
        c,
        b,
        x,
        ferr,
        berr,
        Par::default(),
        buf.workspace(),
    );
    equed_out(fact, e, false, equed);
    svx_out(res, rcond, rpvgrw)
}

/// `?posvx`, on the caller's WORK and its IWORK (real) or RWORK (complex).
#[allow(clippy::too_many_arguments)]
pub fn posvx<T: Scalar, W, S>(
    srname: &str,
    fact: Fact,
    uplo: Uplo,
    a: MatMut<'_, T>,
    af: MatMut<'_, T>,
    equed: &mut u8,
    s: &mut [T::Real],
    b: MatMut<'_, T>,
    x: MatMut<'_, T>,
    rcond: &mut T::Real,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    work: &mut [W],
    side: &mut [S],
) -> i64 {
    if let Some(info) = bad_scaling(srname, fact, *equed, &[(b"Y", &*s, 10)]) {
        return info;
    }
    let mut e = equed_in(fact, *equed);
    let work = (workspace(work), workspace(side));
    let res = expert::posvx(fact, uplo, a, af, &mut e, s, b, x, ferr, berr, Par::default(), work);
    equed_out(fact, e, true, equed);
    svx_out(res, rcond, &mut [])
}

/// `?pbsvx`.
#[allow(clippy::too_many_arguments)]
pub fn pbsvx<T: Scalar>(
    srname: &str,
    fact: Fact,
    uplo: Uplo,
    kd: usize,
    ab: MatMut<'_, T>,
    afb: MatMut<'_, T>,
    equed: &mut u8,
    s: &mut [T::Real],
    b: MatMut<'_, T>,
    x: MatMut<'_, T>,
    rcond: &mut T::Real,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
) -> i64 {
    if let Some(info) = bad_scaling(srname, fact, *equed, &[(b"Y", &*s, 11)]) {
        return info;
    }
    let mut e = equed_in(fact, *equed);
    let mut buf = WorkBuffer::new(expert::pbsvx_req::<T>(ab.ncols(), kd));
    let res = expert::pbsvx(fact, uplo, kd, ab, afb, &mut e, s, b, x, ferr, berr, Par::default(), buf.workspace());
    equed_out(fact, e, true, equed);
    svx_out(res, rcond, &mut [])
}

/// `?sysvx` / `?hesvx`.
#[allow(clippy::too_many_arguments)]
pub fn sysvx<T: Scalar, P: BlockPivotIndex>(
    fact: Fact,
    uplo: Uplo,
    herm: bool,
    a: MatRef<'_, T>,
    af: MatMut<'_, T>,
    ipiv: &mut [P],
    b: MatRef<'_, T>,
    x: MatMut<'_, T>,
    rcond: &mut T::Real,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
) -> i64 {
    let mut buf = WorkBuffer::new(expert::sysvx_req::<T>(a.nrows()));
    let res = expert::sysvx(
        fact == Fact::Factored,
        uplo,
        herm,
        a,
        af,
        ipiv,
        b,
        x,
        ferr,
        berr,
        Par::default(),
        buf.workspace(),
    );
    svx_out(res, rcond, &mut [])
}

/// The optimal LWORK of `?sysvx` / `?hesvx`: `min_per_n n` (at least 1),
/// or room for the blocked factorization when it factors.
pub fn sysvx_lwork(factors: bool, n: usize, min_per_n: usize) -> usize {
    let least = (min_per_n * n).max(1);
    if factors {
        least.max(n * ferroblas_lapack::relapack::sytrf::BLOCK)
    } else {
        least
    }
}

/// `dsgesv` / `zcgesv`: `L` the low precision; ITER as the reference reports it.
pub fn gesv_mixed<T: Scalar, L: Scalar, P: PivotIndex, I: AbiInt>(
    a: MatMut<'_, T>,
    ipiv: &mut [P],
    b: MatRef<'_, T>,
    x: MatMut<'_, T>,
    iter: &mut I,
) -> i64 {
    let mut buf = WorkBuffer::new(expert::mixed_req::<T, L>(b.nrows(), b.ncols()));
    let (it, res) = expert::gesv_mixed::<T, L, P>(a, ipiv, b, x, Par::default(), buf.workspace());
    *iter = I::from_i64(it.lapack_iter());
    res.map_or_else(|e| e.lapack_info(), |_| 0)
}

/// `dsposv` / `zcposv`.
pub fn posv_mixed<T: Scalar, L: Scalar, I: AbiInt>(
    uplo: Uplo,
    a: MatMut<'_, T>,
    b: MatRef<'_, T>,
    x: MatMut<'_, T>,
    iter: &mut I,
) -> i64 {
    let mut buf = WorkBuffer::new(expert::mixed_req::<T, L>(b.nrows(), b.ncols()));
    let (it, res) = expert::posv_mixed::<T, L>(uplo, a, b, x, Par::default(), buf.workspace());
    *iter = I::from_i64(it.lapack_iter());
    res.map_or_else(|e| e.lapack_info(), |_| 0)
}

/// `?ppsvx`.
#[allow(clippy::too_many_arguments)]
pub fn ppsvx<T: Scalar>(
    srname: &str,
    fact: Fact,
    uplo: Uplo,
    n: usize,
    ap: &mut [T],
    afp: &mut [T],
    equed: &mut u8,
    s: &mut [T::Real],
    b: MatMut<'_, T>,
    x: MatMut<'_, T>,
    rcond: &mut T::Real,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
) -> i64 {
    if let Some(info) = bad_scaling(srname, fact, *equed, &[(b"Y", &*s, 8)]) {
        return info;
    }
    let mut e = equed_in(fact, *equed);
    let mut buf = WorkBuffer::new(expert::ppsvx_req::<T>(n));
    let res = expert::ppsvx(fact, uplo, n, ap, afp, &mut e, s, b, x, ferr, berr, Par::default(), buf.workspace());
    equed_out(fact, e, true, equed);
    svx_out(res, rcond, &mut [])
}

/// `?spsvx` / `?hpsvx`.
#[allow(clippy::too_many_arguments)]
pub fn spsvx<T: Scalar, P: BlockPivotIndex>(
    fact: Fact,
    uplo: Uplo,
    herm: bool,
    n: usize,
    ap: &[T],
    afp: &mut [T],
    ipiv: &mut [P],
    b: MatRef<'_, T>,
    x: MatMut<'_, T>,
    rcond: &mut T::Real,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
) -> i64 {
    let mut buf = WorkBuffer::new(expert::spsvx_req::<T>(n));
    let factored = fact == Fact::Factored;
    let res = expert::spsvx(factored, uplo, herm, n, ap, afp, ipiv, b, x, ferr, berr, Par::default(), buf.workspace());
    svx_out(res, rcond, &mut [])
}
