//! Equilibration: row and column scalings that bring a matrix's entries
//! near 1 in magnitude (`?geequ`, `?geequb`, `?gbequ`, `?gbequb`,
//! `?poequ`, `?poequb`, `?pbequ`, `?syequb`/`?heequb`), and their
//! application when they are worth it (`?laqge`, `?laqgb`, `?laqsy`/`?laqhe`,
//! `?laqsb`/`?laqhb`).
//!
//! The magnitude of a complex entry is `|re| + |im|` throughout, as in the
//! reference (cheaper than the modulus, and within a factor `sqrt(2)`).

use crate::Info;
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::{MatMut, MatRef};
use ferroblas_kernels::Uplo;

/// The quality of a row and column scaling: `rowcnd = min(r) / max(r)`,
/// `colcnd = min(c) / max(c)` (each at least the safe minimum over at most
/// its reciprocal), and `amax`, the largest entry's magnitude.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RowColScaling<R> {
    /// Ratio of the smallest to the largest row scale factor.
    pub rowcnd: R,
    /// Ratio of the smallest to the largest column scale factor.
    pub colcnd: R,
    /// Largest magnitude of an entry of the matrix.
    pub amax: R,
}

/// The quality of a symmetric scaling `diag(s) A diag(s)`: `scond = min(s) /
/// max(s)` and `amax`, the largest entry's magnitude (of the diagonal, for
/// the positive definite routines).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SymScaling<R> {
    /// Ratio of the smallest to the largest scale factor.
    pub scond: R,
    /// Largest magnitude of an entry (`?syequb`) or diagonal entry (`?poequ`, ...).
    pub amax: R,
}

/// Why an equilibration failed: `info` is LAPACK's `INFO` (a zero row `i`:
/// `i + 1`; a zero column `j` of an `m`-row matrix: `m + j + 1`; a
/// non-positive diagonal entry `i`: `i + 1`); the scalars computed before
/// the failure, as the reference leaves them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EquError<R> {
    /// LAPACK's positive `INFO`.
    pub info: Info,
    /// The largest magnitude found (row maximum, or diagonal entry).
    pub amax: R,
    /// `rowcnd`, when the rows scaled and a column is zero.
    pub rowcnd: Option<R>,
}

/// Which scaling was applied to a general matrix (LAPACK's `EQUED`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Equed {
    /// `'N'`: none.
    None,
    /// `'R'`: rows, `diag(r) A`.
    Rows,
    /// `'C'`: columns, `A diag(c)`.
    Cols,
    /// `'B'`: both, `diag(r) A diag(c)` (`'Y'` for a symmetric scaling `diag(s) A diag(s)`).
    Both,
}

impl Equed {
    /// Parses `N`, `R`, `C`, `B` (and `Y`, a symmetric scaling, as `Both`),
    /// case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        Some(match c.to_ascii_uppercase() {
            b'N' => Equed::None,
            b'R' => Equed::Rows,
            b'C' => Equed::Cols,
            b'B' | b'Y' => Equed::Both,
            _ => return None,
        })
    }

    /// The letter of a general scaling (`N`, `R`, `C`, `B`).
    pub fn to_char(self) -> u8 {
        match self {
            Equed::None => b'N',
            Equed::Rows => b'R',
            Equed::Cols => b'C',
            Equed::Both => b'B',
        }
    }

    /// Whether the rows are scaled.
    pub fn rows(self) -> bool {
        matches!(self, Equed::Rows | Equed::Both)
    }

    /// Whether the columns are scaled.
    pub fn cols(self) -> bool {
        matches!(self, Equed::Cols | Equed::Both)
    }
}

/// `2^k` for `x = 2^(k + f)`, `k` the integer part of `log2(x)` (rounded
/// toward zero, as Fortran's `INT`): the power of the radix the `*equb`
/// routines round their scale factors to, so scaling is exact.
fn radix_power<R: RealScalar>(x: R) -> R {
    // In the type's own precision, as the reference takes the logarithm
    // (decides ties at exact powers the same way).
    let k = if R::MANTISSA_DIGITS == 24 {
        ((x.to_f64() as f32).ln() / 2f32.ln()) as i64
    } else {
        (x.to_f64().ln() / 2f64.ln()) as i64
    };
    R::from_f64(exp2(k))
}

/// `2^k` in f64 for any integer `k` (0 below the subnormals, infinity above).
fn exp2(k: i64) -> f64 {
    match k {
        k if k > 1023 => f64::INFINITY,
        k if k >= -1022 => f64::from_bits(((k + 1023) as u64) << 52),
        k if k >= -1074 => f64::from_bits(1u64 << (k + 1074)),
        _ => 0.0,
    }
}

