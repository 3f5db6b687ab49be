//! `?trsm_`: solves `op(A) X = alpha B` or `X op(A) = alpha B`, A triangular,
//! overwriting B with X. Checked by the residual `op(A) X - alpha B`, with A
//! made well conditioned (see `condition_tri`).

#![no_main]

use ferroblas_capi::generated::fortran::{ctrsm_, dtrsm_, strsm_, ztrsm_};
use ferroblas_fuzz::*;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut inp = Input::new(data);
    match inp.precision() {
        0 => run::<f32>(&mut inp, strsm_),
        1 => run::<f64>(&mut inp, dtrsm_),
        2 => run::<c32>(&mut inp, ctrsm_),
        _ => run::<c64>(&mut inp, ztrsm_),
    }
});

fn run<T: Elem>(inp: &mut Input, trsm: TriangularFn<T>) {
    let mut rng = inp.rng();
    let args = TriangularArgs::<T>::decode(inp, &mut rng);
    let (left, ka, lead) = (args.left(), args.ka(), args.lead);
    let (m, n, lda, ldb, alpha) = (args.m, args.n, args.lda, args.ldb, args.alpha);
    let [_, uplo, transa, diag] = args.options();
    let info = args.info();
    let (upper, unit) = (is_opt(uplo, b"U"), is_opt(diag, b"U"));

    let mut a = Guarded::<T>::random(mat_len(lda, ka, ka), lead & 1 != 0, &mut rng);
    if info == 0 {
        condition_tri(a.as_mut_slice(), lda, ka as usize, upper, unit, &mut rng);
    }
    let mut b = Guarded::<T>::random(mat_len(ldb, m, n), lead & 2 != 0, &mut rng);
    inp.maybe_nan(&mut rng, &mut [&mut a, &mut b]);
    a.freeze();
    let b0 = b.as_slice().to_vec();

    set_threads(args.threads);
    clear_reported();
    // SAFETY: every array holds what the arguments declare.
    unsafe { args.call(trsm, a.ptr(), b.mut_ptr()) };
    check_reported(T::PREFIX, "TRSM", info, &args);
    if info != 0 {
        check_unchanged("B", &b0, b.as_slice(), &args);
        return;
    }

    let (m, n, ka, ldb) = (m as usize, n as usize, ka as usize, ldb as usize);
    let alpha = alpha.to_cx();
    let zero = Cx::new(0.0, 0.0);
    let tri = Tri { a: a.as_slice(), lda, upper, unit, trans: !is_opt(transa, b"N"), conj: is_opt(transa, b"C") };
    let x = b.as_slice();
    // Padding, and B itself when there is nothing to solve, keep their bits;
    // alpha = 0 gives zeros without reading A or B.
    let mut want = vec![Want::Same; b0.len()];
    if m > 0 && n > 0 && alpha == zero {
        for j in 0..n {
            for i in 0..m {
                want[i + j * ldb] = Want::Value { v: zero, mag: 0.0, terms: 0 };
            }
        }
        check_output("B", &b0, x, &want, &args);
        return;
    }
    for j in 0..n {
        for i in 0..m {
            want[i + j * ldb] = Want::Any;
        }
    }
    check_output("B", &b0, x, &want, &args);
    let in_b = |i: usize, j: usize| i < m && j < n;
    let poisoned = !finite(alpha)
        || tri.poisoned(ka)
        || (0..b0.len()).any(|idx| in_b(idx % ldb, idx / ldb) && !finite(b0[idx].to_cx()));
    if poisoned {
        return;
    }
    let xx = |i: usize, j: usize| x[i + j * ldb].to_cx();
    // op(A) X (left) or X op(A) (right), the right factor by columns.
    let (l, r) = if left {
        (Rows::new(m, ka, |i, p| tri.op(i, p)), Rows::new(n, ka, |j, p| xx(p, j)))
    } else {
        (Rows::new(m, ka, xx), Rows::new(n, ka, |j, p| tri.op(p, j)))
    };
    for j in 0..n {
        for i in 0..m {
            let (s, mut mag) = l.dot(i, &r, j);
            let rhs = alpha * b0[i + j * ldb].to_cx();
            mag += abs1(rhs);
            let err = abs1(s - rhs);
            if !within::<T>(err, mag, ka) {
                panic!(
                    "B[{i},{j}]: residual {err:e} of op(A) X = alpha B too large (magnitude {mag:e}, X = {:?}) for {args:?}",
                    x[i + j * ldb]
                );
            }
        }
    }
}
