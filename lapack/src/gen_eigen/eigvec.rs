//! Eigenvectors of a pencil in generalized Schur form (`?tgevc`).

#![allow(clippy::needless_range_loop)] // indices address matrix rows, columns and vectors alike

use super::qz::lag2;
use crate::nonsym_eigen::{Howmny, VecSide};
use crate::Info;
use ferroblas_kernels::aux::scalars::{ladiv, lamch, Machine};
use ferroblas_kernels::level2::gemv;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef, Trans, VecMut, VecRef};
use ferroblas_relapack::{WorkReq, Workspace};

/// A complex number over a generic real type (`Complex<R>` has no
/// arithmetic for a generic `R`).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
struct C<R> {
    re: R,
    im: R,
}

impl<R: RealScalar> C<R> {
    fn new(re: R, im: R) -> Self {
        C { re, im }
    }
    fn conj(self) -> Self {
        C::new(self.re, -self.im)
    }
}

impl<R: RealScalar> core::ops::Add for C<R> {
    type Output = Self;
    fn add(self, o: Self) -> Self {
        C::new(self.re + o.re, self.im + o.im)
    }
}

impl<R: RealScalar> core::ops::Sub for C<R> {
    type Output = Self;
    fn sub(self, o: Self) -> Self {
        C::new(self.re - o.re, self.im - o.im)
    }
}

impl<R: RealScalar> core::ops::Neg for C<R> {
    type Output = Self;
    fn neg(self) -> Self {
        C::new(-self.re, -self.im)
    }
}

impl<R: RealScalar> core::ops::Mul for C<R> {
    type Output = Self;
    fn mul(self, o: Self) -> Self {
        C::new(self.re * o.re - self.im * o.im, self.re * o.im + self.im * o.re)
    }
}

impl<R: RealScalar> core::ops::Mul<R> for C<R> {
    type Output = Self;
    fn mul(self, r: R) -> Self {
        C::new(self.re * r, self.im * r)
    }
}

/// The number of columns [`tgevc`] fills: `n`, or for `Howmny::Selected`
/// one per selected eigenvalue, two per selected complex pair of a real
/// type (selected when either of its indices is).
pub fn tgevc_count<T: Scalar>(howmny: Howmny, select: &[bool], s: MatRef<'_, T>) -> usize {
    let n = s.nrows();
    if howmny != Howmny::Selected {
        return n;
    }
    let mut m = 0;
    let mut j = 0;
    while j < n {
        if !T::IS_COMPLEX && j + 1 < n && !s.get(j + 1, j).is_zero() {
            if select[j] || select[j + 1] {
                m += 2;
            }
            j += 2;
        } else {
            if select[j] {
                m += 1;
            }
            j += 1;
        }
    }
    m
}

/// The workspace [`tgevc`] needs for order `n`.
pub fn tgevc_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T>(tgevc_scratch::<T>(n)).and(WorkReq::new::<C<T::Real>>(n))
}

/// The length of [`tgevc_in`]'s `scratch`: a vector in `T`, the back
/// transform's output, and for the real types a pair's imaginary parts and
/// second output column (`4n`; complex `2n`).
pub fn tgevc_scratch<T: Scalar>(n: usize) -> usize {
    if T::IS_COMPLEX {
        2 * n
    } else {
        4 * n
    }
}

fn cx<T: Scalar>(z: T) -> C<T::Real> {
    C::new(z.re(), z.im())
}

fn cabs1<R: RealScalar>(z: C<R>) -> R {
    z.re.abs() + z.im.abs()
}

fn cdiv<R: RealScalar>(a: C<R>, b: C<R>) -> C<R> {
    let (re, im) = ladiv(a.re, a.im, b.re, b.im);
    C::new(re, im)
}

