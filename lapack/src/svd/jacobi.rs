//! The one-sided Jacobi SVD (`?gesvj`) and its sweeps (`?gsvj0`, `?gsvj1`).
//!
//! Plane rotations from the right, `A := A J`, make the columns of A
//! mutually orthogonal; then `A V = U Σ` with `V` the product of the
//! rotations, `Σ` the column norms and `U` the normalised columns (Hestenes'
//! method). Its point is relative accuracy: for `A = B D` with D diagonal the
//! singular values are found to about `κ(B) ε` each, however graded D is
//! (Demmel and Veselić, "Jacobi's method is more accurate than QR"). The
//! implementation follows Drmač and Veselić (LAWN 169/170): rotations built
//! from the cosine of the angle between two columns, never from their Gram
//! matrix; column norms carried along and recomputed when they cancel;
//! de Rijk's pivoting (the column of largest norm moved to the front of each
//! row of pivot pairs); a Gram-Schmidt step instead of a rotation when two
//! norms are too far apart for the rotation's tangent to be represented.

use crate::{Info, WorkReq, Workspace};
use ferroblas_kernels::aux::lassq::lassq;
use ferroblas_kernels::aux::matrix::{lascl, laset, MatrixKind, Part};
use ferroblas_kernels::aux::rotations::rot_complex_s;
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::level1::{copy, dotc, iamax, nrm2, swap};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef, VecRef};

/// The number of sweeps [`gesvj`] allows before giving up.
pub const GESVJ_SWEEPS: usize = 30;

/// The structure of the matrix [`gesvj`] factors (`JOBA`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum JacobiShape {
    /// A general matrix (`'G'`).
    General,
    /// Upper triangular (trapezoidal), the rest of the array zero (`'U'`).
    Upper,
    /// Lower triangular (trapezoidal), the rest of the array zero (`'L'`).
    Lower,
}

impl JacobiShape {
    /// Parses `G`, `U` or `L`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'G' => Some(JacobiShape::General),
            b'U' => Some(JacobiShape::Upper),
            b'L' => Some(JacobiShape::Lower),
            _ => None,
        }
    }

    fn kind(self) -> MatrixKind {
        match self {
            JacobiShape::General => MatrixKind::General,
            JacobiShape::Upper => MatrixKind::Upper,
            JacobiShape::Lower => MatrixKind::Lower,
        }
    }
}

/// What [`gesvj`] leaves in A (`JOBU`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum JacobiLeft {
    /// The left singular vectors, orthogonal to `sqrt(m) ε` (`'U'`; the
    /// complex routines' `'F'` too).
    Vectors,
    /// The left singular vectors, orthogonal to a caller's `ctol ε` (`'C'`).
    Controlled,
    /// `U Σ` only, iterated to the looser `m ε` (`'N'`).
    None,
}

impl JacobiLeft {
    /// Parses `U` (or `F`), `C` or `N`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'U' | b'F' => Some(JacobiLeft::Vectors),
            b'C' => Some(JacobiLeft::Controlled),
            b'N' => Some(JacobiLeft::None),
            _ => None,
        }
    }
}

/// What the Jacobi routines do with the rotations (`JOBV`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum JacobiRight {
    /// Accumulate them into the `n x n` V (`'V'`; the complex `?gesvj`'s
    /// `'J'` too): [`gesvj`] starts V from the identity, the sweeps from the
    /// caller's V.
    Vectors,
    /// Apply them to the caller's `mv x n` matrix in V (`'A'`).
    Apply,
    /// Neither (`'N'`).
    None,
}

impl JacobiRight {
    /// Parses `V` (or `J`), `A` or `N`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'V' | b'J' => Some(JacobiRight::Vectors),
            b'A' => Some(JacobiRight::Apply),
            b'N' => Some(JacobiRight::None),
            _ => None,
        }
    }
}

