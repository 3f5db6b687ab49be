//! Householder reconstruction from a tall-skinny QR (Ballard, Demmel,
//! Grigori, Jacquelin, Knight and Nguyen, "Reconstructing Householder
//! vectors from tall-skinny QR", 2015): `?orhr_col`/`?unhr_col` and the LU
//! without pivoting it rests on (`?laorhr_col_getrfnp(2)`/
//! `?launhr_col_getrfnp(2)`), Q from `?latsqr` (`?orgtsqr`, and
//! `?orgtsqr_row` with the block update `?larfb_gett`), and the driver
//! `?getsqrhrt` that chains them into a QR in the compact WY form of
//! [`geqrt`](super::geqrt).
//!
//! For `Q` (`m x n`) with orthonormal columns, `Q - [S; 0] = V U` with V
//! unit lower trapezoidal, U upper triangular and `S = diag(d)`, `d_i = ±1`
//! chosen against cancellation; then `I - V T V^H` with
//! `T = -U S V1^{-H}` is a Householder product whose first `n` columns are
//! `Q S`. T is formed in diagonal blocks of `nb` columns, the form
//! [`gemqrt`](super::gemqrt) applies.

use super::pivoted::modulus;
use super::tsqr::{block, ts_blocks};
use super::{lamtsqr, latsqr, BLOCK};
use ferroblas_kernels::aux::matrix::{laset, Part};
use ferroblas_kernels::aux::scalars::{lamch, Machine};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{Diag, MatMut, MatRef, Side, Trans, Uplo};
use ferroblas_relapack::level3::Level3;
use ferroblas_relapack::Par;

/// `H` for real types, the conjugate transpose for complex ones.
fn ct<T: Scalar>() -> Trans {
    if T::IS_COMPLEX {
        Trans::ConjTrans
    } else {
        Trans::Trans
    }
}

/// The sign `d = -sign(Re a)` that keeps `a - d` away from cancellation
/// (a negative zero counts as negative, as Fortran's `SIGN` has it).
fn anti_sign<T: Scalar>(a: T) -> T {
    if T::Real::one().copysign(a.re()) < T::Real::zero() {
        T::one()
    } else {
        -T::one()
    }
}

/// The recursive LU without pivoting of `A - S` (`?laorhr_col_getrfnp2`,
/// `?launhr_col_getrfnp2`), `a` `m x n`: `S = diag(d)` (`min(m, n)`
/// entries) with `d_i = -sign(Re a_ii)` taken from the diagonal as the
/// elimination reaches it, so every pivot has modulus at least 1. L (unit,
/// not stored) and U overwrite `a`.
pub fn launhr_col_getrfnp2<T: Scalar>(a: MatMut<'_, T>, d: &mut [T], par: Par) {
    getrfnp2(a, d, &Level3::new(par));
}

fn getrfnp2<T: Scalar>(mut a: MatMut<'_, T>, d: &mut [T], l3: &Level3) {
    let (m, n) = (a.nrows(), a.ncols());
    if m.min(n) == 0 {
        return;
    }
    if m == 1 || n == 1 {
        let s = anti_sign(a.get(0, 0));
        d[0] = s;
        let p = a.get(0, 0) - s;
        a.set(0, 0, p);
        if n == 1 {
            // The reciprocal only where it cannot overflow.
            let sfmin = lamch::<T::Real>(Machine::SafeMin);
            if modulus(p) >= sfmin {
                let r = T::one() / p;
                for i in 1..m {
                    a.set(i, 0, a.get(i, 0) * r);
                }
            } else {
                for i in 1..m {
                    a.set(i, 0, a.get(i, 0) / p);
                }
            }
        }
        return;
    }
    let n1 = m.min(n) / 2;
    let (mut left, right) = a.split_at_col(n1);
    getrfnp2(left.rb_mut(), &mut d[..n1], l3);
    let left = left.into_ref();
    let (a11, a21) = (left.submatrix(0, 0, n1, n1), left.submatrix(n1, 0, m - n1, n1));
    let (mut a12, mut a22) = right.split_at_row(n1);
    l3.trsm(Side::Left, Uplo::Lower, Trans::No, Diag::Unit, T::one(), a11, a12.rb_mut());
    l3.gemm(Trans::No, Trans::No, -T::one(), a21, a12.rb(), T::one(), a22.rb_mut());
    getrfnp2(a22, &mut d[n1..], l3);
}

