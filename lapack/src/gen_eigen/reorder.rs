//! Reordering the generalized Schur form (`?tgex2`, `?tgexc`) and the
//! condition of the reordered cluster (`?tgsen`).

#![allow(clippy::needless_range_loop)] // indices address matrix rows, columns and vectors alike
#![allow(clippy::too_many_arguments)]

use super::qz::{lag2, lagv2};
use super::{rot_cols, rot_rows};
use crate::condition::{norm1_estimate, norm1_estimate_req, Product};
use crate::qr::{geqr2, org2r, Positive};
use crate::sylvester::generalized::{tgsyl, SylJob};
use crate::sylvester::{gesc2, getc2};
use crate::{Info, Par, WorkReq, Workspace};
use core::ops::ControlFlow;
use ferroblas_kernels::aux::lassq::lassq;
use ferroblas_kernels::aux::matrix::{lacpy, Part};
use ferroblas_kernels::aux::rotations::lartg;
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::scalar::{Complex, RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef, Trans};

/// Swaps the adjacent diagonal blocks `(A11, B11)` (`n1 x n1`, at `j1`) and
/// `(A22, B22)` (`n2 x n2`, following it) of the pencil `(A, B)` in
/// generalized Schur form by a unitary equivalence (`?tgex2`); block sizes
/// are 1, or 2 for a real type's complex pair. The right and left deflating
/// subspaces of `(A22, B22)` come from the generalized Sylvester equation
/// `A11 R - L A22 = -A12`, `B11 R - L B22 = -B12` (solved with complete
/// pivoting), their QR factorizations give the local `Q`, `Z`; a moved 2x2
/// block is restandardized (its B block diagonal, as [`super::lagv2`]).
/// `wantq` / `wantz`: `q` / `z` are multiplied by the transformations.
///
/// `Err(Info(1))`: the swap would perturb the pencil by more than about
/// `20 eps` times its norm (the eigenvalues are too close); nothing changed.
pub fn tgex2<T: Scalar>(
    wantq: bool,
    wantz: bool,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    mut q: MatMut<'_, T>,
    mut z: MatMut<'_, T>,
    j1: usize,
    n1: usize,
    n2: usize,
) -> Result<(), Info> {
    type R<T> = <T as Scalar>::Real;
    let n = a.nrows();
    let m = n1 + n2;
    assert!((1..=2).contains(&n1) && (1..=2).contains(&n2) && j1 + m <= n, "tgex2: bad block sizes");
    let (zero, one) = (R::<T>::zero(), R::<T>::one());
    let eps = lamch::<R<T>>(Machine::Precision);
    let smlnum = lamch::<R<T>>(Machine::SafeMin) / eps;
    let mut s = [T::zero(); 16];
    let mut t = [T::zero(); 16];
    for j in 0..m {
        for i in 0..m {
            s[i + 4 * j] = a.get(j1 + i, j1 + j);
            t[i + 4 * j] = b.get(j1 + i, j1 + j);
        }
    }
    // Scaled by the largest entry: the pencil may be scaled near the
    // underflow threshold, where plain squares would vanish (and the
    // thresholds collapse to `smlnum`).
    let fro = |x: &[T; 16]| {
        let mut big = zero;
        for j in 0..m {
            for i in 0..m {
                let v = x[i + 4 * j];
                big = big.max(v.re().abs()).max(v.im().abs());
            }
        }
        if big == zero || !big.is_finite() {
            return big;
        }
        let mut acc = zero;
        for j in 0..m {
            for i in 0..m {
                let v = x[i + 4 * j];
                let (re, im) = (v.re() / big, v.im() / big);
                acc += re * re + im * im;
            }
        }
        big * acc.sqrt()
    };
    let thresha = (R::<T>::from_f64(20.0) * eps * fro(&s)).max(smlnum);
    let threshb = (R::<T>::from_f64(20.0) * eps * fro(&t)).max(smlnum);
    let (mut qm, mut zm) = if n1 == 1 && n2 == 1 { swap_1x1(&s, &t) } else { sylvester_bases(&s, &t, n1, n2) };
    // S := Qm^H S Zm, T likewise.
    let transform = |x: &[T; 16], qm: &[T; 16], zm: &[T; 16]| {
        let mut y = [T::zero(); 16];
        let mut w = [T::zero(); 16];
        for j in 0..m {
            for i in 0..m {
                let mut acc = T::zero();
                for p in 0..m {
                    acc += x[i + 4 * p] * zm[p + 4 * j];
                }
                w[i + 4 * j] = acc;
            }
        }
        for j in 0..m {
            for i in 0..m {
                let mut acc = T::zero();
                for p in 0..m {
                    acc += qm[p + 4 * i].conj() * w[p + 4 * j];
                }
                y[i + 4 * j] = acc;
            }
        }
        y
    };
    let mut s2 = transform(&s, &qm, &zm);
    let mut t2 = transform(&t, &qm, &zm);
    // The weak stability test: the new lower-left block is negligible.
    let (mut la, mut lb) = (zero, zero);
    for j in 0..n2 {
        for i in n2..m {
            la += s2[i + 4 * j].abs1();
            lb += t2[i + 4 * j].abs1();
            s2[i + 4 * j] = T::zero();
            t2[i + 4 * j] = T::zero();
        }
    }
    if !(la <= thresha && lb <= threshb) {
        return Err(Info::new(1));
    }
    // The strong test: Qm S2 Zm^H reproduces S.
    let back = |x: &[T; 16], orig: &[T; 16]| {
        let mut err = zero;
        for j in 0..m {
            for i in 0..m {
                let mut acc = T::zero();
                for p in 0..m {
                    for r in 0..m {
                        acc += qm[i + 4 * p] * x[p + 4 * r] * zm[j + 4 * r].conj();
                    }
                }
                err += (acc - orig[i + 4 * j]).abs1();
            }
        }
        err
    };
    if !(back(&s2, &s) <= thresha * R::<T>::from_f64(4.0) && back(&t2, &t) <= threshb * R::<T>::from_f64(4.0)) {
        return Err(Info::new(1));
    }
    // Restandardize the 2x2 blocks of a real type: B block upper
    // triangular, then the 2x2 Schur form.
    if !T::IS_COMPLEX {
        for (kb, size) in [(0, n2), (n2, n1)] {
            if size != 2 {
                continue;
            }
            let (mut sv, mut tv, mut qv, mut zv) = (
                MatMut::from_col_major(&mut s2, m, m, 4),
                MatMut::from_col_major(&mut t2, m, m, 4),
                MatMut::from_col_major(&mut qm, m, m, 4),
                MatMut::from_col_major(&mut zm, m, m, 4),
            );
            let (c, sn, _) = lartg(tv.get(kb, kb), tv.get(kb + 1, kb));
            rot_rows(&mut sv, kb, kb + 1, 0..m, c, sn);
            rot_rows(&mut tv, kb, kb + 1, 0..m, c, sn);
            rot_cols(&mut qv, kb, kb + 1, 0..m, c, sn.conj());
            tv.set(kb + 1, kb, T::zero());
            let mut ab =
                [sv.get(kb, kb).re(), sv.get(kb + 1, kb).re(), sv.get(kb, kb + 1).re(), sv.get(kb + 1, kb + 1).re()];
            let mut bb = [tv.get(kb, kb).re(), zero, tv.get(kb, kb + 1).re(), tv.get(kb + 1, kb + 1).re()];
            let g = lagv2(MatMut::from_col_major(&mut ab, 2, 2, 2), MatMut::from_col_major(&mut bb, 2, 2, 2));
            let (cl, sl, cr, sr) = (g.csl, T::from_real(g.snl), g.csr, T::from_real(g.snr));
            rot_rows(&mut sv, kb, kb + 1, kb + 2..m, cl, sl);
            rot_rows(&mut tv, kb, kb + 1, kb + 2..m, cl, sl);
            rot_cols(&mut sv, kb, kb + 1, 0..kb, cr, sr);
            rot_cols(&mut tv, kb, kb + 1, 0..kb, cr, sr);
            rot_cols(&mut qv, kb, kb + 1, 0..m, cl, sl);
            rot_cols(&mut zv, kb, kb + 1, 0..m, cr, sr);
            for (r, cidx, v) in [(0, 0, 0), (1, 0, 1), (0, 1, 2), (1, 1, 3)] {
                sv.set(kb + r, kb + cidx, T::from_real(ab[v]));
                tv.set(kb + r, kb + cidx, T::from_real(bb[v]));
            }
        }
    }
    let _ = one;
    // Write back and apply Qm, Zm to the rest.
    for j in 0..m {
        for i in 0..m {
            a.set(j1 + i, j1 + j, s2[i + 4 * j]);
            b.set(j1 + i, j1 + j, t2[i + 4 * j]);
        }
    }
    let apply_rows = |x: &mut MatMut<'_, T>| {
        for col in j1 + m..n {
            let mut v = [T::zero(); 4];
            for i in 0..m {
                let mut acc = T::zero();
                for p in 0..m {
                    acc += qm[p + 4 * i].conj() * x.get(j1 + p, col);
                }
                v[i] = acc;
            }
            for i in 0..m {
                x.set(j1 + i, col, v[i]);
            }
        }
    };
    apply_rows(&mut a);
    apply_rows(&mut b);
    let apply_cols = |x: &mut MatMut<'_, T>, rows: usize, w: &[T; 16]| {
        for row in 0..rows {
            let mut v = [T::zero(); 4];
            for j in 0..m {
                let mut acc = T::zero();
                for p in 0..m {
                    acc += x.get(row, j1 + p) * w[p + 4 * j];
                }
                v[j] = acc;
            }
            for j in 0..m {
                x.set(row, j1 + j, v[j]);
            }
        }
    };
    apply_cols(&mut a, j1, &zm);
    apply_cols(&mut b, j1, &zm);
    if wantq {
        let rows = q.nrows();
        apply_cols(&mut q, rows, &qm);
    }
    if wantz {
        let rows = z.nrows();
        apply_cols(&mut z, rows, &zm);
    }
    Ok(())
}

