//! The Schur factorization of a Hessenberg matrix, `H = Z T Z^H`, by the
//! implicitly shifted QR algorithm: `?lahqr` (double-shift small-bulge sweeps
//! for real types, single-shift for complex ones), `?hseqr` around it, and
//! the standardization of a real 2x2 block (`?lanv2`).

#![allow(clippy::needless_range_loop)] // indices address matrix rows, columns and vectors alike

use super::multishift::{laqr0, laqr0_req, NMIN};
use crate::householder::larfg;
use crate::sylvester::small::cdiv;
use crate::sym_eigen::tridiagonal::Compz;
use crate::Info;
use ferroblas_kernels::aux::matrix::{lacpy, laset, Part};
use ferroblas_kernels::aux::scalars::{lamch, lapy2, Machine};
use ferroblas_kernels::level1::rot;
use ferroblas_kernels::scalar::{Complex, RealScalar, Scalar};
use ferroblas_kernels::{MatMut, VecMut};
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// What [`hseqr`] computes (JOB).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SchurJob {
    /// Eigenvalues only; H is left in an unspecified state (`'E'`).
    Eigenvalues,
    /// The Schur form T as well, in place of H (`'S'`).
    Schur,
}

impl SchurJob {
    /// Parses `E` or `S`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'E' => Some(SchurJob::Eigenvalues),
            b'S' => Some(SchurJob::Schur),
            _ => None,
        }
    }
}

/// The standardized real 2x2 block and its rotation, from [`lanv2`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lanv2<R> {
    /// The block `[a b; c d]` in standard form.
    pub a: R,
    /// Upper right.
    pub b: R,
    /// Lower left: zero, or nonzero with `a = d` and `b c < 0`.
    pub c: R,
    /// Lower right.
    pub d: R,
    /// The eigenvalues `(rt1r + i rt1i, rt2r + i rt2i)`; `rt1i >= 0` for a pair.
    pub rt1r: R,
    /// Imaginary part of the first eigenvalue.
    pub rt1i: R,
    /// Real part of the second.
    pub rt2r: R,
    /// Imaginary part of the second.
    pub rt2i: R,
    /// The rotation: `[a b; c d]_in = [cs -sn; sn cs] [a b; c d]_out [cs sn; -sn cs]`.
    pub cs: R,
    /// Its sine.
    pub sn: R,
}

/// The Schur factorization of the real 2x2 matrix `[a b; c d]` (`?lanv2`):
/// an upper triangular block for real eigenvalues, otherwise equal diagonal
/// entries with `b c < 0` (a complex pair `a +- sqrt(b c)`), and the rotation.
pub fn lanv2<R: RealScalar>(mut a: R, mut b: R, mut c: R, mut d: R) -> Lanv2<R> {
    let (zero, one) = (R::zero(), R::one());
    let half = R::from_f64(0.5);
    let multpl = R::from_f64(4.0);
    let eps = lamch::<R>(Machine::Precision);
    let safmin = lamch::<R>(Machine::SafeMin);
    let base = lamch::<R>(Machine::Base);
    let e = ((safmin / eps).to_f64().ln() / base.to_f64().ln() / 2.0) as i32;
    let safmn2 = R::from_f64(base.to_f64().powi(e));
    let safmx2 = one / safmn2;
    let sign = |x: R| one.copysign(x);
    let (mut cs, mut sn);
    if c == zero {
        cs = one;
        sn = zero;
    } else if b == zero {
        // Swap rows and columns.
        cs = zero;
        sn = one;
        std::mem::swap(&mut a, &mut d);
        b = -c;
        c = zero;
    } else if a - d == zero && sign(b) != sign(c) {
        cs = one;
        sn = zero;
    } else {
        let mut temp = a - d;
        let mut p = half * temp;
        let bcmax = b.abs().max(c.abs());
        let bcmis = b.abs().min(c.abs()) * sign(b) * sign(c);
        let mut scale = p.abs().max(bcmax);
        let mut z = (p / scale) * p + (bcmax / scale) * bcmis;
        if z >= multpl * eps {
            // Real eigenvalues: compute a and d.
            z = p + (scale.sqrt() * z.sqrt()).copysign(p);
            a = d + z;
            d -= (bcmax / z) * bcmis;
            let tau = lapy2(c, z);
            cs = z / tau;
            sn = c / tau;
            b -= c;
            c = zero;
        } else {
            // Complex or almost equal real eigenvalues: make the diagonal equal.
            let mut sigma = b + c;
            for _ in 0..=20 {
                scale = temp.abs().max(sigma.abs());
                if scale >= safmx2 {
                    sigma *= safmn2;
                    temp *= safmn2;
                    continue;
                }
                if scale <= safmn2 {
                    sigma *= safmx2;
                    temp *= safmx2;
                    continue;
                }
                break;
            }
            p = half * temp;
            let mut tau = lapy2(sigma, temp);
            cs = (half * (one + sigma.abs() / tau)).sqrt();
            sn = -(p / (tau * cs)) * sign(sigma);
            // [aa bb; cc dd] = [a b; c d] [cs -sn; sn cs]
            let aa = a * cs + b * sn;
            let bb = -a * sn + b * cs;
            let cc = c * cs + d * sn;
            let dd = -c * sn + d * cs;
            // [a b; c d] = [cs sn; -sn cs] [aa bb; cc dd]
            a = aa * cs + cc * sn;
            b = bb * cs + dd * sn;
            c = -aa * sn + cc * cs;
            d = -bb * sn + dd * cs;
            temp = half * (a + d);
            a = temp;
            d = temp;
            if c != zero {
                if b != zero {
                    if sign(b) == sign(c) {
                        // Real eigenvalues: reduce to upper triangular form.
                        let sab = b.abs().sqrt();
                        let sac = c.abs().sqrt();
                        p = (sab * sac).copysign(c);
                        tau = one / (b + c).abs().sqrt();
                        a = temp + p;
                        d = temp - p;
                        b -= c;
                        c = zero;
                        let cs1 = sab * tau;
                        let sn1 = sac * tau;
                        let t = cs * cs1 - sn * sn1;
                        sn = cs * sn1 + sn * cs1;
                        cs = t;
                    }
                } else {
                    b = -c;
                    c = zero;
                    let t = cs;
                    cs = -sn;
                    sn = t;
                }
            }
        }
    }
    let (rt1i, rt2i) = if c == zero {
        (zero, zero)
    } else {
        let v = b.abs().sqrt() * c.abs().sqrt();
        (v, -v)
    };
    Lanv2 { a, b, c, d, rt1r: a, rt1i, rt2r: d, rt2i, cs, sn }
}

