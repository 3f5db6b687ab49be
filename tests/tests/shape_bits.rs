//! The same bits whatever the shape of the call: each output element of a
//! Level-2 or Level-3 routine is compared, bit for bit, between a large call
//! and a smaller call that contains it (a sub-problem: the same element's
//! operands, fewer rows or columns around it), for all four precisions.
//!
//! What a sub-problem is depends on the routine: any block of rows and
//! columns of C for GEMM, GER and GEMV (rows for `N`, columns for `T`/`C`);
//! the columns of B (or its rows, from the right) for SYMM/HEMM; a principal
//! block of C for SYRK/HERK/SYR2K/HER2K and of A for HER/HER2 (SYR/SYR2 for
//! reals) and their packed forms; for TRMM/TRSM, TRMV/TRSV, TBMV/TBSV and
//! TPMV/TPSV, the leading block of a triangle whose recurrence starts at its
//! first row (lower, as op(A) sees it from the left) and the trailing block
//! of one that starts at its last, plus any block of the other dimension of
//! B; for GBMV, the leading rows (`N`) or columns (`T`/`C`). SYMV/HEMV and
//! their band and packed forms sum over the whole matrix, so a smaller call
//! is a different sum; their sub-problem is the leading block (the trailing
//! one for lower packed storage, a suffix of it) with `x` padded by zeros:
//! every padded term adds an exact zero, so the elements of the block must
//! keep their bits (finite data; the dense routine's slab path for `n >= 512`
//! sums differently from its direct path, so both sizes stay on one side).
//! The symmetric SYMM dimension has no sub-problem.
//!
//! The sizes reach past the GEMM engine's depth split (KC) and the small-
//! path/blocked-path threshold, and several levels of the TRMM/TRSM
//! recursion. Everything runs on the kernel table `FERROBLAS_ARCH` selects;
//! CI runs this binary once per table.

use ferroblas_kernels::level2::{self, Layout};
use ferroblas_kernels::level3;
use ferroblas_kernels::{Diag, MatMut, MatRef, Side, Trans, Uplo, VecMut, VecRef};
use ferroblas_tests::{assert_bits, random_vec, Rng, TestScalar};

const UPLOS: [Uplo; 2] = [Uplo::Upper, Uplo::Lower];
const TRANS: [Trans; 3] = [Trans::No, Trans::Trans, Trans::ConjTrans];
const DIAGS: [Diag; 2] = [Diag::NonUnit, Diag::Unit];

/// The depth of GEMM-like calls: past any table's KC (at most 384).
const DEPTH: usize = 400;
/// The triangle of TRMM/TRSM: its recursion cuts at 512, 256, ...; its
/// largest GEMM is deeper than KC.
const TRI: usize = 600;
/// Sub-problem sizes of a triangle of [`TRI`] rows.
const TRI_SUBS: [usize; 8] = [1, 7, 8, 32, 33, 100, 257, 599];

/// Element `(i, j)` of a column-major buffer.
fn at<T: Copy>(buf: &[T], ld: usize, i: usize, j: usize) -> T {
    buf[i + j * ld]
}

/// Asserts that rows `r0..r0+m`, columns `c0..c0+n` of `got` and `want`
/// (column-major, leading dimension `ld`) hold the same bits; `keep(i, j)`
/// (global indices) selects the elements to compare.
#[allow(clippy::too_many_arguments)]
fn same_block<T: TestScalar>(
    got: &[T],
    want: &[T],
    ld: usize,
    (r0, m): (usize, usize),
    (c0, n): (usize, usize),
    keep: impl Fn(usize, usize) -> bool,
    ctx: &dyn Fn() -> String,
) {
    for j in c0..c0 + n {
        for i in r0..r0 + m {
            if keep(i, j) {
                assert_bits(at(got, ld, i, j), at(want, ld, i, j), || format!("{} at ({i}, {j})", ctx()));
            }
        }
    }
}

/// A well-conditioned triangle-friendly square matrix: diagonal near 1 in
/// magnitude, off-diagonal entries of order `1/n`, so solves stay bounded.
fn tri_matrix<T: TestScalar>(rng: &mut Rng, n: usize) -> Vec<T> {
    let mut a: Vec<T> = random_vec(rng, n * n);
    let s = T::from_f64s(1.0 / n as f64, 0.0);
    for j in 0..n {
        for i in 0..n {
            a[i + j * n] = if i == j { T::from_f64s(1.0 + rng.unit(), 0.25 * rng.sym()) } else { a[i + j * n] * s };
        }
    }
    a
}

