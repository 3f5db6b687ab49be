//! Condition numbers of individual eigenvalues and eigenvectors of a
//! triangular Schur form (`ctrsna`, `ztrsna`).
//!
//! The real `?trsna` is not implemented: its eigenvector estimate solves
//! quasi-triangular systems with a complex shift (`?laqtr`), which does not
//! exist here yet.

use super::reorder::trexc;
use crate::condition::{latrs, modulus, norm1_estimate, norm1_estimate_req, NormIn, Product};
use crate::{WorkReq, Workspace};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::aux::vectors::rscl;
use ferroblas_kernels::level1::{dotc, iamax, nrm2};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{Diag, MatMut, MatRef, Trans, Uplo, VecMut};
use std::ops::ControlFlow;

/// What `?trsna` estimates (JOB).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SnaJob {
    /// Eigenvalue condition numbers S (`'E'`).
    Eigenvalues,
    /// Eigenvector condition numbers SEP (`'V'`).
    Vectors,
    /// Both (`'B'`).
    Both,
}

impl SnaJob {
    /// Parses `E`, `V` or `B`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'E' => Some(SnaJob::Eigenvalues),
            b'V' => Some(SnaJob::Vectors),
            b'B' => Some(SnaJob::Both),
            _ => None,
        }
    }

    /// Whether S is computed.
    pub fn wants_s(self) -> bool {
        self != SnaJob::Vectors
    }

    /// Whether SEP is computed.
    pub fn wants_sep(self) -> bool {
        self != SnaJob::Eigenvalues
    }
}

/// The number M of condition numbers [`trsna`] computes: the selected
/// eigenvalues, or all `n` without `select`.
pub fn trsna_count(select: Option<&[bool]>, n: usize) -> usize {
    select.map_or(n, |s| s[..n].iter().filter(|&&b| b).count())
}

/// The workspace [`trsna`] needs for order `n`.
pub fn trsna_req<T: Scalar>(job: SnaJob, n: usize) -> WorkReq {
    if !job.wants_sep() || n < 2 {
        return WorkReq::EMPTY;
    }
    WorkReq::new::<T>(n * n).and(WorkReq::new::<T::Real>(n - 1)).and(norm1_estimate_req::<T>(n - 1))
}

