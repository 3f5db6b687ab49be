//! What the fuzz targets share: element types, decoding a fuzz input into BLAS
//! arguments, arrays with guard pages, and the pieces of a naive oracle.
//!
//! Every target reads its arguments from the input with [`Input`] (option
//! characters, sizes, increments, leading dimensions, scalars), allocates each
//! array argument with [`Guarded`], sized exactly as the reference BLAS
//! declares it and placed against an inaccessible page, calls the Fortran
//! entry point, and then checks:
//!
//! - the parameter number reported through `xerbla_` (via
//!   `ferroblas_capi::xerbla::take_last_error`), computed here under the
//!   reference's rules and order;
//! - with bad arguments, that no array changed;
//! - otherwise every element of the output against a naive oracle in `f64` /
//!   complex `f64` within a tolerance scaled by the number of terms and their
//!   magnitudes, and that elements the routine may not touch (padding rows,
//!   the other triangle, the gaps of a strided vector) kept their bits.
//!
//! Read-only arrays are made read-only pages before the call, so a write to
//! them faults as an out-of-bounds access does.

use num_complex::Complex;
use std::fmt::Debug;
use std::sync::atomic::{AtomicUsize, Ordering};

pub use ferroblas_capi::BlasInt;

pub mod lapack;

/// The oracle's number type: real values have `im = 0`.
pub type Cx = Complex<f64>;
/// Single-precision complex, as in the ABI's signatures.
#[allow(non_camel_case_types)]
pub type c32 = Complex<f32>;
/// Double-precision complex, as in the ABI's signatures.
#[allow(non_camel_case_types)]
pub type c64 = Complex<f64>;

// ---------------------------------------------------------------------------
// Elements.

/// One of the four BLAS element types.
pub trait Elem: Plain + Send + Sync {
    /// The real type of the same precision.
    type Real: Elem<Real = Self::Real>;
    /// Complex (`c`, `z`) or real (`s`, `d`).
    const COMPLEX: bool;
    /// The first letter of the routine names, upper case.
    const PREFIX: char;
    /// Unit roundoff of the precision.
    const EPS: f64;
    /// A floor for the tolerance (values well below any we generate).
    const TINY: f64;
    /// Magnitudes from here on may overflow on the way (results are not compared).
    const HUGE: f64;
    /// The value in the oracle's type (exact).
    fn to_cx(self) -> Cx;
    /// The value rounded to this type (the imaginary part dropped for reals).
    fn from_cx(z: Cx) -> Self;
    /// Bitwise equality (NaN equal to itself, `-0` different from `0`).
    fn same_bits(self, other: Self) -> bool;
    /// `|re| + |im|` computed in this precision, as `i?amax` compares it.
    fn abs1_native(self) -> f64;
}

macro_rules! real_elem {
    ($t:ty, $p:literal) => {
        impl Elem for $t {
            type Real = $t;
            const COMPLEX: bool = false;
            const PREFIX: char = $p;
            const EPS: f64 = <$t>::EPSILON as f64 / 2.0;
            const TINY: f64 = <$t>::MIN_POSITIVE as f64 * 16.0;
            const HUGE: f64 = <$t>::MAX as f64 / 1048576.0;
            fn to_cx(self) -> Cx {
                Cx::new(self as f64, 0.0)
            }
            fn from_cx(z: Cx) -> Self {
                z.re as $t
            }
            fn same_bits(self, other: Self) -> bool {
                self.to_bits() == other.to_bits()
            }
            fn abs1_native(self) -> f64 {
                self.abs() as f64
            }
        }
    };
}

