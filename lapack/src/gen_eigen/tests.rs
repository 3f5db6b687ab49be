#![allow(clippy::needless_range_loop)] // indices address matrix rows, columns and vectors alike

use super::*;
use crate::nonsym_eigen::{BalanceJob, Howmny, SchurJob, VecSide};
use crate::sym_eigen::tridiagonal::Compz;
use crate::{Par, WorkBuffer};
use ferroblas_kernels::scalar::{c32, c64, Complex, RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef};

type C = Complex<f64>;
type M = Vec<Vec<C>>;

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

trait Nm {
    fn norm(&self) -> f64;
}
impl Nm for C {
    fn norm(&self) -> f64 {
        self.re.hypot(self.im)
    }
}

fn eps<T: Scalar>() -> f64 {
    <T::Real as RealScalar>::EPSILON.to_f64()
}

fn c<T: Scalar>(x: T) -> C {
    C::new(x.re().to_f64(), x.im().to_f64())
}

fn to_c<T: Scalar>(a: MatRef<'_, T>) -> M {
    (0..a.nrows()).map(|i| (0..a.ncols()).map(|j| c(a.get(i, j))).collect()).collect()
}

fn mul(a: &M, b: &M) -> M {
    let (m, k, n) = (a.len(), b.len(), b.first().map_or(0, |r| r.len()));
    (0..m).map(|i| (0..n).map(|j| (0..k).map(|p| a[i][p] * b[p][j]).sum()).collect()).collect()
}

fn adj(a: &M) -> M {
    let (m, n) = (a.len(), a.first().map_or(0, |r| r.len()));
    (0..n).map(|j| (0..m).map(|i| a[i][j].conj()).collect()).collect()
}

fn norm1(a: &M) -> f64 {
    let n = a.first().map_or(0, |r| r.len());
    (0..n).map(|j| a.iter().map(|r| r[j].norm()).sum::<f64>()).fold(0.0, f64::max)
}

fn diff(a: &M, b: &M) -> M {
    a.iter().zip(b).map(|(r, s)| r.iter().zip(s).map(|(x, y)| x - y).collect()).collect()
}

fn ident(n: usize) -> M {
    (0..n).map(|i| (0..n).map(|j| if i == j { C::new(1.0, 0.0) } else { C::new(0.0, 0.0) }).collect()).collect()
}

/// Test matrices, column-major with leading dimension `n + 2`.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    General,
    /// B upper triangular (for gghrd) with a zero diagonal element (an infinite eigenvalue).
    SingularB,
    /// A and B share a zero column (a 0/0 eigenvalue).
    CommonNull,
    /// Both zero but A's first column (all eigenvalues infinite or 0/0).
    Graded,
}

fn pencil<T: Scalar>(n: usize, kind: Kind, triangular_b: bool, seed: u64) -> (Vec<T>, Vec<T>, usize) {
    let ld = n + 2;
    let mut r = Rng(seed);
    let mut a = vec![T::zero(); ld * n.max(1)];
    let mut b = vec![T::zero(); ld * n.max(1)];
    for j in 0..n {
        for i in 0..n {
            a[i + j * ld] = r.scalar();
            b[i + j * ld] = if triangular_b && i > j { T::zero() } else { r.scalar() };
        }
    }
    match kind {
        Kind::General => {}
        Kind::SingularB if n > 0 => {
            let k = n / 2;
            if triangular_b {
                b[k + k * ld] = T::zero();
            } else {
                for i in 0..n {
                    b[i + k * ld] = T::zero();
                }
            }
        }
        Kind::CommonNull if n > 1 => {
            let k = n - 1 - n / 3;
            for i in 0..n {
                a[i + k * ld] = T::zero();
                b[i + k * ld] = T::zero();
            }
        }
        Kind::Graded => {
            for j in 0..n {
                for i in 0..n {
                    let g = <T::Real as RealScalar>::from_f64(2f64.powi(((i + 2 * j) % 20) as i32 - 10));
                    a[i + j * ld] = a[i + j * ld].scale_real(g);
                    b[i + j * ld] = b[i + j * ld].scale_real(g);
                }
            }
        }
        _ => {}
    }
    (a, b, ld)
}

fn unitary_err(q: &M) -> f64 {
    let n = q.len();
    norm1(&diff(&mul(&adj(q), q), &ident(n)))
}

/// `|beta A x - alpha B x|_1 / ((|beta| |A| + |alpha| |B|) |x|_1)` over the columns of `x`
/// (left: `y^H (beta A - alpha B)`).
fn eig_residual(a: &M, b: &M, vecs: &[Vec<C>], eigs: &[(C, C)], left: bool) -> f64 {
    let n = a.len();
    let (an, bn) = (norm1(a).max(1e-300), norm1(b).max(1e-300));
    let mut worst = 0.0f64;
    for (x, &(al, be)) in vecs.iter().zip(eigs) {
        let xn: f64 = x.iter().map(|z| z.norm()).sum();
        if xn == 0.0 {
            continue;
        }
        let mut r = 0.0;
        for i in 0..n {
            let mut s = C::new(0.0, 0.0);
            for k in 0..n {
                let (aa, bb) = if left { (a[k][i], b[k][i]) } else { (a[i][k], b[i][k]) };
                let xk = if left { x[k].conj() } else { x[k] };
                s += (be * aa - al * bb) * xk;
            }
            r += s.norm();
        }
        let den = (be.norm() * an + al.norm() * bn) * xn;
        if den > 0.0 {
            worst = worst.max(r / den);
        }
    }
    worst
}

/// The eigenvectors in `v`'s columns as complex vectors (a real type's pairs
/// from two columns), with their eigenvalues.
fn vectors<T: Scalar>(v: MatRef<'_, T>, alpha: &[Complex<T::Real>], beta: &[T]) -> (Vec<Vec<C>>, Vec<(C, C)>) {
    let n = v.nrows();
    let (mut xs, mut es) = (Vec::new(), Vec::new());
    let mut j = 0;
    while j < n {
        let al = C::new(alpha[j].re.to_f64(), alpha[j].im.to_f64());
        let be = c(beta[j]);
        if !T::IS_COMPLEX && alpha[j].im.to_f64() != 0.0 && j + 1 < n {
            let x: Vec<C> = (0..n).map(|i| C::new(v.get(i, j).re().to_f64(), v.get(i, j + 1).re().to_f64())).collect();
            let xc: Vec<C> = x.iter().map(|z| z.conj()).collect();
            let al2 = C::new(alpha[j + 1].re.to_f64(), alpha[j + 1].im.to_f64());
            xs.push(x);
            es.push((al, be));
            xs.push(xc);
            es.push((al2, c(beta[j + 1])));
            j += 2;
        } else {
            xs.push((0..n).map(|i| c(v.get(i, j))).collect());
            es.push((al, be));
            j += 1;
        }
    }
    (xs, es)
}

/// Checks the generalized Schur form: P upper triangular with a real
/// non-negative diagonal, S triangular or (real) standard quasi-triangular
/// with diagonal P blocks, alpha/beta matching the diagonal.
fn check_schur_form<T: Scalar>(s: MatRef<'_, T>, p: MatRef<'_, T>, alpha: &[Complex<T::Real>], beta: &[T], tol: f64) {
    let n = s.nrows();
    for j in 0..n {
        for i in j + 1..n {
            assert!(p.get(i, j).is_zero(), "P({i},{j}) != 0");
            if i > j + 1 || T::IS_COMPLEX {
                assert!(s.get(i, j).is_zero(), "S({i},{j}) != 0");
            }
        }
        assert!(p.get(j, j).im().to_f64() == 0.0 && p.get(j, j).re().to_f64() >= 0.0, "P({j},{j}) = {:?}", p.get(j, j));
    }
    let mut j = 0;
    while j < n {
        if !T::IS_COMPLEX && j + 1 < n && !s.get(j + 1, j).is_zero() {
            assert!(j + 2 >= n || s.get(j + 2, j + 1).is_zero(), "consecutive subdiagonals at {j}");
            assert!(p.get(j, j + 1).is_zero(), "P block at {j} not diagonal");
            assert!(alpha[j].im.to_f64() > 0.0 && alpha[j + 1].im.to_f64() < 0.0, "pair at {j} not ordered");
            // det(beta S - alpha P) of the block vanishes.
            let (al, be) = (C::new(alpha[j].re.to_f64(), alpha[j].im.to_f64()), c(beta[j]));
            let m = |i: usize, k: usize| be * c(s.get(i, k)) - al * c(p.get(i, k));
            let det = m(j, j) * m(j + 1, j + 1) - m(j, j + 1) * m(j + 1, j);
            let scale = (be.norm()
                * (c(s.get(j, j)).norm()
                    + c(s.get(j + 1, j + 1)).norm()
                    + c(s.get(j, j + 1)).norm()
                    + c(s.get(j + 1, j)).norm())
                + al.norm() * (c(p.get(j, j)).norm() + c(p.get(j + 1, j + 1)).norm()))
            .powi(2);
            assert!(det.norm() <= tol * scale.max(1e-300), "pair {j}: det {det} scale {scale}");
            j += 2;
        } else {
            assert!(
                (c(s.get(j, j)) - C::new(alpha[j].re.to_f64(), alpha[j].im.to_f64())).norm()
                    <= tol * c(s.get(j, j)).norm().max(1e-300)
            );
            assert!((c(p.get(j, j)) - c(beta[j])).norm() <= tol * c(p.get(j, j)).norm().max(1e-300));
            j += 1;
        }
    }
}

