//! Blocks of reflectors in compact WY form, `H = H(0) H(1) ... H(k-1) = I - V T V^H`
//! (Schreiber and Van Loan): forming T (`?larft`) and applying H (`?larfb`)
//! with the Level-3 BLAS.
//!
//! Every variant is reduced to one: reflectors stored column by column, in
//! forward order. Row-wise storage (LQ, RQ) holds `V^H`, so its products are
//! the same ones with the opposite transposition of the stored array.
//! Backward order (QL, RQ: `H = H(k-1) ... H(0)`, `T` lower, the unit
//! diagonal of V at the bottom) is forward order with the rows and columns
//! of V and T, and the rows (left) or columns (right) of C, reversed: a view,
//! not a copy.

use super::apply::gemv_fresh;
use ferroblas_kernels::level2::trmv;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::{Diag, MatMut, MatRef, Side, Trans, Uplo};
use ferroblas_relapack::level3::Level3;
use ferroblas_relapack::Par;

/// The order in which a block's reflectors multiply (`DIRECT`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direct {
    /// `H = H(0) H(1) ... H(k-1)` ('F'); T is upper triangular.
    Forward,
    /// `H = H(k-1) ... H(1) H(0)` ('B'); T is lower triangular.
    Backward,
}

impl Direct {
    /// Parses LAPACK's letter, 'F' or 'B' (either case).
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'F' => Some(Direct::Forward),
            b'B' => Some(Direct::Backward),
            _ => None,
        }
    }
}

/// How the reflectors' vectors are stored (`STOREV`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreV {
    /// Vector `i` is column `i` of V ('C'), as QR and QL store them.
    Columnwise,
    /// Vector `i` is row `i` of V, conjugated ('R'), as LQ and RQ store them.
    Rowwise,
}

impl StoreV {
    /// Parses LAPACK's letter, 'C' or 'R' (either case).
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'C' => Some(StoreV::Columnwise),
            b'R' => Some(StoreV::Rowwise),
            _ => None,
        }
    }
}

/// `k` forward reflectors of length `len` as stored: column-wise, V is
/// `len x k`, unit lower trapezoidal (its strict upper part is not read);
/// row-wise, the stored array is `k x len`, unit upper trapezoidal, and V is
/// its conjugate transpose.
#[derive(Clone, Copy)]
pub(crate) struct Forward<'a, T> {
    pub(crate) v: MatRef<'a, T>,
    pub(crate) store: StoreV,
}

impl<'a, T: Scalar> Forward<'a, T> {
    pub(crate) fn k(&self) -> usize {
        match self.store {
            StoreV::Columnwise => self.v.ncols(),
            StoreV::Rowwise => self.v.nrows(),
        }
    }

    pub(crate) fn len(&self) -> usize {
        match self.store {
            StoreV::Columnwise => self.v.nrows(),
            StoreV::Rowwise => self.v.ncols(),
        }
    }

    /// The unit triangle V1 (V's first k rows) as stored, with its triangle
    /// and the transpositions that give `V1^H` and `V1`.
    fn tri(&self) -> (MatRef<'a, T>, Uplo, Trans, Trans) {
        let k = self.k();
        let t = self.v.submatrix(0, 0, k, k);
        match self.store {
            StoreV::Columnwise => (t, Uplo::Lower, Trans::ConjTrans, Trans::No),
            StoreV::Rowwise => (t, Uplo::Upper, Trans::No, Trans::ConjTrans),
        }
    }

    /// The rest V2 (V's rows k..len) as stored, with the transpositions that
    /// give `V2^H` and `V2`.
    fn rect(&self) -> (MatRef<'a, T>, Trans, Trans) {
        self.rows_from(self.k())
    }

    /// V's rows `lo..len` as stored, with the transpositions that give the
    /// block and its conjugate transpose: `(stored, for V^H, for V)`.
    fn rows_from(&self, lo: usize) -> (MatRef<'a, T>, Trans, Trans) {
        let (k, len) = (self.k(), self.len());
        match self.store {
            StoreV::Columnwise => (self.v.submatrix(lo, 0, len - lo, k), Trans::ConjTrans, Trans::No),
            StoreV::Rowwise => (self.v.submatrix(0, lo, k, len - lo), Trans::No, Trans::ConjTrans),
        }
    }

