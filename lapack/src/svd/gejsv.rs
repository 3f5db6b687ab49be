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
//!
//! Singular vectors are unique only up to sign, and users compare them with
//! published examples, so with vectors the routine takes the reference's
//! branches: no second QR for nearly orthogonal columns; for `V` alone an LQ
//! and a QR factorization of R1; for both sets the rotations are not
//! accumulated (unless `JOBV = 'J'` or the range is extreme) and the other
//! side comes from a triangular solve with R1, with `R2^H` (R1 not square),
//! or, when R1's row-scaled condition estimate exceeds `sqrt(nr)`, after a
//! pivoted second QR and an LQ factorization `R2 = L3 Q3`.

use super::jacobi::{gesvj, gesvj_req, InfiniteEntry, JacobiLeft, JacobiRight, JacobiShape, JacobiStats};
use crate::condition::{pocon, pocon_req};
use crate::qr::{
    gelqf, gelqf_req, geqp3, geqp3_req, geqrf, geqrf_req, orgqr, orgqr_req, ormlq, ormlq_req, ormqr, ormqr_req,
    Positive,
};
use crate::{Par, WorkReq, Workspace};
use ferroblas_kernels::aux::lassq::lassq;
use ferroblas_kernels::aux::matrix::{lacpy, lascl, laset, laswp, MatrixKind, Part};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::level1::nrm2;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{Diag, MatMut, MatRef, Side, Trans, Uplo, VecRef};
use ferroblas_relapack::level3::Level3;

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
    /// routines allow it only with U): the rotations are accumulated rather
    /// than V recovered from a triangular solve.
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
        .or(gelqf_req::<T>(n, n).or(ormlq_req::<T>(Side::Left, n, n, n)))
        .or(if lsvec || rsvec { ormqr_req::<T>(Side::Left, m, n1.max(n), n) } else { WorkReq::EMPTY });
    // tau, X and tau2, Y, Z (with vectors), the scratch of the condition
    // estimates, of V's assembly and of W's completion, the second pivoting.
    let z = if rsvec || lsvec { WorkReq::new::<T>(nn) } else { WorkReq::EMPTY };
    let bufs = WorkReq::new::<T>(n)
        .and(WorkReq::new::<T>(nn + n))
        .and(WorkReq::new::<T>(nn))
        .and(z)
        .and(WorkReq::new::<T>(nn + n))
        .and(WorkReq::new::<usize>(n));
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

/// `1 / sqrt(rcond)` of the Hermitian positive definite matrix whose
/// Cholesky factor C is the `uplo` triangle of the square `t` with its
/// columns (`rows == false`) or its rows scaled to unit norm: the
/// reference's scaled condition estimates (SCONDA of R's columns, CONDR1
/// of the columns of `R1^H`, CONDR2 of the rows of the LQ factor `L3`).
fn scaled_condition<T: Scalar>(
    t: MatRef<'_, T>,
    uplo: Uplo,
    rows: bool,
    buf: &mut [T],
    work: Workspace<'_>,
) -> T::Real {
    let k = t.ncols();
    let one = T::Real::one();
    let mut c = MatMut::from_col_major(&mut buf[..k * k], k, k, k.max(1));
    let part = if uplo == Uplo::Upper { Part::Upper } else { Part::Lower };
    laset(Part::Full, T::zero(), T::zero(), c.rb_mut());
    lacpy(part, t, c.rb_mut());
    for p in 0..k {
        // The part of column (row) p inside the triangle.
        let (r0, c0, nr, nc) = match (uplo == Uplo::Upper, rows) {
            (true, false) => (0, p, p + 1, 1),
            (false, false) => (p, p, k - p, 1),
            (true, true) => (p, p, 1, k - p),
            (false, true) => (p, 0, 1, p + 1),
        };
        let norm = if rows {
            nrm2(c.rb().submatrix(r0, c0, nr, nc).transpose().col(0))
        } else {
            nrm2(c.rb().submatrix(r0, c0, nr, nc).col(0))
        };
        if norm > T::Real::zero() {
            for j in c0..c0 + nc {
                for i in r0..r0 + nr {
                    let x = c.rb().get(i, j);
                    c.set(i, j, x.scale_real(one / norm));
                }
            }
        }
    }
    let rcond = pocon(uplo, c.rb(), one, work);
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

/// The scratch the vector branches of [`gejsv`] share: `x` (`n^2 + n`),
/// `y` (`n^2`), `scratch` (`n^2 + n`) and a permutation (`n`).
struct Bufs<'a, T> {
    x: &'a mut [T],
    y: &'a mut [T],
    scratch: &'a mut [T],
    perm: &'a mut [usize],
}

