//! The routines around the Bunch-Kaufman factor, through the public API, in
//! every precision, both triangles, symmetric and Hermitian: `syconv` there
//! and back is exact, `sytrs2` agrees with `sytrs` (and solves), `sytri`,
//! `sytri2` and `sytri2x` (several block sizes) give `|A inv(A) - I|` small,
//! `syswapr` is `P A P^T`, and a singular D is reported with A untouched.

use ferroblas::lapack::indefinite::{self, Way};
use ferroblas::lapack::{Par, WorkBuffer, Workspace};
use ferroblas::relapack::BlockPivot;
use ferroblas::{c32, c64, MatMut, MatRef, RealScalar, Scalar, Uplo};

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

fn matmul<T: Scalar>(a: &[T], b: &[T], n: usize, m: usize) -> Vec<T> {
    let mut c = vec![T::zero(); n * m];
    for j in 0..m {
        for p in 0..n {
            let bpj = b[p + j * n];
            for i in 0..n {
                c[i + j * n] += a[i + p * n] * bpj;
            }
        }
    }
    c
}

/// A symmetric (or Hermitian) indefinite matrix, full storage: random with a
/// small diagonal so that Bunch-Kaufman takes 2x2 pivots.
fn indefinite<T: Scalar>(n: usize, herm: bool, seed: u64) -> Vec<T> {
    let mut rng = Rng(seed);
    let mut a: Vec<T> = (0..n * n).map(|_| rng.scalar()).collect();
    for j in 0..n {
        for i in 0..j {
            a[i + j * n] = if herm { a[j + i * n].conj() } else { a[j + i * n] };
        }
        let d = a[j + j * n].scale_real(<T::Real as RealScalar>::from_f64(0.01));
        a[j + j * n] = if herm { T::from_real(d.re()) } else { d };
    }
    a
}

/// The full matrix whose `uplo` triangle `a` holds.
fn symmetrize<T: Scalar>(a: &[T], n: usize, uplo: Uplo, herm: bool) -> Vec<T> {
    let mut f = a.to_vec();
    for j in 0..n {
        for i in 0..n {
            let stored = if uplo == Uplo::Lower { i >= j } else { i <= j };
            if !stored {
                let x = a[j + i * n];
                f[i + j * n] = if herm { x.conj() } else { x };
            }
        }
    }
    f
}

fn factor<T: Scalar>(a: &[T], n: usize, uplo: Uplo, herm: bool) -> (Vec<T>, Vec<BlockPivot>) {
    let mut f = a.to_vec();
    let mut ipiv = vec![BlockPivot::None; n];
    let mut buf = WorkBuffer::new(indefinite::sytrf_req::<T>(n));
    indefinite::sytrf(uplo, herm, MatMut::from_col_major(&mut f, n, n, n.max(1)), &mut ipiv, Par::Seq, buf.workspace())
        .unwrap();
    (f, ipiv)
}

fn check_inverse<T: Scalar>(a: &[T], inv: &[T], n: usize, uplo: Uplo, herm: bool, what: &str) {
    let x = symmetrize(inv, n, uplo, herm);
    let p = matmul(a, &x, n, n);
    let mut err: f64 = 0.0;
    for j in 0..n {
        for i in 0..n {
            let want = if i == j { T::one() } else { T::zero() };
            err = err.max(abs(p[i + j * n] - want));
        }
    }
    let cond = maxabs(a) * maxabs(&x) * n as f64;
    let tol = 30.0 * (n.max(1) as f64) * eps::<T>() * cond.max(1.0);
    assert!(err <= tol, "{what} n={n} {uplo:?} herm={herm}: |A inv(A) - I| = {err:e} > {tol:e}");
}

const SIZES: &[usize] = &[0, 1, 2, 3, 17, 64, 65, 130];

