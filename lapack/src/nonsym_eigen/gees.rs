//! The Schur factorization driver with optional eigenvalue sorting (`?gees`).

use super::geev::{rescale, scale_general};
use super::trsen::{trsen, trsen_req, SenseJob};
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
    mut select: Option<&mut dyn FnMut(Complex<T::Real>) -> bool>,
    mut a: MatMut<'_, T>,
    w: &mut [Complex<T::Real>],
    mut vs: Option<MatMut<'_, T>>,
    par: Par,
    mut work: Workspace<'_>,
) -> Gees {
    type R<T> = <T as Scalar>::Real;
    let n = a.nrows();
    assert!(a.ncols() == n && w.len() >= n, "gees: A is not square or w is short");
    let mut out = Gees { sdim: 0, info: Ok(()) };
    if n == 0 {
        return out;
    }
    let zero = R::<T>::zero();
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
            let q = vs.as_mut().map(|q| q.rb_mut().submatrix(0, 0, n, n));
            let r = trsen(SenseJob::None, bwork, a.rb_mut(), q, w, par, work.rb_mut());
            out.sdim = r.m;
            if r.refused {
                out.info = Err(Info::new(n + 1));
            }
        }
    }
    if let Some(q) = vs.as_mut() {
        gebak(BalanceJob::Permute, Side::Right, ilo, ihi, scale, q.rb_mut().submatrix(0, 0, n, n));
    }
    if let Some(c) = cscale {
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
    if !T::IS_COMPLEX && out.info.is_ok() {
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
    out
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

        #[test]
        fn gees_schur_form_with_and_without_sorting() {
            all::<f32>();
            all::<f64>();
            all::<c32>();
            all::<c64>();
        }
    }
}
