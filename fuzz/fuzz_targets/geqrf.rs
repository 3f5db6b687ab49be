//! `?geqrf_`, `?orgqr_`/`?ungqr_`, `?ormqr_`/`?unmqr_`: QR factorization,
//! its Q formed and applied.
//!
//! Every input: INFO = 0 whatever the values, or the bad argument reported
//! with nothing written; padding never written; a workspace query answers a
//! positive whole number; for clean values `|A - Q R| <= c n eps |Q| |R|`,
//! `Q^H Q = I` to the same order, and `Q^H A` from `?ormqr` is R over zeros.

#![no_main]

use ferroblas_capi::generated::fortran::{
    cgeqrf_, cungqr_, cunmqr_, dgeqrf_, dorgqr_, dormqr_, sgeqrf_, sorgqr_, sormqr_, zgeqrf_, zungqr_, zunmqr_,
};
use ferroblas_fuzz::lapack::*;
use ferroblas_fuzz::*;
use libfuzzer_sys::fuzz_target;

type Geqrf<T> =
    unsafe extern "C" fn(*const BlasInt, *const BlasInt, *mut T, *const BlasInt, *mut T, *mut T, *const BlasInt, *mut BlasInt);
type Orgqr<T> = unsafe extern "C" fn(
    *const BlasInt,
    *const BlasInt,
    *const BlasInt,
    *mut T,
    *const BlasInt,
    *const T,
    *mut T,
    *const BlasInt,
    *mut BlasInt,
);
type Ormqr<T> = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const BlasInt,
    *const BlasInt,
    *const BlasInt,
    *const T,
    *const BlasInt,
    *const T,
    *mut T,
    *const BlasInt,
    *mut T,
    *const BlasInt,
    *mut BlasInt,
    usize,
    usize,
);

struct Fns<T> {
    geqrf: Geqrf<T>,
    orgqr: Orgqr<T>,
    ormqr: Ormqr<T>,
}

fuzz_target!(|data: &[u8]| {
    let mut inp = Input::new(data);
    match inp.precision() {
        0 => run::<f32>(&mut inp, Fns { geqrf: sgeqrf_, orgqr: sorgqr_, ormqr: sormqr_ }),
        1 => run::<f64>(&mut inp, Fns { geqrf: dgeqrf_, orgqr: dorgqr_, ormqr: dormqr_ }),
        2 => run::<c32>(&mut inp, Fns { geqrf: cgeqrf_, orgqr: cungqr_, ormqr: cunmqr_ }),
        _ => run::<c64>(&mut inp, Fns { geqrf: zgeqrf_, orgqr: zungqr_, ormqr: zunmqr_ }),
    }
});

#[derive(Debug)]
#[allow(dead_code)] // read through Debug
struct Args {
    m: BlasInt,
    n: BlasInt,
    lda: BlasInt,
    lwork: BlasInt,
    fill: Fill,
    threads: usize,
    lead: u8,
}

/// A workspace length from one byte: a query, the minimum, one short of
/// it (an error unless the minimum is 1), or room for blocks.
fn lwork_of(b: u8, min: BlasInt) -> BlasInt {
    match b % 4 {
        0 => -1,
        1 => min,
        2 => min - 1,
        _ => min * 70 + 4160,
    }
}

