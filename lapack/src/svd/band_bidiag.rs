//! Reduction of a general band matrix to bidiagonal form by plane rotations
//! (`?gbbrd`): `A = Q B P^H`, each off-band entry eliminated by an adjacent
//! rotation and the bulge it makes chased off the end of the band, so the
//! work stays `O(n^2 (kl + ku))` (plus the updates of Q, P^H and C).

use crate::gen_eigen::{modulus, rot_cols, rot_rows};
use crate::WorkReq;
use ferroblas_kernels::aux::matrix::{laset, Part};
use ferroblas_kernels::aux::rotations::lartg;
use ferroblas_kernels::level1::scal;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{MatMut, MatRef};
use ferroblas_relapack::Workspace;

/// Which of Q and `P^H` [`gbbrd`] forms (`VECT` of `?gbbrd`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GbbrdVect {
    /// Neither (`N`).
    None,
    /// Q only (`Q`).
    Q,
    /// `P^H` only (`P`).
    P,
    /// Both (`B`).
    Both,
}

impl GbbrdVect {
    /// Parses `N`, `Q`, `P` or `B`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'N' => Some(GbbrdVect::None),
            b'Q' => Some(GbbrdVect::Q),
            b'P' => Some(GbbrdVect::P),
            b'B' => Some(GbbrdVect::Both),
            _ => None,
        }
    }

    /// Whether Q is formed.
    pub fn wants_q(self) -> bool {
        matches!(self, GbbrdVect::Q | GbbrdVect::Both)
    }

    /// Whether `P^H` is formed.
    pub fn wants_p(self) -> bool {
        matches!(self, GbbrdVect::P | GbbrdVect::Both)
    }
}

/// The working band of [`gbbrd`]: the matrix with one more sub- and
/// superdiagonal than it needs, the room a bulge takes before it is chased.
struct Band<'a, T> {
    w: &'a mut [T],
    ld: usize,
    /// Row of the diagonal in each column.
    diag: usize,
    kl: usize,
    ku: usize,
    m: usize,
    n: usize,
}

impl<T: Scalar> Band<'_, T> {
    fn idx(&self, i: usize, j: usize) -> usize {
        debug_assert!(i + self.diag >= j && i <= j + self.kl + 1);
        self.diag + i - j + j * self.ld
    }
    fn get(&self, i: usize, j: usize) -> T {
        self.w[self.idx(i, j)]
    }
    fn set(&mut self, i: usize, j: usize, v: T) {
        let k = self.idx(i, j);
        self.w[k] = v;
    }
    /// The columns row `i` may hold, bulge included.
    fn row_cols(&self, i: usize) -> core::ops::Range<usize> {
        i.saturating_sub(self.kl + 1)..(i + self.ku + 2).min(self.n)
    }
    /// The rows column `j` may hold, bulge included.
    fn col_rows(&self, j: usize) -> core::ops::Range<usize> {
        j.saturating_sub(self.ku + 1)..(j + self.kl + 2).min(self.m)
    }
    /// Rows `p`, `q`: `x := c x + s y`, `y := c y - conj(s) x`.
    fn rot_rows(&mut self, p: usize, q: usize, c: T::Real, s: T) {
        let cols = self.row_cols(p).start.min(self.row_cols(q).start)..self.row_cols(p).end.max(self.row_cols(q).end);
        for j in cols {
            let in_p = self.row_cols(p).contains(&j);
            let in_q = self.row_cols(q).contains(&j);
            let x = if in_p { self.get(p, j) } else { T::zero() };
            let y = if in_q { self.get(q, j) } else { T::zero() };
            if in_p {
                self.set(p, j, x.scale_real(c) + s * y);
            }
            if in_q {
                self.set(q, j, y.scale_real(c) - s.conj() * x);
            }
        }
    }
    /// Columns `p`, `q`: `x := c x + s y`, `y := c y - conj(s) x`.
    fn rot_cols(&mut self, p: usize, q: usize, c: T::Real, s: T) {
        let rows = self.col_rows(p).start.min(self.col_rows(q).start)..self.col_rows(p).end.max(self.col_rows(q).end);
        for i in rows {
            let in_p = self.col_rows(p).contains(&i);
            let in_q = self.col_rows(q).contains(&i);
            let x = if in_p { self.get(i, p) } else { T::zero() };
            let y = if in_q { self.get(i, q) } else { T::zero() };
            if in_p {
                self.set(i, p, x.scale_real(c) + s * y);
            }
            if in_q {
                self.set(i, q, y.scale_real(c) - s.conj() * x);
            }
        }
    }
}

