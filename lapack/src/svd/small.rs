//! Singular values and vectors of a 2x2 upper triangular matrix
//! `[f g; 0 h]` (`?las2`, `?lasv2`), accurate to a few ulps even when the
//! entries differ by many orders of magnitude: the building block of the
//! bidiagonal QR iteration ([`bdsqr`](super::bdsqr)) and of `?lasq1`.

use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::scalar::RealScalar;

/// The singular values `(ssmin, ssmax)` of `[f g; 0 h]` (`slas2`, `dlas2`),
/// `ssmin <= ssmax`, both non-negative. Barring over- or underflow of the
/// result, both are accurate to a few ulps (the smaller one relative to
/// itself, not to the larger one).
pub fn las2<R: RealScalar>(f: R, g: R, h: R) -> (R, R) {
    let (zero, one, two) = (R::zero(), R::one(), R::from_f64(2.0));
    let (fa, ga, ha) = (f.abs(), g.abs(), h.abs());
    if f.is_nan() || g.is_nan() || h.is_nan() {
        // min/max below would drop a NaN.
        let nan = f + g + h;
        return (nan, nan);
    }
    let fhmn = fa.min(ha);
    let fhmx = fa.max(ha);
    if fhmn == zero {
        // A zero diagonal entry: the matrix has rank <= 1.
        let ssmax = if fhmx == zero {
            ga
        } else {
            let big = fhmx.max(ga);
            let small = fhmx.min(ga);
            big * (one + (small / big) * (small / big)).sqrt()
        };
        return (zero, ssmax);
    }
    if ga < fhmx {
        // sigma_min * sigma_max = fhmn * fhmx and sigma_min + sigma_max
        // is formed from the differences, which never cancel.
        let as_ = one + fhmn / fhmx;
        let at = (fhmx - fhmn) / fhmx;
        let au = (ga / fhmx) * (ga / fhmx);
        let c = two / ((as_ * as_ + au).sqrt() + (at * at + au).sqrt());
        (fhmn * c, fhmx / c)
    } else {
        let au = fhmx / ga;
        if au == zero {
            // g dwarfs both diagonal entries: (fhmn * fhmx) / ga cannot
            // lose accuracy, while the general formula would underflow.
            ((fhmn * fhmx) / ga, ga)
        } else {
            let as_ = one + fhmn / fhmx;
            let at = (fhmx - fhmn) / fhmx;
            let c = one / ((one + (as_ * au) * (as_ * au)).sqrt() + (one + (at * au) * (at * au)).sqrt());
            let ssmin = (fhmn * c) * au;
            (ssmin + ssmin, ga / (c + c))
        }
    }
}

/// The singular value decomposition of a 2x2 upper triangular matrix
/// (`slasv2`, `dlasv2`), see [`lasv2`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Svd2<R> {
    /// The singular value of smaller magnitude (may be negative).
    pub ssmin: R,
    /// The singular value of larger magnitude (may be negative).
    pub ssmax: R,
    /// Sine of the right rotation.
    pub snr: R,
    /// Cosine of the right rotation.
    pub csr: R,
    /// Sine of the left rotation.
    pub snl: R,
    /// Cosine of the left rotation.
    pub csl: R,
}

