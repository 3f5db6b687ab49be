//! Residual tests of the generalized reduction (`sygst`/`hegst`) and the
//! Sylvester solver (`trsyl`, `lasy2`, `laln2`) in every precision, against
//! plain triple loops written here: `|L R L^H - A|` (or `R - L^H A L`) over
//! `n eps |L|^2 |A|`, and `|op(A) X + sign X op(B) - scale C|` over
//! `(|A| + |B|) |X| eps`. Sizes 0 to 3, past the crossover and 257, the
//! crossover lowered to 1; quasi-triangular A and B with standardized 2x2
//! blocks in the real case; every transposition and sign; nearly singular
//! equations (INFO = 1) and right-hand sides that need `scale < 1`.

use ferroblas::lapack::sylvester::{self, laln2, lasy2, Sign};
use ferroblas::lapack::Par;
use ferroblas::relapack::sygst::{sygst_with, Itype};
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

fn real<T: Scalar>(v: f64) -> T {
    T::from_real(<T::Real as RealScalar>::from_f64(v))
}

/// Largest `|a_ij|` of an n-column, ld-row column-major matrix's top m rows.
fn maxabs<T: Scalar>(a: &[T], m: usize, n: usize, ld: usize) -> f64 {
    (0..n).flat_map(|j| (0..m).map(move |i| (i, j))).map(|(i, j)| abs(a[i + j * ld])).fold(0.0, f64::max)
}

/// `C = op(A) op(B)`, n x n dense, leading dimension n.
fn mul<T: Scalar>(a: &[T], ta: Trans, b: &[T], tb: Trans, n: usize) -> Vec<T> {
    let at = |i: usize, j: usize| match ta {
        Trans::No => a[i + j * n],
        Trans::Trans => a[j + i * n],
        Trans::ConjTrans => a[j + i * n].conj(),
    };
    let bt = |i: usize, j: usize| match tb {
        Trans::No => b[i + j * n],
        Trans::Trans => b[j + i * n],
        Trans::ConjTrans => b[j + i * n].conj(),
    };
    let mut c = vec![T::zero(); n * n];
    for j in 0..n {
        for p in 0..n {
            let v = bt(p, j);
            for i in 0..n {
                c[i + j * n] += at(i, p) * v;
            }
        }
    }
    c
}

// ---------------------------------------------------------------- sygst

const SYGST_SIZES: &[usize] = &[0, 1, 2, 3, 17, 64, 100, 257];

fn check_sygst<T: Scalar>(itype: Itype, uplo: Uplo, n: usize, nb: usize) {
    let ld = n + 1;
    let mut rng = Rng((n * 7 + nb) as u64 + itype as u64 * 1000 + uplo as u64 * 31);
    let nan: T = real(f64::NAN);
    // Hermitian A (full) and a well-conditioned lower factor L.
    let mut afull = vec![T::zero(); n * n];
    let mut l = vec![T::zero(); n * n];
    let off = 0.5 / (n.max(1) as f64).sqrt();
    for j in 0..n {
        for i in j..n {
            let v: T = rng.scalar();
            afull[i + j * n] = if i == j { T::from_real(v.re()) } else { v };
            afull[j + i * n] = afull[i + j * n].conj();
            l[i + j * n] = if i == j {
                real(1.5 + 0.5 * rng.real())
            } else {
                rng.scalar::<T>().scale_real(<T::Real as RealScalar>::from_f64(off))
            };
        }
    }
    // The stored triangles; the others hold NaN that must be neither read nor written.
    let upper = uplo == Uplo::Upper;
    let mut a = vec![nan; ld * n];
    let mut b = vec![nan; ld * n];
    for j in 0..n {
        for i in 0..n {
            if (i >= j) != upper || i == j {
                a[i + j * ld] = afull[i + j * n];
                b[i + j * ld] = if upper { l[j + i * n].conj() } else { l[i + j * n] };
            }
        }
    }
    sygst_with(
        itype,
        uplo,
        MatMut::from_col_major(&mut a, n, n, ld),
        MatRef::from_col_major(&b, n, n, ld),
        Par::Seq,
        nb,
    );
    let mut r = vec![T::zero(); n * n];
    for j in 0..n {
        for i in 0..n {
            let stored = (i >= j) != upper || i == j;
            if stored {
                r[i + j * n] = a[i + j * ld];
                r[j + i * n] = a[i + j * ld].conj();
                assert!(!a[i + j * ld].is_nan(), "sygst read an unreferenced triangle (n={n})");
            } else {
                assert!(a[i + j * ld].is_nan(), "sygst wrote outside its triangle");
            }
        }
        assert_eq!(r[j + j * n].im().to_f64(), 0.0, "diagonal not real");
    }
    // ITYPE 1: L R L^H = A; otherwise R = L^H A L.
    let (lhs, rhs) = if itype == Itype::AxLambdaBx {
        (mul(&mul(&l, Trans::No, &r, Trans::No, n), Trans::No, &l, Trans::ConjTrans, n), afull.clone())
    } else {
        (r.clone(), mul(&mul(&l, Trans::ConjTrans, &afull, Trans::No, n), Trans::No, &l, Trans::No, n))
    };
    let err = (0..n * n).map(|k| abs(lhs[k] - rhs[k])).fold(0.0, f64::max);
    let lnorm = maxabs(&l, n, n, n) * n as f64;
    let scale = lnorm * lnorm * maxabs(&r, n, n, n).max(maxabs(&afull, n, n, n)).max(1e-300);
    let tol = 20.0 * (n.max(1) as f64) * eps::<T>() * scale;
    assert!(err <= tol, "sygst {itype:?} {uplo:?} n={n} nb={nb}: {err:e} > {tol:e}");
}

