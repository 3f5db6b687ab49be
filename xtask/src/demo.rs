//! `cargo xtask demo`: one real C program, linked to the system's
//! `libblas.so.3`, run on ferroblas and then on OpenBLAS without relinking.

use crate::dist;
use crate::sys::{self, Result};
use std::fs;
use std::process::Command;

pub fn run(args: &[String]) -> Result {
    if let Some(a) = args.first() {
        return Err(format!("`cargo xtask demo` takes no arguments (got `{a}`)"));
    }
    // libblas-dev provides the link-time libblas.so; OpenBLAS is the comparison.
    sys::ensure_packages(&["libblas-dev", "libopenblas0-pthread"])?;
    let ours = dist::build()?;

    let out_dir = sys::target_dir()?.join("xtask-demo");
    fs::create_dir_all(&out_dir).map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
    let program = out_dir.join("blas_demo");
    sys::run(
        Command::new("cc")
            .args(["-O2", "-std=c11", "-fPIE", "-pie", "-o"])
            .arg(&program)
            .arg(sys::root().join("xtask/demo/blas_demo.c"))
            .args(["-lblas", "-ldl", "-lm"]),
    )?;
    let needed: Vec<String> = sys::dynamic_entries(&program)?
        .into_iter()
        .filter(|(tag, v)| tag == "NEEDED" && v.contains("blas"))
        .map(|(_, v)| v)
        .collect();
    println!("\nblas_demo is linked with -lblas: NEEDED {}", needed.join(", "));

    let openblas = sys::system_lib_dir().join("openblas-pthread");
    let runs = [("ferroblas", ours.as_path()), ("OpenBLAS", openblas.as_path())];
    let mut failed = Vec::new();
    for (name, dir) in runs {
        println!("\n=== {name}: LD_LIBRARY_PATH={} {}", dir.display(), program.display());
        let status = Command::new(&program)
            .env("LD_LIBRARY_PATH", dir)
            .status()
            .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
        if !status.success() {
            failed.push(format!("{name} ({status})"));
        }
    }
    if failed.is_empty() {
        println!("\nsame binary, two BLAS libraries, both correct.");
        Ok(())
    } else {
        Err(format!("blas_demo reported wrong results or failed on: {}", failed.join(", ")))
    }
}
