//! Reduction of a matrix pencil to Hessenberg-triangular form (`?gghrd`,
//! `?gghd3`).

use super::{orm22, rot_cols, rot_rows};
use crate::sym_eigen::tridiagonal::Compz;
use ferroblas_kernels::aux::matrix::{lacpy, laset, Part};
use ferroblas_kernels::aux::rotations::lartg;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{MatMut, MatRef, Side, Trans};
use ferroblas_relapack::level3::Level3;
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// Reduces `(A, B)`, B upper triangular, to `(H, T) = (Q^H A Z, Q^H B Z)`
/// with H upper Hessenberg and T upper triangular (`?gghrd`), by Givens
/// rotations: column by column, rotations of adjacent rows zero A below the
/// subdiagonal and each fill-in they make in B is chased off by a rotation of
/// adjacent columns. Only rows and columns `ilo..ihi` are reduced (A is
/// assumed upper triangular outside them, as [`super::ggbal`] leaves it).
///
/// `compq` / `compz`: `None` leaves `q` / `z` alone, `Init` sets them to the
/// rotations' product, `Update` multiplies them by it from the right.
/// The strictly lower triangle of B is set to zero.
#[allow(clippy::too_many_arguments)]
pub fn gghrd<T: Scalar>(
    compq: Compz,
    compz: Compz,
    ilo: usize,
    ihi: usize,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    mut q: MatMut<'_, T>,
    mut z: MatMut<'_, T>,
) {
    let n = a.nrows();
    assert!(a.ncols() == n && b.nrows() == n && b.ncols() == n, "gghrd: A and B must be square of one order");
    let (wantq, wantz) = (compq != Compz::None, compz != Compz::None);
    init_and_clear(compq, compz, &mut b, &mut q, &mut z);
    for jcol in ilo..ihi.saturating_sub(2) {
        for jrow in (jcol + 2..ihi).rev() {
            // Zero A(jrow, jcol) by rotating rows jrow-1, jrow.
            let (c, s, r) = lartg(a.get(jrow - 1, jcol), a.get(jrow, jcol));
            a.set(jrow - 1, jcol, r);
            a.set(jrow, jcol, T::zero());
            rot_rows(&mut a, jrow - 1, jrow, jcol + 1..n, c, s);
            rot_rows(&mut b, jrow - 1, jrow, jrow - 1..n, c, s);
            if wantq {
                rot_cols(&mut q, jrow - 1, jrow, 0..n, c, s.conj());
            }
            // Chase the fill-in B(jrow, jrow-1) with columns jrow-1, jrow.
            let (c, s, r) = lartg(b.get(jrow, jrow), b.get(jrow, jrow - 1));
            b.set(jrow, jrow, r);
            b.set(jrow, jrow - 1, T::zero());
            rot_cols(&mut a, jrow, jrow - 1, 0..ihi, c, s);
            rot_cols(&mut b, jrow, jrow - 1, 0..jrow, c, s);
            if wantz {
                rot_cols(&mut z, jrow, jrow - 1, 0..n, c, s);
            }
        }
    }
}

/// The panel width of [`gghd3`] (the reference's NB for `?gghd3`).
pub const GGHD3_BLOCK: usize = 32;

/// The workspace [`gghd3_with`] runs blocked with panels of `nb` columns:
/// `6 n nb` elements (the reference's LWORK), for the accumulated factors of
/// one panel (at most `4 n nb`) and the products they feed (`2 n nb`).
pub fn gghd3_req<T: Scalar>(n: usize, nb: usize) -> WorkReq {
    WorkReq::new::<T>((6 * n * nb).max(1))
}

/// [`gghrd`] blocked (`?gghd3`): the same Hessenberg-triangular form, with
/// the rotations of a panel of [`GGHD3_BLOCK`] columns, from the left and
/// from the right, accumulated into small unitary factors and applied to the
/// rest of A and B and to Q and Z by Level-3 products (Kagstrom, Kressner,
/// Quintana-Orti and Quintana-Orti, BIT 2008). `work` should hold
/// [`gghd3_req`]; with less the panels narrow, down to the unblocked reduction.
#[allow(clippy::too_many_arguments)]
pub fn gghd3<T: Scalar>(
    compq: Compz,
    compz: Compz,
    ilo: usize,
    ihi: usize,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    q: MatMut<'_, T>,
    z: MatMut<'_, T>,
    par: Par,
    work: Workspace<'_>,
) {
    gghd3_with(compq, compz, ilo, ihi, a, b, q, z, par, work, GGHD3_BLOCK)
}

