//! Residual tests of QR with column pivoting (`geqp3`), the RZ factorization
//! (`tzrzf`, `ormrz`) and `gelsy`, with c64 oracles.

#![allow(clippy::needless_range_loop)]

use super::*;
use crate::condition::testutil::{cabs, Rng, TestScalar};
use crate::least_squares::{gelsx, gelsy, gelsy_req, laic1, Extreme};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{c32, c64, MatMut, MatRef, Side, Trans, VecRef};
use ferroblas_relapack::{Par, WorkBuffer, WorkReq, Workspace};

fn eps<T: Scalar>() -> f64 {
    T::Real::EPSILON.to_f64()
}

/// Column-major `m x n` with leading dimension `ld`.
#[derive(Clone)]
struct M<T> {
    m: usize,
    n: usize,
    ld: usize,
    d: Vec<T>,
}

impl<T: TestScalar> M<T> {
    fn zeros(m: usize, n: usize, pad: usize) -> Self {
        let ld = m + pad;
        M { m, n, ld: ld.max(1), d: vec![T::zero(); ld.max(1) * n.max(1)] }
    }
    fn random(m: usize, n: usize, pad: usize, rng: &mut Rng) -> Self {
        let mut a = Self::zeros(m, n, pad);
        for v in a.d.iter_mut() {
            *v = rng.scalar();
        }
        a
    }
    fn from_c(m: usize, n: usize, pad: usize, f: impl Fn(usize, usize) -> c64) -> Self {
        let mut a = Self::zeros(m, n, pad);
        for j in 0..n {
            for i in 0..m {
                a.d[i + j * a.ld] = T::from_c64(f(i, j));
            }
        }
        a
    }
    fn g(&self, i: usize, j: usize) -> c64 {
        self.d[i + j * self.ld].to_c64()
    }
    fn view(&mut self) -> MatMut<'_, T> {
        MatMut::from_col_major(&mut self.d, self.m, self.n, self.ld)
    }
    fn rview(&self) -> MatRef<'_, T> {
        MatRef::from_col_major(&self.d, self.m, self.n, self.ld)
    }
    fn max_abs(&self) -> f64 {
        let mut r = 0.0f64;
        for j in 0..self.n {
            for i in 0..self.m {
                r = r.max(cabs(self.g(i, j)));
            }
        }
        r
    }
}

/// `op(a) * b` in c64, `a` `m x k` (after op), as a dense closure's matrix.
fn prod(a: &dyn Fn(usize, usize) -> c64, b: &dyn Fn(usize, usize) -> c64, m: usize, k: usize, n: usize) -> Vec<c64> {
    let mut c = vec![c64::new(0.0, 0.0); m * n];
    for j in 0..n {
        for l in 0..k {
            let blj = b(l, j);
            for i in 0..m {
                c[i + j * m] += a(i, l) * blj;
            }
        }
    }
    c
}

/// The m x m (k = min(m, n) columns suffice) Q of a QR stored in `a`/`tau`.
fn explicit_q<T: TestScalar>(a: &M<T>, tau: &[T]) -> M<T> {
    let (m, k) = (a.m, tau.len());
    let mut q = M::<T>::from_c(m, k, 0, |i, j| a.g(i, j));
    let mut w = WorkBuffer::new(orgqr_req::<T>(m, k));
    orgqr(q.view(), tau, Par::Seq, w.workspace());
    q
}

fn is_permutation(p: &[usize]) -> bool {
    let mut seen = vec![false; p.len()];
    p.iter().all(|&i| i < p.len() && !std::mem::replace(&mut seen[i], true))
}