/// The empty matrix for a `V` that [`gesvj`] does not reference.
fn no_matrix<'a, T: Scalar>() -> MatMut<'a, T> {
    MatMut::from_col_major(&mut [], 0, 0, 1)
}

/// One-sided Jacobi on a triangular factor for its left singular vectors
/// only (`?gesvj` with `CTOL = 1`, as every such step of `?gejsv` runs it):
/// the factor is scaled to be finite, so no entry can be infinite.
fn jacobi_left_vectors<T: Scalar>(
    shape: JacobiShape,
    a: MatMut<'_, T>,
    sva: &mut [T::Real],
    work: Workspace<'_>,
) -> JacobiStats<T::Real> {
    gesvj(shape, JacobiLeft::Vectors, T::Real::one(), JacobiRight::None, a, sva, no_matrix(), work)
        .expect("gejsv: the scaled triangular factor is finite")
}

/// The lower triangle of the leading `k x k` block of `x` becomes the
/// conjugate transpose of its upper triangle; the strict upper triangle
/// is zeroed.
fn upper_to_lower<T: Scalar>(mut x: MatMut<'_, T>, k: usize) {
    for p in 0..k {
        for q in p..k {
            let y = x.rb().get(p, q).conj();
            x.set(q, p, y);
        }
    }
    if k > 1 {
        laset(Part::Upper, T::zero(), T::zero(), x.submatrix(0, 1, k - 1, k - 1));
    }
}

/// Columns `0..k` of `x` times `s[j]`.
fn scale_columns<T: Scalar>(mut x: MatMut<'_, T>, s: &[T::Real]) {
    for (j, &f) in s.iter().enumerate() {
        for i in 0..x.nrows() {
            let y = x.rb().get(i, j);
            x.set(i, j, y.scale_real(f));
        }
    }
}

/// Row `p` of `x` moves to row `perm[p]` (`tmp`: `x.nrows()` entries).
fn permute_rows<T: Scalar>(mut x: MatMut<'_, T>, perm: &[usize], tmp: &mut [T]) {
    for j in 0..x.ncols() {
        for (p, &q) in perm.iter().enumerate() {
            tmp[q] = x.rb().get(p, j);
        }
        for (p, &y) in tmp[..perm.len()].iter().enumerate() {
            x.set(p, j, y);
        }
    }
}

/// Rescales the columns of `x` whose norm is off 1 by more than `tol`
/// (the triangular solves leave them near, not at, unit length).
fn renormalize<T: Scalar>(mut x: MatMut<'_, T>, tol: T::Real) {
    let one = T::Real::one();
    for j in 0..x.ncols() {
        let xsc = one / nrm2(x.rb().col(j));
        if xsc < one - tol || xsc > one + tol {
            for i in 0..x.nrows() {
                let y = x.rb().get(i, j);
                x.set(i, j, y.scale_real(xsc));
            }
        }
    }
}

/// `V = [V11 0; 0 I]` around the leading `k x k` block.
fn pad_identity<T: Scalar>(mut v: MatMut<'_, T>, k: usize) {
    let (r, c) = (v.nrows(), v.ncols());
    if k < r {
        laset(Part::Full, T::zero(), T::zero(), v.rb_mut().submatrix(k, 0, r - k, k.min(c)));
    }
    if k < c {
        laset(Part::Full, T::zero(), T::zero(), v.rb_mut().submatrix(0, k, k.min(r), c - k));
        if k < r {
            laset(Part::Full, T::zero(), T::one(), v.submatrix(k, k, r - k, c - k));
        }
    }
}

