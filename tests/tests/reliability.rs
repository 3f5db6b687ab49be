//! Reliability of the library as a shared service (issue 6): many callers at
//! once, thread-count changes while calls run, an idle pool that sleeps, and
//! callers with small stacks.
//!
//! These tests are `#[ignore]`d in a plain `cargo test`: they time things,
//! start child processes and want the machine's cores, so they run once, on
//! the kernel table ferroblas picks by itself, in `cargo xtask reliability`
//! (a step of `cargo xtask test`), i.e.
//! `cargo test --release --workspace --test reliability -- --include-ignored`.
//! Tests in this binary take a lock so they never overlap (they change the
//! pool's global thread count).
//!
//! Every routine runs from one table, [`routines`]: a name and a function
//! `fn(&Inputs) -> Bits` that builds its operands from shared read-only random
//! data and returns the output's bit patterns. Adding a routine (a LAPACK one
//! later) is one line there. Sizes include problems large enough that the pool
//! really splits them (gemm 300^3, syrk 300, trsm 300x300, gemv 700x600, ...).
//!
//! What each test proves:
//! - `determinism_across_thread_counts`: each routine, called alone, gives
//!   bit-identical output with the pool at 1, 2, 3, 8 and 16 threads.
//! - `determinism_across_alignments`: each routine gives bit-identical output
//!   whatever the operands' addresses (0 to 7 elements past a 64-byte
//!   boundary): a program's output must not change with where malloc put its
//!   arrays. (The other tests fix the alignment, so they test threads only.)
//! - `concurrent_callers`: 16 user threads calling the whole table at once (two
//!   rounds, each thread in its own order), with the pool at 1, 2 and 8 threads,
//!   get output bit-identical to the same call made alone; no deadlock (a
//!   watchdog fails the test instead of hanging); the pool never has more than
//!   `threads - 1` workers (no thread per caller).
//! - `inside_user_rayon_pool` / `inside_global_rayon_pool`: the table called
//!   from the jobs of a user's own rayon pool (`install` + `par_iter`, with
//!   nested `join`) and of rayon's global pool: no deadlock, identical output.
//! - `thread_count_changes_while_calling`: the count changed between calls, and
//!   changed continually from another thread through every setter
//!   (`pool::set_num_threads`, `ferroblas_set_num_threads`,
//!   `openblas_set_num_threads`, `goto_set_num_threads`, and the getters) while
//!   8 threads call: identical output, no panic, no hang; afterwards the
//!   replaced pools' workers have exited.
//! - `thread_count_from_environment`: in fresh processes, `FERROBLAS_NUM_THREADS`
//!   beats `OPENBLAS_NUM_THREADS` beats `OMP_NUM_THREADS` (first entry of a
//!   list), bad values fall through, none gives the core count; the value is
//!   read once (a later change of the environment does nothing) until
//!   `set_num_threads(0)` asks for the default again.
//! - `idle_pool_sleeps`: in a fresh process, after a gemm that used a pool of 2
//!   (then 8) threads, the whole process uses under 0.01 CPU-seconds over 2 s
//!   of sleep: idle workers sleep, nothing spins.
//! - `small_stack_callers`: a thread with a 64 KiB stack calls gemm, trsm (left
//!   and right), syrk, symm, trmm, gemv, symv/hemv, trsv, nrm2 and dot at small
//!   and large sizes in every precision, with the pool at 1 thread (all work on
//!   that stack) and 2; no overflow, output identical to a normal thread's.

use ferroblas_capi::threads;
use ferroblas_kernels::{c32, c64, Diag, MatMut, MatRef, RealScalar, Side, Trans, Uplo, VecMut, VecRef};
use ferroblas_kernels::{level1, level2, level3, pool};
use ferroblas_tests::{Rng, TestScalar};
use rayon::prelude::*;
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------
// The routine table.

/// Bit patterns of an output (real and imaginary parts).
type Bits = Vec<(u64, u64)>;

/// One routine call with fixed arguments: operands come from [`Inputs`].
#[derive(Clone)]
struct Routine {
    name: String,
    run: fn(&Inputs) -> Bits,
}

fn rt(name: impl Into<String>, run: fn(&Inputs) -> Bits) -> Routine {
    Routine { name: name.into(), run }
}

use Trans::{ConjTrans as C, No as N, Trans as T};

