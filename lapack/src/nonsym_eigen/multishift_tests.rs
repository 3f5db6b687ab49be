#![allow(clippy::needless_range_loop)] // indices address matrix rows, columns and vectors alike

use super::*;
use crate::nonsym_eigen::{gehrd, gehrd_req, hseqr, hseqr_req, orghr, orghr_req, SchurJob};
use crate::sym_eigen::tridiagonal::Compz;
use crate::WorkBuffer;
use ferroblas_kernels::scalar::{c32, c64};

type C = Complex<f64>;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 11) as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
    }
    fn scalar<T: Scalar>(&mut self) -> T {
        let re = self.next();
        let im = self.next();
        T::from_parts(<T::Real as RealScalar>::from_f64(re), <T::Real as RealScalar>::from_f64(im))
    }
}

fn eps<T: Scalar>() -> f64 {
    <T::Real as RealScalar>::EPSILON.to_f64()
}

fn c<T: Scalar>(x: T) -> C {
    C::new(x.re().to_f64(), x.im().to_f64())
}

fn ab(z: C) -> f64 {
    z.re.hypot(z.im)
}

/// A dense column-major complex copy (`n x n`) of `a` (leading dimension `ld`).
fn dense<T: Scalar>(a: &[T], n: usize, ld: usize) -> Vec<C> {
    let mut out = vec![C::new(0.0, 0.0); n * n];
    for j in 0..n {
        for i in 0..n {
            out[i + j * n] = c(a[i + j * ld]);
        }
    }
    out
}

fn norm1(a: &[C], n: usize) -> f64 {
    (0..n).map(|j| (0..n).map(|i| ab(a[i + j * n])).sum::<f64>()).fold(0.0, f64::max)
}

/// `a b` or `a^H b` (dense `n x n`).
fn mul(a: &[C], b: &[C], n: usize, adj_a: bool) -> Vec<C> {
    let mut out = vec![C::new(0.0, 0.0); n * n];
    for j in 0..n {
        for p in 0..n {
            let bp = b[p + j * n];
            if bp == C::new(0.0, 0.0) {
                continue;
            }
            for i in 0..n {
                let x = if adj_a { a[p + i * n].conj() } else { a[i + p * n] };
                out[i + j * n] += x * bp;
            }
        }
    }
    out
}

/// `a b^H` (dense `n x n`).
fn mul_adj_b(a: &[C], b: &[C], n: usize) -> Vec<C> {
    let mut out = vec![C::new(0.0, 0.0); n * n];
    for j in 0..n {
        for p in 0..n {
            let bp = b[j + p * n].conj();
            for i in 0..n {
                out[i + j * n] += a[i + p * n] * bp;
            }
        }
    }
    out
}

/// `|A - Z T Z^H| / (n eps |A|)` and `|Z^H Z - I| / (n eps)`.
fn residuals<T: Scalar>(a0: &[C], t: &[T], z: &[T], n: usize, ld: usize) -> (f64, f64) {
    let (tc, zc) = (dense(t, n, ld), dense(z, n, ld));
    let zt = mul(&zc, &tc, n, false);
    // Z T Z^H = ((Z T) Z^H) = (Z (Z T)^H)^H.
    let back = mul_adj_b(&zc, &zt, n);
    let mut d = vec![C::new(0.0, 0.0); n * n];
    for j in 0..n {
        for i in 0..n {
            d[i + j * n] = a0[i + j * n] - back[j + i * n].conj();
        }
    }
    let nn = n.max(1) as f64;
    let r = norm1(&d, n) / (nn * eps::<T>() * norm1(a0, n).max(f64::MIN_POSITIVE));
    let mut o = mul(&zc, &zc, n, true);
    for i in 0..n {
        o[i + i * n] -= C::new(1.0, 0.0);
    }
    (r, norm1(&o, n) / (nn * eps::<T>()))
}

