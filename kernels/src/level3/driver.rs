//! The GEMM driver: BLIS's five loops around the microkernel, the small-size
//! path, the triangle-restricted variant (gemmt), and the split of the M and N
//! loops over the pool.
//!
//! Loop names follow BLIS: `jc` (columns of C by NC), `pc` (depth by KC, pack
//! B), `ic` (rows by MC, pack A), `jr` (NR columns), `ir` (MR rows, microkernel).
//! Every split of the M and N loops falls on tile boundaries, and the depth
//! loop is never split, so each element of C sees the same operations in the
//! same order at any thread count.

use super::config::Blocking;
use super::kernel::{GemmKernels, PackA};
use super::pack::{with_workspace, Workspace};
use crate::enums::Uplo;
use crate::pool;
use crate::scalar::Scalar;

/// A strided operand: element `(i, j)` at `ptr + i*rs + j*cs`.
#[derive(Debug)]
pub(crate) struct Strided<T> {
    pub(crate) ptr: *const T,
    pub(crate) rs: isize,
    pub(crate) cs: isize,
}

impl<T> Clone for Strided<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Strided<T> {}
// SAFETY: the driver hands disjoint parts of C to different threads and only
// reads A and B; the views the pointers came from are Send/Sync for Scalar T.
unsafe impl<T: Sync> Send for Strided<T> {}
// SAFETY: as above.
unsafe impl<T: Sync> Sync for Strided<T> {}

impl<T> Strided<T> {
    #[inline(always)]
    pub(crate) fn at(&self, i: usize, j: usize) -> *const T {
        self.ptr.wrapping_offset(i as isize * self.rs + j as isize * self.cs)
    }
    #[inline(always)]
    pub(crate) fn at_mut(&self, i: usize, j: usize) -> *mut T {
        self.at(i, j) as *mut T
    }
    /// The transpose: strides swapped.
    pub(crate) fn t(self) -> Self {
        Strided { ptr: self.ptr, rs: self.cs, cs: self.rs }
    }
}

/// When the small-size path is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmallPath {
    /// By problem size (the default).
    Auto,
    /// Never: always pack (tests use it to reach the blocked path at small sizes).
    Never,
    /// Always, for serial calls (tests).
    Always,
}

/// Knobs of the GEMM engine beyond the BLAS arguments, for tests and benchmarks.
#[derive(Clone, Copy, Debug)]
pub struct GemmOptions {
    /// Cache blocksizes; `None` takes the kernel table's.
    pub blocking: Option<Blocking>,
    /// Threads to use at most; `None` takes [`pool::num_threads`].
    pub nthreads: Option<usize>,
    /// Whether the small-size path may be taken.
    pub small: SmallPath,
}

impl Default for GemmOptions {
    fn default() -> Self {
        GemmOptions { blocking: None, nthreads: None, small: SmallPath::Auto }
    }
}

/// One `C := alpha op(A) op(B) + beta C` problem, operands already transposed
/// (`a` is `m x k`, `b` is `k x n`), conjugation still pending.
pub(crate) struct Problem<T> {
    pub(crate) m: usize,
    pub(crate) n: usize,
    pub(crate) k: usize,
    pub(crate) alpha: T,
    pub(crate) a: Strided<T>,
    pub(crate) conj_a: bool,
    pub(crate) b: Strided<T>,
    pub(crate) conj_b: bool,
    pub(crate) beta: T,
    pub(crate) c: Strided<T>,
    /// gemmt: only this triangle of C (which is square) is referenced.
    pub(crate) tri: Option<Uplo>,
    /// symm/hemm: A is square, stored in one triangle.
    pub(crate) a_sym: Option<Structure>,
    /// The same for B (symm/hemm from the right).
    pub(crate) b_sym: Option<Structure>,
}

/// An operand stored in one triangle (`uplo`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Structure {
    /// Symmetric or Hermitian: element `(i, p)` outside `uplo` is read as
    /// `(p, i)`, conjugated when `herm`; a Hermitian diagonal is taken as real.
    Sym { uplo: Uplo, herm: bool },
}

impl Structure {
    /// The same operand read through transposed strides.
    pub(crate) fn t(self) -> Structure {
        match self {
            Structure::Sym { uplo, herm } => Structure::Sym { uplo: uplo.flip(), herm },
        }
    }