macro_rules! complex_elem {
    ($r:ty, $p:literal) => {
        impl Elem for Complex<$r> {
            type Real = $r;
            const COMPLEX: bool = true;
            const PREFIX: char = $p;
            const EPS: f64 = <$r>::EPSILON as f64 / 2.0;
            const TINY: f64 = <$r>::MIN_POSITIVE as f64 * 16.0;
            const HUGE: f64 = <$r>::MAX as f64 / 1048576.0;
            fn to_cx(self) -> Cx {
                Cx::new(self.re as f64, self.im as f64)
            }
            fn from_cx(z: Cx) -> Self {
                Complex::new(z.re as $r, z.im as $r)
            }
            fn same_bits(self, other: Self) -> bool {
                self.re.to_bits() == other.re.to_bits() && self.im.to_bits() == other.im.to_bits()
            }
            fn abs1_native(self) -> f64 {
                (self.re.abs() + self.im.abs()) as f64
            }
        }
    };
}

real_elem!(f32, 'S');
real_elem!(f64, 'D');
complex_elem!(f32, 'C');
complex_elem!(f64, 'Z');

/// `|re| + |im|`: the magnitude the tolerances use (an upper bound of `|z|`).
pub fn abs1(z: Cx) -> f64 {
    z.re.abs() + z.im.abs()
}

/// Whether both parts are finite.
pub fn finite(z: Cx) -> bool {
    z.re.is_finite() && z.im.is_finite()
}

/// Whether `got` is `want` up to the rounding errors of a sum of `terms`
/// products whose absolute values add up to `mag` (loosely: 16 units of
/// roundoff per term, which still flags any wrong or missing term).
pub fn close<T: Elem>(got: T, want: Cx, mag: f64, terms: usize) -> bool {
    within::<T>(abs1(got.to_cx() - want), mag, terms)
}

/// Whether an error `err` is within the tolerance of [`close`] (false for NaN).
pub fn within<T: Elem>(err: f64, mag: f64, terms: usize) -> bool {
    err <= 16.0 * (terms as f64 + 2.0) * T::EPS * mag + T::TINY
}

/// Whether an expected value `want`, from terms of magnitude `mag`, can be
/// compared: not from a NaN or infinite input, and far from overflow in `T`
/// (a legitimately computed result may overflow; rounding near the overflow
/// threshold is not what we test).
pub fn comparable<T: Elem>(want: Cx, mag: f64) -> bool {
    finite(want) && mag < T::HUGE
}

/// `z`, conjugated when `c`.
pub fn conj_if(z: Cx, c: bool) -> Cx {
    if c {
        z.conj()
    } else {
        z
    }
}

// ---------------------------------------------------------------------------
// Random contents.

/// SplitMix64: array contents come from a seed in the input, so inputs stay
/// short however large the arrays they describe.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[-1, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (2.0 / (1u64 << 53) as f64) - 1.0
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Both parts uniform in `[-1, 1)` (the real part only, for reals).
    pub fn elem<T: Elem>(&mut self) -> T {
        let re = self.unit();
        let im = if T::COMPLEX { self.unit() } else { 0.0 };
        T::from_cx(Cx::new(re, im))
    }
}

// ---------------------------------------------------------------------------
// Decoding the input.

/// A fuzz input read front to back; past its end every byte reads as 0.
pub struct Input<'a> {
    data: &'a [u8],
    pos: usize,
}

/// Bytes that are no BLAS option (some are options of other arguments).
const BAD_OPTIONS: &[u8] = b"XxAaBbEeSsZz0 *?\0\xff\x80";