    /// Element `(i, j)` of `V^H` (`k x len`), i.e. `conj(V(j, i))`.
    fn vh(&self, i: usize, j: usize) -> T {
        match self.store {
            StoreV::Columnwise => self.v.get(j, i).conj(),
            StoreV::Rowwise => self.v.get(i, j),
        }
    }

    /// Reflectors `lo..hi`, restricted to rows `lo..` (where they live).
    pub(crate) fn range(&self, lo: usize, hi: usize) -> Self {
        let len = self.len();
        let v = match self.store {
            StoreV::Columnwise => self.v.submatrix(lo, lo, len - lo, hi - lo),
            StoreV::Rowwise => self.v.submatrix(lo, lo, hi - lo, len - lo),
        };
        Forward { v, store: self.store }
    }
}

pub(crate) fn forward<'a, T: Scalar>(direct: Direct, store: StoreV, v: MatRef<'a, T>) -> Forward<'a, T> {
    let v = match direct {
        Direct::Forward => v,
        Direct::Backward => v.reversed(),
    };
    Forward { v, store }
}

/// Blocks of at most this many reflectors form T column by column (Level 2);
/// larger ones split in two and join the halves with Level-3 products.
const LARFT_LEAF: usize = 16;

/// The scalars `tau` of a block, in forward order (reversed for a backward block).
#[derive(Clone, Copy)]
pub(crate) struct Taus<'a, T> {
    tau: &'a [T],
    rev: bool,
}

impl<'a, T: Copy> Taus<'a, T> {
    pub(crate) fn new(tau: &'a [T], direct: Direct) -> Self {
        Taus { tau, rev: direct == Direct::Backward }
    }

    /// The number of reflectors.
    pub(crate) fn len(&self) -> usize {
        self.tau.len()
    }

    /// Tau of reflector `i` in forward order.
    pub(crate) fn get(&self, i: usize) -> T {
        if self.rev {
            self.tau[self.tau.len() - 1 - i]
        } else {
            self.tau[i]
        }
    }

    pub(crate) fn range(&self, lo: usize, hi: usize) -> Self {
        let n = self.tau.len();
        let tau = if self.rev { &self.tau[n - hi..n - lo] } else { &self.tau[lo..hi] };
        Taus { tau, rev: self.rev }
    }
}

/// Forms the triangular factor T of the block reflector `H = I - V T V^H`
/// (`?larft`) from `k = tau.len()` reflectors: T is `k x k`, upper for
/// [`Direct::Forward`], lower for [`Direct::Backward`]; its other triangle is
/// not written. V is `len x k` (column-wise) or `k x len` (row-wise), with
/// the unit diagonal at the top (forward) or at the bottom-right (backward);
/// the part of V beyond the unit diagonal is not read. `tau = 0` gives a
/// zero column (forward; a zero row backward) in T.
pub fn larft<T: Scalar>(direct: Direct, store: StoreV, v: MatRef<'_, T>, tau: &[T], t: MatMut<'_, T>, par: Par) {
    let k = tau.len();
    let v = match store {
        StoreV::Columnwise => v.submatrix(0, 0, v.nrows(), k),
        StoreV::Rowwise => v.submatrix(0, 0, k, v.ncols()),
    };
    let f = forward(direct, store, v);
    assert!(f.len() >= k && t.nrows() >= k && t.ncols() >= k, "larft: operand shapes disagree");
    let t = t.submatrix(0, 0, k, k);
    let t = match direct {
        Direct::Forward => t,
        Direct::Backward => t.reversed(),
    };
    larft_forward(f, Taus::new(tau, direct), t, &Level3::new(par));
}

/// [`larft`] on forward reflectors: T upper.
pub(crate) fn larft_forward<T: Scalar>(f: Forward<'_, T>, tau: Taus<'_, T>, mut t: MatMut<'_, T>, l3: &Level3) {
    let k = f.k();
    if k <= LARFT_LEAF {
        return larft_leaf(f, tau, t);
    }
    let k1 = k / 2;
    {
        let (t11, _, _, t22) = t.rb_mut().split_at(k1, k1);
        larft_forward(f.range(0, k1), tau.range(0, k1), t11, l3);
        larft_forward(f.range(k1, k), tau.range(k1, k), t22, l3);
    }
    join(f, t, k1, l3);
}

