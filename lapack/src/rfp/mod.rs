//! The rectangular full packed format (RFP): a triangle of an `n x n`
//! matrix in `n (n+1) / 2` elements, laid out as a rectangle so that the
//! full-storage Level 3 routines apply to its pieces.
//!
//! Split the matrix at `n1` (`n1 + n2 = n`, `n1 = ceil(n/2)` for a lower
//! triangle of odd order, `floor(n/2)` otherwise) into the diagonal blocks
//! `A11` (`n1 x n1`), `A22` (`n2 x n2`) and the off-diagonal block. With
//! `TRANSR = N` the array is a rectangle `Z` (`n x (n+1)/2` for odd `n`,
//! `(n+1) x n/2` for even `n`, column-major) holding the triangle of `A11`
//! as a lower triangle, that of `A22` as an upper triangle (for a lower
//! matrix: conjugate-transposed) and the off-diagonal block as a plain
//! rectangle; with `TRANSR = T`/`C` the array is `Z^H`.
//!
//! Every factor here is described through one lower triangular `G`
//! (`A = G G^H`; for an upper matrix `G = U^H`, for a triangular matrix `G = A`
//! or `A^H`): each block of the array holds either the block of `G` or its
//! conjugate transpose, as [`Blocks`] records, so that each routine is the
//! block algorithm on `G` with the transposition folded into the operation
//! flags of TRSM, TRMM, HERK and GEMM.

use crate::relapack::level3::Level3;
use crate::{Info, Par};
use ferroblas_kernels::aux::lassq::lassq;
use ferroblas_kernels::aux::norms::Norm;
use ferroblas_kernels::aux::scalars::lapy2;
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::VecRef;
use ferroblas_kernels::{Diag, MatMut, MatRef, Side, Trans, Uplo};

/// How the RFP rectangle is stored (`TRANSR`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TransR {
    /// `N`: the rectangle itself.
    Normal,
    /// `T` (real) or `C` (complex): its conjugate transpose.
    ConjTrans,
}

/// The number of elements of an RFP array of order `n`.
pub fn rfp_len(n: usize) -> usize {
    n * (n + 1) / 2
}

/// Where the pieces lie in the normal-form rectangle `Z` (`zr x zc`).
#[derive(Clone, Copy, Debug)]
struct Geometry {
    n1: usize,
    n2: usize,
    zr: usize,
    zc: usize,
    t1: (usize, usize),
    t2: (usize, usize),
    s: (usize, usize),
    /// Rows `0..split` and `split..zr` separate the off-diagonal block from
    /// the two triangles.
    split: usize,
    /// The off-diagonal block lies above the split (upper) or below it (lower).
    s_top: bool,
}

fn geometry(n: usize, uplo: Uplo) -> Geometry {
    let lower = uplo == Uplo::Lower;
    if n % 2 == 1 {
        let (n1, n2) = if lower { (n - n / 2, n / 2) } else { (n / 2, n - n / 2) };
        let zc = n.div_ceil(2);
        if lower {
            Geometry { n1, n2, zr: n, zc, t1: (0, 0), t2: (0, 1), s: (n1, 0), split: n1, s_top: false }
        } else {
            Geometry { n1, n2, zr: n, zc, t1: (n2, 0), t2: (n1, 0), s: (0, 0), split: n1, s_top: true }
        }
    } else {
        let k = n / 2;
        if lower {
            Geometry {
                n1: k,
                n2: k,
                zr: n + 1,
                zc: k,
                t1: (1, 0),
                t2: (0, 0),
                s: (k + 1, 0),
                split: k + 1,
                s_top: false,
            }
        } else {
            Geometry { n1: k, n2: k, zr: n + 1, zc: k, t1: (k + 1, 0), t2: (k, 0), s: (0, 0), split: k, s_top: true }
        }
    }
}

/// The position in the RFP array of element `(i, j)` of the `uplo`
/// triangle, and whether the array holds its conjugate.
fn locate(n: usize, transr: TransR, uplo: Uplo, i: usize, j: usize) -> (usize, bool) {
    let g = geometry(n, uplo);
    let n1 = g.n1;
    let ((r, c), conj) = match uplo {
        Uplo::Lower => {
            if j < n1 && i < n1 {
                ((g.t1.0 + i, g.t1.1 + j), false)
            } else if j < n1 {
                ((g.s.0 + i - n1, g.s.1 + j), false)
            } else {
                ((g.t2.0 + j - n1, g.t2.1 + i - n1), true)
            }
        }
        Uplo::Upper => {
            if i < n1 && j < n1 {
                ((g.t1.0 + j, g.t1.1 + i), true)
            } else if i < n1 {
                ((g.s.0 + i, g.s.1 + j - n1), false)
            } else {
                ((g.t2.0 + i - n1, g.t2.1 + j - n1), false)
            }
        }
    };
    match transr {
        TransR::Normal => (r + c * g.zr, conj),
        TransR::ConjTrans => (c + r * g.zc, !conj),
    }
}

