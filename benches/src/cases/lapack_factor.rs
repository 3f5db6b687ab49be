//! LAPACK factorizations side by side, through the Fortran ABI of each
//! library, on column-major matrices (`lda = m`): the `lapack-factor`
//! section (`dgetrf`, `dpotrf` L, `dtrtri` L N, `dlauum` L, `dgesv` with one
//! right-hand side, `dsytrf` L, `zgetrf`, `zpotrf` L, n x n) and the
//! `lapack-qr` section (`dgeqrf` n x n and 10000 x 200, `dorgqr`, `dormqr` L T,
//! `dgels` N with one right-hand side, `zgeqrf`).
//!
//! Run only one section (the thread count is one per run, as for every
//! section; the section is named `lapack-factor-2threads` at 2 threads):
//!
//! ```text
//! PEER_SECTIONS=lapack-factor cargo xtask bench --quick --threads 2   # smoke test, n <= 1000
//! PEER_SECTIONS=lapack-qr cargo xtask bench --threads 1               # full, also rewrites BENCHMARKS.md
//! ```
//!
//! `LAPACK_FACTOR_SIZES=4,8,32` replaces the list of orders, and
//! `LAPACK_FACTOR_CASES=dgetrf,zpotrf` keeps the cases whose label contains
//! any of the words.
//!
//! Peers: OpenBLAS (Debian's, from the BLAS peers), and, where a Python
//! virtual environment holds them, the PyPI builds of OpenBLAS
//! (`scipy-openblas32`, whose symbols carry a `scipy_` prefix) and MKL. The
//! environment is `$PEER_VENV`, by default `target/peer-venv` in the
//! repository; make it with
//!
//! ```text
//! python3 -m venv target/peer-venv && target/peer-venv/bin/pip install scipy-openblas32 mkl
//! ```
//!
//! A library without a routine (BLIS has no LAPACK; ferroblas until it
//! exports the routine) gets `-` in that row; a peer without any of them is
//! left out of the table.

use crate::harness::{self, Options, Peer, Result, Table};
use crate::machine;
use std::ffi::{c_char, c_int, CStr};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Matrix orders: where call overhead dominates, then through the caches,
/// then well beyond them.
const SIZES: [usize; 8] = [4, 8, 32, 100, 300, 1000, 2000, 4000];

/// Orders at which every library's result is checked against its input
/// before anything is timed: one below any blocking, one past the usual
/// block size of 64, so both the unblocked and blocked paths answer.
const CHECK_SIZES: [usize; 2] = [5, 150];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Routine {
    Getrf,
    Potrf,
    Trtri,
    Lauum,
    Gesv,
    Sytrf,
    Geqrf,
    Orgqr,
    Ormqr,
    Gels,
}

struct Case {
    /// The Fortran symbol without a library's prefix.
    symbol: &'static str,
    routine: Routine,
    complex: bool,
    /// A fixed `m x n` shape measured once instead of the n x n sizes.
    fixed: Option<(usize, usize)>,
}

const fn case(symbol: &'static str, routine: Routine, complex: bool) -> Case {
    Case { symbol, routine, complex, fixed: None }
}

const CASES: [Case; 8] = [
    case("dgetrf_", Routine::Getrf, false),
    case("dpotrf_", Routine::Potrf, false),
    case("dtrtri_", Routine::Trtri, false),
    case("dlauum_", Routine::Lauum, false),
    case("dgesv_", Routine::Gesv, false),
    case("dsytrf_", Routine::Sytrf, false),
    case("zgetrf_", Routine::Getrf, true),
    case("zpotrf_", Routine::Potrf, true),
];

/// The `lapack-qr` section: QR, its Q formed and applied, least squares.
const QR_CASES: [Case; 7] = [
    case("dgeqrf_", Routine::Geqrf, false),
    Case { symbol: "dgeqrf_", routine: Routine::Geqrf, complex: false, fixed: Some((10000, 200)) },
    case("dorgqr_", Routine::Orgqr, false),
    case("dormqr_", Routine::Ormqr, false),
    case("dgels_", Routine::Gels, false),
    Case { symbol: "dgels_", routine: Routine::Gels, complex: false, fixed: Some((10000, 200)) },
    case("zgeqrf_", Routine::Geqrf, true),
];

/// Sizes of the `lapack-qr` section (the issue's list).
const QR_SIZES: [usize; 6] = [8, 32, 100, 300, 1000, 2000];

impl Case {
    fn label(&self) -> String {
        let name = self.symbol.trim_end_matches('_');
        let base = match self.routine {
            Routine::Getrf | Routine::Geqrf | Routine::Orgqr => name.to_string(),
            Routine::Potrf | Routine::Lauum => format!("{name} L"),
            Routine::Trtri => format!("{name} LN"),
            Routine::Gesv => format!("{name} nrhs=1"),
            Routine::Sytrf => format!("{name} L"),
            Routine::Ormqr => format!("{name} LT"),
            Routine::Gels => format!("{name} N nrhs=1"),
        };
        match self.fixed {
            Some((m, n)) => format!("{base} {m}x{n}"),
            None => base,
        }
    }