/// The eigenvalues of the Hessenberg block `h[ilo..ihi, ilo..ihi]`, and with
/// `wantt` its Schur form T in place (`?lahqr`): the real types' T is quasi
/// upper triangular with 2x2 blocks in [`lanv2`]'s standard form, the complex
/// types' upper triangular with a real subdiagonal driven to zero. With `z`
/// given, its rows `iloz..ihiz` are multiplied by the transformations.
/// `h` must be upper triangular outside the block when `wantt` (rows and
/// columns outside it are then updated too). `w[ilo..ihi]` receives the
/// eigenvalues (complex pairs adjacent, positive imaginary part first).
///
/// `Err(info)` after `30 max(10, ihi - ilo)` iterations without convergence:
/// `w[info..ihi]` hold the eigenvalues found (INFO is 1-based), and with
/// `wantt` the block `ilo..info` of `h` is still unreduced. NaN or Inf in
/// `h` ends there, never in a loop.
#[allow(clippy::too_many_arguments)]
pub fn lahqr<T: Scalar>(
    wantt: bool,
    ilo: usize,
    ihi: usize,
    h: MatMut<'_, T>,
    w: &mut [Complex<T::Real>],
    iloz: usize,
    ihiz: usize,
    z: Option<MatMut<'_, T>>,
) -> Result<(), Info> {
    let n = h.nrows();
    assert!(h.ncols() == n && ilo <= ihi && ihi <= n && w.len() >= ihi, "lahqr: bad shapes or range");
    if let Some(z) = &z {
        assert!(iloz <= ihiz && ihiz <= z.nrows() && z.ncols() >= ihi, "lahqr: Z is too small");
    }
    if n == 0 || ilo >= ihi {
        return Ok(());
    }
    if ilo + 1 == ihi {
        w[ilo] = Complex::new(h.get(ilo, ilo).re(), h.get(ilo, ilo).im());
        return Ok(());
    }
    if T::IS_COMPLEX {
        lahqr_complex(wantt, ilo, ihi, h, w, iloz, ihiz, z)
    } else {
        lahqr_real(wantt, ilo, ihi, h, w, iloz, ihiz, z)
    }
}

/// Iterations since the last deflation after which an exceptional shift is used.
const KEXSH: usize = 6;

