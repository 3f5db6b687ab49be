//! Eigenvectors of a matrix in Schur form (`?trevc3`, `?trevc`): back
//! substitution with the shifted triangle, guarded against overflow, and
//! optionally multiplied by the Schur vectors.

#![allow(clippy::needless_range_loop)] // indices address matrix rows, columns and vectors alike

use crate::condition::{latrs, NormIn};
use crate::sylvester::laln2;
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::level1::{asum, iamax, scal_real};
use ferroblas_kernels::level2::gemv;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{Diag, MatMut, MatRef, Trans, Uplo, VecMut, VecRef};
use ferroblas_relapack::level3::Level3;
use ferroblas_relapack::{Par, WorkReq, Workspace};

/// Which eigenvectors [`trevc3`] computes (SIDE).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VecSide {
    /// Right eigenvectors, `T x = lambda x` (`'R'`).
    Right,
    /// Left eigenvectors, `y^H T = lambda y^H` (`'L'`).
    Left,
    /// Both (`'B'`).
    Both,
}

impl VecSide {
    /// Parses `R`, `L` or `B`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'R' => Some(VecSide::Right),
            b'L' => Some(VecSide::Left),
            b'B' => Some(VecSide::Both),
            _ => None,
        }
    }

    /// Whether right eigenvectors are computed.
    pub fn right(self) -> bool {
        self != VecSide::Left
    }

    /// Whether left eigenvectors are computed.
    pub fn left(self) -> bool {
        self != VecSide::Right
    }
}

/// How many eigenvectors [`trevc3`] computes, and how (HOWMNY).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Howmny {
    /// All, of T itself (`'A'`).
    All,
    /// All, multiplied by the matrices given in `vl`/`vr` (`'B'`).
    Backtransform,
    /// Those `select` marks, of T (`'S'`).
    Selected,
}

impl Howmny {
    /// Parses `A`, `B` or `S`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'A' => Some(Howmny::All),
            b'B' => Some(Howmny::Backtransform),
            b'S' => Some(Howmny::Selected),
            _ => None,
        }
    }
}

/// The number of columns [`trevc3`] fills, with `select` normalized as the
/// reference does for real types (a complex pair is selected through its
/// first index, the second cleared).
pub fn trevc3_count<T: Scalar>(howmny: Howmny, select: &mut [bool], t: MatRef<'_, T>) -> usize {
    let n = t.nrows();
    if howmny != Howmny::Selected {
        return n;
    }
    if T::IS_COMPLEX {
        return select[..n].iter().filter(|&&s| s).count();
    }
    let mut m = 0;
    let mut pair = false;
    for j in 0..n {
        if pair {
            pair = false;
            select[j] = false;
        } else if j + 1 < n && !t.get(j + 1, j).is_zero() {
            pair = true;
            if select[j] || select[j + 1] {
                select[j] = true;
                m += 2;
            }
        } else if select[j] {
            m += 1;
        }
    }
    m
}

/// The workspace [`trevc3`] needs for order `n` (with room to multiply the
/// Schur vectors by [`BATCH`] eigenvectors at a time).
pub fn trevc3_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T::Real>(trevc3_reals::<T>(n))
        .and(WorkReq::new::<T>(trevc3_scratch::<T>(n)))
        .and(WorkReq::new::<T>(2 * n * BATCH.min(n)))
}

/// The reals [`trevc3_in`] needs: the column norms, and for the real types
/// the real and imaginary parts of the vector being solved for (`3n`;
/// complex `n`, the reference's RWORK).
pub fn trevc3_reals<T: Scalar>(n: usize) -> usize {
    if T::IS_COMPLEX {
        n
    } else {
        3 * n
    }
}

/// The scratch in `T` beside the reals that [`trevc3_in`] uses when `work`
/// holds it: the vector and T's saved diagonal (complex, `2n`, required),
/// or the vector converted for the back transform's matrix-vector products
/// (real, `n`; without it the back transform goes column by column).
pub fn trevc3_scratch<T: Scalar>(n: usize) -> usize {
    if T::IS_COMPLEX {
        2 * n
    } else {
        n
    }
}

/// Eigenvectors multiplied into the Schur vectors together, as one matrix
/// product, when [`trevc3`] back-transforms (the reference's blocked
/// `?trevc3`): one GEMM instead of a matrix-vector product per vector.
pub(super) const BATCH: usize = 64;

/// How a back-transformed column is normalized.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scaling {
    /// Largest `|re| + |im|` of the column made 1.
    Single,
    /// This column and the next (a real type's complex pair, real and
    /// imaginary part): the largest `|re| + |im|` over the pair made 1.
    Pair,
    /// The second column of a pair, normalized with the first.
    PairSecond,
}