/// The mixed table the concurrency tests run: every type, small and large sizes.
fn routines() -> Vec<Routine> {
    use Diag::{NonUnit, Unit};
    use Side::{Left, Right};
    use Uplo::{Lower, Upper};
    vec![
        rt("dgemm NN 300x300x300", |x| gemm::<f64>(x, N, N, 300, 300, 300)),
        rt("sgemm TN 257x129x300", |x| gemm::<f32>(x, T, N, 257, 129, 300)),
        rt("zgemm CN 150x170x90", |x| gemm::<c64>(x, C, N, 150, 170, 90)),
        rt("cgemm NT 64x64x64", |x| gemm::<c32>(x, N, T, 64, 64, 64)),
        rt("dgemm NT 1000x40x300", |x| gemm::<f64>(x, N, T, 1000, 40, 300)),
        rt("dgemm TT 7x5x3", |x| gemm::<f64>(x, T, T, 7, 5, 3)),
        rt("dsyrk LN 300x200", |x| syrk::<f64>(x, Lower, N, 300, 200)),
        rt("ssyrk UT 300x300", |x| syrk::<f32>(x, Upper, T, 300, 300)),
        rt("zsyrk UT 160x100", |x| syrk::<c64>(x, Upper, T, 160, 100)),
        rt("dsymm LU 300x300", |x| symm::<f64>(x, Left, Upper, 300, 300)),
        rt("csymm RL 200x150", |x| symm::<c32>(x, Right, Lower, 200, 150)),
        rt("dtrsm LLNN 300x300", |x| trsm::<f64>(x, Left, Lower, N, NonUnit, 300, 300)),
        rt("dtrsm RLNN 300x300", |x| trsm::<f64>(x, Right, Lower, N, NonUnit, 300, 300)),
        rt("strsm RUTU 300x200", |x| trsm::<f32>(x, Right, Upper, T, Unit, 300, 200)),
        rt("ztrsm LUCN 150x100", |x| trsm::<c64>(x, Left, Upper, C, NonUnit, 150, 100)),
        rt("dtrmm RLNN 300x300", |x| trmm::<f64>(x, Right, Lower, N, NonUnit, 300, 300)),
        rt("ctrmm LUTU 150x120", |x| trmm::<c32>(x, Left, Upper, T, Unit, 150, 120)),
        rt("dgemv N 700x600", |x| gemv::<f64>(x, N, 700, 600)),
        rt("sgemv T 800x500", |x| gemv::<f32>(x, T, 800, 500)),
        rt("zgemv C 400x400", |x| gemv::<c64>(x, C, 400, 400)),
        rt("dgemv N 9x7", |x| gemv::<f64>(x, N, 9, 7)),
        rt("dsymv L 700", |x| hemv::<f64>(x, Lower, 700)),
        rt("ssymv U 600", |x| hemv::<f32>(x, Upper, 600)),
        rt("zhemv L 400", |x| hemv::<c64>(x, Lower, 400)),
        rt("dtrsv UN 500", |x| trsv::<f64>(x, Upper, N, 500)),
        rt("ctrsv LT 300", |x| trsv::<c32>(x, Lower, T, 300)),
        rt("ddot 100000", |x| dot::<f64>(x, 100_000)),
        rt("cdotu 30000", |x| dot::<c32>(x, 30_000)),
        rt("dznrm2 50000", |x| nrm2::<c64>(x, 50_000)),
        rt("snrm2 100000", |x| nrm2::<f32>(x, 100_000)),
        rt("daxpy 100000", |x| axpy::<f64>(x, 100_000)),
        rt("sasum 100000", |x| asum::<f32>(x, 100_000)),
    ]
}

/// The table the small-stack test runs for one type: every routine it names,
/// at a small and a large size.
fn small_stack_routines<S: TestScalar>() -> Vec<Routine> {
    use Diag::NonUnit;
    use Side::{Left, Right};
    use Uplo::{Lower, Upper};
    let t = S::NAME;
    vec![
        rt(format!("{t} gemm NN 4x4x4"), |x| gemm::<S>(x, N, N, 4, 4, 4)),
        rt(format!("{t} gemm NT 300x300x300"), |x| gemm::<S>(x, N, T, 300, 300, 300)),
        rt(format!("{t} trsm LLN 4x4"), |x| trsm::<S>(x, Left, Lower, N, NonUnit, 4, 4)),
        rt(format!("{t} trsm LLN 300x300"), |x| trsm::<S>(x, Left, Lower, N, NonUnit, 300, 300)),
        rt(format!("{t} trsm RUT 4x4"), |x| trsm::<S>(x, Right, Upper, T, NonUnit, 4, 4)),
        rt(format!("{t} trsm RUT 300x300"), |x| trsm::<S>(x, Right, Upper, T, NonUnit, 300, 300)),
        rt(format!("{t} syrk LN 4x4"), |x| syrk::<S>(x, Lower, N, 4, 4)),
        rt(format!("{t} syrk LN 300x300"), |x| syrk::<S>(x, Lower, N, 300, 300)),
        rt(format!("{t} symm LU 4x4"), |x| symm::<S>(x, Left, Upper, 4, 4)),
        rt(format!("{t} symm RU 300x300"), |x| symm::<S>(x, Right, Upper, 300, 300)),
        rt(format!("{t} trmm LUN 4x4"), |x| trmm::<S>(x, Left, Upper, N, NonUnit, 4, 4)),
        rt(format!("{t} trmm RLT 300x300"), |x| trmm::<S>(x, Right, Lower, T, NonUnit, 300, 300)),
        rt(format!("{t} gemv N 4x4"), |x| gemv::<S>(x, N, 4, 4)),
        rt(format!("{t} gemv T 700x600"), |x| gemv::<S>(x, T, 700, 600)),
        rt(format!("{t} symv/hemv L 4"), |x| hemv::<S>(x, Lower, 4)),
        rt(format!("{t} symv/hemv U 700"), |x| hemv::<S>(x, Upper, 700)),
        rt(format!("{t} trsv UN 4"), |x| trsv::<S>(x, Upper, N, 4)),
        rt(format!("{t} trsv LT 700"), |x| trsv::<S>(x, Lower, T, 700)),
        rt(format!("{t} nrm2 4"), |x| nrm2::<S>(x, 4)),
        rt(format!("{t} nrm2 100000"), |x| nrm2::<S>(x, 100_000)),
        rt(format!("{t} dot 4"), |x| dot::<S>(x, 4)),
        rt(format!("{t} dot 100000"), |x| dot::<S>(x, 100_000)),
    ]
}

