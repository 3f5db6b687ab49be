//! Condition numbers of the eigenvalues and eigenvectors of a pencil in
//! generalized Schur form (`?tgsna`).

#![allow(clippy::too_many_arguments)]

use super::qz::lag2;
use super::reorder::tgexc;
use crate::nonsym_eigen::{Howmny, SnaJob};
use crate::sylvester::generalized::{tgsyl, SylJob};
use crate::{Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacpy, Part};
use ferroblas_kernels::aux::scalars::{lamch, lapy2, Machine};
use ferroblas_kernels::level1::{dotc, nrm2};
use ferroblas_kernels::level2::gemv;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::{VecMut, VecRef};
use ferroblas_kernels::{MatMut, MatRef, Trans};

/// The workspace [`tgsna`] needs for order `n`: a vector for the products
/// with A and B, and a copy of the pencil for the eigenvector condition
/// numbers.
pub fn tgsna_req<T: Scalar>(job: SnaJob, n: usize) -> WorkReq {
    let copy = if job.wants_sep() { WorkReq::new::<T>(2 * n * n) } else { WorkReq::EMPTY };
    WorkReq::new::<T>(n).and(copy)
}

/// The number of condition numbers [`tgsna`] computes (its M): `n` for
/// HOWMNY = A, else those `select` marks (a real pair counts 2 when either
/// of its indices is marked).
pub fn tgsna_count<T: Scalar>(howmny: Howmny, select: &[bool], a: MatRef<'_, T>) -> usize {
    if howmny != Howmny::Selected {
        return a.nrows();
    }
    super::reorder::tgsen_count(select, a)
}

