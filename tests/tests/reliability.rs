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
//!
//! LAPACK, through the Fortran ABI (`ferroblas_capi::generated::fortran`):
//! - the table has `dgesv`, `dposv`, `zhetrf` (optimal and narrow-panel
//!   workspaces), `dgels` and `zgeqrf`+`zungqr`, so every test above covers
//!   them too: bit-identical output
//!   from 16 concurrent callers, across thread counts and alignments.
//! - `lapack_small_stack_n4000`: `dgetrf`+`dgetrs`, `dpotrf`+`dpotrs`,
//!   `dsytrf`+`dsytrs` and `dgels` at n = 4000 on a 64 KiB stack with the pool
//!   at 1 thread (all the work on that stack; about 1, 0.5, 1 and 2 s): no overflow, INFO = 0,
//!   pivots in range, a small normwise residual.
//! - `lapack_nan_inf_inputs`: `getrf` (square and tall), `potrf`, `sytrf`/`hetrf`
//!   (blocked and unblocked), `trtri` and `geqrf`+`orgqr` (tall, square, wide;
//!   blocked and unblocked) on NaN, infinite, huge, subnormal and
//!   zero matrices, n = 1 to 200, real and complex: every call returns, INFO
//!   in `0..=n`, pivots in range (Bunch-Kaufman 2x2 pairs consistent).

use ferroblas_capi::generated::fortran;
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
        rt("zdotc 70001", |x| dotc::<c64>(x, 70_001)),
        rt("idamax 100000", |x| iamax::<f64>(x, 100_000)),
        rt("icamin 50000", |x| iamin::<c32>(x, 50_000)),
        rt("zdscal 60000", |x| scal::<c64>(x, 60_000)),
        rt("scopy+sswap 100000", |x| copy_swap::<f32>(x, 100_000)),
        rt("drot 100000", |x| rot::<f64>(x, 100_000)),
        rt("drotm 100000", |x| rotm(x, 100_000)),
        rt("caxpby 65536", |x| axpby::<c32>(x, 65_536)),
        rt("dgesv 300x20", |x| gesv(x, 300, 20)),
        rt("dposv U 300x20", |x| posv(x, b'U', 300, 20)),
        rt("zhetrf L 200", |x| hetrf(x, b'L', 200, 0)),
        rt("zhetrf U 150, 8-column panels", |x| hetrf(x, b'U', 150, 8 * 150)),
        rt("dgels N 400x150x3", |x| gels(x, 400, 150, 3)),
        rt("zgeqrf+zungqr 160x130", |x| zgeqrf(x, 160, 130)),
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

fn dotc<S: TestScalar>(x: &Inputs, n: usize) -> Bits {
    let (u, v) = (x.vec::<S>(27, n), x.vec::<S>(28, n));
    bits(&[level1::dotc(VecRef::from_slice(&u[..]), VecRef::from_slice(&v[..]))])
}

/// The index found, with ties made likely by rounding the data.
fn iamax<S: TestScalar>(x: &Inputs, n: usize) -> Bits {
    let u: Vec<S> = x.vec::<S>(29, n).iter().map(|&v| S::from_f64s((v.re().to_f64() * 8.0).round(), 0.0)).collect();
    vec![(level1::iamax(VecRef::from_slice(&u[..])).map_or(u64::MAX, |i| i as u64), 0)]
}

fn iamin<S: TestScalar>(x: &Inputs, n: usize) -> Bits {
    let u = x.vec::<S>(30, n);
    vec![(level1::iamin(VecRef::from_slice(&u[..])).map_or(u64::MAX, |i| i as u64), 0)]
}

fn scal<S: TestScalar>(x: &Inputs, n: usize) -> Bits {
    let mut u = x.vec::<S>(31, n);
    level1::scal_real(S::Real::from_f64(0.7), VecMut::from_slice(&mut u[..]));
    bits(&u[..])
}

