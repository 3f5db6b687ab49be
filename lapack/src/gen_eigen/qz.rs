//! The QZ algorithm for a Hessenberg-triangular pencil (`?hgeqz`): the
//! Moler-Stewart iteration, double-shift for real types (2x2 blocks of
//! complex pairs standardized so that their T block is diagonal) and
//! single-shift for complex ones; and the real 2x2 helpers `?lag2` (the
//! eigenvalues of a 2x2 pencil, scaled) and `?lagv2` (its generalized Schur
//! form).

#![allow(clippy::needless_range_loop)] // indices address matrix rows, columns and vectors alike
#![allow(clippy::too_many_arguments)]

use super::{rot_cols, rot_rows};
use crate::householder::larfg;
use crate::nonsym_eigen::SchurJob;
use crate::svd::small::lasv2;
use crate::sylvester::small::cdiv;
use crate::sym_eigen::tridiagonal::Compz;
use crate::Info;
use ferroblas_kernels::aux::matrix::{laset, Part};
use ferroblas_kernels::aux::norms::{lanhs, Norm};
use ferroblas_kernels::aux::rotations::lartg;
use ferroblas_kernels::aux::scalars::{lamch, lapy2, lapy3, Machine};
use ferroblas_kernels::scalar::{Complex, RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef, VecMut};

/// The eigenvalues of a real 2x2 pencil from [`lag2`]:
/// `(wr1 + i wi) / scale1` and `(wr2 - i wi) / scale2`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lag2<R> {
    /// Scale of the first eigenvalue (positive).
    pub scale1: R,
    /// Scale of the second.
    pub scale2: R,
    /// Real part of the first scaled eigenvalue.
    pub wr1: R,
    /// Real part of the second (equal to `wr1` for a complex pair).
    pub wr2: R,
    /// Imaginary part (non-negative; zero for real eigenvalues).
    pub wi: R,
}

/// The eigenvalues of the real 2x2 pencil `(A, B)`, B upper triangular
/// (`?lag2`), scaled so that `scale * A - w * B` cannot over- or underflow:
/// A and B are normalized, a diagonal of B below `sqrt(safmin)` times its
/// size is perturbed to that size, and the larger eigenvalue comes from
/// Van Loan's shifted formula, the smaller one from the determinant when
/// they differ much. For real eigenvalues `wr1` is the one nearer to
/// `A(1,1) / B(1,1)`-side `(2,2)` element of `A B^-1`.
pub fn lag2<R: RealScalar>(a: MatRef<'_, R>, b: MatRef<'_, R>, safmin: R) -> Lag2<R> {
    let (zero, one) = (R::zero(), R::one());
    let half = R::from_f64(0.5);
    let fuzzy1 = R::from_f64(1.0 + 1.0e-5);
    let rtmin = safmin.sqrt();
    let rtmax = one / rtmin;
    let safmax = one / safmin;
    let anorm = (a.get(0, 0).abs() + a.get(1, 0).abs()).max(a.get(0, 1).abs() + a.get(1, 1).abs()).max(safmin);
    let ascale = one / anorm;
    let (a11, a21, a12, a22) = (ascale * a.get(0, 0), ascale * a.get(1, 0), ascale * a.get(0, 1), ascale * a.get(1, 1));
    let (mut b11, mut b12, mut b22) = (b.get(0, 0), b.get(0, 1), b.get(1, 1));
    let bmin = rtmin * b11.abs().max(b12.abs()).max(b22.abs()).max(rtmin);
    if b11.abs() < bmin {
        b11 = bmin.copysign(b11);
    }
    if b22.abs() < bmin {
        b22 = bmin.copysign(b22);
    }
    let bnorm = b11.abs().max(b12.abs() + b22.abs()).max(safmin);
    let bsize = b11.abs().max(b22.abs());
    let bscale = one / bsize;
    b11 *= bscale;
    b12 *= bscale;
    b22 *= bscale;
    // The larger eigenvalue by Van Loan's method: shift by the diagonal
    // ratio of smaller magnitude, then solve the shifted quadratic.
    let binv11 = one / b11;
    let binv22 = one / b22;
    let s1 = a11 * binv11;
    let s2 = a22 * binv22;
    let ss = a21 * (binv11 * binv22);
    let (as12, abi22, pp, shift);
    if s1.abs() <= s2.abs() {
        as12 = a12 - s1 * b12;
        let as22 = a22 - s1 * b22;
        abi22 = as22 * binv22 - ss * b12;
        pp = half * abi22;
        shift = s1;
    } else {
        as12 = a12 - s2 * b12;
        let as11 = a11 - s2 * b11;
        abi22 = -ss * b12;
        pp = half * (as11 * binv11 + abi22);
        shift = s2;
    }
    let qq = ss * as12;
    let (discr, r);
    if (pp * rtmin).abs() >= one {
        discr = (rtmin * pp) * (rtmin * pp) + qq * safmin;
        r = discr.abs().sqrt() * rtmax;
    } else if pp * pp + qq.abs() <= safmin {
        discr = (rtmax * pp) * (rtmax * pp) + qq * safmax;
        r = discr.abs().sqrt() * rtmin;
    } else {
        discr = pp * pp + qq;
        r = discr.abs().sqrt();
    }
    let (mut wr1, mut wr2, mut wi);
    // A tiny negative discriminant flushed to zero in r counts as real.
    if discr >= zero || r == zero {
        let sum = pp + r.copysign(pp);
        let diff = pp - r.copysign(pp);
        let wbig = shift + sum;
        let mut wsmall = shift + diff;
        if half * wbig.abs() > wsmall.abs().max(safmin) {
            let wdet = (a11 * a22 - a12 * a21) * (binv11 * binv22);
            wsmall = wdet / wbig;
        }
        if pp > abi22 {
            wr1 = wbig.min(wsmall);
            wr2 = wbig.max(wsmall);
        } else {
            wr1 = wbig.max(wsmall);
            wr2 = wbig.min(wsmall);
        }
        wi = zero;
    } else {
        wr1 = shift + pp;
        wr2 = wr1;
        wi = r;
    }
    // Scale so that s A and w B cannot overflow, s A - w B neither, and s
    // does not underflow (the conditions c1..c5).
    let c1 = bsize * (safmin * one.max(ascale));
    let c2 = safmin * one.max(bnorm);
    let c3 = bsize * safmin;
    let c4 = if ascale <= one && bsize <= one { one.min((ascale / safmin) * bsize) } else { one };
    let c5 = if ascale <= one || bsize <= one { one.min(ascale * bsize) } else { one };
    let scale_of = |wsize: R| {
        let wscale = one / wsize;
        let s = if wsize > one {
            (ascale.max(bsize) * wscale) * ascale.min(bsize)
        } else {
            (ascale.min(bsize) * wscale) * ascale.max(bsize)
        };
        (s, wscale)
    };
    let wabs = wr1.abs() + wi.abs();
    let wsize = safmin.max(c1).max(fuzzy1 * (wabs * c2 + c3)).max(c4.min(half * wabs.max(c5)));
    let (scale1, mut scale2);
    if wsize != one {
        let (s, wscale) = scale_of(wsize);
        scale1 = s;
        wr1 *= wscale;
        if wi != zero {
            wi *= wscale;
            wr2 = wr1;
        }
        scale2 = scale1;
    } else {
        scale1 = ascale * bsize;
        scale2 = scale1;
    }
    if wi == zero {
        let wsize = safmin.max(c1).max(fuzzy1 * (wr2.abs() * c2 + c3)).max(c4.min(half * wr2.abs().max(c5)));
        if wsize != one {
            let (s, wscale) = scale_of(wsize);
            scale2 = s;
            wr2 *= wscale;
        } else {
            scale2 = ascale * bsize;
        }
    }
    Lag2 { scale1, scale2, wr1, wr2, wi }
}

