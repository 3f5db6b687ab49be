//! `?latms`: a random test matrix with given singular values or eigenvalues,
//! band widths and storage.
//!
//! Small band widths are built without a dense matrix: the diagonal is
//! widened one diagonal at a time by random plane rotations, each of which
//! creates one element outside the band that is chased off the end by more
//! rotations (as in a QR sweep). Wide bands go through `?lagge` / `?lagsy`.
//! Every position is computed in the storage the matrix is generated in
//! (full, or LAPACK band storage with its skew), so band output needs no
//! dense copy.

use super::latm1::latm1;
use super::random::{cos, laran, sin, two_pi, unit};
use super::{lagge, lagsy};
use crate::Info;
use ferroblas_kernels::aux::random::Dist;
use ferroblas_kernels::aux::rotations::lartg;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::MatMut;

/// The distribution of the random entries of D (`DIST`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LatmsDist {
    /// Uniform on (0, 1) (`'U'`).
    Uniform,
    /// Uniform on (-1, 1) (`'S'`).
    Symmetric,
    /// Standard normal (`'N'`).
    Normal,
}

impl LatmsDist {
    /// Parses `U`, `S` or `N`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'U' => Some(Self::Uniform),
            b'S' => Some(Self::Symmetric),
            b'N' => Some(Self::Normal),
            _ => None,
        }
    }

    fn dist(self) -> Dist {
        match self {
            Self::Uniform => Dist::Uniform01,
            Self::Symmetric => Dist::UniformMinus1To1,
            Self::Normal => Dist::Normal01,
        }
    }
}

/// The kind of matrix (`SYM`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LatmsSym {
    /// General, with singular values D (`'N'`).
    Nonsymmetric,
    /// Symmetric (Hermitian) with nonnegative eigenvalues D (`'P'`).
    Positive,
    /// Symmetric, eigenvalues D with random signs for the real types;
    /// complex symmetric `U D U^T` for the complex ones (`'S'`).
    Symmetric,
    /// Hermitian (real: symmetric) with eigenvalues D of random signs (`'H'`).
    Hermitian,
}

impl LatmsSym {
    /// Parses `N`, `P`, `S` or `H`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'N' => Some(Self::Nonsymmetric),
            b'P' => Some(Self::Positive),
            b'S' => Some(Self::Symmetric),
            b'H' => Some(Self::Hermitian),
            _ => None,
        }
    }
}

/// How the result is stored (`PACK`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LatmsPack {
    /// The full matrix (`'N'`).
    None,
    /// Only the upper triangle, the lower zeroed (`'U'`; symmetric only).
    Upper,
    /// Only the lower triangle, the upper zeroed (`'L'`; symmetric only).
    Lower,
    /// The upper triangle packed by columns (`'C'`).
    UpperPacked,
    /// The lower triangle packed by columns (`'R'`).
    LowerPacked,
    /// The lower triangle in band storage (`'B'`).
    LowerBand,
    /// The upper triangle in band storage (`'Q'`).
    UpperBand,
    /// The whole band in band storage (`'Z'`).
    Band,
}

impl LatmsPack {
    /// Parses `N`, `U`, `L`, `C`, `R`, `B`, `Q` or `Z`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'N' => Some(Self::None),
            b'U' => Some(Self::Upper),
            b'L' => Some(Self::Lower),
            b'C' => Some(Self::UpperPacked),
            b'R' => Some(Self::LowerPacked),
            b'B' => Some(Self::LowerBand),
            b'Q' => Some(Self::UpperBand),
            b'Z' => Some(Self::Band),
            _ => None,
        }
    }

    /// The reference's code (0 to 7): the storage formats are compared by it.
    fn code(self) -> i32 {
        self as i32
    }

    /// Whether the storage is meant for a symmetric matrix only, or for one
    /// triangular in the other direction: `1` both triangles are needed for
    /// `U`/`L` (symmetric only), `2` an upper form, `3` a lower form, `0` any.
    fn symmetric_kind(self) -> i32 {
        match self {
            Self::Upper | Self::Lower => 1,
            Self::UpperPacked | Self::UpperBand => 2,
            Self::LowerPacked | Self::LowerBand => 3,
            _ => 0,
        }
    }
}

