//! Configuration queries, under ferroblas's names and OpenBLAS's (tools such
//! as threadpoolctl and numpy's `show_config` probe the latter).

use ferroblas_kernels::dispatch;
use std::ffi::{c_char, CString};
use std::sync::OnceLock;

fn config_cstr() -> *const c_char {
    static S: OnceLock<CString> = OnceLock::new();
    S.get_or_init(|| CString::new(dispatch::config_string()).unwrap_or_default()).as_ptr()
}

fn corename_cstr() -> *const c_char {
    static S: OnceLock<CString> = OnceLock::new();
    S.get_or_init(|| CString::new(dispatch::arch().name()).unwrap_or_default()).as_ptr()
}

/// A static NUL-terminated string describing the build and the chosen kernels.
#[no_mangle]
pub extern "C" fn ferroblas_get_config() -> *const c_char {
    crate::guard::ffi_guard("ferroblas_get_config", config_cstr)
}

/// A static NUL-terminated string naming the kernel family in use (`avx2`, ...).
#[no_mangle]
pub extern "C" fn ferroblas_get_corename() -> *const c_char {
    crate::guard::ffi_guard("ferroblas_get_corename", corename_cstr)
}

/// OpenBLAS's name for [`ferroblas_get_config`].
#[no_mangle]
pub extern "C" fn openblas_get_config() -> *const c_char {
    crate::guard::ffi_guard("openblas_get_config", config_cstr)
}

/// OpenBLAS's name for [`ferroblas_get_corename`].
#[no_mangle]
pub extern "C" fn openblas_get_corename() -> *const c_char {
    crate::guard::ffi_guard("openblas_get_corename", corename_cstr)
}