fn copy_swap<S: TestScalar>(x: &Inputs, n: usize) -> Bits {
    let (u, mut v, mut w) = (x.vec::<S>(32, n), x.vec::<S>(33, n), x.vec::<S>(34, n));
    level1::copy(VecRef::from_slice(&u[..]), VecMut::from_slice(&mut v[..]));
    level1::swap(VecMut::from_slice(&mut v[..]), VecMut::from_slice(&mut w[..]));
    let mut all = bits(&v[..]);
    all.extend(bits(&w[..]));
    all
}

fn rot<S: TestScalar>(x: &Inputs, n: usize) -> Bits {
    let (mut u, mut v) = (x.vec::<S>(35, n), x.vec::<S>(36, n));
    let (c, s) = (S::Real::from_f64(0.6), S::Real::from_f64(0.8));
    level1::rot(VecMut::from_slice(&mut u[..]), VecMut::from_slice(&mut v[..]), c, s);
    let mut all = bits(&u[..]);
    all.extend(bits(&v[..]));
    all
}

fn rotm(x: &Inputs, n: usize) -> Bits {
    let (mut u, mut v) = (x.vec::<f64>(37, n), x.vec::<f64>(38, n));
    let param = [-1.0, 0.3, -1.2, 0.7, 1.1];
    level1::rotm(VecMut::from_slice(&mut u[..]), VecMut::from_slice(&mut v[..]), &param);
    let mut all = bits(&u[..]);
    all.extend(bits(&v[..]));
    all
}

