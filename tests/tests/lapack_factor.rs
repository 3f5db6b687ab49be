//! Residual tests of the recursive factorizations and their solvers, in every
//! precision: `|P A - L U|`, `|A - L L^H|`, `|A inv(A) - I|`, `|A X - B|`,
//! each over `n eps |A|`, against plain triple loops written here. Sizes 0 to
//! 3, around the crossover (16) and the 8-row split, 255 to 257, rectangular
//! shapes, leading dimensions above the row count, and the crossover lowered
//! to 1 so the recursion goes as deep as it can. Singular, indefinite and
//! NaN inputs check INFO and that pivots stay in range.

use ferroblas::lapack::{cholesky, lu, triangular, Info, Par, WorkBuffer};
use ferroblas::{c32, c64, Diag, MatMut, MatRef, RealScalar, Scalar, Trans, Uplo};

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
    fn matrix<T: Scalar>(&mut self, _m: usize, n: usize, ld: usize) -> Vec<T> {
        (0..ld * n).map(|_| self.scalar()).collect()
    }
}

fn eps<T: Scalar>() -> f64 {
    <T::Real as RealScalar>::from_f64(1.0).to_f64() * if std::mem::size_of::<T::Real>() == 4 { 1.2e-7 } else { 2.3e-16 }
}

fn abs<T: Scalar>(x: T) -> f64 {
    x.re().to_f64().hypot(x.im().to_f64())
}

/// Largest `|a_ij|` of an m x n column-major matrix.
fn maxabs<T: Scalar>(a: &[T], m: usize, n: usize, ld: usize) -> f64 {
    (0..n).flat_map(|j| (0..m).map(move |i| (i, j))).map(|(i, j)| abs(a[i + j * ld])).fold(0.0, f64::max)
}

/// `C = A B`, all column-major with leading dimension = rows.
fn matmul<T: Scalar>(a: &[T], b: &[T], m: usize, k: usize, n: usize, lda: usize, ldb: usize) -> Vec<T> {
    let mut c = vec![T::zero(); m * n];
    for j in 0..n {
        for p in 0..k {
            let bpj = b[p + j * ldb];
            for i in 0..m {
                c[i + j * m] += a[i + p * lda] * bpj;
            }
        }
    }
    c
}

const SIZES: &[usize] = &[0, 1, 2, 3, 7, 8, 15, 16, 17, 24, 31, 33, 64, 100];
const CROSSOVERS: &[usize] = &[1, 16];

fn check_getrf<T: Scalar>(m: usize, n: usize, crossover: usize, seed: u64) {
    let ld = m + 3;
    let mut rng = Rng(seed);
    let a0: Vec<T> = rng.matrix(m, n, ld);
    let mut a = a0.clone();
    let k = m.min(n);
    let mut ipiv = vec![usize::MAX; k];
    let r = lu::getrf_with(MatMut::from_col_major(&mut a, m, n, ld), &mut ipiv, Par::Seq, crossover);
    assert_eq!(r, Ok(()), "getrf m={m} n={n}");
    // Padding rows below m untouched.
    for j in 0..n {
        for i in m..ld {
            assert_eq!(a[i + j * ld], a0[i + j * ld], "getrf wrote below the matrix");
        }
    }
    // L (m x k, unit lower), U (k x n, upper); P A by applying the swaps to A.
    let mut l = vec![T::zero(); m * k];
    let mut u = vec![T::zero(); k * n];
    for j in 0..k {
        for i in 0..m {
            l[i + j * m] = if i == j {
                T::one()
            } else if i > j {
                a[i + j * ld]
            } else {
                T::zero()
            };
        }
    }
    for j in 0..n {
        for i in 0..k.min(j + 1) {
            u[i + j * k] = a[i + j * ld];
        }
    }
    let mut pa = a0.clone();
    for (i, &p) in ipiv.iter().enumerate() {
        assert!(p >= i && p < m, "pivot {p} at {i} out of range");
        for j in 0..n {
            pa.swap(i + j * ld, p + j * ld);
        }
    }
    let lu_ = matmul(&l, &u, m, k, n, m, k);
    let mut err: f64 = 0.0;
    for j in 0..n {
        for i in 0..m {
            err = err.max(abs(pa[i + j * ld] - lu_[i + j * m]));
        }
    }
    let tol = 30.0 * (m.max(n).max(1) as f64) * eps::<T>() * maxabs(&a0, m, n, ld).max(1e-300);
    assert!(err <= tol, "getrf m={m} n={n} nb={crossover}: |PA - LU| = {err:e} > {tol:e}");
}

