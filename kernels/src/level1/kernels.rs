//! The Level-1 SIMD kernels on contiguous data, written once against [`Simd`]
//! and instantiated per ISA by [`level1_isa!`](crate::level1_isa).
//!
//! Kernels see only increment-1 vectors; the drivers in this module's siblings
//! handle strides, negative increments and the reference's special cases.
//! Complex vectors are processed as interleaved reals: a complex product
//! `alpha * x` is `re(alpha) * x + (-im(alpha), im(alpha)) * swap_pairs(x)`.
//!
//! # Safety
//! Every `unsafe fn` here has the contract of the table entry it implements
//! (see [`Level1Kernels`]): pointers valid for `n` elements (`2n` reals for
//! complex bodies) and the backend's CPU features present.
#![allow(clippy::missing_safety_doc)]

use crate::arch::{Simd, MAX_LANES};
use crate::scalar::{Complex, RealScalar, Scalar};

/// Kernels for one scalar type on one ISA. Every pointer argument must be valid
/// for `n` elements (read, or read and write for `*mut`), and the table's ISA
/// must be present; the table returned by `dispatch` guarantees the latter.
pub struct Level1Kernels<T: Scalar> {
    /// `y += alpha * x`.
    pub axpy: unsafe fn(n: usize, alpha: T, x: *const T, y: *mut T),
    /// `y = alpha * x + beta * y`; `beta = 0` does not read `y`.
    pub axpby: unsafe fn(n: usize, alpha: T, x: *const T, beta: T, y: *mut T),
    /// `x *= alpha`.
    pub scal: unsafe fn(n: usize, alpha: T, x: *mut T),
    /// `x *= alpha` for a real `alpha` (`csscal`, `zdscal`).
    pub scal_real: unsafe fn(n: usize, alpha: T::Real, x: *mut T),
    /// `sum x_i * y_i`.
    pub dotu: unsafe fn(n: usize, x: *const T, y: *const T) -> T,
    /// `sum conj(x_i) * y_i`.
    pub dotc: unsafe fn(n: usize, x: *const T, y: *const T) -> T,
    /// `sum |re x_i| + |im x_i|`.
    pub asum: unsafe fn(n: usize, x: *const T) -> T::Real,
    /// `(sum of squares of all real parts, largest magnitude)`: the one-pass
    /// fast path of `nrm2`, which falls back to scaled sums when it may overflow.
    pub sumsq_max: SumsqMaxFn<T>,
    /// [`dotu`](Self::dotu) on strided vectors (pointers to logical element 0,
    /// element `i` at `x + i*incx`), bit-identical to `dotu` on the same
    /// elements stored contiguously.
    pub dotu_strided: DotStridedFn<T>,
    /// [`dotc`](Self::dotc) on strided vectors, as [`dotu_strided`](Self::dotu_strided).
    pub dotc_strided: DotStridedFn<T>,
    /// [`asum`](Self::asum) on a strided vector, bit-identical to `asum` on the
    /// same elements stored contiguously.
    pub asum_strided: unsafe fn(n: usize, x: *const T, incx: isize) -> T::Real,
    /// [`sumsq_max`](Self::sumsq_max) on a strided vector, bit-identical to
    /// `sumsq_max` on the same elements stored contiguously.
    pub sumsq_max_strided: SumsqMaxStridedFn<T>,
    /// First index of the largest `|re| + |im|`, NaN skipped; `n >= 1`, `x[0]` not NaN.
    pub iamax: unsafe fn(n: usize, x: *const T) -> usize,
    /// First index of the smallest `|re| + |im|`, NaN skipped; same preconditions.
    pub iamin: unsafe fn(n: usize, x: *const T) -> usize,
    /// The plane rotation `(x, y) = (c x + s y, c y - s x)` with real `c`, `s`.
    pub rot: unsafe fn(n: usize, x: *mut T, y: *mut T, c: T::Real, s: T::Real),
}

/// Signature of [`Level1Kernels::sumsq_max`].
pub type SumsqMaxFn<T> = unsafe fn(n: usize, x: *const T) -> (<T as Scalar>::Real, <T as Scalar>::Real);

/// Signature of [`Level1Kernels::sumsq_max_strided`].
pub type SumsqMaxStridedFn<T> =
    unsafe fn(n: usize, x: *const T, incx: isize) -> (<T as Scalar>::Real, <T as Scalar>::Real);

/// Signature of [`Level1Kernels::dotu_strided`] and [`Level1Kernels::dotc_strided`].
pub type DotStridedFn<T> = unsafe fn(n: usize, x: *const T, incx: isize, y: *const T, incy: isize) -> T;

// ---------------------------------------------------------------------------
// Staging strided operands for the reductions.
//
// A strided reduction copies its operands chunk by chunk into stack buffers
// and feeds them to the contiguous loop with the accumulators carried from one
// chunk to the next. A chunk is a multiple of every backend's `4 * LANES`
// reals, so chunk boundaries fall on the contiguous loop's unrolled blocks:
// every element lands in the same lane of the same accumulator, in the same
// order, as when the whole vector is contiguous, and the result is bit for bit
// the contiguous one.

