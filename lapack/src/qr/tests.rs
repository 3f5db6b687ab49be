//! Residual tests of the Householder machinery and QR, in c64 oracles:
//! `|A - Q R|`, `|I - Q^H Q|`, and `op(Q) C` against the explicit product.

#![allow(clippy::needless_range_loop)]

use super::*;
use crate::condition::testutil::{cabs, Rng, TestScalar};
use crate::householder::{larfb, larfb_sliced, larfg, larfgp, larft, Direct, StoreV};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{c32, c64, MatMut, MatRef, Side, Trans, VecMut};
use ferroblas_relapack::{Par, WorkBuffer, WorkReq};

/// A column-major `m x n` matrix with leading dimension `m + pad`.
struct M<T> {
    m: usize,
    n: usize,
    ld: usize,
    d: Vec<T>,
}

impl<T: TestScalar> M<T> {
    fn random(m: usize, n: usize, pad: usize, rng: &mut Rng) -> Self {
        let ld = m + pad;
        let d = (0..ld * n.max(1)).map(|_| rng.scalar()).collect();
        M { m, n, ld, d }
    }
    fn zeros(m: usize, n: usize) -> Self {
        M { m, n, ld: m.max(1), d: vec![T::zero(); m.max(1) * n.max(1)] }
    }
    fn get(&self, i: usize, j: usize) -> c64 {
        self.d[i + j * self.ld].to_c64()
    }
    fn view(&mut self) -> MatMut<'_, T> {
        MatMut::from_col_major(&mut self.d, self.m, self.n, self.ld)
    }
    fn rview(&self) -> MatRef<'_, T> {
        MatRef::from_col_major(&self.d, self.m, self.n, self.ld)
    }
    fn clone_m(&self) -> Self {
        M { m: self.m, n: self.n, ld: self.ld, d: self.d.clone() }
    }
}

fn eps<T: Scalar>() -> f64 {
    T::Real::EPSILON.to_f64()
}

fn work_for(req: WorkReq) -> WorkBuffer {
    WorkBuffer::new(req)
}

/// Factors a random `m x n` matrix with block size `nb`, forms Q with
/// `orgqr_with` (same `nb`), and checks `|A - Q R|` and `|I - Q^H Q|`.
fn check_qr<T: TestScalar>(m: usize, n: usize, nb: usize, positive: Positive, seed: u64) {
    let mut rng = Rng::new(seed);
    let a0 = M::<T>::random(m, n, 3, &mut rng);
    let mut a = a0.clone_m();
    let k = m.min(n);
    let mut tau = vec![T::zero(); k];
    let mut w = work_for(WorkReq::new::<T>(nb.max(1) * n.max(1)));
    geqrf_with(a.view(), &mut tau, positive, Par::Seq, w.workspace(), nb);
    // Q: m x k from the first k columns.
    let mut q = M::<T>::zeros(m, k);
    for j in 0..k {
        for i in 0..m {
            q.d[i + j * q.ld] = a.d[i + j * a.ld];
        }
    }
    let mut w = work_for(orgqr_req::<T>(k, k).and(WorkReq::new::<T>(nb * nb + nb * k.max(nb))));
    orgqr_with(q.view(), &tau, Par::Seq, w.workspace(), nb);
    let anorm = (0..n).flat_map(|j| (0..m).map(move |i| (i, j))).map(|(i, j)| cabs(a0.get(i, j))).fold(0.0, f64::max);
    let tol = 30.0 * (m.max(n) as f64) * eps::<T>();
    for j in 0..n {
        for i in 0..m {
            let mut s = c64::new(0.0, 0.0);
            for l in 0..=j.min(k.saturating_sub(1)).min(i.max(j)) {
                if l <= j && l < k {
                    s += q.get(i, l) * a.get(l, j);
                }
            }
            let r = cabs(a0.get(i, j) - s);
            assert!(r <= tol * anorm.max(1e-300), "{}: |A - QR| at ({i},{j}) = {r:e}, m={m} n={n} nb={nb}", T::PREFIX);
        }
    }
    for j in 0..k {
        for i in 0..k {
            let mut s = c64::new(0.0, 0.0);
            for l in 0..m {
                s += q.get(l, i).conj() * q.get(l, j);
            }
            let id = if i == j { 1.0 } else { 0.0 };
            let r = cabs(s - c64::new(id, 0.0));
            assert!(r <= tol, "{}: |I - Q^H Q| at ({i},{j}) = {r:e}, m={m} n={n} nb={nb}", T::PREFIX);
        }
    }
    if positive == Positive::Yes {
        for j in 0..k {
            let d = a.get(j, j);
            assert!(d.re >= 0.0 && d.im == 0.0, "{}: R({j},{j}) = {d} is not nonnegative real", T::PREFIX);
        }
    }
}