fn sygst_all<T: Scalar>() {
    for itype in [Itype::AxLambdaBx, Itype::ABxLambdaX, Itype::BAxLambdaX] {
        for uplo in [Uplo::Lower, Uplo::Upper] {
            for &n in SYGST_SIZES {
                for nb in [1, 16] {
                    check_sygst::<T>(itype, uplo, n, nb);
                }
            }
        }
    }
}

// ---------------------------------------------------------------- trsyl

/// A random Schur form: upper triangular, and for real types 2x2 blocks
/// `[a b; c a]` with `b c < 0` where `pairs` allows. Diagonals in [1, 2] times
/// `diag_sign`, so that A and -B (with the same signs) stay apart.
fn schur<T: Scalar>(n: usize, rng: &mut Rng, diag_sign: f64) -> Vec<T> {
    let mut a = vec![T::zero(); n * n];
    for j in 0..n {
        for i in 0..j {
            a[i + j * n] = rng.scalar();
        }
        a[j + j * n] = T::from_parts(
            <T::Real as RealScalar>::from_f64(diag_sign * (1.5 + 0.5 * rng.real())),
            <T::Real as RealScalar>::from_f64(rng.real()),
        );
    }
    if !T::IS_COMPLEX {
        let mut j = 0;
        while j + 1 < n {
            if rng.real() > 0.0 {
                let d = a[j + j * n];
                a[j + 1 + (j + 1) * n] = d;
                let b = 0.2 + rng.real().abs();
                let c = -(0.2 + rng.real().abs());
                a[j + (j + 1) * n] = real(b);
                a[j + 1 + j * n] = real(c);
                j += 2;
            } else {
                j += 1;
            }
        }
    }
    a
}

