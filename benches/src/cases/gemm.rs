//! GEMM: `?gemm` for s, d, c, z on square matrices from n = 8 to 4000, and
//! three non-square or transposed dgemm shapes, through the Fortran ABI of
//! each library, on the same buffers. On one thread, the `dgemm NN` rows also
//! time faer's `matmul` (sequential), the Rust peer, in the same rounds.

use crate::harness::{self, Options, Peer, Result, Table};
use std::ffi::c_char;

/// Which `?gemm`, by element type.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Prec {
    S,
    D,
    C,
    Z,
}

impl Prec {
    fn symbol(self) -> &'static str {
        match self {
            Prec::S => "sgemm_",
            Prec::D => "dgemm_",
            Prec::C => "cgemm_",
            Prec::Z => "zgemm_",
        }
    }
    /// Bytes of one element.
    fn bytes(self) -> usize {
        match self {
            Prec::S => 4,
            Prec::D | Prec::C => 8,
            Prec::Z => 16,
        }
    }
    /// Real flops of one multiply-add.
    fn flops(self) -> f64 {
        match self {
            Prec::S | Prec::D => 2.0,
            Prec::C | Prec::Z => 8.0,
        }
    }
}

/// One timed call shape: `C (m x n) := op(A) op(B) + C` with depth `k`.
struct Shape {
    prec: Prec,
    ta: u8,
    tb: u8,
    m: usize,
    n: usize,
    k: usize,
}

/// The shapes compared: squares for every precision (small sizes for the
/// small-matrix path, large ones for the blocked path), then a tall-skinny
/// product, a rank-16 update and a transposed A.
fn shapes(opts: &Options) -> Vec<Shape> {
    let sq = |prec, n| Shape { prec, ta: b'N', tb: b'N', m: n, n, k: n };
    let mut v = Vec::new();
    let big: &[usize] = if opts.quick { &[1000] } else { &[1000, 2000, 4000] };
    for &n in [8, 16, 32, 64, 128, 256, 500].iter().chain(big) {
        v.push(sq(Prec::D, n));
    }
    for prec in [Prec::S, Prec::C, Prec::Z] {
        for &n in [16, 64, 256].iter().chain(if opts.quick { &[1000][..] } else { &[1000, 2000][..] }) {
            v.push(sq(prec, n));
        }
    }
    v.push(Shape { prec: Prec::D, ta: b'N', tb: b'N', m: 10000, n: 64, k: 64 });
    v.push(Shape { prec: Prec::D, ta: b'N', tb: b'N', m: 2000, n: 2000, k: 16 });
    v.push(Shape { prec: Prec::D, ta: b'T', tb: b'N', m: 1000, n: 1000, k: 1000 });
    v.push(Shape { prec: Prec::Z, ta: b'C', tb: b'T', m: 500, n: 500, k: 500 });
    v
}

/// The Fortran `?gemm_` signature with the element type erased (all four
/// pass every scalar and array by pointer).
type Gemm = unsafe extern "C" fn(
    *const c_char,
    *const c_char,
    *const i32,
    *const i32,
    *const i32,
    *const u8,
    *const u8,
    *const i32,
    *const u8,
    *const i32,
    *const u8,
    *mut u8,
    *const i32,
    usize,
    usize,
);

/// Buffers of one shape: A, B, C as raw reals (f32 or f64 pairs for complex).
struct Bufs {
    a: Vec<u8>,
    b: Vec<u8>,
    c: Vec<u8>,
    /// `alpha` and `beta` (1 + 0i in the element type), as bytes.
    one: Vec<u8>,
}

/// Deterministic values in [-1, 1) (xorshift).
fn fill(bytes: &mut [u8], single: bool, mut state: u64) {
    let step = if single { 4 } else { 8 };
    for e in bytes.chunks_exact_mut(step) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let v = (state >> 11) as f64 / (1u64 << 52) as f64 - 1.0;
        if single {
            e.copy_from_slice(&(v as f32).to_ne_bytes());
        } else {
            e.copy_from_slice(&v.to_ne_bytes());
        }
    }
}