/// Whether PACK is illegal for the rest of the arguments (`?latms`'s INFO =
/// -12 beside an unknown letter): triangle storage of a nonsymmetric matrix
/// that is not triangular that way, or of a nonsquare one.
pub fn latms_pack_illegal(m: i64, n: i64, kl: i64, ku: i64, nonsymmetric: bool, pack: LatmsPack) -> bool {
    match pack.symmetric_kind() {
        1 => nonsymmetric || m != n,
        2 => (nonsymmetric && kl > 0) || m != n,
        3 => (nonsymmetric && ku > 0) || m != n,
        _ => false,
    }
}

/// The least leading dimension the storage needs (`?latms`'s INFO = -14
/// below `max(1, this)`): `min(ku, n-1) + 1` for the triangle band forms,
/// `min(kl, m-1) + min(ku, n-1) + 1` for the whole band, `m` otherwise.
pub fn latms_min_lda(m: i64, n: i64, kl: i64, ku: i64, pack: LatmsPack) -> i64 {
    let (llb, uub) = (kl.min(m - 1), ku.min(n - 1));
    match pack {
        LatmsPack::LowerBand | LatmsPack::UpperBand => uub + 1,
        LatmsPack::Band => llb + uub + 1,
        _ => m,
    }
}

/// The workspace of [`latms`], in elements of T: `3 max(m, n)`.
pub fn latms_work_len(m: usize, n: usize) -> usize {
    3 * m.max(n)
}

/// The arguments of [`latms`] that describe the matrix.
#[derive(Clone, Copy, Debug)]
pub struct LatmsSpec<R> {
    /// Rows of the matrix.
    pub m: usize,
    /// Columns of the matrix.
    pub n: usize,
    /// Distribution of D's random entries (MODE = ±6).
    pub dist: LatmsDist,
    /// The kind of matrix.
    pub sym: LatmsSym,
    /// How D is made: see [`latm1`]; 0 takes `d` as given.
    pub mode: i32,
    /// The condition number for MODE 1 to 5 (at least 1).
    pub cond: R,
    /// D is scaled so its largest entry in modulus is `|dmax|` (times the
    /// sign of `dmax`), for MODE other than 0 and ±6.
    pub dmax: R,
    /// Lower band width (at most `m - 1` is used).
    pub kl: usize,
    /// Upper band width (at most `n - 1` is used; equal to `kl` when symmetric).
    pub ku: usize,
    /// The storage of the result.
    pub pack: LatmsPack,
}

