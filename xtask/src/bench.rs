//! `cargo xtask bench [--quick] [--threads N|all]`: ferroblas next to OpenBLAS
//! and BLIS, and the results into BENCHMARKS.md.
//!
//! `peer-compare` prints sections wrapped in `<!-- NAME:begin -->` /
//! `<!-- NAME:end -->` markers; each replaces the section of the same name in
//! BENCHMARKS.md (a new one is appended), and everything else in the file stays.
//! Then the GFLOP/s tables are drawn as charts (see `plot.rs`). `--quick` is a
//! smoke test: fewer repetitions, and BENCHMARKS.md is left alone (no charts).

use crate::dist;
use crate::plot;
use crate::sys::{self, Result};
use std::fs;

pub fn run(args: &[String]) -> Result {
    let quick = args.iter().any(|a| a == "--quick");
    sys::ensure_packages(&["libopenblas0-pthread", "libblis4-pthread"])?;
    ensure_peer_venv();
    let lib = dist::build()?;
    let dist = lib.parent().ok_or("dist/lib has no parent")?;

    let mut cmd = sys::cargo();
    cmd.args(["run", "--release", "-p", "ferroblas-benches", "--bin", "peer-compare", "--", "--dist"])
        .arg(dist)
        .arg("--system-lib-dir")
        .arg(sys::system_lib_dir())
        .args(args);
    let report = sys::output(&mut cmd)?;
    print!("{report}");

    if quick {
        println!("(--quick: BENCHMARKS.md left unchanged)");
        return Ok(());
    }
    let path = sys::root().join("BENCHMARKS.md");
    let mut doc = fs::read_to_string(&path).unwrap_or_else(|_| "# Benchmarks\n".to_string());
    let sections = sections(&report);
    if sections.is_empty() {
        return Err("peer-compare printed no marked section".into());
    }
    for (name, body) in sections {
        doc = replace_section(&doc, name, body);
    }
    fs::write(&path, doc).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    println!("wrote {}", path.display());
    plot::write(&path)
}

/// The newest OpenBLAS (PyPI `scipy-openblas32`) and MKL (PyPI `mkl`) in the
/// virtual environment `target/peer-venv` (or `$PEER_VENV`) that the LAPACK
/// sections load. Made once; a machine that cannot reach PyPI runs without
/// those peers, and says so.
fn ensure_peer_venv() {
    let venv = std::env::var_os("PEER_VENV")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| sys::root().join("target/peer-venv"));
    let pip = venv.join("bin/pip");
    let have = |pkg: &str| {
        std::process::Command::new(&pip).args(["show", "-q", pkg]).output().is_ok_and(|o| o.status.success())
    };
    if pip.exists() && have("scipy-openblas32") && have("mkl") {
        return;
    }
    let made = (|| -> Result {
        sys::ensure_packages(&["python3-venv", "python3-pip"])?;
        if !pip.exists() {
            sys::run(std::process::Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
        }
        sys::run(std::process::Command::new(&pip).args(["install", "-q", "scipy-openblas32", "mkl"]))
    })();
    if let Err(e) = made {
        eprintln!("xtask: no PyPI peers (scipy-openblas32, mkl) in {}: {e}", venv.display());
    }
}

pub(crate) fn markers(name: &str) -> (String, String) {
    (format!("<!-- {name}:begin -->"), format!("<!-- {name}:end -->"))
}

/// The `(name, whole marked block)` pairs in peer-compare's output.
pub(crate) fn sections(report: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = report;
    while let Some(start) = rest.find("<!-- ") {
        let Some((tag, _)) = rest[start + 5..].split_once(" -->") else { break };
        let Some(name) = tag.strip_suffix(":begin") else {
            rest = &rest[start + 5..];
            continue;
        };
        let (_, end) = markers(name);
        // A begin marker without its end (say, quoted in prose) is skipped.
        let Some(stop) = rest[start..].find(&end) else {
            rest = &rest[start + 5..];
            continue;
        };
        let stop = start + stop + end.len();
        out.push((name, &rest[start..stop]));
        rest = &rest[stop..];
    }
    out
}

/// `doc` with the block named `name` replaced by `block` (appended if absent).
pub(crate) fn replace_section(doc: &str, name: &str, block: &str) -> String {
    let (begin, end) = markers(name);
    match (doc.find(&begin), doc.find(&end)) {
        (Some(b), Some(e)) if b < e => format!("{}{block}{}", &doc[..b], &doc[e + end.len()..]),
        _ => format!("{}\n{block}\n", doc.trim_end()),
    }
}
