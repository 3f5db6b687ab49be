//! `?latm1`: the diagonal D of a test matrix from MODE and COND.

use super::random::{exp, laran, ln, powf, powi};
use ferroblas_kernels::aux::random::{larnv, Dist};
use ferroblas_kernels::scalar::RealScalar;

/// Fills `d` as `mode` says (`?latm1` for a real D; `|mode|` in 1..=6, 0
/// leaves `d` alone):
///
/// 1. `d(0) = 1`, the rest `1/cond`;
/// 2. all 1 but `d(n-1) = 1/cond`;
/// 3. `d(i) = cond^(-i/(n-1))`, geometric from 1 to `1/cond`;
/// 4. `d(i) = 1 - i/(n-1) (1 - 1/cond)`, arithmetic from 1 to `1/cond`;
/// 5. random in `(1/cond, 1)` with uniformly distributed logarithms;
/// 6. random from `dist` (and nothing more).
///
/// For modes 1 to 5, `random_sign` negates each entry with probability 1/2;
/// a negative mode reverses the order. The numbers come from `iseed`
/// (advanced) in the reference's order.
///
/// # Panics
/// If `|mode| > 6`.
pub fn latm1<R: RealScalar>(mode: i32, cond: R, random_sign: bool, dist: Dist, iseed: &mut [i32; 4], d: &mut [R]) {
    assert!(mode.abs() <= 6, "latm1: MODE out of range");
    let n = d.len();
    if n == 0 || mode == 0 {
        return;
    }
    let one = R::one();
    match mode.abs() {
        1 => {
            d.fill(one / cond);
            d[0] = one;
        }
        2 => {
            d.fill(one);
            d[n - 1] = one / cond;
        }
        3 => {
            d[0] = one;
            if n > 1 {
                let alpha = powf(cond, -one / R::from_f64((n - 1) as f64));
                for (i, di) in d.iter_mut().enumerate().skip(1) {
                    *di = powi(alpha, i as u32);
                }
            }
        }
        4 => {
            d[0] = one;
            if n > 1 {
                let temp = one / cond;
                let alpha = (one - temp) / R::from_f64((n - 1) as f64);
                for (i, di) in d.iter_mut().enumerate().skip(1) {
                    *di = R::from_f64((n - 1 - i) as f64) * alpha + temp;
                }
            }
        }
        5 => {
            let alpha = ln(one / cond);
            for di in d.iter_mut() {
                *di = exp(alpha * laran::<R>(iseed));
            }
        }
        _ => larnv(dist, iseed, d),
    }
    if mode.abs() != 6 && random_sign {
        let half = R::from_f64(0.5);
        for di in d.iter_mut() {
            if laran::<R>(iseed) > half {
                *di = -*di;
            }
        }
    }
    if mode < 0 {
        d.reverse();
    }
}
