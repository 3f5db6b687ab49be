//! Hermitian (real: symmetric) band eigenproblems: the reduction of a band
//! matrix to real symmetric tridiagonal form ([`sbtrd`], `?sbtrd`/`?hbtrd`)
//! and the drivers [`sbev`] (`?sbev`/`?hbev`), [`sbevd`] (`?sbevd`/`?hbevd`)
//! and [`sbevx`] (`?sbevx`/`?hbevx`).
//!
//! Band storage (`ab`, `kd + 1` rows): with `Uplo::Upper` `A[i, j]`
//! (`j - kd <= i <= j`) at row `kd + i - j` of column `j`, with
//! `Uplo::Lower` (`j <= i <= j + kd`) at row `i - j`.
//!
//! The reduction is Schwarz's: the elements below the first subdiagonal are
//! annihilated column by column by plane rotations, each of which creates
//! one element just outside the band, chased off the end of the matrix by
//! further rotations before the next element is taken. It works on a copy
//! of the lower triangle with room for that one extra diagonal, in
//! `O(n^2 kd)` operations (plus `O(n^3)` to accumulate Q).

use super::bisection::{stebz_req, stein_req, Block, EigRange};
use super::drivers::{driver_sigma, Jobz};
use super::expert::{expert_sigma, expert_tridiagonal, scale_bounds, unscale_eigenvalues};
use super::tridiagonal::{stedc, stedc_req, steqr, steqr_req, sterf, Compz};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacpy, lascl, MatrixKind, Part};
use ferroblas_kernels::aux::norms::{lansb, Norm};
use ferroblas_kernels::aux::rotations::lartg;
use ferroblas_kernels::{MatMut, MatRef, RealScalar, Scalar, Trans, Uplo};
use ferroblas_relapack::level3::Level3;

/// What [`sbtrd`] does with Q (`VECT`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Vect {
    /// Q is not computed (`'N'`).
    None,
    /// Q is formed (`'V'`).
    Form,
    /// The matrix passed in is multiplied by Q from the right (`'U'`).
    Update,
}

impl Vect {
    /// Parses `N`, `V` or `U`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'N' => Some(Vect::None),
            b'V' => Some(Vect::Form),
            b'U' => Some(Vect::Update),
            _ => None,
        }
    }
}

/// The lower triangle of a Hermitian band matrix with one diagonal more
/// than its band (the bulge): `A[i, j]`, `0 <= i - j <= kd + 1`, at
/// `(i - j) + j ld`.
pub(super) struct Work<'a, T> {
    pub(super) a: &'a mut [T],
    pub(super) ld: usize,
    pub(super) n: usize,
    pub(super) kd: usize,
}

impl<T: Scalar> Work<'_, T> {
    #[inline]
    pub(super) fn get(&self, i: usize, j: usize) -> T {
        self.a[i - j + j * self.ld]
    }

    #[inline]
    pub(super) fn set(&mut self, i: usize, j: usize, v: T) {
        self.a[i - j + j * self.ld] = v;
    }

    /// `A := G A G^H` with `G` the rotation `[c s; -conj(s) c]` in rows and
    /// columns `p`, `p + 1`.
    pub(super) fn rotate(&mut self, p: usize, c: T::Real, s: T) {
        let q = p + 1;
        let ct = T::from_real(c);
        let sc = s.conj();
        for k in q.saturating_sub(self.kd + 1)..p {
            let (x, y) = (self.get(p, k), self.get(q, k));
            self.set(p, k, ct * x + s * y);
            self.set(q, k, ct * y - sc * x);
        }
        for k in q + 1..self.n.min(p + self.kd + 2) {
            let (x, y) = (self.get(k, p), self.get(k, q));
            self.set(k, p, ct * x + sc * y);
            self.set(k, q, ct * y - s * x);
        }
        let (a, b, d) = (self.get(p, p).re(), self.get(q, p), self.get(q, q).re());
        let sb2 = (s * b).re() * (c + c);
        let s2 = s.re() * s.re() + s.im() * s.im();
        let c2 = c * c;
        self.set(p, p, T::from_real(c2 * a + sb2 + s2 * d));
        self.set(q, q, T::from_real(s2 * a - sb2 + c2 * d));
        self.set(q, p, ct * sc * T::from_real(d - a) + T::from_real(c2) * b - sc * sc * b.conj());
    }
}