/// The blocked LU without pivoting of `A - S` (`?laorhr_col_getrfnp`,
/// `?launhr_col_getrfnp`): the factors and `d` of
/// [`launhr_col_getrfnp2`], panels of [`BLOCK`] columns factored by it.
pub fn launhr_col_getrfnp<T: Scalar>(mut a: MatMut<'_, T>, d: &mut [T], par: Par) {
    let (m, n) = (a.nrows(), a.ncols());
    let k = m.min(n);
    let l3 = Level3::new(par);
    if BLOCK >= k {
        return getrfnp2(a, d, &l3);
    }
    for j in (0..k).step_by(BLOCK) {
        let jb = BLOCK.min(k - j);
        let rest = a.rb_mut().submatrix(j, j, m - j, n - j);
        let (mut panel, right) = rest.split_at_col(jb);
        getrfnp2(panel.rb_mut(), &mut d[j..j + jb], &l3);
        let panel = panel.into_ref();
        let (l11, l21) = (panel.submatrix(0, 0, jb, jb), panel.submatrix(jb, 0, m - j - jb, jb));
        let (mut a12, a22) = right.split_at_row(jb);
        l3.trsm(Side::Left, Uplo::Lower, Trans::No, Diag::Unit, T::one(), l11, a12.rb_mut());
        l3.gemm(Trans::No, Trans::No, -T::one(), l21, a12.rb(), T::one(), a22);
    }
}

/// Householder reconstruction (`?orhr_col`, `?unhr_col`): `a` (`m x n`,
/// `m >= n`) holds Q with orthonormal columns on entry and V (unit lower
/// trapezoidal, ones not stored) with U in its upper triangle on exit, such
/// that `(I - V T V^H) [I; 0] = Q S`. `t` (at least `min(nb, n)` rows,
/// `n` columns) receives T in upper triangular diagonal blocks of `nb`
/// columns, as [`geqrt`](super::geqrt) leaves them; `d` (`n`) receives
/// the diagonal of `S`, each entry `±1`.
pub fn orhr_col<T: Scalar>(mut a: MatMut<'_, T>, nb: usize, mut t: MatMut<'_, T>, d: &mut [T], par: Par) {
    let (m, n) = (a.nrows(), a.ncols());
    assert!(m >= n && nb >= 1, "orhr_col: needs m >= n and nb >= 1");
    if n == 0 {
        return;
    }
    let l3 = Level3::new(par);
    launhr_col_getrfnp(a.rb_mut().submatrix(0, 0, n, n), d, par);
    let (top, bottom) = a.rb_mut().split_at_row(n);
    let top = top.into_ref();
    if m > n {
        l3.trsm(Side::Right, Uplo::Upper, Trans::No, Diag::NonUnit, T::one(), top, bottom);
    }
    let rows = t.nrows();
    for jb in (0..n).step_by(nb) {
        let jnb = nb.min(n - jb);
        for c in 0..jnb {
            let j = jb + c;
            // T block = -U S: negate the columns whose d is +1.
            let flip = d[j] == T::one();
            for i in 0..=c {
                let u = top.get(jb + i, j);
                t.set(i, j, if flip { -u } else { u });
            }
            // The solve below reads the whole square; the reference clears
            // the rows under the diagonal up to NB for all but the last.
            if c + 1 < jnb {
                for i in c + 1..nb.min(rows) {
                    t.set(i, j, T::zero());
                }
            }
        }
        let v1 = top.submatrix(jb, jb, jnb, jnb);
        let tb = t.rb_mut().submatrix(0, jb, jnb, jnb);
        l3.trsm(Side::Right, Uplo::Lower, ct::<T>(), Diag::Unit, T::one(), v1, tb);
    }
}

