//! Level-2 BLAS against wide-precision references, for f32, f64, c32, c64,
//! through the safe Rust API, the Fortran ABI and CBLAS (both layouts).
//!
//! Every routine runs over sizes around the SIMD widths and the drivers'
//! block sizes (the dense triangular routines work in 64-column blocks, the
//! `N`-product in row blocks), every `trans`/`uplo`/`diag`, dense, band and
//! packed storage in both layouts, leading dimensions larger than needed,
//! increments 1, 2, -1, -3, and `alpha`/`beta` in {0, 1, -1, real, complex}.
//! Each call checks the values within `k * eps * magnitudes`, that every
//! storage element the routine must not touch (padding, the other triangle,
//! a unit diagonal, the gaps of strided vectors) is bit-identical afterwards
//! (they hold NaNs, so reading one would also show), that read-only operands
//! are unchanged, the reference's quick returns (`beta = 0` does not read
//! `y`), and the Hermitian rules (imaginary diagonal ignored on input, zeroed
//! by the rank updates). Bad arguments are checked for every parameter and
//! both ABIs: the reference's parameter number and nothing written. The
//! kernel tables of every ISA this machine runs (including the imitated
//! AVX-512 and NEON shapes) are checked directly at the end.

mod level2_support;

use ferroblas_capi::xerbla::take_last_error;
use ferroblas_kernels::level2;
use level2_support::*;

/// Sizes around the SIMD widths (2..16 lanes, two-register unrolls) and the
/// column groups of the kernels.
const DIMS: [usize; 17] = [0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 33, 64, 65, 130];

/// Sizes for the triangular and Hermitian routines: also across the 64-wide
/// diagonal blocks of the dense triangular drivers.
const TRI_DIMS: [usize; 15] = [0, 1, 2, 3, 4, 5, 8, 9, 17, 33, 63, 64, 65, 129, 200];

const INCS2: [isize; 4] = [1, 2, -1, -3];

/// A deterministic pick from a list, varying with the case number.
fn pick<X: Copy>(list: &[X], case: usize, salt: usize) -> X {
    list[(case.wrapping_mul(2654435761) >> 7).wrapping_add(salt * 7) % list.len()]
}

/// Asserts the elements of `y` match `want` within `(k + 4) * eps * bound`.
#[track_caller]
fn check_values<T: TestScalar>(y: &Strided<T>, want: &[(c64, f64)], k: usize, ctx: &dyn Fn() -> String) {
    let factor = if T::IS_COMPLEX { 4.0 } else { 2.0 };
    for (i, (w, bound)) in want.iter().enumerate() {
        let tol = factor * (k as f64 + 4.0) * T::eps() * bound;
        assert_close(y.get(i), *w, tol, || format!("{} i={i}", ctx()));
    }
}

fn wide<T: TestScalar>(v: &[T]) -> Vec<c64> {
    v.iter().map(|x| x.to_c64()).collect()
}

/// The operators to run: `N`, `T`, `C`, and `conj(A)` (Rust API only).
fn ops(path: Path) -> &'static [Op] {
    if path == Path::Api {
        &[Op::NoTrans, Op::Trans, Op::ConjTrans, Op::Conj]
    } else {
        &[Op::NoTrans, Op::Trans, Op::ConjTrans]
    }
}

// ---------------------------------------------------------------------------
// gemv, gbmv.

fn gemv_body<T: Abi>() {
    let mut rng = Rng::new(21);
    let specials = special_scalars::<T>(&mut rng);
    let mut case = 0;
    for &m in &DIMS {
        for &n in &DIMS {
            for layout in [Layout::ColMajor, Layout::RowMajor] {
                for &path in paths(layout) {
                    for &op in ops(path) {
                        case += 1;
                        let (alpha, beta) = (pick(&specials, case, 1), pick(&specials, case, 2));
                        let (incx, incy) = (pick(&INCS2, case, 3), pick(&INCS2, case, 4));
                        let lines = if layout == Layout::ColMajor { m } else { n };
                        let ld = lines.max(1) + case % 3;
                        let a = Mat::<T>::random(&mut rng, m, n, Shape::General, Store::Dense { ld }, layout);
                        let (lx, ly) = if op.is_trans() { (m, n) } else { (n, m) };
                        let x = Strided::<T>::random(&mut rng, lx, incx);
                        let mut y = Strided::<T>::random(&mut rng, ly, incy);
                        let nan_y = beta.is_zero() && case % 2 == 0;
                        if nan_y {
                            for i in 0..ly {
                                y.set(i, T::guard());
                            }
                        }
                        let yv = wide(&y.values());
                        let ctx = || {
                            format!(
                                "gemv {path:?} {layout:?} {op:?} m={m} n={n} ld={ld} incx={incx} incy={incy} alpha={alpha:?} beta={beta:?}"
                            )
                        };
                        let (mi, ni, ldi) = (m as i32, n as i32, ld as i32);
                        // SAFETY: the buffers hold what the arguments declare.
                        unsafe {
                            match path {
                                Path::Api => level2::gemv(op, alpha, a.view(), x.vref(), beta, y.vmut()),
                                Path::Fortran => T::f_gemv(
                                    op_char(op),
                                    mi,
                                    ni,
                                    alpha,
                                    a.ptr(),
                                    ldi,
                                    x.ptr(),
                                    incx as i32,
                                    beta,
                                    y.mut_ptr(),
                                    incy as i32,
                                ),
                                Path::Cblas => T::c_gemv(
                                    cblas_layout(layout),
                                    cblas_trans(op),
                                    mi,
                                    ni,
                                    alpha,
                                    a.ptr(),
                                    ldi,
                                    x.ptr(),
                                    incx as i32,
                                    beta,
                                    y.mut_ptr(),
                                    incy as i32,
                                ),
                            }
                        }
                        a.check_unchanged(ctx);
                        x.check_unchanged(ctx);
                        y.check_guards(ctx);
                        if m == 0 || n == 0 || (alpha.is_zero() && beta == T::one()) {
                            y.check_unchanged(ctx);
                            continue;
                        }
                        let want =
                            ref_mv::<T>(op, &a.logical(), m, n, alpha.to_c64(), &wide(&x.values()), beta.to_c64(), &yv);
                        check_values(&y, &want, m.max(n), &ctx);
                    }
                }
            }
        }
    }
}

