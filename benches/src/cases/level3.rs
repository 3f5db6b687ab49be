//! The rest of Level 3: dtrsm (the four side/uplo combinations), dtrmm,
//! dsyrk, dsyr2k, dsymm, ztrsm and zherk on square problems from n = 16 to
//! 2000 (4000 for dtrsm and dsyrk), through the Fortran ABI of each library,
//! on the same buffers.

use crate::harness::{self, Options, Peer, Result, Table};
use std::ffi::c_char;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// `?trsm` with side, uplo; transa N, diag N.
    Trsm(u8, u8),
    /// `dtrmm` L U N N.
    Trmm,
    /// `dsyrk` / `zherk` U N.
    Syrk,
    /// `dsyr2k` U N.
    Syr2k,
    /// `dsymm` L U.
    Symm,
}

struct Case {
    symbol: &'static str,
    kind: Kind,
    complex: bool,
    /// Real flops per `n^3`.
    flops: f64,
}

const CASES: [Case; 10] = [
    Case { symbol: "dtrsm_", kind: Kind::Trsm(b'L', b'L'), complex: false, flops: 1.0 },
    Case { symbol: "dtrsm_", kind: Kind::Trsm(b'L', b'U'), complex: false, flops: 1.0 },
    Case { symbol: "dtrsm_", kind: Kind::Trsm(b'R', b'L'), complex: false, flops: 1.0 },
    Case { symbol: "dtrsm_", kind: Kind::Trsm(b'R', b'U'), complex: false, flops: 1.0 },
    Case { symbol: "dtrmm_", kind: Kind::Trmm, complex: false, flops: 1.0 },
    Case { symbol: "dsyrk_", kind: Kind::Syrk, complex: false, flops: 1.0 },
    Case { symbol: "dsyr2k_", kind: Kind::Syr2k, complex: false, flops: 2.0 },
    Case { symbol: "dsymm_", kind: Kind::Symm, complex: false, flops: 2.0 },
    Case { symbol: "ztrsm_", kind: Kind::Trsm(b'L', b'L'), complex: true, flops: 4.0 },
    Case { symbol: "zherk_", kind: Kind::Syrk, complex: true, flops: 4.0 },
];

impl Case {
    fn label(&self) -> String {
        let name = self.symbol.trim_end_matches('_');
        match self.kind {
            Kind::Trsm(s, u) => format!("{name} {}{}NN", s as char, u as char),
            Kind::Trmm => format!("{name} LUNN"),
            Kind::Syrk | Kind::Syr2k => format!("{name} UN"),
            Kind::Symm => format!("{name} LU"),
        }
    }

    fn sizes(&self, opts: &Options) -> Vec<usize> {
        let mut v = vec![16, 32, 64, 128, 256, 500, 1000];
        if !opts.quick {
            v.push(2000);
            let big = matches!(self.kind, Kind::Trsm(b'L', b'L') | Kind::Syrk) && !self.complex;
            if big {
                v.push(4000);
            }
        }
        v
    }
}

