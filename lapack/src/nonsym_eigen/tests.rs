#![allow(clippy::needless_range_loop)] // indices address matrix rows, columns and vectors alike

use super::*;
use crate::sym_eigen::tridiagonal::Compz;
use crate::WorkBuffer;
use crate::{Info, Par};
use ferroblas_kernels::scalar::{c32, c64, RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef, Side, Trans};

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

fn ab(z: C) -> f64 {
    z.re.hypot(z.im)
}

fn c<T: Scalar>(x: T) -> C {
    C::new(x.re().to_f64(), x.im().to_f64())
}

/// A column-major `n x n` matrix with leading dimension `n + 3`.
fn random<T: Scalar>(n: usize, seed: u64) -> (Vec<T>, usize) {
    let ld = n + 3;
    let mut r = Rng(seed);
    let mut a = vec![T::zero(); ld * n.max(1)];
    for j in 0..n {
        for i in 0..n {
            a[i + j * ld] = r.scalar();
        }
    }
    (a, ld)
}

fn to_c<T: Scalar>(a: MatRef<'_, T>) -> Vec<Vec<C>> {
    (0..a.nrows()).map(|i| (0..a.ncols()).map(|j| c(a.get(i, j))).collect()).collect()
}

fn mul(a: &[Vec<C>], b: &[Vec<C>]) -> Vec<Vec<C>> {
    let (m, k, n) = (a.len(), b.len(), b.first().map_or(0, |r| r.len()));
    (0..m).map(|i| (0..n).map(|j| (0..k).map(|p| a[i][p] * b[p][j]).sum()).collect()).collect()
}

fn adj(a: &[Vec<C>]) -> Vec<Vec<C>> {
    let (m, n) = (a.len(), a.first().map_or(0, |r| r.len()));
    (0..n).map(|j| (0..m).map(|i| a[i][j].conj()).collect()).collect()
}

fn norm1(a: &[Vec<C>]) -> f64 {
    let n = a.first().map_or(0, |r| r.len());
    (0..n).map(|j| a.iter().map(|r| ab(r[j])).sum::<f64>()).fold(0.0, f64::max)
}

fn diff(a: &[Vec<C>], b: &[Vec<C>]) -> Vec<Vec<C>> {
    a.iter().zip(b).map(|(x, y)| x.iter().zip(y).map(|(p, q)| p - q).collect()).collect()
}

fn ident(n: usize) -> Vec<Vec<C>> {
    (0..n).map(|i| (0..n).map(|j| if i == j { C::new(1.0, 0.0) } else { C::new(0.0, 0.0) }).collect()).collect()
}

const SIZES: [usize; 7] = [0, 1, 2, 3, 10, 30, 60];