// ---------------------------------------------------------------------------
// Operands and the generic routine bodies.

const DATA_LEN: usize = 1 << 20;

/// Read-only random data shared by every call: operand `tag` of length `len`
/// is a window of it, so a call's inputs depend only on its arguments. Every
/// operand starts `shift` elements past a 64-byte boundary (0 except in
/// `determinism_across_alignments`), so the same call sees the same
/// alignment whichever thread makes it and wherever its allocator puts it.
#[derive(Clone)]
struct Inputs {
    data: Arc<Vec<c64>>,
    shift: usize,
}

/// An operand: `len` elements at a chosen alignment inside `store`.
struct Buf<S> {
    store: Vec<S>,
    start: usize,
    len: usize,
}

impl<S> std::ops::Deref for Buf<S> {
    type Target = [S];
    fn deref(&self) -> &[S] {
        &self.store[self.start..self.start + self.len]
    }
}

impl<S> std::ops::DerefMut for Buf<S> {
    fn deref_mut(&mut self) -> &mut [S] {
        &mut self.store[self.start..self.start + self.len]
    }
}

impl Inputs {
    fn new() -> Self {
        let mut rng = Rng::new(6);
        Inputs { data: Arc::new((0..DATA_LEN).map(|_| c64::new(rng.sym(), rng.sym())).collect()), shift: 0 }
    }

    /// The same data with every operand `shift` elements past a 64-byte boundary.
    fn shifted(&self, shift: usize) -> Self {
        Inputs { data: self.data.clone(), shift }
    }

    fn vec<S: TestScalar>(&self, tag: usize, len: usize) -> Buf<S> {
        let size = std::mem::size_of::<S>();
        let mut store = vec![S::zero(); len + 64 / size + self.shift + 1];
        let addr = store.as_ptr() as usize;
        assert_eq!(addr % size.min(16), 0, "allocation not aligned to its element size");
        let start = (64 - addr % 64) % 64 / size + self.shift;
        let first = tag.wrapping_mul(104_729) % DATA_LEN;
        for (i, v) in store[start..start + len].iter_mut().enumerate() {
            *v = S::from_c64(self.data[(first + i) % DATA_LEN]);
        }
        Buf { store, start, len }
    }

    /// An `n x n` well-conditioned triangular factor (both triangles filled):
    /// off-diagonal entries below `1/n`, diagonal about 2, so solves of any
    /// size stay finite and meaningful.
    fn tri<S: TestScalar>(&self, tag: usize, n: usize) -> Buf<S> {
        let mut a: Buf<S> = self.vec(tag, n * n);
        let scale = S::from_f64s(1.0 / n as f64, 0.0);
        for (idx, v) in a.iter_mut().enumerate() {
            *v = if idx % (n + 1) == 0 { S::from_f64s(2.0, 0.25) } else { *v * scale };
        }
        a
    }
}

fn alpha<S: TestScalar>() -> S {
    S::from_f64s(0.75, 0.25)
}

fn beta<S: TestScalar>() -> S {
    S::from_f64s(-0.5, 0.125)
}

fn bits<S: TestScalar>(v: &[S]) -> Bits {
    v.iter().map(|&s| s.bits()).collect()
}

fn real_bits<R: RealScalar>(r: R) -> Bits {
    vec![(r.to_f64().to_bits(), 0)]
}

/// Stored shape of `op(X)` when `op(X)` is `rows x cols`.
fn stored(t: Trans, rows: usize, cols: usize) -> (usize, usize) {
    if t == Trans::No {
        (rows, cols)
    } else {
        (cols, rows)
    }
}

fn mat<S>(v: &[S], m: usize, n: usize) -> MatRef<'_, S> {
    MatRef::from_col_major(v, m, n, m.max(1))
}

fn mat_mut<S>(v: &mut [S], m: usize, n: usize) -> MatMut<'_, S> {
    MatMut::from_col_major(v, m, n, m.max(1))
}

