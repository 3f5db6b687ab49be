//! Level-1 BLAS through the safe Rust API (`ferroblas::level1`), against the
//! plain references in `ferroblas_tests`, for f32, f64, c32 and c64.
//!
//! Every routine runs over lengths 0..=70 and around the SIMD widths and
//! unroll factors (127..129, 255..257, 1000, 4099), increments 1, 2, 3, -1,
//! -2 on each operand independently (and 0 for read-only operands), and the
//! scalars 0, 1, -1, a random real and a random complex. Each call checks the
//! results within `n * eps * magnitudes`, that guard elements between and
//! around the strided elements stay bit-identical, and that read-only operands
//! are not written. Special values (NaN, Inf, huge, tiny) are in
//! `level1_special.rs`; the C ABI in `level1_capi.rs`.

use ferroblas::level1;
use ferroblas_tests::*;

/// Increment pairs for a read-only `x` and a written `y`: every pair of
/// [`INCS`], plus `incx = 0` (every logical `x_i` is the same element).
fn pairs_with_zero_x() -> Vec<(isize, isize)> {
    let mut p = inc_pairs();
    p.extend([(0, 1), (0, -2)]);
    p
}

fn axpy_body<T: TestScalar>() {
    let mut rng = Rng::new(1);
    let alphas = special_scalars::<T>(&mut rng);
    for n in lengths() {
        for &(incx, incy) in &pairs_with_zero_x() {
            for &alpha in &alphas {
                let x = Strided::<T>::random(&mut rng, n, incx);
                let mut y = Strided::<T>::random(&mut rng, n, incy);
                let (xv, yv) = (x.values(), y.values());
                level1::axpy(alpha, x.vref(), y.vmut());
                let ctx = || format!("axpy n={n} incx={incx} incy={incy} alpha={alpha:?}");
                x.check_unchanged(ctx);
                if alpha.is_zero() {
                    // alpha = 0 is a quick return: y is not even read.
                    y.check_unchanged(ctx);
                    continue;
                }
                y.check_guards(ctx);
                let a = alpha.to_c64();
                for i in 0..n {
                    let (xi, yi) = (xv[i].to_c64(), yv[i].to_c64());
                    let tol = 4.0 * T::eps() * (mag(yi) + mag(a) * mag(xi));
                    assert_close(y.get(i), yi + wmul::<T>(a, xi), tol, || format!("{} i={i}", ctx()));
                }
            }
        }
    }
}

fn axpby_body<T: TestScalar>() {
    let mut rng = Rng::new(2);
    let specials = special_scalars::<T>(&mut rng);
    for n in lengths() {
        for &(incx, incy) in &pairs_with_zero_x() {
            // The full cross of alpha and beta on a few increment pairs, a
            // representative few elsewhere.
            let mut ab: Vec<(T, T)> = Vec::new();
            if matches!((incx, incy), (1, 1) | (-1, -1) | (2, -1)) {
                for &a in &specials {
                    ab.extend(specials.iter().map(|&b| (a, b)));
                }
            } else {
                let (a, b) = (T::random(&mut rng), T::random(&mut rng));
                ab.extend([(a, b), (a, T::zero()), (T::zero(), b), (T::one(), T::one())]);
            }
            for (alpha, beta) in ab {
                let x = Strided::<T>::random(&mut rng, n, incx);
                let mut y = Strided::<T>::random(&mut rng, n, incy);
                let (xv, yv) = (x.values(), y.values());
                level1::axpby(alpha, x.vref(), beta, y.vmut());
                let ctx = || format!("axpby n={n} incx={incx} incy={incy} alpha={alpha:?} beta={beta:?}");
                x.check_unchanged(ctx);
                y.check_guards(ctx);
                let (a, b) = (alpha.to_c64(), beta.to_c64());
                for i in 0..n {
                    let (xi, yi) = (xv[i].to_c64(), yv[i].to_c64());
                    let want = if beta.is_zero() { wmul::<T>(a, xi) } else { wmul::<T>(a, xi) + wmul::<T>(b, yi) };
                    let tol = 4.0 * T::eps() * (mag(a) * mag(xi) + mag(b) * mag(yi));
                    assert_close(y.get(i), want, tol, || format!("{} i={i}", ctx()));
                }
            }
        }
    }
}