/// |A - Q H Q^H| / (n eps |A|) and |I - Q^H Q| / (n eps), blocked and not.
fn check_gehrd<T: Scalar>() {
    for &n in &SIZES {
        for (nb, nx) in [(64, 128), (3, 2), (5, 1)] {
            let (mut a, ld) = random::<T>(n, 7 + n as u64);
            let a0 = to_c(MatRef::from_col_major(&a, n, n, ld));
            let mut tau = vec![T::zero(); n.max(1)];
            let mut buf = WorkBuffer::new(hessenberg_req::<T>(n, nb));
            gehrd_with(
                0,
                n,
                MatMut::from_col_major(&mut a, n, n, ld),
                &mut tau[..n.saturating_sub(1)],
                Par::Seq,
                buf.workspace(),
                nb,
                nx,
            );
            let mut q = a.clone();
            let mut buf = WorkBuffer::new(orghr_req::<T>(0, n));
            orghr(
                0,
                n,
                MatMut::from_col_major(&mut q, n, n, ld),
                &tau[..n.saturating_sub(1)],
                Par::Seq,
                buf.workspace(),
            );
            let mut h = to_c(MatRef::from_col_major(&a, n, n, ld));
            for (i, row) in h.iter_mut().enumerate() {
                for (j, x) in row.iter_mut().enumerate() {
                    if i > j + 1 {
                        *x = C::new(0.0, 0.0);
                    }
                }
            }
            let qc = to_c(MatRef::from_col_major(&q, n, n, ld));
            let r = norm1(&diff(&a0, &mul(&mul(&qc, &h), &adj(&qc))))
                / ((n.max(1) as f64) * eps::<T>() * norm1(&a0).max(1e-300));
            let o = norm1(&diff(&ident(n), &mul(&adj(&qc), &qc))) / ((n.max(1) as f64) * eps::<T>());
            assert!(r < 10.0 && o < 10.0, "{} gehrd n={n} nb={nb}: residual {r}, orthogonality {o}", T::PREFIX);
            // ormhr applies the same Q.
            let mut e = vec![T::zero(); ld * n.max(1)];
            for i in 0..n {
                e[i + i * ld] = T::one();
            }
            let mut buf = WorkBuffer::new(ormhr_req::<T>(Side::Left, n, n, 0, n));
            ormhr(
                Side::Left,
                Trans::No,
                0,
                n,
                MatRef::from_col_major(&a, n, n, ld),
                &tau[..n.saturating_sub(1)],
                MatMut::from_col_major(&mut e, n, n, ld),
                Par::Seq,
                buf.workspace(),
            );
            let ec = to_c(MatRef::from_col_major(&e, n, n, ld));
            let d = norm1(&diff(&ec, &qc)) / ((n.max(1) as f64) * eps::<T>());
            assert!(d < 10.0, "{} ormhr n={n}: {d}", T::PREFIX);
        }
    }
}

fn hessenberg_req<T: Scalar>(n: usize, nb: usize) -> crate::WorkReq {
    hessenberg::gehrd_req_with::<T>(n, nb)
}