/// gghrd, hgeqz and tgevc on a pencil with triangular B; checks every
/// residual and returns (alpha, beta).
fn qz_pipeline<T: Scalar>(n: usize, kind: Kind, seed: u64) {
    let (mut a, mut b, ld) = pencil::<T>(n, kind, true, seed);
    let a0 = to_c(MatRef::from_col_major(&a, n, n, ld));
    let b0 = to_c(MatRef::from_col_major(&b, n, n, ld));
    let mut q = vec![T::zero(); ld * n.max(1)];
    let mut z = vec![T::zero(); ld * n.max(1)];
    gghrd(
        Compz::Init,
        Compz::Init,
        0,
        n,
        MatMut::from_col_major(&mut a, n, n, ld),
        MatMut::from_col_major(&mut b, n, n, ld),
        MatMut::from_col_major(&mut q, n, n, ld),
        MatMut::from_col_major(&mut z, n, n, ld),
    );
    let tol = 30.0 * (n.max(1) as f64) * eps::<T>();
    let check = |a: &[T], b: &[T], q: &[T], z: &[T], what: &str| {
        let (am, bm) = (to_c(MatRef::from_col_major(a, n, n, ld)), to_c(MatRef::from_col_major(b, n, n, ld)));
        let (qm, zm) = (to_c(MatRef::from_col_major(q, n, n, ld)), to_c(MatRef::from_col_major(z, n, n, ld)));
        let ra = norm1(&diff(&a0, &mul(&mul(&qm, &am), &adj(&zm)))) / norm1(&a0).max(1e-300);
        let rb = norm1(&diff(&b0, &mul(&mul(&qm, &bm), &adj(&zm)))) / norm1(&b0).max(1e-300);
        assert!(
            ra <= tol && rb <= tol,
            "{what} {} n={n} {kind:?}: |A - Q S Z^H| {ra:e}, |B - Q T Z^H| {rb:e}",
            T::PREFIX
        );
        assert!(unitary_err(&qm) <= tol && unitary_err(&zm) <= tol, "{what}: Q or Z not unitary");
    };
    check(&a, &b, &q, &z, "gghrd");
    for j in 0..n {
        for i in j + 1..n {
            assert!(b[i + j * ld].is_zero(), "gghrd: T not triangular");
            if i > j + 1 {
                assert!(a[i + j * ld].is_zero(), "gghrd: H not Hessenberg");
            }
        }
    }
    let mut alpha = vec![Complex::new(<T::Real as Scalar>::zero(), <T::Real as Scalar>::zero()); n];
    let mut beta = vec![T::zero(); n];
    hgeqz(
        SchurJob::Schur,
        Compz::Update,
        Compz::Update,
        0,
        n,
        MatMut::from_col_major(&mut a, n, n, ld),
        MatMut::from_col_major(&mut b, n, n, ld),
        &mut alpha,
        &mut beta,
        MatMut::from_col_major(&mut q, n, n, ld),
        MatMut::from_col_major(&mut z, n, n, ld),
    )
    .unwrap();
    check(&a, &b, &q, &z, "hgeqz");
    check_schur_form(MatRef::from_col_major(&a, n, n, ld), MatRef::from_col_major(&b, n, n, ld), &alpha, &beta, tol);
    // Eigenvalues only: the same values.
    {
        let (mut a2, mut b2, _) = pencil::<T>(n, kind, true, seed);
        gghrd(
            Compz::None,
            Compz::None,
            0,
            n,
            MatMut::from_col_major(&mut a2, n, n, ld),
            MatMut::from_col_major(&mut b2, n, n, ld),
            MatMut::from_col_major(&mut [], 0, 0, 1),
            MatMut::from_col_major(&mut [], 0, 0, 1),
        );
        let mut al2 = alpha.clone();
        let mut be2 = beta.clone();
        hgeqz(
            SchurJob::Eigenvalues,
            Compz::None,
            Compz::None,
            0,
            n,
            MatMut::from_col_major(&mut a2, n, n, ld),
            MatMut::from_col_major(&mut b2, n, n, ld),
            &mut al2,
            &mut be2,
            MatMut::from_col_major(&mut [], 0, 0, 1),
            MatMut::from_col_major(&mut [], 0, 0, 1),
        )
        .unwrap();
        for j in 0..n {
            // Same eigenvalue (as a ratio) up to rounding.
            let (x, y) = (C::new(alpha[j].re.to_f64(), alpha[j].im.to_f64()), c(beta[j]));
            let (x2, y2) = (C::new(al2[j].re.to_f64(), al2[j].im.to_f64()), c(be2[j]));
            let d = (x * y2 - x2 * y).norm();
            assert!(
                d <= 1e3 * tol * (x.norm() + y.norm()) * (x2.norm() + y2.norm()) + 1e-300,
                "eigenvalues-only differs at {j}"
            );
        }
    }
    // Eigenvectors, back-transformed: those of (A0, B0).
    let mut vl = q.clone();
    let mut vr = z.clone();
    let mut buf = WorkBuffer::new(tgevc_req::<T>(n));
    let m = tgevc(
        VecSide::Both,
        Howmny::Backtransform,
        &[],
        MatRef::from_col_major(&a, n, n, ld),
        MatRef::from_col_major(&b, n, n, ld),
        MatMut::from_col_major(&mut vl, n, n, ld),
        MatMut::from_col_major(&mut vr, n, n, ld),
        buf.workspace(),
    )
    .unwrap();
    assert_eq!(m, n);
    // The same on the reference's workspace (real WORK 6n; complex WORK 2n
    // and RWORK 2n), its entries NaN beforehand: the same vectors.
    let nan = T::from_real(T::Real::from_f64(f64::NAN));
    let mut scratch = vec![nan; tgevc_scratch::<T>(n)];
    let mut xbuf = WorkBuffer::new(crate::WorkReq::new::<T::Real>(2 * n));
    let (mut vl2, mut vr2) = (q.clone(), z.clone());
    let m2 = tgevc_in(
        VecSide::Both,
        Howmny::Backtransform,
        &[],
        MatRef::from_col_major(&a, n, n, ld),
        MatRef::from_col_major(&b, n, n, ld),
        MatMut::from_col_major(&mut vl2, n, n, ld),
        MatMut::from_col_major(&mut vr2, n, n, ld),
        xbuf.workspace(),
        &mut scratch,
    )
    .unwrap();
    assert_eq!(m2, n);
    let same = |x: &[T], y: &[T]| {
        x.iter().zip(y).all(|(u, v)| {
            u.re().to_f64().to_bits() == v.re().to_f64().to_bits()
                && u.im().to_f64().to_bits() == v.im().to_f64().to_bits()
        })
    };
    assert!(same(&vl, &vl2) && same(&vr, &vr2), "tgevc on the minimal workspace differs");
    let (xr, er) = vectors(MatRef::from_col_major(&vr, n, n, ld), &alpha, &beta);
    let (xl, el) = vectors(MatRef::from_col_major(&vl, n, n, ld), &alpha, &beta);
    let rr = eig_residual(&a0, &b0, &xr, &er, false);
    let rl = eig_residual(&a0, &b0, &xl, &el, true);
    assert!(rr <= tol && rl <= tol, "tgevc {} n={n} {kind:?}: right {rr:e} left {rl:e}", T::PREFIX);
    // Vectors of (S, P) itself, all and selected.
    let s_ = MatRef::from_col_major(&a, n, n, ld);
    let p_ = MatRef::from_col_major(&b, n, n, ld);
    let (sc, pc) = (to_c(s_), to_c(p_));
    let mut va = vec![T::zero(); ld * n.max(1)];
    tgevc(
        VecSide::Right,
        Howmny::All,
        &[],
        s_,
        p_,
        MatMut::from_col_major(&mut [], 0, 0, 1),
        MatMut::from_col_major(&mut va, n, n, ld),
        buf.workspace(),
    )
    .unwrap();
    let (xa, ea) = vectors(MatRef::from_col_major(&va, n, n, ld), &alpha, &beta);
    let ra = eig_residual(&sc, &pc, &xa, &ea, false);
    assert!(ra <= tol, "tgevc(A) {} n={n}: {ra:e}", T::PREFIX);
    if n >= 3 {
        let select: Vec<bool> = (0..n).map(|j| j % 3 == 1).collect();
        let cnt = tgevc_count(Howmny::Selected, &select, s_);
        let mut vs = vec![T::zero(); n * cnt.max(1)];
        let got = tgevc(
            VecSide::Left,
            Howmny::Selected,
            &select,
            s_,
            p_,
            MatMut::from_col_major(&mut vs, n, cnt, n),
            MatMut::from_col_major(&mut [], 0, 0, 1),
            buf.workspace(),
        )
        .unwrap();
        assert_eq!(got, cnt);
        // Compare with the columns of the "All" left vectors.
        let mut vla = vec![T::zero(); ld * n.max(1)];
        tgevc(
            VecSide::Left,
            Howmny::All,
            &[],
            s_,
            p_,
            MatMut::from_col_major(&mut vla, n, n, ld),
            MatMut::from_col_major(&mut [], 0, 0, 1),
            buf.workspace(),
        )
        .unwrap();
        let mut col = 0;
        let mut j = 0;
        while j < n {
            let w = if !T::IS_COMPLEX && j + 1 < n && !s_.get(j + 1, j).is_zero() { 2 } else { 1 };
            if select[j] || (w == 2 && select[j + 1]) {
                for k in 0..w {
                    for i in 0..n {
                        assert_eq!(vs[i + (col + k) * n], vla[i + (j + k) * ld]);
                    }
                }
                col += w;
            }
            j += w;
        }
        assert_eq!(col, cnt);
    }
}

fn ggev_check<T: Scalar>(n: usize, kind: Kind, seed: u64) {
    let (mut a, mut b, ld) = pencil::<T>(n, kind, false, seed);
    let a0 = to_c(MatRef::from_col_major(&a, n, n, ld));
    let b0 = to_c(MatRef::from_col_major(&b, n, n, ld));
    let mut alpha = vec![Complex::new(<T::Real as Scalar>::zero(), <T::Real as Scalar>::zero()); n];
    let mut beta = vec![T::zero(); n];
    let mut vl = vec![T::zero(); ld * n.max(1)];
    let mut vr = vec![T::zero(); ld * n.max(1)];
    let mut buf = WorkBuffer::new(ggev_req::<T>(n));
    ggev(
        true,
        true,
        MatMut::from_col_major(&mut a, n, n, ld),
        MatMut::from_col_major(&mut b, n, n, ld),
        &mut alpha,
        &mut beta,
        MatMut::from_col_major(&mut vl, n, n, ld),
        MatMut::from_col_major(&mut vr, n, n, ld),
        Par::Seq,
        buf.workspace(),
    )
    .unwrap();
    let tol = 30.0 * (n.max(1) as f64) * eps::<T>();
    let (xr, er) = vectors(MatRef::from_col_major(&vr, n, n, ld), &alpha, &beta);
    let (xl, el) = vectors(MatRef::from_col_major(&vl, n, n, ld), &alpha, &beta);
    let rr = eig_residual(&a0, &b0, &xr, &er, false);
    let rl = eig_residual(&a0, &b0, &xl, &el, true);
    assert!(rr <= tol && rl <= tol, "ggev {} n={n} {kind:?}: right {rr:e} left {rl:e}", T::PREFIX);
    // Normalization: the largest component has |re| + |im| = 1.
    for x in xr.iter().chain(&xl) {
        let m = x.iter().map(|z| z.re.abs() + z.im.abs()).fold(0.0, f64::max);
        assert!((m - 1.0).abs() <= tol, "ggev: vector not normalized ({m})");
    }
    for j in 0..n {
        assert!(beta[j].re().to_f64() >= 0.0 && beta[j].im().to_f64() == 0.0);
    }
    if kind == Kind::SingularB && n > 0 {
        assert!(
            (0..n).any(|j| beta[j].is_zero() || c(beta[j]).norm() <= tol * c(alpha[j].re.into_scalar::<T>()).norm()),
            "no infinite eigenvalue"
        );
    }
    if kind == Kind::CommonNull && n > 1 {
        // The reference returns alpha = beta = 0 (to rounding) for the 0/0 eigenvalue.
        let zeros = (0..n)
            .filter(|&j| c(beta[j]).norm() <= tol && (alpha[j].re.to_f64().abs() + alpha[j].im.to_f64().abs()) <= tol)
            .count();
        assert!(zeros >= 1, "no 0/0 eigenvalue: {:?} {:?}", alpha, beta);
    }
    // Eigenvalues only gives the same values.
    let (mut a2, mut b2, _) = pencil::<T>(n, kind, false, seed);
    let mut al2 = alpha.clone();
    let mut be2 = beta.clone();
    ggev(
        false,
        false,
        MatMut::from_col_major(&mut a2, n, n, ld),
        MatMut::from_col_major(&mut b2, n, n, ld),
        &mut al2,
        &mut be2,
        MatMut::from_col_major(&mut [], 0, 0, 1),
        MatMut::from_col_major(&mut [], 0, 0, 1),
        Par::Seq,
        buf.workspace(),
    )
    .unwrap();
    if kind == Kind::General {
        for j in 0..n {
            let (x, y) = (C::new(alpha[j].re.to_f64(), alpha[j].im.to_f64()), c(beta[j]));
            let found = (0..n).any(|k| {
                let (x2, y2) = (C::new(al2[k].re.to_f64(), al2[k].im.to_f64()), c(be2[k]));
                (x * y2 - x2 * y).norm() <= 1e4 * tol * (x.norm() + y.norm()) * (x2.norm() + y2.norm())
            });
            assert!(found, "ggev N/V eigenvalues differ at {j}");
        }
    }
}

trait IntoScalar {
    fn into_scalar<T: Scalar>(self) -> T;
}
impl<R: RealScalar> IntoScalar for R {
    fn into_scalar<T: Scalar>(self) -> T {
        T::from_real(<T::Real as RealScalar>::from_f64(self.to_f64()))
    }
}