/// `|op(A) X + sign X op(B) - scale C| / ((|A| + |B|) |X| eps)` for X in `x`.
#[allow(clippy::too_many_arguments)]
fn trsyl_residual<T: Scalar>(
    ta: Trans,
    tb: Trans,
    sign: Sign,
    a: &[T],
    b: &[T],
    c: &[T],
    x: &[T],
    scale: f64,
    m: usize,
    n: usize,
) -> f64 {
    let opa = |i: usize, j: usize| match ta {
        Trans::No => a[i + j * m],
        Trans::Trans => a[j + i * m],
        Trans::ConjTrans => a[j + i * m].conj(),
    };
    let opb = |i: usize, j: usize| match tb {
        Trans::No => b[i + j * n],
        Trans::Trans => b[j + i * n],
        Trans::ConjTrans => b[j + i * n].conj(),
    };
    let s: T = real(if sign == Sign::Plus { 1.0 } else { -1.0 });
    let mut err: f64 = 0.0;
    for j in 0..n {
        for i in 0..m {
            let mut v = -c[i + j * m] * real::<T>(scale);
            for p in 0..m {
                v += opa(i, p) * x[p + j * m];
            }
            for q in 0..n {
                v += s * x[i + q * m] * opb(q, j);
            }
            err = err.max(abs(v));
        }
    }
    let norm = (maxabs(a, m, m, m) + maxabs(b, n, n, n)) * maxabs(x, m, n, m) * (m + n) as f64;
    err / (norm.max(f64::MIN_POSITIVE) * eps::<T>())
}

fn check_trsyl<T: Scalar>(m: usize, n: usize, nb: usize, seed: u64) {
    let transes: &[Trans] =
        if T::IS_COMPLEX { &[Trans::No, Trans::ConjTrans, Trans::Trans] } else { &[Trans::No, Trans::Trans] };
    let mut rng = Rng(seed);
    for sign in [Sign::Plus, Sign::Minus] {
        // With sign +, -B's eigenvalues are negative while A's are positive.
        let bsign = if sign == Sign::Plus { 1.0 } else { -1.0 };
        let a = schur::<T>(m, &mut rng, 1.0);
        let b = schur::<T>(n, &mut rng, bsign);
        let c: Vec<T> = (0..m * n).map(|_| rng.scalar()).collect();
        for &ta in transes {
            for &tb in transes {
                let mut x = c.clone();
                let r = sylvester::trsyl_with(
                    ta,
                    tb,
                    sign,
                    MatRef::from_col_major(&a, m, m, m.max(1)),
                    MatRef::from_col_major(&b, n, n, n.max(1)),
                    MatMut::from_col_major(&mut x, m, n, m.max(1)),
                    Par::Seq,
                    nb,
                );
                assert!(!r.perturbed, "trsyl perturbed a well-separated problem");
                assert_eq!(r.scale.to_f64(), 1.0);
                let res = trsyl_residual(ta, tb, sign, &a, &b, &c, &x, 1.0, m, n);
                assert!(res < 10.0, "trsyl {ta:?} {tb:?} {sign:?} m={m} n={n} nb={nb}: residual {res}");
            }
        }
    }
}

fn trsyl_all<T: Scalar>() {
    let sizes = [0, 1, 2, 3, 5, 17, 40, 100];
    for &m in &sizes {
        for &n in &sizes {
            if m * n > 4000 && m != n {
                continue;
            }
            for nb in [1, 16] {
                check_trsyl::<T>(m, n, nb, (m * 1000 + n) as u64);
            }
        }
    }
}

