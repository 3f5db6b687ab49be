//! Eigenvectors of an upper Hessenberg matrix by inverse iteration
//! (`?hsein`, one vector at a time by `?laein`), for a few selected
//! eigenvalues where computing the whole Schur form would cost more.
//!
//! One step of inverse iteration solves `(H - w I) x = v`. `H - w I` is
//! Hessenberg, so its LU factorization with partial pivoting only ever swaps
//! neighbouring rows, and the classic shortcut (Wilkinson) applies: start from
//! a vector `v` chosen so that `L^-1 v` is as good as any, and solve with `U`
//! alone. A near-zero pivot is replaced by `eps3 = ulp |H|`, the size of a
//! backward-stable perturbation; a vector that grows by at least `0.1/sqrt(n)`
//! against `eps3` is accepted (it then is an eigenvector of a matrix within
//! `eps3` of H), otherwise the next of `n` orthogonal starting vectors is tried.
//! Left eigenvectors use the UL factorization with column interchanges and
//! solve with `U^H`.
//!
//! A complex eigenvalue of a real matrix is handled in complex arithmetic on
//! a complex copy of `H - w I` (the reference packs the complex factor into a
//! real array; the arithmetic is the same) and the vector is returned as its
//! real and imaginary parts in two columns.

use super::eigvec::VecSide;
use crate::condition::{latrs, NormIn};
use crate::{Info, WorkReq, Workspace};
use ferroblas_kernels::aux::norms::{lanhs, Norm};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::level1::{asum, iamax, nrm2, scal_real};
use ferroblas_kernels::level2::div;
use ferroblas_kernels::scalar::{Complex, RealScalar, Scalar};
use ferroblas_kernels::{Diag, MatMut, MatRef, Trans, Uplo, VecMut};

/// The complex type over `T`'s real type.
type Cplx<T> = <<T as Scalar>::Real as RealScalar>::Complex;

/// Where `?hsein`'s eigenvalues come from (`EIGSRC`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EigSource {
    /// From `?hseqr` on this H (`'Q'`): eigenvalue `k` belongs to the diagonal
    /// block holding row `k`, so iteration runs on that block only.
    Hseqr,
    /// No assumption (`'N'`): iteration always runs on the whole of H.
    Unknown,
}

impl EigSource {
    /// Parses `Q` or `N`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'Q' => Some(EigSource::Hseqr),
            b'N' => Some(EigSource::Unknown),
            _ => None,
        }
    }
}

/// Whether `?hsein` starts from the caller's vectors (`INITV`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InitVectors {
    /// No starting vectors (`'N'`).
    None,
    /// The columns of VL / VR hold starting vectors (`'U'`).
    User,
}

impl InitVectors {
    /// Parses `N` or `U`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'N' => Some(InitVectors::None),
            b'U' => Some(InitVectors::User),
            _ => None,
        }
    }
}

/// What [`hsein`] found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hsein {
    /// Columns of VL / VR written (a real type's complex vector takes two).
    pub m: usize,
    /// Columns whose iteration did not converge (LAPACK's positive INFO).
    pub failed: usize,
}

/// The number of columns [`hsein`] writes for `select`, standardizing
/// `select` first as the reference does: for a real type, a complex pair
/// `(k, k + 1)` (nonzero imaginary part of `w[k]`) is selected by either
/// flag and recorded on `select[k]` alone.
pub fn hsein_count<T: Scalar>(select: &mut [bool], w: &[Complex<T::Real>]) -> usize {
    let n = select.len().min(w.len());
    if T::IS_COMPLEX {
        return select[..n].iter().filter(|&&s| s).count();
    }
    let mut m = 0;
    let mut k = 0;
    while k < n {
        if w[k].im.is_zero() || k + 1 == n {
            m += usize::from(select[k]);
            k += 1;
        } else {
            if select[k] || select[k + 1] {
                select[k] = true;
                m += 2;
            }
            select[k + 1] = false;
            k += 2;
        }
    }
    m
}

/// The workspace [`laein`] needs for order `n`.
pub fn laein_req<T: Scalar>(n: usize) -> WorkReq {
    let real_eig = WorkReq::new::<T>(n * n);
    let pair = WorkReq::new::<Cplx<T>>(n * n + n);
    WorkReq::new::<T::Real>(n).and(if T::IS_COMPLEX { real_eig } else { real_eig.or(pair) })
}

/// The workspace [`hsein`] needs for order `n`.
pub fn hsein_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T::Real>(n).and(laein_req::<T>(n))
}

