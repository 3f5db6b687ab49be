//! The Householder machinery and QR through our Fortran symbols against
//! Debian's reference LAPACK (3.11) on identical inputs: `?larfg`/`?larfgp`
//! (scaled near underflow and overflow too), `?larft`/`?larfb` in every
//! direction, storage, side and transposition, and `?geqrf`, `?orgqr`/`?ungqr`
//! and `?ormqr`/`?unmqr`. The results agree to a small multiple of
//! `n eps |A|` (the summation orders differ), which also proves the
//! conventions (signs, conjugations, storage) are the reference's.

#![allow(clippy::too_many_arguments, clippy::type_complexity)]

use ferroblas_capi::generated::fortran as f;
use ferroblas_tests::reference::{lapack_fn, ours};
use ferroblas_tests::{c32, c64, Rng, TestScalar};

fn mag(z: c64) -> f64 {
    z.re.hypot(z.im)
}

/// The largest `|a_i - b_i|` over two arrays.
fn max_diff<T: TestScalar>(a: &[T], b: &[T]) -> f64 {
    a.iter().zip(b).map(|(x, y)| mag(x.to_c64() - y.to_c64())).fold(0.0, f64::max)
}

fn max_abs<T: TestScalar>(a: &[T]) -> f64 {
    a.iter().map(|x| mag(x.to_c64())).fold(0.0, f64::max)
}

fn name<T: TestScalar>(stem: &str) -> String {
    let p = T::PREFIX;
    let stem = if T::IS_COMPLEX { stem.replacen("or", "un", 1) } else { stem.to_string() };
    format!("{p}{stem}_")
}

// ---------------------------------------------------------------------------
// ?larfg, ?larfgp

type Larfg<T> = unsafe extern "C" fn(*const i32, *mut T, *mut T, *const i32, *mut T);

fn larfg_case<T: TestScalar>(larfg: *const (), larfgp: *const ()) {
    let mut rng = Rng::new(11);
    for (stem, our) in [("larfg", larfg), ("larfgp", larfgp)] {
        let theirs: Larfg<T> = lapack_fn(&name::<T>(stem));
        let our: Larfg<T> = ours(our);
        for scale in [1.0, 1e-300, 1e300, 1e-30, 1e30, 1e-40] {
            for n in [0i32, 1, 2, 3, 7, 20] {
                for incx in [1i32, 2] {
                    for sign in [1.0, -1.0] {
                        let s = T::from_f64s(scale, 0.0);
                        if !mag(s.to_c64()).is_normal() {
                            continue;
                        }
                        let len = ((n.max(1) - 1) * incx) as usize + 1;
                        let x0: Vec<T> = (0..len).map(|_| T::random(&mut rng) * s).collect();
                        let a0 = T::from_c64(T::random(&mut rng).to_c64() * sign) * s;
                        let (mut a1, mut x1, mut t1) = (a0, x0.clone(), T::zero());
                        let (mut a2, mut x2, mut t2) = (a0, x0.clone(), T::zero());
                        // SAFETY: x holds 1 + (n-1) incx elements.
                        unsafe {
                            our(&n, &mut a1, x1.as_mut_ptr(), &incx, &mut t1);
                            theirs(&n, &mut a2, x2.as_mut_ptr(), &incx, &mut t2);
                        }
                        let ctx = || format!("{}{stem} n={n} incx={incx} scale={scale:e}", T::PREFIX);
                        let tol = 8.0 * T::eps();
                        assert!(max_diff(&[t1], &[t2]) <= tol * 2.0, "{}: tau {t1:?} vs {t2:?}", ctx());
                        assert!(
                            max_diff(&[a1], &[a2]) <= tol * mag(a2.to_c64()) + T::tiny(),
                            "{}: beta {a1:?} vs {a2:?}",
                            ctx()
                        );
                        let xs = max_abs(&x2).max(T::tiny());
                        assert!(max_diff(&x1, &x2) <= 16.0 * T::eps() * xs + T::tiny(), "{}: v differs", ctx());
                    }
                }
            }
        }
    }
}

