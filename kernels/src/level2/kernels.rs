//! The Level-2 SIMD kernels, written once against [`Simd`] and instantiated
//! per ISA by [`level2_isa!`](crate::level2_isa).
//!
//! Every kernel works on column-major panels whose columns are contiguous
//! (unit row stride) and on contiguous vectors, except where an argument is
//! documented as strided; the drivers in this module's siblings arrange that,
//! packing strided vectors when needed. Complex data is processed as
//! interleaved reals, as in Level 1: `t * v` for a complex scalar `t` is
//! `u * v + w * swap_pairs(v)` with `u`, `w` built from the parts of `t`.
//!
//! Reductions are never split across calls with different shapes: a column's
//! dot product is computed by the same sequence of operations whichever
//! column group it falls in, and the rows of an `N`-product are independent
//! lanes, so the drivers may partition rows or columns freely (for threads)
//! without changing a single bit of the result.

#![allow(clippy::too_many_arguments)]

use crate::arch::{combine, regs, Simd, MAX_LANES, VIRTUAL_BYTES_L2};
use crate::scalar::{Complex, RealScalar, Scalar};

/// Level-2 kernels for one scalar type on one ISA.
///
/// Pointers must be valid for the elements each kernel reaches, `lda` is the
/// distance between columns of the panel `a`, and the table's ISA must be
/// present (the table returned by `dispatch` guarantees it). `conj` flags are
/// ignored for real types.
pub struct Level2Kernels<T: Scalar> {
    /// `y[i] += sum_j cj(a[i, j]) * (alpha * x[j*incx])` for `i < m`, `j < n`,
    /// where `cj` conjugates when `conj`; `y` contiguous, `x` strided.
    #[allow(clippy::type_complexity)]
    pub gemv_n: unsafe fn(
        m: usize,
        n: usize,
        alpha: T,
        a: *const T,
        lda: isize,
        x: *const T,
        incx: isize,
        y: *mut T,
        conj: bool,
    ),
    /// `y[j*incy] += alpha * sum_i cj(a[i, j]) * x[i]` for `j < n`, `i < m`;
    /// `x` contiguous, `y` strided.
    #[allow(clippy::type_complexity)]
    pub gemv_t: unsafe fn(
        m: usize,
        n: usize,
        alpha: T,
        a: *const T,
        lda: isize,
        x: *const T,
        y: *mut T,
        incy: isize,
        conj: bool,
    ),
    /// The fused symmetric/Hermitian panel product, one pass over `a`:
    /// `y[i] += sum_j cj(a[i, j]) * t[j]` and `d[j] = sum_i cj'(a[i, j]) * x[i]`,
    /// where `cj` conjugates when `conj` and `cj'` when not (for complex types;
    /// neither for real ones). `x`, `y`, `t`, `d` contiguous. In the canonical
    /// order: `y[i]` one FMA chain over `j`, `d[j]` over the virtual register
    /// of [`VIRTUAL_BYTES_SYMV`] from row 0.
    #[allow(clippy::type_complexity)]
    pub symv_panel: unsafe fn(
        m: usize,
        n: usize,
        a: *const T,
        lda: isize,
        t: *const T,
        x: *const T,
        y: *mut T,
        d: *mut T,
        conj: bool,
    ),
    /// The rank-1 update `a[:, j] += (alpha * cy(y[j*incy])) * cx(x)` for
    /// `j < n`, skipping columns where `y[j*incy] = 0` as the reference does;
    /// `x` contiguous of length `m`, `cx`/`cy` conjugate when the flags say so.
    #[allow(clippy::type_complexity)]
    pub ger: unsafe fn(
        m: usize,
        n: usize,
        alpha: T,
        x: *const T,
        y: *const T,
        incy: isize,
        a: *mut T,
        lda: isize,
        conj_x: bool,
        conj_y: bool,
    ),
    /// `symv_panel` over a panel that includes its `n x n` diagonal block
    /// (`n <= 8`; first rows for lower, last for upper, `upper` says which):
    /// lanes outside the stored triangle are masked, the diagonal enters `y`
    /// only. `None` where the block is done in scalar code (complex).
    #[allow(clippy::type_complexity)]
    pub symv_tri: Option<
        unsafe fn(
            m: usize,
            n: usize,
            a: *const T,
            lda: isize,
            t: *const T,
            x: *const T,
            y: *mut T,
            d: *mut T,
            upper: bool,
        ),
    >,
    /// `a[i] += t * cj(x[i])` for `i < n`, contiguous.
    pub axpyc: unsafe fn(n: usize, t: T, x: *const T, a: *mut T, conj: bool),
    /// `a[i] += t1 * cj(x[i]) + t2 * cj(y[i])` for `i < n`, contiguous.
    #[allow(clippy::type_complexity)]
    pub axpy2: unsafe fn(n: usize, t1: T, x: *const T, t2: T, y: *const T, a: *mut T, conj: bool),
}

impl<T: Scalar> Clone for Level2Kernels<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Scalar> Copy for Level2Kernels<T> {}

/// Whether `S` has 512-bit registers (or imitates them): enough of them (32)
/// for the wider column groups.
#[inline(always)]
fn wide<S: Simd>() -> bool {
    S::LANES * core::mem::size_of::<S::E>() >= 64
}

/// Elements ahead of the current position that streaming kernels prefetch.
const PF_AHEAD: usize = 96;

/// Hints that `p`'s cache line will be read soon (no effect where the
/// architecture has no portable hint; never faults).
#[inline(always)]
fn prefetch<E>(p: *const E) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is a hint; it does not fault on any address.
    unsafe {
        core::arch::x86_64::_mm_prefetch::<{ core::arch::x86_64::_MM_HINT_T0 }>(p as *const i8)
    };
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Loads `r <= LANES` elements: a full register or a partial one.
#[inline(always)]
unsafe fn load_n<S: Simd>(p: *const S::E, r: usize) -> S::V {
    if r == S::LANES {
        S::load(p)
    } else {
        S::load_partial(p, r)
    }
}

/// Leading elements to process (as one partial register) before `p`, and
/// every column `lda` elements after it, sits on a register-sized boundary:
/// full-register loads that straddle two cache lines cost twice. Zero when
/// the columns are not equally aligned (`lda` not a multiple of the lane
/// count), registers are small, or the columns are short.
#[inline(always)]
fn peel<S: Simd>(p: *const S::E, lda: isize, len: usize) -> usize {
    let l = S::LANES;
    // Short columns stay in L1, where the split loads cost less than the
    // extra partial step.
    if l < 4 || len < 16 * l || lda % l as isize != 0 {
        return 0;
    }
    let mis = (p as usize / core::mem::size_of::<S::E>()) % l;
    ((l - mis) % l).min(len)
}

/// [`peel`] for interleaved complex data (`lda` in complex elements, `nr`
/// reals): only an even count, so lanes keep their real/imaginary parity.
#[inline(always)]
fn peel_cplx<S: Simd>(p: *const S::E, lda: isize, nr: usize) -> usize {
    let k = peel::<S>(p, 2 * lda, nr);
    if k & 1 == 0 {
        k
    } else {
        0
    }
}

