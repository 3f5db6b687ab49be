//! Debian's reference LAPACK (netlib, over the reference BLAS) loaded beside
//! ferroblas, so that integration tests can call both through the same
//! Fortran ABI on identical inputs.

use std::ffi::{c_void, CString};
use std::sync::OnceLock;

struct Lib(*mut c_void);
// SAFETY: a dlopen handle may be used from any thread.
unsafe impl Send for Lib {}
// SAFETY: as above; dlsym is thread-safe.
unsafe impl Sync for Lib {}

fn dlopen(path: &str) -> *mut c_void {
    let c = CString::new(path).unwrap();
    // SAFETY: a NUL-terminated path; the flags are valid.
    unsafe { libc::dlopen(c.as_ptr(), libc::RTLD_NOW | libc::RTLD_LOCAL) }
}

/// The reference LAPACK (`$FERROBLAS_REFERENCE_LAPACK`, else Debian's netlib
/// build), opened after the reference BLAS so that it does not bind to
/// OpenBLAS or to ferroblas.
fn lapack() -> &'static Lib {
    static L: OnceLock<Lib> = OnceLock::new();
    L.get_or_init(|| {
        let arch = std::env::consts::ARCH;
        let _blas = dlopen(&format!("/usr/lib/{arch}-linux-gnu/blas/libblas.so.3"));
        let path = std::env::var("FERROBLAS_REFERENCE_LAPACK")
            .unwrap_or_else(|_| format!("/usr/lib/{arch}-linux-gnu/lapack/liblapack.so.3"));
        let h = dlopen(&path);
        assert!(!h.is_null(), "the reference LAPACK {path} is missing: apt-get install -y liblapack3");
        Lib(h)
    })
}

/// The reference LAPACKE, opened after the reference LAPACK.
fn lapacke() -> &'static Lib {
    static L: OnceLock<Lib> = OnceLock::new();
    lapack();
    L.get_or_init(|| {
        let path = format!("/usr/lib/{}-linux-gnu/liblapacke.so.3", std::env::consts::ARCH);
        let h = dlopen(&path);
        assert!(!h.is_null(), "the reference LAPACKE {path} is missing: apt-get install -y liblapacke");
        Lib(h)
    })
}

fn sym<F: Copy>(lib: &Lib, name: &str) -> F {
    assert_eq!(std::mem::size_of::<F>(), std::mem::size_of::<*mut c_void>());
    let c = CString::new(name).unwrap();
    // SAFETY: a valid handle and a NUL-terminated name.
    let p = unsafe { libc::dlsym(lib.0, c.as_ptr()) };
    assert!(!p.is_null(), "the reference lacks {name}");
    // SAFETY: `F` is the symbol's function pointer type (the caller's contract).
    unsafe { std::mem::transmute_copy::<*mut c_void, F>(&p) }
}

/// The reference LAPACK's symbol `name` (e.g. `"dgeqrf_"`) as the function
/// pointer type `F`, which must be its Fortran signature.
pub fn lapack_fn<F: Copy>(name: &str) -> F {
    sym(lapack(), name)
}

/// The reference LAPACKE's symbol `name` as the function pointer type `F`.
pub fn lapacke_fn<F: Copy>(name: &str) -> F {
    sym(lapacke(), name)
}

/// One of ferroblas's symbols (a function item cast to `*const ()`) as the
/// function pointer type `F`, for tests whose generic signatures spell some
/// pointers as `c_void`.
pub fn ours<F: Copy>(p: *const ()) -> F {
    assert_eq!(std::mem::size_of::<F>(), std::mem::size_of::<*const ()>());
    // SAFETY: `p` is one of our Fortran symbols with `F`'s ABI (the caller's contract).
    unsafe { std::mem::transmute_copy::<*const (), F>(&p) }
}
