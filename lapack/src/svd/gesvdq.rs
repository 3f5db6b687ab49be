//! The QR-preconditioned SVD (`?gesvdq`, Drmac's Algorithm 977): a QR
//! factorization with column pivoting `A P = Q R` (after an optional sort of
//! the rows by their largest entry), a numerical rank read off R's diagonal
//! as the caller's accuracy level allows, then [`gesvd`] of the leading
//! `nr x n` rows of R (or of their conjugate transpose), and the factors put
//! back together: `U = Q diag(U_R, I)`, `V^H = V_R^H P^T`.
//!
//! The pivoted QR acts as a preconditioner: R's rows are graded, so the
//! bidiagonal SVD that follows sees a matrix whose small singular values are
//! determined to high relative accuracy when A is a badly column-scaled (or,
//! with the row sort, row-scaled) well-conditioned matrix.

use super::gesvd::{gesvd, gesvd_req, SvdJob};
use crate::condition::{pocon, pocon_req};
use crate::qr::{geqp3, geqp3_req, ormqr, ormqr_req};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacpy, lascl, laset, laswp, MatrixKind, Part};
use ferroblas_kernels::aux::norms::{lange, Norm};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::level1::nrm2;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef, Side, Trans, Uplo};

/// How far [`gesvdq`] may truncate the triangular factor (`JOBA`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GesvdqAccuracy {
    /// Drop the trailing part of R below `sqrt(n) eps |R(0,0)|`: backward
    /// error of order `eps ||A||` (`'A'`).
    Absolute,
    /// Drop it only at a sudden fall of the diagonal, `|R(p,p)| < eps
    /// |R(p-1,p-1)|`, or below the underflow threshold (`'M'`).
    Medium,
    /// No truncation except at exact zeros on R's diagonal (`'H'`).
    High,
    /// As `High`, and estimate the condition number of column-scaled A
    /// (`'E'`).
    HighCondition,
}

impl GesvdqAccuracy {
    /// Parses `A`, `M`, `H` or `E`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'A' => Some(Self::Absolute),
            b'M' => Some(Self::Medium),
            b'H' => Some(Self::High),
            b'E' => Some(Self::HighCondition),
            _ => None,
        }
    }
}

/// Which left singular vectors [`gesvdq`] returns (`JOBU`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GesvdqLeft {
    /// All `m` of them, U `m x m` (`'A'`).
    All,
    /// The first `n`, U `m x n` (`'S'` or `'U'`).
    Some,
    /// The first NUMRANK, in U's leading columns (`'R'`).
    Rank,
    /// The `n x n` left singular vectors of `[R; 0]`; with the QR's
    /// reflectors (left in A and `tau`) and the row swaps they give A's
    /// (`'F'`).
    Factored,
    /// None (`'N'`).
    None,
}

impl GesvdqLeft {
    /// Parses `A`, `S`, `U`, `R`, `F` or `N`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'A' => Some(Self::All),
            b'S' | b'U' => Some(Self::Some),
            b'R' => Some(Self::Rank),
            b'F' => Some(Self::Factored),
            b'N' => Some(Self::None),
            _ => None,
        }
    }
}

/// Which right singular vectors [`gesvdq`] returns, as rows of `V^H`
/// (`JOBV`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GesvdqRight {
    /// All `n` (`'A'` or `'V'`).
    All,
    /// The first NUMRANK rows (`'R'`).
    Rank,
    /// None (`'N'`).
    None,
}

impl GesvdqRight {
    /// Parses `A`, `V`, `R` or `N`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'A' | b'V' => Some(Self::All),
            b'R' => Some(Self::Rank),
            b'N' => Some(Self::None),
            _ => None,
        }
    }
}

/// Whether [`gesvdq`] sorts A's rows first (`JOBP`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GesvdqRows {
    /// Sort the rows by decreasing max-norm: robust against badly scaled
    /// rows (`'P'`).
    Sorted,
    /// Keep the given order (`'N'`).
    AsGiven,
}

impl GesvdqRows {
    /// Parses `P` or `N`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'P' => Some(Self::Sorted),
            b'N' => Some(Self::AsGiven),
            _ => None,
        }
    }
}

/// Whether [`gesvdq`] gives [`gesvd`] R or its conjugate transpose (`JOBR`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GesvdqFactor {
    /// `R^H` (`'T'`).
    Transposed,
    /// R itself (`'N'`).
    Direct,
}

