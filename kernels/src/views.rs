//! Strided vector and matrix views.
//!
//! Views are pointers with a lifetime (as in faer), not slices: BLAS callers may
//! pass overlapping or negatively strided arrays through the C ABI, and building
//! Rust slices over those would be undefined behaviour. The safe constructors
//! take slices and check that every element the view can reach lies inside them.
//!
//! A vector view's element `i` lives at `ptr + i*inc`; `inc` may be negative or
//! zero. BLAS's own convention (the array starts at the lowest address and a
//! negative increment walks it backwards) is available as `from_blas`.

use core::marker::PhantomData;

/// Offset, in elements, from the lowest address to logical element 0 of a BLAS
/// vector of `n` elements with increment `inc`.
#[inline]
pub fn blas_start(n: usize, inc: isize) -> usize {
    if inc < 0 && n > 0 {
        (n - 1) * inc.unsigned_abs()
    } else {
        0
    }
}

/// Number of array elements a BLAS vector of `n` elements and increment `inc` spans.
#[inline]
pub fn blas_span(n: usize, inc: isize) -> usize {
    if n == 0 {
        0
    } else {
        1 + (n - 1) * inc.unsigned_abs()
    }
}

macro_rules! vec_common {
    ($name:ident) => {
        impl<T> $name<'_, T> {
            /// Number of logical elements.
            #[inline]
            pub fn len(&self) -> usize {
                self.len
            }
            /// True when the vector has no elements.
            #[inline]
            pub fn is_empty(&self) -> bool {
                self.len == 0
            }
            /// Distance in elements between consecutive logical elements.
            #[inline]
            pub fn inc(&self) -> isize {
                self.inc
            }
            /// Pointer to logical element 0.
            #[inline]
            pub fn as_ptr(&self) -> *const T {
                self.ptr
            }
            /// Pointer to the lowest-addressed element the view reaches.
            #[inline]
            pub fn lowest_ptr(&self) -> *const T {
                // SAFETY: the offset stays inside the memory the view was built over.
                unsafe { self.ptr.sub(blas_start(self.len, self.inc)) }
            }
            /// True when the elements are adjacent in memory in either direction.
            #[inline]
            pub fn is_dense(&self) -> bool {
                self.len <= 1 || self.inc == 1 || self.inc == -1
            }
            /// Element `i` without a bounds check.
            ///
            /// # Safety
            /// `i < self.len()`.
            #[inline(always)]
            pub unsafe fn get_unchecked(&self, i: usize) -> T
            where
                T: Copy,
            {
                // SAFETY: the caller keeps `i` in bounds; the view was built over valid memory.
                unsafe { *self.ptr.offset(i as isize * self.inc) }
            }
            /// Element `i`; panics when out of bounds.
            #[inline]
            pub fn get(&self, i: usize) -> T
            where
                T: Copy,
            {
                assert!(i < self.len, "index {i} out of bounds for length {}", self.len);
                // SAFETY: checked just above.
                unsafe { self.get_unchecked(i) }
            }
        }
    };
}

/// A read-only strided vector.
#[derive(Debug)]
pub struct VecRef<'a, T> {
    ptr: *const T,
    len: usize,
    inc: isize,
    _life: PhantomData<&'a [T]>,
}

impl<T> Clone for VecRef<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for VecRef<'_, T> {}
// SAFETY: a VecRef is a shared borrow of `T`s.
unsafe impl<T: Sync> Send for VecRef<'_, T> {}
// SAFETY: as above.
unsafe impl<T: Sync> Sync for VecRef<'_, T> {}

vec_common!(VecRef);

impl<'a, T> VecRef<'a, T> {
    /// The whole slice, increment 1.
    pub fn from_slice(s: &'a [T]) -> Self {
        Self { ptr: s.as_ptr(), len: s.len(), inc: 1, _life: PhantomData }
    }