/// The generalized Schur form of a real 2x2 pencil from [`lagv2`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lagv2<R> {
    /// `alpha = alphar + i alphai`, one per eigenvalue.
    pub alphar: [R; 2],
    /// Imaginary parts (`alphai[0] > 0` for a complex pair).
    pub alphai: [R; 2],
    /// `beta` (non-negative for a real pair, 1 for a complex one).
    pub beta: [R; 2],
    /// The left rotation `[csl snl; -snl csl]`.
    pub csl: R,
    /// Its sine.
    pub snl: R,
    /// The right rotation `[csr -snr; snr csr]`.
    pub csr: R,
    /// Its sine.
    pub snr: R,
}

/// The generalized Schur form of the real 2x2 pencil `(A, B)`, B upper
/// triangular (`?lagv2`): `A := [csl snl; -snl csl] A [csr -snr; snr csr]`,
/// `B` likewise, leaving A upper triangular for real eigenvalues and B
/// diagonal for a complex pair (`alphai[0] > 0`, `beta = 1`).
pub fn lagv2<R: RealScalar>(mut a: MatMut<'_, R>, mut b: MatMut<'_, R>) -> Lagv2<R> {
    let (zero, one) = (R::zero(), R::one());
    let safmin = lamch::<R>(Machine::SafeMin);
    let ulp = lamch::<R>(Machine::Precision);
    let anorm = (a.get(0, 0).abs() + a.get(1, 0).abs()).max(a.get(0, 1).abs() + a.get(1, 1).abs()).max(safmin);
    let ascale = one / anorm;
    let bnorm = b.get(0, 0).abs().max(b.get(0, 1).abs() + b.get(1, 1).abs()).max(safmin);
    let bscale = one / bnorm;
    for j in 0..2 {
        for i in 0..2 {
            a.set(i, j, a.get(i, j) * ascale);
            b.set(i, j, b.get(i, j) * bscale);
        }
    }
    let rows = |m: &mut MatMut<'_, R>, c: R, s: R| rot_rows(m, 0, 1, 0..2, c, s);
    let cols = |m: &mut MatMut<'_, R>, c: R, s: R| rot_cols(m, 0, 1, 0..2, c, s);
    let (mut csl, mut snl, mut csr, mut snr) = (one, zero, one, zero);
    let mut wi = zero;
    let mut pair = None;
    if a.get(1, 0).abs() <= ulp {
        a.set(1, 0, zero);
        b.set(1, 0, zero);
    } else if b.get(0, 0).abs() <= ulp {
        let (c, s, _) = lartg(a.get(0, 0), a.get(1, 0));
        (csl, snl) = (c, s);
        rows(&mut a, csl, snl);
        rows(&mut b, csl, snl);
        a.set(1, 0, zero);
        b.set(0, 0, zero);
        b.set(1, 0, zero);
    } else if b.get(1, 1).abs() <= ulp {
        let (c, s, _) = lartg(a.get(1, 1), a.get(1, 0));
        (csr, snr) = (c, -s);
        cols(&mut a, csr, snr);
        cols(&mut b, csr, snr);
        a.set(1, 0, zero);
        b.set(1, 0, zero);
        b.set(1, 1, zero);
    } else {
        let e = lag2(a.rb(), b.rb(), safmin);
        wi = e.wi;
        if wi == zero {
            // Real eigenvalues: the right rotation makes (s A - w B) e1 vanish
            // in its second row, the left one zeros A(2,1) (or B(2,1)).
            let (s1, wr1) = (e.scale1, e.wr1);
            let h1 = s1 * a.get(0, 0) - wr1 * b.get(0, 0);
            let h2 = s1 * a.get(0, 1) - wr1 * b.get(0, 1);
            let h3 = s1 * a.get(1, 1) - wr1 * b.get(1, 1);
            let rr = lapy2(h1, h2);
            let qq = lapy2(s1 * a.get(1, 0), h3);
            let (c, s, _) = if rr > qq { lartg(h2, h1) } else { lartg(h3, s1 * a.get(1, 0)) };
            (csr, snr) = (c, -s);
            cols(&mut a, csr, snr);
            cols(&mut b, csr, snr);
            let h1 = (a.get(0, 0).abs() + a.get(0, 1).abs()).max(a.get(1, 0).abs() + a.get(1, 1).abs());
            let h2 = (b.get(0, 0).abs() + b.get(0, 1).abs()).max(b.get(1, 0).abs() + b.get(1, 1).abs());
            let (c, s, _) = if s1 * h1 >= wr1.abs() * h2 {
                lartg(b.get(0, 0), b.get(1, 0))
            } else {
                lartg(a.get(0, 0), a.get(1, 0))
            };
            (csl, snl) = (c, s);
            rows(&mut a, csl, snl);
            rows(&mut b, csl, snl);
            a.set(1, 0, zero);
            b.set(1, 0, zero);
        } else {
            // A complex pair: the SVD of B makes it diagonal.
            let sv = lasv2(b.get(0, 0), b.get(0, 1), b.get(1, 1));
            (csl, snl, csr, snr) = (sv.csl, sv.snl, sv.csr, sv.snr);
            rows(&mut a, csl, snl);
            rows(&mut b, csl, snl);
            cols(&mut a, csr, snr);
            cols(&mut b, csr, snr);
            b.set(1, 0, zero);
            b.set(0, 1, zero);
            pair = Some(e);
        }
    }
    for j in 0..2 {
        for i in 0..2 {
            a.set(i, j, a.get(i, j) * anorm);
            b.set(i, j, b.get(i, j) * bnorm);
        }
    }
    let (alphar, alphai, beta) = match pair {
        None => ([a.get(0, 0), a.get(1, 1)], [zero, zero], [b.get(0, 0), b.get(1, 1)]),
        Some(e) => {
            let ar = anorm * e.wr1 / e.scale1 / bnorm;
            let ai = anorm * wi / e.scale1 / bnorm;
            ([ar, ar], [ai, -ai], [one, one])
        }
    };
    Lagv2 { alphar, alphai, beta, csl, snl, csr, snr }
}

