use super::*;

mod residual {
    #![allow(clippy::needless_range_loop)]
    use super::*;
    use crate::condition::testutil::{cabs, Dense, Rng, TestScalar};
    use crate::condition::CondNorm;
    use crate::sym_eigen::bisection::EigRange;
    use crate::sym_eigen::drivers::Jobz;
    use crate::sym_eigen::tridiagonal::Compz;
    use crate::{Info, Par, WorkBuffer};
    use ferroblas_kernels::aux::norms::{langt, Norm};
    use ferroblas_kernels::scalar::{RealScalar, Scalar};
    use ferroblas_kernels::{c32, c64, MatMut, MatRef, Trans, Uplo};

    const SIZES: [usize; 6] = [0, 1, 2, 3, 4, 17];
    const TRANS: [Trans; 3] = [Trans::No, Trans::Trans, Trans::ConjTrans];

    fn eps<T: Scalar>() -> f64 {
        T::Real::EPSILON.to_f64()
    }

    /// A random tridiagonal `(dl, d, du)`; `kind` 1 makes it diagonally weak
    /// (pivoting happens), 2 tiny-diagonal.
    fn random_gt<T: TestScalar>(n: usize, rng: &mut Rng, kind: usize) -> (Vec<T>, Vec<T>, Vec<T>) {
        let m = n.saturating_sub(1);
        let dl: Vec<T> = (0..m).map(|_| rng.scalar()).collect();
        let du: Vec<T> = (0..m).map(|_| rng.scalar()).collect();
        let d: Vec<T> = (0..n)
            .map(|_| {
                let x: T = rng.scalar();
                match kind {
                    0 => x + T::from_real(T::Real::from_f64(3.0)),
                    1 => x,
                    _ => x.scale_real(T::Real::from_f64(1e-3)),
                }
            })
            .collect();
        (dl, d, du)
    }

    fn gt_dense<T: TestScalar>(dl: &[T], d: &[T], du: &[T]) -> Dense<T> {
        let n = d.len();
        let mut a = Dense::zeros(n);
        for i in 0..n {
            a.set(i, i, d[i]);
            if i + 1 < n {
                a.set(i + 1, i, dl[i]);
                a.set(i, i + 1, du[i]);
            }
        }
        a
    }

    fn op_dense<T: TestScalar>(a: &Dense<T>, trans: Trans) -> Dense<T> {
        match trans {
            Trans::No => a.clone(),
            Trans::Trans => a.transpose(),
            Trans::ConjTrans => a.conj_transpose(),
        }
    }

    /// A column-major `n x nrhs` block with leading dimension `n + 2`.
    fn random_block<T: TestScalar>(n: usize, nrhs: usize, rng: &mut Rng) -> Vec<T> {
        (0..(n + 2) * nrhs).map(|_| rng.scalar()).collect()
    }

    fn ld(n: usize) -> usize {
        n + 2
    }

    /// `|op(A) X - B|_1 / (|A|_1 |X|_1 n eps)` over the columns.
    fn solve_ratio<T: TestScalar>(a: &Dense<T>, x: &[T], b: &[T], nrhs: usize) -> f64 {
        let n = a.n;
        let (mut rn, mut xn) = (0f64, 0f64);
        for j in 0..nrhs {
            let xj = &x[j * ld(n)..j * ld(n) + n];
            let ax = a.matvec_c64(xj);
            let r: f64 = (0..n).map(|i| cabs(ax[i] - b[j * ld(n) + i].to_c64())).sum();
            rn = rn.max(r);
            xn = xn.max(xj.iter().map(|v| cabs(v.to_c64())).sum());
        }
        let an = a.to_c64().norm1_f64();
        if rn == 0.0 {
            return 0.0;
        }
        rn / (an * xn * n as f64 * eps::<T>())
    }