    /// `n` elements of `s` with BLAS increment `inc` (negative walks from the end).
    /// Panics when `s` is shorter than the `1 + (n-1)*|inc|` elements this needs.
    pub fn from_blas(s: &'a [T], n: usize, inc: isize) -> Self {
        assert!(s.len() >= blas_span(n, inc), "slice too short for n = {n}, inc = {inc}");
        // SAFETY: the assertion keeps every reachable element inside `s`.
        unsafe { Self::from_raw_blas(s.as_ptr(), n, inc) }
    }

    /// A view over raw memory in BLAS convention: `base` is the lowest address.
    ///
    /// # Safety
    /// `base` must be valid for reads of `1 + (n-1)*|inc|` elements for `'a`.
    pub unsafe fn from_raw_blas(base: *const T, n: usize, inc: isize) -> Self {
        // SAFETY: the caller vouches for the span; the start lies inside it.
        let ptr = unsafe { base.add(blas_start(n, inc)) };
        Self { ptr, len: n, inc, _life: PhantomData }
    }

    /// A view whose logical element 0 is at `first` and element `i` at `first + i*inc`.
    ///
    /// # Safety
    /// Every `first + i*inc` for `i < n` must be valid for reads for `'a`.
    pub unsafe fn from_raw_parts(first: *const T, n: usize, inc: isize) -> Self {
        Self { ptr: first, len: n, inc, _life: PhantomData }
    }

    /// The same elements in reverse order.
    pub fn reversed(self) -> Self {
        if self.len == 0 {
            return self;
        }
        // SAFETY: the last element is inside the view.
        let ptr = unsafe { self.ptr.offset((self.len as isize - 1) * self.inc) };
        Self { ptr, len: self.len, inc: -self.inc, _life: PhantomData }
    }

    /// Elements `start..start+len`.
    pub fn subvec(self, start: usize, len: usize) -> Self {
        assert!(start + len <= self.len);
        // SAFETY: bounds checked above (an empty view at the end is fine).
        let ptr = if len == 0 { self.ptr } else { unsafe { self.ptr.offset(start as isize * self.inc) } };
        Self { ptr, len, inc: self.inc, _life: PhantomData }
    }
}

/// A mutable strided vector.
#[derive(Debug)]
pub struct VecMut<'a, T> {
    ptr: *mut T,
    len: usize,
    inc: isize,
    _life: PhantomData<&'a mut [T]>,
}

// SAFETY: a VecMut is an exclusive borrow of `T`s.
unsafe impl<T: Send> Send for VecMut<'_, T> {}
// SAFETY: shared access to a VecMut only reads.
unsafe impl<T: Sync> Sync for VecMut<'_, T> {}

vec_common!(VecMut);

impl<'a, T> VecMut<'a, T> {
    /// The whole slice, increment 1.
    pub fn from_slice(s: &'a mut [T]) -> Self {
        Self { ptr: s.as_mut_ptr(), len: s.len(), inc: 1, _life: PhantomData }
    }

    /// `n` elements of `s` with BLAS increment `inc` (negative walks from the end).
    /// Panics when `s` is too short. An increment of 0 is refused: it would make
    /// every logical element the same memory.
    pub fn from_blas(s: &'a mut [T], n: usize, inc: isize) -> Self {
        assert!(inc != 0 || n <= 1, "a mutable vector needs a nonzero increment");
        assert!(s.len() >= blas_span(n, inc), "slice too short for n = {n}, inc = {inc}");
        // SAFETY: the assertions keep every reachable element inside `s`, each once.
        unsafe { Self::from_raw_blas(s.as_mut_ptr(), n, inc) }
    }

    /// A view over raw memory in BLAS convention: `base` is the lowest address.
    ///
    /// # Safety
    /// `base` must be valid for reads and writes of `1 + (n-1)*|inc|` elements
    /// for `'a`, and nothing else may access them meanwhile except through views
    /// the ABI caller aliased on purpose.
    pub unsafe fn from_raw_blas(base: *mut T, n: usize, inc: isize) -> Self {
        // SAFETY: the caller vouches for the span; the start lies inside it.
        let ptr = unsafe { base.add(blas_start(n, inc)) };
        Self { ptr, len: n, inc, _life: PhantomData }
    }

