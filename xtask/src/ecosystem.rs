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
//! - Octave (Debian's `octave`): the same, with its own functions;
//! - libblastrampoline's (Julia's) detection of a library it is pointed
//!   at, re-enacted in C on libferroblas (plain and `64_` names) and on each
//!   drop-in: suffix, LP64 or ILP64, `zdotc_`'s and `sdot_`'s return
//!   conventions, the thread controls under the suffix;
//! - threadpoolctl (3.8, from PyPI into a virtual environment under the
//!   target folder) with the controller ferroblas ships: it lists the pool
//!   of the libferroblas NumPy loaded and `threadpool_limits` limits it;
//! - ScaLAPACK (Debian's `libscalapack-openmpi-dev`, itself linked to
//!   `libblas.so.3` and `liblapack.so.3`) on 2 MPI ranks of this machine:
//!   `pdgesv`, `pdpotrf`/`pdpotrs`, `pdgeqrf` and `pdsyevd` with their
//!   residuals checked, every rank on ferroblas alone;
//! - `cargo xtask install` into a throwaway root (`DESTDIR`), registered
//!   with `update-alternatives --root` beside a stand-in OpenBLAS, then
//!   linked against with pkg-config and `-lblas`, and uninstalled.
//!
//! Each test program checks its results and `/proc/self/maps`: every BLAS or
//! LAPACK library it mapped comes from `dist/lib`, libferroblas from one path.

