//! `?gemm_`: `C := alpha op(A) op(B) + beta C`.

#![no_main]

use ferroblas_capi::generated::fortran::{cgemm_, dgemm_, sgemm_, zgemm_};
use ferroblas_fuzz::*;
use libfuzzer_sys::fuzz_target;

type Gemm<T> = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const BlasInt,
    *const BlasInt,
    *const BlasInt,
    *const T,
    *const T,
    *const BlasInt,
    *const T,
    *const BlasInt,
    *const T,
    *mut T,
    *const BlasInt,
    usize,
    usize,
);

fuzz_target!(|data: &[u8]| {
    let mut inp = Input::new(data);
    match inp.precision() {
        0 => run::<f32>(&mut inp, sgemm_),
        1 => run::<f64>(&mut inp, dgemm_),
        2 => run::<c32>(&mut inp, cgemm_),
        _ => run::<c64>(&mut inp, zgemm_),
    }
});

#[derive(Debug)]
#[allow(dead_code)] // read through Debug
struct Args<T> {
    transa: char,
    transb: char,
    m: BlasInt,
    n: BlasInt,
    k: BlasInt,
    alpha: T,
    lda: BlasInt,
    ldb: BlasInt,
    beta: T,
    ldc: BlasInt,
    threads: usize,
    lead: u8,
}

fn run<T: Elem>(inp: &mut Input, gemm: Gemm<T>) {
    let mut rng = inp.rng();
    let (transa, transb) = (inp.opt(b"NTC"), inp.opt(b"NTC"));
    let big = inp.big();
    let threads = inp.threads(big);
    let (mut m, mut n, mut k) = (inp.dim(big, 300), inp.dim(big, 300), inp.dim(big, 300));
    // From 2M multiply-adds the product runs blocked on 2 threads; on one,
    // from 192^3 (7M).
    cap_volume(&mut [&mut m, &mut n, &mut k], T::COMPLEX, if threads == 1 { 9_000_000 } else { 3_000_000 });
    // The reference sizes A and B by whether the option is 'N', valid or not.
    let (nota, notb) = (is_opt(transa, b"N"), is_opt(transb, b"N"));
    let (rowa, cola) = if nota { (m, k) } else { (k, m) };
    let (rowb, colb) = if notb { (k, n) } else { (n, k) };
    let (lda, ldb, ldc) = (inp.ld(rowa), inp.ld(rowb), inp.ld(m));
    let alpha: T = inp.scalar(&mut rng);
    let beta: T = inp.scalar(&mut rng);
    let lead = inp.lead_mask();
    let args =
        Args { transa: transa as char, transb: transb as char, m, n, k, alpha, lda, ldb, beta, ldc, threads, lead };

    let mut a = Guarded::<T>::random(mat_len(lda, rowa, cola), lead & 1 != 0, &mut rng);
    let mut b = Guarded::<T>::random(mat_len(ldb, rowb, colb), lead & 2 != 0, &mut rng);
    let mut c = Guarded::<T>::random(mat_len(ldc, m, n), lead & 4 != 0, &mut rng);
    inp.maybe_nan(&mut rng, &mut [&mut a, &mut b, &mut c]);
    a.freeze();
    b.freeze();
    let c0 = c.as_slice().to_vec();

    let info = if !is_opt(transa, b"NTC") {
        1
    } else if !is_opt(transb, b"NTC") {
        2
    } else if m < 0 {
        3
    } else if n < 0 {
        4
    } else if k < 0 {
        5
    } else if lda < rowa.max(1) {
        8
    } else if ldb < rowb.max(1) {
        10
    } else if ldc < m.max(1) {
        13
    } else {
        0
    };

    set_threads(threads);
    clear_reported();
    // SAFETY: every array holds what the arguments declare.
    unsafe { gemm(&transa, &transb, &m, &n, &k, &alpha, a.ptr(), &lda, b.ptr(), &ldb, &beta, c.mut_ptr(), &ldc, 1, 1) };
    check_reported(T::PREFIX, "GEMM", info, &args);
    if info != 0 {
        check_unchanged("C", &c0, c.as_slice(), &args);
        return;
    }

    let (m, n, k, ldc) = (m as usize, n as usize, k as usize, ldc as usize);
    let (alpha, beta) = (alpha.to_cx(), beta.to_cx());
    let zero = Cx::new(0.0, 0.0);
    let one = Cx::new(1.0, 0.0);
    let quick = m == 0 || n == 0 || ((alpha == zero || k == 0) && beta == one);
    let (a, b) = (a.as_slice(), b.as_slice());
    let op_a = |i: usize, p: usize| {
        if nota {
            at(a, lda, i, p)
        } else {
            conj_if(at(a, lda, p, i), is_opt(transa, b"C"))
        }
    };
    let op_b = |p: usize, j: usize| {
        if notb {
            at(b, ldb, p, j)
        } else {
            conj_if(at(b, ldb, j, p), is_opt(transb, b"C"))
        }
    };
    let mut want = vec![Want::Same; c0.len()];
    if !quick {
        // Rows of op(A), and columns of op(B), as rows.
        let ra = Rows::new(m, k, op_a);
        let cb = Rows::new(n, k, |j, p| op_b(p, j));
        for j in 0..n {
            for i in 0..m {
                let (mut s, mut mag) = (zero, 0.0);
                if alpha != zero && k > 0 {
                    let (d, dm) = ra.dot(i, &cb, j);
                    s = alpha * d;
                    mag = abs1(alpha) * dm;
                }
                if beta != zero {
                    let cij = c0[i + j * ldc].to_cx();
                    s += beta * cij;
                    mag += abs1(beta) * abs1(cij);
                }
                want[i + j * ldc] = Want::Value { v: s, mag, terms: k + 1 };
            }
        }
    }
    check_output("C", &c0, c.as_slice(), &want, &args);
}
