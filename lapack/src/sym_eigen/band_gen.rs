//! The generalized Hermitian-definite band eigenproblem `A x = lambda B x`:
//! the split Cholesky factorization of `B` ([`pbstf`], `?pbstf`), the
//! reduction to a standard band problem ([`sbgst`], `?sbgst`/`?hbgst`,
//! Crawford's algorithm) and the drivers [`sbgv`] (`?sbgv`/`?hbgv`),
//! [`sbgvd`] (`?sbgvd`/`?hbgvd`) and [`sbgvx`] (`?sbgvx`/`?hbgvx`).
//!
//! `B = S^H S` with `S` of the same bandwidth `kd` as `B`: with `m = (n +
//! kd) / 2` (`kd` at most `n - 1`), `S` is upper triangular in its leading `m` rows and lower
//! triangular in the trailing `n - m`. The trailing part is factored first,
//! from the last column up, then the leading part from the top down, each
//! step a scaling and a rank-one update of the band block it touches.

use super::band::{back_transform, expert_after_req, rotate_columns, sbtrd, sbtrd_req, Vect, Work};
use super::bisection::EigRange;
use super::drivers::Jobz;
use super::expert::expert_tridiagonal;
use super::tridiagonal::{stedc, stedc_req, steqr, steqr_req, sterf, Compz};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacpy, Part};
use ferroblas_kernels::aux::rotations::lartg;
use ferroblas_kernels::{MatMut, MatRef, RealScalar, Scalar, Trans, Uplo};
use ferroblas_relapack::level3::Level3;

/// `A[p, q] -= v[p - lo] conj(v[q - lo])` on the stored triangle of the
/// block of rows and columns `lo..lo + v.len()` of the band `ab` (the
/// diagonal kept real).
fn band_her<T: Scalar>(uplo: Uplo, kd: usize, ab: &mut MatMut<'_, T>, lo: usize, v: &[T]) {
    let k = v.len();
    for jj in 0..k {
        let rows = if uplo == Uplo::Upper { 0..jj + 1 } else { jj..k };
        for ii in rows {
            let (i, j) = (lo + ii, lo + jj);
            let r = if uplo == Uplo::Upper { kd + i - j } else { i - j };
            let x = ab.get(r, j) - v[ii] * v[jj].conj();
            ab.set(r, j, if i == j { T::from_real(x.re()) } else { x });
        }
    }
}

/// The split Cholesky factorization `B = S^H S` of the Hermitian (real:
/// symmetric) positive definite band matrix of order `n = ab.ncols()` with
/// `kd` off-diagonals in band storage (`ab`, `kd + 1` rows, its `uplo`
/// triangle), `S` overwriting it (`?pbstf`; see the [module](self)
/// documentation for the structure of `S`).
///
/// `Err(i)` (1-based) when the factorization could not be completed because
/// a diagonal element `i` was not positive (the element is left as
/// computed, the rest partly updated).
pub fn pbstf<T: Scalar>(uplo: Uplo, kd: usize, mut ab: MatMut<'_, T>) -> Result<(), Info> {
    let n = ab.ncols();
    assert!(ab.nrows() > kd, "pbstf: ab has fewer than kd + 1 rows");
    if n == 0 {
        return Ok(());
    }
    let zero = T::Real::zero();
    let diag_row = if uplo == Uplo::Upper { kd } else { 0 };
    // A band wider than the matrix is its full triangle (the reference
    // would index past it).
    let kb = kd.min(n - 1);
    let m = (n + kb) / 2;
    let mut v = vec![T::zero(); kb];
    let pivot = |ab: &mut MatMut<'_, T>, j: usize| -> Result<T::Real, Info> {
        let ajj = ab.get(diag_row, j).re();
        if ajj <= zero {
            ab.set(diag_row, j, T::from_real(ajj));
            return Err(Info::new(j + 1));
        }
        let ajj = ajj.sqrt();
        ab.set(diag_row, j, T::from_real(ajj));
        Ok(ajj)
    };
    // The trailing rows m..n: S lower triangular there, from the bottom up.
    for j in (m..n).rev() {
        let ajj = pivot(&mut ab, j)?;
        let km = j.min(kb);
        let r = T::Real::one() / ajj;
        let lo = j - km;
        // Column j above the diagonal (upper) or row j left of it (lower,
        // conjugated so that both cases update with v v^H).
        for (t, i) in (lo..j).enumerate() {
            let x = match uplo {
                Uplo::Upper => {
                    let x = ab.get(kd + i - j, j).scale_real(r);
                    ab.set(kd + i - j, j, x);
                    x
                }
                Uplo::Lower => {
                    let x = ab.get(j - i, i).scale_real(r);
                    ab.set(j - i, i, x);
                    x.conj()
                }
            };
            v[t] = x;
        }
        band_her(uplo, kd, &mut ab, lo, &v[..km]);
    }
    // The leading rows 0..m: S upper triangular there, from the top down.
    for j in 0..m {
        let ajj = pivot(&mut ab, j)?;
        let km = kb.min(m - 1 - j);
        let r = T::Real::one() / ajj;
        for (i, slot) in (j + 1..).zip(v[..km].iter_mut()) {
            *slot = match uplo {
                Uplo::Upper => {
                    let x = ab.get(kd + j - i, i).scale_real(r);
                    ab.set(kd + j - i, i, x);
                    x.conj()
                }
                Uplo::Lower => {
                    let x = ab.get(i - j, j).scale_real(r);
                    ab.set(i - j, j, x);
                    x
                }
            };
        }
        band_her(uplo, kd, &mut ab, j + 1, &v[..km]);
    }
    Ok(())
}