/// Eigenvectors of T whose multiplication by the Schur vectors V is
/// deferred so that up to `cap` of them go through V in one GEMM. A
/// vector's target column of V is never among the columns a later vector
/// reads (right vectors run from the last column down and read only the
/// columns before their own, left ones the other way), so the product of a
/// batch can wait until the batch is full.
struct Deferred<'a, T: Scalar> {
    /// `n x cap`: each vector's coefficients, zero outside its rows.
    coef: MatMut<'a, T>,
    /// `n x cap`: the product, before it is copied to its columns.
    prod: MatMut<'a, T>,
    targets: [(usize, Scaling); BATCH],
    len: usize,
    /// The rows of `coef` (columns of V) in use: `lo..hi`.
    lo: usize,
    hi: usize,
}

impl<'a, T: Scalar> Deferred<'a, T> {
    /// How many vectors a batch in `work` holds for order `n`.
    fn capacity(n: usize, work: &Workspace<'_>) -> usize {
        (work.capacity::<T>() / (2 * n).max(1)).min(BATCH).min(n)
    }

    /// A batch of `cap` vectors in `buf` (`2 n cap` elements), or `None`
    /// below two (the vectors are then transformed one by one).
    fn new(n: usize, cap: usize, buf: &'a mut [T]) -> Option<Self> {
        if cap < 2 {
            return None;
        }
        let (c, p) = buf.split_at_mut(n * cap);
        Some(Deferred {
            coef: MatMut::from_col_major(c, n, cap, n),
            prod: MatMut::from_col_major(p, n, cap, n),
            targets: [(0, Scaling::Single); BATCH],
            len: 0,
            lo: n,
            hi: 0,
        })
    }

    /// Makes room for `k` more vectors, flushing the batch into `v` if needed.
    fn reserve(&mut self, k: usize, v: &mut MatMut<'_, T>) {
        if self.len + k > self.coef.ncols() {
            self.flush(v);
        }
    }

    /// Queues `V[:, lo..hi] x[lo..hi]` for column `target` of V.
    fn push(
        &mut self,
        v: &mut MatMut<'_, T>,
        target: usize,
        scaling: Scaling,
        lo: usize,
        hi: usize,
        x: impl Fn(usize) -> T,
    ) {
        self.reserve(1, v);
        let n = self.coef.nrows();
        let j = self.len;
        for p in 0..n {
            self.coef.set(p, j, if p >= lo && p < hi { x(p) } else { T::zero() });
        }
        self.targets[j] = (target, scaling);
        self.len += 1;
        self.lo = self.lo.min(lo);
        self.hi = self.hi.max(hi);
    }

    /// Multiplies the queued vectors into V and normalizes them.
    fn flush(&mut self, v: &mut MatMut<'_, T>) {
        let k = self.len;
        if k == 0 {
            return;
        }
        let (n, lo, hi) = (self.coef.nrows(), self.lo, self.hi);
        Level3::new(Par::default()).gemm(
            Trans::No,
            Trans::No,
            T::one(),
            v.rb().submatrix(0, lo, n, hi - lo),
            self.coef.rb().submatrix(lo, 0, hi - lo, k),
            T::zero(),
            self.prod.rb_mut().submatrix(0, 0, n, k),
        );
        for (j, &(col, _)) in self.targets[..k].iter().enumerate() {
            for p in 0..n {
                v.set(p, col, self.prod.get(p, j));
            }
        }
        let one = <T::Real as Scalar>::one();
        for &(col, scaling) in &self.targets[..k] {
            match scaling {
                Scaling::Single => {
                    let c = v.rb().submatrix(0, col, n, 1).col(0);
                    let emax = iamax(c).map_or(one, |p| c.get(p).abs1());
                    scal_real(one / emax, v.rb_mut().submatrix(0, col, n, 1).col_mut(0));
                }
                Scaling::Pair => normalize_pair(v, col, 0, n),
                Scaling::PairSecond => {}
            }
        }
        self.len = 0;
        self.lo = n;
        self.hi = 0;
    }
}

/// Scales columns `col` and `col + 1` of `v` (rows `lo..hi`, a real type's
/// complex pair) so that the largest `|re| + |im|` over the pair is 1.
fn normalize_pair<T: Scalar>(v: &mut MatMut<'_, T>, col: usize, lo: usize, hi: usize) {
    let one = <T::Real as Scalar>::one();
    let mut emax = <T::Real as Scalar>::zero();
    for p in lo..hi {
        emax = emax.max(v.get(p, col).re().abs() + v.get(p, col + 1).re().abs());
    }
    let remax = one / emax;
    scal_real(remax, v.rb_mut().submatrix(lo, col, hi - lo, 1).col_mut(0));
    scal_real(remax, v.rb_mut().submatrix(lo, col + 1, hi - lo, 1).col_mut(0));
}