fn run<T: Elem>(inp: &mut Input, f: Fns<T>) {
    let mut rng = inp.rng();
    let big = inp.big();
    let (m, n) = (inp.dim(big, 160), inp.dim(big, 96));
    let lda = inp.ld(m);
    let fill = Fill::decode(inp);
    let threads = inp.threads(big);
    let lead = inp.lead_mask();
    let lwork = lwork_of(inp.u8(), n.max(1));
    let args = Args { m, n, lda, lwork, fill, threads, lead };
    set_threads(threads);
    let (mm, nn) = (m.max(0) as usize, n.max(0) as usize);
    let k = mm.min(nn);

    let mut a = Guarded::<T>::random(mat_len(lda, m, n), lead & 1 != 0, &mut rng);
    spoil(fill, a.as_mut_slice(), lda, m, n, false, &mut rng);
    let a0 = a.as_slice().to_vec();
    let mut tau = Guarded::<T>::new(k, lead & 2 != 0);
    let mut work = Guarded::<T>::new(lwork.max(1) as usize, lead & 4 != 0);
    let want = if m < 0 {
        1
    } else if n < 0 {
        2
    } else if lda < m.max(1) {
        4
    } else if lwork != -1 && lwork < n.max(1) {
        7
    } else {
        0
    };
    let mut info = UNSET;
    clear_reported();
    // SAFETY: every array holds what the arguments declare.
    unsafe { (f.geqrf)(&m, &n, a.mut_ptr(), &lda, tau.mut_ptr(), work.mut_ptr(), &lwork, &mut info) };
    check_reported(T::PREFIX, "GEQRF", want, &args);
    check_info("geqrf", info, want, 0, &args);
    if want != 0 {
        check_unchanged("A", &a0, a.as_slice(), &args);
        return;
    }
    if lwork == -1 {
        check_unchanged("A", &a0, a.as_slice(), &args);
        check_query("geqrf", work.as_slice()[0], &args);
        return;
    }
    check_output("A", &a0, a.as_slice(), &may_change(a0.len(), lda, mm, nn, |_, _| true), &args);
    if !fill.clean() || k == 0 {
        return;
    }
    let qr = a.as_slice().to_vec();
    let tau = tau.as_slice().to_vec();

    // Q (m x k) from the first k columns.
    let mut q = Guarded::<T>::new(mat_len(lda, m, k as BlasInt), lead & 8 != 0);
    q.as_mut_slice().copy_from_slice(&qr[..mat_len(lda, m, k as BlasInt)]);
    let kk = k as BlasInt;
    let lw = kk * 70 + 4160;
    let mut w = vec![T::from_cx(Cx::new(0.0, 0.0)); lw as usize];
    let mut info = UNSET;
    // SAFETY: as above.
    unsafe { (f.orgqr)(&m, &kk, &kk, q.mut_ptr(), &lda, tau.as_ptr(), w.as_mut_ptr(), &lw, &mut info) };
    check_info("orgqr", info, 0, 0, &args);
    let qd = Dense::read(q.as_slice(), lda, mm, k);
    let r = Dense::from_fn(k, nn, |i, j| if i <= j { at(&qr, lda, i, j) } else { Cx::new(0.0, 0.0) });
    let a_dense = Dense::read(&a0, lda, mm, nn);
    // Householder QR is backward stable column by column, not element by
    // element: the error in A(i, j) is of the order of eps |A(:, j)|, however
    // small A(i, j) or |Q(i, :)| |R(:, j)| is. |R(:, j)|'s 1-norm bounds
    // |A(:, j)|'s 2-norm from above.
    let r_col = |j: usize| (0..k).map(|p| abs1(r.get(p, j))).sum::<f64>();
    let mag = Dense::from_fn(mm, nn, |_, j| Cx::new(r_col(j), 0.0));
    check_residual::<T>("geqrf: A - Q R", &qd.mul(&r), &a_dense, &mag, k + mm, &args);
    let eye = Dense::from_fn(k, k, |i, j| Cx::new(if i == j { 1.0 } else { 0.0 }, 0.0));
    let qh = qd.t(true);
    // Orthogonality is normwise too: every element of Q^H Q - I is O(m eps).
    let ones = Dense::from_fn(k, k, |_, _| Cx::new(1.0, 0.0));
    check_residual::<T>("orgqr: Q^H Q - I", &qh.mul(&qd), &eye, &ones, 3 * mm, &args);

    // Q^H A by ?ormqr: R on top, zeros below.
    let mut c = Guarded::<T>::new(a0.len(), lead & 16 != 0);
    c.as_mut_slice().copy_from_slice(&a0);
    let trans = if matches!(T::PREFIX, 'C' | 'Z') { b'C' } else { b'T' };
    let lw = nn as BlasInt * 70 + 4160;
    let mut w = vec![T::from_cx(Cx::new(0.0, 0.0)); lw as usize];
    let mut info = UNSET;
    // SAFETY: as above.
    unsafe {
        (f.ormqr)(&b'L', &trans, &m, &n, &kk, qr.as_ptr(), &lda, tau.as_ptr(), c.mut_ptr(), &lda, w.as_mut_ptr(), &lw, &mut info, 1, 1)
    };
    check_info("ormqr", info, 0, 0, &args);
    let got = Dense::read(c.as_slice(), lda, mm, nn);
    let want = Dense::from_fn(mm, nn, |i, j| if i <= j && i < k { at(&qr, lda, i, j) } else { Cx::new(0.0, 0.0) });
    // Normwise as above: every element of Q^H A is off by O(eps) times A's
    // column sum, which bounds the column's 2-norm from above.
    let col_sum = |j: usize| (0..mm).map(|l| abs1(a_dense.get(l, j))).sum::<f64>();
    let mag = Dense::from_fn(mm, nn, |_, j| Cx::new(col_sum(j), 0.0));
    check_residual::<T>("ormqr: Q^H A - [R; 0]", &got, &want, &mag, 3 * mm, &args);
}