    fn uplo(self) -> Uplo {
        match self {
            Structure::Sym { uplo, .. } => uplo,
        }
    }
}

impl<T> Problem<T> {
    /// A plain GEMM problem (`a` is `m x k`, `b` is `k x n`).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        m: usize,
        n: usize,
        k: usize,
        alpha: T,
        a: Strided<T>,
        conj_a: bool,
        b: Strided<T>,
        conj_b: bool,
        beta: T,
        c: Strided<T>,
    ) -> Self {
        Problem { m, n, k, alpha, a, conj_a, b, conj_b, beta, c, tri: None, a_sym: None, b_sym: None }
    }

    /// The same problem on one triangle of C only (gemmt).
    pub(crate) fn on_triangle(self, uplo: Uplo) -> Self {
        Problem { tri: Some(uplo), ..self }
    }

    /// The same problem with symmetric or Hermitian operands.
    pub(crate) fn with_sym(self, a_sym: Option<Structure>, b_sym: Option<Structure>) -> Self {
        Problem { a_sym, b_sym, ..self }
    }
}

/// Largest `m*n*k` (in real multiply-adds) the small path takes when the
/// problem runs on one thread. Measured on a Sapphire-Rapids-class core: as
/// fast as packing or faster up to about 192^3 with AVX2 tiles and 256^3 with
/// AVX-512 ones (operands of that size stay in L2).
const SMALL_VOLUME: usize = 192 * 192 * 192;
/// Least `m*n*k` (in real multiply-adds) worth one more thread.
const VOLUME_PER_THREAD: usize = 1 << 20;

/// Runs a problem: quick returns, scaling-only cases, small path, or the
/// blocked path split over threads.
///
/// # Safety
/// The operands describe valid memory for the problem's dimensions; C's
/// elements are distinct and not aliased by A or B.
pub(crate) unsafe fn run<T: Scalar>(kern: &GemmKernels<T>, opts: &GemmOptions, mut p: Problem<T>) {
    if p.m == 0 || p.n == 0 {
        return;
    }
    if p.alpha.is_zero() || p.k == 0 {
        scale_c(&p);
        return;
    }
    // A row-major C: compute C^T = op(B)^T op(A)^T so the kernel stores columns.
    if p.c.rs != 1 && p.c.cs == 1 {
        p = Problem {
            m: p.n,
            n: p.m,
            k: p.k,
            alpha: p.alpha,
            a: p.b.t(),
            conj_a: p.conj_b,
            b: p.a.t(),
            conj_b: p.conj_a,
            beta: p.beta,
            c: p.c.t(),
            tri: p.tri.map(Uplo::flip),
            a_sym: p.b_sym.map(Structure::t),
            b_sym: p.a_sym.map(Structure::t),
        };
    }
    let blk = opts.blocking.unwrap_or(kern.blocking);
    let w = if T::IS_COMPLEX { 4 } else { 1 };
    let volume = p.m.saturating_mul(p.n).saturating_mul(p.k).saturating_mul(w);
    // Below one thread's worth of work the thread count (an atomic and a
    // thread-local lookup) is not even read: tiny calls are all overhead.
    let nt = if volume < 2 * VOLUME_PER_THREAD || pool::in_pool_thread() {
        1
    } else {
        opts.nthreads.unwrap_or_else(pool::num_threads).clamp(1, volume / VOLUME_PER_THREAD)
    };
    let small = match opts.small {
        SmallPath::Auto => volume <= SMALL_VOLUME,
        SmallPath::Never => false,
        SmallPath::Always => true,
    };
    if nt <= 1 && small {
        if p.a_sym.is_some() || p.b_sym.is_some() {
            // Packing does not pay here: expand the symmetric operand instead.
            let (dense, side_a) = expand_sym(&p);
            let s = Strided { ptr: dense.as_ptr(), rs: 1, cs: if side_a { p.m } else { p.k } as isize };
            let q = if side_a { Problem { a: s, a_sym: None, ..p } } else { Problem { b: s, b_sym: None, ..p } };
            small_path(kern, blk.kc, &q);
        } else {
            small_path(kern, blk.kc, &p);
        }
        return;
    }
    match p.tri {
        None => {
            let (tm, tn) = grid(p.m, p.n, kern.mr, kern.nr, nt);
            let rows = splits(p.m, kern.mr, tm);
            let cols = splits(p.n, kern.nr, tn);
            let p = &p;
            pool::for_each_task(tm * tn, nt, |t| {
                let (ti, tj) = (t % tm, t / tm);
                with_workspace(|ws| {
                    // SAFETY: tasks cover disjoint blocks of C; the caller vouches for the memory.
                    unsafe { blocked(kern, blk, p, rows[ti], rows[ti + 1], cols[tj], cols[tj + 1], ws) }
                })
            });
        }
        Some(uplo) => {
            let cols = triangle_splits(p.n, kern.nr, nt, uplo);
            let p = &p;
            pool::for_each_task(cols.len() - 1, nt, |t| {
                with_workspace(|ws| {
                    // SAFETY: as above.
                    unsafe { blocked(kern, blk, p, 0, p.m, cols[t], cols[t + 1], ws) }
                })
            });
        }
    }
}

