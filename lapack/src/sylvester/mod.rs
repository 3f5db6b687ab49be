//! The Sylvester equation `op(A) X + sign X op(B) = scale C` for A and B in
//! Schur form (`?trsyl`): upper quasi-triangular with 1x1 and 2x2 diagonal
//! blocks for real types, upper triangular for complex ones. The small
//! solvers under it, [`lasy2`] and [`laln2`], are in [`small`].
//!
//! Recursive, as ReLAPACK does it: split the larger of A and B near the
//! middle (never inside a 2x2 block), solve the half that does not depend on
//! the other, subtract its contribution from the other's right-hand side with
//! one GEMM, solve that. Below a crossover the reference's element-wise
//! sweep solves 1x1, 1x2, 2x1 or 2x2 systems with dot products.
//!
//! Each piece may scale its right-hand side down to avoid overflow; the
//! scales multiply, and a piece solved before a later piece scaled is scaled
//! by that factor too, so the whole X always solves for one `scale * C`.

pub mod complete;
pub mod generalized;
pub mod small;

use crate::relapack::level3::Level3;
use crate::{Info, Par};
pub use complete::{gesc2, getc2, latdf, DifMethod};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef, Trans};
pub use generalized::{tgsy2, tgsyl, tgsyl_req, GenScaled, SylJob};
use small::System;
pub use small::{laln2, lasy2, SmallSolve};

/// Rows (of A) and columns (of B) solved without a further split.
pub const CROSSOVER: usize = 16;

/// The sign between the two terms of the Sylvester equation (LAPACK's ISGN).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// `op(A) X + X op(B)` (ISGN = 1).
    Plus,
    /// `op(A) X - X op(B)` (ISGN = -1).
    Minus,
}

impl Sign {
    /// LAPACK's ISGN: 1 or -1; `None` for anything else.
    pub fn from_int(isgn: i64) -> Option<Self> {
        match isgn {
            1 => Some(Sign::Plus),
            -1 => Some(Sign::Minus),
            _ => None,
        }
    }

    /// `1` or `-1`.
    pub fn value<R: RealScalar>(self) -> R {
        match self {
            Sign::Plus => R::one(),
            Sign::Minus => -R::one(),
        }
    }
}

/// What [`trsyl`] reports: the scale of its right-hand side and whether
/// nearly singular pieces were perturbed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scaled<R> {
    /// `0 < scale <= 1`: X solves the equation for `scale * C`.
    pub scale: R,
    /// A and `-sign B` have close or common eigenvalues: pivots were
    /// perturbed to solve a slightly different equation (LAPACK's INFO = 1).
    pub perturbed: bool,
}

impl<R> Scaled<R> {
    /// LAPACK's INFO: `Err(Info::new(1))` when perturbed.
    pub fn info(&self) -> Result<(), Info> {
        if self.perturbed {
            Err(Info::new(1))
        } else {
            Ok(())
        }
    }
}

/// Overwrites the `m x n` matrix `c` with the solution X of
/// `op(A) X + sign X op(B) = scale C` (`?trsyl`), A `m x m` and B `n x n` in
/// Schur form: upper quasi-triangular with standardized 2x2 blocks for real
/// types, upper triangular for complex ones (what lies below the diagonal is
/// then not read). `op` is `Trans::No`, `Trans::Trans` or `Trans::ConjTrans`.
pub fn trsyl<T: Scalar>(
    trana: Trans,
    tranb: Trans,
    sign: Sign,
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    c: MatMut<'_, T>,
    par: Par,
) -> Scaled<T::Real> {
    trsyl_with(trana, tranb, sign, a, b, c, par, CROSSOVER)
}

/// [`trsyl`] with the recursion's crossover chosen by the caller (tests).
#[allow(clippy::too_many_arguments)]
pub fn trsyl_with<T: Scalar>(
    trana: Trans,
    tranb: Trans,
    sign: Sign,
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    c: MatMut<'_, T>,
    par: Par,
    crossover: usize,
) -> Scaled<T::Real> {
    let (m, n) = (a.nrows(), b.nrows());
    assert!(a.ncols() == m && b.ncols() == n && c.nrows() == m && c.ncols() == n, "trsyl: operand shapes disagree");
    let one = <T::Real as Scalar>::one();
    if m == 0 || n == 0 {
        return Scaled { scale: one, perturbed: false };
    }
    let eps = lamch::<T::Real>(Machine::Precision);
    let smlnum = lamch::<T::Real>(Machine::SafeMin) * <T::Real as RealScalar>::from_f64((m * n) as f64) / eps;
    let smin = smlnum.max(eps * maxabs(a)).max(eps * maxabs(b));
    let ctx = Ctx { trana, tranb, sign: sign.value(), smin, smlnum, l3: Level3::new(par), nb: crossover.max(1) };
    let (scale, perturbed) = recurse(&ctx, a, b, c);
    Scaled { scale, perturbed }
}

