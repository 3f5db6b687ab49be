//! `cargo xtask fuzz [SECONDS] [TARGET...] [-j N]`: the cargo-fuzz targets of
//! `fuzz/` (the Fortran ABI of gemm, gemv, symv, trsm, trmm, syrk and Level 1;
//! of LAPACK's getrf/gesv/getrs, potrf/posv/potrs, sytrf/sysv/sytrs (and the
//! Hermitian twins), trtri/trtrs/lauum/potri and geqrf/orgqr/ormqr; arrays against guard pages,
//! results against a naive oracle or a backward-error bound), each for
//! SECONDS (default 45, or `FERROBLAS_FUZZ_SECS`).
//!
//! Installs cargo-fuzz when missing, builds every target once (AddressSanitizer,
//! debug assertions), then runs them N at a time (default: 2 where there are
//! 2 cores or more) with libFuzzer's `-max_total_time`. Any crash, sanitizer
//! report, failed check, timeout or out-of-memory fails the task; the input is
//! kept under `fuzz/artifacts/<target>/` and replayed once with its message
//! shown.
//!
//! `fuzz/` is a workspace of its own (not a member of the root one) and
//! builds into `fuzz/target`, whatever `CARGO_TARGET_DIR` says.

use crate::sys::{self, Result};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

/// The targets, in the order they run.
pub const TARGETS: [&str; 12] =
    ["gemm", "gemv", "symv", "trsm", "trmm", "syrk", "level1", "getrf", "potrf", "sytrf", "trtri", "geqrf"];

/// Seconds per target when neither the command line nor the environment says.
const DEFAULT_SECS: u64 = 45;

/// Flags for `cargo fuzz build` and `cargo fuzz run`, the same for both so
/// that `run` finds the build up to date: debug assertions (and overflow
/// checks) on, AddressSanitizer (cargo-fuzz's default).
const BUILD_FLAGS: [&str; 1] = ["--debug-assertions"];

/// libFuzzer options for every run. `-close_fd_mask=2` closes the target's
/// stderr: argument errors are the inputs' daily bread, and each one has
/// ferroblas's `xerbla_` print a line (the fuzz executable does not export
/// symbols, so no handler of ours can replace it); libFuzzer keeps its own
/// output and the sanitizer's reports on a duplicate of the descriptor.
/// A failure is replayed without it, to show the panic message.
///
/// `-len_control=0` lets inputs reach `-max_len` from the start: every
/// target decodes 20 to 40 bytes, and libFuzzer's slow default growth would
/// leave the last ones (guard placement, NaN injection) at zero for most of
/// a short run.
const LIBFUZZER_FLAGS: [&str; 5] =
    ["-close_fd_mask=2", "-timeout=60", "-max_len=64", "-len_control=0", "-print_final_stats=1"];

pub fn run(args: &[String]) -> Result {
    let mut secs = None;
    let mut targets = Vec::new();
    let mut jobs = default_jobs();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "-j" || a == "--jobs" {
            let n = it.next().ok_or("-j needs a number")?;
            jobs = n.parse().map_err(|_| format!("bad job count `{n}`"))?;
        } else if let Ok(s) = a.parse::<u64>() {
            secs = Some(s);
        } else if let Some(t) = TARGETS.iter().find(|t| *t == a) {
            targets.push(*t);
        } else {
            return Err(format!(
                "unknown argument `{a}` (cargo xtask fuzz [SECONDS] [TARGET...] [-j N]; targets: {})",
                TARGETS.join(" ")
            ));
        }
    }
    let secs = match secs {
        Some(s) => s,
        None => secs_per_target()?,
    };
    if targets.is_empty() {
        targets = TARGETS.to_vec();
    }
    run_targets(&targets, secs, jobs.max(1))
}

/// Seconds per target: `FERROBLAS_FUZZ_SECS`, else 45.
pub fn secs_per_target() -> Result<u64> {
    match std::env::var("FERROBLAS_FUZZ_SECS") {
        Ok(s) => s.trim().parse().map_err(|_| format!("FERROBLAS_FUZZ_SECS=`{s}` is not a number of seconds")),
        Err(_) => Ok(DEFAULT_SECS),
    }
}

