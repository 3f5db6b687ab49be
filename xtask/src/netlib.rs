//! `cargo xtask netlib [--lib-dir DIR] [--list] [NAME...]`: the reference BLAS
//! test programs of Debian's `libblas-test`, run against `dist/lib`.
//!
//! The testers are linked to `libblas.so.3`; `LD_LIBRARY_PATH=dist/lib` makes
//! them load our stub and, through it, libferroblas. Each runs in a fresh
//! temporary directory (the Level-2/3 ones write summary and snapshot files).
//!
//! `--ilp64` runs Debian's `libblas64-test` programs (64-bit integers) against
//! `dist/lib/libblas64.so.3`, the ILP64 drop-in: the Fortran testers only, as
//! ferroblas has no ILP64 CBLAS yet.
//!
//! Verdicts:
//! - Level 1 (no input): every "Test of subprogram" block says `----- PASS -----`
//!   and no line says FAIL.
//! - Level 2/3 (input file on stdin): every routine the input enables (`NAME  T`)
//!   has a "PASSED THE ... COMPUTATIONAL TESTS" line in stdout or the summary
//!   file, and nothing says FAILED, FATAL, SUSPECT or `****`.

use crate::dist;
use crate::sys::{self, Result};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// One reference test program.
struct Tester {
    /// Program name in `/usr/lib/<multiarch>/blas/`.
    name: &'static str,
    /// Input file (same folder) fed on stdin; `None` for the Level-1 testers.
    input: Option<&'static str>,
    /// Run by default; a routine family's issue flips this once it lands.
    enabled: bool,
}

const fn t(name: &'static str, input: Option<&'static str>, enabled: bool) -> Tester {
    Tester { name, input, enabled }
}

#[rustfmt::skip]
const TESTERS: &[Tester] = &[
    // Level 1: Fortran BLAS, then CBLAS.
    t("xblat1s", None, true),
    t("xblat1d", None, true),
    t("xblat1c", None, true),
    t("xblat1z", None, true),
    t("xscblat1", None, true),
    t("xdcblat1", None, true),
    t("xccblat1", None, true),
    t("xzcblat1", None, true),
    // Level 2.
    t("xblat2s", Some("sblat2.in"), true),
    t("xblat2d", Some("dblat2.in"), true),
    t("xblat2c", Some("cblat2.in"), true),
    t("xblat2z", Some("zblat2.in"), true),
    t("xscblat2", Some("sin2"), true),
    t("xdcblat2", Some("din2"), true),
    t("xccblat2", Some("cin2"), true),
    t("xzcblat2", Some("zin2"), true),
    // Level 3.
    t("xblat3s", Some("sblat3.in"), true),
    t("xblat3d", Some("dblat3.in"), true),
    t("xblat3c", Some("cblat3.in"), true),
    t("xblat3z", Some("zblat3.in"), true),
    t("xscblat3", Some("sin3"), true),
    t("xdcblat3", Some("din3"), true),
    t("xccblat3", Some("cin3"), true),
    t("xzcblat3", Some("zin3"), true),
];

/// A tester that runs longer than this has hung.
const TIME_LIMIT: Duration = Duration::from_secs(900);

/// Most lines quoted from a failing program.
const MAX_QUOTED: usize = 40;

enum Verdict {
    Pass,
    Fail(Vec<String>),
    Undecided(String),
}

