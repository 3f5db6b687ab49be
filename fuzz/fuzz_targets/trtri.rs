//! `?trtri_`, `?trtrs_`, `?lauum_`, `?potri_`: triangular inverse and solve,
//! the product of a triangle with its conjugate transpose, and the inverse
//! from a Cholesky factor.
//!
//! Every input: INFO >= 0 whatever the values, or the bad argument reported
//! with nothing written; a zero on a non-unit diagonal reported as the
//! reference does, before anything is written; the other triangle, a unit
//! diagonal and padding never written; for clean values `|X T - I|`,
//! `|op(T) X - B|`, the product and `|X A - I|` within `c n eps` of their
//! bounds.

#![no_main]

use ferroblas_capi::generated::fortran::{
    clauum_, cpotri_, ctrtri_, ctrtrs_, dlauum_, dpotri_, dtrtri_, dtrtrs_, slauum_, spotri_, strtri_, strtrs_,
    zlauum_, zpotri_, ztrtri_, ztrtrs_,
};
use ferroblas_fuzz::lapack::*;
use ferroblas_fuzz::*;
use libfuzzer_sys::fuzz_target;

type Trtri<T> =
    unsafe extern "C" fn(*const u8, *const u8, *const BlasInt, *mut T, *const BlasInt, *mut BlasInt, usize, usize);
type Trtrs<T> = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const u8,
    *const BlasInt,
    *const BlasInt,
    *const T,
    *const BlasInt,
    *mut T,
    *const BlasInt,
    *mut BlasInt,
    usize,
    usize,
    usize,
);
/// `?lauum_` and `?potri_`.
type Tri1<T> = unsafe extern "C" fn(*const u8, *const BlasInt, *mut T, *const BlasInt, *mut BlasInt, usize);

struct Fns<T> {
    trtri: Trtri<T>,
    trtrs: Trtrs<T>,
    lauum: Tri1<T>,
    potri: Tri1<T>,
}

fuzz_target!(|data: &[u8]| {
    let mut inp = Input::new(data);
    match inp.precision() {
        0 => run::<f32>(&mut inp, Fns { trtri: strtri_, trtrs: strtrs_, lauum: slauum_, potri: spotri_ }),
        1 => run::<f64>(&mut inp, Fns { trtri: dtrtri_, trtrs: dtrtrs_, lauum: dlauum_, potri: dpotri_ }),
        2 => run::<c32>(&mut inp, Fns { trtri: ctrtri_, trtrs: ctrtrs_, lauum: clauum_, potri: cpotri_ }),
        _ => run::<c64>(&mut inp, Fns { trtri: ztrtri_, trtrs: ztrtrs_, lauum: zlauum_, potri: zpotri_ }),
    }
});

#[derive(Debug)]
#[allow(dead_code)] // read through Debug
struct Args {
    uplo: char,
    diag: char,
    trans: char,
    n: BlasInt,
    lda: BlasInt,
    nrhs: BlasInt,
    ldb: BlasInt,
    fill: Fill,
    zero_diag: Option<usize>,
    threads: usize,
    lead: u8,
}