/// Runs geqp3_with and checks the permutation, |A P - Q R|, |I - Q^H Q|, the
/// fixed columns, and (with `decreasing`) R's diagonal. Returns jpvt.
#[allow(clippy::too_many_arguments)]
fn check_geqp3<T: TestScalar>(a0: &M<T>, fixed: &[bool], nb: usize, nx: usize, decreasing: bool) -> Vec<usize> {
    let (m, n) = (a0.m, a0.n);
    let k = m.min(n);
    let mut a = a0.clone();
    let mut jpvt: Vec<usize> = fixed.iter().map(|&f| f as usize).collect();
    let mut tau = vec![T::zero(); k];
    let mut w = WorkBuffer::new(geqp3_req_with::<T>(m, n, nb));
    geqp3_with(a.view(), &mut jpvt, &mut tau, Par::Seq, w.workspace(), nb, nx);
    let ctx = format!("{} m={m} n={n} nb={nb} nx={nx}", T::PREFIX);
    assert!(is_permutation(&jpvt), "{ctx}: jpvt {jpvt:?} is not a permutation");
    let fixed_cols: Vec<usize> = (0..n).filter(|&j| fixed[j]).collect();
    assert_eq!(&jpvt[..fixed_cols.len()], &fixed_cols[..], "{ctx}: fixed columns not in front");
    if k == 0 {
        return jpvt;
    }
    let q = explicit_q(&a, &tau);
    let r = |i: usize, j: usize| if i <= j { a.g(i, j) } else { c64::new(0.0, 0.0) };
    let qr = prod(&|i, l| q.g(i, l), &r, m, k, n);
    let anorm = a0.max_abs().max(f64::MIN_POSITIVE);
    let tol = 30.0 * m.max(n) as f64 * eps::<T>();
    for j in 0..n {
        for i in 0..m {
            let res = cabs(a0.g(i, jpvt[j]) - qr[i + j * m]);
            assert!(res <= tol * anorm, "{ctx}: |AP - QR| at ({i},{j}) = {res:e}");
        }
    }
    let qhq = prod(&|i, l| q.g(l, i).conj(), &|l, j| q.g(l, j), k, m, k);
    for j in 0..k {
        for i in 0..k {
            let id = if i == j { 1.0 } else { 0.0 };
            let res = cabs(qhq[i + j * k] - c64::new(id, 0.0));
            assert!(res <= tol, "{ctx}: |I - Q^H Q| at ({i},{j}) = {res:e}");
        }
    }
    if decreasing {
        let nf = fixed_cols.len().min(k);
        for i in nf..k.saturating_sub(1) {
            let (d0, d1) = (cabs(a.g(i, i)), cabs(a.g(i + 1, i + 1)));
            assert!(d0 >= d1 * (1.0 - 1e-3), "{ctx}: |R({i},{i})| = {d0:e} < |R(i+1,i+1)| = {d1:e}");
        }
    }
    jpvt
}

fn geqp3_shapes<T: TestScalar>() {
    let mut rng = Rng::new(7);
    let shapes =
        [(0, 0), (0, 3), (3, 0), (1, 1), (2, 2), (3, 3), (1, 4), (4, 1), (7, 5), (5, 7), (40, 33), (33, 40), (70, 70)];
    for &(m, n) in &shapes {
        for pad in [0, 3] {
            let a0 = M::<T>::random(m, n, pad, &mut rng);
            let none = vec![false; n];
            let p1 = check_geqp3(&a0, &none, 1, 0, true);
            let p4 = check_geqp3(&a0, &none, 4, 0, true);
            let p8 = check_geqp3(&a0, &none, 8, 5, true);
            // No near ties in random data: the blocked and unblocked codes pick alike.
            assert_eq!(p1, p4, "{} {m}x{n}: blocked pivots differ", T::PREFIX);
            assert_eq!(p1, p8, "{} {m}x{n}: blocked pivots differ", T::PREFIX);
            check_geqp3(&a0, &none, PIVOT_BLOCK, PIVOT_CROSSOVER, true);
            if n >= 3 {
                let fixed: Vec<bool> = (0..n).map(|j| j % 3 == 1).collect();
                check_geqp3(&a0, &fixed, 1, 0, true);
                check_geqp3(&a0, &fixed, 4, 0, true);
                let all = vec![true; n];
                let p = check_geqp3(&a0, &all, 4, 0, false);
                assert_eq!(p, (0..n).collect::<Vec<_>>());
            }
        }
    }
}

