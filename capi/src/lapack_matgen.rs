//! Glue for the tmglib test-matrix generators (`?lagge`, `?lagsy`, `?laghe`,
//! `?latms`): the Fortran seed in and out around the generic routines of
//! `ferroblas_lapack::matgen`, and `?latms`'s argument checks, which depend on
//! each other more than a spec line can say.

use crate::lapack_aux::{seed_in, seed_out};
use crate::lapack_rt::AbiInt;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::MatMut;
use ferroblas_lapack::matgen::{self, latms_min_lda, latms_pack_illegal, LatmsDist, LatmsPack, LatmsSpec, LatmsSym};
use ferroblas_lapack::Info;

/// `?lagge` with the Fortran seed.
pub fn lagge<T: Scalar, I: AbiInt>(
    kl: usize,
    ku: usize,
    d: &[T::Real],
    a: MatMut<'_, T>,
    iseed: &mut [I],
    work: &mut [T],
) {
    let mut seed = seed_in(iseed);
    matgen::lagge(kl, ku, d, a, &mut seed, work);
    seed_out(seed, iseed);
}

/// `?lagsy` (`hermitian` false) and `?laghe` (true) with the Fortran seed.
pub fn lagsy<T: Scalar, I: AbiInt>(
    hermitian: bool,
    k: usize,
    d: &[T::Real],
    a: MatMut<'_, T>,
    iseed: &mut [I],
    work: &mut [T],
) {
    let mut seed = seed_in(iseed);
    matgen::lagsy(hermitian, k, d, a, &mut seed, work);
    seed_out(seed, iseed);
}

/// The parameter `?latms` blames first for its arguments (0: none), in the
/// reference's order. Nothing is checked when `m` or `n` is zero: the
/// reference returns before it looks.
#[allow(clippy::too_many_arguments)]
pub fn latms_check<R: RealScalar>(
    m: i64,
    n: i64,
    dist: u8,
    sym: u8,
    mode: i64,
    cond: R,
    kl: i64,
    ku: i64,
    pack: u8,
    lda: i64,
) -> i64 {
    if m == 0 || n == 0 {
        return 0;
    }
    let sym = LatmsSym::from_char(sym);
    let nonsym = sym == Some(LatmsSym::Nonsymmetric);
    let pack = LatmsPack::from_char(pack);
    if m < 0 || (m != n && !nonsym) {
        1
    } else if n < 0 {
        2
    } else if LatmsDist::from_char(dist).is_none() {
        3
    } else if sym.is_none() {
        5
    } else if mode.abs() > 6 {
        7
    } else if mode != 0 && mode.abs() != 6 && cond < R::one() {
        8
    } else if kl < 0 {
        10
    } else if ku < 0 || (!nonsym && kl != ku) {
        11
    } else if pack.is_none_or(|p| latms_pack_illegal(m, n, kl, ku, nonsym, p)) {
        12
    } else if lda < latms_min_lda(m, n, kl, ku, pack.unwrap()).max(1) {
        14
    } else {
        0
    }
}

/// `?latms` after [`latms_check`]: the letters parsed, the seed in and out,
/// and A seen as the whole `LDA x N` array the reference writes (packed and
/// band storage fill rows past M); positive INFO from the routine.
#[allow(clippy::too_many_arguments)]
pub fn latms<T: Scalar, I: AbiInt>(
    m: usize,
    n: usize,
    dist: u8,
    iseed: &mut [I],
    sym: u8,
    d: &mut [T::Real],
    mode: i64,
    cond: T::Real,
    dmax: T::Real,
    kl: usize,
    ku: usize,
    pack: u8,
    mut a: MatMut<'_, T>,
    work: &mut [T],
) -> Result<(), Info> {
    if m == 0 || n == 0 {
        return Ok(());
    }
    let spec = LatmsSpec {
        m,
        n,
        dist: LatmsDist::from_char(dist).expect("checked"),
        sym: LatmsSym::from_char(sym).expect("checked"),
        mode: mode as i32,
        cond,
        dmax,
        kl,
        ku,
        pack: LatmsPack::from_char(pack).expect("checked"),
    };
    let lda = a.col_stride() as usize;
    // SAFETY: the Fortran contract makes A an `LDA x N` array (the view the
    // ABI built covers only its first `M` rows, or overlaps when LDA < M in
    // band storage); this view replaces it and nothing else touches A meanwhile.
    let full = unsafe { MatMut::from_raw_parts(a.as_mut_ptr(), lda, n, 1, lda as isize) };
    let mut seed = seed_in(iseed);
    let r = matgen::latms(&spec, &mut seed, d, full, work);
    seed_out(seed, iseed);
    r
}
