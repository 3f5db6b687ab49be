//! LAPACK routines run inside the workspace their caller passes: after a
//! warm-up call (the BLAS keeps each thread's packing buffers, as every
//! BLAS does), a call with the reference's minimal LWORK makes no heap
//! allocation. A routine that needs more than that minimum for its fast
//! path takes a slower path inside the caller's array, never a buffer of
//! its own behind the caller's back.

use ferroblas_capi::generated::fortran as f;
use ferroblas_tests::alloc_count::{allocations_during, Allocations, Counting};
use ferroblas_tests::Rng;

#[global_allocator]
static ALLOC: Counting = Counting;

const NONE: Allocations = Allocations { count: 0, bytes: 0 };

/// An `m x n` matrix of uniform entries, column-major.
fn matrix(rng: &mut Rng, m: usize, n: usize) -> Vec<f64> {
    (0..m * n).map(|_| rng.sym()).collect()
}

#[test]
fn the_counter_sees_an_allocation() {
    let (v, seen) = allocations_during(|| vec![0u8; 1000]);
    assert_eq!(v.len(), 1000);
    assert_eq!(seen, Allocations { count: 1, bytes: 1000 });
}

#[test]
fn lapack_dgeqrf_at_minimal_lwork() {
    let mut rng = Rng::new(7);
    for &(m, n) in &[(300i32, 200i32), (200, 300), (64, 64)] {
        let a0 = matrix(&mut rng, m as usize, n as usize);
        let mut tau = vec![0.0; m.min(n) as usize];
        // The reference's minimum is max(1, n).
        let lwork = n.max(1);
        let mut work = vec![0.0; lwork as usize];
        let run = |a: &mut Vec<f64>, tau: &mut Vec<f64>, work: &mut Vec<f64>| {
            let mut info = 0;
            // SAFETY: every array is as long as the arguments say.
            unsafe { f::dgeqrf_(&m, &n, a.as_mut_ptr(), &m, tau.as_mut_ptr(), work.as_mut_ptr(), &lwork, &mut info) };
            info
        };
        let mut a = a0.clone();
        assert_eq!(run(&mut a, &mut tau, &mut work), 0);
        let mut a = a0.clone();
        let (info, seen) = allocations_during(|| run(&mut a, &mut tau, &mut work));
        assert_eq!(info, 0);
        assert_eq!(seen, NONE, "dgeqrf m = {m}, n = {n}");
    }
}
