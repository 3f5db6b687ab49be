//! `?symv_` (real) and `?hemv_` (complex: the Fortran BLAS has no complex
//! `symv`): `y := alpha A x + beta y`, A symmetric or Hermitian, only its
//! `uplo` triangle read (and only the real part of a Hermitian diagonal).

#![no_main]

use ferroblas_capi::generated::fortran::{chemv_, dsymv_, ssymv_, zhemv_};
use ferroblas_fuzz::*;
use libfuzzer_sys::fuzz_target;


type Symv<T> = unsafe extern "C" fn(
    *const u8,
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
        0 => run::<f32>(&mut inp, ssymv_),
        1 => run::<f64>(&mut inp, dsymv_),
        2 => run::<c32>(&mut inp, chemv_),
        _ => run::<c64>(&mut inp, zhemv_),
    }
});

#[derive(Debug)]
#[allow(dead_code)] // read through Debug
struct Args<T> {
    uplo: char,
    n: BlasInt,
    alpha: T,
    lda: BlasInt,
    incx: BlasInt,
    beta: T,
    incy: BlasInt,
    threads: usize,
    lead: u8,
}

fn run<T: Elem>(inp: &mut Input, symv: Symv<T>) {
    let mut rng = inp.rng();
    let uplo = inp.opt(b"UL");
    let big = inp.big();
    // Beyond n = 512 the Hermitian product runs on several threads.
    let n = inp.dim(big, 700);
    let lda = inp.ld(n);
    let (incx, incy) = (inp.inc(), inp.inc());
    let alpha: T = inp.scalar(&mut rng);
    let beta: T = inp.scalar(&mut rng);
    let threads = inp.threads(big);
    let lead = inp.lead_mask();
    let args = Args { uplo: uplo as char, n, alpha, lda, incx, beta, incy, threads, lead };

    let mut a = Guarded::<T>::random(mat_len(lda, n, n), lead & 1 != 0, &mut rng);
    let mut x = Guarded::<T>::random(vec_len(n, incx), lead & 2 != 0, &mut rng);
    let mut y = Guarded::<T>::random(vec_len(n, incy), lead & 4 != 0, &mut rng);
    inp.maybe_nan(&mut rng, &mut [&mut a, &mut x, &mut y]);
    a.freeze();
    x.freeze();
    let y0 = y.as_slice().to_vec();

    let info = if !is_opt(uplo, b"UL") {
        1
    } else if n < 0 {
        2
    } else if lda < n.max(1) {
        5
    } else if incx == 0 {
        7
    } else if incy == 0 {
        10
    } else {
        0
    };

    set_threads(threads);
    clear_reported();
    let ul = uplo;
    // SAFETY: every array holds what the arguments declare.
    unsafe { symv(&ul, &n, &alpha, a.ptr(), &lda, x.ptr(), &incx, &beta, y.mut_ptr(), &incy, 1) };
    check_reported(T::PREFIX, if T::COMPLEX { "HEMV" } else { "SYMV" }, info, &args);
    if info != 0 {
        check_unchanged("y", &y0, y.as_slice(), &args);
        return;
    }

    let n = n as usize;
    let (alpha, beta) = (alpha.to_cx(), beta.to_cx());
    let zero = Cx::new(0.0, 0.0);
    let quick = n == 0 || (alpha == zero && beta == Cx::new(1.0, 0.0));
    let (a, x) = (a.as_slice(), x.as_slice());
    let upper = is_opt(uplo, b"U");
    // A from its stored triangle: conjugated across the diagonal when
    // Hermitian (complex), whose diagonal is real.
    let full = |i: usize, j: usize| {
        if i == j {
            let d = at(a, lda, i, i);
            Cx::new(d.re, 0.0)
        } else if (i < j) == upper {
            at(a, lda, i, j)
        } else {
            at(a, lda, j, i).conj()
        }
    };
    let mut want = vec![Want::Same; y0.len()];
    if !quick {
        for i in 0..n {
            let iy = vec_at(i, n, incy);
            let (mut s, mut mag) = (zero, 0.0);
            if alpha != zero {
                for j in 0..n {
                    let (aij, xj) = (full(i, j), x[vec_at(j, n, incx)].to_cx());
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
            want[iy] = Want::Value { v: s, mag, terms: n + 1 };
        }
    }
    check_output("y", &y0, y.as_slice(), &want, &args);
}
