//! One answer on every table: the canonical evaluation order (README,
//! "Reproducibility") makes the generic, AVX2, AVX-512, NEON tables and the
//! imitations compute the same bits. Each case runs through every table this
//! CPU runs (its entries called directly, as `level1_bits.rs` does) and the
//! outputs are compared bit for bit with the first table's; any difference
//! fails, naming the table, the routine and the first differing element.
//!
//! Covered: the Level-1 reductions (`dotu`, `dotc`, `asum`, the sum of
//! squares and maximum under `nrm2`, `iamax`, `iamin`), the element-wise
//! `axpy`, `scal`, `rot`; `gemv` N and T (`conj` too), `ger`; `gemm` on the
//! small and the blocked path, every transpose pair, beyond `KC`, and on two
//! threads.
//!
//! The Level-2 drivers and `nrm2` (its scaled fallback included) read the
//! process's table, so [`drivers`] runs this binary once per table (and once
//! more on the detected table with one thread instead of two), each child
//! hashing every output, and compares the hashes: `hemv`/`symv`, `hbmv`/
//! `sbmv`, `hpmv`/`spmv`, `gemv` (threaded sizes), `gbmv`, `trmv`/`trsv`,
//! `tbmv`/`tbsv`, `tpmv`/`tpsv` (every uplo, operator, diagonal and layout),
//! `ger`/`gerc`, `her`/`syr`, `her2`/`syr2`, `hpr`/`spr`, `hpr2`/`spr2`, in
//! all four precisions. Not here: TRMM/TRSM.

use ferroblas_kernels::dispatch::{Arch, BuildKernels, Kernels};
use ferroblas_kernels::level2::{Layout, Op};
use ferroblas_kernels::level3::{self, GemmOptions, SmallPath, KC};
use ferroblas_kernels::{Diag, MatMut, MatRef, RealScalar, Trans, Uplo};
use ferroblas_tests::*;

/// Lengths: tiny, around every register and virtual-register width, past
/// the staging chunk.
const LENS: [usize; 14] = [1, 2, 3, 5, 8, 15, 16, 17, 31, 33, 64, 65, 130, 601];

/// Every table this CPU runs, with its kernels.
fn tables<T: TestScalar>() -> Vec<(Arch, Kernels<T>)> {
    Arch::runnable().into_iter().map(|a| (a, <T as BuildKernels>::build(a))).collect()
}

/// Runs `f` on every table and compares its output with the first table's.
#[track_caller]
fn same_everywhere<T: TestScalar>(what: &str, tabs: &[(Arch, Kernels<T>)], f: impl Fn(&Kernels<T>) -> Vec<T>) {
    let mut first: Option<(Arch, Vec<T>)> = None;
    for (arch, k) in tabs {
        let got = f(k);
        match &first {
            None => first = Some((*arch, got)),
            Some((a0, want)) => {
                assert_eq!(got.len(), want.len());
                for (i, (g, w)) in got.iter().zip(want).enumerate() {
                    assert!(
                        g.bits() == w.bits(),
                        "{} {what}: {} gives {g:?}, {} gives {w:?} at element {i}",
                        T::NAME,
                        arch.name(),
                        a0.name()
                    );
                }
            }
        }
    }
}

fn real<T: TestScalar>(v: T::Real) -> T {
    T::from_real(v)
}

