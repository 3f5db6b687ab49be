//! The reference's remaining auxiliary interfaces through our Fortran
//! symbols against Debian's reference LAPACK (3.11) on identical inputs:
//! `?trsyl3` (also by its residual), the rotation vectors `?largv`, `?lartv`,
//! `?lar2v` (also against a scalar loop), `?larcm` (also against `?lacrm` on
//! the transposes), the pieces of `?ladiv` (`?ladiv1`, `?ladiv2`), `?larmm`,
//! and `?lacon` (also against our `?lacn2` on the same sequence).

#![allow(clippy::too_many_arguments, clippy::type_complexity)]

use ferroblas_capi::generated::fortran as f;
use ferroblas_kernels::scalar::RealScalar;
use ferroblas_tests::reference::{lapack_fn, ours};
use ferroblas_tests::{c32, c64, mag, Rng, TestScalar};

type R<T> = <T as ferroblas_kernels::scalar::Scalar>::Real;

fn close<T: TestScalar>(a: T, b: T, scale: f64, tol: f64, ctx: &str) {
    let d = mag(a.to_c64() - b.to_c64());
    assert!(d <= tol * T::eps() * scale.max(1e-300), "{ctx}: {a:?} vs {b:?} (diff {d:e}, scale {scale:e})");
}

// ------------------------------------------------------------------ rotations

type Largv<T> = unsafe extern "C" fn(*const i32, *mut T, *const i32, *mut T, *const i32, *mut R<T>, *const i32);
type Lartv<T> =
    unsafe extern "C" fn(*const i32, *mut T, *const i32, *mut T, *const i32, *const R<T>, *const T, *const i32);
type Lar2v<T> = unsafe extern "C" fn(*const i32, *mut T, *mut T, *mut T, *const i32, *const R<T>, *const T, *const i32);

fn rotations_case<T: TestScalar>(largv: *const (), lartv: *const (), lar2v: *const ()) {
    let p = T::PREFIX;
    let (rg, og): (Largv<T>, Largv<T>) = (lapack_fn(&format!("{p}largv_")), ours(largv));
    let (rt, ot): (Lartv<T>, Lartv<T>) = (lapack_fn(&format!("{p}lartv_")), ours(lartv));
    let (r2, o2): (Lar2v<T>, Lar2v<T>) = (lapack_fn(&format!("{p}lar2v_")), ours(lar2v));
    let mut rng = Rng::new(7);
    for n in [0usize, 1, 2, 3, 7, 16] {
        for (incx, incy, incc) in [(1usize, 1usize, 1usize), (2, 3, 2)] {
            let ctx = format!("{p} n={n} inc=({incx},{incy},{incc})");
            let ni = n as i32;
            let (ix, iy, ic) = (incx as i32, incy as i32, incc as i32);
            let len = |inc: usize| 1 + n.saturating_sub(1) * inc;
            // largv, with exact zeros mixed in (the special branches).
            let mut x: Vec<T> = (0..len(incx)).map(|_| T::random(&mut rng)).collect();
            let mut y: Vec<T> = (0..len(incy)).map(|_| T::random(&mut rng)).collect();
            if n > 2 {
                y[0] = T::zero();
                x[incx] = T::zero();
            }
            let (mut x2, mut y2) = (x.clone(), y.clone());
            let mut c: Vec<R<T>> = vec![R::<T>::from_f64(9.0); len(incc)];
            let mut c2 = c.clone();
            // SAFETY: the arrays hold n elements at their increments.
            unsafe {
                og(&ni, x.as_mut_ptr(), &ix, y.as_mut_ptr(), &iy, c.as_mut_ptr(), &ic);
                rg(&ni, x2.as_mut_ptr(), &ix, y2.as_mut_ptr(), &iy, c2.as_mut_ptr(), &ic);
            }
            for k in 0..n {
                let (xo, yo, co) = (x[k * incx], y[k * incy], T::from_real(c[k * incc]));
                close(xo, x2[k * incx], mag(x2[k * incx].to_c64()), 8.0, &format!("{ctx} largv r[{k}]"));
                close(yo, y2[k * incy], 1.0, 8.0, &format!("{ctx} largv s[{k}]"));
                close(co, T::from_real(c2[k * incc]), 1.0, 8.0, &format!("{ctx} largv c[{k}]"));
            }
            // The generated rotations, applied by lartv and by lar2v.
            let cs: Vec<R<T>> = c.clone();
            let ss: Vec<T> =
                (0..len(incc)).map(|k| if k % incc == 0 { y[(k / incc) * incy] } else { T::zero() }).collect();
            let mut u: Vec<T> = (0..len(incx)).map(|_| T::random(&mut rng)).collect();
            let mut v: Vec<T> = (0..len(incy)).map(|_| T::random(&mut rng)).collect();
            let (u0, v0) = (u.clone(), v.clone());
            let (mut u2, mut v2) = (u.clone(), v.clone());
            // SAFETY: as above.
            unsafe {
                ot(&ni, u.as_mut_ptr(), &ix, v.as_mut_ptr(), &iy, cs.as_ptr(), ss.as_ptr(), &ic);
                rt(&ni, u2.as_mut_ptr(), &ix, v2.as_mut_ptr(), &iy, cs.as_ptr(), ss.as_ptr(), &ic);
            }
            for k in 0..n {
                let (ck, sk) = (T::from_real(cs[k * incc]), ss[k * incc]);
                let (a, b) = (u0[k * incx], v0[k * incy]);
                // The scalar loop: [c s; -conj(s) c] [a; b].
                let (ea, eb) = (ck * a + sk * b, ck * b - sk.conj() * a);
                close(u[k * incx], ea, 2.0, 8.0, &format!("{ctx} lartv x[{k}]"));
                close(v[k * incy], eb, 2.0, 8.0, &format!("{ctx} lartv y[{k}]"));
                close(u[k * incx], u2[k * incx], 2.0, 8.0, &format!("{ctx} lartv x[{k}] vs reference"));
                close(v[k * incy], v2[k * incy], 2.0, 8.0, &format!("{ctx} lartv y[{k}] vs reference"));
            }
            // lar2v: x, y, z share incx.
            let real = |rng: &mut Rng| T::from_f64s(rng.sym(), 0.0);
            let mut xa: Vec<T> = (0..len(incx)).map(|_| real(&mut rng)).collect();
            let mut ya: Vec<T> = (0..len(incx)).map(|_| real(&mut rng)).collect();
            let mut za: Vec<T> = (0..len(incx)).map(|_| T::random(&mut rng)).collect();
            let (x0, y0, z0) = (xa.clone(), ya.clone(), za.clone());
            let (mut xb, mut yb, mut zb) = (xa.clone(), ya.clone(), za.clone());
            // SAFETY: as above.
            unsafe {
                o2(&ni, xa.as_mut_ptr(), ya.as_mut_ptr(), za.as_mut_ptr(), &ix, cs.as_ptr(), ss.as_ptr(), &ic);
                r2(&ni, xb.as_mut_ptr(), yb.as_mut_ptr(), zb.as_mut_ptr(), &ix, cs.as_ptr(), ss.as_ptr(), &ic);
            }
            for k in 0..n {
                let (ck, sk) = (T::from_real(cs[k * incc]), ss[k * incc]);
                let (xm, ym, zm) = (x0[k * incx], y0[k * incx], z0[k * incx]);
                // R M R^H by explicit 2x2 products.
                let rr = [[ck, sk.conj()], [-sk, ck]];
                let mm = [[xm, zm], [zm.conj(), ym]];
                let mut rm = [[T::zero(); 2]; 2];
                let mut out = [[T::zero(); 2]; 2];
                for i in 0..2 {
                    for j in 0..2 {
                        rm[i][j] = rr[i][0] * mm[0][j] + rr[i][1] * mm[1][j];
                    }
                }
                for i in 0..2 {
                    for j in 0..2 {
                        out[i][j] = rm[i][0] * rr[j][0].conj() + rm[i][1] * rr[j][1].conj();
                    }
                }
                let i = k * incx;
                close(xa[i], T::from_real(out[0][0].re()), 4.0, 16.0, &format!("{ctx} lar2v x[{k}]"));
                close(ya[i], T::from_real(out[1][1].re()), 4.0, 16.0, &format!("{ctx} lar2v y[{k}]"));
                close(za[i], out[0][1], 4.0, 16.0, &format!("{ctx} lar2v z[{k}]"));
                close(xa[i], xb[i], 4.0, 16.0, &format!("{ctx} lar2v x[{k}] vs reference"));
                close(ya[i], yb[i], 4.0, 16.0, &format!("{ctx} lar2v y[{k}] vs reference"));
                close(za[i], zb[i], 4.0, 16.0, &format!("{ctx} lar2v z[{k}] vs reference"));
            }
        }
    }
}