/// What every level of the recursion shares.
struct Ctx<R> {
    trana: Trans,
    tranb: Trans,
    sign: R,
    /// Pivots at most this small are perturbed to it.
    smin: R,
    /// The overflow threshold's reciprocal, for the leaves' scaling.
    smlnum: R,
    l3: Level3,
    nb: usize,
}

/// The largest `|re| + |im|` of the triangle and subdiagonal the solver reads.
fn maxabs<T: Scalar>(a: MatRef<'_, T>) -> T::Real {
    let n = a.nrows();
    let mut v = <T::Real as Scalar>::zero();
    for j in 0..n {
        for i in 0..(j + 2).min(n) {
            if i <= j || !T::IS_COMPLEX {
                v = v.max(a.get(i, j).abs1());
            }
        }
    }
    v
}

/// Where to split an `n x n` Schur form near the middle without cutting a
/// 2x2 block (whose subdiagonal entry is nonzero); `None` when it cannot be
/// split, a single 2x2 block.
fn split_point<T: Scalar>(a: MatRef<'_, T>) -> Option<usize> {
    let n = a.nrows();
    if n < 2 {
        return None;
    }
    let mut k = if n >= 16 { (n / 2).div_ceil(8) * 8 } else { n / 2 };
    if !T::IS_COMPLEX && !a.get(k, k - 1).is_zero() {
        k += 1;
    }
    (k < n).then_some(k)
}

/// `c := s c`.
fn scale_by<T: Scalar>(s: T::Real, mut c: MatMut<'_, T>) {
    if s != <T::Real as Scalar>::one() {
        for j in 0..c.ncols() {
            for i in 0..c.nrows() {
                c.set(i, j, c.get(i, j).scale_real(s));
            }
        }
    }
}

/// Solves the subproblem on `c`; returns its scale and whether it perturbed.
fn recurse<T: Scalar>(ctx: &Ctx<T::Real>, a: MatRef<'_, T>, b: MatRef<'_, T>, c: MatMut<'_, T>) -> (T::Real, bool) {
    let (m, n) = (a.nrows(), b.nrows());
    if m <= ctx.nb && n <= ctx.nb {
        return leaf(ctx, a, b, c);
    }
    let (sa, sb) = (split_point(a), split_point(b));
    let split_a = match (sa, sb) {
        (Some(_), Some(_)) => m >= n,
        (Some(_), None) => true,
        (None, Some(_)) => false,
        (None, None) => return leaf(ctx, a, b, c),
    };
    let minus = -T::from_real(ctx.sign);
    if split_a {
        let k = sa.expect("a split of A");
        let (a11, a12, a22) = (a.submatrix(0, 0, k, k), a.submatrix(0, k, k, m - k), a.submatrix(k, k, m - k, m - k));
        let (c1, c2) = c.split_at_row(k);
        // op(A) upper (no transpose): the bottom rows first; otherwise the top.
        let ((first_a, mut first), (second_a, mut second)) =
            if ctx.trana == Trans::No { ((a22, c2), (a11, c1)) } else { ((a11, c1), (a22, c2)) };
        let (s1, p1) = recurse(ctx, first_a, b, first.rb_mut());
        scale_by(s1, second.rb_mut());
        // second -= op(A)'s off-diagonal block times the solved rows.
        ctx.l3.gemm(ctx.trana, Trans::No, -T::one(), a12, first.rb(), T::one(), second.rb_mut());
        let (s2, p2) = recurse(ctx, second_a, b, second);
        scale_by(s2, first);
        (s1 * s2, p1 || p2)
    } else {
        let k = sb.expect("a split of B");
        let (b11, b12, b22) = (b.submatrix(0, 0, k, k), b.submatrix(0, k, k, n - k), b.submatrix(k, k, n - k, n - k));
        let (c1, c2) = c.split_at_col(k);
        // X op(B), op(B) upper: the left columns first; otherwise the right.
        let ((first_b, mut first), (second_b, mut second)) =
            if ctx.tranb == Trans::No { ((b11, c1), (b22, c2)) } else { ((b22, c2), (b11, c1)) };
        let (s1, p1) = recurse(ctx, a, first_b, first.rb_mut());
        scale_by(s1, second.rb_mut());
        ctx.l3.gemm(Trans::No, ctx.tranb, minus, first.rb(), b12, T::one(), second.rb_mut());
        let (s2, p2) = recurse(ctx, a, second_b, second);
        scale_by(s2, first);
        (s1 * s2, p1 || p2)
    }
}

