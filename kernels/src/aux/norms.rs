//! The matrix norms of LAPACK's `?lan??` family: the largest magnitude, the
//! one-norm (largest column sum), the infinity-norm (largest row sum) and the
//! Frobenius norm, of general, Hessenberg, band, tridiagonal, symmetric /
//! Hermitian and triangular matrices in full, band and packed storage.
//!
//! Semantics are reference LAPACK 3.11's: an empty matrix has norm 0, only the
//! elements the reference reads are read (one triangle, the band, not a unit
//! diagonal, not the imaginary part of a Hermitian diagonal), a NaN in any of
//! them makes the result NaN (even next to an Inf, where C's `hypot` would
//! give Inf), and the modulus of a complex element is `sqrt(re^2 + im^2)`
//! computed without overflow (not `|re| + |im|`).
//!
//! Every routine is one pass over the columns it reads (the Frobenius norm of
//! a double-precision matrix whose squares overflow or underflow takes a
//! second, scaled pass). Sums over a column and the Frobenius sum of squares
//! are kept in eight partial sums, component `i` of a column going to sum
//! `i mod 8`, combined in a fixed order at the end: the split never depends
//! on the CPU's vector width, so the result has the same bits on every
//! machine and for every stride of the same columns, while LLVM can vectorize
//! the loops over contiguous columns. Row sums (the infinity-norm) are
//! accumulated column by column, `work[i] += |a(i,j)|`, in column order.
//! The results differ from the reference's in the last bits only, through the
//! order of summation and a more accurate Frobenius sum.

use super::lassq::BlueConstants;
use crate::enums::{Diag, Uplo};
use crate::scalar::{RealScalar, Scalar};
use crate::views::{MatRef, VecRef};

/// Which norm a `?lan??` routine computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Norm {
    /// `max |a(i,j)|` (`'M'`); not a consistent matrix norm.
    Max,
    /// The largest column sum of magnitudes (`'O'` or `'1'`).
    One,
    /// The largest row sum of magnitudes (`'I'`).
    Inf,
    /// `sqrt(sum |a(i,j)|^2)` (`'F'` or `'E'`).
    Frobenius,
}

impl Norm {
    /// Parses the reference's norm letters: `M`, `O`, `1`, `I`, `F`, `E`
    /// (letters case-insensitively).
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'M' => Some(Norm::Max),
            b'O' | b'1' => Some(Norm::One),
            b'I' => Some(Norm::Inf),
            b'F' | b'E' => Some(Norm::Frobenius),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------
// Element-level helpers.

/// Number of partial sums; fixed so results do not depend on the vector width.
const LANES: usize = 8;

/// The reference's update `if value < t or isnan(t) then value = t`: the
/// larger one, and once a NaN is taken it is never replaced.
#[inline(always)]
fn nan_max<R: RealScalar>(value: R, t: R) -> R {
    if (value < t) | t.is_nan() {
        t
    } else {
        value
    }
}

/// `|x|` for a real element, `sqrt(re^2 + im^2)` for a complex one, without
/// overflow or underflow; NaN when either part is NaN.
///
/// Written without a libm call (C's `hypot` returns Inf for `(Inf, NaN)` and
/// varies by platform) so that it vectorizes and gives the same bits
/// everywhere; the error is about one ulp.
#[inline(always)]
fn magnitude<T: Scalar>(x: T) -> T::Real {
    if T::IS_COMPLEX {
        modulus(x.re(), x.im())
    } else {
        x.re().abs()
    }
}

/// `sqrt(re^2 + im^2)` without overflow or underflow, for [`magnitude`].
#[inline(always)]
fn modulus<R: RealScalar>(re: R, im: R) -> R {
    if R::MANTISSA_DIGITS <= 24 {
        // Single precision: the squares are exact in f64 and far from its limits.
        let (x, y) = (re.to_f64(), im.to_f64());
        R::from_f64((x * x + y * y).sqrt())
    } else {
        // Scale by a power of two (exact) when the larger part's square could
        // overflow or underflow; Blue's thresholds keep the squares normal.
        let c = BlueConstants::<R>::new();
        let one = R::one();
        let (x, y) = (re.abs(), im.abs());
        let big = if x > y { x } else { y };
        // Plain selects rather than an if-else chain: LLVM vectorizes these.
        let (hi, lo) = (big > c.tbig, big < c.tsml);
        let s = if hi { c.sbig } else { one };
        let s = if lo { c.ssml } else { s };
        let inv = if hi { c.sbig_inv } else { one };
        let inv = if lo { c.ssml_inv } else { inv };
        let (xs, ys) = (x * s, y * s);
        (xs * xs + ys * ys).sqrt() * inv
    }
}

/// The fixed-order combination of the partial sums.
#[inline(always)]
fn combine<R: RealScalar>(l: &[R; LANES]) -> R {
    ((l[0] + l[1]) + (l[2] + l[3])) + ((l[4] + l[5]) + (l[6] + l[7]))
}

/// The elements of `v` as a slice when they are adjacent and in order.
#[inline(always)]
fn dense<'a, T>(v: VecRef<'a, T>) -> Option<&'a [T]> {
    if v.is_empty() {
        Some(&[])
    } else if v.inc() == 1 || v.len() == 1 {
        // SAFETY: a view with unit increment reaches `len` adjacent elements from
        // `as_ptr()`, all valid for shared reads for `'a`.
        Some(unsafe { core::slice::from_raw_parts(v.as_ptr(), v.len()) })
    } else {
        None
    }
}

/// The real components of `s`, in memory order (`re, im, re, im, ...` for complex).
#[inline(always)]
fn as_reals<T: Scalar>(s: &[T]) -> &[T::Real] {
    let k = if T::IS_COMPLEX { 2 } else { 1 };
    assert!(core::mem::size_of::<T>() == k * core::mem::size_of::<T::Real>());
    // SAFETY: the scalar types are `R` and `Complex<R>`, which is `#[repr(C)] {re, im}`:
    // a `T` is `k` consecutive `R`s with no padding (sizes checked above), and the
    // alignment of `T` is at least that of `R`.
    unsafe { core::slice::from_raw_parts(s.as_ptr().cast::<T::Real>(), s.len() * k) }
}

// ---------------------------------------------------------------------------
// Segment kernels: one piece of a column, contiguous (vectorized) or strided.

/// Folds the magnitudes of `v` into the running maxima `acc`.
#[inline]
fn max_into<T: Scalar>(acc: &mut [T::Real; LANES], v: VecRef<'_, T>) {
    match dense(v) {
        Some(s) => {
            let mut chunks = s.chunks_exact(LANES);
            for ch in &mut chunks {
                let ch: &[T; LANES] = ch.try_into().unwrap();
                for k in 0..LANES {
                    acc[k] = nan_max(acc[k], magnitude(ch[k]));
                }
            }
            for (k, &x) in chunks.remainder().iter().enumerate() {
                acc[k] = nan_max(acc[k], magnitude(x));
            }
        }
        None => {
            for i in 0..v.len() {
                // SAFETY: `i < v.len()`.
                let x = unsafe { v.get_unchecked(i) };
                acc[i % LANES] = nan_max(acc[i % LANES], magnitude(x));
            }
        }
    }
}

