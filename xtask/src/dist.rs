//! `cargo xtask dist`: the drop-in layout under `dist/`.
//!
//! ```text
//! lib/libferroblas.so.0          the cdylib, SONAME libferroblas.so.0 (set by capi/build.rs); exports checked
//!                                against the manifest capi/exports.txt
//! lib/libferroblas.so            -> libferroblas.so.0
//! lib/lib{blas,cblas,lapack,lapacke}.so.3   ELF filters on libferroblas.so.0: their own SONAME, the
//!                                symbols of their interface (libblas also CBLAS, as Debian's), no code
//! lib/lib{blas,cblas,lapack,lapacke}.so     -> the .so.3 (for -lblas at link time)
//! lib/lib{blas64,lapack64}.so.3  Debian's ILP64 drop-ins: the plain Fortran names with 64-bit
//!                                integers, each a jump to ferroblas's `name_64_` twin
//! lib/lib{blas64,lapack64}.so    -> the .so.3
//! lib/pkgconfig/{ferroblas,blas,cblas,lapack,lapacke}.pc
//! include/{cblas.h,lapack.h,lapacke.h,ferroblas.h}
//! python/ferroblas_threadpoolctl.py   threadpoolctl's controller for ferroblas's pool
//! ```
//!
//! The drop-ins are filters rather than copies so that a process that loads both
//! libblas.so.3 and liblapack.so.3 still holds one copy of ferroblas: one
//! dispatch table, one thread pool. A standard filter (DT_FILTER) lists the
//! symbols it stands for, so `cc prog.c -lblas` links against it (GNU ld takes
//! no symbols from a library that is only needed indirectly), the program
//! records NEEDED libblas.so.3 as it would with any BLAS, and the dynamic loader
//! resolves every one of those symbols in libferroblas.so.0 instead.

use crate::sys::{self, Result};
use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The library every stub points at.
pub const SONAME: &str = "libferroblas.so.0";

/// The drop-in stubs: SONAMEs of the interfaces programs link against.
pub const DROP_INS: [&str; 4] = ["libblas.so.3", "libcblas.so.3", "liblapack.so.3", "liblapacke.so.3"];

/// Debian's ILP64 drop-ins (`libblas64-3`, `liblapack64-3`): the plain Fortran
/// names (`dgemm_`) taking 64-bit integers, told apart from the LP64 ones by
/// their SONAME.
pub const ILP64_DROP_INS: [&str; 2] = ["libblas64.so.3", "liblapack64.so.3"];

/// The headers copied from the repository's `include/`.
pub const HEADERS: [&str; 4] = ["cblas.h", "lapack.h", "lapacke.h", "ferroblas.h"];

/// Python modules copied from the repository's `python/`.
pub const PYTHON: [&str; 1] = ["ferroblas_threadpoolctl.py"];

/// pkg-config modules: (file stem, description).
pub const PKG_CONFIG: [(&str, &str); 5] = [
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
    lay_out(build_cdylib(&["build", "-p", "ferroblas-capi"])?)
}

/// [`build`] from the library `cargo test --workspace` links its tests
/// against. The test build unifies more features of shared dependencies
/// (num-complex's `std`, either's `use_std`, from the benches' dependencies),
/// so `cargo build -p ferroblas-capi` compiles the whole stack a second time
/// and the next test build a third; CI's dist takes the tests' library, which
/// `cargo test --workspace --no-run` has already built.
pub fn build_from_test_build() -> Result<PathBuf> {
    lay_out(build_cdylib(&["test", "--workspace", "--no-run"])?)
}