    /// A view whose logical element 0 is at `first`.
    ///
    /// # Safety
    /// As [`VecMut::from_raw_blas`], for the elements `first + i*inc`, `i < n`.
    pub unsafe fn from_raw_parts(first: *mut T, n: usize, inc: isize) -> Self {
        Self { ptr: first, len: n, inc, _life: PhantomData }
    }

    /// Mutable pointer to logical element 0.
    #[inline]
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self.ptr
    }

    /// Mutable pointer to the lowest-addressed element.
    #[inline]
    pub fn lowest_mut_ptr(&mut self) -> *mut T {
        self.lowest_ptr() as *mut T
    }

    /// A read-only view of the same elements.
    #[inline]
    pub fn rb(&self) -> VecRef<'_, T> {
        VecRef { ptr: self.ptr, len: self.len, inc: self.inc, _life: PhantomData }
    }

    /// A shorter-lived mutable view of the same elements.
    #[inline]
    pub fn rb_mut(&mut self) -> VecMut<'_, T> {
        VecMut { ptr: self.ptr, len: self.len, inc: self.inc, _life: PhantomData }
    }

    /// Writes element `i` without a bounds check.
    ///
    /// # Safety
    /// `i < self.len()`.
    #[inline(always)]
    pub unsafe fn set_unchecked(&mut self, i: usize, v: T) {
        // SAFETY: the caller keeps `i` in bounds; the view owns the memory mutably.
        unsafe { *self.ptr.offset(i as isize * self.inc) = v }
    }

    /// Writes element `i`; panics when out of bounds.
    #[inline]
    pub fn set(&mut self, i: usize, v: T) {
        assert!(i < self.len, "index {i} out of bounds for length {}", self.len);
        // SAFETY: checked just above.
        unsafe { self.set_unchecked(i, v) }
    }

    /// The same elements in reverse order.
    pub fn reversed(self) -> Self {
        if self.len == 0 {
            return self;
        }
        // SAFETY: the last element is inside the view.
        let ptr = unsafe { self.ptr.offset((self.len as isize - 1) * self.inc) };
        Self { ptr, len: self.len, inc: -self.inc, _life: PhantomData }
    }

    /// Elements `start..start+len`.
    pub fn subvec(self, start: usize, len: usize) -> Self {
        assert!(start + len <= self.len);
        // SAFETY: bounds checked above.
        let ptr = if len == 0 { self.ptr } else { unsafe { self.ptr.offset(start as isize * self.inc) } };
        Self { ptr, len, inc: self.inc, _life: PhantomData }
    }
}

/// A read-only matrix with arbitrary row and column strides.
///
/// Element `(i, j)` lives at `ptr + i*row_stride + j*col_stride`; a column-major
/// BLAS matrix with leading dimension `ld` has strides `(1, ld)`, and its
/// transpose is the same memory with the strides swapped.
#[derive(Debug)]
pub struct MatRef<'a, T> {
    ptr: *const T,
    nrows: usize,
    ncols: usize,
    rs: isize,
    cs: isize,
    _life: PhantomData<&'a [T]>,
}

impl<T> Clone for MatRef<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for MatRef<'_, T> {}
// SAFETY: a MatRef is a shared borrow of `T`s.
unsafe impl<T: Sync> Send for MatRef<'_, T> {}
// SAFETY: as above.
unsafe impl<T: Sync> Sync for MatRef<'_, T> {}

/// A mutable matrix with arbitrary row and column strides.
#[derive(Debug)]
pub struct MatMut<'a, T> {
    ptr: *mut T,
    nrows: usize,
    ncols: usize,
    rs: isize,
    cs: isize,
    _life: PhantomData<&'a mut [T]>,
}

