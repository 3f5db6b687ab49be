//! `ferroblas bench`: dgemm, dgemv and dgetrf on ferroblas and on the BLAS
//! and LAPACK libraries installed on the system, through the same Fortran
//! ABI in one process, with a progress bar and one table.
//!
//! ferroblas is called in-process; each other library is opened with
//! `RTLD_LOCAL | RTLD_DEEPBIND`, so its symbols neither replace ours nor
//! bind to them. Every library runs with its own default thread count on
//! the same operands, and each result is compared with ferroblas's.

use ferroblas_capi::generated::fortran as ours;
use std::ffi::{c_void, CString};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

type Gemm = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const i32,
    *const i32,
    *const i32,
    *const f64,
    *const f64,
    *const i32,
    *const f64,
    *const i32,
    *const f64,
    *mut f64,
    *const i32,
    usize,
    usize,
);
type Gemv = unsafe extern "C" fn(
    *const u8,
    *const i32,
    *const i32,
    *const f64,
    *const f64,
    *const i32,
    *const f64,
    *const i32,
    *const f64,
    *mut f64,
    *const i32,
    usize,
);
type Getrf = unsafe extern "C" fn(*const i32, *const i32, *mut f64, *const i32, *mut i32, *mut i32);

/// One library's entry points.
struct Library {
    name: String,
    gemm: Option<Gemm>,
    gemv: Option<Gemv>,
    getrf: Option<Getrf>,
}

/// Opens `path` privately; null when it cannot be loaded.
fn open(path: &Path) -> *mut c_void {
    let Ok(c) = CString::new(path.as_os_str().as_encoded_bytes()) else { return std::ptr::null_mut() };
    // SAFETY: a NUL-terminated path; dlopen runs the library's initialisers,
    // which is what loading any BLAS does.
    unsafe { libc::dlopen(c.as_ptr(), libc::RTLD_NOW | libc::RTLD_LOCAL | libc::RTLD_DEEPBIND) }
}

/// The address of `name` in `handle`, if it defines it.
fn symbol(handle: *mut c_void, name: &str) -> Option<*mut c_void> {
    if handle.is_null() {
        return None;
    }
    let c = CString::new(name).ok()?;
    // SAFETY: a live handle from dlopen and a NUL-terminated name.
    let p = unsafe { libc::dlsym(handle, c.as_ptr()) };
    (!p.is_null()).then_some(p)
}

/// The library in `dir` (its libblas.so.3, and liblapack.so.3 when there is
/// one); `None` when it has no BLAS or is ferroblas itself.
fn load(dir: &Path) -> Option<Library> {
    let blas = open(&dir.join("libblas.so.3"));
    if blas.is_null() || symbol(blas, "ferroblas_get_config").is_some() {
        return None;
    }
    let lapack =
        if dir.join("liblapack.so.3").exists() { open(&dir.join("liblapack.so.3")) } else { std::ptr::null_mut() };
    // SAFETY: these are the Fortran BLAS/LAPACK entry points, whose C
    // signatures are the types they are cast to.
    unsafe {
        Some(Library {
            name: dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| dir.display().to_string()),
            gemm: symbol(blas, "dgemm_").map(|p| std::mem::transmute::<*mut c_void, Gemm>(p)),
            gemv: symbol(blas, "dgemv_").map(|p| std::mem::transmute::<*mut c_void, Gemv>(p)),
            getrf: symbol(lapack, "dgetrf_").map(|p| std::mem::transmute::<*mut c_void, Getrf>(p)),
        })
    }
}

/// The folders of the system's BLAS alternatives (`/usr/lib/<triplet>/*/libblas.so.3`).
fn system_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    for root in ["/usr/lib", "/usr/lib64"] {
        let Ok(entries) = std::fs::read_dir(root) else { continue };
        for triplet in entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()) {
            // The folders under it, not the alternatives' links in it.
            for d in std::fs::read_dir(&triplet).into_iter().flatten().flatten().map(|e| e.path()) {
                if d.is_dir() && d.join("libblas.so.3").exists() {
                    dirs.push(d);
                }
            }
        }
    }
    dirs.sort();
    dirs.dedup();
    dirs
}

