//! Balancing a general matrix (`?gebal`) and undoing it on eigenvectors
//! (`?gebak`).

#![allow(clippy::needless_range_loop)] // indices address matrix rows, columns and vectors alike

use super::BalanceJob;
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::level1::{iamax, nrm2, scal_real, swap};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, Side};

/// What [`gebal`] found: the active block `ilo..ihi` (rows and columns outside
/// it were isolated by permutations and hold eigenvalues already), and
/// whether a NaN stopped the scaling (LAPACK 3.11's INFO = -3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Balanced {
    /// First row and column of the active block (LAPACK's ILO - 1).
    pub ilo: usize,
    /// One past its last (LAPACK's IHI).
    pub ihi: usize,
    /// The scaling loop met a NaN and stopped; `a` and `scale` are partly balanced.
    pub nan: bool,
}

/// Balances the square matrix `a` (`?gebal`): permutes rows and columns to
/// isolate eigenvalues at the top left and bottom right (`D^-1 P^T A P D`
/// then is upper triangular outside `ilo..ihi`), then scales rows and
/// columns of the active block by powers of 2 until their 2-norms are close,
/// with LAPACK 3.11's loop and termination rule (a step is taken only when
/// it shrinks `c + r` below 0.95 of its value).
///
/// `scale[j]` is the 0-based index of the row and column swapped with `j`
/// for `j` outside `ilo..ihi`, and the scale factor of `j` inside it.
pub fn gebal<T: Scalar>(job: BalanceJob, mut a: MatMut<'_, T>, scale: &mut [T::Real]) -> Balanced {
    let n = a.nrows();
    assert!(a.ncols() == n && scale.len() >= n, "gebal: A is not square or scale is short");
    let one = <T::Real as Scalar>::one();
    let zero = <T::Real as Scalar>::zero();
    if n == 0 {
        return Balanced { ilo: 0, ihi: 0, nan: false };
    }
    if job == BalanceJob::None {
        scale[..n].iter_mut().for_each(|s| *s = one);
        return Balanced { ilo: 0, ihi: n, nan: false };
    }
    let (mut k, mut l) = (0usize, n);
    let idx = |j: usize| <T::Real as RealScalar>::from_f64(j as f64);
    if job.permutes() {
        // Rows with no off-diagonal nonzero in columns 0..l go to the bottom,
        // the search restarting from the bottom after each exchange.
        loop {
            let row = (0..l).rev().find(|&j| (0..l).all(|i| i == j || a.get(j, i).is_zero()));
            let Some(j) = row else { break };
            let m = l - 1;
            scale[m] = idx(j);
            exchange(&mut a, j, m, k, l);
            if l == 1 {
                // The reference's SCALE(1) = 1 is index 1 and factor 1 alike;
                // row 0 is the (trivial) active block, so it is a factor here.
                scale[0] = one;
                return Balanced { ilo: 0, ihi: 1, nan: false };
            }
            l -= 1;
        }
        // Then columns with no off-diagonal nonzero in rows k..l go to the left.
        loop {
            let col = (k..l).find(|&j| (k..l).all(|i| i == j || a.get(i, j).is_zero()));
            let Some(j) = col else { break };
            scale[k] = idx(j);
            exchange(&mut a, j, k, k, l);
            k += 1;
        }
    }
    scale[k..l].iter_mut().for_each(|s| *s = one);
    if !job.scales() {
        return Balanced { ilo: k, ihi: l, nan: false };
    }
    let two = one + one;
    let factor = <T::Real as RealScalar>::from_f64(0.95);
    let sfmin1 = lamch::<T::Real>(Machine::SafeMin) / lamch::<T::Real>(Machine::Precision);
    let sfmax1 = one / sfmin1;
    let sfmin2 = sfmin1 * two;
    let sfmax2 = one / sfmin2;
    let max3 = |a: T::Real, b: T::Real, c: T::Real| a.max(b).max(c);
    let mut noconv = true;
    while noconv {
        noconv = false;
        for i in k..l {
            let mut c = nrm2(a.rb().submatrix(k, i, l - k, 1).col(0));
            let mut r = nrm2(a.rb().submatrix(i, k, 1, l - k).row(0));
            let col = a.rb().submatrix(0, i, l, 1).col(0);
            let mut ca = iamax(col).map_or(zero, |p| modulus(col.get(p)));
            let row = a.rb().submatrix(i, k, 1, n - k).row(0);
            let mut ra = iamax(row).map_or(zero, |p| modulus(row.get(p)));
            if c == zero || r == zero {
                continue;
            }
            // The reference checks inside its first loop only; checking here
            // as well keeps a NaN that skips that loop from cycling forever.
            if (c + ca + r + ra).is_nan() {
                return Balanced { ilo: k, ihi: l, nan: true };
            }
            let mut g = r / two;
            let mut f = one;
            let s = c + r;
            while c < g && max3(f, c, ca) < sfmax2 && r.min(g).min(ra) > sfmin2 {
                f *= two;
                c *= two;
                ca *= two;
                r /= two;
                g /= two;
                ra /= two;
            }
            g = c / two;
            while g >= r && r.max(ra) < sfmax2 && f.min(c).min(g).min(ca) > sfmin2 {
                f /= two;
                c /= two;
                g /= two;
                ca /= two;
                r *= two;
                ra *= two;
            }
            if c + r >= factor * s {
                continue;
            }
            if f < one && scale[i] < one && f * scale[i] <= sfmin1 {
                continue;
            }
            if f > one && scale[i] > one && scale[i] >= sfmax1 / f {
                continue;
            }
            scale[i] *= f;
            noconv = true;
            scal_real(one / f, a.rb_mut().submatrix(i, k, 1, n - k).transpose().col_mut(0));
            scal_real(f, a.rb_mut().submatrix(0, i, l, 1).col_mut(0));
        }
    }
    Balanced { ilo: k, ihi: l, nan: false }
}

