//! Tests of the bidiagonal divide and conquer: `bdsdc` residuals
//! `|B - U S VT|`, orthogonality of `U` and `VT`, the singular values
//! against `bdsqr`'s (dqds) to relative accuracy on graded matrices, both
//! triangles, sizes around the leaf size; `lasd4` against a direct
//! evaluation of the secular function; NaN input ending without a hang.

use super::*;
use crate::{Par, WorkBuffer};
use ferroblas_kernels::scalar::RealScalar;
use ferroblas_kernels::{MatMut, Uplo};

struct Rng(u64);

impl Rng {
    fn real(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 11) as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
    }
}

/// `(|B - U S VT| / (|B| n eps), max(|U^T U - I|, |VT VT^T - I|) / (n eps))`.
fn residuals<R: RealScalar>(uplo: Uplo, d0: &[f64], e0: &[f64], s: &[R], u: &[R], vt: &[R], ld: usize) -> (f64, f64) {
    let n = d0.len();
    if n == 0 {
        return (0.0, 0.0);
    }
    let eps = R::EPSILON.to_f64();
    let b = |i: usize, j: usize| {
        if i == j {
            d0[i]
        } else if uplo == Uplo::Upper && j == i + 1 {
            e0[i]
        } else if uplo == Uplo::Lower && i == j + 1 {
            e0[j]
        } else {
            0.0
        }
    };
    let bnorm = d0.iter().chain(e0.iter()).fold(0.0f64, |a, x| a.max(x.abs())).max(f64::MIN_POSITIVE);
    let mut res = 0.0f64;
    let mut orth = 0.0f64;
    for i in 0..n {
        for j in 0..n {
            let mut x = b(i, j);
            let (mut ou, mut ov) = (if i == j { -1.0 } else { 0.0 }, if i == j { -1.0 } else { 0.0 });
            for k in 0..n {
                x -= u[i + k * ld].to_f64() * s[k].to_f64() * vt[k + j * ld].to_f64();
                ou += u[k + i * ld].to_f64() * u[k + j * ld].to_f64();
                ov += vt[i + k * ld].to_f64() * vt[j + k * ld].to_f64();
            }
            res = res.max(x.abs());
            orth = orth.max(ou.abs()).max(ov.abs());
        }
    }
    (res / (bnorm * n as f64 * eps), orth / (n as f64 * eps))
}