/// `sum |v_i|` in eight partial sums (element `i` into sum `i mod 8`).
#[inline]
fn abs_sum<T: Scalar>(v: VecRef<'_, T>) -> T::Real {
    let mut acc = [T::Real::zero(); LANES];
    match dense(v) {
        Some(s) => {
            let mut chunks = s.chunks_exact(LANES);
            for ch in &mut chunks {
                let ch: &[T; LANES] = ch.try_into().unwrap();
                for k in 0..LANES {
                    acc[k] += magnitude(ch[k]);
                }
            }
            for (k, &x) in chunks.remainder().iter().enumerate() {
                acc[k] += magnitude(x);
            }
        }
        None => {
            for i in 0..v.len() {
                // SAFETY: `i < v.len()`.
                acc[i % LANES] += magnitude(unsafe { v.get_unchecked(i) });
            }
        }
    }
    combine(&acc)
}

/// `w_i += |v_i|`.
#[inline]
fn add_abs<T: Scalar>(v: VecRef<'_, T>, w: &mut [T::Real]) {
    debug_assert_eq!(v.len(), w.len());
    match dense(v) {
        Some(s) => {
            for (wi, &x) in w.iter_mut().zip(s) {
                *wi += magnitude(x);
            }
        }
        None => {
            for (i, wi) in w.iter_mut().enumerate() {
                // SAFETY: `i < w.len() == v.len()`.
                *wi += magnitude(unsafe { v.get_unchecked(i) });
            }
        }
    }
}

/// `w_i += |v_i|` and returns `sum |v_i|` (in eight partial sums): a column of
/// a symmetric triangle feeds its own sum and the sums of the rows it mirrors.
#[inline]
fn abs_sum_add<T: Scalar>(v: VecRef<'_, T>, w: &mut [T::Real]) -> T::Real {
    debug_assert_eq!(v.len(), w.len());
    let mut acc = [T::Real::zero(); LANES];
    match dense(v) {
        Some(s) => {
            let mut chunks = s.chunks_exact(LANES);
            let mut wchunks = w.chunks_exact_mut(LANES);
            for (ch, wch) in (&mut chunks).zip(&mut wchunks) {
                let ch: &[T; LANES] = ch.try_into().unwrap();
                let wch: &mut [T::Real; LANES] = wch.try_into().unwrap();
                for k in 0..LANES {
                    let a = magnitude(ch[k]);
                    wch[k] += a;
                    acc[k] += a;
                }
            }
            for (k, (&x, wi)) in chunks.remainder().iter().zip(wchunks.into_remainder()).enumerate() {
                let a = magnitude(x);
                *wi += a;
                acc[k] += a;
            }
        }
        None => {
            for (i, wi) in w.iter_mut().enumerate() {
                // SAFETY: `i < w.len() == v.len()`.
                let a = magnitude(unsafe { v.get_unchecked(i) });
                *wi += a;
                acc[i % LANES] += a;
            }
        }
    }
    combine(&acc)
}

// ---------------------------------------------------------------------------
// The Frobenius norm: a plain pass, and a scaled one only when that overflowed
// or underflowed.
//
// Squares are summed in f64 whatever the type: for single precision the squares
// of every representable value are exact there and the sum can neither
// overflow nor lose its small terms, so one pass always suffices. For double
// precision the first pass also finds the largest component `M`; when its sum
// overflowed or is too small to be trusted, a second pass sums `(x * 2^-t)^2`
// with `2^t ~ M` (an exact scaling), which keeps every square that matters in
// range. That is as safe as `?lassq` and, with eight partial sums instead of
// one running sum, more accurate.

/// How often a segment counts in the Frobenius sum: a stored off-diagonal
/// element of a symmetric matrix stands for two.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Weight {
    Once,
    Twice,
}

/// A Frobenius sum of squares being accumulated: eight partial sums for the
/// elements counted once and for those counted twice, and the largest
/// component magnitude seen.
struct Frob {
    /// The power of two every component is multiplied by before squaring.
    scale: f64,
    once: [f64; LANES],
    twice: [f64; LANES],
    big: [f64; LANES],
}

impl Frob {
    fn new(scale: f64) -> Self {
        Self { scale, once: [0.0; LANES], twice: [0.0; LANES], big: [0.0; LANES] }
    }

    /// Adds one component to lane `k`.
    #[inline(always)]
    fn add(acc: &mut [f64; LANES], big: &mut [f64; LANES], k: usize, x: f64, scale: f64) {
        let a = x.abs();
        big[k] = if a > big[k] { a } else { big[k] };
        let y = x * scale;
        acc[k] += y * y;
    }

    /// Adds the squares of the real components of `v` (component `c` of the
    /// segment into partial sum `c mod 8`).
    fn seg<T: Scalar>(&mut self, v: VecRef<'_, T>, w: Weight) {
        let acc = if w == Weight::Once { &mut self.once } else { &mut self.twice };
        let (big, scale) = (&mut self.big, self.scale);
        match dense(v) {
            Some(s) => {
                let r = as_reals(s);
                // Local copies of the partial sums, so that they live in
                // registers through the loop (and the loop vectorizes).
                let (mut a, mut b) = (*acc, *big);
                let mut chunks = r.chunks_exact(LANES);
                for ch in &mut chunks {
                    for (k, &x) in ch.iter().enumerate() {
                        Self::add(&mut a, &mut b, k, x.to_f64(), scale);
                    }
                }
                for (k, &x) in chunks.remainder().iter().enumerate() {
                    Self::add(&mut a, &mut b, k, x.to_f64(), scale);
                }
                (*acc, *big) = (a, b);
            }
            None => {
                let per = if T::IS_COMPLEX { 2 } else { 1 };
                for i in 0..v.len() {
                    // SAFETY: `i < v.len()`.
                    let x = unsafe { v.get_unchecked(i) };
                    let k = (per * i) % LANES;
                    Self::add(acc, big, k, x.re().to_f64(), scale);
                    if T::IS_COMPLEX {
                        Self::add(acc, big, k + 1, x.im().to_f64(), scale);
                    }
                }
            }
        }
    }

    /// Adds one diagonal element, all of it or (Hermitian) its real part only.
    fn diag<T: Scalar>(&mut self, d: T, real_only: bool) {
        Self::add(&mut self.once, &mut self.big, 0, d.re().to_f64(), self.scale);
        if T::IS_COMPLEX && !real_only {
            Self::add(&mut self.once, &mut self.big, 1, d.im().to_f64(), self.scale);
        }
    }

    /// Adds `count` ones (a unit diagonal).
    fn ones(&mut self, count: usize) {
        if count > 0 {
            self.big[0] = self.big[0].max(1.0);
            self.once[0] += count as f64 * (self.scale * self.scale);
        }
    }

    fn sum(&self) -> f64 {
        let t = combine(&self.twice);
        combine(&self.once) + (t + t)
    }
}