/// `C := beta C` (the referenced triangle for gemmt); `beta = 0` writes zeros
/// without reading C, `beta = 1` leaves C alone.
unsafe fn scale_c<T: Scalar>(p: &Problem<T>) {
    if p.beta == T::one() {
        return;
    }
    for j in 0..p.n {
        let (r0, r1) = match p.tri {
            None => (0, p.m),
            Some(Uplo::Upper) => (0, (j + 1).min(p.m)),
            Some(Uplo::Lower) => (j.min(p.m), p.m),
        };
        for i in r0..r1 {
            let c = p.c.at_mut(i, j);
            *c = if p.beta.is_zero() { T::zero() } else { p.beta * *c };
        }
    }
}

/// The factorization `tm x tn` of at most `nt` tasks that packs the least
/// extra: splitting rows repacks B `tm` times, splitting columns repacks A `tn` times.
fn grid(m: usize, n: usize, mr: usize, nr: usize, nt: usize) -> (usize, usize) {
    let (mt, ntiles) = (m.div_ceil(mr), n.div_ceil(nr));
    let mut best = (1, 1);
    let mut best_cost = usize::MAX;
    for tm in 1..=nt {
        let tn = nt / tm;
        if tm * tn != nt || tm > mt || tn > ntiles {
            continue;
        }
        let cost = (tm - 1) * n + (tn - 1) * m;
        if cost < best_cost {
            best = (tm, tn);
            best_cost = cost;
        }
    }
    if best_cost == usize::MAX {
        // Too few tiles to give every thread one: split the longer side.
        return if mt >= ntiles { (nt.min(mt), 1) } else { (1, nt.min(ntiles)) };
    }
    best
}

/// `parts + 1` boundaries splitting `0..len` into near-equal runs of whole tiles.
fn splits(len: usize, tile: usize, parts: usize) -> Vec<usize> {
    let tiles = len.div_ceil(tile);
    (0..=parts).map(|p| (p * tiles / parts * tile).min(len)).collect()
}

/// Column boundaries splitting an `n x n` triangle into `nt` parts of about
/// equal area, on multiples of `nr`.
fn triangle_splits(n: usize, nr: usize, nt: usize, uplo: Uplo) -> Vec<usize> {
    let mut b = vec![0];
    for t in 1..nt {
        let f = t as f64 / nt as f64;
        // Upper: area left of column x grows as x^2; lower: as n^2 - (n-x)^2.
        let x = match uplo {
            Uplo::Upper => n as f64 * f.sqrt(),
            Uplo::Lower => n as f64 * (1.0 - (1.0 - f).sqrt()),
        };
        let x = ((x / nr as f64).round() as usize * nr).min(n);
        if x > *b.last().unwrap_or(&0) && x < n {
            b.push(x);
        }
    }
    b.push(n);
    b
}

