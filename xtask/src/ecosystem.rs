//! `cargo xtask ecosystem`: the ways programs find a system BLAS and LAPACK,
//! each tried on `dist/` as a user would (sources in `xtask/ecosystem/`):
//!
//! - a C program linked with `-llapacke -llapack -lcblas -lblas` and a
//!   gfortran program with `-llapack -lblas`: each records the drop-ins'
//!   SONAMEs (so it runs on any BLAS later) and runs on one libferroblas;
//! - the same C program built with `pkg-config`, with CMake's `FindBLAS` and
//!   `FindLAPACK` (`BLA_VENDOR=Generic` and `All`, `CMAKE_PREFIX_PATH=dist`),
//!   and with Meson's `dependency('blas')`/`dependency('lapack')`;
//! - R (Debian's `r-base-core`, linked to `libblas.so.3`/`liblapack.so.3`):
//!   `La_library()` names ferroblas, and `solve`, `chol`, `qr`, `eigen`,
//!   `svd`, `crossprod`, ... agree with the same script on OpenBLAS;
//! - Octave (Debian's `octave`): the same, with its own functions.
//!
//! Each test program checks its results and `/proc/self/maps`: every BLAS or
//! LAPACK library it mapped comes from `dist/lib`, libferroblas from one path.

use crate::dist;
use crate::sys::{self, Result};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The build tools and clients the checks use (installed when missing).
const PACKAGES: [&str; 8] =
    ["gfortran", "pkg-config", "cmake", "meson", "ninja-build", "r-base-core", "octave", "libopenblas0-pthread"];

/// `cargo xtask ecosystem`.
pub fn run(args: &[String]) -> Result {
    if let Some(a) = args.first() {
        return Err(format!("`cargo xtask ecosystem` takes no arguments (got `{a}`)"));
    }
    run_all()
}

/// Everything above; every check runs, and the failures are listed at the end.
pub fn run_all() -> Result {
    let lib = dist::ensure()?.canonicalize().map_err(|e| format!("dist/lib: {e}"))?;
    sys::ensure_packages(&PACKAGES)?;
    let out = sys::target_dir()?.join("xtask-ecosystem");
    if out.exists() {
        fs::remove_dir_all(&out).map_err(|e| format!("cannot clear {}: {e}", out.display()))?;
    }
    fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let env = Env { src: sys::root().join("xtask/ecosystem"), lib, out };

    let checks: [(&str, Check); 8] = [
        ("cc -llapacke -llapack -lcblas -lblas", cc_link),
        ("gfortran -llapack -lblas", gfortran_link),
        ("pkg-config", pkg_config),
        ("CMake FindBLAS/FindLAPACK, BLA_VENDOR=Generic", |e| cmake(e, "Generic")),
        ("CMake FindBLAS/FindLAPACK, BLA_VENDOR=All", |e| cmake(e, "All")),
        ("Meson dependency('blas'), dependency('lapack')", meson),
        ("R's linear algebra, against OpenBLAS", r_script),
        ("Octave's linear algebra, against OpenBLAS", octave_script),
    ];
    let mut failed = Vec::new();
    for (name, check) in checks {
        println!("\n=== {name}");
        match check(&env) {
            Ok(()) => println!("ok: {name}"),
            Err(e) => {
                println!("FAILED: {name}: {e}");
                failed.push(name);
            }
        }
    }
    if failed.is_empty() {
        println!("\nall {} ecosystem checks passed", checks.len());
        Ok(())
    } else {
        Err(format!("ecosystem checks failed: {}", failed.join("; ")))
    }
}

/// One check: its name and what runs it.
type Check = fn(&Env) -> Result;

/// Where the sources are, what they link against, where builds go.
struct Env {
    src: PathBuf,
    lib: PathBuf,
    out: PathBuf,
}

impl Env {
    /// Runs a built test program on dist/lib (it checks its own mappings).
    fn run_program(&self, program: &Path) -> Result {
        sys::run(Command::new(program).arg(&self.lib).env("LD_LIBRARY_PATH", &self.lib))
    }

