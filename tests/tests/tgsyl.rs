//! Residual tests of the generalized Sylvester solver (`tgsyl`, `tgsy2`) and
//! the complete-pivoting LU under it (`getc2`, `gesc2`), in every precision,
//! against plain loops written here:
//! `|A R - L B - scale C| + |D R - L E - scale F|` (or the transposed
//! equations) over `(|A| + |B| + |D| + |E|) |R, L| eps`, for random
//! (quasi-)triangular pairs with 2x2 blocks in the real case, every `trans`,
//! sizes up to 60, the recursion's crossover lowered to 1; every IJOB gives a
//! positive Dif; `|A x - scale b|` for `getc2`/`gesc2`, and a singular matrix
//! perturbed (INFO > 0).

use ferroblas::lapack::sylvester::generalized::{tgsyl_req, tgsyl_with, SylJob, Tgsy2};
use ferroblas::lapack::sylvester::{gesc2, getc2, tgsy2, DifMethod};
use ferroblas::lapack::{Par, WorkBuffer};
use ferroblas::{c32, c64, MatMut, MatRef, RealScalar, Scalar, Trans};

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

fn maxabs<T: Scalar>(a: &[T]) -> f64 {
    a.iter().map(|&v| abs(v)).fold(0.0, f64::max)
}

/// A random pair (A, D) of order n in generalized Schur form, column-major:
/// D upper triangular with diagonal near 1, A upper triangular with diagonal
/// `shift + [0, 1)`, and for real types a 2x2 block (complex eigenvalues) at
/// every third position.
fn schur_pair<T: Scalar>(n: usize, shift: f64, rng: &mut Rng) -> (Vec<T>, Vec<T>) {
    let mut a = vec![T::zero(); n * n];
    let mut d = vec![T::zero(); n * n];
    for j in 0..n {
        for i in 0..j {
            a[i + j * n] = rng.scalar();
            d[i + j * n] = rng.scalar::<T>().scale_real(<T::Real as RealScalar>::from_f64(0.5));
        }
        a[j + j * n] = real::<T>(shift + 0.5 * rng.real()) + if T::IS_COMPLEX { rng.scalar() } else { T::zero() };
        d[j + j * n] = real(1.0 + 0.25 * rng.real());
    }
    if !T::IS_COMPLEX {
        let mut i = 0;
        while i + 1 < n {
            if i % 3 == 1 {
                // [x y; -z x] with y z > 0: eigenvalues x +- i sqrt(y z).
                let x = a[i + i * n];
                a[(i + 1) + (i + 1) * n] = x;
                a[i + (i + 1) * n] = real(0.5 + 0.5 * rng.real().abs());
                a[(i + 1) + i * n] = real(-0.5 - 0.5 * rng.real().abs());
                d[i + (i + 1) * n] = T::zero();
                d[(i + 1) + (i + 1) * n] = d[i + i * n];
                i += 3;
            } else {
                i += 1;
            }
        }
    }
    (a, d)
}

/// `op(X)(i, j)` of an n x n column-major X.
fn at<T: Scalar>(x: &[T], n: usize, t: Trans, i: usize, j: usize) -> T {
    match t {
        Trans::No => x[i + j * n],
        _ => x[j + i * n].conj(),
    }
}