/// Reals staged per chunk.
const STAGE_REALS: usize = 16 * MAX_LANES;

/// An uninitialised stack buffer of one chunk (a macro, not a function, so
/// that no copy of it is ever made).
macro_rules! stage_buf {
    ($e:ty) => {
        [const { core::mem::MaybeUninit::<$e>::uninit() }; STAGE_REALS]
    };
}

/// Copies `m` elements of `W` reals each (1: real, 2: complex), element `k`
/// read from `src + k*inc*W`, to `dst`.
///
/// # Safety
/// `dst` valid for `m*W` writes, every source element readable.
#[inline(always)]
unsafe fn gather<E: Copy, const W: usize>(dst: *mut E, src: *const E, inc: isize, m: usize) {
    let step = inc * W as isize;
    let mut p = src;
    for k in 0..m {
        for j in 0..W {
            *dst.add(k * W + j) = *p.add(j);
        }
        p = p.wrapping_offset(step);
    }
}

impl<T: Scalar> Clone for Level1Kernels<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Scalar> Copy for Level1Kernels<T> {}

// ---------------------------------------------------------------------------
// Real bodies, `n` reals.

/// `y += a x`.
#[inline(always)]
pub unsafe fn axpy_real<S: Simd>(n: usize, a: S::E, x: *const S::E, y: *mut S::E) {
    let l = S::LANES;
    let va = S::splat(a);
    let mut i = 0;
    while i + 4 * l <= n {
        let (xp, yp) = (x.add(i), y.add(i));
        let y0 = S::fma(va, S::load(xp), S::load(yp));
        let y1 = S::fma(va, S::load(xp.add(l)), S::load(yp.add(l)));
        let y2 = S::fma(va, S::load(xp.add(2 * l)), S::load(yp.add(2 * l)));
        let y3 = S::fma(va, S::load(xp.add(3 * l)), S::load(yp.add(3 * l)));
        S::store(yp, y0);
        S::store(yp.add(l), y1);
        S::store(yp.add(2 * l), y2);
        S::store(yp.add(3 * l), y3);
        i += 4 * l;
    }
    while i + l <= n {
        S::store(y.add(i), S::fma(va, S::load(x.add(i)), S::load(y.add(i))));
        i += l;
    }
    if i < n {
        let r = n - i;
        let v = S::fma(va, S::load_partial(x.add(i), r), S::load_partial(y.add(i), r));
        S::store_partial(y.add(i), v, r);
    }
}

/// `y = a x + b y`, or `y = a x` without reading `y` when `b = 0`.
#[inline(always)]
pub unsafe fn axpby_real<S: Simd>(n: usize, a: S::E, x: *const S::E, b: S::E, y: *mut S::E) {
    let l = S::LANES;
    let (va, vb) = (S::splat(a), S::splat(b));
    let beta_zero = b == S::E::zero();
    let mut i = 0;
    while i < n {
        let r = (n - i).min(l);
        let xv = if r == l { S::load(x.add(i)) } else { S::load_partial(x.add(i), r) };
        let v = if beta_zero {
            S::mul(va, xv)
        } else {
            let yv = if r == l { S::load(y.add(i)) } else { S::load_partial(y.add(i), r) };
            S::fma(va, xv, S::mul(vb, yv))
        };
        if r == l {
            S::store(y.add(i), v)
        } else {
            S::store_partial(y.add(i), v, r)
        }
        i += l;
    }
}

/// `x *= a`.
#[inline(always)]
pub unsafe fn scal_real<S: Simd>(n: usize, a: S::E, x: *mut S::E) {
    let l = S::LANES;
    let va = S::splat(a);
    let mut i = 0;
    while i + 4 * l <= n {
        let p = x.add(i);
        let v0 = S::mul(va, S::load(p));
        let v1 = S::mul(va, S::load(p.add(l)));
        let v2 = S::mul(va, S::load(p.add(2 * l)));
        let v3 = S::mul(va, S::load(p.add(3 * l)));
        S::store(p, v0);
        S::store(p.add(l), v1);
        S::store(p.add(2 * l), v2);
        S::store(p.add(3 * l), v3);
        i += 4 * l;
    }
    while i < n {
        let r = (n - i).min(l);
        if r == l {
            S::store(x.add(i), S::mul(va, S::load(x.add(i))));
        } else {
            S::store_partial(x.add(i), S::mul(va, S::load_partial(x.add(i), r)), r);
        }
        i += l;
    }
}

