//! Higham's estimator of the 1-norm of a matrix known only through products
//! `A x` and `A^H x` (`?lacn2`, Higham 1988, "FORTRAN codes for estimating the
//! one-norm of a real or complex matrix", ACM TOMS 14(4)).
//!
//! [`lacn2`] is the reverse-communication step LAPACK exposes: it returns the
//! product it needs, the caller forms it in `x` and calls again. Its state
//! ([`Lacn2State`]) converts to and from the reference's `ISAVE`, so the ABI
//! runs exactly the reference's state machine. [`norm1_estimate`] drives the
//! same steps with a closure.

use super::{modulus, real_of, CondScratch, Product};
use crate::WorkReq;
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::aux::vectors::{imax1, sum1};
use ferroblas_kernels::level1;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::views::VecRef;
use std::ops::ControlFlow;

/// Iterations of the power-method-like loop, as the reference.
const ITMAX: i64 = 5;

/// Where the real estimator keeps the sign vector of its last `A x` between
/// steps (LAPACK's `ISGN`): `+1` or `-1` per element.
pub trait SignStore {
    /// Whether element `i` holds the sign `s` (compared at the store's full width).
    fn is_sign(&self, i: usize, s: i8) -> bool;
    /// Stores the sign `s` in element `i`.
    fn set_sign(&mut self, i: usize, s: i8);
}

macro_rules! sign_store {
    ($($t:ty),*) => {$(
        impl SignStore for [$t] {
            fn is_sign(&self, i: usize, s: i8) -> bool {
                self[i] == <$t>::from(s)
            }
            fn set_sign(&mut self, i: usize, s: i8) {
                self[i] = <$t>::from(s);
            }
        }
    )*};
}
sign_store!(i8, i32, i64);

/// The estimator's saved state between steps (LAPACK's `ISAVE(1:3)`).
///
/// Fields the reference leaves alone are carried through unchanged, so a
/// round trip through [`from_isave`](Lacn2State::from_isave) and
/// [`to_isave`](Lacn2State::to_isave) gives the caller's `ISAVE` back exactly
/// where the reference would.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lacn2State {
    /// The step to resume at, 1..=5 (`ISAVE(1)`).
    jump: i64,
    /// The 0-based index of the unit vector of the current iteration
    /// (`ISAVE(2) - 1`, wrapping so any caller value survives).
    j: usize,
    /// The iteration count (`ISAVE(3)`).
    iter: i64,
}

impl Lacn2State {
    /// A fresh state; the first [`lacn2`] call must pass `started = false`.
    pub fn new() -> Self {
        Self::default()
    }

    /// The state from the reference's 1-based `ISAVE`.
    pub fn from_isave(isave: [i64; 3]) -> Self {
        Lacn2State { jump: isave[0], j: isave[1].wrapping_sub(1) as usize, iter: isave[2] }
    }

    /// The reference's `ISAVE` for this state.
    pub fn to_isave(self) -> [i64; 3] {
        [self.jump, (self.j as i64).wrapping_add(1), self.iter]
    }
}

/// The sign the real estimator gives `v`: `-1` below zero (and for NaN), else `+1`.
#[inline]
fn sign_of<R: RealScalar>(v: R) -> i8 {
    if v >= R::zero() {
        1
    } else {
        -1
    }
}

/// `x := sign(x)`: `±1` for real types (recorded in `isgn`), `x_i / |x_i|`
/// for complex ones (1 where `|x_i|` is below the safe minimum).
fn take_signs<T: Scalar, S: SignStore + ?Sized>(x: &mut [T], isgn: &mut S) {
    let one = T::Real::one();
    if T::IS_COMPLEX {
        let safmin = lamch::<T::Real>(Machine::SafeMin);
        for xi in x.iter_mut() {
            let a = modulus(*xi);
            *xi = if a > safmin { T::from_parts(xi.re() / a, xi.im() / a) } else { T::one() };
        }
    } else {
        for (i, xi) in x.iter_mut().enumerate() {
            let s = sign_of(xi.re());
            *xi = T::from_real(if s > 0 { one } else { -one });
            isgn.set_sign(i, s);
        }
    }
}

