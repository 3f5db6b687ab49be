//! Triangular solve with a scale factor chosen so the solution cannot
//! overflow (`?latrs`, and through [`TriStore`] the packed `?latps` and band
//! `?latbs`, which share this code).
//!
//! A cheap bound on the growth of the solution (from the off-diagonal column
//! norms `cnorm`) decides: when `1/bound` is comfortably above underflow the
//! plain Level-2 solve runs as is; otherwise a column- or row-oriented solve checks
//! every division and update and scales the whole of `x` down (multiplying
//! `scale`) before any step could overflow. A zero (or NaN) diagonal element
//! gives `scale = 0` and a null vector of `op(A)` instead of infinities.

use super::{div, NormIn};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::enums::{Diag, Trans, Uplo};
use ferroblas_kernels::level1;
use ferroblas_kernels::level2;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::{MatRef, VecMut, VecRef};

/// A triangular matrix in some storage (full, packed, band), as the scaled
/// solve reads it: the diagonal, and each column's stored off-diagonal part
/// as one vector.
pub(crate) trait TriStore<T: Scalar> {
    /// The order.
    fn order(&self) -> usize;
    /// Whether the stored triangle is the upper one.
    fn upper(&self) -> bool;
    /// `A(j, j)`.
    fn diag(&self, j: usize) -> T;
    /// The stored off-diagonal part of column `j` and the row of its first
    /// element (the other off-diagonal elements of the column are zero).
    fn off(&self, j: usize) -> (usize, VecRef<'_, T>);
    /// The plain solve `op(A) x = b`; by default column- (`op = A`) or
    /// dot-product- (`op = A^T, A^H`) oriented over [`off`](Self::off).
    fn solve(&self, trans: Trans, diag: Diag, mut x: VecMut<'_, T>) {
        let n = self.order();
        let forward = (trans == Trans::No) != self.upper();
        let conj = T::IS_COMPLEX && trans == Trans::ConjTrans;
        for k in 0..n {
            let j = if forward { k } else { n - 1 - k };
            let (lo, col) = self.off(j);
            let d = if conj { self.diag(j).conj() } else { self.diag(j) };
            if trans == Trans::No {
                if diag == Diag::NonUnit {
                    // Smith's division, as the BLAS solves divide: no
                    // overflow in forming |d|^2 for a huge or tiny d.
                    x.set(j, level2::div(x.get(j), d));
                }
                let xj = x.get(j);
                if !xj.is_zero() {
                    level1::axpy(-xj, col, x.rb_mut().subvec(lo, col.len()));
                }
            } else {
                let xs = x.rb().subvec(lo, col.len());
                let s = if conj { level1::dotc(col, xs) } else { level1::dotu(col, xs) };
                let mut v = x.get(j) - s;
                if diag == Diag::NonUnit {
                    v = level2::div(v, d);
                }
                x.set(j, v);
            }
        }
    }
    /// `x := op(A) x`.
    fn multiply(&self, trans: Trans, diag: Diag, x: VecMut<'_, T>) {
        tri_multiply(self, trans, diag, x)
    }
}

/// `x := op(A) x`, in place: the plain product over [`TriStore::off`].
pub(crate) fn tri_multiply<T: Scalar, S: TriStore<T> + ?Sized>(a: &S, trans: Trans, diag: Diag, mut x: VecMut<'_, T>) {
    let n = a.order();
    // The reverse of the solve's order: each step reads only components not yet overwritten.
    let forward = (trans == Trans::No) == a.upper();
    let conj = T::IS_COMPLEX && trans == Trans::ConjTrans;
    for k in 0..n {
        let j = if forward { k } else { n - 1 - k };
        let (lo, col) = a.off(j);
        let d = if conj { a.diag(j).conj() } else { a.diag(j) };
        let xj = x.get(j);
        if trans == Trans::No {
            if !xj.is_zero() {
                level1::axpy(xj, col, x.rb_mut().subvec(lo, col.len()));
            }
            if diag == Diag::NonUnit {
                x.set(j, xj * d);
            }
        } else {
            let xs = x.rb().subvec(lo, col.len());
            let s = if conj { level1::dotc(col, xs) } else { level1::dotu(col, xs) };
            let v = if diag == Diag::NonUnit { xj * d } else { xj };
            x.set(j, v + s);
        }
    }
}

/// Full storage: the `uplo` triangle of a square matrix.
pub(crate) struct FullTri<'a, T> {
    pub a: MatRef<'a, T>,
    pub upper: bool,
}