/// Lane-wise partial sums of `x_i * y_i` (in `acc[0..4]`) and of `x_i * y_{i^1}`
/// (in `acc[4..8]`, only when `CROSS`, for complex dots), added to `acc`; four
/// accumulators hide the FMA latency. Calls on consecutive pieces whose lengths
/// are multiples of `4 * LANES` (except the last) give the same sums as one call.
#[inline(always)]
unsafe fn dot_lanes<S: Simd, const CROSS: bool>(n: usize, x: *const S::E, y: *const S::E, acc: &mut [S::V; 8]) {
    let l = S::LANES;
    let [mut a0, mut a1, mut a2, mut a3, mut c0, mut c1, mut c2, mut c3] = *acc;
    let mut i = 0;
    while i + 4 * l <= n {
        let (xp, yp) = (x.add(i), y.add(i));
        let (x0, x1, x2, x3) = (S::load(xp), S::load(xp.add(l)), S::load(xp.add(2 * l)), S::load(xp.add(3 * l)));
        let (y0, y1, y2, y3) = (S::load(yp), S::load(yp.add(l)), S::load(yp.add(2 * l)), S::load(yp.add(3 * l)));
        a0 = S::fma(x0, y0, a0);
        a1 = S::fma(x1, y1, a1);
        a2 = S::fma(x2, y2, a2);
        a3 = S::fma(x3, y3, a3);
        if CROSS {
            c0 = S::fma(x0, S::swap_pairs(y0), c0);
            c1 = S::fma(x1, S::swap_pairs(y1), c1);
            c2 = S::fma(x2, S::swap_pairs(y2), c2);
            c3 = S::fma(x3, S::swap_pairs(y3), c3);
        }
        i += 4 * l;
    }
    while i < n {
        let r = (n - i).min(l);
        let (xv, yv) = if r == l {
            (S::load(x.add(i)), S::load(y.add(i)))
        } else {
            (S::load_partial(x.add(i), r), S::load_partial(y.add(i), r))
        };
        a0 = S::fma(xv, yv, a0);
        if CROSS {
            c0 = S::fma(xv, S::swap_pairs(yv), c0);
        }
        i += l;
    }
    *acc = [a0, a1, a2, a3, c0, c1, c2, c3];
}

/// The direct and cross lane sums of [`dot_lanes`]' accumulators.
#[inline(always)]
unsafe fn dot_lanes_finish<S: Simd>(acc: &[S::V; 8]) -> (S::V, S::V) {
    let [a0, a1, a2, a3, c0, c1, c2, c3] = *acc;
    (S::add(S::add(a0, a1), S::add(a2, a3)), S::add(S::add(c0, c1), S::add(c2, c3)))
}

/// [`dot_lanes`] over strided vectors of `n` elements of `W` reals each,
/// staged through stack buffers; returns the finished lane sums.
#[inline(always)]
unsafe fn dot_lanes_strided<S: Simd, const W: usize, const CROSS: bool>(
    n: usize,
    x: *const S::E,
    incx: isize,
    y: *const S::E,
    incy: isize,
) -> (S::V, S::V) {
    let (mut xb, mut yb) = (stage_buf!(S::E), stage_buf!(S::E));
    let (xb, yb) = (xb.as_mut_ptr().cast::<S::E>(), yb.as_mut_ptr().cast::<S::E>());
    let mut acc = [S::zero(); 8];
    let per = STAGE_REALS / W;
    let mut i = 0;
    while i < n {
        let m = (n - i).min(per);
        gather::<S::E, W>(xb, x.wrapping_offset(i as isize * incx * W as isize), incx, m);
        gather::<S::E, W>(yb, y.wrapping_offset(i as isize * incy * W as isize), incy, m);
        dot_lanes::<S, CROSS>(m * W, xb, yb, &mut acc);
        i += m;
    }
    dot_lanes_finish::<S>(&acc)
}

/// `sum x_i y_i`.
#[inline(always)]
pub unsafe fn dot_real<S: Simd>(n: usize, x: *const S::E, y: *const S::E) -> S::E {
    let mut acc = [S::zero(); 8];
    dot_lanes::<S, false>(n, x, y, &mut acc);
    S::reduce_add(dot_lanes_finish::<S>(&acc).0)
}

/// [`dot_real`] on strided vectors, bit-identical to it on the same elements.
#[inline(always)]
pub unsafe fn dot_real_strided<S: Simd>(n: usize, x: *const S::E, incx: isize, y: *const S::E, incy: isize) -> S::E {
    S::reduce_add(dot_lanes_strided::<S, 1, false>(n, x, incx, y, incy).0)
}

/// `sum |x_i|`.
#[inline(always)]
pub unsafe fn asum_real<S: Simd>(n: usize, x: *const S::E) -> S::E {
    let mut acc = [S::zero(); 4];
    asum_lanes::<S>(n, x, &mut acc);
    let [a0, a1, a2, a3] = acc;
    S::reduce_add(S::add(S::add(a0, a1), S::add(a2, a3)))
}