impl GesvdqFactor {
    /// Parses `T` or `N`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'T' => Some(Self::Transposed),
            b'N' => Some(Self::Direct),
            _ => None,
        }
    }
}

/// What [`gesvdq`] reports besides the factors.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GesvdqInfo<R> {
    /// The numerical rank: the rank the QR factor gave, less the singular
    /// values the SVD of R computed as exact zeros (`NUMRANK`).
    pub numrank: usize,
    /// For [`GesvdqAccuracy::HighCondition`]: an estimate of
    /// `||pinv(C)||_2` with `A = C D`, C's columns of unit norm, within a
    /// factor `n^(1/4)` (`RWORK(1)`); -1 when A is zero.
    pub sconda: Option<R>,
    /// How many singular values the SVD of the truncated R computed as exact
    /// zeros (`RWORK(2)`); `None` when A is zero and no SVD ran.
    pub zeros: Option<usize>,
}

/// Why [`gesvdq`] stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GesvdqError {
    /// A has a NaN or infinite entry (the reference's INFO = -8); nothing
    /// was computed.
    NotFinite,
    /// The bidiagonal QR iteration did not converge ([`gesvd`]'s INFO).
    NoConvergence(Info),
}

/// The jobs [`gesvd`] gets on R (`transposed`: on `R^H`), for the widest
/// case of `nr < n` with all right vectors wanted.
fn svd_jobs(jobu: GesvdqLeft, jobv: GesvdqRight, transposed: bool, full_v: bool) -> (SvdJob, SvdJob) {
    let ju = if jobu == GesvdqLeft::None { SvdJob::None } else { SvdJob::Some };
    let jv = match jobv {
        GesvdqRight::None => SvdJob::None,
        _ if full_v => SvdJob::All,
        _ => SvdJob::Some,
    };
    if transposed {
        (jv, ju)
    } else {
        (ju, jv)
    }
}

/// The workspace [`gesvdq`] needs for an `m x n` A (`m >= n`).
pub fn gesvdq_req<T: Scalar>(
    accuracy: GesvdqAccuracy,
    rows: GesvdqRows,
    factor: GesvdqFactor,
    jobu: GesvdqLeft,
    jobv: GesvdqRight,
    m: usize,
    n: usize,
) -> WorkReq {
    if m == 0 || n == 0 {
        return WorkReq::EMPTY;
    }
    let (row_pivot, transpose_r) = (rows == GesvdqRows::Sorted, factor == GesvdqFactor::Transposed);
    let sort = if row_pivot { WorkReq::new::<T::Real>(m) } else { WorkReq::EMPTY };
    let cond = if accuracy == GesvdqAccuracy::HighCondition {
        WorkReq::new::<T>(n * n).and(pocon_req::<T>(n))
    } else {
        WorkReq::EMPTY
    };
    // The rank R keeps is known only after the QR: take the largest need
    // over every possible rank.
    let mut svd = WorkReq::EMPTY;
    for nr in 1..=n {
        let (ju, jv) = svd_jobs(jobu, jobv, transpose_r, jobv == GesvdqRight::All && nr < n);
        let (r, c) = if transpose_r { (n, nr) } else { (nr, n) };
        svd = svd.or(gesvd_req::<T>(ju, jv, r, c));
    }
    let n1 = match jobu {
        GesvdqLeft::All => m,
        GesvdqLeft::None | GesvdqLeft::Factored => 0,
        _ => n,
    };
    let apply_q = if n1 > 0 { ormqr_req::<T>(Side::Left, m, n1, n) } else { WorkReq::EMPTY };
    // The copy of R, U_R and V_R^H (and the transposed results), then the SVD.
    let buffers = WorkReq::new::<T>(4 * n * n).and(WorkReq::new::<T::Real>(n));
    sort.or(geqp3_req::<T>(m, n)).or(cond).or(buffers.and(svd.or(apply_q)))
}

/// `b := a^H`.
fn conj_transpose<T: Scalar>(a: MatRef<'_, T>, mut b: MatMut<'_, T>) {
    for j in 0..a.ncols() {
        for i in 0..a.nrows() {
            b.set(j, i, a.get(i, j).conj());
        }
    }
}