/// The row and column scaling shared by the general and band routines:
/// `rows(j)` is the row range of column `j` that is stored, `mag(i, j)` the
/// magnitude of entry `(i, j)`; `pow2` rounds the factors to powers of 2.
fn rowcol<R: RealScalar>(
    m: usize,
    n: usize,
    rows: impl Fn(usize) -> std::ops::Range<usize>,
    mag: impl Fn(usize, usize) -> R,
    r: &mut [R],
    c: &mut [R],
    pow2: bool,
) -> Result<RowColScaling<R>, EquError<R>> {
    let (zero, one) = (R::zero(), R::one());
    if m == 0 || n == 0 {
        return Ok(RowColScaling { rowcnd: one, colcnd: one, amax: zero });
    }
    let (r, c) = (&mut r[..m], &mut c[..n]);
    let small = lamch::<R>(Machine::SafeMin);
    let big = one / small;
    let round = |x: R| if pow2 && x > zero { radix_power(x) } else { x };

    r.fill(zero);
    for j in 0..n {
        for i in rows(j) {
            r[i] = r[i].max(mag(i, j));
        }
    }
    r.iter_mut().for_each(|x| *x = round(*x));
    let (rmin, rmax) = r.iter().fold((big, zero), |(lo, hi), &x| (lo.min(x), hi.max(x)));
    let amax = rmax;
    if rmin == zero {
        let i = r.iter().position(|&x| x == zero).unwrap_or(0);
        return Err(EquError { info: Info::from_index(i), amax, rowcnd: None });
    }
    r.iter_mut().for_each(|x| *x = one / x.max(small).min(big));
    let rowcnd = rmin.max(small) / rmax.min(big);

    for (j, cj) in c.iter_mut().enumerate() {
        *cj = rows(j).fold(zero, |s, i| s.max(mag(i, j) * r[i]));
        *cj = round(*cj);
    }
    let (cmin, cmax) = c.iter().fold((big, zero), |(lo, hi), &x| (lo.min(x), hi.max(x)));
    if cmin == zero {
        let j = c.iter().position(|&x| x == zero).unwrap_or(0);
        return Err(EquError { info: Info::from_index(m + j), amax, rowcnd: Some(rowcnd) });
    }
    c.iter_mut().for_each(|x| *x = one / x.max(small).min(big));
    let colcnd = cmin.max(small) / cmax.min(big);
    Ok(RowColScaling { rowcnd, colcnd, amax })
}

/// Row and column scale factors `r`, `c` (lengths `m`, `n` or more) that
/// make the largest entry of each row and column of `diag(r) A diag(c)`
/// 1 in magnitude (`?geequ`). `Err` for a zero row or column (`r` then
/// holds the row maxima, resp. `c` the scaled column maxima).
pub fn geequ<T: Scalar>(
    a: MatRef<'_, T>,
    r: &mut [T::Real],
    c: &mut [T::Real],
) -> Result<RowColScaling<T::Real>, EquError<T::Real>> {
    let (m, n) = (a.nrows(), a.ncols());
    rowcol(m, n, |_| 0..m, |i, j| a.get(i, j).abs1(), r, c, false)
}

/// As [`geequ`], with the scale factors rounded to powers of 2 (so scaling
/// is exact), leaving the largest entries between `1/2` and 1 rather than
/// exactly 1 (`?geequb`).
pub fn geequb<T: Scalar>(
    a: MatRef<'_, T>,
    r: &mut [T::Real],
    c: &mut [T::Real],
) -> Result<RowColScaling<T::Real>, EquError<T::Real>> {
    let (m, n) = (a.nrows(), a.ncols());
    rowcol(m, n, |_| 0..m, |i, j| a.get(i, j).abs1(), r, c, true)
}

/// The rows of column `j` inside a band with `kl` sub- and `ku` superdiagonals.
fn band_rows(m: usize, kl: usize, ku: usize, j: usize) -> std::ops::Range<usize> {
    j.saturating_sub(ku)..(j + kl + 1).min(m)
}

/// [`geequ`] for the `m x n` band matrix with `kl` sub- and `ku`
/// superdiagonals in band storage `ab` (`A(i, j)` at `ab[ku + i - j, j]`,
/// `kl + ku + 1` rows or more) (`?gbequ`).
pub fn gbequ<T: Scalar>(
    m: usize,
    kl: usize,
    ku: usize,
    ab: MatRef<'_, T>,
    r: &mut [T::Real],
    c: &mut [T::Real],
) -> Result<RowColScaling<T::Real>, EquError<T::Real>> {
    let n = ab.ncols();
    assert!(n == 0 || ab.nrows() > kl + ku, "gbequ: band storage too short");
    rowcol(m, n, |j| band_rows(m, kl, ku, j), |i, j| ab.get(ku + i - j, j).abs1(), r, c, false)
}

/// [`geequb`] for a band matrix stored as in [`gbequ`] (`?gbequb`).
pub fn gbequb<T: Scalar>(
    m: usize,
    kl: usize,
    ku: usize,
    ab: MatRef<'_, T>,
    r: &mut [T::Real],
    c: &mut [T::Real],
) -> Result<RowColScaling<T::Real>, EquError<T::Real>> {
    let n = ab.ncols();
    assert!(n == 0 || ab.nrows() > kl + ku, "gbequb: band storage too short");
    rowcol(m, n, |j| band_rows(m, kl, ku, j), |i, j| ab.get(ku + i - j, j).abs1(), r, c, true)
}