#[test]
fn lapack_rotation_vectors_match_a_scalar_loop_and_the_reference() {
    rotations_case::<f32>(f::slargv_ as *const (), f::slartv_ as *const (), f::slar2v_ as *const ());
    rotations_case::<f64>(f::dlargv_ as *const (), f::dlartv_ as *const (), f::dlar2v_ as *const ());
    rotations_case::<c32>(f::clargv_ as *const (), f::clartv_ as *const (), f::clar2v_ as *const ());
    rotations_case::<c64>(f::zlargv_ as *const (), f::zlartv_ as *const (), f::zlar2v_ as *const ());
}

// ------------------------------------------------------------------ larcm

type Larcm<T> = unsafe extern "C" fn(
    *const i32,
    *const i32,
    *const R<T>,
    *const i32,
    *const T,
    *const i32,
    *mut T,
    *const i32,
    *mut R<T>,
);

fn larcm_case<T: TestScalar>(ours_p: *const ()) {
    let theirs: Larcm<T> = lapack_fn(&format!("{}larcm_", T::PREFIX));
    let our: Larcm<T> = ours(ours_p);
    let mut rng = Rng::new(3);
    for (m, n) in [(0usize, 2usize), (2, 0), (1, 1), (3, 2), (5, 7), (17, 4)] {
        let (lda, ldb, ldc) = (m + 1, m + 2, m + 1);
        let a: Vec<R<T>> = (0..lda * m).map(|_| R::<T>::from_f64(rng.sym())).collect();
        let b: Vec<T> = (0..ldb * n).map(|_| T::random(&mut rng)).collect();
        let mut c1 = vec![T::guard(); ldc * n];
        let mut c2 = c1.clone();
        let mut w = vec![R::<T>::from_f64(0.0); 2 * m * n + 1];
        let (mi, ni, la, lb, lc) = (m as i32, n as i32, lda as i32, ldb as i32, ldc as i32);
        // SAFETY: the arrays have the sizes the arguments declare.
        unsafe {
            our(&mi, &ni, a.as_ptr(), &la, b.as_ptr(), &lb, c1.as_mut_ptr(), &lc, w.as_mut_ptr());
            theirs(&mi, &ni, a.as_ptr(), &la, b.as_ptr(), &lb, c2.as_mut_ptr(), &lc, w.as_mut_ptr());
        }
        for j in 0..n {
            for i in 0..ldc {
                let ctx = format!("{}larcm m={m} n={n} ({i},{j})", T::PREFIX);
                if i >= m {
                    assert_eq!(c1[i + j * ldc].bits(), T::guard().bits(), "{ctx}: padding written");
                    continue;
                }
                let mut e = T::zero();
                for k in 0..m {
                    e += T::from_real(a[i + k * lda]) * b[k + j * ldb];
                }
                close(c1[i + j * ldc], e, m as f64 * 2.0, 8.0, &ctx);
                close(c1[i + j * ldc], c2[i + j * ldc], m as f64 * 2.0, 8.0, &format!("{ctx} vs reference"));
            }
        }
    }
}

#[test]
fn lapack_larcm_matches_a_dense_product_and_the_reference() {
    larcm_case::<c32>(f::clarcm_ as *const ());
    larcm_case::<c64>(f::zlarcm_ as *const ());
}

// ------------------------------------------------------------------ scalars

type Ladiv1<F> = unsafe extern "C" fn(*mut F, *const F, *const F, *const F, *mut F, *mut F);
type Ladiv2<F> = unsafe extern "C" fn(*const F, *const F, *const F, *const F, *const F, *const F) -> F;
type Larmm<F> = unsafe extern "C" fn(*const F, *const F, *const F) -> F;

