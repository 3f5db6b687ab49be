//! BLAS extensions that programs written for OpenBLAS and MKL call:
//! `?omatcopy`, `?imatcopy`, `?geadd`, the batched GEMMs
//! (`?gemm_batch_strided`, MKL's grouped `?gemm_batch`), the reductions
//! (`?amax`, `?sum`, ...) and the complex-symmetric Level 2 (`csyr2`,
//! `cspr2`, `csbmv` and their z forms).
//!
//! As in `blas3`, the generic `*_raw` functions check their arguments in the
//! order of the library that defines them (OpenBLAS 0.3.34) and return
//! `Err(param)` for the first bad one; the Fortran symbols come from
//! `capi/lapack.spec` (the grouped batch, whose arrays of letters and pointers
//! the spec cannot declare, is written out here), the CBLAS ones from
//! `cblas_ext`. Nothing is read or written after a bad argument.

use crate::blas2::{check, Checked};
use crate::int::len;
use crate::lapack_rt::AbiInt;
use ferroblas_kernels::aux;
use ferroblas_kernels::level1;
use ferroblas_kernels::level3;
use ferroblas_kernels::pool;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::{MatMut, MatRef, VecMut, VecRef};
use ferroblas_kernels::Trans;

/// The `TRANS` of `?omatcopy` / `?imatcopy`: `N`, `T`, and OpenBLAS's
/// conjugating forms `R` (conjugate, no transpose) and `C` (conjugate
/// transpose). For the real types `R` is `N` and `C` is `T`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CopyOp {
    /// The result is the transpose.
    pub trans: bool,
    /// The elements are conjugated (complex types only).
    pub conj: bool,
}

impl CopyOp {
    /// Parses OpenBLAS's letters (either case).
    pub fn from_char(c: u8) -> Option<Self> {
        let (trans, conj) = match c.to_ascii_uppercase() {
            b'N' => (false, false),
            b'T' => (true, false),
            b'R' => (false, true),
            b'C' => (true, true),
            _ => return None,
        };
        Some(CopyOp { trans, conj })
    }
}

/// The storage order letter of `?omatcopy` / `?imatcopy`: `Some(true)` for
/// row-major (`R`), `Some(false)` for column-major (`C`).
fn order_row_major(c: u8) -> Option<bool> {
    match c.to_ascii_uppercase() {
        b'C' => Some(false),
        b'R' => Some(true),
        _ => None,
    }
}

/// The column-major shape `(m, n)` of a `rows x cols` matrix stored in
/// `row_major` order, and the shape of its copy under `op`.
fn copy_shapes(row_major: bool, op: CopyOp, rows: i64, cols: i64) -> ((i64, i64), (i64, i64)) {
    // A row-major `rows x cols` matrix is the column-major `cols x rows` one;
    // transposing commutes with that reading, so only the shapes change.
    let src = if row_major { (cols, rows) } else { (rows, cols) };
    let dst = if op.trans { (src.1, src.0) } else { src };
    (src, dst)
}

/// `B := alpha op(A)` for column-major views, B shaped as op(A). `alpha = 0`
/// writes zeros without reading A, as OpenBLAS does.
fn copy_scaled<T: Scalar>(op: CopyOp, alpha: T, a: MatRef<'_, T>, mut b: MatMut<'_, T>) {
    let conj = op.conj && T::IS_COMPLEX;
    let a = if op.trans { a.transpose() } else { a };
    let (m, n) = (b.nrows(), b.ncols());
    if alpha.is_zero() {
        for j in 0..n {
            for i in 0..m {
                b.set(i, j, T::zero());
            }
        }
        return;
    }
    if !op.trans && !conj {
        // Columns are contiguous on both sides: the vector kernel scales them.
        for j in 0..n {
            level1::axpby(alpha, a.col(j), T::zero(), b.rb_mut().col_mut(j));
        }
        return;
    }
    // Tiles keep both the rows read and the columns written in cache while a
    // transpose walks one of them across its stride.
    const TILE: usize = 32;
    for j0 in (0..n).step_by(TILE) {
        for i0 in (0..m).step_by(TILE) {
            for j in j0..(j0 + TILE).min(n) {
                for i in i0..(i0 + TILE).min(m) {
                    // SAFETY: `i < m`, `j < n`, and op(A) has B's shape.
                    unsafe {
                        let x = a.get_unchecked(i, j);
                        b.set_unchecked(i, j, alpha * if conj { x.conj() } else { x });
                    }
                }
            }
        }
    }
}

