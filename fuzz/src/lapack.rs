//! What the LAPACK targets (`getrf`, `potrf`, `sytrf`, `trtri`) share on top
//! of the BLAS helpers: how the matrices' values are spoiled (zero columns,
//! huge and tiny scales, NaN and infinities), pivot-range checks, a dense
//! oracle matrix, and residual checks.
//!
//! Factorizations are checked by backward error, not against a reference
//! result: `|P A - L U| <= c n eps |L| |U|` elementwise (the classic bound,
//! which holds whatever A's condition number), and solves by `|A X - B|`
//! against the same kind of bound. Only "clean" inputs (finite, well
//! scaled) are checked so; the others must only return with INFO >= 0 and
//! pivots in range, without touching memory they do not own.

use crate::*;

/// A pivot entry no routine writes: what a pivot array holds before a call,
/// so an entry left unwritten is out of range.
pub const UNSET: BlasInt = i32::MIN + 7;

/// How a matrix's random values are changed before the call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fill {
    /// Random values in `[-1, 1)`, shaped by the target (well conditioned,
    /// positive definite, symmetric...).
    Clean,
    /// As `Clean`, with one column (and, symmetric, its row) zero: singular.
    ZeroCol,
    /// Scaled up so that the factorization may overflow.
    Huge,
    /// Scaled down into the subnormal range.
    Tiny,
    /// One to three elements NaN or infinite.
    Specials,
    /// A whole column NaN or infinite.
    BadCol,
}

impl Fill {
    /// Mostly clean; about 1 in 4 spoiled by scale or non-finite values.
    pub fn decode(inp: &mut Input) -> Self {
        match inp.u8() {
            0..=159 => Fill::Clean,
            160..=183 => Fill::ZeroCol,
            184..=199 => Fill::Huge,
            200..=215 => Fill::Tiny,
            216..=239 => Fill::Specials,
            _ => Fill::BadCol,
        }
    }

    /// Whether results are compared with the oracle (finite and well scaled).
    pub fn clean(self) -> bool {
        matches!(self, Fill::Clean | Fill::ZeroCol)
    }
}

/// A NaN or an infinity (either sign), in one or both parts for complex `T`.
pub fn special<T: Elem>(rng: &mut Rng) -> T {
    let v = match rng.below(3) {
        0 => f64::NAN,
        1 => f64::INFINITY,
        _ => f64::NEG_INFINITY,
    };
    let z = match rng.below(if T::COMPLEX { 3 } else { 1 }) {
        0 => Cx::new(v, 0.25),
        1 => Cx::new(0.5, v),
        _ => Cx::new(v, v),
    };
    T::from_cx(z)
}

/// Applies `fill` to the `rows x cols` matrix in `a` (leading dimension
/// `lda`); `sym`: a zero column takes its row with it (a symmetric matrix).
pub fn spoil<T: Elem>(fill: Fill, a: &mut [T], lda: BlasInt, rows: BlasInt, cols: BlasInt, sym: bool, rng: &mut Rng) {
    // A bad leading dimension: the call fails before reading anything.
    if rows <= 0 || cols <= 0 || lda < rows || a.is_empty() {
        return;
    }
    let (rows, cols, ld) = (rows as usize, cols as usize, lda as usize);
    let scale = |a: &mut [T], s: f64| {
        for j in 0..cols {
            for i in 0..rows {
                a[i + j * ld] = T::from_cx(a[i + j * ld].to_cx() * s);
            }
        }
    };
    match fill {
        Fill::Clean => {}
        Fill::ZeroCol => {
            let j = rng.below(cols);
            for i in 0..rows {
                a[i + j * ld] = T::from_cx(Cx::new(0.0, 0.0));
            }
            if sym && j < rows {
                for c in 0..cols {
                    a[j + c * ld] = T::from_cx(Cx::new(0.0, 0.0));
                }
            }
        }
        // Near the overflow threshold: products and pivots overflow.
        Fill::Huge => scale(a, T::HUGE * 524288.0),
        // A few times the smallest normal number: products underflow.
        Fill::Tiny => scale(a, T::TINY / 4.0),
        Fill::Specials => {
            for _ in 0..1 + rng.below(3) {
                let (i, j) = (rng.below(rows), rng.below(cols));
                a[i + j * ld] = special(rng);
            }
        }
        Fill::BadCol => {
            let j = rng.below(cols);
            let v: T = special(rng);
            for i in 0..rows {
                a[i + j * ld] = v;
            }
        }
    }
}