impl<T: Scalar> TriStore<T> for FullTri<'_, T> {
    fn order(&self) -> usize {
        self.a.nrows()
    }
    fn upper(&self) -> bool {
        self.upper
    }
    fn diag(&self, j: usize) -> T {
        self.a.get(j, j)
    }
    fn off(&self, j: usize) -> (usize, VecRef<'_, T>) {
        let n = self.a.nrows();
        if self.upper {
            (0, self.a.col(j).subvec(0, j))
        } else {
            (j + 1, self.a.col(j).subvec(j + 1, n - j - 1))
        }
    }
    fn solve(&self, trans: Trans, diag: Diag, x: VecMut<'_, T>) {
        let uplo = if self.upper { Uplo::Upper } else { Uplo::Lower };
        level2::trsv(uplo, trans, diag, self.a, x);
    }
    fn multiply(&self, trans: Trans, diag: Diag, x: VecMut<'_, T>) {
        let uplo = if self.upper { Uplo::Upper } else { Uplo::Lower };
        level2::trmv(uplo, trans, diag, self.a, x);
    }
}

/// `max |a_ij|` over the stored off-diagonal elements, NaN if any is NaN.
fn max_off_diag<T: Scalar, S: TriStore<T>>(a: &S) -> T::Real {
    let mut m = T::Real::zero();
    for j in 0..a.order() {
        let col = a.off(j).1;
        for i in 0..col.len() {
            let v = col.get(i).re().abs();
            if v.is_nan() || m.is_nan() {
                m = v + m;
            } else if v > m {
                m = v;
            }
        }
    }
    m
}

/// `x := x * r` for the real factor `r`, folded into `scale` and `xmax` by the caller.
#[inline]
fn scale_x<T: Scalar>(r: T::Real, x: &mut VecMut<'_, T>) {
    level1::scal_real(r, x.rb_mut());
}

/// Solves `op(A) x = s b` for triangular `A` (`?latrs`), returning the scale
/// `s <= 1` chosen so that no component of `x` overflows; `x` holds `b` on
/// entry and the solution on exit.
///
/// `cnorm[j]` is the 1-norm of the off-diagonal part of column `j` of `A`
/// (the sum of `|re| + |im|` for complex types): computed here for
/// [`NormIn::Compute`], read for [`NormIn::Given`] (it must then bound the
/// column's infinity-norm for `op = A` and its 1-norm otherwise). `s = 0`
/// means `A` is singular (or too badly scaled) and `x` solves `op(A) x = 0`.
/// The diagonal is not read for [`Diag::Unit`]. Real and complex types follow
/// `dlatrs` and `zlatrs` respectively (they scale at slightly different thresholds).
///
/// # Panics
/// If `a` is not square or `x`, `cnorm` are shorter than its order.
pub fn latrs<T: Scalar>(
    uplo: Uplo,
    trans: Trans,
    diag: Diag,
    normin: NormIn,
    a: MatRef<'_, T>,
    x: VecMut<'_, T>,
    cnorm: &mut [T::Real],
) -> T::Real {
    assert_eq!(a.ncols(), a.nrows(), "latrs: A is {}x{}, not square", a.nrows(), a.ncols());
    scaled_solve(&FullTri { a, upper: uplo == Uplo::Upper }, trans, diag, normin, x, cnorm)
}