/// [`gghd3`] with panels of at most `nb` columns (fewer when `work` is
/// smaller than [`gghd3_req`] asks; `nb < 2` runs [`gghrd`]).
#[allow(clippy::too_many_arguments)]
pub fn gghd3_with<T: Scalar>(
    compq: Compz,
    compz: Compz,
    ilo: usize,
    ihi: usize,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    mut q: MatMut<'_, T>,
    mut z: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
    nb: usize,
) {
    let n = a.nrows();
    assert!(a.ncols() == n && b.nrows() == n && b.ncols() == n, "gghd3: A and B must be square of one order");
    let nh = ihi.saturating_sub(ilo);
    // The reference's choice: blocked only when a panel is narrower than
    // the block, and the panel narrows to what the workspace holds.
    let nb = nb.min(work.capacity::<T>() / (6 * n).max(1));
    if nb < 2 || nb >= nh {
        return gghrd(compq, compz, ilo, ihi, a, b, q, z);
    }
    init_and_clear(compq, compz, &mut b, &mut q, &mut z);
    let (wantq, wantz) = (compq != Compz::None, compz != Compz::None);
    let (buf, _) = work.take::<T>(6 * n * nb);
    let mut jcol = ilo;
    while jcol + 2 < ihi {
        let nnb = nb.min(ihi - jcol - 1);
        let w = Windows::new(jcol, ihi, nnb);
        // At most 4 nnb np for the factors and 2 nnb np for the right
        // rotations, np = ihi - jcol - 2 <= n - 2: within 6 n nb.
        let np = ihi - jcol - 2;
        let (fbuf, tmp) = buf.split_at_mut(w.total());
        w.init(fbuf);
        // Rows above the panel's first column meet only the right
        // rotations: they get them afterwards, by products, as Z does.
        let top = jcol;
        for j in jcol..jcol + nnb {
            // Column j lacks the left rotations of the panel's earlier
            // columns (every column right of them lacks the same ones,
            // which the right rotations below only mix): apply them now.
            for jp in jcol..j {
                for i in (jp + 2..ihi).rev() {
                    let (c, s) = (a.get(i, jp).re(), b.get(i, jp));
                    let (x, y) = (a.get(i - 1, j), a.get(i, j));
                    a.set(i - 1, j, x.scale_real(c) + s * y);
                    a.set(i, j, y.scale_real(c) - s.conj() * x);
                }
            }
            // Zero A(j+2.., j); the rotations' c and s go where the zeros
            // of A and B are, and into the panel's factors U := U G^H.
            for i in (j + 2..ihi).rev() {
                let (c, s, r) = lartg(a.get(i - 1, j), a.get(i, j));
                a.set(i - 1, j, r);
                a.set(i, j, T::from_real(c));
                b.set(i, j, s);
                let (k, r0) = w.window_of(i - (j - jcol));
                let sz = w.size(k);
                let mut u = w.factor(fbuf, k);
                rot_cols(&mut u, i - 1 - r0, i - r0, 0..sz, c, s.conj());
            }
            let t = j - jcol;
            sweep_b(j, top, ihi, &mut a, &mut b, &mut tmp[2 * np * t..2 * np * (t + 1)]);
        }
        // The left rotations are in U now: their storage in the panel's
        // zeros takes the right ones, freeing the workspace for products.
        for j in jcol..jcol + nnb {
            let t = j - jcol;
            for i in j + 2..ihi {
                let o = 2 * (np * t + i - j - 2);
                a.set(i, j, tmp[o]);
                b.set(i, j, tmp[o + 1]);
            }
        }
        // The accumulated left rotations, bottom window first, on the
        // columns right of the panel (A := U^H A) and on Q (Q := Q U).
        let cols = jcol + nnb..n;
        for k in (0..w.count).rev() {
            let (r0, sz) = (w.offset_row(k), w.size(k));
            let u = w.factor(fbuf, k);
            let full = w.full(k).then_some(nnb);
            let ac = a.rb_mut().submatrix(r0, cols.start, sz, cols.len());
            apply_factor(Side::Left, u.rb(), full, ac, tmp, par);
            if wantq {
                apply_factor(Side::Right, u.rb(), full, q.rb_mut().submatrix(0, r0, n, sz), tmp, par);
            }
        }
        if wantz || top > 0 {
            // The right rotations accumulated the same way (their indices
            // run as the left ones': rotation of columns i-1, i of panel
            // column j for i = ihi-1 down to j+2): V := V G.
            w.init(fbuf);
            for j in jcol..jcol + nnb {
                for i in (j + 2..ihi).rev() {
                    let (c, s) = (a.get(i, j).re(), b.get(i, j));
                    let (k, r0) = w.window_of(i - (j - jcol));
                    let sz = w.size(k);
                    let mut v = w.factor(fbuf, k);
                    rot_cols(&mut v, i - r0, i - 1 - r0, 0..sz, c, s);
                }
            }
            // A := A V and B := B V on the rows above the panel, Z := Z V,
            // bottom window first.
            for k in (0..w.count).rev() {
                let (r0, sz) = (w.offset_row(k), w.size(k));
                let v = w.factor(fbuf, k);
                let full = w.full(k).then_some(nnb);
                apply_factor(Side::Right, v.rb(), full, a.rb_mut().submatrix(0, r0, top, sz), tmp, par);
                apply_factor(Side::Right, v.rb(), full, b.rb_mut().submatrix(0, r0, top, sz), tmp, par);
                if wantz {
                    apply_factor(Side::Right, v.rb(), full, z.rb_mut().submatrix(0, r0, n, sz), tmp, par);
                }
            }
        }
        // The rotations' storage back to the zeros of H and T.
        for j in jcol..jcol + nnb {
            for i in j + 2..ihi {
                a.set(i, j, T::zero());
                b.set(i, j, T::zero());
            }
        }
        jcol += nnb;
    }
}

