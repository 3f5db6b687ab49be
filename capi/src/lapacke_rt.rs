//! The runtime of the generated LAPACKE layer (`generated/lapacke.rs`):
//! layouts, the NaN-check switch, `LAPACKE_xerbla`, workspace allocation, and
//! the storage kinds by which a matrix argument is checked for NaN and
//! copied between row-major and column-major.
//!
//! A storage kind names which elements of a matrix argument are meaningful:
//! all of a dense `rows x cols` array, one triangle (or trapezoid) of it, or
//! the band of a band-stored matrix. Only those are read, checked and copied,
//! so elements the caller never set are never touched.

use crate::lapack_rt::AbiInt;
use ferroblas_kernels::scalar::Scalar;
use std::ffi::{c_char, c_int, CStr};
use std::sync::atomic::{AtomicI32, Ordering};

/// `LAPACK_ROW_MAJOR`.
pub const ROW_MAJOR: c_int = 101;
/// `LAPACK_COL_MAJOR`.
pub const COL_MAJOR: c_int = 102;
/// Returned when the high-level interface cannot allocate its workspace.
pub const WORK_MEMORY_ERROR: i64 = -1010;
/// Returned when a row-major argument cannot be copied for lack of memory.
pub const TRANSPOSE_MEMORY_ERROR: i64 = -1011;

/// -1: not read yet; 0: off; 1: on.
static NANCHECK: AtomicI32 = AtomicI32::new(-1);

/// Whether the high-level interface checks its inputs for NaN: on unless the
/// environment sets `LAPACKE_NANCHECK=0`, or a program turned it off with
/// `LAPACKE_set_nancheck`.
pub fn nancheck_enabled() -> bool {
    let v = NANCHECK.load(Ordering::Relaxed);
    if v >= 0 {
        return v != 0;
    }
    let on = std::env::var("LAPACKE_NANCHECK").map_or(true, |s| s.trim().parse::<i64>() != Ok(0));
    NANCHECK.store(on as i32, Ordering::Relaxed);
    on
}

/// Turns the NaN checks of the high-level interface on (nonzero) or off (0).
#[no_mangle]
pub extern "C" fn LAPACKE_set_nancheck(flag: c_int) {
    NANCHECK.store((flag != 0) as i32, Ordering::Relaxed);
}

/// 1 when the high-level interface checks its inputs for NaN, else 0.
#[no_mangle]
pub extern "C" fn LAPACKE_get_nancheck() -> c_int {
    nancheck_enabled() as c_int
}

/// The LAPACKE error handler: says which argument of which routine was
/// illegal, or which allocation failed. A program may define its own.
///
/// # Safety
/// `name` is a NUL-terminated string or null.
#[no_mangle]
pub unsafe extern "C" fn LAPACKE_xerbla(name: *const c_char, info: i32) {
    // SAFETY: forwarded contract.
    let name = if name.is_null() { "?".into() } else { unsafe { CStr::from_ptr(name) }.to_string_lossy() };
    if let Some(m) = xerbla_message(&name, info as i64) {
        eprintln!("{m}");
    }
}

/// The text `LAPACKE_xerbla` prints for `info`, if any.
pub fn xerbla_message(name: &str, info: i64) -> Option<String> {
    match info {
        WORK_MEMORY_ERROR => Some(format!("Not enough memory to allocate work array in {name}")),
        TRANSPOSE_MEMORY_ERROR => Some(format!("Not enough memory to transpose matrix in {name}")),
        i if i < 0 => Some(format!("Wrong parameter {} in {name}", -i)),
        _ => None,
    }
}

type LapackeXerblaFn = unsafe extern "C" fn(*const c_char, i32);

/// Reports through whichever `LAPACKE_xerbla` the process defines first.
pub fn report(name: &str, info: i64) {
    crate::xerbla::record_error(name, info as i32);
    let cname = std::ffi::CString::new(name).unwrap_or_default();
    // SAFETY: dlsym with RTLD_DEFAULT and a NUL-terminated name has no preconditions.
    let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, c"LAPACKE_xerbla".as_ptr()) };
    let f: LapackeXerblaFn = if p.is_null() {
        LAPACKE_xerbla
    } else {
        // SAFETY: whatever defines `LAPACKE_xerbla` has its standard prototype.
        unsafe { std::mem::transmute::<*mut libc::c_void, LapackeXerblaFn>(p) }
    };
    // SAFETY: the name is NUL-terminated and outlives the call.
    unsafe { f(cname.as_ptr(), info as i32) };
}

