//! Glue between the generated CS-decomposition entry points (`?bbcsd`,
//! `?orbdb*`/`?unbdb*`, `?orcsd`/`?uncsd`, `?orcsd2by1`/`?uncsd2by1`) and
//! `ferroblas_lapack::svd::csd`: the option letters and the reference's
//! LWORK formulas.
//!
//! The routines run on a [`WorkBuffer`] sized by their `_req` functions
//! rather than on the caller's WORK/RWORK, whose sizes are checked as the
//! reference checks them (its split of the work between the pieces differs
//! from ours).

use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::{MatMut, VecMut};
use ferroblas_lapack::svd::csd::{self, CsdBlocks, CsdSigns, CsdWant};
use ferroblas_lapack::{Info, Par, WorkBuffer};

/// A `JOB*` letter of the CS decomposition: `Y` computes the factor,
/// anything else does not (never an illegal value).
pub struct Yes;

impl Yes {
    /// `Y` (either case) is true.
    pub fn from_char(c: u8) -> bool {
        c.eq_ignore_ascii_case(&b'Y')
    }
}

/// `TRANS` of the CS decomposition: `T` means row-major (transposed)
/// storage, anything else column-major.
pub struct TransT;

impl TransT {
    /// `T` (either case) is true.
    pub fn from_char(c: u8) -> bool {
        c.eq_ignore_ascii_case(&b'T')
    }
}

/// `SIGNS`: `O` is the other convention, anything else the default.
pub struct Signs;

impl Signs {
    /// `O` (either case) is [`CsdSigns::Other`].
    pub fn from_char(c: u8) -> CsdSigns {
        if c.eq_ignore_ascii_case(&b'O') {
            CsdSigns::Other
        } else {
            CsdSigns::Default
        }
    }
}

/// `?bbcsd`.
#[allow(clippy::too_many_arguments)]
pub fn bbcsd<T: Scalar>(
    want: [bool; 4],
    trans: bool,
    m: usize,
    p: usize,
    q: usize,
    theta: &mut [T::Real],
    phi: &mut [T::Real],
    u1: MatMut<'_, T>,
    u2: MatMut<'_, T>,
    v1t: MatMut<'_, T>,
    v2t: MatMut<'_, T>,
    b: [&mut [T::Real]; 8],
) -> Result<(), Info> {
    let [b11d, b11e, b12d, b12e, b21d, b21e, b22d, b22e] = b;
    let blocks = CsdBlocks { b11d, b11e, b12d, b12e, b21d, b21e, b22d, b22e };
    let want = CsdWant { u1: want[0], u2: want[1], v1t: want[2], v2t: want[3] };
    let mut buf = WorkBuffer::new(csd::bbcsd_req::<T>(q));
    csd::bbcsd(want, trans, m, p, q, theta, phi, u1, u2, v1t, v2t, blocks, buf.workspace())
}

/// `?orbdb1` .. `?orbdb3`'s (and `?orbdb4`'s) smallest LWORK, as the
/// reference computes it (`variant` 1 to 4).
pub fn orbdb_tall_lwork(variant: u8, m: i64, p: i64, q: i64) -> i64 {
    let (llarf, lorbdb5) = match variant {
        1 => ((p - 1).max(m - p - 1).max(q - 1), q - 2),
        2 => ((p - 1).max(m - p).max(q - 1), q - 1),
        3 => (p.max(m - p - 1).max(q - 1), q - 1),
        _ => ((q - 1).max(p - 1).max(m - p - 1), q),
    };
    (1 + llarf).max(1 + lorbdb5).max(1)
}

/// `?orbdb1` .. `?orbdb4` (`variant`), on their own scratch.
#[allow(clippy::too_many_arguments)]
pub fn orbdb_tall<T: Scalar>(
    variant: u8,
    x11: MatMut<'_, T>,
    x21: MatMut<'_, T>,
    theta: &mut [T::Real],
    phi: &mut [T::Real],
    taup1: &mut [T],
    taup2: &mut [T],
    tauq1: &mut [T],
    phantom: &mut [T],
) {
    let (p, q) = (x11.nrows(), x11.ncols());
    let m = p + x21.nrows();
    let mut w = vec![T::zero(); csd::orbdb_tall_len(m, p, q)];
    match variant {
        1 => csd::orbdb1(x11, x21, theta, phi, taup1, taup2, tauq1, &mut w),
        2 => csd::orbdb2(x11, x21, theta, phi, taup1, taup2, tauq1, &mut w),
        3 => csd::orbdb3(x11, x21, theta, phi, taup1, taup2, tauq1, &mut w),
        _ => csd::orbdb4(x11, x21, theta, phi, taup1, taup2, tauq1, phantom, &mut w),
    }
}

/// `?orbdb5` (`complete`) or `?orbdb6`.
pub fn orbdb56<T: Scalar>(complete: bool, x1: VecMut<'_, T>, x2: VecMut<'_, T>, q1: MatMut<'_, T>, q2: MatMut<'_, T>) {
    let mut w = vec![T::zero(); csd::orbdb6_len(q1.ncols())];
    if complete {
        csd::orbdb5(x1, x2, q1.rb(), q2.rb(), &mut w)
    } else {
        csd::orbdb6(x1, x2, q1.rb(), q2.rb(), &mut w)
    }
}