/// `op(Q) C` by `ormqr_with`/`orm2r`/`gemqrt` against the product with the
/// explicit Q.
fn check_ormqr<T: TestScalar>(m: usize, n: usize, k: usize, nb: usize, seed: u64) {
    let mut rng = Rng::new(seed);
    for side in [Side::Left, Side::Right] {
        let nq = if side == Side::Left { m } else { n };
        let k = k.min(nq);
        let a_orig = M::<T>::random(nq, k, 2, &mut rng);
        let mut a = a_orig.clone_m();
        let mut tau = vec![T::zero(); k];
        let mut w = work_for(geqrf_req::<T>(nq, k));
        geqrf(a.view(), &mut tau, Positive::No, Par::Seq, w.workspace());
        // Q explicitly: nq x nq.
        let mut q = M::<T>::zeros(nq, nq);
        for j in 0..k {
            for i in 0..nq {
                q.d[i + j * q.ld] = a.d[i + j * a.ld];
            }
        }
        let mut w = work_for(orgqr_req::<T>(nq, k));
        orgqr(q.view(), &tau, Par::Seq, w.workspace());
        // The same reflectors with their T's kept, for gemqrt.
        let tnb = nb.clamp(1, k.max(1));
        let mut tt = M::<T>::zeros(tnb, k);
        let mut av = a_orig.clone_m();
        if k > 0 {
            let mut gw = vec![T::zero(); tnb * k];
            geqrt(av.view(), tt.view(), Par::Seq, &mut gw);
        }
        let c0 = M::<T>::random(m, n, 1, &mut rng);
        for trans in [Trans::No, Trans::ConjTrans, Trans::Trans] {
            if T::IS_COMPLEX && trans == Trans::Trans {
                continue;
            }
            let h = trans != Trans::No;
            let expect = |i: usize, j: usize| {
                let mut s = c64::new(0.0, 0.0);
                if side == Side::Left {
                    for l in 0..m {
                        let ql = if h { q.get(l, i).conj() } else { q.get(i, l) };
                        s += ql * c0.get(l, j);
                    }
                } else {
                    for l in 0..n {
                        let ql = if h { q.get(j, l).conj() } else { q.get(l, j) };
                        s += c0.get(i, l) * ql;
                    }
                }
                s
            };
            let tol = 30.0 * (m.max(n) as f64) * eps::<T>();
            let mut results = Vec::new();
            let mut c = c0.clone_m();
            let mut w = work_for(WorkReq::new::<T>(nb * nb + nb * m.max(n)).and(WorkReq::new::<T>(m.max(n))));
            ormqr_with(side, trans, a.rview(), &tau, c.view(), Par::Seq, w.workspace(), nb);
            results.push(("ormqr", c));
            let mut c = c0.clone_m();
            let mut ww = vec![T::zero(); m.max(n)];
            orm2r(side, trans, a.rview(), &tau, c.view(), &mut ww);
            results.push(("orm2r", c));
            // gemqrt applies the geqrt reflectors, whose Q is the same matrix
            // (the same columns factored), to rounding.
            let mut c = c0.clone_m();
            let mut gw = vec![T::zero(); tnb * m.max(n)];
            gemqrt(side, trans, av.rview(), tt.rview(), c.view(), Par::Seq, &mut gw);
            results.push(("gemqrt", c));
            for (name, c) in &results {
                for j in 0..n {
                    for i in 0..m {
                        let r = cabs(c.get(i, j) - expect(i, j));
                        assert!(
                            r <= tol,
                            "{}{name}: side {side:?} trans {trans:?} m={m} n={n} k={k} nb={nb}: ({i},{j}) off by {r:e}",
                            T::PREFIX
                        );
                    }
                }
            }
        }
    }
}