/// `S::load` when `FULL` (`r = LANES`), else a partial load of `r` lanes:
/// lets one loop body serve the main loop and the tail without a branch per
/// access.
#[inline(always)]
unsafe fn ld<S: Simd, const FULL: bool>(p: *const S::E, r: usize) -> S::V {
    if FULL {
        S::load(p)
    } else {
        S::load_partial(p, r)
    }
}

/// The store matching [`ld`].
#[inline(always)]
unsafe fn st<S: Simd, const FULL: bool>(p: *mut S::E, v: S::V, r: usize) {
    if FULL {
        S::store(p, v)
    } else {
        S::store_partial(p, v, r)
    }
}

/// Stores `r <= LANES` lanes.
#[inline(always)]
unsafe fn store_n<S: Simd>(p: *mut S::E, v: S::V, r: usize) {
    if r == S::LANES {
        S::store(p, v)
    } else {
        S::store_partial(p, v, r)
    }
}

/// Registers `(u, w)` with `t * cj(v) = u * v + w * swap_pairs(v)` lane-wise on
/// interleaved complex `v`, where `cj` conjugates when `conj`.
#[inline(always)]
unsafe fn cplx_coeffs<S: Simd>(t: Complex<S::E>, conj: bool) -> (S::V, S::V) {
    if conj {
        // t * conj(v) = (tr vr + ti vi, ti vr - tr vi)
        (S::splat_pair(t.re, -t.re), S::splat(t.im))
    } else {
        // t * v = (tr vr - ti vi, tr vi + ti vr)
        (S::splat(t.re), S::splat_pair(-t.im, t.im))
    }
}

// ---------------------------------------------------------------------------
// gemv, no transpose: y += A * (alpha x), columns in groups.

/// `y[..m] += sum_c a[:, c] * t[c]` over `NC` columns, real.
#[inline(always)]
unsafe fn gemv_n_real_cols<S: Simd, const NC: usize>(
    m: usize,
    a: *const S::E,
    lda: isize,
    t: &[S::E; NC],
    y: *mut S::E,
) {
    let l = S::LANES;
    let mut tv = [S::zero(); NC];
    let mut col = [a; NC];
    for c in 0..NC {
        tv[c] = S::splat(t[c]);
        col[c] = a.offset(c as isize * lda);
    }
    let mut i = peel::<S>(a, lda, m);
    if i > 0 {
        let (mut y0, mut z0) = (S::load_partial(y, i), S::zero());
        for c in 0..NC {
            let a0 = S::load_partial(col[c], i);
            if c % 2 == 0 {
                y0 = S::fma(a0, tv[c], y0);
            } else {
                z0 = S::fma(a0, tv[c], z0);
            }
        }
        S::store_partial(y, S::add(y0, z0), i);
    }
    // Two partial sums per row vector halve the dependent FMA chain.
    while i + 2 * l <= m {
        let (mut y0, mut y1) = (S::load(y.add(i)), S::load(y.add(i + l)));
        let (mut z0, mut z1) = (S::zero(), S::zero());
        for c in 0..NC {
            prefetch(col[c].wrapping_add(i + PF_AHEAD));
            let (a0, a1) = (S::load(col[c].add(i)), S::load(col[c].add(i + l)));
            if c % 2 == 0 {
                y0 = S::fma(a0, tv[c], y0);
                y1 = S::fma(a1, tv[c], y1);
            } else {
                z0 = S::fma(a0, tv[c], z0);
                z1 = S::fma(a1, tv[c], z1);
            }
        }
        S::store(y.add(i), S::add(y0, z0));
        S::store(y.add(i + l), S::add(y1, z1));
        i += 2 * l;
    }
    while i < m {
        let r = (m - i).min(l);
        let (mut y0, mut z0) = (load_n::<S>(y.add(i), r), S::zero());
        for c in 0..NC {
            let a0 = load_n::<S>(col[c].add(i), r);
            if c % 2 == 0 {
                y0 = S::fma(a0, tv[c], y0);
            } else {
                z0 = S::fma(a0, tv[c], z0);
            }
        }
        store_n::<S>(y.add(i), S::add(y0, z0), r);
        i += r;
    }
}

/// Real `gemv_n`: columns in groups of 8, then 4, then one at a time.
///
/// # Safety
/// The contract of the [`Level2Kernels`] field it implements, and `S`'s
/// CPU features present.
#[inline(always)]
pub unsafe fn gemv_n_real<S: Simd>(
    m: usize,
    n: usize,
    alpha: S::E,
    a: *const S::E,
    lda: isize,
    x: *const S::E,
    incx: isize,
    y: *mut S::E,
) {
    let mut j = 0;
    while j + 8 <= n {
        let mut t = [S::E::zero(); 8];
        for (c, tc) in t.iter_mut().enumerate() {
            *tc = alpha * *x.offset((j + c) as isize * incx);
        }
        gemv_n_real_cols::<S, 8>(m, a.offset(j as isize * lda), lda, &t, y);
        j += 8;
    }
    if j + 4 <= n {
        let mut t = [S::E::zero(); 4];
        for (c, tc) in t.iter_mut().enumerate() {
            *tc = alpha * *x.offset((j + c) as isize * incx);
        }
        gemv_n_real_cols::<S, 4>(m, a.offset(j as isize * lda), lda, &t, y);
        j += 4;
    }
    while j < n {
        let t = [alpha * *x.offset(j as isize * incx)];
        gemv_n_real_cols::<S, 1>(m, a.offset(j as isize * lda), lda, &t, y);
        j += 1;
    }
}

/// `y[..m] += sum_c cj(a[:, c]) * t[c]` over `NC` complex columns.
///
/// With `P = sum_c a_c * re(t_c)` and `Q = sum_c a_c * im(t_c)` (lane-wise),
/// `sum_c t_c a_c = P + (-1, 1) * swap(Q)` and `sum_c t_c conj(a_c) =
/// (1, -1) * P + swap(Q)`: the shuffle happens once per group, not per column.
#[inline(always)]
unsafe fn gemv_n_cplx_cols<S: Simd, const NC: usize>(
    m: usize,
    a: *const S::E,
    lda: isize,
    t: &[Complex<S::E>; NC],
    y: *mut S::E,
    conj: bool,
) {
    let l = S::LANES;
    let nr = 2 * m;
    let (mut tr, mut ti) = ([S::zero(); NC], [S::zero(); NC]);
    let mut col = [a; NC];
    for c in 0..NC {
        tr[c] = S::splat(t[c].re);
        ti[c] = S::splat(t[c].im);
        col[c] = a.offset(2 * c as isize * lda);
    }
    let one = S::E::one();
    let sign = if conj { S::splat_pair(one, -one) } else { S::splat_pair(-one, one) };
    #[inline(always)]
    unsafe fn step<S: Simd, const NC: usize, const FULL: bool>(
        i: usize,
        r: usize,
        col: &[*const S::E; NC],
        tr: &[S::V; NC],
        ti: &[S::V; NC],
        sign: S::V,
        y: *mut S::E,
        conj: bool,
    ) {
        let (mut p, mut q) = (S::zero(), S::zero());
        for c in 0..NC {
            prefetch(col[c].wrapping_add(i + PF_AHEAD));
            let av = ld::<S, FULL>(col[c].add(i), r);
            p = S::fma(av, tr[c], p);
            q = S::fma(av, ti[c], q);
        }
        let yv = ld::<S, FULL>(y.add(i), r);
        let v = if conj {
            S::fma(sign, p, S::add(yv, S::swap_pairs(q)))
        } else {
            S::fma(sign, S::swap_pairs(q), S::add(yv, p))
        };
        st::<S, FULL>(y.add(i), v, r);
    }
    let mut i = peel_cplx::<S>(a, lda, nr);
    if i > 0 {
        step::<S, NC, false>(0, i, &col, &tr, &ti, sign, y, conj);
    }
    while i + l <= nr {
        step::<S, NC, true>(i, l, &col, &tr, &ti, sign, y, conj);
        i += l;
    }
    if i < nr {
        step::<S, NC, false>(i, nr - i, &col, &tr, &ti, sign, y, conj);
    }
}