use crate::dist;
use crate::install::{self, Layout};
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

    let checks: [(&str, Check); 12] = [
        ("cc -llapacke -llapack -lcblas -lblas", cc_link),
        ("gfortran -llapack -lblas", gfortran_link),
        ("pkg-config", pkg_config),
        ("CMake FindBLAS/FindLAPACK, BLA_VENDOR=Generic", |e| cmake(e, "Generic")),
        ("CMake FindBLAS/FindLAPACK, BLA_VENDOR=All", |e| cmake(e, "All")),
        ("Meson dependency('blas'), dependency('lapack')", meson),
        ("R's linear algebra, against OpenBLAS", r_script),
        ("Octave's linear algebra, against OpenBLAS", octave_script),
        ("install, update-alternatives and uninstall in a throwaway root", install_root),
        ("libblastrampoline's probes (suffix, integer width, return conventions, threads)", lbt_probes),
        ("threadpoolctl 3.8 (PyPI) sees and limits the pool, with NumPy", threadpoolctl),
        ("ScaLAPACK (Open MPI, 2 ranks): pdgesv, pdpotrf, pdgeqrf, pdsyevd", scalapack),
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
    /// Builds `link_test.c` (with CBLAS and LAPACKE) as `name`, compiled and
    /// linked with `flags`.
    fn link_test<S: AsRef<std::ffi::OsStr>>(&self, name: &str, flags: &[S]) -> Result<PathBuf> {
        let program = self.out.join(name);
        sys::run(
            Command::new("cc")
                .args(["-O1", "-DUSE_CBLAS", "-DUSE_LAPACKE"])
                .arg(self.src.join("link_test.c"))
                .args(flags)
                .arg("-o")
                .arg(&program),
        )?;
        Ok(program)
    }

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
    let include = e.lib.parent().unwrap_or(&e.lib).join("include");
    let program = e.link_test(
        "cc_link_test",
        &[
            format!("-I{}", include.display()),
            format!("-L{}", e.lib.display()),
            "-llapacke".into(),
            "-llapack".into(),
            "-lcblas".into(),
            "-lblas".into(),
        ],
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
    let program = e.link_test("pkgconfig_link_test", &flags.split_whitespace().collect::<Vec<_>>())?;
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

/// What `update-alternatives --root ROOT --query GROUP` says is chosen.
fn chosen(root: &Path, group: &str) -> Result<String> {
    let out = sys::output(Command::new("update-alternatives").arg("--root").arg(root).args(["--query", group]))?;
    out.lines()
        .find_map(|l| l.strip_prefix("Value: "))
        .map(str::to_string)
        .ok_or_else(|| format!("update-alternatives --query {group} names no value:\n{out}"))
}

fn install_root(e: &Env) -> Result {
    let root = e.out.join("root");
    let triplet = sys::multiarch();
    let libdir = PathBuf::from("/usr/lib").join(&triplet);
    let layout = Layout { destdir: root.clone(), prefix: PathBuf::from("/usr"), libdir: libdir.clone() };
    for d in ["etc/alternatives", "var/lib/dpkg/alternatives"] {
        fs::create_dir_all(root.join(d)).map_err(|e| format!("cannot create {d} in {}: {e}", root.display()))?;
    }
    // A stand-in for Debian's OpenBLAS, registered as its package does.
    let group = format!("libblas.so.3-{triplet}");
    let openblas = libdir.join("openblas-pthread/libblas.so.3");
    fs::create_dir_all(layout.staged(openblas.parent().unwrap_or(&libdir))).map_err(|e| format!("{e}"))?;
    fs::write(layout.staged(&openblas), "").map_err(|e| format!("{e}"))?;
    sys::run(
        Command::new("update-alternatives")
            .arg("--root")
            .arg(&root)
            .arg("--install")
            .arg(libdir.join("libblas.so.3"))
            .arg(&group)
            .arg(&openblas)
            .arg("100"),
    )?;

    install::install(&e.lib, &layout)?;
    install::register(&layout, 50)?;
    let ours = layout.drop_in_dir().join("libblas.so.3");
    let value = chosen(&root, &group)?;
    if Path::new(&value) != openblas {
        return Err(format!("at priority 50 the system's choice changed to {value}"));
    }
    let listed = sys::output(Command::new("update-alternatives").arg("--root").arg(&root).args(["--list", &group]))?;
    if !listed.lines().any(|l| Path::new(l) == ours) {
        return Err(format!("{} is not among the alternatives:\n{listed}", ours.display()));
    }
    install::register(&layout, 200)?;
    let value = chosen(&root, &group)?;
    if Path::new(&value) != ours {
        return Err(format!("at priority 200 the alternative is {value}, not ferroblas"));
    }
    // The link the loader follows ends at our drop-in, inside the root.
    let link = layout.staged(&libdir.join("libblas.so.3"));
    let via = fs::read_link(&link).map_err(|e| format!("{}: {e}", link.display()))?;
    let end = fs::read_link(layout.staged(&via)).map_err(|e| format!("{}: {e}", via.display()))?;
    if end != ours {
        return Err(format!("{} leads to {}, not {}", link.display(), end.display(), ours.display()));
    }

    // Programs built against the installed tree: -lblas from the drop-in
    // folder, and pkg-config's ferroblas module from the system's folder.
    let drop_ins = layout.staged(&layout.drop_in_dir()).canonicalize().map_err(|e| format!("{e}"))?;
    let include = layout.staged(Path::new("/usr/include/ferroblas"));
    let program = e.link_test(
        "installed_link_test",
        &[
            format!("-I{}", include.display()),
            format!("-L{}", drop_ins.display()),
            "-llapacke".into(),
            "-llapack".into(),
            "-lcblas".into(),
            "-lblas".into(),
        ],
    )?;
    sys::run(Command::new(&program).arg(&drop_ins).env("LD_LIBRARY_PATH", &drop_ins))?;
    let flags = sys::output(
        Command::new("pkg-config")
            .args(["--cflags", "--libs", "ferroblas"])
            .env("PKG_CONFIG_LIBDIR", layout.staged(&libdir.join("pkgconfig")))
            .env("PKG_CONFIG_SYSROOT_DIR", &root),
    )?;
    let program = e.link_test("installed_pkg_config_test", &flags.split_whitespace().collect::<Vec<_>>())?;
    e.expect_needed(&program, &["libferroblas.so.0"])?;
    let system_dir = layout.staged(&libdir);
    sys::run(Command::new(&program).arg(&drop_ins).env("LD_LIBRARY_PATH", &system_dir))?;

    install::uninstall(&layout)?;
    let value = chosen(&root, &group)?;
    if Path::new(&value) != openblas {
        return Err(format!("after uninstall the alternative is {value}, not the stand-in OpenBLAS"));
    }
    let mut left = Vec::new();
    collect_files(&root, &mut left);
    left.retain(|p| !p.starts_with(root.join("etc")) && !p.starts_with(root.join("var")));
    left.retain(|p| p != &layout.staged(&openblas) && p != &link);
    if !left.is_empty() {
        return Err(format!("uninstall left {left:?}"));
    }
    Ok(())
}

/// Every file and link under `dir`.
fn collect_files(dir: &Path, into: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = entry.path();
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            collect_files(&p, into);
        } else {
            into.push(p);
        }
    }
}

