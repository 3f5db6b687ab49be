//! Sweeps of plane rotations held back and applied to the vectors several at
//! a time (for the QR iterations of `?bdsqr` and `?steqr`).
//!
//! Each sweep of a bulge chase rotates neighbouring columns (or rows) of
//! the vector matrices from one end of the active block to the other; one at
//! a time, every sweep streams the whole matrix through memory for a handful
//! of flops per element. The sweeps' cosines and sines depend only on the
//! bidiagonal or tridiagonal, so the iteration can go on while they wait
//! here; they are then applied together, panel by panel of the dimension the
//! rotations do not mix (rows of U and Z, columns of V^T), each panel packed
//! into a small buffer that stays in cache while every held sweep passes over
//! it (Van Zee, van de Geijn and Quintana-Orti, "Restructuring the
//! tridiagonal and bidiagonal QR algorithms for performance", ACM TOMS 40,
//! 2014, apply the same idea in a wavefront).
//!
//! Each element still meets the same rotations in the same order as with
//! one `lasr` call per sweep; each rotation of two packed lines runs on the
//! BLAS `rot` kernel (fused multiply-adds, the same bits on every kernel
//! table), so the vectors differ from `lasr`'s in rounding only and are the
//! same whatever the panel width, the number of sweeps held or the thread
//! count. The iteration itself (shifts, deflation, the singular values or
//! eigenvalues) never looks at the vectors and is unchanged.

use crate::WorkReq;
use ferroblas_kernels::aux::rotations::Direction;
use ferroblas_kernels::level1::rot;
use ferroblas_kernels::{MatMut, RealScalar, Scalar, Side, VecMut};

/// The most sweeps held before they are applied.
const MAX_SWEEPS: usize = 16;

/// The least order for which sweeps are held: below it the vectors fit in
/// L1 and one sweep at a time streams nothing from memory (and the leaves of
/// divide and conquer, at most 25, keep their one-sweep path).
pub(crate) const HOLD_MIN: usize = 32;

/// The bytes of vector entries a packed panel aims at (inside L2, and lines
/// long enough that a kernel call per rotation costs little).
const PANEL_BYTES: usize = 1 << 20;

/// One held sweep: `nrot` rotations in the planes `(lo + k, lo + k + 1)`,
/// applied in the order `dir`, their cosines and sines from `at` in the store.
#[derive(Clone, Copy)]
struct Sweep {
    lo: usize,
    nrot: usize,
    dir: Direction,
    /// Whether rotations with `c = 1, s = 0` are applied too (they are
    /// skipped otherwise, as `lasr` skips them).
    all: bool,
    at: usize,
}

const NO_SWEEP: Sweep = Sweep { lo: 0, nrot: 0, dir: Direction::Forward, all: false, at: 0 };

/// The panel width (entries of the unrotated dimension) for vectors of
/// order `n`.
fn panel_width<T: Scalar>(n: usize) -> usize {
    (PANEL_BYTES / (n.max(1) * size_of::<T>())).clamp(16, 512)
}

/// The workspace a [`SweepQueue`] over `chans` sequences per sweep for
/// vectors of order `n` uses: the held cosines and sines, then a panel of
/// `T` (nothing below [`HOLD_MIN`]). Routines whose own workspace leaves
/// this much over hold sweeps back; with less they apply each sweep as it
/// comes.
pub(crate) fn sweep_queue_req<T: Scalar>(n: usize, chans: usize) -> WorkReq {
    if n < HOLD_MIN {
        return WorkReq::EMPTY;
    }
    WorkReq::new::<T::Real>(sweep_store_len(n, chans)).and(WorkReq::new::<T>(sweep_panel_len::<T>(n)))
}

/// The number of `T` [`sweep_queue_req`] sets aside for the panel.
pub(crate) fn sweep_panel_len<T: Scalar>(n: usize) -> usize {
    panel_width::<T>(n) * n
}

/// The number of reals [`sweep_queue_req`] sets aside for cosines and sines.
pub(crate) fn sweep_store_len(n: usize, chans: usize) -> usize {
    MAX_SWEEPS * chans * 2 * n.saturating_sub(1)
}