/// Some right and/or left eigenvectors of the pencil `(S, P)` in
/// generalized Schur form from [`super::hgeqz`] (`?tgevc`): P upper
/// triangular, S upper triangular (complex types) or quasi-triangular with
/// 2x2 blocks whose P block is diagonal (real types).
///
/// A right eigenvector `x` of the eigenvalue `w = alpha / beta` solves
/// `(beta S - alpha P) x = 0`, a left one `y^H (beta S - alpha P) = 0`; they
/// come from back (forward) substitution with the triangular pencil, near
/// singular diagonal blocks perturbed to `ulp` times the pencil's size.
/// `Howmny::Backtransform` multiplies them by the matrices in `vr` (Z) /
/// `vl` (Q) (giving the eigenvectors of `(Q S Z^H, Q P Z^H)`), `All` and
/// `Selected` return those of `(S, P)`. Each vector is scaled so that its
/// largest component has `|re| + |im| = 1`; a real type's complex pair takes
/// two columns, the real and imaginary parts of the vector of the
/// eigenvalue with positive imaginary part. A singular pencil's eigenvalue
/// `0/0` gets a unit vector.
///
/// Returns the number of columns filled. `Err(info)`: the 2x2 block at
/// `info - 1` (1-based `info`) has real eigenvalues.
#[allow(clippy::too_many_arguments)]
pub fn tgevc<T: Scalar>(
    side: VecSide,
    howmny: Howmny,
    select: &[bool],
    s: MatRef<'_, T>,
    p: MatRef<'_, T>,
    vl: MatMut<'_, T>,
    vr: MatMut<'_, T>,
    mut work: Workspace<'_>,
) -> Result<usize, Info> {
    let n = s.nrows();
    let (scratch, rest) = work.take::<T>(tgevc_scratch::<T>(n));
    tgevc_in(side, howmny, select, s, p, vl, vr, rest, scratch)
}

