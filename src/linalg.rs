//! Dense linear algebra the way a Rust program reaches for it: owned
//! column-major matrices ([`Mat`]), factorizations as values ([`Lu`],
//! [`Cholesky`], [`Qr`]) and the NumPy-style drivers ([`solve`], [`inv`],
//! [`det`], [`lstsq`], [`eigh`], [`eig`], [`svd`]), generic over `f32`,
//! `f64`, [`c32`](crate::c32) and [`c64`](crate::c64). Each call sizes and
//! allocates its LAPACK workspace itself; the routines underneath are the
//! ones the Fortran and C ABIs export (`?getrf`, `?potrf`, `?geqrf`,
//! `?syevd`/`?heevd`, `?geev`, `?gesdd`, `?gelsd`), so the results are the
//! same bits as through `liblapack.so.3`.
//!
//! Shapes that do not fit (a non-square matrix to [`inv`], a right-hand side
//! with the wrong number of rows) are programming errors and panic; what the
//! numbers decide (a singular matrix, a matrix that is not positive
//! definite, an iteration that failed) comes back as [`Error`].
//!
//! ```
//! use ferroblas::linalg::{self, Mat};
//! let a = Mat::from_fn(3, 3, |i, j| if i == j { 4.0 } else { 1.0 });
//! let b = Mat::from_fn(3, 1, |i, _| (i + 1) as f64);
//! let x = linalg::solve(&a, &b).unwrap();
//! let r = a.matmul(&x);
//! assert!((0..3).all(|i| (r[(i, 0)] - b[(i, 0)]).abs() < 1e-14));
//!
//! let (w, v) = linalg::eigh(&a).unwrap();
//! assert!((w[2] - 6.0).abs() < 1e-14 && (w[0] - 3.0).abs() < 1e-14);
//! assert_eq!((v.nrows(), v.ncols()), (3, 3));
//! ```

use crate::{Complex, MatMut, MatRef, RealScalar, Scalar, Trans, Uplo};
use ferroblas_lapack::{self as lapack, Info, Par, WorkBuffer, WorkReq};
use std::fmt;

/// Why a factorization or driver could not produce its result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// The matrix is exactly singular: `U[i][i]` of its LU is zero (0-based `i`).
    Singular(usize),
    /// The matrix is not positive definite: the leading minor of order `i + 1` is not.
    NotPositiveDefinite(usize),
    /// An iterative algorithm (eigenvalues, singular values) did not converge;
    /// the number is LAPACK's INFO.
    NoConvergence(usize),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Singular(i) => write!(f, "the matrix is singular (U[{i}][{i}] = 0)"),
            Error::NotPositiveDefinite(i) => write!(f, "the leading minor of order {} is not positive definite", i + 1),
            Error::NoConvergence(info) => write!(f, "the iteration did not converge (INFO = {info})"),
        }
    }
}

impl std::error::Error for Error {}

/// An owned `m x n` matrix, stored by columns (LAPACK's layout).
#[derive(Clone, Debug, PartialEq)]
pub struct Mat<T> {
    data: Vec<T>,
    nrows: usize,
    ncols: usize,
}

impl<T: Scalar> Mat<T> {
    /// The `m x n` zero matrix.
    pub fn zeros(m: usize, n: usize) -> Self {
        Mat { data: vec![T::zero(); m * n], nrows: m, ncols: n }
    }

    /// The `n x n` identity.
    pub fn identity(n: usize) -> Self {
        Self::from_fn(n, n, |i, j| if i == j { T::one() } else { T::zero() })
    }

    /// The `m x n` matrix whose `(i, j)` element is `f(i, j)`.
    pub fn from_fn(m: usize, n: usize, mut f: impl FnMut(usize, usize) -> T) -> Self {
        let mut data = Vec::with_capacity(m * n);
        for j in 0..n {
            data.extend((0..m).map(|i| f(i, j)));
        }
        Mat { data, nrows: m, ncols: n }
    }