/// A random `m x n` test matrix (`?latms`) with singular values (SYM =
/// Nonsymmetric) or eigenvalues (otherwise) D, band widths `kl`, `ku`, in
/// the storage `pack` asks for, in the whole `lda x n` array `a` (every
/// element of it is written). D is made by [`latm1`] from MODE and COND
/// (written to `d`, `min(m, n)` entries) and scaled to DMAX; `iseed` is
/// reduced modulo 4096 with its last entry made odd, then advanced.
///
/// Band widths below a third of the order (half for symmetric matrices), or
/// an `lda` below `m` that still holds the band, use plane rotations on the
/// storage itself; wider bands use [`lagge`] / [`lagsy`] on a dense matrix.
/// `work` holds [`latms_work_len`] elements.
///
/// `Err(2)`: the largest entry of D is zero (or NaN), so it cannot be
/// scaled to DMAX. The arguments are assumed legal (the ABI checks them).
pub fn latms<T: Scalar>(
    spec: &LatmsSpec<T::Real>,
    iseed: &mut [i32; 4],
    d: &mut [T::Real],
    a: MatMut<'_, T>,
    work: &mut [T],
) -> Result<(), Info> {
    let LatmsSpec { m, n, dist, sym, mode, cond, dmax, kl, ku, pack } = *spec;
    if m == 0 || n == 0 {
        return Ok(());
    }
    let mnmin = m.min(n);
    assert!(d.len() >= mnmin && work.len() >= latms_work_len(m, n), "latms: d or work too short");
    let nonsym = sym == LatmsSym::Nonsymmetric;
    // The real types have one symmetric form (random signs for S and H);
    // the complex ones tell complex symmetric S (no signs) from Hermitian H.
    let zsym = !T::IS_COMPLEX || sym == LatmsSym::Symmetric;
    let random_sign = if T::IS_COMPLEX {
        sym == LatmsSym::Hermitian
    } else {
        matches!(sym, LatmsSym::Symmetric | LatmsSym::Hermitian)
    };
    let ipack = pack.code() as isize;
    let lda = a.nrows();
    let (mi, ni) = (m as isize, n as isize);
    let llb = kl.min(m - 1) as isize;
    let uub = ku.min(n - 1) as isize;
    let mr = mi.min(ni + llb);
    let nc = ni.min(mi + uub);
    let minlda = latms_min_lda(mi as i64, ni as i64, kl as i64, ku as i64, pack) as isize;
    let mut givens = if nonsym { ((llb + uub) as f64) < 0.3 * (mr + nc).max(1) as f64 } else { 2 * llb < mi };
    if (lda as isize) < mi && lda as isize >= minlda {
        givens = true;
    }

    for s in iseed.iter_mut() {
        *s = s.unsigned_abs() as i32 % 4096;
    }
    if iseed[3] % 2 != 1 {
        iseed[3] += 1;
    }

    let d = &mut d[..mnmin];
    latm1(mode, cond, random_sign, dist.dist(), iseed, d);
    // Rotations go top down when D (apparently) increases, bottom up otherwise.
    let topdown = d[0].abs() <= d[mnmin - 1].abs();
    if mode != 0 && mode.abs() != 6 {
        let temp = d.iter().fold(d[0].abs(), |t, x| t.max(x.abs()));
        if temp.is_nan() || temp <= <T::Real as Scalar>::zero() {
            return Err(Info::new(2));
        }
        let alpha = dmax / temp;
        for x in d.iter_mut() {
            *x *= alpha;
        }
    }

    let mut st = Store { a, lda: lda as isize, ilda: lda as isize, iskew: 0, ioff: 0 };
    if ipack > 4 {
        st.ilda = lda as isize - 1;
        st.iskew = 1;
        st.ioff = if ipack > 5 { uub + 1 } else { 1 };
    }
    for p in 1..=(lda * n) as isize {
        st.set(p, T::zero());
    }

    let mut ipackg = 0;
    if llb == 0 && uub == 0 {
        for j in 1..=mnmin as isize {
            let p = st.pos(j, j);
            st.set(p, T::from_real(d[j as usize - 1]));
        }
        if ipack <= 2 || ipack >= 5 {
            ipackg = ipack;
        }
    } else if givens {
        if nonsym {
            ipackg = if ipack > 4 { ipack } else { 0 };
            for j in 1..=mnmin as isize {
                let p = st.pos(j, j);
                st.set(p, T::from_real(d[j as usize - 1]));
            }
            let g = General { m: mi, n: ni, llb, uub };
            if topdown {
                g.top_down(&mut st, iseed);
            } else {
                g.bottom_up(&mut st, iseed);
            }
        } else {
            ipackg = symmetric(&mut st, iseed, d, ni, uub, ipack, topdown, zsym);
        }
    } else {
        // Dense generation: lda >= m here.
        let full = st.a.rb_mut().submatrix(0, 0, m, n);
        if nonsym {
            let (mr, nc) = (mr as usize, nc as usize);
            lagge(llb as usize, uub as usize, d, full.submatrix(0, 0, mr, nc), iseed, work);
        } else {
            lagsy(!zsym, llb as usize, d, full, iseed, work);
        }
    }
    if ipack != ipackg {
        repack(&mut st, mi, ni, llb, uub, ipack);
    }
    Ok(())
}

/// The array seen through LAPACK's addressing: flat 1-based positions, and
/// element `(i, j)` of the matrix at row `i - iskew j + ioff` of column `j`
/// (full storage: `iskew = ioff = 0`; band storage: `iskew = 1`). Rotations
/// step along a row by `ilda` (`lda - 1` in band storage).
struct Store<'a, T> {
    a: MatMut<'a, T>,
    lda: isize,
    ilda: isize,
    iskew: isize,
    ioff: isize,
}