/// The local `Qm`, `Zm` (leading `m x m` of 4x4 column-major arrays) of a
/// swap of two 1x1 blocks: Z's first column is the null vector of
/// `t22 S - s22 T` (the eigenvector of the second eigenvalue), Q's first
/// column the direction of the larger of `S z`, `T z`.
///
/// When `t22 S - s22 T` vanishes (the first pair is (0, 0), or the pencil is
/// singular there), every vector is a null vector: a real pencil then takes
/// `z = -e2` and swaps, as `dtgex2` does (so `ordqz` can move a singular
/// pair past a regular one), a complex one keeps `z = e1` as `ztgex2` does.
fn swap_1x1<T: Scalar>(s: &[T; 16], t: &[T; 16]) -> ([T; 16], [T; 16]) {
    let (s11, s12, s22) = (s[0], s[4], s[5]);
    let (t11, t12, t22) = (t[0], t[4], t[5]);
    let f = t22 * s11 - s22 * t11;
    let g = t22 * s12 - s22 * t12;
    let mut zm = [T::zero(); 16];
    if !T::IS_COMPLEX && f == T::zero() && g == T::zero() {
        // z = -e2: the swap is a permutation.
        zm[1] = -T::one();
        zm[4] = T::one();
    } else {
        // z = (g, -f) / |.|, the first column of Zm = R^H for R from lartg(g, -f).
        let (cz, sz, _) = lartg(g, -f);
        zm[0] = T::from_real(cz);
        zm[1] = sz.conj();
        zm[4] = -sz;
        zm[5] = T::from_real(cz);
    }
    let sa = super::modulus(s22) * super::modulus(t11);
    let sb = super::modulus(s11) * super::modulus(t22);
    let col = |x: &[T; 16]| (x[0] * zm[0] + x[4] * zm[1], x[1] * zm[0] + x[5] * zm[1]);
    let (u1, u2) = if sa >= sb { col(s) } else { col(t) };
    let (cq, sq, _) = lartg(u1, u2);
    let mut qm = [T::zero(); 16];
    qm[0] = T::from_real(cq);
    qm[1] = sq.conj();
    qm[4] = -sq;
    qm[5] = T::from_real(cq);
    (qm, zm)
}

