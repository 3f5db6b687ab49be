//! Tests of `bdsvdx`: values against `bdsqr`, `B v = s u` and orthogonality
//! of both halves, every range, both triangles, split matrices.

use super::*;
use crate::sym_eigen::bisection::EigRange;
use crate::sym_eigen::drivers::Jobz;
use crate::WorkBuffer;
use ferroblas_kernels::scalar::RealScalar;
use ferroblas_kernels::{MatMut, Uplo};

struct Rng(u64);

impl Rng {
    fn real(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 11) as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
    }
}

/// bdsqr's singular values (descending), the oracle.
fn reference_values<R: RealScalar>(uplo: Uplo, d: &[R], e: &[R]) -> Vec<f64> {
    let n = d.len();
    let (mut d, mut e) = (d.to_vec(), e.to_vec());
    e.resize(n.max(1), R::zero());
    let mut buf = WorkBuffer::new(bdsqr_req::<R>(n));
    let vt = MatMut::<R>::from_col_major(&mut [], n, 0, n.max(1));
    let u = MatMut::<R>::from_col_major(&mut [], 0, n, 1);
    bdsqr::<R>(uplo, &mut d, &mut e, vt, u, MatMut::from_col_major(&mut [], n, 0, n.max(1)), buf.workspace()).unwrap();
    d.iter().map(|x| x.to_f64()).collect()
}

/// Runs bdsvdx; returns (s, z) with z 2n x ns column-major (ld 2n + 1).
fn run<R: RealScalar>(uplo: Uplo, jobz: Jobz, range: EigRange<R>, d: &[R], e: &[R]) -> (Vec<f64>, Vec<f64>, usize) {
    let n = d.len();
    let ld = 2 * n + 1;
    let mut z = vec![R::from_f64(f64::NAN); ld * (n + 1)];
    let mut s = vec![R::zero(); n];
    let mut buf = WorkBuffer::new(bdsvdx_req::<R>(n));
    let zm = if jobz == Jobz::Vectors {
        MatMut::from_col_major(&mut z, 2 * n, n + 1, ld)
    } else {
        MatMut::from_col_major(&mut [], 0, 0, 1)
    };
    let (ns, r) = bdsvdx::<R>(uplo, jobz, range, d, e, &mut s, zm, buf.workspace());
    r.unwrap();
    let mut zz = vec![0.0; 2 * n * ns];
    if jobz == Jobz::Vectors {
        for c in 0..ns {
            for i in 0..2 * n {
                zz[i + c * 2 * n] = z[i + c * ld].to_f64();
            }
        }
    }
    (s[..ns].iter().map(|x| x.to_f64()).collect(), zz, ns)
}

/// Checks values against `want` and, with vectors, `B v = s u` and the
/// orthonormality of U and V.
#[allow(clippy::needless_range_loop)]
fn check<R: RealScalar>(uplo: Uplo, range: EigRange<R>, d: &[R], e: &[R], want: &[f64]) {
    let n = d.len();
    let eps = R::EPSILON.to_f64();
    let bnorm = d.iter().chain(e.iter()).fold(0.0f64, |a, x| a.max(x.to_f64().abs())).max(f64::MIN_POSITIVE);
    let tol = 8.0 * (n.max(1) as f64) * eps * bnorm;
    let (s0, _, ns0) = run::<R>(uplo, Jobz::NoVectors, range, d, e);
    let (s, z, ns) = run::<R>(uplo, Jobz::Vectors, range, d, e);
    assert_eq!(ns, want.len(), "n={n} {uplo:?} {range:?}: ns");
    assert_eq!(ns0, ns);
    for i in 0..ns {
        assert!((s[i] - want[i]).abs() <= tol, "n={n} s[{i}] = {} vs {}", s[i], want[i]);
        assert!((s0[i] - want[i]).abs() <= tol, "n={n} (no vectors) s[{i}]");
        if i > 0 {
            assert!(s[i] <= s[i - 1]);
        }
    }
    let col = |c: usize| &z[c * 2 * n..(c + 1) * 2 * n];
    for c in 0..ns {
        let (u, v) = col(c).split_at(n);
        for i in 0..n {
            let mut bv = d[i].to_f64() * v[i];
            match uplo {
                Uplo::Upper if i + 1 < n => bv += e[i].to_f64() * v[i + 1],
                Uplo::Lower if i > 0 => bv += e[i - 1].to_f64() * v[i - 1],
                _ => {}
            }
            assert!(
                (bv - s[c] * u[i]).abs() <= 4.0 * tol,
                "n={n} {uplo:?} B v != s u, col {c} row {i}: {bv} {}",
                s[c] * u[i]
            );
        }
        for c2 in 0..=c {
            let (u2, v2) = col(c2).split_at(n);
            let want = if c == c2 { 1.0 } else { 0.0 };
            let uu: f64 = (0..n).map(|i| u[i] * u2[i]).sum();
            let vv: f64 = (0..n).map(|i| v[i] * v2[i]).sum();
            let otol = 50.0 * n as f64 * eps;
            assert!((uu - want).abs() <= otol, "n={n} U^T U ({c},{c2}) = {uu}");
            assert!((vv - want).abs() <= otol, "n={n} V^T V ({c},{c2}) = {vv}");
        }
    }
}

