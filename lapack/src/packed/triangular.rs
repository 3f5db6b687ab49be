//! Triangular matrices in packed storage: `?tptrs`, `?tptri`, `?tpcon`,
//! `?tprfs` and the overflow-guarded solve `?latps`; and the error bounds
//! of a triangular solve in any storage, which `?tbrfs` shares.

use super::{col_start, pack, packed_len, unpack, PackedTri, UNPACK_MIN};
use crate::condition::{
    norm1_estimate, norm1_estimate_req, scaled_solve, take_reals, unscale, CondNorm, CondScratch, NormIn, Product,
    TriStore,
};
use crate::relapack::trtri;
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::norms::{lantp, Norm};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::level1;
use ferroblas_kernels::level2::{self, Layout};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{Diag, MatMut, MatRef, Trans, Uplo, VecMut};
use std::ops::ControlFlow;

fn packed<T>(uplo: Uplo, n: usize, ap: &[T]) -> PackedTri<'_, T> {
    assert!(
        ap.len() >= packed_len(n),
        "packed storage of order {n} needs {} elements, got {}",
        packed_len(n),
        ap.len()
    );
    PackedTri { ap, n, upper: uplo == Uplo::Upper }
}

/// The first exactly zero diagonal element of a non-unit triangle, as `Err`.
pub(crate) fn check_diagonal<T: Scalar, S: TriStore<T>>(a: &S, diag: Diag) -> Result<(), Info> {
    if diag == Diag::NonUnit {
        if let Some(i) = (0..a.order()).find(|&i| a.diag(i).is_zero()) {
            return Err(Info::from_index(i));
        }
    }
    Ok(())
}

/// Solves `op(A) x = s b` for the triangular `A` of order `n = x.len()` in
/// packed storage `ap` (`?latps`), the scale `s <= 1` chosen so that `x`
/// cannot overflow: [`latrs`](crate::condition::latrs) for packed storage,
/// with the same `normin`/`cnorm` contract and the same result.
#[allow(clippy::too_many_arguments)]
pub fn latps<T: Scalar>(
    uplo: Uplo,
    trans: Trans,
    diag: Diag,
    normin: NormIn,
    ap: &[T],
    x: VecMut<'_, T>,
    cnorm: &mut [T::Real],
) -> T::Real {
    let n = x.len();
    scaled_solve(&packed(uplo, n, ap), trans, diag, normin, x, cnorm)
}

/// Solves `op(A) X = B` in place of the `n x nrhs` matrix `b` for the
/// triangular `A` of order `n` in packed storage `ap` (`?tptrs`).
///
/// `Err(Info)` when A has an exactly zero diagonal element `i` (INFO = i + 1,
/// the first; never with `Diag::Unit`): B is then unchanged.
pub fn tptrs<T: Scalar>(uplo: Uplo, trans: Trans, diag: Diag, ap: &[T], mut b: MatMut<'_, T>) -> Result<(), Info> {
    let n = b.nrows();
    let a = packed(uplo, n, ap);
    check_diagonal(&a, diag)?;
    for j in 0..b.ncols() {
        a.solve(trans, diag, b.rb_mut().col_mut(j));
    }
    Ok(())
}

/// The workspace [`tptri`] needs for order `n`: a full `n x n` copy from
/// [`UNPACK_MIN`] on, none below.
pub fn tptri_req<T: Scalar>(n: usize) -> WorkReq {
    if n >= UNPACK_MIN {
        WorkReq::new::<T>(n * n)
    } else {
        WorkReq::EMPTY
    }
}

