//! GEMM and GEMMT: every precision, transpose pair and dispatch table against a
//! triple-loop reference; blocksize edges (with lowered blocksizes), padded
//! leading dimensions, alpha/beta special values and NaN rules, thread-count
//! independence, the Fortran and CBLAS entry points and their error numbers.

use ferroblas_capi::generated::fortran;
use ferroblas_capi::{cblas3, xerbla};
use ferroblas_kernels::dispatch::{Arch, BuildKernels};
use ferroblas_kernels::level3::{self, Blocking, GemmKernels, GemmOptions, SmallPath};
use ferroblas_kernels::{c32, c64, MatMut, MatRef, Scalar, Trans, Uplo};
use ferroblas_tests::{mag, Rng, TestScalar};

const TRANS: [Trans; 3] = [Trans::No, Trans::Trans, Trans::ConjTrans];

/// Sizes are scaled down under emulation (qemu) where everything is slower.
#[cfg(target_arch = "aarch64")]
const BIG: [usize; 2] = [63, 65];
#[cfg(not(target_arch = "aarch64"))]
const BIG: [usize; 3] = [255, 256, 257];

fn tchar(t: Trans) -> u8 {
    match t {
        Trans::No => b'N',
        Trans::Trans => b'T',
        Trans::ConjTrans => b'C',
    }
}

/// `op(X)(i, j)` of a column-major `X` with leading dimension `ld`, widened.
fn op_at<T: TestScalar>(x: &[T], ld: usize, t: Trans, i: usize, j: usize) -> c64 {
    match t {
        Trans::No => x[i + j * ld].to_c64(),
        Trans::Trans => x[j + i * ld].to_c64(),
        Trans::ConjTrans => x[j + i * ld].to_c64().conj(),
    }
}

/// One GEMM case: column-major operands with padded leading dimensions;
/// padding holds the guard NaN so any stray read or write shows.
struct Case<T> {
    ta: Trans,
    tb: Trans,
    m: usize,
    n: usize,
    k: usize,
    a: Vec<T>,
    lda: usize,
    b: Vec<T>,
    ldb: usize,
    c: Vec<T>,
    ldc: usize,
}

impl<T: TestScalar> Case<T> {
    fn new(rng: &mut Rng, ta: Trans, tb: Trans, m: usize, n: usize, k: usize, pad: usize) -> Self {
        let (ra, ca) = if ta == Trans::No { (m, k) } else { (k, m) };
        let (rb, cb) = if tb == Trans::No { (k, n) } else { (n, k) };
        let (lda, ldb, ldc) = (ra.max(1) + pad, rb.max(1) + pad, m.max(1) + pad);
        let fill = |rng: &mut Rng, rows: usize, cols: usize, ld: usize| -> Vec<T> {
            let mut v = vec![T::guard(); ld * cols.max(1)];
            for j in 0..cols {
                for i in 0..rows {
                    v[i + j * ld] = T::random(rng);
                }
            }
            v
        };
        let a = fill(rng, ra, ca, lda);
        let b = fill(rng, rb, cb, ldb);
        let c = fill(rng, m, n, ldc);
        Case { ta, tb, m, n, k, a, lda, b, ldb, c, ldc }
    }