/// Complex `gemv_n` on interleaved reals: columns in groups of 4, then singly.
///
/// # Safety
/// The contract of the [`Level2Kernels`] field it implements, and `S`'s
/// CPU features present.
#[inline(always)]
pub unsafe fn gemv_n_cplx<S: Simd>(
    m: usize,
    n: usize,
    alpha: Complex<S::E>,
    a: *const Complex<S::E>,
    lda: isize,
    x: *const Complex<S::E>,
    incx: isize,
    y: *mut Complex<S::E>,
    conj: bool,
) where
    Complex<S::E>: Scalar,
{
    let (ar, yr) = (a as *const S::E, y as *mut S::E);
    let mut j = 0;
    while j + 4 <= n {
        let mut t = [Complex::<S::E>::zero(); 4];
        for (c, tc) in t.iter_mut().enumerate() {
            *tc = alpha * *x.offset((j + c) as isize * incx);
        }
        gemv_n_cplx_cols::<S, 4>(m, ar.offset(2 * j as isize * lda), lda, &t, yr, conj);
        j += 4;
    }
    while j < n {
        let t = [alpha * *x.offset(j as isize * incx)];
        gemv_n_cplx_cols::<S, 1>(m, ar.offset(2 * j as isize * lda), lda, &t, yr, conj);
        j += 1;
    }
}

// ---------------------------------------------------------------------------
// gemv, transpose: dot products of columns with x.

/// Registers per virtual register of the column dot products.
#[inline(always)]
const fn nregs<S: Simd>() -> usize {
    regs::<S>(VIRTUAL_BYTES_L2)
}

/// Most registers of [`nregs`] (NEON: 8 `q`).
const MAX_REGS_L2: usize = VIRTUAL_BYTES_L2 / 16;

/// `sum_i a[i, c] * x[i]` for `NC` real columns, in the canonical order of
/// the column dot products: element `i` in virtual lane `i mod V` of a
/// [`VIRTUAL_BYTES_L2`] register, the lanes summed in the halving tree. A
/// column's result depends neither on `NC` nor on the backend.
#[inline(always)]
unsafe fn dot_real_cols<S: Simd, const NC: usize>(m: usize, a: *const S::E, lda: isize, x: *const S::E) -> [S::E; NC] {
    let l = S::LANES;
    let r = nregs::<S>();
    let mut acc = [[S::zero(); NC]; MAX_REGS_L2];
    let mut col = [a; NC];
    for (c, p) in col.iter_mut().enumerate() {
        *p = a.offset(c as isize * lda);
    }
    // No peeling in a reduction: which lane sums which element must not
    // depend on the operands' addresses, or results would vary between calls.
    let mut i = 0;
    while i + r * l <= m {
        for (k, ak) in acc.iter_mut().enumerate().take(r) {
            let xk = S::load(x.add(i + k * l));
            for c in 0..NC {
                if k == 0 {
                    prefetch(col[c].wrapping_add(i + PF_AHEAD));
                }
                ak[c] = S::fma(S::load(col[c].add(i + k * l)), xk, ak[c]);
            }
        }
        i += r * l;
    }
    // The tail: the registers it reaches, the last one partial (its zero
    // lanes add +0 to lanes that are never -0, so change no bit).
    for (k, ak) in acc.iter_mut().enumerate().take(r) {
        let off = i + k * l;
        if off >= m {
            break;
        }
        let n = (m - off).min(l);
        let xk = load_n::<S>(x.add(off), n);
        for c in 0..NC {
            ak[c] = S::fma(load_n::<S>(col[c].add(off), n), xk, ak[c]);
        }
    }
    let mut out = [S::E::zero(); NC];
    for c in 0..NC {
        let regs: [S::V; MAX_REGS_L2] = core::array::from_fn(|k| acc[k][c]);
        out[c] = S::reduce_add(combine::<S, MAX_REGS_L2>(&regs, r));
    }
    out
}

/// Real `gemv_t`: columns in groups of 8 and 4 (512-bit registers) or 2, then singly.
///
/// # Safety
/// The contract of the [`Level2Kernels`] field it implements, and `S`'s
/// CPU features present.
#[inline(always)]
pub unsafe fn gemv_t_real<S: Simd>(
    m: usize,
    n: usize,
    alpha: S::E,
    a: *const S::E,
    lda: isize,
    x: *const S::E,
    y: *mut S::E,
    incy: isize,
) {
    let mut j = 0;
    if wide::<S>() {
        while j + 8 <= n {
            let d = dot_real_cols::<S, 8>(m, a.offset(j as isize * lda), lda, x);
            for (c, dc) in d.iter().enumerate() {
                let yp = y.offset((j + c) as isize * incy);
                *yp += alpha * *dc;
            }
            j += 8;
        }
    }
    // Narrower registers need more of them per column (the virtual register
    // is fixed): two columns at a time keep the accumulators in registers.
    let group = if nregs::<S>() <= 2 { 4 } else { 2 };
    while j + group <= n {
        if group == 4 {
            let d = dot_real_cols::<S, 4>(m, a.offset(j as isize * lda), lda, x);
            for (c, dc) in d.iter().enumerate() {
                let yp = y.offset((j + c) as isize * incy);
                *yp += alpha * *dc;
            }
        } else {
            let d = dot_real_cols::<S, 2>(m, a.offset(j as isize * lda), lda, x);
            for (c, dc) in d.iter().enumerate() {
                let yp = y.offset((j + c) as isize * incy);
                *yp += alpha * *dc;
            }
        }
        j += group;
    }
    while j < n {
        let d = dot_real_cols::<S, 1>(m, a.offset(j as isize * lda), lda, x);
        let yp = y.offset(j as isize * incy);
        *yp += alpha * d[0];
        j += 1;
    }
}