/// `sum |x_i|`: `asum` for real types, the sum of true moduli for complex.
fn norm1<T: Scalar>(x: &[T]) -> T::Real {
    if T::IS_COMPLEX {
        sum1(VecRef::from_slice(x))
    } else {
        level1::asum(VecRef::from_slice(x))
    }
}

/// Index of the largest `|x_i|` (the true modulus for complex types).
fn imax<T: Scalar>(x: &[T]) -> usize {
    let i = if T::IS_COMPLEX { imax1(VecRef::from_slice(x)) } else { level1::iamax(VecRef::from_slice(x)) };
    i.unwrap_or(0)
}

/// `x := e_j`, then ask for `A x`.
fn unit_vector<T: Scalar>(x: &mut [T], state: &mut Lacn2State) -> Option<Product> {
    x.fill(T::zero());
    x[state.j] = T::one();
    state.jump = 3;
    Some(Product::A)
}

/// `x := (-1)^i (1 + i/(n-1))`, the alternating test vector of the final stage;
/// then ask for `A x`.
fn final_stage<T: Scalar>(x: &mut [T], state: &mut Lacn2State) -> Option<Product> {
    let n = x.len();
    let one = T::Real::one();
    let den = real_of::<T::Real>(n - 1);
    let mut altsgn = one;
    for (i, xi) in x.iter_mut().enumerate() {
        *xi = T::from_real(altsgn * (one + real_of::<T::Real>(i) / den));
        altsgn = -altsgn;
    }
    state.jump = 5;
    Some(Product::A)
}

/// One step of the reverse-communication 1-norm estimator (`?lacn2`).
///
/// Start with `started = false` (LAPACK's `KASE = 0`) and any state; while
/// the result is `Some(p)`, overwrite `x` with `A x` (`p = Product::A`) or
/// `A^H x` (`Product::AH`) and call again with `started = true`, `v`, `isgn`,
/// `est` and `state` untouched. At `None`, `est` is the estimate of
/// `norm1(A)` and `v = A w` with `est = norm1(v) / norm1(w)`.
///
/// `isgn` (n elements) is used by real types only; complex callers may pass
/// an empty slice. All of `v`, `x` and `isgn` have `n = x.len()` elements,
/// `n >= 1`; for `n = 0` the estimate is 0 at once (the reference would index
/// outside its arrays).
pub fn lacn2<T: Scalar, S: SignStore + ?Sized>(
    v: &mut [T],
    x: &mut [T],
    isgn: &mut S,
    est: &mut T::Real,
    started: bool,
    state: &mut Lacn2State,
) -> Option<Product> {
    let n = x.len();
    assert!(v.len() >= n, "lacn2: v has {} elements, x has {n}", v.len());
    let v = &mut v[..n];
    if n == 0 {
        *est = T::Real::zero();
        return None;
    }
    if !started {
        x.fill(T::from_real(T::Real::one() / real_of(n)));
        state.jump = 1;
        return Some(Product::A);
    }
    // An ISAVE(1) outside 1..=5 falls through to the first step, as the
    // reference's computed GO TO does.
    match state.jump {
        2 => {
            // x = A^H sign(A x0): the column with the largest entry is the next guess.
            state.j = imax(x);
            state.iter = 2;
            unit_vector(x, state)
        }
        3 => {
            v.copy_from_slice(x);
            let estold = *est;
            *est = norm1(v);
            // Real: a repeated sign vector means the iteration has converged.
            let repeated = !T::IS_COMPLEX && x.iter().enumerate().all(|(i, xi)| isgn.is_sign(i, sign_of(xi.re())));
            if repeated || *est <= estold {
                return final_stage(x, state);
            }
            take_signs(x, isgn);
            state.jump = 4;
            Some(Product::AH)
        }
        4 => {
            let jlast = state.j;
            state.j = imax(x);
            // The reference compares the real x(jlast) itself, not its magnitude.
            let last = if T::IS_COMPLEX { modulus(x[jlast]) } else { x[jlast].re() };
            if last != modulus(x[state.j]) && state.iter < ITMAX {
                state.iter += 1;
                return unit_vector(x, state);
            }
            final_stage(x, state)
        }
        5 => {
            let two = T::Real::one() + T::Real::one();
            let temp = two * (norm1(x) / real_of(3 * n));
            if temp > *est {
                v.copy_from_slice(x);
                *est = temp;
            }
            None
        }
        _ => {
            // x = A x0 with x0 = (1/n, ..., 1/n).
            if n == 1 {
                v[0] = x[0];
                *est = modulus(v[0]);
                return None;
            }
            *est = norm1(x);
            take_signs(x, isgn);
            state.jump = 2;
            Some(Product::AH)
        }
    }
}

