//! `?potrf_`, `?posv_`, `?potrs_`: Cholesky factorization and its solves.
//!
//! Every input: INFO >= 0 whatever the values, or the bad argument reported
//! with nothing written; the other triangle and padding never written; for
//! clean values `|A - U^H U| <= c n eps |U^H| |U|` (or `L L^H`), a real
//! positive diagonal, INFO = 0 for a matrix built positive definite, and
//! `|A X - B|` within the bound the factors give.

#![no_main]

use ferroblas_capi::generated::fortran::{
    cposv_, cpotrf_, cpotrs_, dposv_, dpotrf_, dpotrs_, sposv_, spotrf_, spotrs_, zposv_, zpotrf_, zpotrs_,
};
use ferroblas_fuzz::lapack::*;
use ferroblas_fuzz::*;
use libfuzzer_sys::fuzz_target;

type Potrf<T> = unsafe extern "C" fn(*const u8, *const BlasInt, *mut T, *const BlasInt, *mut BlasInt, usize);
type Posv<T> = unsafe extern "C" fn(
    *const u8,
    *const BlasInt,
    *const BlasInt,
    *mut T,
    *const BlasInt,
    *mut T,
    *const BlasInt,
    *mut BlasInt,
    usize,
);
type Potrs<T> = unsafe extern "C" fn(
    *const u8,
    *const BlasInt,
    *const BlasInt,
    *const T,
    *const BlasInt,
    *mut T,
    *const BlasInt,
    *mut BlasInt,
    usize,
);

struct Fns<T> {
    potrf: Potrf<T>,
    posv: Posv<T>,
    potrs: Potrs<T>,
}

fuzz_target!(|data: &[u8]| {
    let mut inp = Input::new(data);
    match inp.precision() {
        0 => run::<f32>(&mut inp, Fns { potrf: spotrf_, posv: sposv_, potrs: spotrs_ }),
        1 => run::<f64>(&mut inp, Fns { potrf: dpotrf_, posv: dposv_, potrs: dpotrs_ }),
        2 => run::<c32>(&mut inp, Fns { potrf: cpotrf_, posv: cposv_, potrs: cpotrs_ }),
        _ => run::<c64>(&mut inp, Fns { potrf: zpotrf_, posv: zposv_, potrs: zpotrs_ }),
    }
});

#[derive(Debug)]
#[allow(dead_code)] // read through Debug
struct Args {
    uplo: char,
    n: BlasInt,
    lda: BlasInt,
    nrhs: BlasInt,
    ldb: BlasInt,
    nrhs3: BlasInt,
    ldb3: BlasInt,
    fill: Fill,
    definite: bool,
    threads: usize,
    lead: u8,
}

