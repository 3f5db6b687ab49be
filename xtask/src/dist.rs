//! `cargo xtask dist`: the drop-in layout under `dist/`.
//!
//! ```text
//! lib/libferroblas.so.0          the cdylib, SONAME libferroblas.so.0 (set by capi/build.rs); exports checked
//!                                against the manifest capi/exports.txt
//! lib/libferroblas.so            -> libferroblas.so.0
//! lib/lib{blas,cblas,lapack,lapacke}.so.3   empty stubs: their own SONAME, NEEDED libferroblas.so.0
//! lib/lib{blas,cblas,lapack,lapacke}.so     -> the .so.3 (for -lblas at link time)
//! lib/pkgconfig/{ferroblas,blas,cblas,lapack,lapacke}.pc
//! include/{cblas.h,lapack.h,lapacke.h,ferroblas.h}
//! ```
//!
//! The drop-ins are stubs rather than copies so that a process that loads both
//! libblas.so.3 and liblapack.so.3 still holds one copy of ferroblas: one
//! dispatch table, one thread pool.

use crate::sys::{self, Result};
use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The library every stub points at.
pub const SONAME: &str = "libferroblas.so.0";

/// The drop-in stubs: SONAMEs of the interfaces programs link against.
pub const DROP_INS: [&str; 4] = ["libblas.so.3", "libcblas.so.3", "liblapack.so.3", "liblapacke.so.3"];

/// The headers copied from the repository's `include/`.
const HEADERS: [&str; 4] = ["cblas.h", "lapack.h", "lapacke.h", "ferroblas.h"];

/// pkg-config modules: (file stem, description).
const PKG_CONFIG: [(&str, &str); 5] = [
    ("ferroblas", "ferroblas: pure-Rust BLAS and LAPACK"),
    ("blas", "BLAS (Fortran interface), provided by ferroblas"),
    ("cblas", "CBLAS, provided by ferroblas"),
    ("lapack", "LAPACK (Fortran interface), provided by ferroblas"),
    ("lapacke", "LAPACKE, provided by ferroblas"),
];

pub fn run(args: &[String]) -> Result {
    if let Some(a) = args.first() {
        return Err(format!("`cargo xtask dist` takes no arguments (got `{a}`)"));
    }
    build().map(|_| ())
}

/// `dist/lib`, building dist first when the library is not there yet.
pub fn ensure() -> Result<PathBuf> {
    let lib = sys::dist_dir().join("lib");
    if lib.join(SONAME).is_file() && DROP_INS.iter().all(|d| lib.join(d).is_file()) {
        Ok(lib)
    } else {
        eprintln!("xtask: dist/ is missing or incomplete; building it");
        build()
    }
}

/// Builds the library (in [`sys::profile`]) and lays out, checks and lists `dist/`.
/// Returns the absolute path of `dist/lib`.
pub fn build() -> Result<PathBuf> {
    sys::ensure_cc()?;
    let cdylib = build_cdylib()?;
    let dist = sys::dist_dir();
    if dist.exists() {
        fs::remove_dir_all(&dist).map_err(|e| format!("cannot clear {}: {e}", dist.display()))?;
    }
    let lib = dist.join("lib");
    let include = dist.join("include");
    let pkgconfig = lib.join("pkgconfig");
    for d in [&lib, &include, &pkgconfig] {
        fs::create_dir_all(d).map_err(|e| format!("cannot create {}: {e}", d.display()))?;
    }

    copy(&cdylib, &lib.join(SONAME))?;
    link(SONAME, &lib.join("libferroblas.so"))?;
    for name in DROP_INS {
        build_stub(&lib, name)?;
        link(name, &lib.join(dev_name(name)))?;
    }
    for h in HEADERS {
        copy(&sys::root().join("include").join(h), &include.join(h))?;
    }
    for (stem, description) in PKG_CONFIG {
        let pc = pkg_config(&dist, stem, description);
        let path = pkgconfig.join(format!("{stem}.pc"));
        fs::write(&path, pc).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }

    verify(&lib)?;
    summary(&dist)?;
    Ok(lib)
}

/// `cargo build -p ferroblas-capi` in [`sys::profile`]; the path of the built cdylib,
/// read from cargo's own report of its artifacts (whatever the target dir).
fn build_cdylib() -> Result<PathBuf> {
    let out = sys::output(sys::cargo().arg("build").args(sys::profile_args()).args([
        "-p",
        "ferroblas-capi",
        "--message-format=json-render-diagnostics",
    ]))?;
    out.split('"')
        .filter(|s| s.ends_with("/libferroblas_capi.so"))
        .map(PathBuf::from)
        .next_back()
        .ok_or_else(|| "cargo built ferroblas-capi but reported no libferroblas_capi.so".to_string())
}

/// `libblas.so.3` -> `libblas.so`.
fn dev_name(soname: &str) -> &str {
    soname.trim_end_matches(".3")
}

fn copy(from: &Path, to: &Path) -> Result {
    fs::copy(from, to).map(|_| ()).map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}

fn link(target: &str, at: &Path) -> Result {
    symlink(target, at).map_err(|e| format!("cannot link {} -> {target}: {e}", at.display()))
}

/// An empty shared object whose only content is its SONAME and a NEEDED entry
/// on libferroblas.so.0, found next to it through `$ORIGIN`.
fn build_stub(lib: &Path, soname: &str) -> Result {
    sys::run(
        Command::new("cc")
            .args(["-shared", "-fPIC", "-x", "c", "/dev/null", "-o"])
            .arg(lib.join(soname))
            .arg(format!("-Wl,-soname,{soname}"))
            .arg("-Wl,--no-as-needed")
            .arg(format!("-L{}", lib.display()))
            .arg("-lferroblas")
            .arg("-Wl,-rpath,$ORIGIN"),
    )
}

