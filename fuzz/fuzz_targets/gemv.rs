//! `?gemv_`: `y := alpha op(A) x + beta y`.

#![no_main]

use ferroblas_capi::generated::fortran::{cgemv_, dgemv_, sgemv_, zgemv_};
use ferroblas_fuzz::*;
use libfuzzer_sys::fuzz_target;


type Gemv<T> = unsafe extern "C" fn(
    *const u8,
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
);

fuzz_target!(|data: &[u8]| {
    let mut inp = Input::new(data);
    match inp.precision() {
        0 => run::<f32>(&mut inp, sgemv_),
        1 => run::<f64>(&mut inp, dgemv_),
        2 => run::<c32>(&mut inp, cgemv_),
        _ => run::<c64>(&mut inp, zgemv_),
    }
});

#[derive(Debug)]
#[allow(dead_code)] // read through Debug
struct Args<T> {
    trans: char,
    m: BlasInt,
    n: BlasInt,
    alpha: T,
    lda: BlasInt,
    incx: BlasInt,
    beta: T,
    incy: BlasInt,
    threads: usize,
    lead: u8,
}

fn run<T: Elem>(inp: &mut Input, gemv: Gemv<T>) {
    let mut rng = inp.rng();
    let trans = inp.opt(b"NTC");
    let big = inp.big();
    let (mut m, mut n) = (inp.dim(big, 600), inp.dim(big, 600));
    cap_volume(&mut [&mut m, &mut n], T::COMPLEX, 1_000_000);
    let lda = inp.ld(m);
    let (incx, incy) = (inp.inc(), inp.inc());
    let alpha: T = inp.scalar(&mut rng);
    let beta: T = inp.scalar(&mut rng);
    let threads = inp.threads(big);
    let lead = inp.lead_mask();
    let args = Args { trans: trans as char, m, n, alpha, lda, incx, beta, incy, threads, lead };

    let nota = is_opt(trans, b"N");
    let (lenx, leny) = if nota { (n, m) } else { (m, n) };
    let mut a = Guarded::<T>::random(mat_len(lda, m, n), lead & 1 != 0, &mut rng);
    let mut x = Guarded::<T>::random(vec_len(lenx, incx), lead & 2 != 0, &mut rng);
    let mut y = Guarded::<T>::random(vec_len(leny, incy), lead & 4 != 0, &mut rng);
    inp.maybe_nan(&mut rng, &mut [&mut a, &mut x, &mut y]);
    a.freeze();
    x.freeze();
    let y0 = y.as_slice().to_vec();

    let info = if !is_opt(trans, b"NTC") {
        1
    } else if m < 0 {
        2
    } else if n < 0 {
        3
    } else if lda < m.max(1) {
        6
    } else if incx == 0 {
        8
    } else if incy == 0 {
        11
    } else {
        0
    };

    set_threads(threads);
    clear_reported();
    let tr = trans;
    // SAFETY: every array holds what the arguments declare.
    unsafe { gemv(&tr, &m, &n, &alpha, a.ptr(), &lda, x.ptr(), &incx, &beta, y.mut_ptr(), &incy, 1) };
    check_reported(T::PREFIX, "GEMV", info, &args);
    if info != 0 {
        check_unchanged("y", &y0, y.as_slice(), &args);
        return;
    }

    let (lenx, leny) = (lenx as usize, leny as usize);
    let (alpha, beta) = (alpha.to_cx(), beta.to_cx());
    let zero = Cx::new(0.0, 0.0);
    let quick = m == 0 || n == 0 || (alpha == zero && beta == Cx::new(1.0, 0.0));
    let (a, x) = (a.as_slice(), x.as_slice());
    let conj = is_opt(trans, b"C");
    let op_a = |i: usize, j: usize| if nota { at(a, lda, i, j) } else { conj_if(at(a, lda, j, i), conj) };
    let mut want = vec![Want::Same; y0.len()];
    if !quick {
        for i in 0..leny {
            let iy = vec_at(i, leny, incy);
            let (mut s, mut mag) = (zero, 0.0);
            if alpha != zero {
                for j in 0..lenx {
                    let (aij, xj) = (op_a(i, j), x[vec_at(j, lenx, incx)].to_cx());
                    s += aij * xj;
                    mag += abs1(aij) * abs1(xj);
                }
                s *= alpha;
                mag *= abs1(alpha);
            }
            if beta != zero {
                let yi = y0[iy].to_cx();
                s += beta * yi;
                mag += abs1(beta) * abs1(yi);
            }
            want[iy] = Want::Value { v: s, mag, terms: lenx + 1 };
        }
    }
    check_output("y", &y0, y.as_slice(), &want, &args);
}
