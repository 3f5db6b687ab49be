//! The nonsymmetric eigenproblem through our Fortran symbols against
//! Debian's reference LAPACK (3.11) on identical inputs: `?gebal` must give
//! the same permutation, the same powers of two and the same balanced matrix
//! bit for bit; `?geev` the same eigenvalues and eigenvectors (same
//! normalization: unit 2-norm, largest component real; a real vector's sign
//! is free) to a small multiple of `n eps |A|` over the eigenvalue
//! separation. The order of the eigenvalues may differ: ferroblas's `?lahqr`
//! takes its exceptional shifts as LAPACK 3.12 does (after 6 and 12 sweeps
//! without deflation), Debian's 3.11 at the 10th and 20th sweep, so the
//! deflation order can differ; eigenpairs are matched by eigenvalue.

#![allow(clippy::too_many_arguments, clippy::type_complexity)]

use ferroblas_capi::generated::fortran as f;
use ferroblas_tests::reference::{lapack_fn, ours};
use ferroblas_tests::{c32, c64, Rng, TestScalar};

fn mag(z: c64) -> f64 {
    z.re.hypot(z.im)
}

type Gebal<T, R> =
    unsafe extern "C" fn(*const u8, *const i32, *mut T, *const i32, *mut i32, *mut i32, *mut R, *mut i32);

/// A random `n x n` matrix (leading dimension `n + 2`) with entries graded
/// over many binades and about a third of them zero (so rows and columns
/// get isolated).
fn graded<T: TestScalar>(rng: &mut Rng, n: usize) -> (Vec<T>, usize) {
    let ld = n + 2;
    let mut a = vec![T::zero(); ld * n.max(1)];
    for j in 0..n {
        for i in 0..n {
            let r = T::random(rng);
            if mag(r.to_c64()) < 0.35 && i != j {
                continue;
            }
            let e = ((i as i32) - (j as i32)) * 4 + (mag(r.to_c64()) * 10.0) as i32;
            a[i + j * ld] = r * T::from_f64s(2f64.powi(e), 0.0);
        }
    }
    (a, ld)
}

fn gebal_case<T: TestScalar, R: TestScalar>(our: *const ()) {
    let theirs: Gebal<T, R> = lapack_fn(&format!("{}gebal_", T::PREFIX));
    let our: Gebal<T, R> = ours(our);
    let mut rng = Rng::new(5);
    for n in [0usize, 1, 2, 3, 5, 8, 13, 30] {
        for job in [b'N', b'P', b'S', b'B'] {
            for _ in 0..4 {
                let (a0, ld) = graded::<T>(&mut rng, n);
                let (mut a1, mut a2) = (a0.clone(), a0.clone());
                let (mut s1, mut s2) = (vec![R::zero(); n.max(1)], vec![R::zero(); n.max(1)]);
                let (mut lo1, mut hi1, mut lo2, mut hi2, mut i1, mut i2) = (0, 0, 0, 0, 0, 0);
                let (ni, ldi) = (n as i32, ld as i32);
                // SAFETY: the arrays have the sizes the arguments declare.
                unsafe {
                    our(&job, &ni, a1.as_mut_ptr(), &ldi, &mut lo1, &mut hi1, s1.as_mut_ptr(), &mut i1);
                    theirs(&job, &ni, a2.as_mut_ptr(), &ldi, &mut lo2, &mut hi2, s2.as_mut_ptr(), &mut i2);
                }
                let ctx = format!("{}gebal job={} n={n}", T::PREFIX, job as char);
                assert_eq!((i1, lo1, hi1), (i2, lo2, hi2), "{ctx}: info, ilo, ihi");
                assert!(
                    s1[..n].iter().zip(&s2[..n]).all(|(x, y)| x.bits() == y.bits()),
                    "{ctx}: scale {s1:?} vs {s2:?}"
                );
                assert!(a1.iter().zip(&a2).all(|(x, y)| x.bits() == y.bits()), "{ctx}: balanced matrix differs");
            }
        }
    }
}

