//! Residual tests of the packed and triangular band routines against dense
//! products and the full-storage routines.
#![allow(clippy::needless_range_loop)]

use super::band::*;
use super::triangular::*;
use super::*;
use crate::condition::testutil::*;
use crate::condition::{latrs, trcon, trcon_req, CondNorm, NormIn};
use crate::{Info, Par, WorkBuffer};
use ferroblas_kernels::scalar::RealScalar;
use ferroblas_kernels::{c32, c64};

const UPLOS: [Uplo; 2] = [Uplo::Upper, Uplo::Lower];
const TRANS: [Trans; 3] = [Trans::No, Trans::Trans, Trans::ConjTrans];
const DIAGS: [Diag; 2] = [Diag::NonUnit, Diag::Unit];
// 9: in place; 17 and 70: unpacked (UNPACK_MIN = 12).
const SIZES: [usize; 7] = [0, 1, 2, 3, 9, 17, 70];

/// A well-conditioned random matrix: small off-diagonal, diagonal near 2.
fn well<T: TestScalar>(n: usize, rng: &mut Rng) -> Dense<T> {
    let mut a = Dense::<T>::zeros(n);
    let s = 1.0 / (n.max(1) as f64);
    for j in 0..n {
        for i in 0..n {
            let v = rng.scalar::<T>().to_c64() * s;
            a.set(i, j, T::from_c64(if i == j { v + 2.0 } else { v }));
        }
    }
    a
}

fn packed_of<T: TestScalar>(a: &Dense<T>, uplo: Uplo) -> Vec<T> {
    let mut ap = vec![T::zero(); packed_len(a.n)];
    pack(uplo == Uplo::Upper, a.view(), &mut ap);
    ap
}

/// Band storage (ld = kd + 2, one spare row) of the `uplo` band of `a`.
fn band_of<T: TestScalar>(a: &Dense<T>, uplo: Uplo, kd: usize) -> (Vec<T>, usize) {
    let n = a.n;
    let ld = kd + 2;
    let mut ab = vec![T::from_c64(c64::new(7.0, 7.0)); ld * n];
    for j in 0..n {
        for i in 0..n {
            let inside = if uplo == Uplo::Upper { i <= j && j - i <= kd } else { i >= j && i - j <= kd };
            if inside {
                let r = if uplo == Uplo::Upper { kd + i - j } else { i - j };
                ab[r + j * ld] = a.get(i, j);
            }
        }
    }
    (ab, ld)
}

/// The band of `a` as a dense matrix (zero outside).
fn band_dense<T: TestScalar>(a: &Dense<T>, uplo: Uplo, kd: usize) -> Dense<T> {
    let mut t = Dense::<T>::zeros(a.n);
    for j in 0..a.n {
        for i in 0..a.n {
            if (uplo == Uplo::Upper && i <= j && j - i <= kd) || (uplo == Uplo::Lower && i >= j && i - j <= kd) {
                t.set(i, j, a.get(i, j));
            }
        }
    }
    t
}

fn op<T: TestScalar>(t: Dense<T>, trans: Trans) -> Dense<T> {
    match trans {
        Trans::No => t,
        Trans::Trans => t.transpose(),
        Trans::ConjTrans => t.conj_transpose(),
    }
}

fn eps<T: TestScalar>() -> f64 {
    <T::Real as RealScalar>::EPSILON.to_f64()
}

/// max |op(T) X - B| / (|T| |X| n eps), X and B `n x nrhs` with leading dimension `ld`.
fn solve_residual<T: TestScalar>(t: &Dense<T>, x: &[T], b: &[T], nrhs: usize, ld: usize) -> f64 {
    let n = t.n;
    let mut worst = 0.0f64;
    let tn = t.to_c64().norm1_f64().max(f64::MIN_POSITIVE);
    for r in 0..nrhs {
        let xr = &x[r * ld..r * ld + n];
        let y = t.matvec_c64(xr);
        let xn: f64 = xr.iter().map(|v| cabs(v.to_c64())).fold(0.0, f64::max);
        for i in 0..n {
            let d = cabs(y[i] - b[r * ld + i].to_c64());
            worst = worst.max(d / (tn * xn.max(f64::MIN_POSITIVE) * n as f64 * eps::<T>()));
        }
    }
    worst
}

mod residual {
    use super::*;