/// Zeroes the entries below the first subdiagonal of the block (the
/// reference's "clear out the trash").
fn clear_trash<T: Scalar>(h: &mut MatMut<'_, T>, ilo: usize, ihi: usize) {
    for j in ilo..ihi.saturating_sub(3) {
        h.set(j + 2, j, T::zero());
        h.set(j + 3, j, T::zero());
    }
    if ilo + 2 < ihi {
        h.set(ihi - 1, ihi - 3, T::zero());
    }
}

/// The reference's test that `h[k, k-1]` is negligible (Ahues and Tisseur's
/// conservative criterion, LAWN 122), with `abs` the modulus used.
#[allow(clippy::too_many_arguments)]
fn negligible<T: Scalar>(
    h: &MatMut<'_, T>,
    k: usize,
    ilo: usize,
    ihi: usize,
    smlnum: T::Real,
    ulp: T::Real,
    abs: impl Fn(T) -> T::Real,
) -> bool {
    let sub = abs(h.get(k, k - 1));
    if sub <= smlnum {
        return true;
    }
    let mut tst = abs(h.get(k - 1, k - 1)) + abs(h.get(k, k));
    if tst == <T::Real as Scalar>::zero() {
        if k >= ilo + 2 {
            tst += h.get(k - 1, k - 2).re().abs();
        }
        if k + 1 < ihi {
            tst += h.get(k + 1, k).re().abs();
        }
    }
    if h.get(k, k - 1).re().abs() <= ulp * tst {
        let up = abs(h.get(k - 1, k));
        let ab = sub.max(up);
        let ba = sub.min(up);
        let diff = abs(h.get(k - 1, k - 1) - h.get(k, k));
        let hkk = abs(h.get(k, k));
        let aa = hkk.max(diff);
        let bb = hkk.min(diff);
        let s = aa + ab;
        if ba * (ab / s) <= smlnum.max(ulp * (bb * (aa / s))) {
            return true;
        }
    }
    false
}