/// LAPACKE's `ilaver`: the version of LAPACK this library implements.
///
/// # Safety
/// Each pointer is valid for one integer, or null (then not written).
#[no_mangle]
pub unsafe extern "C" fn LAPACKE_ilaver(major: *mut i32, minor: *mut i32, patch: *mut i32) {
    let (a, b, c) = ferroblas_kernels::aux::tuning::ilaver();
    for (p, v) in [(major, a), (minor, b), (patch, c)] {
        if !p.is_null() {
            // SAFETY: the caller's pointer is valid for one integer.
            unsafe { *p = v };
        }
    }
}

/// The LAPACKE name of a routine, e.g. `LAPACKE_dlange` or `LAPACKE_dlange_work`.
pub fn lapacke_name(fortran: &str, work: bool) -> String {
    format!("LAPACKE_{fortran}{}", if work { "_work" } else { "" })
}

/// Whether `layout` is one of the two layouts.
pub fn layout_ok(layout: c_int) -> bool {
    layout == ROW_MAJOR || layout == COL_MAJOR
}

/// Which elements of a matrix argument are meaningful. Dimensions are those
/// of the stored array as Fortran sees it (column-major).
#[derive(Clone, Copy, Debug)]
pub enum Storage {
    /// Every element of a `rows x cols` array.
    Dense { rows: usize, cols: usize },
    /// The upper (`upper`) or lower trapezoid of a `rows x cols` array, without
    /// the diagonal when `unit`.
    Tri { upper: bool, unit: bool, rows: usize, cols: usize },
    /// A trapezoid of a `rows x cols` array (LAPACKE's `?tz_trans`): on or
    /// above (`upper`) or on or below the diagonal through the top-left
    /// corner, or through the bottom-right one when `back`, without that
    /// diagonal when `unit`.
    Tz { back: bool, upper: bool, unit: bool, rows: usize, cols: usize },
    /// A band matrix (`m x n`, `kl` sub- and `ku` superdiagonals) in band
    /// storage: a `(kl+ku+1) x n` array whose row `ku+i-j` holds `A(i, j)`.
    Band { m: usize, n: usize, kl: usize, ku: usize },
    /// One triangle of an `n x n` matrix in packed storage (`n(n+1)/2`
    /// elements, no leading dimension), without the diagonal when `unit`.
    /// Column-major packs the triangle column by column, row-major row by
    /// row, so the same element moves (LAPACKE's `?tp_trans`).
    Packed { upper: bool, unit: bool, n: usize },
    /// An upper Hessenberg `n x n` matrix: the upper triangle and the first subdiagonal.
    Hessenberg { n: usize },
    /// An `n x n` triangle in rectangular full packed storage: a dense
    /// array, `(n+1) x n/2` (n even) or `n x (n+1)/2` (n odd) when `normal`
    /// (TRANSR = N), its transpose otherwise, whose leading dimension is
    /// implied (its row count column-major, its column count row-major), as
    /// LAPACKE's `?tf_trans` stores it.
    Rfp { normal: bool, n: usize },
    /// An RFP triangle with a unit diagonal (DIAG = U): stored and copied as
    /// [`Storage::Rfp`], but NaN-checked as the reference's
    /// `LAPACKE_?tf_nancheck` checks it (see [`rfp_unit_has_nan`]).
    RfpUnit { normal: bool, upper: bool, n: usize },
}

impl Storage {
    /// Rows of the stored array in column-major form.
    pub fn rows(&self) -> usize {
        match *self {
            Storage::Dense { rows, .. } | Storage::Tri { rows, .. } | Storage::Tz { rows, .. } => rows,
            Storage::Band { kl, ku, .. } => kl + ku + 1,
            Storage::Packed { n, .. } | Storage::Hessenberg { n } => n,
            Storage::Rfp { .. } | Storage::RfpUnit { .. } => self.rfp_shape().0,
        }
    }

    /// Columns of the stored array in column-major form.
    pub fn cols(&self) -> usize {
        match *self {
            Storage::Dense { cols, .. } | Storage::Tri { cols, .. } | Storage::Tz { cols, .. } => cols,
            Storage::Band { n, .. } | Storage::Packed { n, .. } | Storage::Hessenberg { n } => n,
            Storage::Rfp { .. } | Storage::RfpUnit { .. } => self.rfp_shape().1,
        }
    }

