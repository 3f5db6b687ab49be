//! Glue between the generated entry points of the Householder
//! reconstruction families and `ferroblas_lapack::qr`: `?larfb_gett`'s
//! unchecked IDENT letter and two-dimensional workspace.

use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::{MatMut, MatRef};
use ferroblas_lapack::{qr, Par};

/// `?larfb_gett` on views the generated code built (empty on the
/// reference's quick return); W is `K x max(K, N - K)` inside WORK(LDWORK, *).
pub fn larfb_gett<T: Scalar>(
    ident: impl Into<i32>,
    t: MatRef<'_, T>,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    work: &mut [T],
    ldwork: i64,
) {
    let (k, n) = (a.nrows(), a.ncols());
    if k == 0 || n == 0 {
        return;
    }
    let ident = (ident.into() as u8).eq_ignore_ascii_case(&b'I');
    let w = MatMut::from_col_major(work, k, k.max(n - k), ldwork.max(1) as usize);
    qr::larfb_gett(ident, t, a, b, w, Par::default());
}
