//! Glue for `?getsls`: its workspace is the T array and work of `?geqr` /
//! `?gelq` and `?gemqr` / `?gemlq`, sized by their own queries (optimal with
//! LWORK = -1, minimal with -2) as the reference sizes them.

use crate::lapack_tsqr::plan;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::MatMut;
use ferroblas_kernels::Trans;
use ferroblas_lapack::{least_squares, Info, Par};

/// `(optimal, minimal)` LWORK of `?getsls` for an `m x n` A and `nrhs`
/// right-hand sides: T plus the larger of the factorization's and the
/// application's work, with the blocks of the full and the minimal plan.
pub fn sizes<T: Scalar>(m: i64, n: i64, nrhs: i64) -> (i64, i64) {
    if m.min(n).min(nrhs) <= 0 {
        return (1, 1);
    }
    let qr = m >= n;
    let full = plan::<T>(qr, m, n, -1, -1);
    // ?gemqr reads NB (?gemlq MB) from T's header, which both queries fill
    // with the full plan's blocks.
    let apply = if qr { full.nb } else { full.mb } as i64 * nrhs;
    let min = plan::<T>(qr, m, n, -2, -2);
    (full.tsize + full.lw.max(1).max(apply), min.mintsz + min.minlw.max(apply))
}

/// `?getsls` after the checks and the LWORK = -1 query: answers the
/// LWORK = -2 query (the minimal size) in WORK(1), else picks the full
/// blocks when LWORK holds the optimal size and one reflector per block
/// otherwise, as the reference does, and solves; WORK(1) = the optimal size.
pub fn getsls_abi<T: Scalar>(
    trans: Trans,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    work: &mut [T],
    lwork: i64,
) -> Result<(), Info> {
    let (m, n, nrhs) = (a.nrows() as i64, a.ncols() as i64, b.ncols() as i64);
    let (opt, min) = sizes::<T>(m, n, nrhs);
    let real = |v: i64| T::from_real(T::Real::from_f64(v as f64));
    if lwork == -2 {
        work[0] = real(min);
        return Ok(());
    }
    let qr = m >= n;
    let (mb, nb) = if lwork >= opt {
        let p = plan::<T>(qr, m, n, -1, -1);
        (p.mb, p.nb)
    } else if qr {
        (m as usize, 1)
    } else {
        (1, n as usize)
    };
    let r = least_squares::getsls(trans, a, b, mb, nb, Par::default(), crate::lapack_rt::workspace(work));
    work[0] = real(opt);
    r
}
