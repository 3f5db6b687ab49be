//! Tests of the divide-and-conquer pieces with the reference's interfaces:
//! `lasd0` on `n x (n + sqre)` bidiagonals (residual `|B - U [S 0] VT|` and
//! orthogonality, values against `lasdq`'s); `lasd1` merging two halves
//! solved by `lasdq` with garbage around the blocks (ignored), its `idxq`
//! sorting the result; `lasd6` (with `lasd7`, `lasd8`) on the same halves
//! giving lasd1's values and the first and last columns of its VT; and
//! `lals0` both ways around `lasd6`'s factored vectors solving the merged
//! problem `M x = b` (real and complex right-hand sides, with deflation);
//! `lasd2` then `lasd3` on halves given by their parts (chosen values,
//! random or identity vectors, so that both kinds of deflation happen):
//! the SVD of the merged matrix, and `lasd2`'s column groups (`ctot`) equal
//! to a count of where `u2`'s columns and `vt2`'s rows are nonzero.

// Index loops over several parallel arrays read more plainly than zipped iterators.
#![allow(clippy::needless_range_loop)]

use super::*;
use crate::{Par, WorkBuffer};
use ferroblas_kernels::aux::matrix::{laset, Part};
use ferroblas_kernels::scalar::{RealScalar, Scalar};
use ferroblas_kernels::{MatMut, MatRef, Uplo};

pub(super) struct Rng(pub u64);

impl Rng {
    pub fn real(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 11) as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
    }
}

/// The `n x m` upper bidiagonal with diagonal `d` and off-diagonal `e`.
pub(super) fn bidiag(d: &[f64], e: &[f64], m: usize) -> Vec<Vec<f64>> {
    let n = d.len();
    let mut b = vec![vec![0.0; m]; n];
    for i in 0..n {
        b[i][i] = d[i];
        if i + 1 < m {
            b[i][i + 1] = e[i];
        }
    }
    b
}

/// `(|B - U [S 0] VT| / (|B| m eps), orthogonality of U and VT / (m eps))`
/// for `u` (`n x n`, ld `ldu`) and `vt` (`m x m`, ld `ldvt`).
pub(super) fn svd_residual<R: RealScalar>(
    b: &[Vec<f64>],
    s: &[R],
    u: &[R],
    ldu: usize,
    vt: &[R],
    ldvt: usize,
) -> (f64, f64) {
    let n = b.len();
    if n == 0 {
        return (0.0, 0.0);
    }
    let m = b[0].len();
    let eps = R::EPSILON.to_f64();
    let bnorm = b.iter().flatten().fold(0.0f64, |a, x| a.max(x.abs())).max(f64::MIN_POSITIVE);
    let (mut res, mut orth) = (0.0f64, 0.0f64);
    for i in 0..n {
        for j in 0..m {
            let mut x = b[i][j];
            for k in 0..n {
                x -= u[i + k * ldu].to_f64() * s[k].to_f64() * vt[k + j * ldvt].to_f64();
            }
            res = res.max(x.abs());
        }
        for j in 0..n {
            let mut o = if i == j { -1.0 } else { 0.0 };
            for k in 0..n {
                o += u[k + i * ldu].to_f64() * u[k + j * ldu].to_f64();
            }
            orth = orth.max(o.abs());
        }
    }
    for i in 0..m {
        for j in 0..m {
            let mut o = if i == j { -1.0 } else { 0.0 };
            for k in 0..m {
                o += vt[i + k * ldvt].to_f64() * vt[j + k * ldvt].to_f64();
            }
            orth = orth.max(o.abs());
        }
    }
    (res / (bnorm * m as f64 * eps), orth / (m as f64 * eps))
}