/// Applies `H = I - V T V^H` from the left to the triangular-pentagonal
/// `[A; B]` (`?larfb_gett`): `a` is `k x n` (`k <= n`) with an upper
/// triangular left `k x k` block whose strict lower part holds V1 (unit,
/// ones not stored; `ident` = V1 is the identity, not stored), `b` is
/// `m x n` whose first `k` columns hold V2 (the matrix's own part there is
/// zero), `t` is `k x k` upper triangular. Both are overwritten by
/// `H [A; B]`. `work` is `k x max(k, n - k)`.
pub fn larfb_gett<T: Scalar>(
    ident: bool,
    t: MatRef<'_, T>,
    a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    mut work: MatMut<'_, T>,
    par: Par,
) {
    let (k, n, m) = (a.nrows(), a.ncols(), b.nrows());
    if n == 0 || k == 0 || k > n {
        return;
    }
    let l3 = Level3::new(par);
    let (mut a1, mut a2) = a.split_at_col(k);
    let (mut b1, mut b2) = b.split_at_col(k);
    if n > k {
        let mut w2 = work.rb_mut().submatrix(0, 0, k, n - k);
        for j in 0..n - k {
            for i in 0..k {
                w2.set(i, j, a2.get(i, j));
            }
        }
        if !ident {
            l3.trmm(Side::Left, Uplo::Lower, ct::<T>(), Diag::Unit, T::one(), a1.rb(), w2.rb_mut());
        }
        if m > 0 {
            l3.gemm(ct::<T>(), Trans::No, T::one(), b1.rb(), b2.rb(), T::one(), w2.rb_mut());
        }
        l3.trmm(Side::Left, Uplo::Upper, Trans::No, Diag::NonUnit, T::one(), t, w2.rb_mut());
        if m > 0 {
            l3.gemm(Trans::No, Trans::No, -T::one(), b1.rb(), w2.rb(), T::one(), b2.rb_mut());
        }
        if !ident {
            l3.trmm(Side::Left, Uplo::Lower, Trans::No, Diag::Unit, T::one(), a1.rb(), w2.rb_mut());
        }
        for j in 0..n - k {
            for i in 0..k {
                a2.set(i, j, a2.get(i, j) - w2.get(i, j));
            }
        }
    }
    let mut w1 = work.submatrix(0, 0, k, k);
    for j in 0..k {
        for i in 0..k {
            w1.set(i, j, if i <= j { a1.get(i, j) } else { T::zero() });
        }
    }
    if !ident {
        l3.trmm(Side::Left, Uplo::Lower, ct::<T>(), Diag::Unit, T::one(), a1.rb(), w1.rb_mut());
    }
    l3.trmm(Side::Left, Uplo::Upper, Trans::No, Diag::NonUnit, T::one(), t, w1.rb_mut());
    if m > 0 {
        l3.trmm(Side::Right, Uplo::Upper, Trans::No, Diag::NonUnit, -T::one(), w1.rb(), b1.rb_mut());
    }
    if !ident {
        l3.trmm(Side::Left, Uplo::Lower, Trans::No, Diag::Unit, T::one(), a1.rb(), w1.rb_mut());
    }
    for j in 0..k {
        for i in 0..k {
            if i <= j {
                a1.set(i, j, a1.get(i, j) - w1.get(i, j));
            } else if !ident {
                a1.set(i, j, -w1.get(i, j));
            }
        }
    }
}

/// The workspace of [`orgtsqr`]: `m n + n min(nb, n)` elements.
pub fn orgtsqr_work(m: usize, n: usize, nb: usize) -> usize {
    m * n + n * nb.min(n)
}

