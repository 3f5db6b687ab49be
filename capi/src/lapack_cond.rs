//! Glue between the generated condition-estimation entry points (`?lacn2`,
//! `?latrs`, `?trcon`, `?gecon`, `?pocon`) and `ferroblas_lapack::condition`:
//! the reverse-communication state in the caller's `KASE`/`ISAVE`/`ISGN`,
//! the reference's quirks at the edges, and the scratch memory.
//!
//! The estimators run on the caller's WORK and its IWORK (real types: the
//! estimator's signs) or RWORK (complex types: the column norms), the pair
//! [`condition::CondScratch`] describes, at the reference's sizes.

use crate::lapack_rt::{workspace, AbiInt};
use ferroblas_kernels::enums::{Diag, Trans, Uplo};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::{MatRef, VecMut};
use ferroblas_lapack::condition::{self, CondNorm, Lacn2State, NormIn, Product, SignStore};

/// The caller's ISGN, at the ABI's integer width.
struct AbiSigns<'a, I>(&'a mut [I]);

impl<I: AbiInt> SignStore for AbiSigns<'_, I> {
    fn is_sign(&self, i: usize, s: i8) -> bool {
        self.0[i].get() == i64::from(s)
    }
    fn set_sign(&mut self, i: usize, s: i8) {
        self.0[i] = I::from_i64(i64::from(s));
    }
}

/// `?lacn2`: one step of the 1-norm estimator with the reference's KASE and
/// ISAVE (`isgn` is empty for the complex routines, which have none).
pub fn lacn2<T: Scalar, I: AbiInt>(
    v: &mut [T],
    x: &mut [T],
    isgn: &mut [I],
    est: &mut T::Real,
    kase: &mut I,
    isave: &mut [I],
) {
    let mut state = Lacn2State::from_isave([isave[0].get(), isave[1].get(), isave[2].get()]);
    let next = condition::lacn2(v, x, &mut AbiSigns(isgn), est, kase.get() != 0, &mut state);
    *kase = I::from_i64(match next {
        None => 0,
        Some(Product::A) => 1,
        Some(Product::AH) => 2,
    });
    for (s, v) in isave.iter_mut().zip(state.to_isave()) {
        *s = I::from_i64(v);
    }
}

thread_local! {
    /// `?lacon`'s state between calls, which the reference keeps in SAVE
    /// variables: here one per thread (so threads estimating at once do not
    /// share it) and per precision (as the reference's four routines each
    /// have their own).
    static LACON_STATE: [std::cell::Cell<Lacn2State>; 4] = Default::default();
}

/// `?lacon`: [`lacn2`]'s estimator with its state kept by ferroblas (see
/// `LACON_STATE`) instead of in the caller's ISAVE.
pub fn lacon<T: Scalar, I: AbiInt>(v: &mut [T], x: &mut [T], isgn: &mut [I], est: &mut T::Real, kase: &mut I) {
    let slot = usize::from(T::IS_COMPLEX) * 2 + usize::from(core::mem::size_of::<T::Real>() == 8);
    LACON_STATE.with(|states| {
        let mut state = states[slot].get();
        let next = condition::lacn2(v, x, &mut AbiSigns(isgn), est, kase.get() != 0, &mut state);
        states[slot].set(state);
        *kase = I::from_i64(match next {
            None => 0,
            Some(Product::A) => 1,
            Some(Product::AH) => 2,
        });
    });
}

/// `?latrs`.
#[allow(clippy::too_many_arguments)]
pub fn latrs<T: Scalar>(
    uplo: Uplo,
    trans: Trans,
    diag: Diag,
    normin: NormIn,
    a: MatRef<'_, T>,
    x: &mut [T],
    scale: &mut T::Real,
    cnorm: &mut [T::Real],
) {
    let n = a.nrows();
    let s = condition::latrs(uplo, trans, diag, normin, a, VecMut::from_slice(x), cnorm);
    // zlatrs returns before it sets SCALE when n = 0; dlatrs sets it to 1.
    if n > 0 || !T::IS_COMPLEX {
        *scale = s;
    }
}

