//! Reordering the generalized Schur form (`?tgex2`, `?tgexc`, and `?tgsen`
//! with IJOB = 0).

#![allow(clippy::needless_range_loop)] // indices address matrix rows, columns and vectors alike
#![allow(clippy::too_many_arguments)]

use super::qz::{lag2, lagv2};
use super::{rot_cols, rot_rows};
use crate::qr::{geqr2, org2r, Positive};
use crate::sylvester::{gesc2, getc2};
use crate::Info;
use ferroblas_kernels::aux::rotations::lartg;
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::scalar::{Complex, RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef};

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
fn swap_1x1<T: Scalar>(s: &[T; 16], t: &[T; 16]) -> ([T; 16], [T; 16]) {
    let (s11, s12, s22) = (s[0], s[4], s[5]);
    let (t11, t12, t22) = (t[0], t[4], t[5]);
    let f = t22 * s11 - s22 * t11;
    let g = t22 * s12 - s22 * t12;
    // z = (g, -f) / |.|, the first column of Zm = R^H for R from lartg(g, -f).
    let (cz, sz, _) = lartg(g, -f);
    let mut zm = [T::zero(); 16];
    zm[0] = T::from_real(cz);
    zm[1] = sz.conj();
    zm[4] = -sz;
    zm[5] = T::from_real(cz);
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
/// starts at (or contains) row `ifst` to row `ilst` by a sequence of
/// [`tgex2`] swaps (`?tgexc`); returns the row where it ended (`ilst`
/// adjusted to the block structure). `Err((info, here))`: a swap was
/// refused (INFO = 1) with the block at `here`.
pub fn tgexc<T: Scalar>(
    wantq: bool,
    wantz: bool,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    mut q: MatMut<'_, T>,
    mut z: MatMut<'_, T>,
    mut ifst: usize,
    mut ilst: usize,
) -> Result<usize, (Info, usize)> {
    let n = a.nrows();
    if n <= 1 {
        return Ok(ilst);
    }
    let first_of =
        |a: &MatMut<'_, T>, j: usize| if !T::IS_COMPLEX && j > 0 && !a.get(j, j - 1).is_zero() { j - 1 } else { j };
    ifst = first_of(&a, ifst);
    ilst = first_of(&a, ilst);
    let nbf = block(&a, ifst);
    let nbl = block(&a, ilst);
    if ifst == ilst {
        return Ok(ilst);
    }
    let mut here = ifst;
    if ifst < ilst {
        if nbf == 2 && nbl == 1 {
            ilst -= 1;
        }
        if nbf == 1 && nbl == 2 {
            ilst += 1;
        }
        while here < ilst {
            let nb = block(&a, here);
            let next = here + nb;
            if next >= n {
                break;
            }
            let nbn = block(&a, next);
            tgex2(wantq, wantz, a.rb_mut(), b.rb_mut(), q.rb_mut(), z.rb_mut(), here, nb, nbn)
                .map_err(|e| (e, here))?;
            here += nbn;
        }
    } else {
        while here > ilst {
            let nb = block(&a, here);
            let nbp = if here >= 2 && block(&a, here - 2) == 2 { 2 } else { 1 };
            let prev = here - nbp;
            tgex2(wantq, wantz, a.rb_mut(), b.rb_mut(), q.rb_mut(), z.rb_mut(), prev, nbp, nb)
                .map_err(|e| (e, here))?;
            here = prev;
        }
    }
    Ok(here)
}

/// Reorders the generalized Schur form `(A, B)` so that the eigenvalues
/// `select` marks (a real type's pair when either of its indices is) lead
/// its diagonal (`?tgsen` with IJOB = 0), updating `q` / `z`, and
/// recomputes `alpha`, `beta` from the reordered form (a pair's by
/// [`super::lag2`], the reference's choice; 1x1 blocks with `beta >= 0`,
/// rows of A and B negated or, complex, rotated to make it so). Returns the
/// dimension of the selected deflating subspace.
///
/// `Err(Info(1))`: a swap was refused; the form is partly reordered (and
/// `alpha`, `beta` recomputed all the same).
pub fn tgsen<T: Scalar>(
    select: &[bool],
    wantq: bool,
    wantz: bool,
    mut a: MatMut<'_, T>,
    mut b: MatMut<'_, T>,
    alpha: &mut [Complex<T::Real>],
    beta: &mut [T],
    mut q: MatMut<'_, T>,
    mut z: MatMut<'_, T>,
) -> Result<usize, Info> {
    type R<T> = <T as Scalar>::Real;
    let n = a.nrows();
    assert!(select.len() >= n && alpha.len() >= n && beta.len() >= n, "tgsen: short arrays");
    let mut result = Ok(());
    let mut ks = 0usize;
    let mut k = 0usize;
    let mut m = 0usize;
    while k < n {
        let nb = block(&a, k);
        let chosen = select[k] || (nb == 2 && select[k + 1]);
        if chosen {
            m += nb;
            if result.is_ok() && k != ks {
                match tgexc(wantq, wantz, a.rb_mut(), b.rb_mut(), q.rb_mut(), z.rb_mut(), k, ks) {
                    Ok(_) => {}
                    Err((e, _)) => result = Err(e),
                }
            }
            if result.is_ok() {
                ks += block(&a, ks);
            }
        }
        k += nb;
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
    result.map(|()| m)
}
