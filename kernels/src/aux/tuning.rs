//! The tuning queries of LAPACK: block sizes and crossover points (`ilaenv`),
//! the parameters of the multishift QR and QZ iterations (`iparmq`), those of
//! the two-stage reductions (`ilaenv2stage`), the IEEE arithmetic checks
//! (`ieeeck`) and the version of the interface (`ilaver`).
//!
//! This is the one tuning module of DESIGN.md: ferroblas's own LAPACK routines
//! take their block sizes from here, never from constants of their own, so a
//! change of a value is made in one place. The values are those of reference
//! LAPACK 3.11, and routine names are matched as the reference matches them:
//! the first letter gives the precision (S, D real; C, Z complex), letters 2-3
//! the matrix type and 4-6 the operation; a name is upper-cased only when its
//! first letter is lower case, and then only in its first six characters
//! (`"dgetrf"` and `"DGETRF"` match, `"Dgetrf"` does not). Names are read as
//! Fortran reads a `CHARACTER*16` (`*12` for `ilaenv2stage`, `*6` for
//! `iparmq`): cut to that length, padded with blanks.

use core::num::Wrapping as W;

/// A routine name as the reference holds it: the first `N` bytes of `name`
/// padded with blanks, upper-cased in its first `upper` bytes when the first
/// byte is a lower-case letter.
fn subnam<const N: usize>(name: &str, upper: usize) -> [u8; N] {
    let mut s = [b' '; N];
    for (d, &c) in s.iter_mut().zip(name.as_bytes()) {
        *d = c;
    }
    if s[0].is_ascii_lowercase() {
        for c in s.iter_mut().take(upper) {
            *c = c.to_ascii_uppercase();
        }
    }
    s
}

/// The operations whose orthogonal/unitary factors (`xORGQR`, `xUNMBR`, ...)
/// are blocked.
const ORTHOGONAL_OPS: [&[u8]; 7] = [b"QR", b"RQ", b"LQ", b"QL", b"HR", b"TR", b"BR"];

/// The parts of a name `ilaenv` looks at.
struct Name {
    subnam: [u8; 16],
    real: bool,
}

impl Name {
    /// `None` when the first letter names no precision.
    fn parse(name: &str) -> Option<Self> {
        let subnam = subnam::<16>(name, 6);
        let real = matches!(subnam[0], b'S' | b'D');
        let complex = matches!(subnam[0], b'C' | b'Z');
        (real || complex).then_some(Name { subnam, real })
    }

    /// Matrix type: characters 2-3.
    fn c2(&self) -> &[u8] {
        &self.subnam[1..3]
    }

    /// Operation: characters 4-6.
    fn c3(&self) -> &[u8] {
        &self.subnam[3..6]
    }

    /// The factor kind of `xORGxx`/`xUNMxx`: characters 5-6.
    fn c4(&self) -> &[u8] {
        &self.subnam[4..6]
    }

    /// Whether the type is the precision's own orthogonal (`OR`) or unitary
    /// (`UN`) one, and the operation generates (`G`) or multiplies by (`M`)
    /// a blocked factor.
    fn is_blocked_orthogonal(&self, ops: &[u8]) -> bool {
        let own = if self.real { b"OR" } else { b"UN" };
        self.c2() == own && ops.contains(&self.c3()[0]) && ORTHOGONAL_OPS.contains(&self.c4())
    }

    /// The two-stage variants (`xSYTRF_AA_2STAGE`) carry a `2` at position 11.
    fn two_stage(&self) -> bool {
        self.subnam[10] == b'2'
    }

    /// The tall-skinny QR/LQ (`xGEQR`, `xGELQ`): the optimal "block" is the
    /// whole panel while it is small, else a panel of 32768 elements.
    fn tall_skinny_nb(n1: i32, n2: i32) -> i32 {
        if n1.wrapping_mul(n2) <= 131072 || n1 <= 8192 {
            n1
        } else {
            32768 / n2
        }
    }

    /// ISPEC = 1: the optimal block size; 1 means unblocked.
    fn nb(&self, n1: i32, n2: i32, n3: i32, n4: i32) -> i32 {
        let (real, c3) = (self.real, self.c3());
        if &self.subnam[1..6] == b"LAORH" {
            return 32;
        }
        match self.c2() {
            b"GE" => match c3 {
                b"TRF" | b"TRI" => 64,
                b"QRF" | b"RQF" | b"LQF" | b"QLF" | b"HRD" | b"BRD" => 32,
                b"QR " if n3 == 1 => Self::tall_skinny_nb(n1, n2),
                b"LQ " if n3 == 2 => Self::tall_skinny_nb(n1, n2),
                _ => 1,
            },
            b"PO" if c3 == b"TRF" => 64,
            b"SY" => match c3 {
                b"TRF" if self.two_stage() => 192,
                b"TRF" => 64,
                b"TRD" if real => 32,
                b"GST" if real => 64,
                _ => 1,
            },
            b"HE" if !real => match c3 {
                b"TRF" if self.two_stage() => 192,
                b"TRF" | b"GST" => 64,
                b"TRD" => 32,
                _ => 1,
            },
            b"OR" | b"UN" if self.is_blocked_orthogonal(b"GM") => 32,
            b"GB" if c3 == b"TRF" => {
                if n4 <= 64 {
                    1
                } else {
                    32
                }
            }
            b"PB" if c3 == b"TRF" => {
                if n2 <= 64 {
                    1
                } else {
                    32
                }
            }
            b"TR" => match c3 {
                b"TRI" | b"EVC" => 64,
                // The cap keeps the scaling of the blocked Sylvester solver moderate.
                b"SYL" if real => (n1.min(n2).wrapping_mul(16) / 100).clamp(48, 240),
                b"SYL" => (n1.min(n2).wrapping_mul(8) / 100).clamp(24, 80),
                _ => 1,
            },
            b"LA" => match c3 {
                b"UUM" => 64,
                b"TRS" => 32,
                _ => 1,
            },
            b"ST" if real && c3 == b"EBZ" => 1,
            b"GG" => 32,
            _ => 1,
        }
    }

    /// ISPEC = 2: the smallest block size worth a blocked algorithm.
    fn nbmin(&self) -> i32 {
        if self.c2() == b"SY" && self.c3() == b"TRF" {
            8
        } else {
            2
        }
    }

    /// ISPEC = 3: the order below which a blocked routine finishes unblocked.
    fn nx(&self) -> i32 {
        let (real, c3) = (self.real, self.c3());
        match self.c2() {
            b"GE" if matches!(c3, b"QRF" | b"RQF" | b"LQF" | b"QLF" | b"HRD" | b"BRD") => 128,
            b"SY" if real && c3 == b"TRD" => 32,
            b"HE" if !real && c3 == b"TRD" => 32,
            b"OR" | b"UN" if self.is_blocked_orthogonal(b"G") => 128,
            b"GG" => 128,
            _ => 0,
        }
    }
}

/// LAPACK's environment query `ILAENV(ISPEC, NAME, OPTS, N1, N2, N3, N4)`:
/// the tuning parameter `ispec` for routine `name` with options `opts` and
/// problem dimensions `n1..n4` (unused ones -1), as reference LAPACK 3.11
/// gives it.
///
/// - 1: optimal block size NB (1: unblocked); 2: minimum block size NBMIN;
///   3: crossover NX below which blocked code goes unblocked;
/// - 4: shifts of the old multishift QR (6); 5: minimum column dimension
///   for blocking (2); 6: the SVD's QR-first crossover,
///   `int(real(min(n1, n2)) * 1.6)`; 7: processors (1); 8: multishift QR
///   crossover (50); 9: smallest divide-and-conquer subproblem (25);
/// - 10: 1 when NaN and infinity arithmetic work ([`ieeeck`] 1); 11: 1 when
///   infinity arithmetic works ([`ieeeck`] 0);
/// - 12..17: [`iparmq`] with `(n, ilo, ihi, lwork) = (n1, n2, n3, n4)`;
/// - anything else: -1.
///
/// A name that does not start with S, D, C or Z gets 1 for ISPEC 1..3.
pub fn ilaenv(ispec: i32, name: &str, opts: &str, n1: i32, n2: i32, n3: i32, n4: i32) -> i32 {
    match ispec {
        1..=3 => match Name::parse(name) {
            None => 1,
            Some(nm) if ispec == 1 => nm.nb(n1, n2, n3, n4),
            Some(nm) if ispec == 2 => nm.nbmin(),
            Some(nm) => nm.nx(),
        },
        4 => 6,
        5 => 2,
        6 => svd_crossover(n1.min(n2)),
        7 => 1,
        8 => 50,
        9 => 25,
        10 => ieeeck(1, 0.0, 1.0),
        11 => ieeeck(0, 0.0, 1.0),
        12..=17 => iparmq(ispec, name, opts, n1, n2, n3, n4),
        _ => -1,
    }
}

/// `INT(REAL(m) * 1.6E0)` in single precision, truncated toward zero. Out of
/// the `i32` range the reference's conversion (x86-64 `cvttss2si`) gives
/// `i32::MIN`, and so does this.
fn svd_crossover(m: i32) -> i32 {
    let x = m as f32 * 1.6f32;
    if (-2147483648.0..2147483648.0).contains(&x) {
        x as i32
    } else {
        i32::MIN
    }
}

/// LAPACK's `IPARMQ(ISPEC, NAME, OPTS, N, ILO, IHI, LWORK)`: the parameters
/// of the small-bulge multishift QR (`xHSEQR`, `xLAQR0..5`) and of the
/// blocked QZ and reordering routines, for a Hessenberg matrix whose active
/// block is rows and columns `ilo..=ihi` (1-based, as the reference's
/// callers pass them; only `ihi - ilo + 1` matters), as reference LAPACK
/// 3.11 gives them.
///
/// - 12: the order below which `xLAHQR` (double-shift QR) is used (75);
/// - 13: the deflation window: NS for `nh <= 500`, else `3 * NS / 2`;
/// - 14: the nibble crossover, in percent of the window (14);
/// - 15: NS, the number of simultaneous shifts, growing with `nh` from 2
///   to 256 (always even);
/// - 16: whether to accumulate reflections (0, 1, 2: also exploit the 2x2
///   block structure): for `xGGHRD`/`xGGHD3` 1, or 2 from `nh >= 14`; for
///   `x??EXC` and, by NS, for `xHSEQR`/`xLAQR*` 2 from 14, else 0;
/// - 17: the relative cost of the near-diagonal chase, in percent (10);
/// - anything else: -1.
pub fn iparmq(ispec: i32, name: &str, opts: &str, n: i32, ilo: i32, ihi: i32, lwork: i32) -> i32 {
    // The reference reads neither the options, the order nor the workspace.
    let _ = (opts, n, lwork);
    // Shifts, window and accumulation depend on the active block's order.
    let nh = ihi.wrapping_sub(ilo).wrapping_add(1);
    let ns = shifts(nh);
    const ACCUMULATE_MIN: i32 = 14;
    match ispec {
        12 => 75,
        13 => {
            if nh <= 500 {
                ns
            } else {
                3 * ns / 2
            }
        }
        14 => 14,
        15 => ns,
        16 => {
            let s = subnam::<6>(name, 6);
            let (op5, op3) = (&s[1..6], &s[3..6]);
            if op5 == b"GGHRD" || op5 == b"GGHD3" {
                if nh >= ACCUMULATE_MIN {
                    2
                } else {
                    1
                }
            } else if op3 == b"EXC" {
                if nh >= ACCUMULATE_MIN {
                    2
                } else {
                    0
                }
            } else if (op5 == b"HSEQR" || &s[1..5] == b"LAQR") && ns >= ACCUMULATE_MIN {
                2
            } else {
                0
            }
        }
        17 => 10,
        _ => -1,
    }
}

/// The number of simultaneous shifts for an active block of order `nh`:
/// 2, 4, 10, then `nh / round(log2(nh))` (at least 10) from 150, 64 from
/// 590, 128 from 3000, 256 from 6000; made even. The logarithm is taken in
/// single precision, as the reference does.
fn shifts(nh: i32) -> i32 {
    let ns = match nh {
        i32::MIN..=29 => 2,
        30..=59 => 4,
        60..=149 => 10,
        150..=589 => 10.max(nh / ((nh as f32).ln() / 2f32.ln()).round() as i32),
        590..=2999 => 64,
        3000..=5999 => 128,
        _ => 256,
    };
    2.max(ns - ns % 2)
}

/// LAPACK's `IEEECK(ISPEC, ZERO, ONE)`: 1 when single-precision infinity
/// arithmetic behaves as IEEE 754 says (`one / zero` is +Inf, signed zeros
/// give signed infinities, Inf * Inf is Inf) and, unless `ispec` is 0, NaN
/// arithmetic too (Inf - Inf, Inf / Inf, Inf * 0, ... compare unequal to
/// themselves); 0 at the first check that fails. Called with `zero = 0`,
/// `one = 1` it answers 1 on every machine Rust supports; other arguments
/// change the arithmetic checked, as in the reference.
pub fn ieeeck(ispec: i32, zero: f32, one: f32) -> i32 {
    let posinf = one / zero;
    if posinf <= one {
        return 0;
    }
    let neginf = -one / zero;
    if neginf >= zero {
        return 0;
    }
    let negzro = one / (neginf + one);
    if negzro != zero {
        return 0;
    }
    let neginf = one / negzro;
    if neginf >= zero {
        return 0;
    }
    let newzro = negzro + zero;
    if newzro != zero {
        return 0;
    }
    let posinf = one / newzro;
    if posinf <= one {
        return 0;
    }
    let neginf = neginf * posinf;
    if neginf >= zero {
        return 0;
    }
    let posinf = posinf * posinf;
    if posinf <= one {
        return 0;
    }
    if ispec == 0 {
        return 1;
    }
    let nan5 = neginf * negzro;
    // Inf / Inf is one of the NaN-producing operations under test.
    #[allow(clippy::eq_op)]
    let nans = [posinf + neginf, posinf / neginf, posinf / posinf, posinf * zero, nan5, nan5 * zero];
    if nans.iter().all(|x| x.is_nan()) {
        1
    } else {
        0
    }
}

/// LAPACK's `ILAENV2STAGE(ISPEC, NAME, OPTS, N1, N2, N3, N4)`: the parameters
/// of the two-stage tridiagonal and bidiagonal reductions
/// (`xSYTRD_2STAGE`, `xHETRD_HE2HB`, `xGEBRD_GB2BD`, ...), as reference
/// LAPACK 3.11 gives them on one thread: ISPEC 1..5 are [`iparam2stage`]'s
/// 17..21 (KD, IB, LHOUS, LWORK, NX); anything else -1.
pub fn ilaenv2stage(ispec: i32, name: &str, opts: &str, n1: i32, n2: i32, n3: i32, n4: i32) -> i32 {
    match ispec {
        1..=5 => iparam2stage(16 + ispec, name, opts, n1, n2, n3, n4),
        _ => -1,
    }
}

/// LAPACK's `IPARAM2STAGE(ISPEC, NAME, OPTS, NI, NBI, IBI, NXI)` with one
/// thread (the reference asks OpenMP; ferroblas's reductions are decided by
/// the problem, never by the thread count):
///
/// - 17: KD, the band width of the first stage: 16 complex, 32 real;
/// - 18: IB, the inner block of the first stage: 16;
/// - 19: LHOUS, the length of the second stage's Householder store:
///   `max(1, 4 * ni)`, plus `ibi` unless `opts` starts with `N`;
/// - 20: LWORK, the workspace of the stage named by characters 8-12 of
///   `name` (`2STAG` both, `SY2SB`/`HE2HB`/`GE2GB` the first,
///   `SB2ST`/`HB2ST`/`GB2BD` the second) for algorithm `TRD` or `BRD`
///   (characters 4-6), with `ni` the order and `nbi` the band width; 1 for
///   any other name;
/// - 21: `nxi`;
/// - anything else, or (but for 19) a name whose first letter is no
///   precision: -1.
pub fn iparam2stage(ispec: i32, name: &str, opts: &str, ni: i32, nbi: i32, ibi: i32, nxi: i32) -> i32 {
    iparam2stage_with(ilaenv, ispec, name, opts, ni, nbi, ibi, nxi)
}

