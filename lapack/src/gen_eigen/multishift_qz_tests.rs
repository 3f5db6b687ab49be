//! The multishift QZ algorithm ([`laqz0`]) against its definition and
//! against [`hgeqz`]: generalized Schur residuals, orthogonality, the form
//! itself, and the same eigenvalues as the single/double-shift iteration.

use super::*;

mod residual {
    use super::*;

    /// `alpha / beta` as a pair normalized to unit length.
    fn pair<T: Scalar>(al: Complex<T::Real>, be: T) -> (C, C) {
        let (x, y) = (C::new(al.re.to_f64(), al.im.to_f64()), c(be));
        let s = (x.norm().powi(2) + y.norm().powi(2)).sqrt().max(1e-300);
        (x / s, y / s)
    }

    /// Each eigenvalue of `x` is within chordal distance `tol` of a distinct one of `y`.
    fn same_eigs(x: &[(C, C)], y: &[(C, C)], tol: f64) -> bool {
        let d = |p: (C, C), q: (C, C)| (p.0 * q.1 - p.1 * q.0).norm();
        let mut used = vec![false; y.len()];
        x.iter().all(|&p| {
            let best = (0..y.len()).filter(|&j| !used[j]).min_by(|&i, &j| d(p, y[i]).total_cmp(&d(p, y[j])));
            match best {
                Some(j) if d(p, y[j]) <= tol => {
                    used[j] = true;
                    true
                }
                _ => false,
            }
        })
    }

    /// gghrd, then laqz0 (Schur form with Q, Z; eigenvalues only) and hgeqz
    /// on copies; checks the factorization, the form and the spectra.
    fn check<T: Scalar>(n: usize, kind: Kind, seed: u64) {
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
        let (h0, t0) = (a.clone(), b.clone());
        let rzero = <T::Real as Scalar>::zero();
        let mut alpha = vec![Complex::new(rzero, rzero); n];
        let mut beta = vec![T::zero(); n];
        let mut buf = WorkBuffer::new(laqz0_req::<T>(n, 0));
        laqz0(
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
            0,
            Par::default(),
            buf.workspace(),
        )
        .unwrap();
        let tol = 30.0 * (n.max(1) as f64) * eps::<T>();
        let (sm, tm) = (to_c(MatRef::from_col_major(&a, n, n, ld)), to_c(MatRef::from_col_major(&b, n, n, ld)));
        let (qm, zm) = (to_c(MatRef::from_col_major(&q, n, n, ld)), to_c(MatRef::from_col_major(&z, n, n, ld)));
        let ra = norm1(&diff(&a0, &mul(&mul(&qm, &sm), &adj(&zm)))) / norm1(&a0).max(1e-300);
        let rb = norm1(&diff(&b0, &mul(&mul(&qm, &tm), &adj(&zm)))) / norm1(&b0).max(1e-300);
        let what = format!("laqz0 {} n={n} {kind:?}", T::PREFIX);
        assert!(ra <= tol && rb <= tol, "{what}: |A - Q S Z^H| {ra:e}, |B - Q T Z^H| {rb:e}");
        assert!(unitary_err(&qm) <= tol && unitary_err(&zm) <= tol, "{what}: Q or Z not unitary");
        check_schur_form(
            MatRef::from_col_major(&a, n, n, ld),
            MatRef::from_col_major(&b, n, n, ld),
            &alpha,
            &beta,
            tol,
        );
        let mine: Vec<_> = (0..n).map(|i| pair(alpha[i], beta[i])).collect();
        // The single/double-shift QZ on the same Hessenberg-triangular pencil.
        let (mut h1, mut t1) = (h0.clone(), t0.clone());
        let (mut al1, mut be1) = (vec![Complex::new(rzero, rzero); n], vec![T::zero(); n]);
        hgeqz(
            SchurJob::Eigenvalues,
            Compz::None,
            Compz::None,
            0,
            n,
            MatMut::from_col_major(&mut h1, n, n, ld),
            MatMut::from_col_major(&mut t1, n, n, ld),
            &mut al1,
            &mut be1,
            MatMut::from_col_major(&mut [], 0, 0, 1),
            MatMut::from_col_major(&mut [], 0, 0, 1),
        )
        .unwrap();
        let theirs: Vec<_> = (0..n).map(|i| pair(al1[i], be1[i])).collect();
        let etol = 1e3 * (n.max(1) as f64) * eps::<T>();
        assert!(same_eigs(&mine, &theirs, etol), "{what}: eigenvalues differ from hgeqz's");
        // Eigenvalues only, no Q or Z.
        let (mut h2, mut t2) = (h0, t0);
        let (mut al2, mut be2) = (vec![Complex::new(rzero, rzero); n], vec![T::zero(); n]);
        laqz0(
            SchurJob::Eigenvalues,
            Compz::None,
            Compz::None,
            0,
            n,
            MatMut::from_col_major(&mut h2, n, n, ld),
            MatMut::from_col_major(&mut t2, n, n, ld),
            &mut al2,
            &mut be2,
            MatMut::from_col_major(&mut [], 0, 0, 1),
            MatMut::from_col_major(&mut [], 0, 0, 1),
            0,
            Par::default(),
            buf.workspace(),
        )
        .unwrap();
        let only: Vec<_> = (0..n).map(|i| pair(al2[i], be2[i])).collect();
        assert!(same_eigs(&only, &theirs, etol), "{what}: eigenvalues-only run differs from hgeqz's");
    }