fn axpby<S: TestScalar>(x: &Inputs, n: usize) -> Bits {
    let (u, mut v) = (x.vec::<S>(39, n), x.vec::<S>(40, n));
    level1::axpby(alpha(), VecRef::from_slice(&u[..]), alpha(), VecMut::from_slice(&mut v[..]));
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
        // The pool replaced by the thread-count change lets its workers go
        // asynchronously: wait for them before counting.
        let workers = settle_workers(nt - 1);
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

// ---------------------------------------------------------------------------
// LAPACK through the Fortran ABI: the routine table's entries, a 64 KiB
// caller at n = 4000, and NaN/Inf inputs.

/// `dgesv_` on an `n x n` matrix and `nrhs` right-hand sides: X, the LU
/// factors and the pivots.
fn gesv(x: &Inputs, n: usize, nrhs: usize) -> Bits {
    let (mut a, mut b) = (x.vec::<f64>(30, n * n), x.vec::<f64>(31, n * nrhs));
    let mut ipiv = vec![0i32; n];
    let (ni, nr, mut info) = (n as i32, nrhs as i32, -7);
    // SAFETY: every array holds what the arguments declare.
    unsafe { fortran::dgesv_(&ni, &nr, a.as_mut_ptr(), &ni, ipiv.as_mut_ptr(), b.as_mut_ptr(), &ni, &mut info) };
    assert_eq!(info, 0, "dgesv {n}x{nrhs}: INFO = {info}");
    [bits(&b[..]), bits(&a[..]), int_bits(&ipiv)].concat()
}

/// `dgels_` N on an `m x n` least-squares problem with `nrhs` right-hand
/// sides: the solution and the QR factorization.
fn gels(x: &Inputs, m: usize, n: usize, nrhs: usize) -> Bits {
    let (mut a, mut b) = (x.vec::<f64>(35, m * n), x.vec::<f64>(36, m * nrhs));
    let (mi, ni, nr, mut info) = (m as i32, n as i32, nrhs as i32, -7);
    let lwork = 64 * (m + nrhs) as i32;
    let mut work = vec![0.0; lwork as usize];
    // SAFETY: every array holds what the arguments declare.
    unsafe {
        fortran::dgels_(
            &b'N',
            &mi,
            &ni,
            &nr,
            a.as_mut_ptr(),
            &mi,
            b.as_mut_ptr(),
            &mi,
            work.as_mut_ptr(),
            &lwork,
            &mut info,
            1,
        )
    };
    assert_eq!(info, 0, "dgels {m}x{n}x{nrhs}: INFO = {info}");
    [bits(&b[..]), bits(&a[..])].concat()
}

/// `zgeqrf_` then `zungqr_` on an `m x n` matrix: the factorization and Q.
fn zgeqrf(x: &Inputs, m: usize, n: usize) -> Bits {
    let mut a = x.vec::<c64>(37, m * n);
    let (mi, ni, mut info) = (m as i32, n as i32, -7);
    let lwork = 64 * n as i32;
    let (mut tau, mut work) = (vec![c64::new(0.0, 0.0); n], vec![c64::new(0.0, 0.0); lwork as usize]);
    // SAFETY: every array holds what the arguments declare.
    unsafe { fortran::zgeqrf_(&mi, &ni, a.as_mut_ptr(), &mi, tau.as_mut_ptr(), work.as_mut_ptr(), &lwork, &mut info) };
    assert_eq!(info, 0, "zgeqrf {m}x{n}: INFO = {info}");
    let factored = bits(&a[..]);
    // SAFETY: as above; Q is m x n from the n reflectors.
    unsafe { fortran::zungqr_(&mi, &ni, &ni, a.as_mut_ptr(), &mi, tau.as_ptr(), work.as_mut_ptr(), &lwork, &mut info) };
    assert_eq!(info, 0, "zungqr {m}x{n}: INFO = {info}");
    [factored, bits(&tau[..]), bits(&a[..])].concat()
}

/// `dposv_` on a diagonally dominant (so positive definite) `n x n` matrix.
fn posv(x: &Inputs, uplo: u8, n: usize, nrhs: usize) -> Bits {
    let (mut a, mut b) = (x.vec::<f64>(32, n * n), x.vec::<f64>(33, n * nrhs));
    for i in 0..n {
        a[i + i * n] = n as f64;
    }
    let (ni, nr, mut info) = (n as i32, nrhs as i32, -7);
    // SAFETY: every array holds what the arguments declare.
    unsafe { fortran::dposv_(&uplo, &ni, &nr, a.as_mut_ptr(), &ni, b.as_mut_ptr(), &ni, &mut info, 1) };
    assert_eq!(info, 0, "dposv {n}x{nrhs}: INFO = {info}");
    [bits(&b[..]), bits(&a[..])].concat()
}

/// `zhetrf_` on an `n x n` Hermitian indefinite matrix with a workspace of
/// `lwork` elements (0: what the query answers): the factor and the pivots.
fn hetrf(x: &Inputs, uplo: u8, n: usize, lwork: usize) -> Bits {
    let mut a = x.vec::<c64>(34, n * n);
    let (ni, mut info) = (n as i32, -7);
    let mut ipiv = vec![0i32; n];
    let lwork = if lwork > 0 {
        lwork as i32
    } else {
        let mut q = c64::new(0.0, 0.0);
        // SAFETY: a query reads the scalars and writes `q` only.
        unsafe {
            fortran::zhetrf_(&uplo, &ni, a.as_mut_ptr(), &ni, ipiv.as_mut_ptr(), &mut q, &-1, &mut info, 1);
        }
        q.re as i32
    };
    let mut work = vec![c64::new(0.0, 0.0); lwork as usize];
    // SAFETY: every array holds what the arguments declare.
    unsafe {
        fortran::zhetrf_(&uplo, &ni, a.as_mut_ptr(), &ni, ipiv.as_mut_ptr(), work.as_mut_ptr(), &lwork, &mut info, 1);
    }
    assert_eq!(info, 0, "zhetrf {n}: INFO = {info}");
    [bits(&a[..]), int_bits(&ipiv)].concat()
}

fn int_bits(v: &[i32]) -> Bits {
    v.iter().map(|&p| (p as u64, 0)).collect()
}

/// Runs `f` on a thread with a 64 KiB stack.
fn on_small_stack<R: Send + 'static>(what: &str, f: impl FnOnce() -> R + Send + 'static) -> R {
    std::thread::Builder::new()
        .name(format!("64-KiB-stack {what}"))
        .stack_size(64 << 10)
        .spawn(f)
        .expect("cannot start a thread with a 64 KiB stack")
        .join()
        .unwrap_or_else(|_| panic!("{what} on a 64 KiB stack panicked"))
}

