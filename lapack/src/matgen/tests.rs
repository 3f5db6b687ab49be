//! Tests of the test-matrix generators: the singular values or eigenvalues
//! the generated matrix has (by `gesvd` / `syev`, an independent path)
//! against the ones asked for, the band structure and symmetry, and the seed
//! (the same seed gives the same matrix, and it is advanced).

#![allow(clippy::needless_range_loop)]

use super::*;
use crate::svd::{gesvd, gesvd_req, SvdJob};
use crate::sym_eigen::drivers::{syev, syev_req, Jobz};
use crate::{Par, WorkBuffer};
use ferroblas_kernels::{c32, c64, MatMut, Uplo};

mod residual {
    use super::*;

    fn eps<T: Scalar>() -> f64 {
        if <T::Real as RealScalar>::MANTISSA_DIGITS == f32::MANTISSA_DIGITS {
            f32::EPSILON as f64
        } else {
            f64::EPSILON
        }
    }

    fn none<'a, T: Scalar>() -> MatMut<'a, T> {
        MatMut::from_col_major(&mut [], 0, 0, 1)
    }

    /// Singular values (decreasing) of the column-major `m x n` `a`, in f64.
    pub(super) fn singular_values<T: Scalar>(a: &[T], m: usize, n: usize) -> Vec<f64> {
        let k = m.min(n);
        let mut c = a.to_vec();
        let mut s = vec![T::Real::zero(); k];
        let mut e = vec![T::Real::zero(); k.max(1)];
        let mut w = WorkBuffer::new(gesvd_req::<T>(SvdJob::None, SvdJob::None, m, n));
        let view = MatMut::from_col_major(&mut c, m, n, m.max(1));
        gesvd(SvdJob::None, SvdJob::None, view, &mut s, none(), none(), &mut e, Par::Seq, w.workspace()).unwrap();
        s.iter().map(|x| x.to_f64()).collect()
    }

    /// Eigenvalues (increasing) of the Hermitian `n x n` `a`, in f64.
    pub(super) fn eigenvalues<T: Scalar>(a: &[T], n: usize) -> Vec<f64> {
        let mut c = a.to_vec();
        let mut w = vec![T::Real::zero(); n];
        let mut ws = WorkBuffer::new(syev_req::<T>(Jobz::NoVectors, n));
        let view = MatMut::from_col_major(&mut c, n, n, n.max(1));
        syev(Jobz::NoVectors, Uplo::Lower, view, &mut w, Par::Seq, ws.workspace()).unwrap();
        w.iter().map(|x| x.to_f64()).collect()
    }

    /// `|x - y|_inf / (scale * n * eps)` for sorted value lists.
    pub(super) fn close(x: &[f64], y: &[f64], scale: f64, eps: f64) -> f64 {
        assert_eq!(x.len(), y.len());
        let n = x.len().max(1) as f64;
        x.iter().zip(y).map(|(a, b)| (a - b).abs()).fold(0.0, f64::max) / (scale.max(f64::MIN_POSITIVE) * n * eps)
    }

    fn sorted(mut v: Vec<f64>, decreasing: bool) -> Vec<f64> {
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        if decreasing {
            v.reverse();
        }
        v
    }

    fn values<T: Scalar>(k: usize, signed: bool) -> Vec<T::Real> {
        (0..k)
            .map(|i| {
                let v = 1.0 / (1.0 + i as f64 * 0.7);
                T::Real::from_f64(if signed && i % 2 == 1 { -v } else { v })
            })
            .collect()
    }