/// `B := alpha op(A)` (`?omatcopy`, OpenBLAS): `order` `C` or `R` says how
/// both matrices are stored, A is `rows x cols`, `trans` one of `N`, `T`, `R`
/// (conjugate), `C` (conjugate transpose). Returns, as OpenBLAS 0.3.34 checks
/// them: 1 (`order`), 2 (`trans`), 3 (`rows < 0`), 4 (`cols < 0`),
/// 7 (`lda`), 9 (`ldb`); zero sizes return at once.
///
/// # Safety
/// `a` holds A with leading dimension `lda`, `b` op(A)'s shape with `ldb`;
/// they do not overlap.
#[allow(clippy::too_many_arguments)]
pub unsafe fn omatcopy_raw<T: Scalar, I: AbiInt>(
    order: u8,
    trans: u8,
    rows: I,
    cols: I,
    alpha: T,
    a: *const T,
    lda: I,
    b: *mut T,
    ldb: I,
) -> Checked {
    let (rows, cols, lda, ldb) = (rows.get(), cols.get(), lda.get(), ldb.get());
    let (row, op) = check_copy(order, trans, rows, cols, lda, ldb, 9)?;
    let ((m, n), (bm, bn)) = copy_shapes(row, op, rows, cols);
    if m == 0 || n == 0 {
        return Ok(());
    }
    // SAFETY: shapes and leading dimensions checked; the caller vouches for the arrays.
    let (av, bv) = unsafe {
        (
            MatRef::from_raw_parts(a, len(m), len(n), 1, lda as isize),
            MatMut::from_raw_parts(b, len(bm), len(bn), 1, ldb as isize),
        )
    };
    copy_scaled(op, alpha, av, bv);
    Ok(())
}

/// The checks `?omatcopy` and `?imatcopy` share (`ldb_param`: where LDB is):
/// the storage order and the parsed `trans`, or the bad parameter.
fn check_copy(
    order: u8,
    trans: u8,
    rows: i64,
    cols: i64,
    lda: i64,
    ldb: i64,
    ldb_param: i32,
) -> Result<(bool, CopyOp), i32> {
    let Some(row) = order_row_major(order) else { return Err(1) };
    let Some(op) = CopyOp::from_char(trans) else { return Err(2) };
    if rows < 0 {
        return Err(3);
    }
    if cols < 0 {
        return Err(4);
    }
    let ((m, _), (bm, _)) = copy_shapes(row, op, rows, cols);
    if lda < m.max(1) {
        return Err(7);
    }
    if ldb < bm.max(1) {
        return Err(ldb_param);
    }
    Ok((row, op))
}

