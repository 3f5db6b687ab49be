//! The GEMM microkernel, written once against [`Simd`] for real and complex
//! scalars, and the per-ISA table it is instantiated into ([`gemm_isa!`](crate::gemm_isa)).
//!
//! A register tile is `MV` vectors of `LANES` reals down the rows times `NR`
//! columns. Each step of the depth loop loads `MV` vectors of A and broadcasts
//! `NR` scalars of B: `acc[v][j] += a[v] * b[j]`. One accumulator per element
//! and a strictly sequential depth loop make every element's result
//! independent of where its tile lies, which keeps results bit-identical for
//! any split of the M and N loops.
//!
//! Complex tiles hold interleaved `(re, im)` pairs; each column keeps two
//! accumulators, `acc1 += a * re(b)` and `acc2 += a * im(b)`, so every vector
//! FMA does useful work (real-GEMM efficiency); at store time
//! `a*b = acc1 + (-1, 1) * swap_pairs(acc2)`.

use super::config::{cache_sizes, Blocking};
use super::triangular::{Op, Tri, BASE};
use crate::arch::{Simd, MAX_LANES};
use crate::scalar::{Complex, Scalar};

/// `C[0..m, 0..n] := alpha * A_panel * B_panel + beta * C` on packed micro-panels:
/// `a` holds `MR x k` (MR elements per depth step), `b` holds `k x NR`; C has
/// element strides `rs_c`, `cs_c`; `m <= MR`, `n <= NR`. `beta = 0` never reads C.
pub type PackedKernel<T> = unsafe fn(
    k: usize,
    alpha: T,
    a: *const T,
    b: *const T,
    beta: T,
    c: *mut T,
    rs_c: isize,
    cs_c: isize,
    m: usize,
    n: usize,
);

/// As [`PackedKernel`], but A is read in place with `lda` elements between depth
/// steps (its `m` rows contiguous; the kernel reads no row past `m`, and
/// `m > (v - 1) * lanes` for the `v`-vector kernel), and B in place with
/// strides `rs_b` (depth) and `cs_b` (columns); only columns `0..n` of B are
/// read. `n` may exceed NR: the kernel sweeps the row panel tile by tile.
/// `conj_b` conjugates B (complex types).
pub type DirectKernel<T> = unsafe fn(
    k: usize,
    alpha: T,
    a: *const T,
    lda: isize,
    b: *const T,
    rs_b: isize,
    cs_b: isize,
    conj_b: bool,
    beta: T,
    c: *mut T,
    rs_c: isize,
    cs_c: isize,
    m: usize,
    n: usize,
);

/// Packs an `mc x kc` block of a strided matrix (element `(i, p)` at
/// `a + i*rs + p*cs`), conjugated if asked, into `ceil(mc/MR)` micro-panels of
/// `MR x kc`, zero-padded; panel `q` starts at `dst + q*MR*kc`.
pub type PackA<T> = unsafe fn(a: *const T, rs: isize, cs: isize, mc: usize, kc: usize, conj: bool, dst: *mut T);

/// Packs a `kc x nc` block (element `(p, j)` at `b + p*rs + j*cs`) into
/// `ceil(nc/NR)` micro-panels of `kc x NR`, zero-padded; panel `q` at `dst + q*NR*kc`.
pub type PackB<T> = unsafe fn(b: *const T, rs: isize, cs: isize, kc: usize, nc: usize, conj: bool, dst: *mut T);

