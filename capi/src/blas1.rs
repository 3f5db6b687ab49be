//! Level-1 BLAS through the Fortran ABI (`daxpy_`, `zdotc_`, ...).
//!
//! The generic `*_raw` functions hold the reference's semantics for raw
//! arguments (quick returns, non-positive increments) and are shared with the
//! CBLAS entry points; the macros below only stamp out the symbols.

use crate::guard::ffi_guard;
use crate::int::{inc, len, BlasInt};
use ferroblas_kernels::level1;
use ferroblas_kernels::level1::RotmParam;
use ferroblas_kernels::scalar::{c32, c64, RealScalar, Scalar};
use ferroblas_kernels::views::{VecMut, VecRef};

/// A read-only BLAS vector argument.
///
/// # Safety
/// `x` valid for the `1 + (n-1)*|incx|` elements the arguments declare.
#[inline(always)]
pub(crate) unsafe fn vref<'a, T>(n: BlasInt, x: *const T, incx: BlasInt) -> VecRef<'a, T> {
    // SAFETY: forwarded contract.
    unsafe { VecRef::from_raw_blas(x, len(n), inc(incx)) }
}

/// A mutable BLAS vector argument.
///
/// # Safety
/// As [`vref`], for reads and writes.
#[inline(always)]
pub(crate) unsafe fn vmut<'a, T>(n: BlasInt, x: *mut T, incx: BlasInt) -> VecMut<'a, T> {
    // SAFETY: forwarded contract.
    unsafe { VecMut::from_raw_blas(x, len(n), inc(incx)) }
}

/// `y += alpha x`; quick return for `n <= 0` or `alpha = 0`.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn axpy_raw<T: Scalar>(n: BlasInt, alpha: T, x: *const T, incx: BlasInt, y: *mut T, incy: BlasInt) {
    if n > 0 && !alpha.is_zero() {
        // SAFETY: forwarded contract.
        unsafe { level1::axpy(alpha, vref(n, x, incx), vmut(n, y, incy)) }
    }
}

/// `y = alpha x + beta y`; quick return for `n <= 0`.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn axpby_raw<T: Scalar>(
    n: BlasInt,
    alpha: T,
    x: *const T,
    incx: BlasInt,
    beta: T,
    y: *mut T,
    incy: BlasInt,
) {
    if n > 0 {
        // SAFETY: forwarded contract.
        unsafe { level1::axpby(alpha, vref(n, x, incx), beta, vmut(n, y, incy)) }
    }
}

/// `x *= alpha`; nothing for `n <= 0` or `incx <= 0`, as in the reference.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn scal_raw<T: Scalar>(n: BlasInt, alpha: T, x: *mut T, incx: BlasInt) {
    if n > 0 && incx > 0 {
        // SAFETY: forwarded contract.
        unsafe { level1::scal(alpha, vmut(n, x, incx)) }
    }
}

/// `x *= alpha` with real `alpha`; nothing for `n <= 0` or `incx <= 0`.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn scal_real_raw<T: Scalar>(n: BlasInt, alpha: T::Real, x: *mut T, incx: BlasInt) {
    if n > 0 && incx > 0 {
        // SAFETY: forwarded contract.
        unsafe { level1::scal_real(alpha, vmut(n, x, incx)) }
    }
}

/// `y = x`.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn copy_raw<T: Scalar>(n: BlasInt, x: *const T, incx: BlasInt, y: *mut T, incy: BlasInt) {
    if n > 0 {
        // SAFETY: forwarded contract.
        unsafe { level1::copy(vref(n, x, incx), vmut(n, y, incy)) }
    }
}

/// `x <-> y`.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn swap_raw<T: Scalar>(n: BlasInt, x: *mut T, incx: BlasInt, y: *mut T, incy: BlasInt) {
    if n > 0 {
        // SAFETY: forwarded contract.
        unsafe { level1::swap(vmut(n, x, incx), vmut(n, y, incy)) }
    }
}

/// Plane rotation with real `c`, `s`.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare.
pub unsafe fn rot_raw<T: Scalar>(
    n: BlasInt,
    x: *mut T,
    incx: BlasInt,
    y: *mut T,
    incy: BlasInt,
    c: T::Real,
    s: T::Real,
) {
    if n > 0 {
        // SAFETY: forwarded contract.
        unsafe { level1::rot(vmut(n, x, incx), vmut(n, y, incy), c, s) }
    }
}