/// [`iparam2stage`] asking `ilaenv` for the QR and LQ block sizes of ISPEC 20,
/// as the reference asks the process's `ILAENV` (a test program's own one,
/// which sweeps block sizes, included).
#[allow(clippy::too_many_arguments)]
pub fn iparam2stage_with(
    ilaenv: impl Fn(i32, &str, &str, i32, i32, i32, i32) -> i32,
    ispec: i32,
    name: &str,
    opts: &str,
    ni: i32,
    nbi: i32,
    ibi: i32,
    nxi: i32,
) -> i32 {
    if !(17..=21).contains(&ispec) {
        return -1;
    }
    if ispec == 19 {
        let lhous = W(1.max(ni.wrapping_mul(4)));
        let lhous = if opts.as_bytes().first() == Some(&b'N') { lhous } else { lhous + W(ibi) };
        return if lhous.0 >= 0 { lhous.0 } else { -1 };
    }
    let s = subnam::<12>(name, 12);
    let complex = match s[0] {
        b'S' | b'D' => false,
        b'C' | b'Z' => true,
        _ => return -1,
    };
    const NTHREADS: i32 = 1;
    match ispec {
        17 => {
            if complex {
                16
            } else {
                32
            }
        }
        18 => 16,
        20 => {
            // The optimal QR and LQ block sizes of the precision (`xGEQRF`,
            // `xGELQF`): the first stage reduces the band with them.
            let (mut qr, mut lq) = (*b"?GEQRF", *b"?GELQF");
            (qr[0], lq[0]) = (s[0], s[0]);
            let qr = ilaenv(1, core::str::from_utf8(&qr).unwrap_or(""), " ", ni, nbi, -1, -1);
            let lq = ilaenv(1, core::str::from_utf8(&lq).unwrap_or(""), " ", nbi, ni, -1, -1);
            // Integer arithmetic wraps as the reference's does on overflow.
            let (n, kd, fact, threads) = (W(ni), W(nbi), W(qr.max(lq)), W(NTHREADS));
            let (one, two, three) = (W(1), W(2), W(3));
            let lwork = match (&s[3..6], &s[7..12]) {
                (b"TRD", b"2STAG") => {
                    n * kd + n * (kd + one).max(fact) + (two * kd * kd).max(kd * threads) + (kd + one) * n
                }
                (b"TRD", b"HE2HB" | b"SY2SB") | (b"BRD", b"GE2GB") => n * kd + n * kd.max(fact) + two * kd * kd,
                (b"TRD", b"HB2ST" | b"SB2ST") => (two * kd + one) * n + kd * threads,
                (b"BRD", b"2STAG") => {
                    two * n * kd + n * (kd + one).max(fact) + (two * kd * kd).max(kd * threads) + (kd + one) * n
                }
                (b"BRD", b"GB2BD") => (three * kd + one) * n + kd * threads,
                _ => W(-1),
            };
            let lwork = lwork.0.max(1);
            if lwork > 0 {
                lwork
            } else {
                -1
            }
        }
        _ => nxi,
    }
}

/// LAPACK's `ILAVER`: the version of the LAPACK interface ferroblas
/// implements, (major, minor, patch) = (3, 11, 0).
pub fn ilaver() -> (i32, i32, i32) {
    (3, 11, 0)
}

#[cfg(test)]
mod tests {
    //! Expected values were dumped from Debian's reference LAPACK 3.11
    //! (`ilaenv_`, `iparmq_`, `ilaenv2stage_`, `ieeeck_` of liblapack3,
    //! `OMP_NUM_THREADS=1`) by a throwaway C program; the tests need no library.
    use super::*;

    /// ISPEC 1, 2, 3 at `(n1, n2, n3, n4) = (100, 100, -1, -1)`: every name of
    /// the reference library with a value other than (1, 2, 0), every 12th of
    /// the others, and names that probe the matching (case, length, suffixes).
    #[rustfmt::skip]
    const NAMES: &[(&str, [i32; 3])] = &[
        ("CGEBRD", [32, 2, 128]), ("CGEHRD", [32, 2, 128]), ("CGELQF", [32, 2, 128]),
        ("CGEQLF", [32, 2, 128]), ("CGEQRF", [32, 2, 128]), ("CGEQRFP", [32, 2, 128]),
        ("CGERQF", [32, 2, 128]), ("CGETRF", [64, 2, 0]), ("CGETRF2", [64, 2, 0]),
        ("CGETRI", [64, 2, 0]), ("CGGBAK", [32, 2, 128]), ("CGGBAL", [32, 2, 128]),
        ("CGGESX", [32, 2, 128]), ("CGGEVX", [32, 2, 128]), ("CGGGLM", [32, 2, 128]),
        ("CGGHD3", [32, 2, 128]), ("CGGHRD", [32, 2, 128]), ("CGGLSE", [32, 2, 128]),
        ("CGGQRF", [32, 2, 128]), ("CGGRQF", [32, 2, 128]), ("CGGSVD", [32, 2, 128]),
        ("CGGSVD3", [32, 2, 128]), ("CGGSVP", [32, 2, 128]), ("CGGSVP3", [32, 2, 128]),
        ("CHEGST", [64, 2, 0]), ("CHETRD", [32, 2, 32]), ("CHETRD_2STAGE", [32, 2, 32]),
        ("CHETRD_HB2ST", [32, 2, 32]), ("CHETRD_HE2HB", [32, 2, 32]), ("CHETRF", [64, 2, 0]),
        ("CHETRF_AA", [64, 2, 0]), ("CHETRF_AA_2STAGE", [192, 2, 0]), ("CHETRF_RK", [64, 2, 0]),
        ("CHETRF_ROOK", [64, 2, 0]), ("CLATRS", [32, 2, 0]), ("CLATRS3", [32, 2, 0]),
        ("CLAUUM", [64, 2, 0]), ("CPBTRF", [32, 2, 0]), ("CPOTRF", [64, 2, 0]),
        ("CPOTRF2", [64, 2, 0]), ("CSYTRF", [64, 8, 0]), ("CSYTRF_AA", [64, 8, 0]),
        ("CSYTRF_AA_2STAGE", [192, 8, 0]), ("CSYTRF_RK", [64, 8, 0]), ("CSYTRF_ROOK", [64, 8, 0]),
        ("CTREVC", [64, 2, 0]), ("CTREVC3", [64, 2, 0]), ("CTRSYL", [24, 2, 0]),
        ("CTRSYL3", [24, 2, 0]), ("CTRTRI", [64, 2, 0]), ("CUNGBR", [32, 2, 128]),
        ("CUNGHR", [32, 2, 128]), ("CUNGLQ", [32, 2, 128]), ("CUNGQL", [32, 2, 128]),
        ("CUNGQR", [32, 2, 128]), ("CUNGRQ", [32, 2, 128]), ("CUNGTR", [32, 2, 128]),
        ("CUNMBR", [32, 2, 0]), ("CUNMHR", [32, 2, 0]), ("CUNMLQ", [32, 2, 0]),
        ("CUNMQL", [32, 2, 0]), ("CUNMQR", [32, 2, 0]), ("CUNMRQ", [32, 2, 0]),
        ("CUNMTR", [32, 2, 0]), ("DGEHRD", [32, 2, 128]), ("DGELQF", [32, 2, 128]),
        ("DGEQLF", [32, 2, 128]), ("DGEQRF", [32, 2, 128]), ("DGEQRFP", [32, 2, 128]),
        ("DGETRF", [64, 2, 0]), ("DGETRF2", [64, 2, 0]), ("DGGBAK", [32, 2, 128]),
        ("DGGBAL", [32, 2, 128]), ("DGGESX", [32, 2, 128]), ("DGGEVX", [32, 2, 128]),
        ("DGGHD3", [32, 2, 128]), ("DGGHRD", [32, 2, 128]), ("DGGQRF", [32, 2, 128]),
        ("DGGRQF", [32, 2, 128]), ("DGGSVD", [32, 2, 128]), ("DGGSVD3", [32, 2, 128]),
        ("DGGSVP", [32, 2, 128]), ("DLATRS", [32, 2, 0]), ("DLAUUM", [64, 2, 0]),
        ("DORGBR", [32, 2, 128]), ("DORGHR", [32, 2, 128]), ("DORGLQ", [32, 2, 128]),
        ("DORGQL", [32, 2, 128]), ("DORGQR", [32, 2, 128]), ("DORGRQ", [32, 2, 128]),
        ("DORGTR", [32, 2, 128]), ("DORMBR", [32, 2, 0]), ("DORMHR", [32, 2, 0]),
        ("DORMLQ", [32, 2, 0]), ("DORMQL", [32, 2, 0]), ("DORMQR", [32, 2, 0]),
        ("DORMRQ", [32, 2, 0]), ("DORMTR", [32, 2, 0]), ("DPBTRF", [32, 2, 0]),
        ("DSYTRD", [32, 2, 32]), ("DSYTRD_2STAGE", [32, 2, 32]), ("DSYTRD_SB2ST", [32, 2, 32]),
        ("DSYTRF", [64, 8, 0]), ("DSYTRF_AA_2STAGE", [192, 8, 0]), ("DSYTRF_RK", [64, 8, 0]),
        ("DSYTRF_ROOK", [64, 8, 0]), ("DTREVC", [64, 2, 0]), ("DTREVC3", [64, 2, 0]),
        ("DTRSYL", [48, 2, 0]), ("DTRSYL3", [48, 2, 0]), ("DTRTRI", [64, 2, 0]),
        ("SGEHRD", [32, 2, 128]), ("SGELQF", [32, 2, 128]), ("SGEQLF", [32, 2, 128]),
        ("SGEQRF", [32, 2, 128]), ("SGEQRFP", [32, 2, 128]), ("SGETRF", [64, 2, 0]),
        ("SGETRF2", [64, 2, 0]), ("SGGBAK", [32, 2, 128]), ("SGGBAL", [32, 2, 128]),
        ("SGGESX", [32, 2, 128]), ("SGGEVX", [32, 2, 128]), ("SGGHD3", [32, 2, 128]),
        ("SGGHRD", [32, 2, 128]), ("SGGQRF", [32, 2, 128]), ("SGGRQF", [32, 2, 128]),
        ("SGGSVD", [32, 2, 128]), ("SGGSVD3", [32, 2, 128]), ("SGGSVP", [32, 2, 128]),
        ("SLATRS", [32, 2, 0]), ("SLAUUM", [64, 2, 0]), ("SORGBR", [32, 2, 128]),
        ("SORGHR", [32, 2, 128]), ("SORGLQ", [32, 2, 128]), ("SORGQL", [32, 2, 128]),
        ("SORGQR", [32, 2, 128]), ("SORGRQ", [32, 2, 128]), ("SORGTR", [32, 2, 128]),
        ("SORMBR", [32, 2, 0]), ("SORMHR", [32, 2, 0]), ("SORMLQ", [32, 2, 0]),
        ("SORMQL", [32, 2, 0]), ("SORMQR", [32, 2, 0]), ("SORMRQ", [32, 2, 0]),
        ("SORMTR", [32, 2, 0]), ("SPBTRF", [32, 2, 0]), ("SSYTRD", [32, 2, 32]),
        ("SSYTRD_2STAGE", [32, 2, 32]), ("SSYTRD_SB2ST", [32, 2, 32]), ("SSYTRF", [64, 8, 0]),
        ("SSYTRF_AA_2STAGE", [192, 8, 0]), ("SSYTRF_RK", [64, 8, 0]), ("SSYTRF_ROOK", [64, 8, 0]),
        ("STREVC", [64, 2, 0]), ("STREVC3", [64, 2, 0]), ("STRSYL", [48, 2, 0]),
        ("STRSYL3", [48, 2, 0]), ("STRTRI", [64, 2, 0]), ("ZGEBRD", [32, 2, 128]),
        ("ZGEHRD", [32, 2, 128]), ("ZGELQF", [32, 2, 128]), ("ZGEQLF", [32, 2, 128]),
        ("ZGEQRF", [32, 2, 128]), ("ZGEQRFP", [32, 2, 128]), ("ZGERQF", [32, 2, 128]),
        ("ZGETRF", [64, 2, 0]), ("ZGETRF2", [64, 2, 0]), ("ZGETRI", [64, 2, 0]),
        ("ZGGBAK", [32, 2, 128]), ("ZGGBAL", [32, 2, 128]), ("ZGGESX", [32, 2, 128]),
        ("ZGGEVX", [32, 2, 128]), ("ZGGGLM", [32, 2, 128]), ("ZGGHD3", [32, 2, 128]),
        ("ZGGHRD", [32, 2, 128]), ("ZGGLSE", [32, 2, 128]), ("ZGGQRF", [32, 2, 128]),
        ("ZGGRQF", [32, 2, 128]), ("ZGGSVD", [32, 2, 128]), ("ZGGSVD3", [32, 2, 128]),
        ("ZGGSVP", [32, 2, 128]), ("ZGGSVP3", [32, 2, 128]), ("ZHEGST", [64, 2, 0]),
        ("ZHETRD", [32, 2, 32]), ("ZHETRD_2STAGE", [32, 2, 32]), ("ZHETRD_HB2ST", [32, 2, 32]),
        ("ZHETRD_HE2HB", [32, 2, 32]), ("ZHETRF", [64, 2, 0]), ("ZHETRF_AA", [64, 2, 0]),
        ("ZHETRF_AA_2STAGE", [192, 2, 0]), ("ZHETRF_RK", [64, 2, 0]), ("ZHETRF_ROOK", [64, 2, 0]),
        ("ZLATRS", [32, 2, 0]), ("ZLATRS3", [32, 2, 0]), ("ZLAUUM", [64, 2, 0]),
        ("ZPBTRF", [32, 2, 0]), ("ZPOTRF", [64, 2, 0]), ("ZPOTRF2", [64, 2, 0]),
        ("ZSYTRF", [64, 8, 0]), ("ZSYTRF_AA", [64, 8, 0]), ("ZSYTRF_AA_2STAGE", [192, 8, 0]),
        ("ZSYTRF_RK", [64, 8, 0]), ("ZSYTRF_ROOK", [64, 8, 0]), ("ZTREVC", [64, 2, 0]),
        ("ZTREVC3", [64, 2, 0]), ("ZTRSYL", [24, 2, 0]), ("ZTRSYL3", [24, 2, 0]),
        ("ZTRTRI", [64, 2, 0]), ("ZUNGBR", [32, 2, 128]), ("ZUNGHR", [32, 2, 128]),
        ("ZUNGLQ", [32, 2, 128]), ("ZUNGQL", [32, 2, 128]), ("ZUNGQR", [32, 2, 128]),
        ("ZUNGRQ", [32, 2, 128]), ("ZUNGTR", [32, 2, 128]), ("ZUNMBR", [32, 2, 0]),
        ("ZUNMHR", [32, 2, 0]), ("ZUNMLQ", [32, 2, 0]), ("ZUNMQL", [32, 2, 0]),
        ("ZUNMQR", [32, 2, 0]), ("ZUNMRQ", [32, 2, 0]), ("ZUNMTR", [32, 2, 0]),
        ("CBBCSD", [1, 2, 0]), ("CGEBAL", [1, 2, 0]), ("CGELSD", [1, 2, 0]),
        ("CGEQR2", [1, 2, 0]), ("CGESVX", [1, 2, 0]), ("CHBEVD", [1, 2, 0]),
        ("CHEEVD", [1, 2, 0]), ("CHETD2", [1, 2, 0]), ("CHETRS_AA", [1, 2, 0]),
        ("CHPTRD", [1, 2, 0]), ("CLAMSWLQ", [1, 2, 0]), ("CLATBS", [1, 2, 0]),
        ("CPOCON", [1, 2, 0]), ("CPPTRI", [1, 2, 0]), ("CSPTRF", [1, 2, 0]),
        ("CSYSVX", [1, 2, 0]), ("CSYTRS2", [1, 2, 0]), ("CTGSEN", [1, 2, 0]),
        ("CTPRFS", [1, 2, 0]), ("CTRTTP", [1, 2, 0]), ("CUNG2R", [1, 2, 0]),
        ("CUNMRZ", [1, 2, 0]), ("DGBTRF", [1, 2, 0]), ("DGELSD", [1, 2, 0]),
        ("DGEQR2", [1, 2, 0]), ("DGETRS", [1, 2, 0]), ("DLAED2", [1, 2, 0]),
        ("DLAQR3", [1, 2, 0]), ("DLASD7", [1, 2, 0]), ("DORBDB2", [1, 2, 0]),
        ("DORGTSQR_ROW", [1, 2, 0]), ("DPBTF2", [1, 2, 0]), ("DPPRFS", [1, 2, 0]),
        ("DSBEVX", [1, 2, 0]), ("DSPOSV", [1, 2, 0]), ("DSYCON", [1, 2, 0]),
        ("DSYEVX_2STAGE", [1, 2, 0]), ("DSYTRI_3X", [1, 2, 0]), ("DTGSY2", [1, 2, 0]),
        ("DTPTTR", [1, 2, 0]), ("SARPH", [1, 2, 0]), ("SATSAUPL", [1, 2, 0]),
        ("SAUPU", [1, 2, 0]), ("SAVVH", [1, 2, 0]), ("SAWRH", [1, 2, 0]),
        ("SGBTRF", [1, 2, 0]), ("SGELQT3", [1, 2, 0]), ("SGEQR", [1, 2, 0]),
        ("SGETF2", [1, 2, 0]), ("SLAED1", [1, 2, 0]), ("SLAQR0", [1, 2, 0]),
        ("SLASD6", [1, 2, 0]), ("SORBDB1", [1, 2, 0]), ("SORGTSQR", [1, 2, 0]),
        ("SPBRFS", [1, 2, 0]), ("SPOTRS", [1, 2, 0]), ("SPTTRS", [1, 2, 0]),
        ("SSPGST", [1, 2, 0]), ("SSTEVD", [1, 2, 0]), ("SSYEVR", [1, 2, 0]),
        ("SSYTRI", [1, 2, 0]), ("STGEVC", [1, 2, 0]), ("STPQRT2", [1, 2, 0]),
        ("STRTTP", [1, 2, 0]), ("ZCGESV", [1, 2, 0]), ("ZGEBAL", [1, 2, 0]),
        ("ZGELQT3", [1, 2, 0]), ("ZGEQPF", [1, 2, 0]), ("ZGESVDX", [1, 2, 0]),
        ("ZGTTRF", [1, 2, 0]), ("ZHECON_ROOK", [1, 2, 0]), ("ZHESVX", [1, 2, 0]),
        ("ZHETRS", [1, 2, 0]), ("ZHPGVX", [1, 2, 0]), ("ZLALS0", [1, 2, 0]),
        ("ZLARZT", [1, 2, 0]), ("ZPBTRS", [1, 2, 0]), ("ZPPRFS", [1, 2, 0]),
        ("ZSPRFS", [1, 2, 0]), ("ZSYCON_3", [1, 2, 0]), ("ZSYTRI_3", [1, 2, 0]),
        ("ZTFTRI", [1, 2, 0]), ("ZTPMLQT", [1, 2, 0]), ("ZTRSEN", [1, 2, 0]),
        ("ZUNBDB6", [1, 2, 0]), ("ZUNM2R", [1, 2, 0]), ("dgetrf", [64, 2, 0]),
        ("Dgetrf", [1, 2, 0]), ("dGETRF", [64, 2, 0]), ("sgeqrf", [32, 2, 128]),
        ("cgehrd", [32, 2, 128]), ("DGEBRD", [32, 2, 128]), ("zgebrd", [32, 2, 128]),
        ("SGETRI", [64, 2, 0]), ("CSYTRD", [1, 2, 0]), ("DHETRD", [1, 2, 0]),
        ("SSYGST", [64, 2, 0]), ("CSYGST", [1, 2, 0]), ("dormqr", [32, 2, 0]),
        ("DORGXX", [1, 2, 0]), ("DORMXX", [1, 2, 0]), ("DORXQR", [1, 2, 0]),
        ("DUNGQR", [1, 2, 0]), ("ZORGQR", [1, 2, 0]), ("zgbtrf", [1, 2, 0]),
        ("cpbtrf", [32, 2, 0]), ("ctrsyl", [24, 2, 0]), ("clatrs3", [32, 2, 0]),
        ("SSTEBZ", [1, 2, 0]), ("DSTEBZ", [1, 2, 0]), ("CSTEBZ", [1, 2, 0]),
        ("DGGXXX", [32, 2, 128]), ("DLAORHR_GETRFNP", [32, 2, 0]), ("ZLAORHR_GETRFNP", [32, 2, 0]),
        ("SLAORH", [32, 2, 0]), ("DGEQR", [1, 2, 0]), ("dgeqr", [1, 2, 0]),
        ("ZGELQ", [1, 2, 0]), ("DGEQRT", [1, 2, 0]), ("DGEQP3", [1, 2, 0]),
        ("DGEQP3RK", [1, 2, 0]), ("dsytrf_aa_2stage", [192, 8, 0]), ("DSYTRF_AA_3STAGE", [64, 8, 0]),
        ("DSYTRF2", [64, 8, 0]), ("DSYTRFXXX2", [64, 8, 0]), ("DHETRF", [1, 2, 0]),
        ("XGETRF", [1, 1, 1]), ("AGETRF", [1, 1, 1]), ("1GETRF", [1, 1, 1]),
        ("", [1, 1, 1]), ("D", [1, 2, 0]), ("DG", [1, 2, 0]),
        ("DGE", [1, 2, 0]), ("DGET", [1, 2, 0]), ("DGETR", [1, 2, 0]),
        ("DGETRF_EXTRA_LONG_NAME", [64, 2, 0]), ("dgetrF", [64, 2, 0]), ("sorgqr", [32, 2, 128]),
        ("ZHEGVX", [1, 2, 0]), ("dsytrd_2stage", [32, 2, 32]),
    ];