fn ggbal_check<T: Scalar>(n: usize, seed: u64) {
    // A pencil with isolated eigenvalues: rows/columns zeroed off-diagonal, badly scaled.
    let (mut a, mut b, ld) = pencil::<T>(n, Kind::General, false, seed);
    if n >= 3 {
        for i in 0..n {
            if i != 1 {
                a[1 + i * ld] = T::zero();
                b[1 + i * ld] = T::zero();
            }
            if i != n - 1 {
                a[i + (n - 1) * ld] = T::zero();
                b[i + (n - 1) * ld] = T::zero();
            }
        }
        for j in 0..n {
            for i in 0..n {
                let g = <T::Real as RealScalar>::from_f64(10f64.powi((i as i32 - j as i32) * 2));
                a[i + j * ld] = a[i + j * ld].scale_real(g);
            }
        }
    }
    let a0 = to_c(MatRef::from_col_major(&a, n, n, ld));
    let b0 = to_c(MatRef::from_col_major(&b, n, n, ld));
    for job in [BalanceJob::None, BalanceJob::Permute, BalanceJob::Scale, BalanceJob::Both] {
        let (mut a1, mut b1) = (a.clone(), b.clone());
        let mut ls = vec![<T::Real as Scalar>::zero(); n];
        let mut rs = vec![<T::Real as Scalar>::zero(); n];
        let mut work = vec![<T::Real as Scalar>::zero(); ggbal_req(job, n)];
        let (ilo, ihi) = ggbal(
            job,
            MatMut::from_col_major(&mut a1, n, n, ld),
            MatMut::from_col_major(&mut b1, n, n, ld),
            &mut ls,
            &mut rs,
            &mut work,
        );
        assert!(ilo <= ihi.max(ilo) && ihi <= n);
        // X_L^T A X_R with X = P D from ggbak applied to the identity.
        let mut xl = vec![T::zero(); n * n];
        let mut xr = vec![T::zero(); n * n];
        for i in 0..n {
            xl[i + i * n] = T::one();
            xr[i + i * n] = T::one();
        }
        ggbak(job, ilo, ihi, &ls, MatMut::from_col_major(&mut xl, n, n, n.max(1)));
        ggbak(job, ilo, ihi, &rs, MatMut::from_col_major(&mut xr, n, n, n.max(1)));
        let xl = to_c(MatRef::from_col_major(&xl, n, n, n.max(1)));
        let xr = to_c(MatRef::from_col_major(&xr, n, n, n.max(1)));
        let xlt: M = (0..n).map(|j| (0..n).map(|i| xl[i][j]).collect()).collect();
        for (m0, m1) in [(&a0, &a1), (&b0, &b1)] {
            let want = mul(&mul(&xlt, m0), &xr);
            let got = to_c(MatRef::from_col_major(m1, n, n, ld));
            for i in 0..n {
                for j in 0..n {
                    assert!(
                        (want[i][j] - got[i][j]).norm() <= 1e-5 * want[i][j].norm().max(1e-30),
                        "ggbal {job:?} n={n} ({i},{j})"
                    );
                    if j < i && (i >= ihi || j < ilo) {
                        assert!(
                            got[i][j].norm() == 0.0,
                            "ggbal {job:?}: not triangular outside the block at ({i},{j})"
                        );
                    }
                }
            }
        }
        if n >= 3 && matches!(job, BalanceJob::Permute | BalanceJob::Both) {
            assert!(ihi - ilo <= n - 2, "ggbal {job:?} isolated nothing: {ilo}..{ihi}");
        }
    }
}

fn gges_check<T: Scalar>(n: usize, kind: Kind, seed: u64, sort: bool) {
    let (mut a, mut b, ld) = pencil::<T>(n, kind, false, seed);
    let a0 = to_c(MatRef::from_col_major(&a, n, n, ld));
    let b0 = to_c(MatRef::from_col_major(&b, n, n, ld));
    let mut alpha = vec![Complex::new(<T::Real as Scalar>::zero(), <T::Real as Scalar>::zero()); n];
    let mut beta = vec![T::zero(); n];
    let mut vl = vec![T::zero(); ld * n.max(1)];
    let mut vr = vec![T::zero(); ld * n.max(1)];
    let mut buf = WorkBuffer::new(gges_req::<T>(n));
    // Select the eigenvalues in the right half plane (finite ones).
    let pick = |al: Complex<T::Real>, be: T| {
        let (x, y) = (C::new(al.re.to_f64(), al.im.to_f64()), c(be));
        y.norm() > 0.0 && (x * y.conj()).re > 0.0
    };
    let mut f = pick;
    let sel: Option<&mut dyn FnMut(Complex<T::Real>, T) -> bool> = if sort { Some(&mut f) } else { None };
    let r = gges(
        sel,
        MatMut::from_col_major(&mut a, n, n, ld),
        MatMut::from_col_major(&mut b, n, n, ld),
        &mut alpha,
        &mut beta,
        Some(MatMut::from_col_major(&mut vl, n, n, ld)),
        Some(MatMut::from_col_major(&mut vr, n, n, ld)),
        Par::Seq,
        buf.workspace(),
    );
    let tol = 30.0 * (n.max(1) as f64) * eps::<T>();
    assert!(
        r.info.is_ok() || r.info.unwrap_err().lapack_info() as usize == n + 2,
        "gges {} n={n} {kind:?}: {:?}",
        T::PREFIX,
        r.info
    );
    let (sm, tm) = (to_c(MatRef::from_col_major(&a, n, n, ld)), to_c(MatRef::from_col_major(&b, n, n, ld)));
    let (qm, zm) = (to_c(MatRef::from_col_major(&vl, n, n, ld)), to_c(MatRef::from_col_major(&vr, n, n, ld)));
    let ra = norm1(&diff(&a0, &mul(&mul(&qm, &sm), &adj(&zm)))) / norm1(&a0).max(1e-300);
    let rb = norm1(&diff(&b0, &mul(&mul(&qm, &tm), &adj(&zm)))) / norm1(&b0).max(1e-300);
    assert!(ra <= tol && rb <= tol, "gges {} n={n} {kind:?} sort={sort}: {ra:e} {rb:e}", T::PREFIX);
    assert!(unitary_err(&qm) <= tol && unitary_err(&zm) <= tol, "gges: Q or Z not unitary");
    check_schur_form(MatRef::from_col_major(&a, n, n, ld), MatRef::from_col_major(&b, n, n, ld), &alpha, &beta, tol);
    if sort && r.info.is_ok() {
        let count = (0..n).filter(|&j| pick(alpha[j], beta[j])).count();
        assert_eq!(r.sdim, count, "gges: sdim");
        for j in 0..n {
            assert_eq!(pick(alpha[j], beta[j]), j < r.sdim, "gges {} n={n} {kind:?}: not sorted at {j}", T::PREFIX);
        }
    }
}

/// tgexc moves the last block of a generalized Schur form to the top and back.
fn tgexc_check<T: Scalar>(n: usize, seed: u64) {
    let (mut a, mut b, ld) = pencil::<T>(n, Kind::General, true, seed);
    let a0 = to_c(MatRef::from_col_major(&a, n, n, ld));
    let b0 = to_c(MatRef::from_col_major(&b, n, n, ld));
    let mut q = vec![T::zero(); ld * n];
    let mut z = vec![T::zero(); ld * n];
    let mut alpha = vec![Complex::new(<T::Real as Scalar>::zero(), <T::Real as Scalar>::zero()); n];
    let mut beta = vec![T::zero(); n];
    let (am, bm) = (MatMut::from_col_major(&mut a, n, n, ld), MatMut::from_col_major(&mut b, n, n, ld));
    gghrd(
        Compz::Init,
        Compz::Init,
        0,
        n,
        am,
        bm,
        MatMut::from_col_major(&mut q, n, n, ld),
        MatMut::from_col_major(&mut z, n, n, ld),
    );
    hgeqz(
        SchurJob::Schur,
        Compz::Update,
        Compz::Update,
        0,
        n,
        MatMut::from_col_major(&mut a, n, n, ld),
        MatMut::from_col_major(&mut b, n, n, ld),
        &mut alpha,
        &mut beta,
        MatMut::from_col_major(&mut q, n, n, ld),
        MatMut::from_col_major(&mut z, n, n, ld),
    )
    .unwrap();
    let last = n - 1;
    let moved = |a: &[T], b: &[T], j: usize| {
        (C::new(alpha[last].re.to_f64(), alpha[last].im.to_f64()), c(beta[last]), c(a[j + j * ld]), c(b[j + j * ld]))
    };
    let (al, be, _, _) = moved(&a, &b, 0);
    let (mut ifst, mut to) = (last, 0);
    tgexc(
        true,
        true,
        MatMut::from_col_major(&mut a, n, n, ld),
        MatMut::from_col_major(&mut b, n, n, ld),
        MatMut::from_col_major(&mut q, n, n, ld),
        MatMut::from_col_major(&mut z, n, n, ld),
        &mut ifst,
        &mut to,
    )
    .unwrap();
    assert_eq!(to, 0);
    let tol = 50.0 * (n as f64) * eps::<T>();
    let (sm, tm) = (to_c(MatRef::from_col_major(&a, n, n, ld)), to_c(MatRef::from_col_major(&b, n, n, ld)));
    let (qm, zm) = (to_c(MatRef::from_col_major(&q, n, n, ld)), to_c(MatRef::from_col_major(&z, n, n, ld)));
    let ra = norm1(&diff(&a0, &mul(&mul(&qm, &sm), &adj(&zm)))) / norm1(&a0);
    let rb = norm1(&diff(&b0, &mul(&mul(&qm, &tm), &adj(&zm)))) / norm1(&b0);
    assert!(
        ra <= tol && rb <= tol && unitary_err(&qm) <= tol && unitary_err(&zm) <= tol,
        "tgexc {} n={n}: {ra:e} {rb:e}",
        T::PREFIX
    );
    // The eigenvalue now at the top is the one that was last (compare ratios, or the 2x2 block's determinant).
    let (s00, t00) = (sm[0][0], tm[0][0]);
    if T::IS_COMPLEX || sm[1][0].norm() == 0.0 {
        assert!(
            (al * t00 - be * s00).norm() <= 1e3 * tol * (al.norm() + be.norm()) * (s00.norm() + t00.norm()),
            "tgexc: wrong eigenvalue moved"
        );
    }
}

mod residual {
    use super::*;

    /// The reference tests' selection (DLCTES): negative real part, sign of zero included.
    fn dlctes<R: RealScalar>(al: Complex<R>, be: R) -> bool {
        if be == R::zero() {
            al.re < R::zero()
        } else {
            al.re.to_f64().is_sign_negative() != be.to_f64().is_sign_negative()
        }
    }

