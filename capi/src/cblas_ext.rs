//! The CBLAS forms of the extensions (as OpenBLAS 0.3.34's and MKL's
//! `cblas.h` declare them): `cblas_?omatcopy`, `cblas_?imatcopy`,
//! `cblas_?geadd`, `cblas_?gemmtr`, `cblas_[cz]gemm3m`,
//! `cblas_?gemm_batch_strided`, `cblas_?gemm_batch`, the Level-1
//! `cblas_?amax`/`?amin`/`?sum`, `cblas_i?max`/`i?min` (real types) and
//! `cblas_[cz]axpyc`; and the Fortran
//! grouped `?gemm_batch_` (MKL), whose arrays of letters and pointers the
//! spec cannot declare.
//!
//! The copies and the batches report a bad argument as OpenBLAS does: to
//! `xerbla_`, with the Fortran routine's name and number (a row-major call
//! numbered as the transposed column-major one it becomes). gemmtr and gemm3m
//! are numbered like `cblas_?gemmt` and `cblas_?gemm`.

use crate::blas_ext::{
    amax_raw, axpyc_raw, geadd_raw, gemm_batch_raw, gemm_batch_strided_raw, imatcopy_raw, imax_raw, omatcopy_raw,
    sum_raw,
};
use crate::cblas3::{cblas_gemm, cblas_gemmt, COL_MAJOR, ROW_MAJOR};
use crate::guard::ffi_guard;
use crate::lapack_rt::AbiInt;
use crate::xerbla::report;
use ferroblas_kernels::scalar::{c32, c64, Scalar};
use std::ffi::{c_char, c_int, c_void, CStr};

/// The `ORDER` letter of a CBLAS layout (`?` when invalid: the check reports it).
fn order_letter(l: c_int) -> u8 {
    match l {
        ROW_MAJOR => b'R',
        COL_MAJOR => b'C',
        _ => b'?',
    }
}

/// The letter of a `CBLAS_TRANSPOSE` for the copies: `CblasConjNoTrans`
/// (114, OpenBLAS's) is `R`.
fn copy_trans_letter(t: c_int) -> u8 {
    match t {
        111 => b'N',
        112 => b'T',
        113 => b'C',
        114 => b'R',
        _ => b'?',
    }
}

/// The letter of a `CBLAS_TRANSPOSE` for a batched GEMM. `CblasConjNoTrans`
/// is `N` for the real types (as OpenBLAS takes it) and not accepted for the
/// complex ones.
fn gemm_trans_letter<T: Scalar>(t: c_int) -> u8 {
    match t {
        111 => b'N',
        112 => b'T',
        113 => b'C',
        114 if !T::IS_COMPLEX => b'N',
        _ => b'?',
    }
}

/// Reports `r`'s error, if any, to `xerbla_` as `name`.
fn report_err(name: &str, r: Result<(), i32>) {
    if let Err(p) = r {
        report(name, p);
    }
}

/// `cblas_?omatcopy`.
///
/// # Safety
/// As [`omatcopy_raw`].
#[allow(clippy::too_many_arguments)]
pub unsafe fn cblas_omatcopy<T: Scalar>(
    name: &str,
    order: c_int,
    trans: c_int,
    rows: c_int,
    cols: c_int,
    alpha: T,
    a: *const T,
    lda: c_int,
    b: *mut T,
    ldb: c_int,
) {
    // SAFETY: forwarded contract.
    let r = unsafe { omatcopy_raw(order_letter(order), copy_trans_letter(trans), rows, cols, alpha, a, lda, b, ldb) };
    report_err(name, r);
}

/// `cblas_?imatcopy`.
///
/// # Safety
/// As [`imatcopy_raw`].
#[allow(clippy::too_many_arguments)]
pub unsafe fn cblas_imatcopy<T: Scalar>(
    name: &str,
    order: c_int,
    trans: c_int,
    rows: c_int,
    cols: c_int,
    alpha: T,
    a: *mut T,
    lda: c_int,
    ldb: c_int,
) {
    // SAFETY: forwarded contract.
    let r = unsafe { imatcopy_raw(order_letter(order), copy_trans_letter(trans), rows, cols, alpha, a, lda, ldb) };
    report_err(name, r);
}