fn scalar<T: TestScalar>(rng: &mut Rng) -> T {
    T::random(rng)
}

// ---------------------------------------------------------------------------
// Level 3.

fn gemm_body<T: TestScalar>() {
    let mut rng = Rng::new(1);
    // 400 x 40 x 400 takes the blocked path; the sub-problems mostly the small one.
    let (m, n, k) = (400, 40, DEPTH);
    let subs = [(0, 1, 0, 1), (3, 17, 5, 9), (0, 400, 20, 20), (64, 6, 0, 40), (13, 250, 7, 1), (399, 1, 39, 1)];
    for ta in TRANS {
        for tb in TRANS {
            let (ar, ac) = if ta == Trans::No { (m, k) } else { (k, m) };
            let (br, bc) = if tb == Trans::No { (k, n) } else { (n, k) };
            let a: Vec<T> = random_vec(&mut rng, ar * ac);
            let b: Vec<T> = random_vec(&mut rng, br * bc);
            let c0: Vec<T> = random_vec(&mut rng, m * n);
            let (alpha, beta) = (scalar::<T>(&mut rng), scalar::<T>(&mut rng));
            let mut big = c0.clone();
            let (av, bv) = (MatRef::from_col_major(&a, ar, ac, ar), MatRef::from_col_major(&b, br, bc, br));
            level3::gemm(ta, tb, alpha, av, bv, beta, MatMut::from_col_major(&mut big, m, n, m));
            for &(i0, mm, j0, nn) in &subs {
                let mut sub = c0.clone();
                let av = if ta == Trans::No {
                    MatRef::from_col_major(&a[i0..], mm, k, ar)
                } else {
                    MatRef::from_col_major(&a[i0 * ar..], k, mm, ar)
                };
                let bv = if tb == Trans::No {
                    MatRef::from_col_major(&b[j0 * br..], k, nn, br)
                } else {
                    MatRef::from_col_major(&b[j0..], nn, k, br)
                };
                let cv = MatMut::from_col_major(&mut sub[i0 + j0 * m..], mm, nn, m);
                level3::gemm(ta, tb, alpha, av, bv, beta, cv);
                let ctx = || format!("gemm {ta:?} {tb:?} rows {i0}+{mm} cols {j0}+{nn} of {m}x{n}x{k}");
                same_block(&sub, &big, m, (i0, mm), (j0, nn), |_, _| true, &ctx);
            }
        }
    }
}

fn symm_body<T: TestScalar>() {
    let mut rng = Rng::new(2);
    let (ka, other) = (300, 40);
    let subs = [(0, 1), (5, 9), (0, 40), (39, 1), (8, 24)];
    for herm in [false, true] {
        for side in [Side::Left, Side::Right] {
            for uplo in UPLOS {
                let (m, n) = if side == Side::Left { (ka, other) } else { (other, ka) };
                let a: Vec<T> = random_vec(&mut rng, ka * ka);
                let b: Vec<T> = random_vec(&mut rng, m * n);
                let c0: Vec<T> = random_vec(&mut rng, m * n);
                let (alpha, beta) = (scalar::<T>(&mut rng), scalar::<T>(&mut rng));
                let call = |bv: MatRef<'_, T>, cv: MatMut<'_, T>| {
                    let av = MatRef::from_col_major(&a, ka, ka, ka);
                    if herm {
                        level3::hemm(side, uplo, alpha, av, bv, beta, cv)
                    } else {
                        level3::symm(side, uplo, alpha, av, bv, beta, cv)
                    }
                };
                let mut big = c0.clone();
                call(MatRef::from_col_major(&b, m, n, m), MatMut::from_col_major(&mut big, m, n, m));
                for &(s0, len) in &subs {
                    let mut sub = c0.clone();
                    // The free dimension: columns of B and C from the left, rows from the right.
                    let (off, sm, sn) = if side == Side::Left { (s0 * m, m, len) } else { (s0, len, n) };
                    call(
                        MatRef::from_col_major(&b[off..], sm, sn, m),
                        MatMut::from_col_major(&mut sub[off..], sm, sn, m),
                    );
                    let name = if herm { "hemm" } else { "symm" };
                    let ctx = || format!("{name} {side:?} {uplo:?} {s0}+{len} of {m}x{n}");
                    let (rows, cols) = if side == Side::Left { ((0, m), (s0, len)) } else { ((s0, len), (0, n)) };
                    same_block(&sub, &big, m, rows, cols, |_, _| true, &ctx);
                }
            }
        }
    }
}