/// The GEMM kernels of one scalar type on one ISA, with their blocksizes.
pub struct GemmKernels<T: Scalar> {
    /// Rows of the register tile, in elements of `T`.
    pub mr: usize,
    /// Columns of the register tile.
    pub nr: usize,
    /// Elements of `T` in one register (rows per vector of the tile).
    pub lanes: usize,
    /// Cache blocksizes for this tile on this machine.
    pub blocking: Blocking,
    /// The microkernel on packed panels.
    pub kernel: PackedKernel<T>,
    /// The microkernels reading A and B in place (the small-size path, and
    /// the blocked path's short last row panels on packed operands):
    /// `direct[v - 1]` has `v * lanes` rows (`v` up to the tile's vector count;
    /// entries past it repeat the full tile).
    pub direct: [DirectKernel<T>; 4],
    /// Packing of A blocks into `mr`-row micro-panels.
    pub pack_a: PackA<T>,
    /// Packing of B blocks into `nr`-column micro-panels.
    pub pack_b: PackB<T>,
    /// TRMM/TRSM on a small triangle and a few columns (see `triangular`).
    pub(crate) tri_block: TriBlock<T>,
    /// Columns of B `tri_block` takes at a time (two vectors' worth).
    pub(crate) tri_cols: usize,
}

/// The small-triangle kernel of TRMM and TRSM, compiled per ISA.
pub(crate) type TriBlock<T> =
    unsafe fn(op: Op, alpha: T, t: &Tri<T>, diag: &[T; BASE], rows: usize, b: super::driver::Strided<T>, cols: usize);

impl<T: Scalar> Clone for GemmKernels<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Scalar> Copy for GemmKernels<T> {}

/// The accumulators of one tile: `acc[v][j]` (and the imaginary-part partner for complex).
type Acc<S, const MV: usize, const NR: usize> = [[<S as Simd>::V; NR]; MV];

/// The depth loop. `a` advances `a_ks` reals per step; `b` advances `b_ks`
/// reals per step and holds column `j` at `boff[j]` reals (complex: `re, im`
/// pairs). With `PARTIAL`, only `a_last` reals of A's last vector are read
/// (masked). With `PACKED` the strides are the packed layout's constants
/// and `boff` is not read.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
unsafe fn depth_loop<
    S: Simd,
    const MV: usize,
    const NR: usize,
    const CPLX: bool,
    const PACKED: bool,
    const PARTIAL: bool,
>(
    k: usize,
    a: *const S::E,
    a_ks: isize,
    a_last: usize,
    b: *const S::E,
    b_ks: isize,
    boff: &[isize; NR],
) -> (Acc<S, MV, NR>, Acc<S, MV, NR>) {
    let l = S::LANES;
    let w = if CPLX { 2 } else { 1 };
    let (a_ks, b_ks) = if PACKED { ((MV * l) as isize, (NR * w) as isize) } else { (a_ks, b_ks) };
    let mut acc1: Acc<S, MV, NR> = [[S::zero(); NR]; MV];
    let mut acc2: Acc<S, MV, NR> = [[S::zero(); NR]; MV];
    let mut ap = a;
    let mut bp = b;
    // A macro, not a closure: closures do not inherit `#[target_feature]`.
    macro_rules! step {
        ($ap:expr, $bp:expr) => {{
            let (ap, bp): (*const S::E, *const S::E) = ($ap, $bp);
            let av: [S::V; MV] = core::array::from_fn(|v| {
                if PARTIAL && v == MV - 1 {
                    S::load_partial(ap.add(v * l), a_last)
                } else {
                    S::load(ap.add(v * l))
                }
            });
            for j in 0..NR {
                let bj = if PACKED { bp.add(j * w) } else { bp.offset(boff[j]) };
                let br = S::splat(*bj);
                for v in 0..MV {
                    acc1[v][j] = S::fma(av[v], br, acc1[v][j]);
                }
                if CPLX {
                    let bi = S::splat(*bj.add(1));
                    for v in 0..MV {
                        acc2[v][j] = S::fma(av[v], bi, acc2[v][j]);
                    }
                }
            }
        }};
    }
    let mut left = k;
    if PACKED {
        // Four steps a trip (the same FMAs in the same order), with the A and
        // B streams requested `PREFETCH_STEPS` ahead of use: the A panel
        // streaming through L1 evicts B's lines between two tiles' uses.
        while left >= 4 {
            let ahead = ap.wrapping_offset(PREFETCH_STEPS as isize * a_ks);
            prefetch_lines(ahead, 4 * a_ks as usize * core::mem::size_of::<S::E>());
            let b_ahead = bp.wrapping_offset(PREFETCH_STEPS as isize * b_ks);
            prefetch_lines(b_ahead, 4 * b_ks as usize * core::mem::size_of::<S::E>());
            step!(ap, bp);
            step!(ap.offset(a_ks), bp.offset(b_ks));
            step!(ap.offset(2 * a_ks), bp.offset(2 * b_ks));
            step!(ap.offset(3 * a_ks), bp.offset(3 * b_ks));
            ap = ap.offset(4 * a_ks);
            bp = bp.offset(4 * b_ks);
            left -= 4;
        }
    }
    for _ in 0..left {
        step!(ap, bp);
        ap = ap.offset(a_ks);
        bp = bp.offset(b_ks);
    }
    (acc1, acc2)
}