    /// The `m x n` shape at size `n`.
    fn shape(&self, n: usize) -> (usize, usize) {
        self.fixed.unwrap_or((n, n))
    }

    /// Reals per matrix element.
    fn width(&self) -> usize {
        if self.complex {
            2
        } else {
            1
        }
    }

    /// The usual LAPACK operation counts (leading terms), complex ones four
    /// times the real: what GFLOP/s figures are quoted against everywhere.
    fn flops(&self, n: usize) -> f64 {
        let (m, n) = self.shape(n);
        let (m, n) = (m as f64, n as f64);
        let real = match self.routine {
            Routine::Getrf => 2.0 / 3.0 * n * n * n,
            Routine::Potrf | Routine::Trtri | Routine::Lauum | Routine::Sytrf => n * n * n / 3.0,
            Routine::Gesv => 2.0 / 3.0 * n * n * n + 2.0 * n * n,
            // QR and forming its Q (k = n): 2 m n^2 - 2/3 n^3.
            Routine::Geqrf | Routine::Orgqr => 2.0 * m * n * n - 2.0 / 3.0 * n * n * n,
            // Q^T C with C m x n and n reflectors: 4 m n^2 - 2 n^3.
            Routine::Ormqr => 4.0 * m * n * n - 2.0 * n * n * n,
            // The QR, then Q^T b and the triangular solve.
            Routine::Gels => 2.0 * m * n * n - 2.0 / 3.0 * n * n * n + 4.0 * m * n,
        };
        real * if self.complex { 4.0 } else { 1.0 }
    }
}

/// `?getrf_`: m, n, A, lda, ipiv, info.
type Getrf = unsafe extern "C" fn(*const i32, *const i32, *mut f64, *const i32, *mut i32, *mut i32);
/// `?potrf_` and `?lauum_`: uplo, n, A, lda, info.
type Uplo = unsafe extern "C" fn(*const u8, *const i32, *mut f64, *const i32, *mut i32, usize);
/// `?trtri_`: uplo, diag, n, A, lda, info.
type Trtri = unsafe extern "C" fn(*const u8, *const u8, *const i32, *mut f64, *const i32, *mut i32, usize, usize);
/// `?gesv_`: n, nrhs, A, lda, ipiv, B, ldb, info.
type Gesv =
    unsafe extern "C" fn(*const i32, *const i32, *mut f64, *const i32, *mut i32, *mut f64, *const i32, *mut i32);

/// `?sytrf_`: uplo, n, A, lda, ipiv, work, lwork, info.
type Sytrf =
    unsafe extern "C" fn(*const u8, *const i32, *mut f64, *const i32, *mut i32, *mut f64, *const i32, *mut i32, usize);
/// `?sytrs_`: uplo, n, nrhs, A, lda, ipiv, B, ldb, info (checks sytrf's factor).
type Sytrs = unsafe extern "C" fn(
    *const u8,
    *const i32,
    *const i32,
    *const f64,
    *const i32,
    *const i32,
    *mut f64,
    *const i32,
    *mut i32,
    usize,
);

/// `?geqrf_`: m, n, A, lda, tau, work, lwork, info.
type Geqrf =
    unsafe extern "C" fn(*const i32, *const i32, *mut f64, *const i32, *mut f64, *mut f64, *const i32, *mut i32);
/// `?orgqr_`: m, n, k, A, lda, tau, work, lwork, info.
type Orgqr = unsafe extern "C" fn(
    *const i32,
    *const i32,
    *const i32,
    *mut f64,
    *const i32,
    *const f64,
    *mut f64,
    *const i32,
    *mut i32,
);
/// `?ormqr_`: side, trans, m, n, k, A, lda, tau, C, ldc, work, lwork, info.
type Ormqr = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const i32,
    *const i32,
    *const i32,
    *const f64,
    *const i32,
    *const f64,
    *mut f64,
    *const i32,
    *mut f64,
    *const i32,
    *mut i32,
    usize,
    usize,
);
/// `?gels_`: trans, m, n, nrhs, A, lda, B, ldb, work, lwork, info.
type Gels = unsafe extern "C" fn(
    *const u8,
    *const i32,
    *const i32,
    *const i32,
    *mut f64,
    *const i32,
    *mut f64,
    *const i32,
    *mut f64,
    *const i32,
    *mut i32,
    usize,
);

/// Panel width the `?sytrf` workspace allows every library (LAPACK's NB).
const SYTRF_NB: usize = 64;

/// Columns per block the QR workspaces allow every library (`n x 128`,
/// plus LAPACK's 65 x 64 for the triangular factors of `?ormqr`).
const QR_NB: usize = 128;