/// The residual of the two equations, over (|A|+|B|+|D|+|E|) |R, L| eps (m+n).
#[allow(clippy::too_many_arguments)]
fn residual<T: Scalar>(
    trans: Trans,
    m: usize,
    n: usize,
    a: &[T],
    b: &[T],
    d: &[T],
    e: &[T],
    c0: &[T],
    f0: &[T],
    r: &[T],
    l: &[T],
    scale: f64,
) -> f64 {
    let s: T = real(scale);
    let mut err: f64 = 0.0;
    for j in 0..n {
        for i in 0..m {
            let (mut e1, mut e2) = (T::zero(), T::zero());
            if trans == Trans::No {
                for p in 0..m {
                    e1 += a[i + p * m] * r[p + j * m];
                    e2 += d[i + p * m] * r[p + j * m];
                }
                for q in 0..n {
                    e1 -= l[i + q * m] * b[q + j * n];
                    e2 -= l[i + q * m] * e[q + j * n];
                }
                e1 -= s * c0[i + j * m];
                e2 -= s * f0[i + j * m];
            } else {
                for p in 0..m {
                    e1 += at(a, m, Trans::ConjTrans, i, p) * r[p + j * m]
                        + at(d, m, Trans::ConjTrans, i, p) * l[p + j * m];
                }
                for q in 0..n {
                    e2 += r[i + q * m] * at(b, n, Trans::ConjTrans, q, j)
                        + l[i + q * m] * at(e, n, Trans::ConjTrans, q, j);
                }
                e1 -= s * c0[i + j * m];
                e2 += s * f0[i + j * m];
            }
            err = err.max(abs(e1)).max(abs(e2));
        }
    }
    let norms = maxabs(a) + maxabs(b) + maxabs(d) + maxabs(e);
    let x = maxabs(r).max(maxabs(l)).max(1e-300);
    err / (norms * x * eps::<T>() * (m + n) as f64)
}

struct Problem<T> {
    m: usize,
    n: usize,
    a: Vec<T>,
    b: Vec<T>,
    d: Vec<T>,
    e: Vec<T>,
    c: Vec<T>,
    f: Vec<T>,
}

fn problem<T: Scalar>(m: usize, n: usize, seed: u64) -> Problem<T> {
    let mut rng = Rng(seed);
    let (a, d) = schur_pair::<T>(m, 2.0, &mut rng);
    let (b, e) = schur_pair::<T>(n, -2.5, &mut rng);
    let c = (0..m * n).map(|_| rng.scalar()).collect();
    let f = (0..m * n).map(|_| rng.scalar()).collect();
    Problem { m, n, a, b, d, e, c, f }
}

/// Runs tgsyl on a copy; returns (R, L, result).
fn run<T: Scalar>(
    p: &Problem<T>,
    trans: Trans,
    job: SylJob,
    nb: usize,
) -> (Vec<T>, Vec<T>, ferroblas::lapack::sylvester::GenScaled<T::Real>) {
    let (m, n) = (p.m, p.n);
    let (mut r, mut l) = (p.c.clone(), p.f.clone());
    let mut buf = WorkBuffer::new(tgsyl_req::<T>(trans, job, m, n));
    let res = tgsyl_with(
        trans,
        job,
        MatRef::from_col_major(&p.a, m, m, m.max(1)),
        MatRef::from_col_major(&p.b, n, n, n.max(1)),
        MatMut::from_col_major(&mut r, m, n, m.max(1)),
        MatRef::from_col_major(&p.d, m, m, m.max(1)),
        MatRef::from_col_major(&p.e, n, n, n.max(1)),
        MatMut::from_col_major(&mut l, m, n, m.max(1)),
        Par::Seq,
        buf.workspace(),
        nb,
    );
    (r, l, res)
}

fn trans_of<T: Scalar>() -> [Trans; 2] {
    [Trans::No, if T::IS_COMPLEX { Trans::ConjTrans } else { Trans::Trans }]
}

const SIZES: &[usize] = &[1, 2, 3, 4, 7, 17, 33, 60];

fn tgsyl_all<T: Scalar>() {
    for &m in SIZES {
        for &n in SIZES {
            let p = problem::<T>(m, n, (m * 100 + n) as u64);
            for trans in trans_of::<T>() {
                for nb in [1, 5, 16, 100] {
                    let (r, l, res) = run(&p, trans, SylJob::Solve, nb);
                    assert!(res.perturbed.is_none(), "tgsyl perturbed a well-separated problem (m={m} n={n})");
                    assert_eq!(res.dif, None);
                    let s = res.scale.to_f64();
                    let q = residual(trans, m, n, &p.a, &p.b, &p.d, &p.e, &p.c, &p.f, &r, &l, s);
                    assert!(q < 10.0, "tgsyl {trans:?} m={m} n={n} nb={nb}: residual {q}");
                }
            }
        }
    }
}