/// `Q := Q G^H` for the rotation of [`Work::rotate`] in columns `p`, `p + 1`,
/// on the rows `rows` (outside them both columns are zero).
pub(super) fn rotate_columns<T: Scalar>(
    q: &mut MatMut<'_, T>,
    p: usize,
    rows: std::ops::Range<usize>,
    c: T::Real,
    s: T,
) {
    let ct = T::from_real(c);
    let sc = s.conj();
    let (mut left, mut right) = q.rb_mut().split_at_col(p + 1);
    let rot = |a: T, b: T| (ct * a + sc * b, ct * b - s * a);
    match (left.col_slice_mut(p), right.col_slice_mut(0)) {
        (Some(x), Some(y)) => {
            for (a, b) in x[rows.clone()].iter_mut().zip(y[rows].iter_mut()) {
                (*a, *b) = rot(*a, *b);
            }
        }
        _ => {
            let (mut x, mut y) = (left.col_mut(p), right.col_mut(0));
            for i in rows {
                let (a, b) = rot(x.get(i), y.get(i));
                x.set(i, a);
                y.set(i, b);
            }
        }
    }
}

/// The workspace [`sbtrd`] needs for order `n` and `kd` off-diagonals.
pub fn sbtrd_req<T: Scalar>(n: usize, kd: usize) -> WorkReq {
    WorkReq::new::<T>((kd + 2) * n)
}

