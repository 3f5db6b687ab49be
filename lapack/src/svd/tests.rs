//! Tests of the bidiagonal SVD: `bdsqr` residuals and orthogonality in every
//! precision, the singular values against closed forms, an independent
//! Jacobi eigensolver on `B^T B`, and dqds against QR (two independent
//! algorithms that both promise high relative accuracy); `lasq2`'s INFO
//! values; NaN and Inf input ending without a hang.

use super::*;
use crate::{Info, WorkBuffer};
use ferroblas_kernels::scalar::{c32, c64, RealScalar, Scalar};
use ferroblas_kernels::{MatMut, Uplo};

/// A deterministic generator of values in [-1, 1).
struct Rng(u64);

impl Rng {
    fn real(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 11) as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
    }
    fn scalar<T: Scalar>(&mut self) -> T {
        T::from_parts(T::Real::from_f64(self.real()), T::Real::from_f64(self.real()))
    }
}

fn eps<T: Scalar>() -> f64 {
    T::Real::EPSILON.to_f64() / 2.0
}

fn abs<T: Scalar>(x: T) -> f64 {
    x.re().to_f64().hypot(x.im().to_f64())
}

/// The eigenvalues of a symmetric matrix (n x n, column-major, f64) by cyclic
/// Jacobi, in decreasing order: the oracle for `sigma^2`.
fn jacobi_eigenvalues(mut a: Vec<f64>, n: usize) -> Vec<f64> {
    for _ in 0..100 {
        let mut off = 0.0;
        for p in 0..n {
            for q in p + 1..n {
                off += a[p + q * n] * a[p + q * n];
            }
        }
        if off == 0.0 {
            break;
        }
        for p in 0..n {
            for q in p + 1..n {
                let apq = a[p + q * n];
                if apq == 0.0 {
                    continue;
                }
                let theta = (a[q + q * n] - a[p + p * n]) / (2.0 * apq);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                for k in 0..n {
                    let (akp, akq) = (a[k + p * n], a[k + q * n]);
                    a[k + p * n] = c * akp - s * akq;
                    a[k + q * n] = s * akp + c * akq;
                }
                for k in 0..n {
                    let (apk, aqk) = (a[p + k * n], a[q + k * n]);
                    a[p + k * n] = c * apk - s * aqk;
                    a[q + k * n] = s * apk + c * aqk;
                }
            }
        }
    }
    let mut ev: Vec<f64> = (0..n).map(|i| a[i + i * n]).collect();
    ev.sort_by(|x, y| y.partial_cmp(x).unwrap());
    ev
}

/// Runs `bdsqr` without vectors (the dqds path).
fn values_only<T: Scalar>(uplo: Uplo, d: &[f64], e: &[f64]) -> (Vec<f64>, Result<(), Info>) {
    let n = d.len();
    let mut dr: Vec<T::Real> = d.iter().map(|&x| T::Real::from_f64(x)).collect();
    let mut er: Vec<T::Real> = e.iter().map(|&x| T::Real::from_f64(x)).collect();
    er.resize(n.max(1), T::Real::zero());
    let mut buf = WorkBuffer::new(bdsqr_req::<T>(n));
    let empty: &mut [T] = &mut [];
    let info = bdsqr::<T>(
        uplo,
        &mut dr,
        &mut er,
        MatMut::from_col_major(&mut [], n, 0, n.max(1)),
        MatMut::from_col_major(empty, 0, n, 1),
        MatMut::from_col_major(&mut [], n, 0, n.max(1)),
        buf.workspace(),
    );
    (dr.iter().map(|x| x.to_f64()).collect(), info)
}

