//! Reduction of a Hermitian-definite generalized eigenproblem to standard
//! form (`?sygst`, `?hegst`, `?sygs2`, `?hegs2`), given the Cholesky factor
//! of B from [`potrf`](crate::potrf()): `A := inv(U^H) A inv(U)` or
//! `inv(L) A inv(L^H)` for `A x = lambda B x`, `A := U A U^H` or `L^H A L`
//! for `A B x = lambda x` and `B A x = lambda x`.
//!
//! The recursive way: split near the middle, transform the leading diagonal
//! block, move the off-diagonal block with TRSM/TRMM and two half HEMMs
//! around a HER2K on the other diagonal block, transform the trailing one.
//! Below a crossover, column by column.

use crate::common::Par;
use crate::level3::Level3;
use crate::scalar_ops::{div_real, split};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{Diag, MatMut, MatRef, Side, Trans, Uplo};

/// Columns transformed without a further split.
pub const CROSSOVER: usize = 16;

/// Which generalized problem is reduced (LAPACK's ITYPE).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Itype {
    /// ITYPE = 1, `A x = lambda B x`: `A := inv(U^H) A inv(U)` or `inv(L) A inv(L^H)`.
    AxLambdaBx,
    /// ITYPE = 2, `A B x = lambda x`: `A := U A U^H` or `L^H A L`.
    ABxLambdaX,
    /// ITYPE = 3, `B A x = lambda x`: the same reduction as ITYPE = 2.
    BAxLambdaX,
}

impl Itype {
    /// LAPACK's ITYPE (1, 2 or 3); `None` for anything else.
    pub fn from_int(itype: i64) -> Option<Self> {
        match itype {
            1 => Some(Itype::AxLambdaBx),
            2 => Some(Itype::ABxLambdaX),
            3 => Some(Itype::BAxLambdaX),
            _ => None,
        }
    }

    /// Whether the reduction multiplies by the inverse factor (ITYPE = 1).
    fn inverse(self) -> bool {
        self == Itype::AxLambdaBx
    }
}

/// Overwrites the `uplo` triangle of the Hermitian `n x n` matrix `a` with
/// the same triangle of the standard-form matrix of `itype`, given B's
/// Cholesky factor in the `uplo` triangle of `b` (`B = U^H U` or `L L^H`).
/// The other triangles are neither read nor written. The factor's diagonal
/// must be real and nonzero, as [`potrf`](crate::potrf()) leaves it.
pub fn sygst<T: Scalar>(itype: Itype, uplo: Uplo, a: MatMut<'_, T>, b: MatRef<'_, T>, par: Par) {
    sygst_with(itype, uplo, a, b, par, CROSSOVER)
}

/// [`sygst`] with the recursion's crossover chosen by the caller (tests).
pub fn sygst_with<T: Scalar>(itype: Itype, uplo: Uplo, a: MatMut<'_, T>, b: MatRef<'_, T>, par: Par, crossover: usize) {
    let n = a.nrows();
    assert!(a.ncols() == n && b.nrows() == n && b.ncols() == n, "sygst: operand shapes disagree");
    recurse(itype.inverse(), uplo, a, b, &Level3::new(par), crossover.max(1));
}

