//! The pieces of the multishift QZ sweep alone: one bulge step
//! ([`laqz_chase`]) and a whole sweep ([`laqz_sweep`]) keep the pencil
//! equivalent (`A0 = Q A Z^H`, `B0 = Q B Z^H` with unitary Q, Z) and a whole
//! sweep returns it to Hessenberg-triangular form.

use super::*;

mod residual {
    use super::*;

    /// A Hessenberg-triangular pencil of order `n` from [`gghrd`] (as dense copies too).
    fn ht_pencil<T: Scalar>(n: usize, kind: Kind, seed: u64) -> (Vec<T>, Vec<T>, usize) {
        let (mut a, mut b, ld) = pencil::<T>(n, kind, true, seed);
        gghrd(
            Compz::None,
            Compz::None,
            0,
            n,
            MatMut::from_col_major(&mut a, n, n, ld),
            MatMut::from_col_major(&mut b, n, n, ld),
            MatMut::from_col_major(&mut [], 0, 0, 1),
            MatMut::from_col_major(&mut [], 0, 0, 1),
        );
        (a, b, ld)
    }

    /// The identity of order `n`, column-major with leading dimension `ld`.
    fn identity<T: Scalar>(n: usize, ld: usize) -> Vec<T> {
        let mut q = vec![T::zero(); ld * n];
        for i in 0..n {
            q[i + i * ld] = T::one();
        }
        q
    }

    /// `|A0 - Q A Z^H|`, `|B0 - Q B Z^H|` (relative) and the unitarity of Q, Z.
    fn equivalence(a0: &M, b0: &M, a: &M, b: &M, q: &M, z: &M) -> f64 {
        let ra = norm1(&diff(a0, &mul(&mul(q, a), &adj(z)))) / norm1(a0).max(1e-300);
        let rb = norm1(&diff(b0, &mul(&mul(q, b), &adj(z)))) / norm1(b0).max(1e-300);
        ra.max(rb).max(unitary_err(q)).max(unitary_err(z))
    }

    /// The largest entry below the Hessenberg (A) / triangular (B) pattern, relative.
    fn off_form(a: &M, b: &M) -> f64 {
        let n = a.len();
        let mut worst = 0f64;
        for j in 0..n {
            for i in j + 1..n {
                worst = worst.max(b[i][j].norm());
                if i > j + 1 {
                    worst = worst.max(a[i][j].norm());
                }
            }
        }
        worst / (norm1(a) + norm1(b)).max(1e-300)
    }

    /// A sweep with `ns` shifts (taken from the trailing diagonal, so
    /// conjugate pairs are not needed) on block `ilo..=ihi`, Schur mode or not.
    fn sweep_check<T: Scalar>(n: usize, ns: usize, ilo: usize, ihi: usize, schur: bool, kind: Kind, seed: u64) {
        let (mut a, mut b, ld) = ht_pencil::<T>(n, kind, seed);
        // Split the block off so that the non-Schur mode leaves the rest alone.
        if ilo > 0 {
            a[ilo + (ilo - 1) * ld] = T::zero();
        }
        if ihi + 1 < n {
            a[ihi + 1 + ihi * ld] = T::zero();
        }
        let (a0, b0) = (to_c(MatRef::from_col_major(&a, n, n, ld)), to_c(MatRef::from_col_major(&b, n, n, ld)));
        let (mut q, mut z) = (identity::<T>(n, ld), identity::<T>(n, ld));
        let rzero = <T::Real as Scalar>::zero();
        let mut alpha: Vec<Complex<T::Real>> = (0..ns)
            .map(|i| {
                let x = a[(ihi - i) + (ihi - i) * ld];
                Complex::new(x.re(), if T::IS_COMPLEX { x.im() } else { rzero })
            })
            .collect();
        let mut beta: Vec<T> = (0..ns).map(|i| b[(ihi - i) + (ihi - i) * ld]).collect();
        let nb = 2 * ns + 1;
        let (mut qc, mut zc, mut scratch) =
            (vec![T::zero(); nb * nb], vec![T::zero(); nb * nb], vec![T::zero(); n * nb]);
        laqz_sweep(
            schur,
            ilo,
            ihi,
            &mut alpha,
            &mut beta,
            MatMut::from_col_major(&mut a, n, n, ld),
            MatMut::from_col_major(&mut b, n, n, ld),
            Some(MatMut::from_col_major(&mut q, n, n, ld)),
            Some(MatMut::from_col_major(&mut z, n, n, ld)),
            MatMut::from_col_major(&mut qc, nb, nb, nb),
            MatMut::from_col_major(&mut zc, nb, nb, nb),
            &mut scratch,
            Par::default(),
        );
        let (am, bm) = (to_c(MatRef::from_col_major(&a, n, n, ld)), to_c(MatRef::from_col_major(&b, n, n, ld)));
        let (qm, zm) = (to_c(MatRef::from_col_major(&q, n, n, ld)), to_c(MatRef::from_col_major(&z, n, n, ld)));
        let what = format!("laqz_sweep {} n={n} ns={ns} {ilo}..={ihi} schur={schur} {kind:?}", T::PREFIX);
        let tol = 30.0 * (n as f64) * eps::<T>();
        if schur {
            let e = equivalence(&a0, &b0, &am, &bm, &qm, &zm);
            assert!(e <= tol, "{what}: equivalence {e:e}");
        } else {
            // Only the block and Q, Z: the block's equivalence.
            let blk = |m: &M| -> M { m[ilo..=ihi].iter().map(|r| r[ilo..=ihi].to_vec()).collect() };
            let e = equivalence(&blk(&a0), &blk(&b0), &blk(&am), &blk(&bm), &blk(&qm), &blk(&zm));
            assert!(e <= tol, "{what}: block equivalence {e:e}");
        }
        let f = off_form(&am, &bm);
        assert!(f <= tol, "{what}: not Hessenberg-triangular ({f:e})");
    }