fn gemm<S: TestScalar>(x: &Inputs, ta: Trans, tb: Trans, m: usize, n: usize, k: usize) -> Bits {
    let (ra, ca) = stored(ta, m, k);
    let (rb, cb) = stored(tb, k, n);
    let (a, b, mut c) = (x.vec::<S>(1, ra * ca), x.vec::<S>(2, rb * cb), x.vec::<S>(3, m * n));
    level3::gemm(ta, tb, alpha(), mat(&a[..], ra, ca), mat(&b[..], rb, cb), beta(), mat_mut(&mut c[..], m, n));
    bits(&c[..])
}

fn syrk<S: TestScalar>(x: &Inputs, uplo: Uplo, t: Trans, n: usize, k: usize) -> Bits {
    let (ra, ca) = stored(t, n, k);
    let (a, mut c) = (x.vec::<S>(4, ra * ca), x.vec::<S>(5, n * n));
    level3::syrk(uplo, t, alpha(), mat(&a[..], ra, ca), beta(), mat_mut(&mut c[..], n, n));
    bits(&c[..])
}

fn symm<S: TestScalar>(x: &Inputs, side: Side, uplo: Uplo, m: usize, n: usize) -> Bits {
    let ka = if side == Side::Left { m } else { n };
    let (a, b, mut c) = (x.vec::<S>(6, ka * ka), x.vec::<S>(7, m * n), x.vec::<S>(8, m * n));
    level3::symm(side, uplo, alpha(), mat(&a[..], ka, ka), mat(&b[..], m, n), beta(), mat_mut(&mut c[..], m, n));
    bits(&c[..])
}

#[allow(clippy::too_many_arguments)]
fn trsm<S: TestScalar>(x: &Inputs, side: Side, uplo: Uplo, t: Trans, d: Diag, m: usize, n: usize) -> Bits {
    let ka = if side == Side::Left { m } else { n };
    let (a, mut b) = (x.tri::<S>(9, ka), x.vec::<S>(10, m * n));
    level3::trsm(side, uplo, t, d, alpha(), mat(&a[..], ka, ka), mat_mut(&mut b[..], m, n));
    bits(&b[..])
}

#[allow(clippy::too_many_arguments)]
fn trmm<S: TestScalar>(x: &Inputs, side: Side, uplo: Uplo, t: Trans, d: Diag, m: usize, n: usize) -> Bits {
    let ka = if side == Side::Left { m } else { n };
    let (a, mut b) = (x.tri::<S>(11, ka), x.vec::<S>(12, m * n));
    level3::trmm(side, uplo, t, d, alpha(), mat(&a[..], ka, ka), mat_mut(&mut b[..], m, n));
    bits(&b[..])
}

fn gemv<S: TestScalar>(x: &Inputs, t: Trans, m: usize, n: usize) -> Bits {
    let (lx, ly) = if t == Trans::No { (n, m) } else { (m, n) };
    let (a, v, mut y) = (x.vec::<S>(13, m * n), x.vec::<S>(14, lx), x.vec::<S>(15, ly));
    level2::gemv(t, alpha(), mat(&a[..], m, n), VecRef::from_slice(&v[..]), beta(), VecMut::from_slice(&mut y[..]));
    bits(&y[..])
}

/// `symv` for real types, `hemv` for complex ones (the same generic routine).
fn hemv<S: TestScalar>(x: &Inputs, uplo: Uplo, n: usize) -> Bits {
    let (a, v, mut y) = (x.vec::<S>(16, n * n), x.vec::<S>(17, n), x.vec::<S>(18, n));
    level2::hemv(uplo, alpha(), mat(&a[..], n, n), VecRef::from_slice(&v[..]), beta(), VecMut::from_slice(&mut y[..]));
    bits(&y[..])
}

fn trsv<S: TestScalar>(x: &Inputs, uplo: Uplo, t: Trans, n: usize) -> Bits {
    let (a, mut v) = (x.tri::<S>(19, n), x.vec::<S>(20, n));
    level2::trsv(uplo, t, Diag::NonUnit, mat(&a[..], n, n), VecMut::from_slice(&mut v[..]));
    bits(&v[..])
}

fn dot<S: TestScalar>(x: &Inputs, n: usize) -> Bits {
    let (u, v) = (x.vec::<S>(21, n), x.vec::<S>(22, n));
    bits(&[level1::dotu(VecRef::from_slice(&u[..]), VecRef::from_slice(&v[..]))])
}

fn nrm2<S: TestScalar>(x: &Inputs, n: usize) -> Bits {
    real_bits(level1::nrm2(VecRef::from_slice(&x.vec::<S>(23, n)[..])))
}

fn asum<S: TestScalar>(x: &Inputs, n: usize) -> Bits {
    real_bits(level1::asum(VecRef::from_slice(&x.vec::<S>(24, n)[..])))
}