impl<T: Scalar> Store<'_, T> {
    /// Row and column of position `p`, or None past the array: the
    /// reference's rotations in whole-band storage (PACK = Z) with the least
    /// LDA touch the element after the array's end, a position outside the
    /// band that holds no data. It reads as zero here and writes to it are
    /// dropped (the reference reads and writes past the caller's array).
    fn rc(&self, p: isize) -> Option<(usize, usize)> {
        let (m, n) = (self.a.nrows() as isize, self.a.ncols() as isize);
        if p < 1 || p > m * n {
            return None;
        }
        Some((((p - 1) % self.lda) as usize, ((p - 1) / self.lda) as usize))
    }
    fn get(&self, p: isize) -> T {
        self.rc(p).map_or(T::zero(), |(i, j)| self.a.get(i, j))
    }
    fn set(&mut self, p: isize, v: T) {
        if let Some((i, j)) = self.rc(p) {
            self.a.set(i, j, v)
        }
    }
    /// The position of matrix element `(i, j)` (1-based) with row offset `ioff`.
    fn pos_with(&self, i: isize, j: isize, ioff: isize) -> isize {
        (i - self.iskew * j + ioff) + (j - 1) * self.lda
    }
    fn pos(&self, i: isize, j: isize) -> isize {
        self.pos_with(i, j, self.ioff)
    }
    /// Plain `A(i, j)` of the array, 1-based.
    fn at(&self, i: isize, j: isize) -> isize {
        i + (j - 1) * self.lda
    }

    /// Applies the rotation `[c s; -conj(s) conj(c)]` to two adjacent rows
    /// (`rows`) or columns of `nl` elements starting at position `p`
    /// (`?larot`). With `left`, the first pair's second element is `xleft`
    /// instead of the array (it lies outside the storage); with `right`, the
    /// last pair's first element is `xright`.
    #[allow(clippy::too_many_arguments)]
    fn larot(
        &mut self,
        rows: bool,
        left: bool,
        right: bool,
        nl: isize,
        c: T,
        s: T,
        p: isize,
        xleft: &mut T,
        xright: &mut T,
    ) {
        let lda = self.ilda;
        let (inc, next) = if rows { (lda, 1) } else { (1, lda) };
        let rot = |x: T, y: T| (c * x + s * y, -(s.conj()) * x + c.conj() * y);
        let (mut ix, mut iy, mut nt) = (p, p + next, 0);
        if left {
            nt = 1;
            ix = p + inc;
            iy = p + 1 + lda;
            let (x, y) = rot(self.get(p), *xleft);
            self.set(p, x);
            *xleft = y;
        }
        let inner = nl - nt - right as isize;
        debug_assert!(inner >= 0, "larot: fewer elements than ends");
        for j in 0..inner {
            let (x, y) = rot(self.get(ix + j * inc), self.get(iy + j * inc));
            self.set(ix + j * inc, x);
            self.set(iy + j * inc, y);
        }
        if right {
            let iyt = p + next + (nl - 1) * inc;
            let (x, y) = rot(*xright, self.get(iyt));
            *xright = x;
            self.set(iyt, y);
        }
    }
}

/// A random rotation: angle uniform in (0, 2 pi), and for the complex types
/// both entries times random phases. `negate` flips the sine (the real
/// types' bottom-up symmetric sweep).
fn random_rotation<T: Scalar>(iseed: &mut [i32; 4], negate: bool) -> (T, T) {
    let angle = two_pi::<T::Real>() * laran::<T::Real>(iseed);
    let c = unit::<T>(iseed).scale_real(cos(angle));
    let s = unit::<T>(iseed).scale_real(sin(angle));
    (c, if negate && !T::IS_COMPLEX { -s } else { s })
}

/// The rotation that zeroes `g` against `f` times a random phase (complex
/// types). Chasing upwards (`up`) applies its inverse: for the complex types
/// the pair returned is already conjugated with the sine negated; the real
/// types keep the pair and negate the sine where it is applied ([`up_sine`]),
/// so that a rotation drawn at random and not replaced by a chase step is
/// applied the way the reference applies it in each case.
fn chase_rotation<T: Scalar>(f: T, g: T, iseed: &mut [i32; 4], up: bool) -> (T, T) {
    let (c, s, _) = lartg(f, g);
    let phase = unit::<T>(iseed);
    let (c, s) = (phase.scale_real(c), s * phase);
    if up && T::IS_COMPLEX {
        (c.conj(), (-s).conj())
    } else {
        (c, s)
    }
}

