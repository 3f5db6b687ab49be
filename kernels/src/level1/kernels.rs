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

use crate::arch::{combine, reduce_pairs, regs, Simd, MAX_LANES, MAX_REGS, VIRTUAL_BYTES};
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
// chunk to the next. A chunk is a multiple of the virtual register
// (`VIRTUAL_BYTES`), so chunk boundaries fall on the contiguous loop's blocks:
// every element lands in the same virtual lane, in the same order, as when the whole vector is contiguous, and the result is bit for bit
// the contiguous one.

/// Reals staged per chunk: a whole number of virtual registers of any type.
const STAGE_REALS: usize = 16 * MAX_LANES;
const _: () = assert!(STAGE_REALS.is_multiple_of(VIRTUAL_BYTES / 4));

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

/// Accumulators of a reduction: one virtual register (see
/// [`VIRTUAL_BYTES`]) as `regs::<S>(VIRTUAL_BYTES)` real ones; the rest unused.
type Virt<S> = [<S as Simd>::V; MAX_REGS];

/// Registers per virtual register of the Level-1 reductions.
#[inline(always)]
const fn nregs<S: Simd>() -> usize {
    regs::<S>(VIRTUAL_BYTES)
}

/// Runs `f(k, v)` for the registers of the virtual register whose lane 0 is
/// real `i`, `v` the `LANES` reals from `i + k*LANES` (partial and zero-filled
/// past `n`; registers wholly past `n` are skipped). Element `i + j` lands in
/// virtual lane `j`, whatever the backend.
#[inline(always)]
unsafe fn virt_step<S: Simd>(i: usize, n: usize, x: *const S::E, mut f: impl FnMut(usize, S::V)) {
    let l = S::LANES;
    for k in 0..nregs::<S>() {
        let off = i + k * l;
        if off + l <= n {
            f(k, S::load(x.add(off)));
        } else if off < n {
            f(k, S::load_partial(x.add(off), n - off));
        }
    }
}

/// Virtual-lane partial sums of `x_i * y_i` (in `acc`) and of `x_i * y_{i^1}`
/// (in `cross`, only when `CROSS`, for complex dots), added to them: element
/// `i` in virtual lane `i mod V`, one FMA chain per lane. Calls on consecutive
/// pieces whose lengths are multiples of `V` (except the last) give the same
/// sums as one call. A lane starts at +0 and only ever adds, so the zeros a
/// partial register adds past `n` change no bit.
#[inline(always)]
unsafe fn dot_lanes<S: Simd, const CROSS: bool>(
    n: usize,
    x: *const S::E,
    y: *const S::E,
    acc: &mut Virt<S>,
    cross: &mut Virt<S>,
) {
    let l = S::LANES;
    let v = nregs::<S>() * l;
    let mut i = 0;
    while i + v <= n {
        for k in 0..nregs::<S>() {
            let (xv, yv) = (S::load(x.add(i + k * l)), S::load(y.add(i + k * l)));
            acc[k] = S::fma(xv, yv, acc[k]);
            if CROSS {
                cross[k] = S::fma(xv, S::swap_pairs(yv), cross[k]);
            }
        }
        i += v;
    }
    if i < n {
        for k in 0..nregs::<S>() {
            let off = i + k * l;
            if off >= n {
                break;
            }
            let r = (n - off).min(l);
            let (xv, yv) = if r == l {
                (S::load(x.add(off)), S::load(y.add(off)))
            } else {
                (S::load_partial(x.add(off), r), S::load_partial(y.add(off), r))
            };
            acc[k] = S::fma(xv, yv, acc[k]);
            if CROSS {
                cross[k] = S::fma(xv, S::swap_pairs(yv), cross[k]);
            }
        }
    }
}

/// [`dot_lanes`] over strided vectors of `n` elements of `W` reals each,
/// staged through stack buffers; returns the virtual registers combined down
/// to one register each (direct, cross).
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
    let (mut acc, mut cross) = ([S::zero(); MAX_REGS], [S::zero(); MAX_REGS]);
    let per = STAGE_REALS / W;
    let mut i = 0;
    while i < n {
        let m = (n - i).min(per);
        gather::<S::E, W>(xb, x.wrapping_offset(i as isize * incx * W as isize), incx, m);
        gather::<S::E, W>(yb, y.wrapping_offset(i as isize * incy * W as isize), incy, m);
        dot_lanes::<S, CROSS>(m * W, xb, yb, &mut acc, &mut cross);
        i += m;
    }
    (combine::<S, MAX_REGS>(&acc, nregs::<S>()), combine::<S, MAX_REGS>(&cross, nregs::<S>()))
}

/// `sum x_i y_i`.
#[inline(always)]
pub unsafe fn dot_real<S: Simd>(n: usize, x: *const S::E, y: *const S::E) -> S::E {
    let (mut acc, mut cross) = ([S::zero(); MAX_REGS], [S::zero(); MAX_REGS]);
    dot_lanes::<S, false>(n, x, y, &mut acc, &mut cross);
    S::reduce_add(combine::<S, MAX_REGS>(&acc, nregs::<S>()))
}

/// [`dot_real`] on strided vectors, bit-identical to it on the same elements.
#[inline(always)]
pub unsafe fn dot_real_strided<S: Simd>(n: usize, x: *const S::E, incx: isize, y: *const S::E, incy: isize) -> S::E {
    S::reduce_add(dot_lanes_strided::<S, 1, false>(n, x, incx, y, incy).0)
}

