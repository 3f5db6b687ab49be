//! The small-bulge multishift QR sweep (`?laqr5`) and the first column of
//! its shift polynomial (`?laqr1`).
//!
//! A sweep chases a chain of bulges, each carrying two shifts (a real
//! type's pair is two real shifts or a complex conjugate pair, so that the
//! arithmetic stays real; a complex type's two shifts are arbitrary), down
//! the diagonal of the active block. Each bulge is a 3-element reflector;
//! the bulges sit three columns apart so the chain stays tightly packed. The
//! reflectors of one stretch of the chase act near the diagonal only and are
//! accumulated in a small orthogonal (unitary) U; the far-from-diagonal parts
//! of H and Z are then updated by one matrix-matrix product each, which is
//! where nearly all of the flops go.

#![allow(clippy::needless_range_loop)] // indices address matrix rows, columns and vectors alike

use super::aed::PANEL;
use crate::householder::larfg;
use ferroblas_kernels::aux::matrix::{lacpy, laset, Part};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::enums::Trans;
use ferroblas_kernels::scalar::{Complex, RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef, VecMut};
use ferroblas_relapack::level3::Level3;
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// A multiple of the first column of `(H - s1 I)(H - s2 I)` for the leading
/// `n x n` block (`n` = 2 or 3) of `h` (`?laqr1`), scaled to avoid over- and
/// underflow. For a real `T` the shifts must be two reals or a conjugate
/// pair (the product is then real). Entries beyond `n` are zero.
pub fn laqr1<T: Scalar>(h: MatRef<'_, T>, n: usize, s1: Complex<T::Real>, s2: Complex<T::Real>) -> [T; 3] {
    assert!((n == 2 || n == 3) && h.nrows() >= n && h.ncols() >= n, "laqr1: n must be 2 or 3");
    let zero = <T::Real as Scalar>::zero();
    let h11 = h.get(0, 0);
    let h21 = h.get(1, 0);
    let h31 = if n == 3 { h.get(2, 0) } else { T::zero() };
    // (h11 - s2) as a complex number, for the scale.
    let d2 = Complex::new(h11.re() - s2.re, h11.im() - s2.im);
    let s = d2.re.abs() + d2.im.abs() + h21.abs1() + h31.abs1();
    if s == zero {
        return [T::zero(); 3];
    }
    let inv = <T::Real as Scalar>::one() / s;
    let (h21s, h31s) = (h21.scale_real(inv), h31.scale_real(inv));
    // (h11 - s1)(h11 - s2) / s; a real type keeps the real part, which is
    // the whole product for real or conjugate shifts.
    let d1 = Complex::new(h11.re() - s1.re, h11.im() - s1.im);
    let prod =
        T::from_parts(d1.re * (d2.re * inv) - d1.im * (d2.im * inv), d1.re * (d2.im * inv) + d1.im * (d2.re * inv));
    let trace = h11 - T::from_parts(s1.re + s2.re, s1.im + s2.im);
    if n == 2 {
        let h12 = h.get(0, 1);
        let h22 = h.get(1, 1);
        [prod + h21s * h12, h21s * (trace + h22), T::zero()]
    } else {
        let (h12, h13) = (h.get(0, 1), h.get(0, 2));
        let (h22, h23) = (h.get(1, 1), h.get(1, 2));
        let (h32, h33) = (h.get(2, 1), h.get(2, 2));
        [prod + h12 * h21s + h13 * h31s, h21s * (trace + h22) + h23 * h31s, h31s * (trace + h33) + h21s * h32]
    }
}

/// The workspace [`laqr5`] needs for order `n` (H, or the rows of Z if more)
/// and up to `nshifts` shifts.
pub fn laqr5_req<T: Scalar>(n: usize, nshifts: usize) -> WorkReq {
    let nb = nshifts / 2;
    if nb == 0 {
        return WorkReq::EMPTY;
    }
    let kdu = 6 * nb - 3;
    WorkReq::new::<T>(kdu * kdu).and(WorkReq::new::<[T; 3]>(nb + 1)).and(WorkReq::new::<T>(kdu * n.clamp(1, PANEL)))
}