/// How far from the diagonal [`sbgst`]'s working copy of `A` keeps
/// elements: the band `ka`, the triangle `kb` wide that one step of the
/// reduction adds, and the bulges its rotations push ahead of them.
fn sbgst_width(ka: usize, kb: usize) -> usize {
    ka + 2 * kb + 2
}

/// The workspace [`sbgst`] needs for order `n`, `ka` off-diagonals of `A`
/// and `kb` of `B`.
pub fn sbgst_req<T: Scalar>(n: usize, ka: usize, kb: usize) -> WorkReq {
    let (ka, kb) = (ka.min(n.saturating_sub(1)), kb.min(n.saturating_sub(1)));
    WorkReq::new::<T>((sbgst_width(ka, kb) + 1) * n).and(WorkReq::new::<T>(2 * (ka + 1) + kb))
}

/// The element `(i, j)` of the split Cholesky factor `S` that [`pbstf`]
/// left in `bb` (`kd + 1` rows, its `uplo` triangle): `S` is upper
/// triangular in rows `..m` and lower triangular in rows `m..`, and the
/// storage holds whichever of `S[i, j]`, `conj(S[j, i])` lies in its
/// triangle.
fn split_factor<T: Scalar>(uplo: Uplo, kd: usize, bb: MatRef<'_, T>, m: usize, i: usize, j: usize) -> T {
    let lower_row = i >= m;
    match (uplo, lower_row) {
        (Uplo::Lower, true) => bb.get(i - j, j),
        (Uplo::Upper, true) => bb.get(kd + j - i, i).conj(),
        (Uplo::Upper, false) => bb.get(kd + i - j, j),
        (Uplo::Lower, false) => bb.get(j - i, i).conj(),
    }
}

/// Reverses the order of rows and columns of the Hermitian matrix held in
/// `a` (`A := P A P`, `P` the exchange matrix), so that the second phase of
/// [`sbgst`] is the first one again.
fn reverse<T: Scalar>(a: &mut Work<'_, T>) {
    let (n, ld) = (a.n, a.ld);
    for d in 0..ld.min(n) {
        // Element (q + d, q) and its image (n - 1 - q, n - 1 - q - d),
        // which is the conjugate of the stored (n - 1 - q, n - 1 - q - d).
        let len = n - d;
        for q in 0..len.div_ceil(2) {
            let q2 = len - 1 - q;
            let (x, y) = (d + q * ld, d + q2 * ld);
            let (u, v) = (a.a[x].conj(), a.a[y].conj());
            a.a[x] = v;
            a.a[y] = u;
        }
    }
}

/// The working state of [`sbgst`]: `A` in a wide lower band, `X` (when
/// formed) and whether the indices are reversed (`X`'s column `c` is then
/// column `n - 1 - c`).
struct Reduction<'a, 'x, T> {
    a: Work<'a, T>,
    x: Option<MatMut<'x, T>>,
    flip: bool,
    ka: usize,
}

impl<T: Scalar> Reduction<'_, '_, T> {
    fn xcol(&self, c: usize) -> usize {
        if self.flip {
            self.a.n - 1 - c
        } else {
            c
        }
    }

