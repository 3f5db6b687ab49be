//! Level-1 BLAS through the Fortran ABI (`daxpy_`, `zdotc_`, ...).
//!
//! The generic `*_raw` functions hold the reference's semantics for raw
//! arguments (quick returns, non-positive increments) and are shared with the
//! CBLAS entry points. The Fortran symbols themselves (LP64 and ILP64) are
//! generated from `capi/lapack.spec` into [`crate::generated::fortran`].

use crate::int::{inc, len, BlasInt};
use crate::lapack_rt::AbiInt;
use ferroblas_kernels::level1;
use ferroblas_kernels::level1::RotmParam;
use ferroblas_kernels::scalar::{c32, c64, RealScalar, Scalar};
use ferroblas_kernels::views::{VecMut, VecRef};

/// A read-only BLAS vector argument.
///
/// # Safety
/// `x` valid for the `1 + (n-1)*|incx|` elements the arguments declare.
#[inline(always)]
pub(crate) unsafe fn vref<'a, T>(n: i64, x: *const T, incx: i64) -> VecRef<'a, T> {
    // SAFETY: forwarded contract.
    unsafe { VecRef::from_raw_blas(x, len(n), inc(incx)) }
}

/// A mutable BLAS vector argument.
///
/// # Safety
/// As [`vref`], for reads and writes.
#[inline(always)]
pub(crate) unsafe fn vmut<'a, T>(n: i64, x: *mut T, incx: i64) -> VecMut<'a, T> {
    // SAFETY: forwarded contract.
    unsafe { VecMut::from_raw_blas(x, len(n), inc(incx)) }
}

/// `y += alpha x`; quick return for `n <= 0` or `alpha = 0`.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn axpy_raw<T: Scalar, I: AbiInt>(n: I, alpha: T, x: *const T, incx: I, y: *mut T, incy: I) {
    let (n, incx, incy) = (n.get(), incx.get(), incy.get());
    if n > 0 && !alpha.is_zero() {
        // SAFETY: forwarded contract.
        unsafe { level1::axpy(alpha, vref(n, x, incx), vmut(n, y, incy)) }
    }
}

/// `y = alpha x + beta y`; quick return for `n <= 0`.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn axpby_raw<T: Scalar, I: AbiInt>(n: I, alpha: T, x: *const T, incx: I, beta: T, y: *mut T, incy: I) {
    let (n, incx, incy) = (n.get(), incx.get(), incy.get());
    if n > 0 {
        // SAFETY: forwarded contract.
        unsafe { level1::axpby(alpha, vref(n, x, incx), beta, vmut(n, y, incy)) }
    }
}

/// `x *= alpha`; nothing for `n <= 0` or `incx <= 0`, as in the reference.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn scal_raw<T: Scalar, I: AbiInt>(n: I, alpha: T, x: *mut T, incx: I) {
    let (n, incx) = (n.get(), incx.get());
    if n > 0 && incx > 0 {
        // SAFETY: forwarded contract.
        unsafe { level1::scal(alpha, vmut(n, x, incx)) }
    }
}

/// `x *= alpha` with real `alpha`; nothing for `n <= 0` or `incx <= 0`.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn scal_real_raw<T: Scalar, I: AbiInt>(n: I, alpha: T::Real, x: *mut T, incx: I) {
    let (n, incx) = (n.get(), incx.get());
    if n > 0 && incx > 0 {
        // SAFETY: forwarded contract.
        unsafe { level1::scal_real(alpha, vmut(n, x, incx)) }
    }
}

/// `y = x`.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn copy_raw<T: Scalar, I: AbiInt>(n: I, x: *const T, incx: I, y: *mut T, incy: I) {
    let (n, incx, incy) = (n.get(), incx.get(), incy.get());
    if n > 0 {
        // SAFETY: forwarded contract.
        unsafe { level1::copy(vref(n, x, incx), vmut(n, y, incy)) }
    }
}

/// `x <-> y`.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn swap_raw<T: Scalar, I: AbiInt>(n: I, x: *mut T, incx: I, y: *mut T, incy: I) {
    let (n, incx, incy) = (n.get(), incx.get(), incy.get());
    if n > 0 {
        // SAFETY: forwarded contract.
        unsafe { level1::swap(vmut(n, x, incx), vmut(n, y, incy)) }
    }
}

/// Plane rotation with real `c`, `s`.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn rot_raw<T: Scalar, I: AbiInt>(n: I, x: *mut T, incx: I, y: *mut T, incy: I, c: T::Real, s: T::Real) {
    let (n, incx, incy) = (n.get(), incx.get(), incy.get());
    if n > 0 {
        // SAFETY: forwarded contract.
        unsafe { level1::rot(vmut(n, x, incx), vmut(n, y, incy), c, s) }
    }
}

/// Modified rotation; `param` holds five reals.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare; `param` for 5 reads.
pub unsafe fn rotm_raw<R: RealScalar, I: AbiInt>(n: I, x: *mut R, incx: I, y: *mut R, incy: I, param: *const R) {
    let (n, incx, incy) = (n.get(), incx.get(), incy.get());
    if n > 0 {
        // SAFETY: forwarded contract.
        unsafe {
            let p: RotmParam<R> = *(param as *const RotmParam<R>);
            level1::rotm(vmut(n, x, incx), vmut(n, y, incy), &p)
        }
    }
}