    /// The program's NEEDED entries include every one of `sonames`.
    fn expect_needed(&self, program: &Path, sonames: &[&str]) -> Result {
        let needed: Vec<String> =
            sys::dynamic_entries(program)?.into_iter().filter(|(t, _)| t == "NEEDED").map(|(_, v)| v).collect();
        let missing: Vec<&&str> = sonames.iter().filter(|s| !needed.iter().any(|n| n == *s)).collect();
        if missing.is_empty() {
            println!("{}: NEEDED {}", program.display(), needed.join(", "));
            Ok(())
        } else {
            Err(format!("{} records NEEDED {needed:?}, without {missing:?}", program.display()))
        }
    }
}

fn cc_link(e: &Env) -> Result {
    let program = e.out.join("cc_link_test");
    sys::run(
        Command::new("cc")
            .args(["-O1", "-DUSE_CBLAS", "-DUSE_LAPACKE"])
            .arg(format!("-I{}", e.lib.parent().unwrap_or(&e.lib).join("include").display()))
            .arg(e.src.join("link_test.c"))
            .arg(format!("-L{}", e.lib.display()))
            .args(["-llapacke", "-llapack", "-lcblas", "-lblas", "-o"])
            .arg(&program),
    )?;
    e.expect_needed(&program, &["liblapacke.so.3", "liblapack.so.3", "libcblas.so.3", "libblas.so.3"])?;
    e.run_program(&program)
}

fn gfortran_link(e: &Env) -> Result {
    let program = e.out.join("gfortran_link_test");
    sys::run(
        Command::new("gfortran")
            .arg("-O1")
            .arg(e.src.join("link_test.f90"))
            .arg(format!("-L{}", e.lib.display()))
            .args(["-llapack", "-lblas", "-o"])
            .arg(&program),
    )?;
    e.expect_needed(&program, &["liblapack.so.3", "libblas.so.3"])?;
    sys::run(Command::new(&program).env("LD_LIBRARY_PATH", &e.lib))
}

fn pkg_config(e: &Env) -> Result {
    let flags = sys::output(
        Command::new("pkg-config")
            .args(["--cflags", "--libs", "lapacke", "lapack", "cblas", "blas"])
            .env("PKG_CONFIG_PATH", e.lib.join("pkgconfig")),
    )?;
    println!("pkg-config --cflags --libs lapacke lapack cblas blas: {}", flags.trim());
    let program = e.out.join("pkgconfig_link_test");
    sys::run(
        Command::new("cc")
            .args(["-O1", "-DUSE_CBLAS", "-DUSE_LAPACKE"])
            .arg(e.src.join("link_test.c"))
            .args(flags.split_whitespace())
            .arg("-o")
            .arg(&program),
    )?;
    e.expect_needed(&program, &["liblapacke.so.3", "liblapack.so.3", "libcblas.so.3", "libblas.so.3"])?;
    e.run_program(&program)
}

fn cmake(e: &Env, vendor: &str) -> Result {
    let build = e.out.join(format!("cmake-{vendor}"));
    let dist = e.lib.parent().unwrap_or(&e.lib);
    let log = sys::output(
        Command::new("cmake")
            .arg("-S")
            .arg(&e.src)
            .arg("-B")
            .arg(&build)
            .arg(format!("-DBLA_VENDOR={vendor}"))
            .arg(format!("-DCMAKE_PREFIX_PATH={}", dist.display())),
    )?;
    // FindBLAS and FindLAPACK must have picked dist/lib's libraries.
    for line in log.lines().filter(|l| l.contains("ferroblas probe:")) {
        println!("{}", line.trim());
        let libs = line.split_once('=').map(|(_, v)| v).unwrap_or("");
        let outside: Vec<&str> =
            libs.split(';').filter(|l| l.starts_with('/') && !Path::new(l).starts_with(&e.lib)).collect();
        if libs.is_empty() || !outside.is_empty() {
            return Err(format!("CMake chose libraries outside {}: {line}", e.lib.display()));
        }
    }
    sys::run(Command::new("cmake").arg("--build").arg(&build))?;
    let program = build.join("link_test");
    e.expect_needed(&program, &["liblapack.so.3", "libblas.so.3"])?;
    e.run_program(&program)
}

