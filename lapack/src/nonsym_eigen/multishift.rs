//! The small-bulge multishift QR algorithm with aggressive early deflation
//! (Braman, Byers and Mathias 2002, parts I and II): the drivers `?laqr0`
//! and `?laqr4` (the same without recursive deflation windows) and the
//! tuning parameters of `?iparmq`. The sweep is [`laqr5`](super::laqr5), the
//! deflation [`laqr3`](super::laqr3).
//!
//! A complex type's bulges carry two (arbitrary) shifts each, like a real
//! type's (a real pair or a conjugate pair), as in the reference.

#![allow(clippy::needless_range_loop)] // indices address matrix rows, columns and vectors alike

use super::aed::{laqr3, laqr3_min, laqr3_req};
use super::schur::{lahqr, lanv2};
use super::sweep::{laqr5, laqr5_min, laqr5_req};
use crate::Info;
use ferroblas_kernels::aux::matrix::lacpy;
use ferroblas_kernels::aux::matrix::Part;
use ferroblas_kernels::scalar::{Complex, RealScalar, Scalar};
use ferroblas_kernels::MatMut;
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// Below this order [`hseqr`](super::hseqr) uses [`lahqr`] (`?iparmq`'s
/// NMIN, ISPEC = 12); deflation windows above it are reduced by
/// [`laqr4`] instead of [`lahqr`].
pub const NMIN: usize = 75;

/// Matrices of this order or smaller always go to [`lahqr`] (the
/// reference's NTINY).
const NTINY: usize = 15;

/// Skip the sweep when a deflation window deflated more than this percentage
/// (`?iparmq`'s NIBBLE, ISPEC = 14).
pub const NIBBLE: usize = 14;

/// Deflation windows larger than the nominal one after this many
/// iterations without deflation.
const KEXNW: usize = 5;

/// Exceptional shifts every this many iterations without deflation.
const KEXSH: usize = 6;

/// The number of simultaneous shifts for an active block of order `nh`
/// (`?iparmq`, ISPEC = 15).
pub fn iparmq_ns(nh: usize) -> usize {
    let ns = if nh >= 6000 {
        256
    } else if nh >= 3000 {
        128
    } else if nh >= 590 {
        64
    } else if nh >= 150 {
        let lg = ((nh as f64).ln() / 2f64.ln()).round() as usize;
        (nh / lg.max(1)).max(10)
    } else if nh >= 60 {
        10
    } else if nh >= 30 {
        4
    } else {
        2
    };
    (ns - ns % 2).max(2)
}

/// The deflation window size for an active block of order `nh` (`?iparmq`,
/// ISPEC = 13): the number of shifts up to order 500, half as much again above.
pub fn iparmq_nw(nh: usize) -> usize {
    let ns = iparmq_ns(nh);
    if nh <= 500 {
        ns
    } else {
        3 * ns / 2
    }
}

/// The workspace [`laqr0`] needs for order `n`.
pub fn laqr0_req<T: Scalar>(n: usize) -> WorkReq {
    laqr_driver_req::<T>(n, true)
}

/// The workspace [`laqr4`] needs for order `n`.
pub fn laqr4_req<T: Scalar>(n: usize) -> WorkReq {
    laqr_driver_req::<T>(n, false)
}

pub(super) fn laqr_driver_req<T: Scalar>(n: usize, recursive: bool) -> WorkReq {
    if n <= NTINY {
        return WorkReq::EMPTY;
    }
    // Room for the nominal window doubled once (the driver's first answer
    // to a stall) and the nominal shifts; larger windows, which only long
    // stalls ask for, run in what is there (see laqr_driver).
    let nwmax = (2 * iparmq_nw(n)).max(2).min((n - 1) / 3);
    let nsmax = iparmq_ns(n).min((n + 6) / 9);
    let nsmax = nsmax - nsmax % 2;
    let aed = laqr3_req::<T>(n, nwmax, recursive);
    let sweep = laqr5_req::<T>(n, nsmax);
    let inner = if recursive && nsmax > NMIN { laqr_driver_req::<T>(nsmax, false) } else { WorkReq::EMPTY };
    let shifts = WorkReq::new::<T>(nsmax * nsmax).and(inner);
    aed.or(sweep).or(shifts)
}