    /// Real gges on block-diagonal pencils scaled near over- and underflow
    /// (the reference tests' types 9 and 11: A with 2x2 blocks, B diagonal):
    /// after sorting, each real eigenvalue is S's and T's diagonal exactly,
    /// each pair an eigenvalue of its 2x2 block (alpha and beta unscaled
    /// without over- or underflow), SDIM counts the selected ones and they lead.
    fn gges_scaled_pairs<T: RealScalar>() {
        let eps = eps::<T>();
        let safmin = T::MIN_POSITIVE.to_f64();
        for n in [1usize, 2, 3, 6, 9] {
            let big = (1.0 / safmin) * eps / n as f64;
            let small = safmin / eps * n as f64;
            for (ty, seed) in [(9, 1u64), (9, 2), (11, 3), (11, 4), (9, 5), (11, 6)] {
                let mut r = Rng(seed * 31 + n as u64);
                let ld = n + 1;
                let mut a = vec![T::zero(); ld * n];
                let mut b = vec![T::zero(); ld * n];
                let mut i = 0;
                while i < n {
                    let s = if r.next() > 0.0 { 1.0 } else { -1.0 };
                    let d = if ty == 9 { (i as f64) * s } else { s };
                    let f = big;
                    if i + 1 < n && r.next() > -0.2 {
                        let e = 0.5 + r.next().abs();
                        a[i + i * ld] = T::from_f64(f * d);
                        a[i + 1 + (i + 1) * ld] = T::from_f64(f * d);
                        a[i + (i + 1) * ld] = T::from_f64(f * e);
                        a[i + 1 + i * ld] = T::from_f64(-f * e);
                        for k in [i, i + 1] {
                            let bd = if ty == 9 { 1.0 } else { (k + 1) as f64 };
                            b[k + k * ld] = T::from_f64(small * bd);
                        }
                        i += 2;
                    } else {
                        a[i + i * ld] = T::from_f64(f * d);
                        b[i + i * ld] = T::from_f64(if ty == 9 { small } else { small * i as f64 });
                        i += 1;
                    }
                }
                let mut alpha = vec![Complex::new(T::zero(), T::zero()); n];
                let mut beta = vec![T::zero(); n];
                let mut vl = vec![T::zero(); ld * n];
                let mut vr = vec![T::zero(); ld * n];
                let mut buf = WorkBuffer::new(gges_req::<T>(n));
                let mut f = |al: Complex<T>, be: T| dlctes(al, be);
                let res = gges(
                    Some(&mut f),
                    MatMut::from_col_major(&mut a, n, n, ld),
                    MatMut::from_col_major(&mut b, n, n, ld),
                    &mut alpha,
                    &mut beta,
                    Some(MatMut::from_col_major(&mut vl, n, n, ld)),
                    Some(MatMut::from_col_major(&mut vr, n, n, ld)),
                    Par::Seq,
                    buf.workspace(),
                );
                let what = format!("{} n={n} type={ty} seed={seed}", T::PREFIX);
                assert!(res.info.is_ok(), "{what}: {:?}", res.info);
                let s = |i: usize, j: usize| a[i + j * ld].to_f64();
                let t = |i: usize, j: usize| b[i + j * ld].to_f64();
                let mut count = 0;
                let mut j = 0;
                while j < n {
                    let pair = alpha[j].im != T::zero();
                    let chosen = dlctes(alpha[j], beta[j]) || (pair && dlctes(alpha[j + 1], beta[j + 1]));
                    assert_eq!(chosen, j < res.sdim, "{what}: not sorted at {j}");
                    if !pair {
                        assert!(alpha[j].re == a[j + j * ld] && beta[j] == b[j + j * ld], "{what}: eigenvalue {j}");
                        count += chosen as usize;
                        j += 1;
                        continue;
                    }
                    count += 2 * chosen as usize;
                    // det(beta S - alpha T) on the block, everything normalized.
                    let ns = s(j, j).abs().max(s(j, j + 1).abs()).max(s(j + 1, j).abs()).max(s(j + 1, j + 1).abs());
                    let nt = t(j, j).abs().max(t(j, j + 1).abs()).max(t(j + 1, j + 1).abs());
                    for k in [j, j + 1] {
                        let (ar, ai, be) =
                            (alpha[k].re.to_f64() / ns, alpha[k].im.to_f64() / ns, beta[k].to_f64() / nt);
                        let w = ar.abs().max(ai.abs()).max(be.abs());
                        assert!(
                            w.is_finite() && w > 0.0,
                            "{what}: pair {k} scaled out of range: {:?} {:?} {ns:e} {nt:e}",
                            alpha[k],
                            beta[k]
                        );
                        let (al, bb) = (C::new(ar / w, ai / w), be / w);
                        let m = |p: usize, q: usize| C::new(bb * s(p, q) / ns, 0.0) - al * (t(p, q) / nt);
                        let det = m(j, j) * m(j + 1, j + 1) - m(j, j + 1) * m(j + 1, j);
                        assert!(det.norm() <= 100.0 * eps, "{what}: pair {k}: det {:e}", det.norm());
                    }
                    j += 2;
                }
                assert_eq!(count, res.sdim, "{what}: sdim");
            }
        }
    }

    /// A swap in a pencil whose B is scaled near underflow (squares of its
    /// entries underflow): the stability thresholds scale with the pencil,
    /// so the swap is accepted, and the eigenvalues trade places.
    #[test]
    fn tgex2_tiny_b() {
        for scale in [1e-165, 1e-300, 1.0] {
            let mut a = [1.0f64, 0.0, 0.3, -2.0];
            let mut b = [0.7 * scale, 0.0, 0.4 * scale, 1.3 * scale];
            let (l1, l2) = (a[0] / b[0], a[3] / b[3]);
            let res = tgex2(
                false,
                false,
                MatMut::from_col_major(&mut a, 2, 2, 2),
                MatMut::from_col_major(&mut b, 2, 2, 2),
                MatMut::from_col_major(&mut [], 0, 0, 1),
                MatMut::from_col_major(&mut [], 0, 0, 1),
                0,
                1,
                1,
            );
            assert!(res.is_ok(), "scale {scale:e}: swap refused");
            let (m1, m2) = (a[0] / b[0], a[3] / b[3]);
            assert!((m1 - l2).abs() <= 1e-12 * l2.abs() && (m2 - l1).abs() <= 1e-12 * l1.abs(), "{m1} {m2}");
        }
    }

    /// A singular pair (0, 0) ahead of the regular eigenvalue 2 of a real
    /// pencil: every vector is a null vector of `t22 S - s22 T`, and the swap
    /// moves the regular pair first, as `dtgex2` does (SciPy's
    /// `ordqz(diag(0, 1), diag(0, 0.5), sort='rhp')` relies on it); Q and Z
    /// stay orthogonal and `Q (S, T) Z^T` is the original pencil.
    #[test]
    fn tgex2_singular_pair_moves() {
        let (a0, b0) = ([0.0f64, 0.0, 0.0, 1.0], [0.0f64, 0.0, 0.0, 0.5]);
        let (mut a, mut b) = (a0, b0);
        let (mut q, mut z) = ([1.0f64, 0.0, 0.0, 1.0], [1.0f64, 0.0, 0.0, 1.0]);
        let res = tgex2(
            true,
            true,
            MatMut::from_col_major(&mut a, 2, 2, 2),
            MatMut::from_col_major(&mut b, 2, 2, 2),
            MatMut::from_col_major(&mut q, 2, 2, 2),
            MatMut::from_col_major(&mut z, 2, 2, 2),
            0,
            1,
            1,
        );
        assert!(res.is_ok(), "swap refused");
        assert_eq!((a[0].abs(), b[0].abs(), a[3], b[3]), (1.0, 0.5, 0.0, 0.0), "a {a:?} b {b:?}");
        assert!(a[0] / b[0] == 2.0 && a[1] == 0.0 && b[1] == 0.0);
        for (x, x0) in [(&a, &a0), (&b, &b0)] {
            for i in 0..2 {
                for j in 0..2 {
                    let mut v = 0.0;
                    for p in 0..2 {
                        for r in 0..2 {
                            v += q[i + 2 * p] * x[p + 2 * r] * z[j + 2 * r];
                        }
                    }
                    assert!((v - x0[i + 2 * j]).abs() <= 1e-15, "Q S Z^T differs at ({i}, {j})");
                }
            }
        }
    }

    #[test]
    fn gges_scaled_pairs_sd() {
        gges_scaled_pairs::<f32>();
        gges_scaled_pairs::<f64>();
    }

    fn all<T: Scalar>() {
        for (n, seed) in [(0, 1), (1, 2), (2, 3), (3, 4), (10, 5), (31, 6)] {
            for kind in [Kind::General, Kind::SingularB, Kind::CommonNull, Kind::Graded] {
                qz_pipeline::<T>(n, kind, seed);
                ggev_check::<T>(n, kind, seed + 100);
            }
        }
        for n in [0, 1, 2, 3, 7, 12] {
            ggbal_check::<T>(n, 40 + n as u64);
        }
        for (n, seed) in [(0, 1), (1, 2), (2, 3), (3, 4), (10, 5), (31, 6)] {
            for kind in [Kind::General, Kind::SingularB, Kind::CommonNull, Kind::Graded] {
                gges_check::<T>(n, kind, seed + 200, true);
                gges_check::<T>(n, kind, seed + 300, false);
            }
        }
        for (n, seed) in [(2, 7), (3, 8), (6, 9), (11, 10)] {
            tgexc_check::<T>(n, seed);
        }
    }

    #[test]
    fn pipeline_s() {
        all::<f32>();
    }
    #[test]
    fn pipeline_d() {
        all::<f64>();
    }
    #[test]
    fn pipeline_c() {
        all::<c32>();
    }
    #[test]
    fn pipeline_z() {
        all::<c64>();
    }

    /// NaN input ends (with an error or NaN output), never hangs.
    fn nan<T: Scalar>() {
        for n in [1, 2, 5, 12] {
            let (mut a, mut b, ld) = pencil::<T>(n, Kind::General, false, 9);
            a[n / 2 + (n / 2) * ld] = T::from_real(<T::Real as RealScalar>::from_f64(f64::NAN));
            let mut alpha = vec![Complex::new(<T::Real as Scalar>::zero(), <T::Real as Scalar>::zero()); n];
            let mut beta = vec![T::zero(); n];
            let mut vl = vec![T::zero(); ld * n];
            let mut vr = vec![T::zero(); ld * n];
            let mut buf = WorkBuffer::new(ggev_req::<T>(n));
            let r = ggev(
                true,
                true,
                MatMut::from_col_major(&mut a, n, n, ld),
                MatMut::from_col_major(&mut b, n, n, ld),
                &mut alpha,
                &mut beta,
                MatMut::from_col_major(&mut vl, n, n, ld),
                MatMut::from_col_major(&mut vr, n, n, ld),
                Par::Seq,
                buf.workspace(),
            );
            let nan_out = alpha.iter().any(|z| z.re.is_nan() || z.im.is_nan()) || vr.iter().any(|z| z.is_nan());
            assert!(r.is_err() || nan_out, "NaN input gave a clean result");
        }
    }

    #[test]
    fn nan_all() {
        nan::<f32>();
        nan::<f64>();
        nan::<c32>();
        nan::<c64>();
    }

    fn lag2_cases<R: RealScalar>() {
        let mut r = Rng(77);
        let safmin = ferroblas_kernels::aux::scalars::lamch::<R>(ferroblas_kernels::aux::scalars::Machine::SafeMin);
        for _ in 0..200 {
            let a = [R::from_f64(r.next()), R::from_f64(r.next()), R::from_f64(r.next()), R::from_f64(r.next())];
            let b = [R::from_f64(r.next()), R::zero(), R::from_f64(r.next()), R::from_f64(r.next())];
            let e = lag2(MatRef::from_col_major(&a, 2, 2, 2), MatRef::from_col_major(&b, 2, 2, 2), safmin);
            let f = |x: R| x.to_f64();
            for (s, wr, wi) in [(e.scale1, e.wr1, e.wi), (e.scale2, e.wr2, R::zero() - e.wi)] {
                let w = C::new(f(wr), f(wi));
                let m = |i: usize, j: usize| C::new(f(s) * f(a[i + 2 * j]), 0.0) - w * f(b[i + 2 * j]);
                let det = m(0, 0) * m(1, 1) - m(0, 1) * m(1, 0);
                let scale = (f(s) * 2.0 + w.norm() * 2.0).powi(2);
                assert!(det.norm() <= 100.0 * f(R::EPSILON) * scale, "lag2: det {det}");
            }
            let (mut a2, mut b2) = (a, b);
            let g = lagv2(MatMut::from_col_major(&mut a2, 2, 2, 2), MatMut::from_col_major(&mut b2, 2, 2, 2));
            assert!(b2[1] == R::zero());
            if g.alphai[0] == R::zero() {
                assert!(a2[1] == R::zero());
            } else {
                assert!(b2[2] == R::zero() && g.alphai[0] > R::zero());
            }
            // [csl snl; -snl csl] A [csr -snr; snr csr] = A2.
            let (cl, sl, cr, sr) = (f(g.csl), f(g.snl), f(g.csr), f(g.snr));
            let lmat = [[cl, sl], [-sl, cl]];
            let rmat = [[cr, -sr], [sr, cr]];
            for (m0, m1) in [(&a, &a2), (&b, &b2)] {
                for i in 0..2 {
                    for j in 0..2 {
                        let mut v = 0.0;
                        for k in 0..2 {
                            for l in 0..2 {
                                v += lmat[i][k] * f(m0[k + 2 * l]) * rmat[l][j];
                            }
                        }
                        assert!((v - f(m1[i + 2 * j])).abs() <= 50.0 * f(R::EPSILON), "lagv2 transform");
                    }
                }
            }
        }
    }

    #[test]
    fn lag2_lagv2() {
        lag2_cases::<f32>();
        lag2_cases::<f64>();
    }
}

mod residual_scaling {
    use super::*;

