//! Tall-skinny QR and short-wide LQ (`?latsqr`, `?lamtsqr`, `?laswlq`,
//! `?lamswlq`) and the drivers that choose between them and the plain
//! blocked forms (`?geqr`, `?gemqr`, `?gelq`, `?gemlq`).
//!
//! TSQR walks down an `m x n` matrix in row blocks: the first `mb` rows are
//! factored by [`geqrt`](super::geqrt), each following block of `mb - n`
//! rows is folded into the running R by the triangular-pentagonal QR
//! ([`tpqrt`](super::tpqrt), no trapezoid). Block `s`'s triangular factors
//! sit in columns `s n ..` of T. Q is the product of the blocks' Q in that
//! order. Short-wide LQ is the same walk across column blocks.

use super::oriented::{conj_trans, flip};
use super::{gelqt, gemlqt, gemqrt, geqrt, tplqt, tpmlqt, tpmqrt, tpqrt};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef, Side, Trans};
use ferroblas_relapack::Par;

/// The number of blocks of a walk over `q` rows (columns) with `k`
/// reflectors and blocks of `b`: the first `b` long, the rest `b - k`.
pub fn ts_blocks(q: usize, k: usize, b: usize) -> usize {
    if b > k && q > k {
        (q - k).div_ceil(b - k)
    } else {
        1
    }
}

/// Block `s`'s first row (column) and length.
pub(crate) fn block(s: usize, q: usize, k: usize, b: usize) -> (usize, usize) {
    if s == 0 {
        (0, b)
    } else {
        let start = b + (s - 1) * (b - k);
        (start, (b - k).min(q - start))
    }
}

/// Whether the walk has more than one block (else the plain form runs).
fn walks(q: usize, k: usize, b: usize) -> bool {
    b > k && b < q
}

/// The tall-skinny QR of the `m x n` matrix `a`, `m >= n` (`?latsqr`), in
/// row blocks of `mb` (`mb > n`; `mb >= m` is one block, [`geqrt`]), each
/// block's factors in blocks of `nb = t.nrows()` columns. `t` is
/// `nb x n * ts_blocks(m, n, mb)`. R overwrites `a`'s upper triangle; the
/// reflectors the rest. `work` holds `nb x n` elements.
pub fn latsqr<T: Scalar>(mut a: MatMut<'_, T>, mb: usize, mut t: MatMut<'_, T>, par: Par, work: &mut [T]) {
    let (m, n) = (a.nrows(), a.ncols());
    if m.min(n) == 0 {
        return;
    }
    if !walks(m, n, mb) {
        return geqrt(a, t, par, work);
    }
    let nt = t.nrows();
    geqrt(a.rb_mut().submatrix(0, 0, mb, n), t.rb_mut().submatrix(0, 0, nt, n), par, work);
    for s in 1..ts_blocks(m, n, mb) {
        let (start, len) = block(s, m, n, mb);
        // R (rows 0..n) and the block below it are disjoint.
        let (head, tail) = a.rb_mut().split_at_row(start);
        let r = head.submatrix(0, 0, n, n);
        let blk = tail.submatrix(0, 0, len, n);
        tpqrt(0, r, blk, t.rb_mut().submatrix(0, s * n, nt, n), par, work);
    }
}

