//! The expert drivers on packed storage (`?ppsvx`, `?spsvx`/`?hpsvx`): the
//! steps of [`posvx`](super::posvx) and [`sysvx`](super::sysvx) on the
//! packed routines of [`crate::packed`].

use super::drivers::{finish, ratio, scale_rows, Fact, Svx, SvxError};
use super::equilibrate::Equed;
use crate::packed::cholesky::{laqsp, ppcon, ppcon_req, ppequ, pprfs, pprfs_req, pptrf, pptrf_req, pptrs};
use crate::packed::indefinite::{spcon, spcon_req, sprfs, sprfs_req, sptrf, sptrf_req, sptrs, sptrs_req};
use crate::packed::packed_len;
use crate::relapack::pivots::BlockPivotIndex;
use crate::{Par, WorkReq, Workspace};
use ferroblas_kernels::aux::matrix::{lacpy, Part};
use ferroblas_kernels::aux::norms::{lansp, Norm};
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::{MatMut, MatRef};
use ferroblas_kernels::Uplo;

/// The workspace [`ppsvx`] needs for order `n`.
pub fn ppsvx_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T::Real>(n).and(pptrf_req::<T>(n).or(ppcon_req::<T>(n)).or(pprfs_req::<T>(n)))
}

/// [`posvx`](super::posvx) for the Hermitian positive definite A in the
/// packed `uplo` triangle `ap` (`n (n + 1) / 2` elements), its Cholesky
/// factor in `afp` (`?ppsvx`).
#[allow(clippy::too_many_arguments)]
pub fn ppsvx<T: Scalar>(
    fact: Fact,
    uplo: Uplo,
    n: usize,
    ap: &mut [T],
    afp: &mut [T],
    equed: &mut Equed,
    s: &mut [T::Real],
    mut b: MatMut<'_, T>,
    mut x: MatMut<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    par: Par,
    mut work: Workspace<'_>,
) -> Result<Svx<T::Real>, SvxError<T::Real>> {
    let one = T::Real::one();
    let len = packed_len(n);
    let mut scond = one;
    if fact == Fact::Factored {
        if *equed == Equed::Both {
            scond = ratio(&s[..n]);
        }
    } else {
        *equed = Equed::None;
    }
    if fact == Fact::Equilibrate {
        if let Ok(sc) = ppequ(uplo, n, ap, s) {
            if laqsp(uplo, true, n, ap, s, sc.scond, sc.amax) {
                *equed = Equed::Both;
            }
            scond = sc.scond;
        }
    }
    let scaled = *equed == Equed::Both;
    if scaled {
        scale_rows(b.rb_mut(), &s[..n]);
    }
    if fact != Fact::Factored {
        afp[..len].copy_from_slice(&ap[..len]);
        if let Err(info) = pptrf(uplo, n, afp, par, work.rb_mut()) {
            return Err(SvxError { info, svx: Svx { rcond: T::Real::zero(), rpvgrw: one } });
        }
    }
    let (rwork, mut work) = work.take::<T::Real>(n);
    let anorm = lansp(Norm::One, uplo, true, n, ap, rwork);
    let rcond = ppcon(uplo, n, afp, anorm, work.rb_mut());
    lacpy(Part::Full, b.rb(), x.rb_mut());
    pptrs(uplo, afp, x.rb_mut());
    pprfs(uplo, ap, afp, b.rb(), x.rb_mut(), ferr, berr, work);
    finish(x, scaled.then_some((&s[..], scond)), ferr, Svx { rcond, rpvgrw: one })
}

/// The workspace [`spsvx`] needs for order `n`.
pub fn spsvx_req<T: Scalar>(n: usize) -> WorkReq {
    WorkReq::new::<T::Real>(n).and(sptrf_req::<T>(n).or(spcon_req::<T>(n)).or(sptrs_req::<T>(n)).or(sprfs_req::<T>(n)))
}

/// [`sysvx`](super::sysvx) for the symmetric (`herm = false`) or Hermitian
/// A in the packed `uplo` triangle `ap`, its Bunch-Kaufman factorization in
/// `afp`/`ipiv` (`?spsvx`, `?hpsvx`): factors unless `factored`,
/// estimates `rcond`, solves and refines.
#[allow(clippy::too_many_arguments)]
pub fn spsvx<T: Scalar, P: BlockPivotIndex>(
    factored: bool,
    uplo: Uplo,
    herm: bool,
    n: usize,
    ap: &[T],
    afp: &mut [T],
    ipiv: &mut [P],
    b: MatRef<'_, T>,
    mut x: MatMut<'_, T>,
    ferr: &mut [T::Real],
    berr: &mut [T::Real],
    par: Par,
    mut work: Workspace<'_>,
) -> Result<Svx<T::Real>, SvxError<T::Real>> {
    let one = T::Real::one();
    let len = packed_len(n);
    let (rwork, mut work) = work.take::<T::Real>(n);
    if !factored {
        afp[..len].copy_from_slice(&ap[..len]);
        if let Err(info) = sptrf(uplo, herm, n, afp, ipiv, par, work.rb_mut()) {
            return Err(SvxError { info, svx: Svx { rcond: T::Real::zero(), rpvgrw: one } });
        }
    }
    let anorm = lansp(Norm::Inf, uplo, herm, n, ap, rwork);
    let rcond = spcon(uplo, herm, n, afp, ipiv, anorm, work.rb_mut());
    lacpy(Part::Full, b, x.rb_mut());
    sptrs(uplo, herm, afp, ipiv, x.rb_mut(), work.rb_mut());
    sprfs(uplo, herm, ap, afp, ipiv, b, x.rb_mut(), ferr, berr, work);
    finish(x, None, ferr, Svx { rcond, rpvgrw: one })
}

