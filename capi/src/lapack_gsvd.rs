//! Glue between the generated entry points of the generalized SVD (`?ggsvd3`,
//! `?ggsvp3`, `?tgsja`, and the deprecated `?ggsvd`, `?ggsvp`, which compute
//! the same) and `ferroblas_lapack::svd`: the job letters, K and L, the sort
//! information in IWORK (1-based), NCYCLE, and the scratch memory.
//!
//! The Rust routines run on a [`WorkBuffer`] of their own: the complex
//! routines split their workspace between WORK and RWORK, which one Rust
//! workspace cannot combine, and the deprecated interfaces' fixed WORK is
//! smaller than the blocked pivoted QR asks; the allocation is small beside
//! the O(n^3) work.

use crate::lapack_rt::AbiInt;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::MatMut;
use ferroblas_lapack::svd::{self, Accumulate};
use ferroblas_lapack::{Info, Par, WorkBuffer};

/// `JOBU` of the drivers: `U` computes U, `N` does not.
pub struct WantU;
/// `JOBV` of the drivers: `V` computes V, `N` does not.
pub struct WantV;
/// `JOBQ` of the drivers: `Q` computes Q, `N` does not.
pub struct WantQ;
/// `JOBU` of `?tgsja`: `I` initialises U to the identity, `U` updates it, `N` neither.
pub struct JobU;
/// `JOBV` of `?tgsja`: `I`, `V` or `N`.
pub struct JobV;
/// `JOBQ` of `?tgsja`: `I`, `Q` or `N`.
pub struct JobQ;

/// `yes` means wanted, `N` not, anything else is illegal.
fn want(c: u8, yes: u8) -> Option<bool> {
    match c.to_ascii_uppercase() {
        b'N' => Some(false),
        x if x == yes => Some(true),
        _ => None,
    }
}

/// `I` initialise, `update` accumulate, `N` neither.
fn job(c: u8, update: u8) -> Option<Accumulate> {
    match c.to_ascii_uppercase() {
        b'N' => Some(Accumulate::No),
        b'I' => Some(Accumulate::Init),
        x if x == update => Some(Accumulate::Update),
        _ => None,
    }
}

macro_rules! letters {
    ($($t:ident $f:ident $out:ty, $c:literal;)*) => {$(
        impl $t {
            /// Parses the letter, case-insensitively.
            pub fn from_char(c: u8) -> Option<$out> {
                $f(c, $c)
            }
        }
    )*};
}

letters! {
    WantU want bool, b'U';
    WantV want bool, b'V';
    WantQ want bool, b'Q';
    JobU job Accumulate, b'U';
    JobV job Accumulate, b'V';
    JobQ job Accumulate, b'Q';
}

/// `?ggsvd3` and `?ggsvd`: K, L, and in IWORK(K+1 : K+min(L, M-K)) the
/// 1-based sort information.
#[allow(clippy::too_many_arguments)]
pub fn ggsvd3<T: Scalar, I: AbiInt>(
    wantu: bool,
    wantv: bool,
    wantq: bool,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    k: &mut I,
    l: &mut I,
    alpha: &mut [T::Real],
    beta: &mut [T::Real],
    u: MatMut<'_, T>,
    v: MatMut<'_, T>,
    q: MatMut<'_, T>,
    iwork: &mut [I],
) -> Result<(), Info> {
    let (m, n, p) = (a.nrows(), a.ncols(), b.nrows());
    let mut buf = WorkBuffer::new(svd::ggsvd3_req::<T>(m, p, n));
    let mut sort = vec![0usize; n];
    let g = svd::ggsvd3(wantu, wantv, wantq, a, b, alpha, beta, u, v, q, &mut sort, Par::default(), buf.workspace());
    *k = I::from_i64(g.k as i64);
    *l = I::from_i64(g.l as i64);
    let sorted = g.k..g.k + g.l.min(m - g.k);
    for (w, &s) in iwork[sorted.clone()].iter_mut().zip(&sort[sorted]) {
        *w = I::from_i64(s as i64 + 1);
    }
    g.info
}

/// `?ggsvp3` and `?ggsvp`: K and L (IWORK, TAU and WORK are not used).
#[allow(clippy::too_many_arguments)]
pub fn ggsvp3<T: Scalar, I: AbiInt>(
    wantu: bool,
    wantv: bool,
    wantq: bool,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    tola: T::Real,
    tolb: T::Real,
    k: &mut I,
    l: &mut I,
    u: MatMut<'_, T>,
    v: MatMut<'_, T>,
    q: MatMut<'_, T>,
) {
    let (m, n, p) = (a.nrows(), a.ncols(), b.nrows());
    let mut buf = WorkBuffer::new(svd::ggsvp3_req::<T>(m, p, n));
    let (kk, ll) = svd::ggsvp3(wantu, wantv, wantq, a, b, tola, tolb, u, v, q, Par::default(), buf.workspace());
    *k = I::from_i64(kk as i64);
    *l = I::from_i64(ll as i64);
}

/// `?tgsja`: NCYCLE (the cycles made; `TGSJA_MAXIT + 1` when they did not
/// converge, as the reference's loop counter leaves it).
#[allow(clippy::too_many_arguments)]
pub fn tgsja<T: Scalar, I: AbiInt>(
    jobu: Accumulate,
    jobv: Accumulate,
    jobq: Accumulate,
    k: i64,
    l: i64,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    tola: T::Real,
    tolb: T::Real,
    alpha: &mut [T::Real],
    beta: &mut [T::Real],
    u: MatMut<'_, T>,
    v: MatMut<'_, T>,
    q: MatMut<'_, T>,
    work: &mut [T],
    ncycle: &mut I,
) -> Result<(), Info> {
    let (k, l) = (usize::try_from(k).unwrap_or(0), usize::try_from(l).unwrap_or(0));
    let r = svd::tgsja(jobu, jobv, jobq, k, l, a, b, tola, tolb, alpha, beta, u, v, q, work);
    *ncycle = I::from_i64(r.unwrap_or(svd::TGSJA_MAXIT + 1) as i64);
    r.map(|_| ())
}
