//! Least-squares and minimum-norm solutions against the normal equations in
//! a c64 oracle, for both drivers, every shape and transposition, blocked and
//! with the minimum workspace; scaling, zero and rank-deficient A.

#![allow(clippy::needless_range_loop)]

use super::*;
use crate::condition::testutil::{cabs, Rng, TestScalar};
use ferroblas_kernels::scalar::RealScalar;
use ferroblas_kernels::{c32, c64, MatMut};
use ferroblas_relapack::WorkBuffer;

type D = Vec<Vec<c64>>;

fn zeros(m: usize, n: usize) -> D {
    vec![vec![c64::new(0.0, 0.0); n]; m]
}

fn mul(a: &D, b: &D) -> D {
    let (m, k, n) = (a.len(), b.len(), b.first().map_or(0, |r| r.len()));
    let mut c = zeros(m, n);
    for i in 0..m {
        for l in 0..k {
            for j in 0..n {
                c[i][j] += a[i][l] * b[l][j];
            }
        }
    }
    c
}

fn ct(a: &D, cols: usize) -> D {
    let mut t = zeros(cols, a.len());
    for i in 0..a.len() {
        for j in 0..cols {
            t[j][i] = a[i][j].conj();
        }
    }
    t
}

/// `S^{-1} B` by Gaussian elimination with partial pivoting.
fn solve_sq(mut s: D, mut b: D) -> D {
    let n = s.len();
    for c in 0..n {
        let p = (c..n).max_by(|&x, &y| cabs(s[x][c]).partial_cmp(&cabs(s[y][c])).unwrap()).unwrap();
        s.swap(c, p);
        b.swap(c, p);
        for r in c + 1..n {
            let f = s[r][c] / s[c][c];
            for j in c..n {
                let v = s[c][j];
                s[r][j] -= f * v;
            }
            for j in 0..b[0].len() {
                let v = b[c][j];
                b[r][j] -= f * v;
            }
        }
    }
    for c in (0..n).rev() {
        for j in 0..b[0].len() {
            let mut v = b[c][j];
            for l in c + 1..n {
                v -= s[c][l] * b[l][j];
            }
            b[c][j] = v / s[c][c];
        }
    }
    b
}

fn eps<T: Scalar>() -> f64 {
    T::Real::EPSILON.to_f64()
}

#[allow(clippy::too_many_arguments)]
fn run<T: TestScalar>(
    lst: bool,
    trans: Trans,
    m: usize,
    n: usize,
    nrhs: usize,
    a: &mut [T],
    lda: usize,
    b: &mut [T],
    ldb: usize,
    nb: usize,
    minimal: bool,
) -> Result<(), Info> {
    let mn = m.min(n);
    let elems = if minimal {
        (mn + mn.max(nrhs)).max(1)
    } else if lst {
        gelst_req_with::<T>(m, n, nrhs, nb).elems::<T>()
    } else {
        gels_req_with::<T>(m, n, nrhs, nb).elems::<T>()
    };
    let mut w = WorkBuffer::new(WorkReq::new::<T>(elems));
    let a = MatMut::from_col_major(a, m, n, lda);
    let b = MatMut::from_col_major(b, m.max(n), nrhs, ldb);
    if lst {
        gelst_with(trans, a, b, Par::Seq, w.workspace(), nb)
    } else {
        gels_with(trans, a, b, Par::Seq, w.workspace(), nb)
    }
}

#[allow(clippy::too_many_arguments)]
fn check<T: TestScalar>(lst: bool, trans: Trans, m: usize, n: usize, nrhs: usize, nb: usize, minimal: bool, seed: u64) {
    let mut rng = Rng::new(seed);
    let (lda, ldb) = (m + 2, m.max(n) + 1);
    let a0: Vec<T> = (0..lda * n.max(1)).map(|_| rng.scalar()).collect();
    let b0: Vec<T> = (0..ldb * nrhs.max(1)).map(|_| rng.scalar()).collect();
    let (mut a, mut b) = (a0.clone(), b0.clone());
    run(lst, trans, m, n, nrhs, &mut a, lda, &mut b, ldb, nb, minimal).unwrap();
    let tp = trans != Trans::No;
    // op(A) (rows x cols) and its right-hand side B (rows x nrhs).
    let (rows, cols) = if tp { (n, m) } else { (m, n) };
    let mut op = zeros(rows, cols);
    for i in 0..m {
        for j in 0..n {
            let v = a0[i + j * lda].to_c64();
            if tp {
                op[j][i] = v.conj();
            } else {
                op[i][j] = v;
            }
        }
    }
    let mut rhs = zeros(rows, nrhs);
    for i in 0..rows {
        for j in 0..nrhs {
            rhs[i][j] = b0[i + j * ldb].to_c64();
        }
    }
    let oph = ct(&op, cols);
    let x_ref = if rows == 0 || cols == 0 || nrhs == 0 {
        zeros(cols, nrhs)
    } else if rows >= cols {
        solve_sq(mul(&oph, &op), mul(&oph, &rhs))
    } else {
        mul(&oph, &solve_sq(mul(&op, &oph), rhs.clone()))
    };
    let tol = 1e4 * eps::<T>() * (m.max(n) as f64);
    let p = T::PREFIX;
    for j in 0..nrhs {
        for i in 0..cols {
            let x = b[i + j * ldb].to_c64();
            let r = cabs(x - x_ref[i][j]);
            assert!(
                r <= tol * (1.0 + cabs(x_ref[i][j])),
                "{p} lst={lst} {trans:?} m={m} n={n} nrhs={nrhs} nb={nb} min={minimal}: x({i},{j}) off by {r:e}"
            );
        }
    }
    if nrhs > 0 && rows > 0 && cols > 0 {
        // The least-squares residual is orthogonal to op(A)'s range.
        let mut x = zeros(cols, nrhs);
        for i in 0..cols {
            for j in 0..nrhs {
                x[i][j] = b[i + j * ldb].to_c64();
            }
        }
        let ax = mul(&op, &x);
        let mut res = rhs.clone();
        for i in 0..rows {
            for j in 0..nrhs {
                res[i][j] -= ax[i][j];
            }
        }
        let g = mul(&oph, &res);
        for row in &g {
            for v in row {
                assert!(cabs(*v) <= tol * 10.0 * (rows as f64), "{p} lst={lst} {trans:?} m={m} n={n}: A^H r = {v}");
            }
        }
    }
    // Padding of A and B untouched.
    for j in 0..n {
        for i in m..lda {
            assert_eq!(a[i + j * lda], a0[i + j * lda]);
        }
    }
    for j in 0..nrhs {
        for i in m.max(n)..ldb {
            assert_eq!(b[i + j * ldb], b0[i + j * ldb]);
        }
    }
}