fn getrf_all<T: Scalar>() {
    for &nb in CROSSOVERS {
        for &n in SIZES {
            check_getrf::<T>(n, n, nb, n as u64 + 1);
        }
        for (m, n) in [(5, 3), (3, 5), (40, 17), (17, 40), (1, 9), (9, 1), (70, 33)] {
            check_getrf::<T>(m, n, nb, (m * 100 + n) as u64);
        }
    }
    for n in [255, 256, 257] {
        check_getrf::<T>(n, n, 16, n as u64);
    }
}

fn getrf_singular<T: Scalar>() {
    for &nb in CROSSOVERS {
        for (n, zero_col) in [(1, 0), (5, 2), (20, 0), (20, 19), (40, 17)] {
            let mut rng = Rng(7);
            let mut a: Vec<T> = rng.matrix(n, n, n);
            for i in 0..n {
                a[i + zero_col * n] = T::zero();
            }
            let mut ipiv = vec![0usize; n];
            let r = lu::getrf_with(MatMut::from_col_major(&mut a, n, n, n), &mut ipiv, Par::Seq, nb);
            // A zero column makes the first zero pivot appear at that column.
            assert_eq!(r, Err(Info::from_index(zero_col)), "n={n} zero column {zero_col}");
            assert!(ipiv.iter().all(|&p| p < n));
        }
        // NaN and Inf never send a pivot out of range.
        for bad in [f64::NAN, f64::INFINITY] {
            let n = 30;
            let mut rng = Rng(9);
            let mut a: Vec<T> = rng.matrix(n, n, n);
            a[3 + 4 * n] = T::from_real(<T::Real as RealScalar>::from_f64(bad));
            a[0] = T::from_real(<T::Real as RealScalar>::from_f64(bad));
            let mut ipiv = vec![0usize; n];
            let _ = lu::getrf_with(MatMut::from_col_major(&mut a, n, n, n), &mut ipiv, Par::Seq, nb);
            assert!(ipiv.iter().enumerate().all(|(i, &p)| p >= i && p < n));
        }
    }
}

/// A Hermitian positive definite matrix `B B^H + n I` (full storage).
fn hpd<T: Scalar>(n: usize, seed: u64) -> Vec<T> {
    let mut rng = Rng(seed);
    let b: Vec<T> = rng.matrix(n, n, n);
    let mut a = vec![T::zero(); n * n];
    for j in 0..n {
        for i in 0..n {
            let mut s = T::zero();
            for k in 0..n {
                s += b[i + k * n] * b[j + k * n].conj();
            }
            a[i + j * n] = s;
        }
        a[j + j * n] = T::from_real(<T::Real as RealScalar>::from_f64(a[j + j * n].re().to_f64() + n as f64));
    }
    a
}