/// [`asum_real`] over a strided vector of `n` elements of `W` reals each,
/// bit-identical to it on the same elements stored contiguously.
#[inline(always)]
pub unsafe fn asum_strided<S: Simd, const W: usize>(n: usize, x: *const S::E, incx: isize) -> S::E {
    let mut acc = [S::zero(); 4];
    staged::<S, W>(n, x, incx, |reals, xb| asum_lanes::<S>(reals, xb, &mut acc));
    let [a0, a1, a2, a3] = acc;
    S::reduce_add(S::add(S::add(a0, a1), S::add(a2, a3)))
}

/// Feeds a strided vector of `n` elements of `W` reals each to `f`, a
/// stack buffer of contiguous reals at a time (`f(reals, buffer)`), in order;
/// the reductions carry their lane accumulators across the calls.
///
/// # Safety
/// Every element of the vector readable.
#[inline(always)]
unsafe fn staged<S: Simd, const W: usize>(
    n: usize,
    x: *const S::E,
    incx: isize,
    mut f: impl FnMut(usize, *const S::E),
) {
    let mut xb = stage_buf!(S::E);
    let xb = xb.as_mut_ptr().cast::<S::E>();
    let per = STAGE_REALS / W;
    let mut i = 0;
    while i < n {
        let m = (n - i).min(per);
        gather::<S::E, W>(xb, x.wrapping_offset(i as isize * incx * W as isize), incx, m);
        f(m * W, xb);
        i += m;
    }
}

/// Lane-wise partial sums of `|x_i|`, added to `acc` (chunkable as [`dot_lanes`]).
#[inline(always)]
unsafe fn asum_lanes<S: Simd>(n: usize, x: *const S::E, acc: &mut [S::V; 4]) {
    let l = S::LANES;
    let [mut a0, mut a1, mut a2, mut a3] = *acc;
    let mut i = 0;
    while i + 4 * l <= n {
        let p = x.add(i);
        a0 = S::add(a0, S::abs(S::load(p)));
        a1 = S::add(a1, S::abs(S::load(p.add(l))));
        a2 = S::add(a2, S::abs(S::load(p.add(2 * l))));
        a3 = S::add(a3, S::abs(S::load(p.add(3 * l))));
        i += 4 * l;
    }
    while i < n {
        let r = (n - i).min(l);
        let v = if r == l { S::load(x.add(i)) } else { S::load_partial(x.add(i), r) };
        a0 = S::add(a0, S::abs(v));
        i += l;
    }
    *acc = [a0, a1, a2, a3];
}

/// `(sum x_i^2, max |x_i|)`, unscaled.
#[inline(always)]
pub unsafe fn sumsq_max_real<S: Simd>(n: usize, x: *const S::E) -> (S::E, S::E) {
    let mut acc = [S::zero(); 6];
    sumsq_max_lanes::<S>(n, x, &mut acc);
    sumsq_max_finish::<S>(&acc)
}

/// [`sumsq_max_real`] over a strided vector of `n` elements of `W` reals each,
/// bit-identical to it on the same elements stored contiguously.
#[inline(always)]
pub unsafe fn sumsq_max_strided<S: Simd, const W: usize>(n: usize, x: *const S::E, incx: isize) -> (S::E, S::E) {
    let mut acc = [S::zero(); 6];
    staged::<S, W>(n, x, incx, |reals, xb| sumsq_max_lanes::<S>(reals, xb, &mut acc));
    sumsq_max_finish::<S>(&acc)
}

/// The sum of squares and the largest magnitude from [`sumsq_max_lanes`]' accumulators.
#[inline(always)]
unsafe fn sumsq_max_finish<S: Simd>(acc: &[S::V; 6]) -> (S::E, S::E) {
    let [s0, s1, s2, s3, m0, m1] = *acc;
    let s = S::reduce_add(S::add(S::add(s0, s1), S::add(s2, s3)));
    (s, S::reduce_max(S::max(m0, m1)))
}

/// Lane-wise partial sums of `x_i^2` (`acc[0..4]`) and maxima of `|x_i|`
/// (`acc[4..6]`), added to `acc` (chunkable as [`dot_lanes`]).
#[inline(always)]
unsafe fn sumsq_max_lanes<S: Simd>(n: usize, x: *const S::E, acc: &mut [S::V; 6]) {
    let l = S::LANES;
    let [mut s0, mut s1, mut s2, mut s3, mut m0, mut m1] = *acc;
    let mut i = 0;
    while i + 4 * l <= n {
        let p = x.add(i);
        let (v0, v1, v2, v3) = (S::load(p), S::load(p.add(l)), S::load(p.add(2 * l)), S::load(p.add(3 * l)));
        s0 = S::fma(v0, v0, s0);
        s1 = S::fma(v1, v1, s1);
        s2 = S::fma(v2, v2, s2);
        s3 = S::fma(v3, v3, s3);
        m0 = S::max(S::abs(v0), m0);
        m1 = S::max(S::abs(v1), m1);
        m0 = S::max(S::abs(v2), m0);
        m1 = S::max(S::abs(v3), m1);
        i += 4 * l;
    }
    while i < n {
        let r = (n - i).min(l);
        let v = if r == l { S::load(x.add(i)) } else { S::load_partial(x.add(i), r) };
        s0 = S::fma(v, v, s0);
        m0 = S::max(S::abs(v), m0);
        i += l;
    }
    *acc = [s0, s1, s2, s3, m0, m1];
}

