//! What every task needs from the machine: paths, running commands, Debian
//! packages, rustup targets.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// Tasks fail with a message for the person at the terminal.
pub type Result<T = ()> = std::result::Result<T, String>;

/// The repository root (the workspace holding `xtask/`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives inside the repository").to_path_buf()
}

/// `<root>/dist`, where `cargo xtask dist` lays out the drop-in files.
pub fn dist_dir() -> PathBuf {
    root().join("dist")
}

/// The cargo target directory this xtask was built into (`<target>/debug/xtask`),
/// so scratch output lands where `CARGO_TARGET_DIR` points.
pub fn target_dir() -> Result<PathBuf> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot locate the xtask binary: {e}"))?;
    exe.parent()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .ok_or_else(|| format!("unexpected xtask location {}", exe.display()))
}

/// A `cargo` command run from the repository root (the same cargo that runs us).
/// The cargo profile the library and its tests are built with:
/// `FERROBLAS_PROFILE`, else `release` (what `dist` ships). `cargo xtask
/// test` sets it to `ci` (Cargo.toml: release optimization, no LTO, 16
/// codegen units), which builds in a third of the time.
pub fn profile() -> String {
    std::env::var("FERROBLAS_PROFILE").ok().filter(|p| !p.is_empty()).unwrap_or_else(|| "release".to_string())
}

/// `--profile <profile()>`, for a cargo command line.
pub fn profile_args() -> [String; 2] {
    ["--profile".to_string(), profile()]
}

pub fn cargo() -> Command {
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.current_dir(root());
    cmd
}

/// A shell-like rendering of a command, for logs and error messages.
pub fn describe(cmd: &Command) -> String {
    let mut s = String::new();
    for (k, v) in cmd.get_envs() {
        if let Some(v) = v {
            s += &format!("{}={} ", k.to_string_lossy(), v.to_string_lossy());
        }
    }
    s += &cmd.get_program().to_string_lossy();
    for a in cmd.get_args() {
        s.push(' ');
        s += &a.to_string_lossy();
    }
    s
}

/// Runs a command with inherited output; an exit status other than 0 is an error.
pub fn run(cmd: &mut Command) -> Result {
    eprintln!("$ {}", describe(cmd));
    let status = cmd.status().map_err(|e| format!("cannot start `{}`: {e}", describe(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(cmd)))
    }
}

/// Runs a command and returns its standard output; stderr goes to the terminal.
pub fn output(cmd: &mut Command) -> Result<String> {
    let out = cmd.stderr(Stdio::inherit()).output().map_err(|e| format!("cannot start `{}`: {e}", describe(cmd)))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(format!("`{}` failed ({})", describe(cmd), out.status))
    }
}

/// Standard output of a command that may be absent or fail; `None` then.
pub fn try_output<S: AsRef<OsStr>>(program: &str, args: &[S]) -> Option<String> {
    let out = Command::new(program).args(args).stderr(Stdio::null()).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Whether `name` is an executable on `PATH`.
pub fn have_command(name: &str) -> bool {
    std::env::var_os("PATH").map(|p| std::env::split_paths(&p).any(|dir| dir.join(name).is_file())).unwrap_or(false)
}

/// Debian's multiarch triplet (`x86_64-linux-gnu`), the folder under `/usr/lib`
/// that holds the system BLAS, the reference testers and the peer libraries.
pub fn multiarch() -> String {
    try_output("gcc", &["-print-multiarch"])
        .filter(|s| !s.is_empty())
        .or_else(|| try_output("dpkg-architecture", &["-qDEB_HOST_MULTIARCH"]).filter(|s| !s.is_empty()))
        .unwrap_or_else(|| format!("{}-linux-gnu", std::env::consts::ARCH))
}

/// `/usr/lib/<multiarch>`.
pub fn system_lib_dir() -> PathBuf {
    Path::new("/usr/lib").join(multiarch())
}

fn package_installed(pkg: &str) -> bool {
    try_output("dpkg-query", &["-W", "-f=${Status}", pkg]).is_some_and(|s| s.ends_with("install ok installed"))
}

fn apt_get(args: &[&str]) -> Result {
    let mut cmd = if is_root() { Command::new("apt-get") } else { sudo("apt-get") };
    cmd.env("DEBIAN_FRONTEND", "noninteractive").args(args);
    run(&mut cmd)
}

fn is_root() -> bool {
    try_output("id", &["-u"]).as_deref() == Some("0")
}

fn sudo(program: &str) -> Command {
    let mut cmd = Command::new("sudo");
    cmd.arg("--preserve-env=DEBIAN_FRONTEND").arg(program);
    cmd
}

/// Installs the Debian packages that are missing, with `apt-get`; the package
/// lists are refreshed (`apt-get update`) only when a first attempt fails.
pub fn ensure_packages(pkgs: &[&str]) -> Result {
    let missing: Vec<&str> = pkgs.iter().copied().filter(|p| !package_installed(p)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    if !have_command("apt-get") {
        return Err(format!("packages {} are needed, and this machine has no apt-get", missing.join(" ")));
    }
    eprintln!("xtask: installing {}", missing.join(" "));
    let mut install = vec!["install", "-y", "--no-install-suggests"];
    install.extend(&missing);
    if apt_get(&install).is_ok() {
        return Ok(());
    }
    apt_get(&["update"])?;
    apt_get(&install)
}

/// Makes sure the C toolchain and binutils the tasks call are present.
pub fn ensure_cc() -> Result {
    if have_command("cc") && have_command("readelf") {
        return Ok(());
    }
    ensure_packages(&["gcc", "libc6-dev", "binutils"])
}

/// Adds a rustup component (`rustfmt`, `clippy`) when cargo lacks the subcommand.
pub fn ensure_component(subcommand: &str, component: &str) -> Result {
    let ok = cargo().args([subcommand, "--version"]).stdout(Stdio::null()).stderr(Stdio::null()).status();
    if ok.is_ok_and(|s| s.success()) {
        return Ok(());
    }
    run(Command::new("rustup").args(["component", "add", component]))
}

/// Adds a rustup target when it is not installed yet.
pub fn ensure_target(triple: &str) -> Result {
    let installed = try_output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == triple) {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", triple]))
}

/// Seconds, for step timings.
pub fn secs(d: Duration) -> String {
    format!("{:.1} s", d.as_secs_f64())
}

/// Lines of `readelf -d` of the form `(TAG) ... [value]`, as (tag, value).
pub fn dynamic_entries(file: &Path) -> Result<Vec<(String, String)>> {
    let text = output(Command::new("readelf").arg("-d").arg(file))?;
    Ok(text
        .lines()
        .filter_map(|l| {
            let tag = l.split_once('(')?.1.split_once(')')?.0;
            let value = l.split_once('[')?.1.rsplit_once(']')?.0;
            Some((tag.to_string(), value.to_string()))
        })
        .collect())
}