    fn a_view(&self) -> MatRef<'_, T> {
        let (r, c) = if self.ta == Trans::No { (self.m, self.k) } else { (self.k, self.m) };
        MatRef::from_col_major(&self.a, r, c, self.lda)
    }

    fn b_view(&self) -> MatRef<'_, T> {
        let (r, c) = if self.tb == Trans::No { (self.k, self.n) } else { (self.n, self.k) };
        MatRef::from_col_major(&self.b, r, c, self.ldb)
    }

    /// Views of op(A)'s and op(B)'s stored matrices and of C (`m x n`).
    fn views(&mut self) -> (MatRef<'_, T>, MatRef<'_, T>, MatMut<'_, T>) {
        let (ra, ca) = if self.ta == Trans::No { (self.m, self.k) } else { (self.k, self.m) };
        let (rb, cb) = if self.tb == Trans::No { (self.k, self.n) } else { (self.n, self.k) };
        (
            MatRef::from_col_major(&self.a, ra, ca, self.lda),
            MatRef::from_col_major(&self.b, rb, cb, self.ldb),
            MatMut::from_col_major(&mut self.c, self.m, self.n, self.ldc),
        )
    }

    /// The reference result for element `(i, j)` and its error bound.
    fn expect(&self, c0: &[T], alpha: T, beta: T, i: usize, j: usize) -> (c64, f64) {
        let (al, be) = (alpha.to_c64(), beta.to_c64());
        let mut s = c64::new(0.0, 0.0);
        let mut sum_mag = 0.0;
        if !alpha.is_zero() {
            for l in 0..self.k {
                let p = op_at(&self.a, self.lda, self.ta, i, l) * op_at(&self.b, self.ldb, self.tb, l, j);
                s += p;
                sum_mag += mag(p);
            }
        }
        let mut want = al * s;
        let mut bound = mag(al) * sum_mag;
        if !beta.is_zero() {
            let c = c0[i + j * self.ldc].to_c64();
            want += be * c;
            bound += mag(be) * mag(c);
        }
        (want, bound)
    }

    /// Checks `self.c` against the reference from the original `c0`; with
    /// `tri`, only that triangle may change.
    fn check(&self, c0: &[T], alpha: T, beta: T, tri: Option<Uplo>, ctx: &str) {
        let tol = T::eps() * (self.k as f64 + 4.0) * 4.0;
        for j in 0..self.c.len() / self.ldc {
            for i in 0..self.ldc {
                let idx = i + j * self.ldc;
                let inside = i < self.m
                    && j < self.n
                    && match tri {
                        None => true,
                        Some(Uplo::Upper) => i <= j,
                        Some(Uplo::Lower) => i >= j,
                    };
                if !inside {
                    assert_eq!(self.c[idx].bits(), c0[idx].bits(), "{ctx}: element ({i},{j}) outside C changed");
                    continue;
                }
                let got = self.c[idx].to_c64();
                let (want, bound) = self.expect(c0, alpha, beta, i, j);
                let err = mag(got - want);
                assert!(
                    err <= tol * bound.max(f64::MIN_POSITIVE) || err == 0.0,
                    "{ctx}: ({i},{j}) got {got} want {want} err {err:e} bound {:e}",
                    tol * bound
                );
            }
        }
    }
}

fn tables<T: TestScalar>() -> Vec<(Arch, GemmKernels<T>)> {
    Arch::runnable().into_iter().map(|a| (a, <T as BuildKernels>::build(a).gemm)).collect()
}

fn alpha_beta<T: TestScalar>(rng: &mut Rng) -> (T, T) {
    (T::random(rng), T::random(rng))
}

/// Every transpose pair, around every tile and (lowered) blocksize edge, on
/// every table, through the blocked path, the small path and the automatic choice.
fn edges_all_tables<T: TestScalar>() {
    let mut rng = Rng::new(7);
    for (arch, kern) in tables::<T>() {
        let (mr, nr) = (kern.mr, kern.nr);
        let blk = Blocking { mc: 2 * mr, kc: 9, nc: 2 * nr };
        let ms = [1, mr - 1, mr + 1, 2 * mr, 2 * mr + 3];
        let ns = [1, nr - 1, nr, nr + 1, 2 * nr + 1];
        let ks = [1, 8, 9, 19];
        let mut idx = 0usize;
        for ta in TRANS {
            for tb in TRANS {
                for (si, small) in [SmallPath::Never, SmallPath::Always, SmallPath::Auto].into_iter().enumerate() {
                    for &m in &ms {
                        for &n in &ns {
                            idx += 1;
                            let k = ks[(idx + si) % ks.len()];
                            let m = m.max(1);
                            let n = n.max(1);
                            let mut cs = Case::<T>::new(&mut rng, ta, tb, m, n, k, 1 + idx % 3);
                            let c0 = cs.c.clone();
                            let (alpha, beta) = alpha_beta::<T>(&mut rng);
                            let opts = GemmOptions { blocking: Some(blk), nthreads: Some(1), small };
                            let ctx = format!("{} {} {ta:?}{tb:?} m={m} n={n} k={k} {small:?}", arch.name(), T::NAME);
                            let (a, b, c) = cs.views();
                            level3::gemm_with(&kern, &opts, ta, tb, alpha, a, b, beta, c);
                            cs.check(&c0, alpha, beta, None, &ctx);
                        }
                    }
                }
            }
        }
    }
}

