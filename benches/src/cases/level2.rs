//! Level-2 BLAS: `dgemv` (N and T), `dsymv`, `dger`, `dtrsv` and `zgemv`
//! on square column-major matrices, through the Fortran ABI of each library,
//! on the same buffers.

use crate::harness::{self, Options, Peer, Result, Table};
use std::ffi::c_char;

/// The sizes compared: in L1/L2 (64, 256), in L2/L3 (1000), beyond (2000, 4000).
pub const SIZES: [usize; 5] = [64, 256, 1000, 2000, 4000];

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    GemvN,
    GemvT,
    Symv,
    Ger,
    Trsv,
    ZgemvN,
}

struct Case {
    name: &'static str,
    kind: Kind,
    /// Bytes of the matrix each call must move, per `n^2`.
    bytes: f64,
    /// Floating-point operations per `n^2`.
    flops: f64,
}

const CASES: [Case; 6] = [
    Case { name: "dgemv N", kind: Kind::GemvN, bytes: 8.0, flops: 2.0 },
    Case { name: "dgemv T", kind: Kind::GemvT, bytes: 8.0, flops: 2.0 },
    Case { name: "dsymv L", kind: Kind::Symv, bytes: 4.0, flops: 2.0 },
    Case { name: "dger", kind: Kind::Ger, bytes: 16.0, flops: 2.0 },
    Case { name: "dtrsv UN", kind: Kind::Trsv, bytes: 4.0, flops: 1.0 },
    Case { name: "zgemv N", kind: Kind::ZgemvN, bytes: 16.0, flops: 8.0 },
];