/// The complex dot product from its lane sums: `d = sum a * x` and
/// `c = sum a * swap(x)` (lane-wise), conjugating `a` when `conj`:
/// `(sum ar xr - sum ai xi, sum ar xi + sum ai xr)`, the signs of the odd
/// lanes flipped for `conj` (exact, so the canonical tree is kept). Two
/// full-register reductions.
#[inline(always)]
unsafe fn finish_cdot<S: Simd>(d: S::V, c: S::V, conj: bool) -> Complex<S::E> {
    let one = S::E::one();
    let flip = S::splat_pair(one, -one);
    if conj {
        Complex::new(S::reduce_add(d), S::reduce_add(S::mul(c, flip)))
    } else {
        Complex::new(S::reduce_add(S::mul(d, flip)), S::reduce_add(c))
    }
}

/// `sum_i cj(a[i, c]) * x[i]` for `NC` complex columns, in the canonical
/// order of [`dot_real_cols`] over the interleaved reals; per-column
/// arithmetic independent of `NC` and of the backend.
#[inline(always)]
unsafe fn dot_cplx_cols<S: Simd, const NC: usize>(
    m: usize,
    a: *const S::E,
    lda: isize,
    x: *const S::E,
    conj: bool,
) -> [Complex<S::E>; NC] {
    let l = S::LANES;
    let r = nregs::<S>();
    let nr = 2 * m;
    let (mut dd, mut cc) = ([[S::zero(); NC]; MAX_REGS_L2], [[S::zero(); NC]; MAX_REGS_L2]);
    let mut col = [a; NC];
    for (c, p) in col.iter_mut().enumerate() {
        *p = a.offset(2 * c as isize * lda);
    }
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    unsafe fn step<S: Simd, const NC: usize, const FULL: bool>(
        i: usize,
        n: usize,
        col: &[*const S::E; NC],
        x: *const S::E,
        dd: &mut [S::V; NC],
        cc: &mut [S::V; NC],
        pf: bool,
    ) {
        let xv = ld::<S, FULL>(x.add(i), n);
        let xs = S::swap_pairs(xv);
        for c in 0..NC {
            if pf {
                prefetch(col[c].wrapping_add(i + PF_AHEAD));
            }
            let av = ld::<S, FULL>(col[c].add(i), n);
            dd[c] = S::fma(av, xv, dd[c]);
            cc[c] = S::fma(av, xs, cc[c]);
        }
    }
    // No peeling in a reduction: which lane sums which element must not
    // depend on the operands' addresses, or results would vary between calls.
    let mut i = 0;
    while i + r * l <= nr {
        for k in 0..r {
            step::<S, NC, true>(i + k * l, l, &col, x, &mut dd[k], &mut cc[k], k == 0);
        }
        i += r * l;
    }
    for k in 0..r {
        let off = i + k * l;
        if off >= nr {
            break;
        }
        if off + l <= nr {
            step::<S, NC, true>(off, l, &col, x, &mut dd[k], &mut cc[k], false);
        } else {
            step::<S, NC, false>(off, nr - off, &col, x, &mut dd[k], &mut cc[k], false);
        }
    }
    let mut out = [Complex::new(S::E::zero(), S::E::zero()); NC];
    for c in 0..NC {
        let d: [S::V; MAX_REGS_L2] = core::array::from_fn(|k| dd[k][c]);
        let e: [S::V; MAX_REGS_L2] = core::array::from_fn(|k| cc[k][c]);
        out[c] = finish_cdot::<S>(combine::<S, MAX_REGS_L2>(&d, r), combine::<S, MAX_REGS_L2>(&e, r), conj);
    }
    out
}

/// Complex `gemv_t`: columns in groups of 4 (512-bit registers), then singly.
///
/// # Safety
/// The contract of the [`Level2Kernels`] field it implements, and `S`'s
/// CPU features present.
#[inline(always)]
pub unsafe fn gemv_t_cplx<S: Simd>(
    m: usize,
    n: usize,
    alpha: Complex<S::E>,
    a: *const Complex<S::E>,
    lda: isize,
    x: *const Complex<S::E>,
    y: *mut Complex<S::E>,
    incy: isize,
    conj: bool,
) where
    Complex<S::E>: Scalar,
{
    let (ar, xr) = (a as *const S::E, x as *const S::E);
    let mut j = 0;
    // As in `gemv_t_real`: narrower registers take the columns singly.
    while nregs::<S>() <= 2 && j + 4 <= n {
        let d = dot_cplx_cols::<S, 4>(m, ar.offset(2 * j as isize * lda), lda, xr, conj);
        for (c, dc) in d.iter().enumerate() {
            let yp = y.offset((j + c) as isize * incy);
            *yp += alpha * *dc;
        }
        j += 4;
    }
    while j < n {
        let d = dot_cplx_cols::<S, 1>(m, ar.offset(2 * j as isize * lda), lda, xr, conj);
        let yp = y.offset(j as isize * incy);
        *yp += alpha * d[0];
        j += 1;
    }
}

// ---------------------------------------------------------------------------
// symv/hemv panels: y += A t and d = A^T x (A^H x) in one pass over A.
//
// The canonical order (the same bits on every table): each element of `y`
// is one FMA chain over the panel's columns in column order (so a table may
// take the columns in groups of any size), and each column's dot product
// accumulates row `i` of the stream in virtual lane `i mod V` of a
// `VIRTUAL_BYTES_SYMV` register, the lanes summed in the halving tree.

/// The virtual register of the fused panel dot products: 64 bytes (8 `f64`,
/// 16 `f32`), one `zmm`, two `ymm` or four NEON `q` per column, so a group of
/// columns keeps its accumulators in registers beside the product's other
/// half on every ISA.
pub const VIRTUAL_BYTES_SYMV: usize = 64;

/// Registers per virtual register of the panel dot products.
#[inline(always)]
const fn sregs<S: Simd>() -> usize {
    regs::<S>(VIRTUAL_BYTES_SYMV)
}

/// Most registers of [`sregs`] (NEON: 4 `q`).
const MAX_REGS_SYMV: usize = VIRTUAL_BYTES_SYMV / 16;

/// A diagonal block among a panel's rows: its first row in the stream, its
/// row count, the block column of the group's first column, and which
/// triangle is stored. Lanes outside the stored triangle are masked: the
/// `N` half takes the diagonal, the dot products do not.
#[derive(Clone, Copy)]
struct Block {
    b0: usize,
    rows: usize,
    coff: usize,
    upper: bool,
}

/// Splats of `t` and pointers to the `NC` columns of a panel.
#[inline(always)]
unsafe fn panel_setup<S: Simd, const NC: usize>(
    a: *const S::E,
    lda: isize,
    t: *const S::E,
) -> ([*const S::E; NC], [S::V; NC]) {
    let mut tv = [S::zero(); NC];
    let mut col = [a; NC];
    for c in 0..NC {
        tv[c] = S::splat(*t.add(c));
        col[c] = a.offset(c as isize * lda);
    }
    (col, tv)
}

/// `0, 1, ..., LANES-1` as a register (the lanes' row offsets).
#[inline(always)]
unsafe fn iota<S: Simd>() -> S::V {
    let mut lane = [S::E::zero(); MAX_LANES];
    for (k, v) in lane.iter_mut().enumerate().take(S::LANES) {
        *v = S::E::from_f64(k as f64);
    }
    S::load(lane.as_ptr())
}