/// The local `Qm`, `Zm` of a swap involving a 2x2 block: orthonormal bases
/// of the left and right deflating subspaces of `(A22, B22)`,
/// `[L; I]` and `[R; I]`, from the generalized Sylvester equation
/// `A11 R - L A22 = -A12`, `B11 R - L B22 = -B12` in Kronecker form
/// (complete pivoting; a tiny pivot is perturbed and left to the
/// stability test).
fn sylvester_bases<T: Scalar>(s: &[T; 16], t: &[T; 16], n1: usize, n2: usize) -> ([T; 16], [T; 16]) {
    let m = n1 + n2;
    // The Kronecker form of the Sylvester pair: unknowns vec(R), vec(L).
    let k = n1 * n2;
    let dim = 2 * k;
    let mut sys = [T::zero(); 64];
    let mut rhs = [T::zero(); 8];
    for j in 0..n2 {
        for i in 0..n1 {
            let (r1, r2) = (i + n1 * j, k + i + n1 * j);
            for p in 0..n1 {
                let col = p + n1 * j;
                sys[r1 + dim * col] += s[i + 4 * p];
                sys[r2 + dim * col] += t[i + 4 * p];
            }
            for p in 0..n2 {
                let col = k + i + n1 * p;
                sys[r1 + dim * col] -= s[n1 + p + 4 * (n1 + j)];
                sys[r2 + dim * col] -= t[n1 + p + 4 * (n1 + j)];
            }
            rhs[r1] = -s[i + 4 * (n1 + j)];
            rhs[r2] = -t[i + 4 * (n1 + j)];
        }
    }
    let mut ipiv = [0usize; 8];
    let mut jpiv = [0usize; 8];
    let _ = getc2(MatMut::from_col_major(&mut sys[..dim * dim], dim, dim, dim), &mut ipiv[..dim], &mut jpiv[..dim]);
    let scale =
        gesc2(MatRef::from_col_major(&sys[..dim * dim], dim, dim, dim), &mut rhs[..dim], &ipiv[..dim], &jpiv[..dim]);
    // Bases [R; scale I] and [L; scale I] of the deflating subspaces of
    // (A22, B22), orthonormalized into the leading columns of Zm and Qm.
    let basis = |off: usize| {
        let mut x = [T::zero(); 16];
        for j in 0..n2 {
            for i in 0..n1 {
                x[i + 4 * j] = rhs[off + i + n1 * j];
            }
            x[n1 + j + 4 * j] = T::from_real(scale);
        }
        let mut tau = [T::zero(); 4];
        geqr2(MatMut::from_col_major(&mut x, m, n2, 4), &mut tau[..n2], Positive::No);
        org2r(MatMut::from_col_major(&mut x, m, m, 4), &tau[..n2]);
        x
    };
    (basis(k), basis(0))
}

