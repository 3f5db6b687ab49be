//! Level-1 BLAS, double precision, unit stride: `ddot`, `daxpy`, `dnrm2`,
//! `idamax` through the Fortran ABI of each library, on the same buffers.

use crate::harness::{self, Options, Peer, Result, Table};

/// The sizes compared: in L1/L2, in L2/L3, and beyond most caches.
pub const SIZES: [usize; 3] = [1_000, 100_000, 10_000_000];

#[derive(Clone, Copy)]
enum Kind {
    Dot,
    Axpy,
    Nrm2,
    Iamax,
}

struct Case {
    name: &'static str,
    kind: Kind,
    /// Bytes read and written per element.
    bytes: f64,
    /// Floating-point operations per element (`None`: comparisons only).
    flops: Option<f64>,
}

const CASES: [Case; 4] = [
    Case { name: "ddot", kind: Kind::Dot, bytes: 16.0, flops: Some(2.0) },
    Case { name: "daxpy", kind: Kind::Axpy, bytes: 24.0, flops: Some(2.0) },
    Case { name: "dnrm2", kind: Kind::Nrm2, bytes: 8.0, flops: Some(2.0) },
    Case { name: "idamax", kind: Kind::Iamax, bytes: 8.0, flops: None },
];

type Dot = unsafe extern "C" fn(*const i32, *const f64, *const i32, *const f64, *const i32) -> f64;
type Axpy = unsafe extern "C" fn(*const i32, *const f64, *const f64, *const i32, *mut f64, *const i32);
type Nrm2 = unsafe extern "C" fn(*const i32, *const f64, *const i32) -> f64;
type Iamax = unsafe extern "C" fn(*const i32, *const f64, *const i32) -> i32;

/// One call of `kind` through `peer` on the first `n` elements of `x` and
/// `y`, as a closure returning something that depends on the result.
/// `y` is written by `daxpy` (with a tiny `alpha`, so repeated calls stay finite).
fn call<'a>(
    peer: &'a Peer,
    kind: Kind,
    n: usize,
    alpha: f64,
    x: *const f64,
    y: *mut f64,
) -> Result<Box<dyn FnMut() -> f64 + 'a>> {
    let n = i32::try_from(n).map_err(|_| "size exceeds a 32-bit BLAS integer")?;
    const ONE: i32 = 1;
    // SAFETY (all arms): the types are the Fortran BLAS signatures; `x` and
    // `y` hold at least `n` elements and outlive the closures (see `run`).
    Ok(match kind {
        Kind::Dot => {
            let f: Dot = unsafe { peer.get("ddot_")? };
            Box::new(move || unsafe { f(&n, x, &ONE, y, &ONE) })
        }
        Kind::Axpy => {
            let f: Axpy = unsafe { peer.get("daxpy_")? };
            Box::new(move || unsafe {
                f(&n, &alpha, x, &ONE, y, &ONE);
                *y
            })
        }
        Kind::Nrm2 => {
            let f: Nrm2 = unsafe { peer.get("dnrm2_")? };
            Box::new(move || unsafe { f(&n, x, &ONE) })
        }
        Kind::Iamax => {
            let f: Iamax = unsafe { peer.get("idamax_")? };
            Box::new(move || unsafe { f(&n, x, &ONE) } as f64)
        }
    })
}

/// Deterministic values in [-1, 1) (xorshift), so `idamax` has a real search to do.
fn fill(v: &mut [f64], mut state: u64) {
    for e in v {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        *e = (state >> 11) as f64 / (1u64 << 52) as f64 - 1.0;
    }
}

/// Every library must compute the same thing before its speed means anything:
/// each case once at a small size, from the same starting data.
fn cross_check(peers: &[Peer], x: &[f64], y: &mut [f64]) -> Result {
    const N: usize = 1000;
    let y0 = y[..N].to_vec();
    for case in &CASES {
        let mut results = Vec::new();
        for peer in peers {
            y[..N].copy_from_slice(&y0);
            let v = call(peer, case.kind, N, 0.5, x.as_ptr(), y.as_mut_ptr())?();
            // For daxpy the result is the whole vector: compare its sum.
            results.push(if matches!(case.kind, Kind::Axpy) { y[..N].iter().sum() } else { v });
        }
        y[..N].copy_from_slice(&y0);
        let ours = results[0];
        for (peer, r) in peers.iter().zip(&results).skip(1) {
            if (r - ours).abs() > 1e-12 * ours.abs().max(1.0) {
                return Err(format!("{} disagrees: ferroblas gives {ours}, {} gives {r}", case.name, peer.name));
            }
        }
    }
    Ok(())
}

/// Times every case at every size on every library; the markdown table.
pub fn run(peers: &[Peer], opts: &Options) -> Result<String> {
    let max = *SIZES.iter().max().unwrap_or(&0);
    let mut x = vec![0.0; max];
    let mut y = vec![0.0; max];
    fill(&mut x, 0x9E37_79B9_7F4A_7C15);
    fill(&mut y, 0xD1B5_4A32_D192_ED03);
    cross_check(peers, &x, &mut y)?;

    let mut header = vec!["routine".to_string(), "n".to_string()];
    header.extend(peers.iter().map(|p| format!("{} GB/s", p.name)));
    header.extend(peers.iter().map(|p| format!("{} GFLOP/s", p.name)));
    header.push(format!("{} / {}", peers[0].name, peers[1].name));
    let mut table = Table::new(header);

    for case in &CASES {
        for &n in &SIZES {
            eprintln!("peer-compare: {} n={}", case.name, harness::size(n));
            let mut calls = peers
                .iter()
                .map(|p| call(p, case.kind, n, 1e-9, x.as_ptr(), y.as_mut_ptr()))
                .collect::<Result<Vec<_>>>()?;
            let times = harness::time_calls(opts, &mut calls);
            let mut row = vec![format!("`{}`", case.name), harness::size(n)];
            row.extend(times.iter().map(|t| harness::rate(case.bytes * n as f64 / t.reported() / 1e9)));
            row.extend(times.iter().map(|t| match case.flops {
                Some(f) => harness::rate(f * n as f64 / t.reported() / 1e9),
                None => "–".to_string(),
            }));
            row.push(format!("{:.2}", times[1].reported() / times[0].reported()));
            table.push(row);
        }
    }
    Ok(format!(
        "### Level 1, double precision, unit stride, {}\n\n{}\n\
         GB/s counts the bytes each call must move (ddot 16n, daxpy 24n, dnrm2 8n, idamax 8n); GFLOP/s counts \
         2n for ddot, daxpy and dnrm2. The last column is ferroblas's throughput over OpenBLAS's: above 1, ferroblas \
         is faster. Each figure is the fastest of {} samples of at least {} ms (other processes on the machine can \
         only slow a sample down), the libraries interleaved sample by sample, after a warm-up; all three read the \
         same buffers.\n",
        opts.threads.label(),
        table.to_markdown(),
        opts.samples(),
        opts.sample_time().as_millis(),
    ))
}