/// [`tgevc`] on its two scratch arrays given apart, as the complex Fortran
/// interface hands them (RWORK and WORK): `xwork` holds the vector being
/// solved for (`n` complex numbers: `2n` reals), `scratch`
/// [`tgevc_scratch`] entries.
#[allow(clippy::too_many_arguments)]
pub fn tgevc_in<T: Scalar>(
    side: VecSide,
    howmny: Howmny,
    select: &[bool],
    s: MatRef<'_, T>,
    p: MatRef<'_, T>,
    mut vl: MatMut<'_, T>,
    mut vr: MatMut<'_, T>,
    mut xwork: Workspace<'_>,
    scratch: &mut [T],
) -> Result<usize, Info> {
    type R<T> = <T as Scalar>::Real;
    let n = s.nrows();
    assert!(s.ncols() == n && p.nrows() == n && p.ncols() == n, "tgevc: S and P must be square of one order");
    let m = tgevc_count(howmny, select, s);
    assert!(select.len() >= n || howmny != Howmny::Selected, "tgevc: select is short");
    if n == 0 {
        return Ok(0);
    }
    let (zero, one) = (R::<T>::zero(), R::<T>::one());
    let safmin = lamch::<R<T>>(Machine::SafeMin);
    let ulp = lamch::<R<T>>(Machine::Precision);
    // Blocks: start[j] is the first index of the diagonal block holding j.
    let pair_at = |j: usize| !T::IS_COMPLEX && j + 1 < n && !s.get(j + 1, j).is_zero();
    // Column norms (1-norm of the strictly upper part plus the diagonal block) for the perturbation size.
    let mut anorm = zero;
    let mut bnorm = zero;
    for j in 0..n {
        let top = (j + 2).min(n);
        let (mut sa, mut sb) = (zero, zero);
        for i in 0..top {
            if i <= j + 1 {
                sa += s.get(i, j).abs1();
            }
            if i <= j {
                sb += p.get(i, j).abs1();
            }
        }
        anorm = anorm.max(sa);
        bnorm = bnorm.max(sb);
    }
    let ascale = one / anorm.max(safmin);
    let bscale = one / bnorm.max(safmin);
    assert!(scratch.len() >= tgevc_scratch::<T>(n), "tgevc: workspace too small");
    let (x, _) = xwork.take::<C<R<T>>>(n);
    let (xt, rest) = scratch.split_at_mut(n);
    // The second part (a real pair's imaginary parts) only for real types.
    let (xt2, out) = rest.split_at_mut(if T::IS_COMPLEX { 0 } else { n });
    // The coefficients (a, b), a real, with a S - b P singular at the block
    // je of size nb; None for the singular pencil's 0/0.
    let coefs = |je: usize, nb: usize| -> Result<Coefs<R<T>>, Info> {
        if nb == 1 {
            let (sa, sb) = (cx(s.get(je, je)), p.get(je, je).re());
            if cabs1(sa) <= safmin && sb.abs() <= safmin {
                return Ok(None);
            }
            let temp = one / (cabs1(sa) * ascale).max(sb.abs() * bscale).max(safmin);
            let salpha = sa * (temp * ascale);
            let sbeta = (temp * sb) * bscale;
            Ok(Some((sbeta * ascale, salpha * bscale)))
        } else {
            let sb = [s.get(je, je).re(), s.get(je + 1, je).re(), s.get(je, je + 1).re(), s.get(je + 1, je + 1).re()];
            let pb = [p.get(je, je).re(), p.get(je + 1, je).re(), p.get(je, je + 1).re(), p.get(je + 1, je + 1).re()];
            let e = lag2(
                MatRef::from_col_major(&sb, 2, 2, 2),
                MatRef::from_col_major(&pb, 2, 2, 2),
                safmin * R::<T>::from_f64(100.0),
            );
            if e.wi == zero {
                return Err(Info::new(je + 1));
            }
            Ok(Some((e.scale1, C::new(e.wr1, e.wi))))
        }
    };
    let chosen = |je: usize, nb: usize| howmny != Howmny::Selected || select[je] || (nb == 2 && select[je + 1]);
    let sizes = Sizes { s, ulp, safmin, anorm, bnorm };
    // Left vectors in ascending order (the basis of vector je is Q(:, je..n)),
    // right ones in descending order (Z(:, 0..je+nb)), so that a vector may
    // overwrite the basis columns of the ones already done.
    if side != VecSide::Right {
        let (mut je, mut col) = (0usize, 0usize);
        while je < n {
            let nb = if pair_at(je) { 2 } else { 1 };
            if chosen(je, nb) {
                let c = coefs(je, nb)?;
                vector(&sizes, p, je, nb, c, true, x);
                store(howmny, vl.rb_mut(), x, je, n, col, nb, xt, xt2, out);
                col += nb;
            }
            je += nb;
        }
    }
    if side != VecSide::Left {
        let (mut end, mut col) = (n, m);
        while end > 0 {
            let (je, nb) = if end >= 2 && pair_at(end - 2) { (end - 2, 2) } else { (end - 1, 1) };
            if chosen(je, nb) {
                let c = coefs(je, nb)?;
                col -= nb;
                vector(&sizes, p, je, nb, c, false, x);
                store(howmny, vr.rb_mut(), x, 0, je + nb, col, nb, xt, xt2, out);
            }
            end = je;
        }
    }
    Ok(m)
}

/// The coefficients `(a, b)` of an eigenvalue's singular `a S - b P`; `None` for `0/0`.
type Coefs<R> = Option<(R, C<R>)>;

/// What the substitutions need besides P.
struct Sizes<'a, T: Scalar> {
    s: MatRef<'a, T>,
    ulp: T::Real,
    safmin: T::Real,
    anorm: T::Real,
    bnorm: T::Real,
}

/// The eigenvector of block `je` (`coefs` from [`tgevc`]; `None` gives the unit vector).
fn vector<T: Scalar>(
    z: &Sizes<'_, T>,
    p: MatRef<'_, T>,
    je: usize,
    nb: usize,
    coefs: Coefs<T::Real>,
    left: bool,
    x: &mut [C<T::Real>],
) {
    let (zero, one) = (<T::Real as Scalar>::zero(), <T::Real as Scalar>::one());
    x.iter_mut().for_each(|v| *v = C::new(zero, zero));
    match coefs {
        None => x[je] = C::new(one, zero),
        Some((ac, bc)) => solve_vector(z.s, p, je, nb, ac, bc, left, x, z.ulp, z.safmin, z.anorm, z.bnorm),
    }
}