/// `A x` and `|A| |x|` for the `n x n` column-major `a`.
fn matvec(a: &[f64], n: usize, x: &[f64]) -> (Vec<f64>, Vec<f64>) {
    let (mut y, mut m) = (vec![0.0; n], vec![0.0; n]);
    for (j, &xj) in x.iter().enumerate() {
        for ((yi, mi), &aij) in y.iter_mut().zip(m.iter_mut()).zip(&a[j * n..(j + 1) * n]) {
            *yi += aij * xj;
            *mi += (aij * xj).abs();
        }
    }
    (y, m)
}

/// Checks `|A x - b| <= 8 n eps (|A| |x| + |b|)` normwise, `A` the `n x n` `a`.
fn check_solution(what: &str, a: &[f64], n: usize, x: &[f64], b: &[f64]) {
    let (ax, mag) = matvec(a, n, x);
    let err = ax.iter().zip(b).map(|(p, q)| (p - q).abs()).fold(0.0, f64::max);
    let scale = mag.iter().zip(b).map(|(m, q)| m + q.abs()).fold(0.0, f64::max);
    let tol = 8.0 * n as f64 * f64::EPSILON * scale;
    assert!(err <= tol, "{what}: |A x - b| = {err:e} above {tol:e}");
}

#[test]
#[ignore = "reliability suite: run by `cargo xtask reliability`"]
fn lapack_small_stack_n4000() {
    const N: usize = 4000;
    let _serial = serial();
    // One thread: the whole factorization runs on the 64 KiB stack.
    pool::set_num_threads(1);
    let n = N as i32;
    let mut rng = Rng::new(4000);
    let b: Vec<f64> = (0..N).map(|_| rng.sym()).collect();

    // dgetrf + dgetrs on a random matrix.
    let a0: Vec<f64> = (0..N * N).map(|_| rng.sym()).collect();
    let (mut a, mut x) = (a0.clone(), b.clone());
    let started = Instant::now();
    let (ipiv, info, info2) = on_small_stack("dgetrf", move || {
        let (mut ipiv, mut info, mut info2) = (vec![0i32; N], -7, -7);
        // SAFETY: every array holds what the arguments declare.
        unsafe {
            fortran::dgetrf_(&n, &n, a.as_mut_ptr(), &n, ipiv.as_mut_ptr(), &mut info);
            fortran::dgetrs_(&b'N', &n, &1, a.as_ptr(), &n, ipiv.as_ptr(), x.as_mut_ptr(), &n, &mut info2, 1);
        }
        (ipiv, info, (info2, x))
    });
    eprintln!("dgetrf + dgetrs n = {N} on a 64 KiB stack, pool at 1: {:.2?}", started.elapsed());
    assert_eq!((info, info2.0), (0, 0), "dgetrf/dgetrs n = {N}: INFO");
    assert!(ipiv.iter().enumerate().all(|(i, &p)| p as usize > i && p <= n), "dgetrf: a pivot out of range");
    check_solution("dgetrf n = 4000 on a 64 KiB stack", &a0, N, &info2.1, &b);

    // dpotrf + dpotrs on a diagonally dominant symmetric matrix (lower).
    let mut a0 = a0;
    for j in 0..N {
        for i in 0..j {
            a0[i + j * N] = a0[j + i * N];
        }
        a0[j + j * N] = N as f64;
    }
    let (mut a, mut x) = (a0.clone(), b.clone());
    let started = Instant::now();
    let (info, info2, x) = on_small_stack("dpotrf", move || {
        let (mut info, mut info2) = (-7, -7);
        // SAFETY: every array holds what the arguments declare.
        unsafe {
            fortran::dpotrf_(&b'L', &n, a.as_mut_ptr(), &n, &mut info, 1);
            fortran::dpotrs_(&b'L', &n, &1, a.as_ptr(), &n, x.as_mut_ptr(), &n, &mut info2, 1);
        }
        (info, info2, x)
    });
    eprintln!("dpotrf + dpotrs n = {N} on a 64 KiB stack, pool at 1: {:.2?}", started.elapsed());
    assert_eq!((info, info2), (0, 0), "dpotrf/dpotrs n = {N}: INFO");
    check_solution("dpotrf n = 4000 on a 64 KiB stack", &a0, N, &x, &b);

    // dsytrf + dsytrs on a symmetric indefinite matrix (upper), the optimal workspace.
    for j in 0..N {
        a0[j + j * N] = rng.sym();
    }
    let (mut a, mut x) = (a0.clone(), b.clone());
    let started = Instant::now();
    let (ipiv, info, info2, x) = on_small_stack("dsytrf", move || {
        let (mut ipiv, mut info, mut info2) = (vec![0i32; N], -7, -7);
        let mut q = 0.0;
        // SAFETY: every array holds what the arguments declare.
        unsafe {
            fortran::dsytrf_(&b'U', &n, a.as_mut_ptr(), &n, ipiv.as_mut_ptr(), &mut q, &-1, &mut info, 1);
            let lwork = q as i32;
            let mut work = vec![0.0; lwork as usize];
            fortran::dsytrf_(&b'U', &n, a.as_mut_ptr(), &n, ipiv.as_mut_ptr(), work.as_mut_ptr(), &lwork, &mut info, 1);
            fortran::dsytrs_(&b'U', &n, &1, a.as_ptr(), &n, ipiv.as_ptr(), x.as_mut_ptr(), &n, &mut info2, 1);
        }
        (ipiv, info, info2, x)
    });
    eprintln!("dsytrf + dsytrs n = {N} on a 64 KiB stack, pool at 1: {:.2?}", started.elapsed());
    assert_eq!((info, info2), (0, 0), "dsytrf/dsytrs n = {N}: INFO");
    check_bk_pivots("dsytrf n = 4000", &ipiv, true);
    check_solution("dsytrf n = 4000 on a 64 KiB stack", &a0, N, &x, &b);

    // dgels (dgeqrf, dormqr, dtrtrs) on the same matrix: A x = b by QR.
    let (mut a, mut x) = (a0.clone(), b.clone());
    let started = Instant::now();
    let (info, x) = on_small_stack("dgels", move || {
        let mut info = -7;
        let mut q = 0.0;
        // SAFETY: every array holds what the arguments declare.
        unsafe {
            fortran::dgels_(&b'N', &n, &n, &1, a.as_mut_ptr(), &n, x.as_mut_ptr(), &n, &mut q, &-1, &mut info, 1);
            let lwork = q as i32;
            let mut work = vec![0.0; lwork as usize];
            fortran::dgels_(
                &b'N',
                &n,
                &n,
                &1,
                a.as_mut_ptr(),
                &n,
                x.as_mut_ptr(),
                &n,
                work.as_mut_ptr(),
                &lwork,
                &mut info,
                1,
            );
        }
        (info, x)
    });
    eprintln!("dgels n = {N} on a 64 KiB stack, pool at 1: {:.2?}", started.elapsed());
    assert_eq!(info, 0, "dgels n = {N}: INFO");
    check_solution("dgels n = 4000 on a 64 KiB stack", &a0, N, &x, &b);
    pool::set_num_threads(0);
}