/// The workspace [`norm1_estimate`] needs for order `n`: `v` and `x`, and the
/// sign vector for real types.
pub fn norm1_estimate_req<T: Scalar>(n: usize) -> WorkReq {
    let signs = if T::IS_COMPLEX { WorkReq::EMPTY } else { WorkReq::new::<i8>(n) };
    WorkReq::new::<T>(n).and(WorkReq::new::<T>(n)).and(signs)
}

/// Estimates `norm1(A)` of an `n x n` matrix known through `apply`, which
/// overwrites its vector with `A x` or `A^H x` as asked (the steps of
/// [`lacn2`], so the estimate is the reference's).
///
/// `apply` may stop the estimate by returning `ControlFlow::Break(())`; the
/// result is then `None`. `n = 0` gives `Some(0)`.
///
/// `work` is one workspace of [`norm1_estimate_req`], or a pair whose second
/// part holds the sign vector when it has room (see [`CondScratch`]).
pub fn norm1_estimate<'w, T: Scalar>(
    n: usize,
    apply: impl FnMut(Product, &mut [T]) -> ControlFlow<()>,
    work: impl CondScratch<'w>,
) -> Option<T::Real> {
    let (mut work, side) = work.into_parts();
    let (x, work) = work.take::<T>(n);
    norm1_estimate_on(x, apply, (work, side))
}

