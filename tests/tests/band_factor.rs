//! Residual tests of the band factorizations and their solvers, in every
//! precision: `|A - P L U|` (the band LU's interchanges and eliminations
//! replayed on `U`), `|A - U^H U|` / `|A - L L^H|`, `|op(A) X - B|`, each
//! over `n eps |A|`, against plain loops written here. Sizes 0 to 3, 17, 64,
//! 100, 257, every band width in {0, 1, 2, 5, n - 1}, rectangular LU,
//! column-by-column and blocked paths (a block of 3 forces many block edges),
//! singular and indefinite matrices (INFO), storage outside the matrix and
//! padding rows untouched, and the same bits at any thread count.

use ferroblas::lapack::{band, Info, Par, WorkBuffer};
use ferroblas::{c32, c64, MatMut, MatRef, RealScalar, Scalar, Trans, Uplo};

/// A deterministic generator of values in [-1, 1).
struct Rng(u64);

impl Rng {
    fn real(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 11) as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
    }
    fn scalar<T: Scalar>(&mut self) -> T {
        let re = <T::Real as RealScalar>::from_f64(self.real());
        let im = <T::Real as RealScalar>::from_f64(self.real());
        T::from_parts(re, im)
    }
}

fn eps<T: Scalar>() -> f64 {
    if std::mem::size_of::<T::Real>() == 4 {
        1.2e-7
    } else {
        2.3e-16
    }
}

fn abs<T: Scalar>(x: T) -> f64 {
    x.re().to_f64().hypot(x.im().to_f64())
}

fn maxabs<T: Scalar>(a: &[T]) -> f64 {
    a.iter().map(|&x| abs(x)).fold(0.0, f64::max)
}

fn same<T: Scalar>(x: T, y: T) -> bool {
    x == y || (x.re().is_nan() || x.im().is_nan()) && (y.re().is_nan() || y.im().is_nan())
}

const SIZES: &[usize] = &[0, 1, 2, 3, 17, 64, 100, 257];

/// The band widths tested with `n` columns: {0, 1, 2, 5, n - 1}, once each.
fn widths(n: usize) -> Vec<usize> {
    let mut w = vec![0, 1, 2, 5, n.saturating_sub(1)];
    w.sort_unstable();
    w.dedup();
    w
}

/// A random `m x n` band matrix (column-major, ld = m; diagonal at least 1) and its band storage
/// with the fill-in rows (`ldab = 2 kl + ku + 1 + 2`, the rest random).
fn gb_matrix<T: Scalar>(m: usize, n: usize, kl: usize, ku: usize, rng: &mut Rng) -> (Vec<T>, Vec<T>, usize) {
    let kv = kl + ku;
    let ldab = 2 * kl + ku + 3;
    let mut ab: Vec<T> = (0..ldab * n).map(|_| rng.scalar()).collect();
    let mut a = vec![T::zero(); m * n];
    for j in 0..n {
        for i in j.saturating_sub(ku)..m.min(j + kl + 1) {
            // Diagonal elements at least 1 in magnitude: random band
            // matrices with small diagonals (triangular ones above all) are
            // so ill-conditioned that a pivot can round to exactly zero.
            let v: T = rng.scalar();
            let v =
                if i == j { v + T::from_real(<T::Real as RealScalar>::from_f64(v.re().to_f64().signum())) } else { v };
            a[i + j * m] = v;
            ab[kv + i - j + j * ldab] = v;
        }
    }
    (a, ab, ldab)
}

/// Is row `r` of column `j` of the band array an element of the `m`-row
/// matrix (`A(j + r - kv, j)` with `r <= 2 kl + ku`)?
fn in_matrix(r: usize, j: usize, m: usize, kv: usize, rows: usize) -> bool {
    r < rows && j + r >= kv && j + r - kv < m
}