    /// Whether the array has no leading dimension of its own (packed, RFP):
    /// the caller's `ld` is ignored.
    pub fn implicit_ld(&self) -> bool {
        matches!(self, Storage::Packed { .. } | Storage::Rfp { .. } | Storage::RfpUnit { .. })
    }

    /// `(rows, cols)` of the column-major RFP array.
    fn rfp_shape(&self) -> (usize, usize) {
        let (normal, n) = match *self {
            Storage::Rfp { normal, n } | Storage::RfpUnit { normal, n, .. } => (normal, n),
            _ => return (0, 0),
        };
        let (r, c) = if n % 2 == 0 { (n + 1, n / 2) } else { (n, n.div_ceil(2)) };
        if normal {
            (r, c)
        } else {
            (c, r)
        }
    }

    /// Elements of a column-major copy with leading dimension `ld`.
    fn copy_len(&self, ld: usize) -> Option<usize> {
        match *self {
            Storage::Packed { n, .. } => Some(n * (n + 1) / 2),
            _ => ld.checked_mul(self.cols()),
        }
    }

    /// Offset of the stored element `(i, j)` in `layout` (leading dimension
    /// `ld` where the storage has one).
    #[inline(always)]
    fn offset(&self, layout: c_int, i: usize, j: usize, ld: usize) -> usize {
        match *self {
            Storage::Packed { upper, n, .. } => {
                // Row-major upper is column-major lower of the transpose, and
                // row-major lower column-major upper.
                let (r, c, up) = if layout == ROW_MAJOR { (j, i, !upper) } else { (i, j, upper) };
                if up {
                    r + c * (c + 1) / 2
                } else {
                    r + c * (2 * n - c - 1) / 2
                }
            }
            Storage::Rfp { .. } | Storage::RfpUnit { .. } => {
                let ld = if layout == ROW_MAJOR { self.cols() } else { self.rows() };
                at(layout, i, j, ld.max(1))
            }
            _ => at(layout, i, j, ld),
        }
    }

    /// The meaningful `(row, col)` positions of the stored array, column by column.
    fn for_each(&self, mut f: impl FnMut(usize, usize)) {
        match *self {
            Storage::Dense { rows, cols } => (0..cols).for_each(|j| (0..rows).for_each(|i| f(i, j))),
            Storage::Tri { upper, unit, rows, cols } => {
                for j in 0..cols {
                    let (lo, hi) = if upper { (0, (j + 1).min(rows)) } else { (j.min(rows), rows) };
                    (lo..hi).filter(|&i| !(unit && i == j)).for_each(|i| f(i, j));
                }
            }
            Storage::Tz { back, upper, unit, rows, cols } => {
                // Element (i, j) lies on the chosen diagonal when i - j = d.
                let d = if back { rows as i64 - cols as i64 } else { 0 };
                for j in 0..cols {
                    for i in 0..rows {
                        let k = i as i64 - j as i64;
                        if (if upper { k <= d } else { k >= d }) && !(unit && k == d) {
                            f(i, j);
                        }
                    }
                }
            }
            Storage::Band { m, n, kl, ku } => {
                for j in 0..n {
                    let lo = ku.saturating_sub(j);
                    let hi = (m + ku).saturating_sub(j).min(kl + ku + 1);
                    (lo..hi).for_each(|i| f(i, j));
                }
            }
            Storage::Packed { upper, unit, n } => Storage::Tri { upper, unit, rows: n, cols: n }.for_each(f),
            Storage::Rfp { .. } | Storage::RfpUnit { .. } => {
                Storage::Dense { rows: self.rows(), cols: self.cols() }.for_each(f)
            }
            Storage::Hessenberg { n } => (0..n).for_each(|j| (0..(j + 2).min(n)).for_each(|i| f(i, j))),
        }
    }
}

/// Offset of element `(i, j)` of an array stored in `layout` with leading dimension `ld`.
#[inline(always)]
fn at(layout: c_int, i: usize, j: usize, ld: usize) -> usize {
    if layout == ROW_MAJOR {
        i * ld + j
    } else {
        i + j * ld
    }
}

/// Whether any meaningful element of the matrix argument is NaN.
///
/// # Safety
/// `p` valid for the elements `storage` names in `layout` with leading dimension `ld`.
pub unsafe fn has_nan<T: Scalar>(layout: c_int, storage: Storage, p: *const T, ld: i64) -> bool {
    if p.is_null() {
        return false;
    }
    if let Storage::RfpUnit { normal, upper, n } = storage {
        // SAFETY: forwarded contract.
        return unsafe { rfp_unit_has_nan(layout, normal, upper, n, p) };
    }
    let ld = ld.max(1) as usize;
    let mut nan = false;
    // SAFETY: forwarded contract: every visited offset is a meaningful element.
    storage.for_each(|i, j| nan |= unsafe { *p.add(storage.offset(layout, i, j, ld)) }.is_nan());
    nan
}