/// Problem sizes: (gemm n, gemv n, getrf n, timed repetitions).
fn sizes(quick: bool) -> (usize, usize, usize, usize) {
    if quick {
        (200, 1000, 200, 2)
    } else {
        (1000, 4000, 1000, 3)
    }
}

/// A deterministic matrix with entries in [-1, 1), diagonally weighted so
/// that LU needs no heroic pivoting.
fn matrix(n: usize, seed: u64) -> Vec<f64> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..n * n)
        .map(|i| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = (x >> 11) as f64 / (1u64 << 53) as f64 * 2.0 - 1.0;
            if i % (n + 1) == 0 {
                v + n as f64 / 8.0
            } else {
                v
            }
        })
        .collect()
}

/// Best time of `reps` timed calls of `run` (after one warm-up), each on a
/// fresh `state` from `reset` (untimed, so that refilling the operands, or
/// the allocator's first-touch page faults, count for no library).
fn best<S>(reps: usize, state: &mut S, mut reset: impl FnMut(&mut S), mut run: impl FnMut(&mut S)) -> Duration {
    reset(state);
    run(state);
    let mut best = Duration::MAX;
    for _ in 0..reps {
        reset(state);
        let t = Instant::now();
        run(state);
        best = best.min(t.elapsed());
    }
    best
}

fn max_rel_diff(a: &[f64], b: &[f64]) -> f64 {
    let scale = a.iter().fold(0f64, |m, x| m.max(x.abs())).max(f64::MIN_POSITIVE);
    a.iter().zip(b).fold(0f64, |m, (x, y)| m.max((x - y).abs())) / scale
}

/// One library's measurements: GFLOP/s or GB/s per routine, and the largest
/// relative difference from ferroblas's results.
struct Row {
    name: String,
    rates: [Option<f64>; 3],
    diff: Option<f64>,
}

/// A progress bar on stderr, when it is a terminal.
struct Progress {
    total: usize,
    done: usize,
    tty: bool,
}

impl Progress {
    fn step(&mut self, what: &str) {
        self.done += 1;
        if self.tty {
            let width = 30;
            let filled = width * self.done / self.total.max(1);
            eprint!("\r[{}{}] {}/{} {what:<40}", "#".repeat(filled), " ".repeat(width - filled), self.done, self.total);
            let _ = std::io::stderr().flush();
        }
    }
    fn finish(&self) {
        if self.tty {
            eprint!("\r{:80}\r", "");
        }
    }
}

fn measure(
    lib: &Library,
    quick: bool,
    reference: Option<&[Vec<f64>; 3]>,
    progress: &mut Progress,
) -> (Row, [Vec<f64>; 3]) {
    let (ng, nv, nl, reps) = sizes(quick);
    let mut rates = [None; 3];
    let mut outs: [Vec<f64>; 3] = Default::default();
    let (a, b) = (matrix(ng, 1), matrix(ng, 2));
    if let Some(gemm) = lib.gemm {
        let n = ng as i32;
        let (one, zero) = (1.0f64, 0.0f64);
        let mut c = vec![0.0; ng * ng];
        let t = best(
            reps,
            &mut c,
            |c| c.fill(0.0),
            |c| {
                // SAFETY: n x n operands with leading dimension n, as passed.
                unsafe {
                    gemm(
                        b"N".as_ptr(),
                        b"N".as_ptr(),
                        &n,
                        &n,
                        &n,
                        &one,
                        a.as_ptr(),
                        &n,
                        b.as_ptr(),
                        &n,
                        &zero,
                        c.as_mut_ptr(),
                        &n,
                        1,
                        1,
                    )
                }
            },
        );
        rates[0] = Some(2.0 * (ng as f64).powi(3) / t.as_secs_f64() / 1e9);
        outs[0] = c;
    }
    progress.step(&format!("dgemm on {}", lib.name));
    if let Some(gemv) = lib.gemv {
        let av = matrix(nv, 3);
        let x: Vec<f64> = (0..nv).map(|i| (i % 7) as f64 - 3.0).collect();
        let n = nv as i32;
        let (one, zero, inc) = (1.0f64, 0.0f64, 1i32);
        let mut y = vec![0.0; nv];
        let t = best(
            reps * 4,
            &mut y,
            |y| y.fill(0.0),
            |y| {
                // SAFETY: an n x n matrix with leading dimension n and n-vectors.
                unsafe {
                    gemv(b"N".as_ptr(), &n, &n, &one, av.as_ptr(), &n, x.as_ptr(), &inc, &zero, y.as_mut_ptr(), &inc, 1)
                }
            },
        );
        rates[1] = Some((nv * nv * 8) as f64 / t.as_secs_f64() / 1e9);
        outs[1] = y;
    }
    progress.step(&format!("dgemv on {}", lib.name));
    if let Some(getrf) = lib.getrf {
        let a0 = matrix(nl, 4);
        let n = nl as i32;
        let mut state = (a0.clone(), vec![0i32; nl]);
        let t = best(
            reps,
            &mut state,
            |(a, _)| a.copy_from_slice(&a0),
            |(a, ipiv)| {
                let mut info = 0;
                // SAFETY: an n x n matrix with leading dimension n and n pivots.
                unsafe { getrf(&n, &n, a.as_mut_ptr(), &n, ipiv.as_mut_ptr(), &mut info) }
            },
        );
        rates[2] = Some(2.0 / 3.0 * (nl as f64).powi(3) / t.as_secs_f64() / 1e9);
        let (mut lu, ipiv) = state;
        lu.extend(ipiv.iter().map(|&p| p as f64));
        outs[2] = lu;
    }
    progress.step(&format!("dgetrf on {}", lib.name));
    let diff = reference.map(|r| {
        (0..3)
            .filter(|&i| !outs[i].is_empty() && !r[i].is_empty())
            .map(|i| max_rel_diff(&r[i], &outs[i]))
            .fold(0f64, f64::max)
    });
    (Row { name: lib.name.clone(), rates, diff }, outs)
}

