//! Index arithmetic past 2^31 and 2^32 elements (issue 6, part 8).
//!
//! Operands live in private anonymous mappings made with `MAP_NORESERVE`, tens
//! of GiB of address space of which only the pages actually touched get
//! memory, so a matrix whose columns (or rows) are `2^31 + 8` elements apart
//! costs a few pages. Entries are small integers, so every result is exact and
//! must equal a plain-loop reference exactly.
//!
//! What each test proves (every precision, except the Fortran ABI test):
//! - `gemm`: strides of `2^31 + 8` elements between columns, or between rows
//!   (row-major storage), in A, B and C, with every transpose, on the
//!   small-size path, the packed path, and the packed path split over two
//!   threads (2000 x 40 x 40, columns up to 40 * 2^31 elements apart).
//! - `level1_level2`: gemv (all transposes) with `lda = 2^31 + 8`, x with
//!   `incx = 2^31 + 8` and y with `incy = -(2^31 + 8)`; dot, axpy and nrm2 with
//!   increments of both signs beyond 2^31.
//! - `triangular`: trsm (left and right), trmm, syrk and trsv with
//!   `lda = ldb = 2^31 + 8` and a huge increment for trsv.
//! - `fortran_abi_i32_max`: the 32-bit Fortran ABI (`dgemm_`, `dgemv_`,
//!   `ddot_`, `daxpy_`, `dnrm2_`, `dtrsm_`, `dsyrk_`) with leading dimensions
//!   and increments of `i32::MAX` (and `-i32::MAX`), i.e. element offsets near
//!   2^32, which overflow if any index is formed in 32 bits.
//!
//! Where the OS refuses the mappings (no overcommit), a test says so and passes.
//! On aarch64 the tests are skipped unless `FERROBLAS_TEST_HUGE` is set: there
//! they run under qemu-user, whose per-page bookkeeping of guest mappings takes
//! minutes and gigabytes for mappings this size (the process gets OOM-killed).

// Matrix loops read best with indices.
#![allow(clippy::needless_range_loop)]

use ferroblas_capi::generated::fortran;
use ferroblas_kernels::level3::{self, GemmOptions, SmallPath};
use ferroblas_kernels::{level1, level2, Diag, MatMut, MatRef, RealScalar, Side, Trans, Uplo, VecMut, VecRef};
use ferroblas_tests::{c64, for_each_type, TestScalar};

use std::marker::PhantomData;

/// A stride beyond `i32::MAX` elements.
const H: isize = (1 << 31) + 8;

/// A private anonymous mapping without swap reservation.
struct Region {
    ptr: *mut u8,
    bytes: usize,
}

impl Region {
    fn new(bytes: usize) -> Option<Region> {
        if cfg!(target_arch = "aarch64") && std::env::var_os("FERROBLAS_TEST_HUGE").is_none() {
            eprintln!("huge_offsets: skipped on aarch64 (qemu-user); set FERROBLAS_TEST_HUGE=1 on real hardware");
            return None;
        }
        // SAFETY: a fresh anonymous mapping; no existing memory is affected.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                bytes,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            eprintln!("huge_offsets: mmap of {bytes} bytes with MAP_NORESERVE refused: test skipped");
            None
        } else {
            Some(Region { ptr: p as *mut u8, bytes })
        }
    }
}

impl Drop for Region {
    fn drop(&mut self) {
        // SAFETY: the mapping made in `new`, unmapped once.
        unsafe { libc::munmap(self.ptr as *mut libc::c_void, self.bytes) };
    }
}

/// A `rows x cols` matrix with element `(i, j)` at `i*rs + j*cs` (strides > 0).
struct Huge<T> {
    region: Region,
    rows: usize,
    cols: usize,
    rs: isize,
    cs: isize,
    _t: PhantomData<T>,
}