/// [`latrs`] for any triangular storage: the body of `?latrs`, `?latps` and `?latbs`.
pub(crate) fn scaled_solve<T: Scalar, S: TriStore<T>>(
    a: &S,
    trans: Trans,
    diag: Diag,
    normin: NormIn,
    mut x: VecMut<'_, T>,
    cnorm: &mut [T::Real],
) -> T::Real {
    let n = a.order();

    assert_eq!(x.len(), n, "latrs: x has {} elements, A has order {n}", x.len());
    assert!(cnorm.len() >= n, "latrs: cnorm has {} elements, A has order {n}", cnorm.len());
    let cnorm = &mut cnorm[..n];
    let (zero, one) = (T::Real::zero(), T::Real::one());
    let half = one / (one + one);
    let mut scale = one;
    if n == 0 {
        return scale;
    }
    let upper = a.upper();
    let notran = trans == Trans::No;
    let nounit = diag == Diag::NonUnit;
    let conj = T::IS_COMPLEX && trans == Trans::ConjTrans;
    let smlnum = lamch::<T::Real>(Machine::SafeMin) / lamch::<T::Real>(Machine::Precision);
    let bignum = one / smlnum;
    // The complex code keeps a factor 2 of headroom: |re| + |im| can exceed the
    // largest component by that much.
    let (headroom, g0) = if T::IS_COMPLEX { (half, half) } else { (one, one) };
    let a_jj = |j: usize| -> T {
        let d = a.diag(j);
        if conj {
            d.conj()
        } else {
            d
        }
    };

    if normin == NormIn::Compute {
        for (j, c) in cnorm.iter_mut().enumerate() {
            *c = level1::asum(a.off(j).1);
        }
    }

    // Column norms beyond bignum would make the growth bound overflow: scale
    // them (and A, implicitly, by tscal) down.
    let tmax = cnorm[level1::iamax(VecRef::from_slice(cnorm)).unwrap_or(0)];
    let tscal;
    if tmax <= bignum * headroom {
        tscal = one;
    } else if T::IS_COMPLEX {
        tscal = half / (smlnum * tmax);
        level1::scal_real(tscal, VecMut::from_slice(cnorm));
    } else {
        let overflow = lamch::<T::Real>(Machine::Overflow);
        if tmax <= overflow {
            tscal = one / (smlnum * tmax);
            level1::scal_real(tscal, VecMut::from_slice(cnorm));
        } else {
            // Some column norm is infinite: scale by the largest element
            // instead, and sum the infinite columns again, scaled as they go.
            let emax = max_off_diag(a);
            if emax <= overflow {
                tscal = one / (smlnum * emax);
                for (j, c) in cnorm.iter_mut().enumerate() {
                    if *c <= overflow {
                        *c *= tscal;
                    } else {
                        let col = a.off(j).1;
                        *c = zero;
                        for i in 0..col.len() {
                            *c += tscal * col.get(i).re().abs();
                        }
                    }
                }
            } else {
                // A holds an infinity or NaN: let the plain solve propagate it.
                a.solve(trans, diag, x);
                return scale;
            }
        }
    }

    // Bound the solution's growth to see whether trsv is safe.
    let mut xmax = if T::IS_COMPLEX {
        let mut m = zero;
        for i in 0..n {
            let xi = x.get(i);
            m = m.max((xi.re() * half).abs() + (xi.im() * half).abs());
        }
        m
    } else {
        x.get(level1::iamax(x.rb()).unwrap_or(0)).abs1()
    };
    // Columns in the order the solve visits them.
    let forward = notran != upper;
    let order = |k: usize| if forward { k } else { n - 1 - k };
    let mut xbnd = xmax;
    let mut grow;
    if tscal != one {
        grow = zero;
    } else if notran {
        if nounit {
            // grow = 1/G(j), xbnd = 1/M(j): bounds on the updated right-hand
            // side and on the solution so far.
            grow = g0 / xbnd.max(smlnum);
            xbnd = grow;
            let mut stopped = false;
            for k in 0..n {
                let j = order(k);
                if grow <= smlnum {
                    stopped = true;
                    break;
                }
                let tjj = a.diag(j).abs1();
                if T::IS_COMPLEX && (tjj.is_nan() || tjj < smlnum) {
                    xbnd = zero;
                } else {
                    xbnd = xbnd.min(one.min(tjj) * grow);
                }
                grow = if tjj + cnorm[j] >= smlnum { grow * (tjj / (tjj + cnorm[j])) } else { zero };
            }
            if !stopped {
                grow = xbnd;
            }
        } else {
            grow = one.min(g0 / xbnd.max(smlnum));
            for k in 0..n {
                if grow <= smlnum {
                    break;
                }
                grow *= one / (one + cnorm[order(k)]);
            }
        }
    } else if nounit {
        grow = g0 / xbnd.max(smlnum);
        xbnd = grow;
        let mut stopped = false;
        for k in 0..n {
            let j = order(k);
            if grow <= smlnum {
                stopped = true;
                break;
            }
            let xj = one + cnorm[j];
            grow = grow.min(xbnd / xj);
            let tjj = a.diag(j).abs1();
            if T::IS_COMPLEX && (tjj.is_nan() || tjj < smlnum) {
                xbnd = zero;
            } else if xj > tjj {
                xbnd *= tjj / xj;
            }
        }
        if !stopped {
            grow = grow.min(xbnd);
        }
    } else {
        grow = one.min(g0 / xbnd.max(smlnum));
        for k in 0..n {
            if grow <= smlnum {
                break;
            }
            grow /= one + cnorm[order(k)];
        }
    }

    if grow * tscal > smlnum {
        a.solve(trans, diag, x);
    } else {
        // The careful solve: every step checked, x scaled down as needed.
        if xmax > bignum * headroom {
            scale = (bignum * headroom) / xmax;
            scale_x(scale, &mut x);
            xmax = bignum;
        } else if T::IS_COMPLEX {
            xmax = xmax + xmax;
        }
        // The diagonal element j, times tscal, as the solve divides by it.
        let tjjs_of = |j: usize| if nounit { a_jj(j).scale_real(tscal) } else { T::from_real(tscal) };
        if notran {
            for k in 0..n {
                let j = order(k);
                let mut xj = x.get(j).abs1();
                if nounit || tscal != one {
                    let tjjs = tjjs_of(j);
                    let tjj = tjjs.abs1();
                    if tjj > smlnum {
                        if tjj < one && xj > tjj * bignum {
                            let rec = one / xj;
                            scale_x(rec, &mut x);
                            scale *= rec;
                            xmax *= rec;
                        }
                        x.set(j, div(x.get(j), tjjs));
                        xj = x.get(j).abs1();
                    } else if tjj > zero {
                        if xj > tjj * bignum {
                            // Also keep x(j) times column j from overflowing.
                            let mut rec = (tjj * bignum) / xj;
                            if cnorm[j] > one {
                                rec /= cnorm[j];
                            }
                            scale_x(rec, &mut x);
                            scale *= rec;
                            xmax *= rec;
                        }
                        x.set(j, div(x.get(j), tjjs));
                        xj = x.get(j).abs1();
                    } else {
                        // A(j,j) = 0: x = e_j solves the leading part of A x = 0.
                        for i in 0..n {
                            x.set(i, T::zero());
                        }
                        x.set(j, T::one());
                        xj = one;
                        scale = zero;
                        xmax = zero;
                    }
                }
                // Room for adding x(j) times column j.
                if xj > one {
                    let mut rec = one / xj;
                    if cnorm[j] > (bignum - xmax) * rec {
                        rec *= half;
                        scale_x(rec, &mut x);
                        scale *= rec;
                    }
                } else if xj * cnorm[j] > bignum - xmax {
                    scale_x(half, &mut x);
                    scale *= half;
                }
                let alpha = (-x.get(j)).scale_real(tscal);
                let (lo, col) = a.off(j);
                if !col.is_empty() {
                    level1::axpy(alpha, col, x.rb_mut().subvec(lo, col.len()));
                }
                // The largest of the components still to solve for (all of
                // them, not only the updated ones: band storage updates fewer).
                let (rlo, rlen) = if upper { (0, j) } else { (j + 1, n - j - 1) };
                if rlen > 0 {
                    let i = rlo + level1::iamax(x.rb().subvec(rlo, rlen)).unwrap_or(0);
                    xmax = x.get(i).abs1();
                }
            }
        } else {
            for k in 0..n {
                let j = order(k);
                let mut xj = x.get(j).abs1();
                let mut uscal = T::from_real(tscal);
                let mut rec = one / xmax.max(one);
                let mut tjjs = T::zero();
                if cnorm[j] > (bignum - xj) * rec {
                    // x(j) could overflow: scale x by 1/(2 xmax), folding in
                    // 1/A(j,j) when that is large.
                    rec *= half;
                    tjjs = tjjs_of(j);
                    let tjj = tjjs.abs1();
                    if tjj > one {
                        rec = one.min(rec * tjj);
                        uscal = div(uscal, tjjs);
                    }
                    if rec < one {
                        scale_x(rec, &mut x);
                        scale *= rec;
                        xmax *= rec;
                    }
                }
                let (lo, col) = a.off(j);
                let len = col.len();
                let mut sumj = T::zero();
                if uscal == T::one() {
                    if len > 0 {
                        let xs = x.rb().subvec(lo, len);
                        sumj = if conj { level1::dotc(col, xs) } else { level1::dotu(col, xs) };
                    }
                } else {
                    for i in 0..len {
                        let aij = if conj { col.get(i).conj() } else { col.get(i) };
                        sumj += (aij * uscal) * x.get(lo + i);
                    }
                }
                if uscal == T::from_real(tscal) {
                    // 1/A(j,j) was not folded into the dot product: divide now.
                    x.set(j, x.get(j) - sumj);
                    xj = x.get(j).abs1();
                    if nounit || tscal != one {
                        tjjs = tjjs_of(j);
                        let tjj = tjjs.abs1();
                        if tjj > smlnum {
                            if tjj < one && xj > tjj * bignum {
                                let rec = one / xj;
                                scale_x(rec, &mut x);
                                scale *= rec;
                                xmax *= rec;
                            }
                            x.set(j, div(x.get(j), tjjs));
                        } else if tjj > zero {
                            if xj > tjj * bignum {
                                let rec = (tjj * bignum) / xj;
                                scale_x(rec, &mut x);
                                scale *= rec;
                                xmax *= rec;
                            }
                            x.set(j, div(x.get(j), tjjs));
                        } else {
                            for i in 0..n {
                                x.set(i, T::zero());
                            }
                            x.set(j, T::one());
                            scale = zero;
                            xmax = zero;
                        }
                    }
                } else {
                    x.set(j, div(x.get(j), tjjs) - sumj);
                }
                xmax = xmax.max(x.get(j).abs1());
            }
        }
        scale /= tscal;
    }
    if tscal != one {
        level1::scal_real(one / tscal, VecMut::from_slice(cnorm));
    }
    scale
}

