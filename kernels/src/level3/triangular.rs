//! TRMM and TRSM: `B := alpha op(A) B`, `B := alpha B op(A)` and the solves
//! `op(A) X = alpha B`, `X op(A) = alpha B`, with A triangular, in place.
//!
//! Every case is first reduced to one canonical form: the triangle on the
//! left (a right-side call works on `B^T`, since `X op(A) = B` is
//! `op(A)^T X^T = B^T`), with `op` folded into the triangle's strides, its
//! lower/upper sense and a conjugation flag. Each column of B is then its own
//! problem, and the rows are cut recursively: the off-diagonal block becomes
//! one GEMM (the engine, threaded), and pieces of at most [`BASE`] rows are
//! solved or multiplied by a small kernel that holds a block of columns in a
//! local buffer.
//!
//! # The canonical order
//!
//! Each element of the result is computed by the same operations in the same
//! order whatever the shape of the call: the number of columns (rows, from
//! the right), the thread count, and the part of a larger triangle passed,
//! as long as it keeps the recurrence's origin. The origin is the row the
//! recurrence starts from in its canonical form: the first row of a lower
//! triangle, the last row of an upper one (a solve starts there; a multiply
//! reads from there). So the leading `k x k` of a lower problem, or the
//! trailing one of an upper problem, gives its rows the bits the whole
//! problem gives them. This holds because:
//!
//! - the cuts are anchored at the origin: a piece of `rows > BASE` rows is cut
//!   so that the part next to the origin is full, half the least power of
//!   two times `BASE` that holds `rows` (`split_half`). These are the nodes
//!   of one binary tree over `0, BASE, 2 BASE, ...` counted from the origin;
//!   a smaller call only prunes it. Row i's path down that tree, and so the
//!   GEMM updates it receives (each with a fixed depth, a node's full half,
//!   each added the way the GEMM driver adds its KC slices), depends only on
//!   its distance from the origin. A solve adds them from the coarsest node
//!   to the finest (`alpha` goes in as the first update's `beta`, or, in a
//!   piece with no update, in the small kernel); a multiply from the finest
//!   to the coarsest, after the small kernel;
//! - the GEMM driver computes each element of its C the same way whatever
//!   m and n, and at any thread count;
//! - the small kernel keeps one lane per column and takes the rows in blocks
//!   of `R` counted from the origin, so an element's sum over the rows of its
//!   piece runs in an order fixed by its distance from the origin, neither by
//!   the piece's height nor by the number of columns (or their split over
//!   threads).
//!
//! A multiply first cuts the rows into chunks of [`CHUNK`] rows counted from
//! the origin, runs the recursion on each chunk's own triangle, and adds the
//! rest of the chunk's rows of T (between the chunk and the origin) as one
//! GEMM afterwards: for row i, the recursion's result within its chunk, then
//! that GEMM, whose depth is fixed by the chunk's distance from the origin.
//! A call of at most `CHUNK` rows is one chunk, the same tree.
//!
//! TRMM once ran large calls as one GEMM on the packed triangle: a second
//! order, different from the recursion's, chosen by size. It is gone.

use super::driver::{self, Problem, Strided};
use super::{GemmKernels, GemmOptions};
use crate::arch::Simd;
use crate::enums::{Diag, Side, Trans, Uplo};
use crate::pool;
use crate::scalar::Scalar;
use crate::views::{MatMut, MatRef};

/// Rows of B the small-triangle kernel keeps in registers at a time.
const R: usize = 4;

/// Rows of the largest triangle handled without a further GEMM split.
pub(crate) const BASE: usize = 32;

/// `B := alpha op(A) B` (`Side::Left`, A is `m x m`) or `B := alpha B op(A)`
/// (`Side::Right`, A is `n x n`), A triangular (`uplo`; `Diag::Unit` takes its
/// diagonal as ones, unread), B `m x n`. Panics when shapes disagree.
#[allow(clippy::too_many_arguments)]
pub fn trmm<T: Scalar>(side: Side, uplo: Uplo, trans: Trans, diag: Diag, alpha: T, a: MatRef<'_, T>, b: MatMut<'_, T>) {
    triangular_with(&T::kernels().gemm, &GemmOptions::default(), Op::Multiply, side, uplo, trans, diag, alpha, a, b)
}