fn geqp3_special<T: TestScalar>() {
    let mut rng = Rng::new(11);
    // Graded columns: the pivots take them from the largest down.
    let (m, n) = (30, 20);
    let a0 = M::<T>::from_c(m, n, 2, |i, j| {
        let s = 10f64.powi(-((j * 7 % n) as i32) / 3);
        c64::new(s * ((i * 13 + j * 5) % 17) as f64 / 17.0 + s * 0.1, if T::IS_COMPLEX { s * 0.2 } else { 0.0 })
    });
    check_geqp3(&a0, &[false; 20], 4, 0, true);
    check_geqp3(&a0, &[false; 20], 1, 0, true);
    // Rank 3: R's trailing block is negligible.
    let l = M::<T>::random(m, 3, 0, &mut rng);
    let r = M::<T>::random(3, n, 0, &mut rng);
    let lr = prod(&|i, k| l.g(i, k), &|k, j| r.g(k, j), m, 3, n);
    let a0 = M::<T>::from_c(m, n, 1, |i, j| lr[i + j * m]);
    for nb in [1, 4] {
        let mut a = a0.clone();
        let mut jpvt = vec![0; n];
        let mut tau = vec![T::zero(); n];
        let mut w = WorkBuffer::new(geqp3_req_with::<T>(m, n, nb));
        geqp3_with(a.view(), &mut jpvt, &mut tau, Par::Seq, w.workspace(), nb, 0);
        let tail = (3..n).flat_map(|j| (3..=j.min(m - 1)).map(move |i| (i, j))).map(|(i, j)| cabs(a.g(i, j)));
        let tail = tail.fold(0.0, f64::max);
        assert!(tail <= 100.0 * n as f64 * eps::<T>() * a0.max_abs(), "{}: rank-3 tail {tail:e}", T::PREFIX);
        check_geqp3(&a0, &[false; 20], nb, 0, false);
    }
    // Zero matrix and NaN: finish with a valid permutation.
    check_geqp3(&M::<T>::zeros(5, 4, 1), &[false; 4], 2, 0, false);
    for nb in [1, 3] {
        let mut a = M::<T>::random(9, 8, 1, &mut rng);
        a.d[2 + 3 * a.ld] = T::from_c64(c64::new(f64::NAN, 0.0));
        let mut jpvt = vec![0; 8];
        let mut tau = vec![T::zero(); 8];
        let mut w = WorkBuffer::new(geqp3_req_with::<T>(9, 8, nb));
        geqp3_with(a.view(), &mut jpvt, &mut tau, Par::Seq, w.workspace(), nb, 0);
        assert!(is_permutation(&jpvt));
    }
}

/// tzrzf then Z explicitly (ormrz on I): `A = R Z(:m, :)`, `Z^H Z = I`,
/// and ormrz/ormr3 from both sides against the explicit Z.
fn check_tzrzf<T: TestScalar>(m: usize, n: usize, nb: usize, pad: usize, seed: u64) {
    let mut rng = Rng::new(seed);
    let r0 = M::<T>::random(m, n, pad, &mut rng);
    let a0 = M::<T>::from_c(m, n, pad, |i, j| if i <= j { r0.g(i, j) } else { c64::new(0.0, 0.0) });
    let mut a = a0.clone();
    let mut tau = vec![T::zero(); m];
    let mut w = WorkBuffer::new(WorkReq::new::<T>(m * nb.max(1) + m + 1));
    tzrzf_with(a.view(), &mut tau, Par::Seq, w.workspace(), nb, 0);
    let ctx = format!("{} m={m} n={n} nb={nb}", T::PREFIX);
    let l = n - m;
    let mut z = M::<T>::from_c(n, n, 1, |i, j| c64::new(if i == j { 1.0 } else { 0.0 }, 0.0));
    let mut w = WorkBuffer::new(ormrz_req_with::<T>(Side::Left, n, n, m, nb));
    ormrz_with(Side::Left, Trans::No, a.rview(), l, &tau, z.view(), Par::Seq, w.workspace(), nb);
    let tol = 30.0 * n.max(1) as f64 * eps::<T>();
    let anorm = a0.max_abs().max(f64::MIN_POSITIVE);
    let r = |i: usize, k: usize| if i <= k { a.g(i, k) } else { c64::new(0.0, 0.0) };
    let rz = prod(&r, &|k, j| z.g(k, j), m, m, n);
    for j in 0..n {
        for i in 0..m {
            let res = cabs(a0.g(i, j) - rz[i + j * m]);
            assert!(res <= tol * anorm, "{ctx}: |A - R Z| at ({i},{j}) = {res:e}");
        }
    }
    let zhz = prod(&|i, k| z.g(k, i).conj(), &|k, j| z.g(k, j), n, n, n);
    for j in 0..n {
        for i in 0..n {
            let id = if i == j { 1.0 } else { 0.0 };
            assert!(cabs(zhz[i + j * n] - c64::new(id, 0.0)) <= tol, "{ctx}: Z not unitary at ({i},{j})");
        }
    }
    // op(Z) C and C op(Z), blocked and unblocked, against the explicit Z.
    for side in [Side::Left, Side::Right] {
        for trans in [Trans::No, Trans::ConjTrans] {
            let (cm, cn) = if side == Side::Left { (n, 4) } else { (3, n) };
            let c0 = M::<T>::random(cm, cn, 2, &mut rng);
            let opz = |i: usize, j: usize| if trans == Trans::No { z.g(i, j) } else { z.g(j, i).conj() };
            let want = if side == Side::Left {
                prod(&opz, &|i, j| c0.g(i, j), cm, n, cn)
            } else {
                prod(&|i, j| c0.g(i, j), &opz, cm, n, cn)
            };
            for b in [1, 2, nb] {
                let mut c = c0.clone();
                let mut w = WorkBuffer::new(ormrz_req_with::<T>(side, cm, cn, m, b));
                ormrz_with(side, trans, a.rview(), l, &tau, c.view(), Par::Seq, w.workspace(), b);
                for j in 0..cn {
                    for i in 0..cm {
                        let res = cabs(c.g(i, j) - want[i + j * cm]);
                        assert!(res <= tol * 4.0, "{ctx}: ormrz {side:?} {trans:?} nb={b} at ({i},{j}): {res:e}");
                    }
                }
            }
        }
    }
}