/// The size of the diagonal block of the (quasi-)triangular `a` starting at `j`.
fn block<T: Scalar>(a: &MatMut<'_, T>, j: usize) -> usize {
    if !T::IS_COMPLEX && j + 1 < a.nrows() && !a.get(j + 1, j).is_zero() {
        2
    } else {
        1
    }
}

/// Moves the diagonal block of the generalized Schur form `(A, B)` that
/// starts at (or contains) row `*ifst` to row `*ilst` by a sequence of
/// [`tgex2`] swaps of adjacent blocks (`?tgexc`; 0-based indices), the
/// blocks in between shifting by one block; `q` / `z` are updated when
/// `wantq` / `wantz`.
///
/// Real types: an index pointing at the second row of a 2x2 block is moved
/// to its first row, and `*ilst` is adjusted so that the block lands where
/// asked; a 2x2 block that splits into two real eigenvalues on the way (a
/// swap can make its subdiagonal zero) is moved on as two 1x1 blocks. On
/// return `*ilst` is the row where the block starts.
///
/// `Err(Info(1))`: a swap was refused (the pencil would move too far from
/// generalized Schur form); the form holds the swaps done so far and
/// `*ilst` is where the block now starts (complex types: the row of the
/// refused swap). Complex types report, as the reference, `*ilst - 1`
/// after a successful move down.
pub fn tgexc<T: Scalar>(
    wantq: bool,
    wantz: bool,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    mut q: MatMut<'_, T>,
    mut z: MatMut<'_, T>,
    ifst: &mut usize,
    ilst: &mut usize,
) -> Result<(), Info> {
    let n = a.nrows();
    if n <= 1 {
        return Ok(());
    }
    assert!(*ifst < n && *ilst < n, "tgexc: index out of range");
    // One swap of the blocks (sizes n1, n2) at j1; on refusal the block
    // being moved is reported at `here`.
    macro_rules! swap {
        ($j1:expr, $n1:expr, $n2:expr, $here:expr) => {
            if let Err(e) = tgex2(wantq, wantz, a.rb_mut(), b.rb_mut(), q.rb_mut(), z.rb_mut(), $j1, $n1, $n2) {
                *ilst = $here;
                return Err(e);
            }
        };
    }
    if T::IS_COMPLEX {
        let (f, l) = (*ifst, *ilst);
        // The reference's ILST on return: one above the target after a
        // move down, the row of the refused swap (above the block after a
        // move up).
        if f < l {
            for here in f..l {
                swap!(here, 1, 1, here);
            }
            *ilst = l - 1;
        } else if f > l {
            for here in (l..f).rev() {
                swap!(here, 1, 1, here);
            }
        }
        return Ok(());
    }
    let sub = |a: &MatMut<'_, T>, i: usize| !a.get(i + 1, i).is_zero();
    if *ifst > 0 && sub(&a, *ifst - 1) {
        *ifst -= 1;
    }
    let mut nbf = block(&a, *ifst);
    if *ilst > 0 && sub(&a, *ilst - 1) {
        *ilst -= 1;
    }
    let nbl = block(&a, *ilst);
    if *ifst == *ilst {
        return Ok(());
    }
    let mut here = *ifst;
    if *ifst < *ilst {
        if nbf == 2 && nbl == 1 {
            *ilst -= 1;
        }
        if nbf == 1 && nbl == 2 {
            *ilst += 1;
        }
        // nbf = 3 marks a 2x2 block that split into two 1x1 blocks.
        while here < *ilst {
            if nbf <= 2 {
                let next = here + nbf;
                let nbnext = if next + 1 < n && sub(&a, next) { 2 } else { 1 };
                swap!(here, nbf, nbnext, here);
                here += nbnext;
                if nbf == 2 && !sub(&a, here) {
                    nbf = 3;
                }
            } else {
                let nbnext = if here + 3 < n && sub(&a, here + 2) { 2 } else { 1 };
                swap!(here + 1, 1, nbnext, here);
                if nbnext == 1 {
                    swap!(here, 1, 1, here);
                    here += 1;
                } else if sub(&a, here + 1) {
                    swap!(here, 1, 2, here);
                    here += 2;
                } else {
                    swap!(here, 1, 1, here);
                    here += 1;
                    swap!(here, 1, 1, here);
                    here += 1;
                }
            }
        }
    } else {
        while here > *ilst {
            if nbf <= 2 {
                let nbnext = if here >= 2 && sub(&a, here - 2) { 2 } else { 1 };
                swap!(here - nbnext, nbnext, nbf, here);
                here -= nbnext;
                if nbf == 2 && !sub(&a, here) {
                    nbf = 3;
                }
            } else {
                let nbnext = if here >= 2 && sub(&a, here - 2) { 2 } else { 1 };
                swap!(here - nbnext, nbnext, 1, here);
                if nbnext == 1 {
                    swap!(here, 1, 1, here);
                    here -= 1;
                } else if sub(&a, here - 1) {
                    swap!(here - 1, 2, 1, here);
                    here -= 2;
                } else {
                    swap!(here, 1, 1, here);
                    here -= 1;
                    swap!(here, 1, 1, here);
                    here -= 1;
                }
            }
        }
    }
    *ilst = here;
    Ok(())
}

