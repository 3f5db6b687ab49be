//! The expert drivers (`?gesvx`, `?gbsvx`, `?posvx`, `?pbsvx`,
//! `?sysvx`/`?hesvx`): optionally equilibrate, factor (or reuse a
//! factorization), estimate the reciprocal condition number, solve, refine
//! with error bounds, and undo the scaling on the solution.

use super::equilibrate::{gbequ, geequ, laqgb, laqge, laqsb, laqsy, pbequ, poequ, Equed};
use super::refine::{gbrfs, gerfs, pbrfs, porfs, rfs_req, syrfs};
use crate::band::{gbtrf, gbtrf_req, gbtrs, pbtrf, pbtrf_req, pbtrs};
use crate::cholesky::{potrf, potrs};
use crate::condition::{
    band_con_req, gbcon, gecon, gecon_req, modulus, pbcon, pocon, pocon_req, sycon, sycon_req, take_reals, CondNorm,
    CondScratch,
};
use crate::indefinite::{sytrf, sytrf_req};
use crate::lu::{getrf, getrs};
use crate::relapack::pivots::{BlockPivotIndex, PivotIndex};
use crate::relapack::sytrf::sytrs;
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacpy, Part};
use ferroblas_kernels::aux::norms::{langb, lange, lansb, lansy, lantr, Norm};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::{MatMut, MatRef};
use ferroblas_kernels::{Diag, Trans, Uplo};

/// Whether the expert driver factors the matrix (LAPACK's `FACT`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fact {
    /// `'F'`: the factorization (and `EQUED` with its scale factors) is given.
    Factored,
    /// `'N'`: factor A as it is.
    NotFactored,
    /// `'E'`: equilibrate A if that is worth it, then factor.
    Equilibrate,
}

impl Fact {
    /// Parses `F`, `N` or `E`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        Some(match c.to_ascii_uppercase() {
            b'F' => Fact::Factored,
            b'N' => Fact::NotFactored,
            b'E' => Fact::Equilibrate,
            _ => return None,
        })
    }
}

/// What an expert driver reports besides the solution.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Svx<R> {
    /// Estimate of the reciprocal condition number of the (equilibrated) A
    /// (0 when A is singular).
    pub rcond: R,
    /// The reciprocal pivot growth `max |A| / max |U|` ([`gesvx`],
    /// [`gbsvx`]: over the first INFO columns when A is singular); 1 for the
    /// other drivers.
    pub rpvgrw: R,
}

/// An expert driver's positive INFO with its report: `info <= n` the
/// factorization broke down at that column (no solution; `rcond = 0`),
/// `info = n + 1` the matrix is singular to working precision (`rcond <
/// eps`) but the solution and its bounds were computed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SvxError<R> {
    /// LAPACK's positive `INFO`.
    pub info: Info,
    /// The report, as far as it was computed.
    pub svx: Svx<R>,
}

/// `min(s) / max(s)` clamped as the drivers compute it from given factors (1 for none).
pub(super) fn ratio<R: RealScalar>(s: &[R]) -> R {
    if s.is_empty() {
        return R::one();
    }
    let small = lamch::<R>(Machine::SafeMin);
    let (lo, hi) = s.iter().fold((R::one() / small, R::zero()), |(lo, hi), &x| (lo.min(x), hi.max(x)));
    lo.max(small) / hi.min(R::one() / small)
}

/// `b(i, j) *= s[i]`.
pub(super) fn scale_rows<T: Scalar>(mut b: MatMut<'_, T>, s: &[T::Real]) {
    for j in 0..b.ncols() {
        for (i, &si) in s.iter().enumerate().take(b.nrows()) {
            b.set(i, j, b.get(i, j).scale_real(si));
        }
    }
}

/// The end common to the drivers: the solution back to the unscaled
/// problem (`s` the column scaling of the solution, `cond` its ratio), and
/// INFO = n + 1 when `rcond < eps`.
pub(super) fn finish<T: Scalar>(
    x: MatMut<'_, T>,
    s: Option<(&[T::Real], T::Real)>,
    ferr: &mut [T::Real],
    svx: Svx<T::Real>,
) -> Result<Svx<T::Real>, SvxError<T::Real>> {
    let n = x.nrows();
    let nrhs = x.ncols();
    if let Some((s, cond)) = s {
        scale_rows(x, &s[..n]);
        ferr[..nrhs].iter_mut().for_each(|f| *f /= cond);
    }
    if svx.rcond < lamch::<T::Real>(Machine::Eps) {
        return Err(SvxError { info: Info::from_index(n), svx });
    }
    Ok(svx)
}

/// `max |a| / max |u|` (1 when `u` is zero).
fn growth<R: RealScalar>(amax: R, umax: R) -> R {
    if umax == R::zero() {
        R::one()
    } else {
        amax / umax
    }
}

/// The workspace [`gesvx`] needs for order `n` (it also runs on the
/// reference's WORK and IWORK or RWORK, as the pair of [`CondScratch`]).
pub fn gesvx_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T::Real>(n).or(gecon_req::<T>(n)).or(rfs_req::<T>(n))
}