#[cfg(test)]
#[allow(clippy::needless_range_loop)]
mod tests {
    use super::*;
    use crate::condition::testutil::*;
    use ferroblas_kernels::{c32, c64};

    const UPLOS: [Uplo; 2] = [Uplo::Upper, Uplo::Lower];
    const DIAGS: [Diag; 2] = [Diag::NonUnit, Diag::Unit];
    const TRANS: [Trans; 3] = [Trans::No, Trans::Trans, Trans::ConjTrans];

    /// `op(T) x` for the triangle of `a` (the other triangle and, for a unit
    /// diagonal, the diagonal ignored), in c64.
    fn tri_apply<T: TestScalar>(uplo: Uplo, trans: Trans, diag: Diag, a: &Dense<T>, x: &[T]) -> Vec<c64> {
        let t = a.triangle(uplo, diag);
        let op = match trans {
            Trans::No => t,
            Trans::Trans => t.transpose(),
            Trans::ConjTrans => t.conj_transpose(),
        };
        op.matvec_c64(x)
    }

    fn benign<T: TestScalar>() {
        let mut rng = Rng::new(11);
        let eps = T::Real::EPSILON.to_f64();
        for n in [0usize, 1, 2, 3, 5, 8, 12] {
            let mut a = Dense::<T>::random(n, &mut rng, 0);
            for j in 0..n {
                a.set(j, j, a.get(j, j) + T::from_real(RealScalar::from_f64(4.0)));
            }
            for (uplo, trans, diag) in
                UPLOS.iter().flat_map(|&u| TRANS.iter().flat_map(move |&t| DIAGS.iter().map(move |&d| (u, t, d))))
            {
                for normin in [NormIn::Compute, NormIn::Given] {
                    let b: Vec<T> = (0..n).map(|_| rng.scalar()).collect();
                    let mut x = b.clone();
                    let mut cnorm = vec![T::Real::zero(); n];
                    if normin == NormIn::Given {
                        latrs(uplo, Trans::No, diag, NormIn::Compute, a.view(), VecMut::from_slice(&mut x), &mut cnorm);
                        x.copy_from_slice(&b);
                    }
                    let s = latrs(uplo, trans, diag, normin, a.view(), VecMut::from_slice(&mut x), &mut cnorm);
                    assert_eq!(s, T::Real::one(), "{}: benign solve scaled", T::PREFIX);
                    // op(A) x = b, residual relative to |b|.
                    let r = tri_apply(uplo, trans, diag, &a, &x);
                    for i in 0..n {
                        let d = cabs(r[i] - b[i].to_c64());
                        assert!(
                            d <= 100.0 * eps * (1.0 + cabs(b[i].to_c64())) * n as f64,
                            "{}: residual {d}",
                            T::PREFIX
                        );
                    }
                    // The off-diagonal column norms, as documented.
                    for j in 0..n {
                        let full = FullTri { a: a.view(), upper: uplo == Uplo::Upper };
                        let col = full.off(j).1;
                        let want: f64 = (0..col.len()).map(|i| col.get(i).abs1().to_f64()).sum();
                        assert!((cnorm[j].to_f64() - want).abs() <= 1e-5 * want.max(1.0));
                    }
                }
            }
        }
    }