/// Reciprocal condition numbers of selected eigenvalues (`job` wants S) and
/// eigenvectors (wants DIF) of the pencil `(A, B)` in generalized Schur form
/// (`?tgsna`; `howmny` All or Selected by `select`), one entry per
/// eigenvalue, a real type's pair counting twice with equal values.
///
/// S is `sqrt(|u^H A v|^2 + |u^H B v|^2) / (|u| |v|)` for the left and
/// right eigenvectors `u`, `v` in the columns of `vl`, `vr` (in the order
/// of the selected eigenvalues; a pair's real and imaginary parts in two
/// columns), -1 where that is 0. DIF estimates `Difl` between the
/// eigenvalue's block, moved to the top by [`tgexc`] on a copy, and the
/// rest, by [`tgsyl`]'s Frobenius-norm estimate (capped for a pair by the
/// separation of its own two eigenvalues); 0 when the move is refused.
/// Returns M. `work` holds [`tgsna_req`].
pub fn tgsna<T: Scalar>(
    job: SnaJob,
    howmny: Howmny,
    select: &[bool],
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    vl: MatRef<'_, T>,
    vr: MatRef<'_, T>,
    s: &mut [T::Real],
    dif: &mut [T::Real],
    mut work: Workspace<'_>,
) -> usize {
    type R<T> = <T as Scalar>::Real;
    let n = a.nrows();
    assert!(a.ncols() == n && b.nrows() == n && b.ncols() == n, "tgsna: A and B must be square of one order");
    let m = tgsna_count(howmny, select, a);
    if n == 0 {
        return m;
    }
    let (zero, one, two) = (R::<T>::zero(), R::<T>::one(), R::<T>::from_f64(2.0));
    let safmin = lamch::<R<T>>(Machine::SafeMin);
    let (w, mut work) = work.take::<T>(n);
    // u^H X v for the vectors' columns.
    let mut form = |x: MatRef<'_, T>, v: VecRef<'_, T>, u: VecRef<'_, T>| {
        gemv(Trans::No, T::one(), x, v, T::zero(), VecMut::from_slice(&mut w[..]));
        dotc(u, VecRef::from_slice(&w[..]))
    };
    let mut ks = 0;
    let mut k = 0;
    while k < n {
        let pair = !T::IS_COMPLEX && k + 1 < n && !a.get(k + 1, k).is_zero();
        let nb = if pair { 2 } else { 1 };
        let chosen = howmny != Howmny::Selected || select[k] || (pair && select[k + 1]);
        if !chosen {
            k += nb;
            continue;
        }
        if job.wants_s() {
            if pair {
                let (vr1, vr2, vl1, vl2) = (vr.col(ks), vr.col(ks + 1), vl.col(ks), vl.col(ks + 1));
                let rnrm = lapy2(nrm2(vr1), nrm2(vr2));
                let lnrm = lapy2(nrm2(vl1), nrm2(vl2));
                // u^H X v for u = ul1 + i ul2, v = vr1 + i vr2, in real arithmetic.
                let mut pencil_term = |x: MatRef<'_, T>| {
                    let rr = form(x, vr1, vl1).re();
                    let ri = form(x, vr1, vl2).re();
                    let ii = form(x, vr2, vl2).re();
                    let ir = form(x, vr2, vl1).re();
                    lapy2(rr + ii, ir - ri)
                };
                let uhav = pencil_term(a);
                let uhbv = pencil_term(b);
                let cond = lapy2(uhav, uhbv);
                s[ks] = cond / (rnrm * lnrm);
                s[ks + 1] = s[ks];
            } else {
                let (v, u) = (vr.col(ks), vl.col(ks));
                let (rnrm, lnrm) = (nrm2(v), nrm2(u));
                let uhav = super::modulus(form(a, v, u));
                let uhbv = super::modulus(form(b, v, u));
                let cond = lapy2(uhav, uhbv);
                s[ks] = if cond == zero { -one } else { cond / (rnrm * lnrm) };
            }
        }
        if job.wants_sep() {
            if n == 1 {
                dif[ks] = lapy2(super::modulus(a.get(0, 0)), super::modulus(b.get(0, 0)));
                ks += 1;
                k += 1;
                continue;
            }
            // A pair's own separation: the smaller singular value of the
            // 2x2 block's (alpha, beta) form.
            let mut cond = zero;
            if pair {
                let ab = [a.get(k, k).re(), a.get(k + 1, k).re(), a.get(k, k + 1).re(), a.get(k + 1, k + 1).re()];
                let bb = [b.get(k, k).re(), b.get(k + 1, k).re(), b.get(k, k + 1).re(), b.get(k + 1, k + 1).re()];
                let e = lag2(MatRef::from_col_major(&ab, 2, 2, 2), MatRef::from_col_major(&bb, 2, 2, 2), safmin);
                let (be, ar, ai) = (e.scale1, e.wr1, e.wi);
                let c1 = two * (ar * ar + ai * ai + be * be);
                let c2 = R::<T>::from_f64(4.0) * be * be * ai * ai;
                let root1 = c1 + (c1 * c1 - R::<T>::from_f64(4.0) * c2).sqrt();
                let root2 = c2 / root1;
                cond = (root1 / two).sqrt().min(root2.sqrt());
            }
            let (wab, _) = work.take::<T>(2 * n * n);
            let (wa, wb) = wab.split_at_mut(n * n);
            let mut wa = MatMut::from_col_major(wa, n, n, n);
            let mut wb = MatMut::from_col_major(wb, n, n, n);
            lacpy(Part::Full, a, wa.rb_mut());
            lacpy(Part::Full, b, wb.rb_mut());
            let (mut ifst, mut ilst) = (k, 0);
            let none = || MatMut::from_col_major(&mut [], 0, 0, 1);
            if tgexc(false, false, wa.rb_mut(), wb.rb_mut(), none(), none(), &mut ifst, &mut ilst).is_err() {
                dif[ks] = zero;
            } else {
                let n1 = if wa.get(1, 0).is_zero() { 1 } else { 2 };
                let n2 = n - n1;
                if n2 == 0 {
                    dif[ks] = cond;
                } else {
                    let (al, ar) = wa.split_at_col(n1);
                    let (a11, c) = al.split_at_row(n1);
                    let (_, a22) = ar.split_at_row(n1);
                    let (bl, br) = wb.split_at_col(n1);
                    let (b11, f) = bl.split_at_row(n1);
                    let (_, b22) = br.split_at_row(n1);
                    let est = SylJob::from_int(3).expect("IJOB 3 is a Dif job");
                    let r = tgsyl(
                        Trans::No,
                        est,
                        a22.into_ref(),
                        a11.into_ref(),
                        c,
                        b22.into_ref(),
                        b11.into_ref(),
                        f,
                        Par::Seq,
                        Workspace::empty(),
                    );
                    if let Some(d) = r.dif {
                        dif[ks] = d;
                    }
                    if pair {
                        dif[ks] = dif[ks].min(cond);
                    }
                }
            }
            if pair {
                dif[ks + 1] = dif[ks];
            }
        }
        ks += nb;
        k += nb;
    }
    m
}