/// Every IJOB: a positive, finite Dif; IJOB 1 and 2 still solve; the
/// recursion's Dif agrees with the unsplit sweep's.
fn tgsyl_dif<T: Scalar>() {
    for &(m, n) in &[(1, 1), (2, 2), (3, 5), (7, 4), (17, 20), (40, 33)] {
        let p = problem::<T>(m, n, (m * 7 + n) as u64);
        for method in [DifMethod::LookAhead, DifMethod::Gecon] {
            for job in [SylJob::SolveAndDif(method), SylJob::DifOnly(method)] {
                let mut difs = vec![];
                for nb in [1, 4, 100] {
                    let (r, l, res) = run(&p, Trans::No, job, nb);
                    let dif = res.dif.expect("a Dif estimate").to_f64();
                    assert!(dif > 0.0 && dif.is_finite(), "{job:?} m={m} n={n}: dif {dif}");
                    difs.push(dif);
                    if let SylJob::SolveAndDif(_) = job {
                        let q =
                            residual(Trans::No, m, n, &p.a, &p.b, &p.d, &p.e, &p.c, &p.f, &r, &l, res.scale.to_f64());
                        assert!(q < 10.0, "tgsyl {job:?} m={m} n={n}: residual {q}");
                    }
                }
                for w in difs.windows(2) {
                    assert!(
                        (w[0] - w[1]).abs() <= 1e-2 * w[0],
                        "{job:?} m={m} n={n}: Dif {difs:?} depends on the split"
                    );
                }
            }
        }
        // Transposed, IJOB is ignored and DIF not set.
        let (_, _, res) = run(&p, trans_of::<T>()[1], SylJob::SolveAndDif(DifMethod::LookAhead), 4);
        assert_eq!(res.dif, None);
    }
    // Empty: scale 1, Dif 0 when asked.
    let p = problem::<T>(0, 3, 1);
    let (_, _, res) = run(&p, Trans::No, SylJob::DifOnly(DifMethod::Gecon), 4);
    assert_eq!((res.scale.to_f64(), res.dif.map(|d| d.to_f64())), (1.0, Some(0.0)));
}

/// Dif against the true separation: sigma_min of the Kronecker matrix of
/// a 2x2 (one 2x2 block each) problem, computed by brute force with the
/// estimate within a factor 10 either way.
fn tgsyl_dif_accuracy<T: Scalar>() {
    let (m, n) = (2, 2);
    let p = problem::<T>(m, n, 99);
    for method in [DifMethod::LookAhead, DifMethod::Gecon] {
        let (_, _, res) = run(&p, Trans::No, SylJob::DifOnly(method), 100);
        let dif = res.dif.unwrap().to_f64();
        // Z = [kron(I, A) -kron(B^T, I); kron(I, D) -kron(E^T, I)], 8x8;
        // sigma_min by inverse iteration on Z^H Z through a dense solve.
        let k = m * n;
        let mut z = vec![c64::new(0.0, 0.0); 4 * k * k];
        let cv = |v: T| c64::new(v.re().to_f64(), v.im().to_f64());
        let zd = 2 * k;
        for j in 0..n {
            for i in 0..m {
                let row = i + m * j;
                for pp in 0..m {
                    z[row + zd * (pp + m * j)] = cv(p.a[i + pp * m]);
                    z[k + row + zd * (pp + m * j)] = cv(p.d[i + pp * m]);
                }
                for q in 0..n {
                    z[row + zd * (k + i + m * q)] = -cv(p.b[q + j * n]);
                    z[k + row + zd * (k + i + m * q)] = -cv(p.e[q + j * n]);
                }
            }
        }
        let smin = sigma_min(&z, zd);
        let want = smin;
        assert!(dif > want / 30.0 && dif < want * 30.0, "{method:?}: dif {dif} vs sigma_min {smin}");
    }
}