/// `ferroblas bench [--quick] [--lib DIR]...`.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut quick = false;
    let mut dirs = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--quick" => quick = true,
            "--lib" => dirs.push(PathBuf::from(it.next().ok_or("--lib needs a folder")?)),
            other => return Err(format!("`bench`: unknown argument `{other}`")),
        }
    }
    if dirs.is_empty() {
        dirs = system_dirs();
    }
    let ferroblas = Library {
        name: "ferroblas".into(),
        gemm: Some(ours::dgemm_),
        gemv: Some(ours::dgemv_),
        getrf: Some(ours::dgetrf_),
    };
    let others: Vec<Library> = dirs.iter().filter_map(|d| load(d)).collect();
    // SAFETY: isatty only inspects the descriptor.
    let tty = unsafe { libc::isatty(2) } == 1;
    let mut progress = Progress { total: 3 * (1 + others.len()), done: 0, tty };
    let (first, reference) = measure(&ferroblas, quick, None, &mut progress);
    let mut rows = vec![first];
    for lib in &others {
        rows.push(measure(lib, quick, Some(&reference), &mut progress).0);
    }
    progress.finish();

    let (ng, nv, nl, _) = sizes(quick);
    println!(
        "{:<20} {:>16} {:>16} {:>16} {:>14}",
        "library",
        format!("dgemm n={ng}"),
        format!("dgemv n={nv}"),
        format!("dgetrf n={nl}"),
        "max rel. diff"
    );
    println!("{:<20} {:>16} {:>16} {:>16} {:>14}", "", "GFLOP/s", "GB/s", "GFLOP/s", "from ferroblas");
    let cell = |v: Option<f64>| v.map_or_else(|| "-".to_string(), |x| format!("{x:.2}"));
    for r in &rows {
        let diff = r.diff.map_or_else(|| "-".to_string(), |d| format!("{d:.1e}"));
        println!(
            "{:<20} {:>16} {:>16} {:>16} {:>14}",
            r.name,
            cell(r.rates[0]),
            cell(r.rates[1]),
            cell(r.rates[2]),
            diff
        );
    }
    if others.is_empty() {
        println!("(no other BLAS found: install one, e.g. libopenblas0-pthread, or name a folder with --lib)");
    }
    let bad: Vec<&str> = rows.iter().filter(|r| r.diff.is_some_and(|d| d > 1e-8)).map(|r| r.name.as_str()).collect();
    if !bad.is_empty() {
        return Err(format!("results differ from ferroblas's beyond rounding: {}", bad.join(", ")));
    }
    Ok(())
}