/// Lays out, checks and lists `dist/` around the built `cdylib`.
fn lay_out(cdylib: PathBuf) -> Result<PathBuf> {
    sys::ensure_cc()?;
    let dist = sys::dist_dir();
    if dist.exists() {
        fs::remove_dir_all(&dist).map_err(|e| format!("cannot clear {}: {e}", dist.display()))?;
    }
    let lib = dist.join("lib");
    let include = dist.join("include");
    let pkgconfig = lib.join("pkgconfig");
    let python = dist.join("python");
    for d in [&lib, &include, &pkgconfig, &python] {
        fs::create_dir_all(d).map_err(|e| format!("cannot create {}: {e}", d.display()))?;
    }

    copy(&cdylib, &lib.join(SONAME))?;
    link(SONAME, &lib.join("libferroblas.so"))?;
    let functions = exported_functions(&lib.join(SONAME))?;
    for name in DROP_INS {
        build_stub(&lib, name, &interface(&functions, name))?;
        link(name, &lib.join(dev_name(name)))?;
    }
    let ilp64: Vec<&str> =
        functions.iter().filter_map(|f| f.strip_suffix("64_")).filter(|f| f.ends_with('_')).collect();
    for name in ILP64_DROP_INS {
        // Split as the LP64 drop-ins are: the BLAS in libblas64, LAPACK in liblapack64.
        let lp64 = name.replace("64", "");
        let mine: Vec<&str> = ilp64.iter().copied().filter(|f| belongs(f, &lp64)).collect();
        // liblapack64 needs libblas64 first, as Debian's does: a lookup in its
        // scope (dlsym on its handle, as libblastrampoline probes `isamax_`)
        // then finds the ILP64 BLAS names before libferroblas's LP64 ones.
        let blas_first: &[&str] = if name == "liblapack64.so.3" { &["libblas64.so.3"] } else { &[] };
        build_ilp64(&lib, name, &mine, blas_first)?;
        link(name, &lib.join(dev_name(name)))?;
    }
    for h in HEADERS {
        copy(&sys::root().join("include").join(h), &include.join(h))?;
    }
    for m in PYTHON {
        copy(&sys::root().join("python").join(m), &python.join(m))?;
    }
    for (stem, description) in PKG_CONFIG {
        let pc = pkg_config(&lib, &include, stem, description);
        let path = pkgconfig.join(format!("{stem}.pc"));
        fs::write(&path, pc).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }

    verify(&lib)?;
    summary(&dist)?;
    Ok(lib)
}