#[test]
fn lapack_larfg_larfgp_match_the_reference() {
    larfg_case::<f32>(f::slarfg_ as *const (), f::slarfgp_ as *const ());
    larfg_case::<f64>(f::dlarfg_ as *const (), f::dlarfgp_ as *const ());
    larfg_case::<c32>(f::clarfg_ as *const (), f::clarfgp_ as *const ());
    larfg_case::<c64>(f::zlarfg_ as *const (), f::zlarfgp_ as *const ());
}

// ---------------------------------------------------------------------------
// ?larft, ?larfb

type Larft<T> = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const i32,
    *const i32,
    *const T,
    *const i32,
    *const T,
    *mut T,
    *const i32,
    usize,
    usize,
);
type Larfb<T> = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const u8,
    *const u8,
    *const i32,
    *const i32,
    *const i32,
    *const T,
    *const i32,
    *const T,
    *const i32,
    *mut T,
    *const i32,
    *mut T,
    *const i32,
    usize,
    usize,
    usize,
    usize,
);

fn block_case<T: TestScalar>(larft: *const (), larfb: *const ()) {
    let (our_t, our_b): (Larft<T>, Larfb<T>) = (ours(larft), ours(larfb));
    let (ref_t, ref_b): (Larft<T>, Larfb<T>) = (lapack_fn(&name::<T>("larft")), lapack_fn(&name::<T>("larfb")));
    let mut rng = Rng::new(5);
    let trans_letters: &[u8] = if T::IS_COMPLEX { b"NC" } else { b"NT" };
    for &(len, k) in &[(1, 1), (5, 3), (9, 9), (30, 12), (70, 40)] {
        for direct in [b'F', b'B'] {
            for storev in [b'C', b'R'] {
                // V as stored, with a leading dimension two larger than needed.
                let (vr, vc) = if storev == b'C' { (len, k) } else { (k, len) };
                let ldv = vr + 2;
                let v: Vec<T> = (0..ldv * vc).map(|_| T::random(&mut rng)).collect();
                // Reflectors from random vectors: tau = 2 / |v|^2-like sizes keep H tame.
                let tau: Vec<T> = (0..k).map(|_| T::from_f64s(1.0 + 0.5 * rng.sym(), 0.3 * rng.sym())).collect();
                let ldt = k + 1;
                let (mut t1, mut t2) = (vec![T::zero(); ldt * k], vec![T::zero(); ldt * k]);
                let (n_, k_, ldv_, ldt_) = (len as i32, k as i32, ldv as i32, ldt as i32);
                // SAFETY: the arrays hold what the dimensions declare.
                unsafe {
                    our_t(&direct, &storev, &n_, &k_, v.as_ptr(), &ldv_, tau.as_ptr(), t1.as_mut_ptr(), &ldt_, 1, 1);
                    ref_t(&direct, &storev, &n_, &k_, v.as_ptr(), &ldv_, tau.as_ptr(), t2.as_mut_ptr(), &ldt_, 1, 1);
                }
                let scale = max_abs(&t2).max(1.0);
                let ctx = format!("{}larft {} {} len={len} k={k}", T::PREFIX, direct as char, storev as char);
                assert!(max_diff(&t1, &t2) <= 100.0 * len as f64 * T::eps() * scale * scale, "{ctx}: T differs");
                for side in [b'L', b'R'] {
                    for &trans in trans_letters {
                        let (m, n) = if side == b'L' { (len, 6) } else { (5, len) };
                        let ldc = m + 1;
                        let c0: Vec<T> = (0..ldc * n).map(|_| T::random(&mut rng)).collect();
                        let (mut c1, mut c2) = (c0.clone(), c0.clone());
                        let ldw = if side == b'L' { n } else { m } + 3;
                        let (mut w1, mut w2) = (vec![T::zero(); ldw * k], vec![T::zero(); ldw * k]);
                        let (m_, nn, ldc_, ldw_) = (m as i32, n as i32, ldc as i32, ldw as i32);
                        // SAFETY: as above.
                        unsafe {
                            our_b(
                                &side,
                                &trans,
                                &direct,
                                &storev,
                                &m_,
                                &nn,
                                &k_,
                                v.as_ptr(),
                                &ldv_,
                                t2.as_ptr(),
                                &ldt_,
                                c1.as_mut_ptr(),
                                &ldc_,
                                w1.as_mut_ptr(),
                                &ldw_,
                                1,
                                1,
                                1,
                                1,
                            );
                            ref_b(
                                &side,
                                &trans,
                                &direct,
                                &storev,
                                &m_,
                                &nn,
                                &k_,
                                v.as_ptr(),
                                &ldv_,
                                t2.as_ptr(),
                                &ldt_,
                                c2.as_mut_ptr(),
                                &ldc_,
                                w2.as_mut_ptr(),
                                &ldw_,
                                1,
                                1,
                                1,
                                1,
                            );
                        }
                        let scale = max_abs(&c2).max(1.0);
                        assert!(
                            max_diff(&c1, &c2) <= 100.0 * len as f64 * T::eps() * scale,
                            "{ctx}: larfb side {} trans {} differs by {:e}",
                            side as char,
                            trans as char,
                            max_diff(&c1, &c2)
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn lapack_larft_larfb_match_the_reference() {
    block_case::<f32>(f::slarft_ as *const (), f::slarfb_ as *const ());
    block_case::<f64>(f::dlarft_ as *const (), f::dlarfb_ as *const ());
    block_case::<c32>(f::clarft_ as *const (), f::clarfb_ as *const ());
    block_case::<c64>(f::zlarft_ as *const (), f::zlarfb_ as *const ());
}

// ---------------------------------------------------------------------------
// ?geqrf, ?orgqr, ?ormqr

type Geqrf<T> = unsafe extern "C" fn(*const i32, *const i32, *mut T, *const i32, *mut T, *mut T, *const i32, *mut i32);
type Orgqr<T> = unsafe extern "C" fn(
    *const i32,
    *const i32,
    *const i32,
    *mut T,
    *const i32,
    *const T,
    *mut T,
    *const i32,
    *mut i32,
);
type Ormqr<T> = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const i32,
    *const i32,
    *const i32,
    *const T,
    *const i32,
    *const T,
    *mut T,
    *const i32,
    *mut T,
    *const i32,
    *mut i32,
    usize,
    usize,
);

fn qr_case<T: TestScalar>(geqrf: *const (), orgqr: *const (), ormqr: *const ()) {
    let (our_f, our_g, our_m): (Geqrf<T>, Orgqr<T>, Ormqr<T>) = (ours(geqrf), ours(orgqr), ours(ormqr));
    let ref_f: Geqrf<T> = lapack_fn(&name::<T>("geqrf"));
    let ref_g: Orgqr<T> = lapack_fn(&name::<T>("orgqr"));
    let ref_m: Ormqr<T> = lapack_fn(&name::<T>("ormqr"));
    let mut rng = Rng::new(3);
    let trans_letters: &[u8] = if T::IS_COMPLEX { b"NC" } else { b"NT" };
    for &(m, n) in &[(0, 0), (1, 1), (4, 3), (3, 4), (40, 40), (130, 70), (70, 130), (300, 100)] {
        let lda = m + 3;
        let a0: Vec<T> = (0..lda * n.max(1)).map(|_| T::random(&mut rng)).collect();
        let k = m.min(n);
        let (m_, n_, k_, lda_) = (m as i32, n as i32, k as i32, lda as i32);
        let lwork = (n.max(m) * 80 + 4160) as i32;
        let run = |geqrf: Geqrf<T>, orgqr: Orgqr<T>| {
            let mut a = a0.clone();
            let mut tau = vec![T::zero(); k.max(1)];
            let mut w = vec![T::zero(); lwork as usize];
            let mut info = 0;
            // SAFETY: the arrays hold what the dimensions declare.
            unsafe { geqrf(&m_, &n_, a.as_mut_ptr(), &lda_, tau.as_mut_ptr(), w.as_mut_ptr(), &lwork, &mut info) };
            assert_eq!(info, 0);
            let mut q = a.clone();
            // SAFETY: as above; Q is m x k from the first k columns.
            unsafe { orgqr(&m_, &k_, &k_, q.as_mut_ptr(), &lda_, tau.as_ptr(), w.as_mut_ptr(), &lwork, &mut info) };
            assert_eq!(info, 0);
            (a, tau, q)
        };
        let (a1, tau1, q1) = run(our_f, our_g);
        let (a2, tau2, q2) = run(ref_f, ref_g);
        let ctx = format!("{} m={m} n={n}", T::PREFIX);
        let tol = 50.0 * m.max(n).max(1) as f64 * T::eps();
        let anorm = max_abs(&a0).max(1.0);
        assert!(max_diff(&a1, &a2) <= tol * anorm, "{ctx}: geqrf's R and V differ by {:e}", max_diff(&a1, &a2));
        assert!(max_diff(&tau1, &tau2) <= tol, "{ctx}: tau differs");
        let q_used = lda * k;
        assert!(max_diff(&q1[..q_used], &q2[..q_used]) <= tol, "{ctx}: orgqr's Q differs");
        // ormqr on the reference's factor, both sides and transpositions.
        for side in [b'L', b'R'] {
            for &trans in trans_letters {
                let (cm, cn) = if side == b'L' { (m, 5) } else { (5, m) };
                let ldc = cm + 1;
                let c0: Vec<T> = (0..ldc * cn.max(1)).map(|_| T::random(&mut rng)).collect();
                let (mut c1, mut c2) = (c0.clone(), c0.clone());
                let (cm_, cn_, ldc_) = (cm as i32, cn as i32, ldc as i32);
                let mut w = vec![T::zero(); lwork as usize];
                let (mut i1, mut i2) = (0, 0);
                // SAFETY: as above; A holds k reflectors of length m.
                unsafe {
                    our_m(
                        &side,
                        &trans,
                        &cm_,
                        &cn_,
                        &k_,
                        a2.as_ptr(),
                        &lda_,
                        tau2.as_ptr(),
                        c1.as_mut_ptr(),
                        &ldc_,
                        w.as_mut_ptr(),
                        &lwork,
                        &mut i1,
                        1,
                        1,
                    );
                    ref_m(
                        &side,
                        &trans,
                        &cm_,
                        &cn_,
                        &k_,
                        a2.as_ptr(),
                        &lda_,
                        tau2.as_ptr(),
                        c2.as_mut_ptr(),
                        &ldc_,
                        w.as_mut_ptr(),
                        &lwork,
                        &mut i2,
                        1,
                        1,
                    );
                }
                assert_eq!((i1, i2), (0, 0));
                assert!(
                    max_diff(&c1, &c2) <= tol,
                    "{ctx}: ormqr side {} trans {} differs by {:e}",
                    side as char,
                    trans as char,
                    max_diff(&c1, &c2)
                );
            }
        }
    }
}

#[test]
fn lapack_geqrf_orgqr_ormqr_match_the_reference() {
    qr_case::<f32>(f::sgeqrf_ as *const (), f::sorgqr_ as *const (), f::sormqr_ as *const ());
    qr_case::<f64>(f::dgeqrf_ as *const (), f::dorgqr_ as *const (), f::dormqr_ as *const ());
    qr_case::<c32>(f::cgeqrf_ as *const (), f::cungqr_ as *const (), f::cunmqr_ as *const ());
    qr_case::<c64>(f::zgeqrf_ as *const (), f::zungqr_ as *const (), f::zunmqr_ as *const ());
}