/// What [`gesvj`] reports besides the factorization (the reference's
/// `WORK(1:6)`, `RWORK(1:6)` for the complex types).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct JacobiStats<R> {
    /// `SCALE`: the singular values are `scale * sva` (not one only when
    /// some of them would over- or underflow).
    pub scale: R,
    /// The number of nonzero computed singular values.
    pub nonzero: usize,
    /// The number of them above the underflow threshold (`scale * sva > sfmin`).
    pub above_underflow: usize,
    /// The sweeps done.
    pub sweeps: usize,
    /// The largest `|cos|` of the angle between two columns in the last sweep.
    pub max_cos: R,
    /// The largest `|sin|` of a rotation angle in the last sweep.
    pub max_sin: R,
    /// Whether the sweeps converged (`INFO = 0`); if not, the factorization
    /// still holds but U may not be orthogonal to the tolerance.
    pub converged: bool,
}

/// [`gesvj`] found an infinite entry in A (the reference's `INFO = -6`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InfiniteEntry;

/// The workspace the Jacobi routines need for an `m x n` matrix.
pub fn gesvj_req<T: Scalar>(m: usize) -> WorkReq {
    WorkReq::new::<T>(m)
}

/// Machine constants and the convergence tolerance of the sweeps.
#[derive(Clone, Copy)]
struct Consts<R> {
    sfmin: R,
    small: R,
    big: R,
    rooteps: R,
    bigtheta: R,
    tol: R,
}

impl<R: RealScalar> Consts<R> {
    fn new(eps: R, sfmin: R, tol: R) -> Self {
        let one = R::one();
        Consts { sfmin, small: sfmin / eps, big: one / sfmin, rooteps: eps.sqrt(), bigtheta: one / eps.sqrt(), tol }
    }
}

/// What one sweep did.
#[derive(Clone, Copy)]
struct Sweep<R> {
    rotations: usize,
    max_cos: R,
    max_sin: R,
}

/// `x / r` for a real `r`, part by part (a complex division by `(r, 0)`
/// would square `r`).
fn div_real<T: Scalar>(x: T, r: T::Real) -> T {
    T::from_parts(x.re() / r, x.im() / r)
}

fn modulus<T: Scalar>(x: T) -> T::Real {
    if T::IS_COMPLEX {
        x.re().hypot(x.im())
    } else {
        x.re().abs()
    }
}

/// Column `j` of `a` as an `m x 1` matrix (for [`lascl`]).
fn column<'a, T: Scalar>(a: &'a mut MatMut<'_, T>, j: usize) -> MatMut<'a, T> {
    let m = a.nrows();
    a.rb_mut().submatrix(0, j, m, 1)
}

/// Swaps columns `i != j` of `a`.
fn swap_cols<T: Scalar>(a: &mut MatMut<'_, T>, i: usize, j: usize) {
    let (i, j) = (i.min(j), i.max(j));
    let (mut left, mut right) = a.rb_mut().split_at_col(j);
    swap(left.rb_mut().col_mut(i), right.rb_mut().col_mut(0));
}

/// The columns `p < q` of `a`, both mutable.
fn two_cols<'a, T: Scalar>(
    a: &'a mut MatMut<'_, T>,
    p: usize,
    q: usize,
) -> (ferroblas_kernels::VecMut<'a, T>, ferroblas_kernels::VecMut<'a, T>) {
    let (left, right) = a.rb_mut().split_at_col(q);
    (left.col_mut(p), right.col_mut(0))
}

/// `a_p^H a_q / (|a_p| |a_q|)`, with `aapp = |a_p|`, `aaqq = |a_q|` both
/// positive: directly when the product of the norms is representable with
/// room to spare, else through a copy of one column scaled to unit norm.
#[allow(clippy::too_many_arguments)]
fn cosine<T: Scalar>(
    a: MatRef<'_, T>,
    p: usize,
    q: usize,
    aapp: T::Real,
    aaqq: T::Real,
    c: &Consts<T::Real>,
    tmp: &mut [T],
) -> T {
    let one = T::Real::one();
    let m = a.nrows();
    let direct = if aaqq >= one { aapp < c.big / aaqq } else { aapp > c.small / aaqq };
    if direct {
        return div_real(div_real(dotc(a.col(p), a.col(q)), aaqq), aapp);
    }
    // Normalise the column whose scaling avoids the trouble: the larger one
    // against overflow, the smaller one against underflow.
    let (s, other, ns, no) = if aaqq >= one { (p, q, aapp, aaqq) } else { (q, p, aaqq, aapp) };
    let tmp = &mut tmp[..m];
    copy(a.col(s), ferroblas_kernels::VecMut::from_slice(tmp));
    lascl(MatrixKind::General, 0, 0, ns, one, m, 1, MatMut::from_col_major(tmp, m, 1, m.max(1)));
    let d =
        if s == p { dotc(VecRef::from_slice(tmp), a.col(other)) } else { dotc(a.col(other), VecRef::from_slice(tmp)) };
    div_real(d, no)
}

