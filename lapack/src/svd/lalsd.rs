//! The minimum-norm least-squares solution of a bidiagonal system by divide
//! and conquer (`?lalsd`), the bidiagonal step of [`gelsd`](super::gelsd).
//!
//! `B := Bd^+ B` for an `n x n` upper or lower bidiagonal `Bd = U S V^T`:
//! the problem splits where the off-diagonal is negligible; each piece
//! larger than `smlsiz` is factored in compact form ([`lasda`]) and `U^T`
//! applied with [`lalsa`], smaller ones by QR ([`lasdq`]) with explicit
//! vectors; singular values at most `rcond` times the largest count as
//! zero; then `V` is applied the same way. The singular vectors are never
//! formed: storage is `O(n log n + n nrhs)`.

// Index loops over several parallel arrays read more plainly than zipped iterators.
#![allow(clippy::needless_range_loop)]

use super::divide::{lasdq, lasdq_req};
use super::lasda::{lalsa, lalsa_req, lasda, lasda_levels, lasda_req, real_gemm, real_gemm_req, CompactSvd};
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{laset, Part};
use ferroblas_kernels::aux::norms::{lanst, Norm};
use ferroblas_kernels::aux::rotations::lartg;
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, Trans, Uplo};
use ferroblas_relapack::level3::Level3;

/// The workspace [`lalsd`] needs for order `n`, leaves of at most `smlsiz`
/// rows and `nrhs` right-hand sides of type `T`.
pub fn lalsd_req<T: Scalar>(n: usize, smlsiz: usize, nrhs: usize) -> WorkReq {
    if n <= 1 {
        return WorkReq::EMPTY;
    }
    if n <= smlsiz {
        return WorkReq::new::<T::Real>(2 * n * n)
            .and(WorkReq::new::<T>(n * nrhs))
            .and(lasdq_req::<T::Real>(n).or(real_gemm_req::<T>(n, nrhs)));
    }
    let nlvl = lasda_levels(n, smlsiz);
    // U, VT, DIFL, DIFR, Z, POLES, GIVNUM, C, S (reals); K, GIVPTR, PERM,
    // GIVCOL and the subproblems' starts and sizes (indices); BX.
    let reals = n * smlsiz + n * (smlsiz + 1) + 8 * nlvl * n + 2 * n;
    let ints = 4 * n + 3 * nlvl * n;
    WorkReq::new::<T::Real>(reals).and(WorkReq::new::<usize>(ints)).and(WorkReq::new::<T>(n * nrhs)).and(
        lasda_req::<T::Real>(n, false, smlsiz, true)
            .or(lalsa_req::<T>(n, smlsiz, nrhs))
            .or(lasdq_req::<T::Real>(smlsiz))
            .or(real_gemm_req::<T>(smlsiz, nrhs)),
    )
}

/// `x := c x + s y`, `y := c y - s x` on rows `i`, `i + 1` of `b`.
fn rotate_pair<T: Scalar>(b: &mut MatMut<'_, T>, i: usize, c: T::Real, s: T::Real) {
    for j in 0..b.ncols() {
        let (x, y) = (b.get(i, j), b.get(i + 1, j));
        b.set(i, j, x.scale_real(c) + y.scale_real(s));
        b.set(i + 1, j, y.scale_real(c) - x.scale_real(s));
    }
}

/// Row `i` of `b` times `r`.
fn scale_row<T: Scalar>(b: &mut MatMut<'_, T>, i: usize, r: T::Real) {
    for j in 0..b.ncols() {
        b.set(i, j, b.get(i, j).scale_real(r));
    }
}

/// Sorts `d` decreasing.
fn sort_decreasing<R: PartialOrd>(d: &mut [R]) {
    d.sort_by(|a, b| b.partial_cmp(a).unwrap_or(std::cmp::Ordering::Equal));
}