    /// The `m x n` matrix whose columns are consecutive runs of `data`.
    ///
    /// # Panics
    /// When `data.len() != m * n`.
    pub fn from_col_major(data: Vec<T>, m: usize, n: usize) -> Self {
        assert_eq!(data.len(), m * n, "Mat::from_col_major: {} elements for a {m} x {n} matrix", data.len());
        Mat { data, nrows: m, ncols: n }
    }

    /// A copy of the matrix `a` views.
    pub fn from_view(a: MatRef<'_, T>) -> Self {
        Self::from_fn(a.nrows(), a.ncols(), |i, j| a.get(i, j))
    }

    /// Number of rows.
    pub fn nrows(&self) -> usize {
        self.nrows
    }

    /// Number of columns.
    pub fn ncols(&self) -> usize {
        self.ncols
    }

    /// The elements, column after column.
    pub fn as_slice(&self) -> &[T] {
        &self.data
    }

    /// The elements, column after column, for writing.
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        &mut self.data
    }

    /// The column-major storage, given up.
    pub fn into_vec(self) -> Vec<T> {
        self.data
    }

    /// A view for the BLAS and LAPACK routines.
    pub fn as_ref(&self) -> MatRef<'_, T> {
        MatRef::from_col_major(&self.data, self.nrows, self.ncols, self.nrows.max(1))
    }

    /// A mutable view for the BLAS and LAPACK routines.
    pub fn as_mut(&mut self) -> MatMut<'_, T> {
        MatMut::from_col_major(&mut self.data, self.nrows, self.ncols, self.nrows.max(1))
    }

    /// The transpose (not conjugated).
    pub fn transpose(&self) -> Self {
        Self::from_fn(self.ncols, self.nrows, |i, j| self[(j, i)])
    }

    /// The conjugate transpose (the transpose for real types).
    pub fn adjoint(&self) -> Self {
        Self::from_fn(self.ncols, self.nrows, |i, j| self[(j, i)].conj())
    }

    /// `self * b`, by the library's GEMM.
    ///
    /// # Panics
    /// When `self.ncols() != b.nrows()`.
    pub fn matmul(&self, b: &Mat<T>) -> Mat<T> {
        assert_eq!(self.ncols, b.nrows, "Mat::matmul: {}x{} times {}x{}", self.nrows, self.ncols, b.nrows, b.ncols);
        let mut c = Mat::zeros(self.nrows, b.ncols);
        crate::level3::gemm(Trans::No, Trans::No, T::one(), self.as_ref(), b.as_ref(), T::zero(), c.as_mut());
        c
    }
}

impl<T> std::ops::Index<(usize, usize)> for Mat<T> {
    type Output = T;
    fn index(&self, (i, j): (usize, usize)) -> &T {
        assert!(i < self.nrows && j < self.ncols, "Mat index ({i}, {j}) outside {} x {}", self.nrows, self.ncols);
        &self.data[i + j * self.nrows]
    }
}

impl<T> std::ops::IndexMut<(usize, usize)> for Mat<T> {
    fn index_mut(&mut self, (i, j): (usize, usize)) -> &mut T {
        assert!(i < self.nrows && j < self.ncols, "Mat index ({i}, {j}) outside {} x {}", self.nrows, self.ncols);
        &mut self.data[i + j * self.nrows]
    }
}

/// A workspace buffer of the size `req` states.
fn buffer(req: WorkReq) -> WorkBuffer {
    WorkBuffer::new(req)
}

fn square<T>(a: &Mat<T>, what: &str) -> usize {
    assert_eq!(a.nrows, a.ncols, "{what}: the matrix is {} x {}, not square", a.nrows, a.ncols);
    a.nrows
}

/// LAPACK's INFO (1-based), as the 0-based index the variants carry.
fn index(info: Info) -> usize {
    info.index()
}

/// LAPACK's INFO, for [`Error::NoConvergence`].
fn code(info: Info) -> usize {
    info.get().get()
}

/// The complex type over `T`'s real type (`T` itself when `T` is complex).
pub type ComplexOf<T> = <<T as Scalar>::Real as RealScalar>::Complex;