    /// Swaps of two 1x1 blocks, zeros and tiny diagonals included, are never refused.
    #[test]
    fn tgex2_1x1() {
        let mut r = Rng(5);
        let mut fails = 0;
        for it in 0..2000 {
            let mut a = [c64::new(0.0, 0.0); 4];
            let mut b = [c64::new(0.0, 0.0); 4];
            for k in [0, 2, 3] {
                a[k] = r.scalar();
                b[k] = r.scalar();
                if it % 7 == k as u64 {
                    b[k] = c64::new(0.0, 0.0);
                }
                if it % 11 == k as u64 {
                    a[k] = c64::new(0.0, 0.0);
                }
                if it % 13 == 0 {
                    b[k] *= 1e-8;
                }
            }
            let (a0, b0) = (a, b);
            let mut q = [c64::new(0.0, 0.0); 4];
            let mut z = [c64::new(0.0, 0.0); 4];
            let res = tgex2(
                false,
                false,
                MatMut::from_col_major(&mut a, 2, 2, 2),
                MatMut::from_col_major(&mut b, 2, 2, 2),
                MatMut::from_col_major(&mut q, 0, 0, 1),
                MatMut::from_col_major(&mut z, 0, 0, 1),
                0,
                1,
                1,
            );
            if res.is_err() {
                fails += 1;
                if fails < 5 {
                    eprintln!("fail {it}: a={a0:?} b={b0:?}");
                }
            }
        }
        assert_eq!(fails, 0);
    }

    /// gges on pencils scaled near over- and underflow (the reordering runs on the scaled pencil).
    #[test]
    fn gges_scaled() {
        for (sa, sb) in
            [(1e-300, 1e-300), (1e300, 1e300), (1e-300, 1e300), (1e300, 1e-300), (1e-170, 1.0), (1.0, 1e-170)]
        {
            for n in [2usize, 6, 10] {
                let (mut a, mut b, ld) = pencil::<c64>(n, Kind::General, false, 77 + n as u64);
                a.iter_mut().for_each(|x| *x *= sa);
                b.iter_mut().for_each(|x| *x *= sb);
                let mut alpha = vec![Complex::new(0.0, 0.0); n];
                let mut beta = vec![c64::new(0.0, 0.0); n];
                let mut vl = vec![c64::new(0.0, 0.0); ld * n];
                let mut vr = vec![c64::new(0.0, 0.0); ld * n];
                let mut buf = WorkBuffer::new(gges_req::<c64>(n));
                let mut f = |al: Complex<f64>, be: c64| (al * be.conj()).re > 0.0;
                let r = gges(
                    Some(&mut f),
                    MatMut::from_col_major(&mut a, n, n, ld),
                    MatMut::from_col_major(&mut b, n, n, ld),
                    &mut alpha,
                    &mut beta,
                    Some(MatMut::from_col_major(&mut vl, n, n, ld)),
                    Some(MatMut::from_col_major(&mut vr, n, n, ld)),
                    Par::Seq,
                    buf.workspace(),
                );
                assert!(r.info.is_ok(), "sa={sa:e} sb={sb:e} n={n}: {:?}", r);
            }
        }
    }

    /// Real gges on structured pencils (triangular A, zero diagonals of B: infinite eigenvalues),
    /// sorted by the reference tests' selection (DLCTES): Q, Z orthogonal, residual small.
    #[test]
    fn gges_real_structured() {
        let mut bad = 0;
        for seed in 0..300u64 {
            let n = 3 + (seed % 8) as usize;
            let mut r = Rng(seed * 7 + 1);
            let ld = n;
            let mut a = vec![0.0f64; n * n];
            let mut b = vec![0.0f64; n * n];
            for j in 0..n {
                for i in 0..n {
                    let tri = seed % 3 == 0;
                    a[i + j * n] = if tri && i > j + 1 { 0.0 } else { r.next() };
                    b[i + j * n] = if i > j { 0.0 } else { r.next() };
                    if seed % 2 == 0 && i == j && (i + seed as usize).is_multiple_of(3) {
                        b[i + j * n] = 0.0;
                    }
                    if seed % 5 == 0 && i == j {
                        a[i + j * n] = 0.0;
                    }
                }
            }
            let a0 = to_c(MatRef::from_col_major(&a, n, n, ld));
            let mut alpha = vec![Complex::new(0.0, 0.0); n];
            let mut beta = vec![0.0f64; n];
            let mut vl = vec![0.0f64; n * n];
            let mut vr = vec![0.0f64; n * n];
            let mut buf = WorkBuffer::new(gges_req::<f64>(n));
            let mut f = |al: Complex<f64>, be: f64| {
                if al.re == 0.0 {
                    al.im.signum() != be.signum()
                } else {
                    al.re.signum() != be.signum()
                }
            };
            let res = gges(
                Some(&mut f),
                MatMut::from_col_major(&mut a, n, n, ld),
                MatMut::from_col_major(&mut b, n, n, ld),
                &mut alpha,
                &mut beta,
                Some(MatMut::from_col_major(&mut vl, n, n, ld)),
                Some(MatMut::from_col_major(&mut vr, n, n, ld)),
                Par::Seq,
                buf.workspace(),
            );
            let zm = to_c(MatRef::from_col_major(&vr, n, n, ld));
            let qm = to_c(MatRef::from_col_major(&vl, n, n, ld));
            let (ez, eq) = (unitary_err(&zm), unitary_err(&qm));
            let sm = to_c(MatRef::from_col_major(&a, n, n, ld));
            let ra = norm1(&diff(&a0, &mul(&mul(&qm, &sm), &adj(&zm)))) / norm1(&a0);
            if ez > 1e-12 || eq > 1e-12 || ra > 1e-12 || res.info.is_err_and(|e| e.lapack_info() as usize != n + 2) {
                bad += 1;
                if bad < 6 {
                    eprintln!("seed {seed} n={n}: ez={ez:e} eq={eq:e} ra={ra:e} {:?}", res.info);
                }
            }
        }
        assert_eq!(bad, 0);
    }
}

/// Reordering and condition numbers of the generalized Schur form (`tgexc`,
/// `tgsen`, `tgsna`) and the expert drivers (`ggesx`, `ggevx`).
mod qzorder {
    use super::*;
    use crate::nonsym_eigen::{SenseJob, SnaJob};

    /// A random `n x n` pencil reduced to generalized Schur form: `(S, T, Q,
    /// Z, alpha, beta, ld, A0, B0)` with `A0 = Q S Z^H`, `B0 = Q T Z^H`.
    #[allow(clippy::type_complexity)]
    fn schur<T: Scalar>(
        n: usize,
        seed: u64,
    ) -> (Vec<T>, Vec<T>, Vec<T>, Vec<T>, Vec<Complex<T::Real>>, Vec<T>, usize, M, M) {
        let (mut a, mut b, ld) = pencil::<T>(n, Kind::General, true, seed);
        let a0 = to_c(MatRef::from_col_major(&a, n, n, ld));
        let b0 = to_c(MatRef::from_col_major(&b, n, n, ld));
        let mut q = vec![T::zero(); ld * n.max(1)];
        let mut z = vec![T::zero(); ld * n.max(1)];
        let mut alpha = vec![Complex::new(<T::Real as Scalar>::zero(), <T::Real as Scalar>::zero()); n];
        let mut beta = vec![T::zero(); n];
        gghrd(
            Compz::Init,
            Compz::Init,
            0,
            n,
            MatMut::from_col_major(&mut a, n, n, ld),
            MatMut::from_col_major(&mut b, n, n, ld),
            MatMut::from_col_major(&mut q, n, n, ld),
            MatMut::from_col_major(&mut z, n, n, ld),
        );
        hgeqz(
            SchurJob::Schur,
            Compz::Update,
            Compz::Update,
            0,
            n,
            MatMut::from_col_major(&mut a, n, n, ld),
            MatMut::from_col_major(&mut b, n, n, ld),
            &mut alpha,
            &mut beta,
            MatMut::from_col_major(&mut q, n, n, ld),
            MatMut::from_col_major(&mut z, n, n, ld),
        )
        .unwrap();
        (a, b, q, z, alpha, beta, ld, a0, b0)
    }

    /// The eigenvalue `alpha / beta` as a normalized pair (for chordal comparisons).
    fn ratio<T: Scalar>(al: Complex<T::Real>, be: T) -> (C, C) {
        let (x, y) = (C::new(al.re.to_f64(), al.im.to_f64()), c(be));
        let s = (x.norm().powi(2) + y.norm().powi(2)).sqrt();
        (x / s, y / s)
    }

    /// The chordal distance between two generalized eigenvalues.
    fn chordal(p: (C, C), q: (C, C)) -> f64 {
        (p.0 * q.1 - p.1 * q.0).norm()
            / ((p.0.norm().powi(2) + p.1.norm().powi(2)).sqrt() * (q.0.norm().powi(2) + q.1.norm().powi(2)).sqrt())
    }

    /// Every eigenvalue of `x` is within `tol` of a distinct one of `y`.
    fn same_spectrum(x: &[(C, C)], y: &[(C, C)], tol: f64) -> bool {
        let mut used = vec![false; y.len()];
        x.iter().all(|p| {
            let best =
                (0..y.len()).filter(|&j| !used[j]).min_by(|&i, &j| chordal(*p, y[i]).total_cmp(&chordal(*p, y[j])));
            match best {
                Some(j) if chordal(*p, y[j]) <= tol => {
                    used[j] = true;
                    true
                }
                _ => false,
            }
        })
    }

    /// Q S Z^H reproduces the original pencil, Q and Z unitary.
    #[allow(clippy::too_many_arguments)]
    fn check_factor<T: Scalar>(a: &[T], b: &[T], q: &[T], z: &[T], n: usize, ld: usize, a0: &M, b0: &M, tol: f64) {
        let (sm, tm) = (to_c(MatRef::from_col_major(a, n, n, ld)), to_c(MatRef::from_col_major(b, n, n, ld)));
        let (qm, zm) = (to_c(MatRef::from_col_major(q, n, n, ld)), to_c(MatRef::from_col_major(z, n, n, ld)));
        let ra = norm1(&diff(a0, &mul(&mul(&qm, &sm), &adj(&zm)))) / norm1(a0).max(1e-300);
        let rb = norm1(&diff(b0, &mul(&mul(&qm, &tm), &adj(&zm)))) / norm1(b0).max(1e-300);
        assert!(ra <= tol && rb <= tol, "{} n={n}: residuals {ra:e} {rb:e}", T::PREFIX);
        assert!(unitary_err(&qm) <= tol && unitary_err(&zm) <= tol, "{}: Q or Z not unitary", T::PREFIX);
    }

    /// Solves the dense complex system `m x = r` (Gaussian elimination with
    /// partial pivoting); `None` when singular.
    fn solve(mut m: M, mut r: Vec<C>) -> Option<Vec<C>> {
        let k = r.len();
        for col in 0..k {
            let p = (col..k).max_by(|&i, &j| m[i][col].norm().total_cmp(&m[j][col].norm()))?;
            if m[p][col].norm() == 0.0 {
                return None;
            }
            m.swap(p, col);
            r.swap(p, col);
            for i in col + 1..k {
                let f = m[i][col] / m[col][col];
                for j in col..k {
                    let v = m[col][j];
                    m[i][j] -= f * v;
                }
                let v = r[col];
                r[i] -= f * v;
            }
        }
        for i in (0..k).rev() {
            let mut s = r[i];
            for j in i + 1..k {
                s -= m[i][j] * r[j];
            }
            r[i] = s / m[i][i];
        }
        Some(r)
    }

    /// The Kronecker matrix of `X ↦ (P R - L S, PB R - L SB)` on `(vec R, vec L)`.
    fn kron(p: &M, s: &M, pb: &M, sb: &M) -> M {
        let (r, c) = (p.len(), s.len());
        let k = r * c;
        let mut z = vec![vec![C::new(0.0, 0.0); 2 * k]; 2 * k];
        for j in 0..c {
            for i in 0..r {
                let row = i + r * j;
                for q in 0..r {
                    z[row][q + r * j] += p[i][q];
                    z[k + row][q + r * j] += pb[i][q];
                }
                for q in 0..c {
                    z[row][k + i + r * q] -= s[q][j];
                    z[k + row][k + i + r * q] -= sb[q][j];
                }
            }
        }
        z
    }

