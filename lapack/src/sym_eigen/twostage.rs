//! The two-stage reduction of a Hermitian (real: symmetric) matrix to real
//! symmetric tridiagonal form (Haidar, Ltaief and Dongarra), and the
//! eigenvalue drivers built on it.
//!
//! - Stage 1, [`sy2sb`] (`?sytrd_sy2sb`/`?hetrd_he2hb`): `Q1^H A Q1 = B`,
//!   B a band of `kd` off-diagonals. Each panel of `kd` columns below the
//!   band is factored `A21 = V R` (QR), and the trailing matrix is updated
//!   by the block reflector `I - V T V^H` from both sides with one `hemm`,
//!   two small `gemm`s and one `her2k`: Level 3 throughout, unlike
//!   [`sytrd`](super::reduce::sytrd), where half the work is `hemv`.
//! - Stage 2, [`sb2st`] (`?sytrd_sb2st`/`?hetrd_hb2st`): `Q2^H B Q2 = T` by
//!   bulge chasing. Sweep `s` annihilates column `s` below its subdiagonal
//!   with one reflector ([`Task::Annihilate`]), which fills a bulge below
//!   the band; the bulge is pushed down `kd` rows at a time by a pair of
//!   tasks ([`Task::Chase`]: apply the previous reflector to the block
//!   below, annihilate its first column; [`Task::Symmetric`]: apply that
//!   reflector to the next diagonal block from both sides). All work is on
//!   `kd x kd` blocks held in a band of `2 kd + 1` diagonals, `O(n^2 kd)`.
//! - [`sytrd_2stage`] (`?sytrd_2stage`/`?hetrd_2stage`): both stages.
//! - The drivers `?syev_2stage`, `?syevd_2stage`, `?syevx_2stage`,
//!   `?syevr_2stage`, `?sygv_2stage`, `?sbev_2stage`, `?sbevd_2stage`,
//!   `?sbevx_2stage` and their Hermitian twins compute eigenvalues only (as
//!   reference LAPACK 3.11 does): [`syev_2stage`], [`syevx_2stage`],
//!   [`syevr_2stage`], [`sygv_2stage`], [`sbev_2stage`], [`sbevx_2stage`].
//!
//! Neither Q1 nor Q2 is formed: the reference keeps Q1's reflectors in A and
//! only the last two sweeps' reflectors of Q2 in `HOUS` (enough for the
//! chase, not for Q), and so does this module.

use super::band::{band_a11, scale_band};
use super::bisection::{stebz, stebz_req, Block, EigRange, Order};
use super::drivers::{driver_sigma, scale_into_range, unscale};
use super::expert::{expert_sigma, expert_tridiagonal, scale_bounds, scale_for_expert, unscale_eigenvalues};
use super::generalized::reduce_to_standard;
use super::tridiagonal::sterf;
use crate::householder::{larfg, larft, larfx, larfy, Direct, StoreV};
use crate::qr::{geqrf, geqrf_req, Positive};
use crate::relapack::sygst::Itype;
use crate::{Info, Par, WorkReq, Workspace};
use ferroblas_kernels::aux::tuning::iparam2stage;
use ferroblas_kernels::{MatMut, MatRef, RealScalar, Scalar, Side, Trans, Uplo, VecMut, VecRef};
use ferroblas_relapack::level3::Level3;

/// The band width of stage 1 that the tuning module gives precision `T`
/// (`IPARAM2STAGE` ISPEC 17: 32 real, 16 complex).
pub fn band_width<T: Scalar>() -> usize {
    let name = format!("{}SYTRD_2STAGE", T::PREFIX.to_ascii_uppercase());
    usize::try_from(iparam2stage(17, &name, "N", -1, -1, -1, -1)).unwrap_or(1).max(1)
}

/// Conjugates the upper triangle (with the diagonal) of the square `a`.
fn conj_upper<T: Scalar>(a: &mut MatMut<'_, T>) {
    if !T::IS_COMPLEX {
        return;
    }
    for j in 0..a.ncols() {
        for i in 0..=j.min(a.nrows().saturating_sub(1)) {
            let v = a.get(i, j);
            a.set(i, j, v.conj());
        }
    }
}

/// The workspace [`sy2sb`] needs for order `n` and band width `kd`.
pub fn sy2sb_req<T: Scalar>(n: usize, kd: usize) -> WorkReq {
    if kd == 0 || n <= kd + 1 {
        return WorkReq::EMPTY;
    }
    WorkReq::new::<T>(2 * kd * kd + 2 * n * kd).and(geqrf_req::<T>(n - kd, kd))
}