/// The eigenvector of the block at `je` (size `nb`) of the pencil
/// `ac S - bc P` by back (right) or forward (left) substitution, in `x`.
#[allow(clippy::too_many_arguments)]
fn solve_vector<T: Scalar>(
    s: MatRef<'_, T>,
    p: MatRef<'_, T>,
    je: usize,
    nb: usize,
    ac: T::Real,
    bc: C<T::Real>,
    left: bool,
    x: &mut [C<T::Real>],
    ulp: T::Real,
    safmin: T::Real,
    anorm: T::Real,
    bnorm: T::Real,
) {
    type R<T> = <T as Scalar>::Real;
    let n = s.nrows();
    let (zero, one) = (R::<T>::zero(), R::<T>::one());
    let zc = C::new(zero, zero);
    // M(i, j) = ac S(i, j) - bc P(i, j), conjugated for left vectors.
    let mm = |i: usize, j: usize| {
        let v = cx(s.get(i, j)) * ac - bc * cx(p.get(i, j));
        if left {
            v.conj()
        } else {
            v
        }
    };
    let smin = (ulp * (ac.abs() * anorm + cabs1(bc) * bnorm)).max(safmin);
    let big = one / (safmin * R::<T>::from_f64((n + 1) as f64)).sqrt();
    // The start: a null vector of the diagonal block (of its transpose for left vectors).
    if nb == 1 {
        x[je] = C::new(one, zero);
    } else {
        let (m11, m12, m21, m22) = if left {
            (mm(je, je), mm(je + 1, je), mm(je, je + 1), mm(je + 1, je + 1))
        } else {
            (mm(je, je), mm(je, je + 1), mm(je + 1, je), mm(je + 1, je + 1))
        };
        if cabs1(m11) + cabs1(m12) >= cabs1(m21) + cabs1(m22) {
            x[je] = m12;
            x[je + 1] = -m11;
        } else {
            x[je] = m22;
            x[je + 1] = -m21;
        }
        let sc = one / cabs1(x[je]).max(cabs1(x[je + 1])).max(safmin);
        x[je] = x[je] * sc;
        x[je + 1] = x[je + 1] * sc;
    }
    let block_of = |j: usize| -> bool { !T::IS_COMPLEX && j + 1 < n && !s.get(j + 1, j).is_zero() };
    // Solve a diagonal block (1x1 or 2x2 at k) in place of rhs.
    let solve_block = |k: usize, size: usize, rhs: &mut [C<R<T>>; 2]| {
        if size == 1 {
            let mut d = mm(k, k);
            if cabs1(d) < smin {
                d = C::new(smin, zero);
            }
            rhs[0] = cdiv(rhs[0], d);
        } else {
            // The block as the system matrix: M_kk for right, M_kk^H (conj done in mm, transpose here) for left.
            let (a11, a12, a21, a22) = if left {
                (mm(k, k), mm(k + 1, k), mm(k, k + 1), mm(k + 1, k + 1))
            } else {
                (mm(k, k), mm(k, k + 1), mm(k + 1, k), mm(k + 1, k + 1))
            };
            // Gaussian elimination with partial pivoting.
            let (r1, r2, b1, b2) = if cabs1(a11) >= cabs1(a21) {
                ((a11, a12), (a21, a22), rhs[0], rhs[1])
            } else {
                ((a21, a22), (a11, a12), rhs[1], rhs[0])
            };
            let mut piv = r1.0;
            if cabs1(piv) < smin {
                piv = C::new(smin, zero);
            }
            let l = cdiv(r2.0, piv);
            let mut u22 = r2.1 - l * r1.1;
            if cabs1(u22) < smin {
                u22 = C::new(smin, zero);
            }
            let y2 = b2 - l * b1;
            let x2 = cdiv(y2, u22);
            let x1 = cdiv(b1 - r1.1 * x2, piv);
            rhs[0] = x1;
            rhs[1] = x2;
        }
    };
    let rescale = |x: &mut [C<R<T>>], v: R<T>| {
        if v > big {
            let f = one / v;
            x.iter_mut().for_each(|z| *z = *z * f);
        }
    };
    if !left {
        // Back substitution upwards from je - 1.
        let mut j = je;
        while j > 0 {
            let (k, size) = if j >= 2 && block_of(j - 2) { (j - 2, 2) } else { (j - 1, 1) };
            let mut rhs = [zc; 2];
            for r in 0..size {
                let mut acc = zc;
                for i in k + size..je + nb {
                    acc = acc + mm(k + r, i) * x[i];
                }
                rhs[r] = -acc;
            }
            solve_block(k, size, &mut rhs);
            x[k..k + size].copy_from_slice(&rhs[..size]);
            let after = cabs1(rhs[0]).max(cabs1(rhs[1]));
            rescale(&mut x[..je + nb], after);
            j = k;
        }
    } else {
        // Forward substitution downwards from je + nb.
        let mut k = je + nb;
        while k < n {
            let size = if block_of(k) { 2 } else { 1 };
            let mut rhs = [zc; 2];
            for r in 0..size {
                let mut acc = zc;
                for i in je..k {
                    acc = acc + mm(i, k + r) * x[i];
                }
                rhs[r] = -acc;
            }
            solve_block(k, size, &mut rhs);
            x[k..k + size].copy_from_slice(&rhs[..size]);
            let after = cabs1(rhs[0]).max(cabs1(rhs[1]));
            rescale(&mut x[je..n], after);
            k += size;
        }
    }
}