    /// Annihilates `A[l, col]` against `A[l - 1, col]` by a rotation in
    /// rows and columns `l - 1`, `l`, applied to `A` from both sides and to
    /// `X` from the right.
    fn annihilate(&mut self, l: usize, col: usize) {
        let g = self.a.get(l, col);
        if g.is_zero() {
            return;
        }
        let (c, s, r) = lartg(self.a.get(l - 1, col), g);
        self.a.rotate(l - 1, c, s);
        self.a.set(l - 1, col, r);
        self.a.set(l, col, T::zero());
        let n = self.a.n;
        let (p, s) = if self.flip { (self.xcol(l), -s.conj()) } else { (l - 1, s) };
        if let Some(x) = self.x.as_mut() {
            rotate_columns(x, p, 0..n, c, s);
        }
    }

    /// `A := E^-H A E^-1` with `E` the identity but for row `p`, which is
    /// row `p` of `S`: its diagonal `s` and `u` (its elements in columns
    /// `p - u.len()..p`); `X := X E^-1`. Then the band is restored by
    /// rotations in rows and columns `p..` only, which commute with the
    /// factors of `S` still to come.
    fn step(&mut self, p: usize, s: T::Real, u: &[T], snap: &mut [T]) {
        let (n, ka) = (self.a.n, self.ka);
        let kbt = u.len();
        let lo = p - kbt;
        let k0 = p.saturating_sub(ka);
        let hi = (p + ka).min(n - 1);
        let r = T::Real::one() / s;
        // Row and column p of D^-1 A D^-1 (D: S's diagonal at p), kept for
        // the update.
        let (rowp, colp) = snap.split_at_mut(ka + 1);
        for k in k0..p {
            let v = self.a.get(p, k).scale_real(r);
            self.a.set(p, k, v);
            rowp[k - k0] = v;
        }
        for l in p + 1..=hi {
            let v = self.a.get(l, p).scale_real(r);
            self.a.set(l, p, v);
            colp[l - p - 1] = v;
        }
        let app = self.a.get(p, p).re() * r * r;
        self.a.set(p, p, T::from_real(app));
        // A1[i, p] for i in k0..=hi.
        let col = |i: usize| -> T {
            match i.cmp(&p) {
                std::cmp::Ordering::Less => rowp[i - k0].conj(),
                std::cmp::Ordering::Equal => T::from_real(app),
                std::cmp::Ordering::Greater => colp[i - p - 1],
            }
        };
        let uu = |i: usize| if (lo..p).contains(&i) { u[i - lo] } else { T::zero() };
        // new A[i, j] = A1[i, j] - conj(u_i) A1[p, j] - A1[i, p] u_j
        //               + conj(u_i) A1[p, p] u_j
        for j in lo..p {
            for i in j..=hi {
                let ui = uu(i).conj();
                let v = self.a.get(i, j) - ui * col(j).conj() - col(i) * u[j - lo] + ui * u[j - lo].scale_real(app);
                self.a.set(i, j, if i == j { T::from_real(v.re()) } else { v });
            }
        }
        for i in lo..p {
            for j in k0..lo {
                let v = self.a.get(i, j) - u[i - lo].conj() * col(j).conj();
                self.a.set(i, j, v);
            }
        }
        let cp = self.xcol(p);
        if let Some(x) = self.x.as_mut() {
            let rows = x.nrows();
            for i in 0..rows {
                let v = x.get(i, cp).scale_real(r);
                x.set(i, cp, v);
            }
            for (t, &ut) in u.iter().enumerate() {
                let cj = if self.flip { n - 1 - (lo + t) } else { lo + t };
                for i in 0..rows {
                    let v = x.get(i, cj) - x.get(i, cp) * ut;
                    x.set(i, cj, v);
                }
            }
        }

        // The columns lo..p now reach down to row hi: rotations in rows
        // above p (at the top, p and p + 1 when ka = kb) clear them,
        // bottom up, column by column.
        let width = self.a.kd + 1;
        for k in lo..p {
            for l in (k + ka + 1..=hi.min(k + width)).rev() {
                self.annihilate(l, k);
            }
        }
        // The rotations pushed bulges into the trailing part: chase them
        // off its end, column by column, as in Schwarz's band reduction.
        let mut last = hi;
        let mut j = p;
        while j <= last && j < n {
            for l in (j + ka + 1..=(j + width).min(n - 1)).rev() {
                if !self.a.get(l, j).is_zero() {
                    self.annihilate(l, j);
                    last = last.max(l);
                }
            }
            j += 1;
        }
    }
}

