//! The condition estimators, the refinement routines (dense and
//! tridiagonal) and the expert drivers `gesvx` / `posvx` on exactly the reference's minimum WORK and IWORK
//! (real) or RWORK (complex), as the pair of [`CondScratch`](super::CondScratch):
//! they must fit and give bit for bit what they give on one workspace of
//! their `_req` size (whose results the routines' own tests check against
//! oracles).

mod residual {
    use crate::condition::testutil::*;
    use crate::condition::{gecon, gecon_req, pocon, pocon_req, sycon, sycon_req, trcon, trcon_req, CondNorm};
    use crate::expert::{self, Equed, Fact};
    use crate::relapack::pivots::BlockPivot;
    use crate::{Par, WorkBuffer, Workspace};
    use ferroblas_kernels::enums::{Diag, Trans, Uplo};
    use ferroblas_kernels::scalar::{RealScalar, Scalar};
    use ferroblas_kernels::views::MatMut;
    use ferroblas_kernels::{c32, c64};
    use std::mem::{size_of, MaybeUninit};

    const SIZES: [usize; 8] = [0, 1, 2, 3, 4, 7, 16, 33];

    /// Storage for one caller array: `len` bytes at an address aligned to 16,
    /// as a Fortran array of any scalar is aligned for its type.
    struct Arr(Vec<MaybeUninit<u8>>, usize);