/// Solves `op(A) X = B` (`n x nrhs`) with the LU factorization, the expert
/// way (`?gesvx`): with `Fact::Equilibrate`, A is first scaled to
/// `diag(r) A diag(c)` where [`geequ`] finds it worth it (`equed` says how;
/// B is scaled to match and A is overwritten); with `Fact::Factored`,
/// `af`/`ipiv` hold the factorization of the scaled A and `equed`, `r`, `c`
/// its scaling (with positive factors), otherwise they are outputs. `x`
/// receives the solution of the original system, refined by [`gerfs`], with
/// its error bounds `ferr`, `berr`.
#[allow(clippy::too_many_arguments)]
pub fn gesvx<'w, T: Scalar, P: PivotIndex>(
    fact: Fact,
    trans: Trans,
    mut a: MatMut<'_, T>,
    mut af: MatMut<'_, T>,
    ipiv: &mut [P],
    equed: &mut Equed,
    r: &mut [T::Real],
    c: &mut [T::Real],
    mut b: MatMut<'_, T>,
    mut x: MatMut<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    par: Par,
    work: impl CondScratch<'w>,
) -> Result<Svx<T::Real>, SvxError<T::Real>> {
    let n = a.nrows();
    let one = T::Real::one();
    let (mut rowcnd, mut colcnd) = (one, one);
    if fact == Fact::Factored {
        if equed.rows() {
            rowcnd = ratio(&r[..n]);
        }
        if equed.cols() {
            colcnd = ratio(&c[..n]);
        }
    } else {
        *equed = Equed::None;
    }
    if fact == Fact::Equilibrate {
        if let Ok(s) = geequ(a.rb(), r, c) {
            *equed = laqge(a.rb_mut(), r, c, s.rowcnd, s.colcnd, s.amax);
            (rowcnd, colcnd) = (s.rowcnd, s.colcnd);
        }
    }
    let notrans = trans == Trans::No;
    if notrans && equed.rows() {
        scale_rows(b.rb_mut(), &r[..n]);
    } else if !notrans && equed.cols() {
        scale_rows(b.rb_mut(), &c[..n]);
    }
    let (mut work, mut side) = work.into_parts();
    if fact != Fact::Factored {
        lacpy(Part::Full, a.rb(), af.rb_mut());
        if let Err(info) = getrf(af.rb_mut(), ipiv, par) {
            let k = info.get().get();
            let amax = lange(Norm::Max, a.rb().submatrix(0, 0, n, k), &mut []);
            let umax = lantr(Norm::Max, Uplo::Upper, Diag::NonUnit, af.rb().submatrix(0, 0, k, k), &mut []);
            return Err(SvxError { info, svx: Svx { rcond: T::Real::zero(), rpvgrw: growth(amax, umax) } });
        }
    }
    let amax = lange(Norm::Max, a.rb(), &mut []);
    let umax = lantr(Norm::Max, Uplo::Upper, Diag::NonUnit, af.rb(), &mut []);
    let rpvgrw = growth(amax, umax);
    let (norm, cnorm) = if notrans { (Norm::One, CondNorm::One) } else { (Norm::Inf, CondNorm::Inf) };
    // The norm's row sums are scratch for that step only, as in the reference.
    let anorm = lange(norm, a.rb(), take_reals::<T>(&mut work, &mut side, n).0);
    let rcond = gecon(cnorm, af.rb(), anorm, (work.rb_mut(), side.rb_mut())).unwrap_or_else(|e| e.rcond());
    lacpy(Part::Full, b.rb(), x.rb_mut());
    getrs(trans, af.rb(), ipiv, x.rb_mut(), par);
    gerfs(trans, a.rb(), af.rb(), ipiv, b.rb(), x.rb_mut(), ferr, berr, (work, side));
    let unscale = match (notrans, *equed) {
        (true, e) if e.cols() => Some((&c[..], colcnd)),
        (false, e) if e.rows() => Some((&r[..], rowcnd)),
        _ => None,
    };
    finish(x, unscale, ferr, Svx { rcond, rpvgrw })
}

/// The workspace [`gbsvx`] needs for order `n` with `kl` subdiagonals.
pub fn gbsvx_req<T: Scalar>(n: usize, kl: usize) -> WorkReq {
    WorkReq::new::<T::Real>(n).and(gbtrf_req::<T>(n, n, kl).or(band_con_req::<T>(n)).or(rfs_req::<T>(n)))
}

