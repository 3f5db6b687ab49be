//! `ferroblas::ndarray_views`: ndarray data under ferroblas's BLAS and
//! LAPACK with no copy, whatever the array's layout.

use ferroblas::lapack::Par;
use ferroblas::ndarray_views::{AsMatMut, AsMatRef, AsVecMut, AsVecRef};
use ferroblas::{level1, level3, Trans};
use ndarray::{s, Array1, Array2, ShapeBuilder};

fn sample(m: usize, n: usize, f: bool) -> Array2<f64> {
    let mut a = if f { Array2::zeros((m, n).f()) } else { Array2::zeros((m, n)) };
    for ((i, j), x) in a.indexed_iter_mut() {
        *x = ((i * 7 + j * 3) % 11) as f64 - 5.0;
    }
    a
}

/// C = A B by loops, for comparison.
fn product(a: &Array2<f64>, b: &Array2<f64>) -> Array2<f64> {
    Array2::from_shape_fn((a.nrows(), b.ncols()), |(i, j)| (0..a.ncols()).map(|k| a[[i, k]] * b[[k, j]]).sum())
}

#[test]
fn gemm_on_every_layout() {
    for (fa, fb, fc) in [(false, false, false), (true, true, true), (false, true, false), (true, false, true)] {
        let a = sample(5, 4, fa);
        let b = sample(4, 3, fb);
        let mut c = if fc { Array2::zeros((5, 3).f()) } else { Array2::zeros((5, 3)) };
        level3::gemm(Trans::No, Trans::No, 1.0, a.as_mat_ref(), b.as_mat_ref(), 0.0, c.as_mat_mut());
        assert_eq!(c, product(&a, &b), "layouts {fa} {fb} {fc}");
    }
}

#[test]
fn strided_and_reversed_views() {
    let big = sample(9, 8, false);
    // Every other row, columns in reverse: strides (2 * 8, -1).
    let a = big.slice(s![..;2, ..;-1]);
    let b = sample(8, 2, true);
    let mut c = Array2::<f64>::zeros((5, 2));
    level3::gemm(Trans::No, Trans::No, 1.0, a.as_mat_ref(), b.as_mat_ref(), 0.0, c.as_mat_mut());
    assert_eq!(c, product(&a.to_owned(), &b));
    // Writing through a strided mutable view touches only its elements.
    let mut d = Array2::<f64>::zeros((6, 4));
    level3::gemm(
        Trans::No,
        Trans::No,
        1.0,
        a.slice(s![..3, ..]).as_mat_ref(),
        b.as_mat_ref(),
        0.0,
        d.slice_mut(s![..;2, 1..3]).as_mat_mut(),
    );
    let want = product(&a.slice(s![..3, ..]).to_owned(), &b);
    for ((i, j), &x) in d.indexed_iter() {
        let inside = i % 2 == 0 && (1..3).contains(&j);
        assert_eq!(x, if inside { want[[i / 2, j - 1]] } else { 0.0 }, "({i}, {j})");
    }
}

#[test]
fn vectors_and_lapack() {
    let x = Array1::from(vec![1.0, 2.0, 3.0, 4.0]);
    let mut y = Array1::from(vec![1.0; 4]);
    level1::axpy(2.0, x.slice(s![..;-1]).as_vec_ref(), y.as_vec_mut());
    assert_eq!(y, Array1::from(vec![9.0, 7.0, 5.0, 3.0]));
    // A Cholesky factorization in place on an ndarray matrix (row-major
    // storage: the view is the transpose's column-major layout).
    let mut a = Array2::from_shape_fn((3, 3), |(i, j)| if i == j { 4.0 } else { 1.0 });
    let a0 = a.clone();
    ferroblas::relapack::potrf::potrf(ferroblas::Uplo::Lower, a.as_mat_mut(), Par::default()).unwrap();
    let l = Array2::from_shape_fn((3, 3), |(i, j)| if j <= i { a[[i, j]] } else { 0.0 });
    let llt = product(&l, &l.t().to_owned());
    for (p, q) in llt.iter().zip(a0.iter()) {
        assert!((p - q).abs() < 1e-14, "{llt} vs {a0}");
    }
}