fn scalars_case<F: TestScalar<Real = F> + RealScalar + std::fmt::LowerExp>(
    ladiv1: *const (),
    ladiv2: *const (),
    larmm: *const (),
) {
    let p = F::PREFIX;
    let (r1, o1): (Ladiv1<F>, Ladiv1<F>) = (lapack_fn(&format!("{p}ladiv1_")), ours(ladiv1));
    let (r2, o2): (Ladiv2<F>, Ladiv2<F>) = (lapack_fn(&format!("{p}ladiv2_")), ours(ladiv2));
    let (rm, om): (Larmm<F>, Larmm<F>) = (lapack_fn(&format!("{p}larmm_")), ours(larmm));
    let mut rng = Rng::new(5);
    let big = F::max_real();
    let values = |rng: &mut Rng| -> F {
        let e = [1.0, 1e-30, 1e30, big / 4.0, F::tiny() * 8.0, 0.0][(rng.range(0.0, 5.99)) as usize];
        F::from_f64s(rng.sym() * e, 0.0)
    };
    for _ in 0..2000 {
        let (a, b, c, d) = (values(&mut rng), values(&mut rng), values(&mut rng), values(&mut rng));
        // ladiv1 is only called with |d| <= |c|, c != 0.
        let (c, d) = if d.abs() <= c.abs() { (c, d) } else { (d, c) };
        if c == F::zero() {
            continue;
        }
        let (mut a1, mut a2) = (a, a);
        let (mut p1, mut q1, mut p2, mut q2) = (F::zero(), F::zero(), F::zero(), F::zero());
        // SAFETY: scalars by reference.
        unsafe {
            o1(&mut a1, &b, &c, &d, &mut p1, &mut q1);
            r1(&mut a2, &b, &c, &d, &mut p2, &mut q2);
        }
        let ctx = format!("{p}ladiv1({a:e}, {b:e}, {c:e}, {d:e})");
        assert_eq!((a1.bits(), p1.bits(), q1.bits()), (a2.bits(), p2.bits(), q2.bits()), "{ctx}");
        let (r, t) = (d / c, F::one() / (c + d * (d / c)));
        // SAFETY: scalars by reference.
        let (v1, v2) = unsafe { (o2(&a, &b, &c, &d, &r, &t), r2(&a, &b, &c, &d, &r, &t)) };
        assert_eq!(v1.bits(), v2.bits(), "{p}ladiv2({a:e}, {b:e}, {c:e}, {d:e}, {r:e}, {t:e})");
        let (an, bn, cn) = (a.abs(), b.abs(), c.abs());
        // SAFETY: scalars by reference.
        let (s1, s2) = unsafe { (om(&an, &bn, &cn), rm(&an, &bn, &cn)) };
        assert_eq!(s1.bits(), s2.bits(), "{p}larmm({an:e}, {bn:e}, {cn:e})");
    }
}

#[test]
fn lapack_ladiv_pieces_and_larmm_match_the_reference_bitwise() {
    scalars_case::<f32>(f::sladiv1_ as *const (), f::sladiv2_ as *const (), f::slarmm_ as *const ());
    scalars_case::<f64>(f::dladiv1_ as *const (), f::dladiv2_ as *const (), f::dlarmm_ as *const ());
}

// ------------------------------------------------------------------ lacon

type LaconReal<T> = unsafe extern "C" fn(*const i32, *mut T, *mut T, *mut i32, *mut R<T>, *mut i32);
type LaconComplex<T> = unsafe extern "C" fn(*const i32, *mut T, *mut T, *mut R<T>, *mut i32);
type Lacn2Real<T> = unsafe extern "C" fn(*const i32, *mut T, *mut T, *mut i32, *mut R<T>, *mut i32, *mut i32);
type Lacn2Complex<T> = unsafe extern "C" fn(*const i32, *mut T, *mut T, *mut R<T>, *mut i32, *mut i32);

/// One estimator run: `step(x, isgn, est, kase)` until KASE = 0, forming the
/// products with the dense `a`; returns EST and every KASE seen.
fn drive<T: TestScalar>(
    a: &[T],
    n: usize,
    mut step: impl FnMut(&mut [T], &mut [T], &mut [i32], &mut R<T>, &mut i32),
) -> (f64, Vec<i32>, Vec<Vec<T>>) {
    let (mut v, mut x, mut isgn) = (vec![T::zero(); n.max(1)], vec![T::zero(); n.max(1)], vec![0i32; n.max(1)]);
    let (mut est, mut kase) = (R::<T>::from_f64(0.0), 0i32);
    let (mut kases, mut xs) = (vec![], vec![]);
    loop {
        step(&mut v, &mut x, &mut isgn, &mut est, &mut kase);
        kases.push(kase);
        xs.push(x.clone());
        if kase == 0 || kases.len() > 100 {
            break;
        }
        let y: Vec<T> = (0..n)
            .map(|i| {
                (0..n).fold(
                    T::zero(),
                    |s, k| if kase == 1 { s + a[i + k * n] * x[k] } else { s + a[k + i * n].conj() * x[k] },
                )
            })
            .collect();
        x[..n].copy_from_slice(&y);
    }
    (est.to_f64(), kases, xs)
}