/// T is quasi-triangular in standard form and `w` holds its eigenvalues.
fn check_schur_form<T: Scalar>(t: &[T], w: &[Complex<T::Real>], n: usize, ld: usize, what: &str) {
    let g = |i: usize, j: usize| c(t[i + j * ld]);
    let zero = C::new(0.0, 0.0);
    let mut i = 0;
    while i < n {
        for r in i + 2..n {
            assert_eq!(g(r, i), zero, "{what}: T({r},{i}) below the subdiagonal");
        }
        let wi = c(T::from_parts(w[i].re, w[i].im));
        let wi = if T::IS_COMPLEX { wi } else { C::new(w[i].re.to_f64(), w[i].im.to_f64()) };
        if i + 1 < n && g(i + 1, i) != zero {
            assert!(!T::IS_COMPLEX, "{what}: complex T has a subdiagonal at {i}");
            assert!(i + 2 >= n || g(i + 2, i + 1) == zero, "{what}: two consecutive subdiagonals at {i}");
            assert_eq!(g(i, i), g(i + 1, i + 1), "{what}: 2x2 block at {i} not standard");
            assert!(g(i, i + 1).re * g(i + 1, i).re < 0.0, "{what}: 2x2 block at {i} has real eigenvalues");
            let im = g(i, i + 1).re.abs().sqrt() * g(i + 1, i).re.abs().sqrt();
            let tol = 1e3 * eps::<T>() * (1.0 + ab(wi));
            assert!(ab(wi - C::new(g(i, i).re, im)) <= tol, "{what}: eigenvalue {i} is not T's");
            assert!(w[i + 1].re == w[i].re && w[i + 1].im == -w[i].im && w[i].im.to_f64() > 0.0);
            i += 2;
        } else {
            assert!(ab(wi - g(i, i)) <= 4.0 * eps::<T>() * (1.0 + ab(wi)), "{what}: eigenvalue {i} is not T({i},{i})");
            i += 1;
        }
    }
}

fn sorted(w: &[Complex<impl RealScalar>]) -> Vec<C> {
    let mut v: Vec<C> = w.iter().map(|z| C::new(z.re.to_f64(), z.im.to_f64())).collect();
    v.sort_by(|a, b| a.re.total_cmp(&b.re).then(a.im.total_cmp(&b.im)));
    v
}

/// Every eigenvalue of `a` has one in `b` within `tol` (a greedy matching).
fn same_eigs(a: &[C], b: &[C], tol: f64) -> bool {
    let mut used = vec![false; b.len()];
    a.len() == b.len()
        && a.iter().all(|x| {
            let best = (0..b.len()).filter(|&k| !used[k]).min_by(|&p, &q| ab(*x - b[p]).total_cmp(&ab(*x - b[q])));
            match best {
                Some(k) if ab(*x - b[k]) <= tol => {
                    used[k] = true;
                    true
                }
                _ => false,
            }
        })
}

/// The kinds of test matrices.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Random,
    /// A diagonal matrix with repeated and clustered values, then a few
    /// random reflections on both sides (normal: well-conditioned eigenvalues).
    Clustered,
    /// Entries scaled by `g^(i+j)`.
    Graded,
    /// Jordan blocks of eigenvalue 1 with tiny subdiagonal entries.
    Jordan,
    Zero,
}