    #[test]
    fn benign_input_matches_a_plain_solve() {
        benign::<f32>();
        benign::<f64>();
        benign::<c32>();
        benign::<c64>();
    }

    /// Tiny diagonal, large off-diagonal: the solution overflows, so trsv
    /// would give infinities; latrs returns a scaled, finite solution.
    fn near_overflow<T: TestScalar>() {
        let eps = T::Real::EPSILON.to_f64();
        let single = eps > 1e-10;
        // (diagonal, off-diagonal, whether the residual is computable in c64):
        // the second case's column norms exceed bignum, so A is scaled too.
        let cases = [
            if single { (1e-3, 1e30, true) } else { (1e-120, 1e200, true) },
            (if single { 1e-3 } else { 1e-10 }, T::Real::MAX.to_f64() * 1e-3, single),
        ];
        for (n, (tiny, big, check)) in [2usize, 3, 6].into_iter().flat_map(|n| cases.map(|c| (n, c))) {
            for (uplo, trans) in UPLOS.iter().flat_map(|&u| TRANS.iter().map(move |&t| (u, t))) {
                let mut a = Dense::<T>::zeros(n);
                for j in 0..n {
                    a.set(j, j, T::from_parts(RealScalar::from_f64(tiny), RealScalar::from_f64(tiny * 0.5)));
                    for i in 0..n {
                        if i != j {
                            a.set(i, j, T::from_real(RealScalar::from_f64(if (i + j) % 2 == 0 { big } else { -big })));
                        }
                    }
                }
                let b: Vec<T> = (0..n).map(|i| T::from_real(RealScalar::from_f64(1.0 + i as f64))).collect();
                let mut x = b.clone();
                let mut cnorm = vec![T::Real::zero(); n];
                let s = latrs(
                    uplo,
                    trans,
                    Diag::NonUnit,
                    NormIn::Compute,
                    a.view(),
                    VecMut::from_slice(&mut x),
                    &mut cnorm,
                );
                let sf = s.to_f64();
                assert!((0.0..1.0).contains(&sf), "{}: scale {sf}", T::PREFIX);
                assert!(x.iter().all(|v| v.re().is_finite() && v.im().is_finite()), "{}: {x:?}", T::PREFIX);
                if n == 2 {
                    // Just beyond overflow: representable once scaled.
                    assert!(sf > 0.0, "{}: scale {sf}", T::PREFIX);
                }
                if sf > 0.0 && check {
                    // op(A) x = s b.
                    let t = a.triangle(uplo, Diag::NonUnit);
                    let t = match trans {
                        Trans::No => t,
                        Trans::Trans => t.transpose(),
                        Trans::ConjTrans => t.conj_transpose(),
                    };
                    for i in 0..n {
                        let (mut r, mut mag) = (b[i].to_c64() * -sf, 0.0f64);
                        for j in 0..n {
                            let term = t.get(i, j).to_c64() * x[j].to_c64();
                            r += term;
                            mag = mag.max(cabs(term));
                        }
                        assert!(
                            cabs(r) <= 1e2 * eps * (mag.max(sf) + f64::MIN_POSITIVE),
                            "{}: n={n} {uplo:?} {trans:?} i={i} s={sf:e} x={x:?} residual {r:?} of {mag:e}",
                            T::PREFIX
                        );
                    }
                }
                // The column norms come back unscaled.
                for j in 0..n {
                    let want = big * if uplo == Uplo::Upper { j } else { n - 1 - j } as f64;
                    if want > 0.0 {
                        assert!((cnorm[j].to_f64() / want - 1.0).abs() < 1e-4, "{}: cnorm {:?}", T::PREFIX, cnorm[j]);
                    }
                }
            }
        }
    }

