//! The multishift QZ algorithm with aggressive early deflation (`?laqz0`;
//! Steel and Vandebril, "Small-bulge multishift QZ with aggressive early
//! deflation"), the generalized counterpart of
//! [`laqr0`](crate::nonsym_eigen::laqr0).
//!
//! Each iteration first deflates infinite eigenvalues (negligible diagonal
//! elements of T, chased to the top of the active block), then runs
//! aggressive early deflation ([`laqz_aed`], `?laqz3` real / `?laqz2`
//! complex) on a trailing window: the window is reduced to generalized
//! Schur form (by this routine one level down, by [`hgeqz`] below
//! [`NMIN`]), the eigenvalues whose spike entries are negligible deflate,
//! the others are moved up by [`tgexc`] and become the shifts of the next
//! sweep; the window with its spike is returned to Hessenberg-triangular
//! form by [`gghrd`], and the window's transformations reach the rest of
//! the pencil and Q, Z through matrix products. When the window deflated
//! little, a sweep chases the shifts through the active block (one bulge
//! per shift, per pair for real types). [`hgeqz`] finishes: it normalizes
//! the blocks, sets the eigenvalues and iterates on whatever is left.

#![allow(clippy::needless_range_loop)] // indices address matrix rows, columns and vectors alike
#![allow(clippy::too_many_arguments)]

use super::qz::lag2;
use super::qz_sweep::{laqz_sweep, laqz_sweep_req};
use super::{gghrd, hgeqz, rot_cols, rot_rows, tgexc};
use crate::nonsym_eigen::{iparmq_ns, iparmq_nw, SchurJob, NIBBLE};
use crate::sylvester::small::cdiv;
use crate::sym_eigen::tridiagonal::Compz;
use crate::Info;
use ferroblas_kernels::aux::matrix::{lacpy, laset, Part};
use ferroblas_kernels::aux::rotations::lartg;
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::enums::Trans;
use ferroblas_kernels::scalar::{Complex, RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef};
use ferroblas_relapack::level3::Level3;
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// Below this order [`laqz0`] hands the pencil to [`hgeqz`] (`?iparmq`'s
/// NMIN, ISPEC = 12); active blocks below it are deflated by one window.
pub const NMIN: usize = 75;

/// Exceptional shifts every this many sweeps without deflation.
const KEXSH: usize = 6;

/// The largest deflation window [`laqz0`] opens on a pencil of order `n`.
fn max_window(n: usize) -> usize {
    ((n.saturating_sub(1)) / 3).max(NMIN).min(n)
}

/// The workspace [`laqz0`] needs for order `n` at recursion level `rec`
/// (nothing where it calls [`hgeqz`] directly: `n <` [`NMIN`] or `rec >= 2`).
pub fn laqz0_req<T: Scalar>(n: usize, rec: usize) -> WorkReq {
    if n < NMIN || rec >= 2 {
        return WorkReq::EMPTY;
    }
    // The AED and the sweep run one after the other.
    laqz_aed_req::<T>(n, max_window(n), rec).or(laqz_sweep_req::<T>(n, sweep_block(max_shifts(n))))
}

/// An upper bound on the shifts of one sweep of [`laqz0`] on order `n`.
fn max_shifts(n: usize) -> usize {
    ((n + 6) / 9).max(2)
}

/// The window order of a sweep with `ns` shifts: the chain moves `ns`
/// positions per window, which balances the rotations inside the window
/// against the matrix products outside it.
fn sweep_block(ns: usize) -> usize {
    2 * ns + 1
}

/// The workspace [`laqz_aed`] needs for order `n`, windows up to `nw` and
/// recursion level `rec`.
pub fn laqz_aed_req<T: Scalar>(n: usize, nw: usize, rec: usize) -> WorkReq {
    let nw = nw.min(n).max(1);
    // QC, ZC; the saved window (then the restoring Q2, Z2 of order nw + 1);
    // the product scratch; the window's own QZ.
    WorkReq::new::<T>(2 * nw * nw)
        .and(WorkReq::new::<T>(2 * (nw + 1) * (nw + 1)))
        .and(WorkReq::new::<T>(n.max(nw + 1) * (nw + 1)))
        .and(laqz0_req::<T>(nw, rec + 1))
}

