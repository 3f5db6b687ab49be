//! LAPACK auxiliaries that read or write a whole matrix (`dlange` for each
//! norm, `dlacpy`, `dlascl`), double precision, n x n column-major with
//! `lda = n`, through the Fortran ABI: ferroblas, OpenBLAS (its bundled
//! LAPACK) and Debian's netlib LAPACK (the reference Fortran, compiled by
//! Debian). BLIS has no LAPACK and sits this section out.

use crate::harness::{self, Options, Peer, Result, Table};
use std::path::PathBuf;

/// Matrix orders: in L1/L2, in L2/L3, and beyond most caches.
pub const SIZES: [usize; 3] = [100, 1000, 4000];

#[derive(Clone, Copy)]
enum Kind {
    Lange(u8),
    Lacpy,
    Lascl,
}

struct Case {
    name: &'static str,
    kind: Kind,
    /// Bytes read and written per matrix element.
    bytes: f64,
}

const CASES: [Case; 6] = [
    Case { name: "dlange 'M'", kind: Kind::Lange(b'M'), bytes: 8.0 },
    Case { name: "dlange '1'", kind: Kind::Lange(b'1'), bytes: 8.0 },
    Case { name: "dlange 'I'", kind: Kind::Lange(b'I'), bytes: 8.0 },
    Case { name: "dlange 'F'", kind: Kind::Lange(b'F'), bytes: 8.0 },
    Case { name: "dlacpy 'A'", kind: Kind::Lacpy, bytes: 16.0 },
    Case { name: "dlascl 'G'", kind: Kind::Lascl, bytes: 16.0 },
];

type Lange = unsafe extern "C" fn(*const u8, *const i32, *const i32, *const f64, *const i32, *mut f64, usize) -> f64;
type Lacpy =
    unsafe extern "C" fn(*const u8, *const i32, *const i32, *const f64, *const i32, *mut f64, *const i32, usize);
type Lascl = unsafe extern "C" fn(
    *const u8,
    *const i32,
    *const i32,
    *const f64,
    *const f64,
    *const i32,
    *const i32,
    *mut f64,
    *const i32,
    *mut i32,
    usize,
);

/// One call of `kind` through `peer` on the n x n matrices at `a` and `b`.
fn call<'a>(
    peer: &'a Peer,
    kind: Kind,
    n: usize,
    a: *mut f64,
    b: *mut f64,
    work: *mut f64,
) -> Result<Box<dyn FnMut() -> f64 + 'a>> {
    let n = i32::try_from(n).map_err(|_| "size exceeds a 32-bit integer")?;
    // SAFETY (all arms): the types are the Fortran LAPACK signatures; the
    // buffers hold n*n (work: n) elements and outlive the closures (see `run`).
    Ok(match kind {
        Kind::Lange(norm) => {
            let f: Lange = unsafe { peer.get("dlange_")? };
            Box::new(move || unsafe { f(&norm, &n, &n, a, &n, work, 1) })
        }
        Kind::Lacpy => {
            let f: Lacpy = unsafe { peer.get("dlacpy_")? };
            Box::new(move || unsafe {
                f(&b'A', &n, &n, a, &n, b, &n, 1);
                *b
            })
        }
        Kind::Lascl => {
            let f: Lascl = unsafe { peer.get("dlascl_")? };
            // Alternating factors keep the matrix's magnitude where it was.
            let mut flip = false;
            Box::new(move || unsafe {
                let (from, to) = if flip { (2.0, 1.0) } else { (1.0, 2.0) };
                flip = !flip;
                let mut info = 0;
                f(&b'G', &0, &0, &from, &to, &n, &n, a, &n, &mut info, 1);
                *a
            })
        }
    })
}

fn fill(v: &mut [f64], mut state: u64) {
    for e in v {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        *e = (state >> 11) as f64 / (1u64 << 52) as f64 - 1.0;
    }
}

/// Times every case at every size; the markdown table.
pub fn run(peers: &[Peer], opts: &Options) -> Result<String> {
    // ferroblas and OpenBLAS from the BLAS peers, plus the reference LAPACK.
    let reference = Peer::load_extra(
        "netlib",
        PathBuf::from("/usr/lib/x86_64-linux-gnu/lapack/liblapack.so.3"),
        "Debian's reference LAPACK 3.11 (liblapack3)",
    )?;
    let peers: Vec<&Peer> = vec![&peers[0], &peers[1], &reference];
    let max = SIZES.iter().max().copied().unwrap_or(0);
    let mut a = vec![0.0; max * max];
    let mut b = vec![0.0; max * max];
    let mut work = vec![0.0; max];
    fill(&mut a, 0x9E37_79B9_7F4A_7C15);
    let (pa, pb, pw) = (a.as_mut_ptr(), b.as_mut_ptr(), work.as_mut_ptr());
    cross_check(&peers, pa, pb, pw)?;

    let mut header = vec!["routine".to_string(), "n".to_string()];
    header.extend(peers.iter().map(|p| format!("{} GB/s", p.name)));
    header.push("ferroblas / best peer".to_string());
    let mut table = Table::new(header);
    for case in &CASES {
        for &n in &SIZES {
            eprintln!("peer-compare: {} n={n}", case.name);
            let mut calls = peers.iter().map(|p| call(p, case.kind, n, pa, pb, pw)).collect::<Result<Vec<_>>>()?;
            let times = harness::time_calls(opts, &mut calls);
            let mut row = vec![format!("`{}`", case.name), n.to_string()];
            row.extend(times.iter().map(|t| harness::rate(case.bytes * (n * n) as f64 / t.reported() / 1e9)));
            let best_peer = times[1..].iter().map(|t| t.reported()).fold(f64::INFINITY, f64::min);
            row.push(format!("{:.2}", best_peer / times[0].reported()));
            table.push(row);
        }
    }
    Ok(format!(
        "### LAPACK auxiliaries, double precision, n x n, {}\n\n{}\n\
         GB/s counts the bytes each call must move (dlange 8n², dlacpy and dlascl 16n²). The last column is \
         ferroblas's throughput over the best peer's: above 1, ferroblas is faster. Each figure is the fastest of \
         {} samples of at least {} ms, the libraries interleaved sample by sample, on the same buffers.\n",
        opts.threads.label(),
        table.to_markdown(),
        opts.samples(),
        opts.sample_time().as_millis(),
    ))
}

/// Every library must agree on the norms before their speed means anything.
fn cross_check(peers: &[&Peer], a: *mut f64, b: *mut f64, work: *mut f64) -> Result {
    for norm in [b'M', b'1', b'I', b'F'] {
        let values: Vec<f64> = peers
            .iter()
            .map(|p| call(p, Kind::Lange(norm), 300, a, b, work).map(|mut f| f()))
            .collect::<Result<_>>()?;
        for (p, v) in peers.iter().zip(&values).skip(1) {
            if (v - values[0]).abs() > 1e-12 * values[0].abs() {
                return Err(format!("dlange '{}': ferroblas gives {}, {} gives {v}", norm as char, values[0], p.name));
            }
        }
    }
    Ok(())
}