/// Reduces the generalized problem `A x = lambda B x` with `A`, `B`
/// Hermitian (real: symmetric) band matrices of order `n = ab.ncols()`
/// (`ka` and `kb <= ka` off-diagonals, band storage of their `uplo`
/// triangles) to the standard `C y = lambda y` with `C = X^H A X` of the
/// same bandwidth `ka`, overwriting `ab` (`?sbgst`/`?hbgst`).
///
/// `bb` holds the split Cholesky factor `S` of `B = S^H S` from
/// [`pbstf`]; `X = S^-1 Q` with `Q` unitary, so that `X^H B X = I`. With
/// [`Jobz::Vectors`] `x` (`n x n`) receives `X`.
///
/// This is Crawford's algorithm: `S` is a product of matrices that differ
/// from the identity in one row each, taken from the bottom up through its
/// lower triangular rows, then (on the reversed matrix) from the top down
/// through its upper triangular ones; each step puts a triangle outside
/// the band, which rotations in the rows not yet reached push off the end.
#[allow(clippy::too_many_arguments)]
pub fn sbgst<T: Scalar>(
    vect: Jobz,
    uplo: Uplo,
    ka: usize,
    kb: usize,
    mut ab: MatMut<'_, T>,
    bb: MatRef<'_, T>,
    mut x: MatMut<'_, T>,
    mut work: Workspace<'_>,
) {
    let n = ab.ncols();
    assert!(kb <= ka, "sbgst: kb > ka");
    assert!(ab.nrows() > ka && bb.nrows() > kb && bb.ncols() == n, "sbgst: ab or bb too small");
    let wantx = vect == Jobz::Vectors;
    if wantx {
        assert!(x.nrows() == n && x.ncols() == n, "sbgst: X is not n x n");
        for j in 0..n {
            for i in 0..n {
                x.set(i, j, if i == j { T::one() } else { T::zero() });
            }
        }
    }
    if n == 0 {
        return;
    }
    let (kae, kbe) = (ka.min(n - 1), kb.min(n - 1));
    let width = sbgst_width(kae, kbe);
    let (buf, mut work) = work.take::<T>((width + 1) * n);
    let (snap, mut work) = work.take::<T>(2 * (kae + 1));
    let (u, _) = work.take::<T>(kbe);
    buf.iter_mut().for_each(|v| *v = T::zero());
    let mut a = Work { a: buf, ld: width + 1, n, kd: width - 1 };
    for j in 0..n {
        for i in j..n.min(j + kae + 1) {
            let v = match uplo {
                Uplo::Lower => ab.get(i - j, j),
                Uplo::Upper => ab.get(ka + j - i, i).conj(),
            };
            a.set(i, j, if i == j { T::from_real(v.re()) } else { v });
        }
    }
    let m = (n + kbe) / 2;
    let mut red = Reduction { a, x: if wantx { Some(x.rb_mut()) } else { None }, flip: false, ka: kae };
    // Phase 1: the rows m..n of S, lower triangular, from the bottom up.
    for p in (m..n).rev() {
        let kbt = kbe.min(p);
        for (t, ut) in u[..kbt].iter_mut().enumerate() {
            *ut = split_factor(uplo, kb, bb, m, p, p - kbt + t);
        }
        let s = split_factor(uplo, kb, bb, m, p, p).re();
        red.step(p, s, &u[..kbt], snap);
    }
    // Phase 2: the rows ..m, upper triangular, from the top down; reversed,
    // row i is the lower triangular row n - 1 - i.
    reverse(&mut red.a);
    red.flip = true;
    for i in 0..m {
        let p = n - 1 - i;
        let kbt = kbe.min(m - 1 - i);
        for (t, ut) in u[..kbt].iter_mut().enumerate() {
            // Column p - kbt + t reversed is i + kbt - t.
            *ut = split_factor(uplo, kb, bb, m, i, i + kbt - t);
        }
        let s = split_factor(uplo, kb, bb, m, i, i).re();
        red.step(p, s, &u[..kbt], snap);
    }
    reverse(&mut red.a);
    let a = red.a;
    for j in 0..n {
        for i in j..n.min(j + kae + 1) {
            match uplo {
                Uplo::Lower => ab.set(i - j, j, a.get(i, j)),
                Uplo::Upper => ab.set(ka + j - i, i, a.get(i, j).conj()),
            }
        }
    }
}

