//! `?sytrf_`/`?hetrf_`, `?sytrs_`/`?hetrs_`, `?sysv_`/`?hesv_`: Bunch-Kaufman
//! factorization of a symmetric (Hermitian) indefinite matrix and its solves.
//!
//! Every input: pivots in range with 2x2 blocks' entries paired as LAPACK
//! stores them, INFO >= 0 whatever the values, or the bad argument reported
//! with nothing written; workspace queries answered without touching A;
//! workspaces from 1 element (unblocked) through narrow panels to the
//! optimum; the other triangle and padding never written; for clean values
//! `|A X - B|` small normwise.

#![no_main]

use ferroblas_capi::generated::fortran::{
    chesv_, chetrf_, chetrs_, csysv_, csytrf_, csytrs_, dsysv_, dsytrf_, dsytrs_, ssysv_, ssytrf_, ssytrs_, zhesv_,
    zhetrf_, zhetrs_, zsysv_, zsytrf_, zsytrs_,
};
use ferroblas_fuzz::lapack::*;
use ferroblas_fuzz::*;
use libfuzzer_sys::fuzz_target;

type Sytrf<T> = unsafe extern "C" fn(
    *const u8,
    *const BlasInt,
    *mut T,
    *const BlasInt,
    *mut BlasInt,
    *mut T,
    *const BlasInt,
    *mut BlasInt,
    usize,
);
type Sytrs<T> = unsafe extern "C" fn(
    *const u8,
    *const BlasInt,
    *const BlasInt,
    *const T,
    *const BlasInt,
    *const BlasInt,
    *mut T,
    *const BlasInt,
    *mut BlasInt,
    usize,
);
type Sysv<T> = unsafe extern "C" fn(
    *const u8,
    *const BlasInt,
    *const BlasInt,
    *mut T,
    *const BlasInt,
    *mut BlasInt,
    *mut T,
    *const BlasInt,
    *mut T,
    *const BlasInt,
    *mut BlasInt,
    usize,
);

/// One family: the symmetric or the Hermitian routines.
struct Fns<T> {
    herm: bool,
    trf: Sytrf<T>,
    trs: Sytrs<T>,
    sv: Sysv<T>,
}

fuzz_target!(|data: &[u8]| {
    let mut inp = Input::new(data);
    let p = inp.precision();
    let herm = inp.u8() & 1 == 1;
    match (p, herm) {
        (0, _) => run::<f32>(&mut inp, Fns { herm: false, trf: ssytrf_, trs: ssytrs_, sv: ssysv_ }),
        (1, _) => run::<f64>(&mut inp, Fns { herm: false, trf: dsytrf_, trs: dsytrs_, sv: dsysv_ }),
        (2, false) => run::<c32>(&mut inp, Fns { herm, trf: csytrf_, trs: csytrs_, sv: csysv_ }),
        (2, true) => run::<c32>(&mut inp, Fns { herm, trf: chetrf_, trs: chetrs_, sv: chesv_ }),
        (_, false) => run::<c64>(&mut inp, Fns { herm, trf: zsytrf_, trs: zsytrs_, sv: zsysv_ }),
        (_, true) => run::<c64>(&mut inp, Fns { herm, trf: zhetrf_, trs: zhetrs_, sv: zhesv_ }),
    }
});

#[derive(Debug)]
#[allow(dead_code)] // read through Debug
struct Args {
    herm: bool,
    uplo: char,
    n: BlasInt,
    lda: BlasInt,
    lwork: BlasInt,
    nrhs: BlasInt,
    ldb: BlasInt,
    lwork2: BlasInt,
    fill: Fill,
    threads: usize,
    lead: u8,
}