/// Rotations of rows and columns of a pencil and of its Q and Z.
struct Pencil<'a, T: Scalar> {
    h: MatMut<'a, T>,
    t: MatMut<'a, T>,
    q: Option<MatMut<'a, T>>,
    z: Option<MatMut<'a, T>>,
}

impl<T: Scalar> Pencil<'_, T> {
    /// Rows `i, i+1` of H (columns `hc`) and T (columns `tc`) by `[c s; -conj(s) c]`; Q's columns.
    fn rows(&mut self, i: usize, hc: core::ops::Range<usize>, tc: core::ops::Range<usize>, c: T::Real, s: T) {
        rot_rows(&mut self.h, i, i + 1, hc, c, s);
        rot_rows(&mut self.t, i, i + 1, tc, c, s);
        if let Some(q) = self.q.as_mut() {
            let n = q.nrows();
            rot_cols(q, i, i + 1, 0..n, c, s.conj());
        }
    }

    /// Columns `j1, j2` of H (rows `hr`) and T (rows `tr`) and of Z.
    fn cols(
        &mut self,
        j1: usize,
        j2: usize,
        hr: core::ops::Range<usize>,
        tr: core::ops::Range<usize>,
        c: T::Real,
        s: T,
    ) {
        rot_cols(&mut self.h, j1, j2, hr, c, s);
        rot_cols(&mut self.t, j1, j2, tr, c, s);
        if let Some(z) = self.z.as_mut() {
            let n = z.nrows();
            rot_cols(z, j1, j2, 0..n, c, s);
        }
    }
}