fn tzrzf_shapes<T: TestScalar>() {
    for (s, &(m, n)) in
        [(0, 0), (0, 3), (1, 1), (1, 3), (2, 2), (2, 5), (3, 4), (5, 12), (17, 23), (40, 45)].iter().enumerate()
    {
        for nb in [1, 3, 8] {
            check_tzrzf::<T>(m, n, nb, s % 3, (s * 10 + nb) as u64);
        }
    }
}

/// gelsy on `A = L R` of rank `r` (`r >= min(m, n)`: random full rank):
/// the rank found, `A^H (A X - B) = 0`, and X orthogonal to A's null space.
fn check_gelsy<T: TestScalar>(m: usize, n: usize, nrhs: usize, r: usize, seed: u64) {
    let mut rng = Rng::new(seed);
    let mn = m.min(n);
    let r = r.min(mn);
    let lf = M::<T>::random(m, r, 0, &mut rng);
    let rf = M::<T>::random(r, n, 0, &mut rng);
    let lr = prod(&|i, k| lf.g(i, k), &|k, j| rf.g(k, j), m, r, n);
    let a0 = M::<T>::from_c(m, n, 2, |i, j| lr[i + j * m]);
    let mut a = a0.clone();
    let mut b = M::<T>::random(m.max(n), nrhs, 1, &mut rng);
    let b0 = b.clone();
    let mut jpvt = vec![0; n];
    let rcond = T::Real::EPSILON.to_f64().sqrt();
    let mut w = WorkBuffer::new(gelsy_req::<T>(m, n, nrhs));
    let rank = gelsy(a.view(), b.view(), &mut jpvt, T::Real::from_f64(rcond), Par::Seq, w.workspace());
    let ctx = format!("{} m={m} n={n} nrhs={nrhs} r={r}", T::PREFIX);
    if mn == 0 || nrhs == 0 {
        assert_eq!(rank, 0);
        return;
    }
    assert_eq!(rank, r, "{ctx}: rank");
    let x = |i: usize, j: usize| b.g(i, j);
    let ax = prod(&|i, k| a0.g(i, k), &x, m, n, nrhs);
    let res: Vec<c64> = (0..m * nrhs).map(|t| ax[t] - b0.g(t % m, t / m)).collect();
    let g = prod(&|i, k| a0.g(k, i).conj(), &|k, j| res[k + j * m], n, m, nrhs);
    let anorm = a0.max_abs();
    let xnorm = (0..nrhs).flat_map(|j| (0..n).map(move |i| (i, j))).map(|(i, j)| cabs(x(i, j))).fold(0.0, f64::max);
    let tol = 100.0 * (m * n) as f64 * eps::<T>() * anorm * (anorm * xnorm + 1.0);
    for t in 0..n * nrhs {
        assert!(cabs(g[t]) <= tol, "{ctx}: A^H (AX - B) = {:e}", cabs(g[t]));
    }
    if r < n {
        // The null space of A is that of rf: the last n - r columns of the
        // Q of rf^H (n x r).
        let mut f = M::<T>::from_c(n, n, 0, |i, j| if j < r { rf.g(j, i).conj() } else { c64::new(0.0, 0.0) });
        let mut tau = vec![T::zero(); r];
        let mut w = WorkBuffer::new(geqrf_req::<T>(n, r).or(orgqr_req::<T>(n, n)));
        geqrf(f.view().submatrix(0, 0, n, r), &mut tau, Positive::No, Par::Seq, w.workspace());
        orgqr(f.view(), &tau, Par::Seq, w.workspace());
        let nx = prod(&|i, k| f.g(k, r + i).conj(), &x, n - r, n, nrhs);
        for v in nx {
            assert!(cabs(v) <= 1e3 * n as f64 * eps::<T>() * xnorm.max(1.0), "{ctx}: X not minimal, {:e}", cabs(v));
        }
    }
}