/// `cblas_?geadd`: a row-major `rows x cols` matrix is the column-major
/// `cols x rows` one, checked and numbered as that call (as OpenBLAS does);
/// an invalid layout is reported as parameter 1.
///
/// # Safety
/// As [`geadd_raw`].
#[allow(clippy::too_many_arguments)]
pub unsafe fn cblas_geadd<T: Scalar>(
    name: &str,
    order: c_int,
    rows: c_int,
    cols: c_int,
    alpha: T,
    a: *const T,
    lda: c_int,
    beta: T,
    c: *mut T,
    ldc: c_int,
) {
    let (m, n) = match order {
        COL_MAJOR => (rows, cols),
        ROW_MAJOR => (cols, rows),
        _ => return report(name, 1),
    };
    // SAFETY: forwarded contract.
    report_err(name, unsafe { geadd_raw(m, n, alpha, a, lda, beta, c, ldc) });
}

/// `cblas_?gemm_batch_strided`: row-major is the column-major batch of the
/// transposed products (A and B, m and n trade places), as in `cblas_?gemm`.
///
/// # Safety
/// As [`gemm_batch_strided_raw`].
#[allow(clippy::too_many_arguments)]
pub unsafe fn cblas_gemm_batch_strided<T: Scalar>(
    name: &str,
    order: c_int,
    transa: c_int,
    transb: c_int,
    m: c_int,
    n: c_int,
    k: c_int,
    alpha: T,
    a: *const T,
    lda: c_int,
    stride_a: c_int,
    b: *const T,
    ldb: c_int,
    stride_b: c_int,
    beta: T,
    c: *mut T,
    ldc: c_int,
    stride_c: c_int,
    count: c_int,
) {
    let (ta, tb) = (gemm_trans_letter::<T>(transa), gemm_trans_letter::<T>(transb));
    // SAFETY: forwarded contract.
    let r = unsafe {
        match order {
            COL_MAJOR => gemm_batch_strided_raw(
                ta, tb, m, n, k, alpha, a, lda, stride_a, b, ldb, stride_b, beta, c, ldc, stride_c, count,
            ),
            ROW_MAJOR => gemm_batch_strided_raw(
                tb, ta, n, m, k, alpha, b, ldb, stride_b, a, lda, stride_a, beta, c, ldc, stride_c, count,
            ),
            _ => Err(1),
        }
    };
    report_err(name, r);
}

/// `cblas_?gemm_batch` (MKL's grouped form, also OpenBLAS's): as
/// [`gemm_batch_raw`] with `CBLAS_TRANSPOSE` options; row-major runs the
/// column-major batch of the transposed products.
///
/// # Safety
/// As [`gemm_batch_raw`]; the option arrays hold `group_count` values.
#[allow(clippy::too_many_arguments)]
pub unsafe fn cblas_gemm_batch<T: Scalar>(
    name: &str,
    order: c_int,
    transa: *const c_int,
    transb: *const c_int,
    m: *const c_int,
    n: *const c_int,
    k: *const c_int,
    alpha: *const T,
    a: *const *const T,
    lda: *const c_int,
    b: *const *const T,
    ldb: *const c_int,
    beta: *const T,
    c: *const *mut T,
    ldc: *const c_int,
    group_count: c_int,
    group_size: *const c_int,
) {
    let groups = group_count.max(0) as usize;
    // SAFETY: the caller's option arrays hold `group_count` values.
    let letters =
        |t: *const c_int| -> Vec<u8> { (0..groups).map(|g| gemm_trans_letter::<T>(unsafe { *t.add(g) })).collect() };
    let (ta, tb) = (letters(transa), letters(transb));
    // SAFETY: forwarded contract.
    let r = unsafe {
        match order {
            COL_MAJOR => gemm_batch_raw(
                ta.as_ptr(),
                tb.as_ptr(),
                m,
                n,
                k,
                alpha,
                a,
                lda,
                b,
                ldb,
                beta,
                c,
                ldc,
                group_count.get(),
                group_size,
            ),
            ROW_MAJOR => gemm_batch_raw(
                tb.as_ptr(),
                ta.as_ptr(),
                n,
                m,
                k,
                alpha,
                b,
                ldb,
                a,
                lda,
                beta,
                c,
                ldc,
                group_count.get(),
                group_size,
            ),
            _ => Err(1),
        }
    };
    report_err(name, r);
}