fn scal_body<T: TestScalar>() {
    let mut rng = Rng::new(3);
    let alphas = special_scalars::<T>(&mut rng);
    for n in lengths() {
        for inc in INCS {
            for &alpha in &alphas {
                let mut x = Strided::<T>::random(&mut rng, n, inc);
                let xv = x.values();
                level1::scal(alpha, x.vmut());
                let ctx = || format!("scal n={n} inc={inc} alpha={alpha:?}");
                x.check_guards(ctx);
                let a = alpha.to_c64();
                for (i, xi) in xv.iter().enumerate() {
                    let xi = xi.to_c64();
                    let tol = 4.0 * T::eps() * mag(a) * mag(xi);
                    assert_close(x.get(i), wmul::<T>(a, xi), tol, || format!("{} i={i}", ctx()));
                }
            }
        }
    }
}

fn scal_real_body<T: TestScalar>() {
    let mut rng = Rng::new(4);
    let alphas = [0.0, 1.0, -1.0, rng.range(-3.0, 3.0)];
    for n in lengths() {
        for inc in INCS {
            for &alpha in &alphas {
                let mut x = Strided::<T>::random(&mut rng, n, inc);
                let xv = x.values();
                let a = T::Real::from_f64(alpha);
                level1::scal_real(a, x.vmut());
                let ctx = || format!("scal_real n={n} inc={inc} alpha={alpha}");
                x.check_guards(ctx);
                let a = a.to_f64();
                for (i, xi) in xv.iter().enumerate() {
                    let xi = xi.to_c64();
                    let tol = T::eps() * a.abs() * mag(xi);
                    assert_close(x.get(i), xi * a, tol, || format!("{} i={i}", ctx()));
                }
            }
        }
    }
}

fn copy_body<T: TestScalar>() {
    let mut rng = Rng::new(5);
    for n in lengths() {
        for &(incx, incy) in &pairs_with_zero_x() {
            let x = Strided::<T>::random(&mut rng, n, incx);
            let mut y = Strided::<T>::random(&mut rng, n, incy);
            level1::copy(x.vref(), y.vmut());
            let ctx = || format!("copy n={n} incx={incx} incy={incy}");
            x.check_unchanged(ctx);
            y.check_guards(ctx);
            for i in 0..n {
                assert_bits(y.get(i), x.get(i), || format!("{} i={i}", ctx()));
            }
        }
    }
}

fn swap_body<T: TestScalar>() {
    let mut rng = Rng::new(6);
    for n in lengths() {
        for (incx, incy) in inc_pairs() {
            let mut x = Strided::<T>::random(&mut rng, n, incx);
            let mut y = Strided::<T>::random(&mut rng, n, incy);
            let (xv, yv) = (x.values(), y.values());
            level1::swap(x.vmut(), y.vmut());
            let ctx = || format!("swap n={n} incx={incx} incy={incy}");
            x.check_guards(ctx);
            y.check_guards(ctx);
            for i in 0..n {
                assert_bits(x.get(i), yv[i], || format!("{} x[{i}]", ctx()));
                assert_bits(y.get(i), xv[i], || format!("{} y[{i}]", ctx()));
            }
        }
    }
}

fn rot_body<T: TestScalar>() {
    let mut rng = Rng::new(7);
    let theta = rng.range(0.0, std::f64::consts::TAU);
    let cs = [(1.0, 0.0), (0.0, 1.0), (0.6, -0.8), (theta.cos(), theta.sin()), (2.0, 0.5), (0.0, 0.0)];
    for n in lengths() {
        for (incx, incy) in inc_pairs() {
            for &(c, s) in &cs {
                let mut x = Strided::<T>::random(&mut rng, n, incx);
                let mut y = Strided::<T>::random(&mut rng, n, incy);
                let (xv, yv) = (x.values(), y.values());
                let (cr, sr) = (T::Real::from_f64(c), T::Real::from_f64(s));
                level1::rot(x.vmut(), y.vmut(), cr, sr);
                let ctx = || format!("rot n={n} incx={incx} incy={incy} c={c} s={s}");
                x.check_guards(ctx);
                y.check_guards(ctx);
                let (c, s) = (cr.to_f64(), sr.to_f64());
                for i in 0..n {
                    let (xi, yi) = (xv[i].to_c64(), yv[i].to_c64());
                    let tol = 4.0 * T::eps() * (c.abs() * mag(xi) + s.abs() * mag(yi));
                    assert_close(x.get(i), xi * c + yi * s, tol, || format!("{} x[{i}]", ctx()));
                    assert_close(y.get(i), yi * c - xi * s, tol, || format!("{} y[{i}]", ctx()));
                }
            }
        }
    }
}

