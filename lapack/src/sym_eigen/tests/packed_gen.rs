//! Residual tests of the packed generalized drivers `?spgv`, `?spgvd`,
//! `?spgvx`: `A Z - B Z W` (ITYPE 1), `A B Z - Z W` (2), `B A Z - Z W` (3),
//! `Z^H B Z = I` (1, 2), eigenvalues those of the dense `?sygv`, and INFO =
//! n + i for a B that is not positive definite.

use super::*;
use crate::relapack::sygst::Itype;
use crate::sym_eigen::bisection::EigRange;
use crate::sym_eigen::generalized::{sygv, sygv_req};
use crate::sym_eigen::packed::packed_len;
use crate::sym_eigen::packed_gen::*;

/// B = M M^H + n I, rounded to T.
fn hpd<T: TestScalar>(n: usize, rng: &mut Rng) -> Full {
    let m = Full::from_fn(n, n, |_, _| rng.scalar::<T>().to_c64());
    let mut b = mul(&m, &adjoint(&m));
    for i in 0..n {
        *b.at_mut(i, i) = c64::new(b.at(i, i).re + n as f64, 0.0);
        for j in 0..i {
            *b.at_mut(j, i) = b.at(i, j).conj();
        }
    }
    for z in b.d.iter_mut() {
        *z = T::from_c64(*z).to_c64();
    }
    b
}

