//! `cargo xtask install` and `cargo xtask uninstall`: ferroblas on a system,
//! beside the BLAS and LAPACK it already has.
//!
//! ```text
//! LIBDIR/ferroblas/            everything of dist/lib: libferroblas.so.0, the drop-ins
//!                              (libblas.so.3, liblapack.so.3, ..., libblas64.so.3, ...), their
//!                              -l links, pkgconfig/{blas,cblas,lapack,lapacke}.pc, and the list of
//!                              installed files that uninstall reads
//! LIBDIR/libferroblas.so.0     -> ferroblas/libferroblas.so.0 (the loader finds it in LIBDIR)
//! LIBDIR/libferroblas.so       -> ferroblas/libferroblas.so.0 (for -lferroblas)
//! LIBDIR/pkgconfig/ferroblas.pc
//! PREFIX/include/ferroblas/    cblas.h, lapack.h, lapacke.h, ferroblas.h
//! PREFIX/share/ferroblas/python/ferroblas_threadpoolctl.py   (put it on PYTHONPATH)
//! ```
//!
//! The drop-ins stay in their own folder, as Debian keeps each BLAS's
//! (`openblas-pthread/`, `blis-pthread/`), so installing changes nothing a
//! program already loads. `--alternatives` registers them with Debian's
//! `update-alternatives` under the names OpenBLAS, BLIS and netlib use
//! (`libblas.so.3-<triplet>`, ..., the ILP64 `libblas64.so.3-<triplet>` too),
//! at priority 50 unless `--priority` says otherwise: below OpenBLAS's 100,
//! so the system keeps its choice until its administrator picks ferroblas
//! (`update-alternatives --config libblas.so.3-<triplet>`) or asks for more.
//! `DESTDIR` stages the whole tree under another root (for packaging, or a
//! throwaway root in the tests); `update-alternatives` then runs with
//! `--root DESTDIR`.

use crate::dist;
use crate::sys::{self, Result};
use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The priority ferroblas registers with when none is asked for: below
/// OpenBLAS's 100 and BLIS's 75, above netlib's 10.
const DEFAULT_PRIORITY: u32 = 50;

/// The list of installed files, in `LIBDIR/ferroblas/`.
const MANIFEST: &str = "installed-files";

/// Where an installation goes.
#[derive(Debug)]
pub struct Layout {
    /// `DESTDIR`: the root the tree is staged under (`/` when unset).
    pub destdir: PathBuf,
    /// `--prefix` (default `/usr/local`).
    pub prefix: PathBuf,
    /// `--libdir` (default `PREFIX/lib`).
    pub libdir: PathBuf,
}

impl Layout {
    /// The layout for `--prefix`/`--libdir` arguments and `DESTDIR`.
    fn parse(args: &mut Vec<String>) -> Result<Layout> {
        let prefix = PathBuf::from(take_value(args, "--prefix")?.unwrap_or_else(|| "/usr/local".into()));
        let libdir = take_value(args, "--libdir")?.map(PathBuf::from).unwrap_or_else(|| prefix.join("lib"));
        for p in [&prefix, &libdir] {
            if !p.is_absolute() {
                return Err(format!("{} is not an absolute path", p.display()));
            }
        }
        let destdir = std::env::var_os("DESTDIR").filter(|d| !d.is_empty()).map(PathBuf::from);
        Ok(Layout { destdir: destdir.unwrap_or_else(|| PathBuf::from("/")), prefix, libdir })
    }

    /// The folder holding the drop-ins, as the installed system sees it.
    pub fn drop_in_dir(&self) -> PathBuf {
        self.libdir.join("ferroblas")
    }

    /// The headers' folder, as the installed system sees it.
    fn include_dir(&self) -> PathBuf {
        self.prefix.join("include").join("ferroblas")
    }

    /// The Python modules' folder, as the installed system sees it.
    pub fn python_dir(&self) -> PathBuf {
        self.prefix.join("share").join("ferroblas").join("python")
    }

    /// `path` (absolute, as the installed system sees it) under `DESTDIR`.
    pub fn staged(&self, path: &Path) -> PathBuf {
        self.destdir.join(path.strip_prefix("/").unwrap_or(path))
    }

    /// `update-alternatives`'s arguments for this root: `--root DESTDIR`
    /// when one is set.
    fn root_args(&self) -> Vec<String> {
        if self.destdir == Path::new("/") {
            Vec::new()
        } else {
            vec!["--root".into(), self.destdir.display().to_string()]
        }
    }

    /// `update-alternatives`, rooted at `DESTDIR` when one is set.
    fn alternatives(&self) -> Command {
        let mut cmd = Command::new("update-alternatives");
        cmd.args(self.root_args());
        cmd
    }
}