pub fn run(args: &[String]) -> Result {
    let mut lib_dir = None;
    let mut ilp64 = false;
    let mut names = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--lib-dir" => lib_dir = Some(PathBuf::from(it.next().ok_or("--lib-dir needs a folder")?)),
            "--ilp64" => ilp64 = true,
            "--list" => {
                for t in TESTERS {
                    let input = t.input.map(|i| format!(" < {i}")).unwrap_or_default();
                    println!("{}{input}{}", t.name, if t.enabled { "" } else { "  (disabled by default)" });
                }
                return Ok(());
            }
            s if s.starts_with('-') => return Err(format!("unknown option `{s}`")),
            s => names.push(s.to_string()),
        }
    }
    let selected: Vec<&Tester> = if names.is_empty() {
        TESTERS.iter().filter(|t| t.enabled && !(ilp64 && is_cblas(t))).collect()
    } else {
        names
            .iter()
            .map(|n| TESTERS.iter().find(|t| t.name == n).ok_or_else(|| format!("no tester named `{n}` (see --list)")))
            .collect::<Result<_>>()?
    };

    let (folder, package, soname) =
        if ilp64 { ("blas64", "libblas64-test", "libblas64.so.3") } else { ("blas", "libblas-test", "libblas.so.3") };
    let blas_dir = sys::system_lib_dir().join(folder);
    if !blas_dir.join("xblat1d").is_file() {
        sys::ensure_packages(&[package])?;
    }
    let ours = lib_dir.is_none();
    let lib_dir = match lib_dir {
        Some(d) => d.canonicalize().map_err(|e| format!("{}: {e}", d.display()))?,
        None => dist::ensure()?,
    };
    check_resolution(&blas_dir.join(selected[0].name), soname, &lib_dir, ours)?;

    let mut bad = 0;
    for t in &selected {
        let started = Instant::now();
        let verdict = run_one(t, &blas_dir, &lib_dir)?;
        let took = sys::secs(started.elapsed());
        match verdict {
            Verdict::Pass => println!("PASS        {:<9} ({took})", t.name),
            Verdict::Fail(lines) => {
                bad += 1;
                println!("FAIL        {:<9} ({took})", t.name);
                for l in lines.iter().take(MAX_QUOTED) {
                    println!("    | {l}");
                }
                if lines.len() > MAX_QUOTED {
                    println!("    | ... {} more lines", lines.len() - MAX_QUOTED);
                }
            }
            Verdict::Undecided(why) => {
                bad += 1;
                println!("NO VERDICT  {:<9} ({took}): {why}", t.name);
            }
        }
    }
    if bad > 0 {
        Err(format!("{bad} of {} reference testers did not pass against {}", selected.len(), lib_dir.display()))
    } else {
        println!("all {} reference testers passed against {}", selected.len(), lib_dir.display());
        Ok(())
    }
}

/// The CBLAS testers (`x?cblat?`).
fn is_cblas(t: &Tester) -> bool {
    t.name.contains("cblat")
}

/// `ldd` under our `LD_LIBRARY_PATH`: `soname` (libblas.so.3 or libblas64.so.3)
/// must come from `lib_dir`, and (for dist) no OpenBLAS may sneak into the process.
fn check_resolution(program: &Path, soname: &str, lib_dir: &Path, ours: bool) -> Result {
    let text = sys::output(Command::new("ldd").arg(program).env("LD_LIBRARY_PATH", lib_dir))?;
    let resolved = |soname: &str| {
        text.lines().find_map(|l| {
            let (name, rest) = l.trim().split_once(" => ")?;
            (name == soname).then(|| rest.split(" (").next().unwrap_or(rest).trim().to_string())
        })
    };
    let blas = resolved(soname).ok_or_else(|| format!("ldd shows no {soname} for {}:\n{text}", program.display()))?;
    if !Path::new(&blas).starts_with(lib_dir) {
        return Err(format!("{soname} resolves to {blas}, not into {}:\n{text}", lib_dir.display()));
    }
    if ours {
        let core = resolved(dist::SONAME).unwrap_or_default();
        if !Path::new(&core).starts_with(lib_dir) {
            return Err(format!("{} resolves to `{core}`, not into {}:\n{text}", dist::SONAME, lib_dir.display()));
        }
        if text.contains("libopenblas") {
            return Err(format!("OpenBLAS is loaded next to ferroblas:\n{text}"));
        }
    }
    eprintln!("xtask: {soname} => {blas}");
    Ok(())
}