/// Builds and runs every target for `secs` seconds (the CI step).
pub fn run_all(secs: u64) -> Result {
    run_targets(&TARGETS, secs, default_jobs())
}

/// Targets run at a time: two where there are two cores or more. A fuzzer
/// is one thread (ferroblas's pool wakes only for the occasional large
/// input), so two of them on two cores fuzz as long as one would, in half
/// the wall time.
fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(2))
}

/// How cargo-fuzz gets a compiler that takes its `-Z` flags
/// (`-Zsanitizer=address` and friends are unstable).
#[derive(Clone, Copy, Debug)]
enum Toolchain {
    /// `rustup run nightly cargo fuzz ...`.
    Nightly,
    /// No nightly toolchain: the current (stable) one with `RUSTC_BOOTSTRAP=1`,
    /// which unlocks the unstable flags on a release compiler. Acceptable
    /// here: it only builds the fuzz targets, never what ships.
    StableBootstrap,
}

fn toolchain() -> Toolchain {
    if sys::try_output("rustup", &["run", "nightly", "rustc", "--version"]).is_some() {
        Toolchain::Nightly
    } else {
        Toolchain::StableBootstrap
    }
}

/// `cargo fuzz <args>` from the repository root, under `tc`.
fn cargo_fuzz(tc: Toolchain) -> Command {
    let mut cmd = match tc {
        Toolchain::Nightly => {
            let mut c = Command::new("rustup");
            c.args(["run", "nightly", "cargo"]);
            c
        }
        Toolchain::StableBootstrap => {
            let mut c = sys::cargo();
            c.env("RUSTC_BOOTSTRAP", "1");
            c
        }
    };
    cmd.current_dir(sys::root()).arg("fuzz");
    // The fuzz crate builds into fuzz/target, where cargo-fuzz looks for it.
    cmd.env_remove("CARGO_TARGET_DIR").env_remove("CARGO_BUILD_TARGET_DIR");
    cmd
}

/// Installs cargo-fuzz unless `cargo fuzz --version` works.
fn ensure_cargo_fuzz(tc: Toolchain) -> Result {
    let ok = cargo_fuzz(tc).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status();
    if ok.is_ok_and(|s| s.success()) {
        return Ok(());
    }
    sys::run(sys::cargo().args(["install", "cargo-fuzz", "--locked"]))
}

/// What one target's run came to.
struct Outcome {
    target: &'static str,
    took: Duration,
    ok: bool,
    /// libFuzzer's final statistics: executions, executions per second, peak RSS (MB).
    execs: Option<u64>,
    exec_per_sec: Option<u64>,
    peak_rss_mb: Option<u64>,
    note: String,
}

fn run_targets(targets: &[&'static str], secs: u64, jobs: usize) -> Result {
    let tc = toolchain();
    eprintln!("xtask: fuzzing with {tc:?}: {} for {secs} s each", targets.join(", "));
    ensure_cargo_fuzz(tc)?;

    let started = Instant::now();
    if targets.len() == TARGETS.len() {
        // All targets in one cargo invocation.
        sys::run(cargo_fuzz(tc).arg("build").args(BUILD_FLAGS))?;
    } else {
        for t in targets {
            sys::run(cargo_fuzz(tc).arg("build").args(BUILD_FLAGS).arg(t))?;
        }
    }
    let build_time = started.elapsed();
    eprintln!("xtask: fuzz targets built in {}", sys::secs(build_time));

    let next = AtomicUsize::new(0);
    let outcomes = Mutex::new(Vec::new());
    let prefix = jobs.min(targets.len()) > 1;
    std::thread::scope(|s| {
        for _ in 0..jobs.min(targets.len()) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(&t) = targets.get(i) else { break };
                let o = run_target(tc, t, secs, prefix);
                outcomes.lock().unwrap_or_else(|e| e.into_inner()).push((i, o));
            });
        }
    });
    let mut outcomes = outcomes.into_inner().unwrap_or_else(|e| e.into_inner());
    outcomes.sort_by_key(|(i, _)| *i);

    println!("\ncargo xtask fuzz: {secs} s per target (build {})", sys::secs(build_time));
    println!("  {:<8} {:>8} {:>12} {:>8} {:>9}  result", "target", "time", "executions", "exec/s", "peak RSS");
    let show = |v: Option<u64>| v.map_or("?".to_string(), |v| v.to_string());
    for (_, o) in &outcomes {
        println!(
            "  {:<8} {:>8} {:>12} {:>8} {:>6} MB  {}",
            o.target,
            sys::secs(o.took),
            show(o.execs),
            show(o.exec_per_sec),
            show(o.peak_rss_mb),
            if o.ok { "ok".to_string() } else { format!("FAILED: {}", o.note) }
        );
    }
    println!("  total {}", sys::secs(started.elapsed()));
    let failed: Vec<String> =
        outcomes.iter().filter(|(_, o)| !o.ok).map(|(_, o)| format!("{}: {}", o.target, o.note)).collect();
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("fuzzing found problems: {}", failed.join("; ")))
    }
}