/// The sine as an upward chase step applies it: negated for the real types
/// (see [`chase_rotation`]).
fn up_sine<T: Scalar>(s: T) -> T {
    if T::IS_COMPLEX {
        s
    } else {
        -s
    }
}

/// The nonsymmetric rotation method: `U D V` widened one diagonal at a time.
struct General {
    m: isize,
    n: isize,
    llb: isize,
    uub: isize,
}

impl General {
    /// From the top left corner: the bulge is chased up and to the left.
    fn top_down<T: Scalar>(&self, st: &mut Store<'_, T>, iseed: &mut [i32; 4]) {
        let (m, n) = (self.m, self.n);
        let mut dummy = T::zero();
        // Superdiagonals first (bandwidth 0, jku-1 to 0, jku) ...
        let jkl = 0;
        for jku in 1..=self.uub {
            for jr in 1..=(m + jku).min(n) + jkl - 1 {
                let mut extra = T::zero();
                let (mut c, mut s) = random_rotation::<T>(iseed, false);
                let icol = 1.max(jr - jkl);
                if jr < m {
                    let il = n.min(jr + jku) + 1 - icol;
                    let p = st.pos(jr, icol);
                    st.larot(true, jr > jkl, false, il, c, s, p, &mut extra, &mut dummy);
                }
                let (mut ir, mut ic) = (jr, icol);
                let mut jch = jr - jkl;
                while jch >= 1 {
                    if ir < m {
                        (c, s) = chase_rotation(st.get(st.pos(ir + 1, ic + 1)), extra, iseed, true);
                    }
                    let irow = 1.max(jch - jku);
                    let il = ir + 2 - irow;
                    let mut temp = T::zero();
                    let iltemp = jch > jku;
                    let p = st.pos(irow, ic);
                    st.larot(false, iltemp, true, il, c, up_sine(s), p, &mut temp, &mut extra);
                    if iltemp {
                        (c, s) = chase_rotation(st.get(st.pos(irow + 1, ic + 1)), temp, iseed, true);
                        let icol = 1.max(jch - jku - jkl);
                        let il = ic + 2 - icol;
                        extra = T::zero();
                        let p = st.pos(irow, icol);
                        st.larot(true, jch > jku + jkl, true, il, c, up_sine(s), p, &mut extra, &mut temp);
                        ic = icol;
                        ir = irow;
                    }
                    jch -= jkl + jku;
                }
            }
        }
        // ... then subdiagonals (jkl-1, uub to jkl, uub).
        let jku = self.uub;
        for jkl in 1..=self.llb {
            for jc in 1..=(n + jkl).min(m) + jku - 1 {
                let mut extra = T::zero();
                let (mut c, mut s) = random_rotation::<T>(iseed, false);
                let irow = 1.max(jc - jku);
                if jc < n {
                    let il = m.min(jc + jkl) + 1 - irow;
                    let p = st.pos(irow, jc);
                    st.larot(false, jc > jku, false, il, c, s, p, &mut extra, &mut dummy);
                }
                let (mut ic, mut ir) = (jc, irow);
                let mut jch = jc - jku;
                while jch >= 1 {
                    if ic < n {
                        (c, s) = chase_rotation(st.get(st.pos(ir + 1, ic + 1)), extra, iseed, true);
                    }
                    let icol = 1.max(jch - jkl);
                    let il = ic + 2 - icol;
                    let mut temp = T::zero();
                    let iltemp = jch > jkl;
                    let p = st.pos(ir, icol);
                    st.larot(true, iltemp, true, il, c, up_sine(s), p, &mut temp, &mut extra);
                    if iltemp {
                        (c, s) = chase_rotation(st.get(st.pos(ir + 1, icol + 1)), temp, iseed, true);
                        let irow = 1.max(jch - jkl - jku);
                        let il = ir + 2 - irow;
                        extra = T::zero();
                        let p = st.pos(irow, icol);
                        st.larot(false, jch > jkl + jku, true, il, c, up_sine(s), p, &mut extra, &mut temp);
                        ic = icol;
                        ir = irow;
                    }
                    jch -= jkl + jku;
                }
            }
        }
    }