#[inline]
fn cj<T: Scalar>(v: T, conj: bool) -> T {
    if conj {
        v.conj()
    } else {
        v
    }
}

fn in_triangle(uplo: Uplo, i: usize, j: usize) -> bool {
    match uplo {
        Uplo::Lower => i >= j,
        Uplo::Upper => i <= j,
    }
}

/// Copies the `uplo` triangle of the `n x n` matrix `a` into the RFP array
/// `arf` (`?trttf`).
pub fn trttf<T: Scalar>(transr: TransR, uplo: Uplo, a: MatRef<'_, T>, arf: &mut [T]) {
    let n = a.nrows();
    assert!(a.ncols() == n && arf.len() >= rfp_len(n), "trttf: operand shapes disagree");
    for j in 0..n {
        for i in 0..n {
            if in_triangle(uplo, i, j) {
                let (p, c) = locate(n, transr, uplo, i, j);
                arf[p] = cj(a.get(i, j), c);
            }
        }
    }
}

/// Copies the RFP array `arf` into the `uplo` triangle of the `n x n`
/// matrix `a`, leaving the other triangle alone (`?tfttr`).
pub fn tfttr<T: Scalar>(transr: TransR, uplo: Uplo, arf: &[T], mut a: MatMut<'_, T>) {
    let n = a.nrows();
    assert!(a.ncols() == n && arf.len() >= rfp_len(n), "tfttr: operand shapes disagree");
    for j in 0..n {
        for i in 0..n {
            if in_triangle(uplo, i, j) {
                let (p, c) = locate(n, transr, uplo, i, j);
                a.set(i, j, cj(arf[p], c));
            }
        }
    }
}

/// The position of `(i, j)` of the `uplo` triangle in column-major packed storage.
fn packed_at(n: usize, uplo: Uplo, i: usize, j: usize) -> usize {
    match uplo {
        Uplo::Upper => i + j * (j + 1) / 2,
        Uplo::Lower => i - j + j * (2 * n - j + 1) / 2,
    }
}

/// Copies the packed `uplo` triangle `ap` of order `n` into the RFP array
/// `arf` (`?tpttf`).
pub fn tpttf<T: Scalar>(transr: TransR, uplo: Uplo, n: usize, ap: &[T], arf: &mut [T]) {
    assert!(ap.len() >= rfp_len(n) && arf.len() >= rfp_len(n), "tpttf: arrays too short");
    for j in 0..n {
        for i in 0..n {
            if in_triangle(uplo, i, j) {
                let (p, c) = locate(n, transr, uplo, i, j);
                arf[p] = cj(ap[packed_at(n, uplo, i, j)], c);
            }
        }
    }
}

/// Copies the RFP array `arf` of order `n` into packed storage `ap` (`?tfttp`).
pub fn tfttp<T: Scalar>(transr: TransR, uplo: Uplo, n: usize, arf: &[T], ap: &mut [T]) {
    assert!(ap.len() >= rfp_len(n) && arf.len() >= rfp_len(n), "tfttp: arrays too short");
    for j in 0..n {
        for i in 0..n {
            if in_triangle(uplo, i, j) {
                let (p, c) = locate(n, transr, uplo, i, j);
                ap[packed_at(n, uplo, i, j)] = cj(arf[p], c);
            }
        }
    }
}

/// Copies the `uplo` triangle of the `n x n` matrix `a` into packed storage
/// `ap` (`?trttp`).
pub fn trttp<T: Scalar>(uplo: Uplo, a: MatRef<'_, T>, ap: &mut [T]) {
    let n = a.nrows();
    assert!(a.ncols() == n && ap.len() >= rfp_len(n), "trttp: operand shapes disagree");
    for j in 0..n {
        for i in 0..n {
            if in_triangle(uplo, i, j) {
                ap[packed_at(n, uplo, i, j)] = a.get(i, j);
            }
        }
    }
}