/// The smallest singular value of the n x n complex z, by power iteration
/// on inv(Z^H Z) (dense Gauss-Jordan inverse).
fn sigma_min(z: &[c64], n: usize) -> f64 {
    let mut g = vec![c64::new(0.0, 0.0); n * n];
    for j in 0..n {
        for i in 0..n {
            for k in 0..n {
                g[i + j * n] += z[k + i * n].conj() * z[k + j * n];
            }
        }
    }
    // Invert g.
    let mut inv = vec![c64::new(0.0, 0.0); n * n];
    for i in 0..n {
        inv[i + i * n] = c64::new(1.0, 0.0);
    }
    for col in 0..n {
        let piv = (col..n).max_by(|&x, &y| g[x + col * n].norm_sqr().total_cmp(&g[y + col * n].norm_sqr())).unwrap();
        for j in 0..n {
            g.swap(col + j * n, piv + j * n);
            inv.swap(col + j * n, piv + j * n);
        }
        let d = g[col + col * n];
        for j in 0..n {
            g[col + j * n] /= d;
            inv[col + j * n] /= d;
        }
        for r in 0..n {
            if r != col {
                let f = g[r + col * n];
                for j in 0..n {
                    let (gv, iv) = (g[col + j * n], inv[col + j * n]);
                    g[r + j * n] -= f * gv;
                    inv[r + j * n] -= f * iv;
                }
            }
        }
    }
    let mut x = vec![c64::new(1.0, 0.3); n];
    let mut lambda = 0.0;
    for _ in 0..200 {
        let y: Vec<c64> = (0..n).map(|i| (0..n).map(|j| inv[i + j * n] * x[j]).sum()).collect();
        let nrm = y.iter().map(|v| v.norm_sqr()).sum::<f64>().sqrt();
        lambda = nrm / x.iter().map(|v| v.norm_sqr()).sum::<f64>().sqrt();
        x = y.iter().map(|v| v / nrm).collect();
    }
    1.0 / lambda.sqrt()
}

/// A 2x2 block in both A and B, solved by one 8x8 system (real types).
fn tgsy2_blocks<T: Scalar>() {
    let mut rng = Rng(5);
    let a: Vec<T> = [1.0, -2.0, 3.0, 1.0].iter().map(|&v| real(v)).collect();
    let b: Vec<T> = [-1.0, -1.5, 0.5, -1.0].iter().map(|&v| real(v)).collect();
    let d: Vec<T> = [1.0, 0.0, 0.25, 1.5].iter().map(|&v| real(v)).collect();
    let e: Vec<T> = [2.0, 0.0, -0.5, 1.0].iter().map(|&v| real(v)).collect();
    let c: Vec<T> = (0..4).map(|_| real(rng.real())).collect();
    let f: Vec<T> = (0..4).map(|_| real(rng.real())).collect();
    for trans in trans_of::<T>() {
        let (mut r, mut l) = (c.clone(), f.clone());
        let (mut rdsum, mut rdscal) = (<T::Real as Scalar>::one(), <T::Real as Scalar>::zero());
        let out: Tgsy2<T::Real> = tgsy2(
            trans,
            None,
            MatRef::from_col_major(&a, 2, 2, 2),
            MatRef::from_col_major(&b, 2, 2, 2),
            MatMut::from_col_major(&mut r, 2, 2, 2),
            MatRef::from_col_major(&d, 2, 2, 2),
            MatRef::from_col_major(&e, 2, 2, 2),
            MatMut::from_col_major(&mut l, 2, 2, 2),
            &mut rdsum,
            &mut rdscal,
        );
        assert_eq!(out.pq, if T::IS_COMPLEX { 4 } else { 1 });
        assert!(out.perturbed.is_none());
        let q = residual(trans, 2, 2, &a, &b, &d, &e, &c, &f, &r, &l, out.scale.to_f64());
        assert!(q < 10.0, "tgsy2 2x2 blocks {trans:?}: residual {q}");
    }
}

