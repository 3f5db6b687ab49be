//! Glue between the generated entry points of the triangular-pentagonal,
//! tall-skinny and generalized QR families and `ferroblas_lapack::qr` /
//! `::least_squares`: option letters the reference reads without checking,
//! two-dimensional workspaces, and the T-array conventions of `?geqr`/`?gelq`.

use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::{MatMut, MatRef};
use ferroblas_kernels::{Side, Trans};
use ferroblas_lapack::householder::{Direct, StoreV};
use ferroblas_lapack::{qr, Par};

/// An option letter as the Fortran (`u8`) or C (`i8`) caller passes it.
fn letter(c: impl Into<i32>) -> u8 {
    c.into() as u8
}

/// Whether SIDE is `L` (either case).
pub fn is_left(side: impl Into<i32>) -> bool {
    letter(side).eq_ignore_ascii_case(&b'L')
}

/// `?tprfb`'s V: `mq x k` column-wise, `k x mq` row-wise (`mq` = m left, n right).
pub fn tprfb_vshape(side: impl Into<i32>, storev: impl Into<i32>, m: i64, n: i64, k: i64) -> (usize, usize) {
    let mq = if is_left(side) { m } else { n }.max(0) as usize;
    let k = k.max(0) as usize;
    if letter(storev).eq_ignore_ascii_case(&b'R') {
        (k, mq)
    } else {
        (mq, k)
    }
}

/// `?tprfb`'s A: `k x n` left, `m x k` right.
pub fn tprfb_ashape(side: impl Into<i32>, m: i64, n: i64, k: i64) -> (usize, usize) {
    let (m, n, k) = (m.max(0) as usize, n.max(0) as usize, k.max(0) as usize);
    if is_left(side) {
        (k, n)
    } else {
        (m, k)
    }
}

/// `?tprfb` as the reference reads its letters (an unknown one does
/// nothing) with its workspace as the Fortran array `WORK(LDWORK, *)`.
#[allow(clippy::too_many_arguments)]
pub fn tprfb<T: Scalar>(
    side: impl Into<i32>,
    trans: impl Into<i32>,
    direct: impl Into<i32>,
    storev: impl Into<i32>,
    l: i64,
    v: MatRef<'_, T>,
    t: MatRef<'_, T>,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    work: &mut [T],
    ldwork: i64,
) {
    let side = match letter(side).to_ascii_uppercase() {
        b'L' => Side::Left,
        b'R' => Side::Right,
        _ => return,
    };
    let direct = match letter(direct).to_ascii_uppercase() {
        b'F' => Direct::Forward,
        b'B' => Direct::Backward,
        _ => return,
    };
    let store = match letter(storev).to_ascii_uppercase() {
        b'C' => StoreV::Columnwise,
        b'R' => StoreV::Rowwise,
        _ => return,
    };
    let trans = if letter(trans).eq_ignore_ascii_case(&b'N') { Trans::No } else { Trans::ConjTrans };
    let (m, n, k) = (b.nrows(), b.ncols(), t.nrows());
    let mq = if side == Side::Left { m } else { n };
    if m == 0 || n == 0 || k == 0 || l < 0 || l as usize > k.min(mq) {
        return;
    }
    let ldwork = ldwork.max(1) as usize;
    let w = match side {
        Side::Left => MatMut::from_col_major(work, k, n, ldwork),
        Side::Right => MatMut::from_col_major(work, m, k, ldwork),
    };
    qr::tprfb(side, trans, direct, store, l as usize, v, t, a, b, w, Par::default())
}