/// [`gesvx`] for the band matrix with `kl` sub- and `ku` superdiagonals in
/// band storage `ab` (`kl + ku + 1` rows, `A(i, j)` at `ab[ku + i - j, j]`),
/// its band LU factorization in `afb` (`2 kl + ku + 1` rows, as
/// [`gbtrf`] leaves it) (`?gbsvx`).
#[allow(clippy::too_many_arguments)]
pub fn gbsvx<T: Scalar, P: PivotIndex>(
    fact: Fact,
    trans: Trans,
    kl: usize,
    ku: usize,
    mut ab: MatMut<'_, T>,
    mut afb: MatMut<'_, T>,
    ipiv: &mut [P],
    equed: &mut Equed,
    r: &mut [T::Real],
    c: &mut [T::Real],
    mut b: MatMut<'_, T>,
    mut x: MatMut<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    par: Par,
    mut work: Workspace<'_>,
) -> Result<Svx<T::Real>, SvxError<T::Real>> {
    let n = ab.ncols();
    let one = T::Real::one();
    let (mut rowcnd, mut colcnd) = (one, one);
    if fact == Fact::Factored {
        if equed.rows() {
            rowcnd = ratio(&r[..n]);
        }
        if equed.cols() {
            colcnd = ratio(&c[..n]);
        }
    } else {
        *equed = Equed::None;
    }
    if fact == Fact::Equilibrate {
        if let Ok(s) = gbequ(n, kl, ku, ab.rb(), r, c) {
            *equed = laqgb(n, kl, ku, ab.rb_mut(), r, c, s.rowcnd, s.colcnd, s.amax);
            (rowcnd, colcnd) = (s.rowcnd, s.colcnd);
        }
    }
    let notrans = trans == Trans::No;
    if notrans && equed.rows() {
        scale_rows(b.rb_mut(), &r[..n]);
    } else if !notrans && equed.cols() {
        scale_rows(b.rb_mut(), &c[..n]);
    }
    let rows = |j: usize| j.saturating_sub(ku)..(j + kl + 1).min(n);
    // max |A| and max |U| over the first k columns.
    let growth_of = |ab: MatRef<'_, T>, afb: MatRef<'_, T>, k: usize| {
        let zero = T::Real::zero();
        let amax = (0..k).fold(zero, |m, j| rows(j).fold(m, |m, i| m.max(modulus(ab.get(ku + i - j, j)))));
        let umax = (0..k).fold(zero, |m, j| {
            (j.saturating_sub(kl + ku)..=j).fold(m, |m, i| m.max(modulus(afb.get(kl + ku + i - j, j))))
        });
        growth(amax, umax)
    };
    let (rwork, mut work) = work.take::<T::Real>(n);
    if fact != Fact::Factored {
        for j in 0..n {
            for i in rows(j) {
                afb.set(kl + ku + i - j, j, ab.get(ku + i - j, j));
            }
        }
        if let Err(info) = gbtrf(n, kl, ku, afb.rb_mut(), ipiv, par, work.rb_mut()) {
            let rpvgrw = growth_of(ab.rb(), afb.rb(), info.get().get());
            return Err(SvxError { info, svx: Svx { rcond: T::Real::zero(), rpvgrw } });
        }
    }
    let rpvgrw = growth_of(ab.rb(), afb.rb(), n);
    let (norm, cnorm) = if notrans { (Norm::One, CondNorm::One) } else { (Norm::Inf, CondNorm::Inf) };
    let abv = ab.rb().submatrix(0, 0, kl + ku + 1, n);
    let anorm = langb(norm, kl, ku, abv, rwork);
    let rcond = gbcon(cnorm, kl, ku, afb.rb(), ipiv, anorm, work.rb_mut());
    lacpy(Part::Full, b.rb(), x.rb_mut());
    gbtrs(trans, kl, ku, afb.rb(), ipiv, x.rb_mut(), par);
    gbrfs(trans, kl, ku, abv, afb.rb(), ipiv, b.rb(), x.rb_mut(), ferr, berr, work);
    let unscale = match (notrans, *equed) {
        (true, e) if e.cols() => Some((&c[..], colcnd)),
        (false, e) if e.rows() => Some((&r[..], rowcnd)),
        _ => None,
    };
    finish(x, unscale, ferr, Svx { rcond, rpvgrw })
}

/// The workspace [`posvx`] needs for order `n` (it also runs on the
/// reference's WORK and IWORK or RWORK, as the pair of [`CondScratch`]).
pub fn posvx_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T::Real>(n).or(pocon_req::<T>(n)).or(rfs_req::<T>(n))
}

/// The triangle of `uplo` as a [`lacpy`] part.
fn part(uplo: Uplo) -> Part {
    if uplo == Uplo::Upper {
        Part::Upper
    } else {
        Part::Lower
    }
}

/// Solves `A X = B` for the Hermitian positive definite A in the `uplo`
/// triangle of `a` with the Cholesky factorization, the expert way
/// (`?posvx`): as [`gesvx`], with the symmetric scaling `diag(s) A diag(s)`
/// of [`poequ`] (`equed` is `Equed::Both`, LAPACK's `'Y'`, when applied).
/// `Err` with `info <= n`: the leading minor of that order is not positive
/// definite.
#[allow(clippy::too_many_arguments)]
pub fn posvx<'w, T: Scalar>(
    fact: Fact,
    uplo: Uplo,
    mut a: MatMut<'_, T>,
    mut af: MatMut<'_, T>,
    equed: &mut Equed,
    s: &mut [T::Real],
    mut b: MatMut<'_, T>,
    mut x: MatMut<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    par: Par,
    work: impl CondScratch<'w>,
) -> Result<Svx<T::Real>, SvxError<T::Real>> {
    let n = a.nrows();
    let one = T::Real::one();
    let mut scond = one;
    if fact == Fact::Factored {
        if *equed == Equed::Both {
            scond = ratio(&s[..n]);
        }
    } else {
        *equed = Equed::None;
    }
    if fact == Fact::Equilibrate {
        if let Ok(sc) = poequ(a.rb(), s) {
            if laqsy(uplo, true, a.rb_mut(), s, sc.scond, sc.amax) {
                *equed = Equed::Both;
            }
            scond = sc.scond;
        }
    }
    let scaled = *equed == Equed::Both;
    if scaled {
        scale_rows(b.rb_mut(), &s[..n]);
    }
    if fact != Fact::Factored {
        lacpy(part(uplo), a.rb(), af.rb_mut());
        if let Err(info) = potrf(uplo, af.rb_mut(), par) {
            return Err(SvxError { info, svx: Svx { rcond: T::Real::zero(), rpvgrw: one } });
        }
    }
    let (mut work, mut side) = work.into_parts();
    // The norm's scratch is free again for the estimate, as in the reference.
    let anorm = lansy(Norm::One, uplo, true, a.rb(), take_reals::<T>(&mut work, &mut side, n).0);
    let rcond = pocon(uplo, af.rb(), anorm, (work.rb_mut(), side.rb_mut()));
    lacpy(Part::Full, b.rb(), x.rb_mut());
    potrs(uplo, af.rb(), x.rb_mut(), par);
    porfs(uplo, a.rb(), af.rb(), b.rb(), x.rb_mut(), ferr, berr, (work, side));
    finish(x, scaled.then_some((&s[..], scond)), ferr, Svx { rcond, rpvgrw: one })
}