/// Given the diagonal blocks T11 (`k1 x k1`) and T22 of a block's T, forms
/// `T12 = -T11 (V1^H V2) T22`, V1 the first `k1` reflectors and V2 the rest.
pub(crate) fn join<T: Scalar>(f: Forward<'_, T>, t: MatMut<'_, T>, k1: usize, l3: &Level3) {
    let (k, len) = (f.k(), f.len());
    let k2 = k - k1;
    let (t11, mut t12, _, t22) = t.split_at(k1, k1);
    // V1^H V2: V2 is zero in rows 0..k1 and unit lower triangular in rows k1..k.
    for j in 0..k2 {
        for i in 0..k1 {
            t12.set(i, j, f.vh(i, k1 + j));
        }
    }
    let f2 = f.range(k1, k);
    let (tri2, uplo2, _, tv2) = f2.tri();
    l3.trmm(Side::Right, uplo2, tv2, Diag::Unit, T::one(), tri2, t12.rb_mut());
    if len > k {
        let (b1, vh1, _) = f.range(0, k1).rows_from(k);
        let (b2, _, v2) = f2.rows_from(k2);
        l3.gemm(vh1, v2, T::one(), b1, b2, T::one(), t12.rb_mut());
    }
    l3.trmm(Side::Left, Uplo::Upper, Trans::No, Diag::NonUnit, -T::one(), t11.rb(), t12.rb_mut());
    l3.trmm(Side::Right, Uplo::Upper, Trans::No, Diag::NonUnit, T::one(), t22.rb(), t12);
}

/// T column by column: `T(0:i, i) = -tau_i T(0:i, 0:i) V(:, 0:i)^H v_i`.
fn larft_leaf<T: Scalar>(f: Forward<'_, T>, tau: Taus<'_, T>, mut t: MatMut<'_, T>) {
    let (k, len) = (f.k(), f.len());
    for i in 0..k {
        let ti = tau.get(i);
        t.set(i, i, ti);
        if i == 0 {
            continue;
        }
        let (left, mut right) = t.rb_mut().split_at_col(i);
        let mut y = right.rb_mut().col_mut(0).subvec(0, i);
        if ti == T::zero() {
            for j in 0..i {
                y.set(j, T::zero());
            }
            continue;
        }
        // y := V(i+1.., 0:i)^H v_i(i+1..), then add the unit element's term.
        match f.store {
            StoreV::Columnwise => {
                let below = f.v.submatrix(i + 1, 0, len - i - 1, i);
                gemv_fresh(Trans::ConjTrans, below, f.v.submatrix(i + 1, i, len - i - 1, 1).col(0), y.rb_mut());
            }
            StoreV::Rowwise => {
                // The stored rows are V^H's rows: y_j = sum_r V_r(j, r) conj(V_r(i, r)),
                // computed conjugated and conjugated back.
                let right_of = f.v.submatrix(0, i + 1, i, len - i - 1).transpose();
                gemv_fresh(Trans::ConjTrans, right_of, f.v.submatrix(i, i + 1, 1, len - i - 1).row(0), y.rb_mut());
                for j in 0..i {
                    y.set(j, y.get(j).conj());
                }
            }
        }
        for j in 0..i {
            y.set(j, -ti * (y.get(j) + f.vh(j, i)));
        }
        trmv(Uplo::Upper, Trans::No, Diag::NonUnit, left.rb().submatrix(0, 0, i, i), y);
    }
}

/// Applies the block reflector `H = I - V T V^H` or `H^H` (`trans`) to `c`
/// from the `side` (`?larfb`): `C := H C`, `H^H C`, `C H` or `C H^H`. V holds
/// `k` reflectors stored as [`larft`] describes, T is their `k x k` factor
/// (upper forward, lower backward). `work` is `k x n` (left) or `m x k`
/// (right), any strides. For a real type `Trans::Trans` means `H^T = H^H`.
#[allow(clippy::too_many_arguments)]
pub fn larfb<T: Scalar>(
    side: Side,
    trans: Trans,
    direct: Direct,
    store: StoreV,
    v: MatRef<'_, T>,
    t: MatRef<'_, T>,
    c: MatMut<'_, T>,
    work: MatMut<'_, T>,
    par: Par,
) {
    larfb_sliced(side, trans, direct, store, v, t, c, work, par, None)
}