/// `|A - P L U|` over `max(m, n) eps |A|`, the factors replayed as LAPACK
/// stores them: `A = P_0 L_0 P_1 L_1 ... U`.
#[allow(clippy::too_many_arguments)]
fn gb_residual<T: Scalar>(
    a: &[T],
    ab: &[T],
    ldab: usize,
    ipiv: &[usize],
    m: usize,
    n: usize,
    kl: usize,
    ku: usize,
) -> f64 {
    let kv = kl + ku;
    let k = m.min(n);
    let mut x = vec![T::zero(); m * n];
    for j in 0..n {
        for i in j.saturating_sub(kv)..k.min(j + 1) {
            x[i + j * m] = ab[kv + i - j + j * ldab];
        }
    }
    for j in (0..k).rev() {
        let km = kl.min(m - 1 - j);
        for c in 0..n {
            let t = x[j + c * m];
            for s in 1..=km {
                x[j + s + c * m] += ab[kv + s + j * ldab] * t;
            }
        }
        let p = ipiv[j];
        assert!(p >= j && p <= j + kl && p < m, "pivot {p} at {j} out of range");
        for c in 0..n {
            x.swap(j + c * m, p + c * m);
        }
    }
    let err = a.iter().zip(&x).map(|(&u, &v)| abs(u - v)).fold(0.0, f64::max);
    err / ((m.max(n).max(1) as f64) * eps::<T>() * maxabs(a).max(1e-300))
}

fn check_gbtrf<T: Scalar>(m: usize, n: usize, kl: usize, ku: usize, block: Option<usize>, seed: u64) {
    let mut rng = Rng(seed);
    let (a, mut ab, ldab) = gb_matrix::<T>(m, n, kl, ku, &mut rng);
    let ab0 = ab.clone();
    let rows = 2 * kl + ku + 1;
    let mut ipiv = vec![usize::MAX; m.min(n)];
    let view = MatMut::from_col_major(&mut ab, rows, n, ldab);
    let r = match block {
        None => band::gbtrf(
            m,
            kl,
            ku,
            view,
            &mut ipiv,
            Par::Seq,
            WorkBuffer::new(band::gbtrf_req::<T>(m, n, kl)).workspace(),
        ),
        Some(b) => {
            let mut buf = WorkBuffer::new(band::gbtrf_with_req::<T>(m, n, kl, b));
            band::gbtrf_with(m, kl, ku, view, &mut ipiv, Par::Seq, buf.workspace(), b)
        }
    };
    let what = format!("gbtrf m={m} n={n} kl={kl} ku={ku} block={block:?}");
    assert_eq!(r, Ok(()), "{what}");
    for j in 0..n {
        for r in 0..ldab {
            if !in_matrix(r, j, m, kl + ku, rows) {
                assert!(same(ab[r + j * ldab], ab0[r + j * ldab]), "{what}: wrote row {r} of column {j}");
            }
        }
    }
    let ratio = gb_residual(&a, &ab, ldab, &ipiv, m, n, kl, ku);
    assert!(ratio <= 30.0, "{what}: |A - PLU| ratio {ratio}");
}

fn gbtrf_all<T: Scalar>() {
    let mut seed = 1;
    for &n in SIZES {
        for kl in widths(n) {
            for ku in widths(n) {
                seed += 1;
                check_gbtrf::<T>(n, n, kl, ku, None, seed);
                if n <= 100 {
                    check_gbtrf::<T>(n, n, kl, ku, Some(1), seed);
                    check_gbtrf::<T>(n, n, kl, ku, Some(3), seed);
                }
                if n <= 64 {
                    for (m, nn) in [(n + 5, n), (n, n + 5), (n / 2, n)] {
                        check_gbtrf::<T>(m, nn, kl, ku, None, seed);
                        check_gbtrf::<T>(m, nn, kl, ku, Some(3), seed);
                        check_gbtrf::<T>(m, nn, kl, ku, Some(1), seed);
                    }
                }
            }
        }
    }
}

#[test]
fn gbtrf_residual_s() {
    gbtrf_all::<f32>();
}
#[test]
fn gbtrf_residual_d() {
    gbtrf_all::<f64>();
}
#[test]
fn gbtrf_residual_c() {
    gbtrf_all::<c32>();
}
#[test]
fn gbtrf_residual_z() {
    gbtrf_all::<c64>();
}

/// `op(A)` of an `n x n` column-major matrix.
fn op_dense<T: Scalar>(trans: Trans, a: &[T], n: usize) -> Vec<T> {
    let mut o = a.to_vec();
    if trans != Trans::No {
        for j in 0..n {
            for i in 0..n {
                let v = a[j + i * n];
                o[i + j * n] = if trans == Trans::ConjTrans { v.conj() } else { v };
            }
        }
    }
    o
}