/// The generalized Schur form of the Hessenberg-triangular pencil `(H, T)`
/// by the QZ algorithm (`?hgeqz`): `H = Q S Z^H`, `T = Q P Z^H` with P upper
/// triangular and S upper triangular (complex types) or quasi-triangular
/// with 2x2 blocks for complex pairs (real types; their P block diagonal and
/// positive). The diagonal of P is real and non-negative. Only the active
/// block `ilo..ihi` is iterated on (the pencil is assumed triangular outside
/// it); with `job = Eigenvalues` only what the eigenvalues need is updated.
///
/// The eigenvalues are `alpha[j] / beta[j]`. `compq` / `compz` as in
/// [`super::gghrd`] (`Init`: Q, Z start from the identity).
///
/// `Err(info)` with `info = i <= n` (1-based): the iteration did not
/// converge in `30 (ihi - ilo)` steps; the eigenvalues `i..n` (0-based) are
/// correct, the others not set.
pub fn hgeqz<T: Scalar>(
    job: SchurJob,
    compq: Compz,
    compz: Compz,
    ilo: usize,
    ihi: usize,
    mut h: MatMut<'_, T>,
    mut t: MatMut<'_, T>,
    alpha: &mut [Complex<T::Real>],
    beta: &mut [T],
    mut q: MatMut<'_, T>,
    mut z: MatMut<'_, T>,
) -> Result<(), Info> {
    let n = h.nrows();
    assert!(h.ncols() == n && t.nrows() == n && t.ncols() == n, "hgeqz: H and T must be square of one order");
    assert!(alpha.len() >= n && beta.len() >= n, "hgeqz: alpha or beta is short");
    if compq == Compz::Init {
        laset(Part::Full, T::zero(), T::one(), q.rb_mut().submatrix(0, 0, n, n));
    }
    if compz == Compz::Init {
        laset(Part::Full, T::zero(), T::one(), z.rb_mut().submatrix(0, 0, n, n));
    }
    if n == 0 {
        return Ok(());
    }
    let mut st = Qz {
        schur: job == SchurJob::Schur,
        wantq: compq != Compz::None,
        wantz: compz != Compz::None,
        n,
        ilo,
        ifrstm: 0,
        ilastm: n,
        h: h.rb_mut(),
        t: t.rb_mut(),
        q: q.rb_mut(),
        z: z.rb_mut(),
    };
    if !st.schur {
        st.ifrstm = ilo;
        st.ilastm = ihi;
    }
    // Eigenvalues isolated below the active block.
    for j in ihi..n {
        st.normalize(j, alpha, beta);
    }
    if ihi > ilo {
        let res = if T::IS_COMPLEX { st.iterate_complex(ihi, alpha, beta) } else { st.iterate_real(ihi, alpha, beta) };
        res?;
    }
    for j in 0..ilo {
        st.normalize(j, alpha, beta);
    }
    Ok(())
}

/// The first column of `(beta1 M - alpha1)(beta2 M - alpha2) e_1`, `M = A B^-1`,
/// scaled, from the leading 3x3 blocks of the real Hessenberg-triangular
/// pencil `(A, B)` (`?laqz1`): the shifts are `(sr1 + i si) / beta1` and
/// `(sr2 - i si) / beta2`, a complex conjugate pair (`sr1 = sr2`, `beta1 =
/// beta2`) or two real shifts (`si = 0`), so the column is real. Each shift
/// is normalized first and the result scaled to unit max-norm (zero stays
/// zero).
pub fn laqz1<R: RealScalar>(a: MatRef<'_, R>, b: MatRef<'_, R>, sr1: R, sr2: R, si: R, beta1: R, beta2: R) -> [R; 3] {
    let zero = R::zero();
    let norm = |sr: R, be: R| {
        let m = (sr.abs() + si.abs()).max(be.abs());
        if m == zero {
            R::one()
        } else {
            R::one() / m
        }
    };
    let (s1, s2) = (norm(sr1, beta1), norm(sr2, beta2));
    let (sr1, si1, beta1) = (sr1 * s1, si * s1, beta1 * s1);
    let (sr2, si2, beta2) = (sr2 * s2, si * s2, beta2 * s2);
    // p(M) = c2 M^2 - c1 M + c0 (real for a conjugate or a real pair).
    let c2 = beta1 * beta2;
    let c1 = beta1 * sr2 + beta2 * sr1;
    let c0 = sr1 * sr2 + si1 * si2;
    // w = M e1 (two entries), u = M w (three).
    let w = [a.get(0, 0) / b.get(0, 0), a.get(1, 0) / b.get(0, 0)];
    let y1 = w[1] / b.get(1, 1);
    let y0 = (w[0] - b.get(0, 1) * y1) / b.get(0, 0);
    let u = [a.get(0, 0) * y0 + a.get(0, 1) * y1, a.get(1, 0) * y0 + a.get(1, 1) * y1, a.get(2, 1) * y1];
    let mut x = [c2 * u[0] - c1 * w[0] + c0, c2 * u[1] - c1 * w[1], c2 * u[2]];
    let m = x[0].abs().max(x[1].abs()).max(x[2].abs());
    if m > zero && m.is_finite() {
        for e in &mut x {
            *e /= m;
        }
    }
    x
}

/// The real parts of a 3x3 block, column-major.
pub(super) fn real_block<T: Scalar>(m: MatRef<'_, T>) -> [T::Real; 9] {
    let mut out = [<T::Real as Scalar>::zero(); 9];
    for j in 0..3 {
        for i in 0..3 {
            out[i + 3 * j] = m.get(i, j).re();
        }
    }
    out
}

/// The state of one QZ run.
struct Qz<'a, T: Scalar> {
    schur: bool,
    wantq: bool,
    wantz: bool,
    n: usize,
    ilo: usize,
    /// First row of H and T the transformations update.
    ifrstm: usize,
    /// One past the last column they update.
    ilastm: usize,
    h: MatMut<'a, T>,
    t: MatMut<'a, T>,
    q: MatMut<'a, T>,
    z: MatMut<'a, T>,
}

/// What the deflation checks found at the bottom of the active block.
enum Next {
    /// `(il, il)` is a 1x1 block: take its eigenvalue.
    Deflate,
    /// `T(il, il) = 0`: zero `H(il, il-1)` by a rotation from the right, then deflate.
    ZeroLast,
    /// Run a QZ sweep on `ifirst..=il`.
    Sweep(usize),
}

