//! Residual tests of the generalized drivers `?sygv`, `?sygvd`, `?sygvx`:
//! `A Z - B Z W` (ITYPE 1), `A B Z - Z W` (2), `B A Z - Z W` (3), the
//! B-orthonormality `Z^H B Z = I` (1, 2), eigenvalues agreeing between the
//! drivers, and INFO = n + i for a B that is not positive definite.

use super::*;
use crate::relapack::sygst::Itype;
use crate::sym_eigen::bisection::EigRange;
use crate::sym_eigen::generalized::*;

/// A well-conditioned Hermitian positive definite B = M M^H + n I, rounded
/// to T, stored in full with leading dimension n + 2.
fn hpd_matrix<T: TestScalar>(n: usize, rng: &mut Rng) -> (Stored<T>, Full) {
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
    let ld = n + 2;
    let mut d = vec![T::zero(); ld * n.max(1)];
    for j in 0..n {
        for i in 0..n {
            d[i + j * ld] = T::from_c64(b.at(i, j));
        }
    }
    (Stored { n, ld, d }, b)
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Gen {
    Gv,
    Gvd,
    Gvx,
}

fn check_gen<T: TestScalar>(driver: Gen, itype: Itype, uplo: Uplo, n: usize, seed: u64) {
    let mut rng = Rng::new(seed);
    let (a0, h) = hermitian::<T>(n, uplo, Kind::Random, 1.0, &mut rng);
    let (b0, bf) = hpd_matrix::<T>(n, &mut rng);
    let ctx = format!("{} {driver:?} {itype:?} {uplo:?} n={n}", T::PREFIX);
    let tol = 100.0 * (n.max(1) as f64) * eps::<T>();
    let mut wref: Option<Vec<f64>> = None;
    for jobz in [Jobz::NoVectors, Jobz::Vectors] {
        let mut a = Stored { n, ld: a0.ld, d: a0.d.clone() };
        let mut b = Stored { n, ld: b0.ld, d: b0.d.clone() };
        let mut w = vec![T::Real::zero(); n];
        let ldz = n + 1;
        let mut zb = vec![T::zero(); ldz * n.max(1)];
        let m = match driver {
            Gen::Gv => {
                let mut buf = WorkBuffer::new(sygv_req::<T>(jobz, n));
                sygv(itype, jobz, uplo, a.view(), b.view(), &mut w, Par::Seq, buf.workspace()).unwrap();
                n
            }
            Gen::Gvd => {
                let mut buf = WorkBuffer::new(sygvd_req::<T>(jobz, n));
                sygvd(itype, jobz, uplo, a.view(), b.view(), &mut w, Par::Seq, buf.workspace()).unwrap();
                n
            }
            Gen::Gvx => {
                let mut buf = WorkBuffer::new(sygvx_req::<T>(jobz, n));
                let mut ifail = vec![None; n];
                let zr = if jobz == Jobz::Vectors { n } else { 0 };
                let z = MatMut::from_col_major(&mut zb, zr, n, ldz);
                let range = if n > 2 { EigRange::Indices(1, n - 1) } else { EigRange::All };
                let (m, r) = sygvx(
                    itype,
                    jobz,
                    range,
                    uplo,
                    a.view(),
                    b.view(),
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
        assert!(w.windows(2).all(|p| p[0] <= p[1]), "{ctx}: not ascending");
        match &wref {
            None => wref = Some(w.clone()),
            Some(r) => {
                for (x, y) in w.iter().zip(r) {
                    assert!((x - y).abs() <= tol * (1.0 + y.abs()), "{ctx}: N and V eigenvalues differ");
                }
            }
        }
        if jobz == Jobz::NoVectors {
            continue;
        }
        let z = if driver == Gen::Gvx {
            Full::from_fn(n, m, |i, j| zb[i + j * ldz].to_c64())
        } else {
            Full::from_fn(n, n, |i, j| a.get(i, j))
        };
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

fn gen_all<T: TestScalar>() {
    for driver in [Gen::Gv, Gen::Gvd, Gen::Gvx] {
        for itype in [Itype::AxLambdaBx, Itype::ABxLambdaX, Itype::BAxLambdaX] {
            for (s, &n) in [0usize, 1, 2, 5, 12].iter().enumerate() {
                let uplo = if s % 2 == 0 { Uplo::Lower } else { Uplo::Upper };
                check_gen::<T>(driver, itype, uplo, n, s as u64 + 17);
            }
        }
    }
    // B not positive definite: INFO = n + i for its first bad minor.
    let n = 4;
    let mut rng = Rng::new(1);
    let (a0, _) = hermitian::<T>(n, Uplo::Lower, Kind::Random, 1.0, &mut rng);
    let mut b = Stored { n, ld: n, d: vec![T::zero(); n * n] };
    for i in 0..n {
        b.d[i + i * n] = T::from_c64(c64::new(if i == 2 { -1.0 } else { 1.0 }, 0.0));
    }
    let mut w = vec![T::Real::zero(); n];
    let mut buf = WorkBuffer::new(sygv_req::<T>(Jobz::Vectors, n));
    let mut a = Stored { n, ld: a0.ld, d: a0.d.clone() };
    let r = sygv(Itype::AxLambdaBx, Jobz::Vectors, Uplo::Lower, a.view(), b.view(), &mut w, Par::Seq, buf.workspace());
    assert_eq!(r, Err(crate::Info::new(n + 3)));
}

mod residual {
    use super::*;
    all_types!(sygv_sygvd_sygvx_residuals, gen_all);
}
