//! Level-1 BLAS with special values and the rotation constructors, through
//! the safe Rust API, for f32, f64, c32 and c64.
//!
//! - NaN and Inf in inputs of the element-wise operations and reductions, on
//!   the dense (increment 1), reversed dense (-1, -1) and strided paths, at
//!   the first, middle and last positions (SIMD body and tail): NaN
//!   propagates; `axpy` with alpha = 0 and `axpby` with beta = 0 do not read
//!   (and so do not propagate) the operand they ignore; `scal` by 0 of NaN or
//!   Inf gives NaN as in the reference.
//! - `iamax`/`iamin`: the extreme at every position of every length up to 70
//!   and at the ends of long vectors, ties (first index wins), NaN first
//!   (index 0), NaN elsewhere (skipped), infinities, all-equal vectors, and
//!   complex `|re| + |im|` (not the modulus).
//! - `nrm2`: huge, near-overflow, tiny, subnormal and mixed magnitudes, Inf,
//!   NaN and zero vectors, against a scaled two-pass reference.
//! - `rotg` (signs, zero cases, `r` and `z`), `rotg_complex` (a = 0, b = 0,
//!   huge and tiny values), `rotmg` (every flag, rescaling) checked against a
//!   port of the reference and by applying `H` with `rotm`, and `rotm` for
//!   every flag without reading the entries the flag implies.

use ferroblas::level1;
use ferroblas::level1::RotmParam;
use ferroblas_tests::*;

/// Increment pairs that take the dense kernels, the reversed dense kernels,
/// and the strided loops.
const PATHS: [(isize, isize); 4] = [(1, 1), (-1, -1), (2, 3), (1, -2)];

/// Lengths around the SIMD widths and unroll factors, smaller than the full sweep.
const PATH_LENGTHS: [usize; 17] = [1, 2, 3, 4, 5, 8, 15, 16, 17, 31, 32, 33, 63, 64, 65, 70, 257];

/// Positions to plant a special value: first, middle, last (tail).
fn positions(n: usize) -> Vec<usize> {
    let mut p = vec![0, n / 2, n - 1];
    p.dedup();
    p
}

fn nan<T: TestScalar>() -> T {
    T::from_f64s(f64::NAN, 0.5)
}

fn inf<T: TestScalar>(sign: f64) -> T {
    T::from_f64s(sign * f64::INFINITY, 0.25)
}

/// Elementwise operations with one NaN or Inf planted in an operand.
fn nan_inf_elementwise<T: TestScalar>() {
    let mut rng = Rng::new(100);
    for n in PATH_LENGTHS {
        for (incx, incy) in PATHS {
            for p in positions(n) {
                for special in [nan::<T>(), inf::<T>(1.0), inf::<T>(-1.0)] {
                    let ctx = |op: &str| format!("{op} n={n} incx={incx} incy={incy} x[{p}]={special:?}");
                    let mut x = Strided::<T>::random(&mut rng, n, incx);
                    x.set(p, special);
                    let (alpha, beta) = (random_scaled::<T>(&mut rng, 2.0), random_scaled::<T>(&mut rng, 2.0));

                    // axpy: the special value propagates into y[p].
                    let mut y = Strided::<T>::random(&mut rng, n, incy);
                    let yv = y.values();
                    level1::axpy(alpha, x.vref(), y.vmut());
                    y.check_guards(|| ctx("axpy"));
                    for (i, yi) in yv.iter().enumerate() {
                        let (xi, yi, a) = (x.get(i).to_c64(), yi.to_c64(), alpha.to_c64());
                        let tol = 4.0 * T::eps() * (mag(yi) + mag(a) * mag(xi));
                        assert_close(y.get(i), yi + wmul::<T>(a, xi), tol, || ctx("axpy"));
                    }
                    if n > 0 {
                        assert!(y.get(p).to_c64().re.is_nan() || y.get(p).to_c64().re.is_infinite());
                    }

                    // axpy with alpha = 0 is a quick return: NaN/Inf in x never reach y.
                    let mut y = Strided::<T>::random(&mut rng, n, incy);
                    level1::axpy(T::zero(), x.vref(), y.vmut());
                    y.check_unchanged(|| ctx("axpy alpha=0"));

                    // axpby with beta = 0: y is overwritten, not read, so NaN/Inf in y vanish.
                    let xf = Strided::<T>::random(&mut rng, n, incx);
                    let mut y = Strided::<T>::random(&mut rng, n, incy);
                    y.set(p, special);
                    level1::axpby(alpha, xf.vref(), T::zero(), y.vmut());
                    y.check_guards(|| ctx("axpby beta=0"));
                    for i in 0..n {
                        let want = wmul::<T>(alpha.to_c64(), xf.get(i).to_c64());
                        let tol = 4.0 * T::eps() * mag(alpha.to_c64()) * mag(xf.get(i).to_c64());
                        assert_close(y.get(i), want, tol, || ctx("axpby beta=0 (y special)"));
                    }
                    // ... and with alpha = 0 as well: y becomes zero.
                    let mut y = Strided::<T>::random(&mut rng, n, incy);
                    y.set(p, special);
                    level1::axpby(T::zero(), xf.vref(), T::zero(), y.vmut());
                    for i in 0..n {
                        assert_close(y.get(i), c64::new(0.0, 0.0), 0.0, || ctx("axpby alpha=beta=0 (y special)"));
                    }
                    // axpby with beta != 0 reads y: its special value propagates.
                    let mut y = Strided::<T>::random(&mut rng, n, incy);
                    y.set(p, special);
                    let yv = y.values();
                    level1::axpby(alpha, xf.vref(), beta, y.vmut());
                    for (i, yi) in yv.iter().enumerate() {
                        let (xi, yi, a, b) = (xf.get(i).to_c64(), yi.to_c64(), alpha.to_c64(), beta.to_c64());
                        let tol = 4.0 * T::eps() * (mag(a) * mag(xi) + mag(b) * mag(yi));
                        assert_close(y.get(i), wmul::<T>(a, xi) + wmul::<T>(b, yi), tol, || ctx("axpby (y special)"));
                    }

                    // scal: by 0, NaN and Inf become NaN (0 * Inf), everything else 0;
                    // by alpha, the special value propagates.
                    for a in [T::zero(), T::one(), alpha] {
                        let mut z = x.clone();
                        level1::scal(a, z.vmut());
                        z.check_guards(|| ctx("scal"));
                        for i in 0..n {
                            let want = wmul::<T>(a.to_c64(), x.get(i).to_c64());
                            let tol = 4.0 * T::eps() * mag(a.to_c64()) * mag(x.get(i).to_c64());
                            assert_close(z.get(i), want, tol, || ctx(&format!("scal a={a:?}")));
                        }
                    }
                    let mut z = x.clone();
                    level1::scal_real(T::Real::zero(), z.vmut());
                    for i in 0..n {
                        let want = x.get(i).to_c64() * 0.0;
                        assert_close(z.get(i), want, 0.0, || ctx("scal_real 0"));
                    }

                    // rot: both outputs at p take the special value.
                    let mut xr = x.clone();
                    let mut yr = Strided::<T>::random(&mut rng, n, incy);
                    let yv = yr.values();
                    let (c, s) = (T::Real::from_f64(0.6), T::Real::from_f64(0.8));
                    level1::rot(xr.vmut(), yr.vmut(), c, s);
                    for (i, yi) in yv.iter().enumerate() {
                        let (xi, yi) = (x.get(i).to_c64(), yi.to_c64());
                        let tol = 4.0 * T::eps() * (mag(xi) + mag(yi));
                        assert_close(xr.get(i), xi * 0.6 + yi * 0.8, tol, || ctx("rot x"));
                        assert_close(yr.get(i), yi * 0.6 - xi * 0.8, tol, || ctx("rot y"));
                    }
                }
            }
        }
    }
}