/// Solves `op(A) X = alpha B` (`Side::Left`) or `X op(A) = alpha B`
/// (`Side::Right`) for X, overwriting B; A as in [`trmm`]. A singular A
/// (a zero on its diagonal) gives infinities or NaNs, as in the reference.
#[allow(clippy::too_many_arguments)]
pub fn trsm<T: Scalar>(side: Side, uplo: Uplo, trans: Trans, diag: Diag, alpha: T, a: MatRef<'_, T>, b: MatMut<'_, T>) {
    triangular_with(&T::kernels().gemm, &GemmOptions::default(), Op::Solve, side, uplo, trans, diag, alpha, a, b)
}

/// Which triangular operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// TRMM: multiply by the triangle.
    Multiply,
    /// TRSM: solve with the triangle.
    Solve,
}

/// [`trmm`] or [`trsm`] with an explicit kernel table and engine options
/// (tests, benchmarks).
#[allow(clippy::too_many_arguments)]
pub fn triangular_with<T: Scalar>(
    kern: &GemmKernels<T>,
    opts: &GemmOptions,
    op: Op,
    side: Side,
    uplo: Uplo,
    trans: Trans,
    diag: Diag,
    alpha: T,
    a: MatRef<'_, T>,
    mut b: MatMut<'_, T>,
) {
    let (m, n) = (b.nrows(), b.ncols());
    let ka = if side == Side::Left { m } else { n };
    assert!(a.nrows() == ka && a.ncols() == ka, "trmm/trsm: operand shapes disagree");
    let sa = Strided { ptr: a.as_ptr(), rs: a.row_stride(), cs: a.col_stride() };
    let sb = Strided { ptr: b.as_mut_ptr() as *const T, rs: b.row_stride(), cs: b.col_stride() };
    // SAFETY: the views guarantee their memory; B is borrowed mutably, so it
    // cannot alias A.
    unsafe { run(kern, opts, op, side, uplo, trans, diag, m, n, alpha, sa, sb) }
}

/// Raw-pointer entry for the C ABI: [`trmm`] or [`trsm`] on column-major operands.
///
/// # Safety
/// Arguments valid as the reference BLAS requires: A holds the `uplo`
/// triangle of a `ka x ka` matrix (`ka = m` left, `n` right) with `lda >= ka`
/// (read only when `alpha != 0`), B holds `m x n` with `ldb >= m` and does not
/// overlap A.
#[allow(clippy::too_many_arguments)]
pub unsafe fn triangular_raw<T: Scalar>(
    op: Op,
    side: Side,
    uplo: Uplo,
    trans: Trans,
    diag: Diag,
    m: usize,
    n: usize,
    alpha: T,
    a: *const T,
    lda: usize,
    b: *mut T,
    ldb: usize,
) {
    let sa = Strided { ptr: a, rs: 1, cs: lda as isize };
    let sb = Strided { ptr: b as *const T, rs: 1, cs: ldb as isize };
    // SAFETY: forwarded contract.
    unsafe { run(&T::kernels().gemm, &GemmOptions::default(), op, side, uplo, trans, diag, m, n, alpha, sa, sb) }
}

/// The canonical triangle: element `(i, j)` of the operator is `a.at(i, j)`
/// (conjugated when `conj`), nonzero only on and below the diagonal when
/// `lower`, on and above otherwise; `unit` takes the diagonal as ones.
#[derive(Clone, Copy)]
pub(crate) struct Tri<T> {
    a: Strided<T>,
    conj: bool,
    lower: bool,
    unit: bool,
}

impl<T: Scalar> Tri<T> {
    #[inline(always)]
    unsafe fn get(&self, i: usize, j: usize) -> T {
        // SAFETY: callers stay inside the referenced triangle.
        let x = unsafe { *self.a.at(i, j) };
        if self.conj {
            x.conj()
        } else {
            x
        }
    }

    /// The diagonal block `i0..i0+len`.
    fn block(&self, i0: usize) -> Tri<T> {
        Tri { a: Strided { ptr: self.a.at(i0, i0), ..self.a }, ..*self }
    }
}