type Gemv<T> = unsafe extern "C" fn(
    *const c_char,
    *const i32,
    *const i32,
    *const T,
    *const T,
    *const i32,
    *const T,
    *const i32,
    *const T,
    *mut T,
    *const i32,
    usize,
);
type Symv = unsafe extern "C" fn(
    *const c_char,
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
type Ger = unsafe extern "C" fn(
    *const i32,
    *const i32,
    *const f64,
    *const f64,
    *const i32,
    *const f64,
    *const i32,
    *mut f64,
    *const i32,
);
type Trsv = unsafe extern "C" fn(
    *const c_char,
    *const c_char,
    *const c_char,
    *const i32,
    *const f64,
    *const i32,
    *mut f64,
    *const i32,
    usize,
    usize,
    usize,
);

/// The buffers every library works on: `a` is `n x n` (for `zgemv`, `2n^2`
/// reals), `x`, `y` hold `2n`, and `x0` the starting `x` that `dtrsv`
/// restores before each solve (so repeated calls neither overflow nor slide
/// into subnormals).
struct Bufs {
    a: Vec<f64>,
    x: Vec<f64>,
    x0: Vec<f64>,
    y: Vec<f64>,
}

/// One call of `kind` through `peer` at size `n`, as a closure returning
/// something that depends on the result.
fn call<'a>(peer: &'a Peer, kind: Kind, n: usize, b: &'a mut Bufs) -> Result<Box<dyn FnMut() -> f64 + 'a>> {
    let n = i32::try_from(n).map_err(|_| "size exceeds a 32-bit BLAS integer")?;
    const ONE: i32 = 1;
    let (a, x, x0, y) = (b.a.as_mut_ptr(), b.x.as_mut_ptr(), b.x0.as_ptr(), b.y.as_mut_ptr());
    let (alpha, beta) = (1.0f64, 1.0f64);
    let tiny = 1e-12f64;
    let (zalpha, zbeta) = ([1.0f64, 0.0], [1.0f64, 0.0]);
    let (nn, tt, uu, ll) = (
        b"N".as_ptr() as *const c_char,
        b"T".as_ptr() as *const c_char,
        b"U".as_ptr() as *const c_char,
        b"L".as_ptr() as *const c_char,
    );
    // SAFETY (all arms): the types are the Fortran BLAS signatures; the
    // buffers hold what the arguments declare and outlive the closures.
    Ok(match kind {
        Kind::GemvN | Kind::GemvT => {
            let f: Gemv<f64> = unsafe { peer.get("dgemv_")? };
            let t = if kind == Kind::GemvN { nn } else { tt };
            Box::new(move || unsafe {
                f(t, &n, &n, &alpha, a, &n, x, &ONE, &beta, y, &ONE, 1);
                *y
            })
        }
        Kind::ZgemvN => {
            let f: Gemv<[f64; 2]> = unsafe { peer.get("zgemv_")? };
            Box::new(move || unsafe {
                f(nn, &n, &n, &zalpha, a.cast(), &n, x.cast(), &ONE, &zbeta, y.cast(), &ONE, 1);
                *y
            })
        }
        Kind::Symv => {
            let f: Symv = unsafe { peer.get("dsymv_")? };
            Box::new(move || unsafe {
                f(ll, &n, &alpha, a, &n, x, &ONE, &beta, y, &ONE, 1);
                *y
            })
        }
        Kind::Ger => {
            let f: Ger = unsafe { peer.get("dger_")? };
            Box::new(move || unsafe {
                f(&n, &n, &tiny, x, &ONE, y, &ONE, a, &n);
                *a
            })
        }
        Kind::Trsv => {
            let f: Trsv = unsafe { peer.get("dtrsv_")? };
            Box::new(move || unsafe {
                std::ptr::copy_nonoverlapping(x0, x, n as usize);
                f(uu, nn, nn, &n, a, &n, x, &ONE, 1, 1, 1);
                *x
            })
        }
    })
}

/// Deterministic values in [-1, 1) (xorshift).
fn fill(v: &mut [f64], mut state: u64) {
    for e in v {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        *e = (state >> 11) as f64 / (1u64 << 52) as f64 - 1.0;
    }
}

/// Fresh buffers for size `n`: a matrix whose upper triangle solves well
/// (unit-sized diagonal, off-diagonal entries of size `1/n`).
fn bufs(n: usize) -> Bufs {
    let mut b = Bufs { a: vec![0.0; 2 * n * n], x: vec![0.0; 2 * n], x0: vec![0.0; 2 * n], y: vec![0.0; 2 * n] };
    fill(&mut b.a, 0x9E37_79B9_7F4A_7C15);
    fill(&mut b.x0, 0xD1B5_4A32_D192_ED03);
    fill(&mut b.y, 0x8CB9_2BA7_2F3D_8DD7);
    for j in 0..n {
        for i in 0..n {
            let v = &mut b.a[i + j * n];
            *v = if i == j { 1.5 + 0.5 * *v } else { *v / n as f64 };
        }
    }
    b.x.copy_from_slice(&b.x0);
    b
}

/// Every library must compute the same thing before its speed means
/// anything: each case once at a small size, from the same starting data,
/// comparing the sum of the output.
fn cross_check(peers: &[Peer]) -> Result {
    const N: usize = 100;
    for case in &CASES {
        let mut results = Vec::new();
        for peer in peers {
            let mut b = bufs(N);
            call(peer, case.kind, N, &mut b)?();
            let out: f64 = match case.kind {
                Kind::Ger => b.a.iter().sum(),
                Kind::Trsv => b.x[..N].iter().sum(),
                _ => b.y.iter().sum(),
            };
            results.push(out);
        }
        let ours = results[0];
        for (peer, r) in peers.iter().zip(&results).skip(1) {
            if (r - ours).abs() > 1e-10 * ours.abs().max(1.0) {
                return Err(format!("{} disagrees: ferroblas gives {ours}, {} gives {r}", case.name, peer.name));
            }
        }
    }
    Ok(())
}

/// Times every case at every size on every library; the markdown table.
pub fn run(peers: &[Peer], opts: &Options) -> Result<String> {
    cross_check(peers)?;
    let mut header = vec!["routine".to_string(), "n".to_string()];
    header.extend(peers.iter().map(|p| format!("{} GB/s", p.name)));
    header.extend(peers.iter().map(|p| format!("{} GFLOP/s", p.name)));
    header.push(format!("{} / {}", peers[0].name, peers[1].name));
    header.push(format!("{} / {}", peers[0].name, peers[2].name));
    let mut table = Table::new(header);

    for case in &CASES {
        for &n in &SIZES {
            eprintln!("peer-compare: {} n={n}", case.name);
            // One set of buffers per library: dger and dtrsv write theirs.
            let mut bs: Vec<Bufs> = peers.iter().map(|_| bufs(n)).collect();
            let mut calls =
                peers.iter().zip(bs.iter_mut()).map(|(p, b)| call(p, case.kind, n, b)).collect::<Result<Vec<_>>>()?;
            let times = harness::time_calls(opts, &mut calls);
            let nn = (n * n) as f64;
            let mut row = vec![format!("`{}`", case.name), n.to_string()];
            row.extend(times.iter().map(|t| harness::rate(case.bytes * nn / t.median / 1e9)));
            row.extend(times.iter().map(|t| harness::rate(case.flops * nn / t.median / 1e9)));
            row.push(format!("{:.2}", times[1].median / times[0].median));
            row.push(format!("{:.2}", times[2].median / times[0].median));
            table.push(row);
        }
    }
    Ok(format!(
        "### Level 2, square matrices, unit stride, {}\n\n{}\n\
         GB/s counts the matrix bytes each call must move: 8n² for dgemv, 4n² for dsymv (one triangle), 16n² for \
         dger (read and write), 4n² for dtrsv (one triangle), 16n² for zgemv; GFLOP/s counts 2n² (dgemv, dsymv, \
         dger), n² (dtrsv) and 8n² (zgemv). `alpha = beta = 1`; dsymv reads the lower triangle, dtrsv solves with \
         the upper one (no transpose, non-unit), restoring `x` (n elements) before each solve. The ratio columns are \
         ferroblas's throughput over each peer's: above 1, ferroblas is faster. Each figure is the median of {} \
         samples of at least {} ms, the libraries interleaved sample by sample, after a warm-up.\n",
        opts.threads.label(),
        table.to_markdown(),
        opts.samples(),
        opts.sample_time().as_millis(),
    ))
}