/// `sum x_i y_i`.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn dotu_raw<T: Scalar, I: AbiInt>(n: I, x: *const T, incx: I, y: *const T, incy: I) -> T {
    let (n, incx, incy) = (n.get(), incx.get(), incy.get());
    if n <= 0 {
        return T::zero();
    }
    // SAFETY: forwarded contract.
    unsafe { level1::dotu(vref(n, x, incx), vref(n, y, incy)) }
}

/// `sum conj(x_i) y_i`.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn dotc_raw<T: Scalar, I: AbiInt>(n: I, x: *const T, incx: I, y: *const T, incy: I) -> T {
    let (n, incx, incy) = (n.get(), incx.get(), incy.get());
    if n <= 0 {
        return T::zero();
    }
    // SAFETY: forwarded contract.
    unsafe { level1::dotc(vref(n, x, incx), vref(n, y, incy)) }
}

/// `sum x_i y_i` of `f32`s in `f64`.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn dsdot_raw<I: AbiInt>(n: I, x: *const f32, incx: I, y: *const f32, incy: I) -> f64 {
    let (n, incx, incy) = (n.get(), incx.get(), incy.get());
    if n <= 0 {
        return 0.0;
    }
    // SAFETY: forwarded contract.
    unsafe { level1::dsdot(vref(n, x, incx), vref(n, y, incy)) }
}

/// `sum |re x_i| + |im x_i|`; zero for `n <= 0` or `incx <= 0`.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn asum_raw<T: Scalar, I: AbiInt>(n: I, x: *const T, incx: I) -> T::Real {
    let (n, incx) = (n.get(), incx.get());
    if n <= 0 || incx <= 0 {
        return T::Real::zero();
    }
    // SAFETY: forwarded contract.
    unsafe { level1::asum(vref(n, x, incx)) }
}

/// Euclidean norm; zero for `n <= 0`. Any increment, as LAPACK 3.10's `nrm2`.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn nrm2_raw<T: Scalar, I: AbiInt>(n: I, x: *const T, incx: I) -> T::Real {
    let (n, incx) = (n.get(), incx.get());
    if n <= 0 {
        return T::Real::zero();
    }
    // SAFETY: forwarded contract.
    unsafe { level1::nrm2(vref(n, x, incx)) }
}

/// 1-based index of the largest (`MAX`) or smallest `|re| + |im|`; 0 for
/// `n < 1` or `incx <= 0`.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn iamax_raw<T: Scalar, I: AbiInt, const MAX: bool>(n: I, x: *const T, incx: I) -> i64 {
    let (n, incx) = (n.get(), incx.get());
    if n < 1 || incx <= 0 {
        return 0;
    }
    // SAFETY: forwarded contract.
    let v = unsafe { vref(n, x, incx) };
    let i = if MAX { level1::iamax(v) } else { level1::iamin(v) };
    i.map_or(0, |i| i as i64 + 1)
}

/// `sb + sum x_i y_i` accumulated in double precision (`sdsdot`), for the
/// generic Fortran body: `R` is `f32` there.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn sdsdot_raw<R: RealScalar, I: AbiInt>(n: I, sb: R, x: *const R, incx: I, y: *const R, incy: I) -> R {
    let (n, incx, incy) = (n.get(), incx.get(), incy.get());
    if n <= 0 {
        return sb;
    }
    let (x, y) = (single(x), single(y));
    // SAFETY: forwarded contract.
    let v = unsafe { level1::sdsdot(sb.to_f64() as f32, vref(n, x, incx), vref(n, y, incy)) };
    R::from_f64(v as f64)
}

/// `sum x_i y_i` of single-precision vectors in double precision (`dsdot`).
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn dsdot_any<R: RealScalar, I: AbiInt>(n: I, x: *const R, incx: I, y: *const R, incy: I) -> f64 {
    // SAFETY: forwarded contract.
    unsafe { dsdot_raw(n, single(x), incx, single(y), incy) }
}

/// `?rotg` for complex `T` (`crotg`, `zrotg`): `a := r`, returns `(c, s)`.
///
/// # Safety
/// `a` valid for reads and writes.
pub unsafe fn rotg_complex_raw<T: Scalar>(a: &mut T, b: T) -> (T::Real, T) {
    use std::any::TypeId;
    /// Reinterprets between two types the caller has checked are the same.
    fn same<A: Copy + 'static, B: Copy + 'static>(v: A) -> B {
        assert_eq!(TypeId::of::<A>(), TypeId::of::<B>());
        // SAFETY: `A` and `B` are the same type.
        unsafe { std::mem::transmute_copy(&v) }
    }
    if TypeId::of::<T>() == TypeId::of::<c32>() {
        let mut z: c32 = same(*a);
        let (c, s) = level1::rotg_complex(&mut z, same(b));
        *a = same(z);
        (same(c), same(s))
    } else {
        let mut z: c64 = same(*a);
        let (c, s) = level1::rotg_complex(&mut z, same(b));
        *a = same(z);
        (same(c), same(s))
    }
}

/// The routines defined only in single precision take `R = f32`.
fn single<R: RealScalar>(p: *const R) -> *const f32 {
    assert_eq!(std::any::TypeId::of::<R>(), std::any::TypeId::of::<f32>(), "a single-precision routine");
    p as *const f32
}

/// LSAME: whether two characters are the same letter regardless of case.
///
/// # Safety
/// `ca` and `cb` point to at least one byte each.
#[no_mangle]
pub unsafe extern "C" fn lsame_(ca: *const u8, cb: *const u8, _la: usize, _lb: usize) -> BlasInt {
    // SAFETY: one byte each, by contract.
    unsafe { (*ca).eq_ignore_ascii_case(&*cb) as BlasInt }
}