fn level1_body<T: TestScalar>() {
    let mut rng = Rng::new(19);
    let tabs = tables::<T>();
    for &n in &LENS {
        let (x, y) = (spread_vec::<T>(&mut rng, n), spread_vec::<T>(&mut rng, n));
        let alpha = spread::<T>(&mut rng);
        let ctx = |w: &str| format!("{w} n={n}");
        // SAFETY (all the calls below): every pointer covers `n` elements.
        same_everywhere(&ctx("dotu/dotc"), &tabs, |k| unsafe {
            vec![(k.l1.dotu)(n, x.as_ptr(), y.as_ptr()), (k.l1.dotc)(n, x.as_ptr(), y.as_ptr())]
        });
        same_everywhere(&ctx("dotu/dotc strided"), &tabs, |k| unsafe {
            let (xs, ys) = (Strided::from_values(&x, -2), Strided::from_values(&y, 3));
            let (px, py) = (xs.vref().as_ptr(), ys.vref().as_ptr());
            vec![(k.l1.dotu_strided)(n, px, -2, py, 3), (k.l1.dotc_strided)(n, px, -2, py, 3)]
        });
        same_everywhere(&ctx("asum, sumsq, max"), &tabs, |k| unsafe {
            let (s, m) = (k.l1.sumsq_max)(n, x.as_ptr());
            vec![real((k.l1.asum)(n, x.as_ptr())), real(s), real(m)]
        });
        same_everywhere(&ctx("iamax/iamin"), &tabs, |k| unsafe {
            let idx = |i: usize| T::from_f64s(i as f64, 0.0);
            vec![idx((k.l1.iamax)(n, x.as_ptr())), idx((k.l1.iamin)(n, x.as_ptr()))]
        });
        same_everywhere(&ctx("axpy, scal, rot"), &tabs, |k| unsafe {
            let (mut y1, mut x2, mut y2) = (y.clone(), x.clone(), y.clone());
            (k.l1.axpy)(n, alpha, x.as_ptr(), y1.as_mut_ptr());
            (k.l1.rot)(n, x2.as_mut_ptr(), y2.as_mut_ptr(), T::Real::from_f64(0.6), T::Real::from_f64(-0.8));
            let mut x3 = x.clone();
            (k.l1.scal)(n, alpha, x3.as_mut_ptr());
            [y1, x2, y2, x3].concat()
        });
    }
    // Ties for iamax: equal magnitudes everywhere but one, early.
    let mut x: Vec<T> = (0..300).map(|i| T::from_f64s(if i % 7 == 3 { 2.0 } else { 1.0 }, 0.0)).collect();
    x[0] = T::from_f64s(0.5, 0.0);
    same_everywhere("iamax ties", &tabs, |k| unsafe {
        let idx = |i: usize| T::from_f64s(i as f64, 0.0);
        vec![idx((k.l1.iamax)(300, x.as_ptr())), idx((k.l1.iamin)(300, x.as_ptr()))]
    });
}

fn level2_body<T: TestScalar>() {
    let mut rng = Rng::new(20);
    let tabs = tables::<T>();
    let shapes = [(1, 1), (3, 5), (8, 8), (17, 9), (33, 13), (64, 40), (130, 17), (601, 11), (5, 301)];
    for &(m, n) in &shapes {
        let lda = m + 3;
        let a = spread_vec::<T>(&mut rng, lda * n);
        let (x, y) = (spread_vec::<T>(&mut rng, m.max(n)), spread_vec::<T>(&mut rng, m.max(n)));
        let alpha = spread::<T>(&mut rng);
        for conj in [false, true] {
            let ctx = |w: &str| format!("{w} m={m} n={n} conj={conj}");
            // SAFETY: A is `m x n` at `lda`, x and y hold `max(m, n)` elements.
            same_everywhere(&ctx("gemv T"), &tabs, |k| unsafe {
                let mut out = y[..n].to_vec();
                (k.l2.gemv_t)(m, n, alpha, a.as_ptr(), lda as isize, x.as_ptr(), out.as_mut_ptr(), 1, conj);
                out
            });
            same_everywhere(&ctx("gemv N"), &tabs, |k| unsafe {
                let mut out = y[..m].to_vec();
                (k.l2.gemv_n)(m, n, alpha, a.as_ptr(), lda as isize, x.as_ptr(), 1, out.as_mut_ptr(), conj);
                out
            });
            same_everywhere(&ctx("ger"), &tabs, |k| unsafe {
                let mut out = a.clone();
                (k.l2.ger)(m, n, alpha, x.as_ptr(), y.as_ptr(), 1, out.as_mut_ptr(), lda as isize, conj, false);
                out
            });
        }
    }
}