#[allow(clippy::too_many_arguments)]
unsafe fn run<T: Scalar>(
    kern: &GemmKernels<T>,
    opts: &GemmOptions,
    op: Op,
    side: Side,
    uplo: Uplo,
    trans: Trans,
    diag: Diag,
    m: usize,
    n: usize,
    alpha: T,
    a: Strided<T>,
    b: Strided<T>,
) {
    if m == 0 || n == 0 {
        return;
    }
    if alpha.is_zero() {
        // The reference sets B to zero without reading A or B.
        for j in 0..n {
            for i in 0..m {
                // SAFETY: (i, j) lies inside B.
                unsafe { *b.at_mut(i, j) = T::zero() };
            }
        }
        return;
    }
    let conj = trans == Trans::ConjTrans && T::IS_COMPLEX;
    let lower = uplo == Uplo::Lower;
    // Left: op(A) itself; right: op(A)^T, acting on B^T.
    let transposed = (side == Side::Left) == trans.is_trans();
    let tri = Tri { a: if transposed { a.t() } else { a }, conj, lower: lower != transposed, unit: diag == Diag::Unit };
    let (b, rows, cols) = if side == Side::Left { (b, m, n) } else { (b.t(), n, m) };
    // SAFETY: forwarded contract.
    unsafe {
        match op {
            Op::Multiply => multiply_chunked(kern, opts, alpha, tri, rows, b, cols),
            Op::Solve => recurse(kern, opts, op, alpha, tri, rows, b, cols),
        }
    }
}

/// Rows of one chunk of a multiply (a power of two times [`BASE`], so that a
/// chunk's recursion is the tree a call of up to this many rows runs).
const CHUNK: usize = 256;

/// The canonical multiply `B := alpha T B` in chunks of [`CHUNK`] rows counted
/// from the origin (the last one, farthest from it, may be short): each
/// chunk's own triangle by the recursion, then the part of T between the
/// chunk and the origin as one GEMM, whose depth (a whole number of chunks)
/// starts at the origin for lower and at the chunk for upper. Chunks go
/// from the farthest to the origin, so each reads rows of B still intact.
/// This keeps the recursion's short-depth GEMMs inside a chunk, and does the
/// rest as deep GEMMs, nearly as fast as one GEMM over the packed triangle.
#[allow(clippy::too_many_arguments)]
unsafe fn multiply_chunked<T: Scalar>(
    kern: &GemmKernels<T>,
    opts: &GemmOptions,
    alpha: T,
    t: Tri<T>,
    rows: usize,
    b: Strided<T>,
    cols: usize,
) {
    let chunks = rows.div_ceil(CHUNK);
    for q in (0..chunks).rev() {
        let (c0, c1) = if t.lower {
            (q * CHUNK, rows.min(q * CHUNK + CHUNK))
        } else {
            ((rows - q * CHUNK).saturating_sub(CHUNK), rows - q * CHUNK)
        };
        let bc = Strided { ptr: b.at(c0, 0), ..b };
        // SAFETY: rows c0..c1 of B and the chunk's diagonal block of T.
        unsafe { recurse(kern, opts, Op::Multiply, alpha, t.block(c0), c1 - c0, bc, cols) };
        // The rest of the chunk's rows of T: columns ..c0 (lower) or c1.. (upper).
        let (p0, k) = if t.lower { (0, c0) } else { (c1, rows - c1) };
        if k > 0 {
            let a = Strided { ptr: t.a.at(c0, p0), ..t.a };
            let x = Strided { ptr: b.at(p0, 0), ..b };
            let p = Problem::new(c1 - c0, cols, k, alpha, a, t.conj, x, false, T::one(), bc);
            // SAFETY: forwarded contract; the chunk's rows of B (C) are
            // disjoint from the rows it reads (X).
            unsafe { driver::run(kern, opts, p) }
        }
    }
}