#[test]
fn lapack_gebal_matches_the_reference_bit_for_bit() {
    gebal_case::<f32, f32>(f::sgebal_ as *const ());
    gebal_case::<f64, f64>(f::dgebal_ as *const ());
    gebal_case::<c32, f32>(f::cgebal_ as *const ());
    gebal_case::<c64, f64>(f::zgebal_ as *const ());
}

type Dgeev = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const i32,
    *mut f64,
    *const i32,
    *mut f64,
    *mut f64,
    *mut f64,
    *const i32,
    *mut f64,
    *const i32,
    *mut f64,
    *const i32,
    *mut i32,
);

type Zgeev = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const i32,
    *mut c64,
    *const i32,
    *mut c64,
    *mut c64,
    *const i32,
    *mut c64,
    *const i32,
    *mut c64,
    *const i32,
    *mut f64,
    *mut i32,
);

/// Random matrices of order `n` with leading dimension `n + 1`.
fn random<T: TestScalar>(rng: &mut Rng, n: usize) -> (Vec<T>, usize) {
    let ld = n + 1;
    ((0..ld * n.max(1)).map(|_| T::random(rng)).collect(), ld)
}

#[test]
fn lapack_dgeev_matches_the_reference() {
    let theirs: Dgeev = lapack_fn("dgeev_");
    let our: Dgeev = ours(f::dgeev_ as *const ());
    let mut rng = Rng::new(17);
    for n in [0usize, 1, 2, 3, 4, 7, 12, 25] {
        for (jl, jr) in [(b'V', b'V'), (b'N', b'V'), (b'V', b'N'), (b'N', b'N')] {
            let (a0, ld) = random::<f64>(&mut rng, n);
            let mut outs = Vec::new();
            for f in [our, theirs] {
                let mut a = a0.clone();
                let (mut wr, mut wi) = (vec![0.0; n.max(1)], vec![0.0; n.max(1)]);
                let (mut vl, mut vr) = (vec![0.0; ld * n.max(1)], vec![0.0; ld * n.max(1)]);
                let lwork = 8 * n as i32 + 64;
                let mut work = vec![0.0; lwork as usize];
                let (ni, ldi) = (n as i32, ld as i32);
                let mut info = 0;
                // SAFETY: the arrays have the sizes the arguments declare.
                unsafe {
                    f(
                        &jl,
                        &jr,
                        &ni,
                        a.as_mut_ptr(),
                        &ldi,
                        wr.as_mut_ptr(),
                        wi.as_mut_ptr(),
                        vl.as_mut_ptr(),
                        &ldi,
                        vr.as_mut_ptr(),
                        &ldi,
                        work.as_mut_ptr(),
                        &lwork,
                        &mut info,
                    );
                }
                outs.push((info, wr, wi, vl, vr));
            }
            let (o, t) = (&outs[0], &outs[1]);
            let ctx = format!("dgeev {}{} n={n}", jl as char, jr as char);
            assert_eq!(o.0, t.0, "{ctx}: info");
            let ow: Vec<c64> = (0..n).map(|i| c64::new(o.1[i], o.2[i])).collect();
            let tw: Vec<c64> = (0..n).map(|i| c64::new(t.1[i], t.2[i])).collect();
            let tol = 1e3 * f64::EPSILON * (n.max(1) as f64);
            for i in 0..n {
                let j = nearest(&tw, ow[i]);
                assert!(mag(ow[i] - tw[j]) < tol, "{ctx}: eigenvalue {i}: {:?} vs {:?}", ow[i], tw[j]);
                for (want, x, y) in [(jl == b'V', &o.3, &t.3), (jr == b'V', &o.4, &t.4)] {
                    if !want {
                        continue;
                    }
                    // The vector of eigenvalue i: column i, or columns (i, i+1) / (i-1, i) of a pair.
                    let vec_of = |v: &[f64], w: &[c64], i: usize| -> Vec<c64> {
                        let (re, im, sg) = if w[i].im > 0.0 {
                            (i, Some(i + 1), 1.0)
                        } else if w[i].im < 0.0 {
                            (i - 1, Some(i), -1.0)
                        } else {
                            (i, None, 0.0)
                        };
                        (0..n).map(|k| c64::new(v[k + re * ld], im.map_or(0.0, |c| sg * v[k + c * ld]))).collect()
                    };
                    let (p, q) = (vec_of(x, &ow, i), vec_of(y, &tw, j));
                    let same = p.iter().zip(&q).map(|(a, b)| mag(*a - *b)).fold(0.0, f64::max);
                    let flip = p.iter().zip(&q).map(|(a, b)| mag(*a + *b)).fold(0.0, f64::max);
                    assert!(same.min(flip) < 1e-8, "{ctx}: eigenvector {i} differs by {:e}", same.min(flip));
                }
            }
        }
    }
}

