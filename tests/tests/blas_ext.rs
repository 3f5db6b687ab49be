//! The BLAS extensions of OpenBLAS and MKL (`capi/src/blas_ext.rs`,
//! `cblas_ext.rs`): `?omatcopy`, `?imatcopy`, `?geadd`, `?gemmtr`,
//! `?gemm3m`, `?gemm_batch_strided`, `?gemm_batch`, and the
//! complex-symmetric `csyr2`/`cspr2`/`csbmv` (and z).
//!
//! - Results against a naive oracle computed in `c64` (the copies and geadd
//!   one product or two per element: a few ulps), over both storage orders,
//!   every `trans` (with the conjugating `R` and `C`), leading dimensions
//!   larger than needed (their padding holds guard NaNs that must come back
//!   bit-identical), zero sizes, and the `alpha = 0` / `beta = 0` rules (A or
//!   C not read: NaNs there do not reach the result).
//! - gemmtr and gemm3m bit-identical to gemmt and gemm; every product of a
//!   batch bit-identical to the lone `?gemm` call, at 1 and 2 threads, in
//!   both CBLAS layouts and the Fortran grouped form.
//! - Bad arguments: the defining library's parameter number, outputs untouched.

use ferroblas_capi::generated::fortran;
use ferroblas_capi::{blas3, blas_ext, cblas3, cblas_ext, xerbla};
use ferroblas_kernels::pool;
use ferroblas_tests::{c32, c64, mag, RealScalar, Rng, Strided, TestScalar};
use std::ffi::{c_int, c_void};

const CM: c_int = cblas3::COL_MAJOR;
const RM: c_int = cblas3::ROW_MAJOR;

fn last() -> Option<(String, i32)> {
    xerbla::take_last_error()
}

fn untouched<T: TestScalar>(v: &[T]) -> bool {
    v.iter().all(|x| x.bits() == T::guard().bits())
}

/// `|got - want| <= tol * (|want| + tiny)`, with the context on failure.
#[track_caller]
fn close<T: TestScalar>(got: T, want: c64, ctx: &dyn Fn() -> String) {
    close_sum(got, want, mag(want), ctx);
}

/// `|got - want| <= tol * (scale + tiny)` for a `want` that is a sum whose
/// terms' magnitudes add up to `scale` (a sum may cancel: its rounding error
/// is relative to its terms, not to itself).
#[track_caller]
fn close_sum<T: TestScalar>(got: T, want: c64, scale: f64, ctx: &dyn Fn() -> String) {
    let g = got.to_c64();
    let tol = 4.0 * T::eps() * (scale + f64::MIN_POSITIVE);
    assert!(mag(g - want) <= tol, "{}: got {g}, want {want}", ctx());
}

/// `alpha * op(x)` in `c64`.
fn scaled<T: TestScalar>(alpha: T, x: T, conj: bool) -> c64 {
    let x = if conj { x.conj() } else { x };
    alpha.to_c64() * x.to_c64()
}

/// A column-major `m x n` matrix with leading dimension `ld` whose padding
/// rows hold guards.
fn random_mat<T: TestScalar>(rng: &mut Rng, m: usize, n: usize, ld: usize) -> Vec<T> {
    let mut v = vec![T::guard(); ld * n.max(1)];
    for j in 0..n {
        for i in 0..m {
            v[i + j * ld] = T::random(rng);
        }
    }
    v
}

const ORDERS: [u8; 2] = [b'C', b'R'];
const TRANS: [u8; 4] = [b'N', b'T', b'R', b'C'];

/// The stored (column-major) shape of a `rows x cols` matrix in `order`, and
/// of its copy under `trans`.
fn shapes(order: u8, trans: u8, rows: usize, cols: usize) -> ((usize, usize), (usize, usize)) {
    let src = if order == b'R' { (cols, rows) } else { (rows, cols) };
    let t = matches!(trans, b'T' | b'C');
    (src, if t { (src.1, src.0) } else { src })
}