/// Applies `Q` or `Q^H` from [`latsqr`] (`?lamtsqr`) to C from the `side`:
/// `a` (`q x k`, `q` = C's rows left, columns right) holds the reflectors,
/// `t` their factors, `mb` the row block [`latsqr`] used. `work` holds
/// `nb x n` (left) or `m x nb` (right) elements, `nb = t.nrows()`.
#[allow(clippy::too_many_arguments)]
pub fn lamtsqr<T: Scalar>(
    side: Side,
    trans: Trans,
    mb: usize,
    a: MatRef<'_, T>,
    t: MatRef<'_, T>,
    c: MatMut<'_, T>,
    par: Par,
    work: &mut [T],
) {
    let trans = conj_trans(trans);
    let k = a.ncols();
    let q = if side == Side::Left { c.nrows() } else { c.ncols() };
    if c.nrows().min(c.ncols()).min(k) == 0 {
        return;
    }
    if !walks(q, k, mb) {
        return gemqrt(side, trans, a, t, c, par, work);
    }
    let fwd = (side == Side::Left) == (trans != Trans::No);
    walk(fwd, q, k, mb, c, |s, start, len, c| {
        let nt = t.nrows();
        let ts = t.submatrix(0, s * k, nt, k);
        if s == 0 {
            let v = a.submatrix(0, 0, len, k);
            let (cm, cn) = (c.nrows(), c.ncols());
            match side {
                Side::Left => gemqrt(side, trans, v, ts, c.submatrix(0, 0, len, cn), par, work),
                Side::Right => gemqrt(side, trans, v, ts, c.submatrix(0, 0, cm, len), par, work),
            }
        } else {
            let v = a.submatrix(start, 0, len, k);
            let (head, tail) = split(side, c, start);
            let (cm, cn) = (head.nrows(), tail.ncols());
            let (ca, cb) = match side {
                Side::Left => (head.submatrix(0, 0, k, cn), tail.submatrix(0, 0, len, cn)),
                Side::Right => (head.submatrix(0, 0, cm, k), tail.submatrix(0, 0, cm, len)),
            };
            tpmqrt(side, trans, 0, v, ts, ca, cb, par, work);
        }
    });
}

/// C's rows (left) or columns (right) before and from `at`.
fn split<T>(side: Side, c: MatMut<'_, T>, at: usize) -> (MatMut<'_, T>, MatMut<'_, T>) {
    match side {
        Side::Left => c.split_at_row(at),
        Side::Right => c.split_at_col(at),
    }
}

