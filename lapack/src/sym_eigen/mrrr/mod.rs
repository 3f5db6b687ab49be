//! Eigenvalues and eigenvectors of a real symmetric tridiagonal matrix by
//! the algorithm of Multiple Relatively Robust Representations (MRRR:
//! Dhillon, Parlett and Vömel, "The design and implementation of the MRRR
//! algorithm", ACM TOMS 32, 2006; LAPACK Working Notes 162 and 163):
//! `?stemr` and `?stegr`, the eigenvectors real (s, d) or complex (c, z).
//!
//! - [`representation`]: splitting, counts, bisection and the root
//!   representations (`?larra`, `?larrc`, `?larrk`, `?larrr`, `?larrd`,
//!   `?larre`).
//! - [`refine`]: Sturm counts of twisted factorizations and limited
//!   bisection (`?laneg`, `?larrb`, `?larrj`).
//! - [`vectors`]: the representation tree and the eigenvectors (`?lar1v`,
//!   `?larrf`, `?larrv`).

pub mod refine;
pub mod representation;
pub mod vectors;

pub use refine::{laneg, larrb, larrj};
pub use representation::{
    larra, larrc, larrd, larrd_req, larre, larre_req, larrk, larrr, CountOn, Counts, Larrd, Larre,
};
pub use vectors::{lar1v, larrf, larrv, larrv_req, Lar1v, Tree};

use super::bisection::EigRange;
use super::drivers::Jobz;
use super::tridiagonal::{lae2, laev2};
use crate::{Info, WorkReq, Workspace};
use ferroblas_kernels::aux::norms::{lanst, Norm};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::aux::vectors::{lasrt, SortOrder};
use ferroblas_kernels::{MatMut, RealScalar, Scalar};

/// The workspace [`stemr`] needs for `jobz` and order `n`.
pub fn stemr_req<T: Scalar>(jobz: Jobz, n: usize) -> WorkReq {
    if n <= 2 {
        return WorkReq::EMPTY;
    }
    type R<T> = <T as Scalar>::Real;
    let own = WorkReq::new::<R<T>>(6 * n).and(WorkReq::new::<usize>(3 * n));
    let mut after = larre_req::<R<T>>(n).or(WorkReq::new::<R<T>>(2 * n).and(WorkReq::new::<usize>(2 * n)));
    if jobz == Jobz::Vectors {
        after = after.or(larrv_req::<R<T>>(n));
    }
    own.and(after)
}

/// The number of eigenvalues of the tridiagonal matrix (diagonal `d`,
/// off-diagonal `e`) that [`stemr`] finds for `range`: what the
/// reference's `NZC = -1` query answers (0 without vectors).
pub fn stemr_columns<R: RealScalar>(jobz: Jobz, range: EigRange<R>, d: &[R], e: &[R]) -> usize {
    let n = d.len();
    if jobz != Jobz::Vectors {
        return 0;
    }
    match range {
        EigRange::All => n,
        EigRange::Indices(il, iu) => (iu + 1).saturating_sub(il),
        EigRange::Values(vl, vu) => {
            let safmin = lamch::<R>(Machine::SafeMin);
            larrc(CountOn::Tridiagonal, vl, vu, d, &e[..n.saturating_sub(1)], safmin).eigcnt
        }
    }
}