fn gemm_body<T: TestScalar>() {
    let mut rng = Rng::new(21);
    let tabs = tables::<T>();
    let trans =
        if T::IS_COMPLEX { vec![Trans::No, Trans::Trans, Trans::ConjTrans] } else { vec![Trans::No, Trans::Trans] };
    // Tiny, tile edges (4..48 rows, 3..8 columns), past KC, and a size that
    // takes the threaded blocked path.
    let shapes =
        [(1, 1, 1), (7, 5, 3), (24, 8, 16), (49, 13, 31), (17, 9, KC + 5), (65, 31, 2 * KC + 1), (300, 300, 300)];
    for &(m, n, k) in &shapes {
        for (i, &ta) in trans.iter().enumerate() {
            let tb = trans[(i + 1) % trans.len()];
            let (ra, ca) = if ta == Trans::No { (m, k) } else { (k, m) };
            let (rb, cb) = if tb == Trans::No { (k, n) } else { (n, k) };
            let (a, b, c) = (
                spread_vec::<T>(&mut rng, ra * ca),
                spread_vec::<T>(&mut rng, rb * cb),
                spread_vec::<T>(&mut rng, m * n),
            );
            let (alpha, beta) = (spread::<T>(&mut rng), spread::<T>(&mut rng));
            for (small, nthreads) in [(SmallPath::Always, 1), (SmallPath::Never, 1), (SmallPath::Never, 2)] {
                let ctx = format!("gemm {ta:?}{tb:?} m={m} n={n} k={k} {small:?} threads={nthreads}");
                same_everywhere(&ctx, &tabs, |kern| {
                    let mut out = c.clone();
                    let opts = GemmOptions { blocking: None, nthreads: Some(nthreads), small };
                    level3::gemm_with(
                        &kern.gemm,
                        &opts,
                        ta,
                        tb,
                        alpha,
                        MatRef::from_col_major(&a, ra, ca, ra),
                        MatRef::from_col_major(&b, rb, cb, rb),
                        beta,
                        MatMut::from_col_major(&mut out, m, n, m),
                    );
                    out
                });
            }
        }
    }
}

/// The environment variable that makes [`drivers`] a child: the file it
/// writes its hashes to.
const CHILD_OUT: &str = "FERROBLAS_CROSS_TABLE_OUT";

/// FNV-1a over the bits of `v`.
fn hash<T: TestScalar>(v: &[T]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for x in v {
        let (a, b) = x.bits();
        for w in [a, b] {
            for byte in w.to_le_bytes() {
                h = (h ^ byte as u64).wrapping_mul(0x100_0000_01b3);
            }
        }
    }
    h
}

/// The hashed outputs of one child, one line per case.
struct Log(Vec<String>);

impl Log {
    fn add<T: TestScalar>(&mut self, ctx: String, v: &[T]) {
        self.0.push(format!("{} {ctx}: {:016x}", T::NAME, hash(v)));
    }
}

const UPLOS: [Uplo; 2] = [Uplo::Upper, Uplo::Lower];
const LAYOUTS: [Layout; 2] = [Layout::ColMajor, Layout::RowMajor];
const OPS: [Op; 4] = [Op::NoTrans, Op::Trans, Op::ConjTrans, Op::Conj];
const DIAGS: [Diag; 2] = [Diag::NonUnit, Diag::Unit];

/// A triangle-friendly matrix: diagonal near 1, off-diagonal entries of order
/// `1/n`, so solves stay bounded.
fn tri_matrix<T: TestScalar>(rng: &mut Rng, n: usize, len: usize) -> Vec<T> {
    let mut a = spread_vec::<T>(rng, len);
    let s = T::from_f64s(1.0 / (n as f64 + 1.0), 0.0);
    for v in a.iter_mut() {
        *v *= s;
    }
    a
}