/// `?laein`: one right (`right`) or left eigenvector of the `n x n` upper
/// Hessenberg `h` for the approximate eigenvalue `w`, by inverse iteration.
///
/// For a complex type, or a real `w`, the vector is `v`; for a real type and
/// `w.im != 0` it is `v + i vi` (`vi` is not touched otherwise). Unless
/// `noinit`, `v` (and `vi`) hold the starting vector. `eps3` replaces
/// near-zero pivots and sets the accepted growth; `smlnum` is the smallest
/// norm a starting vector is scaled from. The vector is normalized so that
/// its largest element has `|re| + |im| = 1`. `Err(Info(1))`: no starting
/// vector grew enough in `n` tries (the last iterate is returned).
#[allow(clippy::too_many_arguments)]
pub fn laein<T: Scalar>(
    right: bool,
    noinit: bool,
    h: MatRef<'_, T>,
    w: Complex<T::Real>,
    mut v: VecMut<'_, T>,
    mut vi: VecMut<'_, T>,
    eps3: T::Real,
    smlnum: T::Real,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = h.nrows();
    assert!(h.ncols() == n && v.len() >= n, "laein: H is not square or v is short");
    if n == 0 {
        return Ok(());
    }
    let (cnorm, mut work) = work.take::<T::Real>(n);
    if T::IS_COMPLEX || w.im.is_zero() {
        let (b, _) = work.take::<T>(n * n);
        let mut b = MatMut::from_col_major(b, n, n, n);
        let shift = T::from_parts(w.re, w.im);
        shifted(h, |i, j, x| b.set(i, j, if i == j { x - shift } else { x }));
        return inverse_iteration(right, noinit, b, v.subvec(0, n), cnorm, eps3, smlnum);
    }
    assert!(vi.len() >= n, "laein: vi is short");
    let (b, mut work) = work.take::<Cplx<T>>(n * n);
    let (x, _) = work.take::<Cplx<T>>(n);
    let mut b = MatMut::from_col_major(b, n, n, n);
    let shift = Cplx::<T>::from_parts(w.re, w.im);
    shifted(h, |i, j, e| {
        let e = Cplx::<T>::from_real(e.re());
        b.set(i, j, if i == j { e - shift } else { e })
    });
    for (i, xi) in x.iter_mut().enumerate() {
        *xi = Cplx::<T>::from_parts(v.get(i).re(), vi.get(i).re());
    }
    let result = inverse_iteration(right, noinit, b, VecMut::from_slice(x), cnorm, eps3, smlnum);
    for (i, xi) in x.iter().enumerate() {
        v.set(i, T::from_real(xi.re()));
        vi.set(i, T::from_real(xi.im()));
    }
    result
}

/// Calls `put(i, j, h(i, j))` for every element of the Hessenberg part of
/// `h` and `put(i, j, 0)` below it, column by column.
fn shifted<T: Scalar>(h: MatRef<'_, T>, mut put: impl FnMut(usize, usize, T)) {
    let n = h.nrows();
    for j in 0..n {
        for i in 0..n {
            put(i, j, if i <= j + 1 { h.get(i, j) } else { T::zero() });
        }
    }
}