/// Sizes 255, 256, 257 with the real blocksizes, native table.
fn big_sizes<T: TestScalar>() {
    let mut rng = Rng::new(11);
    let kern = T::kernels().gemm;
    for (i, &m) in BIG.iter().enumerate() {
        let n = BIG[(i + 1) % BIG.len()];
        let k = BIG[(i + 2) % BIG.len()];
        let (ta, tb) = (TRANS[i % 3], TRANS[(i + 1) % 3]);
        let mut cs = Case::<T>::new(&mut rng, ta, tb, m, n, k, 2);
        let c0 = cs.c.clone();
        let (alpha, beta) = alpha_beta::<T>(&mut rng);
        let (a, b, c) = cs.views();
        level3::gemm_with(&kern, &GemmOptions::default(), ta, tb, alpha, a, b, beta, c);
        cs.check(&c0, alpha, beta, None, &format!("{} big m={m} n={n} k={k}", T::NAME));
    }
}

/// alpha, beta in {0, 1, other}; NaN in C with beta = 0 and NaN in A, B with
/// alpha = 0 must not propagate; k = 0 means C = beta C.
fn special_values<T: TestScalar>() {
    let mut rng = Rng::new(3);
    let other = T::from_f64s(-1.5, 0.25);
    let vals = [T::zero(), T::one(), other];
    for (arch, kern) in tables::<T>() {
        for &(m, n, k) in &[(5, 7, 3), (30, 20, 40), (3, 2, 0)] {
            for &alpha in &vals {
                for &beta in &vals {
                    for small in [SmallPath::Never, SmallPath::Always] {
                        let mut cs = Case::<T>::new(&mut rng, Trans::No, Trans::Trans, m, n, k, 1);
                        if beta.is_zero() {
                            for j in 0..n {
                                cs.c[j * cs.ldc] = T::from_f64s(f64::NAN, f64::NAN);
                            }
                        }
                        if alpha.is_zero() && k > 0 {
                            cs.a[0] = T::from_f64s(f64::NAN, 0.0);
                            cs.b[0] = T::from_f64s(f64::INFINITY, 0.0);
                        }
                        let c0 = cs.c.clone();
                        let opts = GemmOptions { blocking: None, nthreads: Some(1), small };
                        let (a, b, c) = cs.views();
                        level3::gemm_with(&kern, &opts, Trans::No, Trans::Trans, alpha, a, b, beta, c);
                        let ctx =
                            format!("{} {} alpha={alpha:?} beta={beta:?} m={m} n={n} k={k}", arch.name(), T::NAME);
                        if beta.is_zero() || alpha.is_zero() {
                            for j in 0..n {
                                for i in 0..m {
                                    assert!(!cs.c[i + j * cs.ldc].is_nan(), "{ctx}: NaN propagated at ({i},{j})");
                                }
                            }
                        }
                        if alpha.is_zero() && k > 0 {
                            // The NaN/Inf planted in A and B were not read: compare
                            // against the reference with alpha = 0 (no A, B terms).
                            cs.a[0] = T::zero();
                            cs.b[0] = T::zero();
                        }
                        cs.check(&c0, alpha, beta, None, &ctx);
                    }
                }
            }
        }
    }
}

