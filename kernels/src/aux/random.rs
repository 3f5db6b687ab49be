//! LAPACK's random numbers: the 48-bit multiplicative congruential generator
//! (`?laruv`) and the vectors of uniform, normal and unit-modulus numbers built
//! from it (`?larnv`).
//!
//! The reference test programs build their matrices from these numbers, so
//! they are reproduced bit for bit: the same seed update, the same batches of
//! uniforms, the same order of operations. The uniforms are exact integer
//! arithmetic; the normal and unit-modulus numbers also go through `log`,
//! `cos` and `sin`, which are the platform's C library functions as the
//! Fortran runtime's are, so they match the reference built on the same C
//! library (glibc here).

use crate::scalar::{RealScalar, Scalar};

/// The multiplier of the generator (Fishman, Math. Comp. 1990).
const MULTIPLIER: u128 = 33_952_834_046_453;

/// Row `i` holds `MULTIPLIER^(i+1) mod 2^48` as four 12-bit limbs, most
/// significant first: the table `MM` of `dlaruv.f`, computed rather than copied.
const POWERS: [[i32; 4]; 128] = powers();

const fn powers() -> [[i32; 4]; 128] {
    let mut t = [[0; 4]; 128];
    let mut p: u128 = 1;
    let mut i = 0;
    while i < 128 {
        p = (p * MULTIPLIER) % (1 << 48);
        t[i] = [(p >> 36) as i32 & 4095, (p >> 24) as i32 & 4095, (p >> 12) as i32 & 4095, p as i32 & 4095];
        i += 1;
    }
    t
}

/// Fills `x` with uniform (0, 1) random numbers and advances the seed
/// (`slaruv`, `dlaruv`). At most 128 numbers are drawn per call: as in the
/// reference, entries past the 128th are left as they are.
///
/// `iseed` holds a 48-bit integer in four 12-bit limbs, most significant
/// first; its entries should lie in `0..4096` with `iseed[3]` odd. Number `i`
/// is `seed * a^(i+1) mod 2^48` scaled by `2^-48` and the new seed is
/// `seed * a^n`, `a = 33952834046453`. A number that rounds to exactly 1 in
/// `R` (possible for `f32`) is drawn again from a seed nudged by 2 in each
/// limb, as the reference does; the nudge carries on to the later numbers.
/// An empty `x` leaves the seed as it is.
pub fn laruv<R: RealScalar>(iseed: &mut [i32; 4], x: &mut [R]) {
    const B: i32 = 4096;
    let r = R::from_f64(1.0 / 4096.0);
    let one = R::one();
    let [mut i1, mut i2, mut i3, mut i4] = *iseed;
    let mut it = *iseed;
    for (xi, m) in x.iter_mut().zip(POWERS.iter()) {
        loop {
            // The product seed * a^(i+1) in 12-bit limbs with carries, modulo 2^48.
            // Wrapping arithmetic only matters for seeds outside the documented range.
            let mut it4 = i4.wrapping_mul(m[3]);
            let mut it3 = it4 / B;
            it4 -= B * it3;
            it3 = it3.wrapping_add(i3.wrapping_mul(m[3])).wrapping_add(i4.wrapping_mul(m[2]));
            let mut it2 = it3 / B;
            it3 -= B * it2;
            it2 = it2
                .wrapping_add(i2.wrapping_mul(m[3]))
                .wrapping_add(i3.wrapping_mul(m[2]))
                .wrapping_add(i4.wrapping_mul(m[1]));
            let mut it1 = it2 / B;
            it2 -= B * it1;
            it1 = it1
                .wrapping_add(i1.wrapping_mul(m[3]))
                .wrapping_add(i2.wrapping_mul(m[2]))
                .wrapping_add(i3.wrapping_mul(m[1]))
                .wrapping_add(i4.wrapping_mul(m[0]));
            it1 %= B;
            let f = |k: i32| R::from_f64(k as f64);
            let v = r * (f(it1) + r * (f(it2) + r * (f(it3) + r * f(it4))));
            it = [it1, it2, it3, it4];
            if v != one {
                *xi = v;
                break;
            }
            // The leading bits were all ones and the number rounded up to 1,
            // which the open interval excludes: draw again.
            i1 = i1.wrapping_add(2);
            i2 = i2.wrapping_add(2);
            i3 = i3.wrapping_add(2);
            i4 = i4.wrapping_add(2);
        }
    }
    *iseed = it;
}

