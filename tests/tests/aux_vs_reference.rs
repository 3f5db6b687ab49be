//! Small LAPACK auxiliaries through our Fortran symbols against Debian's
//! reference LAPACK (3.11) on identical inputs: `?laqtr` (the quasi-triangular
//! solve of the condition estimators), `?lahr2` (the Hessenberg panel),
//! `claev2`/`zlaev2`, `?roundup_lwork`, `?labad` and the BLAS Technical
//! Forum codes `ila*`.

#![allow(clippy::too_many_arguments, clippy::type_complexity)]

use ferroblas_capi::generated::fortran as f;
use ferroblas_tests::reference::{lapack_fn, ours};
use ferroblas_tests::{c32, c64, mag, Rng, TestScalar};

type Laqtr<R> = unsafe extern "C" fn(
    *const i32,
    *const i32,
    *const i32,
    *const R,
    *const i32,
    *const R,
    *const R,
    *mut R,
    *mut R,
    *mut R,
    *mut i32,
);

/// A real upper quasi-triangular matrix in Schur canonical form: 2x2 blocks
/// with equal diagonal and off-diagonal elements of opposite signs.
fn schur_form(rng: &mut Rng, n: usize, ld: usize) -> Vec<f64> {
    let mut t = vec![0.0; ld * n.max(1)];
    let mut j = 0;
    while j < n {
        for i in 0..j {
            t[i + j * ld] = rng.sym();
        }
        t[j + j * ld] = rng.sym() * 3.0;
        if j + 1 < n && rng.coin() {
            for i in 0..j {
                t[i + (j + 1) * ld] = rng.sym();
            }
            t[j + 1 + (j + 1) * ld] = t[j + j * ld];
            let (b, c) = (rng.range(0.5, 2.0), -rng.range(0.5, 2.0));
            t[j + (j + 1) * ld] = b;
            t[j + 1 + j * ld] = c;
            j += 2;
        } else {
            j += 1;
        }
    }
    t
}

fn laqtr_case<R: TestScalar>(our: *const ()) {
    let theirs: Laqtr<R> = lapack_fn(&format!("{}laqtr_", R::PREFIX));
    let our: Laqtr<R> = ours(our);
    let mut rng = Rng::new(11);
    for n in [1usize, 2, 3, 5, 8, 13] {
        for (ltran, lreal) in [(0, 1), (1, 1), (0, 0), (1, 0)] {
            let ld = n + 1;
            let t: Vec<R> = schur_form(&mut rng, n, ld).iter().map(|&x| R::from_f64s(x, 0.0)).collect();
            let b: Vec<R> = (0..n).map(|_| R::random(&mut rng)).collect();
            let w = R::from_f64s(rng.range(0.5, 1.5), 0.0);
            let x0: Vec<R> = (0..2 * n).map(|_| R::random(&mut rng)).collect();
            let (mut x1, mut x2) = (x0.clone(), x0.clone());
            let (mut s1, mut s2, mut i1, mut i2) = (R::zero(), R::zero(), 0, 0);
            let (mut w1, mut w2) = (vec![R::zero(); n], vec![R::zero(); n]);
            let (ni, ldi) = (n as i32, ld as i32);
            // SAFETY: the arrays have the sizes the arguments declare.
            unsafe {
                our(
                    &ltran,
                    &lreal,
                    &ni,
                    t.as_ptr(),
                    &ldi,
                    b.as_ptr(),
                    &w,
                    &mut s1,
                    x1.as_mut_ptr(),
                    w1.as_mut_ptr(),
                    &mut i1,
                );
                theirs(
                    &ltran,
                    &lreal,
                    &ni,
                    t.as_ptr(),
                    &ldi,
                    b.as_ptr(),
                    &w,
                    &mut s2,
                    x2.as_mut_ptr(),
                    w2.as_mut_ptr(),
                    &mut i2,
                );
            }
            let ctx = format!("{}laqtr n={n} ltran={ltran} lreal={lreal}", R::PREFIX);
            assert_eq!((i1, s1.to_c64().re), (i2, s2.to_c64().re), "{ctx}: info, scale");
            let xmax = x2.iter().map(|v| v.to_c64().re.abs()).fold(1.0, f64::max);
            for (k, (a, b)) in x1.iter().zip(&x2).enumerate() {
                let d = (a.to_c64().re - b.to_c64().re).abs();
                assert!(d <= 100.0 * n as f64 * R::eps() * xmax, "{ctx}: x[{k}] {a:?} vs {b:?}");
            }
        }
    }
}