/// Removes `--flag VALUE` (or `--flag=VALUE`) from `args` and returns VALUE.
fn take_value(args: &mut Vec<String>, flag: &str) -> Result<Option<String>> {
    let prefix = format!("{flag}=");
    if let Some(i) = args.iter().position(|a| a.starts_with(&prefix)) {
        return Ok(Some(args.remove(i)[prefix.len()..].to_string()));
    }
    match args.iter().position(|a| a == flag) {
        Some(i) if i + 1 < args.len() => {
            args.remove(i);
            Ok(Some(args.remove(i)))
        }
        Some(_) => Err(format!("{flag} needs a value")),
        None => Ok(None),
    }
}

/// Removes `flag` from `args`; whether it was there.
fn take_flag(args: &mut Vec<String>, flag: &str) -> bool {
    let before = args.len();
    args.retain(|a| a != flag);
    args.len() != before
}

/// `cargo xtask install [--prefix DIR] [--libdir DIR] [--alternatives [--priority N]]`.
pub fn run(args: &[String]) -> Result {
    let mut args = args.to_vec();
    let layout = Layout::parse(&mut args)?;
    let priority = take_value(&mut args, "--priority")?
        .map(|p| p.parse::<u32>().map_err(|e| format!("--priority {p}: {e}")))
        .transpose()?;
    let alternatives = take_flag(&mut args, "--alternatives");
    if let Some(a) = args.first() {
        return Err(format!("`cargo xtask install`: unknown argument `{a}`"));
    }
    if priority.is_some() && !alternatives {
        return Err("--priority only means something with --alternatives".into());
    }
    let lib = dist::ensure()?;
    install(&lib, &layout)?;
    if alternatives {
        register(&layout, priority.unwrap_or(DEFAULT_PRIORITY))?;
    }
    Ok(())
}

/// `cargo xtask uninstall [--prefix DIR] [--libdir DIR]`.
pub fn run_uninstall(args: &[String]) -> Result {
    let mut args = args.to_vec();
    let layout = Layout::parse(&mut args)?;
    if let Some(a) = args.first() {
        return Err(format!("`cargo xtask uninstall`: unknown argument `{a}`"));
    }
    uninstall(&layout)
}

/// Copies `dist_lib` (and its headers) into `layout`, recording every path.
pub fn install(dist_lib: &Path, layout: &Layout) -> Result {
    let mut installed: Vec<PathBuf> = Vec::new();
    let drop_ins = layout.drop_in_dir();
    let include = layout.include_dir();
    let pkgconfig = layout.libdir.join("pkgconfig");
    let python = layout.python_dir();
    for d in [&drop_ins, &drop_ins.join("pkgconfig"), &include, &pkgconfig, &python] {
        let at = layout.staged(d);
        fs::create_dir_all(&at).map_err(|e| format!("cannot create {}: {e}", at.display()))?;
    }

    // The libraries and their links, as dist/lib has them.
    let mut entries: Vec<_> = fs::read_dir(dist_lib)
        .map_err(|e| format!("cannot read {}: {e}", dist_lib.display()))?
        .filter_map(|e| e.ok())
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let from = entry.path();
        let to = drop_ins.join(entry.file_name());
        let kind = entry.file_type().map_err(|e| format!("{}: {e}", from.display()))?;
        if kind.is_symlink() {
            let target = fs::read_link(&from).map_err(|e| format!("{}: {e}", from.display()))?;
            place_link(&target, &layout.staged(&to))?;
        } else if kind.is_file() {
            place_file(&from, &layout.staged(&to), 0o755)?;
        } else {
            continue;
        }
        installed.push(to);
    }

    // The loader and `-lferroblas` find the library in LIBDIR itself.
    let real = Path::new("ferroblas").join(dist::SONAME);
    for name in [dist::SONAME, "libferroblas.so"] {
        let at = layout.libdir.join(name);
        place_link(&real, &layout.staged(&at))?;
        installed.push(at);
    }

    for h in dist::HEADERS {
        let to = include.join(h);
        place_file(&sys::root().join("include").join(h), &layout.staged(&to), 0o644)?;
        installed.push(to);
    }

    for m in dist::PYTHON {
        let to = python.join(m);
        place_file(&sys::root().join("python").join(m), &layout.staged(&to), 0o644)?;
        installed.push(to);
    }

    for (stem, description) in dist::PKG_CONFIG {
        // ferroblas.pc beside the system's modules; the drop-ins' modules
        // (blas.pc, ...) beside the drop-ins, so they shadow the system's
        // only for whoever puts that folder on PKG_CONFIG_PATH.
        let (dir, libs) = if stem == "ferroblas" {
            (pkgconfig.clone(), layout.libdir.clone())
        } else {
            (drop_ins.join("pkgconfig"), drop_ins.clone())
        };
        let to = dir.join(format!("{stem}.pc"));
        let text = dist::pkg_config(&libs, &include, stem, description);
        write(&layout.staged(&to), &text)?;
        installed.push(to);
    }

    let manifest = drop_ins.join(MANIFEST);
    installed.push(manifest.clone());
    let list: String = installed.iter().map(|p| format!("{}\n", p.display())).collect();
    write(&layout.staged(&manifest), &list)?;
    println!(
        "installed ferroblas into {} ({} files; libraries in {}, headers in {})",
        layout.destdir.display(),
        installed.len(),
        drop_ins.display(),
        include.display()
    );
    Ok(())
}

