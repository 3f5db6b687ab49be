//! Tests of the tridiagonal eigensolvers: residuals and orthogonality in
//! every precision, on the matrices that stress them.

#![allow(clippy::needless_range_loop)]

use super::*;
use crate::condition::testutil::{cabs, tri_norm, Rng, TestScalar};
use crate::{Par, WorkBuffer};
use ferroblas_kernels::{c32, c64, MatMut, RealScalar, Scalar};

#[test]
fn lae2_laev2_small() {
    let (rt1, rt2) = lae2(2.0f64, 1.0, 2.0);
    assert_eq!((rt1, rt2), (3.0, 1.0));
    let (rt1, rt2, c, s) = laev2(2.0f64, 1.0, 2.0);
    assert_eq!((rt1, rt2), (3.0, 1.0));
    assert!((c - s).abs() < 1e-15 && (c * c + s * s - 1.0).abs() < 1e-15);
    // A graded case where the small eigenvalue comes from the determinant.
    let (rt1, rt2) = lae2(1e20f64, 1.0, 1.0);
    assert_eq!(rt1, 1e20);
    assert!((rt2 - (1.0 - 1e-20)).abs() < 1e-15);
    for &(a, b, c) in
        &[(1.0f64, 0.0, -1.0), (0.0, 0.0, 0.0), (-3.0, 2.0, 5.0), (1e-300, 1e300, -1e-300), (4.0, -1e-8, 4.0)]
    {
        let (rt1, rt2, cs, sn) = laev2(a, b, c);
        assert!(rt1.abs() >= rt2.abs());
        // [cs sn] is the eigenvector of rt1 and [-sn cs] of rt2.
        let scale = a.abs().max(b.abs()).max(c.abs()).max(f64::MIN_POSITIVE);
        let r1 = ((a * cs + b * sn - rt1 * cs).abs() + (b * cs + c * sn - rt1 * sn).abs()) / scale;
        let r2 = ((-a * sn + b * cs + rt2 * sn).abs() + (-b * sn + c * cs - rt2 * cs).abs()) / scale;
        assert!(r1 < 1e-14 && r2 < 1e-14, "{a} {b} {c}: {r1} {r2}");
        assert!((cs * cs + sn * sn - 1.0).abs() < 1e-15);
    }
}

#[test]
fn lamrg_merges() {
    let a = [1.0f64, 4.0, 6.0, 7.0, 5.0, 2.0];
    let mut idx = [0usize; 6];
    lamrg(3, &a, true, false, &mut idx);
    assert_eq!(idx, [0, 5, 1, 4, 2, 3]);
    let b = [6.0f64, 4.0, 1.0, 2.0, 5.0];
    let mut idx = [0usize; 5];
    lamrg(3, &b, false, true, &mut idx);
    assert_eq!(idx, [2, 3, 1, 4, 0]);
}

#[test]
fn disna_gaps() {
    let d = [1.0f64, 2.0, 4.0];
    let mut sep = [0.0; 3];
    disna(DisnaJob::Eigen, 3, 3, &d, &mut sep);
    assert_eq!(sep, [1.0, 1.0, 2.0]);
    disna(DisnaJob::Left, 4, 3, &d, &mut sep);
    assert_eq!(sep, [1.0, 1.0, 2.0]);
    let d = [0.5f64, 2.0, 4.0];
    disna(DisnaJob::Left, 4, 3, &d, &mut sep);
    assert_eq!(sep, [0.5, 1.5, 2.0]);
    assert_eq!(disna_order(DisnaJob::Eigen, &[3.0f64, 1.0, 2.0]), (false, false));
    assert_eq!(disna_order(DisnaJob::Right, &[-1.0f64, 1.0]), (false, false));
}

/// The kinds of test matrix.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Random,
    Identity,
    Zero,
    Graded,
    Wilkinson,
    Clustered,
}

fn tridiag<R: RealScalar>(kind: Kind, n: usize, rng: &mut Rng) -> (Vec<R>, Vec<R>) {
    let mut d = vec![0.0f64; n];
    let mut e = vec![0.0f64; n.saturating_sub(1)];
    match kind {
        Kind::Random => {
            d.iter_mut().for_each(|x| *x = rng.uniform());
            e.iter_mut().for_each(|x| *x = rng.uniform());
        }
        Kind::Identity => d.iter_mut().for_each(|x| *x = 1.0),
        Kind::Zero => {}
        Kind::Graded => {
            let big = if R::MANTISSA_DIGITS > 30 { 10.0 } else { 5.0 };
            for i in 0..n {
                let t = if n > 1 { i as f64 / (n - 1) as f64 } else { 0.0 };
                d[i] = 10f64.powf(big - 2.0 * big * t) * (1.0 + 0.5 * rng.uniform());
            }
            for i in 0..n.saturating_sub(1) {
                e[i] = (d[i] * d[i + 1]).sqrt() * 0.5 * rng.uniform();
            }
        }
        Kind::Wilkinson => {
            // W21+ blocks glued by small off-diagonal elements.
            for i in 0..n {
                d[i] = (10.0 - (i % 21) as f64).abs();
            }
            for i in 0..n.saturating_sub(1) {
                e[i] = if i % 21 == 20 { 1e-6 } else { 1.0 };
            }
        }
        Kind::Clustered => {
            for i in 0..n {
                d[i] = 1.0 + 1e-9 * rng.uniform();
            }
            for i in 0..n.saturating_sub(1) {
                e[i] = 1e-7 * rng.uniform();
            }
        }
    }
    (d.into_iter().map(R::from_f64).collect(), e.into_iter().map(R::from_f64).collect())
}