    fn lagge_case<T: Scalar>(m: usize, n: usize, kl: usize, ku: usize) {
        let lda = m + 2;
        let d = values::<T>(m.min(n), false);
        let seed0 = [1, 7, 2023, 11];
        let mut seed = seed0;
        let mut a = vec![T::from_real(T::Real::from_f64(9.0)); lda * n];
        let mut work = vec![T::zero(); m + n];
        lagge(kl, ku, &d, MatMut::from_col_major(&mut a, m, n, lda), &mut seed, &mut work);
        // The padding rows are not touched; outside the band is zero.
        for j in 0..n {
            for i in 0..lda {
                let x = a[i + j * lda];
                if i >= m {
                    assert!(x == T::from_real(T::Real::from_f64(9.0)), "lagge wrote the padding");
                } else if i > j + kl || j > i + ku {
                    assert!(x == T::zero(), "lagge {m}x{n} kl={kl} ku={ku}: ({i},{j}) outside the band");
                }
            }
        }
        let dense: Vec<T> = (0..n).flat_map(|j| a[j * lda..j * lda + m].to_vec()).collect();
        let want = sorted(d.iter().map(|x| x.to_f64()).collect(), true);
        let got = singular_values(&dense, m, n);
        let r = close(&got, &want, 1.0, eps::<T>());
        assert!(r < 30.0, "lagge {m}x{n} kl={kl} ku={ku}: singular values off by {r}");
        // The same seed gives the same matrix; a drawn seed moves.
        let mut seed2 = seed0;
        let mut b = vec![T::zero(); lda * n];
        lagge(kl, ku, &d, MatMut::from_col_major(&mut b, m, n, lda), &mut seed2, &mut work);
        assert_eq!(seed, seed2);
        for j in 0..n {
            for i in 0..m {
                assert!(a[i + j * lda] == b[i + j * lda], "lagge is not deterministic");
            }
        }
        let draws = (kl > 0 || ku > 0) && m.max(n) > 1;
        assert_eq!(seed != seed0, draws, "lagge {m}x{n} kl={kl} ku={ku}: seed advanced {seed:?}");
    }

    fn lagge_all<T: Scalar>() {
        for (m, n) in
            [(0usize, 0usize), (1, 1), (1, 3), (3, 1), (2, 2), (2, 3), (3, 2), (5, 5), (7, 4), (4, 7), (12, 9)]
        {
            let mut bands = vec![(0, 0), (m.saturating_sub(1), n.saturating_sub(1))];
            for (kl, ku) in [(1, 0), (0, 1), (1, 1), (2, 1), (1, 3), (0, n.saturating_sub(1)), (m.saturating_sub(1), 0)]
            {
                if kl < m.max(1) && ku < n.max(1) {
                    bands.push((kl, ku));
                }
            }
            for (kl, ku) in bands {
                lagge_case::<T>(m, n, kl, ku);
            }
        }
    }

    #[test]
    fn lagge_has_the_singular_values_and_band() {
        lagge_all::<f32>();
        lagge_all::<f64>();
        lagge_all::<c32>();
        lagge_all::<c64>();
    }

    fn lagsy_case<T: Scalar>(hermitian: bool, n: usize, k: usize) {
        let lda = n + 1;
        let d = values::<T>(n, true);
        let seed0 = [4095, 0, 17, 3];
        let mut seed = seed0;
        let mut a = vec![T::zero(); lda * n];
        let mut work = vec![T::zero(); 2 * n];
        lagsy(hermitian, k, &d, MatMut::from_col_major(&mut a, n, n, lda), &mut seed, &mut work);
        let herm = hermitian || !T::IS_COMPLEX;
        for j in 0..n {
            for i in 0..n {
                let (x, y) = (a[i + j * lda], a[j + i * lda]);
                assert!(x == if herm { y.conj() } else { y }, "lagsy {n} k={k}: not symmetric at ({i},{j})");
                if i > j + k {
                    assert!(x == T::zero(), "lagsy {n} k={k}: ({i},{j}) outside the band");
                }
            }
            if herm {
                assert!(a[j + j * lda].im() == T::Real::zero(), "laghe: complex diagonal");
            }
        }
        let dense: Vec<T> = (0..n).flat_map(|j| a[j * lda..j * lda + n].to_vec()).collect();
        let r = if herm {
            close(&eigenvalues(&dense, n), &sorted(d.iter().map(|x| x.to_f64()).collect(), false), 1.0, eps::<T>())
        } else {
            // A = U D U^T with U unitary: its singular values are |D|.
            let want = sorted(d.iter().map(|x| x.to_f64().abs()).collect(), true);
            close(&singular_values(&dense, n, n), &want, 1.0, eps::<T>())
        };
        assert!(r < 30.0, "lagsy {n} k={k} hermitian={hermitian}: values off by {r}");
        let mut seed2 = seed0;
        let mut b = vec![T::zero(); lda * n];
        lagsy(hermitian, k, &d, MatMut::from_col_major(&mut b, n, n, lda), &mut seed2, &mut work);
        assert!(seed == seed2 && (0..n * lda).all(|i| a[i] == b[i]), "lagsy is not deterministic");
        assert_eq!(seed != seed0, n > 1, "lagsy {n}: seed advanced {seed:?}");
    }

