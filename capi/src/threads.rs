//! Thread control under ferroblas's names and OpenBLAS's (numpy, threadpoolctl
//! and many programs call the latter): the library pool's thread count.

use crate::guard::ffi_guard;
use ferroblas_kernels::pool;
use std::ffi::c_int;

/// Sets the number of threads BLAS calls may use; `n < 1` returns to the
/// default (`FERROBLAS_NUM_THREADS`, `OPENBLAS_NUM_THREADS`, `OMP_NUM_THREADS`,
/// else the number of cores).
#[no_mangle]
pub extern "C" fn ferroblas_set_num_threads(n: c_int) {
    ffi_guard("ferroblas_set_num_threads", || pool::set_num_threads(n.max(0) as usize))
}

/// The number of threads BLAS calls may use.
#[no_mangle]
pub extern "C" fn ferroblas_get_num_threads() -> c_int {
    ffi_guard("ferroblas_get_num_threads", || pool::num_threads().min(c_int::MAX as usize) as c_int)
}

/// OpenBLAS's name for [`ferroblas_set_num_threads`].
#[no_mangle]
pub extern "C" fn openblas_set_num_threads(n: c_int) {
    ffi_guard("openblas_set_num_threads", || pool::set_num_threads(n.max(0) as usize))
}

/// `goto_set_num_threads`, OpenBLAS's older name for the same.
#[no_mangle]
pub extern "C" fn goto_set_num_threads(n: c_int) {
    ffi_guard("goto_set_num_threads", || pool::set_num_threads(n.max(0) as usize))
}

/// OpenBLAS's name for [`ferroblas_get_num_threads`].
#[no_mangle]
pub extern "C" fn openblas_get_num_threads() -> c_int {
    ffi_guard("openblas_get_num_threads", || pool::num_threads().min(c_int::MAX as usize) as c_int)
}

/// [`openblas_set_num_threads`] under the suffix of OpenBLAS's ILP64 builds:
/// libblastrampoline (Julia) appends the suffix it loaded a library with
/// (`64_`) to the thread controls it looks for.
#[no_mangle]
pub extern "C" fn openblas_set_num_threads64_(n: c_int) {
    ffi_guard("openblas_set_num_threads64_", || pool::set_num_threads(n.max(0) as usize))
}

/// [`openblas_get_num_threads`] under the suffix of OpenBLAS's ILP64 builds.
#[no_mangle]
pub extern "C" fn openblas_get_num_threads64_() -> c_int {
    ffi_guard("openblas_get_num_threads64_", || pool::num_threads().min(c_int::MAX as usize) as c_int)
}

/// The number of cores this process may run on.
#[no_mangle]
pub extern "C" fn openblas_get_num_procs() -> c_int {
    ffi_guard("openblas_get_num_procs", || pool::num_procs().min(c_int::MAX as usize) as c_int)
}

/// OpenBLAS's threading model: 0 sequential, 1 its own threads, 2 OpenMP.
/// ferroblas has its own pool: 1.
#[no_mangle]
pub extern "C" fn openblas_get_parallel() -> c_int {
    1
}
