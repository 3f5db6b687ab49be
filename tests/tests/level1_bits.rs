//! Level-1 results must not depend on how the vectors are laid out: on a given
//! kernel table (`FERROBLAS_ARCH`), each output element of an element-wise
//! operation has the same bits whatever the increments and whatever `n`, and a
//! reduction has the same bits for the same logical data at any increments.
//! LAPACK's eigenvalue tests rely on this: they compare eigenvalues computed
//! with and without eigenvectors bit for bit, and the two runs reach Level 1
//! with different lengths and increments.
//!
//! For f32, f64, c32, c64, random data with mixed magnitudes (so summation
//! order shows in the last bits), lengths around the SIMD widths and the
//! staging chunks: every routine at increments 2, 3, -1, -2 (each operand
//! independently) against increment 1, bit for bit; element-wise routines at
//! `n = 1` (increments 1 and 2) against the same element inside an `n = 37`
//! call at every increment. The safe API runs the table `FERROBLAS_ARCH`
//! selects (run the binary once per table); `strided_kernels_every_table`
//! also calls the strided kernel entries of every table this CPU runs against
//! their contiguous counterparts.

use ferroblas::dispatch::Arch;
use ferroblas::level1;
use ferroblas_tests::*;

/// Lengths: tiny, around every SIMD block, across several staging chunks.
const LENS: [usize; 17] = [1, 2, 3, 4, 5, 7, 8, 15, 16, 17, 31, 33, 63, 64, 65, 130, 601];

fn real_bits<R: RealScalar>(v: R) -> u64 {
    v.to_f64().to_bits()
}

#[track_caller]
fn assert_vec_bits<T: TestScalar>(got: &[T], want: &[T], ctx: impl Fn() -> String) {
    for (i, (&g, &w)) in got.iter().zip(want).enumerate() {
        assert_bits(g, w, || format!("{} element {i}", ctx()));
    }
}

fn reductions_body<T: TestScalar>() {
    let mut rng = Rng::new(11);
    for &n in &LENS {
        for round in 0..3 {
            let (xv, yv) = (spread_vec::<T>(&mut rng, n), spread_vec::<T>(&mut rng, n));
            // Round 2 pushes nrm2 onto its scaled (Blue) path.
            let xv: Vec<T> = if round == 2 { xv.iter().map(|&v| v * T::from_f64s(1e30, 0.0)).collect() } else { xv };
            let (x1, y1) = (Strided::from_values(&xv, 1), Strided::from_values(&yv, 1));
            let dotu = level1::dotu(x1.vref(), y1.vref());
            let dotc = level1::dotc(x1.vref(), y1.vref());
            let asum = level1::asum(x1.vref());
            let nrm2 = level1::nrm2(x1.vref());
            let (imax, imin) = (level1::iamax(x1.vref()), level1::iamin(x1.vref()));
            for &(incx, incy) in &inc_pairs() {
                let (x, y) = (Strided::from_values(&xv, incx), Strided::from_values(&yv, incy));
                let ctx = |what: &str| format!("{what} n={n} incx={incx} incy={incy} round={round}");
                assert_bits(level1::dotu(x.vref(), y.vref()), dotu, || ctx("dotu"));
                assert_bits(level1::dotc(x.vref(), y.vref()), dotc, || ctx("dotc"));
                assert_eq!(real_bits(level1::asum(x.vref())), real_bits(asum), "{}", ctx("asum"));
                assert_eq!(real_bits(level1::nrm2(x.vref())), real_bits(nrm2), "{}", ctx("nrm2"));
                assert_eq!(level1::iamax(x.vref()), imax, "{}", ctx("iamax"));
                assert_eq!(level1::iamin(x.vref()), imin, "{}", ctx("iamin"));
            }
        }
    }
}