    impl Arr {
        fn new(len: usize) -> Self {
            Arr(vec![MaybeUninit::uninit(); len + 16], len)
        }
        fn ws(&mut self) -> Workspace<'_> {
            let off = self.0.as_ptr().addr().wrapping_neg() & 15;
            Workspace::new(&mut self.0[off..off + self.1])
        }
    }

    /// The reference's minimum arrays: `real` (WORK elements, IWORK
    /// elements) for real types, `complex` (WORK elements, RWORK elements)
    /// for complex ones; IWORK of 32-bit integers (the LP64 ABI, the smaller).
    fn reference<T: Scalar>(real: (usize, usize), complex: (usize, usize)) -> (Arr, Arr) {
        if T::IS_COMPLEX {
            (Arr::new(complex.0 * size_of::<T>()), Arr::new(complex.1 * size_of::<T::Real>()))
        } else {
            (Arr::new(real.0 * size_of::<T>()), Arr::new(real.1 * size_of::<i32>()))
        }
    }

    fn same<R: RealScalar>(a: R, b: R, what: &str) {
        assert!(
            a == b || (a.is_nan() && b.is_nan()),
            "{what}: {a:?} on the reference's arrays, {b:?} on one workspace"
        );
    }

    /// `?gecon`, `?trcon` (on the LU's triangles), `?pocon` and `?sycon` (on a
    /// Cholesky factor read as a diagonal-pivot factorization).
    fn estimators<T: TestScalar>(seed: u64) {
        let mut rng = Rng::new(seed);
        for n in SIZES {
            for kind in 0..3 {
                let a = Dense::<T>::random(n, &mut rng, kind);
                let f = lu(&a);
                for norm in [CondNorm::One, CondNorm::Inf] {
                    let anorm = a.norm1();
                    let (mut w, mut s) = reference::<T>((4 * n, n), (2 * n, 2 * n));
                    let got = gecon(norm, f.view(), anorm, (w.ws(), s.ws()));
                    let want = gecon(norm, f.view(), anorm, WorkBuffer::new(gecon_req::<T>(n)).workspace());
                    assert_eq!(got.is_ok(), want.is_ok(), "gecon n={n}");
                    same(got.unwrap_or_else(|e| e.rcond()), want.unwrap_or_else(|e| e.rcond()), "gecon");
                    for (uplo, diag) in [(Uplo::Upper, Diag::NonUnit), (Uplo::Lower, Diag::Unit)] {
                        let (mut w, mut s) = reference::<T>((3 * n, n), (2 * n, n));
                        let got = trcon(norm, uplo, diag, f.view(), (w.ws(), s.ws()));
                        let want = trcon(norm, uplo, diag, f.view(), WorkBuffer::new(trcon_req::<T>(n)).workspace());
                        same(got, want, "trcon");
                    }
                }
                let p = hpd::<T>(n, &mut rng, 0.5);
                for uplo in [Uplo::Upper, Uplo::Lower] {
                    let c = cholesky(&p, uplo);
                    let anorm = p.norm1();
                    let (mut w, mut s) = reference::<T>((3 * n, n), (2 * n, n));
                    let got = pocon(uplo, c.view(), anorm, (w.ws(), s.ws()));
                    let want = pocon(uplo, c.view(), anorm, WorkBuffer::new(pocon_req::<T>(n)).workspace());
                    same(got, want, "pocon");
                    // sycon on the trivial factorization D = the diagonal of A
                    // (all 1x1 pivots, no interchanges): the estimator's path
                    // is what is checked, not the factorization.
                    let ipiv: Vec<BlockPivot> = (0..n).map(BlockPivot::One).collect();
                    let ipiv = &ipiv[..];
                    let (mut w, mut s) = reference::<T>((2 * n, n), (2 * n, 0));
                    let got = sycon(uplo, false, c.view(), ipiv, anorm, (w.ws(), s.ws()));
                    let want =
                        sycon(uplo, false, c.view(), ipiv, anorm, WorkBuffer::new(sycon_req::<T>(n)).workspace());
                    same(got, want, "sycon");
                }
            }
        }
    }

    #[test]
    fn estimators_on_reference_workspace() {
        estimators::<f32>(71);
        estimators::<f64>(72);
        estimators::<c32>(73);
        estimators::<c64>(74);
    }

    /// `?gesvx` and `?posvx` (and through them `?gerfs`, `?porfs`) on the
    /// reference's WORK and IWORK or RWORK against one workspace.
    fn drivers<T: TestScalar>(seed: u64) {
        let mut rng = Rng::new(seed);
        for n in SIZES {
            let nrhs = 2;
            let ld = n.max(1);
            let b: Vec<T> = (0..ld * nrhs).map(|_| rng.scalar()).collect();
            let a = Dense::<T>::random(n, &mut rng, 0);
            let p = hpd::<T>(n, &mut rng, 1.0);
            for trans in [Trans::No, Trans::ConjTrans] {
                let go = |pair: bool| {
                    let mut am = a.a.clone();
                    let mut af = vec![T::zero(); ld * n];
                    let mut ipiv = vec![0usize; n];
                    let mut e = Equed::None;
                    let (mut r, mut c) = (vec![T::Real::zero(); n], vec![T::Real::zero(); n]);
                    let mut bm = b.clone();
                    let mut x = vec![T::zero(); ld * nrhs];
                    let (mut ferr, mut berr) = (vec![T::Real::zero(); nrhs], vec![T::Real::zero(); nrhs]);
                    let (mut w, mut s) = reference::<T>((4 * n, n), (2 * n, 2 * n));
                    let mut buf = WorkBuffer::new(expert::gesvx_req::<T>(n));
                    let args = (
                        MatMut::from_col_major(&mut am, n, n, ld),
                        MatMut::from_col_major(&mut af, n, n, ld),
                        MatMut::from_col_major(&mut bm, n, nrhs, ld),
                        MatMut::from_col_major(&mut x, n, nrhs, ld),
                    );
                    let res = if pair {
                        expert::gesvx(
                            Fact::Equilibrate,
                            trans,
                            args.0,
                            args.1,
                            &mut ipiv,
                            &mut e,
                            &mut r,
                            &mut c,
                            args.2,
                            args.3,
                            &mut ferr,
                            &mut berr,
                            Par::Seq,
                            (w.ws(), s.ws()),
                        )
                    } else {
                        expert::gesvx(
                            Fact::Equilibrate,
                            trans,
                            args.0,
                            args.1,
                            &mut ipiv,
                            &mut e,
                            &mut r,
                            &mut c,
                            args.2,
                            args.3,
                            &mut ferr,
                            &mut berr,
                            Par::Seq,
                            buf.workspace(),
                        )
                    };
                    let svx = res.unwrap_or_else(|e| e.svx);
                    (x, ferr, berr, svx.rcond, svx.rpvgrw)
                };
                let (got, want) = (go(true), go(false));
                assert_eq!(got.0, want.0, "gesvx x n={n}");
                for (g, w) in got.1.iter().zip(&want.1).chain(got.2.iter().zip(&want.2)) {
                    same(*g, *w, "gesvx ferr/berr");
                }
                same(got.3, want.3, "gesvx rcond");
                same(got.4, want.4, "gesvx rpvgrw");
            }
            for uplo in [Uplo::Upper, Uplo::Lower] {
                let go = |pair: bool| {
                    let mut am = p.a.clone();
                    let mut af = vec![T::zero(); ld * n];
                    let mut e = Equed::None;
                    let mut sc = vec![T::Real::zero(); n];
                    let mut bm = b.clone();
                    let mut x = vec![T::zero(); ld * nrhs];
                    let (mut ferr, mut berr) = (vec![T::Real::zero(); nrhs], vec![T::Real::zero(); nrhs]);
                    let (mut w, mut s) = reference::<T>((3 * n, n), (2 * n, n));
                    let mut buf = WorkBuffer::new(expert::posvx_req::<T>(n));
                    let args = (
                        MatMut::from_col_major(&mut am, n, n, ld),
                        MatMut::from_col_major(&mut af, n, n, ld),
                        MatMut::from_col_major(&mut bm, n, nrhs, ld),
                        MatMut::from_col_major(&mut x, n, nrhs, ld),
                    );
                    let res = if pair {
                        expert::posvx(
                            Fact::Equilibrate,
                            uplo,
                            args.0,
                            args.1,
                            &mut e,
                            &mut sc,
                            args.2,
                            args.3,
                            &mut ferr,
                            &mut berr,
                            Par::Seq,
                            (w.ws(), s.ws()),
                        )
                    } else {
                        expert::posvx(
                            Fact::Equilibrate,
                            uplo,
                            args.0,
                            args.1,
                            &mut e,
                            &mut sc,
                            args.2,
                            args.3,
                            &mut ferr,
                            &mut berr,
                            Par::Seq,
                            buf.workspace(),
                        )
                    };
                    let svx = res.unwrap_or_else(|e| e.svx);
                    (x, ferr, berr, svx.rcond)
                };
                let (got, want) = (go(true), go(false));
                assert_eq!(got.0, want.0, "posvx x n={n}");
                for (g, w) in got.1.iter().zip(&want.1).chain(got.2.iter().zip(&want.2)) {
                    same(*g, *w, "posvx ferr/berr");
                }
                same(got.3, want.3, "posvx rcond");
            }
        }
    }

    #[test]
    fn drivers_on_reference_workspace() {
        drivers::<f32>(81);
        drivers::<f64>(82);
        drivers::<c32>(83);
        drivers::<c64>(84);
    }

    /// `?gtcon`, `?gtrfs` and `?ptrfs` on the reference's arrays.
    fn tridiagonal<T: TestScalar>(seed: u64) {
        use crate::tridiagonal::{gtcon, gtcon_req, gtrfs, gtrfs_req, gttrf, gttrs, ptrfs, ptrfs_req, pttrf, pttrs};
        let mut rng = Rng::new(seed);
        for n in SIZES {
            let nrhs = 2;
            let ld = n.max(1);
            let b: Vec<T> = (0..ld * nrhs).map(|_| rng.scalar()).collect();
            let m = n.saturating_sub(1);
            let (dl, d, du): (Vec<T>, Vec<T>, Vec<T>) = (
                (0..m).map(|_| rng.scalar()).collect(),
                (0..n).map(|_| rng.scalar()).collect(),
                (0..m).map(|_| rng.scalar()).collect(),
            );
            let (mut dlf, mut df, mut duf) = (dl.clone(), d.clone(), du.clone());
            let (mut du2, mut ipiv) = (vec![T::zero(); n.saturating_sub(2)], vec![0usize; n]);
            if gttrf(&mut dlf, &mut df, &mut duf, &mut du2, &mut ipiv).is_err() {
                continue;
            }
            for norm in [CondNorm::One, CondNorm::Inf] {
                let anorm = T::Real::one();
                let (mut w, mut s) = reference::<T>((2 * n, n), (2 * n, 0));
                let got = gtcon(norm, &dlf, &df, &duf, &du2, &ipiv, anorm, (w.ws(), s.ws()));
                let want =
                    gtcon(norm, &dlf, &df, &duf, &du2, &ipiv, anorm, WorkBuffer::new(gtcon_req::<T>(n)).workspace());
                same(got, want, "gtcon");
            }
            for trans in [Trans::No, Trans::ConjTrans] {
                let mut x0 = b.clone();
                gttrs(trans, &dlf, &df, &duf, &du2, &ipiv, MatMut::from_col_major(&mut x0, n, nrhs, ld));
                let go = |pair: bool| {
                    let mut x = x0.clone();
                    let (mut ferr, mut berr) = (vec![T::Real::zero(); nrhs], vec![T::Real::zero(); nrhs]);
                    let (mut w, mut s) = reference::<T>((3 * n, n), (2 * n, n));
                    let mut buf = WorkBuffer::new(gtrfs_req::<T>(n));
                    let bv = ferroblas_kernels::views::MatRef::from_col_major(&b, n, nrhs, ld);
                    let xv = MatMut::from_col_major(&mut x, n, nrhs, ld);
                    let (fe, be) = (&mut ferr[..], &mut berr[..]);
                    if pair {
                        gtrfs(trans, &dl, &d, &du, &dlf, &df, &duf, &du2, &ipiv, bv, xv, fe, be, (w.ws(), s.ws()));
                    } else {
                        gtrfs(trans, &dl, &d, &du, &dlf, &df, &duf, &du2, &ipiv, bv, xv, fe, be, buf.workspace());
                    }
                    (x, ferr, berr)
                };
                let (got, want) = (go(true), go(false));
                assert_eq!(got.0, want.0, "gtrfs x n={n}");
                for (g, w) in got.1.iter().zip(&want.1).chain(got.2.iter().zip(&want.2)) {
                    same(*g, *w, "gtrfs ferr/berr");
                }
            }
            // A diagonally dominant positive definite tridiagonal matrix.
            let pd: Vec<T::Real> = (0..n).map(|_| T::Real::from_f64(3.0 + rng.uniform())).collect();
            let pe: Vec<T> = (0..m).map(|_| rng.scalar()).collect();
            let (mut pdf, mut pef) = (pd.clone(), pe.clone());
            pttrf::<T>(&mut pdf, &mut pef).unwrap();
            for uplo in [Uplo::Upper, Uplo::Lower] {
                let mut x0 = b.clone();
                pttrs(uplo, &pdf, &pef, MatMut::from_col_major(&mut x0, n, nrhs, ld));
                let go = |pair: bool| {
                    let mut x = x0.clone();
                    let (mut ferr, mut berr) = (vec![T::Real::zero(); nrhs], vec![T::Real::zero(); nrhs]);
                    let (mut w, mut s) = reference::<T>((2 * n, 0), (n, n));
                    let mut buf = WorkBuffer::new(ptrfs_req::<T>(n));
                    let bv = ferroblas_kernels::views::MatRef::from_col_major(&b, n, nrhs, ld);
                    let xv = MatMut::from_col_major(&mut x, n, nrhs, ld);
                    let (fe, be) = (&mut ferr[..], &mut berr[..]);
                    if pair {
                        ptrfs(uplo, &pd, &pe, &pdf, &pef, bv, xv, fe, be, (w.ws(), s.ws()));
                    } else {
                        ptrfs(uplo, &pd, &pe, &pdf, &pef, bv, xv, fe, be, buf.workspace());
                    }
                    (x, ferr, berr)
                };
                let (got, want) = (go(true), go(false));
                assert_eq!(got.0, want.0, "ptrfs x n={n}");
                for (g, w) in got.1.iter().zip(&want.1).chain(got.2.iter().zip(&want.2)) {
                    same(*g, *w, "ptrfs ferr/berr");
                }
            }
        }
    }

    #[test]
    fn tridiagonal_on_reference_workspace() {
        tridiagonal::<f32>(91);
        tridiagonal::<f64>(92);
        tridiagonal::<c32>(93);
        tridiagonal::<c64>(94);
    }
}