/// The Frobenius norm of the elements `visit` feeds; `visit` runs once, or
/// twice when the plain sum of squares cannot be trusted.
fn frobenius<R: RealScalar>(visit: impl Fn(&mut Frob)) -> R {
    let mut f = Frob::new(1.0);
    visit(&mut f);
    let sum = f.sum();
    if sum.is_nan() {
        return R::from_f64(sum);
    }
    // Each square lost to underflow is off by at most 2^-1075; above this floor
    // all of them together stay far below an ulp of the sum.
    let floor = 2f64.powi(-916);
    if sum < f64::INFINITY && sum >= floor {
        return R::from_f64(sum.sqrt());
    }
    let big = f.big.iter().fold(0f64, |m, &b| m.max(b));
    if big == 0.0 || big == f64::INFINITY {
        return R::from_f64(big);
    }
    // big is in [2^(e-1), 2^e); scale it to [1/2, 1), within limits that keep
    // both 2^t and 2^-t representable (and subnormals still scale to normals).
    let biased = ((big.to_bits() >> 52) & 0x7ff) as i32;
    let t = (biased - 1022).clamp(-1020, 1020);
    let pow2 = |e: i32| f64::from_bits(((e + 1023) as u64) << 52);
    let mut f = Frob::new(pow2(-t));
    visit(&mut f);
    R::from_f64(f.sum().sqrt() * pow2(t))
}

// ---------------------------------------------------------------------------
// The two shapes every routine reduces to.

/// The norm of an `m x n` matrix whose column `j` holds exactly the elements
/// `col(j) = (first_row, values)` (zero elsewhere), plus a unit diagonal at
/// `(j, j)`, `j < min(m, n)`, when `unit` (never read). `work.len() >= m` for `Inf`.
fn by_columns<'a, T: Scalar>(
    norm: Norm,
    m: usize,
    n: usize,
    unit: bool,
    col: impl Fn(usize) -> (usize, VecRef<'a, T>),
    work: &mut [T::Real],
) -> T::Real {
    let (zero, one) = (T::Real::zero(), T::Real::one());
    if m == 0 || n == 0 {
        return zero;
    }
    let ndiag = m.min(n);
    match norm {
        Norm::Max => {
            let mut acc = [zero; LANES];
            if unit {
                acc[0] = one;
            }
            for j in 0..n {
                max_into(&mut acc, col(j).1);
            }
            acc.iter().fold(zero, |v, &t| nan_max(v, t))
        }
        Norm::One => {
            let mut value = zero;
            for j in 0..n {
                let s = abs_sum(col(j).1);
                let s = if unit && j < ndiag { one + s } else { s };
                value = nan_max(value, s);
            }
            value
        }
        Norm::Inf => {
            let w = &mut work[..m];
            for (i, wi) in w.iter_mut().enumerate() {
                *wi = if unit && i < ndiag { one } else { zero };
            }
            for j in 0..n {
                let (first, v) = col(j);
                add_abs(v, &mut w[first..first + v.len()]);
            }
            w.iter().fold(zero, |v, &t| nan_max(v, t))
        }
        Norm::Frobenius => frobenius(|f| {
            if unit {
                f.ones(ndiag);
            }
            for j in 0..n {
                f.seg(col(j).1, Weight::Once);
            }
        }),
    }
}

/// The norm of an `n x n` symmetric or Hermitian matrix given by one
/// triangle: `col(j) = (first_row, off_diagonal_values, diagonal)` describes the
/// stored part of column `j`. The one- and infinity-norms coincide.
/// `work.len() >= n` for `One` and `Inf`.
fn symmetric<'a, T: Scalar>(
    norm: Norm,
    n: usize,
    uplo: Uplo,
    hermitian: bool,
    col: impl Fn(usize) -> (usize, VecRef<'a, T>, T),
    work: &mut [T::Real],
) -> T::Real {
    let zero = T::Real::zero();
    if n == 0 {
        return zero;
    }
    // A Hermitian diagonal is real by definition: its imaginary part is not read.
    let hermitian = hermitian && T::IS_COMPLEX;
    let diag_abs = |d: T| if hermitian { d.re().abs() } else { magnitude(d) };
    match norm {
        Norm::Max => {
            let mut acc = [zero; LANES];
            let mut value = zero;
            for j in 0..n {
                let (_, v, d) = col(j);
                max_into(&mut acc, v);
                value = nan_max(value, diag_abs(d));
            }
            acc.iter().fold(value, |v, &t| nan_max(v, t))
        }
        Norm::One | Norm::Inf => {
            let w = &mut work[..n];
            match uplo {
                Uplo::Upper => {
                    // Column j's own sum is complete once its diagonal is added; the
                    // rows above it collect the mirrored elements as they pass.
                    for j in 0..n {
                        let (first, v, d) = col(j);
                        let s = abs_sum_add(v, &mut w[first..first + v.len()]);
                        w[j] = s + diag_abs(d);
                    }
                    w.iter().fold(zero, |v, &t| nan_max(v, t))
                }
                Uplo::Lower => {
                    // Row j of the lower triangle is complete when column j starts.
                    w.fill(zero);
                    let mut value = zero;
                    for j in 0..n {
                        let (first, v, d) = col(j);
                        let head = w[j] + diag_abs(d);
                        let s = abs_sum_add(v, &mut w[first..first + v.len()]);
                        value = nan_max(value, head + s);
                    }
                    value
                }
            }
        }
        Norm::Frobenius => frobenius(|f| {
            for j in 0..n {
                let (_, v, d) = col(j);
                f.seg(v, Weight::Twice);
                f.diag(d, hermitian);
            }
        }),
    }
}

fn check_work<R>(work: &[R], needed: usize) {
    assert!(work.len() >= needed, "work has {} elements, the norm needs {needed}", work.len());
}

fn packed_len(n: usize) -> usize {
    n * (n + 1) / 2
}

// ---------------------------------------------------------------------------
// The routines.

/// `?lange`: the norm of a general `m x n` matrix.
///
/// `work.len() >= m` when `norm` is `Inf`; otherwise `work` is not used.
pub fn lange<T: Scalar>(norm: Norm, a: MatRef<'_, T>, work: &mut [T::Real]) -> T::Real {
    let (m, n) = (a.nrows(), a.ncols());
    if norm == Norm::Inf {
        check_work(work, m);
    }
    // A row-major view walks faster as its transpose: ||A||_max, ||A||_F and
    // ||A||_inf = ||A^T||_1 need no workspace that way. (The one-norm would need
    // work of length n; it walks the strided columns instead.)
    if a.row_stride() != 1 && a.col_stride() == 1 {
        let t = a.transpose();
        let tnorm = match norm {
            Norm::Inf => Some(Norm::One),
            Norm::Max | Norm::Frobenius => Some(norm),
            Norm::One => None,
        };
        if let Some(tnorm) = tnorm {
            return by_columns(tnorm, n, m, false, |j| (0, t.col(j)), work);
        }
    }
    by_columns(norm, m, n, false, |j| (0, a.col(j)), work)
}