    fn sweeps<T: Scalar>() {
        let bw = if T::IS_COMPLEX { 1 } else { 2 };
        for (i, &(n, ns)) in
            [(4usize, 2usize), (5, 2), (6, 4), (10, 4), (10, 6), (50, 8), (50, 12), (150, 16), (300, 30)]
                .iter()
                .enumerate()
        {
            let ns = ns.max(bw);
            sweep_check::<T>(n, ns, 0, n - 1, true, Kind::General, 40 + i as u64);
            if (10..150).contains(&n) {
                sweep_check::<T>(n, ns, 2, n - 3, false, Kind::Graded, 60 + i as u64);
                sweep_check::<T>(n, ns, 1, n - 2, true, Kind::SingularB, 80 + i as u64);
            }
        }
        // An odd count (a real type drops one) and the smallest complex chain.
        sweep_check::<T>(20, 5, 0, 19, true, Kind::General, 3);
        sweep_check::<T>(20, 1, 0, 19, true, Kind::General, 4);
    }

    /// One bulge step, then the step that removes it at the bottom: the
    /// pencil stays equivalent.
    fn chase_check<T: Scalar>(n: usize, seed: u64) {
        let bw = if T::IS_COMPLEX { 1 } else { 2 };
        let (mut a, mut b, ld) = ht_pencil::<T>(n, Kind::General, seed);
        let (a0, b0) = (to_c(MatRef::from_col_major(&a, n, n, ld)), to_c(MatRef::from_col_major(&b, n, n, ld)));
        let (mut q, mut z) = (identity::<T>(n, ld), identity::<T>(n, ld));
        // A bulge at the top: rotations of rows 0..=bw from the left.
        let (cs, sn) = (
            <T::Real as RealScalar>::from_f64(0.6),
            T::from_parts(<T::Real as RealScalar>::from_f64(0.8), <T::Real as Scalar>::zero()),
        );
        for i in (0..bw).rev() {
            let mut am = MatMut::from_col_major(&mut a, n, n, ld);
            rot_rows(&mut am, i, i + 1, 0..n, cs, sn);
            let mut bm = MatMut::from_col_major(&mut b, n, n, ld);
            rot_rows(&mut bm, i, i + 1, 0..n, cs, sn);
            let mut qm = MatMut::from_col_major(&mut q, n, n, ld);
            rot_cols(&mut qm, i, i + 1, 0..n, cs, sn.conj());
        }
        for k in 0..=n - 1 - bw {
            laqz_chase(
                k,
                0,
                n,
                n - 1,
                MatMut::from_col_major(&mut a, n, n, ld),
                MatMut::from_col_major(&mut b, n, n, ld),
                Some(Acc { m: MatMut::from_col_major(&mut q, n, n, ld), start: 0 }),
                Some(Acc { m: MatMut::from_col_major(&mut z, n, n, ld), start: 0 }),
            );
        }
        let (am, bm) = (to_c(MatRef::from_col_major(&a, n, n, ld)), to_c(MatRef::from_col_major(&b, n, n, ld)));
        let (qm, zm) = (to_c(MatRef::from_col_major(&q, n, n, ld)), to_c(MatRef::from_col_major(&z, n, n, ld)));
        let tol = 30.0 * (n as f64) * eps::<T>();
        let e = equivalence(&a0, &b0, &am, &bm, &qm, &zm);
        assert!(e <= tol, "laqz_chase {} n={n}: equivalence {e:e}", T::PREFIX);
        // The bulge has left at the bottom.
        let f = off_form(&am, &bm);
        assert!(f <= tol, "laqz_chase {} n={n}: form lost ({f:e})", T::PREFIX);
    }

    fn all<T: Scalar>() {
        for (i, n) in [3usize, 4, 7, 12].into_iter().enumerate() {
            if n > (if T::IS_COMPLEX { 1 } else { 2 }) {
                chase_check::<T>(n, 11 + i as u64);
            }
        }
        sweeps::<T>();
    }

    #[test]
    fn laqz_sweep_s() {
        all::<f32>();
    }

    #[test]
    fn laqz_sweep_d() {
        all::<f64>();
    }

    #[test]
    fn laqz_sweep_c() {
        all::<c32>();
    }

    #[test]
    fn laqz_sweep_z() {
        all::<c64>();
    }
}
