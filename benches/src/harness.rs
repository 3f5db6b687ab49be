//! What every side-by-side comparison shares: options, loading the libraries,
//! timing, and markdown output. A case file (`cases/level1.rs`, ...) only says
//! which calls to make on which buffers and how much work each call is.

use libloading::Library;
use std::ffi::{c_char, c_int, CStr};
use std::path::PathBuf;
use std::time::{Duration, Instant};

pub type Result<T = ()> = std::result::Result<T, String>;

/// How many threads each library may use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Threads {
    Count(usize),
    /// One per logical CPU.
    All,
}

impl Threads {
    pub fn parse(s: &str) -> Result<Threads> {
        match s {
            "all" => Ok(Threads::All),
            _ => s.parse().ok().filter(|&n| n > 0).map(Threads::Count).ok_or(format!("bad thread count `{s}`")),
        }
    }

    pub fn count(self) -> usize {
        match self {
            Threads::Count(n) => n,
            Threads::All => std::thread::available_parallelism().map_or(1, |n| n.get()),
        }
    }

    pub fn label(self) -> String {
        match self.count() {
            1 => "1 thread".into(),
            n => format!("{n} threads"),
        }
    }
}

/// Command-line options of `peer-compare`.
pub struct Options {
    /// The `dist/` folder holding `lib/libferroblas.so.0`.
    pub dist: PathBuf,
    /// `/usr/lib/<multiarch>`, holding `openblas-pthread/` and `blis-pthread/`.
    pub system_lib_dir: PathBuf,
    pub threads: Threads,
    /// Fewer and shorter samples: a smoke test, not a measurement.
    pub quick: bool,
    /// `OPENBLAS_CORETYPE` to force; `None` leaves OpenBLAS's own choice.
    pub openblas_coretype: Option<String>,
}

pub const USAGE: &str = "usage: peer-compare [--dist DIR] [--system-lib-dir DIR] [--threads N|all] [--quick] \
                         [--openblas-coretype auto|none|NAME]";

impl Options {
    pub fn from_args(mut args: impl Iterator<Item = String>) -> Result<Options> {
        let mut opts = Options {
            dist: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../dist"),
            system_lib_dir: PathBuf::from(format!("/usr/lib/{}-linux-gnu", std::env::consts::ARCH)),
            threads: Threads::Count(1),
            quick: false,
            openblas_coretype: auto_coretype(),
        };
        while let Some(a) = args.next() {
            let mut value = || args.next().ok_or(format!("{a} needs a value\n{USAGE}"));
            match a.as_str() {
                "--dist" => opts.dist = value()?.into(),
                "--system-lib-dir" => opts.system_lib_dir = value()?.into(),
                "--threads" => opts.threads = Threads::parse(&value()?)?,
                "--quick" => opts.quick = true,
                "--openblas-coretype" => {
                    opts.openblas_coretype = match value()?.as_str() {
                        "auto" => auto_coretype(),
                        "none" => None,
                        name => Some(name.to_string()),
                    }
                }
                _ => return Err(format!("unknown argument `{a}`\n{USAGE}")),
            }
        }
        Ok(opts)
    }

    /// Shortest timed sample: a call that takes less is repeated inside it.
    pub fn sample_time(&self) -> Duration {
        Duration::from_millis(10)
    }

    /// Samples per (case, size, library).
    pub fn samples(&self) -> usize {
        if self.quick {
            3
        } else {
            41
        }
    }

    /// Calls made before timing, to fault pages in, warm caches and let the
    /// libraries start their threads.
    pub fn warmup(&self) -> Duration {
        Duration::from_millis(if self.quick { 20 } else { 100 })
    }
}

