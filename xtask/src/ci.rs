//! `cargo xtask test [--keep-going]`: the whole test suite, exactly what CI
//! runs (`.ci/run`).
//!
//! Steps, failing fast: formatting, clippy, the generated LAPACK ABI checked
//! against its spec, the workspace tests once per kernel table this CPU runs
//! (`FERROBLAS_ARCH`; LAPACK's own tests on the detected table and `generic`),
//! the aarch64 build under qemu with the NEON and generic tables, then `dist`
//! (from the tests' own build of the library) and the reference Netlib BLAS
//! testers against it (LP64, then Debian's ILP64 ones on `libblas64.so.3`),
//! the LAPACK ABI from C (bad arguments against the reference library,
//! LAPACKE through its header), the reference LAPACK test suite (LP64, then
//! Debian's ILP64 programs on `liblapack64.so.3`), `cargo xtask ecosystem`
//! (linking with -lblas, pkg-config, CMake, Meson, gfortran; R and Octave
//! against OpenBLAS), then the reliability tests (concurrency, idle
//! pool, small stacks, fork from C, bad arguments from C, valgrind memcheck,
//! fork under numpy, and determinism across operand alignments), NumPy's and
//! SciPy's own `linalg` test suites on `dist/lib` alone, and last
//! the cargo-fuzz targets over the Fortran ABI (`cargo xtask fuzz`,
//! `FERROBLAS_FUZZ_SECS` seconds per target). Each step's time is printed,
//! and a table of them at the end. `--keep-going` runs every step even after
//! a failure (to see everything that is wrong at once, or to time every step).

use crate::sys::{self, Result};
use crate::{clients, codegen, dist, ecosystem, fuzz, lapack_abi, lapack_suite, netlib, reliability};
use std::time::{Duration, Instant};

const AARCH64: &str = "aarch64-unknown-linux-gnu";
/// The runner `.cargo/config.toml` gives the aarch64 target (kept the same).
const QEMU_RUNNER: &str = "qemu-aarch64 -L /usr/aarch64-linux-gnu";

/// Runs the steps in order and remembers how each went.
struct Steps {
    keep_going: bool,
    done: Vec<(String, Duration, bool)>,
}

impl Steps {
    fn run(&mut self, name: &str, f: impl FnOnce() -> Result) -> Result {
        eprintln!("\n==> {name}");
        let started = Instant::now();
        let result = f();
        let took = started.elapsed();
        match &result {
            Ok(()) => eprintln!("<== {name}: ok in {}", sys::secs(took)),
            Err(e) => eprintln!("<== {name}: FAILED after {}: {e}", sys::secs(took)),
        }
        self.done.push((name.to_string(), took, result.is_ok()));
        match result {
            Err(e) if !self.keep_going => Err(format!("step `{name}` failed: {e}")),
            _ => Ok(()),
        }
    }
}

pub fn run(args: &[String]) -> Result {
    let mut keep_going = false;
    for a in args {
        match a.as_str() {
            "--keep-going" => keep_going = true,
            _ => return Err(format!("unknown argument `{a}` (cargo xtask test [--keep-going])")),
        }
    }
    // Every step builds with the `ci` profile unless told otherwise: the
    // release optimization level without LTO or a single codegen unit. Each
    // test binary links the whole generated LAPACK ABI, and thin LTO of each
    // one took CI most of an hour; `dist` below is built the same way, so the
    // tests, the reference suites and the reliability checks share one build.
    if std::env::var_os("FERROBLAS_PROFILE").is_none() {
        std::env::set_var("FERROBLAS_PROFILE", "ci");
    }
    let started = Instant::now();
    let mut steps = Steps { keep_going, done: Vec::new() };
    let result = all_steps(&mut steps);

    println!("\ncargo xtask test: step times");
    for (name, took, ok) in &steps.done {
        println!("  {:>8}  {}  {name}", sys::secs(*took), if *ok { "ok    " } else { "FAILED" });
    }
    println!("  {:>8}  total", sys::secs(started.elapsed()));
    result?;
    let failed: Vec<&str> = steps.done.iter().filter(|s| !s.2).map(|s| s.0.as_str()).collect();
    if failed.is_empty() {
        println!("cargo xtask test: all steps passed");
        Ok(())
    } else {
        Err(format!("failed steps: {}", failed.join("; ")))
    }
}