/// Reduces the Hermitian (real: symmetric) band matrix of order `n =
/// ab.ncols()` with `kd` off-diagonals, in the band storage `ab` (`kd + 1`
/// rows, its `uplo` triangle), to real symmetric tridiagonal form `T = Q^H A
/// Q` by plane rotations (`?sbtrd`/`?hbtrd`).
///
/// `d[..n]` receives T's diagonal and `e[..n-1]` its off-diagonal, which
/// also overwrite the diagonal and first super- (upper) or subdiagonal
/// (lower) of `ab`; the rest of the band is set to zero. With [`Vect::Form`]
/// `q` (`n x n`) receives Q, with [`Vect::Update`] it is overwritten by `q
/// Q`, with [`Vect::None`] it is not referenced.
#[allow(clippy::too_many_arguments)]
pub fn sbtrd<T: Scalar>(
    vect: Vect,
    uplo: Uplo,
    kd: usize,
    mut ab: MatMut<'_, T>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    mut q: MatMut<'_, T>,
    mut work: Workspace<'_>,
) {
    let n = ab.ncols();
    assert!(ab.nrows() > kd, "sbtrd: ab has fewer than kd + 1 rows");
    if n == 0 {
        return;
    }
    assert!(d.len() >= n && e.len() >= n - 1, "sbtrd: d or e too short");
    let wantq = vect != Vect::None;
    if wantq {
        assert!(q.nrows() == n && q.ncols() == n, "sbtrd: Q is not n x n");
    }
    if vect == Vect::Form {
        for j in 0..n {
            for i in 0..q.nrows() {
                q.set(i, j, if i == j { T::one() } else { T::zero() });
            }
        }
    }
    // The band as stored (kd) and as it can be at most (kb).
    let kb = kd.min(n - 1);
    let ld = kb + 2;
    let (buf, _) = work.take::<T>(ld * n);
    buf.iter_mut().for_each(|x| *x = T::zero());
    let mut a = Work { a: buf, ld, n, kd: kb };
    // The rows where each column of Q can be nonzero: Q starts as I for
    // Vect::Form, so the rotations need only the union of two columns' rows.
    let mut span: Vec<(usize, usize)> =
        (0..n).map(|k| if vect == Vect::Form { (k, k + 1) } else { (0, q.nrows()) }).collect();
    for j in 0..n {
        for i in j..n.min(j + kb + 1) {
            let v = match uplo {
                Uplo::Lower => ab.get(i - j, j),
                Uplo::Upper => ab.get(kd + j - i, i).conj(),
            };
            a.set(i, j, v);
        }
        let v = a.get(j, j).re();
        a.set(j, j, T::from_real(v));
    }

    for j in 0..n.saturating_sub(2) {
        for i in (j + 2..n.min(j + kb + 1)).rev() {
            // Annihilate A[i, j] against A[i-1, j], then chase the element
            // that rotation puts at A[i+kd, i-1] off the end.
            let (mut row, mut col) = (i, j);
            loop {
                let g = a.get(row, col);
                if g.is_zero() {
                    break;
                }
                let (c, s, r) = lartg(a.get(row - 1, col), g);
                a.rotate(row - 1, c, s);
                a.set(row - 1, col, r);
                a.set(row, col, T::zero());
                if wantq {
                    let p = row - 1;
                    let rows = span[p].0.min(span[row].0)..span[p].1.max(span[row].1);
                    span[p] = (rows.start, rows.end);
                    span[row] = span[p];
                    rotate_columns(&mut q, p, rows, c, s);
                }
                col = row - 1;
                row = col + kb + 1;
                if row >= n {
                    break;
                }
            }
        }
    }

    // T's off-diagonal made real by a unitary diagonal similarity.
    let mut phase = T::one();
    for i in 0..n {
        d[i] = a.get(i, i).re();
        if wantq && i > 0 && phase != T::one() {
            let mut col = q.rb_mut().col_mut(i);
            for r in 0..col.len() {
                let v = col.get(r);
                col.set(r, v * phase);
            }
        }
        if i + 1 < n {
            let b = a.get(i + 1, i);
            if T::IS_COMPLEX {
                let m = b.re().hypot(b.im());
                e[i] = m;
                if m != T::Real::zero() {
                    phase *= b.scale_real(T::Real::one() / m);
                }
            } else {
                e[i] = b.re();
            }
        }
    }

    for j in 0..n {
        for r in 0..=kd {
            let inside = match uplo {
                Uplo::Lower => j + r < n,
                Uplo::Upper => r <= j,
            };
            if !inside {
                continue;
            }
            let v = if r == 0 {
                T::from_real(d[j])
            } else if r == 1 {
                T::from_real(if uplo == Uplo::Lower { e[j] } else { e[j - 1] })
            } else {
                T::zero()
            };
            match uplo {
                Uplo::Lower => ab.set(r, j, v),
                Uplo::Upper => ab.set(kd - r, j, v),
            }
        }
    }
}

/// Scales the band by `factor(max |a_ij|)` when that is `Some`; returns it.
pub(crate) fn scale_band<T: Scalar>(
    uplo: Uplo,
    kd: usize,
    ab: &mut MatMut<'_, T>,
    factor: impl Fn(T::Real) -> Option<T::Real>,
) -> Option<T::Real> {
    let n = ab.ncols();
    let sigma = factor(lansb(Norm::Max, uplo, true, kd, ab.rb().submatrix(0, 0, kd + 1, n), &mut []))?;
    let kind = if uplo == Uplo::Lower { MatrixKind::SymBandLower } else { MatrixKind::SymBandUpper };
    lascl(kind, kd, kd, T::Real::one(), sigma, n, n, ab.rb_mut().submatrix(0, 0, kd + 1, n));
    Some(sigma)
}

/// The diagonal element of a `1 x 1` band matrix.
pub(crate) fn band_a11<T: Scalar>(uplo: Uplo, kd: usize, ab: &MatMut<'_, T>) -> T::Real {
    match uplo {
        Uplo::Lower => ab.get(0, 0).re(),
        Uplo::Upper => ab.get(kd, 0).re(),
    }
}

/// The workspace [`sbev`] needs for order `n` and `kd` off-diagonals.
pub fn sbev_req<T: Scalar>(jobz: Jobz, n: usize, kd: usize) -> WorkReq {
    if n <= 1 {
        return WorkReq::EMPTY;
    }
    let after = if jobz == Jobz::Vectors { steqr_req::<T>(Compz::Update, n) } else { WorkReq::EMPTY };
    WorkReq::new::<T::Real>(n).and(sbtrd_req::<T>(n, kd).or(after))
}