/// The norm of column `j`, recomputed.
fn col_norm<T: Scalar>(a: &MatMut<'_, T>, j: usize) -> T::Real {
    nrm2(a.rb().col(j))
}

/// One Jacobi step on columns `p != q`: if their cosine exceeds the
/// tolerance, rotate them (and V's) so they become orthogonal, updating the
/// norms in `sva`. Returns whether A changed.
#[allow(clippy::too_many_arguments)]
fn step<T: Scalar>(
    a: &mut MatMut<'_, T>,
    v: &mut Option<MatMut<'_, T>>,
    sva: &mut [T::Real],
    p: usize,
    q: usize,
    c: &Consts<T::Real>,
    tmp: &mut [T],
    st: &mut Sweep<T::Real>,
) {
    type R<T> = <T as Scalar>::Real;
    let (zero, one) = (R::<T>::zero(), R::<T>::one());
    let half = R::<T>::from_f64(0.5);
    let (aapp, aaqq) = (sva[p], sva[q]);
    if !(aapp > zero && aaqq > zero) {
        return;
    }
    let g = cosine(a.rb(), p, q, aapp, aaqq, c, tmp);
    let abs = modulus(g);
    st.max_cos = st.max_cos.max(abs);
    if abs.is_nan() || abs <= c.tol {
        return;
    }
    st.rotations += 1;
    let m = a.nrows();
    let (mut new_p, mut new_q);
    if c.small * aapp.max(aaqq) <= aapp.min(aaqq) {
        // With the phase `w = g / |g|` taken out of column q the pair is
        // real: rotate [a_p, conj(w) a_q] by the angle whose tangent t solves
        // t^2 - 2 zeta t - 1 = 0, zeta = (|a_p|^2 - |a_q|^2) / (2 a_p^H a_q),
        // the smaller root, so the rotation is at most 45 degrees.
        let w = div_real(g, abs);
        let (aqoap, apoaq) = (aaqq / aapp, aapp / aaqq);
        let zeta = half * (apoaq - aqoap) / abs;
        let (cs, sn, t);
        if zeta.abs() > c.bigtheta {
            // t = -1/(2 zeta) and cos = 1 to working precision.
            t = -half / zeta;
            cs = one;
            sn = t;
        } else {
            let r = (one + zeta * zeta).sqrt();
            t = -one / (zeta + r.copysign(zeta));
            cs = one / (one + t * t).sqrt();
            sn = t * cs;
        }
        st.max_sin = st.max_sin.max(sn.abs());
        // a_p := cs a_p - sn conj(w) a_q,  a_q := cs a_q + sn w a_p.
        let s = -(w.conj().scale_real(sn));
        let (x, y) = two_cols(a, p.min(q), p.max(q));
        if p < q {
            rot_complex_s(x, y, cs, s);
        } else {
            rot_complex_s(y, x, cs, s);
        }
        if let Some(v) = v.as_mut() {
            let (x, y) = two_cols(v, p.min(q), p.max(q));
            if p < q {
                rot_complex_s(x, y, cs, s);
            } else {
                rot_complex_s(y, x, cs, s);
            }
        }
        // |a_p'|^2 = |a_p|^2 - t a_p^H a_q', |a_q'|^2 = |a_q|^2 + t |a_p^H a_q|.
        new_p = aapp * (one - t * abs * aqoap).max(zero).sqrt();
        new_q = aaqq * (one + t * abs * apoaq).max(zero).sqrt();
    } else {
        // The norms are too far apart for the tangent: the rotation is the
        // identity to working precision except for removing the larger
        // column's direction from the smaller one, a Gram-Schmidt step done
        // on unit-norm copies (V is unchanged to working precision).
        let (big, small, nb, ns, proj) = if aapp > aaqq { (p, q, aapp, aaqq, g) } else { (q, p, aaqq, aapp, g.conj()) };
        let tmp = &mut tmp[..m];
        copy(a.rb().col(big), ferroblas_kernels::VecMut::from_slice(tmp));
        lascl(MatrixKind::General, 0, 0, nb, one, m, 1, MatMut::from_col_major(tmp, m, 1, m.max(1)));
        lascl(MatrixKind::General, 0, 0, ns, one, m, 1, column(a, small));
        // a_s / |a_s| - (a_b^H a_s / (|a_b| |a_s|)) a_b / |a_b|
        ferroblas_kernels::level1::axpy(-proj, VecRef::from_slice(tmp), a.rb_mut().col_mut(small));
        lascl(MatrixKind::General, 0, 0, one, ns, m, 1, column(a, small));
        let shrunk = ns * (one - abs * abs).max(zero).sqrt();
        if aapp > aaqq {
            (new_p, new_q) = (aapp, shrunk);
        } else {
            (new_p, new_q) = (shrunk, aaqq);
        }
        st.max_sin = st.max_sin.max(c.sfmin);
    }
    // A norm that shrank by cancellation is recomputed.
    if (new_q / aaqq) * (new_q / aaqq) <= c.rooteps {
        new_q = col_norm(a, q);
    }
    if (new_p / aapp) * (new_p / aapp) <= c.rooteps {
        new_p = col_norm(a, p);
    }
    sva[p] = new_p;
    sva[q] = new_q;
}