/// The singular values of `b` by `bdsqr` (on the square part, after a
/// rotation folds an extra column in), decreasing.
fn reference_values(d0: &[f64], e0: &[f64], sqre: bool) -> Vec<f64> {
    let n = d0.len();
    let mut d = d0.to_vec();
    let mut e = e0.to_vec();
    let m = n + usize::from(sqre);
    let mut vt = vec![0.0; m.max(1)];
    let mut u = vec![0.0; 0];
    let mut c = vec![0.0; 0];
    let mut buf = WorkBuffer::new(lasdq_req::<f64>(n));
    lasdq(
        Uplo::Upper,
        sqre,
        &mut d,
        &mut e,
        MatMut::from_col_major(&mut vt, 0, 0, 1),
        MatMut::from_col_major(&mut u, 0, 0, 1),
        MatMut::from_col_major(&mut c, 0, 0, 1),
        buf.workspace(),
    )
    .unwrap();
    d.sort_by(|a, b| b.total_cmp(a));
    d
}

/// Runs `lasd0` on a random (or given) bidiagonal and checks it.
pub(super) fn check_lasd0<R: RealScalar>(d0: &[f64], e0: &[f64], sqre: bool, smlsiz: usize) {
    let n = d0.len();
    let m = n + usize::from(sqre);
    let (ldu, ldvt) = (n + 1, m + 2);
    let mut d: Vec<R> = d0.iter().map(|&x| R::from_f64(x)).collect();
    let mut e: Vec<R> = e0.iter().map(|&x| R::from_f64(x)).collect();
    let dr: Vec<f64> = d.iter().map(|x| x.to_f64()).collect();
    let er: Vec<f64> = e.iter().map(|x| x.to_f64()).collect();
    let mut u = vec![R::zero(); ldu * n];
    let mut vt = vec![R::zero(); ldvt * m];
    {
        let mut um = MatMut::from_col_major(&mut u, n, n, ldu);
        let mut vm = MatMut::from_col_major(&mut vt, m, m, ldvt);
        for i in 0..n {
            um.set(i, i, R::one());
        }
        for i in 0..m {
            vm.set(i, i, R::one());
        }
        let mut buf = WorkBuffer::new(lasd0_req::<R>(n, m));
        lasd0(
            sqre,
            &mut d,
            &mut e,
            um,
            vm,
            smlsiz,
            Par::Seq,
            buf.workspace(),
            WorkBuffer::new(lasd0_ireq(n)).workspace(),
        )
        .unwrap();
    }
    let b = bidiag(&dr, &er, m);
    let (res, orth) = svd_residual(&b, &d, &u, ldu, &vt, ldvt);
    assert!(res < 8.0 && orth < 8.0, "lasd0 n={n} sqre={sqre} smlsiz={smlsiz}: residual {res}, orthogonality {orth}");
    let mut got: Vec<f64> = d.iter().map(|x| x.to_f64()).collect();
    assert!(got.iter().all(|&x| x >= 0.0), "lasd0: negative singular value");
    got.sort_by(|a, b| b.total_cmp(a));
    let want = reference_values(&dr, &er, sqre);
    let scale = want.first().copied().unwrap_or(0.0).max(f64::MIN_POSITIVE);
    for (g, w) in got.iter().zip(&want) {
        assert!((g - w).abs() <= 8.0 * m as f64 * R::EPSILON.to_f64() * scale, "lasd0 n={n}: value {g} vs {w}");
    }
}

pub(super) fn random_bidiag(rng: &mut Rng, n: usize, m: usize) -> (Vec<f64>, Vec<f64>) {
    let d: Vec<f64> = (0..n).map(|_| rng.real()).collect();
    let e: Vec<f64> = (0..m.saturating_sub(1)).map(|_| rng.real()).collect();
    (d, e)
}

mod residual {
    use super::*;

    fn lasd0_all<R: RealScalar>() {
        let mut rng = Rng(17);
        for &smlsiz in &[3usize, 25] {
            for n in [0usize, 1, 2, 3, 4, 5, 7, 8, 9, 16, 25, 26, 27, 40, 61] {
                for sqre in [false, true] {
                    let (d, e) = random_bidiag(&mut rng, n, n + usize::from(sqre));
                    check_lasd0::<R>(&d, &e, sqre, smlsiz);
                }
            }
        }
        // Repeated values and zeros: deflation of both kinds.
        for sqre in [false, true] {
            let n = 30;
            let d: Vec<f64> = (0..n).map(|i| if i % 3 == 0 { 1.0 } else { 0.5 }).collect();
            let e: Vec<f64> =
                (0..n - 1 + usize::from(sqre)).map(|i| if i % 4 == 0 { 0.0 } else { 1e-3 * (i as f64) }).collect();
            check_lasd0::<R>(&d, &e, sqre, 3);
            let d = vec![0.0; n];
            let e: Vec<f64> = (0..n - 1 + usize::from(sqre)).map(|i| (i % 5) as f64).collect();
            check_lasd0::<R>(&d, &e, sqre, 4);
        }
    }