fn check_potrf<T: Scalar>(uplo: Uplo, n: usize, nb: usize) {
    let ld = n + 2;
    let full = hpd::<T>(n, n as u64 + 3);
    let mut a = vec![T::from_real(<T::Real as RealScalar>::from_f64(99.0)); ld * n];
    for j in 0..n {
        for i in 0..n {
            a[i + j * ld] = full[i + j * n];
        }
    }
    let before = a.clone();
    cholesky::potrf_with(uplo, MatMut::from_col_major(&mut a, n, n, ld), Par::Seq, nb).unwrap();
    // The factor F (lower L or upper U) and the product F F^H or F^H F.
    let lower = uplo == Uplo::Lower;
    let mut f = vec![T::zero(); n * n];
    for j in 0..n {
        for i in 0..n {
            let stored = if lower { i >= j } else { i <= j };
            if stored {
                f[i + j * n] = a[i + j * ld];
            } else {
                assert_eq!(a[i + j * ld], before[i + j * ld], "potrf wrote the other triangle");
            }
        }
    }
    let mut err: f64 = 0.0;
    for j in 0..n {
        for i in 0..n {
            let mut s = T::zero();
            for k in 0..n {
                s += if lower { f[i + k * n] * f[j + k * n].conj() } else { f[k + i * n].conj() * f[k + j * n] };
            }
            err = err.max(abs(s - full[i + j * n]));
        }
    }
    let tol = 30.0 * (n.max(1) as f64) * eps::<T>() * maxabs(&full, n, n, n).max(1.0);
    assert!(err <= tol, "potrf {uplo:?} n={n} nb={nb}: {err:e} > {tol:e}");
    // potri then gives inv(A): A inv(A) = I.
    cholesky::potri(uplo, MatMut::from_col_major(&mut a, n, n, ld), Par::Seq).unwrap();
    let mut inv = vec![T::zero(); n * n];
    for j in 0..n {
        for i in 0..n {
            let stored = if lower { i >= j } else { i <= j };
            inv[i + j * n] = if stored { a[i + j * ld] } else { a[j + i * ld].conj() };
        }
    }
    check_identity(&full, &inv, n, "potri");
}

/// `|A X - I| <= tol`, X an inverse of A (both n x n, ld n).
fn check_identity<T: Scalar>(a: &[T], x: &[T], n: usize, what: &str) {
    let p = matmul(a, x, n, n, n, n, n);
    let mut err: f64 = 0.0;
    for j in 0..n {
        for i in 0..n {
            let want = if i == j { T::one() } else { T::zero() };
            err = err.max(abs(p[i + j * n] - want));
        }
    }
    let cond = maxabs(a, n, n, n) * maxabs(x, n, n, n) * n as f64;
    let tol = 30.0 * (n.max(1) as f64) * eps::<T>() * cond.max(1.0);
    assert!(err <= tol, "{what} n={n}: |A inv(A) - I| = {err:e} > {tol:e}");
}

fn potrf_all<T: Scalar>() {
    for &nb in CROSSOVERS {
        for &n in SIZES {
            for uplo in [Uplo::Lower, Uplo::Upper] {
                check_potrf::<T>(uplo, n, nb);
            }
        }
    }
    for uplo in [Uplo::Lower, Uplo::Upper] {
        check_potrf::<T>(uplo, 257, 16);
        // Not positive definite at order 5: INFO = 5, the factorization stops there.
        for &nb in CROSSOVERS {
            let n = 20;
            let mut a = hpd::<T>(n, 11);
            a[4 + 4 * n] = T::from_real(<T::Real as RealScalar>::from_f64(-1e6));
            let r = cholesky::potrf_with(uplo, MatMut::from_col_major(&mut a, n, n, n), Par::Seq, nb);
            assert_eq!(r, Err(Info::new(5)), "{uplo:?} nb={nb}");
            let mut a = hpd::<T>(n, 11);
            a[0] = T::from_real(<T::Real as RealScalar>::from_f64(f64::NAN));
            let r = cholesky::potrf_with(uplo, MatMut::from_col_major(&mut a, n, n, n), Par::Seq, nb);
            assert_eq!(r, Err(Info::new(1)));
        }
    }
}

/// A well-conditioned triangular matrix (dominant diagonal), full storage
/// with the other triangle filled with garbage that must not be read.
fn triangle<T: Scalar>(uplo: Uplo, n: usize, seed: u64) -> Vec<T> {
    let mut rng = Rng(seed);
    let mut a: Vec<T> = rng.matrix(n, n, n);
    for j in 0..n {
        for i in 0..n {
            if i == j {
                a[i + j * n] += T::from_real(<T::Real as RealScalar>::from_f64(4.0));
            } else if (uplo == Uplo::Lower) != (i > j) {
                a[i + j * n] = T::from_real(<T::Real as RealScalar>::from_f64(f64::NAN));
            } else {
                a[i + j * n] = a[i + j * n].scale_real(<T::Real as RealScalar>::from_f64(1.0 / (n as f64).sqrt()));
            }
        }
    }
    a
}

