//! `?trmm_`: `B := alpha op(A) B` or `B := alpha B op(A)`, A triangular.

#![no_main]

use ferroblas_capi::generated::fortran::{ctrmm_, dtrmm_, strmm_, ztrmm_};
use ferroblas_fuzz::*;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut inp = Input::new(data);
    match inp.precision() {
        0 => run::<f32>(&mut inp, strmm_),
        1 => run::<f64>(&mut inp, dtrmm_),
        2 => run::<c32>(&mut inp, ctrmm_),
        _ => run::<c64>(&mut inp, ztrmm_),
    }
});

fn run<T: Elem>(inp: &mut Input, trmm: TriangularFn<T>) {
    let mut rng = inp.rng();
    let args = TriangularArgs::<T>::decode(inp, &mut rng);
    let (left, ka, lead) = (args.left(), args.ka(), args.lead);
    let (m, n, lda, ldb, alpha) = (args.m, args.n, args.lda, args.ldb, args.alpha);
    let [_, uplo, transa, diag] = args.options();

    let mut a = Guarded::<T>::random(mat_len(lda, ka, ka), lead & 1 != 0, &mut rng);
    let mut b = Guarded::<T>::random(mat_len(ldb, m, n), lead & 2 != 0, &mut rng);
    inp.maybe_nan(&mut rng, &mut [&mut a, &mut b]);
    a.freeze();
    let b0 = b.as_slice().to_vec();

    let info = args.info();
    set_threads(args.threads);
    clear_reported();
    // SAFETY: every array holds what the arguments declare.
    unsafe { args.call(trmm, a.ptr(), b.mut_ptr()) };
    check_reported(T::PREFIX, "TRMM", info, &args);
    if info != 0 {
        check_unchanged("B", &b0, b.as_slice(), &args);
        return;
    }

    let (m, n, ka, ldb) = (m as usize, n as usize, ka as usize, ldb as usize);
    let alpha = alpha.to_cx();
    let zero = Cx::new(0.0, 0.0);
    let tri = Tri {
        a: a.as_slice(),
        lda,
        upper: is_opt(uplo, b"U"),
        unit: is_opt(diag, b"U"),
        trans: !is_opt(transa, b"N"),
        conj: is_opt(transa, b"C"),
    };
    let bb = |i: usize, j: usize| b0[i + j * ldb].to_cx();
    let mut want = vec![Want::Same; b0.len()];
    // B := alpha L R with L, R = op(A), B (left) or B, op(A) (right); R by columns.
    let (l, r) = if left {
        (Rows::new(m, ka, |i, p| tri.op(i, p)), Rows::new(n, ka, |j, p| bb(p, j)))
    } else {
        (Rows::new(m, ka, bb), Rows::new(n, ka, |j, p| tri.op(p, j)))
    };
    for j in 0..n {
        for i in 0..m {
            let (mut s, mut mag) = (zero, 0.0);
            if alpha != zero {
                let (d, dm) = l.dot(i, &r, j);
                s = alpha * d;
                mag = abs1(alpha) * dm;
            }
            want[i + j * ldb] = Want::Value { v: s, mag, terms: ka };
        }
    }
    check_output("B", &b0, b.as_slice(), &want, &args);
}
