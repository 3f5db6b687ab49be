//! Iterative refinement and error bounds shared by the packed `?pprfs`,
//! `?sprfs` and `?hprfs`: the loop of the reference's `?porfs` family over
//! caller-supplied products and solves.

use crate::condition::{norm1_estimate, norm1_estimate_req, Product};
use crate::{WorkReq, Workspace};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::level1;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef, VecRef};
use std::ops::ControlFlow;

/// The most refinement steps per right-hand side (the reference's `ITMAX`).
const ITMAX: usize = 5;

/// The workspace [`refine`] needs for order `n`.
pub(crate) fn refine_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T>(n).and(WorkReq::new::<T::Real>(n)).and(norm1_estimate_req::<T>(n))
}

/// The operations [`refine`] runs on: A and the solve with its factorization.
pub(crate) trait RefineOps<T: Scalar> {
    /// `r := r - A x`.
    fn residual(&mut self, x: VecRef<'_, T>, r: &mut [T]);
    /// `w := w + |A| |x|` (moduli as `abs1`, `|re| + |im|`).
    fn abs_apply(&mut self, x: VecRef<'_, T>, w: &mut [T::Real]);
    /// `v := inv(A) v` from the factorization; `Product::AH` asks for
    /// `inv(A)^H v`, the same for the Hermitian case.
    fn solve(&mut self, p: Product, v: &mut [T]);
}

/// Refines each column of `x` (a solution of `A X = B`) while the
/// componentwise backward error keeps halving (at most [`ITMAX`] steps), then
/// bounds its error: `berr[j]` the backward error, `ferr[j]` the estimated
/// relative forward error. `nz` bounds the nonzeros per row plus one.
#[allow(clippy::too_many_arguments)]
pub(crate) fn refine<T: Scalar>(
    ops: &mut impl RefineOps<T>,
    nz: usize,
    b: MatRef<'_, T>,
    mut x: MatMut<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    mut work: Workspace<'_>,
) {
    let n = b.nrows();
    let nrhs = b.ncols();
    assert!(x.nrows() == n && x.ncols() == nrhs, "rfs: operand shapes disagree");
    assert!(ferr.len() >= nrhs && berr.len() >= nrhs, "rfs: ferr/berr shorter than nrhs");
    let zero = T::Real::zero();
    if n == 0 || nrhs == 0 {
        ferr[..nrhs].fill(zero);
        berr[..nrhs].fill(zero);
        return;
    }
    let nzr = T::Real::from_f64(nz as f64);
    let eps = lamch::<T::Real>(Machine::Eps);
    let safe1 = nzr * lamch::<T::Real>(Machine::SafeMin);
    let safe2 = safe1 / eps;
    let two = T::Real::from_f64(2.0);
    let (r, mut work) = work.take::<T>(n);
    let (w, work) = work.take::<T::Real>(n);
    let mut work = work;
    for j in 0..nrhs {
        let mut lstres = T::Real::from_f64(3.0);
        let mut count = 1;
        loop {
            for i in 0..n {
                r[i] = b.get(i, j);
                w[i] = b.get(i, j).abs1();
            }
            ops.residual(x.rb().col(j), r);
            ops.abs_apply(x.rb().col(j), w);
            let mut s = zero;
            for i in 0..n {
                let ri = r[i].abs1();
                // A tiny scale gets safe1 added on both sides: no 0/0.
                let q = if w[i] > safe2 { ri / w[i] } else { (ri + safe1) / (w[i] + safe1) };
                if q > s || q.is_nan() {
                    s = q;
                }
            }
            berr[j] = s;
            if s > eps && two * s <= lstres && count <= ITMAX {
                ops.solve(Product::A, r);
                level1::axpy(T::one(), VecRef::from_slice(r), x.rb_mut().col_mut(j));
                lstres = s;
                count += 1;
            } else {
                break;
            }
        }
        // ferr: norm(inv(A) diag(w)) / norm(x), w = |r| + nz eps (|A||x| + |b|).
        for i in 0..n {
            let base = r[i].abs1() + nzr * eps * w[i];
            w[i] = if w[i] > safe2 { base } else { base + safe1 };
        }
        let est = norm1_estimate::<T>(
            n,
            |p, v| {
                if p == Product::A {
                    ops.solve(Product::AH, v);
                    scale_by(w, v);
                } else {
                    scale_by(w, v);
                    ops.solve(Product::A, v);
                }
                ControlFlow::Continue(())
            },
            work.rb_mut(),
        )
        .unwrap_or(zero);
        let mut lstres = zero;
        for i in 0..n {
            lstres = lstres.max(x.get(i, j).abs1());
        }
        ferr[j] = if lstres != zero { est / lstres } else { est };
    }
}

fn scale_by<T: Scalar>(w: &[T::Real], v: &mut [T]) {
    for (vi, &wi) in v.iter_mut().zip(w) {
        *vi = vi.scale_real(wi);
    }
}

/// `w += |A| |x|` for the symmetric or Hermitian `A` of order `n` in the
/// packed `upper`/lower triangle `ap` (a Hermitian diagonal read as real).
pub(crate) fn sym_packed_abs_apply<T: Scalar>(upper: bool, herm: bool, ap: &[T], x: VecRef<'_, T>, w: &mut [T::Real]) {
    let n = x.len();
    let dabs = |d: T| if herm { d.re().abs() } else { d.abs1() };
    for k in 0..n {
        let s0 = super::col_start(upper, n, k);
        let xk = x.get(k).abs1();
        let mut s = T::Real::zero();
        let (lo, off, d) =
            if upper { (0, &ap[s0..s0 + k], ap[s0 + k]) } else { (k + 1, &ap[s0 + 1..s0 + n - k], ap[s0]) };
        for (i, a) in off.iter().enumerate() {
            let aa = a.abs1();
            w[lo + i] += aa * xk;
            s += aa * x.get(lo + i).abs1();
        }
        w[k] += dabs(d) * xk + s;
    }
}

/// `v` as a one-column matrix.
pub(crate) fn as_col<T>(v: &mut [T]) -> MatMut<'_, T> {
    let n = v.len();
    MatMut::from_col_major(v, n, 1, n.max(1))
}