impl<T: TestScalar> Huge<T> {
    fn new(rows: usize, cols: usize, rs: isize, cs: isize) -> Option<Self> {
        let span = (rows as isize - 1) * rs + (cols as isize - 1) * cs + 1;
        let region = Region::new(span as usize * std::mem::size_of::<T>())?;
        Some(Huge { region, rows, cols, rs, cs, _t: PhantomData })
    }

    /// Column-major with leading dimension `ld`, or row-major with row stride `ld`.
    fn with_ld(rows: usize, cols: usize, ld: isize, row_major: bool) -> Option<Self> {
        if row_major {
            Self::new(rows, cols, ld, 1)
        } else {
            Self::new(rows, cols, 1, ld)
        }
    }

    fn at(&self, i: usize, j: usize) -> *mut T {
        assert!(i < self.rows && j < self.cols);
        // SAFETY: inside the mapping by construction.
        unsafe { (self.region.ptr as *mut T).offset(i as isize * self.rs + j as isize * self.cs) }
    }

    fn get(&self, i: usize, j: usize) -> T {
        // SAFETY: `at` is inside the mapping; unwritten pages read as zero.
        unsafe { self.at(i, j).read() }
    }

    fn set(&mut self, i: usize, j: usize, v: T) {
        // SAFETY: as in `get`.
        unsafe { self.at(i, j).write(v) }
    }

    /// Fills with small integers (exact arithmetic everywhere) chosen by `seed`.
    fn fill(&mut self, seed: usize) {
        for j in 0..self.cols {
            for i in 0..self.rows {
                self.set(i, j, small(i, j, seed));
            }
        }
    }

    fn dense(&self) -> Vec<Vec<c64>> {
        (0..self.rows).map(|i| (0..self.cols).map(|j| self.get(i, j).to_c64()).collect()).collect()
    }

    fn view(&self) -> MatRef<'_, T> {
        // SAFETY: every element of the view lies in the mapping, which `self` keeps alive.
        unsafe { MatRef::from_raw_parts(self.region.ptr as *const T, self.rows, self.cols, self.rs, self.cs) }
    }

    fn view_mut(&mut self) -> MatMut<'_, T> {
        // SAFETY: as in `view`, borrowed mutably.
        unsafe { MatMut::from_raw_parts(self.region.ptr as *mut T, self.rows, self.cols, self.rs, self.cs) }
    }
}

/// `n` elements with BLAS increment `inc` (negative: stored last to first).
struct HugeVec<T> {
    region: Region,
    n: usize,
    inc: isize,
    _t: PhantomData<T>,
}

impl<T: TestScalar> HugeVec<T> {
    fn new(n: usize, inc: isize, seed: usize) -> Option<Self> {
        let span = (n - 1) * inc.unsigned_abs() + 1;
        let region = Region::new(span * std::mem::size_of::<T>())?;
        let mut v = HugeVec { region, n, inc, _t: PhantomData };
        for i in 0..n {
            v.set(i, small(i, 7, seed));
        }
        Some(v)
    }

    fn at(&self, i: usize) -> *mut T {
        let first = if self.inc < 0 { (self.n as isize - 1) * -self.inc } else { 0 };
        // SAFETY: inside the mapping by construction.
        unsafe { (self.region.ptr as *mut T).offset(first + i as isize * self.inc) }
    }

    fn get(&self, i: usize) -> T {
        // SAFETY: inside the mapping.
        unsafe { self.at(i).read() }
    }

    fn set(&mut self, i: usize, v: T) {
        // SAFETY: inside the mapping.
        unsafe { self.at(i).write(v) }
    }

    fn values(&self) -> Vec<c64> {
        (0..self.n).map(|i| self.get(i).to_c64()).collect()
    }

    fn view(&self) -> VecRef<'_, T> {
        // SAFETY: the span lies in the mapping, kept alive by `self`.
        unsafe { VecRef::from_raw_blas(self.region.ptr as *const T, self.n, self.inc) }
    }

    fn view_mut(&mut self) -> VecMut<'_, T> {
        // SAFETY: as in `view`, borrowed mutably.
        unsafe { VecMut::from_raw_blas(self.region.ptr as *mut T, self.n, self.inc) }
    }
}