    #[test]
    fn near_overflow_input_is_scaled() {
        near_overflow::<f32>();
        near_overflow::<f64>();
        near_overflow::<c32>();
        near_overflow::<c64>();
    }

    /// Exactly singular: scale 0 and a null vector of op(A).
    fn singular<T: TestScalar>() {
        let mut rng = Rng::new(3);
        for (uplo, trans) in UPLOS.iter().flat_map(|&u| TRANS.iter().map(move |&t| (u, t))) {
            let n = 5;
            let mut a = Dense::<T>::random(n, &mut rng, 0);
            a.set(2, 2, T::zero());
            let mut x: Vec<T> = (0..n).map(|_| rng.scalar()).collect();
            let mut cnorm = vec![T::Real::zero(); n];
            let s =
                latrs(uplo, trans, Diag::NonUnit, NormIn::Compute, a.view(), VecMut::from_slice(&mut x), &mut cnorm);
            assert_eq!(s, T::Real::zero(), "{}", T::PREFIX);
            let r = tri_apply(uplo, trans, Diag::NonUnit, &a, &x);
            let xn: f64 = x.iter().map(|v| cabs(v.to_c64())).fold(0.0, f64::max);
            assert!(xn > 0.0);
            let rn: f64 = r.iter().map(|&v| cabs(v)).fold(0.0, f64::max);
            assert!(rn <= 1e-3 * xn * a.norm1().to_f64(), "{}: |op(A) x| = {rn}", T::PREFIX);
        }
    }