/// All eigenvalues, and optionally the eigenvectors, of the Hermitian (real:
/// symmetric) band matrix of order `n = ab.ncols()` with `kd` off-diagonals
/// in band storage (`ab`, its `uplo` triangle), by the implicit QL/QR
/// iteration (`?sbev`/`?hbev`).
///
/// `w` (`n`) receives the eigenvalues ascending; with [`Jobz::Vectors`] `z`
/// (`n x n`) the orthonormal eigenvectors. `ab` is destroyed. `Err(i)`: `i`
/// off-diagonal elements of an intermediate tridiagonal form did not
/// converge to zero.
#[allow(clippy::too_many_arguments)]
pub fn sbev<T: Scalar>(
    jobz: Jobz,
    uplo: Uplo,
    kd: usize,
    ab: MatMut<'_, T>,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    band_driver(false, jobz, uplo, kd, ab, w, z, par, work)
}

/// The workspace [`sbevd`] needs for order `n` and `kd` off-diagonals.
pub fn sbevd_req<T: Scalar>(jobz: Jobz, n: usize, kd: usize) -> WorkReq {
    if n <= 1 {
        return WorkReq::EMPTY;
    }
    let after = if jobz == Jobz::Vectors {
        WorkReq::new::<T>(2 * n * n).and(stedc_req::<T>(Compz::Init, n, n))
    } else {
        WorkReq::EMPTY
    };
    WorkReq::new::<T::Real>(n).and(sbtrd_req::<T>(n, kd).or(after))
}

/// [`sbev`] by divide and conquer (`?sbevd`/`?hbevd`): Q of the reduction
/// times the eigenvectors [`stedc`] finds for the tridiagonal matrix.
/// `Err` as [`stedc`] (or [`sterf`] without vectors).
#[allow(clippy::too_many_arguments)]
pub fn sbevd<T: Scalar>(
    jobz: Jobz,
    uplo: Uplo,
    kd: usize,
    ab: MatMut<'_, T>,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> Result<(), Info> {
    band_driver(true, jobz, uplo, kd, ab, w, z, par, work)
}

/// The body of [`sbev`] (`divide = false`) and [`sbevd`].
#[allow(clippy::too_many_arguments)]
fn band_driver<T: Scalar>(
    divide: bool,
    jobz: Jobz,
    uplo: Uplo,
    kd: usize,
    mut ab: MatMut<'_, T>,
    w: &mut [T::Real],
    mut z: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let n = ab.ncols();
    if n == 0 {
        return Ok(());
    }
    if n == 1 {
        w[0] = band_a11(uplo, kd, &ab);
        if jobz == Jobz::Vectors {
            z.set(0, 0, T::one());
        }
        return Ok(());
    }
    let w = &mut w[..n];
    let sigma = scale_band(uplo, kd, &mut ab, driver_sigma);
    let (e, mut work) = work.take::<T::Real>(n);
    let vect = if jobz == Jobz::Vectors { Vect::Form } else { Vect::None };
    let mut z = if jobz == Jobz::Vectors { z.submatrix(0, 0, n, n) } else { z.submatrix(0, 0, 0, 0) };
    sbtrd(vect, uplo, kd, ab, w, e, z.rb_mut(), work.rb_mut());
    let e = &mut e[..n - 1];
    let r = match (jobz, divide) {
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
    };
    let r_scale = if divide { Ok(()) } else { r };
    unscale_eigenvalues(sigma, r_scale, w);
    r
}

/// The workspace [`sbevx`] needs for order `n` and `kd` off-diagonals.
pub fn sbevx_req<T: Scalar>(jobz: Jobz, n: usize, kd: usize) -> WorkReq {
    if n <= 1 {
        return WorkReq::EMPTY;
    }
    WorkReq::new::<T::Real>(2 * n).and(sbtrd_req::<T>(n, kd).or(expert_after_req::<T>(jobz, n)))
}