/// `?trsm_` / `?trmm_`: side, uplo, transa, diag, m, n, alpha, A, lda, B, ldb.
type Tr = unsafe extern "C" fn(
    *const c_char,
    *const c_char,
    *const c_char,
    *const c_char,
    *const i32,
    *const i32,
    *const f64,
    *const f64,
    *const i32,
    *mut f64,
    *const i32,
    usize,
    usize,
    usize,
    usize,
);
/// `?syrk_` / `?herk_`: uplo, trans, n, k, alpha, A, lda, beta, C, ldc.
type Rk = unsafe extern "C" fn(
    *const c_char,
    *const c_char,
    *const i32,
    *const i32,
    *const f64,
    *const f64,
    *const i32,
    *const f64,
    *mut f64,
    *const i32,
    usize,
    usize,
);
/// `?syr2k_`: uplo, trans, n, k, alpha, A, lda, B, ldb, beta, C, ldc.
type R2k = unsafe extern "C" fn(
    *const c_char,
    *const c_char,
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
/// `?symm_`: side, uplo, m, n, alpha, A, lda, B, ldb, beta, C, ldc.
type Sm = R2k;

/// Buffers of one problem (reals; complex as pairs).
struct Bufs {
    a: Vec<f64>,
    b: Vec<f64>,
    c: Vec<f64>,
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

/// Operands for an `n x n` problem. A triangular operand gets a unit
/// diagonal and tiny off-diagonal entries, so repeated solves (or
/// multiplies) in place keep B's values near their start: the timing never
/// meets overflow or subnormals.
fn bufs(case: &Case, n: usize) -> Bufs {
    let w = if case.complex { 2 } else { 1 };
    let mut b = Bufs { a: vec![0.0; n * n * w], b: vec![0.0; n * n * w], c: vec![0.0; n * n * w] };
    fill(&mut b.a, 0x9E37_79B9_7F4A_7C15);
    fill(&mut b.b, 0xD1B5_4A32_D192_ED03);
    fill(&mut b.c, 0x8CB9_2BA7_2F3D_8DD7);
    if matches!(case.kind, Kind::Trsm(..) | Kind::Trmm) {
        let tiny = 1e-6 / n as f64;
        for j in 0..n {
            for i in 0..n {
                for r in 0..w {
                    let x = &mut b.a[(i + j * n) * w + r];
                    *x = if i == j {
                        if r == 0 {
                            1.0
                        } else {
                            0.0
                        }
                    } else {
                        *x * tiny
                    };
                }
            }
        }
    }
    b
}

/// One call of `case` at size `n` through `peer`, as a closure returning a
/// value that depends on the result.
fn call<'a>(peer: &'a Peer, case: &Case, n: usize, b: &'a mut Bufs) -> Result<Box<dyn FnMut() -> f64 + 'a>> {
    let ni = i32::try_from(n).map_err(|_| "size exceeds a 32-bit BLAS integer".to_string())?;
    // alpha = beta = 1 (as complex numbers for z routines; herk reads reals).
    static ONE: [f64; 2] = [1.0, 0.0];
    let one = ONE.as_ptr();
    let (a, bp, c) = (b.a.as_ptr(), b.b.as_mut_ptr(), b.c.as_mut_ptr());
    let ch = |x: &'static u8| x as *const u8 as *const c_char;
    Ok(match case.kind {
        Kind::Trsm(..) | Kind::Trmm => {
            let (side, uplo): (&'static u8, &'static u8) = match case.kind {
                Kind::Trsm(b'L', b'L') => (&b'L', &b'L'),
                Kind::Trsm(b'L', _) => (&b'L', &b'U'),
                Kind::Trsm(_, b'L') => (&b'R', &b'L'),
                Kind::Trsm(..) => (&b'R', &b'U'),
                _ => (&b'L', &b'U'),
            };
            // SAFETY: the symbol has the Fortran ?trsm/?trmm signature.
            let f: Tr = unsafe { peer.get(case.symbol)? };
            Box::new(move || {
                // SAFETY: A and B hold n x n elements with leading dimension n.
                unsafe {
                    f(ch(side), ch(uplo), ch(&b'N'), ch(&b'N'), &ni, &ni, one, a, &ni, bp, &ni, 1, 1, 1, 1);
                    *bp
                }
            })
        }
        Kind::Syrk => {
            // SAFETY: the symbol has the Fortran ?syrk/?herk signature.
            let f: Rk = unsafe { peer.get(case.symbol)? };
            Box::new(move || {
                // SAFETY: A and C hold n x n elements with leading dimension n.
                unsafe {
                    f(ch(&b'U'), ch(&b'N'), &ni, &ni, one, a, &ni, one, c, &ni, 1, 1);
                    *c
                }
            })
        }
        Kind::Syr2k | Kind::Symm => {
            // SAFETY: the symbol has the Fortran ?syr2k (or ?symm, same shape) signature.
            let f: Sm = unsafe { peer.get(case.symbol)? };
            let first = if case.kind == Kind::Symm { &b'L' } else { &b'U' };
            let second = if case.kind == Kind::Symm { &b'U' } else { &b'N' };
            Box::new(move || {
                // SAFETY: A, B and C hold n x n elements with leading dimension n.
                unsafe {
                    f(ch(first), ch(second), &ni, &ni, one, a, &ni, bp, &ni, one, c, &ni, 1, 1);
                    *c
                }
            })
        }
    })
}

/// Every library must agree on one mid-sized call of each case before its
/// speed means anything.
fn cross_check(peers: &[Peer]) -> Result {
    for case in &CASES {
        let n = 77;
        let mut sums = Vec::new();
        for peer in peers {
            let mut b = bufs(case, n);
            call(peer, case, n, &mut b)?();
            let out = if matches!(case.kind, Kind::Trsm(..) | Kind::Trmm) { &b.b } else { &b.c };
            // Only the upper triangle of C is defined for syrk/syr2k.
            let sum: f64 = match case.kind {
                Kind::Syrk | Kind::Syr2k => {
                    let w = if case.complex { 2 } else { 1 };
                    (0..n).flat_map(|j| (0..=j).map(move |i| (i, j))).map(|(i, j)| out[(i + j * n) * w]).sum()
                }
                _ => out.iter().sum(),
            };
            sums.push(sum);
        }
        for (peer, r) in peers.iter().zip(&sums).skip(1) {
            if (r - sums[0]).abs() > 1e-9 * sums[0].abs().max(1.0) {
                return Err(format!(
                    "{} disagrees: ferroblas gives {}, {} gives {r}",
                    case.label(),
                    sums[0],
                    peer.name
                ));
            }
        }
    }
    Ok(())
}

/// Times every case and size on every library; the markdown table.
pub fn run(peers: &[Peer], opts: &Options) -> Result<String> {
    cross_check(peers)?;
    let mut header = vec!["routine".to_string(), "n".to_string()];
    header.extend(peers.iter().map(|p| format!("{} GFLOP/s", p.name)));
    header.push(format!("{} / {}", peers[0].name, peers[1].name));
    header.push(format!("{} / {}", peers[0].name, peers[2].name));
    let mut table = Table::new(header);
    // `LEVEL3_CASES=dtrsm,LL` keeps the cases whose label contains every word.
    let filter: Vec<String> = std::env::var("LEVEL3_CASES")
        .map(|f| f.split(',').filter(|w| !w.is_empty()).map(String::from).collect())
        .unwrap_or_default();
    for case in &CASES {
        let label = case.label();
        if !filter.is_empty() && !filter.iter().all(|w| label.contains(w.as_str())) {
            continue;
        }
        for n in case.sizes(opts) {
            eprintln!("peer-compare: {label} n = {n}");
            let mut bs: Vec<Bufs> = peers.iter().map(|_| bufs(case, n)).collect();
            let mut calls =
                peers.iter().zip(bs.iter_mut()).map(|(p, b)| call(p, case, n, b)).collect::<Result<Vec<_>>>()?;
            let times = harness::time_calls(opts, &mut calls);
            let flops = case.flops * (n * n * n) as f64;
            let mut row = vec![format!("`{label}`"), n.to_string()];
            row.extend(times.iter().map(|t| harness::rate(flops / t.reported() / 1e9)));
            row.push(format!("{:.2}", times[1].reported() / times[0].reported()));
            row.push(format!("{:.2}", times[2].reported() / times[0].reported()));
            table.push(row);
        }
    }
    Ok(format!(
        "### Level 3 beyond GEMM, column-major, `alpha = beta = 1`, {}\n\n{}\n\
         GFLOP/s counts n^3 real flops for trsm, trmm and syrk, 2n^3 for syr2k and symm, and four times as many \
         for the complex routines. trsm and trmm work in place on the same B call after call; their triangle has \
         a unit diagonal (not flagged as unit) and off-diagonal entries near 1e-6/n so B stays bounded. The ratio \
         columns are ferroblas's throughput over each peer's: above 1, ferroblas is faster. Each figure is the \
         best of {} samples of at least {} ms, the libraries interleaved sample by sample, after a warm-up.\n",
        opts.threads.label(),
        table.to_markdown(),
        opts.samples(),
        opts.sample_time().as_millis(),
    ))
}
