//! Tests of the CS decomposition: `X = diag(U1, U2) Sigma(theta)
//! diag(V1T, V2T)` rebuilt in double (complex) arithmetic from the outputs
//! of `orcsd`, `orcsd2by1` and `bbcsd`, the orthogonality of the factors and
//! the range of the angles, for every partition of small orders, all
//! options and precisions.

mod residual {
    use super::super::*;
    use crate::qr::{geqrf, geqrf_req, orgqr, orgqr_req, Positive};
    use crate::{Par, WorkBuffer};
    use ferroblas_kernels::scalar::{c32, c64, RealScalar, Scalar};
    use ferroblas_kernels::{MatMut, MatRef, VecMut};

    struct Rng(u64);

    impl Rng {
        fn real(&mut self) -> f64 {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((self.0 >> 11) as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
        }
        fn scalar<T: Scalar>(&mut self) -> T {
            T::from_parts(T::Real::from_f64(self.real()), T::Real::from_f64(self.real()))
        }
    }

    fn z<T: Scalar>(x: T) -> c64 {
        c64::from_parts(x.re().to_f64(), x.im().to_f64())
    }

    fn eps<T: Scalar>() -> f64 {
        ferroblas_kernels::aux::scalars::lamch::<T::Real>(ferroblas_kernels::aux::scalars::Machine::Precision).to_f64()
    }

    /// A random `m x m` orthogonal (unitary) matrix: Q of the QR of a random one.
    fn random_unitary<T: Scalar>(m: usize, rng: &mut Rng) -> Vec<T> {
        let mut a: Vec<T> = (0..m * m).map(|_| rng.scalar()).collect();
        let mut tau = vec![T::zero(); m];
        let mut buf = WorkBuffer::new(geqrf_req::<T>(m, m).or(orgqr_req::<T>(m, m)));
        geqrf(MatMut::from_col_major(&mut a, m, m, m.max(1)), &mut tau, Positive::No, Par::Seq, buf.workspace());
        orgqr(MatMut::from_col_major(&mut a, m, m, m.max(1)), &tau, Par::Seq, buf.workspace());
        a
    }

    /// `|A^H A - I|` of an `n x n` matrix given by `get`.
    fn unitarity(n: usize, get: impl Fn(usize, usize) -> c64) -> f64 {
        let mut worst = 0.0f64;
        for i in 0..n {
            for j in 0..n {
                let mut s = c64::zero();
                for k in 0..n {
                    s += get(k, i).conj() * get(k, j);
                }
                let want = if i == j { 1.0 } else { 0.0 };
                worst = worst.max((s - c64::from_real(want)).abs1());
            }
        }
        worst
    }

    /// The middle factor of the CS decomposition, `m x m`, for angles
    /// `theta` (`r` of them): LAPACK's layout of `I, C, S` blocks, the minus
    /// signs in X12 (`other = false`) or in X21.
    fn sigma(m: usize, p: usize, q: usize, theta: &[f64], other: bool) -> Vec<f64> {
        let r = p.min(m - p).min(q).min(m - q);
        let k1 = p.min(q) - r;
        let k2 = p.min(m - q) - r;
        let k3 = (m - p).min(q) - r;
        let k4 = (m - p).min(m - q) - r;
        let (s12, s21) = if other { (1.0, -1.0) } else { (-1.0, 1.0) };
        let mut s = vec![0.0; m * m];
        let mut set = |i: usize, j: usize, v: f64| s[i + j * m] = v;
        for i in 0..k1 {
            set(i, i, 1.0);
        }
        for (i, &t) in theta.iter().enumerate().take(r) {
            let (c, sn) = (t.cos(), t.sin());
            set(k1 + i, k1 + i, c); // X11
            set(k1 + i, q + k4 + i, s12 * sn); // X12
            set(p + k4 + i, k1 + i, s21 * sn); // X21
            set(p + k4 + i, q + k4 + i, c); // X22
        }
        for i in 0..k2 {
            set(k1 + r + i, q + k4 + r + i, s12);
        }
        for i in 0..k3 {
            set(p + k4 + r + i, k1 + r + i, s21);
        }
        for i in 0..k4 {
            set(p + i, q + i, 1.0);
        }
        s
    }