impl<T: Scalar> Qz<'_, T> {
    fn ah(&self, i: usize, j: usize) -> T::Real {
        self.h.get(i, j).abs1()
    }

    fn at(&self, i: usize, j: usize) -> T::Real {
        self.t.get(i, j).abs1()
    }

    /// Rotates rows `i, i+1` of H (from column `hc`) and T (from column `tc`) and the columns of Q.
    fn left(&mut self, i: usize, hc: usize, tc: usize, c: T::Real, s: T) {
        let last = self.ilastm;
        rot_rows(&mut self.h, i, i + 1, hc..last, c, s);
        rot_rows(&mut self.t, i, i + 1, tc..last, c, s);
        if self.wantq {
            let n = self.n;
            rot_cols(&mut self.q, i, i + 1, 0..n, c, s.conj());
        }
    }

    /// Rotates columns `j1, j2` of H (rows `ifrstm..hr`) and T (rows `ifrstm..tr`) and of Z.
    fn right(&mut self, j1: usize, j2: usize, hr: usize, tr: usize, c: T::Real, s: T) {
        let first = self.ifrstm;
        rot_cols(&mut self.h, j1, j2, first..hr, c, s);
        rot_cols(&mut self.t, j1, j2, first..tr.max(first), c, s);
        if self.wantz {
            let n = self.n;
            rot_cols(&mut self.z, j1, j2, 0..n, c, s);
        }
    }

    /// Makes `T(j, j)` real and non-negative by scaling column `j` (in
    /// Schur mode the whole column above the diagonal, else the diagonal
    /// only) and records the eigenvalue of the 1x1 block `j`.
    fn normalize(&mut self, j: usize, alpha: &mut [Complex<T::Real>], beta: &mut [T]) {
        let zero = <T::Real as Scalar>::zero();
        let tj = self.t.get(j, j);
        let absb = super::modulus(tj);
        let sign = if T::IS_COMPLEX {
            if absb > lamch::<T::Real>(Machine::SafeMin) {
                Some(cdiv(tj, T::from_real(absb)).conj())
            } else {
                self.t.set(j, j, T::zero());
                None
            }
        } else if tj.re() < zero {
            Some(T::from_real(-<T::Real as Scalar>::one()))
        } else {
            None
        };
        if let Some(sg) = sign {
            let first = if self.schur { self.ifrstm.min(j) } else { j };
            for i in first..j {
                self.h.set(i, j, self.h.get(i, j) * sg);
                self.t.set(i, j, self.t.get(i, j) * sg);
            }
            self.h.set(j, j, self.h.get(j, j) * sg);
            self.t.set(j, j, T::from_real(absb));
            if self.wantz {
                for i in 0..self.n {
                    self.z.set(i, j, self.z.get(i, j) * sg);
                }
            }
        }
        let hj = self.h.get(j, j);
        alpha[j] = Complex::new(hj.re(), hj.im());
        beta[j] = self.t.get(j, j);
    }

    /// The deflation checks at the bottom `il` of the active block, with the
    /// chases that move a negligible diagonal element of T out of the way.
    fn classify(&mut self, il: usize, atol: T::Real, btol: T::Real, ascale: T::Real) -> Result<Next, Info> {
        let safmin = lamch::<T::Real>(Machine::SafeMin);
        let ulp = lamch::<T::Real>(Machine::Precision);
        let one = <T::Real as Scalar>::one();
        let ilo = self.ilo;
        if il == ilo {
            return Ok(Next::Deflate);
        }
        if self.ah(il, il - 1) <= safmin.max(ulp * (self.ah(il, il) + self.ah(il - 1, il - 1))) {
            self.h.set(il, il - 1, T::zero());
            return Ok(Next::Deflate);
        }
        if self.at(il, il) <= btol {
            self.t.set(il, il, T::zero());
            return Ok(Next::ZeroLast);
        }
        for j in (ilo..il).rev() {
            let mut ilazro = j == ilo;
            if !ilazro && self.ah(j, j - 1) <= safmin.max(ulp * (self.ah(j, j) + self.ah(j - 1, j - 1))) {
                self.h.set(j, j - 1, T::zero());
                ilazro = true;
            }
            if self.at(j, j) < btol {
                self.t.set(j, j, T::zero());
                let mut ilazr2 = false;
                if !ilazro {
                    let (mut t1, mut t2) = (self.ah(j, j - 1), self.ah(j, j));
                    let tr = t1.max(t2);
                    if tr < one && tr != <T::Real as Scalar>::zero() {
                        t1 /= tr;
                        t2 /= tr;
                    }
                    ilazr2 = t1 * (ascale * self.ah(j + 1, j)) <= t2 * (ascale * atol);
                }
                if ilazro || ilazr2 {
                    // H(j, j-1) is (nearly) zero: triangularize H's column
                    // from the top, splitting off infinite eigenvalues while
                    // the new diagonal elements of T stay negligible.
                    for jch in j..il {
                        let (c, s, r) = lartg(self.h.get(jch, jch), self.h.get(jch + 1, jch));
                        self.h.set(jch, jch, r);
                        self.h.set(jch + 1, jch, T::zero());
                        self.left(jch, jch + 1, jch + 1, c, s);
                        if ilazr2 {
                            self.h.set(jch, jch - 1, self.h.get(jch, jch - 1).scale_real(c));
                        }
                        ilazr2 = false;
                        if self.at(jch + 1, jch + 1) >= btol {
                            return Ok(if jch + 1 >= il { Next::Deflate } else { Next::Sweep(jch + 1) });
                        }
                        self.t.set(jch + 1, jch + 1, T::zero());
                    }
                } else {
                    // Chase the zero of T's diagonal down to T(il, il).
                    for jch in j..il {
                        let (c, s, r) = lartg(self.t.get(jch, jch + 1), self.t.get(jch + 1, jch + 1));
                        self.t.set(jch, jch + 1, r);
                        self.t.set(jch + 1, jch + 1, T::zero());
                        let last = self.ilastm;
                        if jch + 2 < last {
                            rot_rows(&mut self.t, jch, jch + 1, jch + 2..last, c, s);
                        }
                        rot_rows(&mut self.h, jch, jch + 1, jch - 1..last, c, s);
                        if self.wantq {
                            let n = self.n;
                            rot_cols(&mut self.q, jch, jch + 1, 0..n, c, s.conj());
                        }
                        let (c, s, r) = lartg(self.h.get(jch + 1, jch), self.h.get(jch + 1, jch - 1));
                        self.h.set(jch + 1, jch, r);
                        self.h.set(jch + 1, jch - 1, T::zero());
                        self.right(jch, jch - 1, jch + 1, jch, c, s);
                    }
                }
                return Ok(Next::ZeroLast);
            } else if ilazro {
                return Ok(Next::Sweep(j));
            }
        }
        // Unreachable: j = ilo always has ilazro.
        Err(Info::new(self.n + 1))
    }

    /// `T(il, il) = 0`: a rotation of columns `il-1, il` zeros `H(il, il-1)`.
    fn zero_last(&mut self, il: usize) {
        let (c, s, r) = lartg(self.h.get(il, il), self.h.get(il, il - 1));
        self.h.set(il, il, r);
        self.h.set(il, il - 1, T::zero());
        self.right(il, il - 1, il, il, c, s);
    }

    /// One implicit single-shift sweep over `istart..=il`, started by the rotation `(c, s)`.
    fn single_sweep(&mut self, istart: usize, il: usize, mut c: T::Real, mut s: T) {
        for j in istart..il {
            if j > istart {
                let (c1, s1, r) = lartg(self.h.get(j, j - 1), self.h.get(j + 1, j - 1));
                self.h.set(j, j - 1, r);
                self.h.set(j + 1, j - 1, T::zero());
                (c, s) = (c1, s1);
            }
            self.left(j, j, j, c, s);
            let (c1, s1, r) = lartg(self.t.get(j + 1, j + 1), self.t.get(j + 1, j));
            self.t.set(j + 1, j + 1, r);
            self.t.set(j + 1, j, T::zero());
            self.right(j + 1, j, (j + 2).min(il) + 1, j + 1, c1, s1);
        }
    }

    /// The common frame of both iterations: scaling, tolerances, the
    /// deflation loop and the iteration limit; `step` runs one QZ step on
    /// `ifirst..=il` and returns how many eigenvalues it deflated (0 or 2).
    fn run(
        &mut self,
        ihi: usize,
        alpha: &mut [Complex<T::Real>],
        beta: &mut [T],
        mut step: impl FnMut(&mut Self, usize, usize, usize, Tols<T::Real>, &mut [Complex<T::Real>], &mut [T]) -> usize,
    ) -> Result<(), Info> {
        let safmin = lamch::<T::Real>(Machine::SafeMin);
        let ulp = lamch::<T::Real>(Machine::Precision);
        let ilo = self.ilo;
        let nb = ihi - ilo;
        let anorm = lanhs(Norm::Frobenius, self.h.rb().submatrix(ilo, ilo, nb, nb), &mut []);
        let bnorm = lanhs(Norm::Frobenius, self.t.rb().submatrix(ilo, ilo, nb, nb), &mut []);
        let one = <T::Real as Scalar>::one();
        let tol = Tols {
            atol: safmin.max(ulp * anorm),
            btol: safmin.max(ulp * bnorm),
            ascale: one / safmin.max(anorm),
            bscale: one / safmin.max(bnorm),
        };
        let mut hi = ihi;
        let mut iiter = 0usize;
        let maxit = 30 * nb;
        for _ in 0..maxit {
            let il = hi - 1;
            let next = self.classify(il, tol.atol, tol.btol, tol.ascale)?;
            let deflated = match next {
                Next::ZeroLast => {
                    self.zero_last(il);
                    self.normalize(il, alpha, beta);
                    1
                }
                Next::Deflate => {
                    self.normalize(il, alpha, beta);
                    1
                }
                Next::Sweep(ifirst) => {
                    iiter += 1;
                    if !self.schur {
                        self.ifrstm = ifirst;
                    }
                    step(self, ifirst, il, iiter, tol, alpha, beta)
                }
            };
            if deflated > 0 {
                hi -= deflated;
                if hi <= ilo {
                    return Ok(());
                }
                iiter = 0;
                if !self.schur {
                    self.ilastm = hi;
                    if self.ifrstm >= hi {
                        self.ifrstm = ilo;
                    }
                }
            }
        }
        Err(Info::new(hi))
    }

    fn iterate_complex(&mut self, ihi: usize, alpha: &mut [Complex<T::Real>], beta: &mut [T]) -> Result<(), Info> {
        let mut eshift = T::zero();
        self.run(ihi, alpha, beta, |st, ifirst, il, iiter, tol, _, _| {
            // The shift accumulates only within the search for one eigenvalue.
            if iiter == 1 {
                eshift = T::zero();
            }
            st.complex_step(ifirst, il, iiter, tol, &mut eshift);
            0
        })
    }

    fn complex_step(&mut self, ifirst: usize, il: usize, iiter: usize, tol: Tols<T::Real>, eshift: &mut T) {
        let safmin = lamch::<T::Real>(Machine::SafeMin);
        let (zero, one) = (<T::Real as Scalar>::zero(), <T::Real as Scalar>::one());
        let half = <T::Real as RealScalar>::from_f64(0.5);
        let (asc, bsc) = (T::from_real(tol.ascale), T::from_real(tol.bscale));
        let h = |s: &Self, i, j| s.h.get(i, j);
        let t = |s: &Self, i, j| s.t.get(i, j);
        let shift = if !iiter.is_multiple_of(10) {
            // Wilkinson's shift: the eigenvalue of the bottom 2x2 of
            // H T^-1 nearer to its (2,2) element.
            let u12 = cdiv(bsc * t(self, il - 1, il), bsc * t(self, il, il));
            let ad11 = cdiv(asc * h(self, il - 1, il - 1), bsc * t(self, il - 1, il - 1));
            let ad21 = cdiv(asc * h(self, il, il - 1), bsc * t(self, il - 1, il - 1));
            let ad12 = cdiv(asc * h(self, il - 1, il), bsc * t(self, il, il));
            let ad22 = cdiv(asc * h(self, il, il), bsc * t(self, il, il));
            let abi22 = ad22 - u12 * ad21;
            let abi12 = ad12 - u12 * ad11;
            let mut shift = abi22;
            let ctemp = csqrt(abi12) * csqrt(ad21);
            let mut temp = ctemp.abs1();
            if !ctemp.is_zero() {
                let x = (ad11 - shift).scale_real(half);
                let temp2 = x.abs1();
                temp = temp.max(temp2);
                let (xs, cs) = (x.scale_real(one / temp), ctemp.scale_real(one / temp));
                let mut y = csqrt(xs * xs + cs * cs).scale_real(temp);
                if temp2 > zero {
                    let xn = x.scale_real(one / temp2);
                    if xn.re() * y.re() + xn.im() * y.im() < zero {
                        y = -y;
                    }
                }
                shift -= ctemp * cdiv(ctemp, x + y);
            }
            shift
        } else {
            // An exceptional shift, to break a cycle.
            if iiter.is_multiple_of(20) && tol.bscale * self.at(il, il) > safmin {
                *eshift += cdiv(asc * h(self, il, il), bsc * t(self, il, il));
            } else {
                *eshift += cdiv(asc * h(self, il, il - 1), bsc * t(self, il - 1, il - 1));
            }
            *eshift
        };
        // Two consecutive small subdiagonal elements start the sweep lower.
        let mut istart = ifirst;
        let mut ctemp = asc * h(self, ifirst, ifirst) - shift * (bsc * t(self, ifirst, ifirst));
        for j in (ifirst + 1..il).rev() {
            let c = asc * h(self, j, j) - shift * (bsc * t(self, j, j));
            let mut temp = c.abs1();
            let mut temp2 = tol.ascale * self.ah(j + 1, j);
            let tr = temp.max(temp2);
            if tr < one && tr != zero {
                temp /= tr;
                temp2 /= tr;
            }
            if self.ah(j, j - 1) * temp2 <= temp * tol.atol {
                istart = j;
                ctemp = c;
                break;
            }
        }
        let ctemp2 = asc * h(self, istart + 1, istart);
        let (c, s, _) = lartg(ctemp, ctemp2);
        self.single_sweep(istart, il, c, s);
    }

    fn iterate_real(&mut self, ihi: usize, alpha: &mut [Complex<T::Real>], beta: &mut [T]) -> Result<(), Info> {
        let mut eshift = <T::Real as Scalar>::zero();
        let maxit = 30 * (ihi - self.ilo);
        self.run(ihi, alpha, beta, |st, ifirst, il, iiter, tol, alpha, beta| {
            if iiter == 1 {
                eshift = <T::Real as Scalar>::zero();
            }
            st.real_step(ifirst, il, iiter, maxit, tol, &mut eshift, alpha, beta)
        })
    }

    fn hr(&self, i: usize, j: usize) -> T::Real {
        self.h.get(i, j).re()
    }

    fn tr(&self, i: usize, j: usize) -> T::Real {
        self.t.get(i, j).re()
    }

    fn real_step(
        &mut self,
        ifirst: usize,
        il: usize,
        iiter: usize,
        maxit: usize,
        tol: Tols<T::Real>,
        eshift: &mut T::Real,
        alpha: &mut [Complex<T::Real>],
        beta: &mut [T],
    ) -> usize {
        type R<T> = <T as Scalar>::Real;
        let safmin = lamch::<R<T>>(Machine::SafeMin);
        let (zero, one) = (R::<T>::zero(), R::<T>::one());
        let half = R::<T>::from_f64(0.5);
        let safety = R::<T>::from_f64(100.0);
        let (s1, wr);
        if iiter.is_multiple_of(10) {
            // An exceptional shift, to break a cycle.
            let mx = R::<T>::from_f64(maxit as f64);
            if (mx * safmin) * self.hr(il, il - 1).abs() < self.tr(il - 1, il - 1).abs() {
                *eshift = self.hr(il, il - 1) / self.tr(il - 1, il - 1);
            } else {
                *eshift += one / (safmin * mx);
            }
            s1 = one;
            wr = *eshift;
        } else {
            let (hb, tb) = self.blocks(il - 1);
            let e = lag2(MatRef::from_col_major(&hb, 2, 2, 2), MatRef::from_col_major(&tb, 2, 2, 2), safmin * safety);
            let (mut a, mut b) = ((e.wr1, e.scale1), (e.wr2, e.scale2));
            let (tll, hll) = (self.tr(il, il), self.hr(il, il));
            if ((a.0 / a.1) * tll - hll).abs() > ((b.0 / b.1) * tll - hll).abs() {
                core::mem::swap(&mut a, &mut b);
            }
            if e.wi != zero {
                return self.double_step(ifirst, il, tol, alpha, beta);
            }
            (wr, s1) = a;
        }
        // A real single shift wr / s1, scaled to keep s1 H - wr T finite.
        let safmax = one / safmin;
        let mut scale = one;
        let temp = tol.ascale.min(one) * (half * safmax);
        if s1 > temp {
            scale = temp / s1;
        }
        let temp = tol.bscale.min(one) * (half * safmax);
        if wr.abs() > temp {
            scale = scale.min(temp / wr.abs());
        }
        let (s1, wr) = (s1 * scale, wr * scale);
        let mut istart = ifirst;
        for j in (ifirst + 1..il).rev() {
            let mut temp = (s1 * self.hr(j, j - 1)).abs();
            let mut temp2 = (s1 * self.hr(j, j) - wr * self.tr(j, j)).abs();
            let tr = temp.max(temp2);
            if tr < one && tr != zero {
                temp /= tr;
                temp2 /= tr;
            }
            if ((tol.ascale * self.hr(j + 1, j)) * temp).abs() <= (tol.ascale * tol.atol) * temp2 {
                istart = j;
                break;
            }
        }
        let temp = s1 * self.hr(istart, istart) - wr * self.tr(istart, istart);
        let temp2 = s1 * self.hr(istart + 1, istart);
        let (c, s, _) = lartg(T::from_real(temp), T::from_real(temp2));
        self.single_sweep(istart, il, c, s);
        0
    }

    /// The real 2x2 blocks of H and T at `(k, k)`, column-major.
    fn blocks(&self, k: usize) -> ([T::Real; 4], [T::Real; 4]) {
        let b = |m: &MatMut<'_, T>| {
            [m.get(k, k).re(), m.get(k + 1, k).re(), m.get(k, k + 1).re(), m.get(k + 1, k + 1).re()]
        };
        (b(&self.h), b(&self.t))
    }

    /// Sets the real element `(i, j)` of T.
    fn stt(&mut self, i: usize, j: usize, v: T::Real) {
        self.t.set(i, j, T::from_real(v));
    }

    /// A real double-shift step on `ifirst..=il` (the shifts a complex
    /// pair): a 2x2 block is standardized and deflated (returns 2, or 0 when
    /// the standardization moved its eigenvalues onto the real line), a
    /// larger one gets a Francis double-shift sweep.
    fn double_step(
        &mut self,
        ifirst: usize,
        il: usize,
        tol: Tols<T::Real>,
        alpha: &mut [Complex<T::Real>],
        beta: &mut [T],
    ) -> usize {
        if ifirst + 1 == il {
            return self.standardize_pair(il, alpha, beta);
        }
        self.double_sweep(ifirst, il, tol);
        0
    }

    /// The 2x2 block `il-1..=il` with complex eigenvalues: rotations make its
    /// T block diagonal and positive (the SVD of the 2x2 triangle), then
    /// alpha and beta follow from the complex rotations that would
    /// triangularize the block (EISPACK's QZVAL).
    fn standardize_pair(&mut self, il: usize, alpha: &mut [Complex<T::Real>], beta: &mut [T]) -> usize {
        type R<T> = <T as Scalar>::Real;
        let safmin = lamch::<R<T>>(Machine::SafeMin);
        let (zero, one) = (R::<T>::zero(), R::<T>::one());
        let safety = R::<T>::from_f64(100.0);
        let k = il - 1;
        let sv = lasv2(self.tr(k, k), self.tr(k, il), self.tr(il, il));
        let (mut b22, mut b11) = (sv.ssmin, sv.ssmax);
        let (mut cr, mut sr, cl, sl) = (sv.csr, sv.snr, sv.csl, sv.snl);
        if b11 < zero {
            cr = -cr;
            sr = -sr;
            b11 = -b11;
            b22 = -b22;
        }
        let (first, last) = (self.ifrstm, self.ilastm);
        rot_rows(&mut self.h, k, il, k..last, cl, T::from_real(sl));
        rot_cols(&mut self.h, k, il, first..il + 1, cr, T::from_real(sr));
        if il + 1 < last {
            rot_rows(&mut self.t, k, il, il + 1..last, cl, T::from_real(sl));
        }
        if first < k {
            rot_cols(&mut self.t, k, il, first..k, cr, T::from_real(sr));
        }
        let n = self.n;
        if self.wantq {
            rot_cols(&mut self.q, k, il, 0..n, cl, T::from_real(sl));
        }
        if self.wantz {
            rot_cols(&mut self.z, k, il, 0..n, cr, T::from_real(sr));
        }
        self.stt(k, k, b11);
        self.stt(k, il, zero);
        self.stt(il, k, zero);
        self.stt(il, il, b22);
        if b22 < zero {
            for i in first..il + 1 {
                self.h.set(i, il, -self.h.get(i, il));
                self.t.set(i, il, -self.t.get(i, il));
            }
            if self.wantz {
                for i in 0..n {
                    self.z.set(i, il, -self.z.get(i, il));
                }
            }
            b22 = -b22;
        }
        let (hb, tb) = self.blocks(k);
        let e = lag2(MatRef::from_col_major(&hb, 2, 2, 2), MatRef::from_col_major(&tb, 2, 2, 2), safmin * safety);
        let (s1, wr, wi) = (e.scale1, e.wr1, e.wi);
        if wi == zero {
            return 0;
        }
        let s1inv = one / s1;
        let (a11, a21, a12, a22) = (hb[0], hb[1], hb[2], hb[3]);
        // The complex rotation from the right that zeros the first column of s A - w B ...
        let (c11r, c11i, c12, c21) = (s1 * a11 - wr * b11, -wi * b11, s1 * a12, s1 * a21);
        let (c22r, c22i) = (s1 * a22 - wr * b22, -wi * b22);
        let (cz, szr, szi);
        if c11r.abs() + c11i.abs() + c12.abs() > c21.abs() + c22r.abs() + c22i.abs() {
            let t1 = lapy3(c12, c11r, c11i);
            cz = c12 / t1;
            szr = -c11r / t1;
            szi = -c11i / t1;
        } else {
            let c = lapy2(c22r, c22i);
            if c <= safmin {
                (cz, szr, szi) = (zero, one, zero);
            } else {
                let (tr, ti) = (c22r / c, c22i / c);
                let t1 = lapy2(c, c21);
                cz = c / t1;
                szr = -c21 * tr / t1;
                szi = c21 * ti / t1;
            }
        }
        // ... and the one from the left that then triangularizes it.
        let an = a11.abs() + a12.abs() + a21.abs() + a22.abs();
        let bn = b11.abs() + b22.abs();
        let wabs = wr.abs() + wi.abs();
        let (mut cq, mut sqr, mut sqi);
        if s1 * an > wabs * bn {
            cq = cz * b11;
            sqr = szr * b22;
            sqi = -szi * b22;
        } else {
            let (a1r, a1i) = (cz * a11 + szr * a12, szi * a12);
            let (a2r, a2i) = (cz * a21 + szr * a22, szi * a22);
            cq = lapy2(a1r, a1i);
            if cq <= safmin {
                (cq, sqr, sqi) = (zero, one, zero);
            } else {
                let (tr, ti) = (a1r / cq, a1i / cq);
                sqr = tr * a2r + ti * a2i;
                sqi = ti * a2r - tr * a2i;
            }
        }
        let t1 = lapy3(cq, sqr, sqi);
        cq /= t1;
        sqr /= t1;
        sqi /= t1;
        let (tr, ti) = (sqr * szr - sqi * szi, sqr * szi + sqi * szr);
        let b1a = lapy2(cq * cz * b11 + tr * b22, ti * b22);
        let b2a = lapy2(cq * cz * b22 + tr * b11, -ti * b11);
        beta[k] = T::from_real(b1a);
        beta[il] = T::from_real(b2a);
        alpha[k] = Complex::new((wr * b1a) * s1inv, (wi * b1a) * s1inv);
        alpha[il] = Complex::new((wr * b2a) * s1inv, -((wi * b2a) * s1inv));
        2
    }

    /// A Francis double-shift sweep on `ifirst..=il` (at least 3x3): 3x3
    /// reflectors from the left chase the bulge in H, reflectors from the
    /// right (from the null vector of T's 2x3 slab) restore T.
    fn double_sweep(&mut self, ifirst: usize, il: usize, tol: Tols<T::Real>) {
        let (asc, bsc) = (tol.ascale, tol.bscale);
        let k = il - 1;
        let ad11 = (asc * self.hr(k, k)) / (bsc * self.tr(k, k));
        let ad21 = (asc * self.hr(il, k)) / (bsc * self.tr(k, k));
        let ad12 = (asc * self.hr(k, il)) / (bsc * self.tr(il, il));
        let ad22 = (asc * self.hr(il, il)) / (bsc * self.tr(il, il));
        let u12 = self.tr(k, il) / self.tr(il, il);
        let f = ifirst;
        let ad11l = (asc * self.hr(f, f)) / (bsc * self.tr(f, f));
        let ad21l = (asc * self.hr(f + 1, f)) / (bsc * self.tr(f, f));
        let ad12l = (asc * self.hr(f, f + 1)) / (bsc * self.tr(f + 1, f + 1));
        let ad22l = (asc * self.hr(f + 1, f + 1)) / (bsc * self.tr(f + 1, f + 1));
        let ad32l = (asc * self.hr(f + 2, f + 1)) / (bsc * self.tr(f + 1, f + 1));
        let u12l = self.tr(f, f + 1) / self.tr(f + 1, f + 1);
        // The first column of (H T^-1)^2 - c H T^-1 + d with the bottom
        // 2x2's trace and determinant (EISPACK's QZIT).
        let v1 = (ad11 - ad11l) * (ad22 - ad11l) - ad12 * ad21 + ad21 * u12 * ad11l + (ad12l - ad11l * u12l) * ad21l;
        let v2 = ((ad22l - ad11l) - ad21l * u12l - (ad11 - ad11l) - (ad22 - ad11l) + ad21 * u12) * ad21l;
        let v3 = ad32l * ad21l;
        self.double_chase(f, il, [v1, v2, v3]);
    }

    /// Introduces the 3x3 bulge whose first column is `x` at `f` (a
    /// reflector from the left on rows `f..=f+2`) and chases it off the
    /// bottom `il` of the active block (`il >= f + 2`).
    fn double_chase(&mut self, f: usize, il: usize, x: [T::Real; 3]) {
        type R<T> = <T as Scalar>::Real;
        let safmin = lamch::<R<T>>(Machine::SafeMin);
        let (zero, one) = (R::<T>::zero(), R::<T>::one());
        let mut head = T::from_real(x[0]);
        let mut tail = [T::from_real(x[1]), T::from_real(x[2])];
        let mut tau = larfg(&mut head, VecMut::from_slice(&mut tail)).re();
        let mut v = [one, tail[0].re(), tail[1].re()];
        let (first, last, n) = (self.ifrstm, self.ilastm, self.n);
        for j in f..il - 1 {
            if j > f {
                let mut head = self.h.get(j, j - 1);
                let mut tail = [self.h.get(j + 1, j - 1), self.h.get(j + 2, j - 1)];
                tau = larfg(&mut head, VecMut::from_slice(&mut tail)).re();
                self.h.set(j, j - 1, head);
                self.h.set(j + 1, j - 1, T::zero());
                self.h.set(j + 2, j - 1, T::zero());
                v = [one, tail[0].re(), tail[1].re()];
            }
            let (t2, t3) = (tau * v[1], tau * v[2]);
            for m in [&mut self.h, &mut self.t] {
                for jc in j..last {
                    let (x0, x1, x2) = (m.get(j, jc).re(), m.get(j + 1, jc).re(), m.get(j + 2, jc).re());
                    let temp = x0 + v[1] * x1 + v[2] * x2;
                    m.set(j, jc, T::from_real(x0 - temp * tau));
                    m.set(j + 1, jc, T::from_real(x1 - temp * t2));
                    m.set(j + 2, jc, T::from_real(x2 - temp * t3));
                }
            }
            if self.wantq {
                apply_right3(&mut self.q, j, 0..n, tau, v);
            }
            // The reflector from the right: a null vector (scale, -u1, -u2)
            // of T(j+1..=j+2, j..=j+2), from the pivoted LU of its right 2x2.
            let mut pivot = false;
            let temp = self.tr(j + 1, j + 1).abs().max(self.tr(j + 1, j + 2).abs());
            let temp2 = self.tr(j + 2, j + 1).abs().max(self.tr(j + 2, j + 2).abs());
            let (scale, mut u1, mut u2);
            if temp.max(temp2) < safmin {
                (scale, u1, u2) = (zero, one, zero);
            } else {
                let (mut w11, mut w21, mut w12, mut w22);
                if temp >= temp2 {
                    (w11, w21, w12, w22) =
                        (self.tr(j + 1, j + 1), self.tr(j + 2, j + 1), self.tr(j + 1, j + 2), self.tr(j + 2, j + 2));
                    (u1, u2) = (self.tr(j + 1, j), self.tr(j + 2, j));
                } else {
                    (w21, w11, w22, w12) =
                        (self.tr(j + 1, j + 1), self.tr(j + 2, j + 1), self.tr(j + 1, j + 2), self.tr(j + 2, j + 2));
                    (u2, u1) = (self.tr(j + 1, j), self.tr(j + 2, j));
                }
                if w12.abs() > w11.abs() {
                    pivot = true;
                    core::mem::swap(&mut w12, &mut w11);
                    core::mem::swap(&mut w22, &mut w21);
                }
                let temp = w21 / w11;
                u2 -= temp * u1;
                w22 -= temp * w12;
                if w22.abs() < safmin {
                    scale = zero;
                    u2 = one;
                    u1 = -w12 / w11;
                } else {
                    let mut sc = one;
                    if w22.abs() < u2.abs() {
                        sc = (w22 / u2).abs();
                    }
                    if w11.abs() < u1.abs() {
                        sc = sc.min((w11 / u1).abs());
                    }
                    u2 = (sc * u2) / w22;
                    u1 = (sc * u1 - w12 * u2) / w11;
                    scale = sc;
                }
            }
            if pivot {
                core::mem::swap(&mut u1, &mut u2);
            }
            let t1 = (scale * scale + u1 * u1 + u2 * u2).sqrt();
            let tau_r = one + scale / t1;
            let vs = -one / (scale + t1);
            let vr = [one, vs * u1, vs * u2];
            apply_right3(&mut self.h, j, first..(j + 3).min(il) + 1, tau_r, vr);
            apply_right3(&mut self.t, j, first..j + 3, tau_r, vr);
            if self.wantz {
                apply_right3(&mut self.z, j, 0..n, tau_r, vr);
            }
            self.stt(j + 1, j, zero);
            self.stt(j + 2, j, zero);
        }
        // The last step by rotations.
        let j = il - 1;
        let (c, s, r) = lartg(self.h.get(j, j - 1), self.h.get(j + 1, j - 1));
        self.h.set(j, j - 1, r);
        self.h.set(j + 1, j - 1, T::zero());
        rot_rows(&mut self.h, j, j + 1, j..last, c, s);
        rot_rows(&mut self.t, j, j + 1, j - 1..last, c, s);
        if self.wantq {
            rot_cols(&mut self.q, j, j + 1, 0..n, c, s.conj());
        }
        let (c, s, r) = lartg(self.t.get(j + 1, j + 1), self.t.get(j + 1, j));
        self.t.set(j + 1, j + 1, r);
        self.t.set(j + 1, j, T::zero());
        rot_cols(&mut self.h, j + 1, j, first..il + 1, c, s);
        rot_cols(&mut self.t, j + 1, j, first..il, c, s);
        if self.wantz {
            rot_cols(&mut self.z, j + 1, j, 0..n, c, s);
        }
    }
}