/// A library's routine, resolved.
#[derive(Clone, Copy)]
enum Bound {
    Getrf(Getrf),
    Uplo(Uplo),
    Trtri(Trtri),
    Gesv(Gesv),
    Sytrf(Sytrf, Sytrs),
    Geqrf(Geqrf),
    /// With the library's own `?geqrf`, which makes its input.
    Orgqr(Orgqr, Geqrf),
    Ormqr(Ormqr, Geqrf),
    Gels(Gels),
}

/// A peer and how its LAPACK symbols are spelled.
struct Lib<'a> {
    peer: &'a Peer,
    prefix: &'static str,
}

impl Lib<'_> {
    /// `case`'s routine in this library, if it has it.
    fn bind(&self, case: &Case) -> Option<Bound> {
        let symbol = format!("{}{}", self.prefix, case.symbol);
        // SAFETY (all arms): the types are the Fortran LAPACK signatures of
        // the symbols asked for; the pointers live as long as `self.peer`,
        // which outlives every use (see `run`).
        unsafe {
            Some(match case.routine {
                Routine::Getrf => Bound::Getrf(self.peer.get(&symbol).ok()?),
                Routine::Potrf | Routine::Lauum => Bound::Uplo(self.peer.get(&symbol).ok()?),
                Routine::Trtri => Bound::Trtri(self.peer.get(&symbol).ok()?),
                Routine::Gesv => Bound::Gesv(self.peer.get(&symbol).ok()?),
                Routine::Sytrf => {
                    Bound::Sytrf(self.peer.get(&symbol).ok()?, self.peer.get(&format!("{}dsytrs_", self.prefix)).ok()?)
                }
                Routine::Geqrf => Bound::Geqrf(self.peer.get(&symbol).ok()?),
                Routine::Orgqr => {
                    Bound::Orgqr(self.peer.get(&symbol).ok()?, self.peer.get(&format!("{}dgeqrf_", self.prefix)).ok()?)
                }
                Routine::Ormqr => {
                    Bound::Ormqr(self.peer.get(&symbol).ok()?, self.peer.get(&format!("{}dgeqrf_", self.prefix)).ok()?)
                }
                Routine::Gels => Bound::Gels(self.peer.get(&symbol).ok()?),
            })
        }
    }
}

/// Where one call works: the `m x n` matrix, the right-hand side (m rows;
/// for `?ormqr` the m x n matrix C), the pivots, the taus and the workspace.
struct Slot {
    m: usize,
    n: usize,
    /// Reals per element.
    width: usize,
    a: Vec<f64>,
    b: Vec<f64>,
    ipiv: Vec<i32>,
    tau: Vec<f64>,
    work: Vec<f64>,
}

impl Slot {
    fn new(case: &Case, n: usize) -> Slot {
        let w = case.width();
        let (m, n) = case.shape(n);
        let work = match case.routine {
            Routine::Sytrf => (n * SYTRF_NB).max(1) * w,
            Routine::Geqrf | Routine::Orgqr | Routine::Ormqr | Routine::Gels => (m.max(n) * QR_NB + 65 * 64) * w,
            _ => 0,
        };
        let b = if case.routine == Routine::Ormqr { m * n } else { m };
        Slot {
            m,
            n,
            width: w,
            a: vec![0.0; m * n * w],
            b: vec![0.0; b * w],
            ipiv: vec![0; n],
            tau: vec![0.0; m.min(n) * w],
            work: vec![0.0; work],
        }
    }
}

/// One call on the slot's contents; LAPACK's INFO.
fn invoke(f: Bound, s: &mut Slot) -> i32 {
    let (m, n) = (s.m as i32, s.n as i32);
    let lwork = (s.work.len() / s.width) as i32;
    let mut info = 0;
    // SAFETY (all arms): A holds m x n elements (lda = m; m = n but for the
    // fixed QR shapes), B m (m x n for ormqr), ipiv and tau n, work lwork.
    unsafe {
        match f {
            Bound::Geqrf(f) => {
                f(&m, &n, s.a.as_mut_ptr(), &m, s.tau.as_mut_ptr(), s.work.as_mut_ptr(), &lwork, &mut info)
            }
            Bound::Orgqr(f, _) => {
                f(&m, &n, &n, s.a.as_mut_ptr(), &m, s.tau.as_ptr(), s.work.as_mut_ptr(), &lwork, &mut info)
            }
            Bound::Ormqr(f, _) => f(
                &b'L',
                &b'T',
                &m,
                &n,
                &n,
                s.a.as_ptr(),
                &m,
                s.tau.as_ptr(),
                s.b.as_mut_ptr(),
                &m,
                s.work.as_mut_ptr(),
                &lwork,
                &mut info,
                1,
                1,
            ),
            Bound::Gels(f) => f(
                &b'N',
                &m,
                &n,
                &1,
                s.a.as_mut_ptr(),
                &m,
                s.b.as_mut_ptr(),
                &m,
                s.work.as_mut_ptr(),
                &lwork,
                &mut info,
                1,
            ),
            Bound::Getrf(f) => f(&n, &n, s.a.as_mut_ptr(), &n, s.ipiv.as_mut_ptr(), &mut info),
            Bound::Uplo(f) => f(&b'L', &n, s.a.as_mut_ptr(), &n, &mut info, 1),
            Bound::Trtri(f) => f(&b'L', &b'N', &n, s.a.as_mut_ptr(), &n, &mut info, 1, 1),
            Bound::Gesv(f) => f(&n, &1, s.a.as_mut_ptr(), &n, s.ipiv.as_mut_ptr(), s.b.as_mut_ptr(), &n, &mut info),
            Bound::Sytrf(f, _) => {
                let lwork = s.work.len() as i32;
                f(&b'L', &n, s.a.as_mut_ptr(), &n, s.ipiv.as_mut_ptr(), s.work.as_mut_ptr(), &lwork, &mut info, 1)
            }
        }
    }
    info
}