/// `C := U^H C` (`Side::Left`) or `C := C U` (`Side::Right`) for one
/// window's factor `u`: by [`orm22`] when it has the 2x2 structure
/// (`full = Some(nnb)`), else by products of blocks of C that fit `tmp`
/// (which holds at least the order of `u`).
fn apply_factor<T: Scalar>(
    side: Side,
    u: MatRef<'_, T>,
    full: Option<usize>,
    mut c: MatMut<'_, T>,
    tmp: &mut [T],
    par: Par,
) {
    let (m, n) = (c.nrows(), c.ncols());
    if m == 0 || n == 0 {
        return;
    }
    let sz = u.nrows();
    if let Some(nnb) = full {
        let trans = if side == Side::Left { Trans::ConjTrans } else { Trans::No };
        return orm22(side, trans, nnb, nnb, u, c, tmp, par);
    }
    let l3 = Level3::new(par);
    let chunk = (tmp.len() / sz).max(1);
    if side == Side::Left {
        let mut j = 0;
        while j < n {
            let len = chunk.min(n - j);
            let mut t = MatMut::from_col_major(&mut tmp[..sz * len], sz, len, sz);
            let cb = c.rb_mut().submatrix(0, j, m, len);
            l3.gemm(Trans::ConjTrans, Trans::No, T::one(), u, cb.rb(), T::zero(), t.rb_mut());
            lacpy(Part::Full, t.rb(), cb);
            j += len;
        }
    } else {
        let mut i = 0;
        while i < m {
            let len = chunk.min(m - i);
            let mut t = MatMut::from_col_major(&mut tmp[..len * sz], len, sz, len);
            let cb = c.rb_mut().submatrix(i, 0, len, n);
            l3.gemm(Trans::No, Trans::No, T::one(), cb.rb(), u, T::zero(), t.rb_mut());
            lacpy(Part::Full, t.rb(), cb);
            i += len;
        }
    }
}

/// Sets Q and Z to the identity when asked and zeroes B's strict lower triangle.
fn init_and_clear<T: Scalar>(
    compq: Compz,
    compz: Compz,
    b: &mut MatMut<'_, T>,
    q: &mut MatMut<'_, T>,
    z: &mut MatMut<'_, T>,
) {
    let n = b.nrows();
    if compq == Compz::Init {
        laset(Part::Full, T::zero(), T::one(), q.rb_mut().submatrix(0, 0, n, n));
    }
    if compz == Compz::Init {
        laset(Part::Full, T::zero(), T::one(), z.rb_mut().submatrix(0, 0, n, n));
    }
    for j in 0..n.saturating_sub(1) {
        for i in j + 1..n {
            b.set(i, j, T::zero());
        }
    }
}