/// What [`tgsen`] computes beside the reordering (LAPACK's IJOB).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TgsenJob {
    /// Reorder only (IJOB = 0).
    Reorder,
    /// The projection norms PL, PR (IJOB = 1).
    Projections,
    /// Difu, Difl by the Frobenius-norm estimate (IJOB = 2).
    DifFrobenius,
    /// Difu, Difl by the 1-norm estimator (IJOB = 3).
    DifOneNorm,
    /// PL, PR and the Frobenius-norm Dif estimates (IJOB = 4).
    ProjectionsDifFrobenius,
    /// PL, PR and the 1-norm Dif estimates (IJOB = 5).
    ProjectionsDifOneNorm,
}

impl TgsenJob {
    /// LAPACK's IJOB, 0 to 5; `None` for anything else.
    pub fn from_int(ijob: i64) -> Option<Self> {
        Some(match ijob {
            0 => TgsenJob::Reorder,
            1 => TgsenJob::Projections,
            2 => TgsenJob::DifFrobenius,
            3 => TgsenJob::DifOneNorm,
            4 => TgsenJob::ProjectionsDifFrobenius,
            5 => TgsenJob::ProjectionsDifOneNorm,
            _ => return None,
        })
    }

    /// Whether PL and PR are computed.
    pub fn wants_p(self) -> bool {
        matches!(self, TgsenJob::Projections | TgsenJob::ProjectionsDifFrobenius | TgsenJob::ProjectionsDifOneNorm)
    }