/// What [`expert_tridiagonal`] needs after a band reduction of order `n`.
pub(super) fn expert_after_req<T: Scalar>(jobz: Jobz, n: usize) -> WorkReq {
    let mut qr_path = WorkReq::new::<T::Real>(n);
    let mut after_stebz = stebz_req::<T::Real>(n);
    if jobz == Jobz::Vectors {
        qr_path = qr_path.and(steqr_req::<T>(Compz::Update, n));
        after_stebz = after_stebz
            .or(WorkReq::new::<usize>(n).and(WorkReq::new::<usize>(n)).and(stein_req::<T::Real>(n)))
            .or(WorkReq::new::<T>(n * n));
    }
    let bisect = WorkReq::new::<Block>(n).and(WorkReq::new::<usize>(n)).and(after_stebz);
    qr_path.or(bisect)
}

/// Selected eigenvalues, and optionally eigenvectors, of the Hermitian
/// (real: symmetric) band matrix of order `n = ab.ncols()` with `kd`
/// off-diagonals in band storage (`ab`, its `uplo` triangle)
/// (`?sbevx`/`?hbevx`).
///
/// Returns `m` and the status, the outputs as
/// [`syevx`](super::expert::syevx); with [`Jobz::Vectors`] `q` (`n x n`)
/// also receives the unitary matrix of the reduction to tridiagonal form.
/// Unlike `?syevx`, for `n = 1` `z` is set only when the eigenvalue is
/// selected, as the reference.
#[allow(clippy::too_many_arguments)]
pub fn sbevx<T: Scalar>(
    jobz: Jobz,
    range: EigRange<T::Real>,
    uplo: Uplo,
    kd: usize,
    mut ab: MatMut<'_, T>,
    q: MatMut<'_, T>,
    abstol: T::Real,
    w: &mut [T::Real],
    mut z: MatMut<'_, T>,
    ifail: &mut [Option<usize>],
    par: Par,
    mut work: Workspace<'_>,
) -> (usize, Result<(), Info>) {
    type R<T> = <T as Scalar>::Real;
    let n = ab.ncols();
    let wantz = jobz == Jobz::Vectors;
    if n == 0 {
        return (0, Ok(()));
    }
    if n == 1 {
        let a11 = band_a11(uplo, kd, &ab);
        let m = match range {
            EigRange::Values(vl, vu) => usize::from(vl < a11 && vu >= a11),
            _ => 1,
        };
        if m == 1 {
            w[0] = a11;
            if wantz {
                z.set(0, 0, T::one());
            }
        }
        return (m, Ok(()));
    }

    let sigma = scale_band(uplo, kd, &mut ab, expert_sigma);
    let (abstll, range_s) = scale_bounds(sigma, abstol, range);
    let (de, mut work) = work.take::<R<T>>(2 * n);
    let (d, e) = de.split_at_mut(n);
    let vect = if wantz { Vect::Form } else { Vect::None };
    let mut q = if wantz { q.submatrix(0, 0, n, n) } else { q.submatrix(0, 0, 0, 0) };
    sbtrd(vect, uplo, kd, ab, d, e, q.rb_mut(), work.rb_mut());

    expert_tridiagonal(
        wantz,
        range,
        range_s,
        abstol,
        abstll,
        sigma,
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

/// `Z := Q Z` for the eigenvectors in `zm` (`n x m`), through an `n x m`
/// copy carved from `work`: the back-transformation of the band expert
/// drivers, whose `Q` comes from `sbtrd`.
pub(super) fn back_transform<T: Scalar>(q: MatRef<'_, T>, zm: MatMut<'_, T>, mut work: Workspace<'_>, par: Par) {
    let (n, m) = (zm.nrows(), zm.ncols());
    if m > 0 {
        let (tb, _) = work.take::<T>(n * m);
        let mut t = MatMut::from_col_major(tb, n, m, n);
        lacpy(Part::Full, zm.rb(), t.rb_mut());
        Level3::new(par).gemm(Trans::No, Trans::No, T::one(), q, t.rb(), T::zero(), zm);
    }
}