/// `|A X - B|` over `n eps |A| |X| n`.
fn solution_ratio<T: Scalar>(a: &[T], x: &[T], b: &[T], n: usize, nrhs: usize) -> f64 {
    let mut err: f64 = 0.0;
    for r in 0..nrhs {
        for i in 0..n {
            let mut s = T::zero();
            for j in 0..n {
                s += a[i + j * n] * x[j + r * n];
            }
            err = err.max(abs(s - b[i + r * n]));
        }
    }
    let scale = maxabs(a) * maxabs(x) * n as f64;
    err / ((n.max(1) as f64) * eps::<T>() * scale.max(1.0))
}

fn gb_solve_all<T: Scalar>() {
    let nrhs = 3;
    let mut seed = 100;
    for &n in SIZES {
        for kl in widths(n) {
            for ku in widths(n) {
                seed += 1;
                let mut rng = Rng(seed);
                let (a, ab0, ldab) = gb_matrix::<T>(n, n, kl, ku, &mut rng);
                let b: Vec<T> = (0..n * nrhs).map(|_| rng.scalar()).collect();
                let rows = 2 * kl + ku + 1;
                let mut ab = ab0.clone();
                let mut ipiv = vec![0usize; n];
                let mut buf = WorkBuffer::new(band::gbsv_req::<T>(n, kl));
                let mut x = b.clone();
                let r = band::gbsv(
                    kl,
                    ku,
                    MatMut::from_col_major(&mut ab, rows, n, ldab),
                    &mut ipiv,
                    MatMut::from_col_major(&mut x, n, nrhs, n.max(1)),
                    Par::Seq,
                    buf.workspace(),
                );
                assert_eq!(r, Ok(()), "gbsv n={n} kl={kl} ku={ku}");
                let ratio = solution_ratio(&a, &x, &b, n, nrhs);
                assert!(ratio <= 30.0, "gbsv n={n} kl={kl} ku={ku}: ratio {ratio}");
                for trans in [Trans::No, Trans::Trans, Trans::ConjTrans] {
                    let mut x = b.clone();
                    let lu = MatRef::from_col_major(&ab, rows, n, ldab);
                    band::gbtrs(trans, kl, ku, lu, &ipiv, MatMut::from_col_major(&mut x, n, nrhs, n.max(1)), Par::Seq);
                    let ratio = solution_ratio(&op_dense(trans, &a, n), &x, &b, n, nrhs);
                    assert!(ratio <= 30.0, "gbtrs {trans:?} n={n} kl={kl} ku={ku}: ratio {ratio}");
                }
            }
        }
    }
}

#[test]
fn gb_solve_s() {
    gb_solve_all::<f32>();
}
#[test]
fn gb_solve_d() {
    gb_solve_all::<f64>();
}
#[test]
fn gb_solve_c() {
    gb_solve_all::<c32>();
}
#[test]
fn gb_solve_z() {
    gb_solve_all::<c64>();
}

/// A zero column makes its pivot zero: INFO names it, the factorization is
/// still completed (its residual holds), and gbsv leaves B alone.
fn gb_singular<T: Scalar>() {
    for (n, kl, ku, c) in [
        (1usize, 0usize, 0usize, 0usize),
        (5, 0, 2, 3),
        (17, 2, 1, 9),
        (64, 20, 7, 40),
        (100, 99, 99, 63),
        (64, 30, 5, 63),
    ] {
        for block in [None, Some(1), Some(3)] {
            let mut rng = Rng(7 + c as u64);
            let (mut a, mut ab, ldab) = gb_matrix::<T>(n, n, kl, ku, &mut rng);
            let kv = kl + ku;
            for i in c.saturating_sub(ku)..n.min(c + kl + 1) {
                a[i + c * n] = T::zero();
                ab[kv + i - c + c * ldab] = T::zero();
            }
            let rows = 2 * kl + ku + 1;
            let mut ipiv = vec![0usize; n];
            let mut buf = WorkBuffer::new(band::gbtrf_with_req::<T>(n, n, kl, block.unwrap_or(32)));
            let view = MatMut::from_col_major(&mut ab, rows, n, ldab);
            let r = match block {
                None => band::gbtrf(n, kl, ku, view, &mut ipiv, Par::Seq, buf.workspace()),
                Some(b) => band::gbtrf_with(n, kl, ku, view, &mut ipiv, Par::Seq, buf.workspace(), b),
            };
            assert_eq!(r, Err(Info::from_index(c)), "singular n={n} kl={kl} ku={ku} block={block:?}");
            let ratio = gb_residual(&a, &ab, ldab, &ipiv, n, n, kl, ku);
            assert!(ratio <= 30.0, "singular n={n}: residual ratio {ratio}");
        }
        let mut rng = Rng(7 + c as u64);
        let (_, mut ab, ldab) = gb_matrix::<T>(n, n, kl, ku, &mut rng);
        for i in c.saturating_sub(ku)..n.min(c + kl + 1) {
            ab[kl + ku + i - c + c * ldab] = T::zero();
        }
        let b: Vec<T> = (0..n).map(|_| rng.scalar()).collect();
        let mut x = b.clone();
        let mut ipiv = vec![0usize; n];
        let mut buf = WorkBuffer::new(band::gbsv_req::<T>(n, kl));
        let view = MatMut::from_col_major(&mut ab, 2 * kl + ku + 1, n, ldab);
        let r = band::gbsv(kl, ku, view, &mut ipiv, MatMut::from_col_major(&mut x, n, 1, n), Par::Seq, buf.workspace());
        assert_eq!(r, Err(Info::from_index(c)));
        assert!(x.iter().zip(&b).all(|(p, q)| p == q), "gbsv wrote B of a singular system");
    }
}