    /// Whether the Dif estimates are computed by the 1-norm estimator
    /// (`Some(true)`), by the Frobenius-norm estimate (`Some(false)`), or not.
    pub fn dif(self) -> Option<bool> {
        match self {
            TgsenJob::DifFrobenius | TgsenJob::ProjectionsDifFrobenius => Some(false),
            TgsenJob::DifOneNorm | TgsenJob::ProjectionsDifOneNorm => Some(true),
            _ => None,
        }
    }
}

/// What [`tgsen`] found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tgsen<R> {
    /// The dimension of the selected deflating subspaces (M).
    pub m: usize,
    /// The reciprocal norms of the projections onto the left and right
    /// deflating subspaces (PL, PR), when asked for: 1 for `m = 0` or `n`,
    /// 0 after a refused swap.
    pub p: Option<(R, R)>,
    /// Estimates of Difu and Difl, when asked for: `[None, ..]` where the
    /// Frobenius-norm estimate had nothing to sum (the reference then
    /// leaves DIF alone); the pencil's Frobenius norm for `m = 0` or `n`,
    /// 0 after a refused swap.
    pub dif: Option<[Option<R>; 2]>,
    /// `Err(Info(1))`: a swap was refused; the form is partly reordered
    /// (`alpha`, `beta` recomputed all the same).
    pub info: Result<(), Info>,
}

/// The workspace [`tgsen`] needs for `job` on order `n` with `m` selected
/// eigenvalues: the generalized Sylvester equation's right-hand sides for
/// PL, PR, and the 1-norm estimator's vectors.
pub fn tgsen_req<T: Scalar>(job: TgsenJob, n: usize, m: usize) -> WorkReq {
    let k = 2 * m * n.saturating_sub(m);
    let p = if job.wants_p() || job.dif() == Some(false) { WorkReq::new::<T>(k) } else { WorkReq::EMPTY };
    let d = if job.dif() == Some(true) { norm1_estimate_req::<T>(k) } else { WorkReq::EMPTY };
    p.or(d)
}

/// The number of eigenvalues `select` marks in the (quasi-)triangular `a`
/// (a real type's pair counts 2 when either of its indices is marked): the
/// M of [`tgsen`].
pub fn tgsen_count<T: Scalar>(select: &[bool], a: MatRef<'_, T>) -> usize {
    let n = a.nrows();
    let (mut k, mut m) = (0, 0);
    while k < n {
        let nb = if !T::IS_COMPLEX && k + 1 < n && !a.get(k + 1, k).is_zero() { 2 } else { 1 };
        if select[k] || (nb == 2 && select[k + 1]) {
            m += nb;
        }
        k += nb;
    }
    m
}

/// `sqrt(sum |x_ij|^2)` of `x`, free of over- and underflow.
fn frobenius<T: Scalar>(x: MatRef<'_, T>) -> T::Real {
    let (mut scale, mut sumsq) = (<T::Real as Scalar>::zero(), <T::Real as Scalar>::one());
    for j in 0..x.ncols() {
        (scale, sumsq) = lassq(x.col(j), scale, sumsq);
    }
    scale * sumsq.sqrt()
}