// SAFETY: a MatMut is an exclusive borrow of `T`s.
unsafe impl<T: Send> Send for MatMut<'_, T> {}
// SAFETY: shared access to a MatMut only reads.
unsafe impl<T: Sync> Sync for MatMut<'_, T> {}

/// Panics unless a column-major `m x n` matrix with leading dimension `ld` fits in `len` elements.
fn check_col_major(len: usize, m: usize, n: usize, ld: usize) {
    assert!(ld >= m.max(1), "leading dimension {ld} < rows {m}");
    if m > 0 && n > 0 {
        assert!(len >= (n - 1) * ld + m, "slice too short for a {m}x{n} matrix with ld = {ld}");
    }
}

macro_rules! mat_common {
    ($name:ident) => {
        impl<T> $name<'_, T> {
            /// Number of rows.
            #[inline]
            pub fn nrows(&self) -> usize {
                self.nrows
            }
            /// Number of columns.
            #[inline]
            pub fn ncols(&self) -> usize {
                self.ncols
            }
            /// Distance in elements between rows.
            #[inline]
            pub fn row_stride(&self) -> isize {
                self.rs
            }
            /// Distance in elements between columns.
            #[inline]
            pub fn col_stride(&self) -> isize {
                self.cs
            }
            /// Pointer to element `(0, 0)`.
            #[inline]
            pub fn as_ptr(&self) -> *const T {
                self.ptr
            }
            /// Pointer to element `(i, j)` without a bounds check (no access is made).
            #[inline(always)]
            pub fn ptr_at(&self, i: usize, j: usize) -> *const T {
                self.ptr.wrapping_offset(i as isize * self.rs + j as isize * self.cs)
            }
            /// Element `(i, j)` without a bounds check.
            ///
            /// # Safety
            /// `i < nrows`, `j < ncols`.
            #[inline(always)]
            pub unsafe fn get_unchecked(&self, i: usize, j: usize) -> T
            where
                T: Copy,
            {
                // SAFETY: in bounds by the caller's promise.
                unsafe { *self.ptr_at(i, j) }
            }
            /// Element `(i, j)`; panics when out of bounds.
            #[inline]
            pub fn get(&self, i: usize, j: usize) -> T
            where
                T: Copy,
            {
                assert!(i < self.nrows && j < self.ncols);
                // SAFETY: checked just above.
                unsafe { self.get_unchecked(i, j) }
            }
        }
    };
}

mat_common!(MatRef);
mat_common!(MatMut);

impl<'a, T> MatRef<'a, T> {
    /// The same matrix with its rows and columns in reverse order.
    pub fn reversed(self) -> Self {
        if self.nrows == 0 || self.ncols == 0 {
            return self;
        }
        let ptr = self.ptr.wrapping_offset((self.nrows as isize - 1) * self.rs + (self.ncols as isize - 1) * self.cs);
        Self { ptr, nrows: self.nrows, ncols: self.ncols, rs: -self.rs, cs: -self.cs, _life: PhantomData }
    }