/// `?lanhs`: the norm of an `n x n` upper Hessenberg matrix (only the
/// elements `a(i, j)`, `i <= j + 1`, are read).
///
/// `work.len() >= n` when `norm` is `Inf`.
pub fn lanhs<T: Scalar>(norm: Norm, a: MatRef<'_, T>, work: &mut [T::Real]) -> T::Real {
    let n = a.ncols();
    assert_eq!(a.nrows(), n, "lanhs needs a square matrix");
    if norm == Norm::Inf {
        check_work(work, n);
    }
    by_columns(norm, n, n, false, |j| (0, a.col(j).subvec(0, n.min(j + 2))), work)
}

/// `?lansy` / `?lanhe`: the norm of an `n x n` symmetric matrix (complex
/// symmetric for complex `T`), or Hermitian when `hermitian` (the diagonal's
/// imaginary part is then ignored). Only the `uplo` triangle of `a` is read.
///
/// `work.len() >= n` when `norm` is `One` or `Inf`.
pub fn lansy<T: Scalar>(norm: Norm, uplo: Uplo, hermitian: bool, a: MatRef<'_, T>, work: &mut [T::Real]) -> T::Real {
    let n = a.ncols();
    assert_eq!(a.nrows(), n, "lansy needs a square matrix");
    if matches!(norm, Norm::One | Norm::Inf) {
        check_work(work, n);
    }
    let col = |j: usize| {
        let c = a.col(j);
        match uplo {
            Uplo::Upper => (0, c.subvec(0, j), c.get(j)),
            Uplo::Lower => (j + 1, c.subvec(j + 1, n - j - 1), c.get(j)),
        }
    };
    symmetric(norm, n, uplo, hermitian, col, work)
}

/// `?langb`: the norm of an `n x n` band matrix with `kl` sub- and `ku`
/// superdiagonals in LAPACK band storage: `n = ab.ncols()`,
/// `A(i, j) = ab(ku + i - j, j)` for `max(0, j - ku) <= i <= min(n - 1, j + kl)`.
///
/// `ab.nrows() >= kl + ku + 1`; `work.len() >= n` when `norm` is `Inf`.
pub fn langb<T: Scalar>(norm: Norm, kl: usize, ku: usize, ab: MatRef<'_, T>, work: &mut [T::Real]) -> T::Real {
    let n = ab.ncols();
    if norm == Norm::Inf {
        check_work(work, n);
    }
    if n > 0 {
        assert!(ab.nrows() > kl.saturating_add(ku), "band storage needs kl + ku + 1 rows");
    }
    let col = |j: usize| {
        let first = j.saturating_sub(ku);
        let last = (n - 1).min(j.saturating_add(kl));
        (first, ab.col(j).subvec(ku + first - j, last + 1 - first))
    };
    by_columns(norm, n, n, false, col, work)
}

/// `?lansb` / `?lanhb`: the norm of an `n x n` symmetric (or, when `hermitian`,
/// Hermitian) band matrix with `k` off-diagonals, `n = ab.ncols()`. Upper:
/// `A(i, j) = ab(k + i - j, j)` for `max(0, j - k) <= i <= j`; lower:
/// `A(i, j) = ab(i - j, j)` for `j <= i <= min(n - 1, j + k)`.
///
/// `ab.nrows() >= k + 1`; `work.len() >= n` when `norm` is `One` or `Inf`.
pub fn lansb<T: Scalar>(
    norm: Norm,
    uplo: Uplo,
    hermitian: bool,
    k: usize,
    ab: MatRef<'_, T>,
    work: &mut [T::Real],
) -> T::Real {
    let n = ab.ncols();
    if matches!(norm, Norm::One | Norm::Inf) {
        check_work(work, n);
    }
    if n > 0 {
        assert!(ab.nrows() > k, "band storage needs k + 1 = {} rows", k + 1);
    }
    let col = |j: usize| {
        let c = ab.col(j);
        match uplo {
            Uplo::Upper => {
                let first = j.saturating_sub(k);
                (first, c.subvec(k + first - j, j - first), c.get(k))
            }
            Uplo::Lower => {
                let len = (n - 1 - j).min(k);
                (j + 1, c.subvec(1, len), c.get(0))
            }
        }
    };
    symmetric(norm, n, uplo, hermitian, col, work)
}

/// `?lansp` / `?lanhp`: the norm of an `n x n` symmetric (or, when `hermitian`,
/// Hermitian) matrix in packed storage. Upper: `A(i, j) = ap[i + j(j+1)/2]`,
/// `i <= j`; lower: `A(i, j) = ap[i + j(2n-j-1)/2]`, `i >= j`.
///
/// `ap.len() >= n(n+1)/2`; `work.len() >= n` when `norm` is `One` or `Inf`.
pub fn lansp<T: Scalar>(norm: Norm, uplo: Uplo, hermitian: bool, n: usize, ap: &[T], work: &mut [T::Real]) -> T::Real {
    assert!(ap.len() >= packed_len(n), "packed storage needs n(n+1)/2 elements");
    if matches!(norm, Norm::One | Norm::Inf) {
        check_work(work, n);
    }
    let col = |j: usize| match uplo {
        Uplo::Upper => {
            let s = j * (j + 1) / 2;
            (0, VecRef::from_slice(&ap[s..s + j]), ap[s + j])
        }
        Uplo::Lower => {
            let s = j + j * (2 * n - j - 1) / 2;
            (j + 1, VecRef::from_slice(&ap[s + 1..s + n - j]), ap[s])
        }
    };
    symmetric(norm, n, uplo, hermitian, col, work)
}

/// `?lantr`: the norm of an `m x n` upper or lower trapezoidal matrix (the
/// reference's contract is `m <= n` for upper, `m >= n` for lower; other
/// shapes are the same trapezoid of the `m x n` array). With `Diag::Unit` the
/// diagonal `(j, j)`, `j < min(m, n)`, is taken as one and not read.
///
/// `work.len() >= m` when `norm` is `Inf`.
pub fn lantr<T: Scalar>(norm: Norm, uplo: Uplo, diag: Diag, a: MatRef<'_, T>, work: &mut [T::Real]) -> T::Real {
    let (m, n) = (a.nrows(), a.ncols());
    if norm == Norm::Inf {
        check_work(work, m);
    }
    let unit = diag == Diag::Unit;
    let skip = usize::from(unit);
    let col = |j: usize| {
        let c = a.col(j);
        match uplo {
            Uplo::Upper => {
                let len = if unit { m.min(j) } else { m.min(j + 1) };
                (0, c.subvec(0, len))
            }
            Uplo::Lower => {
                let first = (j + skip).min(m);
                (first, c.subvec(first, m - first))
            }
        }
    };
    by_columns(norm, m, n, unit, col, work)
}