/// Inverse iteration on `b = H - w I` (Hessenberg; factored in place): the
/// core of [`laein`], in the arithmetic of `C`.
fn inverse_iteration<C: Scalar>(
    right: bool,
    noinit: bool,
    mut b: MatMut<'_, C>,
    mut v: VecMut<'_, C>,
    cnorm: &mut [C::Real],
    eps3: C::Real,
    smlnum: C::Real,
) -> Result<(), Info> {
    let n = b.nrows();
    let one = <C::Real as Scalar>::one();
    let rootn = <C::Real as RealScalar>::from_f64(n as f64).sqrt();
    let growto = <C::Real as RealScalar>::from_f64(0.1) / rootn;
    let nrmsml = one.max(eps3 * rootn) * smlnum;
    if noinit {
        (0..n).for_each(|i| v.set(i, C::from_real(eps3)));
    } else {
        let rec = eps3 * rootn / nrm2(v.rb()).max(nrmsml);
        scal_real(rec, v.rb_mut());
    }
    let small = |x: C| if x.is_zero() { C::from_real(eps3) } else { x };
    if right {
        // LU with partial pivoting: rows i and i + 1 trade places when the
        // subdiagonal element is the larger; L is not kept.
        for i in 0..n - 1 {
            let ei = b.get(i + 1, i);
            if b.get(i, i).abs1() < ei.abs1() {
                let x = div(b.get(i, i), ei);
                b.set(i, i, ei);
                for j in i + 1..n {
                    let t = b.get(i + 1, j);
                    b.set(i + 1, j, b.get(i, j) - x * t);
                    b.set(i, j, t);
                }
            } else {
                let bii = small(b.get(i, i));
                b.set(i, i, bii);
                let x = div(ei, bii);
                if !x.is_zero() {
                    for j in i + 1..n {
                        b.set(i + 1, j, b.get(i + 1, j) - x * b.get(i, j));
                    }
                }
            }
        }
        b.set(n - 1, n - 1, small(b.get(n - 1, n - 1)));
    } else {
        // UL with partial pivoting: columns j - 1 and j trade places.
        for j in (1..n).rev() {
            let ej = b.get(j, j - 1);
            if b.get(j, j).abs1() < ej.abs1() {
                let x = div(b.get(j, j), ej);
                b.set(j, j, ej);
                for i in 0..j {
                    let t = b.get(i, j - 1);
                    b.set(i, j - 1, b.get(i, j) - x * t);
                    b.set(i, j, t);
                }
            } else {
                let bjj = small(b.get(j, j));
                b.set(j, j, bjj);
                let x = div(ej, bjj);
                if !x.is_zero() {
                    for i in 0..j {
                        b.set(i, j - 1, b.get(i, j - 1) - x * b.get(i, j));
                    }
                }
            }
        }
        b.set(0, 0, small(b.get(0, 0)));
    }
    let trans = if right { Trans::No } else { Trans::ConjTrans };
    let mut normin = NormIn::Compute;
    let mut converged = false;
    for its in 1..=n {
        let scale = latrs(Uplo::Upper, trans, Diag::NonUnit, normin, b.rb(), v.rb_mut(), cnorm);
        normin = NormIn::Given;
        if asum(v.rb()) >= growto * scale {
            converged = true;
            break;
        }
        // The next starting vector, orthogonal to the ones tried before.
        let rest = C::from_real(eps3 / (rootn + one));
        v.set(0, C::from_real(eps3));
        (1..n).for_each(|i| v.set(i, rest));
        v.set(n - its, v.get(n - its) - C::from_real(eps3 * rootn));
    }
    if let Some(i) = iamax(v.rb()) {
        scal_real(one / v.get(i).abs1(), v.rb_mut());
    }
    if converged {
        Ok(())
    } else {
        Err(Info::new(1))
    }
}