/// The triangle as a dense matrix (unit diagonal when asked).
fn dense<T: Scalar>(a: &[T], uplo: Uplo, diag: Diag, n: usize) -> Vec<T> {
    let mut d = vec![T::zero(); n * n];
    for j in 0..n {
        for i in 0..n {
            if i == j {
                d[i + j * n] = if diag == Diag::Unit { T::one() } else { a[i + j * n] };
            } else if (uplo == Uplo::Lower) == (i > j) {
                d[i + j * n] = a[i + j * n];
            }
        }
    }
    d
}

fn trtri_all<T: Scalar>() {
    for &nb in CROSSOVERS {
        for n in SIZES.iter().copied().chain([255, 257]) {
            if n > 100 && nb == 1 {
                continue;
            }
            for uplo in [Uplo::Lower, Uplo::Upper] {
                for diag in [Diag::NonUnit, Diag::Unit] {
                    let a = triangle::<T>(uplo, n, n as u64 + 5);
                    let mut inv = a.clone();
                    triangular::trtri_with(uplo, diag, MatMut::from_col_major(&mut inv, n, n, n.max(1)), Par::Seq, nb)
                        .unwrap();
                    // The other triangle is untouched (NaN stays NaN, bit for bit).
                    for k in 0..n * n {
                        if a[k].is_nan() {
                            assert!(inv[k].is_nan(), "trtri wrote the other triangle");
                        }
                    }
                    check_identity(&dense(&a, uplo, diag, n), &dense(&inv, uplo, diag, n), n, "trtri");
                    // trtrs with the same triangle: A X = B for every op.
                    for trans in [Trans::No, Trans::Trans, Trans::ConjTrans] {
                        let nrhs = 3;
                        let mut rng = Rng(n as u64);
                        let b: Vec<T> = rng.matrix(n, nrhs, n);
                        let mut x = b.clone();
                        let am = MatRef::from_col_major(&a, n, n, n.max(1));
                        triangular::trtrs(
                            uplo,
                            trans,
                            diag,
                            am,
                            MatMut::from_col_major(&mut x, n, nrhs, n.max(1)),
                            Par::Seq,
                        )
                        .unwrap();
                        let d = dense(&a, uplo, diag, n);
                        let op: Vec<T> = (0..n * n)
                            .map(|k| {
                                let (i, j) = (k % n, k / n);
                                match trans {
                                    Trans::No => d[i + j * n],
                                    Trans::Trans => d[j + i * n],
                                    Trans::ConjTrans => d[j + i * n].conj(),
                                }
                            })
                            .collect();
                        check_solution(&op, &x, &b, n, nrhs, "trtrs");
                    }
                }
            }
        }
    }
    // A zero on the diagonal: INFO names it, nothing is written.
    let n = 6;
    let mut a = triangle::<T>(Uplo::Upper, n, 1);
    a[3 + 3 * n] = T::zero();
    let before = a.clone();
    let r = triangular::trtri(Uplo::Upper, Diag::NonUnit, MatMut::from_col_major(&mut a, n, n, n), Par::Seq);
    assert_eq!(r, Err(Info::new(4)));
    assert!(a.iter().zip(&before).all(|(x, y)| x == y || (x.is_nan() && y.is_nan())));
}

/// `|op(A) X - B|` over `n eps |A| |X|`.
fn check_solution<T: Scalar>(a: &[T], x: &[T], b: &[T], n: usize, nrhs: usize, what: &str) {
    let ax = matmul(a, x, n, n, nrhs, n, n);
    let mut err: f64 = 0.0;
    for k in 0..n * nrhs {
        err = err.max(abs(ax[k] - b[k]));
    }
    let scale = maxabs(a, n, n, n) * maxabs(x, n, nrhs, n) * n as f64;
    let tol = 30.0 * (n.max(1) as f64) * eps::<T>() * scale.max(1.0);
    assert!(err <= tol, "{what} n={n}: |AX - B| = {err:e} > {tol:e}");
}