    #[test]
    fn lasd0_f64() {
        lasd0_all::<f64>();
    }

    #[test]
    fn lasd0_f32() {
        lasd0_all::<f32>();
    }

    /// A merge problem: the bidiagonal `(d0, e0)` (`n x m`) and its two
    /// halves solved by `lasdq` into `d`, `u` (ld `n`), `vt` (ld `m + 1`),
    /// everything around the blocks garbage, `idxq` each half's order.
    struct Halves<R> {
        d0: Vec<f64>,
        e0: Vec<f64>,
        d: Vec<R>,
        e: Vec<R>,
        u: Vec<R>,
        vt: Vec<R>,
        idxq: Vec<usize>,
    }

    fn halves<R: RealScalar>(nl: usize, nr: usize, sqre: bool, rng: &mut Rng) -> Halves<R> {
        let n = nl + nr + 1;
        let m = n + usize::from(sqre);
        let (d0, e0) = random_bidiag(rng, n, m);
        let d0: Vec<f64> = d0.iter().map(|&x| R::from_f64(x).to_f64()).collect();
        let e0: Vec<f64> = e0.iter().map(|&x| R::from_f64(x).to_f64()).collect();
        let (ldu, ldvt) = (n, m + 1);
        let g = R::from_f64(3.25);
        let mut u = vec![g; ldu * n];
        let mut vt = vec![g; ldvt * m];
        let mut d: Vec<R> = d0.iter().map(|&x| R::from_f64(x)).collect();
        let mut e: Vec<R> = e0.iter().map(|&x| R::from_f64(x)).collect();
        let mut idxq = vec![0usize; n];
        let mut um = MatMut::from_col_major(&mut u, n, n, ldu);
        let mut vm = MatMut::from_col_major(&mut vt, m, m, ldvt);
        let mut buf = WorkBuffer::new(lasdq_req::<R>(n));
        for (lo, rows, cols) in [(0, nl, nl + 1), (nl + 1, nr, m - nl - 1)] {
            let mut ub = um.rb_mut().submatrix(lo, lo, rows, rows);
            laset(Part::Full, R::zero(), R::one(), ub.rb_mut());
            let mut vb = vm.rb_mut().submatrix(lo, lo, cols, cols);
            laset(Part::Full, R::zero(), R::one(), vb.rb_mut());
            lasdq(
                Uplo::Upper,
                cols > rows,
                &mut d[lo..lo + rows],
                &mut e[lo..lo + cols - 1],
                vb,
                ub,
                MatMut::from_col_major(&mut [], 0, 0, 1),
                buf.workspace(),
            )
            .unwrap();
            for j in 0..rows {
                idxq[lo + j] = j;
            }
        }
        Halves { d0, e0, d, e, u, vt, idxq }
    }