/// `?hsein`: the right and/or left eigenvectors of the upper Hessenberg `h`
/// for the eigenvalues `w[k]` with `select[k]`, by inverse iteration.
///
/// `select` is standardized first ([`hsein_count`]); `vl` / `vr` need that
/// many columns (`Left`/`Right`/`Both` decide which are read and written).
/// The vectors go to consecutive columns in eigenvalue order, a real type's
/// complex vector as its real and imaginary parts in two columns, each
/// normalized so that its largest element has `|re| + |im| = 1`. With
/// [`InitVectors::User`] those columns hold the starting vectors. Eigenvalues
/// closer than `eps3` to an earlier selected one of the same block are moved
/// by `eps3` (written back to `w`) so the vectors come out independent.
/// `ifaill[c]` / `ifailr[c]` is `Some(k)` when column `c` (the vector of
/// `w[k]`) did not converge, else `None`.
#[allow(clippy::too_many_arguments)]
pub fn hsein<T: Scalar>(
    side: VecSide,
    source: EigSource,
    init: InitVectors,
    select: &mut [bool],
    h: MatRef<'_, T>,
    w: &mut [Complex<T::Real>],
    mut vl: MatMut<'_, T>,
    mut vr: MatMut<'_, T>,
    ifaill: &mut [Option<usize>],
    ifailr: &mut [Option<usize>],
    mut work: Workspace<'_>,
) -> Hsein {
    type R<T> = <T as Scalar>::Real;
    let n = h.nrows();
    assert!(h.ncols() == n && w.len() >= n && select.len() >= n, "hsein: H is not square or w/select is short");
    let m = hsein_count::<T>(&mut select[..n], &w[..n]);
    let mut out = Hsein { m, failed: 0 };
    if n == 0 {
        return out;
    }
    let zero = <R<T> as Scalar>::zero();
    let unfl = lamch::<R<T>>(Machine::SafeMin);
    let ulp = lamch::<R<T>>(Machine::Precision);
    let smlnum = unfl * (R::<T>::from_f64(n as f64) / ulp);
    let noinit = init == InitVectors::None;
    let (norm_work, mut work) = work.take::<R<T>>(n);

    let (mut kl, mut kr) = (0, if source == EigSource::Hseqr { 0 } else { n });
    let mut kl_normed = None;
    let mut eps3 = zero;
    let mut col = 0;
    for k in 0..n {
        if !select[k] {
            continue;
        }
        if source == EigSource::Hseqr {
            // The diagonal block holding row k: H(kl, kl-1) and H(kr, kr-1) zero.
            kl = (kl + 1..=k).rev().find(|&i| h.get(i, i - 1).is_zero()).unwrap_or(kl);
            if k >= kr {
                kr = (k..n - 1).find(|&i| h.get(i + 1, i).is_zero()).map_or(n, |i| i + 1);
            }
        }
        if kl_normed != Some(kl) {
            kl_normed = Some(kl);
            let hnorm = lanhs(Norm::Inf, h.submatrix(kl, kl, kr - kl, kr - kl), norm_work);
            eps3 = if hnorm > zero { hnorm * ulp } else { smlnum };
        }
        // Move the eigenvalue off earlier selected ones of the block; the
        // bound on the moves guards against eps3 lost below w's ulp.
        let mut wk = w[k];
        for _ in 0..=n {
            let close = (kl..k).any(|i| select[i] && (w[i].re - wk.re).abs() + (w[i].im - wk.im).abs() < eps3);
            if !close {
                break;
            }
            wk.re += eps3;
        }
        w[k].re = wk.re;
        let pair = !T::IS_COMPLEX && !wk.im.is_zero();
        let cols = if pair { 2 } else { 1 };
        let failed = |f: Result<(), Info>| f.is_err().then_some(k);
        if side.left() {
            let (mut re, mut im) = column_pair(vl.rb_mut(), col, pair);
            let f = laein(
                false,
                noinit,
                h.submatrix(kl, kl, n - kl, n - kl),
                wk,
                re.rb_mut().subvec(kl, n - kl),
                im.rb_mut().subvec(if pair { kl } else { 0 }, if pair { n - kl } else { 0 }),
                eps3,
                smlnum,
                work.rb_mut(),
            );
            for i in 0..kl {
                re.set(i, T::zero());
                if pair {
                    im.set(i, T::zero());
                }
            }
            out.failed += if f.is_err() { cols } else { 0 };
            ifaill[col..col + cols].fill(failed(f));
        }
        if side.right() {
            let (mut re, mut im) = column_pair(vr.rb_mut(), col, pair);
            let f = laein(
                true,
                noinit,
                h.submatrix(0, 0, kr, kr),
                wk,
                re.rb_mut().subvec(0, kr),
                im.rb_mut().subvec(0, if pair { kr } else { 0 }),
                eps3,
                smlnum,
                work.rb_mut(),
            );
            for i in kr..n {
                re.set(i, T::zero());
                if pair {
                    im.set(i, T::zero());
                }
            }
            out.failed += if f.is_err() { cols } else { 0 };
            ifailr[col..col + cols].fill(failed(f));
        }
        col += cols;
    }
    out
}

/// Column `col` of `v` and, for a complex pair, column `col + 1` (else an
/// empty vector).
fn column_pair<T: Scalar>(v: MatMut<'_, T>, col: usize, pair: bool) -> (VecMut<'_, T>, VecMut<'_, T>) {
    let (left, right) = v.split_at_col(col + 1);
    let im = if pair { right.col_mut(0) } else { VecMut::from_slice(&mut []) };
    (left.col_mut(col), im)
}

#[cfg(test)]
mod tests {
    mod residual {
        use super::super::*;
        use crate::WorkBuffer;
        use ferroblas_kernels::scalar::{c32, c64};

        /// A random-looking upper Hessenberg matrix, with a zero subdiagonal
        /// element at `split` (when given) so it is block triangular.
        fn hessenberg<T: Scalar>(n: usize, split: Option<usize>) -> Vec<T> {
            let mut h = vec![T::zero(); n * n];
            for j in 0..n {
                for i in 0..n.min(j + 2) {
                    let x = ((i * 7 + j * 13 + 3) % 17) as f64 / 8.0 - 1.0;
                    let y = ((i * 5 + j * 11 + 1) % 13) as f64 / 6.0 - 1.0;
                    h[i + j * n] = T::from_parts(
                        <T::Real as RealScalar>::from_f64(x),
                        <T::Real as RealScalar>::from_f64(if T::IS_COMPLEX { y } else { 0.0 }),
                    );
                }
            }
            if let Some(s) = split {
                h[s + (s - 1) * n] = T::zero();
            }
            h
        }