/// The scaling from the diagonal shared by the positive definite routines:
/// `s[i] = 1 / sqrt(d(i))`, rounded to a power of 2 when `pow2`.
pub(crate) fn from_diagonal<R: RealScalar>(
    n: usize,
    d: impl Fn(usize) -> R,
    s: &mut [R],
    pow2: bool,
) -> Result<SymScaling<R>, EquError<R>> {
    let (zero, one) = (R::zero(), R::one());
    if n == 0 {
        return Ok(SymScaling { scond: one, amax: zero });
    }
    let s = &mut s[..n];
    for (i, si) in s.iter_mut().enumerate() {
        *si = d(i);
    }
    let (smin, amax) = s[1..].iter().fold((s[0], s[0]), |(lo, hi), &x| (lo.min(x), hi.max(x)));
    if smin <= zero {
        let i = s.iter().position(|&x| x <= zero).unwrap_or(0);
        return Err(EquError { info: Info::from_index(i), amax, rowcnd: None });
    }
    for si in s.iter_mut() {
        *si = if pow2 {
            // 2^INT(-log2(d) / 2): the power of 2 nearest 1/sqrt(d) toward 1.
            let k = if R::MANTISSA_DIGITS == 24 {
                (-0.5f32 / 2f32.ln() * (si.to_f64() as f32).ln()) as i64
            } else {
                (-0.5f64 / 2f64.ln() * si.to_f64().ln()) as i64
            };
            R::from_f64(exp2(k))
        } else {
            one / si.sqrt()
        };
    }
    Ok(SymScaling { scond: smin.sqrt() / amax.sqrt(), amax })
}

/// Scale factors `s` (length `n` or more) for the Hermitian positive
/// definite `A` (only its diagonal is read): `s[i] = 1 / sqrt(A(i, i))`,
/// so `diag(s) A diag(s)` has a unit diagonal (`?poequ`). `Err` at the
/// first diagonal entry that is not positive.
pub fn poequ<T: Scalar>(a: MatRef<'_, T>, s: &mut [T::Real]) -> Result<SymScaling<T::Real>, EquError<T::Real>> {
    from_diagonal(a.nrows(), |i| a.get(i, i).re(), s, false)
}

/// As [`poequ`], with the factors rounded to powers of 2 (`?poequb`).
pub fn poequb<T: Scalar>(a: MatRef<'_, T>, s: &mut [T::Real]) -> Result<SymScaling<T::Real>, EquError<T::Real>> {
    from_diagonal(a.nrows(), |i| a.get(i, i).re(), s, true)
}

/// [`poequ`] for the Hermitian positive definite band matrix with `kd`
/// off-diagonals in the `uplo` band storage `ab` (the diagonal in row `kd`
/// for `Upper`, row 0 for `Lower`) (`?pbequ`).
pub fn pbequ<T: Scalar>(
    uplo: Uplo,
    kd: usize,
    ab: MatRef<'_, T>,
    s: &mut [T::Real],
) -> Result<SymScaling<T::Real>, EquError<T::Real>> {
    let d = if uplo == Uplo::Upper { kd } else { 0 };
    from_diagonal(ab.ncols(), |i| ab.get(d, i).re(), s, false)
}

/// [`syequb`] stopped: a diagonal update had no real solution (the
/// reference's `INFO = -1`, reported without `XERBLA`); `s` holds the
/// factors reached.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SyequbBreakdown<R> {
    /// The largest magnitude of an entry.
    pub amax: R,
}

/// The most sweeps [`syequb`] makes.
const SYEQUB_SWEEPS: usize = 100;