/// Makes the `n x n` matrix in `a` symmetric (`herm`: Hermitian, with a real
/// diagonal) from its lower triangle, in both triangles, so the oracle can
/// read it whole whichever triangle the routine reads.
pub fn symmetrize<T: Elem>(a: &mut [T], lda: BlasInt, n: usize, herm: bool) {
    let ld = lda as usize;
    for j in 0..n {
        for i in j..n {
            let v = a[i + j * ld].to_cx();
            if i == j {
                if herm {
                    a[i + i * ld] = T::from_cx(Cx::new(v.re, 0.0));
                }
            } else {
                a[j + i * ld] = T::from_cx(conj_if(v, herm));
            }
        }
    }
}

/// Makes the symmetric matrix in `a` (both triangles filled) strictly
/// diagonally dominant with a positive real diagonal: positive definite,
/// with a Cholesky factorization that cannot fail in floating point.
pub fn make_definite<T: Elem>(a: &mut [T], lda: BlasInt, n: usize) {
    let ld = lda as usize;
    for j in 0..n {
        let off: f64 = (0..n).filter(|&i| i != j).map(|i| abs1(a[i + j * ld].to_cx())).sum();
        a[j + j * ld] = T::from_cx(Cx::new(off + 1.0, 0.0));
    }
}

/// Checks that an integer array kept its values.
pub fn check_ints_unchanged(what: &str, before: &[BlasInt], after: &[BlasInt], args: &dyn Debug) {
    if let Some(i) = (0..before.len()).find(|&i| before[i] != after[i]) {
        panic!("{what}[{i}] changed from {} to {} for {args:?}", before[i], after[i]);
    }
}

/// Checks INFO after a call with bad argument `want` (> 0), or a valid
/// call (`want == 0`, INFO then in `0..=max`).
pub fn check_info(routine: &str, info: BlasInt, want: BlasInt, max: usize, args: &dyn Debug) {
    if want != 0 {
        assert_eq!(info, -want, "{routine}: INFO = {info} for bad argument {want}: {args:?}");
    } else {
        assert!(info >= 0 && info as usize <= max, "{routine}: INFO = {info} out of 0..={max} for {args:?}");
    }
}

/// Checks `?getrf`'s pivots: entry `i` (of `min(m, n)`) names a row in
/// `i+1..=m`, the rows partial pivoting searches at step `i`.
pub fn check_lu_pivots(routine: &str, ipiv: &[BlasInt], m: usize, args: &dyn Debug) {
    for (i, &p) in ipiv.iter().enumerate() {
        assert!(p > i as BlasInt && p as usize <= m, "{routine}: ipiv[{i}] = {p} outside {}..={m} for {args:?}", i + 1);
    }
}

/// Checks Bunch-Kaufman pivots as LAPACK stores them: a positive entry is
/// a 1x1 block swapped with a row at or after it (lower; at or before it,
/// upper); a 2x2 block has two equal negative entries, the row swapped with
/// the block's second row lying after it (lower) or with its first before
/// it (upper). Returns the blocks as `(first row, size)`.
pub fn check_bk_pivots(routine: &str, ipiv: &[BlasInt], upper: bool, args: &dyn Debug) -> Vec<(usize, usize)> {
    let n = ipiv.len();
    let mut blocks = Vec::new();
    let bad = |k: usize, why: &str| -> ! { panic!("{routine}: ipiv[{k}] = {}: {why} for {args:?}", ipiv[k]) };
    if !upper {
        let mut k = 0;
        while k < n {
            let p = ipiv[k];
            if p > 0 {
                if !(p as usize > k && p as usize <= n) {
                    bad(k, "1x1 pivot row out of range");
                }
                blocks.push((k, 1));
                k += 1;
            } else {
                if k + 1 >= n || ipiv[k + 1] != p || p == UNSET {
                    bad(k, "negative entry without its 2x2 partner");
                }
                let r = p.unsigned_abs() as usize;
                if !(r > k + 1 && r <= n) {
                    bad(k, "2x2 pivot row out of range");
                }
                blocks.push((k, 2));
                k += 2;
            }
        }
    } else {
        let mut k = n;
        while k > 0 {
            let p = ipiv[k - 1];
            if p > 0 {
                if !(p >= 1 && p as usize <= k) {
                    bad(k - 1, "1x1 pivot row out of range");
                }
                blocks.push((k - 1, 1));
                k -= 1;
            } else {
                if k < 2 || ipiv[k - 2] != p || p == UNSET {
                    bad(k - 1, "negative entry without its 2x2 partner");
                }
                let r = p.unsigned_abs() as usize;
                if !(r >= 1 && r < k) {
                    bad(k - 1, "2x2 pivot row out of range");
                }
                blocks.push((k - 2, 2));
                k -= 2;
            }
        }
    }
    blocks
}