/// omatcopy and imatcopy against the oracle, every order, trans and size.
fn matcopy<T: TestScalar>() {
    let mut rng = Rng::new(11);
    let sizes = [(0, 0), (0, 3), (3, 0), (1, 1), (2, 3), (3, 2), (5, 5), (33, 17), (40, 40)];
    let alphas = [T::from_f64s(0.0, 0.0), T::one(), T::from_f64s(-1.5, 0.25)];
    for order in ORDERS {
        for trans in TRANS {
            let conj = T::IS_COMPLEX && matches!(trans, b'R' | b'C');
            for &(rows, cols) in &sizes {
                let ((m, n), (bm, bn)) = shapes(order, trans, rows, cols);
                for alpha in alphas {
                    for extra in [0, 2] {
                        let (lda, ldb) = (m.max(1) + extra, bm.max(1) + 1);
                        let mut a = random_mat::<T>(&mut rng, m, n, lda);
                        if alpha.is_zero() && m * n > 0 {
                            a[0] = T::from_f64s(f64::NAN, 0.0); // not read when alpha = 0
                        }
                        let want = |i: usize, j: usize| {
                            if alpha.is_zero() {
                                return c64::new(0.0, 0.0);
                            }
                            let (si, sj) = if matches!(trans, b'T' | b'C') { (j, i) } else { (i, j) };
                            scaled(alpha, a[si + sj * lda], conj)
                        };
                        let ctx = |what: &str, i, j| {
                            format!(
                                "{what} {} {} {rows}x{cols} alpha={alpha:?} lda={lda} ({i},{j})",
                                order as char, trans as char
                            )
                        };
                        // Out of place.
                        let mut b = vec![T::guard(); ldb * bn.max(1)];
                        // SAFETY: the arrays hold the shapes declared.
                        let r = unsafe {
                            blas_ext::omatcopy_raw(
                                order,
                                trans,
                                rows as i32,
                                cols as i32,
                                alpha,
                                a.as_ptr(),
                                lda as i32,
                                b.as_mut_ptr(),
                                ldb as i32,
                            )
                        };
                        assert_eq!(r, Ok(()));
                        for j in 0..bn {
                            for i in 0..ldb {
                                let got = b[i + j * ldb];
                                if i < bm {
                                    close(got, want(i, j), &|| ctx("omatcopy", i, j));
                                } else {
                                    assert_eq!(got.bits(), T::guard().bits(), "{}", ctx("omatcopy padding", i, j));
                                }
                            }
                        }
                        // In place, with the same and with another leading dimension.
                        for ldb2 in [lda, bm.max(1), bm.max(1) + 3].into_iter().filter(|&l| l >= bm.max(1)) {
                            let mut buf = a.clone();
                            buf.resize(buf.len().max(ldb2 * bn.max(1)), T::guard());
                            // SAFETY: `buf` holds A with `lda` and the result with `ldb2`.
                            let r = unsafe {
                                blas_ext::imatcopy_raw(
                                    order,
                                    trans,
                                    rows as i32,
                                    cols as i32,
                                    alpha,
                                    buf.as_mut_ptr(),
                                    lda as i32,
                                    ldb2 as i32,
                                )
                            };
                            assert_eq!(r, Ok(()));
                            for j in 0..bn {
                                for i in 0..bm {
                                    close(buf[i + j * ldb2], want(i, j), &|| {
                                        format!("{} ldb={ldb2}", ctx("imatcopy", i, j))
                                    });
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// geadd against the oracle; `beta = 0` does not read C, `alpha = 0` not A.
fn geadd<T: TestScalar>() {
    let mut rng = Rng::new(12);
    let zero = T::zero();
    let scalars = [zero, T::one(), T::from_f64s(0.5, -2.0)];
    for &(m, n) in &[(0, 0), (0, 2), (2, 0), (1, 1), (3, 2), (17, 9)] {
        for alpha in scalars {
            for beta in scalars {
                let (lda, ldc) = (m.max(1) + 1, m.max(1) + 2);
                let mut a = random_mat::<T>(&mut rng, m, n, lda);
                let mut c = random_mat::<T>(&mut rng, m, n, ldc);
                if m * n > 0 {
                    if alpha.is_zero() {
                        a[0] = T::from_f64s(f64::NAN, 0.0);
                    }
                    if beta.is_zero() {
                        c[0] = T::from_f64s(f64::NAN, 0.0);
                    }
                }
                let c0 = c.clone();
                // SAFETY: arrays hold the shapes declared.
                let r = unsafe {
                    blas_ext::geadd_raw(
                        m as i32,
                        n as i32,
                        alpha,
                        a.as_ptr(),
                        lda as i32,
                        beta,
                        c.as_mut_ptr(),
                        ldc as i32,
                    )
                };
                assert_eq!(r, Ok(()));
                for j in 0..n {
                    for i in 0..ldc {
                        let got = c[i + j * ldc];
                        if i >= m {
                            assert_eq!(got.bits(), T::guard().bits());
                            continue;
                        }
                        let (mut want, mut scale) = (c64::new(0.0, 0.0), 0.0);
                        if !alpha.is_zero() {
                            let t = scaled(alpha, a[i + j * lda], false);
                            (want, scale) = (want + t, scale + mag(t));
                        }
                        if !beta.is_zero() {
                            let t = scaled(beta, c0[i + j * ldc], false);
                            (want, scale) = (want + t, scale + mag(t));
                        }
                        close_sum(got, want, scale, &|| {
                            format!("geadd {m}x{n} alpha={alpha:?} beta={beta:?} ({i},{j})")
                        });
                    }
                }
            }
        }
    }
    // CBLAS row-major: the transposed column-major call.
    let (rows, cols) = (3usize, 4usize);
    let a = random_mat::<T>(&mut rng, cols, rows, cols);
    let mut c = random_mat::<T>(&mut rng, cols, rows, cols);
    let mut c2 = c.clone();
    let (al, be) = (T::from_f64s(2.0, 1.0), T::from_f64s(-1.0, 0.5));
    // SAFETY: arrays hold the shapes declared.
    unsafe {
        cblas_ext::cblas_geadd(
            "GEADD",
            RM,
            rows as i32,
            cols as i32,
            al,
            a.as_ptr(),
            cols as i32,
            be,
            c.as_mut_ptr(),
            cols as i32,
        );
        blas_ext::geadd_raw(cols as i32, rows as i32, al, a.as_ptr(), cols as i32, be, c2.as_mut_ptr(), cols as i32)
            .unwrap();
    }
    assert!(c.iter().zip(&c2).all(|(x, y)| x.bits() == y.bits()));
}

/// Bad arguments: OpenBLAS's numbers, nothing written.
fn errors<T: TestScalar>() {
    let a = [T::one(); 64];
    let om = |order: u8, trans: u8, r: i32, c: i32, lda: i32, ldb: i32| {
        let mut b = vec![T::guard(); 64];
        // SAFETY: arrays large enough for every valid call here.
        let e = unsafe { blas_ext::omatcopy_raw(order, trans, r, c, T::one(), a.as_ptr(), lda, b.as_mut_ptr(), ldb) }
            .err()
            .unwrap_or(0);
        assert!(e == 0 || untouched(&b));
        e
    };
    assert_eq!(om(b'X', b'N', 2, 2, 2, 2), 1);
    assert_eq!(om(b'C', b'X', 2, 2, 2, 2), 2);
    assert_eq!(om(b'C', b'N', -1, 2, 2, 2), 3);
    assert_eq!(om(b'C', b'N', 2, -1, 2, 2), 4);
    assert_eq!(om(b'C', b'N', 3, 2, 2, 3), 7);
    assert_eq!(om(b'R', b'N', 2, 3, 2, 3), 7);
    assert_eq!(om(b'C', b'T', 3, 2, 3, 1), 9);
    assert_eq!(om(b'R', b'T', 3, 2, 2, 2), 9);
    assert_eq!(om(b'c', b'c', 3, 2, 3, 2), 0);
    assert_eq!(om(b'C', b'N', 0, 0, 1, 1), 0);
    let im = |order: u8, trans: u8, r: i32, c: i32, lda: i32, ldb: i32| {
        let mut b = vec![T::guard(); 64];
        // SAFETY: as above.
        let e = unsafe { blas_ext::imatcopy_raw(order, trans, r, c, T::one(), b.as_mut_ptr(), lda, ldb) }
            .err()
            .unwrap_or(0);
        assert!(e == 0 || untouched(&b));
        e
    };
    assert_eq!(im(b'X', b'N', 2, 2, 2, 2), 1);
    assert_eq!(im(b'C', b'Q', 2, 2, 2, 2), 2);
    assert_eq!(im(b'C', b'N', -1, 2, 2, 2), 3);
    assert_eq!(im(b'C', b'N', 2, -1, 2, 2), 4);
    assert_eq!(im(b'C', b'N', 3, 2, 2, 3), 7);
    assert_eq!(im(b'C', b'T', 3, 2, 3, 1), 8);
    let ga = |m: i32, n: i32, lda: i32, ldc: i32| {
        let mut c = vec![T::guard(); 64];
        // SAFETY: as above.
        let e = unsafe { blas_ext::geadd_raw(m, n, T::one(), a.as_ptr(), lda, T::one(), c.as_mut_ptr(), ldc) }
            .err()
            .unwrap_or(0);
        assert!(e == 0 || untouched(&c));
        e
    };
    assert_eq!(ga(-1, 2, 2, 2), 1);
    assert_eq!(ga(2, -1, 2, 2), 2);
    assert_eq!(ga(2, 2, 1, 2), 5);
    assert_eq!(ga(2, 2, 2, 1), 8);
    assert_eq!(ga(0, 0, 1, 1), 0);
    let st = |ta: u8, tb: u8, m: i32, n: i32, k: i32, lda: i32, ldb: i32, ldc: i32| {
        let mut c = vec![T::guard(); 64];
        // SAFETY: as above (a batch of 2 products, stride 0 on A and B).
        let e = unsafe {
            blas_ext::gemm_batch_strided_raw(
                ta,
                tb,
                m,
                n,
                k,
                T::one(),
                a.as_ptr(),
                lda,
                0,
                a.as_ptr(),
                ldb,
                0,
                T::one(),
                c.as_mut_ptr(),
                ldc,
                16,
                2,
            )
        }
        .err()
        .unwrap_or(0);
        assert!(e == 0 || untouched(&c));
        e
    };
    assert_eq!(st(b'X', b'N', 2, 2, 2, 2, 2, 2), 1);
    assert_eq!(st(b'N', b'X', 2, 2, 2, 2, 2, 2), 2);
    assert_eq!(st(b'N', b'N', -1, 2, 2, 2, 2, 2), 3);
    assert_eq!(st(b'N', b'N', 2, -1, 2, 2, 2, 2), 4);
    assert_eq!(st(b'N', b'N', 2, 2, -1, 2, 2, 2), 5);
    assert_eq!(st(b'N', b'N', 3, 2, 2, 2, 2, 3), 8);
    assert_eq!(st(b'T', b'T', 2, 3, 2, 2, 2, 2), 10);
    assert_eq!(st(b'N', b'N', 3, 2, 2, 3, 2, 2), 13);
}

/// One product of a test batch, stored apart.
struct Prod<T> {
    ta: u8,
    tb: u8,
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

fn random_prod<T: TestScalar>(rng: &mut Rng, ta: u8, tb: u8, m: usize, n: usize, k: usize) -> Prod<T> {
    let (ar, ac) = if ta == b'N' { (m, k) } else { (k, m) };
    let (br, bc) = if tb == b'N' { (k, n) } else { (n, k) };
    let (lda, ldb, ldc) = (ar.max(1) + 1, br.max(1), m.max(1) + 1);
    Prod {
        ta,
        tb,
        m,
        n,
        k,
        a: random_mat(rng, ar, ac, lda),
        lda,
        b: random_mat(rng, br, bc, ldb),
        ldb,
        c: random_mat(rng, m, n, ldc),
        ldc,
    }
}

/// The lone `?gemm` of a product, into a copy of its C.
fn lone<T: TestScalar>(p: &Prod<T>, alpha: T, beta: T) -> Vec<T> {
    let mut c = p.c.clone();
    // SAFETY: the product's arrays hold its shapes.
    unsafe {
        blas3::gemm_raw(
            p.ta,
            p.tb,
            p.m as i32,
            p.n as i32,
            p.k as i32,
            alpha,
            p.a.as_ptr(),
            p.lda as i32,
            p.b.as_ptr(),
            p.ldb as i32,
            beta,
            c.as_mut_ptr(),
            p.ldc as i32,
        )
        .unwrap()
    };
    c
}

fn same_bits<T: TestScalar>(got: &[T], want: &[T], ctx: &dyn Fn() -> String) {
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        assert_eq!(g.bits(), w.bits(), "{} at {i}: got {g:?}, want {w:?}", ctx());
    }
}

/// Strided and grouped batches: every C bit-identical to its lone gemm, at 1
/// and 2 threads.
fn batches<T: TestScalar>() {
    let mut rng = Rng::new(13);
    let ops: &[u8] = if T::IS_COMPLEX { b"NTC" } else { b"NT" };
    let alpha = T::from_f64s(0.75, -0.5);
    let beta = T::from_f64s(-1.25, 0.5);
    for threads in [1, 2] {
        pool::set_num_threads(threads);
        // Strided: a few sizes and options, 0..=37 products.
        for &(m, n, k) in &[(4, 4, 4), (8, 3, 5), (16, 16, 16), (0, 3, 2), (3, 3, 0)] {
            for &ta in ops {
                for &tb in ops {
                    let count = 37;
                    let prods: Vec<Prod<T>> = (0..count).map(|_| random_prod(&mut rng, ta, tb, m, n, k)).collect();
                    let (sa, sb, sc) = (prods[0].a.len(), prods[0].b.len(), prods[0].c.len());
                    let a: Vec<T> = prods.iter().flat_map(|p| p.a.clone()).collect();
                    let b: Vec<T> = prods.iter().flat_map(|p| p.b.clone()).collect();
                    let mut c: Vec<T> = prods.iter().flat_map(|p| p.c.clone()).collect();
                    let p0 = &prods[0];
                    // SAFETY: the stacked arrays hold every product.
                    unsafe {
                        blas_ext::gemm_batch_strided_raw(
                            ta,
                            tb,
                            m as i32,
                            n as i32,
                            k as i32,
                            alpha,
                            a.as_ptr(),
                            p0.lda as i32,
                            sa as i32,
                            b.as_ptr(),
                            p0.ldb as i32,
                            sb as i32,
                            beta,
                            c.as_mut_ptr(),
                            p0.ldc as i32,
                            sc as i32,
                            count,
                        )
                        .unwrap()
                    };
                    for (i, p) in prods.iter().enumerate() {
                        same_bits(&c[i * sc..(i + 1) * sc], &lone(p, alpha, beta), &|| {
                            format!("strided {}{} {m}x{n}x{k} product {i} threads={threads}", ta as char, tb as char)
                        });
                    }
                }
            }
        }
        // Grouped (Fortran form, through the raw function): three groups, one empty.
        let groups: [(u8, u8, usize, usize, usize, usize); 3] =
            [(b'N', b'T', 4, 5, 3, 7), (b'T', b'N', 8, 8, 8, 0), (ops[ops.len() - 1], b'N', 16, 2, 9, 5)];
        let mut prods = Vec::new();
        for &(ta, tb, m, n, k, size) in &groups {
            for _ in 0..size {
                prods.push(random_prod::<T>(&mut rng, ta, tb, m, n, k));
            }
        }
        let ta: Vec<u8> = groups.iter().map(|g| g.0).collect();
        let tb: Vec<u8> = groups.iter().map(|g| g.1).collect();
        let (gm, gn, gk): (Vec<i32>, Vec<i32>, Vec<i32>) = (
            groups.iter().map(|g| g.2 as i32).collect(),
            groups.iter().map(|g| g.3 as i32).collect(),
            groups.iter().map(|g| g.4 as i32).collect(),
        );
        // Leading dimensions follow the group's shapes (random_prod's rule).
        let ld = |f: &dyn Fn(&Prod<T>) -> usize| -> Vec<i32> {
            groups
                .iter()
                .map(|&(ta, tb, m, n, k, _)| {
                    let p = random_prod::<T>(&mut Rng::new(0), ta, tb, m, n, k);
                    f(&p) as i32
                })
                .collect()
        };
        let (lda, ldb, ldc) = (ld(&|p| p.lda), ld(&|p| p.ldb), ld(&|p| p.ldc));
        let alphas = [alpha, T::one(), alpha];
        let betas = [beta, T::zero(), beta];
        let sizes: Vec<i32> = groups.iter().map(|g| g.5 as i32).collect();
        let mut cs: Vec<Vec<T>> = prods.iter().map(|p| p.c.clone()).collect();
        let ap: Vec<*const T> = prods.iter().map(|p| p.a.as_ptr()).collect();
        let bp: Vec<*const T> = prods.iter().map(|p| p.b.as_ptr()).collect();
        let cp: Vec<*mut T> = cs.iter_mut().map(|c| c.as_mut_ptr()).collect();
        // SAFETY: arrays of 3 groups and one pointer per product.
        unsafe {
            blas_ext::gemm_batch_raw(
                ta.as_ptr(),
                tb.as_ptr(),
                gm.as_ptr(),
                gn.as_ptr(),
                gk.as_ptr(),
                alphas.as_ptr(),
                ap.as_ptr(),
                lda.as_ptr(),
                bp.as_ptr(),
                ldb.as_ptr(),
                betas.as_ptr(),
                cp.as_ptr(),
                ldc.as_ptr(),
                3,
                sizes.as_ptr(),
            )
            .unwrap()
        };
        let mut at = 0;
        for (g, &(.., size)) in groups.iter().enumerate() {
            for q in 0..size {
                let p = &prods[at + q];
                same_bits(&cs[at + q], &lone(p, alphas[g], betas[g]), &|| {
                    format!("grouped group {g} product {q} threads={threads}")
                });
            }
            at += size;
        }
    }
    pool::set_num_threads(0);
}

/// `csyr2`/`cspr2`/`csbmv` (and z, and their real counterparts through the
/// same generic glue) through the ABI glue against a `c64` oracle on the
/// full symmetric matrix: both triangles, negative increments, a band
/// narrower and one wider than the matrix; the other triangle, the band
/// storage's unused corner and the vectors' gaps hold guards that must stay.
fn complex_symmetric<T: TestScalar>() {
    let mut rng = Rng::new(31);
    let n = 6usize;
    for uplo in [b'U', b'L'] {
        let up = uplo == b'U';
        let stored = |i: usize, j: usize| if up { i <= j } else { i >= j };
        for (incx, incy) in [(1isize, 1isize), (-2, 3), (2, -1)] {
            let alpha = T::random(&mut rng);
            let beta = T::random(&mut rng);
            let x = Strided::<T>::random(&mut rng, n, incx);
            let y0 = Strided::<T>::random(&mut rng, n, incy);
            let (xv, yv) = (x.values(), y0.values());
            let c = |v: T| v.to_c64();
            // syr2 and spr2 against A + alpha (x y^T + y x^T).
            let ld = n + 1;
            let a0 = random_mat::<T>(&mut rng, n, n, ld);
            let mut a = a0.clone();
            for j in 0..n {
                for i in 0..n {
                    if !stored(i, j) {
                        a[i + j * ld] = T::guard();
                    }
                }
            }
            let pack = |m: &[T]| -> Vec<T> {
                (0..n).flat_map(|j| (0..n).filter(move |&i| stored(i, j)).map(move |i| m[i + j * ld])).collect()
            };
            let mut ap = pack(&a);
            let before = a.clone();
            // SAFETY: A is n x n with leading dimension n + 1, AP n(n+1)/2, the vectors n at their increments.
            unsafe {
                let (ni, ix, iy, l) = (n as i32, incx as i32, incy as i32, ld as i32);
                blas_ext::syr2_raw(uplo, ni, alpha, x.ptr(), ix, y0.ptr(), iy, a.as_mut_ptr(), l).unwrap();
                blas_ext::spr2_raw(uplo, ni, alpha, x.ptr(), ix, y0.ptr(), iy, ap.as_mut_ptr()).unwrap();
            }
            let after = pack(&a);
            for j in 0..n {
                for i in 0..n {
                    let p = i + j * ld;
                    if !stored(i, j) {
                        assert_eq!(a[p].bits(), before[p].bits(), "syr2 {uplo}: other triangle ({i},{j})");
                        continue;
                    }
                    let t1 = c(alpha) * (c(xv[i]) * c(yv[j]));
                    let t2 = c(alpha) * (c(yv[i]) * c(xv[j]));
                    let want = c(before[p]) + t1 + t2;
                    let scale = mag(c(before[p])) + mag(t1) + mag(t2);
                    close_sum(a[p], want, scale, &|| format!("syr2 {uplo} incs=({incx},{incy}) ({i},{j})"));
                }
            }
            assert!(after.iter().zip(&ap).all(|(p, q)| p.bits() == q.bits()), "spr2 {uplo} differs from syr2");
            // sbmv against the dense band product.
            for k in [1usize, 2, n + 2] {
                let ldb = k + 2;
                let mut ab = vec![T::guard(); ldb * n];
                let mut dense = vec![c64::new(0.0, 0.0); n * n];
                for j in 0..n {
                    for i in 0..n {
                        if stored(i, j) && i.abs_diff(j) <= k {
                            let v = T::random(&mut rng);
                            let row = if up { k + i - j } else { i - j };
                            ab[row + j * ldb] = v;
                            dense[i + j * n] = c(v);
                            dense[j + i * n] = c(v);
                        }
                    }
                }
                let mut yy = y0.clone();
                // SAFETY: the band is (k + 1) x n with leading dimension k + 2; the vectors as above.
                unsafe {
                    let (ni, ki, lb, ix, iy) = (n as i32, k as i32, ldb as i32, incx as i32, incy as i32);
                    blas_ext::sbmv_raw(uplo, ni, ki, alpha, ab.as_ptr(), lb, x.ptr(), ix, beta, yy.mut_ptr(), iy)
                        .unwrap();
                }
                yy.check_guards(|| format!("sbmv {uplo} k={k}"));
                for i in 0..n {
                    let dot: c64 = (0..n).map(|j| dense[i + j * n] * c(xv[j])).sum();
                    let sc: f64 = (0..n).map(|j| mag(dense[i + j * n]) * mag(c(xv[j]))).sum();
                    let want = c(alpha) * dot + c(beta) * c(yv[i]);
                    let scale = mag(c(alpha)) * sc + mag(c(beta) * c(yv[i]));
                    close_sum(yy.get(i), want, scale, &|| format!("sbmv {uplo} k={k} incs=({incx},{incy}) i={i}"));
                }
            }
        }
    }
    // Checks in OpenBLAS's order; nothing written after a bad argument.
    let xs = [T::one(); 8];
    let sy = |uplo: u8, n: i32, incx: i32, incy: i32, lda: i32| {
        let mut a = vec![T::guard(); 16];
        // SAFETY: arrays large enough for every valid call here.
        let e =
            unsafe { blas_ext::syr2_raw(uplo, n, T::one(), xs.as_ptr(), incx, xs.as_ptr(), incy, a.as_mut_ptr(), lda) };
        let e = e.err().unwrap_or(0);
        assert!(e == 0 || untouched(&a));
        e
    };
    assert_eq!(sy(b'X', 2, 1, 1, 2), 1);
    assert_eq!(sy(b'U', -1, 1, 1, 2), 2);
    assert_eq!(sy(b'U', 2, 0, 1, 2), 5);
    assert_eq!(sy(b'U', 2, 1, 0, 2), 7);
    assert_eq!(sy(b'l', 2, 1, 1, 1), 9);
    let sp = |uplo: u8, n: i32, incx: i32, incy: i32| {
        let mut ap = vec![T::guard(); 16];
        // SAFETY: as above.
        let e = unsafe { blas_ext::spr2_raw(uplo, n, T::one(), xs.as_ptr(), incx, xs.as_ptr(), incy, ap.as_mut_ptr()) };
        let e = e.err().unwrap_or(0);
        assert!(e == 0 || untouched(&ap));
        e
    };
    assert_eq!(sp(b'X', 2, 1, 1), 1);
    assert_eq!(sp(b'L', -1, 1, 1), 2);
    assert_eq!(sp(b'L', 2, 0, 1), 5);
    assert_eq!(sp(b'L', 2, 1, 0), 7);
    let sb = |uplo: u8, n: i32, k: i32, lda: i32, incx: i32, incy: i32| {
        let mut y = vec![T::guard(); 8];
        // SAFETY: as above.
        let e = unsafe {
            blas_ext::sbmv_raw(
                uplo,
                n,
                k,
                T::one(),
                xs.as_ptr(),
                lda,
                xs.as_ptr(),
                incx,
                T::one(),
                y.as_mut_ptr(),
                incy,
            )
        };
        let e = e.err().unwrap_or(0);
        assert!(e == 0 || untouched(&y));
        e
    };
    assert_eq!(sb(b'X', 2, 1, 2, 1, 1), 1);
    assert_eq!(sb(b'U', -1, 1, 2, 1, 1), 2);
    assert_eq!(sb(b'U', 2, -1, 2, 1, 1), 3);
    assert_eq!(sb(b'U', 2, 1, 1, 1, 1), 6);
    assert_eq!(sb(b'U', 2, 1, 2, 0, 1), 8);
    assert_eq!(sb(b'U', 2, 1, 2, 1, 0), 11);
}

/// The Fortran symbols reach the glue with OpenBLAS's names and numbers.
#[test]
fn complex_symmetric_fortran_symbols() {
    let (n, one, z) = (2i32, 1i32, 0i32);
    let x = [c64::new(1.0, 2.0), c64::new(-1.0, 0.5)];
    let al = c64::new(0.5, -1.0);
    let mut a = [c64::new(0.0, 0.0); 4];
    // SAFETY: 2x2 A, two-element vectors.
    unsafe { fortran::zsyr2_(&b'L', &n, &al, x.as_ptr(), &one, x.as_ptr(), &one, a.as_mut_ptr(), &n, 1) };
    // 2 alpha x x^T on the lower triangle: (0,0) = 2 alpha x0^2.
    assert_eq!(a[0], al * x[0] * x[0] * 2.0);
    assert_eq!(a[2], c64::new(0.0, 0.0));
    let _ = last();
    // SAFETY: as above; the band is 2 x 2.
    unsafe {
        fortran::csbmv_(
            &b'U',
            &n,
            &one,
            &c32::new(1.0, 0.0),
            [c32::new(1.0, 0.0); 4].as_ptr(),
            &n,
            [c32::new(1.0, 0.0); 2].as_ptr(),
            &z,
            &c32::new(0.0, 0.0),
            [c32::new(0.0, 0.0); 2].as_mut_ptr(),
            &one,
            1,
        )
    };
    assert_eq!(last(), Some(("CSBMV".to_string(), 8)));
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

per_type!(matcopy, geadd, errors, batches, complex_symmetric);

/// Row-major CBLAS batches against row-major `cblas_dgemm` / `cblas_zgemm`.
#[test]
fn cblas_batches_row_major() {
    let mut rng = Rng::new(14);
    let (m, n, k, count) = (5usize, 3usize, 4usize, 9usize);
    // Row-major A is m x k (lda = k), B k x n (ldb = n), C m x n (ldc = n).
    let a: Vec<f64> = (0..count * m * k).map(|_| rng.sym()).collect();
    let b: Vec<f64> = (0..count * k * n).map(|_| rng.sym()).collect();
    let c0: Vec<f64> = (0..count * m * n).map(|_| rng.sym()).collect();
    let mut want = c0.clone();
    for i in 0..count {
        // SAFETY: slices hold each product.
        unsafe {
            cblas3::cblas_dgemm(
                RM,
                111,
                112,
                m as c_int,
                n as c_int,
                k as c_int,
                1.5,
                a[i * m * k..].as_ptr(),
                k as c_int,
                b[i * k * n..].as_ptr(),
                k as c_int,
                -0.5,
                want[i * m * n..].as_mut_ptr(),
                n as c_int,
            )
        };
    }
    // B is read transposed: as stored, n x k row-major with ldb = k.
    let mut c = c0.clone();
    // SAFETY: arrays hold every product.
    unsafe {
        cblas_ext::cblas_dgemm_batch_strided(
            RM,
            111,
            112,
            m as c_int,
            n as c_int,
            k as c_int,
            1.5,
            a.as_ptr(),
            k as c_int,
            (m * k) as c_int,
            b.as_ptr(),
            k as c_int,
            (k * n) as c_int,
            -0.5,
            c.as_mut_ptr(),
            n as c_int,
            (m * n) as c_int,
            count as c_int,
        )
    };
    same_bits(&c, &want, &|| "cblas_dgemm_batch_strided row-major".into());
    let mut c = c0.clone();
    let ap: Vec<*const f64> = (0..count).map(|i| a[i * m * k..].as_ptr()).collect();
    let bp: Vec<*const f64> = (0..count).map(|i| b[i * k * n..].as_ptr()).collect();
    let cp: Vec<*mut f64> = (0..count).map(|i| c[i * m * n..].as_mut_ptr()).collect();
    let one = |v: c_int| [v];
    // SAFETY: one group of `count` products.
    unsafe {
        cblas_ext::cblas_dgemm_batch(
            RM,
            one(111).as_ptr(),
            one(112).as_ptr(),
            one(m as c_int).as_ptr(),
            one(n as c_int).as_ptr(),
            one(k as c_int).as_ptr(),
            [1.5].as_ptr(),
            ap.as_ptr(),
            one(k as c_int).as_ptr(),
            bp.as_ptr(),
            one(k as c_int).as_ptr(),
            [-0.5].as_ptr(),
            cp.as_ptr(),
            one(n as c_int).as_ptr(),
            1,
            one(count as c_int).as_ptr(),
        )
    };
    same_bits(&c, &want, &|| "cblas_dgemm_batch row-major".into());
}

/// gemmtr and gemm3m: the same bits as gemmt and gemm, through the symbols.
#[test]
fn gemmtr_and_gemm3m_are_gemmt_and_gemm() {
    let mut rng = Rng::new(15);
    let n = 7i32;
    let a: Vec<c64> = (0..49).map(|_| c64::random(&mut rng)).collect();
    let b: Vec<c64> = (0..49).map(|_| c64::random(&mut rng)).collect();
    let c0: Vec<c64> = (0..49).map(|_| c64::random(&mut rng)).collect();
    let (al, be) = (c64::new(0.5, 1.0), c64::new(-1.0, 0.25));
    let (mut c1, mut c2, mut c3, mut c4) = (c0.clone(), c0.clone(), c0.clone(), c0.clone());
    // SAFETY: 7x7 matrices.
    unsafe {
        fortran::zgemmtr_(
            &b'L',
            &b'C',
            &b'N',
            &n,
            &n,
            &al,
            a.as_ptr(),
            &n,
            b.as_ptr(),
            &n,
            &be,
            c1.as_mut_ptr(),
            &n,
            1,
            1,
            1,
        );
        fortran::zgemmt_(
            &b'L',
            &b'C',
            &b'N',
            &n,
            &n,
            &al,
            a.as_ptr(),
            &n,
            b.as_ptr(),
            &n,
            &be,
            c2.as_mut_ptr(),
            &n,
            1,
            1,
            1,
        );
        fortran::zgemm3m_(
            &b'T',
            &b'N',
            &n,
            &n,
            &n,
            &al,
            a.as_ptr(),
            &n,
            b.as_ptr(),
            &n,
            &be,
            c3.as_mut_ptr(),
            &n,
            1,
            1,
        );
        fortran::zgemm_(&b'T', &b'N', &n, &n, &n, &al, a.as_ptr(), &n, b.as_ptr(), &n, &be, c4.as_mut_ptr(), &n, 1, 1);
    }
    same_bits(&c1, &c2, &|| "zgemmtr".into());
    same_bits(&c3, &c4, &|| "zgemm3m".into());
    let _ = last();
    // SAFETY: rejected before any array is read.
    unsafe {
        fortran::cgemm3m_(
            &b'N',
            &b'N',
            &-1,
            &1,
            &1,
            &c32::new(1.0, 0.0),
            std::ptr::null(),
            &1,
            std::ptr::null(),
            &1,
            &c32::new(1.0, 0.0),
            std::ptr::null_mut(),
            &1,
            1,
            1,
        );
    }
    assert_eq!(last(), Some(("CGEMM3M".into(), 3)));
    // SAFETY: as above.
    unsafe {
        fortran::dgemmtr_(
            &b'X',
            &b'N',
            &b'N',
            &1,
            &1,
            &1.0,
            std::ptr::null(),
            &1,
            std::ptr::null(),
            &1,
            &1.0,
            std::ptr::null_mut(),
            &1,
            1,
            1,
            1,
        );
    }
    assert_eq!(last(), Some(("DGEMMTR".into(), 1)));
    // The CBLAS copies report to xerbla_ with the Fortran name, as OpenBLAS does.
    let mut b = [0.0f64; 4];
    // SAFETY: as above.
    unsafe { cblas_ext::cblas_domatcopy(CM, 999, 2, 2, 1.0, b.as_ptr(), 2, b.as_mut_ptr(), 2) };
    assert_eq!(last(), Some(("DOMATCOPY".into(), 2)));
    let z = c64::new(1.0, 0.0);
    // SAFETY: as above.
    unsafe {
        cblas_ext::cblas_zgeadd(
            999,
            2,
            2,
            &z as *const c64 as *const c_void,
            std::ptr::null(),
            2,
            &z as *const c64 as *const c_void,
            std::ptr::null_mut(),
            2,
        )
    };
    assert_eq!(last(), Some(("ZGEADD".into(), 1)));
}

/// ?amax/?amin/?sum (all types), i?max/i?min/?max/?min (real) and ?axpyc
/// (complex) against naive loops, over increments and sizes; `n <= 0` and
/// `incx <= 0` give 0.
fn level1<T: TestScalar>() {
    let mut rng = Rng::new(16);
    for n in [0usize, 1, 2, 3, 7, 33] {
        for inc in [1usize, 2, 3] {
            let mut x: Vec<T> = (0..(n.max(1) - 1) * inc + 1).map(|_| T::random(&mut rng)).collect();
            if n > 3 {
                x[2 * inc] = x[inc]; // ties: the first wins
            }
            let el = |i: usize| x[i * inc];
            let (ni, ii) = (n as i32, inc as i32);
            // SAFETY: `x` holds `n` elements `inc` apart.
            unsafe {
                let amax = blas_ext::amax_raw::<T, i32, true>(ni, x.as_ptr(), ii);
                let amin = blas_ext::amax_raw::<T, i32, false>(ni, x.as_ptr(), ii);
                let sum = blas_ext::sum_raw::<T, i32>(ni, x.as_ptr(), ii);
                let mags: Vec<f64> = (0..n).map(|i| el(i).abs1().to_f64()).collect();
                let want_max = mags.iter().cloned().fold(0.0f64, f64::max);
                let want_min = if n == 0 { 0.0 } else { mags.iter().cloned().fold(f64::INFINITY, f64::min) };
                assert_eq!(amax.to_f64(), want_max, "amax n={n} inc={inc}");
                assert_eq!(amin.to_f64(), want_min, "amin n={n} inc={inc}");
                let want_sum: f64 = (0..n).map(|i| el(i).re().to_f64() + el(i).im().to_f64()).sum();
                assert!(
                    (sum.to_f64() - want_sum).abs()
                        <= 4.0 * n as f64 * <T as TestScalar>::eps() * (1.0 + want_sum.abs()) + 1e-30,
                    "sum n={n}"
                );
                assert_eq!(blas_ext::sum_raw::<T, i32>(ni, x.as_ptr(), 0).to_f64(), 0.0);
                assert_eq!(blas_ext::amax_raw::<T, i32, true>(ni, x.as_ptr(), -1).to_f64(), 0.0);
                if !T::IS_COMPLEX {
                    let vals: Vec<f64> = (0..n).map(|i| el(i).re().to_f64()).collect();
                    let first = |better: &dyn Fn(f64, f64) -> bool| {
                        let mut b = 0;
                        for i in 1..n {
                            if better(vals[i], vals[b]) {
                                b = i;
                            }
                        }
                        if n == 0 {
                            0
                        } else {
                            b as i64 + 1
                        }
                    };
                    let (imx, imn) = (first(&|a, b| a > b), first(&|a, b| a < b));
                    assert_eq!(blas_ext::imax_raw::<T, i32, true>(ni, x.as_ptr(), ii), imx, "imax n={n}");
                    assert_eq!(blas_ext::imax_raw::<T, i32, false>(ni, x.as_ptr(), ii), imn, "imin n={n}");
                    let mx = blas_ext::max_raw::<T, i32, true>(ni, x.as_ptr(), ii).to_f64();
                    let mn = blas_ext::max_raw::<T, i32, false>(ni, x.as_ptr(), ii).to_f64();
                    assert_eq!(mx, if n == 0 { 0.0 } else { vals[imx as usize - 1] });
                    assert_eq!(mn, if n == 0 { 0.0 } else { vals[imn as usize - 1] });
                } else {
                    for incy in [1i32, -2] {
                        let alpha = T::from_f64s(0.5, -1.5);
                        let ly = (n.max(1) - 1) * incy.unsigned_abs() as usize + 1;
                        let y0: Vec<T> = (0..ly).map(|_| T::random(&mut rng)).collect();
                        let mut y = y0.clone();
                        blas_ext::axpyc_raw::<T, i32>(ni, alpha, x.as_ptr(), ii, y.as_mut_ptr(), incy);
                        for i in 0..n {
                            // A negative increment walks y from its end.
                            let yi = if incy > 0 { i } else { (n - 1 - i) * 2 };
                            let t = scaled(alpha, el(i), true);
                            let want = y0[yi].to_c64() + t;
                            let scale = mag(y0[yi].to_c64()) + mag(t);
                            close_sum(y[yi], want, scale, &|| format!("axpyc n={n} inc={inc} incy={incy} i={i}"));
                        }
                        let mut y2 = y0.clone();
                        blas_ext::axpyc_raw::<T, i32>(ni, T::zero(), x.as_ptr(), ii, y2.as_mut_ptr(), incy);
                        same_bits(&y2, &y0, &|| "axpyc alpha = 0".into());
                    }
                }
            }
        }
    }
}

per_type!(level1);