/// A general `n x n` test matrix (leading dimension `n + 2`).
fn matrix<T: Scalar>(kind: Kind, n: usize, seed: u64) -> (Vec<T>, usize) {
    let ld = n + 2;
    let mut r = Rng(seed);
    let mut a = vec![T::zero(); ld * n.max(1)];
    let re = |x: f64| T::from_real(<T::Real as RealScalar>::from_f64(x));
    match kind {
        Kind::Random => {
            for j in 0..n {
                for i in 0..n {
                    a[i + j * ld] = r.scalar();
                }
            }
        }
        Kind::Graded => {
            for j in 0..n {
                for i in 0..n {
                    let g = 0.93f64.powi((i + j) as i32);
                    a[i + j * ld] = r.scalar::<T>() * re(g);
                }
            }
        }
        Kind::Jordan => {
            for j in 0..n {
                a[j + j * ld] = re(1.0);
                if j + 1 < n {
                    a[j + (j + 1) * ld] = re(1.0);
                    a[j + 1 + j * ld] = re(1e-3 * r.next());
                }
            }
        }
        Kind::Clustered => {
            for j in 0..n {
                let d = match j % 4 {
                    0 => 1.0,
                    1 => 1.0 + 1e-6 * r.next(),
                    2 => -2.0,
                    _ => 0.5,
                };
                a[j + j * ld] = re(d);
            }
            // Similarity by reflections I - 2 v v^H / |v|^2.
            for _ in 0..3 {
                let v: Vec<T> = (0..n).map(|_| r.scalar()).collect();
                let vv: f64 = v.iter().map(|x| ab(c(*x)).powi(2)).sum();
                let s = re(2.0 / vv);
                for j in 0..n {
                    let dot = (0..n).fold(T::zero(), |acc, i| acc + v[i].conj() * a[i + j * ld]);
                    for i in 0..n {
                        a[i + j * ld] -= s * v[i] * dot;
                    }
                }
                for i in 0..n {
                    let dot = (0..n).fold(T::zero(), |acc, j| acc + a[i + j * ld] * v[j]);
                    for j in 0..n {
                        a[i + j * ld] -= s * dot * v[j].conj();
                    }
                }
            }
        }
        Kind::Zero => {}
    }
    (a, ld)
}

/// Reduces `kind`'s matrix with gehrd/orghr and runs hseqr: the residual of
/// `A = Z T Z^H`, Z's orthogonality, T's form, JOB = E against JOB = S, and
/// (random matrices) the eigenvalues against lahqr's.
fn check<T: Scalar>(kind: Kind, n: usize, seed: u64) {
    let what = format!("{} {kind:?} n={n}", T::PREFIX);
    let (mut a, ld) = matrix::<T>(kind, n, seed);
    let a0 = dense(&a, n, ld);
    let mut tau = vec![T::zero(); n.max(1)];
    let mut buf = WorkBuffer::new(gehrd_req::<T>(n).or(orghr_req::<T>(0, n)).or(hseqr_req::<T>(n)));
    let nt = n.saturating_sub(1);
    gehrd(0, n, MatMut::from_col_major(&mut a, n, n, ld), &mut tau[..nt], Par::Seq, buf.workspace());
    let mut z = a.clone();
    orghr(0, n, MatMut::from_col_major(&mut z, n, n, ld), &tau[..nt], Par::Seq, buf.workspace());
    for j in 0..n {
        for i in j + 2..n {
            a[i + j * ld] = T::zero();
        }
    }
    let hess = a.clone();
    let mut w = vec![Complex::<T::Real>::default(); n];
    let r = hseqr(
        SchurJob::Schur,
        Compz::Update,
        0,
        n,
        MatMut::from_col_major(&mut a, n, n, ld),
        &mut w,
        MatMut::from_col_major(&mut z, n, n, ld),
        Par::Seq,
        buf.workspace(),
    );
    assert_eq!(r, Ok(()), "{what}");
    let (res, orth) = residuals::<T>(&a0, &a, &z, n, ld);
    assert!(res < 30.0 && orth < 30.0, "{what}: residual {res}, orthogonality {orth}");
    check_schur_form::<T>(&a, &w, n, ld, &what);
    if kind == Kind::Zero {
        assert!(w.iter().all(|z| z.re.to_f64() == 0.0 && z.im.to_f64() == 0.0), "{what}");
    }
    // Eigenvalues only, and lahqr's eigenvalues, agree to rounding (the
    // nonrandom matrices have ill-conditioned eigenvalues: looser there).
    let tol = match kind {
        Kind::Random | Kind::Zero | Kind::Clustered => 1e3 * eps::<T>() * n.max(1) as f64,
        Kind::Graded => 1e4 * eps::<T>() * n.max(1) as f64,
        _ => 1e-2,
    };
    let mut h = hess.clone();
    let mut we = vec![Complex::<T::Real>::default(); n];
    let r = hseqr(
        SchurJob::Eigenvalues,
        Compz::None,
        0,
        n,
        MatMut::from_col_major(&mut h, n, n, ld),
        &mut we,
        MatMut::from_col_major(&mut [], 0, 0, 1),
        Par::Seq,
        buf.workspace(),
    );
    assert_eq!(r, Ok(()), "{what} E");
    let scale = sorted(&w).iter().map(|z| ab(*z)).fold(1.0, f64::max);
    assert!(same_eigs(&sorted(&w), &sorted(&we), tol * scale), "{what}: JOB = E differs");
    let mut h = hess.clone();
    let mut wl = vec![Complex::<T::Real>::default(); n];
    let r = lahqr(false, 0, n, MatMut::from_col_major(&mut h, n, n, ld), &mut wl, 0, 0, None);
    if r.is_ok() && kind != Kind::Jordan {
        assert!(same_eigs(&sorted(&w), &sorted(&wl), tol * scale), "{what}: differs from lahqr");
    }
}

