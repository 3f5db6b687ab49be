//! The generalized SVD of two upper triangular matrices by Kogbetliantz-type
//! Jacobi rotations (`?tgsja`, Paige 1986; Bai and Demmel 1993): the 2x2
//! step ([`lags2`]), the measure of how far two rows are from parallel
//! ([`lapll`]), and the sweeps themselves ([`tgsja`]).

use super::small::{las2, lasv2};
use crate::gen_eigen::{modulus, rot_cols, rot_rows};
use crate::householder::larfg;
use crate::Info;
use ferroblas_kernels::aux::matrix::{laset, Part};
use ferroblas_kernels::aux::rotations::lartg;
use ferroblas_kernels::level1::{axpy, copy, dotc, scal_real};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, VecMut};

/// The smallest singular value of the `n x 2` matrix `[x y]` (`?lapll`): zero
/// when `n <= 1`. Measures how close `x` and `y` are to linearly dependent.
/// Both vectors are overwritten (by a QR factorization of `[x y]`).
pub fn lapll<T: Scalar>(mut x: VecMut<'_, T>, mut y: VecMut<'_, T>) -> T::Real {
    let n = x.len();
    assert_eq!(n, y.len(), "lapll: vectors differ in length");
    if n <= 1 {
        return T::Real::zero();
    }
    // [x y] = H1 [a11 a12; 0 y'], then y' = H2 [a22; 0]: the 2x2 triangle
    // (a11 a12; 0 a22) has the singular values of [x y].
    let mut a11 = x.get(0);
    let tau = larfg(&mut a11, x.rb_mut().subvec(1, n - 1));
    x.set(0, T::one());
    let c = -(tau.conj() * dotc(x.rb(), y.rb()));
    axpy(c, x.rb(), y.rb_mut());
    let mut a22 = y.get(1);
    larfg(&mut a22, y.rb_mut().subvec(2, n - 2));
    let a12 = y.get(0);
    las2(modulus(a11), modulus(a12), modulus(a22)).0
}

/// The three rotations of [`lags2`]: `U = [csu snu; -conj(snu) csu]`, and so
/// for V and Q.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lags2<T: Scalar> {
    /// Cosine of U.
    pub csu: T::Real,
    /// Sine of U.
    pub snu: T,
    /// Cosine of V.
    pub csv: T::Real,
    /// Sine of V.
    pub snv: T,
    /// Cosine of Q.
    pub csq: T::Real,
    /// Sine of Q.
    pub snq: T,
}

/// The rotation `(c, s)` of `lartg(f, g)`, which takes `(f, g)` to `(r, 0)`.
fn rot<T: Scalar>(f: T, g: T) -> (T::Real, T) {
    let (c, s, _) = lartg(f, g);
    (c, s)
}

/// Whether the rotation built from A's row zeroes the entry of both (the
/// rows are parallel after it): the row whose zeroed entry is the smaller
/// part of it is the better conditioned choice. `ua`/`vb` are the moduli
/// sums of the transformed row of A and B, `aua`/`avb` those of the entry
/// to be zeroed as bounded by the rotation's absolute values.
fn from_a<R: RealScalar>(ua: R, aua: R, vb: R, avb: R) -> bool {
    if ua == R::zero() {
        false
    } else if vb == R::zero() {
        true
    } else {
        aua / ua <= avb / vb
    }
}