/// Up to [`MAX_SWEEPS`] sweeps of `chans` rotation sequences each (`?bdsqr`
/// has two: the rotations from the right for V^T, from the left for U and
/// C), held in a caller's store until [`apply`](SweepQueue::apply).
pub(crate) struct SweepQueue<'a, R> {
    store: &'a mut [R],
    chans: usize,
    used: usize,
    sweeps: [Sweep; MAX_SWEEPS],
    count: usize,
}

impl<'a, R: RealScalar> SweepQueue<'a, R> {
    /// A queue over `store` (empty: every [`push`](SweepQueue::push) fails,
    /// and the caller applies its sweeps at once).
    pub(crate) fn new(store: &'a mut [R], chans: usize) -> Self {
        SweepQueue { store, chans, used: 0, sweeps: [NO_SWEEP; MAX_SWEEPS], count: 0 }
    }

    /// Whether no sweep is held.
    pub(crate) fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Holds a sweep of `nrot` rotations in the planes `(lo + k, lo + k + 1)`,
    /// sequence `ch` with cosines `seqs[ch].0[..nrot]` and sines
    /// `seqs[ch].1[..nrot]`; `all` applies identity rotations too. `false`
    /// when it does not fit (apply the held sweeps, then try again).
    pub(crate) fn push(&mut self, lo: usize, nrot: usize, dir: Direction, all: bool, seqs: &[(&[R], &[R])]) -> bool {
        debug_assert_eq!(seqs.len(), self.chans);
        let need = 2 * nrot * self.chans;
        if self.count == MAX_SWEEPS || self.used + need > self.store.len() {
            return false;
        }
        let at = self.used;
        for (ch, (c, s)) in seqs.iter().enumerate() {
            let base = at + 2 * nrot * ch;
            self.store[base..base + nrot].copy_from_slice(&c[..nrot]);
            self.store[base + nrot..base + 2 * nrot].copy_from_slice(&s[..nrot]);
        }
        self.used += need;
        self.sweeps[self.count] = Sweep { lo, nrot, dir, all, at };
        self.count += 1;
        true
    }

    /// Forgets the held sweeps (after they were applied to every matrix).
    pub(crate) fn clear(&mut self) {
        self.used = 0;
        self.count = 0;
    }

    /// Applies sequence `ch` of the held sweeps, in the order they came, to
    /// `a`: to its columns ([`Side::Right`], `A := A P^T` as `lasr`) or its
    /// rows ([`Side::Left`], `A := P A`), packing panels of the other
    /// dimension into `panel` (at least one line of the span the sweeps
    /// touch). The sweeps stay held: [`clear`](SweepQueue::clear) them once
    /// every matrix has had them.
    pub(crate) fn apply<T: Scalar<Real = R>>(&self, ch: usize, side: Side, a: MatMut<'_, T>, panel: &mut [T]) {
        // Rotations mix the columns of `at`; its rows are independent.
        let mut at = match side {
            Side::Right => a,
            Side::Left => a.transpose(),
        };
        let held = &self.sweeps[..self.count];
        let nfree = at.nrows();
        let (Some(lo), Some(hi)) = (held.iter().map(|s| s.lo).min(), held.iter().map(|s| s.lo + s.nrot + 1).max())
        else {
            return;
        };
        if nfree == 0 {
            return;
        }
        let span = hi - lo;
        let w = (panel.len() / span).min(nfree);
        assert!(w > 0, "SweepQueue::apply: the panel holds no line of {span}");
        let mut f0 = 0;
        while f0 < nfree {
            let wb = w.min(nfree - f0);
            let b = &mut panel[..span * wb];
            pack(at.rb_mut(), f0, wb, lo, hi, b);
            for sw in held {
                let base = sw.at + 2 * sw.nrot * ch;
                let c = &self.store[base..base + sw.nrot];
                let s = &self.store[base + sw.nrot..base + 2 * sw.nrot];
                rotate_panel(b, wb, sw.lo - lo, sw, c, s);
            }
            unpack(at.rb_mut(), f0, wb, lo, hi, b);
            f0 += wb;
        }
    }
}