/// The masks of block column `cb` for a register whose lanes lie `rel` rows
/// after the block's first row: `(N half, dot product)`, i.e. the stored
/// triangle with and without the diagonal.
#[inline(always)]
unsafe fn block_masks<S: Simd>(rel: S::V, cb: usize, upper: bool) -> (S::M, S::M) {
    let half = S::E::from_f64(0.5);
    let cf = S::E::from_f64(cb as f64);
    let (lo, hi) = (S::splat(cf - half), S::splat(cf + half));
    if upper {
        (S::lt(rel, hi), S::lt(rel, lo))
    } else {
        (S::gt(rel, lo), S::gt(rel, hi))
    }
}

/// Whether rows `i..i+r` meet the block.
#[inline(always)]
fn meets(blk: Option<Block>, i: usize, r: usize) -> bool {
    blk.is_some_and(|b| i < b.b0 + b.rows && i + r > b.b0)
}

/// One register of rows (`r` lanes at row `i`) of the real fused product:
/// `y = fma(a_c, t_c, y)` for each column in order and `acc_c = fma(a_c, x,
/// acc_c)`; with `MASK`, lanes outside the block's stored triangle keep their
/// old values.
#[inline(always)]
unsafe fn symv_real_step<S: Simd, const NC: usize, const FULL: bool, const MASK: bool>(
    i: usize,
    r: usize,
    (col, tv): (&[*const S::E; NC], &[S::V; NC]),
    (x, y): (*const S::E, *mut S::E),
    acc: &mut [S::V; NC],
    blk: Option<Block>,
) {
    let x0 = if FULL { S::load(x.add(i)) } else { load_n::<S>(x.add(i), r) };
    let mut y0 = if FULL { S::load(y.add(i)) } else { load_n::<S>(y.add(i), r) };
    for c in 0..NC {
        let a0 = if FULL { S::load(col[c].add(i)) } else { load_n::<S>(col[c].add(i), r) };
        let (yn, an) = (S::fma(a0, tv[c], y0), S::fma(a0, x0, acc[c]));
        match blk {
            Some(b) if MASK => {
                let rel = S::add(iota::<S>(), S::splat(S::E::from_f64(i as f64 - b.b0 as f64)));
                let (mn, mt) = block_masks::<S>(rel, c + b.coff, b.upper);
                y0 = S::select(mn, yn, y0);
                acc[c] = S::select(mt, an, acc[c]);
            }
            _ => {
                y0 = yn;
                acc[c] = an;
            }
        }
    }
    if FULL {
        S::store(y.add(i), y0)
    } else {
        store_n::<S>(y.add(i), y0, r)
    }
}

/// The real fused panel product over `NC` columns and rows `0..m` in the
/// canonical order, one load of each element of `A` feeding both halves;
/// `d[c]` gets column `c`'s dot product. `blk` marks a diagonal block.
#[inline(always)]
#[allow(clippy::needless_range_loop)]
unsafe fn symv_real_cols<S: Simd, const NC: usize>(
    m: usize,
    a: *const S::E,
    lda: isize,
    t: *const S::E,
    x: *const S::E,
    y: *mut S::E,
    d: *mut S::E,
    blk: Option<Block>,
) {
    let (l, r) = (S::LANES, sregs::<S>());
    let (col, tv) = panel_setup::<S, NC>(a, lda, t);
    let mut acc = [[S::zero(); NC]; MAX_REGS_SYMV];
    // No peeling in a reduction: which lane sums which element must not
    // depend on the operands' addresses, or results would vary between calls.
    let mut i = 0;
    while i + r * l <= m {
        if meets(blk, i, r * l) {
            for (k, ak) in acc.iter_mut().enumerate().take(r) {
                symv_real_step::<S, NC, true, true>(i + k * l, l, (&col, &tv), (x, y), ak, blk);
            }
        } else {
            for (k, ak) in acc.iter_mut().enumerate().take(r) {
                symv_real_step::<S, NC, true, false>(i + k * l, l, (&col, &tv), (x, y), ak, None);
            }
        }
        i += r * l;
    }
    // The tail: the registers it reaches, the last one partial (its zero
    // lanes add +0 to lanes that are never -0, so change no bit).
    for (k, ak) in acc.iter_mut().enumerate().take(r) {
        let off = i + k * l;
        if off >= m {
            break;
        }
        let n = (m - off).min(l);
        if meets(blk, off, n) {
            symv_real_step::<S, NC, false, true>(off, n, (&col, &tv), (x, y), ak, blk);
        } else {
            symv_real_step::<S, NC, false, false>(off, n, (&col, &tv), (x, y), ak, None);
        }
    }
    for c in 0..NC {
        let regs: [S::V; MAX_REGS_SYMV] = core::array::from_fn(|k| acc[k][c]);
        *d.add(c) = S::reduce_add(combine::<S, MAX_REGS_SYMV>(&regs, r));
    }
}

/// Columns `0..n` of a real panel in groups (8 on 512-bit registers, else
/// 4, then singly); each group's block columns counted from `coff`. The
/// grouping changes no bit (see the section's order).
#[inline(always)]
unsafe fn symv_real_groups<S: Simd>(
    m: usize,
    n: usize,
    a: *const S::E,
    lda: isize,
    t: *const S::E,
    x: *const S::E,
    y: *mut S::E,
    d: *mut S::E,
    blk: Option<Block>,
) {
    let at = |j: usize| blk.map(|b| Block { coff: j, ..b });
    let mut j = 0;
    if wide::<S>() {
        while j + 8 <= n {
            symv_real_cols::<S, 8>(m, a.offset(j as isize * lda), lda, t.add(j), x, y, d.add(j), at(j));
            j += 8;
        }
    }
    while j + 4 <= n {
        symv_real_cols::<S, 4>(m, a.offset(j as isize * lda), lda, t.add(j), x, y, d.add(j), at(j));
        j += 4;
    }
    while j < n {
        symv_real_cols::<S, 1>(m, a.offset(j as isize * lda), lda, t.add(j), x, y, d.add(j), at(j));
        j += 1;
    }
}

/// Real `symv_panel`.
///
/// # Safety
/// The contract of the [`Level2Kernels`] field it implements, and `S`'s
/// CPU features present.
#[inline(always)]
pub unsafe fn symv_panel_real<S: Simd>(
    m: usize,
    n: usize,
    a: *const S::E,
    lda: isize,
    t: *const S::E,
    x: *const S::E,
    y: *mut S::E,
    d: *mut S::E,
) {
    symv_real_groups::<S>(m, n, a, lda, t, x, y, d, None)
}

/// Real `symv_tri`: the panel of [`symv_panel_real`] together with its
/// `n x n` diagonal block (rows `0..n` for lower, `m-n..m` for upper), the
/// block's rows read as full vectors with the lanes outside the stored
/// triangle masked, so the whole panel runs at vector speed. The diagonal
/// enters `y` (as `a_jj t_j`, in its place in the chain); `d` gets the
/// strictly off-diagonal dot products. The unstored triangle is read (it
/// lies inside the matrix) but never enters the arithmetic.
///
/// # Safety
/// The contract of the [`Level2Kernels`] field it implements, and `S`'s
/// CPU features present.
#[inline(always)]
pub unsafe fn symv_tri_real<S: Simd>(
    m: usize,
    n: usize,
    a: *const S::E,
    lda: isize,
    t: *const S::E,
    x: *const S::E,
    y: *mut S::E,
    d: *mut S::E,
    upper: bool,
) {
    let b0 = if upper { m - n } else { 0 };
    symv_real_groups::<S>(m, n, a, lda, t, x, y, d, Some(Block { b0, rows: n, coff: 0, upper }))
}