#[cfg(test)]
mod residual {
    use super::*;
    use crate::condition::testutil::{Dense, Rng, TestScalar};
    use crate::expert::{posvx, posvx_req, sysvx, sysvx_req};
    use crate::packed::col_start;
    use crate::relapack::pivots::BlockPivot;
    use crate::WorkBuffer;
    use ferroblas_kernels::scalar::RealScalar;
    use ferroblas_kernels::{c32, c64};

    /// The `uplo` triangle of the `n x n` column-major `a` in packed storage.
    fn packed<T: Scalar>(a: &[T], n: usize, uplo: Uplo) -> Vec<T> {
        let upper = uplo == Uplo::Upper;
        let mut ap = vec![T::zero(); packed_len(n)];
        for j in 0..n {
            let rows = if upper { 0..j + 1 } else { j..n };
            for i in rows {
                ap[col_start(upper, n, j) + if upper { i } else { i - j }] = a[i + j * n];
            }
        }
        ap
    }

    /// A Hermitian (`herm`) or complex symmetric matrix: positive definite
    /// with a graded diagonal when `pd` (so equilibration applies), else
    /// indefinite.
    fn matrix<T: TestScalar>(n: usize, rng: &mut Rng, herm: bool, pd: bool) -> Vec<T> {
        let g = Dense::<T>::random(n, rng, 0);
        let mut a = vec![T::zero(); n * n];
        for j in 0..n {
            for i in 0..=j {
                let v = if i == j {
                    let d = if pd { 2.0 * n as f64 + 1.0 } else { g.get(i, i).re().to_f64() };
                    T::from_real(T::Real::from_f64(d * 4f64.powi(j as i32 % 5)))
                } else {
                    g.get(i, j)
                };
                a[i + j * n] = v;
                a[j + i * n] = if herm { v.conj() } else { v };
            }
        }
        a
    }

    fn same<T: Scalar>(what: &str, x: &[T], y: &[T]) {
        let big = y.iter().map(|v| v.abs1().to_f64()).fold(1.0, f64::max);
        for (k, (a, b)) in x.iter().zip(y).enumerate() {
            let d = (a.re() - b.re()).abs().to_f64() + (a.im() - b.im()).abs().to_f64();
            assert!(d <= 1e3 * T::Real::EPSILON.to_f64() * big, "{what}[{k}]: {a:?} vs {b:?}");
        }
    }