#[test]
fn lapack_laqtr_matches_the_reference() {
    laqtr_case::<f32>(f::slaqtr_ as *const ());
    laqtr_case::<f64>(f::dlaqtr_ as *const ());
}

type Lahr2<T> = unsafe extern "C" fn(
    *const i32,
    *const i32,
    *const i32,
    *mut T,
    *const i32,
    *mut T,
    *mut T,
    *const i32,
    *mut T,
    *const i32,
);

fn lahr2_case<T: TestScalar>(our: *const ()) {
    let theirs: Lahr2<T> = lapack_fn(&format!("{}lahr2_", T::PREFIX));
    let our: Lahr2<T> = ours(our);
    let mut rng = Rng::new(3);
    for (n, k, nb) in [(2usize, 1usize, 1usize), (6, 1, 2), (9, 2, 3), (17, 3, 5), (20, 1, 8)] {
        let (lda, ldt, ldy) = (n + 1, nb + 2, n + 3);
        let cols = n - k + 1;
        let a0: Vec<T> = (0..lda * cols).map(|_| T::random(&mut rng)).collect();
        let (mut a1, mut a2) = (a0.clone(), a0.clone());
        let (mut tau1, mut tau2) = (vec![T::zero(); nb], vec![T::zero(); nb]);
        let (mut t1, mut t2) = (vec![T::zero(); ldt * nb], vec![T::zero(); ldt * nb]);
        let (mut y1, mut y2) = (vec![T::zero(); ldy * nb], vec![T::zero(); ldy * nb]);
        let (ni, ki, nbi, ldai, ldti, ldyi) = (n as i32, k as i32, nb as i32, lda as i32, ldt as i32, ldy as i32);
        // SAFETY: the arrays have the sizes the arguments declare.
        unsafe {
            our(
                &ni,
                &ki,
                &nbi,
                a1.as_mut_ptr(),
                &ldai,
                tau1.as_mut_ptr(),
                t1.as_mut_ptr(),
                &ldti,
                y1.as_mut_ptr(),
                &ldyi,
            );
            theirs(
                &ni,
                &ki,
                &nbi,
                a2.as_mut_ptr(),
                &ldai,
                tau2.as_mut_ptr(),
                t2.as_mut_ptr(),
                &ldti,
                y2.as_mut_ptr(),
                &ldyi,
            );
        }
        let ctx = format!("{}lahr2 n={n} k={k} nb={nb}", T::PREFIX);
        let close = |what: &str, x: &[T], y: &[T], rows: usize, ld: usize, ncols: usize| {
            let big = y.iter().map(|v| mag(v.to_c64())).fold(1.0, f64::max);
            for j in 0..ncols {
                for i in 0..rows {
                    let d = mag(x[i + j * ld].to_c64() - y[i + j * ld].to_c64());
                    assert!(
                        d <= 200.0 * n as f64 * T::eps() * big,
                        "{ctx}: {what}({i},{j}) {:?} vs {:?}",
                        x[i + j * ld],
                        y[i + j * ld]
                    );
                }
            }
        };
        close("A", &a1, &a2, n, lda, cols);
        close("tau", &tau1, &tau2, nb, nb, 1);
        // T is upper triangular; its strict lower part is not specified.
        for j in 0..nb {
            for i in j + 1..nb {
                t1[i + j * ldt] = T::zero();
                t2[i + j * ldt] = T::zero();
            }
        }
        close("T", &t1, &t2, nb, ldt, nb);
        // The reference computes Y's first K rows too.
        close("Y", &y1, &y2, n, ldy, nb);
    }
}

#[test]
fn lapack_lahr2_matches_the_reference() {
    lahr2_case::<f32>(f::slahr2_ as *const ());
    lahr2_case::<f64>(f::dlahr2_ as *const ());
    lahr2_case::<c32>(f::clahr2_ as *const ());
    lahr2_case::<c64>(f::zlahr2_ as *const ());
}

type Laev2<T, R> = unsafe extern "C" fn(*const T, *const T, *const T, *mut R, *mut R, *mut R, *mut T);