/// Scale factors `s` (length `n` or more, powers of 2) that bring the rows
/// and columns of `diag(s) A diag(s)` close to unit 1-norm, for the
/// symmetric or Hermitian `A` of which the `uplo` triangle is read
/// (`?syequb`, `?heequb`; the magnitudes, hence the result, are the same for
/// both): the iteration of Knight, Ruiz and Uçar, up to 100 sweeps. `work`
/// holds `2 n` reals or more.
pub fn syequb<T: Scalar>(
    uplo: Uplo,
    a: MatRef<'_, T>,
    s: &mut [T::Real],
    work: &mut [T::Real],
) -> Result<SymScaling<T::Real>, SyequbBreakdown<T::Real>> {
    let n = a.nrows();
    let (zero, one) = (T::Real::zero(), T::Real::one());
    if n == 0 {
        return Ok(SymScaling { scond: one, amax: zero });
    }
    let s = &mut s[..n];
    let (beta, dev) = work[..2 * n].split_at_mut(n);
    let up = uplo == Uplo::Upper;
    // The stored entry (i, j) of the off-diagonal triangle, with i < j.
    let mag = |i: usize, j: usize| if up { a.get(i, j).abs1() } else { a.get(j, i).abs1() };
    let nr: T::Real = RealScalar::from_f64(n as f64);

    s.fill(zero);
    let mut amax = zero;
    for j in 0..n {
        for i in 0..j {
            let t = mag(i, j);
            s[i] = s[i].max(t);
            s[j] = s[j].max(t);
            amax = amax.max(t);
        }
        let t = a.get(j, j).abs1();
        s[j] = s[j].max(t);
        amax = amax.max(t);
    }
    s.iter_mut().for_each(|x| *x = one / *x);

    let two: T::Real = RealScalar::from_f64(2.0);
    let four: T::Real = RealScalar::from_f64(4.0);
    let tol = one / (two * nr).sqrt();
    let mut avg = zero;
    for _ in 0..SYEQUB_SWEEPS {
        // beta = |A| s
        beta.fill(zero);
        for j in 0..n {
            for i in 0..j {
                let t = mag(i, j);
                beta[i] += t * s[j];
                beta[j] += t * s[i];
            }
            beta[j] += a.get(j, j).abs1() * s[j];
        }
        avg = s.iter().zip(beta.iter()).fold(zero, |acc, (&x, &b)| acc + x * b) / nr;
        for i in 0..n {
            dev[i] = s[i] * beta[i] - avg;
        }
        let std = std_dev(dev) / nr.sqrt();
        // (Also stops on a NaN: the comparison fails only when both are numbers.)
        if std < tol * avg {
            break;
        }
        for i in 0..n {
            // Choose s[i] so row i of diag(s)|A|diag(s) sums to the average:
            // the positive root of c2 x^2 + c1 x + c0.
            let t = a.get(i, i).abs1();
            let si = s[i];
            let c2 = <T::Real as RealScalar>::from_f64((n - 1) as f64) * t;
            let c1 = <T::Real as RealScalar>::from_f64(n as f64 - 2.0) * (beta[i] - t * si);
            let c0 = -(t * si) * si + two * beta[i] * si - nr * avg;
            let d = c1 * c1 - four * c0 * c2;
            if d <= zero {
                return Err(SyequbBreakdown { amax });
            }
            let si = -two * c0 / (c1 + d.sqrt());
            let d = si - s[i];
            let mut u = zero;
            for j in 0..n {
                let t = match j.cmp(&i) {
                    std::cmp::Ordering::Less => mag(j, i),
                    std::cmp::Ordering::Equal => t,
                    std::cmp::Ordering::Greater => mag(i, j),
                };
                u += s[j] * t;
                beta[j] += d * t;
            }
            avg += (u + beta[i]) * d / nr;
            s[i] = si;
        }
    }

    let small = lamch::<T::Real>(Machine::SafeMin);
    let big = one / small;
    let t = one / avg.sqrt();
    let (mut smin, mut smax) = (big, zero);
    for x in s.iter_mut() {
        let v = *x * t;
        let k = if T::Real::MANTISSA_DIGITS == 24 {
            ((v.to_f64() as f32).ln() / 2f32.ln()) as i64
        } else {
            (v.to_f64().ln() / 2f64.ln()) as i64
        };
        *x = RealScalar::from_f64(exp2(k));
        smin = smin.min(*x);
        smax = smax.max(*x);
    }
    Ok(SymScaling { scond: smin.max(small) / smax.min(big), amax })
}

/// `sqrt(sum x_i^2)` without overflow, as `?lassq` accumulates it.
fn std_dev<R: RealScalar>(x: &[R]) -> R {
    let (mut scale, mut sumsq) = (R::zero(), R::one());
    for &v in x {
        let a = v.abs();
        if a != R::zero() || v.is_nan() {
            if scale < a || a.is_nan() {
                sumsq = R::one() + sumsq * (scale / a) * (scale / a);
                scale = a;
            } else {
                sumsq += (a / scale) * (a / scale);
            }
        }
    }
    scale * sumsq.sqrt()
}

/// Scaling is skipped when the scale factors' ratio is at least this.
const THRESH: f64 = 0.1;

/// `(small, large)`: `amax` outside them calls for scaling (`?laq*`).
fn amax_range<R: RealScalar>() -> (R, R) {
    let small = lamch::<R>(Machine::SafeMin) / lamch::<R>(Machine::Precision);
    (small, R::one() / small)
}

/// The scaling [`laqge`] and [`laqgb`] choose.
fn choose<R: RealScalar>(rowcnd: R, colcnd: R, amax: R) -> Equed {
    let thresh: R = R::from_f64(THRESH);
    let (small, large) = amax_range::<R>();
    let rows = !(rowcnd >= thresh && amax >= small && amax <= large);
    let cols = colcnd < thresh;
    match (rows, cols) {
        (false, false) => Equed::None,
        (true, false) => Equed::Rows,
        (false, true) => Equed::Cols,
        (true, true) => Equed::Both,
    }
}

/// Scales the general `A` by the factors of [`geequ`] when they are worth
/// it (`?laqge`): rows when `rowcnd < 0.1` or `amax` is near under- or
/// overflow, columns when `colcnd < 0.1`. Returns what was done.
pub fn laqge<T: Scalar>(
    mut a: MatMut<'_, T>,
    r: &[T::Real],
    c: &[T::Real],
    rowcnd: T::Real,
    colcnd: T::Real,
    amax: T::Real,
) -> Equed {
    let (m, n) = (a.nrows(), a.ncols());
    if m == 0 || n == 0 {
        return Equed::None;
    }
    let equed = choose(rowcnd, colcnd, amax);
    scale_ge(equed, |_| 0..m, |i, j, f| a.set(i, j, a.get(i, j).scale_real(f)), r, &c[..n]);
    equed
}

/// Applies the general scaling `equed` to the stored entries.
fn scale_ge<R: RealScalar>(
    equed: Equed,
    rows: impl Fn(usize) -> std::ops::Range<usize>,
    mut scale: impl FnMut(usize, usize, R),
    r: &[R],
    c: &[R],
) {
    if equed == Equed::None {
        return;
    }
    for (j, &cj) in c.iter().enumerate() {
        for i in rows(j) {
            let f = match equed {
                Equed::Rows => r[i],
                Equed::Cols => cj,
                _ => r[i] * cj,
            };
            scale(i, j, f);
        }
    }
}