/// The Fortran grouped `?gemm_batch_` (MKL): options as `CHARACTER*1`
/// arrays, matrices as arrays of addresses.
///
/// # Safety
/// As [`gemm_batch_raw`]; every pointer argument valid.
#[allow(clippy::too_many_arguments)]
pub unsafe fn fortran_gemm_batch<T: Scalar, I: AbiInt>(
    name: &str,
    transa: *const c_char,
    transb: *const c_char,
    m: *const I,
    n: *const I,
    k: *const I,
    alpha: *const T,
    a: *const *const T,
    lda: *const I,
    b: *const *const T,
    ldb: *const I,
    beta: *const T,
    c: *const *mut T,
    ldc: *const I,
    group_count: *const I,
    group_size: *const I,
) {
    // SAFETY: forwarded contract.
    let r = unsafe {
        gemm_batch_raw(
            transa as *const u8,
            transb as *const u8,
            m,
            n,
            k,
            alpha,
            a,
            lda,
            b,
            ldb,
            beta,
            c,
            ldc,
            (*group_count).get(),
            group_size,
        )
    };
    report_err(name, r);
}

macro_rules! fortran_batch {
    ($($t:ty, $i:ty => $sym:ident $name:literal;)*) => {$(
        /// Fortran `?GEMM_BATCH` (MKL's grouped batched GEMM).
        ///
        /// # Safety
        /// MKL's contract: the arrays hold `group_count` options, sizes and
        /// scalars, one address per product; each product as `?gemm` requires.
        #[no_mangle]
        pub unsafe extern "C" fn $sym(
            transa: *const c_char, transb: *const c_char, m: *const $i, n: *const $i, k: *const $i,
            alpha: *const $t, a: *const *const $t, lda: *const $i, b: *const *const $t, ldb: *const $i,
            beta: *const $t, c: *const *mut $t, ldc: *const $i, group_count: *const $i, group_size: *const $i,
            _transa_len: usize, _transb_len: usize,
        ) {
            // SAFETY: the caller honours the contract above.
            ffi_guard(stringify!($sym), || unsafe {
                fortran_gemm_batch::<$t, $i>($name, transa, transb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, group_count, group_size)
            })
        }
    )*};
}

fortran_batch! {
    f32, i32 => sgemm_batch_ "SGEMM_BATCH";
    f64, i32 => dgemm_batch_ "DGEMM_BATCH";
    c32, i32 => cgemm_batch_ "CGEMM_BATCH";
    c64, i32 => zgemm_batch_ "ZGEMM_BATCH";
    f32, i64 => sgemm_batch_64_ "SGEMM_BATCH";
    f64, i64 => dgemm_batch_64_ "DGEMM_BATCH";
    c32, i64 => cgemm_batch_64_ "CGEMM_BATCH";
    c64, i64 => zgemm_batch_64_ "ZGEMM_BATCH";
}

/// A routine name as a C string.
macro_rules! cstr {
    ($name:ident) => {
        CStr::from_bytes_with_nul(concat!(stringify!($name), "\0").as_bytes()).unwrap_or(c"")
    };
}