/// `|z|`: the absolute value of a real, the modulus of a complex number.
fn modulus<T: Scalar>(z: T) -> T::Real {
    if T::IS_COMPLEX {
        z.re().hypot(z.im())
    } else {
        z.re().abs()
    }
}

/// Swaps columns `j` and `m` in rows `0..l` and rows `j` and `m` in columns `k..n`.
fn exchange<T: Scalar>(a: &mut MatMut<'_, T>, j: usize, m: usize, k: usize, l: usize) {
    if j == m {
        return;
    }
    let n = a.ncols();
    let (lo, hi) = (j.min(m), j.max(m));
    let (left, right) = a.rb_mut().submatrix(0, 0, l, n).split_at_col(hi);
    swap(left.submatrix(0, lo, l, 1).col_mut(0), right.submatrix(0, 0, l, 1).col_mut(0));
    let (top, bottom) = a.rb_mut().submatrix(0, k, n, n - k).split_at_row(hi);
    swap(
        top.submatrix(lo, 0, 1, n - k).transpose().col_mut(0),
        bottom.submatrix(0, 0, 1, n - k).transpose().col_mut(0),
    );
}

/// Undoes [`gebal`] on the `n x m` matrix `v` of right (`Side::Right`: `v :=
/// P D v`) or left (`Side::Left`: `v := P D^-1 v`) eigenvectors (`?gebak`),
/// with `ilo`, `ihi` and `scale` as `gebal` returned them. A permutation
/// index outside `0..n` (a caller's corrupt `scale`) is skipped.
pub fn gebak<T: Scalar>(job: BalanceJob, side: Side, ilo: usize, ihi: usize, scale: &[T::Real], v: MatMut<'_, T>) {
    gebak_indexed(job, side, ilo, ihi, scale, 0, v)
}

/// [`gebak`] with the permutation indices in `scale` counted from `base`
/// (1 for the Fortran convention).
#[doc(hidden)]
pub fn gebak_indexed<T: Scalar>(
    job: BalanceJob,
    side: Side,
    ilo: usize,
    ihi: usize,
    scale: &[T::Real],
    base: usize,
    mut v: MatMut<'_, T>,
) {
    let (n, m) = (v.nrows(), v.ncols());
    assert!(scale.len() >= n, "gebak: scale is short");
    if n == 0 || m == 0 || job == BalanceJob::None {
        return;
    }
    let one = <T::Real as Scalar>::one();
    let ihi = ihi.min(n);
    if job.scales() && ihi > ilo + 1 {
        for (i, &s) in scale.iter().enumerate().take(ihi).skip(ilo) {
            let f = if side == Side::Right { s } else { one / s };
            scal_real(f, v.rb_mut().submatrix(i, 0, 1, m).transpose().col_mut(0));
        }
    }
    if job.permutes() {
        for ii in 0..n {
            if ii >= ilo && ii < ihi {
                continue;
            }
            let i = if ii < ilo { ilo - 1 - ii } else { ii };
            let kf = scale[i].to_f64();
            if !(kf >= base as f64 && kf < (n + base) as f64) {
                continue;
            }
            let k = kf as usize - base;
            if k == i {
                continue;
            }
            let (lo, hi) = (i.min(k), i.max(k));
            let (top, bottom) = v.rb_mut().split_at_row(hi);
            swap(
                top.submatrix(lo, 0, 1, m).transpose().col_mut(0),
                bottom.submatrix(0, 0, 1, m).transpose().col_mut(0),
            );
        }
    }
}
