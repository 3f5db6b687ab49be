//! Reordering a Schur form so that selected eigenvalues lead it, with the
//! condition numbers of their cluster and invariant subspace (`?trsen`).

use super::reorder::trexc;
use crate::condition::{norm1_estimate, norm1_estimate_req, Product};
use crate::sylvester::{trsyl, Sign};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::norms::{lange, Norm};
use ferroblas_kernels::scalar::{Complex, RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef, Trans};
use std::ops::ControlFlow;

/// What `?trsen` computes besides the reordering (JOB).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SenseJob {
    /// No condition numbers (`'N'`).
    None,
    /// The cluster's eigenvalue condition number S (`'E'`).
    Eigenvalues,
    /// The invariant subspace's SEP (`'V'`).
    Subspace,
    /// Both (`'B'`).
    Both,
}

impl SenseJob {
    /// Parses `N`, `E`, `V` or `B`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'N' => Some(SenseJob::None),
            b'E' => Some(SenseJob::Eigenvalues),
            b'V' => Some(SenseJob::Subspace),
            b'B' => Some(SenseJob::Both),
            _ => None,
        }
    }

    /// Whether S is computed.
    pub fn wants_s(self) -> bool {
        matches!(self, SenseJob::Eigenvalues | SenseJob::Both)
    }

    /// Whether SEP is computed.
    pub fn wants_sep(self) -> bool {
        matches!(self, SenseJob::Subspace | SenseJob::Both)
    }
}

/// What [`trsen`] found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reordered<R> {
    /// The order of the selected invariant subspace (a selected eigenvalue
    /// of a real 2x2 block brings its conjugate along).
    pub m: usize,
    /// The reciprocal condition number of the selected cluster's mean (`'E'`, `'B'`).
    pub s: Option<R>,
    /// The estimated `sep(T11, T22)` (`'V'`, `'B'`).
    pub sep: Option<R>,
    /// A swap was refused ([`super::laexc`]): T is partly reordered, S and
    /// SEP are zero (INFO = 1).
    pub refused: bool,
}

impl<R> Reordered<R> {
    /// `Err(Info::new(1))` when a swap was refused.
    pub fn info(&self) -> Result<(), Info> {
        if self.refused {
            Err(Info::new(1))
        } else {
            Ok(())
        }
    }
}

/// Whether a real 2x2 block starts at `k` (never for complex types).
fn pair_at<T: Scalar>(t: MatRef<'_, T>, k: usize) -> bool {
    !T::IS_COMPLEX && k + 1 < t.nrows() && t.get(k + 1, k) != T::zero()
}

/// The order M of the invariant subspace `select` asks for: each selected
/// eigenvalue, and for a real 2x2 block both of its eigenvalues when either
/// is selected.
pub fn trsen_count<T: Scalar>(select: &[bool], t: MatRef<'_, T>) -> usize {
    let n = t.nrows();
    assert!(select.len() >= n, "trsen: SELECT has fewer than n entries");
    let mut m = 0;
    let mut k = 0;
    while k < n {
        if pair_at(t, k) {
            if select[k] || select[k + 1] {
                m += 2;
            }
            k += 2;
        } else {
            m += usize::from(select[k]);
            k += 1;
        }
    }
    m
}

/// The reference's minimal LWORK for `job` with `m` of `n` selected:
/// `max(1, 2 m (n - m))` for SEP, `max(1, m (n - m))` for S alone, else
/// `max(1, n)` (real) or 1 (complex).
pub fn trsen_lwork<T: Scalar>(job: SenseJob, n: usize, m: usize) -> usize {
    let nn = m * (n - m);
    match job {
        SenseJob::Subspace | SenseJob::Both => (2 * nn).max(1),
        SenseJob::Eigenvalues => nn.max(1),
        SenseJob::None if T::IS_COMPLEX => 1,
        SenseJob::None => n.max(1),
    }
}

/// The reference's minimal LIWORK (real types): `max(1, m (n - m))` for
/// SEP, else 1.
pub fn trsen_liwork(job: SenseJob, n: usize, m: usize) -> usize {
    if job.wants_sep() {
        (m * (n - m)).max(1)
    } else {
        1
    }
}