/// Reorders the generalized Schur form `(A, B)` so that the eigenvalues
/// `select` marks (a real type's pair when either of its indices is) lead
/// its diagonal (`?tgsen`), updating `q` / `z` when `wantq` / `wantz`, and
/// recomputes `alpha`, `beta` from the reordered form (a pair's by
/// [`super::lag2`], the reference's choice; 1x1 blocks with `beta >= 0`,
/// rows of A and B negated or, complex, rotated to make it so).
///
/// With `job`, for the leading `m x m` block pair `(A11, B11)` and the
/// trailing `(A22, B22)`: PL and PR are `1 / sqrt(1 + |R|_F^2)` and
/// `1 / sqrt(1 + |L|_F^2)` for the solution of the generalized Sylvester
/// equation `A11 R - L A22 = A12`, `B11 R - L B22 = B12` ([`tgsyl`],
/// scaled as it reports); Difu = `Dif[(A11, B11), (A22, B22)]` and Difl =
/// `Dif[(A22, B22), (A11, B11)]` are estimated from the Kronecker form of
/// that equation, by [`tgsyl`]'s Frobenius-norm estimate or as `scale /
/// norm1(Z^-1)` with the 1-norm estimator ([`norm1_estimate`], products
/// by solves with [`tgsyl`] and its transpose). `work` holds [`tgsen_req`].
#[allow(clippy::too_many_arguments)]
pub fn tgsen<T: Scalar>(
    job: TgsenJob,
    select: &[bool],
    wantq: bool,
    wantz: bool,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    alpha: &mut [Complex<T::Real>],
    beta: &mut [T],
    mut q: MatMut<'_, T>,
    mut z: MatMut<'_, T>,
    mut work: Workspace<'_>,
) -> Tgsen<T::Real> {
    type R<T> = <T as Scalar>::Real;
    let n = a.nrows();
    assert!(select.len() >= n && alpha.len() >= n && beta.len() >= n, "tgsen: short arrays");
    let (zero, one) = (R::<T>::zero(), R::<T>::one());
    let m = tgsen_count(select, a.rb());
    let mut out = Tgsen { m, p: None, dif: None, info: Ok(()) };
    if m == 0 || m == n {
        if job.wants_p() {
            out.p = Some((one, one));
        }
        if job.dif().is_some() {
            let (mut scale, mut sumsq) = (zero, one);
            for j in 0..n {
                (scale, sumsq) = lassq(a.rb().col(j), scale, sumsq);
                (scale, sumsq) = lassq(b.rb().col(j), scale, sumsq);
            }
            let f = scale * sumsq.sqrt();
            out.dif = Some([Some(f), Some(f)]);
        }
    } else {
        let mut ks = 0usize;
        let mut k = 0usize;
        while k < n {
            let nb = block(&a, k);
            if select[k] || (nb == 2 && select[k + 1]) {
                if k != ks {
                    let (mut f, mut l) = (k, ks);
                    if tgexc(wantq, wantz, a.rb_mut(), b.rb_mut(), q.rb_mut(), z.rb_mut(), &mut f, &mut l).is_err() {
                        out.info = Err(Info::new(1));
                        break;
                    }
                    // Where the block landed, as tgexc reports it.
                    ks = l;
                }
                ks += nb;
            }
            k += nb;
        }
        if out.info.is_err() {
            if job.wants_p() {
                out.p = Some((zero, zero));
            }
            if job.dif().is_some() {
                out.dif = Some([Some(zero), Some(zero)]);
            }
        } else {
            let (n1, n2) = (m, n - m);
            let (a11, a12, a22) =
                (a.rb().submatrix(0, 0, n1, n1), a.rb().submatrix(0, n1, n1, n2), a.rb().submatrix(n1, n1, n2, n2));
            let (b11, b12, b22) =
                (b.rb().submatrix(0, 0, n1, n1), b.rb().submatrix(0, n1, n1, n2), b.rb().submatrix(n1, n1, n2, n2));
            let k = n1 * n2;
            if job.wants_p() {
                let (rl, _) = work.take::<T>(2 * k);
                let (r, l) = rl.split_at_mut(k);
                lacpy(Part::Full, a12, MatMut::from_col_major(r, n1, n2, n1));
                lacpy(Part::Full, b12, MatMut::from_col_major(l, n1, n2, n1));
                let res = tgsyl(
                    Trans::No,
                    SylJob::Solve,
                    a11,
                    a22,
                    MatMut::from_col_major(r, n1, n2, n1),
                    b11,
                    b22,
                    MatMut::from_col_major(l, n1, n2, n1),
                    Par::Seq,
                    Workspace::empty(),
                );
                // scale / sqrt(scale^2 + |X|_F^2), formed without overflow.
                let proj = |x: &[T]| {
                    let f = frobenius(MatRef::from_col_major(x, n1, n2, n1));
                    if f == zero {
                        one
                    } else {
                        res.scale / ((res.scale * res.scale / f + f).sqrt() * f.sqrt())
                    }
                };
                out.p = Some((proj(r), proj(l)));
            }
            match job.dif() {
                Some(false) => {
                    let (cf, _) = work.take::<T>(2 * k);
                    let (c, f) = cf.split_at_mut(k);
                    let est = SylJob::from_int(3).expect("IJOB 3 is a Dif job");
                    let difu = tgsyl(
                        Trans::No,
                        est,
                        a11,
                        a22,
                        MatMut::from_col_major(c, n1, n2, n1),
                        b11,
                        b22,
                        MatMut::from_col_major(f, n1, n2, n1),
                        Par::Seq,
                        Workspace::empty(),
                    );
                    let difl = tgsyl(
                        Trans::No,
                        est,
                        a22,
                        a11,
                        MatMut::from_col_major(c, n2, n1, n2),
                        b22,
                        b11,
                        MatMut::from_col_major(f, n2, n1, n2),
                        Par::Seq,
                        Workspace::empty(),
                    );
                    out.dif = Some([difu.dif, difl.dif]);
                }
                Some(true) => {
                    let difu = dif_one_norm(a11, a22, b11, b22, work.rb_mut());
                    let difl = dif_one_norm(a22, a11, b22, b11, work.rb_mut());
                    out.dif = Some([Some(difu), Some(difl)]);
                }
                None => {}
            }
        }
    }
    let safmin = lamch::<R<T>>(Machine::SafeMin);
    let mut k = 0;
    while k < n {
        let nb = block(&a, k);
        if nb == 2 {
            // The pair's B block is diagonal; make it positive by negating rows.
            for r in k..k + 2 {
                if b.get(r, r).re() < R::<T>::zero() {
                    for j in k..n {
                        a.set(r, j, -a.get(r, j));
                        b.set(r, j, -b.get(r, j));
                    }
                    if wantq {
                        for i in 0..q.nrows() {
                            q.set(i, r, -q.get(i, r));
                        }
                    }
                }
            }
            let ab = [a.get(k, k).re(), a.get(k + 1, k).re(), a.get(k, k + 1).re(), a.get(k + 1, k + 1).re()];
            let bb = [b.get(k, k).re(), b.get(k + 1, k).re(), b.get(k, k + 1).re(), b.get(k + 1, k + 1).re()];
            let e = lag2(MatRef::from_col_major(&ab, 2, 2, 2), MatRef::from_col_major(&bb, 2, 2, 2), safmin);
            beta[k] = T::from_real(e.scale1);
            beta[k + 1] = T::from_real(e.scale2);
            alpha[k] = Complex::new(e.wr1, e.wi);
            alpha[k + 1] = Complex::new(e.wr2, -e.wi);
        } else {
            let bk = b.get(k, k);
            let absb = super::modulus(bk);
            let sign = if T::IS_COMPLEX {
                if absb > safmin {
                    Some(crate::sylvester::small::cdiv(bk, T::from_real(absb)).conj())
                } else {
                    b.set(k, k, T::zero());
                    None
                }
            } else if bk.re() < R::<T>::zero() {
                Some(-T::one())
            } else {
                None
            };
            if let Some(sg) = sign {
                for j in k..n {
                    a.set(k, j, a.get(k, j) * sg);
                    b.set(k, j, b.get(k, j) * sg);
                }
                b.set(k, k, T::from_real(absb));
                if wantq {
                    for i in 0..q.nrows() {
                        q.set(i, k, q.get(i, k) * sg.conj());
                    }
                }
            }
            let ak = a.get(k, k);
            alpha[k] = Complex::new(ak.re(), ak.im());
            beta[k] = b.get(k, k);
        }
        k += nb;
    }
    out
}

