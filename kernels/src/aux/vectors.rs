//! Small vector auxiliaries: conjugation (`?lacgv`), safe reciprocal scaling
//! (`?rscl`), the index and the sum of true moduli (`i?max1`, `?sum1`), and
//! sorting (`?lasrt`).

use crate::level1::scal_real;
use crate::scalar::{RealScalar, Scalar};
use crate::views::{VecMut, VecRef};

use super::scalars::{lamch, Machine};

/// Conjugates `x` in place (`clacgv`, `zlacgv`; nothing for real types).
pub fn lacgv<T: Scalar>(mut x: VecMut<'_, T>) {
    if !T::IS_COMPLEX {
        return;
    }
    for i in 0..x.len() {
        // SAFETY: i < x.len().
        unsafe { x.set_unchecked(i, x.get_unchecked(i).conj()) };
    }
}

/// `x := x / sa` for a real `sa`, without overflow or underflow in forming
/// `1/sa` (`srscl`, `drscl`, `csrscl`, `zdrscl`).
///
/// `x` is multiplied by `smlnum` or `bignum` (the safe minimum and its
/// reciprocal) until the remaining factor is representable, as the reference
/// does. `sa = 0` gives Inf or NaN; `sa = NaN` gives NaN. Unlike the reference,
/// which loops forever on an infinite `sa`, `sa = ±Inf` scales `x` by `±0`.
pub fn rscl<T: Scalar>(sa: T::Real, mut x: VecMut<'_, T>) {
    if x.is_empty() {
        return;
    }
    let (zero, one) = (T::Real::zero(), T::Real::one());
    let smlnum = lamch::<T::Real>(Machine::SafeMin);
    let bignum = one / smlnum;
    // x / sa = x * cnum / cden, with cnum and cden moved toward each other.
    let mut cden = sa;
    let mut cnum = one;
    loop {
        let cden1 = cden * smlnum;
        let cnum1 = cnum / bignum;
        let (mul, done);
        if cden1.abs() > cnum.abs() && cnum != zero && cden1.is_finite() {
            mul = smlnum;
            done = false;
            cden = cden1;
        } else if cnum1.abs() > cden.abs() {
            mul = bignum;
            done = false;
            cnum = cnum1;
        } else {
            mul = cnum / cden;
            done = true;
        }
        scal_real(mul, x.rb_mut());
        if done {
            break;
        }
    }
}

/// `|x|`, the true modulus (`ABS` of the Fortran type: `hypot` for complex).
fn modulus<T: Scalar>(x: T) -> T::Real {
    if T::IS_COMPLEX {
        x.re().hypot(x.im())
    } else {
        x.re().abs()
    }
}

/// Index of the first element of largest modulus `|x_i|` (`icmax1`,
/// `izmax1`): unlike `i?amax`, complex elements are compared by their true
/// modulus, not `|re| + |im|`. `None` for an empty vector; NaN elements never
/// win over an earlier element.
pub fn imax1<T: Scalar>(x: VecRef<'_, T>) -> Option<usize> {
    let n = x.len();
    if n == 0 {
        return None;
    }
    let mut best = 0;
    let mut dmax = modulus(x.get(0));
    for i in 1..n {
        // SAFETY: i < n.
        let d = modulus(unsafe { x.get_unchecked(i) });
        if d > dmax {
            best = i;
            dmax = d;
        }
    }
    Some(best)
}

/// Sum of the true moduli `sum |x_i|` (`scsum1`, `dzsum1`), added in order.
pub fn sum1<T: Scalar>(x: VecRef<'_, T>) -> T::Real {
    let mut s = T::Real::zero();
    for i in 0..x.len() {
        // SAFETY: i < x.len().
        s += modulus(unsafe { x.get_unchecked(i) });
    }
    s
}

/// The order [`lasrt`] sorts into (`id` of `?lasrt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortOrder {
    /// Smallest first (`'I'`).
    Increasing,
    /// Largest first (`'D'`).
    Decreasing,
}