/// 2x2 unitary U, V, Q (`?lags2`) such that, for `upper`,
/// `U^H [a1 a2; 0 a3] Q = [x 0; x x]` and `V^H [b1 b2; 0 b3] Q = [x 0; x x]`,
/// and otherwise `U^H [a1 0; a2 a3] Q = [x x; 0 x]`,
/// `V^H [b1 0; b2 b3] Q = [x x; 0 x]`; the rows of the transformed A and B
/// are parallel. The diagonals are real. Built from the SVD of the 2x2
/// triangle `A adj(B)` (made real by a diagonal phase first), whose singular
/// vectors give U and V; Q then zeroes the entry in whichever of A or B
/// keeps more of its size.
#[allow(clippy::too_many_arguments)]
pub fn lags2<T: Scalar>(upper: bool, a1: T::Real, a2: T, a3: T::Real, b1: T::Real, b2: T, b3: T::Real) -> Lags2<T> {
    let zero = T::Real::zero();
    let re = T::from_real;
    let (a, d) = (a1 * b3, a3 * b1);
    if upper {
        // C = A adj(B) = [a b; 0 d]; diag(1, d1) makes b real.
        let b = a2.scale_real(b1) - b2.scale_real(a1);
        let fb = modulus(b);
        let d1 = if fb != zero { T::from_parts(b.re() / fb, b.im() / fb) } else { T::one() };
        let s = lasv2(a, fb, d);
        let (csl, snl, csr, snr) = (s.csl, s.snl, s.csr, s.snr);
        if csl.abs() >= snl.abs() || csr.abs() >= snr.abs() {
            // Zero the (1,2) entries of U^H A and V^H B.
            let ua11r = csl * a1;
            let ua12 = a2.scale_real(csl) + d1.scale_real(snl * a3);
            let vb11r = csr * b1;
            let vb12 = b2.scale_real(csr) + d1.scale_real(snr * b3);
            let aua12 = csl.abs() * a2.abs1() + snl.abs() * a3.abs();
            let avb12 = csr.abs() * b2.abs1() + snr.abs() * b3.abs();
            let (csq, snq) = if from_a(ua11r.abs() + ua12.abs1(), aua12, vb11r.abs() + vb12.abs1(), avb12) {
                rot(re(-ua11r), ua12.conj())
            } else {
                rot(re(-vb11r), vb12.conj())
            };
            Lags2 { csu: csl, snu: -d1.scale_real(snl), csv: csr, snv: -d1.scale_real(snr), csq, snq }
        } else {
            // Zero the (2,2) entries, then swap the rows.
            let d1c = d1.conj();
            let ua21 = -d1c.scale_real(snl * a1);
            let ua22 = -(d1c * a2).scale_real(snl) + re(csl * a3);
            let vb21 = -d1c.scale_real(snr * b1);
            let vb22 = -(d1c * b2).scale_real(snr) + re(csr * b3);
            let aua22 = snl.abs() * a2.abs1() + csl.abs() * a3.abs();
            let avb22 = snr.abs() * b2.abs1() + csr.abs() * b3.abs();
            let (csq, snq) = if from_a(ua21.abs1() + ua22.abs1(), aua22, vb21.abs1() + vb22.abs1(), avb22) {
                rot(-ua21.conj(), ua22.conj())
            } else {
                rot(-vb21.conj(), vb22.conj())
            };
            Lags2 { csu: snl, snu: d1.scale_real(csl), csv: snr, snv: d1.scale_real(csr), csq, snq }
        }
    } else {
        // C = A adj(B) = [a 0; c d]; diag(d1, 1) makes c real.
        let c = a2.scale_real(b3) - b2.scale_real(a3);
        let fc = modulus(c);
        let d1 = if fc != zero { T::from_parts(c.re() / fc, c.im() / fc) } else { T::one() };
        let s = lasv2(a, fc, d);
        let (csl, snl, csr, snr) = (s.csl, s.snl, s.csr, s.snr);
        let d1c = d1.conj();
        if csr.abs() >= snr.abs() || csl.abs() >= snl.abs() {
            // Zero the (2,1) entries of U^H A and V^H B.
            let ua21 = -d1.scale_real(snr * a1) + a2.scale_real(csr);
            let ua22r = csr * a3;
            let vb21 = -d1.scale_real(snl * b1) + b2.scale_real(csl);
            let vb22r = csl * b3;
            let aua21 = snr.abs() * a1.abs() + csr.abs() * a2.abs1();
            let avb21 = snl.abs() * b1.abs() + csl.abs() * b2.abs1();
            let (csq, snq) = if from_a(ua21.abs1() + ua22r.abs(), aua21, vb21.abs1() + vb22r.abs(), avb21) {
                rot(re(ua22r), ua21)
            } else {
                rot(re(vb22r), vb21)
            };
            Lags2 { csu: csr, snu: -d1c.scale_real(snr), csv: csl, snv: -d1c.scale_real(snl), csq, snq }
        } else {
            // Zero the (1,1) entries, then swap the rows.
            let ua11 = re(csr * a1) + (d1c * a2).scale_real(snr);
            let ua12 = d1c.scale_real(snr * a3);
            let vb11 = re(csl * b1) + (d1c * b2).scale_real(snl);
            let vb12 = d1c.scale_real(snl * b3);
            let aua11 = csr.abs() * a1.abs() + snr.abs() * a2.abs1();
            let avb11 = csl.abs() * b1.abs() + snl.abs() * b2.abs1();
            let (csq, snq) = if from_a(ua11.abs1() + ua12.abs1(), aua11, vb11.abs1() + vb12.abs1(), avb11) {
                rot(ua12, ua11)
            } else {
                rot(vb12, vb11)
            };
            Lags2 { csu: snr, snu: d1c.scale_real(csr), csv: snl, snv: d1c.scale_real(csl), csq, snq }
        }
    }
}