#[test]
fn gbtrf_singular() {
    gb_singular::<f32>();
    gb_singular::<f64>();
    gb_singular::<c32>();
    gb_singular::<c64>();
}

/// A random Hermitian positive definite band matrix (dense, ld = n) and its
/// `uplo` band storage (`ldab = kd + 3`, the rest random).
fn pb_matrix<T: Scalar>(uplo: Uplo, n: usize, kd: usize, rng: &mut Rng) -> (Vec<T>, Vec<T>, usize) {
    let ldab = kd + 3;
    let mut ab: Vec<T> = (0..ldab * n).map(|_| rng.scalar()).collect();
    let mut a = vec![T::zero(); n * n];
    for j in 0..n {
        for i in j + 1..n.min(j + kd + 1) {
            let v: T = rng.scalar();
            a[i + j * n] = v;
            a[j + i * n] = v.conj();
        }
        // Diagonally dominant, with a non-zero imaginary part in storage
        // (ignored on input).
        let d = <T::Real as RealScalar>::from_f64(2.0 * kd as f64 + 1.0 + rng.real().abs());
        a[j + j * n] = T::from_real(d);
    }
    for j in 0..n {
        for i in 0..n {
            let stored = match uplo {
                Uplo::Upper => i <= j && j - i <= kd,
                Uplo::Lower => i >= j && i - j <= kd,
            };
            if stored {
                let r = if uplo == Uplo::Upper { kd + i - j } else { i - j };
                let v = a[i + j * n];
                ab[r + j * ldab] = if i == j { T::from_parts(v.re(), rng.scalar::<T>().im()) } else { v };
            }
        }
    }
    (a, ab, ldab)
}

/// Is row `r` of column `j` an element of the `uplo` triangle of the matrix?
fn pb_in_matrix(uplo: Uplo, r: usize, j: usize, n: usize, kd: usize) -> bool {
    match uplo {
        Uplo::Upper => r <= kd && j + r >= kd,
        Uplo::Lower => r <= kd && j + r < n,
    }
}

fn pb_residual<T: Scalar>(uplo: Uplo, a: &[T], ab: &[T], ldab: usize, n: usize, kd: usize) -> f64 {
    // The factor F (upper U or lower L), dense; A' = F^H F or F F^H.
    let mut f = vec![T::zero(); n * n];
    for j in 0..n {
        for i in 0..n {
            match uplo {
                Uplo::Upper if i <= j && j - i <= kd => f[i + j * n] = ab[kd + i - j + j * ldab],
                Uplo::Lower if i >= j && i - j <= kd => f[i + j * n] = ab[i - j + j * ldab],
                _ => {}
            }
        }
    }
    let mut err: f64 = 0.0;
    for j in 0..n {
        for i in 0..n {
            let mut s = T::zero();
            for k in 0..n {
                s += match uplo {
                    Uplo::Upper => f[k + i * n].conj() * f[k + j * n],
                    Uplo::Lower => f[i + k * n] * f[j + k * n].conj(),
                };
            }
            err = err.max(abs(s - a[i + j * n]));
        }
    }
    err / ((n.max(1) as f64) * eps::<T>() * maxabs(a).max(1e-300))
}

