//! `cargo xtask reliability`: the reliability tests of issue 6 that need a
//! process, a C compiler or Python of their own (also steps of `cargo xtask test`).
//!
//! - Rust (`tests/tests/reliability.rs`, `#[ignore]`d in plain `cargo test`):
//!   16 concurrent callers, calls from rayon pools, thread-count changes while
//!   calling and from the environment, idle workers sleeping, 64 KiB stacks;
//!   LAPACK's gesv/posv/hetrf among the concurrent calls, getrf/potrf/sytrf at
//!   n = 4000 on a 64 KiB stack, and NaN/Inf inputs to getrf/potrf/sytrf/trtri.
//!   Run once, on the kernel table ferroblas picks; the determinism-across-
//!   alignments test runs as a step of its own so its result reads apart.
//! - C (`tests/c/fork_test.c`): fork after the pool has started, with calls
//!   (dgemm, dtrsm, dgemv, dgetrf) in the child, in a grandchild, from four
//!   children at once, and while another parent thread is inside the library;
//!   linked to `dist/lib/libferroblas.so`.
//! - C (`tests/c/bad_args.c`): every checked argument of every Level-2/3
//!   routine, Fortran and CBLAS (both layouts, bad layouts), out of range:
//!   the reference's parameter number reaches the program's own `xerbla_` or
//!   `cblas_xerbla`, and nothing is written; Level-1 quick returns. Arrays sit
//!   against guard pages, so a stray access crashes the program.
//! - C under valgrind (`tests/c/memcheck.c`): memcheck over Levels 1-3 in
//!   every precision, on 1 and 2 threads: no invalid access, no use of
//!   uninitialised memory, no definite or indirect leak.
//! - Python (`tests/python/fork_numpy.py`): Debian's `python3-numpy` on
//!   ferroblas (through `LD_LIBRARY_PATH`), `multiprocessing` with the `fork`
//!   start method after a large matmul in the parent.
//!
//! Every program runs under a deadline, so a hang fails the step instead of CI.

use crate::dist;
use crate::sys::{self, Result};
use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// `cargo test` of the Rust reliability tests, ignored ones included (the
/// workspace, as the other steps build it, so nothing is rebuilt).
const TEST_ARGS: [&str; 6] = ["test", "--workspace", "--test", "reliability", "--", "--include-ignored"];
/// The Rust test run as a step of its own.
const ALIGNMENT_TEST: &str = "determinism_across_alignments";

/// One part of the task.
type Step = fn() -> Result;

/// Deadline of the C and Python programs (each takes seconds; the valgrind
/// run about a minute).
const DEADLINE: Duration = Duration::from_secs(600);

pub fn run(args: &[String]) -> Result {
    if let Some(a) = args.first() {
        return Err(format!("`cargo xtask reliability` takes no arguments (got `{a}`)"));
    }
    let mut failed = Vec::new();
    let steps: [(&str, Step); 6] = [
        ("Rust: threads, idle pool, small stacks", rust_tests),
        ("fork from C", fork_c),
        ("bad arguments from C, guard pages", bad_args_c),
        ("valgrind memcheck", memcheck),
        ("fork under numpy", fork_numpy),
        ("Rust: determinism across operand alignments", alignment_test),
    ];
    for (name, step) in steps {
        eprintln!("\n==> reliability: {name}");
        if let Err(e) = step() {
            eprintln!("<== reliability: {name}: FAILED: {e}");
            failed.push(name);
        }
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("reliability steps failed: {}", failed.join("; ")))
    }
}

/// The Rust reliability tests except the alignment one.
pub fn rust_tests() -> Result {
    sys::run(
        sys::cargo()
            .args(&TEST_ARGS[..2])
            .args(sys::profile_args())
            .args(&TEST_ARGS[2..])
            .args(["--skip", ALIGNMENT_TEST]),
    )
}

/// The test that output does not depend on where the operands sit in memory.
pub fn alignment_test() -> Result {
    sys::run(
        sys::cargo()
            .args(&TEST_ARGS[..2])
            .args(sys::profile_args())
            .args(&TEST_ARGS[2..])
            .args(["--exact", ALIGNMENT_TEST]),
    )
}

/// Scratch folder for the compiled C test and the numpy library folder.
fn out_dir() -> Result<PathBuf> {
    let dir = sys::target_dir()?.join("xtask-reliability");
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    Ok(dir)
}

/// Compiles `tests/c/fork_test.c` against `dist/lib` and runs it.
pub fn fork_c() -> Result {
    let lib = dist::ensure()?;
    sys::ensure_cc()?;
    let program = out_dir()?.join("fork_test");
    sys::run(
        Command::new("cc")
            .args(["-O2", "-std=c11", "-Wall", "-Wextra", "-o"])
            .arg(&program)
            .arg(sys::root().join("tests/c/fork_test.c"))
            .arg(format!("-L{}", lib.display()))
            .arg(format!("-Wl,-rpath,{}", lib.display()))
            .args(["-lferroblas", "-lpthread", "-lm"]),
    )?;
    run_with_deadline(Command::new(&program).env("LD_LIBRARY_PATH", &lib).env("FERROBLAS_NUM_THREADS", "4"))
}