/// `cargo <args>` in [`sys::profile`]; the path of the built cdylib, read
/// from cargo's own report of its artifacts (whatever the target dir).
fn build_cdylib(args: &[&str]) -> Result<PathBuf> {
    let out =
        sys::output(sys::cargo().args(args).args(sys::profile_args()).arg("--message-format=json-render-diagnostics"))?;
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

/// Whether an exported function belongs to the drop-in `soname`: LAPACKE's
/// to liblapacke, CBLAS to libcblas and (as in Debian's libblas.so.3) to
/// libblas, the Fortran LAPACK names (both widths) to liblapack, and
/// everything else (the Fortran BLAS, its extensions, the thread controls)
/// to libblas. A program linked `-llapack -lblas` then records both, as it
/// would with netlib's libraries.
fn belongs(symbol: &str, soname: &str) -> bool {
    let lapack = crate::symbols::fortran_stem(symbol).is_some_and(|s| !crate::symbols::is_blas(s));
    match soname {
        "liblapacke.so.3" => symbol.starts_with("LAPACKE_"),
        "libcblas.so.3" => symbol.starts_with("cblas_"),
        "liblapack.so.3" => lapack && !symbol.starts_with("LAPACKE_"),
        _ => !lapack && !symbol.starts_with("LAPACKE_"),
    }
}

/// The functions of `all` that the drop-in `soname` stands for.
fn interface(all: &[String], soname: &str) -> Vec<String> {
    all.iter().filter(|f| belongs(f, soname)).cloned().collect()
}

/// A shared object named `soname` that is a standard ELF filter on
/// libferroblas.so.0 (found next to it through `$ORIGIN`): it defines every
/// function `symbols` names as an alias of one trap, which the dynamic loader
/// never calls, because a filter's symbols resolve in its filtee.
fn build_stub(lib: &Path, soname: &str, symbols: &[String]) -> Result {
    let mut c = String::from(
        "/* Generated by `cargo xtask dist`: the symbol table of a filter on libferroblas.so.0. */\n\
         __attribute__((used)) static void ferroblas_filter_trap(void) { __builtin_trap(); }\n",
    );
    for name in symbols {
        c.push_str(&format!(
            "__asm__(\".globl {name}\\n.type {name}, %function\\n.set {name}, ferroblas_filter_trap\");\n"
        ));
    }
    shared_object(lib, soname, &c, &[format!("-Wl,--filter={SONAME}")])
}

/// A shared object named `soname` that defines each Fortran name in `plain`
/// (`dgemm_`) as a tail jump to ferroblas's ILP64 twin (`dgemm_64_`): the
/// same arguments in the same registers, so nothing is converted. Jumps
/// rather than a filter, because a filter cannot rename a symbol. `first`:
/// drop-ins it needs ahead of libferroblas.
fn build_ilp64(lib: &Path, soname: &str, plain: &[&str], first: &[&str]) -> Result {
    let mut c = String::from(
        "/* Generated by `cargo xtask dist`: plain Fortran names jumping to ferroblas's ILP64 symbols. */\n\
         #if defined(__x86_64__)\n\
         #define JUMP(from, to) __asm__(\".text\\n.globl \" #from \"\\n.type \" #from \", %function\\n\" #from \":\\n\\tjmp \" #to \"@PLT\\n\");\n\
         #elif defined(__aarch64__)\n\
         #define JUMP(from, to) __asm__(\".text\\n.globl \" #from \"\\n.type \" #from \", %function\\n\" #from \":\\n\\tb \" #to \"\\n\");\n\
         #else\n\
         #error \"ILP64 drop-ins: no tail jump written for this architecture\"\n\
         #endif\n\
         #define _GNU_SOURCE\n\
         #include <dlfcn.h>\n\
         #include <stddef.h>\n\
         #include <stdint.h>\n\
         /* Tells ferroblas that plain Fortran names in this process take 64-bit integers (a program's\n\
            own `ilaenv_`, which it calls to honour the program's block sizes). */\n\
         const int ferroblas_ilp64_plain_names = 1;\n\
         typedef void (*xerbla_fn)(const char *, const int64_t *, size_t);\n\
         /* ferroblas's ILP64 routines report to `xerbla_64_`. A program of Debian's ILP64 convention\n\
            defines its own `xerbla_` with a 64-bit INFO (the reference tests do): that one gets the\n\
            call; otherwise ferroblas's own `xerbla_64_` prints the message. */\n\
         void xerbla_64_(const char *name, const int64_t *info, size_t len) {\n\
             void *ferroblas = dlopen(\"libferroblas.so.0\", RTLD_LAZY | RTLD_NOLOAD);\n\
             void *own = ferroblas ? dlsym(ferroblas, \"xerbla_\") : NULL;\n\
             void *plain = dlsym(RTLD_DEFAULT, \"xerbla_\");\n\
             xerbla_fn handler = (plain && plain != own) ? (xerbla_fn)plain\n\
                 : (ferroblas ? (xerbla_fn)dlsym(ferroblas, \"xerbla_64_\") : NULL);\n\
             if (handler) handler(name, info, len);\n\
             if (ferroblas) dlclose(ferroblas);\n\
         }\n",
    );
    for name in plain.iter().filter(|&&n| n != "xerbla_") {
        c.push_str(&format!("JUMP({name}, {name}64_)\n"));
    }
    let mut needs = vec!["-Wl,--no-as-needed".to_string(), format!("-L{}", lib.display())];
    needs.extend(first.iter().map(|f| format!("-l:{f}")));
    needs.push("-lferroblas".to_string());
    shared_object(lib, soname, &c, &needs)
}

/// Compiles the C source `c` into `lib/soname` (that SONAME, `$ORIGIN` in
/// its run path) with the extra linker arguments `link`.
fn shared_object(lib: &Path, soname: &str, c: &str, link: &[String]) -> Result {
    let dir = sys::target_dir()?.join("xtask-dist");
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let source = dir.join(format!("{soname}.c"));
    fs::write(&source, c).map_err(|e| format!("cannot write {}: {e}", source.display()))?;
    sys::run(
        Command::new("cc")
            .args(["-shared", "-fPIC", "-O0", "-o"])
            .arg(lib.join(soname))
            .arg(&source)
            .arg(format!("-Wl,-soname,{soname}"))
            .args(link)
            .arg("-Wl,-rpath,$ORIGIN"),
    )
}

/// The pkg-config module `stem`: `-l{stem}` from `libdir`, headers in `includedir`.
pub fn pkg_config(libdir: &Path, includedir: &Path, stem: &str, description: &str) -> String {
    format!(
        "# Generated by `cargo xtask dist` (or `install`).\n\
         libdir={libdir}\n\
         includedir={includedir}\n\
         \n\
         Name: {stem}\n\
         Description: {description}\n\
         Version: {version}\n\
         Libs: -L${{libdir}} -l{stem}\n\
         Cflags: -I${{includedir}}\n",
        libdir = libdir.display(),
        includedir = includedir.display(),
        version = env!("CARGO_PKG_VERSION"),
    )
}

/// Every SONAME is exactly the file's name; every drop-in is a filter on
/// libferroblas.so.0, finds it through `$ORIGIN` and lists exactly the
/// functions of its interface; the library exports the Fortran and CBLAS ABI.
fn verify(lib: &Path) -> Result {
    let mut problems = Vec::new();
    let functions = exported_functions(&lib.join(SONAME))?;
    for name in std::iter::once(SONAME).chain(DROP_INS).chain(ILP64_DROP_INS) {
        let entries = sys::dynamic_entries(&lib.join(name))?;
        let values =
            |tag: &str| -> Vec<&str> { entries.iter().filter(|(t, _)| t == tag).map(|(_, v)| v.as_str()).collect() };
        let sonames = values("SONAME");
        if sonames != [name] {
            problems.push(format!("{name}: SONAME is {sonames:?}, expected [\"{name}\"]"));
        }
        if name == SONAME {
            continue;
        }
        if DROP_INS.contains(&name) {
            if values("FILTER") != [SONAME] {
                problems.push(format!("{name}: FILTER is {:?}, expected [\"{SONAME}\"]", values("FILTER")));
            }
            let mut listed = exported_functions(&lib.join(name))?;
            let mut expected = interface(&functions, name);
            listed.sort();
            expected.sort();
            if listed != expected || listed.is_empty() {
                problems.push(format!("{name} lists {} functions, its interface has {}", listed.len(), expected.len()));
            }
        } else if !values("NEEDED").contains(&SONAME) {
            problems.push(format!("{name}: NEEDED {:?} lacks {SONAME}", values("NEEDED")));
        }
        let paths = [values("RUNPATH"), values("RPATH")].concat();
        if !paths.contains(&"$ORIGIN") {
            problems.push(format!("{name}: RUNPATH/RPATH {paths:?} lacks $ORIGIN"));
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

/// Names of the functions a shared library defines and exports.
fn exported_functions(file: &Path) -> Result<Vec<String>> {
    exported(file, &["FUNC"])
}

/// Names of the functions and objects a shared library defines and exports.
fn exported_symbols(file: &Path) -> Result<Vec<String>> {
    exported(file, &["FUNC", "OBJECT"])
}

fn exported(file: &Path, types: &[&str]) -> Result<Vec<String>> {
    let text = sys::output(Command::new("readelf").args(["--dyn-syms", "--wide"]).arg(file))?;
    Ok(text
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            // Num: Value Size Type Bind Vis Ndx Name
            (f.len() >= 8 && f[4] == "GLOBAL" && f[6] != "UND" && types.contains(&f[3]))
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
        println!("  lib/{name}  (filter on {SONAME})  + lib/{} -> {name}", dev_name(name));
    }
    for name in ILP64_DROP_INS {
        println!("  lib/{name}  (ILP64: plain names jumping to the _64_ symbols)  + lib/{} -> {name}", dev_name(name));
    }
    println!("  lib/pkgconfig/{{{}}}.pc", PKG_CONFIG.map(|(s, _)| s).join(","));
    println!("  include/{{{}}}", HEADERS.join(","));
    println!("use it: LD_LIBRARY_PATH={} <program linked to libblas.so.3>", lib.display());
    Ok(())
}