fn gelsy_shapes<T: TestScalar>() {
    for (s, &(m, n, nrhs, r)) in [
        (0, 0, 1, 0),
        (3, 2, 0, 2),
        (1, 1, 1, 1),
        (2, 3, 2, 2),
        (6, 4, 2, 4),
        (4, 6, 3, 4),
        (12, 9, 2, 5),
        (9, 12, 2, 5),
        (30, 20, 3, 20),
        (20, 30, 3, 7),
        (45, 45, 2, 30),
    ]
    .iter()
    .enumerate()
    {
        check_gelsy::<T>(m, n, nrhs, r, s as u64 + 1);
    }
    // A zero matrix: rank 0, X = 0; NaN: no hang.
    let mut a = M::<T>::zeros(4, 3, 0);
    let mut rng = Rng::new(3);
    let mut b = M::<T>::random(4, 2, 0, &mut rng);
    let mut w = WorkBuffer::new(gelsy_req::<T>(4, 3, 2));
    let rank = gelsy(a.view(), b.view(), &mut [0; 3], T::Real::from_f64(1e-3), Par::Seq, w.workspace());
    assert_eq!(rank, 0);
    assert!(b.d.iter().all(|v| *v == T::zero()));
    let mut a = M::<T>::random(6, 5, 0, &mut rng);
    a.d[7] = T::from_c64(c64::new(f64::NAN, 0.0));
    let mut b = M::<T>::random(6, 1, 0, &mut rng);
    let mut w = WorkBuffer::new(gelsy_req::<T>(6, 5, 1));
    let rank = gelsy(a.view(), b.view(), &mut [0; 5], T::Real::from_f64(1e-3), Par::Seq, w.workspace());
    assert!(rank <= 5);
}

/// gelsy's or gelsx's signature.
type Solver<T> =
    for<'a, 'b, 'c> fn(MatMut<'a, T>, MatMut<'b, T>, &mut [usize], <T as Scalar>::Real, Par, Workspace<'c>) -> usize;