/// Copies the packed `uplo` triangle `ap` into that triangle of the `n x n`
/// matrix `a` (`?tpttr`).
pub fn tpttr<T: Scalar>(uplo: Uplo, ap: &[T], mut a: MatMut<'_, T>) {
    let n = a.nrows();
    assert!(a.ncols() == n && ap.len() >= rfp_len(n), "tpttr: operand shapes disagree");
    for j in 0..n {
        for i in 0..n {
            if in_triangle(uplo, i, j) {
                a.set(i, j, ap[packed_at(n, uplo, i, j)]);
            }
        }
    }
}

/// The three pieces of an RFP array as views, each holding a block of the
/// lower triangular `G` or its conjugate transpose.
struct Blocks<'a, T> {
    n1: usize,
    n2: usize,
    /// The off-diagonal piece: `G21` (`n2 x n1`) when `s_g21`, else `G21^H`.
    s: MatMut<'a, T>,
    s_g21: bool,
    /// The rows (normal form) or columns holding both triangles.
    t: MatMut<'a, T>,
    p1: (usize, usize),
    p2: (usize, usize),
    /// The stored triangle of each diagonal piece: `Lower` holds `Gii`,
    /// `Upper` holds `Gii^H`.
    u1: Uplo,
    u2: Uplo,
    transposed: bool,
}

impl<'a, T: Scalar> Blocks<'a, T> {
    /// The pieces of `arf` for an RFP matrix of order `n` whose `uplo`
    /// triangle is `G` (lower) or `G^H` (upper).
    fn new(transr: TransR, uplo: Uplo, n: usize, arf: &'a mut [T]) -> Self {
        let g = geometry(n, uplo);
        let transposed = transr == TransR::ConjTrans;
        // In both forms, a view shaped like the normal-form rectangle.
        let z = match transr {
            TransR::Normal => MatMut::from_col_major(&mut arf[..g.zr * g.zc], g.zr, g.zc, g.zr.max(1)),
            TransR::ConjTrans => MatMut::from_col_major(&mut arf[..g.zr * g.zc], g.zc, g.zr, g.zc.max(1)).transpose(),
        };
        let (top, bottom) = z.split_at_row(g.split);
        let (s_full, t, base) = if g.s_top { (top, bottom, g.split) } else { (bottom, top, 0) };
        let (sr, sc) = if g.s_top { (g.n1, g.n2) } else { (g.n2, g.n1) };
        let s_row = if g.s_top { g.s.0 } else { g.s.0 - g.split };
        let s = s_full.submatrix(s_row, g.s.1, sr, sc);
        let s = if transposed { s.transpose() } else { s };
        let p1 = (g.t1.0 - base, g.t1.1);
        let p2 = (g.t2.0 - base, g.t2.1);
        let (u1, u2) = if transposed { (Uplo::Upper, Uplo::Lower) } else { (Uplo::Lower, Uplo::Upper) };
        // Normal form: a lower matrix keeps A21 = G21; an upper one keeps A12 = G21^H. Transposing swaps.
        let s_g21 = (uplo == Uplo::Lower) != transposed;
        Blocks { n1: g.n1, n2: g.n2, s, s_g21, t, p1, p2, u1, u2, transposed }
    }
}

/// A diagonal piece of the triangles' view.
fn tri<'b, T>(t: &'b mut MatMut<'_, T>, p: (usize, usize), m: usize, transposed: bool) -> MatMut<'b, T> {
    let v = t.rb_mut().submatrix(p.0, p.1, m, m);
    if transposed {
        v.transpose()
    } else {
        v
    }
}

/// `Trans::No` when the stored triangle `u` is `Gii` itself, `ConjTrans`
/// when it is `Gii^H`: the flag that applies `Gii`. `flip` asks for `Gii^H`.
fn op_of(u: Uplo, flip: bool) -> Trans {
    if (u == Uplo::Lower) != flip {
        Trans::No
    } else {
        Trans::ConjTrans
    }
}