/// `I - V T V^H` from `larft` against the product of the single reflectors,
/// and `larfb` against that explicit H, for every direction and storage.
fn check_block<T: TestScalar>(len: usize, k: usize, seed: u64) {
    let mut rng = Rng::new(seed);
    for direct in [Direct::Forward, Direct::Backward] {
        for store in [StoreV::Columnwise, StoreV::Rowwise] {
            // Vectors v_i as full columns (length len), LAPACK's shapes.
            let mut vecs = vec![vec![c64::new(0.0, 0.0); len]; k];
            let mut tau = vec![T::zero(); k];
            let (mut vs, vr, vc) = match store {
                StoreV::Columnwise => (M::<T>::random(len, k, 1, &mut rng), len, k),
                StoreV::Rowwise => (M::<T>::random(k, len, 1, &mut rng), k, len),
            };
            let _ = (vr, vc);
            for i in 0..k {
                tau[i] = rng.scalar::<T>();
                if i == 1 {
                    tau[i] = T::zero();
                }
                // The unit position of v_i and the zeros beyond it.
                let unit = if direct == Direct::Forward { i } else { len - k + i };
                for r in 0..len {
                    let stored = match store {
                        StoreV::Columnwise => vs.get(r, i),
                        StoreV::Rowwise => vs.get(i, r).conj(),
                    };
                    let v = if r == unit {
                        c64::new(1.0, 0.0)
                    } else if (direct == Direct::Forward && r < unit) || (direct == Direct::Backward && r > unit) {
                        // Poison what must not be read.
                        let (p, q) = match store {
                            StoreV::Columnwise => (r, i),
                            StoreV::Rowwise => (i, r),
                        };
                        vs.d[p + q * vs.ld] = T::from_c64(c64::new(f64::NAN, 0.0));
                        c64::new(0.0, 0.0)
                    } else {
                        stored
                    };
                    vecs[i][r] = v;
                }
            }
            // Explicit H = H(0) H(1) ... (forward) or H(k-1) ... H(0) (backward).
            let mut h = vec![vec![c64::new(0.0, 0.0); len]; len];
            for i in 0..len {
                h[i][i] = c64::new(1.0, 0.0);
            }
            let order: Vec<usize> = if direct == Direct::Forward { (0..k).collect() } else { (0..k).rev().collect() };
            for &i in &order {
                // h := h (I - tau v v^H)
                let t = tau[i].to_c64();
                for r in 0..len {
                    let s: c64 = (0..len).map(|c| h[r][c] * vecs[i][c]).sum();
                    for c in 0..len {
                        h[r][c] -= t * s * vecs[i][c].conj();
                    }
                }
            }
            let mut t = M::<T>::random(k, k, 0, &mut rng);
            larft(direct, store, vs.rview(), &tau, t.view(), Par::Seq);
            let hmax = h.iter().flatten().map(|z| cabs(*z)).fold(1.0, f64::max);
            let tol = 50.0 * (len as f64) * eps::<T>() * hmax * hmax;
            // I - V T V^H with T's unused triangle ignored.
            let tget = |i: usize, j: usize| {
                let keep = if direct == Direct::Forward { i <= j } else { i >= j };
                if keep {
                    t.get(i, j)
                } else {
                    c64::new(0.0, 0.0)
                }
            };
            for r in 0..len {
                for c in 0..len {
                    let mut s = c64::new(if r == c { 1.0 } else { 0.0 }, 0.0);
                    for i in 0..k {
                        for j in 0..k {
                            s -= vecs[i][r] * tget(i, j) * vecs[j][c].conj();
                        }
                    }
                    let e = cabs(s - h[r][c]);
                    assert!(
                        e <= tol,
                        "{}larft {direct:?} {store:?} len={len} k={k}: ({r},{c}) off by {e:e}",
                        T::PREFIX
                    );
                }
            }
            for side in [Side::Left, Side::Right] {
                for trans in [Trans::No, Trans::ConjTrans] {
                    let (m, n) = if side == Side::Left { (len, 5) } else { (4, len) };
                    let c0 = M::<T>::random(m, n, 2, &mut rng);
                    let mut c = c0.clone_m();
                    let mut w = if side == Side::Left { M::<T>::zeros(k, n) } else { M::<T>::zeros(m, k) };
                    larfb(side, trans, direct, store, vs.rview(), t.rview(), c.view(), w.view(), Par::Seq);
                    // The same update cut into slices of C (a large C's path).
                    let mut cs = c0.clone_m();
                    let (v, tv) = (vs.rview(), t.rview());
                    larfb_sliced(side, trans, direct, store, v, tv, cs.view(), w.view(), Par::Seq, Some(2));
                    let hh = |r: usize, cc: usize| if trans == Trans::No { h[r][cc] } else { h[cc][r].conj() };
                    for j in 0..n {
                        for i in 0..m {
                            let e = cabs(cs.get(i, j) - c.get(i, j));
                            assert!(
                                e <= tol,
                                "{}larfb in slices {side:?} {trans:?} {direct:?} {store:?}: ({i},{j})",
                                T::PREFIX
                            );
                            let s: c64 = if side == Side::Left {
                                (0..m).map(|l| hh(i, l) * c0.get(l, j)).sum()
                            } else {
                                (0..n).map(|l| c0.get(i, l) * hh(l, j)).sum()
                            };
                            let e = cabs(c.get(i, j) - s);
                            assert!(
                                e <= tol,
                                "{}larfb {side:?} {trans:?} {direct:?} {store:?} len={len} k={k}: ({i},{j}) off by {e:e}",
                                T::PREFIX
                            );
                        }
                    }
                }
            }
        }
    }
}

