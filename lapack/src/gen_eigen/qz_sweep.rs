//! The multishift QZ sweep as a packed chain of small bulges (`?laqz4`
//! real, `?laqz3` complex; Steel and Vandebril, "Small-bulge multishift QZ
//! with aggressive early deflation"), and its one-bulge step (`?laqz2` real,
//! `?laqz1` complex): the generalized counterpart of
//! [`laqr5`](crate::nonsym_eigen)'s chain of bulges.
//!
//! A real type chases double-shift bulges (one per pair of shifts, two
//! positions wide), a complex type single-shift bulges (one position wide).
//! All bulges are introduced at the top of the active block one after the
//! other and packed into a chain, the chain is moved down through windows
//! of `nblock` rows and columns, and finally removed at the bottom one bulge
//! at a time. Inside a window the rotations touch only the window and are
//! accumulated into small orthogonal QC (rows) and ZC (columns); the rest
//! of the pencil and Q, Z are then updated by one matrix product each, so
//! almost all the flops of a sweep are level 3.

#![allow(clippy::too_many_arguments)]

use super::qz::{laqz1, real_block};
use super::{rot_cols, rot_rows};
use ferroblas_kernels::aux::matrix::{lacpy, laset, Part};
use ferroblas_kernels::aux::rotations::lartg;
use ferroblas_kernels::enums::Trans;
use ferroblas_kernels::scalar::{Complex, RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef};
use ferroblas_relapack::level3::Level3;
use ferroblas_relapack::{Par, WorkReq};

/// The positions a bulge of type `T` occupies: two for a real type's
/// double-shift bulge, one for a complex type's single-shift bulge.
const fn bulge_width<T: Scalar>() -> usize {
    if T::IS_COMPLEX {
        1
    } else {
        2
    }
}

/// A matrix receiving the rotations of a bulge step on its columns, whose
/// column 0 stands for pencil index `start` (the whole Q or Z has `start =
/// 0`; a window's QC, ZC the window's first index).
pub struct Acc<'a, T: Scalar> {
    /// The matrix (all its rows are rotated).
    pub m: MatMut<'a, T>,
    /// The pencil index of its column 0.
    pub start: usize,
}

impl<T: Scalar> Acc<'_, T> {
    fn rot(&mut self, j1: usize, j2: usize, c: T::Real, s: T) {
        let n = self.m.nrows();
        rot_cols(&mut self.m, j1 - self.start, j2 - self.start, 0..n, c, s);
    }
}