/// Checks a workspace query's answer: a positive whole number, real.
pub fn check_query<T: Elem>(routine: &str, w: T, args: &dyn Debug) {
    let z = w.to_cx();
    assert!(z.re >= 1.0 && z.re.fract() == 0.0 && z.im == 0.0, "{routine}: workspace query answered {z} for {args:?}");
}

/// Marks the elements of an `rows x cols` matrix in an array of `len`
/// elements (leading dimension `ld`) that the routine may change, by
/// `touch(i, j)`; every other element (padding rows, another triangle)
/// must keep its bits.
pub fn may_change(
    len: usize,
    ld: BlasInt,
    rows: usize,
    cols: usize,
    touch: impl Fn(usize, usize) -> bool,
) -> Vec<Want> {
    let ld = ld as usize;
    let mut want = vec![Want::Same; len];
    for j in 0..cols {
        for i in 0..rows {
            if touch(i, j) {
                want[i + j * ld] = Want::Any;
            }
        }
    }
    want
}

/// Whether every element of the `rows x cols` matrix in `a` is finite.
pub fn all_finite<T: Elem>(a: &[T], ld: BlasInt, rows: usize, cols: usize) -> bool {
    (0..cols).all(|j| (0..rows).all(|i| finite(at(a, ld, i, j))))
}

/// A dense matrix of the oracle, column-major.
#[derive(Clone, Debug)]
pub struct Dense {
    pub rows: usize,
    pub cols: usize,
    pub v: Vec<Cx>,
}

impl Dense {
    pub fn from_fn(rows: usize, cols: usize, f: impl Fn(usize, usize) -> Cx) -> Self {
        let mut v = Vec::with_capacity(rows * cols);
        for j in 0..cols {
            for i in 0..rows {
                v.push(f(i, j));
            }
        }
        Dense { rows, cols, v }
    }

    /// The `rows x cols` matrix stored in `a`.
    pub fn read<T: Elem>(a: &[T], ld: BlasInt, rows: usize, cols: usize) -> Self {
        Self::from_fn(rows, cols, |i, j| at(a, ld, i, j))
    }

    pub fn get(&self, i: usize, j: usize) -> Cx {
        self.v[i + j * self.rows]
    }

    /// `|re| + |im|` of every element.
    pub fn abs(&self) -> Self {
        Dense { rows: self.rows, cols: self.cols, v: self.v.iter().map(|&z| Cx::new(abs1(z), 0.0)).collect() }
    }

    /// The transpose, conjugated when `conj`.
    pub fn t(&self, conj: bool) -> Self {
        Self::from_fn(self.cols, self.rows, |i, j| conj_if(self.get(j, i), conj))
    }

    /// The product `self * other`.
    pub fn mul(&self, other: &Dense) -> Self {
        assert_eq!(self.cols, other.rows);
        let mut out = Dense { rows: self.rows, cols: other.cols, v: vec![Cx::new(0.0, 0.0); self.rows * other.cols] };
        for j in 0..other.cols {
            for p in 0..self.cols {
                let b = other.get(p, j);
                if b == Cx::new(0.0, 0.0) {
                    continue;
                }
                let col = &self.v[p * self.rows..(p + 1) * self.rows];
                for (o, &a) in out.v[j * self.rows..(j + 1) * self.rows].iter_mut().zip(col) {
                    *o += a * b;
                }
            }
        }
        out
    }

