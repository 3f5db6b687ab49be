//! ndarray arrays as ferroblas views (the `ndarray` feature): any
//! `ArrayBase` of rank 2 (owned, view, with any strides, negative ones
//! included) lends a [`MatRef`] or [`MatMut`] over the same memory, and one
//! of rank 1 a [`VecRef`] or [`VecMut`], so ferroblas's BLAS and LAPACK run
//! on ndarray data without copying.
//!
//! ```
//! use ferroblas::ndarray_views::{AsMatMut, AsMatRef};
//! use ferroblas::{level3, Trans};
//! use ndarray::array;
//!
//! let a = array![[1.0, 2.0], [3.0, 4.0]]; // row-major storage
//! let mut c = ndarray::Array2::<f64>::zeros((2, 2));
//! level3::gemm(Trans::No, Trans::No, 1.0, a.as_mat_ref(), a.t().as_mat_ref(), 0.0, c.as_mat_mut());
//! assert_eq!(c, array![[5.0, 11.0], [11.0, 25.0]]);
//! ```

use crate::{MatMut, MatRef, VecMut, VecRef};
use ndarray::{ArrayBase, Data, DataMut, Ix1, Ix2};

/// A rank-2 array read as a [`MatRef`].
pub trait AsMatRef<T> {
    /// The matrix over this array's memory, with its strides.
    fn as_mat_ref(&self) -> MatRef<'_, T>;
}

/// A rank-2 array written through a [`MatMut`].
pub trait AsMatMut<T> {
    /// The mutable matrix over this array's memory, with its strides.
    fn as_mat_mut(&mut self) -> MatMut<'_, T>;
}

/// A rank-1 array read as a [`VecRef`].
pub trait AsVecRef<T> {
    /// The vector over this array's memory, with its stride.
    fn as_vec_ref(&self) -> VecRef<'_, T>;
}

/// A rank-1 array written through a [`VecMut`].
pub trait AsVecMut<T> {
    /// The mutable vector over this array's memory, with its stride.
    fn as_vec_mut(&mut self) -> VecMut<'_, T>;
}

impl<T, S: Data<Elem = T>> AsMatRef<T> for ArrayBase<S, Ix2> {
    fn as_mat_ref(&self) -> MatRef<'_, T> {
        let (m, n) = self.dim();
        let s = self.strides();
        // SAFETY: ndarray guarantees every element (i, j) at ptr + i*s0 + j*s1
        // is valid for reads while `self` is borrowed.
        unsafe { MatRef::from_raw_parts(self.as_ptr(), m, n, s[0], s[1]) }
    }
}

impl<T, S: DataMut<Elem = T>> AsMatMut<T> for ArrayBase<S, Ix2> {
    fn as_mat_mut(&mut self) -> MatMut<'_, T> {
        let (m, n) = self.dim();
        let (s0, s1) = (self.strides()[0], self.strides()[1]);
        // SAFETY: `as_mut_ptr` makes the data unique (copy-on-write arrays
        // unshare); a mutable ndarray array never maps two indices to one
        // element, and the exclusive borrow of `self` keeps everyone else out.
        unsafe { MatMut::from_raw_parts(self.as_mut_ptr(), m, n, s0, s1) }
    }
}

impl<T, S: Data<Elem = T>> AsVecRef<T> for ArrayBase<S, Ix1> {
    fn as_vec_ref(&self) -> VecRef<'_, T> {
        // SAFETY: as for matrices, element i at ptr + i*stride.
        unsafe { VecRef::from_raw_parts(self.as_ptr(), self.len(), self.strides()[0]) }
    }
}

impl<T, S: DataMut<Elem = T>> AsVecMut<T> for ArrayBase<S, Ix1> {
    fn as_vec_mut(&mut self) -> VecMut<'_, T> {
        let (n, inc) = (self.len(), self.strides()[0]);
        // SAFETY: as for mutable matrices.
        unsafe { VecMut::from_raw_parts(self.as_mut_ptr(), n, inc) }
    }
}