    /// Two halves by `lasdq` (U, VT around the blocks full of garbage), the
    /// merge by `lasd1`: an SVD of the whole, `idxq` sorting it. Returns
    /// the merged values and VT (ld `m + 1`).
    fn lasd1_merge<R: RealScalar>(nl: usize, nr: usize, sqre: bool, h: &Halves<R>) -> (Vec<R>, Vec<R>) {
        let n = nl + nr + 1;
        let m = n + usize::from(sqre);
        let (ldu, ldvt) = (n, m + 1);
        let (mut d, mut u, mut vt, mut idxq) = (h.d.clone(), h.u.clone(), h.vt.clone(), h.idxq.clone());
        {
            let um = MatMut::from_col_major(&mut u, n, n, ldu);
            let vm = MatMut::from_col_major(&mut vt, m, m, ldvt);
            let mut buf = WorkBuffer::new(lasd1_req::<R>(n, m));
            let (mut alpha, mut beta) = (d[nl], h.e[nl]);
            lasd1(
                nl,
                nr,
                sqre,
                &mut d,
                &mut alpha,
                &mut beta,
                um,
                vm,
                &mut idxq,
                Par::Seq,
                buf.workspace(),
                WorkBuffer::new(lasd1_ireq(n)).workspace(),
            )
            .unwrap();
        }
        let b = bidiag(&h.d0, &h.e0, m);
        let (res, orth) = svd_residual(&b, &d, &u, ldu, &vt, ldvt);
        assert!(res < 8.0 && orth < 8.0, "lasd1 nl={nl} nr={nr} sqre={sqre}: residual {res}, orthogonality {orth}");
        for w in idxq.windows(2) {
            assert!(d[w[0]] <= d[w[1]], "lasd1: idxq does not sort d");
        }
        let mut seen = vec![false; n];
        for &i in &idxq {
            seen[i] = true;
        }
        assert!(seen.iter().all(|&x| x), "lasd1: idxq is not a permutation");
        (d, vt)
    }

    /// The same merge by `lasd6` from the halves' first and last right
    /// vector components: the same values, and VF, VL the first and last
    /// columns of lasd1's VT (each vector up to sign).
    fn lasd6_merge<R: RealScalar>(nl: usize, nr: usize, sqre: bool, h: &Halves<R>, d1: &[R], vt1: &[R]) {
        let n = nl + nr + 1;
        let m = n + usize::from(sqre);
        let ldvt = m + 1;
        let vt = |i: usize, j: usize| h.vt[i + j * ldvt];
        let mut vf = vec![R::zero(); m];
        let mut vl = vec![R::zero(); m];
        for i in 0..=nl {
            vf[i] = vt(i, 0);
            vl[i] = vt(i, nl);
        }
        for i in nl + 1..m {
            vf[i] = vt(i, nl + 1);
            vl[i] = vt(i, m - 1);
        }
        let mut d = h.d.clone();
        let mut idxq = h.idxq.clone();
        let (mut alpha, mut beta) = (d[nl], h.e[nl]);
        let (mut difl, mut difr, mut z) = (vec![R::zero(); n], vec![R::zero(); n], vec![R::zero(); m]);
        let mut perm = vec![0usize; n];
        let (mut gc0, mut gc1) = (vec![0usize; n], vec![0usize; n]);
        let (mut gn0, mut gn1, mut p0, mut p1, mut nm) =
            (vec![R::zero(); n], vec![R::zero(); n], vec![R::zero(); n], vec![R::zero(); n], vec![R::zero(); n]);
        let mut f = MergeFactors {
            record: MergeRecord { perm: &mut perm, givcol: [&mut gc0, &mut gc1], givnum: [&mut gn0, &mut gn1] },
            poles: [&mut p0, &mut p1],
            norms: &mut nm,
        };
        let mut buf = WorkBuffer::new(lasd6_req::<R>(n, m));
        let defl = lasd6(
            nl,
            nr,
            sqre,
            &mut d,
            &mut vf,
            &mut vl,
            &mut alpha,
            &mut beta,
            &mut idxq,
            Some(&mut f),
            &mut difl,
            &mut difr,
            &mut z,
            buf.workspace(),
        )
        .unwrap();
        assert!(defl.k >= 1 && defl.k <= n);
        for w in idxq.windows(2) {
            assert!(d[w[0]] <= d[w[1]], "lasd6: idxq does not sort d");
        }
        let eps = R::EPSILON.to_f64();
        let scale = d1.iter().fold(0.0f64, |a, x| a.max(x.to_f64()));
        let tol = 64.0 * n as f64 * eps;
        for i in 0..n {
            // lasd1's value nearest this one.
            let j = (0..n)
                .min_by(|&a, &b| {
                    (d1[a].to_f64() - d[i].to_f64()).abs().total_cmp(&(d1[b].to_f64() - d[i].to_f64()).abs())
                })
                .unwrap();
            assert!(
                (d1[j].to_f64() - d[i].to_f64()).abs() <= tol * scale,
                "lasd6 value {i}: {:?} vs {:?}",
                d[i],
                d1[j]
            );
            let (f1, l1) = (vt1[j].to_f64(), vt1[j + (m - 1) * ldvt].to_f64());
            let (f6, l6) = (vf[i].to_f64(), vl[i].to_f64());
            let err = ((f6 - f1).abs() + (l6 - l1).abs()).min((f6 + f1).abs() + (l6 + l1).abs());
            assert!(err <= 1e3 * tol, "lasd6 nl={nl} nr={nr} sqre={sqre} vector {i}: vf/vl {f6} {l6} vs {f1} {l1}");
        }
    }