/// The index of the entry of `w` nearest to `z`.
fn nearest(w: &[c64], z: c64) -> usize {
    (0..w.len()).fold(0, |b, k| if mag(w[k] - z) < mag(w[b] - z) { k } else { b })
}

#[test]
fn lapack_zgeev_matches_the_reference() {
    let theirs: Zgeev = lapack_fn("zgeev_");
    let our: Zgeev = ours(f::zgeev_ as *const ());
    let mut rng = Rng::new(19);
    for n in [0usize, 1, 2, 3, 4, 7, 12, 25] {
        for (jl, jr) in [(b'V', b'V'), (b'N', b'V'), (b'V', b'N'), (b'N', b'N')] {
            let (a0, ld) = random::<c64>(&mut rng, n);
            let mut outs = Vec::new();
            for f in [our, theirs] {
                let mut a = a0.clone();
                let mut w = vec![c64::new(0.0, 0.0); n.max(1)];
                let (mut vl, mut vr) =
                    (vec![c64::new(0.0, 0.0); ld * n.max(1)], vec![c64::new(0.0, 0.0); ld * n.max(1)]);
                let lwork = 8 * n as i32 + 64;
                let mut work = vec![c64::new(0.0, 0.0); lwork as usize];
                let mut rwork = vec![0.0; 2 * n.max(1)];
                let (ni, ldi) = (n as i32, ld as i32);
                let mut info = 0;
                // SAFETY: the arrays have the sizes the arguments declare.
                unsafe {
                    f(
                        &jl,
                        &jr,
                        &ni,
                        a.as_mut_ptr(),
                        &ldi,
                        w.as_mut_ptr(),
                        vl.as_mut_ptr(),
                        &ldi,
                        vr.as_mut_ptr(),
                        &ldi,
                        work.as_mut_ptr(),
                        &lwork,
                        rwork.as_mut_ptr(),
                        &mut info,
                    );
                }
                outs.push((info, w, vl, vr));
            }
            let (o, t) = (&outs[0], &outs[1]);
            let ctx = format!("zgeev {}{} n={n}", jl as char, jr as char);
            assert_eq!(o.0, t.0, "{ctx}: info");
            let tol = 1e4 * f64::EPSILON * (n.max(1) as f64);
            for i in 0..n {
                let j = nearest(&t.1, o.1[i]);
                assert!(mag(o.1[i] - t.1[j]) < tol, "{ctx}: eigenvalue {i}: {:?} vs {:?}", o.1[i], t.1[j]);
                for (want, x, y) in [(jl == b'V', &o.2, &t.2), (jr == b'V', &o.3, &t.3)] {
                    if want {
                        let d = (0..n).map(|k| mag(x[k + i * ld] - y[k + j * ld])).fold(0.0, f64::max);
                        assert!(d < 1e-8, "{ctx}: eigenvector {i} differs by {d:e}");
                    }
                }
            }
        }
    }
}