    #[test]
    fn singular_gives_a_null_vector() {
        singular::<f32>();
        singular::<f64>();
        singular::<c32>();
        singular::<c64>();
    }

    /// A column norm that overflows (real types): the scaled code still
    /// gives a finite answer with scale < 1.
    #[test]
    fn infinite_column_norm() {
        let big = f64::MAX * 0.75;
        let mut a = Dense::<f64>::zeros(3);
        for j in 0..3 {
            a.set(j, j, 1.0);
        }
        a.set(0, 2, big);
        a.set(1, 2, big);
        let mut x = vec![1.0, 1.0, 1.0];
        let mut cnorm = vec![0.0; 3];
        let s = latrs(
            Uplo::Upper,
            Trans::No,
            Diag::NonUnit,
            NormIn::Compute,
            a.view(),
            VecMut::from_slice(&mut x),
            &mut cnorm,
        );
        assert!(s > 0.0 && s < 1.0, "scale {s}");
        assert!(x.iter().all(|v| v.is_finite()));
        assert_eq!(cnorm[2], f64::INFINITY);
        // x / s solves A y = b: check the last two components, which are exact.
        assert!((x[2] / s - 1.0).abs() < 1e-10);
    }

    #[test]
    fn zero_size() {
        let a = Dense::<c64>::zeros(0);
        let s = latrs(
            Uplo::Lower,
            Trans::No,
            Diag::NonUnit,
            NormIn::Compute,
            a.view(),
            VecMut::from_slice(&mut []),
            &mut [],
        );
        assert_eq!(s, 1.0);
    }
}
