//! Whole-matrix auxiliaries: copies (`?lacpy`, `?lacp2`), initialisation
//! (`?laset`), safe scaling (`?lascl`), row and column permutations
//! (`?laswp`, `?lapmt`, `?lapmr`), the last non-zero row and column
//! (`ila?lr`, `ila?lc`), and the complex-by-real helpers `?lacrm` and
//! `?lacrt`.
//!
//! Every routine touches exactly the elements the reference touches: the
//! rest of the array keeps its bits.

use core::ops::Range;

use crate::enums::Trans;
use crate::level1;
use crate::scalar::{RealScalar, Scalar};
#[cfg(test)]
use crate::views::VecRef;
use crate::views::{MatMut, MatRef, VecMut};

/// Which part of a matrix `?lacpy` and `?laset` work on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// The upper triangle or trapezoid, diagonal included (`'U'`).
    Upper,
    /// The lower triangle or trapezoid, diagonal included (`'L'`).
    Lower,
    /// The whole matrix (any other letter).
    Full,
}

impl Part {
    /// Parses the `UPLO` letter of `?lacpy`/`?laset`, case-insensitively. It
    /// never fails: the reference treats every letter other than `U` and `L`
    /// as "the whole matrix".
    pub fn from_char(c: u8) -> Part {
        match c.to_ascii_uppercase() {
            b'U' => Part::Upper,
            b'L' => Part::Lower,
            _ => Part::Full,
        }
    }

    /// The rows of column `j` of an `m`-row matrix that belong to the part.
    fn rows(self, j: usize, m: usize) -> Range<usize> {
        match self {
            Part::Upper => 0..m.min(j + 1),
            Part::Lower => m.min(j)..m,
            Part::Full => 0..m,
        }
    }
}

/// `B := A` on the `part` of the `m x n` matrices (`?lacpy`). Elements of `b`
/// outside the part are not written.
pub fn lacpy<T: Scalar>(part: Part, a: MatRef<'_, T>, mut b: MatMut<'_, T>) {
    let (m, n) = (a.nrows(), a.ncols());
    assert!(b.nrows() == m && b.ncols() == n, "lacpy: A is {m}x{n}, B is {}x{}", b.nrows(), b.ncols());
    for j in 0..n {
        let r = part.rows(j, m);
        if r.is_empty() {
            continue;
        }
        // `copy` moves contiguous columns as one block.
        level1::copy(a.col(j).subvec(r.start, r.len()), b.rb_mut().col_mut(j).subvec(r.start, r.len()));
    }
}

/// `B := A` on the `part` of the `m x n` matrices, from a real `A` into a
/// complex `B` (`clacp2`, `zlacp2`; a plain copy for real types).
pub fn lacp2<T: Scalar>(part: Part, a: MatRef<'_, T::Real>, mut b: MatMut<'_, T>) {
    let (m, n) = (a.nrows(), a.ncols());
    assert!(b.nrows() == m && b.ncols() == n, "lacp2: A is {m}x{n}, B is {}x{}", b.nrows(), b.ncols());
    for j in 0..n {
        for i in part.rows(j, m) {
            // SAFETY: `i < m` and `j < n` for both matrices.
            unsafe { b.set_unchecked(i, j, T::from_real(a.get_unchecked(i, j))) };
        }
    }
}

/// Sets the off-diagonal elements of the `part` of the `m x n` matrix `a`
/// to `offdiag` and its diagonal (`min(m, n)` elements) to `diag` (`?laset`).
/// For `Upper` and `Lower` the other strict triangle is not written.
pub fn laset<T: Scalar>(part: Part, offdiag: T, diag: T, mut a: MatMut<'_, T>) {
    let (m, n) = (a.nrows(), a.ncols());
    for j in 0..n {
        for i in part.rows(j, m) {
            let v = if i == j { diag } else { offdiag };
            // SAFETY: `i < m`, `j < n`.
            unsafe { a.set_unchecked(i, j, v) };
        }
    }
}

/// The storage type of the matrix `?lascl` scales.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MatrixKind {
    /// A full matrix (`'G'`).
    General,
    /// A lower triangular matrix, diagonal included (`'L'`).
    Lower,
    /// An upper triangular matrix, diagonal included (`'U'`).
    Upper,
    /// An upper Hessenberg matrix (`'H'`).
    Hessenberg,
    /// The lower half of a symmetric band matrix in band storage (`'B'`).
    SymBandLower,
    /// The upper half of a symmetric band matrix in band storage (`'Q'`).
    SymBandUpper,
    /// A general band matrix in `?gbtrf` storage (`'Z'`).
    Band,
}

impl MatrixKind {
    /// Parses the `TYPE` letter of `?lascl` (`G`, `L`, `U`, `H`, `B`, `Q`,
    /// `Z`), case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'G' => Some(MatrixKind::General),
            b'L' => Some(MatrixKind::Lower),
            b'U' => Some(MatrixKind::Upper),
            b'H' => Some(MatrixKind::Hessenberg),
            b'B' => Some(MatrixKind::SymBandLower),
            b'Q' => Some(MatrixKind::SymBandUpper),
            b'Z' => Some(MatrixKind::Band),
            _ => None,
        }
    }

    /// The rows of storage column `j` that hold elements of the matrix.
    fn rows(self, kl: usize, ku: usize, m: usize, n: usize, j: usize) -> Range<usize> {
        match self {
            MatrixKind::General => 0..m,
            MatrixKind::Lower => m.min(j)..m,
            MatrixKind::Upper => 0..m.min(j + 1),
            MatrixKind::Hessenberg => 0..m.min(j + 2),
            // Column j holds A(j..min(j+kl, n-1), j) from storage row 0.
            MatrixKind::SymBandLower => 0..(kl + 1).min(n - j),
            // Column j holds A(max(j-ku, 0)..=j, j), the diagonal in row ku.
            MatrixKind::SymBandUpper => ku.saturating_sub(j)..ku + 1,
            // Storage row kl+ku+i-j holds A(i, j) for max(j-ku, 0) <= i <= min(j+kl, m-1);
            // rows 0..kl are the fill-in space of the factorization.
            MatrixKind::Band => {
                let lo = (kl + ku).saturating_sub(j).max(kl);
                let hi = (kl + ku + m).saturating_sub(j).min(2 * kl + ku + 1);
                lo..hi.max(lo)
            }
        }
    }
}