fn all_steps(steps: &mut Steps) -> Result {
    steps.run("cargo fmt --check", || {
        sys::ensure_component("fmt", "rustfmt")?;
        sys::run(sys::cargo().args(["fmt", "--all", "--check"]))
    })?;
    steps.run("cargo clippy", || {
        sys::ensure_component("clippy", "clippy")?;
        sys::run(sys::cargo().args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))
    })?;
    steps.run("generated LAPACK ABI matches capi/lapack.spec", || codegen::run(&["--check".to_string()]))?;
    steps.run("build the tests", || {
        sys::run(sys::cargo().args(["test", "--workspace", "--no-run"]).args(sys::profile_args()))
    })?;
    // The LAPACK tests compare with Debian's reference BLAS, LAPACK and LAPACKE.
    steps.run("reference libraries for the LAPACK tests", || {
        sys::ensure_packages(&["libblas3", "liblapack3", "liblapacke"])
    })?;
    let tables = host_tables();
    let detected = detected_table(&tables);
    for arch in &tables {
        // LAPACK's tests (names with `aux::`, `lapack` or `residual::`) run on
        // the table this CPU would pick and on `generic`; the other tables only
        // change the BLAS kernels underneath, which the BLAS tests cover on
        // every table.
        let lapack = *arch == "generic" || *arch == detected;
        let what = if lapack { "" } else { " (BLAS only)" };
        steps.run(&format!("tests, FERROBLAS_ARCH={arch}{what}"), || {
            let mut cmd = sys::cargo();
            cmd.args(["test", "--workspace"]).args(sys::profile_args()).env("FERROBLAS_ARCH", arch);
            if !lapack {
                cmd.args(["--", "--skip", "aux::", "--skip", "lapack", "--skip", "residual::"]);
            }
            sys::run(&mut cmd)
        })?;
    }
    if cfg!(target_arch = "x86_64") {
        steps.run("aarch64 toolchain", || {
            sys::ensure_target(AARCH64)?;
            sys::ensure_packages(&["gcc-aarch64-linux-gnu", "libc6-dev-arm64-cross", "qemu-user"])
        })?;
        for arch in ["neon", "generic"] {
            steps.run(&format!("aarch64 tests under qemu, FERROBLAS_ARCH={arch}"), || {
                sys::run(
                    sys::cargo()
                        .arg("test")
                        .args(sys::profile_args())
                        .args(["--target", AARCH64])
                        .args(["-p", "ferroblas-kernels", "-p", "ferroblas-tests"])
                        // The comparisons with the reference LAPACK need the
                        // host's libraries, which an emulated aarch64 process
                        // cannot load. The LAPACK residual tests run on NEON
                        // (minutes under emulation); `generic` has them natively.
                        .args(["--", "--skip", "lapack"])
                        .args(if arch == "neon" { &[][..] } else { &["--skip", "residual::"][..] })
                        .env("FERROBLAS_ARCH", arch)
                        // Tests that run their own binary again (one child per
                        // kernel table) go through the runner of
                        // .cargo/config.toml: qemu-user cannot exec a guest binary.
                        .env("FERROBLAS_TEST_RUNNER", QEMU_RUNNER),
                )
            })?;
        }
    }
    // The library the tests already built (see dist::build_from_test_build).
    steps.run("dist", || dist::build_from_test_build().map(|_| ()))?;
    steps.run("netlib", || {
        // The reference testers run on the table ferroblas picks by itself.
        std::env::remove_var("FERROBLAS_ARCH");
        netlib::run(&[])
    })?;
    steps.run("netlib: ILP64 testers on libblas64.so.3", || netlib::run(&["--ilp64".to_string()]))?;
    steps.run("lapack: bad arguments on ferroblas and the reference", lapack_abi::bad_args)?;
    steps.run("lapack: LAPACKE from C", lapack_abi::lapacke_c)?;
    steps.run("lapack: LAPACKE packed and RFP storage against the reference", lapack_abi::lapacke_storage)?;
    steps.run("lapack: block sizes from the program's own ilaenv_", lapack_abi::program_ilaenv_c)?;
    steps.run("lapack: reference test suite (xlintst*, xeigtst*)", || lapack_suite::run(&[]))?;
    steps.run("lapack: reference test suite, ILP64 (liblapack64.so.3 alone)", || {
        lapack_suite::run(&["--ilp64".to_string()])
    })?;
    steps.run("ecosystem: -lblas links, pkg-config, CMake, Meson, gfortran, R, Octave", ecosystem::run_all)?;
    steps.run("reliability: threads, idle pool, small stacks", reliability::rust_tests)?;
    steps.run("reliability: fork from C", reliability::fork_c)?;
    steps.run("reliability: bad arguments from C, guard pages", reliability::bad_args_c)?;
    steps.run("reliability: valgrind memcheck", reliability::memcheck)?;
    steps.run("reliability: fork under numpy", reliability::fork_numpy)?;
    steps.run("reliability: determinism across operand alignments", reliability::alignment_test)?;
    steps.run("clients: NumPy's and SciPy's linalg tests on dist/lib alone", clients::python_linalg)?;
    let secs = fuzz::secs_per_target()?;
    steps.run(&format!("fuzz: Fortran ABI, {secs} s per target"), || fuzz::run_all(secs))
}

/// The table ferroblas picks by itself on this CPU: the widest native one.
fn detected_table(tables: &[&'static str]) -> &'static str {
    ["avx512", "neon", "avx2"].into_iter().find(|t| tables.contains(t)).unwrap_or("generic")
}

/// The `FERROBLAS_ARCH` values this CPU runs, natively or by imitation.
fn host_tables() -> Vec<&'static str> {
    let mut tables = vec!["generic"];
    #[cfg(target_arch = "x86_64")]
    {
        if is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma") {
            tables.push("avx2");
        } else {
            eprintln!("xtask: this CPU lacks AVX2/FMA: skipping FERROBLAS_ARCH=avx2");
        }
        let avx512 = is_x86_feature_detected!("avx512f")
            && is_x86_feature_detected!("avx512vl")
            && is_x86_feature_detected!("avx512dq")
            && is_x86_feature_detected!("avx512bw");
        if avx512 {
            tables.push("avx512");
        } else {
            eprintln!(
                "xtask: this CPU lacks AVX-512 F/VL/DQ/BW: skipping FERROBLAS_ARCH=avx512 (emu-avx512 still runs)"
            );
        }
    }
    #[cfg(target_arch = "aarch64")]
    tables.push("neon");
    tables.extend(["emu-avx512", "emu-neon"]);
    tables
}