/// `P A = L U` with partial pivoting (`?getrf`): the factors of a square matrix.
#[derive(Clone, Debug)]
pub struct Lu<T> {
    factors: Mat<T>,
    pivots: Vec<usize>,
}

impl<T: Scalar> Lu<T> {
    /// Factors `a`. `Err(Singular(i))` when `U[i][i]` is exactly zero.
    ///
    /// # Panics
    /// When `a` is not square.
    pub fn new(a: &Mat<T>) -> Result<Self, Error> {
        let n = square(a, "Lu::new");
        let mut factors = a.clone();
        let mut pivots = vec![0usize; n];
        crate::relapack::getrf::getrf(factors.as_mut(), &mut pivots, Par::default())
            .map_err(|i| Error::Singular(index(i)))?;
        Ok(Lu { factors, pivots })
    }

    /// `L` (unit diagonal, below) and `U` (on and above) in one matrix.
    pub fn factors(&self) -> &Mat<T> {
        &self.factors
    }

    /// Row `i` was swapped with row `pivots()[i]` (0-based), in increasing `i`.
    pub fn pivots(&self) -> &[usize] {
        &self.pivots
    }

    /// `X` with `A X = B` (`?getrs`).
    ///
    /// # Panics
    /// When `b` does not have `n` rows.
    pub fn solve(&self, b: &Mat<T>) -> Mat<T> {
        let mut x = b.clone();
        lapack::lu::getrs(Trans::No, self.factors.as_ref(), &self.pivots, x.as_mut(), Par::default());
        x
    }

    /// `det(A)`: the product of `U`'s diagonal, its sign flipped per row swap.
    pub fn det(&self) -> T {
        let mut d = T::one();
        for (i, &p) in self.pivots.iter().enumerate() {
            d *= self.factors[(i, i)];
            if p != i {
                d = -d;
            }
        }
        d
    }

    /// `A^-1` (`?getri`).
    pub fn inverse(&self) -> Mat<T> {
        let mut inv = self.factors.clone();
        let n = inv.nrows;
        let mut work = buffer(lapack::lu::getri_req_optimal::<T>(n));
        // The factors are nonsingular: `new` returned them.
        let _ = lapack::lu::getri(inv.as_mut(), &self.pivots, Par::default(), work.workspace());
        inv
    }
}

/// `A = L L^H` (`?potrf`) of a Hermitian (real: symmetric) positive definite matrix.
#[derive(Clone, Debug)]
pub struct Cholesky<T> {
    factor: Mat<T>,
}

impl<T: Scalar> Cholesky<T> {
    /// Factors `a`, reading its lower triangle. `Err(NotPositiveDefinite(i))`
    /// when the leading minor of order `i + 1` is not positive definite.
    ///
    /// # Panics
    /// When `a` is not square.
    pub fn new(a: &Mat<T>) -> Result<Self, Error> {
        square(a, "Cholesky::new");
        let mut factor = a.clone();
        crate::relapack::potrf::potrf(Uplo::Lower, factor.as_mut(), Par::default())
            .map_err(|i| Error::NotPositiveDefinite(index(i)))?;
        let n = factor.nrows;
        for j in 1..n {
            for i in 0..j {
                factor[(i, j)] = T::zero();
            }
        }
        Ok(Cholesky { factor })
    }

    /// `L`, lower triangular (zeros above the diagonal).
    pub fn l(&self) -> &Mat<T> {
        &self.factor
    }

    /// `X` with `A X = B` (`?potrs`).
    ///
    /// # Panics
    /// When `b` does not have `n` rows.
    pub fn solve(&self, b: &Mat<T>) -> Mat<T> {
        let mut x = b.clone();
        lapack::cholesky::potrs(Uplo::Lower, self.factor.as_ref(), x.as_mut(), Par::default());
        x
    }
}

/// `A = Q R` by Householder reflections (`?geqrf`), for any `m x n` matrix.
#[derive(Clone, Debug)]
pub struct Qr<T> {
    factors: Mat<T>,
    tau: Vec<T>,
}

