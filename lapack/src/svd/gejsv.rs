//! The preconditioned one-sided Jacobi SVD (`?gejsv`, Drmač and Veselić,
//! "New fast and accurate Jacobi SVD algorithm I/II", LAWN 169/170).
//!
//! A rank-revealing QR factorization with column pivoting (after an optional
//! sort of the rows by their largest entry, Björck's row pivoting) turns
//! `A = B D` (D diagonal, B well conditioned) into a triangular R whose
//! columns are graded as D is. A second, unpivoted QR factorization of `R^H`
//! gives `R^H = Q2 R2`; the one-sided Jacobi method ([`gesvj`]) then runs on
//! the lower triangular `R2^H`, whose columns are already nearly orthogonal,
//! so it converges in a few sweeps and keeps the relative accuracy of every
//! singular value the data determine. The factors come back as
//! `U = Q diag(W, I)` and `V = P Q2 diag(Z, I)` from `R2^H = W Σ Z^H`.

use super::jacobi::{gesvj, gesvj_req, InfiniteEntry, JacobiLeft, JacobiRight, JacobiShape};
use crate::condition::{pocon, pocon_req};
use crate::qr::{geqp3, geqp3_req, geqrf, geqrf_req, orgqr, orgqr_req, ormqr, ormqr_req, Positive};
use crate::{Par, WorkReq, Workspace};
use ferroblas_kernels::aux::lassq::lassq;
use ferroblas_kernels::aux::matrix::{lacpy, lascl, laset, laswp, MatrixKind, Part};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::level1::nrm2;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef, Side, Trans, Uplo, VecRef};

/// The accuracy [`gejsv`] aims at (`JOBA`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GejsvAccuracy {
    /// High relative accuracy for `A = B D` with B well conditioned, column
    /// pivoting only (`'C'`).
    Column,
    /// As `Column`, with an estimate of B's condition number (`'E'`).
    ColumnCondition,
    /// High relative accuracy for `A = D1 C D2`, rows sorted first (`'F'`).
    Full,
    /// As `Full`, with the condition estimate (`'G'`).
    FullCondition,
    /// Absolute error bounds: values below `sqrt(n) eps ||A||` may be set to
    /// zero (`'A'`).
    Absolute,
    /// Absolute error bounds, the rank read off a sudden drop of R's
    /// diagonal (`'R'`).
    Rank,
}

impl GejsvAccuracy {
    /// Parses `C`, `E`, `F`, `G`, `A` or `R`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'C' => Some(Self::Column),
            b'E' => Some(Self::ColumnCondition),
            b'F' => Some(Self::Full),
            b'G' => Some(Self::FullCondition),
            b'A' => Some(Self::Absolute),
            b'R' => Some(Self::Rank),
            _ => None,
        }
    }

    /// Whether the rows are sorted before the QR (`'F'`, `'G'`).
    pub fn row_pivot(self) -> bool {
        matches!(self, Self::Full | Self::FullCondition)
    }

    /// Whether the condition number is estimated (`'E'`, `'G'`).
    pub fn estimate(self) -> bool {
        matches!(self, Self::ColumnCondition | Self::FullCondition)
    }
}

/// Which left singular vectors [`gejsv`] returns (`JOBU`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GejsvLeft {
    /// The `n` of them, U `m x n` (`'U'`).
    Some,
    /// All `m`, U `m x m` (`'F'`).
    Full,
    /// None; U may serve as workspace (`'W'`, ferroblas never needs it).
    Workspace,
    /// None (`'N'`).
    None,
}

impl GejsvLeft {
    /// Parses `U`, `F`, `W` or `N`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'U' => Some(Self::Some),
            b'F' => Some(Self::Full),
            b'W' => Some(Self::Workspace),
            b'N' => Some(Self::None),
            _ => None,
        }
    }

    /// Whether the vectors are wanted.
    pub fn wanted(self) -> bool {
        matches!(self, Self::Some | Self::Full)
    }
}

