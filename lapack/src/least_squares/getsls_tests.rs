//! `?getsls` against `?gels` on the same problems: every shape and
//! transposition, TSQR/SWLQ walks, the minimal workspace, zero and singular A.

use super::*;
use crate::condition::testutil::{cabs, Rng, TestScalar};
use crate::least_squares::{gels, gels_req};
use ferroblas_kernels::{c32, c64};
use ferroblas_relapack::WorkBuffer;

#[allow(clippy::too_many_arguments)]
fn case<T: TestScalar>(
    trans: Trans,
    m: usize,
    n: usize,
    nrhs: usize,
    mb: usize,
    nb: usize,
    small: bool,
    rng: &mut Rng,
) {
    let (lda, ldb) = (m + 1, m.max(n) + 2);
    let a0: Vec<T> = (0..lda * n.max(1)).map(|_| rng.scalar()).collect();
    let b0: Vec<T> = (0..ldb * nrhs.max(1)).map(|_| rng.scalar()).collect();
    let (mut a1, mut b1) = (a0.clone(), b0.clone());
    let mut w = WorkBuffer::new(gels_req::<T>(m, n, nrhs));
    gels(
        trans,
        MatMut::from_col_major(&mut a1, m, n, lda),
        MatMut::from_col_major(&mut b1, m.max(n), nrhs, ldb),
        Par::Seq,
        w.workspace(),
    )
    .unwrap();
    let (mut a2, mut b2) = (a0.clone(), b0.clone());
    let req = if small { getsls_req_min::<T>(m, n, nrhs) } else { getsls_req::<T>(m, n, nrhs, mb, nb) };
    let mut w = WorkBuffer::new(req);
    getsls(
        trans,
        MatMut::from_col_major(&mut a2, m, n, lda),
        MatMut::from_col_major(&mut b2, m.max(n), nrhs, ldb),
        mb,
        nb,
        Par::Seq,
        w.workspace(),
    )
    .unwrap();
    let eps = if std::mem::size_of::<T::Real>() == 4 { f32::EPSILON as f64 } else { f64::EPSILON };
    let tol = 1e3 * eps * (m + n + 1) as f64;
    for j in 0..nrhs {
        // Rows past the solution hold the residual's components in an
        // orthogonal basis that depends on the factorization: compare the
        // solution rows and the residual's norm.
        let xrows = if trans == Trans::No { n } else { m };
        for i in 0..xrows {
            let (x, y) = (b1[i + j * ldb].to_c64(), b2[i + j * ldb].to_c64());
            assert!(cabs(x - y) <= tol * (1.0 + cabs(x)), "getsls {trans:?} m={m} n={n} mb={mb} nb={nb} small={small}");
        }
        let rows = m.max(n);
        let tail = |b: &[T]| (xrows..rows).map(|i| cabs(b[i + j * ldb].to_c64()).powi(2)).sum::<f64>().sqrt();
        assert!((tail(&b1) - tail(&b2)).abs() <= tol * (1.0 + tail(&b1)), "getsls residual {trans:?} m={m} n={n}");
    }
}

fn all<T: TestScalar>() {
    let mut rng = Rng::new(77);
    let tr = if T::IS_COMPLEX { Trans::ConjTrans } else { Trans::Trans };
    for trans in [Trans::No, tr] {
        for (m, n) in [(0, 0), (1, 1), (3, 2), (2, 3), (5, 5), (9, 2), (2, 9), (11, 3), (3, 11)] {
            for nrhs in [0, 1, 3] {
                for (mb, nb) in [(4, 2), (5, 1), (64, 64)] {
                    for small in [false, true] {
                        // The TSQR walk needs mb > n (rows), the SWLQ nb > m.
                        let (mb, nb) = if m >= n { (mb.max(n + 1), nb) } else { (mb, nb.max(m + 1)) };
                        case::<T>(trans, m, n, nrhs, mb, nb, small, &mut rng);
                    }
                }
            }
        }
    }
    // Zero A: a zero solution; a zero column: INFO.
    let (m, n) = (4, 3);
    let mut a = vec![T::zero(); m * n];
    let mut b = vec![T::one(); m * 2];
    let mut w = WorkBuffer::new(getsls_req_min::<T>(m, n, 2));
    let ws = w.workspace();
    getsls(
        Trans::No,
        MatMut::from_col_major(&mut a, m, n, m),
        MatMut::from_col_major(&mut b, m, 2, m),
        4,
        1,
        Par::Seq,
        ws,
    )
    .unwrap();
    assert!(b.iter().all(|x| x.is_zero()));
    let mut a: Vec<T> = (0..m * n).map(|_| rng.scalar()).collect();
    for i in 0..m {
        a[i + m] = T::zero();
    }
    let mut b = vec![T::one(); m * 2];
    let r = getsls(
        Trans::No,
        MatMut::from_col_major(&mut a, m, n, m),
        MatMut::from_col_major(&mut b, m, 2, m),
        4,
        1,
        Par::Seq,
        w.workspace(),
    );
    assert_eq!(r, Err(Info::new(2)));
}

mod residual {
    use super::*;

    #[test]
    fn getsls_f32() {
        all::<f32>();
    }
    #[test]
    fn getsls_f64() {
        all::<f64>();
    }
    #[test]
    fn getsls_c32() {
        all::<c32>();
    }
    #[test]
    fn getsls_c64() {
        all::<c64>();
    }
}