    fn tptrs_tbtrs<T: TestScalar>() {
        let mut rng = Rng::new(1);
        let nrhs = 2;
        for n in SIZES {
            let a = well::<T>(n, &mut rng);
            let ld = n + 3;
            let b: Vec<T> = (0..ld * nrhs).map(|_| rng.scalar()).collect();
            for (uplo, trans, diag) in
                UPLOS.iter().flat_map(|&u| TRANS.iter().flat_map(move |&t| DIAGS.iter().map(move |&d| (u, t, d))))
            {
                let ap = packed_of(&a, uplo);
                let mut x = b.clone();
                tptrs(uplo, trans, diag, &ap, MatMut::from_col_major(&mut x, n, nrhs, ld)).unwrap();
                let t = op(a.triangle(uplo, diag), trans);
                let r = solve_residual(&t, &x, &b, nrhs, ld);
                assert!(r < 10.0, "{} tptrs n={n} {uplo:?} {trans:?} {diag:?}: residual {r}", T::PREFIX);
                for kd in [0, 1, 4, n + 2] {
                    let (ab, ldab) = band_of(&a, uplo, kd);
                    let abv = MatRef::from_col_major(&ab, kd + 1, n, ldab);
                    let mut x = b.clone();
                    tbtrs(uplo, trans, diag, kd, abv, MatMut::from_col_major(&mut x, n, nrhs, ld)).unwrap();
                    let t = op(band_dense(&a.triangle(uplo, diag), uplo, kd), trans);
                    let r = solve_residual(&t, &x, &b, nrhs, ld);
                    assert!(r < 10.0, "{} tbtrs n={n} kd={kd} {uplo:?} {trans:?} {diag:?}: residual {r}", T::PREFIX);
                }
            }
        }
    }

    #[test]
    fn tptrs_and_tbtrs_solve() {
        tptrs_tbtrs::<f32>();
        tptrs_tbtrs::<f64>();
        tptrs_tbtrs::<c32>();
        tptrs_tbtrs::<c64>();
    }

    fn tptri_inverse<T: TestScalar>() {
        let mut rng = Rng::new(2);
        for n in SIZES {
            let a = well::<T>(n, &mut rng);
            for (uplo, diag) in UPLOS.iter().flat_map(|&u| DIAGS.iter().map(move |&d| (u, d))) {
                let mut ap = packed_of(&a, uplo);
                let before = ap.clone();
                let mut buf = WorkBuffer::new(tptri_req::<T>(n));
                tptri(uplo, diag, n, &mut ap, Par::Seq, buf.workspace()).unwrap();
                if diag == Diag::Unit {
                    for j in 0..n {
                        let d = col_start(uplo == Uplo::Upper, n, j) + if uplo == Uplo::Upper { j } else { 0 };
                        assert_eq!(ap[d], before[d], "unit diagonal written");
                    }
                }
                let mut inv = Dense::<T>::zeros(n);
                unpack(uplo == Uplo::Upper, &ap, MatMut::from_col_major(&mut inv.a, n, n, n.max(1)));
                let inv = inv.triangle(uplo, diag);
                let t = a.triangle(uplo, diag);
                // |A inv(A) - I| / (|A| |inv(A)| n eps)
                let mut worst = 0.0f64;
                for j in 0..n {
                    let col: Vec<T> = (0..n).map(|i| inv.get(i, j)).collect();
                    let y = t.matvec_c64(&col);
                    for i in 0..n {
                        let e = if i == j { 1.0 } else { 0.0 };
                        worst = worst.max(cabs(y[i] - c64::new(e, 0.0)));
                    }
                }
                let r = worst
                    / (t.to_c64().norm1_f64() * inv.to_c64().norm1_f64() * n.max(1) as f64 * eps::<T>())
                        .max(f64::MIN_POSITIVE);
                assert!(r < 10.0, "{} tptri n={n} {uplo:?} {diag:?}: residual {r}", T::PREFIX);
            }
        }
    }

    #[test]
    fn tptri_inverts() {
        tptri_inverse::<f32>();
        tptri_inverse::<f64>();
        tptri_inverse::<c32>();
        tptri_inverse::<c64>();
    }