/// `A := A * (cto / cfrom)` without intermediate overflow or underflow
/// (`?lascl`): the product is built from factors that are representable, so
/// each element is exact to a few ulps whenever its final value is. An
/// infinite `cfrom` or `cto` gives one multiplication by the (zero, infinite
/// or NaN) ratio, as in the reference; a last factor of exactly one is not
/// applied. Complex elements are multiplied by the complex number `(mul, 0)`
/// as the reference's mixed-mode product does (an infinite part makes the
/// other part NaN). `m`, `n` are the matrix's dimensions;
/// for `General`, `Lower`, `Upper` and `Hessenberg` `a` is that `m x n`
/// matrix (only the triangle or the Hessenberg part is scaled), for the band
/// kinds `a` is the band storage with `n` columns: `kl + 1` rows for
/// `SymBandLower`, `ku + 1` for `SymBandUpper`, `2 kl + ku + 1` for `Band`.
/// Arguments are not checked (`cfrom` must be non-zero and not NaN).
#[allow(clippy::too_many_arguments)]
pub fn lascl<T: Scalar>(
    kind: MatrixKind,
    kl: usize,
    ku: usize,
    cfrom: T::Real,
    cto: T::Real,
    m: usize,
    n: usize,
    mut a: MatMut<'_, T>,
) {
    if m == 0 || n == 0 {
        return;
    }
    match kind {
        MatrixKind::General | MatrixKind::Lower | MatrixKind::Upper | MatrixKind::Hessenberg => {
            assert!(a.nrows() == m && a.ncols() == n, "lascl: A is {}x{}, not {m}x{n}", a.nrows(), a.ncols());
        }
        MatrixKind::SymBandLower | MatrixKind::SymBandUpper | MatrixKind::Band => {
            let rows = match kind {
                MatrixKind::SymBandLower => kl + 1,
                MatrixKind::SymBandUpper => ku + 1,
                _ => 2 * kl + ku + 1,
            };
            assert!(
                a.nrows() >= rows && a.ncols() == n,
                "lascl: band storage is {}x{}, needs {rows}x{n}",
                a.nrows(),
                a.ncols()
            );
        }
    }
    let one = T::Real::one();
    let smlnum = T::Real::MIN_POSITIVE;
    let bignum = one / smlnum;
    let (mut cfromc, mut ctoc) = (cfrom, cto);
    loop {
        // Each pass takes out a factor smlnum or bignum while the remaining
        // ratio is out of range; both are powers of two, so those passes are
        // exact unless an element itself goes subnormal.
        let cfrom1 = cfromc * smlnum;
        let (mul, done);
        if cfrom1 == cfromc {
            // cfromc is infinite: the ratio is a signed zero, or NaN for an infinite ctoc.
            mul = ctoc / cfromc;
            done = true;
        } else {
            let cto1 = ctoc / bignum;
            if cto1 == ctoc {
                // ctoc is zero or infinite and is itself the factor.
                mul = ctoc;
                done = true;
                cfromc = one;
            } else if cfrom1.abs() > ctoc.abs() && ctoc != T::Real::zero() {
                mul = smlnum;
                done = false;
                cfromc = cfrom1;
            } else if cto1.abs() > cfromc.abs() {
                mul = bignum;
                done = false;
                ctoc = cto1;
            } else {
                mul = ctoc / cfromc;
                done = true;
                // The 3.11 reference skips a last multiplication by one,
                // which shows in complex elements with an infinite part.
                if mul == one {
                    return;
                }
            }
        }
        // The full complex product with (mul, 0), as the reference's mixed-mode
        // product is compiled: Inf in one part gives NaN in the other, and the
        // signs of zero parts follow the full product.
        let mulc = T::from_real(mul);
        for j in 0..n {
            let r = kind.rows(kl, ku, m, n, j);
            let mut col = a.rb_mut().col_mut(j);
            for i in r {
                // SAFETY: `rows` stays inside the `a.nrows()` storage rows of the column.
                unsafe { col.set_unchecked(i, col.get_unchecked(i) * mulc) };
            }
        }
        if done {
            break;
        }
    }
}

/// Columns per block of [`laswp`]: the swaps of a block's rows stay in cache
/// while every pivot is applied to them.
const LASWP_BLOCK: usize = 32;

/// Interchanges rows `k1 + i` and `ipiv[i]` of `a` for each `i` in
/// `0..ipiv.len()`, in increasing `i`, or decreasing when `reverse`
/// (`?laswp`; all indices 0-based). The result equals the plain sequence of
/// row swaps; the columns are worked in blocks of 32.
pub fn laswp<T: Scalar>(mut a: MatMut<'_, T>, k1: usize, ipiv: &[usize], reverse: bool) {
    let (m, n) = (a.nrows(), a.ncols());
    if n == 0 || ipiv.is_empty() {
        return;
    }
    assert!(k1 + ipiv.len() <= m, "laswp: rows {k1}..{} exceed the {m} rows of A", k1 + ipiv.len());
    assert!(ipiv.iter().all(|&p| p < m), "laswp: a pivot is not a row of the {m}-row A");
    let swap_rows = |a: &mut MatMut<'_, T>, cols: Range<usize>, r: usize, p: usize| {
        if r != p {
            for j in cols {
                // SAFETY: `r`, `p` < m and `j < n` (checked above); the two are distinct elements.
                unsafe { core::ptr::swap(a.ptr_at_mut(r, j), a.ptr_at_mut(p, j)) };
            }
        }
    };
    for j0 in (0..n).step_by(LASWP_BLOCK) {
        let cols = j0..n.min(j0 + LASWP_BLOCK);
        if reverse {
            for (i, &p) in ipiv.iter().enumerate().rev() {
                swap_rows(&mut a, cols.clone(), k1 + i, p);
            }
        } else {
            for (i, &p) in ipiv.iter().enumerate() {
                swap_rows(&mut a, cols.clone(), k1 + i, p);
            }
        }
    }
}