/// Computes right and/or left eigenvectors of the `n x n` matrix `t` in Schur
/// form (`?trevc3`, `?trevc`): upper quasi-triangular with standardized 2x2
/// blocks for real types, upper triangular for complex ones (whose diagonal
/// is shifted during the solves and restored). Returns the number of columns
/// of `vl`/`vr` used.
///
/// [`Howmny::All`] and [`Howmny::Selected`] store the eigenvectors of T
/// (those `select` marks; see [`trevc3_count`]); [`Howmny::Backtransform`]
/// multiplies the `n x n` matrices given in `vl`/`vr` (typically the Schur
/// vectors Q, giving eigenvectors of `A = Q T Q^H`) by them. A real type
/// stores a complex pair's vector as two columns, real and imaginary part.
/// Each vector is scaled so that its largest component has `|re| + |im| = 1`.
pub fn trevc3<T: Scalar>(
    side: VecSide,
    howmny: Howmny,
    select: &mut [bool],
    t: MatMut<'_, T>,
    vl: MatMut<'_, T>,
    vr: MatMut<'_, T>,
    mut work: Workspace<'_>,
) -> usize {
    let (reals, rest) = work.take::<T::Real>(trevc3_reals::<T>(t.nrows()));
    trevc3_in(side, howmny, select, t, vl, vr, reals, rest)
}

/// [`trevc3`] with its reals given apart (as the Fortran interfaces hand
/// them: the complex RWORK, the first `3n` of the real WORK):
/// [`trevc3_reals`] of them; `work` holds the [`trevc3_scratch`] (the
/// complex types need it) and, where room is left, the batches of the
/// back transform.
#[allow(clippy::too_many_arguments)]
pub fn trevc3_in<T: Scalar>(
    side: VecSide,
    howmny: Howmny,
    select: &mut [bool],
    mut t: MatMut<'_, T>,
    mut vl: MatMut<'_, T>,
    mut vr: MatMut<'_, T>,
    reals: &mut [T::Real],
    mut work: Workspace<'_>,
) -> usize {
    let n = t.nrows();
    assert_eq!(t.ncols(), n, "trevc3: T is not square");
    if howmny == Howmny::Selected {
        assert!(select.len() >= n, "trevc3: select is short");
    }
    let m = trevc3_count(howmny, select, t.rb());
    if side.right() {
        assert!(vr.nrows() >= n && vr.ncols() >= m, "trevc3: VR is too small");
    }
    if side.left() {
        assert!(vl.nrows() >= n && vl.ncols() >= m, "trevc3: VL is too small");
    }
    if n == 0 {
        return m;
    }
    assert!(reals.len() >= trevc3_reals::<T>(n), "trevc3: too few reals");
    // The real types' converted vector only when there is room for it.
    let scratch = trevc3_scratch::<T>(n);
    let tlen = if T::IS_COMPLEX || work.capacity::<T>() >= scratch { scratch } else { 0 };
    let (tbuf, mut work) = work.take::<T>(tlen);
    let cap = if howmny == Howmny::Backtransform { Deferred::<T>::capacity(n, &work) } else { 0 };
    let (bbuf, _) = work.take::<T>(2 * n * cap);
    let mut batch = Deferred::new(n, cap, bbuf);
    let (cnorm, rest) = reals.split_at_mut(n);
    let (xr, rest) = rest.split_at_mut(if T::IS_COMPLEX { 0 } else { n });
    let xi = &mut rest[..if T::IS_COMPLEX { 0 } else { n }];
    // The 1-norms of the strictly upper columns bound the growth of the solves.
    for j in 0..n {
        cnorm[j] = asum(t.rb().submatrix(0, j, j, 1).col(0));
    }
    let sel = |j: usize| howmny != Howmny::Selected || select[j];
    if T::IS_COMPLEX {
        let (x, diag) = tbuf.split_at_mut(n);
        for k in 0..n {
            diag[k] = t.get(k, k);
        }
        if side.right() {
            complex_right(howmny, &sel, &mut t, diag, x, cnorm, vr.rb_mut(), m, &mut batch);
        }
        if side.left() {
            complex_left(howmny, &sel, &mut t, diag, x, cnorm, vl.rb_mut(), &mut batch);
        }
    } else {
        let xt = tbuf;
        let t = t.rb();
        if side.right() {
            real_right(howmny, &sel, t, cnorm, xr, xi, xt, vr.rb_mut(), m, &mut batch);
        }
        if side.left() {
            real_left(howmny, &sel, t, cnorm, xr, xi, xt, vl.rb_mut(), &mut batch);
        }
    }
    m
}

/// Machine constants of the solves: `(smlnum, bignum, ulp)`.
fn consts<R: RealScalar>(n: usize) -> (R, R, R) {
    let unfl = lamch::<R>(Machine::SafeMin);
    let ulp = lamch::<R>(Machine::Precision);
    let smlnum = unfl * (R::from_f64(n as f64) / ulp);
    let bignum = (R::one() - ulp) / smlnum;
    (smlnum, bignum, ulp)
}

