//! Residual tests of the pivoted Cholesky factorization.
#![allow(clippy::needless_range_loop)]

use super::*;
use crate::condition::testutil::*;
use ferroblas_kernels::{c32, c64};

const SIZES: [usize; 6] = [0, 1, 2, 3, 17, 70];

/// `B B^H` with `B` a random `n x r` matrix: rank `r` (for r <= n).
fn low_rank<T: TestScalar>(n: usize, r: usize, rng: &mut Rng) -> Vec<c64> {
    let b: Vec<c64> = (0..n * r).map(|_| rng.scalar::<T>().to_c64()).collect();
    let mut a = vec![c64::new(0.0, 0.0); n * n];
    for j in 0..n {
        for i in 0..n {
            let mut s = c64::new(0.0, 0.0);
            for k in 0..r {
                s += b[i + k * n] * b[j + k * n].conj();
            }
            a[i + j * n] = s;
        }
    }
    a
}

fn eps<T: TestScalar>() -> f64 {
    <T::Real as RealScalar>::EPSILON.to_f64()
}

/// Factors `a` (column-major c64, Hermitian) in precision `T` with leading
/// dimension `n + 2`, checks `|P^T A P - F^H F| / (n eps |A|)` over the
/// computed rank (the trailing block is the unfactored Schur complement, as
/// the reference's test zeroes it), the pivots, and returns the rank.
fn check<T: TestScalar>(a: &[c64], n: usize, uplo: Uplo, nb: usize, tol: f64) -> usize {
    let ld = n + 2;
    let sentinel = T::from_c64(c64::new(-7.0, 3.0));
    let mut f = vec![sentinel; ld * n.max(1)];
    for j in 0..n {
        for i in 0..n {
            let inside = if uplo == Uplo::Upper { i <= j } else { i >= j };
            if inside {
                f[i + j * ld] = T::from_c64(a[i + j * n]);
            }
        }
    }
    let mut piv = vec![usize::MAX; n];
    let mut work = vec![<T::Real as Scalar>::zero(); pstrf_work_len(n)];
    let tol = <T::Real as RealScalar>::from_f64(tol);
    let rank = pstrf_with(uplo, MatMut::from_col_major(&mut f, n, n, ld), &mut piv, tol, nb, Par::Seq, &mut work);
    // The other triangle and the padding rows are untouched.
    for j in 0..n {
        for i in 0..ld {
            let outside = i >= n || if uplo == Uplo::Upper { i > j } else { i < j };
            if outside {
                assert!(f[i + j * ld] == sentinel, "{} pstrf wrote outside the triangle", T::PREFIX);
            }
        }
    }
    if n == 0 {
        return rank;
    }
    let mut seen = piv.clone();
    seen.sort_unstable();
    assert_eq!(seen, (0..n).collect::<Vec<_>>(), "{} pstrf: piv is no permutation", T::PREFIX);
    // F: rank x n upper (U), the conjugate transpose of the lower factor.
    let fac = |i: usize, j: usize| -> c64 {
        if i >= rank || j < i {
            return c64::new(0.0, 0.0);
        }
        match uplo {
            Uplo::Upper => f[i + j * ld].to_c64(),
            Uplo::Lower => f[j + i * ld].to_c64().conj(),
        }
    };
    let anorm = a.iter().map(|&v| cabs(v)).fold(0.0, f64::max).max(f64::MIN_POSITIVE);
    let mut worst = 0.0f64;
    for j in 0..n {
        for i in 0..n {
            // Only the factored rows and columns are compared.
            if i >= rank && j >= rank {
                continue;
            }
            let mut s = c64::new(0.0, 0.0);
            for k in 0..rank.min(i + 1).min(j + 1) {
                s += fac(k, i).conj() * fac(k, j);
            }
            let d = cabs(a[piv[i] + piv[j] * n] - s);
            worst = worst.max(d / (anorm * n as f64 * eps::<T>()));
        }
    }
    assert!(worst < 30.0, "{} pstrf n={n} {uplo:?} nb={nb}: residual {worst}", T::PREFIX);
    // The diagonal of the factor decreases.
    for k in 1..rank {
        assert!(fac(k, k).re <= fac(k - 1, k - 1).re * (1.0 + 1e-3), "{} pstrf: pivots not decreasing", T::PREFIX);
    }
    rank
}

fn all<T: TestScalar>() {
    let mut rng = Rng::new(17);
    for n in SIZES {
        for uplo in [Uplo::Upper, Uplo::Lower] {
            for nb in [BLOCK, 3, 1] {
                // Full rank.
                let a = low_rank::<T>(n, n + 2, &mut rng);
                assert_eq!(check::<T>(&a, n, uplo, nb, -1.0), n, "{} pstrf full rank n={n}", T::PREFIX);
                // Rank deficient.
                if n >= 2 {
                    for r in [1, n / 2, n - 1] {
                        let a = low_rank::<T>(n, r, &mut rng);
                        // The default stop (n eps max diag) sits at the rounding
                        // level of the zero Schur complement; allow some margin.
                        let dmax = (0..n).map(|i| a[i + i * n].re).fold(0.0, f64::max);
                        let tol = 20.0 * n as f64 * eps::<T>() * dmax;
                        let rank = check::<T>(&a, n, uplo, nb, tol);
                        assert_eq!(rank, r, "{} pstrf n={n} {uplo:?} nb={nb}: rank {rank} for {r}", T::PREFIX);
                    }
                }
            }
        }
    }
}

mod residual {
    use super::*;

    #[test]
    fn pstrf_factors_and_finds_rank() {
        all::<f32>();
        all::<f64>();
        all::<c32>();
        all::<c64>();
    }
}

fn special<T: TestScalar>() {
    for uplo in [Uplo::Upper, Uplo::Lower] {
        for nb in [BLOCK, 2] {
            // Zero matrix: rank 0, nothing written but the pivots.
            let n = 4;
            let z = vec![c64::new(0.0, 0.0); n * n];
            assert_eq!(check::<T>(&z, n, uplo, nb, -1.0), 0);
            // A positive tol above every pivot also stops at once after the first step.
            let mut id = vec![c64::new(0.0, 0.0); n * n];
            for i in 0..n {
                id[i + i * n] = c64::new((i + 1) as f64, 0.0);
            }
            assert_eq!(check::<T>(&id, n, uplo, nb, -1.0), n);
            assert_eq!(check::<T>(&id, n, uplo, nb, 2.5), 2);
            // NaN on the diagonal ends the factorization, no hang.
            let mut bad = id.clone();
            bad[1 + n] = c64::new(f64::NAN, 0.0);
            let mut f: Vec<T> = bad.iter().map(|&v| T::from_c64(v)).collect();
            let mut piv = vec![0usize; n];
            let mut work = vec![<T::Real as Scalar>::zero(); 2 * n];
            let rank = pstrf_with(
                uplo,
                MatMut::from_col_major(&mut f, n, n, n),
                &mut piv,
                -<T::Real as Scalar>::one(),
                nb,
                Par::Seq,
                &mut work,
            );
            assert!(rank < n);
        }
    }
}

#[test]
fn pstrf_special_inputs() {
    special::<f32>();
    special::<f64>();
    special::<c32>();
    special::<c64>();
}