/// The right singular vectors alone (the reference's branch for them):
/// with nearly orthogonal columns the Jacobi sweeps run on `R1^H` itself,
/// else on `R'^H` from `R1 = L Q` and `L = Q' R'`, and `V = Q^H diag(W, I)`.
/// `a` holds R1 in its leading `nr` rows (destroyed); `v` (`n x n`)
/// receives the vectors, its rows in A's column order.
#[allow(clippy::too_many_arguments)]
fn right_only<T: Scalar>(
    mut a: MatMut<'_, T>,
    nr: usize,
    almort: bool,
    mut v: MatMut<'_, T>,
    jpvt: &[usize],
    sva: &mut [T::Real],
    bufs: Bufs<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
) -> JacobiStats<T::Real> {
    let n = a.ncols();
    let zero_t = T::zero();
    let js;
    if almort {
        // nr = n here: V = R1^H = W Σ Z^H gives R1's right vectors W.
        laset(Part::Full, zero_t, zero_t, v.rb_mut());
        for p in 0..n {
            for q in p..n {
                v.set(q, p, a.rb().get(p, q).conj());
            }
        }
        js = jacobi_left_vectors(JacobiShape::Lower, v.rb_mut(), &mut sva[..nr], work.rb_mut());
        if js.nonzero < nr {
            complete_basis(v.rb_mut(), js.nonzero, bufs.scratch, par, work.rb_mut());
        }
    } else {
        let mut r1 = a.rb_mut().submatrix(0, 0, nr, n);
        if nr > 1 {
            laset(Part::Lower, zero_t, zero_t, r1.rb_mut().submatrix(1, 0, nr - 1, nr - 1));
        }
        let (tau_lq, tau2) = bufs.x.split_at_mut(n);
        let tau_lq = &mut tau_lq[..nr];
        gelqf(r1.rb_mut(), tau_lq, par, work.rb_mut());
        let mut vv = v.rb_mut().submatrix(0, 0, nr, nr);
        laset(Part::Full, zero_t, zero_t, vv.rb_mut());
        lacpy(Part::Lower, r1.rb().submatrix(0, 0, nr, nr), vv.rb_mut());
        geqrf(vv.rb_mut(), &mut tau2[..nr], Positive::No, par, work.rb_mut());
        upper_to_lower(vv.rb_mut(), nr);
        js = jacobi_left_vectors(JacobiShape::Lower, vv.rb_mut(), &mut sva[..nr], work.rb_mut());
        if js.nonzero < nr {
            complete_basis(vv.rb_mut(), js.nonzero, bufs.scratch, par, work.rb_mut());
        }
        pad_identity(v.rb_mut(), nr);
        ormlq(Side::Left, Trans::ConjTrans, r1.rb(), tau_lq, v.rb_mut(), par, work.rb_mut());
    }
    permute_rows(v, jpvt, bufs.scratch);
    js
}