/// The blocked algorithm on rows `i0..i1` and columns `j0..j1` of C; `i0` and
/// `j0` lie on tile boundaries.
#[allow(clippy::too_many_arguments)]
unsafe fn blocked<T: Scalar>(
    kern: &GemmKernels<T>,
    blk: Blocking,
    p: &Problem<T>,
    i0: usize,
    i1: usize,
    j0: usize,
    j1: usize,
    ws: &mut Workspace,
) {
    let (mr, nr) = (kern.mr, kern.nr);
    let mut jc = j0;
    while jc < j1 {
        let nc = blk.nc.min(j1 - jc);
        // gemmt: the rows this column block reaches, rounded out to tile boundaries.
        let (r0, r1) = match p.tri {
            None => (i0, i1),
            Some(Uplo::Upper) => (i0, i1.min(jc + nc)),
            Some(Uplo::Lower) => (i0.max(jc / mr * mr), i1),
        };
        if r0 < r1 {
            let mut pc = 0;
            while pc < p.k {
                let kc = blk.kc.min(p.k - pc);
                let bbuf = ws.b.get::<T>(nc.div_ceil(nr) * nr * kc);
                match p.b_sym {
                    None => (kern.pack_b)(p.b.at(pc, jc), p.b.rs, p.b.cs, kc, nc, p.conj_b, bbuf),
                    // B's panels are A-style panels of B^T.
                    Some(st) => {
                        pack_structured(kern.nr, kern.pack_b, false, p.b.t(), st.t(), jc, pc, nc, kc, p.conj_b, bbuf)
                    }
                }
                // beta applies once, with the first slice of the depth.
                let beta = if pc == 0 { p.beta } else { T::one() };
                let mut ic = r0;
                while ic < r1 {
                    let mc = blk.mc.min(r1 - ic);
                    let abuf = ws.a.get::<T>(mc.div_ceil(mr) * mr * kc);
                    match p.a_sym {
                        None => (kern.pack_a)(p.a.at(ic, pc), p.a.rs, p.a.cs, mc, kc, p.conj_a, abuf),
                        Some(st) => {
                            pack_structured(kern.mr, kern.pack_a, true, p.a, st, ic, pc, mc, kc, p.conj_a, abuf)
                        }
                    }
                    let tile = ws.tile.get::<T>(mr * nr);
                    macro_kernel(kern, p, kc, abuf, bbuf, beta, ic, mc, jc, nc, tile);
                    ic += mc;
                }
                pc += kc;
            }
        }
        jc += nc;
    }
}

/// Packs rows `i0..i0+rows`, depth `p0..p0+depth` of an operand `s` stored in
/// one triangle as `w`-row micro-panels, the layout `pack` (the kernel
/// table's A packer when `a_side`, else its B packer, which takes the same
/// block transposed) writes. Per panel, the depth range splits into the part
/// wholly inside the stored triangle (packed directly), the part wholly
/// across it (packed through transposed strides, conjugated when
/// Hermitian), and the `w x w` band around the diagonal, copied element by
/// element.
#[allow(clippy::too_many_arguments)]
unsafe fn pack_structured<T: Scalar>(
    w: usize,
    pack: PackA<T>,
    a_side: bool,
    s: Strided<T>,
    st: Structure,
    i0: usize,
    p0: usize,
    rows: usize,
    depth: usize,
    conj: bool,
    dst: *mut T,
) {
    // One panel's worth: `r x d` elements with row stride `rs`, depth stride `ds`.
    let one = |src: *const T, rs: isize, ds: isize, r: usize, d: usize, cj: bool, out: *mut T| {
        if d > 0 {
            // SAFETY: forwarded from the caller; `out` has room for `d * w` elements.
            unsafe {
                if a_side {
                    pack(src, rs, ds, r, d, cj, out)
                } else {
                    pack(src, ds, rs, d, r, cj, out)
                }
            }
        }
    };
    let lower = st.uplo() == Uplo::Lower;
    // Element (i, p) of the operand; only called in the band.
    let elem = |i: usize, p: usize| -> T {
        let stored = if lower { i >= p } else { i <= p };
        let x = match st {
            Structure::Sym { herm, .. } => {
                let x = if stored { *s.at(i, p) } else { *s.at(p, i) };
                let x = if !stored && herm { x.conj() } else { x };
                if i == p && herm {
                    T::from_real(x.re())
                } else {
                    x
                }
            }
        };
        if conj {
            x.conj()
        } else {
            x
        }
    };
    let p1 = p0 + depth;
    let mut q = 0;
    while q < rows {
        let (r0, r) = (i0 + q, w.min(rows - q));
        let panel = dst.add(q * depth);
        // Depth before the band, the band r0..r0+r, and after it.
        let lo = r0.clamp(p0, p1);
        let hi = (r0 + r).clamp(p0, p1);
        // Before the band p < i: stored for lower storage; after it p > i.
        let (stored_side, other_side) = if lower { ((p0, lo), (hi, p1)) } else { ((hi, p1), (p0, lo)) };
        let (a0, a1) = stored_side;
        one(s.at(r0, a0), s.rs, s.cs, r, a1 - a0, conj, panel.add((a0 - p0) * w));
        let (b0, b1) = other_side;
        let Structure::Sym { herm, .. } = st;
        let m = s.t();
        one(m.at(r0, b0), m.rs, m.cs, r, b1 - b0, conj != herm, panel.add((b0 - p0) * w));
        for p in lo..hi {
            for i in 0..w {
                let v = if i < r { elem(r0 + i, p) } else { T::zero() };
                *panel.add((p - p0) * w + i) = v;
            }
        }
        q += w;
    }
}