fn bufs(s: &Shape) -> Bufs {
    let e = s.prec.bytes();
    let single = matches!(s.prec, Prec::S | Prec::C);
    let mut b =
        Bufs { a: vec![0; s.m * s.k * e], b: vec![0; s.k * s.n * e], c: vec![0; s.m * s.n * e], one: vec![0; e] };
    fill(&mut b.a, single, 0x9E37_79B9_7F4A_7C15);
    fill(&mut b.b, single, 0xD1B5_4A32_D192_ED03);
    fill(&mut b.c, single, 0x8CB9_2BA7_2F3D_8DD7);
    if single {
        b.one[..4].copy_from_slice(&1.0f32.to_ne_bytes());
    } else {
        b.one[..8].copy_from_slice(&1.0f64.to_ne_bytes());
    }
    b
}

/// One call of `s` through `peer`, as a closure returning a value that
/// depends on the result.
fn call<'a>(peer: &'a Peer, s: &Shape, b: &'a mut Bufs) -> Result<Box<dyn FnMut() -> f64 + 'a>> {
    let dim = |x: usize| i32::try_from(x).map_err(|_| "size exceeds a 32-bit BLAS integer".to_string());
    let (m, n, k) = (dim(s.m)?, dim(s.n)?, dim(s.k)?);
    let lda = if s.ta == b'N' { m } else { k };
    let ldb = if s.tb == b'N' { k } else { n };
    let (ta, tb) = (s.ta, s.tb);
    // SAFETY: the symbol has the Fortran ?gemm signature (scalars by pointer).
    let f: Gemm = unsafe { peer.get(s.prec.symbol())? };
    let (a, bb, c, one) = (b.a.as_ptr(), b.b.as_ptr(), b.c.as_mut_ptr(), b.one.as_ptr());
    // Beta = 1 keeps adding into C; values stay far from overflow for the
    // number of calls a measurement makes.
    Ok(Box::new(move || {
        // SAFETY: the buffers hold m*k, k*n and m*n elements, outlive the closure,
        // and the leading dimensions match.
        unsafe {
            f(
                &ta as *const u8 as *const c_char,
                &tb as *const u8 as *const c_char,
                &m,
                &n,
                &k,
                one,
                a,
                &lda,
                bb,
                &ldb,
                one,
                c,
                &m,
                1,
                1,
            );
            *c as f64
        }
    }))
}

/// `C += A B` through faer (sequential) on copies of the shape's buffers, as
/// a closure like [`call`]'s; only for `dgemm NN`.
fn faer_call(s: &Shape, b: &Bufs) -> Box<dyn FnMut() -> f64> {
    let reals = |v: &[u8]| -> Vec<f64> {
        v.chunks_exact(8).map(|x| f64::from_ne_bytes(x.try_into().unwrap_or([0; 8]))).collect()
    };
    let (a, bb, mut c) = (reals(&b.a), reals(&b.b), reals(&b.c));
    let (m, n, k) = (s.m, s.n, s.k);
    Box::new(move || {
        let fa = faer::MatRef::from_column_major_slice(&a, m, k);
        let fb = faer::MatRef::from_column_major_slice(&bb, k, n);
        let fc = faer::MatMut::from_column_major_slice_mut(&mut c, m, n);
        faer::linalg::matmul::matmul(fc, faer::Accum::Add, fa, fb, 1.0, faer::Par::Seq);
        c[0]
    })
}

/// The first real of C after one call from the same data, per library: all
/// must agree before their speeds mean anything.
fn cross_check(peers: &[Peer]) -> Result {
    for prec in [Prec::S, Prec::D, Prec::C, Prec::Z] {
        let s = Shape { prec, ta: b'T', tb: b'N', m: 37, n: 29, k: 41 };
        let mut sums = Vec::new();
        for peer in peers {
            let mut b = bufs(&s);
            call(peer, &s, &mut b)?();
            let sum: f64 = if matches!(prec, Prec::S | Prec::C) {
                b.c.chunks_exact(4).map(|x| f32::from_ne_bytes([x[0], x[1], x[2], x[3]]) as f64).sum()
            } else {
                b.c.chunks_exact(8).map(|x| f64::from_ne_bytes(x.try_into().unwrap_or([0; 8]))).sum()
            };
            sums.push(sum);
        }
        let tol = if matches!(prec, Prec::S | Prec::C) { 1e-3 } else { 1e-10 };
        for (peer, r) in peers.iter().zip(&sums).skip(1) {
            if (r - sums[0]).abs() > tol * sums[0].abs().max(1.0) {
                return Err(format!(
                    "{} disagrees: ferroblas gives {}, {} gives {r}",
                    prec.symbol(),
                    sums[0],
                    peer.name
                ));
            }
        }
    }
    Ok(())
}