impl SortOrder {
    /// Parses `I` or `D`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'I' => Some(SortOrder::Increasing),
            b'D' => Some(SortOrder::Decreasing),
            _ => None,
        }
    }
}

/// Sorts `d` in place into increasing or decreasing order (`slasrt`,
/// `dlasrt`), without allocating and in `O(n log n)` worst-case time.
///
/// NaNs, which have no place in the order, are collected at the end in
/// increasing order and at the start in decreasing order.
pub fn lasrt<R: RealScalar>(order: SortOrder, d: &mut [R]) {
    // A total order (NaN above everything) keeps the sort well defined.
    let total = |a: &R, b: &R| a.partial_cmp(b).unwrap_or_else(|| a.is_nan().cmp(&b.is_nan()));
    match order {
        SortOrder::Increasing => d.sort_unstable_by(total),
        SortOrder::Decreasing => d.sort_unstable_by(|a, b| total(b, a)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scalar::{c32, c64, Complex};

    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self) -> f64 {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (self.0 >> 11) as f64 / (1u64 << 52) as f64 - 1.0
        }
    }

    fn sample<T: Scalar>(rng: &mut Lcg, scale: f64) -> T {
        T::from_parts(T::Real::from_f64(rng.next() * scale), T::Real::from_f64(rng.next() * scale))
    }

    fn lacgv_case<T: Scalar>() {
        let mut rng = Lcg(1);
        for n in [0usize, 1, 2, 3, 9] {
            let orig: Vec<T> = (0..3 * n).map(|_| sample(&mut rng, 4.0)).collect();
            let mut x = orig.clone();
            lacgv(VecMut::from_blas(&mut x, n, -3));
            for (k, (a, b)) in x.iter().zip(&orig).enumerate() {
                let want = if k % 3 == 0 { b.conj() } else { *b };
                assert_eq!(*a, want);
            }
        }
    }

    #[test]
    fn lacgv_all_types() {
        lacgv_case::<f32>();
        lacgv_case::<f64>();
        lacgv_case::<c32>();
        lacgv_case::<c64>();
        let mut x = [c64::new(1.0, f64::NAN), c64::new(-0.0, 0.0)];
        lacgv(VecMut::from_slice(&mut x));
        assert!(x[0].im.is_nan() && x[1].im.to_bits() == (-0.0f64).to_bits());
    }

    fn rscl_case<T: Scalar>() {
        // x / sa against the quotient in f64 for sa across the range (strided x).
        let mut rng = Lcg(5);
        let (lo, hi) = if T::Real::MAX_EXP > 200 { (-1070, 1020) } else { (-145, 125) };
        for e in (lo..hi).step_by(37) {
            let sa =
                T::Real::from_f64(1.37 * 2f64.powi(e.max(-1000)) * if e < -1000 { 2f64.powi(e + 1000) } else { 1.0 });
            let orig: Vec<T> = (0..10).map(|_| sample(&mut rng, 1.0)).collect();
            let mut x = orig.clone();
            rscl(sa, VecMut::from_blas(&mut x, 5, 2));
            for (k, (got, o)) in x.iter().zip(&orig).enumerate() {
                if k % 2 == 1 {
                    assert_eq!(got, o);
                    continue;
                }
                for (g, w) in [(got.re(), o.re()), (got.im(), o.im())] {
                    let want = w.to_f64() / sa.to_f64();
                    let (g, max) = (g.to_f64(), T::Real::MAX.to_f64());
                    if want.abs() > max {
                        assert!(g.is_infinite() || g.abs() >= max * 0.99);
                    } else {
                        let eps = T::Real::EPSILON.to_f64();
                        let tol = 3.0 * eps * want.abs() + T::Real::MIN_POSITIVE.to_f64() * eps;
                        assert!((g - want).abs() <= tol, "rscl({sa:?}) {w:?} -> {g:e}, want {want:e}");
                    }
                }
            }
        }
    }

    #[test]
    fn rscl_all_types() {
        rscl_case::<f32>();
        rscl_case::<f64>();
        rscl_case::<c32>();
        rscl_case::<c64>();
    }

    #[test]
    fn rscl_near_overflow_and_underflow() {
        // 1/sa overflows, yet x/sa is representable: 2^-100 / 2^-1060 = 2^960.
        let sa = f64::from_bits(1u64 << 14); // 2^-1060, subnormal
        let mut x = [2f64.powi(-100), -3.0 * 2f64.powi(-110)];
        rscl(sa, VecMut::from_slice(&mut x));
        assert_eq!(x, [2f64.powi(960), -3.0 * 2f64.powi(950)]);
        // 1/sa is subnormal (inexact), yet x/sa is exact: 3 * 2^1000 / (3 * 2^1021).
        let mut x = [3.0 * 2f64.powi(1000)];
        rscl(3.0 * 2f64.powi(1021), VecMut::from_slice(&mut x));
        assert_eq!(x, [2f64.powi(-21)]);
        // A subnormal f32 divisor: 1/sa overflows f32.
        let (sa32, x0) = (1e-40f32, c32::new(1e-30, -2e-30));
        let mut x = [x0];
        rscl(sa32, VecMut::from_slice(&mut x));
        for (g, w) in [(x[0].re, x0.re), (x[0].im, x0.im)] {
            let want = w as f64 / sa32 as f64;
            assert!((g as f64 - want).abs() <= want.abs() * 2.0 * f32::EPSILON as f64);
        }
        // Values from Debian's LAPACK 3.11 drscl_ with sa = 2^-1060.
        let mut x = [1.0, -2.0, 1e-300, 5e-324, 0.0, 3.7e-200, f64::INFINITY];
        rscl(sa, VecMut::from_slice(&mut x));
        assert_eq!(
            x,
            [
                f64::INFINITY,
                -f64::INFINITY,
                1.2353653155963783e19,
                6.103515625e-5,
                0.0,
                4.5708516677066e119,
                f64::INFINITY
            ]
        );
    }

    #[test]
    fn rscl_special_divisors() {
        let inf = f64::INFINITY;
        // sa = 0: the reference scales by bignum, then by 1/0.
        let mut x = [1.0, -2.0, 0.0];
        rscl(0.0, VecMut::from_slice(&mut x));
        assert_eq!(x[..2], [inf, -inf]);
        assert!(x[2].is_nan());
        let mut x = [1.0f32, 0.0];
        rscl(f32::NAN, VecMut::from_slice(&mut x));
        assert!(x[0].is_nan() && x[1].is_nan());
        // sa = Inf ends (the reference would loop forever) with x / Inf.
        let mut x = [c64::new(3.0, -4.0), c64::new(inf, 1.0)];
        rscl(-inf, VecMut::from_slice(&mut x));
        assert_eq!(x[0], c64::new(-0.0, 0.0));
        assert!(x[1].re.is_nan() && x[1].im == 0.0);
        // Empty and unit divisors.
        rscl(0.0, VecMut::<f64>::from_slice(&mut []));
        let mut x = [c32::new(5.0, -7.0)];
        rscl(1.0, VecMut::from_slice(&mut x));
        assert_eq!(x, [c32::new(5.0, -7.0)]);
    }

    fn imax1_case<T: Scalar>() {
        let mut rng = Lcg(9);
        for n in [1usize, 2, 3, 8, 31] {
            let v: Vec<T> = (0..2 * n).map(|_| sample(&mut rng, 10.0)).collect();
            let x = VecRef::from_blas(&v, n, -2);
            let m = |i: usize| x.get(i).re().to_f64().hypot(x.get(i).im().to_f64());
            let mut best = 0;
            for i in 1..n {
                if m(i) > m(best) {
                    best = i;
                }
            }
            assert_eq!(imax1(x), Some(best));
            let sum: f64 = (0..n).map(m).sum();
            let got = sum1(x).to_f64();
            assert!((got - sum).abs() <= 2.0 * n as f64 * T::Real::EPSILON.to_f64() * sum);
        }
        assert_eq!(imax1(VecRef::<T>::from_slice(&[])), None);
        assert_eq!(sum1(VecRef::<T>::from_slice(&[])), T::Real::zero());
    }

    #[test]
    fn imax1_and_sum1_all_types() {
        imax1_case::<f32>();
        imax1_case::<f64>();
        imax1_case::<c32>();
        imax1_case::<c64>();
    }

    #[test]
    fn imax1_uses_the_true_modulus() {
        // |3+4i| = 5 < 6 = |6|, though |re|+|im| says 7 > 6.
        let x = [c64::new(3.0, 4.0), c64::new(6.0, 0.0), c64::new(0.0, -6.0)];
        assert_eq!(imax1(VecRef::from_slice(&x)), Some(1), "ties keep the first");
        assert_eq!(sum1(VecRef::from_slice(&x)), 17.0);
        // A NaN never wins over an earlier element, but a leading NaN stays.
        let x = [c32::new(1.0, 0.0), c32::new(f32::NAN, 0.0), c32::new(2.0, 0.0)];
        assert_eq!(imax1(VecRef::from_slice(&x)), Some(2));
        let x = [f64::NAN, 5.0, -7.0];
        assert_eq!(imax1(VecRef::from_slice(&x)), Some(0));
        // No overflow in the modulus of huge parts.
        let x: [c64; 2] = [Complex::new(1e300, 1e300), Complex::new(1.3e300, 0.0)];
        assert_eq!(imax1(VecRef::from_slice(&x)), Some(0));
        assert!(sum1(VecRef::from_slice(&x)).is_finite());
    }

    #[test]
    fn sort_orders() {
        assert_eq!(SortOrder::from_char(b'i'), Some(SortOrder::Increasing));
        assert_eq!(SortOrder::from_char(b'D'), Some(SortOrder::Decreasing));
        assert_eq!(SortOrder::from_char(b'A'), None);
        let mut rng = Lcg(13);
        for n in [0usize, 1, 2, 3, 7, 20, 21, 100, 257] {
            for order in [SortOrder::Increasing, SortOrder::Decreasing] {
                // Few distinct values, so duplicates are common.
                let orig: Vec<f64> = (0..n).map(|_| (rng.next() * 8.0).round()).collect();
                let mut d = orig.clone();
                lasrt(order, &mut d);
                for w in d.windows(2) {
                    match order {
                        SortOrder::Increasing => assert!(w[0] <= w[1]),
                        SortOrder::Decreasing => assert!(w[0] >= w[1]),
                    }
                }
                let (mut a, mut b) = (orig.clone(), d.clone());
                a.sort_by(|x, y| x.partial_cmp(y).unwrap());
                b.sort_by(|x, y| x.partial_cmp(y).unwrap());
                assert_eq!(a, b, "not a permutation");
                let mut f: Vec<f32> = orig.iter().map(|&v| v as f32).collect();
                lasrt(order, &mut f);
                assert!(f.iter().zip(&d).all(|(x, y)| *x as f64 == *y));
            }
        }
        // NaNs do not upset the sort; the numbers around them stay ordered.
        let mut d = [3.0, f64::NAN, -1.0, f64::INFINITY, 0.5, f64::NAN, -f64::INFINITY];
        lasrt(SortOrder::Increasing, &mut d);
        assert_eq!(d[..5], [-f64::INFINITY, -1.0, 0.5, 3.0, f64::INFINITY]);
        assert!(d[5].is_nan() && d[6].is_nan());
        lasrt(SortOrder::Decreasing, &mut d);
        assert!(d[0].is_nan() && d[1].is_nan());
        assert_eq!(d[2..], [f64::INFINITY, 3.0, 0.5, -1.0, -f64::INFINITY]);
    }
}