/// `b[(l - lo) * wb + f] := at[f0 + f, l]` for the lines `lo..hi` and the
/// `wb` rows from `f0`.
fn pack<T: Scalar>(at: MatMut<'_, T>, f0: usize, wb: usize, lo: usize, hi: usize, b: &mut [T]) {
    let at = at.into_ref();
    if at.row_stride() == 1 {
        for (l, line) in (lo..hi).zip(b.chunks_exact_mut(wb)) {
            let col = at.col_slice(l).expect("unit row stride");
            line.copy_from_slice(&col[f0..f0 + wb]);
        }
    } else if at.col_stride() == 1 {
        let t = at.transpose();
        for f in 0..wb {
            let row = t.col_slice(f0 + f).expect("unit column stride");
            for (k, &x) in row[lo..hi].iter().enumerate() {
                b[k * wb + f] = x;
            }
        }
    } else {
        for l in lo..hi {
            for f in 0..wb {
                b[(l - lo) * wb + f] = at.get(f0 + f, l);
            }
        }
    }
}

/// The inverse of [`pack`].
fn unpack<T: Scalar>(mut at: MatMut<'_, T>, f0: usize, wb: usize, lo: usize, hi: usize, b: &[T]) {
    if at.row_stride() == 1 {
        for (l, line) in (lo..hi).zip(b.chunks_exact(wb)) {
            let col = at.col_slice_mut(l).expect("unit row stride");
            col[f0..f0 + wb].copy_from_slice(line);
        }
    } else if at.col_stride() == 1 {
        let mut t = at.transpose();
        for f in 0..wb {
            let row = t.col_slice_mut(f0 + f).expect("unit column stride");
            for (k, x) in row[lo..hi].iter_mut().enumerate() {
                *x = b[k * wb + f];
            }
        }
    } else {
        for l in lo..hi {
            for f in 0..wb {
                at.set(f0 + f, l, b[(l - lo) * wb + f]);
            }
        }
    }
}

/// Applies one sweep to a packed panel of lines `wb` entries long, the
/// sweep's first plane at line `first`: `x := c x + s y`, `y := c y - s x`
/// for the lines `x`, `y` of each plane (BLAS `rot`).
fn rotate_panel<T: Scalar>(b: &mut [T], wb: usize, first: usize, sw: &Sweep, c: &[T::Real], s: &[T::Real]) {
    let (one, zero) = (T::Real::one(), T::Real::zero());
    let mut step = |k: usize| {
        let (ck, sk) = (c[k], s[k]);
        if !sw.all && ck == one && sk == zero {
            return;
        }
        let p = first + k;
        let (head, tail) = b.split_at_mut((p + 1) * wb);
        rot(VecMut::from_slice(&mut head[p * wb..]), VecMut::from_slice(&mut tail[..wb]), ck, sk);
    };
    match sw.dir {
        Direction::Forward => (0..sw.nrot).for_each(&mut step),
        Direction::Backward => (0..sw.nrot).rev().for_each(&mut step),
    }
}

#[cfg(test)]
mod tests {
    mod residual {
        //! The held application against the rotations applied one at a time
        //! with the `rot` kernel's arithmetic (the same bits), and
        //! `bdsqr`/`steqr` with room to hold sweeps against without (`lasr`
        //! one sweep at a time): the same values, vectors equal to rounding.

        use super::super::*;
        use crate::svd::{bdsqr, bdsqr_req, bdsqr_req_fast};
        use crate::sym_eigen::tridiagonal::{steqr, steqr_req, steqr_req_fast, Compz};
        use crate::WorkBuffer;
        use ferroblas_kernels::scalar::{c32, c64};
        use ferroblas_kernels::Uplo;

        struct Rng(u64);

        impl Rng {
            fn real(&mut self) -> f64 {
                self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                ((self.0 >> 11) as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
            }
            fn below(&mut self, n: usize) -> usize {
                ((self.real() + 1.0) * 0.5 * n as f64) as usize % n.max(1)
            }
            fn scalar<T: Scalar>(&mut self) -> T {
                T::from_parts(T::Real::from_f64(self.real()), T::Real::from_f64(self.real()))
            }
        }

        fn same_bits<T: Scalar>(a: &[T], b: &[T], what: &str) {
            assert_eq!(a.len(), b.len());
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                let (xr, xi, yr, yi) = (x.re().to_f64(), x.im().to_f64(), y.re().to_f64(), y.im().to_f64());
                assert!(
                    xr.to_bits() == yr.to_bits() && xi.to_bits() == yi.to_bits(),
                    "{what}: element {i}: {xr:e}{xi:+e}i vs {yr:e}{yi:+e}i"
                );
            }
        }

