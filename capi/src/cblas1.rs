//! Level-1 BLAS through CBLAS (`cblas_daxpy`, `cblas_zdotc_sub`, ...).
//!
//! Arguments come by value; complex scalars come as `const void *`. Index
//! functions return 0-based `CBLAS_INDEX` (`size_t`), 0 for an empty vector.

use crate::blas1::*;
use crate::guard::ffi_guard;
use ferroblas_kernels::level1;
use ferroblas_kernels::level1::RotmParam;
use ferroblas_kernels::scalar::{c32, c64};
use std::ffi::{c_int, c_void};

macro_rules! cblas {
    ($(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),* $(,)?) $(-> $ret:ty)? $body:block) => {
        $(#[$doc])*
        ///
        /// # Safety
        /// CBLAS contract: arrays hold the elements their sizes and increments
        /// declare; pointer scalars are valid.
        #[no_mangle]
        pub unsafe extern "C" fn $name($($arg: $ty),*) $(-> $ret)? {
            // SAFETY: the caller honours the CBLAS contract above.
            ffi_guard(stringify!($name), || unsafe { $body })
        }
    };
}

/// 0-based CBLAS index from a 1-based BLAS one (0 stays 0).
fn cblas_index(i: i64) -> usize {
    (i.max(1) - 1) as usize
}

macro_rules! cblas_real {
    ($( $t:ty => $axpy:ident $axpby:ident $scal:ident $copy:ident $swap:ident $asum:ident $nrm2:ident $iamax:ident $iamin:ident
                 $dot:ident $rot:ident $rotm:ident $rotg:ident $rotmg:ident ;)*) => {$(
        cblas!(#[doc = "`y += alpha x`."] fn $axpy(n: c_int, alpha: $t, x: *const $t, incx: c_int, y: *mut $t, incy: c_int) {
            axpy_raw(n, alpha, x, incx, y, incy)
        });
        cblas!(#[doc = "`y = alpha x + beta y` (extension)."] fn $axpby(n: c_int, alpha: $t, x: *const $t, incx: c_int, beta: $t, y: *mut $t, incy: c_int) {
            axpby_raw(n, alpha, x, incx, beta, y, incy)
        });
        cblas!(#[doc = "`x *= alpha`."] fn $scal(n: c_int, alpha: $t, x: *mut $t, incx: c_int) {
            scal_raw(n, alpha, x, incx)
        });
        cblas!(#[doc = "`y = x`."] fn $copy(n: c_int, x: *const $t, incx: c_int, y: *mut $t, incy: c_int) {
            copy_raw(n, x, incx, y, incy)
        });
        cblas!(#[doc = "`x <-> y`."] fn $swap(n: c_int, x: *mut $t, incx: c_int, y: *mut $t, incy: c_int) {
            swap_raw(n, x, incx, y, incy)
        });
        cblas!(#[doc = "`sum |x_i|`."] fn $asum(n: c_int, x: *const $t, incx: c_int) -> $t {
            asum_raw(n, x, incx)
        });
        cblas!(#[doc = "Euclidean norm."] fn $nrm2(n: c_int, x: *const $t, incx: c_int) -> $t {
            nrm2_raw(n, x, incx)
        });
        cblas!(#[doc = "0-based index of the first largest `|x_i|`."] fn $iamax(n: c_int, x: *const $t, incx: c_int) -> usize {
            cblas_index(iamax_raw::<$t, _, true>(n, x, incx))
        });
        cblas!(#[doc = "0-based index of the first smallest `|x_i|` (extension)."] fn $iamin(n: c_int, x: *const $t, incx: c_int) -> usize {
            cblas_index(iamax_raw::<$t, _, false>(n, x, incx))
        });
        cblas!(#[doc = "`sum x_i y_i`."] fn $dot(n: c_int, x: *const $t, incx: c_int, y: *const $t, incy: c_int) -> $t {
            dotu_raw(n, x, incx, y, incy)
        });
        cblas!(#[doc = "Applies a plane rotation."] fn $rot(n: c_int, x: *mut $t, incx: c_int, y: *mut $t, incy: c_int, c: $t, s: $t) {
            rot_raw(n, x, incx, y, incy, c, s)
        });
        cblas!(#[doc = "Applies a modified plane rotation."] fn $rotm(n: c_int, x: *mut $t, incx: c_int, y: *mut $t, incy: c_int, p: *const $t) {
            rotm_raw(n, x, incx, y, incy, p)
        });
        cblas!(#[doc = "Constructs a plane rotation; `a := r`, `b := z`."] fn $rotg(a: *mut $t, b: *mut $t, c: *mut $t, s: *mut $t) {
            let (cc, ss) = level1::rotg(&mut *a, &mut *b);
            *c = cc;
            *s = ss;
        });
        cblas!(#[doc = "Constructs a modified plane rotation."] fn $rotmg(d1: *mut $t, d2: *mut $t, b1: *mut $t, b2: $t, p: *mut $t) {
            level1::rotmg(&mut *d1, &mut *d2, &mut *b1, b2, &mut *(p as *mut RotmParam<$t>))
        });
    )*};
}

