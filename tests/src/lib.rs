//! Shared helpers for the integration tests in `tests/tests/`: deterministic
//! random data, plain reference implementations, and tolerant comparisons.
//!
//! - [`Rng`]: a small deterministic generator (splitmix64); no `rand` needed.
//! - [`TestScalar`]: what the tests need of `f32`, `f64`, `c32`, `c64` on top
//!   of [`Scalar`] (widening to `c64`, bit patterns, random values, guards).
//! - [`Strided`]: a BLAS-strided vector inside a buffer whose every other
//!   element (between strided elements and around the vector) is a guard
//!   value, so tests can check untouched memory stays bit-identical.
//! - `ref_*`: plain-loop references, computed in `f64`/`c64` (higher
//!   precision for single-precision data; compensated sums for double).
//! - [`assert_close`] and friends: NaN- and Inf-aware comparisons with an
//!   absolute tolerance the caller derives from `n * eps * magnitudes`.
//! - [`for_each_type!`] / [`for_each_real!`]: instantiate one generic test body
//!   as one `#[test]` per scalar type.
//! - [`reference`]: Debian's reference LAPACK and LAPACKE, loaded beside
//!   ferroblas for side-by-side calls.

pub mod alloc_count;
pub mod reference;

pub use ferroblas::dispatch::BuildKernels;
pub use ferroblas::{c32, c64, Complex, RealScalar, Scalar, VecMut, VecRef};

// ---------------------------------------------------------------------------
// Instantiation macros.

/// Instantiates generic test bodies `fn body<T: TestScalar>()` for the four
/// scalar types: `for_each_type! { axpy => axpy_body; }` makes the module
/// `axpy` with the tests `s`, `d`, `c`, `z`.
#[macro_export]
macro_rules! for_each_type {
    ($($name:ident => $body:ident;)*) => {$(
        mod $name {
            #[test]
            fn s() {
                super::$body::<f32>()
            }
            #[test]
            fn d() {
                super::$body::<f64>()
            }
            #[test]
            fn c() {
                super::$body::<$crate::c32>()
            }
            #[test]
            fn z() {
                super::$body::<$crate::c64>()
            }
        }
    )*};
}

/// As [`for_each_type!`], for bodies generic over the two real types only
/// (tests `s` and `d`).
#[macro_export]
macro_rules! for_each_real {
    ($($name:ident => $body:ident;)*) => {$(
        mod $name {
            #[test]
            fn s() {
                super::$body::<f32>()
            }
            #[test]
            fn d() {
                super::$body::<f64>()
            }
        }
    )*};
}

// ---------------------------------------------------------------------------
// Random numbers.

/// A deterministic splitmix64 generator.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator whose sequence depends only on `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x2545_F491_4F6C_DD1D) ^ 0x9E37_79B9_7F4A_7C15)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform in `[-1, 1)`.
    pub fn sym(&mut self) -> f64 {
        2.0 * self.unit() - 1.0
    }

    /// Uniform in `[lo, hi)`.
    pub fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A fair coin.
    pub fn coin(&mut self) -> bool {
        self.next_u64() & 1 == 1
    }

    /// `1.0` or `-1.0`.
    pub fn sign(&mut self) -> f64 {
        if self.coin() {
            1.0
        } else {
            -1.0
        }
    }
}

// ---------------------------------------------------------------------------
// The scalar types under test.

/// What the tests need of a BLAS scalar type beyond [`Scalar`].
pub trait TestScalar: Scalar + BuildKernels {
    /// `"f32"`, `"f64"`, `"c32"` or `"c64"`, for messages.
    const NAME: &'static str;

    /// Bit patterns of the real and imaginary parts (imaginary 0 for reals).
    fn bits(self) -> (u64, u64);

    /// A NaN with a distinctive payload, stored in guard positions.
    fn guard() -> Self;

    /// Widening conversion (exact).
    fn to_c64(self) -> c64 {
        c64::new(self.re().to_f64(), self.im().to_f64())
    }

    /// Narrowing conversion, rounding each part to nearest.
    fn from_c64(z: c64) -> Self {
        Self::from_parts(Self::Real::from_f64(z.re), Self::Real::from_f64(z.im))
    }

    /// `re + im*i` (the imaginary part is dropped for real types).
    fn from_f64s(re: f64, im: f64) -> Self {
        Self::from_parts(Self::Real::from_f64(re), Self::Real::from_f64(im))
    }

    /// Random parts, each uniform in `[-1, 1)`.
    fn random(rng: &mut Rng) -> Self {
        let re = rng.sym();
        Self::from_f64s(re, rng.sym())
    }