fn axpy<S: TestScalar>(x: &Inputs, n: usize) -> Bits {
    let (u, mut v) = (x.vec::<S>(25, n), x.vec::<S>(26, n));
    level1::axpy(alpha(), VecRef::from_slice(&u[..]), VecMut::from_slice(&mut v[..]));
    bits(&v[..])
}

// ---------------------------------------------------------------------------
// Harness.

/// Tests in this binary change the global thread count: one at a time.
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

/// How long any one phase may take before the test calls it a deadlock (the
/// phases take seconds; CI machines may be slow and shared).
const WATCHDOG: Duration = Duration::from_secs(180);

/// Runs `f` on its own thread and returns its result, failing the test
/// (instead of hanging it) when `f` has not finished after [`WATCHDOG`].
fn watchdog<R: Send + 'static>(what: &str, f: impl FnOnce() -> R + Send + 'static) -> R {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name(format!("watched: {what}"))
        .spawn(move || {
            let _ = tx.send(std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)));
        })
        .expect("cannot start a thread");
    match rx.recv_timeout(WATCHDOG) {
        Ok(Ok(r)) => r,
        Ok(Err(panic)) => std::panic::resume_unwind(panic),
        Err(_) => panic!("{what}: not finished after {WATCHDOG:?}: deadlock or livelock in the library"),
    }
}

/// Every routine called once, in table order, on the current thread.
fn solo(x: &Inputs, table: &[Routine]) -> Vec<Bits> {
    table.iter().map(|r| (r.run)(x)).collect()
}

/// `None` when identical, else a description of the first difference.
fn diff(want: &Bits, got: &Bits) -> Option<String> {
    if want.len() != got.len() {
        return Some(format!("length {} instead of {}", got.len(), want.len()));
    }
    let bad = want.iter().zip(got).filter(|(w, g)| w != g).count();
    let first = want.iter().zip(got).position(|(w, g)| w != g)?;
    Some(format!(
        "{bad} of {} elements differ; first at {first}: {:016x?} instead of {:016x?}",
        want.len(),
        got[first],
        want[first]
    ))
}

fn assert_all_same(table: &[Routine], want: &[Bits], got: &[Bits], what: &str) {
    let bad: Vec<String> = table
        .iter()
        .zip(want.iter().zip(got))
        .filter_map(|(r, (w, g))| diff(w, g).map(|d| format!("  {}: {d}", r.name)))
        .collect();
    assert!(bad.is_empty(), "{what}: outputs differ from the reference:\n{}", bad.join("\n"));
}

/// The number of live threads named `ferroblas-*` (the pool's workers).
fn pool_workers() -> usize {
    let Ok(dir) = std::fs::read_dir("/proc/self/task") else { return 0 };
    dir.filter_map(|e| e.ok())
        .filter(|e| std::fs::read_to_string(e.path().join("comm")).is_ok_and(|c| c.starts_with("ferroblas-")))
        .count()
}

/// Waits until the pool has at most `max` workers (replaced pools' workers
/// exit asynchronously); returns the count seen last.
fn settle_workers(max: usize) -> usize {
    let until = Instant::now() + Duration::from_secs(10);
    loop {
        let n = pool_workers();
        if n <= max || Instant::now() > until {
            return n;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// `callers` threads run the table `rounds` times each, thread `t` starting at
/// routine `t` and walking forward or backward; every output is compared with
/// `want`. Returns the mismatches and the most pool workers seen meanwhile.
fn hammer(x: &Inputs, table: &[Routine], want: &[Bits], callers: usize, rounds: usize) -> (Vec<String>, usize) {
    let finished = AtomicUsize::new(0);
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..callers)
            .map(|t| {
                let finished = &finished;
                s.spawn(move || {
                    let mut bad = Vec::new();
                    let len = table.len();
                    for round in 0..rounds {
                        for j in 0..len {
                            let i = if t % 2 == 0 { (t + j) % len } else { (t + len - j % len) % len };
                            let got = (table[i].run)(x);
                            if let Some(d) = diff(&want[i], &got) {
                                bad.push(format!("  caller {t}, round {round}, {}: {d}", table[i].name));
                            }
                        }
                    }
                    finished.fetch_add(1, Ordering::SeqCst);
                    bad
                })
            })
            .collect();
        let mut most = 0;
        while finished.load(Ordering::SeqCst) < callers {
            most = most.max(pool_workers());
            std::thread::sleep(Duration::from_millis(5));
        }
        let bad = handles.into_iter().flat_map(|h| h.join().expect("a caller thread panicked")).collect();
        (bad, most)
    })
}

// ---------------------------------------------------------------------------
// 1 and 2: determinism and concurrent callers.

