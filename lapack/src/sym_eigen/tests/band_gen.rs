//! Residual tests of the split Cholesky factorization `?pbstf`: `S^H S = B`
//! with S's split structure, for UPLO U/L and KD 0, 1, 3, n - 1; INFO for a
//! B that is not positive definite.

use super::*;
use crate::sym_eigen::band_gen::pbstf;

/// A Hermitian positive definite band matrix (diagonally dominant), rounded to T.
fn hpd_band<T: TestScalar>(n: usize, kd: usize, rng: &mut Rng) -> Full {
    let mut b = Full::zeros(n, n);
    for j in 0..n {
        for i in j.saturating_sub(kd)..j {
            let z = T::from_c64(rng.scalar::<T>().to_c64()).to_c64();
            *b.at_mut(i, j) = z;
            *b.at_mut(j, i) = z.conj();
        }
    }
    for i in 0..n {
        *b.at_mut(i, i) = c64::new(
            T::from_c64(c64::new(2.0 * kd as f64 + 1.0 + rng.scalar::<T>().to_c64().re.abs(), 0.0)).to_c64().re,
            0.0,
        );
    }
    b
}

fn store<T: TestScalar>(uplo: Uplo, kd: usize, b: &Full, ldab: usize) -> Vec<T> {
    let n = b.m;
    let mut ab = vec![T::from_c64(c64::new(f64::NAN, f64::NAN)); ldab * n.max(1)];
    for j in 0..n {
        for i in 0..n {
            match uplo {
                Uplo::Upper if i <= j && j - i <= kd => ab[kd + i - j + j * ldab] = T::from_c64(b.at(i, j)),
                Uplo::Lower if i >= j && i - j <= kd => ab[i - j + j * ldab] = T::from_c64(b.at(i, j)),
                _ => {}
            }
        }
    }
    ab
}

fn check_pbstf<T: TestScalar>(n: usize, kd: usize, uplo: Uplo, seed: u64) {
    let mut rng = Rng::new(seed);
    let b = hpd_band::<T>(n, kd, &mut rng);
    let ldab = kd + 2;
    let mut ab = store::<T>(uplo, kd, &b, ldab);
    let ctx = format!("{} pbstf n={n} kd={kd} {uplo:?}", T::PREFIX);
    pbstf(uplo, kd, MatMut::from_col_major(&mut ab, kd + 1, n, ldab)).unwrap_or_else(|e| panic!("{ctx}: {e:?}"));
    let m = (n + kd.min(n.saturating_sub(1))) / 2;
    let at = |i: usize, j: usize| -> c64 {
        // The stored element (i, j) of the triangle, zero outside the band.
        let (r, c) = if uplo == Uplo::Upper { (kd + i - j, j) } else { (i - j, j) };
        ab[r + c * ldab].to_c64()
    };
    let s = Full::from_fn(n, n, |i, j| {
        let lower_part = i >= m;
        let (lo, hi) = if lower_part { (j, i) } else { (i, j) };
        // S = [U 0; M L]: the leading rows end at column m.
        if lo > hi || hi - lo > kd || (!lower_part && j >= m) {
            return zero();
        }
        // S(i, j) stored where the triangle has it, conjugated when transposed.
        match (uplo, lower_part) {
            (Uplo::Upper, false) => at(i, j),
            (Uplo::Upper, true) => at(j, i).conj(),
            (Uplo::Lower, true) => at(i, j),
            (Uplo::Lower, false) => at(j, i).conj(),
        }
    });
    let tol = 30.0 * (n.max(1) as f64) * eps::<T>();
    let res = diff(&mul_op(Trans::ConjTrans, &s, Trans::No, &s), &b) / max_abs(&b).max(1.0);
    assert!(res <= tol, "{ctx}: |S^H S - B| / |B| = {res:e}");
    for r in kd + 1..ldab {
        for j in 0..n {
            assert!(ab[r + j * ldab].to_c64().re.is_nan(), "{ctx}: wrote outside the band");
        }
    }
}

fn pbstf_all<T: TestScalar>() {
    for (s, &n) in [0usize, 1, 2, 3, 17].iter().enumerate() {
        for kd in [0, 1, 3, n.saturating_sub(1), n + 1] {
            for uplo in [Uplo::Upper, Uplo::Lower] {
                check_pbstf::<T>(n, kd, uplo, (s * 11 + kd) as u64);
            }
        }
    }
    // Not positive definite: INFO names the failed diagonal element.
    for uplo in [Uplo::Upper, Uplo::Lower] {
        for bad in [0usize, 4] {
            let n = 5;
            let b = Full::from_fn(n, n, |i, j| {
                c64::new(
                    if i != j {
                        0.0
                    } else if i == bad {
                        -1.0
                    } else {
                        1.0
                    },
                    0.0,
                )
            });
            let mut ab = store::<T>(uplo, 1, &b, 2);
            let r = pbstf(uplo, 1, MatMut::from_col_major(&mut ab, 2, n, 2));
            assert_eq!(r, Err(crate::Info::new(bad + 1)), "{uplo:?} bad={bad}");
        }
    }
}

mod residual {
    use super::*;
    all_types!(pbstf_residuals, pbstf_all);
}