/// Runs bdsdc (vectors, ld = n + 2) and values only; checks residuals,
/// order, agreement with bdsqr's values; returns the singular values.
fn check<R: RealScalar>(uplo: Uplo, d0: &[f64], e0: &[f64], reltol: f64) -> Vec<f64> {
    let n = d0.len();
    let ld = n + 2;
    let mut d: Vec<R> = d0.iter().map(|&x| R::from_f64(x)).collect();
    let mut e: Vec<R> = e0.iter().map(|&x| R::from_f64(x)).collect();
    let d0: Vec<f64> = d.iter().map(|x| x.to_f64()).collect();
    let e0: Vec<f64> = e.iter().map(|x| x.to_f64()).collect();
    let mut u = vec![R::from_f64(7.0); ld * n];
    let mut vt = vec![R::from_f64(7.0); ld * n];
    let mut buf = WorkBuffer::new(bdsdc_req::<R>(BdsdcJob::Vectors, n));
    bdsdc(
        uplo,
        BdsdcJob::Vectors,
        &mut d,
        &mut e,
        MatMut::from_col_major(&mut u, n, n, ld),
        MatMut::from_col_major(&mut vt, n, n, ld),
        Par::Seq,
        buf.workspace(),
        WorkBuffer::new(bdsdc_ireq(BdsdcJob::Vectors, n)).workspace(),
    )
    .unwrap();
    for i in 1..n {
        assert!(
            d[i - 1] >= d[i] && d[i] >= R::zero(),
            "n={n}: not sorted: {:?}",
            d.iter().map(|x| x.to_f64()).collect::<Vec<_>>()
        );
    }
    let (res, orth) = residuals(uplo, &d0, &e0, &d, &u, &vt, ld);
    assert!(res < 30.0 && orth < 30.0, "n={n} {uplo:?}: residual {res}, orthogonality {orth}");
    // Values only.
    let mut dv: Vec<R> = d0.iter().map(|&x| R::from_f64(x)).collect();
    let mut ev: Vec<R> = e0.iter().map(|&x| R::from_f64(x)).collect();
    let mut buf = WorkBuffer::new(bdsdc_req::<R>(BdsdcJob::Values, n));
    let mut none = [];
    let mut none2 = [];
    bdsdc(
        uplo,
        BdsdcJob::Values,
        &mut dv,
        &mut ev,
        MatMut::from_col_major(&mut none, 0, 0, 1),
        MatMut::from_col_major(&mut none2, 0, 0, 1),
        Par::Seq,
        buf.workspace(),
        WorkBuffer::new(bdsdc_ireq(BdsdcJob::Vectors, n)).workspace(),
    )
    .unwrap();
    // Against bdsqr (dqds).
    let mut dq: Vec<R> = d0.iter().map(|&x| R::from_f64(x)).collect();
    let mut eq: Vec<R> = e0.iter().map(|&x| R::from_f64(x)).collect();
    let mut buf = WorkBuffer::new(bdsqr_req::<R>(n));
    bdsqr::<R>(
        uplo,
        &mut dq,
        &mut eq,
        MatMut::from_col_major(&mut [], n, 0, n.max(1)),
        MatMut::from_col_major(&mut [], 0, n, 1),
        MatMut::from_col_major(&mut [], n, 0, n.max(1)),
        buf.workspace(),
    )
    .unwrap();
    let eps = R::EPSILON.to_f64();
    let smax = dq.first().map_or(0.0, |x| x.to_f64());
    for i in 0..n {
        let (a, b, c) = (d[i].to_f64(), dv[i].to_f64(), dq[i].to_f64());
        let scale = if reltol > 0.0 { c.abs() * reltol } else { smax * 30.0 * n as f64 };
        assert!((a - c).abs() <= scale * eps + f64::MIN_POSITIVE, "n={n} i={i}: dc {a} vs dqds {c}");
        assert!(
            (b - c).abs() <= c.abs() * 8.0 * n as f64 * eps + f64::MIN_POSITIVE,
            "n={n} i={i}: values {b} vs dqds {c}"
        );
    }
    d.iter().map(|x| x.to_f64()).collect()
}

mod residual {
    use super::*;

    const SIZES: [usize; 10] = [0, 1, 2, 3, 25, 26, 27, 60, 100, 160];

    fn random<R: RealScalar>() {
        let mut rng = Rng(42);
        for &n in &SIZES {
            for uplo in [Uplo::Upper, Uplo::Lower] {
                let d: Vec<f64> = (0..n).map(|_| rng.real()).collect();
                let e: Vec<f64> = (0..n.saturating_sub(1)).map(|_| rng.real()).collect();
                check::<R>(uplo, &d, &e, 0.0);
            }
        }
    }

    #[test]
    fn bdsdc_random_f64() {
        random::<f64>();
    }

    #[test]
    fn bdsdc_random_f32() {
        random::<f32>();
    }

    #[test]
    fn bdsdc_graded_relative_accuracy() {
        // Graded: entries spanning many orders of magnitude; the small
        // singular values must agree with dqds to relative accuracy.
        for &n in &[26usize, 60, 100] {
            for uplo in [Uplo::Upper, Uplo::Lower] {
                let d: Vec<f64> = (0..n).map(|i| 0.5f64.powi(i as i32 / 2) * (1.0 + 0.3 * (i % 3) as f64)).collect();
                let e: Vec<f64> = (0..n - 1).map(|i| 0.5f64.powi(i as i32 / 2 + 1) * 0.7).collect();
                check::<f64>(uplo, &d, &e, 4.0 * n as f64);
            }
        }
    }