    /// Machine epsilon of the real type, as `f64`.
    fn eps() -> f64 {
        Self::Real::EPSILON.to_f64()
    }

    /// The smallest positive subnormal of the real type, as `f64`.
    fn tiny() -> f64 {
        Self::Real::MIN_POSITIVE.to_f64() * Self::eps()
    }

    /// The largest finite value of the real type, as `f64`.
    fn max_real() -> f64 {
        Self::Real::MAX.to_f64()
    }
}

macro_rules! impl_test_real {
    ($t:ty, $name:literal, $guard:expr) => {
        impl TestScalar for $t {
            const NAME: &'static str = $name;
            fn bits(self) -> (u64, u64) {
                (self.to_bits() as u64, 0)
            }
            fn guard() -> Self {
                <$t>::from_bits($guard)
            }
        }
    };
}

impl_test_real!(f32, "f32", 0x7FC0_BEEF);
impl_test_real!(f64, "f64", 0x7FF8_DEAD_BEEF_CAFE);

macro_rules! impl_test_complex {
    ($r:ty, $name:literal) => {
        impl TestScalar for Complex<$r> {
            const NAME: &'static str = $name;
            fn bits(self) -> (u64, u64) {
                (self.re.to_bits() as u64, self.im.to_bits() as u64)
            }
            fn guard() -> Self {
                Complex::new(<$r as TestScalar>::guard(), <$r as TestScalar>::guard())
            }
        }
    };
}

impl_test_complex!(f32, "c32");
impl_test_complex!(f64, "c64");

/// A value with parts spread over ten binary orders of magnitude, so that
/// any change of summation order shows in the last bits.
pub fn spread<T: TestScalar>(rng: &mut Rng) -> T {
    let mut part = || rng.sym() * 2f64.powi(rng.below(11) as i32 - 5);
    let re = part();
    T::from_f64s(re, part())
}

/// `n` values from [`spread`].
pub fn spread_vec<T: TestScalar>(rng: &mut Rng, n: usize) -> Vec<T> {
    (0..n).map(|_| spread(rng)).collect()
}

/// `n` random values, parts uniform in `[-1, 1)`.
pub fn random_vec<T: TestScalar>(rng: &mut Rng, n: usize) -> Vec<T> {
    (0..n).map(|_| T::random(rng)).collect()
}

/// A random scalar whose parts are scaled by `scale`.
pub fn random_scaled<T: TestScalar>(rng: &mut Rng, scale: f64) -> T {
    let re = rng.sym() * scale;
    T::from_f64s(re, rng.sym() * scale)
}

/// The scalars BLAS tests use for `alpha`/`beta`: 0, 1, -1, a random real,
/// and a random complex (the last two coincide for real types).
pub fn special_scalars<T: TestScalar>(rng: &mut Rng) -> Vec<T> {
    vec![T::zero(), T::one(), -T::one(), T::from_f64s(rng.range(0.5, 2.0) * rng.sign(), 0.0), T::random(rng)]
}

/// Every length tests sweep: the small ones, each around the SIMD widths and
/// unroll factors (up to 4 x 16 lanes and a tail), and a few large ones
/// (4099 except on aarch64, where the suite runs under qemu).
pub fn lengths() -> Vec<usize> {
    let mut v: Vec<usize> = (0..=70).collect();
    v.extend([127, 128, 129, 255, 256, 257, 1000]);
    // The largest only natively: under qemu-aarch64 it would dominate the run time.
    if cfg!(not(target_arch = "aarch64")) {
        v.push(4099);
    }
    v
}

/// The increments tests sweep for every operand.
pub const INCS: [isize; 5] = [1, 2, 3, -1, -2];

/// Every pair of increments from [`INCS`].
pub fn inc_pairs() -> Vec<(isize, isize)> {
    INCS.iter().flat_map(|&a| INCS.iter().map(move |&b| (a, b))).collect()
}

// ---------------------------------------------------------------------------
// Wide arithmetic for references.

/// `|re| + |im|` of a wide value.
pub fn mag(z: c64) -> f64 {
    z.re.abs() + z.im.abs()
}

/// `a * b` in `c64`, with real arithmetic for real `T` (so that an infinite
/// real times a finite real does not make a NaN imaginary part).
pub fn wmul<T: TestScalar>(a: c64, b: c64) -> c64 {
    if T::IS_COMPLEX {
        a * b
    } else {
        c64::new(a.re * b.re, 0.0)
    }
}

/// Neumaier's compensated sum of `f64` terms.
#[derive(Clone, Copy, Debug, Default)]
pub struct KahanSum {
    sum: f64,
    comp: f64,
}

