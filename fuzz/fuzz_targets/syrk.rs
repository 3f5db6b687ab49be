//! `?syrk_`: `C := alpha op(A) op(A)^T + beta C` on the `uplo` triangle of C;
//! for complex inputs, half of them `?herk_` instead (`op(A) op(A)^H`, real
//! `alpha` and `beta`, real diagonal).

#![no_main]

use ferroblas_capi::generated::fortran::{cherk_, csyrk_, dsyrk_, ssyrk_, zherk_, zsyrk_};
use ferroblas_fuzz::*;
use libfuzzer_sys::fuzz_target;

type Syrk<T> = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const BlasInt,
    *const BlasInt,
    *const T,
    *const T,
    *const BlasInt,
    *const T,
    *mut T,
    *const BlasInt,
    usize,
    usize,
);

type Herk<T, R> = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const BlasInt,
    *const BlasInt,
    *const R,
    *const T,
    *const BlasInt,
    *const R,
    *mut T,
    *const BlasInt,
    usize,
    usize,
);

/// The routine under test.
enum Rk<T: Elem> {
    Syrk(Syrk<T>),
    Herk(Herk<T, T::Real>),
}

fuzz_target!(|data: &[u8]| {
    let mut inp = Input::new(data);
    let p = inp.u8();
    match (p % 4, p & 4 != 0) {
        (0, _) => run::<f32>(&mut inp, Rk::Syrk(ssyrk_)),
        (1, _) => run::<f64>(&mut inp, Rk::Syrk(dsyrk_)),
        (2, false) => run::<c32>(&mut inp, Rk::Syrk(csyrk_)),
        (2, true) => run::<c32>(&mut inp, Rk::Herk(cherk_)),
        (_, false) => run::<c64>(&mut inp, Rk::Syrk(zsyrk_)),
        (_, true) => run::<c64>(&mut inp, Rk::Herk(zherk_)),
    }
});

#[derive(Debug)]
#[allow(dead_code)] // read through Debug
struct Args<T> {
    routine: &'static str,
    uplo: char,
    trans: char,
    n: BlasInt,
    k: BlasInt,
    alpha: T,
    lda: BlasInt,
    beta: T,
    ldc: BlasInt,
    threads: usize,
    lead: u8,
}

fn run<T: Elem>(inp: &mut Input, rk: Rk<T>) {
    let herm = matches!(rk, Rk::Herk(_));
    let mut rng = inp.rng();
    let (uplo, trans) = (inp.opt(b"UL"), inp.opt(b"NTC"));
    let big = inp.big();
    let threads = inp.threads(big);
    let (mut n, mut k) = (inp.dim(big, 300), inp.dim(big, 300));
    let mut n2 = n;
    // As in gemm: blocked on 2 threads from n^2 k = 2M, on one from 7M.
    cap_volume(&mut [&mut n, &mut n2, &mut k], T::COMPLEX, if threads == 1 { 9_000_000 } else { 3_000_000 });
    n = n.min(n2);
    let nrowa = if is_opt(trans, b"N") { n } else { k };
    let ka = if is_opt(trans, b"N") { k } else { n };
    let (lda, ldc) = (inp.ld(nrowa), inp.ld(n));
    // ?herk takes real alpha and beta.
    let (alpha, beta): (T, T) = if herm {
        let (a, b): (T::Real, T::Real) = (inp.scalar(&mut rng), inp.scalar(&mut rng));
        (T::from_cx(a.to_cx()), T::from_cx(b.to_cx()))
    } else {
        (inp.scalar(&mut rng), inp.scalar(&mut rng))
    };
    let lead = inp.lead_mask();
    let routine = if herm { "HERK" } else { "SYRK" };
    let args = Args { routine, uplo: uplo as char, trans: trans as char, n, k, alpha, lda, beta, ldc, threads, lead };

    let mut a = Guarded::<T>::random(mat_len(lda, nrowa, ka), lead & 1 != 0, &mut rng);
    let mut c = Guarded::<T>::random(mat_len(ldc, n, n), lead & 2 != 0, &mut rng);
    inp.maybe_nan(&mut rng, &mut [&mut a, &mut c]);
    a.freeze();
    let c0 = c.as_slice().to_vec();

    // Real ?syrk takes N, T, C; complex ?syrk N, T; ?herk N, C.
    let valid_trans: &[u8] = match (T::COMPLEX, herm) {
        (false, _) => b"NTC",
        (true, false) => b"NT",
        (true, true) => b"NC",
    };
    let info = if !is_opt(uplo, b"UL") {
        1
    } else if !is_opt(trans, valid_trans) {
        2
    } else if n < 0 {
        3
    } else if k < 0 {
        4
    } else if lda < nrowa.max(1) {
        7
    } else if ldc < n.max(1) {
        10
    } else {
        0
    };

    set_threads(threads);
    clear_reported();
    // SAFETY: every array holds what the arguments declare.
    unsafe {
        match rk {
            Rk::Syrk(f) => f(&uplo, &trans, &n, &k, &alpha, a.ptr(), &lda, &beta, c.mut_ptr(), &ldc, 1, 1),
            Rk::Herk(f) => {
                let (ar, br) = (T::Real::from_cx(alpha.to_cx()), T::Real::from_cx(beta.to_cx()));
                f(&uplo, &trans, &n, &k, &ar, a.ptr(), &lda, &br, c.mut_ptr(), &ldc, 1, 1)
            }
        }
    };
    check_reported(T::PREFIX, routine, info, &args);
    if info != 0 {
        check_unchanged("C", &c0, c.as_slice(), &args);
        return;
    }

    let (n, k, ldc) = (n as usize, k as usize, ldc as usize);
    let (alpha, beta) = (alpha.to_cx(), beta.to_cx());
    let zero = Cx::new(0.0, 0.0);
    let quick = n == 0 || ((alpha == zero || k == 0) && beta == Cx::new(1.0, 0.0));
    let a = a.as_slice();
    let upper = is_opt(uplo, b"U");
    let notrans = is_opt(trans, b"N");
    // C := alpha M M^T (M M^H for herk) + beta C with M = op(A), n x k.
    let mm = |i: usize, p: usize| if notrans { at(a, lda, i, p) } else { conj_if(at(a, lda, p, i), herm) };
    let mut want = vec![Want::Same; c0.len()];
    if !quick {
        let (rows, rows_c) = (Rows::new(n, k, mm), Rows::new(n, k, |j, p| conj_if(mm(j, p), herm)));
        for j in 0..n {
            for i in 0..n {
                if i != j && (i < j) != upper {
                    continue;
                }
                let (mut s, mut mag) = (zero, 0.0);
                if alpha != zero && k > 0 {
                    let (d, dm) = rows.dot(i, &rows_c, j);
                    s = alpha * d;
                    mag = abs1(alpha) * dm;
                }
                if beta != zero {
                    let mut cij = c0[i + j * ldc].to_cx();
                    if herm && i == j {
                        cij.im = 0.0;
                    }
                    s += beta * cij;
                    mag += abs1(beta) * abs1(cij);
                }
                if herm && i == j {
                    // The reference sets the imaginary part of the diagonal to zero.
                    s.im = 0.0;
                }
                want[i + j * ldc] = Want::Value { v: s, mag, terms: k + 1 };
            }
        }
    }
    check_output("C", &c0, c.as_slice(), &want, &args);
}