/// `?lantb`: the norm of an `n x n` triangular band matrix with `k`
/// off-diagonals, stored as for [`lansb`] (`n = ab.ncols()`). With `Diag::Unit`
/// the diagonal is taken as one and not read.
///
/// `ab.nrows() >= k + 1`; `work.len() >= n` when `norm` is `Inf`.
pub fn lantb<T: Scalar>(
    norm: Norm,
    uplo: Uplo,
    diag: Diag,
    k: usize,
    ab: MatRef<'_, T>,
    work: &mut [T::Real],
) -> T::Real {
    let n = ab.ncols();
    if norm == Norm::Inf {
        check_work(work, n);
    }
    if n > 0 {
        assert!(ab.nrows() > k, "band storage needs k + 1 = {} rows", k + 1);
    }
    let unit = diag == Diag::Unit;
    let skip = usize::from(unit);
    let col = |j: usize| {
        let c = ab.col(j);
        match uplo {
            Uplo::Upper => {
                let first = j.saturating_sub(k);
                (first, c.subvec(k + first - j, j + 1 - skip - first))
            }
            Uplo::Lower => {
                let len = (n - 1 - j).min(k) + 1 - skip;
                (j + skip, c.subvec(skip, len))
            }
        }
    };
    by_columns(norm, n, n, unit, col, work)
}

/// `?lantp`: the norm of an `n x n` triangular matrix in packed storage (as
/// for [`lansp`]). With `Diag::Unit` the diagonal is taken as one and not read.
///
/// `ap.len() >= n(n+1)/2`; `work.len() >= n` when `norm` is `Inf`.
pub fn lantp<T: Scalar>(norm: Norm, uplo: Uplo, diag: Diag, n: usize, ap: &[T], work: &mut [T::Real]) -> T::Real {
    assert!(ap.len() >= packed_len(n), "packed storage needs n(n+1)/2 elements");
    if norm == Norm::Inf {
        check_work(work, n);
    }
    let unit = diag == Diag::Unit;
    let skip = usize::from(unit);
    let col = |j: usize| match uplo {
        Uplo::Upper => {
            let s = j * (j + 1) / 2;
            (0, VecRef::from_slice(&ap[s..s + j + 1 - skip]))
        }
        Uplo::Lower => {
            let s = j + j * (2 * n - j - 1) / 2;
            (j + skip, VecRef::from_slice(&ap[s + skip..s + n - j]))
        }
    };
    by_columns(norm, n, n, unit, col, work)
}

/// `?langt`: the norm of an `n x n` tridiagonal matrix with diagonal `d`
/// (`n = d.len()`), subdiagonal `dl` and superdiagonal `du` (at least `n - 1`
/// elements each; only the first `n - 1` are read).
pub fn langt<T: Scalar>(norm: Norm, dl: &[T], d: &[T], du: &[T]) -> T::Real {
    let n = d.len();
    let zero = T::Real::zero();
    if n == 0 {
        return zero;
    }
    assert!(dl.len() >= n - 1 && du.len() >= n - 1, "dl and du need n - 1 elements");
    let (dl, du) = (&dl[..n - 1], &du[..n - 1]);
    let abs = magnitude::<T>;
    match norm {
        Norm::Max => {
            let mut acc = [zero; LANES];
            for v in [d, dl, du] {
                max_into(&mut acc, VecRef::from_slice(v));
            }
            acc.iter().fold(zero, |v, &t| nan_max(v, t))
        }
        // Column j holds du(j-1), d(j), dl(j); row i holds dl(i-1), d(i), du(i):
        // the two norms differ only in which off-diagonal comes before the diagonal.
        Norm::One | Norm::Inf => {
            let (before, after) = if norm == Norm::One { (du, dl) } else { (dl, du) };
            let mut value = zero;
            for j in 0..n {
                let mut s = abs(d[j]);
                if j + 1 < n {
                    s += abs(after[j]);
                }
                if j > 0 {
                    s += abs(before[j - 1]);
                }
                value = nan_max(value, s);
            }
            value
        }
        Norm::Frobenius => frobenius(|f| {
            for v in [d, dl, du] {
                f.seg(VecRef::from_slice(v), Weight::Once);
            }
        }),
    }
}