/// Compiles `tests/c/bad_args.c` against `dist/lib` and runs it. `-rdynamic`
/// exports the program's `xerbla_` and `cblas_xerbla`, which ferroblas looks
/// up at the time of an error; warnings are errors, as the prototypes there
/// are the ABI under test.
pub fn bad_args_c() -> Result {
    let lib = dist::ensure()?;
    sys::ensure_cc()?;
    let program = out_dir()?.join("bad_args");
    sys::run(
        Command::new("cc")
            .args(["-O2", "-std=c11", "-Wall", "-Wextra", "-Werror", "-rdynamic", "-o"])
            .arg(&program)
            .arg(sys::root().join("tests/c/bad_args.c"))
            .arg(format!("-L{}", lib.display()))
            .arg(format!("-Wl,-rpath,{}", lib.display()))
            .arg("-lferroblas"),
    )?;
    run_with_deadline(Command::new(&program).env("LD_LIBRARY_PATH", &lib))
}

/// Compiles `tests/c/memcheck.c` against `dist/lib` and runs it under
/// valgrind's memcheck; any error or definitely/indirectly lost block fails.
/// Memory still reachable at exit (the pool's threads and their buffers, which
/// live as long as the process) is not a leak. Valgrind does not emulate
/// AVX-512, and ferroblas then picks its AVX2 table by itself.
pub fn memcheck() -> Result {
    let lib = dist::ensure()?;
    sys::ensure_cc()?;
    sys::ensure_packages(&["valgrind"])?;
    let program = out_dir()?.join("memcheck");
    sys::run(
        Command::new("cc")
            .args(["-O1", "-g", "-std=c11", "-Wall", "-Wextra", "-Werror", "-o"])
            .arg(&program)
            .arg(sys::root().join("tests/c/memcheck.c"))
            .arg(format!("-L{}", lib.display()))
            .arg(format!("-Wl,-rpath,{}", lib.display()))
            .args(["-lferroblas", "-lm"]),
    )?;
    run_with_deadline(
        Command::new("valgrind")
            .args(["--tool=memcheck", "--error-exitcode=99", "--leak-check=full"])
            .args(["--errors-for-leak-kinds=definite,indirect", "--track-origins=yes"])
            .arg(&program)
            .env("LD_LIBRARY_PATH", &lib),
    )
}

/// Runs `tests/python/fork_numpy.py` with Debian's numpy on ferroblas.
pub fn fork_numpy() -> Result {
    let lib = dist::ensure()?;
    // numpy's linalg module loads LAPACK with the BLAS; liblapack3 is the
    // reference LAPACK, used below while ferroblas lacks routines numpy needs.
    sys::ensure_packages(&["python3-numpy", "liblapack3"])?;
    let python = "/usr/bin/python3";
    let lib_dir = numpy_lib_dir(python, &lib)?;
    run_with_deadline(
        Command::new(python)
            .arg(sys::root().join("tests/python/fork_numpy.py"))
            .env("LD_LIBRARY_PATH", &lib_dir)
            .env("FERROBLAS_NUM_THREADS", "4"),
    )
}

/// `dist/lib` when numpy loads with it; otherwise (ferroblas's LAPACK lacks
/// symbols numpy's linalg module binds at load) a folder with ferroblas's BLAS
/// and CBLAS and the reference LAPACK, which itself calls ferroblas's BLAS.
fn numpy_lib_dir(python: &str, lib: &Path) -> Result<PathBuf> {
    let probe = Command::new(python)
        .args(["-c", "import numpy, numpy.linalg"])
        .env("LD_LIBRARY_PATH", lib)
        .output()
        .map_err(|e| format!("cannot run {python}: {e}"))?;
    if probe.status.success() {
        return Ok(lib.to_path_buf());
    }
    let why = String::from_utf8_lossy(&probe.stderr);
    let why = why.lines().last().unwrap_or("").trim();
    let reference = sys::system_lib_dir().join("lapack/liblapack.so.3");
    if !reference.is_file() {
        return Err(format!("numpy does not load on dist/lib ({why}), and {} is missing", reference.display()));
    }
    eprintln!("xtask: numpy does not load on dist/lib alone ({why});");
    eprintln!("xtask: its LAPACK comes from {} (on ferroblas's BLAS) instead", reference.display());
    let dir = out_dir()?.join("numpy-lib");
    if dir.exists() {
        fs::remove_dir_all(&dir).map_err(|e| format!("cannot clear {}: {e}", dir.display()))?;
    }
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let links = [
        ("libblas.so.3", lib.join("libblas.so.3")),
        ("libcblas.so.3", lib.join("libcblas.so.3")),
        (dist::SONAME, lib.join(dist::SONAME)),
        ("liblapack.so.3", reference),
    ];
    for (name, target) in links {
        symlink(&target, dir.join(name)).map_err(|e| format!("cannot link {name} -> {}: {e}", target.display()))?;
    }
    Ok(dir)
}

/// Runs a program with inherited output; a nonzero exit or running past
/// [`DEADLINE`] (it is killed then) is an error.
fn run_with_deadline(cmd: &mut Command) -> Result {
    eprintln!("$ {}", sys::describe(cmd));
    let mut child = cmd.spawn().map_err(|e| format!("cannot start `{}`: {e}", sys::describe(cmd)))?;
    let started = Instant::now();
    loop {
        match child.try_wait().map_err(|e| format!("cannot wait for `{}`: {e}", sys::describe(cmd)))? {
            Some(status) if status.success() => return Ok(()),
            Some(status) => return Err(format!("`{}` failed ({status})", sys::describe(cmd))),
            None if started.elapsed() > DEADLINE => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("`{}` HUNG: killed after {} s", sys::describe(cmd), DEADLINE.as_secs()));
            }
            None => std::thread::sleep(Duration::from_millis(20)),
        }
    }
}