fn meson(e: &Env) -> Result {
    let build = e.out.join("meson");
    let pc = e.lib.join("pkgconfig");
    sys::run(Command::new("meson").arg("setup").arg(&build).arg(&e.src).env("PKG_CONFIG_PATH", &pc))?;
    sys::run(Command::new("meson").arg("compile").arg("-C").arg(&build).env("PKG_CONFIG_PATH", &pc))?;
    let program = build.join("link_test");
    e.expect_needed(&program, &["liblapack.so.3", "libblas.so.3"])?;
    e.run_program(&program)
}

/// Debian's R prepends its own library path (`R_LD_LIBRARY_PATH`, from
/// `/usr/lib/R/etc/ldpaths`) to `LD_LIBRARY_PATH`, which would find the
/// system's libblas.so.3 first: the runs set R_LD_LIBRARY_PATH instead.
fn r_script(e: &Env) -> Result {
    let script = e.src.join("r_check.R");
    let openblas = sys::system_lib_dir().join("openblas-pthread");
    let runs = [("ferroblas", e.lib.clone(), e.lib.display().to_string()), ("OpenBLAS", openblas, "openblas".into())];
    let mut saved = Vec::new();
    for (name, dir, expect) in &runs {
        let rds = e.out.join(format!("r-{name}.rds"));
        let text = sys::output(
            Command::new("Rscript")
                .arg(&script)
                .arg(&rds)
                .env("R_LD_LIBRARY_PATH", format!("/usr/lib/R/lib:{}", dir.display())),
        )?;
        print!("{name}:\n{text}");
        let library = text.lines().find(|l| l.starts_with("La_library():")).unwrap_or("");
        if !library.contains(expect.as_str()) {
            return Err(format!("R on {name}: `{library}` does not name {expect}"));
        }
        saved.push(rds);
    }
    println!("ferroblas against OpenBLAS:");
    sys::run(Command::new("Rscript").arg(&script).args(&saved))
}

/// Octave on dist/lib and on OpenBLAS: the script prints the BLAS and LAPACK
/// libraries it mapped, saves its results, and compares the two sets.
fn octave_script(e: &Env) -> Result {
    let script = e.src.join("octave_check.m");
    let openblas = sys::system_lib_dir().join("openblas-pthread");
    let runs = [("ferroblas", &e.lib, "libferroblas.so.0"), ("OpenBLAS", &openblas, "libopenblas")];
    let mut saved = Vec::new();
    for (name, dir, expect) in runs {
        let out = e.out.join(format!("octave-{name}.bin"));
        let text = sys::output(
            Command::new("octave-cli").args(["--norc", "--quiet"]).arg(&script).arg(&out).env("LD_LIBRARY_PATH", dir),
        )?;
        print!("{name}:\n{text}");
        let mapped: Vec<&str> = text.lines().filter(|l| l.starts_with("mapped:")).collect();
        if !mapped.iter().any(|l| l.contains(expect)) {
            return Err(format!("Octave on {name} did not map {expect}: {mapped:?}"));
        }
        if name == "ferroblas" {
            if let Some(l) = mapped.iter().find(|l| !l.contains(&*e.lib.to_string_lossy())) {
                return Err(format!("Octave on ferroblas mapped a BLAS/LAPACK from outside dist/lib: {l}"));
            }
        }
        saved.push(out);
    }
    println!("ferroblas against OpenBLAS:");
    sys::run(Command::new("octave-cli").args(["--norc", "--quiet"]).arg(&script).args(&saved))
}