cblas_real! {
    f32 => cblas_saxpy cblas_saxpby cblas_sscal cblas_scopy cblas_sswap cblas_sasum cblas_snrm2 cblas_isamax cblas_isamin
           cblas_sdot cblas_srot cblas_srotm cblas_srotg cblas_srotmg;
    f64 => cblas_daxpy cblas_daxpby cblas_dscal cblas_dcopy cblas_dswap cblas_dasum cblas_dnrm2 cblas_idamax cblas_idamin
           cblas_ddot cblas_drot cblas_drotm cblas_drotg cblas_drotmg;
}

macro_rules! cblas_complex {
    ($( $t:ty, $r:ty => $axpy:ident $axpby:ident $scal:ident $rscal:ident $copy:ident $swap:ident $asum:ident $nrm2:ident
                 $iamax:ident $iamin:ident $dotu_sub:ident $dotc_sub:ident $dotu:ident $dotc:ident $rot:ident $rotg:ident ;)*) => {$(
        cblas!(#[doc = "`y += alpha x`."] fn $axpy(n: c_int, alpha: *const c_void, x: *const c_void, incx: c_int, y: *mut c_void, incy: c_int) {
            axpy_raw(n, *(alpha as *const $t), x as *const $t, incx, y as *mut $t, incy)
        });
        cblas!(#[doc = "`y = alpha x + beta y` (extension)."] fn $axpby(n: c_int, alpha: *const c_void, x: *const c_void, incx: c_int, beta: *const c_void, y: *mut c_void, incy: c_int) {
            axpby_raw(n, *(alpha as *const $t), x as *const $t, incx, *(beta as *const $t), y as *mut $t, incy)
        });
        cblas!(#[doc = "`x *= alpha`."] fn $scal(n: c_int, alpha: *const c_void, x: *mut c_void, incx: c_int) {
            scal_raw(n, *(alpha as *const $t), x as *mut $t, incx)
        });
        cblas!(#[doc = "`x *= alpha` with real `alpha`."] fn $rscal(n: c_int, alpha: $r, x: *mut c_void, incx: c_int) {
            scal_real_raw(n, alpha, x as *mut $t, incx)
        });
        cblas!(#[doc = "`y = x`."] fn $copy(n: c_int, x: *const c_void, incx: c_int, y: *mut c_void, incy: c_int) {
            copy_raw(n, x as *const $t, incx, y as *mut $t, incy)
        });
        cblas!(#[doc = "`x <-> y`."] fn $swap(n: c_int, x: *mut c_void, incx: c_int, y: *mut c_void, incy: c_int) {
            swap_raw(n, x as *mut $t, incx, y as *mut $t, incy)
        });
        cblas!(#[doc = "`sum |re x_i| + |im x_i|`."] fn $asum(n: c_int, x: *const c_void, incx: c_int) -> $r {
            asum_raw(n, x as *const $t, incx)
        });
        cblas!(#[doc = "Euclidean norm."] fn $nrm2(n: c_int, x: *const c_void, incx: c_int) -> $r {
            nrm2_raw(n, x as *const $t, incx)
        });
        cblas!(#[doc = "0-based index of the first largest `|re| + |im|`."] fn $iamax(n: c_int, x: *const c_void, incx: c_int) -> usize {
            cblas_index(iamax_raw::<$t, _, true>(n, x as *const $t, incx))
        });
        cblas!(#[doc = "0-based index of the first smallest `|re| + |im|` (extension)."] fn $iamin(n: c_int, x: *const c_void, incx: c_int) -> usize {
            cblas_index(iamax_raw::<$t, _, false>(n, x as *const $t, incx))
        });
        cblas!(#[doc = "`*dotu = sum x_i y_i`."] fn $dotu_sub(n: c_int, x: *const c_void, incx: c_int, y: *const c_void, incy: c_int, dotu: *mut c_void) {
            *(dotu as *mut $t) = dotu_raw(n, x as *const $t, incx, y as *const $t, incy)
        });
        cblas!(#[doc = "`*dotc = sum conj(x_i) y_i`."] fn $dotc_sub(n: c_int, x: *const c_void, incx: c_int, y: *const c_void, incy: c_int, dotc: *mut c_void) {
            *(dotc as *mut $t) = dotc_raw(n, x as *const $t, incx, y as *const $t, incy)
        });
        cblas!(#[doc = "`sum x_i y_i` by value (OpenBLAS extension)."] fn $dotu(n: c_int, x: *const c_void, incx: c_int, y: *const c_void, incy: c_int) -> $t {
            dotu_raw(n, x as *const $t, incx, y as *const $t, incy)
        });
        cblas!(#[doc = "`sum conj(x_i) y_i` by value (OpenBLAS extension)."] fn $dotc(n: c_int, x: *const c_void, incx: c_int, y: *const c_void, incy: c_int) -> $t {
            dotc_raw(n, x as *const $t, incx, y as *const $t, incy)
        });
        cblas!(#[doc = "Applies a plane rotation with real `c`, `s`."] fn $rot(n: c_int, x: *mut c_void, incx: c_int, y: *mut c_void, incy: c_int, c: $r, s: $r) {
            rot_raw(n, x as *mut $t, incx, y as *mut $t, incy, c, s)
        });
        cblas!(#[doc = "Constructs a complex plane rotation; `a := r`."] fn $rotg(a: *mut c_void, b: *mut c_void, c: *mut $r, s: *mut c_void) {
            let (cc, ss) = level1::rotg_complex(&mut *(a as *mut $t), *(b as *const $t));
            *c = cc;
            *(s as *mut $t) = ss;
        });
    )*};
}