/// Factors `B`, reduces `A` (`X` into `z` when wanted); `Err(n + i)` when
/// [`pbstf`] fails at diagonal element `i`.
#[allow(clippy::too_many_arguments)]
fn factor_reduce<T: Scalar>(
    jobz: Jobz,
    uplo: Uplo,
    ka: usize,
    kb: usize,
    ab: MatMut<'_, T>,
    mut bb: MatMut<'_, T>,
    z: MatMut<'_, T>,
    work: Workspace<'_>,
) -> Result<(), Info> {
    let n = ab.ncols();
    pbstf(uplo, kb, bb.rb_mut()).map_err(|i| Info::new(n + i.get().get()))?;
    sbgst(jobz, uplo, ka, kb, ab, bb.rb(), z, work);
    Ok(())
}

/// The workspace [`sbgv`] needs for order `n` and `ka`, `kb`
/// off-diagonals.
pub fn sbgv_req<T: Scalar>(jobz: Jobz, n: usize, ka: usize, kb: usize) -> WorkReq {
    let after = if jobz == Jobz::Vectors { steqr_req::<T>(Compz::Update, n) } else { WorkReq::EMPTY };
    sbgst_req::<T>(n, ka, kb).or(WorkReq::new::<T::Real>(n).and(sbtrd_req::<T>(n, ka).or(after)))
}

/// All eigenvalues, and optionally eigenvectors, of the generalized
/// Hermitian-definite band problem `A x = lambda B x` (`?sbgv`/`?hbgv`):
/// [`pbstf`], [`sbgst`], [`sbtrd`] and the QR iteration.
///
/// `ab` (`ka` off-diagonals) and `bb` (`kb <= ka`) in band storage of their
/// `uplo` triangles, order `n = ab.ncols()`: `ab` is destroyed, `bb`
/// receives the split Cholesky factor; `w` (`n`) the eigenvalues ascending;
/// with [`Jobz::Vectors`] `z` (`n x n`) the eigenvectors, `Z^H B Z = I`.
/// `Err(i)`, `i <= n`: the QR iteration left `i` off-diagonal elements
/// unconverged; `Err(n + i)`: [`pbstf`] failed at diagonal element `i`.
#[allow(clippy::too_many_arguments)]
pub fn sbgv<T: Scalar>(
    jobz: Jobz,
    uplo: Uplo,
    ka: usize,
    kb: usize,
    ab: MatMut<'_, T>,
    bb: MatMut<'_, T>,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    gen_band_driver(false, jobz, uplo, ka, kb, ab, bb, w, z, par, work)
}

/// The workspace [`sbgvd`] needs for order `n` and `ka`, `kb`
/// off-diagonals.
pub fn sbgvd_req<T: Scalar>(jobz: Jobz, n: usize, ka: usize, kb: usize) -> WorkReq {
    let after = if jobz == Jobz::Vectors {
        WorkReq::new::<T>(2 * n * n).and(stedc_req::<T>(Compz::Init, n, n))
    } else {
        WorkReq::EMPTY
    };
    sbgst_req::<T>(n, ka, kb).or(WorkReq::new::<T::Real>(n).and(sbtrd_req::<T>(n, ka).or(after)))
}

/// [`sbgv`] by divide and conquer (`?sbgvd`/`?hbgvd`): the eigenvectors
/// [`stedc`] finds for the tridiagonal matrix, multiplied by `X Q` of the
/// reductions. `Err(i)`, `i <= n`, as [`stedc`] (or [`sterf`]).
#[allow(clippy::too_many_arguments)]
pub fn sbgvd<T: Scalar>(
    jobz: Jobz,
    uplo: Uplo,
    ka: usize,
    kb: usize,
    ab: MatMut<'_, T>,
    bb: MatMut<'_, T>,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    gen_band_driver(true, jobz, uplo, ka, kb, ab, bb, w, z, par, work)
}

