//! Implicit QL/QR iteration on a symmetric tridiagonal matrix: eigenvalues
//! only with the root-free Pal-Walker-Kahan variant (`?sterf`), or with
//! eigenvectors through the saved plane rotations (`?steqr`).

use super::small::{lae2, laev2};
use super::Compz;
use crate::sweeps::{sweep_panel_len, sweep_queue_req, sweep_store_len, SweepQueue, HOLD_MIN};
use crate::{Info, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lascl, laset, MatrixKind, Part};
use ferroblas_kernels::aux::norms::{lanst, Norm};
use ferroblas_kernels::aux::rotations::{lartg, lasr, Direction, Pivot};
use ferroblas_kernels::aux::scalars::{lamch, lapy2, Machine};
use ferroblas_kernels::aux::vectors::{lasrt, SortOrder};
use ferroblas_kernels::{level1, MatMut, RealScalar, Scalar, Side};

/// Iterations allowed per eigenvalue, on average, before giving up.
const MAXIT: usize = 30;

/// `x := x * (cto / cfrom)` without over- or underflow.
pub(crate) fn scale_vec<R: RealScalar>(cfrom: R, cto: R, x: &mut [R]) {
    let n = x.len();
    if n > 0 {
        lascl(MatrixKind::General, 0, 0, cfrom, cto, n, 1, MatMut::from_col_major(x, n, 1, n));
    }
}

/// The scaling of a block whose largest element is `anorm`: the factor's
/// target (`ssfmax` or `ssfmin`), or `None` when the block is safe.
struct BlockScale<R> {
    anorm: R,
    to: Option<R>,
}

impl<R: RealScalar> BlockScale<R> {
    /// Brings the block `d`, `e` into the range where the iteration's squares
    /// neither overflow nor underflow.
    fn apply(d: &mut [R], e: &mut [R]) -> Self {
        let eps = lamch::<R>(Machine::Eps);
        let safmin = lamch::<R>(Machine::SafeMin);
        let three = R::from_f64(3.0);
        let ssfmax = (R::one() / safmin).sqrt() / three;
        let ssfmin = safmin.sqrt() / (eps * eps);
        let anorm = lanst::<R>(Norm::Max, d, e);
        let to = if anorm > ssfmax {
            Some(ssfmax)
        } else if anorm < ssfmin {
            Some(ssfmin)
        } else {
            None
        };
        if let Some(to) = to {
            scale_vec(anorm, to, d);
            scale_vec(anorm, to, e);
        }
        BlockScale { anorm, to }
    }

    fn undo(&self, x: &mut [R]) {
        if let Some(to) = self.to {
            scale_vec(to, self.anorm, x);
        }
    }
}

/// The first `m >= l1` where the matrix splits (`|e[m]|` negligible beside
/// its diagonal neighbours, then set to zero), or `n - 1`.
fn find_split<R: RealScalar>(d: &[R], e: &mut [R], l1: usize, eps: R) -> usize {
    let n = d.len();
    for m in l1..n - 1 {
        let tst = e[m].abs();
        if tst == R::zero() {
            return m;
        }
        if tst <= (d[m].abs().sqrt() * d[m + 1].abs().sqrt()) * eps {
            e[m] = R::zero();
            return m;
        }
    }
    n - 1
}

/// The number of off-diagonal elements that did not converge, as an error.
fn unconverged<R: RealScalar>(e: &[R]) -> Result<(), Info> {
    let count = e.iter().filter(|&&x| x != R::zero()).count();
    match count {
        0 => Ok(()),
        c => Err(Info::new(c)),
    }
}

/// `sign(a, b)`: `|a|` with the sign of `b`.
fn sign<R: RealScalar>(a: R, b: R) -> R {
    a.abs().copysign(b)
}