/// Selected eigenvalues and, optionally, eigenvectors of the real
/// symmetric tridiagonal matrix with diagonal `d` and off-diagonal
/// `e[..n - 1]` by MRRR (`?stemr`; `e` has `n` entries, the last one used
/// as workspace; both are destroyed).
///
/// Returns `m`, the number found, and the status. `w` (`n`) receives them
/// ascending; with [`Jobz::Vectors`] the first `m` columns of `z` (`n`
/// rows, real or complex) their orthonormal eigenvectors and `isuppz`
/// (`2 m`) the support of each: column `j` is nonzero only in rows
/// `isuppz[2j]..=isuppz[2j + 1]` (0-based). With `tryrac` set the code
/// checks whether the matrix defines its eigenvalues to high relative
/// accuracy ([`larrr`]) and if so keeps it (refining them with [`larrj`]);
/// `tryrac` is cleared when it does not.
///
/// `Err` as the reference: `10 + i` when [`larre`] failed with `i`, `20 +
/// i` when [`larrv`] did; NaN or infinite elements give 11 and `m = 0`.
#[allow(clippy::too_many_arguments)]
pub fn stemr<T: Scalar>(
    jobz: Jobz,
    range: EigRange<T::Real>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    w: &mut [T::Real],
    mut z: MatMut<'_, T>,
    isuppz: &mut [usize],
    tryrac: &mut bool,
    mut work: Workspace<'_>,
) -> (usize, Result<(), Info>) {
    type R<T> = <T as Scalar>::Real;
    let n = d.len();
    let wantz = jobz == Jobz::Vectors;
    let zero = R::<T>::zero();
    let one = R::<T>::one();
    let four = R::<T>::from_f64(4.0);
    // The relative gap that separates clusters: the reference's sstemr
    // (single precision) uses 3e-3, dstemr 1e-3.
    let minrgp = R::<T>::from_f64(if R::<T>::MANTISSA_DIGITS <= 24 { 3e-3 } else { 1e-3 });
    if n == 0 {
        return (0, Ok(()));
    }
    assert!(e.len() >= n, "stemr: e needs n entries");
    if let EigRange::Indices(il, iu) = range {
        assert!(il <= iu && iu < n, "stemr: the index range {il}..={iu} is not within 0..{n}");
    }
    let wanted = |x: R<T>, k: usize| match range {
        EigRange::All => true,
        EigRange::Values(vl, vu) => x > vl && x <= vu,
        EigRange::Indices(il, iu) => il <= k && k <= iu,
    };
    if n == 1 {
        let m = usize::from(wanted(d[0], 0));
        if m == 1 {
            w[0] = d[0];
        }
        if wantz {
            z.set(0, 0, T::one());
            isuppz[0] = 0;
            isuppz[1] = 0;
        }
        return (m, Ok(()));
    }
    if n == 2 {
        // The 2 x 2 eigensystem, its eigenvalues ordered r2 <= r1 (the
        // solver orders them by magnitude).
        let (mut r1, mut r2, cs, sn) = if wantz {
            laev2(d[0], e[0], d[1])
        } else {
            let (a, b) = lae2(d[0], e[0], d[1]);
            (a, b, zero, zero)
        };
        let swapped = r1 < r2;
        if swapped {
            std::mem::swap(&mut r1, &mut r2);
        }
        let support = |a: R<T>, b: R<T>| match (a != zero, b != zero) {
            (true, true) => (0, 1),
            (true, false) => (0, 0),
            _ => (1, 1),
        };
        let mut m = 0;
        // The vector of r2 is (-sn, cs), of r1 (cs, sn), before any swap.
        let mut vecs = [(-sn, cs), (cs, sn)];
        if swapped {
            vecs.swap(0, 1);
        }
        for (k, (x, (a, b))) in [(r2, vecs[0]), (r1, vecs[1])].into_iter().enumerate() {
            if wanted(x, k) {
                w[m] = x;
                if wantz {
                    z.set(0, m, T::from_real(a));
                    z.set(1, m, T::from_real(b));
                    let (s0, s1) = support(a, b);
                    isuppz[2 * m] = s0;
                    isuppz[2 * m + 1] = s1;
                }
                m += 1;
            }
        }
        return (m, Ok(()));
    }

    if d.iter().chain(&e[..n - 1]).any(|x| !x.is_finite()) {
        // Sturm counts and factorizations of NaN or infinite elements mean
        // nothing (and could loop): fail as the root representation would.
        return (0, Err(Info::new(11)));
    }
    let safmin = lamch::<R<T>>(Machine::SafeMin);
    let eps = lamch::<R<T>>(Machine::Precision);
    let smlnum = safmin / eps;
    let bignum = one / smlnum;
    let rmin = smlnum.sqrt();
    let rmax = bignum.sqrt().min(one / safmin.sqrt().sqrt());

    let (gers, mut work) = work.take::<R<T>>(2 * n);
    let (werr, mut work) = work.take::<R<T>>(n);
    let (wgap, mut work) = work.take::<R<T>>(n);
    let (dsave, mut work) = work.take::<R<T>>(n);
    let (e2, mut work) = work.take::<R<T>>(n);
    let (isplit, mut work) = work.take::<usize>(n);
    let (iblock, mut work) = work.take::<usize>(n);
    let (indexw, mut work) = work.take::<usize>(n);

    let mut scale = one;
    let mut tnrm = lanst::<R<T>>(Norm::Max, d, &e[..n - 1]);
    if tnrm > zero && tnrm < rmin {
        scale = rmin / tnrm;
    } else if tnrm > rmax {
        scale = rmax / tnrm;
    }
    let mut range_s = range;
    if scale != one {
        d.iter_mut().for_each(|x| *x *= scale);
        e[..n - 1].iter_mut().for_each(|x| *x *= scale);
        tnrm *= scale;
        if let EigRange::Values(vl, vu) = range {
            range_s = EigRange::Values(vl * scale, vu * scale);
        }
    }
    // Relative accuracy is kept only when the matrix warrants it.
    if *tryrac && !larrr(d, &e[..n - 1]) {
        *tryrac = false;
    }
    let thresh = if *tryrac { eps } else { -eps };
    if *tryrac {
        dsave.copy_from_slice(d);
    }
    for j in 0..n - 1 {
        e2[j] = e[j] * e[j];
    }
    e2[n - 1] = zero;
    let (rtol1, rtol2) = if wantz {
        (eps.sqrt(), (eps.sqrt() * R::<T>::from_f64(5e-3)).max(four * eps))
    } else {
        (four * eps, four * eps)
    };
    let (re, r) =
        larre(range_s, d, e, e2, rtol1, rtol2, thresh, isplit, w, werr, wgap, iblock, indexw, gers, work.rb_mut());
    if let Err(i) = r {
        return (0, Err(Info::new(10 + i.get().get())));
    }
    let m = re.m;
    let nsplit = re.nsplit;
    let pivmin = re.pivmin;
    if m == 0 {
        return (0, Ok(()));
    }
    if wantz {
        let tree = Tree { isplit: &isplit[..nsplit], iblock: &iblock[..m], indexw: &indexw[..m], gers };
        let r = larrv(
            re.vl,
            re.vu,
            d,
            e,
            pivmin,
            tree,
            m,
            0,
            m - 1,
            minrgp,
            rtol1,
            rtol2,
            w,
            werr,
            wgap,
            z.rb_mut(),
            isuppz,
            work.rb_mut(),
        );
        if let Err(i) = r {
            return (m, Err(Info::new(20 + i.get().get())));
        }
    } else {
        // The eigenvalues of the shifted representations, shifted back.
        for j in 0..m {
            w[j] += e[isplit[iblock[j]] - 1];
        }
    }

    if *tryrac {
        // Refine to relative accuracy against the original matrix.
        let (rw, mut rest) = work.take::<R<T>>(2 * n);
        let (riw, _) = rest.take::<usize>(2 * n);
        let mut ibegin = 0;
        let mut wbegin = 0;
        for (jblk, &iend) in isplit.iter().enumerate().take(iblock[m - 1] + 1) {
            let mut wend = wbegin;
            while wend < m && iblock[wend] == jblk {
                wend += 1;
            }
            if wend == wbegin {
                ibegin = iend;
                continue;
            }
            let offset = indexw[wbegin];
            larrj(
                &dsave[ibegin..iend],
                &e2[ibegin..iend],
                indexw[wbegin],
                indexw[wend - 1],
                four * eps,
                offset,
                &mut w[wbegin..],
                &mut werr[wbegin..],
                rw,
                riw,
                pivmin,
                tnrm,
            );
            ibegin = iend;
            wbegin = wend;
        }
    }

    if scale != one {
        let s = one / scale;
        w[..m].iter_mut().for_each(|x| *x *= s);
    }
    if nsplit > 1 {
        if !wantz {
            lasrt(SortOrder::Increasing, &mut w[..m]);
        } else {
            for j in 0..m - 1 {
                let mut best = j;
                for jj in j + 1..m {
                    if w[jj] < w[best] {
                        best = jj;
                    }
                }
                if best != j {
                    w.swap(best, j);
                    for i in 0..n {
                        let t = z.get(i, best);
                        z.set(i, best, z.get(i, j));
                        z.set(i, j, t);
                    }
                    isuppz.swap(2 * best, 2 * j);
                    isuppz.swap(2 * best + 1, 2 * j + 1);
                }
            }
        }
    }
    (m, Ok(()))
}

/// Selected eigenvalues and, optionally, eigenvectors of a real symmetric
/// tridiagonal matrix by MRRR (`?stegr`): [`stemr`] without the attempt at
/// relative accuracy. `abstol` is not used (the reference keeps it in the
/// interface).
#[allow(clippy::too_many_arguments)]
pub fn stegr<T: Scalar>(
    jobz: Jobz,
    range: EigRange<T::Real>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    abstol: T::Real,
    w: &mut [T::Real],
    z: MatMut<'_, T>,
    isuppz: &mut [usize],
    work: Workspace<'_>,
) -> (usize, Result<(), Info>) {
    let _ = abstol;
    let mut tryrac = false;
    stemr(jobz, range, d, e, w, z, isuppz, &mut tryrac, work)
}