impl<T: Scalar> Qr<T> {
    /// Factors `a`.
    pub fn new(a: &Mat<T>) -> Self {
        let (m, n) = (a.nrows, a.ncols);
        let mut factors = a.clone();
        let mut tau = vec![T::zero(); m.min(n)];
        let mut work = buffer(lapack::qr::geqrf_req::<T>(m, n));
        lapack::qr::geqrf(factors.as_mut(), &mut tau, lapack::qr::Positive::No, Par::default(), work.workspace());
        Qr { factors, tau }
    }

    /// The `min(m, n) x n` upper triangular (trapezoidal) factor.
    pub fn r(&self) -> Mat<T> {
        let k = self.tau.len();
        Mat::from_fn(k, self.factors.ncols, |i, j| if i <= j { self.factors[(i, j)] } else { T::zero() })
    }

    /// The first `min(m, n)` columns of `Q` (`?orgqr`/`?ungqr`): orthonormal.
    pub fn q(&self) -> Mat<T> {
        let (m, k) = (self.factors.nrows, self.tau.len());
        let mut q = Mat::from_fn(m, k, |i, j| self.factors[(i, j)]);
        let mut work = buffer(lapack::qr::orgqr_req::<T>(k, k));
        lapack::qr::orgqr(q.as_mut(), &self.tau, Par::default(), work.workspace());
        q
    }
}

/// `X` with `A X = B` for a square `a` (`?gesv`).
///
/// # Panics
/// When `a` is not square or `b` does not have `n` rows.
pub fn solve<T: Scalar>(a: &Mat<T>, b: &Mat<T>) -> Result<Mat<T>, Error> {
    Ok(Lu::new(a)?.solve(b))
}

/// `A^-1` (`?getrf` and `?getri`).
///
/// # Panics
/// When `a` is not square.
pub fn inv<T: Scalar>(a: &Mat<T>) -> Result<Mat<T>, Error> {
    Ok(Lu::new(a)?.inverse())
}

/// `det(A)` from the LU factorization (zero when `a` is exactly singular).
///
/// # Panics
/// When `a` is not square.
pub fn det<T: Scalar>(a: &Mat<T>) -> T {
    match Lu::new(a) {
        Ok(lu) => lu.det(),
        Err(_) => T::zero(),
    }
}

/// The minimum-norm least-squares solution of `A X ~ B` and the effective
/// rank of `a` (`?gelsd`): singular values at most `rcond * s_max` count as
/// zero (`rcond < 0`: machine precision).
///
/// # Panics
/// When `b` does not have `m` rows.
pub fn lstsq<T: Scalar>(a: &Mat<T>, b: &Mat<T>, rcond: T::Real) -> Result<(Mat<T>, usize), Error> {
    let (m, n, nrhs) = (a.nrows, a.ncols, b.ncols);
    assert_eq!(b.nrows, m, "lstsq: B has {} rows, A has {m}", b.nrows);
    let mut a = a.clone();
    // `?gelsd` overwrites a max(m, n)-row B with X.
    let mut x = Mat::from_fn(m.max(n), nrhs, |i, j| if i < m { b[(i, j)] } else { T::zero() });
    let mut s = vec![T::Real::zero(); m.min(n)];
    let mut work = buffer(lapack::svd::gelsd_req::<T>(m, n, nrhs));
    let rank = lapack::svd::gelsd(a.as_mut(), x.as_mut(), &mut s, rcond, Par::default(), work.workspace())
        .map_err(|i| Error::NoConvergence(code(i)))?;
    Ok((Mat::from_fn(n, nrhs, |i, j| x[(i, j)]), rank))
}

/// The eigenvalues (ascending) and orthonormal eigenvectors (columns) of a
/// Hermitian (real: symmetric) matrix, of which the lower triangle is read
/// (`?syevd`/`?heevd`).
///
/// # Panics
/// When `a` is not square.
pub fn eigh<T: Scalar>(a: &Mat<T>) -> Result<(Vec<T::Real>, Mat<T>), Error> {
    let n = square(a, "eigh");
    let mut v = a.clone();
    let mut w = vec![T::Real::zero(); n];
    let jobz = lapack::sym_eigen::drivers::Jobz::Vectors;
    let mut work = buffer(lapack::sym_eigen::drivers::syevd_req::<T>(jobz, n));
    lapack::sym_eigen::drivers::syevd(jobz, Uplo::Lower, v.as_mut(), &mut w, Par::default(), work.workspace())
        .map_err(|i| Error::NoConvergence(code(i)))?;
    Ok((w, v))
}