/// `(x, y) = (c x + s y, c y - s x)`.
#[inline(always)]
pub unsafe fn rot_real<S: Simd>(n: usize, x: *mut S::E, y: *mut S::E, c: S::E, s: S::E) {
    let l = S::LANES;
    let (vc, vs) = (S::splat(c), S::splat(s));
    let mut i = 0;
    while i < n {
        let r = (n - i).min(l);
        let (xp, yp) = (x.add(i), y.add(i));
        let (xv, yv) =
            if r == l { (S::load(xp), S::load(yp)) } else { (S::load_partial(xp, r), S::load_partial(yp, r)) };
        let xn = S::fma(vc, xv, S::mul(vs, yv));
        let yn = S::fnma(vs, xv, S::mul(vc, yv));
        if r == l {
            S::store(xp, xn);
            S::store(yp, yn);
        } else {
            S::store_partial(xp, xn, r);
            S::store_partial(yp, yn, r);
        }
        i += l;
    }
}

/// Largest elements of a chunk whose lane indices must stay exact in `S::E`.
const IAMAX_CHUNK: usize = 1 << 22;

/// First index of the largest (`MAX`) or smallest magnitude among `n` elements,
/// where an element is one real or (`CPLX`) a pair `|re| + |im|`. NaNs are
/// skipped; the caller has checked that element 0 is not NaN.
///
/// Each lane keeps its best value and that value's index (held as a float,
/// exact below 2^22), updated only on a strict improvement, so the earliest
/// index wins ties exactly as the reference's sequential scan does.
#[inline(always)]
pub unsafe fn iamax_body<S: Simd, const CPLX: bool, const MAX: bool>(n: usize, x: *const S::E) -> usize {
    let w = if CPLX { 2 } else { 1 };
    let l = S::LANES;
    let per_vec = l / w;
    let sentinel = if MAX { -S::E::one() } else { S::E::INFINITY };
    let better = |v: S::E, best: S::E| if MAX { v > best } else { v < best };
    let mut best_val = sentinel;
    let mut best_idx = 0usize;

    let mut lane_idx = [S::E::zero(); MAX_LANES];
    for (k, li) in lane_idx.iter_mut().enumerate().take(l) {
        *li = S::E::from_f64((k / w) as f64);
    }
    let first_idx = S::load(lane_idx.as_ptr());

    let nvec_total = n / per_vec;
    let mut start = 0usize;
    while start < nvec_total * per_vec {
        let chunk = (nvec_total * per_vec - start).min(IAMAX_CHUNK);
        let base = x.add(start * w);
        // Four independent (best, index) sets break the compare-select
        // dependency chain; each set still sees its vectors in order.
        let mut best = [S::splat(sentinel); 4];
        let mut bidx = [S::zero(); 4];
        let mut idx = [first_idx; 4];
        for (u, i) in idx.iter_mut().enumerate() {
            *i = S::add(first_idx, S::splat(S::E::from_f64((u * per_vec) as f64)));
        }
        let step4 = S::splat(S::E::from_f64((4 * per_vec) as f64));
        let mut e = 0;
        while e + 4 * per_vec <= chunk {
            for u in 0..4 {
                let mut v = S::abs(S::load(base.add((e + u * per_vec) * w)));
                if CPLX {
                    v = S::add(v, S::swap_pairs(v));
                }
                let m = if MAX { S::gt(v, best[u]) } else { S::lt(v, best[u]) };
                best[u] = S::select(m, v, best[u]);
                bidx[u] = S::select(m, idx[u], bidx[u]);
                idx[u] = S::add(idx[u], step4);
            }
            e += 4 * per_vec;
        }
        while e < chunk {
            let mut v = S::abs(S::load(base.add(e * w)));
            if CPLX {
                v = S::add(v, S::swap_pairs(v));
            }
            let here = S::add(first_idx, S::splat(S::E::from_f64(e as f64)));
            let m = if MAX { S::gt(v, best[0]) } else { S::lt(v, best[0]) };
            best[0] = S::select(m, v, best[0]);
            bidx[0] = S::select(m, here, bidx[0]);
            e += per_vec;
        }
        // Among all lanes of all sets: the best value and, for ties, the
        // smallest index.
        let (mut cv, mut ci) = (sentinel, usize::MAX);
        for u in 0..4 {
            let (mut vals, mut idxs) = ([S::E::zero(); MAX_LANES], [S::E::zero(); MAX_LANES]);
            S::to_slice(best[u], &mut vals);
            S::to_slice(bidx[u], &mut idxs);
            for k in 0..l {
                let (v, i) = (vals[k], idxs[k].to_f64() as usize);
                if better(v, cv) || (v == cv && v != sentinel && i < ci) {
                    (cv, ci) = (v, i);
                }
            }
        }
        if better(cv, best_val) {
            (best_val, best_idx) = (cv, start + ci);
        }
        start += chunk;
    }
    for i in nvec_total * per_vec..n {
        let v = if CPLX { (*x.add(2 * i)).abs() + (*x.add(2 * i + 1)).abs() } else { (*x.add(i)).abs() };
        if better(v, best_val) {
            (best_val, best_idx) = (v, i);
        }
    }
    best_idx
}