/// Whether [`gejsv`] returns the right singular vectors (`JOBV`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GejsvRight {
    /// V `n x n` (`'V'`).
    Vectors,
    /// V `n x n` as the product of the Jacobi rotations (`'J'`; the real
    /// routines allow it only with U). ferroblas always accumulates the
    /// rotations, so this is `Vectors`.
    Jacobi,
    /// None; V may serve as workspace (`'W'`, ferroblas never needs it).
    Workspace,
    /// None (`'N'`).
    None,
}

impl GejsvRight {
    /// Parses `V`, `J`, `W` or `N`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'V' => Some(Self::Vectors),
            b'J' => Some(Self::Jacobi),
            b'W' => Some(Self::Workspace),
            b'N' => Some(Self::None),
            _ => None,
        }
    }

    /// Whether the vectors are wanted.
    pub fn wanted(self) -> bool {
        matches!(self, Self::Vectors | Self::Jacobi)
    }
}

/// The range [`gejsv`] keeps the singular values in (`JOBR`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GejsvRange {
    /// Columns of the scaled A below `sqrt(sfmin)` are set to zero (`'R'`).
    Restricted,
    /// Only columns below `sfmin / eps` are (`'N'`).
    Full,
}

impl GejsvRange {
    /// Parses `R` or `N`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'R' => Some(Self::Restricted),
            b'N' => Some(Self::Full),
            _ => None,
        }
    }
}

/// Whether [`gejsv`] may work on `A^H` for a square A (`JOBT`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GejsvTranspose {
    /// When the entropy of `diag(A A^H)` is below that of `diag(A^H A)`
    /// (`'T'`).
    Entropy,
    /// Never (`'N'`).
    Never,
}

impl GejsvTranspose {
    /// Parses `T` or `N`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'T' => Some(Self::Entropy),
            b'N' => Some(Self::Never),
            _ => None,
        }
    }
}

/// The reference's licence to perturb tiny entries against slow denormals
/// (`JOBP`); ferroblas accepts it and never perturbs (the results are those
/// of `'N'`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GejsvPerturb {
    /// `'P'`.
    Allowed,
    /// `'N'`.
    No,
}

impl GejsvPerturb {
    /// Parses `P` or `N`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'P' => Some(Self::Allowed),
            b'N' => Some(Self::No),
            _ => None,
        }
    }
}

/// The jobs of one [`gejsv`] call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GejsvJobs {
    /// `JOBA`.
    pub accuracy: GejsvAccuracy,
    /// `JOBU`.
    pub left: GejsvLeft,
    /// `JOBV`.
    pub right: GejsvRight,
    /// `JOBR`.
    pub range: GejsvRange,
    /// `JOBT`.
    pub transpose: GejsvTranspose,
    /// `JOBP`.
    pub perturb: GejsvPerturb,
}

/// What [`gejsv`] reports besides the factors (the reference's WORK(1:7) and
/// IWORK(1:4); RWORK(1:7) for the complex types).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GejsvStats<R> {
    /// The singular values are `sva * scale.0 / scale.1` (WORK(1), WORK(2)).
    pub scale: (R, R),
    /// For the `*Condition` accuracies: the estimate of `||pinv(B)||_2`
    /// (within a factor `n^(1/4)`), -1 when the rank fell below n (WORK(3)).
    pub sconda: Option<R>,
    /// With both sets of vectors: the scaled condition estimates of the
    /// triangular factors of the first and the second QR (WORK(4), WORK(5)).
    pub condr: Option<(R, R)>,
    /// With [`GejsvTranspose::Entropy`]: the entropies of `diag(A^H A)` and
    /// `diag(A A^H)` over their trace (WORK(6), WORK(7)).
    pub entropy: Option<(R, R)>,
    /// The numerical rank after the first QR (IWORK(1)).
    pub rank: usize,
    /// The number of nonzero computed singular values (IWORK(2)).
    pub nonzero: usize,
    /// Some column norms were denormal: high accuracy is not warranted
    /// (IWORK(3) = 1).
    pub denormal: bool,
    /// The computation worked on `A^H` (the complex IWORK(4) = 1).
    pub transposed: bool,
    /// Whether the Jacobi sweeps converged (INFO = 0); if not the values may
    /// be inaccurate.
    pub converged: bool,
}