/// SYRK, HERK, SYR2K and HER2K (`kind` 0 to 3) on principal blocks of C.
fn rank_k_body<T: TestScalar>(kind: usize) {
    let mut rng = Rng::new(3 + kind as u64);
    let (n, k) = (300, DEPTH);
    let subs = [(0, 1), (0, 33), (7, 100), (150, 150), (299, 1), (0, 300)];
    let herm = kind % 2 == 1;
    let trans = if herm { Trans::ConjTrans } else { Trans::Trans };
    for uplo in UPLOS {
        for t in [Trans::No, trans] {
            let (ar, ac) = if t == Trans::No { (n, k) } else { (k, n) };
            let a: Vec<T> = random_vec(&mut rng, ar * ac);
            let b: Vec<T> = random_vec(&mut rng, ar * ac);
            let mut c0: Vec<T> = random_vec(&mut rng, n * n);
            for j in 0..n {
                // A Hermitian C has a real diagonal.
                if herm {
                    c0[j + j * n] = T::from_real(c0[j + j * n].re());
                }
            }
            let (alpha, beta) = (scalar::<T>(&mut rng), scalar::<T>(&mut rng));
            let (ra, rb) = (alpha.re(), beta.re());
            let call = |s0: usize, len: usize, c: &mut [T]| {
                let off = if t == Trans::No { s0 } else { s0 * ar };
                let (sr, sc) = if t == Trans::No { (len, k) } else { (k, len) };
                let av = MatRef::from_col_major(&a[off..], sr, sc, ar);
                let bv = MatRef::from_col_major(&b[off..], sr, sc, ar);
                let cv = MatMut::from_col_major(&mut c[s0 + s0 * n..], len, len, n);
                match kind {
                    0 => level3::syrk(uplo, t, alpha, av, beta, cv),
                    1 => level3::herk(uplo, t, ra, av, rb, cv),
                    2 => level3::syr2k(uplo, t, alpha, av, bv, beta, cv),
                    _ => level3::her2k(uplo, t, alpha, av, bv, rb, cv),
                }
            };
            let mut big = c0.clone();
            call(0, n, &mut big);
            for &(s0, len) in &subs {
                let mut sub = c0.clone();
                call(s0, len, &mut sub);
                let name = ["syrk", "herk", "syr2k", "her2k"][kind];
                let ctx = || format!("{name} {uplo:?} {t:?} block {s0}+{len} of {n}, k = {k}");
                let keep = |i: usize, j: usize| if uplo == Uplo::Lower { i >= j } else { i <= j };
                same_block(&sub, &big, n, (s0, len), (s0, len), keep, &ctx);
            }
        }
    }
}

fn syrk_body<T: TestScalar>() {
    rank_k_body::<T>(0)
}
fn herk_body<T: TestScalar>() {
    rank_k_body::<T>(1)
}
fn syr2k_body<T: TestScalar>() {
    rank_k_body::<T>(2)
}
fn her2k_body<T: TestScalar>() {
    rank_k_body::<T>(3)
}

/// Whether a triangular problem's recurrence starts at the triangle's first
/// row and column (so its leading blocks are closed sub-problems), else at
/// its last (trailing blocks). From the left op(A) acts on B's rows; from
/// the right op(A)^T acts on B^T's.
fn leading(side: Side, uplo: Uplo, trans: Trans) -> bool {
    let lower = (uplo == Uplo::Lower) != (trans != Trans::No);
    (side == Side::Left) == lower
}