/// Puts `1 + something` on the diagonal of a column-major `n x n` triangle.
fn lift_diag<T: TestScalar>(rng: &mut Rng, a: &mut [T], n: usize, ld: usize) {
    for j in 0..n {
        a[j + j * ld] = T::from_f64s(1.0 + rng.unit(), 0.25 * rng.sym());
    }
}

/// The `n x n` matrix at `a` (leading dimension `ld`), or its transpose
/// read row-major.
fn dense<T: TestScalar>(a: &[T], n: usize, ld: usize, row_major: bool) -> MatRef<'_, T> {
    let v = MatRef::from_col_major(a, n, n, ld);
    if row_major {
        v.transpose()
    } else {
        v
    }
}

/// Every Level-2 driver (and `nrm2`) on one scalar type, hashed into `log`.
fn drivers_body<T: TestScalar>(log: &mut Log) {
    let mut rng = Rng::new(22);
    let one = T::one();
    // hemv/symv: tiny, the panel edges, blocked, the slab (threaded) path.
    for n in [1, 3, 4, 7, 8, 9, 16, 17, 31, 33, 64, 100, 257, 600] {
        let ld = n + 2;
        let a = spread_vec::<T>(&mut rng, ld * n);
        let (x, y) = (spread_vec::<T>(&mut rng, n), spread_vec::<T>(&mut rng, n));
        let (alpha, beta) = (spread::<T>(&mut rng), spread::<T>(&mut rng));
        for uplo in UPLOS {
            for rm in [false, true] {
                let mut out = y.clone();
                ferroblas_kernels::level2::hemv(
                    uplo,
                    alpha,
                    dense(&a, n, ld, rm),
                    VecRef::from_slice(&x),
                    beta,
                    VecMut::from_slice(&mut out),
                );
                log.add(format!("hemv {uplo:?} n={n} row_major={rm}"), &out);
            }
        }
    }
    // hbmv/sbmv and hpmv/spmv.
    for (n, k) in [(1, 0), (5, 1), (17, 3), (40, 8), (100, 9), (300, 20), (300, 299)] {
        let ldab = k + 2;
        let ab = spread_vec::<T>(&mut rng, ldab * n);
        let ap = spread_vec::<T>(&mut rng, n * (n + 1) / 2);
        let (x, y) = (spread_vec::<T>(&mut rng, n), spread_vec::<T>(&mut rng, n));
        let (alpha, beta) = (spread::<T>(&mut rng), spread::<T>(&mut rng));
        for uplo in UPLOS {
            for lay in LAYOUTS {
                let mut out = y.clone();
                let (xv, yv) = (VecRef::from_slice(&x), VecMut::from_slice(&mut out));
                ferroblas_kernels::level2::hbmv(lay, uplo, n, k, alpha, &ab, ldab, xv, beta, yv);
                log.add(format!("hbmv {lay:?} {uplo:?} n={n} k={k}"), &out);
                let mut out = y.clone();
                ferroblas_kernels::level2::hpmv(
                    lay,
                    uplo,
                    alpha,
                    &ap,
                    VecRef::from_slice(&x),
                    beta,
                    VecMut::from_slice(&mut out),
                );
                log.add(format!("hpmv {lay:?} {uplo:?} n={n}"), &out);
            }
        }
    }
    // gemv at threaded sizes (the small ones are in `level2_body`), gbmv.
    for (m, n) in [(700, 400), (400, 700), (3000, 50)] {
        let a = spread_vec::<T>(&mut rng, m * n);
        let (x, y) = (spread_vec::<T>(&mut rng, m.max(n)), spread_vec::<T>(&mut rng, m.max(n)));
        let (alpha, beta) = (spread::<T>(&mut rng), spread::<T>(&mut rng));
        for op in OPS {
            let (lx, ly) = if op.is_trans() { (m, n) } else { (n, m) };
            let mut out = y[..ly].to_vec();
            let av = MatRef::from_col_major(&a, m, n, m);
            ferroblas_kernels::level2::gemv(
                op,
                alpha,
                av,
                VecRef::from_slice(&x[..lx]),
                beta,
                VecMut::from_slice(&mut out),
            );
            log.add(format!("gemv {op:?} m={m} n={n}"), &out);
        }
    }
    for (m, n, kl, ku) in [(1, 1, 0, 0), (7, 5, 1, 2), (40, 33, 3, 9), (300, 200, 20, 7), (64, 80, 63, 79)] {
        let ldab = kl + ku + 2;
        let ab = spread_vec::<T>(&mut rng, ldab * m.max(n));
        let (x, y) = (spread_vec::<T>(&mut rng, m.max(n)), spread_vec::<T>(&mut rng, m.max(n)));
        let (alpha, beta) = (spread::<T>(&mut rng), spread::<T>(&mut rng));
        for lay in LAYOUTS {
            for op in [Op::NoTrans, Op::Trans, Op::ConjTrans] {
                let (lx, ly) = if op.is_trans() { (m, n) } else { (n, m) };
                let mut out = y[..ly].to_vec();
                let (xv, yv) = (VecRef::from_slice(&x[..lx]), VecMut::from_slice(&mut out));
                ferroblas_kernels::level2::gbmv(lay, op, m, n, kl, ku, alpha, &ab, ldab, xv, beta, yv);
                log.add(format!("gbmv {lay:?} {op:?} m={m} n={n} kl={kl} ku={ku}"), &out);
            }
        }
    }
    // Triangular products and solves, dense (blocked), band and packed.
    for n in [1, 5, 8, 9, 17, 33, 100, 300] {
        let ld = n + 1;
        let mut a = tri_matrix::<T>(&mut rng, n, ld * n);
        lift_diag(&mut rng, &mut a, n, ld);
        let x = spread_vec::<T>(&mut rng, n);
        let k = (n / 3).min(9);
        let ldab = k + 1;
        let ab = tri_matrix::<T>(&mut rng, k + 1, ldab * n);
        let ap = tri_matrix::<T>(&mut rng, n, n * (n + 1) / 2);
        for uplo in UPLOS {
            // The diagonal near 1 where each layout stores it (row-major
            // storage of a triangle is the column-major storage of the other).
            let lifted: Vec<(Layout, Vec<T>, Vec<T>)> = LAYOUTS
                .iter()
                .map(|&lay| {
                    let upper = (uplo == Uplo::Upper) == (lay == Layout::ColMajor);
                    let (mut ab, mut ap) = (ab.clone(), ap.clone());
                    for j in 0..n {
                        let dv = T::from_f64s(1.0 + (j % 5) as f64 * 0.125, 0.25 - (j % 3) as f64 * 0.125);
                        ab[j * ldab + if upper { k } else { 0 }] = dv;
                        ap[if upper { j * (j + 1) / 2 + j } else { j * (2 * n - j + 1) / 2 }] = dv;
                    }
                    (lay, ab, ap)
                })
                .collect();
            for op in OPS {
                for diag in DIAGS {
                    for solve in [false, true] {
                        let name = if solve { "sv" } else { "mv" };
                        for rm in [false, true] {
                            let mut out = x.clone();
                            let (av, xv) = (dense(&a, n, ld, rm), VecMut::from_slice(&mut out));
                            if solve {
                                ferroblas_kernels::level2::trsv(uplo, op, diag, av, xv)
                            } else {
                                ferroblas_kernels::level2::trmv(uplo, op, diag, av, xv)
                            }
                            log.add(format!("tr{name} {uplo:?} {op:?} {diag:?} n={n} row_major={rm}"), &out);
                        }
                        for (lay, ab, ap) in &lifted {
                            let (lay, ab, ap) = (*lay, &ab[..], &ap[..]);
                            let mut out = x.clone();
                            let xv = VecMut::from_slice(&mut out);
                            if solve {
                                ferroblas_kernels::level2::tbsv(lay, uplo, op, diag, n, k, ab, ldab, xv)
                            } else {
                                ferroblas_kernels::level2::tbmv(lay, uplo, op, diag, n, k, ab, ldab, xv)
                            }
                            log.add(format!("tb{name} {lay:?} {uplo:?} {op:?} {diag:?} n={n} k={k}"), &out);
                            let mut out = x.clone();
                            let xv = VecMut::from_slice(&mut out);
                            if solve {
                                ferroblas_kernels::level2::tpsv(lay, uplo, op, diag, ap, xv)
                            } else {
                                ferroblas_kernels::level2::tpmv(lay, uplo, op, diag, ap, xv)
                            }
                            log.add(format!("tp{name} {lay:?} {uplo:?} {op:?} {diag:?} n={n}"), &out);
                        }
                    }
                }
            }
        }
    }
    // Rank updates (GER's small shapes are in `level2_body`).
    for n in [1, 5, 17, 100, 600] {
        let ld = n + 1;
        let a = spread_vec::<T>(&mut rng, ld * n);
        let ap = spread_vec::<T>(&mut rng, n * (n + 1) / 2);
        let (x, y) = (spread_vec::<T>(&mut rng, n), spread_vec::<T>(&mut rng, n));
        let alpha = spread::<T>(&mut rng);
        let ra = spread::<T>(&mut rng).re();
        let (xv, yv) = (VecRef::from_slice(&x), VecRef::from_slice(&y));
        let mut out = a.clone();
        ferroblas_kernels::level2::ger(alpha, xv, yv, MatMut::from_col_major(&mut out, n, n, ld));
        log.add(format!("ger n={n}"), &out);
        let mut out = a.clone();
        ferroblas_kernels::level2::gerc(alpha, xv, yv, MatMut::from_col_major(&mut out, n, n, ld));
        log.add(format!("gerc n={n}"), &out);
        for uplo in UPLOS {
            let mut out = a.clone();
            ferroblas_kernels::level2::her(uplo, ra, xv, MatMut::from_col_major(&mut out, n, n, ld));
            log.add(format!("her {uplo:?} n={n}"), &out);
            let mut out = a.clone();
            ferroblas_kernels::level2::her2(uplo, alpha, xv, yv, MatMut::from_col_major(&mut out, n, n, ld));
            log.add(format!("her2 {uplo:?} n={n}"), &out);
            for lay in LAYOUTS {
                let mut out = ap.clone();
                ferroblas_kernels::level2::hpr(lay, uplo, ra, xv, &mut out);
                log.add(format!("hpr {lay:?} {uplo:?} n={n}"), &out);
                let mut out = ap.clone();
                ferroblas_kernels::level2::hpr2(lay, uplo, alpha, xv, yv, &mut out);
                log.add(format!("hpr2 {lay:?} {uplo:?} n={n}"), &out);
            }
        }
    }
    // nrm2: the plain sum of squares and the scaled fallback (near overflow,
    // near underflow, mixed), contiguous and strided.
    let single = T::Real::EPSILON > T::Real::from_f64(1e-10);
    let big = T::Real::from_f64(if single { 1e36 } else { 1e300 });
    let small = T::Real::from_f64(if single { 1e-36 } else { 1e-300 });
    for n in [1, 5, 33, 100, 5000] {
        let x = spread_vec::<T>(&mut rng, 2 * n);
        for (what, s) in [("plain", one.re()), ("big", big), ("small", small)] {
            let mut xs: Vec<T> = x.iter().map(|v| v.scale_real(s)).collect();
            let mut outs = vec![level1_nrm2::<T>(&xs, 1, n), level1_nrm2::<T>(&xs, 2, n)];
            // One big element among small ones: the three accumulators.
            xs[n / 2] = xs[n / 2].scale_real(big / s);
            outs.push(level1_nrm2::<T>(&xs, 1, n));
            log.add(format!("nrm2 {what} n={n}"), &outs.iter().map(|&r| T::from_real(r)).collect::<Vec<T>>());
        }
    }
}