/// The deprecated gelsx against gelsy on `A = L R` of rank `r`: the same
/// rank and, the minimum-norm solution being unique, the same X.
fn gelsx_against_gelsy<T: TestScalar>() {
    for (s, &(m, n, nrhs, r)) in [
        (0, 0, 1, 0),
        (1, 1, 1, 1),
        (2, 3, 2, 2),
        (6, 4, 2, 4),
        (4, 6, 3, 4),
        (12, 9, 2, 5),
        (20, 30, 3, 7),
        (45, 45, 2, 30),
    ]
    .iter()
    .enumerate()
    {
        let mut rng = Rng::new(s as u64 + 40);
        let r = r.min(m.min(n));
        let lf = M::<T>::random(m, r, 0, &mut rng);
        let rf = M::<T>::random(r, n, 0, &mut rng);
        let lr = prod(&|i, k| lf.g(i, k), &|k, j| rf.g(k, j), m, r, n);
        let a0 = M::<T>::from_c(m, n, 2, |i, j| lr[i + j * m]);
        let b0 = M::<T>::random(m.max(n), nrhs, 1, &mut rng);
        let rcond = T::Real::from_f64(T::Real::EPSILON.to_f64().sqrt());
        let solve = |f: Solver<T>| {
            let (mut a, mut b) = (a0.clone(), b0.clone());
            let mut w = WorkBuffer::new(gelsy_req::<T>(m, n, nrhs));
            let rank = f(a.view(), b.view(), &mut vec![0; n], rcond, Par::Seq, w.workspace());
            (rank, b)
        };
        let (rx, bx) = solve(gelsx::<T>);
        let (ry, by) = solve(gelsy::<T>);
        let ctx = format!("{} m={m} n={n} nrhs={nrhs} r={r}", T::PREFIX);
        assert_eq!(rx, ry, "{ctx}: gelsx rank {rx}, gelsy {ry}");
        let scale =
            (0..nrhs).flat_map(|j| (0..n).map(move |i| (i, j))).map(|(i, j)| cabs(by.g(i, j))).fold(1.0, f64::max);
        for j in 0..nrhs {
            for i in 0..n {
                let d = cabs(bx.g(i, j) - by.g(i, j));
                assert!(d <= 1e3 * (m + n) as f64 * eps::<T>() * scale, "{ctx}: X({i}, {j}) differs by {d:e}");
            }
        }
    }
}

/// laic1 on a 2 x 2 lower triangle [[l11, 0], [w, gamma]]: the extreme
/// singular values exactly.
fn laic1_two_by_two<T: TestScalar>() {
    let mut rng = Rng::new(5);
    for _ in 0..20 {
        let l11 = rng.uniform().abs() + 0.1;
        let (w, g): (T, T) = (rng.scalar(), rng.scalar());
        let (wc, gc) = (w.to_c64(), g.to_c64());
        let fro2 = l11 * l11 + wc.norm_sqr() + gc.norm_sqr();
        let det = l11 * cabs(gc);
        let disc = (fro2 * fro2 - 4.0 * det * det).max(0.0).sqrt();
        let (smax, smin) = (((fro2 + disc) / 2.0).sqrt(), ((fro2 - disc) / 2.0).max(0.0).sqrt());
        let one = [T::one()];
        let x = VecRef::from_slice(&one);
        let ww = [w];
        let hi = laic1(Extreme::Largest, x, T::Real::from_f64(l11), VecRef::from_slice(&ww), g);
        let lo = laic1(Extreme::Smallest, x, T::Real::from_f64(l11), VecRef::from_slice(&ww), g);
        let tol = 50.0 * eps::<T>();
        assert!(
            (hi.sestpr.to_f64() - smax).abs() <= tol * smax,
            "{}: smax {} vs {smax}",
            T::PREFIX,
            hi.sestpr.to_f64()
        );
        assert!(
            (lo.sestpr.to_f64() - smin).abs() <= tol * smax,
            "{}: smin {} vs {smin}",
            T::PREFIX,
            lo.sestpr.to_f64()
        );
        for r in [hi, lo] {
            let norm = r.s.to_c64().norm_sqr() + r.c.to_c64().norm_sqr();
            assert!((norm - 1.0).abs() <= tol, "{}: [s; c] not a unit vector", T::PREFIX);
        }
    }
}

macro_rules! all_types {
    ($name:ident, $body:ident) => {
        #[test]
        fn $name() {
            $body::<f32>();
            $body::<f64>();
            $body::<c32>();
            $body::<c64>();
        }
    };
}

mod residual {
    use super::*;
    all_types!(geqp3_residuals_and_pivots, geqp3_shapes);
    all_types!(geqp3_graded_rank_deficient_nan, geqp3_special);
    all_types!(tzrzf_ormrz_against_explicit_z, tzrzf_shapes);
    all_types!(gelsy_rank_and_minimum_norm, gelsy_shapes);
    all_types!(laic1_exact_on_two_by_two, laic1_two_by_two);
    all_types!(gelsx_same_as_gelsy, gelsx_against_gelsy);
}