/// Checks Bunch-Kaufman pivots as LAPACK stores them: positive entries name
/// rows in range, negative ones come in equal pairs (a 2x2 block) naming a
/// row in range.
fn check_bk_pivots(what: &str, ipiv: &[i32], upper: bool) {
    let n = ipiv.len() as i32;
    let mut k = 0;
    while k < ipiv.len() {
        let p = ipiv[k];
        assert!(p != 0 && p.abs() <= n, "{what}: ipiv[{k}] = {p} out of range");
        if p < 0 {
            assert!(k + 1 < ipiv.len() && ipiv[k + 1] == p, "{what}: ipiv[{k}] = {p} without its 2x2 partner");
            let r = -p as usize - 1;
            // Lower: the block's second row swapped with a row at or below
            // it; upper: its first row with one at or above it.
            assert!(if upper { r <= k } else { r > k }, "{what}: 2x2 pivot at {k} names row {r}");
            k += 2;
        } else {
            let r = p as usize - 1;
            assert!(if upper { r <= k } else { r >= k }, "{what}: 1x1 pivot at {k} names row {r}");
            k += 1;
        }
    }
}

/// The Fortran entry points [`nan_inf_cases`] calls, for one type.
struct Lapack<S> {
    getrf: unsafe extern "C" fn(*const i32, *const i32, *mut S, *const i32, *mut i32, *mut i32),
    potrf: unsafe extern "C" fn(*const u8, *const i32, *mut S, *const i32, *mut i32, usize),
    sytrf:
        unsafe extern "C" fn(*const u8, *const i32, *mut S, *const i32, *mut i32, *mut S, *const i32, *mut i32, usize),
    trtri: unsafe extern "C" fn(*const u8, *const u8, *const i32, *mut S, *const i32, *mut i32, usize, usize),
    geqrf: unsafe extern "C" fn(*const i32, *const i32, *mut S, *const i32, *mut S, *mut S, *const i32, *mut i32),
    orgqr: unsafe extern "C" fn(
        *const i32,
        *const i32,
        *const i32,
        *mut S,
        *const i32,
        *const S,
        *mut S,
        *const i32,
        *mut i32,
    ),
}