/// The workspace [`pbsvx`] needs for order `n` with `kd` off-diagonals.
pub fn pbsvx_req<T: Scalar>(n: usize, kd: usize) -> WorkReq {
    WorkReq::new::<T::Real>(n).and(pbtrf_req::<T>(n, kd).or(band_con_req::<T>(n)).or(rfs_req::<T>(n)))
}

/// [`posvx`] for the band matrix with `kd` off-diagonals in the `uplo`
/// band storage `ab` (`kd + 1` rows), its factor in `afb` (`?pbsvx`).
#[allow(clippy::too_many_arguments)]
pub fn pbsvx<T: Scalar>(
    fact: Fact,
    uplo: Uplo,
    kd: usize,
    mut ab: MatMut<'_, T>,
    mut afb: MatMut<'_, T>,
    equed: &mut Equed,
    s: &mut [T::Real],
    mut b: MatMut<'_, T>,
    mut x: MatMut<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    par: Par,
    mut work: Workspace<'_>,
) -> Result<Svx<T::Real>, SvxError<T::Real>> {
    let n = ab.ncols();
    let one = T::Real::one();
    let mut scond = one;
    if fact == Fact::Factored {
        if *equed == Equed::Both {
            scond = ratio(&s[..n]);
        }
    } else {
        *equed = Equed::None;
    }
    if fact == Fact::Equilibrate {
        if let Ok(sc) = pbequ(uplo, kd, ab.rb(), s) {
            if laqsb(uplo, true, kd, ab.rb_mut(), s, sc.scond, sc.amax) {
                *equed = Equed::Both;
            }
            scond = sc.scond;
        }
    }
    let scaled = *equed == Equed::Both;
    if scaled {
        scale_rows(b.rb_mut(), &s[..n]);
    }
    if fact != Fact::Factored {
        for j in 0..n {
            let rows = if uplo == Uplo::Upper { kd - kd.min(j)..kd + 1 } else { 0..(n - j).min(kd + 1) };
            for k in rows {
                afb.set(k, j, ab.get(k, j));
            }
        }
        if let Err(info) = pbtrf(uplo, kd, afb.rb_mut(), par, work.rb_mut()) {
            return Err(SvxError { info, svx: Svx { rcond: T::Real::zero(), rpvgrw: one } });
        }
    }
    let (rwork, mut work) = work.take::<T::Real>(n);
    let abv = ab.rb().submatrix(0, 0, kd + 1, n);
    let anorm = lansb(Norm::One, uplo, true, kd, abv, rwork);
    let rcond = pbcon(uplo, kd, afb.rb(), anorm, work.rb_mut());
    lacpy(Part::Full, b.rb(), x.rb_mut());
    pbtrs(uplo, kd, afb.rb(), x.rb_mut(), par);
    pbrfs(uplo, kd, abv, afb.rb(), b.rb(), x.rb_mut(), ferr, berr, work);
    finish(x, scaled.then_some((&s[..], scond)), ferr, Svx { rcond, rpvgrw: one })
}

/// The workspace [`sysvx`] needs for order `n`.
pub fn sysvx_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T::Real>(n).and(sytrf_req::<T>(n).or(sycon_req::<T>(n)).or(rfs_req::<T>(n)))
}

/// Solves `A X = B` for the symmetric (`herm = false`) or Hermitian A in
/// the `uplo` triangle of `a` with the Bunch-Kaufman factorization, the
/// expert way (`?sysvx`, `?hesvx`): factors A into `af`/`ipiv` unless
/// `factored` (no equilibration), estimates `rcond`, solves and refines.
/// `Err` with `info <= n`: `D(info, info)` is exactly zero.
#[allow(clippy::too_many_arguments)]
pub fn sysvx<T: Scalar, P: BlockPivotIndex>(
    factored: bool,
    uplo: Uplo,
    herm: bool,
    a: MatRef<'_, T>,
    mut af: MatMut<'_, T>,
    ipiv: &mut [P],
    b: MatRef<'_, T>,
    mut x: MatMut<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    par: Par,
    mut work: Workspace<'_>,
) -> Result<Svx<T::Real>, SvxError<T::Real>> {
    let n = a.nrows();
    let one = T::Real::one();
    let (rwork, mut work) = work.take::<T::Real>(n);
    if !factored {
        lacpy(part(uplo), a, af.rb_mut());
        if let Err(info) = sytrf(uplo, herm, af.rb_mut(), ipiv, par, work.rb_mut()) {
            return Err(SvxError { info, svx: Svx { rcond: T::Real::zero(), rpvgrw: one } });
        }
    }
    let anorm = lansy(Norm::Inf, uplo, herm, a, rwork);
    let rcond = sycon(uplo, herm, af.rb(), ipiv, anorm, work.rb_mut());
    lacpy(Part::Full, b, x.rb_mut());
    sytrs(uplo, herm, af.rb(), ipiv, x.rb_mut());
    syrfs(uplo, herm, a, af.rb(), ipiv, b, x.rb_mut(), ferr, berr, work);
    finish(x, None, ferr, Svx { rcond, rpvgrw: one })
}