/// Complex fused panel product over `NC` columns in the canonical order:
/// `y = fma(w_c, swap(a_c), fma(u_c, a_c, y))` per column in order (the
/// complex `y += t_c cj(a_c)` as in `axpyc`), and the dot products' two
/// lane sums `sum a * x`, `sum a * swap(x)` (see [`dot_cplx_cols`]) over the
/// interleaved reals in the virtual register.
#[inline(always)]
unsafe fn symv_cplx_cols<S: Simd, const NC: usize>(
    m: usize,
    a: *const S::E,
    lda: isize,
    t: *const Complex<S::E>,
    x: *const S::E,
    y: *mut S::E,
    d: *mut Complex<S::E>,
    conj: bool,
) {
    let (l, r) = (S::LANES, sregs::<S>());
    let nr = 2 * m;
    let (mut u, mut w) = ([S::zero(); NC], [S::zero(); NC]);
    let (mut dd, mut cc) = ([[S::zero(); NC]; MAX_REGS_SYMV], [[S::zero(); NC]; MAX_REGS_SYMV]);
    let mut col = [a; NC];
    for c in 0..NC {
        (u[c], w[c]) = cplx_coeffs::<S>(*t.add(c), conj);
        col[c] = a.offset(2 * c as isize * lda);
    }
    #[inline(always)]
    unsafe fn step<S: Simd, const NC: usize, const FULL: bool>(
        i: usize,
        r: usize,
        col: &[*const S::E; NC],
        (u, w): (&[S::V; NC], &[S::V; NC]),
        (x, y): (*const S::E, *mut S::E),
        (dd, cc): (&mut [S::V; NC], &mut [S::V; NC]),
    ) {
        let xv = ld::<S, FULL>(x.add(i), r);
        let xs = S::swap_pairs(xv);
        let mut yv = ld::<S, FULL>(y.add(i), r);
        for c in 0..NC {
            prefetch(col[c].wrapping_add(i + PF_AHEAD));
            let av = ld::<S, FULL>(col[c].add(i), r);
            yv = S::fma(w[c], S::swap_pairs(av), S::fma(u[c], av, yv));
            dd[c] = S::fma(av, xv, dd[c]);
            cc[c] = S::fma(av, xs, cc[c]);
        }
        st::<S, FULL>(y.add(i), yv, r);
    }
    // No peeling in a reduction (see `symv_real_cols`).
    let mut i = 0;
    while i + r * l <= nr {
        for k in 0..r {
            step::<S, NC, true>(i + k * l, l, &col, (&u, &w), (x, y), (&mut dd[k], &mut cc[k]));
        }
        i += r * l;
    }
    for k in 0..r {
        let off = i + k * l;
        if off >= nr {
            break;
        }
        if off + l <= nr {
            step::<S, NC, true>(off, l, &col, (&u, &w), (x, y), (&mut dd[k], &mut cc[k]));
        } else {
            step::<S, NC, false>(off, nr - off, &col, (&u, &w), (x, y), (&mut dd[k], &mut cc[k]));
        }
    }
    for c in 0..NC {
        let e: [S::V; MAX_REGS_SYMV] = core::array::from_fn(|k| dd[k][c]);
        let f: [S::V; MAX_REGS_SYMV] = core::array::from_fn(|k| cc[k][c]);
        *d.add(c) = finish_cdot::<S>(combine::<S, MAX_REGS_SYMV>(&e, r), combine::<S, MAX_REGS_SYMV>(&f, r), !conj);
    }
}

/// Complex `symv_panel`: groups of 4 columns (512-bit registers) or 2, then
/// singly; the grouping changes no bit.
///
/// # Safety
/// The contract of the [`Level2Kernels`] field it implements, and `S`'s
/// CPU features present.
#[inline(always)]
pub unsafe fn symv_panel_cplx<S: Simd>(
    m: usize,
    n: usize,
    a: *const Complex<S::E>,
    lda: isize,
    t: *const Complex<S::E>,
    x: *const Complex<S::E>,
    y: *mut Complex<S::E>,
    d: *mut Complex<S::E>,
    conj: bool,
) {
    let (ar, xr, yr) = (a as *const S::E, x as *const S::E, y as *mut S::E);
    let mut j = 0;
    if wide::<S>() {
        while j + 4 <= n {
            symv_cplx_cols::<S, 4>(m, ar.offset(2 * j as isize * lda), lda, t.add(j), xr, yr, d.add(j), conj);
            j += 4;
        }
    }
    while j + 2 <= n {
        symv_cplx_cols::<S, 2>(m, ar.offset(2 * j as isize * lda), lda, t.add(j), xr, yr, d.add(j), conj);
        j += 2;
    }
    while j < n {
        symv_cplx_cols::<S, 1>(m, ar.offset(2 * j as isize * lda), lda, t.add(j), xr, yr, d.add(j), conj);
        j += 1;
    }
}

// ---------------------------------------------------------------------------
// Rank updates.

/// `a[..n] += t * x[..n]`, real.
///
/// # Safety
/// The contract of the [`Level2Kernels`] field it implements, and `S`'s
/// CPU features present.
#[inline(always)]
pub unsafe fn axpy_real<S: Simd>(n: usize, t: S::E, x: *const S::E, a: *mut S::E) {
    let l = S::LANES;
    let tv = S::splat(t);
    let mut i = peel::<S>(a, 0, n);
    if i > 0 {
        S::store_partial(a, S::fma(tv, S::load_partial(x, i), S::load_partial(a, i)), i);
    }
    while i + 2 * l <= n {
        let a0 = S::fma(tv, S::load(x.add(i)), S::load(a.add(i)));
        let a1 = S::fma(tv, S::load(x.add(i + l)), S::load(a.add(i + l)));
        S::store(a.add(i), a0);
        S::store(a.add(i + l), a1);
        i += 2 * l;
    }
    while i < n {
        let r = (n - i).min(l);
        let v = S::fma(tv, load_n::<S>(x.add(i), r), load_n::<S>(a.add(i), r));
        store_n::<S>(a.add(i), v, r);
        i += r;
    }
}

/// `a[..n] += t1 * x[..n] + t2 * y[..n]`, real.
///
/// # Safety
/// The contract of the [`Level2Kernels`] field it implements, and `S`'s
/// CPU features present.
#[inline(always)]
pub unsafe fn axpy2_real<S: Simd>(n: usize, t1: S::E, x: *const S::E, t2: S::E, y: *const S::E, a: *mut S::E) {
    let l = S::LANES;
    let (v1, v2) = (S::splat(t1), S::splat(t2));
    let mut i = 0;
    while i < n {
        let r = (n - i).min(l);
        let v = S::fma(v2, load_n::<S>(y.add(i), r), S::fma(v1, load_n::<S>(x.add(i), r), load_n::<S>(a.add(i), r)));
        store_n::<S>(a.add(i), v, r);
        i += r;
    }
}