/// The least workspace, in elements of `T`, that [`laqr5`] runs in with
/// `nshifts` shifts: U, the reflectors and one column (row) of the product
/// scratch, through which the far-from-diagonal updates then go a column
/// (row) at a time. Every array has `T::Real`'s alignment, so an aligned
/// buffer needs no padding between them.
pub(super) fn laqr5_min(nshifts: usize) -> usize {
    let nb = nshifts / 2;
    if nb == 0 {
        return 0;
    }
    let kdu = 6 * nb - 3;
    kdu * kdu + 3 * (nb + 1) + kdu
}

/// `x -= conj(tau) v (v^H x)` on the `len` (2 or 3) entries of `x`, the
/// reflector `[tau, v1, v2]` from the left on one column.
#[inline(always)]
fn left3<T: Scalar>(x: &mut [T], v: &[T; 3], len: usize) {
    let (tau, v1, v2) = (v[0].conj(), v[1], v[2]);
    if len == 3 {
        let sum = tau * (x[0] + v1.conj() * x[1] + v2.conj() * x[2]);
        x[0] -= sum;
        x[1] -= sum * v1;
        x[2] -= sum * v2;
    } else {
        let sum = tau * (x[0] + v1.conj() * x[1]);
        x[0] -= sum;
        x[1] -= sum * v1;
    }
}

/// Applies `I - tau v v^H` (`v = [1, v1, v2]`, `len` = 2 or 3 entries) from
/// the left to rows `r..r+len` of columns `cols` of `a`.
fn refl_left<T: Scalar>(a: &mut MatMut<'_, T>, v: &[T; 3], len: usize, r: usize, cols: std::ops::Range<usize>) {
    for j in cols {
        if let Some(col) = a.col_slice_mut(j) {
            left3(&mut col[r..r + len], v, len);
        } else {
            let mut x = [T::zero(); 3];
            for i in 0..len {
                x[i] = a.get(r + i, j);
            }
            left3(&mut x, v, len);
            for i in 0..len {
                a.set(r + i, j, x[i]);
            }
        }
    }
}

/// Applies `I - tau v v^H` from the right to columns `c..c+len` of rows
/// `rows` of `a`.
fn refl_right<T: Scalar>(a: &mut MatMut<'_, T>, v: &[T; 3], len: usize, c: usize, rows: std::ops::Range<usize>) {
    let (tau, v1, v2) = (v[0], v[1], v[2]);
    let (w1, w2) = (v1.conj(), v2.conj());
    let m = a.nrows();
    let sub = a.rb_mut().submatrix(0, c, m, len);
    let (mut x0, rest) = sub.split_at_col(1);
    let (mut x1, mut x2) = rest.split_at_col(1);
    if len == 3 {
        if let (Some(p), Some(q), Some(r)) = (x0.col_slice_mut(0), x1.col_slice_mut(0), x2.col_slice_mut(0)) {
            let (p, q, r) = (&mut p[rows.clone()], &mut q[rows.clone()], &mut r[rows]);
            for ((a0, a1), a2) in p.iter_mut().zip(q.iter_mut()).zip(r.iter_mut()) {
                let sum = tau * (*a0 + v1 * *a1 + v2 * *a2);
                *a0 -= sum;
                *a1 -= sum * w1;
                *a2 -= sum * w2;
            }
            return;
        }
    } else if let (Some(p), Some(q)) = (x0.col_slice_mut(0), x1.col_slice_mut(0)) {
        let (p, q) = (&mut p[rows.clone()], &mut q[rows]);
        for (a0, a1) in p.iter_mut().zip(q.iter_mut()) {
            let sum = tau * (*a0 + v1 * *a1);
            *a0 -= sum;
            *a1 -= sum * w1;
        }
        return;
    }
    for i in rows {
        if len == 3 {
            let sum = tau * (x0.get(i, 0) + v1 * x1.get(i, 0) + v2 * x2.get(i, 0));
            x0.set(i, 0, x0.get(i, 0) - sum);
            x1.set(i, 0, x1.get(i, 0) - sum * w1);
            x2.set(i, 0, x2.get(i, 0) - sum * w2);
        } else {
            let sum = tau * (x0.get(i, 0) + v1 * x1.get(i, 0));
            x0.set(i, 0, x0.get(i, 0) - sum);
            x1.set(i, 0, x1.get(i, 0) - sum * w1);
        }
    }
}