fn check_pbtrf<T: Scalar>(uplo: Uplo, n: usize, kd: usize, block: Option<usize>, seed: u64) {
    let mut rng = Rng(seed);
    let (a, mut ab, ldab) = pb_matrix::<T>(uplo, n, kd, &mut rng);
    let ab0 = ab.clone();
    let view = MatMut::from_col_major(&mut ab, kd + 1, n, ldab);
    let r = match block {
        None => band::pbtrf(uplo, kd, view, Par::Seq, WorkBuffer::new(band::pbtrf_req::<T>(n, kd)).workspace()),
        Some(b) => {
            let mut buf = WorkBuffer::new(band::pbtrf_with_req::<T>(n, kd, b));
            band::pbtrf_with(uplo, kd, view, Par::Seq, buf.workspace(), b)
        }
    };
    let what = format!("pbtrf {uplo:?} n={n} kd={kd} block={block:?}");
    assert_eq!(r, Ok(()), "{what}");
    for j in 0..n {
        for r in 0..ldab {
            if !pb_in_matrix(uplo, r, j, n, kd) {
                assert!(same(ab[r + j * ldab], ab0[r + j * ldab]), "{what}: wrote row {r} of column {j}");
            } else if r == (if uplo == Uplo::Upper { kd } else { 0 }) {
                assert!(ab[r + j * ldab].im() == <T::Real as Scalar>::zero(), "{what}: complex diagonal");
            }
        }
    }
    let ratio = pb_residual(uplo, &a, &ab, ldab, n, kd);
    assert!(ratio <= 30.0, "{what}: |A - F^H F| ratio {ratio}");

    // Solve with the factor, and pbsv from scratch.
    let nrhs = 2;
    let b: Vec<T> = (0..n * nrhs).map(|_| rng.scalar()).collect();
    let mut x = b.clone();
    let f = MatRef::from_col_major(&ab, kd + 1, n, ldab);
    band::pbtrs(uplo, kd, f, MatMut::from_col_major(&mut x, n, nrhs, n.max(1)), Par::Seq);
    let ratio = solution_ratio(&a, &x, &b, n, nrhs);
    assert!(ratio <= 30.0, "pbtrs {uplo:?} n={n} kd={kd}: ratio {ratio}");
    let mut ab = ab0.clone();
    let mut x = b.clone();
    let mut buf = WorkBuffer::new(band::pbsv_req::<T>(n, kd));
    let view = MatMut::from_col_major(&mut ab, kd + 1, n, ldab);
    band::pbsv(uplo, kd, view, MatMut::from_col_major(&mut x, n, nrhs, n.max(1)), Par::Seq, buf.workspace()).unwrap();
    let ratio = solution_ratio(&a, &x, &b, n, nrhs);
    assert!(ratio <= 30.0, "pbsv {uplo:?} n={n} kd={kd}: ratio {ratio}");
}

fn pbtrf_all<T: Scalar>() {
    let mut seed = 1000;
    for &n in SIZES {
        for kd in widths(n) {
            for uplo in [Uplo::Upper, Uplo::Lower] {
                seed += 1;
                check_pbtrf::<T>(uplo, n, kd, None, seed);
                if n <= 100 {
                    check_pbtrf::<T>(uplo, n, kd, Some(1), seed);
                    check_pbtrf::<T>(uplo, n, kd, Some(3), seed);
                }
            }
        }
    }
}

#[test]
fn pbtrf_residual_s() {
    pbtrf_all::<f32>();
}
#[test]
fn pbtrf_residual_d() {
    pbtrf_all::<f64>();
}
#[test]
fn pbtrf_residual_c() {
    pbtrf_all::<c32>();
}
#[test]
fn pbtrf_residual_z() {
    pbtrf_all::<c64>();
}