/// The entry points of one precision. `$S` is how a scalar is passed
/// (by value for the real types, by pointer for the complex ones), `$get`
/// reads it.
macro_rules! cblas_ext {
    ($($t:ty, $S:ty, $P:ty, $MP:ty, $get:expr =>
        $omat:ident $omatn:literal, $imat:ident $imatn:literal, $geadd:ident $geaddn:literal,
        $gemmtr:ident, $strided:ident $stridedn:literal, $batch:ident $batchn:literal;)*) => {$(
        /// `B := alpha op(A)` (OpenBLAS's `cblas_?omatcopy`).
        ///
        /// # Safety
        /// CBLAS contract: arrays hold the elements their dimensions declare.
        #[no_mangle]
        pub unsafe extern "C" fn $omat(
            order: c_int, trans: c_int, rows: c_int, cols: c_int, alpha: $S, a: *const $P, lda: c_int, b: *mut $P,
            ldb: c_int,
        ) {
            // SAFETY: the caller honours the CBLAS contract above.
            ffi_guard(stringify!($omat), || unsafe {
                cblas_omatcopy::<$t>($omatn, order, trans, rows, cols, $get(alpha), a as *const $t, lda, b as *mut $t, ldb)
            })
        }

        /// `A := alpha op(A)` in place, stored back with `ldb` (OpenBLAS's `cblas_?imatcopy`).
        ///
        /// # Safety
        /// CBLAS contract: the array holds A (with `lda`) and the result (with `ldb`).
        #[no_mangle]
        pub unsafe extern "C" fn $imat(
            order: c_int, trans: c_int, rows: c_int, cols: c_int, alpha: $S, a: *mut $P, lda: c_int, ldb: c_int,
        ) {
            // SAFETY: the caller honours the CBLAS contract above.
            ffi_guard(stringify!($imat), || unsafe {
                cblas_imatcopy::<$t>($imatn, order, trans, rows, cols, $get(alpha), a as *mut $t, lda, ldb)
            })
        }

        /// `C := alpha A + beta C` (OpenBLAS's `cblas_?geadd`).
        ///
        /// # Safety
        /// CBLAS contract: arrays hold the elements their dimensions declare.
        #[no_mangle]
        pub unsafe extern "C" fn $geadd(
            order: c_int, rows: c_int, cols: c_int, alpha: $S, a: *const $P, lda: c_int, beta: $S, c: *mut $P,
            ldc: c_int,
        ) {
            // SAFETY: the caller honours the CBLAS contract above.
            ffi_guard(stringify!($geadd), || unsafe {
                cblas_geadd::<$t>($geaddn, order, rows, cols, $get(alpha), a as *const $t, lda, $get(beta), c as *mut $t, ldc)
            })
        }

        /// `C := alpha op(A) op(B) + beta C` on one triangle of C (`cblas_?gemmtr`, the BLAS 3.12 name of gemmt).
        ///
        /// # Safety
        /// As for `cblas_?gemmt`.
        #[no_mangle]
        pub unsafe extern "C" fn $gemmtr(
            layout: c_int, uplo: c_int, transa: c_int, transb: c_int, n: c_int, k: c_int, alpha: $S, a: *const $P,
            lda: c_int, b: *const $P, ldb: c_int, beta: $S, c: *mut $P, ldc: c_int,
        ) {
            // SAFETY: the caller honours the CBLAS contract above.
            ffi_guard(stringify!($gemmtr), || unsafe {
                cblas_gemmt::<$t>(
                    cstr!($gemmtr), layout, uplo, transa, transb, n, k, $get(alpha), a as *const $t, lda,
                    b as *const $t, ldb, $get(beta), c as *mut $t, ldc,
                )
            })
        }

        /// `C_i := alpha op(A_i) op(B_i) + beta C_i`, matrices a fixed stride apart (`cblas_?gemm_batch_strided`).
        ///
        /// # Safety
        /// CBLAS contract: each product's arrays as `cblas_?gemm` requires; no C overlaps another.
        #[no_mangle]
        pub unsafe extern "C" fn $strided(
            order: c_int, transa: c_int, transb: c_int, m: c_int, n: c_int, k: c_int, alpha: $S, a: *const $P,
            lda: c_int, stride_a: c_int, b: *const $P, ldb: c_int, stride_b: c_int, beta: $S, c: *mut $P, ldc: c_int,
            stride_c: c_int, count: c_int,
        ) {
            // SAFETY: the caller honours the CBLAS contract above.
            ffi_guard(stringify!($strided), || unsafe {
                cblas_gemm_batch_strided::<$t>(
                    $stridedn, order, transa, transb, m, n, k, $get(alpha), a as *const $t, lda, stride_a,
                    b as *const $t, ldb, stride_b, $get(beta), c as *mut $t, ldc, stride_c, count,
                )
            })
        }

        /// Groups of GEMMs, each group sharing options and sizes (`cblas_?gemm_batch`, MKL's grouped form).
        ///
        /// # Safety
        /// CBLAS contract: the arrays hold `group_count` options, sizes and
        /// scalars, one pointer per product; each product as `cblas_?gemm` requires.
        #[no_mangle]
        pub unsafe extern "C" fn $batch(
            order: c_int, transa: *const c_int, transb: *const c_int, m: *const c_int, n: *const c_int,
            k: *const c_int, alpha: *const $P, a: *const $MP, lda: *const c_int, b: *const $MP, ldb: *const c_int,
            beta: *const $P, c: *const *mut $P, ldc: *const c_int, group_count: c_int, group_size: *const c_int,
        ) {
            // SAFETY: the caller honours the CBLAS contract above.
            ffi_guard(stringify!($batch), || unsafe {
                cblas_gemm_batch::<$t>(
                    $batchn, order, transa, transb, m, n, k, alpha as *const $t, a as *const *const $t, lda,
                    b as *const *const $t, ldb, beta as *const $t, c as *const *mut $t, ldc, group_count, group_size,
                )
            })
        }
    )*};
}