#[cfg(test)]
mod residual {
    #![allow(clippy::needless_range_loop)]
    use super::*;
    use crate::condition::testutil::{cabs, Dense, Rng, TestScalar};
    use crate::expert::refine::residual::{op, rhs, verify_cap};
    use crate::relapack::pivots::BlockPivot;
    use crate::WorkBuffer;
    use ferroblas_kernels::{c32, c64};

    const SIZES: [usize; 5] = [0, 1, 2, 3, 17];
    const NRHS: [usize; 3] = [0, 1, 3];

    fn r<T: Scalar>(v: f64) -> T::Real {
        RealScalar::from_f64(v)
    }

    fn close<R: RealScalar>(a: &[R], b: &[R]) {
        assert_eq!(a.len(), b.len());
        for (x, y) in a.iter().zip(b) {
            assert!((x.to_f64() - y.to_f64()).abs() <= 1e-5 * y.to_f64().abs(), "{} vs {}", x.to_f64(), y.to_f64());
        }
    }

    /// The report of a solved system: `Ok`, or `INFO = n + 1` (the badly
    /// scaled matrices are singular to working precision in f32 before
    /// equilibration).
    fn solved<R: RealScalar>(res: Result<Svx<R>, SvxError<R>>, n: usize) -> Svx<R> {
        match res {
            Ok(s) => s,
            Err(e) => {
                assert_eq!(e.info.index(), n, "{e:?}");
                e.svx
            }
        }
    }

    fn buf<T: TestScalar>(a: &Dense<T>, ld: usize) -> Vec<T> {
        let n = a.n;
        let mut v = vec![T::zero(); ld * n];
        for j in 0..n {
            for i in 0..n {
                v[i + j * ld] = a.get(i, j);
            }
        }
        v
    }

    /// A diagonally dominant matrix with rows scaled by `10^(3 (i % 3) - 3)`
    /// and columns by `10^(2 (j % 2))`: badly scaled, well conditioned once equilibrated.
    fn badly_scaled<T: TestScalar>(n: usize, rng: &mut Rng) -> Dense<T> {
        let mut a = Dense::<T>::random(n, rng, 2);
        for j in 0..n {
            for i in 0..n {
                let s = 10f64.powi(3 * (i % 3) as i32 - 3) * 10f64.powi(2 * (j % 2) as i32);
                a.set(i, j, a.get(i, j).scale_real(r::<T>(s)));
            }
        }
        a
    }

    struct GeRun<T: Scalar> {
        x: Vec<T>,
        a: Vec<T>,
        af: Vec<T>,
        ipiv: Vec<usize>,
        equed: Equed,
        r: Vec<T::Real>,
        c: Vec<T::Real>,
        res: Result<Svx<T::Real>, SvxError<T::Real>>,
        ferr: Vec<T::Real>,
        berr: Vec<T::Real>,
    }

    /// `gesvx` (`band = None`) or `gbsvx` with `(kl, ku)` on the matrix `a`
    /// (band entries only), starting from `prev`'s factorization for `Fact::Factored`.
    fn run_ge<T: TestScalar>(
        fact: Fact,
        trans: Trans,
        band: Option<(usize, usize)>,
        a: &Dense<T>,
        b0: &[T],
        nrhs: usize,
        prev: Option<&GeRun<T>>,
    ) -> GeRun<T> {
        let n = a.n;
        let ldb = n + 2;
        let mut b = b0.to_vec();
        let mut x = vec![T::zero(); ldb * nrhs];
        let (mut ferr, mut berr) = (vec![r::<T>(-1.0); nrhs], vec![r::<T>(-1.0); nrhs]);
        let (mut r_, mut c_) = (vec![r::<T>(0.0); n], vec![r::<T>(0.0); n]);
        let mut ipiv = vec![0usize; n];
        let mut equed = Equed::None;
        let (mut abuf, mut af, res);
        match band {
            None => {
                let lda = n + 1;
                abuf = buf(a, lda);
                af = vec![T::zero(); lda * n];
                if let Some(p) = prev {
                    (abuf, af, ipiv, equed, r_, c_) =
                        (p.a.clone(), p.af.clone(), p.ipiv.clone(), p.equed, p.r.clone(), p.c.clone());
                }
                let mut w = WorkBuffer::new(gesvx_req::<T>(n));
                res = gesvx(
                    fact,
                    trans,
                    MatMut::from_col_major(&mut abuf, n, n, lda.max(1)),
                    MatMut::from_col_major(&mut af, n, n, lda.max(1)),
                    &mut ipiv,
                    &mut equed,
                    &mut r_,
                    &mut c_,
                    MatMut::from_col_major(&mut b, n, nrhs, ldb),
                    MatMut::from_col_major(&mut x, n, nrhs, ldb),
                    &mut ferr,
                    &mut berr,
                    Par::Seq,
                    w.workspace(),
                );
            }
            Some((kl, ku)) => {
                let (ldab, ldafb) = (kl + ku + 2, 2 * kl + ku + 1);
                abuf = vec![T::zero(); ldab * n];
                for j in 0..n {
                    for i in j.saturating_sub(ku)..(j + kl + 1).min(n) {
                        abuf[ku + i - j + j * ldab] = a.get(i, j);
                    }
                }
                af = vec![T::zero(); ldafb * n];
                if let Some(p) = prev {
                    (abuf, af, ipiv, equed, r_, c_) =
                        (p.a.clone(), p.af.clone(), p.ipiv.clone(), p.equed, p.r.clone(), p.c.clone());
                }
                let mut w = WorkBuffer::new(gbsvx_req::<T>(n, kl));
                res = gbsvx(
                    fact,
                    trans,
                    kl,
                    ku,
                    MatMut::from_col_major(&mut abuf, kl + ku + 1, n, ldab),
                    MatMut::from_col_major(&mut af, ldafb, n, ldafb),
                    &mut ipiv,
                    &mut equed,
                    &mut r_,
                    &mut c_,
                    MatMut::from_col_major(&mut b, n, nrhs, ldb),
                    MatMut::from_col_major(&mut x, n, nrhs, ldb),
                    &mut ferr,
                    &mut berr,
                    Par::Seq,
                    w.workspace(),
                );
            }
        }
        GeRun { x, a: abuf, af, ipiv, equed, r: r_, c: c_, res, ferr, berr }
    }