impl<'a> Input<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Input { data, pos: 0 }
    }

    pub fn u8(&mut self) -> u8 {
        let b = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b
    }

    pub fn u16(&mut self) -> u16 {
        u16::from_le_bytes([self.u8(), self.u8()])
    }

    pub fn u32(&mut self) -> u32 {
        u32::from_le_bytes([self.u8(), self.u8(), self.u8(), self.u8()])
    }

    /// 0 (`s`), 1 (`d`), 2 (`c`) or 3 (`z`).
    pub fn precision(&mut self) -> u8 {
        self.u8() % 4
    }

    /// The generator for the arrays' contents.
    pub fn rng(&mut self) -> Rng {
        Rng::new(self.u32() as u64 | (0xF00D << 32))
    }

    /// An option character: mostly one of `valid` in either case, 1 in 8 a
    /// byte from [`BAD_OPTIONS`]. Whether it is accepted is for the caller to
    /// decide with [`is_opt`] (the choices may include rejected letters).
    pub fn opt(&mut self, valid: &[u8]) -> u8 {
        let b = self.u8();
        if b >= 224 {
            BAD_OPTIONS[(b - 224) as usize % BAD_OPTIONS.len()]
        } else {
            let c = valid[(b >> 1) as usize % valid.len()];
            if b & 1 == 1 {
                c.to_ascii_lowercase()
            } else {
                c
            }
        }
    }

    /// 1 input in 8 is "big": its dimensions may exceed 40, which takes the
    /// blocked and threaded paths.
    pub fn big(&mut self) -> bool {
        self.u8() >= 224
    }

    /// A dimension: mostly `0..=40`; 1 in 16 negative (a few far below);
    /// for a big input, half of them `41..=max_big`.
    pub fn dim(&mut self, big: bool, max_big: i32) -> BlasInt {
        let b = self.u8();
        match b {
            0..=239 if big && b & 1 == 1 && max_big > 40 => 41 + (self.u16() as i32 % (max_big - 40)),
            0..=239 => (b >> 1) as i32 % 41,
            240..=251 => -((b - 239) as i32),
            252 => -1_000_000,
            253 => i32::MIN,
            254 => i32::MIN + 1,
            _ => -65536,
        }
    }

    /// An increment: mostly `-3..=3` (0 included), sometimes larger.
    pub fn inc(&mut self) -> BlasInt {
        let b = self.u8();
        if b >= 248 {
            let v = (b - 240) as i32 * 2 + 1;
            if b & 1 == 1 {
                -v
            } else {
                v
            }
        } else {
            (b % 7) as i32 - 3
        }
    }

    /// A leading dimension for `rows` rows: usually the least allowed plus
    /// `0..=3`; 1 in 16 below it (possibly 0 or negative).
    pub fn ld(&mut self, rows: BlasInt) -> BlasInt {
        let need = rows.max(1);
        let b = self.u8();
        if b >= 240 {
            need - 1 - (b % 3) as i32
        } else {
            need.saturating_add((b % 4) as i32)
        }
    }

    /// `alpha` or `beta`: 0, 1, -1 or random, and NaN 1 in 32.
    pub fn scalar<T: Elem>(&mut self, rng: &mut Rng) -> T {
        let b = self.u8();
        let z = match b % 16 {
            0..=2 => Cx::new(1.0, 0.0),
            3..=5 => Cx::new(0.0, 0.0),
            6 | 7 => Cx::new(-1.0, 0.0),
            8 if b >= 128 => Cx::new(f64::NAN, 0.0),
            9 => Cx::new(2.0 * rng.unit(), 0.0),
            _ => Cx::new(2.0 * rng.unit(), 2.0 * rng.unit()),
        };
        T::from_cx(z)
    }

    /// The thread count for the call: the default (the number of cores) for
    /// small inputs; 1 or 3 sometimes for big ones (one thread runs the blocked
    /// paths serially; three are more than the cores).
    pub fn threads(&mut self, big: bool) -> usize {
        let b = self.u8();
        match b % 4 {
            1 if big => 1,
            2 if big => 3,
            _ => 0,
        }
    }

    /// Whether an array starts right after a guard page (bit `i` of a byte the
    /// caller read once) instead of ending against one.
    pub fn lead_mask(&mut self) -> u8 {
        self.u8()
    }

    /// 1 input in 8 gets one NaN at a random position of one of `arrays`,
    /// used or not by the call (an unused one must not reach the result).
    pub fn maybe_nan<T: Elem>(&mut self, rng: &mut Rng, arrays: &mut [&mut Guarded<T>]) {
        let b = self.u8();
        if b >= 224 && !arrays.is_empty() {
            let a = &mut arrays[b as usize % arrays.len()];
            if !a.is_empty() {
                let i = rng.below(a.len());
                let z = a.as_slice()[i].to_cx();
                // The real part, or (complex) the imaginary part or both.
                let z = match rng.below(if T::COMPLEX { 3 } else { 1 }) {
                    0 => Cx::new(f64::NAN, z.im),
                    1 => Cx::new(z.re, f64::NAN),
                    _ => Cx::new(f64::NAN, f64::NAN),
                };
                a.as_mut_slice()[i] = T::from_cx(z);
            }
        }
    }
}