/// `A := alpha op(A)` in place (`?imatcopy`, OpenBLAS), where the result is
/// stored with leading dimension `ldb` (which may differ from `lda`).
/// Arguments and checks as [`omatcopy_raw`], LDB being parameter 8. A square
/// transpose with `lda = ldb` and a copy without transpose run in place;
/// other shapes go through a temporary copy, as in OpenBLAS.
///
/// # Safety
/// `a` holds A with leading dimension `lda` and the result with `ldb`.
#[allow(clippy::too_many_arguments)]
pub unsafe fn imatcopy_raw<T: Scalar, I: AbiInt>(
    order: u8,
    trans: u8,
    rows: I,
    cols: I,
    alpha: T,
    a: *mut T,
    lda: I,
    ldb: I,
) -> Checked {
    let (rows, cols, lda, ldb) = (rows.get(), cols.get(), lda.get(), ldb.get());
    let (row, op) = check_copy(order, trans, rows, cols, lda, ldb, 8)?;
    let ((m, n), (bm, bn)) = copy_shapes(row, op, rows, cols);
    if m == 0 || n == 0 {
        return Ok(());
    }
    let (m, n, bm, bn) = (len(m), len(n), len(bm), len(bn));
    let conj = op.conj && T::IS_COMPLEX;
    let f = |x: T| if alpha.is_zero() { T::zero() } else { alpha * if conj { x.conj() } else { x } };
    if lda == ldb && (!op.trans || m == n) {
        // SAFETY: A is `m x n` with `lda`, checked.
        let mut av = unsafe { MatMut::from_raw_parts(a, m, n, 1, lda as isize) };
        if !op.trans {
            for j in 0..n {
                for i in 0..m {
                    // SAFETY: in bounds.
                    unsafe { av.set_unchecked(i, j, f(av.get_unchecked(i, j))) };
                }
            }
        } else {
            for j in 0..n {
                for i in 0..j {
                    // SAFETY: in bounds; (i, j) and (j, i) are distinct.
                    unsafe {
                        let (x, y) = (av.get_unchecked(i, j), av.get_unchecked(j, i));
                        av.set_unchecked(i, j, f(y));
                        av.set_unchecked(j, i, f(x));
                    }
                }
                // SAFETY: in bounds.
                unsafe { av.set_unchecked(j, j, f(av.get_unchecked(j, j))) };
            }
        }
        return Ok(());
    }
    let mut tmp = vec![T::zero(); bm * bn];
    {
        // SAFETY: A is `m x n` with `lda`, checked; `tmp` is a separate buffer.
        let av = unsafe { MatRef::from_raw_parts(a as *const T, m, n, 1, lda as isize) };
        copy_scaled(op, alpha, av, MatMut::from_col_major(&mut tmp, bm, bn, bm));
    }
    // SAFETY: the result is `bm x bn` with `ldb >= bm`, checked.
    let mut bv = unsafe { MatMut::from_raw_parts(a, bm, bn, 1, ldb as isize) };
    for j in 0..bn {
        for i in 0..bm {
            bv.set(i, j, tmp[i + j * bm]);
        }
    }
    Ok(())
}

/// `C := alpha A + beta C` (`?geadd`, OpenBLAS), A and C `m x n`
/// column-major. `beta = 0` sets C without reading it, `alpha = 0` does not
/// read A. Returns, as OpenBLAS checks them: 1 (`m < 0`), 2 (`n < 0`),
/// 5 (`lda < max(1, m)`), 8 (`ldc < max(1, m)`).
///
/// # Safety
/// `a` and `c` hold the matrices their dimensions declare; they do not overlap.
#[allow(clippy::too_many_arguments)]
pub unsafe fn geadd_raw<T: Scalar, I: AbiInt>(
    m: I,
    n: I,
    alpha: T,
    a: *const T,
    lda: I,
    beta: T,
    c: *mut T,
    ldc: I,
) -> Checked {
    let (m, n, lda, ldc) = (m.get(), n.get(), lda.get(), ldc.get());
    let info = if m < 0 {
        1
    } else if n < 0 {
        2
    } else if lda < m.max(1) {
        5
    } else if ldc < m.max(1) {
        8
    } else {
        0
    };
    if info != 0 {
        return Err(info);
    }
    let (m, n) = (len(m), len(n));
    for j in 0..n {
        // SAFETY: column j of each matrix: `m` contiguous elements, checked.
        unsafe {
            let x = VecRef::from_raw_parts(a.add(j * lda as usize), m, 1);
            let y = VecMut::from_raw_parts(c.add(j * ldc as usize), m, 1);
            level1::axpby(alpha, x, beta, y);
        }
    }
    Ok(())
}

