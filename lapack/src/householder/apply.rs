//! Applying one elementary reflector `H = I - tau v v^H` (`?larf`, `?larfx`,
//! `?larfy`), and the forms the factorizations use, where `v(0) = 1` is
//! implicit because its place in the array holds an element of R.

use ferroblas_kernels::level1::{axpy, dotc};
use ferroblas_kernels::level2::{gemv, gerc, hemv, her2};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{MatMut, MatRef, Side, Trans, Uplo, VecMut, VecRef};

/// `y := op(A) x` that also clears `y` when A has no columns of `op(A)`
/// to sum over (the BLAS's quick return would leave `y` as it was).
pub(crate) fn gemv_fresh<T: Scalar>(trans: Trans, a: MatRef<'_, T>, x: VecRef<'_, T>, mut y: VecMut<'_, T>) {
    let inner = if trans == Trans::No { a.ncols() } else { a.nrows() };
    if inner == 0 {
        for i in 0..y.len() {
            y.set(i, T::zero());
        }
        return;
    }
    gemv(trans, T::one(), a, x, T::zero(), y);
}

/// The length of `v` without its trailing zeros: rows (or columns) of C that
/// meet a zero of `v` are left untouched, bit for bit (a NaN or Inf elsewhere
/// in C does not spread into them).
fn significant_len<T: Scalar>(v: VecRef<'_, T>) -> usize {
    let mut n = v.len();
    while n > 0 && v.get(n - 1) == T::zero() {
        n -= 1;
    }
    n
}

/// Applies `H = I - tau v v^H` to `c`: `C := H C` (`Side::Left`, `v` of
/// length `m`) or `C := C H` (`Side::Right`, `v` of length `n`) (`?larf`).
/// `H^H` is applied by passing `conj(tau)`. `work` holds `n` (left) or `m`
/// (right) elements. `tau = 0` leaves C as it is.
pub fn larf<T: Scalar>(side: Side, v: VecRef<'_, T>, tau: T, c: MatMut<'_, T>, work: &mut [T]) {
    let len = match side {
        Side::Left => c.nrows(),
        Side::Right => c.ncols(),
    };
    assert_eq!(v.len(), len, "larf: v and C disagree");
    if tau == T::zero() {
        return;
    }
    let lastv = significant_len(v);
    if lastv == 0 {
        return;
    }
    let v = v.subvec(0, lastv);
    match side {
        Side::Left => {
            let n = c.ncols();
            let c = c.submatrix(0, 0, lastv, n);
            let w = &mut work[..n];
            // w := C^H v; C := C - tau v w^H.
            gemv_fresh(Trans::ConjTrans, c.rb(), v, VecMut::from_slice(w));
            gerc(-tau, v, VecRef::from_slice(w), c);
        }
        Side::Right => {
            let m = c.nrows();
            let c = c.submatrix(0, 0, m, lastv);
            let w = &mut work[..m];
            // w := C v; C := C - tau w v^H.
            gemv_fresh(Trans::No, c.rb(), v, VecMut::from_slice(w));
            gerc(-tau, VecRef::from_slice(w), v, c);
        }
    }
}

/// [`larf`] for a contiguous `v` (`?larfx`: the reference unrolls orders up
/// to 10; the vector kernels here serve every order).
pub fn larfx<T: Scalar>(side: Side, v: &[T], tau: T, c: MatMut<'_, T>, work: &mut [T]) {
    larf(side, VecRef::from_slice(v), tau, c, work)
}

/// `C := H C H` for a Hermitian (real: symmetric) `n x n` C whose `uplo`
/// triangle is stored, `H = I - tau v v^H` (`?larfy`): with `w = tau C v -
/// (tau^2/2)(v^H C v) v`, `C := C - v w^H - w v^H`, a rank-2 update of the
/// triangle. `work` holds `n` elements.
pub fn larfy<T: Scalar>(uplo: Uplo, v: VecRef<'_, T>, tau: T, c: MatMut<'_, T>, work: &mut [T]) {
    let n = c.nrows();
    assert!(c.ncols() == n && v.len() == n, "larfy: v and C disagree");
    if tau == T::zero() {
        return;
    }
    let w = &mut work[..n];
    hemv(uplo, T::one(), c.rb(), v, T::zero(), VecMut::from_slice(w));
    let half = <T::Real as Scalar>::one() / (<T::Real as Scalar>::one() + <T::Real as Scalar>::one());
    let alpha = -(tau * dotc(VecRef::from_slice(w), v)).scale_real(half);
    axpy(alpha, v, VecMut::from_slice(w));
    her2(uplo, -tau, v, VecRef::from_slice(w), c);
}

/// Reflectors at most this long are applied with plain loops: a kernel
/// call per column would cost more than the arithmetic.
const SHORT: usize = 16;

/// `C := H C` with `H = I - tau v v^H`, `v = [1; tail]` (the leading 1
/// implicit): C has `1 + tail.len()` rows.
pub(crate) fn apply_left_unit<T: Scalar>(tau: T, tail: VecRef<'_, T>, c: MatMut<'_, T>) {
    if tau == T::zero() || c.ncols() == 0 {
        return;
    }
    let lastv = significant_len(tail);
    let n = c.ncols();
    let (mut c0, c2) = c.split_at_row(1);
    let mut c2 = c2.submatrix(0, 0, lastv, n);
    let tail = tail.subvec(0, lastv);
    if lastv <= SHORT {
        // Short reflectors: plain loops cost less than a kernel call each.
        for j in 0..n {
            let mut w = c0.get(0, j);
            for i in 0..lastv {
                w += tail.get(i).conj() * c2.get(i, j);
            }
            let tw = tau * w;
            c0.set(0, j, c0.get(0, j) - tw);
            for i in 0..lastv {
                c2.set(i, j, c2.get(i, j) - tw * tail.get(i));
            }
        }
        return;
    }
    // Column by column, while the column is in cache: w = v^H c, c -= tau w v.
    for j in 0..n {
        let w = c0.get(0, j) + dotc(tail, c2.rb().col(j));
        let tw = tau * w;
        c0.set(0, j, c0.get(0, j) - tw);
        axpy(-tw, tail, c2.rb_mut().col_mut(j));
    }
}

/// `C := C H` with `H = I - tau v v^H`, `v = [1; tail]` (the leading 1
/// implicit): C has `1 + tail.len()` columns. `work` holds `C.nrows()` elements.
pub(crate) fn apply_right_unit<T: Scalar>(tau: T, tail: VecRef<'_, T>, c: MatMut<'_, T>, work: &mut [T]) {
    if tau == T::zero() || c.nrows() == 0 {
        return;
    }
    let lastv = significant_len(tail);
    let m = c.nrows();
    let (mut c0, c2) = c.split_at_col(1);
    let c2 = c2.submatrix(0, 0, m, lastv);
    let tail = tail.subvec(0, lastv);
    let w = &mut work[..m];
    // w := C v = c0 + C2 tail.
    gemv_fresh(Trans::No, c2.rb(), tail, VecMut::from_slice(&mut w[..]));
    for (i, wi) in w.iter_mut().enumerate() {
        *wi += c0.get(i, 0);
    }
    for (i, &wi) in w.iter().enumerate() {
        c0.set(i, 0, c0.get(i, 0) - tau * wi);
    }
    gerc(-tau, VecRef::from_slice(w), tail, c2);
}