/// Moves the bulge at position `k` of the Hessenberg-triangular pencil
/// `(a, b)` one position down (`?laqz2` real, `?laqz1` complex; indices
/// 0-based, `ihi` the last row of the active block, inclusive). A real
/// bulge at `k` fills `b(k+1..=k+2, k..=k+1)` below the diagonal and
/// `a(k+2, k)`; a complex one fills `b(k+1, k)`. A bulge at the end of the
/// block (`k + 2 == ihi` real, `k + 1 == ihi` complex) is removed instead.
/// Rotations from the right update rows `istartm..` (to the bulge) of `a`,
/// `b` and the columns of `z`; rotations from the left update columns
/// `..istopm` (exclusive, from the bulge) of `a`, `b` and the columns of `q`
/// (by the conjugate rotation, so that `q` accumulates `Q` with `A = Q S
/// Z^H`).
pub fn laqz_chase<T: Scalar>(
    k: usize,
    istartm: usize,
    istopm: usize,
    ihi: usize,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    mut q: Option<Acc<'_, T>>,
    mut z: Option<Acc<'_, T>>,
) {
    let zero = T::zero();
    let mut right = |a: &mut MatMut<'_, T>, b: &mut MatMut<'_, T>, j1: usize, j2: usize, ar: usize, br: usize, c, s| {
        rot_cols(a, j1, j2, istartm..ar, c, s);
        rot_cols(b, j1, j2, istartm..br, c, s);
        if let Some(z) = z.as_mut() {
            z.rot(j1, j2, c, s);
        }
    };
    let mut left = |a: &mut MatMut<'_, T>, b: &mut MatMut<'_, T>, i: usize, c0: usize, c, s: T| {
        rot_rows(a, i, i + 1, c0..istopm, c, s);
        rot_rows(b, i, i + 1, c0..istopm, c, s);
        if let Some(q) = q.as_mut() {
            q.rot(i, i + 1, c, s.conj());
        }
    };
    if T::IS_COMPLEX {
        if k + 1 == ihi {
            let (c, s, r) = lartg(b.get(ihi, ihi), b.get(ihi, ihi - 1));
            b.set(ihi, ihi, r);
            b.set(ihi, ihi - 1, zero);
            right(&mut a, &mut b, ihi, ihi - 1, ihi + 1, ihi, c, s);
            return;
        }
        let (c, s, r) = lartg(b.get(k + 1, k + 1), b.get(k + 1, k));
        b.set(k + 1, k + 1, r);
        b.set(k + 1, k, zero);
        right(&mut a, &mut b, k + 1, k, k + 3, k + 1, c, s);
        let (c, s, r) = lartg(a.get(k + 1, k), a.get(k + 2, k));
        a.set(k + 1, k, r);
        a.set(k + 2, k, zero);
        left(&mut a, &mut b, k + 1, k + 1, c, s);
        return;
    }
    // The two rotations from the right that zero the first column of the
    // 2x3 block W = b(j+1..=j+2, j..=j+2), j = min(k, ihi - 2): its null
    // vector is unchanged by a rotation of its rows, which makes it upper
    // triangular first; the last two columns of [r11 r12 r13; 0 r22 r23]
    // are then combined to zero r22, and the first two to zero r11.
    let j = k.min(ihi - 2);
    let w = |i: usize, c: usize| b.get(j + 1 + i, j + c);
    let (c0, s0, r11) = lartg(w(0, 0), w(1, 0));
    let rot = |x: T, y: T| (x.scale_real(c0) + s0 * y, y.scale_real(c0) - s0.conj() * x);
    let (r12, r22) = rot(w(0, 1), w(1, 1));
    let (r13, r23) = rot(w(0, 2), w(1, 2));
    let (c1, s1, _) = lartg(r23, r22);
    // Row 1 of the block after the rotation of columns (j+2, j+1).
    let r12 = r12.scale_real(c1) - s1.conj() * r13;
    let (c2, s2, _) = lartg(r12, r11);
    if k + 2 == ihi {
        // The bulge at the end of the block: the rotations above clear
        // column ihi-2 of b, one from the left clears a(ihi, ihi-2) and
        // one from the right the fill it makes in b(ihi, ihi-1).
        right(&mut a, &mut b, ihi, ihi - 1, ihi + 1, ihi + 1, c1, s1);
        right(&mut a, &mut b, ihi - 1, ihi - 2, ihi + 1, ihi + 1, c2, s2);
        b.set(ihi - 1, ihi - 2, zero);
        b.set(ihi, ihi - 2, zero);
        let (c, s, r) = lartg(a.get(ihi - 1, ihi - 2), a.get(ihi, ihi - 2));
        a.set(ihi - 1, ihi - 2, r);
        a.set(ihi, ihi - 2, zero);
        left(&mut a, &mut b, ihi - 1, ihi - 1, c, s);
        let (c, s, r) = lartg(b.get(ihi, ihi), b.get(ihi, ihi - 1));
        b.set(ihi, ihi, r);
        b.set(ihi, ihi - 1, zero);
        right(&mut a, &mut b, ihi, ihi - 1, ihi + 1, ihi, c, s);
        return;
    }
    right(&mut a, &mut b, k + 2, k + 1, k + 4, k + 3, c1, s1);
    right(&mut a, &mut b, k + 1, k, k + 4, k + 3, c2, s2);
    b.set(k + 1, k, zero);
    b.set(k + 2, k, zero);
    // Column k of a now reaches row k+3: two rotations from the left
    // return it to Hessenberg form and move the bulge to k+1.
    let (c1, s1, r) = lartg(a.get(k + 2, k), a.get(k + 3, k));
    a.set(k + 2, k, r);
    a.set(k + 3, k, zero);
    let (c2, s2, r) = lartg(a.get(k + 1, k), a.get(k + 2, k));
    a.set(k + 1, k, r);
    a.set(k + 2, k, zero);
    left(&mut a, &mut b, k + 2, k + 1, c1, s1);
    left(&mut a, &mut b, k + 1, k + 1, c2, s2);
}