/// The canonical problem on `rows x cols` of B: `B := alpha T B` or
/// `B := T^{-1} (alpha B)`.
#[allow(clippy::too_many_arguments)]
unsafe fn recurse<T: Scalar>(
    kern: &GemmKernels<T>,
    opts: &GemmOptions,
    op: Op,
    alpha: T,
    t: Tri<T>,
    rows: usize,
    b: Strided<T>,
    cols: usize,
) {
    if rows <= BASE {
        // SAFETY: forwarded contract.
        return unsafe { base(kern, opts, op, alpha, t, rows, b, cols) };
    }
    // The cut is anchored at the recurrence's origin (see the module doc):
    // the part next to it is full, `half` rows, a power of two times BASE.
    let half = split_half(rows);
    let n1 = if t.lower { half } else { rows - half };
    let n2 = rows - n1;
    let (t11, t22) = (t.block(0), t.block(n1));
    let (b1, b2) = (b, Strided { ptr: b.at(n1, 0), ..b });
    // The off-diagonal block: T21 (rows n1.., columns ..n1) or T12.
    let (t21, t12) = (Strided { ptr: t.a.at(n1, 0), ..t.a }, Strided { ptr: t.a.at(0, n1), ..t.a });
    let gemm = |m: usize, k: usize, alpha: T, a: Strided<T>, x: Strided<T>, beta: T, c: Strided<T>| {
        let p = Problem::new(m, cols, k, alpha, a, t.conj, x, false, beta, c);
        // SAFETY: forwarded contract; `c` is disjoint from `a` and `x`.
        unsafe { driver::run(kern, opts, p) }
    };
    // SAFETY (all recursive calls): the halves are disjoint row blocks of B.
    unsafe {
        match (op, t.lower) {
            // [B1; B2] := alpha [T11 0; T21 T22] [B1; B2]: B2 first, while B1 is intact.
            (Op::Multiply, true) => {
                recurse(kern, opts, op, alpha, t22, n2, b2, cols);
                gemm(n2, n1, alpha, t21, b1, T::one(), b2);
                recurse(kern, opts, op, alpha, t11, n1, b1, cols);
            }
            (Op::Multiply, false) => {
                recurse(kern, opts, op, alpha, t11, n1, b1, cols);
                gemm(n1, n2, alpha, t12, b2, T::one(), b1);
                recurse(kern, opts, op, alpha, t22, n2, b2, cols);
            }
            // X1 = T11^{-1} alpha B1, then X2 = T22^{-1} (alpha B2 - T21 X1).
            (Op::Solve, true) => {
                recurse(kern, opts, op, alpha, t11, n1, b1, cols);
                gemm(n2, n1, -T::one(), t21, b1, alpha, b2);
                recurse(kern, opts, op, T::one(), t22, n2, b2, cols);
            }
            (Op::Solve, false) => {
                recurse(kern, opts, op, alpha, t22, n2, b2, cols);
                gemm(n1, n2, -T::one(), t12, b2, alpha, b1);
                recurse(kern, opts, op, T::one(), t11, n1, b1, cols);
            }
        }
    }
}

/// The rows of the full part of a canonical cut of `rows > BASE` rows: half
/// of the least power of two times [`BASE`] that holds them, so at least
/// half of the rows and less than all of them.
fn split_half(rows: usize) -> usize {
    debug_assert!(rows > BASE);
    (rows.div_ceil(BASE).next_power_of_two() / 2) * BASE
}

/// Least `rows * rows * cols` worth splitting the small kernel's columns over threads.
const BASE_VOLUME_PER_THREAD: usize = 1 << 18;

/// The small triangle (`rows <= BASE`) against all columns of B, in blocks of
/// the kernel's width, split over the pool when there are many.
#[allow(clippy::too_many_arguments)]
unsafe fn base<T: Scalar>(
    kern: &GemmKernels<T>,
    opts: &GemmOptions,
    op: Op,
    alpha: T,
    t: Tri<T>,
    rows: usize,
    b: Strided<T>,
    cols: usize,
) {
    let width = kern.tri_cols;
    let blocks = cols.div_ceil(width);
    let mut nt = opts.nthreads.unwrap_or_else(pool::num_threads).max(1);
    if pool::in_pool_thread() {
        nt = 1;
    }
    let volume = rows * rows * cols * if T::IS_COMPLEX { 4 } else { 1 };
    nt = nt.min(volume / BASE_VOLUME_PER_THREAD).max(1).min(blocks);
    // The diagonal to multiply by, reciprocals for a solve: one division per
    // row here rather than one per row and column. The reciprocal of a complex
    // diagonal is Smith's: the textbook formula squares |a_ii| and gives 0 or
    // NaN for 1/(3e37(1+i)) in single precision or 1/(1e300(1+i)) in double.
    let mut diag = [T::one(); BASE];
    if !t.unit {
        for (i, d) in diag.iter_mut().enumerate().take(rows) {
            // SAFETY: the diagonal is referenced.
            let v = unsafe { t.get(i, i) };
            *d = if op == Op::Solve { crate::level2::div(T::one(), v) } else { v };
        }
    }
    let run_blocks = |first: usize, last: usize| {
        for q in first..last {
            let j0 = q * width;
            let w = width.min(cols - j0);
            // SAFETY: columns j0..j0+w of B; blocks are disjoint.
            unsafe { (kern.tri_block)(op, alpha, &t, &diag, rows, Strided { ptr: b.at(0, j0), ..b }, w) };
        }
    };
    if nt <= 1 {
        run_blocks(0, blocks);
    } else {
        let per = blocks.div_ceil(nt);
        pool::for_each_task(nt, nt, |task| run_blocks((task * per).min(blocks), ((task + 1) * per).min(blocks)));
    }
}

