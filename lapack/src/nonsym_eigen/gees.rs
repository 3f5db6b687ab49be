//! The Schur factorization driver with optional eigenvalue sorting (`?gees`).

use super::geev::{rescale, scale_general};
use super::trsen::{trsen, trsen_count, trsen_req, SenseJob};
use super::{gebak, gebal, gehrd, gehrd_req, hseqr, hseqr_req, orghr, orghr_req, BalanceJob, SchurJob};
use crate::sym_eigen::tridiagonal::Compz;
use crate::Info;
use ferroblas_kernels::aux::matrix::{lacpy, lascl, MatrixKind, Part};
use ferroblas_kernels::scalar::{Complex, Scalar};
use ferroblas_kernels::{MatMut, Side};
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// What [`gees`] returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gees {
    /// The number of eigenvalues (after sorting) for which the selection
    /// holds (SDIM); a real complex pair with either selected counts 2.
    pub sdim: usize,
    /// `Err(i)` with `i <= n`: the QR algorithm failed (the eigenvalues
    /// `w[i..]` converged); `n + 1`: a reordering swap was refused; `n + 2`:
    /// after reordering, rounding changed which eigenvalues are selected.
    pub info: Result<(), Info>,
}

/// The workspace [`gees`] needs for order `n`.
pub fn gees_req<T: Scalar>(n: usize) -> WorkReq {
    let steps =
        gehrd_req::<T>(n).or(orghr_req::<T>(0, n)).or(hseqr_req::<T>(n)).or(trsen_req::<T>(SenseJob::None, n, 0));
    WorkReq::new::<T>(n).and(WorkReq::new::<T::Real>(n)).and(WorkReq::new::<bool>(n)).and(steps)
}

/// The Schur factorization `A = Z T Z^H` of the `n x n` matrix `a` (`?gees`):
/// `a` is overwritten by T (real types: quasi-triangular in Schur canonical
/// form; complex: triangular), `w` by its eigenvalues (a real pair adjacent,
/// positive imaginary part first) and, with `vs`, Z is stored there.
///
/// With `select` (SORT = S), the eigenvalues for which it returns true are
/// moved to the top left of T (for a real pair, either one selecting brings
/// both), and [`Gees::sdim`] counts them; without it the callback is never
/// called. The callback sees each eigenvalue as a complex number (the real
/// types' `SELECT(WR, WI)`).
#[allow(clippy::too_many_arguments)]
pub fn gees<T: Scalar>(
    select: Option<&mut dyn FnMut(Complex<T::Real>) -> bool>,
    a: MatMut<'_, T>,
    w: &mut [Complex<T::Real>],
    vs: Option<MatMut<'_, T>>,
    par: Par,
    work: Workspace<'_>,
) -> Gees {
    geesx(SenseJob::None, select, a, w, vs, par, work).gees
}

/// What [`geesx`] returns.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Geesx<R> {
    /// SDIM and INFO as [`gees`] returns them.
    pub gees: Gees,
    /// The reciprocal condition number of the selected cluster's average
    /// eigenvalue (RCONDE; SENSE = E, B with sorting).
    pub rconde: Option<R>,
    /// The reciprocal condition number of the selected right invariant
    /// subspace (RCONDV; SENSE = V, B with sorting), in A's units.
    pub rcondv: Option<R>,
}

/// The workspace [`geesx`] needs for order `n` and condition numbers `sense`
/// (the reordering's for the worst number of selected eigenvalues, `n / 2`).
pub fn geesx_req<T: Scalar>(sense: SenseJob, n: usize) -> WorkReq {
    gees_req::<T>(n).and(trsen_req::<T>(sense, n, n / 2))
}

