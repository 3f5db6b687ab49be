//! `?lagsy` / `?laghe`: a symmetric or Hermitian matrix with given
//! eigenvalues and band width.

use super::{half, random_reflector, reflector};
use crate::householder::{larf, larfy};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{MatMut, Side, Uplo, VecRef};

/// Fills the `n x n` matrix `a` with `U D U^H` (`hermitian`: `?laghe`, and
/// `?lagsy` for the real types) or `U D U^T` (complex symmetric `?clagsy`,
/// `?zlagsy`), D the diagonal of `d` (`n` eigenvalues for the Hermitian
/// form), U a random orthogonal (unitary) product of reflectors drawn from
/// `iseed` (advanced), then reduced by two-sided Householder transformations
/// to `k` sub- and superdiagonals. Both triangles are written. `work` holds
/// `2n` elements.
///
/// # Panics
/// If `k >= n` (for `n > 0`), `a` is not square, or `d` or `work` is short.
pub fn lagsy<T: Scalar>(
    hermitian: bool,
    k: usize,
    d: &[T::Real],
    mut a: MatMut<'_, T>,
    iseed: &mut [i32; 4],
    work: &mut [T],
) {
    let n = a.nrows();
    assert!(a.ncols() == n, "lagsy: A must be square");
    assert!(d.len() >= n && work.len() >= 2 * n, "lagsy: d or work too short");
    assert!(n == 0 || k < n, "lagsy: band wider than the matrix");
    // The real types have one form; the Hermitian path uses the kernels.
    let hermitian = hermitian || !T::IS_COMPLEX;
    for (j, &dj) in d[..n].iter().enumerate() {
        for i in j + 1..n {
            a.set(i, j, T::zero());
        }
        a.set(j, j, T::from_real(dj));
    }

    // A := U D U^H, one reflector at a time on the trailing A(i:, i:), lower triangle.
    for i in (0..n.saturating_sub(1)).rev() {
        let (v, w) = work.split_at_mut(n);
        let v = &mut v[..n - i];
        let tau = random_reflector(iseed, v);
        two_sided(hermitian, v, tau, a.rb_mut().submatrix(i, i, n - i, n - i), w);
    }

    // Back to the band: column i loses its entries below row k + i.
    for i in 0..(n as isize - 1 - k as isize).max(0) as usize {
        let r = k + i;
        let (v, w) = work.split_at_mut(n);
        let v = &mut v[..n - r];
        for (t, vt) in v.iter_mut().enumerate() {
            *vt = a.get(r + t, i);
        }
        let (tau, wa) = reflector(v);
        // The columns between, A(r:, i+1:r), from the left only (the
        // reference's conjugate-transposed product in both forms).
        let between = k.saturating_sub(1);
        larf(Side::Left, VecRef::from_slice(v), tau, a.rb_mut().submatrix(r, i + 1, n - r, between), w);
        two_sided(hermitian, v, tau, a.rb_mut().submatrix(r, r, n - r, n - r), w);
        a.set(r, i, -wa);
        for t in r + 1..n {
            a.set(t, i, T::zero());
        }
    }

    for j in 0..n {
        for i in j + 1..n {
            let x = a.get(i, j);
            a.set(j, i, if hermitian { x.conj() } else { x });
        }
    }
}

/// `C := H C H^H` (Hermitian C) or `C := H C H^T` (complex symmetric
/// C), lower triangle, `H = I - tau v v^H` with real `tau`; `w` holds `n`.
#[allow(clippy::needless_range_loop)] // the indices are matrix coordinates too
fn two_sided<T: Scalar>(hermitian: bool, v: &[T], tau: T, mut c: MatMut<'_, T>, w: &mut [T]) {
    if hermitian {
        larfy(Uplo::Lower, VecRef::from_slice(v), tau, c, w);
        return;
    }
    let n = v.len();
    // y := tau C conj(v), C symmetric with its lower triangle stored.
    for (i, wi) in w[..n].iter_mut().enumerate() {
        let mut s = T::zero();
        for (j, vj) in v.iter().enumerate() {
            let cij = if i >= j { c.get(i, j) } else { c.get(j, i) };
            s += cij * vj.conj();
        }
        *wi = tau * s;
    }
    // y := y - (tau/2) (v^H y) v, then C := C - v y^T - y v^T.
    let mut vy = T::zero();
    for (vi, wi) in v.iter().zip(&w[..n]) {
        vy += vi.conj() * *wi;
    }
    let alpha = -(tau * vy).scale_real(half());
    for (wi, vi) in w[..n].iter_mut().zip(v) {
        *wi += alpha * *vi;
    }
    for j in 0..n {
        for i in j..n {
            c.set(i, j, c.get(i, j) - v[i] * w[j] - w[i] * v[j]);
        }
    }
}