/// gemmt, upper and lower, all transposes, on every table with lowered blocksizes.
fn gemmt_all<T: TestScalar>() {
    let mut rng = Rng::new(5);
    for (arch, kern) in tables::<T>() {
        let (mr, nr) = (kern.mr, kern.nr);
        let blk = Blocking { mc: 2 * mr, kc: 7, nc: 2 * nr };
        for uplo in [Uplo::Upper, Uplo::Lower] {
            for (i, &n) in [1, mr + 1, 2 * nr + 3, 3 * mr + 2].iter().enumerate() {
                for ta in TRANS {
                    for tb in TRANS {
                        let k = [1, 7, 15][i % 3];
                        let mut cs = Case::<T>::new(&mut rng, ta, tb, n, n, k, 2);
                        let c0 = cs.c.clone();
                        let (alpha, beta) = alpha_beta::<T>(&mut rng);
                        let beta = if i == 1 { T::zero() } else { beta };
                        for nt in [1, 2] {
                            cs.c = c0.clone();
                            let opts = GemmOptions { blocking: Some(blk), nthreads: Some(nt), small: SmallPath::Auto };
                            let (a, b, c) = cs.views();
                            level3::gemmt_with(&kern, &opts, uplo, ta, tb, alpha, a, b, beta, c);
                            let ctx =
                                format!("{} {} gemmt {uplo:?} {ta:?}{tb:?} n={n} k={k} nt={nt}", arch.name(), T::NAME);
                            cs.check(&c0, alpha, beta, Some(uplo), &ctx);
                        }
                    }
                }
            }
        }
    }
}

/// One and two threads give bit-identical results (the split falls on M or N).
fn threads_bit_identical<T: TestScalar>() {
    let mut rng = Rng::new(9);
    let kern = T::kernels().gemm;
    let shapes: &[(usize, usize, usize)] = if cfg!(target_arch = "aarch64") {
        &[(70, 50, 40)]
    } else {
        &[(301, 190, 70), (90, 400, 33), (150, 150, 150), (60, 70, 900)]
    };
    for &(m, n, k) in shapes {
        for (ta, tb) in [(Trans::No, Trans::No), (Trans::Trans, Trans::ConjTrans)] {
            let cs = Case::<T>::new(&mut rng, ta, tb, m, n, k, 0);
            let (alpha, beta) = alpha_beta::<T>(&mut rng);
            let run = |nt: usize, blk: Option<Blocking>, small: SmallPath| {
                let mut c = cs.c.clone();
                let opts = GemmOptions { blocking: blk, nthreads: Some(nt), small };
                level3::gemm_with(
                    &kern,
                    &opts,
                    ta,
                    tb,
                    alpha,
                    cs.a_view(),
                    cs.b_view(),
                    beta,
                    MatMut::from_col_major(&mut c, m, n, cs.ldc),
                );
                c
            };
            for blk in [None, Some(Blocking { mc: 4 * kern.mr, kc: 16, nc: 3 * kern.nr })] {
                let one = run(1, blk, SmallPath::Never);
                let two = run(2, blk, SmallPath::Never);
                let three = run(3, blk, SmallPath::Never);
                // The small path cuts the depth as the blocked one does: same bits.
                let small = run(1, blk, SmallPath::Always);
                let auto = run(2, blk, SmallPath::Auto);
                for (idx, (((x, y), z), (u, v))) in
                    one.iter().zip(&two).zip(&three).zip(small.iter().zip(&auto)).enumerate()
                {
                    let ctx = format!("{} m={m} n={n} k={k} {blk:?}", T::NAME);
                    assert_eq!(x.bits(), y.bits(), "{ctx}: 1 vs 2 threads differ at {idx}");
                    assert_eq!(x.bits(), z.bits(), "{ctx}: 1 vs 3 threads differ at {idx}");
                    assert_eq!(x.bits(), u.bits(), "{ctx}: blocked vs small path differ at {idx}");
                    assert_eq!(x.bits(), v.bits(), "{ctx}: 2 threads, automatic path, differs at {idx}");
                }
            }
        }
    }
}

/// The public `gemm` with the dispatched table, and a row-major C.
fn public_api_row_major_c<T: TestScalar>() {
    let mut rng = Rng::new(13);
    let (m, n, k) = (37, 29, 41);
    let cs = Case::<T>::new(&mut rng, Trans::ConjTrans, Trans::No, m, n, k, 0);
    let (alpha, beta) = alpha_beta::<T>(&mut rng);
    // C stored row-major: element (i, j) at i*n + j.
    let mut crow: Vec<T> = vec![T::zero(); m * n];
    for j in 0..n {
        for i in 0..m {
            crow[i * n + j] = cs.c[i + j * cs.ldc];
        }
    }
    let cview = MatMut::from_col_major(&mut crow, n, m, n).transpose();
    level3::gemm(Trans::ConjTrans, Trans::No, alpha, cs.a_view(), cs.b_view(), beta, cview);
    let c0 = cs.c.clone();
    let mut back = cs;
    for j in 0..n {
        for i in 0..m {
            back.c[i + j * back.ldc] = crow[i * n + j];
        }
    }
    back.check(&c0, alpha, beta, None, &format!("{} row-major C", T::NAME));
}