    /// The smallest singular value of `z` (the reciprocal of the largest
    /// of its inverse, by power iteration on `Z^-H Z^-1`).
    fn sigma_min(z: &M) -> f64 {
        let k = z.len();
        let zh = adj(z);
        let mut x: Vec<C> = (0..k).map(|i| C::new(1.0 + i as f64 * 0.1, 0.3)).collect();
        let mut lam = 0.0;
        for _ in 0..300 {
            let y = solve(z.clone(), x.clone()).unwrap();
            let w = solve(zh.clone(), y).unwrap();
            let nw = w.iter().map(|v| v.norm().powi(2)).sum::<f64>().sqrt();
            lam = nw / x.iter().map(|v| v.norm().powi(2)).sum::<f64>().sqrt();
            x = w.iter().map(|v| v / nw).collect();
        }
        1.0 / lam.sqrt()
    }

    /// The leading `m x m`, the `m x (n-m)` and the trailing blocks of `x`.
    fn blocks(x: &M, m: usize) -> (M, M, M) {
        let n = x.len();
        let sub =
            |r0: usize, r1: usize, c0: usize, c1: usize| -> M { (r0..r1).map(|i| x[i][c0..c1].to_vec()).collect() };
        (sub(0, m, 0, m), sub(0, m, m, n), sub(m, n, m, n))
    }

    fn tgsen_check<T: Scalar>(n: usize, seed: u64) {
        let tol = 60.0 * (n.max(1) as f64) * eps::<T>();
        for ijob in 0..=5 {
            let job = TgsenJob::from_int(ijob).unwrap();
            let (mut a, mut b, mut q, mut z, mut alpha, mut beta, ld, a0, b0) = schur::<T>(n, seed + ijob as u64);
            let before: Vec<(C, C)> = (0..n).map(|j| ratio(alpha[j], beta[j])).collect();
            // Every other eigenvalue, from the back.
            let select: Vec<bool> = (0..n).map(|j| (n - j) % 2 == 1).collect();
            let m_want = tgsen_count(&select, MatRef::from_col_major(&a, n, n, ld));
            let chosen: Vec<(C, C)> = {
                let mut v = Vec::new();
                let mut j = 0;
                while j < n {
                    let pair = !T::IS_COMPLEX && j + 1 < n && !a[j + 1 + j * ld].is_zero();
                    let nb = if pair { 2 } else { 1 };
                    if select[j] || (pair && select[j + 1]) {
                        v.extend_from_slice(&before[j..j + nb]);
                    }
                    j += nb;
                }
                v
            };
            let mut buf = WorkBuffer::new(tgsen_req::<T>(job, n, m_want));
            let r = tgsen(
                job,
                &select,
                true,
                true,
                MatMut::from_col_major(&mut a, n, n, ld),
                MatMut::from_col_major(&mut b, n, n, ld),
                &mut alpha,
                &mut beta,
                MatMut::from_col_major(&mut q, n, n, ld),
                MatMut::from_col_major(&mut z, n, n, ld),
                buf.workspace(),
            );
            assert!(r.info.is_ok(), "tgsen {} n={n} ijob={ijob}: {:?}", T::PREFIX, r.info);
            assert_eq!(r.m, m_want);
            check_factor(&a, &b, &q, &z, n, ld, &a0, &b0, tol);
            check_schur_form(
                MatRef::from_col_major(&a, n, n, ld),
                MatRef::from_col_major(&b, n, n, ld),
                &alpha,
                &beta,
                tol,
            );
            let after: Vec<(C, C)> = (0..n).map(|j| ratio(alpha[j], beta[j])).collect();
            let etol = 1e4 * tol;
            assert!(same_spectrum(&after, &before, etol), "tgsen {} n={n}: spectrum changed", T::PREFIX);
            assert!(same_spectrum(&after[..r.m], &chosen, etol), "tgsen {} n={n}: selected not first", T::PREFIX);
            assert_eq!(r.p.is_some(), job.wants_p());
            assert_eq!(r.dif.is_some(), job.dif().is_some());
            let m = r.m;
            if m == 0 || m == n {
                continue;
            }
            let (sm, tm) = (to_c(MatRef::from_col_major(&a, n, n, ld)), to_c(MatRef::from_col_major(&b, n, n, ld)));
            let (a11, a12, a22) = blocks(&sm, m);
            let (b11, b12, b22) = blocks(&tm, m);
            let k = m * (n - m);
            if let Some((pl, pr)) = r.p {
                // The explicit solution of A11 R - L A22 = A12, B11 R - L B22 = B12.
                let zk = kron(&a11, &a22, &b11, &b22);
                let mut rhs = vec![C::new(0.0, 0.0); 2 * k];
                for j in 0..n - m {
                    for i in 0..m {
                        rhs[i + m * j] = a12[i][j];
                        rhs[k + i + m * j] = b12[i][j];
                    }
                }
                let x = solve(zk, rhs).unwrap();
                let fr = x[..k].iter().map(|v| v.norm().powi(2)).sum::<f64>();
                let fl = x[k..].iter().map(|v| v.norm().powi(2)).sum::<f64>();
                let (epl, epr) = (1.0 / (1.0 + fr).sqrt(), 1.0 / (1.0 + fl).sqrt());
                let ptol = 1e3 * tol * (1.0 + fr + fl).sqrt();
                assert!(
                    (pl.to_f64() - epl).abs() <= ptol * epl && (pr.to_f64() - epr).abs() <= ptol * epr,
                    "tgsen {} n={n} ijob={ijob}: PL {pl:?} vs {epl}, PR {pr:?} vs {epr}",
                    T::PREFIX
                );
            }
            if let Some([Some(difu), Some(difl)]) = r.dif {
                let su = sigma_min(&kron(&a11, &a22, &b11, &b22));
                let sl = sigma_min(&kron(&a22, &a11, &b22, &b11));
                let kk = (2 * k) as f64;
                // Both estimators are within a factor of the dimension of
                // sigma_min (the 1-norm one: sqrt(2k) by the norm equivalence,
                // 3 for the estimator's own slack).
                let (lo, hi) =
                    if job.dif() == Some(true) { (1.0 / kk.sqrt(), 3.0 * kk.sqrt()) } else { (1.0 / kk, kk) };
                for (est, exact) in [(difu.to_f64(), su), (difl.to_f64(), sl)] {
                    assert!(
                        est >= exact * lo * 0.99 && est <= exact * hi * 1.01,
                        "tgsen {} n={n} ijob={ijob}: Dif estimate {est:e} vs sigma_min {exact:e}",
                        T::PREFIX
                    );
                }
            } else if job.dif().is_some() {
                panic!("tgsen {} n={n} ijob={ijob}: no Dif estimate", T::PREFIX);
            }
        }
    }

    /// tgexc with the reference's IFST/ILST semantics on a real form with
    /// 2x2 blocks: indices on a block's second row move to its first, and
    /// the block lands at ILST (adjusted to the block structure).
    fn tgexc_blocks<T: Scalar>(n: usize, seed: u64) {
        let tol = 60.0 * (n as f64) * eps::<T>();
        for (f0, l0) in [(n - 1, 0), (0, n - 1), (1, n - 2), (n - 2, 1), (2, 3), (3, 2)] {
            let (mut a, mut b, mut q, mut z, alpha, beta, ld, a0, b0) = schur::<T>(n, seed);
            let sub = |a: &[T], i: usize| !T::IS_COMPLEX && !a[i + 1 + i * ld].is_zero();
            let start = |a: &[T], i: usize| if i > 0 && sub(a, i - 1) { i - 1 } else { i };
            let (f, l) = (start(&a, f0), start(&a, l0));
            let moved = ratio(alpha[f], beta[f]);
            let (mut ifst, mut ilst) = (f0, l0);
            let r = tgexc(
                true,
                true,
                MatMut::from_col_major(&mut a, n, n, ld),
                MatMut::from_col_major(&mut b, n, n, ld),
                MatMut::from_col_major(&mut q, n, n, ld),
                MatMut::from_col_major(&mut z, n, n, ld),
                &mut ifst,
                &mut ilst,
            );
            assert!(r.is_ok(), "tgexc {} n={n} {f0}->{l0}: refused", T::PREFIX);
            check_factor(&a, &b, &q, &z, n, ld, &a0, &b0, tol);
            if !T::IS_COMPLEX {
                assert_eq!(ifst, f, "tgexc: IFST not moved to the block start");
                assert!(ilst == start(&a, ilst), "tgexc: ILST {ilst} not a block start");
                assert!(ilst.abs_diff(l) <= 1, "tgexc {f0}->{l0}: ILST {ilst}, asked {l}");
            } else {
                assert_eq!(ilst, if f < l { l - 1 } else { l }, "tgexc complex: reference ILST");
            }
            // The moved eigenvalue now sits at the block's final position.
            let at = if T::IS_COMPLEX { l } else { ilst };
            let (s, t) = (c(a[at + at * ld]), c(b[at + at * ld]));
            let pair = !T::IS_COMPLEX && at + 1 < n && sub(&a, at);
            if !pair {
                let norm = (s.norm().powi(2) + t.norm().powi(2)).sqrt();
                assert!(chordal(moved, (s / norm, t / norm)) <= 1e4 * tol, "tgexc {f0}->{l0}: wrong eigenvalue moved");
            }
        }
    }