/// Runs `bdsqr` with vectors on `B` (diagonal `d`, off-diagonal `e`):
/// VT = I (n x (n + extra)), U = W (random, (n + extra) x n), C random (n x
/// ncc), all with leading dimensions beyond their rows. Checks the residual
/// `|B - Q S P^T|`, the orthogonality of Q and P, `U = W Q`, `C = Q^T C0`,
/// the order of the singular values, and returns them.
fn check_vectors<T: Scalar>(uplo: Uplo, d: &[f64], e: &[f64], extra: usize, ncc: usize, rng: &mut Rng) -> Vec<f64> {
    let n = d.len();
    let tol = 30.0 * (n.max(1) as f64) * eps::<T>();
    let one = T::one();
    let dr: Vec<T::Real> = d.iter().map(|&x| T::Real::from_f64(x)).collect();
    let er: Vec<T::Real> = e.iter().map(|&x| T::Real::from_f64(x)).collect();
    let bnorm = dr.iter().chain(er.iter()).map(|x| x.to_f64().abs()).fold(0.0, f64::max).max(f64::MIN_POSITIVE);
    // Run 1: Q in U (nru = n, identity), P^T in VT (ncvt = n + extra, identity
    // in the first n columns), C = C0.
    let ncvt = n + extra;
    let (ldvt, ldu, ldc) = (n + 2, n + 1, n + 3);
    let mut vt = vec![T::zero(); ldvt * ncvt];
    for i in 0..n {
        vt[i + i * ldvt] = one;
    }
    let mut q = vec![T::zero(); ldu * n];
    for i in 0..n {
        q[i + i * ldu] = one;
    }
    let c0: Vec<T> = (0..ldc * ncc).map(|_| rng.scalar()).collect();
    let mut c = c0.clone();
    let mut dd = dr.clone();
    let mut ee = er.clone();
    ee.resize(n.max(1), T::Real::zero());
    let mut buf = WorkBuffer::new(bdsqr_req::<T>(n));
    bdsqr::<T>(
        uplo,
        &mut dd,
        &mut ee,
        MatMut::from_col_major(&mut vt, n, ncvt, ldvt),
        MatMut::from_col_major(&mut q, n, n, ldu),
        MatMut::from_col_major(&mut c, n, ncc, ldc),
        buf.workspace(),
    )
    .expect("bdsqr converges");
    let s: Vec<f64> = dd.iter().map(|x| x.to_f64()).collect();
    for i in 0..n {
        assert!(s[i] >= 0.0, "negative singular value {}", s[i]);
        if i > 0 {
            assert!(s[i] <= s[i - 1], "not sorted: {s:?}");
        }
    }
    // B = Q S P^T, with B built from the input.
    let b = |i: usize, j: usize| -> f64 {
        if i == j {
            d[i]
        } else if uplo == Uplo::Upper && j == i + 1 {
            e[i]
        } else if uplo == Uplo::Lower && i == j + 1 {
            e[j]
        } else {
            0.0
        }
    };
    let b = |i: usize, j: usize| T::Real::from_f64(b(i, j)).to_f64();
    let mut res = 0.0f64;
    for i in 0..n {
        for j in 0..n {
            let mut acc = T::zero();
            for k in 0..n {
                acc += q[i + k * ldu].scale_real(dd[k]) * vt[k + j * ldvt];
            }
            res = res.max(abs(acc - T::from_real(T::Real::from_f64(b(i, j)))));
        }
    }
    assert!(res <= tol * bnorm, "{}: |B - Q S P^T| = {res:e} (n = {n}, |B| = {bnorm:e})", std::any::type_name::<T>());
    // Orthogonality of Q and of the rows of P^T (and the extra columns of VT
    // untouched: zero, as the identity's).
    for (m, ld, rows) in [(&q, ldu, false), (&vt, ldvt, true)] {
        let mut worst = 0.0f64;
        for i in 0..n {
            for j in 0..n {
                let mut acc = T::zero();
                for k in 0..n {
                    acc +=
                        if rows { m[i + k * ld] * m[j + k * ld].conj() } else { m[k + i * ld].conj() * m[k + j * ld] };
                }
                let want = if i == j { one } else { T::zero() };
                worst = worst.max(abs(acc - want));
            }
        }
        assert!(worst <= tol, "orthogonality {worst:e} (n = {n})");
    }
    for j in n..ncvt {
        for i in 0..n {
            assert_eq!(vt[i + j * ldvt], T::zero());
        }
    }
    // C = Q^T C0 (Q is real).
    for j in 0..ncc {
        for i in 0..n {
            let mut acc = T::zero();
            for k in 0..n {
                acc += q[k + i * ldu] * c0[k + j * ldc];
            }
            assert!(
                abs(acc - c[i + j * ldc]) <= tol * (n as f64 + 1.0),
                "C = Q^T C0 off by {:e}",
                abs(acc - c[i + j * ldc])
            );
        }
    }
    // Run 2: U = W (nru = n + extra rows), no VT: U must come back as W Q with
    // the same singular values, bit for bit (the rotations do not depend on
    // which vectors are updated).
    let nru = n + extra;
    let ldw = nru + 1;
    let w: Vec<T> = (0..ldw * n).map(|_| rng.scalar()).collect();
    let mut u = w.clone();
    let mut d2 = dr.clone();
    let mut e2 = er.clone();
    e2.resize(n.max(1), T::Real::zero());
    let empty: &mut [T] = &mut [];
    bdsqr::<T>(
        uplo,
        &mut d2,
        &mut e2,
        MatMut::from_col_major(empty, n, 0, n.max(1)),
        MatMut::from_col_major(&mut u, nru, n, ldw),
        MatMut::from_col_major(&mut [], n, 0, n.max(1)),
        buf.workspace(),
    )
    .expect("bdsqr converges");
    assert_eq!(d2, dd, "singular values depend on which vectors are requested");
    for i in 0..nru {
        for j in 0..n {
            let mut acc = T::zero();
            for k in 0..n {
                acc += w[i + k * ldw] * q[k + j * ldu];
            }
            assert!(
                abs(acc - u[i + j * ldw]) <= tol * (n as f64 + 1.0),
                "U = W Q off by {:e}",
                abs(acc - u[i + j * ldw])
            );
        }
    }
    s
}