/// `s * v` for a scalar `s` of the element type (complex: `v` holds `(re, im)` pairs).
#[inline(always)]
unsafe fn scale_vec<S: Simd, T: Scalar<Real = S::E>>(s: T, v: S::V) -> S::V {
    if T::IS_COMPLEX {
        S::fma(S::splat(s.re()), v, S::mul(S::splat_pair(-s.im(), s.im()), S::swap_pairs(v)))
    } else {
        S::mul(S::splat(s.re()), v)
    }
}

/// `acc[r] += s(r, p) * x[p]` (or `-=` with `NEG`) for the first `NR` rows
/// of a block starting at row `i0`, over the columns `ps` of the triangle.
#[inline(always)]
unsafe fn rows_update<S: Simd, T: Scalar<Real = S::E>, const NEG: bool, const NR: usize>(
    acc: &mut [[S::V; 2]; R],
    t: &Tri<T>,
    i0: usize,
    x: &[[S::V; 2]; BASE],
    ps: core::ops::Range<usize>,
) {
    for p in ps {
        let xp = x[p];
        for (r, a) in acc.iter_mut().take(NR).enumerate() {
            let s = t.get(i0 + r, p);
            if !T::IS_COMPLEX && NEG {
                let b = S::splat(s.re());
                *a = [S::fnma(b, xp[0], a[0]), S::fnma(b, xp[1], a[1])];
            } else {
                let s = if NEG { -s } else { s };
                *a = [axpy_vec::<S, T>(a[0], s, xp[0]), axpy_vec::<S, T>(a[1], s, xp[1])];
            }
        }
    }
}

/// `acc + s * v`.
#[inline(always)]
unsafe fn axpy_vec<S: Simd, T: Scalar<Real = S::E>>(acc: S::V, s: T, v: S::V) -> S::V {
    if T::IS_COMPLEX {
        S::fma(S::splat(s.re()), v, S::fma(S::splat_pair(-s.im(), s.im()), S::swap_pairs(v), acc))
    } else {
        S::fma(S::splat(s.re()), v, acc)
    }
}