/// Deterministic values in [-1, 1) (xorshift).
pub(super) fn fill(v: &mut [f64], mut state: u64) {
    for e in v {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        *e = (state >> 11) as f64 / (1u64 << 52) as f64 - 1.0;
    }
}

/// The input of one call, never overwritten: random for getrf and gesv;
/// Hermitian with a diagonal of 2n for potrf (diagonally dominant, so
/// positive definite: off-diagonal entries are at most sqrt(2) in
/// magnitude); for trtri and lauum a lower triangle with that diagonal, so
/// its inverse is tame.
///
/// `?orgqr` and `?ormqr` start from the QR factorization of a random matrix,
/// made by `prep` (a library's `?geqrf`).
fn input(case: &Case, n: usize, prep: Option<Geqrf>) -> Slot {
    let w = case.width();
    let mut s = Slot::new(case, n);
    fill(&mut s.a, 0x9E37_79B9_7F4A_7C15 ^ n as u64);
    fill(&mut s.b, 0xD1B5_4A32_D192_ED03 ^ n as u64);
    if let (Some(geqrf), Routine::Orgqr | Routine::Ormqr) = (prep, case.routine) {
        let info = invoke(Bound::Geqrf(geqrf), &mut s);
        assert_eq!(info, 0, "dgeqrf fails on the input of {}", case.label());
    }
    if matches!(case.routine, Routine::Potrf | Routine::Sytrf) {
        for j in 0..n {
            for i in 0..j {
                for r in 0..w {
                    let sign = if r == 1 { -1.0 } else { 1.0 };
                    s.a[(i + j * n) * w + r] = sign * s.a[(j + i * n) * w + r];
                }
            }
        }
    }
    if matches!(case.routine, Routine::Potrf | Routine::Trtri | Routine::Lauum) {
        for j in 0..n {
            s.a[(j + j * n) * w] = 2.0 * n as f64;
            if w == 2 {
                s.a[(j + j * n) * w + 1] = 0.0;
            }
        }
    }
    s
}

/// A complex number as (re, im); real matrices read with im = 0.
type C = (f64, f64);

fn mul(x: C, y: C) -> C {
    (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0)
}

fn conj(x: C) -> C {
    (x.0, -x.1)
}

fn abs(x: C) -> f64 {
    x.0.hypot(x.1)
}

/// Element (i, j) of an n x n column-major matrix of width `w`.
fn at(v: &[f64], w: usize, n: usize, i: usize, j: usize) -> C {
    let k = (i + j * n) * w;
    (v[k], if w == 2 { v[k + 1] } else { 0.0 })
}