/// [`larfb`] updating C `slice` columns (left) or rows (right) at a time,
/// or as [`larfb_forward`] chooses with `None` (the tests cut C finer).
#[allow(clippy::too_many_arguments)]
pub(crate) fn larfb_sliced<T: Scalar>(
    side: Side,
    trans: Trans,
    direct: Direct,
    store: StoreV,
    v: MatRef<'_, T>,
    t: MatRef<'_, T>,
    c: MatMut<'_, T>,
    work: MatMut<'_, T>,
    par: Par,
    slice: Option<usize>,
) {
    let k = t.nrows();
    let v = match store {
        StoreV::Columnwise => v.submatrix(0, 0, v.nrows(), k),
        StoreV::Rowwise => v.submatrix(0, 0, k, v.ncols()),
    };
    let f = forward(direct, store, v);
    let (t, c) = match direct {
        Direct::Forward => (t, c),
        Direct::Backward => (
            t.reversed(),
            match side {
                Side::Left => c.reversed_rows(),
                Side::Right => c.transpose().reversed_rows().transpose(),
            },
        ),
    };
    larfb_in_slices(side, trans, f, t, c, work, &Level3::new(par), slice.unwrap_or_else(|| larfb_slice::<T>(f.len())));
}

/// The bytes of C one pass of [`larfb_forward`] updates: about twice a
/// second-level cache, so that the slice `W = V^H C` reads is still cached
/// when `C - V W` reads and writes it again (a large C otherwise goes to
/// memory twice). Fixed, not read from the machine, so that the cut, and
/// with it the result, depends on the sizes alone.
const LARFB_SLICE_BYTES: usize = 4 << 20;

/// The columns (left) or rows (right) of C in one slice of [`larfb_forward`]:
/// at least 128, a multiple of 64, `LARFB_SLICE_BYTES` of `len`-long vectors.
fn larfb_slice<T>(len: usize) -> usize {
    let per = LARFB_SLICE_BYTES / (len.max(1) * std::mem::size_of::<T>());
    (per / 64 * 64).max(128)
}

/// [`larfb`] for forward reflectors. A C that holds two slices or more
/// ([`LARFB_SLICE_BYTES`]) is updated slice by slice: its columns (left) or
/// rows (right) are independent, so this only reorders the work.
pub(crate) fn larfb_forward<T: Scalar>(
    side: Side,
    trans: Trans,
    f: Forward<'_, T>,
    t: MatRef<'_, T>,
    c: MatMut<'_, T>,
    work: MatMut<'_, T>,
    l3: &Level3,
) {
    larfb_in_slices(side, trans, f, t, c, work, l3, larfb_slice::<T>(f.len()))
}

/// [`larfb_forward`] with slices of `slice` columns (left) or rows (right) of C.
#[allow(clippy::too_many_arguments)]
fn larfb_in_slices<T: Scalar>(
    side: Side,
    trans: Trans,
    f: Forward<'_, T>,
    t: MatRef<'_, T>,
    mut c: MatMut<'_, T>,
    mut work: MatMut<'_, T>,
    l3: &Level3,
    slice: usize,
) {
    let (m, n) = (c.nrows(), c.ncols());
    // At least two slices' worth, else one pass (cutting 136 columns into 128
    // and 8 only packs V twice); the slices even, so that none is a sliver.
    let pieces = |count: usize| count / slice.max(1);
    match side {
        Side::Left if pieces(n) >= 2 => {
            let (k, slice) = (f.k(), n.div_ceil(pieces(n)));
            for j in (0..n).step_by(slice) {
                let w = slice.min(n - j);
                let cs = c.rb_mut().submatrix(0, j, m, w);
                let ws = work.rb_mut().submatrix(0, 0, k, w);
                larfb_slice_forward(side, trans, f, t, cs, ws, l3);
            }
        }
        Side::Right if pieces(m) >= 2 => {
            let (k, slice) = (f.k(), m.div_ceil(pieces(m)));
            for i in (0..m).step_by(slice) {
                let h = slice.min(m - i);
                let cs = c.rb_mut().submatrix(i, 0, h, n);
                let ws = work.rb_mut().submatrix(0, 0, h, k);
                larfb_slice_forward(side, trans, f, t, cs, ws, l3);
            }
        }
        _ => larfb_slice_forward(side, trans, f, t, c, work, l3),
    }
}