/// The mark [`lapmt`] sets on the entries of `k` it has visited: no valid
/// index has the top bit set.
const VISITED: usize = 1 << (usize::BITS - 1);

/// Permutes the columns of the `m x n` matrix `x` by the permutation `k` of
/// `0..n` (`?lapmt`): `forward` gives `x[:, j] := x_old[:, k[j]]`, backward
/// `x[:, k[j]] := x_old[:, j]`. `k` serves as scratch for marks and holds its
/// original values again on return. Panics unless every `k[j] < n`; a `k`
/// that repeats an index gives some column shuffle, never a hang.
pub fn lapmt<T: Scalar>(forward: bool, mut x: MatMut<'_, T>, k: &mut [usize]) {
    let n = x.ncols();
    assert_eq!(k.len(), n, "lapmt: k has {} entries, X has {n} columns", k.len());
    assert!(k.iter().all(|&v| v < n), "lapmt: k is not a permutation of 0..{n}");
    if n <= 1 {
        return;
    }
    let m = x.nrows();
    let rs = x.row_stride();
    let mut swap_cols = |p: usize, q: usize| {
        // SAFETY: `p`, `q` < n are distinct columns of the exclusively borrowed `x`.
        let (cp, cq) = unsafe {
            (VecMut::from_raw_parts(x.ptr_at_mut(0, p), m, rs), VecMut::from_raw_parts(x.ptr_at_mut(0, q), m, rs))
        };
        level1::swap(cp, cq);
    };
    // Each cycle of the permutation is walked once; every index it reaches is marked.
    for i in 0..n {
        if k[i] & VISITED != 0 {
            continue;
        }
        k[i] |= VISITED;
        if forward {
            let mut j = i;
            let mut next = k[i] & !VISITED;
            while k[next] & VISITED == 0 {
                swap_cols(j, next);
                k[next] |= VISITED;
                j = next;
                next = k[next] & !VISITED;
            }
        } else {
            let mut j = k[i] & !VISITED;
            while k[j] & VISITED == 0 {
                swap_cols(i, j);
                k[j] |= VISITED;
                j = k[j] & !VISITED;
            }
        }
    }
    for v in k.iter_mut() {
        *v &= !VISITED;
    }
}

/// Permutes the rows of the `m x n` matrix `x` by the permutation `k` of
/// `0..m` (`?lapmr`): `forward` gives `x[i, :] := x_old[k[i], :]`, backward
/// `x[k[i], :] := x_old[i, :]`. `k` is restored on return, as in [`lapmt`].
pub fn lapmr<T: Scalar>(forward: bool, x: MatMut<'_, T>, k: &mut [usize]) {
    lapmt(forward, x.transpose(), k)
}

/// `1 +` the index of the last row of `a` with a non-zero element, or 0 when
/// `a` is zero or empty (`ila?lr`, whose 1-based result this is). NaN counts
/// as non-zero.
pub fn ilalr<T: Scalar>(a: MatRef<'_, T>) -> usize {
    let (m, n) = (a.nrows(), a.ncols());
    if m == 0 || n == 0 {
        return 0;
    }
    let mut last = 0;
    for j in 0..n {
        // Only rows at or below `last` can raise it.
        // SAFETY: `i < m`, `j < n`.
        if let Some(i) = (last..m).rev().find(|&i| !unsafe { a.get_unchecked(i, j) }.is_zero()) {
            last = i + 1;
            if last == m {
                break;
            }
        }
    }
    last
}

/// `1 +` the index of the last column of `a` with a non-zero element, or 0
/// when `a` is zero or empty (`ila?lc`). NaN counts as non-zero.
pub fn ilalc<T: Scalar>(a: MatRef<'_, T>) -> usize {
    let m = a.nrows();
    // SAFETY: `i < m`, `j < n`.
    (0..a.ncols()).rev().find(|&j| (0..m).any(|i| !unsafe { a.get_unchecked(i, j) }.is_zero())).map_or(0, |j| j + 1)
}

/// `C := A * B` for a real `m x m` `A` and a complex `m x n` `B` (`clarcm`,
/// `zlarcm`): [`lacrm`] on the transposes, `C^T = B^T A^T`, so the two
/// real products and the `2 m n` reals of `rwork` are the same.
pub fn larcm<T: Scalar>(a: MatRef<'_, T::Real>, b: MatRef<'_, T>, c: MatMut<'_, T>, rwork: &mut [T::Real]) {
    lacrm(b.transpose(), a.transpose(), c.transpose(), rwork);
}

/// `C := A * B` for a complex `m x n` `A` and a real `n x n` `B` (`clacrm`,
/// `zlacrm`): two real matrix products, of the real and of the imaginary
/// parts of `A`, in `rwork` (at least `2 m n` reals). `C` is not read.
pub fn lacrm<T: Scalar>(a: MatRef<'_, T>, b: MatRef<'_, T::Real>, mut c: MatMut<'_, T>, rwork: &mut [T::Real]) {
    let (m, n) = (a.nrows(), a.ncols());
    assert!(b.nrows() == n && b.ncols() == n, "lacrm: B is {}x{}, not {n}x{n}", b.nrows(), b.ncols());
    assert!(c.nrows() == m && c.ncols() == n, "lacrm: C is {}x{}, not {m}x{n}", c.nrows(), c.ncols());
    if m == 0 || n == 0 {
        return;
    }
    let mn = m * n;
    assert!(rwork.len() >= 2 * mn, "lacrm: rwork has {} reals, needs {}", rwork.len(), 2 * mn);
    let (part, prod) = rwork[..2 * mn].split_at_mut(mn);
    let one = T::Real::one();
    let zero = T::Real::zero();
    // The real parts, then (complex types only) the imaginary parts.
    for pass in 0..1 + usize::from(T::IS_COMPLEX) {
        for j in 0..n {
            for i in 0..m {
                // SAFETY: `i < m`, `j < n`.
                let v = unsafe { a.get_unchecked(i, j) };
                part[i + j * m] = if pass == 0 { v.re() } else { v.im() };
            }
        }
        crate::level3::gemm(
            Trans::No,
            Trans::No,
            one,
            MatRef::from_col_major(part, m, n, m),
            b,
            zero,
            MatMut::from_col_major(prod, m, n, m),
        );
        for j in 0..n {
            for i in 0..m {
                let p = prod[i + j * m];
                // SAFETY: `i < m`, `j < n`.
                unsafe {
                    let v = if pass == 0 { T::from_real(p) } else { T::from_parts(c.get_unchecked(i, j).re(), p) };
                    c.set_unchecked(i, j, v);
                }
            }
        }
    }
}