/// The generalized Schur form of the Hessenberg-triangular pencil `(H, T)`
/// by the multishift QZ algorithm with aggressive early deflation
/// (`?laqz0`): the same results as [`hgeqz`] (whose arguments these are),
/// `H = Q S Z^H`, `T = Q P Z^H`, eigenvalues `alpha / beta`. `rec` is the
/// recursion level (0 on the first call): the deflation windows of level 1
/// use this routine again, level 2 and orders below [`NMIN`] go to
/// [`hgeqz`]. `work` as [`laqz0_req`] asks.
///
/// `Err(info)` as for [`hgeqz`] (from the final [`hgeqz`] pass).
pub fn laqz0<T: Scalar>(
    job: SchurJob,
    compq: Compz,
    compz: Compz,
    ilo: usize,
    ihi: usize,
    mut h: MatMut<'_, T>,
    mut t: MatMut<'_, T>,
    alpha: &mut [Complex<T::Real>],
    beta: &mut [T],
    mut q: MatMut<'_, T>,
    mut z: MatMut<'_, T>,
    rec: usize,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    type R<T> = <T as Scalar>::Real;
    let n = h.nrows();
    assert!(h.ncols() == n && t.nrows() == n && t.ncols() == n, "laqz0: H and T must be square of one order");
    assert!(ilo <= ihi && ihi <= n && alpha.len() >= n && beta.len() >= n, "laqz0: bad range or short alpha/beta");
    if n < NMIN || rec >= 2 {
        return hgeqz(job, compq, compz, ilo, ihi, h, t, alpha, beta, q, z);
    }
    if compq == Compz::Init {
        laset(Part::Full, T::zero(), T::one(), q.rb_mut().submatrix(0, 0, n, n));
    }
    if compz == Compz::Init {
        laset(Part::Full, T::zero(), T::one(), z.rb_mut().submatrix(0, 0, n, n));
    }
    let schur = job == SchurJob::Schur;
    let (wantq, wantz) = (compq != Compz::None, compz != Compz::None);
    let upd = |c: Compz| if c == Compz::None { Compz::None } else { Compz::Update };
    let (cq, cz) = (upd(compq), upd(compz));
    if ihi < ilo + 2 {
        return hgeqz(job, cq, cz, ilo, ihi, h, t, alpha, beta, q, z);
    }
    let safmin = lamch::<R<T>>(Machine::SafeMin);
    let ulp = lamch::<R<T>>(Machine::Precision);
    let smlnum = safmin * (R::<T>::from_f64(n as f64) / ulp);
    let zero = R::<T>::zero();
    let nh = ihi - ilo;
    let nwr = iparmq_nw(nh).max(2).min(nh).min((n - 1) / 3);
    let nsr = iparmq_ns(nh).min((n + 6) / 9).min(nh - 1);
    let nsr = (nsr - nsr % 2).max(2);
    // Inclusive bounds of the active block.
    let (mut istart, mut istop) = (ilo, ihi - 1);
    let maxit = 3 * nh;
    let mut ld = 0usize;
    let mut eshift = T::zero();
    let small = |x: T, a: T, b: T| x.abs1() <= smlnum.max(ulp * (a.abs1() + b.abs1()));
    for _ in 0..maxit {
        if istart + 1 >= istop {
            break;
        }
        // Deflations at the end and at the start of the active block.
        if small(h.get(istop - 1, istop - 2), h.get(istop - 1, istop - 1), h.get(istop - 2, istop - 2)) {
            h.set(istop - 1, istop - 2, T::zero());
            istop -= 2;
            (ld, eshift) = (0, T::zero());
        } else if small(h.get(istop, istop - 1), h.get(istop, istop), h.get(istop - 1, istop - 1)) {
            h.set(istop, istop - 1, T::zero());
            istop -= 1;
            (ld, eshift) = (0, T::zero());
        }
        if istart + 2 <= istop
            && small(h.get(istart + 2, istart + 1), h.get(istart + 1, istart + 1), h.get(istart + 2, istart + 2))
        {
            h.set(istart + 2, istart + 1, T::zero());
            istart += 2;
            (ld, eshift) = (0, T::zero());
        } else if istart < istop
            && small(h.get(istart + 1, istart), h.get(istart, istart), h.get(istart + 1, istart + 1))
        {
            h.set(istart + 1, istart, T::zero());
            istart += 1;
            (ld, eshift) = (0, T::zero());
        }
        if istart + 1 >= istop {
            break;
        }
        // The top of the bottom unreduced block.
        let mut istart2 = istart;
        for k in (istart + 1..=istop).rev() {
            if small(h.get(k, k - 1), h.get(k, k), h.get(k - 1, k - 1)) {
                h.set(k, k - 1, T::zero());
                istart2 = k;
                break;
            }
        }
        let (istartm, istopm) = if schur { (0, n) } else { (istart2, istop + 1) };
        // Infinite eigenvalues: a negligible T(k, k) is chased to the top of
        // the block, where it splits off (unblocked; rare in practice).
        let mut k = istop as isize;
        while k >= istart2 as isize {
            let ku = k as usize;
            let mut tnb = zero;
            if ku < istop {
                tnb += t.get(ku, ku + 1).abs1();
            }
            if ku > istart2 {
                tnb += t.get(ku - 1, ku).abs1();
            }
            if t.get(ku, ku).abs1() < smlnum.max(ulp * tnb) {
                let mut p = Pencil {
                    h: h.rb_mut(),
                    t: t.rb_mut(),
                    q: if wantq { Some(q.rb_mut()) } else { None },
                    z: if wantz { Some(z.rb_mut()) } else { None },
                };
                for k2 in (istart2 + 1..=ku).rev() {
                    let (c, s, r) = lartg(p.t.get(k2 - 1, k2), p.t.get(k2 - 1, k2 - 1));
                    p.t.set(k2 - 1, k2, r);
                    p.t.set(k2 - 1, k2 - 1, T::zero());
                    p.cols(k2, k2 - 1, istartm..(k2 + 1).min(istop) + 1, istartm..k2 - 1, c, s);
                    if k2 < istop {
                        let (c, s, r) = lartg(p.h.get(k2, k2 - 1), p.h.get(k2 + 1, k2 - 1));
                        p.h.set(k2, k2 - 1, r);
                        p.h.set(k2 + 1, k2 - 1, T::zero());
                        p.rows(k2, k2..istopm, k2..istopm, c, s);
                    }
                }
                if istart2 < istop {
                    let (c, s, r) = lartg(p.h.get(istart2, istart2), p.h.get(istart2 + 1, istart2));
                    p.h.set(istart2, istart2, r);
                    p.h.set(istart2 + 1, istart2, T::zero());
                    p.rows(istart2, istart2 + 1..istopm, istart2 + 1..istopm, c, s);
                }
                istart2 += 1;
            }
            k -= 1;
        }
        if istart2 >= istop {
            // Everything left of the bottom block deflated (1x1 or empty).
            if istart2 == 0 {
                break;
            }
            istop = istart2 - 1;
            (ld, eshift) = (0, T::zero());
            continue;
        }
        let mut nw = nwr;
        if istop - istart2 + 1 < NMIN {
            // A small block: one window deflates it all (the rest of the
            // rows and columns updated by matrix products).
            if istop - istart + 1 < NMIN {
                nw = istop - istart + 1;
                istart2 = istart;
            } else {
                nw = istop - istart2 + 1;
            }
        }
        let aed = laqz_aed(
            schur,
            istart2,
            istop,
            nw,
            h.rb_mut(),
            t.rb_mut(),
            if wantq { Some(q.rb_mut()) } else { None },
            if wantz { Some(z.rb_mut()) } else { None },
            alpha,
            beta,
            rec,
            par,
            work.rb_mut(),
        );
        if aed.nd > istop {
            break;
        }
        if aed.nd > 0 {
            istop -= aed.nd;
            (ld, eshift) = (0, T::zero());
        }
        if 100 * aed.nd > NIBBLE * (aed.nd + aed.ns) || istop + 1 < istart2 + NMIN {
            // Many deflations: run the window again before any sweep.
            continue;
        }
        ld += 1;
        let mut ns = nsr.min(istop - istart2).min(aed.ns);
        let shiftpos = istop + 1 - aed.ns;
        if ld.is_multiple_of(KEXSH) && aed.ns >= 2 {
            // An exceptional shift, to break a cycle.
            let mx = R::<T>::from_f64(maxit as f64);
            let (sub, diag) = (h.get(istop, istop - 1), t.get(istop - 1, istop - 1));
            if (mx * safmin) * sub.abs1() < diag.abs1() {
                eshift = cdiv(sub, diag);
            } else {
                eshift += T::from_real(R::<T>::one() / (safmin * mx));
            }
            alpha[shiftpos] = Complex::new(R::<T>::one(), zero);
            alpha[shiftpos + 1] = Complex::new(zero, zero);
            beta[shiftpos] = eshift;
            beta[shiftpos + 1] = eshift;
            ns = 2;
        }
        let nb = sweep_block(ns);
        let (qcb, mut w) = work.take::<T>(nb * nb);
        let (zcb, mut w) = w.take::<T>(nb * nb);
        let (scratch, _) = w.take::<T>(n * nb);
        laqz_sweep(
            schur,
            istart2,
            istop,
            &mut alpha[shiftpos..shiftpos + ns],
            &mut beta[shiftpos..shiftpos + ns],
            h.rb_mut(),
            t.rb_mut(),
            if wantq { Some(q.rb_mut()) } else { None },
            if wantz { Some(z.rb_mut()) } else { None },
            MatMut::from_col_major(qcb, nb, nb, nb),
            MatMut::from_col_major(zcb, nb, nb, nb),
            scratch,
            par,
        );
    }
    // Normalize the blocks and set the eigenvalues (iterating on whatever
    // did not converge above).
    hgeqz(job, cq, cz, ilo, ihi, h, t, alpha, beta, q, z)
}