/// How far ahead of use (in depth steps) the packed kernel asks for A and B.
const PREFETCH_STEPS: usize = 16;

/// Asks the cache for the `bytes` bytes at `p`, a line at a time (x86 only;
/// elsewhere a no-op). Prefetches never fault, so `p` may point anywhere.
#[inline(always)]
fn prefetch_lines<E>(p: *const E, bytes: usize) {
    #[cfg(target_arch = "x86_64")]
    {
        use core::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        let mut off = 0;
        while off < bytes {
            // SAFETY: a prefetch is a hint and never faults.
            unsafe { _mm_prefetch::<_MM_HINT_T0>((p as *const i8).wrapping_add(off)) };
            off += 64;
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (p, bytes);
}

/// How the tile's store treats `beta`: the three cases get their own code so
/// that the column loop has no branches on it.
const BETA_ZERO: u8 = 0;
const BETA_ONE: u8 = 1;
const BETA_OTHER: u8 = 2;

/// `c := alpha * t + beta * c` for one register, `beta` being of kind `B`;
/// `BETA_ZERO` does not read `c`. Complex scalars are `[re, im]`; `alpha = 1`
/// skips their multiplication.
#[inline(always)]
unsafe fn update<S: Simd, const CPLX: bool, const B: u8>(t: S::V, alpha: [S::E; 2], beta: [S::E; 2], c: S::V) -> S::V {
    let zero = S::E::zero();
    let one = S::E::one();
    if !CPLX {
        return match B {
            BETA_ZERO => S::mul(S::splat(alpha[0]), t),
            BETA_ONE => S::fma(S::splat(alpha[0]), t, c),
            _ => S::fma(S::splat(beta[0]), c, S::mul(S::splat(alpha[0]), t)),
        };
    }
    let t = if alpha == [one, zero] {
        t
    } else {
        S::fma(S::splat(alpha[0]), t, S::mul(S::splat_pair(-alpha[1], alpha[1]), S::swap_pairs(t)))
    };
    match B {
        BETA_ZERO => t,
        BETA_ONE => S::add(t, c),
        _ => S::add(t, S::fma(S::splat(beta[0]), c, S::mul(S::splat_pair(-beta[1], beta[1]), S::swap_pairs(c)))),
    }
}

/// `C[.., j] := alpha * acc[.][j] + beta * C[.., j]` for one column of `mreals`
/// contiguous reals at `p`; the last vector may be partial.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
unsafe fn store_column<S: Simd, const MV: usize, const NR: usize, const CPLX: bool, const B: u8>(
    acc1: &Acc<S, MV, NR>,
    acc2: &Acc<S, MV, NR>,
    j: usize,
    sign: S::V,
    alpha: [S::E; 2],
    beta: [S::E; 2],
    p: *mut S::E,
    mreals: usize,
) {
    let l = S::LANES;
    for v in 0..MV {
        let off = v * l;
        if off >= mreals {
            break;
        }
        let rem = mreals - off;
        let t = if CPLX { S::fma(sign, S::swap_pairs(acc2[v][j]), acc1[v][j]) } else { acc1[v][j] };
        if rem >= l {
            let cv = if B == BETA_ZERO { S::zero() } else { S::load(p.add(off)) };
            S::store(p.add(off), update::<S, CPLX, B>(t, alpha, beta, cv));
        } else {
            let cv = if B == BETA_ZERO { S::zero() } else { S::load_partial(p.add(off), rem) };
            S::store_partial(p.add(off), update::<S, CPLX, B>(t, alpha, beta, cv), rem);
        }
    }
}

/// Writes a finished tile: `C := alpha * acc + beta * C` for `m x n` elements.
/// `c` points to reals; strides are in elements of the scalar type. A strided
/// C goes through a small column buffer, with the same arithmetic.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
unsafe fn store_tile<S: Simd, const MV: usize, const NR: usize, const CPLX: bool>(
    acc1: Acc<S, MV, NR>,
    acc2: Acc<S, MV, NR>,
    conj_b: bool,
    alpha: [S::E; 2],
    beta: [S::E; 2],
    c: *mut S::E,
    rs_c: isize,
    cs_c: isize,
    m: usize,
    n: usize,
) {
    let (zero, one) = (S::E::zero(), S::E::one());
    if beta == [zero, zero] {
        store_tile_as::<S, MV, NR, CPLX, BETA_ZERO>(acc1, acc2, conj_b, alpha, beta, c, rs_c, cs_c, m, n)
    } else if beta == [one, zero] {
        store_tile_as::<S, MV, NR, CPLX, BETA_ONE>(acc1, acc2, conj_b, alpha, beta, c, rs_c, cs_c, m, n)
    } else {
        store_tile_as::<S, MV, NR, CPLX, BETA_OTHER>(acc1, acc2, conj_b, alpha, beta, c, rs_c, cs_c, m, n)
    }
}

/// [`store_tile`] for a `beta` of kind `B`.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
unsafe fn store_tile_as<S: Simd, const MV: usize, const NR: usize, const CPLX: bool, const B: u8>(
    acc1: Acc<S, MV, NR>,
    acc2: Acc<S, MV, NR>,
    conj_b: bool,
    alpha: [S::E; 2],
    beta: [S::E; 2],
    c: *mut S::E,
    rs_c: isize,
    cs_c: isize,
    m: usize,
    n: usize,
) {
    let w = if CPLX { 2 } else { 1 };
    let mreals = m * w;
    let sign = if conj_b { S::splat_pair(S::E::one(), -S::E::one()) } else { S::splat_pair(-S::E::one(), S::E::one()) };
    if rs_c == 1 {
        let col = |j: usize| c.offset(j as isize * cs_c * w as isize);
        if n == NR {
            // Constant trip counts keep the accumulators in registers.
            for j in 0..NR {
                store_column::<S, MV, NR, CPLX, B>(&acc1, &acc2, j, sign, alpha, beta, col(j), mreals);
            }
        } else {
            for j in 0..NR {
                if j < n {
                    store_column::<S, MV, NR, CPLX, B>(&acc1, &acc2, j, sign, alpha, beta, col(j), mreals);
                }
            }
        }
        return;
    }
    // Gather buffer for one strided column; MV <= 4 by construction of the tiles.
    let mut buf = [[S::E::zero(); MAX_LANES]; 4];
    let bp = buf.as_mut_ptr() as *mut S::E;
    for j in 0..n.min(NR) {
        let cj = c.offset(j as isize * cs_c * w as isize);
        if B != BETA_ZERO {
            for i in 0..m {
                let src = cj.offset(i as isize * rs_c * w as isize);
                *bp.add(i * w) = *src;
                if CPLX {
                    *bp.add(i * w + 1) = *src.add(1);
                }
            }
        }
        store_column::<S, MV, NR, CPLX, B>(&acc1, &acc2, j, sign, alpha, beta, bp, mreals);
        for i in 0..m {
            let dst = cj.offset(i as isize * rs_c * w as isize);
            *dst = *bp.add(i * w);
            if CPLX {
                *dst.add(1) = *bp.add(i * w + 1);
            }
        }
    }
}

/// Asks the cache for the C tile the kernel will read at its end, so the
/// loads do not stall after the depth loop (x86 only; elsewhere a no-op).
#[inline(always)]
unsafe fn prefetch_tile<S: Simd, const MV: usize, const CPLX: bool>(c: *mut S::E, rs_c: isize, cs_c: isize, n: usize) {
    #[cfg(target_arch = "x86_64")]
    {
        use core::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        let w = if CPLX { 2 } else { 1 };
        if rs_c == 1 {
            let bytes = MV * S::LANES * core::mem::size_of::<S::E>();
            for j in 0..n {
                let col = c.wrapping_offset(j as isize * cs_c * w) as *const i8;
                // First and last byte of the column: at most two lines for
                // the tiles in use, whatever the alignment.
                _mm_prefetch::<_MM_HINT_T0>(col);
                _mm_prefetch::<_MM_HINT_T0>(col.wrapping_add(bytes - 1));
                if bytes > 64 {
                    _mm_prefetch::<_MM_HINT_T0>(col.wrapping_add(64));
                }
                if bytes > 128 {
                    _mm_prefetch::<_MM_HINT_T0>(col.wrapping_add(128));
                }
            }
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (c, rs_c, cs_c, n);
}

/// The packed microkernel body for `MV x NR` register tiles; reals or complex pairs.
///
/// # Safety
/// As [`PackedKernel`]; `S`'s CPU features present; `MV <= 4`.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
pub unsafe fn packed_body<S: Simd, const MV: usize, const NR: usize, const CPLX: bool>(
    k: usize,
    alpha: [S::E; 2],
    a: *const S::E,
    b: *const S::E,
    beta: [S::E; 2],
    c: *mut S::E,
    rs_c: isize,
    cs_c: isize,
    m: usize,
    n: usize,
) {
    if beta != [S::E::zero(); 2] {
        prefetch_tile::<S, MV, CPLX>(c, rs_c, cs_c, n);
    }
    let (acc1, acc2) = depth_loop::<S, MV, NR, CPLX, true, false>(k, a, 0, 0, b, 0, &[0; NR]);
    store_tile::<S, MV, NR, CPLX>(acc1, acc2, false, alpha, beta, c, rs_c, cs_c, m, n);
}

/// The direct (unpacked) microkernel body; strides in elements of the scalar type.
///
/// # Safety
/// As [`DirectKernel`]; `S`'s CPU features present; `MV <= 4`.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
pub unsafe fn direct_body<S: Simd, const MV: usize, const NR: usize, const CPLX: bool>(
    k: usize,
    alpha: [S::E; 2],
    a: *const S::E,
    lda: isize,
    b: *const S::E,
    rs_b: isize,
    cs_b: isize,
    conj_b: bool,
    beta: [S::E; 2],
    c: *mut S::E,
    rs_c: isize,
    cs_c: isize,
    m: usize,
    n: usize,
) {
    let w: isize = if CPLX { 2 } else { 1 };
    let mreals = m * w as usize;
    // Rows past `m` are not read: the last vector is loaded masked when the
    // tile is not full (A is read in place and may end there).
    let full = MV * S::LANES;
    let last = mreals.min(full) - (MV - 1) * S::LANES;
    // All the column tiles of the row panel in one call: tiny products are
    // dominated by per-call setup, which this pays once.
    if n == NR && mreals == full && rs_c == 1 {
        // A single full tile (the commonest tiny product) on a path of its
        // own, free of the sweep's and the edges' bookkeeping.
        let boff: [isize; NR] = core::array::from_fn(|j| j as isize * cs_b * w);
        let (acc1, acc2) = depth_loop::<S, MV, NR, CPLX, false, false>(k, a, lda * w, 0, b, rs_b * w, &boff);
        store_tile::<S, MV, NR, CPLX>(acc1, acc2, conj_b && CPLX, alpha, beta, c, 1, cs_c, m, NR);
        return;
    }
    // Column offsets of B in a full tile, computed once; a last tile with
    // fewer columns reads its last column again in place of the missing ones
    // (always valid) and discards those results.
    let mut boff: [isize; NR] = core::array::from_fn(|j| j as isize * cs_b * w);
    let mut j0 = 0;
    while j0 < n {
        let nt = NR.min(n - j0);
        if nt < NR {
            boff = core::array::from_fn(|j| j.min(nt - 1) as isize * cs_b * w);
        }
        let bj = b.offset(j0 as isize * cs_b * w);
        let (acc1, acc2) = if mreals >= full {
            depth_loop::<S, MV, NR, CPLX, false, false>(k, a, lda * w, 0, bj, rs_b * w, &boff)
        } else {
            depth_loop::<S, MV, NR, CPLX, false, true>(k, a, lda * w, last, bj, rs_b * w, &boff)
        };
        let cj = c.offset(j0 as isize * cs_c * w);
        store_tile::<S, MV, NR, CPLX>(acc1, acc2, conj_b && CPLX, alpha, beta, cj, rs_c, cs_c, m, nt);
        j0 += NR;
    }
}

/// A scalar as `[re, im]`.
#[inline(always)]
pub fn parts<T: Scalar>(x: T) -> [T::Real; 2] {
    [x.re(), x.im()]
}

/// Builds a real table; `MR` must equal `MV * S::LANES`.
pub(crate) fn real_table<S: Simd, const MR: usize, const NR: usize>(
    kernel: PackedKernel<S::E>,
    direct: [DirectKernel<S::E>; 4],
    pack_a: PackA<S::E>,
    pack_b: PackB<S::E>,
    tri_block: TriBlock<S::E>,
) -> GemmKernels<S::E> {
    // The small path keeps one gemmt diagonal tile on the stack, and picks
    // kernels by shifting with the lane count.
    const { assert!(MR * NR <= super::driver::MAX_TILE && S::LANES.is_power_of_two()) };
    let blocking = Blocking::for_tile(MR, NR, core::mem::size_of::<S::E>(), cache_sizes());
    GemmKernels {
        mr: MR,
        nr: NR,
        lanes: S::LANES,
        blocking,
        kernel,
        direct,
        pack_a,
        pack_b,
        tri_block,
        tri_cols: 2 * S::LANES,
    }
}

/// Builds a complex table; `MR` must equal `MV * S::LANES / 2`.
pub(crate) fn complex_table<S: Simd, const MR: usize, const NR: usize>(
    kernel: PackedKernel<Complex<S::E>>,
    direct: [DirectKernel<Complex<S::E>>; 4],
    pack_a: PackA<Complex<S::E>>,
    pack_b: PackB<Complex<S::E>>,
    tri_block: TriBlock<Complex<S::E>>,
) -> GemmKernels<Complex<S::E>>
where
    Complex<S::E>: Scalar,
{
    // The small path keeps one gemmt diagonal tile on the stack, and picks
    // kernels by shifting with the lane count.
    const { assert!(MR * NR <= super::driver::MAX_TILE && S::LANES.is_power_of_two()) };
    let blocking = Blocking::for_tile(MR, NR, core::mem::size_of::<Complex<S::E>>(), cache_sizes());
    GemmKernels {
        mr: MR,
        nr: NR,
        lanes: S::LANES / 2,
        blocking,
        kernel,
        direct,
        pack_a,
        pack_b,
        tri_block,
        tri_cols: S::LANES,
    }
}

/// Instantiates the GEMM kernels for one ISA: wrappers carrying the ISA's
/// `#[target_feature]` attribute around the generic bodies, and one table
/// builder per scalar type with the ISA's register tiles, e.g.
///
/// ```ignore
/// gemm_isa!(#[target_feature(enable = "avx2,fma")];
///     f64_table: f64 = Avx2F64, mv 2, nr 6, mr 8;
///     c64_table: complex Avx2F64, mv 2, nr 3, mr 4;
/// );
/// ```
#[macro_export]
macro_rules! gemm_isa {
    ($(#[$attr:meta])* ; $($body:tt)*) => {
        #[allow(unused_imports)]
        use $crate::arch::Simd;
        use $crate::level3::kernel as gk;
        #[allow(unused_imports)]
        use $crate::level3::kernel::GemmKernels;
        use $crate::level3::pack as gp;
        #[allow(unused_imports)]
        use $crate::scalar::Complex;

        $(#[$attr])*
        #[allow(clippy::too_many_arguments)]
        unsafe fn kern_real<S: Simd, const MV: usize, const NR: usize>(
            k: usize, alpha: S::E, a: *const S::E, b: *const S::E, beta: S::E, c: *mut S::E,
            rs_c: isize, cs_c: isize, m: usize, n: usize,
        ) {
            gk::packed_body::<S, MV, NR, false>(k, gk::parts(alpha), a, b, gk::parts(beta), c, rs_c, cs_c, m, n)
        }
        $(#[$attr])*
        #[allow(clippy::too_many_arguments)]
        unsafe fn kern_cplx<S: Simd, const MV: usize, const NR: usize>(
            k: usize, alpha: Complex<S::E>, a: *const Complex<S::E>, b: *const Complex<S::E>, beta: Complex<S::E>,
            c: *mut Complex<S::E>, rs_c: isize, cs_c: isize, m: usize, n: usize,
        ) where Complex<S::E>: $crate::scalar::Scalar<Real = S::E> {
            gk::packed_body::<S, MV, NR, true>(
                k, gk::parts(alpha), a.cast(), b.cast(), gk::parts(beta), c.cast(), rs_c, cs_c, m, n,
            )
        }
        $(#[$attr])*
        #[allow(clippy::too_many_arguments)]
        unsafe fn direct_real<S: Simd, const MV: usize, const NR: usize>(
            k: usize, alpha: S::E, a: *const S::E, lda: isize, b: *const S::E, rs_b: isize, cs_b: isize,
            conj_b: bool, beta: S::E, c: *mut S::E, rs_c: isize, cs_c: isize, m: usize, n: usize,
        ) {
            gk::direct_body::<S, MV, NR, false>(
                k, gk::parts(alpha), a, lda, b, rs_b, cs_b, conj_b, gk::parts(beta), c, rs_c, cs_c, m, n,
            )
        }
        $(#[$attr])*
        #[allow(clippy::too_many_arguments)]
        unsafe fn direct_cplx<S: Simd, const MV: usize, const NR: usize>(
            k: usize, alpha: Complex<S::E>, a: *const Complex<S::E>, lda: isize, b: *const Complex<S::E>,
            rs_b: isize, cs_b: isize, conj_b: bool, beta: Complex<S::E>, c: *mut Complex<S::E>,
            rs_c: isize, cs_c: isize, m: usize, n: usize,
        ) where Complex<S::E>: $crate::scalar::Scalar<Real = S::E> {
            gk::direct_body::<S, MV, NR, true>(
                k, gk::parts(alpha), a.cast(), lda, b.cast(), rs_b, cs_b, conj_b, gk::parts(beta), c.cast(),
                rs_c, cs_c, m, n,
            )
        }
        $(#[$attr])*
        unsafe fn pack_a<T: $crate::scalar::Scalar, const MR: usize>(
            a: *const T, rs: isize, cs: isize, mc: usize, kc: usize, conj: bool, dst: *mut T,
        ) {
            gp::pack_a_body::<T, MR>(a, rs, cs, mc, kc, conj, dst)
        }
        $(#[$attr])*
        unsafe fn pack_b<T: $crate::scalar::Scalar, const NR: usize>(
            b: *const T, rs: isize, cs: isize, kc: usize, nc: usize, conj: bool, dst: *mut T,
        ) {
            gp::pack_b_body::<T, NR>(b, rs, cs, kc, nc, conj, dst)
        }
        $(#[$attr])*
        unsafe fn tri_real<S: Simd>(
            op: $crate::level3::triangular::Op, alpha: S::E, t: &$crate::level3::triangular::Tri<S::E>,
            diag: &[S::E; $crate::level3::triangular::BASE], rows: usize, b: $crate::level3::driver::Strided<S::E>,
            cols: usize,
        ) where S::E: $crate::scalar::Scalar<Real = S::E> {
            $crate::level3::triangular::base_block::<S, S::E>(op, alpha, t, diag, rows, b, cols)
        }
        $(#[$attr])*
        unsafe fn tri_cplx<S: Simd>(
            op: $crate::level3::triangular::Op, alpha: Complex<S::E>,
            t: &$crate::level3::triangular::Tri<Complex<S::E>>,
            diag: &[Complex<S::E>; $crate::level3::triangular::BASE], rows: usize,
            b: $crate::level3::driver::Strided<Complex<S::E>>, cols: usize,
        ) where Complex<S::E>: $crate::scalar::Scalar<Real = S::E> {
            $crate::level3::triangular::base_block::<S, Complex<S::E>>(op, alpha, t, diag, rows, b, cols)
        }

        $crate::gemm_isa!(@tables $($body)*);
    };
    (@tables) => {};
    (@tables $name:ident : real $s:ty, mv $mv:literal, nr $nr:literal, mr $mr:literal; $($rest:tt)*) => {
        /// The GEMM kernel table for this ISA's real type (tile `mr x nr`).
        pub fn $name() -> GemmKernels<<$s as Simd>::E> {
            debug_assert_eq!($mr, $mv * <$s as Simd>::LANES);
            gk::real_table::<$s, $mr, $nr>(
                kern_real::<$s, $mv, $nr>,
                [
                    direct_real::<$s, { if 1 < $mv { 1 } else { $mv } }, $nr>,
                    direct_real::<$s, { if 2 < $mv { 2 } else { $mv } }, $nr>,
                    direct_real::<$s, { if 3 < $mv { 3 } else { $mv } }, $nr>,
                    direct_real::<$s, { if 4 < $mv { 4 } else { $mv } }, $nr>,
                ],
                pack_a::<<$s as Simd>::E, $mr>,
                pack_b::<<$s as Simd>::E, $nr>,
                tri_real::<$s>,
            )
        }
        $crate::gemm_isa!(@tables $($rest)*);
    };
    (@tables $name:ident : complex $s:ty, mv $mv:literal, nr $nr:literal, mr $mr:literal; $($rest:tt)*) => {
        /// The GEMM kernel table for this ISA's complex type (tile `mr x nr`).
        pub fn $name() -> GemmKernels<Complex<<$s as Simd>::E>> {
            debug_assert_eq!(2 * $mr, $mv * <$s as Simd>::LANES);
            gk::complex_table::<$s, $mr, $nr>(
                kern_cplx::<$s, $mv, $nr>,
                [
                    direct_cplx::<$s, { if 1 < $mv { 1 } else { $mv } }, $nr>,
                    direct_cplx::<$s, { if 2 < $mv { 2 } else { $mv } }, $nr>,
                    direct_cplx::<$s, { if 3 < $mv { 3 } else { $mv } }, $nr>,
                    direct_cplx::<$s, { if 4 < $mv { 4 } else { $mv } }, $nr>,
                ],
                pack_a::<Complex<<$s as Simd>::E>, $mr>,
                pack_b::<Complex<<$s as Simd>::E>, $nr>,
                tri_cplx::<$s>,
            )
        }
        $crate::gemm_isa!(@tables $($rest)*);
    };
}