    /// `(ispec, name, [n1, n2, n3, n4], value)` where the dimensions matter
    /// (band, tall-skinny QR/LQ, Sylvester, the SVD crossover) and the
    /// ISPECs that ignore the name.
    #[rustfmt::skip]
    const DIMS: &[(i32, &str, [i32; 4], i32)] = &[
        (1, "DGBTRF", [100, 100, 10, -1], 1), (1, "DGBTRF", [100, 100, 10, 0], 1), (1, "DGBTRF", [100, 100, 10, 63], 1),
        (1, "DGBTRF", [100, 100, 10, 64], 1), (1, "DGBTRF", [100, 100, 10, 65], 32), (1, "DGBTRF", [100, 100, 10, 1000], 32),
        (1, "zgbtrf", [100, 100, 10, -1], 1), (1, "zgbtrf", [100, 100, 10, 0], 1), (1, "zgbtrf", [100, 100, 10, 63], 1),
        (1, "zgbtrf", [100, 100, 10, 64], 1), (1, "zgbtrf", [100, 100, 10, 65], 32), (1, "zgbtrf", [100, 100, 10, 1000], 32),
        (1, "DPBTRF", [100, -1, -1, -1], 1), (1, "DPBTRF", [100, 0, -1, -1], 1), (1, "DPBTRF", [100, 64, -1, -1], 1),
        (1, "DPBTRF", [100, 65, -1, -1], 32), (1, "DPBTRF", [100, 200, -1, -1], 32), (1, "cpbtrf", [100, -1, -1, -1], 1),
        (1, "cpbtrf", [100, 0, -1, -1], 1), (1, "cpbtrf", [100, 64, -1, -1], 1), (1, "cpbtrf", [100, 65, -1, -1], 32),
        (1, "cpbtrf", [100, 200, -1, -1], 32), (1, "DGEQR", [10, 10, 1, -1], 10), (1, "DGEQR", [10, 10, 2, -1], 1),
        (1, "DGEQR", [8192, 100, 1, -1], 8192), (1, "DGEQR", [8192, 100, 2, -1], 1), (1, "DGEQR", [8193, 16, 1, -1], 2048),
        (1, "DGEQR", [8193, 16, 2, -1], 1), (1, "DGEQR", [8193, 17, 1, -1], 1927), (1, "DGEQR", [8193, 17, 2, -1], 1),
        (1, "DGEQR", [100000, 100, 1, -1], 327), (1, "DGEQR", [100000, 100, 2, -1], 1), (1, "DGEQR", [100000, 3, 1, -1], 10922),
        (1, "DGEQR", [100000, 3, 2, -1], 1), (1, "DGEQR", [0, 0, 1, -1], 0), (1, "DGEQR", [0, 0, 2, -1], 1),
        (1, "DGEQR", [20000, 0, 1, -1], 20000), (1, "DGEQR", [20000, 0, 2, -1], 1), (1, "DGEQR", [-5, 7, 1, -1], -5),
        (1, "DGEQR", [-5, 7, 2, -1], 1), (1, "DGEQR", [65536, 65536, 1, -1], 65536), (1, "DGEQR", [65536, 65536, 2, -1], 1),
        (1, "DGEQR", [70000, 70000, 1, -1], 0), (1, "DGEQR", [70000, 70000, 2, -1], 1), (1, "zgelq", [10, 10, 1, -1], 1),
        (1, "zgelq", [10, 10, 2, -1], 10), (1, "zgelq", [8192, 100, 1, -1], 1), (1, "zgelq", [8192, 100, 2, -1], 8192),
        (1, "zgelq", [8193, 16, 1, -1], 1), (1, "zgelq", [8193, 16, 2, -1], 2048), (1, "zgelq", [8193, 17, 1, -1], 1),
        (1, "zgelq", [8193, 17, 2, -1], 1927), (1, "zgelq", [100000, 100, 1, -1], 1), (1, "zgelq", [100000, 100, 2, -1], 327),
        (1, "zgelq", [100000, 3, 1, -1], 1), (1, "zgelq", [100000, 3, 2, -1], 10922), (1, "zgelq", [0, 0, 1, -1], 1),
        (1, "zgelq", [0, 0, 2, -1], 0), (1, "zgelq", [20000, 0, 1, -1], 1), (1, "zgelq", [20000, 0, 2, -1], 20000),
        (1, "zgelq", [-5, 7, 1, -1], 1), (1, "zgelq", [-5, 7, 2, -1], -5), (1, "zgelq", [65536, 65536, 1, -1], 1),
        (1, "zgelq", [65536, 65536, 2, -1], 65536), (1, "zgelq", [70000, 70000, 1, -1], 1), (1, "zgelq", [70000, 70000, 2, -1], 0),
        (1, "sgelq", [10, 10, 1, -1], 1), (1, "sgelq", [10, 10, 2, -1], 10), (1, "sgelq", [8192, 100, 1, -1], 1),
        (1, "sgelq", [8192, 100, 2, -1], 8192), (1, "sgelq", [8193, 16, 1, -1], 1), (1, "sgelq", [8193, 16, 2, -1], 2048),
        (1, "sgelq", [8193, 17, 1, -1], 1), (1, "sgelq", [8193, 17, 2, -1], 1927), (1, "sgelq", [100000, 100, 1, -1], 1),
        (1, "sgelq", [100000, 100, 2, -1], 327), (1, "sgelq", [100000, 3, 1, -1], 1), (1, "sgelq", [100000, 3, 2, -1], 10922),
        (1, "sgelq", [0, 0, 1, -1], 1), (1, "sgelq", [0, 0, 2, -1], 0), (1, "sgelq", [20000, 0, 1, -1], 1),
        (1, "sgelq", [20000, 0, 2, -1], 20000), (1, "sgelq", [-5, 7, 1, -1], 1), (1, "sgelq", [-5, 7, 2, -1], -5),
        (1, "sgelq", [65536, 65536, 1, -1], 1), (1, "sgelq", [65536, 65536, 2, -1], 65536), (1, "sgelq", [70000, 70000, 1, -1], 1),
        (1, "sgelq", [70000, 70000, 2, -1], 0), (1, "CGEQR", [10, 10, 1, -1], 10), (1, "CGEQR", [10, 10, 2, -1], 1),
        (1, "CGEQR", [8192, 100, 1, -1], 8192), (1, "CGEQR", [8192, 100, 2, -1], 1), (1, "CGEQR", [8193, 16, 1, -1], 2048),
        (1, "CGEQR", [8193, 16, 2, -1], 1), (1, "CGEQR", [8193, 17, 1, -1], 1927), (1, "CGEQR", [8193, 17, 2, -1], 1),
        (1, "CGEQR", [100000, 100, 1, -1], 327), (1, "CGEQR", [100000, 100, 2, -1], 1), (1, "CGEQR", [100000, 3, 1, -1], 10922),
        (1, "CGEQR", [100000, 3, 2, -1], 1), (1, "CGEQR", [0, 0, 1, -1], 0), (1, "CGEQR", [0, 0, 2, -1], 1),
        (1, "CGEQR", [20000, 0, 1, -1], 20000), (1, "CGEQR", [20000, 0, 2, -1], 1), (1, "CGEQR", [-5, 7, 1, -1], -5),
        (1, "CGEQR", [-5, 7, 2, -1], 1), (1, "CGEQR", [65536, 65536, 1, -1], 65536), (1, "CGEQR", [65536, 65536, 2, -1], 1),
        (1, "CGEQR", [70000, 70000, 1, -1], 0), (1, "CGEQR", [70000, 70000, 2, -1], 1), (1, "DTRSYL", [0, 0, -1, -1], 48),
        (1, "DTRSYL", [10, 10, -1, -1], 48), (1, "DTRSYL", [299, 400, -1, -1], 48), (1, "DTRSYL", [300, 300, -1, -1], 48),
        (1, "DTRSYL", [301, 1000, -1, -1], 48), (1, "DTRSYL", [1500, 1500, -1, -1], 240), (1, "DTRSYL", [2000, 1600, -1, -1], 240),
        (1, "DTRSYL", [100000, 100000, -1, -1], 240), (1, "DTRSYL", [-100, 50, -1, -1], 48), (1, "DTRSYL", [500, -600, -1, -1], 48),
        (1, "DTRSYL", [20000000, 200000000, -1, -1], 240), (1, "ZTRSYL3", [0, 0, -1, -1], 24), (1, "ZTRSYL3", [10, 10, -1, -1], 24),
        (1, "ZTRSYL3", [299, 400, -1, -1], 24), (1, "ZTRSYL3", [300, 300, -1, -1], 24), (1, "ZTRSYL3", [301, 1000, -1, -1], 24),
        (1, "ZTRSYL3", [1500, 1500, -1, -1], 80), (1, "ZTRSYL3", [2000, 1600, -1, -1], 80), (1, "ZTRSYL3", [100000, 100000, -1, -1], 80),
        (1, "ZTRSYL3", [-100, 50, -1, -1], 24), (1, "ZTRSYL3", [500, -600, -1, -1], 24), (1, "ZTRSYL3", [20000000, 200000000, -1, -1], 80),
        (1, "strsyl3", [0, 0, -1, -1], 48), (1, "strsyl3", [10, 10, -1, -1], 48), (1, "strsyl3", [299, 400, -1, -1], 48),
        (1, "strsyl3", [300, 300, -1, -1], 48), (1, "strsyl3", [301, 1000, -1, -1], 48), (1, "strsyl3", [1500, 1500, -1, -1], 240),
        (1, "strsyl3", [2000, 1600, -1, -1], 240), (1, "strsyl3", [100000, 100000, -1, -1], 240), (1, "strsyl3", [-100, 50, -1, -1], 48),
        (1, "strsyl3", [500, -600, -1, -1], 48), (1, "strsyl3", [20000000, 200000000, -1, -1], 240), (1, "CTRSYL", [0, 0, -1, -1], 24),
        (1, "CTRSYL", [10, 10, -1, -1], 24), (1, "CTRSYL", [299, 400, -1, -1], 24), (1, "CTRSYL", [300, 300, -1, -1], 24),
        (1, "CTRSYL", [301, 1000, -1, -1], 24), (1, "CTRSYL", [1500, 1500, -1, -1], 80), (1, "CTRSYL", [2000, 1600, -1, -1], 80),
        (1, "CTRSYL", [100000, 100000, -1, -1], 80), (1, "CTRSYL", [-100, 50, -1, -1], 24), (1, "CTRSYL", [500, -600, -1, -1], 24),
        (1, "CTRSYL", [20000000, 200000000, -1, -1], 80), (-1, "DGETRF", [100, 50, -1, -1], -1), (-1, "xyz", [100, 50, -1, -1], -1),
        (0, "DGETRF", [100, 50, -1, -1], -1), (0, "xyz", [100, 50, -1, -1], -1), (4, "DGETRF", [100, 50, -1, -1], 6),
        (4, "xyz", [100, 50, -1, -1], 6), (5, "DGETRF", [100, 50, -1, -1], 2), (5, "xyz", [100, 50, -1, -1], 2),
        (7, "DGETRF", [100, 50, -1, -1], 1), (7, "xyz", [100, 50, -1, -1], 1), (8, "DGETRF", [100, 50, -1, -1], 50),
        (8, "xyz", [100, 50, -1, -1], 50), (9, "DGETRF", [100, 50, -1, -1], 25), (9, "xyz", [100, 50, -1, -1], 25),
        (10, "DGETRF", [100, 50, -1, -1], 1), (10, "xyz", [100, 50, -1, -1], 1), (11, "DGETRF", [100, 50, -1, -1], 1),
        (11, "xyz", [100, 50, -1, -1], 1), (18, "DGETRF", [100, 50, -1, -1], -1), (18, "xyz", [100, 50, -1, -1], -1),
        (19, "DGETRF", [100, 50, -1, -1], -1), (19, "xyz", [100, 50, -1, -1], -1), (100, "DGETRF", [100, 50, -1, -1], -1),
        (100, "xyz", [100, 50, -1, -1], -1), (6, "DGESVD", [0, 0, -1, -1], 0), (6, "DGESVD", [1, 1, -1, -1], 1),
        (6, "DGESVD", [3, 7, -1, -1], 4), (6, "DGESVD", [10, 10, -1, -1], 16), (6, "DGESVD", [100, 1000, -1, -1], 160),
        (6, "DGESVD", [1000, 999, -1, -1], 1598), (6, "DGESVD", [-5, 3, -1, -1], -8), (6, "DGESVD", [-7, -9, -1, -1], -14),
        (6, "DGESVD", [12345, 67890, -1, -1], 19752), (6, "DGESVD", [16777217, 16777219, -1, -1], 26843546), (6, "DGESVD", [1073741823, 1073741823, -1, -1], 1717986944),
        (6, "DGESVD", [1342177279, 1342177280, -1, -1], -2147483648), (6, "DGESVD", [2147483647, 2147483647, -1, -1], -2147483648), (6, "DGESVD", [-2147483648, 5, -1, -1], -2147483648),
    ];