impl KahanSum {
    /// Adds one term.
    pub fn add(&mut self, v: f64) {
        let t = self.sum + v;
        if self.sum.abs() >= v.abs() {
            self.comp += (self.sum - t) + v;
        } else {
            self.comp += (v - t) + self.sum;
        }
        self.sum = t;
    }

    /// The compensated total.
    pub fn total(&self) -> f64 {
        let t = self.sum + self.comp;
        // Infinite or NaN terms make the compensation meaningless.
        if t.is_finite() {
            t
        } else {
            self.sum
        }
    }
}

// ---------------------------------------------------------------------------
// Reference implementations (on logical element values).

/// `(sum x_i y_i or sum conj(x_i) y_i, sum |x_i| |y_i|)`: the value and the
/// magnitude the rounding error is proportional to.
pub fn ref_dot<T: TestScalar>(x: &[T], y: &[T], conj: bool) -> (c64, f64) {
    assert_eq!(x.len(), y.len());
    let (mut re, mut im, mut bound) = (KahanSum::default(), KahanSum::default(), 0.0);
    for (&a, &b) in x.iter().zip(y) {
        let (mut a, b) = (a.to_c64(), b.to_c64());
        if conj {
            a = a.conj();
        }
        if T::IS_COMPLEX {
            re.add(a.re * b.re);
            re.add(-(a.im * b.im));
            im.add(a.re * b.im);
            im.add(a.im * b.re);
        } else {
            re.add(a.re * b.re);
        }
        bound += mag(a) * mag(b);
    }
    (c64::new(re.total(), im.total()), bound)
}

/// `(sum |re x_i| + |im x_i|)` in `f64`.
pub fn ref_asum<T: TestScalar>(x: &[T]) -> f64 {
    let mut s = KahanSum::default();
    for &v in x {
        s.add(mag(v.to_c64()));
    }
    s.total()
}

/// The Euclidean norm in `f64`: NaN if any part is NaN, else infinite if any
/// part is, else `m * sqrt(sum (x/m)^2)` with `m` the largest part, a
/// two-pass scaled sum free of overflow and underflow.
pub fn ref_nrm2<T: TestScalar>(x: &[T]) -> f64 {
    let parts: Vec<f64> = x.iter().flat_map(|v| [v.re().to_f64(), v.im().to_f64()]).collect();
    if parts.iter().any(|p| p.is_nan()) {
        return f64::NAN;
    }
    if parts.iter().any(|p| p.is_infinite()) {
        return f64::INFINITY;
    }
    let m = parts.iter().fold(0.0f64, |m, p| m.max(p.abs()));
    if m == 0.0 {
        return 0.0;
    }
    // Scale by a power of two near `m` so the quotients are exact-ish and in range.
    let e = m.log2().floor() as i32;
    let scaled = |p: f64| mul_pow2(p, -e);
    let mut s = KahanSum::default();
    for &p in &parts {
        let q = scaled(p);
        s.add(q * q);
    }
    mul_pow2(s.total().sqrt(), e)
}

/// `v * 2^e` for any `e` in the exponent range, in two steps where `2^e`
/// alone would not be representable.
pub fn mul_pow2(v: f64, e: i32) -> f64 {
    let h = e / 2;
    v * 2f64.powi(h) * 2f64.powi(e - h)
}

/// The reference `i?amax`/`i?amin` scan (0-based): `|re| + |im|` computed in
/// the type's own precision, the first element the starting best, replaced
/// only on a strict improvement (so ties keep the first index, a NaN first
/// element wins, and later NaNs are skipped). `None` for an empty vector.
pub fn ref_iamax<T: TestScalar>(x: &[T], max: bool) -> Option<usize> {
    let abs1 = |v: T| v.re().abs() + v.im().abs();
    let first = abs1(*x.first()?);
    let (mut best, mut idx) = (first, 0);
    for (i, &v) in x.iter().enumerate().skip(1) {
        let a = abs1(v);
        if (max && a > best) || (!max && a < best) {
            (best, idx) = (a, i);
        }
    }
    Some(idx)
}

/// The matrix `H` a `rotm` parameter array `[flag, h11, h21, h12, h22]`
/// describes, as `[h11, h21, h12, h22]`: the identity for flag -2, all four
/// entries for -1, unit diagonal for 0, `h21 = -1, h12 = 1` for 1.
pub fn rotm_matrix(p: &[f64; 5]) -> [f64; 4] {
    let flag = p[0];
    if flag == -2.0 {
        [1.0, 0.0, 0.0, 1.0]
    } else if flag < 0.0 {
        [p[1], p[2], p[3], p[4]]
    } else if flag == 0.0 {
        [1.0, p[2], p[3], 1.0]
    } else {
        [p[1], -1.0, 1.0, p[4]]
    }
}