/// [`norm1_estimate`] of order `x.len()` with its vector `x` given (scratch
/// the caller no longer needs, as the refinement routines' residual): `work`
/// then holds `v` and the sign vector only.
pub(crate) fn norm1_estimate_on<'w, T: Scalar>(
    x: &mut [T],
    mut apply: impl FnMut(Product, &mut [T]) -> ControlFlow<()>,
    work: impl CondScratch<'w>,
) -> Option<T::Real> {
    let n = x.len();
    let (mut work, mut side) = work.into_parts();
    let (v, mut work) = work.take::<T>(n);
    let nsign = if T::IS_COMPLEX { 0 } else { n };
    // The signs in the caller's IWORK where it is given, as the reference keeps them.
    let isgn = if side.capacity::<i8>() >= nsign { side.take::<i8>(nsign).0 } else { work.take::<i8>(nsign).0 };
    let mut est = T::Real::zero();
    let mut state = Lacn2State::new();
    let mut next = lacn2(v, x, isgn, &mut est, false, &mut state);
    while let Some(p) = next {
        if apply(p, x).is_break() {
            return None;
        }
        next = lacn2(v, x, isgn, &mut est, true, &mut state);
    }
    Some(est)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::condition::testutil::*;
    use crate::WorkBuffer;
    use ferroblas_kernels::{c32, c64};

    /// `norm1_estimate` of an explicit matrix, by products with it.
    fn estimate<T: TestScalar>(a: &Dense<T>) -> T::Real {
        let n = a.n;
        let mut buf = WorkBuffer::new(norm1_estimate_req::<T>(n));
        norm1_estimate::<T>(
            n,
            |p, x| {
                let y = match p {
                    Product::A => a.matvec(x),
                    Product::AH => a.conj_transpose().matvec(x),
                };
                x.copy_from_slice(&y);
                ControlFlow::Continue(())
            },
            buf.workspace(),
        )
        .unwrap()
    }

    fn check_estimates<T: TestScalar>() {
        let mut rng = Rng::new(7);
        for n in 1..=12 {
            for trial in 0..6 {
                let a = Dense::<T>::random(n, &mut rng, trial);
                let exact = a.norm1();
                let est = estimate(&a);
                let (e, x) = (est.to_f64(), exact.to_f64());
                let tol = 1.0 + 50.0 * T::Real::EPSILON.to_f64();
                assert!(e <= x * tol, "{}: n={n} estimate {e} exceeds the norm {x}", T::PREFIX);
                assert!(e >= x / 3.0 || x == 0.0, "{}: n={n} estimate {e} is far below the norm {x}", T::PREFIX);
            }
        }
    }

    #[test]
    fn estimates_bound_the_norm_from_below() {
        check_estimates::<f32>();
        check_estimates::<f64>();
        check_estimates::<c32>();
        check_estimates::<c64>();
    }

    /// The estimator is exact on a matrix whose 1-norm is a single column,
    /// and on a diagonal matrix.
    #[test]
    fn exact_on_simple_matrices() {
        let mut a = Dense::<f64>::zeros(4);
        a.set(2, 1, -7.0);
        a.set(0, 1, 2.0);
        a.set(3, 3, 1.0);
        assert_eq!(estimate(&a), 9.0);
        let mut d = Dense::<c64>::zeros(3);
        d.set(0, 0, c64::new(3.0, 4.0));
        d.set(1, 1, c64::new(0.0, 1.0));
        d.set(2, 2, c64::new(-2.0, 0.0));
        assert!((estimate(&d) - 5.0).abs() < 1e-14);
        // n = 1: |a|.
        let mut s = Dense::<c32>::zeros(1);
        s.set(0, 0, c32::new(-3.0, 4.0));
        assert_eq!(estimate(&s), 5.0);
    }

    #[test]
    fn zero_size_and_early_stop() {
        let mut buf = WorkBuffer::new(norm1_estimate_req::<f64>(0));
        let est = norm1_estimate::<f64>(0, |_, _| unreachable!(), buf.workspace());
        assert_eq!(est, Some(0.0));
        let mut buf = WorkBuffer::new(norm1_estimate_req::<f32>(3));
        let est = norm1_estimate::<f32>(3, |_, _| ControlFlow::Break(()), buf.workspace());
        assert_eq!(est, None);
    }

    /// The reverse-communication steps, driven by hand, follow the
    /// reference's KASE/ISAVE sequence: start, A, A^T, A e_j, ..., final stage.
    #[test]
    fn reverse_communication_sequence() {
        // A = [[1, 2], [3, 4]]: norm1 = 6 (column 2).
        let a = Dense::<f64>::from_rows(&[&[1.0, 2.0], &[3.0, 4.0]]);
        let (mut v, mut x, mut isgn) = ([0.0; 2], [0.0; 2], [0i32; 2]);
        let mut est = 0.0;
        let mut state = Lacn2State::from_isave([9, 9, 9]);
        let mut kases = Vec::new();
        let mut next = lacn2(&mut v, &mut x, &mut isgn[..], &mut est, false, &mut state);
        assert_eq!(x, [0.5, 0.5]);
        // KASE = 0 sets ISAVE(1) only.
        assert_eq!(state.to_isave(), [1, 9, 9]);
        while let Some(p) = next {
            kases.push(p);
            let y = match p {
                Product::A => a.matvec(&x),
                Product::AH => a.conj_transpose().matvec(&x),
            };
            x.copy_from_slice(&y);
            // Through the ABI form of the state, as a Fortran caller would keep it.
            let mut s = Lacn2State::from_isave(state.to_isave());
            next = lacn2(&mut v, &mut x, &mut isgn[..], &mut est, true, &mut s);
            state = s;
        }
        assert_eq!(est, 6.0);
        assert_eq!(v, [2.0, 4.0]);
        // A x0, A^T sign, A e_2 (signs repeat: converged), final-stage A x.
        assert_eq!(kases, [Product::A, Product::AH, Product::A, Product::A]);
        assert_eq!(isgn, [1, 1]);
    }

    #[test]
    fn isave_round_trips() {
        for s in [[1, 1, 2], [5, -3, 0], [0, 0, 0], [i64::MAX, i64::MIN, 7]] {
            assert_eq!(Lacn2State::from_isave(s).to_isave(), s);
        }
    }
}