/// [`laqge`] for the band matrix stored as in [`gbequ`] (`?laqgb`): only
/// the band is scaled.
#[allow(clippy::too_many_arguments)]
pub fn laqgb<T: Scalar>(
    m: usize,
    kl: usize,
    ku: usize,
    mut ab: MatMut<'_, T>,
    r: &[T::Real],
    c: &[T::Real],
    rowcnd: T::Real,
    colcnd: T::Real,
    amax: T::Real,
) -> Equed {
    let n = ab.ncols();
    if m == 0 || n == 0 {
        return Equed::None;
    }
    let equed = choose(rowcnd, colcnd, amax);
    scale_ge(
        equed,
        |j| band_rows(m, kl, ku, j),
        |i, j, f| {
            let k = ku + i - j;
            ab.set(k, j, ab.get(k, j).scale_real(f))
        },
        r,
        &c[..n],
    );
    equed
}

/// Whether a symmetric scaling is worth it.
pub(crate) fn worth<R: RealScalar>(scond: R, amax: R) -> bool {
    let (small, large) = amax_range::<R>();
    !(scond >= R::from_f64(THRESH) && amax >= small && amax <= large)
}

/// Replaces the `uplo` triangle of the symmetric (`herm = false`) or
/// Hermitian (`herm = true`: the diagonal's imaginary parts are dropped) `A`
/// by that of `diag(s) A diag(s)` when `scond < 0.1` or `amax` is near
/// under- or overflow (`?laqsy`, `?laqhe`). Returns whether it did
/// (`EQUED = 'Y'`).
pub fn laqsy<T: Scalar>(
    uplo: Uplo,
    herm: bool,
    mut a: MatMut<'_, T>,
    s: &[T::Real],
    scond: T::Real,
    amax: T::Real,
) -> bool {
    let n = a.nrows();
    if n == 0 || !worth(scond, amax) {
        return false;
    }
    for j in 0..n {
        let rows = if uplo == Uplo::Upper { 0..j + 1 } else { j..n };
        for i in rows {
            let mut v = a.get(i, j);
            if herm && i == j {
                v = T::from_real(v.re());
            }
            a.set(i, j, v.scale_real(s[i] * s[j]));
        }
    }
    true
}

/// [`laqsy`] for the band matrix with `kd` off-diagonals in the `uplo` band
/// storage `ab` (as [`pbequ`] reads it) (`?laqsb`, `?laqhb`).
pub fn laqsb<T: Scalar>(
    uplo: Uplo,
    herm: bool,
    kd: usize,
    mut ab: MatMut<'_, T>,
    s: &[T::Real],
    scond: T::Real,
    amax: T::Real,
) -> bool {
    let n = ab.ncols();
    if n == 0 || !worth(scond, amax) {
        return false;
    }
    for j in 0..n {
        let rows = if uplo == Uplo::Upper { j.saturating_sub(kd)..j + 1 } else { j..(j + kd + 1).min(n) };
        for i in rows {
            let k = if uplo == Uplo::Upper { kd + i - j } else { i - j };
            let mut v = ab.get(k, j);
            if herm && i == j {
                v = T::from_real(v.re());
            }
            ab.set(k, j, v.scale_real(s[i] * s[j]));
        }
    }
    true
}

#[cfg(test)]
mod residual {
    #![allow(clippy::needless_range_loop)]
    use super::*;
    use crate::condition::testutil::{Rng, TestScalar};
    use ferroblas_kernels::{c32, c64};

    /// A random `m x n` matrix in a buffer with leading dimension `ld`,
    /// row `i` scaled by `10^(3 (i % 3) - 3)` and column `j` by `10^(2 (j % 4) - 3)`.
    fn graded<T: TestScalar>(m: usize, n: usize, ld: usize, rng: &mut Rng) -> Vec<T> {
        let mut a = vec![T::zero(); ld * n.max(1)];
        for j in 0..n {
            for i in 0..m {
                let s = 10f64.powi(3 * (i % 3) as i32 - 3) * 10f64.powi(2 * (j % 4) as i32 - 3);
                a[i + j * ld] = rng.scalar::<T>().scale_real(RealScalar::from_f64(s));
            }
        }
        a
    }

    fn r<T: Scalar>(v: f64) -> T::Real {
        RealScalar::from_f64(v)
    }