/// `sum |x_i|`.
#[inline(always)]
pub unsafe fn asum_real<S: Simd>(n: usize, x: *const S::E) -> S::E {
    let mut acc = [S::zero(); MAX_REGS];
    asum_lanes::<S>(n, x, &mut acc);
    S::reduce_add(combine::<S, MAX_REGS>(&acc, nregs::<S>()))
}

/// [`asum_real`] over a strided vector of `n` elements of `W` reals each,
/// bit-identical to it on the same elements stored contiguously.
#[inline(always)]
pub unsafe fn asum_strided<S: Simd, const W: usize>(n: usize, x: *const S::E, incx: isize) -> S::E {
    let mut acc = [S::zero(); MAX_REGS];
    staged::<S, W>(n, x, incx, |reals, xb| asum_lanes::<S>(reals, xb, &mut acc));
    S::reduce_add(combine::<S, MAX_REGS>(&acc, nregs::<S>()))
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

/// Virtual-lane partial sums of `|x_i|`, added to `acc` (chunkable as [`dot_lanes`]).
#[inline(always)]
unsafe fn asum_lanes<S: Simd>(n: usize, x: *const S::E, acc: &mut Virt<S>) {
    let v = nregs::<S>() * S::LANES;
    let mut i = 0;
    while i < n {
        virt_step::<S>(i, n, x, |k, xv| acc[k] = S::add(acc[k], S::abs(xv)));
        i += v;
    }
}

/// `(sum x_i^2, max |x_i|)`, unscaled.
#[inline(always)]
pub unsafe fn sumsq_max_real<S: Simd>(n: usize, x: *const S::E) -> (S::E, S::E) {
    let (mut acc, mut mx) = ([S::zero(); MAX_REGS], [S::zero(); 2]);
    sumsq_max_lanes::<S>(n, x, &mut acc, &mut mx);
    sumsq_max_finish::<S>(&acc, &mx)
}

/// [`sumsq_max_real`] over a strided vector of `n` elements of `W` reals each,
/// bit-identical to it on the same elements stored contiguously.
#[inline(always)]
pub unsafe fn sumsq_max_strided<S: Simd, const W: usize>(n: usize, x: *const S::E, incx: isize) -> (S::E, S::E) {
    let (mut acc, mut mx) = ([S::zero(); MAX_REGS], [S::zero(); 2]);
    staged::<S, W>(n, x, incx, |reals, xb| sumsq_max_lanes::<S>(reals, xb, &mut acc, &mut mx));
    sumsq_max_finish::<S>(&acc, &mx)
}

/// The sum of squares and the largest magnitude from [`sumsq_max_lanes`]' accumulators.
#[inline(always)]
unsafe fn sumsq_max_finish<S: Simd>(acc: &Virt<S>, mx: &[S::V; 2]) -> (S::E, S::E) {
    let s = S::reduce_add(combine::<S, MAX_REGS>(acc, nregs::<S>()));
    (s, S::reduce_max(S::max(mx[0], mx[1])))
}

/// Virtual-lane partial sums of `x_i^2` (`acc`) and maxima of `|x_i|` (`mx`;
/// a maximum is exact, so any lanes will do), added to them (chunkable as
/// [`dot_lanes`]).
#[inline(always)]
unsafe fn sumsq_max_lanes<S: Simd>(n: usize, x: *const S::E, acc: &mut Virt<S>, mx: &mut [S::V; 2]) {
    let v = nregs::<S>() * S::LANES;
    let mut i = 0;
    while i < n {
        virt_step::<S>(i, n, x, |k, xv| {
            acc[k] = S::fma(xv, xv, acc[k]);
            mx[k & 1] = S::max(S::abs(xv), mx[k & 1]);
        });
        i += v;
    }
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
    let (mut acc, mut cross) = ([S::zero(); MAX_REGS], [S::zero(); MAX_REGS]);
    dot_lanes::<S, true>(2 * n, x, y, &mut acc, &mut cross);
    let r = nregs::<S>();
    dot_cplx_combine::<S>(combine::<S, MAX_REGS>(&acc, r), combine::<S, MAX_REGS>(&cross, r))
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

/// `(sum x_i y_i, sum conj(x_i) y_i)` from the direct and cross lane sums:
/// their even and odd lanes summed in the canonical tree.
#[inline(always)]
unsafe fn dot_cplx_combine<S: Simd>(direct: S::V, cross: S::V) -> (Complex<S::E>, Complex<S::E>) {
    let (rr, ii) = reduce_pairs::<S>(direct); // xr*yr, xi*yi
    let (ri, ir) = reduce_pairs::<S>(cross); // xr*yi, xi*yr
    (Complex::new(rr - ii, ri + ir), Complex::new(rr + ii, ri - ir))
}

/// Instantiates the Level-1 kernels for one ISA: generic wrappers carrying the
/// ISA's `#[target_feature]` attribute and the table builders `real_table` and
/// `complex_table`. Invoke inside a module of the ISA's backend.
#[macro_export]
#[doc(hidden)]
macro_rules! level1_isa {
    ($(#[$attr:meta])* ;) => {
        $crate::level1_isa!($(#[$attr])*);
    };
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