/// Modified rotation; `param` holds five reals.
///
/// # Safety
/// Pointers valid for the vectors the arguments declare; `param` for 5 reads.
pub unsafe fn rotm_raw<R: RealScalar>(n: BlasInt, x: *mut R, incx: BlasInt, y: *mut R, incy: BlasInt, param: *const R) {
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
pub unsafe fn dotu_raw<T: Scalar>(n: BlasInt, x: *const T, incx: BlasInt, y: *const T, incy: BlasInt) -> T {
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
pub unsafe fn dotc_raw<T: Scalar>(n: BlasInt, x: *const T, incx: BlasInt, y: *const T, incy: BlasInt) -> T {
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
pub unsafe fn dsdot_raw(n: BlasInt, x: *const f32, incx: BlasInt, y: *const f32, incy: BlasInt) -> f64 {
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
pub unsafe fn asum_raw<T: Scalar>(n: BlasInt, x: *const T, incx: BlasInt) -> T::Real {
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
pub unsafe fn nrm2_raw<T: Scalar>(n: BlasInt, x: *const T, incx: BlasInt) -> T::Real {
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
pub unsafe fn iamax_raw<T: Scalar, const MAX: bool>(n: BlasInt, x: *const T, incx: BlasInt) -> BlasInt {
    if n < 1 || incx <= 0 {
        return 0;
    }
    // SAFETY: forwarded contract.
    let v = unsafe { vref(n, x, incx) };
    let i = if MAX { level1::iamax(v) } else { level1::iamin(v) };
    i.map_or(0, |i| i as BlasInt + 1)
}

macro_rules! f77 {
    ($(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),* $(,)?) $(-> $ret:ty)? $body:block) => {
        $(#[$doc])*
        ///
        /// # Safety
        /// Fortran calling convention: every argument is a valid pointer, and
        /// arrays hold the elements their sizes and increments declare.
        #[no_mangle]
        pub unsafe extern "C" fn $name($($arg: $ty),*) $(-> $ret)? {
            // SAFETY: the caller honours the Fortran BLAS contract above.
            ffi_guard(stringify!($name), || unsafe { $body })
        }
    };
}

macro_rules! f77_all_types {
    ($( $t:ty, $r:ty => $axpy:ident $axpby:ident $scal:ident $copy:ident $swap:ident $asum:ident $nrm2:ident $iamax:ident $iamin:ident ;)*) => {$(
        f77!(#[doc = "`y += alpha x`."] fn $axpy(n: *const BlasInt, alpha: *const $t, x: *const $t, incx: *const BlasInt, y: *mut $t, incy: *const BlasInt) {
            axpy_raw(*n, *alpha, x, *incx, y, *incy)
        });
        f77!(#[doc = "`y = alpha x + beta y` (extension)."] fn $axpby(n: *const BlasInt, alpha: *const $t, x: *const $t, incx: *const BlasInt, beta: *const $t, y: *mut $t, incy: *const BlasInt) {
            axpby_raw(*n, *alpha, x, *incx, *beta, y, *incy)
        });
        f77!(#[doc = "`x *= alpha`."] fn $scal(n: *const BlasInt, alpha: *const $t, x: *mut $t, incx: *const BlasInt) {
            scal_raw(*n, *alpha, x, *incx)
        });
        f77!(#[doc = "`y = x`."] fn $copy(n: *const BlasInt, x: *const $t, incx: *const BlasInt, y: *mut $t, incy: *const BlasInt) {
            copy_raw(*n, x, *incx, y, *incy)
        });
        f77!(#[doc = "`x <-> y`."] fn $swap(n: *const BlasInt, x: *mut $t, incx: *const BlasInt, y: *mut $t, incy: *const BlasInt) {
            swap_raw(*n, x, *incx, y, *incy)
        });
        f77!(#[doc = "`sum |re x_i| + |im x_i|`."] fn $asum(n: *const BlasInt, x: *const $t, incx: *const BlasInt) -> $r {
            asum_raw(*n, x, *incx)
        });
        f77!(#[doc = "Euclidean norm without overflow or underflow."] fn $nrm2(n: *const BlasInt, x: *const $t, incx: *const BlasInt) -> $r {
            nrm2_raw(*n, x, *incx)
        });
        f77!(#[doc = "1-based index of the first largest `|re| + |im|`."] fn $iamax(n: *const BlasInt, x: *const $t, incx: *const BlasInt) -> BlasInt {
            iamax_raw::<$t, true>(*n, x, *incx)
        });
        f77!(#[doc = "1-based index of the first smallest `|re| + |im|` (extension)."] fn $iamin(n: *const BlasInt, x: *const $t, incx: *const BlasInt) -> BlasInt {
            iamax_raw::<$t, false>(*n, x, *incx)
        });
    )*};
}

f77_all_types! {
    f32, f32 => saxpy_ saxpby_ sscal_ scopy_ sswap_ sasum_ snrm2_ isamax_ isamin_;
    f64, f64 => daxpy_ daxpby_ dscal_ dcopy_ dswap_ dasum_ dnrm2_ idamax_ idamin_;
    c32, f32 => caxpy_ caxpby_ cscal_ ccopy_ cswap_ scasum_ scnrm2_ icamax_ icamin_;
    c64, f64 => zaxpy_ zaxpby_ zscal_ zcopy_ zswap_ dzasum_ dznrm2_ izamax_ izamin_;
}