    fn lagsy_all<T: Scalar>(hermitian: bool) {
        for n in [0usize, 1, 2, 3, 4, 7, 13] {
            for k in [0, 1, 2, n.saturating_sub(2), n.saturating_sub(1)] {
                // K = 0 with n > 1 is outside the reference's domain (it calls ?gemv with N = -1).
                if k < n.max(1) && (k > 0 || n < 2) {
                    lagsy_case::<T>(hermitian, n, k);
                }
            }
        }
    }

    #[test]
    fn lagsy_laghe_have_the_eigenvalues_and_band() {
        lagsy_all::<f32>(false);
        lagsy_all::<f64>(false);
        lagsy_all::<c32>(false);
        lagsy_all::<c64>(false);
        lagsy_all::<c32>(true);
        lagsy_all::<c64>(true);
    }

    const PACKS: [LatmsPack; 8] = [
        LatmsPack::None,
        LatmsPack::Upper,
        LatmsPack::Lower,
        LatmsPack::UpperPacked,
        LatmsPack::LowerPacked,
        LatmsPack::LowerBand,
        LatmsPack::UpperBand,
        LatmsPack::Band,
    ];

    /// What [`run_latms`] returns: the result, the array, D and the seed.
    type LatmsRun<T> = (Result<(), crate::Info>, Vec<T>, Vec<<T as Scalar>::Real>, [i32; 4]);

    /// Runs `latms` into an `lda x n` array (filled with 7 first); returns it,
    /// D and the seed.
    #[allow(clippy::too_many_arguments)]
    fn run_latms<T: Scalar>(
        m: usize,
        n: usize,
        sym: LatmsSym,
        mode: i32,
        kl: usize,
        ku: usize,
        pack: LatmsPack,
        lda: usize,
    ) -> LatmsRun<T> {
        let spec = LatmsSpec {
            m,
            n,
            dist: LatmsDist::Symmetric,
            sym,
            mode,
            cond: T::Real::from_f64(50.0),
            dmax: T::Real::from_f64(-2.5),
            kl,
            ku,
            pack,
        };
        let mut seed = [4097, -5, 300, 10];
        let mut d: Vec<T::Real> = (0..m.min(n)).map(|i| T::Real::from_f64(0.5 + i as f64)).collect();
        let mut a = vec![T::from_real(T::Real::from_f64(7.0)); lda * n];
        let mut work = vec![T::zero(); latms_work_len(m, n)];
        let r = latms(&spec, &mut seed, &mut d, MatMut::from_col_major(&mut a, lda, n, lda), &mut work);
        (r, a, d, seed)
    }

    /// The dense `m x n` matrix a `latms` array holds in the storage `pack`
    /// (a triangle form gives that triangle, zeros elsewhere).
    fn unpack<T: Scalar>(a: &[T], lda: usize, m: usize, n: usize, kl: usize, ku: usize, pack: LatmsPack) -> Vec<T> {
        let (kl, ku) = (kl.min(m - 1), ku.min(n - 1));
        let mut full = vec![T::zero(); m * n];
        for j in 0..n {
            for i in 0..m {
                full[i + j * m] = match pack {
                    LatmsPack::None | LatmsPack::Upper | LatmsPack::Lower => a[i + j * lda],
                    LatmsPack::UpperPacked if i <= j => a[i + j * (j + 1) / 2],
                    LatmsPack::LowerPacked if i >= j => a[j * n - (j * j - j) / 2 + (i - j)],
                    LatmsPack::LowerBand if i >= j && i - j <= kl => a[(i - j) + j * lda],
                    LatmsPack::UpperBand if j >= i && j - i <= ku => a[(ku + i - j) + j * lda],
                    LatmsPack::Band if i <= j + kl && j <= i + ku => a[(ku + i - j) + j * lda],
                    _ => T::zero(),
                };
            }
        }
        full
    }

    /// Whether `pack` stores the lower (`Some(false)`) or upper (`Some(true)`)
    /// triangle only.
    fn triangle(pack: LatmsPack) -> Option<bool> {
        match pack {
            LatmsPack::Upper | LatmsPack::UpperPacked | LatmsPack::UpperBand => Some(true),
            LatmsPack::Lower | LatmsPack::LowerPacked | LatmsPack::LowerBand => Some(false),
            _ => None,
        }
    }