/// Whether option `c` is one of `valid` (upper case), ignoring case as LSAME does.
pub fn is_opt(c: u8, valid: &[u8]) -> bool {
    valid.contains(&c.to_ascii_uppercase())
}

/// Shrinks the largest of `dims` until their product (times 4 for complex)
/// is at most `max`, so an input costs at most a few milliseconds.
pub fn cap_volume(dims: &mut [&mut BlasInt], complex: bool, max: u64) {
    loop {
        let vol: u64 = dims.iter().map(|d| (**d).max(1) as u64).product::<u64>() * if complex { 4 } else { 1 };
        if vol <= max {
            return;
        }
        let big = dims.iter_mut().max_by_key(|d| ***d).expect("some dimensions");
        **big = (**big * 3) / 4;
    }
}

// ---------------------------------------------------------------------------
// Sizes of array arguments under the reference's rules.

/// Elements of a vector argument of `n` elements with increment `inc`:
/// `1 + (n-1)|inc|`, none when `n <= 0`.
pub fn vec_len(n: BlasInt, inc: BlasInt) -> usize {
    if n <= 0 {
        0
    } else {
        1 + (n as usize - 1) * inc.unsigned_abs() as usize
    }
}

/// The array index of element `i` of a vector of `n` elements: the reference
/// starts from the far end for a negative increment.
pub fn vec_at(i: usize, n: usize, inc: BlasInt) -> usize {
    let s = inc.unsigned_abs() as usize;
    if inc >= 0 {
        i * s
    } else {
        (n - 1 - i) * s
    }
}

/// Elements of a `rows x cols` matrix argument with leading dimension `ld`:
/// up to and including element `(rows, cols)`, not the rest of the last
/// column (a submatrix at the end of an array has no more).
pub fn mat_len(ld: BlasInt, rows: BlasInt, cols: BlasInt) -> usize {
    if rows <= 0 || cols <= 0 {
        0
    } else {
        (cols as usize - 1) * ld.max(0) as usize + rows as usize
    }
}

/// Column-major element `(i, j)` of `a` with leading dimension `ld`.
pub fn at<T: Elem>(a: &[T], ld: BlasInt, i: usize, j: usize) -> Cx {
    a[i + j * ld as usize].to_cx()
}

/// An operand of a product, copied row by row (values and `|re| + |im|`) so
/// the oracle's inner loops run over contiguous slices.
pub struct Rows {
    v: Vec<Cx>,
    a: Vec<f64>,
    len: usize,
}

impl Rows {
    /// Rows `0..rows` of `len` elements, element `(i, p)` being `f(i, p)`.
    pub fn new(rows: usize, len: usize, f: impl Fn(usize, usize) -> Cx) -> Self {
        let mut v = Vec::with_capacity(rows * len);
        for i in 0..rows {
            for p in 0..len {
                v.push(f(i, p));
            }
        }
        let a = v.iter().map(|&z| abs1(z)).collect();
        Rows { v, a, len }
    }

    /// `sum_p self(i, p) other(j, p)` and `sum_p |self(i, p)| |other(j, p)|`.
    pub fn dot(&self, i: usize, other: &Rows, j: usize) -> (Cx, f64) {
        let n = self.len;
        let (u, ua) = (&self.v[i * n..(i + 1) * n], &self.a[i * n..(i + 1) * n]);
        let (w, wa) = (&other.v[j * n..(j + 1) * n], &other.a[j * n..(j + 1) * n]);
        let s = u.iter().zip(w).fold(Cx::new(0.0, 0.0), |s, (x, y)| s + x * y);
        let m = ua.iter().zip(wa).map(|(x, y)| x * y).sum();
        (s, m)
    }
}