/// Cholesky factorization of the Hermitian positive definite matrix held in
/// RFP in `arf` (`?pftrf`): `A = L L^H` (lower) or `A = U^H U` (upper), the
/// factor overwriting the array. As [`potrf`](crate::relapack::potrf()):
/// `Err(Info)` when the leading minor of order INFO is not positive definite.
pub fn pftrf<T: Scalar>(transr: TransR, uplo: Uplo, n: usize, arf: &mut [T], par: Par) -> Result<(), Info> {
    if n == 0 {
        return Ok(());
    }
    let l3 = Level3::new(par);
    let one = <T::Real as Scalar>::one();
    let mut b = Blocks::new(transr, uplo, n, arf);
    let (n1, n2) = (b.n1, b.n2);
    crate::relapack::potrf(b.u1, tri(&mut b.t, b.p1, n1, b.transposed), par)?;
    {
        let t1 = tri(&mut b.t, b.p1, n1, b.transposed);
        if b.s_g21 {
            // G21 = A21 G11^-H.
            l3.trsm(Side::Right, b.u1, op_of(b.u1, true), Diag::NonUnit, T::one(), t1.rb(), b.s.rb_mut());
        } else {
            // G21^H = G11^-1 A12.
            l3.trsm(Side::Left, b.u1, op_of(b.u1, false), Diag::NonUnit, T::one(), t1.rb(), b.s.rb_mut());
        }
    }
    let herk_trans = if b.s_g21 { Trans::No } else { Trans::ConjTrans };
    l3.herk(b.u2, herk_trans, -one, b.s.rb(), one, tri(&mut b.t, b.p2, n2, b.transposed));
    crate::relapack::potrf(b.u2, tri(&mut b.t, b.p2, n2, b.transposed), par)
        .map_err(|e| Info::new(e.lapack_info() as usize + n1))
}

/// Solves `A X = B` (`n x nrhs`) in place with the Cholesky factor from
/// [`pftrf`] (`?pftrs`).
pub fn pftrs<T: Scalar>(transr: TransR, uplo: Uplo, n: usize, arf: &[T], mut b: MatMut<'_, T>, par: Par) {
    assert_eq!(b.nrows(), n, "pftrs: operand shapes disagree");
    if n == 0 || b.ncols() == 0 {
        return;
    }
    // A = G G^H with G = L or U^H: G Y = B, then G^H X = Y.
    tfsm_g(transr, uplo, n, arf, Side::Left, false, Diag::NonUnit, T::one(), b.rb_mut(), par);
    tfsm_g(transr, uplo, n, arf, Side::Left, true, Diag::NonUnit, T::one(), b, par);
}

/// Read-only views of the pieces of an RFP array (see [`Blocks`]): the
/// triangles, the off-diagonal piece and its shape.
struct Pieces<'a, T> {
    n1: usize,
    t1: MatRef<'a, T>,
    t2: MatRef<'a, T>,
    s: MatRef<'a, T>,
    s_g21: bool,
    u1: Uplo,
    u2: Uplo,
}

fn pieces<T: Scalar>(transr: TransR, uplo: Uplo, n: usize, arf: &[T]) -> Pieces<'_, T> {
    let g = geometry(n, uplo);
    let transposed = transr == TransR::ConjTrans;
    let z = match transr {
        TransR::Normal => MatRef::from_col_major(&arf[..g.zr * g.zc], g.zr, g.zc, g.zr.max(1)),
        TransR::ConjTrans => MatRef::from_col_major(&arf[..g.zr * g.zc], g.zc, g.zr, g.zc.max(1)).transpose(),
    };
    let piece = |p: (usize, usize), r: usize, c: usize| {
        let v = z.submatrix(p.0, p.1, r, c);
        if transposed {
            v.transpose()
        } else {
            v
        }
    };
    let (sr, sc) = if g.s_top { (g.n1, g.n2) } else { (g.n2, g.n1) };
    let (u1, u2) = if transposed { (Uplo::Upper, Uplo::Lower) } else { (Uplo::Lower, Uplo::Upper) };
    Pieces {
        n1: g.n1,
        t1: piece(g.t1, g.n1, g.n1),
        t2: piece(g.t2, g.n2, g.n2),
        s: piece(g.s, sr, sc),
        s_g21: (uplo == Uplo::Lower) != transposed,
        u1,
        u2,
    }
}