/// The eigenvalues of the Hessenberg block `h[ilo..ihi, ilo..ihi]` and with
/// `wantt` its Schur form (`?laqr0`): the multishift QR algorithm with
/// aggressive early deflation, whose deflation windows above [`NMIN`] are
/// reduced by [`laqr4`]. Arguments, results and `Err(info)` as for
/// [`lahqr`] (the iteration limit is `30 max(10, ihi - ilo)` sweeps);
/// orders up to 15 go to [`lahqr`]. `work` as [`laqr0_req`] asks; with
/// less, smaller windows and fewer shifts (none: [`lahqr`]).
#[allow(clippy::too_many_arguments)]
pub fn laqr0<T: Scalar>(
    wantt: bool,
    ilo: usize,
    ihi: usize,
    h: MatMut<'_, T>,
    w: &mut [Complex<T::Real>],
    iloz: usize,
    ihiz: usize,
    z: Option<MatMut<'_, T>>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    laqr_driver(true, wantt, ilo, ihi, h, w, iloz, ihiz, z, par, work)
}

/// [`laqr0`] whose deflation windows are always reduced by [`lahqr`]
/// (`?laqr4`, for the windows of [`laqr0`] itself). `work` as [`laqr4_req`] asks.
#[allow(clippy::too_many_arguments)]
pub fn laqr4<T: Scalar>(
    wantt: bool,
    ilo: usize,
    ihi: usize,
    h: MatMut<'_, T>,
    w: &mut [Complex<T::Real>],
    iloz: usize,
    ihiz: usize,
    z: Option<MatMut<'_, T>>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    laqr_driver(false, wantt, ilo, ihi, h, w, iloz, ihiz, z, par, work)
}