/// The `na x na` block of `t` at `(j, j)` as reals, for [`laln2`].
fn block<T: Scalar>(t: MatRef<'_, T>, j: usize, na: usize) -> [T::Real; 4] {
    let mut b = [<T::Real as Scalar>::zero(); 4];
    for q in 0..na {
        for p in 0..na {
            b[p + 2 * q] = t.get(j + p, j + q).re();
        }
    }
    b
}

/// `laln2` on a small block: returns `(x (column-major na x nw), scale, xnorm)`.
#[allow(clippy::too_many_arguments)]
fn solve_small<R: RealScalar>(
    ltrans: bool,
    na: usize,
    nw: usize,
    smin: R,
    a: &[R; 4],
    b: &[R; 4],
    wr: R,
    wi: R,
) -> ([R; 4], R, R) {
    let mut x = [R::zero(); 4];
    let r = laln2(
        ltrans,
        smin,
        R::one(),
        MatRef::from_col_major(&a[..], na, na, 2),
        R::one(),
        R::one(),
        MatRef::from_col_major(&b[..], na, nw, 2),
        wr,
        wi,
        MatMut::from_col_major(&mut x[..], na, nw, 2),
    );
    (x, r.scale, r.xnorm)
}

/// `y[..len] -= alpha t[0..len, j]`.
fn axpy_col<T: Scalar>(alpha: T::Real, t: MatRef<'_, T>, j: usize, len: usize, y: &mut [T::Real]) {
    for (p, yp) in y.iter_mut().enumerate().take(len) {
        *yp -= alpha * t.get(p, j).re();
    }
}

/// `sum_p t[lo + p, j] y[lo + p]` for `p < len`.
fn dot_col<T: Scalar>(t: MatRef<'_, T>, j: usize, lo: usize, len: usize, y: &[T::Real]) -> T::Real {
    let mut s = <T::Real as Scalar>::zero();
    for p in lo..lo + len {
        s += t.get(p, j).re() * y[p];
    }
    s
}

/// Stores the real vector `x[lo..hi]` into column `col` of `v`, zero
/// elsewhere, normalized so its largest entry has magnitude 1.
fn store_real<T: Scalar>(v: &mut MatMut<'_, T>, col: usize, x: &[T::Real], lo: usize, hi: usize) {
    let n = v.nrows();
    let one = <T::Real as Scalar>::one();
    for p in 0..n {
        v.set(p, col, if p >= lo && p < hi { T::from_real(x[p]) } else { T::zero() });
    }
    let c = v.rb().submatrix(lo, col, hi - lo, 1).col(0);
    let emax = iamax(c).map_or(one, |p| c.get(p).re().abs());
    scal_real(one / emax, v.rb_mut().submatrix(lo, col, hi - lo, 1).col_mut(0));
}

/// `v[:, c] := own v[:, c] + v[:, others] x[others]`, the others being the
/// columns `lo..c0` and `c0 + w..hi` (`c0..c0 + w` the vector's own block,
/// `c` one of them); `xt` is scratch.
#[allow(clippy::too_many_arguments)]
fn back_transform<T: Scalar>(
    v: &mut MatMut<'_, T>,
    c: usize,
    own: T::Real,
    x: &[T::Real],
    lo: usize,
    hi: usize,
    c0: usize,
    w: usize,
    xt: &mut [T],
) {
    let n = v.nrows();
    ferroblas_kernels::level1::scal(T::from_real(own), v.rb_mut().submatrix(0, c, n, 1).col_mut(0));
    if xt.is_empty() {
        // The reference's minimal WORK has no room for x in T: one column
        // of the basis at a time.
        for p in (lo..c0).chain(c0 + w..hi) {
            let alpha = T::from_real(x[p]);
            if p < c {
                let (left, right) = v.rb_mut().split_at_col(c);
                ferroblas_kernels::level1::axpy(alpha, left.rb().col(p), right.col_mut(0));
            } else {
                let (left, right) = v.rb_mut().split_at_col(p);
                ferroblas_kernels::level1::axpy(alpha, right.rb().col(0), left.col_mut(c));
            }
        }
        return;
    }
    for p in (lo..c0).chain(c0 + w..hi) {
        xt[p] = T::from_real(x[p]);
    }
    if c0 > lo {
        let (left, right) = v.rb_mut().split_at_col(c0);
        let src = left.rb().submatrix(0, lo, n, c0 - lo);
        gemv(
            Trans::No,
            T::one(),
            src,
            VecRef::from_slice(&xt[lo..c0]),
            T::one(),
            right.submatrix(0, c - c0, n, 1).col_mut(0),
        );
    }
    if hi > c0 + w {
        let (left, right) = v.rb_mut().split_at_col(c0 + w);
        let src = right.rb().submatrix(0, 0, n, hi - c0 - w);
        gemv(
            Trans::No,
            T::one(),
            src,
            VecRef::from_slice(&xt[c0 + w..hi]),
            T::one(),
            left.submatrix(0, c, n, 1).col_mut(0),
        );
    }
}