/// Reduces the Hermitian (real: symmetric) `n x n` matrix `a`, of which the
/// `uplo` triangle is read, to a band of `kd` off-diagonals, `B = Q1^H A Q1`
/// (`?sytrd_sy2sb`/`?hetrd_he2hb`).
///
/// `ab` (`kd + 1` rows, `n` columns) receives B in band storage (as
/// [`sbtrd`](super::band::sbtrd) reads it for `uplo`); `tau` (`n - kd`) and
/// the part of the triangle of `a` beyond the band receive the reflectors:
/// with `Uplo::Lower` reflector `i` is `v` with `v[..i+kd] = 0`,
/// `v[i+kd] = 1` and the rest in `A[i+kd+1.., i]`, as `?geqrf` leaves it
/// for the panel `A[i+kd.., i..i+kd]` (the panel's leading triangle set to
/// the unit lower one); with `Uplo::Upper` the conjugate transpose, as
/// `?gelqf` leaves the row panel. Q1 is the product of the reflectors in
/// order. `kd = 0` (and `n <= kd + 1`) only copies the band, as no
/// reduction to a diagonal is possible by this method.
#[allow(clippy::too_many_arguments)]
pub fn sy2sb<T: Scalar>(
    uplo: Uplo,
    mut a: MatMut<'_, T>,
    kd: usize,
    mut ab: MatMut<'_, T>,
    tau: &mut [T],
    par: Par,
    work: Workspace<'_>,
) {
    let n = a.nrows();
    assert_eq!(a.ncols(), n, "sy2sb: A is not square");
    assert!(ab.nrows() > kd && ab.ncols() >= n, "sy2sb: AB is smaller than (kd + 1) x n");
    match uplo {
        Uplo::Lower => sy2sb_lower(a, kd, tau, par, work, |j, r, x| ab.set(r, j, x)),
        Uplo::Upper => {
            // conj(A)^T holds the same Hermitian matrix in its lower triangle;
            // its reflectors, conjugated back, are those of the row panels'
            // LQ factorizations.
            conj_upper(&mut a);
            sy2sb_lower(a.rb_mut().transpose(), kd, tau, par, work, |j, r, x| ab.set(kd - r, j + r, x.conj()));
            conj_upper(&mut a);
        }
    }
}

/// Stores column `j` of the band of the lower triangle of `a` through
/// `store(j, r, A[j + r, j])`.
fn store_band_col<T: Scalar>(a: MatRef<'_, T>, kd: usize, j: usize, store: &mut impl FnMut(usize, usize, T)) {
    let lk = kd.min(a.nrows() - 1 - j) + 1;
    for r in 0..lk {
        store(j, r, a.get(j + r, j));
    }
}

/// [`sy2sb`] on the lower triangle; the band goes out through `store(j, r,
/// B[j + r, j])`.
fn sy2sb_lower<T: Scalar>(
    mut a: MatMut<'_, T>,
    kd: usize,
    tau: &mut [T],
    par: Par,
    mut work: Workspace<'_>,
    mut store: impl FnMut(usize, usize, T),
) {
    let n = a.nrows();
    if kd == 0 || n <= kd + 1 {
        for j in 0..n {
            store_band_col(a.rb(), kd, j, &mut store);
        }
        return;
    }
    assert!(tau.len() >= n - kd, "sy2sb: tau is shorter than n - kd");
    let (zero, one) = (T::zero(), T::one());
    let half = T::from_real(T::Real::from_f64(0.5));
    let (tb, mut work) = work.take::<T>(kd * kd);
    let (s1b, mut work) = work.take::<T>(kd * kd);
    let (wb, mut work) = work.take::<T>(n * kd);
    let (s2b, mut work) = work.take::<T>(n * kd);
    let l3 = Level3::new(par);
    let mut i = 0;
    while i + kd < n {
        let pn = n - i - kd;
        let pk = pn.min(kd);
        // A[i+kd.., i..i+kd] = V R: R goes to the band, V stays in A.
        geqrf(a.rb_mut().submatrix(i + kd, i, pn, kd), &mut tau[i..i + pk], Positive::No, par, work.rb_mut());
        for j in i..i + pk {
            store_band_col(a.rb(), kd, j, &mut store);
        }
        let (left, right) = a.rb_mut().split_at_col(i + kd);
        let mut v = left.submatrix(i + kd, i, pn, pk);
        for c in 0..pk {
            for r in 0..c {
                v.set(r, c, zero);
            }
            v.set(c, c, one);
        }
        let v = v.rb();
        let mut t = MatMut::from_col_major(&mut tb[..pk * pk], pk, pk, pk);
        larft(Direct::Forward, StoreV::Columnwise, v, &tau[i..i + pk], t.rb_mut(), par);
        for c in 0..pk {
            for r in c + 1..pk {
                t.set(r, c, zero);
            }
        }
        // With Q = I - V T V^H: S2 = V T, W = A22 S2 - V (S2^H A22 S2) / 2,
        // and Q^H A22 Q = A22 - V W^H - W V^H.
        let mut s2 = MatMut::from_col_major(&mut s2b[..pn * pk], pn, pk, pn);
        l3.gemm(Trans::No, Trans::No, one, v, t.rb(), zero, s2.rb_mut());
        let a22 = right.submatrix(i + kd, 0, pn, pn);
        let mut w = MatMut::from_col_major(&mut wb[..pn * pk], pn, pk, pn);
        l3.hemm(Side::Left, Uplo::Lower, one, a22.rb(), s2.rb(), zero, w.rb_mut());
        let mut s1 = MatMut::from_col_major(&mut s1b[..pk * pk], pk, pk, pk);
        l3.gemm(Trans::ConjTrans, Trans::No, one, s2.rb(), w.rb(), zero, s1.rb_mut());
        l3.gemm(Trans::No, Trans::No, -half, v, s1.rb(), one, w.rb_mut());
        l3.her2k(Uplo::Lower, Trans::No, -one, v, w.rb(), T::Real::one(), a22);
        i += kd;
    }
    for j in n - kd..n {
        store_band_col(a.rb(), kd, j, &mut store);
    }
}