/// `op(A)` for a triangular `A` (`?trmm`, `?trsm`): only the `upper` or
/// lower triangle is read, and not the diagonal when it is a `unit` one.
pub struct Tri<'a, T> {
    pub a: &'a [T],
    pub lda: BlasInt,
    pub upper: bool,
    pub unit: bool,
    /// `op(A) = A^T` (or `A^H` with `conj`).
    pub trans: bool,
    pub conj: bool,
}

impl<T: Elem> Tri<'_, T> {
    /// Element `(i, j)` of the triangular matrix A.
    pub fn a(&self, i: usize, j: usize) -> Cx {
        if i == j && self.unit {
            Cx::new(1.0, 0.0)
        } else if i == j || (i < j) == self.upper {
            at(self.a, self.lda, i, j)
        } else {
            Cx::new(0.0, 0.0)
        }
    }

    /// Element `(i, j)` of `op(A)`.
    pub fn op(&self, i: usize, j: usize) -> Cx {
        if self.trans {
            conj_if(self.a(j, i), self.conj)
        } else {
            self.a(i, j)
        }
    }

    /// Whether an element the routine reads (A of order `ka`) is NaN or infinite.
    pub fn poisoned(&self, ka: usize) -> bool {
        (0..ka).any(|j| {
            (0..ka).any(|i| (i != j || !self.unit) && (i == j || (i < j) == self.upper) && !finite(self.a(i, j)))
        })
    }
}

/// Shrinks the larger of `m`, `n` until the work (`ka^2` times the other
/// dimension, `ka` the order of A) is at most 3M multiply-adds (packed TRMM
/// starts at order 96 and 96^3, threads at 2^18 per thread).
pub fn shrink_triangular(m: &mut BlasInt, n: &mut BlasInt, left: bool, complex: bool) {
    let work = |m: BlasInt, n: BlasInt| {
        let (ka, other) = if left { (m, n) } else { (n, m) };
        let (ka, other) = (ka.max(1) as u64, other.max(1) as u64);
        ka * ka * other * if complex { 4 } else { 1 }
    };
    while work(*m, *n) > 3_000_000 {
        let big = if *m >= *n { &mut *m } else { &mut *n };
        *big = *big * 3 / 4;
    }
}

/// The Fortran signature `?trmm_` and `?trsm_` share.
pub type TriangularFn<T> = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const u8,
    *const u8,
    *const BlasInt,
    *const BlasInt,
    *const T,
    *const T,
    *const BlasInt,
    *mut T,
    *const BlasInt,
    usize,
    usize,
    usize,
    usize,
);

/// The arguments of one `?trmm_` or `?trsm_` call, decoded from the input
/// (printed with a failure: options as characters, any byte value).
#[derive(Debug)]
pub struct TriangularArgs<T> {
    pub side: char,
    pub uplo: char,
    pub transa: char,
    pub diag: char,
    pub m: BlasInt,
    pub n: BlasInt,
    pub alpha: T,
    pub lda: BlasInt,
    pub ldb: BlasInt,
    pub threads: usize,
    pub lead: u8,
}