fn run<T: Elem>(inp: &mut Input, f: Fns<T>) {
    let mut rng = inp.rng();
    let (uplo, diag, trans) = (inp.opt(b"UL"), inp.opt(b"NU"), inp.opt(b"NTC"));
    let big = inp.big();
    let (n, nrhs) = (inp.dim(big, 96), inp.dim(false, 0));
    let (lda, ldb) = (inp.ld(n), inp.ld(n));
    let fill = Fill::decode(inp);
    let threads = inp.threads(big);
    let lead = inp.lead_mask();
    let zero_byte = inp.u8();
    set_threads(threads);
    let (upper, unit) = (is_opt(uplo, b"U"), is_opt(diag, b"U"));
    let nn = n.max(0) as usize;
    let valid_a = lda >= n.max(1);
    // 1 in 8: an exact zero on the diagonal (singular unless the diagonal is unit).
    let zero_diag = (zero_byte >= 224 && nn > 0).then(|| zero_byte as usize % nn);
    let args = Args {
        uplo: uplo as char,
        diag: diag as char,
        trans: trans as char,
        n,
        lda,
        nrhs,
        ldb,
        fill,
        zero_diag,
        threads,
        lead,
    };

    // The triangle: well conditioned (diagonally dominant), then spoiled.
    let mut a0 = Guarded::<T>::random(mat_len(lda, n, n), false, &mut rng);
    if valid_a {
        condition_tri(a0.as_mut_slice(), lda, nn, upper, unit, &mut rng);
        if let Some(i) = zero_diag {
            a0.as_mut_slice()[i + i * lda as usize] = T::from_cx(Cx::new(0.0, 0.0));
        }
    }
    spoil(fill, a0.as_mut_slice(), lda, n, n, false, &mut rng);
    let a0 = a0.as_slice().to_vec();
    let copy = |lead: bool| {
        let mut a = Guarded::<T>::new(a0.len(), lead);
        a.as_mut_slice().copy_from_slice(&a0);
        a
    };
    let in_tri = |i: usize, j: usize| if upper { i <= j } else { i >= j };
    // The first zero a non-unit diagonal holds: the reference's INFO.
    let singular = |a: &[T]| {
        if unit || !valid_a {
            0
        } else {
            (0..nn).find(|&i| at(a, lda, i, i) == Cx::new(0.0, 0.0)).map_or(0, |i| i as BlasInt + 1)
        }
    };
    let bad_uplo_n_lda = |p_uplo, p_n, p_lda| {
        if !is_opt(uplo, b"UL") {
            p_uplo
        } else if n < 0 {
            p_n
        } else if lda < n.max(1) {
            p_lda
        } else {
            0
        }
    };
    let clean = fill.clean();

    // ?trtri.
    let mut a = copy(lead & 1 != 0);
    let want = if !is_opt(uplo, b"UL") {
        1
    } else if !is_opt(diag, b"NU") {
        2
    } else if n < 0 {
        3
    } else if lda < n.max(1) {
        5
    } else {
        0
    };
    let mut info = UNSET;
    clear_reported();
    // SAFETY: every array holds what the arguments declare.
    unsafe { (f.trtri)(&uplo, &diag, &n, a.mut_ptr(), &lda, &mut info, 1, 1) };
    check_reported(T::PREFIX, "TRTRI", want, &args);
    check_info("trtri", info, want, nn, &args);
    if want == 0 {
        let sing = singular(&a0);
        assert_eq!(info, sing, "trtri: INFO = {info}, but the first zero on the diagonal is {sing}: {args:?}");
    }
    if want != 0 || info > 0 {
        check_unchanged("A", &a0, a.as_slice(), &args);
    } else {
        let touch = |i: usize, j: usize| in_tri(i, j) && !(unit && i == j);
        check_output("A", &a0, a.as_slice(), &may_change(a0.len(), lda, nn, nn, touch), &args);
        if clean && nn > 0 {
            let t = tri_dense(&a0, lda, nn, upper, unit);
            let x = tri_dense(a.as_slice(), lda, nn, upper, unit);
            let eye = Dense::from_fn(nn, nn, |i, j| Cx::new(if i == j { 1.0 } else { 0.0 }, 0.0));
            check_residual::<T>("trtri: X T - I", &x.mul(&t), &eye, &x.abs().mul(&t.abs()), 2 * nn, &args);
        }
    }

    // ?trtrs.
    let a = copy(lead & 2 != 0);
    a.freeze();
    let mut b = Guarded::<T>::random(mat_len(ldb, n, nrhs), lead & 4 != 0, &mut rng);
    inp.maybe_nan(&mut rng, &mut [&mut b]);
    let b0 = b.as_slice().to_vec();
    let want = if !is_opt(uplo, b"UL") {
        1
    } else if !is_opt(trans, b"NTC") {
        2
    } else if !is_opt(diag, b"NU") {
        3
    } else if n < 0 {
        4
    } else if nrhs < 0 {
        5
    } else if lda < n.max(1) {
        7
    } else if ldb < n.max(1) {
        9
    } else {
        0
    };
    let mut info = UNSET;
    clear_reported();
    // SAFETY: every array holds what the arguments declare.
    unsafe { (f.trtrs)(&uplo, &trans, &diag, &n, &nrhs, a.ptr(), &lda, b.mut_ptr(), &ldb, &mut info, 1, 1, 1) };
    check_reported(T::PREFIX, "TRTRS", want, &args);
    check_info("trtrs", info, want, nn, &args);
    if want == 0 {
        let sing = singular(&a0);
        assert_eq!(info, sing, "trtrs: INFO = {info}, but the first zero on the diagonal is {sing}: {args:?}");
    }
    if want != 0 || info > 0 {
        check_unchanged("B", &b0, b.as_slice(), &args);
    } else {
        let nr = nrhs as usize;
        check_output("B", &b0, b.as_slice(), &may_change(b0.len(), ldb, nn, nr, |_, _| true), &args);
        if clean && nn > 0 && all_finite(&b0, ldb, nn, nr) {
            let t = tri_dense(&a0, lda, nn, upper, unit);
            let op = if is_opt(trans, b"N") { t } else { t.t(is_opt(trans, b"C")) };
            let (x, bd) = (Dense::read(b.as_slice(), ldb, nn, nr), Dense::read(&b0, ldb, nn, nr));
            check_solve::<T>("trtrs: op(T) X - B", &op, &op.abs(), &x, &bd, nn + 1, &args);
        }
    }

    // ?lauum: U U^H or L^H L, of a triangle with a real diagonal as a
    // Cholesky factor has (the reference reads the diagonal's real part in
    // one code path and all of it in another).
    let mut l0 = a0.clone();
    if valid_a {
        for i in 0..nn {
            let d = at(&l0, lda, i, i);
            l0[i + i * lda as usize] = T::from_cx(Cx::new(d.re, 0.0));
        }
    }
    let mut a = copy(lead & 8 != 0);
    a.as_mut_slice().copy_from_slice(&l0);
    let want = bad_uplo_n_lda(1, 2, 4);
    let mut info = UNSET;
    clear_reported();
    // SAFETY: every array holds what the arguments declare.
    unsafe { (f.lauum)(&uplo, &n, a.mut_ptr(), &lda, &mut info, 1) };
    check_reported(T::PREFIX, "LAUUM", want, &args);
    check_info("lauum", info, want, 0, &args);
    if want != 0 {
        check_unchanged("A", &l0, a.as_slice(), &args);
    } else if nn > 0 {
        let t = tri_dense(&l0, lda, nn, upper, false);
        let th = t.t(true);
        let (p, mag) = if upper { (t.mul(&th), t.abs().mul(&th.abs())) } else { (th.mul(&t), th.abs().mul(&t.abs())) };
        let mut want = may_change(l0.len(), lda, nn, nn, in_tri);
        if clean {
            let ld = lda as usize;
            for j in 0..nn {
                for i in 0..nn {
                    if in_tri(i, j) {
                        want[i + j * ld] = Want::Value { v: p.get(i, j), mag: mag.get(i, j).re, terms: nn };
                    }
                }
            }
        }
        check_output("A", &l0, a.as_slice(), &want, &args);
    }

    // ?potri: the inverse of F^H F (or F F^H) from the triangle as a Cholesky
    // factor, its diagonal made real and positive.
    let mut a = copy(lead & 16 != 0);
    let mut f0 = a0.clone();
    if valid_a && clean {
        condition_tri(&mut f0, lda, nn, upper, false, &mut rng);
        for i in 0..nn {
            let d = at(&f0, lda, i, i);
            f0[i + i * lda as usize] = T::from_cx(Cx::new(abs1(d), 0.0));
        }
        if let Some(i) = zero_diag {
            f0[i + i * lda as usize] = T::from_cx(Cx::new(0.0, 0.0));
        }
        a.as_mut_slice().copy_from_slice(&f0);
    }
    let want = bad_uplo_n_lda(1, 2, 4);
    let mut info = UNSET;
    clear_reported();
    // SAFETY: every array holds what the arguments declare.
    unsafe { (f.potri)(&uplo, &n, a.mut_ptr(), &lda, &mut info, 1) };
    check_reported(T::PREFIX, "POTRI", want, &args);
    check_info("potri", info, want, nn, &args);
    if want == 0 {
        let sing = if valid_a {
            (0..nn).find(|&i| at(&f0, lda, i, i) == Cx::new(0.0, 0.0)).map_or(0, |i| i as BlasInt + 1)
        } else {
            0
        };
        assert_eq!(info, sing, "potri: INFO = {info}, but the first zero on the diagonal is {sing}: {args:?}");
    }
    if want != 0 || info > 0 {
        check_unchanged("A", &f0, a.as_slice(), &args);
        return;
    }
    check_output("A", &f0, a.as_slice(), &may_change(f0.len(), lda, nn, nn, in_tri), &args);
    if clean && nn > 0 {
        for i in 0..nn {
            let d = at(a.as_slice(), lda, i, i);
            assert!(d.im == 0.0, "potri: diagonal element {i} of the inverse is {d} (not real) for {args:?}");
        }
        // The Hermitian inverse, read from its triangle.
        let xs = a.as_slice();
        let x = Dense::from_fn(nn, nn, |i, j| if in_tri(i, j) { at(xs, lda, i, j) } else { at(xs, lda, j, i).conj() });
        let (am, _) = cholesky_product(&f0, lda, nn, upper);
        let eye = Dense::from_fn(nn, nn, |i, j| Cx::new(if i == j { 1.0 } else { 0.0 }, 0.0));
        check_residual::<T>("potri: X A - I", &x.mul(&am), &eye, &x.abs().mul(&am.abs()), 4 * nn, &args);
    }
}

/// The triangular matrix in the `upper` or lower triangle of `a`, with a
/// unit diagonal when `unit`.
fn tri_dense<T: Elem>(a: &[T], lda: BlasInt, n: usize, upper: bool, unit: bool) -> Dense {
    Dense::from_fn(n, n, |i, j| {
        if i == j && unit {
            Cx::new(1.0, 0.0)
        } else if i == j || (i < j) == upper {
            at(a, lda, i, j)
        } else {
            Cx::new(0.0, 0.0)
        }
    })
}