#[test]
#[ignore = "reliability suite: run by `cargo xtask reliability`"]
fn determinism_across_thread_counts() {
    let _serial = serial();
    let x = Inputs::new();
    let table = routines();
    pool::set_num_threads(1);
    let want = solo(&x, &table);
    for nt in [2, 3, 8, 16] {
        pool::set_num_threads(nt);
        let got = solo(&x, &table);
        assert_all_same(&table, &want, &got, &format!("alone with the pool at {nt} threads vs 1"));
        // The same again: the second call reuses the pool and its buffers.
        let again = solo(&x, &table);
        assert_all_same(&table, &want, &again, &format!("second run with the pool at {nt} threads"));
    }
    pool::set_num_threads(0);
}

#[test]
#[ignore = "reliability suite: run by `cargo xtask reliability`"]
fn determinism_across_alignments() {
    let _serial = serial();
    let x = Inputs::new();
    let table = routines();
    pool::set_num_threads(1);
    let want = solo(&x, &table);
    let bad: Vec<String> = (1..8)
        .flat_map(|shift| {
            let got = solo(&x.shifted(shift), &table);
            let table = &table;
            let want = &want;
            (0..table.len()).filter_map(move |i| {
                diff(&want[i], &got[i])
                    .map(|d| format!("  {}, operands {shift} elements past 64 bytes: {d}", table[i].name))
            })
        })
        .collect();
    pool::set_num_threads(0);
    assert!(bad.is_empty(), "output depends on the operands' alignment:\n{}", bad.join("\n"));
}

#[test]
#[ignore = "reliability suite: run by `cargo xtask reliability`"]
fn concurrent_callers() {
    let _serial = serial();
    let x = Arc::new(Inputs::new());
    let table = Arc::new(routines());
    for nt in [1, 2, 8] {
        pool::set_num_threads(nt);
        let want = Arc::new(solo(&x, &table));
        if nt > 1 {
            let n = settle_workers(nt - 1);
            assert!(n < nt, "pool at {nt} threads, called alone: {n} workers live (expected {})", nt - 1);
        }
        let started = Instant::now();
        let (x2, t2, w2) = (x.clone(), table.clone(), want.clone());
        let (bad, most) = watchdog(&format!("16 callers, pool at {nt}"), move || hammer(&x2, &t2, &w2, 16, 2));
        eprintln!("16 callers x 2 rounds x {} routines, pool at {nt}: {:.2?}", table.len(), started.elapsed());
        assert!(bad.is_empty(), "16 callers, pool at {nt} threads: outputs differ from alone:\n{}", bad.join("\n"));
        if nt > 1 {
            assert!(most < nt, "pool at {nt} threads with 16 callers: {most} pool workers seen (at most {})", nt - 1);
        }
    }
    pool::set_num_threads(0);
}

/// The table run as rayon jobs (`par_iter` over three copies, each job also
/// `join`ing two calls), from whichever pool the caller is in.
fn rayon_jobs(x: &Inputs, table: &[Routine], want: &[Bits]) -> Vec<String> {
    let len = table.len();
    (0..3 * len)
        .into_par_iter()
        .flat_map_iter(|j| {
            let (i, k) = (j % len, (j * 7 + 3) % len);
            let (gi, gk) = rayon::join(|| (table[i].run)(x), || (table[k].run)(x));
            [(i, gi), (k, gk)]
                .into_iter()
                .filter_map(move |(i, got)| diff(&want[i], &got).map(|d| format!("  job {j}, {}: {d}", table[i].name)))
        })
        .collect()
}

#[test]
#[ignore = "reliability suite: run by `cargo xtask reliability`"]
fn inside_user_rayon_pool() {
    let _serial = serial();
    let x = Arc::new(Inputs::new());
    let table = Arc::new(routines());
    pool::set_num_threads(1);
    let want = Arc::new(solo(&x, &table));
    for (nt, user_threads) in [(2, 4), (8, 3), (4, 16)] {
        pool::set_num_threads(nt);
        let (x2, t2, w2) = (x.clone(), table.clone(), want.clone());
        let what = format!("user rayon pool of {user_threads}, ferroblas pool at {nt}");
        let started = Instant::now();
        let bad = watchdog(&what, move || {
            let user = rayon::ThreadPoolBuilder::new()
                .num_threads(user_threads)
                .thread_name(|i| format!("user-pool-{i}"))
                .build()
                .expect("cannot build a rayon pool");
            user.install(|| rayon_jobs(&x2, &t2, &w2))
        });
        eprintln!("{what}: {:.2?}", started.elapsed());
        assert!(bad.is_empty(), "{what}: outputs differ from alone:\n{}", bad.join("\n"));
    }
    pool::set_num_threads(0);
}

#[test]
#[ignore = "reliability suite: run by `cargo xtask reliability`"]
fn inside_global_rayon_pool() {
    let _serial = serial();
    let x = Arc::new(Inputs::new());
    let table = Arc::new(routines());
    pool::set_num_threads(1);
    let want = Arc::new(solo(&x, &table));
    for nt in [2, 8] {
        pool::set_num_threads(nt);
        let (x2, t2, w2) = (x.clone(), table.clone(), want.clone());
        let what = format!("rayon's global pool, ferroblas pool at {nt}");
        let started = Instant::now();
        let bad = watchdog(&what, move || rayon_jobs(&x2, &t2, &w2));
        eprintln!("{what}: {:.2?}", started.elapsed());
        assert!(bad.is_empty(), "{what}: outputs differ from alone:\n{}", bad.join("\n"));
    }
    pool::set_num_threads(0);
}