/// `M(rows, j..j+3) := M(rows, j..j+3) (I - tau v v^T)` for a real 3-vector `v`.
fn apply_right3<T: Scalar>(
    m: &mut MatMut<'_, T>,
    j: usize,
    rows: core::ops::Range<usize>,
    tau: T::Real,
    v: [T::Real; 3],
) {
    let (t2, t3) = (tau * v[1], tau * v[2]);
    for i in rows {
        let (x0, x1, x2) = (m.get(i, j).re(), m.get(i, j + 1).re(), m.get(i, j + 2).re());
        let temp = x0 + v[1] * x1 + v[2] * x2;
        m.set(i, j, T::from_real(x0 - temp * tau));
        m.set(i, j + 1, T::from_real(x1 - temp * t2));
        m.set(i, j + 2, T::from_real(x2 - temp * t3));
    }
}

/// The tolerances and scale factors of one QZ run.
#[derive(Clone, Copy)]
struct Tols<R> {
    atol: R,
    btol: R,
    ascale: R,
    bscale: R,
}

/// The principal square root of `z`.
fn csqrt<T: Scalar>(z: T) -> T {
    let (x, y) = (z.re(), z.im());
    let zero = <T::Real as Scalar>::zero();
    let half = <T::Real as RealScalar>::from_f64(0.5);
    let r = x.hypot(y);
    if r == zero {
        return T::zero();
    }
    let t = ((r + x.abs()) * half).sqrt();
    if x >= zero {
        T::from_parts(t, y / (t + t))
    } else {
        T::from_parts(y.abs() / (t + t), t.copysign(y))
    }
}