/// Reduces a random matrix and runs hseqr on it: |H - Z T Z^H|, |I - Z^H Z|,
/// T in standard form, eigenvalues on its diagonal, E and S agree.
fn check_hseqr<T: Scalar>() {
    for &n in &SIZES {
        let (mut a, ld) = random::<T>(n, 11 + n as u64);
        let mut tau = vec![T::zero(); n.max(1)];
        let mut buf = WorkBuffer::new(gehrd_req::<T>(n));
        gehrd(
            0,
            n,
            MatMut::from_col_major(&mut a, n, n, ld),
            &mut tau[..n.saturating_sub(1)],
            Par::Seq,
            buf.workspace(),
        );
        for j in 0..n {
            for i in j + 2..n {
                a[i + j * ld] = T::zero();
            }
        }
        let h0 = to_c(MatRef::from_col_major(&a, n, n, ld));
        let mut t = a.clone();
        let mut z = vec![T::zero(); ld * n.max(1)];
        let mut w = vec![C::new(0.0, 0.0); n];
        let mut wt = vec![Complex::<T::Real>::default(); n];
        hseqr(
            SchurJob::Schur,
            Compz::Init,
            0,
            n,
            MatMut::from_col_major(&mut t, n, n, ld),
            &mut wt,
            MatMut::from_col_major(&mut z, n, n, ld),
            Par::Seq,
            WorkBuffer::new(hseqr_req::<T>(n)).workspace(),
        )
        .unwrap();
        for (d, s) in w.iter_mut().zip(&wt) {
            *d = C::new(s.re.to_f64(), s.im.to_f64());
        }
        let tc = to_c(MatRef::from_col_major(&t, n, n, ld));
        let zc = to_c(MatRef::from_col_major(&z, n, n, ld));
        let nn = n.max(1) as f64;
        let r = norm1(&diff(&h0, &mul(&mul(&zc, &tc), &adj(&zc)))) / (nn * eps::<T>() * norm1(&h0).max(1e-300));
        let o = norm1(&diff(&ident(n), &mul(&adj(&zc), &zc))) / (nn * eps::<T>());
        assert!(r < 20.0 && o < 20.0, "{} hseqr n={n}: residual {r}, orthogonality {o}", T::PREFIX);
        let mut i = 0;
        while i < n {
            for r in i + 2..n {
                assert_eq!(tc[r][i], C::new(0.0, 0.0));
            }
            if i + 1 < n && tc[i + 1][i] != C::new(0.0, 0.0) {
                assert!(!T::IS_COMPLEX, "complex T has a subdiagonal");
                assert_eq!(tc[i][i], tc[i + 1][i + 1], "2x2 block not standard");
                assert!(tc[i][i + 1].re * tc[i + 1][i].re < 0.0, "2x2 block has real eigenvalues");
                let im = (tc[i][i + 1].re.abs().sqrt()) * (tc[i + 1][i].re.abs().sqrt());
                assert!(ab(w[i] - C::new(tc[i][i].re, im)) <= 1e-6 * (1.0 + ab(w[i])) + 100.0 * eps::<T>());
                assert!(ab(w[i + 1] - w[i].conj()) == 0.0 && w[i].im > 0.0);
                i += 2;
            } else {
                assert!(ab(w[i] - tc[i][i]) <= 4.0 * eps::<T>() * (1.0 + ab(w[i])));
                i += 1;
            }
        }
        // Eigenvalues only: the same values, to rounding.
        let mut h = a.clone();
        let mut we = vec![Complex::<T::Real>::default(); n];
        hseqr(
            SchurJob::Eigenvalues,
            Compz::None,
            0,
            n,
            MatMut::from_col_major(&mut h, n, n, ld),
            &mut we,
            MatMut::from_col_major(&mut [], 0, 0, 1),
            Par::Seq,
            WorkBuffer::new(hseqr_req::<T>(n)).workspace(),
        )
        .unwrap();
        let wmax = w.iter().map(|x| ab(*x)).fold(0.0, f64::max);
        for (x, y) in w.iter().zip(&we) {
            let y = C::new(y.re.to_f64(), y.im.to_f64());
            assert!(ab(*x - y) <= 1e3 * eps::<T>() * wmax.max(1.0), "{} hseqr E vs S n={n}: {x} {y}", T::PREFIX);
        }
    }
}

/// The eigenvectors of geev as complex columns (a real type's pairs joined).
fn vectors<T: Scalar>(v: &[T], n: usize, ld: usize, w: &[C]) -> Vec<Vec<C>> {
    let vc = to_c(MatRef::from_col_major(v, n, n, ld));
    if T::IS_COMPLEX {
        return vc;
    }
    let mut out = vc.clone();
    let mut j = 0;
    while j < n {
        if w[j].im != 0.0 && j + 1 < n {
            for i in 0..n {
                let z = C::new(vc[i][j].re, vc[i][j + 1].re);
                out[i][j] = z;
                out[i][j + 1] = z.conj();
            }
            j += 2;
        } else {
            j += 1;
        }
    }
    out
}