    fn singular<T: TestScalar>() {
        let mut rng = Rng::new(3);
        for n in [1usize, 3, 17, 70] {
            let mut a = well::<T>(n, &mut rng);
            let z = n / 2;
            a.set(z, z, T::zero());
            for uplo in UPLOS {
                let mut ap = packed_of(&a, uplo);
                let before = ap.clone();
                let mut buf = WorkBuffer::new(tptri_req::<T>(n));
                assert_eq!(tptri(uplo, Diag::NonUnit, n, &mut ap, Par::Seq, buf.workspace()), Err(Info::from_index(z)));
                assert_eq!(ap, before, "tptri wrote on a singular matrix");
                // The unit diagonal is never read.
                tptri(uplo, Diag::Unit, n, &mut ap, Par::Seq, buf.workspace()).unwrap();
                let ap = packed_of(&a, uplo);
                let mut b = vec![T::one(); n];
                let e = tptrs(uplo, Trans::No, Diag::NonUnit, &ap, MatMut::from_col_major(&mut b, n, 1, n));
                assert_eq!(e, Err(Info::from_index(z)));
                assert!(b.iter().all(|v| *v == T::one()), "B changed");
                let (ab, ld) = band_of(&a, uplo, 2);
                let abv = MatRef::from_col_major(&ab, 3, n, ld);
                let e = tbtrs(uplo, Trans::Trans, Diag::NonUnit, 2, abv, MatMut::from_col_major(&mut b, n, 1, n));
                assert_eq!(e, Err(Info::from_index(z)));
                // The condition numbers of a singular matrix: 0 (or tiny).
                let mut buf = WorkBuffer::new(tpcon_req::<T>(n));
                let r = tpcon(CondNorm::One, uplo, Diag::NonUnit, n, &ap, buf.workspace()).to_f64();
                assert!(r < 1e3 * eps::<T>(), "{} tpcon singular {r}", T::PREFIX);
                let r = tbcon(CondNorm::Inf, uplo, Diag::NonUnit, 2, abv, buf.workspace()).to_f64();
                assert!(r < 1e3 * eps::<T>(), "{} tbcon singular {r}", T::PREFIX);
            }
        }
    }

    #[test]
    fn singular_matrices_report_info() {
        singular::<f32>();
        singular::<f64>();
        singular::<c32>();
        singular::<c64>();
    }

    /// tpcon and tbcon equal trcon on the same triangle (the same estimate,
    /// up to rounding in the solves); latps and latbs equal latrs, also
    /// where the solve has to scale.
    fn against_full<T: TestScalar>() {
        let mut rng = Rng::new(4);
        for n in SIZES {
            for kind in [0, 1, 5] {
                let a = Dense::<T>::random(n, &mut rng, kind);
                let mut a = a;
                for j in 0..n {
                    a.set(j, j, a.get(j, j) + T::from_real(RealScalar::from_f64(1.5)));
                }
                for (uplo, diag) in UPLOS.iter().flat_map(|&u| DIAGS.iter().map(move |&d| (u, d))) {
                    let ap = packed_of(&a, uplo);
                    for norm in [CondNorm::One, CondNorm::Inf] {
                        let mut buf = WorkBuffer::new(trcon_req::<T>(n));
                        let want = trcon(norm, uplo, diag, a.view(), buf.workspace()).to_f64();
                        let got = tpcon(norm, uplo, diag, n, &ap, buf.workspace()).to_f64();
                        assert!(
                            (got - want).abs() <= 1e-3 * want,
                            "{} tpcon n={n} {uplo:?} {diag:?} {norm:?}: {got} vs {want}",
                            T::PREFIX
                        );
                        // kd = n - 1 holds the whole triangle.
                        let kd = n.saturating_sub(1);
                        let (ab, ld) = band_of(&a, uplo, kd);
                        let got =
                            tbcon(norm, uplo, diag, kd, MatRef::from_col_major(&ab, kd + 1, n, ld), buf.workspace())
                                .to_f64();
                        assert!((got - want).abs() <= 1e-3 * want, "{} tbcon n={n}: {got} vs {want}", T::PREFIX);
                    }
                }
            }
        }
        // Scaling solves: tiny diagonal, huge off-diagonal.
        let big = if eps::<T>() > 1e-10 { 1e30 } else { 1e200 };
        let tiny = if eps::<T>() > 1e-10 { 1e-3 } else { 1e-120 };
        for n in [2usize, 3, 6] {
            let mut a = Dense::<T>::zeros(n);
            for j in 0..n {
                for i in 0..n {
                    let v = if i == j {
                        tiny
                    } else if (i + j) % 2 == 0 {
                        big
                    } else {
                        -big
                    };
                    a.set(i, j, T::from_real(RealScalar::from_f64(v)));
                }
            }
            for (uplo, trans) in UPLOS.iter().flat_map(|&u| TRANS.iter().map(move |&t| (u, t))) {
                let b: Vec<T> = (0..n).map(|i| T::from_real(RealScalar::from_f64(1.0 + i as f64))).collect();
                let mut want = b.clone();
                let mut cn = vec![T::Real::zero(); n];
                let sw = latrs(
                    uplo,
                    trans,
                    Diag::NonUnit,
                    NormIn::Compute,
                    a.view(),
                    VecMut::from_slice(&mut want),
                    &mut cn,
                );
                assert!(sw < T::Real::one());
                let ap = packed_of(&a, uplo);
                let mut got = b.clone();
                let mut cn2 = vec![T::Real::zero(); n];
                let sg =
                    latps(uplo, trans, Diag::NonUnit, NormIn::Compute, &ap, VecMut::from_slice(&mut got), &mut cn2);
                assert_eq!((sg, &got, &cn2), (sw, &want, &cn), "{} latps n={n} {uplo:?} {trans:?}", T::PREFIX);
                let (ab, ld) = band_of(&a, uplo, n - 1);
                let mut got = b.clone();
                let sg = latbs(
                    uplo,
                    trans,
                    Diag::NonUnit,
                    NormIn::Compute,
                    n - 1,
                    MatRef::from_col_major(&ab, n, n, ld),
                    VecMut::from_slice(&mut got),
                    &mut cn2,
                );
                assert_eq!((sg, &got, &cn2), (sw, &want, &cn), "{} latbs n={n} {uplo:?} {trans:?}", T::PREFIX);
            }
        }
    }