/// The relative error of `lib`'s result for `case` at order `n`, from the
/// defining identity of each routine: `P L U = A`, `L L^H = A`,
/// `L inv(L) = I`, `lower(L^H L)`, `A x = b`.
fn residual(case: &Case, n: usize, f: Bound) -> std::result::Result<f64, i32> {
    let w = case.width();
    let prep = match f {
        Bound::Orgqr(_, g) | Bound::Ormqr(_, g) => Some(g),
        _ => None,
    };
    let a = input(case, n, prep);
    let mut s = input(case, n, prep);
    let info = invoke(f, &mut s);
    if info != 0 {
        return Err(info);
    }
    let x = |i, j| at(&s.a, w, n, i, j);
    let orig = |i, j| at(&a.a, w, n, i, j);
    let sum = |terms: &mut dyn Iterator<Item = C>| terms.fold((0.0, 0.0), |acc, t| (acc.0 + t.0, acc.1 + t.1));
    // (computed, expected) pairs compared entry by entry.
    let mut pairs: Vec<(C, C)> = Vec::new();
    match case.routine {
        Routine::Getrf => {
            let l = |i: usize, k: usize| if i == k { (1.0, 0.0) } else { x(i, k) };
            let mut lu: Vec<Vec<C>> = (0..n)
                .map(|i| (0..n).map(|j| sum(&mut (0..=i.min(j)).map(|k| mul(l(i, k), x(k, j))))).collect())
                .collect();
            for k in (0..n).rev() {
                lu.swap(k, s.ipiv[k] as usize - 1);
            }
            pairs.extend((0..n).flat_map(|i| (0..n).map(move |j| (i, j))).map(|(i, j)| (lu[i][j], orig(i, j))));
        }
        Routine::Potrf => {
            for j in 0..n {
                for i in j..n {
                    let llh = sum(&mut (0..=j).map(|k| mul(x(i, k), conj(x(j, k)))));
                    pairs.push((llh, orig(i, j)));
                }
            }
        }
        Routine::Trtri => {
            for j in 0..n {
                for i in j..n {
                    let prod = sum(&mut (j..=i).map(|k| mul(orig(i, k), x(k, j))));
                    pairs.push((prod, if i == j { (1.0, 0.0) } else { (0.0, 0.0) }));
                }
            }
        }
        Routine::Lauum => {
            for j in 0..n {
                for i in j..n {
                    let lhl = sum(&mut (i..n).map(|k| mul(conj(orig(k, i)), orig(k, j))));
                    pairs.push((x(i, j), lhl));
                }
            }
        }
        Routine::Sytrf => {
            let Bound::Sytrf(_, sytrs) = f else { unreachable!("sytrf binds a Sytrf") };
            let n32 = n as i32;
            let mut info = 0;
            // SAFETY: the factor and pivots from the call above, B of n.
            unsafe {
                sytrs(&b'L', &n32, &1, s.a.as_ptr(), &n32, s.ipiv.as_ptr(), s.b.as_mut_ptr(), &n32, &mut info, 1)
            };
            if info != 0 {
                return Err(info);
            }
            for i in 0..n {
                let ax = sum(&mut (0..n).map(|k| mul(orig(i, k), at(&s.b, w, n, k, 0))));
                pairs.push((ax, at(&a.b, w, n, i, 0)));
            }
        }
        Routine::Gesv => {
            for i in 0..n {
                let ax = sum(&mut (0..n).map(|k| mul(orig(i, k), at(&s.b, w, n, k, 0))));
                pairs.push((ax, at(&a.b, w, n, i, 0)));
            }
        }
        // QR's defining identities that need no Q: A^H A = R^H R (Q is
        // unitary), Q^H Q = I, |Q^T c| = |c| column by column, and the
        // normal equations A^T A x = A^T b of least squares.
        Routine::Geqrf => {
            let (m, n) = (s.m, s.n);
            let (x, orig) = (|i, j| at(&s.a, w, m, i, j), |i, j| at(&a.a, w, m, i, j));
            for j in 0..n {
                for i in 0..=j {
                    let aha = sum(&mut (0..m).map(|k| mul(conj(orig(k, i)), orig(k, j))));
                    let rhr = sum(&mut (0..=i).map(|k| mul(conj(x(k, i)), x(k, j))));
                    pairs.push((rhr, aha));
                }
            }
        }
        Routine::Orgqr => {
            let (m, n) = (s.m, s.n);
            let q = |i, j| at(&s.a, w, m, i, j);
            for j in 0..n {
                for i in 0..n {
                    let qhq = sum(&mut (0..m).map(|k| mul(conj(q(k, i)), q(k, j))));
                    pairs.push((qhq, if i == j { (1.0, 0.0) } else { (0.0, 0.0) }));
                }
            }
        }
        Routine::Ormqr => {
            let (m, n) = (s.m, s.n);
            for j in 0..n {
                let norm = |v: &[f64]| (0..m).map(|i| abs(at(v, w, m, i, j)).powi(2)).sum::<f64>().sqrt();
                pairs.push(((norm(&s.b), 0.0), (norm(&a.b), 0.0)));
            }
        }
        Routine::Gels => {
            let (m, n) = (s.m, s.n);
            let orig = |i, j| at(&a.a, w, m, i, j);
            let ax: Vec<C> = (0..m).map(|i| sum(&mut (0..n).map(|k| mul(orig(i, k), at(&s.b, w, m, k, 0))))).collect();
            for j in 0..n {
                let atax = sum(&mut (0..m).map(|k| mul(conj(orig(k, j)), ax[k])));
                let atb = sum(&mut (0..m).map(|k| mul(conj(orig(k, j)), at(&a.b, w, m, k, 0))));
                pairs.push((atax, atb));
            }
        }
    }
    let scale = pairs.iter().map(|p| abs(p.1)).fold(0.0, f64::max).max(f64::MIN_POSITIVE);
    let err = pairs.iter().map(|(c, e)| abs((c.0 - e.0, c.1 - e.1))).fold(0.0, f64::max);
    Ok(err / (scale * s.m.max(n) as f64))
}

