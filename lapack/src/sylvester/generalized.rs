//! The generalized Sylvester equation (`?tgsyl`, `?tgsy2`):
//!
//! ```text
//! A R - L B = scale C            A^H R + D^H L = scale C
//! D R - L E = scale F     or     R B^H + L E^H = -scale F   (the transposed form)
//! ```
//!
//! for the pairs (A, D) `m x m` and (B, E) `n x n` in generalized Schur form:
//! A and B upper quasi-triangular (1x1 and 2x2 diagonal blocks) for real
//! types, upper triangular for complex ones; D and E upper triangular. R and
//! L overwrite C and F. Optionally the reciprocal of `Dif[(A, D), (B, E)]`,
//! the separation of the two pairs, is estimated from the same sweep.
//!
//! [`tgsyl`] is recursive, like [`trsyl`](super::trsyl): split A (rows) or B
//! (columns) near the middle, never inside a 2x2 block, solve the half that
//! does not depend on the other, take its contribution off the other's
//! right-hand sides with GEMMs, solve that. Below a crossover [`tgsy2`], the
//! reference's block-by-block sweep, solves each pair of diagonal blocks as
//! one linear system of 2 to 8 unknowns with [`getc2`] and [`gesc2`]; the
//! `Dif` estimate sums [`latdf`]'s contributions of those systems.

use super::complete::{gesc2, getc2, latdf, DifMethod};
use crate::relapack::level3::Level3;
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef, Trans};

/// Rows (of A) and columns (of B) solved by [`tgsy2`] without a further split.
pub const CROSSOVER: usize = 16;

/// What [`tgsyl`] computes (LAPACK's IJOB).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SylJob {
    /// Solve only (IJOB = 0).
    Solve,
    /// Solve, and estimate Dif with the given method (IJOB = 1 look-ahead,
    /// 2 `gecon`): a second sweep from zero right-hand sides.
    SolveAndDif(DifMethod),
    /// Estimate Dif only (IJOB = 3, 4); C and F are overwritten with the
    /// sweep's intermediate values.
    DifOnly(DifMethod),
}

impl SylJob {
    /// LAPACK's IJOB, 0 to 4; `None` for anything else.
    pub fn from_int(ijob: i64) -> Option<Self> {
        Some(match ijob {
            0 => SylJob::Solve,
            1 | 2 => SylJob::SolveAndDif(DifMethod::from_int(ijob)),
            3 | 4 => SylJob::DifOnly(DifMethod::from_int(ijob - 2)),
            _ => return None,
        })
    }
}

/// What [`tgsyl`] reports.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GenScaled<R> {
    /// `0 < scale <= 1`: R and L solve the equations for `scale * (C, F)`;
    /// 1 after a Dif-only job.
    pub scale: R,
    /// The reciprocal Dif estimate, when one was asked for (not transposed)
    /// and computed: `None` leaves the caller's DIF as it was, as the
    /// reference does when every contribution was zero.
    pub dif: Option<R>,
    /// (A, D) and (B, E) have common or close eigenvalues: a pivot of a small
    /// system was perturbed (LAPACK's INFO > 0, the pivot's 1-based index in
    /// that system).
    pub perturbed: Option<Info>,
}

impl<R> GenScaled<R> {
    /// LAPACK's INFO.
    pub fn info(&self) -> Result<(), Info> {
        match self.perturbed {
            Some(i) => Err(i),
            None => Ok(()),
        }
    }
}

/// What [`tgsy2`] reports.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tgsy2<R> {
    /// `0 < scale <= 1` (1 for a Dif sweep, which never scales).
    pub scale: R,
    /// The number of pairs of diagonal blocks of A and B solved (the real
    /// reference's PQ, the systems whose Dif contributions were summed).
    pub pq: usize,
    /// A perturbed pivot, as in [`GenScaled::perturbed`].
    pub perturbed: Option<Info>,
}