/// `nrm2` of `n` elements of `x` at increment `inc`.
fn level1_nrm2<T: TestScalar>(x: &[T], inc: isize, n: usize) -> T::Real {
    // SAFETY: `x` holds `n` elements at increment `inc` (callers pass 2n elements).
    let v = unsafe { VecRef::from_raw_parts(x.as_ptr(), n, inc) };
    ferroblas_kernels::level1::nrm2(v)
}

/// A command that runs the test binary `exe` again: through
/// `FERROBLAS_TEST_RUNNER` (a program and its arguments, separated by spaces)
/// where one is set, as under qemu-user, which cannot `exec` a guest binary
/// by itself (the aarch64 CI step sets it to cargo's runner).
fn child_command(exe: &std::path::Path) -> std::process::Command {
    match std::env::var("FERROBLAS_TEST_RUNNER") {
        Ok(runner) if !runner.trim().is_empty() => {
            let mut parts = runner.split_whitespace();
            let mut cmd = std::process::Command::new(parts.next().expect("a non-empty runner"));
            cmd.args(parts).arg(exe);
            cmd
        }
        _ => std::process::Command::new(exe),
    }
}

/// The Level-2 drivers and `nrm2` give the same bits on every table and at
/// one and two threads: this binary runs itself once per configuration.
#[test]
fn drivers() {
    if let Ok(path) = std::env::var(CHILD_OUT) {
        let mut log = Log(Vec::new());
        drivers_body::<f32>(&mut log);
        drivers_body::<f64>(&mut log);
        drivers_body::<c32>(&mut log);
        drivers_body::<c64>(&mut log);
        std::fs::write(path, log.0.join("\n")).expect("writing the child's hashes");
        return;
    }
    let exe = std::env::current_exe().expect("the test binary");
    let mut configs: Vec<(Arch, usize)> = Arch::runnable().into_iter().map(|a| (a, 2)).collect();
    configs.push((Arch::detect(), 1));
    let mut first: Option<(String, Vec<String>)> = None;
    for (arch, nt) in configs {
        let who = format!("{} threads={nt}", arch.name());
        let out = std::env::temp_dir().join(format!("ferroblas-cross-{}-{}-{nt}", std::process::id(), arch.name()));
        let status = child_command(&exe)
            .args(["--exact", "drivers", "--test-threads=1", "--quiet"])
            .env("FERROBLAS_ARCH", arch.name())
            .env("FERROBLAS_NUM_THREADS", nt.to_string())
            .env(CHILD_OUT, &out)
            .status()
            .expect("running the child");
        assert!(status.success(), "the child for {who} failed");
        let text = std::fs::read_to_string(&out).expect("the child's hashes");
        let _ = std::fs::remove_file(&out);
        let lines: Vec<String> = text.lines().map(str::to_owned).collect();
        match &first {
            None => first = Some((who, lines)),
            Some((w0, want)) => {
                assert_eq!(lines.len(), want.len(), "{who} and {w0} ran different cases");
                let bad: Vec<String> =
                    lines.iter().zip(want).filter(|(g, w)| g != w).map(|(g, w)| format!("{g}  vs  {w}")).collect();
                assert!(bad.is_empty(), "{who} differs from {w0} in {} cases:\n{}", bad.len(), bad.join("\n"));
            }
        }
    }
}

for_each_type! {
    level1 => level1_body;
    level2 => level2_body;
    gemm => gemm_body;
}