/// One GEMM of a batch, its arguments checked: `C := alpha op(A) op(B) + beta C`
/// with C `m x n`, the inner dimension `k`, column-major operands.
#[derive(Clone, Copy)]
pub struct BatchGemm<T> {
    /// op(A).
    pub ta: Trans,
    /// op(B).
    pub tb: Trans,
    /// Rows of C.
    pub m: usize,
    /// Columns of C.
    pub n: usize,
    /// The inner dimension.
    pub k: usize,
    /// The scale of the product.
    pub alpha: T,
    /// A, with leading dimension `lda`.
    pub a: *const T,
    /// Leading dimension of A.
    pub lda: usize,
    /// B, with leading dimension `ldb`.
    pub b: *const T,
    /// Leading dimension of B.
    pub ldb: usize,
    /// The scale of C.
    pub beta: T,
    /// C, with leading dimension `ldc`.
    pub c: *mut T,
    /// Leading dimension of C.
    pub ldc: usize,
}

/// The reference `?GEMM`'s checks (also those of each GEMM of a batch, which
/// OpenBLAS numbers so): the parsed options, or the bad parameter.
#[allow(clippy::too_many_arguments)]
pub fn check_gemm(
    transa: u8,
    transb: u8,
    m: i64,
    n: i64,
    k: i64,
    lda: i64,
    ldb: i64,
    ldc: i64,
) -> Result<(Trans, Trans), i32> {
    let Some(ta) = Trans::from_char(transa) else { return Err(1) };
    let Some(tb) = Trans::from_char(transb) else { return Err(2) };
    let nrowa = if ta == Trans::No { m } else { k };
    let nrowb = if tb == Trans::No { k } else { n };
    if m < 0 {
        Err(3)
    } else if n < 0 {
        Err(4)
    } else if k < 0 {
        Err(5)
    } else if lda < nrowa.max(1) {
        Err(8)
    } else if ldb < nrowb.max(1) {
        Err(10)
    } else if ldc < m.max(1) {
        Err(13)
    } else {
        Ok((ta, tb))
    }
}

/// A raw pointer the batch's tasks share; each task writes only its own C.
#[derive(Clone, Copy)]
struct Shared<P>(P);
// SAFETY: the batch's contract: distinct products write distinct C matrices,
// and A and B are only read.
unsafe impl<P> Send for Shared<P> {}
// SAFETY: as above.
unsafe impl<P> Sync for Shared<P> {}

/// Runs `count` checked GEMMs, `get(i)` describing the i-th, split over the
/// pool by whole products: each product runs on one thread, with the same
/// kernels as a lone `?gemm` call on one thread, so every C gets the same
/// bits whatever the thread count.
///
/// # Safety
/// Every product's arrays valid as `?gemm` requires; the C matrices of
/// different products do not overlap each other or any A or B.
pub unsafe fn run_batch<T: Scalar>(count: usize, get: impl Fn(usize) -> BatchGemm<T> + Sync) {
    if count == 0 {
        return;
    }
    let one = |i: usize| {
        let g = get(i);
        if g.m == 0 || g.n == 0 {
            return;
        }
        // SAFETY: the caller vouches for this product's arrays.
        unsafe {
            level3::gemm_raw(None, g.ta, g.tb, g.m, g.n, g.k, g.alpha, g.a, g.lda, g.b, g.ldb, g.beta, g.c, g.ldc)
        };
    };
    // Small products are cheap: hand them out in runs, so the pool's per-task
    // bookkeeping stays small next to the work. A run never splits a product,
    // and `for_each_task` runs each task on one thread (nested calls run
    // serially), so the split cannot change any result.
    let per = {
        let g = get(0);
        let flops = (g.m * g.n * g.k.max(1)).max(1);
        (4096 / flops).clamp(1, 64)
    };
    let tasks = count.div_ceil(per);
    pool::for_each_task(tasks, pool::num_threads(), |t| {
        for i in t * per..((t + 1) * per).min(count) {
            one(i);
        }
    });
}

