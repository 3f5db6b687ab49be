//! Error reporting: `xerbla_` (Fortran), `cblas_xerbla` (CBLAS), and the
//! globals `RowMajorStrg` / `CBLAS_CallFromC` that netlib's CBLAS testers read.
//!
//! Routines report through [`report`] and [`report_cblas`], which look the
//! handler up with `dlsym(RTLD_DEFAULT, ..)` at the time of the error: a
//! program (or a test suite) that defines its own `xerbla_` or `cblas_xerbla`
//! gets its own called, as with the reference library, even though calls
//! inside this library would otherwise bind to ours directly.
//!
//! The ILP64 entry points (`dgemm_64_`, ...) report through `xerbla_64_`
//! with a 64-bit INFO, the handler name of OpenBLAS's INTERFACE64 builds.
//! Debian's ILP64 convention keeps the plain name `xerbla_` with a 64-bit
//! INFO: the `libblas64.so.3`/`liblapack64.so.3` drop-ins of `dist/` define
//! a `xerbla_64_` that hands the error to such a program's own `xerbla_`.

use crate::int::BlasInt;
use std::ffi::{c_char, c_int, CStr};

/// Nonzero while a CBLAS routine is reporting an error in row-major terms.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static mut RowMajorStrg: c_int = 0;

/// Nonzero while the error being reported came through a CBLAS entry point.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static mut CBLAS_CallFromC: c_int = 0;

/// The reference message, e.g. ` ** On entry to DGEMM  parameter number  8 had an illegal value`.
pub fn message(srname: &str, info: impl std::fmt::Display) -> String {
    format!(" ** On entry to {srname} parameter number {info:2} had an illegal value")
}

/// The Fortran error handler: prints the reference message and returns (the
/// reference stops the program; a library under Python or R must not).
///
/// # Safety
/// `srname` points to `len` bytes (a Fortran `CHARACTER*(*)`); `info` is valid.
#[no_mangle]
pub unsafe extern "C" fn xerbla_(srname: *const c_char, info: *const BlasInt, len: usize) {
    // SAFETY: the caller passes a Fortran string of `len` bytes and a valid `info`.
    let (name, info) = unsafe { (fortran_str(srname, len), *info) };
    eprintln!("{}", message(&name, info));
}

/// `xerbla_` for 64-bit-integer callers (OpenBLAS INTERFACE64's name): the
/// same message, INFO read as a 64-bit integer.
///
/// # Safety
/// `srname` points to `len` bytes (a Fortran `CHARACTER*(*)`); `info` is valid.
#[no_mangle]
pub unsafe extern "C" fn xerbla_64_(srname: *const c_char, info: *const i64, len: usize) {
    // SAFETY: the caller passes a Fortran string of `len` bytes and a valid `info`.
    let (name, info) = unsafe { (fortran_str(srname, len), *info) };
    eprintln!("{}", message(&name, info));
}

/// `xerbla_array_`: as `xerbla_`, for callers (C, other languages) that hold
/// the routine name as a character array.
///
/// # Safety
/// `srname` points to `len` bytes (or `*len` in the reference's argument form).
#[no_mangle]
pub unsafe extern "C" fn xerbla_array_(
    srname: *const c_char,
    len: *const BlasInt,
    info: *const BlasInt,
    _hidden: usize,
) {
    // SAFETY: as documented; a negative length reads nothing.
    let n = unsafe { (*len).max(0) as usize };
    // SAFETY: forwarded arguments.
    unsafe { report_raw(srname, n, *info) };
}

/// The CBLAS error handler: prints which parameter of which routine was wrong.
///
/// A row-major call is checked as the transposed column-major problem, so
/// while `RowMajorStrg` is set the position is mapped back to the argument the
/// caller wrote (m and n swap in gemm, gemv, ...), as the reference does.
/// The standard prototype is variadic (`const char *form, ...`); ferroblas
/// never passes extra arguments, and reads none.
///
/// # Safety
/// `rout` is a NUL-terminated string or null.
#[no_mangle]
pub unsafe extern "C" fn cblas_xerbla(p: c_int, rout: *const c_char, _form: *const c_char) {
    // SAFETY: `rout` is NUL-terminated by contract.
    let r = if rout.is_null() { "?".into() } else { unsafe { CStr::from_ptr(rout) }.to_string_lossy() };
    // SAFETY: a plain read of the exported global.
    let row_major = unsafe { RowMajorStrg } != 0;
    let p = if row_major { row_major_position(&r, p) } else { p };
    eprintln!("Parameter {p} to routine {r} was incorrect");
}