/// Relative agreement of two lists of singular values: `|a_i - b_i| <= tol b_i`.
fn assert_relative(a: &[f64], b: &[f64], tol: f64, what: &str) {
    assert_eq!(a.len(), b.len());
    for (i, (&x, &y)) in a.iter().zip(b).enumerate() {
        assert!((x - y).abs() <= tol * y.abs().max(f64::MIN_POSITIVE), "{what}: sigma[{i}] = {x:e} vs {y:e}");
    }
}

fn random_bidiagonal(n: usize, rng: &mut Rng) -> (Vec<f64>, Vec<f64>) {
    let d = (0..n).map(|_| rng.real()).collect();
    let e = (0..n.saturating_sub(1)).map(|_| rng.real()).collect();
    (d, e)
}

/// Every path of one precision: sizes, both triangles, vector shapes.
fn all_paths<T: Scalar>() {
    let mut rng = Rng(7 + std::mem::size_of::<T>() as u64);
    let rel = 60.0 * eps::<T>();
    for &n in &[0usize, 1, 2, 3, 4, 5, 10, 31, 50] {
        for (k, uplo) in [Uplo::Upper, Uplo::Lower].into_iter().enumerate() {
            let (d, e) = random_bidiagonal(n, &mut rng);
            let s = check_vectors::<T>(uplo, &d, &e, k, 2 + k, &mut rng);
            // dqds agrees with QR to relative accuracy.
            let (s2, info) = values_only::<T>(uplo, &d, &e);
            info.expect("dqds converges");
            assert_relative(&s2, &s, rel * (n.max(1) as f64), "dqds vs QR");
            // And both with Jacobi on B^T B (absolute accuracy: sigma^2 to eps |B|^2).
            if n > 0 && n <= 31 {
                let mut btb = vec![0.0; n * n];
                let bij = |i: usize, j: usize| -> f64 {
                    let dv = |x: f64| T::Real::from_f64(x).to_f64();
                    if i == j {
                        dv(d[i])
                    } else if uplo == Uplo::Upper && j == i + 1 {
                        dv(e[i])
                    } else if uplo == Uplo::Lower && i == j + 1 {
                        dv(e[j])
                    } else {
                        0.0
                    }
                };
                for i in 0..n {
                    for j in 0..n {
                        btb[i + j * n] = (0..n).map(|k| bij(k, i) * bij(k, j)).sum();
                    }
                }
                let ev = jacobi_eigenvalues(btb, n);
                let norm2 = ev[0].max(f64::MIN_POSITIVE);
                for (i, &sig) in s.iter().enumerate() {
                    assert!(
                        (sig * sig - ev[i]).abs() <= 30.0 * n as f64 * eps::<T>() * norm2,
                        "vs Jacobi: {sig}^2 vs {}",
                        ev[i]
                    );
                }
            }
        }
    }
}