fn all<T: Scalar>() {
    for herm in [false, true] {
        if herm && !T::IS_COMPLEX {
            continue;
        }
        for &n in SIZES {
            let a = indefinite::<T>(n, herm, 7 * n as u64 + 3);
            let ld = n.max(1);
            for uplo in [Uplo::Lower, Uplo::Upper] {
                let (f, ipiv) = factor(&a, n, uplo, herm);

                // syconv there and back: bit for bit, the other triangle untouched.
                let mut g = f.clone();
                let mut e = vec![T::zero(); n];
                indefinite::syconv(uplo, Way::Convert, MatMut::from_col_major(&mut g, n, n, ld), &ipiv, &mut e);
                let twos = ipiv.iter().filter(|p| matches!(p, BlockPivot::Two(_))).count();
                assert_eq!(e.iter().filter(|x| !x.is_zero()).count(), twos / 2, "one E entry per 2x2 block");
                indefinite::syconv(uplo, Way::Revert, MatMut::from_col_major(&mut g, n, n, ld), &ipiv, &mut e);
                assert!(f.iter().zip(&g).all(|(x, y)| x.re() == y.re() && x.im() == y.im()), "syconv round trip");

                // sytrs2 against sytrs; the factor comes back unchanged.
                let nrhs = 3;
                let mut rng = Rng(n as u64 + 99);
                let b: Vec<T> = (0..n * nrhs).map(|_| rng.scalar()).collect();
                let mut x1 = b.clone();
                indefinite::sytrs(
                    uplo,
                    herm,
                    MatRef::from_col_major(&f, n, n, ld),
                    &ipiv,
                    MatMut::from_col_major(&mut x1, n, nrhs, ld),
                );
                let mut x2 = b.clone();
                let mut g = f.clone();
                let mut work = vec![T::zero(); n];
                indefinite::sytrs2(
                    uplo,
                    herm,
                    MatMut::from_col_major(&mut g, n, n, ld),
                    &ipiv,
                    MatMut::from_col_major(&mut x2, n, nrhs, ld),
                    &mut work,
                );
                assert!(f.iter().zip(&g).all(|(x, y)| x.re() == y.re() && x.im() == y.im()), "sytrs2 restores A");
                let ax = matmul(&a, &x2, n, nrhs);
                let res = ax.iter().zip(&b).map(|(&p, &q)| abs(p - q)).fold(0.0, f64::max);
                let scale = maxabs(&a) * maxabs(&x2) * n as f64;
                let tol = 30.0 * (n.max(1) as f64) * eps::<T>() * scale.max(1.0);
                assert!(res <= tol, "sytrs2 n={n} {uplo:?} herm={herm}: |AX - B| = {res:e} > {tol:e}");
                let diff = x1.iter().zip(&x2).map(|(&p, &q)| abs(p - q)).fold(0.0, f64::max);
                let xmax = maxabs(&x1).max(1e-300);
                assert!(
                    diff <= 1e4 * (n.max(1) as f64) * eps::<T>() * xmax,
                    "sytrs2 n={n} {uplo:?} herm={herm}: differs from sytrs by {diff:e} (|x| = {xmax:e})"
                );

                // sytri (unblocked), and sytri2 at several block sizes (nb < n
                // takes sytri2x; nb = 1 and a 2x2 block split by a block edge).
                let mut inv = f.clone();
                let mut buf = WorkBuffer::new(indefinite::sytri_req::<T>(n));
                indefinite::sytri(uplo, herm, MatMut::from_col_major(&mut inv, n, n, ld), &ipiv, buf.workspace())
                    .unwrap();
                check_inverse(&a, &inv, n, uplo, herm, "sytri");
                for nb in [1, 2, 3, 16, 64, n] {
                    let mut inv2 = f.clone();
                    let mut buf = WorkBuffer::new(indefinite::sytri2_req::<T>(n, nb));
                    indefinite::sytri2(
                        uplo,
                        herm,
                        MatMut::from_col_major(&mut inv2, n, n, ld),
                        &ipiv,
                        nb,
                        Par::Seq,
                        buf.workspace(),
                    )
                    .unwrap();
                    check_inverse(&a, &inv2, n, uplo, herm, &format!("sytri2 nb={nb}"));
                }

                // syswapr: P A P^T on the stored triangle.
                if n >= 2 {
                    for (i1, i2) in [(0, n - 1), (n / 3, n / 2 + 1), (1, 1)] {
                        let (i1, i2) = (i1.min(n - 1), i2.min(n - 1));
                        let mut s = a.clone();
                        indefinite::syswapr(uplo, herm, MatMut::from_col_major(&mut s, n, n, ld), i1, i2);
                        let got = symmetrize(&s, n, uplo, herm);
                        let p = |i: usize| {
                            if i == i1 {
                                i2
                            } else if i == i2 {
                                i1
                            } else {
                                i
                            }
                        };
                        for j in 0..n {
                            for i in 0..n {
                                let want = a[p(i) + p(j) * n];
                                assert!(got[i + j * n] == want, "syswapr({i1}, {i2}) n={n} {uplo:?} at ({i}, {j})");
                            }
                        }
                    }
                }
            }
        }

        // D singular (a zero row and column): INFO, and A left as it was.
        let n = 9;
        let mut a = indefinite::<T>(n, herm, 3);
        for i in 0..n {
            a[i + 4 * n] = T::zero();
            a[4 + i * n] = T::zero();
        }
        for uplo in [Uplo::Lower, Uplo::Upper] {
            let mut f = a.clone();
            let mut ipiv = vec![BlockPivot::None; n];
            let info = indefinite::sytrf(
                uplo,
                herm,
                MatMut::from_col_major(&mut f, n, n, n),
                &mut ipiv,
                Par::Seq,
                Workspace::empty(),
            )
            .unwrap_err();
            for nb in [2, n] {
                let mut g = f.clone();
                let mut buf = WorkBuffer::new(indefinite::sytri2_req::<T>(n, nb));
                let r = indefinite::sytri2(
                    uplo,
                    herm,
                    MatMut::from_col_major(&mut g, n, n, n),
                    &ipiv,
                    nb,
                    Par::Seq,
                    buf.workspace(),
                );
                assert_eq!(r, Err(info), "sytri2 nb={nb} {uplo:?}: INFO");
                assert!(f.iter().zip(&g).all(|(x, y)| x.re() == y.re() && x.im() == y.im()), "A unchanged");
            }
        }
    }
}

#[test]
fn indefinite_extra_residuals() {
    all::<f32>();
    all::<f64>();
    all::<c32>();
    all::<c64>();
}