    fn merges<R: RealScalar>() {
        let mut rng = Rng(5);
        for (nl, nr) in [(1, 1), (1, 2), (2, 1), (3, 3), (5, 8), (12, 11), (20, 20)] {
            for sqre in [false, true] {
                let h = halves::<R>(nl, nr, sqre, &mut rng);
                let (d1, vt1) = lasd1_merge::<R>(nl, nr, sqre, &h);
                lasd6_merge::<R>(nl, nr, sqre, &h, &d1, &vt1);
            }
        }
    }

    #[test]
    fn lasd1_lasd6_f64() {
        merges::<f64>();
    }

    #[test]
    fn lasd1_lasd6_f32() {
        merges::<f32>();
    }

    /// A merge given by its parts: the halves' values `d1` (`nl`) and `d2`
    /// (`nr`) with orthogonal vectors taken from `h` (or the identity, which
    /// makes the half's `z` components zero but one), and the middle row
    /// `(alpha, beta)`. Runs `lasd2` then `lasd3` and checks the SVD of the
    /// dense merged matrix and the column groups; returns `k`.
    #[allow(clippy::too_many_arguments)]
    fn stages<R: RealScalar>(
        nl: usize,
        nr: usize,
        sqre: bool,
        d1: &[f64],
        d2: &[f64],
        identity: [bool; 2],
        (alpha, beta): (f64, f64),
        h: &Halves<R>,
    ) -> usize {
        let n = nl + nr + 1;
        let m = n + usize::from(sqre);
        let (ldu, ldvt) = (n, m + 1);
        let mut u = vec![R::zero(); ldu * n];
        let mut vt = vec![R::zero(); ldvt * m];
        let mut d = vec![R::zero(); n];
        let mut idxq = vec![0usize; n];
        // Block, its rows, its columns, its values, whether identity.
        let parts = [(0, nl, nl + 1, d1, identity[0]), (nl + 1, nr, m - nl - 1, d2, identity[1])];
        for &(lo, rows, cols, vals, ident) in &parts {
            for j in 0..rows {
                for i in 0..rows {
                    let x = if ident { R::from_f64(f64::from(u8::from(i == j))) } else { h.u[lo + i + (lo + j) * ldu] };
                    u[lo + i + (lo + j) * ldu] = x;
                }
            }
            for j in 0..cols {
                for i in 0..cols {
                    let x =
                        if ident { R::from_f64(f64::from(u8::from(i == j))) } else { h.vt[lo + i + (lo + j) * ldvt] };
                    vt[lo + i + (lo + j) * ldvt] = x;
                }
            }
            for j in 0..rows {
                d[lo + j] = R::from_f64(vals[j]);
            }
            let mut order: Vec<usize> = (0..rows).collect();
            order.sort_by(|&a, &b| vals[a].total_cmp(&vals[b]));
            idxq[lo..lo + rows].copy_from_slice(&order);
        }
        // The merged matrix, dense: [U1 [D1 0] V1^T 0; alpha e_nl beta e_0; 0 U2 [D2 0] V2^T].
        let mut b = vec![vec![0.0f64; m]; n];
        for &(lo, rows, cols, _, _) in &parts {
            for i in 0..rows {
                for c in 0..cols {
                    b[lo + i][lo + c] = (0..rows)
                        .map(|j| {
                            u[lo + i + (lo + j) * ldu].to_f64()
                                * d[lo + j].to_f64()
                                * vt[lo + j + (lo + c) * ldvt].to_f64()
                        })
                        .sum();
                }
            }
        }
        let (alpha, beta) = (R::from_f64(alpha), R::from_f64(beta));
        b[nl][nl] = alpha.to_f64();
        b[nl][nl + 1] = beta.to_f64();

        let mut z = vec![R::zero(); m];
        let mut dsigma = vec![R::zero(); n];
        let mut u2 = vec![R::from_f64(7.5); n * n];
        let mut vt2 = vec![R::from_f64(7.5); m * m];
        let (mut idxp, mut idx, mut idxc, mut coltyp) = (vec![0; n], vec![0; n], vec![0; n], vec![0; n.max(4)]);
        let (k, ctot) = lasd2(
            nl,
            nr,
            sqre,
            &mut d,
            &mut z,
            alpha,
            beta,
            MatMut::from_col_major(&mut u, n, n, ldu),
            MatMut::from_col_major(&mut vt, m, m, ldvt),
            &mut dsigma,
            MatMut::from_col_major(&mut u2, n, n, n),
            MatMut::from_col_major(&mut vt2, m, m, m),
            &mut idxp,
            &mut idx,
            &mut idxc,
            &mut idxq,
            &mut coltyp,
        );
        let what = format!("lasd2 nl={nl} nr={nr} sqre={sqre} identity={identity:?} k={k}");
        assert!((1..=n).contains(&k), "{what}");
        assert_eq!(coltyp[..4], ctot, "{what}: coltyp[..4] is not ctot");
        // The groups by where the kept columns of u2 (rows of vt2) are nonzero.
        let mut count = [0usize; 4];
        count[3] = n - k;
        let mut last = 0;
        for j in 1..k {
            let up = (0..nl).any(|i| u2[i + j * n] != R::zero());
            let lo = (nl + 1..n).any(|i| u2[i + j * n] != R::zero());
            let vup = (0..=nl).any(|c| vt2[j + c * m] != R::zero());
            let vlo = (nl + 1..m).any(|c| vt2[j + c * m] != R::zero());
            assert!(u2[nl + j * n] == R::zero(), "{what}: u2 column {j} reaches the middle row");
            assert_eq!((up, lo), (vup, vlo), "{what}: u2 column {j} and vt2 row {j} disagree");
            let t = match (up, lo) {
                (true, false) => coltyp::UPPER,
                (false, true) => coltyp::LOWER,
                (true, true) => coltyp::DENSE,
                (false, false) => panic!("{what}: u2 column {j} is zero"),
            };
            assert!(t >= last, "{what}: column {j} out of its group");
            last = t;
            count[t - 1] += 1;
        }
        assert_eq!(count, ctot, "{what}: ctot against a direct count");

        let mut q = vec![R::zero(); k * k];
        lasd3(
            nl,
            nr,
            sqre,
            k,
            &mut d,
            MatMut::from_col_major(&mut q, k, k, k),
            &dsigma,
            MatMut::from_col_major(&mut u, n, n, ldu),
            MatRef::from_col_major(&u2, n, n, n),
            MatMut::from_col_major(&mut vt, m, m, ldvt),
            MatMut::from_col_major(&mut vt2, m, m, m),
            &idxc,
            &ctot,
            &mut z,
            Par::Seq,
        )
        .unwrap();
        assert!(d.iter().all(|&x| x >= R::zero()), "{what}: negative singular value");
        for w in d[..k].windows(2) {
            assert!(w[0] <= w[1], "{what}: roots not ascending");
        }
        let (res, orth) = svd_residual(&b, &d, &u, ldu, &vt, ldvt);
        assert!(res < 8.0 && orth < 8.0, "{what}: residual {res}, orthogonality {orth}");
        k
    }