/// Solves with `G` (`herm = false`) or `G^H` on the `side` of `b`, times
/// `alpha`, where the `uplo` RFP array holds `G` (lower) or `G^H` (upper).
#[allow(clippy::too_many_arguments)]
fn tfsm_g<T: Scalar>(
    transr: TransR,
    uplo: Uplo,
    n: usize,
    arf: &[T],
    side: Side,
    herm: bool,
    diag: Diag,
    alpha: T,
    b: MatMut<'_, T>,
    par: Par,
) {
    let l3 = Level3::new(par);
    let bl = pieces(transr, uplo, n, arf);
    let (n1, t1, t2) = (bl.n1, bl.t1, bl.t2);
    let s = bl.s;
    // op(G21) X: G21 applied with `No`, G21^H with `ConjTrans`, whatever the piece holds.
    let s_op = |want_h: bool| if bl.s_g21 != want_h { Trans::No } else { Trans::ConjTrans };
    let one = T::one();
    match (side, herm) {
        (Side::Left, false) => {
            let (mut b1, mut b2) = b.split_at_row(n1);
            l3.trsm(Side::Left, bl.u1, op_of(bl.u1, false), diag, alpha, t1, b1.rb_mut());
            l3.gemm(s_op(false), Trans::No, -one, s, b1.rb(), alpha, b2.rb_mut());
            l3.trsm(Side::Left, bl.u2, op_of(bl.u2, false), diag, one, t2, b2);
        }
        (Side::Left, true) => {
            let (mut b1, mut b2) = b.split_at_row(n1);
            l3.trsm(Side::Left, bl.u2, op_of(bl.u2, true), diag, alpha, t2, b2.rb_mut());
            l3.gemm(s_op(true), Trans::No, -one, s, b2.rb(), alpha, b1.rb_mut());
            l3.trsm(Side::Left, bl.u1, op_of(bl.u1, true), diag, one, t1, b1);
        }
        (Side::Right, false) => {
            // [X1 X2] G = B: X2 G22 = B2, then X1 G11 = B1 - X2 G21.
            let (mut b1, mut b2) = b.split_at_col(n1);
            l3.trsm(Side::Right, bl.u2, op_of(bl.u2, false), diag, alpha, t2, b2.rb_mut());
            l3.gemm(Trans::No, s_op(false), -one, b2.rb(), s, alpha, b1.rb_mut());
            l3.trsm(Side::Right, bl.u1, op_of(bl.u1, false), diag, one, t1, b1);
        }
        (Side::Right, true) => {
            // [X1 X2] G^H = B: X1 G11^H = B1, then X2 G22^H = B2 - X1 G21^H.
            let (mut b1, mut b2) = b.split_at_col(n1);
            l3.trsm(Side::Right, bl.u1, op_of(bl.u1, true), diag, alpha, t1, b1.rb_mut());
            l3.gemm(Trans::No, s_op(true), -one, b1.rb(), s, alpha, b2.rb_mut());
            l3.trsm(Side::Right, bl.u2, op_of(bl.u2, true), diag, one, t2, b2);
        }
    }
}

/// Solves `op(A) X = alpha B` (`side` left) or `X op(A) = alpha B` in place
/// of `b`, A triangular of order `m` (left) or `n` (right) in the `uplo` RFP
/// array `arf` (`?tfsm`); `alpha = 0` sets B to zero without reading A.
#[allow(clippy::too_many_arguments)]
pub fn tfsm<T: Scalar>(
    transr: TransR,
    side: Side,
    uplo: Uplo,
    trans: Trans,
    diag: Diag,
    alpha: T,
    arf: &[T],
    mut b: MatMut<'_, T>,
    par: Par,
) {
    let (m, n) = (b.nrows(), b.ncols());
    if m == 0 || n == 0 {
        return;
    }
    if alpha == T::zero() {
        for j in 0..n {
            for i in 0..m {
                b.set(i, j, T::zero());
            }
        }
        return;
    }
    let order = if side == Side::Left { m } else { n };
    // A = G (lower) or G^H (upper); op(A) is G or G^H.
    let herm = (uplo == Uplo::Upper) != (trans != Trans::No);
    tfsm_g(transr, uplo, order, arf, side, herm, diag, alpha, b, par);
}

/// Inverts in place the triangular matrix held in the `uplo` RFP array
/// `arf` (`?tftri`). `Err(Info)` when diagonal element `i` is exactly zero
/// (INFO = i + 1, `diag` non-unit); the array is then partly overwritten.
pub fn tftri<T: Scalar>(transr: TransR, uplo: Uplo, diag: Diag, n: usize, arf: &mut [T], par: Par) -> Result<(), Info> {
    if n == 0 {
        return Ok(());
    }
    let mut b = Blocks::new(transr, uplo, n, arf);
    invert_g(&mut b, diag, par)
}