        /// Random sweeps (identity rotations among them) on a `z`-line
        /// matrix with `nfree` entries per line, held and applied through
        /// panels of `width`, against the rotations one at a time.
        fn queue_case<T: Scalar>(side: Side, z: usize, nfree: usize, row_major: bool, width: usize, rng: &mut Rng) {
            let (m, n) = if side == Side::Left { (z, nfree) } else { (nfree, z) };
            let ld = if row_major { n + 1 } else { m + 2 };
            let len = ld * if row_major { m } else { n };
            let a0: Vec<T> = (0..len.max(1)).map(|_| rng.scalar()).collect();
            fn view<T: Scalar>(buf: &mut [T], m: usize, n: usize, ld: usize, row_major: bool) -> MatMut<'_, T> {
                if row_major {
                    MatMut::from_col_major(buf, n, m, ld).transpose()
                } else {
                    MatMut::from_col_major(buf, m, n, ld)
                }
            }
            let mut store = vec![T::Real::zero(); sweep_store_len(z, 1)];
            let mut queue = SweepQueue::new(&mut store, 1);
            let mut a1 = a0.clone();
            let count = 1 + rng.below(MAX_SWEEPS);
            for _ in 0..count {
                let lo = rng.below(z - 1);
                let nrot = 1 + rng.below(z - 1 - lo);
                let dir = if rng.real() < 0.0 { Direction::Forward } else { Direction::Backward };
                let all = rng.real() < -0.5;
                let mut c = Vec::new();
                let mut s = Vec::new();
                for _ in 0..nrot {
                    if rng.real() < -0.7 {
                        c.push(T::Real::one());
                        s.push(T::Real::zero());
                    } else {
                        let t = rng.real() * 3.0;
                        c.push(T::Real::from_f64(t.cos()));
                        s.push(T::Real::from_f64(t.sin()));
                    }
                }
                assert!(queue.push(lo, nrot, dir, all, &[(&c, &s)]));
                let mut a = view(&mut a1, m, n, ld, row_major);
                for k in 0..nrot {
                    let k = if dir == Direction::Forward { k } else { nrot - 1 - k };
                    if !all && c[k] == T::Real::one() && s[k] == T::Real::zero() {
                        continue;
                    }
                    let sub = match side {
                        Side::Left => a.rb_mut().submatrix(lo + k, 0, 2, nfree).transpose(),
                        Side::Right => a.rb_mut().submatrix(0, lo + k, nfree, 2),
                    };
                    rotate_two(sub, c[k], s[k]);
                }
            }
            let mut a2 = a0.clone();
            let mut panel = vec![T::zero(); width * z];
            queue.apply(0, side, view(&mut a2, m, n, ld, row_major), &mut panel);
            same_bits(&a1, &a2, &format!("{side:?} z {z} nfree {nfree} row_major {row_major} width {width}"));
        }

        /// `[x y] := [c x + s y, c y - s x]` for the two columns of `a`,
        /// each part as the `rot` kernel rounds it: `fma(c, x, s y)` and
        /// `fma(-s, x, c y)`.
        fn rotate_two<T: Scalar>(mut a: MatMut<'_, T>, c: T::Real, s: T::Real) {
            let part = |x: T::Real, y: T::Real| (c.mul_add(x, s * y), (-s).mul_add(x, c * y));
            for i in 0..a.nrows() {
                let (x, y) = (a.get(i, 0), a.get(i, 1));
                let (xr, yr) = part(x.re(), y.re());
                let (xi, yi) = part(x.im(), y.im());
                a.set(i, 0, T::from_parts(xr, xi));
                a.set(i, 1, T::from_parts(yr, yi));
            }
        }