// ---------------------------------------------------------------------------
// Complex bodies, `n` complex numbers as `2n` interleaved reals.

/// `alpha * v` for a register of interleaved complex numbers.
#[inline(always)]
unsafe fn cmul<S: Simd>(ar: S::V, ai_signed: S::V, v: S::V) -> S::V {
    S::fma(ar, v, S::mul(ai_signed, S::swap_pairs(v)))
}

/// `y += alpha x`.
#[inline(always)]
pub unsafe fn axpy_cplx<S: Simd>(n: usize, alpha: Complex<S::E>, x: *const S::E, y: *mut S::E) {
    let (l, nr) = (S::LANES, 2 * n);
    let ar = S::splat(alpha.re);
    let ai = S::splat_pair(-alpha.im, alpha.im);
    let mut i = 0;
    while i + 2 * l <= nr {
        let (xp, yp) = (x.add(i), y.add(i));
        let (x0, x1) = (S::load(xp), S::load(xp.add(l)));
        let y0 = S::fma(ai, S::swap_pairs(x0), S::fma(ar, x0, S::load(yp)));
        let y1 = S::fma(ai, S::swap_pairs(x1), S::fma(ar, x1, S::load(yp.add(l))));
        S::store(yp, y0);
        S::store(yp.add(l), y1);
        i += 2 * l;
    }
    while i < nr {
        let r = (nr - i).min(l);
        let (xp, yp) = (x.add(i), y.add(i));
        let (xv, yv) =
            if r == l { (S::load(xp), S::load(yp)) } else { (S::load_partial(xp, r), S::load_partial(yp, r)) };
        let v = S::fma(ai, S::swap_pairs(xv), S::fma(ar, xv, yv));
        if r == l {
            S::store(yp, v)
        } else {
            S::store_partial(yp, v, r)
        }
        i += l;
    }
}

/// `y = alpha x + beta y`, or `y = alpha x` without reading `y` when `beta = 0`.
#[inline(always)]
pub unsafe fn axpby_cplx<S: Simd>(n: usize, alpha: Complex<S::E>, x: *const S::E, beta: Complex<S::E>, y: *mut S::E) {
    let (l, nr) = (S::LANES, 2 * n);
    let (ar, ai) = (S::splat(alpha.re), S::splat_pair(-alpha.im, alpha.im));
    let (br, bi) = (S::splat(beta.re), S::splat_pair(-beta.im, beta.im));
    let beta_zero = beta.re == S::E::zero() && beta.im == S::E::zero();
    let mut i = 0;
    while i < nr {
        let r = (nr - i).min(l);
        let (xp, yp) = (x.add(i), y.add(i));
        let xv = if r == l { S::load(xp) } else { S::load_partial(xp, r) };
        let mut v = cmul::<S>(ar, ai, xv);
        if !beta_zero {
            let yv = if r == l { S::load(yp) } else { S::load_partial(yp, r) };
            v = S::add(v, cmul::<S>(br, bi, yv));
        }
        if r == l {
            S::store(yp, v)
        } else {
            S::store_partial(yp, v, r)
        }
        i += l;
    }
}

/// `x *= alpha`.
#[inline(always)]
pub unsafe fn scal_cplx<S: Simd>(n: usize, alpha: Complex<S::E>, x: *mut S::E) {
    let (l, nr) = (S::LANES, 2 * n);
    let (ar, ai) = (S::splat(alpha.re), S::splat_pair(-alpha.im, alpha.im));
    let mut i = 0;
    while i < nr {
        let r = (nr - i).min(l);
        let p = x.add(i);
        if r == l {
            S::store(p, cmul::<S>(ar, ai, S::load(p)));
        } else {
            S::store_partial(p, cmul::<S>(ar, ai, S::load_partial(p, r)), r);
        }
        i += l;
    }
}

/// `(sum x_i y_i, sum conj(x_i) y_i)`.
#[inline(always)]
pub unsafe fn dot_cplx<S: Simd>(n: usize, x: *const S::E, y: *const S::E) -> (Complex<S::E>, Complex<S::E>) {
    let mut acc = [S::zero(); 8];
    dot_lanes::<S, true>(2 * n, x, y, &mut acc);
    let (direct, cross) = dot_lanes_finish::<S>(&acc);
    dot_cplx_combine::<S>(direct, cross)
}