#[test]
fn lasq2_reports_negative_data() {
    // n = 1: -201; n = 2: the first negative of q1, e1, q2.
    let mut z = [-1.0f64, 0.0, 0.0, 0.0];
    assert_eq!(lasq2(&mut z), -201);
    let mut z = [1.0f64, -1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0];
    assert_eq!(lasq2(&mut z), -202);
    let mut z = [1.0f64, 1.0, -1.0, 0.0, 0.0, 0.0, 0.0, 0.0];
    assert_eq!(lasq2(&mut z), -203);
    let mut z = vec![1.0f32; 12];
    z[3] = -2.0;
    assert_eq!(lasq2(&mut z), -204);
    let mut z = vec![1.0f64; 12];
    z[4] = -2.0;
    assert_eq!(lasq2(&mut z), -205);
    let mut z: Vec<f64> = vec![];
    assert_eq!(lasq2(&mut z), 0);
}

#[test]
fn lasq2_eigenvalues_and_statistics() {
    // The qd form of B B^T for B the n x n bidiagonal of ones: eigenvalues
    // 4 cos^2(k pi / (2n + 1)).
    for n in [2usize, 3, 7, 40] {
        let mut z = vec![0.0f64; 4 * n];
        z[..2 * n - 1].fill(1.0);
        assert_eq!(lasq2(&mut z), 0);
        for k in 1..=n {
            let c = (k as f64 * std::f64::consts::PI / (2 * n + 1) as f64).cos();
            let want = 4.0 * c * c;
            assert!((z[k - 1] - want).abs() <= 1e-14 * want, "n = {n}: {} vs {want}", z[k - 1]);
        }
        if n > 2 {
            // trace and sum of the eigenvalues
            assert!((z[2 * n] - (2 * n - 1) as f64).abs() < 1e-12);
            assert!((z[2 * n + 1] - (2 * n - 1) as f64).abs() < 1e-12);
            assert!(z[2 * n + 2] >= 2.0);
        }
    }
    // Diagonal input (all e zero): sorted, the sum in z[2n-2].
    let mut z = vec![1.0f64, 0.0, 3.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0];
    assert_eq!(lasq2(&mut z), 0);
    assert_eq!(&z[..3], &[3.0, 2.0, 1.0]);
    assert_eq!(z[4], 6.0);
}

#[test]
fn las2_lasq1_small_sizes() {
    let mut d = [-3.0f64];
    lasq1(&mut d, &mut [], &mut [0.0; 4]).unwrap();
    assert_eq!(d, [3.0]);
    let mut d = [1.0f64, 1.0];
    let mut e = [1.0f64, 0.0];
    lasq1(&mut d, &mut e, &mut [0.0; 8]).unwrap();
    let phi = (1.0 + 5f64.sqrt()) / 2.0;
    assert!((d[0] - phi).abs() < 4e-16 * phi && (d[1] - 1.0 / phi).abs() < 4e-16);
    let mut d = [0.0f32, -2.0, 1.0];
    let mut e = [0.0f32, 0.0, 0.0];
    lasq1(&mut d, &mut e, &mut [0.0; 12]).unwrap();
    assert_eq!(d, [2.0, 1.0, 0.0]);
}