/// OpenBLAS 0.3.21 picks its kernels from the CPU model number, and falls
/// back to its oldest x86-64 kernels (Prescott) on models it predates. The
/// comparison is against OpenBLAS at its best, so by default it is told the
/// kernel family that matches the CPU's features (the user's own
/// `OPENBLAS_CORETYPE` wins).
fn auto_coretype() -> Option<String> {
    if std::env::var_os("OPENBLAS_CORETYPE").is_some() {
        return None;
    }
    #[cfg(target_arch = "x86_64")]
    {
        let avx512 = is_x86_feature_detected!("avx512f")
            && is_x86_feature_detected!("avx512vl")
            && is_x86_feature_detected!("avx512bw")
            && is_x86_feature_detected!("avx512dq");
        if avx512 {
            return Some("SkylakeX".into());
        }
        if is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma") {
            return Some("Haswell".into());
        }
    }
    None
}

/// One BLAS library, loaded with `dlopen` (`RTLD_LOCAL`, so the three can
/// live in one process without their symbols colliding).
pub struct Peer {
    pub name: &'static str,
    /// What the library says about itself (version, kernels in use).
    pub describe: String,
    lib: Library,
}

impl Peer {
    /// Loads a library that is not one of the three BLAS peers (Debian's
    /// netlib LAPACK, say), for the sections that compare LAPACK routines.
    pub fn load_extra(name: &'static str, path: PathBuf, describe: &str) -> Result<Peer> {
        let mut p = Self::load(name, path)?;
        p.describe = describe.to_string();
        Ok(p)
    }

    fn load(name: &'static str, path: PathBuf) -> Result<Peer> {
        // SAFETY: loading a BLAS library runs only its own initialisers.
        let lib =
            unsafe { Library::new(&path) }.map_err(|e| format!("cannot load {name} ({}): {e}", path.display()))?;
        Ok(Peer { name, describe: String::new(), lib })
    }

    /// The address of `symbol` as a function pointer of type `T`.
    ///
    /// # Safety
    /// `T` must be the symbol's true type, and the pointer must not be used
    /// after `self` is dropped.
    pub unsafe fn get<T: Copy>(&self, symbol: &str) -> Result<T> {
        // SAFETY: forwarded to the caller.
        unsafe { self.lib.get::<T>(symbol.as_bytes()) }
            .map(|s| *s)
            .map_err(|e| format!("{} has no {symbol}: {e}", self.name))
    }

    /// Calls a `const char *f(void)` of the library, if it has one.
    fn string_fn(&self, symbol: &str) -> Option<String> {
        // SAFETY: the functions asked for have this signature and return static strings.
        let f: unsafe extern "C" fn() -> *const c_char = unsafe { self.get(symbol) }.ok()?;
        // SAFETY: a query without arguments or side effects.
        let p = unsafe { f() };
        // SAFETY: non-null pointers from these functions are NUL-terminated.
        (!p.is_null()).then(|| unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned())
    }
}

/// Sets the thread count (and OpenBLAS's kernel family) for every library,
/// then loads ferroblas, OpenBLAS and BLIS. The environment must be set
/// before loading: OpenBLAS and BLIS read it in their initialisers.
pub fn load_peers(opts: &Options) -> Result<Vec<Peer>> {
    let n = opts.threads.count().to_string();
    for var in ["FERROBLAS_NUM_THREADS", "OPENBLAS_NUM_THREADS", "BLIS_NUM_THREADS", "OMP_NUM_THREADS"] {
        std::env::set_var(var, &n);
    }
    if let Some(core) = &opts.openblas_coretype {
        std::env::set_var("OPENBLAS_CORETYPE", core);
    }

    let mut ours = Peer::load("ferroblas", opts.dist.join("lib/libferroblas.so.0"))?;
    ours.describe = ours.string_fn("ferroblas_get_config").unwrap_or_else(|| "?".into());

    let mut openblas = Peer::load("OpenBLAS", opts.system_lib_dir.join("openblas-pthread/libopenblas.so.0"))?;
    openblas.describe = openblas.string_fn("openblas_get_config").unwrap_or_else(|| "?".into());
    if opts.openblas_coretype.is_some() {
        openblas.describe += " (kernels forced with OPENBLAS_CORETYPE)";
    }

    let mut blis = Peer::load("BLIS", opts.system_lib_dir.join("blis-pthread/libblis.so.4"))?;
    let version = blis.string_fn("bli_info_get_version_str").unwrap_or_else(|| "?".into());
    // SAFETY: `arch_t bli_arch_query_id(void)` and `const char *bli_arch_string(arch_t)`.
    let arch = unsafe {
        let id: Result<unsafe extern "C" fn() -> c_int> = blis.get("bli_arch_query_id");
        let name: Result<unsafe extern "C" fn(c_int) -> *const c_char> = blis.get("bli_arch_string");
        match (id, name) {
            (Ok(id), Ok(name)) => {
                let p = name(id());
                if p.is_null() {
                    "?".into()
                } else {
                    CStr::from_ptr(p).to_string_lossy().into_owned()
                }
            }
            _ => "?".into(),
        }
    };
    blis.describe = format!("BLIS {version}, {arch} kernels");
    Ok(vec![ours, openblas, blis])
}