/// The workspace [`gejsv`] needs for an `m x n` A (`m >= n`).
pub fn gejsv_req<T: Scalar>(jobs: GejsvJobs, m: usize, n: usize) -> WorkReq {
    if m == 0 || n == 0 {
        return WorkReq::EMPTY;
    }
    let nn = n * n;
    let ints = WorkReq::new::<usize>(m + n);
    let reals = WorkReq::new::<T::Real>(2 * m + n);
    let (lsvec, rsvec) = (jobs.left.wanted(), jobs.right.wanted());
    let n1 = if jobs.left == GejsvLeft::Full { m } else { n };
    let one_col = WorkReq::new::<T>(m + 1).and(geqrf_req::<T>(m, 1).or(orgqr_req::<T>(m, m)));
    let steps = geqp3_req::<T>(m, n)
        .or(geqrf_req::<T>(n, n))
        .or(gesvj_req::<T>(n))
        .or(pocon_req::<T>(n))
        .or(geqrf_req::<T>(n, n).or(orgqr_req::<T>(n, n)))
        .or(ormqr_req::<T>(Side::Left, n, n, n))
        .or(if lsvec || rsvec { ormqr_req::<T>(Side::Left, m, n1.max(n), n) } else { WorkReq::EMPTY });
    // tau, X and tau2, Y, Z (with vectors), the scratch of the condition
    // estimates, of V's assembly and of W's completion.
    let z = if rsvec || lsvec { WorkReq::new::<T>(nn) } else { WorkReq::EMPTY };
    let bufs = WorkReq::new::<T>(n)
        .and(WorkReq::new::<T>(nn + n))
        .and(WorkReq::new::<T>(nn))
        .and(z)
        .and(WorkReq::new::<T>(nn + n));
    one_col.or(ints.and(reals).and(bufs).and(steps))
}

/// `-sum(p log p) / log(n)` over `p_i = (x_i / scale)^2 / sumsq` (the
/// distribution of the squared norms `x` over their sum).
fn entropy<R: RealScalar>(x: &[R], scale: R, sumsq: R, n: usize) -> R {
    // A statistic, not part of the factorization: the logarithms in f64.
    let mut e = 0.0;
    for &xi in x {
        let p = ((xi / scale) * (xi / scale) / sumsq).to_f64();
        if p != 0.0 {
            e += p * p.ln();
        }
    }
    R::from_f64(-e / (n as f64).ln())
}

/// `1 / sqrt(rcond)` of `C^H C` where C is the upper triangle of `r` with
/// its columns scaled to unit norm: the scaled condition estimate of R.
fn scaled_condition<T: Scalar>(r: MatRef<'_, T>, buf: &mut [T], work: Workspace<'_>) -> T::Real {
    let k = r.ncols();
    let one = T::Real::one();
    let mut c = MatMut::from_col_major(&mut buf[..k * k], k, k, k.max(1));
    laset(Part::Full, T::zero(), T::zero(), c.rb_mut());
    lacpy(Part::Upper, r, c.rb_mut());
    for p in 0..k {
        let norm = nrm2(c.rb().submatrix(0, p, p + 1, 1).col(0));
        if norm > T::Real::zero() {
            for i in 0..=p {
                let x = c.rb().get(i, p);
                c.set(i, p, x.scale_real(one / norm));
            }
        }
    }
    let rcond = pocon(Uplo::Upper, c.rb(), one, work);
    one / rcond.sqrt()
}

/// Overwrites columns `k..` of the `r x r` `w`, whose first `k` columns are
/// orthonormal, with an orthonormal basis of their complement (a QR
/// factorization of the first `k` columns, its Q formed).
fn complete_basis<T: Scalar>(mut w: MatMut<'_, T>, k: usize, buf: &mut [T], par: Par, mut work: Workspace<'_>) {
    let r = w.nrows();
    if k >= r {
        return;
    }
    let (qbuf, tau) = buf.split_at_mut(r * r);
    let mut q = MatMut::from_col_major(&mut qbuf[..r * r], r, r, r.max(1));
    laset(Part::Full, T::zero(), T::zero(), q.rb_mut());
    lacpy(Part::Full, w.rb().submatrix(0, 0, r, k), q.rb_mut().submatrix(0, 0, r, k));
    geqrf(q.rb_mut().submatrix(0, 0, r, k), &mut tau[..k], Positive::No, par, work.rb_mut());
    orgqr(q.rb_mut(), &tau[..k], par, work.rb_mut());
    lacpy(Part::Full, q.rb().submatrix(0, k, r, r - k), w.rb_mut().submatrix(0, k, r, r - k));
}