fn recurse<T: Scalar>(inverse: bool, uplo: Uplo, a: MatMut<'_, T>, b: MatRef<'_, T>, l3: &Level3, nb: usize) {
    let n = a.nrows();
    if n <= nb {
        return base(inverse, uplo, a, b);
    }
    let n1 = split(n);
    let n2 = n - n1;
    let (mut a11, a12, a21, mut a22) = a.split_at(n1, n1);
    let b11 = b.submatrix(0, 0, n1, n1);
    let b22 = b.submatrix(n1, n1, n2, n2);
    let one = T::one();
    let rone = <T::Real as Scalar>::one();
    let half = T::from_real(<T::Real as RealScalar>::from_f64(0.5));
    recurse(inverse, uplo, a11.rb_mut(), b11, l3, nb);
    // The off-diagonal block X of A and the factor's block F beside it, in
    // the lower case (X = A21, F = L21); the upper case is its conjugate
    // transpose, with every side and transposition swapped.
    match (inverse, uplo) {
        (true, Uplo::Lower) => {
            let (mut x, f) = (a21, b.submatrix(n1, 0, n2, n1));
            // X := (X inv(L11^H) - L21 A11/2) ..., A22 -= X L21^H + L21 X^H, X := inv(L22) (... - L21 A11/2).
            l3.trsm(Side::Right, Uplo::Lower, Trans::ConjTrans, Diag::NonUnit, one, b11, x.rb_mut());
            l3.hemm(Side::Right, Uplo::Lower, -half, a11.rb(), f, one, x.rb_mut());
            l3.her2k(Uplo::Lower, Trans::No, -one, x.rb(), f, rone, a22.rb_mut());
            l3.hemm(Side::Right, Uplo::Lower, -half, a11.rb(), f, one, x.rb_mut());
            l3.trsm(Side::Left, Uplo::Lower, Trans::No, Diag::NonUnit, one, b22, x);
        }
        (true, Uplo::Upper) => {
            let (mut x, f) = (a12, b.submatrix(0, n1, n1, n2));
            l3.trsm(Side::Left, Uplo::Upper, Trans::ConjTrans, Diag::NonUnit, one, b11, x.rb_mut());
            l3.hemm(Side::Left, Uplo::Upper, -half, a11.rb(), f, one, x.rb_mut());
            l3.her2k(Uplo::Upper, Trans::ConjTrans, -one, x.rb(), f, rone, a22.rb_mut());
            l3.hemm(Side::Left, Uplo::Upper, -half, a11.rb(), f, one, x.rb_mut());
            l3.trsm(Side::Right, Uplo::Upper, Trans::No, Diag::NonUnit, one, b22, x);
        }
        (false, Uplo::Lower) => {
            let (mut x, f) = (a21, b.submatrix(n1, 0, n2, n1));
            // With T = A21 L11 + A22 L21 / 2: A11 += T^H L21 + L21^H T, then
            // A21 := L22^H (T + A22 L21 / 2). A22 is still untransformed.
            l3.trmm(Side::Right, Uplo::Lower, Trans::No, Diag::NonUnit, one, b11, x.rb_mut());
            l3.hemm(Side::Left, Uplo::Lower, half, a22.rb(), f, one, x.rb_mut());
            l3.her2k(Uplo::Lower, Trans::ConjTrans, one, x.rb(), f, rone, a11.rb_mut());
            l3.hemm(Side::Left, Uplo::Lower, half, a22.rb(), f, one, x.rb_mut());
            l3.trmm(Side::Left, Uplo::Lower, Trans::ConjTrans, Diag::NonUnit, one, b22, x);
        }
        (false, Uplo::Upper) => {
            let (mut x, f) = (a12, b.submatrix(0, n1, n1, n2));
            l3.trmm(Side::Left, Uplo::Upper, Trans::No, Diag::NonUnit, one, b11, x.rb_mut());
            l3.hemm(Side::Right, Uplo::Upper, half, a22.rb(), f, one, x.rb_mut());
            l3.her2k(Uplo::Upper, Trans::No, one, x.rb(), f, rone, a11.rb_mut());
            l3.hemm(Side::Right, Uplo::Upper, half, a22.rb(), f, one, x.rb_mut());
            l3.trmm(Side::Right, Uplo::Upper, Trans::ConjTrans, Diag::NonUnit, one, b22, x);
        }
    }
    recurse(inverse, uplo, a22, b22, l3, nb);
}

/// The lower triangles of A and L seen through the stored triangle: the upper
/// case `inv(U^H) A inv(U)` (or `U A U^H`) is the lower one with `L = U^H`
/// and A's lower triangle the conjugate of its upper one, so one column
/// algorithm serves both.
struct Lower<'a, T: Scalar> {
    a: MatMut<'a, T>,
    b: MatRef<'a, T>,
    upper: bool,
}

