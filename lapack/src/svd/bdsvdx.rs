//! Selected singular values and vectors of a real bidiagonal matrix by
//! bisection and inverse iteration on its Golub-Kahan form (`?bdsvdx`).
//!
//! For an `n x n` bidiagonal `B` the `2n x 2n` tridiagonal
//! `T_GK = P [0 B; B^T 0] P^T` has zero diagonal and off-diagonal
//! `d_1 e_1 d_2 e_2 ... d_n`; its eigenpairs `(-s, (v_1, -u_1, v_2, -u_2,
//! ...)/sqrt(2))` give the singular triplets `(s, u, v)`. Asking the
//! tridiagonal expert driver ([`stevx`]) for the *negative* eigenvalues
//! yields the singular values already in descending order. Negligible
//! `d_i` and `e_i` split `T_GK` into pieces which are solved one by one,
//! as the reference does; odd pieces (rectangular pieces of `B`) carry a
//! zero eigenvalue whose vector lives on only one of the two halves.

use crate::sym_eigen::bisection::EigRange;
use crate::sym_eigen::drivers::Jobz;
use crate::tridiagonal::{stevx, stevx_req};
use crate::{Info, WorkReq, Workspace};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::{MatMut, RealScalar, Uplo};

/// The workspace [`bdsvdx`] needs for order `n`.
pub fn bdsvdx_req<R: RealScalar>(n: usize) -> WorkReq {
    if n <= 1 {
        return WorkReq::EMPTY;
    }
    let m = 2 * n;
    WorkReq::new::<R>(6 * m + m * (n + 2)).and(WorkReq::new::<Option<usize>>(m)).and(stevx_req::<R>(Jobz::Vectors, m))
}

/// Scratch shared by the calls of [`stevx`] on pieces of `T_GK`.
struct Tgk<'a, R> {
    /// Working copies of the piece's diagonal and off-diagonal (stevx scales them).
    d: &'a mut [R],
    e: &'a mut [R],
    /// Eigenvalues of the piece, ascending.
    w: &'a mut [R],
    ifail: &'a mut [Option<usize>],
}

impl<R: RealScalar> Tgk<'_, R> {
    /// Eigenvalues in `range` (and with `z` vectors) of the tridiagonal with
    /// zero diagonal and off-diagonal `off` (`k - 1` entries).
    fn solve(
        &mut self,
        jobz: Jobz,
        range: EigRange<R>,
        k: usize,
        off: &[R],
        z: MatMut<'_, R>,
        work: Workspace<'_>,
    ) -> (usize, Result<(), Info>) {
        self.d[..k].fill(R::zero());
        self.e[..k - 1].copy_from_slice(&off[..k - 1]);
        let abstol = R::from_f64(2.0) * lamch::<R>(Machine::SafeMin);
        stevx::<R>(jobz, range, &mut self.d[..k], &mut self.e[..k - 1], abstol, self.w, z, self.ifail, work)
    }
}