/// `larfg`/`larfgp`: `H^H [alpha; x] = [beta; 0]`, the tau bounds, and the
/// scaled and non-finite inputs.
fn check_larfg<T: TestScalar>() {
    let mut rng = Rng::new(7);
    for scale in [1.0, 1e-300, 1e300, 1e-38, 1e38, 1e-310] {
        for n in [1usize, 2, 5] {
            for positive in [false, true] {
                let s = T::from_c64(c64::new(scale, 0.0));
                if !s.to_c64().re.is_finite() || (s.to_c64().re == 0.0) {
                    continue;
                }
                let x0: Vec<T> = (0..n - 1).map(|_| rng.scalar::<T>() * s).collect();
                let a0 = rng.scalar::<T>() * s;
                let (mut alpha, mut x) = (a0, x0.clone());
                let tau = if positive {
                    larfgp(&mut alpha, VecMut::from_slice(&mut x))
                } else {
                    larfg(&mut alpha, VecMut::from_slice(&mut x))
                };
                let beta = alpha.to_c64();
                assert_eq!(beta.im, 0.0);
                if positive {
                    assert!(beta.re >= 0.0, "{}larfgp: beta {beta} < 0", T::PREFIX);
                }
                // H^H [a0; x0] with v = [1; x].
                let v: Vec<c64> = std::iter::once(c64::new(1.0, 0.0)).chain(x.iter().map(|z| z.to_c64())).collect();
                let y: Vec<c64> = std::iter::once(a0.to_c64()).chain(x0.iter().map(|z| z.to_c64())).collect();
                let vhy: c64 = v.iter().zip(&y).map(|(a, b)| a.conj() * b).sum();
                let t = tau.to_c64().conj();
                let size = y.iter().map(|z| cabs(*z)).fold(0.0, f64::max);
                for i in 0..n {
                    let hy = y[i] - t * v[i] * vhy;
                    let want = if i == 0 { beta } else { c64::new(0.0, 0.0) };
                    let e = cabs(hy - want);
                    let denorm = T::Real::MIN_POSITIVE.to_f64() * eps::<T>();
                    assert!(
                        e <= 20.0 * n as f64 * eps::<T>() * size + 4.0 * denorm,
                        "{}larfg(p) n={n} scale={scale}: row {i} off by {e:e}",
                        T::PREFIX
                    );
                }
            }
        }
    }
    // Non-finite input ends (no rescaling loop) with NaN somewhere.
    for bad in [f64::NAN, f64::INFINITY] {
        let mut alpha = T::one();
        let mut x = vec![T::from_c64(c64::new(bad, 0.0)), T::one()];
        let tau = larfg(&mut alpha, VecMut::from_slice(&mut x));
        assert!(tau.is_nan() || alpha.is_nan(), "{}larfg on {bad}", T::PREFIX);
        let mut alpha = T::one();
        let mut x = vec![T::from_c64(c64::new(bad, 0.0)), T::one()];
        let tau = larfgp(&mut alpha, VecMut::from_slice(&mut x));
        assert!(tau.is_nan() || alpha.is_nan(), "{}larfgp on {bad}", T::PREFIX);
    }
    // larfgp on a negative real alpha with x = 0 flips it: tau = 2.
    let mut alpha = -T::one();
    let mut x = vec![T::zero(); 2];
    let tau = larfgp(&mut alpha, VecMut::from_slice(&mut x));
    assert_eq!((tau.to_c64(), alpha.to_c64()), (c64::new(2.0, 0.0), c64::new(1.0, 0.0)));
    // larfg with x = 0 and real alpha: H = I.
    let mut alpha = -T::one();
    assert_eq!(larfg(&mut alpha, VecMut::from_slice(&mut x)), T::zero());
}