    /// `|X - diag(U1, U2) S diag(V1T, V2T)|` over the first `ncols` columns.
    #[allow(clippy::too_many_arguments)]
    fn residual(
        m: usize,
        p: usize,
        q: usize,
        ncols: usize,
        x: &[c64],
        s: &[f64],
        u: impl Fn(usize, usize) -> c64,
        vt: impl Fn(usize, usize) -> c64,
    ) -> f64 {
        // L = diag(U1, U2) S, then L diag(V1T, V2T).
        let mut l = vec![c64::zero(); m * m];
        for j in 0..m {
            for i in 0..m {
                let mut acc = c64::zero();
                let ks = if i < p { 0..p } else { p..m };
                for k in ks {
                    acc += u(i, k) * c64::from_real(s[k + j * m]);
                }
                l[i + j * m] = acc;
            }
        }
        let mut worst = 0.0f64;
        for j in 0..ncols {
            for i in 0..m {
                let mut acc = c64::zero();
                let ks = if j < q { 0..q } else { q..m };
                for k in ks {
                    acc += l[i + k * m] * vt(k, j);
                }
                worst = worst.max((acc - x[i + j * m]).abs1());
            }
        }
        worst
    }

    fn check_theta(theta: &[f64], tag: &str) {
        for w in theta.windows(2) {
            assert!(w[0] <= w[1], "{tag}: theta not ascending: {theta:?}");
        }
        for &t in theta {
            assert!((0.0..=std::f64::consts::FRAC_PI_2 + 1e-6).contains(&t), "{tag}: theta {t} out of range");
        }
    }

    /// A matrix as a closure on (transposed) storage.
    fn viewer<T: Scalar>(a: &[T], ld: usize, trans: bool) -> impl Fn(usize, usize) -> c64 + '_ {
        move |i, j| if trans { z(a[j + i * ld]) } else { z(a[i + j * ld]) }
    }