/// The NaN check of a unit-diagonal RFP triangle exactly as the reference
/// LAPACKE makes it (`LAPACKE_?tf_nancheck` with DIAG = U), so that a
/// high-level routine rejects the same inputs: three blocks of the array
/// viewed row-major (two strict triangles and a rectangle), chosen by the
/// parity of n, UPLO, and whether TRANSR = N differs from the layout being
/// row-major. (Those blocks are the reference's; they are not exactly the
/// off-diagonal elements of the triangle.)
///
/// # Safety
/// `p` valid for the `n(n+1)/2` elements of the RFP array.
pub unsafe fn rfp_unit_has_nan<T: Scalar>(layout: c_int, normal: bool, upper: bool, n: usize, p: *const T) -> bool {
    // (strict lower triangle, strict upper triangle, rectangle): each as
    // (order or rows, cols, offset, leading dimension).
    type Block = (usize, usize, usize, usize);
    let lower = !upper;
    let (n1, n2) = if lower { (n - n / 2, n / 2) } else { (n / 2, n - n / 2) };
    let k = n / 2;
    let a_branch = normal != (layout == ROW_MAJOR);
    let (tl, tu, ge): (Block, Block, Block) = match (n % 2 == 1, a_branch, lower) {
        (true, true, true) => ((n1, n1, 0, n), (n2, n2, n, n), (n2, n1, n1, n)),
        (true, true, false) => ((n1, n1, n2, n), (n2, n2, n1, n), (n1, n2, 0, n)),
        (true, false, true) => ((n2, n2, 1, n1), (n1, n1, 0, n1), (n1, n2, 1, n1)),
        (true, false, false) => ((n2, n2, n1 * n2, n2), (n1, n1, n2 * n2, n2), (n2, n1, 0, n2)),
        (false, true, true) => ((k, k, 1, n + 1), (k, k, 0, n + 1), (k, k, k + 1, n + 1)),
        (false, true, false) => ((k, k, k + 1, n + 1), (k, k, k, n + 1), (k, k, 0, n + 1)),
        (false, false, true) => ((k, k, 0, k), (k, k, k, k), (k, k, k * (k + 1), k)),
        (false, false, false) => ((k, k, k * k, k), (k, k, k * (k + 1), k), (k, k, 0, k)),
    };
    let tri = |upper: bool, (r, c, off, ld): Block| {
        // SAFETY: forwarded contract: every block lies inside the array.
        unsafe { has_nan(ROW_MAJOR, Storage::Tri { upper, unit: true, rows: r, cols: c }, p.add(off), ld as i64) }
    };
    let (r, c, off, ld) = ge;
    tri(false, tl)
        // SAFETY: as above.
        || unsafe { has_nan(ROW_MAJOR, Storage::Dense { rows: r, cols: c }, p.add(off), ld as i64) }
        || tri(true, tu)
}

/// Whether any of `n` elements of a strided vector is NaN (`inc` may be negative).
///
/// # Safety
/// `p` valid for `1 + (n-1)*|inc|` elements.
pub unsafe fn vec_has_nan<T: Scalar>(n: i64, p: *const T, inc: i64) -> bool {
    if p.is_null() || n <= 0 {
        return false;
    }
    let step = inc.unsigned_abs() as usize;
    // SAFETY: forwarded contract.
    (0..n as usize).any(|k| unsafe { *p.add(k * step) }.is_nan())
}

/// Copies the meaningful elements of a matrix argument from `layout_in` to the
/// other layout.
///
/// # Safety
/// `src` and `dst` valid for the elements `storage` names in their layouts and
/// leading dimensions; they do not overlap.
pub unsafe fn transpose<T: Copy>(
    layout_in: c_int,
    storage: Storage,
    src: *const T,
    ld_src: i64,
    dst: *mut T,
    ld_dst: i64,
) {
    if src.is_null() || dst.is_null() {
        return;
    }
    let out = if layout_in == ROW_MAJOR { COL_MAJOR } else { ROW_MAJOR };
    let (ls, ld) = (ld_src.max(1) as usize, ld_dst.max(1) as usize);
    // SAFETY: forwarded contract.
    storage.for_each(|i, j| unsafe {
        *dst.add(storage.offset(out, i, j, ld)) = *src.add(storage.offset(layout_in, i, j, ls))
    });
}