/// TRMM (`solve = false`) or TRSM on every leading or trailing block of the
/// triangle, and on blocks of the other dimension of B.
fn trxm_body<T: TestScalar>(solve: bool) {
    let mut rng = Rng::new(if solve { 11 } else { 12 });
    let other = 9;
    for side in [Side::Left, Side::Right] {
        for uplo in UPLOS {
            for trans in TRANS {
                for diag in DIAGS {
                    let a = tri_matrix::<T>(&mut rng, TRI);
                    let (m, n) = if side == Side::Left { (TRI, other) } else { (other, TRI) };
                    let b0: Vec<T> = random_vec(&mut rng, m * n);
                    let alpha = scalar::<T>(&mut rng);
                    // (offset along the triangle, its size, offset along the other dimension, its size)
                    let call = |t0: usize, tl: usize, o0: usize, ol: usize, b: &mut [T]| {
                        let av = MatRef::from_col_major(&a[t0 + t0 * TRI..], tl, tl, TRI);
                        let (off, sm, sn) =
                            if side == Side::Left { (t0 + o0 * m, tl, ol) } else { (o0 + t0 * m, ol, tl) };
                        let bv = MatMut::from_col_major(&mut b[off..], sm, sn, m);
                        if solve {
                            level3::trsm(side, uplo, trans, diag, alpha, av, bv)
                        } else {
                            level3::trmm(side, uplo, trans, diag, alpha, av, bv)
                        }
                    };
                    let mut big = b0.clone();
                    call(0, TRI, 0, other, &mut big);
                    let lead = leading(side, uplo, trans);
                    let mut cases: Vec<(usize, usize, usize, usize)> = Vec::new();
                    for &s in &TRI_SUBS {
                        let t0 = if lead { 0 } else { TRI - s };
                        cases.push((t0, s, 0, other));
                        cases.push((t0, s, 2, 3));
                    }
                    cases.push((0, TRI, 4, 1));
                    cases.push((0, TRI, 0, 8));
                    for &(t0, tl, o0, ol) in &cases {
                        let mut sub = b0.clone();
                        call(t0, tl, o0, ol, &mut sub);
                        let name = if solve { "trsm" } else { "trmm" };
                        let ctx = || {
                            format!("{name} {side:?} {uplo:?} {trans:?} {diag:?}: triangle {t0}+{tl} of {TRI}, other {o0}+{ol} of {other}")
                        };
                        let (rows, cols) = if side == Side::Left { ((t0, tl), (o0, ol)) } else { ((o0, ol), (t0, tl)) };
                        same_block(&sub, &big, m, rows, cols, |_, _| true, &ctx);
                    }
                }
            }
        }
    }
}

fn trmm_body<T: TestScalar>() {
    trxm_body::<T>(false)
}
fn trsm_body<T: TestScalar>() {
    trxm_body::<T>(true)
}

// ---------------------------------------------------------------------------
// Level 2.

fn gemv_body<T: TestScalar>() {
    let mut rng = Rng::new(21);
    let (m, n) = (300, 600);
    for t in TRANS {
        let a: Vec<T> = random_vec(&mut rng, m * n);
        let (xl, yl) = if t == Trans::No { (n, m) } else { (m, n) };
        let x: Vec<T> = random_vec(&mut rng, xl);
        let y0: Vec<T> = random_vec(&mut rng, yl);
        let (alpha, beta) = (scalar::<T>(&mut rng), scalar::<T>(&mut rng));
        let mut big = y0.clone();
        level2::gemv(
            t,
            alpha,
            MatRef::from_col_major(&a, m, n, m),
            VecRef::from_slice(&x),
            beta,
            VecMut::from_slice(&mut big),
        );
        for (s0, len) in [(0, 1), (0, 7), (5, 64), (100, 200), (yl - 1, 1), (3, yl - 3)] {
            let mut sub = y0.clone();
            let av = if t == Trans::No {
                MatRef::from_col_major(&a[s0..], len, n, m)
            } else {
                MatRef::from_col_major(&a[s0 * m..], m, len, m)
            };
            level2::gemv(t, alpha, av, VecRef::from_slice(&x), beta, VecMut::from_slice(&mut sub[s0..s0 + len]));
            let ctx = || format!("gemv {t:?} elements {s0}+{len} of {m}x{n}");
            same_block(&sub, &big, yl, (s0, len), (0, 1), |_, _| true, &ctx);
        }
    }
}