cblas_ext! {
    f32, f32, f32, *const f32, |x: f32| x =>
        cblas_somatcopy "SOMATCOPY", cblas_simatcopy "SIMATCOPY", cblas_sgeadd "SGEADD",
        cblas_sgemmtr, cblas_sgemm_batch_strided "SGEMM_BATCH_STRIDED", cblas_sgemm_batch "SGEMM_BATCH";
    f64, f64, f64, *const f64, |x: f64| x =>
        cblas_domatcopy "DOMATCOPY", cblas_dimatcopy "DIMATCOPY", cblas_dgeadd "DGEADD",
        cblas_dgemmtr, cblas_dgemm_batch_strided "DGEMM_BATCH_STRIDED", cblas_dgemm_batch "DGEMM_BATCH";
    c32, *const c_void, c_void, *const c_void, |x: *const c_void| *(x as *const c32) =>
        cblas_comatcopy "COMATCOPY", cblas_cimatcopy "CIMATCOPY", cblas_cgeadd "CGEADD",
        cblas_cgemmtr, cblas_cgemm_batch_strided "CGEMM_BATCH_STRIDED", cblas_cgemm_batch "CGEMM_BATCH";
    c64, *const c_void, c_void, *const c_void, |x: *const c_void| *(x as *const c64) =>
        cblas_zomatcopy "ZOMATCOPY", cblas_zimatcopy "ZIMATCOPY", cblas_zgeadd "ZGEADD",
        cblas_zgemmtr, cblas_zgemm_batch_strided "ZGEMM_BATCH_STRIDED", cblas_zgemm_batch "ZGEMM_BATCH";
}

macro_rules! cblas_gemm3m {
    ($($t:ty => $name:ident;)*) => {$(
        /// `C := alpha op(A) op(B) + beta C` (`cblas_?gemm3m`, OpenBLAS and
        /// MKL). Computed exactly as `cblas_?gemm` (no 3M product), so with
        /// the same bits.
        ///
        /// # Safety
        /// As for `cblas_?gemm`.
        #[no_mangle]
        pub unsafe extern "C" fn $name(
            layout: c_int, transa: c_int, transb: c_int, m: c_int, n: c_int, k: c_int, alpha: *const c_void,
            a: *const c_void, lda: c_int, b: *const c_void, ldb: c_int, beta: *const c_void, c: *mut c_void,
            ldc: c_int,
        ) {
            // SAFETY: the caller honours the CBLAS contract above.
            ffi_guard(stringify!($name), || unsafe {
                cblas_gemm::<$t>(
                    cstr!($name), layout, transa, transb, m, n, k, *(alpha as *const $t), a as *const $t, lda,
                    b as *const $t, ldb, *(beta as *const $t), c as *mut $t, ldc,
                )
            })
        }
    )*};
}