    fn stage_merges<R: RealScalar>() {
        let mut rng = Rng(41);
        let mut ks = std::collections::BTreeSet::new();
        let mut dense = false;
        for (nl, nr) in [(1, 1), (1, 2), (2, 1), (3, 3), (4, 6), (13, 12)] {
            for sqre in [false, true] {
                let h = halves::<R>(nl, nr, sqre, &mut rng);
                let n = nl + nr + 1;
                // The bidiagonal halves as lasdq solved them: the values of the whole as lasdq's.
                let d1: Vec<f64> = h.d[..nl].iter().map(|x| x.to_f64()).collect();
                let d2: Vec<f64> = h.d[nl + 1..n].iter().map(|x| x.to_f64()).collect();
                let (alpha, beta) = (h.d[nl].to_f64(), h.e[nl].to_f64());
                stages::<R>(nl, nr, sqre, &d1, &d2, [false, false], (alpha, beta), &h);
                let (dl, _) = lasd1_merge::<R>(nl, nr, sqre, &h);
                let mut got: Vec<f64> = dl.iter().map(|x| x.to_f64()).collect();
                got.sort_by(|a, b| b.total_cmp(a));
                let want = reference_values(&h.d0, &h.e0, sqre);
                for (g, w) in got.iter().zip(&want) {
                    assert!(
                        (g - w).abs() <= 16.0 * n as f64 * R::EPSILON.to_f64() * want[0],
                        "lasd1 values {g} vs lasdq {w}"
                    );
                }
                // Values repeated within and across the halves (rotations,
                // DENSE columns), tiny z (identity vectors), a zero beta.
                let rep = |i: usize| [0.25, 1.0, 1.0, 2.0][i % 4];
                let d1: Vec<f64> = (0..nl).map(rep).collect();
                let d2: Vec<f64> = (0..nr).map(|i| rep(i + 1)).collect();
                for identity in [[false, false], [true, false], [false, true], [true, true]] {
                    for ab in [(0.5, -0.75), (1.0, 0.0), (0.0, 0.5)] {
                        let k = stages::<R>(nl, nr, sqre, &d1, &d2, identity, ab, &h);
                        ks.insert(k.min(3));
                        dense |= identity == [false, false] && k < n;
                    }
                }
            }
        }
        assert!(ks.len() == 3 && dense, "lasd2/lasd3: k = 1, 2 and larger, and deflation, all exercised: {ks:?}");
    }