    fn check_ge<T: TestScalar>(seed: u64) {
        let mut rng = Rng::new(seed);
        for &(m, n) in &[(1, 1), (2, 2), (3, 3), (17, 17), (5, 3), (3, 5)] {
            let ld = m + 2;
            let a = graded::<T>(m, n, ld, &mut rng);
            let av = MatRef::from_col_major(&a, m, n, ld);
            for pow2 in [false, true] {
                let (mut rs, mut cs) = (vec![r::<T>(-1.0); m], vec![r::<T>(-1.0); n]);
                let sc = if pow2 { geequb(av, &mut rs, &mut cs) } else { geequ(av, &mut rs, &mut cs) }.unwrap();
                let amax = (0..m)
                    .flat_map(|i| (0..n).map(move |j| (i, j)))
                    .fold(0.0, |s: f64, (i, j)| s.max(av.get(i, j).abs1().to_f64()));
                // (?geequb reports the largest row factor before inversion: amax rounded to a power of 2.)
                let amax = if pow2 { radix_power(r::<T>(amax)).to_f64() } else { amax };
                assert_eq!(sc.amax.to_f64(), amax);
                let (lo, hi) = if pow2 { (0.5, 2.0) } else { (1.0 - 1e-5, 1.0 + 1e-5) };
                for i in 0..m {
                    let rowmax = (0..n).fold(0.0f64, |s, j| s.max(av.get(i, j).abs1().to_f64() * rs[i].to_f64()));
                    assert!(rowmax > lo && rowmax < hi, "row {i}: {rowmax}");
                }
                for j in 0..n {
                    let colmax = (0..m)
                        .fold(0.0f64, |s, i| s.max(av.get(i, j).abs1().to_f64() * rs[i].to_f64() * cs[j].to_f64()));
                    assert!(colmax > lo && colmax < hi, "col {j}: {colmax}");
                }
                let ratio = |v: &[T::Real]| {
                    let (lo, hi) =
                        v.iter().fold((f64::MAX, 0.0f64), |(a, b), x| (a.min(x.to_f64()), b.max(x.to_f64())));
                    lo / hi
                };
                assert!((sc.rowcnd.to_f64() - ratio(&rs)).abs() <= 1e-5 * ratio(&rs));
                assert!((sc.colcnd.to_f64() - ratio(&cs)).abs() <= 1e-5 * ratio(&cs));
                if pow2 {
                    for x in rs.iter().chain(&cs) {
                        let e = x.to_f64().log2();
                        assert_eq!(e, e.round(), "{} not a power of 2", x.to_f64());
                    }
                }
                // Band storage of the full matrix (kl = m - 1, ku = n - 1) gives the same factors.
                let (kl, ku) = (m - 1, n - 1);
                let ldab = kl + ku + 2;
                let mut ab = vec![T::zero(); ldab * n];
                for j in 0..n {
                    for i in 0..m {
                        ab[ku + i - j + j * ldab] = av.get(i, j);
                    }
                }
                let abv = MatRef::from_col_major(&ab, ldab, n, ldab);
                let (mut rb, mut cb) = (vec![r::<T>(0.0); m], vec![r::<T>(0.0); n]);
                let sb = if pow2 {
                    gbequb(m, kl, ku, abv, &mut rb, &mut cb)
                } else {
                    gbequ(m, kl, ku, abv, &mut rb, &mut cb)
                };
                assert_eq!(sb.unwrap(), sc);
                assert_eq!((rb, cb), (rs.clone(), cs.clone()));
            }
        }
        // Zero row 1 of 3 (INFO = 2) and zero column 2 of 3 x 3 (INFO = 3 + 3).
        let mut a = graded::<T>(3, 3, 3, &mut rng);
        a[1] = T::zero();
        a[4] = T::zero();
        a[7] = T::zero();
        let (mut rs, mut cs) = (vec![r::<T>(0.0); 3], vec![r::<T>(0.0); 3]);
        let e = geequ(MatRef::from_col_major(&a, 3, 3, 3), &mut rs, &mut cs).unwrap_err();
        assert_eq!((e.info.lapack_info(), e.rowcnd), (2, None));
        let mut a = graded::<T>(3, 3, 3, &mut rng);
        a[6..9].fill(T::zero());
        let e = geequb(MatRef::from_col_major(&a, 3, 3, 3), &mut rs, &mut cs).unwrap_err();
        assert_eq!(e.info.lapack_info(), 6);
        assert!(e.rowcnd.is_some());
        // Empty matrices.
        let s = geequ(MatRef::<T>::from_col_major(&[], 0, 4, 1), &mut [], &mut cs).unwrap();
        assert_eq!((s.rowcnd, s.colcnd, s.amax), (r::<T>(1.0), r::<T>(1.0), r::<T>(0.0)));
        // A band matrix with kl = 1, ku = 0: the band rows only.
        let n = 4;
        let mut ab = vec![T::zero(); 2 * n];
        for j in 0..n {
            ab[2 * j] = T::from_real(r::<T>(4.0));
            if j + 1 < n {
                ab[2 * j + 1] = T::from_real(r::<T>(2.0));
            }
        }
        let (mut rb, mut cb) = (vec![r::<T>(0.0); n], vec![r::<T>(0.0); n]);
        let s = gbequ(n, 1, 0, MatRef::from_col_major(&ab, 2, n, 2), &mut rb, &mut cb).unwrap();
        assert_eq!(rb, vec![r::<T>(0.25); n]);
        assert_eq!(cb, vec![r::<T>(1.0); n]);
        assert_eq!((s.rowcnd, s.colcnd, s.amax), (r::<T>(1.0), r::<T>(1.0), r::<T>(4.0)));
    }

    #[test]
    fn geequ_gbequ_all_precisions() {
        check_ge::<f32>(1);
        check_ge::<f64>(2);
        check_ge::<c32>(3);
        check_ge::<c64>(4);
    }