/// Times every shape on every library; the markdown table.
pub fn run(peers: &[Peer], opts: &Options) -> Result<String> {
    cross_check(peers)?;
    let mut header = vec!["routine".to_string(), "m x n x k".to_string()];
    header.extend(peers.iter().map(|p| format!("{} GFLOP/s", p.name)));
    header.push(format!("{} / {}", peers[0].name, peers[1].name));
    header.push(format!("{} / {}", peers[0].name, peers[2].name));
    // faer runs its sequential path, so it belongs in the one-thread table only.
    let with_faer = opts.threads.count() == 1;
    if with_faer {
        header.push("faer GFLOP/s".into());
        header.push(format!("{} / faer", peers[0].name));
    }
    let mut table = Table::new(header);
    // `GEMM_SHAPES=dgemm,NN` keeps the shapes whose label (`dgemm_ NN 64x64x64`)
    // contains every comma-separated word (for quick looks at a few cases).
    let filter: Vec<String> = std::env::var("GEMM_SHAPES")
        .map(|f| f.split(',').filter(|w| !w.is_empty()).map(String::from).collect())
        .unwrap_or_default();
    for s in shapes(opts) {
        let label = format!("{} {}{} {}x{}x{}", s.prec.symbol(), s.ta as char, s.tb as char, s.m, s.n, s.k);
        if !filter.is_empty() && !filter.iter().all(|w| label.contains(w.as_str())) {
            continue;
        }
        eprintln!("peer-compare: {} {}{} {}x{}x{}", s.prec.symbol(), s.ta as char, s.tb as char, s.m, s.n, s.k);
        let mut bs: Vec<Bufs> = peers.iter().map(|_| bufs(&s)).collect();
        let faer_row = with_faer && s.prec == Prec::D && s.ta == b'N' && s.tb == b'N';
        let faer = faer_row.then(|| faer_call(&s, &bs[0]));
        let mut calls = peers.iter().zip(bs.iter_mut()).map(|(p, b)| call(p, &s, b)).collect::<Result<Vec<_>>>()?;
        calls.extend(faer);
        let times = harness::time_calls(opts, &mut calls);
        let flops = s.prec.flops() * (s.m * s.n * s.k) as f64;
        let name = s.prec.symbol().trim_end_matches('_');
        let mut row = vec![format!("`{name} {}{}`", s.ta as char, s.tb as char), format!("{}x{}x{}", s.m, s.n, s.k)];
        row.extend(times[..peers.len()].iter().map(|t| harness::rate(flops / t.reported() / 1e9)));
        row.push(format!("{:.2}", times[1].reported() / times[0].reported()));
        row.push(format!("{:.2}", times[2].reported() / times[0].reported()));
        if with_faer {
            match times.get(peers.len()) {
                Some(t) => {
                    row.push(harness::rate(flops / t.reported() / 1e9));
                    row.push(format!("{:.2}", t.reported() / times[0].reported()));
                }
                None => row.extend(["–".to_string(), "–".to_string()]),
            }
        }
        table.push(row);
    }
    Ok(format!(
        "### GEMM, column-major, `alpha = beta = 1`, {}\n\n{}\n\
         GFLOP/s counts 2mnk real flops (8mnk for complex). The ratio columns are ferroblas's throughput over each \
         peer's: above 1, ferroblas is faster. faer (`matmul`, sequential, on copies of the same data) is timed for \
         the one-thread `dgemm NN` rows only. Each figure is the best of {} samples of at least {} ms, the \
         libraries interleaved sample by sample, after a warm-up.\n",
        opts.threads.label(),
        table.to_markdown(),
        opts.samples(),
        opts.sample_time().as_millis(),
    ))
}