    fn all<T: Scalar>() {
        for (i, &n) in [0usize, 1, 2, 3, 10, 50, 74, 75, 76, 150, 300].iter().enumerate() {
            let kinds: &[Kind] =
                if n >= 150 { &[Kind::General] } else { &[Kind::General, Kind::Graded, Kind::SingularB] };
            for &kind in kinds {
                check::<T>(n, kind, 7 + i as u64);
            }
        }
        check::<T>(150, Kind::SingularB, 99);
        check::<T>(150, Kind::Graded, 98);
    }

    #[test]
    fn laqz0_s() {
        all::<f32>();
    }

    #[test]
    fn laqz0_d() {
        all::<f64>();
    }

    #[test]
    fn laqz0_c() {
        all::<c32>();
    }

    #[test]
    fn laqz0_z() {
        all::<c64>();
    }

    /// The bulge's first column is a multiple of `p(A B^-1) e1`, computed densely.
    #[test]
    fn laqz1_first_column() {
        let a = [1.0, 0.5, 0.0, 2.0, -1.0, 0.25, 0.5, 3.0, 2.0];
        let b = [2.0, 0.0, 0.0, 1.0, 1.5, 0.0, -0.5, 0.25, 1.0];
        let (a, b) = (MatRef::from_col_major(&a[..], 3, 3, 3), MatRef::from_col_major(&b[..], 3, 3, 3));
        // The first column of M = A B^-1 and of M^2 (B^-1 e1 = e1 / 2, ...).
        let col = |x: [f64; 3]| {
            // y = B^-1 x, then A y.
            let y2 = x[2] / b.get(2, 2);
            let y1 = (x[1] - b.get(1, 2) * y2) / b.get(1, 1);
            let y0 = (x[0] - b.get(0, 1) * y1 - b.get(0, 2) * y2) / b.get(0, 0);
            let y = [y0, y1, y2];
            [0, 1, 2].map(|i| (0..3).map(|k| a.get(i, k) * y[k]).sum::<f64>())
        };
        let m1 = col([1.0, 0.0, 0.0]);
        let m2 = col(m1);
        for (sr1, sr2, si, b1, b2) in [(0.3, 0.3, 0.7, 1.0, 1.0), (0.3, -2.0, 0.0, 2.0, 0.5)] {
            let (c2, c1, c0) = (b1 * b2, b1 * sr2 + b2 * sr1, sr1 * sr2 + si * si);
            let want = [0, 1, 2].map(|i| c2 * m2[i] - c1 * m1[i] + if i == 0 { c0 } else { 0.0 });
            let got = laqz1(a, b, sr1, sr2, si, b1, b2);
            let k = want.iter().map(|x| x.abs()).fold(0.0, f64::max);
            let s = if want[0].abs() > 1e-12 { got[0] / want[0] } else { got[1] / want[1] };
            for i in 0..3 {
                assert!((got[i] - s * want[i]).abs() <= 1e-12 * k * s.abs(), "{got:?} vs {want:?}");
            }
        }
    }
}