fn check_all<T: Scalar>(sizes: &[usize]) {
    for &n in sizes {
        for kind in [Kind::Random, Kind::Clustered, Kind::Graded, Kind::Jordan, Kind::Zero] {
            check::<T>(kind, n, 7 + n as u64);
        }
    }
}

/// The drivers on a random Hessenberg matrix directly (not through hseqr),
/// with a window of the block (`ilo > 0`, `ihi < n`), for laqr0 and laqr4.
fn check_driver<T: Scalar>(n: usize, recursive: bool) {
    let ld = n + 1;
    let mut r = Rng(99 + n as u64);
    let mut h = vec![T::zero(); ld * n];
    for j in 0..n {
        for i in 0..n.min(j + 2) {
            h[i + j * ld] = r.scalar();
        }
    }
    let (ilo, ihi) = (3, n - 2);
    // Upper triangular outside the block, as after balancing.
    for i in (0..ilo).chain(ihi - 1..n - 1) {
        h[i + 1 + i * ld] = T::zero();
    }
    let h0 = dense(&h, n, ld);
    let mut z = vec![T::zero(); ld * n];
    for i in 0..n {
        z[i + i * ld] = T::one();
    }
    let mut w = vec![Complex::<T::Real>::default(); n];
    let req = if recursive { laqr0_req::<T>(n) } else { laqr4_req::<T>(n) };
    let mut buf = WorkBuffer::new(req);
    let hm = MatMut::from_col_major(&mut h, n, n, ld);
    let zm = Some(MatMut::from_col_major(&mut z, n, n, ld));
    let res = if recursive {
        laqr0(true, ilo, ihi, hm, &mut w, 0, n, zm, Par::Seq, buf.workspace())
    } else {
        laqr4(true, ilo, ihi, hm, &mut w, 0, n, zm, Par::Seq, buf.workspace())
    };
    assert_eq!(res, Ok(()));
    for j in 0..n {
        for i in j + 2..n {
            h[i + j * ld] = T::zero();
        }
    }
    let (rr, oo) = residuals::<T>(&h0, &h, &z, n, ld);
    assert!(rr < 30.0 && oo < 30.0, "{} driver n={n}: residual {rr}, orthogonality {oo}", T::PREFIX);
    for i in (0..ilo).chain(ihi..n) {
        let d = h[i + i * ld];
        w[i] = Complex::new(d.re(), d.im());
    }
    check_schur_form::<T>(&h[..], &w, n, ld, "driver block");
}