    /// tgsna's S against the first-order change of an eigenvalue under the
    /// worst-case perturbation, and DIF against sigma_min of the Kronecker
    /// form after the eigenvalue is moved to the top.
    fn tgsna_check<T: Scalar>(n: usize, seed: u64) {
        let (a, b, _, _, alpha, beta, ld, _, _) = schur::<T>(n, seed);
        let (am, bm) = (MatRef::from_col_major(&a, n, n, ld), MatRef::from_col_major(&b, n, n, ld));
        let mut vl = vec![T::zero(); n * n];
        let mut vr = vec![T::zero(); n * n];
        let mut buf = WorkBuffer::new(tgevc_req::<T>(n).or(tgsna_req::<T>(SnaJob::Both, n)));
        tgevc(
            VecSide::Both,
            Howmny::All,
            &[],
            am,
            bm,
            MatMut::from_col_major(&mut vl, n, n, n),
            MatMut::from_col_major(&mut vr, n, n, n),
            buf.workspace(),
        )
        .unwrap();
        let mut s = vec![<T::Real as Scalar>::zero(); n];
        let mut dif = vec![<T::Real as Scalar>::zero(); n];
        let m = tgsna(
            SnaJob::Both,
            Howmny::All,
            &[],
            am,
            bm,
            MatRef::from_col_major(&vl, n, n, n),
            MatRef::from_col_major(&vr, n, n, n),
            &mut s,
            &mut dif,
            buf.workspace(),
        );
        assert_eq!(m, n);
        let vlm = to_c(MatRef::from_col_major(&vl, n, n, n));
        let vrm = to_c(MatRef::from_col_major(&vr, n, n, n));
        let (a0, b0) = (to_c(am), to_c(bm));
        let mut j = 0;
        while j < n {
            let pair = !T::IS_COMPLEX && j + 1 < n && !a[j + 1 + j * ld].is_zero();
            if !pair && T::Real::EPSILON.to_f64() < 1e-10 {
                // (alpha, beta) = (u^H A v, u^H B v) for unit u, v; the
                // perturbation (E, F) = (da, db) u v^H with (da, db) normal
                // to it moves the eigenvalue by eps / S chordally.
                let un: f64 = (0..n).map(|i| vlm[i][j].norm().powi(2)).sum::<f64>().sqrt();
                let vn: f64 = (0..n).map(|i| vrm[i][j].norm().powi(2)).sum::<f64>().sqrt();
                let u: Vec<C> = (0..n).map(|i| vlm[i][j] / un).collect();
                let v: Vec<C> = (0..n).map(|i| vrm[i][j] / vn).collect();
                let form =
                    |x: &M| -> C { (0..n).map(|r| u[r].conj() * (0..n).map(|q| x[r][q] * v[q]).sum::<C>()).sum() };
                let (al, be) = (form(&a0), form(&b0));
                let sn = (al.norm().powi(2) + be.norm().powi(2)).sqrt();
                let ep = 1e-7;
                let (da, db) = (-be.conj() * (ep / sn), al.conj() * (ep / sn));
                let pert = |x: &M, d: C| -> M {
                    (0..n).map(|r| (0..n).map(|q| x[r][q] + d * u[r] * v[q].conj()).collect()).collect()
                };
                let (ap, bp) = (pert(&a0, da), pert(&b0, db));
                // The perturbed eigenvalue nearest the original, by the
                // generalized Rayleigh quotient refined with inverse iteration.
                let lam = ratio(alpha[j], beta[j]);
                let mut x = v.clone();
                let mut cur = lam;
                for _ in 0..20 {
                    let shift: M =
                        (0..n).map(|r| (0..n).map(|q| cur.1 * ap[r][q] - cur.0 * bp[r][q]).collect()).collect();
                    let Some(y) = solve(shift, (0..n).map(|r| (0..n).map(|q| bp[r][q] * x[q]).sum::<C>()).collect())
                    else {
                        break;
                    };
                    let ny = y.iter().map(|w| w.norm().powi(2)).sum::<f64>().sqrt();
                    x = y.iter().map(|w| w / ny).collect();
                    let ax: Vec<C> = (0..n).map(|r| (0..n).map(|q| ap[r][q] * x[q]).sum()).collect();
                    let bx: Vec<C> = (0..n).map(|r| (0..n).map(|q| bp[r][q] * x[q]).sum()).collect();
                    // Left-right Rayleigh quotient with the unperturbed left vector.
                    let (q1, q2): (C, C) =
                        ((0..n).map(|r| u[r].conj() * ax[r]).sum(), (0..n).map(|r| u[r].conj() * bx[r]).sum());
                    let nq = (q1.norm().powi(2) + q2.norm().powi(2)).sqrt();
                    cur = (q1 / nq, q2 / nq);
                }
                let moved = chordal(lam, cur);
                let predicted = ep / s[j].to_f64();
                assert!(
                    (moved - predicted).abs() <= 0.05 * predicted,
                    "tgsna {} n={n} j={j}: S {:?} predicts {predicted:e}, moved {moved:e}",
                    T::PREFIX,
                    s[j]
                );
            }
            // DIF: Difl between the block moved to the top and the rest.
            let nb = if pair { 2 } else { 1 };
            if n > nb {
                let (mut wa, mut wb) = (a.clone(), b.clone());
                let (mut f, mut l) = (j, 0);
                let none = || MatMut::from_col_major(&mut [], 0, 0, 1);
                tgexc(
                    false,
                    false,
                    MatMut::from_col_major(&mut wa, n, n, ld),
                    MatMut::from_col_major(&mut wb, n, n, ld),
                    none(),
                    none(),
                    &mut f,
                    &mut l,
                )
                .unwrap();
                let (sm, tm) =
                    (to_c(MatRef::from_col_major(&wa, n, n, ld)), to_c(MatRef::from_col_major(&wb, n, n, ld)));
                let (a11, _, a22) = blocks(&sm, nb);
                let (b11, _, b22) = blocks(&tm, nb);
                let exact = sigma_min(&kron(&a22, &a11, &b22, &b11));
                let kk = (2 * nb * (n - nb)) as f64;
                let est = dif[j].to_f64();
                assert!(
                    est >= exact / kk * 0.99 && (est <= exact * kk * 1.01 || pair),
                    "tgsna {} n={n} j={j}: DIF {est:e} vs sigma_min {exact:e}",
                    T::PREFIX
                );
            }
            if pair {
                assert_eq!(s[j], s[j + 1]);
                assert_eq!(dif[j], dif[j + 1]);
            }
            j += nb;
        }
    }

    /// ggesx with every SENSE: the gges factorization, sorted, and the
    /// condition numbers tgsen gives on the returned form.
    fn ggesx_check<T: Scalar>(n: usize, seed: u64) {
        for sense in [SenseJob::None, SenseJob::Eigenvalues, SenseJob::Subspace, SenseJob::Both] {
            let (mut a, mut b, ld) = pencil::<T>(n, Kind::General, false, seed);
            let a0 = to_c(MatRef::from_col_major(&a, n, n, ld));
            let b0 = to_c(MatRef::from_col_major(&b, n, n, ld));
            let mut alpha = vec![Complex::new(<T::Real as Scalar>::zero(), <T::Real as Scalar>::zero()); n];
            let mut beta = vec![T::zero(); n];
            let mut vl = vec![T::zero(); ld * n.max(1)];
            let mut vr = vec![T::zero(); ld * n.max(1)];
            let mut buf = WorkBuffer::new(ggesx_req::<T>(sense, n));
            let pick = |al: Complex<T::Real>, be: T| {
                let (x, y) = (C::new(al.re.to_f64(), al.im.to_f64()), c(be));
                y.norm() > 0.0 && (x * y.conj()).re > 0.0
            };
            let mut f = pick;
            let r = ggesx(
                Some(&mut f),
                sense,
                MatMut::from_col_major(&mut a, n, n, ld),
                MatMut::from_col_major(&mut b, n, n, ld),
                &mut alpha,
                &mut beta,
                Some(MatMut::from_col_major(&mut vl, n, n, ld)),
                Some(MatMut::from_col_major(&mut vr, n, n, ld)),
                Par::Seq,
                buf.workspace(),
            );
            assert!(r.info.is_ok(), "ggesx {} n={n}: {:?}", T::PREFIX, r.info);
            let tol = 60.0 * (n.max(1) as f64) * eps::<T>();
            check_factor(&a, &b, &vl, &vr, n, ld, &a0, &b0, tol);
            for j in 0..n {
                assert_eq!(pick(alpha[j], beta[j]), j < r.sdim, "ggesx: not sorted at {j}");
            }
            assert_eq!(r.rconde.is_some(), sense.wants_s() && n > 0);
            assert_eq!(r.rcondv.is_some(), sense.wants_sep() && n > 0);
            if let Some((pl, pr)) = r.rconde {
                let (pl, pr) = (pl.to_f64(), pr.to_f64());
                assert!(pl > 0.0 && pl <= 1.0 && pr > 0.0 && pr <= 1.0, "ggesx: PL {pl} PR {pr}");
            }
            if let Some(d) = r.rcondv {
                assert!(d.iter().all(|v| v.is_some_and(|v| v.to_f64() > 0.0)), "ggesx: Dif {d:?}");
            }
        }
    }

    /// ggevx with balancing and every SENSE: the eigenpairs of ggev
    /// (residuals of the vectors), the condition numbers those of tgsna on
    /// the Schur form, and the balanced norms.
    fn ggevx_check<T: Scalar>(n: usize, seed: u64) {
        for (balance, sense) in [
            (BalanceJob::None, SenseJob::None),
            (BalanceJob::Both, SenseJob::Both),
            (BalanceJob::Scale, SenseJob::Eigenvalues),
            (BalanceJob::Permute, SenseJob::Subspace),
        ] {
            let (mut a, mut b, ld) = pencil::<T>(n, Kind::Graded, false, seed);
            let a0 = to_c(MatRef::from_col_major(&a, n, n, ld));
            let b0 = to_c(MatRef::from_col_major(&b, n, n, ld));
            let mut alpha = vec![Complex::new(<T::Real as Scalar>::zero(), <T::Real as Scalar>::zero()); n];
            let mut beta = vec![T::zero(); n];
            let mut vl = vec![T::zero(); ld * n.max(1)];
            let mut vr = vec![T::zero(); ld * n.max(1)];
            let zero = <T::Real as Scalar>::zero();
            let (mut ls, mut rs, mut re, mut rv) = (vec![zero; n], vec![zero; n], vec![zero; n], vec![zero; n]);
            let mut buf = WorkBuffer::new(ggevx_req::<T>(balance, sense, n));
            let r = ggevx(
                balance,
                true,
                true,
                sense,
                MatMut::from_col_major(&mut a, n, n, ld),
                MatMut::from_col_major(&mut b, n, n, ld),
                &mut alpha,
                &mut beta,
                MatMut::from_col_major(&mut vl, n, n, ld),
                MatMut::from_col_major(&mut vr, n, n, ld),
                &mut ls,
                &mut rs,
                &mut re,
                &mut rv,
                Par::Seq,
                buf.workspace(),
            );
            assert!(r.info.is_ok(), "ggevx {} n={n}: {:?}", T::PREFIX, r.info);
            let tol = 100.0 * (n.max(1) as f64) * eps::<T>();
            let (left, el) = vectors(MatRef::from_col_major(&vl, n, n, ld), &alpha, &beta);
            let (right, er) = vectors(MatRef::from_col_major(&vr, n, n, ld), &alpha, &beta);
            assert!(eig_residual(&a0, &b0, &right, &er, false) <= tol, "ggevx {} n={n}: right residual", T::PREFIX);
            assert!(eig_residual(&a0, &b0, &left, &el, true) <= tol, "ggevx {} n={n}: left residual", T::PREFIX);
            if n > 0 {
                assert!(r.abnrm.to_f64() > 0.0 && r.bbnrm.to_f64() > 0.0);
                assert!(r.ilo <= r.ihi && r.ihi <= n);
            }
            if sense.wants_s() {
                assert!(re.iter().all(|v| v.to_f64() > 0.0), "ggevx: RCONDE {re:?}");
            }
            if sense.wants_sep() {
                assert!(rv.iter().all(|v| v.to_f64() >= 0.0), "ggevx: RCONDV {rv:?}");
            }
        }
    }

    mod residual {
        use super::*;

        fn all<T: Scalar>() {
            for n in [0usize, 1, 2, 3, 4, 6] {
                tgsen_check::<T>(n, 11 + n as u64);
                ggesx_check::<T>(n, 21 + n as u64);
                ggevx_check::<T>(n, 31 + n as u64);
            }
            for n in [1usize, 2, 3, 5] {
                tgsna_check::<T>(n, 41 + n as u64);
            }
            tgexc_blocks::<T>(7, 5);
            tgexc_blocks::<T>(8, 6);
        }

        #[test]
        fn qzorder_s() {
            all::<f32>();
        }
        #[test]
        fn qzorder_d() {
            all::<f64>();
        }
        #[test]
        fn qzorder_c() {
            all::<c32>();
        }
        #[test]
        fn qzorder_z() {
            all::<c64>();
        }
    }
}

/// The blocked `?gghd3` against its definition and against `?gghrd`.
mod blocked_ht {
    use super::*;

    mod residual {
        use super::*;

        /// A pencil with B upper triangular and A upper triangular outside
        /// the block `ilo..ihi`, as `?ggbal` leaves them.
        fn balanced<T: Scalar>(n: usize, ilo: usize, ihi: usize, seed: u64) -> (Vec<T>, Vec<T>, usize) {
            let (mut a, b, ld) = pencil::<T>(n, Kind::General, true, seed);
            for j in 0..n {
                for i in j + 1..n {
                    if j < ilo || i >= ihi {
                        a[i + j * ld] = T::zero();
                    }
                }
            }
            (a, b, ld)
        }