fn pack_full<T: TestScalar>(uplo: Uplo, h: &Full) -> Vec<T> {
    let n = h.m;
    let mut ap = Vec::with_capacity(packed_len(n));
    for j in 0..n {
        let rows = if uplo == Uplo::Upper { 0..j + 1 } else { j..n };
        for i in rows {
            ap.push(T::from_c64(h.at(i, j)));
        }
    }
    ap
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum PGen {
    Gv,
    Gvd,
    Gvx,
}

fn check_pgen<T: TestScalar>(driver: PGen, itype: Itype, uplo: Uplo, n: usize, seed: u64) {
    let mut rng = Rng::new(seed);
    let (a0, h) = hermitian::<T>(n, uplo, Kind::Random, 1.0, &mut rng);
    let bf = hpd::<T>(n, &mut rng);
    let ctx = format!("{} {driver:?} {itype:?} {uplo:?} n={n}", T::PREFIX);
    let tol = 100.0 * (n.max(1) as f64) * eps::<T>();
    // The dense driver's eigenvalues.
    let mut a = Stored { n, ld: a0.ld, d: a0.d.clone() };
    let ldb = n.max(1);
    let mut bd: Vec<T> = (0..ldb * n).map(|k| T::from_c64(bf.at(k % ldb, k / ldb))).collect();
    let mut wd = vec![T::Real::zero(); n];
    let mut buf = WorkBuffer::new(sygv_req::<T>(Jobz::NoVectors, n));
    let bv = MatMut::from_col_major(&mut bd, n, n, ldb);
    sygv(itype, Jobz::NoVectors, uplo, a.view(), bv, &mut wd, Par::Seq, buf.workspace()).unwrap();
    let range = if n > 2 { EigRange::Indices(1, n - 1) } else { EigRange::All };
    let first = if driver == PGen::Gvx && n > 2 { 1 } else { 0 };
    for jobz in [Jobz::NoVectors, Jobz::Vectors] {
        let mut ap = pack_full::<T>(uplo, &h);
        let mut bp = pack_full::<T>(uplo, &bf);
        let mut w = vec![T::Real::zero(); n];
        let ldz = n + 1;
        let mut zb = vec![T::zero(); ldz * n.max(1)];
        let zr = if jobz == Jobz::Vectors { n } else { 0 };
        let z = MatMut::from_col_major(&mut zb, zr, zr, ldz);
        let m = match driver {
            PGen::Gv => {
                let mut buf = WorkBuffer::new(spgv_req::<T>(jobz, n));
                spgv(itype, jobz, uplo, n, &mut ap, &mut bp, &mut w, z, Par::Seq, buf.workspace()).unwrap();
                n
            }
            PGen::Gvd => {
                let mut buf = WorkBuffer::new(spgvd_req::<T>(jobz, n));
                spgvd(itype, jobz, uplo, n, &mut ap, &mut bp, &mut w, z, Par::Seq, buf.workspace()).unwrap();
                n
            }
            PGen::Gvx => {
                let mut buf = WorkBuffer::new(spgvx_req::<T>(jobz, n));
                let mut ifail = vec![None; n];
                let (m, r) = spgvx(
                    itype,
                    jobz,
                    range,
                    uplo,
                    n,
                    &mut ap,
                    &mut bp,
                    T::Real::zero(),
                    &mut w,
                    z,
                    &mut ifail,
                    Par::Seq,
                    buf.workspace(),
                );
                r.unwrap();
                m
            }
        };
        let w: Vec<f64> = w[..m].iter().map(|x| x.to_f64()).collect();
        for (k, x) in w.iter().enumerate() {
            let y = wd[first + k].to_f64();
            assert!((x - y).abs() <= tol * (1.0 + y.abs()), "{ctx} {jobz:?}: w[{k}] differs from sygv's");
        }
        if jobz == Jobz::NoVectors {
            continue;
        }
        let z = Full::from_fn(n, m, |i, j| zb[i + j * ldz].to_c64());
        let zw = Full::from_fn(n, m, |i, j| z.at(i, j) * w[j]);
        let (lhs, rhs) = match itype {
            Itype::AxLambdaBx => (mul(&h, &z), mul(&bf, &zw)),
            Itype::ABxLambdaX => (mul(&h, &mul(&bf, &z)), zw),
            Itype::BAxLambdaX => (mul(&bf, &mul(&h, &z)), zw),
        };
        let scale = (max_abs(&h) * max_abs(&bf) * max_abs(&z).max(1.0)).max(1e-300);
        let res = diff(&lhs, &rhs) / scale;
        assert!(res <= tol, "{ctx}: residual {res:e}");
        if itype != Itype::BAxLambdaX {
            let orth = diff(&mul_op(Trans::ConjTrans, &z, Trans::No, &mul(&bf, &z)), &identity(m));
            assert!(orth <= tol * max_abs(&bf).max(1.0), "{ctx}: |Z^H B Z - I| = {orth:e}");
        }
    }
}

fn pgen_all<T: TestScalar>() {
    for driver in [PGen::Gv, PGen::Gvd, PGen::Gvx] {
        for itype in [Itype::AxLambdaBx, Itype::ABxLambdaX, Itype::BAxLambdaX] {
            for (s, &n) in [0usize, 1, 2, 3, 17].iter().enumerate() {
                for uplo in [Uplo::Upper, Uplo::Lower] {
                    check_pgen::<T>(driver, itype, uplo, n, s as u64 + 23);
                }
            }
        }
    }
    // B not positive definite: INFO = n + i for its first bad minor.
    let n = 4;
    let bf = Full::from_fn(n, n, |i, j| {
        c64::new(
            if i != j {
                0.0
            } else if i == 2 {
                -1.0
            } else {
                1.0
            },
            0.0,
        )
    });
    let mut rng = Rng::new(1);
    let (_, h) = hermitian::<T>(n, Uplo::Lower, Kind::Random, 1.0, &mut rng);
    for uplo in [Uplo::Upper, Uplo::Lower] {
        let mut ap = pack_full::<T>(uplo, &h);
        let mut bp = pack_full::<T>(uplo, &bf);
        let mut w = vec![T::Real::zero(); n];
        let mut zb = vec![T::zero(); n * n];
        let z = MatMut::from_col_major(&mut zb, n, n, n);
        let mut buf = WorkBuffer::new(spgvd_req::<T>(Jobz::Vectors, n));
        let r =
            spgvd(Itype::AxLambdaBx, Jobz::Vectors, uplo, n, &mut ap, &mut bp, &mut w, z, Par::Seq, buf.workspace());
        assert_eq!(r, Err(crate::Info::new(n + 3)));
    }
}

mod residual {
    use super::*;
    all_types!(spgv_spgvd_spgvx_residuals, pgen_all);
}