#[allow(clippy::too_many_arguments)]
fn lahqr_real<T: Scalar>(
    wantt: bool,
    ilo: usize,
    ihi: usize,
    mut h: MatMut<'_, T>,
    w: &mut [Complex<T::Real>],
    iloz: usize,
    ihiz: usize,
    mut z: Option<MatMut<'_, T>>,
) -> Result<(), Info> {
    type R<T> = <T as Scalar>::Real;
    let n = h.nrows();
    let zero = R::<T>::zero();
    let one = R::<T>::one();
    let two = one + one;
    let dat1 = R::<T>::from_f64(0.75);
    let dat2 = R::<T>::from_f64(-0.4375);
    clear_trash(&mut h, ilo, ihi);
    let nh = ihi - ilo;
    let safmin = lamch::<R<T>>(Machine::SafeMin);
    let ulp = lamch::<R<T>>(Machine::Precision);
    let smlnum = safmin * (R::<T>::from_f64(nh as f64) / ulp);
    let (mut i1, mut i2) = (0, n - 1);
    let itmax = 30 * nh.max(10);
    let mut kdefl = 0usize;
    let g = |h: &MatMut<'_, T>, i: usize, j: usize| h.get(i, j).re();
    let mut i = ihi - 1;
    loop {
        let mut l = ilo;
        let mut converged = false;
        for _its in 0..=itmax {
            let mut k = i;
            while k > l {
                if negligible(&h, k, ilo, ihi, smlnum, ulp, |x: T| x.re().abs()) {
                    break;
                }
                k -= 1;
            }
            l = k;
            if l > ilo {
                h.set(l, l - 1, T::zero());
            }
            if l + 1 >= i {
                converged = true;
                break;
            }
            kdefl += 1;
            if !wantt {
                i1 = l;
                i2 = i;
            }
            let (h11, h12, h21, h22);
            if kdefl.is_multiple_of(2 * KEXSH) {
                let s = g(&h, i, i - 1).abs() + g(&h, i - 1, i - 2).abs();
                h11 = dat1 * s + g(&h, i, i);
                h12 = dat2 * s;
                h21 = s;
                h22 = h11;
            } else if kdefl.is_multiple_of(KEXSH) {
                let s = g(&h, l + 1, l).abs() + g(&h, l + 2, l + 1).abs();
                h11 = dat1 * s + g(&h, l, l);
                h12 = dat2 * s;
                h21 = s;
                h22 = h11;
            } else {
                h11 = g(&h, i - 1, i - 1);
                h21 = g(&h, i, i - 1);
                h12 = g(&h, i - 1, i);
                h22 = g(&h, i, i);
            }
            let s = h11.abs() + h12.abs() + h21.abs() + h22.abs();
            let (rt1r, rt1i, rt2r, rt2i);
            if s == zero {
                (rt1r, rt1i, rt2r, rt2i) = (zero, zero, zero, zero);
            } else {
                let (h11, h21, h12, h22) = (h11 / s, h21 / s, h12 / s, h22 / s);
                let tr = (h11 + h22) / two;
                let det = (h11 - tr) * (h22 - tr) - h12 * h21;
                let rtdisc = det.abs().sqrt();
                if det >= zero {
                    rt1r = tr * s;
                    rt2r = rt1r;
                    rt1i = rtdisc * s;
                    rt2i = -rt1i;
                } else {
                    // Real shifts: use the one closer to h22, twice.
                    let (a, b) = (tr + rtdisc, tr - rtdisc);
                    let r = if (a - h22).abs() <= (b - h22).abs() { a * s } else { b * s };
                    rt1r = r;
                    rt2r = r;
                    rt1i = zero;
                    rt2i = zero;
                }
            }
            // Look for two consecutive small subdiagonal entries.
            let mut v = [zero; 3];
            let mut m = i - 2;
            loop {
                let h21s = g(&h, m + 1, m);
                let s = (g(&h, m, m) - rt2r).abs() + rt2i.abs() + h21s.abs();
                let h21s = g(&h, m + 1, m) / s;
                v[0] = h21s * g(&h, m, m + 1) + (g(&h, m, m) - rt1r) * ((g(&h, m, m) - rt2r) / s) - rt1i * (rt2i / s);
                v[1] = h21s * (g(&h, m, m) + g(&h, m + 1, m + 1) - rt1r - rt2r);
                v[2] = h21s * g(&h, m + 2, m + 1);
                let s = v[0].abs() + v[1].abs() + v[2].abs();
                v = [v[0] / s, v[1] / s, v[2] / s];
                if m == l {
                    break;
                }
                let h00 = g(&h, m - 1, m - 1).abs() + g(&h, m, m).abs() + g(&h, m + 1, m + 1).abs();
                if g(&h, m, m - 1).abs() * (v[1].abs() + v[2].abs()) <= ulp * v[0].abs() * h00 {
                    break;
                }
                m -= 1;
            }
            // The double-shift QR sweep.
            for k in m..i {
                let nr = 3.min(i - k + 1);
                if k > m {
                    for (p, vp) in v.iter_mut().enumerate().take(nr) {
                        *vp = g(&h, k + p, k - 1);
                    }
                }
                let mut vt = [T::from_real(v[0]), T::from_real(v[1]), T::from_real(v[2])];
                let (head, tail) = vt.split_at_mut(1);
                let t1 = larfg(&mut head[0], VecMut::from_slice(&mut tail[..nr - 1])).re();
                v = [vt[0].re(), vt[1].re(), vt[2].re()];
                if k > m {
                    h.set(k, k - 1, T::from_real(v[0]));
                    h.set(k + 1, k - 1, T::zero());
                    if k + 1 < i {
                        h.set(k + 2, k - 1, T::zero());
                    }
                } else if m > l {
                    // Not -h(k, k-1): v[1] and v[2] may have underflowed.
                    h.set(k, k - 1, T::from_real(g(&h, k, k - 1) * (one - t1)));
                }
                let v2 = v[1];
                let t2 = t1 * v2;
                if nr == 3 {
                    let v3 = v[2];
                    let t3 = t1 * v3;
                    for j in k..=i2 {
                        let sum = g(&h, k, j) + v2 * g(&h, k + 1, j) + v3 * g(&h, k + 2, j);
                        h.set(k, j, T::from_real(g(&h, k, j) - sum * t1));
                        h.set(k + 1, j, T::from_real(g(&h, k + 1, j) - sum * t2));
                        h.set(k + 2, j, T::from_real(g(&h, k + 2, j) - sum * t3));
                    }
                    for j in i1..=(k + 3).min(i) {
                        let sum = g(&h, j, k) + v2 * g(&h, j, k + 1) + v3 * g(&h, j, k + 2);
                        h.set(j, k, T::from_real(g(&h, j, k) - sum * t1));
                        h.set(j, k + 1, T::from_real(g(&h, j, k + 1) - sum * t2));
                        h.set(j, k + 2, T::from_real(g(&h, j, k + 2) - sum * t3));
                    }
                    if let Some(z) = z.as_mut() {
                        for j in iloz..ihiz {
                            let sum = g(z, j, k) + v2 * g(z, j, k + 1) + v3 * g(z, j, k + 2);
                            z.set(j, k, T::from_real(g(z, j, k) - sum * t1));
                            z.set(j, k + 1, T::from_real(g(z, j, k + 1) - sum * t2));
                            z.set(j, k + 2, T::from_real(g(z, j, k + 2) - sum * t3));
                        }
                    }
                } else if nr == 2 {
                    for j in k..=i2 {
                        let sum = g(&h, k, j) + v2 * g(&h, k + 1, j);
                        h.set(k, j, T::from_real(g(&h, k, j) - sum * t1));
                        h.set(k + 1, j, T::from_real(g(&h, k + 1, j) - sum * t2));
                    }
                    for j in i1..=i {
                        let sum = g(&h, j, k) + v2 * g(&h, j, k + 1);
                        h.set(j, k, T::from_real(g(&h, j, k) - sum * t1));
                        h.set(j, k + 1, T::from_real(g(&h, j, k + 1) - sum * t2));
                    }
                    if let Some(z) = z.as_mut() {
                        for j in iloz..ihiz {
                            let sum = g(z, j, k) + v2 * g(z, j, k + 1);
                            z.set(j, k, T::from_real(g(z, j, k) - sum * t1));
                            z.set(j, k + 1, T::from_real(g(z, j, k + 1) - sum * t2));
                        }
                    }
                }
            }
        }
        if !converged {
            return Err(Info::from_index(i));
        }
        if l == i {
            w[i] = Complex::new(g(&h, i, i), zero);
        } else {
            // A 2x2 block has split off: standardize it.
            let r = lanv2(g(&h, i - 1, i - 1), g(&h, i - 1, i), g(&h, i, i - 1), g(&h, i, i));
            h.set(i - 1, i - 1, T::from_real(r.a));
            h.set(i - 1, i, T::from_real(r.b));
            h.set(i, i - 1, T::from_real(r.c));
            h.set(i, i, T::from_real(r.d));
            w[i - 1] = Complex::new(r.rt1r, r.rt1i);
            w[i] = Complex::new(r.rt2r, r.rt2i);
            if wantt {
                if i2 > i {
                    let (top, bottom) = h.rb_mut().submatrix(i - 1, i + 1, 2, i2 - i).split_at_row(1);
                    rot(top.transpose().col_mut(0), bottom.transpose().col_mut(0), r.cs, T::from_real(r.sn).re());
                }
                if i > i1 + 1 {
                    let (c0, c1) = h.rb_mut().submatrix(i1, i - 1, i - 1 - i1, 2).split_at_col(1);
                    rot(c0.col_mut(0), c1.col_mut(0), r.cs, r.sn);
                }
            }
            if let Some(z) = z.as_mut() {
                let (c0, c1) = z.rb_mut().submatrix(iloz, i - 1, ihiz - iloz, 2).split_at_col(1);
                rot(c0.col_mut(0), c1.col_mut(0), r.cs, r.sn);
            }
        }
        kdefl = 0;
        if l <= ilo {
            return Ok(());
        }
        i = l - 1;
    }
}