mod residual {
    use super::*;

    #[test]
    fn bdsqr_f32() {
        all_paths::<f32>();
    }

    #[test]
    fn bdsqr_f64() {
        all_paths::<f64>();
    }

    #[test]
    fn bdsqr_c32() {
        all_paths::<c32>();
    }

    #[test]
    fn bdsqr_c64() {
        all_paths::<c64>();
    }

    /// The bidiagonal of ones: sigma_k = 2 cos(k pi / (2n + 1)).
    fn ones<T: Scalar>() {
        let mut rng = Rng(3);
        for n in [1usize, 2, 3, 10, 50, 100] {
            let want: Vec<f64> =
                (1..=n).map(|k| 2.0 * (k as f64 * std::f64::consts::PI / (2 * n + 1) as f64).cos()).collect();
            let d = vec![1.0; n];
            let e = vec![1.0; n - 1];
            let tol = 8.0 * n as f64 * eps::<T>();
            let (s, info) = values_only::<T>(Uplo::Upper, &d, &e);
            info.unwrap();
            assert_relative(&s, &want, tol, "dqds on ones");
            if n <= 50 || std::mem::size_of::<T>() == 8 {
                let s = check_vectors::<T>(Uplo::Lower, &d, &e, 0, 1, &mut rng);
                assert_relative(&s, &want, tol, "QR on ones");
            }
        }
    }

    #[test]
    fn closed_form_ones() {
        ones::<f32>();
        ones::<f64>();
        ones::<c64>();
    }

    /// Graded matrices (entries from 1 down to 1e-15 or up to 1e15, both
    /// directions): tiny singular values keep their relative accuracy. The
    /// f32 results agree with the f64 ones to f32 accuracy, dqds with QR.
    #[test]
    fn graded_relative_accuracy() {
        let mut rng = Rng(11);
        for n in [3usize, 10, 16] {
            for up in [false, true] {
                let g = |i: usize| {
                    if up {
                        10f64.powf(15.0 * i as f64 / (n - 1) as f64)
                    } else {
                        10f64.powf(-15.0 * i as f64 / (n - 1) as f64)
                    }
                };
                let d: Vec<f64> = (0..n).map(|i| g(i) * (1.0 + 0.5 * rng.real())).collect();
                let e: Vec<f64> = (0..n - 1).map(|i| g(i).min(g(i + 1)) * rng.real()).collect();
                let (s64, info) = values_only::<f64>(Uplo::Upper, &d, &e);
                info.unwrap();
                let q64 = check_vectors::<f64>(Uplo::Upper, &d, &e, 1, 1, &mut rng);
                assert_relative(&q64, &s64, 200.0 * n as f64 * eps::<f64>(), "graded: QR vs dqds");
                // f32 data is the f64 data rounded: compare in f64 on the rounded data.
                let d32: Vec<f64> = d.iter().map(|&x| x as f32 as f64).collect();
                let e32: Vec<f64> = e.iter().map(|&x| x as f32 as f64).collect();
                let (s64r, _) = values_only::<f64>(Uplo::Upper, &d32, &e32);
                let (s32, info) = values_only::<f32>(Uplo::Upper, &d32, &e32);
                info.unwrap();
                assert_relative(&s32, &s64r, 100.0 * n as f64 * eps::<f32>(), "graded: f32 vs f64");
                let q32 = check_vectors::<c32>(Uplo::Lower, &d32, &e32, 0, 0, &mut rng);
                assert_relative(&q32, &s64r, 200.0 * n as f64 * eps::<f32>(), "graded: QR c32 vs f64");
            }
        }
    }

