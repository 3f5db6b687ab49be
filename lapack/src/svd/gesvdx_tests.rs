//! Tests of `gesvdx`: `A = U S V^H` for the full range, `A v_i = s_i u_i`
//! and the values against the full set for subsets, all shapes and
//! precisions.

use super::*;
use crate::sym_eigen::bisection::EigRange;
use crate::sym_eigen::drivers::Jobz;
use crate::{Par, WorkBuffer};
use ferroblas_kernels::scalar::{c32, c64, RealScalar, Scalar};
use ferroblas_kernels::MatMut;

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

fn abs<T: Scalar>(x: T) -> f64 {
    x.re().to_f64().hypot(x.im().to_f64())
}

struct Out<T: Scalar> {
    ns: usize,
    s: Vec<f64>,
    u: Vec<T>,
    vt: Vec<T>,
}

/// Runs gesvdx on a copy of `a` (m x n, ld `lda`); U is m x k (ld m + 2),
/// VT k x n (ld k + 1).
fn run<T: Scalar>(range: EigRange<T::Real>, a: &[T], m: usize, n: usize, lda: usize, vectors: bool) -> Out<T> {
    let k = m.min(n);
    let mut a = a.to_vec();
    let (ldu, ldvt) = (m + 2, k + 1);
    let mut u = vec![T::zero(); ldu * k.max(1)];
    let mut vt = vec![T::zero(); ldvt * n.max(1)];
    let mut s = vec![T::Real::zero(); k];
    let job = if vectors { Jobz::Vectors } else { Jobz::NoVectors };
    let mut buf = WorkBuffer::new(gesvdx_req::<T>(m, n));
    let (ns, r) = gesvdx::<T>(
        job,
        job,
        range,
        MatMut::from_col_major(&mut a, m, n, lda),
        &mut s,
        MatMut::from_col_major(&mut u, m, k, ldu),
        MatMut::from_col_major(&mut vt, k, n, ldvt),
        Par::Seq,
        buf.workspace(),
    );
    r.unwrap();
    let uu = (0..ns).flat_map(|c| (0..m).map(move |i| (i, c))).map(|(i, c)| u[i + c * ldu]).collect();
    let vv = (0..n).flat_map(|j| (0..ns).map(move |c| (c, j))).map(|(c, j)| vt[c + j * ldvt]).collect();
    Out { ns, s: s[..ns].iter().map(|x| x.to_f64()).collect(), u: uu, vt: vv }
}

/// `max_i |A v_i - s_i u_i|` and the orthogonality of the returned vectors.
fn check_triplets<T: Scalar>(a: &[T], m: usize, n: usize, lda: usize, o: &Out<T>, tol: f64) {
    let ns = o.ns;
    for c in 0..ns {
        for i in 0..m {
            // (A v)_i with v_c = conj(VT row c).
            let mut av = T::zero();
            for j in 0..n {
                av += a[i + j * lda] * o.vt[c + j * ns].conj();
            }
            let r = av - o.u[i + c * m].scale_real(T::Real::from_f64(o.s[c]));
            assert!(abs(r) <= tol, "{m}x{n}: A v - s u at ({i},{c}) = {}", abs(r));
        }
        for c2 in 0..=c {
            let want = if c == c2 { 1.0 } else { 0.0 };
            let mut uu = T::zero();
            for i in 0..m {
                uu += o.u[i + c2 * m].conj() * o.u[i + c * m];
            }
            let mut vv = T::zero();
            for j in 0..n {
                vv += o.vt[c2 + j * ns] * o.vt[c + j * ns].conj();
            }
            assert!(abs(uu - T::from_real(T::Real::from_f64(want))) <= tol, "{m}x{n}: U^H U ({c},{c2})");
            assert!(abs(vv - T::from_real(T::Real::from_f64(want))) <= tol, "{m}x{n}: V^H V ({c},{c2})");
        }
    }
}

