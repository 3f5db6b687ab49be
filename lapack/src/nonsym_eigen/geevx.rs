//! The expert eigenvalue driver `?geevx`: `?geev` with a choice of
//! balancing, the balancing returned, and the condition numbers of the
//! eigenvalues and right eigenvectors (`?trsna` on the Schur form).

use super::geev::{normalize, rescale, scale_general};
use super::trsen::SenseJob;
use super::{
    gebak, gebal, gehrd, gehrd_req, hseqr, hseqr_req, orghr, orghr_req, trevc3, trevc3_req, trsna, trsna_req,
    BalanceJob, Howmny, SchurJob, SnaJob, VecSide,
};
use crate::sym_eigen::tridiagonal::Compz;
use crate::Info;
use ferroblas_kernels::aux::matrix::{lacpy, Part};
use ferroblas_kernels::aux::norms::{lange, Norm};
use ferroblas_kernels::scalar::{Complex, Scalar};
use ferroblas_kernels::{MatMut, Side};
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// What [`geevx`] returns besides its arrays.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Geevx<R> {
    /// The active block `ilo..ihi` the balancing left (LAPACK's ILO - 1, IHI).
    pub ilo: usize,
    /// One past its last row and column.
    pub ihi: usize,
    /// The 1-norm of the balanced matrix (ABNRM).
    pub abnrm: R,
    /// `Err(info)`: the QR algorithm failed; no eigenvectors or condition
    /// numbers were computed and `w[info..]` (INFO 1-based) and `w[..ilo]`
    /// hold the eigenvalues that converged.
    pub info: Result<(), Info>,
}

fn sna_job(sense: SenseJob) -> Option<SnaJob> {
    match sense {
        SenseJob::None => None,
        SenseJob::Eigenvalues => Some(SnaJob::Eigenvalues),
        SenseJob::Subspace => Some(SnaJob::Vectors),
        SenseJob::Both => Some(SnaJob::Both),
    }
}

/// The workspace [`geevx`] needs for order `n` and condition numbers `sense`.
pub fn geevx_req<T: Scalar>(sense: SenseJob, n: usize) -> WorkReq {
    let cond = sna_job(sense).map_or(WorkReq::EMPTY, |j| trsna_req::<T>(j, n));
    let steps = gehrd_req::<T>(n)
        .or(orghr_req::<T>(0, n))
        .or(hseqr_req::<T>(n))
        .or(trevc3_req::<T>(n))
        .or(cond)
        .or(WorkReq::new::<T::Real>(n));
    WorkReq::new::<T>(n).and(steps)
}

