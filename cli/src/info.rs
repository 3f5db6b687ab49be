//! `ferroblas info`.

use ferroblas_kernels::dispatch::{self, Arch};
use ferroblas_kernels::pool;
use std::fmt::Write;

/// The symbol manifest the library is checked against (LAPACK, LAPACKE and
/// the Fortran BLAS, generated from the spec).
const MANIFEST: &str = include_str!("../../capi/exports.txt");
/// The CBLAS header ferroblas ships.
const CBLAS_H: &str = include_str!("../../include/cblas.h");

/// The CPU's model name, from `/proc/cpuinfo` where there is one.
fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name") || l.starts_with("Model") || l.starts_with("CPU part"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into())
}

/// The SIMD features the kernel tables care about, as this CPU reports them.
fn features() -> Vec<&'static str> {
    #[allow(unused_mut)]
    let mut f = Vec::new();
    #[cfg(target_arch = "x86_64")]
    {
        macro_rules! probe {
            ($($name:tt),*) => {$(
                if std::arch::is_x86_feature_detected!($name) {
                    f.push($name);
                }
            )*};
        }
        probe!("sse4.2", "avx", "avx2", "fma", "avx512f", "avx512dq", "avx512bw", "avx512vl");
    }
    #[cfg(target_arch = "aarch64")]
    {
        if std::arch::is_aarch64_feature_detected!("neon") {
            f.push("neon");
        }
    }
    f
}

/// Counts of the exported interfaces: (Fortran LP64, Fortran ILP64,
/// LAPACKE LP64, LAPACKE ILP64, CBLAS).
fn interface_counts() -> (usize, usize, usize, usize, usize) {
    let names: Vec<&str> = MANIFEST.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect();
    let lapacke = |n: &&str| n.starts_with("LAPACKE_");
    let fortran_ilp64 = names.iter().filter(|n| !lapacke(n) && n.ends_with("_64_")).count();
    let fortran = names.iter().filter(|n| !lapacke(n) && !n.ends_with("_64_")).count();
    let lapacke_ilp64 = names.iter().filter(|n| lapacke(n) && n.ends_with("64_")).count();
    let lapacke_lp64 = names.iter().filter(|n| lapacke(n) && !n.ends_with("64_")).count();
    let mut cblas: Vec<&str> = CBLAS_H
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| w.starts_with("cblas_") && w.len() > 6)
        .collect();
    cblas.sort_unstable();
    cblas.dedup();
    (fortran, fortran_ilp64, lapacke_lp64, lapacke_ilp64, cblas.len())
}

/// The whole report.
pub fn report() -> String {
    let mut s = String::new();
    let chosen = dispatch::arch();
    let detected = Arch::detect();
    let runnable: Vec<&str> = Arch::runnable().into_iter().map(Arch::name).collect();
    let forced = std::env::var("FERROBLAS_ARCH").ok().filter(|v| !v.is_empty());
    let (fortran, fortran64, lapacke, lapacke64, cblas) = interface_counts();
    let _ = writeln!(s, "ferroblas {}", env!("CARGO_PKG_VERSION"));
    let _ =
        writeln!(s, "cpu:        {} ({}, {} cores available)", cpu_model(), std::env::consts::ARCH, pool::num_procs());
    let _ = writeln!(s, "features:   {}", features().join(" "));
    let how = match &forced {
        Some(v) => format!("FERROBLAS_ARCH={v}; detected {}", detected.name()),
        None => "detected".into(),
    };
    let _ = writeln!(s, "kernels:    {} ({how}; this CPU runs {})", chosen.name(), runnable.join(", "));
    let source = ["FERROBLAS_NUM_THREADS", "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"]
        .into_iter()
        .find(|v| std::env::var(v).is_ok_and(|x| !x.trim().is_empty()))
        .unwrap_or("the number of cores");
    let _ = writeln!(s, "threads:    {} (from {source})", pool::num_threads());
    let _ = writeln!(
        s,
        "interfaces: {fortran} Fortran BLAS/LAPACK symbols (+{fortran64} ILP64 `_64_`), {cblas} CBLAS, \
         {lapacke} LAPACKE (+{lapacke64} ILP64 `64_`)"
    );
    s
}
