//! The C ABI of the Level-3 routines other than GEMM: symm/hemm, syrk/herk,
//! syr2k/her2k, trmm and trsm through the Fortran-style `*_raw` functions,
//! the exported Fortran symbols and CBLAS.
//!
//! - Bad arguments, for every family and precision: the reference's
//!   parameter number (Fortran `INFO`, and CBLAS's numbering in both layouts,
//!   as the reference CBLAS passes it to `cblas_xerbla`), and the output
//!   array (filled with guard NaNs) left bit-identical.
//! - Every exported symbol reports under its own name.
//! - Row-major CBLAS calls against the column-major call on the same logical
//!   matrices, for every option; the triangles and diagonals a routine must
//!   not read hold guard NaNs, and those of the output it must not write
//!   must come back bit-identical.

use ferroblas_capi::generated::fortran;
use ferroblas_capi::{blas3, cblas3, xerbla};
use ferroblas_kernels::level3::Op;
use ferroblas_tests::{c32, c64, mag, RealScalar, Rng, Scalar, TestScalar};
use std::ffi::{c_int, c_void, CStr};

const CM: c_int = cblas3::COL_MAJOR;
const RM: c_int = cblas3::ROW_MAJOR;
const LEFT: c_int = 141;
const RIGHT: c_int = 142;
const UPPER: c_int = 121;
const LOWER: c_int = 122;
const NO_TRANS: c_int = 111;
const TRANS: c_int = 112;
const CONJ_TRANS: c_int = 113;
const NON_UNIT: c_int = 131;
const UNIT: c_int = 132;
/// An invalid value for any CBLAS enum.
const BAD: c_int = 999;

/// Elements of every test array: enough for the largest valid case below.
const LEN: usize = 64;

/// Whether all of `v` still holds the guard.
fn untouched<T: TestScalar>(v: &[T]) -> bool {
    v.iter().all(|x| x.bits() == T::guard().bits())
}

/// Takes the last reported error (name, parameter).
fn last() -> Option<(String, i32)> {
    xerbla::take_last_error()
}