    /// A Hermitian (or complex symmetric) matrix `D B D`, `B` with a dominant
    /// positive diagonal, `D = diag(10^(2 (i % 5) - 4))`.
    fn graded_sym<T: TestScalar>(n: usize, ld: usize, herm: bool, rng: &mut Rng) -> Vec<T> {
        let mut a = vec![T::zero(); ld * n.max(1)];
        let d = |i: usize| 10f64.powi(2 * (i % 5) as i32 - 4);
        for j in 0..n {
            for i in 0..=j {
                let mut v: T = rng.scalar();
                if i == j {
                    v = T::from_real(r::<T>(n as f64 + 1.0));
                }
                let v = v.scale_real(r::<T>(d(i) * d(j)));
                a[i + j * ld] = v;
                a[j + i * ld] = if herm { v.conj() } else { v };
            }
        }
        a
    }

    fn check_sym<T: TestScalar>(seed: u64) {
        let mut rng = Rng::new(seed);
        for &n in &[1usize, 2, 3, 17] {
            let ld = n + 1;
            let a = graded_sym::<T>(n, ld, true, &mut rng);
            let av = MatRef::from_col_major(&a, n, n, ld);
            // poequ: a unit diagonal after scaling.
            let mut s = vec![r::<T>(0.0); n];
            let sc = poequ(av, &mut s).unwrap();
            for i in 0..n {
                let d = av.get(i, i).re().to_f64() * s[i].to_f64() * s[i].to_f64();
                assert!((d - 1.0).abs() < 1e-5, "{d}");
            }
            let dmax = (0..n).fold(0.0f64, |m, i| m.max(av.get(i, i).re().to_f64()));
            let dmin = (0..n).fold(f64::MAX, |m, i| m.min(av.get(i, i).re().to_f64()));
            assert_eq!(sc.amax.to_f64(), dmax);
            assert!((sc.scond.to_f64() - (dmin / dmax).sqrt()).abs() < 1e-5 * (dmin / dmax).sqrt());
            // poequb: within a factor 2 of it, powers of 2.
            let mut sb = vec![r::<T>(0.0); n];
            poequb(av, &mut sb).unwrap();
            for i in 0..n {
                let d = av.get(i, i).re().to_f64() * sb[i].to_f64() * sb[i].to_f64();
                assert!((0.25..=4.0).contains(&d), "{d}");
                assert_eq!(sb[i].to_f64().log2().fract(), 0.0);
            }
            // pbequ on band storage with kd = 1, both triangles.
            for uplo in [Uplo::Upper, Uplo::Lower] {
                let kd = 1;
                let mut ab = vec![T::zero(); (kd + 1) * n];
                let drow = if uplo == Uplo::Upper { kd } else { 0 };
                for j in 0..n {
                    ab[drow + j * (kd + 1)] = av.get(j, j);
                }
                let mut sp = vec![r::<T>(0.0); n];
                let sp_sc = pbequ(uplo, kd, MatRef::from_col_major(&ab, kd + 1, n, kd + 1), &mut sp).unwrap();
                assert_eq!((sp_sc, &sp), (sc, &s));
            }
            // syequb / heequb: the rows of diag(s) |A| diag(s) end near equal 1-norms.
            for uplo in [Uplo::Upper, Uplo::Lower] {
                let mut ss = vec![r::<T>(0.0); n];
                let mut work = vec![r::<T>(0.0); 2 * n];
                let sc = syequb(uplo, av, &mut ss, &mut work).unwrap();
                let sums: Vec<f64> = (0..n)
                    .map(|i| (0..n).map(|j| av.get(i, j).abs1().to_f64() * ss[i].to_f64() * ss[j].to_f64()).sum())
                    .collect();
                let (lo, hi) = sums.iter().fold((f64::MAX, 0.0f64), |(a, b), &x| (a.min(x), b.max(x)));
                assert!(hi / lo < 16.0, "n={n}: row sums {lo}..{hi}");
                assert!(sc.scond.to_f64() > 0.0 && sc.scond.to_f64() <= 1.0);
                let amax = (0..n)
                    .flat_map(|i| (0..n).map(move |j| (i, j)))
                    .fold(0.0f64, |m, (i, j)| m.max(av.get(i, j).abs1().to_f64()));
                assert_eq!(sc.amax.to_f64(), amax);
                for x in &ss {
                    assert_eq!(x.to_f64().log2().fract(), 0.0);
                }
            }
        }
        // Non-positive diagonal entry 2 of 3: INFO = 3, amax the largest diagonal entry.
        let mut a = graded_sym::<T>(3, 3, true, &mut rng);
        a[8] = T::from_real(r::<T>(-1.0));
        let mut s = vec![r::<T>(0.0); 3];
        let e = poequ(MatRef::from_col_major(&a, 3, 3, 3), &mut s).unwrap_err();
        assert_eq!(e.info.lapack_info(), 3);
        let e = poequb(MatRef::from_col_major(&a, 3, 3, 3), &mut s).unwrap_err();
        assert_eq!(e.info.lapack_info(), 3);
        let s0 = syequb(Uplo::Upper, MatRef::<T>::from_col_major(&[], 0, 0, 1), &mut [], &mut []).unwrap();
        assert_eq!((s0.scond, s0.amax), (r::<T>(1.0), r::<T>(0.0)));
        // NaN: no hang.
        let mut a = graded_sym::<T>(4, 4, true, &mut rng);
        a[5] = T::from_real(r::<T>(f64::NAN));
        let mut s = vec![r::<T>(0.0); 4];
        let mut w = vec![r::<T>(0.0); 8];
        let _ = syequb(Uplo::Lower, MatRef::from_col_major(&a, 4, 4, 4), &mut s, &mut w);
    }