/// [`gees`] with the reciprocal condition numbers of the selected cluster of
/// eigenvalues and of its right invariant subspace (`?geesx`, by [`trsen`]
/// on the Schur form): SENSE = E, V, B asks for them; they are computed only
/// when sorting (`select`), and not when the QR algorithm failed. With
/// `n = 0`, RCONDE is 1 and RCONDV 0 where asked for.
#[allow(clippy::too_many_arguments)]
pub fn geesx<T: Scalar>(
    sense: SenseJob,
    select: Option<&mut dyn FnMut(Complex<T::Real>) -> bool>,
    a: MatMut<'_, T>,
    w: &mut [Complex<T::Real>],
    vs: Option<MatMut<'_, T>>,
    par: Par,
    work: Workspace<'_>,
) -> Geesx<T::Real> {
    geesx_checked(sense, select, a, w, vs, &mut |_| true, par, work)
}

/// [`geesx`] with a veto before the reordering: `proceed(m)` sees the
/// order of the selected subspace and, returning false, stops there (T not
/// reordered, SDIM = m, no condition numbers, no final selection check),
/// as the reference does when the caller's workspace turns out too small
/// for that m (`?geesx`'s late INFO = -16 / -18).
#[allow(clippy::too_many_arguments)]
pub fn geesx_checked<T: Scalar>(
    sense: SenseJob,
    mut select: Option<&mut dyn FnMut(Complex<T::Real>) -> bool>,
    mut a: MatMut<'_, T>,
    w: &mut [Complex<T::Real>],
    mut vs: Option<MatMut<'_, T>>,
    proceed: &mut dyn FnMut(usize) -> bool,
    par: Par,
    mut work: Workspace<'_>,
) -> Geesx<T::Real> {
    type R<T> = <T as Scalar>::Real;
    let n = a.nrows();
    assert!(a.ncols() == n && w.len() >= n, "gees: A is not square or w is short");
    let mut out = Gees { sdim: 0, info: Ok(()) };
    let zero = R::<T>::zero();
    let (mut rconde, mut rcondv) = (None, None);
    let mut stopped = false;
    if n == 0 {
        rconde = sense.wants_s().then_some(R::<T>::one());
        rcondv = sense.wants_sep().then_some(zero);
        return Geesx { gees: out, rconde, rcondv };
    }
    let (anrm, cscale) = scale_general(a.rb_mut());
    let (tau, mut work) = work.take::<T>(n);
    let (scale, mut work) = work.take::<R<T>>(n);
    let (bwork, mut work) = work.take::<bool>(n);
    let bal = gebal(BalanceJob::Permute, a.rb_mut(), scale);
    let (ilo, ihi) = (bal.ilo, bal.ihi.max(bal.ilo));
    gehrd(ilo, ihi, a.rb_mut(), &mut tau[..n - 1], par, work.rb_mut());
    let ieval = if let Some(q) = vs.as_mut() {
        let mut q = q.rb_mut().submatrix(0, 0, n, n);
        lacpy(Part::Lower, a.rb(), q.rb_mut());
        orghr(ilo, ihi, q.rb_mut(), &tau[..n - 1], par, work.rb_mut());
        hseqr(SchurJob::Schur, Compz::Update, ilo, ihi, a.rb_mut(), w, q, par, work.rb_mut())
    } else {
        hseqr(
            SchurJob::Schur,
            Compz::None,
            ilo,
            ihi,
            a.rb_mut(),
            w,
            MatMut::from_col_major(&mut [], 0, 0, 1),
            par,
            work.rb_mut(),
        )
    };
    let ieval_n = ieval.err().map_or(0, |e| e.index() + 1);
    out.info = ieval;
    let fix = |c: R<T>, z: Complex<R<T>>| Complex::new(rescale(c, anrm, z.re), rescale(c, anrm, z.im));
    if let Some(sel) = select.as_mut() {
        if out.info.is_ok() {
            if let Some(c) = cscale {
                w[..n].iter_mut().for_each(|z| *z = fix(c, *z));
            }
            for (b, &e) in bwork.iter_mut().zip(&w[..n]) {
                *b = sel(e);
            }
            let m = trsen_count(bwork, a.rb());
            if proceed(m) {
                let q = vs.as_mut().map(|q| q.rb_mut().submatrix(0, 0, n, n));
                let r = trsen(sense, bwork, a.rb_mut(), q, w, par, work.rb_mut());
                out.sdim = r.m;
                (rconde, rcondv) = (r.s, r.sep);
                if r.refused {
                    out.info = Err(Info::new(n + 1));
                }
            } else {
                out.sdim = m;
                stopped = true;
            }
        }
    }
    if let Some(q) = vs.as_mut() {
        gebak(BalanceJob::Permute, Side::Right, ilo, ihi, scale, q.rb_mut().submatrix(0, 0, n, n));
    }
    if let Some(c) = cscale {
        if out.info.is_ok() && !stopped {
            rcondv = rcondv.map(|v| rescale(c, anrm, v));
        }
        let kind = if T::IS_COMPLEX { MatrixKind::Upper } else { MatrixKind::Hessenberg };
        lascl(kind, 0, 0, c, anrm, n, n, a.rb_mut());
        for (i, z) in w[..n].iter_mut().enumerate() {
            z.re = a.get(i, i).re();
            if T::IS_COMPLEX {
                z.im = a.get(i, i).im();
            }
        }
        if !T::IS_COMPLEX {
            if c < R::<T>::one() {
                // Scaling back towards underflow may have flushed the
                // off-diagonal entries of a 2x2 block: such a block then
                // holds two real eigenvalues.
                let (i1, i2) = if ieval_n > 0 {
                    for z in w[..ilo].iter_mut() {
                        z.im = rescale(c, anrm, z.im);
                    }
                    (ieval_n, ihi.saturating_sub(1))
                } else if select.is_some() {
                    (0, n - 1)
                } else {
                    (ilo, ihi.saturating_sub(1))
                };
                let mut i = i1;
                while i < i2 {
                    if w[i].im == zero {
                        i += 1;
                        continue;
                    }
                    if a.get(i + 1, i) == T::zero() {
                        w[i].im = zero;
                        w[i + 1].im = zero;
                    } else if a.get(i, i + 1) == T::zero() {
                        w[i].im = zero;
                        w[i + 1].im = zero;
                        for r in 0..i {
                            let (x, y) = (a.get(r, i), a.get(r, i + 1));
                            a.set(r, i, y);
                            a.set(r, i + 1, x);
                        }
                        for col in i + 2..n {
                            let (x, y) = (a.get(i, col), a.get(i + 1, col));
                            a.set(i, col, y);
                            a.set(i + 1, col, x);
                        }
                        if let Some(q) = vs.as_mut() {
                            for r in 0..n {
                                let (x, y) = (q.get(r, i), q.get(r, i + 1));
                                q.set(r, i, y);
                                q.set(r, i + 1, x);
                            }
                        }
                        a.set(i, i + 1, a.get(i + 1, i));
                        a.set(i + 1, i, T::zero());
                    }
                    i += 2;
                }
            }
            for z in w[ieval_n..n].iter_mut() {
                z.im = rescale(c, anrm, z.im);
            }
        }
    }
    if !T::IS_COMPLEX && out.info.is_ok() && !stopped {
        if let Some(sel) = select.as_mut() {
            // Check that rounding in the reordering did not change which
            // eigenvalues are selected.
            let (mut lastsl, mut lst2sl) = (true, true);
            let mut sdim = 0;
            let mut second = false;
            for &e in &w[..n] {
                let mut cursl = sel(e);
                if e.im == zero {
                    sdim += usize::from(cursl);
                    second = false;
                    if cursl && !lastsl {
                        out.info = Err(Info::new(n + 2));
                    }
                } else if second {
                    cursl = cursl || lastsl;
                    lastsl = cursl;
                    sdim += if cursl { 2 } else { 0 };
                    second = false;
                    if cursl && !lst2sl {
                        out.info = Err(Info::new(n + 2));
                    }
                } else {
                    second = true;
                }
                lst2sl = lastsl;
                lastsl = cursl;
            }
            out.sdim = sdim;
        }
    }
    Geesx { gees: out, rconde, rcondv }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nonsym_eigen::schur_testutil::*;
    use crate::WorkBuffer;
    use ferroblas_kernels::scalar::RealScalar;
    use ferroblas_kernels::scalar::{c32, c64};
    use ferroblas_kernels::MatRef;

    mod residual {
        use super::*;

        fn check<T: Scalar>(n: usize, sort: bool, scale: f64) -> usize {
            let (mut a, ld) = zeros::<T>(n);
            let mut rng = Rng(31 + n as u64);
            for j in 0..n {
                for i in 0..n {
                    a[i + j * ld] = rng.scalar::<T>().scale_real(<T::Real as RealScalar>::from_f64(scale));
                }
            }
            let a0 = to_c(MatRef::from_col_major(&a, n, n, ld));
            let (mut z, _) = zeros::<T>(n);
            let mut w = vec![Complex::new(<T::Real as Scalar>::zero(), <T::Real as Scalar>::zero()); n];
            let mut buf = WorkBuffer::new(gees_req::<T>(n));
            let mut calls = 0;
            let mut sel = |e: Complex<T::Real>| {
                calls += 1;
                e.re.to_f64() < 0.0
            };
            let r = gees(
                if sort { Some(&mut sel) } else { None },
                MatMut::from_col_major(&mut a, n, n, ld),
                &mut w,
                Some(MatMut::from_col_major(&mut z, n, n, n + 3)),
                Par::Seq,
                buf.workspace(),
            );
            assert_eq!(r.info, Ok(()), "{} n={n}", T::PREFIX);
            if !sort {
                assert_eq!((calls, r.sdim), (0, 0));
            }
            let tv = MatRef::from_col_major(&a, n, n, ld);
            let eig = schur_eigs(tv);
            for (x, y) in eig.iter().zip(&w) {
                let y = C::new(y.re.to_f64(), y.im.to_f64());
                assert!(
                    ab(x - y) <= 1e3 * eps::<T>() * scale * (1.0 + ab(*x) / scale),
                    "{} {eig:?} vs {w:?}",
                    T::PREFIX
                );
            }
            let (res, orth) = residuals(&a0, tv, MatRef::from_col_major(&z, n, n, n + 3));
            assert!(res < 100.0 && orth < 100.0, "{} n={n} sort={sort}: residual {res}, orth {orth}", T::PREFIX);
            if sort {
                let neg = eig.iter().filter(|e| e.re < 0.0).count();
                assert_eq!(r.sdim, neg, "{} n={n}", T::PREFIX);
                assert!(eig[..neg].iter().all(|e| e.re < 0.0), "{} not sorted: {eig:?}", T::PREFIX);
                assert!(calls >= n);
            }
            r.sdim
        }

        fn all<T: Scalar>() {
            let mut selected = 0;
            for n in [0, 1, 2, 3, 5, 8] {
                check::<T>(n, false, 1.0);
                let sdim = check::<T>(n, true, 1.0);
                selected += usize::from(sdim > 0 && sdim < n);
            }
            // Some sorts actually moved eigenvalues.
            assert!(selected >= 2, "{}", T::PREFIX);
            // Scaled into and out of range (the scaling back to A's size).
            let tiny = <T::Real as RealScalar>::MIN_POSITIVE.to_f64().sqrt() * 1e-3;
            check::<T>(5, true, tiny);
            check::<T>(5, true, 1.0 / tiny);
        }

        /// geesx's condition numbers are trsen's on the unsorted Schur
        /// form with the same selection; its Schur form and SDIM are gees'.
        fn check_x<T: Scalar>(n: usize, sense: SenseJob) {
            let r0 = <T::Real as Scalar>::zero();
            let (mut a, ld) = zeros::<T>(n);
            let mut rng = Rng(57 + n as u64);
            for j in 0..n {
                for i in 0..n {
                    a[i + j * ld] = rng.scalar::<T>();
                }
            }
            let mut sel = |e: Complex<T::Real>| e.re.to_f64() < 0.0;
            let mut w = vec![Complex::new(r0, r0); n];
            let mut w0 = w.clone();
            let (mut t, mut t0) = (a.clone(), a.clone());
            let (mut z, _) = zeros::<T>(n);
            let (mut z0, _) = zeros::<T>(n);
            let mut buf = WorkBuffer::new(geesx_req::<T>(sense, n));
            let x = geesx(
                sense,
                Some(&mut sel),
                MatMut::from_col_major(&mut t, n, n, ld),
                &mut w,
                Some(MatMut::from_col_major(&mut z, n, n, ld)),
                Par::Seq,
                buf.workspace(),
            );
            let tag = format!("{} n={n} {sense:?}", T::PREFIX);
            assert_eq!(x.gees.info, Ok(()), "{tag}");
            let g = gees(
                None,
                MatMut::from_col_major(&mut t0, n, n, ld),
                &mut w0,
                Some(MatMut::from_col_major(&mut z0, n, n, ld)),
                Par::Seq,
                buf.workspace(),
            );
            assert_eq!(g.info, Ok(()), "{tag}");
            let a0_schur = t0.clone();
            let pick: Vec<bool> = w0.iter().map(|&e| sel(e)).collect();
            let r = trsen(
                sense,
                &pick,
                MatMut::from_col_major(&mut t0, n, n, ld),
                None,
                &mut w0,
                Par::Seq,
                buf.workspace(),
            );
            assert_eq!(x.gees.sdim, r.m, "{tag}");
            if n == 0 {
                assert_eq!(
                    (x.rconde, x.rcondv),
                    (sense.wants_s().then_some(<T::Real as Scalar>::one()), sense.wants_sep().then_some(r0))
                );
                return;
            }
            assert_eq!((x.rconde, x.rcondv), (r.s, r.sep), "{tag}");
            assert_eq!(x.rconde.is_some(), sense.wants_s(), "{tag}");
            assert_eq!(x.rcondv.is_some(), sense.wants_sep(), "{tag}");
            if let Some(s) = x.rconde {
                assert!(s.to_f64() > 0.0 && s.to_f64() <= 1.0, "{tag}: rconde {s:?}");
            }
            // A veto before the reordering: SDIM is still counted, T not reordered.
            let (mut t2, mut w2) = (a.clone(), vec![Complex::new(r0, r0); n]);
            let mut seen = None;
            let v = geesx_checked(
                sense,
                Some(&mut sel),
                MatMut::from_col_major(&mut t2, n, n, ld),
                &mut w2,
                None,
                &mut |m| {
                    seen = Some(m);
                    false
                },
                Par::Seq,
                buf.workspace(),
            );
            assert_eq!((seen, v.gees.sdim, v.rconde, v.rcondv), (Some(r.m), r.m, None, None), "{tag}");
            let unsorted = schur_eigs(MatRef::from_col_major(&t2, n, n, ld));
            let plain = schur_eigs(MatRef::from_col_major(&a0_schur, n, n, ld));
            assert_eq!(unsorted, plain, "{tag}: vetoed T is the unsorted Schur form");
            // Without sorting there are none.
            let mut t1 = a.clone();
            let y =
                geesx(sense, None, MatMut::from_col_major(&mut t1, n, n, ld), &mut w0, None, Par::Seq, buf.workspace());
            assert_eq!((y.rconde, y.rcondv, y.gees.sdim), (None, None, 0), "{tag}");
        }

        #[test]
        fn geesx_condition_numbers() {
            let senses = [SenseJob::None, SenseJob::Eigenvalues, SenseJob::Subspace, SenseJob::Both];
            for n in [0, 1, 2, 5, 12] {
                for s in senses {
                    check_x::<f32>(n, s);
                    check_x::<f64>(n, s);
                    check_x::<c32>(n, s);
                    check_x::<c64>(n, s);
                }
            }
        }

        #[test]
        fn gees_schur_form_with_and_without_sorting() {
            all::<f32>();
            all::<f64>();
            all::<c32>();
            all::<c64>();
        }
    }
}