/// `?orbdb`.
#[allow(clippy::too_many_arguments)]
pub fn orbdb<T: Scalar>(
    trans: bool,
    signs: CsdSigns,
    x11: MatMut<'_, T>,
    x12: MatMut<'_, T>,
    x21: MatMut<'_, T>,
    x22: MatMut<'_, T>,
    theta: &mut [T::Real],
    phi: &mut [T::Real],
    taus: [&mut [T]; 4],
) {
    let q = if trans { x11.nrows() } else { x11.ncols() };
    let p = if trans { x11.ncols() } else { x11.nrows() };
    let m = p + if trans { x21.ncols() } else { x21.nrows() };
    let [taup1, taup2, tauq1, tauq2] = taus;
    let mut w = vec![T::zero(); csd::orbdb_len(m, q)];
    csd::orbdb(trans, signs, x11, x12, x21, x22, theta, phi, taup1, taup2, tauq1, tauq2, &mut w)
}

/// `?orcsd`'s smallest LWORK (`?uncsd`'s: `.0`) and `?uncsd`'s smallest
/// LRWORK (`.1`), as the reference computes them for the problem it solves
/// after its transposition and permutation.
pub fn orcsd_lwork<T: Scalar>(m: i64, p: i64, q: i64) -> (i64, i64) {
    let (mut p, mut q) = (p, q);
    if p.min(m - p) < q.min(m - q) {
        std::mem::swap(&mut p, &mut q);
    }
    if m - q < q {
        p = m - p;
        q = m - q;
    }
    let one = |x: i64| x.max(1);
    let lbbcsd = if q > 0 { 8 * q } else { 1 };
    let blocks = 4 * one(q) + 4 * one(q - 1);
    let taus = one(p) + one(m - p) + one(q) + one(m - q);
    if T::IS_COMPLEX {
        let base = 2 + taus;
        let lwork = (base + one(m - q)).max(base + (m - q)) - 1;
        let lrwork = 2 + one(q - 1) + blocks + lbbcsd - 1;
        (lwork, lrwork)
    } else {
        let base = 2 + one(q - 1) + taus;
        let lwork = (base + one(m - q)).max(base + (m - q)).max(base + blocks + lbbcsd) - 1;
        (lwork, 0)
    }
}

/// `?orcsd`.
#[allow(clippy::too_many_arguments)]
pub fn orcsd<T: Scalar>(
    want: [bool; 4],
    trans: bool,
    signs: CsdSigns,
    x: [MatMut<'_, T>; 4],
    theta: &mut [T::Real],
    u: [MatMut<'_, T>; 4],
) -> Result<(), Info> {
    let [x11, x12, x21, x22] = x;
    let (p, q) = if trans { (x11.ncols(), x11.nrows()) } else { (x11.nrows(), x11.ncols()) };
    let m = p + if trans { x21.ncols() } else { x21.nrows() };
    let [u1, u2, v1t, v2t] = u;
    let want = CsdWant { u1: want[0], u2: want[1], v1t: want[2], v2t: want[3] };
    let mut buf = WorkBuffer::new(csd::orcsd_req::<T>(m, p, q));
    csd::orcsd(want, trans, signs, x11, x12, x21, x22, theta, u1, u2, v1t, v2t, Par::default(), buf.workspace())
}

/// `?orcsd2by1`.
pub fn orcsd2by1<T: Scalar>(
    want: [bool; 3],
    x11: MatMut<'_, T>,
    x21: MatMut<'_, T>,
    theta: &mut [T::Real],
    u: [MatMut<'_, T>; 3],
) -> Result<(), Info> {
    let (p, q) = (x11.nrows(), x11.ncols());
    let m = p + x21.nrows();
    let [u1, u2, v1t] = u;
    let want = CsdWant { u1: want[0], u2: want[1], v1t: want[2], v2t: false };
    let mut buf = WorkBuffer::new(csd::orcsd2by1_req::<T>(m, p, q));
    csd::orcsd2by1(want, x11, x21, theta, u1, u2, v1t, Par::default(), buf.workspace())
}

/// `?orcsd2by1`'s LWORK check and query (`.0`, a lower bound of the
/// reference's minimum: the reflectors' taus it keeps in WORK; the routine
/// runs on its own buffer) and `?uncsd2by1`'s smallest LRWORK (`.1`, the
/// reference's).
pub fn orcsd2by1_lwork(m: i64, p: i64, q: i64) -> (i64, i64) {
    let one = |x: i64| x.max(1);
    let r = p.min(m - p).min(q).min(m - q).max(0);
    let lbbcsd = if r > 0 { 8 * r } else { 1 };
    let lrwork = 2 + one(r - 1) + 4 * one(r) + 4 * one(r - 1) + lbbcsd - 1;
    (1 + one(p) + one(m - p) + one(q), lrwork)
}