macro_rules! per_type {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[test]
            fn s() {
                super::$name::<f32>()
            }
            #[test]
            fn d() {
                super::$name::<f64>()
            }
            #[test]
            fn c() {
                super::$name::<super::c32>()
            }
            #[test]
            fn z() {
                super::$name::<super::c64>()
            }
        }
    )*};
}

per_type!(edges_all_tables, big_sizes, special_values, gemmt_all, threads_bit_identical, public_api_row_major_c);

// ---------------------------------------------------------------------------
// The C ABI.

/// `dgemm_` and `zgemm_` through the Fortran ABI against the reference.
#[test]
fn fortran_abi_matches_reference() {
    let mut rng = Rng::new(17);
    for ta in TRANS {
        for tb in TRANS {
            let (m, n, k) = (13, 11, 9);
            let mut cs = Case::<f64>::new(&mut rng, ta, tb, m, n, k, 3);
            let c0 = cs.c.clone();
            let (alpha, beta) = (0.75, -1.25);
            let (ca, cb) = (tchar(ta), tchar(tb));
            let (mi, ni, ki, lda, ldb, ldc) =
                (m as i32, n as i32, k as i32, cs.lda as i32, cs.ldb as i32, cs.ldc as i32);
            // SAFETY: arrays sized for the arguments.
            unsafe {
                fortran::dgemm_(
                    &ca,
                    &cb,
                    &mi,
                    &ni,
                    &ki,
                    &alpha,
                    cs.a.as_ptr(),
                    &lda,
                    cs.b.as_ptr(),
                    &ldb,
                    &beta,
                    cs.c.as_mut_ptr(),
                    &ldc,
                    1,
                    1,
                )
            };
            cs.check(&c0, alpha, beta, None, "dgemm_");

            let mut cz = Case::<c64>::new(&mut rng, ta, tb, m, n, k, 1);
            let c0 = cz.c.clone();
            let (alpha, beta) = (c64::new(0.5, -1.0), c64::new(0.0, 2.0));
            let (lda, ldb, ldc) = (cz.lda as i32, cz.ldb as i32, cz.ldc as i32);
            // SAFETY: as above.
            unsafe {
                fortran::zgemm_(
                    &ca,
                    &cb,
                    &mi,
                    &ni,
                    &ki,
                    &alpha,
                    cz.a.as_ptr(),
                    &lda,
                    cz.b.as_ptr(),
                    &ldb,
                    &beta,
                    cz.c.as_mut_ptr(),
                    &ldc,
                    1,
                    1,
                )
            };
            cz.check(&c0, alpha, beta, None, "zgemm_");
        }
    }
}

