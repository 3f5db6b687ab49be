//! The machine the numbers come from, and what it can do at best: the yard-
//! sticks that absolute GFLOP/s and GB/s are quoted against.

use std::time::Instant;

/// CPU model name from /proc/cpuinfo.
pub fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_else(|| std::env::consts::ARCH.to_string())
}

/// Logical CPUs this process may run on.
pub fn cpus() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The SIMD features that matter for BLAS kernels, as the CPU reports them.
pub fn simd_features() -> Vec<&'static str> {
    #[allow(unused_mut)]
    let mut f = Vec::new();
    #[cfg(target_arch = "x86_64")]
    {
        for (name, on) in [
            ("avx2", is_x86_feature_detected!("avx2")),
            ("fma", is_x86_feature_detected!("fma")),
            ("avx512f", is_x86_feature_detected!("avx512f")),
            ("avx512vl", is_x86_feature_detected!("avx512vl")),
            ("avx512dq", is_x86_feature_detected!("avx512dq")),
            ("avx512bw", is_x86_feature_detected!("avx512bw")),
        ] {
            if on {
                f.push(name);
            }
        }
    }
    f
}

/// Peak double-precision FLOP/s of one core with 256-bit FMAs, measured:
/// `None` without AVX2 and FMA.
pub fn peak_fma_avx2(quick: bool) -> Option<f64> {
    #[cfg(target_arch = "x86_64")]
    {
        if is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma") {
            let iters: u64 = if quick { 2_000_000 } else { 20_000_000 };
            let best = (0..if quick { 2 } else { 5 })
                .map(|_| {
                    let t = Instant::now();
                    // SAFETY: the CPU has AVX2 and FMA (checked above).
                    std::hint::black_box(unsafe { fma_loop(std::hint::black_box(iters)) });
                    t.elapsed().as_secs_f64()
                })
                .fold(f64::INFINITY, f64::min);
            return Some((iters * FMA_CHAINS as u64 * 4 * 2) as f64 / best);
        }
    }
    let _ = quick;
    None
}

/// Independent FMA chains: more than latency (4 cycles) x FMA ports (2), so
/// the loop is throughput-bound, and few enough to stay in 16 registers.
const FMA_CHAINS: usize = 12;

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn fma_loop(iters: u64) -> f64 {
    use std::arch::x86_64::*;
    let a = _mm256_set1_pd(0.999_999_9);
    let b = _mm256_set1_pd(1e-9);
    let mut acc = [_mm256_set1_pd(1.0); FMA_CHAINS];
    for _ in 0..iters {
        for c in acc.iter_mut() {
            *c = _mm256_fmadd_pd(*c, a, b);
        }
    }
    let mut lanes = [0.0f64; 4];
    let mut sum = acc[0];
    for c in &acc[1..] {
        sum = _mm256_add_pd(sum, *c);
    }
    _mm256_storeu_pd(lanes.as_mut_ptr(), sum);
    lanes.iter().sum()
}

/// Memory bandwidth of one core in bytes/s, STREAM-style triad
/// `a = b + s c` on arrays far larger than the last-level cache, counting
/// 24 bytes per element (read b, read c, write a) as STREAM does. Returns the
/// figure and the size of one array in bytes.
pub fn triad_bandwidth(quick: bool) -> (f64, usize) {
    let n: usize = if quick { 1 << 24 } else { 1 << 26 };
    let b = vec![1.0f64; n];
    let c = vec![2.0f64; n];
    let mut a = vec![0.0f64; n];
    let s = std::hint::black_box(0.5);
    let best = (0..if quick { 2 } else { 5 })
        .map(|_| {
            let t = Instant::now();
            for ((a, b), c) in a.iter_mut().zip(&b).zip(&c) {
                *a = b + s * c;
            }
            std::hint::black_box(&mut a);
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min);
    (24.0 * n as f64 / best, n * 8)
}

/// The 1-minute load average, from /proc/loadavg: how busy the machine was.
pub fn load_average() -> Option<f64> {
    std::fs::read_to_string("/proc/loadavg").ok()?.split_whitespace().next()?.parse().ok()
}