/// A negative diagonal element at `c` makes the leading minor of order
/// `c + 1` indefinite: INFO = c + 1, and pbsv leaves B alone.
fn pb_indefinite<T: Scalar>() {
    for (n, kd, c) in [(1usize, 0usize, 0usize), (5, 2, 3), (17, 1, 9), (64, 40, 37), (100, 99, 70), (64, 5, 0)] {
        for uplo in [Uplo::Upper, Uplo::Lower] {
            for block in [None, Some(1), Some(3)] {
                let mut rng = Rng(9 + c as u64);
                let (_, mut ab, ldab) = pb_matrix::<T>(uplo, n, kd, &mut rng);
                let d = if uplo == Uplo::Upper { kd } else { 0 };
                ab[d + c * ldab] = T::from_real(<T::Real as RealScalar>::from_f64(-1.0));
                let mut buf = WorkBuffer::new(band::pbtrf_with_req::<T>(n, kd, block.unwrap_or(32)));
                let view = MatMut::from_col_major(&mut ab, kd + 1, n, ldab);
                let r = match block {
                    None => band::pbtrf(uplo, kd, view, Par::Seq, buf.workspace()),
                    Some(b) => band::pbtrf_with(uplo, kd, view, Par::Seq, buf.workspace(), b),
                };
                assert_eq!(r, Err(Info::from_index(c)), "indefinite {uplo:?} n={n} kd={kd} block={block:?}");
                assert!(ab[d + c * ldab].re().to_f64() < 0.0, "the failed diagonal element is stored");
            }
            let mut rng = Rng(9 + c as u64);
            let (_, mut ab, ldab) = pb_matrix::<T>(uplo, n, kd, &mut rng);
            let d = if uplo == Uplo::Upper { kd } else { 0 };
            ab[d + c * ldab] = T::zero();
            let b: Vec<T> = (0..n).map(|_| rng.scalar()).collect();
            let mut x = b.clone();
            let mut buf = WorkBuffer::new(band::pbsv_req::<T>(n, kd));
            let view = MatMut::from_col_major(&mut ab, kd + 1, n, ldab);
            let r = band::pbsv(uplo, kd, view, MatMut::from_col_major(&mut x, n, 1, n), Par::Seq, buf.workspace());
            assert_eq!(r, Err(Info::from_index(c)));
            assert!(x.iter().zip(&b).all(|(p, q)| p == q), "pbsv wrote B of an indefinite system");
        }
    }
}

#[test]
fn pbtrf_indefinite() {
    pb_indefinite::<f32>();
    pb_indefinite::<f64>();
    pb_indefinite::<c32>();
    pb_indefinite::<c64>();
}

/// The band factorizations give the same bits whatever the thread limit.
#[test]
fn band_same_bits_at_any_thread_count() {
    let (n, kl, ku, kd) = (400, 70, 50, 90);
    let mut rng = Rng(5);
    let (_, gb, ldab) = gb_matrix::<f64>(n, n, kl, ku, &mut rng);
    let (_, pb, ldpb) = pb_matrix::<c64>(Uplo::Lower, n, kd, &mut rng);
    let run = |par: Par| {
        let mut l = gb.clone();
        let mut ipiv = vec![0usize; n];
        let mut buf = WorkBuffer::new(band::gbtrf_req::<f64>(n, n, kl));
        let view = MatMut::from_col_major(&mut l, 2 * kl + ku + 1, n, ldab);
        band::gbtrf(n, kl, ku, view, &mut ipiv, par, buf.workspace()).unwrap();
        let mut c = pb.clone();
        let mut buf = WorkBuffer::new(band::pbtrf_req::<c64>(n, kd));
        band::pbtrf(Uplo::Lower, kd, MatMut::from_col_major(&mut c, kd + 1, n, ldpb), par, buf.workspace()).unwrap();
        let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        let cbits = c.iter().flat_map(|x| [x.re.to_bits(), x.im.to_bits()]).collect::<Vec<_>>();
        (bits(&l), ipiv, cbits)
    };
    let one = run(Par::Seq);
    for t in [2, 3] {
        assert!(one == run(Par::Threads(t)), "threads = {t}");
    }
}

/// A sheared view is the dense matrix along the band's diagonals, and one
/// reaching outside the band array is refused.
#[test]
fn sheared_views() {
    // 3 x 4 band array (kl = 1, ku = 1), ld = 5: A(i, j) at row 1 + i - j.
    let ab: Vec<f64> = (0..20).map(|x| x as f64).collect();
    let v = MatRef::from_col_major(&ab, 3, 4, 5);
    let d = v.submatrix(0, 1, 3, 2).sheared(1, 2, 2);
    // d(i, j) = v(1 + i - j, 1 + j): d(0,0)=v(1,1), d(1,0)=v(2,1), d(0,1)=v(0,2), d(1,1)=v(1,2).
    assert_eq!([d.get(0, 0), d.get(1, 0), d.get(0, 1), d.get(1, 1)], [6.0, 7.0, 10.0, 11.0]);
    let mut ab2 = ab.clone();
    let mut m = MatMut::from_col_major(&mut ab2, 3, 4, 5);
    m.rb_mut().sheared(2, 1, 3).set(0, 2, -1.0);
    assert_eq!(ab2[2 * 5], -1.0);
    assert!(std::panic::catch_unwind(|| v.sheared(0, 1, 2)).is_err(), "a row above the array");
    assert!(std::panic::catch_unwind(|| v.sheared(1, 3, 1)).is_err(), "a row below the array");
    assert_eq!(v.sheared(0, 0, 9).nrows(), 0);
}

