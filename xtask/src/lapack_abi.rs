//! The LAPACK ABI from C: the generated bad-argument table checked on
//! ferroblas and on the reference library, and LAPACKE through the installed
//! header.
//!
//! - `tests/c/generated/lapack_bad_args.c` (written by `cargo xtask codegen`
//!   from the spec): every illegal call the spec lists, made on
//!   `libferroblas.so.0` and on Debian's netlib `liblapack.so.3`; both must
//!   report the spec's parameter number, and ferroblas must write nothing. So
//!   the parameter numbers are checked against the reference itself, not only
//!   against the generator.
//! - `tests/c/lapacke_storage.c`: LAPACKE's packed and RFP routines, the
//!   `?getrf2`/`?getf2`/`?potrf2` twins, `?gesvd` with its `superb`, the
//!   packed, RFP, Hessenberg, band and trapezoid utilities, `?laswp`,
//!   `?geqr`/`?gelq` with `?gemqr`/`?gemlq`, `?geqpf`, `?trsyl3`, `?lacn2`,
//!   the CS decomposition, and the NaN checks of unit RFP triangles and the
//!   packed expert drivers, on ferroblas and on Debian's `liblapacke.so.3`,
//!   in both layouts, on the same inputs.
//! - `tests/c/tmglib_vs_reference.c`: the test-matrix generators (`?lagge`,
//!   `?lagsy`, `?laghe`, `?latms`) through the Fortran ABI and LAPACKE on
//!   ferroblas and on Debian's libtmglib / liblapacke, same seeds, every
//!   MODE, SYM and PACK: the matrices agree to rounding, the seeds exactly.
//! - `tests/c/lapacke_test.c`: a C program that includes `dist/include/lapacke.h`
//!   (`-Wall -Wextra -Werror`) and calls LAPACKE in both layouts, its `_work`
//!   and ILP64 forms and its error paths.

use crate::dist;
use crate::sys::{self, Result};
use std::fs;
use std::path::PathBuf;
use std::process::Command;

/// Debian's netlib LAPACK, by its own path (the `liblapack.so.3` alternative
/// may point at OpenBLAS).
pub const REFERENCE_LAPACK: &str = "/usr/lib/x86_64-linux-gnu/lapack/liblapack.so.3";

fn out_dir() -> Result<PathBuf> {
    let dir = sys::target_dir()?.join("xtask-lapack-abi");
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    Ok(dir)
}

/// The bad-argument table on ferroblas and on the reference.
pub fn bad_args() -> Result {
    let lib = dist::ensure()?;
    sys::ensure_cc()?;
    sys::ensure_packages(&["liblapack3", "libtmglib3"])?;
    let program = out_dir()?.join("lapack_bad_args");
    sys::run(
        Command::new("cc")
            .args(["-O1", "-std=c11", "-Wall", "-Wextra", "-Werror", "-rdynamic", "-o"])
            .arg(&program)
            .arg(sys::root().join("tests/c/generated/lapack_bad_args.c"))
            .args(["-ldl", "-lm"]),
    )?;
    sys::run(Command::new(&program).arg(lib.join(dist::SONAME)).arg(REFERENCE_LAPACK).arg(REFERENCE_TMGLIB))
}

/// Debian's test-matrix generators (`?lagge`, `?latms`, ...), the reference
/// for the families LAPACK itself does not export.
pub const REFERENCE_TMGLIB: &str = "/usr/lib/x86_64-linux-gnu/libtmglib.so.3";

/// Debian's reference LAPACKE.
pub const REFERENCE_LAPACKE: &str = "/usr/lib/x86_64-linux-gnu/liblapacke.so.3";

/// LAPACKE's packed and RFP storage (and the other additions of that
/// kind) against the reference LAPACKE, both layouts.
pub fn lapacke_storage() -> Result {
    let lib = dist::ensure()?;
    sys::ensure_cc()?;
    sys::ensure_packages(&["liblapacke"])?;
    let program = out_dir()?.join("lapacke_storage");
    sys::run(
        Command::new("cc")
            .args(["-O1", "-std=c11", "-Wall", "-Wextra", "-Werror", "-o"])
            .arg(&program)
            .arg(sys::root().join("tests/c/lapacke_storage.c"))
            .args(["-ldl", "-lm"]),
    )?;
    sys::run(Command::new(&program).arg(lib.join(dist::SONAME)).arg(REFERENCE_LAPACKE))
}

/// The test-matrix generators against Debian's libtmglib and liblapacke.
pub fn tmglib() -> Result {
    let lib = dist::ensure()?;
    sys::ensure_cc()?;
    sys::ensure_packages(&["liblapack3", "libtmglib3", "liblapacke"])?;
    let program = out_dir()?.join("tmglib_vs_reference");
    sys::run(
        Command::new("cc")
            .args(["-O1", "-std=c11", "-Wall", "-Wextra", "-Werror", "-rdynamic", "-o"])
            .arg(&program)
            .arg(sys::root().join("tests/c/tmglib_vs_reference.c"))
            .args(["-ldl", "-lm"]),
    )?;
    sys::run(
        Command::new(&program)
            .arg(lib.join(dist::SONAME))
            .arg(REFERENCE_LAPACK)
            .arg(REFERENCE_TMGLIB)
            .arg(REFERENCE_LAPACKE),
    )
}

/// LAPACKE from C through the installed header.
pub fn lapacke_c() -> Result {
    let lib = dist::ensure()?;
    sys::ensure_cc()?;
    let program = out_dir()?.join("lapacke_test");
    let include = sys::dist_dir().join("include");
    sys::run(
        Command::new("cc")
            .args(["-O2", "-std=c11", "-Wall", "-Wextra", "-Werror", "-o"])
            .arg(&program)
            .arg(sys::root().join("tests/c/lapacke_test.c"))
            .arg(format!("-I{}", include.display()))
            .arg(format!("-L{}", lib.display()))
            .arg(format!("-Wl,-rpath,{}", lib.display()))
            .args(["-lferroblas", "-lm"]),
    )?;
    sys::run(Command::new(&program).env("LD_LIBRARY_PATH", &lib))
}

/// Compiles `tests/c/program_ilaenv.c` (a program with its own `ilaenv_`,
/// exported with `-rdynamic` as the reference test programs' is) and runs it:
/// ferroblas must ask that `ilaenv_` for its block sizes.
pub fn program_ilaenv_c() -> Result {
    let lib = dist::ensure()?;
    sys::ensure_cc()?;
    let program = out_dir()?.join("program_ilaenv");
    sys::run(
        Command::new("cc")
            .args(["-O2", "-std=c11", "-Wall", "-Wextra", "-Werror", "-rdynamic", "-o"])
            .arg(&program)
            .arg(sys::root().join("tests/c/program_ilaenv.c"))
            .arg(format!("-L{}", lib.display()))
            .arg(format!("-Wl,-rpath,{}", lib.display()))
            .args(["-lferroblas", "-lm"]),
    )?;
    sys::run(Command::new(&program).env("LD_LIBRARY_PATH", &lib))
}

pub fn run(args: &[String]) -> Result {
    if let Some(a) = args.first() {
        return Err(format!("`cargo xtask lapack-abi` takes no arguments (got `{a}`)"));
    }
    bad_args()?;
    lapacke_c()?;
    lapacke_storage()?;
    tmglib()?;
    program_ilaenv_c()
}