/// The principal square root of `z` (real part >= 0), as Fortran's SQRT.
pub(crate) fn csqrt<T: Scalar>(z: T) -> T {
    let (x, y) = (z.re(), z.im());
    let zero = <T::Real as Scalar>::zero();
    let half = <T::Real as RealScalar>::from_f64(0.5);
    let r = x.hypot(y);
    if r == zero {
        return T::zero();
    }
    let t = ((r + x.abs()) * half).sqrt();
    if x >= zero {
        T::from_parts(t, y / (t + t))
    } else {
        T::from_parts(y.abs() / (t + t), t.copysign(y))
    }
}

/// `|z|`.
fn cabs<T: Scalar>(z: T) -> T::Real {
    z.re().hypot(z.im())
}

/// Scales `x` by `alpha`.
fn scal<T: Scalar>(alpha: T, x: VecMut<'_, T>) {
    ferroblas_kernels::level1::scal(alpha, x);
}

#[allow(clippy::too_many_arguments)]
fn lahqr_complex<T: Scalar>(
    wantt: bool,
    ilo: usize,
    ihi: usize,
    mut h: MatMut<'_, T>,
    w: &mut [Complex<T::Real>],
    iloz: usize,
    ihiz: usize,
    mut z: Option<MatMut<'_, T>>,
) -> Result<(), Info> {
    type R<T> = <T as Scalar>::Real;
    let n = h.nrows();
    let rzero = R::<T>::zero();
    let one = T::one();
    let half = R::<T>::from_f64(0.5);
    let dat1 = R::<T>::from_f64(0.75);
    clear_trash(&mut h, ilo, ihi);
    // Make the subdiagonal real.
    let (jlo, jhi) = if wantt { (0, n) } else { (ilo, ihi) };
    for i in ilo + 1..ihi {
        let hi = h.get(i, i - 1);
        if hi.im() != rzero {
            let sc = hi.scale_real(R::<T>::one() / hi.abs1());
            let sc = sc.conj().scale_real(R::<T>::one() / cabs(sc));
            h.set(i, i - 1, T::from_real(cabs(hi)));
            scal(sc, h.rb_mut().submatrix(i, i, 1, jhi - i).transpose().col_mut(0));
            let top = (i + 2).min(jhi);
            scal(sc.conj(), h.rb_mut().submatrix(jlo, i, top - jlo, 1).col_mut(0));
            if let Some(z) = z.as_mut() {
                scal(sc.conj(), z.rb_mut().submatrix(iloz, i, ihiz - iloz, 1).col_mut(0));
            }
        }
    }
    let nh = ihi - ilo;
    let safmin = lamch::<R<T>>(Machine::SafeMin);
    let ulp = lamch::<R<T>>(Machine::Precision);
    let smlnum = safmin * (R::<T>::from_f64(nh as f64) / ulp);
    let (mut i1, mut i2) = (0, n - 1);
    let itmax = 30 * nh.max(10);
    let mut kdefl = 0usize;
    let mut i = ihi - 1;
    loop {
        let mut l = ilo;
        let mut converged = false;
        for _its in 0..=itmax {
            let mut k = i;
            while k > l {
                if negligible(&h, k, ilo, ihi, smlnum, ulp, |x: T| x.abs1()) {
                    break;
                }
                k -= 1;
            }
            l = k;
            if l > ilo {
                h.set(l, l - 1, T::zero());
            }
            if l >= i {
                converged = true;
                break;
            }
            kdefl += 1;
            if !wantt {
                i1 = l;
                i2 = i;
            }
            let t;
            if kdefl.is_multiple_of(2 * KEXSH) {
                let s = dat1 * h.get(i, i - 1).re().abs();
                t = T::from_real(s) + h.get(i, i);
            } else if kdefl.is_multiple_of(KEXSH) {
                let s = dat1 * h.get(l + 1, l).re().abs();
                t = T::from_real(s) + h.get(l, l);
            } else {
                // Wilkinson's shift.
                let mut tt = h.get(i, i);
                let u = csqrt(h.get(i - 1, i)) * csqrt(h.get(i, i - 1));
                let s = u.abs1();
                if s != rzero {
                    let x = (h.get(i - 1, i - 1) - tt).scale_real(half);
                    let sx = x.abs1();
                    let s = s.max(x.abs1());
                    let xs = x.scale_real(R::<T>::one() / s);
                    let us = u.scale_real(R::<T>::one() / s);
                    let mut y = csqrt(xs * xs + us * us).scale_real(s);
                    if sx > rzero {
                        let xn = x.scale_real(R::<T>::one() / sx);
                        if xn.re() * y.re() + xn.im() * y.im() < rzero {
                            y = -y;
                        }
                    }
                    tt -= u * cdiv(u, x + y);
                }
                t = tt;
            }
            // Look for two consecutive small subdiagonal entries.
            let mut v;
            let mut m = i - 1;
            loop {
                if m == l {
                    let h11s = h.get(l, l) - t;
                    let h21 = h.get(l + 1, l).re();
                    let s = h11s.abs1() + h21.abs();
                    v = [h11s.scale_real(R::<T>::one() / s), T::from_real(h21 / s)];
                    break;
                }
                let h11 = h.get(m, m);
                let h22 = h.get(m + 1, m + 1);
                let h11s = h11 - t;
                let h21 = h.get(m + 1, m).re();
                let s = h11s.abs1() + h21.abs();
                let h11s = h11s.scale_real(R::<T>::one() / s);
                let h21 = h21 / s;
                v = [h11s, T::from_real(h21)];
                let h10 = h.get(m, m - 1).re();
                if h10.abs() * h21.abs() <= ulp * (h11s.abs1() * (h11.abs1() + h22.abs1())) {
                    break;
                }
                m -= 1;
            }
            // The single-shift QR sweep.
            for k in m..i {
                if k > m {
                    v = [h.get(k, k - 1), h.get(k + 1, k - 1)];
                }
                let (head, tail) = v.split_at_mut(1);
                let t1 = larfg(&mut head[0], VecMut::from_slice(tail));
                if k > m {
                    h.set(k, k - 1, v[0]);
                    h.set(k + 1, k - 1, T::zero());
                }
                let v2 = v[1];
                let t2 = (t1 * v2).re();
                for j in k..=i2 {
                    let sum = t1.conj() * h.get(k, j) + h.get(k + 1, j).scale_real(t2);
                    h.set(k, j, h.get(k, j) - sum);
                    h.set(k + 1, j, h.get(k + 1, j) - sum * v2);
                }
                for j in i1..=(k + 2).min(i) {
                    let sum = t1 * h.get(j, k) + h.get(j, k + 1).scale_real(t2);
                    h.set(j, k, h.get(j, k) - sum);
                    h.set(j, k + 1, h.get(j, k + 1) - sum * v2.conj());
                }
                if let Some(z) = z.as_mut() {
                    for j in iloz..ihiz {
                        let sum = t1 * z.get(j, k) + z.get(j, k + 1).scale_real(t2);
                        z.set(j, k, z.get(j, k) - sum);
                        z.set(j, k + 1, z.get(j, k + 1) - sum * v2.conj());
                    }
                }
                if k == m && m > l {
                    // The sweep started below l: keep h(m, m-1) real.
                    let temp = one - t1;
                    let temp = temp.scale_real(R::<T>::one() / cabs(temp));
                    h.set(m + 1, m, h.get(m + 1, m) * temp.conj());
                    if m + 2 <= i {
                        h.set(m + 2, m + 1, h.get(m + 2, m + 1) * temp);
                    }
                    for j in m..=i {
                        if j != m + 1 {
                            if i2 > j {
                                scal(temp, h.rb_mut().submatrix(j, j + 1, 1, i2 - j).transpose().col_mut(0));
                            }
                            scal(temp.conj(), h.rb_mut().submatrix(i1, j, j - i1, 1).col_mut(0));
                            if let Some(z) = z.as_mut() {
                                scal(temp.conj(), z.rb_mut().submatrix(iloz, j, ihiz - iloz, 1).col_mut(0));
                            }
                        }
                    }
                }
            }
            // Keep h(i, i-1) real.
            let temp = h.get(i, i - 1);
            if temp.im() != rzero {
                let rtemp = cabs(temp);
                h.set(i, i - 1, T::from_real(rtemp));
                let temp = temp.scale_real(R::<T>::one() / rtemp);
                if i2 > i {
                    scal(temp.conj(), h.rb_mut().submatrix(i, i + 1, 1, i2 - i).transpose().col_mut(0));
                }
                scal(temp, h.rb_mut().submatrix(i1, i, i - i1, 1).col_mut(0));
                if let Some(z) = z.as_mut() {
                    scal(temp, z.rb_mut().submatrix(iloz, i, ihiz - iloz, 1).col_mut(0));
                }
            }
        }
        if !converged {
            return Err(Info::from_index(i));
        }
        w[i] = Complex::new(h.get(i, i).re(), h.get(i, i).im());
        kdefl = 0;
        if l <= ilo {
            return Ok(());
        }
        i = l - 1;
    }
}