/// The body of [`sbgv`] (`divide = false`) and [`sbgvd`].
#[allow(clippy::too_many_arguments)]
fn gen_band_driver<T: Scalar>(
    divide: bool,
    jobz: Jobz,
    uplo: Uplo,
    ka: usize,
    kb: usize,
    mut ab: MatMut<'_, T>,
    bb: MatMut<'_, T>,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = ab.ncols();
    if n == 0 {
        return Ok(());
    }
    let wantz = jobz == Jobz::Vectors;
    let mut z = if wantz { z.submatrix(0, 0, n, n) } else { z.submatrix(0, 0, 0, 0) };
    factor_reduce(jobz, uplo, ka, kb, ab.rb_mut(), bb, z.rb_mut(), work.rb_mut())?;
    let w = &mut w[..n];
    let (e, mut work) = work.take::<T::Real>(n);
    let vect = if wantz { Vect::Update } else { Vect::None };
    sbtrd(vect, uplo, ka, ab, w, e, z.rb_mut(), work.rb_mut());
    let e = &mut e[..n - 1];
    match (jobz, divide) {
        (Jobz::NoVectors, _) => sterf(w, e),
        (Jobz::Vectors, false) => steqr(Compz::Update, w, e, z, work),
        (Jobz::Vectors, true) => {
            let (tb, mut work) = work.take::<T>(n * n);
            let (pb, mut work) = work.take::<T>(n * n);
            let mut zt = MatMut::from_col_major(tb, n, n, n);
            let r = stedc(Compz::Init, w, e, zt.rb_mut(), par, work.rb_mut());
            let mut prod = MatMut::from_col_major(pb, n, n, n);
            Level3::new(par).gemm(Trans::No, Trans::No, T::one(), z.rb(), zt.rb(), T::zero(), prod.rb_mut());
            lacpy(Part::Full, prod.rb(), z);
            r
        }
    }
}

/// The workspace [`sbgvx`] needs for order `n` and `ka`, `kb`
/// off-diagonals.
pub fn sbgvx_req<T: Scalar>(jobz: Jobz, n: usize, ka: usize, kb: usize) -> WorkReq {
    let after = sbtrd_req::<T>(n, ka).or(expert_after_req::<T>(jobz, n));
    sbgst_req::<T>(n, ka, kb).or(WorkReq::new::<T::Real>(2 * n).and(after))
}

/// Selected eigenvalues, and optionally eigenvectors, of the generalized
/// Hermitian-definite band problem `A x = lambda B x`
/// (`?sbgvx`/`?hbgvx`): [`sbgv`]'s reductions, then bisection and inverse
/// iteration (all of them by the QR iteration when `abstol <= 0`), as
/// [`sbevx`](super::band::sbevx) does after its own.
///
/// With [`Jobz::Vectors`] `q` (`n x n`) receives `X Q`, the product of the
/// two reductions' transformations, and `z` the selected eigenvectors,
/// `Z^H B Z = I`. Returns `m` and the status: `Err(i)`, `i <= n`, as
/// [`syevx`](super::expert::syevx); `Err(n + i)`: [`pbstf`] failed at
/// diagonal element `i`.
#[allow(clippy::too_many_arguments)]
pub fn sbgvx<T: Scalar>(
    jobz: Jobz,
    range: EigRange<T::Real>,
    uplo: Uplo,
    ka: usize,
    kb: usize,
    mut ab: MatMut<'_, T>,
    bb: MatMut<'_, T>,
    q: MatMut<'_, T>,
    abstol: T::Real,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    ifail: &mut [Option<usize>],
    par: Par,
    mut work: Workspace<'_>,
) -> (usize, Result<(), Info>) {
    let n = ab.ncols();
    if n == 0 {
        return (0, Ok(()));
    }
    let wantz = jobz == Jobz::Vectors;
    let mut q = if wantz { q.submatrix(0, 0, n, n) } else { q.submatrix(0, 0, 0, 0) };
    if let Err(i) = factor_reduce(jobz, uplo, ka, kb, ab.rb_mut(), bb, q.rb_mut(), work.rb_mut()) {
        return (0, Err(i));
    }
    let (de, mut work) = work.take::<T::Real>(2 * n);
    let (d, e) = de.split_at_mut(n);
    let vect = if wantz { Vect::Update } else { Vect::None };
    sbtrd(vect, uplo, ka, ab, d, e, q.rb_mut(), work.rb_mut());
    expert_tridiagonal(
        wantz,
        range,
        range,
        abstol,
        abstol,
        None,
        d,
        e,
        w,
        z,
        ifail,
        |mut zq, _| lacpy(Part::Full, q.rb(), zq.rb_mut()),
        |zm, work| back_transform(q.rb(), zm, work, par),
        work,
    )
}