/// A workspace length: the query (-1), bad ones, 1 (unblocked), a few
/// columns' worth (narrow panels), the optimum `64 n` or more.
fn lwork(inp: &mut Input, n: BlasInt) -> BlasInt {
    let n = n.max(1);
    match inp.u8() {
        0..=31 => -1,
        32..=39 => 0,
        40..=43 => -2,
        44..=75 => 1,
        76..=159 => n * (2 + (inp.u8() % 12) as BlasInt) + (inp.u8() % 4) as BlasInt,
        160..=223 => n * 64,
        _ => n * 64 + (inp.u8() as BlasInt) * 3,
    }
}

fn run<T: Elem>(inp: &mut Input, f: Fns<T>) {
    let mut rng = inp.rng();
    let uplo = inp.opt(b"UL");
    let big = inp.big();
    let (n, nrhs) = (inp.dim(big, 96), inp.dim(false, 0));
    let (lda, ldb) = (inp.ld(n), inp.ld(n));
    let (lwork1, lwork2) = (lwork(inp, n), lwork(inp, n));
    let fill = Fill::decode(inp);
    let threads = inp.threads(big);
    let lead = inp.lead_mask();
    let herm = f.herm;
    let args = Args { herm, uplo: uplo as char, n, lda, lwork: lwork1, nrhs, ldb, lwork2, fill, threads, lead };
    set_threads(threads);
    let upper = is_opt(uplo, b"U");
    let nn = n.max(0) as usize;
    let in_tri = |i: usize, j: usize| if upper { i <= j } else { i >= j };
    let (trf, trs, sv) = if herm { ("hetrf", "HETRS", "HESV") } else { ("sytrf", "SYTRS", "SYSV") };

    // A random symmetric (Hermitian) matrix, both triangles filled.
    let mut a = Guarded::<T>::random(mat_len(lda, n, n), lead & 1 != 0, &mut rng);
    if lda >= n.max(1) {
        symmetrize(a.as_mut_slice(), lda, nn, herm);
    }
    spoil(fill, a.as_mut_slice(), lda, n, n, true, &mut rng);
    let a0 = a.as_slice().to_vec();

    // ?sytrf / ?hetrf.
    let mut ipiv = Guarded::<BlasInt>::new(nn, lead & 2 != 0);
    ipiv.as_mut_slice().fill(UNSET);
    let mut work = Guarded::<T>::random(lwork1.max(1) as usize, lead & 4 != 0, &mut rng);
    let want = if !is_opt(uplo, b"UL") {
        1
    } else if n < 0 {
        2
    } else if lda < n.max(1) {
        4
    } else if lwork1 < 1 && lwork1 != -1 {
        7
    } else {
        0
    };
    let mut info = UNSET;
    clear_reported();
    // SAFETY: every array holds what the arguments declare.
    unsafe { (f.trf)(&uplo, &n, a.mut_ptr(), &lda, ipiv.mut_ptr(), work.mut_ptr(), &lwork1, &mut info, 1) };
    check_reported(T::PREFIX, &trf.to_ascii_uppercase(), want, &args);
    check_info(trf, info, want, nn, &args);
    let unset = vec![UNSET; nn];
    if want != 0 || lwork1 == -1 {
        check_unchanged("A", &a0, a.as_slice(), &args);
        check_ints_unchanged("ipiv", &unset, ipiv.as_slice(), &args);
        if want == 0 {
            check_query(trf, work.as_slice()[0], &args);
        }
    } else {
        check_bk_pivots(trf, ipiv.as_slice(), upper, &args);
        check_output("A", &a0, a.as_slice(), &may_change(a0.len(), lda, nn, nn, in_tri), &args);

        // ?sytrs / ?hetrs with the factors (read-only now), even a singular D
        // (then only for crashes and pivots read out of range).
        a.freeze();
        ipiv.freeze();
        let mut b = Guarded::<T>::random(mat_len(ldb, n, nrhs), lead & 8 != 0, &mut rng);
        let b0 = b.as_slice().to_vec();
        let want = if nrhs < 0 {
            3
        } else if ldb < n.max(1) {
            8
        } else {
            0
        };
        let factored = info == 0;
        let mut info = UNSET;
        clear_reported();
        // SAFETY: every array holds what the arguments declare.
        unsafe { (f.trs)(&uplo, &n, &nrhs, a.ptr(), &lda, ipiv.ptr(), b.mut_ptr(), &ldb, &mut info, 1) };
        check_reported(T::PREFIX, trs, want, &args);
        check_info(trs, info, want, 0, &args);
        if want != 0 {
            check_unchanged("B", &b0, b.as_slice(), &args);
        } else {
            let nr = nrhs as usize;
            check_output("B", &b0, b.as_slice(), &may_change(b0.len(), ldb, nn, nr, |_, _| true), &args);
            if fill.clean() && factored {
                let (ad, x, bd) = (
                    Dense::read(&a0, lda, nn, nn),
                    Dense::read(b.as_slice(), ldb, nn, nr),
                    Dense::read(&b0, ldb, nn, nr),
                );
                check_solve_normwise::<T>(&format!("{trs}: A X - B"), &ad, &x, &bd, 8 * nn, &args);
            }
        }
    }

    // ?sysv / ?hesv on the same matrix, with its own workspace length.
    let mut a2 = Guarded::<T>::new(a0.len(), lead & 16 != 0);
    a2.as_mut_slice().copy_from_slice(&a0);
    let mut ipiv2 = Guarded::<BlasInt>::new(nn, lead & 32 != 0);
    ipiv2.as_mut_slice().fill(UNSET);
    let mut b = Guarded::<T>::random(mat_len(ldb, n, nrhs), lead & 64 != 0, &mut rng);
    inp.maybe_nan(&mut rng, &mut [&mut b]);
    let b0 = b.as_slice().to_vec();
    let mut work = Guarded::<T>::random(lwork2.max(1) as usize, lead & 128 != 0, &mut rng);
    let want = if !is_opt(uplo, b"UL") {
        1
    } else if n < 0 {
        2
    } else if nrhs < 0 {
        3
    } else if lda < n.max(1) {
        5
    } else if ldb < n.max(1) {
        8
    } else if lwork2 < 1 && lwork2 != -1 {
        10
    } else {
        0
    };
    let mut info = UNSET;
    clear_reported();
    // SAFETY: every array holds what the arguments declare.
    unsafe {
        (f.sv)(
            &uplo,
            &n,
            &nrhs,
            a2.mut_ptr(),
            &lda,
            ipiv2.mut_ptr(),
            b.mut_ptr(),
            &ldb,
            work.mut_ptr(),
            &lwork2,
            &mut info,
            1,
        )
    };
    check_reported(T::PREFIX, sv, want, &args);
    check_info(sv, info, want, nn, &args);
    if want != 0 || lwork2 == -1 {
        check_unchanged("A", &a0, a2.as_slice(), &args);
        check_unchanged("B", &b0, b.as_slice(), &args);
        check_ints_unchanged("ipiv", &unset, ipiv2.as_slice(), &args);
        if want == 0 {
            check_query(sv, work.as_slice()[0], &args);
        }
        return;
    }
    let nr = nrhs as usize;
    check_bk_pivots(sv, ipiv2.as_slice(), upper, &args);
    check_output("A", &a0, a2.as_slice(), &may_change(a0.len(), lda, nn, nn, in_tri), &args);
    let solved = info == 0;
    check_output("B", &b0, b.as_slice(), &may_change(b0.len(), ldb, nn, nr, |_, _| solved), &args);
    if solved && fill.clean() && all_finite(&b0, ldb, nn, nr) {
        let (ad, x, bd) =
            (Dense::read(&a0, lda, nn, nn), Dense::read(b.as_slice(), ldb, nn, nr), Dense::read(&b0, ldb, nn, nr));
        check_solve_normwise::<T>(&format!("{sv}: A X - B"), &ad, &x, &bd, 8 * nn, &args);
    }
}