/// The workspace [`laqz0`](super::laqz0) carves for a [`laqz_sweep`] on
/// order `n` with windows of order `nblock`: QC, ZC and the products'
/// scratch.
pub fn laqz_sweep_req<T: Scalar>(n: usize, nblock: usize) -> WorkReq {
    WorkReq::new::<T>(nblock * nblock).and(WorkReq::new::<T>(nblock * nblock)).and(WorkReq::new::<T>(n * nblock))
}

/// One multishift QZ sweep on the unreduced Hessenberg-triangular block
/// `ilo..=ihi` (0-based, inclusive) of `(a, b)` with the shifts `alpha[i] /
/// beta[i]` (`?laqz4` real, `?laqz3` complex), as a chain of bulges moved
/// through windows (see the module) of order up to `nblock`, the order of
/// the square `qc` and `zc` (which receive each window's transformations;
/// their contents on return are scratch). A real type pairs its shifts: the
/// complex conjugate pairs must be adjacent; a real shift between them is
/// moved (the slices are reordered) and an odd one left out. `schur`:
/// update whole rows and columns of `a`, `b`, else only the block; `q` / `z`
/// when given are multiplied from the right. The number of shifts is cut
/// to what the block holds. `scratch` holds `n * nblock` elements.
///
/// # Panics
/// If `nblock` is less than the number of shifts used plus one, or
/// `scratch` is short.
pub fn laqz_sweep<T: Scalar>(
    schur: bool,
    ilo: usize,
    ihi: usize,
    alpha: &mut [Complex<T::Real>],
    beta: &mut [T],
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    mut q: Option<MatMut<'_, T>>,
    mut z: Option<MatMut<'_, T>>,
    mut qcm: MatMut<'_, T>,
    mut zcm: MatMut<'_, T>,
    scratch: &mut [T],
    par: Par,
) {
    let n = a.nrows();
    let bw = bulge_width::<T>();
    let nshifts = alpha.len().min(beta.len());
    if nshifts < bw || ihi <= ilo {
        return;
    }
    if !T::IS_COMPLEX {
        // Pairs of real shifts or of complex conjugate shifts.
        let mut i = 0;
        while i + 2 < nshifts {
            if alpha[i].im != -alpha[i + 1].im {
                alpha[i..i + 3].rotate_left(1);
                beta[i..i + 3].rotate_left(1);
            }
            i += 2;
        }
    }
    // The chain needs two rows below it in the block.
    let nh = ihi - ilo + 1;
    let mut ns = nshifts.min(nh.saturating_sub(2));
    ns -= ns % bw;
    if ns == 0 {
        return;
    }
    let nblock = qcm.nrows().min(qcm.ncols()).min(zcm.nrows()).min(zcm.ncols());
    assert!(nblock > ns, "laqz_sweep: QC, ZC must be of order above the number of shifts");
    assert!(scratch.len() >= n * nblock, "laqz_sweep: short scratch");
    let npos = nblock - ns;
    let (istartm, istopm) = if schur { (0, n) } else { (ilo, ihi + 1) };
    let l3 = Level3::new(par);
    let (zero, one) = (T::zero(), T::one());
    let rzero = <T::Real as Scalar>::zero();

    // Introduce the bulges one by one at the top, each chased down just far
    // enough to make room for the next: the chain fills rows ilo..=ilo+ns
    // and columns ilo..ilo+ns.
    {
        let m = ns + 1;
        let mut qc = qcm.rb_mut().submatrix(0, 0, m, m);
        let mut zc = zcm.rb_mut().submatrix(0, 0, ns, ns);
        laset(Part::Full, zero, one, qc.rb_mut());
        laset(Part::Full, zero, one, zc.rb_mut());
        let cols = ilo..ilo + ns;
        for i in 0..ns / bw {
            let s = bw * i;
            if T::IS_COMPLEX {
                let (al, be) = (T::from_parts(alpha[s].re, alpha[s].im), beta[s]);
                let mx = al.abs1().max(be.abs1());
                let (c, sn) = if mx == rzero || !mx.is_finite() {
                    (<T::Real as Scalar>::one(), zero)
                } else {
                    let inv = <T::Real as Scalar>::one() / mx;
                    let (al, be) = (al.scale_real(inv), be.scale_real(inv));
                    let x0 = be * a.get(ilo, ilo) - al * b.get(ilo, ilo);
                    let x1 = be * a.get(ilo + 1, ilo);
                    let (c, sn, _) = lartg(x0, x1);
                    (c, sn)
                };
                rot_rows(&mut a, ilo, ilo + 1, cols.clone(), c, sn);
                rot_rows(&mut b, ilo, ilo + 1, cols.clone(), c, sn);
                rot_cols(&mut qc, 0, 1, 0..m, c, sn.conj());
            } else {
                let (ha, hb) =
                    (real_block(a.rb().submatrix(ilo, ilo, 3, 3)), real_block(b.rb().submatrix(ilo, ilo, 3, 3)));
                let (ha, hb) = (MatRef::from_col_major(&ha, 3, 3, 3), MatRef::from_col_major(&hb, 3, 3, 3));
                let (a1, a2) = (alpha[s], alpha[s + 1]);
                let mut v = laqz1(ha, hb, a1.re, a2.re, a1.im, beta[s].re(), beta[s + 1].re());
                if !v.iter().all(|x| x.is_finite()) {
                    v = [<T::Real as Scalar>::one(), rzero, rzero];
                }
                let (c1, s1, v1) = lartg(v[1], v[2]);
                let (c2, s2, _) = lartg(v[0], v1);
                let (s1, s2) = (T::from_real(s1), T::from_real(s2));
                rot_rows(&mut a, ilo + 1, ilo + 2, cols.clone(), c1, s1);
                rot_rows(&mut a, ilo, ilo + 1, cols.clone(), c2, s2);
                rot_rows(&mut b, ilo + 1, ilo + 2, cols.clone(), c1, s1);
                rot_rows(&mut b, ilo, ilo + 1, cols.clone(), c2, s2);
                rot_cols(&mut qc, 1, 2, 0..m, c1, s1);
                rot_cols(&mut qc, 0, 1, 0..m, c2, s2);
            }
            for p in ilo..ilo + ns - bw * (i + 1) {
                laqz_chase(
                    p,
                    ilo,
                    ilo + ns,
                    ihi,
                    a.rb_mut(),
                    b.rb_mut(),
                    Some(Acc { m: qc.rb_mut(), start: ilo }),
                    Some(Acc { m: zc.rb_mut(), start: ilo }),
                );
            }
        }
        let mut x = Rest { l3: &l3, istartm, istopm, a: a.rb_mut(), b: b.rb_mut(), scratch: &mut *scratch };
        x.left(qc.rb(), ilo, ilo + ns, q.as_mut().map(|m| m.rb_mut()));
        x.right(zc.rb(), ilo, ilo, z.as_mut().map(|m| m.rb_mut()));
    }

    // Move the chain down, up to npos positions per window: the window's
    // rows are k+1..=k+nb, its columns k..k+nb.
    let mut k = ilo;
    while k + ns < ihi {
        let np = (ihi - ns - k).min(npos);
        let nb = ns + np;
        let mut qc = qcm.rb_mut().submatrix(0, 0, nb, nb);
        let mut zc = zcm.rb_mut().submatrix(0, 0, nb, nb);
        laset(Part::Full, zero, one, qc.rb_mut());
        laset(Part::Full, zero, one, zc.rb_mut());
        // The bottom bulge first, each np positions.
        for i in 0..ns / bw {
            let start = k + ns - bw * (i + 1);
            for p in start..start + np {
                laqz_chase(
                    p,
                    k + 1,
                    k + nb,
                    ihi,
                    a.rb_mut(),
                    b.rb_mut(),
                    Some(Acc { m: qc.rb_mut(), start: k + 1 }),
                    Some(Acc { m: zc.rb_mut(), start: k }),
                );
            }
        }
        let mut x = Rest { l3: &l3, istartm, istopm, a: a.rb_mut(), b: b.rb_mut(), scratch: &mut *scratch };
        x.left(qc.rb(), k + 1, k + nb, q.as_mut().map(|m| m.rb_mut()));
        x.right(zc.rb(), k, k + 1, z.as_mut().map(|m| m.rb_mut()));
        k += np;
    }

    // Remove the bulges at the bottom, the lowest first: rows
    // ihi-ns+1..=ihi, columns ihi-ns..=ihi.
    {
        let (r0, c0) = (ihi + 1 - ns, ihi - ns);
        let m = ns + 1;
        let mut qc = qcm.rb_mut().submatrix(0, 0, ns, ns);
        let mut zc = zcm.rb_mut().submatrix(0, 0, m, m);
        laset(Part::Full, zero, one, qc.rb_mut());
        laset(Part::Full, zero, one, zc.rb_mut());
        for i in 0..ns / bw {
            for p in ihi - bw * (i + 1)..=ihi - bw {
                laqz_chase(
                    p,
                    r0,
                    ihi + 1,
                    ihi,
                    a.rb_mut(),
                    b.rb_mut(),
                    Some(Acc { m: qc.rb_mut(), start: r0 }),
                    Some(Acc { m: zc.rb_mut(), start: c0 }),
                );
            }
        }
        let mut x = Rest { l3: &l3, istartm, istopm, a: a.rb_mut(), b: b.rb_mut(), scratch: &mut *scratch };
        x.left(qc.rb(), r0, ihi + 1, q.as_mut().map(|m| m.rb_mut()));
        x.right(zc.rb(), c0, r0, z.as_mut().map(|m| m.rb_mut()));
    }
}