    #[test]
    fn poequ_pbequ_syequb_all_precisions() {
        check_sym::<f32>(5);
        check_sym::<f64>(6);
        check_sym::<c32>(7);
        check_sym::<c64>(8);
    }

    fn check_laq<T: TestScalar>(seed: u64) {
        let mut rng = Rng::new(seed);
        let (m, n, ld) = (3, 2, 4);
        let a0: Vec<T> = (0..ld * n).map(|_| rng.scalar()).collect();
        let rs = [r::<T>(2.0), r::<T>(3.0), r::<T>(5.0)];
        let cs = [r::<T>(7.0), r::<T>(11.0)];
        let (small, large) = amax_range::<T::Real>();
        let one = r::<T>(1.0);
        let t = r::<T>(THRESH);
        let below = r::<T>(0.0999);
        // (rowcnd, colcnd, amax) -> EQUED, at and across the thresholds.
        let cases = [
            (t, t, one, Equed::None),
            (below, t, one, Equed::Rows),
            (t, below, one, Equed::Cols),
            (below, below, one, Equed::Both),
            (one, one, small, Equed::None),
            (one, one, small * r::<T>(0.5), Equed::Rows),
            (one, one, large, Equed::None),
            (one, below, large * r::<T>(2.0), Equed::Both),
        ];
        for (rowcnd, colcnd, amax, want) in cases {
            let mut a = a0.clone();
            let got = laqge(MatMut::from_col_major(&mut a, m, n, ld), &rs, &cs, rowcnd, colcnd, amax);
            assert_eq!(got, want);
            for j in 0..n {
                for i in 0..ld {
                    let f = if i >= m {
                        1.0
                    } else {
                        (if want.rows() { rs[i].to_f64() } else { 1.0 })
                            * (if want.cols() { cs[j].to_f64() } else { 1.0 })
                    };
                    assert_eq!(a[i + j * ld], a0[i + j * ld].scale_real(r::<T>(f)), "{i},{j} {want:?}");
                }
            }
            // The same on band storage (kl = 1, ku = 0 of the 3 x 2 matrix): only the band changes.
            let mut ab = a0.clone();
            let got = laqgb(m, 1, 0, MatMut::from_col_major(&mut ab, 2, n, ld), &rs, &cs, rowcnd, colcnd, amax);
            assert_eq!(got, want);
            for j in 0..n {
                for k in 0..ld {
                    let i = k + j;
                    let f = if k >= 2 || i >= m {
                        1.0
                    } else {
                        (if want.rows() { rs[i].to_f64() } else { 1.0 })
                            * (if want.cols() { cs[j].to_f64() } else { 1.0 })
                    };
                    assert_eq!(ab[k + j * ld], a0[k + j * ld].scale_real(r::<T>(f)), "band {k},{j} {want:?}");
                }
            }
        }
        assert_eq!(laqge(MatMut::<T>::from_col_major(&mut [], 0, 2, 1), &[], &cs, below, below, one), Equed::None);
        for c in [b'N', b'R', b'C', b'B'] {
            assert_eq!(Equed::from_char(c).unwrap().to_char(), c);
        }

        // laqsy / laqhe and their band forms.
        let n = 3;
        let s = [r::<T>(2.0), r::<T>(3.0), r::<T>(5.0)];
        let a0: Vec<T> = (0..ld * n).map(|_| rng.scalar()).collect();
        for (scond, amax, want) in [(t, one, false), (below, one, true), (one, small * r::<T>(0.5), true)] {
            for uplo in [Uplo::Upper, Uplo::Lower] {
                for herm in [false, true] {
                    let mut a = a0.clone();
                    assert_eq!(laqsy(uplo, herm, MatMut::from_col_major(&mut a, n, n, ld), &s, scond, amax), want);
                    for j in 0..n {
                        for i in 0..ld {
                            let inside = i < n && if uplo == Uplo::Upper { i <= j } else { i >= j };
                            let mut v = a0[i + j * ld];
                            if want && inside {
                                if herm && i == j {
                                    v = T::from_real(v.re());
                                }
                                v = v.scale_real(s[i] * s[j]);
                            }
                            assert_eq!(a[i + j * ld], v, "{uplo:?} {herm} {i},{j}");
                        }
                    }
                    // kd = 1 band storage in a 2-row array.
                    let mut ab = a0.clone();
                    let got = laqsb(uplo, herm, 1, MatMut::from_col_major(&mut ab, 2, n, ld), &s, scond, amax);
                    assert_eq!(got, want);
                    for j in 0..n {
                        for k in 0..ld {
                            let i = if uplo == Uplo::Upper { (j + k).checked_sub(1) } else { Some(j + k) };
                            let inside = k < 2 && i.is_some_and(|i| i < n);
                            let mut v = a0[k + j * ld];
                            if want && inside {
                                let i = i.unwrap();
                                if herm && i == j {
                                    v = T::from_real(v.re());
                                }
                                v = v.scale_real(s[i] * s[j]);
                            }
                            assert_eq!(ab[k + j * ld], v, "band {uplo:?} {herm} {k},{j}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn laq_decisions_all_precisions() {
        check_laq::<f32>(9);
        check_laq::<f64>(10);
        check_laq::<c32>(11);
        check_laq::<c64>(12);
    }
}