/// The eigenvalues `w` of the `n x n` matrix `a`, optionally its left and
/// right eigenvectors (as [`geev`](super::geev) stores them) and the
/// reciprocal condition numbers of the eigenvalues (`rconde`, SENSE = E, B)
/// and right eigenvectors (`rcondv`, SENSE = V, B) (`?geevx`).
///
/// `balanc` chooses the balancing; `scale` receives its details as
/// [`gebal`] returns them (0-based permutation indices outside `ilo..ihi`,
/// scale factors inside). The condition numbers are those of the balanced
/// matrix; SENSE = E or B needs both eigenvectors. With SENSE != N the full
/// Schur form is computed; `a` is overwritten (by the Schur form of the
/// balanced matrix when vectors or condition numbers were asked for).
/// `rconde`/`rcondv` are read only when asked for.
#[allow(clippy::too_many_arguments)]
pub fn geevx<T: Scalar>(
    balanc: BalanceJob,
    want_vl: bool,
    want_vr: bool,
    sense: SenseJob,
    mut a: MatMut<'_, T>,
    w: &mut [Complex<T::Real>],
    mut vl: MatMut<'_, T>,
    mut vr: MatMut<'_, T>,
    scale: &mut [T::Real],
    rconde: &mut [T::Real],
    rcondv: &mut [T::Real],
    par: Par,
    mut work: Workspace<'_>,
) -> Geevx<T::Real> {
    type R<T> = <T as Scalar>::Real;
    let n = a.nrows();
    assert!(a.ncols() == n && w.len() >= n && scale.len() >= n, "geevx: A is not square or w, scale short");
    assert!(!sense.wants_s() || (want_vl && want_vr), "geevx: eigenvalue condition numbers need both eigenvectors");
    let mut out = Geevx { ilo: 0, ihi: n, abnrm: R::<T>::zero(), info: Ok(()) };
    if n == 0 {
        return out;
    }
    let (anrm, cscale) = scale_general(a.rb_mut());
    let (tau, mut work) = work.take::<T>(n);
    let bal = gebal(balanc, a.rb_mut(), scale);
    let (ilo, ihi) = (bal.ilo, bal.ihi.max(bal.ilo));
    out.ilo = bal.ilo;
    out.ihi = bal.ihi;
    let abnrm = lange(Norm::One, a.rb(), &mut []);
    out.abnrm = cscale.map_or(abnrm, |c| rescale(c, anrm, abnrm));
    gehrd(ilo, ihi, a.rb_mut(), &mut tau[..n - 1], par, work.rb_mut());
    let result = if want_vl || want_vr {
        let mut q = if want_vl { vl.rb_mut() } else { vr.rb_mut() }.submatrix(0, 0, n, n);
        lacpy(Part::Lower, a.rb(), q.rb_mut());
        orghr(ilo, ihi, q.rb_mut(), &tau[..n - 1], par, work.rb_mut());
        let r = hseqr(SchurJob::Schur, Compz::Update, ilo, ihi, a.rb_mut(), w, q.rb_mut(), par, work.rb_mut());
        if want_vl && want_vr {
            lacpy(Part::Full, vl.rb().submatrix(0, 0, n, n), vr.rb_mut().submatrix(0, 0, n, n));
        }
        r
    } else {
        // The condition numbers need the Schur form itself.
        let job = if sense == SenseJob::None { SchurJob::Eigenvalues } else { SchurJob::Schur };
        let none = MatMut::from_col_major(&mut [], 0, 0, 1);
        hseqr(job, Compz::None, ilo, ihi, a.rb_mut(), w, none, par, work.rb_mut())
    };
    out.info = result;
    if result.is_ok() {
        if want_vl || want_vr {
            let side = match (want_vl, want_vr) {
                (true, true) => VecSide::Both,
                (true, false) => VecSide::Left,
                _ => VecSide::Right,
            };
            let vle =
                if want_vl { vl.rb_mut().submatrix(0, 0, n, n) } else { MatMut::from_col_major(&mut [], 0, 0, 1) };
            let vre =
                if want_vr { vr.rb_mut().submatrix(0, 0, n, n) } else { MatMut::from_col_major(&mut [], 0, 0, 1) };
            trevc3(side, Howmny::Backtransform, &mut [], a.rb_mut(), vle, vre, work.rb_mut());
        }
        if let Some(job) = sna_job(sense) {
            // The eigenvectors of the balanced matrix are those of its Schur
            // form rotated by the Schur vectors, which trsna accepts.
            let (vle, vre) = if job.wants_s() {
                (vl.rb().submatrix(0, 0, n, n), vr.rb().submatrix(0, 0, n, n))
            } else {
                (vl.rb().submatrix(0, 0, 0, 0), vr.rb().submatrix(0, 0, 0, 0))
            };
            trsna(job, None, a.rb(), vle, vre, rconde, rcondv, work.rb_mut());
        }
        let (rwork, _) = work.take::<R<T>>(n);
        for (want, v, s) in [(want_vl, vl.rb_mut(), Side::Left), (want_vr, vr.rb_mut(), Side::Right)] {
            if want {
                let mut v = v.submatrix(0, 0, n, n);
                gebak(balanc, s, ilo, ihi, scale, v.rb_mut());
                normalize(v, w, rwork);
            }
        }
    }
    if let Some(c) = cscale {
        let first = result.err().map_or(0, |e| e.lapack_info() as usize);
        let fix = |z: &mut Complex<R<T>>| *z = Complex::new(rescale(c, anrm, z.re), rescale(c, anrm, z.im));
        w[first..n].iter_mut().for_each(fix);
        if result.is_err() {
            w[..ilo].iter_mut().for_each(fix);
        } else if sense.wants_sep() {
            rcondv[..n].iter_mut().for_each(|r| *r = rescale(c, anrm, *r));
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::needless_range_loop)] // indices address matrix rows and columns alike
mod tests {
    use super::*;
    use crate::nonsym_eigen::schur_testutil::*;
    use crate::nonsym_eigen::{geev, geev_req, trevc3, trevc3_req};
    use crate::WorkBuffer;
    use ferroblas_kernels::scalar::{c32, c64, RealScalar};
    use ferroblas_kernels::MatRef;

    mod residual {
        use super::*;

        /// A column-major matrix's entries as complex `f64` rows.
        fn rows<T: Scalar>(a: &[T], n: usize, ld: usize) -> Vec<Vec<C>> {
            let m = MatRef::from_col_major(a, n, n, ld);
            (0..n)
                .map(|i| (0..n).map(|j| C::new(m.get(i, j).re().to_f64(), m.get(i, j).im().to_f64())).collect())
                .collect()
        }

        /// The eigenvectors as complex columns (a real type's pairs joined).
        fn vectors<T: Scalar>(v: &[T], n: usize, ld: usize, w: &[C]) -> Vec<Vec<C>> {
            let vc = rows(v, n, ld);
            let mut out = vc.clone();
            if T::IS_COMPLEX {
                return out;
            }
            let mut j = 0;
            while j < n {
                if w[j].im != 0.0 && j + 1 < n {
                    for i in 0..n {
                        let z = C::new(vc[i][j].re, vc[i][j + 1].re);
                        out[i][j] = z;
                        out[i][j + 1] = z.conj();
                    }
                    j += 2;
                } else {
                    j += 1;
                }
            }
            out
        }

        /// max_j |(A v_j - w_j v_j)| / (|A| n eps) and the same for the left vectors.
        fn residuals(a: &[Vec<C>], vr: &[Vec<C>], vl: &[Vec<C>], w: &[C], eps: f64) -> (f64, f64) {
            let n = a.len();
            let an = a.iter().map(|r| r.iter().map(|x| ab(*x)).sum::<f64>()).fold(0.0, f64::max).max(1e-300);
            let (mut rr, mut rl) = (0.0f64, 0.0f64);
            for j in 0..n {
                for i in 0..n {
                    let av: C = (0..n).map(|k| a[i][k] * vr[k][j]).sum();
                    rr = rr.max(ab(av - w[j] * vr[i][j]));
                    // (u^H A)_i = sum_k conj(u_k) a_ki
                    let ua: C = (0..n).map(|k| vl[k][j].conj() * a[k][i]).sum();
                    rl = rl.max(ab(ua - w[j] * vl[i][j].conj()));
                }
            }
            let d = an * n.max(1) as f64 * eps;
            (rr / d, rl / d)
        }

        fn wmax_of(w: &[C]) -> f64 {
            w.iter().map(|x| ab(*x)).fold(1.0, f64::max)
        }

        fn check<T: Scalar>(n: usize, balanc: BalanceJob, sense: SenseJob, graded: bool) {
            let zero = Complex::new(<T::Real as Scalar>::zero(), <T::Real as Scalar>::zero());
            let (mut a, ld) = zeros::<T>(n);
            let mut rng = Rng(7 + n as u64);
            for j in 0..n {
                for i in 0..n {
                    let f = if graded { 2f64.powi(4 * (i as i32 - j as i32)) } else { 1.0 };
                    a[i + j * ld] = rng.scalar::<T>().scale_real(<T::Real as RealScalar>::from_f64(f));
                }
            }
            let a0 = rows(&a, n, ld);
            let (mut vl, _) = zeros::<T>(n);
            let (mut vr, _) = zeros::<T>(n);
            let mut w = vec![zero; n];
            let r0 = <T::Real as Scalar>::zero();
            let (mut scale, mut rconde, mut rcondv) = (vec![r0; n], vec![r0; n], vec![r0; n]);
            let mut buf = WorkBuffer::new(geevx_req::<T>(sense, n));
            let mut t = a.clone();
            let out = geevx(
                balanc,
                true,
                true,
                sense,
                MatMut::from_col_major(&mut t, n, n, ld),
                &mut w,
                MatMut::from_col_major(&mut vl, n, n, ld),
                MatMut::from_col_major(&mut vr, n, n, ld),
                &mut scale,
                &mut rconde,
                &mut rcondv,
                Par::Seq,
                buf.workspace(),
            );
            let tag = format!("{} n={n} {balanc:?} {sense:?} graded={graded}", T::PREFIX);
            assert_eq!(out.info, Ok(()), "{tag}");
            assert!(out.ilo <= out.ihi && out.ihi <= n, "{tag}");
            if !balanc.permutes() {
                assert_eq!((out.ilo, out.ihi), (0, n), "{tag}");
            }
            let wc: Vec<C> = w.iter().map(|x| C::new(x.re.to_f64(), x.im.to_f64())).collect();
            let (rr, rl) = residuals(&a0, &vectors(&vr, n, ld, &wc), &vectors(&vl, n, ld, &wc), &wc, eps::<T>());
            assert!(rr < 50.0 && rl < 50.0, "{tag}: residual right {rr}, left {rl}");
            for v in [&vl, &vr] {
                let vc = vectors(v, n, ld, &wc);
                for j in 0..n {
                    let s: f64 = (0..n).map(|i| vc[i][j].norm_sqr()).sum();
                    assert!((s.sqrt() - 1.0).abs() < 1e2 * n as f64 * eps::<T>(), "{tag}: norm {}", s.sqrt());
                }
            }
            // Without (some) vectors: the same eigenvalues, RCONDV and VR.
            if !sense.wants_s() {
                for (wl, wr) in [(false, true), (true, false), (false, false)] {
                    let (mut t2, mut w2) = (a.clone(), vec![zero; n]);
                    let (mut l2, mut r2) = (zeros::<T>(n).0, zeros::<T>(n).0);
                    let mut rv2 = vec![r0; n];
                    let o2 = geevx(
                        balanc,
                        wl,
                        wr,
                        sense,
                        MatMut::from_col_major(&mut t2, n, n, ld),
                        &mut w2,
                        MatMut::from_col_major(&mut l2, n, n, ld),
                        MatMut::from_col_major(&mut r2, n, n, ld),
                        &mut vec![r0; n],
                        &mut [],
                        &mut rv2,
                        Par::Seq,
                        buf.workspace(),
                    );
                    assert_eq!((o2.ilo, o2.ihi, o2.abnrm, o2.info), (out.ilo, out.ihi, out.abnrm, out.info), "{tag}");
                    for k in 0..n {
                        let (x, y) = (C::new(w2[k].re.to_f64(), w2[k].im.to_f64()), wc[k]);
                        assert!(ab(x - y) <= 1e2 * eps::<T>() * wmax_of(&wc), "{tag} {wl} {wr}: {x} vs {y}");
                        if sense.wants_sep() {
                            let (x, y) = (rv2[k].to_f64(), rcondv[k].to_f64());
                            assert!((x - y).abs() <= 1e-2 * y.max(1e-30), "{tag} {wl} {wr}: rcondv {x} vs {y}");
                        }
                    }
                    if wr && !wl {
                        let v2 = vectors(&r2, n, ld, &wc);
                        let (rr, _) = residuals(&a0, &v2, &v2, &wc, eps::<T>());
                        assert!(rr < 50.0, "{tag}: VR alone, residual {rr}");
                    }
                }
            }
            // The same eigenvalues as geev's.
            let mut g = a.clone();
            let mut gw = vec![zero; n];
            let mut gbuf = WorkBuffer::new(geev_req::<T>(n));
            let empty = || MatMut::from_col_major(&mut [], 0, 0, 1);
            geev(
                false,
                false,
                MatMut::from_col_major(&mut g, n, n, ld),
                &mut gw,
                empty(),
                empty(),
                Par::Seq,
                gbuf.workspace(),
            )
            .unwrap();
            // Error bound: eps |A| / s for the worst conditioned eigenvalue.
            let wmax = wc.iter().map(|x| ab(*x)).fold(1.0, f64::max);
            let an = a0.iter().map(|r| r.iter().map(|x| ab(*x)).sum::<f64>()).fold(0.0, f64::max);
            let smin = if sense.wants_s() { rconde.iter().map(|x| x.to_f64()).fold(1.0, f64::min) } else { 1.0 };
            let bound = wmax.max(an / smin);
            let mut rest: Vec<C> = gw.iter().map(|x| C::new(x.re.to_f64(), x.im.to_f64())).collect();
            for x in &wc {
                let k = (0..rest.len()).min_by(|&p, &q| ab(rest[p] - x).total_cmp(&ab(rest[q] - x))).unwrap();
                assert!(ab(rest[k] - x) <= 1e3 * eps::<T>() * bound, "{tag}: {x} vs geev {:?}", rest[k]);
                rest.swap_remove(k);
            }
            if balanc == BalanceJob::Both && !graded {
                assert_eq!(w, gw, "{tag}: same path as geev");
            }
            // ABNRM is the 1-norm of the balanced matrix: the norm of D^-1 P^T A P D.
            let mut b = a.clone();
            let mut sc = vec![r0; n];
            gebal(balanc, MatMut::from_col_major(&mut b, n, n, ld), &mut sc);
            let bn = lange(Norm::One, MatRef::from_col_major(&b, n, n, ld), &mut []);
            let (x, y) = (out.abnrm.to_f64(), bn.to_f64());
            assert!((x - y).abs() <= 10.0 * eps::<T>() * y, "{tag}: abnrm {x} vs {y}");
            assert_eq!(scale, sc, "{tag}");
            // The condition numbers are trsna's on the Schur form t, with
            // the eigenvectors of t itself.
            if let Some(job) = sna_job(sense) {
                let (mut tl, _) = zeros::<T>(n);
                let (mut tr, _) = zeros::<T>(n);
                let mut tt = t.clone();
                let mut tbuf = WorkBuffer::new(trevc3_req::<T>(n).or(trsna_req::<T>(job, n)));
                trevc3(
                    VecSide::Both,
                    Howmny::All,
                    &mut [],
                    MatMut::from_col_major(&mut tt, n, n, ld),
                    MatMut::from_col_major(&mut tl, n, n, ld),
                    MatMut::from_col_major(&mut tr, n, n, ld),
                    tbuf.workspace(),
                );
                let (mut s, mut sep) = (vec![r0; n], vec![r0; n]);
                trsna(
                    job,
                    None,
                    MatRef::from_col_major(&t, n, n, ld),
                    MatRef::from_col_major(&tl, n, n, ld),
                    MatRef::from_col_major(&tr, n, n, ld),
                    &mut s,
                    &mut sep,
                    tbuf.workspace(),
                );
                // t is the Schur form of A scaled into range, if it was;
                // RCONDV is in A's units.
                let mut probe = a.clone();
                let (anrm, cscale) = scale_general(MatMut::from_col_major(&mut probe, n, n, ld));
                if let Some(c) = cscale {
                    sep.iter_mut().for_each(|x| *x = rescale(c, anrm, *x));
                }
                let tol = 1e3 * eps::<T>();
                for k in 0..n {
                    if job.wants_s() {
                        let (x, y) = (rconde[k].to_f64(), s[k].to_f64());
                        assert!(
                            x >= 0.0 && x <= 1.0 + tol && (x - y).abs() <= tol * (1.0 + 1.0 / y),
                            "{tag}: rconde {x} vs {y}"
                        );
                    }
                    if job.wants_sep() {
                        let (x, y) = (rcondv[k].to_f64(), sep[k].to_f64());
                        assert!(
                            (x - y).abs() <= tol * y.max(out.abnrm.to_f64() * eps::<T>()),
                            "{tag}: rcondv {x} vs {y}"
                        );
                    }
                }
            }
        }

        fn all<T: Scalar>() {
            let jobs = [BalanceJob::None, BalanceJob::Permute, BalanceJob::Scale, BalanceJob::Both];
            let senses = [SenseJob::None, SenseJob::Eigenvalues, SenseJob::Subspace, SenseJob::Both];
            for n in [0, 1, 2, 5, 20] {
                for (k, &b) in jobs.iter().enumerate() {
                    check::<T>(n, b, senses[k], false);
                    check::<T>(n, b, SenseJob::Both, n > 2);
                }
            }
        }

        #[test]
        fn geevx_residuals_and_condition_numbers() {
            all::<f32>();
            all::<f64>();
            all::<c32>();
            all::<c64>();
        }
    }
}
