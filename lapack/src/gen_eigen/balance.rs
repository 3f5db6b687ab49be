//! Balancing a matrix pencil (`?ggbal`) and undoing it on eigenvectors
//! (`?ggbak`).

#![allow(clippy::needless_range_loop)] // indices address matrix rows, columns and vectors alike

use crate::nonsym_eigen::BalanceJob;
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::level1::{iamax, scal_real, swap};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::MatMut;

/// The real workspace [`ggbal`] needs for order `n` (LAPACK's `6 n`, used by scaling only).
pub fn ggbal_req(job: BalanceJob, n: usize) -> usize {
    if matches!(job, BalanceJob::Scale | BalanceJob::Both) {
        6 * n
    } else {
        0
    }
}

/// Whether row (`rows = true`) or column `idx` of the pencil has at most one
/// nonzero entry (in A or B) at the positions `range`, and where: the first
/// nonzero position, or `range.end - 1` when there is none.
fn single<T: Scalar>(
    a: &MatMut<'_, T>,
    b: &MatMut<'_, T>,
    idx: usize,
    range: core::ops::Range<usize>,
    rows: bool,
) -> Option<usize> {
    let nz = |p: usize| {
        let (i, j) = if rows { (idx, p) } else { (p, idx) };
        !a.get(i, j).is_zero() || !b.get(i, j).is_zero()
    };
    let last = range.end - 1;
    let mut found = None;
    for p in range {
        if nz(p) {
            if found.is_some() {
                return None;
            }
            found = Some(p);
        }
    }
    // The reference reports the last position for an empty row (or one whose
    // only nonzero is there) alike.
    Some(found.unwrap_or(last))
}

/// Swaps rows `i`, `m` over columns `k..n` and columns `j`, `m` over rows `0..l` of A and B.
fn exchange<T: Scalar>(x: &mut MatMut<'_, T>, i: usize, j: usize, m: usize, k: usize, l: usize) {
    let n = x.ncols();
    if i != m {
        let (lo, hi) = (i.min(m), i.max(m));
        let (top, bottom) = x.rb_mut().submatrix(0, k, n, n - k).split_at_row(hi);
        swap(
            top.submatrix(lo, 0, 1, n - k).transpose().col_mut(0),
            bottom.submatrix(0, 0, 1, n - k).transpose().col_mut(0),
        );
    }
    if j != m {
        let (lo, hi) = (j.min(m), j.max(m));
        let (left, right) = x.rb_mut().submatrix(0, 0, l, n).split_at_col(hi);
        swap(left.submatrix(0, lo, l, 1).col_mut(0), right.submatrix(0, 0, l, 1).col_mut(0));
    }
}

/// Balances the pencil `(A, B)` (`?ggbal`, LAPACK 3.11 semantics): permutes
/// rows and columns to isolate eigenvalues (rows, then columns, with at most
/// one nonzero in the remaining block of A and B go to the bottom right and
/// top left), then scales rows and columns of the active block `ilo..ihi` by
/// powers of 10 chosen by Ward's conjugate-gradient iteration so that the
/// magnitudes of the elements of A and B are close to 1.
///
/// Returns `(ilo, ihi)`. `lscale[j]` / `rscale[j]` hold the 0-based index of
/// the row / column exchanged with `j` for `j` outside `ilo..ihi`, and the
/// row / column scale factor inside it. `work` holds [`ggbal_req`] reals.
pub fn ggbal<T: Scalar>(
    job: BalanceJob,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    lscale: &mut [T::Real],
    rscale: &mut [T::Real],
    work: &mut [T::Real],
) -> (usize, usize) {
    type R<T> = <T as Scalar>::Real;
    let n = a.nrows();
    assert!(a.ncols() == n && b.nrows() == n && b.ncols() == n, "ggbal: A and B must be square of one order");
    assert!(lscale.len() >= n && rscale.len() >= n, "ggbal: scale arrays are short");
    let one = R::<T>::one();
    if n == 0 {
        return (0, 0);
    }
    if n == 1 || job == BalanceJob::None {
        lscale[..n].iter_mut().for_each(|s| *s = one);
        rscale[..n].iter_mut().for_each(|s| *s = one);
        return (0, n);
    }
    let idx = |j: usize| R::<T>::from_f64(j as f64);
    let (mut k, mut l) = (0usize, n);
    let permutes = matches!(job, BalanceJob::Permute | BalanceJob::Both);
    let mut done = false;
    if permutes {
        // Rows with at most one nonzero in columns 0..l go to the bottom,
        // the search restarting from the bottom after each exchange.
        loop {
            let found = (0..l).rev().find_map(|i| single(&a, &b, i, 0..l, true).map(|j| (i, j)));
            let Some((i, j)) = found else { break };
            let m = l - 1;
            lscale[m] = idx(i);
            rscale[m] = idx(j);
            exchange(&mut a, i, j, m, 0, l);
            exchange(&mut b, i, j, m, 0, l);
            l -= 1;
            if l == 1 {
                lscale[0] = one;
                rscale[0] = one;
                done = true;
                break;
            }
        }
        // Then columns with at most one nonzero in rows k..l go to the left.
        // (Not when the rows left a 1x1 block.)
        while !done {
            let found = (k..l).find_map(|j| single(&a, &b, j, k..l, false).map(|i| (i, j)));
            let Some((i, j)) = found else { break };
            lscale[k] = idx(i);
            rscale[k] = idx(j);
            exchange(&mut a, i, j, k, k, l);
            exchange(&mut b, i, j, k, k, l);
            k += 1;
            done = k >= l;
        }
    }
    let (ilo, ihi) = (k, l);
    if job == BalanceJob::Permute {
        for i in ilo..ihi {
            lscale[i] = one;
            rscale[i] = one;
        }
        return (ilo, ihi);
    }
    if ihi <= ilo + 1 {
        return (ilo, ihi);
    }
    scale_pencil(&mut a, &mut b, ilo, ihi, lscale, rscale, work);
    (ilo, ihi)
}