/// A small integer (imaginary part dropped for real types).
fn small<T: TestScalar>(i: usize, j: usize, seed: usize) -> T {
    let re = ((i * 7 + j * 13 + seed * 5) % 7) as f64 - 3.0;
    let im = ((i * 11 + j * 3 + seed) % 5) as f64 - 2.0;
    T::from_f64s(re, im)
}

/// `got` equals `want` exactly (entries are small integers, so every result
/// is exact; a zero's sign may differ, as the order of operations may).
fn exact<T: TestScalar>(got: T, want: c64, what: &str) {
    assert!(got.to_c64() == want, "{} {what}: got {:?}, want {want:?}", T::NAME, got.to_c64());
}

fn op_at(x: &[Vec<c64>], t: Trans, i: usize, j: usize) -> c64 {
    match t {
        Trans::No => x[i][j],
        Trans::Trans => x[j][i],
        Trans::ConjTrans => x[j][i].conj(),
    }
}

fn stored(t: Trans, rows: usize, cols: usize) -> (usize, usize) {
    if t == Trans::No {
        (rows, cols)
    } else {
        (cols, rows)
    }
}

// ---------------------------------------------------------------------------

fn gemm_body<T: TestScalar>() {
    use Trans::{ConjTrans as C, No as N, Trans as T_};
    let opts =
        |small: SmallPath, nthreads: usize| GemmOptions { small, nthreads: Some(nthreads), ..Default::default() };
    let cases = [
        (false, N, N, 3, 3, 3, opts(SmallPath::Auto, 1)),
        (false, T_, C, 3, 3, 3, opts(SmallPath::Never, 1)),
        (true, N, T_, 3, 3, 3, opts(SmallPath::Auto, 1)),
        (true, C, N, 3, 3, 3, opts(SmallPath::Never, 1)),
        (false, N, N, 2000, 40, 40, opts(SmallPath::Never, 2)),
        (false, T_, N, 2000, 40, 40, opts(SmallPath::Auto, 2)),
    ];
    let (alpha, beta) = (T::from_f64s(2.0, 1.0), T::from_f64s(-1.0, 0.0));
    for (row_major, ta, tb, m, n, k, opts) in cases {
        let (ra, ca) = stored(ta, m, k);
        let (rb, cb) = stored(tb, k, n);
        let (Some(mut a), Some(mut b), Some(mut c)) = (
            Huge::<T>::with_ld(ra, ca, H, row_major),
            Huge::with_ld(rb, cb, H, row_major),
            Huge::with_ld(m, n, H, row_major),
        ) else {
            return;
        };
        a.fill(1);
        b.fill(2);
        c.fill(3);
        let (da, db, dc) = (a.dense(), b.dense(), c.dense());
        let kern = &T::kernels().gemm;
        level3::gemm_with(kern, &opts, ta, tb, alpha, a.view(), b.view(), beta, c.view_mut());
        for i in 0..m {
            for j in 0..n {
                let s: c64 = (0..k).map(|p| op_at(&da, ta, i, p) * op_at(&db, tb, p, j)).sum();
                let want = alpha.to_c64() * s + beta.to_c64() * dc[i][j];
                exact(c.get(i, j), want, &format!("gemm {ta:?} {tb:?} {m}x{n}x{k} row-major={row_major} C({i},{j})"));
            }
        }
    }
}