    fn latm1_case<R: RealScalar>() {
        let cond = R::from_f64(100.0);
        let n = 5;
        let want: [[f64; 5]; 4] = [
            [1.0, 0.01, 0.01, 0.01, 0.01],
            [1.0, 1.0, 1.0, 1.0, 0.01],
            [1.0, 0.1f64.sqrt(), 0.1, 0.1 * 0.1f64.sqrt(), 0.01],
            [1.0, 0.7525, 0.505, 0.2575, 0.01],
        ];
        let tol = 50.0 * if R::MANTISSA_DIGITS == 24 { f32::EPSILON as f64 } else { f64::EPSILON };
        for (k, w) in want.iter().enumerate() {
            for sign in [1, -1] {
                let mut d = vec![R::zero(); n];
                let mut seed = [1, 2, 3, 5];
                latm1(sign * (k as i32 + 1), cond, false, Dist::Uniform01, &mut seed, &mut d);
                assert_eq!(seed, [1, 2, 3, 5], "modes 1-4 draw nothing");
                for i in 0..n {
                    let wi = if sign > 0 { w[i] } else { w[n - 1 - i] };
                    assert!(
                        (d[i].to_f64() - wi).abs() <= tol,
                        "latm1 mode {}: d[{i}] = {:?}",
                        sign * (k as i32 + 1),
                        d[i]
                    );
                }
            }
        }
        // Mode 5: in (1/cond, 1); random signs for half of them or so.
        let mut d = vec![R::zero(); 200];
        let mut seed = [1, 2, 3, 5];
        latm1(5, cond, true, Dist::Uniform01, &mut seed, &mut d);
        assert_ne!(seed, [1, 2, 3, 5]);
        let neg = d.iter().filter(|x| x.to_f64() < 0.0).count();
        assert!(d.iter().all(|x| x.to_f64().abs() > 0.01 && x.to_f64().abs() < 1.0) && neg > 60 && neg < 140);
        // Mode 6: the distribution itself, no signs drawn (same as larnv).
        let mut d6 = vec![R::zero(); 7];
        let mut s1 = [1, 2, 3, 5];
        latm1(6, cond, true, Dist::Normal01, &mut s1, &mut d6);
        let mut r = vec![R::zero(); 7];
        let mut s2 = [1, 2, 3, 5];
        larnv(Dist::Normal01, &mut s2, &mut r);
        assert!(s1 == s2 && d6 == r);
    }

    #[test]
    fn latm1_every_mode() {
        latm1_case::<f32>();
        latm1_case::<f64>();
    }

    #[test]
    fn laran_is_the_laruv_stream() {
        let mut s1 = [1, 2, 3, 5];
        let mut s2 = s1;
        let mut batch = [0.0f64; 10];
        ferroblas_kernels::aux::random::laruv(&mut s2, &mut batch);
        for b in batch {
            assert_eq!(laran::<f64>(&mut s1), b);
        }
        assert_eq!(s1, s2);
    }