fn pkg_config(dist: &Path, stem: &str, description: &str) -> String {
    format!(
        "# Generated by `cargo xtask dist`.\n\
         # Libs names libferroblas itself, not the lib{stem}.so stub: the stub only\n\
         # carries a NEEDED entry, and GNU ld refuses symbols that come from an\n\
         # indirectly needed library (\"DSO missing from command line\").\n\
         prefix={prefix}\n\
         libdir=${{prefix}}/lib\n\
         includedir=${{prefix}}/include\n\
         \n\
         Name: {stem}\n\
         Description: {description}\n\
         Version: {version}\n\
         Libs: -L${{libdir}} -lferroblas\n\
         Cflags: -I${{includedir}}\n",
        prefix = dist.display(),
        version = env!("CARGO_PKG_VERSION"),
    )
}

/// Every SONAME is exactly the file's name; every stub needs libferroblas.so.0
/// and finds it through `$ORIGIN`; the library exports the Fortran and CBLAS ABI.
fn verify(lib: &Path) -> Result {
    let mut problems = Vec::new();
    for name in std::iter::once(SONAME).chain(DROP_INS) {
        let entries = sys::dynamic_entries(&lib.join(name))?;
        let values =
            |tag: &str| -> Vec<&str> { entries.iter().filter(|(t, _)| t == tag).map(|(_, v)| v.as_str()).collect() };
        let sonames = values("SONAME");
        if sonames != [name] {
            problems.push(format!("{name}: SONAME is {sonames:?}, expected [\"{name}\"]"));
        }
        if name != SONAME {
            if !values("NEEDED").contains(&SONAME) {
                problems.push(format!("{name}: NEEDED {:?} lacks {SONAME}", values("NEEDED")));
            }
            let paths = [values("RUNPATH"), values("RPATH")].concat();
            if !paths.contains(&"$ORIGIN") {
                problems.push(format!("{name}: RUNPATH/RPATH {paths:?} lacks $ORIGIN"));
            }
        }
    }
    let symbols = exported_symbols(&lib.join(SONAME))?;
    for required in ["ddot_", "cblas_ddot", "xerbla_", "ferroblas_get_config"] {
        if !symbols.iter().any(|s| s == required) {
            problems.push(format!("{SONAME} does not export {required}"));
        }
    }
    // The manifest the spec generates (capi/exports.txt): every LAPACK and
    // LAPACKE symbol it lists is exported, and no LAPACKE symbol is exported
    // that it does not list (the header declares exactly the manifest).
    let manifest = crate::codegen::manifest()?;
    let exported: std::collections::HashSet<&str> = symbols.iter().map(String::as_str).collect();
    let missing: Vec<&str> = manifest.iter().map(String::as_str).filter(|s| !exported.contains(s)).collect();
    if !missing.is_empty() {
        problems.push(format!("{SONAME} lacks {} manifest symbols: {}", missing.len(), missing.join(" ")));
    }
    let listed: std::collections::HashSet<&str> = manifest.iter().map(String::as_str).collect();
    let extra: Vec<&str> =
        symbols.iter().map(String::as_str).filter(|s| s.starts_with("LAPACKE_") && !listed.contains(s)).collect();
    if !extra.is_empty() {
        problems.push(format!("{SONAME} exports LAPACKE symbols the manifest lacks: {}", extra.join(" ")));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("dist/lib failed its checks:\n  {}", problems.join("\n  ")))
    }
}

/// Names of the functions and objects a shared library defines and exports.
fn exported_symbols(file: &Path) -> Result<Vec<String>> {
    let text = sys::output(Command::new("readelf").args(["--dyn-syms", "--wide"]).arg(file))?;
    Ok(text
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            // Num: Value Size Type Bind Vis Ndx Name
            (f.len() >= 8 && f[4] == "GLOBAL" && f[6] != "UND" && matches!(f[3], "FUNC" | "OBJECT"))
                .then(|| f[7].split('@').next().unwrap_or(f[7]).to_string())
        })
        .collect())
}

fn summary(dist: &Path) -> Result {
    let lib = dist.join("lib");
    let symbols = exported_symbols(&lib.join(SONAME))?;
    let count = |p: fn(&str) -> bool| symbols.iter().filter(|s| p(s)).count();
    let fortran = count(|s| s.ends_with('_') && !s.starts_with('_'));
    let cblas = count(|s| s.starts_with("cblas_"));
    let lapacke = count(|s| s.starts_with("LAPACKE_"));
    println!("dist ready: {}", dist.display());
    println!(
        "  lib/{SONAME}  ({} KiB; exports {fortran} Fortran, {cblas} CBLAS, {lapacke} LAPACKE symbols; manifest checked)",
        fs::metadata(lib.join(SONAME)).map(|m| m.len() / 1024).unwrap_or(0)
    );
    println!("  lib/libferroblas.so -> {SONAME}");
    for name in DROP_INS {
        println!("  lib/{name}  (stub: SONAME {name}, NEEDED {SONAME})  + lib/{} -> {name}", dev_name(name));
    }
    println!("  lib/pkgconfig/{{{}}}.pc", PKG_CONFIG.map(|(s, _)| s).join(","));
    println!("  include/{{{}}}", HEADERS.join(","));
    println!("use it: LD_LIBRARY_PATH={} <program linked to libblas.so.3>", lib.display());
    Ok(())
}