/// [`dot_cplx`] on strided vectors, bit-identical to it on the same elements.
#[inline(always)]
pub unsafe fn dot_cplx_strided<S: Simd>(
    n: usize,
    x: *const S::E,
    incx: isize,
    y: *const S::E,
    incy: isize,
) -> (Complex<S::E>, Complex<S::E>) {
    let (direct, cross) = dot_lanes_strided::<S, 2, true>(n, x, incx, y, incy);
    dot_cplx_combine::<S>(direct, cross)
}

/// `(sum x_i y_i, sum conj(x_i) y_i)` from the direct and cross lane sums.
#[inline(always)]
unsafe fn dot_cplx_combine<S: Simd>(direct: S::V, cross: S::V) -> (Complex<S::E>, Complex<S::E>) {
    let (mut d, mut c) = ([S::E::zero(); MAX_LANES], [S::E::zero(); MAX_LANES]);
    S::to_slice(direct, &mut d);
    S::to_slice(cross, &mut c);
    let (mut rr, mut ii, mut ri, mut ir) = (S::E::zero(), S::E::zero(), S::E::zero(), S::E::zero());
    for k in (0..S::LANES).step_by(2) {
        rr += d[k]; // xr*yr
        ii += d[k + 1]; // xi*yi
        ri += c[k]; // xr*yi
        ir += c[k + 1]; // xi*yr
    }
    (Complex::new(rr - ii, ri + ir), Complex::new(rr + ii, ri - ir))
}