    fn check_ge<T: TestScalar>(seed: u64) {
        let mut rng = Rng::new(seed);
        for n in SIZES {
            for nrhs in NRHS {
                for trans in [Trans::No, Trans::Trans, Trans::ConjTrans] {
                    for band in [None, Some((1.min(n.saturating_sub(1)), 2.min(n.saturating_sub(1))))] {
                        let mut a = badly_scaled::<T>(n, &mut rng);
                        if let Some((kl, ku)) = band {
                            for j in 0..n {
                                for i in 0..n {
                                    if i + ku < j || i > j + kl {
                                        a.set(i, j, T::zero());
                                    }
                                }
                            }
                        }
                        let b0 = rhs::<T>(n, nrhs, &mut rng);
                        let what = if band.is_some() { "gbsvx" } else { "gesvx" };
                        let opa = op(&a, trans);
                        let plain = run_ge(Fact::NotFactored, trans, band, &a, &b0, nrhs, None);
                        let svx = solved(plain.res, n);
                        assert_eq!(plain.equed, Equed::None);
                        assert!(svx.rpvgrw > r::<T>(0.0) && svx.rpvgrw.is_finite(), "{what} rpvgrw");
                        verify_cap(&opa, &b0, &plain.x, nrhs, &plain.ferr, &plain.berr, 1e30, what);

                        let eq = run_ge(Fact::Equilibrate, trans, band, &a, &b0, nrhs, None);
                        let svx_e = eq.res.unwrap();
                        if n >= 2 {
                            assert!(eq.equed.rows(), "{what} n={n}: rows should be scaled, got {:?}", eq.equed);
                            // Equilibrated: a better conditioned system.
                            assert!(
                                svx_e.rcond > svx.rcond,
                                "{what} n={n}: rcond {:?} !> {:?}",
                                svx_e.rcond,
                                svx.rcond
                            );
                        }
                        verify_cap(&opa, &b0, &eq.x, nrhs, &eq.ferr, &eq.berr, 1e30, what);

                        // FACT = F reuses E's factorization and scaling: the same answer.
                        let f = run_ge(Fact::Factored, trans, band, &a, &b0, nrhs, Some(&eq));
                        assert_eq!(f.res.unwrap(), svx_e);
                        assert_eq!((f.x, f.berr), (eq.x.clone(), eq.berr.clone()), "{what} F");
                        // (FERR is divided by the scaling's ratio, recomputed from the factors with F.)
                        close(&f.ferr, &eq.ferr);
                    }
                }
            }
        }
        for band in [None, Some((1, 1))] {
            // Exactly singular: a zero column 1 of 3 (INFO = 2).
            let mut a = Dense::<T>::random(3, &mut rng, 2);
            for i in 0..3 {
                a.set(i, 1, T::zero());
            }
            let b0 = rhs::<T>(3, 1, &mut rng);
            let run = run_ge(Fact::NotFactored, Trans::No, band, &a, &b0, 1, None);
            let e = run.res.unwrap_err();
            assert_eq!(e.info.lapack_info(), 2);
            assert_eq!(e.svx.rcond, r::<T>(0.0));
            // Singular to working precision: diag(1, 1, eps / 1000) gives INFO = n + 1, and x.
            let mut a = Dense::<T>::zeros(3);
            let tiny = T::Real::EPSILON.to_f64() * 1e-3;
            for (i, d) in [1.0, 1.0, tiny].into_iter().enumerate() {
                a.set(i, i, T::from_real(r::<T>(d)));
            }
            let run = run_ge(Fact::NotFactored, Trans::No, band, &a, &b0, 1, None);
            let e = run.res.unwrap_err();
            assert_eq!(e.info.lapack_info(), 4);
            assert!(e.svx.rcond < T::Real::EPSILON);
            let want = b0[2].to_c64() / c64::new(tiny, 0.0);
            let got = run.x[2].to_c64();
            assert!(cabs(got - want) <= 1e-4 * cabs(want), "{got} vs {want}");
        }
    }

