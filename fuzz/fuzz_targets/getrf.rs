//! `?getrf_`, `?gesv_`, `?getrs_`: LU with partial pivoting and its solves.
//!
//! Every input: pivots in range and INFO >= 0 whatever the values (NaN,
//! infinities, huge, tiny, zero columns), or the bad argument reported with
//! nothing written; padding never written; for clean values the backward
//! error `|P A - L U| <= c n eps |L| |U|` and `|op(A) X - B|` within the
//! bound the same factors give.

#![no_main]

use ferroblas_capi::generated::fortran::{
    cgesv_, cgetrf_, cgetrs_, dgesv_, dgetrf_, dgetrs_, sgesv_, sgetrf_, sgetrs_, zgesv_, zgetrf_, zgetrs_,
};
use ferroblas_fuzz::lapack::*;
use ferroblas_fuzz::*;
use libfuzzer_sys::fuzz_target;

type Getrf<T> =
    unsafe extern "C" fn(*const BlasInt, *const BlasInt, *mut T, *const BlasInt, *mut BlasInt, *mut BlasInt);
type Gesv<T> = unsafe extern "C" fn(
    *const BlasInt,
    *const BlasInt,
    *mut T,
    *const BlasInt,
    *mut BlasInt,
    *mut T,
    *const BlasInt,
    *mut BlasInt,
);
type Getrs<T> = unsafe extern "C" fn(
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

struct Fns<T> {
    getrf: Getrf<T>,
    gesv: Gesv<T>,
    getrs: Getrs<T>,
}

fuzz_target!(|data: &[u8]| {
    let mut inp = Input::new(data);
    match inp.precision() {
        0 => run::<f32>(&mut inp, Fns { getrf: sgetrf_, gesv: sgesv_, getrs: sgetrs_ }),
        1 => run::<f64>(&mut inp, Fns { getrf: dgetrf_, gesv: dgesv_, getrs: dgetrs_ }),
        2 => run::<c32>(&mut inp, Fns { getrf: cgetrf_, gesv: cgesv_, getrs: cgetrs_ }),
        _ => run::<c64>(&mut inp, Fns { getrf: zgetrf_, gesv: zgesv_, getrs: zgetrs_ }),
    }
});

#[derive(Debug)]
#[allow(dead_code)] // read through Debug
struct Args {
    m: BlasInt,
    n: BlasInt,
    lda: BlasInt,
    nrhs: BlasInt,
    lda2: BlasInt,
    ldb: BlasInt,
    trans: char,
    nrhs3: BlasInt,
    ldb3: BlasInt,
    fill: Fill,
    threads: usize,
    lead: u8,
}

fn run<T: Elem>(inp: &mut Input, f: Fns<T>) {
    let mut rng = inp.rng();
    let big = inp.big();
    let (m, n, nrhs) = (inp.dim(big, 96), inp.dim(big, 96), inp.dim(false, 0));
    let (lda, lda2, ldb) = (inp.ld(m), inp.ld(n), inp.ld(n));
    let fill = Fill::decode(inp);
    let threads = inp.threads(big);
    let lead = inp.lead_mask();
    let trans = inp.opt(b"NTC");
    let (nrhs3, ldb3) = (inp.dim(false, 0), inp.ld(n));
    let args = Args { m, n, lda, nrhs, lda2, ldb, trans: trans as char, nrhs3, ldb3, fill, threads, lead };
    set_threads(threads);

    // ?getrf on the m x n matrix.
    let mut a = Guarded::<T>::random(mat_len(lda, m, n), lead & 1 != 0, &mut rng);
    spoil(fill, a.as_mut_slice(), lda, m, n, false, &mut rng);
    let a0 = a.as_slice().to_vec();
    let k = if m > 0 && n > 0 { m.min(n) as usize } else { 0 };
    let mut ipiv = Guarded::<BlasInt>::new(k, lead & 2 != 0);
    ipiv.as_mut_slice().fill(UNSET);
    let want = if m < 0 {
        1
    } else if n < 0 {
        2
    } else if lda < m.max(1) {
        4
    } else {
        0
    };
    let mut info = UNSET;
    clear_reported();
    // SAFETY: every array holds what the arguments declare.
    unsafe { (f.getrf)(&m, &n, a.mut_ptr(), &lda, ipiv.mut_ptr(), &mut info) };
    check_reported(T::PREFIX, "GETRF", want, &args);
    check_info("getrf", info, want, k, &args);
    if want != 0 {
        check_unchanged("A", &a0, a.as_slice(), &args);
        check_ints_unchanged("ipiv", &vec![UNSET; k], ipiv.as_slice(), &args);
    } else {
        let (mu, nu) = (m as usize, n as usize);
        check_lu_pivots("getrf", ipiv.as_slice(), mu, &args);
        check_output("A", &a0, a.as_slice(), &may_change(a0.len(), lda, mu, nu, |_, _| true), &args);
        if fill.clean() && k > 0 {
            check_lu(a.as_slice(), &a0, lda, mu, nu, ipiv.as_slice(), info, &args);
        }
    }

    // ?gesv on an n x n matrix with the same kind of values.
    let mut a2 = Guarded::<T>::random(mat_len(lda2, n, n), lead & 4 != 0, &mut rng);
    spoil(fill, a2.as_mut_slice(), lda2, n, n, false, &mut rng);
    let mut b = Guarded::<T>::random(mat_len(ldb, n, nrhs), lead & 8 != 0, &mut rng);
    inp.maybe_nan(&mut rng, &mut [&mut b]);
    let (a20, b0) = (a2.as_slice().to_vec(), b.as_slice().to_vec());
    let nn = n.max(0) as usize;
    let mut ipiv2 = Guarded::<BlasInt>::new(nn, lead & 16 != 0);
    ipiv2.as_mut_slice().fill(UNSET);
    let want = if n < 0 {
        1
    } else if nrhs < 0 {
        2
    } else if lda2 < n.max(1) {
        4
    } else if ldb < n.max(1) {
        7
    } else {
        0
    };
    let mut info = UNSET;
    clear_reported();
    // SAFETY: every array holds what the arguments declare.
    unsafe { (f.gesv)(&n, &nrhs, a2.mut_ptr(), &lda2, ipiv2.mut_ptr(), b.mut_ptr(), &ldb, &mut info) };
    check_reported(T::PREFIX, "GESV", want, &args);
    check_info("gesv", info, want, nn, &args);
    if want != 0 {
        check_unchanged("A", &a20, a2.as_slice(), &args);
        check_unchanged("B", &b0, b.as_slice(), &args);
        check_ints_unchanged("ipiv", &vec![UNSET; nn], ipiv2.as_slice(), &args);
        return;
    }
    let nr = nrhs as usize;
    check_lu_pivots("gesv", ipiv2.as_slice(), nn, &args);
    check_output("A", &a20, a2.as_slice(), &may_change(a20.len(), lda2, nn, nn, |_, _| true), &args);
    // With a singular U, B is left alone (the reference solves only on INFO = 0).
    let solved = info == 0;
    check_output("B", &b0, b.as_slice(), &may_change(b0.len(), ldb, nn, nr, |_, _| solved), &args);
    if nn == 0 || !solved {
        return;
    }
    let clean = fill.clean();
    let a_dense = Dense::read(&a20, lda2, nn, nn);
    let bound = lu_bound(a2.as_slice(), lda2, nn, ipiv2.as_slice());
    if clean && all_finite(&b0, ldb, nn, nr) {
        let (x, bd) = (Dense::read(b.as_slice(), ldb, nn, nr), Dense::read(&b0, ldb, nn, nr));
        check_solve::<T>("gesv: A X - B", &a_dense, &bound, &x, &bd, 3 * nn, &args);
    }

    // ?getrs with gesv's factors (read-only now), any trans, a new B.
    a2.freeze();
    ipiv2.freeze();
    let mut b3 = Guarded::<T>::random(mat_len(ldb3, n, nrhs3), lead & 32 != 0, &mut rng);
    let b30 = b3.as_slice().to_vec();
    let want = if !is_opt(trans, b"NTC") {
        1
    } else if nrhs3 < 0 {
        3
    } else if ldb3 < n.max(1) {
        8
    } else {
        0
    };
    let mut info = UNSET;
    clear_reported();
    // SAFETY: every array holds what the arguments declare.
    unsafe {
        (f.getrs)(&trans, &n, &nrhs3, a2.ptr(), &lda2, ipiv2.ptr(), b3.mut_ptr(), &ldb3, &mut info, 1);
    }
    check_reported(T::PREFIX, "GETRS", want, &args);
    check_info("getrs", info, want, 0, &args);
    if want != 0 {
        check_unchanged("B", &b30, b3.as_slice(), &args);
        return;
    }
    let nr3 = nrhs3 as usize;
    check_output("B", &b30, b3.as_slice(), &may_change(b30.len(), ldb3, nn, nr3, |_, _| true), &args);
    if clean {
        let (x, bd) = (Dense::read(b3.as_slice(), ldb3, nn, nr3), Dense::read(&b30, ldb3, nn, nr3));
        let (op, opb) = if is_opt(trans, b"N") {
            (a_dense, bound)
        } else {
            let c = is_opt(trans, b"C");
            (a_dense.t(c), bound.t(false))
        };
        check_solve::<T>("getrs: op(A) X - B", &op, &opb, &x, &bd, 3 * nn, &args);
    }
}

/// `|P A - L U| <= c k eps |L| |U|` for `?getrf`'s result `f` from `a0`, and
/// INFO naming the first exactly zero `U[i][i]`.
#[allow(clippy::too_many_arguments)]
fn check_lu<T: Elem>(
    f: &[T],
    a0: &[T],
    lda: BlasInt,
    m: usize,
    n: usize,
    ipiv: &[BlasInt],
    info: BlasInt,
    args: &Args,
) {
    let k = m.min(n);
    let fd = Dense::read(f, lda, m, n);
    let zero = Cx::new(0.0, 0.0);
    let l = Dense::from_fn(m, k, |i, j| {
        if i == j {
            Cx::new(1.0, 0.0)
        } else if i > j {
            fd.get(i, j)
        } else {
            zero
        }
    });
    let u = Dense::from_fn(k, n, |i, j| if i <= j { fd.get(i, j) } else { zero });
    let mut pa = Dense::read(a0, lda, m, n);
    pa.swap_rows((0..k).map(|i| (i, ipiv[i] as usize - 1)));
    let lu = l.mul(&u);
    let mag = l.abs().mul(&u.abs());
    check_residual::<T>("getrf: P A - L U", &lu, &pa, &mag, k, args);
    let first_zero = (0..k).find(|&i| u.get(i, i) == zero);
    let want = first_zero.map_or(0, |i| i as BlasInt + 1);
    assert_eq!(info, want, "getrf: INFO = {info} but the first zero pivot is at {first_zero:?} for {args:?}");
}