/// A column-major copy of a row-major matrix argument, written back on drop
/// when the routine may have changed it.
pub struct ColMajorCopy<T: Copy> {
    buf: Vec<T>,
    ld: usize,
    storage: Storage,
    user: *mut T,
    user_ld: i64,
    write_back: bool,
}

impl<T: Copy + Default> ColMajorCopy<T> {
    /// Copies the argument at `user` (row-major, leading dimension `user_ld`)
    /// into a column-major buffer; `None` when the memory cannot be had.
    ///
    /// # Safety
    /// `user` valid for the elements `storage` names (row-major, `user_ld`),
    /// for writes too when `write_back`, until the copy is dropped.
    pub unsafe fn new(storage: Storage, user: *mut T, user_ld: i64, write_back: bool) -> Option<Self> {
        let ld = storage.rows().max(1);
        let len = storage.copy_len(ld)?;
        let mut buf = Vec::new();
        buf.try_reserve_exact(len).ok()?;
        buf.resize(len, T::default());
        // SAFETY: forwarded contract; `buf` holds `ld * cols` elements.
        unsafe { transpose(ROW_MAJOR, storage, user, user_ld, buf.as_mut_ptr(), ld as i64) };
        Some(Self { buf, ld, storage, user, user_ld, write_back })
    }

    /// The column-major copy.
    pub fn ptr(&mut self) -> *mut T {
        self.buf.as_mut_ptr()
    }

    /// Its leading dimension.
    pub fn ld(&self) -> i64 {
        self.ld as i64
    }
}

impl<T: Copy> Drop for ColMajorCopy<T> {
    fn drop(&mut self) {
        if self.write_back {
            // SAFETY: `new`'s contract: the user's array is writable for these elements.
            unsafe { transpose(COL_MAJOR, self.storage, self.buf.as_ptr(), self.ld as i64, self.user, self.user_ld) };
        }
    }
}

/// A zeroed workspace of `len` elements (at least one), or `None` when the
/// memory cannot be had.
pub fn alloc_work<T: Copy + Default>(len: usize) -> Option<Vec<T>> {
    let len = len.max(1);
    let mut v = Vec::new();
    v.try_reserve_exact(len).ok()?;
    v.resize(len, T::default());
    Some(v)
}

/// What a LAPACKE function returns for an error code (a negative argument
/// position, or a memory error): the code itself, in the function's type.
pub trait Code {
    /// `v` as this type.
    fn code(v: i64) -> Self;
}

impl Code for i32 {
    fn code(v: i64) -> Self {
        v as i32
    }
}
impl Code for i64 {
    fn code(v: i64) -> Self {
        v
    }
}
impl Code for f32 {
    fn code(v: i64) -> Self {
        v as f32
    }
}
impl Code for f64 {
    fn code(v: i64) -> Self {
        v as f64
    }
}

/// `UPLO` of the utility functions: `Some(true)` for U, `Some(false)` for L.
pub fn upper(c: c_char) -> Option<bool> {
    match (c as u8).to_ascii_uppercase() {
        b'U' => Some(true),
        b'L' => Some(false),
        _ => None,
    }
}

/// `TRANSR` of the utility functions: `Some(true)` for N, `Some(false)` for T or C.
pub fn transr_normal(c: c_char) -> Option<bool> {
    match (c as u8).to_ascii_uppercase() {
        b'N' => Some(true),
        b'T' | b'C' => Some(false),
        _ => None,
    }
}

/// `DIRECT` of `?tz_trans`: `Some(false)` for F (the diagonal through the
/// top-left corner), `Some(true)` for B (through the bottom-right one).
pub fn direct_back(c: c_char) -> Option<bool> {
    match (c as u8).to_ascii_uppercase() {
        b'F' => Some(false),
        b'B' => Some(true),
        _ => None,
    }
}

/// `DIAG` of the utility functions: `Some(true)` for U, `Some(false)` for N.
pub fn unit(c: c_char) -> Option<bool> {
    match (c as u8).to_ascii_uppercase() {
        b'U' => Some(true),
        b'N' => Some(false),
        _ => None,
    }
}