/// What [`tgsja`] (and the drivers) do with one of U, V, Q.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Accumulate {
    /// Not referenced.
    No,
    /// Set to the identity, then the rotations accumulated in it.
    Init,
    /// The rotations accumulated into the matrix passed in.
    Update,
}

impl Accumulate {
    /// Whether the matrix is referenced.
    pub fn wanted(self) -> bool {
        self != Accumulate::No
    }
}

/// The most Jacobi cycles [`tgsja`] makes before it gives up.
pub const TGSJA_MAXIT: usize = 40;

/// The generalized SVD of two upper triangular matrices (`?tgsja`), as
/// [`ggsvp3`](super::ggsvp3) leaves them: the `m x n` A and the `p x n` B with
/// `A(0..k, n-l-k..n-l)` upper triangular, `A23 = A(k..min(k+l, m), n-l..n)`
/// and `B13 = B(0..l, n-l..n)` upper triangular (trapezoidal) and zeros
/// elsewhere. Computes unitary U, V, Q with `U^H A Q = D1 [0 R]`,
/// `V^H B Q = D2 [0 R]`, cycling 2x2 rotations ([`lags2`]) over the pairs of
/// rows of A23 and B13 until the rows are parallel to within
/// `min(tola, tolb)` ([`lapll`]).
///
/// On return R (`(k+l) x (k+l)` upper triangular) lies in `A(0..min(k+l, m),
/// n-k-l..n)` and, when `m < k+l`, its last rows in `B(m-k..l, n+m-k-l..n)`;
/// `alpha` and `beta` (`n` each) hold the generalized singular value pairs:
/// `alpha = 1, beta = 0` for the first `k`, `alpha[k+i]^2 + beta[k+i]^2 = 1`
/// for the next `min(l, m-k)`, `(0, 1)` up to `k+l` and `(0, 0)` after. U
/// (`m x m`), V (`p x p`), Q (`n x n`) are referenced as `jobu`, `jobv`,
/// `jobq` say. `work`: `2 l` elements.
///
/// `Ok(cycles)` with the number of cycles made; `Err(Info::new(1))` when
/// [`TGSJA_MAXIT`] cycles did not converge (A, B, U, V, Q hold the last
/// iterate, alpha and beta are not set).
#[allow(clippy::too_many_arguments)]
pub fn tgsja<T: Scalar>(
    jobu: Accumulate,
    jobv: Accumulate,
    jobq: Accumulate,
    k: usize,
    l: usize,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    tola: T::Real,
    tolb: T::Real,
    alpha: &mut [T::Real],
    beta: &mut [T::Real],
    mut u: MatMut<'_, T>,
    mut v: MatMut<'_, T>,
    mut q: MatMut<'_, T>,
    work: &mut [T],
) -> Result<usize, Info> {
    let (m, n, p) = (a.nrows(), a.ncols(), b.nrows());
    assert!(b.ncols() == n && k + l <= n && l <= p && k <= m, "tgsja: inconsistent shapes");
    assert!(alpha.len() >= n && beta.len() >= n && work.len() >= 2 * l, "tgsja: an array is too short");
    let (zero, one) = (T::Real::zero(), T::Real::one());
    let id = |x: MatMut<'_, T>| laset(Part::Full, T::zero(), T::one(), x);
    if jobu == Accumulate::Init {
        id(u.rb_mut());
    }
    if jobv == Accumulate::Init {
        id(v.rb_mut());
    }
    if jobq == Accumulate::Init {
        id(q.rb_mut());
    }
    let nl = n - l;
    let real = |x: T| T::from_real(x.re());
    let mut converged = None;
    for cycle in 1..=TGSJA_MAXIT {
        // Odd cycles zero the upper triangles' off-diagonal entries pair by
        // pair (leaving them lower triangular), even cycles the lower ones.
        let upper = cycle % 2 == 1;
        for i in 0..l.saturating_sub(1) {
            for j in i + 1..l {
                let (ai, aj) = (k + i < m, k + j < m);
                let a1 = if ai { a.rb().get(k + i, nl + i).re() } else { zero };
                let a3 = if aj { a.rb().get(k + j, nl + j).re() } else { zero };
                let b1 = b.rb().get(i, nl + i).re();
                let b3 = b.rb().get(j, nl + j).re();
                let (a2, b2) = if upper {
                    (if ai { a.rb().get(k + i, nl + j) } else { T::zero() }, b.rb().get(i, nl + j))
                } else {
                    (if aj { a.rb().get(k + j, nl + i) } else { T::zero() }, b.rb().get(j, nl + i))
                };
                let r = lags2(upper, a1, a2, a3, b1, b2, b3);
                // A := U^H A, B := V^H B on the rows, then A Q, B Q.
                if aj {
                    rot_rows(&mut a, k + j, k + i, nl..n, r.csu, r.snu.conj());
                }
                rot_rows(&mut b, j, i, nl..n, r.csv, r.snv.conj());
                rot_cols(&mut a, nl + j, nl + i, 0..(k + l).min(m), r.csq, r.snq);
                rot_cols(&mut b, nl + j, nl + i, 0..l, r.csq, r.snq);
                if upper {
                    if ai {
                        a.set(k + i, nl + j, T::zero());
                    }
                    b.set(i, nl + j, T::zero());
                } else {
                    if aj {
                        a.set(k + j, nl + i, T::zero());
                    }
                    b.set(j, nl + i, T::zero());
                }
                // The rotations keep the diagonals real up to rounding.
                if ai {
                    a.set(k + i, nl + i, real(a.rb().get(k + i, nl + i)));
                }
                if aj {
                    a.set(k + j, nl + j, real(a.rb().get(k + j, nl + j)));
                }
                b.set(i, nl + i, real(b.rb().get(i, nl + i)));
                b.set(j, nl + j, real(b.rb().get(j, nl + j)));
                if jobu.wanted() && aj {
                    rot_cols(&mut u, k + j, k + i, 0..m, r.csu, r.snu);
                }
                if jobv.wanted() {
                    rot_cols(&mut v, j, i, 0..p, r.csv, r.snv);
                }
                if jobq.wanted() {
                    rot_cols(&mut q, nl + j, nl + i, 0..n, r.csq, r.snq);
                }
            }
        }
        if !upper {
            // Both are upper triangular again: converged when each row of A23
            // is parallel to the matching row of B13.
            let mut error = zero;
            for i in 0..l.min(m - k) {
                let len = l - i;
                let (x, y) = work[..2 * len].split_at_mut(len);
                copy(a.rb().submatrix(k + i, nl + i, 1, len).row(0), VecMut::from_slice(x));
                copy(b.rb().submatrix(i, nl + i, 1, len).row(0), VecMut::from_slice(y));
                let ssmin = lapll(VecMut::from_slice(x), VecMut::from_slice(y));
                error = error.max(ssmin);
            }
            if error.abs() <= tola.min(tolb) {
                converged = Some(cycle);
                break;
            }
        }
    }
    let Some(cycles) = converged else {
        return Err(Info::new(1));
    };
    // The pairs (alpha, beta), and R into A.
    alpha[..k].fill(one);
    beta[..k].fill(zero);
    for i in 0..l.min(m - k) {
        let len = l - i;
        let a1 = a.rb().get(k + i, nl + i).re();
        let b1 = b.rb().get(i, nl + i).re();
        if a1 != zero {
            // gamma = b1 / a1 may overflow when A's row is tiny beside B's:
            // its sign and the rotation taking (|gamma|, 1) to (r, 0) come
            // from a1 and b1 directly.
            if b1 != zero && (b1 < zero) != (a1 < zero) {
                scal_real(-one, b.rb_mut().submatrix(i, nl + i, 1, len).transpose().col_mut(0));
                if jobv.wanted() {
                    scal_real(-one, v.rb_mut().col_mut(i));
                }
            }
            // (beta, alpha) = (|b1|, |a1|) / |(a1, b1)|.
            let (c, s, _) = lartg(b1.abs(), a1.abs());
            beta[k + i] = c;
            alpha[k + i] = s;
            if alpha[k + i] >= beta[k + i] {
                scal_real(one / alpha[k + i], a.rb_mut().submatrix(k + i, nl + i, 1, len).transpose().col_mut(0));
            } else {
                scal_real(one / beta[k + i], b.rb_mut().submatrix(i, nl + i, 1, len).transpose().col_mut(0));
                copy_row(&b, i, &mut a, k + i, nl + i, len);
            }
        } else {
            alpha[k + i] = zero;
            beta[k + i] = one;
            copy_row(&b, i, &mut a, k + i, nl + i, len);
        }
    }
    alpha[m.min(k + l)..n].fill(zero);
    beta[m.min(k + l)..k + l].fill(one);
    beta[k + l..n].fill(zero);
    Ok(cycles)
}

/// `A(ia, j0..j0+len) := B(ib, j0..j0+len)`.
fn copy_row<T: Scalar>(b: &MatMut<'_, T>, ib: usize, a: &mut MatMut<'_, T>, ia: usize, j0: usize, len: usize) {
    copy(b.rb().submatrix(ib, j0, 1, len).row(0), a.rb_mut().submatrix(ia, j0, 1, len).transpose().col_mut(0));
}