/// What [`laqz_aed`] found: `ns` shifts (the undeflatable eigenvalues of the
/// window, `alpha / beta` at `ihi + 1 - nd - ns..ihi + 1 - nd`) and `nd`
/// deflated eigenvalues (at `ihi + 1 - nd..=ihi`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QzAed {
    /// The number of shifts.
    pub ns: usize,
    /// The number of deflations.
    pub nd: usize,
}

/// Aggressive early deflation on the trailing window of order
/// `min(nw, ihi - ilo + 1)` of the unreduced active block `ilo..=ihi`
/// (inclusive) of the Hessenberg-triangular pencil `(h, t)` (`?laqz3` real,
/// `?laqz2` complex): the window's generalized Schur form (by [`laqz0`] at
/// level `rec + 1`), the deflation test on the spike, [`tgexc`] moving the
/// undeflatable eigenvalues up, [`gghrd`] returning the window with its
/// spike to Hessenberg-triangular form, and the window's transformations
/// applied to the rest of the pencil (whole rows and columns with `schur`,
/// else the block) and to `q`, `z` by matrix products. The window's
/// eigenvalues are written to `alpha` / `beta`. `work` as [`laqz_aed_req`]
/// asks.
pub fn laqz_aed<T: Scalar>(
    schur: bool,
    ilo: usize,
    ihi: usize,
    nw: usize,
    mut h: MatMut<'_, T>,
    mut t: MatMut<'_, T>,
    mut q: Option<MatMut<'_, T>>,
    mut z: Option<MatMut<'_, T>>,
    alpha: &mut [Complex<T::Real>],
    beta: &mut [T],
    rec: usize,
    par: Par,
    mut work: Workspace<'_>,
) -> QzAed {
    type R<T> = <T as Scalar>::Real;
    let n = h.nrows();
    let (zero, one) = (T::zero(), T::one());
    if ilo > ihi || nw == 0 {
        return QzAed { ns: 0, nd: 0 };
    }
    let safmin = lamch::<R<T>>(Machine::SafeMin);
    let ulp = lamch::<R<T>>(Machine::Precision);
    let smlnum = safmin * (R::<T>::from_f64(n as f64) / ulp);
    let jw = nw.min(ihi - ilo + 1);
    let kwtop = ihi + 1 - jw;
    let s = if kwtop == ilo { zero } else { h.get(kwtop, kwtop - 1) };
    let eig = |x: T| Complex::new(x.re(), x.im());
    if jw == 1 {
        alpha[kwtop] = eig(h.get(kwtop, kwtop));
        beta[kwtop] = t.get(kwtop, kwtop);
        if s.abs1() <= smlnum.max(ulp * h.get(kwtop, kwtop).abs1()) {
            if kwtop > ilo {
                h.set(kwtop, kwtop - 1, zero);
            }
            return QzAed { ns: 0, nd: 1 };
        }
        return QzAed { ns: 1, nd: 0 };
    }
    let (qbuf, mut work) = work.take::<T>(jw * jw);
    let (zbuf, mut work) = work.take::<T>(jw * jw);
    let m1 = jw + 1;
    let (sabuf, mut work) = work.take::<T>(m1 * m1);
    let (sbbuf, mut work) = work.take::<T>(m1 * m1);
    let (wvbuf, mut work) = work.take::<T>(n.max(m1) * m1);
    let mut qc = MatMut::from_col_major(qbuf, jw, jw, jw);
    let mut zc = MatMut::from_col_major(zbuf, jw, jw, jw);
    // The window, kept for a convergence failure of its QZ.
    {
        let mut sa = MatMut::from_col_major(&mut sabuf[..jw * jw], jw, jw, jw);
        lacpy(Part::Full, h.rb().submatrix(kwtop, kwtop, jw, jw), sa.rb_mut());
        let mut sb = MatMut::from_col_major(&mut sbbuf[..jw * jw], jw, jw, jw);
        lacpy(Part::Full, t.rb().submatrix(kwtop, kwtop, jw, jw), sb.rb_mut());
    }
    laset(Part::Full, zero, one, qc.rb_mut());
    laset(Part::Full, zero, one, zc.rb_mut());
    let r = laqz0(
        SchurJob::Schur,
        Compz::Update,
        Compz::Update,
        0,
        jw,
        h.rb_mut().submatrix(kwtop, kwtop, jw, jw),
        t.rb_mut().submatrix(kwtop, kwtop, jw, jw),
        &mut alpha[kwtop..kwtop + jw],
        &mut beta[kwtop..kwtop + jw],
        qc.rb_mut(),
        zc.rb_mut(),
        rec + 1,
        par,
        work.rb_mut(),
    );
    if let Err(e) = r {
        // Restore the window; its eigenvalues info..jw (0-based) are valid.
        let sa = MatRef::from_col_major(&sabuf[..jw * jw], jw, jw, jw);
        lacpy(Part::Full, sa, h.rb_mut().submatrix(kwtop, kwtop, jw, jw));
        let sb = MatRef::from_col_major(&sbbuf[..jw * jw], jw, jw, jw);
        lacpy(Part::Full, sb, t.rb_mut().submatrix(kwtop, kwtop, jw, jw));
        return QzAed { ns: jw - (e.lapack_info() as usize).min(jw), nd: 0 };
    }
    // A real type's 2x2 block ends at window row i.
    let pair_end = |h: &MatMut<'_, T>, i: usize| !T::IS_COMPLEX && i >= 1 && h.get(kwtop + i, kwtop + i - 1) != zero;
    // Deflation detection from the bottom (window coordinates); kwbot is
    // one past the last undeflated row.
    let mut kwbot = jw;
    if kwtop != ilo && s != zero {
        let mut k = 0;
        let mut k2 = 0;
        while k < jw && kwbot > 0 {
            let b = kwbot - 1;
            if kwbot >= 2 && pair_end(&h, b) {
                let mut size = h.get(kwtop + b, kwtop + b).abs1()
                    + h.get(kwtop + b, kwtop + b - 1).abs1().sqrt() * h.get(kwtop + b - 1, kwtop + b).abs1().sqrt();
                if size == R::<T>::zero() {
                    size = s.abs1();
                }
                let tip = (s * qc.get(0, b - 1)).abs1().max((s * qc.get(0, b)).abs1());
                if tip <= smlnum.max(ulp * size) {
                    kwbot -= 2;
                } else {
                    let (mut ifst, mut ilst) = (b - 1, k2);
                    let _ = tgexc(
                        true,
                        true,
                        h.rb_mut().submatrix(kwtop, kwtop, jw, jw),
                        t.rb_mut().submatrix(kwtop, kwtop, jw, jw),
                        qc.rb_mut(),
                        zc.rb_mut(),
                        &mut ifst,
                        &mut ilst,
                    );
                    k2 += 2;
                }
                k += 2;
            } else {
                let mut size = h.get(kwtop + b, kwtop + b).abs1();
                if size == R::<T>::zero() {
                    size = s.abs1();
                }
                if (s * qc.get(0, b)).abs1() <= smlnum.max(ulp * size) {
                    kwbot -= 1;
                } else {
                    let (mut ifst, mut ilst) = (b, k2);
                    let _ = tgexc(
                        true,
                        true,
                        h.rb_mut().submatrix(kwtop, kwtop, jw, jw),
                        t.rb_mut().submatrix(kwtop, kwtop, jw, jw),
                        qc.rb_mut(),
                        zc.rb_mut(),
                        &mut ifst,
                        &mut ilst,
                    );
                    k2 += 1;
                }
                k += 1;
            }
        }
    } else {
        kwbot = 0;
    }
    let nd = jw - kwbot;
    let ns = jw - nd;
    // The window's eigenvalues (the first ns are the next shifts).
    let mut i = 0;
    while i < jw {
        let k = kwtop + i;
        if i + 1 < jw && pair_end(&h, i + 1) {
            let hb = [h.get(k, k).re(), h.get(k + 1, k).re(), h.get(k, k + 1).re(), h.get(k + 1, k + 1).re()];
            let tb = [t.get(k, k).re(), t.get(k + 1, k).re(), t.get(k, k + 1).re(), t.get(k + 1, k + 1).re()];
            let e = lag2(MatRef::from_col_major(&hb, 2, 2, 2), MatRef::from_col_major(&tb, 2, 2, 2), safmin);
            alpha[k] = Complex::new(e.wr1, e.wi);
            alpha[k + 1] = Complex::new(e.wr2, -e.wi);
            beta[k] = T::from_real(e.scale1);
            beta[k + 1] = T::from_real(e.scale2);
            i += 2;
        } else {
            alpha[k] = eig(h.get(k, k));
            beta[k] = t.get(k, k);
            i += 1;
        }
    }
    let (istartm, istopm) = if schur { (0, n) } else { (ilo, ihi + 1) };
    let l3 = Level3::new(par);
    // The spike s QC^H e1 (its deflated entries are negligible: zero).
    if kwtop > ilo {
        for i in 0..jw {
            let v = if i < ns { s * qc.get(0, i).conj() } else { zero };
            h.set(kwtop + i, kwtop - 1, v);
        }
    }
    apply_window(
        &l3,
        kwtop,
        jw,
        istartm,
        istopm,
        qc.rb(),
        zc.rb(),
        h.rb_mut(),
        t.rb_mut(),
        q.as_mut().map(|x| x.rb_mut()),
        z.as_mut().map(|x| x.rb_mut()),
        wvbuf,
    );
    if kwtop > ilo && s != zero && ns > 1 {
        // Back to Hessenberg-triangular form: the spike column and the
        // undeflated part of the window, by Givens rotations.
        let e = kwtop - 1;
        let m = ns + 1;
        let mut q2 = MatMut::from_col_major(&mut sabuf[..m * m], m, m, m);
        let mut z2 = MatMut::from_col_major(&mut sbbuf[..m * m], m, m, m);
        gghrd(
            Compz::Init,
            Compz::Init,
            0,
            m,
            h.rb_mut().submatrix(e, e, m, m),
            t.rb_mut().submatrix(e, e, m, m),
            q2.rb_mut(),
            z2.rb_mut(),
        );
        apply_window(
            &l3,
            e,
            m,
            istartm,
            istopm,
            q2.rb(),
            z2.rb(),
            h.rb_mut(),
            t.rb_mut(),
            q.as_mut().map(|x| x.rb_mut()),
            z.as_mut().map(|x| x.rb_mut()),
            wvbuf,
        );
    }
    QzAed { ns, nd }
}