    #[test]
    fn condition_and_scaled_solves_match_full_storage() {
        against_full::<f32>();
        against_full::<f64>();
        against_full::<c32>();
        against_full::<c64>();
    }

    fn error_bounds<T: TestScalar>() {
        let mut rng = Rng::new(5);
        let nrhs = 2;
        for n in SIZES {
            let a = well::<T>(n, &mut rng);
            let ld = n + 1;
            let b: Vec<T> = (0..ld * nrhs).map(|_| rng.scalar()).collect();
            for (uplo, trans, diag) in
                UPLOS.iter().flat_map(|&u| TRANS.iter().flat_map(move |&t| DIAGS.iter().map(move |&d| (u, t, d))))
            {
                let ap = packed_of(&a, uplo);
                let kd = 3;
                let (ab, ldab) = band_of(&a, uplo, kd);
                let abv = MatRef::from_col_major(&ab, kd + 1, n, ldab);
                for storage in 0..2 {
                    let mut x = b.clone();
                    let xm = MatMut::from_col_major(&mut x, n, nrhs, ld);
                    if storage == 0 {
                        tptrs(uplo, trans, diag, &ap, xm).unwrap();
                    } else {
                        tbtrs(uplo, trans, diag, kd, abv, xm).unwrap();
                    }
                    // A perturbed solution in column 1: its bounds must grow.
                    if n > 0 {
                        x[ld] += T::from_real(RealScalar::from_f64(1e-2));
                    }
                    let (mut ferr, mut berr) = (vec![T::Real::zero(); nrhs], vec![T::Real::zero(); nrhs]);
                    let mut buf = WorkBuffer::new(tprfs_req::<T>(n));
                    let (bv, xv) = (MatRef::from_col_major(&b, n, nrhs, ld), MatRef::from_col_major(&x, n, nrhs, ld));
                    if storage == 0 {
                        tprfs(uplo, trans, diag, &ap, bv, xv, &mut ferr, &mut berr, buf.workspace());
                    } else {
                        tbrfs(uplo, trans, diag, kd, abv, bv, xv, &mut ferr, &mut berr, buf.workspace());
                    }
                    let (f0, b0) = (ferr[0].to_f64(), berr[0].to_f64());
                    if n == 0 {
                        assert_eq!((f0, b0), (0.0, 0.0));
                        continue;
                    }
                    assert!(b0 <= 4.0 * eps::<T>(), "{} rfs{storage} n={n}: berr {b0}", T::PREFIX);
                    assert!(
                        f0 <= 1e3 * eps::<T>() * n as f64 && f0 > 0.0,
                        "{} rfs{storage} n={n}: ferr {f0}",
                        T::PREFIX
                    );
                    let (f1, b1) = (ferr[1].to_f64(), berr[1].to_f64());
                    assert!(b1 > 1e-4, "{} rfs{storage} n={n}: perturbed berr {b1}", T::PREFIX);
                    // The true relative error of column 1 is about 1e-2 / |x|.
                    let xn: f64 = x[ld..ld + n].iter().map(|v| cabs(v.to_c64())).fold(0.0, f64::max);
                    assert!(f1 >= 0.3e-2 / xn, "{} rfs{storage} n={n}: perturbed ferr {f1}", T::PREFIX);
                }
            }
        }
    }