impl<T: Scalar> Lower<'_, T> {
    /// `A(i, j)` for `i >= j`.
    fn a(&self, i: usize, j: usize) -> T {
        if self.upper {
            self.a.get(j, i).conj()
        } else {
            self.a.get(i, j)
        }
    }
    /// `A(i, j)` for any `i, j` of the Hermitian A.
    fn ah(&self, i: usize, j: usize) -> T {
        if i >= j {
            self.a(i, j)
        } else {
            self.a(j, i).conj()
        }
    }
    fn set(&mut self, i: usize, j: usize, v: T) {
        if self.upper {
            self.a.set(j, i, v.conj())
        } else {
            self.a.set(i, j, v)
        }
    }
    /// `L(i, j)` for `i >= j`.
    fn l(&self, i: usize, j: usize) -> T {
        if self.upper {
            self.b.get(j, i).conj()
        } else {
            self.b.get(i, j)
        }
    }
}

/// The recursion with a leading block of one column, its products written
/// out: each step finishes column k of the lower triangle (the upper case
/// through [`Lower`]), working in that column, and leaves the trailing block
/// for the next steps.
fn base<T: Scalar>(inverse: bool, uplo: Uplo, a: MatMut<'_, T>, b: MatRef<'_, T>) {
    let n = a.nrows();
    let mut s = Lower { a, b, upper: uplo == Uplo::Upper };
    let half = <T::Real as RealScalar>::from_f64(0.5);
    let two = <T::Real as RealScalar>::from_f64(2.0);
    for k in 0..n {
        let lkk = s.l(k, k).re();
        let akk = s.a(k, k).re();
        if inverse {
            let akk = akk / (lkk * lkk);
            s.set(k, k, T::from_real(akk));
            let ct = -akk * half;
            // x := a / lkk - akk l / 2.
            for i in k + 1..n {
                let v = div_real(s.a(i, k), lkk) + s.l(i, k).scale_real(ct);
                s.set(i, k, v);
            }
            // A22 -= x l^H + l x^H on the lower triangle, its diagonal real.
            for j in k + 1..n {
                let (xj, lj) = (s.a(j, k).conj(), s.l(j, k).conj());
                for i in j..n {
                    let v = s.a(i, j) - s.a(i, k) * lj - s.l(i, k) * xj;
                    s.set(i, j, if i == j { T::from_real(v.re()) } else { v });
                }
            }
            // x := inv(L22) (x - akk l / 2), forward substitution in place.
            for i in k + 1..n {
                let mut v = s.a(i, k) + s.l(i, k).scale_real(ct);
                for p in k + 1..i {
                    v -= s.l(i, p) * s.a(p, k);
                }
                s.set(i, k, div_real(v, s.l(i, i).re()));
            }
        } else {
            // y := a lkk + h with h = A22 l / 2 (A22 still untransformed).
            for i in k + 1..n {
                let v = s.a(i, k).scale_real(lkk) + hemv_row(&s, k, i).scale_real(half);
                s.set(i, k, v);
            }
            // akk := akk lkk^2 + y^H l + l^H y.
            let mut d = <T::Real as Scalar>::zero();
            for i in k + 1..n {
                d += (s.a(i, k).conj() * s.l(i, k)).re();
            }
            s.set(k, k, T::from_real(akk * lkk * lkk + two * d));
            for i in k + 1..n {
                let v = s.a(i, k) + hemv_row(&s, k, i).scale_real(half);
                s.set(i, k, v);
            }
            // A21 := L22^H y; ascending rows read only rows not yet replaced.
            for i in k + 1..n {
                let mut v = T::zero();
                for p in i..n {
                    v += s.l(p, i).conj() * s.a(p, k);
                }
                s.set(i, k, v);
            }
        }
    }
}

/// Row `i` of `A22 l`, A22 the trailing block after column `k` and `l` the
/// factor's column `k` below the diagonal.
fn hemv_row<T: Scalar>(s: &Lower<'_, T>, k: usize, i: usize) -> T {
    let n = s.a.nrows();
    let mut v = T::zero();
    for p in k + 1..n {
        v += s.ah(i, p) * s.l(p, k);
    }
    v
}