/// `?trcon`, on the caller's WORK and its IWORK (real) or RWORK (complex).
pub fn trcon<T: Scalar, S>(
    norm: CondNorm,
    uplo: Uplo,
    diag: Diag,
    a: MatRef<'_, T>,
    rcond: &mut T::Real,
    work: &mut [T],
    side: &mut [S],
) {
    *rcond = condition::trcon(norm, uplo, diag, a, (workspace(work), workspace(side)));
}

/// `?gecon`: INFO as LAPACK 3.12 reports it (-5 for a NaN or infinite ANORM,
/// without XERBLA; 1 for an unreliable estimate); on the caller's WORK and
/// its IWORK (real) or RWORK (complex).
pub fn gecon<T: Scalar, S>(
    norm: CondNorm,
    a: MatRef<'_, T>,
    anorm: T::Real,
    rcond: &mut T::Real,
    work: &mut [T],
    side: &mut [S],
) -> i64 {
    match condition::gecon(norm, a, anorm, (workspace(work), workspace(side))) {
        Ok(r) => {
            *rcond = r;
            0
        }
        Err(e) => {
            *rcond = e.rcond();
            e.lapack_info()
        }
    }
}

/// `?pocon`, on the caller's WORK and its IWORK (real) or RWORK (complex).
pub fn pocon<T: Scalar, S>(
    uplo: Uplo,
    a: MatRef<'_, T>,
    anorm: T::Real,
    rcond: &mut T::Real,
    work: &mut [T],
    side: &mut [S],
) {
    *rcond = condition::pocon(uplo, a, anorm, (workspace(work), workspace(side)));
}

/// `?sycon` / `?hecon` over the Fortran pivots, on the caller's WORK and its
/// IWORK (real; the complex routines have none: pass `&mut []`).
#[allow(clippy::too_many_arguments)]
pub fn sycon<T: Scalar, I: AbiInt, S>(
    uplo: Uplo,
    herm: bool,
    a: MatRef<'_, T>,
    ipiv: &[I],
    anorm: T::Real,
    rcond: &mut T::Real,
    work: &mut [T],
    side: &mut [S],
) {
    let ipiv = crate::lapack_rt::one_based(ipiv);
    *rcond = condition::sycon(uplo, herm, a, ipiv, anorm, (workspace(work), workspace(side)));
}

/// `?sycon_rook` / `?hecon_rook` over the Fortran pivots (workspace as [`sycon`]).
#[allow(clippy::too_many_arguments)]
pub fn sycon_rook<T: Scalar, I: AbiInt, S>(
    uplo: Uplo,
    herm: bool,
    a: MatRef<'_, T>,
    ipiv: &[I],
    anorm: T::Real,
    rcond: &mut T::Real,
    work: &mut [T],
    side: &mut [S],
) {
    let ipiv = crate::lapack_rt::one_based(ipiv);
    *rcond = condition::sycon_rook(uplo, herm, a, ipiv, anorm, (workspace(work), workspace(side)));
}

/// `?gbcon` over the Fortran pivots, on the caller's WORK and its IWORK
/// (real) or RWORK (complex).
#[allow(clippy::too_many_arguments)]
pub fn gbcon<T: Scalar, I: AbiInt, S>(
    norm: CondNorm,
    kl: usize,
    ku: usize,
    ab: MatRef<'_, T>,
    ipiv: &[I],
    anorm: T::Real,
    rcond: &mut T::Real,
    work: &mut [T],
    side: &mut [S],
) {
    let ipiv = crate::lapack_rt::one_based(ipiv);
    *rcond = condition::gbcon(norm, kl, ku, ab, ipiv, anorm, (workspace(work), workspace(side)));
}

/// `?pbcon`, on the caller's WORK and its IWORK (real) or RWORK (complex).
#[allow(clippy::too_many_arguments)]
pub fn pbcon<T: Scalar, S>(
    uplo: Uplo,
    kd: usize,
    ab: MatRef<'_, T>,
    anorm: T::Real,
    rcond: &mut T::Real,
    work: &mut [T],
    side: &mut [S],
) {
    *rcond = condition::pbcon(uplo, kd, ab, anorm, (workspace(work), workspace(side)));
}