    #[test]
    fn tprfs_and_tbrfs_bound_errors() {
        error_bounds::<f32>();
        error_bounds::<f64>();
        error_bounds::<c32>();
        error_bounds::<c64>();
    }

    #[test]
    fn nan_input_ends() {
        let n = 5;
        let mut a = well::<f64>(n, &mut Rng::new(6));
        a.set(1, 3, f64::NAN);
        a.set(3, 1, f64::NAN);
        for uplo in UPLOS {
            let ap = packed_of(&a, uplo);
            let mut buf = WorkBuffer::new(tprfs_req::<f64>(n).and(tptri_req::<f64>(n)));
            let r = tpcon(CondNorm::One, uplo, Diag::NonUnit, n, &ap, buf.workspace());
            assert!(r.is_nan() || r == 0.0 || r > 0.0);
            let mut b = vec![1.0; n];
            tptrs(uplo, Trans::No, Diag::NonUnit, &ap, MatMut::from_col_major(&mut b, n, 1, n)).unwrap();
            let (mut f, mut be) = ([0.0], [0.0]);
            let one = [1.0; 5];
            let v = MatRef::from_col_major(&one, n, 1, n);
            tprfs(uplo, Trans::No, Diag::NonUnit, &ap, v, v, &mut f, &mut be, buf.workspace());
            let mut ap2 = ap.clone();
            tptri(uplo, Diag::NonUnit, n, &mut ap2, Par::Seq, buf.workspace()).unwrap();
            let (ab, ld) = band_of(&a, uplo, 3);
            let r =
                tbcon(CondNorm::Inf, uplo, Diag::NonUnit, 3, MatRef::from_col_major(&ab, 4, n, ld), buf.workspace());
            assert!(r.is_nan() || r >= 0.0);
        }
    }

    /// Complex diagonal elements whose squared modulus over- or underflows:
    /// the divisions must not form it (the reference's complex division).
    #[test]
    fn complex_extreme_diagonal() {
        for d in [c32::new(3e25, -2e25), c32::new(3e-25, 2e-25)] {
            let n = 3;
            let mut a = Dense::<c32>::zeros(n);
            for j in 0..n {
                a.set(j, j, d);
            }
            for uplo in UPLOS {
                let mut ap = packed_of(&a, uplo);
                let mut buf = WorkBuffer::new(tptri_req::<c32>(n));
                tptri(uplo, Diag::NonUnit, n, &mut ap, Par::Seq, buf.workspace()).unwrap();
                let want = c64::new(1.0, 0.0) / d.to_c64();
                let k = col_start(uplo == Uplo::Upper, n, 1) + if uplo == Uplo::Upper { 1 } else { 0 };
                assert!(cabs(ap[k].to_c64() - want) <= 1e-6 * cabs(want), "tptri 1/{d:?} = {:?}", ap[k]);
                let (ab, ld) = band_of(&a, uplo, 1);
                let mut x = vec![d; n];
                for trans in TRANS {
                    x.fill(d);
                    tbtrs(
                        uplo,
                        trans,
                        Diag::NonUnit,
                        1,
                        MatRef::from_col_major(&ab, 2, n, ld),
                        MatMut::from_col_major(&mut x, n, 1, n),
                    )
                    .unwrap();
                    let want =
                        if trans == Trans::ConjTrans { d.to_c64() / d.to_c64().conj() } else { c64::new(1.0, 0.0) };
                    assert!(x.iter().all(|v| cabs(v.to_c64() - want) < 1e-5), "tbtrs {trans:?}: {x:?}");
                }
            }
        }
    }
}