// ---------------------------------------------------------------------------
// Comparisons.

/// Whether `got` matches `want` within `tol`: a NaN `want` needs a NaN,
/// an infinite `want` the same infinity, a finite one `|got - want| <= tol`.
pub fn close_f64(got: f64, want: f64, tol: f64) -> bool {
    if want.is_nan() {
        got.is_nan()
    } else if want.is_infinite() {
        got == want
    } else {
        (got - want).abs() <= tol
    }
}

/// Asserts `got` (a `T`) matches the wide `want` part by part within `tol`
/// (plus a few subnormal units; a NaN `tol` accepts any finite part). `ctx`
/// describes the case on failure.
#[track_caller]
pub fn assert_close<T: TestScalar>(got: T, want: c64, tol: f64, ctx: impl FnOnce() -> String) {
    let g = got.to_c64();
    // A tolerance made from NaN or Inf inputs bounds nothing: only the NaN
    // and infinite parts of `want` are checked then.
    let tol = if tol.is_nan() { f64::INFINITY } else { tol + 4.0 * T::tiny() };
    let ok = close_f64(g.re, want.re, tol) && (!T::IS_COMPLEX || close_f64(g.im, want.im, tol));
    if !ok {
        panic!("{} [{}]: got {:?}, want {:?} (tolerance {:e})", ctx(), T::NAME, g, want, tol);
    }
}

/// As [`assert_close`] for a real result of precision `R`.
#[track_caller]
pub fn assert_close_real<R: RealScalar>(got: R, want: f64, tol: f64, ctx: impl FnOnce() -> String) {
    let tol = tol + 4.0 * (R::MIN_POSITIVE * R::EPSILON).to_f64();
    if !close_f64(got.to_f64(), want, tol) {
        let name = std::any::type_name::<R>();
        panic!("{} [{name}]: got {:e}, want {:e} (tolerance {:e})", ctx(), got.to_f64(), want, tol);
    }
}

/// Asserts `got` is bit-identical to `want`.
#[track_caller]
pub fn assert_bits<T: TestScalar>(got: T, want: T, ctx: impl FnOnce() -> String) {
    if got.bits() != want.bits() {
        panic!("{} [{}]: got {:?}, want bit-identical {:?}", ctx(), T::NAME, got, want);
    }
}

// ---------------------------------------------------------------------------
// Strided buffers with guards.

/// Guard elements kept before and after every strided vector.
pub const PAD: usize = 3;

/// Elements a BLAS vector of `n` elements with increment `inc` spans.
pub fn span(n: usize, inc: isize) -> usize {
    if n == 0 {
        0
    } else {
        1 + (n - 1) * inc.unsigned_abs()
    }
}

/// A BLAS vector of `n` elements with increment `inc` (negative: logical
/// element 0 is at the highest address; 0: every element is the same one),
/// stored with [`PAD`] guard elements on each side and guards between the
/// strided elements. Guards are NaNs with a payload: reading one into a
/// result shows up as a NaN, writing one shows in [`Strided::check_guards`].
#[derive(Clone, Debug)]
pub struct Strided<T> {
    buf: Vec<T>,
    orig: Vec<T>,
    n: usize,
    inc: isize,
}

impl<T: TestScalar> Strided<T> {
    /// The vector holding `vals` (for `inc = 0`, the last value wins).
    pub fn from_values(vals: &[T], inc: isize) -> Self {
        let n = vals.len();
        let buf = vec![T::guard(); span(n, inc) + 2 * PAD];
        let mut s = Strided { orig: Vec::new(), buf, n, inc };
        for (i, &v) in vals.iter().enumerate() {
            let p = s.pos(i);
            s.buf[p] = v;
        }
        s.orig = s.buf.clone();
        s
    }

    /// A vector of `n` random elements.
    pub fn random(rng: &mut Rng, n: usize, inc: isize) -> Self {
        Self::from_values(&random_vec(rng, n), inc)
    }

    /// Number of logical elements.
    pub fn n(&self) -> usize {
        self.n
    }

    /// The increment.
    pub fn inc(&self) -> isize {
        self.inc
    }

    /// Buffer position of logical element `i`.
    pub fn pos(&self, i: usize) -> usize {
        let start = if self.inc < 0 && self.n > 0 { (self.n - 1) * self.inc.unsigned_abs() } else { 0 };
        (PAD as isize + start as isize + i as isize * self.inc) as usize
    }

    /// Logical element `i`.
    pub fn get(&self, i: usize) -> T {
        self.buf[self.pos(i)]
    }