/// The workspace [`tgsyl`] needs: a copy of C and F when it both solves and
/// estimates Dif (not transposed), else none.
pub fn tgsyl_req<T: Scalar>(trans: Trans, job: SylJob, m: usize, n: usize) -> WorkReq {
    match (trans, job) {
        (Trans::No, SylJob::SolveAndDif(_)) => WorkReq::new::<T>(2 * m * n),
        _ => WorkReq::EMPTY,
    }
}

/// LAPACK's minimal LWORK for [`tgsyl`]: `max(1, 2 m n)` when it solves and
/// estimates Dif (not transposed), else 1.
pub fn tgsyl_lwork(trans: Trans, job: SylJob, m: usize, n: usize) -> usize {
    match (trans, job) {
        (Trans::No, SylJob::SolveAndDif(_)) => (2 * m * n).max(1),
        _ => 1,
    }
}

/// Solves the generalized Sylvester equation (see the [module](self) docs)
/// in place of `c` (R) and `f` (L), `trans` `Trans::No` or the (conjugate)
/// transpose, and estimates the reciprocal Dif as `job` asks (only when not
/// transposed, as the reference). `work` holds [`tgsyl_req`].
#[allow(clippy::too_many_arguments)]
pub fn tgsyl<T: Scalar>(
    trans: Trans,
    job: SylJob,
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    c: MatMut<'_, T>,
    d: MatRef<'_, T>,
    e: MatRef<'_, T>,
    f: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) -> GenScaled<T::Real> {
    tgsyl_with(trans, job, a, b, c, d, e, f, par, work, CROSSOVER)
}

/// [`tgsyl`] with the recursion's crossover chosen by the caller (tests, and
/// the ABI, which honours ILAENV's block size).
#[allow(clippy::too_many_arguments)]
pub fn tgsyl_with<T: Scalar>(
    trans: Trans,
    job: SylJob,
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    mut c: MatMut<'_, T>,
    d: MatRef<'_, T>,
    e: MatRef<'_, T>,
    mut f: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
    crossover: usize,
) -> GenScaled<T::Real> {
    let (m, n) = (a.nrows(), b.nrows());
    assert!(
        a.ncols() == m && b.ncols() == n && d.nrows() == m && d.ncols() == m && e.nrows() == n && e.ncols() == n,
        "tgsyl: operand shapes disagree"
    );
    assert!(c.nrows() == m && c.ncols() == n && f.nrows() == m && f.ncols() == n, "tgsyl: operand shapes disagree");
    let (zero, one) = (<T::Real as Scalar>::zero(), <T::Real as Scalar>::one());
    let job = if trans == Trans::No { job } else { SylJob::Solve };
    if m == 0 || n == 0 {
        let dif = (job != SylJob::Solve).then_some(zero);
        return GenScaled { scale: one, dif, perturbed: None };
    }
    let ctx = Ctx { trans, l3: Level3::new(par), nb: crossover.max(1) };
    let sweep = |method: Option<DifMethod>, c: MatMut<'_, T>, f: MatMut<'_, T>| {
        let mut acc = DifSum { method, sum: one, scale: zero, pq: 0 };
        let (scale, perturbed) = recurse(&ctx, a, b, c, d, e, f, &mut acc);
        let dif = (method.is_some() && acc.scale != zero).then(|| {
            let k = match method {
                Some(DifMethod::LookAhead) => 2 * m * n,
                _ if T::IS_COMPLEX => m * n,
                _ => acc.pq,
            };
            <T::Real as RealScalar>::from_f64(k as f64).sqrt() / (acc.scale * acc.sum.sqrt())
        });
        (scale, perturbed, dif)
    };
    match job {
        SylJob::Solve => {
            let (scale, perturbed, _) = sweep(None, c, f);
            GenScaled { scale, dif: None, perturbed }
        }
        SylJob::DifOnly(method) => {
            fill_zero(c.rb_mut());
            fill_zero(f.rb_mut());
            let (scale, perturbed, dif) = sweep(Some(method), c, f);
            GenScaled { scale, dif, perturbed }
        }
        SylJob::SolveAndDif(method) => {
            let (scale, p1, _) = sweep(None, c.rb_mut(), f.rb_mut());
            // The solution waits in `work` while the Dif sweep runs from
            // zero right-hand sides in C and F.
            let (saved, _) = work.take::<T>(2 * m * n);
            let (sc, sf) = saved.split_at_mut(m * n);
            copy(c.rb(), MatMut::from_col_major(sc, m, n, m));
            copy(f.rb(), MatMut::from_col_major(sf, m, n, m));
            fill_zero(c.rb_mut());
            fill_zero(f.rb_mut());
            let (_, p2, dif) = sweep(Some(method), c.rb_mut(), f.rb_mut());
            copy(MatRef::from_col_major(sc, m, n, m), c);
            copy(MatRef::from_col_major(sf, m, n, m), f);
            GenScaled { scale, dif, perturbed: p2.or(p1) }
        }
    }
}