/// Both sets of vectors by the reference's triangular-solve branches:
/// `R1^H = Q2 R2` (pivoted, and `R2 = L3 Q3`, when R1 is not well enough
/// conditioned after scaling its rows), the Jacobi sweeps without
/// accumulation on the lower triangular factor, and the other side's
/// vectors from a triangular equation (or, last line of defense, from the
/// accumulated rotations). Nearly orthogonal columns skip the second QR.
/// Writes R1's left vectors to `u`'s leading `nr x nr` block and A's right
/// vectors to `v`; `None` (nothing usable written) when the sweeps found
/// R1 numerically rank deficient, which the solves cannot survive.
#[allow(clippy::too_many_arguments)]
fn full_svd<T: Scalar>(
    a: MatRef<'_, T>,
    nr: usize,
    almort: bool,
    eps: T::Real,
    mut u: MatMut<'_, T>,
    mut v: MatMut<'_, T>,
    jpvt: &[usize],
    sva: &mut [T::Real],
    bufs: Bufs<'_, T>,
    stats: &mut GejsvStats<T::Real>,
    par: Par,
    mut work: Workspace<'_>,
) -> Option<JacobiStats<T::Real>> {
    let n = a.ncols();
    let (zero_t, one_t) = (T::zero(), T::one());
    let one = T::Real::one();
    let l3 = Level3::new(par);
    let tol_v = T::Real::from_f64(n as f64).sqrt() * eps;
    let Bufs { x, y, scratch, perm } = bufs;
    if almort {
        // nr = n: Jacobi on R1 itself, R1 = W Σ Z^H, then Z = R1^-1 W Σ.
        let mut w = MatMut::from_col_major(&mut y[..n * n], n, n, n);
        laset(Part::Full, zero_t, zero_t, w.rb_mut());
        lacpy(Part::Upper, a.submatrix(0, 0, n, n), w.rb_mut());
        let js = jacobi_left_vectors(JacobiShape::Upper, w.rb_mut(), &mut sva[..n], work.rb_mut());
        if js.nonzero < n {
            return None;
        }
        lacpy(Part::Full, w.rb(), u.rb_mut().submatrix(0, 0, n, n));
        scale_columns(w.rb_mut(), &sva[..n]);
        l3.trsm(Side::Left, Uplo::Upper, Trans::No, Diag::NonUnit, one_t, a.submatrix(0, 0, n, n), w.rb_mut());
        for j in 0..n {
            for (p, &q) in jpvt[..n].iter().enumerate() {
                v.set(q, j, w.rb().get(p, j));
            }
        }
        renormalize(v, tol_v);
        stats.condr = Some((-one, -one));
        return Some(js);
    }
    // V's first nr columns: R1^H.
    let mut vn = v.rb_mut().submatrix(0, 0, n, nr);
    laset(Part::Full, zero_t, zero_t, vn.rb_mut());
    for p in 0..nr {
        for q in p..n {
            vn.set(q, p, a.get(p, q).conj());
        }
    }
    let (tau3, cbuf) = scratch.split_at_mut(n);
    let condr1 = scaled_condition(vn.rb().submatrix(0, 0, nr, nr), Uplo::Lower, false, cbuf, work.rb_mut());
    let cond_ok = T::Real::from_f64(nr as f64).sqrt();
    let (xb, tau2) = x.split_at_mut(n * n);
    let tau2 = &mut tau2[..nr];
    // Q2's reflectors and R2, kept while V is rebuilt.
    let mut save = MatMut::from_col_major(&mut xb[..n * nr], n, nr, n);
    let condr2;
    let js;
    if condr1 < cond_ok {
        // R1^H = Q2 R2; Jacobi on R2^H = W Σ Z^H, so R1 = W Σ (Q2 Z)^H and
        // Q2 Z = R1^-1 W Σ (= Q2 [R2^-H W Σ; 0] when R1 is not square).
        geqrf(vn.rb_mut(), tau2, Positive::No, par, work.rb_mut());
        lacpy(Part::Full, vn.rb(), save.rb_mut());
        condr2 = condr1;
        let mut vv = v.rb_mut().submatrix(0, 0, nr, nr);
        upper_to_lower(vv.rb_mut(), nr);
        js = jacobi_left_vectors(JacobiShape::Lower, vv.rb_mut(), &mut sva[..nr], work.rb_mut());
        if js.nonzero < nr {
            return None;
        }
        lacpy(Part::Full, vv.rb(), u.rb_mut().submatrix(0, 0, nr, nr));
        scale_columns(vv.rb_mut(), &sva[..nr]);
        if nr == n {
            l3.trsm(Side::Left, Uplo::Upper, Trans::No, Diag::NonUnit, one_t, a.submatrix(0, 0, n, n), vv);
        } else {
            l3.trsm(
                Side::Left,
                Uplo::Upper,
                Trans::ConjTrans,
                Diag::NonUnit,
                one_t,
                save.rb().submatrix(0, 0, nr, nr),
                vv,
            );
            pad_identity(v.rb_mut(), nr);
            ormqr(Side::Left, Trans::No, save.rb(), tau2, v.rb_mut(), par, work.rb_mut());
        }
    } else {
        // R1^H P2 = Q2 R2 and R2 = L3 Q3.
        let perm = &mut perm[..nr];
        perm.fill(0);
        geqp3(vn.rb_mut(), perm, tau2, par, work.rb_mut());
        lacpy(Part::Full, vn.rb(), save.rb_mut());
        let mut vv = v.rb_mut().submatrix(0, 0, nr, nr);
        if nr > 1 {
            laset(Part::Lower, zero_t, zero_t, vv.rb_mut().submatrix(1, 0, nr - 1, nr - 1));
        }
        let tau3 = &mut tau3[..nr];
        gelqf(vv.rb_mut(), tau3, par, work.rb_mut());
        condr2 = scaled_condition(vv.rb(), Uplo::Lower, true, cbuf, work.rb_mut());
        // Q3's reflectors, for the last line of defense.
        let mut q3 = MatMut::from_col_major(&mut y[..nr * nr], nr, nr, nr);
        lacpy(Part::Full, vv.rb(), q3.rb_mut());
        if nr > 1 {
            laset(Part::Upper, zero_t, zero_t, vv.rb_mut().submatrix(0, 1, nr - 1, nr - 1));
        }
        let mut ut = u.rb_mut().submatrix(0, 0, nr, nr);
        if condr2 < cond_ok {
            // L3 = W Σ Z^H: R1's left vectors P2 Q3^H Z = P2 R2^-1 W Σ.
            js = jacobi_left_vectors(JacobiShape::Lower, vv.rb_mut(), &mut sva[..nr], work.rb_mut());
            if js.nonzero < nr {
                return None;
            }
            lacpy(Part::Full, vv.rb(), ut.rb_mut());
            scale_columns(ut.rb_mut(), &sva[..nr]);
            l3.trsm(
                Side::Left,
                Uplo::Upper,
                Trans::No,
                Diag::NonUnit,
                one_t,
                save.rb().submatrix(0, 0, nr, nr),
                ut.rb_mut(),
            );
        } else {
            // Last line of defense: the rotations accumulated, Z in U.
            js = gesvj(
                JacobiShape::Lower,
                JacobiLeft::Vectors,
                one,
                JacobiRight::Vectors,
                vv.rb_mut(),
                &mut sva[..nr],
                ut.rb_mut(),
                work.rb_mut(),
            )
            .expect("gejsv: the scaled triangular factor is finite");
            if js.nonzero < nr {
                return None;
            }
            ormlq(Side::Left, Trans::ConjTrans, q3.rb(), tau3, ut.rb_mut(), par, work.rb_mut());
        }
        permute_rows(ut, perm, cbuf);
        pad_identity(v.rb_mut(), nr);
        ormqr(Side::Left, Trans::No, save.rb(), tau2, v.rb_mut(), par, work.rb_mut());
    }
    // The rows of V in A's column order, the columns of unit length.
    permute_rows(v.rb_mut(), jpvt, cbuf);
    renormalize(v, tol_v);
    stats.condr = Some((condr1, condr2));
    Some(js)
}