fn run<T: Elem>(inp: &mut Input, f: Fns<T>) {
    let mut rng = inp.rng();
    let uplo = inp.opt(b"UL");
    let big = inp.big();
    let (n, nrhs) = (inp.dim(big, 96), inp.dim(false, 0));
    let (lda, ldb) = (inp.ld(n), inp.ld(n));
    let fill = Fill::decode(inp);
    // 1 in 4: a random symmetric matrix, most likely indefinite (INFO > 0).
    let definite = inp.u8() >= 64;
    let threads = inp.threads(big);
    let lead = inp.lead_mask();
    let (nrhs3, ldb3) = (inp.dim(false, 0), inp.ld(n));
    let args = Args { uplo: uplo as char, n, lda, nrhs, ldb, nrhs3, ldb3, fill, definite, threads, lead };
    set_threads(threads);
    let upper = is_opt(uplo, b"U");
    let nn = n.max(0) as usize;
    let in_tri = |i: usize, j: usize| if upper { i <= j } else { i >= j };

    // The matrix, both triangles filled so the oracle reads it whole.
    let mut a = Guarded::<T>::random(mat_len(lda, n, n), lead & 1 != 0, &mut rng);
    if lda >= n.max(1) {
        symmetrize(a.as_mut_slice(), lda, nn, true);
        if definite {
            make_definite(a.as_mut_slice(), lda, nn);
        }
    }
    spoil(fill, a.as_mut_slice(), lda, n, n, true, &mut rng);
    let a0 = a.as_slice().to_vec();

    // ?potrf.
    let want = if !is_opt(uplo, b"UL") {
        1
    } else if n < 0 {
        2
    } else if lda < n.max(1) {
        4
    } else {
        0
    };
    let mut info = UNSET;
    clear_reported();
    // SAFETY: every array holds what the arguments declare.
    unsafe { (f.potrf)(&uplo, &n, a.mut_ptr(), &lda, &mut info, 1) };
    check_reported(T::PREFIX, "POTRF", want, &args);
    check_info("potrf", info, want, nn, &args);
    if want != 0 {
        check_unchanged("A", &a0, a.as_slice(), &args);
    } else {
        check_output("A", &a0, a.as_slice(), &may_change(a0.len(), lda, nn, nn, in_tri), &args);
        if definite && fill == Fill::Clean {
            assert_eq!(info, 0, "potrf: INFO = {info} for a diagonally dominant matrix: {args:?}");
        }
        if fill.clean() && info == 0 && nn > 0 {
            check_factor(a.as_slice(), &a0, lda, nn, upper, &args);
        }
    }

    // ?posv on the same matrix.
    let mut a2 = Guarded::<T>::new(a0.len(), lead & 2 != 0);
    a2.as_mut_slice().copy_from_slice(&a0);
    let mut b = Guarded::<T>::random(mat_len(ldb, n, nrhs), lead & 4 != 0, &mut rng);
    inp.maybe_nan(&mut rng, &mut [&mut b]);
    let b0 = b.as_slice().to_vec();
    let want = if !is_opt(uplo, b"UL") {
        1
    } else if n < 0 {
        2
    } else if nrhs < 0 {
        3
    } else if lda < n.max(1) {
        5
    } else if ldb < n.max(1) {
        7
    } else {
        0
    };
    let mut info = UNSET;
    clear_reported();
    // SAFETY: every array holds what the arguments declare.
    unsafe { (f.posv)(&uplo, &n, &nrhs, a2.mut_ptr(), &lda, b.mut_ptr(), &ldb, &mut info, 1) };
    check_reported(T::PREFIX, "POSV", want, &args);
    check_info("posv", info, want, nn, &args);
    if want != 0 {
        check_unchanged("A", &a0, a2.as_slice(), &args);
        check_unchanged("B", &b0, b.as_slice(), &args);
        return;
    }
    let nr = nrhs as usize;
    check_output("A", &a0, a2.as_slice(), &may_change(a0.len(), lda, nn, nn, in_tri), &args);
    let solved = info == 0;
    check_output("B", &b0, b.as_slice(), &may_change(b0.len(), ldb, nn, nr, |_, _| solved), &args);
    if !solved || nn == 0 {
        return;
    }
    let clean = fill.clean();
    let a_dense = Dense::read(&a0, lda, nn, nn);
    let (_, bound) = cholesky_product(a2.as_slice(), lda, nn, upper);
    if clean && all_finite(&b0, ldb, nn, nr) {
        let (x, bd) = (Dense::read(b.as_slice(), ldb, nn, nr), Dense::read(&b0, ldb, nn, nr));
        check_solve::<T>("posv: A X - B", &a_dense, &bound, &x, &bd, 3 * nn + 1, &args);
    }

    // ?potrs with posv's factor (read-only now) and a new B.
    a2.freeze();
    let mut b3 = Guarded::<T>::random(mat_len(ldb3, n, nrhs3), lead & 8 != 0, &mut rng);
    let b30 = b3.as_slice().to_vec();
    let want = if nrhs3 < 0 {
        3
    } else if ldb3 < n.max(1) {
        7
    } else {
        0
    };
    let mut info = UNSET;
    clear_reported();
    // SAFETY: every array holds what the arguments declare.
    unsafe { (f.potrs)(&uplo, &n, &nrhs3, a2.ptr(), &lda, b3.mut_ptr(), &ldb3, &mut info, 1) };
    check_reported(T::PREFIX, "POTRS", want, &args);
    check_info("potrs", info, want, 0, &args);
    if want != 0 {
        check_unchanged("B", &b30, b3.as_slice(), &args);
        return;
    }
    let nr3 = nrhs3 as usize;
    check_output("B", &b30, b3.as_slice(), &may_change(b30.len(), ldb3, nn, nr3, |_, _| true), &args);
    if clean {
        let (x, bd) = (Dense::read(b3.as_slice(), ldb3, nn, nr3), Dense::read(&b30, ldb3, nn, nr3));
        check_solve::<T>("potrs: A X - B", &a_dense, &bound, &x, &bd, 3 * nn + 1, &args);
    }
}

/// The factor's diagonal real and positive, and `|A - F^H F| <= c n eps |F^H| |F|`
/// on the stored triangle.
fn check_factor<T: Elem>(f: &[T], a0: &[T], lda: BlasInt, n: usize, upper: bool, args: &Args) {
    for i in 0..n {
        let d = at(f, lda, i, i);
        assert!(d.re > 0.0 && d.im == 0.0, "potrf: diagonal element {i} of the factor is {d} for {args:?}");
    }
    let (prod, mag) = cholesky_product(f, lda, n, upper);
    let a = Dense::read(a0, lda, n, n);
    // Compare the stored triangle only (the other holds the input's mirror).
    let keep = |d: &Dense| {
        Dense::from_fn(n, n, |i, j| if (i <= j) == upper || i == j { d.get(i, j) } else { Cx::new(0.0, 0.0) })
    };
    check_residual::<T>("potrf: A - F^H F", &keep(&prod), &keep(&a), &mag, n + 1, args);
}