/// Seconds per call: median and best over the samples.
#[derive(Clone, Copy, Debug)]
pub struct Timing {
    pub median: f64,
    pub best: f64,
}

impl Timing {
    /// The figure the tables report: the fastest sample. The machines these
    /// run on are shared, and other processes can only slow a sample down.
    pub fn reported(&self) -> f64 {
        self.best
    }
}

/// Times one call per library, the libraries interleaved sample by sample so
/// that a slow phase of the machine (another process, frequency) hits them
/// all alike. Each closure makes one call; the returned value is kept from
/// the optimiser.
pub fn time_calls(opts: &Options, calls: &mut [Box<dyn FnMut() -> f64 + '_>]) -> Vec<Timing> {
    // Warm-up, which also estimates the cost of a call.
    let per_sample: Vec<usize> = calls
        .iter_mut()
        .map(|f| {
            let start = Instant::now();
            let mut done = 0usize;
            while done == 0 || start.elapsed() < opts.warmup() {
                std::hint::black_box(f());
                done += 1;
            }
            let per_call = start.elapsed().as_secs_f64() / done as f64;
            (opts.sample_time().as_secs_f64() / per_call).ceil().max(1.0) as usize
        })
        .collect();

    let mut samples = vec![Vec::with_capacity(opts.samples()); calls.len()];
    for _ in 0..opts.samples() {
        for ((f, &reps), out) in calls.iter_mut().zip(&per_sample).zip(&mut samples) {
            let start = Instant::now();
            for _ in 0..reps {
                std::hint::black_box(f());
            }
            out.push(start.elapsed().as_secs_f64() / reps as f64);
        }
    }
    samples
        .into_iter()
        .map(|mut s| {
            s.sort_by(f64::total_cmp);
            Timing { median: s[s.len() / 2], best: s[0] }
        })
        .collect()
}

/// A markdown table.
pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new<S: Into<String>>(header: impl IntoIterator<Item = S>) -> Table {
        Table { header: header.into_iter().map(Into::into).collect(), rows: Vec::new() }
    }

    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    pub fn to_markdown(&self) -> String {
        let line = |cells: &[String]| format!("| {} |\n", cells.join(" | "));
        let rule: Vec<String> =
            self.header.iter().enumerate().map(|(i, _)| (if i < 2 { "---" } else { "---:" }).into()).collect();
        let mut s = line(&self.header) + &line(&rule);
        for r in &self.rows {
            s += &line(r);
        }
        s
    }
}

/// A rate with three significant digits or so.
pub fn rate(x: f64) -> String {
    if x >= 100.0 {
        format!("{x:.0}")
    } else if x >= 10.0 {
        format!("{x:.1}")
    } else {
        format!("{x:.2}")
    }
}

/// `1e3`, `1e5`, `12345`: how sizes read in the tables.
pub fn size(n: usize) -> String {
    let exp = (n as f64).log10().round() as i32;
    if exp >= 3 && 10usize.pow(exp as u32) == n {
        format!("1e{exp}")
    } else {
        n.to_string()
    }
}

/// `body` wrapped in the markers `cargo xtask bench` uses to replace the
/// section of the same name in BENCHMARKS.md.
pub fn section(name: &str, body: &str) -> String {
    format!("<!-- {name}:begin -->\n{}\n<!-- {name}:end -->\n", body.trim_end())
}