/// Bad arguments: the reference parameter numbers, and nothing written.
#[test]
fn fortran_errors_have_reference_numbers() {
    let a = [1.0f64; 64];
    let mut c = [7.0f64; 64];
    let call = |ta: u8, tb: u8, m: i32, n: i32, k: i32, lda: i32, ldb: i32, ldc: i32, c: &mut [f64]| {
        // SAFETY: arrays large enough for every valid combination used here.
        unsafe {
            fortran::dgemm_(
                &ta,
                &tb,
                &m,
                &n,
                &k,
                &1.0,
                a.as_ptr(),
                &lda,
                a.as_ptr(),
                &ldb,
                &0.0,
                c.as_mut_ptr(),
                &ldc,
                1,
                1,
            )
        };
        xerbla::take_last_error()
    };
    let e = |p: i32| Some(("DGEMM".to_string(), p));
    let _ = xerbla::take_last_error();
    assert_eq!(call(b'X', b'N', 2, 2, 2, 2, 2, 2, &mut c), e(1));
    assert_eq!(call(b'N', b'Q', 2, 2, 2, 2, 2, 2, &mut c), e(2));
    assert_eq!(call(b'N', b'N', -1, 2, 2, 2, 2, 2, &mut c), e(3));
    assert_eq!(call(b'N', b'N', 2, -1, 2, 2, 2, 2, &mut c), e(4));
    assert_eq!(call(b'N', b'N', 2, 2, -1, 2, 2, 2, &mut c), e(5));
    assert_eq!(call(b'N', b'N', 3, 2, 2, 2, 3, 3, &mut c), e(8));
    assert_eq!(call(b'T', b'N', 3, 2, 4, 3, 4, 3, &mut c), e(8));
    assert_eq!(call(b'N', b'N', 2, 2, 3, 2, 2, 2, &mut c), e(10));
    assert_eq!(call(b'N', b'T', 2, 3, 2, 2, 2, 2, &mut c), e(10));
    assert_eq!(call(b'N', b'N', 3, 2, 2, 3, 2, 2, &mut c), e(13));
    assert!(c.iter().all(|&x| x == 7.0), "C written after an error");
    assert_eq!(call(b'c', b't', 2, 2, 2, 2, 2, 2, &mut c), None);
    assert_eq!(call(b'N', b'N', 0, 0, 0, 1, 1, 1, &mut c), None);

    let callt = |ul: u8, ta: u8, tb: u8, n: i32, k: i32, lda: i32, ldb: i32, ldc: i32| {
        let mut c = [7.0f64; 64];
        // SAFETY: as above.
        unsafe {
            fortran::dgemmt_(
                &ul,
                &ta,
                &tb,
                &n,
                &k,
                &1.0,
                a.as_ptr(),
                &lda,
                a.as_ptr(),
                &ldb,
                &0.0,
                c.as_mut_ptr(),
                &ldc,
                1,
                1,
                1,
            )
        };
        assert!(c.iter().all(|&x| x == 7.0) || xerbla::take_last_error().is_none());
        xerbla::take_last_error()
    };
    let et = |p: i32| Some(("DGEMMT".to_string(), p));
    assert_eq!(callt(b'X', b'N', b'N', 2, 2, 2, 2, 2), et(1));
    assert_eq!(callt(b'U', b'X', b'N', 2, 2, 2, 2, 2), et(2));
    assert_eq!(callt(b'U', b'N', b'X', 2, 2, 2, 2, 2), et(3));
    assert_eq!(callt(b'U', b'N', b'N', -1, 2, 2, 2, 2), et(4));
    assert_eq!(callt(b'U', b'N', b'N', 2, -1, 2, 2, 2), et(5));
    assert_eq!(callt(b'L', b'N', b'N', 3, 2, 2, 3, 3), et(8));
    assert_eq!(callt(b'L', b'N', b'N', 2, 3, 2, 2, 2), et(10));
    assert_eq!(callt(b'L', b'N', b'N', 3, 2, 3, 2, 2), et(13));
}

/// `cblas_dgemm` / `cblas_zgemm` row-major and column-major against the reference.
#[test]
fn cblas_layouts_match_reference() {
    let mut rng = Rng::new(19);
    let tcode = |t: Trans| match t {
        Trans::No => 111,
        Trans::Trans => 112,
        Trans::ConjTrans => 113,
    };
    for ta in TRANS {
        for tb in TRANS {
            let (m, n, k) = (9, 14, 6);
            // Column-major: the same as the Fortran call.
            let mut cs = Case::<f64>::new(&mut rng, ta, tb, m, n, k, 2);
            let c0 = cs.c.clone();
            // SAFETY: arrays sized for the arguments.
            unsafe {
                cblas3::cblas_dgemm(
                    cblas3::COL_MAJOR,
                    tcode(ta),
                    tcode(tb),
                    m as i32,
                    n as i32,
                    k as i32,
                    1.5,
                    cs.a.as_ptr(),
                    cs.lda as i32,
                    cs.b.as_ptr(),
                    cs.ldb as i32,
                    0.5,
                    cs.c.as_mut_ptr(),
                    cs.ldc as i32,
                )
            };
            cs.check(&c0, 1.5, 0.5, None, "cblas_dgemm col-major");

            // Row-major: a row-major m x n C is a column-major n x m C^T, and
            // C^T = op(B)^T op(A)^T; the stored arrays are the transposes.
            let mut cz = Case::<c64>::new(&mut rng, tb, ta, n, m, k, 1);
            let c0 = cz.c.clone();
            let (alpha, beta) = (c64::new(1.0, 0.5), c64::new(-0.5, 0.25));
            // cz holds the column-major view of the transposed problem: its "A"
            // (n x k after op) is the user's row-major B, its "B" the user's A.
            // SAFETY: arrays sized for the arguments.
            unsafe {
                cblas3::cblas_zgemm(
                    cblas3::ROW_MAJOR,
                    tcode(ta),
                    tcode(tb),
                    m as i32,
                    n as i32,
                    k as i32,
                    (&alpha as *const c64).cast(),
                    cz.b.as_ptr().cast(),
                    cz.ldb as i32,
                    cz.a.as_ptr().cast(),
                    cz.lda as i32,
                    (&beta as *const c64).cast(),
                    cz.c.as_mut_ptr().cast(),
                    cz.ldc as i32,
                )
            };
            cz.check(&c0, alpha, beta, None, "cblas_zgemm row-major");
        }
    }
}