fn level1_level2_body<T: TestScalar>() {
    let (alpha, beta) = (T::from_f64s(2.0, -1.0), T::from_f64s(3.0, 0.0));
    for t in [Trans::No, Trans::Trans, Trans::ConjTrans] {
        let (Some(mut a), Some(x), Some(mut y)) =
            (Huge::<T>::new(3, 3, 1, H), HugeVec::<T>::new(3, H, 4), HugeVec::<T>::new(3, -H, 5))
        else {
            return;
        };
        a.fill(6);
        let (da, xv, yv) = (a.dense(), x.values(), y.values());
        level2::gemv(t, alpha, a.view(), x.view(), beta, y.view_mut());
        for (i, &y0) in yv.iter().enumerate() {
            let s: c64 = (0..3).map(|p| op_at(&da, t, i, p) * xv[p]).sum();
            exact(y.get(i), alpha.to_c64() * s + beta.to_c64() * y0, &format!("gemv {t:?} y[{i}]"));
        }
    }
    let (Some(x), Some(mut y)) = (HugeVec::<T>::new(3, H, 8), HugeVec::<T>::new(3, -(H + 3), 9)) else { return };
    let (xv, yv) = (x.values(), y.values());
    let want: c64 = xv.iter().zip(&yv).map(|(a, b)| a * b).sum();
    exact(level1::dotu(x.view(), y.view()), want, "dotu with increments 2^31+8 and -(2^31+11)");
    level1::axpy(alpha, x.view(), y.view_mut());
    for i in 0..3 {
        exact(y.get(i), alpha.to_c64() * xv[i] + yv[i], &format!("axpy y[{i}]"));
    }
    let Some(mut z) = HugeVec::<T>::new(3, -H, 0) else { return };
    for (i, v) in [3.0, 4.0, 12.0].into_iter().enumerate() {
        z.set(i, T::from_f64s(v, 0.0));
    }
    let norm = level1::nrm2(z.view()).to_f64();
    assert!((norm - 13.0).abs() <= 4.0 * T::eps() * 13.0, "{} nrm2 with increment -(2^31+8): {norm}", T::NAME);
}