fn trsyl_near_singular<T: Scalar>() {
    // A = diag(1..), B = -A: A X + X B is singular; INFO = 1 and a finite X.
    let n = 20;
    for nb in [1, 16] {
        let mut a = vec![T::zero(); n * n];
        let mut b = vec![T::zero(); n * n];
        for i in 0..n {
            a[i + i * n] = real(1.0 + i as f64);
            b[i + i * n] = real(-1.0 - i as f64);
            if i > 0 {
                a[i - 1 + i * n] = real(0.5);
            }
        }
        let mut rng = Rng(5);
        let c: Vec<T> = (0..n * n).map(|_| rng.scalar()).collect();
        let mut x = c.clone();
        let r = sylvester::trsyl_with(
            Trans::No,
            Trans::No,
            Sign::Plus,
            MatRef::from_col_major(&a, n, n, n),
            MatRef::from_col_major(&b, n, n, n),
            MatMut::from_col_major(&mut x, n, n, n),
            Par::Seq,
            nb,
        );
        assert!(r.perturbed && r.info().unwrap_err().lapack_info() == 1);
        assert!(r.scale.to_f64() > 0.0 && r.scale.to_f64() <= 1.0);
        assert!(x.iter().all(|v| v.re().is_finite() && v.im().is_finite()), "non-finite X");
    }
    // A tiny A with a huge C: X would overflow, so scale < 1.
    let big = <T::Real as RealScalar>::MAX.to_f64().sqrt();
    for (m, n) in [(1, 1), (3, 2), (30, 25)] {
        for nb in [1, 16] {
            let mut rng = Rng(11);
            let mut a = schur::<T>(m, &mut rng, 1.0);
            a.iter_mut().for_each(|v| *v = v.scale_real(<T::Real as RealScalar>::from_f64(4.0 / big)));
            let b = vec![T::zero(); n * n];
            let c: Vec<T> =
                (0..m * n).map(|_| rng.scalar::<T>().scale_real(<T::Real as RealScalar>::from_f64(big))).collect();
            let mut x = c.clone();
            let r = sylvester::trsyl_with(
                Trans::No,
                Trans::No,
                Sign::Minus,
                MatRef::from_col_major(&a, m, m, m),
                MatRef::from_col_major(&b, n, n, n),
                MatMut::from_col_major(&mut x, m, n, m),
                Par::Seq,
                nb,
            );
            let s = r.scale.to_f64();
            assert!(s < 1.0 && s > 0.0, "expected scale < 1, got {s} (m={m} n={n})");
            assert!(x.iter().all(|v| v.re().is_finite() && v.im().is_finite()), "non-finite X");
            // The residual in scaled terms: divide everything by big to stay finite.
            let ds: Vec<T> = c.iter().map(|v| v.scale_real(<T::Real as RealScalar>::from_f64(1.0 / big))).collect();
            let xs: Vec<T> = x.iter().map(|v| v.scale_real(<T::Real as RealScalar>::from_f64(1.0 / big))).collect();
            let res = trsyl_residual(Trans::No, Trans::No, Sign::Minus, &a, &b, &ds, &xs, s, m, n);
            assert!(res < 10.0, "scaled trsyl residual {res} (m={m} n={n})");
        }
    }
}

// ---------------------------------------------------------------- lasy2, laln2

fn lasy2_all<R: RealScalar>() {
    let mut rng = Rng(3);
    for n1 in 1..=2 {
        for n2 in 1..=2 {
            for (ltl, ltr) in [(false, false), (false, true), (true, false), (true, true)] {
                for sign in [Sign::Plus, Sign::Minus] {
                    let tl: Vec<R> = (0..4).map(|_| rng.scalar()).collect();
                    let tr: Vec<R> = (0..4).map(|_| rng.scalar()).collect();
                    let b: Vec<R> = (0..4).map(|_| rng.scalar()).collect();
                    let mut x = [R::zero(); 4];
                    let r = lasy2(
                        ltl,
                        ltr,
                        sign,
                        MatRef::from_col_major(&tl, n1, n1, 2),
                        MatRef::from_col_major(&tr, n2, n2, 2),
                        MatRef::from_col_major(&b, n1, n2, 2),
                        MatMut::from_col_major(&mut x, n1, n2, 2),
                    );
                    let s = sign.value::<R>().to_f64();
                    let mut err: f64 = 0.0;
                    let mut xn: f64 = 0.0;
                    for i in 0..n1 {
                        let mut row = 0.0;
                        for j in 0..n2 {
                            let mut v = -r.scale.to_f64() * b[i + 2 * j].to_f64();
                            for p in 0..n1 {
                                let t = if ltl { tl[p + 2 * i] } else { tl[i + 2 * p] };
                                v += t.to_f64() * x[p + 2 * j].to_f64();
                            }
                            for q in 0..n2 {
                                let t = if ltr { tr[j + 2 * q] } else { tr[q + 2 * j] };
                                v += s * x[i + 2 * q].to_f64() * t.to_f64();
                            }
                            err = err.max(v.abs());
                            row += x[i + 2 * j].to_f64().abs();
                        }
                        xn = xn.max(row);
                    }
                    assert!((xn - r.xnorm.to_f64()).abs() <= 1e-5 * xn, "lasy2 xnorm");
                    let tol = 100.0 * eps::<R>() * (1.0 + xn) * 4.0;
                    assert!(r.perturbed || err <= tol, "lasy2 {n1}x{n2} {ltl} {ltr}: {err:e} > {tol:e}");
                }
            }
        }
    }
    // Singular: TL = 1, TR = -1, sign +: perturbed, X finite.
    let one = [R::one()];
    let mone = [-R::one()];
    let mut x = [R::zero()];
    let r = lasy2(
        false,
        false,
        Sign::Plus,
        MatRef::from_col_major(&one, 1, 1, 1),
        MatRef::from_col_major(&mone, 1, 1, 1),
        MatRef::from_col_major(&one, 1, 1, 1),
        MatMut::from_col_major(&mut x, 1, 1, 1),
    );
    assert!(r.perturbed && x[0].is_finite());
}

