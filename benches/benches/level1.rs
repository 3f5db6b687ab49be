//! Criterion benches of ferroblas's Rust API, Level 1, double precision.
//! (The comparison with other libraries is `peer-compare`.)

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use ferroblas::{level1, VecMut, VecRef};
use std::hint::black_box;
use std::time::Duration;

const SIZES: [usize; 2] = [1_000, 100_000];

fn data(n: usize, seed: f64) -> Vec<f64> {
    (0..n).map(|i| ((i as f64 + seed) * 0.618_033_988_75).fract() - 0.5).collect()
}

fn level1_f64(c: &mut Criterion) {
    let mut g = c.benchmark_group("level1_f64");
    for n in SIZES {
        let x = data(n, 0.1);
        let mut y = data(n, 0.7);
        g.throughput(Throughput::Bytes(16 * n as u64));
        g.bench_with_input(BenchmarkId::new("dot", n), &n, |b, _| {
            b.iter(|| level1::dot(VecRef::from_slice(black_box(&x)), VecRef::from_slice(black_box(&y))))
        });
        g.throughput(Throughput::Bytes(24 * n as u64));
        g.bench_with_input(BenchmarkId::new("axpy", n), &n, |b, _| {
            b.iter(|| level1::axpy(black_box(1e-9), VecRef::from_slice(&x), VecMut::from_slice(&mut y)))
        });
        g.throughput(Throughput::Bytes(8 * n as u64));
        g.bench_with_input(BenchmarkId::new("nrm2", n), &n, |b, _| {
            b.iter(|| level1::nrm2(VecRef::from_slice(black_box(&x))))
        });
        g.bench_with_input(BenchmarkId::new("iamax", n), &n, |b, _| {
            b.iter(|| level1::iamax(VecRef::from_slice(black_box(&x))))
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(1)).sample_size(20);
    targets = level1_f64
}
criterion_main!(benches);