fn shapes<T: Scalar>() {
    let eps = T::Real::EPSILON.to_f64();
    let mut rng = Rng(3);
    for (m, n) in [(0, 3), (3, 0), (1, 1), (2, 2), (3, 2), (2, 3), (5, 5), (9, 7), (7, 9), (17, 4), (4, 17), (30, 3)] {
        let lda = m + 1;
        let a: Vec<T> = (0..lda * n).map(|_| rng.scalar::<T>()).collect();
        let k = m.min(n);
        let tol = 30.0 * (m.max(n).max(1) as f64) * eps * (m.max(n).max(1) as f64).sqrt();
        let full = run::<T>(EigRange::All, &a, m, n, lda, true);
        assert_eq!(full.ns, k);
        let vals = run::<T>(EigRange::All, &a, m, n, lda, false);
        for i in 0..k {
            assert!((vals.s[i] - full.s[i]).abs() <= tol, "{m}x{n}: values only vs with vectors");
        }
        // |A - U S V^H| through the triplets and completeness of the count.
        check_triplets(&a, m, n, lda, &full, tol);
        if k == 0 {
            continue;
        }
        // Reconstruction.
        for i in 0..m {
            for j in 0..n {
                let mut x = T::zero();
                for c in 0..k {
                    x += o_us(&full, i, c, m) * full.vt[c + j * k];
                }
                assert!(abs(x - a[i + j * lda]) <= tol, "{m}x{n}: A - U S V^H at ({i},{j})");
            }
        }
        for (il, iu) in [(0, 0), (k / 2, k - 1), (k - 1, k - 1)] {
            let o = run::<T>(EigRange::Indices(il, iu), &a, m, n, lda, true);
            assert_eq!(o.ns, iu - il + 1, "{m}x{n}: ns for I");
            for c in 0..o.ns {
                assert!((o.s[c] - full.s[il + c]).abs() <= tol, "{m}x{n}: s for I");
            }
            check_triplets(&a, m, n, lda, &o, tol);
        }
        if k >= 3 && full.s.windows(2).all(|w| w[0] - w[1] > 1e-2) {
            let (vl, vu) = ((full.s[2] + full.s[1]) / 2.0, (full.s[0] + full.s[1]) / 2.0);
            let o = run::<T>(EigRange::Values(T::Real::from_f64(vl), T::Real::from_f64(vu)), &a, m, n, lda, true);
            assert_eq!(o.ns, 1, "{m}x{n}: ns for V");
            assert!((o.s[0] - full.s[1]).abs() <= tol);
            check_triplets(&a, m, n, lda, &o, tol);
        }
    }
}

fn o_us<T: Scalar>(o: &Out<T>, i: usize, c: usize, m: usize) -> T {
    o.u[i + c * m].scale_real(T::Real::from_f64(o.s[c]))
}

mod residual {
    use super::*;

    #[test]
    fn gesvdx_shapes_ranges_f64() {
        shapes::<f64>();
    }

    #[test]
    fn gesvdx_shapes_ranges_f32() {
        shapes::<f32>();
    }

    #[test]
    fn gesvdx_shapes_ranges_c64() {
        shapes::<c64>();
    }

    #[test]
    fn gesvdx_shapes_ranges_c32() {
        shapes::<c32>();
    }

    #[test]
    fn gesvdx_zero_and_tiny_matrices() {
        // A zero matrix: all singular values 0, still orthonormal vectors.
        let a = vec![0.0f64; 12];
        let o = run::<f64>(EigRange::All, &a, 4, 3, 4, true);
        assert_eq!(o.ns, 3);
        assert!(o.s.iter().all(|&x| x == 0.0));
        check_triplets(&a, 4, 3, 4, &o, 1e-12);
        // A tiny one is scaled and scaled back.
        let mut rng = Rng(5);
        let a: Vec<f64> = (0..12).map(|_| rng.real() * 1e-300).collect();
        let o = run::<f64>(EigRange::All, &a, 3, 4, 3, false);
        assert!(o.s[0] > 1e-301 && o.s[0] < 1e-299);
    }
}
