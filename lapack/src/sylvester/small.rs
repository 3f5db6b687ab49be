//! The small systems under the Sylvester solver: `?lasy2` (a Sylvester
//! equation with 1x1 or 2x2 coefficients), `?laln2` (a shifted 1x1 or 2x2
//! system with a real or complex shift), and the pivoted elimination both
//! [`trsyl`](super::trsyl) leaves and `lasy2` share.
//!
//! Each returns a scale factor `<= 1` that keeps the solution from
//! overflowing, and perturbs pivots smaller than `smin` to `smin` (reporting
//! it), as the reference does for nearly singular systems.

use super::Sign;
use ferroblas_kernels::aux::scalars::{ladiv, lamch, Machine};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef};

/// What a small solve reports: the scale applied to the right-hand side,
/// the infinity-norm of the solution, and whether a pivot was perturbed
/// (LAPACK's INFO = 1: the system was nearly singular).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SmallSolve<R> {
    /// `0 < scale <= 1`; the solution solves the system for `scale * B`.
    pub scale: R,
    /// The infinity-norm of the solution.
    pub xnorm: R,
    /// A pivot below `smin` was replaced by `smin`.
    pub perturbed: bool,
}

/// `a / b`, for complex types without undue overflow (LAPACK's `ladiv`).
#[inline]
pub(crate) fn cdiv<T: Scalar>(a: T, b: T) -> T {
    if T::IS_COMPLEX {
        let (re, im) = ladiv(a.re(), a.im(), b.re(), b.im());
        T::from_parts(re, im)
    } else {
        a / b
    }
}

/// A system of at most four unknowns, `M y = rhs`.
pub(crate) struct System<T> {
    pub m: [[T; 4]; 4],
    pub rhs: [T; 4],
    pub k: usize,
}

impl<T: Scalar> System<T> {
    /// Sets up `op(TL) Y + sign Y op(TR)` for the `ka x kb` unknown Y (its
    /// entries ordered column by column), with `op_tl(i, p)` and `op_tr(q, j)`
    /// the entries of the operators.
    pub(crate) fn sylvester(
        ka: usize,
        kb: usize,
        sign: T::Real,
        op_tl: impl Fn(usize, usize) -> T,
        op_tr: impl Fn(usize, usize) -> T,
    ) -> Self {
        let mut m = [[T::zero(); 4]; 4];
        // Unknown (i, j) is number i + ka j; its equation is row i + ka j.
        for j in 0..kb {
            for i in 0..ka {
                let row = i + ka * j;
                for p in 0..ka {
                    m[row][p + ka * j] += op_tl(i, p);
                }
                for q in 0..kb {
                    m[row][i + ka * q] += op_tr(q, j).scale_real(sign);
                }
            }
        }
        System { m, rhs: [T::zero(); 4], k: ka * kb }
    }

    /// Solves by Gaussian elimination with complete pivoting, in place of
    /// `rhs`: pivots of modulus (`|re| + |im|`) at most `smin` become `smin`.
    /// When the solution could overflow (a right-hand side beyond
    /// `|pivot| / (f smlnum)`, `f = 2^(k-1)`), the right-hand side is scaled
    /// down first. Returns the scale and whether a pivot was perturbed.
    pub(crate) fn solve(&mut self, smin: T::Real, smlnum: T::Real) -> (T::Real, bool) {
        let k = self.k;
        let one = <T::Real as Scalar>::one();
        let mut perturbed = false;
        let mut colswap = [0usize; 4];
        #[allow(clippy::needless_range_loop)] // i indexes rows, columns and swaps alike
        for i in 0..k {
            let (mut ip, mut jp, mut best) = (i, i, -one);
            for r in i..k {
                for c in i..k {
                    let v = self.m[r][c].abs1();
                    if v > best {
                        (ip, jp, best) = (r, c, v);
                    }
                }
            }
            self.m.swap(i, ip);
            self.rhs.swap(i, ip);
            for row in self.m.iter_mut() {
                row.swap(i, jp);
            }
            colswap[i] = jp;
            if self.m[i][i].abs1() <= smin {
                self.m[i][i] = T::from_real(smin);
                perturbed = true;
            }
            for r in i + 1..k {
                let l = cdiv(self.m[r][i], self.m[i][i]);
                let bi = self.rhs[i];
                self.rhs[r] -= l * bi;
                for c in i + 1..k {
                    let u = self.m[i][c];
                    self.m[r][c] -= l * u;
                }
            }
        }
        let f = <T::Real as RealScalar>::from_f64((1u32 << (k - 1)) as f64);
        let mut scale = one;
        if (0..k).any(|i| f * smlnum * self.rhs[i].abs1() > self.m[i][i].abs1()) {
            let bmax = (0..k).fold(<T::Real as Scalar>::zero(), |s, i| s.max(self.rhs[i].abs1()));
            scale = (one / f) / bmax;
            for v in &mut self.rhs[..k] {
                *v = v.scale_real(scale);
            }
        }
        for i in (0..k).rev() {
            let mut v = self.rhs[i];
            for c in i + 1..k {
                v -= self.m[i][c] * self.rhs[c];
            }
            self.rhs[i] = cdiv(v, self.m[i][i]);
        }
        // Undo the column exchanges, last first.
        for i in (0..k).rev() {
            self.rhs.swap(i, colswap[i]);
        }
        (scale, perturbed)
    }
}