/// `B := Bd^+ B` for the `n x n` upper or lower bidiagonal `Bd` (diagonal
/// `d`, off-diagonal `e` of `n - 1`), real, and the `n x nrhs` right-hand
/// sides `b` of type T (`?lalsd`): the minimum-norm solution of `min |B -
/// Bd X|`, singular values at most `rcond` times the largest treated as
/// zero (`eps` times when `rcond` is not in `(0, 1)`). `d` receives the
/// singular values (decreasing); `e` is destroyed. Subproblems of at most
/// `smlsiz` rows are solved by QR. Returns the effective rank.
///
/// `Err(Info::new(i))` when a singular value could not be computed (from
/// [`lasdq`] or [`lasda`]).
#[allow(clippy::too_many_arguments)]
pub fn lalsd<T: Scalar>(
    uplo: Uplo,
    smlsiz: usize,
    d: &mut [T::Real],
    e: &mut [T::Real],
    mut b: MatMut<'_, T>,
    rcond: T::Real,
    par: Par,
    mut work: Workspace<'_>,
) -> Result<usize, Info> {
    let n = d.len();
    let nrhs = b.ncols();
    let rzero = <T::Real as Scalar>::zero();
    let rone = <T::Real as Scalar>::one();
    let eps = lamch::<T::Real>(Machine::Eps);
    let rcnd = if rcond > rzero && rcond < rone { rcond } else { eps };
    if n == 0 {
        return Ok(0);
    }
    if n == 1 {
        if d[0] == rzero {
            laset(Part::Full, T::zero(), T::zero(), b.rb_mut().submatrix(0, 0, 1, nrhs));
            return Ok(0);
        }
        scale_row(&mut b, 0, rone / d[0]);
        d[0] = d[0].abs();
        return Ok(1);
    }
    let e = &mut e[..n - 1];
    if uplo == Uplo::Lower {
        // Rotations from the left make it upper; they go into B at once.
        for i in 0..n - 1 {
            let (c, s, r) = lartg(d[i], e[i]);
            d[i] = r;
            e[i] = s * d[i + 1];
            d[i + 1] = c * d[i + 1];
            rotate_pair(&mut b, i, c, s);
        }
    }
    let orgnrm = lanst::<T::Real>(Norm::Max, d, e);
    if orgnrm == rzero {
        laset(Part::Full, T::zero(), T::zero(), b.rb_mut());
        return Ok(0);
    }
    for x in d.iter_mut().chain(e.iter_mut()) {
        *x /= orgnrm;
    }
    let l3 = Level3::new(par);
    let mut rank = 0;
    // The singular values scale back with orgnrm, the solution with 1 / orgnrm.
    let finish = |d: &mut [T::Real], b: &mut MatMut<'_, T>| {
        for x in d.iter_mut() {
            *x *= orgnrm;
        }
        sort_decreasing(d);
        for i in 0..n {
            scale_row(b, i, rone / orgnrm);
        }
    };

    if n <= smlsiz {
        let (uv, mut work) = work.take::<T::Real>(2 * n * n);
        let (ub, vb) = uv.split_at_mut(n * n);
        let mut u = MatMut::from_col_major(ub, n, n, n);
        let mut vt = MatMut::from_col_major(vb, n, n, n);
        laset(Part::Full, rzero, rone, u.rb_mut());
        laset(Part::Full, rzero, rone, vt.rb_mut());
        let empty = MatMut::from_col_major(&mut [], 0, 0, 1);
        let (bx, mut work) = work.take::<T>(n * nrhs);
        lasdq(Uplo::Upper, false, d, e, vt.rb_mut(), u.rb_mut(), empty, work.rb_mut())?;
        let mut bx = MatMut::from_col_major(bx, n, nrhs, n);
        real_gemm(&l3, Trans::Trans, u.rb(), b.rb(), bx.rb_mut(), work.rb_mut());
        let tol = rcnd * d.iter().fold(rzero, |a, x| a.max(x.abs()));
        for i in 0..n {
            if d[i] <= tol {
                laset(Part::Full, T::zero(), T::zero(), bx.rb_mut().submatrix(i, 0, 1, nrhs));
            } else {
                scale_row(&mut bx, i, rone / d[i]);
                rank += 1;
            }
        }
        real_gemm(&l3, Trans::Trans, vt.rb(), bx.rb(), b.rb_mut(), work.rb_mut());
        finish(d, &mut b);
        return Ok(rank);
    }

    let nlvl = lasda_levels(n, smlsiz);
    let (rb, mut work) = work.take::<T::Real>(n * smlsiz + n * (smlsiz + 1) + 8 * nlvl * n + 2 * n);
    let (ub, rest) = rb.split_at_mut(n * smlsiz);
    let (vtb, rest) = rest.split_at_mut(n * (smlsiz + 1));
    let (diflb, rest) = rest.split_at_mut(nlvl * n);
    let (difrb, rest) = rest.split_at_mut(2 * nlvl * n);
    let (zb, rest) = rest.split_at_mut(nlvl * n);
    let (polesb, rest) = rest.split_at_mut(2 * nlvl * n);
    let (givnumb, rest) = rest.split_at_mut(2 * nlvl * n);
    let (cb, sb) = rest.split_at_mut(n);
    let (ib, mut work) = work.take::<usize>(4 * n + 3 * nlvl * n);
    let (kb, rest) = ib.split_at_mut(n);
    let (givptrb, rest) = rest.split_at_mut(n);
    let (permb, rest) = rest.split_at_mut(nlvl * n);
    let (givcolb, rest) = rest.split_at_mut(2 * nlvl * n);
    let (starts, sizes) = rest.split_at_mut(n);
    let (bxb, mut work) = work.take::<T>(n * nrhs);
    let mut bx = MatMut::from_col_major(bxb, n, nrhs, n);
    let mut f = CompactSvd {
        u: MatMut::from_col_major(ub, n, smlsiz, n),
        vt: MatMut::from_col_major(vtb, n, smlsiz + 1, n),
        k: kb,
        difl: MatMut::from_col_major(diflb, n, nlvl, n),
        difr: MatMut::from_col_major(difrb, n, 2 * nlvl, n),
        z: MatMut::from_col_major(zb, n, nlvl, n),
        poles: MatMut::from_col_major(polesb, n, 2 * nlvl, n),
        givptr: givptrb,
        givcol: MatMut::from_col_major(givcolb, n, 2 * nlvl, n),
        perm: MatMut::from_col_major(permb, n, nlvl, n),
        givnum: MatMut::from_col_major(givnumb, n, 2 * nlvl, n),
        c: cb,
        s: sb,
    };

    // Tiny diagonal entries are lifted to eps (keeping their sign) so that
    // every piece is nonsingular; the pieces are where e is below eps.
    for x in d.iter_mut() {
        if x.abs() < eps {
            *x = eps.copysign(*x);
        }
    }
    let mut nsub = 0;
    let mut st = 0;
    let nm1 = n - 1;
    for i in 0..nm1 {
        if !(e[i].abs() < eps || i == nm1 - 1) {
            continue;
        }
        let mut pieces = [(st, 0usize), (n - 1, 0usize)];
        let count = if i < nm1 - 1 {
            pieces[0].1 = i - st + 1;
            1
        } else if e[i].abs() >= eps {
            pieces[0].1 = n - st;
            1
        } else {
            // The last diagonal entry stands alone (1 x 1, not solved).
            pieces[0].1 = i - st + 1;
            pieces[1].1 = 1;
            2
        };
        for &(pst, psize) in &pieces[..count] {
            starts[nsub] = pst;
            sizes[nsub] = psize;
            nsub += 1;
            if psize == 1 {
                for j in 0..nrhs {
                    bx.set(pst, j, b.get(pst, j));
                }
            } else if psize <= smlsiz {
                let mut vt = f.vt.rb_mut().submatrix(pst, 0, psize, psize);
                let mut u = f.u.rb_mut().submatrix(pst, 0, psize, psize);
                laset(Part::Full, rzero, rone, vt.rb_mut());
                laset(Part::Full, rzero, rone, u.rb_mut());
                let empty = MatMut::from_col_major(&mut [], 0, 0, 1);
                let (dd, ee) = (&mut d[pst..pst + psize], &mut e[pst..pst + psize - 1]);
                lasdq(Uplo::Upper, false, dd, ee, vt, u.rb_mut(), empty, work.rb_mut())?;
                real_gemm(
                    &l3,
                    Trans::Trans,
                    u.rb(),
                    b.rb().submatrix(pst, 0, psize, nrhs),
                    bx.rb_mut().submatrix(pst, 0, psize, nrhs),
                    work.rb_mut(),
                );
            } else {
                let (dd, ee) = (&mut d[pst..pst + psize], &mut e[pst..pst + psize - 1]);
                let mut sub = f.rows(pst, psize);
                lasda(false, dd, ee, smlsiz, Some(&mut sub), work.rb_mut())?;
                lalsa(
                    false,
                    smlsiz,
                    b.rb_mut().submatrix(pst, 0, psize, nrhs),
                    bx.rb_mut().submatrix(pst, 0, psize, nrhs),
                    &sub,
                    par,
                    work.rb_mut(),
                );
            }
        }
        st = i + 1;
    }

    // The singular values: tiny ones count as zero. Some entries of d may
    // be negative (the 1 x 1 pieces are not solved).
    let tol = rcnd * d.iter().fold(rzero, |a, x| a.max(x.abs()));
    for i in 0..n {
        if d[i].abs() <= tol {
            laset(Part::Full, T::zero(), T::zero(), bx.rb_mut().submatrix(i, 0, 1, nrhs));
        } else {
            rank += 1;
            scale_row(&mut bx, i, rone / d[i]);
        }
        d[i] = d[i].abs();
    }

    // The right singular vectors.
    for p in 0..nsub {
        let (pst, psize) = (starts[p], sizes[p]);
        if psize == 1 {
            for j in 0..nrhs {
                b.set(pst, j, bx.get(pst, j));
            }
        } else if psize <= smlsiz {
            real_gemm(
                &l3,
                Trans::Trans,
                f.vt.rb().submatrix(pst, 0, psize, psize),
                bx.rb().submatrix(pst, 0, psize, nrhs),
                b.rb_mut().submatrix(pst, 0, psize, nrhs),
                work.rb_mut(),
            );
        } else {
            let sub = f.rows(pst, psize);
            lalsa(
                true,
                smlsiz,
                bx.rb_mut().submatrix(pst, 0, psize, nrhs),
                b.rb_mut().submatrix(pst, 0, psize, nrhs),
                &sub,
                par,
                work.rb_mut(),
            );
        }
    }
    finish(d, &mut b);
    Ok(rank)
}