/// The symmetric operand of a small problem expanded to a dense column-major
/// matrix, and whether it is A (else B).
unsafe fn expand_sym<T: Scalar>(p: &Problem<T>) -> (Vec<T>, bool) {
    let (s, st, n, side_a) = match (p.a_sym, p.b_sym) {
        (Some(st), _) => (p.a, st, p.m, true),
        (None, Some(st)) => (p.b, st, p.n, false),
        (None, None) => unreachable!("expand_sym needs a symmetric operand"),
    };
    let Structure::Sym { uplo, herm } = st;
    let mut d: Vec<T> = Vec::with_capacity(n * n);
    let dp = d.as_mut_ptr();
    let mirror = |x: T| if herm { x.conj() } else { x };
    // Column j of the stored triangle goes to column j, and mirrored to row j.
    for j in 0..n {
        let stored = if uplo == Uplo::Lower { j + 1..n } else { 0..j };
        for i in stored {
            let x = *s.at(i, j);
            dp.add(i + j * n).write(x);
            dp.add(j + i * n).write(mirror(x));
        }
        let x = *s.at(j, j);
        dp.add(j + j * n).write(if herm { T::from_real(x.re()) } else { x });
    }
    // SAFETY: every one of the n * n elements was written above.
    d.set_len(n * n);
    (d, side_a)
}

/// Where a tile lies relative to gemmt's triangle.
#[derive(PartialEq, Eq)]
enum TilePart {
    Outside,
    Inside,
    Diagonal,
}

#[inline(always)]
fn classify(tri: Option<Uplo>, i: usize, m: usize, j: usize, n: usize) -> TilePart {
    let (ilast, jlast) = (i + m - 1, j + n - 1);
    match tri {
        None => TilePart::Inside,
        Some(Uplo::Upper) if ilast <= j => TilePart::Inside,
        Some(Uplo::Upper) if i > jlast => TilePart::Outside,
        Some(Uplo::Lower) if i >= jlast => TilePart::Inside,
        Some(Uplo::Lower) if ilast < j => TilePart::Outside,
        _ => TilePart::Diagonal,
    }
}

/// The `jr`/`ir` loops over one packed A block and one packed B panel.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
unsafe fn macro_kernel<T: Scalar>(
    kern: &GemmKernels<T>,
    p: &Problem<T>,
    kc: usize,
    abuf: *const T,
    bbuf: *const T,
    beta: T,
    ic: usize,
    mc: usize,
    jc: usize,
    nc: usize,
    tile: *mut T,
) {
    let (mr, nr) = (kern.mr, kern.nr);
    let (rs, cs) = (p.c.rs, p.c.cs);
    let mut jr = 0;
    while jr < nc {
        let n = nr.min(nc - jr);
        let bp = bbuf.add(jr * kc);
        let mut ir = 0;
        while ir < mc {
            let m = mr.min(mc - ir);
            let ap = abuf.add(ir * kc);
            let (gi, gj) = (ic + ir, jc + jr);
            let c = p.c.at_mut(gi, gj);
            match classify(p.tri, gi, m, gj, n) {
                TilePart::Inside if m + kern.lanes <= mr => {
                    // A short last panel: a kernel with only the vectors it
                    // needs (not the zero padding), reading the packed
                    // operands in place. Each element's arithmetic is the
                    // packed kernel's, so results do not change.
                    let vecs = (m + kern.lanes - 1) >> kern.lanes.trailing_zeros();
                    let direct = kern.direct[vecs - 1];
                    direct(kc, p.alpha, ap, mr as isize, bp, nr as isize, 1, false, beta, c, rs, cs, m, n)
                }
                TilePart::Inside => (kern.kernel)(kc, p.alpha, ap, bp, beta, c, rs, cs, m, n),
                TilePart::Outside => {}
                TilePart::Diagonal => {
                    let tri = p.tri.unwrap_or(Uplo::Upper);
                    diagonal_tile(tri, gi, gj, m, n, mr, beta, c, rs, cs, tile, |t, trs, tcs| {
                        (kern.kernel)(kc, p.alpha, ap, bp, beta, t, trs, tcs, m, n)
                    });
                }
            }
            ir += mr;
        }
        jr += nr;
    }
}