    /// Overwrites logical element `i` (the guard record is unaffected).
    pub fn set(&mut self, i: usize, v: T) {
        let p = self.pos(i);
        self.buf[p] = v;
        self.orig[p] = v;
    }

    /// All logical elements in order.
    pub fn values(&self) -> Vec<T> {
        (0..self.n).map(|i| self.get(i)).collect()
    }

    /// The span the vector declares, lowest address first.
    pub fn slice(&self) -> &[T] {
        &self.buf[PAD..PAD + span(self.n, self.inc)]
    }

    /// Mutable [`Strided::slice`].
    pub fn slice_mut(&mut self) -> &mut [T] {
        let s = span(self.n, self.inc);
        &mut self.buf[PAD..PAD + s]
    }

    /// A read-only view through the safe constructor.
    pub fn vref(&self) -> VecRef<'_, T> {
        VecRef::from_blas(self.slice(), self.n, self.inc)
    }

    /// A mutable view through the safe constructor.
    pub fn vmut(&mut self) -> VecMut<'_, T> {
        let (n, inc) = (self.n, self.inc);
        VecMut::from_blas(self.slice_mut(), n, inc)
    }

    /// The lowest address of the declared span, as the C ABI takes it.
    pub fn ptr(&self) -> *const T {
        self.buf[PAD..].as_ptr()
    }

    /// Mutable [`Strided::ptr`].
    pub fn mut_ptr(&mut self) -> *mut T {
        self.buf[PAD..].as_mut_ptr()
    }

    /// Asserts every element other than the logical ones is bit-identical
    /// to what it was when the vector was built.
    #[track_caller]
    pub fn check_guards(&self, ctx: impl Fn() -> String) {
        let mut logical = vec![false; self.buf.len()];
        for i in 0..self.n {
            logical[self.pos(i)] = true;
        }
        for (k, (a, b)) in self.buf.iter().zip(&self.orig).enumerate() {
            if !logical[k] && a.bits() != b.bits() {
                panic!("{} [{}]: guard at buffer position {k} overwritten with {:?}", ctx(), T::NAME, a);
            }
        }
    }

    /// Asserts the whole buffer is bit-identical to what it was when built
    /// (or last [`Strided::set`]).
    #[track_caller]
    pub fn check_unchanged(&self, ctx: impl Fn() -> String) {
        for (k, (a, b)) in self.buf.iter().zip(&self.orig).enumerate() {
            if a.bits() != b.bits() {
                panic!("{} [{}]: buffer position {k} changed from {:?} to {:?}", ctx(), T::NAME, b, a);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strided_layout_follows_blas() {
        let v: Vec<f64> = vec![1.0, 2.0, 3.0];
        let s = Strided::from_values(&v, -2);
        assert_eq!(s.slice().len(), 5);
        assert_eq!(s.slice()[0], 3.0);
        assert_eq!(s.slice()[4], 1.0);
        assert!(s.slice()[1].is_nan());
        assert_eq!(s.values(), v);
        let r = s.vref();
        assert_eq!((r.get(0), r.get(2)), (1.0, 3.0));
        s.check_guards(String::new);
    }

    #[test]
    fn kahan_and_nrm2_reference() {
        let mut k = KahanSum::default();
        for v in [1e16, 1.0, -1e16, 1.0] {
            k.add(v);
        }
        assert_eq!(k.total(), 2.0);
        assert_eq!(ref_nrm2(&[3.0f64, 4.0]), 5.0);
        assert_eq!(ref_nrm2(&[c64::new(3e300, 4e300)]), 5e300);
        assert!((ref_nrm2(&[3e-320f64, 4e-320]) - 5e-320).abs() <= 1e-323);
    }

    #[test]
    fn iamax_reference_semantics() {
        assert_eq!(ref_iamax::<f64>(&[], true), None);
        assert_eq!(ref_iamax(&[1.0, -3.0, 3.0, f64::NAN], true), Some(1));
        assert_eq!(ref_iamax(&[f64::NAN, 5.0], true), Some(0));
        assert_eq!(ref_iamax(&[2.0, 1.0, -1.0], false), Some(1));
        assert_eq!(ref_iamax(&[c64::new(1.5, 1.5), c64::new(-2.0, 0.5)], true), Some(0));
    }

    #[test]
    fn rng_is_deterministic_and_in_range() {
        let (mut a, mut b) = (Rng::new(7), Rng::new(7));
        for _ in 0..1000 {
            let x = a.sym();
            assert_eq!(x, b.sym());
            assert!((-1.0..1.0).contains(&x));
        }
    }
}
