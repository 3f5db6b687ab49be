//! Small auxiliaries: the eigensystem of a 2x2 symmetric matrix (`?lae2`,
//! `?laev2`), the merge permutation of two sorted lists (`?lamrg`) and the
//! reciprocal condition numbers of eigenvectors (`?disna`).

use ferroblas_kernels::{RealScalar, Scalar};

/// `sqrt(adf^2 + ab^2)` for `adf, ab >= 0`, without overflow.
fn hyp<R: RealScalar>(adf: R, ab: R) -> R {
    if adf > ab {
        let t = ab / adf;
        adf * (R::one() + t * t).sqrt()
    } else if adf < ab {
        let t = adf / ab;
        ab * (R::one() + t * t).sqrt()
    } else if adf == ab {
        // Equal (or both zero): the common value times sqrt(2).
        ab * R::from_f64(2.0).sqrt()
    } else {
        // A NaN: keep it (the reference's comparisons would drop it here).
        adf + ab
    }
}

/// The eigenvalues of the symmetric matrix `[a b; b c]` (`?lae2`):
/// `(rt1, rt2)` with `|rt1| >= |rt2|`. `rt1` is accurate to a few ulps; `rt2`
/// is computed from `det / rt1` so that it is accurate too unless the
/// determinant itself cancels.
pub fn lae2<R: RealScalar>(a: R, b: R, c: R) -> (R, R) {
    let (rt1, rt2, _) = lae2_parts(a, b, c);
    (rt1, rt2)
}

/// `(rt1, rt2, sign of a + c with 0 counted positive, rt)`.
fn lae2_parts<R: RealScalar>(a: R, b: R, c: R) -> (R, R, (R, R)) {
    let half = R::from_f64(0.5);
    let sm = a + c;
    let df = a - c;
    let adf = df.abs();
    let tb = b + b;
    let ab = tb.abs();
    let (acmx, acmn) = if a.abs() > c.abs() { (a, c) } else { (c, a) };
    let rt = hyp(adf, ab);
    // The larger eigenvalue in magnitude from the sum without cancellation;
    // the other from the determinant, ordered to avoid overflow.
    let (rt1, rt2) = if sm < R::zero() {
        let rt1 = half * (sm - rt);
        (rt1, (acmx / rt1) * acmn - (b / rt1) * b)
    } else if sm > R::zero() {
        let rt1 = half * (sm + rt);
        (rt1, (acmx / rt1) * acmn - (b / rt1) * b)
    } else {
        (half * rt, -half * rt)
    };
    (rt1, rt2, (sm, rt))
}

/// The eigensystem of the symmetric matrix `[a b; b c]` (`?laev2`):
/// `(rt1, rt2, cs1, sn1)` with `|rt1| >= |rt2|` and `(cs1, sn1)` the unit
/// eigenvector of `rt1`, so that
/// `[cs1 sn1; -sn1 cs1] [a b; b c] [cs1 -sn1; sn1 cs1] = diag(rt1, rt2)`.
pub fn laev2<R: RealScalar>(a: R, b: R, c: R) -> (R, R, R, R) {
    let (one, zero) = (R::one(), R::zero());
    let (rt1, rt2, (sm, rt)) = lae2_parts(a, b, c);
    let df = a - c;
    let tb = b + b;
    let ab = tb.abs();
    let sgn1 = if sm < zero { -one } else { one };
    // The eigenvector from the better conditioned of the two rows of
    // (A - rt1 I), chosen by the sign of a - c.
    let (cs, sgn2) = if df >= zero { (df + rt, one) } else { (df - rt, -one) };
    let (mut cs1, mut sn1);
    if cs.abs() > ab {
        let ct = -tb / cs;
        sn1 = one / (one + ct * ct).sqrt();
        cs1 = ct * sn1;
    } else if ab == zero {
        cs1 = one;
        sn1 = zero;
    } else {
        let tn = -cs / tb;
        cs1 = one / (one + tn * tn).sqrt();
        sn1 = tn * cs1;
    }
    if sgn1 == sgn2 {
        // The vector found belongs to rt2: rotate it by 90 degrees.
        let tn = cs1;
        cs1 = -sn1;
        sn1 = tn;
    }
    (rt1, rt2, cs1, sn1)
}