/// The size (1 or 2) of the diagonal block of `a` starting at `i`.
fn block_from<T: Scalar>(a: MatRef<'_, T>, i: usize) -> usize {
    if !T::IS_COMPLEX && i + 1 < a.nrows() && !a.get(i + 1, i).is_zero() {
        2
    } else {
        1
    }
}

/// The size (1 or 2) of the diagonal block of `a` ending before `e`.
fn block_to<T: Scalar>(a: MatRef<'_, T>, e: usize) -> usize {
    if !T::IS_COMPLEX && e >= 2 && !a.get(e - 1, e - 2).is_zero() {
        2
    } else {
        1
    }
}

/// `op(X)(i, j)`.
#[inline]
fn op<T: Scalar>(x: MatRef<'_, T>, t: Trans, i: usize, j: usize) -> T {
    match t {
        Trans::No => x.get(i, j),
        Trans::Trans => x.get(j, i),
        Trans::ConjTrans => x.get(j, i).conj(),
    }
}

/// The element-wise sweep: block by block in the order the triangles allow,
/// each right-hand side reduced by dot products with the solved blocks, then
/// solved as a system of at most four unknowns. A block that scales its
/// system scales all of `c` (solved and not), so one scale holds for all.
fn leaf<T: Scalar>(ctx: &Ctx<T::Real>, a: MatRef<'_, T>, b: MatRef<'_, T>, mut c: MatMut<'_, T>) -> (T::Real, bool) {
    let (m, n) = (a.nrows(), b.nrows());
    let (ta, tb) = (ctx.trana, ctx.tranb);
    let one = <T::Real as Scalar>::one();
    let (mut scale, mut perturbed) = (one, false);
    let sgn = T::from_real(ctx.sign);
    // Columns left to right when op(B) is upper triangular, else right to left.
    let mut lpos = 0;
    while lpos < n {
        let (l1, l2) = if tb == Trans::No {
            let w = block_from(b, lpos);
            (lpos, lpos + w)
        } else {
            let w = block_to(b, n - lpos);
            (n - lpos - w, n - lpos)
        };
        lpos += l2 - l1;
        // Rows bottom to top when op(A) is upper triangular, else top to bottom.
        let mut kpos = 0;
        while kpos < m {
            let (k1, k2) = if ta == Trans::No {
                let w = block_to(a, m - kpos);
                (m - kpos - w, m - kpos)
            } else {
                let w = block_from(a, kpos);
                (kpos, kpos + w)
            };
            kpos += k2 - k1;
            let (ka, kb) = (k2 - k1, l2 - l1);
            let mut sys =
                System::sylvester(ka, kb, ctx.sign, |i, p| op(a, ta, k1 + i, k1 + p), |q, j| op(b, tb, l1 + q, l1 + j));
            let rows = if ta == Trans::No { k2..m } else { 0..k1 };
            let cols = if tb == Trans::No { 0..l1 } else { l2..n };
            for j in l1..l2 {
                for i in k1..k2 {
                    let mut v = c.get(i, j);
                    for p in rows.clone() {
                        v -= op(a, ta, i, p) * c.get(p, j);
                    }
                    let mut w = T::zero();
                    for q in cols.clone() {
                        w += c.get(i, q) * op(b, tb, q, j);
                    }
                    sys.rhs[(i - k1) + ka * (j - l1)] = v - sgn * w;
                }
            }
            let (s, p) = sys.solve(ctx.smin, ctx.smlnum);
            perturbed |= p;
            if s != one {
                scale_by(s, c.rb_mut());
                scale *= s;
            }
            for j in l1..l2 {
                for i in k1..k2 {
                    c.set(i, j, sys.rhs[(i - k1) + ka * (j - l1)]);
                }
            }
        }
    }
    (scale, perturbed)
}