    /// From the bottom right corner: the bulge is chased down and to the right.
    fn bottom_up<T: Scalar>(&self, st: &mut Store<'_, T>, iseed: &mut [i32; 4]) {
        let (m, n) = (self.m, self.n);
        let mut dummy = T::zero();
        let jkl = 0;
        for jku in 1..=self.uub {
            let iendch = m.min(n + jkl) - 1;
            for jc in (1 - jkl..=(m + jku).min(n) - 1).rev() {
                let mut extra = T::zero();
                let (mut c, mut s) = random_rotation::<T>(iseed, false);
                let irow = 1.max(jc - jku + 1);
                if jc > 0 {
                    let il = m.min(jc + jkl + 1) + 1 - irow;
                    let p = st.pos(irow, jc);
                    st.larot(false, false, jc + jkl < m, il, c, s, p, &mut dummy, &mut extra);
                }
                let mut ic = jc;
                let mut jch = jc + jkl;
                while jch <= iendch {
                    let ilextr = ic > 0;
                    if ilextr {
                        (c, s) = chase_rotation(st.get(st.pos(jch, ic)), extra, iseed, false);
                    }
                    ic = ic.max(1);
                    let icol = (n - 1).min(jch + jku);
                    let iltemp = jch + jku < n;
                    let mut temp = T::zero();
                    let p = st.pos(jch, ic);
                    st.larot(true, ilextr, iltemp, icol + 2 - ic, c, s, p, &mut extra, &mut temp);
                    if iltemp {
                        (c, s) = chase_rotation(st.get(st.pos(jch, icol)), temp, iseed, false);
                        let il = iendch.min(jch + jkl + jku) + 2 - jch;
                        extra = T::zero();
                        let p = st.pos(jch, icol);
                        st.larot(false, true, jch + jkl + jku <= iendch, il, c, s, p, &mut temp, &mut extra);
                        ic = icol;
                    }
                    jch += jkl + jku;
                }
            }
        }
        let jku = self.uub;
        for jkl in 1..=self.llb {
            let iendch = n.min(m + jku) - 1;
            for jr in (1 - jku..=(n + jkl).min(m) - 1).rev() {
                let mut extra = T::zero();
                let (mut c, mut s) = random_rotation::<T>(iseed, false);
                let icol = 1.max(jr - jkl + 1);
                if jr > 0 {
                    let il = n.min(jr + jku + 1) + 1 - icol;
                    let p = st.pos(jr, icol);
                    st.larot(true, false, jr + jku < n, il, c, s, p, &mut dummy, &mut extra);
                }
                let mut ir = jr;
                let mut jch = jr + jku;
                while jch <= iendch {
                    let ilextr = ir > 0;
                    if ilextr {
                        (c, s) = chase_rotation(st.get(st.pos(ir, jch)), extra, iseed, false);
                    }
                    ir = ir.max(1);
                    let irow = (m - 1).min(jch + jkl);
                    let iltemp = jch + jkl < m;
                    let mut temp = T::zero();
                    let p = st.pos(ir, jch);
                    st.larot(false, ilextr, iltemp, irow + 2 - ir, c, s, p, &mut extra, &mut temp);
                    if iltemp {
                        (c, s) = chase_rotation(st.get(st.pos(irow, jch)), temp, iseed, false);
                        let il = iendch.min(jch + jkl + jku) + 2 - jch;
                        extra = T::zero();
                        let p = st.pos(irow, jch);
                        st.larot(true, true, jch + jkl + jku <= iendch, il, c, s, p, &mut temp, &mut extra);
                        ir = irow;
                    }
                    jch += jkl + jku;
                }
            }
        }
    }
}

/// For the Hermitian form the second rotation of a pair, which acts on the
/// other triangle's view of the same elements, is the conjugate one, and the
/// element it shares is read conjugated.
fn mirrored<T: Scalar>(zsym: bool, c: T, s: T, shared: &mut T) -> (T, T) {
    if zsym {
        (c, s)
    } else {
        *shared = shared.conj();
        (c.conj(), s.conj())
    }
}