/// One task of the bulge chasing of [`sb2st`] (`TTYPE` of `?sb2st_kernels`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Task {
    /// Annihilate column `st - 1` below row `st` by a reflector, applied to
    /// the diagonal block `st..=ed` from both sides (`1`).
    Annihilate,
    /// Apply the reflector at `st` to the block below the diagonal block,
    /// rows `ed + 1..`, from the right, then annihilate that block's first
    /// column (the bulge) by a new reflector applied from the left (`2`).
    Chase,
    /// Apply the reflector at `st` to the diagonal block `st..=ed` from both
    /// sides (`3`).
    Symmetric,
}

impl Task {
    /// The task of the reference's `TTYPE` (1, 2, 3).
    pub fn from_ttype(t: i64) -> Option<Self> {
        match t {
            1 => Some(Task::Annihilate),
            2 => Some(Task::Chase),
            3 => Some(Task::Symmetric),
            _ => None,
        }
    }
}

/// The band of the bulge chasing: a Hermitian matrix `M` whose `uplo`
/// triangle is stored by diagonals in columns of `lda = 2 nb + 1` elements.
/// Along a column of the band, and from one column to the next one row
/// lower, addresses step by 1 and `lda - 1`: every block within the band is
/// an ordinary strided matrix with leading dimension `lda - 1`.
struct Band<'a, T> {
    a: &'a mut [T],
    /// Where `M[0, 0]` lies: the diagonal is row 0 (lower) or `2 nb` (upper).
    base: usize,
    ld: usize,
}

impl<T: Scalar> Band<'_, T> {
    #[inline]
    fn at(&self, i: usize, j: usize) -> usize {
        self.base + i + j * self.ld
    }

    #[inline]
    fn get(&self, i: usize, j: usize) -> T {
        self.a[self.at(i, j)]
    }

    #[inline]
    fn set(&mut self, i: usize, j: usize, v: T) {
        let k = self.at(i, j);
        self.a[k] = v;
    }

    /// `M[r0..r0+rows, c0..c0+cols]`, all of which must lie in the band.
    fn block(&mut self, r0: usize, c0: usize, rows: usize, cols: usize) -> MatMut<'_, T> {
        let k = self.at(r0, c0);
        MatMut::from_col_major(&mut self.a[k..], rows, cols, self.ld)
    }
}