fn laev2_case<T: TestScalar, R: TestScalar>(our: *const ()) {
    let theirs: Laev2<T, R> = lapack_fn(&format!("{}laev2_", T::PREFIX));
    let our: Laev2<T, R> = ours(our);
    let mut rng = Rng::new(9);
    let mut cases: Vec<(f64, c64, f64)> =
        vec![(1.0, c64::new(0.0, 0.0), 2.0), (2.0, c64::new(1.0, 1.0), -1.0), (1.0, c64::new(0.0, 3.0), 1.0)];
    for _ in 0..50 {
        cases.push((rng.sym(), c64::new(rng.sym(), rng.sym()), rng.sym()));
    }
    for (a, b, c) in cases {
        let (a, b, c) = (T::from_f64s(a, 0.0), T::from_f64s(b.re, b.im), T::from_f64s(c, 0.0));
        let mut o1 = (R::zero(), R::zero(), R::zero(), T::zero());
        let mut o2 = o1;
        // SAFETY: scalars.
        unsafe {
            our(&a, &b, &c, &mut o1.0, &mut o1.1, &mut o1.2, &mut o1.3);
            theirs(&a, &b, &c, &mut o2.0, &mut o2.1, &mut o2.2, &mut o2.3);
        }
        let tol = 4.0 * R::eps();
        let ok = |x: c64, y: c64| mag(x - y) <= tol * (1.0 + mag(y));
        assert!(
            ok(o1.0.to_c64(), o2.0.to_c64())
                && ok(o1.1.to_c64(), o2.1.to_c64())
                && ok(o1.2.to_c64(), o2.2.to_c64())
                && ok(o1.3.to_c64(), o2.3.to_c64()),
            "{}laev2 {a:?} {b:?} {c:?}: {o1:?} vs {o2:?}",
            T::PREFIX
        );
    }
}

#[test]
fn lapack_complex_laev2_matches_the_reference() {
    laev2_case::<c32, f32>(f::claev2_ as *const ());
    laev2_case::<c64, f64>(f::zlaev2_ as *const ());
}

#[test]
fn lapack_roundup_lwork_labad_and_blast_codes_match_the_reference() {
    type Roundup<R> = unsafe extern "C" fn(*const i32) -> R;
    type Labad<R> = unsafe extern "C" fn(*mut R, *mut R);
    type Code = unsafe extern "C" fn(*const u8, usize) -> i32;
    let (s_ours, s_ref): (Roundup<f32>, Roundup<f32>) =
        (ours(f::sroundup_lwork_ as *const ()), lapack_fn("sroundup_lwork_"));
    let (d_ours, d_ref): (Roundup<f64>, Roundup<f64>) =
        (ours(f::droundup_lwork_ as *const ()), lapack_fn("droundup_lwork_"));
    // (Not near i32::MAX: the reference's INT of 2^31 overflows there.)
    for lwork in [0, 1, 7, 1 << 24, (1 << 24) + 1, (1 << 24) + 3, 123_456_789, (1 << 30) + 1] {
        // SAFETY: one integer.
        unsafe {
            assert_eq!(s_ours(&lwork).to_bits(), s_ref(&lwork).to_bits(), "sroundup_lwork({lwork})");
            assert_eq!(d_ours(&lwork).to_bits(), d_ref(&lwork).to_bits(), "droundup_lwork({lwork})");
        }
    }
    let (ours_bad, ref_bad): (Labad<f64>, Labad<f64>) = (ours(f::dlabad_ as *const ()), lapack_fn("dlabad_"));
    let (mut s1, mut l1, mut s2, mut l2) = (1e-300, 1e300, 1e-300, 1e300);
    // SAFETY: scalars.
    unsafe {
        ours_bad(&mut s1, &mut l1);
        ref_bad(&mut s2, &mut l2);
    }
    assert_eq!((s1, l1), (s2, l2));
    use ferroblas_capi::lapack_aux as aux;
    let codes: [(&str, *const ()); 4] = [
        ("ilauplo_", aux::ilauplo_ as *const ()),
        ("ilatrans_", aux::ilatrans_ as *const ()),
        ("iladiag_", aux::iladiag_ as *const ()),
        ("ilaprec_", aux::ilaprec_ as *const ()),
    ];
    for (name, our) in codes {
        let (o, r): (Code, Code) = (ours(our), lapack_fn(name));
        for c in b"uUlLnNtTcCdDsSiIxXeEq ".iter() {
            // SAFETY: a one-character string.
            unsafe { assert_eq!(o(c, 1), r(c, 1), "{name}('{}')", *c as char) };
        }
    }
}
