//! Thread control under ferroblas's names and OpenBLAS's (numpy, threadpoolctl
//! and many programs call the latter): the library pool's thread count.

use crate::guard::ffi_guard;
use ferroblas_kernels::pool;
use std::ffi::c_int;

fn set_threads(n: c_int) {
    pool::set_num_threads(n.max(0) as usize)
}

fn get_threads() -> c_int {
    pool::num_threads().min(c_int::MAX as usize) as c_int
}

/// Defines each setter `name(n: c_int)` and getter `name() -> c_int` as the
/// pool's thread control, each under its own name for `ffi_guard`.
macro_rules! thread_controls {
    (set: $($(#[$sdoc:meta])* $set:ident),*; get: $($(#[$gdoc:meta])* $get:ident),* $(;)?) => {
        $(
            $(#[$sdoc])*
            #[no_mangle]
            pub extern "C" fn $set(n: c_int) {
                ffi_guard(stringify!($set), || set_threads(n))
            }
        )*
        $(
            $(#[$gdoc])*
            #[no_mangle]
            pub extern "C" fn $get() -> c_int {
                ffi_guard(stringify!($get), get_threads)
            }
        )*
    };
}

thread_controls! {
    set:
        /// Sets the number of threads BLAS calls may use; `n < 1` returns to the
        /// default (`FERROBLAS_NUM_THREADS`, `OPENBLAS_NUM_THREADS`, `OMP_NUM_THREADS`,
        /// else the number of cores).
        ferroblas_set_num_threads,
        /// OpenBLAS's name for [`ferroblas_set_num_threads`].
        openblas_set_num_threads,
        /// `goto_set_num_threads`, OpenBLAS's older name for the same.
        goto_set_num_threads,
        /// [`openblas_set_num_threads`] under the suffix of OpenBLAS's ILP64 builds:
        /// libblastrampoline (Julia) appends the suffix it loaded a library with
        /// (`64_`) to the thread controls it looks for.
        openblas_set_num_threads64_;
    get:
        /// The number of threads BLAS calls may use.
        ferroblas_get_num_threads,
        /// OpenBLAS's name for [`ferroblas_get_num_threads`].
        openblas_get_num_threads,
        /// [`openblas_get_num_threads`] under the suffix of OpenBLAS's ILP64 builds.
        openblas_get_num_threads64_;
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