        /// `|a - b| <= tol` elementwise.
        fn close<T: Scalar>(a: &[T], b: &[T], tol: f64, what: &str) {
            assert_eq!(a.len(), b.len());
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                let d = (x.re().to_f64() - y.re().to_f64()).hypot(x.im().to_f64() - y.im().to_f64());
                assert!(d <= tol, "{what}: element {i} differs by {d:e}");
            }
        }

        fn tol<T: Scalar>(n: usize) -> f64 {
            100.0 * (n.max(1) as f64) * T::Real::EPSILON.to_f64()
        }

        fn queue_all<T: Scalar>() {
            let mut rng = Rng(11 + size_of::<T>() as u64);
            for side in [Side::Left, Side::Right] {
                for &(z, nfree) in &[(2usize, 1usize), (3, 5), (9, 17), (40, 33), (65, 7)] {
                    for row_major in [false, true] {
                        for width in [1usize, 3, 8, 64] {
                            queue_case::<T>(side, z, nfree, row_major, width, &mut rng);
                        }
                    }
                }
            }
        }

        #[test]
        fn held_sweeps_match_the_rotations_one_at_a_time() {
            queue_all::<f32>();
            queue_all::<f64>();
            queue_all::<c32>();
            queue_all::<c64>();
        }

        /// `bdsqr` on a random bidiagonal with U, V^T and C, with the least
        /// workspace and with room to hold sweeps.
        fn bdsqr_case<T: Scalar>(uplo: Uplo, n: usize, rng: &mut Rng) {
            let run = |req: WorkReq, rng: &mut Rng| {
                let mut d: Vec<T::Real> = (0..n).map(|_| T::Real::from_f64(rng.real())).collect();
                let mut e: Vec<T::Real> = (0..n).map(|_| T::Real::from_f64(rng.real())).collect();
                let (ncvt, nru, ncc) = (n + 1, n + 2, 3);
                let mut vt: Vec<T> = (0..n * ncvt).map(|_| rng.scalar()).collect();
                let mut u: Vec<T> = (0..nru * n).map(|_| rng.scalar()).collect();
                let mut c: Vec<T> = (0..n * ncc).map(|_| rng.scalar()).collect();
                let mut buf = WorkBuffer::new(req);
                bdsqr::<T>(
                    uplo,
                    &mut d,
                    &mut e,
                    MatMut::from_col_major(&mut vt, n, ncvt, n.max(1)),
                    MatMut::from_col_major(&mut u, nru, n, nru),
                    MatMut::from_col_major(&mut c, n, ncc, n.max(1)),
                    buf.workspace(),
                )
                .expect("bdsqr converges");
                (d, vt, u, c)
            };
            let seed = rng.0;
            let slow = run(bdsqr_req::<T>(n), rng);
            rng.0 = seed;
            let fast = run(bdsqr_req_fast::<T>(n), rng);
            let what = format!("bdsqr {uplo:?} n {n}");
            same_bits(&slow.0, &fast.0, &what);
            // The vectors started random with entries below 1 in modulus.
            let t = tol::<T>(n) * (n + 3) as f64;
            close(&slow.1, &fast.1, t, &what);
            close(&slow.2, &fast.2, t, &what);
            close(&slow.3, &fast.3, t, &what);
        }

        /// `steqr` on a random tridiagonal (`Init`, and `Update` of a random
        /// `z`), with and without room to hold sweeps.
        fn steqr_case<T: Scalar>(compz: Compz, n: usize, rng: &mut Rng) {
            let run = |req: WorkReq, rng: &mut Rng| {
                let mut d: Vec<T::Real> = (0..n).map(|_| T::Real::from_f64(rng.real())).collect();
                let mut e: Vec<T::Real> = (0..n).map(|_| T::Real::from_f64(rng.real())).collect();
                // Some exact splits.
                if n > 6 {
                    e[n / 3] = T::Real::zero();
                }
                let ldz = n + 1;
                let mut z: Vec<T> = (0..ldz * n).map(|_| rng.scalar()).collect();
                let mut buf = WorkBuffer::new(req);
                steqr::<T>(compz, &mut d, &mut e, MatMut::from_col_major(&mut z, n, n, ldz), buf.workspace())
                    .expect("steqr converges");
                (d, z)
            };
            let seed = rng.0;
            let slow = run(steqr_req::<T>(compz, n), rng);
            rng.0 = seed;
            let fast = run(steqr_req_fast::<T>(compz, n), rng);
            let what = format!("steqr {compz:?} n {n}");
            same_bits(&slow.0, &fast.0, &what);
            close(&slow.1, &fast.1, tol::<T>(n) * (n + 1) as f64, &what);
        }

        fn drivers_all<T: Scalar>() {
            let mut rng = Rng(5 + size_of::<T>() as u64);
            for &n in &[0usize, 1, 2, 3, 4, 7, 16, 32, 33, 90] {
                bdsqr_case::<T>(Uplo::Upper, n, &mut rng);
                bdsqr_case::<T>(Uplo::Lower, n, &mut rng);
                steqr_case::<T>(Compz::Init, n, &mut rng);
                steqr_case::<T>(Compz::Update, n, &mut rng);
            }
        }

        #[test]
        fn bdsqr_and_steqr_hold_sweeps_with_the_same_values() {
            drivers_all::<f32>();
            drivers_all::<f64>();
            drivers_all::<c32>();
            drivers_all::<c64>();
        }

        /// `gesvd` (U and V^H in full) and `syev` (eigenvectors) with their
        /// least workspace (one sweep at a time) and with the `_fast` one
        /// (sweeps held): the same values, vectors equal to rounding.
        fn full_drivers<T: Scalar>(m: usize, n: usize, rng: &mut Rng) {
            use crate::svd::{gesvd, gesvd_req, gesvd_req_fast, SvdJob};
            use crate::sym_eigen::drivers::{syev_req_fast_with, syev_req_with, syev_with, Jobz};
            use crate::Par;
            let a0: Vec<T> = (0..m * n).map(|_| rng.scalar()).collect();
            let svd = |req: WorkReq| {
                let (k, mut a) = (m.min(n), a0.clone());
                let (mut s, mut e) = (vec![T::Real::zero(); k], vec![T::Real::zero(); k]);
                let (mut u, mut vt) = (vec![T::zero(); m * m], vec![T::zero(); n * n]);
                let mut buf = WorkBuffer::new(req);
                gesvd::<T>(
                    SvdJob::All,
                    SvdJob::All,
                    MatMut::from_col_major(&mut a, m, n, m),
                    &mut s,
                    MatMut::from_col_major(&mut u, m, m, m),
                    MatMut::from_col_major(&mut vt, n, n, n),
                    &mut e,
                    Par::Seq,
                    buf.workspace(),
                )
                .expect("gesvd converges");
                (s, u, vt)
            };
            let slow = svd(gesvd_req::<T>(SvdJob::All, SvdJob::All, m, n));
            let fast = svd(gesvd_req_fast::<T>(SvdJob::All, SvdJob::All, m, n));
            let what = format!("gesvd {m} x {n}");
            same_bits(&slow.0, &fast.0, &what);
            let t = tol::<T>(m.max(n)) * 10.0;
            close(&slow.1, &fast.1, t, &what);
            close(&slow.2, &fast.2, t, &what);
            // G + G^H for a random G.
            let g: Vec<T> = (0..n * n).map(|_| rng.scalar()).collect();
            let mut h = vec![T::zero(); n * n];
            for j in 0..n {
                for i in 0..n {
                    h[i + j * n] = g[i + j * n] + g[j + i * n].conj();
                }
            }
            let eig = |req: WorkReq| {
                let (mut a, mut w) = (h.clone(), vec![T::Real::zero(); n]);
                let mut buf = WorkBuffer::new(req);
                syev_with::<T>(
                    Jobz::Vectors,
                    Uplo::Lower,
                    MatMut::from_col_major(&mut a, n, n, n),
                    &mut w,
                    Par::Seq,
                    buf.workspace(),
                    8,
                )
                .expect("syev converges");
                (w, a)
            };
            let slow = eig(syev_req_with::<T>(Jobz::Vectors, n, 8));
            let fast = eig(syev_req_fast_with::<T>(Jobz::Vectors, n, 8));
            let what = format!("syev {n}");
            same_bits(&slow.0, &fast.0, &what);
            close(&slow.1, &fast.1, t, &what);
        }

        #[test]
        fn gesvd_and_syev_with_room_to_hold_sweeps_agree() {
            let mut rng = Rng(29);
            for &(m, n) in &[(40usize, 40usize), (75, 40), (40, 50)] {
                full_drivers::<f32>(m, n, &mut rng);
                full_drivers::<f64>(m, n, &mut rng);
                full_drivers::<c32>(m, n, &mut rng);
                full_drivers::<c64>(m, n, &mut rng);
            }
        }
    }
}