    /// Swaps rows `i` and `r` for each `(i, r)` in turn.
    pub fn swap_rows(&mut self, swaps: impl Iterator<Item = (usize, usize)>) {
        for (i, r) in swaps {
            if i != r {
                for j in 0..self.cols {
                    self.v.swap(i + j * self.rows, r + j * self.rows);
                }
            }
        }
    }
}

/// Checks `|got - want| <= tol(mag)` elementwise with [`within`] for a sum
/// of `terms` terms, `mag` the bound's matrix (e.g. `|L| |U|`).
pub fn check_residual<T: Elem>(what: &str, got: &Dense, want: &Dense, mag: &Dense, terms: usize, args: &dyn Debug) {
    for j in 0..got.cols {
        for i in 0..got.rows {
            let err = abs1(got.get(i, j) - want.get(i, j));
            let m = mag.get(i, j).re;
            if !within::<T>(err, m, terms) {
                panic!(
                    "{what}: element ({i}, {j}) off by {err:e} (bound's magnitude {m:e}, {terms} terms; got {}, want {}) for {args:?}",
                    got.get(i, j),
                    want.get(i, j)
                );
            }
        }
    }
}

/// `P^T |L| |U|` for `P A = L U` as `?getrf` leaves it in the `n x n` `a`
/// with pivots `ipiv`: the elementwise bound on the backward error of the
/// factorization and of solves with it, in A's own row order.
pub fn lu_bound<T: Elem>(a: &[T], lda: BlasInt, n: usize, ipiv: &[BlasInt]) -> Dense {
    let f = Dense::read(a, lda, n, n);
    let l = Dense::from_fn(n, n, |i, j| {
        if i == j {
            Cx::new(1.0, 0.0)
        } else if i > j {
            f.get(i, j)
        } else {
            Cx::new(0.0, 0.0)
        }
    });
    let u = Dense::from_fn(n, n, |i, j| if i <= j { f.get(i, j) } else { Cx::new(0.0, 0.0) });
    let mut m = l.abs().mul(&u.abs());
    // Undo the interchanges, last first.
    m.swap_rows((0..n).rev().map(|i| (i, ipiv[i] as usize - 1)));
    m
}

/// `|F^H| |F|` (upper, `A = U^H U`) or `|F| |F^H|` (lower, `A = L L^H`) for
/// the Cholesky factor in the `uplo` triangle of the `n x n` `a`, and the
/// product itself.
pub fn cholesky_product<T: Elem>(a: &[T], lda: BlasInt, n: usize, upper: bool) -> (Dense, Dense) {
    let f = Dense::from_fn(n, n, |i, j| if (i <= j) == upper || i == j { at(a, lda, i, j) } else { Cx::new(0.0, 0.0) });
    let fh = f.t(true);
    if upper {
        (fh.mul(&f), fh.abs().mul(&f.abs()))
    } else {
        (f.mul(&fh), f.abs().mul(&fh.abs()))
    }
}

/// `A X - B` against its bound `M |X| + |B|`, for `terms` terms.
pub fn check_solve<T: Elem>(what: &str, a: &Dense, m: &Dense, x: &Dense, b: &Dense, terms: usize, args: &dyn Debug) {
    let ax = a.mul(x);
    let mut mag = m.mul(&x.abs());
    for (g, bb) in mag.v.iter_mut().zip(&b.v) {
        *g += abs1(*bb);
    }
    check_residual::<T>(what, &ax, b, &mag, terms, args);
}

/// `A X - B` normwise, column by column: `max |A X - B| <= tol * max (|A| |X| + |B|)`
/// (for solvers whose elementwise bound involves factors that are awkward
/// to rebuild, such as Bunch-Kaufman's), with room for `terms` terms.
pub fn check_solve_normwise<T: Elem>(what: &str, a: &Dense, x: &Dense, b: &Dense, terms: usize, args: &dyn Debug) {
    let ax = a.mul(x);
    let mag = a.abs().mul(&x.abs());
    for j in 0..x.cols {
        let err = (0..a.rows).map(|i| abs1(ax.get(i, j) - b.get(i, j))).fold(0.0, f64::max);
        let scale = (0..a.rows).map(|i| mag.get(i, j).re + abs1(b.get(i, j))).fold(0.0, f64::max);
        if !within::<T>(err, scale, terms) {
            panic!("{what}: column {j} of A X - B is {err:e} (scale {scale:e}, {terms} terms) for {args:?}");
        }
    }
}