/// `cblas_dgemmt` row-major: the row-major upper triangle is the column-major lower one.
#[test]
fn cblas_gemmt_row_major() {
    let mut rng = Rng::new(23);
    let (n, k) = (11, 5);
    let mut cs = Case::<f64>::new(&mut rng, Trans::Trans, Trans::No, n, n, k, 1);
    let c0 = cs.c.clone();
    // User: row-major, uplo = Upper, op(A) = A (n x k row-major), op(B) = B^T.
    // Column-major view: C^T lower = op(B)^T op(A)^T with "A" = user B (op T) and "B" = user A (op N).
    // SAFETY: arrays sized for the arguments.
    unsafe {
        cblas3::cblas_dgemmt(
            cblas3::ROW_MAJOR,
            121,
            111,
            112,
            n as i32,
            k as i32,
            2.0,
            cs.b.as_ptr(),
            cs.ldb as i32,
            cs.a.as_ptr(),
            cs.lda as i32,
            -1.0,
            cs.c.as_mut_ptr(),
            cs.ldc as i32,
        )
    };
    cs.check(&c0, 2.0, -1.0, Some(Uplo::Lower), "cblas_dgemmt row-major upper");
}

/// CBLAS error numbers count the layout argument; row-major swaps M/N and A/B.
#[test]
fn cblas_errors_have_reference_numbers() {
    let a = [1.0f64; 64];
    let mut c = [7.0f64; 64];
    let mut call = |lay: i32, ta: i32, tb: i32, m: i32, n: i32, k: i32, lda: i32, ldb: i32, ldc: i32| {
        let _ = xerbla::take_last_error();
        c.fill(7.0);
        // SAFETY: arrays large enough for every valid combination used here.
        unsafe {
            cblas3::cblas_dgemm(lay, ta, tb, m, n, k, 1.0, a.as_ptr(), lda, a.as_ptr(), ldb, 0.0, c.as_mut_ptr(), ldc)
        };
        let err = xerbla::take_last_error().map(|(_, p)| p);
        assert!(err.is_none() || c.iter().all(|&x| x == 7.0), "C written after an error");
        err
    };
    let (cm, rm) = (cblas3::COL_MAJOR, cblas3::ROW_MAJOR);
    assert_eq!(call(5, 111, 111, 2, 2, 2, 2, 2, 2), Some(1));
    for lay in [cm, rm] {
        assert_eq!(call(lay, 1, 111, 2, 2, 2, 2, 2, 2), Some(2));
        assert_eq!(call(lay, 111, 1, 2, 2, 2, 2, 2, 2), Some(3));
        assert_eq!(call(lay, 111, 111, 2, 2, -1, 2, 2, 2), Some(6));
        assert_eq!(call(lay, 111, 111, 2, 2, 2, 2, 2, 2), None);
    }
    // Column-major: the CBLAS positions of M, N, lda >= m, ldb >= k, ldc >= m.
    assert_eq!(call(cm, 111, 111, -1, 2, 2, 2, 2, 2), Some(4));
    assert_eq!(call(cm, 111, 111, 2, -1, 2, 2, 2, 2), Some(5));
    assert_eq!(call(cm, 111, 111, 3, 2, 2, 2, 2, 3), Some(9));
    assert_eq!(call(cm, 111, 111, 2, 2, 3, 2, 2, 2), Some(11));
    assert_eq!(call(cm, 111, 111, 3, 2, 2, 3, 2, 2), Some(14));
    // Row-major, as the reference passes them to cblas_xerbla with
    // RowMajorStrg = 1 (positions in the transposed Fortran call; the handler
    // swaps 4/5 and 9/11 back): M < 0 -> 5, N < 0 -> 4, lda (>= k) -> 11,
    // ldb (>= n) -> 9, ldc (>= n) -> 14.
    assert_eq!(call(rm, 111, 111, -1, 2, 2, 2, 2, 2), Some(5));
    assert_eq!(call(rm, 111, 111, 2, -1, 2, 2, 2, 2), Some(4));
    assert_eq!(call(rm, 111, 111, 2, 2, 3, 2, 2, 2), Some(11));
    assert_eq!(call(rm, 111, 111, 2, 3, 2, 2, 2, 3), Some(9));
    assert_eq!(call(rm, 111, 111, 2, 3, 2, 2, 3, 2), Some(14));
}