/// The part of a pencil outside a window, updated by the window's
/// accumulated transformations (rows `istartm..`, columns `..istopm`).
struct Rest<'a, 'b, T: Scalar> {
    l3: &'b Level3,
    istartm: usize,
    istopm: usize,
    a: MatMut<'a, T>,
    b: MatMut<'a, T>,
    scratch: &'b mut [T],
}

impl<T: Scalar> Rest<'_, '_, T> {
    /// Rows `r0..r0 + m` (`m` the order of `qw`), columns `cfrom..istopm`
    /// of the pencil by `qw^H` from the left, and columns `r0..r0 + m` of
    /// `q` by `qw` from the right.
    fn left(&mut self, qw: MatRef<'_, T>, r0: usize, cfrom: usize, q: Option<MatMut<'_, T>>) {
        let (zero, one) = (T::zero(), T::one());
        let m = qw.nrows();
        if self.istopm > cfrom {
            let nc = self.istopm - cfrom;
            for x in [&mut self.a, &mut self.b] {
                let mut w = MatMut::from_col_major(&mut self.scratch[..m * nc], m, nc, m);
                self.l3.gemm(
                    Trans::ConjTrans,
                    Trans::No,
                    one,
                    qw,
                    x.rb().submatrix(r0, cfrom, m, nc),
                    zero,
                    w.rb_mut(),
                );
                lacpy(Part::Full, w.rb(), x.rb_mut().submatrix(r0, cfrom, m, nc));
            }
        }
        if let Some(q) = q {
            cols_times(self.l3, q, r0, qw, self.scratch);
        }
    }