/// Replaces the triangular `A` of order `n` in packed storage `ap` by
/// `inv(A)` (`?tptri`; with `Diag::Unit` the diagonal is neither read nor
/// written).
///
/// `Err(Info)` when A has an exactly zero diagonal element `i` (INFO = i + 1,
/// the first): then nothing is written.
pub fn tptri<T: Scalar>(
    uplo: Uplo,
    diag: Diag,
    n: usize,
    ap: &mut [T],
    par: Par,
    mut work: Workspace<'_>,
) -> Result<(), Info> {
    let upper = uplo == Uplo::Upper;
    check_diagonal(&packed(uplo, n, ap), diag)?;
    if n >= UNPACK_MIN {
        let (buf, _) = work.take::<T>(n * n);
        let mut a = MatMut::from_col_major(buf, n, n, n);
        unpack(upper, ap, a.rb_mut());
        trtri(uplo, diag, a.rb_mut(), par)?;
        pack(upper, a.rb(), ap);
        return Ok(());
    }
    let nonunit = diag == Diag::NonUnit;
    // Column j of inv(A) is -inv(A_jj) times inv(A11) (upper: the leading
    // block, a prefix of ap) or inv(A22) (lower: the trailing block, a
    // suffix) applied to A's column j: the blocks are inverted first.
    let invert_diag = |ap: &mut [T], d: usize| -> T {
        if nonunit {
            // Smith's division: 1/d without forming |d|^2 (complex d near over- or underflow).
            ap[d] = level2::div(T::one(), ap[d]);
            -ap[d]
        } else {
            -T::one()
        }
    };
    if upper {
        for j in 0..n {
            let s = col_start(true, n, j);
            let ajj = invert_diag(ap, s + j);
            let (inv11, rest) = ap.split_at_mut(s);
            let mut x = VecMut::from_slice(&mut rest[..j]);
            level2::tpmv(Layout::ColMajor, Uplo::Upper, Trans::No, diag, inv11, x.rb_mut());
            level1::scal(ajj, x);
        }
    } else {
        for j in (0..n).rev() {
            let s = col_start(false, n, j);
            let ajj = invert_diag(ap, s);
            let (head, inv22) = ap.split_at_mut(s + n - j);
            let mut x = VecMut::from_slice(&mut head[s + 1..]);
            level2::tpmv(Layout::ColMajor, Uplo::Lower, Trans::No, diag, &inv22[..packed_len(n - j - 1)], x.rb_mut());
            level1::scal(ajj, x);
        }
    }
    Ok(())
}

/// The workspace [`tpcon`] (and `tbcon`) need for order `n`.
pub fn tpcon_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T::Real>(n).and(norm1_estimate_req::<T>(n))
}

/// Estimates the reciprocal condition number `1 / (norm(A) norm(inv(A)))` in
/// the 1- or infinity-norm of the triangular `A` of order `n` in packed
/// storage (`?tpcon`); as [`trcon`](crate::condition::trcon): 1 for `n = 0`,
/// 0 for a zero (or NaN) norm or a solve that would overflow. `work` as
/// [`tpcon_req`] says, or the reference's WORK and IWORK or RWORK (see
/// [`CondScratch`]).
pub fn tpcon<'w, T: Scalar>(
    norm: CondNorm,
    uplo: Uplo,
    diag: Diag,
    n: usize,
    ap: &[T],
    work: impl CondScratch<'w>,
) -> T::Real {
    let a = packed(uplo, n, ap);
    if n == 0 {
        return T::Real::one();
    }
    let (mut work, mut side) = work.into_parts();
    let (cnorm, rest) = take_reals::<T>(&mut work, &mut side, n);
    let lnorm = if norm == CondNorm::One { Norm::One } else { Norm::Inf };
    let anorm = lantp(lnorm, uplo, diag, n, ap, cnorm);
    tri_rcond(&a, norm, diag, anorm, cnorm, rest)
}

/// The estimate shared by `?trcon`-like routines: `norm(inv(A))` by the
/// 1-norm estimator over scaled solves, then `1 / (anorm norm(inv(A)))`.
pub(crate) fn tri_rcond<'w, T: Scalar, S: TriStore<T>>(
    a: &S,
    norm: CondNorm,
    diag: Diag,
    anorm: T::Real,
    cnorm: &mut [T::Real],
    work: impl CondScratch<'w>,
) -> T::Real {
    let n = a.order();
    let zero = T::Real::zero();
    if anorm.is_nan() || anorm <= zero {
        return zero;
    }
    let smlnum = lamch::<T::Real>(Machine::SafeMin) * T::Real::from_f64(n.max(1) as f64);
    let direct = if norm == CondNorm::One { Product::A } else { Product::AH };
    let mut normin = NormIn::Compute;
    let est = norm1_estimate::<T>(
        n,
        |p, x| {
            let op = if p == direct { Trans::No } else { Trans::ConjTrans };
            let scale = scaled_solve(a, op, diag, normin, VecMut::from_slice(x), cnorm);
            normin = NormIn::Given;
            unscale(scale, x, smlnum)
        },
        work,
    );
    match est {
        Some(ainvnm) if ainvnm != zero => (T::Real::one() / anorm) / ainvnm,
        _ => zero,
    }
}

/// The workspace [`tprfs`] (and `tbrfs`) need for order `n`.
pub fn tprfs_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T>(n).and(WorkReq::new::<T::Real>(n)).and(norm1_estimate_req::<T>(n))
}