// ---------------------------------------------------------------------------
// The pool: fork, idle workers, thread-count controls.

/// CPU time this process has used, in seconds.
fn process_cpu_seconds() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: a valid clock id and an out-pointer to a timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// A parallel dgemm (two threads asked for) checked against the reference.
fn parallel_dgemm_ok(seed: u64) -> bool {
    let mut rng = Rng::new(seed);
    let (m, n, k) = (160, 150, 120);
    let mut cs = Case::<f64>::new(&mut rng, Trans::No, Trans::No, m, n, k, 0);
    let c0 = cs.c.clone();
    let opts = GemmOptions { blocking: None, nthreads: Some(2), small: SmallPath::Never };
    let (a, b, c) = cs.views();
    level3::gemm_with(&f64::kernels().gemm, &opts, Trans::No, Trans::No, 1.0, a, b, 1.0, c);
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| cs.check(&c0, 1.0, 1.0, None, "parallel dgemm"))).is_ok()
}

/// After `fork`, the child's first parallel call builds a fresh pool and
/// works; its idle workers sleep; the thread-count controls round-trip.
/// All of it runs in the child, away from the other tests' threads.
#[test]
#[cfg_attr(target_arch = "aarch64", ignore = "qemu-user aborts when a multithreaded guest forks")]
fn fork_idle_and_thread_controls() {
    use ferroblas_capi::threads;
    assert!(parallel_dgemm_ok(1), "parent");
    // SAFETY: the child only computes, then leaves with _exit.
    let pid = unsafe { libc::fork() };
    assert!(pid >= 0, "fork failed");
    if pid == 0 {
        let mut code = 0;
        threads::ferroblas_set_num_threads(2);
        if threads::openblas_get_num_threads() != 2 {
            code |= 1;
        }
        if !parallel_dgemm_ok(2) {
            code |= 2;
        }
        // Idle workers must sleep: almost no CPU time while the caller sleeps.
        let t0 = process_cpu_seconds();
        std::thread::sleep(std::time::Duration::from_millis(300));
        if process_cpu_seconds() - t0 > 0.05 {
            code |= 4;
        }
        threads::openblas_set_num_threads(1);
        if threads::openblas_get_num_threads() != 1 || !parallel_dgemm_ok(3) {
            code |= 8;
        }
        threads::ferroblas_set_num_threads(0);
        if threads::openblas_get_num_threads() < 1 || threads::openblas_get_num_procs() < 1 {
            code |= 16;
        }
        // SAFETY: leaves the child without running the parent's destructors.
        unsafe { libc::_exit(code) };
    }
    let mut status = 0;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        // SAFETY: waiting for our own child.
        let r = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
        if r == pid {
            break;
        }
        if std::time::Instant::now() > deadline {
            // SAFETY: killing our own child.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            panic!("child hung after fork");
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(libc::WIFEXITED(status), "child died: status {status}");
    assert_eq!(
        libc::WEXITSTATUS(status),
        0,
        "child failures (bits: 1 count, 2 result, 4 idle spin, 8 serial, 16 reset)"
    );
}