/// The eigenvalues of the symmetric tridiagonal matrix with diagonal `d`
/// (order `n = d.len()`) and off-diagonal `e` (`n - 1` elements read), by
/// the root-free variant of the implicit QL/QR iteration (`?sterf`).
///
/// On success `d` holds the eigenvalues in ascending order and `e` is
/// destroyed. After `30 n` iterations without convergence it returns
/// `Err(i)`: `i` off-diagonal elements have not converged to zero, and `d`
/// holds the eigenvalues found so far (unsorted). NaN input ends there.
pub fn sterf<R: RealScalar>(d: &mut [R], e: &mut [R]) -> Result<(), Info> {
    let n = d.len();
    if n <= 1 {
        return Ok(());
    }
    let e = &mut e[..n - 1];
    let eps = lamch::<R>(Machine::Eps);
    let eps2 = eps * eps;
    let two = R::from_f64(2.0);
    let nmaxit = n * MAXIT;
    let mut jtot = 0;
    let mut l1 = 0;
    while l1 < n {
        if l1 > 0 {
            e[l1 - 1] = R::zero();
        }
        let m = find_split(d, e, l1, eps);
        let (lsv, lendsv) = (l1, m);
        l1 = m + 1;
        if lendsv == lsv {
            continue;
        }
        let scale = BlockScale::apply(&mut d[lsv..=lendsv], &mut e[lsv..lendsv]);
        if scale.anorm == R::zero() {
            continue;
        }
        for x in &mut e[lsv..lendsv] {
            *x = *x * *x;
        }
        // Chase from the end with the smaller diagonal element.
        let (mut l, lend) = if d[lendsv].abs() < d[lsv].abs() { (lendsv, lsv) } else { (lsv, lendsv) };
        if lend >= l {
            // QL: deflate at the top.
            loop {
                let mut m = lend;
                for mm in l..lend {
                    if e[mm].abs() <= eps2 * (d[mm] * d[mm + 1]).abs() {
                        m = mm;
                        break;
                    }
                }
                if m < lend {
                    e[m] = R::zero();
                }
                let mut p = d[l];
                if m == l {
                    l += 1;
                    if l <= lend {
                        continue;
                    }
                    break;
                }
                if m == l + 1 {
                    let (rt1, rt2) = lae2(d[l], e[l].sqrt(), d[l + 1]);
                    d[l] = rt1;
                    d[l + 1] = rt2;
                    e[l] = R::zero();
                    l += 2;
                    if l <= lend {
                        continue;
                    }
                    break;
                }
                if jtot == nmaxit {
                    break;
                }
                jtot += 1;
                // Wilkinson's shift from the leading 2x2.
                let rte = e[l].sqrt();
                let g = (d[l + 1] - p) / (two * rte);
                let r = lapy2(g, R::one());
                let sigma = p - rte / (g + sign(r, g));
                let (mut c, mut s) = (R::one(), R::zero());
                let mut gamma = d[m] - sigma;
                p = gamma * gamma;
                for i in (l..m).rev() {
                    let bb = e[i];
                    let r = p + bb;
                    if i != m - 1 {
                        e[i + 1] = s * r;
                    }
                    let oldc = c;
                    c = p / r;
                    s = bb / r;
                    let oldgam = gamma;
                    let alpha = d[i];
                    gamma = c * (alpha - sigma) - s * oldgam;
                    d[i + 1] = oldgam + (alpha - gamma);
                    p = if c != R::zero() { (gamma * gamma) / c } else { oldc * bb };
                }
                e[l] = s * p;
                d[l] = sigma + gamma;
            }
        } else {
            // QR: deflate at the bottom.
            loop {
                let mut m = lend;
                for mm in (lend + 1..=l).rev() {
                    if e[mm - 1].abs() <= eps2 * (d[mm] * d[mm - 1]).abs() {
                        m = mm;
                        break;
                    }
                }
                if m > lend {
                    e[m - 1] = R::zero();
                }
                let mut p = d[l];
                if m == l {
                    if l > lend {
                        l -= 1;
                        continue;
                    }
                    break;
                }
                if m + 1 == l {
                    let (rt1, rt2) = lae2(d[l], e[l - 1].sqrt(), d[l - 1]);
                    d[l] = rt1;
                    d[l - 1] = rt2;
                    e[l - 1] = R::zero();
                    if l >= lend + 2 {
                        l -= 2;
                        continue;
                    }
                    break;
                }
                if jtot == nmaxit {
                    break;
                }
                jtot += 1;
                let rte = e[l - 1].sqrt();
                let g = (d[l - 1] - p) / (two * rte);
                let r = lapy2(g, R::one());
                let sigma = p - rte / (g + sign(r, g));
                let (mut c, mut s) = (R::one(), R::zero());
                let mut gamma = d[m] - sigma;
                p = gamma * gamma;
                for i in m..l {
                    let bb = e[i];
                    let r = p + bb;
                    if i != m {
                        e[i - 1] = s * r;
                    }
                    let oldc = c;
                    c = p / r;
                    s = bb / r;
                    let oldgam = gamma;
                    let alpha = d[i + 1];
                    gamma = c * (alpha - sigma) - s * oldgam;
                    d[i] = oldgam + (alpha - gamma);
                    p = if c != R::zero() { (gamma * gamma) / c } else { oldc * bb };
                }
                e[l - 1] = s * p;
                d[l] = sigma + gamma;
            }
        }
        scale.undo(&mut d[lsv..=lendsv]);
        if jtot >= nmaxit {
            return unconverged(e);
        }
    }
    lasrt(SortOrder::Increasing, d);
    Ok(())
}