cblas_gemm3m! {
    c32 => cblas_cgemm3m;
    c64 => cblas_zgemm3m;
}

/// A CBLAS Level-1 entry point: arguments by value, complex vectors as `const void *`.
macro_rules! cblas_l1 {
    ($(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        $(#[$doc])*
        ///
        /// # Safety
        /// CBLAS contract: the vectors hold the elements their sizes and increments declare.
        #[no_mangle]
        pub unsafe extern "C" fn $name($($arg: $ty),*) -> $ret {
            // SAFETY: the caller honours the CBLAS contract above.
            ffi_guard(stringify!($name), || unsafe { $body })
        }
    };
}

/// 0-based CBLAS index from a 1-based one (0, nothing found, stays 0).
fn index0(i: i64) -> usize {
    (i.max(1) - 1) as usize
}

macro_rules! cblas_l1_all {
    ($($t:ty, $r:ty, $P:ty => $amax:ident $amin:ident $sum:ident;)*) => {$(
        cblas_l1!(#[doc = "Largest `|re x_i| + |im x_i|` (OpenBLAS)."] fn $amax(n: c_int, x: *const $P, incx: c_int) -> $r {
            amax_raw::<$t, c_int, true>(n, x as *const $t, incx)
        });
        cblas_l1!(#[doc = "Smallest `|re x_i| + |im x_i|` (OpenBLAS)."] fn $amin(n: c_int, x: *const $P, incx: c_int) -> $r {
            amax_raw::<$t, c_int, false>(n, x as *const $t, incx)
        });
        cblas_l1!(#[doc = "`sum re x_i + im x_i` (OpenBLAS)."] fn $sum(n: c_int, x: *const $P, incx: c_int) -> $r {
            sum_raw::<$t, c_int>(n, x as *const $t, incx)
        });
    )*};
}

cblas_l1_all! {
    f32, f32, f32 => cblas_samax cblas_samin cblas_ssum;
    f64, f64, f64 => cblas_damax cblas_damin cblas_dsum;
    c32, f32, c_void => cblas_scamax cblas_scamin cblas_scsum;
    c64, f64, c_void => cblas_dzamax cblas_dzamin cblas_dzsum;
}

macro_rules! cblas_l1_real {
    ($($t:ty => $imax:ident $imin:ident;)*) => {$(
        cblas_l1!(#[doc = "0-based index of the first largest `x_i` (OpenBLAS)."] fn $imax(n: c_int, x: *const $t, incx: c_int) -> usize {
            index0(imax_raw::<$t, c_int, true>(n, x, incx))
        });
        cblas_l1!(#[doc = "0-based index of the first smallest `x_i` (OpenBLAS)."] fn $imin(n: c_int, x: *const $t, incx: c_int) -> usize {
            index0(imax_raw::<$t, c_int, false>(n, x, incx))
        });
    )*};
}

cblas_l1_real! {
    f32 => cblas_ismax cblas_ismin;
    f64 => cblas_idmax cblas_idmin;
}

macro_rules! cblas_axpyc {
    ($($t:ty => $name:ident;)*) => {$(
        cblas_l1!(#[doc = "`y += alpha conj(x)` (OpenBLAS)."] fn $name(n: c_int, alpha: *const c_void, x: *const c_void, incx: c_int, y: *mut c_void, incy: c_int) -> () {
            axpyc_raw::<$t, c_int>(n, *(alpha as *const $t), x as *const $t, incx, y as *mut $t, incy)
        });
    )*};
}

cblas_axpyc! {
    c32 => cblas_caxpyc;
    c64 => cblas_zaxpyc;
}