fn triangular_body<T: TestScalar>() {
    // A lower triangle with diagonal entries 2, -1, 1: solves stay exact.
    let tri = |lower: bool| -> Option<Huge<T>> {
        let mut a = Huge::<T>::new(3, 3, 1, H)?;
        a.fill(10);
        for (i, d) in [2.0, -1.0, 1.0].into_iter().enumerate() {
            a.set(i, i, T::from_f64s(d, 0.0));
        }
        if lower {
            (0..3).for_each(|j| (0..j).for_each(|i| a.set(i, j, T::guard())));
        } else {
            (0..3).for_each(|j| (j + 1..3).for_each(|i| a.set(i, j, T::guard())));
        }
        Some(a)
    };
    // Triangle of `a` as dense, zeros outside.
    let dense_tri = |a: &Huge<T>, lower: bool| -> Vec<Vec<c64>> {
        let d = a.dense();
        (0..3)
            .map(|i| {
                (0..3)
                    .map(|j| if (lower && i >= j) || (!lower && i <= j) { d[i][j] } else { c64::new(0.0, 0.0) })
                    .collect()
            })
            .collect()
    };
    let mul = |l: &[Vec<c64>], r: &[Vec<c64>]| -> Vec<Vec<c64>> {
        (0..3).map(|i| (0..3).map(|j| (0..3).map(|p| l[i][p] * r[p][j]).sum()).collect()).collect()
    };
    let transpose = |x: &[Vec<c64>]| -> Vec<Vec<c64>> { (0..3).map(|i| (0..3).map(|j| x[j][i]).collect()).collect() };
    let one = T::from_f64s(1.0, 0.0);
    let Some(mut xm) = Huge::<T>::new(3, 3, 1, H) else { return };
    xm.fill(11);
    let x = xm.dense();

    // trsm left, lower, no transpose: B = A X, solve gives X.
    for (side, lower, t) in [(Side::Left, true, Trans::No), (Side::Right, false, Trans::Trans)] {
        let (Some(a), Some(mut b)) = (tri(lower), Huge::<T>::new(3, 3, 1, H)) else { return };
        let opa = if t == Trans::No { dense_tri(&a, lower) } else { transpose(&dense_tri(&a, lower)) };
        let rhs = if side == Side::Left { mul(&opa, &x) } else { mul(&x, &opa) };
        (0..3).for_each(|i| (0..3).for_each(|j| b.set(i, j, T::from_c64(rhs[i][j]))));
        let uplo = if lower { Uplo::Lower } else { Uplo::Upper };
        level3::trsm(side, uplo, t, Diag::NonUnit, one, a.view(), b.view_mut());
        (0..3).for_each(|i| (0..3).for_each(|j| exact(b.get(i, j), x[i][j], &format!("trsm {side:?} X({i},{j})"))));
        // trmm undoes it: B := op(A) X again.
        level3::trmm(side, uplo, t, Diag::NonUnit, one, a.view(), b.view_mut());
        (0..3).for_each(|i| (0..3).for_each(|j| exact(b.get(i, j), rhs[i][j], &format!("trmm {side:?} B({i},{j})"))));
    }

    // syrk lower: C := A A^T on the lower triangle.
    let (Some(mut c), Some(g)) = (Huge::<T>::new(3, 3, 1, H), tri(true)) else { return };
    (0..3).for_each(|i| (0..3).for_each(|j| c.set(i, j, T::guard())));
    let (dx, zero) = (xm.dense(), T::from_f64s(0.0, 0.0));
    level3::syrk(Uplo::Lower, Trans::No, one, xm.view(), zero, c.view_mut());
    let want = mul(&dx, &transpose(&dx));
    for j in 0..3 {
        for i in j..3 {
            exact(c.get(i, j), want[i][j], &format!("syrk C({i},{j})"));
        }
    }

    // trsv lower with x at increment 2^31 + 8.
    let Some(mut v) = HugeVec::<T>::new(3, H, 12) else { return };
    let sol = v.values();
    let lt = dense_tri(&g, true);
    for i in 0..3 {
        let s: c64 = (0..3).map(|p| lt[i][p] * sol[p]).sum();
        v.set(i, T::from_c64(s));
    }
    level2::trsv(Uplo::Lower, Trans::No, Diag::NonUnit, g.view(), v.view_mut());
    (0..3).for_each(|i| exact(v.get(i), sol[i], &format!("trsv x[{i}]")));
}

for_each_type! {
    gemm => gemm_body;
    level1_level2 => level1_level2_body;
    triangular => triangular_body;
}