/// An `m x n` matrix of pattern `p`: NaN and infinities placed in various
/// ways, huge, tiny and zero values; `None` past the last pattern.
fn nan_inf_matrix<S: TestScalar>(p: usize, m: usize, n: usize, rng: &mut Rng) -> Option<Vec<S>> {
    let mut a: Vec<S> = (0..m * n).map(|_| S::random(rng)).collect();
    let nan = S::from_f64s(f64::NAN, 0.0);
    let inf = S::from_f64s(f64::INFINITY, 0.0);
    let (i, j) = (rng.below(m), rng.below(n));
    match p {
        0 => a.iter_mut().for_each(|v| *v = nan),
        1 => a[i + j * m] = nan,
        2 => a[(j % m) + j * m] = inf,
        3 => a[j * m..(j + 1) * m].iter_mut().for_each(|v| *v = -inf),
        4 => a.iter_mut().enumerate().for_each(|(k, v)| {
            *v = if k % 3 == 0 {
                nan
            } else if k % 3 == 1 {
                inf
            } else {
                -inf
            }
        }),
        5 => a.iter_mut().for_each(|v| *v *= S::from_f64s(S::max_real() / 2.0, 0.0)),
        6 => a.iter_mut().for_each(|v| *v *= S::from_f64s(S::tiny() * 4.0, 0.0)),
        7 => a.iter_mut().for_each(|v| *v = S::zero()),
        8 => {
            a[0] = nan;
            a[m * n - 1] = S::from_f64s(0.0, f64::NAN);
        }
        _ => return None,
    }
    Some(a)
}