/// `max |T Z - Z diag(w)| / (n eps |T|)` and `max |I - Z^H Z| / (n eps)`, for
/// `Z = Z0 Q` where `T Q = Q diag(w)` and `Z0` is unitary (`a0 = Z0 T Z0^H`
/// given densely, in c64).
fn residuals<T: TestScalar>(a0: &[c64], n: usize, z: &[T], ldz: usize, w: &[T::Real]) -> (f64, f64) {
    if n == 0 {
        return (0.0, 0.0);
    }
    let eps = T::Real::EPSILON.to_f64() / 2.0;
    let anorm =
        (0..n).map(|j| (0..n).map(|i| cabs(a0[i + j * n])).sum::<f64>()).fold(0.0, f64::max).max(f64::MIN_POSITIVE);
    let zc = |i: usize, j: usize| z[i + j * ldz].to_c64();
    let (mut res, mut orth) = (0.0f64, 0.0f64);
    for j in 0..n {
        let mut colres = 0.0;
        for i in 0..n {
            let mut s = -zc(i, j) * w[j].to_f64();
            for k in 0..n {
                s += a0[i + k * n] * zc(k, j);
            }
            colres += cabs(s);
        }
        res = res.max(colres);
        for k in 0..n {
            let mut s = c64::new(if k == j { 1.0 } else { 0.0 }, 0.0);
            for i in 0..n {
                s -= zc(i, k).conj() * zc(i, j);
            }
            orth = orth.max(cabs(s));
        }
    }
    let nn = n.max(1) as f64;
    (res / (nn * eps * anorm).max(f64::MIN_POSITIVE), orth / (nn * eps))
}

/// The dense `Z0 T Z0^H`.
fn dense<T: TestScalar>(d: &[T::Real], e: &[T::Real], z0: &[T], n: usize) -> Vec<c64> {
    let mut t = vec![c64::new(0.0, 0.0); n * n];
    for i in 0..n {
        t[i + i * n] = c64::new(d[i].to_f64(), 0.0);
        if i + 1 < n {
            t[i + 1 + i * n] = c64::new(e[i].to_f64(), 0.0);
            t[i + (i + 1) * n] = c64::new(e[i].to_f64(), 0.0);
        }
    }
    let zc = |i: usize, j: usize| z0[i + j * n].to_c64();
    let mut zt = vec![c64::new(0.0, 0.0); n * n];
    for j in 0..n {
        for i in 0..n {
            for k in 0..n {
                zt[i + j * n] += zc(i, k) * t[k + j * n];
            }
        }
    }
    let mut a = vec![c64::new(0.0, 0.0); n * n];
    for j in 0..n {
        for i in 0..n {
            for k in 0..n {
                a[i + j * n] += zt[i + k * n] * zc(j, k).conj();
            }
        }
    }
    a
}