    /// Column `j` as a slice, when its elements are contiguous (row stride 1,
    /// or at most one row); `None` otherwise.
    pub fn col_slice(self, j: usize) -> Option<&'a [T]> {
        assert!(j < self.ncols);
        if self.nrows == 0 {
            return Some(&[]);
        }
        if self.rs != 1 && self.nrows > 1 {
            return None;
        }
        let ptr = self.ptr.wrapping_offset(j as isize * self.cs);
        // SAFETY: the column's `nrows` elements are contiguous and inside the
        // matrix, which is borrowed for `'a`.
        Some(unsafe { std::slice::from_raw_parts(ptr, self.nrows) })
    }

    /// A column-major `m x n` matrix with leading dimension `ld` over `s`.
    pub fn from_col_major(s: &'a [T], m: usize, n: usize, ld: usize) -> Self {
        check_col_major(s.len(), m, n, ld);
        // SAFETY: checked above.
        unsafe { Self::from_raw_parts(s.as_ptr(), m, n, 1, ld as isize) }
    }

    /// A matrix over raw memory with the given strides.
    ///
    /// # Safety
    /// Every element `(i, j)` must be valid for reads for `'a`.
    pub unsafe fn from_raw_parts(ptr: *const T, nrows: usize, ncols: usize, rs: isize, cs: isize) -> Self {
        Self { ptr, nrows, ncols, rs, cs, _life: PhantomData }
    }

    /// The transpose: the same memory with the strides swapped.
    pub fn transpose(self) -> Self {
        Self { ptr: self.ptr, nrows: self.ncols, ncols: self.nrows, rs: self.cs, cs: self.rs, _life: PhantomData }
    }

    /// Rows `i..i+m` and columns `j..j+n`.
    pub fn submatrix(self, i: usize, j: usize, m: usize, n: usize) -> Self {
        assert!(i + m <= self.nrows && j + n <= self.ncols);
        Self { ptr: self.ptr_at(i, j), nrows: m, ncols: n, rs: self.rs, cs: self.cs, _life: PhantomData }
    }

    /// The dense `m x n` matrix that band storage holds along its diagonals:
    /// element `(i, j)` of the result is element `(top + i - j, j)` of `self`
    /// (LAPACK's band storage puts `A(i, j)` at row `k + i - j` of column `j`,
    /// so a band array seen with column stride `ld - 1` is the dense matrix
    /// near the diagonal). Panics unless every element lands inside `self`:
    /// `top + 1 >= n` and `top + m <= nrows` (when `m, n > 0`), `n <= ncols`.
    pub fn sheared(self, top: usize, m: usize, n: usize) -> Self {
        if m == 0 || n == 0 {
            return self.submatrix(0, 0, 0, 0);
        }
        assert!(top + 1 >= n && top + m <= self.nrows && n <= self.ncols, "sheared view outside the band");
        let ptr = self.ptr_at(top, 0);
        Self { ptr, nrows: m, ncols: n, rs: self.rs, cs: self.cs - self.rs, _life: PhantomData }
    }

    /// Column `j` as a vector.
    pub fn col(self, j: usize) -> VecRef<'a, T> {
        assert!(j < self.ncols);
        // SAFETY: the column is inside the matrix.
        unsafe { VecRef::from_raw_parts(self.ptr_at(0, j), self.nrows, self.rs) }
    }

    /// Row `i` as a vector.
    pub fn row(self, i: usize) -> VecRef<'a, T> {
        assert!(i < self.nrows);
        // SAFETY: the row is inside the matrix.
        unsafe { VecRef::from_raw_parts(self.ptr_at(i, 0), self.ncols, self.cs) }
    }
}

impl<'a, T> MatMut<'a, T> {
    /// A column-major `m x n` matrix with leading dimension `ld` over `s`.
    pub fn from_col_major(s: &'a mut [T], m: usize, n: usize, ld: usize) -> Self {
        check_col_major(s.len(), m, n, ld);
        // SAFETY: checked above; `ld >= m` keeps the elements distinct.
        unsafe { Self::from_raw_parts(s.as_mut_ptr(), m, n, 1, ld as isize) }
    }

    /// A mutable matrix over raw memory with the given strides.
    ///
    /// # Safety
    /// Every element `(i, j)` must be valid for reads and writes for `'a`, distinct
    /// elements must not overlap, and nothing else may access them meanwhile.
    pub unsafe fn from_raw_parts(ptr: *mut T, nrows: usize, ncols: usize, rs: isize, cs: isize) -> Self {
        Self { ptr, nrows, ncols, rs, cs, _life: PhantomData }
    }