    /// `?ppsvx` and `?spsvx` give what `?posvx` and `?sysvx` give on the
    /// same matrix in full storage (the packed routines factor through the
    /// full-storage ones, so the pivots agree too).
    fn agree<T: TestScalar>() {
        let mut rng = Rng::new(41);
        for n in [0usize, 1, 2, 3, 17] {
            let nrhs = 2;
            let b: Vec<T> = (0..n * nrhs).map(|_| rng.scalar()).collect();
            for uplo in [Uplo::Upper, Uplo::Lower] {
                for fact in [Fact::NotFactored, Fact::Equilibrate] {
                    let a = matrix::<T>(n, &mut rng, true, true);
                    let (mut af, mut ap, mut afp) =
                        (vec![T::zero(); n * n], packed(&a, n, uplo), vec![T::zero(); packed_len(n)]);
                    let (mut a1, mut s1, mut s2) = (a.clone(), vec![T::Real::zero(); n], vec![T::Real::zero(); n]);
                    let (mut b1, mut b2) = (b.clone(), b.clone());
                    let (mut x1, mut x2) = (vec![T::zero(); n * nrhs], vec![T::zero(); n * nrhs]);
                    let mut f = [
                        vec![T::Real::zero(); nrhs],
                        vec![T::Real::zero(); nrhs],
                        vec![T::Real::zero(); nrhs],
                        vec![T::Real::zero(); nrhs],
                    ];
                    let (mut e1, mut e2) = (Equed::None, Equed::None);
                    let [f1, g1, f2, g2] = &mut f;
                    let ld = n.max(1);
                    let mut w1 = WorkBuffer::new(posvx_req::<T>(n));
                    let r1 = posvx(
                        fact,
                        uplo,
                        MatMut::from_col_major(&mut a1, n, n, ld),
                        MatMut::from_col_major(&mut af, n, n, ld),
                        &mut e1,
                        &mut s1,
                        MatMut::from_col_major(&mut b1, n, nrhs, ld),
                        MatMut::from_col_major(&mut x1, n, nrhs, ld),
                        f1,
                        g1,
                        Par::Seq,
                        w1.workspace(),
                    );
                    let mut w2 = WorkBuffer::new(ppsvx_req::<T>(n));
                    let r2 = ppsvx(
                        fact,
                        uplo,
                        n,
                        &mut ap,
                        &mut afp,
                        &mut e2,
                        &mut s2,
                        MatMut::from_col_major(&mut b2, n, nrhs, ld),
                        MatMut::from_col_major(&mut x2, n, nrhs, ld),
                        f2,
                        g2,
                        Par::Seq,
                        w2.workspace(),
                    );
                    assert_eq!(e1, e2, "n = {n}: EQUED");
                    assert_eq!(r1.is_ok(), r2.is_ok());
                    let rc = |r: &Result<Svx<T::Real>, SvxError<T::Real>>| {
                        r.map_or_else(|e| e.svx.rcond, |s| s.rcond).to_f64()
                    };
                    assert!((rc(&r1) - rc(&r2)).abs() <= 1e-3 * rc(&r1), "n = {n}: rcond {} vs {}", rc(&r1), rc(&r2));
                    same("ppsvx x", &x2, &x1);
                    same("ppsvx a", &ap, &packed(&a1, n, uplo));
                    same("ppsvx factor", &afp, &packed(&af, n, uplo));
                }
                for herm in [true, false] {
                    let a = matrix::<T>(n, &mut rng, herm, false);
                    let (mut af, ap, mut afp) =
                        (vec![T::zero(); n * n], packed(&a, n, uplo), vec![T::zero(); packed_len(n)]);
                    let (mut p1, mut p2) = (vec![BlockPivot::default(); n], vec![BlockPivot::default(); n]);
                    let (mut x1, mut x2) = (vec![T::zero(); n * nrhs], vec![T::zero(); n * nrhs]);
                    let mut f = [
                        vec![T::Real::zero(); nrhs],
                        vec![T::Real::zero(); nrhs],
                        vec![T::Real::zero(); nrhs],
                        vec![T::Real::zero(); nrhs],
                    ];
                    let [f1, g1, f2, g2] = &mut f;
                    let ld = n.max(1);
                    let mut w1 = WorkBuffer::new(sysvx_req::<T>(n));
                    let r1 = sysvx(
                        false,
                        uplo,
                        herm,
                        MatRef::from_col_major(&a, n, n, ld),
                        MatMut::from_col_major(&mut af, n, n, ld),
                        &mut p1,
                        MatRef::from_col_major(&b, n, nrhs, ld),
                        MatMut::from_col_major(&mut x1, n, nrhs, ld),
                        f1,
                        g1,
                        Par::Seq,
                        w1.workspace(),
                    );
                    let mut w2 = WorkBuffer::new(spsvx_req::<T>(n));
                    let r2 = spsvx(
                        false,
                        uplo,
                        herm,
                        n,
                        &ap,
                        &mut afp,
                        &mut p2,
                        MatRef::from_col_major(&b, n, nrhs, ld),
                        MatMut::from_col_major(&mut x2, n, nrhs, ld),
                        f2,
                        g2,
                        Par::Seq,
                        w2.workspace(),
                    );
                    assert_eq!(r1.is_ok(), r2.is_ok());
                    assert_eq!(p1, p2, "n = {n}: pivots");
                    same("spsvx x", &x2, &x1);
                    same("spsvx factor", &afp, &packed(&af, n, uplo));
                    // FACT = F reuses the factorization: the same X.
                    let mut x3 = vec![T::zero(); n * nrhs];
                    let mut w3 = WorkBuffer::new(spsvx_req::<T>(n));
                    let _ = spsvx(
                        true,
                        uplo,
                        herm,
                        n,
                        &ap,
                        &mut afp,
                        &mut p2,
                        MatRef::from_col_major(&b, n, nrhs, ld),
                        MatMut::from_col_major(&mut x3, n, nrhs, ld),
                        f2,
                        g2,
                        Par::Seq,
                        w3.workspace(),
                    );
                    same("spsvx F x", &x3, &x2);
                }
            }
        }
    }

    #[test]
    fn packed_expert_drivers_agree_with_full_storage() {
        agree::<f32>();
        agree::<f64>();
        agree::<c32>();
        agree::<c64>();
    }
}
