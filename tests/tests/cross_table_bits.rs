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
//! threads. Not yet: `symv`/`hemv`'s panel kernels, `trsv`/`trmv`, TRMM/TRSM.

use ferroblas_kernels::dispatch::{Arch, BuildKernels, Kernels};
use ferroblas_kernels::level3::{self, GemmOptions, SmallPath, KC};
use ferroblas_kernels::{MatMut, MatRef, RealScalar, Trans};
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

for_each_type! {
    level1 => level1_body;
    level2 => level2_body;
    gemm => gemm_body;
}