/// Normalizes column `col` of `v` (rows `lo..hi`) so its largest entry has magnitude 1.
fn normalize_real<T: Scalar>(v: &mut MatMut<'_, T>, col: usize, lo: usize, hi: usize) {
    let one = <T::Real as Scalar>::one();
    let c = v.rb().submatrix(lo, col, hi - lo, 1).col(0);
    let emax = iamax(c).map_or(one, |p| c.get(p).re().abs());
    scal_real(one / emax, v.rb_mut().submatrix(lo, col, hi - lo, 1).col_mut(0));
}

/// Stores a complex pair's vector `(xr + i xi)[lo..hi]` into columns `col`,
/// `col + 1` of `v` (`over`: multiplies the Schur vectors in `v` by it, the
/// pair's own block at `diag`), normalized so the largest `|re| + |im|` is 1.
#[allow(clippy::too_many_arguments)]
fn store_pair<T: Scalar>(
    v: &mut MatMut<'_, T>,
    col: usize,
    xr: &[T::Real],
    xi: &[T::Real],
    lo: usize,
    hi: usize,
    diag: usize,
    over: bool,
    xt: &mut [T],
    batch: &mut Option<Deferred<'_, T>>,
) {
    let n = v.nrows();
    let zero = <T::Real as Scalar>::zero();
    if let (true, Some(b)) = (over, batch.as_mut()) {
        b.reserve(2, v);
        b.push(v, diag, Scaling::Pair, lo, hi, |p| T::from_real(xr[p]));
        b.push(v, diag + 1, Scaling::PairSecond, lo, hi, |p| T::from_real(xi[p]));
        return;
    }
    let (rows_lo, rows_hi) = if over { (0, n) } else { (lo, hi) };
    if !over {
        for p in 0..n {
            let inside = p >= lo && p < hi;
            v.set(p, col, T::from_real(if inside { xr[p] } else { zero }));
            v.set(p, col + 1, T::from_real(if inside { xi[p] } else { zero }));
        }
    } else {
        back_transform(v, diag, xr[diag], xr, lo, hi, diag, 2, xt);
        back_transform(v, diag + 1, xi[diag + 1], xi, lo, hi, diag, 2, xt);
    }
    normalize_pair(v, col, rows_lo, rows_hi);
}