impl<T: Elem> TriangularArgs<T> {
    /// Options, sizes (work bounded by [`shrink_triangular`]), leading
    /// dimensions, alpha, thread count and guard placement.
    pub fn decode(inp: &mut Input, rng: &mut Rng) -> Self {
        let (side, uplo, transa, diag) = (inp.opt(b"LR"), inp.opt(b"UL"), inp.opt(b"NTC"), inp.opt(b"NU"));
        let big = inp.big();
        let (mut m, mut n) = (inp.dim(big, 300), inp.dim(big, 300));
        shrink_triangular(&mut m, &mut n, is_opt(side, b"L"), T::COMPLEX);
        let ka = if is_opt(side, b"L") { m } else { n };
        let (lda, ldb) = (inp.ld(ka), inp.ld(m));
        let alpha: T = inp.scalar(rng);
        let threads = inp.threads(big);
        let lead = inp.lead_mask();
        let (side, uplo, transa, diag) = (side as char, uplo as char, transa as char, diag as char);
        TriangularArgs { side, uplo, transa, diag, m, n, alpha, lda, ldb, threads, lead }
    }

    /// The option bytes: side, uplo, transa, diag.
    pub fn options(&self) -> [u8; 4] {
        [self.side as u8, self.uplo as u8, self.transa as u8, self.diag as u8]
    }

    /// Whether A multiplies from the left.
    pub fn left(&self) -> bool {
        is_opt(self.side as u8, b"L")
    }

    /// The order of A.
    pub fn ka(&self) -> BlasInt {
        if self.left() {
            self.m
        } else {
            self.n
        }
    }

    /// The reference's `INFO` for these arguments.
    pub fn info(&self) -> BlasInt {
        let [side, uplo, transa, diag] = self.options();
        triangular_info(side, uplo, transa, diag, self.m, self.n, self.lda, self.ldb)
    }

    /// Calls `f` with these arguments on `a` and `b`.
    ///
    /// # Safety
    /// `a` and `b` hold what the arguments declare.
    pub unsafe fn call(&self, f: TriangularFn<T>, a: *const T, b: *mut T) {
        let [side, uplo, transa, diag] = self.options();
        // SAFETY: forwarded contract; every scalar lives through the call.
        unsafe {
            f(&side, &uplo, &transa, &diag, &self.m, &self.n, &self.alpha, a, &self.lda, b, &self.ldb, 1, 1, 1, 1)
        }
    }
}

/// The reference `?TRMM`/`?TRSM` checks, in order.
#[allow(clippy::too_many_arguments)]
pub fn triangular_info(side: u8, uplo: u8, transa: u8, diag: u8, m: i32, n: i32, lda: i32, ldb: i32) -> BlasInt {
    let nrowa = if is_opt(side, b"L") { m } else { n };
    if !is_opt(side, b"LR") {
        1
    } else if !is_opt(uplo, b"UL") {
        2
    } else if !is_opt(transa, b"NTC") {
        3
    } else if !is_opt(diag, b"NU") {
        4
    } else if m < 0 {
        5
    } else if n < 0 {
        6
    } else if lda < nrowa.max(1) {
        9
    } else if ldb < m.max(1) {
        11
    } else {
        0
    }
}