/// Selected singular values, and optionally vectors, of the `n x n` upper or
/// lower bidiagonal matrix `B` with diagonal `d` (`n = d.len()`) and
/// off-diagonal `e` (`n - 1` read) (`sbdsvdx`, `dbdsvdx`), through the
/// eigenpairs of its Golub-Kahan tridiagonal form by bisection and inverse
/// iteration ([`stevx`]).
///
/// `range` selects by value — [`EigRange::Values`]`(vl, vu)` the singular
/// values in `[vl, vu)` (`0 <= vl < vu`) — or by index into the *descending*
/// order: [`EigRange::Indices`]`(il, iu)` (0-based, inclusive) the `il`-th
/// to the `iu`-th largest. Returns `ns`, the number found, and the status.
/// `s` (`n`) receives them in descending order; with [`Jobz::Vectors`] the
/// first `ns` columns of `z` (`2n x k`, `k >= ns`) the singular vectors,
/// `u` (unit norm) in rows `0..n` over `v` (unit norm) in rows `n..2n`, with
/// `B v = s u`. `Err(i)` with `i <= 2n`: `i` eigenvectors of `T_GK` did not
/// converge; `2n + 1`: an internal error (a zero vector half). Unlike the
/// reference, `d` and `e` are not overwritten with their thresholded values.
#[allow(clippy::too_many_arguments)]
pub fn bdsvdx<R: RealScalar>(
    uplo: Uplo,
    jobz: Jobz,
    range: EigRange<R>,
    d: &[R],
    e: &[R],
    s: &mut [R],
    mut z: MatMut<'_, R>,
    mut work: Workspace<'_>,
) -> (usize, Result<(), Info>) {
    let n = d.len();
    let wantz = jobz == Jobz::Vectors;
    let (zero, one) = (R::zero(), R::one());
    if n == 0 {
        return (0, Ok(()));
    }
    assert!(s.len() >= n, "bdsvdx: s needs {n} entries");
    if wantz {
        assert!(z.nrows() >= 2 * n, "bdsvdx: Z needs {} rows", 2 * n);
    }
    if n == 1 {
        let a = d[0].abs();
        let ns = match range {
            EigRange::Values(vl, vu) => usize::from(vl < a && vu >= a),
            _ => 1,
        };
        if ns == 1 {
            s[0] = a;
        }
        if wantz && z.ncols() > 0 {
            z.set(0, 0, one.copysign(d[0]));
            z.set(1, 0, one);
        }
        return (ns, Ok(()));
    }
    assert!(e.len() + 1 >= n, "bdsvdx: e needs {} entries", n - 1);
    match range {
        EigRange::Values(vl, vu) => assert!(vl >= R::zero() && vu > vl, "bdsvdx: need 0 <= vl < vu"),
        EigRange::Indices(il, iu) => assert!(il <= iu && iu < n, "bdsvdx: need il <= iu < n"),
        EigRange::All => {}
    }
    let m = 2 * n;
    let ldz = m;
    let zcols = n + 2;
    let (etgk, mut work) = work.take::<R>(m);
    let (save, mut work) = work.take::<R>(m);
    let (tmp, mut work) = work.take::<R>(m);
    let (zb, mut work) = work.take::<R>(m * zcols);
    let (td, mut work) = work.take::<R>(m);
    let (te, mut work) = work.take::<R>(m);
    let (tw, mut work) = work.take::<R>(m);
    let (ifail, mut work) = work.take::<Option<usize>>(m);
    let mut tgk = Tgk { d: td, e: te, w: tw, ifail };

    let ulp = lamch::<R>(Machine::Precision);
    let eps = lamch::<R>(Machine::Eps);
    let ortol = ulp.sqrt();
    let sqrt2 = R::from_f64(2.0).sqrt();
    let fudge = R::from_f64(2.0);
    let nr = R::from_f64(n as f64);
    // Relative-accuracy splitting criterion of bdsqr (Demmel and Kahan).
    let tol = R::from_f64(10.0).max(R::from_f64(100.0).min(R::from_f64(eps.to_f64().powf(-0.125)))) * eps;
    let e = &e[..n - 1];
    let mut smax = d.iter().fold(zero, |a, &x| if x.abs() > a { x.abs() } else { a });
    smax = e.iter().fold(smax, |a, &x| if x.abs() > a { x.abs() } else { a });
    // A lower bound of the smallest singular value from the recurrence of
    // Demmel and Kahan, for neglecting tiny entries.
    let mut smin = d[0].abs();
    if smin != zero {
        let mut mu = smin;
        for i in 1..n {
            mu = d[i].abs() * (mu / (mu + e[i - 1].abs()));
            smin = smin.min(mu);
            if smin == zero {
                break;
            }
        }
    }
    smin /= nr.sqrt();
    let thresh = tol * smin;
    for i in 0..n {
        etgk[2 * i] = if d[i].abs() <= thresh { zero } else { d[i] };
        if i + 1 < n {
            etgk[2 * i + 1] = if e[i].abs() <= thresh { zero } else { e[i] };
        }
    }
    etgk[m - 1] = zero;

    let empty = || MatMut::from_col_major(&mut [], 0, 0, 1);
    // Singular values are the negated eigenvalues of T_GK below zero: the
    // pieces are asked for those in (vltgk, vutgk] (or by index, for 'A').
    let (mut vltgk, mut vutgk) = (zero, zero);
    let by_value = !matches!(range, EigRange::All);
    match range {
        EigRange::All => {}
        EigRange::Values(vl, vu) => {
            vltgk = -vu;
            vutgk = -vl;
            let (cnt, r) = tgk.solve(Jobz::NoVectors, EigRange::Values(vltgk, vutgk), m, etgk, empty(), work.rb_mut());
            if let Err(i) = r {
                return (0, Err(i));
            }
            if cnt == 0 {
                return (0, Ok(()));
            }
        }
        EigRange::Indices(il, iu) => {
            // Index bounds mapped to value bounds, widened as stebz does.
            let slack = fudge * smax * ulp * nr;
            let (_, r) = tgk.solve(Jobz::NoVectors, EigRange::Indices(il, il), m, etgk, empty(), work.rb_mut());
            if let Err(i) = r {
                return (0, Err(i));
            }
            vltgk = tgk.w[0] - slack;
            let (_, r) = tgk.solve(Jobz::NoVectors, EigRange::Indices(iu, iu), m, etgk, empty(), work.rb_mut());
            if let Err(i) = r {
                return (0, Err(i));
            }
            vutgk = (tgk.w[0] + slack).min(zero);
            if vltgk == vutgk {
                vltgk -= tol;
            }
        }
    }
    if wantz {
        zb.fill(zero);
    }
    s[..n].fill(zero);

    // Positions below are 1-based over T_GK: entry p of etgk couples rows p
    // and p + 1; odd p hold d's, even p e's; odd rows carry v, even rows u.
    let at = |r: usize, c: usize| (r - 1) + (c - 1) * ldz;
    let mut ns = 0usize;
    let (mut nru, mut nrv) = (0usize, 0usize);
    let (mut idbeg, mut isbeg, mut irowz, mut icolz) = (1usize, 1usize, 1usize, 1usize);
    let (mut irowu, mut irowv) = (2usize, 1usize);
    let (mut split, mut sveq0) = (false, false);
    let mut ntgk = 0usize;
    for ieptr in (2..=m).step_by(2) {
        if etgk[ieptr - 1] != zero {
            continue;
        }
        // A square block of B ends here; zero d's inside cut it into
        // rectangular pieces.
        let mut isplt = idbeg;
        let idend = ieptr - 1;
        for idptr in (idbeg..=idend).step_by(2) {
            if etgk[idptr - 1] == zero {
                if idptr == idbeg {
                    sveq0 = true;
                    if idbeg == idend {
                        nru = 1;
                        nrv = 1;
                    }
                } else if idptr == idend {
                    sveq0 = true;
                    nru = (idend - isplt) / 2 + 1;
                    nrv = nru;
                    if isplt != idbeg {
                        nru += 1;
                    }
                } else if isplt == idbeg {
                    nru = (idptr - idbeg) / 2;
                    nrv = nru + 1;
                } else {
                    nru = (idptr - isplt) / 2 + 1;
                    nrv = nru;
                }
            } else if idptr == idend {
                if isplt == idbeg {
                    nru = (idend - idbeg) / 2 + 1;
                    nrv = nru;
                } else {
                    nrv = (idend - isplt) / 2 + 1;
                    nru = nrv + 1;
                }
            }
            ntgk = nru + nrv;
            if ntgk > 0 {
                let mut iutgk = ntgk / 2;
                if !by_value && (sveq0 || smin < eps || !ntgk.is_multiple_of(2)) {
                    // A zero (or tiny) eigenvalue needs its vector too.
                    iutgk += 1;
                }
                let prange = if by_value { EigRange::Values(vltgk, vutgk) } else { EigRange::Indices(0, iutgk - 1) };
                let zp = if wantz {
                    MatMut::from_col_major(&mut zb[..], m, zcols, ldz).submatrix(
                        irowz - 1,
                        icolz - 1,
                        ntgk,
                        zcols - (icolz - 1),
                    )
                } else {
                    empty()
                };
                let (nsl0, r) = tgk.solve(jobz, prange, ntgk, &etgk[isplt - 1..], zp, work.rb_mut());
                if let Err(i) = r {
                    return (ns, Err(i));
                }
                let mut nsl = nsl0;
                let emin = if nsl > 0 {
                    tgk.w[..nsl].iter().fold(tgk.w[0], |a, &x| if x > a { x } else { a }).abs()
                } else {
                    R::MAX
                };
                if nsl > 0 && wantz {
                    if nsl > 1 && vutgk == zero && ntgk.is_multiple_of(2) && emin == zero && !split {
                        // A zero d at the top or bottom of the block: the two
                        // smallest eigenvectors together make the pair for 0.
                        for r in irowz..irowz + ntgk {
                            let x = zb[at(r, icolz + nsl - 1)];
                            zb[at(r, icolz + nsl - 2)] += x;
                            zb[at(r, icolz + nsl - 1)] = zero;
                        }
                    }
                    // Normalize u and v separately (their norms drift from
                    // 1/sqrt(2) for tiny or close eigenvalues), flipping v's
                    // sign; reorthogonalize the ones that drifted far.
                    for (rows, first, sign) in [(nru, irowu, one), (nrv, irowv, -one)] {
                        for i in 0..nsl.min(rows) {
                            let col = icolz + i;
                            let idx = |k: usize| at(first + 2 * k, col);
                            let nrm = (0..rows).fold(zero, |a: R, k| a.hypot(zb[idx(k)]));
                            if nrm == zero {
                                return (ns, Err(Info::new(m + 1)));
                            }
                            let f = sign / nrm;
                            (0..rows).for_each(|k| zb[idx(k)] *= f);
                            if nrm != one && (nrm - ortol).abs() * sqrt2 > one {
                                for j in 0..i {
                                    let jdx = |k: usize| at(first + 2 * k, icolz + j);
                                    let dot = (0..rows).fold(zero, |a, k| a + zb[jdx(k)] * zb[idx(k)]);
                                    (0..rows).for_each(|k| {
                                        let x = zb[jdx(k)];
                                        zb[idx(k)] -= dot * x;
                                    });
                                }
                                let nrm = (0..rows).fold(zero, |a: R, k| a.hypot(zb[idx(k)]));
                                (0..rows).for_each(|k| zb[idx(k)] /= nrm);
                            }
                        }
                    }
                    if vutgk == zero && idptr < idend && !ntgk.is_multiple_of(2) {
                        // A zero d inside the block: keep the zero eigenvalue's
                        // vector of this piece for the piece that closes it.
                        split = true;
                        for r in irowz..irowz + ntgk {
                            save[r - 1] = zb[at(r, ns + nsl)];
                            zb[at(r, ns + nsl)] = zero;
                        }
                    }
                }
                nsl = nsl.min(nru);
                sveq0 = false;
                for i in 0..nsl {
                    s[isbeg - 1 + i] = tgk.w[i].abs();
                }
                isbeg += nsl;
                irowz += ntgk;
                icolz += nsl;
                irowu = irowz;
                irowv = irowz + 1;
                isplt = idptr + 1;
                ns += nsl;
                nru = 0;
                nrv = 0;
            }
            if irowz < m && wantz && icolz <= zcols {
                for r in 1..irowz {
                    zb[at(r, icolz)] = zero;
                }
            }
        }
        if split && wantz && isbeg > 1 {
            for r in idbeg..=(idend + 1).saturating_sub(ntgk) {
                zb[at(r, isbeg - 1)] += save[r - 1];
                save[r - 1] = zero;
            }
        }
        irowv = irowv.saturating_sub(1);
        irowu += 1;
        idbeg = ieptr + 1;
        sveq0 = false;
        split = false;
    }

    // Descending order: selection of the smallest into the last place,
    // one swap per vector.
    for i in 1..ns {
        let last = ns - i; // 0-based
        let mut k = 0;
        let mut smn = s[0];
        for (j, &x) in s.iter().enumerate().take(last + 1).skip(1) {
            if x <= smn {
                k = j;
                smn = x;
            }
        }
        if k != last {
            s[k] = s[last];
            s[last] = smn;
            if wantz {
                for r in 0..m {
                    zb.swap(r + k * ldz, r + last * ldz);
                }
            }
        }
    }
    if let EigRange::Indices(il, iu) = range {
        let k = iu + 1 - il;
        if k < ns {
            s[k..ns].fill(zero);
            ns = k;
        }
    }
    if wantz {
        // Rows 0..n become U, n..2n V (swapped for a lower B).
        let (urow, vrow) = if uplo == Uplo::Lower { (0, 1) } else { (1, 0) };
        for c in 0..ns {
            tmp.copy_from_slice(&zb[c * ldz..(c + 1) * ldz]);
            for i in 0..n {
                z.set(i, c, tmp[2 * i + urow]);
                z.set(n + i, c, tmp[2 * i + vrow]);
            }
        }
    }
    (ns, Ok(()))
}