/// Runs geev with both vectors; returns (w, residual right, residual left).
fn run_geev<T: Scalar>(a: &[T], n: usize, ld: usize) -> Result<(Vec<C>, f64, f64), Info> {
    let a0 = to_c(MatRef::from_col_major(a, n, n, ld));
    let mut a1 = a.to_vec();
    let mut vl = vec![T::zero(); ld * n.max(1)];
    let mut vr = vec![T::zero(); ld * n.max(1)];
    let mut w = vec![Complex::<T::Real>::default(); n];
    let mut buf = WorkBuffer::new(geev_req::<T>(n));
    geev(
        true,
        true,
        MatMut::from_col_major(&mut a1, n, n, ld),
        &mut w,
        MatMut::from_col_major(&mut vl, n, n, ld),
        MatMut::from_col_major(&mut vr, n, n, ld),
        Par::Seq,
        buf.workspace(),
    )?;
    let w: Vec<C> = w.iter().map(|x| C::new(x.re.to_f64(), x.im.to_f64())).collect();
    let vrc = vectors(&vr, n, ld, &w);
    let vlc = vectors(&vl, n, ld, &w);
    let nn = n.max(1) as f64;
    let an = norm1(&a0).max(1e-300);
    let d: Vec<Vec<C>> =
        (0..n).map(|i| (0..n).map(|j| if i == j { w[i] } else { C::new(0.0, 0.0) }).collect()).collect();
    let rr = norm1(&diff(&mul(&a0, &vrc), &mul(&vrc, &d))) / (nn * eps::<T>() * an);
    let rl = norm1(&diff(&mul(&adj(&vlc), &a0), &mul(&d, &adj(&vlc)))) / (nn * eps::<T>() * an);
    for v in [&vrc, &vlc] {
        for j in 0..n {
            let s: f64 = (0..n).map(|i| v[i][j].norm_sqr()).sum();
            assert!(
                (s.sqrt() - 1.0).abs() < 100.0 * nn * eps::<T>(),
                "{} geev: column {j} has norm {}",
                T::PREFIX,
                s.sqrt()
            );
            // The largest component is real.
            let big = (0..n).map(|i| ab(v[i][j])).fold(0.0, f64::max);
            let real = (0..n).any(|i| ab(v[i][j]) >= big * (1.0 - 100.0 * eps::<T>()) && v[i][j].im == 0.0);
            assert!(real, "{} geev: largest component not real", T::PREFIX);
        }
    }
    Ok((w, rr, rl))
}

fn check_geev<T: Scalar>() {
    for &n in &SIZES {
        let (a, ld) = random::<T>(n, 23 + n as u64);
        let (_, rr, rl) = run_geev(&a, n, ld).unwrap();
        assert!(rr < 20.0 && rl < 20.0, "{} geev n={n}: right {rr}, left {rl}", T::PREFIX);
    }
    // Badly scaled: balancing matters; the residual must still be small.
    let n = 10;
    let (mut a, ld) = random::<T>(n, 99);
    for j in 0..n {
        for i in 0..n {
            let f = 2f64.powi(3 * (i as i32 - j as i32));
            a[i + j * ld] = a[i + j * ld].scale_real(<T::Real as RealScalar>::from_f64(f));
        }
    }
    let (_, rr, rl) = run_geev(&a, n, ld).unwrap();
    assert!(rr < 20.0 && rl < 20.0, "{} geev graded: right {rr}, left {rl}", T::PREFIX);
}

fn sorted(mut w: Vec<C>) -> Vec<C> {
    w.sort_by(|a, b| (a.re, a.im).partial_cmp(&(b.re, b.im)).unwrap());
    w
}