fn special<T: TestScalar>(lst: bool) {
    // Zero A: zero solution.
    let (m, n, nrhs) = (4, 3, 2);
    let mut a = vec![T::zero(); m * n];
    let mut b = vec![T::one(); m * nrhs];
    run(lst, Trans::No, m, n, nrhs, &mut a, m, &mut b, m, 2, false).unwrap();
    assert!(b.iter().all(|v| v.is_zero()));
    // A zero column: rank deficient, INFO = 2.
    let mut rng = Rng::new(7);
    for (m, n, tp) in [(5, 3, Trans::No), (3, 5, Trans::ConjTrans)] {
        let mut a: Vec<T> = (0..m * n).map(|_| rng.scalar()).collect();
        if m >= n {
            for i in 0..m {
                a[i + m] = T::zero();
            }
        } else {
            for j in 0..n {
                a[1 + j * m] = T::zero();
            }
        }
        let mut b: Vec<T> = (0..m.max(n) * nrhs).map(|_| rng.scalar()).collect();
        let r = run(lst, tp, m, n, nrhs, &mut a, m, &mut b, m.max(n), 2, false);
        assert_eq!(r, Err(Info::new(2)), "{} m={m} n={n}", T::PREFIX);
    }
    // A and B far outside [smlnum, bignum]: the same solution, scaled.
    let (m, n, nrhs) = (5, 3, 2);
    let a0: Vec<T> = (0..m * n).map(|_| rng.scalar()).collect();
    let b0: Vec<T> = (0..m * nrhs).map(|_| rng.scalar()).collect();
    let (mut a, mut b) = (a0.clone(), b0.clone());
    run(lst, Trans::No, m, n, nrhs, &mut a, m, &mut b, m, 2, false).unwrap();
    let tiny = T::Real::MIN_POSITIVE.to_f64() * 16.0;
    let big = T::Real::MAX.to_f64() / 16.0;
    let sa: Vec<T> = a0.iter().map(|v| T::from_c64(v.to_c64() * tiny)).collect();
    let sb: Vec<T> = b0.iter().map(|v| T::from_c64(v.to_c64() * (big * tiny))).collect();
    let (mut a2, mut b2) = (sa, sb);
    run(lst, Trans::No, m, n, nrhs, &mut a2, m, &mut b2, m, 2, false).unwrap();
    for j in 0..nrhs {
        for i in 0..n {
            let x = b[i + j * m].to_c64();
            let y = b2[i + j * m].to_c64() * (1.0 / big);
            assert!(cabs(x - y) <= 1e3 * eps::<T>() * (1.0 + cabs(x)), "{} scaled: {x} vs {y}", T::PREFIX);
        }
    }
}

fn all<T: TestScalar>() {
    let mut seed = 100;
    for lst in [false, true] {
        for &(m, n) in
            &[(0, 0), (0, 3), (3, 0), (1, 1), (1, 3), (3, 1), (5, 3), (3, 5), (12, 7), (7, 12), (16, 9), (9, 16)]
        {
            for trans in [Trans::No, Trans::ConjTrans] {
                for nrhs in [0, 1, 3] {
                    for (nb, minimal) in [(2, false), (3, false), (64, false), (64, true)] {
                        check::<T>(lst, trans, m, n, nrhs, nb, minimal, seed);
                        seed += 1;
                    }
                }
            }
        }
        special::<T>(lst);
    }
}

mod residual {
    use super::*;

    #[test]
    fn gels_f32() {
        all::<f32>();
    }
    #[test]
    fn gels_f64() {
        all::<f64>();
    }
    #[test]
    fn gels_c32() {
        all::<c32>();
    }
    #[test]
    fn gels_c64() {
        all::<c64>();
    }
}