/// The order of the padded copy [`hseqr`] hands to [`laqr0`] when
/// [`lahqr`] fails on a small matrix (the reference's NL).
const NL: usize = 49;

/// [`hseqr`] never hands orders up to this to [`laqr0`] (the reference's NTINY).
const NTINY_HSEQR: usize = 15;

/// The workspace [`hseqr`] needs for order `n`.
pub fn hseqr_req<T: Scalar>(n: usize) -> WorkReq {
    hseqr_req_with::<T>(n, NMIN)
}

/// The workspace [`hseqr_with`] needs for order `n` and crossover `nmin`.
pub fn hseqr_req_with<T: Scalar>(n: usize, nmin: usize) -> WorkReq {
    if n > nmin.max(NTINY_HSEQR) {
        laqr0_req::<T>(n)
    } else {
        // lahqr's rare failure goes on in laqr0, on a copy padded to NL.
        WorkReq::new::<T>(NL * NL).and(WorkReq::new::<Complex<T::Real>>(NL)).and(laqr0_req::<T>(NL))
    }
}

/// The eigenvalues of the upper Hessenberg matrix `h` and, for
/// [`SchurJob::Schur`], its Schur form `T` in place of it (`?hseqr`), with
/// `H = Z T Z^H`: `Compz::Init` sets `z` to Z, `Compz::Update` multiplies the
/// given `z` (e.g. the Q of [`gehrd`](super::gehrd)) by it, `Compz::None`
/// leaves `z` alone (it may be empty). `h` must be upper triangular outside
/// the block `ilo..ihi` (as [`gebal`](super::gebal) leaves it); those
/// eigenvalues are read off the diagonal. Above order [`NMIN`] the QR
/// iteration is the multishift [`laqr0`], below it [`lahqr`] (whose rare
/// failure [`laqr0`] takes over, as in the reference). With `Schur` (or on
/// failure) the entries below the first subdiagonal are set to zero. `work`
/// as [`hseqr_req`] asks for the fastest path; any less (down to none) also
/// works, with smaller deflation windows and fewer shifts; `par` only splits the matrix products (the result
/// does not depend on it).
///
/// `Err(info)`: the iteration did not converge; `w[..ilo]` and
/// `w[info..]` hold the eigenvalues found (INFO is 1-based), and the block
/// `ilo..info` of `h` is unreduced.
#[allow(clippy::too_many_arguments)]
pub fn hseqr<T: Scalar>(
    job: SchurJob,
    compz: Compz,
    ilo: usize,
    ihi: usize,
    h: MatMut<'_, T>,
    w: &mut [Complex<T::Real>],
    z: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    hseqr_with(job, compz, ilo, ihi, h, w, z, par, work, NMIN)
}