/// Every pattern of [`nan_inf_matrix`] through getrf (square and tall),
/// potrf, sytrf (blocked and unblocked) and trtri, both triangles: each call
/// returns, with INFO in range and pivots in range.
fn nan_inf_cases<S: TestScalar>(f: &Lapack<S>, n: usize) {
    let mut rng = Rng::new(n as u64 + 77);
    let ni = n as i32;
    for p in 0.. {
        let Some(a0) = nan_inf_matrix::<S>(p, n, n, &mut rng) else { break };
        let what = |r: &str| format!("{} {r} n = {n}, pattern {p}", S::NAME);
        for m in [n, n + 3] {
            let mut a = nan_inf_matrix::<S>(p, m, n, &mut Rng::new(p as u64)).expect("a pattern");
            let (mi, mut ipiv, mut info) = (m as i32, vec![0i32; n], -7);
            // SAFETY: every array holds what the arguments declare.
            unsafe { (f.getrf)(&mi, &ni, a.as_mut_ptr(), &mi, ipiv.as_mut_ptr(), &mut info) };
            assert!((0..=ni).contains(&info), "{}: INFO = {info}", what(&format!("getrf m = {m}")));
            for (i, &q) in ipiv.iter().enumerate() {
                assert!(q as usize > i && q <= mi, "{}: ipiv[{i}] = {q}", what(&format!("getrf m = {m}")));
            }
        }
        // QR (unblocked and blocked workspaces; tall, square and wide), then its Q.
        for m in [n, n + 3, n / 2 + 1] {
            for lwork in [n.max(1), 64 * n.max(1)] {
                let mut a = nan_inf_matrix::<S>(p, m, n, &mut Rng::new(p as u64)).expect("a pattern");
                let (mi, k) = (m as i32, m.min(n));
                let (mut tau, mut work, mut info) = (vec![S::zero(); k], vec![S::zero(); lwork], -7);
                let lw = lwork as i32;
                // SAFETY: every array holds what the arguments declare.
                unsafe {
                    (f.geqrf)(&mi, &ni, a.as_mut_ptr(), &mi, tau.as_mut_ptr(), work.as_mut_ptr(), &lw, &mut info)
                };
                assert_eq!(info, 0, "{}", what(&format!("geqrf m = {m} lwork {lwork}")));
                let ki = k as i32;
                // SAFETY: as above; Q is m x k from the first k columns.
                unsafe {
                    (f.orgqr)(&mi, &ki, &ki, a.as_mut_ptr(), &mi, tau.as_ptr(), work.as_mut_ptr(), &lw, &mut info)
                };
                assert_eq!(info, 0, "{}", what(&format!("orgqr m = {m} lwork {lwork}")));
            }
        }
        for uplo in [b'U', b'L'] {
            let mut a = a0.clone();
            let mut info = -7;
            // SAFETY: every array holds what the arguments declare.
            unsafe { (f.potrf)(&uplo, &ni, a.as_mut_ptr(), &ni, &mut info, 1) };
            assert!((0..=ni).contains(&info), "{}: INFO = {info}", what("potrf"));
            for lwork in [1, 64 * n.max(1)] {
                let (mut a, mut ipiv, mut work, mut info) = (a0.clone(), vec![0i32; n], vec![S::zero(); lwork], -7);
                let lw = lwork as i32;
                // SAFETY: every array holds what the arguments declare.
                unsafe {
                    (f.sytrf)(&uplo, &ni, a.as_mut_ptr(), &ni, ipiv.as_mut_ptr(), work.as_mut_ptr(), &lw, &mut info, 1)
                };
                assert!((0..=ni).contains(&info), "{}: INFO = {info}", what("sytrf"));
                check_bk_pivots(&what(&format!("sytrf {} lwork {lwork}", uplo as char)), &ipiv, uplo == b'U');
            }
            for diag in [b'N', b'U'] {
                let mut a = a0.clone();
                let mut info = -7;
                // SAFETY: every array holds what the arguments declare.
                unsafe { (f.trtri)(&uplo, &diag, &ni, a.as_mut_ptr(), &ni, &mut info, 1, 1) };
                assert!((0..=ni).contains(&info), "{}: INFO = {info}", what("trtri"));
            }
        }
    }
}

#[test]
#[ignore = "reliability suite: run by `cargo xtask reliability`"]
fn lapack_nan_inf_inputs() {
    let _serial = serial();
    pool::set_num_threads(0);
    let started = Instant::now();
    watchdog("LAPACK on NaN and infinite inputs", || {
        let d = Lapack::<f64> {
            getrf: fortran::dgetrf_,
            potrf: fortran::dpotrf_,
            sytrf: fortran::dsytrf_,
            trtri: fortran::dtrtri_,
            geqrf: fortran::dgeqrf_,
            orgqr: fortran::dorgqr_,
        };
        let z = Lapack::<c64> {
            getrf: fortran::zgetrf_,
            potrf: fortran::zpotrf_,
            sytrf: fortran::zhetrf_,
            trtri: fortran::ztrtri_,
            geqrf: fortran::zgeqrf_,
            orgqr: fortran::zungqr_,
        };
        // Small (unblocked), past the crossovers (recursive), and large
        // enough that the pool splits the updates.
        for n in [1, 2, 7, 40, 200] {
            nan_inf_cases(&d, n);
            nan_inf_cases(&z, n);
        }
    });
    eprintln!("LAPACK on NaN/Inf inputs: {:.2?}", started.elapsed());
}