/// `U = Q1 [U11 0; 0 I]` from R1's left vectors in the leading `nr x nr`
/// block of `u` (`m x n1`) and the first QR's reflectors in `a`, its first
/// `nr` columns renormalized.
fn assemble_left<T: Scalar>(
    a: MatRef<'_, T>,
    tau: &[T],
    nr: usize,
    eps: T::Real,
    mut u: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) {
    let m = u.nrows();
    pad_identity(u.rb_mut(), nr);
    ormqr(Side::Left, Trans::No, a, tau, u.rb_mut(), par, work);
    renormalize(u.submatrix(0, 0, m, nr), T::Real::from_f64(m as f64).sqrt() * eps);
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
        stats.sconda = Some(if nr == n {
            scaled_condition(a.rb().submatrix(0, 0, n, n), Uplo::Upper, false, scratch, work.rb_mut())
        } else {
            -one
        });
    }

    // The reference's choice of algorithm, followed so that the vectors
    // come out with its signs: nearly orthogonal columns (R1's diagonal
    // holds almost all of each column's norm) need no second QR; with both
    // sets of vectors the rotations are accumulated (JOBV = 'J', or a range
    // beyond what the triangular solves survive) or V is recovered from a
    // well-conditioned triangular equation.
    let almort = nr == n && {
        let mut maxprj = one;
        for (p, &c) in jpvt[..n].iter().enumerate().skip(1) {
            let x = a.rb().get(p, p);
            maxprj = maxprj.min(x.re().hypot(x.im()) / sva[c]);
        }
        maxprj * maxprj >= one - R::<T>::from_f64(n as f64) * eps
    };
    let jracc = jobs.right == GejsvRight::Jacobi || (!l2kill && aaqq < sfmin.sqrt() && lsvec && rsvec);
    let (jpvt2, mut work) = work.take::<usize>(n);
    let bufs = Bufs { x: &mut *xbuf, y: &mut *ybuf, scratch: &mut *scratch, perm: jpvt2 };
    let solved = if rsvec && !lsvec {
        Some(right_only(a.rb_mut(), nr, almort, rout.rb_mut(), jpvt, sva, bufs, par, work.rb_mut()))
    } else if lsvec && rsvec && !jracc {
        let js = full_svd(
            a.rb(),
            nr,
            almort,
            eps,
            lout.rb_mut(),
            rout.rb_mut(),
            jpvt,
            sva,
            bufs,
            &mut stats,
            par,
            work.rb_mut(),
        );
        if js.is_some() {
            let mut uu = lout.rb_mut().submatrix(0, 0, m, n1);
            assemble_left(a.rb(), tau, nr, eps, uu.rb_mut(), par, work.rb_mut());
            if rowpiv {
                laswp(uu, 0, swaps, true);
            }
        }
        js
    } else {
        None
    };
    let scalem = match solved {
        Some(js) => {
            stats.nonzero = js.nonzero;
            stats.converged = js.converged;
            js.scale
        }
        None => {
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
            stats.nonzero = js.nonzero;
            stats.converged = js.converged;

            if lsvec && rsvec {
                // The rotations were accumulated: no condition estimate was needed.
                stats.condr = Some((-one, -one));
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

            js.scale
        }
    };

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