/// Every range for one matrix: all, an index window, a value window
/// between neighbouring singular values.
fn all_ranges<R: RealScalar>(uplo: Uplo, d: &[R], e: &[R]) {
    let n = d.len();
    let sv = reference_values(uplo, d, e);
    check::<R>(uplo, EigRange::All, d, e, &sv);
    if n == 0 {
        return;
    }
    for (il, iu) in [(0, 0), (0, n - 1), (n / 3, n / 2), (n - 1, n - 1)] {
        check::<R>(uplo, EigRange::Indices(il, iu), d, e, &sv[il..=iu]);
    }
    // [vl, vu) with ends half way between distinct values.
    let (lo, hi) = (n / 2, (n / 4).min(n / 2));
    let vu = if hi == 0 { sv[0] * 2.0 + 1.0 } else { (sv[hi] + sv[hi - 1]) / 2.0 };
    let vl = if lo + 1 >= n { 0.0 } else { (sv[lo] + sv[lo + 1]) / 2.0 };
    if vu > vl && sv.windows(2).all(|w| w[0] - w[1] > 1e-3) {
        let want: Vec<f64> = sv.iter().copied().filter(|&x| x >= vl && x < vu).collect();
        check::<R>(uplo, EigRange::Values(R::from_f64(vl), R::from_f64(vu)), d, e, &want);
    }
}

fn random<R: RealScalar>(rng: &mut Rng, n: usize) -> (Vec<R>, Vec<R>) {
    let d = (0..n).map(|_| R::from_f64(rng.real())).collect();
    let e = (0..n.saturating_sub(1)).map(|_| R::from_f64(rng.real())).collect();
    (d, e)
}

fn random_all<R: RealScalar>() {
    let mut rng = Rng(7);
    for n in [0, 1, 2, 3, 5, 17] {
        for uplo in [Uplo::Upper, Uplo::Lower] {
            let (d, e) = random::<R>(&mut rng, n);
            all_ranges(uplo, &d, &e);
        }
    }
}

fn splits<R: RealScalar>() {
    let mut rng = Rng(11);
    let n = 9;
    // Zero e's (square blocks), zero d's at the top, inside and bottom
    // (rectangular pieces), and their mixtures.
    let cases: [(&[usize], &[usize]); 7] = [
        (&[], &[3]),
        (&[], &[0, 5]),
        (&[0], &[]),
        (&[4], &[]),
        (&[n - 1], &[]),
        (&[2], &[5]),
        (&[0, 4, n - 1], &[2, 6]),
    ];
    for (zd, ze) in cases {
        for uplo in [Uplo::Upper, Uplo::Lower] {
            let (mut d, mut e) = random::<R>(&mut rng, n);
            zd.iter().for_each(|&i| d[i] = R::zero());
            ze.iter().for_each(|&i| e[i] = R::zero());
            let sv = reference_values(uplo, &d, &e);
            check::<R>(uplo, EigRange::All, &d, &e, &sv);
            check::<R>(uplo, EigRange::Indices(1, 4), &d, &e, &sv[1..=4]);
        }
    }
    // Graded and identity-like.
    let d: Vec<R> = (0..6).map(|i| R::from_f64(10f64.powi(-i))).collect();
    let e: Vec<R> = (0..5).map(|i| R::from_f64(0.5 * 10f64.powi(-i))).collect();
    let sv = reference_values(Uplo::Upper, &d, &e);
    check::<R>(Uplo::Upper, EigRange::All, &d, &e, &sv);
}

mod residual {
    use super::*;

    #[test]
    fn bdsvdx_random_every_range_f64() {
        random_all::<f64>();
    }

    #[test]
    fn bdsvdx_random_every_range_f32() {
        random_all::<f32>();
    }

    #[test]
    fn bdsvdx_split_matrices() {
        splits::<f64>();
        splits::<f32>();
    }

    #[test]
    fn bdsvdx_nan_ends() {
        let d = [1.0, f64::NAN, 2.0, 0.5];
        let e = [0.3, 0.2, f64::INFINITY];
        let mut s = [0.0; 4];
        let mut z = vec![0.0; 8 * 5];
        let mut buf = WorkBuffer::new(bdsvdx_req::<f64>(4));
        let _ = bdsvdx::<f64>(
            Uplo::Upper,
            Jobz::Vectors,
            EigRange::All,
            &d,
            &e,
            &mut s,
            MatMut::from_col_major(&mut z, 8, 5, 8),
            buf.workspace(),
        );
    }
}