macro_rules! all_types {
    ($name:ident, $body:ident) => {
        #[test]
        fn $name() {
            $body::<f32>();
            $body::<f64>();
            $body::<c32>();
            $body::<c64>();
        }
    };
}

fn qr_shapes<T: TestScalar>() {
    let shapes = [(0, 0), (1, 1), (3, 2), (2, 3), (5, 5), (17, 9), (9, 17), (40, 40), (100, 37), (37, 100), (130, 70)];
    for (s, &(m, n)) in shapes.iter().enumerate() {
        for nb in [1, 2, 3, 8, 64] {
            check_qr::<T>(m, n, nb, Positive::No, s as u64 * 10 + nb as u64);
        }
        check_qr::<T>(m, n, 16, Positive::Yes, s as u64);
    }
}

fn orm_shapes<T: TestScalar>() {
    for &(m, n, k) in &[(1, 1, 1), (6, 4, 3), (4, 6, 4), (30, 20, 17), (20, 30, 20), (70, 50, 45)] {
        for nb in [1, 3, 64] {
            check_ormqr::<T>(m, n, k, nb, (m * 100 + n * 10 + nb) as u64);
        }
    }
}

fn block_shapes<T: TestScalar>() {
    for &(len, k) in &[(1, 1), (3, 2), (7, 7), (12, 5), (40, 20), (45, 33)] {
        check_block::<T>(len, k, (len * 7 + k) as u64);
    }
}

mod residual {
    use super::*;
    all_types!(geqrf_orgqr_residuals, qr_shapes);
    all_types!(ormqr_gemqrt_against_explicit_q, orm_shapes);
    all_types!(larft_larfb_every_variant, block_shapes);
    all_types!(larfg_larfgp_reflect_safely, check_larfg);
}