/// The workspace of [`steqr`]: `2 (n - 1)` reals for the rotations when
/// eigenvectors are wanted.
pub fn steqr_req<T: Scalar>(compz: Compz, n: usize) -> WorkReq {
    if compz == Compz::None || n <= 1 {
        WorkReq::EMPTY
    } else {
        WorkReq::new::<T::Real>(2 * (n - 1))
    }
}

/// The workspace with which [`steqr`] applies its rotations to `z` several
/// sweeps at a time (faster for large `n`; the eigenvalues are the same
/// bits, the vectors equal to rounding): [`steqr_req`] and room to hold the
/// sweeps. The Fortran `?steqr` has only [`steqr_req`]'s WORK.
pub fn steqr_req_fast<T: Scalar>(compz: Compz, n: usize) -> WorkReq {
    if compz == Compz::None || n <= 1 {
        WorkReq::EMPTY
    } else {
        steqr_req::<T>(compz, n).and(sweep_queue_req::<T>(n, 1))
    }
}

/// Applies the rotations `(c[k], s[k])` in the planes `(lo + k, lo + k + 1)`
/// to the columns of `z` in the order `direct` (`lasr`), held back with the
/// sweeps before them while the queue has room.
fn defer<T: Scalar>(
    z: &mut MatMut<'_, T>,
    held: (&mut SweepQueue<'_, T::Real>, &mut [T]),
    lo: usize,
    direct: Direction,
    c: &[T::Real],
    s: &[T::Real],
) {
    let (queue, panel) = held;
    let nrot = c.len();
    if queue.push(lo, nrot, direct, false, &[(c, s)]) {
        return;
    }
    flush(z, queue, panel);
    if queue.push(lo, nrot, direct, false, &[(c, s)]) {
        return;
    }
    let nrows = z.nrows();
    lasr(Side::Right, Pivot::Variable, direct, c, s, z.rb_mut().submatrix(0, lo, nrows, nrot + 1));
}

/// Applies the held sweeps to `z` and forgets them.
fn flush<T: Scalar>(z: &mut MatMut<'_, T>, queue: &mut SweepQueue<'_, T::Real>, panel: &mut [T]) {
    if !queue.is_empty() {
        queue.apply(0, Side::Right, z.rb_mut(), panel);
        queue.clear();
    }
}

/// Sorts `d` ascending and the columns of `z` with it, by selection sort
/// (at most `n - 1` column swaps).
pub(crate) fn sort_with_vectors<T: Scalar>(d: &mut [T::Real], mut z: MatMut<'_, T>) {
    let n = d.len();
    for i in 0..n.saturating_sub(1) {
        let mut k = i;
        let mut p = d[i];
        for (j, &dj) in d.iter().enumerate().skip(i + 1) {
            if dj < p {
                k = j;
                p = dj;
            }
        }
        if k != i {
            d[k] = d[i];
            d[i] = p;
            let (left, right) = z.rb_mut().split_at_col(k);
            level1::swap(left.col_mut(i), right.col_mut(0));
        }
    }
}

/// The eigenvalues, and optionally eigenvectors, of the symmetric tridiagonal
/// matrix with diagonal `d` (order `n = d.len()`) and off-diagonal `e`
/// (`n - 1` elements read), by the implicit QL/QR iteration with Wilkinson's
/// shift (`?steqr`).
///
/// `compz`: [`Compz::None`] eigenvalues only (`z` is not referenced);
/// [`Compz::Init`] `z` (`n x n`) is set to the eigenvectors; [`Compz::Update`]
/// `z` (any number of rows, `n` columns; typically the orthogonal matrix of
/// the reduction to tridiagonal form) is multiplied by them. On success `d`
/// holds the eigenvalues in ascending order, the columns of `z` in the same
/// order, and `e` is destroyed. After `30 n` iterations without convergence it
/// returns `Err(i)`: `i` off-diagonal elements have not converged; `d` and
/// `e` then hold a tridiagonal matrix orthogonally similar to the input
/// (`z` times its eigenvectors so far). NaN input ends there.
///
/// The workspace is at least [`steqr_req`]; with [`steqr_req_fast`] the
/// rotations of several sweeps are held back and applied together.
pub fn steqr<T: Scalar>(
    compz: Compz,
    d: &mut [T::Real],
    e: &mut [T::Real],
    mut z: MatMut<'_, T>,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = d.len();
    let vectors = compz != Compz::None;
    if n == 0 {
        return Ok(());
    }
    if n == 1 {
        if compz == Compz::Init {
            z.set(0, 0, T::one());
        }
        return Ok(());
    }
    let e = &mut e[..n - 1];
    let (rot, mut rest) = work.take::<T::Real>(if vectors { 2 * (n - 1) } else { 0 });
    let (cs, sn) = rot.split_at_mut(if vectors { n - 1 } else { 0 });
    // Sweeps are held back only when there is room for them.
    let hold = vectors && n >= HOLD_MIN && rest.fits(sweep_queue_req::<T>(n, 1));
    let (store, mut rest) = rest.take::<T::Real>(if hold { sweep_store_len(n, 1) } else { 0 });
    let (panel, _) = rest.take::<T>(if hold { sweep_panel_len::<T>(n) } else { 0 });
    let mut queue = SweepQueue::new(store, 1);
    let eps = lamch::<T::Real>(Machine::Eps);
    let eps2 = eps * eps;
    let safmin = lamch::<T::Real>(Machine::SafeMin);
    let zero = T::Real::zero();
    let two = T::Real::from_f64(2.0);
    if compz == Compz::Init {
        laset(Part::Full, T::zero(), T::one(), z.rb_mut());
    }
    let nmaxit = n * MAXIT;
    let mut jtot = 0;
    let mut l1 = 0;
    while l1 < n {
        if l1 > 0 {
            e[l1 - 1] = zero;
        }
        let m = find_split(d, e, l1, eps);
        let (lsv, lendsv) = (l1, m);
        l1 = m + 1;
        if lendsv == lsv {
            continue;
        }
        let scale = BlockScale::apply(&mut d[lsv..=lendsv], &mut e[lsv..lendsv]);
        if scale.anorm == zero {
            continue;
        }
        let (mut l, lend) = if d[lendsv].abs() < d[lsv].abs() { (lendsv, lsv) } else { (lsv, lendsv) };
        if lend > l {
            // QL: deflate at the top.
            loop {
                let mut m = lend;
                for mm in l..lend {
                    let tst = e[mm].abs() * e[mm].abs();
                    if tst <= (eps2 * d[mm].abs()) * d[mm + 1].abs() + safmin {
                        m = mm;
                        break;
                    }
                }
                if m < lend {
                    e[m] = zero;
                }
                let mut p = d[l];
                if m == l {
                    l += 1;
                    if l <= lend {
                        continue;
                    }
                    break;
                }
                if m == l + 1 {
                    let (rt1, rt2) = if vectors {
                        let (rt1, rt2, c, s) = laev2(d[l], e[l], d[l + 1]);
                        cs[l] = c;
                        sn[l] = s;
                        let held = (&mut queue, &mut *panel);
                        defer(&mut z, held, l, Direction::Backward, &cs[l..l + 1], &sn[l..l + 1]);
                        (rt1, rt2)
                    } else {
                        lae2(d[l], e[l], d[l + 1])
                    };
                    d[l] = rt1;
                    d[l + 1] = rt2;
                    e[l] = zero;
                    l += 2;
                    if l <= lend {
                        continue;
                    }
                    break;
                }
                if jtot == nmaxit {
                    break;
                }
                jtot += 1;
                let g = (d[l + 1] - p) / (two * e[l]);
                let r = lapy2(g, T::Real::one());
                let mut g = d[m] - p + e[l] / (g + sign(r, g));
                let (mut s, mut c) = (T::Real::one(), T::Real::one());
                p = zero;
                for i in (l..m).rev() {
                    let f = s * e[i];
                    let b = c * e[i];
                    let (c1, s1, r) = lartg(g, f);
                    c = c1;
                    s = s1;
                    if i != m - 1 {
                        e[i + 1] = r;
                    }
                    g = d[i + 1] - p;
                    let r = (d[i] - g) * s + two * c * b;
                    p = s * r;
                    d[i + 1] = g + p;
                    g = c * r - b;
                    if vectors {
                        cs[i] = c;
                        sn[i] = -s;
                    }
                }
                if vectors {
                    let held = (&mut queue, &mut *panel);
                    defer(&mut z, held, l, Direction::Backward, &cs[l..m], &sn[l..m]);
                }
                d[l] -= p;
                e[l] = g;
            }
        } else {
            // QR: deflate at the bottom.
            loop {
                let mut m = lend;
                for mm in (lend + 1..=l).rev() {
                    let tst = e[mm - 1].abs() * e[mm - 1].abs();
                    if tst <= (eps2 * d[mm].abs()) * d[mm - 1].abs() + safmin {
                        m = mm;
                        break;
                    }
                }
                if m > lend {
                    e[m - 1] = zero;
                }
                let mut p = d[l];
                if m == l {
                    if l > lend {
                        l -= 1;
                        continue;
                    }
                    break;
                }
                if m + 1 == l {
                    let (rt1, rt2) = if vectors {
                        let (rt1, rt2, c, s) = laev2(d[l - 1], e[l - 1], d[l]);
                        cs[m] = c;
                        sn[m] = s;
                        let held = (&mut queue, &mut *panel);
                        defer(&mut z, held, l - 1, Direction::Forward, &cs[m..m + 1], &sn[m..m + 1]);
                        (rt1, rt2)
                    } else {
                        lae2(d[l - 1], e[l - 1], d[l])
                    };
                    d[l - 1] = rt1;
                    d[l] = rt2;
                    e[l - 1] = zero;
                    if l >= lend + 2 {
                        l -= 2;
                        continue;
                    }
                    break;
                }
                if jtot == nmaxit {
                    break;
                }
                jtot += 1;
                let g = (d[l - 1] - p) / (two * e[l - 1]);
                let r = lapy2(g, T::Real::one());
                let mut g = d[m] - p + e[l - 1] / (g + sign(r, g));
                let (mut s, mut c) = (T::Real::one(), T::Real::one());
                p = zero;
                for i in m..l {
                    let f = s * e[i];
                    let b = c * e[i];
                    let (c1, s1, r) = lartg(g, f);
                    c = c1;
                    s = s1;
                    if i != m {
                        e[i - 1] = r;
                    }
                    g = d[i] - p;
                    let r = (d[i + 1] - g) * s + two * c * b;
                    p = s * r;
                    d[i] = g + p;
                    g = c * r - b;
                    if vectors {
                        cs[i] = c;
                        sn[i] = s;
                    }
                }
                if vectors {
                    let held = (&mut queue, &mut *panel);
                    defer(&mut z, held, m, Direction::Forward, &cs[m..l], &sn[m..l]);
                }
                d[l] -= p;
                e[l - 1] = g;
            }
        }
        scale.undo(&mut d[lsv..=lendsv]);
        scale.undo(&mut e[lsv..lendsv]);
        if jtot >= nmaxit {
            flush(&mut z, &mut queue, panel);
            return unconverged(e);
        }
    }
    flush(&mut z, &mut queue, panel);
    if vectors {
        sort_with_vectors(d, z);
    } else {
        lasrt(SortOrder::Increasing, d);
    }
    Ok(())
}