/// Real rank-1 update, column by column.
///
/// # Safety
/// The contract of the [`Level2Kernels`] field it implements, and `S`'s
/// CPU features present.
#[inline(always)]
pub unsafe fn ger_real<S: Simd>(
    m: usize,
    n: usize,
    alpha: S::E,
    x: *const S::E,
    y: *const S::E,
    incy: isize,
    a: *mut S::E,
    lda: isize,
) {
    let zero = S::E::zero();
    let mut j = 0;
    // Two columns per pass: twice the memory streams in flight, one load of x.
    while j + 2 <= n {
        let (y0, y1) = (*y.offset(j as isize * incy), *y.offset((j + 1) as isize * incy));
        let (c0, c1) = (a.offset(j as isize * lda), a.offset((j + 1) as isize * lda));
        if y0 != zero && y1 != zero {
            axpy_real_2cols::<S>(m, alpha * y0, c0, alpha * y1, c1, x);
        } else {
            if y0 != zero {
                axpy_real::<S>(m, alpha * y0, x, c0);
            }
            if y1 != zero {
                axpy_real::<S>(m, alpha * y1, x, c1);
            }
        }
        j += 2;
    }
    if j < n {
        let yj = *y.offset(j as isize * incy);
        if yj != zero {
            axpy_real::<S>(m, alpha * yj, x, a.offset(j as isize * lda));
        }
    }
}

/// `c0 += t0 * x` and `c1 += t1 * x` over `m` elements in one pass.
#[inline(always)]
unsafe fn axpy_real_2cols<S: Simd>(m: usize, t0: S::E, c0: *mut S::E, t1: S::E, c1: *mut S::E, x: *const S::E) {
    let l = S::LANES;
    let (v0, v1) = (S::splat(t0), S::splat(t1));
    let mut i = peel::<S>(c0, c1.offset_from(c0), m);
    if i > 0 {
        let xv = S::load_partial(x, i);
        S::store_partial(c0, S::fma(v0, xv, S::load_partial(c0, i)), i);
        S::store_partial(c1, S::fma(v1, xv, S::load_partial(c1, i)), i);
    }
    while i + 2 * l <= m {
        prefetch(c0.wrapping_add(i + PF_AHEAD));
        prefetch(c1.wrapping_add(i + PF_AHEAD));
        let (x0, x1) = (S::load(x.add(i)), S::load(x.add(i + l)));
        let a0 = S::fma(v0, x0, S::load(c0.add(i)));
        let a1 = S::fma(v0, x1, S::load(c0.add(i + l)));
        let b0 = S::fma(v1, x0, S::load(c1.add(i)));
        let b1 = S::fma(v1, x1, S::load(c1.add(i + l)));
        S::store(c0.add(i), a0);
        S::store(c0.add(i + l), a1);
        S::store(c1.add(i), b0);
        S::store(c1.add(i + l), b1);
        i += 2 * l;
    }
    while i < m {
        let r = (m - i).min(l);
        let xv = load_n::<S>(x.add(i), r);
        store_n::<S>(c0.add(i), S::fma(v0, xv, load_n::<S>(c0.add(i), r)), r);
        store_n::<S>(c1.add(i), S::fma(v1, xv, load_n::<S>(c1.add(i), r)), r);
        i += r;
    }
}

/// `a[..n] += t * cj(x[..n])`, complex on interleaved reals.
///
/// # Safety
/// The contract of the [`Level2Kernels`] field it implements, and `S`'s
/// CPU features present.
#[inline(always)]
pub unsafe fn axpy_cplx<S: Simd>(n: usize, t: Complex<S::E>, x: *const S::E, a: *mut S::E, conj: bool) {
    let l = S::LANES;
    let nr = 2 * n;
    let (u, w) = cplx_coeffs::<S>(t, conj);
    let mut i = 0;
    while i + 2 * l <= nr {
        let (x0, x1) = (S::load(x.add(i)), S::load(x.add(i + l)));
        let a0 = S::fma(w, S::swap_pairs(x0), S::fma(u, x0, S::load(a.add(i))));
        let a1 = S::fma(w, S::swap_pairs(x1), S::fma(u, x1, S::load(a.add(i + l))));
        S::store(a.add(i), a0);
        S::store(a.add(i + l), a1);
        i += 2 * l;
    }
    while i < nr {
        let r = (nr - i).min(l);
        let xv = load_n::<S>(x.add(i), r);
        let v = S::fma(w, S::swap_pairs(xv), S::fma(u, xv, load_n::<S>(a.add(i), r)));
        store_n::<S>(a.add(i), v, r);
        i += r;
    }
}

/// `a[..n] += t1 * cj(x[..n]) + t2 * cj(y[..n])`, complex.
///
/// # Safety
/// The contract of the [`Level2Kernels`] field it implements, and `S`'s
/// CPU features present.
#[inline(always)]
pub unsafe fn axpy2_cplx<S: Simd>(
    n: usize,
    t1: Complex<S::E>,
    x: *const S::E,
    t2: Complex<S::E>,
    y: *const S::E,
    a: *mut S::E,
    conj: bool,
) {
    let l = S::LANES;
    let nr = 2 * n;
    let (u1, w1) = cplx_coeffs::<S>(t1, conj);
    let (u2, w2) = cplx_coeffs::<S>(t2, conj);
    let mut i = 0;
    while i < nr {
        let r = (nr - i).min(l);
        let (xv, yv) = (load_n::<S>(x.add(i), r), load_n::<S>(y.add(i), r));
        let mut v = S::fma(u1, xv, load_n::<S>(a.add(i), r));
        v = S::fma(w1, S::swap_pairs(xv), v);
        v = S::fma(u2, yv, v);
        v = S::fma(w2, S::swap_pairs(yv), v);
        store_n::<S>(a.add(i), v, r);
        i += r;
    }
}

/// Complex rank-1 update, column by column.
///
/// # Safety
/// The contract of the [`Level2Kernels`] field it implements, and `S`'s
/// CPU features present.
#[inline(always)]
pub unsafe fn ger_cplx<S: Simd>(
    m: usize,
    n: usize,
    alpha: Complex<S::E>,
    x: *const Complex<S::E>,
    y: *const Complex<S::E>,
    incy: isize,
    a: *mut Complex<S::E>,
    lda: isize,
    conj_x: bool,
    conj_y: bool,
) where
    Complex<S::E>: Scalar,
{
    for j in 0..n {
        let yj = *y.offset(j as isize * incy);
        if !yj.is_zero() {
            let t = alpha * if conj_y { yj.conj() } else { yj };
            axpy_cplx::<S>(m, t, x as *const S::E, a.offset(j as isize * lda) as *mut S::E, conj_x);
        }
    }
}