/// The caller's argument position for parameter `p` of a row-major CBLAS call
/// reported in transposed (column-major) terms.
pub fn row_major_position(rout: &str, p: c_int) -> c_int {
    let pairs: &[(c_int, c_int)] = if rout.contains("gemm") {
        &[(4, 5), (9, 11)]
    } else if rout.contains("symm") || rout.contains("hemm") {
        &[(4, 5)]
    } else if rout.contains("trmm") || rout.contains("trsm") {
        &[(6, 7)]
    } else if rout.contains("gbmv") {
        &[(3, 4), (5, 6)]
    } else if rout.contains("gemv") {
        &[(3, 4)]
    } else if rout.contains("ger") {
        &[(2, 3), (6, 8)]
    } else if (rout.contains("her2") || rout.contains("hpr2")) && !rout.contains("her2k") {
        &[(6, 8)]
    } else {
        &[]
    };
    pairs.iter().find_map(|&(a, b)| (p == a).then_some(b).or((p == b).then_some(a))).unwrap_or(p)
}

/// Reads a Fortran string argument, without trailing NULs.
unsafe fn fortran_str(p: *const c_char, len: usize) -> String {
    if p.is_null() {
        return String::new();
    }
    // SAFETY: the caller guarantees `len` readable bytes.
    let bytes = unsafe { std::slice::from_raw_parts(p as *const u8, len) };
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(len);
    String::from_utf8_lossy(&bytes[..end]).into_owned()
}

type XerblaFn = unsafe extern "C" fn(*const c_char, *const BlasInt, usize);
type Xerbla64Fn = unsafe extern "C" fn(*const c_char, *const i64, usize);
type CblasXerblaFn = unsafe extern "C" fn(c_int, *const c_char, *const c_char, ...);

/// The first `name` in the process's global symbol scope, or `None`.
fn lookup(name: &CStr) -> Option<*mut libc::c_void> {
    // SAFETY: dlsym with RTLD_DEFAULT and a NUL-terminated name has no preconditions.
    let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, name.as_ptr()) };
    (!p.is_null()).then_some(p)
}

unsafe fn report_raw(srname: *const c_char, len: usize, info: BlasInt) {
    let handler: XerblaFn = match lookup(c"xerbla_") {
        // SAFETY: whatever defines `xerbla_` has the Fortran XERBLA signature.
        Some(p) => unsafe { std::mem::transmute::<*mut libc::c_void, XerblaFn>(p) },
        None => xerbla_,
    };
    // SAFETY: `srname` has `len` bytes; `info` lives across the call.
    unsafe { handler(srname, &info, len) };
}

/// [`report_raw`] for the ILP64 entry points: `xerbla_64_` with a 64-bit INFO.
unsafe fn report_raw64(srname: *const c_char, len: usize, info: i64) {
    let handler: Xerbla64Fn = match lookup(c"xerbla_64_") {
        // SAFETY: whatever defines `xerbla_64_` has XERBLA's signature with a 64-bit INFO.
        Some(p) => unsafe { std::mem::transmute::<*mut libc::c_void, Xerbla64Fn>(p) },
        None => xerbla_64_,
    };
    // SAFETY: `srname` has `len` bytes; `info` lives across the call.
    unsafe { handler(srname, &info, len) };
}

thread_local! {
    static LAST_ERROR: std::cell::RefCell<Option<(String, BlasInt)>> = const { std::cell::RefCell::new(None) };
}

/// Takes the last error this thread reported through [`report`] or
/// [`report_cblas`] (routine name trimmed, parameter number), clearing it.
/// Tests use it to check parameter numbers without replacing `xerbla_`.
pub fn take_last_error() -> Option<(String, BlasInt)> {
    LAST_ERROR.with(|e| e.borrow_mut().take())
}

fn record(name: &str, info: BlasInt) {
    LAST_ERROR.with(|e| *e.borrow_mut() = Some((name.trim().to_string(), info)));
}

/// Records an error for [`take_last_error`] without reporting it (the
/// LAPACKE layer reports through its own handler).
pub fn record_error(name: &str, info: BlasInt) {
    record(name, info);
}