/// Right eigenvectors, real types (the reference's backward substitution).
#[allow(clippy::too_many_arguments)]
fn real_right<T: Scalar>(
    howmny: Howmny,
    sel: &impl Fn(usize) -> bool,
    t: MatRef<'_, T>,
    cnorm: &[T::Real],
    xr: &mut [T::Real],
    xi: &mut [T::Real],
    xt: &mut [T],
    mut vr: MatMut<'_, T>,
    m: usize,
    batch: &mut Option<Deferred<'_, T>>,
) {
    type R<T> = <T as Scalar>::Real;
    let n = t.nrows();
    let (zero, one) = (R::<T>::zero(), R::<T>::one());
    let (smlnum, bignum, ulp) = consts::<R<T>>(n);
    let over = howmny == Howmny::Backtransform;
    let g = |i: usize, j: usize| t.get(i, j).re();
    let mut is = m;
    let mut ki = n;
    while ki > 0 {
        ki -= 1;
        let pair = ki > 0 && g(ki, ki - 1) != zero;
        let first = if pair { ki - 1 } else { ki };
        if !sel(first) {
            if pair {
                ki -= 1;
            }
            continue;
        }
        let wr = g(ki, ki);
        let wi = if pair { g(ki, ki - 1).abs().sqrt() * g(ki - 1, ki).abs().sqrt() } else { zero };
        let smin = (ulp * (wr.abs() + wi.abs())).max(smlnum);
        if !pair {
            xr[ki] = one;
            for k in 0..ki {
                xr[k] = -g(k, ki);
            }
            let mut j = ki;
            while j > 0 {
                j -= 1;
                let two = j > 0 && g(j, j - 1) != zero;
                let j1 = if two { j - 1 } else { j };
                let na = j - j1 + 1;
                let a = block(t, j1, na);
                let b = [xr[j1], xr[j], zero, zero];
                let (mut x, mut scale, xnorm) = solve_small(false, na, 1, smin, &a, &b, wr, zero);
                if xnorm > one {
                    let beta = if two { cnorm[j1].max(cnorm[j]) } else { cnorm[j] };
                    if beta > bignum / xnorm {
                        x[0] /= xnorm;
                        x[1] /= xnorm;
                        scale /= xnorm;
                    }
                }
                if scale != one {
                    xr[..=ki].iter_mut().for_each(|v| *v *= scale);
                }
                xr[j1] = x[0];
                if two {
                    xr[j] = x[1];
                }
                axpy_col(x[0], t, j1, j1, xr);
                if two {
                    axpy_col(x[1], t, j, j1, xr);
                }
                j = j1;
            }
            is -= 1;
            if let (true, Some(b)) = (over, batch.as_mut()) {
                b.push(&mut vr, ki, Scaling::Single, 0, ki + 1, |p| T::from_real(xr[p]));
            } else if over {
                back_transform(&mut vr, ki, xr[ki], xr, 0, ki + 1, ki, 1, xt);
                let n = vr.nrows();
                normalize_real(&mut vr, ki, 0, n);
            } else {
                store_real(&mut vr, is, xr, 0, ki + 1);
            }
        } else {
            let k1 = ki - 1;
            if g(k1, ki).abs() >= g(ki, k1).abs() {
                xr[k1] = one;
                xi[ki] = wi / g(k1, ki);
            } else {
                xr[k1] = -wi / g(ki, k1);
                xi[ki] = one;
            }
            xr[ki] = zero;
            xi[k1] = zero;
            for k in 0..k1 {
                xr[k] = -xr[k1] * g(k, k1);
                xi[k] = -xi[ki] * g(k, ki);
            }
            let mut j = k1;
            while j > 0 {
                j -= 1;
                let two = j > 0 && g(j, j - 1) != zero;
                let j1 = if two { j - 1 } else { j };
                let na = j - j1 + 1;
                let a = block(t, j1, na);
                // Column-major with leading dimension 2: rows j1..=j, columns re, im.
                let b = [xr[j1], xr[j], xi[j1], xi[j]];
                let (mut x, mut scale, xnorm) = solve_small(false, na, 2, smin, &a, &b, wr, wi);
                // x is na x 2, column-major with leading dimension 2.
                if xnorm > one {
                    let beta = if two { cnorm[j1].max(cnorm[j]) } else { cnorm[j] };
                    if beta > bignum / xnorm {
                        let rec = one / xnorm;
                        x.iter_mut().for_each(|v| *v *= rec);
                        scale *= rec;
                    }
                }
                if scale != one {
                    xr[..=ki].iter_mut().for_each(|v| *v *= scale);
                    xi[..=ki].iter_mut().for_each(|v| *v *= scale);
                }
                xr[j1] = x[0];
                xi[j1] = x[2];
                if two {
                    xr[j] = x[1];
                    xi[j] = x[3];
                }
                axpy_col(x[0], t, j1, j1, xr);
                axpy_col(x[2], t, j1, j1, xi);
                if two {
                    axpy_col(x[1], t, j, j1, xr);
                    axpy_col(x[3], t, j, j1, xi);
                }
                j = j1;
            }
            is -= 2;
            store_pair(&mut vr, if over { k1 } else { is }, xr, xi, 0, ki + 1, k1, over, xt, batch);
            ki -= 1;
        }
    }
    if let Some(b) = batch.as_mut() {
        b.flush(&mut vr);
    }
}