/// Instantiates the Level-2 kernels for one ISA: wrappers carrying the ISA's
/// `#[target_feature]` attribute and the table builders `real_table` and
/// `complex_table`. Invoke inside a module of the ISA's backend, next to
/// [`level1_isa!`](crate::level1_isa).
#[macro_export]
#[doc(hidden)]
macro_rules! level2_isa {
    ($(#[$attr:meta])* ;) => {
        $crate::level2_isa!($(#[$attr])*);
    };
    ($(#[$attr:meta])*) => {
        #[allow(unused_imports)]
        use $crate::arch::Simd;
        use $crate::level2::kernels as k;
        use $crate::level2::kernels::Level2Kernels;
        use $crate::scalar::Complex;

        $(#[$attr])*
        #[allow(clippy::too_many_arguments)]
        unsafe fn gemv_n<S: Simd>(m: usize, n: usize, alpha: S::E, a: *const S::E, lda: isize, x: *const S::E, incx: isize, y: *mut S::E, _conj: bool) {
            k::gemv_n_real::<S>(m, n, alpha, a, lda, x, incx, y)
        }
        $(#[$attr])*
        #[allow(clippy::too_many_arguments)]
        unsafe fn gemv_t<S: Simd>(m: usize, n: usize, alpha: S::E, a: *const S::E, lda: isize, x: *const S::E, y: *mut S::E, incy: isize, _conj: bool) {
            k::gemv_t_real::<S>(m, n, alpha, a, lda, x, y, incy)
        }
        $(#[$attr])*
        #[allow(clippy::too_many_arguments)]
        unsafe fn symv_panel<S: Simd>(m: usize, n: usize, a: *const S::E, lda: isize, t: *const S::E, x: *const S::E, y: *mut S::E, d: *mut S::E, _conj: bool) {
            k::symv_panel_real::<S>(m, n, a, lda, t, x, y, d)
        }
        $(#[$attr])*
        #[allow(clippy::too_many_arguments)]
        unsafe fn symv_tri<S: Simd>(m: usize, n: usize, a: *const S::E, lda: isize, t: *const S::E, x: *const S::E, y: *mut S::E, d: *mut S::E, upper: bool) {
            k::symv_tri_real::<S>(m, n, a, lda, t, x, y, d, upper)
        }
        $(#[$attr])*
        #[allow(clippy::too_many_arguments)]
        unsafe fn ger<S: Simd>(m: usize, n: usize, alpha: S::E, x: *const S::E, y: *const S::E, incy: isize, a: *mut S::E, lda: isize, _cx: bool, _cy: bool) {
            k::ger_real::<S>(m, n, alpha, x, y, incy, a, lda)
        }
        $(#[$attr])*
        #[allow(clippy::too_many_arguments)]
        unsafe fn axpyc<S: Simd>(n: usize, t: S::E, x: *const S::E, a: *mut S::E, _conj: bool) {
            k::axpy_real::<S>(n, t, x, a)
        }
        $(#[$attr])*
        #[allow(clippy::too_many_arguments)]
        unsafe fn axpy2<S: Simd>(n: usize, t1: S::E, x: *const S::E, t2: S::E, y: *const S::E, a: *mut S::E, _conj: bool) {
            k::axpy2_real::<S>(n, t1, x, t2, y, a)
        }

        $(#[$attr])*
        #[allow(clippy::too_many_arguments)]
        unsafe fn c_gemv_n<S: Simd>(m: usize, n: usize, alpha: Complex<S::E>, a: *const Complex<S::E>, lda: isize, x: *const Complex<S::E>, incx: isize, y: *mut Complex<S::E>, conj: bool)
        where
            Complex<S::E>: $crate::scalar::Scalar,
        {
            k::gemv_n_cplx::<S>(m, n, alpha, a, lda, x, incx, y, conj)
        }
        $(#[$attr])*
        #[allow(clippy::too_many_arguments)]
        unsafe fn c_gemv_t<S: Simd>(m: usize, n: usize, alpha: Complex<S::E>, a: *const Complex<S::E>, lda: isize, x: *const Complex<S::E>, y: *mut Complex<S::E>, incy: isize, conj: bool)
        where
            Complex<S::E>: $crate::scalar::Scalar,
        {
            k::gemv_t_cplx::<S>(m, n, alpha, a, lda, x, y, incy, conj)
        }
        $(#[$attr])*
        #[allow(clippy::too_many_arguments)]
        unsafe fn c_symv_panel<S: Simd>(m: usize, n: usize, a: *const Complex<S::E>, lda: isize, t: *const Complex<S::E>, x: *const Complex<S::E>, y: *mut Complex<S::E>, d: *mut Complex<S::E>, conj: bool) {
            k::symv_panel_cplx::<S>(m, n, a, lda, t, x, y, d, conj)
        }
        $(#[$attr])*
        #[allow(clippy::too_many_arguments)]
        unsafe fn c_ger<S: Simd>(m: usize, n: usize, alpha: Complex<S::E>, x: *const Complex<S::E>, y: *const Complex<S::E>, incy: isize, a: *mut Complex<S::E>, lda: isize, cx: bool, cy: bool)
        where
            Complex<S::E>: $crate::scalar::Scalar,
        {
            k::ger_cplx::<S>(m, n, alpha, x, y, incy, a, lda, cx, cy)
        }
        $(#[$attr])*
        #[allow(clippy::too_many_arguments)]
        unsafe fn c_axpyc<S: Simd>(n: usize, t: Complex<S::E>, x: *const Complex<S::E>, a: *mut Complex<S::E>, conj: bool) {
            k::axpy_cplx::<S>(n, t, x.cast(), a.cast(), conj)
        }
        $(#[$attr])*
        #[allow(clippy::too_many_arguments)]
        unsafe fn c_axpy2<S: Simd>(n: usize, t1: Complex<S::E>, x: *const Complex<S::E>, t2: Complex<S::E>, y: *const Complex<S::E>, a: *mut Complex<S::E>, conj: bool) {
            k::axpy2_cplx::<S>(n, t1, x.cast(), t2, y.cast(), a.cast(), conj)
        }

        /// The Level-2 table for `S::E` on this ISA.
        pub fn real_table<S: Simd>() -> Level2Kernels<S::E>
        where
            S::E: $crate::scalar::Scalar<Real = S::E>,
        {
            Level2Kernels {
                gemv_n: gemv_n::<S>,
                gemv_t: gemv_t::<S>,
                symv_panel: symv_panel::<S>,
                symv_tri: Some(symv_tri::<S>),
                ger: ger::<S>,
                axpyc: axpyc::<S>,
                axpy2: axpy2::<S>,
            }
        }

        /// The Level-2 table for `Complex<S::E>` on this ISA.
        pub fn complex_table<S: Simd>() -> Level2Kernels<Complex<S::E>>
        where
            Complex<S::E>: $crate::scalar::Scalar<Real = S::E>,
        {
            Level2Kernels {
                gemv_n: c_gemv_n::<S>,
                gemv_t: c_gemv_t::<S>,
                symv_panel: c_symv_panel::<S>,
                symv_tri: None,
                ger: c_ger::<S>,
                axpyc: c_axpyc::<S>,
                axpy2: c_axpy2::<S>,
            }
        }
    };
}