/// Every library's routines must satisfy their defining identity before
/// their speed means anything: a wrong binding (argument order, hidden
/// lengths, prefix) shows up here.
fn check(libs: &[Lib], cases: &[&Case]) -> Result {
    for case in cases {
        for lib in libs {
            let Some(f) = lib.bind(case) else { continue };
            // A fixed shape ignores n: check it once.
            let sizes = if case.fixed.is_some() { &CHECK_SIZES[..1] } else { &CHECK_SIZES[..] };
            for &n in sizes {
                match residual(case, n, f) {
                    Err(info) => {
                        return Err(format!("{} n = {n}: {} returns INFO = {info}", case.label(), lib.peer.name))
                    }
                    // Backward errors of these routines are a small multiple
                    // of n * eps; a bad binding gives O(1).
                    Ok(err) if err.is_nan() || err >= 1e-12 => {
                        return Err(format!(
                            "{} n = {n}: {} is off by {err:.1e} (relative)",
                            case.label(),
                            lib.peer.name
                        ))
                    }
                    Ok(_) => {}
                }
            }
        }
    }
    Ok(())
}

/// Samples at order n: the full count where a sample is cheap, a few at
/// the sizes where one call takes seconds, so the section stays at a few
/// minutes.
pub(super) fn samples(opts: &Options, n: usize) -> usize {
    let cap = match n {
        0..=300 => usize::MAX,
        301..=1000 => 5,
        1001..=2000 => 3,
        _ => 1,
    };
    opts.samples().min(cap)
}

/// Matrices refilled before each timed batch: enough that the timer's own
/// cost vanishes at n = 4, few enough (about 1 MiB) that they sit in cache
/// for every library alike.
fn pool_len(case: &Case, n: usize) -> usize {
    let (m, n) = case.shape(n);
    let bytes = (m * n + m) * case.width() * 8;
    ((1 << 20) / bytes).clamp(1, 64)
}

/// Seconds per call, the best sample, for each routine in `fs`.
///
/// Every call starts from a fresh copy of the input: the copies are made
/// before each batch and outside the timed span, so only the LAPACK calls
/// are timed. The libraries take turns sample by sample, so a slow phase of
/// the machine hits them alike.
fn time_calls(opts: &Options, case: &Case, n: usize, fs: &[Bound]) -> Result<Vec<f64>> {
    let prep = match fs.first() {
        Some(Bound::Orgqr(_, g) | Bound::Ormqr(_, g)) => Some(*g),
        _ => None,
    };
    let input = input(case, n, prep);
    let mut pool: Vec<Slot> = (0..pool_len(case, n)).map(|_| Slot::new(case, n)).collect();
    let mut batch = |f: Bound| -> Result<Duration> {
        for s in pool.iter_mut() {
            s.a.copy_from_slice(&input.a);
            s.b.copy_from_slice(&input.b);
            s.tau.copy_from_slice(&input.tau);
        }
        let start = Instant::now();
        let mut bad = 0;
        for s in pool.iter_mut() {
            let info = invoke(f, s);
            if info != 0 {
                bad = info;
            }
        }
        let took = start.elapsed();
        match bad {
            0 => Ok(took),
            info => Err(format!("{} n = {n} returns INFO = {info}", case.label())),
        }
    };
    let calls_per_batch = pool_len(case, n) as f64;
    // Warm-up: faults pages in, starts the libraries' threads.
    for &f in fs {
        let start = Instant::now();
        loop {
            batch(f)?;
            if start.elapsed() >= opts.warmup() {
                break;
            }
        }
    }
    let mut best = vec![f64::INFINITY; fs.len()];
    for _ in 0..samples(opts, n) {
        for (&f, best) in fs.iter().zip(&mut best) {
            let (mut timed, mut calls) = (Duration::ZERO, 0.0);
            while calls == 0.0 || timed < opts.sample_time() {
                timed += batch(f)?;
                calls += calls_per_batch;
            }
            *best = best.min(timed.as_secs_f64() / calls);
        }
    }
    Ok(best)
}