/// Left eigenvectors, real types (forward substitution with `T^T`).
#[allow(clippy::too_many_arguments)]
fn real_left<T: Scalar>(
    howmny: Howmny,
    sel: &impl Fn(usize) -> bool,
    t: MatRef<'_, T>,
    cnorm: &[T::Real],
    xr: &mut [T::Real],
    xi: &mut [T::Real],
    xt: &mut [T],
    mut vl: MatMut<'_, T>,
    batch: &mut Option<Deferred<'_, T>>,
) {
    type R<T> = <T as Scalar>::Real;
    let n = t.nrows();
    let (zero, one) = (R::<T>::zero(), R::<T>::one());
    let (smlnum, bignum, ulp) = consts::<R<T>>(n);
    let over = howmny == Howmny::Backtransform;
    let g = |i: usize, j: usize| t.get(i, j).re();
    let mut is = 0;
    let mut ki = 0;
    while ki < n {
        let pair = ki + 1 < n && g(ki + 1, ki) != zero;
        if !sel(ki) {
            ki += if pair { 2 } else { 1 };
            continue;
        }
        let wr = g(ki, ki);
        let wi = if pair { g(ki, ki + 1).abs().sqrt() * g(ki + 1, ki).abs().sqrt() } else { zero };
        let smin = (ulp * (wr.abs() + wi.abs())).max(smlnum);
        if !pair {
            xr[ki] = one;
            for k in ki + 1..n {
                xr[k] = -g(ki, k);
            }
            let (mut vmax, mut vcrit) = (one, bignum);
            let mut j = ki + 1;
            while j < n {
                let two = j + 1 < n && g(j + 1, j) != zero;
                let na = if two { 2 } else { 1 };
                let beta = if two { cnorm[j].max(cnorm[j + 1]) } else { cnorm[j] };
                if beta > vcrit {
                    let rec = one / vmax;
                    xr[ki..n].iter_mut().for_each(|v| *v *= rec);
                    vmax = one;
                }
                xr[j] -= dot_col(t, j, ki + 1, j - ki - 1, xr);
                if two {
                    xr[j + 1] -= dot_col(t, j + 1, ki + 1, j - ki - 1, xr);
                }
                let a = block(t, j, na);
                let b = [xr[j], if two { xr[j + 1] } else { zero }, zero, zero];
                let (x, scale, _) = solve_small(two, na, 1, smin, &a, &b, wr, zero);
                if scale != one {
                    xr[ki..n].iter_mut().for_each(|v| *v *= scale);
                }
                xr[j] = x[0];
                vmax = vmax.max(x[0].abs());
                if two {
                    xr[j + 1] = x[1];
                    vmax = vmax.max(x[1].abs());
                }
                vcrit = bignum / vmax;
                j += na;
            }
            if let (true, Some(b)) = (over, batch.as_mut()) {
                b.push(&mut vl, ki, Scaling::Single, ki, n, |p| T::from_real(xr[p]));
            } else if over {
                back_transform(&mut vl, ki, xr[ki], xr, ki, n, ki, 1, xt);
                normalize_real(&mut vl, ki, 0, n);
            } else {
                store_real(&mut vl, is, xr, ki, n);
            }
            is += 1;
            ki += 1;
        } else {
            let k1 = ki + 1;
            if g(ki, k1).abs() >= g(k1, ki).abs() {
                xr[ki] = wi / g(ki, k1);
                xi[k1] = one;
            } else {
                xr[ki] = one;
                xi[k1] = -wi / g(k1, ki);
            }
            xr[k1] = zero;
            xi[ki] = zero;
            for k in ki + 2..n {
                xr[k] = -xr[ki] * g(ki, k);
                xi[k] = -xi[k1] * g(k1, k);
            }
            let (mut vmax, mut vcrit) = (one, bignum);
            let mut j = ki + 2;
            while j < n {
                let two = j + 1 < n && g(j + 1, j) != zero;
                let na = if two { 2 } else { 1 };
                let beta = if two { cnorm[j].max(cnorm[j + 1]) } else { cnorm[j] };
                if beta > vcrit {
                    let rec = one / vmax;
                    xr[ki..n].iter_mut().for_each(|v| *v *= rec);
                    xi[ki..n].iter_mut().for_each(|v| *v *= rec);
                    vmax = one;
                }
                let len = j - ki - 2;
                xr[j] -= dot_col(t, j, ki + 2, len, xr);
                xi[j] -= dot_col(t, j, ki + 2, len, xi);
                if two {
                    xr[j + 1] -= dot_col(t, j + 1, ki + 2, len, xr);
                    xi[j + 1] -= dot_col(t, j + 1, ki + 2, len, xi);
                }
                let a = block(t, j, na);
                let b = if two { [xr[j], xr[j + 1], xi[j], xi[j + 1]] } else { [xr[j], zero, xi[j], zero] };
                let (x, scale, _) = solve_small(two, na, 2, smin, &a, &b, wr, -wi);
                if scale != one {
                    xr[ki..n].iter_mut().for_each(|v| *v *= scale);
                    xi[ki..n].iter_mut().for_each(|v| *v *= scale);
                }
                xr[j] = x[0];
                xi[j] = x[2];
                vmax = vmax.max(x[0].abs()).max(x[2].abs());
                if two {
                    xr[j + 1] = x[1];
                    xi[j + 1] = x[3];
                    vmax = vmax.max(x[1].abs()).max(x[3].abs());
                }
                vcrit = bignum / vmax;
                j += na;
            }
            store_pair(&mut vl, if over { ki } else { is }, xr, xi, ki, n, ki, over, xt, batch);
            is += 2;
            ki += 2;
        }
    }
    if let Some(b) = batch.as_mut() {
        b.flush(&mut vl);
    }
}