/// Runs `f(s, start, len, c)` over the blocks, first to last or last to first.
fn walk<T>(
    fwd: bool,
    q: usize,
    k: usize,
    b: usize,
    mut c: MatMut<'_, T>,
    mut f: impl FnMut(usize, usize, usize, MatMut<'_, T>),
) {
    let nblocks = ts_blocks(q, k, b);
    for i in 0..nblocks {
        let s = if fwd { i } else { nblocks - 1 - i };
        let (start, len) = block(s, q, k, b);
        f(s, start, len, c.rb_mut());
    }
}

/// The short-wide LQ of the `m x n` matrix `a`, `n >= m` (`?laswlq`), in
/// column blocks of `nb` (`nb > m`; `nb >= n` is one block, [`gelqt`]),
/// each block's factors in blocks of `mb = t.nrows()` rows. `t` is
/// `mb x m * ts_blocks(n, m, nb)`. L overwrites `a`'s lower triangle; the
/// reflectors the rest. `work` holds `mb x m` elements.
pub fn laswlq<T: Scalar>(mut a: MatMut<'_, T>, nb: usize, mut t: MatMut<'_, T>, par: Par, work: &mut [T]) {
    let (m, n) = (a.nrows(), a.ncols());
    if m.min(n) == 0 {
        return;
    }
    if !walks(n, m, nb) {
        return gelqt(a, t, par, work);
    }
    let mt = t.nrows();
    gelqt(a.rb_mut().submatrix(0, 0, m, nb), t.rb_mut().submatrix(0, 0, mt, m), par, work);
    for s in 1..ts_blocks(n, m, nb) {
        let (start, len) = block(s, n, m, nb);
        let (head, tail) = a.rb_mut().split_at_col(start);
        tplqt(
            0,
            head.submatrix(0, 0, m, m),
            tail.submatrix(0, 0, m, len),
            t.rb_mut().submatrix(0, s * m, mt, m),
            par,
            work,
        );
    }
}

/// Applies `Q` or `Q^H` from [`laswlq`] (`?lamswlq`) to C from the `side`:
/// `a` (`k x q`) holds the reflectors row by row, `t` their factors, `nb`
/// the column block [`laswlq`] used. `work` holds `mb x n` (left) or
/// `m x mb` (right) elements, `mb = t.nrows()`.
#[allow(clippy::too_many_arguments)]
pub fn lamswlq<T: Scalar>(
    side: Side,
    trans: Trans,
    nb: usize,
    a: MatRef<'_, T>,
    t: MatRef<'_, T>,
    c: MatMut<'_, T>,
    par: Par,
    work: &mut [T],
) {
    let trans = conj_trans(trans);
    let k = a.nrows();
    let q = if side == Side::Left { c.nrows() } else { c.ncols() };
    if c.nrows().min(c.ncols()).min(k) == 0 {
        return;
    }
    if !walks(q, k, nb) {
        return gemlqt(side, trans, a, t, c, par, work);
    }
    // Q is the conjugate transpose of the QR-ordered product.
    let fwd = (side == Side::Left) == (flip(trans) != Trans::No);
    walk(fwd, q, k, nb, c, |s, start, len, c| {
        let mt = t.nrows();
        let ts = t.submatrix(0, s * k, mt, k);
        if s == 0 {
            let v = a.submatrix(0, 0, k, len);
            let (cm, cn) = (c.nrows(), c.ncols());
            match side {
                Side::Left => gemlqt(side, trans, v, ts, c.submatrix(0, 0, len, cn), par, work),
                Side::Right => gemlqt(side, trans, v, ts, c.submatrix(0, 0, cm, len), par, work),
            }
        } else {
            let v = a.submatrix(0, start, k, len);
            let (head, tail) = split(side, c, start);
            let (cm, cn) = (head.nrows(), tail.ncols());
            let (ca, cb) = match side {
                Side::Left => (head.submatrix(0, 0, k, cn), tail.submatrix(0, 0, len, cn)),
                Side::Right => (head.submatrix(0, 0, cm, k), tail.submatrix(0, 0, cm, len)),
            };
            tpmlqt(side, trans, 0, v, ts, ca, cb, par, work);
        }
    });
}

/// The block sizes `?geqr` settles on for an `m x n` matrix from the
/// requested row block `mb` and column block `nb`, as the reference
/// corrects them: `(mb, nb, blocks)`.
pub fn geqr_blocks(m: usize, n: usize, mb: usize, nb: usize) -> (usize, usize, usize) {
    let (mut mb, mut nb) = if m.min(n) > 0 { (mb, nb) } else { (m, 1) };
    if mb > m || mb <= n {
        mb = m;
    }
    if nb > m.min(n) || nb < 1 {
        nb = 1;
    }
    (mb, nb, ts_blocks(m, n, mb))
}

/// The block sizes `?gelq` settles on for an `m x n` matrix from the
/// requested row block `mb` and column block `nb`: `(mb, nb, blocks)`.
pub fn gelq_blocks(m: usize, n: usize, mb: usize, nb: usize) -> (usize, usize, usize) {
    let (mut mb, mut nb) = if m.min(n) > 0 { (mb, nb) } else { (1, n) };
    if mb > m.min(n) || mb < 1 {
        mb = 1;
    }
    if nb > n || nb <= m {
        nb = n;
    }
    (mb, nb, ts_blocks(n, m, nb))
}

/// The header of a `?geqr`/`?gelq` T array: its size and block sizes.
fn write_header<T: Scalar>(t: &mut [T], tsize: usize, mb: usize, nb: usize) {
    let f = |v: usize| T::from_real(T::Real::from_f64(v as f64));
    t[0] = f(tsize);
    t[1] = f(mb);
    t[2] = f(nb);
}

fn header_block<T: Scalar>(t: &[T], i: usize) -> usize {
    let v = t[i].re().to_f64();
    if v >= 1.0 {
        v as usize
    } else {
        0
    }
}

/// The QR of the `m x n` matrix `a` (`?geqr`) with blocks `mb`, `nb` as
/// [`geqr_blocks`] leaves them: [`latsqr`] when tall and skinny, [`geqrt`]
/// otherwise. `t` receives the size it needs, `mb` and `nb` in its first
/// three elements and the factors from element 5 on (`nb x n * blocks`);
/// it holds `nb n blocks + 5` elements. `work` holds `nb n`.
pub fn geqr<T: Scalar>(mut a: MatMut<'_, T>, mb: usize, nb: usize, t: &mut [T], par: Par, work: &mut [T]) {
    let (m, n) = (a.nrows(), a.ncols());
    let (mb, nb, blocks) = geqr_blocks(m, n, mb, nb);
    let tsize = nb * n * blocks + 5;
    write_header(t, tsize, mb, nb);
    if m.min(n) == 0 {
        return;
    }
    let data = &mut t[5..];
    if m <= n || !walks(m, n, mb) {
        let k = m.min(n);
        let tv = MatMut::from_col_major(&mut data[..nb * k], nb, k, nb);
        geqrt(a.rb_mut(), tv, par, work);
    } else {
        let tv = MatMut::from_col_major(&mut data[..nb * n * blocks], nb, n * blocks, nb);
        latsqr(a, mb, tv, par, work);
    }
}

/// Applies `Q` or `Q^H` from [`geqr`] (`?gemqr`) to C from the `side`: `a`
/// (`q x k`) and `t` as [`geqr`] left them. `work` holds `nb n` (left) or
/// `nb m` (right) elements.
#[allow(clippy::too_many_arguments)]
pub fn gemqr<T: Scalar>(
    side: Side,
    trans: Trans,
    a: MatRef<'_, T>,
    t: &[T],
    c: MatMut<'_, T>,
    par: Par,
    work: &mut [T],
) {
    let (m, n, k) = (c.nrows(), c.ncols(), a.ncols());
    if m.min(n).min(k) == 0 {
        return;
    }
    let (mb, nb) = (header_block(t, 1), header_block(t, 2).max(1));
    let q = if side == Side::Left { m } else { n };
    let data = &t[5..];
    if q <= k || mb <= k || mb >= m.max(n).max(k) {
        let tv = MatRef::from_col_major(&data[..nb * k], nb, k, nb);
        gemqrt(side, trans, a.submatrix(0, 0, q, k), tv, c, par, work);
    } else {
        let blocks = ts_blocks(q, k, mb);
        let tv = MatRef::from_col_major(&data[..nb * k * blocks], nb, k * blocks, nb);
        lamtsqr(side, trans, mb, a.submatrix(0, 0, q, k), tv, c, par, work);
    }
}

/// The LQ of the `m x n` matrix `a` (`?gelq`) with blocks `mb`, `nb` as
/// [`gelq_blocks`] leaves them: [`laswlq`] when short and wide, [`gelqt`]
/// otherwise. `t` as for [`geqr`] (`mb m blocks + 5` elements, the factors
/// `mb x m * blocks`). `work` holds `mb m`.
pub fn gelq<T: Scalar>(mut a: MatMut<'_, T>, mb: usize, nb: usize, t: &mut [T], par: Par, work: &mut [T]) {
    let (m, n) = (a.nrows(), a.ncols());
    let (mb, nb, blocks) = gelq_blocks(m, n, mb, nb);
    let tsize = mb * m * blocks + 5;
    write_header(t, tsize, mb, nb);
    if m.min(n) == 0 {
        return;
    }
    let data = &mut t[5..];
    if n <= m || !walks(n, m, nb) {
        let k = m.min(n);
        let tv = MatMut::from_col_major(&mut data[..mb * k], mb, k, mb);
        gelqt(a.rb_mut(), tv, par, work);
    } else {
        let tv = MatMut::from_col_major(&mut data[..mb * m * blocks], mb, m * blocks, mb);
        laswlq(a, nb, tv, par, work);
    }
}

/// Applies `Q` or `Q^H` from [`gelq`] (`?gemlq`) to C from the `side`: `a`
/// (`k x q`) and `t` as [`gelq`] left them. `work` holds `mb n` (left) or
/// `mb m` (right) elements.
#[allow(clippy::too_many_arguments)]
pub fn gemlq<T: Scalar>(
    side: Side,
    trans: Trans,
    a: MatRef<'_, T>,
    t: &[T],
    c: MatMut<'_, T>,
    par: Par,
    work: &mut [T],
) {
    let (m, n, k) = (c.nrows(), c.ncols(), a.nrows());
    if m.min(n).min(k) == 0 {
        return;
    }
    let (mb, nb) = (header_block(t, 1).max(1), header_block(t, 2));
    let q = if side == Side::Left { m } else { n };
    let data = &t[5..];
    if q <= k || nb <= k || nb >= m.max(n).max(k) {
        let tv = MatRef::from_col_major(&data[..mb * k], mb, k, mb);
        gemlqt(side, trans, a.submatrix(0, 0, k, q), tv, c, par, work);
    } else {
        let blocks = ts_blocks(q, k, nb);
        let tv = MatRef::from_col_major(&data[..mb * k * blocks], mb, k * blocks, mb);
        lamswlq(side, trans, nb, a.submatrix(0, 0, k, q), tv, c, par, work);
    }
}