/// The distribution [`larnv`] draws from (`idist` of `?larnv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dist {
    /// Uniform on (0, 1); each part of a complex number independently (1).
    Uniform01,
    /// Uniform on (-1, 1); each part of a complex number independently (2).
    UniformMinus1To1,
    /// Standard normal by Box-Muller; a complex number has a normal modulus
    /// and a uniform argument (3).
    Normal01,
    /// Uniform on the unit disc `|z| < 1`; complex only (4).
    UnitDisc,
    /// Uniform on the unit circle `|z| = 1`; complex only (5).
    UnitCircle,
}

impl Dist {
    /// Parses the reference's `idist`: 1, 2, 3 for every type, 4 and 5 only
    /// for complex ones.
    pub fn from_code(idist: i32, complex: bool) -> Option<Self> {
        match idist {
            1 => Some(Dist::Uniform01),
            2 => Some(Dist::UniformMinus1To1),
            3 => Some(Dist::Normal01),
            4 if complex => Some(Dist::UnitDisc),
            5 if complex => Some(Dist::UnitCircle),
            _ => None,
        }
    }
}

/// `ln` in the precision of `R` (`logf` for `f32`, as the Fortran `LOG` of a `REAL`).
fn ln<R: RealScalar>(x: R) -> R {
    if R::MANTISSA_DIGITS == f32::MANTISSA_DIGITS {
        R::from_f64((x.to_f64() as f32).ln() as f64)
    } else {
        R::from_f64(x.to_f64().ln())
    }
}

/// `(cos t, sin t)` in the precision of `R`: `exp(i t)` of the Fortran runtime.
fn cis<R: RealScalar>(t: R) -> (R, R) {
    if R::MANTISSA_DIGITS == f32::MANTISSA_DIGITS {
        let t = t.to_f64() as f32;
        (R::from_f64(t.cos() as f64), R::from_f64(t.sin() as f64))
    } else {
        let t = t.to_f64();
        (R::from_f64(t.cos()), R::from_f64(t.sin()))
    }
}