/// The PyPI peers found in the virtual environment, with their prefixes.
/// Their thread counts are set here, before loading, as `load_peers` does
/// for the others.
pub(super) fn pypi_peers(opts: &Options) -> Vec<(Peer, &'static str)> {
    let venv = std::env::var_os("PEER_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/peer-venv"));
    std::env::set_var("MKL_NUM_THREADS", opts.threads.count().to_string());
    // The libraries take turns sample by sample, and MKL's OpenMP threads
    // otherwise spin for 200 ms after each call, on the cores the next
    // library is being timed on. The user's own setting wins.
    if std::env::var_os("KMP_BLOCKTIME").is_none() {
        std::env::set_var("KMP_BLOCKTIME", "0");
    }
    let mut out = Vec::new();
    let site = std::fs::read_dir(venv.join("lib"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join("site-packages/scipy_openblas32/lib/libscipy_openblas.so"))
        .find(|p| p.exists());
    if let Some(path) = site {
        match Peer::load_extra("scipy-openblas32", path, "") {
            Ok(mut p) => {
                let config = config_string(&p, "scipy_openblas_get_config").unwrap_or_else(|| "?".into());
                p.describe = format!("{config}; threads: {}", max_threads(&p, "scipy_openblas_get_num_threads"));
                out.push((p, "scipy_"));
            }
            Err(e) => eprintln!("peer-compare: {e}"),
        }
    }
    let mkl = venv.join("lib/libmkl_rt.so.3");
    let mkl = if mkl.exists() { Some(mkl) } else { Some(venv.join("lib/libmkl_rt.so.2")).filter(|p| p.exists()) };
    if let Some(path) = mkl {
        match Peer::load_extra("MKL", path, "") {
            Ok(mut p) => {
                let version = mkl_version(&p).unwrap_or_else(|| "?".into());
                p.describe = format!("{version}; threads: {}", max_threads(&p, "MKL_Get_Max_Threads"));
                out.push((p, ""));
            }
            Err(e) => eprintln!("peer-compare: {e}"),
        }
    }
    out
}

/// A library's `const char *f(void)` self-description.
fn config_string(p: &Peer, symbol: &str) -> Option<String> {
    // SAFETY: the symbols asked for have this signature and return static strings.
    let f: unsafe extern "C" fn() -> *const c_char = unsafe { p.get(symbol) }.ok()?;
    // SAFETY: a query without side effects; a non-null result is NUL-terminated.
    unsafe {
        let s = f();
        (!s.is_null()).then(|| CStr::from_ptr(s).to_string_lossy().into_owned())
    }
}

/// The thread count a library reports (`int f(void)`), to show that it
/// took the one asked for.
fn max_threads(p: &Peer, symbol: &str) -> String {
    // SAFETY: the symbols asked for have this signature and no side effects.
    let f: Option<unsafe extern "C" fn() -> c_int> = unsafe { p.get(symbol) }.ok();
    // SAFETY: as above.
    f.map_or("?".into(), |f| unsafe { f() }.to_string())
}

fn mkl_version(p: &Peer) -> Option<String> {
    // SAFETY: `void MKL_Get_Version_String(char *buf, int len)`.
    let f: unsafe extern "C" fn(*mut c_char, c_int) = unsafe { p.get("MKL_Get_Version_String") }.ok()?;
    let mut buf = [0 as c_char; 256];
    // SAFETY: MKL writes at most `len` bytes, NUL-terminated.
    unsafe {
        f(buf.as_mut_ptr(), buf.len() as c_int);
        Some(CStr::from_ptr(buf.as_ptr()).to_string_lossy().trim().to_string())
    }
}

/// Comma-separated words from an environment variable (empty if unset).
pub(super) fn env_list(var: &str) -> Vec<String> {
    std::env::var(var).map(|s| s.split(',').filter(|w| !w.is_empty()).map(String::from).collect()).unwrap_or_default()
}

/// The `lapack-factor` section: LU, Cholesky, LDL^T and their relatives.
pub fn run(peers: &[Peer], opts: &Options) -> Result<String> {
    let about = "### LAPACK factorizations, n x n column-major";
    let flops = "GFLOP/s counts the usual LAPACK operations: 2/3 n³ for getrf, n³/3 for potrf, trtri and lauum, \
         2/3 n³ + 2n² for gesv, four times as many for the complex routines. Each call starts from a fresh copy of \
         its input (random for getrf and gesv; Hermitian and diagonally dominant for potrf; a lower triangle with a \
         diagonal of 2n for trtri and lauum), made before the timed calls and not counted.";
    run_section(peers, opts, &CASES, &SIZES, "lapack-factor", about, flops)
}

/// The `lapack-qr` section: QR, its Q formed and applied, least squares.
pub fn run_qr(peers: &[Peer], opts: &Options) -> Result<String> {
    let about = "### QR and least squares, m x n column-major";
    let flops = "GFLOP/s counts the usual LAPACK operations: 2mn² - 2/3 n³ for geqrf and orgqr (k = n), \
         4mn² - 2n³ for ormqr applying n reflectors to an m x n C, and geqrf's count plus 4mn for gels; four times \
         as many for zgeqrf. Inputs are random; orgqr and ormqr start from each library's factorization of one \
         (made by ferroblas's dgeqrf for the timing, outside the timed span). Every library gets a workspace of \
         128 columns (`lwork = 128 max(m, n) + 4160`).";
    run_section(peers, opts, &QR_CASES, &QR_SIZES, "lapack-qr", about, flops)
}