/// The permutation that merges two sorted lists into one ascending list
/// (`?lamrg`): the first list is `a[..n1]`, read forward when `forward1`
/// (it is then ascending) or backward (it is descending), the second is
/// `a[n1..]`, read likewise by `forward2`. On return `index[k]` is the
/// position in `a` of the `k`-th smallest element (`index.len() >= a.len()`).
pub fn lamrg<R: RealScalar>(n1: usize, a: &[R], forward1: bool, forward2: bool, index: &mut [usize]) {
    let n2 = a.len() - n1;
    // Positions in reading order of each list.
    let pos1 = |k: usize| if forward1 { k } else { n1 - 1 - k };
    let pos2 = |k: usize| n1 + if forward2 { k } else { n2 - 1 - k };
    let (mut i, mut j) = (0, 0);
    for slot in index.iter_mut().take(n1 + n2) {
        // Ties go to the first list, as the reference does.
        let take_first = j >= n2 || (i < n1 && a[pos1(i)] <= a[pos2(j)]);
        if take_first {
            *slot = pos1(i);
            i += 1;
        } else {
            *slot = pos2(j);
            j += 1;
        }
    }
}

/// What `?disna` computes the condition numbers of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DisnaJob {
    /// Eigenvectors of a symmetric matrix (`'E'`).
    Eigen,
    /// Left singular vectors of an `m x n` matrix (`'L'`).
    Left,
    /// Right singular vectors of an `m x n` matrix (`'R'`).
    Right,
}

impl DisnaJob {
    /// Parses `E`, `L` or `R`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'E' => Some(DisnaJob::Eigen),
            b'L' => Some(DisnaJob::Left),
            b'R' => Some(DisnaJob::Right),
            _ => None,
        }
    }
}

/// The number of values `?disna` reads and writes: `m` for eigenvectors,
/// `min(m, n)` for singular vectors.
pub fn disna_len(job: DisnaJob, m: usize, n: usize) -> usize {
    match job {
        DisnaJob::Eigen => m,
        _ => m.min(n),
    }
}

/// The direction in which `d` is sorted, for [`disna`]: `(increasing,
/// decreasing)` (both for fewer than two equal values); for singular values
/// a direction counts only when its smallest value is non-negative. Neither
/// is `?disna`'s INFO = -4.
pub fn disna_order<R: RealScalar>(job: DisnaJob, d: &[R]) -> (bool, bool) {
    let k = d.len();
    let mut incr = d.windows(2).all(|w| w[0] <= w[1]);
    let mut decr = d.windows(2).all(|w| w[0] >= w[1]);
    if job != DisnaJob::Eigen && k > 0 {
        incr = incr && R::zero() <= d[0];
        decr = decr && d[k - 1] >= R::zero();
    }
    (incr, decr)
}

/// The reciprocal condition numbers of the eigenvectors of a symmetric
/// matrix or of the singular vectors of an `m x n` matrix (`?disna`): `sep[i]`
/// is the gap between `d[i]` and its nearest neighbour (for the left singular
/// vectors of a tall or the right ones of a wide matrix the smallest value's
/// gap to zero counts too), at least `eps * max|d|`. `d` holds [`disna_len`]
/// values sorted either way (see [`disna_order`]).
pub fn disna<R: RealScalar>(job: DisnaJob, m: usize, n: usize, d: &[R], sep: &mut [R]) {
    use ferroblas_kernels::aux::scalars::{lamch, Machine};
    let k = disna_len(job, m, n);
    if k == 0 {
        return;
    }
    let d = &d[..k];
    let sep = &mut sep[..k];
    if k == 1 {
        sep[0] = lamch::<R>(Machine::Overflow);
    } else {
        for i in 0..k {
            let left = if i > 0 { (d[i] - d[i - 1]).abs() } else { R::MAX };
            let right = if i + 1 < k { (d[i + 1] - d[i]).abs() } else { R::MAX };
            sep[i] = left.min(right);
        }
    }
    if (job == DisnaJob::Left && m > n) || (job == DisnaJob::Right && m < n) {
        // The extra singular vectors belong to the singular value zero.
        let (incr, decr) = disna_order(job, d);
        if incr {
            sep[0] = sep[0].min(d[0]);
        }
        if decr {
            sep[k - 1] = sep[k - 1].min(d[k - 1]);
        }
    }
    let eps = lamch::<R>(Machine::Eps);
    let safmin = lamch::<R>(Machine::SafeMin);
    let anorm = d[0].abs().max(d[k - 1].abs());
    let thresh = if anorm == R::zero() { eps } else { (eps * anorm).max(safmin) };
    for s in sep.iter_mut() {
        *s = s.max(thresh);
    }
}