fn ger_body<T: TestScalar>() {
    let mut rng = Rng::new(22);
    let (m, n) = (300, 200);
    for conj in [false, true] {
        let a0: Vec<T> = random_vec(&mut rng, m * n);
        let x: Vec<T> = random_vec(&mut rng, m);
        let y: Vec<T> = random_vec(&mut rng, n);
        let alpha = scalar::<T>(&mut rng);
        let call = |i0: usize, mm: usize, j0: usize, nn: usize, a: &mut [T]| {
            let (xv, yv) = (VecRef::from_slice(&x[i0..i0 + mm]), VecRef::from_slice(&y[j0..j0 + nn]));
            let av = MatMut::from_col_major(&mut a[i0 + j0 * m..], mm, nn, m);
            if conj {
                level2::gerc(alpha, xv, yv, av)
            } else {
                level2::ger(alpha, xv, yv, av)
            }
        };
        let mut big = a0.clone();
        call(0, m, 0, n, &mut big);
        for (i0, mm, j0, nn) in [(0, 1, 0, 1), (3, 17, 5, 9), (0, 300, 20, 20), (64, 6, 0, 200), (299, 1, 199, 1)] {
            let mut sub = a0.clone();
            call(i0, mm, j0, nn, &mut sub);
            let ctx = || format!("ger{} rows {i0}+{mm} cols {j0}+{nn}", if conj { "c" } else { "" });
            same_block(&sub, &big, m, (i0, mm), (j0, nn), |_, _| true, &ctx);
        }
    }
}

/// HER (SYR for reals) and HER2 (SYR2), full and packed storage, on principal blocks.
fn her_body<T: TestScalar>() {
    let mut rng = Rng::new(23);
    let n = 300;
    for rank2 in [false, true] {
        for uplo in UPLOS {
            let mut a0: Vec<T> = random_vec(&mut rng, n * n);
            for j in 0..n {
                a0[j + j * n] = T::from_real(a0[j + j * n].re());
            }
            let x: Vec<T> = random_vec(&mut rng, n);
            let y: Vec<T> = random_vec(&mut rng, n);
            let alpha = scalar::<T>(&mut rng);
            let call = |s0: usize, len: usize, a: &mut [T]| {
                let (xv, yv) = (VecRef::from_slice(&x[s0..s0 + len]), VecRef::from_slice(&y[s0..s0 + len]));
                let av = MatMut::from_col_major(&mut a[s0 + s0 * n..], len, len, n);
                if rank2 {
                    level2::her2(uplo, alpha, xv, yv, av)
                } else {
                    level2::her(uplo, alpha.re(), xv, av)
                }
            };
            let mut big = a0.clone();
            call(0, n, &mut big);
            let keep = |i: usize, j: usize| if uplo == Uplo::Lower { i >= j } else { i <= j };
            for (s0, len) in [(0, 1), (0, 33), (7, 100), (150, 150), (299, 1)] {
                let mut sub = a0.clone();
                call(s0, len, &mut sub);
                let ctx = || format!("her{} {uplo:?} block {s0}+{len} of {n}", if rank2 { "2" } else { "" });
                same_block(&sub, &big, n, (s0, len), (s0, len), keep, &ctx);
            }
            // Packed: the leading block of an upper triangle is a prefix of
            // its storage, the trailing block of a lower one a suffix.
            let mut ap0 = Vec::with_capacity(n * (n + 1) / 2);
            for j in 0..n {
                let rows = if uplo == Uplo::Upper { 0..j + 1 } else { j..n };
                ap0.extend(rows.map(|i| a0[i + j * n]));
            }
            let pcall = |len: usize, ap: &mut [T]| {
                let s0 = if uplo == Uplo::Upper { 0 } else { n - len };
                let (xv, yv) = (VecRef::from_slice(&x[s0..s0 + len]), VecRef::from_slice(&y[s0..s0 + len]));
                let tail = ap.len() - len * (len + 1) / 2;
                let p = if uplo == Uplo::Upper { &mut ap[..len * (len + 1) / 2] } else { &mut ap[tail..] };
                if rank2 {
                    level2::hpr2(Layout::ColMajor, uplo, alpha, xv, yv, p)
                } else {
                    level2::hpr(Layout::ColMajor, uplo, alpha.re(), xv, p)
                }
            };
            let mut pbig = ap0.clone();
            pcall(n, &mut pbig);
            for len in [1, 33, 100, 299] {
                let mut psub = ap0.clone();
                pcall(len, &mut psub);
                let (lo, hi) = if uplo == Uplo::Upper {
                    (0, len * (len + 1) / 2)
                } else {
                    (ap0.len() - len * (len + 1) / 2, ap0.len())
                };
                for q in lo..hi {
                    assert_bits(psub[q], pbig[q], || {
                        format!(
                            "hp{} {uplo:?} packed block of {len} of {n}, element {q}",
                            if rank2 { "r2" } else { "r" }
                        )
                    });
                }
            }
        }
    }
}