/// `C_i := alpha op(A_i) op(B_i) + beta C_i` for `i < count`, the matrices
/// `stride_a`, `stride_b`, `stride_c` elements apart (`?gemm_batch_strided`,
/// OpenBLAS and MKL). Checks as `?gemm` numbers them (1 `transa`, 2 `transb`,
/// 3 `m`, 4 `n`, 5 `k`, 8 `lda`, 10 `ldb`, 13 `ldc`), as OpenBLAS reports
/// them; `count <= 0` does nothing.
///
/// # Safety
/// Each product's arrays valid as `?gemm` requires; the C matrices do not overlap.
#[allow(clippy::too_many_arguments)]
pub unsafe fn gemm_batch_strided_raw<T: Scalar, I: AbiInt>(
    transa: u8,
    transb: u8,
    m: I,
    n: I,
    k: I,
    alpha: T,
    a: *const T,
    lda: I,
    stride_a: I,
    b: *const T,
    ldb: I,
    stride_b: I,
    beta: T,
    c: *mut T,
    ldc: I,
    stride_c: I,
    count: I,
) -> Checked {
    let (m, n, k, lda, ldb, ldc) = (m.get(), n.get(), k.get(), lda.get(), ldb.get(), ldc.get());
    let (ta, tb) = check_gemm(transa, transb, m, n, k, lda, ldb, ldc)?;
    let (sa, sb, sc, count) = (stride_a.get() as isize, stride_b.get() as isize, stride_c.get() as isize, count.get());
    if count <= 0 {
        return Ok(());
    }
    let (a, b, c) = (Shared(a), Shared(b), Shared(c));
    let (m, n, k, lda, ldb, ldc) = (len(m), len(n), len(k), len(lda), len(ldb), len(ldc));
    // SAFETY: forwarded contract; the i-th matrices start `i * stride` elements in.
    unsafe {
        run_batch(len(count), move |i| {
            let i = i as isize;
            let (a, b, c) = (a, b, c);
            BatchGemm {
                ta,
                tb,
                m,
                n,
                k,
                alpha,
                a: a.0.wrapping_offset(i * sa),
                lda,
                b: b.0.wrapping_offset(i * sb),
                ldb,
                beta,
                c: c.0.wrapping_offset(i * sc),
                ldc,
            }
        })
    };
    Ok(())
}