/// The SVD of `[f g; 0 h]` (`slasv2`, `dlasv2`):
/// `[csl snl; -snl csl] [f g; 0 h] [csr -snr; snr csr] = [ssmax 0; 0 ssmin]`,
/// `|ssmax| >= |ssmin|`. The singular values are accurate to a few ulps and
/// the rotations to a few ulps relative to one (barring over- or underflow);
/// the signs of `ssmax` and `ssmin` are whatever makes the identity hold.
pub fn lasv2<R: RealScalar>(f: R, g: R, h: R) -> Svd2<R> {
    let (zero, half, one, two, four) = (R::zero(), R::from_f64(0.5), R::one(), R::from_f64(2.0), R::from_f64(4.0));
    // Work with |ft| >= |ht|; `swap` remembers whether the roles of the
    // rotations were exchanged by transposing the anti-diagonal.
    let (mut ft, mut ht) = (f, h);
    let (mut fa, mut ha) = (f.abs(), h.abs());
    // Which entry is largest in magnitude: decides whose sign fixes the
    // signs of the singular values at the end.
    #[derive(PartialEq)]
    enum Largest {
        F,
        G,
        H,
    }
    let mut pmax = Largest::F;
    let swap = ha > fa;
    if swap {
        pmax = Largest::H;
        core::mem::swap(&mut ft, &mut ht);
        core::mem::swap(&mut fa, &mut ha);
    }
    let gt = g;
    let ga = gt.abs();
    let (ssmin, ssmax, clt, crt, slt, srt);
    if ga == zero {
        // Already diagonal.
        ssmin = ha;
        ssmax = fa;
        clt = one;
        crt = one;
        slt = zero;
        srt = zero;
    } else {
        let mut very_large_g = false;
        if ga > fa {
            pmax = Largest::G;
            very_large_g = fa / ga < lamch::<R>(Machine::Eps);
        }
        if very_large_g {
            // g dominates to working precision: the singular values are g
            // and f h / g, the rotations nearly the anti-identity.
            ssmax = ga;
            ssmin = if ha > one { fa / (ga / ha) } else { (fa / ga) * ha };
            clt = one;
            slt = ht / gt;
            srt = one;
            crt = ft / gt;
        } else {
            let d = fa - ha;
            // l = (|f| - |h|) / |f| in [0, 1]; exactly 1 when f is infinite.
            let mut l = if d == fa { one } else { d / fa };
            let m = gt / ft;
            let mut t = two - l;
            let mm = m * m;
            let tt = t * t;
            let s = (tt + mm).sqrt();
            let r = if l == zero { m.abs() } else { (l * l + mm).sqrt() };
            let a = half * (s + r);
            ssmin = ha / a;
            ssmax = fa * a;
            if mm == zero {
                // m is tiny: its square underflowed.
                t = if l == zero { two.copysign(ft) * one.copysign(gt) } else { gt / d.copysign(ft) + m / t };
            } else {
                t = (m / (s + t) + m / (r + l)) * (one + a);
            }
            l = (t * t + four).sqrt();
            crt = two / l;
            srt = t / l;
            clt = (crt + srt * m) / a;
            slt = (ht / ft) * srt / a;
        }
    }
    let (csl, snl, csr, snr) = if swap { (srt, crt, slt, clt) } else { (clt, slt, crt, srt) };
    let sign = |x: R| one.copysign(x);
    let tsign = match pmax {
        Largest::F => sign(csr) * sign(csl) * sign(f),
        Largest::G => sign(snr) * sign(csl) * sign(g),
        Largest::H => sign(snr) * sign(snl) * sign(h),
    };
    Svd2 { ssmax: ssmax.copysign(tsign), ssmin: ssmin.copysign(tsign * sign(f) * sign(h)), snr, csr, snl, csl }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The singular values of [f g; 0 h] from the eigenvalues of A^T A in
    /// double-double-free closed form, computed in f64 for f32 inputs.
    fn check_las2<R: RealScalar>(f: f64, g: f64, h: f64, tol: f64) {
        let (mn, mx) = las2(R::from_f64(f), R::from_f64(g), R::from_f64(h));
        let (f, g, h) = (R::from_f64(f).to_f64(), R::from_f64(g).to_f64(), R::from_f64(h).to_f64());
        // sigma_max from the Frobenius norm and the determinant: s1^2 + s2^2 = |A|_F^2, s1 s2 = |f h|.
        let fro2 = f * f + g * g + h * h;
        let det = (f * h).abs();
        let disc = ((fro2 - 2.0 * det) * (fro2 + 2.0 * det)).max(0.0).sqrt();
        let smax = ((fro2 + disc) / 2.0).sqrt();
        let smin = if smax == 0.0 { 0.0 } else { det / smax };
        let (mn, mx) = (mn.to_f64(), mx.to_f64());
        assert!((mx - smax).abs() <= tol * smax, "las2 max {mx} vs {smax} ({f} {g} {h})");
        assert!((mn - smin).abs() <= tol * smin.max(f64::MIN_POSITIVE), "las2 min {mn} vs {smin} ({f} {g} {h})");
    }

    fn check_lasv2<R: RealScalar>(f: f64, g: f64, h: f64, tol: f64) {
        let (fr, gr, hr) = (R::from_f64(f), R::from_f64(g), R::from_f64(h));
        let s = lasv2(fr, gr, hr);
        let (f, g, h) = (fr.to_f64(), gr.to_f64(), hr.to_f64());
        let (csl, snl, csr, snr) = (s.csl.to_f64(), s.snl.to_f64(), s.csr.to_f64(), s.snr.to_f64());
        assert!((csl * csl + snl * snl - 1.0).abs() <= tol && (csr * csr + snr * snr - 1.0).abs() <= tol);
        // [csl snl; -snl csl] [f g; 0 h] [csr -snr; snr csr]
        let a11 = csl * f;
        let a12 = csl * g + snl * h;
        let a21 = -snl * f;
        let a22 = -snl * g + csl * h;
        let r11 = a11 * csr + a12 * snr;
        let r12 = -a11 * snr + a12 * csr;
        let r21 = a21 * csr + a22 * snr;
        let r22 = -a21 * snr + a22 * csr;
        let scale = f.abs().max(g.abs()).max(h.abs());
        assert!((r11 - s.ssmax.to_f64()).abs() <= tol * scale, "lasv2 ssmax {r11} vs {:?}", s.ssmax.to_f64());
        assert!((r22 - s.ssmin.to_f64()).abs() <= tol * scale, "lasv2 ssmin {r22} vs {:?}", s.ssmin.to_f64());
        assert!(r12.abs() <= tol * scale && r21.abs() <= tol * scale, "lasv2 off-diagonal {r12} {r21}");
        assert!(s.ssmax.abs() >= s.ssmin.abs());
        let (mn, mx) = las2(fr, gr, hr);
        let t = R::EPSILON.to_f64() * 8.0;
        assert!((s.ssmax.abs().to_f64() - mx.to_f64()).abs() <= t * mx.to_f64());
        assert!((s.ssmin.abs().to_f64() - mn.to_f64()).abs() <= t * mn.to_f64().max(f64::MIN_POSITIVE));
    }

    const CASES: [(f64, f64, f64); 14] = [
        (1.0, 0.0, 1.0),
        (3.0, 4.0, 5.0),
        (-3.0, 4.0, -5.0),
        (1.0, 1.0, 1.0),
        (2.0, -1e-3, 1e-4),
        (1e-4, 1.0, 2.0),
        (1e-10, 1e10, 1e-10),
        (1.0, 1e20, 1.0),
        (0.0, 1.0, 0.0),
        (0.0, 3.0, 4.0),
        (4.0, 3.0, 0.0),
        (0.0, 0.0, 0.0),
        (1e15, 1.0, 1e-15),
        (-7.0, 2.5, 7.0),
    ];

    #[test]
    fn las2_and_lasv2_match_closed_forms() {
        for &(f, g, h) in &CASES {
            check_las2::<f64>(f, g, h, 1e-14);
            check_las2::<f32>(f, g, h, 1e-6);
            check_lasv2::<f64>(f, g, h, 1e-14);
            check_lasv2::<f32>(f, g, h, 1e-6);
        }
    }

    #[test]
    fn las2_small_singular_value_is_relatively_accurate() {
        // [1 1; 0 1e-30]: sigma_min = 1e-30 / sqrt(2) * (1 + O(1e-60)).
        let (mn, mx) = las2(1.0f64, 1.0, 1e-30);
        assert!((mn / (1e-30 / 2f64.sqrt()) - 1.0).abs() < 4.0 * f64::EPSILON);
        assert!((mx - 2f64.sqrt()).abs() < 4.0 * f64::EPSILON);
        let s = lasv2(1.0f64, 1.0, 1e-30);
        assert!((s.ssmin.abs() / (1e-30 / 2f64.sqrt()) - 1.0).abs() < 4.0 * f64::EPSILON);
    }

    #[test]
    fn nan_propagates() {
        let (mn, mx) = las2(f64::NAN, 1.0, 1.0);
        assert!(mn.is_nan() || mx.is_nan());
        let s = lasv2(1.0, f64::NAN, 1.0);
        assert!(s.ssmax.is_nan() || s.csl.is_nan() || s.csr.is_nan());
    }
}
