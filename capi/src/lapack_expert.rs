//! Glue between the generated equilibration entry points and
//! `ferroblas_lapack::expert`: the scalars the reference writes on each
//! path (on a failure only those computed before it), and `EQUED` letters.

use ferroblas_kernels::enums::Uplo;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::{MatMut, MatRef};
use ferroblas_lapack::expert::{self, EquError, RowColScaling, SymScaling};
use ferroblas_lapack::WorkBuffer;

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
pub fn poequ<T: Scalar>(pow2: bool, a: MatRef<'_, T>, s: &mut [T::Real], scond: &mut T::Real, amax: &mut T::Real) -> i64 {
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
pub fn syequb<T: Scalar>(uplo: Uplo, a: MatRef<'_, T>, s: &mut [T::Real], scond: &mut T::Real, amax: &mut T::Real) -> i64 {
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

/// The workspace of the refinement routines (`?gerfs`, ...) for order `n`:
/// a buffer of the Rust routine's own layout stands in for WORK, IWORK and
/// RWORK, whose element types the Rust workspace cannot combine.
pub fn rfs_work<T: Scalar>(n: usize) -> WorkBuffer {
    WorkBuffer::new(expert::rfs_req::<T>(n))
}