/// MKL's grouped `?gemm_batch`: `group_count` groups, group `g` holding
/// `group_size[g]` products that share `transa[g]`, ..., `ldc[g]`, their
/// matrices at `a_array[p]`, `b_array[p]`, `c_array[p]` (`p` counts the
/// products of all groups in order). Every group is checked (numbered as
/// `?gemm`) before any product runs; a negative group size counts as empty.
///
/// # Safety
/// The arrays hold `group_count` options, sizes and scalars and one pointer
/// per product; each product's arrays valid as `?gemm` requires; no C
/// overlaps another product's matrices.
#[allow(clippy::too_many_arguments)]
pub unsafe fn gemm_batch_raw<T: Scalar, I: AbiInt>(
    transa: *const u8,
    transb: *const u8,
    m: *const I,
    n: *const I,
    k: *const I,
    alpha: *const T,
    a_array: *const *const T,
    lda: *const I,
    b_array: *const *const T,
    ldb: *const I,
    beta: *const T,
    c_array: *const *mut T,
    ldc: *const I,
    group_count: i64,
    group_size: *const I,
) -> Checked {
    if group_count <= 0 {
        return Ok(());
    }
    let groups = len(group_count);
    let mut specs: Vec<(BatchGemm<T>, usize)> = Vec::with_capacity(groups);
    let mut total = 0usize;
    for g in 0..groups {
        // SAFETY: the caller's arrays hold `group_count` entries.
        let (ta, tb, gm, gn, gk, glda, gldb, gldc, size) = unsafe {
            (
                *transa.add(g),
                *transb.add(g),
                (*m.add(g)).get(),
                (*n.add(g)).get(),
                (*k.add(g)).get(),
                (*lda.add(g)).get(),
                (*ldb.add(g)).get(),
                (*ldc.add(g)).get(),
                (*group_size.add(g)).get(),
            )
        };
        let (ta, tb) = check_gemm(ta, tb, gm, gn, gk, glda, gldb, gldc)?;
        // SAFETY: as above.
        let (al, be) = unsafe { (*alpha.add(g), *beta.add(g)) };
        let spec = BatchGemm {
            ta,
            tb,
            m: len(gm),
            n: len(gn),
            k: len(gk),
            alpha: al,
            a: std::ptr::null(),
            lda: len(glda),
            b: std::ptr::null(),
            ldb: len(gldb),
            beta: be,
            c: std::ptr::null_mut(),
            ldc: len(gldc),
        };
        let size = size.max(0) as usize;
        specs.push((spec, total));
        total += size;
    }
    let (a_array, b_array, c_array) = (Shared(a_array), Shared(b_array), Shared(c_array));
    let specs = Shared(&specs);
    // SAFETY: forwarded contract; product `p` belongs to the last group
    // starting at or before it.
    unsafe {
        run_batch(total, move |p| {
            let (a_array, b_array, c_array, specs) = (a_array, b_array, c_array, specs);
            let g = specs.0.partition_point(|&(_, start)| start <= p) - 1;
            let mut s = specs.0[g].0;
            s.a = *a_array.0.add(p);
            s.b = *b_array.0.add(p);
            s.c = *c_array.0.add(p);
            s
        })
    };
    Ok(())
}

// ---------------------------------------------------------------------------
// Level 1 (OpenBLAS): ?amax, ?amin, ?max, ?min, i?max, i?min, ?sum, ?axpyc.
// As in OpenBLAS, `n <= 0` or `incx <= 0` gives 0 (no element is read).

/// The largest (`MAX`) or smallest `|re x_i| + |im x_i|` (`?amax`, `?amin`,
/// OpenBLAS): the magnitude of the element `i?amax` / `i?amin` picks, so
/// NaNs after the first element are skipped as there.
///
/// # Safety
/// `x` valid for the vector the arguments declare.
pub unsafe fn amax_raw<T: Scalar, I: AbiInt, const MAX: bool>(n: I, x: *const T, incx: I) -> T::Real {
    // SAFETY: forwarded contract.
    let i = unsafe { crate::blas1::iamax_raw::<T, I, MAX>(n, x, incx) };
    if i == 0 {
        return T::Real::zero();
    }
    // SAFETY: element `i - 1` of a vector with positive increment `incx`.
    unsafe { (*x.add((i as usize - 1) * incx.get() as usize)).abs1() }
}

/// 1-based index of the first largest (`MAX`) or smallest real `x_i`
/// (`i?max`, `i?min`, OpenBLAS; real types). A NaN is never picked after
/// the first element; 0 for `n <= 0` or `incx <= 0`.
///
/// # Safety
/// `x` valid for the vector the arguments declare.
pub unsafe fn imax_raw<T: Scalar, I: AbiInt, const MAX: bool>(n: I, x: *const T, incx: I) -> i64 {
    let (n, incx) = (n.get(), incx.get());
    if n < 1 || incx <= 0 {
        return 0;
    }
    // SAFETY: forwarded contract: `n` elements `incx` apart.
    let at = |i: usize| unsafe { (*x.add(i * incx as usize)).re() };
    let (mut best, mut bi) = (at(0), 0usize);
    for i in 1..len(n) {
        let v = at(i);
        // A comparison with a NaN is false, so a NaN never replaces the best.
        if (MAX && v > best) || (!MAX && v < best) {
            best = v;
            bi = i;
        }
    }
    bi as i64 + 1
}