/// TRMV/TRSV (full), TBMV/TBSV (band) and TPMV/TPSV (packed) on leading or
/// trailing blocks.
fn trxv_body<T: TestScalar>(solve: bool) {
    let mut rng = Rng::new(if solve { 31 } else { 32 });
    let n = TRI;
    for uplo in UPLOS {
        for trans in TRANS {
            for diag in DIAGS {
                let a = tri_matrix::<T>(&mut rng, n);
                let x0: Vec<T> = random_vec(&mut rng, n);
                let lead = leading(Side::Left, uplo, trans);
                let name = if solve { "trsv" } else { "trmv" };
                let mut big = x0.clone();
                let full = |s0: usize, len: usize, x: &mut [T]| {
                    let av = MatRef::from_col_major(&a[s0 + s0 * n..], len, len, n);
                    let xv = VecMut::from_slice(&mut x[s0..s0 + len]);
                    if solve {
                        level2::trsv(uplo, trans, diag, av, xv)
                    } else {
                        level2::trmv(uplo, trans, diag, av, xv)
                    }
                };
                full(0, n, &mut big);
                for &len in &TRI_SUBS {
                    let s0 = if lead { 0 } else { n - len };
                    let mut sub = x0.clone();
                    full(s0, len, &mut sub);
                    let ctx = || format!("{name} {uplo:?} {trans:?} {diag:?}: block {s0}+{len} of {n}");
                    same_block(&sub, &big, n, (s0, len), (0, 1), |_, _| true, &ctx);
                }
                // Band: column-major band storage of the `kb` diagonals next
                // to the main one; 12 makes the columns near the end shorter
                // in a smaller call than in the big one, across the length
                // where a scalar path used to take over.
                for kb in [5, 12] {
                    let ld = kb + 1;
                    let mut ab = vec![T::zero(); ld * n];
                    for j in 0..n {
                        for d in 0..=kb {
                            let (i, row) = if uplo == Uplo::Upper {
                                (j as isize - d as isize, kb - d)
                            } else {
                                ((j + d) as isize, d)
                            };
                            if i >= 0 && (i as usize) < n {
                                ab[row + j * ld] = a[i as usize + j * n];
                            }
                        }
                    }
                    let band = |s0: usize, len: usize, x: &mut [T]| {
                        let xv = VecMut::from_slice(&mut x[s0..s0 + len]);
                        let abs = &ab[s0 * ld..];
                        if solve {
                            level2::tbsv(Layout::ColMajor, uplo, trans, diag, len, kb, abs, ld, xv)
                        } else {
                            level2::tbmv(Layout::ColMajor, uplo, trans, diag, len, kb, abs, ld, xv)
                        }
                    };
                    let mut big = x0.clone();
                    band(0, n, &mut big);
                    for &len in &TRI_SUBS {
                        let s0 = if lead { 0 } else { n - len };
                        let mut sub = x0.clone();
                        band(s0, len, &mut sub);
                        let ctx =
                            || format!("tb{} {uplo:?} {trans:?} {diag:?} k={kb}: block {s0}+{len} of {n}", &name[2..]);
                        same_block(&sub, &big, n, (s0, len), (0, 1), |_, _| true, &ctx);
                    }
                }
                // Packed: a closed block is contiguous only when it is the
                // leading one of an upper triangle or the trailing one of a
                // lower one, i.e. with op(A) transposed.
                if trans == Trans::No {
                    continue;
                }
                let mut ap = Vec::with_capacity(n * (n + 1) / 2);
                for j in 0..n {
                    let rows = if uplo == Uplo::Upper { 0..j + 1 } else { j..n };
                    ap.extend(rows.map(|i| a[i + j * n]));
                }
                let packed = |len: usize, x: &mut [T]| {
                    let s0 = if lead { 0 } else { n - len };
                    let xv = VecMut::from_slice(&mut x[s0..s0 + len]);
                    let p = if uplo == Uplo::Upper {
                        &ap[..len * (len + 1) / 2]
                    } else {
                        &ap[ap.len() - len * (len + 1) / 2..]
                    };
                    if solve {
                        level2::tpsv(Layout::ColMajor, uplo, trans, diag, p, xv)
                    } else {
                        level2::tpmv(Layout::ColMajor, uplo, trans, diag, p, xv)
                    }
                };
                let mut big = x0.clone();
                packed(n, &mut big);
                for &len in &TRI_SUBS {
                    let s0 = if lead { 0 } else { n - len };
                    let mut sub = x0.clone();
                    packed(len, &mut sub);
                    let ctx = || format!("tp{} {uplo:?} {trans:?} {diag:?}: block {s0}+{len} of {n}", &name[2..]);
                    same_block(&sub, &big, n, (s0, len), (0, 1), |_, _| true, &ctx);
                }
            }
        }
    }
}