fn gbmv_body<T: Abi>() {
    let mut rng = Rng::new(22);
    let specials = special_scalars::<T>(&mut rng);
    let dims = [0, 1, 2, 3, 5, 8, 9, 17, 33];
    let bands = [0, 1, 2, 5, 40];
    let mut case = 0;
    for &m in &dims {
        for &n in &dims {
            for &kl in &bands {
                for &ku in &bands {
                    for layout in [Layout::ColMajor, Layout::RowMajor] {
                        for &path in paths(layout) {
                            case += 1;
                            let op = pick(ops(path), case, 0);
                            let (alpha, beta) = (pick(&specials, case, 1), pick(&specials, case, 2));
                            let (incx, incy) = (pick(&INCS2, case, 3), pick(&INCS2, case, 4));
                            let ld = kl + ku + 1 + case % 2;
                            let store = Store::Band { kl, ku, ld };
                            let a = Mat::<T>::random(&mut rng, m, n, Shape::General, store, layout);
                            let (lx, ly) = if op.is_trans() { (m, n) } else { (n, m) };
                            let x = Strided::<T>::random(&mut rng, lx, incx);
                            let mut y = Strided::<T>::random(&mut rng, ly, incy);
                            let yv = wide(&y.values());
                            let ctx = || {
                                format!("gbmv {path:?} {layout:?} {op:?} m={m} n={n} kl={kl} ku={ku} ld={ld} incx={incx} incy={incy} alpha={alpha:?} beta={beta:?}")
                            };
                            let (mi, ni, kli, kui, ldi) = (m as i32, n as i32, kl as i32, ku as i32, ld as i32);
                            // SAFETY: the buffers hold what the arguments declare.
                            unsafe {
                                match path {
                                    Path::Api => level2::gbmv(
                                        layout,
                                        op,
                                        m,
                                        n,
                                        kl,
                                        ku,
                                        alpha,
                                        a.storage(),
                                        ld,
                                        x.vref(),
                                        beta,
                                        y.vmut(),
                                    ),
                                    Path::Fortran => T::f_gbmv(
                                        op_char(op),
                                        mi,
                                        ni,
                                        kli,
                                        kui,
                                        alpha,
                                        a.ptr(),
                                        ldi,
                                        x.ptr(),
                                        incx as i32,
                                        beta,
                                        y.mut_ptr(),
                                        incy as i32,
                                    ),
                                    Path::Cblas => T::c_gbmv(
                                        cblas_layout(layout),
                                        cblas_trans(op),
                                        mi,
                                        ni,
                                        kli,
                                        kui,
                                        alpha,
                                        a.ptr(),
                                        ldi,
                                        x.ptr(),
                                        incx as i32,
                                        beta,
                                        y.mut_ptr(),
                                        incy as i32,
                                    ),
                                }
                            }
                            a.check_unchanged(ctx);
                            x.check_unchanged(ctx);
                            y.check_guards(ctx);
                            if m == 0 || n == 0 || (alpha.is_zero() && beta == T::one()) {
                                y.check_unchanged(ctx);
                                continue;
                            }
                            let want = ref_mv::<T>(
                                op,
                                &a.logical(),
                                m,
                                n,
                                alpha.to_c64(),
                                &wide(&x.values()),
                                beta.to_c64(),
                                &yv,
                            );
                            check_values(&y, &want, m.max(n), &ctx);
                        }
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Triangular products and solves, dense, band and packed.

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Dense,
    Band,
    Packed,
}

fn tri_body<T: Abi>(solve: bool, kind: Kind) {
    let mut rng = Rng::new(23 + solve as u64 * 3 + kind as u64);
    let mut case = 0;
    let dims: &[usize] = if kind == Kind::Dense { &TRI_DIMS } else { &TRI_DIMS[..11] };
    for &n in dims {
        let ks: &[usize] = if kind == Kind::Band { &[0, 1, 3, 17] } else { &[0] };
        for &k in ks {
            for uplo in [Uplo::Upper, Uplo::Lower] {
                for diag in [Diag::NonUnit, Diag::Unit] {
                    for layout in [Layout::ColMajor, Layout::RowMajor] {
                        for &path in paths(layout) {
                            for &op in ops(path) {
                                case += 1;
                                let incx = pick(&INCS2, case, 3);
                                let store = match kind {
                                    Kind::Dense => Store::Dense { ld: n.max(1) + case % 3 },
                                    Kind::Band => {
                                        let (kl, ku) = if uplo == Uplo::Upper { (0, k) } else { (k, 0) };
                                        Store::Band { kl, ku, ld: k + 1 + case % 2 }
                                    }
                                    Kind::Packed => Store::Packed,
                                };
                                let a = Mat::<T>::random(&mut rng, n, n, Shape::Tri(uplo, diag), store, layout);
                                let mut x = Strided::<T>::random(&mut rng, n, incx);
                                let xv = wide(&x.values());
                                let ctx = || {
                                    format!("{kind:?} {} {path:?} {layout:?} {uplo:?} {op:?} {diag:?} n={n} k={k} incx={incx}", if solve { "solve" } else { "mul" })
                                };
                                let (ni, ki, ldi, inc) = (n as i32, k as i32, a.ld() as i32, incx as i32);
                                let (uc, dc) = (uplo_char(uplo), diag_char(diag));
                                let (cl, cu, cd) = (cblas_layout(layout), cblas_uplo(uplo), cblas_diag(diag));
                                // SAFETY: the buffers hold what the arguments declare.
                                unsafe {
                                    match (path, kind, solve) {
                                        (Path::Api, Kind::Dense, false) => {
                                            level2::trmv(uplo, op, diag, a.view(), x.vmut())
                                        }
                                        (Path::Api, Kind::Dense, true) => {
                                            level2::trsv(uplo, op, diag, a.view(), x.vmut())
                                        }
                                        (Path::Api, Kind::Band, false) => {
                                            level2::tbmv(layout, uplo, op, diag, n, k, a.storage(), a.ld(), x.vmut())
                                        }
                                        (Path::Api, Kind::Band, true) => {
                                            level2::tbsv(layout, uplo, op, diag, n, k, a.storage(), a.ld(), x.vmut())
                                        }
                                        (Path::Api, Kind::Packed, false) => {
                                            level2::tpmv(layout, uplo, op, diag, a.storage(), x.vmut())
                                        }
                                        (Path::Api, Kind::Packed, true) => {
                                            level2::tpsv(layout, uplo, op, diag, a.storage(), x.vmut())
                                        }
                                        (Path::Fortran, Kind::Dense, s) => {
                                            T::f_trxv(s, uc, op_char(op), dc, ni, a.ptr(), ldi, x.mut_ptr(), inc)
                                        }
                                        (Path::Fortran, Kind::Band, s) => {
                                            T::f_tbxv(s, uc, op_char(op), dc, ni, ki, a.ptr(), ldi, x.mut_ptr(), inc)
                                        }
                                        (Path::Fortran, Kind::Packed, s) => {
                                            T::f_tpxv(s, uc, op_char(op), dc, ni, a.ptr(), x.mut_ptr(), inc)
                                        }
                                        (Path::Cblas, Kind::Dense, s) => T::c_trxv(
                                            s,
                                            cl,
                                            cu,
                                            cblas_trans(op),
                                            cd,
                                            ni,
                                            a.ptr(),
                                            ldi,
                                            x.mut_ptr(),
                                            inc,
                                        ),
                                        (Path::Cblas, Kind::Band, s) => T::c_tbxv(
                                            s,
                                            cl,
                                            cu,
                                            cblas_trans(op),
                                            cd,
                                            ni,
                                            ki,
                                            a.ptr(),
                                            ldi,
                                            x.mut_ptr(),
                                            inc,
                                        ),
                                        (Path::Cblas, Kind::Packed, s) => {
                                            T::c_tpxv(s, cl, cu, cblas_trans(op), cd, ni, a.ptr(), x.mut_ptr(), inc)
                                        }
                                    }
                                }
                                a.check_unchanged(ctx);
                                x.check_guards(ctx);
                                let mat = a.logical();
                                if solve {
                                    let want = ref_solve::<T>(op, &mat, n, &xv);
                                    let scale = want.iter().chain(&xv).fold(1.0f64, |s, v| s.max(mag(*v)));
                                    let tol = 16.0 * (n as f64 + 2.0) * T::eps() * scale;
                                    for (i, w) in want.iter().enumerate() {
                                        assert_close(x.get(i), *w, tol, || format!("{} i={i}", ctx()));
                                    }
                                } else {
                                    let zero = c64::new(0.0, 0.0);
                                    let want = ref_mv::<T>(op, &mat, n, n, c64::new(1.0, 0.0), &xv, zero, &xv);
                                    check_values(&x, &want, n, &ctx);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn trmv_body<T: Abi>() {
    tri_body::<T>(false, Kind::Dense)
}
fn trsv_body<T: Abi>() {
    tri_body::<T>(true, Kind::Dense)
}
fn tbmv_body<T: Abi>() {
    tri_body::<T>(false, Kind::Band)
}
fn tbsv_body<T: Abi>() {
    tri_body::<T>(true, Kind::Band)
}
fn tpmv_body<T: Abi>() {
    tri_body::<T>(false, Kind::Packed)
}
fn tpsv_body<T: Abi>() {
    tri_body::<T>(true, Kind::Packed)
}

// ---------------------------------------------------------------------------
// Hermitian (symmetric) products.

fn hemv_kind_body<T: Abi>(kind: Kind) {
    let mut rng = Rng::new(31 + kind as u64);
    let specials = special_scalars::<T>(&mut rng);
    let mut case = 0;
    let dims: &[usize] = if kind == Kind::Dense { &TRI_DIMS } else { &TRI_DIMS[..11] };
    for &n in dims {
        let ks: &[usize] = if kind == Kind::Band { &[0, 1, 3, 17] } else { &[0] };
        for &k in ks {
            for uplo in [Uplo::Upper, Uplo::Lower] {
                for layout in [Layout::ColMajor, Layout::RowMajor] {
                    for &path in paths(layout) {
                        for _rep in 0..2 {
                            case += 1;
                            let (alpha, beta) = (pick(&specials, case, 1), pick(&specials, case, 2));
                            let (incx, incy) = (pick(&INCS2, case, 3), pick(&INCS2, case, 4));
                            let store = match kind {
                                Kind::Dense => Store::Dense { ld: n.max(1) + case % 3 },
                                Kind::Band => {
                                    let (kl, ku) = if uplo == Uplo::Upper { (0, k) } else { (k, 0) };
                                    Store::Band { kl, ku, ld: k + 1 + case % 2 }
                                }
                                Kind::Packed => Store::Packed,
                            };
                            let a = Mat::<T>::random(&mut rng, n, n, Shape::Herm(uplo), store, layout);
                            let x = Strided::<T>::random(&mut rng, n, incx);
                            let mut y = Strided::<T>::random(&mut rng, n, incy);
                            if beta.is_zero() && case % 2 == 0 {
                                for i in 0..n {
                                    y.set(i, T::guard());
                                }
                            }
                            let yv = wide(&y.values());
                            let ctx = || {
                                format!("{kind:?} hemv {path:?} {layout:?} {uplo:?} n={n} k={k} incx={incx} incy={incy} alpha={alpha:?} beta={beta:?}")
                            };
                            let (ni, ki, ldi, ix, iy) = (n as i32, k as i32, a.ld() as i32, incx as i32, incy as i32);
                            let (uc, cl, cu) = (uplo_char(uplo), cblas_layout(layout), cblas_uplo(uplo));
                            // SAFETY: the buffers hold what the arguments declare.
                            unsafe {
                                match (path, kind) {
                                    (Path::Api, Kind::Dense) => {
                                        level2::hemv(uplo, alpha, a.view(), x.vref(), beta, y.vmut())
                                    }
                                    (Path::Api, Kind::Band) => level2::hbmv(
                                        layout,
                                        uplo,
                                        n,
                                        k,
                                        alpha,
                                        a.storage(),
                                        a.ld(),
                                        x.vref(),
                                        beta,
                                        y.vmut(),
                                    ),
                                    (Path::Api, Kind::Packed) => {
                                        level2::hpmv(layout, uplo, alpha, a.storage(), x.vref(), beta, y.vmut())
                                    }
                                    (Path::Fortran, Kind::Dense) => {
                                        T::f_hemv(uc, ni, alpha, a.ptr(), ldi, x.ptr(), ix, beta, y.mut_ptr(), iy)
                                    }
                                    (Path::Fortran, Kind::Band) => {
                                        T::f_hbmv(uc, ni, ki, alpha, a.ptr(), ldi, x.ptr(), ix, beta, y.mut_ptr(), iy)
                                    }
                                    (Path::Fortran, Kind::Packed) => {
                                        T::f_hpmv(uc, ni, alpha, a.ptr(), x.ptr(), ix, beta, y.mut_ptr(), iy)
                                    }
                                    (Path::Cblas, Kind::Dense) => {
                                        T::c_hemv(cl, cu, ni, alpha, a.ptr(), ldi, x.ptr(), ix, beta, y.mut_ptr(), iy)
                                    }
                                    (Path::Cblas, Kind::Band) => T::c_hbmv(
                                        cl,
                                        cu,
                                        ni,
                                        ki,
                                        alpha,
                                        a.ptr(),
                                        ldi,
                                        x.ptr(),
                                        ix,
                                        beta,
                                        y.mut_ptr(),
                                        iy,
                                    ),
                                    (Path::Cblas, Kind::Packed) => {
                                        T::c_hpmv(cl, cu, ni, alpha, a.ptr(), x.ptr(), ix, beta, y.mut_ptr(), iy)
                                    }
                                }
                            }
                            a.check_unchanged(ctx);
                            x.check_unchanged(ctx);
                            y.check_guards(ctx);
                            if n == 0 || (alpha.is_zero() && beta == T::one()) {
                                y.check_unchanged(ctx);
                                continue;
                            }
                            let want = ref_mv::<T>(
                                Op::NoTrans,
                                &a.logical(),
                                n,
                                n,
                                alpha.to_c64(),
                                &wide(&x.values()),
                                beta.to_c64(),
                                &yv,
                            );
                            check_values(&y, &want, n, &ctx);
                        }
                    }
                }
            }
        }
    }
}

fn hemv_body<T: Abi>() {
    hemv_kind_body::<T>(Kind::Dense)
}
fn hbmv_body<T: Abi>() {
    hemv_kind_body::<T>(Kind::Band)
}
fn hpmv_body<T: Abi>() {
    hemv_kind_body::<T>(Kind::Packed)
}

// ---------------------------------------------------------------------------
// Rank updates.

/// Checks the updated referenced elements of `a` against `want(i, j)` (the
/// wide value and its error bound); the Hermitian diagonal's imaginary part
/// must be exactly zero.
#[track_caller]
fn check_update<T: TestScalar>(a: &Mat<T>, want: impl Fn(usize, usize) -> (c64, f64), ctx: &dyn Fn() -> String) {
    a.check_guards(ctx);
    let factor = if T::IS_COMPLEX { 4.0 } else { 2.0 };
    for j in 0..a.n {
        for i in 0..a.m {
            if !a.referenced(i, j) {
                continue;
            }
            let (w, bound) = want(i, j);
            let got = a.stored(i, j);
            assert_close(got, w, factor * 4.0 * T::eps() * bound, || format!("{} (i, j) = ({i}, {j})", ctx()));
            if i == j && matches!(a.shape, Shape::Herm(_)) {
                assert!(got.im() == T::Real::zero(), "{}: imaginary diagonal {got:?} at {i}", ctx());
            }
        }
    }
}

fn ger_body<T: Abi>() {
    let mut rng = Rng::new(41);
    let specials = special_scalars::<T>(&mut rng);
    let mut case = 0;
    for &m in &DIMS {
        for &n in &DIMS {
            for layout in [Layout::ColMajor, Layout::RowMajor] {
                for &path in paths(layout) {
                    for conj in [false, true] {
                        case += 1;
                        let alpha = pick(&specials, case, 1);
                        let (incx, incy) = (pick(&INCS2, case, 3), pick(&INCS2, case, 4));
                        let lines = if layout == Layout::ColMajor { m } else { n };
                        let ld = lines.max(1) + case % 3;
                        let mut a = Mat::<T>::random(&mut rng, m, n, Shape::General, Store::Dense { ld }, layout);
                        let x = Strided::<T>::random(&mut rng, m, incx);
                        let y = Strided::<T>::random(&mut rng, n, incy);
                        let ctx = || {
                            format!("ger {path:?} {layout:?} conj={conj} m={m} n={n} ld={ld} incx={incx} incy={incy} alpha={alpha:?}")
                        };
                        let (ix, iy, ldi) = (incx as i32, incy as i32, ld as i32);
                        // SAFETY: the buffers hold what the arguments declare.
                        unsafe {
                            match path {
                                Path::Api if conj => level2::gerc(alpha, x.vref(), y.vref(), a.view_mut()),
                                Path::Api => level2::ger(alpha, x.vref(), y.vref(), a.view_mut()),
                                Path::Fortran => T::f_ger(
                                    conj,
                                    m as i32,
                                    n as i32,
                                    alpha,
                                    x.ptr(),
                                    ix,
                                    y.ptr(),
                                    iy,
                                    a.mut_ptr(),
                                    ldi,
                                ),
                                Path::Cblas => T::c_ger(
                                    conj,
                                    cblas_layout(layout),
                                    m as i32,
                                    n as i32,
                                    alpha,
                                    x.ptr(),
                                    ix,
                                    y.ptr(),
                                    iy,
                                    a.mut_ptr(),
                                    ldi,
                                ),
                            }
                        }
                        x.check_unchanged(ctx);
                        y.check_unchanged(ctx);
                        if alpha.is_zero() {
                            a.check_unchanged(ctx);
                            continue;
                        }
                        let (al, xv, yv) = (alpha.to_c64(), wide(&x.values()), wide(&y.values()));
                        check_update(
                            &a,
                            |i, j| {
                                let yj = if conj { yv[j].conj() } else { yv[j] };
                                let a0 = a.stored_orig(i, j).to_c64();
                                (a0 + al * xv[i] * yj, mag(a0) + mag(al) * mag(xv[i]) * mag(yj))
                            },
                            &ctx,
                        );
                    }
                }
            }
        }
    }
}

fn her_kind_body<T: Abi>(rank2: bool, packed: bool) {
    let mut rng = Rng::new(51 + rank2 as u64 * 2 + packed as u64);
    let specials = special_scalars::<T>(&mut rng);
    let mut case = 0;
    for &n in &TRI_DIMS {
        for uplo in [Uplo::Upper, Uplo::Lower] {
            for layout in [Layout::ColMajor, Layout::RowMajor] {
                for &path in paths(layout) {
                    for _rep in 0..2 {
                        case += 1;
                        let alpha = pick(&specials, case, 1);
                        let alpha_r = alpha.re();
                        let (incx, incy) = (pick(&INCS2, case, 3), pick(&INCS2, case, 4));
                        let store = if packed { Store::Packed } else { Store::Dense { ld: n.max(1) + case % 3 } };
                        let mut a = Mat::<T>::random(&mut rng, n, n, Shape::Herm(uplo), store, layout);
                        let x = Strided::<T>::random(&mut rng, n, incx);
                        let y = Strided::<T>::random(&mut rng, n, incy);
                        let ctx = || {
                            format!(
                                "{} {path:?} {layout:?} {uplo:?} n={n} incx={incx} incy={incy} alpha={alpha:?}",
                                match (rank2, packed) {
                                    (false, false) => "her",
                                    (false, true) => "hpr",
                                    (true, false) => "her2",
                                    (true, true) => "hpr2",
                                }
                            )
                        };
                        let (ni, ix, iy, ldi) = (n as i32, incx as i32, incy as i32, a.ld() as i32);
                        let (uc, cl, cu) = (uplo_char(uplo), cblas_layout(layout), cblas_uplo(uplo));
                        // SAFETY: the buffers hold what the arguments declare.
                        unsafe {
                            match (path, rank2, packed) {
                                (Path::Api, false, false) => level2::her(uplo, alpha_r, x.vref(), a.view_mut()),
                                (Path::Api, false, true) => {
                                    level2::hpr(layout, uplo, alpha_r, x.vref(), a.storage_mut())
                                }
                                (Path::Api, true, false) => level2::her2(uplo, alpha, x.vref(), y.vref(), a.view_mut()),
                                (Path::Api, true, true) => {
                                    level2::hpr2(layout, uplo, alpha, x.vref(), y.vref(), a.storage_mut())
                                }
                                (Path::Fortran, false, false) => {
                                    T::f_her(uc, ni, alpha_r, x.ptr(), ix, a.mut_ptr(), ldi)
                                }
                                (Path::Fortran, false, true) => T::f_hpr(uc, ni, alpha_r, x.ptr(), ix, a.mut_ptr()),
                                (Path::Fortran, true, false) => {
                                    T::f_her2(uc, ni, alpha, x.ptr(), ix, y.ptr(), iy, a.mut_ptr(), ldi)
                                }
                                (Path::Fortran, true, true) => {
                                    T::f_hpr2(uc, ni, alpha, x.ptr(), ix, y.ptr(), iy, a.mut_ptr())
                                }
                                (Path::Cblas, false, false) => {
                                    T::c_her(cl, cu, ni, alpha_r, x.ptr(), ix, a.mut_ptr(), ldi)
                                }
                                (Path::Cblas, false, true) => T::c_hpr(cl, cu, ni, alpha_r, x.ptr(), ix, a.mut_ptr()),
                                (Path::Cblas, true, false) => {
                                    T::c_her2(cl, cu, ni, alpha, x.ptr(), ix, y.ptr(), iy, a.mut_ptr(), ldi)
                                }
                                (Path::Cblas, true, true) => {
                                    T::c_hpr2(cl, cu, ni, alpha, x.ptr(), ix, y.ptr(), iy, a.mut_ptr())
                                }
                            }
                        }
                        x.check_unchanged(ctx);
                        y.check_unchanged(ctx);
                        let quick = if rank2 { alpha.is_zero() } else { alpha_r == T::Real::zero() };
                        if quick || n == 0 {
                            a.check_unchanged(ctx);
                            continue;
                        }
                        let (xv, yv) = (wide(&x.values()), wide(&y.values()));
                        let al = if rank2 { alpha.to_c64() } else { c64::new(alpha_r.to_f64(), 0.0) };
                        check_update(
                            &a,
                            |i, j| {
                                let a0 = a.stored_orig(i, j).to_c64();
                                let a0 = if i == j { c64::new(a0.re, 0.0) } else { a0 };
                                let (upd, bound) = if rank2 {
                                    let u = al * xv[i] * yv[j].conj() + al.conj() * yv[i] * xv[j].conj();
                                    (u, 2.0 * mag(al) * (mag(xv[i]) * mag(yv[j]) + mag(yv[i]) * mag(xv[j])))
                                } else {
                                    (al * xv[i] * xv[j].conj(), mag(al) * mag(xv[i]) * mag(xv[j]))
                                };
                                let mut w = a0 + upd;
                                if i == j || !T::IS_COMPLEX {
                                    w.im = if T::IS_COMPLEX { 0.0 } else { w.im };
                                }
                                (w, mag(a0) + bound)
                            },
                            &ctx,
                        );
                    }
                }
            }
        }
    }
}

fn her_body<T: Abi>() {
    her_kind_body::<T>(false, false)
}
fn hpr_body<T: Abi>() {
    her_kind_body::<T>(false, true)
}
fn her2_body<T: Abi>() {
    her_kind_body::<T>(true, false)
}
fn hpr2_body<T: Abi>() {
    her_kind_body::<T>(true, true)
}

for_each_abi_type! {
    gemv => gemv_body;
    gbmv => gbmv_body;
    trmv => trmv_body;
    trsv => trsv_body;
    tbmv => tbmv_body;
    tbsv => tbsv_body;
    tpmv => tpmv_body;
    tpsv => tpsv_body;
    hemv => hemv_body;
    hbmv => hbmv_body;
    hpmv => hpmv_body;
    ger => ger_body;
    her => her_body;
    hpr => hpr_body;
    her2 => her2_body;
    hpr2 => hpr2_body;
}

// ---------------------------------------------------------------------------
// Special values: what beta = 0 and alpha = 0 must not read.

fn zero_scalars_body<T: Abi>() {
    let mut rng = Rng::new(61);
    for &(m, n) in &[(5usize, 3usize), (17, 33), (64, 9)] {
        // alpha = 0: A and x are not read (NaNs there do not reach y).
        let mut a = Mat::<T>::random(&mut rng, m, n, Shape::General, Store::Dense { ld: m }, Layout::ColMajor);
        for v in a.storage_mut() {
            *v = T::guard();
        }
        let x = Strided::<T>::from_values(&vec![T::guard(); n], 1);
        let mut y = Strided::<T>::random(&mut rng, m, 1);
        let beta = T::from_f64s(0.5, 0.25);
        let yv = y.values();
        level2::gemv(Op::NoTrans, T::zero(), a.view(), x.vref(), beta, y.vmut());
        for (i, v) in yv.iter().enumerate() {
            assert_close(y.get(i), beta.to_c64() * v.to_c64(), 4.0 * T::eps(), || format!("gemv alpha=0 m={m} n={n}"));
        }
        // alpha = 0 and beta = 0: y becomes exact zeros whatever it held.
        let mut y = Strided::<T>::from_values(&vec![T::guard(); m], -2);
        level2::gemv(Op::Trans, T::zero(), a.view().transpose(), x.vref(), T::zero(), y.vmut());
        for i in 0..m {
            assert_bits(y.get(i), T::zero(), || format!("gemv alpha=beta=0 i={i}"));
        }
        // hemv with beta = 0 and NaN in y.
        let h = Mat::<T>::random(&mut rng, n, n, Shape::Herm(Uplo::Lower), Store::Dense { ld: n }, Layout::ColMajor);
        let xs = Strided::<T>::random(&mut rng, n, 1);
        let mut y = Strided::<T>::from_values(&vec![T::guard(); n], 1);
        level2::hemv(Uplo::Lower, T::one(), h.view(), xs.vref(), T::zero(), y.vmut());
        for i in 0..n {
            assert!(!y.get(i).is_nan(), "hemv beta=0 read y at {i}");
        }
    }
}

for_each_abi_type! {
    zero_scalars => zero_scalars_body;
}

// ---------------------------------------------------------------------------
// Bad arguments: the reference's parameter numbers, nothing written.

/// Runs `call`, which must report parameter `want` of `name` and leave the
/// output buffer `out` as it was.
#[track_caller]
fn expect_error<T: TestScalar>(name: &str, want: i32, out: &mut [T], call: impl FnOnce(*mut T)) {
    let before: Vec<_> = out.iter().map(|v| v.bits()).collect();
    let _ = take_last_error();
    call(out.as_mut_ptr());
    let got = take_last_error();
    assert_eq!(got, Some((name.to_string(), want)), "{name}: expected parameter {want}");
    let after: Vec<_> = out.iter().map(|v| v.bits()).collect();
    assert_eq!(before, after, "{name} wrote its output after a bad parameter {want}");
}

fn errors_body<T: Abi>() {
    let p = T::P.to_ascii_lowercase();
    let up = T::P;
    // Big enough for every call below; filled with a recognisable value.
    let a = [T::one(); 64];
    let x = [T::one(); 16];
    let mut out = vec![T::from_f64s(7.0, 3.0); 64];
    let one = T::one();
    let (ap, xp) = (a.as_ptr(), x.as_ptr());
    let (cm, rm) = (cblas_layout(Layout::ColMajor), cblas_layout(Layout::RowMajor));
    let (nt, up_, nu) = (cblas_trans(Op::NoTrans), cblas_uplo(Uplo::Upper), cblas_diag(Diag::NonUnit));
    let gname = |conj: bool| {
        if T::IS_COMPLEX {
            if conj {
                "gerc"
            } else {
                "geru"
            }
        } else {
            "ger"
        }
    };
    // SAFETY (every call): the arrays are larger than any valid call reads;
    // the bad argument makes the routine return before reading anything.
    unsafe {
        // gemv (Fortran: TRANS, M, N, ALPHA, A, LDA, X, INCX, BETA, Y, INCY).
        let f = format!("{up}GEMV");
        let c = format!("cblas_{p}gemv");
        expect_error(&f, 1, &mut out, |y| T::f_gemv(b'X', 2, 2, one, ap, 2, xp, 1, one, y, 1));
        expect_error(&f, 2, &mut out, |y| T::f_gemv(b'N', -1, 2, one, ap, 2, xp, 1, one, y, 1));
        expect_error(&f, 3, &mut out, |y| T::f_gemv(b'n', 2, -1, one, ap, 2, xp, 1, one, y, 1));
        expect_error(&f, 6, &mut out, |y| T::f_gemv(b'T', 2, 2, one, ap, 1, xp, 1, one, y, 1));
        expect_error(&f, 8, &mut out, |y| T::f_gemv(b'C', 2, 2, one, ap, 2, xp, 0, one, y, 1));
        expect_error(&f, 11, &mut out, |y| T::f_gemv(b'N', 2, 2, one, ap, 2, xp, 1, one, y, 0));
        expect_error(&c, 1, &mut out, |y| T::c_gemv(0, nt, 2, 2, one, ap, 2, xp, 1, one, y, 1));
        expect_error(&c, 2, &mut out, |y| T::c_gemv(cm, 0, 2, 2, one, ap, 2, xp, 1, one, y, 1));
        expect_error(&c, 3, &mut out, |y| T::c_gemv(cm, nt, -1, 2, one, ap, 2, xp, 1, one, y, 1));
        expect_error(&c, 4, &mut out, |y| T::c_gemv(cm, nt, 2, -1, one, ap, 2, xp, 1, one, y, 1));
        expect_error(&c, 7, &mut out, |y| T::c_gemv(cm, nt, 2, 2, one, ap, 1, xp, 1, one, y, 1));
        expect_error(&c, 9, &mut out, |y| T::c_gemv(cm, nt, 2, 2, one, ap, 2, xp, 0, one, y, 1));
        expect_error(&c, 12, &mut out, |y| T::c_gemv(cm, nt, 2, 2, one, ap, 2, xp, 1, one, y, 0));
        // Row-major: the numbers of the Fortran call on the transpose (M and N
        // swap places; testers swap them back), lda checked against N.
        expect_error(&c, 2, &mut out, |y| T::c_gemv(rm, 0, 2, 2, one, ap, 2, xp, 1, one, y, 1));
        expect_error(&c, 4, &mut out, |y| T::c_gemv(rm, nt, -1, 2, one, ap, 2, xp, 1, one, y, 1));
        expect_error(&c, 3, &mut out, |y| T::c_gemv(rm, nt, 2, -1, one, ap, 2, xp, 1, one, y, 1));
        expect_error(&c, 7, &mut out, |y| T::c_gemv(rm, nt, 1, 3, one, ap, 2, xp, 1, one, y, 1));
        expect_error(&c, 9, &mut out, |y| T::c_gemv(rm, nt, 2, 2, one, ap, 2, xp, 0, one, y, 1));
        expect_error(&c, 12, &mut out, |y| T::c_gemv(rm, nt, 2, 2, one, ap, 2, xp, 1, one, y, 0));

        // gbmv (TRANS, M, N, KL, KU, ALPHA, A, LDA, X, INCX, BETA, Y, INCY).
        let f = format!("{up}GBMV");
        let c = format!("cblas_{p}gbmv");
        expect_error(&f, 1, &mut out, |y| T::f_gbmv(b'Q', 2, 2, 1, 1, one, ap, 3, xp, 1, one, y, 1));
        expect_error(&f, 2, &mut out, |y| T::f_gbmv(b'N', -1, 2, 1, 1, one, ap, 3, xp, 1, one, y, 1));
        expect_error(&f, 3, &mut out, |y| T::f_gbmv(b'N', 2, -1, 1, 1, one, ap, 3, xp, 1, one, y, 1));
        expect_error(&f, 4, &mut out, |y| T::f_gbmv(b'N', 2, 2, -1, 1, one, ap, 3, xp, 1, one, y, 1));
        expect_error(&f, 5, &mut out, |y| T::f_gbmv(b'N', 2, 2, 1, -1, one, ap, 3, xp, 1, one, y, 1));
        expect_error(&f, 8, &mut out, |y| T::f_gbmv(b'N', 2, 2, 1, 1, one, ap, 2, xp, 1, one, y, 1));
        expect_error(&f, 10, &mut out, |y| T::f_gbmv(b'N', 2, 2, 1, 1, one, ap, 3, xp, 0, one, y, 1));
        expect_error(&f, 13, &mut out, |y| T::f_gbmv(b'N', 2, 2, 1, 1, one, ap, 3, xp, 1, one, y, 0));
        expect_error(&c, 2, &mut out, |y| T::c_gbmv(cm, 7, 2, 2, 1, 1, one, ap, 3, xp, 1, one, y, 1));
        expect_error(&c, 6, &mut out, |y| T::c_gbmv(cm, nt, 2, 2, 1, -1, one, ap, 3, xp, 1, one, y, 1));
        expect_error(&c, 9, &mut out, |y| T::c_gbmv(cm, nt, 2, 2, 1, 1, one, ap, 2, xp, 1, one, y, 1));
        expect_error(&c, 14, &mut out, |y| T::c_gbmv(cm, nt, 2, 2, 1, 1, one, ap, 3, xp, 1, one, y, 0));
        // Row-major: (M, N) and (KL, KU) swap places.
        expect_error(&c, 4, &mut out, |y| T::c_gbmv(rm, nt, -1, 2, 1, 1, one, ap, 3, xp, 1, one, y, 1));
        expect_error(&c, 3, &mut out, |y| T::c_gbmv(rm, nt, 2, -1, 1, 1, one, ap, 3, xp, 1, one, y, 1));
        expect_error(&c, 6, &mut out, |y| T::c_gbmv(rm, nt, 2, 2, -1, 1, one, ap, 3, xp, 1, one, y, 1));
        expect_error(&c, 5, &mut out, |y| T::c_gbmv(rm, nt, 2, 2, 1, -1, one, ap, 3, xp, 1, one, y, 1));

        // Triangular (UPLO, TRANS, DIAG, N, [K,] A, LDA, X, INCX); x is the output.
        for solve in [false, true] {
            let what = if solve { "sv" } else { "mv" };
            let f = format!("{up}TR{}", what.to_ascii_uppercase());
            let c = format!("cblas_{p}tr{what}");
            expect_error(&f, 1, &mut out, |x| T::f_trxv(solve, b'A', b'N', b'N', 2, ap, 2, x, 1));
            expect_error(&f, 2, &mut out, |x| T::f_trxv(solve, b'U', b'A', b'N', 2, ap, 2, x, 1));
            expect_error(&f, 3, &mut out, |x| T::f_trxv(solve, b'U', b'N', b'A', 2, ap, 2, x, 1));
            expect_error(&f, 4, &mut out, |x| T::f_trxv(solve, b'U', b'N', b'N', -1, ap, 2, x, 1));
            expect_error(&f, 6, &mut out, |x| T::f_trxv(solve, b'l', b't', b'u', 2, ap, 1, x, 1));
            expect_error(&f, 8, &mut out, |x| T::f_trxv(solve, b'U', b'N', b'N', 2, ap, 2, x, 0));
            expect_error(&c, 1, &mut out, |x| T::c_trxv(solve, 5, up_, nt, nu, 2, ap, 2, x, 1));
            expect_error(&c, 2, &mut out, |x| T::c_trxv(solve, rm, 5, nt, nu, 2, ap, 2, x, 1));
            expect_error(&c, 3, &mut out, |x| T::c_trxv(solve, rm, up_, 5, nu, 2, ap, 2, x, 1));
            expect_error(&c, 4, &mut out, |x| T::c_trxv(solve, cm, up_, nt, 5, 2, ap, 2, x, 1));
            expect_error(&c, 5, &mut out, |x| T::c_trxv(solve, cm, up_, nt, nu, -2, ap, 2, x, 1));
            expect_error(&c, 7, &mut out, |x| T::c_trxv(solve, rm, up_, nt, nu, 2, ap, 1, x, 1));
            expect_error(&c, 9, &mut out, |x| T::c_trxv(solve, rm, up_, nt, nu, 2, ap, 2, x, 0));

            let f = format!("{up}TB{}", what.to_ascii_uppercase());
            let c = format!("cblas_{p}tb{what}");
            expect_error(&f, 1, &mut out, |x| T::f_tbxv(solve, b'A', b'N', b'N', 2, 1, ap, 2, x, 1));
            expect_error(&f, 2, &mut out, |x| T::f_tbxv(solve, b'U', b'A', b'N', 2, 1, ap, 2, x, 1));
            expect_error(&f, 3, &mut out, |x| T::f_tbxv(solve, b'U', b'N', b'A', 2, 1, ap, 2, x, 1));
            expect_error(&f, 4, &mut out, |x| T::f_tbxv(solve, b'U', b'N', b'N', -1, 1, ap, 2, x, 1));
            expect_error(&f, 5, &mut out, |x| T::f_tbxv(solve, b'U', b'N', b'N', 2, -1, ap, 2, x, 1));
            expect_error(&f, 7, &mut out, |x| T::f_tbxv(solve, b'U', b'N', b'N', 2, 1, ap, 1, x, 1));
            expect_error(&f, 9, &mut out, |x| T::f_tbxv(solve, b'U', b'N', b'N', 2, 1, ap, 2, x, 0));
            expect_error(&c, 6, &mut out, |x| T::c_tbxv(solve, rm, up_, nt, nu, 2, -1, ap, 2, x, 1));
            expect_error(&c, 8, &mut out, |x| T::c_tbxv(solve, cm, up_, nt, nu, 2, 1, ap, 1, x, 1));
            expect_error(&c, 10, &mut out, |x| T::c_tbxv(solve, rm, up_, nt, nu, 2, 1, ap, 2, x, 0));

            let f = format!("{up}TP{}", what.to_ascii_uppercase());
            let c = format!("cblas_{p}tp{what}");
            expect_error(&f, 1, &mut out, |x| T::f_tpxv(solve, b'A', b'N', b'N', 2, ap, x, 1));
            expect_error(&f, 2, &mut out, |x| T::f_tpxv(solve, b'U', b'A', b'N', 2, ap, x, 1));
            expect_error(&f, 3, &mut out, |x| T::f_tpxv(solve, b'U', b'N', b'A', 2, ap, x, 1));
            expect_error(&f, 4, &mut out, |x| T::f_tpxv(solve, b'U', b'N', b'N', -1, ap, x, 1));
            expect_error(&f, 7, &mut out, |x| T::f_tpxv(solve, b'U', b'N', b'N', 2, ap, x, 0));
            expect_error(&c, 5, &mut out, |x| T::c_tpxv(solve, rm, up_, nt, nu, -1, ap, x, 1));
            expect_error(&c, 8, &mut out, |x| T::c_tpxv(solve, cm, up_, nt, nu, 2, ap, x, 0));
        }

        // hemv/symv (UPLO, N, ALPHA, A, LDA, X, INCX, BETA, Y, INCY).
        let f = format!("{up}{}", if T::IS_COMPLEX { "HEMV" } else { "SYMV" });
        let c = format!("cblas_{p}{}", if T::IS_COMPLEX { "hemv" } else { "symv" });
        expect_error(&f, 1, &mut out, |y| T::f_hemv(b'X', 2, one, ap, 2, xp, 1, one, y, 1));
        expect_error(&f, 2, &mut out, |y| T::f_hemv(b'U', -1, one, ap, 2, xp, 1, one, y, 1));
        expect_error(&f, 5, &mut out, |y| T::f_hemv(b'U', 2, one, ap, 1, xp, 1, one, y, 1));
        expect_error(&f, 7, &mut out, |y| T::f_hemv(b'U', 2, one, ap, 2, xp, 0, one, y, 1));
        expect_error(&f, 10, &mut out, |y| T::f_hemv(b'U', 2, one, ap, 2, xp, 1, one, y, 0));
        expect_error(&c, 2, &mut out, |y| T::c_hemv(rm, 0, 2, one, ap, 2, xp, 1, one, y, 1));
        expect_error(&c, 3, &mut out, |y| T::c_hemv(cm, up_, -1, one, ap, 2, xp, 1, one, y, 1));
        expect_error(&c, 6, &mut out, |y| T::c_hemv(rm, up_, 2, one, ap, 1, xp, 1, one, y, 1));
        expect_error(&c, 8, &mut out, |y| T::c_hemv(rm, up_, 2, one, ap, 2, xp, 0, one, y, 1));
        expect_error(&c, 11, &mut out, |y| T::c_hemv(cm, up_, 2, one, ap, 2, xp, 1, one, y, 0));

        // hbmv/sbmv (UPLO, N, K, ALPHA, A, LDA, X, INCX, BETA, Y, INCY).
        let f = format!("{up}{}", if T::IS_COMPLEX { "HBMV" } else { "SBMV" });
        let c = format!("cblas_{p}{}", if T::IS_COMPLEX { "hbmv" } else { "sbmv" });
        expect_error(&f, 1, &mut out, |y| T::f_hbmv(b'X', 2, 1, one, ap, 2, xp, 1, one, y, 1));
        expect_error(&f, 2, &mut out, |y| T::f_hbmv(b'U', -1, 1, one, ap, 2, xp, 1, one, y, 1));
        expect_error(&f, 3, &mut out, |y| T::f_hbmv(b'U', 2, -1, one, ap, 2, xp, 1, one, y, 1));
        expect_error(&f, 6, &mut out, |y| T::f_hbmv(b'U', 2, 1, one, ap, 1, xp, 1, one, y, 1));
        expect_error(&f, 8, &mut out, |y| T::f_hbmv(b'U', 2, 1, one, ap, 2, xp, 0, one, y, 1));
        expect_error(&f, 11, &mut out, |y| T::f_hbmv(b'U', 2, 1, one, ap, 2, xp, 1, one, y, 0));
        expect_error(&c, 4, &mut out, |y| T::c_hbmv(rm, up_, 2, -1, one, ap, 2, xp, 1, one, y, 1));
        expect_error(&c, 7, &mut out, |y| T::c_hbmv(rm, up_, 2, 1, one, ap, 1, xp, 1, one, y, 1));

        // hpmv/spmv (UPLO, N, ALPHA, AP, X, INCX, BETA, Y, INCY).
        let f = format!("{up}{}", if T::IS_COMPLEX { "HPMV" } else { "SPMV" });
        let c = format!("cblas_{p}{}", if T::IS_COMPLEX { "hpmv" } else { "spmv" });
        expect_error(&f, 1, &mut out, |y| T::f_hpmv(b'X', 2, one, ap, xp, 1, one, y, 1));
        expect_error(&f, 2, &mut out, |y| T::f_hpmv(b'U', -1, one, ap, xp, 1, one, y, 1));
        expect_error(&f, 6, &mut out, |y| T::f_hpmv(b'U', 2, one, ap, xp, 0, one, y, 1));
        expect_error(&f, 9, &mut out, |y| T::f_hpmv(b'U', 2, one, ap, xp, 1, one, y, 0));
        expect_error(&c, 7, &mut out, |y| T::c_hpmv(rm, up_, 2, one, ap, xp, 0, one, y, 1));
        expect_error(&c, 10, &mut out, |y| T::c_hpmv(cm, up_, 2, one, ap, xp, 1, one, y, 0));

        // ger (M, N, ALPHA, X, INCX, Y, INCY, A, LDA); A is the output.
        for conj in [false, true] {
            let g = gname(conj);
            let f = format!("{up}{}", g.to_ascii_uppercase());
            let c = format!("cblas_{p}{g}");
            expect_error(&f, 1, &mut out, |a| T::f_ger(conj, -1, 2, one, xp, 1, xp, 1, a, 2));
            expect_error(&f, 2, &mut out, |a| T::f_ger(conj, 2, -1, one, xp, 1, xp, 1, a, 2));
            expect_error(&f, 5, &mut out, |a| T::f_ger(conj, 2, 2, one, xp, 0, xp, 1, a, 2));
            expect_error(&f, 7, &mut out, |a| T::f_ger(conj, 2, 2, one, xp, 1, xp, 0, a, 2));
            expect_error(&f, 9, &mut out, |a| T::f_ger(conj, 3, 2, one, xp, 1, xp, 1, a, 2));
            expect_error(&c, 2, &mut out, |a| T::c_ger(conj, cm, -1, 2, one, xp, 1, xp, 1, a, 2));
            expect_error(&c, 10, &mut out, |a| T::c_ger(conj, cm, 3, 2, one, xp, 1, xp, 1, a, 2));
            // Row-major: (M, N) and (X, Y) swap places, lda checked against N.
            expect_error(&c, 3, &mut out, |a| T::c_ger(conj, rm, -1, 2, one, xp, 1, xp, 1, a, 2));
            expect_error(&c, 2, &mut out, |a| T::c_ger(conj, rm, 2, -1, one, xp, 1, xp, 1, a, 2));
            expect_error(&c, 8, &mut out, |a| T::c_ger(conj, rm, 2, 2, one, xp, 0, xp, 1, a, 2));
            expect_error(&c, 6, &mut out, |a| T::c_ger(conj, rm, 2, 2, one, xp, 1, xp, 0, a, 2));
            expect_error(&c, 10, &mut out, |a| T::c_ger(conj, rm, 2, 3, one, xp, 1, xp, 1, a, 2));
        }

        // her/syr (UPLO, N, ALPHA, X, INCX, A, LDA), hpr/spr (..., AP).
        let r1 = T::Real::one();
        let f = format!("{up}{}", if T::IS_COMPLEX { "HER" } else { "SYR" });
        let c = format!("cblas_{p}{}", if T::IS_COMPLEX { "her" } else { "syr" });
        expect_error(&f, 1, &mut out, |a| T::f_her(b'X', 2, r1, xp, 1, a, 2));
        expect_error(&f, 2, &mut out, |a| T::f_her(b'U', -1, r1, xp, 1, a, 2));
        expect_error(&f, 5, &mut out, |a| T::f_her(b'U', 2, r1, xp, 0, a, 2));
        expect_error(&f, 7, &mut out, |a| T::f_her(b'U', 2, r1, xp, 1, a, 1));
        expect_error(&c, 2, &mut out, |a| T::c_her(rm, 9, 2, r1, xp, 1, a, 2));
        expect_error(&c, 6, &mut out, |a| T::c_her(rm, up_, 2, r1, xp, 0, a, 2));
        expect_error(&c, 8, &mut out, |a| T::c_her(cm, up_, 2, r1, xp, 1, a, 1));
        let f = format!("{up}{}", if T::IS_COMPLEX { "HPR" } else { "SPR" });
        let c = format!("cblas_{p}{}", if T::IS_COMPLEX { "hpr" } else { "spr" });
        expect_error(&f, 1, &mut out, |a| T::f_hpr(b'X', 2, r1, xp, 1, a));
        expect_error(&f, 2, &mut out, |a| T::f_hpr(b'U', -1, r1, xp, 1, a));
        expect_error(&f, 5, &mut out, |a| T::f_hpr(b'U', 2, r1, xp, 0, a));
        expect_error(&c, 6, &mut out, |a| T::c_hpr(rm, up_, 2, r1, xp, 0, a));

        // her2/syr2 (UPLO, N, ALPHA, X, INCX, Y, INCY, A, LDA), hpr2/spr2.
        let f = format!("{up}{}", if T::IS_COMPLEX { "HER2" } else { "SYR2" });
        let c = format!("cblas_{p}{}", if T::IS_COMPLEX { "her2" } else { "syr2" });
        expect_error(&f, 1, &mut out, |a| T::f_her2(b'X', 2, one, xp, 1, xp, 1, a, 2));
        expect_error(&f, 2, &mut out, |a| T::f_her2(b'U', -1, one, xp, 1, xp, 1, a, 2));
        expect_error(&f, 5, &mut out, |a| T::f_her2(b'U', 2, one, xp, 0, xp, 1, a, 2));
        expect_error(&f, 7, &mut out, |a| T::f_her2(b'U', 2, one, xp, 1, xp, 0, a, 2));
        expect_error(&f, 9, &mut out, |a| T::f_her2(b'U', 2, one, xp, 1, xp, 1, a, 1));
        expect_error(&c, 6, &mut out, |a| T::c_her2(cm, up_, 2, one, xp, 0, xp, 1, a, 2));
        expect_error(&c, 8, &mut out, |a| T::c_her2(cm, up_, 2, one, xp, 1, xp, 0, a, 2));
        expect_error(&c, 10, &mut out, |a| T::c_her2(rm, up_, 2, one, xp, 1, xp, 1, a, 1));
        // Row-major complex: the reference passes y first (testers swap 6 and
        // 8 back); real types keep the order.
        let (bad_x, bad_y) = if T::IS_COMPLEX { (8, 6) } else { (6, 8) };
        expect_error(&c, bad_x, &mut out, |a| T::c_her2(rm, up_, 2, one, xp, 0, xp, 1, a, 2));
        expect_error(&c, bad_y, &mut out, |a| T::c_her2(rm, up_, 2, one, xp, 1, xp, 0, a, 2));
        let f = format!("{up}{}", if T::IS_COMPLEX { "HPR2" } else { "SPR2" });
        let c = format!("cblas_{p}{}", if T::IS_COMPLEX { "hpr2" } else { "spr2" });
        expect_error(&f, 1, &mut out, |a| T::f_hpr2(b'X', 2, one, xp, 1, xp, 1, a));
        expect_error(&f, 2, &mut out, |a| T::f_hpr2(b'U', -1, one, xp, 1, xp, 1, a));
        expect_error(&f, 5, &mut out, |a| T::f_hpr2(b'U', 2, one, xp, 0, xp, 1, a));
        expect_error(&f, 7, &mut out, |a| T::f_hpr2(b'U', 2, one, xp, 1, xp, 0, a));
        expect_error(&c, bad_x, &mut out, |a| T::c_hpr2(rm, up_, 2, one, xp, 0, xp, 1, a));
        expect_error(&c, bad_y, &mut out, |a| T::c_hpr2(rm, up_, 2, one, xp, 1, xp, 0, a));
        expect_error(&c, 1, &mut out, |a| T::c_hpr2(0, up_, 2, one, xp, 1, xp, 1, a));
    }
}

for_each_abi_type! {
    errors => errors_body;
}

// ---------------------------------------------------------------------------
// Threads: results bit-identical at any thread count.

fn threads_body<T: Abi>() {
    use ferroblas_kernels::pool;
    let mut rng = Rng::new(71);
    let alpha = T::from_f64s(0.75, -0.5);
    let beta = T::from_f64s(0.5, 0.25);
    // Above the parallel threshold, with ragged edges.
    for &(m, n) in &[(1031usize, 517usize), (517, 1031), (1500, 1500)] {
        let a = Mat::<T>::random(&mut rng, m, n, Shape::General, Store::Dense { ld: m + 3 }, Layout::ColMajor);
        let h = Mat::<T>::random(&mut rng, n, n, Shape::Herm(Uplo::Lower), Store::Dense { ld: n }, Layout::ColMajor);
        let hu =
            Mat::<T>::random(&mut rng, n, n, Shape::Herm(Uplo::Upper), Store::Dense { ld: n + 1 }, Layout::RowMajor);
        let xm = Strided::<T>::random(&mut rng, m, 1);
        let xn = Strided::<T>::random(&mut rng, n, -2);
        let y0m = Strided::<T>::random(&mut rng, m, 1);
        let y0n = Strided::<T>::random(&mut rng, n, 3);
        let run = |threads: usize| {
            pool::set_num_threads(threads);
            let (mut yn, mut yt, mut yh, mut yhu) = (y0m.clone(), y0n.clone(), y0n.clone(), y0n.clone());
            level2::gemv(Op::NoTrans, alpha, a.view(), xn.vref(), beta, yn.vmut());
            level2::gemv(Op::ConjTrans, alpha, a.view(), xm.vref(), beta, yt.vmut());
            level2::hemv(Uplo::Lower, alpha, h.view(), xn.vref(), beta, yh.vmut());
            level2::hemv(Uplo::Upper, alpha, hu.view(), xn.vref(), beta, yhu.vmut());
            let mut g = a.clone();
            level2::gerc(alpha, xm.vref(), xn.vref(), g.view_mut());
            let bits = |v: &Strided<T>| v.values().iter().map(|e| e.bits()).collect::<Vec<_>>();
            let gbits: Vec<_> = g.storage().iter().map(|e| e.bits()).collect();
            (bits(&yn), bits(&yt), bits(&yh), bits(&yhu), gbits)
        };
        let one = run(1);
        for threads in [2, 3, 4, 7] {
            assert!(run(threads) == one, "m={m} n={n}: {threads} threads differ from 1 [{}]", T::NAME);
        }
        pool::set_num_threads(0);
    }
}

for_each_abi_type! {
    threads => threads_body;
}

// ---------------------------------------------------------------------------
// Every kernel table this machine runs, called directly.

fn tables_body<T: Abi>() {
    use ferroblas_kernels::dispatch::{Arch, BuildKernels};
    let mut rng = Rng::new(81);
    for arch in Arch::runnable() {
        let l2 = <T as BuildKernels>::build(arch).l2;
        for &m in &[0usize, 1, 3, 7, 8, 9, 15, 16, 17, 31, 33, 64, 67] {
            for &n in &[1usize, 2, 3, 4, 5, 7, 8, 9, 12, 17] {
                let ctx = || format!("{arch:?} m={m} n={n}");
                let a: Vec<T> = random_vec(&mut rng, m * n);
                let am: Vec<c64> = a.iter().map(|v| v.to_c64()).collect();
                let (xm, xn): (Vec<T>, Vec<T>) = (random_vec(&mut rng, m), random_vec(&mut rng, n));
                let alpha = T::from_f64s(0.5, -1.25);
                for conj in [false, true] {
                    let cjv = |v: c64| if conj && T::IS_COMPLEX { v.conj() } else { v };
                    // gemv_n: y += cj(A) (alpha x), x read with increment -1.
                    let mut y: Vec<T> = random_vec(&mut rng, m);
                    let y0 = wide(&y);
                    // SAFETY: `a` is m x n with lda = m, `xn` holds n, `y` m.
                    unsafe {
                        (l2.gemv_n)(
                            m,
                            n,
                            alpha,
                            a.as_ptr(),
                            m as isize,
                            xn.as_ptr().add(n - 1),
                            -1,
                            y.as_mut_ptr(),
                            conj,
                        )
                    };
                    for i in 0..m {
                        let (mut s, mut g) = (y0[i], mag(y0[i]));
                        for j in 0..n {
                            let t = alpha.to_c64() * xn[n - 1 - j].to_c64();
                            s += cjv(am[i + j * m]) * t;
                            g += mag(am[i + j * m]) * mag(t);
                        }
                        assert_close(y[i], s, 16.0 * (n as f64 + 2.0) * T::eps() * g, || format!("gemv_n {}", ctx()));
                    }
                    // gemv_t: y[j*incy] += alpha sum cj(A[:, j]) x, incy = 2.
                    let mut y2: Vec<T> = random_vec(&mut rng, 2 * n);
                    let y20 = wide(&y2);
                    // SAFETY: as above; `y2` holds 2n.
                    unsafe { (l2.gemv_t)(m, n, alpha, a.as_ptr(), m as isize, xm.as_ptr(), y2.as_mut_ptr(), 2, conj) };
                    for j in 0..n {
                        let (mut s, mut g) = (c64::new(0.0, 0.0), 0.0);
                        for i in 0..m {
                            s += cjv(am[i + j * m]) * xm[i].to_c64();
                            g += mag(am[i + j * m]) * mag(xm[i].to_c64());
                        }
                        let want = y20[2 * j] + alpha.to_c64() * s;
                        let tol = 16.0 * (m as f64 + 2.0) * T::eps() * (mag(y20[2 * j]) + mag(alpha.to_c64()) * g);
                        assert_close(y2[2 * j], want, tol, || format!("gemv_t {}", ctx()));
                        assert_bits(y2[2 * j + 1], T::from_c64(y20[2 * j + 1]), || format!("gemv_t gap {}", ctx()));
                    }
                    // symv_panel: y += cj(A) t, d = cj'(A)^T x.
                    let t: Vec<T> = random_vec(&mut rng, n);
                    let mut y3: Vec<T> = random_vec(&mut rng, m);
                    let y30 = wide(&y3);
                    let mut d = vec![T::zero(); n];
                    // SAFETY: as above; `t`, `d` hold n.
                    unsafe {
                        (l2.symv_panel)(
                            m,
                            n,
                            a.as_ptr(),
                            m as isize,
                            t.as_ptr(),
                            xm.as_ptr(),
                            y3.as_mut_ptr(),
                            d.as_mut_ptr(),
                            conj,
                        )
                    };
                    let cjt = |v: c64| if !conj && T::IS_COMPLEX { v.conj() } else { v };
                    for i in 0..m {
                        let (mut s, mut g) = (y30[i], mag(y30[i]));
                        for j in 0..n {
                            s += cjv(am[i + j * m]) * t[j].to_c64();
                            g += mag(am[i + j * m]) * mag(t[j].to_c64());
                        }
                        assert_close(y3[i], s, 16.0 * (n as f64 + 2.0) * T::eps() * g, || {
                            format!("symv_panel y {}", ctx())
                        });
                    }
                    for j in 0..n {
                        let (mut s, mut g) = (c64::new(0.0, 0.0), 0.0);
                        for i in 0..m {
                            s += cjt(am[i + j * m]) * xm[i].to_c64();
                            g += mag(am[i + j * m]) * mag(xm[i].to_c64());
                        }
                        assert_close(d[j], s, 16.0 * (m as f64 + 2.0) * T::eps() * g, || {
                            format!("symv_panel d {}", ctx())
                        });
                    }
                    // symv_tri: a panel with its diagonal block, NaN in the
                    // unstored triangle (which must be read but never used).
                    if let (Some(tri), true) = (l2.symv_tri, n <= 8 && m >= n) {
                        for upper in [false, true] {
                            let b0 = if upper { m - n } else { 0 };
                            let mut p = a.clone();
                            for j in 0..n {
                                for i in b0..b0 + n {
                                    if (upper && i - b0 > j) || (!upper && i - b0 < j) {
                                        p[i + j * m] = T::guard();
                                    }
                                }
                            }
                            let mut y4: Vec<T> = random_vec(&mut rng, m);
                            let y40 = wide(&y4);
                            let mut d4 = vec![T::zero(); n];
                            // SAFETY: `p` is m x n; `t`, `d4` hold n, `xm`, `y4` m.
                            unsafe {
                                tri(
                                    m,
                                    n,
                                    p.as_ptr(),
                                    m as isize,
                                    t.as_ptr(),
                                    xm.as_ptr(),
                                    y4.as_mut_ptr(),
                                    d4.as_mut_ptr(),
                                    upper,
                                )
                            };
                            let stored = |i: usize, j: usize| {
                                let r = i as isize - b0 as isize;
                                !(0..n as isize).contains(&r) || if upper { r <= j as isize } else { r >= j as isize }
                            };
                            for i in 0..m {
                                let (mut s, mut g) = (y40[i], mag(y40[i]));
                                for j in (0..n).filter(|&j| stored(i, j)) {
                                    s += am[i + j * m] * t[j].to_c64();
                                    g += mag(am[i + j * m]) * mag(t[j].to_c64());
                                }
                                assert_close(y4[i], s, 16.0 * (n as f64 + 2.0) * T::eps() * g, || {
                                    format!("symv_tri y upper={upper} {}", ctx())
                                });
                            }
                            for j in 0..n {
                                let (mut s, mut g) = (c64::new(0.0, 0.0), 0.0);
                                for i in (0..m).filter(|&i| stored(i, j) && i != b0 + j) {
                                    s += am[i + j * m] * xm[i].to_c64();
                                    g += mag(am[i + j * m]) * mag(xm[i].to_c64());
                                }
                                assert_close(d4[j], s, 16.0 * (m as f64 + 2.0) * T::eps() * g, || {
                                    format!("symv_tri d upper={upper} {}", ctx())
                                });
                            }
                        }
                    }
                    // ger: A += (alpha cj(y_j)) cj(x), y with increment 3.
                    let yv: Vec<T> = random_vec(&mut rng, 3 * n);
                    let mut g = a.clone();
                    // SAFETY: `g` is m x n, `xm` holds m, `yv` 3n.
                    unsafe {
                        (l2.ger)(m, n, alpha, xm.as_ptr(), yv.as_ptr(), 3, g.as_mut_ptr(), m as isize, conj, !conj)
                    };
                    let cjy = |v: c64| if !conj && T::IS_COMPLEX { v.conj() } else { v };
                    for j in 0..n {
                        for i in 0..m {
                            let upd = alpha.to_c64() * cjy(yv[3 * j].to_c64()) * cjv(xm[i].to_c64());
                            let tol = 16.0 * T::eps() * (mag(am[i + j * m]) + mag(upd));
                            assert_close(g[i + j * m], am[i + j * m] + upd, tol, || format!("ger {}", ctx()));
                        }
                    }
                    // axpyc and axpy2 on one column.
                    let (t1, t2) = (T::from_f64s(0.25, 1.5), T::from_f64s(-2.0, 0.5));
                    let mut c1 = xm.clone();
                    let mut c2 = xm.clone();
                    let ym: Vec<T> = random_vec(&mut rng, m);
                    // SAFETY: every vector holds m elements.
                    unsafe {
                        (l2.axpyc)(m, t1, ym.as_ptr(), c1.as_mut_ptr(), conj);
                        (l2.axpy2)(m, t1, ym.as_ptr(), t2, a.as_ptr(), c2.as_mut_ptr(), conj);
                    }
                    for i in 0..m {
                        let (xi, yi) = (xm[i].to_c64(), ym[i].to_c64());
                        let w1 = xi + t1.to_c64() * cjv(yi);
                        assert_close(c1[i], w1, 16.0 * T::eps() * (mag(xi) + 4.0 * mag(yi)), || {
                            format!("axpyc {}", ctx())
                        });
                        let w2 = w1 + t2.to_c64() * cjv(am[i]);
                        let tol = 16.0 * T::eps() * (mag(xi) + 4.0 * mag(yi) + 4.0 * mag(am[i]));
                        assert_close(c2[i], w2, tol, || format!("axpy2 {}", ctx()));
                    }
                }
            }
        }
    }
}

for_each_abi_type! {
    tables => tables_body;
}