/// Runs one task of the bulge chasing of [`sb2st`] (`?sb2st_kernels`/
/// `?hb2st_kernels`) on the band `a` of order `n` and `nb` off-diagonals,
/// stored by diagonals in columns of `lda >= 2 nb + 1` elements: with
/// `Uplo::Lower` `M[i, j]` (`0 <= i - j <= 2 nb`) at `(i - j) + j lda`, with
/// `Uplo::Upper` `M[i, j]` (`0 <= j - i <= 2 nb`) at `2 nb + i - j + j lda`.
///
/// `st..=ed` (0-based) are the rows of the diagonal block, `sweep` (0-based)
/// the column being reduced. The reflector of the task is stored at
/// position `p = (sweep mod 2) n + st` (the new one of [`Task::Chase`] at
/// `(sweep mod 2) n + ed + 1`): `v[p..]` its vector (leading 1 explicit),
/// `tau[p]` its factor; the reflectors are `H = I - tau v v^H`, applied as
/// `H^H M H`. `work` holds `nb` elements. With `Uplo::Upper` the stored
/// triangle is the conjugate transpose and the same reflectors result.
#[allow(clippy::too_many_arguments)]
pub fn sb2st_kernel<T: Scalar>(
    uplo: Uplo,
    task: Task,
    st: usize,
    ed: usize,
    sweep: usize,
    n: usize,
    nb: usize,
    a: &mut [T],
    lda: usize,
    v: &mut [T],
    tau: &mut [T],
    work: &mut [T],
) {
    let one = T::one();
    let zero = T::zero();
    let upper = uplo == Uplo::Upper;
    let mut m = Band { a, base: if upper { 2 * nb } else { 0 }, ld: lda - 1 };
    let vpos = (sweep % 2) * n + st;
    let ln = ed + 1 - st;
    // The element of the full matrix at (i, j), i > j, through the stored triangle.
    let get = |m: &Band<'_, T>, i: usize, j: usize| if upper { m.get(j, i).conj() } else { m.get(i, j) };
    let put = |m: &mut Band<'_, T>, i: usize, j: usize, x: T| {
        if upper {
            m.set(j, i, x.conj())
        } else {
            m.set(i, j, x)
        }
    };
    match task {
        Task::Annihilate | Task::Symmetric => {
            if task == Task::Annihilate {
                // H^H annihilates M[st+1..=ed, st-1].
                v[vpos] = one;
                for i in 1..ln {
                    v[vpos + i] = get(&m, st + i, st - 1);
                    put(&mut m, st + i, st - 1, zero);
                }
                let mut alpha = get(&m, st, st - 1);
                tau[vpos] = larfg(&mut alpha, VecMut::from_slice(&mut v[vpos + 1..vpos + ln]));
                put(&mut m, st, st - 1, alpha);
            }
            // M[st..=ed, st..=ed] := H^H M H (larfy's H' M H'^H with H' = H^H).
            let blk = m.block(st, st, ln, ln);
            larfy(uplo, VecRef::from_slice(&v[vpos..vpos + ln]), tau[vpos].conj(), blk, work);
        }
        Task::Chase => {
            let j1 = ed + 1;
            if j1 >= n {
                return;
            }
            let lm = (ed + nb).min(n - 1) + 1 - j1;
            let t = tau[vpos];
            // The block below, M[j1..j1+lm, st..=ed] := M H (upper: its
            // conjugate transpose := H^H ...).
            if upper {
                larfx(Side::Left, &v[vpos..vpos + ln], t.conj(), m.block(st, j1, ln, lm), work);
            } else {
                larfx(Side::Right, &v[vpos..vpos + ln], t, m.block(j1, st, lm, ln), work);
            }
            // Its first column (the bulge) annihilated below row j1.
            let p = (sweep % 2) * n + j1;
            v[p] = one;
            for i in 1..lm {
                v[p + i] = get(&m, j1 + i, st);
                put(&mut m, j1 + i, st, zero);
            }
            let mut alpha = get(&m, j1, st);
            let t = larfg(&mut alpha, VecMut::from_slice(&mut v[p + 1..p + lm]));
            tau[p] = t;
            put(&mut m, j1, st, alpha);
            if ln > 1 {
                if upper {
                    larfx(Side::Right, &v[p..p + lm], t, m.block(st + 1, j1, ln - 1, lm), work);
                } else {
                    larfx(Side::Left, &v[p..p + lm], t.conj(), m.block(j1, st + 1, lm, ln - 1), work);
                }
            }
        }
    }
}

/// The workspace [`sb2st`] needs for order `n` and `kd` off-diagonals.
pub fn sb2st_req<T: Scalar>(n: usize, kd: usize) -> WorkReq {
    if kd <= 1 || n == 0 {
        return WorkReq::EMPTY;
    }
    WorkReq::new::<T>((2 * kd + 1) * n + kd)
}

/// The length of `hous` [`sb2st`] needs for order `n`: the factors and
/// vectors of the reflectors of two sweeps.
pub fn sb2st_hous_len(n: usize) -> usize {
    4 * n
}

/// Reduces the Hermitian (real: symmetric) band matrix of order `n =
/// ab.ncols()` with `kd` off-diagonals, in band storage (`ab`, `kd + 1`
/// rows, its `uplo` triangle), to real symmetric tridiagonal form `T = Q2^H
/// B Q2` by bulge chasing (`?sytrd_sb2st`/`?hetrd_hb2st`).
///
/// `d[..n]` receives T's diagonal and `e[..n-1]` its off-diagonal. `ab` is
/// left as it is, except for `kd = 1` with a complex type, where the
/// off-diagonal is made real in place (the reference's shortcut, which
/// changes no eigenvalue). For `kd >= 2`, `hous` ([`sb2st_hous_len`])
/// receives the reflectors' factors in `hous[..2n]` and vectors in
/// `hous[2n..4n]`, at the positions of [`sb2st_kernel`]: those of the last
/// two sweeps that used each position.
pub fn sb2st<T: Scalar>(
    uplo: Uplo,
    kd: usize,
    mut ab: MatMut<'_, T>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    hous: &mut [T],
    mut work: Workspace<'_>,
) {
    let n = ab.ncols();
    assert!(ab.nrows() > kd, "sb2st: ab has fewer than kd + 1 rows");
    if n == 0 {
        return;
    }
    assert!(d.len() >= n && e.len() >= n - 1, "sb2st: d or e too short");
    let diag = if uplo == Uplo::Upper { kd } else { 0 };
    for (i, di) in d[..n].iter_mut().enumerate() {
        *di = ab.get(diag, i).re();
    }
    if kd == 0 {
        e[..n - 1].iter_mut().for_each(|x| *x = T::Real::zero());
        return;
    }
    if kd == 1 {
        // Already tridiagonal: the off-diagonal made real by a unitary
        // diagonal similarity, its phases pushed down the band.
        let (r, shift) = if uplo == Uplo::Upper { (0, 1) } else { (1, 0) };
        #[allow(clippy::needless_range_loop)] // the index is a matrix coordinate too
        for i in 0..n - 1 {
            let x = ab.get(r, i + shift);
            if T::IS_COMPLEX {
                let m = x.re().hypot(x.im());
                ab.set(r, i + shift, T::from_real(m));
                e[i] = m;
                let phase = if m != T::Real::zero() { x.scale_real(T::Real::one() / m) } else { T::one() };
                if i + 2 < n {
                    let y = ab.get(r, i + 1 + shift);
                    ab.set(r, i + 1 + shift, y * phase);
                }
            } else {
                e[i] = x.re();
            }
        }
        return;
    }
    assert!(hous.len() >= sb2st_hous_len(n), "sb2st: hous is shorter than 4n");
    let lda = 2 * kd + 1;
    let (buf, mut work) = work.take::<T>(lda * n);
    let (kwork, _) = work.take::<T>(kd);
    // The band, as its lower triangle, with room for the bulge below it.
    buf.iter_mut().for_each(|x| *x = T::zero());
    for j in 0..n {
        for r in 0..=kd.min(n - 1 - j) {
            buf[r + j * lda] = match uplo {
                Uplo::Lower => ab.get(r, j),
                Uplo::Upper => ab.get(kd - r, j + r).conj(),
            };
        }
    }
    let (tau, v) = hous.split_at_mut(2 * n);
    chase_schedule(n, kd, |task, st, ed, sweep| {
        sb2st_kernel(Uplo::Lower, task, st, ed, sweep, n, kd, buf, lda, v, tau, kwork);
    });
    for i in 0..n {
        d[i] = buf[i * lda].re();
        if i + 1 < n {
            e[i] = buf[1 + i * lda].re();
        }
    }
}