/// Runs one target for `secs` seconds, passing libFuzzer's output through
/// (without the lines for each new corpus entry) and reading its statistics.
fn run_target(tc: Toolchain, target: &'static str, secs: u64, prefix: bool) -> Outcome {
    let root = sys::root();
    let artifacts = root.join("fuzz/artifacts").join(target);
    let since = SystemTime::now();
    let mut cmd = cargo_fuzz(tc);
    cmd.arg("run").args(BUILD_FLAGS).arg(target).arg("--");
    cmd.arg(format!("-max_total_time={secs}")).args(LIBFUZZER_FLAGS);
    cmd.stderr(Stdio::piped());
    eprintln!("$ {}", sys::describe(&cmd));
    let started = Instant::now();
    let mut o = Outcome {
        target,
        took: Duration::ZERO,
        ok: false,
        execs: None,
        exec_per_sec: None,
        peak_rss_mb: None,
        note: String::new(),
    };
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            o.note = format!("cannot start cargo fuzz: {e}");
            return o;
        }
    };
    if let Some(err) = child.stderr.take() {
        for line in BufReader::new(err).lines().map_while(std::result::Result::ok) {
            let stat = |name: &str| line.strip_prefix(name).and_then(|v| v.trim().parse::<u64>().ok());
            o.execs = o.execs.or(stat("stat::number_of_executed_units:"));
            o.exec_per_sec = o.exec_per_sec.or(stat("stat::average_exec_per_sec:"));
            o.peak_rss_mb = o.peak_rss_mb.or(stat("stat::peak_rss_mb:"));
            let noise = line.contains("\tNEW ")
                || line.contains("\tREDUCE ")
                || line.contains("NEW_FUNC")
                || line.contains("# Uses:")
                || line.contains("dictionary. ######");
            if !noise {
                if prefix {
                    eprintln!("[{target}] {line}");
                } else {
                    eprintln!("{line}");
                }
            }
        }
    }
    let status = child.wait();
    o.took = started.elapsed();
    match status {
        Ok(s) if s.success() => o.ok = true,
        Ok(s) => {
            o.note = format!("cargo fuzz run exited with {s}");
            if let Some(a) = newest_artifact(&artifacts, since) {
                o.note = format!("{}, input saved as {}", o.note, a.display());
                replay(tc, target, &a);
            }
        }
        Err(e) => o.note = format!("cannot wait for cargo fuzz: {e}"),
    }
    o
}

/// The newest file under `dir` written since `since`.
fn newest_artifact(dir: &Path, since: SystemTime) -> Option<PathBuf> {
    std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok())
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .filter(|(t, _)| *t >= since)
        .max_by_key(|(t, _)| *t)
        .map(|(_, p)| p)
}

/// Runs a failing input once more with stderr open, so the log shows the
/// panic message or sanitizer report, and says how to reproduce it.
fn replay(tc: Toolchain, target: &str, input: &Path) {
    let mut cmd = cargo_fuzz(tc);
    cmd.arg("run").args(BUILD_FLAGS).arg(target).arg(input);
    eprintln!("xtask: replaying the failing input of `{target}`:");
    let _ = sys::run(&mut cmd);
    let how = match tc {
        Toolchain::Nightly => "cargo +nightly fuzz",
        Toolchain::StableBootstrap => "RUSTC_BOOTSTRAP=1 cargo fuzz",
    };
    eprintln!("xtask: reproduce with `{how} run {} {target} {}`", BUILD_FLAGS.join(" "), input.display());
}