fn check_known<T: Scalar>() {
    let r = |x: f64| T::from_real(<T::Real as RealScalar>::from_f64(x));
    // Companion matrix of (x-1)(x-2)(x-3)(x-4) = x^4 - 10x^3 + 35x^2 - 50x + 24.
    let n = 4;
    let coef = [24.0, -50.0, 35.0, -10.0];
    let ld = 5;
    let mut a = vec![T::zero(); ld * n];
    for i in 1..n {
        a[i + (i - 1) * ld] = T::one();
    }
    for (i, &cf) in coef.iter().enumerate() {
        a[i + (n - 1) * ld] = r(-cf);
    }
    let (w, rr, rl) = run_geev(&a, n, ld).unwrap();
    assert!(rr < 100.0 && rl < 100.0);
    for (k, x) in sorted(w).iter().enumerate() {
        assert!(
            ab(*x - C::new(k as f64 + 1.0, 0.0)) < 1e4 * eps::<T>().sqrt() * eps::<T>().sqrt() * 100.0,
            "{} companion: {x}",
            T::PREFIX
        );
    }
    // Diagonal plus nilpotent: eigenvalues are the diagonal.
    let n = 5;
    let ld = 7;
    let mut a = vec![T::zero(); ld * n];
    for i in 0..n {
        a[i + i * ld] = r(i as f64 - 2.0);
        for j in i + 1..n {
            a[i + j * ld] = r(0.5 * (j - i) as f64);
        }
    }
    let (w, _, _) = run_geev(&a, n, ld).unwrap();
    for (k, x) in sorted(w).iter().enumerate() {
        assert!(ab(*x - C::new(k as f64 - 2.0, 0.0)) < 100.0 * eps::<T>(), "{} triangular: {x}", T::PREFIX);
    }
    // Rotation blocks: eigenvalues cos t +- i sin t.
    let n = 4;
    let ld = 4;
    let mut a = vec![T::zero(); ld * n];
    for (b, th) in [(0usize, 0.3f64), (2, 1.1)] {
        a[b + b * ld] = r(th.cos());
        a[b + 1 + b * ld] = r(th.sin());
        a[b + (b + 1) * ld] = r(-th.sin());
        a[b + 1 + (b + 1) * ld] = r(th.cos());
    }
    let (w, rr, rl) = run_geev(&a, n, ld).unwrap();
    assert!(rr < 20.0 && rl < 20.0);
    let expect = sorted(vec![
        C::new(0.3f64.cos(), 0.3f64.sin()),
        C::new(0.3f64.cos(), -(0.3f64.sin())),
        C::new(1.1f64.cos(), 1.1f64.sin()),
        C::new(1.1f64.cos(), -(1.1f64.sin())),
    ]);
    for y in &expect {
        let d = w.iter().map(|x| ab(*x - *y)).fold(f64::INFINITY, f64::min);
        assert!(d < 100.0 * eps::<T>(), "{} rotation: {y} missing", T::PREFIX);
    }
}

fn check_nan<T: Scalar>() {
    for n in [1, 3, 10] {
        let (mut a, ld) = random::<T>(n, 5);
        a[n / 2 + (n / 2) * ld] = T::from_real(<T::Real as Scalar>::zero() / <T::Real as Scalar>::zero());
        match run_geev(&a, n, ld) {
            Err(_) => {}
            Ok((w, _, _)) => assert!(w.iter().any(|x| x.re.is_nan() || x.im.is_nan()), "{} NaN lost", T::PREFIX),
        }
    }
}

fn check_gebal<T: Scalar>() {
    // Permutation: a matrix with isolated eigenvalues at both ends.
    let n = 4;
    let r = |x: f64| T::from_real(<T::Real as RealScalar>::from_f64(x));
    let vals = [[1.0, 0.0, 0.0, 0.0], [2.0, 3.0, 1e6, 0.0], [4.0, 1e-6, 5.0, 0.0], [6.0, 7.0, 8.0, 9.0]];
    let mut a = vec![T::zero(); 16];
    for i in 0..4 {
        for j in 0..4 {
            a[i + 4 * j] = r(vals[i][j]);
        }
    }
    let a0 = a.clone();
    let mut scale = vec![<T::Real as Scalar>::zero(); n];
    let b = gebal(BalanceJob::Both, MatMut::from_col_major(&mut a, n, n, 4), &mut scale);
    assert!(!b.nan);
    assert!(b.ihi - b.ilo == 2, "{} gebal: active block {}..{}", T::PREFIX, b.ilo, b.ihi);
    let m = MatRef::from_col_major(&a, n, n, 4);
    // The balanced block's off-diagonal entries are of comparable size.
    let (x, y) = (m.get(b.ilo, b.ilo + 1).abs1().to_f64(), m.get(b.ilo + 1, b.ilo).abs1().to_f64());
    assert!(x / y < 16.0 && y / x < 16.0, "{} gebal: not balanced {x} {y}", T::PREFIX);
    // gebak undoes it: (D^-1 P^T) A0 (P D) = A, so A0 X = X A with X = gebak(I).
    let mut x = vec![T::zero(); 16];
    for i in 0..4 {
        x[i + 4 * i] = T::one();
    }
    gebak(BalanceJob::Both, Side::Right, b.ilo, b.ihi, &scale, MatMut::from_col_major(&mut x, n, n, 4));
    let xc = to_c(MatRef::from_col_major(&x, n, n, 4));
    let l = mul(&to_c(MatRef::from_col_major(&a0, n, n, 4)), &xc);
    let rr = mul(&xc, &to_c(m));
    assert!(norm1(&diff(&l, &rr)) <= 1e3 * eps::<T>() * norm1(&l), "{} gebak does not undo gebal", T::PREFIX);
    // NaN stops the scaling.
    let mut a = a0.clone();
    a[1 + 4 * 2] = T::from_real(<T::Real as Scalar>::zero() / <T::Real as Scalar>::zero());
    let b = gebal(BalanceJob::Scale, MatMut::from_col_major(&mut a, n, n, 4), &mut scale);
    assert!(b.nan);
}