fn dsdot_body() {
    let mut rng = Rng::new(12);
    for &n in &LENS {
        let (xv, yv) = (spread_vec::<f32>(&mut rng, n), spread_vec::<f32>(&mut rng, n));
        let (x1, y1) = (Strided::from_values(&xv, 1), Strided::from_values(&yv, 1));
        let want = level1::dsdot(x1.vref(), y1.vref());
        let want_sb = level1::sdsdot(0.25, x1.vref(), y1.vref());
        for &(incx, incy) in &inc_pairs() {
            let (x, y) = (Strided::from_values(&xv, incx), Strided::from_values(&yv, incy));
            assert_eq!(level1::dsdot(x.vref(), y.vref()).to_bits(), want.to_bits(), "dsdot n={n} {incx} {incy}");
            assert_eq!(level1::sdsdot(0.25, x.vref(), y.vref()).to_bits(), want_sb.to_bits(), "sdsdot n={n}");
        }
    }
}

/// One element-wise operation on `(x, y)` (`x` is only read by some).
type Op<T> = Box<dyn Fn(VecMut<'_, T>, VecMut<'_, T>)>;

/// Every element-wise routine, with scalars drawn once, named for messages.
fn elementwise_ops<T: TestScalar>(rng: &mut Rng) -> Vec<(String, Op<T>)> {
    let mut ops: Vec<(String, Op<T>)> = Vec::new();
    let (a, b) = (spread::<T>(rng), spread::<T>(rng));
    let (c, s) = (T::Real::from_f64(rng.sym()), T::Real::from_f64(rng.sym()));
    let r = T::Real::from_f64(rng.range(0.5, 3.0));
    ops.push((format!("axpy a={a:?}"), Box::new(move |x, y| level1::axpy(a, x.rb(), y))));
    ops.push((format!("axpby a={a:?} b={b:?}"), Box::new(move |x, y| level1::axpby(a, x.rb(), b, y))));
    ops.push((format!("axpby a={a:?} b=0"), Box::new(move |x, y| level1::axpby(a, x.rb(), T::zero(), y))));
    ops.push((format!("axpby a=0 b={b:?}"), Box::new(move |x, y| level1::axpby(T::zero(), x.rb(), b, y))));
    ops.push((format!("scal a={a:?}"), Box::new(move |_, y| level1::scal(a, y))));
    ops.push((format!("scal_real a={r:?}"), Box::new(move |_, y| level1::scal_real(r, y))));
    ops.push((format!("rot c={c:?} s={s:?}"), Box::new(move |x, y| level1::rot(x, y, c, s))));
    ops.push(("copy".into(), Box::new(|x, y| level1::copy(x.rb(), y))));
    ops.push(("swap".into(), Box::new(|x, y| level1::swap(x, y))));
    if !T::IS_COMPLEX {
        // rotm exists for real types only; `T` is then its own real type.
        let h: [f64; 4] = [rng.sym(), rng.sym(), rng.sym(), rng.sym()];
        for flag in [-1.0, 0.0, 1.0] {
            let p = [flag, h[0], h[1], h[2], h[3]].map(T::Real::from_f64);
            ops.push((
                format!("rotm {p:?}"),
                Box::new(move |x, y| {
                    // SAFETY: `T` is real, so `T` and `T::Real` are the same type.
                    let (x, y) = unsafe { (real_view(x), real_view(y)) };
                    level1::rotm(x, y, &p)
                }),
            ));
        }
    }
    ops
}