/// Which pivot pairs a sweep visits.
#[derive(Clone, Copy)]
enum Pairs {
    /// All `p < q`, row by row, the largest remaining column moved to `p`
    /// first (de Rijk).
    All,
    /// `p < n1 <= q` only (`?gsvj1`: the off-diagonal block).
    Across(usize),
}

/// The outcome of [`sweeps`].
struct Progress<R> {
    sweeps: usize,
    converged: bool,
    last: Sweep<R>,
}

/// Up to `nsweep` sweeps over `pairs`, until one rotates nothing or the
/// rotations have become negligible (all cosines below `sqrt(n) tol` and
/// `n max|cos| max|sin| < tol`).
#[allow(clippy::too_many_arguments)]
fn sweeps<T: Scalar>(
    a: &mut MatMut<'_, T>,
    v: &mut Option<MatMut<'_, T>>,
    sva: &mut [T::Real],
    pairs: Pairs,
    c: &Consts<T::Real>,
    nsweep: usize,
    tmp: &mut [T],
) -> Progress<T::Real> {
    type R<T> = <T as Scalar>::Real;
    let n = a.ncols();
    let zero = R::<T>::zero();
    let rn = R::<T>::from_f64(n as f64);
    let mut last = Sweep { rotations: 0, max_cos: zero, max_sin: zero };
    for i in 0..nsweep {
        let mut st = Sweep { rotations: 0, max_cos: zero, max_sin: zero };
        match pairs {
            Pairs::All => {
                for p in 0..n.saturating_sub(1) {
                    let q = p + iamax(VecRef::from_slice(&sva[p..])).unwrap_or(0);
                    if q != p {
                        swap_cols(a, p, q);
                        if let Some(v) = v.as_mut() {
                            swap_cols(v, p, q);
                        }
                        sva.swap(p, q);
                    }
                    // The carried norm drifts; refresh it once per row.
                    sva[p] = col_norm(a, p);
                    for q in p + 1..n {
                        step(a, v, sva, p, q, c, tmp, &mut st);
                    }
                }
                if n > 0 {
                    sva[n - 1] = col_norm(a, n - 1);
                }
            }
            Pairs::Across(n1) => {
                for p in 0..n1 {
                    for q in n1..n {
                        step(a, v, sva, p, q, c, tmp, &mut st);
                    }
                }
                // No row pivot refreshes these norms: do it once per sweep.
                for (j, s) in sva.iter_mut().enumerate().take(n) {
                    *s = col_norm(a, j);
                }
            }
        }
        last = st;
        let negligible = i > 0 && st.max_cos < rn.sqrt() * c.tol && rn * st.max_cos * st.max_sin < c.tol;
        if st.rotations == 0 || negligible {
            return Progress { sweeps: i + 1, converged: true, last };
        }
    }
    Progress { sweeps: nsweep, converged: false, last }
}