        /// Eigenvalues of H from our Hessenberg QR.
        fn eigenvalues<T: Scalar>(h: &[T], n: usize) -> Vec<Complex<T::Real>> {
            use crate::nonsym_eigen::{hseqr, hseqr_req, SchurJob};
            let mut hh = h.to_vec();
            let mut w = vec![Complex::new(<T::Real as Scalar>::zero(), <T::Real as Scalar>::zero()); n];
            let mut z = vec![T::zero(); 1];
            let mut buf = WorkBuffer::new(hseqr_req::<T>(n));
            hseqr(
                SchurJob::Eigenvalues,
                crate::sym_eigen::tridiagonal::Compz::None,
                0,
                n,
                MatMut::from_col_major(&mut hh, n, n, n.max(1)),
                &mut w,
                MatMut::from_col_major(&mut z, 1, 0, 1),
                crate::Par::Seq,
                buf.workspace(),
            )
            .unwrap();
            w
        }

        /// `max_c |(H - w) x_c|` (right) or `|x_c^H (H - w)|` (left) over
        /// the selected vectors, relative to `|H| n ulp`.
        fn residual<T: Scalar>(h: &[T], n: usize, w: &[Complex<T::Real>], select: &[bool], v: &[T], left: bool) -> f64 {
            let mut col = 0;
            let mut worst = 0.0f64;
            let hn: f64 = (0..n * n).map(|k| h[k].abs1().to_f64()).fold(0.0, f64::max) * n as f64;
            let ulp = <T::Real as RealScalar>::EPSILON.to_f64();
            for k in 0..n {
                if !select[k] {
                    continue;
                }
                let pair = !T::IS_COMPLEX && w[k].im.to_f64() != 0.0;
                let (wr, wi) = (w[k].re.to_f64(), w[k].im.to_f64());
                let x = |i: usize| -> (f64, f64) {
                    if T::IS_COMPLEX {
                        let e = v[i + col * n];
                        (e.re().to_f64(), e.im().to_f64())
                    } else if pair {
                        (v[i + col * n].re().to_f64(), v[i + (col + 1) * n].re().to_f64())
                    } else {
                        (v[i + col * n].re().to_f64(), 0.0)
                    }
                };
                let g = |i: usize, j: usize| (h[i + j * n].re().to_f64(), h[i + j * n].im().to_f64());
                let mut xmax = 0.0f64;
                for i in 0..n {
                    let (a, b) = x(i);
                    xmax = xmax.max(a.abs() + b.abs());
                }
                assert!((xmax - 1.0).abs() < 1e-5, "vector {k} not normalized: {xmax}");
                for i in 0..n {
                    let (mut sr, mut si) = (0.0, 0.0);
                    for j in 0..n {
                        // right: sum_j (H - w)(i, j) x_j; left: sum_j conj((H - w)(j, i)) x_j.
                        let (mut ar, mut ai) = if left { g(j, i) } else { g(i, j) };
                        if i == j {
                            ar -= wr;
                            ai -= wi;
                        }
                        if left {
                            ai = -ai;
                        }
                        let (xr, xi) = x(j);
                        sr += ar * xr - ai * xi;
                        si += ar * xi + ai * xr;
                    }
                    worst = worst.max((sr.abs() + si.abs()) / (hn * ulp));
                }
                col += if pair { 2 } else { 1 };
            }
            worst
        }