/// A reflector `[tau, v1, v2]` from `x` (`len` entries): `H^H x = beta e1`;
/// returns it and `beta`. The norm is taken directly (no scaled sum of
/// squares for two entries); [`larfg`] handles the cases near underflow.
#[inline]
fn reflector<T: Scalar>(x: [T; 3], len: usize) -> ([T; 3], T) {
    type R<T> = <T as Scalar>::Real;
    let zero = R::<T>::zero();
    let sq = |z: T| z.re() * z.re() + z.im() * z.im();
    let alpha = x[0];
    let xs = if len == 3 { sq(x[1]) + sq(x[2]) } else { sq(x[1]) };
    let ss = sq(alpha) + xs;
    let (ar, ai) = (alpha.re(), alpha.im());
    // The plain sum of squares is accurate unless it over- or underflows
    // (terms below MIN_POSITIVE are then below eps relative to the sum).
    let safe = lamch::<R<T>>(Machine::SafeMin) / lamch::<R<T>>(Machine::Precision);
    if ss.partial_cmp(&safe).is_none_or(|o| o.is_lt()) || !ss.is_finite() {
        let mut b = alpha;
        let mut tail = [x[1], x[2]];
        let tau = larfg(&mut b, VecMut::from_slice(&mut tail[..len - 1]));
        return ([tau, tail[0], if len == 3 { tail[1] } else { T::zero() }], b);
    }
    if xs == zero && ai == zero {
        return ([T::zero(), x[1], x[2]], alpha);
    }
    let beta = -ss.sqrt().copysign(ar);
    let tau = T::from_parts((beta - ar) / beta, -ai / beta);
    let scale = T::one() / (alpha - T::from_real(beta));
    let v2 = if len == 3 { x[2] * scale } else { T::zero() };
    ([tau, x[1] * scale, v2], T::from_real(beta))
}