/// The first `n` columns of Q from [`latsqr`] (`?orgtsqr`, `?ungtsqr`):
/// `a` (`m x n`) holds the reflectors on entry and Q on exit, `mb` is the
/// row block [`latsqr`] used and `t` its factors (`min(nb, n)` rows).
/// Formed by applying Q to `[I; 0]` with [`lamtsqr`]; `work` holds
/// [`orgtsqr_work`] elements.
pub fn orgtsqr<T: Scalar>(mut a: MatMut<'_, T>, mb: usize, t: MatRef<'_, T>, par: Par, work: &mut [T]) {
    let (m, n) = (a.nrows(), a.ncols());
    if m.min(n) == 0 {
        return;
    }
    let (c, rest) = work.split_at_mut(m * n);
    let mut cv = MatMut::from_col_major(c, m, n, m);
    laset(Part::Full, T::zero(), T::one(), cv.rb_mut());
    lamtsqr(Side::Left, Trans::No, mb, a.rb(), t, cv.rb_mut(), par, rest);
    for j in 0..n {
        for i in 0..m {
            a.set(i, j, cv.get(i, j));
        }
    }
}

/// The workspace of [`orgtsqr_row`]: `nb max(nb, n - nb)` elements,
/// `nb = min(nb, n)`.
pub fn orgtsqr_row_work(n: usize, nb: usize) -> usize {
    let nb = nb.min(n);
    nb * nb.max(n - nb)
}

/// The first `n` columns of Q from [`latsqr`] (`?orgtsqr_row`,
/// `?ungtsqr_row`), as [`orgtsqr`] but in place: the row blocks bottom up
/// and within each the column blocks right to left, each by
/// [`larfb_gett`]. `t` has `min(nb, n)` rows; `work` holds
/// [`orgtsqr_row_work`] elements (less is made up internally).
pub fn orgtsqr_row<T: Scalar>(mut a: MatMut<'_, T>, mb: usize, t: MatRef<'_, T>, par: Par, work: &mut [T]) {
    let (m, n) = (a.nrows(), a.ncols());
    if m.min(n) == 0 {
        return;
    }
    let nb = t.nrows().min(n).max(1);
    let need = orgtsqr_row_work(n, nb);
    let mut own = Vec::new();
    let work = if work.len() >= need {
        work
    } else {
        own.resize(need, T::zero());
        &mut own[..]
    };
    laset(Part::Upper, T::zero(), T::one(), a.rb_mut());
    let kb_last = ((n - 1) / nb) * nb;
    let col_blocks = move || (0..=kb_last).rev().step_by(nb);
    if mb < m && mb > n {
        for s in (1..ts_blocks(m, n, mb)).rev() {
            let (start, len) = block(s, m, n, mb);
            for kb in col_blocks() {
                let knb = nb.min(n - kb);
                let (head, tail) = a.rb_mut().split_at_row(start);
                let top = head.submatrix(kb, kb, knb, n - kb);
                let bot = tail.submatrix(0, kb, len, n - kb);
                let w = MatMut::from_col_major(&mut work[..], knb, knb.max(n - kb - knb), knb);
                larfb_gett(true, t.submatrix(0, s * n + kb, knb, knb), top, bot, w, par);
            }
        }
    }
    let mb1 = mb.min(m);
    for kb in col_blocks() {
        let knb = nb.min(n - kb);
        let (head, tail) = a.rb_mut().split_at_row(kb + knb);
        let top = head.submatrix(kb, kb, knb, n - kb);
        let bot = tail.submatrix(0, kb, mb1 - kb - knb, n - kb);
        let w = MatMut::from_col_major(&mut work[..], knb, knb.max(n - kb - knb), knb);
        larfb_gett(false, t.submatrix(0, kb, knb, knb), top, bot, w, par);
    }
}

/// The workspace of [`getsqrhrt`] (the reference's `LWORK`):
/// `lwt + max(nb1 n, n^2 + max(nb1 max(nb1, n - nb1), n))`, `lwt` the
/// TSQR factors' `ts_blocks(m, n, mb1) n nb1`, `nb1 = min(nb1, n)`.
pub fn getsqrhrt_work(m: usize, n: usize, mb1: usize, nb1: usize) -> usize {
    let nb1 = nb1.min(n);
    let lwt = ts_blocks(m, n, mb1) * n * nb1;
    let lw2 = nb1 * nb1.max(n - nb1);
    (lwt + nb1 * n).max(lwt + n * n + lw2).max(lwt + n * n + n)
}

