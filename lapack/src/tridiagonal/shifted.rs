//! The factorization of a shifted tridiagonal matrix `T - lambda I` with
//! partial pivoting and a record of tiny pivots ([`lagtf`]), and the solves
//! with it that may perturb tiny pivots instead of overflowing ([`lagts`]):
//! the inverse iteration kernel of the reference's eigenvector routines.
//!
//! `T` has diagonal `a` (`n`), superdiagonal `b` and subdiagonal `c`
//! (`n - 1` each). The factors are `T - lambda I = P L U`: `U` upper
//! triangular with diagonal `a`, superdiagonals `b` and `d` (`n - 2`), `L`
//! unit lower bidiagonal with subdiagonal `c`, `P` the interchanges
//! recorded in `interchanged` (`n - 1`: step `k` swapped rows `k`, `k + 1`).

use crate::Info;
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::RealScalar;

/// Factors `T - lambda I` (`?lagtf`) in place: see the module documentation
/// for the storage. `tol` is the relative tolerance for a small pivot (at
/// least `eps`).
///
/// Returns the first `k` (0-based) for which a pivot was small: the larger
/// of `|a_k|` and `|c_k|`, relative to the sum of moduli of its row, is at
/// most `tol` (for the last diagonal entry: `|U[n-1][n-1]|`); `None` when
/// none was. For `n = 1`, `Some(0)` exactly when `a[0] - lambda` is zero.
pub fn lagtf<R: RealScalar>(
    a: &mut [R],
    lambda: R,
    b: &mut [R],
    c: &mut [R],
    tol: R,
    d: &mut [R],
    interchanged: &mut [bool],
) -> Option<usize> {
    let n = a.len();
    if n == 0 {
        return None;
    }
    a[0] -= lambda;
    if n == 1 {
        return (a[0] == R::zero()).then_some(0);
    }
    assert!(
        b.len() + 1 >= n && c.len() + 1 >= n && d.len() + 2 >= n && interchanged.len() + 1 >= n,
        "lagtf: b, c and interchanged need n - 1, d n - 2 elements"
    );
    let zero = R::zero();
    let tl = tol.max(lamch::<R>(Machine::Eps));
    let mut small = None;
    let mut scale1 = a[0].abs() + b[0].abs();
    for k in 0..n - 1 {
        let inner = k + 2 < n;
        a[k + 1] -= lambda;
        let mut scale2 = c[k].abs() + a[k + 1].abs();
        if inner {
            scale2 += b[k + 1].abs();
        }
        let piv1 = if a[k] == zero { zero } else { a[k].abs() / scale1 };
        let piv2;
        if c[k] == zero {
            interchanged[k] = false;
            piv2 = zero;
            scale1 = scale2;
            if inner {
                d[k] = zero;
            }
        } else {
            piv2 = c[k].abs() / scale2;
            if piv2 <= piv1 {
                interchanged[k] = false;
                scale1 = scale2;
                c[k] /= a[k];
                a[k + 1] -= c[k] * b[k];
                if inner {
                    d[k] = zero;
                }
            } else {
                interchanged[k] = true;
                let mult = a[k] / c[k];
                a[k] = c[k];
                let temp = a[k + 1];
                a[k + 1] = b[k] - mult * temp;
                if inner {
                    d[k] = b[k + 1];
                    b[k + 1] = -mult * d[k];
                }
                b[k] = temp;
                c[k] = mult;
            }
        }
        if small.is_none() && piv1.max(piv2) <= tl {
            small = Some(k);
        }
    }
    if small.is_none() && a[n - 1].abs() <= scale1 * tl {
        small = Some(n - 1);
    }
    small
}

/// Which system [`lagts`] solves (`JOB`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LagtsJob {
    /// Solve with `(T - lambda I)^T` (`JOB = +-2`) rather than `T - lambda I` (`+-1`).
    pub transpose: bool,
    /// Perturb small diagonal entries of `U` to avoid overflow (`JOB < 0`)
    /// rather than stopping there.
    pub perturb: bool,
}

impl LagtsJob {
    /// Parses the reference's `JOB`: 1, -1, 2 or -2.
    pub fn from_int(job: i64) -> Option<Self> {
        match job {
            1 => Some(LagtsJob { transpose: false, perturb: false }),
            -1 => Some(LagtsJob { transpose: false, perturb: true }),
            2 => Some(LagtsJob { transpose: true, perturb: false }),
            -2 => Some(LagtsJob { transpose: true, perturb: true }),
            _ => None,
        }
    }
}