/// Fills `x` with random numbers from `dist` and advances the seed (`slarnv`,
/// `dlarnv`, `clarnv`, `zlarnv`); see [`laruv`] for the seed.
///
/// The uniforms are drawn in batches for 64 entries at a time: one uniform per
/// real entry (two for the normal distribution, which uses Box-Muller's cosine
/// branch only), two per complex entry.
///
/// # Panics
/// For [`Dist::UnitDisc`] and [`Dist::UnitCircle`] with a real type.
pub fn larnv<T: Scalar>(dist: Dist, iseed: &mut [i32; 4], x: &mut [T]) {
    assert!(
        T::IS_COMPLEX || !matches!(dist, Dist::UnitDisc | Dist::UnitCircle),
        "larnv: {dist:?} needs a complex type"
    );
    const LV: usize = 128;
    let mut u = [T::Real::zero(); LV];
    let (one, two) = (T::Real::one(), T::Real::from_f64(2.0));
    let twopi = T::Real::from_f64(core::f64::consts::TAU);
    for chunk in x.chunks_mut(LV / 2) {
        let il = chunk.len();
        let draws = if T::IS_COMPLEX || dist == Dist::Normal01 { 2 * il } else { il };
        laruv(iseed, &mut u[..draws]);
        if T::IS_COMPLEX {
            for (i, xi) in chunk.iter_mut().enumerate() {
                let (u1, u2) = (u[2 * i], u[2 * i + 1]);
                *xi = match dist {
                    Dist::Uniform01 => T::from_parts(u1, u2),
                    Dist::UniformMinus1To1 => T::from_parts(two * u1 - one, two * u2 - one),
                    Dist::Normal01 | Dist::UnitDisc | Dist::UnitCircle => {
                        let (c, s) = cis(twopi * u2);
                        let rho = match dist {
                            Dist::Normal01 => (-two * ln(u1)).sqrt(),
                            Dist::UnitDisc => u1.sqrt(),
                            _ => one,
                        };
                        if dist == Dist::UnitCircle {
                            T::from_parts(c, s)
                        } else {
                            T::from_parts(rho * c, rho * s)
                        }
                    }
                };
            }
        } else {
            for (i, xi) in chunk.iter_mut().enumerate() {
                let v = match dist {
                    Dist::Uniform01 => u[i],
                    Dist::UniformMinus1To1 => two * u[i] - one,
                    _ => (-two * ln(u[2 * i])).sqrt() * cis(twopi * u[2 * i + 1]).0,
                };
                *xi = T::from_real(v);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scalar::{c32, c64};

    #[test]
    fn multiplier_table_is_dlaruv_s() {
        // Rows of the DATA table of dlaruv.f (1-based row numbers 1, 2, 3, 64, 127, 128).
        assert_eq!(POWERS[0], [494, 322, 2508, 2549]);
        assert_eq!(POWERS[1], [2637, 789, 3754, 1145]);
        assert_eq!(POWERS[2], [255, 1440, 1766, 2253]);
        assert_eq!(POWERS[63], [2770, 1238, 1956, 2817]);
        assert_eq!(POWERS[126], [1148, 1848, 3525, 2141]);
        assert_eq!(POWERS[127], [545, 2366, 3801, 1537]);
    }

    #[test]
    fn laruv_matches_reference() {
        // Debian's LAPACK 3.11 dlaruv_/slaruv_ with seed (1, 2, 3, 5) and n = 10.
        let mut seed = [1, 2, 3, 5];
        let mut x = [0.0f64; 10];
        laruv(&mut seed, &mut x);
        assert_eq!(seed, [3024, 2990, 330, 2109]);
        assert_eq!([x[0].to_bits(), x[9].to_bits()], [0x3fe5f8f39dbc3920, 0x3fe7a175c29507a0]);
        let mut seed = [1, 2, 3, 5];
        let mut x = [0.0f32; 10];
        laruv(&mut seed, &mut x);
        assert_eq!(seed, [3024, 2990, 330, 2109]);
        assert_eq!([x[0].to_bits(), x[9].to_bits()], [0x3f2fc79d, 0x3f3d0bae]);
        // Seed 1 reveals the table itself: x_i = a^(i+1) / 2^48 exactly in f64.
        let mut seed = [0, 0, 0, 1];
        let mut x = [0.0f64; 128];
        laruv(&mut seed, &mut x);
        assert_eq!(seed, POWERS[127]);
        assert_eq!(x[0], 33_952_834_046_453.0 / 2f64.powi(48));
    }

    #[test]
    fn laruv_f32_redraws_a_one() {
        // seed * a = 2^48 - 3: the first number rounds to 1.0 in f32, so the reference
        // draws again from the seed nudged by 2 per limb (values from slaruv_).
        let crafted = [542, 639, 2263, 233];
        let mut seed = crafted;
        let mut x = [0.0f32; 3];
        laruv(&mut seed, &mut x);
        assert_eq!(seed, [3519, 358, 872, 1071]);
        assert_eq!(x.map(f32::to_bits), [0x3f5e4a08, 0x3f3428ab, 0x3f5bf166]);
        let mut seed = crafted;
        let mut x = [0.0f32; 1];
        laruv(&mut seed, &mut x);
        assert_eq!(seed, [3556, 2568, 1923, 999]);
        // In f64 the same number is representable below 1 and nothing is redrawn.
        let mut seed = crafted;
        let mut x = [0.0f64; 1];
        laruv(&mut seed, &mut x);
        assert_eq!(seed, [4095, 4095, 4095, 4093]);
        assert_eq!(x[0], 1.0 - 3.0 / 2f64.powi(48));
    }

    #[test]
    fn laruv_empty_keeps_seed_and_stream_is_uniform() {
        let mut seed = [7, 8, 9, 11];
        laruv::<f64>(&mut seed, &mut []);
        assert_eq!(seed, [7, 8, 9, 11]);
        // Past 128 numbers nothing is drawn or written.
        let (mut s1, mut s2) = (seed, seed);
        let (mut long, mut short) = ([-1.0f32; 130], [0.0f32; 128]);
        laruv(&mut s1, &mut long);
        laruv(&mut s2, &mut short);
        assert_eq!((s1, &long[..128], &long[128..]), (s2, &short[..], &[-1.0f32, -1.0][..]));
        let (mut sum, mut sq, mut count) = (0.0, 0.0, 0);
        let mut x = [0.0f64; 128];
        for _ in 0..100 {
            laruv(&mut seed, &mut x);
            for &v in &x {
                assert!(v > 0.0 && v < 1.0);
                sum += v;
                sq += v * v;
                count += 1;
            }
        }
        let mean = sum / count as f64;
        let var = sq / count as f64 - mean * mean;
        assert!((mean - 0.5).abs() < 0.01, "mean {mean}");
        assert!((var - 1.0 / 12.0).abs() < 0.005, "variance {var}");
    }

    #[test]
    fn dist_codes() {
        assert_eq!(Dist::from_code(1, false), Some(Dist::Uniform01));
        assert_eq!(Dist::from_code(2, true), Some(Dist::UniformMinus1To1));
        assert_eq!(Dist::from_code(3, false), Some(Dist::Normal01));
        assert_eq!(Dist::from_code(4, true), Some(Dist::UnitDisc));
        assert_eq!(Dist::from_code(5, true), Some(Dist::UnitCircle));
        assert_eq!(Dist::from_code(4, false), None);
        assert_eq!(Dist::from_code(5, false), None);
        assert_eq!(Dist::from_code(0, true), None);
        assert_eq!(Dist::from_code(6, true), None);
    }

    const DISTS: [Dist; 5] =
        [Dist::Uniform01, Dist::UniformMinus1To1, Dist::Normal01, Dist::UnitDisc, Dist::UnitCircle];

    /// Elements 0, 63, 64, 66 of a 67-element draw from seed (1, 2, 3, 5): two batches.
    fn picks<T: Scalar>(dist: Dist) -> ([i32; 4], [T; 4]) {
        let mut seed = [1, 2, 3, 5];
        let mut x = vec![T::zero(); 67];
        larnv(dist, &mut seed, &mut x);
        (seed, [x[0], x[63], x[64], x[66]])
    }

    #[test]
    fn larnv_real_matches_reference() {
        // Debian's LAPACK 3.11 dlarnv_/slarnv_, idist 1..3.
        let seeds = [[4087, 2012, 2508, 1793], [4087, 2012, 2508, 1793], [1877, 2206, 3597, 717]];
        let d: [[u64; 4]; 3] = [
            [0x3fe5f8f39dbc3920, 0x3fedd2a40e74e0a0, 0x3fd9083b77713240, 0x3fefeefb9398e020],
            [0x3fd7e3ce76f0e480, 0x3feba5481ce9c140, 0xbfcbdf12223b3700, 0x3fefddf72731c040],
            [0x3fe778c28b513519, 0xc0065aeb40b3e4eb, 0x3fbc1c04f3e2e388, 0xbfee34d5a5b6e72f],
        ];
        let s: [[u32; 4]; 3] = [
            [0x3f2fc79d, 0x3f6e9520, 0x3ec841dc, 0x3f7f77dd],
            [0x3ebf1e74, 0x3f5d2a40, 0xbe5ef890, 0x3f7eefba],
            [0x3f3bc613, 0xc032d756, 0x3de0e017, 0xbf71a6ae],
        ];
        for k in 0..3 {
            let (seed, x) = picks::<f64>(DISTS[k]);
            assert_eq!(seed, seeds[k]);
            assert_eq!(x.map(f64::to_bits), d[k], "{:?}", DISTS[k]);
            let (seed, x) = picks::<f32>(DISTS[k]);
            assert_eq!(seed, seeds[k]);
            assert_eq!(x.map(f32::to_bits), s[k], "{:?}", DISTS[k]);
        }
    }

    #[test]
    fn larnv_complex_matches_reference() {
        // Debian's LAPACK 3.11 zlarnv_/clarnv_, idist 1..5: re of x0, im of x63, re of x64, im of x66.
        let z: [[u64; 4]; 5] = [
            [0x3fe5f8f39dbc3920, 0x3fe430d91883c0a0, 0x3fd2512d13a9f240, 0x3fdd5627b834b340],
            [0x3fd7e3ce76f0e480, 0x3fd0c364620f0280, 0xbfdb5da5d8ac1b80, 0xbfb54ec23e5a6600],
            [0x3fe778c28b513519, 0xc00818a82eba437b, 0x3fbc1c04f3e2e388, 0x3fd02aca30e578e0],
            [0x3fe66e1cd5a8b003, 0xbf86100a453872c3, 0x3fa303877ec2d509, 0x3fca101be8362cfa],
            [0x3feb1195fdef9b61, 0xbfe775876bfcd272, 0x3fb1c5414422ff5b, 0x3fd08b80d961a56e],
        ];
        let c: [[u32; 4]; 5] = [
            [0x3f2fc79d, 0x3f2186c9, 0x3e928969, 0x3eeab13e],
            [0x3ebf1e74, 0x3e861b24, 0xbedaed2e, 0xbdaa7610],
            [0x3f3bc613, 0xc040c543, 0x3de0e017, 0x3e81564c],
            [0x3f3370e5, 0xbc308055, 0x3d181c32, 0x3e5080d6],
            [0x3f588cae, 0xbf3bac3e, 0x3d8e2a00, 0x3e845c01],
        ];
        for k in 0..5 {
            let (seed, x) = picks::<c64>(DISTS[k]);
            assert_eq!(seed, [1877, 2206, 3597, 717]);
            assert_eq!([x[0].re, x[1].im, x[2].re, x[3].im].map(f64::to_bits), z[k], "{:?}", DISTS[k]);
            let (seed, x) = picks::<c32>(DISTS[k]);
            assert_eq!(seed, [1877, 2206, 3597, 717]);
            assert_eq!([x[0].re, x[1].im, x[2].re, x[3].im].map(f32::to_bits), c[k], "{:?}", DISTS[k]);
        }
    }

    #[test]
    fn larnv_batches_are_laruv_calls() {
        // Real uniforms: 64 per batch, one each; complex: two per entry.
        let mut s1 = [9, 99, 999, 4001];
        let mut s2 = s1;
        let mut x = vec![0.0f64; 70];
        larnv(Dist::Uniform01, &mut s1, &mut x);
        let mut u = [0.0f64; 64];
        laruv(&mut s2, &mut u);
        assert_eq!(&x[..64], &u[..]);
        laruv(&mut s2, &mut u[..6]);
        assert_eq!(&x[64..], &u[..6]);
        assert_eq!(s1, s2);
        let mut z = vec![c64::new(0.0, 0.0); 3];
        larnv(Dist::Uniform01, &mut s1, &mut z);
        laruv(&mut s2, &mut u[..6]);
        assert_eq!(z, [c64::new(u[0], u[1]), c64::new(u[2], u[3]), c64::new(u[4], u[5])]);
        assert_eq!(s1, s2);
        // Empty: no draw, seed unchanged.
        larnv::<f32>(Dist::Normal01, &mut s1, &mut []);
        assert_eq!(s1, s2);
    }

    fn moments<T: Scalar>(dist: Dist, n: usize) -> (f64, f64, f64, f64) {
        let mut seed = [11, 22, 33, 45];
        let mut x = vec![T::zero(); n];
        larnv(dist, &mut seed, &mut x);
        let (mut m, mut v, mut lo, mut hi) = (0.0, 0.0, f64::INFINITY, f64::NEG_INFINITY);
        for z in &x {
            for p in [z.re().to_f64(), z.im().to_f64()].into_iter().take(if T::IS_COMPLEX { 2 } else { 1 }) {
                m += p;
                v += p * p;
                lo = lo.min(p);
                hi = hi.max(p);
            }
        }
        let k = (n * if T::IS_COMPLEX { 2 } else { 1 }) as f64;
        (m / k, v / k - (m / k) * (m / k), lo, hi)
    }

    fn statistics<T: Scalar>() {
        let (m, v, lo, hi) = moments::<T>(Dist::Uniform01, 5000);
        assert!((m - 0.5).abs() < 0.02 && (v - 1.0 / 12.0).abs() < 0.01 && lo > 0.0 && hi < 1.0);
        let (m, v, lo, hi) = moments::<T>(Dist::UniformMinus1To1, 5000);
        assert!(m.abs() < 0.04 && (v - 1.0 / 3.0).abs() < 0.03 && lo > -1.0 && hi < 1.0);
        let (m, v, _, _) = moments::<T>(Dist::Normal01, 5000);
        // A complex normal has modulus sqrt(-2 ln u): each part has variance 1.
        assert!(m.abs() < 0.05 && (v - 1.0).abs() < 0.08, "normal mean {m} variance {v}");
        if T::IS_COMPLEX {
            let mut seed = [5, 6, 7, 9];
            let mut x = vec![T::zero(); 3000];
            larnv(Dist::UnitCircle, &mut seed, &mut x);
            let eps = T::Real::EPSILON.to_f64();
            for z in &x {
                let r = z.re().to_f64().hypot(z.im().to_f64());
                assert!((r - 1.0).abs() <= 4.0 * eps);
            }
            larnv(Dist::UnitDisc, &mut seed, &mut x);
            let mut mean_sq = 0.0;
            for z in &x {
                let r2 = z.re().to_f64().powi(2) + z.im().to_f64().powi(2);
                assert!(r2 < 1.0);
                mean_sq += r2 / x.len() as f64;
            }
            assert!((mean_sq - 0.5).abs() < 0.03, "disc mean |z|^2 {mean_sq}");
        }
    }

    #[test]
    fn larnv_statistics_all_types() {
        statistics::<f32>();
        statistics::<f64>();
        statistics::<c32>();
        statistics::<c64>();
    }

    #[test]
    fn twopi_rounds_as_the_reference_literal() {
        assert_eq!((core::f64::consts::TAU as f32).to_bits(), 6.283_185_5_f32.to_bits());
    }

    #[test]
    #[should_panic(expected = "needs a complex type")]
    fn real_unit_disc_is_refused() {
        let mut seed = [1, 2, 3, 5];
        larnv(Dist::UnitDisc, &mut seed, &mut [0.0f64; 2]);
    }
}