/// Makes the referenced triangle of `a` (order `ka`) strictly diagonally
/// dominant, so a triangular solve is well conditioned and cannot overflow:
/// off-diagonal elements scaled to `|re| + |im| <= 0.5 / ka`, a non-unit
/// diagonal of magnitude 1 to 2. The rest (the other triangle, a unit
/// diagonal, padding) keeps its random contents, which must not matter.
pub fn condition_tri<T: Elem>(a: &mut [T], lda: BlasInt, ka: usize, upper: bool, unit: bool, rng: &mut Rng) {
    let ld = lda as usize;
    for j in 0..ka {
        for i in 0..ka {
            let v = a[i + j * ld].to_cx();
            if i == j {
                if !unit {
                    let r = 1.0 + rng.unit().abs();
                    let d = if T::COMPLEX {
                        let t = std::f64::consts::PI * rng.unit();
                        Cx::new(r * t.cos(), r * t.sin())
                    } else {
                        Cx::new(if rng.unit() < 0.0 { -r } else { r }, 0.0)
                    };
                    a[i + j * ld] = T::from_cx(d);
                }
            } else if (i < j) == upper {
                a[i + j * ld] = T::from_cx(v * (0.25 / ka as f64));
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Arrays against guard pages.

fn page_size() -> usize {
    static PAGE: AtomicUsize = AtomicUsize::new(0);
    match PAGE.load(Ordering::Relaxed) {
        0 => {
            // SAFETY: sysconf has no preconditions.
            let p = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
            let p = if p > 0 { p as usize } else { 4096 };
            PAGE.store(p, Ordering::Relaxed);
            p
        }
        p => p,
    }
}

/// `len` elements in their own mapping, with an inaccessible (`PROT_NONE`)
/// page right after the last element, or (`lead`) right before the first.
/// An empty array points at the guard page itself. Unmapped on drop.
pub struct Guarded<T> {
    map: *mut libc::c_void,
    map_len: usize,
    /// The readable-writable pages holding the data.
    data_pages: *mut libc::c_void,
    data_len: usize,
    ptr: *mut T,
    len: usize,
}

/// Element types for which all-zero bytes are a valid value, so a fresh
/// [`Guarded`] mapping can be viewed as elements: the four BLAS types and
/// the ABI integer (pivot arrays).
///
/// # Safety
/// Every bit pattern of the type's size is a valid value.
pub unsafe trait Plain: Copy + Debug + PartialEq + 'static {}

// SAFETY: floats, complex floats (two floats, `repr(C)`) and integers.
unsafe impl Plain for f32 {}
// SAFETY: as above.
unsafe impl Plain for f64 {}
// SAFETY: as above.
unsafe impl Plain for c32 {}
// SAFETY: as above.
unsafe impl Plain for c64 {}
// SAFETY: as above.
unsafe impl Plain for BlasInt {}

impl<T: Plain> Guarded<T> {
    /// An array of `len` zero bytes' worth of elements.
    pub fn new(len: usize, lead: bool) -> Self {
        let page = page_size();
        let bytes = len * std::mem::size_of::<T>();
        let data_len = bytes.div_ceil(page) * page;
        let map_len = data_len + page;
        // SAFETY: a fresh anonymous private mapping; checked below.
        let map = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                map_len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        assert!(map != libc::MAP_FAILED, "mmap of {map_len} bytes failed");
        let base = map as *mut u8;
        let lead = lead && len > 0;
        // SAFETY: all offsets stay inside the mapping of `map_len` bytes.
        let (guard, data_pages, ptr) = unsafe {
            if lead {
                (base, base.add(page), base.add(page))
            } else {
                (base.add(data_len), base, base.add(data_len - bytes))
            }
        };
        // SAFETY: `guard` is a page of our mapping.
        let rc = unsafe { libc::mprotect(guard as *mut libc::c_void, page, libc::PROT_NONE) };
        assert_eq!(rc, 0, "mprotect failed");
        Guarded { map, map_len, data_pages: data_pages as *mut libc::c_void, data_len, ptr: ptr as *mut T, len }
    }

    /// An array of `len` random elements (both parts in `[-1, 1)`).
    pub fn random(len: usize, lead: bool, rng: &mut Rng) -> Self
    where
        T: Elem,
    {
        let mut a = Self::new(len, lead);
        for x in a.as_mut_slice() {
            *x = rng.elem();
        }
        a
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn ptr(&self) -> *const T {
        self.ptr
    }

    pub fn mut_ptr(&mut self) -> *mut T {
        self.ptr
    }

    pub fn as_slice(&self) -> &[T] {
        // SAFETY: `len` initialised elements (zero bytes are valid: `Plain`),
        // aligned (the guard page is page-aligned and `len * size_of::<T>()`
        // bytes precede it), or an empty slice at a page-aligned address.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }

    pub fn as_mut_slice(&mut self) -> &mut [T] {
        // SAFETY: as in `as_slice`; writes fault if `freeze` was called.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, self.len) }
    }

    /// Makes the array read-only: a write to an input faults.
    pub fn freeze(&self) {
        if self.data_len > 0 {
            // SAFETY: pages of our mapping.
            let rc = unsafe { libc::mprotect(self.data_pages, self.data_len, libc::PROT_READ) };
            assert_eq!(rc, 0, "mprotect failed");
        }
    }
}

impl<T> Drop for Guarded<T> {
    fn drop(&mut self) {
        // SAFETY: the mapping made in `new`, unmapped once.
        unsafe { libc::munmap(self.map, self.map_len) };
    }
}

// ---------------------------------------------------------------------------
// Checks shared by the targets.

/// Sets ferroblas's thread count (0: the default), only when it changes.
pub fn set_threads(n: usize) {
    static LAST: AtomicUsize = AtomicUsize::new(usize::MAX);
    if LAST.swap(n, Ordering::Relaxed) != n {
        ferroblas_capi::threads::ferroblas_set_num_threads(n as i32);
    }
}

/// Clears the record of the last `xerbla_` report (before a call).
pub fn clear_reported() {
    let _ = ferroblas_capi::xerbla::take_last_error();
}

/// Checks that the call reported parameter `info` of `<prefix><routine>`
/// through `xerbla_`, or nothing when `info` is 0.
pub fn check_reported(prefix: char, routine: &str, info: BlasInt, args: &dyn Debug) {
    let got = ferroblas_capi::xerbla::take_last_error();
    let want = (info != 0).then(|| (format!("{prefix}{routine}"), info));
    assert_eq!(got, want, "{prefix}{routine}: wrong xerbla report for {args:?}");
}

/// Checks that `after` has the bits of `before` (an array the call must not change).
pub fn check_unchanged<T: Elem>(what: &str, before: &[T], after: &[T], args: &dyn Debug) {
    assert_eq!(before.len(), after.len());
    if let Some(i) = (0..before.len()).find(|&i| !before[i].same_bits(after[i])) {
        panic!("{what}[{i}] changed from {:?} to {:?} for {args:?}", before[i], after[i]);
    }
}

/// Checks that `got` has exactly the bits of `want` (copies, swaps).
pub fn check_bits<T: Elem>(what: &str, want: &[T], got: &[T], args: &dyn Debug) {
    assert_eq!(want.len(), got.len());
    if let Some(i) = (0..want.len()).find(|&i| !want[i].same_bits(got[i])) {
        panic!("{what}[{i}] = {:?}, expected {:?} for {args:?}", got[i], want[i]);
    }
}

/// The expected content of one element of an output array.
#[derive(Clone, Copy, Debug)]
pub enum Want {
    /// Must keep its bits.
    Same,
    /// Checked otherwise (a residual).
    Any,
    /// The value and the sum of the absolute values of its terms, over `terms` terms.
    Value { v: Cx, mag: f64, terms: usize },
}

/// Checks an output array element by element: [`Want::Same`] bitwise, values
/// within the tolerance unless some expected value is not [`comparable`] (a
/// NaN or infinity among the inputs the routine reads, or a risk of overflow:
/// then the values are not compared, only what must stay the same).
pub fn check_output<T: Elem>(what: &str, before: &[T], after: &[T], want: &[Want], args: &dyn Debug) {
    assert_eq!(after.len(), want.len());
    let poisoned = want.iter().any(|w| matches!(w, Want::Value { v, mag, .. } if !comparable::<T>(*v, *mag)));
    for (i, w) in want.iter().enumerate() {
        match *w {
            Want::Same => {
                if !before[i].same_bits(after[i]) {
                    panic!("{what}[{i}] must not change, changed from {:?} to {:?} for {args:?}", before[i], after[i]);
                }
            }
            Want::Any => {}
            Want::Value { v, mag, terms } => {
                if !poisoned && !close(after[i], v, mag, terms) {
                    panic!(
                        "{what}[{i}] = {:?}, expected {v} (magnitude {mag:e}, {terms} terms; was {:?}) for {args:?}",
                        after[i], before[i]
                    );
                }
            }
        }
    }
}