/// Ward's scaling of the block `ilo..ihi` of the pencil: the exponents
/// (base 10) of the row and column factors minimize the sum of squares of
/// the exponents of the scaled nonzero elements, solved by at most
/// `nr + 2` conjugate-gradient steps, then rounded and clamped so that no
/// element over- or underflows.
#[allow(clippy::too_many_arguments)]
fn scale_pencil<T: Scalar>(
    a: &mut MatMut<'_, T>,
    b: &mut MatMut<'_, T>,
    ilo: usize,
    ihi: usize,
    lscale: &mut [T::Real],
    rscale: &mut [T::Real],
    work: &mut [T::Real],
) {
    type R<T> = <T as Scalar>::Real;
    let n = a.nrows();
    let nr = ihi - ilo;
    assert!(work.len() >= 6 * n, "ggbal: work is short");
    let (zero, one, half) = (R::<T>::zero(), R::<T>::one(), R::<T>::from_f64(0.5));
    let three = R::<T>::from_f64(3.0);
    let (wr, rest) = work.split_at_mut(n);
    let (wl, rest) = rest.split_at_mut(n);
    let (ql, rest) = rest.split_at_mut(n);
    let (qr, rest) = rest.split_at_mut(n);
    let (gl, rest) = rest.split_at_mut(n);
    let gr = &mut rest[..n];
    for i in ilo..ihi {
        lscale[i] = zero;
        rscale[i] = zero;
        wr[i] = zero;
        wl[i] = zero;
        ql[i] = zero;
        qr[i] = zero;
        gl[i] = zero;
        gr[i] = zero;
    }
    let lg = |x: T| -> R<T> {
        if x.is_zero() {
            zero
        } else {
            R::<T>::from_f64(x.abs1().to_f64().log10())
        }
    };
    // The right-hand sides: minus the row and column sums of the exponents.
    for i in ilo..ihi {
        for j in ilo..ihi {
            let t = lg(a.get(i, j)) + lg(b.get(i, j));
            gl[i] -= t;
            gr[j] -= t;
        }
    }
    let coef = one / R::<T>::from_f64((2 * nr) as f64);
    let coef2 = coef * coef;
    let coef5 = half * coef2;
    let mut beta = zero;
    let mut pgamma = zero;
    let dot = |x: &[R<T>], y: &[R<T>]| x[ilo..ihi].iter().zip(&y[ilo..ihi]).fold(zero, |s, (&p, &q)| s + p * q);
    for it in 0..nr + 2 {
        let gamma = dot(gl, gl) + dot(gr, gr);
        let ew = gl[ilo..ihi].iter().fold(zero, |s, &x| s + x);
        let ewc = gr[ilo..ihi].iter().fold(zero, |s, &x| s + x);
        let gamma = coef * gamma - coef2 * (ew * ew + ewc * ewc) - coef5 * (ew - ewc) * (ew - ewc);
        if gamma == zero {
            break;
        }
        if it != 0 {
            beta = gamma / pgamma;
        }
        let t = coef5 * (ewc - three * ew);
        let tc = coef5 * (ew - three * ewc);
        for i in ilo..ihi {
            wr[i] = beta * wr[i] + coef * gr[i] + tc;
            wl[i] = beta * wl[i] + coef * gl[i] + t;
        }
        // The matrix of the normal equations applied to the search direction.
        for i in ilo..ihi {
            let mut kount = 0usize;
            let mut sum = zero;
            for j in ilo..ihi {
                if !a.get(i, j).is_zero() {
                    kount += 1;
                    sum += wr[j];
                }
                if !b.get(i, j).is_zero() {
                    kount += 1;
                    sum += wr[j];
                }
            }
            ql[i] = R::<T>::from_f64(kount as f64) * wl[i] + sum;
        }
        for j in ilo..ihi {
            let mut kount = 0usize;
            let mut sum = zero;
            for i in ilo..ihi {
                if !a.get(i, j).is_zero() {
                    kount += 1;
                    sum += wl[i];
                }
                if !b.get(i, j).is_zero() {
                    kount += 1;
                    sum += wl[i];
                }
            }
            qr[j] = R::<T>::from_f64(kount as f64) * wr[j] + sum;
        }
        let sum = dot(wl, ql) + dot(wr, qr);
        let alpha = gamma / sum;
        let mut cmax = zero;
        for i in ilo..ihi {
            let cor = alpha * wl[i];
            cmax = cmax.max(cor.abs());
            lscale[i] += cor;
            let cor = alpha * wr[i];
            cmax = cmax.max(cor.abs());
            rscale[i] += cor;
        }
        if cmax < half {
            break;
        }
        for i in ilo..ihi {
            gl[i] -= alpha * ql[i];
            gr[i] -= alpha * qr[i];
        }
        pgamma = gamma;
    }
    let sfmin = lamch::<R<T>>(Machine::SafeMin);
    let sfmax = one / sfmin;
    let lsfmin = (sfmin.to_f64().log10() + 1.0) as i32;
    let lsfmax = sfmax.to_f64().log10() as i32;
    let ten = R::<T>::from_f64(10.0);
    let pow10 = |e: i32| {
        let mut p = one;
        for _ in 0..e.unsigned_abs() {
            p *= ten;
        }
        if e < 0 {
            one / p
        } else {
            p
        }
    };
    let round = |x: R<T>| (x + half.copysign(x)).to_f64() as i32;
    for i in ilo..ihi {
        let row_a = a.rb().submatrix(i, ilo, 1, n - ilo).row(0);
        let row_b = b.rb().submatrix(i, ilo, 1, n - ilo).row(0);
        let rab = iamax(row_a)
            .map_or(zero, |p| super::modulus(row_a.get(p)))
            .max(iamax(row_b).map_or(zero, |p| super::modulus(row_b.get(p))));
        let lrab = ((rab + sfmin).to_f64().log10() + 1.0) as i32;
        let ir = round(lscale[i]).max(lsfmin).min(lsfmax).min(lsfmax - lrab);
        lscale[i] = pow10(ir);
        let col_a = a.rb().submatrix(0, i, ihi, 1).col(0);
        let col_b = b.rb().submatrix(0, i, ihi, 1).col(0);
        let cab = iamax(col_a)
            .map_or(zero, |p| super::modulus(col_a.get(p)))
            .max(iamax(col_b).map_or(zero, |p| super::modulus(col_b.get(p))));
        let lcab = ((cab + sfmin).to_f64().log10() + 1.0) as i32;
        let jc = round(rscale[i]).max(lsfmin).min(lsfmax).min(lsfmax - lcab);
        rscale[i] = pow10(jc);
    }
    for i in ilo..ihi {
        scal_real(lscale[i], a.rb_mut().submatrix(i, ilo, 1, n - ilo).transpose().col_mut(0));
        scal_real(lscale[i], b.rb_mut().submatrix(i, ilo, 1, n - ilo).transpose().col_mut(0));
    }
    for j in ilo..ihi {
        scal_real(rscale[j], a.rb_mut().submatrix(0, j, ihi, 1).col_mut(0));
        scal_real(rscale[j], b.rb_mut().submatrix(0, j, ihi, 1).col_mut(0));
    }
}