/// The symmetric rotation method: one triangle of `U D U^H` (`U D U^T`)
/// widened a diagonal at a time, then mirrored if the storage wants both.
/// Returns the storage the matrix is now in.
#[allow(clippy::too_many_arguments)]
fn symmetric<T: Scalar>(
    st: &mut Store<'_, T>,
    iseed: &mut [i32; 4],
    d: &[T::Real],
    n: isize,
    uub: isize,
    ipack: isize,
    topdown: bool,
    zsym: bool,
) -> isize {
    let ioffst = st.ioff;
    let mut ioffg = ioffst;
    let mut ipackg;
    let mut dummy = T::zero();
    if topdown {
        // The upper triangle, rotations from the top left.
        if ipack >= 5 {
            ipackg = 6;
            ioffg = uub + 1;
        } else {
            ipackg = 1;
        }
        let g = |st: &Store<'_, T>, i, j| st.pos_with(i, j, ioffg);
        for (j, &dj) in d.iter().enumerate() {
            let p = g(st, j as isize + 1, j as isize + 1);
            st.set(p, T::from_real(dj));
        }
        for k in 1..=uub {
            for jc in 1..=n - 1 {
                let irow = 1.max(jc - k);
                let il = (jc + 1).min(k + 2);
                let mut extra = T::zero();
                let mut ctemp = st.get(g(st, jc, jc + 1));
                let (mut c, mut s) = random_rotation::<T>(iseed, false);
                let (mut ct, mut st_) = mirrored(zsym, c, s, &mut ctemp);
                let p = g(st, irow, jc);
                st.larot(false, jc > k, true, il, c, s, p, &mut extra, &mut ctemp);
                let p = g(st, jc, jc);
                st.larot(true, true, false, k.min(n - jc) + 1, ct, st_, p, &mut ctemp, &mut dummy);
                // Chase EXTRA back up the matrix.
                let mut icol = jc;
                let mut jch = jc - k;
                while jch >= 1 {
                    (c, s) = chase_rotation(st.get(g(st, jch + 1, icol + 1)), extra, iseed, true);
                    ctemp = st.get(g(st, jch, jch + 1));
                    (ct, st_) = mirrored(zsym, c, s, &mut ctemp);
                    let p = g(st, jch, jch);
                    st.larot(true, true, true, k + 2, c, up_sine(s), p, &mut ctemp, &mut extra);
                    let irow = 1.max(jch - k);
                    let il = (jch + 1).min(k + 2);
                    extra = T::zero();
                    let p = g(st, irow, jch);
                    st.larot(false, jch > k, true, il, ct, up_sine(st_), p, &mut extra, &mut ctemp);
                    icol = jch;
                    jch -= k;
                }
            }
        }
        // The lower triangle from the upper (in an order that works for Q -> B).
        if ipack != ipackg && ipack != 3 {
            for jc in 1..=n {
                let irow = ioffst - st.iskew * jc;
                for jr in jc..=n.min(jc + uub) {
                    let x = st.get(g(st, jc, jr));
                    let p = st.at(jr + irow, jc);
                    st.set(p, if zsym { x } else { x.conj() });
                }
            }
            if ipack == 5 {
                for jc in n - uub + 1..=n {
                    for jr in n + 2 - jc..=uub + 1 {
                        let p = st.at(jr, jc);
                        st.set(p, T::zero());
                    }
                }
            }
            ipackg = if ipackg == 6 { ipack } else { 0 };
        }
    } else {
        // The lower triangle, rotations from the bottom right.
        if ipack >= 5 {
            ipackg = 5;
            if ipack == 6 {
                ioffg = 1;
            }
        } else {
            ipackg = 2;
        }
        let g = |st: &Store<'_, T>, i, j| st.pos_with(i, j, ioffg);
        for (j, &dj) in d.iter().enumerate() {
            let p = g(st, j as isize + 1, j as isize + 1);
            st.set(p, T::from_real(dj));
        }
        for k in 1..=uub {
            for jc in (1..=n - 1).rev() {
                let il = (n + 1 - jc).min(k + 2);
                let mut extra = T::zero();
                let mut ctemp = st.get(g(st, jc + 1, jc));
                let (mut c, mut s) = random_rotation::<T>(iseed, true);
                let (mut ct, mut st_) = mirrored(zsym, c, s, &mut ctemp);
                let p = g(st, jc, jc);
                st.larot(false, true, n - jc > k, il, c, s, p, &mut ctemp, &mut extra);
                let icol = 1.max(jc - k + 1);
                let p = g(st, jc, icol);
                st.larot(true, false, true, jc + 2 - icol, ct, st_, p, &mut dummy, &mut ctemp);
                // Chase EXTRA back down the matrix.
                let mut icol = jc;
                let mut jch = jc + k;
                while jch < n {
                    (c, s) = chase_rotation(st.get(g(st, jch, icol)), extra, iseed, false);
                    ctemp = st.get(g(st, jch + 1, jch));
                    (ct, st_) = mirrored(zsym, c, s, &mut ctemp);
                    let p = g(st, jch, icol);
                    st.larot(true, true, true, k + 2, c, s, p, &mut extra, &mut ctemp);
                    let il = (n + 1 - jch).min(k + 2);
                    extra = T::zero();
                    let p = g(st, jch, jch);
                    st.larot(false, true, n - jch > k, il, ct, st_, p, &mut ctemp, &mut extra);
                    icol = jch;
                    jch += k;
                }
            }
        }
        // The upper triangle from the lower (in an order that works for B -> Q).
        if ipack != ipackg && ipack != 4 {
            for jc in (1..=n).rev() {
                let irow = ioffst - st.iskew * jc;
                for jr in (1.max(jc - uub)..=jc).rev() {
                    let x = st.get(g(st, jc, jr));
                    let p = st.at(jr + irow, jc);
                    st.set(p, if zsym { x } else { x.conj() });
                }
            }
            if ipack == 6 {
                for jc in 1..=uub {
                    for jr in 1..=uub + 1 - jc {
                        let p = st.at(jr, jc);
                        st.set(p, T::zero());
                    }
                }
            }
            ipackg = if ipackg == 5 { ipack } else { 0 };
        }
    }
    if !zsym {
        // A Hermitian matrix has a real diagonal.
        for jc in 1..=n {
            let p = st.at(ioffst + (1 - st.iskew) * jc, jc);
            st.set(p, T::from_real(st.get(p).re()));
        }
    }
    ipackg
}