macro_rules! f77_real {
    ($( $t:ty => $dot:ident $rot:ident $rotm:ident $rotg:ident $rotmg:ident ;)*) => {$(
        f77!(#[doc = "`sum x_i y_i`."] fn $dot(n: *const BlasInt, x: *const $t, incx: *const BlasInt, y: *const $t, incy: *const BlasInt) -> $t {
            dotu_raw(*n, x, *incx, y, *incy)
        });
        f77!(#[doc = "Applies a plane rotation."] fn $rot(n: *const BlasInt, x: *mut $t, incx: *const BlasInt, y: *mut $t, incy: *const BlasInt, c: *const $t, s: *const $t) {
            rot_raw(*n, x, *incx, y, *incy, *c, *s)
        });
        f77!(#[doc = "Applies a modified plane rotation."] fn $rotm(n: *const BlasInt, x: *mut $t, incx: *const BlasInt, y: *mut $t, incy: *const BlasInt, param: *const $t) {
            rotm_raw(*n, x, *incx, y, *incy, param)
        });
        f77!(#[doc = "Constructs a plane rotation; `a := r`, `b := z`."] fn $rotg(a: *mut $t, b: *mut $t, c: *mut $t, s: *mut $t) {
            let (cc, ss) = level1::rotg(&mut *a, &mut *b);
            *c = cc;
            *s = ss;
        });
        f77!(#[doc = "Constructs a modified plane rotation."] fn $rotmg(d1: *mut $t, d2: *mut $t, x1: *mut $t, y1: *const $t, param: *mut $t) {
            level1::rotmg(&mut *d1, &mut *d2, &mut *x1, *y1, &mut *(param as *mut RotmParam<$t>))
        });
    )*};
}

f77_real! {
    f32 => sdot_ srot_ srotm_ srotg_ srotmg_;
    f64 => ddot_ drot_ drotm_ drotg_ drotmg_;
}

macro_rules! f77_complex {
    ($( $t:ty, $r:ty => $dotu:ident $dotc:ident $rscal:ident $rot:ident $rotg:ident $abs1:ident ;)*) => {$(
        f77!(#[doc = "`sum x_i y_i`, returned by value as gfortran returns COMPLEX."] fn $dotu(n: *const BlasInt, x: *const $t, incx: *const BlasInt, y: *const $t, incy: *const BlasInt) -> $t {
            dotu_raw(*n, x, *incx, y, *incy)
        });
        f77!(#[doc = "`sum conj(x_i) y_i`, returned by value as gfortran returns COMPLEX."] fn $dotc(n: *const BlasInt, x: *const $t, incx: *const BlasInt, y: *const $t, incy: *const BlasInt) -> $t {
            dotc_raw(*n, x, *incx, y, *incy)
        });
        f77!(#[doc = "`x *= alpha` with real `alpha`."] fn $rscal(n: *const BlasInt, alpha: *const $r, x: *mut $t, incx: *const BlasInt) {
            scal_real_raw(*n, *alpha, x, *incx)
        });
        f77!(#[doc = "Applies a plane rotation with real `c`, `s` to complex vectors."] fn $rot(n: *const BlasInt, x: *mut $t, incx: *const BlasInt, y: *mut $t, incy: *const BlasInt, c: *const $r, s: *const $r) {
            rot_raw(*n, x, *incx, y, *incy, *c, *s)
        });
        f77!(#[doc = "Constructs a complex plane rotation; `a := r`."] fn $rotg(a: *mut $t, b: *const $t, c: *mut $r, s: *mut $t) {
            let (cc, ss) = level1::rotg_complex(&mut *a, *b);
            *c = cc;
            *s = ss;
        });
        f77!(#[doc = "`|re z| + |im z|`."] fn $abs1(z: *const $t) -> $r {
            (*z).abs1()
        });
    )*};
}

f77_complex! {
    c32, f32 => cdotu_ cdotc_ csscal_ csrot_ crotg_ scabs1_;
    c64, f64 => zdotu_ zdotc_ zdscal_ zdrot_ zrotg_ dcabs1_;
}

f77!(
    #[doc = "`sb + sum x_i y_i`, accumulated in double precision."]
    fn sdsdot_(
        n: *const BlasInt,
        sb: *const f32,
        x: *const f32,
        incx: *const BlasInt,
        y: *const f32,
        incy: *const BlasInt,
    ) -> f32 {
        if *n <= 0 {
            *sb
        } else {
            level1::sdsdot(*sb, vref(*n, x, *incx), vref(*n, y, *incy))
        }
    }
);

f77!(
    #[doc = "`sum x_i y_i` of single-precision vectors, in double precision."]
    fn dsdot_(n: *const BlasInt, x: *const f32, incx: *const BlasInt, y: *const f32, incy: *const BlasInt) -> f64 {
        dsdot_raw(*n, x, *incx, y, *incy)
    }
);

/// LSAME: whether two characters are the same letter regardless of case.
///
/// # Safety
/// `ca` and `cb` point to at least one byte each.
#[no_mangle]
pub unsafe extern "C" fn lsame_(ca: *const u8, cb: *const u8, _la: usize, _lb: usize) -> BlasInt {
    // SAFETY: one byte each, by contract.
    unsafe { (*ca).eq_ignore_ascii_case(&*cb) as BlasInt }
}