/// Reinterprets a view of a real `T` as a view of `T::Real`.
///
/// # Safety
/// `T` must be a real type (so `T == T::Real`).
unsafe fn real_view<T: Scalar>(mut v: VecMut<'_, T>) -> VecMut<'_, T::Real> {
    assert!(!T::IS_COMPLEX && size_of::<T>() == size_of::<T::Real>());
    let (n, inc) = (v.len(), v.inc());
    // SAFETY: same type, same elements (the caller vouches for `T == T::Real`).
    unsafe { VecMut::from_raw_parts(v.as_mut_ptr().cast(), n, inc) }
}

/// Runs `op` on copies of `xv`, `yv` laid out with the given increments;
/// returns the logical values of `x` and `y` afterwards.
fn run_op<T: TestScalar>(op: &Op<T>, xv: &[T], yv: &[T], incx: isize, incy: isize) -> (Vec<T>, Vec<T>) {
    let (mut x, mut y) = (Strided::from_values(xv, incx), Strided::from_values(yv, incy));
    op(x.vmut(), y.vmut());
    x.check_guards(|| "x guards".into());
    y.check_guards(|| "y guards".into());
    (x.values(), y.values())
}

fn elementwise_incs_body<T: TestScalar>() {
    let mut rng = Rng::new(13);
    for &n in &LENS {
        for (name, op) in elementwise_ops::<T>(&mut rng) {
            let (xv, yv) = (spread_vec::<T>(&mut rng, n), spread_vec::<T>(&mut rng, n));
            let (wx, wy) = run_op(&op, &xv, &yv, 1, 1);
            for &(incx, incy) in &inc_pairs() {
                let (gx, gy) = run_op(&op, &xv, &yv, incx, incy);
                let ctx = || format!("{name} n={n} incx={incx} incy={incy}");
                assert_vec_bits(&gx, &wx, || format!("{} x", ctx()));
                assert_vec_bits(&gy, &wy, || format!("{} y", ctx()));
            }
        }
    }
}

fn elementwise_n1_body<T: TestScalar>() {
    let mut rng = Rng::new(14);
    let n = 37;
    for (name, op) in elementwise_ops::<T>(&mut rng) {
        let (xv, yv) = (spread_vec::<T>(&mut rng, n), spread_vec::<T>(&mut rng, n));
        for &(incx, incy) in &inc_pairs() {
            let (wx, wy) = run_op(&op, &xv, &yv, incx, incy);
            for j in 0..n {
                for inc1 in [1, 2] {
                    let (gx, gy) = run_op(&op, &xv[j..=j], &yv[j..=j], inc1, inc1);
                    let ctx = || format!("{name}: n=1 inc={inc1} vs element {j} of n={n} incx={incx} incy={incy}");
                    assert_bits(gx[0], wx[j], || format!("{} x", ctx()));
                    assert_bits(gy[0], wy[j], || format!("{} y", ctx()));
                }
            }
        }
    }
}

/// The strided entries of every runnable table against the same table's
/// contiguous entries, bit for bit.
fn strided_kernels_body<T: TestScalar>() {
    let mut rng = Rng::new(15);
    for arch in Arch::runnable() {
        let k = <T as BuildKernels>::build(arch).l1;
        for &n in &LENS {
            let (xv, yv) = (spread_vec::<T>(&mut rng, n), spread_vec::<T>(&mut rng, n));
            // SAFETY: every pointer covers the `n` elements its increment declares.
            unsafe {
                let want_u = (k.dotu)(n, xv.as_ptr(), yv.as_ptr());
                let want_c = (k.dotc)(n, xv.as_ptr(), yv.as_ptr());
                let want_a = (k.asum)(n, xv.as_ptr());
                let want_s = (k.sumsq_max)(n, xv.as_ptr());
                for &(incx, incy) in &inc_pairs() {
                    let (x, y) = (Strided::from_values(&xv, incx), Strided::from_values(&yv, incy));
                    let (px, py) = (x.vref().as_ptr(), y.vref().as_ptr());
                    let ctx = |what: &str| format!("{} {what} n={n} incx={incx} incy={incy}", arch.name());
                    assert_bits((k.dotu_strided)(n, px, incx, py, incy), want_u, || ctx("dotu_strided"));
                    assert_bits((k.dotc_strided)(n, px, incx, py, incy), want_c, || ctx("dotc_strided"));
                    let a = (k.asum_strided)(n, px, incx);
                    assert_eq!(real_bits(a), real_bits(want_a), "{}", ctx("asum_strided"));
                    let (s, m) = (k.sumsq_max_strided)(n, px, incx);
                    assert_eq!(real_bits(s), real_bits(want_s.0), "{}", ctx("sumsq_max_strided sum"));
                    assert_eq!(real_bits(m), real_bits(want_s.1), "{}", ctx("sumsq_max_strided max"));
                }
            }
        }
    }
}

/// A call on views into one buffer: offsets and increments of `x` and `y`,
/// `n`, then `alpha`, `c`, `s`.
type Call<T> = fn(&mut [T], usize, isize, usize, isize, usize, T, <T as Scalar>::Real, <T as Scalar>::Real);

/// Views over one buffer that share elements (possible through the C ABI):
/// staging must not show, so the result is the reference's element-by-element
/// loop, here spelled out as `n = 1` calls in order.
fn aliased_body<T: TestScalar>() {
    let mut rng = Rng::new(16);
    let (alpha, c, s) = (spread::<T>(&mut rng), T::Real::from_f64(0.6), T::Real::from_f64(-0.8));
    // (offset of x, incx, offset of y, incy, elements); offsets index `buf`.
    let layouts: [(usize, isize, usize, isize, usize); 6] = [
        (0, 2, 2, 2, 70),  // y_i is x_{i+1}
        (2, 2, 0, 2, 70),  // x_i is y_{i+1}
        (0, 3, 0, 3, 70),  // the same vector twice
        (0, 1, 10, 2, 70), // different increments, overlapping spans
        (0, 2, 1, 2, 70),  // interleaved, disjoint
        (0, 1, 75, 0, 70), // y a single element (zero increment)
    ];
    for &(ox, incx, oy, incy, n) in &layouts {
        let init: Vec<T> = spread_vec(&mut rng, 300);
        let calls: [(&str, Call<T>); 3] = [
            ("axpy", |b, ox, incx, oy, incy, n, a, _, _| {
                let p = b.as_mut_ptr();
                // SAFETY: every element either view reaches lies inside `b`.
                unsafe {
                    level1::axpy(
                        a,
                        VecRef::from_raw_parts(p.add(ox), n, incx),
                        VecMut::from_raw_parts(p.add(oy), n, incy),
                    )
                }
            }),
            ("axpby", |b, ox, incx, oy, incy, n, a, c, _| {
                let p = b.as_mut_ptr();
                let beta = T::from_f64s(c.to_f64(), 0.5);
                // SAFETY: as above.
                unsafe {
                    let (x, y) =
                        (VecRef::from_raw_parts(p.add(ox), n, incx), VecMut::from_raw_parts(p.add(oy), n, incy));
                    level1::axpby(a, x, beta, y)
                }
            }),
            ("rot", |b, ox, incx, oy, incy, n, _, c, s| {
                let p = b.as_mut_ptr();
                // SAFETY: as above.
                unsafe {
                    level1::rot(
                        VecMut::from_raw_parts(p.add(ox), n, incx),
                        VecMut::from_raw_parts(p.add(oy), n, incy),
                        c,
                        s,
                    )
                }
            }),
        ];
        for (name, call) in calls {
            if name == "rot" && incy == 0 {
                continue;
            }
            let mut got = init.clone();
            call(&mut got, ox, incx, oy, incy, n, alpha, c, s);
            let mut want = init.clone();
            for i in 0..n as isize {
                let (xi, yi) = ((ox as isize + i * incx) as usize, (oy as isize + i * incy) as usize);
                call(&mut want, xi, 1, yi, 1, 1, alpha, c, s);
            }
            let ctx = || format!("{name} aliased x=({ox}, {incx}) y=({oy}, {incy}) n={n}");
            assert_vec_bits(&got, &want, ctx);
        }
    }
}

for_each_type! {
    aliased_views => aliased_body;
    reductions => reductions_body;
    elementwise_incs => elementwise_incs_body;
    elementwise_n1 => elementwise_n1_body;
    strided_kernels_every_table => strided_kernels_body;
}

#[test]
fn dsdot_any_increment() {
    dsdot_body();
}