/// Band arrays whose columns are not contiguous (a row-major array seen
/// transposed) give the same factors as column-major ones.
#[test]
fn strided_band_arrays() {
    let n = 40;
    for (kl, ku, block) in [(3, 2, 1), (20, 7, 32), (20, 7, 3)] {
        let mut rng = Rng(77);
        let (_, ab, ldab) = gb_matrix::<c64>(n, n, kl, ku, &mut rng);
        let rows = 2 * kl + ku + 1;
        let mut col = ab.clone();
        let mut ipiv = vec![0usize; n];
        let mut buf = WorkBuffer::new(band::gbtrf_with_req::<c64>(n, n, kl, block));
        let v = MatMut::from_col_major(&mut col, rows, n, ldab);
        band::gbtrf_with(n, kl, ku, v, &mut ipiv, Par::Seq, buf.workspace(), block).unwrap();
        // The same band, row-major: element (r, j) at r * n + j.
        let mut rm: Vec<c64> = (0..rows * n).map(|k| ab[k / n + (k % n) * ldab]).collect();
        let mut ipiv2 = vec![0usize; n];
        let v = MatMut::from_col_major(&mut rm, n, rows, n).transpose();
        band::gbtrf_with(n, kl, ku, v, &mut ipiv2, Par::Seq, buf.workspace(), block).unwrap();
        assert_eq!(ipiv, ipiv2);
        for j in 0..n {
            for r in 0..rows {
                if in_matrix(r, j, n, kl + ku, rows) {
                    assert_eq!(col[r + j * ldab], rm[r * n + j], "gbtrf kl={kl} block={block}: ({r}, {j})");
                }
            }
        }
    }
    for (kd, block) in [(4, 1), (20, 32), (20, 3)] {
        for uplo in [Uplo::Upper, Uplo::Lower] {
            let mut rng = Rng(78);
            let (_, ab, ldab) = pb_matrix::<c64>(uplo, n, kd, &mut rng);
            let mut col = ab.clone();
            let mut buf = WorkBuffer::new(band::pbtrf_with_req::<c64>(n, kd, block));
            let v = MatMut::from_col_major(&mut col, kd + 1, n, ldab);
            band::pbtrf_with(uplo, kd, v, Par::Seq, buf.workspace(), block).unwrap();
            let mut rm: Vec<c64> = (0..(kd + 1) * n).map(|k| ab[k / n + (k % n) * ldab]).collect();
            let v = MatMut::from_col_major(&mut rm, n, kd + 1, n).transpose();
            band::pbtrf_with(uplo, kd, v, Par::Seq, buf.workspace(), block).unwrap();
            for j in 0..n {
                for r in 0..=kd {
                    if pb_in_matrix(uplo, r, j, n, kd) {
                        assert_eq!(
                            col[r + j * ldab],
                            rm[r * n + j],
                            "pbtrf {uplo:?} kd={kd} block={block}: ({r}, {j})"
                        );
                    }
                }
            }
        }
    }
}