    fn view<T>(b: &mut [T], n: usize, nrhs: usize) -> MatMut<'_, T> {
        MatMut::from_col_major(b, n, nrhs, ld(n))
    }

    fn check_gttrf_gttrs<T: TestScalar>() {
        let mut rng = Rng::new(11);
        for &n in &SIZES {
            for kind in 0..3 {
                let (dl, d, du) = random_gt::<T>(n, &mut rng, kind);
                let a = gt_dense(&dl, &d, &du);
                let (mut dlf, mut df, mut duf) = (dl.clone(), d.clone(), du.clone());
                let mut du2 = vec![T::zero(); n.saturating_sub(2)];
                let mut ipiv = vec![0usize; n];
                gttrf(&mut dlf, &mut df, &mut duf, &mut du2, &mut ipiv).unwrap();
                for (i, &p) in ipiv.iter().enumerate() {
                    assert!(p == i || p == i + 1, "{}: pivot {p} at {i}", T::PREFIX);
                }
                for &trans in &TRANS {
                    for nrhs in [0, 1, 3] {
                        let b = random_block::<T>(n, nrhs, &mut rng);
                        let mut x = b.clone();
                        gttrs(trans, &dlf, &df, &duf, &du2, &ipiv, view(&mut x, n, nrhs));
                        let r = solve_ratio(&op_dense(&a, trans), &x, &b, nrhs);
                        assert!(r < 20.0, "{} gttrs n={n} kind={kind} {trans:?}: ratio {r}", T::PREFIX);
                        // Strided (transposed storage) right-hand sides take the other path.
                        if nrhs == 3 {
                            let mut xt: Vec<T> = vec![T::zero(); nrhs * n.max(1)];
                            for j in 0..nrhs {
                                for i in 0..n {
                                    xt[i * nrhs + j] = b[j * ld(n) + i];
                                }
                            }
                            let bt = MatMut::from_col_major(&mut xt, nrhs, n, nrhs).transpose();
                            gtts2(trans, &dlf, &df, &duf, &du2, &ipiv, bt);
                            for j in 0..nrhs {
                                for i in 0..n {
                                    assert_eq!(xt[i * nrhs + j], x[j * ld(n) + i]);
                                }
                            }
                        }
                    }
                }
                // gtsv gives the same kind of solution.
                for nrhs in [1, 3] {
                    let b = random_block::<T>(n, nrhs, &mut rng);
                    let mut x = b.clone();
                    let (mut l, mut dd, mut u) = (dl.clone(), d.clone(), du.clone());
                    gtsv(&mut l, &mut dd, &mut u, view(&mut x, n, nrhs)).unwrap();
                    let r = solve_ratio(&a, &x, &b, nrhs);
                    assert!(r < 20.0, "{} gtsv n={n} kind={kind}: ratio {r}", T::PREFIX);
                }
            }
        }
    }

    #[test]
    fn gttrf_gttrs_gtsv_solve() {
        check_gttrf_gttrs::<f32>();
        check_gttrf_gttrs::<f64>();
        check_gttrf_gttrs::<c32>();
        check_gttrf_gttrs::<c64>();
    }

    fn check_singular<T: TestScalar>() {
        let one = T::one();
        let z = T::zero();
        // [[1 1 0] [1 1 0] [0 0 1]]: U[1][1] = 0 (INFO = 2) for both.
        let (dl, d, du) = (vec![one, z], vec![one, one, one], vec![one, z]);
        let mut f = (dl.clone(), d.clone(), du.clone(), vec![z; 1], vec![0usize; 3]);
        assert_eq!(gttrf(&mut f.0, &mut f.1, &mut f.2, &mut f.3, &mut f.4), Err(Info::new(2)));
        let mut b = vec![one; 5];
        let (mut l, mut dd, mut u) = (dl, d, du);
        assert_eq!(gtsv(&mut l, &mut dd, &mut u, view(&mut b, 3, 1)), Err(Info::new(2)));
        // The zero matrix: INFO = 1; the last pivot zero: INFO = n.
        let mut f = (vec![z; 2], vec![z; 3], vec![z; 2], vec![z; 1], vec![0usize; 3]);
        assert_eq!(gttrf(&mut f.0, &mut f.1, &mut f.2, &mut f.3, &mut f.4), Err(Info::new(1)));
        let mut b = vec![one; 5];
        assert_eq!(gtsv(&mut [z; 2], &mut [z; 3], &mut [z; 2], view(&mut b, 3, 1)), Err(Info::new(1)));
        let mut f = (vec![z; 2], vec![one, one, z], vec![z; 2], vec![z; 1], vec![0usize; 3]);
        assert_eq!(gttrf(&mut f.0, &mut f.1, &mut f.2, &mut f.3, &mut f.4), Err(Info::new(3)));
        // gtcon of a singular factorization is 0.
        let w = WorkBuffer::new(gtcon_req::<T>(3));
        let mut w = w;
        assert_eq!(gtcon(CondNorm::One, &f.0, &f.1, &f.2, &f.3, &f.4, T::Real::one(), w.workspace()), T::Real::zero());
        // NaN: no hang, NaN or INFO.
        let nan = T::from_real(T::Real::from_f64(f64::NAN));
        let (mut l, mut dd, mut u) = (vec![nan, one], vec![one, nan, one], vec![one, one]);
        let mut b = vec![one; 5];
        let r = gtsv(&mut l, &mut dd, &mut u, view(&mut b, 3, 1));
        assert!(r.is_err() || b[..3].iter().any(|v| v.is_nan()));
    }

    #[test]
    fn singular_matrices_give_the_reference_info() {
        check_singular::<f32>();
        check_singular::<f64>();
        check_singular::<c32>();
        check_singular::<c64>();
    }

    /// `1 / (norm(A) norm(inv(A)))`, densely.
    fn true_rcond<T: TestScalar>(a: &Dense<T>, one_norm: bool) -> f64 {
        let a = a.to_c64();
        let inv = a.inverse().expect("nonsingular");
        let (an, bn) = if one_norm { (a.norm1_f64(), inv.norm1_f64()) } else { (a.norm_inf_f64(), inv.norm_inf_f64()) };
        1.0 / (an * bn)
    }

    fn check_gtcon_gtrfs_gtsvx<T: TestScalar>() {
        let mut rng = Rng::new(5);
        for &n in &SIZES[1..] {
            for kind in 0..3 {
                let (dl, d, du) = random_gt::<T>(n, &mut rng, kind);
                let a = gt_dense(&dl, &d, &du);
                let (mut dlf, mut df, mut duf) = (dl.clone(), d.clone(), du.clone());
                let mut du2 = vec![T::zero(); n.saturating_sub(2)];
                let mut ipiv = vec![0usize; n];
                gttrf(&mut dlf, &mut df, &mut duf, &mut du2, &mut ipiv).unwrap();
                for (cn, norm, one) in [(CondNorm::One, Norm::One, true), (CondNorm::Inf, Norm::Inf, false)] {
                    let anorm = langt(norm, &dl, &d, &du);
                    let mut w = WorkBuffer::new(gtcon_req::<T>(n));
                    let rc = gtcon(cn, &dlf, &df, &duf, &du2, &ipiv, anorm, w.workspace()).to_f64();
                    let t = true_rcond(&a, one);
                    assert!(rc >= t * 0.999 && rc <= 10.0 * t, "{} gtcon n={n} kind={kind}: {rc} vs {t}", T::PREFIX);
                }
                for &trans in &TRANS {
                    let nrhs = 3;
                    let opa = op_dense(&a, trans);
                    // B = op(A) X_true with a known X_true; start from a perturbed solution.
                    let xt = random_block::<T>(n, nrhs, &mut rng);
                    let mut b = vec![T::zero(); ld(n) * nrhs];
                    for j in 0..nrhs {
                        let col = opa.matvec(&xt[j * ld(n)..j * ld(n) + n]);
                        b[j * ld(n)..j * ld(n) + n].copy_from_slice(&col);
                    }
                    let mut x = b.clone();
                    gttrs(trans, &dlf, &df, &duf, &du2, &ipiv, view(&mut x, n, nrhs));
                    for v in x.iter_mut() {
                        *v += v.scale_real(T::Real::from_f64(1e-3 * rng.uniform()));
                    }
                    let (mut ferr, mut berr) = (vec![T::Real::zero(); nrhs], vec![T::Real::zero(); nrhs]);
                    let mut w = WorkBuffer::new(gtrfs_req::<T>(n));
                    let bv = MatRef::from_col_major(&b, n, nrhs, ld(n));
                    gtrfs(
                        trans,
                        &dl,
                        &d,
                        &du,
                        &dlf,
                        &df,
                        &duf,
                        &du2,
                        &ipiv,
                        bv,
                        view(&mut x, n, nrhs),
                        &mut ferr,
                        &mut berr,
                        w.workspace(),
                    );
                    check_bounds(&x, &xt, &b, &ferr, &berr, &opa, nrhs, kind == 0);

                    // The expert driver, factoring and with the factors given.
                    for fact in [Fact::NotFactored, Fact::Factored] {
                        let (mut dlf2, mut df2, mut duf2) = (dlf.clone(), df.clone(), duf.clone());
                        let (mut du22, mut ipiv2) = (du2.clone(), ipiv.clone());
                        if fact == Fact::NotFactored {
                            dlf2.fill(T::zero());
                            df2.fill(T::zero());
                        }
                        let mut x = vec![T::zero(); ld(n) * nrhs];
                        let mut w = WorkBuffer::new(gtsvx_req::<T>(n));
                        let (rc, info) = gtsvx(
                            fact,
                            trans,
                            &dl,
                            &d,
                            &du,
                            &mut dlf2,
                            &mut df2,
                            &mut duf2,
                            &mut du22,
                            &mut ipiv2,
                            bv,
                            view(&mut x, n, nrhs),
                            &mut ferr,
                            &mut berr,
                            w.workspace(),
                        );
                        assert!(info.is_ok(), "{} gtsvx: {info:?}", T::PREFIX);
                        let t = true_rcond(&a, trans == Trans::No);
                        let rc = rc.to_f64();
                        assert!(rc >= t * 0.999 && rc <= 10.0 * t, "{} gtsvx rcond {rc} vs {t}", T::PREFIX);
                        check_bounds(&x, &xt, &b, &ferr, &berr, &opa, nrhs, kind == 0);
                    }
                }
            }
        }
    }

    /// FERR bounds the true error, BERR is small and the residual is small.
    #[allow(clippy::too_many_arguments)]
    fn check_bounds<T: TestScalar>(
        x: &[T],
        xt: &[T],
        b: &[T],
        ferr: &[T::Real],
        berr: &[T::Real],
        opa: &Dense<T>,
        nrhs: usize,
        well_conditioned: bool,
    ) {
        let n = opa.n;
        for j in 0..nrhs {
            let xj = &x[j * ld(n)..j * ld(n) + n];
            let xtj = &xt[j * ld(n)..j * ld(n) + n];
            let err = (0..n).map(|i| cabs(xj[i].to_c64() - xtj[i].to_c64())).fold(0.0, f64::max);
            let xmax = xj.iter().map(|v| cabs(v.to_c64())).fold(0.0, f64::max);
            // FERR is in the |re| + |im| norm for the general case: allow the sqrt(2).
            assert!(
                err / xmax <= 1.5 * ferr[j].to_f64() + 1e-300,
                "{}: error {} above ferr {:?}",
                T::PREFIX,
                err / xmax,
                ferr[j]
            );
            assert!(berr[j].to_f64() < 10.0 * eps::<T>(), "{}: berr {:?}", T::PREFIX, berr[j]);
            assert!(!well_conditioned || ferr[j].to_f64() < 1e-2, "{}: ferr {:?} too loose", T::PREFIX, ferr[j]);
        }
        assert!(solve_ratio(opa, x, b, nrhs) < 20.0);
    }

    #[test]
    fn gtcon_gtrfs_gtsvx_bounds() {
        check_gtcon_gtrfs_gtsvx::<f32>();
        check_gtcon_gtrfs_gtsvx::<f64>();
        check_gtcon_gtrfs_gtsvx::<c32>();
        check_gtcon_gtrfs_gtsvx::<c64>();
    }

    fn check_lagtm<T: TestScalar>() {
        let mut rng = Rng::new(3);
        for &n in &[0usize, 1, 2, 5] {
            let (dl, d, du) = random_gt::<T>(n, &mut rng, 1);
            let a = gt_dense(&dl, &d, &du);
            for &trans in &TRANS {
                let opa = op_dense(&a, trans);
                for alpha in [1.0, -1.0, 0.0, 0.5] {
                    for beta in [0.0, 1.0, -1.0, 2.0] {
                        let nrhs = 2;
                        let x = random_block::<T>(n, nrhs, &mut rng);
                        let b0 = random_block::<T>(n, nrhs, &mut rng);
                        let mut b = b0.clone();
                        let (ra, rb) = (T::Real::from_f64(alpha), T::Real::from_f64(beta));
                        let xv = MatRef::from_col_major(&x, n, nrhs, ld(n));
                        lagtm(trans, ra, &dl, &d, &du, xv, rb, view(&mut b, n, nrhs));
                        // alpha outside {1, -1} is 0, beta outside {0, -1} is 1.
                        let ea = if alpha.abs() == 1.0 { alpha } else { 0.0 };
                        let eb = if beta == 0.0 || beta == -1.0 { beta } else { 1.0 };
                        for j in 0..nrhs {
                            let ax = opa.matvec_c64(&x[j * ld(n)..j * ld(n) + n]);
                            for i in 0..n {
                                let want = ax[i] * ea + b0[j * ld(n) + i].to_c64() * eb;
                                let got = b[j * ld(n) + i].to_c64();
                                assert!(cabs(want - got) <= 10.0 * eps::<T>(), "{} lagtm {alpha} {beta}", T::PREFIX);
                            }
                            // Padding rows untouched.
                            assert_eq!(b[j * ld(n) + n], b0[j * ld(n) + n]);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn lagtm_matches_the_dense_product() {
        check_lagtm::<f32>();
        check_lagtm::<f64>();
        check_lagtm::<c32>();
        check_lagtm::<c64>();
    }

    /// A random Hermitian positive definite tridiagonal `(d, e)` (subdiagonal
    /// `e`); `graded` spreads the diagonal over orders of magnitude.
    fn random_pt<T: TestScalar>(n: usize, rng: &mut Rng, graded: bool) -> (Vec<T::Real>, Vec<T>) {
        let e: Vec<T> = (0..n.saturating_sub(1)).map(|_| rng.scalar()).collect();
        let d = (0..n)
            .map(|i| {
                let base = 2.5 + rng.uniform().abs();
                T::Real::from_f64(if graded { base * 4f64.powi(i as i32 % 5) } else { base })
            })
            .collect();
        (d, e)
    }

    /// The dense matrix with subdiagonal `e` (lower) or superdiagonal `e` (upper).
    fn pt_dense<T: TestScalar>(d: &[T::Real], e: &[T], uplo: Uplo) -> Dense<T> {
        let n = d.len();
        let mut a = Dense::zeros(n);
        for i in 0..n {
            a.set(i, i, T::from_real(d[i]));
            if i + 1 < n {
                let (sub, sup) = if uplo == Uplo::Lower { (e[i], e[i].conj()) } else { (e[i].conj(), e[i]) };
                a.set(i + 1, i, sub);
                a.set(i, i + 1, sup);
            }
        }
        a
    }

    fn check_pt<T: TestScalar>() {
        let mut rng = Rng::new(17);
        for &n in &SIZES {
            for graded in [false, true] {
                let (d, e) = random_pt::<T>(n, &mut rng, graded);
                let (mut df, mut ef) = (d.clone(), e.clone());
                pttrf(&mut df, &mut ef).unwrap();
                for uplo in [Uplo::Lower, Uplo::Upper] {
                    // The factors of the upper form are the conjugated ones.
                    let efu: Vec<T> = ef.iter().map(|v| v.conj()).collect();
                    let eu: Vec<T> = e.iter().map(|v| v.conj()).collect();
                    let (ea, efa) = if uplo == Uplo::Lower { (&e, &ef) } else { (&eu, &efu) };
                    let a = pt_dense(&d, ea, uplo);
                    for nrhs in [0, 1, 3] {
                        let b = random_block::<T>(n, nrhs, &mut rng);
                        let mut x = b.clone();
                        pttrs(uplo, &df, efa, view(&mut x, n, nrhs));
                        let r = solve_ratio(&a, &x, &b, nrhs);
                        assert!(r < 20.0, "{} pttrs n={n} {uplo:?}: ratio {r}", T::PREFIX);
                        if n == 0 || nrhs != 3 {
                            continue;
                        }
                        // Refinement from a perturbed solution, and the bounds.
                        let xt = x.clone();
                        let mut bb = vec![T::zero(); ld(n) * nrhs];
                        for j in 0..nrhs {
                            let col = a.matvec(&xt[j * ld(n)..j * ld(n) + n]);
                            bb[j * ld(n)..j * ld(n) + n].copy_from_slice(&col);
                        }
                        let mut x2 = xt.clone();
                        for v in x2.iter_mut() {
                            *v += v.scale_real(T::Real::from_f64(1e-3 * rng.uniform()));
                        }
                        let (mut ferr, mut berr) = (vec![T::Real::zero(); nrhs], vec![T::Real::zero(); nrhs]);
                        let mut w = WorkBuffer::new(ptrfs_req::<T>(n));
                        let bv = MatRef::from_col_major(&bb, n, nrhs, ld(n));
                        ptrfs(uplo, &d, ea, &df, efa, bv, view(&mut x2, n, nrhs), &mut ferr, &mut berr, w.workspace());
                        check_bounds(&x2, &xt, &bb, &ferr, &berr, &a, nrhs, true);
                    }
                }
                let a = pt_dense(&d, &e, Uplo::Lower);
                // ptsv and ptsvx (lower).
                let b = random_block::<T>(n, 2, &mut rng);
                let mut x = b.clone();
                let (mut d2, mut e2) = (d.clone(), e.clone());
                ptsv(&mut d2, &mut e2, view(&mut x, n, 2)).unwrap();
                assert!(solve_ratio(&a, &x, &b, 2) < 20.0);
                if n == 0 {
                    continue;
                }
                let anorm = a.norm1();
                let mut w = WorkBuffer::new(ptcon_req::<T>(n));
                let rc = ptcon(&df, &ef, anorm, w.workspace()).to_f64();
                let t = true_rcond(&a, true);
                assert!((rc - t).abs() <= 1e-3 * t, "{} ptcon n={n}: {rc} vs {t} (exact)", T::PREFIX);
                for fact in [Fact::NotFactored, Fact::Factored] {
                    let (mut df2, mut ef2) = if fact == Fact::Factored {
                        (df.clone(), ef.clone())
                    } else {
                        (vec![T::Real::zero(); n], vec![T::zero(); n - 1])
                    };
                    let mut x = vec![T::zero(); ld(n) * 2];
                    let (mut ferr, mut berr) = (vec![T::Real::zero(); 2], vec![T::Real::zero(); 2]);
                    let mut w = WorkBuffer::new(ptsvx_req::<T>(n));
                    let bv = MatRef::from_col_major(&b, n, 2, ld(n));
                    let (rc2, info) = ptsvx(
                        fact,
                        &d,
                        &e,
                        &mut df2,
                        &mut ef2,
                        bv,
                        view(&mut x, n, 2),
                        &mut ferr,
                        &mut berr,
                        w.workspace(),
                    );
                    assert!(info.is_ok());
                    assert!((rc2.to_f64() - t).abs() <= 1e-3 * t);
                    assert!(solve_ratio(&a, &x, &b, 2) < 20.0);
                    assert!(berr.iter().all(|v| v.to_f64() < 10.0 * eps::<T>()));
                }
            }
        }
        // Not positive definite: INFO names the leading minor.
        let one = T::Real::one();
        let mut d = vec![one, one, one];
        let mut e = vec![T::from_real(T::Real::from_f64(2.0)), T::zero()];
        assert_eq!(pttrf(&mut d, &mut e), Err(Info::new(2)));
        let mut d = vec![-one, one];
        let mut e = vec![T::zero()];
        let mut b = vec![T::one(); 4];
        assert_eq!(ptsv(&mut d, &mut e, view(&mut b, 2, 1)), Err(Info::new(1)));
        assert_eq!(b, vec![T::one(); 4]);
        let mut d = vec![one, one, -one];
        assert_eq!(pttrf(&mut d, &mut [T::zero(); 2]), Err(Info::new(3)));
        let mut w = WorkBuffer::new(ptcon_req::<T>(3));
        assert_eq!(ptcon(&d, &[T::zero(); 2], one, w.workspace()), T::Real::zero());
        // NaN: no hang.
        let mut d = vec![one, T::Real::from_f64(f64::NAN), one];
        let _ = pttrf(&mut d, &mut [T::zero(); 2]);
    }

    #[test]
    fn pttrf_pttrs_ptsv_ptcon_ptrfs_ptsvx() {
        check_pt::<f32>();
        check_pt::<f64>();
        check_pt::<c32>();
        check_pt::<c64>();
    }

    /// `|T Z - Z diag(w)|_1 / (|T|_1 n eps)` and `|Z^H Z - I|_1 / (n eps)`
    /// for the real symmetric tridiagonal `(d, e)` and `m` columns of `z`.
    fn eigen_ratios<T: TestScalar>(d: &[f64], e: &[f64], w: &[f64], z: &[T], ldz: usize, m: usize) -> (f64, f64) {
        let n = d.len();
        let epsv = eps::<T>();
        let tnorm = (0..n)
            .map(|j| d[j].abs() + if j > 0 { e[j - 1].abs() } else { 0.0 } + if j + 1 < n { e[j].abs() } else { 0.0 })
            .fold(0.0, f64::max)
            .max(f64::MIN_POSITIVE);
        let zc = |i: usize, j: usize| z[j * ldz + i].to_c64();
        let mut res = 0f64;
        for j in 0..m {
            let mut s = 0.0;
            for i in 0..n {
                let mut t = zc(i, j) * d[i];
                if i > 0 {
                    t += zc(i - 1, j) * e[i - 1];
                }
                if i + 1 < n {
                    t += zc(i + 1, j) * e[i];
                }
                s += cabs(t - zc(i, j) * w[j]);
            }
            res = res.max(s);
        }
        let mut orth = 0f64;
        for j in 0..m {
            let mut s = 0.0;
            for k in 0..m {
                let dot: c64 = (0..n).map(|i| zc(i, j).conj() * zc(i, k)).sum();
                s += cabs(dot - if j == k { c64::new(1.0, 0.0) } else { c64::new(0.0, 0.0) });
            }
            orth = orth.max(s);
        }
        let nn = n.max(1) as f64;
        (res / (tnorm * nn * epsv), orth / (nn * epsv))
    }

    fn check_pteqr<T: TestScalar>()
    where
        T::Real: TestScalar,
    {
        let mut rng = Rng::new(23);
        for &n in &SIZES {
            for graded in [false, true] {
                let (d, e) = random_pt::<T::Real>(n, &mut rng, graded);
                let (df, ef): (Vec<f64>, Vec<f64>) =
                    (d.iter().map(|v| v.to_f64()).collect(), e.iter().map(|v| v.to_f64()).collect());
                let mut wv = d.clone();
                let mut ev = e.clone();
                let mut buf = WorkBuffer::new(pteqr_req::<T>(n));
                pteqr::<T>(Compz::None, &mut wv, &mut ev, MatMut::from_col_major(&mut [], 0, 0, 1), buf.workspace())
                    .unwrap();
                for compz in [Compz::Init, Compz::Update] {
                    let ldz = n + 1;
                    let mut z = vec![T::zero(); ldz * n];
                    if compz == Compz::Update {
                        for i in 0..n {
                            z[i * ldz + i] = T::one();
                        }
                    } else {
                        z.fill(T::from_real(T::Real::from_f64(7.0)));
                    }
                    let (mut w, mut ee) = (d.clone(), e.clone());
                    pteqr::<T>(compz, &mut w, &mut ee, MatMut::from_col_major(&mut z, n, n, ldz), buf.workspace())
                        .unwrap();
                    let wf: Vec<f64> = w.iter().map(|v| v.to_f64()).collect();
                    for i in 1..n {
                        assert!(wf[i] <= wf[i - 1], "pteqr: not descending");
                    }
                    for i in 0..n {
                        assert!(
                            (wf[i] - wv[i].to_f64()).abs() <= 4.0 * n as f64 * eps::<T>() * wf[i],
                            "{} pteqr n={n} {compz:?}: {wf:?} vs {wv:?}",
                            T::PREFIX
                        );
                    }
                    let (r, o) = eigen_ratios(&df, &ef, &wf, &z, ldz, n);
                    assert!(r < 30.0 && o < 30.0, "{} pteqr n={n}: residual {r} orthogonality {o}", T::PREFIX);
                }
            }
        }
        let one = T::Real::one();
        let mut d = vec![one, -one, one];
        let mut buf = WorkBuffer::new(pteqr_req::<T>(3));
        let r = pteqr::<T>(
            Compz::None,
            &mut d,
            &mut [T::Real::zero(); 2],
            MatMut::from_col_major(&mut [], 0, 0, 1),
            buf.workspace(),
        );
        assert_eq!(r, Err(Info::new(2)));
    }

    #[test]
    fn pteqr_eigenpairs() {
        check_pteqr::<f32>();
        check_pteqr::<f64>();
        check_pteqr::<c32>();
        check_pteqr::<c64>();
    }

    /// Random symmetric tridiagonals: plain, with clustered eigenvalues
    /// (constant diagonal, tiny off-diagonals) and scaled far down and up
    /// (so the drivers scale).
    fn random_st<R: TestScalar + RealScalar>(n: usize, rng: &mut Rng, kind: usize) -> (Vec<R>, Vec<R>) {
        let scale = match kind {
            2 => R::MIN_POSITIVE.to_f64().sqrt() * 1e-3,
            3 => R::MAX.to_f64().sqrt() * 1e3,
            _ => 1.0,
        };
        let d = (0..n).map(|_| R::from_f64(if kind == 1 { 1.0 } else { rng.uniform() } * scale)).collect();
        let e = (0..n.saturating_sub(1))
            .map(|_| R::from_f64(rng.uniform() * if kind == 1 { 1e-6 } else { 1.0 } * scale))
            .collect();
        (d, e)
    }

    fn check_stev<R: TestScalar + RealScalar<Real = R>>() {
        let mut rng = Rng::new(29);
        for &n in &SIZES {
            for kind in 0..4 {
                let (d, e) = random_st::<R>(n, &mut rng, kind);
                let s = d.iter().chain(&e).map(|v| v.to_f64().abs()).fold(0.0, f64::max).max(f64::MIN_POSITIVE);
                // Residuals on the matrix scaled to norm ~1 (f64 oracle).
                let df: Vec<f64> = d.iter().map(|v| v.to_f64() / s).collect();
                let ef: Vec<f64> = e.iter().map(|v| v.to_f64() / s).collect();
                let ldz = n + 1;
                let check = |name: &str, w: &[R], z: &[R], m: usize| {
                    let wf: Vec<f64> = w[..m].iter().map(|v| v.to_f64() / s).collect();
                    for i in 1..m {
                        assert!(wf[i] >= wf[i - 1], "{name}: not ascending");
                    }
                    let (r, o) = eigen_ratios(&df, &ef, &wf, z, ldz, m);
                    // MRRR's orthogonality constant is larger (see the stemr tests).
                    let otol = if name.starts_with("stevr") { 100.0 } else { 30.0 };
                    assert!(
                        r < 30.0 && o < otol,
                        "{} {name} n={n} kind={kind}: residual {r} orthogonality {o}",
                        R::PREFIX
                    );
                };
                // Eigenvalues only, for comparison.
                let (mut w0, mut e0) = (d.clone(), e.clone());
                stev::<R>(
                    Jobz::NoVectors,
                    &mut w0,
                    &mut e0,
                    MatMut::from_col_major(&mut [], 0, 0, 1),
                    WorkBuffer::new(stev_req::<R>(Jobz::NoVectors, n)).workspace(),
                )
                .unwrap();
                let close = |name: &str, w: &[R], first: usize| {
                    for (i, v) in w.iter().enumerate() {
                        let a = v.to_f64() / s;
                        let b = w0[first + i].to_f64() / s;
                        assert!(
                            (a - b).abs() <= 30.0 * n as f64 * eps::<R>(),
                            "{} {name} n={n} kind={kind}: eigenvalue {i} {a} vs {b}",
                            R::PREFIX
                        );
                    }
                };
                let mut z = vec![R::zero(); ldz * n];
                let (mut w, mut ee) = (d.clone(), e.clone());
                stev(
                    Jobz::Vectors,
                    &mut w,
                    &mut ee,
                    MatMut::from_col_major(&mut z, n, n, ldz),
                    WorkBuffer::new(stev_req::<R>(Jobz::Vectors, n)).workspace(),
                )
                .unwrap();
                check("stev", &w, &z, n);
                close("stev", &w, 0);
                let mut z = vec![R::zero(); ldz * n];
                let (mut w, mut ee) = (d.clone(), e.clone());
                stevd(
                    Jobz::Vectors,
                    &mut w,
                    &mut ee,
                    MatMut::from_col_major(&mut z, n, n, ldz),
                    Par::Seq,
                    WorkBuffer::new(stevd_req::<R>(Jobz::Vectors, n)).workspace(),
                )
                .unwrap();
                check("stevd", &w, &z, n);
                close("stevd", &w, 0);
                let (mut w, mut ee) = (d.clone(), e.clone());
                stevd::<R>(
                    Jobz::NoVectors,
                    &mut w,
                    &mut ee,
                    MatMut::from_col_major(&mut [], 0, 0, 1),
                    Par::Seq,
                    WorkBuffer::new(stevd_req::<R>(Jobz::NoVectors, n)).workspace(),
                )
                .unwrap();
                close("stevd values", &w, 0);
                if n == 0 {
                    continue;
                }
                let (first, last) = (n / 3, (2 * n) / 3);
                let wv = |i: usize| w0[i].to_f64();
                // (lo, hi] holds the eigenvalues first..=last (midpoints between neighbours).
                let lo = if first == 0 { wv(0) - s } else { (wv(first - 1) + wv(first)) / 2.0 };
                let hi = if last + 1 == n { wv(n - 1) + s } else { (wv(last) + wv(last + 1)) / 2.0 };
                let ranges = [
                    (EigRange::All, 0),
                    (EigRange::Indices(first, last), first),
                    (EigRange::Values(R::from_f64(lo), R::from_f64(hi)), first),
                ];
                for (range, first) in ranges {
                    // A positive abstol takes bisection for the full spectrum too.
                    for abstol in [R::zero(), R::MIN_POSITIVE + R::MIN_POSITIVE] {
                        for jobz in [Jobz::Vectors, Jobz::NoVectors] {
                            let mut z = vec![R::zero(); ldz * n];
                            let mut w = vec![R::zero(); n];
                            let mut ifail = vec![Some(99); n];
                            let (mut dd, mut ee) = (d.clone(), e.clone());
                            let (m, info) = stevx(
                                jobz,
                                range,
                                &mut dd,
                                &mut ee,
                                abstol,
                                &mut w,
                                MatMut::from_col_major(&mut z, n, n, ldz),
                                &mut ifail,
                                WorkBuffer::new(stevx_req::<R>(jobz, n)).workspace(),
                            );
                            assert!(info.is_ok(), "stevx {info:?}");
                            if kind != 1 || !matches!(range, EigRange::Values(..)) {
                                let want = match range {
                                    EigRange::All => n,
                                    EigRange::Indices(a, b) => b - a + 1,
                                    EigRange::Values(..) => last - first + 1,
                                };
                                assert_eq!(m, want, "{} stevx n={n} kind={kind} {range:?}", R::PREFIX);
                                if abstol >= R::zero() {
                                    close("stevx", &w[..m], first);
                                }
                            }
                            if jobz == Jobz::Vectors {
                                check(&format!("stevx {range:?} {abstol:?} {w:?} m={m}"), &w, &z, m);
                                // The reference leaves IFAIL alone for n = 1.
                                assert!(
                                    n == 1 || ifail[..m].iter().all(|f| f.is_none()),
                                    "{} stevx n={n} kind={kind} {range:?} {abstol:?}: {ifail:?}",
                                    R::PREFIX
                                );
                            }
                            let mut z = vec![R::zero(); ldz * n];
                            let mut w = vec![R::zero(); n];
                            let mut isuppz = vec![0usize; 2 * n];
                            let (mut dd, mut ee) = (d.clone(), e.clone());
                            let (m2, info) = stevr(
                                jobz,
                                range,
                                &mut dd,
                                &mut ee,
                                abstol,
                                &mut w,
                                MatMut::from_col_major(&mut z, n, n, ldz),
                                &mut isuppz,
                                WorkBuffer::new(stevr_req::<R>(jobz, n)).workspace(),
                            );
                            assert!(info.is_ok(), "stevr {info:?}");
                            if kind < 2 || !matches!(range, EigRange::Values(..)) {
                                assert_eq!(m2, m, "{} stevr n={n} kind={kind} {range:?}", R::PREFIX);
                            }
                            if kind != 1 || !matches!(range, EigRange::Values(..)) {
                                close("stevr", &w[..m2], first);
                            }
                            if jobz == Jobz::Vectors {
                                check(&format!("stevr {range:?} {abstol:?} {w:?} m={m2}"), &w, &z, m2);
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn stev_stevd_stevx_stevr_eigenpairs() {
        check_stev::<f32>();
        check_stev::<f64>();
    }

    fn check_lagtf_lagts<R: TestScalar + RealScalar<Real = R>>() {
        let mut rng = Rng::new(31);
        let tolv = 100.0 * eps::<R>();
        for &n in &SIZES {
            for shift in [0.0, 0.3, -1.7] {
                let m = n.saturating_sub(1);
                let a: Vec<R> = (0..n).map(|_| R::from_f64(rng.uniform())).collect();
                let b: Vec<R> = (0..m).map(|_| R::from_f64(rng.uniform())).collect();
                let c: Vec<R> = (0..m).map(|_| R::from_f64(rng.uniform())).collect();
                let lambda = R::from_f64(shift);
                // T - lambda I densely: superdiagonal b, subdiagonal c.
                let mut t = Dense::<R>::zeros(n);
                for i in 0..n {
                    t.set(i, i, a[i] - lambda);
                    if i + 1 < n {
                        t.set(i, i + 1, b[i]);
                        t.set(i + 1, i, c[i]);
                    }
                }
                let (mut af, mut bf, mut cf) = (a.clone(), b.clone(), c.clone());
                let mut d = vec![R::zero(); n.saturating_sub(2)];
                let mut inter = vec![false; m];
                let _ = lagtf(&mut af, lambda, &mut bf, &mut cf, R::zero(), &mut d, &mut inter);
                for transpose in [false, true] {
                    let op = if transpose { t.transpose() } else { t.clone() };
                    let y: Vec<R> = (0..n).map(|_| R::from_f64(rng.uniform())).collect();
                    let mut x = y.clone();
                    let mut tol = R::zero();
                    let job = LagtsJob { transpose, perturb: false };
                    lagts(job, &af, &bf, &cf, &d, &inter, &mut x, &mut tol).unwrap();
                    let mut yy = vec![R::zero(); ld(n)];
                    yy[..n].copy_from_slice(&y);
                    let mut xx = vec![R::zero(); ld(n)];
                    xx[..n].copy_from_slice(&x);
                    let r = solve_ratio(&op, &xx, &yy, 1);
                    assert!(r < 50.0, "{} lagts n={n} {transpose}: ratio {r}", R::PREFIX);
                }
            }
        }
        // lambda an eigenvalue of diag(1, 2, 3): a zero pivot, found by lagtf;
        // lagts stops there unless it may perturb.
        let one = R::one();
        let (mut a, mut b, mut c) = (vec![one, one + one, one + one + one], vec![R::zero(); 2], vec![R::zero(); 2]);
        let mut d = vec![R::zero(); 1];
        let mut inter = vec![true; 2];
        let small = lagtf(&mut a, one + one, &mut b, &mut c, R::from_f64(tolv), &mut d, &mut inter);
        assert_eq!(small, Some(1));
        assert_eq!(inter, vec![false, false]);
        let mut y = vec![one; 3];
        let mut tol = R::zero();
        let r = lagts(LagtsJob { transpose: false, perturb: false }, &a, &b, &c, &d, &inter, &mut y, &mut tol);
        assert_eq!(r, Err(Info::new(2)));
        for transpose in [false, true] {
            let mut y = vec![one; 3];
            let mut tol = R::zero();
            lagts(LagtsJob { transpose, perturb: true }, &a, &b, &c, &d, &inter, &mut y, &mut tol).unwrap();
            assert!(tol > R::zero() && y.iter().all(|v| v.is_finite()));
            // The perturbed pivot makes y[1] huge: the eigenvector direction.
            assert!(y[1].abs() > R::from_f64(1e3) * y[0].abs());
        }
        // n = 1: a zero shifted entry is the small pivot.
        let mut a1 = vec![one];
        assert_eq!(lagtf(&mut a1, one, &mut [], &mut [], R::zero(), &mut [], &mut []), Some(0));
        assert_eq!(LagtsJob::from_int(0), None);
        assert_eq!(LagtsJob::from_int(3), None);
        assert_eq!(LagtsJob::from_int(-2), Some(LagtsJob { transpose: true, perturb: true }));
        // NaN: no hang.
        let mut y = vec![R::from_f64(f64::NAN); 3];
        let mut tol = R::zero();
        let _ = lagts(LagtsJob { transpose: false, perturb: true }, &a, &b, &c, &d, &inter, &mut y, &mut tol);
        let mut y = vec![R::INFINITY; 3];
        let _ = lagts(LagtsJob { transpose: true, perturb: true }, &a, &b, &c, &d, &inter, &mut y, &mut tol);
    }

    #[test]
    fn lagtf_lagts_solve_and_perturb() {
        check_lagtf_lagts::<f32>();
        check_lagtf_lagts::<f64>();
    }
}