/// Reductions with NaN or Inf planted: NaN wins, Inf gives Inf (or NaN for Inf * 0).
fn nan_inf_reductions<T: TestScalar>() {
    let mut rng = Rng::new(101);
    for n in PATH_LENGTHS {
        for (incx, incy) in PATHS {
            for p in positions(n) {
                let ctx = |op: &str, what: &str| format!("{op} n={n} incx={incx} incy={incy} {what} at {p}");
                for (what, special) in [("NaN", nan::<T>()), ("+Inf", inf::<T>(1.0)), ("-Inf", inf::<T>(-1.0))] {
                    let mut x = Strided::<T>::random(&mut rng, n, incx);
                    x.set(p, special);
                    let y = Strided::<T>::random(&mut rng, n, incy);
                    let (xv, yv) = (x.values(), y.values());
                    for conj in [false, true] {
                        let got =
                            if conj { level1::dotc(x.vref(), y.vref()) } else { level1::dotu(x.vref(), y.vref()) };
                        let (want, bound) = ref_dot(&xv, &yv, conj);
                        let tol = 2.0 * (n as f64 + 2.0) * T::eps() * bound;
                        assert_close(got, want, tol, || ctx(if conj { "dotc" } else { "dotu" }, what));
                        let got =
                            if conj { level1::dotc(y.vref(), x.vref()) } else { level1::dotu(y.vref(), x.vref()) };
                        let (want, _) = ref_dot(&yv, &xv, conj);
                        assert_close(got, want, tol, || ctx("dot (swapped)", what));
                    }
                    let asum = level1::asum(x.vref()).to_f64();
                    assert!(close_f64(asum, ref_asum(&xv), f64::INFINITY), "{}: {asum}", ctx("asum", what));
                    let nrm = level1::nrm2(x.vref()).to_f64();
                    let want = if what == "NaN" { f64::NAN } else { f64::INFINITY };
                    assert!(close_f64(nrm, want, 0.0), "{}: {nrm}", ctx("nrm2", what));
                    // Inf times an exact zero is NaN.
                    if what != "NaN" {
                        let mut z = y.clone();
                        z.set(p, T::zero());
                        let got = level1::dotu(x.vref(), z.vref());
                        assert!(got.to_c64().re.is_nan(), "{}: {got:?}", ctx("dotu Inf*0", what));
                    }
                }
                // NaN together with Inf: NaN.
                if n > 1 {
                    let mut x = Strided::<T>::random(&mut rng, n, incx);
                    x.set(p, nan());
                    x.set((p + 1) % n, inf(1.0));
                    assert!(level1::nrm2(x.vref()).to_f64().is_nan(), "{}", ctx("nrm2", "NaN+Inf"));
                    assert!(level1::asum(x.vref()).to_f64().is_nan(), "{}", ctx("asum", "NaN+Inf"));
                }
            }
        }
    }
}