/// Right eigenvectors, complex types: `(T[..ki, ..ki] - T[ki, ki]) x = scale b` by [`latrs`].
#[allow(clippy::too_many_arguments)]
fn complex_right<T: Scalar>(
    howmny: Howmny,
    sel: &impl Fn(usize) -> bool,
    t: &mut MatMut<'_, T>,
    diag: &[T],
    x: &mut [T],
    cnorm: &mut [T::Real],
    mut vr: MatMut<'_, T>,
    m: usize,
    batch: &mut Option<Deferred<'_, T>>,
) {
    let n = t.nrows();
    let one = <T::Real as Scalar>::one();
    let (smlnum, _, ulp) = consts::<T::Real>(n);
    let over = howmny == Howmny::Backtransform;
    let mut is = m;
    for ki in (0..n).rev() {
        if !sel(ki) {
            continue;
        }
        let tkk = diag[ki];
        let smin = (ulp * tkk.abs1()).max(smlnum);
        for k in 0..ki {
            x[k] = -t.get(k, ki);
            let d = diag[k] - tkk;
            t.set(k, k, if d.abs1() < smin { T::from_real(smin) } else { d });
        }
        let mut scale = one;
        if ki > 0 {
            scale = latrs(
                Uplo::Upper,
                Trans::No,
                Diag::NonUnit,
                NormIn::Given,
                t.rb().submatrix(0, 0, ki, ki),
                VecMut::from_slice(&mut x[..ki]),
                &mut cnorm[..ki],
            );
        }
        x[ki] = T::from_real(scale);
        is -= 1;
        let col = if over { ki } else { is };
        if let (true, Some(b)) = (over, batch.as_mut()) {
            b.push(&mut vr, ki, Scaling::Single, 0, ki + 1, |p| x[p]);
            for k in 0..ki {
                t.set(k, k, diag[k]);
            }
            continue;
        }
        if !over {
            for p in 0..n {
                vr.set(p, col, if p <= ki { x[p] } else { T::zero() });
            }
        } else if ki > 0 {
            let (left, right) = vr.rb_mut().split_at_col(ki);
            gemv(
                Trans::No,
                T::one(),
                left.rb(),
                VecRef::from_slice(&x[..ki]),
                T::from_real(scale),
                right.submatrix(0, 0, n, 1).col_mut(0),
            );
        }
        let rows = if over { n } else { ki + 1 };
        let c = vr.rb().submatrix(0, col, rows, 1).col(0);
        let emax = iamax(c).map_or(one, |p| c.get(p).abs1());
        scal_real(one / emax, vr.rb_mut().submatrix(0, col, rows, 1).col_mut(0));
        for k in 0..ki {
            t.set(k, k, diag[k]);
        }
    }
    if let Some(b) = batch.as_mut() {
        b.flush(&mut vr);
    }
}

/// Left eigenvectors, complex types: `(T[ki+1.., ki+1..] - T[ki, ki])^H x = scale b`.
#[allow(clippy::too_many_arguments)]
fn complex_left<T: Scalar>(
    howmny: Howmny,
    sel: &impl Fn(usize) -> bool,
    t: &mut MatMut<'_, T>,
    diag: &[T],
    x: &mut [T],
    cnorm: &mut [T::Real],
    mut vl: MatMut<'_, T>,
    batch: &mut Option<Deferred<'_, T>>,
) {
    let n = t.nrows();
    let one = <T::Real as Scalar>::one();
    let (smlnum, _, ulp) = consts::<T::Real>(n);
    let over = howmny == Howmny::Backtransform;
    let mut is = 0;
    for ki in 0..n {
        if !sel(ki) {
            continue;
        }
        let tkk = diag[ki];
        let smin = (ulp * tkk.abs1()).max(smlnum);
        for k in ki + 1..n {
            x[k] = -t.get(ki, k).conj();
            let d = diag[k] - tkk;
            t.set(k, k, if d.abs1() < smin { T::from_real(smin) } else { d });
        }
        let mut scale = one;
        if ki + 1 < n {
            // Column norms within the trailing block are bounded by the full ones.
            scale = latrs(
                Uplo::Upper,
                Trans::ConjTrans,
                Diag::NonUnit,
                NormIn::Given,
                t.rb().submatrix(ki + 1, ki + 1, n - ki - 1, n - ki - 1),
                VecMut::from_slice(&mut x[ki + 1..n]),
                &mut cnorm[ki + 1..n],
            );
        }
        x[ki] = T::from_real(scale);
        let col = if over { ki } else { is };
        if let (true, Some(b)) = (over, batch.as_mut()) {
            b.push(&mut vl, ki, Scaling::Single, ki, n, |p| x[p]);
            for k in ki + 1..n {
                t.set(k, k, diag[k]);
            }
            is += 1;
            continue;
        }
        if !over {
            for p in 0..n {
                vl.set(p, col, if p >= ki { x[p] } else { T::zero() });
            }
        } else if ki + 1 < n {
            let (left, right) = vl.rb_mut().split_at_col(ki + 1);
            gemv(
                Trans::No,
                T::one(),
                right.rb(),
                VecRef::from_slice(&x[ki + 1..n]),
                T::from_real(scale),
                left.submatrix(0, ki, n, 1).col_mut(0),
            );
        }
        let lo = if over { 0 } else { ki };
        let c = vl.rb().submatrix(lo, col, n - lo, 1).col(0);
        let emax = iamax(c).map_or(one, |p| c.get(p).abs1());
        scal_real(one / emax, vl.rb_mut().submatrix(lo, col, n - lo, 1).col_mut(0));
        for k in ki + 1..n {
            t.set(k, k, diag[k]);
        }
        is += 1;
    }
    if let Some(b) = batch.as_mut() {
        b.flush(&mut vl);
    }
}