    fn orcsd_case<T: Scalar>(m: usize, p: usize, q: usize, trans: bool, signs: CsdSigns, rng: &mut Rng) {
        let x = random_unitary::<T>(m, rng);
        let xz: Vec<c64> = x.iter().map(|&v| z(v)).collect();
        let (mp, mq) = (m - p, m - q);
        // The blocks, in their own arrays with padded leading dimensions.
        let block = |r0: usize, c0: usize, r: usize, c: usize| -> (Vec<T>, usize) {
            let (sr, sc) = if trans { (c, r) } else { (r, c) };
            let ld = sr + 1;
            let mut b = vec![T::zero(); ld * sc.max(1)];
            for j in 0..c {
                for i in 0..r {
                    let v = x[r0 + i + (c0 + j) * m];
                    if trans {
                        b[j + i * ld] = v;
                    } else {
                        b[i + j * ld] = v;
                    }
                }
            }
            (b, ld)
        };
        let (mut x11, l11) = block(0, 0, p, q);
        let (mut x12, l12) = block(0, q, p, mq);
        let (mut x21, l21) = block(p, 0, mp, q);
        let (mut x22, l22) = block(p, q, mp, mq);
        fn view<T: Scalar>(trans: bool, b: &mut [T], ld: usize, r: usize, c: usize) -> MatMut<'_, T> {
            if trans {
                MatMut::from_col_major(b, c, r, ld)
            } else {
                MatMut::from_col_major(b, r, c, ld)
            }
        }
        let sq = |n: usize| (vec![T::zero(); (n + 2) * n.max(1)], n + 2);
        let ((mut u1, lu1), (mut u2, lu2), (mut v1t, lv1), (mut v2t, lv2)) = (sq(p), sq(mp), sq(q), sq(mq));
        let r = p.min(mp).min(q).min(mq);
        let mut theta = vec![T::Real::zero(); r];
        let mut buf = WorkBuffer::new(orcsd_req::<T>(m, p, q));
        let want = CsdWant { u1: true, u2: true, v1t: true, v2t: true };
        fn sqv<T: Scalar>(b: &mut [T], ld: usize, n: usize) -> MatMut<'_, T> {
            MatMut::from_col_major(b, n, n, ld)
        }
        orcsd::<T>(
            want,
            trans,
            signs,
            view(trans, &mut x11, l11, p, q),
            view(trans, &mut x12, l12, p, mq),
            view(trans, &mut x21, l21, mp, q),
            view(trans, &mut x22, l22, mp, mq),
            &mut theta,
            sqv(&mut u1, lu1, p),
            sqv(&mut u2, lu2, mp),
            sqv(&mut v1t, lv1, q),
            sqv(&mut v2t, lv2, mq),
            Par::Seq,
            buf.workspace(),
        )
        .unwrap();
        let tag = format!("orcsd m={m} p={p} q={q} trans={trans} {signs:?} {}", std::any::type_name::<T>());
        let th: Vec<f64> = theta.iter().map(|t| t.to_f64()).collect();
        check_theta(&th, &tag);
        let tol = 30.0 * (m.max(1) as f64) * eps::<T>();
        let (g1, g2, h1, h2) =
            (viewer(&u1, lu1, trans), viewer(&u2, lu2, trans), viewer(&v1t, lv1, trans), viewer(&v2t, lv2, trans));
        for (n, g, name) in
            [(p, &g1 as &dyn Fn(usize, usize) -> c64, "U1"), (mp, &g2, "U2"), (q, &h1, "V1T"), (mq, &h2, "V2T")]
        {
            let e = unitarity(n, g);
            assert!(e <= tol, "{tag}: {name} not unitary: {e}");
        }
        let s = sigma(m, p, q, &th, signs == CsdSigns::Other);
        let u = |i: usize, k: usize| if i < p { g1(i, k) } else { g2(i - p, k - p) };
        let v = |k: usize, j: usize| if j < q { h1(k, j) } else { h2(k - q, j - q) };
        let e = residual(m, p, q, m, &xz, &s, u, v);
        assert!(e <= tol, "{tag}: residual {e}");
    }

    fn csd2by1_case<T: Scalar>(m: usize, p: usize, q: usize, rng: &mut Rng) {
        let x = random_unitary::<T>(m, rng);
        let xz: Vec<c64> = x.iter().map(|&v| z(v)).collect();
        let mp = m - p;
        let (l11, l21) = (p + 2, mp + 1);
        let mut x11 = vec![T::zero(); l11 * q.max(1)];
        let mut x21 = vec![T::zero(); l21 * q.max(1)];
        for j in 0..q {
            for i in 0..m {
                if i < p {
                    x11[i + j * l11] = x[i + j * m];
                } else {
                    x21[i - p + j * l21] = x[i + j * m];
                }
            }
        }
        let sq = |n: usize| (vec![T::zero(); (n + 1) * n.max(1)], n + 1);
        let ((mut u1, lu1), (mut u2, lu2), (mut v1t, lv1)) = (sq(p), sq(mp), sq(q));
        let r = p.min(mp).min(q).min(m - q);
        let mut theta = vec![T::Real::zero(); r];
        let mut buf = WorkBuffer::new(orcsd2by1_req::<T>(m, p, q));
        let want = CsdWant { u1: true, u2: true, v1t: true, v2t: false };
        orcsd2by1::<T>(
            want,
            MatMut::from_col_major(&mut x11, p, q, l11),
            MatMut::from_col_major(&mut x21, mp, q, l21),
            &mut theta,
            MatMut::from_col_major(&mut u1, p, p, lu1),
            MatMut::from_col_major(&mut u2, mp, mp, lu2),
            MatMut::from_col_major(&mut v1t, q, q, lv1),
            Par::Seq,
            buf.workspace(),
        )
        .unwrap();
        let tag = format!("orcsd2by1 m={m} p={p} q={q} {}", std::any::type_name::<T>());
        let th: Vec<f64> = theta.iter().map(|t| t.to_f64()).collect();
        check_theta(&th, &tag);
        let tol = 30.0 * (m.max(1) as f64) * eps::<T>();
        let (g1, g2, h1) = (viewer(&u1, lu1, false), viewer(&u2, lu2, false), viewer(&v1t, lv1, false));
        for (n, g, name) in [(p, &g1 as &dyn Fn(usize, usize) -> c64, "U1"), (mp, &g2, "U2"), (q, &h1, "V1T")] {
            let e = unitarity(n, g);
            assert!(e <= tol, "{tag}: {name} not unitary: {e}");
        }
        let s = sigma(m, p, q, &th, false);
        let u = |i: usize, k: usize| if i < p { g1(i, k) } else { g2(i - p, k - p) };
        let v = |k: usize, j: usize| if j < q && k < q { h1(k, j) } else { c64::zero() };
        let e = residual(m, p, q, q, &xz, &s, u, v);
        assert!(e <= tol, "{tag}: residual {e}");
    }

    /// The bidiagonal-block matrix of `bbcsd`'s documentation for `theta`
    /// (`q`) and `phi` (`q - 1`).
    fn bidiag_block(m: usize, p: usize, q: usize, theta: &[f64], phi: &[f64]) -> Vec<c64> {
        let mut x = vec![c64::zero(); m * m];
        let ph = |i: usize| if i < q.saturating_sub(1) { phi[i] } else { 0.0 };
        let mut set = |i: usize, j: usize, v: f64| x[i + j * m] = c64::from_real(v);
        for i in 0..q {
            let (c, s) = (theta[i].cos(), theta[i].sin());
            let cp_prev = if i > 0 { ph(i - 1).cos() } else { 1.0 };
            set(i, i, c * cp_prev); // B11 diagonal
            set(i, q + i, s * ph(i).cos()); // B12 diagonal
            set(p + i, i, -s * cp_prev); // B21 diagonal
            set(p + i, q + i, c * ph(i).cos()); // B22 diagonal
            if i + 1 < q {
                let (c1, s1) = (theta[i + 1].cos(), theta[i + 1].sin());
                set(i, i + 1, -s * ph(i).sin()); // B11 superdiagonal
                set(i + 1, q + i, c1 * ph(i).sin()); // B12 subdiagonal
                set(p + i, i + 1, -c * ph(i).sin()); // B21 superdiagonal
                set(p + i + 1, q + i, -s1 * ph(i).sin()); // B22 subdiagonal
            }
        }
        for i in 0..p - q {
            set(q + i, 2 * q + i, -1.0);
        }
        for i in 0..m - p - q {
            set(p + q + i, p + q + i, 1.0);
        }
        x
    }

    fn bbcsd_case<T: Scalar>(m: usize, p: usize, q: usize, trans: bool, rng: &mut Rng, special: bool) {
        let h = std::f64::consts::FRAC_PI_2;
        let mut th: Vec<f64> = (0..q).map(|_| (rng.real() + 1.0) * 0.5 * h).collect();
        let mut ph: Vec<f64> = (0..q.saturating_sub(1)).map(|_| (rng.real() + 1.0) * 0.5 * h).collect();
        if special {
            // Exact zeros and right angles: the deflation paths.
            for (i, t) in th.iter_mut().enumerate() {
                if i % 3 == 1 {
                    *t = 0.0;
                } else if i % 3 == 2 {
                    *t = h;
                }
            }
            for (i, f) in ph.iter_mut().enumerate() {
                if i % 2 == 1 {
                    *f = 0.0;
                }
            }
        }
        let x = bidiag_block(m, p, q, &th, &ph);
        let mut theta: Vec<T::Real> = th.iter().map(|&t| T::Real::from_f64(t)).collect();
        let mut phi: Vec<T::Real> = ph.iter().map(|&t| T::Real::from_f64(t)).collect();
        let (mp, mq) = (m - p, m - q);
        let eye = |n: usize| {
            let mut a = vec![T::zero(); n * n];
            for i in 0..n {
                a[i + i * n] = T::one();
            }
            a
        };
        let (mut u1, mut u2, mut v1t, mut v2t) = (eye(p), eye(mp), eye(q), eye(mq));
        let mut b = vec![T::Real::zero(); 8 * q];
        let (b11d, rest) = b.split_at_mut(q);
        let (b11e, rest) = rest.split_at_mut(q);
        let (b12d, rest) = rest.split_at_mut(q);
        let (b12e, rest) = rest.split_at_mut(q);
        let (b21d, rest) = rest.split_at_mut(q);
        let (b21e, rest) = rest.split_at_mut(q);
        let (b22d, b22e) = rest.split_at_mut(q);
        let blocks = CsdBlocks { b11d, b11e, b12d, b12e, b21d, b21e, b22d, b22e };
        let mut buf = WorkBuffer::new(bbcsd_req::<T>(q));
        let want = CsdWant { u1: true, u2: true, v1t: true, v2t: true };
        fn sqm<T: Scalar>(a: &mut [T], n: usize) -> MatMut<'_, T> {
            MatMut::from_col_major(a, n, n, n.max(1))
        }
        bbcsd::<T>(
            want,
            trans,
            m,
            p,
            q,
            &mut theta,
            &mut phi,
            sqm(&mut u1, p),
            sqm(&mut u2, mp),
            sqm(&mut v1t, q),
            sqm(&mut v2t, mq),
            blocks,
            buf.workspace(),
        )
        .unwrap();
        let tag = format!("bbcsd m={m} p={p} q={q} trans={trans} special={special} {}", std::any::type_name::<T>());
        let thn: Vec<f64> = theta.iter().map(|t| t.to_f64()).collect();
        check_theta(&thn, &tag);
        let tol = 40.0 * (m.max(1) as f64) * eps::<T>();
        let (g1, g2, h1, h2) =
            (viewer(&u1, p, trans), viewer(&u2, mp, trans), viewer(&v1t, q, trans), viewer(&v2t, mq, trans));
        for (n, g, name) in
            [(p, &g1 as &dyn Fn(usize, usize) -> c64, "U1"), (mp, &g2, "U2"), (q, &h1, "V1T"), (mq, &h2, "V2T")]
        {
            let e = unitarity(n, g);
            assert!(e <= tol, "{tag}: {name} not unitary: {e}");
        }
        // X(theta, phi) = diag(U1, U2) X(theta', 0) diag(V1T, V2T).
        let zero_phi = vec![0.0; q.saturating_sub(1)];
        let s = bidiag_block(m, p, q, &thn, &zero_phi);
        let sr: Vec<f64> = s.iter().map(|v| v.re).collect();
        let u = |i: usize, k: usize| if i < p { g1(i, k) } else { g2(i - p, k - p) };
        let v = |k: usize, j: usize| if j < q { h1(k, j) } else { h2(k - q, j - q) };
        let e = residual(m, p, q, m, &x, &sr, u, v);
        assert!(e <= tol, "{tag}: residual {e}");
    }

    fn all_orcsd<T: Scalar>() {
        let mut rng = Rng(7);
        for m in 0..=6 {
            for p in 0..=m {
                for q in 0..=m {
                    for trans in [false, true] {
                        for signs in [CsdSigns::Default, CsdSigns::Other] {
                            orcsd_case::<T>(m, p, q, trans, signs, &mut rng);
                        }
                    }
                }
            }
        }
        for (m, p, q) in [(17, 5, 9), (17, 12, 3), (20, 10, 10), (13, 2, 11)] {
            orcsd_case::<T>(m, p, q, false, CsdSigns::Default, &mut rng);
            orcsd_case::<T>(m, p, q, true, CsdSigns::Other, &mut rng);
        }
    }

    fn all_csd2by1<T: Scalar>() {
        let mut rng = Rng(11);
        for m in 0..=7 {
            for p in 0..=m {
                for q in 0..=m {
                    csd2by1_case::<T>(m, p, q, &mut rng);
                }
            }
        }
        for (m, p, q) in [(17, 5, 9), (17, 12, 3), (20, 10, 10), (13, 2, 11), (15, 9, 12), (15, 12, 2)] {
            csd2by1_case::<T>(m, p, q, &mut rng);
        }
    }

    fn all_bbcsd<T: Scalar>() {
        let mut rng = Rng(3);
        for m in 0..=8 {
            for p in 0..=m {
                for q in 0..=p.min(m - p).min(m - p) {
                    if q > m - q {
                        continue;
                    }
                    for trans in [false, true] {
                        for special in [false, true] {
                            bbcsd_case::<T>(m, p, q, trans, &mut rng, special);
                        }
                    }
                }
            }
        }
        bbcsd_case::<T>(40, 20, 15, false, &mut rng, false);
        bbcsd_case::<T>(40, 20, 15, true, &mut rng, true);
    }

    #[test]
    fn bbcsd_all_precisions() {
        all_bbcsd::<f32>();
        all_bbcsd::<f64>();
        all_bbcsd::<c32>();
        all_bbcsd::<c64>();
    }

    #[test]
    fn orcsd_all_precisions() {
        all_orcsd::<f32>();
        all_orcsd::<f64>();
        all_orcsd::<c32>();
        all_orcsd::<c64>();
    }

    #[test]
    fn orcsd2by1_all_precisions() {
        all_csd2by1::<f32>();
        all_csd2by1::<f64>();
        all_csd2by1::<c32>();
        all_csd2by1::<c64>();
    }

    /// `orbdb5`: a unit vector orthogonal to the given orthonormal columns,
    /// also when the input lies in their span.
    fn orbdb5_case<T: Scalar>(m1: usize, m2: usize, n: usize, in_span: bool, rng: &mut Rng) {
        let m = m1 + m2;
        let q = random_unitary::<T>(m, rng);
        let mut x: Vec<T> =
            if in_span { (0..m).map(|i| q[i]).collect() } else { (0..m).map(|_| rng.scalar()).collect() };
        let (q1, q2): (Vec<T>, Vec<T>) = {
            let mut a = vec![T::zero(); m1 * n];
            let mut b = vec![T::zero(); m2 * n];
            for j in 0..n {
                for i in 0..m {
                    if i < m1 {
                        a[i + j * m1] = q[i + j * m];
                    } else {
                        b[i - m1 + j * m2] = q[i + j * m];
                    }
                }
            }
            (a, b)
        };
        let mut w = vec![T::zero(); orbdb6_len(n)];
        let (x1, x2) = x.split_at_mut(m1);
        orbdb5(
            VecMut::from_slice(x1),
            VecMut::from_slice(x2),
            MatRef::from_col_major(&q1, m1, n, m1.max(1)),
            MatRef::from_col_major(&q2, m2, n, m2.max(1)),
            &mut w,
        );
        let tol = 30.0 * m as f64 * eps::<T>();
        // Not normalized after the projection (as the reference), but not zero.
        let norm: f64 = x.iter().map(|&v| z(v).abs1().powi(2)).sum::<f64>().sqrt();
        assert!(norm > 0.0, "orbdb5 {m1}+{m2}, n={n}: |x| = {norm}");
        for j in 0..n {
            let mut d = c64::zero();
            for i in 0..m {
                d += z(q[i + j * m]).conj() * z(x[i]);
            }
            assert!(d.abs1() <= tol * norm, "orbdb5 {m1}+{m2}, n={n}: not orthogonal to column {j}: {}", d.abs1());
        }
    }

    #[test]
    fn orbdb5_completes() {
        let mut rng = Rng(5);
        for (m1, m2, n) in [(1, 1, 1), (3, 2, 4), (4, 4, 0), (5, 3, 7), (0, 3, 2), (3, 0, 2)] {
            for in_span in [false, true] {
                orbdb5_case::<f64>(m1, m2, n, in_span && n > 0, &mut rng);
                orbdb5_case::<c32>(m1, m2, n, in_span && n > 0, &mut rng);
            }
        }
    }
}
