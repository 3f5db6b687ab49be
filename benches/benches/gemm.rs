//! Criterion benches of ferroblas's GEMM through the Rust API: s/d/c/z square
//! products from the small-matrix path to the blocked one, and the engine's
//! thread split (1 and 2 threads), next to faer's `matmul` (sequential) on the
//! same data. The comparison with OpenBLAS and BLIS is `peer-compare`
//! (`cases/gemm.rs`).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use ferroblas_kernels::level3::{self, GemmOptions};
use ferroblas_kernels::{c32, c64, MatMut, MatRef, RealScalar, Scalar, Trans};
use std::hint::black_box;
use std::time::Duration;

fn data<T: Scalar>(n: usize, seed: f64) -> Vec<T> {
    (0..n)
        .map(|i| {
            let x = ((i as f64 + seed) * 0.618_033_988_75).fract() - 0.5;
            T::from_parts(T::Real::from_f64(x), T::Real::from_f64(0.5 - x))
        })
        .collect()
}

fn square<T: Scalar>(c: &mut Criterion, name: &str, sizes: &[usize], threads: &[usize]) {
    let mut g = c.benchmark_group(name);
    for &nt in threads {
        for &n in sizes {
            let a = data::<T>(n * n, 0.1);
            let b = data::<T>(n * n, 0.7);
            let mut cm = data::<T>(n * n, 0.3);
            let flops = if T::IS_COMPLEX { 8 } else { 2 } * (n * n * n) as u64;
            g.throughput(Throughput::Elements(flops));
            let opts = GemmOptions { nthreads: Some(nt), ..GemmOptions::default() };
            let kern = T::kernels().gemm;
            g.bench_with_input(BenchmarkId::new(format!("{nt}t"), n), &n, |bch, &n| {
                bch.iter(|| {
                    level3::gemm_with(
                        &kern,
                        &opts,
                        Trans::No,
                        Trans::No,
                        T::one(),
                        MatRef::from_col_major(black_box(&a), n, n, n),
                        MatRef::from_col_major(black_box(&b), n, n, n),
                        T::one(),
                        MatMut::from_col_major(&mut cm, n, n, n),
                    )
                })
            });
        }
    }
    g.finish();
}

/// `C += A B` with faer, sequential, on the same column-major buffers.
fn faer_square(c: &mut Criterion, sizes: &[usize]) {
    let mut g = c.benchmark_group("dgemm_faer");
    for &n in sizes {
        let a = data::<f64>(n * n, 0.1);
        let b = data::<f64>(n * n, 0.7);
        let mut cm = data::<f64>(n * n, 0.3);
        g.throughput(Throughput::Elements(2 * (n * n * n) as u64));
        g.bench_with_input(BenchmarkId::new("faer", n), &n, |bch, &n| {
            bch.iter(|| {
                let fa = faer::MatRef::from_column_major_slice(black_box(&a), n, n);
                let fb = faer::MatRef::from_column_major_slice(black_box(&b), n, n);
                let fc = faer::MatMut::from_column_major_slice_mut(&mut cm, n, n);
                faer::linalg::matmul::matmul(fc, faer::Accum::Add, fa, fb, 1.0, faer::Par::Seq)
            })
        });
    }
    g.finish();
}

fn gemm(c: &mut Criterion) {
    square::<f64>(c, "dgemm", &[8, 16, 32, 64, 128, 256, 1000], &[1]);
    faer_square(c, &[8, 16, 32, 64, 128, 256, 1000]);
    square::<f64>(c, "dgemm_threads", &[1000], &[1, 2]);
    square::<f32>(c, "sgemm", &[16, 64, 256, 1000], &[1]);
    square::<c32>(c, "cgemm", &[16, 64, 256, 1000], &[1]);
    square::<c64>(c, "zgemm", &[16, 64, 256, 1000], &[1]);
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(1));
    targets = gemm
}
criterion_main!(benches);