fn lacon_case<T: TestScalar>(lacon: *const (), lacn2: *const ()) {
    let p = T::PREFIX;
    let mut rng = Rng::new(9);
    for n in [1usize, 2, 3, 5, 10] {
        let a: Vec<T> = (0..n * n).map(|_| T::random(&mut rng)).collect();
        let ni = n as i32;
        let runs: Vec<(f64, Vec<i32>, Vec<Vec<T>>)> = if T::IS_COMPLEX {
            let (theirs, our): (LaconComplex<T>, LaconComplex<T>) = (lapack_fn(&format!("{p}lacon_")), ours(lacon));
            let two: Lacn2Complex<T> = ours(lacn2);
            let mut isave = [0i32; 3];
            vec![
                // SAFETY: the arrays hold n elements.
                drive(&a, n, |v, x, _, est, kase| unsafe { our(&ni, v.as_mut_ptr(), x.as_mut_ptr(), est, kase) }),
                drive(&a, n, |v, x, _, est, kase| unsafe { theirs(&ni, v.as_mut_ptr(), x.as_mut_ptr(), est, kase) }),
                drive(&a, n, |v, x, _, est, kase| unsafe {
                    two(&ni, v.as_mut_ptr(), x.as_mut_ptr(), est, kase, isave.as_mut_ptr())
                }),
            ]
        } else {
            let (theirs, our): (LaconReal<T>, LaconReal<T>) = (lapack_fn(&format!("{p}lacon_")), ours(lacon));
            let two: Lacn2Real<T> = ours(lacn2);
            let mut isave = [0i32; 3];
            vec![
                // SAFETY: the arrays hold n elements.
                drive(&a, n, |v, x, s, est, kase| unsafe {
                    our(&ni, v.as_mut_ptr(), x.as_mut_ptr(), s.as_mut_ptr(), est, kase)
                }),
                drive(&a, n, |v, x, s, est, kase| unsafe {
                    theirs(&ni, v.as_mut_ptr(), x.as_mut_ptr(), s.as_mut_ptr(), est, kase)
                }),
                drive(&a, n, |v, x, s, est, kase| unsafe {
                    two(&ni, v.as_mut_ptr(), x.as_mut_ptr(), s.as_mut_ptr(), est, kase, isave.as_mut_ptr())
                }),
            ]
        };
        let ctx = format!("{p}lacon n={n}");
        // Our lacon and lacn2 run the same steps; the reference's the same
        // sequence of products, EST equal to rounding.
        assert_eq!(runs[0].1, runs[2].1, "{ctx}: lacon vs lacn2 KASE sequence");
        assert_eq!(runs[0].0, runs[2].0, "{ctx}: lacon vs lacn2 EST");
        for (k, (x0, x2)) in runs[0].2.iter().zip(&runs[2].2).enumerate() {
            for (a0, a2) in x0.iter().zip(x2) {
                assert_eq!(a0.bits(), a2.bits(), "{ctx}: step {k} x");
            }
        }
        assert_eq!(runs[0].1, runs[1].1, "{ctx}: KASE sequence vs reference");
        let d = (runs[0].0 - runs[1].0).abs();
        assert!(d <= 100.0 * T::eps() * runs[1].0, "{ctx}: EST {} vs reference {}", runs[0].0, runs[1].0);
    }
}

#[test]
fn lapack_lacon_runs_lacn2s_steps_and_matches_the_reference() {
    lacon_case::<f32>(f::slacon_ as *const (), f::slacn2_ as *const ());
    lacon_case::<f64>(f::dlacon_ as *const (), f::dlacn2_ as *const ());
    lacon_case::<c32>(f::clacon_ as *const (), f::clacn2_ as *const ());
    lacon_case::<c64>(f::zlacon_ as *const (), f::zlacn2_ as *const ());
}

// ------------------------------------------------------------------ trsyl3

type Trsyl3Real<T> = unsafe extern "C" fn(
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
    *mut R<T>,
    *mut i32,
    *const i32,
    *mut R<T>,
    *const i32,
    *mut i32,
    usize,
    usize,
);
type Trsyl3Complex<T> = unsafe extern "C" fn(
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
    *mut R<T>,
    *mut R<T>,
    *const i32,
    *mut i32,
    usize,
    usize,
);

/// An upper (quasi-)triangular matrix in Schur canonical form: standardized
/// 2x2 blocks for real types, a triangle for complex ones. The diagonal is
/// kept away from zero so that A and -B have well-separated spectra.
fn schur<T: TestScalar>(rng: &mut Rng, n: usize, shift: f64) -> Vec<T> {
    let mut t = vec![T::zero(); n * n];
    let mut j = 0;
    while j < n {
        for i in 0..j {
            t[i + j * n] = T::random(rng).scale_real(R::<T>::from_f64(0.5));
        }
        t[j + j * n] = T::from_f64s(shift + rng.range(0.0, 1.0), rng.sym());
        if !T::IS_COMPLEX && j + 1 < n && rng.coin() {
            for i in 0..j {
                t[i + (j + 1) * n] = T::random(rng).scale_real(R::<T>::from_f64(0.5));
            }
            t[j + 1 + (j + 1) * n] = t[j + j * n];
            t[j + (j + 1) * n] = T::from_f64s(rng.range(0.5, 2.0), 0.0);
            t[j + 1 + j * n] = T::from_f64s(-rng.range(0.5, 2.0), 0.0);
            j += 2;
        } else {
            j += 1;
        }
    }
    t
}

/// `op(A) X + sgn X op(B) - scale C`, the largest entry relative to the sizes.
fn sylvester_residual<T: TestScalar>(
    ta: u8,
    tb: u8,
    sgn: f64,
    m: usize,
    n: usize,
    a: &[T],
    b: &[T],
    x: &[T],
    c: &[T],
    scale: f64,
) -> f64 {
    let op = |t: u8, mat: &[T], ld: usize, i: usize, k: usize| match t {
        b'N' => mat[i + k * ld],
        b'T' => mat[k + i * ld],
        _ => mat[k + i * ld].conj(),
    };
    let mut worst: f64 = 0.0;
    for j in 0..n {
        for i in 0..m {
            let mut s = T::from_f64s(-scale, 0.0) * c[i + j * m];
            for k in 0..m {
                s += op(ta, a, m, i, k) * x[k + j * m];
            }
            for k in 0..n {
                s += T::from_f64s(sgn, 0.0) * x[i + k * m] * op(tb, b, n, k, j);
            }
            worst = worst.max(mag(s.to_c64()));
        }
    }
    let xmax = x.iter().map(|v| mag(v.to_c64())).fold(1.0, f64::max);
    worst / ((m + n) as f64 * T::eps() * xmax * 4.0)
}