fn solvers<T: Scalar>() {
    for n in SIZES.iter().copied().chain([257]) {
        let mut rng = Rng(n as u64 + 17);
        let a: Vec<T> = rng.matrix(n, n, n);
        let nrhs = 4;
        let b: Vec<T> = rng.matrix(n, nrhs, n);
        let ld = n.max(1);
        // gesv, then getrs with each op on the same factors.
        let mut f = a.clone();
        let mut x = b.clone();
        let mut ipiv = vec![0usize; n];
        lu::gesv(
            MatMut::from_col_major(&mut f, n, n, ld),
            &mut ipiv,
            MatMut::from_col_major(&mut x, n, nrhs, ld),
            Par::Seq,
        )
        .unwrap();
        check_solution(&a, &x, &b, n, nrhs, "gesv");
        for trans in [Trans::Trans, Trans::ConjTrans] {
            let mut x = b.clone();
            let fm = MatRef::from_col_major(&f, n, n, ld);
            lu::getrs(trans, fm, &ipiv, MatMut::from_col_major(&mut x, n, nrhs, ld), Par::Seq);
            let op: Vec<T> = (0..n * n)
                .map(|k| {
                    let (i, j) = (k % n, k / n);
                    if trans == Trans::Trans {
                        a[j + i * n]
                    } else {
                        a[j + i * n].conj()
                    }
                })
                .collect();
            check_solution(&op, &x, &b, n, nrhs, "getrs");
        }
        // getri with the smallest workspace and with the blocked one.
        for req in [lu::getri_req::<T>(n), lu::getri_req_optimal::<T>(n)] {
            let mut inv = f.clone();
            let mut buf = WorkBuffer::new(req);
            lu::getri(MatMut::from_col_major(&mut inv, n, n, ld), &ipiv, Par::Seq, buf.workspace()).unwrap();
            check_identity(&a, &inv, n, "getri");
        }
        // posv on a positive definite matrix, both triangles.
        let h = hpd::<T>(n, n as u64);
        for uplo in [Uplo::Lower, Uplo::Upper] {
            let mut f = h.clone();
            let mut x = b.clone();
            cholesky::posv(
                uplo,
                MatMut::from_col_major(&mut f, n, n, ld),
                MatMut::from_col_major(&mut x, n, nrhs, ld),
                Par::Seq,
            )
            .unwrap();
            check_solution(&h, &x, &b, n, nrhs, "posv");
        }
    }
}

fn lauum_all<T: Scalar>() {
    for &nb in CROSSOVERS {
        for &n in SIZES {
            for uplo in [Uplo::Lower, Uplo::Upper] {
                let mut a = triangle::<T>(uplo, n, n as u64 + 9);
                // A Cholesky factor's diagonal is real.
                for i in 0..n {
                    a[i + i * n] = T::from_real(a[i + i * n].re());
                }
                let d = dense(&a, uplo, Diag::NonUnit, n);
                let dh: Vec<T> = (0..n * n).map(|k| d[(k / n) + (k % n) * n].conj()).collect();
                let want =
                    if uplo == Uplo::Upper { matmul(&d, &dh, n, n, n, n, n) } else { matmul(&dh, &d, n, n, n, n, n) };
                let mut got = a.clone();
                cholesky::lauum_with(uplo, MatMut::from_col_major(&mut got, n, n, n.max(1)), Par::Seq, nb);
                let mut err: f64 = 0.0;
                for j in 0..n {
                    for i in 0..n {
                        if (uplo == Uplo::Lower) == (i >= j) || i == j {
                            err = err.max(abs(got[i + j * n] - want[i + j * n]));
                        } else {
                            assert!(got[i + j * n].is_nan(), "lauum wrote the other triangle");
                        }
                    }
                }
                let tol = 30.0 * (n.max(1) as f64) * eps::<T>() * maxabs(&want, n, n, n).max(1.0);
                assert!(err <= tol, "lauum {uplo:?} n={n} nb={nb}: {err:e}");
            }
        }
    }
}