/// Converts a LAPACKE integer argument.
#[inline(always)]
pub fn int<I: AbiInt>(v: I) -> i64 {
    v.get()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn band_storage_visits_exactly_the_band() {
        let mut seen = Vec::new();
        Storage::Band { m: 3, n: 3, kl: 1, ku: 0 }.for_each(|i, j| seen.push((i, j)));
        // Rows 0 (diagonal) and 1 (subdiagonal), the last column has no subdiagonal.
        assert_eq!(seen, vec![(0, 0), (1, 0), (0, 1), (1, 1), (0, 2)]);
    }

    #[test]
    fn transposition_round_trips_and_leaves_the_rest_alone() {
        let row: Vec<f64> = (0..12).map(|v| v as f64).collect();
        let st = Storage::Tri { upper: true, unit: false, rows: 3, cols: 4 };
        let mut col = vec![-1.0; 12];
        // SAFETY: both arrays hold 3 x 4 elements with the given leading dimensions.
        unsafe { transpose(ROW_MAJOR, st, row.as_ptr(), 4, col.as_mut_ptr(), 3) };
        assert_eq!(col[0], 0.0);
        assert_eq!(col[3], 1.0); // (0,1)
        assert_eq!(col[1], -1.0); // (1,0) is below the diagonal
        let mut back = vec![-2.0; 12];
        // SAFETY: as above.
        unsafe { transpose(COL_MAJOR, st, col.as_ptr(), 3, back.as_mut_ptr(), 4) };
        assert_eq!(back[1], 1.0);
        assert_eq!(back[4], -2.0); // (1,0) untouched
        assert_eq!(back[11], 11.0);
    }

    #[test]
    fn packed_transposition_moves_each_element_to_its_row_major_place() {
        // Upper 3x3: column-major packs (0,0) (0,1) (1,1) (0,2) (1,2) (2,2),
        // row-major (0,0) (0,1) (0,2) (1,1) (1,2) (2,2).
        let col = [0.0, 1.0, 11.0, 2.0, 12.0, 22.0];
        let mut row = [0.0; 6];
        let st = Storage::Packed { upper: true, unit: false, n: 3 };
        // SAFETY: both arrays hold the 6 packed elements.
        unsafe { transpose(COL_MAJOR, st, col.as_ptr(), 0, row.as_mut_ptr(), 0) };
        assert_eq!(row, [0.0, 1.0, 2.0, 11.0, 12.0, 22.0]);
        // Lower: column-major (0,0) (1,0) (2,0) (1,1) (2,1) (2,2), row-major (0,0) (1,0) (1,1) (2,0) (2,1) (2,2).
        let col = [0.0, 10.0, 20.0, 11.0, 21.0, 22.0];
        let st = Storage::Packed { upper: false, unit: false, n: 3 };
        // SAFETY: as above.
        unsafe { transpose(COL_MAJOR, st, col.as_ptr(), 0, row.as_mut_ptr(), 0) };
        assert_eq!(row, [0.0, 10.0, 11.0, 20.0, 21.0, 22.0]);
    }

    #[test]
    fn trapezoids_follow_their_diagonal() {
        let seen = |st: Storage| {
            let mut v = Vec::new();
            st.for_each(|i, j| v.push((i, j)));
            v
        };
        // 4 x 2, the diagonal through the bottom-right corner: i - j = 2.
        let up = Storage::Tz { back: true, upper: true, unit: false, rows: 4, cols: 2 };
        assert_eq!(seen(up), vec![(0, 0), (1, 0), (2, 0), (0, 1), (1, 1), (2, 1), (3, 1)]);
        let low = Storage::Tz { back: true, upper: false, unit: true, rows: 4, cols: 2 };
        assert_eq!(seen(low), vec![(3, 0)]);
        // 2 x 4 from the front is the upper trapezoid of `?tr`.
        let front = Storage::Tz { back: false, upper: true, unit: false, rows: 2, cols: 4 };
        let tri = Storage::Tri { upper: true, unit: false, rows: 2, cols: 4 };
        assert_eq!(seen(front), seen(tri));
    }

    #[test]
    fn rfp_shapes() {
        assert_eq!(Storage::Rfp { normal: true, n: 4 }.rfp_shape(), (5, 2));
        assert_eq!(Storage::Rfp { normal: true, n: 5 }.rfp_shape(), (5, 3));
        assert_eq!(Storage::Rfp { normal: false, n: 5 }.rfp_shape(), (3, 5));
    }

    #[test]
    fn xerbla_messages() {
        assert_eq!(xerbla_message("LAPACKE_dlange", -5).unwrap(), "Wrong parameter 5 in LAPACKE_dlange");
        assert!(xerbla_message("x", -1010).unwrap().contains("work array"));
        assert!(xerbla_message("x", 0).is_none());
    }
}