/// NaN in H: the drivers stop (INFO > 0 or NaN out), never hang.
fn check_nan<T: Scalar>(n: usize) {
    let ld = n;
    let mut r = Rng(5);
    let mut h = vec![T::zero(); ld * n];
    for j in 0..n {
        for i in 0..n.min(j + 2) {
            h[i + j * ld] = r.scalar();
        }
    }
    h[n / 2 + (n / 2) * ld] = T::from_real(<T::Real as RealScalar>::from_f64(f64::NAN));
    let mut w = vec![Complex::<T::Real>::default(); n];
    let mut buf = WorkBuffer::new(laqr0_req::<T>(n));
    let res =
        laqr0(true, 0, n, MatMut::from_col_major(&mut h, n, n, ld), &mut w, 0, 0, None, Par::Seq, buf.workspace());
    if let Err(e) = res {
        assert!(e.lapack_info() >= 1 && e.lapack_info() as usize <= n);
    } else {
        assert!(w.iter().any(|z| z.re.to_f64().is_nan() || z.im.to_f64().is_nan()));
    }
}

#[test]
fn iparmq_values() {
    assert_eq!(iparmq_ns(10), 2);
    assert_eq!(iparmq_ns(59), 4);
    assert_eq!(iparmq_ns(100), 10);
    assert_eq!(iparmq_ns(300), 36);
    assert_eq!(iparmq_ns(1000), 64);
    assert_eq!(iparmq_nw(1000), 96);
    assert_eq!(iparmq_nw(300), 36);
}

/// hseqr's T, Z and eigenvalues do not depend on the thread count.
fn check_deterministic<T: Scalar>(n: usize) {
    let (mut a, ld) = matrix::<T>(Kind::Random, n, 17);
    for j in 0..n {
        for i in j + 2..n {
            a[i + j * ld] = T::zero();
        }
    }
    let run = |par: Par| {
        let mut h = a.clone();
        let mut z = vec![T::zero(); ld * n];
        let mut w = vec![Complex::<T::Real>::default(); n];
        let mut buf = WorkBuffer::new(hseqr_req::<T>(n));
        let r = hseqr(
            SchurJob::Schur,
            Compz::Init,
            0,
            n,
            MatMut::from_col_major(&mut h, n, n, ld),
            &mut w,
            MatMut::from_col_major(&mut z, n, n, ld),
            par,
            buf.workspace(),
        );
        assert_eq!(r, Ok(()));
        (h, z, w)
    };
    let (h1, z1, w1) = run(Par::Seq);
    let (h4, z4, w4) = run(Par::Threads(4));
    assert!(h1 == h4 && z1 == z4 && w1 == w4, "{} n={n}: results depend on the thread count", T::PREFIX);
}

mod residual {
    use super::*;

    #[test]
    #[cfg_attr(debug_assertions, ignore)]
    fn hseqr_multishift_threads() {
        check_deterministic::<f64>(300);
        check_deterministic::<c64>(200);
    }

    #[test]
    fn hseqr_multishift_small() {
        check_all::<f64>(&[0, 1, 2, 76]);
        check_all::<c64>(&[0, 1, 2, 76]);
        check_all::<f32>(&[0, 1, 2, 76]);
        check_all::<c32>(&[0, 1, 2, 76]);
    }

    // The larger sizes run in optimized builds only (`--profile ci`).
    #[test]
    #[cfg_attr(debug_assertions, ignore)]
    fn hseqr_multishift_100_150() {
        check_all::<f64>(&[100, 150]);
        check_all::<c32>(&[100]);
        check::<f32>(Kind::Random, 150, 3);
        check::<c64>(Kind::Random, 150, 3);
    }

    #[test]
    #[cfg_attr(debug_assertions, ignore)]
    fn hseqr_multishift_301() {
        check::<f64>(Kind::Random, 301, 1);
        check::<c64>(Kind::Random, 301, 2);
    }

    #[test]
    fn laqr0_laqr4_blocks() {
        for n in [16, 40, 90] {
            check_driver::<f64>(n, true);
            check_driver::<c64>(n, false);
            check_driver::<f32>(n, false);
            check_driver::<c32>(n, true);
        }
    }

    // NaN runs the reference's full iteration limit: optimized builds only.
    #[test]
    #[cfg_attr(debug_assertions, ignore)]
    fn laqr0_nan_stops() {
        check_nan::<f64>(20);
        check_nan::<c64>(20);
        check_nan::<f32>(20);
        check_nan::<c32>(20);
    }
}