/// `getc2` then `gesc2` on random matrices: `|A x - scale b|` small; a
/// singular matrix is perturbed (INFO > 0) and still gives a finite x.
fn getc2_all<T: Scalar>() {
    let mut rng = Rng(17);
    for n in 1..=8 {
        for trial in 0..4 {
            let a: Vec<T> = (0..n * n).map(|_| rng.scalar()).collect();
            let b: Vec<T> = (0..n).map(|_| rng.scalar()).collect();
            let mut lu = a.clone();
            let (mut ipiv, mut jpiv) = (vec![0usize; n], vec![0usize; n]);
            let info = getc2(MatMut::from_col_major(&mut lu, n, n, n), &mut ipiv, &mut jpiv);
            assert!(info.is_ok(), "getc2 perturbed a random matrix (n={n} trial={trial})");
            let mut x = b.clone();
            let scale = gesc2(MatRef::from_col_major(&lu, n, n, n), &mut x, &ipiv, &jpiv).to_f64();
            assert_eq!(scale, 1.0);
            let mut err: f64 = 0.0;
            for i in 0..n {
                let mut v = -b[i];
                for j in 0..n {
                    v += a[i + j * n] * x[j];
                }
                err = err.max(abs(v));
            }
            let tol = 50.0 * n as f64 * eps::<T>() * maxabs(&a) * maxabs(&x);
            assert!(err <= tol, "getc2/gesc2 n={n}: {err:e} > {tol:e}");
        }
        // Equal rows: every pivot after the first is exactly zero and
        // perturbed, the last reported (INFO = n).
        let v: Vec<T> = (0..n).map(|_| rng.scalar()).collect();
        let mut a: Vec<T> = (0..n * n).map(|k| v[k / n]).collect();
        if n == 1 {
            a[0] = T::zero();
        }
        let (mut ipiv, mut jpiv) = (vec![0usize; n], vec![0usize; n]);
        let info = getc2(MatMut::from_col_major(&mut a, n, n, n), &mut ipiv, &mut jpiv);
        assert_eq!(info.map_err(|e| e.lapack_info()), Err(n as i64), "rank-one n={n}");
        let mut x: Vec<T> = (0..n).map(|_| real(1.0)).collect();
        let scale = gesc2(MatRef::from_col_major(&a, n, n, n), &mut x, &ipiv, &jpiv).to_f64();
        assert!(scale > 0.0 && scale <= 1.0);
        assert!(x.iter().all(|v| abs(*v).is_finite()), "gesc2 overflowed on a perturbed matrix: n={n} {x:?}");
    }
}

/// A common eigenvalue of (A, D) and (B, E): INFO > 0, scale > 0, finite.
fn tgsyl_singular<T: Scalar>() {
    let mut p = problem::<T>(4, 3, 3);
    // Make the last eigenvalue of (A, D) the first of (B, E).
    let m = p.m;
    p.a[(m - 1) + (m - 1) * m] = p.b[0];
    p.d[(m - 1) + (m - 1) * m] = p.e[0];
    for nb in [1, 100] {
        let (r, l, res) = run(&p, Trans::No, SylJob::Solve, nb);
        assert!(res.perturbed.is_some(), "tgsyl did not report a common eigenvalue");
        assert!(res.scale.to_f64() > 0.0);
        assert!(r.iter().chain(&l).all(|v| abs(*v).is_finite()));
    }
}

/// The tests, under a name the CI can select: `residual::` runs on the
/// dispatch table the CPU picks, on `generic`, and under qemu for NEON.
mod residual {
    use super::*;

    #[test]
    fn tgsyl_residuals() {
        tgsyl_all::<f32>();
        tgsyl_all::<f64>();
        tgsyl_all::<c32>();
        tgsyl_all::<c64>();
    }

    #[test]
    fn tgsyl_dif_estimates() {
        tgsyl_dif::<f32>();
        tgsyl_dif::<f64>();
        tgsyl_dif::<c32>();
        tgsyl_dif::<c64>();
        tgsyl_dif_accuracy::<f64>();
        tgsyl_dif_accuracy::<c64>();
    }

    #[test]
    fn tgsy2_two_by_two_blocks() {
        tgsy2_blocks::<f32>();
        tgsy2_blocks::<f64>();
    }

    #[test]
    fn getc2_gesc2_residuals() {
        getc2_all::<f32>();
        getc2_all::<f64>();
        getc2_all::<c32>();
        getc2_all::<c64>();
    }

    #[test]
    fn tgsyl_common_eigenvalue() {
        tgsyl_singular::<f64>();
        tgsyl_singular::<c64>();
    }
}