/// The Fortran ABI with `INTEGER` dimensions at `i32::MAX`.
#[test]
fn fortran_abi_i32_max() {
    const M: i32 = i32::MAX;
    const L: isize = M as isize;
    let three = 3i32;
    let (Some(mut a), Some(mut b), Some(mut c)) =
        (Huge::<f64>::new(3, 3, 1, L), Huge::<f64>::new(3, 3, 1, L), Huge::<f64>::new(3, 3, 1, L))
    else {
        return;
    };
    a.fill(1);
    b.fill(2);
    c.fill(3);
    let (da, db, dc) = (a.dense(), b.dense(), c.dense());
    let (alpha, beta) = (2.0f64, -1.0f64);
    // SAFETY: every array holds what its dimensions declare (in the mapping).
    unsafe {
        fortran::dgemm_(
            b"T".as_ptr(),
            b"N".as_ptr(),
            &three,
            &three,
            &three,
            &alpha,
            a.at(0, 0),
            &M,
            b.at(0, 0),
            &M,
            &beta,
            c.at(0, 0),
            &M,
            1,
            1,
        )
    };
    for i in 0..3 {
        for j in 0..3 {
            let s: f64 = (0..3).map(|p| da[p][i].re * db[p][j].re).sum();
            exact(
                c.get(i, j),
                c64::new(alpha * s + beta * dc[i][j].re, 0.0),
                &format!("dgemm_ lda=i32::MAX C({i},{j})"),
            );
        }
    }

    // dgemv_ 'N' with lda = incx = i32::MAX and incy = -i32::MAX.
    let (Some(x), Some(y)) = (HugeVec::<f64>::new(3, L, 4), HugeVec::<f64>::new(3, -L, 5)) else { return };
    let (xv, yv) = (x.values(), y.values());
    let (incx, incy) = (M, -M);
    // SAFETY: as above.
    unsafe {
        fortran::dgemv_(
            b"N".as_ptr(),
            &three,
            &three,
            &alpha,
            a.at(0, 0),
            &M,
            x.region.ptr as *const f64,
            &incx,
            &beta,
            y.region.ptr as *mut f64,
            &incy,
            1,
        )
    };
    for i in 0..3 {
        let s: f64 = (0..3).map(|p| da[i][p].re * xv[p].re).sum();
        exact(y.get(i), c64::new(alpha * s + beta * yv[i].re, 0.0), &format!("dgemv_ y[{i}]"));
    }

    // ddot_, daxpy_, dnrm2_ with increments of +-i32::MAX.
    let yv = y.values();
    // SAFETY: as above.
    let dot = unsafe { fortran::ddot_(&three, x.region.ptr as *const f64, &incx, y.region.ptr as *const f64, &incy) };
    let want: f64 = (0..3).map(|i| xv[i].re * yv[i].re).sum();
    exact(dot, c64::new(want, 0.0), "ddot_ incx=i32::MAX incy=-i32::MAX");
    // SAFETY: as above.
    unsafe { fortran::daxpy_(&three, &alpha, x.region.ptr as *const f64, &incx, y.region.ptr as *mut f64, &incy) };
    (0..3).for_each(|i| exact(y.get(i), c64::new(alpha * xv[i].re + yv[i].re, 0.0), &format!("daxpy_ y[{i}]")));
    let Some(mut z) = HugeVec::<f64>::new(3, L, 0) else { return };
    (0..3).for_each(|i| z.set(i, [3.0, 4.0, 12.0][i]));
    // SAFETY: as above.
    let norm = unsafe { fortran::dnrm2_(&three, z.region.ptr as *const f64, &incx) };
    assert!((norm - 13.0).abs() <= 1e-14, "dnrm2_ incx=i32::MAX: {norm}");

    // dtrsm_ left lower with lda = ldb = i32::MAX: B = A X solves back to X.
    for (i, d) in [2.0, -1.0, 1.0].into_iter().enumerate() {
        a.set(i, i, d);
    }
    let da = a.dense();
    let x0 = b.dense();
    for i in 0..3 {
        for j in 0..3 {
            let s: f64 = (0..=i).map(|p| da[i][p].re * x0[p][j].re).sum();
            c.set(i, j, s);
        }
    }
    let one = 1.0f64;
    // SAFETY: as above.
    unsafe {
        fortran::dtrsm_(
            b"L".as_ptr(),
            b"L".as_ptr(),
            b"N".as_ptr(),
            b"N".as_ptr(),
            &three,
            &three,
            &one,
            a.at(0, 0),
            &M,
            c.at(0, 0),
            &M,
            1,
            1,
            1,
            1,
        )
    };
    (0..3).for_each(|i| (0..3).for_each(|j| exact(c.get(i, j), x0[i][j], &format!("dtrsm_ X({i},{j})"))));

    // dsyrk_ upper, transposed: C := B^T B with lda = ldc = i32::MAX.
    let zero = 0.0f64;
    // SAFETY: as above.
    unsafe {
        fortran::dsyrk_(b"U".as_ptr(), b"T".as_ptr(), &three, &three, &one, b.at(0, 0), &M, &zero, c.at(0, 0), &M, 1, 1)
    };
    for j in 0..3 {
        for i in 0..=j {
            let s: f64 = (0..3).map(|p| x0[p][i].re * x0[p][j].re).sum();
            exact(c.get(i, j), c64::new(s, 0.0), &format!("dsyrk_ C({i},{j})"));
        }
    }
}
