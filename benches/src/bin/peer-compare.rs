//! ferroblas next to OpenBLAS and BLIS: markdown for BENCHMARKS.md on stdout,
//! progress on stderr. See `harness::USAGE` for the options.

use ferroblas_benches::harness::{self, Options, Result};
use ferroblas_benches::{cases, machine};

fn main() {
    if let Err(e) = run() {
        eprintln!("peer-compare: error: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result {
    let opts = Options::from_args(std::env::args().skip(1))?;
    let load = machine::load_average();
    let peers = harness::load_peers(&opts)?;

    eprintln!("peer-compare: measuring the machine");
    let peak = machine::peak_fma_avx2(opts.quick)
        .map(|f| format!("{} GFLOP/s double precision (AVX2 FMA loop on 4-wide registers)", harness::rate(f / 1e9)))
        .unwrap_or_else(|| "not measured (no AVX2/FMA)".into());
    let (bw, array) = machine::triad_bandwidth(opts.quick);
    let mut about = format!(
        "**Machine.** {}, {} logical CPUs, SIMD: {}.\n\
         One core, measured: peak {peak}; memory bandwidth {} GB/s (triad `a = b + s*c`, 3 arrays of {} MiB).\n\
         Load average when the run started: {} (other work on the machine competes with the benchmark).\n\n\
         **Libraries**, each with {} (FERROBLAS/OPENBLAS/BLIS/OMP_NUM_THREADS):\n\n",
        machine::cpu_model(),
        machine::cpus(),
        machine::simd_features().join(" "),
        harness::rate(bw / 1e9),
        array >> 20,
        load.map_or("?".into(), |l| format!("{l:.2}")),
        opts.threads.label(),
    );
    for p in &peers {
        about += &format!("- {}: `{}`\n", p.name, p.describe);
    }
    if opts.quick {
        about += "\n(--quick: few, short samples; a smoke test, not a measurement)\n";
    }
    let suffix = match opts.threads.count() {
        1 => String::new(),
        n => format!("-{n}threads"),
    };
    println!("{}", harness::section(&format!("machine{suffix}"), &about));
    // `PEER_SECTIONS=gemm,level3` runs only those sections (all by default).
    let only: Vec<String> = std::env::var("PEER_SECTIONS")
        .map(|s| s.split(',').filter(|w| !w.is_empty()).map(String::from).collect())
        .unwrap_or_default();
    type Run = fn(&[harness::Peer], &Options) -> Result<String>;
    let sections: [(&str, Run); 8] = [
        ("level1", cases::level1::run),
        ("level2", cases::level2::run),
        ("gemm", cases::gemm::run),
        ("level3", cases::level3::run),
        ("lapack-aux", cases::lapack_aux::run),
        ("lapack-factor", cases::lapack_factor::run),
        ("lapack-qr", cases::lapack_factor::run_qr),
        ("lapack-eigen", cases::lapack_eigen::run),
    ];
    for (name, run) in sections {
        if only.is_empty() || only.iter().any(|w| w == name) {
            print!("{}", harness::section(&format!("{name}{suffix}"), &run(&peers, &opts)?));
        }
    }
    Ok(())
}