/// HEMV/SYMV on the leading block of the matrix (same storage) against the
/// whole matrix with `x` zero beyond the block; HBMV/SBMV likewise on the
/// leading columns of the band storage, HPMV/SPMV on the leading block of an
/// upper packed triangle (a prefix) and the trailing one of a lower (a suffix).
fn hemv_body<T: TestScalar>() {
    let mut rng = Rng::new(41);
    for (n, subs) in [(300, &[1usize, 4, 5, 8, 13, 64, 299][..]), (700, &[600, 651][..])] {
        let a: Vec<T> = random_vec(&mut rng, n * n);
        let x0: Vec<T> = random_vec(&mut rng, n);
        let y0: Vec<T> = random_vec(&mut rng, n);
        let (alpha, beta) = (scalar::<T>(&mut rng), scalar::<T>(&mut rng));
        for uplo in UPLOS {
            let call = |len: usize, x: &[T], y: &mut [T]| {
                let av = MatRef::from_col_major(&a, len, len, n);
                level2::hemv(uplo, alpha, av, VecRef::from_slice(&x[..len]), beta, VecMut::from_slice(&mut y[..len]))
            };
            for &len in subs {
                let mut xz = x0.clone();
                xz[len..].fill(T::zero());
                let mut big = y0.clone();
                call(n, &xz, &mut big);
                let mut sub = y0.clone();
                call(len, &x0, &mut sub);
                let ctx = || format!("hemv {uplo:?}: leading block of {len} of {n}, x padded by zeros");
                same_block(&sub, &big, n, (0, len), (0, 1), |_, _| true, &ctx);
            }
        }
    }
    let n = 300;
    let x0: Vec<T> = random_vec(&mut rng, n);
    let y0: Vec<T> = random_vec(&mut rng, n);
    let (alpha, beta) = (scalar::<T>(&mut rng), scalar::<T>(&mut rng));
    for uplo in UPLOS {
        for k in [3, 12, 40] {
            let ld = k + 1;
            let ab: Vec<T> = random_vec(&mut rng, ld * n);
            for len in [1, 5, 13, 64, 299] {
                let mut xz = x0.clone();
                xz[len..].fill(T::zero());
                let mut big = y0.clone();
                let (xv, yv) = (VecRef::from_slice(&xz), VecMut::from_slice(&mut big));
                level2::hbmv(Layout::ColMajor, uplo, n, k, alpha, &ab, ld, xv, beta, yv);
                let mut sub = y0.clone();
                let (xv, yv) = (VecRef::from_slice(&x0[..len]), VecMut::from_slice(&mut sub[..len]));
                level2::hbmv(Layout::ColMajor, uplo, len, k, alpha, &ab, ld, xv, beta, yv);
                let ctx = || format!("hbmv {uplo:?} k={k}: leading block of {len} of {n}, x padded by zeros");
                same_block(&sub, &big, n, (0, len), (0, 1), |_, _| true, &ctx);
            }
        }
        let ap: Vec<T> = random_vec(&mut rng, n * (n + 1) / 2);
        for len in [1, 5, 13, 64, 299] {
            let s0 = if uplo == Uplo::Upper { 0 } else { n - len };
            let mut xz = vec![T::zero(); n];
            xz[s0..s0 + len].copy_from_slice(&x0[s0..s0 + len]);
            let mut big = y0.clone();
            level2::hpmv(
                Layout::ColMajor,
                uplo,
                alpha,
                &ap,
                VecRef::from_slice(&xz),
                beta,
                VecMut::from_slice(&mut big),
            );
            let p =
                if uplo == Uplo::Upper { &ap[..len * (len + 1) / 2] } else { &ap[ap.len() - len * (len + 1) / 2..] };
            let mut sub = y0.clone();
            let (xv, yv) = (VecRef::from_slice(&x0[s0..s0 + len]), VecMut::from_slice(&mut sub[s0..s0 + len]));
            level2::hpmv(Layout::ColMajor, uplo, alpha, p, xv, beta, yv);
            let ctx = || format!("hpmv {uplo:?}: block {s0}+{len} of {n}, x padded by zeros");
            same_block(&sub, &big, n, (s0, len), (0, 1), |_, _| true, &ctx);
        }
    }
}