fn trsyl3_case<T: TestScalar>(our_p: *const ()) {
    let p = T::PREFIX;
    let mut rng = Rng::new(13);
    let trans: &[u8] = if T::IS_COMPLEX { b"NC" } else { b"NTC" };
    for (m, n) in [(0usize, 3usize), (3, 0), (1, 1), (2, 3), (5, 4), (17, 9), (60, 55)] {
        for &ta in trans {
            for &tb in trans {
                for isgn in [1i32, -1] {
                    if m > 20 && (ta != b'N' || isgn == -1) && tb != b'C' {
                        continue; // the large sizes in a few combinations only (time)
                    }
                    let a = schur::<T>(&mut rng, m, 2.0);
                    let b = schur::<T>(&mut rng, n, if isgn == 1 { 2.0 } else { -4.0 });
                    let c: Vec<T> = (0..m * n).map(|_| T::random(&mut rng)).collect();
                    let (mut x1, mut x2) = (c.clone(), c.clone());
                    let (mi, ni) = (m as i32, n as i32);
                    let (lda, ldb) = (m.max(1) as i32, n.max(1) as i32);
                    let ctx = format!("{p}trsyl3 m={m} n={n} {}{} isgn={isgn}", ta as char, tb as char);
                    let (mut s1, mut s2) = (R::<T>::from_f64(0.0), R::<T>::from_f64(0.0));
                    let (mut i1, mut i2) = (0i32, 0i32);
                    let ldsw = 64i32;
                    let mut sw1 = vec![R::<T>::from_f64(0.0); 64 * 64];
                    let mut sw2 = sw1.clone();
                    if T::IS_COMPLEX {
                        let (theirs, our): (Trsyl3Complex<T>, Trsyl3Complex<T>) =
                            (lapack_fn(&format!("{p}trsyl3_")), ours(our_p));
                        // Query, then solve.
                        let (mut q1, mut q2) = ([R::<T>::from_f64(0.0); 2], [R::<T>::from_f64(0.0); 2]);
                        let minus = -1i32;
                        // SAFETY: the arrays have the sizes the arguments declare.
                        unsafe {
                            our(
                                &ta,
                                &tb,
                                &isgn,
                                &mi,
                                &ni,
                                a.as_ptr(),
                                &lda,
                                b.as_ptr(),
                                &ldb,
                                x1.as_mut_ptr(),
                                &lda,
                                &mut s1,
                                q1.as_mut_ptr(),
                                &minus,
                                &mut i1,
                                1,
                                1,
                            );
                            theirs(
                                &ta,
                                &tb,
                                &isgn,
                                &mi,
                                &ni,
                                a.as_ptr(),
                                &lda,
                                b.as_ptr(),
                                &ldb,
                                x2.as_mut_ptr(),
                                &lda,
                                &mut s2,
                                q2.as_mut_ptr(),
                                &minus,
                                &mut i2,
                                1,
                                1,
                            );
                            assert_eq!(
                                (q1[0].to_f64(), q1[1].to_f64()),
                                (q2[0].to_f64(), q2[1].to_f64()),
                                "{ctx}: query"
                            );
                            our(
                                &ta,
                                &tb,
                                &isgn,
                                &mi,
                                &ni,
                                a.as_ptr(),
                                &lda,
                                b.as_ptr(),
                                &ldb,
                                x1.as_mut_ptr(),
                                &lda,
                                &mut s1,
                                sw1.as_mut_ptr(),
                                &ldsw,
                                &mut i1,
                                1,
                                1,
                            );
                            theirs(
                                &ta,
                                &tb,
                                &isgn,
                                &mi,
                                &ni,
                                a.as_ptr(),
                                &lda,
                                b.as_ptr(),
                                &ldb,
                                x2.as_mut_ptr(),
                                &lda,
                                &mut s2,
                                sw2.as_mut_ptr(),
                                &ldsw,
                                &mut i2,
                                1,
                                1,
                            );
                        }
                    } else {
                        let (theirs, our): (Trsyl3Real<T>, Trsyl3Real<T>) =
                            (lapack_fn(&format!("{p}trsyl3_")), ours(our_p));
                        let (mut q1, mut q2) = ([R::<T>::from_f64(0.0); 2], [R::<T>::from_f64(0.0); 2]);
                        let (mut iw1, mut iw2) = (vec![0i32; 64], vec![0i32; 64]);
                        let (minus, liw) = (-1i32, 64i32);
                        // SAFETY: the arrays have the sizes the arguments declare.
                        unsafe {
                            our(
                                &ta,
                                &tb,
                                &isgn,
                                &mi,
                                &ni,
                                a.as_ptr(),
                                &lda,
                                b.as_ptr(),
                                &ldb,
                                x1.as_mut_ptr(),
                                &lda,
                                &mut s1,
                                iw1.as_mut_ptr(),
                                &minus,
                                q1.as_mut_ptr(),
                                &ldsw,
                                &mut i1,
                                1,
                                1,
                            );
                            theirs(
                                &ta,
                                &tb,
                                &isgn,
                                &mi,
                                &ni,
                                a.as_ptr(),
                                &lda,
                                b.as_ptr(),
                                &ldb,
                                x2.as_mut_ptr(),
                                &lda,
                                &mut s2,
                                iw2.as_mut_ptr(),
                                &minus,
                                q2.as_mut_ptr(),
                                &ldsw,
                                &mut i2,
                                1,
                                1,
                            );
                            assert_eq!(
                                (iw1[0], q1[0].to_f64(), q1[1].to_f64()),
                                (iw2[0], q2[0].to_f64(), q2[1].to_f64()),
                                "{ctx}: query"
                            );
                            our(
                                &ta,
                                &tb,
                                &isgn,
                                &mi,
                                &ni,
                                a.as_ptr(),
                                &lda,
                                b.as_ptr(),
                                &ldb,
                                x1.as_mut_ptr(),
                                &lda,
                                &mut s1,
                                iw1.as_mut_ptr(),
                                &liw,
                                sw1.as_mut_ptr(),
                                &ldsw,
                                &mut i1,
                                1,
                                1,
                            );
                            theirs(
                                &ta,
                                &tb,
                                &isgn,
                                &mi,
                                &ni,
                                a.as_ptr(),
                                &lda,
                                b.as_ptr(),
                                &ldb,
                                x2.as_mut_ptr(),
                                &lda,
                                &mut s2,
                                iw2.as_mut_ptr(),
                                &liw,
                                sw2.as_mut_ptr(),
                                &ldsw,
                                &mut i2,
                                1,
                                1,
                            );
                            assert_eq!(iw1[0], iw2[0], "{ctx}: IWORK(1)");
                        }
                    }
                    assert_eq!((i1, s1.to_f64()), (i2, s2.to_f64()), "{ctx}: info, scale");
                    if m == 0 || n == 0 {
                        continue;
                    }
                    let res = sylvester_residual(ta, tb, f64::from(isgn), m, n, &a, &b, &x1, &c, s1.to_f64());
                    assert!(res < 10.0, "{ctx}: residual {res}");
                    let xmax = x2.iter().map(|v| mag(v.to_c64())).fold(1.0, f64::max);
                    for (k, (u, v)) in x1.iter().zip(&x2).enumerate() {
                        close(*u, *v, xmax, 1e4 * (m + n) as f64, &format!("{ctx}: X[{k}] vs reference"));
                    }
                }
            }
        }
    }
}