#[allow(clippy::too_many_arguments)]
pub(super) fn laqr_driver<T: Scalar>(
    recursive: bool,
    wantt: bool,
    ilo: usize,
    ihi: usize,
    mut h: MatMut<'_, T>,
    w: &mut [Complex<T::Real>],
    iloz: usize,
    ihiz: usize,
    mut z: Option<MatMut<'_, T>>,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    type R<T> = <T as Scalar>::Real;
    let n = h.nrows();
    assert!(h.ncols() == n && ilo <= ihi && ihi <= n && w.len() >= ihi, "laqr0: bad shapes or range");
    if n == 0 || ilo >= ihi {
        return Ok(());
    }
    if n <= NTINY {
        return lahqr(wantt, ilo, ihi, h, w, iloz, ihiz, z);
    }
    let rzero = R::<T>::zero();
    let wilk1 = R::<T>::from_f64(0.75);
    let wilk2 = R::<T>::from_f64(-0.4375);
    // The largest window and shift count whose scratch fits `work` (as the
    // reference shrinks them to its LWORK): with less than the optimum the
    // iteration converges in more, smaller steps; with too little for even
    // two shifts it is lahqr's.
    let cap = work.capacity::<T>();
    let mut nwmax = (n - 1) / 3;
    while nwmax > 2 && laqr3_min(nwmax) > cap {
        nwmax -= 1;
    }
    let shifts_min = |ns: usize| laqr5_min(ns).max(ns * ns);
    let mut nsmax = (n + 6) / 9;
    nsmax -= nsmax % 2;
    while nsmax > 2 && shifts_min(nsmax) > cap {
        nsmax -= 2;
    }
    if laqr3_min(nwmax) > cap || shifts_min(nsmax) > cap {
        return lahqr(wantt, ilo, ihi, h, w, iloz, ihiz, z);
    }
    let nh = ihi - ilo;
    let nwr = iparmq_nw(nh).max(2).min(nh).min(nwmax);
    let nsr = iparmq_ns(nh).min(nsmax).min(nh - 1);
    let nsr = (nsr - nsr % 2).max(2);
    let nmin = NMIN.max(NTINY);
    let mut nw = nwmax;
    let mut ndfl = 1usize;
    let mut ndec: isize = -1;
    let itmax = 30usize.max(2 * KEXSH) * nh.max(10);
    let eig = |x: T| Complex::new(x.re(), x.im());
    // kbot: the last row of the active block (isize: it ends below ilo).
    let mut kbot = ihi as isize - 1;
    for _ in 0..itmax {
        if kbot < ilo as isize {
            return Ok(());
        }
        let kb = kbot as usize;
        let mut ktop = ilo;
        for k in (ilo + 1..=kb).rev() {
            if h.get(k, k - 1) == T::zero() {
                ktop = k;
                break;
            }
        }
        // The deflation window: the nominal size, or the one of the two
        // neighbouring sizes with the smaller subdiagonal entry; without
        // deflations for a while, first larger windows, then smaller ones.
        let nha = kb - ktop + 1;
        let nwupbd = nha.min(nwmax);
        nw = if ndfl < KEXNW { nwupbd.min(nwr) } else { nwupbd.min(2 * nw) };
        if nw < nwmax {
            if nw + 1 >= nha {
                nw = nha;
            } else {
                let kwtop = kb + 1 - nw;
                if h.get(kwtop, kwtop - 1).abs1() > h.get(kwtop - 1, kwtop - 2).abs1() {
                    nw += 1;
                }
            }
        }
        if ndfl < KEXNW {
            ndec = -1;
        } else if ndec >= 0 || nw >= nwupbd {
            ndec += 1;
            if (nw as isize) - ndec < 2 {
                ndec = 0;
            }
            nw -= ndec as usize;
        }
        let aed = laqr3(
            recursive,
            wantt,
            ktop,
            kb,
            nw,
            h.rb_mut(),
            w,
            iloz,
            ihiz,
            z.as_mut().map(|z| z.rb_mut()),
            par,
            work.rb_mut(),
        );
        kbot -= aed.nd as isize;
        let kb = kbot;
        // The shifts from the window are w[ks..=kbot].
        let mut ks = kbot + 1 - aed.ns as isize;
        let active = kbot - ktop as isize + 1;
        if aed.nd == 0 || (100 * aed.nd <= nw * NIBBLE && active > nmin.min(nwmax) as isize) {
            let mut ns = nsmax.min(nsr).min(2.max((kbot - ktop as isize).max(0) as usize));
            ns -= ns % 2;
            let kbu = kb as usize;
            if ndfl.is_multiple_of(KEXSH) {
                // Exceptional shifts.
                ks = kb - ns as isize + 1;
                if T::IS_COMPLEX {
                    let mut i = kb;
                    while i > ks {
                        let iu = i as usize;
                        let s = eig(h.get(iu, iu));
                        let x = wilk1 * h.get(iu, iu - 1).abs1();
                        w[iu] = Complex::new(s.re + x, s.im);
                        w[iu - 1] = w[iu];
                        i -= 2;
                    }
                } else {
                    let mut i = kb;
                    while i >= (ks + 1).max(ktop as isize + 2) {
                        let iu = i as usize;
                        let ss = h.get(iu, iu - 1).abs1() + h.get(iu - 1, iu - 2).abs1();
                        let aa = wilk1 * ss + h.get(iu, iu).re();
                        let r = lanv2(aa, ss, wilk2 * ss, aa);
                        w[iu - 1] = Complex::new(r.rt1r, r.rt1i);
                        w[iu] = Complex::new(r.rt2r, r.rt2i);
                        i -= 2;
                    }
                    if ks == ktop as isize {
                        let k = ks as usize;
                        w[k + 1] = Complex::new(h.get(k + 1, k + 1).re(), rzero);
                        w[k] = w[k + 1];
                    }
                }
            } else {
                if kb - ks < (ns / 2) as isize {
                    // Too few shifts from the window: take the eigenvalues of
                    // a trailing principal submatrix.
                    ks = kb - ns as isize + 1;
                    let k = ks as usize;
                    let (buf, mut inner) = work.take::<T>(ns * ns);
                    let mut hs = MatMut::from_col_major(buf, ns, ns, ns);
                    lacpy(Part::Full, h.rb().submatrix(k, k, ns, ns), hs.rb_mut());
                    let wk = &mut w[k..k + ns];
                    let r = if recursive && ns > nmin {
                        laqr_driver(false, false, 0, ns, hs.rb_mut(), wk, 0, 0, None, par, inner.rb_mut())
                    } else {
                        lahqr(false, 0, ns, hs.rb_mut(), wk, 0, 0, None)
                    };
                    ks += r.err().map_or(0, |e| e.lapack_info() as isize);
                    if ks >= kb {
                        // A rare failure: the trailing 2x2 block's eigenvalues.
                        let (a, b, c, d) =
                            (h.get(kbu - 1, kbu - 1), h.get(kbu - 1, kbu), h.get(kbu, kbu - 1), h.get(kbu, kbu));
                        let (e1, e2) = eig2x2(a, b, c, d);
                        w[kbu - 1] = e1;
                        w[kbu] = e2;
                        ks = kb - 1;
                    }
                }
                let ksu = ks as usize;
                if kb - ks + 1 > ns as isize {
                    // Sort by decreasing modulus; a bubble sort keeps conjugate pairs together.
                    let size = |z: Complex<R<T>>| z.re.abs() + z.im.abs();
                    for k in (ksu + 1..=kbu).rev() {
                        let mut sorted = true;
                        for i in ksu..k {
                            if size(w[i]) < size(w[i + 1]) {
                                sorted = false;
                                w.swap(i, i + 1);
                            }
                        }
                        if sorted {
                            break;
                        }
                    }
                }
                if !T::IS_COMPLEX {
                    // Pairs of reals and conjugate pairs (the pairs are adjacent).
                    let mut i = kbu;
                    while i >= ksu + 2 {
                        if w[i].im != -w[i - 1].im {
                            w[i - 2..=i].rotate_right(1);
                        }
                        i -= 2;
                    }
                }
            }
            // Two shifts: use the better one twice (for a real type only when both are real).
            if kb - ks + 1 == 2 && (T::IS_COMPLEX || w[kbu].im == rzero) {
                let hkk = eig(h.get(kbu, kbu));
                let dist = |z: Complex<R<T>>| (z.re - hkk.re).abs() + (z.im - hkk.im).abs();
                if dist(w[kbu]) < dist(w[kbu - 1]) {
                    w[kbu - 1] = w[kbu];
                } else {
                    w[kbu] = w[kbu - 1];
                }
            }
            let ns = ns.min((kb - ks + 1).max(0) as usize);
            let ns = ns - ns % 2;
            let ks = kbu + 1 - ns;
            laqr5(
                wantt,
                ktop,
                kbu,
                &mut w[ks..=kbu],
                h.rb_mut(),
                iloz,
                ihiz,
                z.as_mut().map(|z| z.rb_mut()),
                par,
                work.rb_mut(),
            );
        }
        ndfl = if aed.nd > 0 { 1 } else { ndfl + 1 };
    }
    Err(Info::from_index(kbot.max(0) as usize))
}