/// The rows of V the rotations touch: all `n` for [`JacobiRight::Vectors`],
/// the caller's `mv` for [`JacobiRight::Apply`].
fn rotated_part<'a, T: Scalar>(jobv: JacobiRight, v: MatMut<'a, T>, n: usize) -> Option<MatMut<'a, T>> {
    match jobv {
        JacobiRight::None => None,
        JacobiRight::Vectors => Some(v.submatrix(0, 0, n, n)),
        JacobiRight::Apply => {
            let mv = v.nrows();
            Some(v.submatrix(0, 0, mv, n))
        }
    }
}

/// The one-sided Jacobi SVD of the `m x n` matrix A, `m >= n` (`?gesvj`):
/// `A = U diag(scale * sva) V^H` with U `m x n` orthonormal and V `n x n`
/// unitary, the singular values in `sva` in descending order.
///
/// `jobu`: [`JacobiLeft::Vectors`] / [`JacobiLeft::Controlled`] leave U in
/// A (its first `stats.above_underflow`... columns, those of the nonzero
/// values; convergence to `sqrt(m) ε` or `ctol ε`, `ctol >= 1`, only read for
/// `Controlled`), [`JacobiLeft::None`] leaves `U Σ` (to `m ε`). `jobv`:
/// [`JacobiRight::Vectors`] returns V in the `n x n` `v`,
/// [`JacobiRight::Apply`] multiplies the caller's `mv x n` `v` by it. `shape`
/// says A is triangular (the rest of the array zero), which only the column
/// norms use. Workspace: [`gesvj_req`]. An infinite entry is
/// `Err(InfiniteEntry)` with A and `sva` partly written; not converging in
/// [`GESVJ_SWEEPS`] sweeps is `stats.converged == false` (INFO = 29).
#[allow(clippy::too_many_arguments)]
pub fn gesvj<T: Scalar>(
    shape: JacobiShape,
    jobu: JacobiLeft,
    ctol: T::Real,
    jobv: JacobiRight,
    mut a: MatMut<'_, T>,
    sva: &mut [T::Real],
    v: MatMut<'_, T>,
    mut work: Workspace<'_>,
) -> Result<JacobiStats<T::Real>, InfiniteEntry> {
    type R<T> = <T as Scalar>::Real;
    let (m, n) = (a.nrows(), a.ncols());
    let (zero, one) = (R::<T>::zero(), R::<T>::one());
    let mut stats = JacobiStats {
        scale: one,
        nonzero: 0,
        above_underflow: 0,
        sweeps: 0,
        max_cos: zero,
        max_sin: zero,
        converged: true,
    };
    if m == 0 || n == 0 {
        return Ok(stats);
    }
    assert!(m >= n, "gesvj: needs m >= n (got {m} x {n})");
    assert!(sva.len() >= n, "gesvj: sva needs {n} entries");
    let lsvec = jobu != JacobiLeft::None;
    let ctol = match jobu {
        JacobiLeft::Controlled => ctol,
        // Singular vectors need orthogonality to sqrt(m) eps; the values alone
        // are as accurate after the looser m eps.
        _ if lsvec || jobv != JacobiRight::None => R::<T>::from_f64(m as f64).sqrt(),
        _ => R::<T>::from_f64(m as f64),
    };
    let eps = lamch::<R<T>>(Machine::Eps);
    let sfmin = lamch::<R<T>>(Machine::SafeMin);
    let big = lamch::<R<T>>(Machine::Overflow);
    let c = Consts::new(eps, sfmin, ctol * eps);
    let mut v = rotated_part(jobv, v, n);
    if jobv == JacobiRight::Vectors {
        if let Some(v) = v.as_mut() {
            laset(Part::Full, T::zero(), T::one(), v.rb_mut());
        }
    }

    // Column norms, scaled by 1/sqrt(m n) when one of them overflows so
    // that sqrt(n) times the largest is representable.
    let skl0 = one / (R::<T>::from_f64(m as f64) * R::<T>::from_f64(n as f64)).sqrt();
    let mut noscale = true;
    for p in 0..n {
        let col = a.rb().col(p);
        let col = match shape {
            JacobiShape::General => col,
            JacobiShape::Lower => col.subvec(p, m - p),
            JacobiShape::Upper => col.subvec(0, p + 1),
        };
        let (scale, sumsq) = lassq(col, zero, one);
        // An infinite entry makes one of the pair infinite (NaN makes the
        // sum NaN, which the sweeps carry through to SVA).
        if scale > big || sumsq > big {
            return Err(InfiniteEntry);
        }
        let r = sumsq.sqrt();
        if noscale && scale < big / r {
            sva[p] = scale * r;
        } else {
            if noscale {
                noscale = false;
                sva[..p].iter_mut().for_each(|s| *s *= skl0);
            }
            sva[p] = scale * (r * skl0);
        }
    }
    let mut skl = if noscale { one } else { skl0 };

    let (mut aapp, mut aaqq) = (zero, big);
    for &s in &sva[..n] {
        if s != zero {
            aaqq = aaqq.min(s);
        }
        aapp = aapp.max(s);
    }
    if aapp == zero {
        if lsvec {
            laset(Part::Full, T::zero(), T::one(), a.rb_mut());
        }
        return Ok(stats);
    }
    if n == 1 {
        if lsvec {
            lascl(MatrixKind::General, 0, 0, sva[0], skl, m, 1, a.rb_mut());
        }
        stats.scale = one / skl;
        stats.nonzero = usize::from(sva[0] >= sfmin);
        return Ok(stats);
    }

    // Move the spectrum into (sqrt(sfmin / eps), sqrt(big / n)) as far as it
    // fits, favouring the small values' accuracy, so the rotations neither
    // over- nor underflow.
    let rn = R::<T>::from_f64(n as f64);
    let sn = (sfmin / eps).sqrt();
    let top = (big / rn).sqrt();
    let factor = if aapp <= sn || aaqq >= top || (sn <= aaqq && aapp <= top) {
        big.min(top / aapp)
    } else if aaqq <= sn && aapp <= top {
        (sn / aaqq).min(big / (aapp * rn.sqrt()))
    } else if aaqq >= sn && aapp >= top {
        (sn / aaqq).max(top / aapp)
    } else if aaqq <= sn && aapp >= top {
        (sn / aaqq).min(big / (rn.sqrt() * aapp))
    } else {
        one
    };
    if factor != one {
        sva[..n].iter_mut().for_each(|s| *s *= factor);
    }
    skl *= factor;
    if skl != one {
        lascl(shape.kind(), 0, 0, one, skl, m, n, a.rb_mut());
        skl = one / skl;
    }
    // Zero padding of a triangular A is not assumed beyond this point: the
    // rotations act on whole columns.
    let (tmp, _) = work.take::<T>(m);
    let progress = sweeps(&mut a, &mut v, &mut sva[..n], Pairs::All, &c, GESVJ_SWEEPS, tmp);

    // Sort descending and count the nonzero and the representable values.
    let (mut nonzero, mut above) = (0, 0);
    for p in 0..n {
        if p + 1 < n {
            let q = p + iamax(VecRef::from_slice(&sva[p..n])).unwrap_or(0);
            if q != p {
                sva.swap(p, q);
                swap_cols(&mut a, p, q);
                if let Some(v) = v.as_mut() {
                    swap_cols(v, p, q);
                }
            }
        }
        if sva[p] != zero {
            nonzero += 1;
            if sva[p] * skl > sfmin {
                above += 1;
            }
        }
    }
    if lsvec {
        #[allow(clippy::needless_range_loop)] // the index is a matrix coordinate too
        for p in 0..nonzero {
            lascl(MatrixKind::General, 0, 0, sva[p], one, m, 1, column(&mut a, p));
        }
    }
    if jobv == JacobiRight::Vectors {
        // V is a product of rotations some of which had cos rounded to one.
        if let Some(v) = v.as_mut() {
            for p in 0..n {
                let r = col_norm(v, p);
                if r > zero {
                    lascl(MatrixKind::General, 0, 0, r, one, n, 1, column(v, p));
                }
            }
        }
    }
    // Undo the scaling if the values allow it.
    if (skl > one && sva[0] < big / skl) || (skl < one && sva[above.max(1) - 1] > sfmin / skl) {
        sva[..n].iter_mut().for_each(|s| *s *= skl);
        skl = one;
    }
    stats.scale = skl;
    stats.nonzero = nonzero;
    stats.above_underflow = above;
    stats.sweeps = progress.sweeps;
    stats.max_cos = progress.last.max_cos;
    stats.max_sin = progress.last.max_sin;
    stats.converged = progress.converged;
    Ok(stats)
}