/// The transformations accumulated beside the band: Q (`m x m`), `P^H`
/// (`n x n`) and C (`m x ncc`, overwritten by `Q^H C`).
struct Accum<'a, T> {
    q: Option<MatMut<'a, T>>,
    pt: Option<MatMut<'a, T>>,
    c: MatMut<'a, T>,
}

impl<T: Scalar> Accum<'_, T> {
    /// Rows `p`, `q` of the band were rotated by `G = [c s; -conj(s) c]`:
    /// `Q := Q G^H`, `C := G C`.
    fn left(&mut self, p: usize, q: usize, c: T::Real, s: T) {
        if let Some(qm) = &mut self.q {
            let m = qm.nrows();
            rot_cols(qm, p, q, 0..m, c, s.conj());
        }
        let ncc = self.c.ncols();
        rot_rows(&mut self.c, p, q, 0..ncc, c, s);
    }
    /// Columns `p`, `q` of the band were multiplied by `G^T`: `P^H := conj(G) P^H`.
    fn right(&mut self, p: usize, q: usize, c: T::Real, s: T) {
        if let Some(pt) = &mut self.pt {
            let n = pt.ncols();
            rot_rows(pt, p, q, 0..n, c, s.conj());
        }
    }
}

/// Zeroes `(q, col)` of the band by a rotation of rows `q - 1`, `q`, then
/// chases the bulges it makes off the band.
fn kill_by_rows<T: Scalar>(band: &mut Band<'_, T>, acc: &mut Accum<'_, T>, q: usize, col: usize) {
    let (mut q, mut col) = (q, col);
    loop {
        let g = band.get(q, col);
        if g.is_zero() {
            return;
        }
        let (c, s, r) = lartg(band.get(q - 1, col), g);
        band.rot_rows(q - 1, q, c, s);
        band.set(q - 1, col, r);
        band.set(q, col, T::zero());
        acc.left(q - 1, q, c, s);
        // Row q - 1 now reaches one column past its band: chase it right.
        let bulge = q - 1 + band.ku + 1;
        if bulge >= band.n {
            return;
        }
        let row = q - 1;
        let g = band.get(row, bulge);
        if g.is_zero() {
            return;
        }
        let (c, s, r) = lartg(band.get(row, bulge - 1), g);
        band.rot_cols(bulge - 1, bulge, c, s);
        band.set(row, bulge - 1, r);
        band.set(row, bulge, T::zero());
        acc.right(bulge - 1, bulge, c, s);
        // Column bulge - 1 now reaches one row below its band.
        let below = bulge - 1 + band.kl + 1;
        if below >= band.m {
            return;
        }
        (q, col) = (below, bulge - 1);
    }
}

/// Zeroes `(row, q)` of the band by a rotation of columns `q - 1`, `q`, then
/// chases the bulges it makes off the band.
fn kill_by_cols<T: Scalar>(band: &mut Band<'_, T>, acc: &mut Accum<'_, T>, row: usize, q: usize) {
    let g = band.get(row, q);
    if g.is_zero() {
        return;
    }
    let (c, s, r) = lartg(band.get(row, q - 1), g);
    band.rot_cols(q - 1, q, c, s);
    band.set(row, q - 1, r);
    band.set(row, q, T::zero());
    acc.right(q - 1, q, c, s);
    // Column q - 1 now reaches one row below its band.
    let below = q - 1 + band.kl + 1;
    if below < band.m {
        kill_by_rows(band, acc, below, q - 1);
    }
}

/// The workspace [`gbbrd`] needs for an `m x n` band with `kl` sub- and `ku`
/// superdiagonals.
pub fn gbbrd_req<T: Scalar>(m: usize, n: usize, kl: usize, ku: usize) -> WorkReq {
    let _ = m;
    WorkReq::new::<T>((kl + ku + 5) * n)
}

