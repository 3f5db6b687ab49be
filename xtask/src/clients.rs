//! Real clients' own test suites on ferroblas alone (`cargo xtask clients`):
//! NumPy's and SciPy's `linalg` tests (Debian's `python3-numpy` and
//! `python3-scipy`, run by `pytest`) with `LD_LIBRARY_PATH=dist/lib`, so that
//! `libblas.so.3` and `liblapack.so.3` are ferroblas's drop-ins and no netlib
//! LAPACK is underneath. Before the suites, a probe imports both modules and
//! fails if the process mapped any BLAS or LAPACK from outside `dist/lib`.
//!
//! Tests that fail for a reason outside ferroblas's correctness are
//! deselected in [`KNOWN`], each with its reason; everything else must pass.

use crate::dist;
use crate::sys::{self, Result};
use std::fs;
use std::path::Path;
use std::process::Command;

/// Debian's Python, whose NumPy and SciPy link `libblas.so.3`/`liblapack.so.3`.
const PYTHON: &str = "/usr/bin/python3";

/// What the suites need from Debian (NumPy's `conftest.py` imports hypothesis).
const PACKAGES: [&str; 4] = ["python3-numpy", "python3-scipy", "python3-pytest", "python3-hypothesis"];

/// The suites: a name and the installed test folder, relative to the
/// package's own directory.
const SUITES: [(&str, &str, &str); 2] = [("NumPy", "numpy", "linalg/tests"), ("SciPy", "scipy", "linalg/tests")];

/// Tests deselected, with why (pytest node ids relative to the package).
const KNOWN: [(&str, &str); 0] = [];

/// Loads NumPy's and SciPy's `linalg` and lists the BLAS/LAPACK libraries
/// the process mapped; any outside `dist/lib` is an error.
const PROBE: &str = r#"
import os, sys, numpy.linalg, scipy.linalg
dist = os.path.realpath(sys.argv[1])
libs = set()
with open("/proc/self/maps") as maps:
    for line in maps:
        path = line.split()[-1]
        name = os.path.basename(path)
        if name.startswith("lib") and ("blas" in name or "lapack" in name or "mkl" in name or "blis" in name):
            libs.add(os.path.realpath(path))
outside = sorted(p for p in libs if not p.startswith(dist + os.sep))
for p in sorted(libs):
    print("mapped:", p)
if outside:
    sys.exit("BLAS/LAPACK from outside dist/lib: " + ", ".join(outside))
if not any(os.path.basename(p).startswith("libferroblas") for p in libs):
    sys.exit("libferroblas is not mapped")
"#;

/// `cargo xtask clients`.
pub fn run(args: &[String]) -> Result {
    if let Some(a) = args.first() {
        return Err(format!("`cargo xtask clients` takes no arguments (got `{a}`)"));
    }
    python_linalg()
}

/// NumPy's and SciPy's `linalg` test suites on `dist/lib` alone.
pub fn python_linalg() -> Result {
    let lib = dist::ensure()?;
    sys::ensure_packages(&PACKAGES)?;
    let mut probe = Command::new(PYTHON);
    probe.args(["-c", PROBE]).arg(&lib).env("LD_LIBRARY_PATH", &lib);
    sys::run(&mut probe)?;
    // pytest writes nothing into the installed packages from here.
    let scratch = sys::target_dir()?.join("xtask-clients");
    fs::create_dir_all(&scratch).map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
    let mut failed = Vec::new();
    for (name, package, tests) in SUITES {
        let dir = package_dir(package)?;
        // Node ids relative to the folder that holds the package, as KNOWN names them.
        let root = dir.parent().unwrap_or(&dir);
        let mut cmd = Command::new(PYTHON);
        cmd.current_dir(&scratch)
            .args(["-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts="])
            .arg("--rootdir")
            .arg(root)
            .arg(dir.join(tests))
            .env("LD_LIBRARY_PATH", &lib);
        for (id, why) in KNOWN.iter().filter(|(id, _)| id.starts_with(&format!("{package}/"))) {
            eprintln!("xtask: deselected {id}: {why}");
            cmd.arg("--deselect").arg(id);
        }
        eprintln!("\n==> {name}'s linalg tests on dist/lib");
        if let Err(e) = sys::run(&mut cmd) {
            failed.push(format!("{name}: {e}"));
        }
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(failed.join("; "))
    }
}

/// Where Debian's Python has `package` installed.
fn package_dir(package: &str) -> Result<std::path::PathBuf> {
    let out = sys::output(
        Command::new(PYTHON).args(["-c", &format!("import os, {package}; print(os.path.dirname({package}.__file__))")]),
    )?;
    let dir = Path::new(out.trim()).to_path_buf();
    if dir.is_dir() {
        Ok(dir)
    } else {
        Err(format!("{package} is not installed where its module says ({})", dir.display()))
    }
}