/// QR in the compact WY form of [`geqrt`](super::geqrt) by way of TSQR
/// (`?getsqrhrt`): `a` (`m x n`, `m >= n`) is factored by [`latsqr`] in
/// row blocks of `mb1` (`mb1 > n`) and column blocks of `nb1`, its Q
/// formed by [`orgtsqr_row`] and turned into reflectors by [`orhr_col`]
/// with blocks of `nb2`; R (with the signs of S) overwrites `a`'s upper
/// triangle, V the rest, and `t` (`min(nb2, n)` rows, `n` columns) the
/// triangular factors. `work` holds [`getsqrhrt_work`] elements.
#[allow(clippy::too_many_arguments)]
pub fn getsqrhrt<T: Scalar>(
    mut a: MatMut<'_, T>,
    mb1: usize,
    nb1: usize,
    nb2: usize,
    t: MatMut<'_, T>,
    par: Par,
    work: &mut [T],
) {
    let (m, n) = (a.nrows(), a.ncols());
    if m.min(n) == 0 {
        return;
    }
    let nb1 = nb1.min(n).max(1);
    let nb2 = nb2.min(n).max(1);
    let lwt = ts_blocks(m, n, mb1) * n * nb1;
    let (wt, rest) = work.split_at_mut(lwt);
    let mut tv = MatMut::from_col_major(wt, nb1, lwt / nb1, nb1);
    // The TSQR's own workspace is free again once R is copied out.
    latsqr(a.rb_mut(), mb1, tv.rb_mut(), par, rest);
    let (r, rest) = rest.split_at_mut(n * n);
    let mut rv = MatMut::from_col_major(r, n, n, n);
    for j in 0..n {
        for i in 0..=j {
            rv.set(i, j, a.get(i, j));
        }
    }
    orgtsqr_row(a.rb_mut(), mb1, tv.rb(), par, rest);
    let d = &mut rest[..n];
    orhr_col(a.rb_mut(), nb2, t, d, par);
    // R_hr = S R_tsqr.
    for (i, &di) in d.iter().enumerate() {
        let neg = di == -T::one();
        for j in i..n {
            let x = rv.get(i, j);
            a.set(i, j, if neg { -x } else { x });
        }
    }
}

#[cfg(test)]
#[allow(clippy::needless_range_loop)]
mod residual {
    use super::*;
    use crate::condition::testutil::{cabs, Rng, TestScalar};
    use crate::qr::gemqrt;
    use ferroblas_kernels::{c32, c64};

    fn eps<T: Scalar>() -> f64 {
        T::Real::EPSILON.to_f64()
    }

    /// Column-major `m x n` with leading dimension `ld`.
    struct Mat<T> {
        m: usize,
        n: usize,
        ld: usize,
        d: Vec<T>,
    }