#[test]
fn lapack_trsyl3_solves_and_matches_the_reference() {
    trsyl3_case::<f32>(f::strsyl3_ as *const ());
    trsyl3_case::<f64>(f::dtrsyl3_ as *const ());
    trsyl3_case::<c32>(f::ctrsyl3_ as *const ());
    trsyl3_case::<c64>(f::ztrsyl3_ as *const ());
}

// ------------------------------------------------------------------ hla_transtype

type HlaTranstype = unsafe extern "C" fn(*mut u8, usize, *const i32);

#[test]
fn lapack_hla_transtype_matches_the_reference() {
    // Debian's reference library has no zhla_transtype_: both are compared with chla_transtype_.
    let theirs: HlaTranstype = lapack_fn("chla_transtype_");
    for (name, our) in [
        ("chla_transtype_", ferroblas_capi::lapack_misc::chla_transtype_ as *const ()),
        ("zhla_transtype_", ferroblas_capi::lapack_misc::zhla_transtype_ as *const ()),
    ] {
        let our: HlaTranstype = ours(our);
        for code in [0i32, 110, 111, 112, 113, 114, -1] {
            let (mut r1, mut r2) = (0u8, 0u8);
            // SAFETY: one character of result, one integer argument.
            unsafe {
                our(&mut r1, 1, &code);
                theirs(&mut r2, 1, &code);
            }
            assert_eq!(r1 as char, r2 as char, "{name}({code})");
        }
    }
}

// ------------------------------------------------------------------ geqpf, tzrqf

type GeqpfReal<T> =
    unsafe extern "C" fn(*const i32, *const i32, *mut T, *const i32, *mut i32, *mut T, *mut T, *mut i32);
type GeqpfComplex<T> =
    unsafe extern "C" fn(*const i32, *const i32, *mut T, *const i32, *mut i32, *mut T, *mut T, *mut R<T>, *mut i32);

fn geqpf_case<T: TestScalar>(our_p: *const ()) {
    let p = T::PREFIX;
    let mut rng = Rng::new(17);
    for (m, n) in [(0usize, 2usize), (2, 0), (1, 1), (3, 3), (5, 3), (3, 6), (20, 12), (12, 20)] {
        for fixed in [false, true] {
            let lda = m + 1;
            let a: Vec<T> = (0..lda * n).map(|_| T::random(&mut rng)).collect();
            let jp0: Vec<i32> = (0..n).map(|j| i32::from(fixed && j % 3 == 1)).collect();
            let (mut a1, mut a2) = (a.clone(), a.clone());
            let (mut j1, mut j2) = (jp0.clone(), jp0.clone());
            let k = m.min(n);
            let (mut t1, mut t2) = (vec![T::zero(); k.max(1)], vec![T::zero(); k.max(1)]);
            let (mut w1, mut w2) = (vec![T::zero(); 3 * n + 1], vec![T::zero(); 3 * n + 1]);
            let (mut rw1, mut rw2) = (vec![R::<T>::from_f64(0.0); 2 * n + 1], vec![R::<T>::from_f64(0.0); 2 * n + 1]);
            let (mi, ni, li) = (m as i32, n as i32, lda as i32);
            let (mut i1, mut i2) = (0, 0);
            // SAFETY: the arrays have the sizes the arguments declare.
            unsafe {
                if T::IS_COMPLEX {
                    let (theirs, our): (GeqpfComplex<T>, GeqpfComplex<T>) =
                        (lapack_fn(&format!("{p}geqpf_")), ours(our_p));
                    our(
                        &mi,
                        &ni,
                        a1.as_mut_ptr(),
                        &li,
                        j1.as_mut_ptr(),
                        t1.as_mut_ptr(),
                        w1.as_mut_ptr(),
                        rw1.as_mut_ptr(),
                        &mut i1,
                    );
                    theirs(
                        &mi,
                        &ni,
                        a2.as_mut_ptr(),
                        &li,
                        j2.as_mut_ptr(),
                        t2.as_mut_ptr(),
                        w2.as_mut_ptr(),
                        rw2.as_mut_ptr(),
                        &mut i2,
                    );
                } else {
                    let (theirs, our): (GeqpfReal<T>, GeqpfReal<T>) = (lapack_fn(&format!("{p}geqpf_")), ours(our_p));
                    our(&mi, &ni, a1.as_mut_ptr(), &li, j1.as_mut_ptr(), t1.as_mut_ptr(), w1.as_mut_ptr(), &mut i1);
                    theirs(&mi, &ni, a2.as_mut_ptr(), &li, j2.as_mut_ptr(), t2.as_mut_ptr(), w2.as_mut_ptr(), &mut i2);
                }
            }
            let ctx = format!("{p}geqpf m={m} n={n} fixed={fixed}");
            assert_eq!((i1, &j1), (i2, &j2), "{ctx}: info, jpvt");
            // (A P)^H (A P) = R^H R, since Q is unitary.
            let r = |i: usize, j: usize| if i <= j && i < m { a1[i + j * lda] } else { T::zero() };
            let ap = |i: usize, j: usize| a[i + (j1[j] as usize - 1) * lda];
            let scale = a.iter().map(|v| mag(v.to_c64())).fold(1.0, f64::max);
            for i in 0..n {
                for j in 0..n {
                    let (mut g, mut h) = (T::zero(), T::zero());
                    for l in 0..m {
                        g += ap(l, i).conj() * ap(l, j);
                        h += r(l, i).conj() * r(l, j);
                    }
                    close(g, h, scale * scale * m as f64, 40.0 * (m + n) as f64, &format!("{ctx}: gram ({i},{j})"));
                }
            }
            let amax = a2.iter().map(|v| mag(v.to_c64())).fold(1.0, f64::max);
            for (q, (u, v)) in a1.iter().zip(&a2).enumerate() {
                close(*u, *v, amax, 1e3 * (m + n) as f64, &format!("{ctx}: A[{q}] vs reference"));
            }
            for (q, (u, v)) in t1.iter().zip(&t2).enumerate().take(k) {
                close(*u, *v, 2.0, 1e3 * (m + n) as f64, &format!("{ctx}: tau[{q}] vs reference"));
            }
        }
    }
}