    /// NaN in A: the drivers end (no hang, no panic), with a NaN in the
    /// report or solution, or a positive INFO.
    fn check_nan<T: TestScalar>(seed: u64) {
        let mut rng = Rng::new(seed);
        for fact in [Fact::NotFactored, Fact::Equilibrate] {
            for band in [None, Some((1, 1))] {
                let mut a = Dense::<T>::random(4, &mut rng, 2);
                a.set(1, 1, T::from_real(r::<T>(f64::NAN)));
                let b0 = rhs::<T>(4, 2, &mut rng);
                let run = run_ge(fact, Trans::No, band, &a, &b0, 2, None);
                let nan = |v: T::Real| v.to_f64().is_nan();
                let flagged = match run.res {
                    Err(e) => e.info.index() < 5,
                    Ok(s) => nan(s.rcond) || run.x.iter().any(|v| v.is_nan()) || run.berr.iter().any(|&v| nan(v)),
                };
                assert!(flagged, "{fact:?} {band:?}: NaN input gave a clean result");
            }
        }
    }

    #[test]
    fn nan_input_ends() {
        check_nan::<f32>(45);
        check_nan::<f64>(46);
        check_nan::<c32>(47);
        check_nan::<c64>(48);
    }

    #[test]
    fn gesvx_gbsvx_all_precisions() {
        check_ge::<f32>(41);
        check_ge::<f64>(42);
        check_ge::<c32>(43);
        check_ge::<c64>(44);
    }

    /// A Hermitian positive definite band matrix (`kd = n` full) with a
    /// graded diagonal scaling `10^(2 (i % 3) - 2)` on both sides.
    fn hpd_scaled<T: TestScalar>(n: usize, kd: usize, rng: &mut Rng) -> Dense<T> {
        let mut a = Dense::<T>::zeros(n);
        let d = |i: usize| 10f64.powi(2 * (i % 3) as i32 - 2);
        for j in 0..n {
            for i in j.saturating_sub(kd)..=j {
                let mut v: T = rng.scalar();
                if i == j {
                    v = T::from_real(v.re() + r::<T>(2.0 * kd as f64 + 2.0));
                }
                let v = v.scale_real(r::<T>(d(i) * d(j)));
                a.set(i, j, v);
                a.set(j, i, v.conj());
            }
        }
        a
    }

    /// A driver's report, solution and FERR.
    type Outcome<T> = (Svx<<T as Scalar>::Real>, Vec<T>, Vec<<T as Scalar>::Real>);

    fn check_po<T: TestScalar>(seed: u64) {
        let mut rng = Rng::new(seed);
        for n in SIZES {
            for nrhs in NRHS {
                for uplo in [Uplo::Upper, Uplo::Lower] {
                    for kd in [None, Some(2.min(n.saturating_sub(1)))] {
                        let a = hpd_scaled::<T>(n, kd.unwrap_or(n), &mut rng);
                        let b0 = rhs::<T>(n, nrhs, &mut rng);
                        let ldb = n + 2;
                        let what = if kd.is_some() { "pbsvx" } else { "posvx" };
                        let mut results: Vec<Outcome<T>> = Vec::new();
                        let (mut a_keep, mut af_keep, mut s_keep, mut eq_keep) =
                            (Vec::new(), Vec::new(), Vec::new(), Equed::None);
                        for fact in [Fact::NotFactored, Fact::Equilibrate, Fact::Factored] {
                            let mut b = b0.clone();
                            let mut x = vec![T::zero(); ldb * nrhs];
                            let (mut ferr, mut berr) = (vec![r::<T>(-1.0); nrhs], vec![r::<T>(-1.0); nrhs]);
                            let mut s = vec![r::<T>(0.0); n];
                            let mut equed = Equed::None;
                            let res;
                            let (mut abuf, mut af);
                            match kd {
                                None => {
                                    let lda = n + 1;
                                    abuf = buf(&a, lda);
                                    af = vec![T::zero(); lda * n];
                                    if fact == Fact::Factored {
                                        (abuf, af, s, equed) =
                                            (a_keep.clone(), af_keep.clone(), s_keep.clone(), eq_keep);
                                    }
                                    let mut w = WorkBuffer::new(posvx_req::<T>(n));
                                    res = posvx(
                                        fact,
                                        uplo,
                                        MatMut::from_col_major(&mut abuf, n, n, lda.max(1)),
                                        MatMut::from_col_major(&mut af, n, n, lda.max(1)),
                                        &mut equed,
                                        &mut s,
                                        MatMut::from_col_major(&mut b, n, nrhs, ldb),
                                        MatMut::from_col_major(&mut x, n, nrhs, ldb),
                                        &mut ferr,
                                        &mut berr,
                                        Par::Seq,
                                        w.workspace(),
                                    );
                                }
                                Some(kd) => {
                                    let ldab = kd + 2;
                                    abuf = vec![T::zero(); ldab * n];
                                    for j in 0..n {
                                        for i in j.saturating_sub(kd)..(j + kd + 1).min(n) {
                                            if uplo == Uplo::Upper && i <= j {
                                                abuf[kd + i - j + j * ldab] = a.get(i, j);
                                            } else if uplo == Uplo::Lower && i >= j {
                                                abuf[i - j + j * ldab] = a.get(i, j);
                                            }
                                        }
                                    }
                                    af = vec![T::zero(); ldab * n];
                                    if fact == Fact::Factored {
                                        (abuf, af, s, equed) =
                                            (a_keep.clone(), af_keep.clone(), s_keep.clone(), eq_keep);
                                    }
                                    let mut w = WorkBuffer::new(pbsvx_req::<T>(n, kd));
                                    res = pbsvx(
                                        fact,
                                        uplo,
                                        kd,
                                        MatMut::from_col_major(&mut abuf, kd + 1, n, ldab),
                                        MatMut::from_col_major(&mut af, kd + 1, n, ldab),
                                        &mut equed,
                                        &mut s,
                                        MatMut::from_col_major(&mut b, n, nrhs, ldb),
                                        MatMut::from_col_major(&mut x, n, nrhs, ldb),
                                        &mut ferr,
                                        &mut berr,
                                        Par::Seq,
                                        w.workspace(),
                                    );
                                }
                            }
                            let svx = solved(res, n);
                            verify_cap(&a, &b0, &x, nrhs, &ferr, &berr, 1e30, what);
                            match fact {
                                Fact::NotFactored => assert_eq!(equed, Equed::None),
                                Fact::Equilibrate => {
                                    if n >= 3 {
                                        assert_eq!(equed, Equed::Both, "{what} n={n}");
                                        assert!(svx.rcond > results[0].0.rcond);
                                    }
                                    (a_keep, af_keep, s_keep, eq_keep) = (abuf.clone(), af.clone(), s.clone(), equed);
                                }
                                Fact::Factored => {
                                    let (s_e, x_e, f_e) = &results[1];
                                    assert_eq!((&svx, &x), (s_e, x_e), "{what} F reuses E");
                                    close(&ferr, f_e);
                                }
                            }
                            results.push((svx, x, ferr));
                        }
                    }
                }
            }
        }
        // Not positive definite at the second column: INFO = 2, rcond = 0.
        let mut a = Dense::<T>::zeros(3);
        for (i, d) in [1.0, -1.0, 1.0].into_iter().enumerate() {
            a.set(i, i, T::from_real(r::<T>(d)));
        }
        let mut abuf = buf(&a, 3);
        let mut af = vec![T::zero(); 9];
        let mut b = vec![T::one(); 3];
        let mut x = vec![T::zero(); 3];
        let (mut ferr, mut berr, mut s) = (vec![r::<T>(0.0); 1], vec![r::<T>(0.0); 1], vec![r::<T>(0.0); 3]);
        let mut w = WorkBuffer::new(posvx_req::<T>(3));
        let e = posvx(
            Fact::NotFactored,
            Uplo::Lower,
            MatMut::from_col_major(&mut abuf, 3, 3, 3),
            MatMut::from_col_major(&mut af, 3, 3, 3),
            &mut Equed::None,
            &mut s,
            MatMut::from_col_major(&mut b, 3, 1, 3),
            MatMut::from_col_major(&mut x, 3, 1, 3),
            &mut ferr,
            &mut berr,
            Par::Seq,
            w.workspace(),
        )
        .unwrap_err();
        assert_eq!((e.info.lapack_info(), e.svx.rcond), (2, r::<T>(0.0)));
    }