    /// `(name, ilo, ihi, [iparmq for ISPEC 0, 1, 11, 12..=18])`, with
    /// `n = max(ihi, 1)` and `lwork = -1`.
    #[rustfmt::skip]
    const QR: &[(&str, i32, i32, [i32; 10])] = &[
        ("DHSEQR", 1, 0, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DHSEQR", 1, 1, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DHSEQR", 1, 13, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DHSEQR", 1, 14, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DHSEQR", 1, 29, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DHSEQR", 1, 30, [-1, -1, -1, 75, 4, 14, 4, 0, 10, -1]),
        ("DHSEQR", 1, 59, [-1, -1, -1, 75, 4, 14, 4, 0, 10, -1]),
        ("DHSEQR", 1, 60, [-1, -1, -1, 75, 10, 14, 10, 0, 10, -1]),
        ("DHSEQR", 1, 149, [-1, -1, -1, 75, 10, 14, 10, 0, 10, -1]),
        ("DHSEQR", 1, 150, [-1, -1, -1, 75, 20, 14, 20, 2, 10, -1]),
        ("DHSEQR", 1, 181, [-1, -1, -1, 75, 24, 14, 24, 2, 10, -1]),
        ("DHSEQR", 1, 182, [-1, -1, -1, 75, 22, 14, 22, 2, 10, -1]),
        ("DHSEQR", 5, 300, [-1, -1, -1, 75, 36, 14, 36, 2, 10, -1]),
        ("DHSEQR", 1, 362, [-1, -1, -1, 75, 44, 14, 44, 2, 10, -1]),
        ("DHSEQR", 1, 363, [-1, -1, -1, 75, 40, 14, 40, 2, 10, -1]),
        ("DHSEQR", 1, 500, [-1, -1, -1, 75, 54, 14, 54, 2, 10, -1]),
        ("DHSEQR", 1, 501, [-1, -1, -1, 75, 81, 14, 54, 2, 10, -1]),
        ("DHSEQR", 1, 589, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("DHSEQR", 1, 590, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("DHSEQR", 1, 2999, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("DHSEQR", 1, 3000, [-1, -1, -1, 75, 192, 14, 128, 2, 10, -1]),
        ("DHSEQR", 1, 5999, [-1, -1, -1, 75, 192, 14, 128, 2, 10, -1]),
        ("DHSEQR", 1, 6000, [-1, -1, -1, 75, 384, 14, 256, 2, 10, -1]),
        ("DHSEQR", 1, 100000, [-1, -1, -1, 75, 384, 14, 256, 2, 10, -1]),
        ("DHSEQR", 10, 5, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("zlaqr0", 1, 0, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("zlaqr0", 1, 1, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("zlaqr0", 1, 13, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("zlaqr0", 1, 14, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("zlaqr0", 1, 29, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("zlaqr0", 1, 30, [-1, -1, -1, 75, 4, 14, 4, 0, 10, -1]),
        ("zlaqr0", 1, 59, [-1, -1, -1, 75, 4, 14, 4, 0, 10, -1]),
        ("zlaqr0", 1, 60, [-1, -1, -1, 75, 10, 14, 10, 0, 10, -1]),
        ("zlaqr0", 1, 149, [-1, -1, -1, 75, 10, 14, 10, 0, 10, -1]),
        ("zlaqr0", 1, 150, [-1, -1, -1, 75, 20, 14, 20, 2, 10, -1]),
        ("zlaqr0", 1, 181, [-1, -1, -1, 75, 24, 14, 24, 2, 10, -1]),
        ("zlaqr0", 1, 182, [-1, -1, -1, 75, 22, 14, 22, 2, 10, -1]),
        ("zlaqr0", 5, 300, [-1, -1, -1, 75, 36, 14, 36, 2, 10, -1]),
        ("zlaqr0", 1, 362, [-1, -1, -1, 75, 44, 14, 44, 2, 10, -1]),
        ("zlaqr0", 1, 363, [-1, -1, -1, 75, 40, 14, 40, 2, 10, -1]),
        ("zlaqr0", 1, 500, [-1, -1, -1, 75, 54, 14, 54, 2, 10, -1]),
        ("zlaqr0", 1, 501, [-1, -1, -1, 75, 81, 14, 54, 2, 10, -1]),
        ("zlaqr0", 1, 589, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("zlaqr0", 1, 590, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("zlaqr0", 1, 2999, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("zlaqr0", 1, 3000, [-1, -1, -1, 75, 192, 14, 128, 2, 10, -1]),
        ("zlaqr0", 1, 5999, [-1, -1, -1, 75, 192, 14, 128, 2, 10, -1]),
        ("zlaqr0", 1, 6000, [-1, -1, -1, 75, 384, 14, 256, 2, 10, -1]),
        ("zlaqr0", 1, 100000, [-1, -1, -1, 75, 384, 14, 256, 2, 10, -1]),
        ("zlaqr0", 10, 5, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("CLAQR4", 1, 0, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("CLAQR4", 1, 1, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("CLAQR4", 1, 13, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("CLAQR4", 1, 14, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("CLAQR4", 1, 29, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("CLAQR4", 1, 30, [-1, -1, -1, 75, 4, 14, 4, 0, 10, -1]),
        ("CLAQR4", 1, 59, [-1, -1, -1, 75, 4, 14, 4, 0, 10, -1]),
        ("CLAQR4", 1, 60, [-1, -1, -1, 75, 10, 14, 10, 0, 10, -1]),
        ("CLAQR4", 1, 149, [-1, -1, -1, 75, 10, 14, 10, 0, 10, -1]),
        ("CLAQR4", 1, 150, [-1, -1, -1, 75, 20, 14, 20, 2, 10, -1]),
        ("CLAQR4", 1, 181, [-1, -1, -1, 75, 24, 14, 24, 2, 10, -1]),
        ("CLAQR4", 1, 182, [-1, -1, -1, 75, 22, 14, 22, 2, 10, -1]),
        ("CLAQR4", 5, 300, [-1, -1, -1, 75, 36, 14, 36, 2, 10, -1]),
        ("CLAQR4", 1, 362, [-1, -1, -1, 75, 44, 14, 44, 2, 10, -1]),
        ("CLAQR4", 1, 363, [-1, -1, -1, 75, 40, 14, 40, 2, 10, -1]),
        ("CLAQR4", 1, 500, [-1, -1, -1, 75, 54, 14, 54, 2, 10, -1]),
        ("CLAQR4", 1, 501, [-1, -1, -1, 75, 81, 14, 54, 2, 10, -1]),
        ("CLAQR4", 1, 589, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("CLAQR4", 1, 590, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("CLAQR4", 1, 2999, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("CLAQR4", 1, 3000, [-1, -1, -1, 75, 192, 14, 128, 2, 10, -1]),
        ("CLAQR4", 1, 5999, [-1, -1, -1, 75, 192, 14, 128, 2, 10, -1]),
        ("CLAQR4", 1, 6000, [-1, -1, -1, 75, 384, 14, 256, 2, 10, -1]),
        ("CLAQR4", 1, 100000, [-1, -1, -1, 75, 384, 14, 256, 2, 10, -1]),
        ("CLAQR4", 10, 5, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DGGHRD", 1, 0, [-1, -1, -1, 75, 2, 14, 2, 1, 10, -1]),
        ("DGGHRD", 1, 1, [-1, -1, -1, 75, 2, 14, 2, 1, 10, -1]),
        ("DGGHRD", 1, 13, [-1, -1, -1, 75, 2, 14, 2, 1, 10, -1]),
        ("DGGHRD", 1, 14, [-1, -1, -1, 75, 2, 14, 2, 2, 10, -1]),
        ("DGGHRD", 1, 29, [-1, -1, -1, 75, 2, 14, 2, 2, 10, -1]),
        ("DGGHRD", 1, 30, [-1, -1, -1, 75, 4, 14, 4, 2, 10, -1]),
        ("DGGHRD", 1, 59, [-1, -1, -1, 75, 4, 14, 4, 2, 10, -1]),
        ("DGGHRD", 1, 60, [-1, -1, -1, 75, 10, 14, 10, 2, 10, -1]),
        ("DGGHRD", 1, 149, [-1, -1, -1, 75, 10, 14, 10, 2, 10, -1]),
        ("DGGHRD", 1, 150, [-1, -1, -1, 75, 20, 14, 20, 2, 10, -1]),
        ("DGGHRD", 1, 181, [-1, -1, -1, 75, 24, 14, 24, 2, 10, -1]),
        ("DGGHRD", 1, 182, [-1, -1, -1, 75, 22, 14, 22, 2, 10, -1]),
        ("DGGHRD", 5, 300, [-1, -1, -1, 75, 36, 14, 36, 2, 10, -1]),
        ("DGGHRD", 1, 362, [-1, -1, -1, 75, 44, 14, 44, 2, 10, -1]),
        ("DGGHRD", 1, 363, [-1, -1, -1, 75, 40, 14, 40, 2, 10, -1]),
        ("DGGHRD", 1, 500, [-1, -1, -1, 75, 54, 14, 54, 2, 10, -1]),
        ("DGGHRD", 1, 501, [-1, -1, -1, 75, 81, 14, 54, 2, 10, -1]),
        ("DGGHRD", 1, 589, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("DGGHRD", 1, 590, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("DGGHRD", 1, 2999, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("DGGHRD", 1, 3000, [-1, -1, -1, 75, 192, 14, 128, 2, 10, -1]),
        ("DGGHRD", 1, 5999, [-1, -1, -1, 75, 192, 14, 128, 2, 10, -1]),
        ("DGGHRD", 1, 6000, [-1, -1, -1, 75, 384, 14, 256, 2, 10, -1]),
        ("DGGHRD", 1, 100000, [-1, -1, -1, 75, 384, 14, 256, 2, 10, -1]),
        ("DGGHRD", 10, 5, [-1, -1, -1, 75, 2, 14, 2, 1, 10, -1]),
        ("sgghd3", 1, 0, [-1, -1, -1, 75, 2, 14, 2, 1, 10, -1]),
        ("sgghd3", 1, 1, [-1, -1, -1, 75, 2, 14, 2, 1, 10, -1]),
        ("sgghd3", 1, 13, [-1, -1, -1, 75, 2, 14, 2, 1, 10, -1]),
        ("sgghd3", 1, 14, [-1, -1, -1, 75, 2, 14, 2, 2, 10, -1]),
        ("sgghd3", 1, 29, [-1, -1, -1, 75, 2, 14, 2, 2, 10, -1]),
        ("sgghd3", 1, 30, [-1, -1, -1, 75, 4, 14, 4, 2, 10, -1]),
        ("sgghd3", 1, 59, [-1, -1, -1, 75, 4, 14, 4, 2, 10, -1]),
        ("sgghd3", 1, 60, [-1, -1, -1, 75, 10, 14, 10, 2, 10, -1]),
        ("sgghd3", 1, 149, [-1, -1, -1, 75, 10, 14, 10, 2, 10, -1]),
        ("sgghd3", 1, 150, [-1, -1, -1, 75, 20, 14, 20, 2, 10, -1]),
        ("sgghd3", 1, 181, [-1, -1, -1, 75, 24, 14, 24, 2, 10, -1]),
        ("sgghd3", 1, 182, [-1, -1, -1, 75, 22, 14, 22, 2, 10, -1]),
        ("sgghd3", 5, 300, [-1, -1, -1, 75, 36, 14, 36, 2, 10, -1]),
        ("sgghd3", 1, 362, [-1, -1, -1, 75, 44, 14, 44, 2, 10, -1]),
        ("sgghd3", 1, 363, [-1, -1, -1, 75, 40, 14, 40, 2, 10, -1]),
        ("sgghd3", 1, 500, [-1, -1, -1, 75, 54, 14, 54, 2, 10, -1]),
        ("sgghd3", 1, 501, [-1, -1, -1, 75, 81, 14, 54, 2, 10, -1]),
        ("sgghd3", 1, 589, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("sgghd3", 1, 590, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("sgghd3", 1, 2999, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("sgghd3", 1, 3000, [-1, -1, -1, 75, 192, 14, 128, 2, 10, -1]),
        ("sgghd3", 1, 5999, [-1, -1, -1, 75, 192, 14, 128, 2, 10, -1]),
        ("sgghd3", 1, 6000, [-1, -1, -1, 75, 384, 14, 256, 2, 10, -1]),
        ("sgghd3", 1, 100000, [-1, -1, -1, 75, 384, 14, 256, 2, 10, -1]),
        ("sgghd3", 10, 5, [-1, -1, -1, 75, 2, 14, 2, 1, 10, -1]),
        ("dtrexc", 1, 0, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("dtrexc", 1, 1, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("dtrexc", 1, 13, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("dtrexc", 1, 14, [-1, -1, -1, 75, 2, 14, 2, 2, 10, -1]),
        ("dtrexc", 1, 29, [-1, -1, -1, 75, 2, 14, 2, 2, 10, -1]),
        ("dtrexc", 1, 30, [-1, -1, -1, 75, 4, 14, 4, 2, 10, -1]),
        ("dtrexc", 1, 59, [-1, -1, -1, 75, 4, 14, 4, 2, 10, -1]),
        ("dtrexc", 1, 60, [-1, -1, -1, 75, 10, 14, 10, 2, 10, -1]),
        ("dtrexc", 1, 149, [-1, -1, -1, 75, 10, 14, 10, 2, 10, -1]),
        ("dtrexc", 1, 150, [-1, -1, -1, 75, 20, 14, 20, 2, 10, -1]),
        ("dtrexc", 1, 181, [-1, -1, -1, 75, 24, 14, 24, 2, 10, -1]),
        ("dtrexc", 1, 182, [-1, -1, -1, 75, 22, 14, 22, 2, 10, -1]),
        ("dtrexc", 5, 300, [-1, -1, -1, 75, 36, 14, 36, 2, 10, -1]),
        ("dtrexc", 1, 362, [-1, -1, -1, 75, 44, 14, 44, 2, 10, -1]),
        ("dtrexc", 1, 363, [-1, -1, -1, 75, 40, 14, 40, 2, 10, -1]),
        ("dtrexc", 1, 500, [-1, -1, -1, 75, 54, 14, 54, 2, 10, -1]),
        ("dtrexc", 1, 501, [-1, -1, -1, 75, 81, 14, 54, 2, 10, -1]),
        ("dtrexc", 1, 589, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("dtrexc", 1, 590, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("dtrexc", 1, 2999, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("dtrexc", 1, 3000, [-1, -1, -1, 75, 192, 14, 128, 2, 10, -1]),
        ("dtrexc", 1, 5999, [-1, -1, -1, 75, 192, 14, 128, 2, 10, -1]),
        ("dtrexc", 1, 6000, [-1, -1, -1, 75, 384, 14, 256, 2, 10, -1]),
        ("dtrexc", 1, 100000, [-1, -1, -1, 75, 384, 14, 256, 2, 10, -1]),
        ("dtrexc", 10, 5, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("ZTGEXC", 1, 0, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("ZTGEXC", 1, 1, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("ZTGEXC", 1, 13, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("ZTGEXC", 1, 14, [-1, -1, -1, 75, 2, 14, 2, 2, 10, -1]),
        ("ZTGEXC", 1, 29, [-1, -1, -1, 75, 2, 14, 2, 2, 10, -1]),
        ("ZTGEXC", 1, 30, [-1, -1, -1, 75, 4, 14, 4, 2, 10, -1]),
        ("ZTGEXC", 1, 59, [-1, -1, -1, 75, 4, 14, 4, 2, 10, -1]),
        ("ZTGEXC", 1, 60, [-1, -1, -1, 75, 10, 14, 10, 2, 10, -1]),
        ("ZTGEXC", 1, 149, [-1, -1, -1, 75, 10, 14, 10, 2, 10, -1]),
        ("ZTGEXC", 1, 150, [-1, -1, -1, 75, 20, 14, 20, 2, 10, -1]),
        ("ZTGEXC", 1, 181, [-1, -1, -1, 75, 24, 14, 24, 2, 10, -1]),
        ("ZTGEXC", 1, 182, [-1, -1, -1, 75, 22, 14, 22, 2, 10, -1]),
        ("ZTGEXC", 5, 300, [-1, -1, -1, 75, 36, 14, 36, 2, 10, -1]),
        ("ZTGEXC", 1, 362, [-1, -1, -1, 75, 44, 14, 44, 2, 10, -1]),
        ("ZTGEXC", 1, 363, [-1, -1, -1, 75, 40, 14, 40, 2, 10, -1]),
        ("ZTGEXC", 1, 500, [-1, -1, -1, 75, 54, 14, 54, 2, 10, -1]),
        ("ZTGEXC", 1, 501, [-1, -1, -1, 75, 81, 14, 54, 2, 10, -1]),
        ("ZTGEXC", 1, 589, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("ZTGEXC", 1, 590, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("ZTGEXC", 1, 2999, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("ZTGEXC", 1, 3000, [-1, -1, -1, 75, 192, 14, 128, 2, 10, -1]),
        ("ZTGEXC", 1, 5999, [-1, -1, -1, 75, 192, 14, 128, 2, 10, -1]),
        ("ZTGEXC", 1, 6000, [-1, -1, -1, 75, 384, 14, 256, 2, 10, -1]),
        ("ZTGEXC", 1, 100000, [-1, -1, -1, 75, 384, 14, 256, 2, 10, -1]),
        ("ZTGEXC", 10, 5, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DLAQR5", 1, 0, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DLAQR5", 1, 1, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DLAQR5", 1, 13, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DLAQR5", 1, 14, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DLAQR5", 1, 29, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DLAQR5", 1, 30, [-1, -1, -1, 75, 4, 14, 4, 0, 10, -1]),
        ("DLAQR5", 1, 59, [-1, -1, -1, 75, 4, 14, 4, 0, 10, -1]),
        ("DLAQR5", 1, 60, [-1, -1, -1, 75, 10, 14, 10, 0, 10, -1]),
        ("DLAQR5", 1, 149, [-1, -1, -1, 75, 10, 14, 10, 0, 10, -1]),
        ("DLAQR5", 1, 150, [-1, -1, -1, 75, 20, 14, 20, 2, 10, -1]),
        ("DLAQR5", 1, 181, [-1, -1, -1, 75, 24, 14, 24, 2, 10, -1]),
        ("DLAQR5", 1, 182, [-1, -1, -1, 75, 22, 14, 22, 2, 10, -1]),
        ("DLAQR5", 5, 300, [-1, -1, -1, 75, 36, 14, 36, 2, 10, -1]),
        ("DLAQR5", 1, 362, [-1, -1, -1, 75, 44, 14, 44, 2, 10, -1]),
        ("DLAQR5", 1, 363, [-1, -1, -1, 75, 40, 14, 40, 2, 10, -1]),
        ("DLAQR5", 1, 500, [-1, -1, -1, 75, 54, 14, 54, 2, 10, -1]),
        ("DLAQR5", 1, 501, [-1, -1, -1, 75, 81, 14, 54, 2, 10, -1]),
        ("DLAQR5", 1, 589, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("DLAQR5", 1, 590, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("DLAQR5", 1, 2999, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("DLAQR5", 1, 3000, [-1, -1, -1, 75, 192, 14, 128, 2, 10, -1]),
        ("DLAQR5", 1, 5999, [-1, -1, -1, 75, 192, 14, 128, 2, 10, -1]),
        ("DLAQR5", 1, 6000, [-1, -1, -1, 75, 384, 14, 256, 2, 10, -1]),
        ("DLAQR5", 1, 100000, [-1, -1, -1, 75, 384, 14, 256, 2, 10, -1]),
        ("DLAQR5", 10, 5, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DXXXXX", 1, 0, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DXXXXX", 1, 1, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DXXXXX", 1, 13, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DXXXXX", 1, 14, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DXXXXX", 1, 29, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DXXXXX", 1, 30, [-1, -1, -1, 75, 4, 14, 4, 0, 10, -1]),
        ("DXXXXX", 1, 59, [-1, -1, -1, 75, 4, 14, 4, 0, 10, -1]),
        ("DXXXXX", 1, 60, [-1, -1, -1, 75, 10, 14, 10, 0, 10, -1]),
        ("DXXXXX", 1, 149, [-1, -1, -1, 75, 10, 14, 10, 0, 10, -1]),
        ("DXXXXX", 1, 150, [-1, -1, -1, 75, 20, 14, 20, 0, 10, -1]),
        ("DXXXXX", 1, 181, [-1, -1, -1, 75, 24, 14, 24, 0, 10, -1]),
        ("DXXXXX", 1, 182, [-1, -1, -1, 75, 22, 14, 22, 0, 10, -1]),
        ("DXXXXX", 5, 300, [-1, -1, -1, 75, 36, 14, 36, 0, 10, -1]),
        ("DXXXXX", 1, 362, [-1, -1, -1, 75, 44, 14, 44, 0, 10, -1]),
        ("DXXXXX", 1, 363, [-1, -1, -1, 75, 40, 14, 40, 0, 10, -1]),
        ("DXXXXX", 1, 500, [-1, -1, -1, 75, 54, 14, 54, 0, 10, -1]),
        ("DXXXXX", 1, 501, [-1, -1, -1, 75, 81, 14, 54, 0, 10, -1]),
        ("DXXXXX", 1, 589, [-1, -1, -1, 75, 96, 14, 64, 0, 10, -1]),
        ("DXXXXX", 1, 590, [-1, -1, -1, 75, 96, 14, 64, 0, 10, -1]),
        ("DXXXXX", 1, 2999, [-1, -1, -1, 75, 96, 14, 64, 0, 10, -1]),
        ("DXXXXX", 1, 3000, [-1, -1, -1, 75, 192, 14, 128, 0, 10, -1]),
        ("DXXXXX", 1, 5999, [-1, -1, -1, 75, 192, 14, 128, 0, 10, -1]),
        ("DXXXXX", 1, 6000, [-1, -1, -1, 75, 384, 14, 256, 0, 10, -1]),
        ("DXXXXX", 1, 100000, [-1, -1, -1, 75, 384, 14, 256, 0, 10, -1]),
        ("DXXXXX", 10, 5, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("", 1, 0, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("", 1, 1, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("", 1, 13, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("", 1, 14, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("", 1, 29, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("", 1, 30, [-1, -1, -1, 75, 4, 14, 4, 0, 10, -1]),
        ("", 1, 59, [-1, -1, -1, 75, 4, 14, 4, 0, 10, -1]),
        ("", 1, 60, [-1, -1, -1, 75, 10, 14, 10, 0, 10, -1]),
        ("", 1, 149, [-1, -1, -1, 75, 10, 14, 10, 0, 10, -1]),
        ("", 1, 150, [-1, -1, -1, 75, 20, 14, 20, 0, 10, -1]),
        ("", 1, 181, [-1, -1, -1, 75, 24, 14, 24, 0, 10, -1]),
        ("", 1, 182, [-1, -1, -1, 75, 22, 14, 22, 0, 10, -1]),
        ("", 5, 300, [-1, -1, -1, 75, 36, 14, 36, 0, 10, -1]),
        ("", 1, 362, [-1, -1, -1, 75, 44, 14, 44, 0, 10, -1]),
        ("", 1, 363, [-1, -1, -1, 75, 40, 14, 40, 0, 10, -1]),
        ("", 1, 500, [-1, -1, -1, 75, 54, 14, 54, 0, 10, -1]),
        ("", 1, 501, [-1, -1, -1, 75, 81, 14, 54, 0, 10, -1]),
        ("", 1, 589, [-1, -1, -1, 75, 96, 14, 64, 0, 10, -1]),
        ("", 1, 590, [-1, -1, -1, 75, 96, 14, 64, 0, 10, -1]),
        ("", 1, 2999, [-1, -1, -1, 75, 96, 14, 64, 0, 10, -1]),
        ("", 1, 3000, [-1, -1, -1, 75, 192, 14, 128, 0, 10, -1]),
        ("", 1, 5999, [-1, -1, -1, 75, 192, 14, 128, 0, 10, -1]),
        ("", 1, 6000, [-1, -1, -1, 75, 384, 14, 256, 0, 10, -1]),
        ("", 1, 100000, [-1, -1, -1, 75, 384, 14, 256, 0, 10, -1]),
        ("", 10, 5, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("Dhseqr", 1, 0, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("Dhseqr", 1, 1, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("Dhseqr", 1, 13, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("Dhseqr", 1, 14, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("Dhseqr", 1, 29, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("Dhseqr", 1, 30, [-1, -1, -1, 75, 4, 14, 4, 0, 10, -1]),
        ("Dhseqr", 1, 59, [-1, -1, -1, 75, 4, 14, 4, 0, 10, -1]),
        ("Dhseqr", 1, 60, [-1, -1, -1, 75, 10, 14, 10, 0, 10, -1]),
        ("Dhseqr", 1, 149, [-1, -1, -1, 75, 10, 14, 10, 0, 10, -1]),
        ("Dhseqr", 1, 150, [-1, -1, -1, 75, 20, 14, 20, 0, 10, -1]),
        ("Dhseqr", 1, 181, [-1, -1, -1, 75, 24, 14, 24, 0, 10, -1]),
        ("Dhseqr", 1, 182, [-1, -1, -1, 75, 22, 14, 22, 0, 10, -1]),
        ("Dhseqr", 5, 300, [-1, -1, -1, 75, 36, 14, 36, 0, 10, -1]),
        ("Dhseqr", 1, 362, [-1, -1, -1, 75, 44, 14, 44, 0, 10, -1]),
        ("Dhseqr", 1, 363, [-1, -1, -1, 75, 40, 14, 40, 0, 10, -1]),
        ("Dhseqr", 1, 500, [-1, -1, -1, 75, 54, 14, 54, 0, 10, -1]),
        ("Dhseqr", 1, 501, [-1, -1, -1, 75, 81, 14, 54, 0, 10, -1]),
        ("Dhseqr", 1, 589, [-1, -1, -1, 75, 96, 14, 64, 0, 10, -1]),
        ("Dhseqr", 1, 590, [-1, -1, -1, 75, 96, 14, 64, 0, 10, -1]),
        ("Dhseqr", 1, 2999, [-1, -1, -1, 75, 96, 14, 64, 0, 10, -1]),
        ("Dhseqr", 1, 3000, [-1, -1, -1, 75, 192, 14, 128, 0, 10, -1]),
        ("Dhseqr", 1, 5999, [-1, -1, -1, 75, 192, 14, 128, 0, 10, -1]),
        ("Dhseqr", 1, 6000, [-1, -1, -1, 75, 384, 14, 256, 0, 10, -1]),
        ("Dhseqr", 1, 100000, [-1, -1, -1, 75, 384, 14, 256, 0, 10, -1]),
        ("Dhseqr", 10, 5, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DHSEQRX", 1, 0, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DHSEQRX", 1, 1, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DHSEQRX", 1, 13, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DHSEQRX", 1, 14, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DHSEQRX", 1, 29, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
        ("DHSEQRX", 1, 30, [-1, -1, -1, 75, 4, 14, 4, 0, 10, -1]),
        ("DHSEQRX", 1, 59, [-1, -1, -1, 75, 4, 14, 4, 0, 10, -1]),
        ("DHSEQRX", 1, 60, [-1, -1, -1, 75, 10, 14, 10, 0, 10, -1]),
        ("DHSEQRX", 1, 149, [-1, -1, -1, 75, 10, 14, 10, 0, 10, -1]),
        ("DHSEQRX", 1, 150, [-1, -1, -1, 75, 20, 14, 20, 2, 10, -1]),
        ("DHSEQRX", 1, 181, [-1, -1, -1, 75, 24, 14, 24, 2, 10, -1]),
        ("DHSEQRX", 1, 182, [-1, -1, -1, 75, 22, 14, 22, 2, 10, -1]),
        ("DHSEQRX", 5, 300, [-1, -1, -1, 75, 36, 14, 36, 2, 10, -1]),
        ("DHSEQRX", 1, 362, [-1, -1, -1, 75, 44, 14, 44, 2, 10, -1]),
        ("DHSEQRX", 1, 363, [-1, -1, -1, 75, 40, 14, 40, 2, 10, -1]),
        ("DHSEQRX", 1, 500, [-1, -1, -1, 75, 54, 14, 54, 2, 10, -1]),
        ("DHSEQRX", 1, 501, [-1, -1, -1, 75, 81, 14, 54, 2, 10, -1]),
        ("DHSEQRX", 1, 589, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("DHSEQRX", 1, 590, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("DHSEQRX", 1, 2999, [-1, -1, -1, 75, 96, 14, 64, 2, 10, -1]),
        ("DHSEQRX", 1, 3000, [-1, -1, -1, 75, 192, 14, 128, 2, 10, -1]),
        ("DHSEQRX", 1, 5999, [-1, -1, -1, 75, 192, 14, 128, 2, 10, -1]),
        ("DHSEQRX", 1, 6000, [-1, -1, -1, 75, 384, 14, 256, 2, 10, -1]),
        ("DHSEQRX", 1, 100000, [-1, -1, -1, 75, 384, 14, 256, 2, 10, -1]),
        ("DHSEQRX", 10, 5, [-1, -1, -1, 75, 2, 14, 2, 0, 10, -1]),
    ];
    const QR_ISPECS: [i32; 10] = [0, 1, 11, 12, 13, 14, 15, 16, 17, 18];

    /// `(name, opts, [n1, n2, n3, n4], [ilaenv2stage for ISPEC -1..=6])`.
    #[rustfmt::skip]
    const TWO_STAGE: &[(&str, &str, [i32; 4], [i32; 8])] = &[
        ("DSYTRD_2STAGE", "N", [100, 32, 16, -1], [-1, -1, 32, 16, 400, 11848, -1, -1]),
        ("DSYTRD_2STAGE", "N", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("DSYTRD_2STAGE", "N", [1, 16, 16, 5], [-1, -1, 32, 16, 4, 577, 5, -1]),
        ("DSYTRD_2STAGE", "N", [1000, 64, 32, 7], [-1, -1, 32, 16, 4000, 202192, 7, -1]),
        ("DSYTRD_2STAGE", "N", [50, 8, 4, -1], [-1, -1, 32, 16, 200, 2578, -1, -1]),
        ("DSYTRD_2STAGE", "N", [-10, 3, -100, 2], [-1, -1, 32, 16, 1, 1, 2, -1]),
        ("DSYTRD_2STAGE", "N", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120000, 1, 1, -1]),
        ("DSYTRD_2STAGE", "V", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 11848, -1, -1]),
        ("DSYTRD_2STAGE", "V", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("DSYTRD_2STAGE", "V", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 577, 5, -1]),
        ("DSYTRD_2STAGE", "V", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 202192, 7, -1]),
        ("DSYTRD_2STAGE", "V", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 2578, -1, -1]),
        ("DSYTRD_2STAGE", "V", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("DSYTRD_2STAGE", "V", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1, 1, -1]),
        ("DSYTRD_2STAGE", "", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 11848, -1, -1]),
        ("DSYTRD_2STAGE", "", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("DSYTRD_2STAGE", "", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 577, 5, -1]),
        ("DSYTRD_2STAGE", "", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 202192, 7, -1]),
        ("DSYTRD_2STAGE", "", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 2578, -1, -1]),
        ("DSYTRD_2STAGE", "", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("DSYTRD_2STAGE", "", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1, 1, -1]),
        ("DSYTRD_2STAGE", "n", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 11848, -1, -1]),
        ("DSYTRD_2STAGE", "n", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("DSYTRD_2STAGE", "n", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 577, 5, -1]),
        ("DSYTRD_2STAGE", "n", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 202192, 7, -1]),
        ("DSYTRD_2STAGE", "n", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 2578, -1, -1]),
        ("DSYTRD_2STAGE", "n", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("DSYTRD_2STAGE", "n", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1, 1, -1]),
        ("ZHETRD_2STAGE", "N", [100, 32, 16, -1], [-1, -1, 16, 16, 400, 11848, -1, -1]),
        ("ZHETRD_2STAGE", "N", [0, 0, 0, 0], [-1, -1, 16, 16, 1, 1, 0, -1]),
        ("ZHETRD_2STAGE", "N", [1, 16, 16, 5], [-1, -1, 16, 16, 4, 577, 5, -1]),
        ("ZHETRD_2STAGE", "N", [1000, 64, 32, 7], [-1, -1, 16, 16, 4000, 202192, 7, -1]),
        ("ZHETRD_2STAGE", "N", [50, 8, 4, -1], [-1, -1, 16, 16, 200, 2578, -1, -1]),
        ("ZHETRD_2STAGE", "N", [-10, 3, -100, 2], [-1, -1, 16, 16, 1, 1, 2, -1]),
        ("ZHETRD_2STAGE", "N", [30000, 20000, 5, 1], [-1, -1, 16, 16, 120000, 1, 1, -1]),
        ("ZHETRD_2STAGE", "V", [100, 32, 16, -1], [-1, -1, 16, 16, 416, 11848, -1, -1]),
        ("ZHETRD_2STAGE", "V", [0, 0, 0, 0], [-1, -1, 16, 16, 1, 1, 0, -1]),
        ("ZHETRD_2STAGE", "V", [1, 16, 16, 5], [-1, -1, 16, 16, 20, 577, 5, -1]),
        ("ZHETRD_2STAGE", "V", [1000, 64, 32, 7], [-1, -1, 16, 16, 4032, 202192, 7, -1]),
        ("ZHETRD_2STAGE", "V", [50, 8, 4, -1], [-1, -1, 16, 16, 204, 2578, -1, -1]),
        ("ZHETRD_2STAGE", "V", [-10, 3, -100, 2], [-1, -1, 16, 16, -1, 1, 2, -1]),
        ("ZHETRD_2STAGE", "V", [30000, 20000, 5, 1], [-1, -1, 16, 16, 120005, 1, 1, -1]),
        ("ZHETRD_2STAGE", "", [100, 32, 16, -1], [-1, -1, 16, 16, 416, 11848, -1, -1]),
        ("ZHETRD_2STAGE", "", [0, 0, 0, 0], [-1, -1, 16, 16, 1, 1, 0, -1]),
        ("ZHETRD_2STAGE", "", [1, 16, 16, 5], [-1, -1, 16, 16, 20, 577, 5, -1]),
        ("ZHETRD_2STAGE", "", [1000, 64, 32, 7], [-1, -1, 16, 16, 4032, 202192, 7, -1]),
        ("ZHETRD_2STAGE", "", [50, 8, 4, -1], [-1, -1, 16, 16, 204, 2578, -1, -1]),
        ("ZHETRD_2STAGE", "", [-10, 3, -100, 2], [-1, -1, 16, 16, -1, 1, 2, -1]),
        ("ZHETRD_2STAGE", "", [30000, 20000, 5, 1], [-1, -1, 16, 16, 120005, 1, 1, -1]),
        ("ZHETRD_2STAGE", "n", [100, 32, 16, -1], [-1, -1, 16, 16, 416, 11848, -1, -1]),
        ("ZHETRD_2STAGE", "n", [0, 0, 0, 0], [-1, -1, 16, 16, 1, 1, 0, -1]),
        ("ZHETRD_2STAGE", "n", [1, 16, 16, 5], [-1, -1, 16, 16, 20, 577, 5, -1]),
        ("ZHETRD_2STAGE", "n", [1000, 64, 32, 7], [-1, -1, 16, 16, 4032, 202192, 7, -1]),
        ("ZHETRD_2STAGE", "n", [50, 8, 4, -1], [-1, -1, 16, 16, 204, 2578, -1, -1]),
        ("ZHETRD_2STAGE", "n", [-10, 3, -100, 2], [-1, -1, 16, 16, -1, 1, 2, -1]),
        ("ZHETRD_2STAGE", "n", [30000, 20000, 5, 1], [-1, -1, 16, 16, 120005, 1, 1, -1]),
        ("ssytrd_sy2sb", "N", [100, 32, 16, -1], [-1, -1, 32, 16, 400, 8448, -1, -1]),
        ("ssytrd_sy2sb", "N", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("ssytrd_sy2sb", "N", [1, 16, 16, 5], [-1, -1, 32, 16, 4, 560, 5, -1]),
        ("ssytrd_sy2sb", "N", [1000, 64, 32, 7], [-1, -1, 32, 16, 4000, 136192, 7, -1]),
        ("ssytrd_sy2sb", "N", [50, 8, 4, -1], [-1, -1, 32, 16, 200, 2128, -1, -1]),
        ("ssytrd_sy2sb", "N", [-10, 3, -100, 2], [-1, -1, 32, 16, 1, 1, 2, -1]),
        ("ssytrd_sy2sb", "N", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120000, 2000000000, 1, -1]),
        ("ssytrd_sy2sb", "V", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 8448, -1, -1]),
        ("ssytrd_sy2sb", "V", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("ssytrd_sy2sb", "V", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 560, 5, -1]),
        ("ssytrd_sy2sb", "V", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 136192, 7, -1]),
        ("ssytrd_sy2sb", "V", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 2128, -1, -1]),
        ("ssytrd_sy2sb", "V", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("ssytrd_sy2sb", "V", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 2000000000, 1, -1]),
        ("ssytrd_sy2sb", "", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 8448, -1, -1]),
        ("ssytrd_sy2sb", "", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("ssytrd_sy2sb", "", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 560, 5, -1]),
        ("ssytrd_sy2sb", "", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 136192, 7, -1]),
        ("ssytrd_sy2sb", "", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 2128, -1, -1]),
        ("ssytrd_sy2sb", "", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("ssytrd_sy2sb", "", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 2000000000, 1, -1]),
        ("ssytrd_sy2sb", "n", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 8448, -1, -1]),
        ("ssytrd_sy2sb", "n", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("ssytrd_sy2sb", "n", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 560, 5, -1]),
        ("ssytrd_sy2sb", "n", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 136192, 7, -1]),
        ("ssytrd_sy2sb", "n", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 2128, -1, -1]),
        ("ssytrd_sy2sb", "n", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("ssytrd_sy2sb", "n", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 2000000000, 1, -1]),
        ("CHETRD_HE2HB", "N", [100, 32, 16, -1], [-1, -1, 16, 16, 400, 8448, -1, -1]),
        ("CHETRD_HE2HB", "N", [0, 0, 0, 0], [-1, -1, 16, 16, 1, 1, 0, -1]),
        ("CHETRD_HE2HB", "N", [1, 16, 16, 5], [-1, -1, 16, 16, 4, 560, 5, -1]),
        ("CHETRD_HE2HB", "N", [1000, 64, 32, 7], [-1, -1, 16, 16, 4000, 136192, 7, -1]),
        ("CHETRD_HE2HB", "N", [50, 8, 4, -1], [-1, -1, 16, 16, 200, 2128, -1, -1]),
        ("CHETRD_HE2HB", "N", [-10, 3, -100, 2], [-1, -1, 16, 16, 1, 1, 2, -1]),
        ("CHETRD_HE2HB", "N", [30000, 20000, 5, 1], [-1, -1, 16, 16, 120000, 2000000000, 1, -1]),
        ("CHETRD_HE2HB", "V", [100, 32, 16, -1], [-1, -1, 16, 16, 416, 8448, -1, -1]),
        ("CHETRD_HE2HB", "V", [0, 0, 0, 0], [-1, -1, 16, 16, 1, 1, 0, -1]),
        ("CHETRD_HE2HB", "V", [1, 16, 16, 5], [-1, -1, 16, 16, 20, 560, 5, -1]),
        ("CHETRD_HE2HB", "V", [1000, 64, 32, 7], [-1, -1, 16, 16, 4032, 136192, 7, -1]),
        ("CHETRD_HE2HB", "V", [50, 8, 4, -1], [-1, -1, 16, 16, 204, 2128, -1, -1]),
        ("CHETRD_HE2HB", "V", [-10, 3, -100, 2], [-1, -1, 16, 16, -1, 1, 2, -1]),
        ("CHETRD_HE2HB", "V", [30000, 20000, 5, 1], [-1, -1, 16, 16, 120005, 2000000000, 1, -1]),
        ("CHETRD_HE2HB", "", [100, 32, 16, -1], [-1, -1, 16, 16, 416, 8448, -1, -1]),
        ("CHETRD_HE2HB", "", [0, 0, 0, 0], [-1, -1, 16, 16, 1, 1, 0, -1]),
        ("CHETRD_HE2HB", "", [1, 16, 16, 5], [-1, -1, 16, 16, 20, 560, 5, -1]),
        ("CHETRD_HE2HB", "", [1000, 64, 32, 7], [-1, -1, 16, 16, 4032, 136192, 7, -1]),
        ("CHETRD_HE2HB", "", [50, 8, 4, -1], [-1, -1, 16, 16, 204, 2128, -1, -1]),
        ("CHETRD_HE2HB", "", [-10, 3, -100, 2], [-1, -1, 16, 16, -1, 1, 2, -1]),
        ("CHETRD_HE2HB", "", [30000, 20000, 5, 1], [-1, -1, 16, 16, 120005, 2000000000, 1, -1]),
        ("CHETRD_HE2HB", "n", [100, 32, 16, -1], [-1, -1, 16, 16, 416, 8448, -1, -1]),
        ("CHETRD_HE2HB", "n", [0, 0, 0, 0], [-1, -1, 16, 16, 1, 1, 0, -1]),
        ("CHETRD_HE2HB", "n", [1, 16, 16, 5], [-1, -1, 16, 16, 20, 560, 5, -1]),
        ("CHETRD_HE2HB", "n", [1000, 64, 32, 7], [-1, -1, 16, 16, 4032, 136192, 7, -1]),
        ("CHETRD_HE2HB", "n", [50, 8, 4, -1], [-1, -1, 16, 16, 204, 2128, -1, -1]),
        ("CHETRD_HE2HB", "n", [-10, 3, -100, 2], [-1, -1, 16, 16, -1, 1, 2, -1]),
        ("CHETRD_HE2HB", "n", [30000, 20000, 5, 1], [-1, -1, 16, 16, 120005, 2000000000, 1, -1]),
        ("DSYTRD_SB2ST", "N", [100, 32, 16, -1], [-1, -1, 32, 16, 400, 6532, -1, -1]),
        ("DSYTRD_SB2ST", "N", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("DSYTRD_SB2ST", "N", [1, 16, 16, 5], [-1, -1, 32, 16, 4, 49, 5, -1]),
        ("DSYTRD_SB2ST", "N", [1000, 64, 32, 7], [-1, -1, 32, 16, 4000, 129064, 7, -1]),
        ("DSYTRD_SB2ST", "N", [50, 8, 4, -1], [-1, -1, 32, 16, 200, 858, -1, -1]),
        ("DSYTRD_SB2ST", "N", [-10, 3, -100, 2], [-1, -1, 32, 16, 1, 1, 2, -1]),
        ("DSYTRD_SB2ST", "N", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120000, 1200050000, 1, -1]),
        ("DSYTRD_SB2ST", "V", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 6532, -1, -1]),
        ("DSYTRD_SB2ST", "V", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("DSYTRD_SB2ST", "V", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 49, 5, -1]),
        ("DSYTRD_SB2ST", "V", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 129064, 7, -1]),
        ("DSYTRD_SB2ST", "V", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 858, -1, -1]),
        ("DSYTRD_SB2ST", "V", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("DSYTRD_SB2ST", "V", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1200050000, 1, -1]),
        ("DSYTRD_SB2ST", "", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 6532, -1, -1]),
        ("DSYTRD_SB2ST", "", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("DSYTRD_SB2ST", "", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 49, 5, -1]),
        ("DSYTRD_SB2ST", "", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 129064, 7, -1]),
        ("DSYTRD_SB2ST", "", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 858, -1, -1]),
        ("DSYTRD_SB2ST", "", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("DSYTRD_SB2ST", "", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1200050000, 1, -1]),
        ("DSYTRD_SB2ST", "n", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 6532, -1, -1]),
        ("DSYTRD_SB2ST", "n", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("DSYTRD_SB2ST", "n", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 49, 5, -1]),
        ("DSYTRD_SB2ST", "n", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 129064, 7, -1]),
        ("DSYTRD_SB2ST", "n", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 858, -1, -1]),
        ("DSYTRD_SB2ST", "n", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("DSYTRD_SB2ST", "n", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1200050000, 1, -1]),
        ("zhetrd_hb2st", "N", [100, 32, 16, -1], [-1, -1, 16, 16, 400, 6532, -1, -1]),
        ("zhetrd_hb2st", "N", [0, 0, 0, 0], [-1, -1, 16, 16, 1, 1, 0, -1]),
        ("zhetrd_hb2st", "N", [1, 16, 16, 5], [-1, -1, 16, 16, 4, 49, 5, -1]),
        ("zhetrd_hb2st", "N", [1000, 64, 32, 7], [-1, -1, 16, 16, 4000, 129064, 7, -1]),
        ("zhetrd_hb2st", "N", [50, 8, 4, -1], [-1, -1, 16, 16, 200, 858, -1, -1]),
        ("zhetrd_hb2st", "N", [-10, 3, -100, 2], [-1, -1, 16, 16, 1, 1, 2, -1]),
        ("zhetrd_hb2st", "N", [30000, 20000, 5, 1], [-1, -1, 16, 16, 120000, 1200050000, 1, -1]),
        ("zhetrd_hb2st", "V", [100, 32, 16, -1], [-1, -1, 16, 16, 416, 6532, -1, -1]),
        ("zhetrd_hb2st", "V", [0, 0, 0, 0], [-1, -1, 16, 16, 1, 1, 0, -1]),
        ("zhetrd_hb2st", "V", [1, 16, 16, 5], [-1, -1, 16, 16, 20, 49, 5, -1]),
        ("zhetrd_hb2st", "V", [1000, 64, 32, 7], [-1, -1, 16, 16, 4032, 129064, 7, -1]),
        ("zhetrd_hb2st", "V", [50, 8, 4, -1], [-1, -1, 16, 16, 204, 858, -1, -1]),
        ("zhetrd_hb2st", "V", [-10, 3, -100, 2], [-1, -1, 16, 16, -1, 1, 2, -1]),
        ("zhetrd_hb2st", "V", [30000, 20000, 5, 1], [-1, -1, 16, 16, 120005, 1200050000, 1, -1]),
        ("zhetrd_hb2st", "", [100, 32, 16, -1], [-1, -1, 16, 16, 416, 6532, -1, -1]),
        ("zhetrd_hb2st", "", [0, 0, 0, 0], [-1, -1, 16, 16, 1, 1, 0, -1]),
        ("zhetrd_hb2st", "", [1, 16, 16, 5], [-1, -1, 16, 16, 20, 49, 5, -1]),
        ("zhetrd_hb2st", "", [1000, 64, 32, 7], [-1, -1, 16, 16, 4032, 129064, 7, -1]),
        ("zhetrd_hb2st", "", [50, 8, 4, -1], [-1, -1, 16, 16, 204, 858, -1, -1]),
        ("zhetrd_hb2st", "", [-10, 3, -100, 2], [-1, -1, 16, 16, -1, 1, 2, -1]),
        ("zhetrd_hb2st", "", [30000, 20000, 5, 1], [-1, -1, 16, 16, 120005, 1200050000, 1, -1]),
        ("zhetrd_hb2st", "n", [100, 32, 16, -1], [-1, -1, 16, 16, 416, 6532, -1, -1]),
        ("zhetrd_hb2st", "n", [0, 0, 0, 0], [-1, -1, 16, 16, 1, 1, 0, -1]),
        ("zhetrd_hb2st", "n", [1, 16, 16, 5], [-1, -1, 16, 16, 20, 49, 5, -1]),
        ("zhetrd_hb2st", "n", [1000, 64, 32, 7], [-1, -1, 16, 16, 4032, 129064, 7, -1]),
        ("zhetrd_hb2st", "n", [50, 8, 4, -1], [-1, -1, 16, 16, 204, 858, -1, -1]),
        ("zhetrd_hb2st", "n", [-10, 3, -100, 2], [-1, -1, 16, 16, -1, 1, 2, -1]),
        ("zhetrd_hb2st", "n", [30000, 20000, 5, 1], [-1, -1, 16, 16, 120005, 1200050000, 1, -1]),
        ("DGEBRD_2STAGE", "N", [100, 32, 16, -1], [-1, -1, 32, 16, 400, 15048, -1, -1]),
        ("DGEBRD_2STAGE", "N", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("DGEBRD_2STAGE", "N", [1, 16, 16, 5], [-1, -1, 32, 16, 4, 593, 5, -1]),
        ("DGEBRD_2STAGE", "N", [1000, 64, 32, 7], [-1, -1, 32, 16, 4000, 266192, 7, -1]),
        ("DGEBRD_2STAGE", "N", [50, 8, 4, -1], [-1, -1, 32, 16, 200, 2978, -1, -1]),
        ("DGEBRD_2STAGE", "N", [-10, 3, -100, 2], [-1, -1, 32, 16, 1, 1, 2, -1]),
        ("DGEBRD_2STAGE", "N", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120000, 1, 1, -1]),
        ("DGEBRD_2STAGE", "V", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 15048, -1, -1]),
        ("DGEBRD_2STAGE", "V", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("DGEBRD_2STAGE", "V", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 593, 5, -1]),
        ("DGEBRD_2STAGE", "V", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 266192, 7, -1]),
        ("DGEBRD_2STAGE", "V", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 2978, -1, -1]),
        ("DGEBRD_2STAGE", "V", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("DGEBRD_2STAGE", "V", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1, 1, -1]),
        ("DGEBRD_2STAGE", "", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 15048, -1, -1]),
        ("DGEBRD_2STAGE", "", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("DGEBRD_2STAGE", "", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 593, 5, -1]),
        ("DGEBRD_2STAGE", "", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 266192, 7, -1]),
        ("DGEBRD_2STAGE", "", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 2978, -1, -1]),
        ("DGEBRD_2STAGE", "", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("DGEBRD_2STAGE", "", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1, 1, -1]),
        ("DGEBRD_2STAGE", "n", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 15048, -1, -1]),
        ("DGEBRD_2STAGE", "n", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("DGEBRD_2STAGE", "n", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 593, 5, -1]),
        ("DGEBRD_2STAGE", "n", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 266192, 7, -1]),
        ("DGEBRD_2STAGE", "n", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 2978, -1, -1]),
        ("DGEBRD_2STAGE", "n", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("DGEBRD_2STAGE", "n", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1, 1, -1]),
        ("CGEBRD_GE2GB", "N", [100, 32, 16, -1], [-1, -1, 16, 16, 400, 8448, -1, -1]),
        ("CGEBRD_GE2GB", "N", [0, 0, 0, 0], [-1, -1, 16, 16, 1, 1, 0, -1]),
        ("CGEBRD_GE2GB", "N", [1, 16, 16, 5], [-1, -1, 16, 16, 4, 560, 5, -1]),
        ("CGEBRD_GE2GB", "N", [1000, 64, 32, 7], [-1, -1, 16, 16, 4000, 136192, 7, -1]),
        ("CGEBRD_GE2GB", "N", [50, 8, 4, -1], [-1, -1, 16, 16, 200, 2128, -1, -1]),
        ("CGEBRD_GE2GB", "N", [-10, 3, -100, 2], [-1, -1, 16, 16, 1, 1, 2, -1]),
        ("CGEBRD_GE2GB", "N", [30000, 20000, 5, 1], [-1, -1, 16, 16, 120000, 2000000000, 1, -1]),
        ("CGEBRD_GE2GB", "V", [100, 32, 16, -1], [-1, -1, 16, 16, 416, 8448, -1, -1]),
        ("CGEBRD_GE2GB", "V", [0, 0, 0, 0], [-1, -1, 16, 16, 1, 1, 0, -1]),
        ("CGEBRD_GE2GB", "V", [1, 16, 16, 5], [-1, -1, 16, 16, 20, 560, 5, -1]),
        ("CGEBRD_GE2GB", "V", [1000, 64, 32, 7], [-1, -1, 16, 16, 4032, 136192, 7, -1]),
        ("CGEBRD_GE2GB", "V", [50, 8, 4, -1], [-1, -1, 16, 16, 204, 2128, -1, -1]),
        ("CGEBRD_GE2GB", "V", [-10, 3, -100, 2], [-1, -1, 16, 16, -1, 1, 2, -1]),
        ("CGEBRD_GE2GB", "V", [30000, 20000, 5, 1], [-1, -1, 16, 16, 120005, 2000000000, 1, -1]),
        ("CGEBRD_GE2GB", "", [100, 32, 16, -1], [-1, -1, 16, 16, 416, 8448, -1, -1]),
        ("CGEBRD_GE2GB", "", [0, 0, 0, 0], [-1, -1, 16, 16, 1, 1, 0, -1]),
        ("CGEBRD_GE2GB", "", [1, 16, 16, 5], [-1, -1, 16, 16, 20, 560, 5, -1]),
        ("CGEBRD_GE2GB", "", [1000, 64, 32, 7], [-1, -1, 16, 16, 4032, 136192, 7, -1]),
        ("CGEBRD_GE2GB", "", [50, 8, 4, -1], [-1, -1, 16, 16, 204, 2128, -1, -1]),
        ("CGEBRD_GE2GB", "", [-10, 3, -100, 2], [-1, -1, 16, 16, -1, 1, 2, -1]),
        ("CGEBRD_GE2GB", "", [30000, 20000, 5, 1], [-1, -1, 16, 16, 120005, 2000000000, 1, -1]),
        ("CGEBRD_GE2GB", "n", [100, 32, 16, -1], [-1, -1, 16, 16, 416, 8448, -1, -1]),
        ("CGEBRD_GE2GB", "n", [0, 0, 0, 0], [-1, -1, 16, 16, 1, 1, 0, -1]),
        ("CGEBRD_GE2GB", "n", [1, 16, 16, 5], [-1, -1, 16, 16, 20, 560, 5, -1]),
        ("CGEBRD_GE2GB", "n", [1000, 64, 32, 7], [-1, -1, 16, 16, 4032, 136192, 7, -1]),
        ("CGEBRD_GE2GB", "n", [50, 8, 4, -1], [-1, -1, 16, 16, 204, 2128, -1, -1]),
        ("CGEBRD_GE2GB", "n", [-10, 3, -100, 2], [-1, -1, 16, 16, -1, 1, 2, -1]),
        ("CGEBRD_GE2GB", "n", [30000, 20000, 5, 1], [-1, -1, 16, 16, 120005, 2000000000, 1, -1]),
        ("SGEBRD_GB2BD", "N", [100, 32, 16, -1], [-1, -1, 32, 16, 400, 9732, -1, -1]),
        ("SGEBRD_GB2BD", "N", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("SGEBRD_GB2BD", "N", [1, 16, 16, 5], [-1, -1, 32, 16, 4, 65, 5, -1]),
        ("SGEBRD_GB2BD", "N", [1000, 64, 32, 7], [-1, -1, 32, 16, 4000, 193064, 7, -1]),
        ("SGEBRD_GB2BD", "N", [50, 8, 4, -1], [-1, -1, 32, 16, 200, 1258, -1, -1]),
        ("SGEBRD_GB2BD", "N", [-10, 3, -100, 2], [-1, -1, 32, 16, 1, 1, 2, -1]),
        ("SGEBRD_GB2BD", "N", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120000, 1800050000, 1, -1]),
        ("SGEBRD_GB2BD", "V", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 9732, -1, -1]),
        ("SGEBRD_GB2BD", "V", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("SGEBRD_GB2BD", "V", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 65, 5, -1]),
        ("SGEBRD_GB2BD", "V", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 193064, 7, -1]),
        ("SGEBRD_GB2BD", "V", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 1258, -1, -1]),
        ("SGEBRD_GB2BD", "V", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("SGEBRD_GB2BD", "V", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1800050000, 1, -1]),
        ("SGEBRD_GB2BD", "", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 9732, -1, -1]),
        ("SGEBRD_GB2BD", "", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("SGEBRD_GB2BD", "", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 65, 5, -1]),
        ("SGEBRD_GB2BD", "", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 193064, 7, -1]),
        ("SGEBRD_GB2BD", "", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 1258, -1, -1]),
        ("SGEBRD_GB2BD", "", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("SGEBRD_GB2BD", "", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1800050000, 1, -1]),
        ("SGEBRD_GB2BD", "n", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 9732, -1, -1]),
        ("SGEBRD_GB2BD", "n", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("SGEBRD_GB2BD", "n", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 65, 5, -1]),
        ("SGEBRD_GB2BD", "n", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 193064, 7, -1]),
        ("SGEBRD_GB2BD", "n", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 1258, -1, -1]),
        ("SGEBRD_GB2BD", "n", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("SGEBRD_GB2BD", "n", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1800050000, 1, -1]),
        ("dgebrd_gb2bd", "N", [100, 32, 16, -1], [-1, -1, 32, 16, 400, 9732, -1, -1]),
        ("dgebrd_gb2bd", "N", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("dgebrd_gb2bd", "N", [1, 16, 16, 5], [-1, -1, 32, 16, 4, 65, 5, -1]),
        ("dgebrd_gb2bd", "N", [1000, 64, 32, 7], [-1, -1, 32, 16, 4000, 193064, 7, -1]),
        ("dgebrd_gb2bd", "N", [50, 8, 4, -1], [-1, -1, 32, 16, 200, 1258, -1, -1]),
        ("dgebrd_gb2bd", "N", [-10, 3, -100, 2], [-1, -1, 32, 16, 1, 1, 2, -1]),
        ("dgebrd_gb2bd", "N", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120000, 1800050000, 1, -1]),
        ("dgebrd_gb2bd", "V", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 9732, -1, -1]),
        ("dgebrd_gb2bd", "V", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("dgebrd_gb2bd", "V", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 65, 5, -1]),
        ("dgebrd_gb2bd", "V", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 193064, 7, -1]),
        ("dgebrd_gb2bd", "V", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 1258, -1, -1]),
        ("dgebrd_gb2bd", "V", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("dgebrd_gb2bd", "V", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1800050000, 1, -1]),
        ("dgebrd_gb2bd", "", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 9732, -1, -1]),
        ("dgebrd_gb2bd", "", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("dgebrd_gb2bd", "", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 65, 5, -1]),
        ("dgebrd_gb2bd", "", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 193064, 7, -1]),
        ("dgebrd_gb2bd", "", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 1258, -1, -1]),
        ("dgebrd_gb2bd", "", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("dgebrd_gb2bd", "", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1800050000, 1, -1]),
        ("dgebrd_gb2bd", "n", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 9732, -1, -1]),
        ("dgebrd_gb2bd", "n", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("dgebrd_gb2bd", "n", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 65, 5, -1]),
        ("dgebrd_gb2bd", "n", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 193064, 7, -1]),
        ("dgebrd_gb2bd", "n", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 1258, -1, -1]),
        ("dgebrd_gb2bd", "n", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("dgebrd_gb2bd", "n", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1800050000, 1, -1]),
        ("DSYEVD_2STAGE", "N", [100, 32, 16, -1], [-1, -1, 32, 16, 400, 1, -1, -1]),
        ("DSYEVD_2STAGE", "N", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("DSYEVD_2STAGE", "N", [1, 16, 16, 5], [-1, -1, 32, 16, 4, 1, 5, -1]),
        ("DSYEVD_2STAGE", "N", [1000, 64, 32, 7], [-1, -1, 32, 16, 4000, 1, 7, -1]),
        ("DSYEVD_2STAGE", "N", [50, 8, 4, -1], [-1, -1, 32, 16, 200, 1, -1, -1]),
        ("DSYEVD_2STAGE", "N", [-10, 3, -100, 2], [-1, -1, 32, 16, 1, 1, 2, -1]),
        ("DSYEVD_2STAGE", "N", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120000, 1, 1, -1]),
        ("DSYEVD_2STAGE", "V", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 1, -1, -1]),
        ("DSYEVD_2STAGE", "V", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("DSYEVD_2STAGE", "V", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 1, 5, -1]),
        ("DSYEVD_2STAGE", "V", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 1, 7, -1]),
        ("DSYEVD_2STAGE", "V", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 1, -1, -1]),
        ("DSYEVD_2STAGE", "V", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("DSYEVD_2STAGE", "V", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1, 1, -1]),
        ("DSYEVD_2STAGE", "", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 1, -1, -1]),
        ("DSYEVD_2STAGE", "", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("DSYEVD_2STAGE", "", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 1, 5, -1]),
        ("DSYEVD_2STAGE", "", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 1, 7, -1]),
        ("DSYEVD_2STAGE", "", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 1, -1, -1]),
        ("DSYEVD_2STAGE", "", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("DSYEVD_2STAGE", "", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1, 1, -1]),
        ("DSYEVD_2STAGE", "n", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 1, -1, -1]),
        ("DSYEVD_2STAGE", "n", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("DSYEVD_2STAGE", "n", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 1, 5, -1]),
        ("DSYEVD_2STAGE", "n", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 1, 7, -1]),
        ("DSYEVD_2STAGE", "n", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 1, -1, -1]),
        ("DSYEVD_2STAGE", "n", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("DSYEVD_2STAGE", "n", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1, 1, -1]),
        ("XSYTRD_2STAGE", "N", [100, 32, 16, -1], [-1, -1, -1, -1, 400, -1, -1, -1]),
        ("XSYTRD_2STAGE", "N", [0, 0, 0, 0], [-1, -1, -1, -1, 1, -1, -1, -1]),
        ("XSYTRD_2STAGE", "N", [1, 16, 16, 5], [-1, -1, -1, -1, 4, -1, -1, -1]),
        ("XSYTRD_2STAGE", "N", [1000, 64, 32, 7], [-1, -1, -1, -1, 4000, -1, -1, -1]),
        ("XSYTRD_2STAGE", "N", [50, 8, 4, -1], [-1, -1, -1, -1, 200, -1, -1, -1]),
        ("XSYTRD_2STAGE", "N", [-10, 3, -100, 2], [-1, -1, -1, -1, 1, -1, -1, -1]),
        ("XSYTRD_2STAGE", "N", [30000, 20000, 5, 1], [-1, -1, -1, -1, 120000, -1, -1, -1]),
        ("XSYTRD_2STAGE", "V", [100, 32, 16, -1], [-1, -1, -1, -1, 416, -1, -1, -1]),
        ("XSYTRD_2STAGE", "V", [0, 0, 0, 0], [-1, -1, -1, -1, 1, -1, -1, -1]),
        ("XSYTRD_2STAGE", "V", [1, 16, 16, 5], [-1, -1, -1, -1, 20, -1, -1, -1]),
        ("XSYTRD_2STAGE", "V", [1000, 64, 32, 7], [-1, -1, -1, -1, 4032, -1, -1, -1]),
        ("XSYTRD_2STAGE", "V", [50, 8, 4, -1], [-1, -1, -1, -1, 204, -1, -1, -1]),
        ("XSYTRD_2STAGE", "V", [-10, 3, -100, 2], [-1, -1, -1, -1, -1, -1, -1, -1]),
        ("XSYTRD_2STAGE", "V", [30000, 20000, 5, 1], [-1, -1, -1, -1, 120005, -1, -1, -1]),
        ("XSYTRD_2STAGE", "", [100, 32, 16, -1], [-1, -1, -1, -1, 416, -1, -1, -1]),
        ("XSYTRD_2STAGE", "", [0, 0, 0, 0], [-1, -1, -1, -1, 1, -1, -1, -1]),
        ("XSYTRD_2STAGE", "", [1, 16, 16, 5], [-1, -1, -1, -1, 20, -1, -1, -1]),
        ("XSYTRD_2STAGE", "", [1000, 64, 32, 7], [-1, -1, -1, -1, 4032, -1, -1, -1]),
        ("XSYTRD_2STAGE", "", [50, 8, 4, -1], [-1, -1, -1, -1, 204, -1, -1, -1]),
        ("XSYTRD_2STAGE", "", [-10, 3, -100, 2], [-1, -1, -1, -1, -1, -1, -1, -1]),
        ("XSYTRD_2STAGE", "", [30000, 20000, 5, 1], [-1, -1, -1, -1, 120005, -1, -1, -1]),
        ("XSYTRD_2STAGE", "n", [100, 32, 16, -1], [-1, -1, -1, -1, 416, -1, -1, -1]),
        ("XSYTRD_2STAGE", "n", [0, 0, 0, 0], [-1, -1, -1, -1, 1, -1, -1, -1]),
        ("XSYTRD_2STAGE", "n", [1, 16, 16, 5], [-1, -1, -1, -1, 20, -1, -1, -1]),
        ("XSYTRD_2STAGE", "n", [1000, 64, 32, 7], [-1, -1, -1, -1, 4032, -1, -1, -1]),
        ("XSYTRD_2STAGE", "n", [50, 8, 4, -1], [-1, -1, -1, -1, 204, -1, -1, -1]),
        ("XSYTRD_2STAGE", "n", [-10, 3, -100, 2], [-1, -1, -1, -1, -1, -1, -1, -1]),
        ("XSYTRD_2STAGE", "n", [30000, 20000, 5, 1], [-1, -1, -1, -1, 120005, -1, -1, -1]),
        ("", "N", [100, 32, 16, -1], [-1, -1, -1, -1, 400, -1, -1, -1]),
        ("", "N", [0, 0, 0, 0], [-1, -1, -1, -1, 1, -1, -1, -1]),
        ("", "N", [1, 16, 16, 5], [-1, -1, -1, -1, 4, -1, -1, -1]),
        ("", "N", [1000, 64, 32, 7], [-1, -1, -1, -1, 4000, -1, -1, -1]),
        ("", "N", [50, 8, 4, -1], [-1, -1, -1, -1, 200, -1, -1, -1]),
        ("", "N", [-10, 3, -100, 2], [-1, -1, -1, -1, 1, -1, -1, -1]),
        ("", "N", [30000, 20000, 5, 1], [-1, -1, -1, -1, 120000, -1, -1, -1]),
        ("", "V", [100, 32, 16, -1], [-1, -1, -1, -1, 416, -1, -1, -1]),
        ("", "V", [0, 0, 0, 0], [-1, -1, -1, -1, 1, -1, -1, -1]),
        ("", "V", [1, 16, 16, 5], [-1, -1, -1, -1, 20, -1, -1, -1]),
        ("", "V", [1000, 64, 32, 7], [-1, -1, -1, -1, 4032, -1, -1, -1]),
        ("", "V", [50, 8, 4, -1], [-1, -1, -1, -1, 204, -1, -1, -1]),
        ("", "V", [-10, 3, -100, 2], [-1, -1, -1, -1, -1, -1, -1, -1]),
        ("", "V", [30000, 20000, 5, 1], [-1, -1, -1, -1, 120005, -1, -1, -1]),
        ("", "", [100, 32, 16, -1], [-1, -1, -1, -1, 416, -1, -1, -1]),
        ("", "", [0, 0, 0, 0], [-1, -1, -1, -1, 1, -1, -1, -1]),
        ("", "", [1, 16, 16, 5], [-1, -1, -1, -1, 20, -1, -1, -1]),
        ("", "", [1000, 64, 32, 7], [-1, -1, -1, -1, 4032, -1, -1, -1]),
        ("", "", [50, 8, 4, -1], [-1, -1, -1, -1, 204, -1, -1, -1]),
        ("", "", [-10, 3, -100, 2], [-1, -1, -1, -1, -1, -1, -1, -1]),
        ("", "", [30000, 20000, 5, 1], [-1, -1, -1, -1, 120005, -1, -1, -1]),
        ("", "n", [100, 32, 16, -1], [-1, -1, -1, -1, 416, -1, -1, -1]),
        ("", "n", [0, 0, 0, 0], [-1, -1, -1, -1, 1, -1, -1, -1]),
        ("", "n", [1, 16, 16, 5], [-1, -1, -1, -1, 20, -1, -1, -1]),
        ("", "n", [1000, 64, 32, 7], [-1, -1, -1, -1, 4032, -1, -1, -1]),
        ("", "n", [50, 8, 4, -1], [-1, -1, -1, -1, 204, -1, -1, -1]),
        ("", "n", [-10, 3, -100, 2], [-1, -1, -1, -1, -1, -1, -1, -1]),
        ("", "n", [30000, 20000, 5, 1], [-1, -1, -1, -1, 120005, -1, -1, -1]),
        ("DSYTRD", "N", [100, 32, 16, -1], [-1, -1, 32, 16, 400, 1, -1, -1]),
        ("DSYTRD", "N", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("DSYTRD", "N", [1, 16, 16, 5], [-1, -1, 32, 16, 4, 1, 5, -1]),
        ("DSYTRD", "N", [1000, 64, 32, 7], [-1, -1, 32, 16, 4000, 1, 7, -1]),
        ("DSYTRD", "N", [50, 8, 4, -1], [-1, -1, 32, 16, 200, 1, -1, -1]),
        ("DSYTRD", "N", [-10, 3, -100, 2], [-1, -1, 32, 16, 1, 1, 2, -1]),
        ("DSYTRD", "N", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120000, 1, 1, -1]),
        ("DSYTRD", "V", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 1, -1, -1]),
        ("DSYTRD", "V", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("DSYTRD", "V", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 1, 5, -1]),
        ("DSYTRD", "V", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 1, 7, -1]),
        ("DSYTRD", "V", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 1, -1, -1]),
        ("DSYTRD", "V", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("DSYTRD", "V", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1, 1, -1]),
        ("DSYTRD", "", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 1, -1, -1]),
        ("DSYTRD", "", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("DSYTRD", "", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 1, 5, -1]),
        ("DSYTRD", "", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 1, 7, -1]),
        ("DSYTRD", "", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 1, -1, -1]),
        ("DSYTRD", "", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("DSYTRD", "", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1, 1, -1]),
        ("DSYTRD", "n", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 1, -1, -1]),
        ("DSYTRD", "n", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("DSYTRD", "n", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 1, 5, -1]),
        ("DSYTRD", "n", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 1, 7, -1]),
        ("DSYTRD", "n", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 1, -1, -1]),
        ("DSYTRD", "n", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("DSYTRD", "n", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1, 1, -1]),
        ("Dsytrd_2stage", "N", [100, 32, 16, -1], [-1, -1, 32, 16, 400, 1, -1, -1]),
        ("Dsytrd_2stage", "N", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("Dsytrd_2stage", "N", [1, 16, 16, 5], [-1, -1, 32, 16, 4, 1, 5, -1]),
        ("Dsytrd_2stage", "N", [1000, 64, 32, 7], [-1, -1, 32, 16, 4000, 1, 7, -1]),
        ("Dsytrd_2stage", "N", [50, 8, 4, -1], [-1, -1, 32, 16, 200, 1, -1, -1]),
        ("Dsytrd_2stage", "N", [-10, 3, -100, 2], [-1, -1, 32, 16, 1, 1, 2, -1]),
        ("Dsytrd_2stage", "N", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120000, 1, 1, -1]),
        ("Dsytrd_2stage", "V", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 1, -1, -1]),
        ("Dsytrd_2stage", "V", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("Dsytrd_2stage", "V", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 1, 5, -1]),
        ("Dsytrd_2stage", "V", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 1, 7, -1]),
        ("Dsytrd_2stage", "V", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 1, -1, -1]),
        ("Dsytrd_2stage", "V", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("Dsytrd_2stage", "V", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1, 1, -1]),
        ("Dsytrd_2stage", "", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 1, -1, -1]),
        ("Dsytrd_2stage", "", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("Dsytrd_2stage", "", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 1, 5, -1]),
        ("Dsytrd_2stage", "", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 1, 7, -1]),
        ("Dsytrd_2stage", "", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 1, -1, -1]),
        ("Dsytrd_2stage", "", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("Dsytrd_2stage", "", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1, 1, -1]),
        ("Dsytrd_2stage", "n", [100, 32, 16, -1], [-1, -1, 32, 16, 416, 1, -1, -1]),
        ("Dsytrd_2stage", "n", [0, 0, 0, 0], [-1, -1, 32, 16, 1, 1, 0, -1]),
        ("Dsytrd_2stage", "n", [1, 16, 16, 5], [-1, -1, 32, 16, 20, 1, 5, -1]),
        ("Dsytrd_2stage", "n", [1000, 64, 32, 7], [-1, -1, 32, 16, 4032, 1, 7, -1]),
        ("Dsytrd_2stage", "n", [50, 8, 4, -1], [-1, -1, 32, 16, 204, 1, -1, -1]),
        ("Dsytrd_2stage", "n", [-10, 3, -100, 2], [-1, -1, 32, 16, -1, 1, 2, -1]),
        ("Dsytrd_2stage", "n", [30000, 20000, 5, 1], [-1, -1, 32, 16, 120005, 1, 1, -1]),
    ];

    /// `(ispec, zero, one, ieeeck)`.
    #[rustfmt::skip]
    const IEEE: &[(i32, f32, f32, i32)] = &[
        (0, 0.0, 1.0, 1), (1, 0.0, 1.0, 1), (2, 0.0, 1.0, 1), (-1, 0.0, 1.0, 1),
        (0, 1.0, 1.0, 0), (1, 1.0, 1.0, 0), (0, 0.0, -1.0, 0), (1, 0.0, -1.0, 0),
        (0, 0.0, 2.0, 1), (1, 0.0, 0.5, 1), (1, 0.0, f32::INFINITY, 0), (0, 0.0, f32::INFINITY, 0),
        (1, f32::INFINITY, 1.0, 0), (0, -0.0, 1.0, 0), (1, -0.0, 1.0, 0), (1, 0.0, f32::NAN, 0),
        (0, f32::NAN, 1.0, 0), (1, 0.0, 1e-30, 1), (1, 0.0, 3e+38, 1), (1, 1e-45, 1.0, 0),
        (0, 1e-45, 1.0, 0), (1, 0.0, 0.0, 0),
    ];

    #[test]
    fn block_sizes_match_the_reference() {
        let mut bad = Vec::new();
        for &(name, want) in NAMES {
            let got = [1, 2, 3].map(|ispec| ilaenv(ispec, name, "", 100, 100, -1, -1));
            if got != want {
                bad.push(format!("{name}: got {got:?}, want {want:?}"));
            }
        }
        assert!(bad.is_empty(), "{} mismatches:\n{}", bad.len(), bad.join("\n"));
        assert!(NAMES.len() > 300);
    }

    #[test]
    fn dimension_dependent_values_match_the_reference() {
        let mut bad = Vec::new();
        for &(ispec, name, [n1, n2, n3, n4], want) in DIMS {
            let got = ilaenv(ispec, name, "", n1, n2, n3, n4);
            if got != want {
                bad.push(format!("ilaenv({ispec}, {name}, {n1}, {n2}, {n3}, {n4}) = {got}, want {want}"));
            }
        }
        assert!(bad.is_empty(), "{} mismatches:\n{}", bad.len(), bad.join("\n"));
    }

    #[test]
    fn iparmq_matches_the_reference_directly_and_through_ilaenv() {
        let mut bad = Vec::new();
        for &(name, ilo, ihi, want) in QR {
            let n = ihi.max(1);
            for (&ispec, &w) in QR_ISPECS.iter().zip(&want) {
                let got = iparmq(ispec, name, "SV", n, ilo, ihi, -1);
                if got != w {
                    bad.push(format!("iparmq({ispec}, {name}, ilo {ilo}, ihi {ihi}) = {got}, want {w}"));
                }
                if (12..=17).contains(&ispec) && ilaenv(ispec, name, "SV", n, ilo, ihi, -1) != w {
                    bad.push(format!("ilaenv({ispec}, {name}, ilo {ilo}, ihi {ihi}) != {w}"));
                }
            }
        }
        assert!(bad.is_empty(), "{} mismatches:\n{}", bad.len(), bad.join("\n"));
    }

    #[test]
    fn two_stage_parameters_match_the_reference() {
        let mut bad = Vec::new();
        for &(name, opts, [n1, n2, n3, n4], want) in TWO_STAGE {
            for (ispec, &w) in (-1..=6).zip(&want) {
                let got = ilaenv2stage(ispec, name, opts, n1, n2, n3, n4);
                if got != w {
                    bad.push(format!(
                        "ilaenv2stage({ispec}, {name:?}, {opts:?}, {n1}, {n2}, {n3}, {n4}) = {got}, want {w}"
                    ));
                }
                if (1..=5).contains(&ispec) && iparam2stage(16 + ispec, name, opts, n1, n2, n3, n4) != w {
                    bad.push(format!("iparam2stage({}, {name:?}, ...) != {w}", 16 + ispec));
                }
            }
        }
        assert!(bad.is_empty(), "{} mismatches:\n{}", bad.len(), bad.join("\n"));
        // LHOUS at its edge: zero is a valid answer, a negative one is -1 (reference values).
        assert_eq!(ilaenv2stage(3, "XYZ", "V", 0, 0, -1, 0), 0);
        assert_eq!(ilaenv2stage(3, "", "N", -5, 0, -1, 0), 1);
        assert_eq!(ilaenv2stage(3, "DSYTRD_2STAGE", "V", 0, 0, -2, 0), -1);
        assert_eq!(iparam2stage(16, "DSYTRD_2STAGE", "N", 10, 10, 10, 10), -1);
        assert_eq!(iparam2stage(22, "DSYTRD_2STAGE", "N", 10, 10, 10, 10), -1);
    }

    #[test]
    fn ieee_checks_match_the_reference() {
        for &(ispec, zero, one, want) in IEEE {
            assert_eq!(ieeeck(ispec, zero, one), want, "ieeeck({ispec}, {zero}, {one})");
        }
        assert_eq!(ilaenv(10, "", "", -1, -1, -1, -1), 1);
        assert_eq!(ilaenv(11, "", "", -1, -1, -1, -1), 1);
    }

    #[test]
    fn version_is_3_11_0() {
        assert_eq!(ilaver(), (3, 11, 0));
    }
}