#[test]
fn lapack_geqpf_factors_a_p_and_matches_the_reference() {
    geqpf_case::<f32>(f::sgeqpf_ as *const ());
    geqpf_case::<f64>(f::dgeqpf_ as *const ());
    geqpf_case::<c32>(f::cgeqpf_ as *const ());
    geqpf_case::<c64>(f::zgeqpf_ as *const ());
}

type Tzrqf<T> = unsafe extern "C" fn(*const i32, *const i32, *mut T, *const i32, *mut T, *mut i32);

fn tzrqf_case<T: TestScalar>(our_p: *const ()) {
    let p = T::PREFIX;
    let (theirs, our): (Tzrqf<T>, Tzrqf<T>) = (lapack_fn(&format!("{p}tzrqf_")), ours(our_p));
    let mut rng = Rng::new(19);
    for (m, n) in [(0usize, 0usize), (0, 3), (1, 1), (1, 3), (3, 3), (3, 5), (8, 20), (20, 21)] {
        let lda = m + 1;
        let a: Vec<T> = (0..lda * n).map(|q| if q % lda > q / lda { T::zero() } else { T::random(&mut rng) }).collect();
        let (mut a1, mut a2) = (a.clone(), a.clone());
        let (mut t1, mut t2) = (vec![T::guard(); m.max(1)], vec![T::guard(); m.max(1)]);
        let (mi, ni, li) = (m as i32, n as i32, lda.max(1) as i32);
        let (mut i1, mut i2) = (0, 0);
        // SAFETY: the arrays have the sizes the arguments declare.
        unsafe {
            our(&mi, &ni, a1.as_mut_ptr(), &li, t1.as_mut_ptr(), &mut i1);
            theirs(&mi, &ni, a2.as_mut_ptr(), &li, t2.as_mut_ptr(), &mut i2);
        }
        let ctx = format!("{p}tzrqf m={m} n={n}");
        assert_eq!(i1, i2, "{ctx}: info");
        for (q, (u, v)) in a1.iter().zip(&a2).enumerate() {
            close(*u, *v, 2.0, 100.0 * (m + n) as f64, &format!("{ctx}: A[{q}] vs reference"));
        }
        for q in 0..m {
            close(t1[q], t2[q], 2.0, 100.0 * (m + n) as f64, &format!("{ctx}: tau[{q}] vs reference"));
        }
    }
}

#[test]
fn lapack_tzrqf_matches_the_reference() {
    tzrqf_case::<f32>(f::stzrqf_ as *const ());
    tzrqf_case::<f64>(f::dtzrqf_ as *const ());
    tzrqf_case::<c32>(f::ctzrqf_ as *const ());
    tzrqf_case::<c64>(f::ztzrqf_ as *const ());
}

// ------------------------------------------------------------------ latzm

type Latzm<T> = unsafe extern "C" fn(
    *const u8,
    *const i32,
    *const i32,
    *const T,
    *const i32,
    *const T,
    *mut T,
    *mut T,
    *const i32,
    *mut T,
    usize,
);

fn latzm_case<T: TestScalar>(our_p: *const ()) {
    let p = T::PREFIX;
    let (theirs, our): (Latzm<T>, Latzm<T>) = (lapack_fn(&format!("{p}latzm_")), ours(our_p));
    let mut rng = Rng::new(23);
    for (m, n) in [(0usize, 2usize), (1, 1), (1, 3), (3, 1), (4, 3), (6, 9)] {
        for side in [b'L', b'R'] {
            for incv in [1i32, 2] {
                let len = if side == b'L' { m.saturating_sub(1) } else { n.saturating_sub(1) };
                let v: Vec<T> = (0..1 + len * incv as usize).map(|_| T::random(&mut rng)).collect();
                let tau = T::random(&mut rng);
                // C1 and C2 as two blocks of one array with LDC = m + 1, as tzrqf's callers pass them.
                let ldc = m + 1;
                let c: Vec<T> = (0..ldc * (n + 1)).map(|_| T::random(&mut rng)).collect();
                let (mut c1, mut c2) = (c.clone(), c.clone());
                let (mut w1, mut w2) = (vec![T::zero(); m + n + 1], vec![T::zero(); m + n + 1]);
                let (mi, ni, li) = (m as i32, n as i32, ldc as i32);
                // C2 starts one row (left) or one column (right) after C1.
                let off = if side == b'L' { 1 } else { ldc };
                // SAFETY: the arrays hold what the arguments declare.
                unsafe {
                    let (a1, b1) = (c1.as_mut_ptr(), c1.as_mut_ptr().add(off));
                    our(&side, &mi, &ni, v.as_ptr(), &incv, &tau, a1, b1, &li, w1.as_mut_ptr(), 1);
                    let (a2, b2) = (c2.as_mut_ptr(), c2.as_mut_ptr().add(off));
                    theirs(&side, &mi, &ni, v.as_ptr(), &incv, &tau, a2, b2, &li, w2.as_mut_ptr(), 1);
                }
                let ctx = format!("{p}latzm {} m={m} n={n} incv={incv}", side as char);
                let cmax = c2.iter().map(|v| mag(v.to_c64())).fold(1.0, f64::max);
                for (q, (u, w)) in c1.iter().zip(&c2).enumerate() {
                    close(*u, *w, cmax, 50.0 * (m + n) as f64, &format!("{ctx}: C[{q}]"));
                }
            }
        }
    }
}

#[test]
fn lapack_latzm_matches_the_reference() {
    latzm_case::<f32>(f::slatzm_ as *const ());
    latzm_case::<f64>(f::dlatzm_ as *const ());
    latzm_case::<c32>(f::clatzm_ as *const ());
    latzm_case::<c64>(f::zlatzm_ as *const ());
}

// ------------------------------------------------------------------ latrs3