/// One block of at most [`tri_cols`](super::GemmKernels) columns of B (two
/// vectors' worth): loaded into register-sized rows with the columns side by
/// side (so each triangle element meets all of them at once), multiplied or
/// solved, and written back. `diag` holds the diagonal to multiply by: T's
/// own (multiply) or its reciprocals (solve); ones for a unit triangle.
/// Instantiated per ISA by [`gemm_isa!`](crate::gemm_isa).
///
/// # Safety
/// `t` describes a readable triangle of at least `rows` rows; `b` holds
/// `rows x w` writable elements, `w <= 2 * S::LANES / (1 + T::IS_COMPLEX)`,
/// `rows <= BASE`.
#[inline(always)]
pub(crate) unsafe fn base_block<S: Simd, T: Scalar<Real = S::E>>(
    op: Op,
    alpha: T,
    t: &Tri<T>,
    diag: &[T; BASE],
    rows: usize,
    b: Strided<T>,
    w: usize,
) {
    let l = S::LANES;
    let per = if T::IS_COMPLEX { 2 } else { 1 };
    let full = w * per == 2 * l && b.cs == 1;
    let mut x = [[S::zero(); 2]; BASE];
    if full {
        for (i, xi) in x.iter_mut().enumerate().take(rows) {
            let src = b.at(i, 0) as *const S::E;
            *xi = [S::load(src), S::load(src.add(l))];
        }
    } else {
        // Element by element into x's memory first, all rows before any
        // vector reload, so no load waits on a store it only partly overlaps.
        let xs = x.as_mut_ptr() as *mut S::E;
        for i in 0..rows {
            for j in 0..w {
                let v = *b.at(i, j);
                *xs.add(i * 2 * l + j * per) = v.re();
                if T::IS_COMPLEX {
                    *xs.add(i * 2 * l + j * per + 1) = v.im();
                }
            }
        }
    }
    if alpha != T::one() {
        for xi in x.iter_mut().take(rows) {
            *xi = [scale_vec::<S, T>(alpha, xi[0]), scale_vec::<S, T>(alpha, xi[1])];
        }
    }
    // Rows go in blocks of R, their accumulators in registers: each row of B
    // loaded meets R elements of T. The blocks are counted from the
    // recurrence's origin (the first row for lower, the last for upper), so a
    // short block is the one farthest from it and every row's block, and with
    // it the order of its sums, is the same whatever `rows` is. Solving walks
    // them from the origin, so that the rows it reads are already solved;
    // multiplying walks them towards it, so that the rows it reads are still
    // the original ones.
    let blocks = rows.div_ceil(R);
    for g in 0..blocks {
        let g = if op == Op::Solve { g } else { blocks - 1 - g };
        let (i0, end) =
            if t.lower { (g * R, rows.min(g * R + R)) } else { ((rows - g * R).saturating_sub(R), rows - g * R) };
        let nr = end - i0;
        // Rows of B outside the block that the block's rows combine with.
        let outside = if t.lower { 0..i0 } else { i0 + nr..rows };
        let mut acc = [[S::zero(); 2]; R];
        if op == Op::Solve {
            acc[..nr].copy_from_slice(&x[i0..i0 + nr]);
        }
        // SAFETY: rows i0..i0+nr and the columns `outside` lie in the triangle.
        unsafe {
            match (op, nr) {
                (Op::Multiply, R) => rows_update::<S, T, false, R>(&mut acc, t, i0, &x, outside),
                (Op::Solve, R) => rows_update::<S, T, true, R>(&mut acc, t, i0, &x, outside),
                (Op::Multiply, 3) => rows_update::<S, T, false, 3>(&mut acc, t, i0, &x, outside),
                (Op::Solve, 3) => rows_update::<S, T, true, 3>(&mut acc, t, i0, &x, outside),
                (Op::Multiply, 2) => rows_update::<S, T, false, 2>(&mut acc, t, i0, &x, outside),
                (Op::Solve, 2) => rows_update::<S, T, true, 2>(&mut acc, t, i0, &x, outside),
                (Op::Multiply, _) => rows_update::<S, T, false, 1>(&mut acc, t, i0, &x, outside),
                (Op::Solve, _) => rows_update::<S, T, true, 1>(&mut acc, t, i0, &x, outside),
            }
        }
        // The triangle inside the block.
        let inside = |r: usize| if t.lower { i0..i0 + r } else { i0 + r + 1..i0 + nr };
        match op {
            Op::Multiply => {
                for (r, a) in acc.iter_mut().enumerate().take(nr) {
                    for p in inside(r) {
                        let s = t.get(i0 + r, p);
                        *a = [axpy_vec::<S, T>(a[0], s, x[p][0]), axpy_vec::<S, T>(a[1], s, x[p][1])];
                    }
                    let (d, xi) = (diag[i0 + r], x[i0 + r]);
                    *a = [axpy_vec::<S, T>(a[0], d, xi[0]), axpy_vec::<S, T>(a[1], d, xi[1])];
                }
            }
            Op::Solve => {
                let order: [usize; R] = core::array::from_fn(|r| if t.lower { r } else { R - 1 - r });
                for &r in order.iter().filter(|&&r| r < nr) {
                    let d = diag[i0 + r];
                    let xr = [scale_vec::<S, T>(d, acc[r][0]), scale_vec::<S, T>(d, acc[r][1])];
                    acc[r] = xr;
                    // Rows of the block still to solve that depend on row r.
                    let later = if t.lower { r + 1..nr } else { 0..r };
                    for r2 in later {
                        let s = -t.get(i0 + r2, i0 + r);
                        acc[r2] = [axpy_vec::<S, T>(acc[r2][0], s, xr[0]), axpy_vec::<S, T>(acc[r2][1], s, xr[1])];
                    }
                }
            }
        }
        x[i0..i0 + nr].copy_from_slice(&acc[..nr]);
    }
    if full {
        for (i, xi) in x.iter().enumerate().take(rows) {
            let dst = b.at_mut(i, 0) as *mut S::E;
            S::store(dst, xi[0]);
            S::store(dst.add(l), xi[1]);
        }
    } else {
        let xs = x.as_ptr() as *const S::E;
        for i in 0..rows {
            for j in 0..w {
                let re = *xs.add(i * 2 * l + j * per);
                *b.at_mut(i, j) =
                    if T::IS_COMPLEX { T::from_parts(re, *xs.add(i * 2 * l + j * per + 1)) } else { T::from_real(re) };
            }
        }
    }
}