/// The plane rotation with complex cosine and sine (`clacrt`, `zlacrt`):
/// `x := c x + s y`, `y := c y - s x`, element by element.
pub fn lacrt<T: Scalar>(mut x: VecMut<'_, T>, mut y: VecMut<'_, T>, c: T, s: T) {
    let n = x.len();
    assert_eq!(y.len(), n, "lacrt: x has {n} elements, y has {}", y.len());
    for i in 0..n {
        // SAFETY: `i < n` for both vectors.
        unsafe {
            let (xi, yi) = (x.get_unchecked(i), y.get_unchecked(i));
            x.set_unchecked(i, c * xi + s * yi);
            y.set_unchecked(i, c * yi - s * xi);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scalar::{c32, c64};

    /// A small deterministic generator (xorshift) of values in [-1, 1).
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn unit(&mut self) -> f64 {
            (self.next() >> 11) as f64 / (1u64 << 52) as f64 - 1.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
        fn scalar<T: Scalar>(&mut self) -> T {
            T::from_parts(T::Real::from_f64(self.unit()), T::Real::from_f64(self.unit()))
        }
    }

    /// A value no routine computes, marking elements that must keep their bits.
    fn sentinel<T: Scalar>() -> T {
        T::from_parts(T::Real::from_f64(-7777.5), T::Real::from_f64(3333.25))
    }

    /// Bitwise equality (NaNs with the same bits are equal).
    fn same<T: Scalar>(a: T, b: T) -> bool {
        a.re().to_f64().to_bits() == b.re().to_f64().to_bits() && a.im().to_f64().to_bits() == b.im().to_f64().to_bits()
    }

    const SIZES: [usize; 7] = [0, 1, 2, 3, 4, 5, 7];
    const PARTS: [Part; 3] = [Part::Upper, Part::Lower, Part::Full];

    fn in_part(part: Part, i: usize, j: usize) -> bool {
        match part {
            Part::Upper => i <= j,
            Part::Lower => i >= j,
            Part::Full => true,
        }
    }

    #[test]
    fn option_letters() {
        assert_eq!(Part::from_char(b'U'), Part::Upper);
        assert_eq!(Part::from_char(b'u'), Part::Upper);
        assert_eq!(Part::from_char(b'L'), Part::Lower);
        assert_eq!(Part::from_char(b'l'), Part::Lower);
        for c in [b'A', b'G', b'F', b' ', 0] {
            assert_eq!(Part::from_char(c), Part::Full);
        }
        let kinds = [
            (b'G', MatrixKind::General),
            (b'L', MatrixKind::Lower),
            (b'U', MatrixKind::Upper),
            (b'H', MatrixKind::Hessenberg),
            (b'B', MatrixKind::SymBandLower),
            (b'Q', MatrixKind::SymBandUpper),
            (b'Z', MatrixKind::Band),
        ];
        for (c, k) in kinds {
            assert_eq!(MatrixKind::from_char(c), Some(k));
            assert_eq!(MatrixKind::from_char(c.to_ascii_lowercase()), Some(k));
        }
        for c in [b'A', b'F', b'N', b' ', 0] {
            assert_eq!(MatrixKind::from_char(c), None);
        }
    }

    fn lacpy_for<T: Scalar>() {
        let mut rng = Rng(0x1234_5678_9abc_def1);
        for part in PARTS {
            for m in SIZES {
                for n in SIZES {
                    // Column-major (ld > rows), and row-major (a transposed view: rows not contiguous).
                    for transposed in [false, true] {
                        let (lda, ldb) = if transposed { (n + 2, n + 1) } else { (m + 2, m + 1) };
                        let (outer_a, outer_b) = if transposed { (m, m + 1) } else { (n, n + 1) };
                        let a: Vec<T> = (0..lda * outer_a.max(1)).map(|_| rng.scalar()).collect();
                        let mut b = vec![sentinel::<T>(); ldb * outer_b];
                        let at = |i: usize, j: usize, ld: usize| if transposed { j + i * ld } else { i + j * ld };
                        let (av, bv) = if transposed {
                            (
                                MatRef::from_col_major(&a, n, m, lda).transpose(),
                                MatMut::from_col_major(&mut b, n, m, ldb).transpose(),
                            )
                        } else {
                            (MatRef::from_col_major(&a, m, n, lda), MatMut::from_col_major(&mut b, m, n, ldb))
                        };
                        lacpy(part, av, bv);
                        for (p, &v) in b.iter().enumerate() {
                            let (i, j) = if transposed { (p / ldb, p % ldb) } else { (p % ldb, p / ldb) };
                            let want =
                                if i < m && j < n && in_part(part, i, j) { a[at(i, j, lda)] } else { sentinel() };
                            assert!(same(v, want), "lacpy {part:?} {m}x{n} t={transposed} ({i},{j})");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn lacpy_copies_exactly_the_part() {
        lacpy_for::<f32>();
        lacpy_for::<f64>();
        lacpy_for::<c32>();
        lacpy_for::<c64>();
    }

    fn lacp2_for<T: Scalar>() {
        let mut rng = Rng(77);
        for part in PARTS {
            for m in SIZES {
                for n in SIZES {
                    let (lda, ldb) = (m + 1, m + 3);
                    let mut a: Vec<T::Real> = (0..lda * n.max(1)).map(|_| rng.scalar()).collect();
                    if !a.is_empty() {
                        a[0] = T::Real::from_f64(f64::NAN);
                    }
                    let mut b = vec![sentinel::<T>(); ldb * n.max(1)];
                    lacp2(part, MatRef::from_col_major(&a, m, n, lda), MatMut::from_col_major(&mut b, m, n, ldb));
                    for j in 0..n.max(1) {
                        for i in 0..ldb {
                            let want = if i < m && j < n && in_part(part, i, j) {
                                T::from_real(a[i + j * lda])
                            } else {
                                sentinel()
                            };
                            assert!(same(b[i + j * ldb], want), "lacp2 {part:?} {m}x{n} ({i},{j})");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn lacp2_copies_real_into_the_part() {
        lacp2_for::<f32>();
        lacp2_for::<f64>();
        lacp2_for::<c32>();
        lacp2_for::<c64>();
    }

    fn laset_for<T: Scalar>() {
        let alpha = T::from_parts(T::Real::from_f64(2.5), T::Real::from_f64(-1.0));
        let beta = T::from_parts(T::Real::from_f64(-0.0), T::Real::from_f64(f64::INFINITY));
        for part in PARTS {
            for m in SIZES {
                for n in SIZES {
                    let lda = m + 2;
                    let mut a = vec![sentinel::<T>(); lda * n.max(1)];
                    laset(part, alpha, beta, MatMut::from_col_major(&mut a, m, n, lda));
                    for j in 0..n.max(1) {
                        for i in 0..lda {
                            let want = if i >= m || j >= n {
                                sentinel()
                            } else if i == j {
                                beta
                            } else {
                                match part {
                                    Part::Upper if i < j => alpha,
                                    Part::Lower if i > j => alpha,
                                    Part::Full => alpha,
                                    _ => sentinel(),
                                }
                            };
                            assert!(same(a[i + j * lda], want), "laset {part:?} {m}x{n} ({i},{j})");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn laset_sets_offdiagonal_and_diagonal() {
        laset_for::<f32>();
        laset_for::<f64>();
        laset_for::<c32>();
        laset_for::<c64>();
    }

    /// `x * cto / cfrom` to within an ulp or so of `f64`, for finite non-zero
    /// `cfrom` and `cto` whose ratio may lie outside `f64`'s range: the
    /// significands are divided, and the power of two applied in exact steps.
    fn scaled(x: f64, cfrom: f64, cto: f64) -> f64 {
        fn split(v: f64) -> (f64, i32) {
            // v = s * 2^e with |s| in [1, 2); v is normal here.
            let e = ((v.to_bits() >> 52) & 0x7ff) as i32 - 1023;
            (v / 2f64.powi(e), e)
        }
        let (sf, ef) = split(cfrom);
        let (st, et) = split(cto);
        let mut r = x * (st / sf);
        let mut e = et - ef;
        while e != 0 {
            let step = e.clamp(-1000, 1000);
            r *= 2f64.powi(step);
            e -= step;
        }
        r
    }

    /// Whether storage element (r, j) holds an element of the matrix, from the
    /// definitions of the storage schemes.
    fn in_kind(kind: MatrixKind, kl: usize, ku: usize, m: usize, n: usize, r: usize, j: usize) -> bool {
        let (r, j, kl, ku, m, n) = (r as isize, j as isize, kl as isize, ku as isize, m as isize, n as isize);
        match kind {
            MatrixKind::General => r < m,
            MatrixKind::Lower => r < m && r >= j,
            MatrixKind::Upper => r < m && r <= j,
            MatrixKind::Hessenberg => r < m && r <= j + 1,
            // A(j + r, j)
            MatrixKind::SymBandLower => r <= kl && j + r < n,
            // A(r + j - ku, j)
            MatrixKind::SymBandUpper => r <= ku && r + j - ku >= 0,
            // A(r + j - kl - ku, j), rows 0..kl being fill-in space
            MatrixKind::Band => r >= kl && r <= 2 * kl + ku && (0..m).contains(&(r + j - kl - ku)),
        }
    }

    /// Runs `lascl` on random storage and checks every element: in the
    /// matrix, `expect(old)` to within `tol` relative (or bitwise when `tol`
    /// is `None`); outside it, the old bits.
    #[allow(clippy::too_many_arguments)]
    fn check_lascl<T: Scalar>(
        rng: &mut Rng,
        kind: MatrixKind,
        kl: usize,
        ku: usize,
        m: usize,
        n: usize,
        cfrom: T::Real,
        cto: T::Real,
        amag: f64,
        expect: impl Fn(T) -> [f64; 2],
        tol: Option<f64>,
    ) {
        let rows = match kind {
            MatrixKind::SymBandLower => kl + 1,
            MatrixKind::SymBandUpper => ku + 1,
            MatrixKind::Band => 2 * kl + ku + 1,
            _ => m,
        };
        let ld = rows + 1;
        let mag = |u: f64| amag * (0.5 + 0.5 * u.abs()) * u.signum();
        let old: Vec<T> = (0..ld * n.max(1))
            .map(|_| T::from_parts(T::Real::from_f64(mag(rng.unit())), T::Real::from_f64(mag(rng.unit()))))
            .collect();
        let mut a = old.clone();
        lascl(kind, kl, ku, cfrom, cto, m, n, MatMut::from_col_major(&mut a, rows, n, ld));
        for j in 0..n {
            for r in 0..ld {
                let (o, v) = (old[r + j * ld], a[r + j * ld]);
                if r < rows && m > 0 && in_kind(kind, kl, ku, m, n, r, j) {
                    let want = expect(o);
                    let parts = [(v.re(), want[0]), (v.im(), want[1])];
                    for &(got, want) in &parts[..1 + usize::from(T::IS_COMPLEX)] {
                        let ok = match tol {
                            Some(t) => (got.to_f64() - want).abs() <= t * want.abs(),
                            // NaN's sign and payload follow the hardware's default NaN.
                            None => got.to_f64().to_bits() == want.to_bits() || (got.is_nan() && want.is_nan()),
                        };
                        assert!(
                            ok,
                            "lascl {kind:?} kl={kl} ku={ku} {m}x{n} ({r},{j}): {o:?} -> {got:?}, want {want:e}"
                        );
                    }
                } else {
                    assert!(same(v, o), "lascl {kind:?} {m}x{n} touched ({r},{j}) outside the matrix");
                }
            }
        }
    }

    fn lascl_for<T: Scalar>() {
        let mut rng = Rng(0xfeed_beef_1234);
        let r = |v: f64| T::Real::from_f64(v);
        let tiny = T::Real::MIN_POSITIVE.to_f64();
        let huge = T::Real::MAX.to_f64();
        let eps = T::Real::EPSILON.to_f64();
        let wide = T::Real::MAX_EXP > 200;
        // (cfrom, cto, magnitude of the elements): every final value is normal.
        let mut cases = vec![
            (3.0, 7.0, 1.0),
            (-2.5, 1.0, 1.0),
            (1.0, 1.0, 1.0),
            (tiny, huge / 4.0, 4.0 * tiny),
            (huge / 2.0, 8.0 * tiny, huge / 2.0),
            (huge, huge, 1.0),
            (tiny, tiny, 1.0),
        ];
        if wide {
            cases.extend([(1e-300, 1e300, 1e-300), (1e300, 1e-300, 1e300), (-1e-300, 1e300, 1e-300)]);
        } else {
            cases.extend([(1e-38, 1e38, 1e-38), (1e38, 1e-36, 1e38), (-1e-37, 1e37, 1e-37)]);
        }
        let kinds = [
            MatrixKind::General,
            MatrixKind::Lower,
            MatrixKind::Upper,
            MatrixKind::Hessenberg,
            MatrixKind::SymBandLower,
            MatrixKind::SymBandUpper,
            MatrixKind::Band,
        ];
        for &(cfrom, cto, amag) in &cases {
            for kind in kinds {
                for m in SIZES {
                    for n in SIZES {
                        let square = matches!(kind, MatrixKind::SymBandLower | MatrixKind::SymBandUpper);
                        if square && m != n {
                            continue;
                        }
                        let band =
                            matches!(kind, MatrixKind::SymBandLower | MatrixKind::SymBandUpper | MatrixKind::Band);
                        let bws: Vec<(usize, usize)> = if !band {
                            vec![(0, 0)]
                        } else if square {
                            (0..m.max(1)).map(|k| (k, k)).collect()
                        } else {
                            (0..m.max(1)).flat_map(|kl| (0..n.max(1)).map(move |ku| (kl, ku))).collect()
                        };
                        for (kl, ku) in bws {
                            let expect =
                                |x: T| [scaled(x.re().to_f64(), cfrom, cto), scaled(x.im().to_f64(), cfrom, cto)];
                            check_lascl::<T>(
                                &mut rng,
                                kind,
                                kl,
                                ku,
                                m,
                                n,
                                r(cfrom),
                                r(cto),
                                amag,
                                expect,
                                Some(4.0 * eps),
                            );
                        }
                    }
                }
            }
        }
        // Zero and infinite factors: one multiplication by the ratio the reference forms.
        let inf = f64::INFINITY;
        for (cfrom, cto, mul) in [
            (1.0, 0.0, 0.0),
            (-3.0, 0.0, 0.0),
            (1.0, -0.0, -0.0),
            (inf, 1.0, 0.0),
            (-inf, 2.0, -0.0),
            (2.0, inf, inf),
            (inf, inf, f64::NAN),
        ] {
            // A complex element is multiplied by the complex number (mul, 0).
            let expect = |x: T| {
                let p = x * T::from_real(r(mul));
                [p.re().to_f64(), p.im().to_f64()]
            };
            check_lascl::<T>(&mut rng, MatrixKind::General, 0, 0, 3, 2, r(cfrom), r(cto), 1.0, expect, None);
            check_lascl::<T>(&mut rng, MatrixKind::Band, 1, 1, 4, 3, r(cfrom), r(cto), 1.0, expect, None);
        }
        // The ratio overflows although the result does not: no Inf may appear.
        let mut a = vec![T::from_real(r(tiny)); 4];
        lascl(MatrixKind::General, 0, 0, r(tiny), r(huge), 2, 2, MatMut::from_col_major(&mut a, 2, 2, 2));
        assert!(a.iter().all(|v| v.re() == r(huge)), "{a:?}");
        // A ratio of exactly one is not applied: an infinite part does not
        // turn the other part of a complex element into NaN.
        for (cfrom, cto) in [(1.0, 1.0), (huge, huge), (-3.0, -3.0), (tiny, tiny), (tiny, tiny * 4.0)] {
            let mut a = vec![T::from_parts(r(-2.5), r(f64::INFINITY)), T::from_parts(r(f64::NEG_INFINITY), r(-0.0))];
            let old = a.clone();
            lascl(MatrixKind::General, 0, 0, r(cfrom), r(cto), 2, 1, MatMut::from_col_major(&mut a, 2, 1, 2));
            if cto == cfrom {
                assert!(a.iter().zip(&old).all(|(p, q)| same(*p, *q)), "{cfrom} -> {cto}: {a:?}");
            } else if T::IS_COMPLEX {
                // Otherwise the product is the complex one, (x + iy)(mul + 0i).
                assert!(a[0].re().is_nan() && a[0].im() == r(f64::INFINITY), "{a:?}");
                assert!(a[1].re() == r(f64::NEG_INFINITY) && a[1].im().is_nan(), "{a:?}");
            }
        }
        // Signed zeros follow the complex product too: 1 - 0i times (2/3 + 0i) is 2/3 + 0i.
        if T::IS_COMPLEX {
            let mut a = vec![T::from_parts(r(1.0), r(-0.0))];
            lascl(MatrixKind::General, 0, 0, r(3.0), r(2.0), 1, 1, MatMut::from_col_major(&mut a, 1, 1, 1));
            assert_eq!(a[0].im().to_f64().to_bits(), 0);
        }
        // NaN elements stay NaN, even scaled by zero (the complex product takes
        // the NaN into both parts).
        let mut a = vec![T::from_parts(r(f64::NAN), r(1.0)); 2];
        lascl(MatrixKind::General, 0, 0, r(1.0), r(0.0), 2, 1, MatMut::from_col_major(&mut a, 2, 1, 2));
        assert!(a.iter().all(|v| v.re().is_nan() && v.im().is_nan() == T::IS_COMPLEX), "{a:?}");
    }

    #[test]
    fn lascl_scales_without_overflow() {
        lascl_for::<f32>();
        lascl_for::<f64>();
        lascl_for::<c32>();
        lascl_for::<c64>();
    }

    fn laswp_for<T: Scalar>() {
        let mut rng = Rng(99);
        for m in [1, 2, 3, 4, 7] {
            for n in [0, 1, 3, 31, 32, 33, 70] {
                for k1 in 0..m.min(3) {
                    for count in 0..=(m - k1) {
                        let ipiv: Vec<usize> = (0..count).map(|_| rng.below(m)).collect();
                        for reverse in [false, true] {
                            for transposed in [false, true] {
                                let ld = if transposed { n + 2 } else { m + 1 };
                                let old: Vec<T> =
                                    (0..ld * if transposed { m } else { n.max(1) }).map(|_| rng.scalar()).collect();
                                let mut a = old.clone();
                                let at = |i: usize, j: usize| if transposed { j + i * ld } else { i + j * ld };
                                let mut want = old.clone();
                                let order: Vec<usize> =
                                    if reverse { (0..count).rev().collect() } else { (0..count).collect() };
                                for i in order {
                                    for j in 0..n {
                                        want.swap(at(k1 + i, j), at(ipiv[i], j));
                                    }
                                }
                                let view = if transposed {
                                    MatMut::from_col_major(&mut a, n, m, ld).transpose()
                                } else {
                                    MatMut::from_col_major(&mut a, m, n, ld)
                                };
                                laswp(view, k1, &ipiv, reverse);
                                assert!(
                                    a.iter().zip(&want).all(|(x, y)| same(*x, *y)),
                                    "laswp {m}x{n} k1={k1} {ipiv:?} rev={reverse} t={transposed}"
                                );
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn laswp_matches_sequential_swaps() {
        laswp_for::<f32>();
        laswp_for::<f64>();
        laswp_for::<c32>();
        laswp_for::<c64>();
    }

    fn permutation(rng: &mut Rng, n: usize) -> Vec<usize> {
        let mut k: Vec<usize> = (0..n).collect();
        for i in (1..n).rev() {
            k.swap(i, rng.below(i + 1));
        }
        k
    }

    fn lapm_for<T: Scalar>() {
        let mut rng = Rng(4242);
        for n in [0, 1, 2, 3, 4, 5, 6, 9, 17] {
            for other in [0, 1, 3] {
                for _ in 0..4 {
                    let k = permutation(&mut rng, n);
                    for rows in [false, true] {
                        // `other` is the length of the unpermuted dimension.
                        let (m, c) = if rows { (n, other) } else { (other, n) };
                        let ld = m + 1;
                        let old: Vec<T> = (0..ld * c.max(1)).map(|_| rng.scalar()).collect();
                        let get = |v: &[T], i: usize, j: usize| v[i + j * ld];
                        for forward in [false, true] {
                            let mut a = old.clone();
                            let mut kk = k.clone();
                            let apply = |a: &mut [T], kk: &mut [usize], fwd: bool| {
                                let v = MatMut::from_col_major(a, m, c, ld);
                                if rows {
                                    lapmr(fwd, v, kk)
                                } else {
                                    lapmt(fwd, v, kk)
                                }
                            };
                            apply(&mut a, &mut kk, forward);
                            assert_eq!(kk, k, "k not restored");
                            for p in 0..n {
                                for q in 0..other {
                                    // new[p] = old[k[p]] forward; new[k[p]] = old[p] backward.
                                    let (np, op) = if forward { (p, k[p]) } else { (k[p], p) };
                                    let (g, w) = if rows {
                                        (get(&a, np, q), get(&old, op, q))
                                    } else {
                                        (get(&a, q, np), get(&old, q, op))
                                    };
                                    assert!(same(g, w), "lapm rows={rows} fwd={forward} n={n} {k:?}");
                                }
                            }
                            // Padding is untouched, and the other direction undoes the permutation.
                            apply(&mut a, &mut kk, !forward);
                            assert_eq!(kk, k);
                            assert!(a.iter().zip(&old).all(|(x, y)| same(*x, *y)));
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn lapmt_lapmr_permute_and_restore_k() {
        lapm_for::<f32>();
        lapm_for::<f64>();
        lapm_for::<c32>();
        lapm_for::<c64>();
    }

    #[test]
    fn lapmt_survives_a_repeated_index() {
        for forward in [false, true] {
            let mut a: Vec<f64> = (0..6).map(f64::from).collect();
            let mut k = vec![1, 1, 0];
            lapmt(forward, MatMut::from_col_major(&mut a, 2, 3, 2), &mut k);
            assert_eq!(k, [1, 1, 0]);
            a.sort_by(f64::total_cmp);
            assert_eq!(a, [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]);
        }
    }

    #[test]
    #[should_panic]
    fn lapmt_refuses_an_index_out_of_range() {
        let mut a = [0.0f64; 4];
        lapmt(true, MatMut::from_col_major(&mut a, 2, 2, 2), &mut [0, 2]);
    }

    fn ila_for<T: Scalar>() {
        let r = |v: f64| T::Real::from_f64(v);
        // The non-zero values tried, and a zero with a sign.
        let mut nonzero = vec![T::one(), T::from_real(r(f64::NAN)), T::from_real(T::Real::MIN_POSITIVE)];
        if T::IS_COMPLEX {
            nonzero.push(T::from_parts(r(0.0), r(-2.0)));
        }
        let zero = T::from_parts(r(-0.0), r(-0.0));
        for m in 0..=3 {
            for n in 0..=3 {
                for mask in 0u32..1 << (m * n) {
                    for (t, &nz) in nonzero.iter().enumerate() {
                        let ld = m + 1;
                        // Padding rows hold non-zeros that must not count.
                        let mut a = vec![T::one(); ld * n.max(1)];
                        let (mut lr, mut lc) = (0, 0);
                        for j in 0..n {
                            for i in 0..m {
                                let on = mask >> (i + j * m) & 1 == 1;
                                a[i + j * ld] = if on { nz } else { zero };
                                if on {
                                    lr = lr.max(i + 1);
                                    lc = lc.max(j + 1);
                                }
                            }
                        }
                        let v = MatRef::from_col_major(&a, m, n, ld);
                        assert_eq!(ilalr(v), lr, "ilalr {m}x{n} mask {mask:b} value {t}");
                        assert_eq!(ilalc(v), lc, "ilalc {m}x{n} mask {mask:b} value {t}");
                    }
                }
            }
        }
    }

    #[test]
    fn ilalr_ilalc_find_the_last_nonzero() {
        ila_for::<f32>();
        ila_for::<f64>();
        ila_for::<c32>();
        ila_for::<c64>();
    }

    fn lacrm_for<T: Scalar>() {
        let mut rng = Rng(31337);
        let eps = T::Real::EPSILON.to_f64();
        for m in SIZES {
            for n in SIZES {
                let (lda, ldb, ldc) = (m + 1, n + 2, m + 3);
                let a: Vec<T> = (0..lda * n.max(1)).map(|_| rng.scalar()).collect();
                let b: Vec<T::Real> = (0..ldb * n.max(1)).map(|_| rng.scalar()).collect();
                // C is not read: NaN in it must not matter.
                let mut c =
                    vec![T::from_parts(T::Real::from_f64(f64::NAN), T::Real::from_f64(f64::NAN)); ldc * n.max(1)];
                for i in (m..ldc).flat_map(|i| (0..n).map(move |j| i + j * ldc)) {
                    c[i] = sentinel();
                }
                let mut rwork = vec![T::Real::from_f64(f64::NAN); 2 * m * n];
                lacrm(
                    MatRef::from_col_major(&a, m, n, lda),
                    MatRef::from_col_major(&b, n, n, ldb),
                    MatMut::from_col_major(&mut c, m, n, ldc),
                    &mut rwork,
                );
                for j in 0..n {
                    for i in 0..ldc {
                        let got = c[i + j * ldc];
                        if i >= m {
                            assert!(same(got, sentinel()));
                            continue;
                        }
                        let (mut re, mut im, mut bound) = (0.0, 0.0, 0.0);
                        for k in 0..n {
                            let (aik, bkj) = (a[i + k * lda], b[k + j * ldb].to_f64());
                            re += aik.re().to_f64() * bkj;
                            im += aik.im().to_f64() * bkj;
                            bound += aik.abs1().to_f64() * bkj.abs();
                        }
                        let tol = 2.0 * (n as f64 + 1.0) * eps * bound;
                        assert!((got.re().to_f64() - re).abs() <= tol, "lacrm {m}x{n} ({i},{j})");
                        assert!((got.im().to_f64() - im).abs() <= tol, "lacrm {m}x{n} ({i},{j})");
                    }
                }
            }
        }
    }

    #[test]
    fn lacrm_multiplies_complex_by_real() {
        lacrm_for::<f32>();
        lacrm_for::<f64>();
        lacrm_for::<c32>();
        lacrm_for::<c64>();
    }

    fn lacrt_for<T: Scalar>() {
        let mut rng = Rng(5);
        let (c, s): (T, T) = (rng.scalar(), rng.scalar());
        for n in [0, 1, 2, 3, 7] {
            for (incx, incy) in [(1, 1), (2, -1), (-3, 2)] {
                let xs: Vec<T> = (0..1 + 3 * n).map(|_| rng.scalar()).collect();
                let ys: Vec<T> = (0..1 + 3 * n).map(|_| rng.scalar()).collect();
                let (mut x, mut y) = (xs.clone(), ys.clone());
                lacrt(VecMut::from_blas(&mut x, n, incx), VecMut::from_blas(&mut y, n, incy), c, s);
                let (xo, yo) = (VecRef::from_blas(&xs, n, incx), VecRef::from_blas(&ys, n, incy));
                let (xv, yv) = (VecRef::from_blas(&x, n, incx), VecRef::from_blas(&y, n, incy));
                for i in 0..n {
                    let (x0, y0) = (xo.get(i), yo.get(i));
                    assert!(same(xv.get(i), c * x0 + s * y0));
                    assert!(same(yv.get(i), c * y0 - s * x0));
                }
                // Elements between the strided ones are untouched.
                let touched = |inc: isize, p: usize| {
                    let start = crate::views::blas_start(n, inc);
                    (0..n).any(|i| (start as isize + i as isize * inc) as usize == p)
                };
                for p in 0..xs.len() {
                    assert!(touched(incx, p) || same(x[p], xs[p]));
                    assert!(touched(incy, p) || same(y[p], ys[p]));
                }
            }
        }
    }

    #[test]
    fn lacrt_rotates_with_complex_c_s() {
        lacrt_for::<f32>();
        lacrt_for::<f64>();
        lacrt_for::<c32>();
        lacrt_for::<c64>();
    }
}
