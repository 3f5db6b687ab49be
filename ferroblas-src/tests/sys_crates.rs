//! The crates.io BLAS/LAPACK bindings, linked to ferroblas through
//! `ferroblas-src` alone (no system BLAS is on the link line).

extern crate blas_src;
extern crate ferroblas_src;

use ndarray::Array2;

#[test]
fn the_sys_crates_resolve_to_ferroblas() {
    // The symbols the bindings declare are ferroblas's definitions.
    assert_eq!(
        cblas_sys::cblas_dgemm as *const () as usize,
        ferroblas_src::capi::cblas3::cblas_dgemm as *const () as usize
    );
    assert_eq!(
        lapack_sys::dgesv_ as *const () as usize,
        ferroblas_src::capi::generated::fortran::dgesv_ as *const () as usize
    );
}

#[test]
fn ndarray_dot_through_cblas() {
    let n = 64;
    let a = Array2::from_shape_fn((n, n), |(i, j)| ((i * 7 + j * 3) % 11) as f64 - 5.0);
    let b = Array2::from_shape_fn((n, n), |(i, j)| ((i * 5 + j * 2) % 13) as f64 - 6.0);
    let c = a.dot(&b);
    for i in 0..n {
        for j in 0..n {
            let want: f64 = (0..n).map(|k| a[[i, k]] * b[[k, j]]).sum();
            // Small integers: every partial sum is exact.
            assert_eq!(c[[i, j]], want, "({i}, {j})");
        }
    }
}

#[test]
fn cblas_sys_ddot_and_dgemm() {
    let x = [1.0, 2.0, 3.0];
    let y = [4.0, 5.0, 6.0];
    // SAFETY: three elements each, unit stride.
    assert_eq!(unsafe { cblas_sys::cblas_ddot(3, x.as_ptr(), 1, y.as_ptr(), 1) }, 32.0);
    let a = [1.0, 2.0, 3.0, 4.0]; // row-major [[1, 2], [3, 4]]
    let mut c = [0.0; 4];
    // SAFETY: 2 x 2 row-major operands with leading dimension 2.
    unsafe {
        cblas_sys::cblas_dgemm(
            cblas_sys::CblasRowMajor,
            cblas_sys::CblasNoTrans,
            cblas_sys::CblasNoTrans,
            2,
            2,
            2,
            1.0,
            a.as_ptr(),
            2,
            a.as_ptr(),
            2,
            0.0,
            c.as_mut_ptr(),
            2,
        )
    };
    assert_eq!(c, [7.0, 10.0, 15.0, 22.0]);
}

#[test]
fn lapack_sys_dgesv() {
    // [[2, 1], [1, 3]] x = [3, 5] (column-major): x = [0.8, 1.4].
    let (n, nrhs) = (2, 1);
    let mut a = [2.0, 1.0, 1.0, 3.0];
    let mut b = [3.0, 5.0];
    let mut ipiv = [0; 2];
    let mut info = -1;
    // SAFETY: a 2 x 2 matrix, 2 pivots, one right-hand side of 2.
    unsafe { lapack_sys::dgesv_(&n, &nrhs, a.as_mut_ptr(), &n, ipiv.as_mut_ptr(), b.as_mut_ptr(), &n, &mut info) };
    assert_eq!(info, 0);
    assert!((b[0] - 0.8).abs() < 1e-15 && (b[1] - 1.4).abs() < 1e-15, "{b:?}");
}