/// A symmetric (or Hermitian) indefinite matrix: random, with a diagonal
/// small enough that Bunch-Kaufman takes 2x2 pivots.
fn indefinite<T: Scalar>(n: usize, herm: bool, seed: u64) -> Vec<T> {
    let mut rng = Rng(seed);
    let mut a: Vec<T> = rng.matrix(n, n, n);
    for j in 0..n {
        for i in 0..j {
            a[i + j * n] = if herm { a[j + i * n].conj() } else { a[j + i * n] };
        }
        let d = a[j + j * n].scale_real(<T::Real as RealScalar>::from_f64(0.01));
        a[j + j * n] = if herm { T::from_real(d.re()) } else { d };
    }
    a
}

fn sytrf_all<T: Scalar>() {
    use ferroblas::lapack::indefinite;
    use ferroblas::relapack::BlockPivot;
    for herm in [false, true] {
        if herm && !T::IS_COMPLEX {
            continue;
        }
        for n in [0, 1, 2, 3, 5, 17, 63, 64, 65, 130, 257] {
            let a = indefinite::<T>(n, herm, n as u64 + 21);
            let nrhs = 3;
            let mut rng = Rng(n as u64);
            let b: Vec<T> = rng.matrix(n, nrhs, n);
            let ld = n.max(1);
            // No workspace (unblocked), two columns, a narrow panel, full panels.
            for cols in [0, 2, 5, indefinite::BLOCK] {
                for uplo in [Uplo::Lower, Uplo::Upper] {
                    let mut f = a.clone();
                    let mut x = b.clone();
                    let mut ipiv = vec![BlockPivot::None; n];
                    let mut buf = WorkBuffer::new(ferroblas::lapack::WorkReq::new::<T>(n * cols));
                    let ws = if cols == 0 { ferroblas::lapack::Workspace::empty() } else { buf.workspace() };
                    indefinite::sysv(
                        uplo,
                        herm,
                        MatMut::from_col_major(&mut f, n, n, ld),
                        &mut ipiv,
                        MatMut::from_col_major(&mut x, n, nrhs, ld),
                        Par::Seq,
                        ws,
                    )
                    .unwrap();
                    assert!(ipiv.iter().all(|p| !matches!(p, BlockPivot::None)), "every pivot set");
                    // The test matrix needs 2x2 pivots somewhere once n > 2.
                    if n > 16 {
                        assert!(ipiv.iter().any(|p| matches!(p, BlockPivot::Two(_))), "n={n}: no 2x2 pivot");
                    }
                    check_solution(&a, &x, &b, n, nrhs, "sysv");
                }
            }
            // Rook pivoting: its 2x2 steps interchange two rows each.
            for uplo in [Uplo::Lower, Uplo::Upper] {
                let mut f = a.clone();
                let mut x = b.clone();
                let mut ipiv = vec![BlockPivot::None; n];
                indefinite::sysv_rook(
                    uplo,
                    herm,
                    MatMut::from_col_major(&mut f, n, n, ld),
                    &mut ipiv,
                    MatMut::from_col_major(&mut x, n, nrhs, ld),
                    Par::Seq,
                    WorkBuffer::new(indefinite::sytrf_rook_req::<T>(n)).workspace(),
                )
                .unwrap();
                check_solution(&a, &x, &b, n, nrhs, "sysv_rook");
            }
        }
        // A zero row and column: D singular at its position (either triangle).
        let n = 9;
        let mut a = indefinite::<T>(n, herm, 3);
        for i in 0..n {
            a[i + 4 * n] = T::zero();
            a[4 + i * n] = T::zero();
        }
        for uplo in [Uplo::Lower, Uplo::Upper] {
            let mut f = a.clone();
            let mut ipiv = vec![BlockPivot::None; n];
            let r = indefinite::sytrf(
                uplo,
                herm,
                MatMut::from_col_major(&mut f, n, n, n),
                &mut ipiv,
                Par::Seq,
                ferroblas::lapack::Workspace::empty(),
            );
            assert!(r.is_err(), "{uplo:?}: singular D not reported");
        }
    }
}