/// The eigenvalues of `[a b; c d]` for the rare fallback shifts.
fn eig2x2<T: Scalar>(a: T, b: T, c: T, d: T) -> (Complex<T::Real>, Complex<T::Real>) {
    if !T::IS_COMPLEX {
        let r = lanv2(a.re(), b.re(), c.re(), d.re());
        return (Complex::new(r.rt1r, r.rt1i), Complex::new(r.rt2r, r.rt2i));
    }
    let s = a.abs1() + b.abs1() + c.abs1() + d.abs1();
    if s == <T::Real as Scalar>::zero() {
        let z = Complex::new(s, s);
        return (z, z);
    }
    let inv = <T::Real as Scalar>::one() / s;
    let (a, b, c, d) = (a.scale_real(inv), b.scale_real(inv), c.scale_real(inv), d.scale_real(inv));
    let tr2 = (a + d).scale_real(<T::Real as RealScalar>::from_f64(0.5));
    let det = (a - tr2) * (d - tr2) - b * c;
    let rtdisc = super::schur::csqrt(-det);
    let (e1, e2) = ((tr2 + rtdisc).scale_real(s), (tr2 - rtdisc).scale_real(s));
    (Complex::new(e1.re(), e1.im()), Complex::new(e2.re(), e2.im()))
}

#[cfg(test)]
#[path = "multishift_tests.rs"]
mod tests;