// ---------------------------------------------------------------------------
// 4: thread control.

#[test]
#[ignore = "reliability suite: run by `cargo xtask reliability`"]
fn thread_count_changes_while_calling() {
    let _serial = serial();
    let x = Arc::new(Inputs::new());
    let table = Arc::new(routines());
    pool::set_num_threads(1);
    let want = Arc::new(solo(&x, &table));

    // Between calls.
    for nt in [3, 1, 8, 2, 5, 0, 16, 1, 4] {
        pool::set_num_threads(nt);
        let got = solo(&x, &table);
        assert_all_same(&table, &want, &got, &format!("after set_num_threads({nt})"));
    }

    // While 8 threads call.
    let (x2, t2, w2) = (x.clone(), table.clone(), want.clone());
    let started = Instant::now();
    let (bad, changes) = watchdog("8 callers while the thread count changes", move || {
        let stop = AtomicBool::new(false);
        std::thread::scope(|s| {
            let stop = &stop;
            let controller = s.spawn(move || {
                let counts = [1, 2, 8, 3, 0, 5, 16, 2];
                let mut k = 0usize;
                while !stop.load(Ordering::SeqCst) {
                    let n = counts[k % counts.len()];
                    match k % 4 {
                        0 => pool::set_num_threads(n),
                        1 => threads::ferroblas_set_num_threads(n as i32),
                        2 => threads::openblas_set_num_threads(n as i32),
                        _ => threads::goto_set_num_threads(if n == 0 { -1 } else { n as i32 }),
                    }
                    assert!(threads::openblas_get_num_threads() >= 1);
                    assert!(threads::ferroblas_get_num_threads() >= 1);
                    assert!(threads::openblas_get_num_procs() >= 1);
                    std::thread::sleep(Duration::from_micros(300));
                    k += 1;
                }
                k
            });
            let (bad, _) = hammer(&x2, &t2, &w2, 8, 2);
            stop.store(true, Ordering::SeqCst);
            (bad, controller.join().expect("the controller thread panicked"))
        })
    });
    eprintln!("8 callers x 2 rounds with {changes} thread-count changes: {:.2?}", started.elapsed());
    assert!(bad.is_empty(), "thread count changed during calls: outputs differ from alone:\n{}", bad.join("\n"));
    assert!(changes > 10, "the controller made only {changes} changes: the test did not test much");

    // Afterwards the replaced pools' workers have exited: one threaded call
    // builds the 2-thread pool (one worker) and drops the last old one.
    pool::set_num_threads(2);
    let got = solo(&x, &table[..1]);
    assert_all_same(&table[..1], &want[..1], &got, "after the changes");
    let n = settle_workers(1);
    assert!(n <= 1, "{n} pool workers still live with the pool at 2 threads: replaced pools leak threads");
    pool::set_num_threads(0);
}

/// Runs this test binary's test `name` alone in a fresh process with `env`
/// (and none of the thread-count variables unless given); panics unless it
/// ran and passed. Returns its output.
fn run_child(name: &str, env: &[(&str, &str)]) -> String {
    let exe = std::env::current_exe().expect("cannot find the test binary");
    let mut cmd = Command::new(exe);
    cmd.args([name, "--exact", "--include-ignored", "--nocapture", "--test-threads=1"]);
    for var in ["FERROBLAS_NUM_THREADS", "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "RAYON_NUM_THREADS"] {
        cmd.env_remove(var);
    }
    cmd.env("RELIABILITY_CHILD", name).envs(env.iter().copied());
    let out = cmd.output().expect("cannot run the test binary");
    let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && text.contains("1 passed"),
        "child `{name}` with {env:?} failed ({}):\n{text}",
        out.status
    );
    text
}

/// True in the child process [`run_child`] started for test `name`.
fn is_child(name: &str) -> bool {
    std::env::var("RELIABILITY_CHILD").is_ok_and(|v| v == name)
}