/// `dotu` (`conj = false`) or `dotc` over every increment pair, including a
/// zero increment on either operand.
fn dot_sweep<T: TestScalar>(conj: bool, seed: u64) {
    let mut rng = Rng::new(seed);
    let mut pairs = inc_pairs();
    pairs.extend([(0, 1), (1, 0), (0, -2), (-3, 0)]);
    let name = if conj { "dotc" } else { "dotu" };
    for n in lengths() {
        for &(incx, incy) in &pairs {
            let x = Strided::<T>::random(&mut rng, n, incx);
            let y = Strided::<T>::random(&mut rng, n, incy);
            let got = if conj { level1::dotc(x.vref(), y.vref()) } else { level1::dotu(x.vref(), y.vref()) };
            let ctx = || format!("{name} n={n} incx={incx} incy={incy}");
            x.check_unchanged(ctx);
            y.check_unchanged(ctx);
            let (want, bound) = ref_dot(&x.values(), &y.values(), conj);
            assert_close(got, want, 2.0 * (n as f64 + 2.0) * T::eps() * bound, ctx);
        }
    }
}

fn dotu_body<T: TestScalar>() {
    dot_sweep::<T>(false, 8);
}

fn dotc_body<T: TestScalar>() {
    dot_sweep::<T>(true, 9);
}

/// `dotc(x, y)` is `dotu(conj(x), y)`, and `dotc(x, x)` is real and equals
/// `nrm2(x)^2`: the conjugation falls on the first operand.
fn dotc_conjugates_first_operand<T: TestScalar>() {
    let mut rng = Rng::new(10);
    for n in [1, 2, 3, 7, 8, 9, 33, 64, 65, 257] {
        let x: Vec<T> = random_vec(&mut rng, n);
        let y: Vec<T> = random_vec(&mut rng, n);
        let xc: Vec<T> = x.iter().map(|v| v.conj()).collect();
        let (vx, vy, vxc) = (VecRef::from_slice(&x), VecRef::from_slice(&y), VecRef::from_slice(&xc));
        let tol = 4.0 * (n as f64 + 2.0) * T::eps() * ref_dot(&x, &y, false).1;
        let ctx = || format!("dotc vs dotu n={n}");
        assert_close(level1::dotc(vx, vy), level1::dotu(vxc, vy).to_c64(), tol, ctx);
        assert_close(level1::dotu(vx, vy), level1::dotc(vxc, vy).to_c64(), tol, ctx);
        if T::IS_COMPLEX {
            // conj(dotc(x, y)) = dotc(y, x).
            assert_close(level1::dotc(vy, vx), level1::dotc(vx, vy).conj().to_c64(), tol, ctx);
        }
        let xx = level1::dotc(vx, vx);
        let nrm = level1::nrm2(vx).to_f64();
        assert_close(xx, c64::new(nrm * nrm, 0.0), tol, ctx);
        assert!(xx.im().to_f64().abs() <= tol, "dotc(x, x) not real: {xx:?}");
    }
}

fn dot_real_body<R: TestScalar + RealScalar>() {
    let mut rng = Rng::new(11);
    for n in lengths() {
        for (incx, incy) in inc_pairs() {
            let x = Strided::<R>::random(&mut rng, n, incx);
            let y = Strided::<R>::random(&mut rng, n, incy);
            let got = level1::dot(x.vref(), y.vref());
            let (want, bound) = ref_dot(&x.values(), &y.values(), false);
            let ctx = || format!("dot n={n} incx={incx} incy={incy}");
            assert_close_real(got, want.re, 2.0 * (n as f64 + 2.0) * R::eps() * bound, ctx);
        }
    }
}

fn asum_body<T: TestScalar>() {
    let mut rng = Rng::new(12);
    for n in lengths() {
        for inc in INCS.into_iter().chain([0]) {
            let x = Strided::<T>::random(&mut rng, n, inc);
            let got = level1::asum(x.vref());
            let ctx = || format!("asum n={n} inc={inc}");
            x.check_unchanged(ctx);
            let want = ref_asum(&x.values());
            assert_close_real(got, want, (n as f64 + 2.0) * T::eps() * want, ctx);
        }
    }
}