    /// Mutable pointer to element `(0, 0)`.
    #[inline]
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self.ptr
    }

    /// Mutable pointer to element `(i, j)` (no access is made).
    #[inline(always)]
    pub fn ptr_at_mut(&mut self, i: usize, j: usize) -> *mut T {
        self.ptr.wrapping_offset(i as isize * self.rs + j as isize * self.cs)
    }

    /// Writes element `(i, j)` without a bounds check.
    ///
    /// # Safety
    /// `i < nrows`, `j < ncols`.
    #[inline(always)]
    pub unsafe fn set_unchecked(&mut self, i: usize, j: usize, v: T) {
        // SAFETY: in bounds by the caller's promise.
        unsafe { *self.ptr_at_mut(i, j) = v }
    }

    /// Writes element `(i, j)`; panics when out of bounds.
    #[inline]
    pub fn set(&mut self, i: usize, j: usize, v: T) {
        assert!(i < self.nrows && j < self.ncols);
        // SAFETY: checked just above.
        unsafe { self.set_unchecked(i, j, v) }
    }

    /// A read-only view of the same matrix.
    #[inline]
    pub fn rb(&self) -> MatRef<'_, T> {
        MatRef { ptr: self.ptr, nrows: self.nrows, ncols: self.ncols, rs: self.rs, cs: self.cs, _life: PhantomData }
    }

    /// A shorter-lived mutable view of the same matrix.
    #[inline]
    pub fn rb_mut(&mut self) -> MatMut<'_, T> {
        MatMut { ptr: self.ptr, nrows: self.nrows, ncols: self.ncols, rs: self.rs, cs: self.cs, _life: PhantomData }
    }

    /// The transpose: the same memory with the strides swapped.
    pub fn transpose(self) -> Self {
        Self { ptr: self.ptr, nrows: self.ncols, ncols: self.nrows, rs: self.cs, cs: self.rs, _life: PhantomData }
    }

    /// Rows `i..i+m` and columns `j..j+n`.
    pub fn submatrix(self, i: usize, j: usize, m: usize, n: usize) -> Self {
        assert!(i + m <= self.nrows && j + n <= self.ncols);
        let ptr = self.ptr.wrapping_offset(i as isize * self.rs + j as isize * self.cs);
        Self { ptr, nrows: m, ncols: n, rs: self.rs, cs: self.cs, _life: PhantomData }
    }

    /// The same view, read-only, for the whole lifetime of the borrow.
    #[inline]
    pub fn into_ref(self) -> MatRef<'a, T> {
        MatRef { ptr: self.ptr, nrows: self.nrows, ncols: self.ncols, rs: self.rs, cs: self.cs, _life: PhantomData }
    }

    /// Column `j` as a mutable slice, when its elements are contiguous (row
    /// stride 1, or at most one row); `None` otherwise.
    pub fn col_slice_mut(&mut self, j: usize) -> Option<&mut [T]> {
        assert!(j < self.ncols);
        if self.nrows == 0 {
            return Some(&mut []);
        }
        if self.rs != 1 && self.nrows > 1 {
            return None;
        }
        let ptr = self.ptr.wrapping_offset(j as isize * self.cs);
        // SAFETY: the column's `nrows` elements are contiguous and inside the
        // matrix, which is borrowed exclusively through `self`.
        Some(unsafe { std::slice::from_raw_parts_mut(ptr, self.nrows) })
    }

    /// The same matrix with its rows and columns in reverse order (element
    /// `(i, j)` of the result is `(m-1-i, n-1-j)`): an upper triangle becomes
    /// a lower one, walked from the other end.
    pub fn reversed(self) -> Self {
        if self.nrows == 0 || self.ncols == 0 {
            return self;
        }
        let ptr = self.ptr.wrapping_offset((self.nrows as isize - 1) * self.rs + (self.ncols as isize - 1) * self.cs);
        Self { ptr, nrows: self.nrows, ncols: self.ncols, rs: -self.rs, cs: -self.cs, _life: PhantomData }
    }

    /// The same matrix with its rows in reverse order.
    pub fn reversed_rows(self) -> Self {
        if self.nrows == 0 {
            return self;
        }
        let ptr = self.ptr.wrapping_offset((self.nrows as isize - 1) * self.rs);
        Self { ptr, nrows: self.nrows, ncols: self.ncols, rs: -self.rs, cs: self.cs, _life: PhantomData }
    }

    /// Columns `..j` and `j..`, two disjoint mutable views.
    pub fn split_at_col(self, j: usize) -> (Self, Self) {
        assert!(j <= self.ncols);
        let right = self.ptr.wrapping_offset(j as isize * self.cs);
        let (m, n, rs, cs) = (self.nrows, self.ncols, self.rs, self.cs);
        (
            Self { ptr: self.ptr, nrows: m, ncols: j, rs, cs, _life: PhantomData },
            Self { ptr: right, nrows: m, ncols: n - j, rs, cs, _life: PhantomData },
        )
    }

    /// Rows `..i` and `i..`, two disjoint mutable views.
    pub fn split_at_row(self, i: usize) -> (Self, Self) {
        let (top, bottom) = self.transpose().split_at_col(i);
        (top.transpose(), bottom.transpose())
    }

    /// The four blocks `(A11, A12, A21, A22)` split at row `i` and column `j`.
    pub fn split_at(self, i: usize, j: usize) -> (Self, Self, Self, Self) {
        let (left, right) = self.split_at_col(j);
        let (a11, a21) = left.split_at_row(i);
        let (a12, a22) = right.split_at_row(i);
        (a11, a12, a21, a22)
    }

    /// The mutable form of [`MatRef::sheared`]: element `(i, j)` of the
    /// `m x n` result is element `(top + i - j, j)` of `self`. Distinct
    /// elements of the result are distinct elements of `self` (the map
    /// `(i, j) -> (top + i - j, j)` is one-to-one), so the view is sound.
    pub fn sheared(self, top: usize, m: usize, n: usize) -> Self {
        if m == 0 || n == 0 {
            return self.submatrix(0, 0, 0, 0);
        }
        assert!(top + 1 >= n && top + m <= self.nrows && n <= self.ncols, "sheared view outside the band");
        let ptr = self.ptr.wrapping_offset(top as isize * self.rs);
        Self { ptr, nrows: m, ncols: n, rs: self.rs, cs: self.cs - self.rs, _life: PhantomData }
    }

    /// Column `j` as a mutable vector.
    pub fn col_mut(self, j: usize) -> VecMut<'a, T> {
        assert!(j < self.ncols);
        let ptr = self.ptr.wrapping_offset(j as isize * self.cs);
        // SAFETY: the column is inside the matrix, which we borrow exclusively.
        unsafe { VecMut::from_raw_parts(ptr, self.nrows, self.rs) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blas_negative_increment_walks_backwards() {
        let a = [1.0, 2.0, 3.0, 4.0, 5.0];
        let v = VecRef::from_blas(&a, 3, -2);
        assert_eq!((v.get(0), v.get(1), v.get(2)), (5.0, 3.0, 1.0));
        assert_eq!(v.lowest_ptr(), a.as_ptr());
        let r = v.reversed();
        assert_eq!((r.get(0), r.get(2)), (1.0, 5.0));
        assert_eq!(blas_span(3, -2), 5);
    }

    #[test]
    #[should_panic]
    fn short_slice_is_refused() {
        let a = [1.0; 4];
        let _ = VecRef::from_blas(&a, 3, 2);
    }

    #[test]
    fn matrix_transpose_swaps_strides() {
        let a: Vec<f64> = (0..12).map(|x| x as f64).collect();
        let m = MatRef::from_col_major(&a, 3, 4, 3);
        assert_eq!(m.get(2, 1), 5.0);
        let t = m.transpose();
        assert_eq!(t.get(1, 2), 5.0);
        assert_eq!(m.col(1).get(2), 5.0);
        assert_eq!(m.row(2).get(3), 11.0);
    }
}