#[test]
fn lanv2_standard_form() {
    for &(a, b, c, d) in &[
        (1.0, 2.0, -3.0, 4.0),
        (1.0, 2.0, 3.0, 4.0),
        (0.0, 1.0, -1.0, 0.0),
        (2.0, 0.0, 5.0, 1.0),
        (1.0, 1e-20, -1e-20, 1.0),
    ] {
        let r = lanv2::<f64>(a, b, c, d);
        assert!(r.c == 0.0 || (r.a == r.d && r.b * r.c < 0.0));
        // [cs -sn; sn cs] [a b; c d]_out [cs sn; -sn cs] = input
        let (cs, sn) = (r.cs, r.sn);
        let m = [[r.a, r.b], [r.c, r.d]];
        let q = [[cs, -sn], [sn, cs]];
        let mut out = [[0.0; 2]; 2];
        for i in 0..2 {
            for j in 0..2 {
                for p in 0..2 {
                    for s in 0..2 {
                        out[i][j] += q[i][p] * m[p][s] * q[j][s];
                    }
                }
            }
        }
        let input = [[a, b], [c, d]];
        for i in 0..2 {
            for j in 0..2 {
                assert!((out[i][j] - input[i][j]).abs() < 1e-14 * 10.0, "lanv2 {a} {b} {c} {d}");
            }
        }
    }
}