fn laln2_all<R: RealScalar>() {
    let mut rng = Rng(17);
    for na in 1..=2 {
        for nw in 1..=2 {
            for ltrans in [false, true] {
                for _ in 0..20 {
                    let a: Vec<R> = (0..4).map(|_| rng.scalar()).collect();
                    let b: Vec<R> = (0..4).map(|_| rng.scalar()).collect();
                    let (ca, d1, d2, wr, wi) = (rng.real(), rng.real(), rng.real(), rng.real(), rng.real());
                    let f = <R as RealScalar>::from_f64;
                    let mut x = [R::zero(); 4];
                    let r = laln2(
                        ltrans,
                        f(1e-3),
                        f(ca),
                        MatRef::from_col_major(&a, na, na, 2),
                        f(d1),
                        f(d2),
                        MatRef::from_col_major(&b, na, nw, 2),
                        f(wr),
                        f(wi),
                        MatMut::from_col_major(&mut x, na, nw, 2),
                    );
                    if r.perturbed {
                        continue;
                    }
                    let wi = if nw == 2 { f(wi).to_f64() } else { 0.0 };
                    let d = [f(d1).to_f64(), f(d2).to_f64()];
                    let xc = |i: usize| (x[i].to_f64(), if nw == 2 { x[i + 2].to_f64() } else { 0.0 });
                    let mut err: f64 = 0.0;
                    for i in 0..na {
                        let (mut re, mut im) = (-r.scale.to_f64() * b[i].to_f64(), 0.0);
                        if nw == 2 {
                            im = -r.scale.to_f64() * b[i + 2].to_f64();
                        }
                        for p in 0..na {
                            let t = f(ca).to_f64() * if ltrans { a[p + 2 * i] } else { a[i + 2 * p] }.to_f64();
                            let (cr, ci) = if p == i { (t - f(wr).to_f64() * d[i], -wi * d[i]) } else { (t, 0.0) };
                            let (xr, xi) = xc(p);
                            re += cr * xr - ci * xi;
                            im += cr * xi + ci * xr;
                        }
                        err = err.max(re.abs() + im.abs());
                    }
                    let xn = r.xnorm.to_f64();
                    let tol = 100.0 * eps::<R>() * (1.0 + xn) * 4.0;
                    assert!(err <= tol, "laln2 na={na} nw={nw} {ltrans}: {err:e} > {tol:e}");
                }
            }
        }
    }
}

/// The tests, under a name the CI can select: `residual::` runs on the
/// dispatch table the CPU picks, on `generic`, and under qemu for NEON.
mod residual {
    use super::*;

    #[test]
    fn sygst_residuals() {
        sygst_all::<f32>();
        sygst_all::<f64>();
        sygst_all::<c32>();
        sygst_all::<c64>();
    }

    #[test]
    fn trsyl_residuals() {
        trsyl_all::<f32>();
        trsyl_all::<f64>();
        trsyl_all::<c32>();
        trsyl_all::<c64>();
    }

    #[test]
    fn trsyl_near_singular_and_scaled() {
        trsyl_near_singular::<f32>();
        trsyl_near_singular::<f64>();
        trsyl_near_singular::<c32>();
        trsyl_near_singular::<c64>();
    }

    #[test]
    fn lasy2_laln2_residuals() {
        lasy2_all::<f32>();
        lasy2_all::<f64>();
        laln2_all::<f32>();
        laln2_all::<f64>();
    }
}