/// The eigenvalues of a Hermitian (real: symmetric) matrix, ascending.
///
/// # Panics
/// When `a` is not square.
pub fn eigvalsh<T: Scalar>(a: &Mat<T>) -> Result<Vec<T::Real>, Error> {
    let n = square(a, "eigvalsh");
    let mut b = a.clone();
    let mut w = vec![T::Real::zero(); n];
    let jobz = lapack::sym_eigen::drivers::Jobz::NoVectors;
    let mut work = buffer(lapack::sym_eigen::drivers::syevd_req::<T>(jobz, n));
    lapack::sym_eigen::drivers::syevd(jobz, Uplo::Lower, b.as_mut(), &mut w, Par::default(), work.workspace())
        .map_err(|i| Error::NoConvergence(code(i)))?;
    Ok(w)
}

/// The eigenvalues of a general square matrix, and its right eigenvectors
/// as complex columns of unit 2-norm (`?geev`); eigenvalues in the order
/// the QR algorithm leaves them, a real matrix's complex pairs adjacent
/// (positive imaginary part first).
///
/// # Panics
/// When `a` is not square.
#[allow(clippy::type_complexity)]
pub fn eig<T: Scalar>(a: &Mat<T>) -> Result<(Vec<ComplexOf<T>>, Mat<ComplexOf<T>>), Error> {
    let n = square(a, "eig");
    let mut h = a.clone();
    let mut w = vec![Complex::new(T::Real::zero(), T::Real::zero()); n];
    let mut vr = Mat::<T>::zeros(n, n);
    let mut vl = Mat::<T>::zeros(0, 0);
    let mut work = buffer(lapack::nonsym_eigen::geev_req::<T>(n));
    lapack::nonsym_eigen::geev(
        false,
        true,
        h.as_mut(),
        &mut w,
        vl.as_mut(),
        vr.as_mut(),
        Par::default(),
        work.workspace(),
    )
    .map_err(|i| Error::NoConvergence(code(i)))?;
    let mut v = Mat::<ComplexOf<T>>::zeros(n, n);
    let mut j = 0;
    while j < n {
        if T::IS_COMPLEX || w[j].im == T::Real::zero() || j + 1 == n {
            for i in 0..n {
                v[(i, j)] = ComplexOf::<T>::from_parts(vr[(i, j)].re(), vr[(i, j)].im());
            }
            j += 1;
        } else {
            // A real matrix's pair: columns j and j + 1 hold Re v and Im v of
            // the eigenvalue with positive imaginary part; its conjugate's
            // vector is the conjugate.
            for i in 0..n {
                let (re, im) = (vr[(i, j)].re(), vr[(i, j + 1)].re());
                v[(i, j)] = ComplexOf::<T>::from_parts(re, im);
                v[(i, j + 1)] = ComplexOf::<T>::from_parts(re, -im);
            }
            j += 2;
        }
    }
    Ok((w.iter().map(|z| ComplexOf::<T>::from_parts(z.re, z.im)).collect(), v))
}

/// A singular value decomposition `A = U diag(s) V^H`.
#[derive(Clone, Debug)]
pub struct Svd<T: Scalar> {
    /// The singular values, descending (`min(m, n)` of them).
    pub s: Vec<T::Real>,
    /// The first `min(m, n)` left singular vectors (columns, `m x min(m, n)`).
    pub u: Mat<T>,
    /// The first `min(m, n)` right singular vectors, conjugate-transposed (rows, `min(m, n) x n`).
    pub vt: Mat<T>,
}