    #[test]
    fn lasd2_lasd3_f64() {
        stage_merges::<f64>();
    }

    #[test]
    fn lasd2_lasd3_f32() {
        stage_merges::<f32>();
    }

    /// `lasd6` on a merge given in the halves' bases (`diag(d1)`, the row
    /// `z`, `diag(d2)`), then `lals0` both ways: `x = V S^-1 U^T b` must
    /// solve `M x = b` for the `n x m` middle matrix `M`.
    fn lals0_solves<T: Scalar>(nl: usize, nr: usize, sqre: bool, nrhs: usize, rng: &mut Rng) {
        type R<T> = <T as Scalar>::Real;
        let n = nl + nr + 1;
        let m = n + usize::from(sqre);
        let re = |x: f64| <R<T>>::from_f64(x);
        let mut d: Vec<R<T>> = (0..n).map(|_| re(0.1 + rng.real().abs())).collect();
        let mut vf: Vec<R<T>> = (0..m).map(|_| re(rng.real())).collect();
        let mut vl: Vec<R<T>> = (0..m).map(|_| re(rng.real())).collect();
        if n > 4 {
            // A repeated value and a zero weight: both kinds of deflation.
            d[n - 1] = d[1];
            vl[0] = <R<T>>::zero();
        }
        let (mut alpha, mut beta) = (re(rng.real()), re(rng.real()));
        // M in the block layout.
        let mut mm = vec![vec![0.0f64; m]; n];
        for i in 0..n {
            if i != nl {
                mm[i][i] = d[i].to_f64();
            }
        }
        for j in 0..m {
            mm[nl][j] = if j <= nl { alpha.to_f64() * vl[j].to_f64() } else { beta.to_f64() * vf[j].to_f64() };
        }
        let mut idxq: Vec<usize> = (0..n)
            .map(|i| {
                if i < nl {
                    i
                } else if i == nl {
                    0
                } else {
                    i - nl - 1
                }
            })
            .collect();
        // The halves' values must be sorted by idxq: sort each half.
        d[..nl].sort_by(|a, b| a.partial_cmp(b).unwrap());
        d[nl + 1..].sort_by(|a, b| a.partial_cmp(b).unwrap());
        for i in 0..n {
            if i != nl {
                mm[i][i] = d[i].to_f64();
            }
        }
        let (mut difl, mut difr1, mut z) = (vec![re(0.0); n], vec![re(0.0); n], vec![re(0.0); m]);
        let mut perm = vec![0usize; n];
        let (mut gc0, mut gc1) = (vec![0usize; n], vec![0usize; n]);
        let (mut gn0, mut gn1, mut p0, mut p1, mut nm) =
            (vec![re(0.0); n], vec![re(0.0); n], vec![re(0.0); n], vec![re(0.0); n], vec![re(0.0); n]);
        let defl = {
            let mut f = MergeFactors {
                record: MergeRecord { perm: &mut perm, givcol: [&mut gc0, &mut gc1], givnum: [&mut gn0, &mut gn1] },
                poles: [&mut p0, &mut p1],
                norms: &mut nm,
            };
            let mut buf = WorkBuffer::new(lasd6_req::<R<T>>(n, m));
            lasd6(
                nl,
                nr,
                sqre,
                &mut d,
                &mut vf,
                &mut vl,
                &mut alpha,
                &mut beta,
                &mut idxq,
                Some(&mut f),
                &mut difl,
                &mut difr1,
                &mut z,
                buf.workspace(),
            )
            .unwrap()
        };
        let f = MergeRef {
            perm: &perm,
            givcol: [&gc0, &gc1],
            givnum: [&gn0, &gn1],
            givptr: defl.givptr,
            poles: [&p0, &p1],
            difl: &difl,
            difr: [&difr1, &nm],
            z: &z,
            k: defl.k,
            cs: defl.rotation.unwrap_or((re(1.0), re(0.0))),
        };
        let b0: Vec<T> = (0..m * nrhs).map(|_| T::from_parts(re(rng.real()), re(rng.real()))).collect();
        let mut b = b0.clone();
        let mut bx = vec![T::zero(); m * nrhs];
        let mut work = vec![re(0.0); n];
        lals0(
            false,
            nl,
            nr,
            sqre,
            MatMut::from_col_major(&mut b, m, nrhs, m),
            MatMut::from_col_major(&mut bx, m, nrhs, m),
            &f,
            &mut work,
        );
        for c in 0..nrhs {
            for i in 0..n {
                b[i + c * m] = b[i + c * m].scale_real(<R<T>>::one() / d[i]);
            }
            if sqre {
                b[m - 1 + c * m] = T::zero();
            }
        }
        lals0(
            true,
            nl,
            nr,
            sqre,
            MatMut::from_col_major(&mut b, m, nrhs, m),
            MatMut::from_col_major(&mut bx, m, nrhs, m),
            &f,
            &mut work,
        );
        let eps = <R<T>>::EPSILON.to_f64();
        let mnorm = mm.iter().flatten().fold(0.0f64, |a, x| a.max(x.abs()));
        for c in 0..nrhs {
            let xn = (0..m).fold(0.0f64, |a, i| a.max(b[i + c * m].abs1().to_f64()));
            for i in 0..n {
                let (mut r, mut q) = (b0[i + c * m].re().to_f64(), b0[i + c * m].im().to_f64());
                for j in 0..m {
                    r -= mm[i][j] * b[j + c * m].re().to_f64();
                    q -= mm[i][j] * b[j + c * m].im().to_f64();
                }
                let res = r.abs().max(q.abs()) / (mnorm * xn * m as f64 * eps);
                assert!(res < 50.0, "lals0 nl={nl} nr={nr} sqre={sqre} k={}: residual {res}", defl.k);
            }
        }
    }

    fn lals0_all<T: Scalar>() {
        let mut rng = Rng(23);
        for (nl, nr) in [(1, 1), (1, 2), (2, 1), (3, 4), (8, 7), (15, 16)] {
            for sqre in [false, true] {
                lals0_solves::<T>(nl, nr, sqre, 3, &mut rng);
            }
        }
    }

    #[test]
    fn lasd6_lals0_all_precisions() {
        lals0_all::<f64>();
        lals0_all::<f32>();
        lals0_all::<ferroblas_kernels::scalar::c64>();
        lals0_all::<ferroblas_kernels::scalar::c32>();
    }
}