/// `axpby` with alpha = 0 leaves x unread, so a NaN or Inf in x does not
/// reach y: the reference `?axpby` (LAPACK 3.12: alpha = 0 calls
/// `?scal(beta, y)`) and OpenBLAS (`y = beta*y`, or `y = 0` when beta = 0
/// too) both ignore x then. (A regression test: this once multiplied x by 0.)
fn axpby_alpha_zero_does_not_read_x<T: TestScalar>() {
    let mut rng = Rng::new(102);
    for n in PATH_LENGTHS {
        for (incx, incy) in PATHS {
            for p in positions(n) {
                let mut x = Strided::<T>::random(&mut rng, n, incx);
                x.set(p, if p % 2 == 0 { nan() } else { inf(1.0) });
                for beta in [T::zero(), T::one(), random_scaled::<T>(&mut rng, 2.0)] {
                    let mut y = Strided::<T>::random(&mut rng, n, incy);
                    let yv = y.values();
                    level1::axpby(T::zero(), x.vref(), beta, y.vmut());
                    for (i, yi) in yv.iter().enumerate() {
                        let yi = yi.to_c64();
                        let want = if beta.is_zero() { c64::new(0.0, 0.0) } else { wmul::<T>(beta.to_c64(), yi) };
                        let tol = 4.0 * T::eps() * mag(beta.to_c64()) * mag(yi);
                        assert_close(y.get(i), want, tol, || {
                            format!("axpby alpha=0 beta={beta:?} n={n} incx={incx} incy={incy} x[{p}] special, y[{i}]")
                        });
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// iamax / iamin.

/// Background values and the planted extreme for `iamax` (`max = true`) or
/// `iamin`, with `|re| + |im|` exact in every precision.
struct Extremes<T> {
    max: bool,
    /// `|.|` is 2 for iamax and 0.5 for iamin.
    extreme: [T; 2],
}

impl<T: TestScalar> Extremes<T> {
    fn new(max: bool) -> Self {
        let extreme = match (max, T::IS_COMPLEX) {
            (true, false) => [T::from_f64s(2.0, 0.0), T::from_f64s(-2.0, 0.0)],
            (true, true) => [T::from_f64s(1.5, -0.5), T::from_f64s(-1.25, 0.75)],
            (false, false) => [T::from_f64s(0.5, 0.0), T::from_f64s(-0.5, 0.0)],
            (false, true) => [T::from_f64s(0.25, -0.25), T::from_f64s(-0.125, 0.375)],
        };
        Extremes { max, extreme }
    }

    /// A value strictly inside the background range.
    fn background(&self, rng: &mut Rng) -> T {
        match (self.max, T::IS_COMPLEX) {
            (true, false) => T::from_f64s(rng.range(0.1, 1.9) * rng.sign(), 0.0),
            (true, true) => T::from_f64s(rng.range(0.05, 0.95) * rng.sign(), rng.range(0.0, 0.95) * rng.sign()),
            (false, false) => T::from_f64s(rng.range(0.6, 3.0) * rng.sign(), 0.0),
            (false, true) => T::from_f64s(rng.range(0.3, 1.5) * rng.sign(), rng.range(0.3, 1.5) * rng.sign()),
        }
    }

    fn vector(&self, rng: &mut Rng, n: usize) -> Vec<T> {
        (0..n).map(|_| self.background(rng)).collect()
    }

    fn find(&self, x: &Strided<T>) -> Option<usize> {
        if self.max {
            level1::iamax(x.vref())
        } else {
            level1::iamin(x.vref())
        }
    }
}

fn iamax_positions_body<T: TestScalar>() {
    let mut rng = Rng::new(103);
    for max in [true, false] {
        let e = Extremes::<T>::new(max);
        let name = if max { "iamax" } else { "iamin" };
        let mut cases: Vec<(usize, Vec<usize>)> = (1..=70).map(|n| (n, (0..n).collect())).collect();
        for n in [127, 128, 129, 255, 256, 257, 1000, 4099] {
            let mut ps: Vec<usize> = (0..20).chain(n - 20..n).collect();
            ps.push(n / 2);
            cases.push((n, ps));
        }
        for (n, ps) in cases {
            for inc in [1, -1, 2] {
                for &p in &ps {
                    let ctx = |what: &str| format!("{name} n={n} inc={inc} {what} p={p}");
                    let base = e.vector(&mut rng, n);
                    // The unique extreme at p.
                    let mut v = base.clone();
                    v[p] = e.extreme[rng.below(2)];
                    let x = Strided::from_values(&v, inc);
                    assert_eq!(e.find(&x), Some(p), "{} [{}]", ctx("unique extreme"), T::NAME);
                    // A tie at p and a later q: p wins.
                    if p + 1 < n {
                        let q = p + 1 + rng.below(n - p - 1);
                        v[q] = e.extreme[1];
                        v[p] = e.extreme[0];
                        let x = Strided::from_values(&v, inc);
                        assert_eq!(e.find(&x), Some(p), "{} q={q} [{}]", ctx("tie"), T::NAME);
                    }
                    // NaN at p: skipped, so the extreme at q != p wins; a NaN
                    // first element wins outright.
                    if n >= 2 {
                        let mut v = base.clone();
                        let q = (p + 1 + rng.below(n - 1)) % n;
                        v[q] = e.extreme[0];
                        v[p] = if T::IS_COMPLEX && rng.coin() { T::from_f64s(0.0, f64::NAN) } else { nan() };
                        let want = if p == 0 { 0 } else { q };
                        let x = Strided::from_values(&v, inc);
                        assert_eq!(e.find(&x), Some(want), "{} q={q} [{}]", ctx("NaN"), T::NAME);
                    }
                }
            }
        }
    }
}

fn iamax_inf_equal_complex_body<T: TestScalar>() {
    let mut rng = Rng::new(104);
    for n in (1..=70).chain([127, 128, 129, 257, 1000]) {
        for inc in [1, -1, 3] {
            let ctx = |what: &str| format!("n={n} inc={inc} {what} [{}]", T::NAME);
            // Infinities: the first one is the largest; never the smallest unless all are.
            let mut v: Vec<T> = random_vec(&mut rng, n);
            let p = rng.below(n);
            v[p] = if T::IS_COMPLEX && rng.coin() {
                T::from_f64s(0.0, -f64::INFINITY)
            } else {
                T::from_f64s(rng.sign() * f64::INFINITY, 0.0)
            };
            if p + 1 < n {
                let q = p + 1 + rng.below(n - p - 1);
                v[q] = T::from_f64s(f64::INFINITY, 1.0);
            }
            let x = Strided::from_values(&v, inc);
            assert_eq!(level1::iamax(x.vref()), Some(p), "{}", ctx("iamax Inf"));
            assert_eq!(level1::iamin(x.vref()), ref_iamax(&v, false), "{}", ctx("iamin Inf"));
            let all_inf = vec![T::from_f64s(f64::INFINITY, 0.0); n];
            let x = Strided::from_values(&all_inf, inc);
            assert_eq!(level1::iamax(x.vref()), Some(0), "{}", ctx("iamax all Inf"));
            assert_eq!(level1::iamin(x.vref()), Some(0), "{}", ctx("iamin all Inf"));

            // All equal in |re| + |im| (zeros, a constant, and for complex
            // different numbers of the same |re| + |im|): index 0.
            let c = T::random(&mut rng);
            let same_abs =
                [T::from_f64s(1.0, -1.0), T::from_f64s(-1.0, 1.0), T::from_f64s(2.0, 0.0), T::from_f64s(0.0, -2.0)];
            let vectors: [Vec<T>; 3] = [
                vec![T::zero(); n],
                vec![c; n],
                (0..n)
                    .map(|_| {
                        if T::IS_COMPLEX {
                            same_abs[rng.below(4)]
                        } else {
                            same_abs[2] * T::from_f64s(rng.sign(), 0.0)
                        }
                    })
                    .collect(),
            ];
            for v in vectors {
                let x = Strided::from_values(&v, inc);
                assert_eq!(level1::iamax(x.vref()), Some(0), "{}", ctx("iamax all equal"));
                assert_eq!(level1::iamin(x.vref()), Some(0), "{}", ctx("iamin all equal"));
            }

            if T::IS_COMPLEX {
                // |re| + |im| decides, not the modulus: (1.2, 1.2) has the
                // larger |re| + |im| (2.4 > 2) but the smaller modulus (1.70 < 2).
                let p = rng.below(n);
                let mut v: Vec<T> = (0..n).map(|_| T::from_f64s(2.0 * rng.sign(), 0.0)).collect();
                v[p] = T::from_f64s(1.2, -1.2);
                let x = Strided::from_values(&v, inc);
                assert_eq!(level1::iamax(x.vref()), Some(p), "{}", ctx("iamax |re|+|im|"));
                let mut v: Vec<T> = (0..n).map(|_| T::from_f64s(1.2 * rng.sign(), 1.2 * rng.sign())).collect();
                v[p] = T::from_f64s(0.0, -2.0);
                let x = Strided::from_values(&v, inc);
                assert_eq!(level1::iamin(x.vref()), Some(p), "{}", ctx("iamin |re|+|im|"));
            }
        }
    }
    // Empty vectors have no index.
    assert_eq!(level1::iamax::<T>(VecRef::from_slice(&[])), None);
    assert_eq!(level1::iamin::<T>(VecRef::from_slice(&[])), None);
}

// ---------------------------------------------------------------------------
// nrm2.

fn nrm2_extremes_body<T: TestScalar>() {
    let mut rng = Rng::new(105);
    let double = T::eps() < 1e-10;
    let max = T::max_real();
    let min_normal = T::Real::MIN_POSITIVE.to_f64();
    let (huge, tiny, mid_hi, mid_lo) = if double { (1e300, 1e-300, 1e154, 1e-160) } else { (1e36, 1e-36, 1e19, 1e-20) };
    for n in PATH_LENGTHS.into_iter().chain([0, 128, 1000]) {
        for inc in [1, -1, 2] {
            let ctx = |what: &str| format!("nrm2 n={n} inc={inc} {what}");
            let check = |v: &[T], what: &str| {
                let x = Strided::from_values(v, inc);
                let got = level1::nrm2(x.vref());
                let want = ref_nrm2(v);
                assert_close_real(got, want, (n as f64 + 4.0) * T::eps() * want, || ctx(what));
                x.check_unchanged(|| ctx(what));
            };
            // Uniform magnitudes, including subnormals and values whose
            // squares overflow or underflow.
            let subnormal = min_normal * 0.5;
            let near_max = max / (4.0 * ((2 * n.max(1)) as f64).sqrt());
            for (what, scale) in [
                ("huge", huge),
                ("tiny", tiny),
                ("mid-high", mid_hi),
                ("mid-low", mid_lo),
                ("subnormal", subnormal),
                ("near max", near_max),
                ("min normal", min_normal * 4.0),
            ] {
                let v: Vec<T> = (0..n).map(|_| random_scaled(&mut rng, scale)).collect();
                check(&v, what);
            }
            if n == 0 {
                check(&[], "empty");
                continue;
            }
            // Zero vectors (with signed zeros).
            check(&vec![T::zero(); n], "zero");
            check(&vec![T::from_f64s(-0.0, -0.0); n], "negative zero");
            // Mixed magnitudes at planted positions.
            for p in positions(n) {
                for (what, fill, spike) in [
                    ("huge among tiny", tiny, huge),
                    ("tiny among huge", huge, tiny),
                    ("huge among mid", 1.0, huge),
                    ("tiny among mid", 1.0, tiny),
                    ("mid among tiny", tiny, 1.0),
                    ("near max among tiny", subnormal, max * 0.75),
                    ("subnormal among mid", 1.0, subnormal),
                ] {
                    let mut v: Vec<T> = (0..n).map(|_| random_scaled(&mut rng, fill)).collect();
                    v[p] = T::from_f64s(spike * rng.sign(), 0.0);
                    check(&v, what);
                }
                // Huge, mid and tiny together.
                if n >= 3 {
                    let mut v: Vec<T> = (0..n).map(|_| random_scaled(&mut rng, 1.0)).collect();
                    v[p] = T::from_f64s(huge, -tiny);
                    v[(p + 1) % n] = T::from_f64s(tiny, tiny);
                    check(&v, "huge+mid+tiny");
                }
            }
        }
    }
    // Exact values near overflow: no spurious Inf.
    let half = T::from_f64s(max * 0.5, 0.0);
    let got = level1::nrm2(VecRef::from_slice(&[half, half])).to_f64();
    assert_close_real(got, max * 0.5 * 2f64.sqrt(), 4.0 * T::eps() * max, || "nrm2 [MAX/2, MAX/2]".into());
    if T::IS_COMPLEX {
        let z = T::from_f64s(max * 0.6, -max * 0.6);
        let got = level1::nrm2(VecRef::from_slice(&[z])).to_f64();
        assert_close_real(got, max * 0.6 * 2f64.sqrt(), 4.0 * T::eps() * max, || "nrm2 (0.6 MAX, -0.6 MAX)".into());
    }
    let three_four = [T::from_f64s(3.0 * tiny, 0.0), T::from_f64s(4.0 * tiny, 0.0)];
    let got = level1::nrm2(VecRef::from_slice(&three_four)).to_f64();
    assert_close_real(got, 5.0 * tiny, 4.0 * T::eps() * 5.0 * tiny, || "nrm2 tiny 3-4-5".into());
    // A single element: |x|, exactly for reals.
    for v in [3.5, -1e-3, huge, -tiny, min_normal * 0.25] {
        let x = T::from_f64s(v, 0.0);
        let got = level1::nrm2(VecRef::from_slice(&[x]));
        assert_eq!(got.to_f64(), x.re().to_f64().abs(), "nrm2 of the single element {v:e} [{}]", T::NAME);
    }
    // Inf of either sign, and in either part.
    for inf in [T::from_f64s(f64::INFINITY, 0.0), T::from_f64s(f64::NEG_INFINITY, 1.0)] {
        let v = [T::one(), inf, T::from_f64s(huge, 0.0)];
        assert_eq!(level1::nrm2(VecRef::from_slice(&v)).to_f64(), f64::INFINITY, "nrm2 with Inf [{}]", T::NAME);
    }
}

// ---------------------------------------------------------------------------
// rotg (real).

/// LAPACK 3.10's `drotg` in `f64`: returns `(c, s, r, z)`.
fn ref_rotg(a: f64, b: f64) -> (f64, f64, f64, f64) {
    let (safmin, safmax) = (f64::MIN_POSITIVE, 1.0 / f64::MIN_POSITIVE);
    let (anorm, bnorm) = (a.abs(), b.abs());
    if bnorm == 0.0 {
        (1.0, 0.0, a, 0.0)
    } else if anorm == 0.0 {
        (0.0, 1.0, b, 1.0)
    } else {
        let scl = safmax.min(safmin.max(anorm).max(bnorm));
        let sigma = if anorm > bnorm { 1f64.copysign(a) } else { 1f64.copysign(b) };
        let r = sigma * (scl * ((a / scl).powi(2) + (b / scl).powi(2)).sqrt());
        let (c, s) = (a / r, b / r);
        let z = if anorm > bnorm {
            s
        } else if c != 0.0 {
            1.0 / c
        } else {
            1.0
        };
        (c, s, r, z)
    }
}

fn check_rotg<R: TestScalar + RealScalar>(a: f64, b: f64, want: Option<(f64, f64, f64, f64)>) {
    let (ar, br) = (R::from_f64(a), R::from_f64(b));
    let (a, b) = (ar.to_f64(), br.to_f64());
    let (mut ra, mut rb) = (ar, br);
    let (c, s) = level1::rotg(&mut ra, &mut rb);
    let (c, s, r, z) = (c.to_f64(), s.to_f64(), ra.to_f64(), rb.to_f64());
    let ctx = |what: &str| format!("rotg(a={a:e}, b={b:e}) {what}: c={c:e} s={s:e} r={r:e} z={z:e}");
    let eps = R::eps();
    let (wc, ws, wr, wz) = want.unwrap_or_else(|| ref_rotg(a, b));
    assert_close_real(R::from_f64(c), wc, 4.0 * eps, || ctx("c"));
    assert_close_real(R::from_f64(s), ws, 4.0 * eps, || ctx("s"));
    assert_close_real(ra, wr, 4.0 * eps * wr.abs(), || ctx("r"));
    // The reference's z = 1/c is only comparable when c is computed in the
    // same precision (a tiny c overflows 1/c in single precision): the
    // property below checks z in R's arithmetic; here only explicit values.
    if want.is_some() || a.abs() > b.abs() || b == 0.0 || a == 0.0 {
        assert_close_real(rb, wz, 8.0 * eps * wz.abs(), || ctx("z"));
    }
    // Properties: a rotation, r carries the sign of the larger input, and
    // [c s; -s c] [a; b] = [r; 0].
    assert!((c * c + s * s - 1.0).abs() <= 4.0 * eps, "{}", ctx("c^2 + s^2 = 1"));
    if r != 0.0 {
        let (ah, bh) = (a / r.abs(), b / r.abs());
        assert!((c * ah + s * bh - r.signum()).abs() <= 4.0 * eps, "{}", ctx("c a + s b = r"));
        assert!((c * bh - s * ah).abs() <= 4.0 * eps, "{}", ctx("-s a + c b = 0"));
        let larger = if a.abs() > b.abs() { a } else { b };
        assert_eq!(r.signum(), larger.signum(), "{}", ctx("sign of r"));
    }
    // z reconstructs (c, s): s if |a| > |b|, else 1/c (1 when c = 0).
    if b != 0.0 {
        let wz = if a.abs() > b.abs() {
            s
        } else if c != 0.0 {
            (R::one() / R::from_f64(c)).to_f64()
        } else {
            1.0
        };
        assert_close_real(rb, wz, 4.0 * eps * wz.abs(), || ctx("z semantics"));
    }
}

fn rotg_body<R: TestScalar + RealScalar>() {
    let (r2, h) = (2f64.sqrt(), 0.5f64.sqrt());
    // (a, b, (c, s, r, z))
    type Case = (f64, f64, (f64, f64, f64, f64));
    let cases: [Case; 14] = [
        (0.0, 0.0, (1.0, 0.0, 0.0, 0.0)),
        (3.0, 0.0, (1.0, 0.0, 3.0, 0.0)),
        (-3.0, 0.0, (1.0, 0.0, -3.0, 0.0)),
        (-3.0, -0.0, (1.0, 0.0, -3.0, 0.0)),
        (0.0, 4.0, (0.0, 1.0, 4.0, 1.0)),
        (0.0, -4.0, (0.0, 1.0, -4.0, 1.0)),
        (3.0, 4.0, (0.6, 0.8, 5.0, 1.0 / 0.6)),
        (4.0, 3.0, (0.8, 0.6, 5.0, 0.6)),
        (-4.0, 3.0, (0.8, -0.6, -5.0, -0.6)),
        (3.0, -4.0, (-0.6, 0.8, -5.0, -1.0 / 0.6)),
        (-3.0, -4.0, (0.6, 0.8, -5.0, 1.0 / 0.6)),
        (1.0, 1.0, (h, h, r2, r2)),
        (1.0, -1.0, (-h, h, -r2, -r2)),
        (-1.0, 1.0, (-h, h, r2, -r2)),
    ];
    for (a, b, want) in cases {
        check_rotg::<R>(a, b, Some(want));
    }
    // b = 0 leaves a as r and sets b = +0 (z = 0).
    let (mut a, mut b) = (R::from_f64(-2.5), R::from_f64(-0.0));
    level1::rotg(&mut a, &mut b);
    assert_eq!((a.to_f64(), b.to_f64().to_bits()), (-2.5, 0f64.to_bits()), "rotg(-2.5, -0) [{}]", R::NAME);

    // Huge and tiny values: no overflow or underflow in r.
    let (max, min) = (R::max_real(), R::Real::MIN_POSITIVE.to_f64());
    for (a, b) in [
        (max * 0.5, max * 0.5),
        (-max * 0.7, max * 0.1),
        (max * 0.5, min),
        (min, min),
        (min * 3.0, -min * 4.0),
        (min, max * 0.25),
    ] {
        check_rotg::<R>(a, b, None);
    }
    // Random magnitudes across the exponent range.
    let mut rng = Rng::new(106);
    // Normal magnitudes only: with both inputs subnormal, r itself is
    // subnormal and c, s lose their accuracy in any implementation.
    let (elo, ehi) = if R::eps() < 1e-10 { (-300.0, 300.0) } else { (-30.0, 35.0) };
    for _ in 0..3000 {
        let a = rng.sign() * 10f64.powf(rng.range(elo, ehi));
        let b = rng.sign() * 10f64.powf(rng.range(elo, ehi));
        let (a, b) = match rng.below(10) {
            0 => (0.0, b),
            1 => (a, 0.0),
            2 => (a, a * rng.sign()),
            _ => (a, b),
        };
        check_rotg::<R>(a, b, None);
    }
}

// ---------------------------------------------------------------------------
// rotg (complex).

fn check_rotg_complex<R: TestScalar + RealScalar>(a: c64, b: c64)
where
    Complex<R>: TestScalar + Scalar<Real = R>,
{
    let (ar, br) = (Complex::<R>::from_c64(a), Complex::<R>::from_c64(b));
    let (a, b) = (ar.to_c64(), br.to_c64());
    let mut r = ar;
    let (c, s) = level1::rotg_complex(&mut r, br);
    let (c, s, r) = (c.to_f64(), s.to_c64(), r.to_c64());
    let ctx = |what: &str| format!("rotg_complex(a={a}, b={b}) {what}: c={c:e} s={s} r={r}");
    let eps = R::eps();
    assert!(
        c.is_finite() && s.re.is_finite() && s.im.is_finite() && r.re.is_finite() && r.im.is_finite(),
        "{}",
        ctx("finite")
    );
    if b.re == 0.0 && b.im == 0.0 {
        assert_eq!(c, 1.0, "{}", ctx("b = 0: c"));
        assert_eq!((s.re, s.im), (0.0, 0.0), "{}", ctx("b = 0: s"));
        assert_eq!(r, a, "{}", ctx("b = 0: r = a"));
        return;
    }
    let bn = b.re.hypot(b.im);
    let (wc, ws, wr) = if a.re == 0.0 && a.im == 0.0 {
        (0.0, c64::new(b.re / bn, -b.im / bn), c64::new(bn, 0.0))
    } else {
        let an = a.re.hypot(a.im);
        let norm = an.hypot(bn);
        let phase = c64::new(a.re / an, a.im / an);
        (an / norm, phase * c64::new(b.re / norm, -b.im / norm), phase * norm)
    };
    let rn = wr.re.hypot(wr.im);
    assert_close_real(R::from_f64(c), wc, 8.0 * eps, || ctx("c"));
    assert_close(Complex::<R>::from_c64(s), ws, 8.0 * eps, || ctx("s"));
    assert_close(Complex::<R>::from_c64(r), wr, 8.0 * eps * rn, || ctx("r"));
    if a.re == 0.0 && a.im == 0.0 {
        assert_eq!((c, r.im), (0.0, 0.0), "{}", ctx("a = 0: c = 0, r real"));
    }
    // [c s; -conj(s) c] [a; b] = [r; 0], scaled by 1/|r|.
    let (ah, bh, rh) = (a / rn, b / rn, r / rn);
    let first = ah * c + s * bh - rh;
    let second = -(s.conj() * ah) + bh * c;
    assert!(mag(first) <= 16.0 * eps, "{}: residual {first}", ctx("c a + s b = r"));
    assert!(mag(second) <= 16.0 * eps, "{}: residual {second}", ctx("-conj(s) a + c b = 0"));
    assert!((c * c + s.norm_sqr() - 1.0).abs() <= 8.0 * eps, "{}", ctx("c^2 + |s|^2 = 1"));
}

fn rotg_complex_body<R: TestScalar + RealScalar>()
where
    Complex<R>: TestScalar + Scalar<Real = R>,
{
    let z = |re: f64, im: f64| c64::new(re, im);
    let (max, min) = (R::max_real(), R::Real::MIN_POSITIVE.to_f64());
    let (huge, tiny) = if R::eps() < 1e-10 { (1e300, 1e-300) } else { (1e37, 1e-37) };
    for (a, b) in [
        (z(0.0, 0.0), z(0.0, 0.0)),
        (z(3.0, -4.0), z(0.0, 0.0)),
        (z(0.0, 0.0), z(3.0, 4.0)),
        (z(0.0, 0.0), z(-1.0, 0.0)),
        (z(0.0, 0.0), z(0.0, -2.0)),
        (z(1.0, 0.0), z(1.0, 0.0)),
        (z(3.0, 4.0), z(-5.0, 12.0)),
        (z(0.0, 1.0), z(1.0, 0.0)),
        (z(huge, huge), z(huge, -huge)),
        (z(tiny, -tiny), z(tiny, tiny)),
        (z(huge, 0.0), z(tiny, tiny)),
        (z(tiny, 0.0), z(0.0, huge)),
        (z(0.0, 0.0), z(huge, huge)),
        (z(0.0, 0.0), z(tiny, -tiny)),
        (z(max * 0.25, max * 0.25), z(max * 0.25, -max * 0.25)),
        (z(min, min), z(min, 0.0)),
        (z(0.0, 0.0), z(max * 0.5, max * 0.5)),
    ] {
        check_rotg_complex::<R>(a, b);
    }
    let mut rng = Rng::new(107);
    let (elo, ehi) = if R::eps() < 1e-10 { (-300.0, 300.0) } else { (-30.0, 35.0) };
    for _ in 0..3000 {
        let part = |rng: &mut Rng| rng.sign() * 10f64.powf(rng.range(elo, ehi));
        let (ea, eb) = (10f64.powf(rng.range(elo, ehi)), 10f64.powf(rng.range(elo, ehi)));
        let mut a = z(rng.sym() * ea, rng.sym() * ea);
        let mut b = z(rng.sym() * eb, rng.sym() * eb);
        match rng.below(8) {
            0 => a = z(0.0, 0.0),
            1 => b = z(0.0, 0.0),
            2 => a = z(part(&mut rng), part(&mut rng)),
            _ => {}
        }
        check_rotg_complex::<R>(a, b);
    }
}

// ---------------------------------------------------------------------------
// rotmg / rotm.

/// The reference `drotmg`/`srotmg` (LAPACK 3.12), in `R`'s arithmetic.
///
/// The thresholds are the reference's DATA constants: `2^24` and `2^-24`
/// written as decimals that are off in the last digits (`1.67772E7`,
/// `5.96046E-8` in single precision, `5.9604645D-8` in double), so values at
/// the thresholds rescale as they do in the reference. As in the current
/// reference, rescaling re-seeds the
/// implied entries of `H` only when the flag is still 0 or 1. (Reference
/// versions 3.2 to 3.11 re-seeded `h12 = 1, h21 = -1` on every pass, which
/// discards the computed entries once the flag is -1 and breaks the
/// transformation; the original 1979 BLAS and OpenBLAS do not.)
fn ref_rotmg<R: RealScalar>(d1: &mut R, d2: &mut R, x1: &mut R, y1: R, param: &mut RotmParam<R>) {
    let (zero, one, two) = (R::zero(), R::one(), R::from_f64(2.0));
    let gam = R::from_f64(4096.0);
    let (gamsq, rgamsq) = if R::MANTISSA_DIGITS <= 24 {
        (R::from_f64(1.67772e7), R::from_f64(5.96046e-8))
    } else {
        (R::from_f64(16_777_216.0), R::from_f64(5.9604645e-8))
    };
    let (mut h11, mut h12, mut h21, mut h22) = (zero, zero, zero, zero);
    let mut flag;
    if *d1 < zero {
        flag = -one;
        (*d1, *d2, *x1) = (zero, zero, zero);
    } else {
        let p2 = *d2 * y1;
        if p2 == zero {
            param[0] = -two;
            return;
        }
        let p1 = *d1 * *x1;
        let q2 = p2 * y1;
        let q1 = p1 * *x1;
        if q1.abs() > q2.abs() {
            h21 = -y1 / *x1;
            h12 = p2 / p1;
            let u = one - h12 * h21;
            if u > zero {
                flag = zero;
                *d1 /= u;
                *d2 /= u;
                *x1 *= u;
            } else {
                flag = -one;
                (h11, h12, h21, h22) = (zero, zero, zero, zero);
                (*d1, *d2, *x1) = (zero, zero, zero);
            }
        } else if q2 < zero {
            flag = -one;
            (*d1, *d2, *x1) = (zero, zero, zero);
        } else {
            flag = one;
            h11 = p1 / p2;
            h22 = *x1 / y1;
            let u = one + h11 * h22;
            let t = *d2 / u;
            *d2 = *d1 / u;
            *d1 = t;
            *x1 = y1 * u;
        }
        let reseed = |flag: &mut R, h11: &mut R, h12: &mut R, h21: &mut R, h22: &mut R| {
            if *flag == zero {
                (*h11, *h22, *flag) = (one, one, -one);
            } else if *flag == one {
                (*h21, *h12, *flag) = (-one, one, -one);
            }
        };
        if *d1 != zero {
            while *d1 <= rgamsq || *d1 >= gamsq {
                reseed(&mut flag, &mut h11, &mut h12, &mut h21, &mut h22);
                if *d1 <= rgamsq {
                    *d1 *= gam * gam;
                    *x1 /= gam;
                    h11 /= gam;
                    h12 /= gam;
                } else {
                    *d1 /= gam * gam;
                    *x1 *= gam;
                    h11 *= gam;
                    h12 *= gam;
                }
            }
        }
        if *d2 != zero {
            while d2.abs() <= rgamsq || d2.abs() >= gamsq {
                reseed(&mut flag, &mut h11, &mut h12, &mut h21, &mut h22);
                if d2.abs() <= rgamsq {
                    *d2 *= gam * gam;
                    h21 /= gam;
                    h22 /= gam;
                } else {
                    *d2 /= gam * gam;
                    h21 *= gam;
                    h22 *= gam;
                }
            }
        }
    }
    if flag < zero {
        param[1..].copy_from_slice(&[h11, h21, h12, h22]);
    } else if flag == zero {
        (param[2], param[3]) = (h21, h12);
    } else {
        (param[1], param[4]) = (h11, h22);
    }
    param[0] = flag;
}

/// Runs `rotmg` on one input, compares with [`ref_rotmg`], and checks that
/// `H` (applied by `rotm`) zeroes the second component and preserves the
/// weighted norm `d1 x1^2 + d2 y1^2`. Returns the flag.
fn check_rotmg<R: TestScalar + RealScalar>(d1: f64, d2: f64, x1: f64, y1: f64) -> f64 {
    let (d1, d2, x1, y1) = (R::from_f64(d1), R::from_f64(d2), R::from_f64(x1), R::from_f64(y1));
    let sentinel = R::from_f64(7.0);
    let (mut gd1, mut gd2, mut gx1, mut gp) = (d1, d2, x1, [sentinel; 5]);
    level1::rotmg(&mut gd1, &mut gd2, &mut gx1, y1, &mut gp);
    let (mut wd1, mut wd2, mut wx1, mut wp) = (d1, d2, x1, [sentinel; 5]);
    ref_rotmg(&mut wd1, &mut wd2, &mut wx1, y1, &mut wp);
    let f = |v: R| v.to_f64();
    let ctx = |what: &str| {
        format!(
            "rotmg(d1={:e}, d2={:e}, x1={:e}, y1={:e}) {what}: got d1={:e} d2={:e} x1={:e} param={:?}, reference d1={:e} d2={:e} x1={:e} param={:?}",
            f(d1), f(d2), f(x1), f(y1), f(gd1), f(gd2), f(gx1), gp.map(f), f(wd1), f(wd2), f(wx1), wp.map(f)
        )
    };
    let eps = R::eps();
    assert_eq!(f(gp[0]), f(wp[0]), "{}", ctx("flag"));
    let flag = f(wp[0]);
    if flag == -2.0 {
        assert_eq!((gd1, gd2, gx1), (d1, d2, x1), "{}", ctx("flag -2 changes nothing"));
    } else if !(f(gd1) == 0.0 && f(gd2) == 0.0 && f(gx1) == 0.0) {
        // Unless H was zeroed (d1 < 0, or q2 < 0), applying H to (x1, y1)
        // with rotm makes the second component vanish and the first the new
        // x1, and d1' x1'^2 = d1 x1^2 + d2 y1^2.
        let h = rotm_matrix(&gp.map(f));
        let (mut xs, mut ys) = ([x1], [y1]);
        level1::rotm(VecMut::from_slice(&mut xs), VecMut::from_slice(&mut ys), &gp);
        let (xn, yn) = (f(xs[0]), f(ys[0]));
        let scale2 = (h[1] * f(x1)).abs() + (h[3] * f(y1)).abs();
        assert!(
            yn.abs() <= 8.0 * eps * scale2,
            "{}: H [x1; y1] = [{xn:e}; {yn:e}]",
            ctx("second component not zeroed")
        );
        assert_close_real(xs[0], f(gx1), 8.0 * eps * f(gx1).abs(), || ctx("H [x1; y1] first = new x1"));
        let (before, after) = (f(d1) * f(x1).powi(2) + f(d2) * f(y1).powi(2), f(gd1) * f(gx1).powi(2));
        let mag = (f(d1) * f(x1).powi(2)).abs() + (f(d2) * f(y1).powi(2)).abs();
        assert!((before - after).abs() <= 16.0 * eps * mag, "{}: {before:e} became {after:e}", ctx("weighted norm"));
    }
    for (g, w, what) in [(gd1, wd1, "d1"), (gd2, wd2, "d2"), (gx1, wx1, "x1")] {
        assert_close_real(g, f(w), 8.0 * eps * f(w).abs(), || ctx(what));
    }
    // The entries the flag implies are not written.
    // (The flag is one of -2, -1, 0, 1: it equals the reference's.)
    let written: &[usize] = match flag as i32 {
        -2 => &[],
        -1 => &[1, 2, 3, 4],
        0 => &[2, 3],
        _ => &[1, 4],
    };
    for k in 1..5 {
        if written.contains(&k) {
            assert_close_real(gp[k], f(wp[k]), 8.0 * eps * f(wp[k]).abs(), || ctx(&format!("param[{k}]")));
        } else {
            assert_eq!(f(gp[k]), 7.0, "{}", ctx(&format!("param[{k}] must stay untouched")));
        }
    }
    flag
}

fn rotmg_cases_body<R: TestScalar + RealScalar>() {
    // (d1, d2, x1, y1, expected flag)
    let cases: &[(f64, f64, f64, f64, f64)] = &[
        (-1.0, 2.0, 3.0, 4.0, -1.0), // d1 < 0: zero H, d1, d2, x1
        (1.0, 2.0, 3.0, 0.0, -2.0),  // y1 = 0: H = I
        (1.0, 0.0, 3.0, 4.0, -2.0),  // d2 = 0: H = I
        (1.0, 1.0, 2.0, 1.0, 0.0),   // |q1| > |q2|
        (2.0, 0.5, -3.0, 1.5, 0.0),
        (1.0, -0.25, 1.0, 1.0, 0.0), // d2 < 0 but |q1| > |q2|
        (1.0, 1.0, 1.0, 2.0, 1.0),   // |q1| < |q2|
        (1.0, 1.0, 1.0, 1.0, 1.0),   // |q1| = |q2|
        (0.0, 1.0, 5.0, 2.0, 1.0),   // d1 = 0
        (1.0, 3.0, 0.0, 2.0, 1.0),   // x1 = 0
        (1.0, -4.0, 1.0, 1.0, -1.0), // q2 < 0, |q1| <= |q2|: zero H
        // Rescaling: d1 or d2 leaves [2^-24, 2^24], H becomes full (flag -1).
        // (One rescaling pass in all; several passes are in the bug test below.)
        (1e9, 1.0, 1.0, 1.0, -1.0),
        (1.0, 1e-10, 1.0, 1.0, -1.0),
        (1.0, 1e10, 1e6, 1.0, -1.0),
        (1e-9, 1.0, 1.0, 1e-3, -1.0),
        (1.0, 1e9, 1.0, 1.0, -1.0),
    ];
    for &(d1, d2, x1, y1, flag) in cases {
        let got = check_rotmg::<R>(d1, d2, x1, y1);
        assert_eq!(got, flag, "rotmg(d1={d1:e}, d2={d2:e}, x1={x1:e}, y1={y1:e}) flag [{}]", R::NAME);
    }
}

/// Regression test: when `rotmg` rescales more than once (d1 twice, d2
/// twice, or d1 then d2), a pass after the first must not overwrite
/// `h12 = 1, h21 = -1` (the flag is already -1), or `H` no longer zeroes
/// `sqrt(d2) y1`. The current reference (`ELSE IF (DFLAG.EQ.ONE)`),
/// the original BLAS and OpenBLAS re-seed only while the flag is 0 or 1.
fn rotmg_repeated_rescaling_body<R: TestScalar + RealScalar>() {
    for (d1, d2, x1, y1) in [
        (1e-20, 1.0, 1e12, 1.0),  // flag 0, d1 rescaled twice
        (1e-9, 1e-10, 1.0, 1.0),  // flag 0, d1 once then d2 once
        (1.0, 1e-20, 1.0, 1.0),   // flag 0, d2 rescaled twice
        (1e20, 1.0, 1.0, 1e12),   // flag 1 path, rescaled twice
        (1e-12, 1e-12, 1.0, 2.0), // flag 1, d1 then d2
    ] {
        check_rotmg::<R>(d1, d2, x1, y1);
    }
}

fn rotmg_random_body<R: TestScalar + RealScalar>() {
    let mut rng = Rng::new(108);
    let mut flags = [0usize; 4];
    for _ in 0..4000 {
        let mut d1 = 10f64.powf(rng.range(-6.0, 6.0));
        let mut d2 = 10f64.powf(rng.range(-6.0, 6.0)) * if rng.below(10) == 0 { -1.0 } else { 1.0 };
        if rng.below(20) == 0 {
            d1 = -d1;
        }
        if rng.below(20) == 0 {
            d2 = 0.0;
        }
        let x1 = rng.sym() * 10f64.powf(rng.range(-3.0, 3.0));
        let y1 = if rng.below(20) == 0 { 0.0 } else { rng.sym() * 10f64.powf(rng.range(-3.0, 3.0)) };
        let flag = check_rotmg::<R>(d1, d2, x1, y1);
        flags[(flag + 2.0) as usize] += 1;
    }
    assert!(flags.iter().all(|&c| c > 0), "every flag should occur: {flags:?}");
}

fn rotm_body<R: TestScalar + RealScalar>() {
    let mut rng = Rng::new(109);
    let lens: Vec<usize> = (0..=20).chain([31, 32, 33, 64, 65, 257]).collect();
    for flag in [-2.0, -1.0, 0.0, 1.0] {
        for &n in &lens {
            for (incx, incy) in inc_pairs() {
                let h = [rng.sym(), rng.sym(), rng.sym(), rng.sym()];
                // Entries the flag implies are NaN: reading them would show.
                let nan = f64::NAN;
                let p = match flag as i32 {
                    -2 => [flag, nan, nan, nan, nan],
                    -1 => [flag, h[0], h[1], h[2], h[3]],
                    0 => [flag, nan, h[1], h[2], nan],
                    _ => [flag, h[0], nan, nan, h[3]],
                };
                let param: RotmParam<R> = p.map(R::from_f64);
                let full = rotm_matrix(&param.map(|v| v.to_f64()));
                let mut x = Strided::<R>::random(&mut rng, n, incx);
                let mut y = Strided::<R>::random(&mut rng, n, incy);
                let (xv, yv) = (x.values(), y.values());
                level1::rotm(x.vmut(), y.vmut(), &param);
                let ctx = || format!("rotm flag={flag} n={n} incx={incx} incy={incy}");
                if flag == -2.0 {
                    x.check_unchanged(ctx);
                    y.check_unchanged(ctx);
                    continue;
                }
                x.check_guards(ctx);
                y.check_guards(ctx);
                for i in 0..n {
                    let (w, z) = (xv[i].to_f64(), yv[i].to_f64());
                    let tol = 4.0 * R::eps() * (w.abs() + z.abs()) * 2.0;
                    assert_close_real(x.get(i), full[0] * w + full[2] * z, tol, || format!("{} x[{i}]", ctx()));
                    assert_close_real(y.get(i), full[1] * w + full[3] * z, tol, || format!("{} y[{i}]", ctx()));
                }
            }
        }
    }
}

for_each_type! {
    nan_inf_elementwise => nan_inf_elementwise;
    nan_inf_reductions => nan_inf_reductions;
    axpby_alpha_zero_ignores_x => axpby_alpha_zero_does_not_read_x;
    iamax_positions => iamax_positions_body;
    iamax_inf_equal_complex => iamax_inf_equal_complex_body;
    nrm2_extremes => nrm2_extremes_body;
}

for_each_real! {
    rotg => rotg_body;
    rotg_complex => rotg_complex_body;
    rotmg_cases => rotmg_cases_body;
    rotmg_repeated_rescaling => rotmg_repeated_rescaling_body;
    rotmg_random => rotmg_random_body;
    rotm => rotm_body;
}
