//! `?lagge`: a general matrix with given singular values and band widths.

use super::{random_reflector, reflector};
use crate::householder::larf;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{MatMut, Side, VecRef};

/// Fills the `m x n` matrix `a` with `U D V^H` (`?lagge`): D the diagonal of
/// `d` (`min(m, n)` singular values), U and V random orthogonal (unitary)
/// products of reflectors drawn from `iseed` (advanced), then reduced by
/// Householder transformations to `kl` sub- and `ku` superdiagonals, which
/// keeps the singular values. `kl = ku = 0` gives the diagonal D and draws
/// nothing. `work` holds `m + n` elements.
///
/// # Panics
/// If `kl >= m` or `ku >= n` (for nonempty dimensions), `d` is shorter than
/// `min(m, n)`, or `work` is shorter than `m + n`.
pub fn lagge<T: Scalar>(
    kl: usize,
    ku: usize,
    d: &[T::Real],
    mut a: MatMut<'_, T>,
    iseed: &mut [i32; 4],
    work: &mut [T],
) {
    let (m, n) = (a.nrows(), a.ncols());
    let mn = m.min(n);
    assert!(d.len() >= mn && work.len() >= m + n, "lagge: d or work too short");
    assert!((m == 0 || kl < m) && (n == 0 || ku < n), "lagge: band wider than the matrix");
    for j in 0..n {
        for i in 0..m {
            a.set(i, j, T::zero());
        }
    }
    for (i, &di) in d[..mn].iter().enumerate() {
        a.set(i, i, T::from_real(di));
    }
    if kl == 0 && ku == 0 {
        return;
    }

    // A := U D V^H, the reflectors of U and V drawn alternately from the
    // bottom right corner up, each acting on the trailing A(i:, i:).
    for i in (0..mn).rev() {
        if i + 1 < m {
            let (v, w) = work.split_at_mut(m);
            let v = &mut v[..m - i];
            let tau = random_reflector(iseed, v);
            larf(Side::Left, VecRef::from_slice(v), tau, a.rb_mut().submatrix(i, i, m - i, n - i), w);
        }
        if i + 1 < n {
            let (v, w) = work.split_at_mut(n);
            let v = &mut v[..n - i];
            let tau = random_reflector(iseed, v);
            larf(Side::Right, VecRef::from_slice(v), tau, a.rb_mut().submatrix(i, i, m - i, n - i), w);
        }
    }

    // Back to the band: column i loses its entries below row kl + i, row i
    // those right of column ku + i, the narrower side first (a zero band
    // width must be reached before the other side's reflectors would fill it).
    let steps = (m as isize - 1 - kl as isize).max(n as isize - 1 - ku as isize);
    for i in 0..steps.max(0) as usize {
        let col = i + kl + 1 < m && i < n;
        let row = i + ku + 1 < n && i < m;
        if kl <= ku {
            if col {
                reduce_column(kl, i, a.rb_mut(), work);
            }
            if row {
                reduce_row(ku, i, a.rb_mut(), work);
            }
        } else {
            if row {
                reduce_row(ku, i, a.rb_mut(), work);
            }
            if col {
                reduce_column(kl, i, a.rb_mut(), work);
            }
        }
        if i < n {
            for r in kl + i + 1..m {
                a.set(r, i, T::zero());
            }
        }
        if i < m {
            for c in ku + i + 1..n {
                a.set(i, c, T::zero());
            }
        }
    }
}

/// Annihilates `A(kl+i+1:, i)` by a reflector from the left on `A(kl+i:, i:)`.
fn reduce_column<T: Scalar>(kl: usize, i: usize, mut a: MatMut<'_, T>, work: &mut [T]) {
    let (m, n) = (a.nrows(), a.ncols());
    let r = kl + i;
    let (v, w) = work.split_at_mut(m);
    let v = &mut v[..m - r];
    for (k, vk) in v.iter_mut().enumerate() {
        *vk = a.get(r + k, i);
    }
    let (tau, wa) = reflector(v);
    larf(Side::Left, VecRef::from_slice(v), tau, a.rb_mut().submatrix(r, i + 1, m - r, n - i - 1), w);
    a.set(r, i, -wa);
}

/// Annihilates `A(i, ku+i+1:)` by a reflector from the right on `A(i+1:, ku+i:)`.
fn reduce_row<T: Scalar>(ku: usize, i: usize, mut a: MatMut<'_, T>, work: &mut [T]) {
    let (m, n) = (a.nrows(), a.ncols());
    let c = ku + i;
    let (v, w) = work.split_at_mut(n);
    let v = &mut v[..n - c];
    for (k, vk) in v.iter_mut().enumerate() {
        *vk = a.get(i, c + k);
    }
    let (tau, wa) = reflector(v);
    // The row x^T is annihilated by x^T (I - tau conj(v) v^T): apply the
    // reflector of conj(v) from the right.
    for vk in v.iter_mut() {
        *vk = vk.conj();
    }
    larf(Side::Right, VecRef::from_slice(v), tau, a.rb_mut().submatrix(i + 1, c, m - i - 1, n - c), w);
    a.set(i, c, -wa);
}