/// Solves `op(TL) X + sign X op(TR) = scale B` for the `n1 x n2` X, with
/// `n1, n2` in `0..=2` (`?lasy2`), `op` the transpose where `ltranl` /
/// `ltranr` says so. Pivots below `max(eps max|TL, TR|, safmin / eps)` (for
/// a 1x1 equation `safmin / eps`) are perturbed (`perturbed`: TL and -sign TR
/// have close eigenvalues).
pub fn lasy2<R: RealScalar>(
    ltranl: bool,
    ltranr: bool,
    sign: Sign,
    tl: MatRef<'_, R>,
    tr: MatRef<'_, R>,
    b: MatRef<'_, R>,
    mut x: MatMut<'_, R>,
) -> SmallSolve<R> {
    let (n1, n2) = (tl.nrows(), tr.nrows());
    assert!(n1 <= 2 && n2 <= 2, "lasy2: blocks are 1x1 or 2x2");
    assert!(b.nrows() == n1 && b.ncols() == n2 && x.nrows() == n1 && x.ncols() == n2, "lasy2: operand shapes disagree");
    let one = R::one();
    if n1 == 0 || n2 == 0 {
        return SmallSolve { scale: one, xnorm: R::zero(), perturbed: false };
    }
    let eps = lamch::<R>(Machine::Precision);
    let smlnum = lamch::<R>(Machine::SafeMin) / eps;
    let mut tmax = R::zero();
    for j in 0..n1 {
        for i in 0..n1 {
            tmax = tmax.max(tl.get(i, j).abs());
        }
    }
    for j in 0..n2 {
        for i in 0..n2 {
            tmax = tmax.max(tr.get(i, j).abs());
        }
    }
    // A single equation is perturbed only when its coefficient is below
    // smlnum, as the reference does: its solution is then smlnum-sized
    // relative to B, which its residual test expects.
    let smin = if n1 * n2 == 1 { smlnum } else { (eps * tmax).max(smlnum) };
    let op_tl = |i, p| if ltranl { tl.get(p, i) } else { tl.get(i, p) };
    let op_tr = |q, j| if ltranr { tr.get(j, q) } else { tr.get(q, j) };
    let mut sys = System::sylvester(n1, n2, sign.value::<R>(), op_tl, op_tr);
    for j in 0..n2 {
        for i in 0..n1 {
            sys.rhs[i + n1 * j] = b.get(i, j);
        }
    }
    let (scale, perturbed) = sys.solve(smin, smlnum);
    let mut xnorm = R::zero();
    for i in 0..n1 {
        let mut row = R::zero();
        for j in 0..n2 {
            x.set(i, j, sys.rhs[i + n1 * j]);
            row += sys.rhs[i + n1 * j].abs();
        }
        xnorm = xnorm.max(row);
    }
    SmallSolve { scale, xnorm, perturbed }
}

/// A complex number as a pair of reals, for `laln2`'s complex shift.
#[derive(Clone, Copy)]
struct Cx<R> {
    re: R,
    im: R,
}

impl<R: RealScalar> Cx<R> {
    fn real(re: R) -> Self {
        Cx { re, im: R::zero() }
    }
    fn abs1(self) -> R {
        self.re.abs() + self.im.abs()
    }
    fn sub(self, o: Self) -> Self {
        Cx { re: self.re - o.re, im: self.im - o.im }
    }
    fn mul(self, o: Self) -> Self {
        Cx { re: self.re * o.re - self.im * o.im, im: self.re * o.im + self.im * o.re }
    }
    fn scale(self, r: R) -> Self {
        Cx { re: self.re * r, im: self.im * r }
    }
    fn div(self, o: Self) -> Self {
        let (re, im) = ladiv(self.re, self.im, o.re, o.im);
        Cx { re, im }
    }
}

