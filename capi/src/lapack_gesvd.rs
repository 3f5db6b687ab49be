//! Glue between the generated entry points of the bidiagonal reduction
//! (`?gebrd`, `?orgbr`/`?ungbr`, `?ormbr`/`?unmbr`) and the SVD drivers and
//! `ferroblas_lapack::svd`: block sizes and crossovers from a program's own
//! `ilaenv_` (the reference test programs sweep them), and the optimal
//! workspace lengths that `LWORK = -1` reports.

use crate::lapack_aux::{ilaenv_lookup, program_ilaenv};
use crate::lapack_rt as rt;
use ferroblas_kernels::enums::{Side, Trans};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::{MatMut, MatRef};
use ferroblas_lapack::svd::{self, Vect};
use ferroblas_lapack::{qr, Par};

/// `ILAENV(ispec, stem, ...)` from the program's own `ilaenv_` when it has
/// one, else `ours`.
fn tuning<T: Scalar>(ispec: i32, stem: &str, m: usize, n: usize, ours: usize) -> usize {
    if !program_ilaenv() {
        return ours;
    }
    let d = |v: usize| i32::try_from(v).unwrap_or(i32::MAX);
    let v = ilaenv_lookup(ispec, &rt::routine_name::<T>(stem), " ", [d(m), d(n), -1, -1]);
    usize::try_from(v).unwrap_or(0)
}

/// `?gebrd`'s panel width.
fn gebrd_block<T: Scalar>(m: usize, n: usize) -> usize {
    tuning::<T>(1, "GEBRD", m, n, svd::GEBRD_BLOCK).max(1)
}

/// `?gebrd` with the program's block size and crossover.
pub fn gebrd<T: Scalar>(
    a: MatMut<'_, T>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    tauq: &mut [T],
    taup: &mut [T],
    work: &mut [T],
) {
    let (m, n) = (a.nrows(), a.ncols());
    let nb = gebrd_block::<T>(m, n);
    let nx = tuning::<T>(3, "GEBRD", m, n, svd::GEBRD_CROSSOVER);
    svd::gebrd_nx(a, d, e, tauq, taup, Par::default(), rt::workspace(work), nb, nx)
}

/// `?gebrd`'s optimal LWORK: `(m + n) nb` (1 for an empty matrix).
pub fn gebrd_lwork<T: Scalar>(m: usize, n: usize) -> usize {
    if m.min(n) == 0 {
        return 1;
    }
    ((m + n) * gebrd_block::<T>(m, n)).max(m.max(n))
}

/// The block size `?orgbr` passes to `?orgqr` / `?orglq`.
fn orgbr_block<T: Scalar>(vect: Vect, m: usize, n: usize) -> usize {
    match vect {
        Vect::Q => tuning::<T>(1, "ORGQR", m, n, qr::BLOCK),
        Vect::P => tuning::<T>(1, "ORGLQ", m, n, qr::BLOCK),
    }
    .max(1)
}

/// `?orgbr` with the program's block size.
pub fn orgbr<T: Scalar>(vect: Vect, k: usize, a: MatMut<'_, T>, tau: &[T], work: &mut [T]) {
    let nb = orgbr_block::<T>(vect, a.nrows(), a.ncols());
    svd::orgbr_with(vect, k, a, tau, Par::default(), rt::workspace(work), nb)
}

/// `?orgbr`'s optimal LWORK.
pub fn orgbr_lwork<T: Scalar>(vect: Vect, m: usize, n: usize, k: usize) -> usize {
    if m.min(n) == 0 {
        return 1;
    }
    let nb = orgbr_block::<T>(vect, m, n);
    svd::orgbr_req_with::<T>(vect, m, n, k, nb).elems::<T>().max(m.min(n)).max(1)
}

/// The block size `?ormbr` passes to `?ormqr` / `?ormlq`.
fn ormbr_block<T: Scalar>(vect: Vect, m: usize, n: usize) -> usize {
    match vect {
        Vect::Q => tuning::<T>(1, "ORMQR", m, n, qr::BLOCK),
        Vect::P => tuning::<T>(1, "ORMLQ", m, n, qr::BLOCK),
    }
    .clamp(1, 64)
}

/// `?ormbr` with the program's block size.
#[allow(clippy::too_many_arguments)]
pub fn ormbr<T: Scalar>(
    vect: Vect,
    side: Side,
    trans: Trans,
    k: usize,
    a: MatRef<'_, T>,
    tau: &[T],
    c: MatMut<'_, T>,
    work: &mut [T],
) {
    let nb = ormbr_block::<T>(vect, c.nrows(), c.ncols());
    svd::ormbr_with(vect, side, trans, k, a, tau, c, Par::default(), rt::workspace(work), nb)
}

/// `?ormbr`'s optimal LWORK.
pub fn ormbr_lwork<T: Scalar>(vect: Vect, side: Side, m: usize, n: usize, k: usize) -> usize {
    if m == 0 || n == 0 {
        return 1;
    }
    let nb = ormbr_block::<T>(vect, m, n);
    let nw = if side == Side::Left { n } else { m };
    svd::ormbr_req_with::<T>(vect, side, m, n, k, nb).elems::<T>().max(nw).max(1)
}