/// Instantiates the Level-1 kernels for one ISA: generic wrappers carrying the
/// ISA's `#[target_feature]` attribute and the table builders `real_table` and
/// `complex_table`. Invoke inside a module of the ISA's backend.
#[macro_export]
#[doc(hidden)]
macro_rules! level1_isa {
    ($(#[$attr:meta])*) => {
        #[allow(unused_imports)]
        use $crate::arch::Simd;
        use $crate::level1::kernels as k;
        use $crate::level1::kernels::Level1Kernels;
        use $crate::scalar::Complex;

        $(#[$attr])*
        unsafe fn axpy<S: Simd>(n: usize, a: S::E, x: *const S::E, y: *mut S::E) {
            k::axpy_real::<S>(n, a, x, y)
        }
        $(#[$attr])*
        unsafe fn axpby<S: Simd>(n: usize, a: S::E, x: *const S::E, b: S::E, y: *mut S::E) {
            k::axpby_real::<S>(n, a, x, b, y)
        }
        $(#[$attr])*
        unsafe fn scal<S: Simd>(n: usize, a: S::E, x: *mut S::E) {
            k::scal_real::<S>(n, a, x)
        }
        $(#[$attr])*
        unsafe fn dot<S: Simd>(n: usize, x: *const S::E, y: *const S::E) -> S::E {
            k::dot_real::<S>(n, x, y)
        }
        $(#[$attr])*
        unsafe fn asum<S: Simd>(n: usize, x: *const S::E) -> S::E {
            k::asum_real::<S>(n, x)
        }
        $(#[$attr])*
        unsafe fn sumsq_max<S: Simd>(n: usize, x: *const S::E) -> (S::E, S::E) {
            k::sumsq_max_real::<S>(n, x)
        }
        $(#[$attr])*
        unsafe fn dot_strided<S: Simd>(n: usize, x: *const S::E, incx: isize, y: *const S::E, incy: isize) -> S::E {
            k::dot_real_strided::<S>(n, x, incx, y, incy)
        }
        $(#[$attr])*
        unsafe fn asum_strided<S: Simd>(n: usize, x: *const S::E, incx: isize) -> S::E {
            k::asum_strided::<S, 1>(n, x, incx)
        }
        $(#[$attr])*
        unsafe fn sumsq_max_strided<S: Simd>(n: usize, x: *const S::E, incx: isize) -> (S::E, S::E) {
            k::sumsq_max_strided::<S, 1>(n, x, incx)
        }
        $(#[$attr])*
        unsafe fn iamax<S: Simd, const CPLX: bool, const MAX: bool>(n: usize, x: *const S::E) -> usize {
            k::iamax_body::<S, CPLX, MAX>(n, x)
        }
        $(#[$attr])*
        unsafe fn rot<S: Simd>(n: usize, x: *mut S::E, y: *mut S::E, c: S::E, s: S::E) {
            k::rot_real::<S>(n, x, y, c, s)
        }
        $(#[$attr])*
        unsafe fn c_axpy<S: Simd>(n: usize, a: Complex<S::E>, x: *const Complex<S::E>, y: *mut Complex<S::E>) {
            k::axpy_cplx::<S>(n, a, x.cast(), y.cast())
        }
        $(#[$attr])*
        unsafe fn c_axpby<S: Simd>(n: usize, a: Complex<S::E>, x: *const Complex<S::E>, b: Complex<S::E>, y: *mut Complex<S::E>) {
            k::axpby_cplx::<S>(n, a, x.cast(), b, y.cast())
        }
        $(#[$attr])*
        unsafe fn c_scal<S: Simd>(n: usize, a: Complex<S::E>, x: *mut Complex<S::E>) {
            k::scal_cplx::<S>(n, a, x.cast())
        }
        $(#[$attr])*
        unsafe fn c_scal_real<S: Simd>(n: usize, a: S::E, x: *mut Complex<S::E>) {
            k::scal_real::<S>(2 * n, a, x.cast())
        }
        $(#[$attr])*
        unsafe fn c_dotu<S: Simd>(n: usize, x: *const Complex<S::E>, y: *const Complex<S::E>) -> Complex<S::E> {
            k::dot_cplx::<S>(n, x.cast(), y.cast()).0
        }
        $(#[$attr])*
        unsafe fn c_dotc<S: Simd>(n: usize, x: *const Complex<S::E>, y: *const Complex<S::E>) -> Complex<S::E> {
            k::dot_cplx::<S>(n, x.cast(), y.cast()).1
        }
        $(#[$attr])*
        unsafe fn c_asum<S: Simd>(n: usize, x: *const Complex<S::E>) -> S::E {
            k::asum_real::<S>(2 * n, x.cast())
        }
        $(#[$attr])*
        unsafe fn c_sumsq_max<S: Simd>(n: usize, x: *const Complex<S::E>) -> (S::E, S::E) {
            k::sumsq_max_real::<S>(2 * n, x.cast())
        }
        $(#[$attr])*
        unsafe fn c_dotu_strided<S: Simd>(
            n: usize,
            x: *const Complex<S::E>,
            incx: isize,
            y: *const Complex<S::E>,
            incy: isize,
        ) -> Complex<S::E> {
            k::dot_cplx_strided::<S>(n, x.cast(), incx, y.cast(), incy).0
        }
        $(#[$attr])*
        unsafe fn c_dotc_strided<S: Simd>(
            n: usize,
            x: *const Complex<S::E>,
            incx: isize,
            y: *const Complex<S::E>,
            incy: isize,
        ) -> Complex<S::E> {
            k::dot_cplx_strided::<S>(n, x.cast(), incx, y.cast(), incy).1
        }
        $(#[$attr])*
        unsafe fn c_asum_strided<S: Simd>(n: usize, x: *const Complex<S::E>, incx: isize) -> S::E {
            k::asum_strided::<S, 2>(n, x.cast(), incx)
        }
        $(#[$attr])*
        unsafe fn c_sumsq_max_strided<S: Simd>(n: usize, x: *const Complex<S::E>, incx: isize) -> (S::E, S::E) {
            k::sumsq_max_strided::<S, 2>(n, x.cast(), incx)
        }
        $(#[$attr])*
        unsafe fn c_iamax<S: Simd, const MAX: bool>(n: usize, x: *const Complex<S::E>) -> usize {
            k::iamax_body::<S, true, MAX>(n, x.cast())
        }
        $(#[$attr])*
        unsafe fn c_rot<S: Simd>(n: usize, x: *mut Complex<S::E>, y: *mut Complex<S::E>, c: S::E, s: S::E) {
            k::rot_real::<S>(2 * n, x.cast(), y.cast(), c, s)
        }

        /// The Level-1 table for `S::E` on this ISA.
        pub fn real_table<S: Simd>() -> Level1Kernels<S::E>
        where
            S::E: $crate::scalar::Scalar<Real = S::E>,
        {
            Level1Kernels {
                axpy: axpy::<S>,
                axpby: axpby::<S>,
                scal: scal::<S>,
                scal_real: scal::<S>,
                dotu: dot::<S>,
                dotc: dot::<S>,
                asum: asum::<S>,
                sumsq_max: sumsq_max::<S>,
                dotu_strided: dot_strided::<S>,
                dotc_strided: dot_strided::<S>,
                asum_strided: asum_strided::<S>,
                sumsq_max_strided: sumsq_max_strided::<S>,
                iamax: iamax::<S, false, true>,
                iamin: iamax::<S, false, false>,
                rot: rot::<S>,
            }
        }

        /// The Level-1 table for `Complex<S::E>` on this ISA.
        pub fn complex_table<S: Simd>() -> Level1Kernels<Complex<S::E>>
        where
            Complex<S::E>: $crate::scalar::Scalar<Real = S::E>,
        {
            Level1Kernels {
                axpy: c_axpy::<S>,
                axpby: c_axpby::<S>,
                scal: c_scal::<S>,
                scal_real: c_scal_real::<S>,
                dotu: c_dotu::<S>,
                dotc: c_dotc::<S>,
                asum: c_asum::<S>,
                sumsq_max: c_sumsq_max::<S>,
                dotu_strided: c_dotu_strided::<S>,
                dotc_strided: c_dotc_strided::<S>,
                asum_strided: c_asum_strided::<S>,
                sumsq_max_strided: c_sumsq_max_strided::<S>,
                iamax: c_iamax::<S, true>,
                iamin: c_iamax::<S, false>,
                rot: c_rot::<S>,
            }
        }
    };
}