/// Folds the column scaling `d` into A (`A := A diag(d)`, `d := 1`): the
/// sweeps below work on A itself.
fn fold_scaling<T: Scalar>(a: &mut MatMut<'_, T>, d: &mut [T]) {
    for (j, dj) in d.iter_mut().enumerate() {
        if *dj != T::one() {
            ferroblas_kernels::level1::scal(*dj, a.rb_mut().col_mut(j));
            *dj = T::one();
        }
    }
}

/// `nsweep` sweeps of the one-sided Jacobi method, with de Rijk's pivoting,
/// on the columns of `A diag(d)` (`?gsvj0`), the pre-processing [`gesvj`]'s
/// callers use. On entry `sva` holds the column norms of `A diag(d)`; on exit
/// `A diag(d)` (returned with `d = 1`) is the input times the rotations,
/// `sva` its column norms, and the rotations are applied to V as `jobv` says
/// ([`JacobiRight::Vectors`]: to the `n x n` V, not reset first).
/// Convergence is `|cos| <= tol` for every pair; `eps` and `sfmin` are the
/// caller's machine constants. Workspace: [`gesvj_req`]. `Err(nsweep - 1)`
/// when the sweeps ran out, as the reference reports it.
#[allow(clippy::too_many_arguments)]
pub fn gsvj0<T: Scalar>(
    jobv: JacobiRight,
    mut a: MatMut<'_, T>,
    d: &mut [T],
    sva: &mut [T::Real],
    v: MatMut<'_, T>,
    eps: T::Real,
    sfmin: T::Real,
    tol: T::Real,
    nsweep: usize,
    work: Workspace<'_>,
) -> Result<(), Info> {
    sweeps_on_scaled(jobv, &mut a, d, sva, v, eps, sfmin, tol, nsweep, Pairs::All, work)
}