fn lbt_probes(e: &Env) -> Result {
    let program = e.out.join("lbt_probe");
    sys::run(Command::new("cc").args(["-O1", "-o"]).arg(&program).arg(e.src.join("lbt_probe.c")).arg("-ldl"))?;
    // (library, suffix hint, the suffix it must find, integer width)
    let cases = [
        (dist::SONAME, "-", "-", "32"),
        (dist::SONAME, "64_", "64_", "64"),
        ("libblas.so.3", "-", "-", "32"),
        ("liblapack.so.3", "-", "-", "32"),
        ("libblas64.so.3", "-", "-", "64"),
        ("liblapack64.so.3", "-", "-", "64"),
    ];
    for (lib, hint, suffix, width) in cases {
        sys::run(Command::new(&program).arg(e.lib.join(lib)).args([hint, suffix, width]))?;
    }
    Ok(())
}

/// The threadpoolctl whose `register` the shipped controller uses.
const THREADPOOLCTL: &str = "threadpoolctl==3.8.0";

fn threadpoolctl(e: &Env) -> Result {
    sys::ensure_packages(&["python3-venv", "python3-numpy"])?;
    let venv = sys::target_dir()?.join("threadpoolctl-venv");
    let python = venv.join("bin/python");
    let have = sys::try_output(
        &python.display().to_string(),
        &["-c", "import threadpoolctl; print(threadpoolctl.__version__)"],
    );
    if have.as_deref().map(str::trim) != THREADPOOLCTL.strip_prefix("threadpoolctl==") {
        sys::run(Command::new("/usr/bin/python3").args(["-m", "venv", "--system-site-packages"]).arg(&venv))?;
        sys::run(Command::new(venv.join("bin/pip")).args(["install", "--quiet", THREADPOOLCTL]))?;
    }
    let python_dir = e.lib.parent().unwrap_or(&e.lib).join("python");
    sys::run(
        Command::new(&python)
            .arg(e.src.join("threadpoolctl_check.py"))
            .arg(&e.lib)
            .arg(&python_dir)
            .env("LD_LIBRARY_PATH", &e.lib),
    )
}

fn scalapack(e: &Env) -> Result {
    sys::ensure_packages(&["libscalapack-openmpi-dev", "libopenmpi-dev", "openmpi-bin"])?;
    let program = e.out.join("scalapack_test");
    sys::run(
        Command::new("mpicc")
            .args(["-O1", "-o"])
            .arg(&program)
            .arg(e.src.join("scalapack_test.c"))
            .args(["-lscalapack-openmpi", "-lm"]),
    )?;
    sys::run(
        Command::new("mpirun")
            // Localhost only: two ranks on however many cores there are.
            .args(["--oversubscribe", "-np", "2", "-x", "LD_LIBRARY_PATH"])
            .arg(&program)
            .arg(&e.lib)
            .env("LD_LIBRARY_PATH", &e.lib)
            // CI runs as root, which Open MPI refuses unless told.
            .env("OMPI_ALLOW_RUN_AS_ROOT", "1")
            .env("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1"),
    )
}