/// The workspace [`trsen`] needs for `job` with `m` of `n` selected.
pub fn trsen_req<T: Scalar>(job: SenseJob, n: usize, m: usize) -> WorkReq {
    let nn = m * (n - m);
    let s = if job.wants_s() { WorkReq::new::<T>(nn) } else { WorkReq::EMPTY };
    let sep = if job.wants_sep() { norm1_estimate_req::<T>(nn) } else { WorkReq::EMPTY };
    s.or(sep)
}

/// Reorders the Schur form `t` (real: quasi-triangular in Schur canonical
/// form; complex: triangular) by an orthogonal (unitary) similarity so that
/// the eigenvalues `select` marks lead its diagonal (`?trsen`), their order
/// among themselves kept; with `q`, `Q := Q Z`. `w` receives the eigenvalues
/// of the reordered T (real: a 2x2 block's pair adjacent, positive
/// imaginary part first).
///
/// With `job` asking for them, the reciprocal condition number S of the
/// selected cluster's average eigenvalue (`1 / sqrt(1 + ||R||_F^2)` for the
/// solution R of `T11 R - R T22 = T12`) and the estimate of
/// `sep(T11, T22)` (by [`norm1_estimate`] of the inverse Sylvester
/// operator). With none or all selected, S = 1 and SEP = `||T||_1`.
#[allow(clippy::too_many_arguments)]
pub fn trsen<T: Scalar>(
    job: SenseJob,
    select: &[bool],
    mut t: MatMut<'_, T>,
    mut q: Option<MatMut<'_, T>>,
    w: &mut [Complex<T::Real>],
    par: Par,
    mut work: Workspace<'_>,
) -> Reordered<T::Real> {
    let n = t.nrows();
    assert!(t.ncols() == n && w.len() >= n, "trsen: T must be square, W of length n");
    let m = trsen_count(select, t.rb());
    let one = <T::Real as Scalar>::one();
    let zero = <T::Real as Scalar>::zero();
    let mut out = Reordered { m, s: None, sep: None, refused: false };
    if m == n || m == 0 {
        if job.wants_s() {
            out.s = Some(one);
        }
        if job.wants_sep() {
            out.sep = Some(lange(Norm::One, t.rb(), &mut []));
        }
    } else {
        let mut ks = 0;
        let mut k = 0;
        while k < n {
            let pair = pair_at(t.rb(), k);
            if select[k] || (pair && select[k + 1]) {
                let (mut f, mut l) = (k, ks);
                let r =
                    if k != ks { trexc(t.rb_mut(), q.as_mut().map(|q| q.rb_mut()), &mut f, &mut l) } else { Ok(()) };
                if r.is_err() {
                    out.refused = true;
                    break;
                }
                ks = l + if pair { 2 } else { 1 };
            }
            k += if pair { 2 } else { 1 };
        }
        if out.refused {
            out.s = job.wants_s().then_some(zero);
            out.sep = job.wants_sep().then_some(zero);
        } else {
            let (n1, n2) = (m, n - m);
            let t11 = t.rb().submatrix(0, 0, n1, n1);
            let t22 = t.rb().submatrix(n1, n1, n2, n2);
            if job.wants_s() {
                let (r, _) = work.take::<T>(n1 * n2);
                let mut rm = MatMut::from_col_major(r, n1, n2, n1);
                for j in 0..n2 {
                    for i in 0..n1 {
                        rm.set(i, j, t.get(i, n1 + j));
                    }
                }
                let sc = trsyl(Trans::No, Trans::No, Sign::Minus, t11, t22, rm.rb_mut(), par).scale;
                let rnorm = lange(Norm::Frobenius, rm.rb(), &mut []);
                out.s = Some(if rnorm == zero { one } else { sc / (sc * sc / rnorm + rnorm).sqrt() / rnorm.sqrt() });
            }
            if job.wants_sep() {
                let tr = if T::IS_COMPLEX { Trans::ConjTrans } else { Trans::Trans };
                let mut scale = one;
                let est = norm1_estimate::<T>(
                    n1 * n2,
                    |p, x| {
                        let xm = MatMut::from_col_major(x, n1, n2, n1);
                        let op = if p == Product::A { Trans::No } else { tr };
                        scale = trsyl(op, op, Sign::Minus, t11, t22, xm, par).scale;
                        ControlFlow::Continue(())
                    },
                    work.rb_mut(),
                )
                .unwrap_or(zero);
                out.sep = Some(scale / est);
            }
        }
    }
    let mut k = 0;
    while k < n {
        if pair_at(t.rb(), k) {
            let im = t.get(k, k + 1).re().abs().sqrt() * t.get(k + 1, k).re().abs().sqrt();
            w[k] = Complex::new(t.get(k, k).re(), im);
            w[k + 1] = Complex::new(t.get(k + 1, k + 1).re(), -im);
            k += 2;
        } else {
            w[k] = Complex::new(t.get(k, k).re(), t.get(k, k).im());
            k += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nonsym_eigen::schur_testutil::*;
    use crate::WorkBuffer;
    use ferroblas_kernels::scalar::{c32, c64};

    mod residual {
        use super::*;

        fn run<T: Scalar>(
            job: SenseJob,
            sel: &[bool],
            t: &mut [T],
            ld: usize,
            n: usize,
            q: Option<&mut [T]>,
        ) -> (Reordered<T::Real>, Vec<C>) {
            let m = trsen_count(sel, MatRef::from_col_major(t, n, n, ld));
            let mut buf = WorkBuffer::new(trsen_req::<T>(job, n, m));
            let mut w = vec![Complex::new(<T::Real as Scalar>::zero(), <T::Real as Scalar>::zero()); n];
            let qv = q.map(|q| MatMut::from_col_major(q, n, n, n + 3));
            let r = trsen(job, sel, MatMut::from_col_major(t, n, n, ld), qv, &mut w, Par::Seq, buf.workspace());
            assert_eq!(r.m, m);
            (r, w.iter().map(|e| C::new(e.re.to_f64(), e.im.to_f64())).collect())
        }

        /// Reorders random Schur forms for many selections; the selected
        /// eigenvalues lead T in their old order, T stays orthogonally similar.
        fn reorder<T: Scalar>() {
            let patterns: &[&[usize]] =
                &[&[], &[1], &[2], &[1, 1], &[2, 1], &[1, 2, 1], &[2, 1, 1, 2, 1], &[1, 1, 2, 2, 1, 1, 1]];
            let mut rng = Rng(77);
            for (p, blocks) in patterns.iter().enumerate() {
                let n: usize = blocks.iter().sum();
                for trial in 0..6 {
                    let (mut t, ld, _) = schur_form::<T>(blocks, 500 + p as u64);
                    let t0 = to_c(MatRef::from_col_major(&t, n, n, ld));
                    let w0 = schur_eigs(MatRef::from_col_major(&t, n, n, ld));
                    let sel: Vec<bool> = (0..n)
                        .map(|i| match trial {
                            0 => false,
                            1 => true,
                            _ => rng.next() > 0.0 || i == n - 1,
                        })
                        .collect();
                    // The selected eigenvalues, in order (a 2x2 block's pair when either is selected).
                    let mut want = Vec::new();
                    let mut k = 0;
                    if T::IS_COMPLEX {
                        want = (0..n).filter(|&i| sel[i]).map(|i| w0[i]).collect();
                    } else {
                        for &b in blocks.iter() {
                            if sel[k..k + b].iter().any(|&s| s) {
                                want.extend_from_slice(&w0[k..k + b]);
                            }
                            k += b;
                        }
                    }
                    let (mut q, _) = eye::<T>(n);
                    let (r, w) = run(SenseJob::Both, &sel, &mut t, ld, n, Some(&mut q));
                    assert!(!r.refused);
                    let tv = MatRef::from_col_major(&t, n, n, ld);
                    let wt = schur_eigs(tv);
                    let tol = 1e3 * eps::<T>();
                    assert!(same_eigs(&w0, &wt, tol), "{} eigenvalues changed", T::PREFIX);
                    assert_eq!(r.m, want.len());
                    for (a, b) in want.iter().zip(&w) {
                        assert!(
                            ab(a - b) <= tol * (1.0 + ab(*a)),
                            "{} {blocks:?} {sel:?}: {want:?} vs {w:?}",
                            T::PREFIX
                        );
                    }
                    for (a, b) in wt.iter().zip(&w) {
                        assert!(ab(a - b) <= tol * (1.0 + ab(*a)));
                    }
                    let (res, orth) = residuals(&t0, tv, MatRef::from_col_major(&q, n, n, n + 3));
                    assert!(res < 100.0 && orth < 100.0, "{} residual {res} orth {orth}", T::PREFIX);
                    let (s, sep) = (r.s.unwrap().to_f64(), r.sep.unwrap().to_f64());
                    if r.m == 0 || r.m == n {
                        assert_eq!(s, 1.0);
                        let norm = norm1(&t0);
                        assert!((sep - norm).abs() <= 10.0 * eps::<T>() * norm, "sep {sep} vs |T|_1 {norm}");
                    } else {
                        assert!(s > 0.0 && s <= 1.0 && sep > 0.0 && sep.is_finite());
                    }
                }
            }
        }

        #[test]
        fn trsen_reorders_selected_first() {
            reorder::<f32>();
            reorder::<f64>();
            reorder::<c32>();
            reorder::<c64>();
        }

        /// A diagonal T: R = 0 so S = 1, and the estimate of
        /// sep = min |l_i - l_j| (selected i, other j) is exact.
        fn diagonal<T: Scalar>() {
            let n = 5;
            let (mut t, ld) = zeros::<T>(n);
            let lam = [1.0, -2.0, 4.0, 0.5, 3.0];
            for i in 0..n {
                t[i + i * ld] = re(lam[i]);
            }
            let sel = [true, false, true, false, false];
            for job in [SenseJob::None, SenseJob::Eigenvalues, SenseJob::Subspace, SenseJob::Both] {
                let mut tt = t.clone();
                let (r, w) = run::<T>(job, &sel, &mut tt, ld, n, None);
                assert_eq!((r.s.is_some(), r.sep.is_some()), (job.wants_s(), job.wants_sep()));
                assert_eq!(r.m, 2);
                assert_eq!((w[0].re, w[1].re), (1.0, 4.0));
                if let Some(s) = r.s {
                    assert!((s.to_f64() - 1.0).abs() < 10.0 * eps::<T>());
                }
                if let Some(sep) = r.sep {
                    assert!((sep.to_f64() - 0.5).abs() < 10.0 * eps::<T>(), "{} sep {}", T::PREFIX, sep.to_f64());
                }
            }
        }

        #[test]
        fn trsen_diagonal_condition_numbers() {
            diagonal::<f32>();
            diagonal::<f64>();
            diagonal::<c32>();
            diagonal::<c64>();
        }

        fn nan<T: Scalar>() {
            let (mut t, ld, n) = schur_form::<T>(&[1, 2, 1, 1], 4);
            t[2 * ld] = T::from_real(<T::Real as RealScalar>::from_f64(f64::NAN));
            let (r, _) = run::<T>(SenseJob::Both, &[false, false, false, true, true], &mut t, ld, n, None);
            assert_eq!(r.m, 2);
        }

        #[test]
        fn trsen_nan_ends() {
            nan::<f32>();
            nan::<f64>();
            nan::<c32>();
            nan::<c64>();
        }

        /// Swaps refused on the way: S = SEP = 0, `refused`.
        #[test]
        fn trsen_refused_swap() {
            let n = 4;
            let (mut t, ld) = zeros::<f64>(n);
            for k in [0, 2] {
                t[k + k * ld] = 1.0;
                t[k + 1 + (k + 1) * ld] = 1.0;
                t[k + (k + 1) * ld] = 1830.614844946609;
                t[k + 1 + k * ld] = -386693.43457256263;
            }
            t[2 * ld] = 2.0826660953209142e-8;
            t[1 + 2 * ld] = -2.429233556474651e-9;
            t[3 * ld] = 4.5784121911444175e-8;
            t[1 + 3 * ld] = -1.8716632809334495e-8;
            let (r, _) = run::<f64>(SenseJob::Both, &[false, false, true, false], &mut t, ld, n, None);
            assert!(r.refused && r.info() == Err(Info::new(1)));
            assert_eq!((r.m, r.s, r.sep), (2, Some(0.0), Some(0.0)));
        }
    }
}