/// `?lanst` (real `T`) / `?lanht` (complex `T`): the norm of an `n x n`
/// symmetric or Hermitian tridiagonal matrix with real diagonal `d`
/// (`n = d.len()`) and off-diagonal `e` (at least `n - 1` elements; only the
/// first `n - 1` are read).
pub fn lanst<T: Scalar>(norm: Norm, d: &[T::Real], e: &[T]) -> T::Real {
    let n = d.len();
    let zero = T::Real::zero();
    if n == 0 {
        return zero;
    }
    assert!(e.len() >= n - 1, "e needs n - 1 elements");
    let e = &e[..n - 1];
    match norm {
        Norm::Max => {
            let mut acc = [zero; LANES];
            max_into(&mut acc, VecRef::from_slice(d));
            max_into(&mut acc, VecRef::from_slice(e));
            acc.iter().fold(zero, |v, &t| nan_max(v, t))
        }
        Norm::One | Norm::Inf => {
            let mut value = zero;
            for j in 0..n {
                let mut s = d[j].abs();
                if j + 1 < n {
                    s += magnitude(e[j]);
                }
                if j > 0 {
                    s += magnitude(e[j - 1]);
                }
                value = nan_max(value, s);
            }
            value
        }
        Norm::Frobenius => frobenius(|f| {
            f.seg(VecRef::from_slice(e), Weight::Twice);
            f.seg(VecRef::from_slice(d), Weight::Once);
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scalar::{c32, c64};

    /// Deterministic values in [-1, 1).
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> f64 {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((self.0 >> 11) as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
        }
        fn below(&mut self, n: usize) -> usize {
            ((self.next() + 1.0) * 0.5 * n as f64) as usize % n.max(1)
        }
    }

    /// What the stored elements mean: which logical `(i, j)` each storage index
    /// holds, and how the rest of the `m x n` matrix follows from them.
    struct Layout {
        m: usize,
        n: usize,
        /// `(storage index, i, j)` of every element the routine may read.
        entries: Vec<(usize, usize, usize)>,
        len: usize,
        /// Mirror across the diagonal (`Some(hermitian)`).
        sym: Option<bool>,
        unit: bool,
    }

    type Z = (f64, f64);

    fn nan<T: Scalar>() -> T {
        let q = T::Real::from_f64(f64::NAN);
        T::from_parts(q, q)
    }

    fn to_z<T: Scalar>(x: T) -> Z {
        (x.re().to_f64(), x.im().to_f64())
    }

    /// The logical matrix, in f64, built from the storage by the layout's rules.
    fn logical<T: Scalar>(lay: &Layout, store: &[T]) -> Vec<Vec<Z>> {
        let mut a = vec![vec![(0.0, 0.0); lay.n]; lay.m];
        if lay.unit {
            for (k, row) in a.iter_mut().enumerate().take(lay.n) {
                row[k] = (1.0, 0.0);
            }
        }
        for &(idx, i, j) in &lay.entries {
            let mut v = to_z(store[idx]);
            if lay.sym == Some(true) && i == j {
                v.1 = 0.0;
            }
            a[i][j] = v;
            if lay.sym.is_some() && i != j {
                a[j][i] = if lay.sym == Some(true) { (v.0, -v.1) } else { v };
            }
        }
        a
    }

    fn modulus_f64(z: Z) -> f64 {
        if z.0.is_nan() || z.1.is_nan() {
            f64::NAN
        } else {
            z.0.hypot(z.1)
        }
    }

    /// Textbook definitions on the dense logical matrix.
    fn oracle(norm: Norm, a: &[Vec<Z>], m: usize, n: usize) -> f64 {
        if m == 0 || n == 0 {
            return 0.0;
        }
        if a.iter().flatten().any(|z| z.0.is_nan() || z.1.is_nan()) {
            return f64::NAN;
        }
        match norm {
            Norm::Max => a.iter().flatten().map(|&z| modulus_f64(z)).fold(0.0, f64::max),
            Norm::One => (0..n).map(|j| (0..m).map(|i| modulus_f64(a[i][j])).sum::<f64>()).fold(0.0, f64::max),
            Norm::Inf => (0..m).map(|i| (0..n).map(|j| modulus_f64(a[i][j])).sum::<f64>()).fold(0.0, f64::max),
            Norm::Frobenius => {
                let big = a.iter().flatten().fold(0f64, |b, z| b.max(z.0.abs()).max(z.1.abs()));
                if big == 0.0 || big.is_infinite() {
                    return big;
                }
                let s: f64 = a.iter().flatten().map(|z| (z.0 / big).powi(2) + (z.1 / big).powi(2)).sum();
                big * s.sqrt()
            }
        }
    }

    fn close(got: f64, want: f64, tol: f64, rmax: f64, denorm: f64) -> bool {
        if want.is_nan() || got.is_nan() {
            return want.is_nan() && got.is_nan();
        }
        if got == want {
            return true;
        }
        if got.is_infinite() {
            // Beyond the type's range the routine may (must) overflow.
            return got > 0.0 && want >= rmax * (1.0 - tol);
        }
        !want.is_infinite() && (got - want).abs() <= tol * want + 64.0 * denorm
    }

    const NORMS: [Norm; 4] = [Norm::Max, Norm::One, Norm::Inf, Norm::Frobenius];

    /// Fills the layout's entries with values of several magnitudes and special
    /// values, everything else with NaN (so a stray read shows), and compares
    /// every norm against the oracle. `work` also starts as NaN.
    /// A routine under test: norm, storage, work -> result.
    type Call<'a, T> = &'a dyn Fn(Norm, &[T], &mut [<T as Scalar>::Real]) -> <T as Scalar>::Real;

    fn check<T: Scalar>(what: &str, lay: &Layout, rng: &mut Rng, call: Call<'_, T>) {
        let r = |x: f64| T::Real::from_f64(x);
        let eps = T::Real::EPSILON.to_f64();
        let rmax = T::Real::MAX.to_f64();
        let denorm = T::Real::MIN_POSITIVE.to_f64() * eps;
        let single = T::Real::MANTISSA_DIGITS <= 24;
        let (huge, tiny) = if single { (1e37, 1e-38) } else { (1e300, 1e-300) };
        // Powers of two whose squares sit just inside the range: sums of a few
        // overflow or fall below the fast path's floor.
        let (sq_big, sq_small) = (2f64.powi(T::Real::MAX_EXP / 2 - 1), 2f64.powi(T::Real::MIN_EXP / 2));
        // (magnitude, special): special 0 none, 1 NaN, 2 Inf, 3 NaN imaginary part, 4 zero matrix, 5 mixed magnitudes.
        let cases = [
            (1.0, 0),
            (huge, 0),
            (tiny, 0),
            (sq_big, 0),
            (sq_small, 0),
            (1.0, 5),
            (1.0, 1),
            (1.0, 2),
            (huge, 2),
            (1.0, 3),
            (1.0, 4),
            (tiny, 1),
        ];
        let ne = lay.entries.len();
        for &(mag, special) in &cases {
            let mut store = vec![nan::<T>(); lay.len];
            for (k, &(idx, i, j)) in lay.entries.iter().enumerate() {
                let s = match special {
                    4 => 0.0,
                    5 => [huge, tiny, 1.0][k % 3],
                    _ => mag,
                };
                let (re, im) = (rng.next() * s, rng.next() * s);
                // A Hermitian diagonal's imaginary part is never read: make it NaN.
                let im = if lay.sym == Some(true) && i == j && T::IS_COMPLEX { f64::NAN } else { im };
                store[idx] = T::from_parts(r(re), r(im));
            }
            if ne > 0 {
                let k = rng.below(ne);
                let idx = lay.entries[k].0;
                match special {
                    1 => store[idx] = T::from_parts(r(f64::NAN), r(0.5)),
                    2 => store[idx] = T::from_parts(r(-f64::INFINITY), r(0.5)),
                    3 => store[idx] = T::from_parts(r(0.5), r(f64::NAN)),
                    _ => {}
                }
            }
            let a = logical(lay, &store);
            for norm in NORMS {
                let mut work = vec![r(f64::NAN); lay.m.max(lay.n) + 3];
                let got = call(norm, &store, &mut work).to_f64();
                let want = oracle(norm, &a, lay.m, lay.n);
                let tol = match norm {
                    Norm::Max if !T::IS_COMPLEX => 0.0,
                    Norm::Max => 2.0 * eps,
                    _ => 32.0 * eps,
                };
                assert!(
                    close(got, want, tol, rmax, denorm),
                    "{}{what} m={} n={} {norm:?} magnitude={mag:e} special={special}: got {got:e}, want {want:e}",
                    T::PREFIX,
                    lay.m,
                    lay.n
                );
            }
        }
    }

    /// Strides of a stored array: column-major with padding, row-major, and
    /// neither (row stride 2).
    fn stride_sets(rows: usize, cols: usize) -> [(isize, isize); 3] {
        [(1, rows as isize + 2), (cols as isize + 2, 1), (2, 2 * rows as isize + 1)]
    }

    fn span(rows: usize, cols: usize, rs: isize, cs: isize) -> usize {
        if rows == 0 || cols == 0 {
            0
        } else {
            (rows - 1) * rs as usize + (cols - 1) * cs as usize + 1
        }
    }

    fn view<T>(store: &[T], rows: usize, cols: usize, rs: isize, cs: isize) -> MatRef<'_, T> {
        assert!(store.len() >= span(rows, cols, rs, cs));
        // SAFETY: every (i, j) of the view lies inside `store` (checked just above).
        unsafe { MatRef::from_raw_parts(store.as_ptr(), rows, cols, rs, cs) }
    }

    /// A layout over a strided array: `cells` gives `(r, c, i, j)`.
    fn array_layout(
        m: usize,
        n: usize,
        rows: usize,
        cols: usize,
        (rs, cs): (isize, isize),
        cells: impl Iterator<Item = (usize, usize, usize, usize)>,
    ) -> Layout {
        let entries = cells.map(|(r, c, i, j)| (r * rs as usize + c * cs as usize, i, j)).collect();
        Layout { m, n, entries, len: span(rows, cols, rs, cs), sym: None, unit: false }
    }

    const SIZES: [usize; 7] = [0, 1, 2, 3, 7, 17, 33];

    fn uplos() -> [Uplo; 2] {
        [Uplo::Upper, Uplo::Lower]
    }

    fn in_tri(uplo: Uplo, i: usize, j: usize, strict: bool) -> bool {
        match uplo {
            Uplo::Upper => i < j || (!strict && i == j),
            Uplo::Lower => i > j || (!strict && i == j),
        }
    }

    fn t_lange<T: Scalar>() {
        let mut rng = Rng(1);
        for m in SIZES {
            for n in SIZES {
                for st in stride_sets(m, n) {
                    let lay = array_layout(m, n, m, n, st, (0..n).flat_map(|j| (0..m).map(move |i| (i, j, i, j))));
                    check::<T>("lange", &lay, &mut rng, &|norm, s, w| lange(norm, view(s, m, n, st.0, st.1), w));
                }
            }
        }
    }

    fn t_lanhs<T: Scalar>() {
        let mut rng = Rng(2);
        for n in SIZES {
            for st in stride_sets(n, n) {
                let cells = (0..n).flat_map(|j| (0..n.min(j + 2)).map(move |i| (i, j, i, j)));
                let lay = array_layout(n, n, n, n, st, cells);
                check::<T>("lanhs", &lay, &mut rng, &|norm, s, w| lanhs(norm, view(s, n, n, st.0, st.1), w));
            }
        }
    }

    fn t_lansy<T: Scalar>() {
        let mut rng = Rng(3);
        for n in SIZES {
            for st in stride_sets(n, n) {
                for uplo in uplos() {
                    for herm in [false, true] {
                        let cells = (0..n)
                            .flat_map(|j| (0..n).map(move |i| (i, j, i, j)))
                            .filter(|&(i, j, _, _)| in_tri(uplo, i, j, false));
                        let mut lay = array_layout(n, n, n, n, st, cells);
                        lay.sym = Some(herm && T::IS_COMPLEX);
                        let name = if herm { "lanhe" } else { "lansy" };
                        check::<T>(name, &lay, &mut rng, &|norm, s, w| {
                            lansy(norm, uplo, herm, view(s, n, n, st.0, st.1), w)
                        });
                    }
                }
            }
        }
    }

    fn band_widths(n: usize) -> [usize; 4] {
        [0, 1, 2, n + 2]
    }

    fn t_langb<T: Scalar>() {
        let mut rng = Rng(4);
        for n in SIZES {
            for kl in band_widths(n) {
                for ku in band_widths(n) {
                    let rows = kl + ku + 2;
                    for st in stride_sets(rows, n) {
                        let cells = (0..n).flat_map(|j| {
                            (j.saturating_sub(ku)..n.min(j + kl + 1)).map(move |i| (ku + i - j, j, i, j))
                        });
                        let lay = array_layout(n, n, rows, n, st, cells);
                        check::<T>("langb", &lay, &mut rng, &|norm, s, w| {
                            langb(norm, kl, ku, view(s, rows, n, st.0, st.1), w)
                        });
                    }
                }
            }
        }
    }

    fn t_lansb<T: Scalar>() {
        let mut rng = Rng(5);
        for n in SIZES {
            for k in band_widths(n) {
                let rows = k + 2;
                for st in stride_sets(rows, n) {
                    for uplo in uplos() {
                        for herm in [false, true] {
                            let cells: Vec<_> = (0..n)
                                .flat_map(|j| (0..n).map(move |i| (i, j)))
                                .filter(|&(i, j)| in_tri(uplo, i, j, false) && i.abs_diff(j) <= k)
                                .map(|(i, j)| if uplo == Uplo::Upper { (k + i - j, j, i, j) } else { (i - j, j, i, j) })
                                .collect();
                            let mut lay = array_layout(n, n, rows, n, st, cells.into_iter());
                            lay.sym = Some(herm && T::IS_COMPLEX);
                            check::<T>("lansb", &lay, &mut rng, &|norm, s, w| {
                                lansb(norm, uplo, herm, k, view(s, rows, n, st.0, st.1), w)
                            });
                        }
                    }
                }
            }
        }
    }

    /// Index of `(i, j)` in packed storage, from the storage's definition.
    fn packed_index(uplo: Uplo, n: usize, i: usize, j: usize) -> usize {
        match uplo {
            Uplo::Upper => i + j * (j + 1) / 2,
            Uplo::Lower => i + j * (2 * n - j - 1) / 2,
        }
    }

    fn packed_layout(n: usize, uplo: Uplo, strict: bool) -> Layout {
        let entries = (0..n)
            .flat_map(|j| (0..n).map(move |i| (i, j)))
            .filter(|&(i, j)| in_tri(uplo, i, j, strict))
            .map(|(i, j)| (packed_index(uplo, n, i, j), i, j))
            .collect();
        // Two spare elements past the end, to catch reads beyond n(n+1)/2.
        Layout { m: n, n, entries, len: n * (n + 1) / 2 + 2, sym: None, unit: false }
    }

    fn t_lansp<T: Scalar>() {
        let mut rng = Rng(6);
        for n in SIZES {
            for uplo in uplos() {
                for herm in [false, true] {
                    let mut lay = packed_layout(n, uplo, false);
                    lay.sym = Some(herm && T::IS_COMPLEX);
                    check::<T>("lansp", &lay, &mut rng, &|norm, s, w| lansp(norm, uplo, herm, n, s, w));
                }
            }
        }
    }

    fn diags() -> [Diag; 2] {
        [Diag::NonUnit, Diag::Unit]
    }

    fn t_lantr<T: Scalar>() {
        let mut rng = Rng(7);
        for m in SIZES {
            for n in SIZES {
                for st in stride_sets(m, n) {
                    for uplo in uplos() {
                        for diag in diags() {
                            let unit = diag == Diag::Unit;
                            let cells = (0..n)
                                .flat_map(|j| (0..m).map(move |i| (i, j, i, j)))
                                .filter(|&(i, j, _, _)| in_tri(uplo, i, j, unit));
                            let mut lay = array_layout(m, n, m, n, st, cells);
                            lay.unit = unit;
                            check::<T>("lantr", &lay, &mut rng, &|norm, s, w| {
                                lantr(norm, uplo, diag, view(s, m, n, st.0, st.1), w)
                            });
                        }
                    }
                }
            }
        }
    }

    fn t_lantb<T: Scalar>() {
        let mut rng = Rng(8);
        for n in SIZES {
            for k in band_widths(n) {
                let rows = k + 2;
                for st in stride_sets(rows, n) {
                    for uplo in uplos() {
                        for diag in diags() {
                            let unit = diag == Diag::Unit;
                            let cells: Vec<_> = (0..n)
                                .flat_map(|j| (0..n).map(move |i| (i, j)))
                                .filter(|&(i, j)| in_tri(uplo, i, j, unit) && i.abs_diff(j) <= k)
                                .map(|(i, j)| if uplo == Uplo::Upper { (k + i - j, j, i, j) } else { (i - j, j, i, j) })
                                .collect();
                            let mut lay = array_layout(n, n, rows, n, st, cells.into_iter());
                            lay.unit = unit;
                            check::<T>("lantb", &lay, &mut rng, &|norm, s, w| {
                                lantb(norm, uplo, diag, k, view(s, rows, n, st.0, st.1), w)
                            });
                        }
                    }
                }
            }
        }
    }

    fn t_lantp<T: Scalar>() {
        let mut rng = Rng(9);
        for n in SIZES {
            for uplo in uplos() {
                for diag in diags() {
                    let mut lay = packed_layout(n, uplo, diag == Diag::Unit);
                    lay.unit = diag == Diag::Unit;
                    check::<T>("lantp", &lay, &mut rng, &|norm, s, w| lantp(norm, uplo, diag, n, s, w));
                }
            }
        }
    }

    /// Tridiagonals are stored as one array `[d | dl | du]` (each with one
    /// spare NaN element past n - 1) so the common checker applies.
    fn t_langt<T: Scalar>() {
        let mut rng = Rng(10);
        for n in SIZES {
            let (od, odl, odu) = (0, n, 2 * n);
            let mut entries: Vec<_> = (0..n).map(|i| (od + i, i, i)).collect();
            for i in 0..n.saturating_sub(1) {
                entries.push((odl + i, i + 1, i));
                entries.push((odu + i, i, i + 1));
            }
            let lay = Layout { m: n, n, entries, len: 3 * n, sym: None, unit: false };
            // dl and du are passed with their NaN spare: only n - 1 may be read.
            check::<T>("langt", &lay, &mut rng, &|norm, s, _| {
                langt(norm, &s[odl..odl + n], &s[od..od + n], &s[odu..odu + n])
            });
        }
    }

    /// `[d as T | e]`; the diagonal's imaginary part is NaN-filled by the
    /// checker's Hermitian rule and never reaches `lanst` (it gets the real
    /// parts); `e` is passed with its NaN spare element.
    fn t_lanst<T: Scalar>() {
        let mut rng = Rng(11);
        for n in SIZES {
            let mut entries: Vec<_> = (0..n).map(|i| (i, i, i)).collect();
            for i in 0..n.saturating_sub(1) {
                entries.push((n + i, i + 1, i));
            }
            let lay = Layout { m: n, n, entries, len: 2 * n, sym: Some(T::IS_COMPLEX), unit: false };
            check::<T>("lanst", &lay, &mut rng, &|norm, s, _| {
                let d: Vec<T::Real> = s[..n].iter().map(|x| x.re()).collect();
                lanst(norm, &d, &s[n..2 * n])
            });
        }
    }

    macro_rules! for_all_types {
        ($($name:ident => $f:ident),* $(,)?) => {
            $(
                #[test]
                fn $name() {
                    $f::<f32>();
                    $f::<f64>();
                    $f::<c32>();
                    $f::<c64>();
                }
            )*
        };
    }

    for_all_types! {
        lange_matches_oracle => t_lange,
        lanhs_matches_oracle => t_lanhs,
        lansy_lanhe_match_oracle => t_lansy,
        langb_matches_oracle => t_langb,
        lansb_lanhb_match_oracle => t_lansb,
        lansp_lanhp_match_oracle => t_lansp,
        lantr_matches_oracle => t_lantr,
        lantb_matches_oracle => t_lantb,
        lantp_matches_oracle => t_lantp,
        langt_matches_oracle => t_langt,
        lanst_lanht_match_oracle => t_lanst,
    }

    #[test]
    fn norm_letters() {
        for (c, want) in [
            (b'M', Some(Norm::Max)),
            (b'm', Some(Norm::Max)),
            (b'O', Some(Norm::One)),
            (b'o', Some(Norm::One)),
            (b'1', Some(Norm::One)),
            (b'I', Some(Norm::Inf)),
            (b'i', Some(Norm::Inf)),
            (b'F', Some(Norm::Frobenius)),
            (b'f', Some(Norm::Frobenius)),
            (b'E', Some(Norm::Frobenius)),
            (b'e', Some(Norm::Frobenius)),
            (b'N', None),
            (b'2', None),
            (b' ', None),
        ] {
            assert_eq!(Norm::from_char(c), want, "{}", c as char);
        }
    }

    /// The partial sums follow the element index, not the memory layout: a
    /// column-major matrix and the same matrix behind a row stride of 2 give
    /// the same bits.
    #[test]
    fn bits_do_not_depend_on_the_stride() {
        let (m, n) = (37, 5);
        let mut rng = Rng(12);
        let a: Vec<c64> = (0..m * n).map(|_| c64::new(rng.next(), rng.next() * 1e-3)).collect();
        let mut b = vec![c64::new(f64::NAN, 0.0); 2 * m * n];
        for j in 0..n {
            for i in 0..m {
                b[2 * i + 2 * m * j] = a[i + m * j];
            }
        }
        let va = MatRef::from_col_major(&a, m, n, m);
        let vb = view(&b, m, n, 2, 2 * m as isize);
        let mut w = vec![0.0; m];
        for norm in NORMS {
            assert_eq!(lange(norm, va, &mut w).to_bits(), lange(norm, vb, &mut w).to_bits(), "{norm:?}");
        }
    }

    /// Frobenius norms whose plain sum of squares would overflow or underflow
    /// come out right, for a matrix big enough to use full vectors.
    #[test]
    fn frobenius_survives_extremes() {
        for scale in [1e300f64, 1e-300, 1e154, 1e-160] {
            let a = vec![3.0 * scale; 64];
            let got = lange(Norm::Frobenius, MatRef::from_col_major(&a, 8, 8, 8), &mut []);
            assert!((got / (24.0 * scale) - 1.0).abs() < 4.0 * f64::EPSILON, "{scale:e}: {got:e}");
        }
        let a = vec![c32::new(3e-38, -4e-38); 16];
        let got = lange(Norm::Frobenius, MatRef::from_col_major(&a, 16, 1, 16), &mut []);
        assert!((got / 2e-37 - 1.0).abs() < 4.0 * f32::EPSILON, "{got:e}");
        let a = vec![1e30f32; 1000];
        let got = lange(Norm::Frobenius, MatRef::from_col_major(&a, 1000, 1, 1000), &mut []);
        assert!((got as f64 / (1e30 * 1000f64.sqrt()) - 1.0).abs() < 4.0 * f32::EPSILON as f64, "{got:e}");
    }

    /// The complex modulus is the true one (not |re| + |im|) and survives the
    /// range's ends.
    #[test]
    fn complex_modulus() {
        for (re, im, want) in [
            (3.0, 4.0, 5.0),
            (3e300, 4e300, 5e300),
            (3e-300, -4e-300, 5e-300),
            (3e-320, 4e-320, 5e-320),
            (f64::MAX, f64::MAX, f64::INFINITY),
            (f64::MAX, 1.0, f64::MAX),
            (0.0, -2.0, 2.0),
        ] {
            let got = modulus(re, im);
            assert!(got == want || (got / want - 1.0).abs() <= 2.0 * f64::EPSILON, "({re:e},{im:e}): {got:e}");
        }
        assert_eq!(modulus(3e-40f32, 4e-40), 5e-40);
        assert_eq!(modulus(3e38f32, 3e38), f32::INFINITY);
        assert!(modulus(f64::INFINITY, f64::NAN).is_nan());
        assert!(modulus(f32::NAN, f32::INFINITY).is_nan());
    }
}
