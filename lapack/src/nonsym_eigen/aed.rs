//! Aggressive early deflation (`?laqr2`, `?laqr3`; Braman, Byers and
//! Mathias, part II).
//!
//! The trailing `jw x jw` window of the active block is reduced to Schur
//! form `T = V^H H_w V`; the subdiagonal entry `s` left of the window then
//! becomes the spike `s V^H e_1`. Eigenvalues at the bottom of T whose spike
//! entries are negligible deflate; the others are moved up out of the way
//! (they become the next sweep's shifts). Finally the spike is reflected
//! back and the window returned to Hessenberg form, and the transformation
//! is applied to the rest of H and to Z with matrix-matrix products.

#![allow(clippy::needless_range_loop)] // indices address matrix rows, columns and vectors alike

use super::hessenberg::{gehrd, gehrd_req, ormhr, ormhr_req};
use super::multishift::{laqr_driver, laqr_driver_req, NMIN};
use super::reorder::trexc;
use super::schur::{lahqr, lanv2};
use super::sweep::rows_times;
use crate::householder::{larf, larfg};
use ferroblas_kernels::aux::matrix::{lacpy, laset, Part};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::enums::{Side, Trans};
use ferroblas_kernels::scalar::{Complex, RealScalar, Scalar};
use ferroblas_kernels::{MatMut, VecMut};
use ferroblas_relapack::level3::Level3;
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// The workspace [`laqr3`] needs for order `n` and windows up to `nw`
/// (`recursive`: the window's Schur form may use [`laqr4`](super::laqr4)).
pub fn laqr3_req<T: Scalar>(n: usize, nw: usize, recursive: bool) -> WorkReq {
    let nw = nw.max(1);
    let schur = if recursive && nw > NMIN { laqr_driver_req::<T>(nw, false) } else { WorkReq::EMPTY };
    let steps = gehrd_req::<T>(nw).or(ormhr_req::<T>(Side::Right, nw, nw, 0, nw)).or(WorkReq::new::<T>(nw)).or(schur);
    // T, V, tau and the spike, then the steps, then the products' scratch.
    WorkReq::new::<T>(nw * nw)
        .and(WorkReq::new::<T>(nw * nw))
        .and(WorkReq::new::<T>(nw))
        .and(WorkReq::new::<T>(nw))
        .and(steps.or(WorkReq::new::<T>(n.max(nw).min(PANEL.max(nw)) * nw)))
}

/// The rows of H and Z the window's transformation is applied to at a
/// time, at most: the products run as fast in panels this tall as in one.
pub(super) const PANEL: usize = 256;

/// The least workspace, in elements of `T`, that [`laqr3`] runs in with a
/// window of order `nw`: T, V, tau and the spike, and `nw` more for the
/// unblocked Hessenberg steps (the window's Schur form by [`laqr4`]
/// (super::laqr4) shrinks to what is left) and one row of the products.
/// Every array has `T::Real`'s alignment, so an aligned buffer needs no
/// padding between them.
pub(super) fn laqr3_min(nw: usize) -> usize {
    if nw <= 1 {
        return 0;
    }
    2 * nw * nw + 3 * nw
}

/// What [`laqr3`] found: `ns` shifts (the undeflatable eigenvalues of the
/// window, in `w[kbot + 1 - nd - ns..kbot + 1 - nd]`) and `nd` deflated
/// eigenvalues (in `w[kbot + 1 - nd..=kbot]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Aed {
    /// The number of shifts.
    pub ns: usize,
    /// The number of deflations.
    pub nd: usize,
}