/// Reciprocal condition numbers of eigenvalues (S) and estimates of those
/// of right eigenvectors (SEP) of the upper triangular Schur form `t`
/// (`ctrsna`, `ztrsna`), for all eigenvalues or those `select` marks, in
/// order: `s[ks]`, `sep[ks]` for the `ks`-th one. Returns their number M.
///
/// `S = |y^H x| / (||x|| ||y||)` from the right and left eigenvectors in the
/// columns `ks` of `vr` and `vl` (as `?trevc` computes them);
/// `SEP = 1 / ||inv(T22 - lambda I)^H||_1` (estimated; `sep(lambda, T22)`)
/// after moving `lambda` to the top, 0 when the estimate would overflow.
///
/// # Panics
/// For the real types (not implemented), or when `vl`, `vr`, `s`, `sep`
/// are too small for M.
#[allow(clippy::too_many_arguments)]
pub fn trsna<T: Scalar>(
    job: SnaJob,
    select: Option<&[bool]>,
    t: MatRef<'_, T>,
    vl: MatRef<'_, T>,
    vr: MatRef<'_, T>,
    s: &mut [T::Real],
    sep: &mut [T::Real],
    mut work: Workspace<'_>,
) -> usize {
    assert!(T::IS_COMPLEX, "trsna: only the complex types are implemented");
    let n = t.nrows();
    assert_eq!(t.ncols(), n, "trsna: T must be square");
    let m = trsna_count(select, n);
    let (zero, one) = (T::Real::zero(), T::Real::one());
    if job.wants_s() {
        assert!(s.len() >= m && vl.ncols() >= m && vr.ncols() >= m && vl.nrows() >= n && vr.nrows() >= n);
    }
    if job.wants_sep() {
        assert!(sep.len() >= m, "trsna: SEP is too short");
    }
    if n == 0 {
        return m;
    }
    if n == 1 {
        if m == 1 {
            if job.wants_s() {
                s[0] = one;
            }
            if job.wants_sep() {
                sep[0] = modulus(t.get(0, 0));
            }
        }
        return m;
    }
    let eps = lamch::<T::Real>(Machine::Precision);
    let smlnum = lamch::<T::Real>(Machine::SafeMin) / eps;
    let (wbuf, mut work) = if job.wants_sep() { work.take::<T>(n * n) } else { work.take::<T>(0) };
    let (cnorm, mut work) = work.take::<T::Real>(if job.wants_sep() { n - 1 } else { 0 });
    let mut ks = 0;
    for k in 0..n {
        if select.is_some_and(|sel| !sel[k]) {
            continue;
        }
        if job.wants_s() {
            let (x, y) = (vr.submatrix(0, ks, n, 1).col(0), vl.submatrix(0, ks, n, 1).col(0));
            let prod = dotc(x, y);
            s[ks] = modulus(prod) / (nrm2(x) * nrm2(y));
        }
        if job.wants_sep() {
            let mut c = MatMut::from_col_major(&mut wbuf[..], n, n, n);
            for j in 0..n {
                for i in 0..n {
                    c.set(i, j, t.get(i, j));
                }
            }
            let (mut f, mut l) = (k, 0);
            // Complex swaps are never refused.
            let _ = trexc(c.rb_mut(), None, &mut f, &mut l);
            let lambda = c.get(0, 0);
            for i in 1..n {
                c.set(i, i, c.get(i, i) - lambda);
            }
            let c22 = c.rb().submatrix(1, 1, n - 1, n - 1);
            let mut normin = NormIn::Compute;
            let est = norm1_estimate::<T>(
                n - 1,
                |p, x| {
                    let op = if p == Product::A { Trans::ConjTrans } else { Trans::No };
                    let scale = latrs(Uplo::Upper, op, Diag::NonUnit, normin, c22, VecMut::from_slice(x), cnorm);
                    normin = NormIn::Given;
                    if scale != one {
                        let ix = iamax(ferroblas_kernels::VecRef::from_slice(x)).unwrap_or(0);
                        let xnorm = x[ix].abs1();
                        if scale < xnorm * smlnum || scale == zero {
                            return ControlFlow::Break(());
                        }
                        rscl(scale, VecMut::from_slice(x));
                    }
                    ControlFlow::Continue(())
                },
                work.rb_mut(),
            );
            sep[ks] = match est {
                Some(e) => one / e.max(smlnum),
                None => zero,
            };
        }
        ks += 1;
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nonsym_eigen::schur_testutil::*;
    use crate::WorkBuffer;
    use ferroblas_kernels::scalar::{c32, c64};

    mod residual {
        use super::*;

        fn cx<T: Scalar>(re: f64, im: f64) -> T {
            T::from_parts(<T::Real as RealScalar>::from_f64(re), <T::Real as RealScalar>::from_f64(im))
        }

        fn run<T: Scalar>(
            job: SnaJob,
            sel: Option<&[bool]>,
            t: &[T],
            vl: &[T],
            vr: &[T],
            n: usize,
        ) -> (usize, Vec<f64>, Vec<f64>) {
            let ld = n + 3;
            let mut s = vec![<T::Real as Scalar>::zero(); n];
            let mut sep = vec![<T::Real as Scalar>::zero(); n];
            let mut buf = WorkBuffer::new(trsna_req::<T>(job, n));
            let m = trsna(
                job,
                sel,
                MatRef::from_col_major(t, n, n, ld),
                MatRef::from_col_major(vl, n, n, ld),
                MatRef::from_col_major(vr, n, n, ld),
                &mut s,
                &mut sep,
                buf.workspace(),
            );
            (m, s.iter().map(|v| v.to_f64()).collect(), sep.iter().map(|v| v.to_f64()).collect())
        }

        /// T = [a b; 0 d]: S = 1 / sqrt(1 + |b / (a - d)|^2) for both, SEP = |a - d|.
        fn two_by_two<T: Scalar>() {
            let (a, b, d) = (C::new(1.0, 2.0), C::new(3.0, -1.0), C::new(-0.5, 0.25));
            let n = 2;
            let (mut t, ld) = zeros::<T>(n);
            t[0] = cx(a.re, a.im);
            t[ld] = cx(b.re, b.im);
            t[1 + ld] = cx(d.re, d.im);
            let r = b / (d - a);
            let (mut vr, _) = eye::<T>(n);
            vr[ld] = cx(r.re, r.im);
            let (mut vl, _) = eye::<T>(n);
            let l = (b / (a - d)).conj();
            vl[1] = cx(l.re, l.im);
            let want_s = 1.0 / (1.0 + ab(b / (a - d)).powi(2)).sqrt();
            let want_sep = ab(a - d);
            let tol = 30.0 * eps::<T>();
            let (m, s, sep) = run::<T>(SnaJob::Both, None, &t, &vl, &vr, n);
            assert_eq!(m, 2);
            for k in 0..2 {
                assert!(
                    (s[k] - want_s).abs() <= tol && (sep[k] - want_sep).abs() <= tol * want_sep,
                    "{} {s:?} {sep:?}",
                    T::PREFIX
                );
            }
            // Only the second: its vectors in the first columns.
            let mut vl2 = vl.clone();
            let mut vr2 = vr.clone();
            vl2[..n].copy_from_slice(&vl[ld..ld + n]);
            vr2[..n].copy_from_slice(&vr[ld..ld + n]);
            let (m, s, sep) = run::<T>(SnaJob::Vectors, Some(&[false, true]), &t, &vl2, &vr2, n);
            assert_eq!((m, s[0]), (1, 0.0));
            assert!((sep[0] - want_sep).abs() <= tol * want_sep);
            let (m, s, sep) = run::<T>(SnaJob::Eigenvalues, Some(&[false, true]), &t, &vl2, &vr2, n);
            assert_eq!((m, sep[0]), (1, 0.0));
            assert!((s[0] - want_s).abs() <= tol);
        }

        /// A diagonal T of odd order: S = 1, SEP = distance to the nearest other eigenvalue.
        fn diagonal<T: Scalar>() {
            let n = 5;
            let lam = [C::new(1.0, 0.0), C::new(-2.0, 1.0), C::new(4.0, 0.5), C::new(0.5, 0.0), C::new(3.0, -3.0)];
            let (mut t, ld) = zeros::<T>(n);
            for i in 0..n {
                t[i + i * ld] = cx(lam[i].re, lam[i].im);
            }
            let (v, _) = eye::<T>(n);
            let (m, s, sep) = run::<T>(SnaJob::Both, None, &t, &v, &v, n);
            assert_eq!(m, n);
            for k in 0..n {
                let want = (0..n).filter(|&j| j != k).map(|j| ab(lam[j] - lam[k])).fold(f64::INFINITY, f64::min);
                assert!((s[k] - 1.0).abs() <= 10.0 * eps::<T>());
                assert!((sep[k] - want).abs() <= 30.0 * eps::<T>() * want, "{} k={k}: {} vs {want}", T::PREFIX, sep[k]);
            }
        }

        /// Orders 0 and 1, and a repeated eigenvalue (SEP = 0, no overflow).
        fn small<T: Scalar>() {
            assert_eq!(run::<T>(SnaJob::Both, None, &[], &[], &[], 0).0, 0);
            let t = [cx::<T>(-3.0, 4.0), T::zero(), T::zero(), T::zero()];
            let v = [T::one(), T::zero(), T::zero(), T::zero()];
            let (m, s, sep) = run::<T>(SnaJob::Both, None, &t, &v, &v, 1);
            assert_eq!((m, s[0], sep[0]), (1, 1.0, 5.0));
            assert_eq!(run::<T>(SnaJob::Both, Some(&[false]), &t, &v, &v, 1).0, 0);
            let n = 3;
            let (mut t, ld) = zeros::<T>(n);
            for i in 0..n {
                t[i + i * ld] = T::one();
            }
            t[ld] = T::one();
            let (v, _) = eye::<T>(n);
            let (_, _, sep) = run::<T>(SnaJob::Vectors, None, &t, &v, &v, n);
            assert!(sep.iter().all(|&x| x.is_finite() && x >= 0.0 && x <= 1e3 * eps::<T>()), "{sep:?}");
        }

        #[test]
        fn trsna_closed_forms() {
            two_by_two::<c32>();
            two_by_two::<c64>();
            diagonal::<c32>();
            diagonal::<c64>();
            small::<c32>();
            small::<c64>();
        }
    }
}