/// The SVD `A = U diag(sva * scale.0 / scale.1) V^H` of the `m x n` matrix
/// `a`, `m >= n`, by the preconditioned Jacobi method (`?gejsv`).
///
/// `u`: `m x n` (`GejsvLeft::Some`) or `m x m` (`Full`), else unused; `v`:
/// `n x n` when `jobs.right` wants it, else unused. With
/// [`GejsvTranspose::Entropy`] a square A may be replaced by `A^H`; the
/// vectors still land in `u` and `v`. `sva` (`n`): the singular values in
/// decreasing order, those beyond the rank zero. A is overwritten.
///
/// An infinite entry is `Err(InfiniteEntry)` (the reference's INFO = -9);
/// Jacobi sweeps that do not converge give `stats.converged == false`.
///
/// # Panics
/// If `m < n`, a shape is wrong or `work` is smaller than [`gejsv_req`]
/// says.
#[allow(clippy::needless_range_loop)] // the index is a matrix coordinate too
pub fn gejsv<T: Scalar>(
    jobs: GejsvJobs,
    mut a: MatMut<'_, T>,
    sva: &mut [T::Real],
    mut u: MatMut<'_, T>,
    mut v: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<GejsvStats<T::Real>, InfiniteEntry> {
    type R<T> = <T as Scalar>::Real;
    let (m, n) = (a.nrows(), a.ncols());
    assert!(m >= n, "gejsv: A is {m}x{n}, needs m >= n");
    let (zero, one) = (R::<T>::zero(), R::<T>::one());
    let mut stats = GejsvStats {
        scale: (one, one),
        sconda: None,
        condr: None,
        entropy: None,
        rank: 0,
        nonzero: 0,
        denormal: false,
        transposed: false,
        converged: true,
    };
    if m == 0 || n == 0 {
        return Ok(stats);
    }
    assert!(sva.len() >= n, "gejsv: sva needs {n} entries");
    let (mut lsvec, mut rsvec) = (jobs.left.wanted(), jobs.right.wanted());
    let n1 = if jobs.left == GejsvLeft::Full { m } else { n };
    if lsvec {
        assert!(u.nrows() == m && u.ncols() == n1, "gejsv: U must be {m}x{n1}");
    }
    if rsvec {
        assert!(v.nrows() == n && v.ncols() == n, "gejsv: V must be {n}x{n}");
    }
    let errest = jobs.accuracy.estimate();
    let mut rowpiv = jobs.accuracy.row_pivot();
    let mut l2rank = jobs.accuracy == GejsvAccuracy::Rank;
    let l2aber = jobs.accuracy == GejsvAccuracy::Absolute;
    let mut l2kill = jobs.range == GejsvRange::Restricted;
    // The real routines report the entropies for JOBT = T whatever the shape
    // in the quick returns, the complex ones only for a square A.
    let jobt = jobs.transpose == GejsvTranspose::Entropy;
    let l2tran = jobt && m == n;

    let eps = lamch::<R<T>>(Machine::Eps);
    let sfmin = lamch::<R<T>>(Machine::SafeMin);
    let small = sfmin / eps;
    let big = lamch::<R<T>>(Machine::Overflow);

    // Column norms, scaled by 1/sqrt(m n) once one would overflow.
    let mut scalem = one / (R::<T>::from_f64(m as f64) * R::<T>::from_f64(n as f64)).sqrt();
    let mut noscale = true;
    for p in 0..n {
        let (scale, sumsq) = lassq(a.rb().col(p), zero, one);
        // An infinite entry makes one of the pair infinite.
        if scale > big || sumsq > big {
            return Err(InfiniteEntry);
        }
        let r = sumsq.sqrt();
        let tbig = if r > one { big / r } else { big };
        if noscale && scale < tbig {
            sva[p] = scale * r;
        } else {
            if noscale {
                noscale = false;
                sva[..p].iter_mut().for_each(|s| *s *= scalem);
            }
            sva[p] = scale * (r * scalem);
        }
    }
    if noscale {
        scalem = one;
    }
    let (mut aapp, mut aaqq) = (zero, big);
    for &s in &sva[..n] {
        aapp = aapp.max(s);
        if s != zero {
            aaqq = aaqq.min(s);
        }
    }
    let tran_stats = |stats: &mut GejsvStats<R<T>>| {
        if if T::IS_COMPLEX { l2tran } else { jobt } {
            stats.entropy = Some((zero, zero));
        }
    };

    if aapp == zero {
        // A = 0: identity vectors, no rank.
        if lsvec {
            laset(Part::Full, T::zero(), T::one(), u.rb_mut());
        }
        if rsvec {
            laset(Part::Full, T::zero(), T::one(), v.rb_mut());
        }
        stats.sconda = errest.then_some(one);
        stats.condr = (lsvec && rsvec).then_some((one, one));
        tran_stats(&mut stats);
        return Ok(stats);
    }
    if aaqq <= sfmin {
        // Denormal column norms: the data do not warrant high accuracy.
        l2rank = true;
        l2kill = true;
        stats.denormal = true;
    }

    if n == 1 {
        if lsvec {
            // u_1 = a / |a|, completed to an orthonormal basis for JOBU = F.
            let (col, mut w) = work.take::<T>(m);
            for i in 0..m {
                col[i] = a.rb().get(i, 0);
            }
            let mut c = MatMut::from_col_major(&mut col[..], m, 1, m);
            lascl(MatrixKind::General, 0, 0, sva[0], scalem, m, 1, c.rb_mut());
            if n1 > 1 {
                let (tau, mut w) = w.take::<T>(1);
                let mut uu = u.rb_mut();
                laset(Part::Full, T::zero(), T::zero(), uu.rb_mut());
                lacpy(Part::Full, c.rb(), uu.rb_mut().submatrix(0, 0, m, 1));
                geqrf(uu.rb_mut().submatrix(0, 0, m, 1), tau, Positive::No, par, w.rb_mut());
                orgqr(uu.rb_mut(), tau, par, w.rb_mut());
            }
            lacpy(Part::Full, c.rb(), u.rb_mut().submatrix(0, 0, m, 1));
        }
        if rsvec {
            v.set(0, 0, T::one());
        }
        if sva[0] < big * scalem {
            sva[0] /= scalem;
            scalem = one;
        }
        stats.scale = (one / scalem, one);
        stats.rank = 1;
        stats.nonzero = usize::from(sva[0] / scalem >= sfmin);
        stats.sconda = errest.then_some(one);
        stats.condr = (lsvec && rsvec).then_some((one, one));
        tran_stats(&mut stats);
        return Ok(stats);
    }

    let (ints, mut work) = work.take::<usize>(m + n);
    let (jpvt, swaps) = ints.split_at_mut(n);
    let (reals, mut work) = work.take::<R<T>>(2 * m + n);
    let (rownorm, rest) = reals.split_at_mut(m);
    let (rowmax, _) = rest.split_at_mut(m + n);

    if rowpiv || l2tran {
        for p in 0..m {
            let row = a.rb().row(p);
            if l2tran {
                let (scale, sumsq) = lassq(row, zero, one);
                rowmax[p] = scale * scalem;
                rownorm[p] = scale * (scalem * sumsq.sqrt());
            } else {
                let mut x = zero;
                for j in 0..n {
                    let e = row.get(j);
                    x = x.max(e.re().hypot(e.im()));
                }
                rowmax[p] = scalem * x;
            }
        }
    }
    if l2tran {
        // The entropies of the distributions of diag(A^H A) and diag(A A^H)
        // over their common trace; the lower one usually means faster
        // convergence.
        let (scale, sumsq) = lassq(VecRef::from_slice(&sva[..n]), zero, one);
        let entra = entropy(&sva[..n], scale, sumsq, n);
        let entrat = entropy(&rownorm[..m], scale, sumsq, m);
        stats.entropy = Some((entra, entrat));
        if entrat < entra {
            stats.transposed = true;
            for p in 0..n {
                a.set(p, p, a.rb().get(p, p).conj());
                for q in p + 1..n {
                    let (x, y) = (a.rb().get(q, p), a.rb().get(p, q));
                    a.set(q, p, y.conj());
                    a.set(p, q, x.conj());
                }
            }
            rowmax[..n].copy_from_slice(&sva[..n]);
            sva[..n].copy_from_slice(&rownorm[..n]);
            let (mut amax, mut amin) = (zero, big);
            for &s in &sva[..n] {
                amax = amax.max(s);
                if s != zero {
                    amin = amin.min(s);
                }
            }
            (aapp, aaqq) = (amax, amin);
            std::mem::swap(&mut lsvec, &mut rsvec);
            rowpiv = true;
        }
    }
    // The factors of the matrix actually decomposed (A or A^H): its left
    // vectors go to `lout`, its right ones to `rout`.
    let n1 = if stats.transposed { n } else { n1 };
    let (mut lout, mut rout) = if stats.transposed { (v, u) } else { (u, v) };

    // Scale the largest column to sqrt(big / n): the QR factorizations and
    // the sweeps then neither overflow nor lose the small columns early.
    let temp1 = (big / R::<T>::from_f64(n as f64)).sqrt();
    for s in &mut sva[..n] {
        *s = (*s / aapp) * temp1;
    }
    aaqq = if aaqq > aapp * sfmin { (aaqq / aapp) * temp1 } else { (aaqq * temp1) / aapp };
    let uscal1 = temp1 * scalem;
    let uscal2 = aapp;
    lascl(MatrixKind::General, 0, 0, aapp, uscal1, m, n, a.rb_mut());
    let (mut uscal1, mut uscal2) = (uscal1, uscal2);

    // Columns below the range are set to zero.
    let xsc = if l2kill { sfmin.sqrt() } else { small };
    if aaqq < xsc {
        for p in 0..n {
            if sva[p] < xsc {
                laset(Part::Full, T::zero(), T::zero(), a.rb_mut().submatrix(0, p, m, 1));
                sva[p] = zero;
            }
        }
    }

    // Björck's row pivoting: rows by decreasing max-norm (2-norm after a
    // transposition), which with column pivoting acts like complete pivoting.
    let swaps = &mut swaps[..m - 1];
    if rowpiv {
        for p in 0..m - 1 {
            let mut q = p;
            for i in p + 1..m {
                if rowmax[i] > rowmax[q] {
                    q = i;
                }
            }
            swaps[p] = q;
            rowmax.swap(p, q);
        }
        laswp(a.rb_mut(), 0, swaps, false);
    }

    // A P = Q R.
    let (tau, mut work) = work.take::<T>(n);
    jpvt.fill(0);
    geqp3(a.rb_mut(), jpvt, tau, par, work.rb_mut());

    // The numerical rank R's diagonal allows.
    let diag = |a: &MatMut<'_, T>, p: usize| {
        let x = a.rb().get(p, p);
        x.re().hypot(x.im())
    };
    let mut nr = 1;
    if l2aber {
        let tol = R::<T>::from_f64(n as f64).sqrt() * eps * diag(&a, 0);
        while nr < n && diag(&a, nr) >= tol {
            nr += 1;
        }
    } else if l2rank {
        let tol = sfmin.sqrt();
        while nr < n {
            let d = diag(&a, nr);
            if d < eps * diag(&a, nr - 1) || d < small || (l2kill && d < tol) {
                break;
            }
            nr += 1;
        }
    } else {
        // High relative accuracy: only the underflowed part goes.
        let tol = sfmin.sqrt();
        while nr < n {
            let d = diag(&a, nr);
            if d < small || (l2kill && d < tol) {
                break;
            }
            nr += 1;
        }
    }
    stats.rank = nr;

    let (xbuf, mut work) = work.take::<T>(n * n + n);
    let (ybuf, mut work) = work.take::<T>(n * n);
    let (zbuf, mut work) = work.take::<T>(if lsvec || rsvec { n * n } else { 0 });
    let (scratch, mut work) = work.take::<T>(n * n + n);

    if errest {
        stats.sconda =
            Some(if nr == n { scaled_condition(a.rb().submatrix(0, 0, n, n), scratch, work.rb_mut()) } else { -one });
    }

    // R1^H = Q2 [R2; 0] with R1 the leading nr rows of R.
    let (xb, tau2) = xbuf.split_at_mut(n * n);
    let tau2 = &mut tau2[..nr];
    let mut x = MatMut::from_col_major(&mut xb[..n * nr], n, nr, n);
    laset(Part::Full, T::zero(), T::zero(), x.rb_mut());
    for p in 0..nr {
        for q in p..n {
            x.set(q, p, a.rb().get(p, q).conj());
        }
    }
    geqrf(x.rb_mut(), tau2, Positive::No, par, work.rb_mut());
    // Jacobi on the lower triangular Y = R2^H = W Σ Z^H.
    let mut y = MatMut::from_col_major(&mut ybuf[..nr * nr], nr, nr, nr);
    laset(Part::Full, T::zero(), T::zero(), y.rb_mut());
    for p in 0..nr {
        for q in p..nr {
            y.set(q, p, x.rb().get(p, q).conj());
        }
    }
    let zn = if rsvec { nr } else { 0 };
    let mut z = MatMut::from_col_major(&mut zbuf[..zn * zn], zn, zn, nr);
    let jobu = if lsvec { JacobiLeft::Vectors } else { JacobiLeft::None };
    let jobv = if rsvec { JacobiRight::Vectors } else { JacobiRight::None };
    let js = gesvj(JacobiShape::Lower, jobu, one, jobv, y.rb_mut(), &mut sva[..nr], z.rb_mut(), work.rb_mut())
        .expect("gejsv: the scaled triangular factor is finite");
    let scalem = js.scale;
    stats.nonzero = js.nonzero;
    stats.converged = js.converged;

    if lsvec && rsvec {
        let c1 = scaled_condition(a.rb().submatrix(0, 0, nr, nr), scratch, work.rb_mut());
        let c2 = {
            // R2 is the conjugate transpose of Y before the sweeps: X's upper triangle.
            let xr = MatRef::from_col_major(&xb[..n * nr], n, nr, n);
            scaled_condition(xr.submatrix(0, 0, nr, nr), scratch, work.rb_mut())
        };
        stats.condr = Some((c1, c2));
    }

    if rsvec {
        // V = P Q2 diag(Z, I).
        let mut vb = MatMut::from_col_major(&mut scratch[..n * n], n, n, n);
        laset(Part::Full, T::zero(), T::one(), vb.rb_mut());
        lacpy(Part::Full, z.rb(), vb.rb_mut().submatrix(0, 0, nr, nr));
        let xr = MatRef::from_col_major(&xb[..n * nr], n, nr, n);
        ormqr(Side::Left, Trans::No, xr, tau2, vb.rb_mut(), par, work.rb_mut());
        for j in 0..n {
            for p in 0..n {
                rout.set(jpvt[p], j, vb.rb().get(p, j));
            }
        }
    }
    if lsvec {
        // U = P_r^T Q diag(W, I), W completed where the sweeps left zero columns.
        if js.nonzero < nr {
            complete_basis(y.rb_mut(), js.nonzero, scratch, par, work.rb_mut());
        }
        let mut uu = lout.rb_mut().submatrix(0, 0, m, n1);
        laset(Part::Full, T::zero(), T::one(), uu.rb_mut());
        laset(Part::Full, T::zero(), T::zero(), uu.rb_mut().submatrix(0, 0, nr, nr));
        lacpy(Part::Full, y.rb(), uu.rb_mut().submatrix(0, 0, nr, nr));
        ormqr(Side::Left, Trans::No, a.rb(), tau, uu.rb_mut(), par, work.rb_mut());
        if rowpiv {
            laswp(uu, 0, swaps, true);
        }
    }

    // Undo the scaling where the values allow it.
    if sva[0] == zero || uscal2 <= (big / sva[0]) * uscal1 {
        lascl(MatrixKind::General, 0, 0, uscal1, uscal2, nr, 1, MatMut::from_col_major(&mut sva[..nr], nr, 1, nr));
        uscal1 = one;
        uscal2 = one;
    }
    sva[nr..n].fill(zero);
    stats.scale = (uscal2 * scalem, uscal1);
    Ok(stats)
}
