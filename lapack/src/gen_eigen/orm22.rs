//! Multiplication by an orthogonal (unitary) matrix with the 2x2 block
//! structure of accumulated Givens sweeps (`?orm22` / `?unm22`).
//!
//! A product of rotations of adjacent rows, each applied to a window that
//! moves down by one row per rotation, has the form
//!
//! ```text
//!     Q = [ Q11  Q12 ]     Q12: n1 x n1 lower triangular,
//!         [ Q21  Q22 ]     Q21: n2 x n2 upper triangular,
//! ```
//!
//! (`Q11` is `n1 x n2`, `Q22` is `n2 x n1`). Multiplying by it with two
//! triangular and two general products saves about a quarter of the flops
//! of a general product, all in Level-3 calls.

use ferroblas_kernels::aux::matrix::{lacpy, Part};
use ferroblas_kernels::enums::{Diag, Side, Trans, Uplo};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{MatMut, MatRef};
use ferroblas_relapack::level3::Level3;
use ferroblas_relapack::Par;

/// The workspace length [`orm22`] runs best with: `m n` (it then makes one
/// pass); any length of at least the order of Q works (one column or row
/// block of C at a time), or 1 when `n1` or `n2` is zero.
pub fn orm22_lwork(m: usize, n: usize) -> usize {
    m * n
}

/// `C := op(Q) C` (`Side::Left`, Q of order `m`) or `C := C op(Q)`
/// (`Side::Right`, order `n`), `op` given by `trans` (`Trans::No` or the
/// conjugate transpose; for a real type `Trans::Trans` is the same), where
/// `q` has the block structure of the module documentation with
/// `n1 + n2` its order (`?orm22` / `?unm22`). `work` holds one block of C
/// at a time: at least the order of Q elements unless `n1` or `n2` is 0.
#[allow(clippy::too_many_arguments)]
pub fn orm22<T: Scalar>(
    side: Side,
    trans: Trans,
    n1: usize,
    n2: usize,
    q: MatRef<'_, T>,
    mut c: MatMut<'_, T>,
    work: &mut [T],
    par: Par,
) {
    let (m, n) = (c.nrows(), c.ncols());
    let nq = if side == Side::Left { m } else { n };
    assert!(n1 + n2 == nq && q.nrows() >= nq && q.ncols() >= nq, "orm22: Q must have order n1 + n2");
    if m == 0 || n == 0 {
        return;
    }
    let l3 = Level3::new(par);
    let one = T::one();
    let op = if trans == Trans::No { Trans::No } else { Trans::ConjTrans };
    // The source blocks of Q: Q11 (n1 x n2), Q12 (lower), Q21 (upper), Q22 (n2 x n1).
    let q11 = q.submatrix(0, 0, n1, n2);
    let q12 = q.submatrix(0, n2, n1, n1);
    let q21 = q.submatrix(n1, 0, n2, n2);
    let q22 = q.submatrix(n1, n2, n2, n1);
    if n1 == 0 {
        return l3.trmm(side, Uplo::Upper, op, Diag::NonUnit, one, q21, c);
    }
    if n2 == 0 {
        return l3.trmm(side, Uplo::Lower, op, Diag::NonUnit, one, q12, c);
    }
    // op(Q) = [TL TR; BL BR]: its rows split at r1, its columns at c1; TR
    // and BL are the triangular blocks (uplo of their sources).
    let (r1, c1, tl, tr, bl, br, tr_uplo, bl_uplo) = if op == Trans::No {
        (n1, n2, q11, q12, q21, q22, Uplo::Lower, Uplo::Upper)
    } else {
        (n2, n1, q11, q21, q12, q22, Uplo::Upper, Uplo::Lower)
    };
    // The largest block of C whose product fits the workspace.
    let nb = (work.len().min(m * n) / nq).max(1);
    assert!(work.len() >= nq, "orm22: workspace too small");
    if side == Side::Left {
        // Column blocks: out[0..r1] = TL C[0..c1] + TR C[c1..],
        //                out[r1..] = BL C[0..c1] + BR C[c1..].
        let mut j = 0;
        while j < n {
            let len = nb.min(n - j);
            let mut w = MatMut::from_col_major(&mut work[..m * len], m, len, m);
            let cb = c.rb().submatrix(0, j, m, len);
            {
                let (mut top, mut bot) = w.rb_mut().split_at_row(r1);
                lacpy(Part::Full, cb.submatrix(c1, 0, m - c1, len), top.rb_mut());
                l3.trmm(Side::Left, tr_uplo, op, Diag::NonUnit, one, tr, top.rb_mut());
                l3.gemm(op, Trans::No, one, tl, cb.submatrix(0, 0, c1, len), one, top);
                lacpy(Part::Full, cb.submatrix(0, 0, c1, len), bot.rb_mut());
                l3.trmm(Side::Left, bl_uplo, op, Diag::NonUnit, one, bl, bot.rb_mut());
                l3.gemm(op, Trans::No, one, br, cb.submatrix(c1, 0, m - c1, len), one, bot);
            }
            lacpy(Part::Full, w.rb(), c.rb_mut().submatrix(0, j, m, len));
            j += len;
        }
    } else {
        // Row blocks: out[:, 0..c1] = C[:, 0..r1] TL + C[:, r1..] BL,
        //             out[:, c1..] = C[:, 0..r1] TR + C[:, r1..] BR.
        let mut i = 0;
        while i < m {
            let len = nb.min(m - i);
            let mut w = MatMut::from_col_major(&mut work[..len * n], len, n, len);
            let cb = c.rb().submatrix(i, 0, len, n);
            {
                let (mut left, mut right) = w.rb_mut().split_at_col(c1);
                lacpy(Part::Full, cb.submatrix(0, r1, len, n - r1), left.rb_mut());
                l3.trmm(Side::Right, bl_uplo, op, Diag::NonUnit, one, bl, left.rb_mut());
                l3.gemm(Trans::No, op, one, cb.submatrix(0, 0, len, r1), tl, one, left);
                lacpy(Part::Full, cb.submatrix(0, 0, len, r1), right.rb_mut());
                l3.trmm(Side::Right, tr_uplo, op, Diag::NonUnit, one, tr, right.rb_mut());
                l3.gemm(Trans::No, op, one, cb.submatrix(0, r1, len, n - r1), br, one, right);
            }
            lacpy(Part::Full, w.rb(), c.rb_mut().submatrix(i, 0, len, n));
            i += len;
        }
    }
}