        /// gghd3 with panels of `nb`: `|A - Q H Z^H|`, `|B - Q T Z^H|`, Q
        /// and Z unitary, H Hessenberg and T triangular, H and T those of
        /// gghrd up to rounding, and the same H, T without Q and Z.
        fn check<T: Scalar>(n: usize, ilo: usize, ihi: usize, nb: usize, seed: u64) {
            let (a0v, b0v, ld) = balanced::<T>(n, ilo, ihi, seed);
            let a0 = to_c(MatRef::from_col_major(&a0v, n, n, ld));
            let b0 = to_c(MatRef::from_col_major(&b0v, n, n, ld));
            let run = |blocked: bool, want: bool| {
                let (mut a, mut b) = (a0v.clone(), b0v.clone());
                let mut q = vec![T::zero(); ld * n.max(1)];
                let mut z = vec![T::zero(); ld * n.max(1)];
                let comp = if want { Compz::Init } else { Compz::None };
                let (qn, zn) = if want { (n, n) } else { (0, 0) };
                {
                    let (am, bm) = (MatMut::from_col_major(&mut a, n, n, ld), MatMut::from_col_major(&mut b, n, n, ld));
                    let (qm, zm) =
                        (MatMut::from_col_major(&mut q, qn, qn, ld), MatMut::from_col_major(&mut z, zn, zn, ld));
                    if blocked {
                        let mut buf = WorkBuffer::new(gghd3_req::<T>(n, nb));
                        gghd3_with(comp, comp, ilo, ihi, am, bm, qm, zm, Par::Seq, buf.workspace(), nb);
                    } else {
                        gghrd(comp, comp, ilo, ihi, am, bm, qm, zm);
                    }
                }
                (a, b, q, z)
            };
            let (a, b, q, z) = run(true, true);
            let tol = 30.0 * (n.max(1) as f64) * eps::<T>();
            let (am, bm) = (to_c(MatRef::from_col_major(&a, n, n, ld)), to_c(MatRef::from_col_major(&b, n, n, ld)));
            let (qm, zm) = (to_c(MatRef::from_col_major(&q, n, n, ld)), to_c(MatRef::from_col_major(&z, n, n, ld)));
            let ra = norm1(&diff(&a0, &mul(&mul(&qm, &am), &adj(&zm)))) / norm1(&a0).max(1e-300);
            let rb = norm1(&diff(&b0, &mul(&mul(&qm, &bm), &adj(&zm)))) / norm1(&b0).max(1e-300);
            let what = format!("gghd3 {} n={n} ilo={ilo} ihi={ihi} nb={nb}", T::PREFIX);
            assert!(ra <= tol && rb <= tol, "{what}: |A - Q H Z^H| {ra:e}, |B - Q T Z^H| {rb:e}");
            assert!(unitary_err(&qm) <= tol && unitary_err(&zm) <= tol, "{what}: Q or Z not unitary");
            for j in 0..n {
                for i in j + 1..n {
                    assert!(b[i + j * ld].is_zero(), "{what}: T not triangular");
                    assert!(i == j + 1 || a[i + j * ld].is_zero(), "{what}: H not Hessenberg");
                }
            }
            let close = |x: &[T], y: &[T], scale: f64, what2: &str| {
                for j in 0..n {
                    for i in 0..n {
                        let d = (c(x[i + j * ld]) - c(y[i + j * ld])).norm();
                        assert!(
                            d <= tol * scale.max(1e-300),
                            "{what}: {what2} differs from gghrd's at ({i}, {j}) by {d:e}"
                        );
                    }
                }
            };
            let (a1, b1, q1, z1) = run(false, true);
            close(&a, &a1, norm1(&a0), "H");
            close(&b, &b1, norm1(&b0), "T");
            close(&q, &q1, 1.0, "Q");
            close(&z, &z1, 1.0, "Z");
            let (a2, b2, _, _) = run(true, false);
            close(&a2, &a, norm1(&a0), "H without Q, Z");
            close(&b2, &b, norm1(&b0), "T without Q, Z");
        }

        fn all<T: Scalar>() {
            for n in [0, 1, 2, 3, 4, 5] {
                check::<T>(n, 0, n, 2, 7 + n as u64);
            }
            // Sizes across the panel width and the windows' partition.
            for (n, nb) in [(7, 2), (8, 3), (9, 4), (12, 4), (13, 4), (17, 5), (20, 3), (33, 8), (40, 16)] {
                check::<T>(n, 0, n, nb, 100 + n as u64);
            }
            check::<T>(21, 3, 17, 4, 5);
            check::<T>(30, 0, 26, 6, 6);
            check::<T>(30, 5, 30, 7, 9);
            // Around the default panel width and with a sub-range.
            for (n, ilo, ihi) in [(33, 0, 33), (34, 0, 34), (66, 0, 66), (70, 2, 67)] {
                check::<T>(n, ilo, ihi, GGHD3_BLOCK, 300 + n as u64);
            }
            for (n, ilo, ihi, nb) in [(3, 0, 3, 2), (12, 0, 12, 4), (23, 2, 20, 5), (40, 1, 38, 32)] {
                modes::<T>(n, ilo, ihi, nb, 400 + n as u64);
            }
        }

        /// Every COMPQ/COMPZ mix (N, I, V) and a workspace that narrows the
        /// panels: H and T as with COMPQ = COMPZ = I, and with V the given
        /// Q0, Z0 times the I run's Q, Z.
        fn modes<T: Scalar>(n: usize, ilo: usize, ihi: usize, nb: usize, seed: u64) {
            let (a0, b0, ld) = balanced::<T>(n, ilo, ihi, seed);
            // Unitary Q0, Z0: the Q factors of gghrd on a random pencil.
            let (mut q0, mut z0) = (vec![T::zero(); ld * n], vec![T::zero(); ld * n]);
            {
                let (mut a1, mut b1, _) = balanced::<T>(n, 0, n, seed + 2);
                let (am, bm) = (MatMut::from_col_major(&mut a1, n, n, ld), MatMut::from_col_major(&mut b1, n, n, ld));
                let (qm, zm) = (MatMut::from_col_major(&mut q0, n, n, ld), MatMut::from_col_major(&mut z0, n, n, ld));
                gghrd(Compz::Init, Compz::Init, 0, n, am, bm, qm, zm);
            }
            let run = |cq: Compz, cz: Compz, words: usize| {
                let (mut a, mut b) = (a0.clone(), b0.clone());
                let (mut q, mut z) = (q0.clone(), z0.clone());
                {
                    let (am, bm) = (MatMut::from_col_major(&mut a, n, n, ld), MatMut::from_col_major(&mut b, n, n, ld));
                    let qn = if cq == Compz::None { 0 } else { n };
                    let zn = if cz == Compz::None { 0 } else { n };
                    let (qm, zm) =
                        (MatMut::from_col_major(&mut q, qn, qn, ld), MatMut::from_col_major(&mut z, zn, zn, ld));
                    let mut buf = WorkBuffer::new(crate::WorkReq::new::<T>(words));
                    gghd3_with(cq, cz, ilo, ihi, am, bm, qm, zm, Par::Seq, buf.workspace(), nb);
                }
                (a, b, q, z)
            };
            let full = 6 * n * nb;
            let (a, b, q, z) = run(Compz::Init, Compz::Init, full);
            let tol = 30.0 * (n.max(1) as f64) * eps::<T>();
            let what = format!("gghd3 modes {} n={n} ilo={ilo} ihi={ihi} nb={nb}", T::PREFIX);
            let close = |x: &[T], y: &[T], scale: f64, what2: &str| {
                for j in 0..n {
                    for i in 0..n {
                        let d = (c(x[i + j * ld]) - c(y[i + j * ld])).norm();
                        assert!(d <= tol * scale.max(1e-300), "{what}: {what2} at ({i}, {j}) off by {d:e}");
                    }
                }
            };
            let m = |v: &[T]| to_c(MatRef::from_col_major(v, n, n, ld));
            let (qv, zv) = (mul(&m(&q0), &m(&q)), mul(&m(&z0), &m(&z)));
            let sa = norm1(&m(&a0)).max(1.0);
            let sb = norm1(&m(&b0)).max(1.0);
            for cq in [Compz::None, Compz::Init, Compz::Update] {
                for cz in [Compz::None, Compz::Init, Compz::Update] {
                    // The full workspace, and one for panels of about half the width.
                    for words in [full, 6 * n * (nb / 2).max(1)] {
                        let (a1, b1, q1, z1) = run(cq, cz, words);
                        close(&a1, &a, sa, "H");
                        close(&b1, &b, sb, "T");
                        for (comp, got, init, upd, name) in [(cq, &q1, &q, &qv, "Q"), (cz, &z1, &z, &zv, "Z")] {
                            match comp {
                                Compz::Init => close(got, init, 1.0, name),
                                Compz::Update => {
                                    let d = norm1(&diff(&m(got), upd));
                                    assert!(d <= tol * n.max(1) as f64, "{what}: {name} (V) off by {d:e}");
                                }
                                _ => {}
                            }
                        }
                    }
                }
            }
        }

        #[test]
        fn gghd3_s() {
            all::<f32>();
        }

        #[test]
        fn gghd3_d() {
            all::<f64>();
        }

        #[test]
        fn gghd3_c() {
            all::<c32>();
        }

        #[test]
        fn gghd3_z() {
            all::<c64>();
        }
    }
}

/// The deprecated `?gegv` against `?ggev`.
mod legacy {
    use super::*;

    mod residual {
        use super::*;

        /// gegv on `(s A, B)`: the eigenpairs of the unscaled pencil (the
        /// eigenvectors' residuals with the caller's A, B, normalized as
        /// ggev's) and the eigenvalues those of ggev on the same pencil.
        fn check<T: Scalar>(n: usize, s: f64, seed: u64) {
            let (mut a, mut b, ld) = pencil::<T>(n, Kind::General, false, seed);
            let sc = <T::Real as RealScalar>::from_f64(s);
            a.iter_mut().for_each(|x| *x = x.scale_real(sc));
            let (a1, b1) = (a.clone(), b.clone());
            let a0 = to_c(MatRef::from_col_major(&a, n, n, ld));
            let b0 = to_c(MatRef::from_col_major(&b, n, n, ld));
            let z = Complex::new(<T::Real as Scalar>::zero(), <T::Real as Scalar>::zero());
            let (mut alpha, mut beta) = (vec![z; n], vec![T::zero(); n]);
            let mut vl = vec![T::zero(); ld * n.max(1)];
            let mut vr = vec![T::zero(); ld * n.max(1)];
            let mut buf = WorkBuffer::new(ggev_req::<T>(n));
            gegv(
                true,
                true,
                MatMut::from_col_major(&mut a, n, n, ld),
                MatMut::from_col_major(&mut b, n, n, ld),
                &mut alpha,
                &mut beta,
                MatMut::from_col_major(&mut vl, n, n, ld),
                MatMut::from_col_major(&mut vr, n, n, ld),
                Par::Seq,
                buf.workspace(),
            )
            .unwrap();
            let what = format!("gegv {} n={n} s={s:e}", T::PREFIX);
            let tol = 30.0 * (n.max(1) as f64) * eps::<T>();
            let (xr, er) = vectors(MatRef::from_col_major(&vr, n, n, ld), &alpha, &beta);
            let (xl, el) = vectors(MatRef::from_col_major(&vl, n, n, ld), &alpha, &beta);
            let (rr, rl) = (eig_residual(&a0, &b0, &xr, &er, false), eig_residual(&a0, &b0, &xl, &el, true));
            assert!(rr <= tol && rl <= tol, "{what}: right {rr:e} left {rl:e}");
            for x in xr.iter().chain(&xl) {
                let m = x.iter().map(|z| z.re.abs() + z.im.abs()).fold(0.0, f64::max);
                assert!((m - 1.0).abs() <= tol, "{what}: vector not normalized ({m})");
            }
            let (mut a2, mut b2) = (a1, b1);
            let (mut al2, mut be2) = (vec![z; n], vec![T::zero(); n]);
            ggev(
                false,
                false,
                MatMut::from_col_major(&mut a2, n, n, ld),
                MatMut::from_col_major(&mut b2, n, n, ld),
                &mut al2,
                &mut be2,
                MatMut::from_col_major(&mut [], 0, 0, 1),
                MatMut::from_col_major(&mut [], 0, 0, 1),
                Par::Seq,
                buf.workspace(),
            )
            .unwrap();
            for j in 0..n {
                let (x, y) = (C::new(alpha[j].re.to_f64(), alpha[j].im.to_f64()), c(beta[j]));
                let found = (0..n).any(|k| {
                    let (x2, y2) = (C::new(al2[k].re.to_f64(), al2[k].im.to_f64()), c(be2[k]));
                    (x * y2 - x2 * y).norm() <= 1e3 * tol * (x.norm() + y.norm()) * (x2.norm() + y2.norm())
                });
                assert!(found, "{what}: eigenvalue {j} not one of ggev's");
            }
        }

        fn all<T: Scalar>() {
            for n in [0, 1, 2, 3, 5, 8, 13] {
                check::<T>(n, 1.0, 300 + n as u64);
            }
            check::<T>(6, 1e-3, 7);
            check::<T>(6, 1e3, 8);
        }

        #[test]
        fn gegv_s() {
            all::<f32>();
        }

        #[test]
        fn gegv_d() {
            all::<f64>();
        }

        #[test]
        fn gegv_c() {
            all::<c32>();
        }

        #[test]
        fn gegv_z() {
            all::<c64>();
        }
    }
}
#[path = "multishift_qz_tests.rs"]
mod laqz;
#[path = "qz_sweep_tests.rs"]
mod laqz_sweep_tests;