/// GBMV: `N` on the leading rows, `T`/`C` on the leading columns.
fn gbmv_body<T: TestScalar>() {
    let mut rng = Rng::new(42);
    let (m, n) = (300, 280);
    for (kl, ku) in [(0, 0), (3, 12), (40, 9)] {
        let ld = kl + ku + 1;
        let ab: Vec<T> = random_vec(&mut rng, ld * n);
        let x: Vec<T> = random_vec(&mut rng, m.max(n));
        let y0: Vec<T> = random_vec(&mut rng, m.max(n));
        let (alpha, beta) = (scalar::<T>(&mut rng), scalar::<T>(&mut rng));
        for t in TRANS {
            let call = |mm: usize, nn: usize, y: &mut [T]| {
                let (lx, ly) = if t == Trans::No { (nn, mm) } else { (mm, nn) };
                let (xv, yv) = (VecRef::from_slice(&x[..lx]), VecMut::from_slice(&mut y[..ly]));
                level2::gbmv(Layout::ColMajor, t, mm, nn, kl, ku, alpha, &ab, ld, xv, beta, yv)
            };
            let mut big = y0.clone();
            call(m, n, &mut big);
            for len in [1, 5, 13, 64, 279] {
                let mut sub = y0.clone();
                let (mm, nn) = if t == Trans::No { (len, n) } else { (m, len) };
                call(mm, nn, &mut sub);
                let ctx = || format!("gbmv {t:?} kl={kl} ku={ku}: {mm}x{nn} of {m}x{n}");
                same_block(&sub, &big, m.max(n), (0, len), (0, 1), |_, _| true, &ctx);
            }
        }
    }
}

/// TRSM from the right with one row of B (`ldb = 1`) against that row of a
/// taller B.
fn trsm_row_body<T: TestScalar>() {
    let mut rng = Rng::new(43);
    let (m, n) = (9, 300);
    let a = tri_matrix::<T>(&mut rng, n);
    let b0: Vec<T> = random_vec(&mut rng, m * n);
    let alpha = scalar::<T>(&mut rng);
    for uplo in UPLOS {
        for trans in TRANS {
            for diag in DIAGS {
                let av = MatRef::from_col_major(&a, n, n, n);
                let mut big = b0.clone();
                level3::trsm(Side::Right, uplo, trans, diag, alpha, av, MatMut::from_col_major(&mut big, m, n, m));
                let mut row: Vec<T> = (0..n).map(|j| b0[j * m]).collect();
                level3::trsm(Side::Right, uplo, trans, diag, alpha, av, MatMut::from_col_major(&mut row, 1, n, 1));
                for j in 0..n {
                    assert_bits(row[j], big[j * m], || {
                        format!("trsm Right {uplo:?} {trans:?} {diag:?}: ldb = 1, column {j}")
                    });
                }
            }
        }
    }
}

fn trmv_body<T: TestScalar>() {
    trxv_body::<T>(false)
}
fn trsv_body<T: TestScalar>() {
    trxv_body::<T>(true)
}

ferroblas_tests::for_each_type! {
    gemm => gemm_body;
    symm_hemm => symm_body;
    syrk => syrk_body;
    herk => herk_body;
    syr2k => syr2k_body;
    her2k => her2k_body;
    trmm => trmm_body;
    trsm => trsm_body;
    gemv => gemv_body;
    ger => ger_body;
    her_syr => her_body;
    trmv_tbmv_tpmv => trmv_body;
    trsv_tbsv_tpsv => trsv_body;
    hemv_symv => hemv_body;
    gbmv => gbmv_body;
    trsm_row => trsm_row_body;
}