/// Writes the vector `x` (nonzero in `lo..hi`) into column `col` (and
/// `col + 1` for a real type's complex vector) of `dest`, multiplied by
/// the basis already there for `Howmny::Backtransform`, and normalizes it.
#[allow(clippy::too_many_arguments)]
fn store<T: Scalar>(
    howmny: Howmny,
    mut dest: MatMut<'_, T>,
    x: &[C<T::Real>],
    lo: usize,
    hi: usize,
    col: usize,
    ncols: usize,
    xt: &mut [T],
    xt2: &mut [T],
    out: &mut [T],
) {
    type R<T> = <T as Scalar>::Real;
    let n = dest.nrows();
    let (zero, one) = (R::<T>::zero(), R::<T>::one());
    let parts = if T::IS_COMPLEX { 1 } else { ncols };
    for i in 0..n {
        xt[i] = T::from_parts(x[i].re, x[i].im);
    }
    if !T::IS_COMPLEX {
        for i in 0..n {
            xt2[i] = T::from_real(x[i].im);
        }
    }
    for part in 0..parts {
        let src: &[T] = if part == 0 { xt } else { xt2 };
        if howmny == Howmny::Backtransform {
            // The basis columns lo..hi times x(lo..hi); written into the
            // first of the vector's columns only after both parts are done.
            let basis = dest.rb().submatrix(0, lo, n, hi - lo);
            gemv(
                Trans::No,
                T::one(),
                basis,
                VecRef::from_slice(&src[lo..hi]),
                T::zero(),
                VecMut::from_slice(&mut out[part * n..part * n + n]),
            );
        } else {
            out[part * n..part * n + n].copy_from_slice(&src[..n]);
        }
    }
    let _ = one;
    // Normalize: the largest |re| + |im| over the vector is 1.
    let mut xmax = zero;
    for i in 0..n {
        let v = if parts == 2 { out[i].abs1() + out[n + i].abs1() } else { out[i].abs1() };
        xmax = xmax.max(v);
    }
    let scale = if xmax > lamch::<R<T>>(Machine::SafeMin) { one / xmax } else { one };
    for part in 0..parts {
        for i in 0..n {
            dest.set(i, col + part, out[part * n + i].scale_real(scale));
        }
    }
}