/// [`hseqr`] with the [`lahqr`]/[`laqr0`] crossover `nmin` instead of
/// [`NMIN`] (at least 15, as in the reference): for a program's own
/// `ILAENV(12, ...)`. `work` as [`hseqr_req_with`] asks.
#[allow(clippy::too_many_arguments)]
pub fn hseqr_with<T: Scalar>(
    job: SchurJob,
    compz: Compz,
    ilo: usize,
    ihi: usize,
    mut h: MatMut<'_, T>,
    w: &mut [Complex<T::Real>],
    mut z: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
    nmin: usize,
) -> Result<(), Info> {
    let nmin = nmin.max(NTINY_HSEQR);
    let n = h.nrows();
    assert!(h.ncols() == n && ilo <= ihi && ihi <= n && w.len() >= n, "hseqr: bad shapes or range");
    if n == 0 {
        return Ok(());
    }
    let wantt = job == SchurJob::Schur;
    if compz != Compz::None {
        assert!(z.nrows() >= n && z.ncols() >= n, "hseqr: Z is too small");
    }
    for i in (0..ilo).chain(ihi..n) {
        w[i] = Complex::new(h.get(i, i).re(), h.get(i, i).im());
    }
    if compz == Compz::Init {
        laset(Part::Full, T::zero(), T::one(), z.rb_mut().submatrix(0, 0, n, n));
    }
    if ihi <= ilo + 1 {
        if ihi == ilo + 1 {
            w[ilo] = Complex::new(h.get(ilo, ilo).re(), h.get(ilo, ilo).im());
        }
        return Ok(());
    }
    let mut zv = if compz == Compz::None { None } else { Some(z.submatrix(0, 0, n, n)) };
    let r = if n > nmin {
        laqr0(wantt, ilo, ihi, h.rb_mut(), w, ilo, ihi, zv, par, work)
    } else {
        match lahqr(wantt, ilo, ihi, h.rb_mut(), w, ilo, ihi, zv.as_mut().map(|z| z.rb_mut())) {
            Ok(()) => Ok(()),
            Err(e) => {
                // Rare: the unconverged block ilo..kbot goes to laqr0.
                let kbot = e.lapack_info() as usize;
                if n >= NL {
                    laqr0(wantt, ilo, kbot, h.rb_mut(), w, ilo, ihi, zv, par, work)
                } else if !work.fits(WorkReq::new::<T>(NL * NL).and(WorkReq::new::<Complex<T::Real>>(NL))) {
                    // No room for the padded copy (a caller's short WORK): lahqr's failure stands.
                    Err(e)
                } else {
                    let (buf, mut work) = work.take::<T>(NL * NL);
                    let (wl, work) = work.take::<Complex<T::Real>>(NL);
                    let mut hl = MatMut::from_col_major(buf, NL, NL, NL);
                    lacpy(Part::Full, h.rb(), hl.rb_mut().submatrix(0, 0, n, n));
                    wl[..n].copy_from_slice(&w[..n]);
                    let r = laqr0(wantt, ilo, kbot, hl.rb_mut(), wl, ilo, ihi, zv, par, work);
                    w[..n].copy_from_slice(&wl[..n]);
                    if wantt || r.is_err() {
                        lacpy(Part::Full, hl.rb().submatrix(0, 0, n, n), h.rb_mut());
                    }
                    r
                }
            }
        }
    };
    if (wantt || r.is_err()) && n > 2 {
        laset(Part::Lower, T::zero(), T::zero(), h.submatrix(2, 0, n - 2, n - 2));
    }
    r
}