/// The alternatives ferroblas provides: (Debian's link group, the file name
/// in LIBDIR/ferroblas and in the system's library folder).
fn alternative_groups() -> Vec<(String, &'static str)> {
    let triplet = sys::multiarch();
    ["libblas.so.3", "liblapack.so.3", "libblas64.so.3", "liblapack64.so.3"]
        .into_iter()
        .map(|name| (format!("{name}-{triplet}"), name))
        .collect()
}

/// The link an alternatives group manages: the file in the system's library
/// folder (`/usr/lib/<triplet>/libblas.so.3`), whatever the prefix.
fn system_link(name: &str) -> PathBuf {
    Path::new("/usr/lib").join(sys::multiarch()).join(name)
}

/// Registers the drop-ins with `update-alternatives` at `priority`.
pub fn register(layout: &Layout, priority: u32) -> Result {
    for (group, name) in alternative_groups() {
        let path = layout.drop_in_dir().join(name);
        sys::run(
            layout
                .alternatives()
                .arg("--install")
                .arg(system_link(name))
                .arg(&group)
                .arg(&path)
                .arg(priority.to_string()),
        )?;
    }
    Ok(())
}

/// Removes what [`install`] recorded, and ferroblas's alternatives.
pub fn uninstall(layout: &Layout) -> Result {
    for (group, name) in alternative_groups() {
        let path = layout.drop_in_dir().join(name);
        let mut list = layout.root_args();
        list.extend(["--list".to_string(), group.clone()]);
        let registered = sys::try_output("update-alternatives", &list)
            .is_some_and(|listed| listed.lines().any(|l| Path::new(l) == path));
        if registered {
            sys::run(layout.alternatives().arg("--remove").arg(&group).arg(&path))?;
        }
    }
    let manifest = layout.staged(&layout.drop_in_dir().join(MANIFEST));
    let list = fs::read_to_string(&manifest)
        .map_err(|e| format!("no ferroblas installation at {}: {e}", manifest.display()))?;
    for line in list.lines().filter(|l| !l.is_empty()) {
        let at = layout.staged(Path::new(line));
        if at.symlink_metadata().is_ok() {
            fs::remove_file(&at).map_err(|e| format!("cannot remove {}: {e}", at.display()))?;
        }
    }
    // The folders of our own; the shared ones (LIBDIR/pkgconfig, ...) only
    // when nothing else is left in them.
    let share = layout.python_dir().parent().map(Path::to_path_buf).unwrap_or_default();
    for d in
        [layout.drop_in_dir().join("pkgconfig"), layout.drop_in_dir(), layout.include_dir(), layout.python_dir(), share]
    {
        let at = layout.staged(&d);
        if at.exists() {
            fs::remove_dir(&at).map_err(|e| format!("{} is not empty after uninstall: {e}", at.display()))?;
        }
    }
    let shared = layout.libdir.join("pkgconfig");
    let _ = fs::remove_dir(layout.staged(&shared));
    println!("uninstalled ferroblas from {} ({} files)", layout.destdir.display(), list.lines().count());
    Ok(())
}

fn place_file(from: &Path, to: &Path, mode: u32) -> Result {
    use std::os::unix::fs::PermissionsExt;
    let _ = fs::remove_file(to);
    fs::copy(from, to).map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))?;
    fs::set_permissions(to, fs::Permissions::from_mode(mode)).map_err(|e| format!("{}: {e}", to.display()))
}

fn place_link(target: &Path, at: &Path) -> Result {
    let _ = fs::remove_file(at);
    symlink(target, at).map_err(|e| format!("cannot link {} -> {}: {e}", at.display(), target.display()))
}

fn write(to: &Path, text: &str) -> Result {
    fs::write(to, text).map_err(|e| format!("cannot write {}: {e}", to.display()))
}