fn run_one(t: &Tester, blas_dir: &Path, lib_dir: &Path) -> Result<Verdict> {
    let work = std::env::temp_dir().join(format!("ferroblas-netlib-{}-{}", std::process::id(), t.name));
    let _ = fs::remove_dir_all(&work);
    fs::create_dir_all(&work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;
    let file = |name: &str| fs::File::create(work.join(name)).map_err(|e| format!("{name}: {e}"));

    let mut cmd = Command::new(blas_dir.join(t.name));
    cmd.current_dir(&work).env("LD_LIBRARY_PATH", lib_dir).stdout(file("stdout.txt")?).stderr(file("stderr.txt")?);
    let input = match t.input {
        Some(i) => {
            let path = blas_dir.join(i);
            let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            cmd.stdin(fs::File::open(&path).map_err(|e| format!("{}: {e}", path.display()))?);
            Some(text)
        }
        None => {
            cmd.stdin(Stdio::null());
            None
        }
    };
    let status = wait_with_limit(&mut cmd)?;
    let read = |name: &str| fs::read_to_string(work.join(name)).unwrap_or_default();
    let stdout = read("stdout.txt");
    let stderr = read("stderr.txt");

    let verdict = match &input {
        None => level1_verdict(&stdout),
        Some(input) => {
            let summary = summary_file(input).map(|s| read(&s)).unwrap_or_default();
            level23_verdict(input, &format!("{stdout}\n{summary}"))
        }
    };
    let verdict = match (verdict, status) {
        (Verdict::Pass, Some(s)) if !s.success() => Verdict::Undecided(format!("{s}; stderr: {}", tail(&stderr))),
        (Verdict::Pass, None) | (Verdict::Undecided(_), None) => {
            Verdict::Undecided(format!("killed after {} s", TIME_LIMIT.as_secs()))
        }
        (Verdict::Undecided(why), Some(s)) if !s.success() => {
            Verdict::Undecided(format!("{why}; {s}; stderr: {}", tail(&stderr)))
        }
        (v, _) => v,
    };
    match verdict {
        Verdict::Pass => {
            let _ = fs::remove_dir_all(&work);
        }
        _ => eprintln!("xtask: {} left its output in {}", t.name, work.display()),
    }
    Ok(verdict)
}

/// Runs to completion or kills at [`TIME_LIMIT`] (`None` then).
fn wait_with_limit(cmd: &mut Command) -> Result<Option<ExitStatus>> {
    let mut child = cmd.spawn().map_err(|e| format!("cannot start `{}`: {e}", sys::describe(cmd)))?;
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            return Ok(Some(status));
        }
        if started.elapsed() > TIME_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            return Ok(None);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn tail(text: &str) -> String {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    lines[lines.len().saturating_sub(3)..].join(" / ")
}

fn level1_verdict(stdout: &str) -> Verdict {
    let blocks: Vec<&str> = stdout.split("Test of subprogram").skip(1).collect();
    if blocks.is_empty() {
        return Verdict::Undecided("no \"Test of subprogram\" block in the output".into());
    }
    let mut failing: Vec<String> = blocks
        .iter()
        .filter(|b| !b.contains("----- PASS -----") || b.contains("FAIL"))
        .flat_map(|b| format!("Test of subprogram{b}").lines().map(str::to_string).collect::<Vec<_>>())
        .filter(|l| !l.trim().is_empty())
        .collect();
    // A FAIL before the first block (or in a passing one) counts too.
    if failing.is_empty() {
        failing = stdout.lines().filter(|l| l.contains("FAIL")).map(str::to_string).collect();
    }
    if failing.is_empty() {
        Verdict::Pass
    } else {
        Verdict::Fail(failing)
    }
}

/// The summary file named on the first line of a Fortran tester's input
/// (`'dblat2.out'  NAME OF SUMMARY OUTPUT FILE`); the CBLAS testers' inputs
/// start with the snapshot file and write their summary to stdout.
fn summary_file(input: &str) -> Option<String> {
    let first = input.lines().next()?;
    if !first.to_ascii_uppercase().contains("SUMMARY") {
        return None;
    }
    let name = first.split('\'').nth(1)?;
    (!name.is_empty()).then(|| name.to_string())
}

/// Routines the input switches on: lines `NAME  T  PUT F FOR NO TEST...`.
fn enabled_routines(input: &str) -> Vec<String> {
    input
        .lines()
        .filter_map(|l| {
            let mut f = l.split_whitespace();
            let name = f.next()?;
            let flag = f.next()?;
            let is_name = name.len() > 1
                && name.starts_with(|c: char| c.is_ascii_alphabetic())
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            (is_name && flag == "T").then(|| name.to_ascii_uppercase())
        })
        .collect()
}

fn level23_verdict(input: &str, output: &str) -> Verdict {
    let bad: Vec<String> = output
        .lines()
        .filter(|l| ["FAILED", "FATAL", "SUSPECT", "****"].iter().any(|m| l.contains(m)))
        .map(str::to_string)
        .collect();
    if !bad.is_empty() {
        return Verdict::Fail(bad);
    }
    let upper = output.to_ascii_uppercase();
    let passed = |routine: &str| {
        upper.lines().any(|l| {
            l.split_whitespace().next() == Some(routine)
                && l.contains("PASSED THE")
                && l.contains("COMPUTATIONAL TESTS")
        })
    };
    let routines = enabled_routines(input);
    let missing: Vec<&str> = routines.iter().map(String::as_str).filter(|r| !passed(r)).collect();
    if routines.is_empty() {
        Verdict::Undecided("the input enables no routine".into())
    } else if missing.is_empty() {
        Verdict::Pass
    } else {
        Verdict::Undecided(format!("no PASSED line for {}", missing.join(" ")))
    }
}