/// Whether the process runs Debian's ILP64 convention: `dist/`'s
/// `libblas64.so.3`/`liblapack64.so.3` (which define the marker
/// `ferroblas_ilp64_plain_names`) are loaded, so the program's plain-named
/// `xerbla_` and `ilaenv_`, if it defines them, take 64-bit integers.
pub fn ilp64_plain_names() -> bool {
    static ILP64: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    // SAFETY: dlsym with RTLD_DEFAULT and a NUL-terminated name has no preconditions.
    *ILP64
        .get_or_init(|| !unsafe { libc::dlsym(libc::RTLD_DEFAULT, c"ferroblas_ilp64_plain_names".as_ptr()) }.is_null())
}

/// Reports bad parameter `info` (1-based, the reference's numbering) of the
/// Fortran routine `srname` (upper case, padded as the reference pads it).
/// In a process of Debian's ILP64 convention every report is 64-bit.
pub fn report(srname: &str, info: BlasInt) {
    if ilp64_plain_names() {
        return report_width(srname, info.into(), true);
    }
    record(srname, info);
    // SAFETY: the string outlives the call and its length is passed with it.
    unsafe { report_raw(srname.as_ptr() as *const c_char, srname.len(), info) };
}

/// [`report`] from an entry point whose integers are 64-bit (`ilp64`: the
/// `_64_` symbols) or 32-bit: the handler that matches the caller's width.
pub fn report_width(srname: &str, info: i64, ilp64: bool) {
    if ilp64 {
        record(srname, info as BlasInt);
        // SAFETY: the string outlives the call and its length is passed with it.
        unsafe { report_raw64(srname.as_ptr() as *const c_char, srname.len(), info) };
    } else {
        report(srname, info as BlasInt);
    }
}

/// Reports bad parameter `p` of the CBLAS routine `rout` (`cblas_dgemv`, ...)
/// with CBLAS's numbering. `row_major` tells testers that compare positions
/// which layout the numbering refers to.
pub fn report_cblas(p: c_int, rout: &CStr, row_major: bool) {
    record(&rout.to_string_lossy(), p);
    // SAFETY: plain stores to the exported globals; the reference CBLAS does
    // the same, and testers read them only inside the handler we call next.
    unsafe {
        CBLAS_CallFromC = 1;
        RowMajorStrg = row_major as c_int;
    }
    let empty = c"";
    match lookup(c"cblas_xerbla") {
        Some(f) => {
            // SAFETY: the handler has the standard CBLAS prototype.
            let f = unsafe { std::mem::transmute::<*mut libc::c_void, CblasXerblaFn>(f) };
            // SAFETY: both strings are NUL-terminated and outlive the call.
            unsafe { f(p, rout.as_ptr(), empty.as_ptr()) };
        }
        // SAFETY: as above, calling our own definition directly.
        None => unsafe { cblas_xerbla(p, rout.as_ptr(), empty.as_ptr()) },
    }
    // SAFETY: as above.
    unsafe {
        CBLAS_CallFromC = 0;
        RowMajorStrg = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_major_positions_swap_back() {
        assert_eq!(row_major_position("cblas_dgemm", 4), 5);
        assert_eq!(row_major_position("cblas_dgemm", 11), 9);
        assert_eq!(row_major_position("cblas_dgemm", 8), 8);
        assert_eq!(row_major_position("cblas_zher2", 8), 6);
        assert_eq!(row_major_position("cblas_zher2k", 8), 8);
        assert_eq!(row_major_position("cblas_sgbmv", 6), 5);
        // Level 3 beyond gemm, as the reference CBLAS tester's handler maps them.
        assert_eq!(row_major_position("cblas_zhemm", 4), 5);
        assert_eq!(row_major_position("cblas_ssymm", 5), 4);
        assert_eq!(row_major_position("cblas_ssymm", 8), 8);
        assert_eq!(row_major_position("cblas_dtrsm", 7), 6);
        assert_eq!(row_major_position("cblas_ctrmm", 6), 7);
        assert_eq!(row_major_position("cblas_ctrmm", 10), 10);
        assert_eq!(row_major_position("cblas_dsyrk", 4), 4);
        assert_eq!(row_major_position("cblas_zher2k", 10), 10);
    }

    #[test]
    fn message_matches_the_reference_format() {
        assert_eq!(message("DGEMM ", 8), " ** On entry to DGEMM  parameter number  8 had an illegal value");
        assert_eq!(message("DGEMV ", 11), " ** On entry to DGEMV  parameter number 11 had an illegal value");
    }
}