    #[test]
    fn bdsdc_special_matrices() {
        for &n in &[3usize, 26, 60] {
            // Zero, identity, repeated values (deflation by rotation),
            // a zero off-diagonal in the middle (splitting), tiny entries.
            let zero = (vec![0.0; n], vec![0.0; n - 1]);
            let ident = (vec![1.0; n], vec![0.0; n - 1]);
            let ones = (vec![1.0; n], vec![1.0; n - 1]);
            let mut split = (vec![2.0; n], vec![1.0; n - 1]);
            split.1[n / 2] = 0.0;
            let clustered = ((0..n).map(|i| 1.0 + 1e-15 * i as f64).collect::<Vec<_>>(), vec![1e-9; n - 1]);
            let tiny = ((0..n).map(|i| if i % 2 == 0 { 1e-300 } else { 1.0 }).collect::<Vec<_>>(), vec![1e-200; n - 1]);
            for (d, e) in [zero, ident, ones, split, clustered, tiny] {
                for uplo in [Uplo::Upper, Uplo::Lower] {
                    check::<f64>(uplo, &d, &e, 0.0);
                }
            }
        }
    }

    #[test]
    fn bdsdc_nan_ends() {
        for &n in &[5usize, 60] {
            let mut d = vec![1.0f64; n];
            let mut e = vec![0.5f64; n - 1];
            d[n / 2] = f64::NAN;
            let mut u = vec![0.0; n * n];
            let mut vt = vec![0.0; n * n];
            let mut buf = WorkBuffer::new(bdsdc_req::<f64>(BdsdcJob::Vectors, n));
            let r = bdsdc(
                Uplo::Upper,
                BdsdcJob::Vectors,
                &mut d,
                &mut e,
                MatMut::from_col_major(&mut u, n, n, n),
                MatMut::from_col_major(&mut vt, n, n, n),
                Par::Seq,
                buf.workspace(),
                WorkBuffer::new(bdsdc_ireq(BdsdcJob::Vectors, n)).workspace(),
            );
            assert!(r.is_err() || d.iter().any(|x| x.is_nan()), "NaN input gave a clean result");
        }
    }

    #[test]
    fn lasd4_roots_are_roots() {
        let mut rng = Rng(7);
        for &n in &[1usize, 2, 3, 8, 30] {
            let mut d: Vec<f64> = (0..n).map(|i| i as f64 + 0.5 * rng.real().abs()).collect();
            d[0] = 0.0;
            let mut z: Vec<f64> = (0..n).map(|_| 0.1 + rng.real().abs()).collect();
            let nz = z.iter().map(|x| x * x).sum::<f64>().sqrt();
            z.iter_mut().for_each(|x| *x /= nz);
            let rho = 1.7;
            let mut prev = -1.0;
            for i in 0..n {
                let mut delta = vec![0.0; n];
                let mut work = vec![0.0; n];
                let (sigma, r) = lasd4(i, &d, &z, &mut delta, rho, &mut work);
                r.unwrap();
                assert!(
                    sigma > prev && sigma >= d[i] && (i + 1 == n || sigma <= d[i + 1]),
                    "root {i} = {sigma} out of order"
                );
                prev = sigma;
                if n > 1 {
                    for j in 0..n {
                        assert!((delta[j] - (d[j] - sigma)).abs() <= 1e-13 * (1.0 + d[j]), "delta {j}");
                        assert!((work[j] - (d[j] + sigma)).abs() <= 1e-13 * (1.0 + d[j]), "work {j}");
                    }
                    let f: f64 = 1.0 / rho + (0..n).map(|j| z[j] * z[j] / (delta[j] * work[j])).sum::<f64>();
                    let df: f64 = (0..n).map(|j| (z[j] / (delta[j] * work[j])).powi(2)).sum::<f64>();
                    assert!(f.abs() <= 1e-10 * df.max(1.0), "f(root {i}) = {f}");
                }
            }
        }
    }

    #[test]
    fn lasdt_tree() {
        let n = 100;
        let (mut ic, mut l, mut r) = (vec![0; n], vec![0; n], vec![0; n]);
        let (lvl, nd) = lasdt(n, 25, &mut ic, &mut l, &mut r);
        assert_eq!((lvl, nd), (2, 3));
        assert_eq!((ic[0], l[0], r[0]), (50, 50, 49));
        assert_eq!((ic[1], l[1], r[1]), (25, 25, 24));
        assert_eq!((ic[2], l[2], r[2]), (75, 24, 24));
    }
}