/// Every order up to 40 (the panel's four-column steps end at every
/// remainder, the panel's width limit 32 is crossed), at the crossovers 1,
/// 16 and 32 (the widest panel): getrf, potrf and gesv/posv with one to five
/// right-hand sides.
fn small_sizes<T: Scalar>() {
    for n in 0..=40 {
        for nb in [1, 8, 16, 32] {
            check_getrf::<T>(n, n, nb, n as u64 * 7 + nb as u64);
            for uplo in [Uplo::Lower, Uplo::Upper] {
                check_potrf::<T>(uplo, n, nb);
            }
        }
        check_getrf::<T>(n + 9, n, 32, n as u64);
        check_getrf::<T>(n, n + 5, 32, n as u64);
        small_solves::<T>(n, 1 + n % 5);
    }
    // Around the order below which a few right-hand sides are solved in
    // plain loops (128) and the one it replaced (64).
    for n in [63, 64, 65, 127, 128, 129] {
        for nrhs in [1, 4, 5] {
            small_solves::<T>(n, nrhs);
        }
    }
}

/// gesv, getrs with each op, and posv on both triangles at one shape.
fn small_solves<T: Scalar>(n: usize, nrhs: usize) {
    let mut rng = Rng((n * 31 + nrhs) as u64);
    let a: Vec<T> = rng.matrix(n, n, n);
    let b: Vec<T> = rng.matrix(n, nrhs, n);
    let ld = n.max(1);
    let mut f = a.clone();
    let mut x = b.clone();
    let mut ipiv = vec![0usize; n];
    let fm = MatMut::from_col_major(&mut f, n, n, ld);
    lu::gesv(fm, &mut ipiv, MatMut::from_col_major(&mut x, n, nrhs, ld), Par::Seq).unwrap();
    check_solution(&a, &x, &b, n, nrhs, "gesv");
    for trans in [Trans::Trans, Trans::ConjTrans] {
        let mut x = b.clone();
        lu::getrs(
            trans,
            MatRef::from_col_major(&f, n, n, ld),
            &ipiv,
            MatMut::from_col_major(&mut x, n, nrhs, ld),
            Par::Seq,
        );
        let op: Vec<T> = (0..n * n)
            .map(|k| {
                let v = a[k / n + (k % n) * n];
                if trans == Trans::Trans {
                    v
                } else {
                    v.conj()
                }
            })
            .collect();
        check_solution(&op, &x, &b, n, nrhs, "getrs");
    }
    let h = hpd::<T>(n, n as u64 + 1);
    for uplo in [Uplo::Lower, Uplo::Upper] {
        let (mut f, mut x) = (h.clone(), b.clone());
        let fm = MatMut::from_col_major(&mut f, n, n, ld);
        cholesky::posv(uplo, fm, MatMut::from_col_major(&mut x, n, nrhs, ld), Par::Seq).unwrap();
        check_solution(&h, &x, &b, n, nrhs, "posv");
    }
}

/// The base cases on contiguous columns and element by element (a
/// transposed view of row-major storage) give the same bits: zero pivots,
/// an infinity and a failed Cholesky pivot included.
fn strided_same_bits<T: Scalar>() {
    let bits = |v: &[T]| v.iter().map(|x| (x.re().to_f64().to_bits(), x.im().to_f64().to_bits())).collect::<Vec<_>>();
    for n in [1, 2, 3, 4, 5, 7, 8, 9, 13, 16, 17, 31, 32] {
        for case in 0..3 {
            let mut rng = Rng(n as u64 + 40 * case);
            let mut a: Vec<T> = rng.matrix(n, n, n);
            if case == 1 && n > 2 {
                for i in 0..n {
                    a[i + 2 * n] = T::zero();
                }
                a[n - 1] = T::from_real(<T::Real as RealScalar>::from_f64(f64::INFINITY));
            }
            let at: Vec<T> = (0..n * n).map(|k| a[k / n + (k % n) * n]).collect();
            let (mut c, mut r) = (a.clone(), at.clone());
            let (mut pc, mut pr) = (vec![0usize; n], vec![0usize; n]);
            let ic = lu::getrf_with(MatMut::from_col_major(&mut c, n, n, n), &mut pc, Par::Seq, 32);
            let ir = lu::getrf_with(MatMut::from_col_major(&mut r, n, n, n).transpose(), &mut pr, Par::Seq, 32);
            let rt: Vec<T> = (0..n * n).map(|k| r[k / n + (k % n) * n]).collect();
            assert!(ic == ir && pc == pr && bits(&c) == bits(&rt), "getrf n={n} case {case}");
            let mut h = hpd::<T>(n, n as u64 + case);
            if case == 2 {
                let k = n / 2;
                h[k + k * n] = T::from_real(<T::Real as RealScalar>::from_f64(-1.0));
            }
            let ht: Vec<T> = (0..n * n).map(|k| h[k / n + (k % n) * n]).collect();
            for uplo in [Uplo::Lower, Uplo::Upper] {
                let (mut c, mut r) = (h.clone(), ht.clone());
                let ic = cholesky::potrf_with(uplo, MatMut::from_col_major(&mut c, n, n, n), Par::Seq, 32);
                let ir = cholesky::potrf_with(uplo, MatMut::from_col_major(&mut r, n, n, n).transpose(), Par::Seq, 32);
                let rt: Vec<T> = (0..n * n).map(|k| r[k / n + (k % n) * n]).collect();
                assert!(ic == ir && bits(&c) == bits(&rt), "potrf {uplo:?} n={n} case {case}");
            }
        }
    }
}