/// Undoes [`ggbal`] on the `n x m` matrix `v` of right (`Side::Right`:
/// `v := P_r D_r v`, with `rscale`) or left (`Side::Left`: `v := P_l D_l v`,
/// with `lscale`) eigenvectors (`?ggbak`); `scale` is the one of the side.
/// A permutation index outside `0..n` is skipped.
pub fn ggbak<T: Scalar>(job: BalanceJob, ilo: usize, ihi: usize, scale: &[T::Real], v: MatMut<'_, T>) {
    ggbak_indexed(job, ilo, ihi, scale, 0, v)
}

/// [`ggbak`] with the permutation indices in `scale` counted from `base`
/// (1 for the Fortran convention).
#[doc(hidden)]
pub fn ggbak_indexed<T: Scalar>(
    job: BalanceJob,
    ilo: usize,
    ihi: usize,
    scale: &[T::Real],
    base: usize,
    mut v: MatMut<'_, T>,
) {
    let (n, m) = (v.nrows(), v.ncols());
    assert!(scale.len() >= n, "ggbak: scale is short");
    if n == 0 || m == 0 || job == BalanceJob::None {
        return;
    }
    let ihi = ihi.min(n);
    if matches!(job, BalanceJob::Scale | BalanceJob::Both) && ihi > ilo + 1 {
        for i in ilo..ihi {
            scal_real(scale[i], v.rb_mut().submatrix(i, 0, 1, m).transpose().col_mut(0));
        }
    }
    if matches!(job, BalanceJob::Permute | BalanceJob::Both) {
        let order = (0..ilo.min(n)).rev().chain(ihi.max(ilo)..n);
        for i in order {
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