/// `y := temp / ak` for one diagonal entry of `U`, guarding against
/// overflow: `None` when it would overflow and no perturbation is allowed
/// (`pert = None`); with `pert = Some(tol)` the entry is moved away from zero
/// by `tol`, `2 tol`, `4 tol`, ... until the quotient is safe.
fn guarded_div<R: RealScalar>(temp: R, ak: R, pert: Option<R>, sfmin: R, bignum: R) -> Option<R> {
    let one = R::one();
    let (mut temp, mut ak) = (temp, ak);
    let mut pert = pert.map(|p| p.copysign(ak));
    loop {
        let absak = ak.abs();
        let bad = if absak < one {
            if absak < sfmin {
                if absak == R::zero() || temp.abs() * sfmin > absak {
                    true
                } else {
                    temp *= bignum;
                    ak *= bignum;
                    false
                }
            } else {
                temp.abs() > absak * bignum
            }
        } else {
            false
        };
        if !bad {
            return Some(temp / ak);
        }
        // Doubling the perturbation ends: it reaches 1 (or infinity) within
        // a few thousand steps, and |ak| >= 1 is never bad unless temp is
        // infinite, when ak itself becomes infinite.
        let p = pert?;
        ak += p;
        pert = Some(p + p);
    }
}

/// Solves `(T - lambda I) x = y` or its transpose (`job`) in place of `y`
/// with the factorization of [`lagtf`] (`?lagts`): `a`, `b`, `c`, `d` and
/// `interchanged` as [`lagtf`] leaves them.
///
/// With [`LagtsJob::perturb`] a diagonal entry of `U` small enough for the
/// quotient to overflow is perturbed by multiples of `tol`; `tol <= 0` is
/// replaced by `eps` times the largest element of `U` (or `eps` if that is
/// zero), and the value used is returned in `tol`.
///
/// `Err(Info::from_index(k))` (INFO = k + 1) without perturbation when the
/// division by `U[k][k]` would overflow; `y` is then partly overwritten.
#[allow(clippy::too_many_arguments)]
pub fn lagts<R: RealScalar>(
    job: LagtsJob,
    a: &[R],
    b: &[R],
    c: &[R],
    d: &[R],
    interchanged: &[bool],
    y: &mut [R],
    tol: &mut R,
) -> Result<(), Info> {
    let n = a.len();
    if n == 0 {
        return Ok(());
    }
    assert!(y.len() >= n, "lagts: y needs n elements");
    let eps = lamch::<R>(Machine::Eps);
    let sfmin = lamch::<R>(Machine::SafeMin);
    let bignum = R::one() / sfmin;
    if job.perturb && *tol <= R::zero() {
        let mut t = a[0].abs();
        if n > 1 {
            t = t.max(a[1].abs()).max(b[0].abs());
        }
        for k in 2..n {
            t = t.max(a[k].abs()).max(b[k - 1].abs()).max(d[k - 2].abs());
        }
        t *= eps;
        *tol = if t == R::zero() { eps } else { t };
    }
    let pert = job.perturb.then_some(*tol);
    if !job.transpose {
        for k in 1..n {
            if interchanged[k - 1] {
                let temp = y[k - 1];
                y[k - 1] = y[k];
                y[k] = temp - c[k - 1] * y[k];
            } else {
                y[k] -= c[k - 1] * y[k - 1];
            }
        }
        for k in (0..n).rev() {
            let temp = if k + 2 < n {
                y[k] - b[k] * y[k + 1] - d[k] * y[k + 2]
            } else if k + 1 < n {
                y[k] - b[k] * y[k + 1]
            } else {
                y[k]
            };
            y[k] = guarded_div(temp, a[k], pert, sfmin, bignum).ok_or(Info::from_index(k))?;
        }
    } else {
        for k in 0..n {
            let temp = if k >= 2 {
                y[k] - b[k - 1] * y[k - 1] - d[k - 2] * y[k - 2]
            } else if k == 1 {
                y[k] - b[k - 1] * y[k - 1]
            } else {
                y[k]
            };
            y[k] = guarded_div(temp, a[k], pert, sfmin, bignum).ok_or(Info::from_index(k))?;
        }
        for k in (1..n).rev() {
            if interchanged[k - 1] {
                let temp = y[k - 1];
                y[k - 1] = y[k];
                y[k] = temp - c[k - 1] * y[k];
            } else {
                y[k - 1] -= c[k - 1] * y[k];
            }
        }
    }
    Ok(())
}