/// `nsweep` sweeps of the one-sided Jacobi method on `A diag(d)` that rotate
/// only the pairs across its first `n1` and remaining columns (`?gsvj1`):
/// orthogonalises the two blocks against each other when each is already
/// orthogonal inside. Arguments and results as [`gsvj0`]'s.
#[allow(clippy::too_many_arguments)]
pub fn gsvj1<T: Scalar>(
    jobv: JacobiRight,
    n1: usize,
    mut a: MatMut<'_, T>,
    d: &mut [T],
    sva: &mut [T::Real],
    v: MatMut<'_, T>,
    eps: T::Real,
    sfmin: T::Real,
    tol: T::Real,
    nsweep: usize,
    work: Workspace<'_>,
) -> Result<(), Info> {
    let n1 = n1.min(a.ncols());
    sweeps_on_scaled(jobv, &mut a, d, sva, v, eps, sfmin, tol, nsweep, Pairs::Across(n1), work)
}

#[allow(clippy::too_many_arguments)]
fn sweeps_on_scaled<T: Scalar>(
    jobv: JacobiRight,
    a: &mut MatMut<'_, T>,
    d: &mut [T],
    sva: &mut [T::Real],
    v: MatMut<'_, T>,
    eps: T::Real,
    sfmin: T::Real,
    tol: T::Real,
    nsweep: usize,
    pairs: Pairs,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let (m, n) = (a.nrows(), a.ncols());
    if m == 0 || n == 0 {
        return Ok(());
    }
    fold_scaling(a, &mut d[..n]);
    let mut v = rotated_part(jobv, v, n);
    let c = Consts::new(eps, sfmin, tol);
    let (tmp, _) = work.take::<T>(m);
    let progress = sweeps(a, &mut v, &mut sva[..n], pairs, &c, nsweep, tmp);
    if progress.converged || nsweep <= 1 {
        Ok(())
    } else {
        Err(Info::new(nsweep - 1))
    }
}