/// The tests, under a name the CI can select: `residual::` runs on the
/// dispatch table the CPU picks, on `generic`, and under qemu for NEON.
mod residual {
    use super::*;

    #[test]
    fn getrf_residuals() {
        getrf_all::<f32>();
        getrf_all::<f64>();
        getrf_all::<c32>();
        getrf_all::<c64>();
    }

    #[test]
    fn getrf_singular_and_nan() {
        getrf_singular::<f32>();
        getrf_singular::<f64>();
        getrf_singular::<c32>();
        getrf_singular::<c64>();
    }

    #[test]
    fn small_size_residuals() {
        small_sizes::<f32>();
        small_sizes::<f64>();
        small_sizes::<c32>();
        small_sizes::<c64>();
    }

    #[test]
    fn base_cases_same_bits_strided() {
        strided_same_bits::<f32>();
        strided_same_bits::<f64>();
        strided_same_bits::<c32>();
        strided_same_bits::<c64>();
    }

    #[test]
    fn potrf_potri_residuals() {
        potrf_all::<f32>();
        potrf_all::<f64>();
        potrf_all::<c32>();
        potrf_all::<c64>();
    }

    #[test]
    fn trtri_trtrs_residuals() {
        trtri_all::<f32>();
        trtri_all::<f64>();
        trtri_all::<c32>();
        trtri_all::<c64>();
    }

    #[test]
    fn solver_residuals() {
        solvers::<f32>();
        solvers::<f64>();
        solvers::<c32>();
        solvers::<c64>();
    }

    #[test]
    fn lauum_residuals() {
        lauum_all::<f32>();
        lauum_all::<f64>();
        lauum_all::<c32>();
        lauum_all::<c64>();
    }

    /// The factorizations give the same bits whatever the thread limit.
    #[test]
    fn same_bits_at_any_thread_count() {
        let n = 300;
        let a = hpd::<f64>(n, 5);
        let run = |par: Par| {
            let mut l = a.clone();
            let mut ipiv = vec![0usize; n];
            lu::getrf(MatMut::from_col_major(&mut l, n, n, n), &mut ipiv, par).unwrap();
            let mut c = a.clone();
            cholesky::potrf(Uplo::Lower, MatMut::from_col_major(&mut c, n, n, n), par).unwrap();
            (l.iter().map(|x| x.to_bits()).collect::<Vec<_>>(), ipiv, c.iter().map(|x| x.to_bits()).collect::<Vec<_>>())
        };
        let one = run(Par::Seq);
        for t in [2, 3, 16] {
            assert!(one == run(Par::Threads(t)), "threads = {t}");
        }
    }

    #[test]
    fn sytrf_sysv_residuals() {
        sytrf_all::<f32>();
        sytrf_all::<f64>();
        sytrf_all::<c32>();
        sytrf_all::<c64>();
    }
}