/// `trevc3` with HOWMNY = B (batched, up to 64 vectors per GEMM)
/// against Q times its HOWMNY = A vectors, each normalized as the
/// reference does: largest `|re| + |im|` 1 per vector (a real type's
/// complex pair jointly over its two columns).
fn check_trevc3_backtransform<T: Scalar>() {
    for &n in &[1usize, 5, 80, 131] {
        let (mut h, ld) = random::<T>(n, 900 + n as u64);
        for j in 0..n {
            for i in j + 2..n {
                h[i + j * ld] = T::zero();
            }
        }
        let mut q = vec![T::zero(); ld * n];
        let mut wt = vec![Complex::<T::Real>::default(); n];
        let mut buf = WorkBuffer::new(hseqr_req::<T>(n));
        hseqr(
            SchurJob::Schur,
            Compz::Init,
            0,
            n,
            MatMut::from_col_major(&mut h, n, n, ld),
            &mut wt,
            MatMut::from_col_major(&mut q, n, n, ld),
            Par::Seq,
            buf.workspace(),
        )
        .unwrap();
        let (mut xl, mut xr) = (vec![T::zero(); ld * n], vec![T::zero(); ld * n]);
        let (mut vl, mut vr) = (q.clone(), q.clone());
        let mut t = h.clone();
        let mut buf = WorkBuffer::new(trevc3_req::<T>(n));
        let tm = MatMut::from_col_major(&mut t, n, n, ld);
        let (l, r) = (MatMut::from_col_major(&mut xl, n, n, ld), MatMut::from_col_major(&mut xr, n, n, ld));
        trevc3(VecSide::Both, Howmny::All, &mut [], tm, l, r, buf.workspace());
        let tm = MatMut::from_col_major(&mut t, n, n, ld);
        let (l, r) = (MatMut::from_col_major(&mut vl, n, n, ld), MatMut::from_col_major(&mut vr, n, n, ld));
        trevc3(VecSide::Both, Howmny::Backtransform, &mut [], tm, l, r, buf.workspace());
        // The same on the reference's minimal workspace (real: 3n reals and
        // nothing else; complex: n reals and 2n in T), NaN beforehand: the
        // vectors one at a time, the same up to rounding.
        let nan = <T::Real as RealScalar>::from_f64(f64::NAN);
        let mut reals = vec![nan; trevc3_reals::<T>(n)];
        let mut small = WorkBuffer::new(crate::WorkReq::new::<T>(if T::IS_COMPLEX { 2 * n } else { 0 }));
        let (mut vl2, mut vr2) = (q.clone(), q.clone());
        let tm = MatMut::from_col_major(&mut t, n, n, ld);
        let (l, r) = (MatMut::from_col_major(&mut vl2, n, n, ld), MatMut::from_col_major(&mut vr2, n, n, ld));
        trevc3_in(VecSide::Both, Howmny::Backtransform, &mut [], tm, l, r, &mut reals, small.workspace());
        for (a, b) in vl.iter().zip(&vl2).chain(vr.iter().zip(&vr2)) {
            let d = ab(c(*a) - c(*b));
            assert!(d < 1e2 * n as f64 * eps::<T>(), "trevc3 minimal workspace n={n}: off by {d}");
        }
        let qc = to_c(MatRef::from_col_major(&q, n, n, ld));
        // Columns j, j + 1 of a real type's complex pair share one scale.
        let pair = |j: usize| !T::IS_COMPLEX && j + 1 < n && h[j + 1 + j * ld] != T::zero();
        for (x, v) in [(&xl, &vl), (&xr, &vr)] {
            let want = mul(&qc, &to_c(MatRef::from_col_major(x, n, n, ld)));
            let got = to_c(MatRef::from_col_major(v, n, n, ld));
            let mut j = 0;
            while j < n {
                let w = if pair(j) { 2 } else { 1 };
                let size =
                    |m: &[Vec<C>], p: usize| (j..j + w).map(|k| m[p][k].re.abs() + m[p][k].im.abs()).sum::<f64>();
                let emax = (0..n).map(|p| size(&want, p)).fold(0.0, f64::max);
                let gmax = (0..n).map(|p| size(&got, p)).fold(0.0, f64::max);
                assert!((gmax - 1.0).abs() < 1e3 * eps::<T>(), "trevc3 B n={n} col {j}: not normalized ({gmax})");
                for p in 0..n {
                    for k in j..j + w {
                        let d = ab(got[p][k] - want[p][k] * (1.0 / emax));
                        assert!(d < 1e3 * n as f64 * eps::<T>(), "trevc3 B n={n} ({p}, {k}): off by {d}");
                    }
                }
                j += w;
            }
        }
    }
}