/// Applies the transformations `(qw, zw)` of the diagonal block `k..k + m`
/// (already applied inside it) to the rest of the pencil, columns
/// `k + m..istopm` from the left by `qw^H`, rows `istartm..k` from the
/// right by `zw`, and to the columns `k..k + m` of `q`, `z`.
fn apply_window<T: Scalar>(
    l3: &Level3,
    k: usize,
    m: usize,
    istartm: usize,
    istopm: usize,
    qw: MatRef<'_, T>,
    zw: MatRef<'_, T>,
    h: MatMut<'_, T>,
    t: MatMut<'_, T>,
    q: Option<MatMut<'_, T>>,
    z: Option<MatMut<'_, T>>,
    scratch: &mut [T],
) {
    let (zero, one) = (T::zero(), T::one());
    let (mut h, mut t) = (h, t);
    if istopm > k + m {
        let nc = istopm - k - m;
        for mut x in [h.rb_mut(), t.rb_mut()] {
            let mut wh = MatMut::from_col_major(&mut scratch[..m * nc], m, nc, m);
            l3.gemm(Trans::ConjTrans, Trans::No, one, qw, x.rb().submatrix(k, k + m, m, nc), zero, wh.rb_mut());
            lacpy(Part::Full, wh.rb(), x.rb_mut().submatrix(k, k + m, m, nc));
        }
    }
    if k > istartm {
        let nr = k - istartm;
        for mut x in [h.rb_mut(), t.rb_mut()] {
            let mut wv = MatMut::from_col_major(&mut scratch[..nr * m], nr, m, nr);
            l3.gemm(Trans::No, Trans::No, one, x.rb().submatrix(istartm, k, nr, m), zw, zero, wv.rb_mut());
            lacpy(Part::Full, wv.rb(), x.rb_mut().submatrix(istartm, k, nr, m));
        }
    }
    for (x, w) in [(q, qw), (z, zw)] {
        if let Some(mut x) = x {
            let nr = x.nrows();
            if nr == 0 {
                continue;
            }
            let mut wv = MatMut::from_col_major(&mut scratch[..nr * m], nr, m, nr);
            l3.gemm(Trans::No, Trans::No, one, x.rb().submatrix(0, k, nr, m), w, zero, wv.rb_mut());
            lacpy(Part::Full, wv.rb(), x.rb_mut().submatrix(0, k, nr, m));
        }
    }
}