/// One small-bulge multishift QR sweep over the active block
/// `ktop..=kbot` of the Hessenberg matrix `h` (`?laqr5`), with the shifts
/// `shifts` (an even number is used; a real type's shifts are first
/// shuffled into pairs of reals and conjugate pairs, which must be
/// adjacent). With `wantt` the rows and columns outside the block are
/// updated too, so that the full Schur form can be accumulated; with `z`,
/// its rows `iloz..ihiz` are multiplied by the transformations. Subdiagonal
/// entries that become negligible on the way are set to zero (vigilant
/// deflation).
#[allow(clippy::too_many_arguments)]
pub fn laqr5<T: Scalar>(
    wantt: bool,
    ktop: usize,
    kbot: usize,
    shifts: &mut [Complex<T::Real>],
    mut h: MatMut<'_, T>,
    iloz: usize,
    ihiz: usize,
    mut z: Option<MatMut<'_, T>>,
    par: Par,
    mut work: Workspace<'_>,
) {
    type R<T> = <T as Scalar>::Real;
    let n = h.nrows();
    let nshifts = shifts.len();
    if nshifts < 2 || ktop >= kbot {
        return;
    }
    if !T::IS_COMPLEX {
        // Pair the shifts: real with real, conjugate with conjugate.
        let mut i = 0;
        while i + 2 < nshifts {
            if shifts[i].im != -shifts[i + 1].im {
                shifts[i..i + 3].rotate_left(1);
            }
            i += 2;
        }
    }
    let ns = nshifts - nshifts % 2;
    let safmin = lamch::<R<T>>(Machine::SafeMin);
    let ulp = lamch::<R<T>>(Machine::Precision);
    let smlnum = safmin * (R::<T>::from_f64(n as f64) / ulp);
    let zero = T::zero();
    if ktop + 2 <= kbot {
        h.set(ktop + 2, ktop, zero);
    }
    let nb = ns / 2;
    let kdu = 6 * nb - 3;
    let (ubuf, mut work) = work.take::<T>(kdu * kdu);
    let zrows = if z.is_some() { ihiz - iloz } else { 0 };
    assert!(zrows <= n, "laqr5: more rows of Z than the order of H");
    let (v, mut work) = work.take::<[T; 3]>(nb + 1);
    // The products' scratch: all that is left, up to kdu x n; a shorter one
    // (down to one column of U's order) splits the products into panels.
    let tlen = work.capacity::<T>().min(kdu * n.clamp(1, PANEL));
    let (tmp, _) = work.take::<T>(tlen);
    assert!(tlen >= kdu, "laqr5: workspace below laqr5_min");
    let l3 = Level3::new(par);
    let (ktop_i, kbot_i) = (ktop as isize, kbot as isize);
    let nb_i = nb as isize;
    let mut incol = ktop_i - 1 - 3 * (nb_i - 1);
    while incol <= kbot_i - 2 {
        let ndcol = incol + kdu as isize;
        let mut u = MatMut::from_col_major(&mut ubuf[..], kdu, kdu, kdu);
        laset(Part::Full, zero, T::one(), u.rb_mut());
        // H index of U's row/column 0.
        let ubase = incol + 1;
        // Rows of U at or below ucols_end are still those of the identity,
        // outside every column a reflector has touched so far.
        let mut ucols_end = 0usize;
        let krend = (incol + 3 * nb_i - 3).min(kbot_i - 2);
        for krcol in incol..=krend {
            // Bulges mtop..mend are active; bulge m's reflector acts on rows
            // and columns k+1..=k+3 with k = krcol + 3 m.
            let mtop = ((ktop_i - krcol + 1).max(0) / 3) as usize;
            let mend = (nb as isize).min((kbot_i - krcol) / 3) as usize;
            let m22 = mend;
            let bmp22 = mend < nb && krcol + 3 * m22 as isize == kbot_i - 2;
            for m in mtop..mend {
                let k = krcol + 3 * m as isize;
                if k == ktop_i - 1 {
                    let x = laqr1(h.rb().submatrix(ktop, ktop, 3, 3), 3, shifts[2 * m], shifts[2 * m + 1]);
                    v[m] = reflector(x, 3).0;
                } else {
                    let k = k as usize;
                    let (refl, beta) = reflector([h.get(k + 1, k), h.get(k + 2, k), h.get(k + 3, k)], 3);
                    v[m] = refl;
                    if h.get(k + 3, k) != zero || h.get(k + 3, k + 1) != zero || h.get(k + 3, k + 2) == zero {
                        h.set(k + 1, k, beta);
                        h.set(k + 2, k, zero);
                        h.set(k + 3, k, zero);
                    } else {
                        // The bulge collapsed (vigilant deflation or
                        // underflow): try a fresh one from the shifts, kept
                        // only when its fill below the subdiagonal is negligible.
                        let x = laqr1(h.rb().submatrix(k + 1, k + 1, 3, 3), 3, shifts[2 * m], shifts[2 * m + 1]);
                        let (vt, _) = reflector(x, 3);
                        let refsum = vt[0].conj() * (h.get(k + 1, k) + vt[1].conj() * h.get(k + 2, k));
                        let fill = (h.get(k + 2, k) - refsum * vt[1]).abs1() + (refsum * vt[2]).abs1();
                        let near = h.get(k, k).abs1() + h.get(k + 1, k + 1).abs1() + h.get(k + 2, k + 2).abs1();
                        if fill > ulp * near {
                            h.set(k + 1, k, beta);
                        } else {
                            h.set(k + 1, k, h.get(k + 1, k) - refsum);
                            v[m] = vt;
                        }
                        h.set(k + 2, k, zero);
                        h.set(k + 3, k, zero);
                    }
                }
            }
            // A 2x2 reflector for the last bulge when only two rows are left.
            let k22 = krcol + 3 * m22 as isize;
            if bmp22 {
                if k22 == ktop_i - 1 {
                    let k = (k22 + 1) as usize;
                    let x = laqr1(h.rb().submatrix(k, k, 2, 2), 2, shifts[2 * m22], shifts[2 * m22 + 1]);
                    v[m22] = reflector(x, 2).0;
                } else {
                    let k = k22 as usize;
                    let (refl, beta) = reflector([h.get(k + 1, k), h.get(k + 2, k), zero], 2);
                    v[m22] = refl;
                    h.set(k + 1, k, beta);
                    h.set(k + 2, k, zero);
                }
            }
            // From the left, on the columns near the diagonal.
            let jbot = ndcol.min(kbot_i) as usize;
            let jstart = ktop.max(krcol.max(0) as usize);
            for j in jstart..=jbot {
                // Reflector m touches column j when j >= k + 1.
                let mlast = mend.min(((j as isize - krcol + 2) / 3) as usize);
                let first = (krcol + 3 * mtop as isize + 1) as usize;
                if let Some(col) = h.col_slice_mut(j) {
                    for (m, r) in (mtop..mlast).zip((first..).step_by(3)) {
                        left3(&mut col[r..r + 3], &v[m], 3);
                    }
                } else {
                    for (m, r) in (mtop..mlast).zip((first..).step_by(3)) {
                        refl_left(&mut h, &v[m], 3, r, j..j + 1);
                    }
                }
            }
            if bmp22 {
                let k = k22;
                let j0 = ktop.max((k + 1) as usize);
                refl_left(&mut h, &v[m22], 2, (k + 1) as usize, j0..jbot + 1);
            }
            // From the right, on the rows near the diagonal, and into U.
            let jtop = ktop.max(incol.max(0) as usize);
            let urow0 = (ktop_i - incol - 1).max(0) as usize;
            let lowest =
                if bmp22 { Some((m22, 2)) } else { mend.checked_sub(1).filter(|&m| m >= mtop).map(|m| (m, 3)) };
            if let Some((m, len)) = lowest {
                ucols_end = ucols_end.max((krcol - incol) as usize + 3 * m + len).min(kdu);
            }
            let right = |h: &mut MatMut<'_, T>, u: &mut MatMut<'_, T>, m: usize, len: usize| {
                if v[m][0] == zero {
                    return;
                }
                let k = krcol + 3 * m as isize;
                let c = (k + 1) as usize;
                refl_right(h, &v[m], len, c, jtop..kbot.min(c + 2) + 1);
                let kms = (k - incol) as usize;
                // Bulge m's columns hold nothing above row 3 m: the bulges
                // before it have not reached them yet.
                refl_right(u, &v[m], len, kms, urow0.max(3 * m)..ucols_end);
            };
            for m in mtop..mend {
                right(&mut h, &mut u, m, 3);
            }
            if bmp22 {
                right(&mut h, &mut u, m22, 2);
            }
            // Vigilant deflation check (Ahues and Tisseur's criterion too).
            let mut mstart = mtop as isize;
            if krcol + 3 * mstart < ktop_i {
                mstart += 1;
            }
            let mut mlast = mend as isize - 1;
            if bmp22 {
                mlast += 1;
            }
            if krcol == kbot_i - 2 {
                mlast += 1;
            }
            for m in mstart..=mlast {
                let k = (kbot_i - 1).min(krcol + 3 * m) as usize;
                deflate_check(&mut h, k, ktop, kbot, smlnum, ulp);
            }
            // Fill in the last row of each bulge (delayed for the check above).
            let mfill = nb.min(((kbot_i - krcol - 1) / 3) as usize);
            for m in mtop..mfill {
                // Row r + 3 of the reflector's columns r..r+3 (r = k + 1).
                let r = (krcol + 3 * m as isize + 1) as usize;
                let refsum = v[m][0] * v[m][2] * h.get(r + 3, r + 2);
                h.set(r + 3, r, -refsum);
                h.set(r + 3, r + 1, -refsum * v[m][1].conj());
                h.set(r + 3, r + 2, h.get(r + 3, r + 2) - refsum * v[m][2].conj());
            }
        }
        // The far-from-diagonal updates with the accumulated U.
        let k1 = (ktop_i - incol - 1).max(0) as usize;
        let nu = kdu - (ndcol - kbot_i).max(0) as usize - k1;
        let hrow = (ubase + k1 as isize) as usize;
        let ublk = u.rb().submatrix(k1, k1, nu, nu);
        let (jtop, jbot) = if wantt { (0, n) } else { (ktop, kbot + 1) };
        let c0 = (ndcol.min(kbot_i) + 1) as usize;
        if jbot > c0 && nu > 0 {
            let step = tmp.len() / nu;
            for c in (c0..jbot).step_by(step) {
                let nc = step.min(jbot - c);
                let mut wh = MatMut::from_col_major(&mut tmp[..nu * nc], nu, nc, nu);
                l3.gemm(
                    Trans::ConjTrans,
                    Trans::No,
                    T::one(),
                    ublk,
                    h.rb().submatrix(hrow, c, nu, nc),
                    zero,
                    wh.rb_mut(),
                );
                lacpy(Part::Full, wh.rb(), h.rb_mut().submatrix(hrow, c, nu, nc));
            }
        }
        let r1 = ktop.max(incol.max(0) as usize);
        if r1 > jtop && nu > 0 {
            rows_times(&l3, h.rb_mut(), jtop..r1, hrow, ublk, tmp);
        }
        if let Some(z) = z.as_mut() {
            if zrows > 0 && nu > 0 {
                rows_times(&l3, z.rb_mut(), iloz..ihiz, hrow, ublk, tmp);
            }
        }
        incol += 3 * nb_i - 2;
    }
}