/// `G := G^-1` on the pieces: `M11 = G11^-1`, `M22 = G22^-1`,
/// `M21 = -M22 G21 M11` (each piece keeps its orientation).
fn invert_g<T: Scalar>(b: &mut Blocks<'_, T>, diag: Diag, par: Par) -> Result<(), Info> {
    let l3 = Level3::new(par);
    let (n1, n2) = (b.n1, b.n2);
    crate::relapack::trtri(b.u1, diag, tri(&mut b.t, b.p1, n1, b.transposed), par)?;
    {
        let t1 = tri(&mut b.t, b.p1, n1, b.transposed);
        if b.s_g21 {
            l3.trmm(Side::Right, b.u1, op_of(b.u1, false), diag, -T::one(), t1.rb(), b.s.rb_mut());
        } else {
            l3.trmm(Side::Left, b.u1, op_of(b.u1, true), diag, -T::one(), t1.rb(), b.s.rb_mut());
        }
    }
    crate::relapack::trtri(b.u2, diag, tri(&mut b.t, b.p2, n2, b.transposed), par)
        .map_err(|e| Info::new(e.lapack_info() as usize + n1))?;
    let t2 = tri(&mut b.t, b.p2, n2, b.transposed);
    if b.s_g21 {
        l3.trmm(Side::Left, b.u2, op_of(b.u2, false), diag, T::one(), t2.rb(), b.s.rb_mut());
    } else {
        l3.trmm(Side::Right, b.u2, op_of(b.u2, true), diag, T::one(), t2.rb(), b.s.rb_mut());
    }
    Ok(())
}

/// Replaces the Cholesky factor from [`pftrf`] in the RFP array `arf` by
/// `inv(A)` in the same format (`?pftri`). `Err(Info)` when diagonal element
/// `i` of the factor is exactly zero (INFO = i + 1).
pub fn pftri<T: Scalar>(transr: TransR, uplo: Uplo, n: usize, arf: &mut [T], par: Par) -> Result<(), Info> {
    if n == 0 {
        return Ok(());
    }
    let l3 = Level3::new(par);
    let one = <T::Real as Scalar>::one();
    let mut b = Blocks::new(transr, uplo, n, arf);
    invert_g(&mut b, Diag::NonUnit, par)?;
    let (n1, n2) = (b.n1, b.n2);
    // inv(A) = M^H M with M = G^-1: (1,1) = M11^H M11 + M21^H M21,
    // (2,1) = M22^H M21, (2,2) = M22^H M22.
    crate::relapack::lauum(b.u1, tri(&mut b.t, b.p1, n1, b.transposed), par);
    let herk_trans = if b.s_g21 { Trans::ConjTrans } else { Trans::No };
    l3.herk(b.u1, herk_trans, one, b.s.rb(), one, tri(&mut b.t, b.p1, n1, b.transposed));
    {
        let t2 = tri(&mut b.t, b.p2, n2, b.transposed);
        if b.s_g21 {
            l3.trmm(Side::Left, b.u2, op_of(b.u2, true), Diag::NonUnit, T::one(), t2.rb(), b.s.rb_mut());
        } else {
            l3.trmm(Side::Right, b.u2, op_of(b.u2, false), Diag::NonUnit, T::one(), t2.rb(), b.s.rb_mut());
        }
    }
    crate::relapack::lauum(b.u2, tri(&mut b.t, b.p2, n2, b.transposed), par);
    Ok(())
}