/// The deprecated lahrd: lahr2's reflectors, T and Y, and the first `k`
/// rows of the panel's columns those of `A Q` (`Q = I - V T V^H` from the
/// outputs), where lahr2 leaves the original rows.
fn check_lahrd<T: Scalar>() {
    for (n, k, nb) in [(2, 1, 1), (5, 1, 2), (7, 3, 2), (9, 2, 4), (12, 4, 5), (16, 1, 8)] {
        let (a0, ld) = random::<T>(n, (n * 10 + k) as u64);
        let cols = n - k + 1;
        let run = |deprecated: bool| {
            let mut a = a0.clone();
            let mut tau = vec![T::zero(); nb];
            let mut t = vec![T::zero(); nb * nb];
            let mut y = vec![T::zero(); n * nb];
            let mut w = vec![T::zero(); nb];
            let am = MatMut::from_col_major(&mut a, n, cols, ld);
            let tm = MatMut::from_col_major(&mut t, nb, nb, nb);
            let ym = MatMut::from_col_major(&mut y, n, nb, n);
            if deprecated {
                lahrd(k, nb, am, &mut tau, tm, ym, &mut w);
            } else {
                lahr2(k, nb, am, &mut tau, tm, ym, &mut w);
            }
            (a, tau, t, y)
        };
        let (a, tau, t, y) = run(true);
        let (a2, tau2, t2, y2) = run(false);
        let what = format!("lahrd {} n={n} k={k} nb={nb}", T::PREFIX);
        assert!(tau == tau2 && t == t2 && y == y2, "{what}: tau, T or Y differ from lahr2's");
        for j in 0..cols {
            for i in 0..n {
                if i >= k || j == 0 || j >= nb {
                    assert!(a[i + j * ld] == a2[i + j * ld], "{what}: A({i}, {j}) differs from lahr2's");
                }
            }
        }
        // V (n x nb, rows k-1+j.. of column j) and Q = I - V T V^H.
        let v: Vec<Vec<C>> = (0..n)
            .map(|i| {
                (0..nb)
                    .map(|j| match i.cmp(&(k + j)) {
                        std::cmp::Ordering::Less => C::new(0.0, 0.0),
                        std::cmp::Ordering::Equal => C::new(1.0, 0.0),
                        std::cmp::Ordering::Greater => c(a[i + j * ld]),
                    })
                    .collect()
            })
            .collect();
        let tc = to_c(MatRef::from_col_major(&t, nb, nb, nb));
        let vtv = mul(&mul(&v, &tc), &adj(&v));
        // Column j of the panel is column k - 1 + j of the whole matrix, whose
        // columns left of k - 1 do not meet V's rows; only A's own columns enter.
        let orig = to_c(MatRef::from_col_major(&a0, n, cols, ld));
        let tol = 30.0 * n as f64 * eps::<T>();
        for j in 1..nb {
            for r in 0..k {
                let g = k - 1 + j;
                let mut e = orig[r][j];
                for p in 1..cols {
                    e -= orig[r][p] * vtv[k - 1 + p][g];
                }
                let d = ab(e - c(a[r + j * ld]));
                assert!(d <= tol * n as f64, "{what}: A({r}, {j}) is not (A Q)'s, off by {d:e}");
            }
        }
    }
}

mod residual {
    use super::*;

    #[test]
    fn lahrd_is_lahr2_with_the_top_rows() {
        check_lahrd::<f32>();
        check_lahrd::<f64>();
        check_lahrd::<c32>();
        check_lahrd::<c64>();
    }

    #[test]
    fn trevc3_backtransform_matches_q_times_the_vectors() {
        check_trevc3_backtransform::<f32>();
        check_trevc3_backtransform::<f64>();
        check_trevc3_backtransform::<c32>();
        check_trevc3_backtransform::<c64>();
    }

    #[test]
    fn gehrd_orghr_ormhr() {
        check_gehrd::<f32>();
        check_gehrd::<f64>();
        check_gehrd::<c32>();
        check_gehrd::<c64>();
    }

    #[test]
    fn hseqr_schur_form() {
        check_hseqr::<f32>();
        check_hseqr::<f64>();
        check_hseqr::<c32>();
        check_hseqr::<c64>();
    }

    #[test]
    fn geev_residuals() {
        check_geev::<f32>();
        check_geev::<f64>();
        check_geev::<c32>();
        check_geev::<c64>();
    }

    #[test]
    fn geev_known_spectrum() {
        check_known::<f32>();
        check_known::<f64>();
        check_known::<c32>();
        check_known::<c64>();
    }

    #[test]
    fn geev_nan_no_hang() {
        check_nan::<f32>();
        check_nan::<f64>();
        check_nan::<c32>();
        check_nan::<c64>();
    }

    #[test]
    fn gebal_gebak() {
        check_gebal::<f32>();
        check_gebal::<f64>();
        check_gebal::<c32>();
        check_gebal::<c64>();
    }
}