/// A tile of C crossing gemmt's diagonal: `run` computes it on a copy (the
/// triangle's elements, zeros elsewhere; `beta = 0` reads nothing), and only
/// the triangle is written back. The arithmetic is that of a full tile.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
unsafe fn diagonal_tile<T: Scalar>(
    tri: Uplo,
    gi: usize,
    gj: usize,
    m: usize,
    n: usize,
    mr: usize,
    beta: T,
    c: *mut T,
    rs: isize,
    cs: isize,
    tile: *mut T,
    run: impl FnOnce(*mut T, isize, isize),
) {
    // Rows `lo..hi` of column j lie in the triangle.
    let rows = |j: usize| -> (usize, usize) {
        let d = (gj + j) as isize - gi as isize;
        match tri {
            Uplo::Upper => (0, (d + 1).clamp(0, m as isize) as usize),
            Uplo::Lower => (d.clamp(0, m as isize) as usize, m),
        }
    };
    let read = !beta.is_zero();
    for j in 0..n {
        let (lo, hi) = rows(j);
        let (tc, cc) = (tile.add(j * mr), c.offset(j as isize * cs));
        for i in 0..m {
            *tc.add(i) = if read && (lo..hi).contains(&i) { *cc.offset(i as isize * rs) } else { T::zero() };
        }
    }
    run(tile, 1, mr as isize);
    for j in 0..n {
        let (lo, hi) = rows(j);
        let (tc, cc) = (tile.add(j * mr), c.offset(j as isize * cs));
        for i in lo..hi {
            *cc.offset(i as isize * rs) = *tc.add(i);
        }
    }
}

/// Elements of the largest register tile (`mr * nr`) of any kernel table (a
/// table whose tile is larger does not compile);
/// the small path keeps one gemmt diagonal tile on the stack.
pub(crate) const MAX_TILE: usize = 512;

/// Small problems: no packing of B, and A read in place when its columns are
/// contiguous. A row panel shorter than the tile takes the kernel with the
/// fewest vectors that covers it (its last vector loaded masked); a
/// transposed or conjugated A is packed, one panel at a time.
///
/// The depth is cut at multiples of `kc` exactly as the blocked path cuts it,
/// so both paths do the same arithmetic on every element and the choice
/// between them (which depends on the thread count) never changes a result.
unsafe fn small_path<T: Scalar>(kern: &GemmKernels<T>, kc: usize, p: &Problem<T>) {
    let (mr, lanes) = (kern.mr, kern.lanes);
    let in_place = p.a.rs == 1 && !(p.conj_a && T::IS_COMPLEX);
    let mut ir = 0;
    while ir < p.m {
        let left = p.m - ir;
        // A last panel of one vector would be bound by its loads (one B
        // broadcast per FMA): when the tile has three vectors or more, the
        // last two panels share the rows instead (a shorter panel here, two
        // vectors or more there). Each element's arithmetic is the same in
        // any panel, so this changes no result.
        let m = if left > mr && left - mr <= lanes && mr >= 3 * lanes { mr - lanes } else { mr.min(left) };
        // `lanes` is a power of two: a shift, not a division, per panel.
        let vecs = (m + lanes - 1) >> lanes.trailing_zeros();
        let kernel = kern.direct[vecs - 1];
        if in_place {
            small_panel(kern, kc, p, kernel, ir, m, p.a.at(ir, 0), p.a.cs);
        } else {
            small_panel_packed(kern, kc, p, kernel, ir, m);
        }
        ir += m;
    }
}