/// Times every case at every size; the markdown table.
fn run_section(
    peers: &[Peer],
    opts: &Options,
    all_cases: &[Case],
    default_sizes: &[usize],
    name: &str,
    about: &str,
    flops_text: &str,
) -> Result<String> {
    let extra = pypi_peers(opts);
    // ferroblas first, then every peer that has at least one of the routines.
    let mut libs = vec![Lib { peer: &peers[0], prefix: "" }];
    let candidates = peers[1..].iter().map(|p| Lib { peer: p, prefix: "" });
    let candidates = candidates.chain(extra.iter().map(|(p, prefix)| Lib { peer: p, prefix }));
    let mut absent = Vec::new();
    for lib in candidates {
        if all_cases.iter().any(|c| lib.bind(c).is_some()) {
            libs.push(lib);
        } else {
            absent.push(lib.peer.name);
        }
    }

    let words = env_list("LAPACK_FACTOR_CASES");
    let cases: Vec<&Case> =
        all_cases.iter().filter(|c| words.is_empty() || words.iter().any(|w| c.label().contains(w.as_str()))).collect();
    let sizes: Vec<usize> = match env_list("LAPACK_FACTOR_SIZES") {
        v if v.is_empty() => default_sizes.iter().copied().filter(|&n| !opts.quick || n <= 1000).collect(),
        v => v
            .iter()
            .map(|s| s.parse().map_err(|_| format!("bad size `{s}` in LAPACK_FACTOR_SIZES")))
            .collect::<Result<_>>()?,
    };
    check(&libs, &cases)?;

    eprintln!("peer-compare: measuring the peak for the {name} section");
    // The machine section's yardstick, once per thread.
    let peak = machine::peak_fma_avx2(opts.quick).map(|p| p * opts.threads.count() as f64);

    let mut header = vec!["routine".to_string(), "n".to_string()];
    header.extend(libs.iter().map(|l| format!("{} GFLOP/s", l.peer.name)));
    header.push("ferroblas / best peer".into());
    header.push("ferroblas % of peak".into());
    let mut table = Table::new(header);
    for case in &cases {
        // A fixed shape is measured once, at its own n.
        let fixed_n = case.fixed.map(|(_, n)| vec![n]);
        for &n in fixed_n.as_ref().unwrap_or(&sizes) {
            eprintln!("peer-compare: {} n = {n}", case.label());
            let bound: Vec<Option<Bound>> = libs.iter().map(|l| l.bind(case)).collect();
            let fs: Vec<Bound> = bound.iter().flatten().copied().collect();
            let mut times = time_calls(opts, case, n, &fs)?.into_iter();
            let times: Vec<Option<f64>> = bound.iter().map(|b| b.and_then(|_| times.next())).collect();
            let gflops = |t: f64| case.flops(n) / t / 1e9;
            let mut row = vec![format!("`{}`", case.label()), n.to_string()];
            row.extend(times.iter().map(|t| t.map_or("-".into(), |t| harness::rate(gflops(t)))));
            let best_peer = times[1..].iter().flatten().copied().reduce(f64::min);
            row.push(match (times[0], best_peer) {
                (Some(ours), Some(peer)) => format!("{:.2}", peer / ours),
                _ => "-".into(),
            });
            row.push(match (times[0], peak) {
                (Some(ours), Some(peak)) => format!("{:.0}%", 100.0 * case.flops(n) / ours / peak),
                _ => "-".into(),
            });
            table.push(row);
        }
    }

    let mut notes = String::new();
    for (p, _) in &extra {
        notes += &format!("- {}: `{}`\n", p.name, p.describe);
    }
    if extra.iter().any(|(p, _)| p.name == "MKL") {
        let blocktime = std::env::var("KMP_BLOCKTIME").unwrap_or_default();
        notes += &format!(
            "- MKL with `KMP_BLOCKTIME={blocktime}`: its idle threads do not spin on the cores the next library \
             is timed on.\n"
        );
    }
    if !absent.is_empty() {
        notes += &format!("- Without these routines, so not shown: {}.\n", absent.join(", "));
    }
    Ok(format!(
        "{about}, {}\n\n{}\n\
         {flops_text} `-`: the library lacks \
         the routine. `ferroblas / best peer` is ferroblas's throughput over the fastest peer's: above 1, ferroblas \
         is faster. `% of peak` is against the machine section's one-core AVX2 FMA peak (measured again here) \
         times the thread count; 512-bit FMAs can go past it. Each figure is the \
         best of up to {} samples of at least {} ms (5 at n = 1000, 3 at 2000, 1 at 4000), the libraries \
         interleaved sample by sample, after a warm-up; every library's results were first checked against the \
         routine's defining identity at n = {:?}.\n\n{notes}",
        opts.threads.label(),
        table.to_markdown(),
        opts.samples(),
        opts.sample_time().as_millis(),
        CHECK_SIZES,
    ))
}