#[test]
#[ignore = "reliability suite: run by `cargo xtask reliability`"]
fn thread_count_from_environment() {
    let procs = pool::num_procs().to_string();
    let cases: [(&[(&str, &str)], &str); 9] = [
        (&[("FERROBLAS_NUM_THREADS", "3")], "3"),
        (&[("OPENBLAS_NUM_THREADS", "5")], "5"),
        (&[("OMP_NUM_THREADS", "4,2")], "4"),
        (&[("FERROBLAS_NUM_THREADS", "6"), ("OPENBLAS_NUM_THREADS", "2"), ("OMP_NUM_THREADS", "7")], "6"),
        (&[("OPENBLAS_NUM_THREADS", "2"), ("OMP_NUM_THREADS", "7")], "2"),
        (&[("FERROBLAS_NUM_THREADS", "0"), ("OMP_NUM_THREADS", "7")], "7"),
        (&[("FERROBLAS_NUM_THREADS", "many"), ("OPENBLAS_NUM_THREADS", "-2")], &procs),
        (&[("OMP_NUM_THREADS", " 9 ")], "9"),
        (&[], &procs),
    ];
    for (env, want) in cases {
        let mut env = env.to_vec();
        env.push(("RELIABILITY_EXPECT_THREADS", want));
        run_child("env_child", &env);
    }
}

/// The child of [`thread_count_from_environment`].
#[test]
#[ignore = "reliability suite: run by `cargo xtask reliability`"]
fn env_child() {
    if !is_child("env_child") {
        return;
    }
    let want: usize = std::env::var("RELIABILITY_EXPECT_THREADS").unwrap().parse().unwrap();
    assert_eq!(pool::num_threads(), want, "thread count from the environment");
    assert_eq!(threads::openblas_get_num_threads() as usize, want);
    assert_eq!(threads::ferroblas_get_num_threads() as usize, want);
    // The environment is read once: a later change does nothing ...
    // (this process runs one test; nothing else reads the environment now)
    std::env::set_var("FERROBLAS_NUM_THREADS", "11");
    let x = Inputs::new();
    let first = gemm::<f64>(&x, N, N, 300, 300, 300);
    assert_eq!(pool::num_threads(), want, "the environment was read again");
    // ... until the default is asked for again, which reads it afresh.
    pool::set_num_threads(0);
    assert_eq!(pool::num_threads(), 11, "set_num_threads(0) did not read the environment again");
    assert_eq!(gemm::<f64>(&x, N, N, 300, 300, 300), first, "gemm at 11 threads differs");
}

// ---------------------------------------------------------------------------
// 5: an idle pool sleeps.

/// CPU time (user + system) this process has used, in seconds.
fn process_cpu_seconds() -> f64 {
    // SAFETY: getrusage only writes the struct it is given.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) };
    assert_eq!(rc, 0, "getrusage failed");
    let t = |tv: libc::timeval| tv.tv_sec as f64 + tv.tv_usec as f64 * 1e-6;
    t(ru.ru_utime) + t(ru.ru_stime)
}

#[test]
#[ignore = "reliability suite: run by `cargo xtask reliability`"]
fn idle_pool_sleeps() {
    let out = run_child("idle_child", &[]);
    for line in out.lines().filter_map(|l| l.split_once("idle:")) {
        eprintln!("idle:{}", line.1);
    }
}

/// The child of [`idle_pool_sleeps`]: alone in its process, so the process's
/// CPU time is the library's.
#[test]
#[ignore = "reliability suite: run by `cargo xtask reliability`"]
fn idle_child() {
    if !is_child("idle_child") {
        return;
    }
    let x = Inputs::new();
    for nt in [2, 8] {
        pool::set_num_threads(nt);
        // 600^3: over 200 tasks' worth of work, so every worker gets some.
        let _ = gemm::<f64>(&x, N, N, 600, 600, 600);
        let workers = pool_workers();
        assert_eq!(workers, nt - 1, "pool at {nt}: expected {} live workers after a threaded gemm", nt - 1);
        let before = process_cpu_seconds();
        std::thread::sleep(Duration::from_secs(2));
        let used = process_cpu_seconds() - before;
        println!("idle: pool at {nt} threads ({workers} workers): {used:.4} CPU-seconds in 2 s after a threaded gemm");
        assert!(used < 0.01, "pool at {nt}: {used:.4} CPU-seconds used in 2 s of idleness (workers spin?)");
    }
}

// ---------------------------------------------------------------------------
// 10: small stacks.

#[test]
#[ignore = "reliability suite: run by `cargo xtask reliability`"]
fn small_stack_callers() {
    let _serial = serial();
    let x = Arc::new(Inputs::new());
    let mut table = small_stack_routines::<f32>();
    table.extend(small_stack_routines::<f64>());
    table.extend(small_stack_routines::<c32>());
    table.extend(small_stack_routines::<c64>());
    let table = Arc::new(table);
    for nt in [1, 2] {
        pool::set_num_threads(nt);
        let want = solo(&x, &table);
        let (x2, t2) = (x.clone(), table.clone());
        let got = std::thread::Builder::new()
            .name("64-KiB-stack caller".into())
            .stack_size(64 << 10)
            .spawn(move || solo(&x2, &t2))
            .expect("cannot start a thread with a 64 KiB stack")
            .join()
            .expect("the 64 KiB-stack caller panicked");
        assert_all_same(&table, &want, &got, &format!("64 KiB stack, pool at {nt}"));
    }
    pool::set_num_threads(0);
}