/// Calls `run(task, st, ed, sweep)` (0-based) for the tasks of the bulge
/// chasing of a band of order `n` and `kd >= 2` off-diagonals in the
/// reference's order: a wavefront in which sweep `s` trails sweep `s - 1`
/// by three tasks (the order in which the tasks' data dependencies let
/// them run in parallel; run one after the other, any order that respects
/// them gives the same result). Task `k` (1-based) of a sweep works on the
/// diagonal block ending at row `ceil(k/2) kd + s` (Annihilate, then
/// alternately Chase and Symmetric), and the sweep ends once its block
/// reaches the end of the matrix.
pub(crate) fn chase_schedule(n: usize, kd: usize, mut run: impl FnMut(Task, usize, usize, usize)) {
    const LAG: usize = 3;
    // 1-based as the schedule is usually written: sweeps 1..n-1.
    let mut first = 1;
    for i in 1..n {
        if first > i {
            break;
        }
        for step in 1..=LAG {
            let start = first;
            for sweep in start..=i {
                let id = (i - sweep) * LAG + step;
                let task = match id {
                    1 => Task::Annihilate,
                    _ if id.is_multiple_of(2) => Task::Chase,
                    _ => Task::Symmetric,
                };
                let colpt = if task == Task::Chase { id / 2 * kd + sweep } else { id.div_ceil(2) * kd + sweep };
                let (st, ed) = (colpt + 1 - kd, colpt.min(n));
                run(task, st - 1, ed - 1, sweep - 1);
                let done = match task {
                    Task::Chase => colpt >= n - 1,
                    _ => st + 1 >= ed && ed == n,
                };
                if done {
                    first += 1;
                }
            }
        }
    }
}

/// The workspace [`sytrd_2stage`] needs for order `n` and band width `kd`.
pub fn sytrd_2stage_req<T: Scalar>(n: usize, kd: usize) -> WorkReq {
    WorkReq::new::<T>((kd + 1) * n).and(sy2sb_req::<T>(n, kd).or(sb2st_req::<T>(n, kd)))
}

/// Reduces the Hermitian (real: symmetric) `n x n` matrix `a`, of which the
/// `uplo` triangle is read, to real symmetric tridiagonal form in two
/// stages (`?sytrd_2stage`/`?hetrd_2stage`), with the band width
/// [`band_width`].
///
/// `d` (`n`) and `e` (`n - 1`) receive T; `a` and `tau` (`n - kd`) Q1's
/// reflectors as [`sy2sb`] leaves them, `hous` ([`sb2st_hous_len`]) what
/// [`sb2st`] leaves there.
#[allow(clippy::too_many_arguments)]
pub fn sytrd_2stage<T: Scalar>(
    uplo: Uplo,
    a: MatMut<'_, T>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    tau: &mut [T],
    hous: &mut [T],
    par: Par,
    work: Workspace<'_>,
) {
    sytrd_2stage_with(uplo, a, d, e, tau, hous, par, work, band_width::<T>());
}