/// The eigendecomposition of a complex symmetric (not Hermitian) 2x2 matrix
/// `[a b; b c]` (`?laesy`), see [`laesy`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Laesy<T> {
    /// The eigenvalue of larger modulus.
    pub rt1: T,
    /// The eigenvalue of smaller modulus.
    pub rt2: T,
    /// The factor that made the eigenvector matrix `X` complex orthogonal
    /// (`X X^T = I`): zero when it was not (nearly defective: the
    /// unscaled `X` had norm below the threshold 0.1); `None` for a diagonal
    /// matrix, where nothing needed scaling (the reference leaves EVSCAL
    /// alone then).
    pub evscal: Option<T>,
    /// The first component of the unit eigenvector of `rt1`; `None` when
    /// `evscal` is zero (the reference leaves CS1 alone then).
    pub cs1: Option<T>,
    /// The second component: scaled by `evscal` when it is nonzero, the
    /// unscaled `(rt1 - a) / b` when it is zero.
    pub sn1: T,
}

/// The eigenvalues and, unless the matrix is (nearly) defective, the
/// eigenvector `(cs1, sn1)` of `rt1` of the complex symmetric matrix
/// `[a b; b c]` (`?laesy`), with
/// `[cs1 sn1; -sn1 cs1] [a b; b c] [cs1 -sn1; sn1 cs1] = diag(rt1, rt2)`.
/// A complex symmetric matrix need not be diagonalizable: the eigenvector
/// `(1, (rt1 - a) / b)` is normalized to `x^T x = 1`, which needs `x^T x`
/// away from zero; below the reference's threshold (`|sqrt(x^T x)| < 0.1`)
/// no eigenvector is returned (`evscal = 0`).
pub fn laesy<T: Scalar>(a: T, b: T, c: T) -> Laesy<T> {
    let cabs = |z: T| z.re().hypot(z.im());
    let csqrt = crate::nonsym_eigen::csqrt::<T>;
    let zero = <T::Real as Scalar>::zero();
    let rone = <T::Real as Scalar>::one();
    if cabs(b) == zero {
        // Diagonal: the eigenvectors are the unit vectors.
        return if cabs(a) < cabs(c) {
            Laesy { rt1: c, rt2: a, evscal: None, cs1: Some(T::zero()), sn1: T::one() }
        } else {
            Laesy { rt1: a, rt2: c, evscal: None, cs1: Some(T::one()), sn1: T::zero() }
        };
    }
    // The roots of lambda^2 - (a + c) lambda + (a c - b^2): s +- t with
    // t = sqrt(((a - c) / 2)^2 + b^2), scaled against over/underflow.
    let half = T::from_real(<T::Real as RealScalar>::from_f64(0.5));
    let s = (a + c) * half;
    let mut t = (a - c) * half;
    let zmax = cabs(b).max(cabs(t));
    if zmax > zero {
        let (ts, bs) = (t.scale_real(rone / zmax), b.scale_real(rone / zmax));
        t = csqrt(ts * ts + bs * bs).scale_real(zmax);
    }
    let (mut rt1, mut rt2) = (s + t, s - t);
    if cabs(rt1) < cabs(rt2) {
        std::mem::swap(&mut rt1, &mut rt2);
    }
    // The eigenvector (1, sn1) of rt1, scaled so that x^T x = 1.
    let sn1 = (rt1 - a) / b;
    let tabs = cabs(sn1);
    let t = if tabs > rone {
        let (u, v) = (T::from_real(rone / tabs), sn1.scale_real(rone / tabs));
        csqrt(u * u + v * v).scale_real(tabs)
    } else {
        csqrt(T::one() + sn1 * sn1)
    };
    if cabs(t) >= <T::Real as RealScalar>::from_f64(0.1) {
        let evscal = T::one() / t;
        Laesy { rt1, rt2, evscal: Some(evscal), cs1: Some(evscal), sn1: sn1 * evscal }
    } else {
        Laesy { rt1, rt2, evscal: Some(T::zero()), cs1: None, sn1 }
    }
}
