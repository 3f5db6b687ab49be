//! `cargo xtask demo`: one real C program, linked to the system's
//! `liblapack.so.3` and `libblas.so.3`, run on ferroblas and then on OpenBLAS
//! without relinking, and the two runs side by side.

use crate::dist;
use crate::sys::{self, Result};
use std::fs;
use std::process::Command;

pub fn run(args: &[String]) -> Result {
    if let Some(a) = args.first() {
        return Err(format!("`cargo xtask demo` takes no arguments (got `{a}`)"));
    }
    // libblas-dev and liblapack-dev provide the link-time libblas.so and
    // liblapack.so; OpenBLAS is the comparison.
    sys::ensure_packages(&["libblas-dev", "liblapack-dev", "libopenblas0-pthread"])?;
    let ours = dist::build()?;

    let out_dir = sys::target_dir()?.join("xtask-demo");
    fs::create_dir_all(&out_dir).map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
    let program = out_dir.join("blas_demo");
    sys::run(
        Command::new("cc")
            .args(["-O2", "-std=c11", "-fPIE", "-pie", "-o"])
            .arg(&program)
            .arg(sys::root().join("xtask/demo/blas_demo.c"))
            .args(["-llapack", "-lblas", "-ldl", "-lm"]),
    )?;
    let needed: Vec<String> = sys::dynamic_entries(&program)?
        .into_iter()
        .filter(|(tag, v)| tag == "NEEDED" && (v.contains("blas") || v.contains("lapack")))
        .map(|(_, v)| v)
        .collect();
    println!("\nblas_demo is linked with -llapack -lblas: NEEDED {}", needed.join(", "));

    let openblas = sys::system_lib_dir().join("openblas-pthread");
    let runs = [("ferroblas", ours.as_path()), ("OpenBLAS", openblas.as_path())];
    let mut failed = Vec::new();
    let mut rows = Vec::new();
    for (name, dir) in runs {
        println!("\n=== {name}: LD_LIBRARY_PATH={} {}", dir.display(), program.display());
        let rows_file = out_dir.join(format!("rows-{name}.tsv"));
        let _ = fs::remove_file(&rows_file);
        let status = Command::new(&program)
            .env("LD_LIBRARY_PATH", dir)
            .env("DEMO_ROWS", &rows_file)
            .status()
            .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
        if !status.success() {
            failed.push(format!("{name} ({status})"));
        }
        rows.push(fs::read_to_string(&rows_file).unwrap_or_default());
    }
    print_comparison(&rows[0], &rows[1]);
    numpy_demo(&out_dir, &runs, &mut failed)?;
    if failed.is_empty() {
        println!("\nsame binary, two BLAS and LAPACK libraries, both correct.");
        Ok(())
    } else {
        Err(format!("blas_demo reported wrong results or failed on: {}", failed.join(", ")))
    }
}

/// Debian's Python, whose NumPy is linked to `libblas.so.3` and `liblapack.so.3`.
const SYSTEM_PYTHON: &str = "/usr/bin/python3";

/// The same NumPy script (`a @ b`, `solve`, `eigh`, `svd`) run on each library
/// of `runs`, when Debian's `python3-numpy` is installed; skipped, with a
/// note, when it is not.
fn numpy_demo(out_dir: &std::path::Path, runs: &[(&str, &std::path::Path)], failed: &mut Vec<String>) -> Result {
    let has_numpy = Command::new(SYSTEM_PYTHON).args(["-c", "import numpy"]).output().is_ok_and(|o| o.status.success());
    if !has_numpy {
        println!(
            "
(NumPy part skipped: install Debian's python3-numpy to see `a @ b`, solve, eigh and svd on both)"
        );
        return Ok(());
    }
    let script = sys::root().join("xtask/demo/numpy_demo.py");
    let mut rows = Vec::new();
    for (name, dir) in runs {
        println!(
            "
=== NumPy on {name}: LD_LIBRARY_PATH={} {SYSTEM_PYTHON} {}",
            dir.display(),
            script.display()
        );
        let rows_file = out_dir.join(format!("numpy-rows-{name}.tsv"));
        let _ = fs::remove_file(&rows_file);
        let status = Command::new(SYSTEM_PYTHON)
            .arg(&script)
            .env("LD_LIBRARY_PATH", dir)
            .env("DEMO_ROWS", &rows_file)
            .status()
            .map_err(|e| format!("cannot run {SYSTEM_PYTHON}: {e}"))?;
        if !status.success() {
            failed.push(format!("NumPy on {name} ({status})"));
        }
        rows.push(fs::read_to_string(&rows_file).unwrap_or_default());
    }
    print_comparison(&rows[0], &rows[1]);
    Ok(())
}

/// Prints the two runs' times side by side: each row's OpenBLAS time over
/// ferroblas's (above 1, ferroblas is faster).
fn print_comparison(ours: &str, theirs: &str) {
    let parse = |text: &str| -> Vec<(String, String, f64)> {
        text.lines()
            .filter_map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                Some((f.first()?.to_string(), f.get(1)?.to_string(), f.get(2)?.parse().ok()?))
            })
            .collect()
    };
    let (ours, theirs) = (parse(ours), parse(theirs));
    if ours.is_empty() || ours.len() != theirs.len() {
        return;
    }
    println!("\n=== side by side (best of each run; OpenBLAS time / ferroblas time, above 1: ferroblas is faster)");
    println!("  {:<6} {:>10} {:>14} {:>14} {:>7}", "call", "n", "ferroblas ms", "OpenBLAS ms", "ratio");
    let mut wins = 0;
    for ((name, n, a), (_, _, b)) in ours.iter().zip(&theirs) {
        wins += usize::from(b >= a);
        println!("  {:<6} {:>10} {:>14.4} {:>14.4} {:>7.2}", name, n, a * 1e3, b * 1e3, b / a);
    }
    println!(
        "  ferroblas is at least as fast on {wins} of {} rows (the two runs follow each other on the same \
         machine, with the default thread count of each library; a few percent either way is noise)",
        ours.len()
    );
}