/// [`sytrd_2stage`] with band width `kd`.
#[allow(clippy::too_many_arguments)]
pub fn sytrd_2stage_with<T: Scalar>(
    uplo: Uplo,
    a: MatMut<'_, T>,
    d: &mut [T::Real],
    e: &mut [T::Real],
    tau: &mut [T],
    hous: &mut [T],
    par: Par,
    mut work: Workspace<'_>,
    kd: usize,
) {
    let n = a.nrows();
    if n == 0 {
        return;
    }
    let (abuf, mut work) = work.take::<T>((kd + 1) * n);
    abuf.iter_mut().for_each(|x| *x = T::zero());
    let mut ab = MatMut::from_col_major(abuf, kd + 1, n, kd + 1);
    sy2sb(uplo, a, kd, ab.rb_mut(), tau, par, work.rb_mut());
    sb2st(uplo, kd, ab, d, e, hous, work);
}

/// The workspace of the dense drivers' reduction ([`syev_2stage`] and the
/// others): `e`, `tau`, `hous` and [`sytrd_2stage`]'s.
fn reduction_req<T: Scalar>(n: usize, kd: usize) -> WorkReq {
    WorkReq::new::<T::Real>(2 * n).and(WorkReq::new::<T>(n + sb2st_hous_len(n))).and(sytrd_2stage_req::<T>(n, kd))
}