    fn latms_case<T: Scalar>(m: usize, n: usize, sym: LatmsSym, mode: i32, kl: usize, ku: usize) {
        let tol_eps = eps::<T>();
        let (r, a, d, seed) = run_latms::<T>(m, n, sym, mode, kl, ku, LatmsPack::None, m + 1);
        r.unwrap();
        assert!(seed.iter().all(|&s| (0..4096).contains(&s)) && seed[3] % 2 == 1, "seed {seed:?}");
        let dmax = d.iter().fold(0.0f64, |x, y| x.max(y.to_f64().abs()));
        if mode != 0 && mode.abs() != 6 {
            assert!((dmax - 2.5).abs() < 10.0 * tol_eps, "D not scaled to |DMAX|: {dmax}");
        }
        let full = unpack(&a, m + 1, m, n, kl, ku, LatmsPack::None);
        // The band (the whole LDA x N array is written, as the reference's is).
        for j in 0..n {
            for i in 0..m {
                if i > j + kl || j > i + ku {
                    assert!(full[i + j * m] == T::zero(), "latms {m}x{n} {sym:?} kl={kl} ku={ku}: ({i},{j})");
                }
            }
        }
        let hermitian = match sym {
            LatmsSym::Nonsymmetric => None,
            LatmsSym::Symmetric if T::IS_COMPLEX => None,
            _ => Some(()),
        };
        let r = if hermitian.is_some() {
            for j in 0..n {
                for i in 0..n {
                    assert!(full[i + j * n] == full[j + i * n].conj(), "latms {sym:?}: not Hermitian");
                }
            }
            let want = sorted(d.iter().map(|x| x.to_f64()).collect(), false);
            close(&eigenvalues(&full, n), &want, dmax, tol_eps)
        } else {
            if sym == LatmsSym::Symmetric {
                assert!((0..n).all(|j| (0..n).all(|i| full[i + j * n] == full[j + i * n])), "not symmetric");
            }
            let want = sorted(d.iter().map(|x| x.to_f64().abs()).collect(), true);
            close(&singular_values(&full, m, n), &want, dmax, tol_eps)
        };
        assert!(r < 50.0, "latms {m}x{n} {sym:?} mode={mode} kl={kl} ku={ku}: values off by {r}");
        // SYM = P draws no random signs; modes 0 (D given) and 6 (D drawn from
        // DIST, here symmetric about 0) may still mix them, as the reference's do.
        if sym == LatmsSym::Positive && mode != 0 && mode.abs() != 6 {
            assert!(d.iter().all(|x| x.to_f64() <= 0.0) || d.iter().all(|x| x.to_f64() >= 0.0), "P: signs in D");
        }
        // Every other storage of the same seed holds the same matrix.
        for pack in PACKS {
            let legal =
                !latms_pack_illegal(m as i64, n as i64, kl as i64, ku as i64, sym == LatmsSym::Nonsymmetric, pack);
            if !legal {
                continue;
            }
            let lda = latms_min_lda(m as i64, n as i64, kl as i64, ku as i64, pack).max(1) as usize + 1;
            let lda =
                if matches!(pack, LatmsPack::LowerBand | LatmsPack::UpperBand | LatmsPack::Band) { lda } else { m + 1 };
            let (r2, a2, _, seed2) = run_latms::<T>(m, n, sym, mode, kl, ku, pack, lda);
            r2.unwrap();
            assert_eq!(seed2, seed, "{pack:?}: another stream");
            let got = unpack(&a2, lda, m, n, kl, ku, pack);
            let scale = dmax.max(1.0) * 100.0 * (m + n) as f64 * tol_eps;
            for j in 0..n {
                for i in 0..m {
                    let want = match triangle(pack) {
                        Some(true) if i > j => T::zero(),
                        Some(false) if i < j => T::zero(),
                        _ => full[i + j * m],
                    };
                    let diff = got[i + j * m] - want;
                    assert!(
                        diff.re().to_f64().abs() + diff.im().to_f64().abs() <= scale,
                        "latms {m}x{n} {sym:?} kl={kl} ku={ku} {pack:?}: ({i},{j})"
                    );
                }
            }
        }
    }

    fn latms_all<T: Scalar>() {
        for mode in -6..=6 {
            for &(m, n, kl, ku) in &[(1, 1, 0, 0), (4, 4, 1, 1), (6, 6, 2, 2), (6, 6, 5, 5), (7, 5, 1, 2), (5, 8, 4, 0)]
            {
                for sym in [LatmsSym::Nonsymmetric, LatmsSym::Positive, LatmsSym::Symmetric, LatmsSym::Hermitian] {
                    if sym != LatmsSym::Nonsymmetric && (m != n || kl != ku) {
                        continue;
                    }
                    latms_case::<T>(m, n, sym, mode, kl, ku);
                }
            }
        }
    }

    #[test]
    fn latms_every_mode_sym_and_pack() {
        latms_all::<f32>();
        latms_all::<f64>();
        latms_all::<c32>();
        latms_all::<c64>();
    }

    #[test]
    fn latms_cannot_scale_a_zero_d() {
        let spec = LatmsSpec {
            m: 2,
            n: 2,
            dist: LatmsDist::Uniform,
            sym: LatmsSym::Nonsymmetric,
            mode: 2,
            cond: f64::INFINITY,
            dmax: 1.0,
            kl: 0,
            ku: 0,
            pack: LatmsPack::None,
        };
        let mut d = [0.0; 2];
        let mut a = [0.0; 4];
        let mut work = [0.0; 6];
        let mut seed = [0, 0, 0, 1];
        let one = LatmsSpec { m: 1, n: 1, ..spec };
        assert!(latms::<f64>(&spec, &mut seed, &mut d, MatMut::from_col_major(&mut a, 2, 2, 2), &mut work).is_ok());
        assert_eq!(
            latms::<f64>(&one, &mut seed, &mut d, MatMut::from_col_major(&mut a, 1, 1, 1), &mut work),
            Err(crate::Info::new(2))
        );
    }
}