/// One slice of [`larfb_forward`]: W := V^H C (or C V), op(T), C := C - V W.
fn larfb_slice_forward<T: Scalar>(
    side: Side,
    trans: Trans,
    f: Forward<'_, T>,
    t: MatRef<'_, T>,
    c: MatMut<'_, T>,
    work: MatMut<'_, T>,
    l3: &Level3,
) {
    let (k, len) = (f.k(), f.len());
    let (m, n) = (c.nrows(), c.ncols());
    if k == 0 || m == 0 || n == 0 {
        return;
    }
    let tt = if trans == Trans::No { Trans::No } else { Trans::ConjTrans };
    let (tri, uplo, tvh, tv) = f.tri();
    let (rect, rvh, rv) = f.rect();
    let one = T::one();
    match side {
        Side::Left => {
            assert!(m == len && work.nrows() >= k && work.ncols() >= n, "larfb: operand shapes disagree");
            let mut w = work.submatrix(0, 0, k, n);
            let (mut c1, mut c2) = c.split_at_row(k);
            // W := V^H C, then op(T) W; C := C - V W.
            copy(c1.rb(), w.rb_mut());
            l3.trmm(Side::Left, uplo, tvh, Diag::Unit, one, tri, w.rb_mut());
            if len > k {
                l3.gemm(rvh, Trans::No, one, rect, c2.rb(), one, w.rb_mut());
            }
            l3.trmm(Side::Left, Uplo::Upper, tt, Diag::NonUnit, one, t, w.rb_mut());
            if len > k {
                l3.gemm(rv, Trans::No, -one, rect, w.rb(), one, c2.rb_mut());
            }
            l3.trmm(Side::Left, uplo, tv, Diag::Unit, one, tri, w.rb_mut());
            sub_assign(c1.rb_mut(), w.rb());
        }
        Side::Right => {
            assert!(n == len && work.nrows() >= m && work.ncols() >= k, "larfb: operand shapes disagree");
            let mut w = work.submatrix(0, 0, m, k);
            let (mut c1, mut c2) = c.split_at_col(k);
            // W := C V, then W op(T); C := C - W V^H.
            copy(c1.rb(), w.rb_mut());
            l3.trmm(Side::Right, uplo, tv, Diag::Unit, one, tri, w.rb_mut());
            if len > k {
                l3.gemm(Trans::No, rv, one, c2.rb(), rect, one, w.rb_mut());
            }
            l3.trmm(Side::Right, Uplo::Upper, tt, Diag::NonUnit, one, t, w.rb_mut());
            if len > k {
                l3.gemm(Trans::No, rvh, -one, w.rb(), rect, one, c2.rb_mut());
            }
            l3.trmm(Side::Right, uplo, tvh, Diag::Unit, one, tri, w.rb_mut());
            sub_assign(c1.rb_mut(), w.rb());
        }
    }
}

fn copy<T: Scalar>(src: MatRef<'_, T>, mut dst: MatMut<'_, T>) {
    for j in 0..src.ncols() {
        // Contiguous columns (the usual case) as slices: no per-element index arithmetic.
        if let (Some(s), Some(d)) = (src.col_slice(j), dst.col_slice_mut(j)) {
            d.copy_from_slice(s);
            continue;
        }
        for i in 0..src.nrows() {
            dst.set(i, j, src.get(i, j));
        }
    }
}

fn sub_assign<T: Scalar>(mut dst: MatMut<'_, T>, src: MatRef<'_, T>) {
    for j in 0..src.ncols() {
        if let (Some(s), Some(d)) = (src.col_slice(j), dst.col_slice_mut(j)) {
            for (d, &s) in d.iter_mut().zip(s) {
                *d -= s;
            }
            continue;
        }
        for i in 0..src.nrows() {
            dst.set(i, j, dst.get(i, j) - src.get(i, j));
        }
    }
}