/// `Dif[(P, PB), (S, SB)] = sigma_min(Z)` for the Kronecker form `Z` of the
/// Sylvester pair `P R - L S`, `PB R - L SB`, estimated as `scale /
/// norm1(Z^-1)`: the 1-norm estimator on solves with Z ([`tgsyl`]) and
/// with its conjugate transpose (`scale` from the last solve).
fn dif_one_norm<T: Scalar>(
    p: MatRef<'_, T>,
    s: MatRef<'_, T>,
    pb: MatRef<'_, T>,
    sb: MatRef<'_, T>,
    work: Workspace<'_>,
) -> T::Real {
    let (r, c) = (p.nrows(), s.nrows());
    let mut scale = <T::Real as Scalar>::one();
    let est = norm1_estimate::<T>(
        2 * r * c,
        |prod, x: &mut [T]| {
            let trans = match prod {
                Product::A => Trans::No,
                Product::AH => Trans::ConjTrans,
            };
            let (xc, xf) = x.split_at_mut(r * c);
            scale = tgsyl(
                trans,
                SylJob::Solve,
                p,
                s,
                MatMut::from_col_major(xc, r, c, r),
                pb,
                sb,
                MatMut::from_col_major(xf, r, c, r),
                Par::Seq,
                Workspace::empty(),
            )
            .scale;
            ControlFlow::Continue(())
        },
        work,
    )
    .unwrap_or(<T::Real as Scalar>::zero());
    scale / est
}