    /// Columns `c0..c0 + m` (`m` the order of `zw`), rows `istartm..rto`
    /// of the pencil by `zw` from the right, and the same columns of `z`.
    fn right(&mut self, zw: MatRef<'_, T>, c0: usize, rto: usize, z: Option<MatMut<'_, T>>) {
        let (zero, one) = (T::zero(), T::one());
        let m = zw.nrows();
        if rto > self.istartm {
            let nr = rto - self.istartm;
            for x in [&mut self.a, &mut self.b] {
                let mut w = MatMut::from_col_major(&mut self.scratch[..nr * m], nr, m, nr);
                self.l3.gemm(
                    Trans::No,
                    Trans::No,
                    one,
                    x.rb().submatrix(self.istartm, c0, nr, m),
                    zw,
                    zero,
                    w.rb_mut(),
                );
                lacpy(Part::Full, w.rb(), x.rb_mut().submatrix(self.istartm, c0, nr, m));
            }
        }
        if let Some(z) = z {
            cols_times(self.l3, z, c0, zw, self.scratch);
        }
    }
}

/// Columns `c0..c0 + m` of `x` times the `m x m` matrix `w`.
pub(super) fn cols_times<T: Scalar>(l3: &Level3, mut x: MatMut<'_, T>, c0: usize, w: MatRef<'_, T>, scratch: &mut [T]) {
    let (nr, m) = (x.nrows(), w.nrows());
    if nr == 0 || m == 0 {
        return;
    }
    let mut wv = MatMut::from_col_major(&mut scratch[..nr * m], nr, m, nr);
    l3.gemm(Trans::No, Trans::No, T::one(), x.rb().submatrix(0, c0, nr, m), w, T::zero(), wv.rb_mut());
    lacpy(Part::Full, wv.rb(), x.rb_mut().submatrix(0, c0, nr, m));
}