/// The thin singular value decomposition of any `m x n` matrix, by
/// divide and conquer (`?gesdd`, JOBZ = S: what NumPy's `svd` calls).
pub fn svd<T: Scalar>(a: &Mat<T>) -> Result<Svd<T>, Error> {
    let (m, n) = (a.nrows, a.ncols);
    let k = m.min(n);
    let mut b = a.clone();
    let mut s = vec![T::Real::zero(); k];
    let mut u = Mat::zeros(m, k);
    let mut vt = Mat::zeros(k, n);
    let job = lapack::svd::GesddJob::Some;
    let mut work = buffer(lapack::svd::gesdd_req::<T>(job, m, n));
    let mut rwork = buffer(lapack::svd::gesdd_rwork_req::<T>(job, m, n));
    let mut iwork = buffer(lapack::svd::gesdd_iwork_req(job, m, n));
    let (work, rwork, iwork) = (work.workspace(), rwork.workspace(), iwork.workspace());
    lapack::svd::gesdd(job, b.as_mut(), &mut s, u.as_mut(), vt.as_mut(), Par::default(), work, rwork, iwork)
        .map_err(|i| Error::NoConvergence(code(i)))?;
    Ok(Svd { s, u, vt })
}

/// The singular values of any `m x n` matrix, descending (`?gesdd`, JOBZ = N).
pub fn svdvals<T: Scalar>(a: &Mat<T>) -> Result<Vec<T::Real>, Error> {
    let (m, n) = (a.nrows, a.ncols);
    let mut b = a.clone();
    let mut s = vec![T::Real::zero(); m.min(n)];
    let (mut u, mut vt) = (Mat::<T>::zeros(0, 0), Mat::<T>::zeros(0, 0));
    let job = lapack::svd::GesddJob::None;
    let mut work = buffer(lapack::svd::gesdd_req::<T>(job, m, n));
    let mut rwork = buffer(lapack::svd::gesdd_rwork_req::<T>(job, m, n));
    let mut iwork = buffer(lapack::svd::gesdd_iwork_req(job, m, n));
    let (work, rwork, iwork) = (work.workspace(), rwork.workspace(), iwork.workspace());
    lapack::svd::gesdd(job, b.as_mut(), &mut s, u.as_mut(), vt.as_mut(), Par::default(), work, rwork, iwork)
        .map_err(|i| Error::NoConvergence(code(i)))?;
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{c32, c64};

    fn tol<T: Scalar>() -> f64 {
        if std::mem::size_of::<T::Real>() == 4 {
            1e-4
        } else {
            1e-12
        }
    }

    fn modulus<T: Scalar>(x: T) -> f64 {
        x.re().to_f64().hypot(x.im().to_f64())
    }

    /// A well-conditioned test matrix: diagonally dominant, complex when T is.
    fn test_matrix<T: Scalar>(m: usize, n: usize, seed: u64) -> Mat<T> {
        let mut state = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let mut next = move || {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((state >> 33) as f64 / (1u64 << 31) as f64) - 0.5
        };
        Mat::from_fn(m, n, |i, j| {
            let (re, im) = (next(), next());
            let d = if i == j { (m + n) as f64 } else { 0.0 };
            T::from_parts(T::Real::from_f64(re + d), T::Real::from_f64(if T::IS_COMPLEX { im } else { 0.0 }))
        })
    }

    fn max_diff<T: Scalar>(a: &Mat<T>, b: &Mat<T>) -> f64 {
        assert_eq!((a.nrows(), a.ncols()), (b.nrows(), b.ncols()));
        a.as_slice().iter().zip(b.as_slice()).map(|(&x, &y)| modulus(x - y)).fold(0.0, f64::max)
    }

    fn hermitian<T: Scalar>(n: usize) -> Mat<T> {
        let a = test_matrix::<T>(n, n, 7);
        let mut h = a.adjoint().matmul(&a);
        for i in 0..n {
            h[(i, i)] = T::from_real(h[(i, i)].re());
        }
        h
    }

    fn check_all<T: Scalar>() {
        let t = tol::<T>();
        for n in [0usize, 1, 2, 5, 33] {
            let a = test_matrix::<T>(n, n, 1);
            let b = test_matrix::<T>(n, 2, 2);
            let x = solve(&a, &b).unwrap();
            assert!(max_diff(&a.matmul(&x), &b) < t * n.max(1) as f64, "solve n={n}");
            let ai = inv(&a).unwrap();
            assert!(max_diff(&a.matmul(&ai), &Mat::identity(n)) < t * n.max(1) as f64, "inv n={n}");

            let h = hermitian::<T>(n);
            let c = Cholesky::new(&h).unwrap();
            assert!(max_diff(&c.l().matmul(&c.l().adjoint()), &h) < t * (n * n).max(1) as f64, "cholesky n={n}");
            let (w, v) = eigh(&h).unwrap();
            let d = Mat::from_fn(n, n, |i, j| if i == j { T::from_real(w[i]) } else { T::zero() });
            assert!(max_diff(&v.matmul(&d).matmul(&v.adjoint()), &h) < t * (n * n).max(1) as f64, "eigh n={n}");
            assert!(w.windows(2).all(|p| p[0] <= p[1]));
            assert_eq!(eigvalsh(&h).unwrap().len(), n);

            let (lam, vec) = eig(&a).unwrap();
            let ac = Mat::from_fn(n, n, |i, j| ComplexOf::<T>::from_parts(a[(i, j)].re(), a[(i, j)].im()));
            let av = ac.matmul(&vec);
            for (k, &l) in lam.iter().enumerate() {
                let r = (0..n).map(|i| modulus(av[(i, k)] - l * vec[(i, k)])).fold(0.0, f64::max);
                assert!(r < t * (n * n).max(1) as f64, "eig n={n} k={k}: {r}");
            }
        }
        for (m, n) in [(0usize, 3usize), (4, 4), (7, 3), (3, 7), (40, 25)] {
            let a = test_matrix::<T>(m, n, 3);
            let k = m.min(n);
            let f = svd(&a).unwrap();
            let us = Mat::from_fn(m, k, |i, j| f.u[(i, j)] * T::from_real(f.s[j]));
            assert!(max_diff(&us.matmul(&f.vt), &a) < t * (m * n).max(1) as f64, "svd {m}x{n}");
            let s = svdvals(&a).unwrap();
            assert!(s.iter().zip(&f.s).all(|(&x, &y)| (x - y).abs().to_f64() < t * (m + n) as f64));

            let q = Qr::new(&a);
            assert!(max_diff(&q.q().matmul(&q.r()), &a) < t * (m * n).max(1) as f64, "qr {m}x{n}");
            if m >= n {
                let b = test_matrix::<T>(m, 2, 4);
                let (x, rank) = lstsq(&a, &b, T::Real::from_f64(-1.0)).unwrap();
                assert_eq!(rank, n);
                // The normal equations hold at the least-squares solution.
                let r = a.adjoint().matmul(&Mat::from_fn(m, 2, |i, j| a.matmul(&x)[(i, j)] - b[(i, j)]));
                assert!(r.as_slice().iter().all(|&e| modulus(e) < t * (m * n).max(1) as f64 * 10.0), "lstsq {m}x{n}");
            }
        }
    }

    #[test]
    fn drivers_in_every_precision() {
        check_all::<f32>();
        check_all::<f64>();
        check_all::<c32>();
        check_all::<c64>();
    }

    #[test]
    fn errors_carry_the_failing_index() {
        let singular = Mat::from_col_major(vec![1.0, 2.0, 2.0, 4.0], 2, 2);
        assert_eq!(solve(&singular, &Mat::zeros(2, 1)).unwrap_err(), Error::Singular(1));
        assert_eq!(det(&singular), 0.0);
        let indefinite = Mat::from_col_major(vec![1.0, 0.0, 0.0, -1.0], 2, 2);
        assert_eq!(Cholesky::new(&indefinite).unwrap_err(), Error::NotPositiveDefinite(1));
        let a = Mat::from_col_major(vec![2.0, 1.0, 1.0, 3.0], 2, 2);
        assert!((det(&a) - 5.0f64).abs() < 1e-14);
    }
}