/// `C := alpha op(A) op(A)^H + beta C` (`?sfrk`, `?hfrk`) for the
/// Hermitian `n x n` matrix C held in the `uplo` RFP array `c`, `op(A)`
/// being `A` (`n x k`, `trans` = `No`) or `A^H` (`A` `k x n`). Quick return
/// when `n = 0` or when `alpha = 0` or `k = 0` with `beta = 1`; with
/// `alpha = 0` and `beta = 0`, C is set to zero without reading it.
#[allow(clippy::too_many_arguments)]
pub fn hfrk<T: Scalar>(
    transr: TransR,
    uplo: Uplo,
    trans: Trans,
    n: usize,
    alpha: T::Real,
    a: MatRef<'_, T>,
    beta: T::Real,
    c: &mut [T],
    par: Par,
) {
    let zero = <T::Real as Scalar>::zero();
    let one = <T::Real as Scalar>::one();
    let k = if trans == Trans::No { a.ncols() } else { a.nrows() };
    if n == 0 || ((alpha == zero || k == 0) && beta == one) {
        return;
    }
    if alpha == zero && beta == zero {
        c[..rfp_len(n)].fill(T::zero());
        return;
    }
    let l3 = Level3::new(par);
    let mut b = Blocks::new(transr, uplo, n, c);
    let (n1, n2) = (b.n1, b.n2);
    let herk_trans = if trans == Trans::No { Trans::No } else { Trans::ConjTrans };
    // op(A) = [A1; A2] split at row n1 of op(A).
    let (a1, a2) = if trans == Trans::No {
        (a.submatrix(0, 0, n1, k), a.submatrix(n1, 0, n2, k))
    } else {
        (a.submatrix(0, 0, k, n1), a.submatrix(0, n1, k, n2))
    };
    l3.herk(b.u1, herk_trans, alpha, a1, beta, tri(&mut b.t, b.p1, n1, b.transposed));
    l3.herk(b.u2, herk_trans, alpha, a2, beta, tri(&mut b.t, b.p2, n2, b.transposed));
    // (2,1) = alpha op(A2) op(A1)^H + beta C21, or its conjugate transpose.
    let (ta, tb) = if trans == Trans::No { (Trans::No, Trans::ConjTrans) } else { (Trans::ConjTrans, Trans::No) };
    let (x, y) = if b.s_g21 { (a2, a1) } else { (a1, a2) };
    l3.gemm(ta, tb, T::from_real(alpha), x, y, T::from_real(beta), b.s.rb_mut());
}

/// A norm of the `n x n` symmetric (`hermitian = false`, `?lansf`) or
/// Hermitian (`?lanhf`, the diagonal's imaginary parts ignored) matrix held
/// in the `uplo` RFP array `arf`: `Max` (`max |a(i,j)|`), `One` = `Inf`
/// (largest column sum), `Frobenius`. NaN entries propagate. `work` holds
/// `n` reals for `One` and `Inf`.
pub fn lanhf<T: Scalar>(
    norm: Norm,
    transr: TransR,
    uplo: Uplo,
    hermitian: bool,
    n: usize,
    arf: &[T],
    work: &mut [T::Real],
) -> T::Real {
    let zero = <T::Real as Scalar>::zero();
    let one = <T::Real as Scalar>::one();
    if n == 0 {
        return zero;
    }
    assert!(arf.len() >= rfp_len(n), "lanhf: the array is too short");
    let mag = |v: T| lapy2(v.re(), v.im());
    let diag = |v: T| if hermitian { v.re().abs() } else { mag(v) };
    let mut value = zero;
    let bump = |value: &mut T::Real, v: T::Real| {
        if v > *value || v.is_nan() {
            *value = v;
        }
    };
    match norm {
        Norm::Max => {
            for j in 0..n {
                for i in 0..n {
                    if in_triangle(uplo, i, j) {
                        let a = arf[locate(n, transr, uplo, i, j).0];
                        bump(&mut value, if i == j { diag(a) } else { mag(a) });
                    }
                }
            }
        }
        Norm::One | Norm::Inf => {
            let work = &mut work[..n];
            work.fill(zero);
            for j in 0..n {
                for i in 0..n {
                    if in_triangle(uplo, i, j) {
                        let a = arf[locate(n, transr, uplo, i, j).0];
                        if i == j {
                            work[i] += diag(a);
                        } else {
                            let v = mag(a);
                            work[i] += v;
                            work[j] += v;
                        }
                    }
                }
            }
            for &w in work.iter() {
                bump(&mut value, w);
            }
        }
        Norm::Frobenius => {
            // Off-diagonal elements count twice.
            let (mut scale, mut sumsq) = (zero, one);
            for j in 0..n {
                for i in 0..n {
                    if i != j && in_triangle(uplo, i, j) {
                        let a = arf[locate(n, transr, uplo, i, j).0];
                        (scale, sumsq) = lassq(VecRef::from_slice(&[a]), scale, sumsq);
                    }
                }
            }
            sumsq += sumsq;
            for i in 0..n {
                let a = arf[locate(n, transr, uplo, i, i).0];
                let d = if hermitian { T::from_real(a.re()) } else { a };
                (scale, sumsq) = lassq(VecRef::from_slice(&[d]), scale, sumsq);
            }
            value = scale * sumsq.sqrt();
        }
    }
    value
}

#[cfg(test)]
mod tests;