/// Applies the left rotations of column `j` (c in `A(j+2.., j)`, s in
/// `B(j+2.., j)`) to B column by column from the last, and after each
/// column chases the fill-in `B(jj+1, jj)` with a rotation of columns
/// `jj, jj+1`, applied at once to rows `top..` of B and `top..ihi` of A and
/// kept in `rots` (c, s at `2 (jj - j - 1)`) for the rows above and for Z.
/// (Left and right rotations commute; a column only needs the left ones
/// of its own rows before its chasing rotation is computed.)
fn sweep_b<T: Scalar>(j: usize, top: usize, ihi: usize, a: &mut MatMut<'_, T>, b: &mut MatMut<'_, T>, rots: &mut [T]) {
    let n = b.nrows();
    // The left rotations, packed (rotation i at 2 (i - j - 2)): the right
    // rotation of columns jj, jj+1 takes the slot of the left one of rows
    // jj, jj+1, whose last use is on column jj, just before.
    for i in j + 2..ihi {
        let o = 2 * (i - j - 2);
        rots[o] = a.get(i, j);
        rots[o + 1] = b.get(i, j);
    }
    for jj in (j + 1..n).rev() {
        let last = (jj + 1).min(ihi - 1);
        if last >= j + 2 {
            let left = &rots[..2 * (last - j - 1)];
            match b.col_slice_mut(jj) {
                Some(col) => rotate_rows(&mut col[j + 1..=last], left),
                None => {
                    for i in (j + 2..=last).rev() {
                        let o = 2 * (i - j - 2);
                        let (c, s) = (left[o].re(), left[o + 1]);
                        let (x, y) = (b.get(i - 1, jj), b.get(i, jj));
                        b.set(i - 1, jj, x.scale_real(c) + s * y);
                        b.set(i, jj, y.scale_real(c) - s.conj() * x);
                    }
                }
            }
        }
        if jj + 1 < ihi {
            let (c, s, r) = lartg(b.get(jj + 1, jj + 1), b.get(jj + 1, jj));
            b.set(jj + 1, jj + 1, r);
            b.set(jj + 1, jj, T::zero());
            rot_cols(b, jj + 1, jj, top..jj + 1, c, s);
            rot_cols(a, jj + 1, jj, top..ihi, c, s);
            let o = 2 * (jj - j - 1);
            rots[o] = T::from_real(c);
            rots[o + 1] = s;
        }
    }
}

/// Rotations of adjacent entries of `x` from the last pair up: pair
/// `(x[p], x[p+1])` by `(c, s) = (rots[2p], rots[2p+1])`,
/// `x[p] := c x[p] + s x[p+1]`, `x[p+1] := c x[p+1] - conj(s) x[p]`.
/// The entry carried from one rotation to the next stays in a register:
/// reading back the pair just stored would stall on the overlapping store.
fn rotate_rows<T: Scalar>(x: &mut [T], rots: &[T]) {
    let Some(&last) = x.last() else { return };
    let mut below = last;
    for (p, cs) in rots.chunks_exact(2).enumerate().rev() {
        let (c, s) = (cs[0].re(), cs[1]);
        let above = x[p];
        x[p + 1] = below.scale_real(c) - s.conj() * above;
        below = above.scale_real(c) + s * below;
    }
    x[0] = below;
}

/// The partition of one panel's left rotations into windows of rows
/// (Kagstrom et al.). Rotation `i` of panel column `jcol + t` (rows
/// `i-1, i`) has the shifted index `p = i - t` in `jcol+2..ihi`; `p` is cut
/// into blocks of `nnb` from the top, the last block taking the remainder
/// (`nnb` to `2 nnb - 1` values). Block k's rotations touch rows
/// `P_k - 1 .. P_k + |block| + nnb - 1` only, and any two rotations of
/// different blocks that are out of order commute (their rows are at least
/// two apart), so the panel's product is that of the blocks' products,
/// bottom block first. A full block's factor (`2 nnb` square) has the 2x2
/// structure of [`orm22`].
struct Windows {
    jcol: usize,
    nnb: usize,
    /// The number of blocks.
    count: usize,
    /// The order of the last (bottom) factor.
    last: usize,
}

impl Windows {
    fn new(jcol: usize, ihi: usize, nnb: usize) -> Self {
        let np = ihi - jcol - 2;
        let count = (np / nnb).max(1);
        let last = ihi - (jcol + 1 + (count - 1) * nnb);
        Windows { jcol, nnb, count, last }
    }

    fn size(&self, k: usize) -> usize {
        if k + 1 == self.count {
            self.last
        } else {
            2 * self.nnb
        }
    }

    /// Whether factor `k` has the 2x2 structure (all but the last).
    fn full(&self, k: usize) -> bool {
        k + 1 < self.count
    }

    /// The first row block `k` touches.
    fn offset_row(&self, k: usize) -> usize {
        self.jcol + 1 + k * self.nnb
    }

    /// Where factor `k` starts in the buffer.
    fn offset(&self, k: usize) -> usize {
        k * 4 * self.nnb * self.nnb
    }

    /// The block of the shifted index `p`, and its first row.
    fn window_of(&self, p: usize) -> (usize, usize) {
        let k = ((p - self.jcol - 2) / self.nnb).min(self.count - 1);
        (k, self.offset_row(k))
    }

    /// The elements all the factors take.
    fn total(&self) -> usize {
        self.offset(self.count - 1) + self.last * self.last
    }

    /// Sets every factor to the identity.
    fn init<T: Scalar>(&self, buf: &mut [T]) {
        for k in 0..self.count {
            laset(Part::Full, T::zero(), T::one(), self.factor(buf, k));
        }
    }

    fn factor<'a, T: Scalar>(&self, buf: &'a mut [T], k: usize) -> MatMut<'a, T> {
        let s = self.size(k);
        let o = self.offset(k);
        MatMut::from_col_major(&mut buf[o..o + s * s], s, s, s.max(1))
    }
}