/// A unitary Householder reflector `I - 2 v v^H / |v|^2`.
fn reflector<T: TestScalar>(n: usize, rng: &mut Rng) -> Vec<T> {
    let v: Vec<c64> = (0..n).map(|_| rng.scalar::<T>().to_c64()).collect();
    let nv: f64 = v.iter().map(|x| x.norm_sqr()).sum();
    let mut q = vec![T::zero(); n * n];
    for j in 0..n {
        for i in 0..n {
            let id = if i == j { 1.0 } else { 0.0 };
            q[i + j * n] = T::from_c64(c64::new(id, 0.0) - v[i] * v[j].conj() * (2.0 / nv));
        }
    }
    q
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Solver {
    Steqr,
    Stedc,
}

fn run<T: TestScalar>(
    solver: Solver,
    compz: Compz,
    d: &mut [T::Real],
    e: &mut [T::Real],
    z: &mut [T],
    ldz: usize,
) -> Result<(), crate::Info> {
    let n = d.len();
    let zv = MatMut::from_col_major(z, n, n, ldz.max(1));
    match solver {
        Solver::Steqr => {
            let mut buf = WorkBuffer::new(steqr_req::<T>(compz, n));
            steqr(compz, d, e, zv, buf.workspace())
        }
        Solver::Stedc => {
            let mut buf = WorkBuffer::new(stedc_req::<T>(compz, n, n));
            stedc(compz, d, e, zv, Par::Seq, buf.workspace())
        }
    }
}

fn check_all<T: TestScalar>() {
    let mut rng = Rng::new(7 + T::PREFIX as u64);
    let kinds = [Kind::Random, Kind::Identity, Kind::Zero, Kind::Graded, Kind::Wilkinson, Kind::Clustered];
    for &n in &[0usize, 1, 2, 3, 24, 25, 26, 60, 100] {
        for &kind in &kinds {
            let (d0, e0) = tridiag::<T::Real>(kind, n, &mut rng);
            let eps = T::Real::EPSILON.to_f64() / 2.0;
            let tnorm = tri_norm(&d0, &e0);
            // Eigenvalues only.
            let mut w_sterf = d0.clone();
            let mut e = e0.clone();
            sterf(&mut w_sterf, &mut e).unwrap();
            assert!(w_sterf.windows(2).all(|p| p[0] <= p[1]), "{kind:?} n={n}: sterf unsorted");
            for solver in [Solver::Steqr, Solver::Stedc] {
                let mut w = d0.clone();
                let mut e = e0.clone();
                let mut dummy: [T; 0] = [];
                match solver {
                    Solver::Steqr => steqr::<T>(
                        Compz::None,
                        &mut w,
                        &mut e,
                        MatMut::from_col_major(&mut dummy, 0, 0, 1),
                        crate::Workspace::empty(),
                    )
                    .unwrap(),
                    Solver::Stedc => stedc::<T>(
                        Compz::None,
                        &mut w,
                        &mut e,
                        MatMut::from_col_major(&mut dummy, 0, 0, 1),
                        Par::Seq,
                        crate::Workspace::empty(),
                    )
                    .unwrap(),
                }
                for i in 0..n {
                    let diff = (w[i].to_f64() - w_sterf[i].to_f64()).abs();
                    assert!(
                        diff <= 4.0 * n as f64 * eps * tnorm,
                        "{kind:?} n={n} {solver:?}: eigenvalue {i} differs by {diff}"
                    );
                }
                for compz in [Compz::Init, Compz::Update] {
                    // The dense oracle is O(n^3) in c64: the largest size only on the hardest kinds.
                    if n >= 100 && !matches!(kind, Kind::Random | Kind::Clustered | Kind::Wilkinson) {
                        continue;
                    }
                    let ldz = n + 3;
                    let z0 = reflector::<T>(n, &mut rng);
                    let mut z = vec![T::zero(); ldz * n.max(1)];
                    if compz == Compz::Update {
                        for j in 0..n {
                            for i in 0..n {
                                z[i + j * ldz] = z0[i + j * n];
                            }
                        }
                    } else {
                        // Garbage that Init must overwrite.
                        z.iter_mut().for_each(|x| *x = rng.scalar());
                    }
                    let mut w = d0.clone();
                    let mut e = e0.clone();
                    run::<T>(solver, compz, &mut w, &mut e, &mut z, ldz).unwrap();
                    assert!(w.windows(2).all(|p| p[0] <= p[1]), "{kind:?} n={n} {solver:?} {compz:?}: unsorted");
                    for i in 0..n {
                        let diff = (w[i].to_f64() - w_sterf[i].to_f64()).abs();
                        assert!(
                            diff <= 4.0 * n as f64 * eps * tnorm,
                            "{kind:?} n={n} {solver:?} {compz:?}: eigenvalue {i} differs by {diff}"
                        );
                    }
                    let a0 = if compz == Compz::Update {
                        dense::<T>(&d0, &e0, &z0, n)
                    } else {
                        let mut id = vec![T::zero(); n * n];
                        for i in 0..n {
                            id[i + i * n] = T::one();
                        }
                        dense::<T>(&d0, &e0, &id, n)
                    };
                    let (res, orth) = residuals::<T>(&a0, n, &z, ldz, &w);
                    assert!(
                        res < 30.0 && orth < 30.0,
                        "{kind:?} n={n} {solver:?} {compz:?}: residual {res}, orthogonality {orth}"
                    );
                }
            }
        }
    }
}

mod residual {
    use super::*;

    #[test]
    fn all_f32() {
        check_all::<f32>();
    }
    #[test]
    fn all_f64() {
        check_all::<f64>();
    }
    #[test]
    fn all_c32() {
        check_all::<c32>();
    }
    #[test]
    fn all_c64() {
        check_all::<c64>();
    }
    #[test]
    fn laed2_laed3_f32() {
        pieces_all::<f32>();
    }
    #[test]
    fn laed2_laed3_f64() {
        pieces_all::<f64>();
    }
    #[test]
    fn laed8_laed9_f32() {
        dense_pieces_all::<f32>();
    }
    #[test]
    fn laed8_laed9_f64() {
        dense_pieces_all::<f64>();
    }
    #[test]
    fn laed8_laed9_c32() {
        dense_pieces_all::<c32>();
    }
    #[test]
    fn laed8_laed9_c64() {
        dense_pieces_all::<c64>();
    }
    #[test]
    fn laesy_c32() {
        laesy_checks::<c32>();
    }
    #[test]
    fn laesy_c64() {
        laesy_checks::<c64>();
    }
    #[test]
    fn laeda_f32() {
        laeda_all::<f32>();
    }
    #[test]
    fn laeda_f64() {
        laeda_all::<f64>();
    }
    #[test]
    fn laed7_tree_f32() {
        tree_all::<f32>();
    }
    #[test]
    fn laed7_tree_f64() {
        tree_all::<f64>();
    }
    #[test]
    fn laed7_tree_c32() {
        tree_all::<c32>();
    }
    #[test]
    fn laed7_tree_c64() {
        tree_all::<c64>();
    }
}

/// The eigenvalues of the tridiagonal matrix by [`steqr`] (the oracle of
/// the tree's), and its norm.
fn steqr_values<R: RealScalar>(d0: &[R], e0: &[R]) -> (Vec<R>, f64) {
    let (mut w, mut e) = (d0.to_vec(), e0.to_vec());
    let mut none: [R; 0] = [];
    steqr::<R>(Compz::None, &mut w, &mut e, MatMut::from_col_major(&mut none, 0, 0, 1), crate::Workspace::empty())
        .unwrap();
    (w, tri_norm(d0, e0))
}

/// [`laed0_tree`] (the [`laed7`] tree) on one tridiagonal matrix: the
/// eigenvalues alone equal [`steqr`]'s; with `q` a unitary `Z0` on entry,
/// `Z0 T Z0^H = Q D Q^H` and `Q` unitary.
fn tree_case<T: TestScalar>(kind: Kind, n: usize, rng: &mut Rng) {
    let (d0, e0) = tridiag::<T::Real>(kind, n, rng);
    let (w_ref, tnorm) = steqr_values(&d0, &e0);
    let eps = T::Real::EPSILON.to_f64() / 2.0;
    let close = |w: &[T::Real], what: &str| {
        for i in 0..n {
            let diff = (w[i].to_f64() - w_ref[i].to_f64()).abs();
            assert!(diff <= 4.0 * n as f64 * eps * tnorm, "{kind:?} n={n} {what}: eigenvalue {i} differs by {diff}");
        }
    };
    let (mut w, mut e) = (d0.clone(), e0.clone());
    let mut none: [T; 0] = [];
    let mut none2: [T; 0] = [];
    let mut buf = WorkBuffer::new(laed0_tree_req::<T>(n, 0));
    let (q, qs) = (MatMut::from_col_major(&mut none, 0, n, 1), MatMut::from_col_major(&mut none2, 0, n, 1));
    laed0_tree::<T>(&mut w, &mut e, q, qs, Par::Seq, buf.workspace()).unwrap();
    close(&w, "values");

    let ldq = n + 2;
    let z0 = reflector::<T>(n, rng);
    let mut q = vec![T::zero(); ldq * n];
    for j in 0..n {
        q[j * ldq..j * ldq + n].copy_from_slice(&z0[j * n..(j + 1) * n]);
    }
    let mut qs = vec![T::zero(); n * n];
    let (mut w, mut e) = (d0.clone(), e0.clone());
    let mut buf = WorkBuffer::new(laed0_tree_req::<T>(n, n));
    let qv = MatMut::from_col_major(&mut q, n, n, ldq);
    laed0_tree::<T>(&mut w, &mut e, qv, MatMut::from_col_major(&mut qs, n, n, n.max(1)), Par::Seq, buf.workspace())
        .unwrap();
    close(&w, "vectors");
    let a0 = dense::<T>(&d0, &e0, &z0, n);
    let (res, orth) = residuals::<T>(&a0, n, &q, ldq, &w);
    assert!(res < 30.0 && orth < 30.0, "{kind:?} n={n}: residual {res}, orthogonality {orth}");
}

/// A Hermitian matrix reduced by [`sytrd`](crate::sym_eigen::reduce::sytrd)
/// and its `Q` formed: the tree's eigenvectors of the dense matrix
/// (what `c/zlaed0` and `?stedc` with `COMPZ = V` compute) satisfy
/// `|A - Q D Q^H|` and orthogonality.
fn tree_dense<T: TestScalar>(n: usize, rng: &mut Rng) {
    use crate::sym_eigen::reduce::{orgtr, orgtr_req, sytrd, sytrd_req};
    use ferroblas_kernels::Uplo;
    let mut a = vec![T::zero(); n * n];
    for j in 0..n {
        for i in j..n {
            let x = if i == j { T::from_real(rng.scalar::<T>().re()) } else { rng.scalar::<T>() };
            a[i + j * n] = x;
            a[j + i * n] = x.conj();
        }
    }
    let a0: Vec<c64> = a.iter().map(|x| x.to_c64()).collect();
    let (mut d, mut e, mut tau) =
        (vec![T::Real::zero(); n], vec![T::Real::zero(); n.saturating_sub(1)], vec![T::zero(); n.saturating_sub(1)]);
    let mut buf = WorkBuffer::new(sytrd_req::<T>(n).or(orgtr_req::<T>(Uplo::Lower, n)));
    sytrd(
        Uplo::Lower,
        MatMut::from_col_major(&mut a, n, n, n.max(1)),
        &mut d,
        &mut e,
        &mut tau,
        Par::Seq,
        buf.workspace(),
    );
    orgtr(Uplo::Lower, MatMut::from_col_major(&mut a, n, n, n.max(1)), &tau, Par::Seq, buf.workspace());
    let mut qs = vec![T::zero(); n * n];
    let mut buf = WorkBuffer::new(laed0_tree_req::<T>(n, n));
    let q = MatMut::from_col_major(&mut a, n, n, n.max(1));
    laed0_tree::<T>(&mut d, &mut e, q, MatMut::from_col_major(&mut qs, n, n, n.max(1)), Par::Seq, buf.workspace())
        .unwrap();
    assert!(d.windows(2).all(|p| p[0] <= p[1]), "n={n}: unsorted");
    let (res, orth) = residuals::<T>(&a0, n, &a, n, &d);
    assert!(res < 30.0 && orth < 30.0, "dense n={n}: residual {res}, orthogonality {orth}");
}

/// [`laeda`]'s updating vector against the rows it stands for: the tree
/// driven by hand (as [`laed0_tree`] drives it, with `tlvls` levels) on the
/// eigenvectors of the tridiagonal matrix itself (`Q = I`), where before
/// each merge the last row of the left child's eigenvectors and the first
/// row of the right child's are in `Q` explicitly.
fn laeda_explicit<R: TestScalar + RealScalar>(kind: Kind, n: usize, tlvls: u32, rng: &mut Rng) {
    let (mut d, mut e) = tridiag::<R>(kind, n, rng);
    let nodes = (2usize << tlvls) - 1;
    let lv = n * tlvls as usize;
    let (mut qstore, mut qptr, mut prmptr, mut givptr) =
        (vec![R::zero(); 2 * n * n], vec![0usize; nodes + 1], vec![0usize; nodes + 1], vec![0usize; nodes + 1]);
    let (mut perm, mut givcol, mut givnum) = (vec![0usize; lv], vec![[0usize; 2]; lv], vec![[R::zero(); 2]; lv]);
    let mut tree = MergeTree {
        qstore: &mut qstore,
        qptr: &mut qptr,
        prmptr: &mut prmptr,
        perm: &mut perm,
        givptr: &mut givptr,
        givcol: &mut givcol,
        givnum: &mut givnum,
    };
    let mut q = vec![R::zero(); n * n];
    let mut q2 = vec![R::zero(); n * n];
    let mut indxq = vec![0usize; n];
    for i in 1..1usize << tlvls {
        let b = tree_span(n, tlvls, i).0;
        let a = e[b - 1].abs();
        d[b - 1] -= a;
        d[b] -= a;
    }
    for i in 0..1usize << tlvls {
        let (s, m) = tree_span(n, tlvls, i);
        let q0 = tree.qptr[i];
        let mut block = MatMut::from_col_major(&mut tree.qstore[q0..q0 + m * m], m, m, m);
        let mut buf = WorkBuffer::new(steqr_req::<R>(Compz::Init, m));
        steqr(Compz::Init, &mut d[s..s + m], &mut e[s..s + m - 1], block.rb_mut(), buf.workspace()).unwrap();
        for j in 0..m {
            for r in 0..m {
                q[s + r + (s + j) * n] = block.get(r, j);
            }
            indxq[s + j] = j;
        }
        tree.qptr[i + 1] = q0 + m * m;
    }
    let eps = R::EPSILON.to_f64();
    let (mut z, mut ztemp) = (vec![R::zero(); n], vec![R::zero(); n]);
    for lvl in 1..=tlvls {
        for pbm in 0..1usize << (tlvls - lvl) {
            let (s, m) = tree_span(n, tlvls - lvl, pbm);
            let cut = m / 2;
            laeda(tlvls, lvl, pbm, tree.rb(), &mut z[..m], &mut ztemp[..m]);
            for j in 0..m {
                let row = if j < cut { s + cut - 1 } else { s + cut };
                let want = q[row + (s + j) * n].to_f64();
                let diff = (z[j].to_f64() - want).abs();
                assert!(
                    diff <= 10.0 * n as f64 * eps,
                    "{kind:?} n={n} level {lvl} problem {pbm}: z[{j}] off by {diff}"
                );
            }
            let mut buf = WorkBuffer::new(laed7_req::<R>(m, n));
            let qv = MatMut::from_col_major(&mut q[s * n..(s + m) * n], n, m, n);
            let q2v = MatMut::from_col_major(&mut q2[..n * m], n, m, n);
            let rho = e[s + cut - 1];
            laed7::<R>(
                cut,
                tlvls,
                lvl,
                pbm,
                &mut d[s..s + m],
                qv,
                &mut indxq[s..s + m],
                rho,
                &mut tree,
                q2v,
                Par::Seq,
                buf.workspace(),
            )
            .unwrap();
        }
    }
}

fn tree_all<T: TestScalar>() {
    let mut rng = Rng::new(11 + T::PREFIX as u64);
    let kinds = [Kind::Random, Kind::Identity, Kind::Zero, Kind::Graded, Kind::Wilkinson, Kind::Clustered];
    for &n in &[0usize, 1, 2, 3, 25, 26, 51, 100] {
        for &kind in &kinds {
            tree_case::<T>(kind, n, &mut rng);
        }
    }
    for kind in [Kind::Random, Kind::Wilkinson] {
        tree_case::<T>(kind, 300, &mut rng);
    }
    for n in [0, 1, 2, 3, 26, 100] {
        tree_dense::<T>(n, &mut rng);
    }
}

fn laeda_all<R: TestScalar + RealScalar>() {
    let mut rng = Rng::new(13 + R::PREFIX as u64);
    for kind in [Kind::Random, Kind::Wilkinson, Kind::Clustered, Kind::Graded, Kind::Identity] {
        for (n, tlvls) in [(2, 1), (8, 1), (40, 3), (100, 2), (300, 4)] {
            laeda_explicit::<R>(kind, n, tlvls, &mut rng);
        }
    }
}

fn nan_ends<T: TestScalar>() {
    for &n in &[2usize, 5, 30, 60] {
        for pos in [0, n / 2] {
            let mut d: Vec<T::Real> = (0..n).map(|i| T::Real::from_f64(i as f64)).collect();
            let mut e: Vec<T::Real> = vec![T::Real::one(); n - 1];
            d[pos] = T::Real::from_f64(f64::NAN);
            let ok = |r: Result<(), crate::Info>, w: &[T::Real]| r.is_err() || w.iter().any(|x| x.is_nan());
            let (mut w, mut ee) = (d.clone(), e.clone());
            let r = sterf(&mut w, &mut ee);
            assert!(ok(r, &w), "sterf n={n}");
            for solver in [Solver::Steqr, Solver::Stedc] {
                let (mut w, mut ee) = (d.clone(), e.clone());
                let mut z = vec![T::zero(); n * n];
                let r = run::<T>(solver, Compz::Init, &mut w, &mut ee, &mut z, n);
                assert!(ok(r, &w), "{solver:?} n={n}");
            }
            e[0] = T::Real::INFINITY;
            let (mut w, mut ee) = (d.clone(), e.clone());
            let mut z = vec![T::zero(); n * n];
            let r = run::<T>(Solver::Stedc, Compz::Init, &mut w, &mut ee, &mut z, n);
            assert!(ok(r, &w), "inf n={n}");
        }
    }
}

#[test]
fn nan_input_ends() {
    nan_ends::<f32>();
    nan_ends::<f64>();
    nan_ends::<c32>();
    nan_ends::<c64>();
}

#[test]
fn secular_roots_accurate() {
    // Roots of 1 + rho sum z^2 / (d - x) with tight clusters: each delta must
    // match d - lambda and the secular function vanish to rounding.
    let mut rng = Rng::new(3);
    for &n in &[3usize, 4, 10, 40] {
        let mut d: Vec<f64> = (0..n).map(|i| i as f64 + 0.1 * rng.uniform()).collect();
        d[1] = d[0] + 1e-10;
        let mut z: Vec<f64> = (0..n).map(|_| 0.1 + rng.uniform().abs()).collect();
        let nz = z.iter().map(|x| x * x).sum::<f64>().sqrt();
        z.iter_mut().for_each(|x| *x /= nz);
        let rho = 0.7;
        let mut delta = vec![0.0; n];
        let mut prev = f64::NEG_INFINITY;
        for i in 0..n {
            let (lam, r) = laed4(i, &d, &z, &mut delta, rho);
            r.unwrap();
            assert!(lam > d[i] && lam > prev);
            if i + 1 < n {
                assert!(lam < d[i + 1]);
            }
            prev = lam;
            let f: f64 = 1.0 / rho + (0..n).map(|j| z[j] * z[j] / delta[j]).sum::<f64>();
            let scale: f64 = 1.0 / rho + (0..n).map(|j| (z[j] * z[j] / delta[j]).abs()).sum::<f64>();
            assert!(f.abs() <= 1e-13 * scale * n as f64, "n={n} i={i}: f={f}");
            for j in 0..n {
                assert!((delta[j] - (d[j] - lam)).abs() <= 1e-15 * (d[j].abs() + lam.abs()) * 4.0);
            }
        }
    }
    let (v, lam) = laed5(0, [1.0f64, 2.0], [0.6, 0.8], 1.0);
    assert!((v[0] * v[0] + v[1] * v[1] - 1.0).abs() < 1e-15);
    assert!((1.0 + 0.36 / (1.0 - lam) + 0.64 / (2.0 - lam)).abs() < 1e-14);
}

/// One merge by the pieces: the tridiagonal matrix torn at `n1`, both halves
/// solved by steqr, then [`laed2`] and [`laed3`] as [`laed1`] composes them;
/// the result must diagonalize the whole matrix.
fn merge_by_pieces<R: TestScalar + RealScalar>(kind: Kind, n: usize, n1: usize, rng: &mut Rng) {
    let (d0, e0) = tridiag::<R>(kind, n, rng);
    let mut d = d0.clone();
    let mut e = e0.clone();
    let rho = if n > 1 { e0[n1 - 1] } else { R::zero() };
    if n > 1 {
        d[n1 - 1] -= rho.abs();
        d[n1] -= rho.abs();
    }
    let mut q = vec![R::zero(); n * n];
    let mut indxq = vec![0usize; n];
    for (s, t) in [(0, n1), (n1, n)] {
        let m = t - s;
        if m == 0 {
            continue;
        }
        let mut qb = vec![R::zero(); m * m];
        let mut buf = WorkBuffer::new(steqr_req::<R>(Compz::Init, m));
        steqr(Compz::Init, &mut d[s..t], &mut e[s..t - 1], MatMut::from_col_major(&mut qb, m, m, m), buf.workspace())
            .unwrap();
        for j in 0..m {
            for i in 0..m {
                q[s + i + (s + j) * n] = qb[i + j * m];
            }
            indxq[s + j] = j;
        }
    }
    let mut z = vec![R::zero(); n];
    for j in 0..n1 {
        z[j] = q[n1 - 1 + j * n];
    }
    for j in n1..n {
        z[j] = q[n1 + j * n];
    }
    let (mut dlamda, mut w) = (vec![R::zero(); n], vec![R::zero(); n]);
    // The packed vectors, then laed3's scratch behind them: an uneven cut
    // needs up to n^2 + (n - n1) n.
    let mut q2 = vec![R::zero(); 2 * n * n];
    let (mut indx, mut indxc, mut indxp, mut coltyp) = (vec![0; n], vec![0; n], vec![0; n], vec![0; n]);
    let mut qv = MatMut::from_col_major(&mut q, n, n, n.max(1));
    let defl = laed2(
        n1,
        &mut d,
        qv.rb_mut(),
        &mut indxq,
        rho,
        &mut z,
        &mut dlamda,
        &mut w,
        &mut q2,
        &mut indx,
        &mut indxc,
        &mut indxp,
        &mut coltyp,
    );
    let k = defl.k;
    assert_eq!(defl.ctot.iter().sum::<usize>(), if k == 0 { 0 } else { n });
    assert!(dlamda[..k].windows(2).all(|p| p[0] <= p[1]), "{kind:?} n={n}: poles unsorted");
    let order: Vec<usize> = if k == 0 {
        (0..n).collect()
    } else {
        assert!(defl.packed_len(n, n1) <= n1 * n1 + (n - n1) * (n - n1));
        let packed = defl.packed_len(n, n1);
        let (q2, s) = q2.split_at_mut(packed);
        laed3(k, n1, &mut d, qv.rb_mut(), defl.rho, &dlamda, q2, &indxc, defl.ctot, &mut w, s, Par::Seq).unwrap();
        assert!(d[..k].windows(2).all(|p| p[0] <= p[1]), "{kind:?} n={n}: roots unsorted");
        let mut idx = vec![0usize; n];
        lamrg(k, &d, true, false, &mut idx);
        idx
    };
    // The eigenvalues agree with sterf's of the whole matrix.
    let mut ws = d0.clone();
    let mut es = e0.clone();
    sterf(&mut ws, &mut es).unwrap();
    let eps = R::EPSILON.to_f64() / 2.0;
    let tnorm = d0.iter().chain(e0.iter()).map(|x| x.to_f64().abs()).fold(0.0, f64::max) * 3.0;
    for (i, &p) in order.iter().enumerate() {
        let diff = (d[p].to_f64() - ws[i].to_f64()).abs();
        assert!(
            diff <= 4.0 * n as f64 * eps * tnorm.max(f64::MIN_POSITIVE),
            "{kind:?} n={n}: eigenvalue {i} off by {diff}"
        );
    }
    let mut id = vec![R::zero(); n * n];
    for i in 0..n {
        id[i + i * n] = R::one();
    }
    let a0 = dense::<R>(&d0, &e0, &id, n);
    let (res, orth) = residuals::<R>(&a0, n, &q, n.max(1), &d);
    assert!(res < 30.0 && orth < 30.0, "{kind:?} n={n} n1={n1}: residual {res}, orthogonality {orth}");
}

fn pieces_all<R: TestScalar + RealScalar>() {
    let mut rng = Rng::new(11 + R::MANTISSA_DIGITS as u64);
    let kinds = [Kind::Random, Kind::Identity, Kind::Zero, Kind::Graded, Kind::Wilkinson, Kind::Clustered];
    for &n in &[1usize, 2, 3, 4, 5, 8, 25, 26, 51, 64] {
        for &kind in &kinds {
            for n1 in [n / 2, 1.min(n / 2)] {
                merge_by_pieces::<R>(kind, n, n1, &mut rng);
            }
        }
    }
}

/// `?laesy` on random, diagonal and (nearly) defective complex symmetric
/// matrices: `A x = rt1 x` with `x^T x = 1` whenever a vector is returned,
/// the eigenvalues' sum and product, and no vector below the threshold.
fn laesy_checks<T: TestScalar>() {
    let mut rng = Rng::new(5);
    let eps = T::Real::EPSILON.to_f64();
    let c = |z: c64| T::from_c64(z);
    let check = |a: T, b: T, cc: T, expect_vec: bool| {
        let r = laesy(a, b, cc);
        let (a, b, cc) = (a.to_c64(), b.to_c64(), cc.to_c64());
        let (rt1, rt2) = (r.rt1.to_c64(), r.rt2.to_c64());
        let scale = cabs(a).max(cabs(b)).max(cabs(cc)).max(f64::MIN_POSITIVE);
        assert!(cabs(rt1) >= cabs(rt2));
        assert!(cabs(rt1 + rt2 - a - cc) <= 20.0 * eps * scale, "{a} {b} {cc}: trace");
        assert!(cabs(rt1 * rt2 - (a * cc - b * b)) <= 40.0 * eps * scale * scale, "{a} {b} {cc}: det");
        let has = r.evscal.is_none_or(|e| e.to_c64() != c64::new(0.0, 0.0));
        assert_eq!(has, expect_vec, "{a} {b} {cc}: evscal {:?}", r.evscal.map(|e| e.to_c64()));
        if has {
            let (x1, x2) = (r.cs1.unwrap().to_c64(), r.sn1.to_c64());
            let xn = cabs(x1).max(cabs(x2));
            assert!(cabs(x1 * x1 + x2 * x2 - 1.0) <= 50.0 * eps * xn * xn, "{a} {b} {cc}: x^T x");
            let r1 = cabs(a * x1 + b * x2 - rt1 * x1) + cabs(b * x1 + cc * x2 - rt1 * x2);
            assert!(r1 <= 50.0 * eps * scale * xn, "{a} {b} {cc}: residual {r1}");
        }
    };
    for _ in 0..50 {
        let (a, b, cc) = (rng.scalar::<T>(), rng.scalar::<T>(), rng.scalar::<T>());
        let x = laesy(a, b, cc);
        let evnorm_small = x.evscal.is_some_and(|e| e.to_c64() == c64::new(0.0, 0.0));
        check(a, b, cc, !evnorm_small);
    }
    // Diagonal: the unit vectors, larger modulus first.
    check(c(c64::new(1.0, 1.0)), T::zero(), c(c64::new(3.0, 0.0)), true);
    let r = laesy(c(c64::new(1.0, 1.0)), T::zero(), c(c64::new(3.0, 0.0)));
    assert_eq!((r.cs1.map(|x| x.to_c64()), r.sn1.to_c64()), (Some(c64::new(0.0, 0.0)), c64::new(1.0, 0.0)));
    assert!(r.evscal.is_none());
    // [1 i; i -1] is nilpotent: defective, no eigenvector.
    check(T::one(), c(c64::new(0.0, 1.0)), -T::one(), false);
    // Nearly defective: |sqrt(1 + sn1^2)| just below the threshold 0.1 gives
    // none, just above gives a (badly scaled but valid) vector.
    for (delta, expect) in [(1e-6, false), (0.05, true)] {
        let (a, b, cc) = (c64::new(1.0, 0.0), c64::new(0.0, 1.0), c64::new(-1.0 + delta, 0.0));
        let r = laesy(c(a), c(b), c(cc));
        let sn = (r.rt1.to_c64() - a) / b;
        let evnorm = cabs(crate::nonsym_eigen::csqrt(c64::new(1.0, 0.0) + sn * sn));
        assert_eq!(evnorm >= 0.1, expect, "delta {delta}: evnorm {evnorm}");
        check(c(a), c(b), c(cc), expect);
    }
}

/// One merge the way the dense-matrix path does it: `Q = Z0 diag(Q1, Q2)`
/// (`Z0` unitary, of type `T`), [`laed8`] then [`laed9`] and
/// `Q := Q2 S`; the result must diagonalize `Z0 T Z0^H` and its eigenvalues
/// agree with sterf's.
fn merge_dense_by_pieces<T: TestScalar>(kind: Kind, n: usize, n1: usize, rng: &mut Rng) {
    let (d0, e0) = tridiag::<T::Real>(kind, n, rng);
    let mut d = d0.clone();
    let mut e = e0.clone();
    let rho = if n > 1 { e0[n1 - 1] } else { T::Real::zero() };
    if n > 1 {
        d[n1 - 1] -= rho.abs();
        d[n1] -= rho.abs();
    }
    let mut qr = vec![T::Real::zero(); n * n];
    let mut indxq = vec![0usize; n];
    for (s, t) in [(0, n1), (n1, n)] {
        let m = t - s;
        if m == 0 {
            continue;
        }
        let mut qb = vec![T::Real::zero(); m * m];
        let mut buf = WorkBuffer::new(steqr_req::<T::Real>(Compz::Init, m));
        steqr(Compz::Init, &mut d[s..t], &mut e[s..t - 1], MatMut::from_col_major(&mut qb, m, m, m), buf.workspace())
            .unwrap();
        for j in 0..m {
            for i in 0..m {
                qr[s + i + (s + j) * n] = qb[i + j * m];
            }
            indxq[s + j] = j;
        }
    }
    let mut z = vec![T::Real::zero(); n];
    for j in 0..n1 {
        z[j] = qr[n1 - 1 + j * n];
    }
    for j in n1..n {
        z[j] = qr[n1 + j * n];
    }
    // Q = Z0 diag(Q1, Q2), in c64 then rounded to T.
    let z0 = reflector::<T>(n, rng);
    let mut q = vec![T::zero(); n * n];
    for j in 0..n {
        for i in 0..n {
            let mut acc = c64::new(0.0, 0.0);
            for l in 0..n {
                acc += z0[i + l * n].to_c64() * qr[l + j * n].to_f64();
            }
            q[i + j * n] = T::from_c64(acc);
        }
    }
    let (mut dlamda, mut w) = (vec![T::Real::zero(); n], vec![T::Real::zero(); n]);
    let mut q2 = vec![T::zero(); n * n];
    let (mut perm, mut indxp, mut indx) = (vec![0; n], vec![0; n], vec![0; n]);
    let mut givcol = vec![[0usize; 2]; n];
    let mut givnum = vec![[T::Real::zero(); 2]; n];
    let mut qv = MatMut::from_col_major(&mut q, n, n, n.max(1));
    let defl = laed8::<T>(
        n1,
        &mut d,
        qv.rb_mut(),
        &mut indxq,
        rho,
        &mut z,
        &mut dlamda,
        MatMut::from_col_major(&mut q2, n, n, n.max(1)),
        &mut w,
        &mut perm,
        &mut givcol,
        &mut givnum,
        &mut indxp,
        &mut indx,
    );
    let k = defl.k;
    assert!(defl.givens < n.max(1));
    let order: Vec<usize> = if k == 0 {
        (0..n).collect()
    } else {
        let mut s = vec![T::Real::zero(); k * k];
        let mut sq = vec![T::Real::zero(); k * k];
        laed9(
            0,
            k,
            &mut d,
            MatMut::from_col_major(&mut sq, k, k, k),
            defl.rho,
            &dlamda[..k],
            &mut w[..k],
            MatMut::from_col_major(&mut s, k, k, k),
        )
        .unwrap();
        // Q(:, ..k) = Q2(:, ..k) S.
        for j in 0..k {
            for i in 0..n {
                let mut acc = T::zero();
                for l in 0..k {
                    acc += q2[i + l * n] * T::from_real(s[l + j * k]);
                }
                qv.set(i, j, acc);
            }
        }
        let mut idx = vec![0usize; n];
        lamrg(k, &d, true, false, &mut idx);
        idx
    };
    let mut ws = d0.clone();
    let mut es = e0.clone();
    sterf(&mut ws, &mut es).unwrap();
    let eps = T::Real::EPSILON.to_f64() / 2.0;
    let tnorm = d0.iter().chain(e0.iter()).map(|x| x.to_f64().abs()).fold(0.0, f64::max) * 3.0;
    for (i, &p) in order.iter().enumerate() {
        let diff = (d[p].to_f64() - ws[i].to_f64()).abs();
        assert!(
            diff <= 4.0 * n as f64 * eps * tnorm.max(f64::MIN_POSITIVE),
            "{kind:?} n={n}: eigenvalue {i} off by {diff}"
        );
    }
    let a0 = dense::<T>(&d0, &e0, &z0, n);
    let (res, orth) = residuals::<T>(&a0, n, &q, n.max(1), &d);
    assert!(res < 30.0 && orth < 30.0, "{kind:?} n={n} n1={n1}: residual {res}, orthogonality {orth}");
}

fn dense_pieces_all<T: TestScalar>() {
    let mut rng = Rng::new(13 + T::PREFIX as u64);
    let kinds = [Kind::Random, Kind::Identity, Kind::Zero, Kind::Graded, Kind::Wilkinson, Kind::Clustered];
    for &n in &[1usize, 2, 3, 4, 5, 8, 26, 51] {
        for &kind in &kinds {
            for n1 in [n / 2, 1.min(n / 2)] {
                merge_dense_by_pieces::<T>(kind, n, n1, &mut rng);
            }
        }
    }
}