    /// Diagonal matrices, zeros and repeated values.
    #[test]
    fn special_matrices() {
        let mut rng = Rng(5);
        let d = [3.0, -1.0, 0.0, 2.0, -2.0, 3.0];
        let e = [0.0; 5];
        let s = check_vectors::<f64>(Uplo::Upper, &d, &e, 1, 1, &mut rng);
        assert_eq!(s, [3.0, 3.0, 2.0, 2.0, 1.0, 0.0]);
        let (s, _) = values_only::<f32>(Uplo::Lower, &d, &e);
        assert_eq!(s, [3.0, 3.0, 2.0, 2.0, 1.0, 0.0]);
        // Zero matrix.
        let s = check_vectors::<c32>(Uplo::Upper, &[0.0; 4], &[0.0; 3], 0, 1, &mut rng);
        assert_eq!(s, [0.0; 4]);
        // A zero on the diagonal inside the matrix.
        let d = [1.0, 2.0, 0.0, 3.0, 1.0];
        let e = [1.0, 1.0, 1.0, 1.0];
        let s = check_vectors::<f64>(Uplo::Upper, &d, &e, 0, 0, &mut rng);
        assert_eq!(s[4], 0.0);
        let (s2, _) = values_only::<f64>(Uplo::Upper, &d, &e);
        assert_relative(&s2[..4], &s[..4], 1e-14, "zero diagonal");
        assert!(s2[4] == 0.0 || s2[4] < 1e-300);
    }

    /// NaN or Inf anywhere ends, with an error or NaN output, never a hang.
    #[test]
    fn nan_and_inf_end() {
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            for pos in 0..5 {
                let mut d = vec![1.0, 2.0, 0.5, 3.0, 1.5];
                let mut e = vec![0.5, 0.25, 1.0, 0.75];
                if pos < 4 && bad.is_nan() {
                    e[pos] = bad;
                } else {
                    d[pos] = bad;
                }
                let (s, info) = values_only::<f64>(Uplo::Upper, &d, &e);
                assert!(info.is_err() || s.iter().any(|x| !x.is_finite()), "{s:?}");
                let n = 5;
                let mut dd = d.clone();
                let mut ee = e.clone();
                let mut vt = vec![0.0f64; n * n];
                let mut u = vec![0.0f64; n * n];
                let mut buf = WorkBuffer::new(bdsqr_req::<f64>(n));
                let info = bdsqr::<f64>(
                    Uplo::Lower,
                    &mut dd,
                    &mut ee,
                    MatMut::from_col_major(&mut vt, n, n, n),
                    MatMut::from_col_major(&mut u, n, n, n),
                    MatMut::from_col_major(&mut [], n, 0, n),
                    buf.workspace(),
                );
                assert!(info.is_err() || dd.iter().chain(vt.iter()).any(|x| !x.is_finite()));
            }
        }
    }
}

/// Entries log-uniform in [ulp^2, 1/ulp^2] (the reference tester's type 16):
/// the squares span most of f32's range, so dqds sweeps overflow and must
/// retry; f32 dqds agrees with f64 dqds on the same data to f32 accuracy
/// relative to the norm.
#[test]
fn dqds_wide_range_f32() {
    let mut rng = Rng(99);
    let ulp = f32::EPSILON as f64;
    let mut bad = 0;
    for trial in 0..100 {
        let n = 30 + (trial % 11);
        let t = -2.0 * ulp.ln();
        let d: Vec<f64> = (0..n).map(|_| ((t * rng.real()).exp() as f32) as f64).collect();
        let e: Vec<f64> = (0..n - 1).map(|_| ((t * rng.real()).exp() as f32) as f64).collect();
        let (s32, i32_) = values_only::<f32>(Uplo::Upper, &d, &e);
        let (s64, _) = values_only::<f64>(Uplo::Upper, &d, &e);
        let worst = s32.iter().zip(&s64).map(|(a, b)| (a - b).abs() / s64[0]).fold(0.0, f64::max);
        if worst > 1e-5 || i32_.is_err() {
            bad += 1;
            eprintln!("trial {trial}, n = {n}: worst {worst:e}, info {i32_:?}");
        }
    }
    assert_eq!(bad, 0);
}