/// `A[rows, col..col + k] := A[rows, col..col + k] U` for the `k x k` `u`,
/// in panels of rows that fit `tmp` (at least `k` long).
pub(super) fn rows_times<T: Scalar>(
    l3: &Level3,
    mut a: MatMut<'_, T>,
    rows: std::ops::Range<usize>,
    col: usize,
    u: MatRef<'_, T>,
    tmp: &mut [T],
) {
    let k = u.ncols();
    let step = tmp.len() / k;
    for r in rows.clone().step_by(step) {
        let nr = step.min(rows.end - r);
        let mut wv = MatMut::from_col_major(&mut tmp[..nr * k], nr, k, nr);
        l3.gemm(Trans::No, Trans::No, T::one(), a.rb().submatrix(r, col, nr, k), u, T::zero(), wv.rb_mut());
        lacpy(Part::Full, wv.rb(), a.rb_mut().submatrix(r, col, nr, k));
    }
}

/// Sets `h[k+1, k]` to zero when it is negligible by the traditional
/// criterion and Ahues and Tisseur's (LAWN 122).
fn deflate_check<T: Scalar>(h: &mut MatMut<'_, T>, k: usize, ktop: usize, kbot: usize, smlnum: T::Real, ulp: T::Real) {
    let zero = <T::Real as Scalar>::zero();
    let sub = h.get(k + 1, k);
    if sub == T::zero() {
        return;
    }
    let mut tst1 = h.get(k, k).abs1() + h.get(k + 1, k + 1).abs1();
    if tst1 == zero {
        if k > ktop {
            tst1 += h.get(k, k - 1).abs1();
        }
        if k >= ktop + 2 {
            tst1 += h.get(k, k - 2).abs1();
        }
        if k >= ktop + 3 {
            tst1 += h.get(k, k - 3).abs1();
        }
        if k + 2 <= kbot {
            tst1 += h.get(k + 2, k + 1).abs1();
        }
        if k + 3 <= kbot {
            tst1 += h.get(k + 3, k + 1).abs1();
        }
        if k + 4 <= kbot {
            tst1 += h.get(k + 4, k + 1).abs1();
        }
    }
    if sub.abs1() <= smlnum.max(ulp * tst1) {
        let up = h.get(k, k + 1).abs1();
        let h12 = sub.abs1().max(up);
        let h21 = sub.abs1().min(up);
        let diff = (h.get(k, k) - h.get(k + 1, k + 1)).abs1();
        let hkk = h.get(k + 1, k + 1).abs1();
        let h11 = hkk.max(diff);
        let h22 = hkk.min(diff);
        let scl = h11 + h12;
        let tst2 = h22 * (h11 / scl);
        if tst2 == zero || h21 * (h12 / scl) <= smlnum.max(ulp * tst2) {
            h.set(k + 1, k, T::zero());
        }
    }
}