fn nrm2_body<T: TestScalar>() {
    let mut rng = Rng::new(13);
    for n in lengths() {
        for inc in INCS.into_iter().chain([0]) {
            let x = Strided::<T>::random(&mut rng, n, inc);
            let got = level1::nrm2(x.vref());
            let ctx = || format!("nrm2 n={n} inc={inc}");
            x.check_unchanged(ctx);
            let want = ref_nrm2(&x.values());
            assert_close_real(got, want, (n as f64 + 4.0) * T::eps() * want, ctx);
        }
    }
}

fn iamax_iamin_body<T: TestScalar>() {
    let mut rng = Rng::new(14);
    for n in lengths() {
        for inc in INCS.into_iter().chain([0]) {
            let x = Strided::<T>::random(&mut rng, n, inc);
            let xv = x.values();
            let ctx = |what: &str| format!("{what} n={n} inc={inc}");
            assert_eq!(level1::iamax(x.vref()), ref_iamax(&xv, true), "{} [{}]", ctx("iamax"), T::NAME);
            assert_eq!(level1::iamin(x.vref()), ref_iamax(&xv, false), "{} [{}]", ctx("iamin"), T::NAME);
            x.check_unchanged(|| ctx("iamax/iamin"));
        }
    }
}

for_each_type! {
    axpy => axpy_body;
    axpby => axpby_body;
    scal => scal_body;
    scal_real => scal_real_body;
    copy => copy_body;
    swap => swap_body;
    rot => rot_body;
    dotu => dotu_body;
    dotc => dotc_body;
    dotc_conjugation => dotc_conjugates_first_operand;
    asum => asum_body;
    nrm2 => nrm2_body;
    iamax_iamin => iamax_iamin_body;
}

for_each_real! {
    dot => dot_real_body;
}

#[test]
fn dsdot_and_sdsdot_accumulate_in_double() {
    let mut rng = Rng::new(15);
    let mut pairs = inc_pairs();
    pairs.extend([(0, 1), (1, 0)]);
    for n in lengths() {
        for &(incx, incy) in &pairs {
            let x = Strided::<f32>::random(&mut rng, n, incx);
            let y = Strided::<f32>::random(&mut rng, n, incy);
            let (want, bound) = ref_dot(&x.values(), &y.values(), false);
            let ctx = || format!("dsdot n={n} incx={incx} incy={incy}");
            // Products of two f32 are exact in f64: only the f64 sum rounds.
            let got = level1::dsdot(x.vref(), y.vref());
            assert!(
                close_f64(got, want.re, (n as f64 + 2.0) * f64::EPSILON * bound),
                "{}: {got} vs {}",
                ctx(),
                want.re
            );
            for sb in [0.0f32, 1.5, -1e3, rng.sym() as f32] {
                let got = level1::sdsdot(sb, x.vref(), y.vref());
                let w = sb as f64 + want.re;
                let tol = f32::EPSILON as f64 * w.abs() + (n as f64 + 2.0) * f64::EPSILON * (bound + sb.abs() as f64);
                assert!(close_f64(got as f64, w, tol), "sdsdot sb={sb} {}: {got} vs {w}", ctx());
            }
            x.check_unchanged(ctx);
            y.check_unchanged(ctx);
        }
    }
    // Sums that single precision would get wrong.
    let x = [1e8f32, 1.0, -1e8, 1.0];
    let y = [1.0f32; 4];
    assert_eq!(level1::dsdot(VecRef::from_slice(&x), VecRef::from_slice(&y)), 2.0);
    let x = [16_777_216f32, 1.0, -16_777_216.0];
    assert_eq!(level1::sdsdot(1.0, VecRef::from_slice(&x), VecRef::from_slice(&y[..3])), 2.0);
    assert_eq!(level1::sdsdot(0.25, VecRef::from_slice(&[]), VecRef::from_slice(&[])), 0.25);
}

#[test]
#[should_panic]
fn operands_of_different_lengths_are_refused() {
    let x = [1.0f64; 3];
    let mut y = [0.0f64; 4];
    level1::axpy(1.0, VecRef::from_slice(&x), VecMut::from_slice(&mut y));
}

#[test]
#[should_panic]
fn a_mutable_view_with_zero_increment_is_refused() {
    let mut y = [0.0f64; 4];
    let _ = VecMut::from_blas(&mut y, 2, 0);
}