/// The solvers give the same bits on right-hand sides whose columns are not
/// contiguous as on column-major ones.
#[test]
fn strided_right_hand_sides() {
    let (n, nrhs) = (30, 3);
    let mut rng = Rng(79);
    let b: Vec<c64> = (0..n * nrhs).map(|_| rng.scalar()).collect();
    // Row-major copy of B: element (i, r) at i * nrhs + r.
    let to_rm = |v: &[c64]| (0..n * nrhs).map(|k| v[k / nrhs + (k % nrhs) * n]).collect::<Vec<_>>();
    let (kl, ku) = (4, 3);
    let (_, mut ab, ldab) = gb_matrix::<c64>(n, n, kl, ku, &mut rng);
    let mut ipiv = vec![0usize; n];
    let mut buf = WorkBuffer::new(band::gbtrf_req::<c64>(n, n, kl));
    band::gbtrf(
        n,
        kl,
        ku,
        MatMut::from_col_major(&mut ab, 2 * kl + ku + 1, n, ldab),
        &mut ipiv,
        Par::Seq,
        buf.workspace(),
    )
    .unwrap();
    let lu = MatRef::from_col_major(&ab, 2 * kl + ku + 1, n, ldab);
    for trans in [Trans::No, Trans::Trans, Trans::ConjTrans] {
        let mut x = b.clone();
        band::gbtrs(trans, kl, ku, lu, &ipiv, MatMut::from_col_major(&mut x, n, nrhs, n), Par::Seq);
        let mut y = to_rm(&b);
        band::gbtrs(trans, kl, ku, lu, &ipiv, MatMut::from_col_major(&mut y, nrhs, n, nrhs).transpose(), Par::Seq);
        assert_eq!(to_rm(&x), y, "gbtrs {trans:?}");
    }
    let kd = 5;
    for uplo in [Uplo::Upper, Uplo::Lower] {
        let (_, mut ab, ldab) = pb_matrix::<c64>(uplo, n, kd, &mut rng);
        let mut buf = WorkBuffer::new(band::pbtrf_req::<c64>(n, kd));
        band::pbtrf(uplo, kd, MatMut::from_col_major(&mut ab, kd + 1, n, ldab), Par::Seq, buf.workspace()).unwrap();
        let f = MatRef::from_col_major(&ab, kd + 1, n, ldab);
        let mut x = b.clone();
        band::pbtrs(uplo, kd, f, MatMut::from_col_major(&mut x, n, nrhs, n), Par::Seq);
        let mut y = to_rm(&b);
        band::pbtrs(uplo, kd, f, MatMut::from_col_major(&mut y, nrhs, n, nrhs).transpose(), Par::Seq);
        assert_eq!(to_rm(&x), y, "pbtrs {uplo:?}");
    }
}

/// NaN and Inf end in INFO or NaN factors, never in an out-of-range pivot:
/// gbtrf's pivots stay within the band, and pbtrf stops at the first diagonal
/// element that is not a positive number (NaN), or factors an infinite one.
#[test]
fn nan_and_inf() {
    for bad in [f64::NAN, f64::INFINITY] {
        for (n, kl, ku, block) in [(20usize, 3usize, 2usize, 1usize), (60, 30, 10, 8), (60, 30, 10, 3)] {
            let mut rng = Rng(80);
            let (_, mut ab, ldab) = gb_matrix::<f64>(n, n, kl, ku, &mut rng);
            ab[kl + ku + 1 + 7 * ldab] = bad; // A(8, 7)
            let mut ipiv = vec![0usize; n];
            let mut buf = WorkBuffer::new(band::gbtrf_with_req::<f64>(n, n, kl, block));
            let v = MatMut::from_col_major(&mut ab, 2 * kl + ku + 1, n, ldab);
            let _ = band::gbtrf_with(n, kl, ku, v, &mut ipiv, Par::Seq, buf.workspace(), block);
            assert!(ipiv.iter().enumerate().all(|(j, &p)| p >= j && p <= j + kl && p < n), "{ipiv:?}");
        }
        for uplo in [Uplo::Upper, Uplo::Lower] {
            for (kd, block) in [(3usize, 1usize), (30, 16)] {
                let n = 50;
                let mut rng = Rng(81);
                let (_, mut ab, ldab) = pb_matrix::<f64>(uplo, n, kd, &mut rng);
                let d = if uplo == Uplo::Upper { kd } else { 0 };
                ab[d + 20 * ldab] = bad;
                let mut buf = WorkBuffer::new(band::pbtrf_with_req::<f64>(n, kd, block));
                let v = MatMut::from_col_major(&mut ab, kd + 1, n, ldab);
                let r = band::pbtrf_with(uplo, kd, v, Par::Seq, buf.workspace(), block);
                if bad.is_nan() {
                    assert_eq!(r, Err(Info::from_index(20)), "{uplo:?} kd={kd}");
                } else {
                    // An infinite diagonal element factors (sqrt(inf), its
                    // row or column scaled to zero), as the reference's does.
                    assert_eq!(r, Ok(()), "{uplo:?} kd={kd}");
                    assert_eq!(ab[d + 20 * ldab], f64::INFINITY);
                }
            }
        }
    }
}