type Latrs3<T> = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const u8,
    *const u8,
    *const i32,
    *const i32,
    *const T,
    *const i32,
    *mut T,
    *const i32,
    *mut R<T>,
    *mut R<T>,
    *mut R<T>,
    *const i32,
    *mut i32,
    usize,
    usize,
    usize,
    usize,
);

fn latrs3_case<T: TestScalar>(our_p: *const ()) {
    let p = T::PREFIX;
    let (theirs, our): (Latrs3<T>, Latrs3<T>) = (lapack_fn(&format!("{p}latrs3_")), ours(our_p));
    let mut rng = Rng::new(29);
    for (n, nrhs) in [(0usize, 2usize), (3, 0), (1, 1), (5, 1), (5, 3), (40, 2), (70, 35)] {
        for (uplo, trans, diag) in [(b'U', b'N', b'N'), (b'L', b'T', b'U'), (b'U', b'C', b'N'), (b'L', b'N', b'N')] {
            let lda = n.max(1);
            // Diagonally dominant: no scaling needed, so X and SCALE are unique.
            let a: Vec<T> = (0..lda * n)
                .map(|q| {
                    let (i, j) = (q % lda, q / lda);
                    if i == j {
                        T::from_f64s(2.0 + rng.range(0.0, 1.0), 0.0)
                    } else {
                        T::random(&mut rng).scale_real(R::<T>::from_f64(1.0 / n as f64))
                    }
                })
                .collect();
            let b: Vec<T> = (0..lda * nrhs).map(|_| T::random(&mut rng)).collect();
            let (mut x1, mut x2) = (b.clone(), b.clone());
            let (mut s1, mut s2) =
                (vec![R::<T>::from_f64(-1.0); nrhs.max(1)], vec![R::<T>::from_f64(-1.0); nrhs.max(1)]);
            let (mut cn1, mut cn2) = (vec![R::<T>::from_f64(0.0); n.max(1)], vec![R::<T>::from_f64(0.0); n.max(1)]);
            let (ni, nr, li) = (n as i32, nrhs as i32, lda as i32);
            let (mut q1, mut q2) = (R::<T>::from_f64(0.0), R::<T>::from_f64(0.0));
            let minus = -1i32;
            let (mut i1, mut i2) = (0i32, 0i32);
            let normin = b'N';
            // SAFETY: the arrays have the sizes the arguments declare.
            unsafe {
                our(
                    &uplo,
                    &trans,
                    &diag,
                    &normin,
                    &ni,
                    &nr,
                    a.as_ptr(),
                    &li,
                    x1.as_mut_ptr(),
                    &li,
                    s1.as_mut_ptr(),
                    cn1.as_mut_ptr(),
                    &mut q1,
                    &minus,
                    &mut i1,
                    1,
                    1,
                    1,
                    1,
                );
                theirs(
                    &uplo,
                    &trans,
                    &diag,
                    &normin,
                    &ni,
                    &nr,
                    a.as_ptr(),
                    &li,
                    x2.as_mut_ptr(),
                    &li,
                    s2.as_mut_ptr(),
                    cn2.as_mut_ptr(),
                    &mut q2,
                    &minus,
                    &mut i2,
                    1,
                    1,
                    1,
                    1,
                );
            }
            let ctx = format!("{p}latrs3 n={n} nrhs={nrhs} {}{}{}", uplo as char, trans as char, diag as char);
            assert_eq!(q1.to_f64(), q2.to_f64(), "{ctx}: LWORK query");
            let lw = q2.to_f64() as usize;
            let (mut w1, mut w2) = (vec![R::<T>::from_f64(0.0); lw], vec![R::<T>::from_f64(0.0); lw]);
            let lwi = lw as i32;
            // SAFETY: as above.
            unsafe {
                our(
                    &uplo,
                    &trans,
                    &diag,
                    &normin,
                    &ni,
                    &nr,
                    a.as_ptr(),
                    &li,
                    x1.as_mut_ptr(),
                    &li,
                    s1.as_mut_ptr(),
                    cn1.as_mut_ptr(),
                    w1.as_mut_ptr(),
                    &lwi,
                    &mut i1,
                    1,
                    1,
                    1,
                    1,
                );
                theirs(
                    &uplo,
                    &trans,
                    &diag,
                    &normin,
                    &ni,
                    &nr,
                    a.as_ptr(),
                    &li,
                    x2.as_mut_ptr(),
                    &li,
                    s2.as_mut_ptr(),
                    cn2.as_mut_ptr(),
                    w2.as_mut_ptr(),
                    &lwi,
                    &mut i2,
                    1,
                    1,
                    1,
                    1,
                );
            }
            assert_eq!(i1, i2, "{ctx}: info");
            for k in 0..nrhs {
                assert_eq!(s1[k].to_f64(), s2[k].to_f64(), "{ctx}: scale[{k}]");
            }
            let xmax = x2.iter().map(|v| mag(v.to_c64())).fold(1.0, f64::max);
            for (q, (u, v)) in x1.iter().zip(&x2).enumerate() {
                close(*u, *v, xmax, 50.0 * n as f64, &format!("{ctx}: X[{q}] vs reference"));
            }
            // op(A) X = B diag(scale).
            let el = |i: usize, j: usize| -> T {
                let (r, c) = if trans == b'N' { (i, j) } else { (j, i) };
                let stored = (uplo == b'U' && r <= c) || (uplo == b'L' && r >= c);
                let v = if !stored {
                    T::zero()
                } else if r == c && diag == b'U' {
                    T::one()
                } else {
                    a[r + c * lda]
                };
                if trans == b'C' {
                    v.conj()
                } else {
                    v
                }
            };
            for k in 0..nrhs {
                for i in 0..n {
                    let mut s = -b[i + k * lda].scale_real(s1[k]);
                    for j in 0..n {
                        s += el(i, j) * x1[j + k * lda];
                    }
                    close(s, T::zero(), xmax * 3.0, 20.0 * n as f64, &format!("{ctx}: residual ({i},{k})"));
                }
            }
        }
    }
}

#[test]
fn lapack_latrs3_solves_and_matches_the_reference() {
    latrs3_case::<f32>(f::slatrs3_ as *const ());
    latrs3_case::<f64>(f::dlatrs3_ as *const ());
    latrs3_case::<c32>(f::clatrs3_ as *const ());
    latrs3_case::<c64>(f::zlatrs3_ as *const ());
}