/// The largest (`MAX`) or smallest real `x_i` (`?max`, `?min`, OpenBLAS;
/// real types): the element [`imax_raw`] picks; 0 for `n <= 0` or `incx <= 0`.
///
/// # Safety
/// `x` valid for the vector the arguments declare.
pub unsafe fn max_raw<T: Scalar, I: AbiInt, const MAX: bool>(n: I, x: *const T, incx: I) -> T::Real {
    // SAFETY: forwarded contract.
    let i = unsafe { imax_raw::<T, I, MAX>(n, x, incx) };
    if i == 0 {
        return T::Real::zero();
    }
    // SAFETY: element `i - 1` of the vector.
    unsafe { (*x.add((i as usize - 1) * incx.get() as usize)).re() }
}

/// `sum (re x_i + im x_i)` (`?sum`, OpenBLAS: the signed sum of the parts,
/// unlike `?asum`), summed in order; 0 for `n <= 0` or `incx <= 0`.
///
/// # Safety
/// `x` valid for the vector the arguments declare.
pub unsafe fn sum_raw<T: Scalar, I: AbiInt>(n: I, x: *const T, incx: I) -> T::Real {
    let (n, incx) = (n.get(), incx.get());
    let mut s = T::Real::zero();
    if n < 1 || incx <= 0 {
        return s;
    }
    for i in 0..len(n) {
        // SAFETY: forwarded contract.
        let v = unsafe { *x.add(i * incx as usize) };
        s += v.re();
        if T::IS_COMPLEX {
            s += v.im();
        }
    }
    s
}

/// `y += alpha conj(x)` (`?axpyc`, OpenBLAS); increments as in `?axpy`
/// (negative ones walk from the end), quick return for `n <= 0` or `alpha = 0`.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn axpyc_raw<T: Scalar, I: AbiInt>(n: I, alpha: T, x: *const T, incx: I, y: *mut T, incy: I) {
    let (n, incx, incy) = (n.get(), incx.get(), incy.get());
    if n <= 0 || alpha.is_zero() {
        return;
    }
    // SAFETY: forwarded contract.
    let (xv, mut yv) = unsafe { (crate::blas1::vref(n, x, incx), crate::blas1::vmut(n, y, incy)) };
    for i in 0..len(n) {
        // SAFETY: `i < n`, the length of both views.
        unsafe { yv.set_unchecked(i, yv.get_unchecked(i) + alpha * xv.get_unchecked(i).conj()) };
    }
}

/// `A := alpha x y^T + alpha y x^T + A`, A symmetric (not Hermitian: `csyr2`,
/// `zsyr2`, OpenBLAS), its `uplo` triangle updated. Returns, as OpenBLAS
/// checks them: 1 (`uplo`), 2 (`n < 0`), 5 (`incx = 0`), 7 (`incy = 0`),
/// 9 (`lda < max(1, n)`); `n = 0` or `alpha = 0` return at once.
///
/// # Safety
/// Pointers valid for the arrays the arguments declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn syr2_raw<T: Scalar, I: AbiInt>(
    uplo: u8,
    n: I,
    alpha: T,
    x: *const T,
    incx: I,
    y: *const T,
    incy: I,
    a: *mut T,
    lda: I,
) -> Checked {
    let (n, incx, incy, lda) = (n.get(), incx.get(), incy.get(), lda.get());
    let uplo = crate::blas2::f_uplo(uplo).ok_or(1)?;
    check(n < 0, 2)?;
    check(incx == 0, 5)?;
    check(incy == 0, 7)?;
    check(lda < n.max(1), 9)?;
    if n == 0 || alpha.is_zero() {
        return Ok(());
    }
    // SAFETY: forwarded contract: A is `n x n` with leading dimension `lda`,
    // the vectors `n` elements at their increments.
    unsafe {
        let am = MatMut::from_raw_parts(a, len(n), len(n), 1, lda as isize);
        let (xv, yv) = (crate::blas1::vref(n, x, incx), crate::blas1::vref(n, y, incy));
        aux::complex_sym::syr2(uplo, alpha, xv, yv, am);
    }
    Ok(())
}