/// A test routine name, NUL-terminated for the generic CBLAS functions.
fn cname(s: &'static str) -> &'static CStr {
    CStr::from_bytes_with_nul(s.as_bytes()).expect("NUL-terminated name")
}

// ---------------------------------------------------------------------------
// Bad arguments through the `*_raw` functions (Fortran numbering).

/// `?symm` / `?hemm`: 1 side, 2 uplo, 3 m, 4 n, 7 lda, 9 ldb, 12 ldc.
fn symm_raw_errors<T: TestScalar>() {
    let a = [T::one(); LEN];
    for herm in [false, true] {
        let call = |side: u8, uplo: u8, m: i32, n: i32, lda: i32, ldb: i32, ldc: i32| {
            let mut c = vec![T::guard(); LEN];
            let (p, q) = (a.as_ptr(), c.as_mut_ptr());
            // SAFETY: arrays large enough for every valid combination used here.
            let info = unsafe { blas3::symm_raw(herm, side, uplo, m, n, T::one(), p, lda, p, ldb, T::one(), q, ldc) };
            let info = info.err().unwrap_or(0);
            assert!(info == 0 || untouched(&c), "C written after error {info}");
            info
        };
        assert_eq!(call(b'X', b'U', 2, 2, 2, 2, 2), 1);
        assert_eq!(call(b'L', b'X', 2, 2, 2, 2, 2), 2);
        assert_eq!(call(b'L', b'U', -1, 2, 2, 2, 2), 3);
        assert_eq!(call(b'L', b'U', 2, -1, 2, 2, 2), 4);
        assert_eq!(call(b'L', b'U', 3, 2, 2, 3, 3), 7);
        assert_eq!(call(b'R', b'L', 2, 3, 2, 2, 2), 7);
        assert_eq!(call(b'R', b'L', 3, 2, 2, 2, 3), 9);
        assert_eq!(call(b'L', b'U', 3, 2, 3, 3, 2), 12);
        assert_eq!(call(b'X', b'X', -1, -1, 0, 0, 0), 1);
        assert_eq!(call(b'l', b'u', 3, 2, 3, 3, 3), 0);
        assert_eq!(call(b'r', b'l', 3, 2, 2, 3, 3), 0);
        assert_eq!(call(b'L', b'U', 0, 0, 1, 1, 1), 0);
    }
}

/// The `trans` values `?syrk`/`?syr2k` (`herm` false) or `?herk`/`?her2k`
/// reject for `T`, and those they take.
fn rank_k_trans<T: TestScalar>(herm: bool) -> (Vec<u8>, Vec<u8>) {
    match (T::IS_COMPLEX, herm) {
        (false, _) => (vec![b'X'], vec![b'N', b'T', b'C', b'n', b't', b'c']),
        (true, false) => (vec![b'X', b'C', b'c'], vec![b'N', b'T', b'n', b't']),
        (true, true) => (vec![b'X', b'T', b't'], vec![b'N', b'C', b'n', b'c']),
    }
}

/// `?syrk` / `?herk`: 1 uplo, 2 trans, 3 n, 4 k, 7 lda, 10 ldc.
fn syrk_raw_errors<T: TestScalar>() {
    let a = [T::one(); LEN];
    for herm in [false, true] {
        let call = |uplo: u8, trans: u8, n: i32, k: i32, lda: i32, ldc: i32| {
            let mut c = vec![T::guard(); LEN];
            // SAFETY: arrays large enough for every valid combination used here.
            let info = unsafe {
                blas3::syrk_raw(herm, uplo, trans, n, k, T::one(), a.as_ptr(), lda, T::one(), c.as_mut_ptr(), ldc)
            };
            let info = info.err().unwrap_or(0);
            assert!(info == 0 || untouched(&c), "C written after error {info}");
            info
        };
        let (bad, good) = rank_k_trans::<T>(herm);
        for t in bad {
            assert_eq!(call(b'U', t, 2, 2, 2, 2), 2, "trans {}", t as char);
        }
        for t in good {
            assert_eq!(call(b'U', t, 3, 3, 3, 3), 0, "trans {}", t as char);
            let transposed = !matches!(t, b'N' | b'n');
            // lda >= n for `N`, >= k otherwise.
            let (n, k) = if transposed { (2, 3) } else { (3, 2) };
            assert_eq!(call(b'L', t, n, k, 2, 3), 7, "trans {}", t as char);
            assert_eq!(call(b'L', t, n, k, 3, 3), 0, "trans {}", t as char);
        }
        assert_eq!(call(b'X', b'N', 2, 2, 2, 2), 1);
        assert_eq!(call(b'U', b'N', -1, 2, 2, 2), 3);
        assert_eq!(call(b'U', b'N', 2, -1, 2, 2), 4);
        assert_eq!(call(b'U', b'N', 3, 2, 3, 2), 10);
        assert_eq!(call(b'U', b'N', 0, 0, 1, 1), 0);
    }
}

/// `?syr2k` / `?her2k`: 1 uplo, 2 trans, 3 n, 4 k, 7 lda, 9 ldb, 12 ldc.
fn syr2k_raw_errors<T: TestScalar>() {
    let a = [T::one(); LEN];
    for herm in [false, true] {
        let call = |uplo: u8, trans: u8, n: i32, k: i32, lda: i32, ldb: i32, ldc: i32| {
            let mut c = vec![T::guard(); LEN];
            let (p, q) = (a.as_ptr(), c.as_mut_ptr());
            // SAFETY: arrays large enough for every valid combination used here.
            let info = unsafe { blas3::syr2k_raw(herm, uplo, trans, n, k, T::one(), p, lda, p, ldb, T::one(), q, ldc) };
            let info = info.err().unwrap_or(0);
            assert!(info == 0 || untouched(&c), "C written after error {info}");
            info
        };
        let (bad, good) = rank_k_trans::<T>(herm);
        for t in bad {
            assert_eq!(call(b'U', t, 2, 2, 2, 2, 2), 2, "trans {}", t as char);
        }
        for t in good {
            let transposed = !matches!(t, b'N' | b'n');
            let (n, k) = if transposed { (2, 3) } else { (3, 2) };
            assert_eq!(call(b'L', t, n, k, 2, 3, 3), 7, "trans {}", t as char);
            assert_eq!(call(b'L', t, n, k, 3, 2, 3), 9, "trans {}", t as char);
            assert_eq!(call(b'L', t, n, k, 3, 3, 3), 0, "trans {}", t as char);
        }
        assert_eq!(call(b'X', b'N', 2, 2, 2, 2, 2), 1);
        assert_eq!(call(b'U', b'N', -1, 2, 2, 2, 2), 3);
        assert_eq!(call(b'U', b'N', 2, -1, 2, 2, 2), 4);
        assert_eq!(call(b'U', b'N', 3, 2, 3, 3, 2), 12);
        assert_eq!(call(b'U', b'N', 0, 0, 1, 1, 1), 0);
    }
}

/// `?trmm` / `?trsm`: 1 side, 2 uplo, 3 transa, 4 diag, 5 m, 6 n, 9 lda, 11 ldb.
fn triangular_raw_errors<T: TestScalar>() {
    let a = [T::one(); LEN];
    for op in [Op::Multiply, Op::Solve] {
        let call = |side: u8, uplo: u8, ta: u8, diag: u8, m: i32, n: i32, lda: i32, ldb: i32| {
            let mut b = vec![T::guard(); LEN];
            let (p, q) = (a.as_ptr(), b.as_mut_ptr());
            // SAFETY: arrays large enough for every valid combination used here.
            let info = unsafe {
                match op {
                    Op::Multiply => blas3::trmm_raw(side, uplo, ta, diag, m, n, T::one(), p, lda, q, ldb),
                    Op::Solve => blas3::trsm_raw(side, uplo, ta, diag, m, n, T::one(), p, lda, q, ldb),
                }
            };
            let info = info.err().unwrap_or(0);
            assert!(info == 0 || untouched(&b), "B written after error {info}");
            info
        };
        assert_eq!(call(b'X', b'U', b'N', b'N', 2, 2, 2, 2), 1);
        assert_eq!(call(b'L', b'X', b'N', b'N', 2, 2, 2, 2), 2);
        assert_eq!(call(b'L', b'U', b'X', b'N', 2, 2, 2, 2), 3);
        assert_eq!(call(b'L', b'U', b'N', b'X', 2, 2, 2, 2), 4);
        assert_eq!(call(b'L', b'U', b'N', b'N', -1, 2, 2, 2), 5);
        assert_eq!(call(b'L', b'U', b'N', b'N', 2, -1, 2, 2), 6);
        assert_eq!(call(b'L', b'U', b'T', b'N', 3, 2, 2, 3), 9);
        assert_eq!(call(b'R', b'L', b'C', b'U', 2, 3, 2, 2), 9);
        assert_eq!(call(b'R', b'L', b'N', b'U', 3, 2, 2, 2), 11);
        assert_eq!(call(b'X', b'X', b'X', b'X', -1, -1, 0, 0), 1);
        for ta in [b'N', b'T', b'C', b'n', b't', b'c'] {
            assert_eq!(call(b'l', b'u', ta, b'n', 3, 2, 3, 3), 0);
            assert_eq!(call(b'r', b'l', ta, b'u', 3, 2, 2, 3), 0);
        }
        assert_eq!(call(b'L', b'U', b'N', b'N', 0, 0, 1, 1), 0);
    }
}

// ---------------------------------------------------------------------------
// Bad arguments through CBLAS (the generic functions behind every entry
// point), both layouts. Numbers are those the reference CBLAS passes to
// `cblas_xerbla`: in row-major, the transposed Fortran call's position + 1.

fn cblas_symm_errors<T: TestScalar>() {
    let a = [T::one(); LEN];
    for herm in [false, true] {
        let expected = if herm { "cblas_xhemm" } else { "cblas_xsymm" };
        let name = cname(if herm { "cblas_xhemm\0" } else { "cblas_xsymm\0" });
        let call = |lay: c_int, side: c_int, uplo: c_int, m: i32, n: i32, lda: i32, ldb: i32, ldc: i32| {
            let _ = last();
            let mut c = vec![T::guard(); LEN];
            let (p, q) = (a.as_ptr(), c.as_mut_ptr());
            // SAFETY: arrays large enough for every valid combination used here.
            unsafe {
                cblas3::cblas_symm(name, herm, lay, side, uplo, m, n, T::one(), p, lda, p, ldb, T::one(), q, ldc)
            };
            let err = last();
            if let Some((ref r, _)) = err {
                assert_eq!(r, expected);
                assert!(untouched(&c), "C written after an error");
            }
            err.map(|(_, p)| p)
        };
        assert_eq!(call(BAD, LEFT, UPPER, 2, 2, 2, 2, 2), Some(1));
        for lay in [CM, RM] {
            assert_eq!(call(lay, BAD, UPPER, 2, 2, 2, 2, 2), Some(2));
            assert_eq!(call(lay, LEFT, BAD, 2, 2, 2, 2, 2), Some(3));
            assert_eq!(call(lay, BAD, BAD, -1, -1, 0, 0, 0), Some(2));
            assert_eq!(call(lay, RIGHT, LOWER, 3, 3, 3, 3, 3), None);
            assert_eq!(call(lay, LEFT, UPPER, 0, 0, 1, 1, 1), None);
        }
        // Column-major: m 4, n 5, lda (>= m left, n right) 8, ldb 10, ldc 13.
        assert_eq!(call(CM, LEFT, UPPER, -1, 2, 2, 2, 2), Some(4));
        assert_eq!(call(CM, LEFT, UPPER, 2, -1, 2, 2, 2), Some(5));
        assert_eq!(call(CM, LEFT, UPPER, 3, 2, 2, 3, 3), Some(8));
        assert_eq!(call(CM, RIGHT, UPPER, 2, 3, 2, 2, 2), Some(8));
        assert_eq!(call(CM, RIGHT, UPPER, 3, 2, 2, 2, 3), Some(10));
        assert_eq!(call(CM, LEFT, UPPER, 3, 2, 3, 3, 2), Some(13));
        assert_eq!(call(CM, LEFT, UPPER, 3, 2, 3, 3, 3), None);
        // Row-major: m and n trade places in the Fortran call (the handler
        // swaps 4 and 5 back); lda >= m (left) or n (right), ldb, ldc >= n.
        assert_eq!(call(RM, LEFT, UPPER, -1, 2, 2, 2, 2), Some(5));
        assert_eq!(call(RM, LEFT, UPPER, 2, -1, 2, 2, 2), Some(4));
        assert_eq!(call(RM, LEFT, UPPER, 3, 2, 2, 2, 2), Some(8));
        assert_eq!(call(RM, RIGHT, UPPER, 2, 3, 2, 3, 3), Some(8));
        assert_eq!(call(RM, LEFT, UPPER, 2, 3, 2, 2, 3), Some(10));
        assert_eq!(call(RM, LEFT, UPPER, 2, 3, 2, 3, 2), Some(13));
        assert_eq!(call(RM, LEFT, UPPER, 2, 3, 2, 3, 3), None);
    }
}

/// The CBLAS `trans` codes the rank-k family `herm` rejects for `T` (in both
/// layouts) and those it takes.
fn rank_k_codes<T: TestScalar>(herm: bool) -> (Vec<c_int>, Vec<c_int>) {
    match (T::IS_COMPLEX, herm) {
        (false, _) => (vec![BAD], vec![NO_TRANS, TRANS, CONJ_TRANS]),
        (true, false) => (vec![BAD, CONJ_TRANS], vec![NO_TRANS, TRANS]),
        (true, true) => (vec![BAD, TRANS], vec![NO_TRANS, CONJ_TRANS]),
    }
}

fn cblas_syrk_errors<T: TestScalar>() {
    let a = [T::one(); LEN];
    for herm in [false, true] {
        let name = cname("cblas_xsyrk\0");
        let call = |lay: c_int, uplo: c_int, trans: c_int, n: i32, k: i32, lda: i32, ldc: i32| {
            let _ = last();
            let mut c = vec![T::guard(); LEN];
            let (p, q) = (a.as_ptr(), c.as_mut_ptr());
            // SAFETY: arrays large enough for every valid combination used here.
            unsafe { cblas3::cblas_syrk(name, herm, lay, uplo, trans, n, k, T::one(), p, lda, T::one(), q, ldc) };
            let err = last();
            assert!(err.is_none() || untouched(&c), "C written after an error");
            err.map(|(_, p)| p)
        };
        let (bad, good) = rank_k_codes::<T>(herm);
        assert_eq!(call(BAD, UPPER, NO_TRANS, 2, 2, 2, 2), Some(1));
        for lay in [CM, RM] {
            assert_eq!(call(lay, BAD, NO_TRANS, 2, 2, 2, 2), Some(2));
            for &t in &bad {
                assert_eq!(call(lay, UPPER, t, 2, 2, 2, 2), Some(3), "layout {lay} trans {t}");
            }
            assert_eq!(call(lay, UPPER, NO_TRANS, -1, 2, 2, 2), Some(4));
            assert_eq!(call(lay, UPPER, NO_TRANS, 2, -1, 2, 2), Some(5));
            assert_eq!(call(lay, UPPER, NO_TRANS, 3, 3, 3, 2), Some(11));
            for &t in &good {
                assert_eq!(call(lay, LOWER, t, 3, 3, 3, 3), None, "layout {lay} trans {t}");
            }
        }
        for &t in &good {
            // lda >= n when A is n x k in the caller's layout's leading
            // dimension: column-major NoTrans and row-major Trans; else >= k.
            for lay in [CM, RM] {
                let n_rows = (lay == CM) == (t == NO_TRANS);
                let (n, k) = if n_rows { (3, 2) } else { (2, 3) };
                assert_eq!(call(lay, LOWER, t, n, k, 2, 3), Some(8), "layout {lay} trans {t}");
                assert_eq!(call(lay, LOWER, t, n, k, 3, 3), None, "layout {lay} trans {t}");
            }
        }
    }
}

fn cblas_syr2k_errors<T: TestScalar>() {
    let a = [T::one(); LEN];
    for herm in [false, true] {
        let name = cname("cblas_xsyr2k\0");
        let call = |lay: c_int, uplo: c_int, trans: c_int, n: i32, k: i32, lda: i32, ldb: i32, ldc: i32| {
            let _ = last();
            let mut c = vec![T::guard(); LEN];
            let (p, q) = (a.as_ptr(), c.as_mut_ptr());
            // SAFETY: arrays large enough for every valid combination used here.
            unsafe {
                cblas3::cblas_syr2k(name, herm, lay, uplo, trans, n, k, T::one(), p, lda, p, ldb, T::one(), q, ldc)
            };
            let err = last();
            assert!(err.is_none() || untouched(&c), "C written after an error");
            err.map(|(_, p)| p)
        };
        let (bad, good) = rank_k_codes::<T>(herm);
        assert_eq!(call(BAD, UPPER, NO_TRANS, 2, 2, 2, 2, 2), Some(1));
        for lay in [CM, RM] {
            assert_eq!(call(lay, BAD, NO_TRANS, 2, 2, 2, 2, 2), Some(2));
            for &t in &bad {
                assert_eq!(call(lay, UPPER, t, 2, 2, 2, 2, 2), Some(3), "layout {lay} trans {t}");
            }
            assert_eq!(call(lay, UPPER, NO_TRANS, -1, 2, 2, 2, 2), Some(4));
            assert_eq!(call(lay, UPPER, NO_TRANS, 2, -1, 2, 2, 2), Some(5));
            assert_eq!(call(lay, UPPER, NO_TRANS, 3, 3, 3, 3, 2), Some(13));
            for &t in &good {
                let n_rows = (lay == CM) == (t == NO_TRANS);
                let (n, k) = if n_rows { (3, 2) } else { (2, 3) };
                assert_eq!(call(lay, LOWER, t, n, k, 2, 3, 3), Some(8), "layout {lay} trans {t}");
                assert_eq!(call(lay, LOWER, t, n, k, 3, 2, 3), Some(10), "layout {lay} trans {t}");
                assert_eq!(call(lay, LOWER, t, n, k, 3, 3, 3), None, "layout {lay} trans {t}");
            }
        }
    }
}

fn cblas_triangular_errors<T: TestScalar>() {
    let a = [T::one(); LEN];
    for op in [Op::Multiply, Op::Solve] {
        let name = cname("cblas_xtrxm\0");
        let call =
            |lay: c_int, side: c_int, uplo: c_int, ta: c_int, diag: c_int, m: i32, n: i32, lda: i32, ldb: i32| {
                let _ = last();
                let mut b = vec![T::guard(); LEN];
                let (p, q) = (a.as_ptr(), b.as_mut_ptr());
                // SAFETY: arrays large enough for every valid combination used here.
                unsafe {
                    cblas3::cblas_triangular(name, op, lay, side, uplo, ta, diag, m, n, T::one(), p, lda, q, ldb)
                };
                let err = last();
                assert!(err.is_none() || untouched(&b), "B written after an error");
                err.map(|(_, p)| p)
            };
        assert_eq!(call(BAD, LEFT, UPPER, NO_TRANS, NON_UNIT, 2, 2, 2, 2), Some(1));
        for lay in [CM, RM] {
            assert_eq!(call(lay, BAD, UPPER, NO_TRANS, NON_UNIT, 2, 2, 2, 2), Some(2));
            assert_eq!(call(lay, LEFT, BAD, NO_TRANS, NON_UNIT, 2, 2, 2, 2), Some(3));
            assert_eq!(call(lay, LEFT, UPPER, BAD, NON_UNIT, 2, 2, 2, 2), Some(4));
            assert_eq!(call(lay, LEFT, UPPER, NO_TRANS, BAD, 2, 2, 2, 2), Some(5));
            assert_eq!(call(lay, BAD, BAD, BAD, BAD, -1, -1, 0, 0), Some(2));
            for ta in [NO_TRANS, TRANS, CONJ_TRANS] {
                for diag in [NON_UNIT, UNIT] {
                    assert_eq!(call(lay, RIGHT, LOWER, ta, diag, 3, 3, 3, 3), None);
                }
            }
        }
        // Column-major: m 6, n 7, lda (>= m left, n right) 10, ldb (>= m) 12.
        assert_eq!(call(CM, LEFT, UPPER, NO_TRANS, NON_UNIT, -1, 2, 2, 2), Some(6));
        assert_eq!(call(CM, LEFT, UPPER, NO_TRANS, NON_UNIT, 2, -1, 2, 2), Some(7));
        assert_eq!(call(CM, LEFT, UPPER, TRANS, UNIT, 3, 2, 2, 3), Some(10));
        assert_eq!(call(CM, RIGHT, UPPER, NO_TRANS, UNIT, 2, 3, 2, 2), Some(10));
        assert_eq!(call(CM, RIGHT, UPPER, NO_TRANS, UNIT, 3, 2, 2, 2), Some(12));
        assert_eq!(call(CM, LEFT, UPPER, NO_TRANS, UNIT, 3, 2, 3, 3), None);
        // Row-major: m and n trade places (the handler swaps 6 and 7 back);
        // lda >= m (left) or n (right), ldb >= n.
        assert_eq!(call(RM, LEFT, UPPER, NO_TRANS, NON_UNIT, -1, 2, 2, 2), Some(7));
        assert_eq!(call(RM, LEFT, UPPER, NO_TRANS, NON_UNIT, 2, -1, 2, 2), Some(6));
        assert_eq!(call(RM, LEFT, UPPER, CONJ_TRANS, UNIT, 3, 2, 2, 2), Some(10));
        assert_eq!(call(RM, RIGHT, UPPER, NO_TRANS, UNIT, 2, 3, 2, 3), Some(10));
        assert_eq!(call(RM, LEFT, UPPER, NO_TRANS, UNIT, 2, 3, 2, 2), Some(12));
        assert_eq!(call(RM, LEFT, UPPER, NO_TRANS, UNIT, 2, 3, 2, 3), None);
    }
}

ferroblas_tests::for_each_type! {
    symm_raw_bad_arguments => symm_raw_errors;
    syrk_raw_bad_arguments => syrk_raw_errors;
    syr2k_raw_bad_arguments => syr2k_raw_errors;
    triangular_raw_bad_arguments => triangular_raw_errors;
    cblas_symm_bad_arguments => cblas_symm_errors;
    cblas_syrk_bad_arguments => cblas_syrk_errors;
    cblas_syr2k_bad_arguments => cblas_syr2k_errors;
    cblas_triangular_bad_arguments => cblas_triangular_errors;
}

// ---------------------------------------------------------------------------
// Every exported symbol reports under its own name, with the right number.

/// Calls each Fortran symbol of one precision with one bad argument.
macro_rules! fortran_names {
    ($t:ty, $symm:ident $syrk:ident $syr2k:ident $trmm:ident $trsm:ident, $pre:literal) => {{
        let a = [<$t as TestScalar>::guard(); LEN];
        let mut c = [<$t as TestScalar>::guard(); LEN];
        let (one, two, neg) = (&<$t>::from_real(1.0), &2i32, &-1i32);
        let (p, q) = (a.as_ptr(), c.as_mut_ptr());
        let e = |s: &str, i: i32| Some((format!("{}{s}", $pre), i));
        // SAFETY: every call is rejected before any array is read.
        unsafe {
            fortran::$symm(&b'L', &b'U', two, two, one, p, &1, p, two, one, q, two, 1, 1);
            assert_eq!(last(), e("SYMM", 7));
            fortran::$syrk(&b'U', &b'N', two, neg, one, p, two, one, q, two, 1, 1);
            assert_eq!(last(), e("SYRK", 4));
            fortran::$syr2k(&b'U', &b'N', two, two, one, p, two, p, two, one, q, &1, 1, 1);
            assert_eq!(last(), e("SYR2K", 12));
            fortran::$trmm(&b'L', &b'U', &b'N', &b'X', two, two, one, p, two, q, two, 1, 1, 1, 1);
            assert_eq!(last(), e("TRMM", 4));
            fortran::$trsm(&b'L', &b'U', &b'N', &b'N', two, two, one, p, two, q, &1, 1, 1, 1, 1);
            assert_eq!(last(), e("TRSM", 11));
        }
        assert!(untouched(&c));
    }};
}

#[test]
fn fortran_symbols_report_their_names() {
    let _ = last();
    fortran_names!(f32, ssymm_ ssyrk_ ssyr2k_ strmm_ strsm_, "S");
    fortran_names!(f64, dsymm_ dsyrk_ dsyr2k_ dtrmm_ dtrsm_, "D");
    fortran_names!(c32, csymm_ csyrk_ csyr2k_ ctrmm_ ctrsm_, "C");
    fortran_names!(c64, zsymm_ zsyrk_ zsyr2k_ ztrmm_ ztrsm_, "Z");
    macro_rules! herm {
        ($t:ty, $r:ty, $hemm:ident $herk:ident $her2k:ident, $pre:literal) => {{
            let a = [<$t as TestScalar>::guard(); LEN];
            let mut c = [<$t as TestScalar>::guard(); LEN];
            let (one, rone, two) = (&<$t>::from_real(1.0), &(1.0 as $r), &2i32);
            let (p, q) = (a.as_ptr(), c.as_mut_ptr());
            let e = |s: &str, i: i32| Some((format!("{}{s}", $pre), i));
            // SAFETY: every call is rejected before any array is read.
            unsafe {
                fortran::$hemm(&b'R', &b'L', two, two, one, p, two, p, &1, one, q, two, 1, 1);
                assert_eq!(last(), e("HEMM", 9));
                fortran::$herk(&b'U', &b'T', two, two, rone, p, two, rone, q, two, 1, 1);
                assert_eq!(last(), e("HERK", 2));
                fortran::$her2k(&b'U', &b'C', two, two, one, p, two, p, &1, rone, q, two, 1, 1);
                assert_eq!(last(), e("HER2K", 9));
            }
            assert!(untouched(&c));
        }};
    }
    herm!(c32, f32, chemm_ cherk_ cher2k_, "C");
    herm!(c64, f64, zhemm_ zherk_ zher2k_, "Z");
}

#[test]
fn cblas_symbols_report_their_names() {
    let _ = last();
    let e = |s: &str, i: i32| Some((s.to_string(), i));
    macro_rules! real {
        ($t:ty, $symm:ident $syrk:ident $syr2k:ident $trmm:ident $trsm:ident) => {{
            let a = [<$t as TestScalar>::guard(); LEN];
            let mut c = [<$t as TestScalar>::guard(); LEN];
            let (p, q) = (a.as_ptr(), c.as_mut_ptr());
            // SAFETY: every call is rejected before any array is read.
            unsafe {
                cblas3::$symm(RM, LEFT, UPPER, 2, 3, 1.0, p, 2, p, 3, 1.0, q, 2);
                assert_eq!(last(), e(stringify!($symm), 13));
                cblas3::$syrk(CM, UPPER, BAD, 2, 2, 1.0, p, 2, 1.0, q, 2);
                assert_eq!(last(), e(stringify!($syrk), 3));
                cblas3::$syr2k(RM, UPPER, TRANS, 2, 3, 1.0, p, 2, p, 1, 1.0, q, 2);
                assert_eq!(last(), e(stringify!($syr2k), 10));
                cblas3::$trmm(RM, LEFT, UPPER, NO_TRANS, UNIT, -1, 2, 1.0, p, 2, q, 2);
                assert_eq!(last(), e(stringify!($trmm), 7));
                cblas3::$trsm(0, LEFT, UPPER, NO_TRANS, UNIT, 2, 2, 1.0, p, 2, q, 2);
                assert_eq!(last(), e(stringify!($trsm), 1));
            }
            assert!(untouched(&c));
        }};
    }
    real!(f32, cblas_ssymm cblas_ssyrk cblas_ssyr2k cblas_strmm cblas_strsm);
    real!(f64, cblas_dsymm cblas_dsyrk cblas_dsyr2k cblas_dtrmm cblas_dtrsm);
    macro_rules! complex {
        ($t:ty, $r:ty, $symm:ident $syrk:ident $syr2k:ident $trmm:ident $trsm:ident $hemm:ident $herk:ident $her2k:ident) => {{
            let a = [<$t as TestScalar>::guard(); LEN];
            let mut c = [<$t as TestScalar>::guard(); LEN];
            let one = <$t>::from_real(1.0);
            let s = (&one as *const $t).cast::<c_void>();
            let (p, q) = (a.as_ptr().cast::<c_void>(), c.as_mut_ptr().cast::<c_void>());
            // SAFETY: every call is rejected before any array is read.
            unsafe {
                cblas3::$symm(RM, LEFT, UPPER, 2, 3, s, p, 2, p, 3, s, q, 2);
                assert_eq!(last(), e(stringify!($symm), 13));
                cblas3::$syrk(RM, UPPER, CONJ_TRANS, 2, 2, s, p, 2, s, q, 2);
                assert_eq!(last(), e(stringify!($syrk), 3));
                cblas3::$syr2k(RM, UPPER, TRANS, 2, 3, s, p, 2, p, 1, s, q, 2);
                assert_eq!(last(), e(stringify!($syr2k), 10));
                cblas3::$trmm(RM, LEFT, UPPER, CONJ_TRANS, UNIT, -1, 2, s, p, 2, q, 2);
                assert_eq!(last(), e(stringify!($trmm), 7));
                cblas3::$trsm(0, LEFT, UPPER, NO_TRANS, UNIT, 2, 2, s, p, 2, q, 2);
                assert_eq!(last(), e(stringify!($trsm), 1));
                cblas3::$hemm(CM, RIGHT, 0, 2, 2, s, p, 2, p, 2, s, q, 2);
                assert_eq!(last(), e(stringify!($hemm), 3));
                cblas3::$herk(CM, UPPER, TRANS, 2, 2, 1.0 as $r, p, 2, 1.0 as $r, q, 2);
                assert_eq!(last(), e(stringify!($herk), 3));
                cblas3::$her2k(RM, LOWER, NO_TRANS, 2, 3, s, p, 3, p, 3, 1.0 as $r, q, 1);
                assert_eq!(last(), e(stringify!($her2k), 13));
            }
            assert!(untouched(&c));
        }};
    }
    complex!(c32, f32, cblas_csymm cblas_csyrk cblas_csyr2k cblas_ctrmm cblas_ctrsm cblas_chemm cblas_cherk cblas_cher2k);
    complex!(c64, f64, cblas_zsymm cblas_zsyrk cblas_zsyr2k cblas_ztrmm cblas_ztrsm cblas_zhemm cblas_zherk cblas_zher2k);
}

// ---------------------------------------------------------------------------
// Row-major against column-major on the same logical matrices.

/// A logical `r x c` matrix.
#[derive(Clone)]
struct Mat<T> {
    r: usize,
    c: usize,
    v: Vec<T>,
}

impl<T: TestScalar> Mat<T> {
    fn random(rng: &mut Rng, r: usize, c: usize) -> Self {
        Mat { r, c, v: (0..r * c).map(|_| T::random(rng)).collect() }
    }

    fn at(&self, i: usize, j: usize) -> T {
        self.v[i + j * self.r]
    }

    fn set(&mut self, i: usize, j: usize, x: T) {
        self.v[i + j * self.r] = x;
    }

    /// The leading dimension used in `row_major` storage (one element of padding).
    fn ld(&self, row_major: bool) -> usize {
        (if row_major { self.c } else { self.r }).max(1) + 1
    }

    /// The storage in the given layout; padding holds the guard.
    fn store(&self, row_major: bool) -> Vec<T> {
        let ld = self.ld(row_major);
        let outer = if row_major { self.r } else { self.c };
        let mut s = vec![T::guard(); ld * outer.max(1)];
        for i in 0..self.r {
            for j in 0..self.c {
                s[if row_major { i * ld + j } else { i + j * ld }] = self.at(i, j);
            }
        }
        s
    }

    /// The logical matrix of storage `s` laid out as [`Mat::store`] lays it.
    fn load(&self, s: &[T], row_major: bool) -> Self {
        let ld = self.ld(row_major);
        let mut m = self.clone();
        for i in 0..self.r {
            for j in 0..self.c {
                m.set(i, j, s[if row_major { i * ld + j } else { i + j * ld }]);
            }
        }
        m
    }

    /// Replaces what lies outside the `upper` (or lower) triangle, and the
    /// diagonal too when `diag`, with the guard.
    fn guard_outside(mut self, upper: bool, diag: bool) -> Self {
        for i in 0..self.r {
            for j in 0..self.c {
                if (i == j && diag) || (i != j && (i < j) != upper) {
                    self.set(i, j, T::guard());
                }
            }
        }
        self
    }
}

/// The operands of one call, in one layout.
struct Stored<T> {
    a: Vec<T>,
    lda: i32,
    b: Vec<T>,
    ldb: i32,
    out: Vec<T>,
    ldo: i32,
}

/// Runs `call` on `(a, b, out)` stored column-major and row-major; the
/// outputs must agree as logical matrices (guard NaNs bit for bit, the rest
/// within `k * eps` relative to the magnitudes involved).
fn both_layouts<T: TestScalar>(
    a: &Mat<T>,
    b: &Mat<T>,
    out: &Mat<T>,
    k: usize,
    what: &str,
    call: impl Fn(c_int, &mut Stored<T>),
) {
    let run = |row: bool| {
        let mut s = Stored {
            a: a.store(row),
            lda: a.ld(row) as i32,
            b: b.store(row),
            ldb: b.ld(row) as i32,
            out: out.store(row),
            ldo: out.ld(row) as i32,
        };
        let (a0, b0) = (s.a.clone(), s.b.clone());
        call(if row { RM } else { CM }, &mut s);
        assert!(s.a.iter().zip(&a0).all(|(x, y)| x.bits() == y.bits()), "{what}: A changed");
        assert!(s.b.iter().zip(&b0).all(|(x, y)| x.bits() == y.bits()), "{what}: B changed");
        assert!(last().is_none(), "{what}: an error was reported");
        out.load(&s.out, row)
    };
    let (col, row) = (run(false), run(true));
    let scale = a.v.iter().chain(&b.v).chain(&out.v).map(|x| x.to_c64()).filter(|z| z.re.is_finite()).map(mag);
    let scale = scale.fold(1.0, f64::max);
    let tol = 8.0 * (k + 4) as f64 * T::eps() * scale * scale * 4.0;
    for i in 0..out.r {
        for j in 0..out.c {
            let (x, y) = (row.at(i, j), col.at(i, j));
            let ok =
                if y.bits() == T::guard().bits() { x.bits() == y.bits() } else { mag(x.to_c64() - y.to_c64()) <= tol };
            assert!(ok, "{what} [{}]: ({i}, {j}) row-major {:?}, column-major {:?}", T::NAME, x, y);
        }
    }
}

fn side_uplo_cases() -> impl Iterator<Item = (c_int, c_int)> {
    [LEFT, RIGHT].into_iter().flat_map(|s| [UPPER, LOWER].into_iter().map(move |u| (s, u)))
}

/// symm (`herm` false) or hemm through `entry`, every side and triangle.
fn check_symm<T: TestScalar>(herm: bool, entry: impl Fn(c_int, c_int, c_int, T, &mut Stored<T>, T, i32, i32)) {
    let mut rng = Rng::new(31);
    let (m, n) = (5, 7);
    for (side, uplo) in side_uplo_cases() {
        let ka = if side == LEFT { m } else { n };
        let a = Mat::<T>::random(&mut rng, ka, ka).guard_outside(uplo == UPPER, false);
        let b = Mat::<T>::random(&mut rng, m, n);
        let c = Mat::<T>::random(&mut rng, m, n);
        let (alpha, beta) = (T::random(&mut rng), T::random(&mut rng));
        let what = format!("{} side {side} uplo {uplo}", if herm { "hemm" } else { "symm" });
        both_layouts(&a, &b, &c, ka, &what, |lay, s| entry(lay, side, uplo, alpha, s, beta, m as i32, n as i32));
    }
}

/// The `trans` codes the rank-k family takes for `T`.
fn trans_codes<T: TestScalar>(herm: bool) -> Vec<c_int> {
    rank_k_codes::<T>(herm).1
}

/// syrk/herk (`two` false) or syr2k/her2k through `entry(layout, uplo, trans, s, n, k)`.
fn check_rank_k<T: TestScalar>(herm: bool, two: bool, entry: impl Fn(c_int, c_int, c_int, &mut Stored<T>, i32, i32)) {
    let mut rng = Rng::new(37);
    let (n, k) = (6, 4);
    for uplo in [UPPER, LOWER] {
        for trans in trans_codes::<T>(herm) {
            let (r, c) = if trans == NO_TRANS { (n, k) } else { (k, n) };
            let a = Mat::<T>::random(&mut rng, r, c);
            let b = if two { Mat::<T>::random(&mut rng, r, c) } else { Mat { r: 0, c: 0, v: vec![] } };
            let cm = Mat::<T>::random(&mut rng, n, n).guard_outside(uplo == UPPER, false);
            let what = format!("rank-{} herm {herm} uplo {uplo} trans {trans}", if two { "2k" } else { "k" });
            both_layouts(&a, &b, &cm, 2 * k, &what, |lay, s| entry(lay, uplo, trans, s, n as i32, k as i32));
        }
    }
}

/// trmm (`Op::Multiply`) or trsm through `entry`, every option.
fn check_triangular<T: TestScalar>(op: Op, entry: impl Fn([c_int; 5], T, &mut Stored<T>, i32, i32)) {
    let mut rng = Rng::new(41);
    let (m, n) = (5, 6);
    for (side, uplo) in side_uplo_cases() {
        for ta in [NO_TRANS, TRANS, CONJ_TRANS] {
            for diag in [NON_UNIT, UNIT] {
                let ka = if side == LEFT { m } else { n };
                let mut a = Mat::<T>::random(&mut rng, ka, ka);
                if op == Op::Solve {
                    // Well conditioned: a dominant diagonal.
                    for x in a.v.iter_mut() {
                        *x = x.scale_real(T::Real::from_f64(0.3));
                    }
                    for i in 0..ka {
                        let d = a.at(i, i);
                        a.set(i, i, d + T::from_f64s(2.0, 0.0));
                    }
                }
                let a = a.guard_outside(uplo == UPPER, diag == UNIT);
                let b = Mat::<T>::random(&mut rng, m, n);
                let alpha = T::random(&mut rng);
                let what = format!("{op:?} side {side} uplo {uplo} trans {ta} diag {diag}");
                let none = Mat { r: 0, c: 0, v: vec![] };
                both_layouts(&a, &none, &b, ka, &what, |lay, s| {
                    entry([lay, side, uplo, ta, diag], alpha, s, m as i32, n as i32)
                });
            }
        }
    }
}

/// A complex scalar argument by pointer.
fn ptr<T>(x: &T) -> *const c_void {
    (x as *const T).cast()
}

#[test]
fn row_major_symm_and_hemm() {
    // SAFETY (all closures): arrays sized by `both_layouts` for the arguments.
    check_symm::<f64>(false, |lay, side, uplo, alpha, s, beta, m, n| unsafe {
        let (a, b, c) = (s.a.as_ptr(), s.b.as_ptr(), s.out.as_mut_ptr());
        cblas3::cblas_dsymm(lay, side, uplo, m, n, alpha, a, s.lda, b, s.ldb, beta, c, s.ldo)
    });
    check_symm::<c32>(false, |lay, side, uplo, alpha, s, beta, m, n| unsafe {
        let (a, b, c) = (s.a.as_ptr().cast(), s.b.as_ptr().cast(), s.out.as_mut_ptr().cast());
        cblas3::cblas_csymm(lay, side, uplo, m, n, ptr(&alpha), a, s.lda, b, s.ldb, ptr(&beta), c, s.ldo)
    });
    check_symm::<c64>(true, |lay, side, uplo, alpha, s, beta, m, n| unsafe {
        let (a, b, c) = (s.a.as_ptr().cast(), s.b.as_ptr().cast(), s.out.as_mut_ptr().cast());
        cblas3::cblas_zhemm(lay, side, uplo, m, n, ptr(&alpha), a, s.lda, b, s.ldb, ptr(&beta), c, s.ldo)
    });
}

#[test]
fn row_major_syrk_and_herk() {
    let (alpha, beta) = (0.75, -1.25);
    // SAFETY (all closures): arrays sized by `both_layouts` for the arguments.
    check_rank_k::<f32>(false, false, |lay, uplo, trans, s, n, k| unsafe {
        let (a, c) = (s.a.as_ptr(), s.out.as_mut_ptr());
        cblas3::cblas_ssyrk(lay, uplo, trans, n, k, alpha as f32, a, s.lda, beta as f32, c, s.ldo)
    });
    let (za, zb) = (c64::new(0.5, -0.75), c64::new(1.5, 0.25));
    check_rank_k::<c64>(false, false, |lay, uplo, trans, s, n, k| unsafe {
        let (a, c) = (s.a.as_ptr().cast(), s.out.as_mut_ptr().cast());
        cblas3::cblas_zsyrk(lay, uplo, trans, n, k, ptr(&za), a, s.lda, ptr(&zb), c, s.ldo)
    });
    check_rank_k::<c32>(true, false, |lay, uplo, trans, s, n, k| unsafe {
        let (a, c) = (s.a.as_ptr().cast(), s.out.as_mut_ptr().cast());
        cblas3::cblas_cherk(lay, uplo, trans, n, k, alpha as f32, a, s.lda, beta as f32, c, s.ldo)
    });
}

#[test]
fn row_major_syr2k_and_her2k() {
    // SAFETY (all closures): arrays sized by `both_layouts` for the arguments.
    check_rank_k::<f64>(false, true, |lay, uplo, trans, s, n, k| unsafe {
        let (a, b, c) = (s.a.as_ptr(), s.b.as_ptr(), s.out.as_mut_ptr());
        cblas3::cblas_dsyr2k(lay, uplo, trans, n, k, -0.5, a, s.lda, b, s.ldb, 2.0, c, s.ldo)
    });
    let (ca, cb) = (c32::new(0.5, -0.75), c32::new(1.5, 0.25));
    check_rank_k::<c32>(false, true, |lay, uplo, trans, s, n, k| unsafe {
        let (a, b, c) = (s.a.as_ptr().cast(), s.b.as_ptr().cast(), s.out.as_mut_ptr().cast());
        cblas3::cblas_csyr2k(lay, uplo, trans, n, k, ptr(&ca), a, s.lda, b, s.ldb, ptr(&cb), c, s.ldo)
    });
    // A complex alpha: the row-major call must conjugate it.
    let za = c64::new(0.5, -0.75);
    check_rank_k::<c64>(true, true, |lay, uplo, trans, s, n, k| unsafe {
        let (a, b, c) = (s.a.as_ptr().cast(), s.b.as_ptr().cast(), s.out.as_mut_ptr().cast());
        cblas3::cblas_zher2k(lay, uplo, trans, n, k, ptr(&za), a, s.lda, b, s.ldb, 0.5, c, s.ldo)
    });
}

#[test]
fn row_major_trmm() {
    // SAFETY (all closures): arrays sized by `both_layouts` for the arguments.
    check_triangular::<f32>(Op::Multiply, |[lay, side, uplo, ta, diag], alpha, s, m, n| unsafe {
        let (a, b) = (s.a.as_ptr(), s.out.as_mut_ptr());
        cblas3::cblas_strmm(lay, side, uplo, ta, diag, m, n, alpha, a, s.lda, b, s.ldo)
    });
    check_triangular::<c64>(Op::Multiply, |[lay, side, uplo, ta, diag], alpha, s, m, n| unsafe {
        let (a, b) = (s.a.as_ptr().cast(), s.out.as_mut_ptr().cast());
        cblas3::cblas_ztrmm(lay, side, uplo, ta, diag, m, n, ptr(&alpha), a, s.lda, b, s.ldo)
    });
}

#[test]
fn row_major_trsm() {
    // SAFETY (all closures): arrays sized by `both_layouts` for the arguments.
    check_triangular::<f64>(Op::Solve, |[lay, side, uplo, ta, diag], alpha, s, m, n| unsafe {
        let (a, b) = (s.a.as_ptr(), s.out.as_mut_ptr());
        cblas3::cblas_dtrsm(lay, side, uplo, ta, diag, m, n, alpha, a, s.lda, b, s.ldo)
    });
    check_triangular::<c32>(Op::Solve, |[lay, side, uplo, ta, diag], alpha, s, m, n| unsafe {
        let (a, b) = (s.a.as_ptr().cast(), s.out.as_mut_ptr().cast());
        cblas3::cblas_ctrsm(lay, side, uplo, ta, diag, m, n, ptr(&alpha), a, s.lda, b, s.ldo)
    });
}