    impl<T: TestScalar> Mat<T> {
        fn random(m: usize, n: usize, pad: usize, rng: &mut Rng) -> Self {
            let ld = (m + pad).max(1);
            Mat { m, n, ld, d: (0..ld * n.max(1)).map(|_| rng.scalar()).collect() }
        }
        fn zeros(m: usize, n: usize) -> Self {
            Mat { m, n, ld: m.max(1), d: vec![T::zero(); m.max(1) * n.max(1)] }
        }
        fn get(&self, i: usize, j: usize) -> c64 {
            self.d[i + j * self.ld].to_c64()
        }
        fn view(&mut self) -> MatMut<'_, T> {
            MatMut::from_col_major(&mut self.d, self.m, self.n, self.ld)
        }
        fn rview(&self) -> MatRef<'_, T> {
            MatRef::from_col_major(&self.d, self.m, self.n, self.ld)
        }
        fn norm(&self) -> f64 {
            (0..self.n)
                .flat_map(|j| (0..self.m).map(move |i| (i, j)))
                .map(|(i, j)| cabs(self.get(i, j)))
                .fold(0.0, f64::max)
        }
    }

    /// `|I - Q^H Q|` (max entry) of the `m x n` Q.
    fn orth_err<T: TestScalar>(q: &Mat<T>) -> f64 {
        let mut e = 0.0f64;
        for i in 0..q.n {
            for j in 0..q.n {
                let g = (0..q.m).fold(c64::new(0.0, 0.0), |s, l| s + q.get(l, i).conj() * q.get(l, j));
                let want = if i == j { 1.0 } else { 0.0 };
                e = e.max(cabs(g - c64::new(want, 0.0)));
            }
        }
        e
    }

    /// Q (`m x n`) with orthonormal columns, from geqrf + orgqr of a random matrix.
    fn random_q<T: TestScalar>(m: usize, n: usize, pad: usize, rng: &mut Rng) -> Mat<T> {
        let mut q = Mat::<T>::random(m, n, pad, rng);
        let mut tau = vec![T::zero(); n];
        crate::qr::geqr2(q.view(), &mut tau, crate::qr::Positive::No);
        crate::qr::org2r(q.view(), &tau);
        q
    }

    /// `(I - V T V^H) [I; 0]` from the blocked V, T of orhr_col/getsqrhrt.
    fn form_q<T: TestScalar>(v: &Mat<T>, t: &Mat<T>) -> Mat<T> {
        let (m, n) = (v.m, v.n);
        let mut c = Mat::<T>::zeros(m, n);
        laset(Part::Full, T::zero(), T::one(), c.view());
        let mut work = vec![T::zero(); t.m * n.max(m) + 1];
        gemqrt(Side::Left, Trans::No, v.rview(), t.rview(), c.view(), Par::Seq, &mut work);
        c
    }

    fn check_orhr<T: TestScalar>(m: usize, n: usize, nb: usize, seed: u64) {
        let mut rng = Rng::new(seed);
        let q = random_q::<T>(m, n, 2, &mut rng);
        let mut v = Mat { m, n, ld: q.ld, d: q.d.clone() };
        let nbl = nb.min(n).max(1);
        let mut t = Mat::<T>::random(nbl, n, 1, &mut rng);
        let mut d = vec![T::zero(); n];
        orhr_col(v.view(), nb, t.view(), &mut d, Par::Seq);
        let tag = format!("{} orhr_col m={m} n={n} nb={nb}", T::PREFIX);
        let tol = 30.0 * (m.max(1) as f64) * eps::<T>();
        for (j, dj) in d.iter().enumerate() {
            assert!(*dj == T::one() || *dj == -T::one(), "{tag}: d[{j}]");
        }
        // T's blocks are upper triangular: the solve keeps the zeros.
        for jb in (0..n).step_by(nb) {
            for c in 0..nb.min(n - jb) {
                for i in c + 1..nb.min(n - jb) {
                    assert!(t.get(i, jb + c) == c64::new(0.0, 0.0), "{tag}: T below the diagonal");
                }
            }
        }
        let qs = form_q(&v, &t);
        let mut e = 0.0f64;
        for j in 0..n {
            for i in 0..m {
                let want = q.get(i, j) * d[j].to_c64();
                e = e.max(cabs(qs.get(i, j) - want));
            }
        }
        assert!(e <= tol, "{tag}: |Q S - (I - V T V^H)[I; 0]| = {e:e}");
    }

    fn check_tsqr<T: TestScalar>(m: usize, n: usize, mb: usize, nb: usize, seed: u64) {
        let mut rng = Rng::new(seed);
        let a0 = Mat::<T>::random(m, n, 3, &mut rng);
        let nbl = nb.min(n).max(1);
        let blocks = ts_blocks(m, n, mb);
        let tag = format!("{} tsqr m={m} n={n} mb={mb} nb={nb}", T::PREFIX);
        let tol = 50.0 * (m.max(1) as f64) * eps::<T>();
        let scale = a0.norm().max(1.0);
        // latsqr, then Q both ways: they agree, are orthonormal, Q R = A.
        let mut f = Mat { m, n, ld: a0.ld, d: a0.d.clone() };
        let mut t = Mat::<T>::zeros(nbl, n * blocks);
        let mut w = vec![T::zero(); nbl * n.max(1)];
        latsqr(f.view(), mb, t.view(), Par::Seq, &mut w);
        let mut q1 = Mat { m, n, ld: f.ld, d: f.d.clone() };
        let mut work = vec![T::zero(); orgtsqr_work(m, n, nb).max(1)];
        orgtsqr(q1.view(), mb, t.rview(), Par::Seq, &mut work);
        let mut q2 = Mat { m, n, ld: f.ld, d: f.d.clone() };
        let mut work = vec![T::zero(); orgtsqr_row_work(n, nb).max(1)];
        orgtsqr_row(q2.view(), mb, t.rview(), Par::Seq, &mut work);
        let mut e = 0.0f64;
        for j in 0..n {
            for i in 0..m {
                e = e.max(cabs(q1.get(i, j) - q2.get(i, j)));
                let qr = (0..=j).fold(c64::new(0.0, 0.0), |s, l| s + q2.get(i, l) * f.get(l, j));
                assert!(cabs(qr - a0.get(i, j)) <= tol * scale, "{tag}: |A - Q R|");
            }
        }
        assert!(e <= tol, "{tag}: orgtsqr vs orgtsqr_row {e:e}");
        assert!(orth_err(&q1) <= tol, "{tag}: |I - Q^H Q| (orgtsqr)");
        assert!(orth_err(&q2) <= tol, "{tag}: |I - Q^H Q| (orgtsqr_row)");

        // getsqrhrt: A = (I - V T V^H) [R; 0].
        let mut g = Mat { m, n, ld: a0.ld, d: a0.d.clone() };
        let nb2 = nb.div_ceil(2);
        let mut t2 = Mat::<T>::zeros(nb2.min(n).max(1), n);
        let mut work = vec![T::zero(); getsqrhrt_work(m, n, mb, nb).max(1)];
        getsqrhrt(g.view(), mb, nb, nb2, t2.view(), Par::Seq, &mut work);
        let mut c = Mat::<T>::zeros(m, n);
        for j in 0..n {
            for i in 0..=j.min(m.saturating_sub(1)) {
                c.d[i + j * c.ld] = g.d[i + j * g.ld];
            }
        }
        if n > 0 {
            let mut w = vec![T::zero(); t2.m * n + 1];
            gemqrt(Side::Left, Trans::No, g.rview(), t2.rview(), c.view(), Par::Seq, &mut w);
        }
        for j in 0..n {
            for i in 0..m {
                assert!(cabs(c.get(i, j) - a0.get(i, j)) <= tol * scale, "{tag}: getsqrhrt |A - Q R|");
            }
        }
        let qh = {
            let v = Mat { m, n, ld: g.ld, d: g.d.clone() };
            if n > 0 {
                form_q(&v, &t2)
            } else {
                Mat::zeros(m, 0)
            }
        };
        assert!(orth_err(&qh) <= tol, "{tag}: getsqrhrt |I - Q^H Q|");
    }

    fn all_orhr<T: TestScalar>() {
        for (i, &(m, n, nb)) in [
            (0, 0, 1),
            (1, 1, 1),
            (3, 0, 2),
            (2, 2, 1),
            (3, 3, 2),
            (7, 3, 2),
            (9, 5, 3),
            (6, 4, 8),
            (20, 7, 3),
            (150, 140, 5),
        ]
        .iter()
        .enumerate()
        {
            check_orhr::<T>(m, n, nb, 11 + i as u64);
        }
    }

    fn all_tsqr<T: TestScalar>() {
        for (i, &(m, n, mb, nb)) in [
            (0, 0, 1, 1),
            (1, 1, 2, 1),
            (4, 0, 2, 1),
            (3, 3, 4, 2),
            (5, 1, 2, 1),
            (10, 2, 4, 2),
            (17, 3, 5, 2),
            (23, 5, 7, 3),
            (23, 5, 30, 9),
            (31, 4, 6, 5),
        ]
        .iter()
        .enumerate()
        {
            check_tsqr::<T>(m, n, mb, nb, 40 + i as u64);
        }
    }

    #[test]
    fn orhr_col_all_precisions() {
        all_orhr::<f32>();
        all_orhr::<f64>();
        all_orhr::<c32>();
        all_orhr::<c64>();
    }

    #[test]
    fn tsqr_reconstruction_all_precisions() {
        all_tsqr::<f32>();
        all_tsqr::<f64>();
        all_tsqr::<c32>();
        all_tsqr::<c64>();
    }

    #[test]
    fn nan_input_propagates() {
        // A NaN in Q or A ends in NaN output, never a panic.
        let mut rng = Rng::new(3);
        let mut q = random_q::<f64>(9, 4, 1, &mut rng);
        q.d[2] = f64::NAN;
        let mut t = Mat::<f64>::zeros(2, 4);
        let mut d = vec![0.0; 4];
        orhr_col(q.view(), 2, t.view(), &mut d, Par::Seq);
        assert!(q.d.iter().chain(&t.d).any(|x| x.is_nan()));
        let mut a = Mat::<c64>::random(9, 4, 0, &mut rng);
        a.d[5] = c64::new(f64::INFINITY, f64::NAN);
        let mut t = Mat::<c64>::zeros(3, 4);
        let mut work = vec![c64::new(0.0, 0.0); getsqrhrt_work(9, 4, 6, 3)];
        getsqrhrt(a.view(), 6, 3, 3, t.view(), Par::Seq, &mut work);
        assert!(a.d.iter().any(|x| x.re.is_nan() || x.im.is_nan()));
    }

    #[test]
    fn getrfnp_signs_and_factors() {
        // A - S = L U with d = -sign(Re a_ii) as reached; blocked = recursive.
        let mut rng = Rng::new(7);
        for &(m, n) in &[(1, 1), (1, 3), (3, 1), (5, 5), (7, 4), (4, 7), (70, 70)] {
            let a0 = Mat::<c64>::random(m, n, 1, &mut rng);
            let mut a = Mat { m, n, ld: a0.ld, d: a0.d.clone() };
            let mut d = vec![c64::new(0.0, 0.0); m.min(n)];
            launhr_col_getrfnp(a.view(), &mut d, Par::Seq);
            let mut a2 = Mat { m, n, ld: a0.ld, d: a0.d.clone() };
            let mut d2 = d.clone();
            launhr_col_getrfnp2(a2.view(), &mut d2, Par::Seq);
            assert_eq!(d, d2);
            for j in 0..n {
                for i in 0..m {
                    let lu = (0..=i.min(j)).fold(c64::new(0.0, 0.0), |s, l| {
                        let li = if l == i { c64::new(1.0, 0.0) } else { a.get(i, l) };
                        s + li * a.get(l, j)
                    });
                    let s = if i == j { d[i] } else { c64::new(0.0, 0.0) };
                    assert!(cabs(lu - (a0.get(i, j) - s)) <= 1e-12 * (m as f64 + 1.0) * 10.0, "LU m={m} n={n}");
                    assert!(cabs(a.get(i, j) - a2.get(i, j)) <= 1e-10);
                }
            }
            for i in 0..m.min(n) {
                assert!(cabs(a.get(i, i)) >= 1.0 - 1e-12, "pivot below 1");
            }
        }
        // NaN input: NaN output, no panic.
        let mut a = Mat::<f64>::random(4, 4, 0, &mut rng);
        a.d[0] = f64::NAN;
        let mut d = vec![0.0; 4];
        launhr_col_getrfnp(a.view(), &mut d, Par::Seq);
        assert!(a.d[5].is_nan());
    }
}