/// The SVD `A = U diag(s) V^H` of the `m x n` matrix `a`, `m >= n`, by the
/// QR-preconditioned method (`?gesvdq`): rows sorted by decreasing max-norm
/// for [`GesvdqRows::Sorted`], `A P = Q R` by [`geqp3`], R truncated to its numerical
/// rank as `accuracy` allows, then [`gesvd`] of R (of `R^H` for
/// [`GesvdqFactor::Transposed`]).
///
/// Shapes: `s` has `n` entries (decreasing; those beyond the rank zero);
/// `u` is `m x m` (`All`), `m x n` (`Some`, `Rank`: the first NUMRANK
/// columns are the vectors) or `n x n` (`Factored`); `v` is `n x n` and
/// receives `V^H` (`Rank`: its first NUMRANK rows). `jpvt` (`n`): the column
/// permutation, `jpvt[j]` the column of A that became column `j` of `A P`;
/// `row_swaps` (`m - 1` when sorted): row `i` was swapped with row
/// `row_swaps[i]`, in increasing `i`; `tau` (`n`): the QR's scalar factors.
/// On return A holds the QR's reflectors below its diagonal and R above.
///
/// # Panics
/// If `m < n`, a shape is wrong or `work` is smaller than [`gesvdq_req`]
/// says.
#[allow(clippy::too_many_arguments)]
#[allow(clippy::needless_range_loop)] // the index is a matrix coordinate too
pub fn gesvdq<T: Scalar>(
    accuracy: GesvdqAccuracy,
    rows: GesvdqRows,
    factor: GesvdqFactor,
    jobu: GesvdqLeft,
    jobv: GesvdqRight,
    mut a: MatMut<'_, T>,
    s: &mut [T::Real],
    mut u: MatMut<'_, T>,
    mut v: MatMut<'_, T>,
    jpvt: &mut [usize],
    row_swaps: &mut [usize],
    tau: &mut [T],
    par: Par,
    mut work: Workspace<'_>,
) -> Result<GesvdqInfo<T::Real>, GesvdqError> {
    let (m, n) = (a.nrows(), a.ncols());
    let (row_pivot, transpose_r) = (rows == GesvdqRows::Sorted, factor == GesvdqFactor::Transposed);
    assert!(m >= n, "gesvdq: A is {m}x{n}, needs m >= n");
    assert!(jobu != GesvdqLeft::Rank || jobv != GesvdqRight::All, "gesvdq: JOBU = R with JOBV = A");
    let (rzero, rone) = (T::Real::zero(), T::Real::one());
    let sconda_none = if accuracy == GesvdqAccuracy::HighCondition { Some(-rone) } else { None };
    if m == 0 || n == 0 {
        return Ok(GesvdqInfo { numrank: 0, sconda: sconda_none, zeros: None });
    }
    assert!(s.len() >= n && jpvt.len() >= n && tau.len() >= n, "gesvdq: s, jpvt or tau too short");
    match jobu {
        GesvdqLeft::All => assert!(u.nrows() == m && u.ncols() == m, "gesvdq: U must be {m}x{m}"),
        GesvdqLeft::Some | GesvdqLeft::Rank => assert!(u.nrows() == m && u.ncols() == n, "gesvdq: U must be {m}x{n}"),
        GesvdqLeft::Factored => assert!(u.nrows() == n && u.ncols() == n, "gesvdq: U must be {n}x{n}"),
        GesvdqLeft::None => {}
    }
    if jobv != GesvdqRight::None {
        assert!(v.nrows() == n && v.ncols() == n, "gesvdq: V must be {n}x{n}");
    }
    if row_pivot {
        assert!(row_swaps.len() + 1 >= m, "gesvdq: row_swaps too short");
    }
    // Every entry finite, or nothing is computed (the reference's -8).
    for j in 0..n {
        for i in 0..m {
            let x = a.rb().get(i, j);
            if !(x.re().is_finite() && x.im().is_finite()) {
                return Err(GesvdqError::NotFinite);
            }
        }
    }
    let sqrt_m = T::Real::from_f64(m as f64).sqrt();
    // Column norms must not overflow in the QR: scale A down by sqrt(m)
    // when an entry is that large (undone on the singular values at the end).
    let too_big = lamch::<T::Real>(Machine::Overflow) / sqrt_m;
    let mut scaled = false;
    if row_pivot {
        let (norms, _) = work.take::<T::Real>(m);
        for (p, nm) in norms.iter_mut().enumerate() {
            *nm = lange(Norm::Max, a.rb().submatrix(p, 0, 1, n), &mut []);
        }
        // Selection sort into decreasing order, recording the swaps.
        for p in 0..m - 1 {
            let mut q = p;
            for i in p + 1..m {
                if norms[i] > norms[q] {
                    q = i;
                }
            }
            row_swaps[p] = q;
            norms.swap(p, q);
        }
        if norms[0] == rzero {
            // A = 0: identity vectors, no rank, no SVD.
            s[..n].fill(rzero);
            match jobu {
                GesvdqLeft::None => {}
                GesvdqLeft::Rank => {}
                _ => laset(Part::Full, T::zero(), T::one(), u.rb_mut()),
            }
            if jobu == GesvdqLeft::Factored {
                tau[..n].fill(T::zero());
            }
            if jobv == GesvdqRight::All {
                laset(Part::Full, T::zero(), T::one(), v.rb_mut());
            }
            for (j, p) in jpvt[..n].iter_mut().enumerate() {
                *p = j;
            }
            for (i, q) in row_swaps[..m - 1].iter_mut().enumerate() {
                *q = i;
            }
            return Ok(GesvdqInfo { numrank: 0, sconda: sconda_none, zeros: None });
        }
        if norms[0] > too_big {
            lascl(MatrixKind::General, 0, 0, sqrt_m, rone, m, n, a.rb_mut());
            scaled = true;
        }
        laswp(a.rb_mut(), 0, &row_swaps[..m - 1], false);
    } else if lange(Norm::Max, a.rb(), &mut []) > too_big {
        lascl(MatrixKind::General, 0, 0, sqrt_m, rone, m, n, a.rb_mut());
        scaled = true;
    }

    jpvt[..n].fill(0);
    geqp3(a.rb_mut(), &mut jpvt[..n], &mut tau[..n], par, work.rb_mut());

    // The numerical rank the accuracy level lets R's diagonal declare.
    let eps = lamch::<T::Real>(Machine::Precision);
    let sfmin = lamch::<T::Real>(Machine::SafeMin);
    let diag = |p: usize| {
        let x = a.rb().get(p, p);
        x.re().hypot(x.im())
    };
    let mut nr = 1;
    match accuracy {
        GesvdqAccuracy::Absolute => {
            let tol = T::Real::from_f64(n as f64).sqrt() * eps * diag(0);
            while nr < n && diag(nr) >= tol {
                nr += 1;
            }
        }
        GesvdqAccuracy::Medium => {
            while nr < n && diag(nr) >= eps * diag(nr - 1) && diag(nr) >= sfmin {
                nr += 1;
            }
        }
        GesvdqAccuracy::High | GesvdqAccuracy::HighCondition => {
            // R(p,p) = 0 means R(p:, p:) = 0 after column pivoting.
            while nr < n && diag(nr) != rzero {
                nr += 1;
            }
        }
    }
    let sconda = if accuracy == GesvdqAccuracy::HighCondition && diag(0) == rzero {
        // A = 0 (found here when the rows were not sorted): no estimate.
        Some(-rone)
    } else if accuracy == GesvdqAccuracy::HighCondition {
        // R's leading nr x nr block with unit columns is the Cholesky factor
        // of the column-equilibrated A^H A: its condition estimate is the
        // scaled condition number of A.
        let (cbuf, mut w) = work.take::<T>(nr * nr);
        let mut c = MatMut::from_col_major(cbuf, nr, nr, nr);
        laset(Part::Full, T::zero(), T::zero(), c.rb_mut());
        lacpy(Part::Upper, a.rb().submatrix(0, 0, nr, nr), c.rb_mut());
        for p in 0..nr {
            let norm = nrm2(c.rb().submatrix(0, p, p + 1, 1).col(0));
            for i in 0..=p {
                let x = c.rb().get(i, p);
                c.set(i, p, x.scale_real(rone / norm));
            }
        }
        let rcond = pocon(Uplo::Upper, c.rb(), rone, w.rb_mut());
        Some(rone / rcond.sqrt())
    } else {
        None
    };

    let want_u = jobu != GesvdqLeft::None;
    let want_v = jobv != GesvdqRight::None;
    let full_v = jobv == GesvdqRight::All && nr < n;
    let (urn, vrows) = (
        if want_u { nr } else { 0 },
        if !want_v {
            0
        } else if full_v {
            n
        } else {
            nr
        },
    );
    let (bufs, mut work) = work.take::<T>(4 * n * n);
    let (rbuf, rest) = bufs.split_at_mut(n * n);
    let (ubuf, rest) = rest.split_at_mut(n * n);
    let (vbuf, tbuf) = rest.split_at_mut(n * n);
    let (e, mut work) = work.take::<T::Real>(n);
    // U_R (nr x nr) and V_R^H (vrows x n).
    let mut ur = MatMut::from_col_major(&mut ubuf[..urn * urn], urn, urn, urn.max(1));
    let mut vt = MatMut::from_col_major(&mut vbuf[..vrows * n], vrows, if want_v { n } else { 0 }, vrows.max(1));
    let (ju, jv) = svd_jobs(jobu, jobv, transpose_r, full_v);
    let res = if transpose_r {
        // R^H = X S Y^H, so R = Y S X^H: U_R = Y, V_R^H = X^H.
        let mut rh = MatMut::from_col_major(&mut rbuf[..n * nr], n, nr, n);
        laset(Part::Full, T::zero(), T::zero(), rh.rb_mut());
        for p in 0..nr {
            for q in p..n {
                rh.set(q, p, a.rb().get(p, q).conj());
            }
        }
        let xcols = vrows;
        let xrows = if want_v { n } else { 0 };
        let mut x = MatMut::from_col_major(&mut tbuf[..xrows * xcols], xrows, xcols, xrows.max(1));
        let r = gesvd(ju, jv, rh, &mut s[..nr], x.rb_mut(), ur.rb_mut(), e, par, work.rb_mut());
        conj_transpose(x.rb(), vt.rb_mut());
        // Y^H to Y in place.
        for j in 0..urn {
            ur.set(j, j, ur.rb().get(j, j).conj());
            for i in j + 1..urn {
                let (x, y) = (ur.rb().get(i, j), ur.rb().get(j, i));
                ur.set(i, j, y.conj());
                ur.set(j, i, x.conj());
            }
        }
        r
    } else {
        let mut r = MatMut::from_col_major(&mut rbuf[..nr * n], nr, n, nr);
        laset(Part::Full, T::zero(), T::zero(), r.rb_mut());
        lacpy(Part::Upper, a.rb().submatrix(0, 0, nr, n), r.rb_mut());
        gesvd(ju, jv, r, &mut s[..nr], ur.rb_mut(), vt.rb_mut(), e, par, work.rb_mut())
    };
    res.map_err(GesvdqError::NoConvergence)?;

    // V^H = V_R^H P^T: column j of V_R^H is column jpvt[j] of A's.
    for j in 0..n {
        for i in 0..vrows {
            v.set(i, jpvt[j], vt.rb().get(i, j));
        }
    }
    if want_u {
        let n1 = match jobu {
            GesvdqLeft::All => m,
            GesvdqLeft::Rank => nr,
            _ => n,
        };
        let rows = if jobu == GesvdqLeft::Factored { n } else { m };
        // diag(U_R, I): any orthonormal completion fits the zero singular values.
        let mut uu = u.rb_mut().submatrix(0, 0, rows, n1);
        laset(Part::Full, T::zero(), T::one(), uu.rb_mut());
        laset(Part::Full, T::zero(), T::zero(), uu.rb_mut().submatrix(0, 0, nr, nr));
        lacpy(Part::Full, ur.rb(), uu.rb_mut().submatrix(0, 0, nr, nr));
        if jobu != GesvdqLeft::Factored {
            ormqr(Side::Left, Trans::No, a.rb(), &tau[..n], uu.rb_mut(), par, work.rb_mut());
            if row_pivot {
                laswp(uu, 0, &row_swaps[..m - 1], true);
            }
        }
    }

    // Singular values computed as exact zeros lower the rank.
    let nr0 = nr;
    while nr > 0 && (s[nr - 1] <= rzero || s[nr - 1].is_nan()) {
        nr -= 1;
    }
    s[nr..n].fill(rzero);
    if scaled {
        for x in &mut s[..nr] {
            *x *= sqrt_m;
        }
    }
    Ok(GesvdqInfo { numrank: nr, sconda, zeros: Some(nr0 - nr) })
}