    #[test]
    fn posvx_pbsvx_all_precisions() {
        check_po::<f32>(51);
        check_po::<f64>(52);
        check_po::<c32>(53);
        check_po::<c64>(54);
    }

    fn check_sy<T: TestScalar>(seed: u64) {
        let mut rng = Rng::new(seed);
        for n in SIZES {
            for nrhs in NRHS {
                for uplo in [Uplo::Upper, Uplo::Lower] {
                    for herm in [false, true] {
                        let mut a = Dense::<T>::zeros(n);
                        for j in 0..n {
                            for i in 0..=j {
                                let mut v: T = rng.scalar();
                                if i == j {
                                    let sh = if i % 2 == 0 { 3.0 } else { -3.0 } * (n as f64).sqrt();
                                    v = if herm {
                                        T::from_real(v.re() + r::<T>(sh))
                                    } else {
                                        v + T::from_real(r::<T>(sh))
                                    };
                                }
                                a.set(i, j, v);
                                a.set(j, i, if herm { v.conj() } else { v });
                            }
                        }
                        let lda = n + 1;
                        let abuf = buf(&a, lda);
                        let b0 = rhs::<T>(n, nrhs, &mut rng);
                        let ldb = n + 2;
                        let mut af = vec![T::zero(); lda * n];
                        let mut ipiv = vec![BlockPivot::default(); n];
                        let mut outs = Vec::new();
                        for factored in [false, true] {
                            let mut x = vec![T::zero(); ldb * nrhs];
                            let (mut ferr, mut berr) = (vec![r::<T>(-1.0); nrhs], vec![r::<T>(-1.0); nrhs]);
                            let mut w = WorkBuffer::new(sysvx_req::<T>(n));
                            let svx = sysvx(
                                factored,
                                uplo,
                                herm,
                                MatRef::from_col_major(&abuf, n, n, lda.max(1)),
                                MatMut::from_col_major(&mut af, n, n, lda.max(1)),
                                &mut ipiv,
                                MatRef::from_col_major(&b0, n, nrhs, ldb),
                                MatMut::from_col_major(&mut x, n, nrhs, ldb),
                                &mut ferr,
                                &mut berr,
                                Par::Seq,
                                w.workspace(),
                            )
                            .unwrap();
                            verify_cap(&a, &b0, &x, nrhs, &ferr, &berr, 1e4, if herm { "hesvx" } else { "sysvx" });
                            outs.push((svx, x, ferr, berr));
                        }
                        assert_eq!(outs[0], outs[1], "sysvx factored = F reuses the factorization");
                    }
                }
            }
        }
    }

    #[test]
    fn sysvx_hesvx_all_precisions() {
        check_sy::<f32>(61);
        check_sy::<f64>(62);
        check_sy::<c32>(63);
        check_sy::<c64>(64);
    }
}