/// Solves `(ca op(A) - w D) X = scale B` (`?laln2`): A is `na x na` (1 or 2),
/// `op(A)` its transpose when `ltrans`, `D = diag(d1, d2)`, and B, X are
/// `na x nw`: for `nw = 1` real with the real shift `w = wr`, for `nw = 2`
/// the real and imaginary parts of complex ones, with `w = wr + i wi`.
///
/// A coefficient matrix whose (complete-pivoting) pivots fall below
/// `max(smin, 2 safmin)` is perturbed to that size (`perturbed`); `scale`
/// keeps X from overflowing.
#[allow(clippy::too_many_arguments)]
pub fn laln2<R: RealScalar>(
    ltrans: bool,
    smin: R,
    ca: R,
    a: MatRef<'_, R>,
    d1: R,
    d2: R,
    b: MatRef<'_, R>,
    wr: R,
    wi: R,
    mut x: MatMut<'_, R>,
) -> SmallSolve<R> {
    let (na, nw) = (a.nrows(), b.ncols());
    assert!((1..=2).contains(&na) && (1..=2).contains(&nw), "laln2: na and nw are 1 or 2");
    assert!(b.nrows() == na && x.nrows() == na && x.ncols() == nw, "laln2: operand shapes disagree");
    let one = R::one();
    let smlnum = R::from_f64(2.0) * lamch::<R>(Machine::SafeMin);
    let bignum = one / smlnum;
    let smini = smin.max(smlnum);
    let w = Cx { re: wr, im: if nw == 2 { wi } else { R::zero() } };
    let d = [d1, d2];
    // C = ca op(A) - w D, and the right-hand side as complex numbers.
    let mut c = [[Cx::real(R::zero()); 2]; 2];
    let mut rhs = [Cx::real(R::zero()); 2];
    for i in 0..na {
        for (j, cij) in c[i].iter_mut().enumerate().take(na) {
            let aij = if ltrans { a.get(j, i) } else { a.get(i, j) };
            *cij = Cx::real(ca * aij);
        }
        c[i][i] = c[i][i].sub(w.scale(d[i]));
        rhs[i] = Cx { re: b.get(i, 0), im: if nw == 2 { b.get(i, 1) } else { R::zero() } };
    }
    let mut scale = one;
    let mut perturbed = false;
    // The scale that keeps `rhs / pivot` below bignum, for a pivot below one.
    let guard = |bnorm: R, cnorm: R| {
        if cnorm < one && bnorm > one && bnorm > bignum * cnorm {
            one / bnorm
        } else {
            one
        }
    };
    let mut sol = [Cx::real(R::zero()); 2];
    let xnorm;
    if na == 1 {
        let mut c11 = c[0][0];
        if c11.abs1() < smini {
            c11 = Cx::real(smini);
            perturbed = true;
        }
        scale = guard(rhs[0].abs1(), c11.abs1());
        sol[0] = rhs[0].scale(scale).div(c11);
        xnorm = sol[0].abs1();
    } else {
        let (mut r, mut col, mut cmax) = (0, 0, R::zero());
        for (i, row) in c.iter().enumerate() {
            for (j, v) in row.iter().enumerate() {
                if v.abs1() > cmax {
                    (r, col, cmax) = (i, j, v.abs1());
                }
            }
        }
        if cmax < smini {
            // Every entry is negligible: solve with smini times the identity.
            let bnorm = rhs[0].abs1().max(rhs[1].abs1());
            scale = guard(bnorm, smini);
            let t = scale / smini;
            for j in 0..nw {
                for (i, r) in rhs.iter().enumerate() {
                    x.set(i, j, if j == 0 { r.re * t } else { r.im * t });
                }
            }
            return SmallSolve { scale, xnorm: bnorm * t, perturbed: true };
        }
        // Complete pivoting: the largest entry (r, col) is the pivot.
        let (r2, c2) = (1 - r, 1 - col);
        let u11 = c[r][col];
        let u11inv = Cx::real(one).div(u11);
        let l21 = c[r2][col].mul(u11inv);
        let u12 = c[r][c2];
        let mut u22 = c[r2][c2].sub(u12.mul(l21));
        if u22.abs1() < smini {
            u22 = Cx::real(smini);
            perturbed = true;
        }
        let mut b1 = rhs[r];
        let mut b2 = rhs[r2].sub(l21.mul(b1));
        let bbnd = (b1.abs1() * (u22.abs1() * u11inv.abs1())).max(b2.abs1());
        if bbnd > one && u22.abs1() < one && bbnd >= bignum * u22.abs1() {
            scale = one / bbnd;
            b1 = b1.scale(scale);
            b2 = b2.scale(scale);
        }
        let x2 = b2.div(u22);
        let x1 = b1.mul(u11inv).sub(x2.mul(u12.mul(u11inv)));
        sol[col] = x1;
        sol[c2] = x2;
        let mut xn = x1.abs1().max(x2.abs1());
        // Multiplying back by C must not overflow either.
        if xn > one && cmax > one && xn > bignum / cmax {
            let t = cmax / bignum;
            sol = [sol[0].scale(t), sol[1].scale(t)];
            xn *= t;
            scale *= t;
        }
        xnorm = xn;
    }
    for (i, s) in sol.iter().enumerate().take(na) {
        x.set(i, 0, s.re);
        if nw == 2 {
            x.set(i, 1, s.im);
        }
    }
    SmallSolve { scale, xnorm, perturbed }
}