/// `dst := src`.
fn copy<T: Scalar>(src: MatRef<'_, T>, mut dst: MatMut<'_, T>) {
    for j in 0..src.ncols() {
        for i in 0..src.nrows() {
            dst.set(i, j, src.get(i, j));
        }
    }
}

/// `x := 0`.
fn fill_zero<T: Scalar>(mut x: MatMut<'_, T>) {
    for j in 0..x.ncols() {
        for i in 0..x.nrows() {
            x.set(i, j, T::zero());
        }
    }
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

/// What every level of the recursion shares.
struct Ctx {
    trans: Trans,
    l3: Level3,
    nb: usize,
}

/// The Dif sweep's running sum of squares `scale^2 sum` and block-pair count.
struct DifSum<R> {
    method: Option<DifMethod>,
    sum: R,
    scale: R,
    pq: usize,
}

/// Where to split an `n x n` quasi-triangular `a` near the middle without
/// cutting a 2x2 block; `None` for a single block.
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

/// Solves the subproblem on `c`, `f`; returns its scale and the last
/// perturbed pivot.
#[allow(clippy::too_many_arguments)]
fn recurse<T: Scalar>(
    ctx: &Ctx,
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    c: MatMut<'_, T>,
    d: MatRef<'_, T>,
    e: MatRef<'_, T>,
    f: MatMut<'_, T>,
    acc: &mut DifSum<T::Real>,
) -> (T::Real, Option<Info>) {
    let (m, n) = (a.nrows(), b.nrows());
    let leaf = |acc: &mut DifSum<T::Real>, c, f| {
        let r = tgsy2_acc(ctx.trans, acc.method, a, b, c, d, e, f, &mut acc.sum, &mut acc.scale);
        acc.pq += r.pq;
        (r.scale, r.perturbed)
    };
    if m <= ctx.nb && n <= ctx.nb {
        return leaf(acc, c, f);
    }
    let (sa, sb) = (split_point(a), split_point(b));
    let split_a = match (sa, sb) {
        (Some(_), Some(_)) => m >= n,
        (Some(_), None) => true,
        (None, Some(_)) => false,
        (None, None) => return leaf(acc, c, f),
    };
    let notran = ctx.trans == Trans::No;
    let (one, minus) = (T::one(), -T::one());
    if split_a {
        let k = sa.expect("a split of A");
        let (a11, a12, a22) = (a.submatrix(0, 0, k, k), a.submatrix(0, k, k, m - k), a.submatrix(k, k, m - k, m - k));
        let (d11, d12, d22) = (d.submatrix(0, 0, k, k), d.submatrix(0, k, k, m - k), d.submatrix(k, k, m - k, m - k));
        let (c1, c2) = c.split_at_row(k);
        let (f1, f2) = f.split_at_row(k);
        if notran {
            // Bottom rows first: A22 R2 - L2 B = C2 does not involve the top.
            let (mut c2, mut f2, mut c1, mut f1) = (c2, f2, c1, f1);
            let (s1, p1) = recurse(ctx, a22, b, c2.rb_mut(), d22, e, f2.rb_mut(), acc);
            scale_by(s1, c1.rb_mut());
            scale_by(s1, f1.rb_mut());
            ctx.l3.gemm(Trans::No, Trans::No, minus, a12, c2.rb(), one, c1.rb_mut());
            ctx.l3.gemm(Trans::No, Trans::No, minus, d12, c2.rb(), one, f1.rb_mut());
            let (s2, p2) = recurse(ctx, a11, b, c1, d11, e, f1, acc);
            scale_by(s2, c2);
            scale_by(s2, f2);
            (s1 * s2, p2.or(p1))
        } else {
            // Top rows first: A11^H R1 + D11^H L1 = C1.
            let (mut c1, mut f1, mut c2, mut f2) = (c1, f1, c2, f2);
            let (s1, p1) = recurse(ctx, a11, b, c1.rb_mut(), d11, e, f1.rb_mut(), acc);
            scale_by(s1, c2.rb_mut());
            scale_by(s1, f2.rb_mut());
            ctx.l3.gemm(ctx.trans, Trans::No, minus, a12, c1.rb(), one, c2.rb_mut());
            ctx.l3.gemm(ctx.trans, Trans::No, minus, d12, f1.rb(), one, c2.rb_mut());
            let (s2, p2) = recurse(ctx, a22, b, c2, d22, e, f2, acc);
            scale_by(s2, c1);
            scale_by(s2, f1);
            (s1 * s2, p2.or(p1))
        }
    } else {
        let k = sb.expect("a split of B");
        let (b11, b12, b22) = (b.submatrix(0, 0, k, k), b.submatrix(0, k, k, n - k), b.submatrix(k, k, n - k, n - k));
        let (e11, e12, e22) = (e.submatrix(0, 0, k, k), e.submatrix(0, k, k, n - k), e.submatrix(k, k, n - k, n - k));
        let (c1, c2) = c.split_at_col(k);
        let (f1, f2) = f.split_at_col(k);
        if notran {
            // Left columns first: A R1 - L1 B11 = C1 does not involve the right.
            let (mut c1, mut f1, mut c2, mut f2) = (c1, f1, c2, f2);
            let (s1, p1) = recurse(ctx, a, b11, c1.rb_mut(), d, e11, f1.rb_mut(), acc);
            scale_by(s1, c2.rb_mut());
            scale_by(s1, f2.rb_mut());
            ctx.l3.gemm(Trans::No, Trans::No, one, f1.rb(), b12, one, c2.rb_mut());
            ctx.l3.gemm(Trans::No, Trans::No, one, f1.rb(), e12, one, f2.rb_mut());
            let (s2, p2) = recurse(ctx, a, b22, c2, d, e22, f2, acc);
            scale_by(s2, c1);
            scale_by(s2, f1);
            (s1 * s2, p2.or(p1))
        } else {
            // Right columns first: R2 B22^H + L2 E22^H = -F2.
            let (mut c2, mut f2, mut c1, mut f1) = (c2, f2, c1, f1);
            let (s1, p1) = recurse(ctx, a, b22, c2.rb_mut(), d, e22, f2.rb_mut(), acc);
            scale_by(s1, c1.rb_mut());
            scale_by(s1, f1.rb_mut());
            ctx.l3.gemm(Trans::No, ctx.trans, one, c2.rb(), b12, one, f1.rb_mut());
            ctx.l3.gemm(Trans::No, ctx.trans, one, f2.rb(), e12, one, f1.rb_mut());
            let (s2, p2) = recurse(ctx, a, b11, c1, d, e11, f1, acc);
            scale_by(s2, c2);
            scale_by(s2, f2);
            (s1 * s2, p2.or(p1))
        }
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

/// The number of diagonal blocks of `a`.
fn count_blocks<T: Scalar>(a: MatRef<'_, T>) -> usize {
    let (mut i, mut count) = (0, 0);
    while i < a.nrows() {
        i += block_from(a, i);
        count += 1;
    }
    count
}

/// The unblocked solver (`?tgsy2`): the equations of the [module](self) docs
/// block by block, each pair of diagonal blocks (1x1 or 2x2 of A, of B) a
/// linear system of `2 mb nb` unknowns `(R_ij, L_ij)` factored by [`getc2`].
/// When not transposed and `dif` names a method, each system's solution is
/// [`latdf`]'s instead of [`gesc2`]'s, and its contribution is added to the
/// scaled sum of squares `(rdscal, rdsum)`; the solve never scales then.
///
/// Not transposed, the blocks go bottom to top in A within left to right in
/// B; transposed, left to right in A within right to left in B.
#[allow(clippy::too_many_arguments)]
pub fn tgsy2<T: Scalar>(
    trans: Trans,
    dif: Option<DifMethod>,
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    c: MatMut<'_, T>,
    d: MatRef<'_, T>,
    e: MatRef<'_, T>,
    f: MatMut<'_, T>,
    rdsum: &mut T::Real,
    rdscal: &mut T::Real,
) -> Tgsy2<T::Real> {
    let (m, n) = (a.nrows(), b.nrows());
    assert!(
        a.ncols() == m && b.ncols() == n && d.nrows() == m && d.ncols() == m && e.nrows() == n && e.ncols() == n,
        "tgsy2: operand shapes disagree"
    );
    assert!(c.nrows() == m && c.ncols() == n && f.nrows() == m && f.ncols() == n, "tgsy2: operand shapes disagree");
    let dif = if trans == Trans::No { dif } else { None };
    tgsy2_acc(trans, dif, a, b, c, d, e, f, rdsum, rdscal)
}

/// [`tgsy2`] without the shape checks, for the recursion's leaves.
#[allow(clippy::too_many_arguments)]
fn tgsy2_acc<T: Scalar>(
    trans: Trans,
    dif: Option<DifMethod>,
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    mut c: MatMut<'_, T>,
    d: MatRef<'_, T>,
    e: MatRef<'_, T>,
    mut f: MatMut<'_, T>,
    rdsum: &mut T::Real,
    rdscal: &mut T::Real,
) -> Tgsy2<T::Real> {
    let (m, n) = (a.nrows(), b.nrows());
    let one = <T::Real as Scalar>::one();
    let notran = trans == Trans::No;
    let (p, q) = (count_blocks(a), count_blocks(b));
    let mut scale = one;
    let mut perturbed = None;
    // Not transposed: B's blocks left to right, A's bottom to top within
    // each; transposed: A's top to bottom, B's right to left within each.
    let mut solve = |is: usize, ie: usize, js: usize, je: usize| {
        let (mb, nb) = (ie - is, je - js);
        let k = mb * nb;
        let zdim = 2 * k;
        // Unknown R(i, j) is number i + mb j, L(i, j) is k + i + mb j;
        // the C equation (i, j) is row i + mb j, the F equation k + i + mb j.
        let mut zbuf = [T::zero(); 64];
        let mut rhs = [T::zero(); 8];
        for j in 0..nb {
            for i in 0..mb {
                let row = i + mb * j;
                for pp in 0..mb {
                    zbuf[row + 8 * (pp + mb * j)] = a.get(is + i, is + pp);
                    if pp >= i {
                        zbuf[k + row + 8 * (pp + mb * j)] = d.get(is + i, is + pp);
                    }
                }
                for qq in 0..nb {
                    zbuf[row + 8 * (k + i + mb * qq)] = -b.get(js + qq, js + j);
                    if qq <= j {
                        zbuf[k + row + 8 * (k + i + mb * qq)] = -e.get(js + qq, js + j);
                    }
                }
                rhs[row] = c.get(is + i, js + j);
                rhs[k + row] = f.get(is + i, js + j);
            }
        }
        if !notran {
            // The transposed equations are those of Z^H.
            for r in 0..zdim {
                for s in r..zdim {
                    let (x, y) = (zbuf[r + 8 * s], zbuf[s + 8 * r]);
                    zbuf[r + 8 * s] = y.conj();
                    zbuf[s + 8 * r] = x.conj();
                }
            }
        }
        let mut z = MatMut::from_col_major(&mut zbuf[..], zdim, zdim, 8);
        let (mut ipiv, mut jpiv) = ([0usize; 8], [0usize; 8]);
        if let Err(i) = getc2(z.rb_mut(), &mut ipiv[..zdim], &mut jpiv[..zdim]) {
            perturbed = Some(i);
        }
        match dif {
            Some(method) => (*rdscal, *rdsum) = latdf(method, z.rb(), &mut rhs[..zdim], *rdsum, *rdscal, &ipiv, &jpiv),
            None => {
                let s = gesc2(z.rb(), &mut rhs[..zdim], &ipiv, &jpiv);
                if s != one {
                    scale_by(s, c.rb_mut());
                    scale_by(s, f.rb_mut());
                    scale *= s;
                }
            }
        }
        for j in 0..nb {
            for i in 0..mb {
                c.set(is + i, js + j, rhs[i + mb * j]);
                f.set(is + i, js + j, rhs[k + i + mb * j]);
            }
        }
        let rij = |i: usize, j: usize| rhs[i + mb * j];
        let lij = |i: usize, j: usize| rhs[k + i + mb * j];
        if notran {
            // C(0..is, js..je) -= A(0..is, is..ie) R, F likewise with D;
            // C(is..ie, je..n) += L B(js..je, je..n), F likewise with E.
            for j in 0..nb {
                for r in 0..is {
                    let (mut sc, mut sf) = (T::zero(), T::zero());
                    for pp in 0..mb {
                        sc += a.get(r, is + pp) * rij(pp, j);
                        sf += d.get(r, is + pp) * rij(pp, j);
                    }
                    c.set(r, js + j, c.get(r, js + j) - sc);
                    f.set(r, js + j, f.get(r, js + j) - sf);
                }
            }
            for col in je..n {
                for i in 0..mb {
                    let (mut sc, mut sf) = (T::zero(), T::zero());
                    for qq in 0..nb {
                        sc += lij(i, qq) * b.get(js + qq, col);
                        sf += lij(i, qq) * e.get(js + qq, col);
                    }
                    c.set(is + i, col, c.get(is + i, col) + sc);
                    f.set(is + i, col, f.get(is + i, col) + sf);
                }
            }
        } else {
            // F(is..ie, 0..js) += R B(0..js, js..je)^H + L E(0..js, js..je)^H;
            // C(ie..m, js..je) -= A(is..ie, ie..m)^H R + D(is..ie, ie..m)^H L.
            for col in 0..js {
                for i in 0..mb {
                    let mut s = T::zero();
                    for qq in 0..nb {
                        s += rij(i, qq) * b.get(col, js + qq).conj() + lij(i, qq) * e.get(col, js + qq).conj();
                    }
                    f.set(is + i, col, f.get(is + i, col) + s);
                }
            }
            for j in 0..nb {
                for r in ie..m {
                    let mut s = T::zero();
                    for pp in 0..mb {
                        s += a.get(is + pp, r).conj() * rij(pp, j) + d.get(is + pp, r).conj() * lij(pp, j);
                    }
                    c.set(r, js + j, c.get(r, js + j) - s);
                }
            }
        }
    };
    if notran {
        let mut js = 0;
        while js < n {
            let je = js + block_from(b, js);
            let mut ie = m;
            while ie > 0 {
                let is = ie - block_to(a, ie);
                solve(is, ie, js, je);
                ie = is;
            }
            js = je;
        }
    } else {
        let mut is = 0;
        while is < m {
            let ie = is + block_from(a, is);
            let mut je = n;
            while je > 0 {
                let js = je - block_to(b, je);
                solve(is, ie, js, je);
                je = js;
            }
            is = ie;
        }
    }
    Tgsy2 { scale, pq: p * q, perturbed }
}