        fn check<T: Scalar>(n: usize, split: Option<usize>, source: EigSource, every: usize) {
            let h = hessenberg::<T>(n, split);
            let w0 = eigenvalues(&h, n);
            let mut select: Vec<bool> = (0..n).map(|k| k % every == 0).collect();
            let mut w = w0.clone();
            let m = hsein_count::<T>(&mut select.clone(), &w);
            let ld = n + 2;
            let mut vl = vec![T::from_real(<T::Real as RealScalar>::from_f64(7.0)); ld * m.max(1)];
            let mut vr = vl.clone();
            let mut fl = vec![Some(99); m];
            let mut fr = vec![Some(99); m];
            let mut buf = WorkBuffer::new(hsein_req::<T>(n));
            let out = hsein(
                VecSide::Both,
                source,
                InitVectors::None,
                &mut select,
                MatRef::from_col_major(&h, n, n, n.max(1)),
                &mut w,
                MatMut::from_col_major(&mut vl, n, m, ld),
                MatMut::from_col_major(&mut vr, n, m, ld),
                &mut fl,
                &mut fr,
                buf.workspace(),
            );
            assert_eq!(out, Hsein { m, failed: 0 }, "n = {n}");
            assert!(fl.iter().chain(&fr).all(|f| f.is_none()));
            let pack = |v: &[T]| -> Vec<T> { (0..n * m).map(|k| v[k % n + (k / n) * ld]).collect() };
            let tol = 30.0;
            let rr = residual(&h, n, &w, &select, &pack(&vr), false);
            let rl = residual(&h, n, &w, &select, &pack(&vl), true);
            assert!(
                rr < tol && rl < tol,
                "{} n = {n} split {split:?}: right {rr}, left {rl}",
                std::any::type_name::<T>()
            );
            for k in 0..n {
                assert!((w[k].re - w0[k].re).abs().to_f64() <= 1e-3, "eigenvalue {k} moved too far");
            }
            if let (Some(s), EigSource::Hseqr) = (split, source) {
                // A right vector of the leading block is zero below it.
                if let Some(k) = (0..s).find(|&k| select[k]) {
                    let col = (0..k).filter(|&i| select[i]).count();
                    let col = if T::IS_COMPLEX {
                        col
                    } else {
                        (0..k).filter(|&i| select[i]).map(|i| if w[i].im.to_f64() != 0.0 { 2 } else { 1 }).sum()
                    };
                    assert!((s..n).all(|i| vr[i + col * ld].is_zero()));
                }
            }
        }

        fn all<T: Scalar>() {
            for n in [0, 1, 2, 3, 7, 16] {
                check::<T>(n, None, EigSource::Hseqr, 1);
                check::<T>(n, None, EigSource::Unknown, 2);
            }
            check::<T>(12, Some(5), EigSource::Hseqr, 1);
            check::<T>(12, Some(5), EigSource::Unknown, 3);
        }

        #[test]
        fn hsein_vectors_satisfy_their_eigen_equations() {
            all::<f32>();
            all::<f64>();
            all::<c32>();
            all::<c64>();
        }

        #[test]
        fn hsein_moves_repeated_eigenvalues_apart() {
            // The identity: every eigenvalue 1, each moved by eps3 from the
            // earlier ones of its block.
            let n = 4;
            let mut h = vec![0.0f64; n * n];
            (0..n).for_each(|i| h[i * (n + 1)] = 1.0);
            let mut w = vec![Complex::new(1.0, 0.0); n];
            let mut select = vec![true; n];
            let mut vr = vec![0.0; n * n];
            let mut f = vec![None; n];
            let mut buf = WorkBuffer::new(hsein_req::<f64>(n));
            let out = hsein(
                VecSide::Right,
                EigSource::Unknown,
                InitVectors::None,
                &mut select,
                MatRef::from_col_major(&h, n, n, n.max(1)),
                &mut w,
                MatMut::from_col_major(&mut [], 0, 0, 1),
                MatMut::from_col_major(&mut vr, n, n, n),
                &mut [],
                &mut f,
                buf.workspace(),
            );
            assert_eq!(out.m, n);
            assert!((1..n).all(|k| w[k].re > w[k - 1].re), "{w:?}");
            // H is diagonal, so every iterate is the starting vector scaled.
            assert!(vr.iter().all(|x| x.abs() == 1.0), "{vr:?}");
        }

        #[test]
        fn hsein_on_nan_terminates() {
            let n = 5;
            let mut h = hessenberg::<f64>(n, None);
            h[2 + 2 * n] = f64::NAN;
            let mut w = vec![Complex::new(0.5, 0.0); n];
            let mut select = vec![true; n];
            let mut vr = vec![0.0; n * n];
            let mut f = vec![None; n];
            let mut buf = WorkBuffer::new(hsein_req::<f64>(n));
            let _ = hsein(
                VecSide::Right,
                EigSource::Unknown,
                InitVectors::None,
                &mut select,
                MatRef::from_col_major(&h, n, n, n.max(1)),
                &mut w,
                MatMut::from_col_major(&mut [], 0, 0, 1),
                MatMut::from_col_major(&mut vr, n, n, n),
                &mut [],
                &mut f,
                buf.workspace(),
            );
        }
    }
}