/// Reduces `a` with [`sytrd_2stage_with`] into `d`, `e` taken from `work`,
/// then runs `then(d, e, rest of work)`.
fn with_dense_reduction<T: Scalar, X>(
    uplo: Uplo,
    a: MatMut<'_, T>,
    par: Par,
    mut work: Workspace<'_>,
    kd: usize,
    then: impl FnOnce(&mut [T::Real], &mut [T::Real], Workspace<'_>) -> X,
) -> X {
    let n = a.nrows();
    let (de, mut work) = work.take::<T::Real>(2 * n);
    let (d, e) = de.split_at_mut(n);
    {
        let (th, mut work) = work.take::<T>(n + sb2st_hous_len(n));
        let (tau, hous) = th.split_at_mut(n);
        sytrd_2stage_with(uplo, a, d, e, tau, hous, par, work.rb_mut(), kd);
    }
    then(d, e, work)
}

/// The workspace [`syev_2stage`] needs for order `n` and band width `kd`.
pub fn syev_2stage_req<T: Scalar>(n: usize, kd: usize) -> WorkReq {
    if n <= 1 {
        return WorkReq::EMPTY;
    }
    reduction_req::<T>(n, kd)
}

/// All eigenvalues of the Hermitian (real: symmetric) `n x n` matrix `a`, of
/// which the `uplo` triangle is read, through the two-stage reduction and
/// the root-free QR iteration (`?syev_2stage`/`?heev_2stage` and
/// `?syevd_2stage`/`?heevd_2stage` with `JOBZ = 'N'`; band width `kd`).
///
/// `w` (`n`) receives them ascending; `a`'s triangle is destroyed. With
/// `partial_unscale` a failure scales back only the `i - 1` leading values
/// (`?syev_2stage`), otherwise all (`?syevd_2stage`). `Err(i)`: `i`
/// off-diagonal elements did not converge, as [`sterf`].
pub fn syev_2stage<T: Scalar>(
    uplo: Uplo,
    mut a: MatMut<'_, T>,
    w: &mut [T::Real],
    par: Par,
    work: Workspace<'_>,
    kd: usize,
    partial_unscale: bool,
) -> Result<(), Info> {
    let n = a.nrows();
    assert_eq!(a.ncols(), n, "syev_2stage: A is not square");
    if n == 0 {
        return Ok(());
    }
    if n == 1 {
        w[0] = a.get(0, 0).re();
        return Ok(());
    }
    let sigma = scale_into_range(uplo, a.rb_mut());
    let w = &mut w[..n];
    let r = with_dense_reduction(uplo, a, par, work, kd, |d, e, _| {
        w.copy_from_slice(d);
        sterf(w, &mut e[..n - 1])
    });
    if let Some(sigma) = sigma {
        let imax = match r {
            Err(info) if partial_unscale => info.get().get() - 1,
            _ => n,
        };
        unscale(sigma, &mut w[..imax]);
    }
    r
}

/// The workspace [`syevx_2stage`] and [`syevr_2stage`] need for order `n`.
pub fn syevx_2stage_req<T: Scalar>(n: usize, kd: usize) -> WorkReq {
    if n <= 1 {
        return WorkReq::EMPTY;
    }
    let tridiagonal = WorkReq::new::<T::Real>(n)
        .or(WorkReq::new::<Block>(n).and(WorkReq::new::<usize>(n)).and(stebz_req::<T::Real>(n)));
    reduction_req::<T>(n, kd).and(tridiagonal)
}

/// The eigenvalue of a `1 x 1` matrix, if `range` selects it: the count.
fn order_one_selected<R: RealScalar>(range: EigRange<R>, a11: R, w: &mut [R]) -> usize {
    let m = match range {
        EigRange::Values(vl, vu) => usize::from(vl < a11 && vu >= a11),
        _ => 1,
    };
    if m == 1 {
        w[0] = a11;
    }
    m
}

/// Selected eigenvalues of the Hermitian (real: symmetric) `n x n` matrix
/// `a` through the two-stage reduction (`?syevx_2stage`/`?heevx_2stage`
/// with `JOBZ = 'N'`; band width `kd`): the whole spectrum by the QR
/// iteration when all are wanted and `abstol <= 0`, otherwise (and when
/// that fails) by bisection to the absolute accuracy `abstol` (`<= 0`:
/// `eps |T|`). Returns their number `m` (in `w[..m]`, ascending) and
/// [`stebz`]'s status. `a` is destroyed.
#[allow(clippy::too_many_arguments)]
pub fn syevx_2stage<T: Scalar>(
    range: EigRange<T::Real>,
    uplo: Uplo,
    mut a: MatMut<'_, T>,
    abstol: T::Real,
    w: &mut [T::Real],
    par: Par,
    work: Workspace<'_>,
    kd: usize,
) -> (usize, Result<(), Info>) {
    let n = a.nrows();
    if n == 0 {
        return (0, Ok(()));
    }
    if n == 1 {
        return (order_one_selected(range, a.get(0, 0).re(), w), Ok(()));
    }
    let (sigma, abstll, range_s) = scale_for_expert(uplo, a.rb_mut(), abstol, range);
    with_dense_reduction(uplo, a, par, work, kd, |d, e, work| {
        values_by_expert(range, range_s, abstol, abstll, sigma, d, e, w, work)
    })
}

/// [`expert_tridiagonal`] without vectors.
#[allow(clippy::too_many_arguments)]
fn values_by_expert<R: RealScalar>(
    range: EigRange<R>,
    range_s: EigRange<R>,
    abstol: R,
    abstll: R,
    sigma: Option<R>,
    d: &[R],
    e: &[R],
    w: &mut [R],
    work: Workspace<'_>,
) -> (usize, Result<(), Info>) {
    let z = MatMut::<R>::from_col_major(&mut [], 0, 0, 1);
    expert_tridiagonal(false, range, range_s, abstol, abstll, sigma, d, e, w, z, &mut [], |_, _| {}, |_, _| {}, work)
}

/// Selected eigenvalues of the Hermitian (real: symmetric) `n x n` matrix
/// `a` through the two-stage reduction (`?syevr_2stage`/`?heevr_2stage`
/// with `JOBZ = 'N'`; band width `kd`): the whole spectrum by the QR
/// iteration, selected ones (or all, when that fails) by bisection to the
/// accuracy `abstol` (`<= 0`: `eps |T|`). Returns their number `m` (in
/// `w[..m]`, ascending) and [`stebz`]'s status. `a` is destroyed.
#[allow(clippy::too_many_arguments)]
pub fn syevr_2stage<T: Scalar>(
    range: EigRange<T::Real>,
    uplo: Uplo,
    mut a: MatMut<'_, T>,
    abstol: T::Real,
    w: &mut [T::Real],
    par: Par,
    work: Workspace<'_>,
    kd: usize,
) -> (usize, Result<(), Info>) {
    type R<T> = <T as Scalar>::Real;
    let n = a.nrows();
    if n == 0 {
        return (0, Ok(()));
    }
    if n == 1 {
        return (order_one_selected(range, a.get(0, 0).re(), w), Ok(()));
    }
    let (sigma, abstll, range_s) = scale_for_expert(uplo, a.rb_mut(), abstol, range);
    let all = match range {
        EigRange::All => true,
        EigRange::Indices(il, iu) => il == 0 && iu + 1 == n,
        EigRange::Values(..) => false,
    };
    with_dense_reduction(uplo, a, par, work, kd, |d, e, mut work| {
        if all {
            // On a copy of e: the fallback needs the tridiagonal matrix intact.
            let (ee, _) = work.take::<R<T>>(n);
            ee[..n - 1].copy_from_slice(&e[..n - 1]);
            w[..n].copy_from_slice(d);
            if sterf(&mut w[..n], &mut ee[..n - 1]).is_ok() {
                unscale_eigenvalues(sigma, Ok(()), &mut w[..n]);
                return (n, Ok(()));
            }
        }
        let (iblock, mut work) = work.take::<Block>(n);
        let (isplit, mut work) = work.take::<usize>(n);
        let (sz, r) = stebz(range_s, Order::Entire, abstll, d, &e[..n - 1], w, iblock, isplit, work.rb_mut());
        unscale_eigenvalues(sigma, r, &mut w[..sz.m]);
        (sz.m, r)
    })
}

/// All eigenvalues of the generalized Hermitian-definite problem (`A x =
/// lambda B x`, `A B x = lambda x` or `B A x = lambda x` by `itype`)
/// through the Cholesky factorization of `b` and the two-stage reduction
/// (`?sygv_2stage`/`?hegv_2stage` with `JOBZ = 'N'`; band width `kd`).
///
/// `b` receives its Cholesky factor, `w` (`n`) the eigenvalues ascending.
/// `Err(i)`, `i <= n`: as [`syev_2stage`]; `Err(n + i)`: `B`'s leading minor
/// of order `i` is not positive definite.
#[allow(clippy::too_many_arguments)]
pub fn sygv_2stage<T: Scalar>(
    itype: Itype,
    uplo: Uplo,
    mut a: MatMut<'_, T>,
    b: MatMut<'_, T>,
    w: &mut [T::Real],
    par: Par,
    work: Workspace<'_>,
    kd: usize,
) -> Result<(), Info> {
    if a.nrows() == 0 {
        return Ok(());
    }
    reduce_to_standard(itype, uplo, a.rb_mut(), b, par)?;
    syev_2stage(uplo, a, w, par, work, kd, true)
}

/// The workspace [`sbev_2stage`] and [`sbevx_2stage`] need for order `n`
/// and `kd` off-diagonals.
pub fn sbev_2stage_req<T: Scalar>(n: usize, kd: usize) -> WorkReq {
    if n <= 1 {
        return WorkReq::EMPTY;
    }
    let tridiagonal = WorkReq::new::<T::Real>(n)
        .or(WorkReq::new::<Block>(n).and(WorkReq::new::<usize>(n)).and(stebz_req::<T::Real>(n)));
    WorkReq::new::<T::Real>(2 * n).and(WorkReq::new::<T>(sb2st_hous_len(n))).and(sb2st_req::<T>(n, kd).or(tridiagonal))
}

/// Reduces the band with [`sb2st`] into `d`, `e` taken from `work`, then
/// runs `then(d, e, rest of work)`.
fn with_band_reduction<T: Scalar, X>(
    uplo: Uplo,
    kd: usize,
    ab: MatMut<'_, T>,
    mut work: Workspace<'_>,
    then: impl FnOnce(&mut [T::Real], &mut [T::Real], Workspace<'_>) -> X,
) -> X {
    let n = ab.ncols();
    let (de, mut work) = work.take::<T::Real>(2 * n);
    let (d, e) = de.split_at_mut(n);
    {
        let (hous, work) = work.take::<T>(sb2st_hous_len(n));
        sb2st(uplo, kd, ab, d, e, hous, work);
    }
    then(d, e, work)
}

/// All eigenvalues of the Hermitian (real: symmetric) band matrix of order
/// `n = ab.ncols()` with `kd` off-diagonals (`ab`, its `uplo` triangle)
/// through [`sb2st`] and the root-free QR iteration
/// (`?sbev_2stage`/`?hbev_2stage` and `?sbevd_2stage`/`?hbevd_2stage` with
/// `JOBZ = 'N'`).
///
/// `w` (`n`) receives them ascending; `ab` is scaled when its elements are
/// out of the safe range. `partial_unscale` and `Err` as [`syev_2stage`].
#[allow(clippy::too_many_arguments)]
pub fn sbev_2stage<T: Scalar>(
    uplo: Uplo,
    kd: usize,
    mut ab: MatMut<'_, T>,
    w: &mut [T::Real],
    work: Workspace<'_>,
    partial_unscale: bool,
) -> Result<(), Info> {
    let n = ab.ncols();
    if n == 0 {
        return Ok(());
    }
    if n == 1 {
        w[0] = band_a11(uplo, kd, &ab);
        return Ok(());
    }
    let sigma = scale_band(uplo, kd, &mut ab, driver_sigma);
    let w = &mut w[..n];
    let r = with_band_reduction(uplo, kd, ab, work, |d, e, _| {
        w.copy_from_slice(d);
        sterf(w, &mut e[..n - 1])
    });
    if let Some(sigma) = sigma {
        let imax = match r {
            Err(info) if partial_unscale => info.get().get() - 1,
            _ => n,
        };
        unscale(sigma, &mut w[..imax]);
    }
    r
}

/// Selected eigenvalues of the Hermitian (real: symmetric) band matrix of
/// order `n = ab.ncols()` with `kd` off-diagonals (`ab`, its `uplo`
/// triangle) through [`sb2st`] (`?sbevx_2stage`/`?hbevx_2stage` with `JOBZ
/// = 'N'`); the selection and result as [`syevx_2stage`].
#[allow(clippy::too_many_arguments)]
pub fn sbevx_2stage<T: Scalar>(
    range: EigRange<T::Real>,
    uplo: Uplo,
    kd: usize,
    mut ab: MatMut<'_, T>,
    abstol: T::Real,
    w: &mut [T::Real],
    work: Workspace<'_>,
) -> (usize, Result<(), Info>) {
    let n = ab.ncols();
    if n == 0 {
        return (0, Ok(()));
    }
    if n == 1 {
        return (order_one_selected(range, band_a11(uplo, kd, &ab), w), Ok(()));
    }
    let sigma = scale_band(uplo, kd, &mut ab, expert_sigma);
    let (abstll, range_s) = scale_bounds(sigma, abstol, range);
    with_band_reduction(uplo, kd, ab, work, |d, e, work| {
        values_by_expert(range, range_s, abstol, abstll, sigma, d, e, w, work)
    })
}