#[cfg(test)]
mod tests {
    mod residual {
        use super::super::*;
        use ferroblas_kernels::scalar::{c32, c64, Complex, RealScalar};

        fn rnd(state: &mut u64) -> f64 {
            *state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((*state >> 11) as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
        }

        fn scalar<T: Scalar>(state: &mut u64) -> T {
            let re = <T::Real as RealScalar>::from_f64(rnd(state));
            let im = <T::Real as RealScalar>::from_f64(rnd(state));
            T::from_parts(re, im)
        }

        /// `op(Q) C` or `C op(Q)` by the definition, in f64 complex.
        fn dense<T: Scalar>(
            side: Side,
            trans: Trans,
            q: &[T],
            nq: usize,
            c: &[T],
            m: usize,
            n: usize,
        ) -> Vec<Complex<f64>> {
            let cv = |x: T| Complex::new(x.re().to_f64(), x.im().to_f64());
            let opq = |i: usize, j: usize| {
                if trans == Trans::No {
                    cv(q[i + j * nq])
                } else {
                    cv(q[j + i * nq]).conj()
                }
            };
            let mut out = vec![Complex::new(0.0, 0.0); m * n];
            for j in 0..n {
                for i in 0..m {
                    let mut s = Complex::new(0.0, 0.0);
                    if side == Side::Left {
                        for p in 0..m {
                            s += opq(i, p) * cv(c[p + j * m]);
                        }
                    } else {
                        for p in 0..n {
                            s += cv(c[i + p * m]) * opq(p, j);
                        }
                    }
                    out[i + j * m] = s;
                }
            }
            out
        }

        fn check<T: Scalar>() {
            let mut st = 7u64;
            let eps = <T::Real as RealScalar>::EPSILON.to_f64();
            for &(m, n) in &[(0usize, 3usize), (3, 0), (1, 1), (2, 3), (3, 2), (5, 4), (9, 7), (17, 12)] {
                for side in [Side::Left, Side::Right] {
                    let nq = if side == Side::Left { m } else { n };
                    for n1 in 0..=nq {
                        let n2 = nq - n1;
                        // Q with the structure; entries the routine must not read are NaN.
                        let mut q = vec![T::zero(); nq * nq];
                        for j in 0..nq {
                            for i in 0..nq {
                                let zero = (i < n1 && j >= n2 && i < j - n2) || (i >= n1 && j < n2 && i - n1 > j);
                                q[i + j * nq] = if zero { T::zero() } else { scalar(&mut st) };
                            }
                        }
                        let c0: Vec<T> = (0..m * n).map(|_| scalar(&mut st)).collect();
                        for trans in [Trans::No, Trans::ConjTrans] {
                            let want = dense(side, trans, &q, nq, &c0, m, n);
                            // NaN in the zero parts: the routine must not read them.
                            let mut qn = q.clone();
                            for j in 0..nq {
                                for i in 0..nq {
                                    if (i < n1 && j >= n2 && i < j - n2) || (i >= n1 && j < n2 && i - n1 > j) {
                                        qn[i + j * nq] = T::from_parts(
                                            <T::Real as RealScalar>::from_f64(f64::NAN),
                                            <T::Real as Scalar>::zero(),
                                        );
                                    }
                                }
                            }
                            for lw in [nq.max(1), (m * n).max(1)] {
                                let mut c = c0.clone();
                                let mut work = vec![T::zero(); lw];
                                let qv = MatRef::from_col_major(&qn, nq, nq, nq.max(1));
                                orm22(
                                    side,
                                    trans,
                                    n1,
                                    n2,
                                    qv,
                                    MatMut::from_col_major(&mut c, m, n, m.max(1)),
                                    &mut work,
                                    Par::default(),
                                );
                                let err = c
                                    .iter()
                                    .zip(&want)
                                    .map(|(x, y)| {
                                        let d = Complex::new(x.re().to_f64(), x.im().to_f64()) - *y;
                                        d.re.hypot(d.im)
                                    })
                                    .fold(0.0f64, f64::max);
                                assert!(
                                    err <= 50.0 * eps * (nq as f64 + 1.0),
                                    "orm22 m={m} n={n} n1={n1} {side:?} {trans:?}: {err}"
                                );
                            }
                        }
                    }
                }
            }
        }

        #[test]
        fn orm22_matches_the_dense_product() {
            check::<f32>();
            check::<f64>();
            check::<c32>();
            check::<c64>();
        }
    }
}
