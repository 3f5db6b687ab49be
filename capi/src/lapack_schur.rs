//! Glue between the generated entry points of the Schur-form reordering
//! routines and `ferroblas_lapack::nonsym_eigen`: 1-based indices, the
//! in/out IFST/ILST of the real `?trexc`, and Q only when asked for.

use crate::lapack_rt::AbiInt;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::MatMut;
use ferroblas_lapack::nonsym_eigen as ne;
use ferroblas_lapack::Info;

/// A 1-based index (checked to lie in `1..=n` when `n > 0`) as a 0-based one.
fn index(i: i64) -> usize {
    usize::try_from(i - 1).unwrap_or(0)
}

/// `?laexc`: no argument checks in the reference; blocks that do not fit
/// are a quick return here rather than an out-of-bounds access.
pub fn laexc<T: Scalar>(
    wantq: bool,
    t: MatMut<'_, T>,
    q: MatMut<'_, T>,
    j1: i64,
    n1: i64,
    n2: i64,
) -> Result<(), Info> {
    let n = t.nrows();
    let (Ok(n1), Ok(n2)) = (usize::try_from(n1), usize::try_from(n2)) else {
        return Ok(());
    };
    if j1 < 1 || n1 > 2 || n2 > 2 || index(j1) + n1 + n2 > n {
        return Ok(());
    }
    let q = if wantq && q.ncols() == n { Some(q) } else { None };
    ne::laexc(t, q, index(j1), n1, n2)
}

/// `?trexc`: the real types' IFST and ILST are updated in place.
pub fn trexc<T: Scalar, I: AbiInt>(
    wantq: bool,
    t: MatMut<'_, T>,
    q: MatMut<'_, T>,
    ifst: &mut I,
    ilst: &mut I,
) -> Result<(), Info> {
    let n = t.nrows();
    if n <= 1 {
        return Ok(());
    }
    let q = if wantq { Some(q) } else { None };
    let (mut f, mut l) = (index(ifst.get()), index(ilst.get()));
    let r = ne::trexc(t, q, &mut f, &mut l);
    if !T::IS_COMPLEX {
        *ifst = I::from_i64(f as i64 + 1);
        *ilst = I::from_i64(l as i64 + 1);
    }
    r
}