/// Error bounds for the solution `x` of `op(A) X = B` (the triangular `A` of
/// order `n` in packed storage, `?tprfs`): `ferr[j]` bounds
/// `max|x_j - x_true| / max|x_j|` (estimated), `berr[j]` is the
/// componentwise relative backward error of column `j`. Both are 0 when `n`
/// or `nrhs` is 0.
#[allow(clippy::too_many_arguments)]
pub fn tprfs<T: Scalar>(
    uplo: Uplo,
    trans: Trans,
    diag: Diag,
    ap: &[T],
    b: MatRef<'_, T>,
    x: MatRef<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    work: Workspace<'_>,
) {
    let n = b.nrows();
    tri_error_bounds(&packed(uplo, n, ap), trans, diag, n + 1, b, x, ferr, berr, work);
}

/// The body of `?trrfs`/`?tprfs`/`?tbrfs`: `nz` bounds the nonzeros in a row
/// of A plus one (it scales the rounding allowance).
#[allow(clippy::too_many_arguments, clippy::needless_range_loop)]
pub(crate) fn tri_error_bounds<T: Scalar, S: TriStore<T>>(
    a: &S,
    trans: Trans,
    diag: Diag,
    nz: usize,
    b: MatRef<'_, T>,
    x: MatRef<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    mut work: Workspace<'_>,
) {
    let n = a.order();
    let nrhs = b.ncols();
    assert!(b.nrows() == n && x.nrows() == n && x.ncols() == nrhs, "rfs: operand shapes disagree");
    assert!(ferr.len() >= nrhs && berr.len() >= nrhs, "rfs: ferr/berr shorter than nrhs");
    let zero = T::Real::zero();
    if n == 0 || nrhs == 0 {
        ferr[..nrhs].fill(zero);
        berr[..nrhs].fill(zero);
        return;
    }
    let nzr = T::Real::from_f64(nz as f64);
    let eps = lamch::<T::Real>(Machine::Eps);
    let safe1 = nzr * lamch::<T::Real>(Machine::SafeMin);
    let safe2 = safe1 / eps;
    // op(A)^H, whose inverse the estimator's other product applies.
    let transt = if trans == Trans::No { Trans::ConjTrans } else { Trans::No };
    let (r, mut work) = work.take::<T>(n);
    let (w, work) = work.take::<T::Real>(n);
    let mut work = work;
    for j in 0..nrhs {
        let xj = x.col(j);
        // The residual op(A) x - b.
        for i in 0..n {
            r[i] = xj.get(i);
        }
        a.multiply(trans, diag, VecMut::from_slice(r));
        for i in 0..n {
            r[i] -= b.get(i, j);
            w[i] = b.get(i, j).abs1();
        }
        // w = |b| + |op(A)| |x|: the scale of each residual component.
        for k in 0..n {
            let (lo, col) = a.off(k);
            let dk = if diag == Diag::NonUnit { a.diag(k).abs1() } else { T::Real::one() };
            if trans == Trans::No {
                let xk = xj.get(k).abs1();
                for i in 0..col.len() {
                    w[lo + i] += col.get(i).abs1() * xk;
                }
                w[k] += dk * xk;
            } else {
                let mut s = dk * xj.get(k).abs1();
                for i in 0..col.len() {
                    s += col.get(i).abs1() * xj.get(lo + i).abs1();
                }
                w[k] += s;
            }
        }
        let mut s = zero;
        for i in 0..n {
            let ri = r[i].abs1();
            // Components with a tiny scale get safe1 added on both sides, so
            // an exact zero row does not make the ratio 0/0.
            let q = if w[i] > safe2 { ri / w[i] } else { (ri + safe1) / (w[i] + safe1) };
            if q > s || q.is_nan() {
                s = q;
            }
        }
        berr[j] = s;
        // ferr: norm(inv(op(A)) diag(w)) / norm(x), w = |r| + nz eps (|op(A)||x| + |b|).
        for i in 0..n {
            let base = r[i].abs1() + nzr * eps * w[i];
            w[i] = if w[i] > safe2 { base } else { base + safe1 };
        }
        let est = norm1_estimate::<T>(
            n,
            |p, v| {
                if p == Product::A {
                    a.solve(transt, diag, VecMut::from_slice(v));
                    for i in 0..n {
                        v[i] = v[i].scale_real(w[i]);
                    }
                } else {
                    for i in 0..n {
                        v[i] = v[i].scale_real(w[i]);
                    }
                    a.solve(trans, diag, VecMut::from_slice(v));
                }
                ControlFlow::Continue(())
            },
            work.rb_mut(),
        )
        .unwrap_or(zero);
        let mut lstres = zero;
        for i in 0..n {
            lstres = lstres.max(xj.get(i).abs1());
        }
        ferr[j] = if lstres != zero { est / lstres } else { est };
    }
}