/// A row panel of the small path whose rows of op(A) are not contiguous: packed
/// into this thread's scratch first. A function of its own, so that the
/// thread-local lookup is not hoisted into the in-place path.
#[inline(never)]
unsafe fn small_panel_packed<T: Scalar>(
    kern: &GemmKernels<T>,
    kc: usize,
    p: &Problem<T>,
    kernel: super::kernel::DirectKernel<T>,
    ir: usize,
    m: usize,
) {
    let mr = kern.mr;
    with_workspace(|ws| {
        let buf = ws.a.get::<T>(mr * p.k);
        // SAFETY: `buf` holds `mr * k` elements, one packed panel; the
        // caller vouches for A's rows `ir..ir+m`.
        unsafe {
            (kern.pack_a)(p.a.at(ir, 0), p.a.rs, p.a.cs, m, p.k, p.conj_a, buf);
            small_panel(kern, kc, p, kernel, ir, m, buf, mr as isize);
        }
    });
}

/// One row panel of the small path: every `nr`-column tile against rows
/// `ir..ir+m` of op(A), read from `ap` with `lda` elements per depth step;
/// the depth in slices of `kc`, `beta` applied with the first. A full
/// product takes one kernel call per slice; gemmt goes tile by tile, since
/// tiles on the diagonal go through a scratch tile and those off the
/// triangle are skipped.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
unsafe fn small_panel<T: Scalar>(
    kern: &GemmKernels<T>,
    kc: usize,
    p: &Problem<T>,
    kernel: super::kernel::DirectKernel<T>,
    ir: usize,
    m: usize,
    ap: *const T,
    lda: isize,
) {
    if p.tri.is_none() {
        // The kernel sweeps the whole row panel; the depth in `kc` slices.
        let mut pc = 0;
        while pc < p.k {
            let kb = kc.min(p.k - pc);
            let beta = if pc == 0 { p.beta } else { T::one() };
            let (a, b, c) = (ap.offset(pc as isize * lda), p.b.at(pc, 0), p.c.at_mut(ir, 0));
            kernel(kb, p.alpha, a, lda, b, p.b.rs, p.b.cs, p.conj_b, beta, c, p.c.rs, p.c.cs, m, p.n);
            pc += kb;
        }
        return;
    }
    let nr = kern.nr;
    let mut jr = 0;
    while jr < p.n {
        let n = nr.min(p.n - jr);
        let c = p.c.at_mut(ir, jr);
        let part = classify(p.tri, ir, m, jr, n);
        let mut pc = 0;
        while pc < p.k && part != TilePart::Outside {
            let kb = kc.min(p.k - pc);
            let beta = if pc == 0 { p.beta } else { T::one() };
            let (a, b) = (ap.offset(pc as isize * lda), p.b.at(pc, jr));
            if part == TilePart::Inside {
                kernel(kb, p.alpha, a, lda, b, p.b.rs, p.b.cs, p.conj_b, beta, c, p.c.rs, p.c.cs, m, n);
            } else {
                let tri = p.tri.unwrap_or(Uplo::Upper);
                let mut tile = [core::mem::MaybeUninit::<T>::uninit(); MAX_TILE];
                let t = tile.as_mut_ptr() as *mut T;
                diagonal_tile(tri, ir, jr, m, n, kern.mr, beta, c, p.c.rs, p.c.cs, t, |t, trs, tcs| {
                    kernel(kb, p.alpha, a, lda, b, p.b.rs, p.b.cs, p.conj_b, beta, t, trs, tcs, m, n)
                });
            }
            pc += kb;
        }
        jr += nr;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_fall_on_tiles() {
        assert_eq!(splits(10, 4, 2), vec![0, 4, 10]);
        assert_eq!(splits(9, 3, 3), vec![0, 3, 6, 9]);
        let t = triangle_splits(100, 4, 2, Uplo::Upper);
        assert_eq!(t.len(), 3);
        assert!(t[1] > 50);
        assert_eq!(t[1] % 4, 0);
        let t = triangle_splits(100, 4, 2, Uplo::Lower);
        assert!(t[1] < 50);
        assert_eq!(t[1] % 4, 0);
    }

    #[test]
    fn grid_prefers_the_cheaper_split() {
        assert_eq!(grid(10000, 64, 8, 6, 2), (2, 1));
        assert_eq!(grid(64, 10000, 8, 6, 2), (1, 2));
        assert_eq!(grid(4, 4, 8, 6, 2), (1, 1));
    }
}