/// Aggressive early deflation on the trailing `nw x nw` window of the
/// active block `ktop..=kbot` of `h` (`?laqr3`; with `recursive` false,
/// `?laqr2`: the window's Schur form always by [`lahqr`], else by
/// [`laqr4`](super::laqr4) above [`NMIN`]). The deflated part of the window
/// is left in Schur form, the rest returned to Hessenberg form; `wantt` and
/// `z` (rows `iloz..ihiz`) as in [`lahqr`].
#[allow(clippy::too_many_arguments)]
pub fn laqr3<T: Scalar>(
    recursive: bool,
    wantt: bool,
    ktop: usize,
    kbot: usize,
    nw: usize,
    mut h: MatMut<'_, T>,
    w: &mut [Complex<T::Real>],
    iloz: usize,
    ihiz: usize,
    mut z: Option<MatMut<'_, T>>,
    par: Par,
    mut work: Workspace<'_>,
) -> Aed {
    type R<T> = <T as Scalar>::Real;
    let n = h.nrows();
    let rzero = R::<T>::zero();
    let zero = T::zero();
    if ktop > kbot || nw < 1 {
        return Aed { ns: 0, nd: 0 };
    }
    let safmin = lamch::<R<T>>(Machine::SafeMin);
    let ulp = lamch::<R<T>>(Machine::Precision);
    let smlnum = safmin * (R::<T>::from_f64(n as f64) / ulp);
    let jw = nw.min(kbot - ktop + 1);
    let kwtop = kbot + 1 - jw;
    let mut s = if kwtop == ktop { zero } else { h.get(kwtop, kwtop - 1) };
    let eig = |x: T| Complex::new(x.re(), x.im());
    if jw == 1 {
        w[kwtop] = eig(h.get(kwtop, kwtop));
        if s.abs1() <= smlnum.max(ulp * h.get(kwtop, kwtop).abs1()) {
            if kwtop > ktop {
                h.set(kwtop, kwtop - 1, zero);
            }
            return Aed { ns: 0, nd: 1 };
        }
        return Aed { ns: 1, nd: 0 };
    }
    let (tbuf, mut work) = work.take::<T>(jw * jw);
    let (vbuf, mut work) = work.take::<T>(jw * jw);
    let (tau, mut work) = work.take::<T>(jw);
    let (spike, mut work) = work.take::<T>(jw);
    let mut t = MatMut::from_col_major(tbuf, jw, jw, jw);
    let mut v = MatMut::from_col_major(vbuf, jw, jw, jw);
    // The window, Hessenberg (zero below the subdiagonal), and its Schur form.
    lacpy(Part::Upper, h.rb().submatrix(kwtop, kwtop, jw, jw), t.rb_mut());
    for i in 0..jw - 1 {
        t.set(i + 1, i, h.get(kwtop + i + 1, kwtop + i));
    }
    laset(Part::Full, zero, T::one(), v.rb_mut());
    let wwin = &mut w[kwtop..kwtop + jw];
    let r = if recursive && jw > NMIN {
        laqr_driver(false, true, 0, jw, t.rb_mut(), wwin, 0, jw, Some(v.rb_mut()), par, work.rb_mut())
    } else {
        lahqr(true, 0, jw, t.rb_mut(), wwin, 0, jw, Some(v.rb_mut()))
    };
    // Rows and columns 0..infqr did not converge (rare): left as they are.
    let infqr = r.err().map_or(0, |e| e.lapack_info() as usize);
    // trexc needs a clean margin below the subdiagonal.
    for j in 0..jw.saturating_sub(3) {
        t.set(j + 2, j, zero);
        t.set(j + 3, j, zero);
    }
    if jw > 2 {
        t.set(jw - 1, jw - 3, zero);
    }
    let pair_at =
        |t: &MatMut<'_, T>, i: usize, limit: usize| !T::IS_COMPLEX && i + 1 < limit && t.get(i + 1, i) != zero;
    // The modulus of the eigenvalue(s) of the block starting at i.
    let block_size = |t: &MatMut<'_, T>, i: usize, two: bool| {
        let d = t.get(i, i).abs1();
        if two {
            d + t.get(i + 1, i).abs1().sqrt() * t.get(i, i + 1).abs1().sqrt()
        } else {
            d
        }
    };
    // Deflation detection: test the spike at the bottom block.
    let mut ns = jw;
    let mut ilst = infqr;
    while ilst < ns {
        let bulge = ns > 1 && pair_at(&t, ns - 2, jw);
        if !bulge {
            let mut size = t.get(ns - 1, ns - 1).abs1();
            if size == rzero {
                size = s.abs1();
            }
            if s.abs1() * v.get(0, ns - 1).abs1() <= smlnum.max(ulp * size) {
                ns -= 1;
            } else {
                // Undeflatable: move it up (a 1x1 swap cannot fail).
                let mut ifst = ns - 1;
                let _ = trexc(t.rb_mut(), Some(v.rb_mut()), &mut ifst, &mut ilst);
                ilst += 1;
            }
        } else {
            let mut size = block_size(&t, ns - 2, true);
            if size == rzero {
                size = s.abs1();
            }
            let tip = (s.abs1() * v.get(0, ns - 1).abs1()).max(s.abs1() * v.get(0, ns - 2).abs1());
            if tip <= smlnum.max(ulp * size) {
                ns -= 2;
            } else {
                // trexc leaves ilst right on a failed exchange too.
                let mut ifst = ns - 1;
                let _ = trexc(t.rb_mut(), Some(v.rb_mut()), &mut ifst, &mut ilst);
                ilst += 2;
            }
        }
    }
    if ns == 0 {
        s = zero;
    }
    if ns < jw {
        // Sort the undeflated blocks by decreasing modulus (helps graded
        // matrices); a bubble sort copes with refused exchanges.
        let next = |t: &MatMut<'_, T>, i: usize| if pair_at(t, i, ns) { i + 2 } else { i + 1 };
        let mut i = ns;
        let mut sorted = false;
        while !sorted {
            sorted = true;
            let kend = i as isize - 1;
            i = infqr;
            let mut k = next(&t, i);
            while k as isize <= kend {
                let evi = block_size(&t, i, k == i + 2);
                let evk = block_size(&t, k, k as isize != kend && pair_at(&t, k, ns));
                if evi >= evk {
                    i = k;
                } else {
                    sorted = false;
                    let (mut ifst, mut il) = (i, k);
                    i = match trexc(t.rb_mut(), Some(v.rb_mut()), &mut ifst, &mut il) {
                        Ok(()) => il,
                        Err(_) => k,
                    };
                }
                k = if i as isize == kend { i + 1 } else { next(&t, i) };
            }
        }
    }
    // The eigenvalues (and shifts) from T.
    let mut i = jw as isize - 1;
    while i >= infqr as isize {
        let iu = i as usize;
        if iu == infqr || T::IS_COMPLEX || t.get(iu, iu - 1) == zero {
            w[kwtop + iu] = eig(t.get(iu, iu));
            i -= 1;
        } else {
            let r =
                lanv2(t.get(iu - 1, iu - 1).re(), t.get(iu - 1, iu).re(), t.get(iu, iu - 1).re(), t.get(iu, iu).re());
            w[kwtop + iu - 1] = Complex::new(r.rt1r, r.rt1i);
            w[kwtop + iu] = Complex::new(r.rt2r, r.rt2i);
            i -= 2;
        }
    }
    if ns < jw || s == zero {
        let reflect = ns > 1 && s != zero;
        if reflect {
            // Reflect the spike s conj(V[0, 0..ns]) onto e_1.
            for j in 0..ns {
                spike[j] = v.get(0, j).conj();
            }
            let mut beta = spike[0];
            let tspike = larfg(&mut beta, VecMut::from_slice(&mut spike[1..ns]));
            spike[0] = T::one();
            laset(Part::Lower, zero, zero, t.rb_mut().submatrix(2, 0, jw - 2, jw - 2));
            let (scratch, _) = work.take::<T>(jw);
            let x = ferroblas_kernels::VecRef::from_slice(&spike[..ns]);
            larf(Side::Left, x, tspike.conj(), t.rb_mut().submatrix(0, 0, ns, jw), scratch);
            larf(Side::Right, x, tspike, t.rb_mut().submatrix(0, 0, ns, ns), scratch);
            larf(Side::Right, x, tspike, v.rb_mut().submatrix(0, 0, jw, ns), scratch);
            gehrd(0, ns, t.rb_mut(), &mut tau[..jw - 1], par, work.rb_mut());
        }
        if kwtop > 0 {
            h.set(kwtop, kwtop - 1, s * v.get(0, 0).conj());
        }
        lacpy(Part::Upper, t.rb(), h.rb_mut().submatrix(kwtop, kwtop, jw, jw));
        for i in 0..jw - 1 {
            h.set(kwtop + i + 1, kwtop + i, t.get(i + 1, i));
        }
        if reflect {
            ormhr(
                Side::Right,
                Trans::No,
                0,
                ns,
                t.rb().submatrix(0, 0, ns, ns),
                &tau[..ns - 1],
                v.rb_mut().submatrix(0, 0, jw, ns),
                par,
                work.rb_mut(),
            );
        }
        let l3 = Level3::new(par);
        let one = T::one();
        let ltop = if wantt { 0 } else { ktop };
        // The products' scratch: all that is left, up to n x jw; a shorter
        // one (down to one row) splits them into panels.
        let tlen = work.capacity::<T>().min(n.max(jw).min(PANEL.max(jw)) * jw);
        let (wvbuf, _) = work.take::<T>(tlen);
        assert!(tlen >= jw, "laqr3: workspace below laqr3_min");
        if kwtop > ltop {
            rows_times(&l3, h.rb_mut(), ltop..kwtop, kwtop, v.rb(), wvbuf);
        }
        if wantt && kbot + 1 < n {
            let step = tlen / jw;
            for c in (kbot + 1..n).step_by(step) {
                let nc = step.min(n - c);
                let mut wh = MatMut::from_col_major(&mut wvbuf[..jw * nc], jw, nc, jw);
                l3.gemm(
                    Trans::ConjTrans,
                    Trans::No,
                    one,
                    v.rb(),
                    h.rb().submatrix(kwtop, c, jw, nc),
                    zero,
                    wh.rb_mut(),
                );
                lacpy(Part::Full, wh.rb(), h.rb_mut().submatrix(kwtop, c, jw, nc));
            }
        }
        if let Some(z) = z.as_mut() {
            if ihiz > iloz {
                rows_times(&l3, z.rb_mut(), iloz..ihiz, kwtop, v.rb(), wvbuf);
            }
        }
    }
    Aed { ns: ns - infqr, nd: jw - ns }
}