cblas_complex! {
    c32, f32 => cblas_caxpy cblas_caxpby cblas_cscal cblas_csscal cblas_ccopy cblas_cswap cblas_scasum cblas_scnrm2
                cblas_icamax cblas_icamin cblas_cdotu_sub cblas_cdotc_sub cblas_cdotu cblas_cdotc cblas_csrot cblas_crotg;
    c64, f64 => cblas_zaxpy cblas_zaxpby cblas_zscal cblas_zdscal cblas_zcopy cblas_zswap cblas_dzasum cblas_dznrm2
                cblas_izamax cblas_izamin cblas_zdotu_sub cblas_zdotc_sub cblas_zdotu cblas_zdotc cblas_zdrot cblas_zrotg;
}

cblas!(
    #[doc = "`alpha + sum x_i y_i`, accumulated in double precision."]
    fn cblas_sdsdot(n: c_int, alpha: f32, x: *const f32, incx: c_int, y: *const f32, incy: c_int) -> f32 {
        if n <= 0 {
            alpha
        } else {
            level1::sdsdot(alpha, vref(n as i64, x, incx as i64), vref(n as i64, y, incy as i64))
        }
    }
);

cblas!(
    #[doc = "`sum x_i y_i` of single-precision vectors, in double precision."]
    fn cblas_dsdot(n: c_int, x: *const f32, incx: c_int, y: *const f32, incy: c_int) -> f64 {
        dsdot_raw(n, x, incx, y, incy)
    }
);