/// `A := alpha x y^T + alpha y x^T + A`, A symmetric (not Hermitian) in
/// packed storage (`cspr2`, `zspr2`, OpenBLAS). Returns, as OpenBLAS checks
/// them: 1 (`uplo`), 2 (`n < 0`), 5 (`incx = 0`), 7 (`incy = 0`).
///
/// # Safety
/// Pointers valid for the arrays the arguments declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn spr2_raw<T: Scalar, I: AbiInt>(
    uplo: u8,
    n: I,
    alpha: T,
    x: *const T,
    incx: I,
    y: *const T,
    incy: I,
    ap: *mut T,
) -> Checked {
    let (n, incx, incy) = (n.get(), incx.get(), incy.get());
    let uplo = crate::blas2::f_uplo(uplo).ok_or(1)?;
    check(n < 0, 2)?;
    check(incx == 0, 5)?;
    check(incy == 0, 7)?;
    if n == 0 || alpha.is_zero() {
        return Ok(());
    }
    let nu = len(n);
    // SAFETY: forwarded contract: the packed triangle holds `n(n+1)/2`
    // elements, the vectors `n` at their increments.
    unsafe {
        let apm = std::slice::from_raw_parts_mut(ap, nu * (nu + 1) / 2);
        let (xv, yv) = (crate::blas1::vref(n, x, incx), crate::blas1::vref(n, y, incy));
        aux::complex_sym::spr2(uplo, nu, alpha, xv, yv, apm);
    }
    Ok(())
}

/// `y := alpha A x + beta y`, A symmetric (not Hermitian) band with `k`
/// super- (sub-) diagonals in band storage (`csbmv`, `zsbmv`, OpenBLAS).
/// Returns, as OpenBLAS checks them: 1 (`uplo`), 2 (`n < 0`), 3 (`k < 0`),
/// 6 (`lda < k + 1`), 8 (`incx = 0`), 11 (`incy = 0`). `beta = 0` sets `y`
/// without reading it; `alpha = 0` does not read A or x.
///
/// # Safety
/// Pointers valid for the arrays the arguments declare.
#[allow(clippy::too_many_arguments)]
pub unsafe fn sbmv_raw<T: Scalar, I: AbiInt>(
    uplo: u8,
    n: I,
    k: I,
    alpha: T,
    a: *const T,
    lda: I,
    x: *const T,
    incx: I,
    beta: T,
    y: *mut T,
    incy: I,
) -> Checked {
    let (n, k, lda, incx, incy) = (n.get(), k.get(), lda.get(), incx.get(), incy.get());
    let uplo = crate::blas2::f_uplo(uplo).ok_or(1)?;
    check(n < 0, 2)?;
    check(k < 0, 3)?;
    check(lda < k + 1, 6)?;
    check(incx == 0, 8)?;
    check(incy == 0, 11)?;
    if n == 0 {
        return Ok(());
    }
    // SAFETY: forwarded contract: `n` band columns of `lda` elements, the
    // first `k + 1` used; the vectors `n` elements at their increments.
    unsafe {
        let ab = MatRef::from_raw_parts(a, len(k) + 1, len(n), 1, lda as isize);
        let (xv, yv) = (crate::blas1::vref(n, x, incx), crate::blas1::vmut(n, y, incy));
        aux::complex_sym::sbmv(uplo, len(k), alpha, ab, xv, beta, yv);
    }
    Ok(())
}