/// Moves a matrix generated in full storage into the storage `ipack` asks
/// for, and zeroes the rest of the array.
fn repack<T: Scalar>(st: &mut Store<'_, T>, m: isize, n: isize, llb: isize, uub: isize, ipack: isize) {
    let lda = st.lda;
    let copy = |st: &mut Store<'_, T>, from: isize, to: isize| {
        let x = st.get(from);
        st.set(to, x);
    };
    match ipack {
        1 => {
            for j in 1..=m {
                for i in j + 1..=m {
                    let p = st.at(i, j);
                    st.set(p, T::zero());
                }
            }
        }
        2 => {
            for j in 2..=m {
                for i in 1..j {
                    let p = st.at(i, j);
                    st.set(p, T::zero());
                }
            }
        }
        3 | 4 => {
            // Packed by columns: the k-th stored element goes to position k
            // of the array (never ahead of where it is read from).
            let mut k = 0;
            for j in 1..=m {
                let rows = if ipack == 3 { 1..=j } else { j..=m };
                for i in rows {
                    k += 1;
                    let from = st.at(i, j);
                    copy(st, from, k);
                }
            }
            for p in k + 1..=lda * m {
                st.set(p, T::zero());
            }
        }
        _ => {
            let uub = if ipack == 5 { 0 } else { uub };
            let llb = if ipack == 6 { 0 } else { llb };
            for j in 1..=uub {
                for i in (1..=(j + llb).min(m)).rev() {
                    let (from, to) = (st.at(i, j), st.at(i - j + uub + 1, j));
                    copy(st, from, to);
                }
            }
            for j in uub + 2..=n {
                for i in j - uub..=(j + llb).min(m) {
                    let (from, to) = (st.at(i, j), st.at(i - j + uub + 1, j));
                    copy(st, from, to);
                }
            }
            let (ir1, ir2) = (uub + llb + 2, uub + m + 2);
            for jc in 1..=n {
                for jr in 1..=uub + 1 - jc {
                    let p = st.at(jr, jc);
                    st.set(p, T::zero());
                }
                for jr in 1.max(ir1.min(ir2 - jc))..=lda {
                    let p = st.at(jr, jc);
                    st.set(p, T::zero());
                }
            }
        }
    }
}
