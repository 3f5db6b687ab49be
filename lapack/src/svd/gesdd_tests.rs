//! Tests of `gesdd`: `|A - U S VT| / (|A| max(m, n) eps)` and the
//! orthogonality of `U` and `VT` for every JOBZ, tall (including the
//! QR-first path), wide (LQ-first), square and tiny shapes, in all four
//! precisions, with leading dimensions larger than the row counts; the
//! singular values agree across JOBZ values.

use super::*;
use crate::{Par, WorkBuffer};
use ferroblas_kernels::scalar::{c32, c64, RealScalar, Scalar};
use ferroblas_kernels::MatMut;

struct Rng(u64);

impl Rng {
    fn real(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 11) as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
    }
}

fn mag<T: Scalar>(x: T) -> f64 {
    x.re().to_f64().hypot(x.im().to_f64())
}

/// Columns of `q` (`r x c`, ld `ld`) orthonormal: `max |Q^H Q - I|`.
fn orth_cols<T: Scalar>(q: &[T], r: usize, c: usize, ld: usize) -> f64 {
    let mut worst = 0.0f64;
    for i in 0..c {
        for j in 0..c {
            let mut x = if i == j { T::from_real(T::Real::from_f64(-1.0)) } else { T::zero() };
            for k in 0..r {
                x += q[k + i * ld].conj() * q[k + j * ld];
            }
            worst = worst.max(mag(x));
        }
    }
    worst
}

fn run<T: Scalar>(job: GesddJob, m: usize, n: usize, rng: &mut Rng) -> Vec<f64> {
    let k = m.min(n);
    let lda = m + 1;
    let a0: Vec<T> = (0..lda * n)
        .map(|_| {
            T::from_parts(
                T::Real::from_f64(rng.real()),
                T::Real::from_f64(if T::IS_COMPLEX { rng.real() } else { 0.0 }),
            )
        })
        .collect();
    let mut a = a0.clone();
    let (ur, uc) = match job {
        GesddJob::All => (m, m),
        GesddJob::Some => (m, k),
        GesddJob::Overwrite if m < n => (m, m),
        _ => (0, 0),
    };
    let (vr, vc) = match job {
        GesddJob::All => (n, n),
        GesddJob::Some => (k, n),
        GesddJob::Overwrite if m >= n => (n, n),
        _ => (0, 0),
    };
    let (ldu, ldvt) = (ur + 2, vr + 1);
    let mut u = vec![T::zero(); ldu * uc.max(1)];
    let mut vt = vec![T::zero(); ldvt * vc.max(1)];
    let mut s = vec![T::Real::zero(); k];
    let mut buf = WorkBuffer::new(gesdd_req::<T>(job, m, n));
    gesdd(
        job,
        MatMut::from_col_major(&mut a, m, n, lda),
        &mut s,
        MatMut::from_col_major(&mut u, ur, uc, ldu),
        MatMut::from_col_major(&mut vt, vr, vc, ldvt),
        Par::Seq,
        buf.workspace(),
        WorkBuffer::new(gesdd_rwork_req::<T>(job, m, n)).workspace(),
        WorkBuffer::new(gesdd_iwork_req(job, m, n)).workspace(),
    )
    .unwrap();
    for i in 1..k {
        assert!(s[i - 1] >= s[i] && s[i] >= T::Real::zero(), "{job:?} {m}x{n}: not sorted");
    }
    if job == GesddJob::None || k == 0 {
        return s.iter().map(|x| x.to_f64()).collect();
    }
    // The k leading vectors, wherever they were put.
    let (uv, ldu_k): (&[T], usize) = if job == GesddJob::Overwrite && m >= n { (&a, lda) } else { (&u, ldu) };
    let (vv, ldv_k): (&[T], usize) = if job == GesddJob::Overwrite && m < n { (&a, lda) } else { (&vt, ldvt) };
    let eps = T::Real::EPSILON.to_f64();
    let anorm = a0.iter().fold(0.0f64, |x, y| x.max(mag(*y))).max(1e-300);
    let mut res = 0.0f64;
    for i in 0..m {
        for j in 0..n {
            let mut x = a0[i + j * lda];
            for l in 0..k {
                x -= uv[i + l * ldu_k] * vv[l + j * ldv_k].scale_real(s[l]);
            }
            res = res.max(mag(x));
        }
    }
    let res = res / (anorm * m.max(n) as f64 * eps);
    assert!(res < 50.0, "{job:?} {m}x{n}: residual {res}");
    let (ucols, urows) = if job == GesddJob::All { (m, m) } else { (k, m) };
    let ou = orth_cols(uv, urows, ucols, ldu_k) / (m.max(1) as f64 * eps);
    // Rows of VT orthonormal: columns of its transpose.
    let vrows = if job == GesddJob::All { n } else { k };
    let vtt: Vec<T> = (0..n * vrows).map(|idx| vv[idx / n + (idx % n) * ldv_k].conj()).collect();
    let ov = orth_cols(&vtt, n, vrows, n) / (n.max(1) as f64 * eps);
    assert!(ou < 50.0 && ov < 50.0, "{job:?} {m}x{n}: orthogonality {ou} {ov}");
    s.iter().map(|x| x.to_f64()).collect()
}

fn all<T: Scalar>() {
    let mut rng = Rng(3);
    let shapes = [
        (0, 0),
        (1, 1),
        (3, 0),
        (0, 2),
        (1, 4),
        (4, 1),
        (3, 3),
        (2, 3),
        (7, 5),
        (5, 7),
        (30, 8),
        (8, 30),
        (27, 27),
        (60, 40),
        (40, 90),
    ];
    for &(m, n) in &shapes {
        let mut values = Vec::new();
        for job in [GesddJob::None, GesddJob::Some, GesddJob::All, GesddJob::Overwrite] {
            let mut r = Rng(rng.0);
            values.push(run::<T>(job, m, n, &mut r));
        }
        let _ = rng.real();
        let eps = T::Real::EPSILON.to_f64();
        for v in &values[1..] {
            for (x, y) in v.iter().zip(&values[0]) {
                assert!(
                    (x - y).abs() <= 50.0 * eps * values[0][0] * m.max(n) as f64,
                    "{m}x{n}: values differ by JOBZ: {x} {y}"
                );
            }
        }
    }
}

mod residual {
    use super::*;

    #[test]
    fn gesdd_f32() {
        all::<f32>();
    }

    #[test]
    fn gesdd_f64() {
        all::<f64>();
    }

    #[test]
    fn gesdd_c32() {
        all::<c32>();
    }

    #[test]
    fn gesdd_c64() {
        all::<c64>();
    }
}