/// Reduces the `m x n` band matrix A (`kl` sub-, `ku` superdiagonals, in
/// `ab` as LAPACK stores a band: `A(i, j)` at `ab[ku + i - j, j]`) to real
/// upper bidiagonal form `B = Q^H A P` (`?gbbrd`; when `m < n` its last
/// column beyond the `m x m` bidiagonal is zero as well); `d` (`min(m, n)`) and `e` (`min(m, n) - 1`) receive its
/// diagonal and off-diagonal. Q (`m x m`) and `P^H` (`n x n`) are formed as
/// `vect` says; C (`m x ncc`) is overwritten by `Q^H C`. `ab` is left as it
/// was. Workspace: [`gbbrd_req`].
#[allow(clippy::too_many_arguments)]
pub fn gbbrd<T: Scalar>(
    vect: GbbrdVect,
    m: usize,
    n: usize,
    kl: usize,
    ku: usize,
    ab: MatRef<'_, T>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    q: MatMut<'_, T>,
    pt: MatMut<'_, T>,
    c: MatMut<'_, T>,
    mut work: Workspace<'_>,
) {
    let minmn = m.min(n);
    assert!(d.len() >= minmn && e.len() >= minmn.saturating_sub(1), "gbbrd: d or e is too short");
    assert!(ab.nrows() > kl + ku || n == 0, "gbbrd: ab has too few rows");
    let mut acc = Accum { q: vect.wants_q().then_some(q), pt: vect.wants_p().then_some(pt), c };
    if let Some(qm) = &mut acc.q {
        laset(Part::Full, T::zero(), T::one(), qm.rb_mut());
    }
    if let Some(p) = &mut acc.pt {
        laset(Part::Full, T::zero(), T::one(), p.rb_mut());
    }
    if minmn == 0 {
        return;
    }
    // The upper bidiagonal target needs one superdiagonal even when the band has none.
    let (klw, kuw) = (kl.min(m - 1), ku.min(n - 1).max(1));
    let ld = klw + kuw + 3;
    let (w, _) = work.take::<T>(ld * n);
    let mut band = Band { w, ld, diag: kuw + 1, kl: klw, ku: kuw, m, n };
    for j in 0..n {
        for i in j.saturating_sub(ku)..(j + kl + 1).min(m) {
            band.set(i, j, ab.get(ku + i - j, j));
        }
    }
    for j in 0..n {
        // Column j below its diagonal.
        for i in (j + 1..(j + klw + 1).min(m)).rev() {
            kill_by_rows(&mut band, &mut acc, i, j);
        }
        // Row j right of its superdiagonal.
        if j < m {
            for col in (j + 2..(j + kuw + 1).min(n)).rev() {
                kill_by_cols(&mut band, &mut acc, j, col);
            }
        }
    }
    if m < n {
        // B(m-1, m) is left outside the m x m bidiagonal: rotations of
        // columns (i, m) zero it into the diagonal, the fill moving up
        // column m one row at a time.
        let mut g = band.get(m - 1, m);
        band.set(m - 1, m, T::zero());
        for i in (0..m).rev() {
            if g.is_zero() {
                break;
            }
            let (c, s, r) = lartg(band.get(i, i), g);
            band.set(i, i, r);
            acc.right(i, m, c, s);
            if i > 0 {
                let x = band.get(i - 1, i);
                g = -(s.conj() * x);
                band.set(i - 1, i, x.scale_real(c));
            }
        }
    }
    // B's diagonal and off-diagonal, made real (for complex types) by unit
    // scalings of B's rows and columns, absorbed into Q, P^H and C.
    #[allow(clippy::needless_range_loop)] // i indexes the band, d and e alike
    for i in 0..minmn {
        let t = band.get(i, i);
        if !T::IS_COMPLEX {
            d[i] = t.re();
            if i + 1 < minmn {
                e[i] = band.get(i, i + 1).re();
            }
            continue;
        }
        let abst = modulus(t);
        d[i] = abst;
        let ph = if abst != T::Real::zero() { T::from_parts(t.re() / abst, t.im() / abst) } else { T::one() };
        // B's row i times conj(ph) (Q's column times ph).
        scale_q(&mut acc, i, ph);
        if i + 1 < minmn {
            let t = band.get(i, i + 1) * ph.conj();
            let abst = modulus(t);
            e[i] = abst;
            let ph2 = if abst != T::Real::zero() { T::from_parts(t.re() / abst, t.im() / abst) } else { T::one() };
            // B's column i + 1 times conj(ph2) (P^H's row times ph2); the
            // next diagonal entry takes it too.
            band.set(i + 1, i + 1, band.get(i + 1, i + 1) * ph2.conj());
            if let Some(p) = &mut acc.pt {
                scal(ph2, p.rb_mut().transpose().col_mut(i + 1));
            }
        }
    }
}

/// `Q(:, i) *= ph`, `C(i, :) *= conj(ph)`: B's row i multiplied by `conj(ph)`.
fn scale_q<T: Scalar>(acc: &mut Accum<'_, T>, i: usize, ph: T) {
    if let Some(qm) = &mut acc.q {
        scal(ph, qm.rb_mut().col_mut(i));
    }
    if acc.c.ncols() > 0 {
        scal(ph.conj(), acc.c.rb_mut().transpose().col_mut(i));
    }
}
