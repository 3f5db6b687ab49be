//! Eigenvalue and singular value drivers side by side, through the Fortran
//! ABI of each library, on n x n column-major matrices: the `lapack-eigen`
//! section (`dsyevd` N and V, which NumPy's `eigvalsh`/`eigh` call; `dsyevx`
//! V with the lowest tenth of the spectrum; `dsygvd` V; `dgees` V without
//! sorting, SciPy's `schur`; `dgeev` N V, NumPy's `eig`; `dgesdd` N and A,
//! NumPy's `svd`; `dgesvd` A A, SciPy's other SVD driver; `dgelsd` with one
//! right-hand side, NumPy's `lstsq`).
//!
//! ```text
//! PEER_SECTIONS=lapack-eigen cargo xtask bench --threads 1
//! ```
//!
//! `LAPACK_FACTOR_SIZES` and `LAPACK_FACTOR_CASES` narrow it as for the
//! factorization sections. These drivers have no single operation count
//! (the iterations depend on the spectrum), so the table gives
//! milliseconds per call, and the ratio of the best peer's time to ours.

use super::lapack_factor::{env_list, fill, pypi_peers, samples};
use crate::harness::{Options, Peer, Result, Table};
use std::time::{Duration, Instant};

/// Orders: call overhead, then the caches, then beyond them.
const SIZES: [usize; 4] = [32, 100, 300, 1000];

/// Orders at which every library's result is checked first: below any
/// blocking, and past the usual block sizes.
const CHECK_SIZES: [usize; 2] = [5, 150];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Routine {
    /// `dsyevd` with JOBZ = N (`false`) or V (`true`), UPLO = L.
    Syevd(bool),
    /// `dsyevx` V, RANGE = I, the lowest `max(1, n / 10)` eigenpairs.
    Syevx,
    /// `dsygvd` ITYPE = 1, V, L.
    Sygvd,
    /// `dgees` V, SORT = N.
    Gees,
    /// `dgeev` N V.
    Geev,
    /// `dgesdd` with JOBZ = N (`false`) or A (`true`).
    Gesdd(bool),
    /// `dgesvd` A A.
    Gesvd,
    /// `dgelsd`, one right-hand side, RCOND = -1.
    Gelsd,
}

impl Routine {
    fn label(self) -> &'static str {
        match self {
            Routine::Syevd(false) => "dsyevd N L",
            Routine::Syevd(true) => "dsyevd V L",
            Routine::Syevx => "dsyevx V I (n/10) L",
            Routine::Sygvd => "dsygvd 1 V L",
            Routine::Gees => "dgees V N",
            Routine::Geev => "dgeev N V",
            Routine::Gesdd(false) => "dgesdd N",
            Routine::Gesdd(true) => "dgesdd A",
            Routine::Gesvd => "dgesvd A A",
            Routine::Gelsd => "dgelsd (1 rhs)",
        }
    }

    fn symbol(self) -> &'static str {
        match self {
            Routine::Syevd(_) => "dsyevd_",
            Routine::Syevx => "dsyevx_",
            Routine::Sygvd => "dsygvd_",
            Routine::Gees => "dgees_",
            Routine::Geev => "dgeev_",
            Routine::Gesdd(_) => "dgesdd_",
            Routine::Gesvd => "dgesvd_",
            Routine::Gelsd => "dgelsd_",
        }
    }

    /// Symmetric input (and a positive definite B for `dsygvd`).
    fn symmetric(self) -> bool {
        matches!(self, Routine::Syevd(_) | Routine::Syevx | Routine::Sygvd)
    }
}

const CASES: [Routine; 10] = [
    Routine::Syevd(false),
    Routine::Syevd(true),
    Routine::Syevx,
    Routine::Sygvd,
    Routine::Gees,
    Routine::Geev,
    Routine::Gesdd(false),
    Routine::Gesdd(true),
    Routine::Gesvd,
    Routine::Gelsd,
];

type I = i32;
/// `dsyevd_`: jobz, uplo, n, A, lda, w, work, lwork, iwork, liwork, info.
type Syevd = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const I,
    *mut f64,
    *const I,
    *mut f64,
    *mut f64,
    *const I,
    *mut I,
    *const I,
    *mut I,
    usize,
    usize,
);
/// `dsyevx_`: jobz, range, uplo, n, A, lda, vl, vu, il, iu, abstol, m, w,
/// Z, ldz, work, lwork, iwork, ifail, info.
type Syevx = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const u8,
    *const I,
    *mut f64,
    *const I,
    *const f64,
    *const f64,
    *const I,
    *const I,
    *const f64,
    *mut I,
    *mut f64,
    *mut f64,
    *const I,
    *mut f64,
    *const I,
    *mut I,
    *mut I,
    *mut I,
    usize,
    usize,
    usize,
);
/// `dsygvd_`: itype, jobz, uplo, n, A, lda, B, ldb, w, work, lwork, iwork,
/// liwork, info.
type Sygvd = unsafe extern "C" fn(
    *const I,
    *const u8,
    *const u8,
    *const I,
    *mut f64,
    *const I,
    *mut f64,
    *const I,
    *mut f64,
    *mut f64,
    *const I,
    *mut I,
    *const I,
    *mut I,
    usize,
    usize,
);
/// `dgees_`: jobvs, sort, select, n, A, lda, sdim, wr, wi, VS, ldvs, work,
/// lwork, bwork, info.
type Gees = unsafe extern "C" fn(
    *const u8,
    *const u8,
    Option<unsafe extern "C" fn(*const f64, *const f64) -> I>,
    *const I,
    *mut f64,
    *const I,
    *mut I,
    *mut f64,
    *mut f64,
    *mut f64,
    *const I,
    *mut f64,
    *const I,
    *mut I,
    *mut I,
    usize,
    usize,
);
/// `dgeev_`: jobvl, jobvr, n, A, lda, wr, wi, VL, ldvl, VR, ldvr, work,
/// lwork, info.
type Geev = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const I,
    *mut f64,
    *const I,
    *mut f64,
    *mut f64,
    *mut f64,
    *const I,
    *mut f64,
    *const I,
    *mut f64,
    *const I,
    *mut I,
    usize,
    usize,
);
/// `dgesdd_`: jobz, m, n, A, lda, s, U, ldu, VT, ldvt, work, lwork, iwork,
/// info.
type Gesdd = unsafe extern "C" fn(
    *const u8,
    *const I,
    *const I,
    *mut f64,
    *const I,
    *mut f64,
    *mut f64,
    *const I,
    *mut f64,
    *const I,
    *mut f64,
    *const I,
    *mut I,
    *mut I,
    usize,
);
/// `dgesvd_`: jobu, jobvt, m, n, A, lda, s, U, ldu, VT, ldvt, work, lwork,
/// info.
type Gesvd = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const I,
    *const I,
    *mut f64,
    *const I,
    *mut f64,
    *mut f64,
    *const I,
    *mut f64,
    *const I,
    *mut f64,
    *const I,
    *mut I,
    usize,
    usize,
);
/// `dgelsd_`: m, n, nrhs, A, lda, B, ldb, s, rcond, rank, work, lwork,
/// iwork, info.
type Gelsd = unsafe extern "C" fn(
    *const I,
    *const I,
    *const I,
    *mut f64,
    *const I,
    *mut f64,
    *const I,
    *mut f64,
    *const f64,
    *mut I,
    *mut f64,
    *const I,
    *mut I,
    *mut I,
);

#[derive(Clone, Copy)]
enum Bound {
    /// With whether eigenvectors are wanted.
    Syevd(Syevd, bool),
    Syevx(Syevx),
    Sygvd(Sygvd),
    Gees(Gees),
    Geev(Geev),
    /// With whether the vectors are wanted.
    Gesdd(Gesdd, bool),
    Gesvd(Gesvd),
    Gelsd(Gelsd),
}

/// A library and the prefix of its LAPACK symbols.
struct Lib<'a> {
    peer: &'a Peer,
    prefix: &'static str,
}

impl Lib<'_> {
    fn bind(&self, r: Routine) -> Option<Bound> {
        let symbol = format!("{}{}", self.prefix, r.symbol());
        // SAFETY (all arms): the types are the Fortran LAPACK signatures of
        // the symbols asked for; the peer outlives every use.
        unsafe {
            Some(match r {
                Routine::Syevd(v) => Bound::Syevd(self.peer.get(&symbol).ok()?, v),
                Routine::Syevx => Bound::Syevx(self.peer.get(&symbol).ok()?),
                Routine::Sygvd => Bound::Sygvd(self.peer.get(&symbol).ok()?),
                Routine::Gees => Bound::Gees(self.peer.get(&symbol).ok()?),
                Routine::Geev => Bound::Geev(self.peer.get(&symbol).ok()?),
                Routine::Gesdd(v) => Bound::Gesdd(self.peer.get(&symbol).ok()?, v),
                Routine::Gesvd => Bound::Gesvd(self.peer.get(&symbol).ok()?),
                Routine::Gelsd => Bound::Gelsd(self.peer.get(&symbol).ok()?),
            })
        }
    }
}

/// One call's arrays. The workspaces are generous for every library (more
/// than any of them asks for its best speed), so none runs short. The SVD
/// drivers put S in `w`, U in `z` and V^T in `b`; `dgelsd` reads its
/// right-hand side from (and writes X to) the first column of `b`.
struct Slot {
    n: usize,
    a: Vec<f64>,
    b: Vec<f64>,
    w: Vec<f64>,
    wi: Vec<f64>,
    z: Vec<f64>,
    work: Vec<f64>,
    iwork: Vec<I>,
    /// `dsyevx`'s IFAIL, `dgees`'s BWORK.
    flags: Vec<I>,
    /// Eigenpairs `dsyevx` found.
    m: I,
}

impl Slot {
    fn new(n: usize) -> Slot {
        Slot {
            n,
            a: vec![0.0; n * n],
            b: vec![0.0; n * n],
            w: vec![0.0; n],
            wi: vec![0.0; n],
            z: vec![0.0; n * n],
            work: vec![0.0; 5 * n * n + 80 * n + 1000],
            iwork: vec![0; 40 * n + 1000],
            flags: vec![0; n.max(1)],
            m: 0,
        }
    }

    /// The input at order n: a random symmetric A (and B = M M^T / n + I,
    /// positive definite) for the symmetric drivers, a random A otherwise
    /// (and a random right-hand side for `dgelsd`).
    fn input(r: Routine, n: usize) -> Slot {
        let mut s = Slot::new(n);
        fill(&mut s.a, 0x9E37_79B9_7F4A_7C15 ^ n as u64);
        if r.symmetric() {
            for j in 0..n {
                for i in 0..j {
                    s.a[i + j * n] = s.a[j + i * n];
                }
            }
            let mut m = vec![0.0; n * n];
            fill(&mut m, 0xD1B5_4A32_D192_ED03 ^ n as u64);
            for j in 0..n {
                for i in 0..n {
                    let dot: f64 = (0..n).map(|k| m[i + k * n] * m[j + k * n]).sum();
                    s.b[i + j * n] = dot / n as f64 + if i == j { 1.0 } else { 0.0 };
                }
            }
        }
        if r == Routine::Gelsd {
            fill(&mut s.b[..n], 0x94D0_49BB_1331_11EB ^ n as u64);
        }
        s
    }

    fn load(&mut self, from: &Slot) {
        self.a.copy_from_slice(&from.a);
        self.b.copy_from_slice(&from.b);
    }
}

/// One call; LAPACK's INFO.
fn invoke(f: Bound, s: &mut Slot) -> I {
    let n = s.n as I;
    let lwork = s.work.len() as I;
    let liwork = s.iwork.len() as I;
    let mut info = 0;
    // SAFETY (all arms): A, B, Z hold n x n (leading dimension n, at least
    // 1), w and wi n, work lwork, iwork liwork, flags n.
    unsafe {
        let ld = n.max(1);
        match f {
            Bound::Syevd(f, vectors) => f(
                if vectors { &b'V' } else { &b'N' },
                &b'L',
                &n,
                s.a.as_mut_ptr(),
                &ld,
                s.w.as_mut_ptr(),
                s.work.as_mut_ptr(),
                &lwork,
                s.iwork.as_mut_ptr(),
                &liwork,
                &mut info,
                1,
                1,
            ),
            Bound::Syevx(f) => {
                let (vl, vu, il, iu) = (0.0, 0.0, 1, (n / 10).max(1).min(n));
                f(
                    &b'V',
                    &b'I',
                    &b'L',
                    &n,
                    s.a.as_mut_ptr(),
                    &ld,
                    &vl,
                    &vu,
                    &il,
                    &iu,
                    &0.0,
                    &mut s.m,
                    s.w.as_mut_ptr(),
                    s.z.as_mut_ptr(),
                    &ld,
                    s.work.as_mut_ptr(),
                    &lwork,
                    s.iwork.as_mut_ptr(),
                    s.flags.as_mut_ptr(),
                    &mut info,
                    1,
                    1,
                    1,
                )
            }
            Bound::Sygvd(f) => f(
                &1,
                &b'V',
                &b'L',
                &n,
                s.a.as_mut_ptr(),
                &ld,
                s.b.as_mut_ptr(),
                &ld,
                s.w.as_mut_ptr(),
                s.work.as_mut_ptr(),
                &lwork,
                s.iwork.as_mut_ptr(),
                &liwork,
                &mut info,
                1,
                1,
            ),
            Bound::Gees(f) => {
                let mut sdim = 0;
                f(
                    &b'V',
                    &b'N',
                    None,
                    &n,
                    s.a.as_mut_ptr(),
                    &ld,
                    &mut sdim,
                    s.w.as_mut_ptr(),
                    s.wi.as_mut_ptr(),
                    s.z.as_mut_ptr(),
                    &ld,
                    s.work.as_mut_ptr(),
                    &lwork,
                    s.flags.as_mut_ptr(),
                    &mut info,
                    1,
                    1,
                )
            }
            Bound::Geev(f) => f(
                &b'N',
                &b'V',
                &n,
                s.a.as_mut_ptr(),
                &ld,
                s.w.as_mut_ptr(),
                s.wi.as_mut_ptr(),
                s.b.as_mut_ptr(),
                &1,
                s.z.as_mut_ptr(),
                &ld,
                s.work.as_mut_ptr(),
                &lwork,
                &mut info,
                1,
                1,
            ),
            Bound::Gesdd(f, vectors) => f(
                if vectors { &b'A' } else { &b'N' },
                &n,
                &n,
                s.a.as_mut_ptr(),
                &ld,
                s.w.as_mut_ptr(),
                s.z.as_mut_ptr(),
                &ld,
                s.b.as_mut_ptr(),
                &ld,
                s.work.as_mut_ptr(),
                &lwork,
                s.iwork.as_mut_ptr(),
                &mut info,
                1,
            ),
            Bound::Gesvd(f) => f(
                &b'A',
                &b'A',
                &n,
                &n,
                s.a.as_mut_ptr(),
                &ld,
                s.w.as_mut_ptr(),
                s.z.as_mut_ptr(),
                &ld,
                s.b.as_mut_ptr(),
                &ld,
                s.work.as_mut_ptr(),
                &lwork,
                &mut info,
                1,
                1,
            ),
            Bound::Gelsd(f) => {
                let mut rank = 0;
                f(
                    &n,
                    &n,
                    &1,
                    s.a.as_mut_ptr(),
                    &ld,
                    s.b.as_mut_ptr(),
                    &ld,
                    s.w.as_mut_ptr(),
                    &-1.0,
                    &mut rank,
                    s.work.as_mut_ptr(),
                    &lwork,
                    s.iwork.as_mut_ptr(),
                    &mut info,
                )
            }
        }
    }
    info
}

/// The relative residual of one call on the input at order n: for the
/// symmetric drivers `|A z - w z|` (`|A z - w B z|`) over the pairs found,
/// and for `dsyevd` N the trace and Frobenius norm against the eigenvalues;
/// `|A Z - Z T|` for `dgees`; `|A v - lambda v|` for `dgeev`, complex pairs
/// included; `|A - U S V^T|` for the SVD with vectors, the Frobenius norm
/// against the singular values without; `|A x - b|` for `dgelsd`.
fn residual(r: Routine, n: usize, f: Bound) -> std::result::Result<f64, I> {
    let orig = Slot::input(r, n);
    let mut s = Slot::new(n);
    s.load(&orig);
    let info = invoke(f, &mut s);
    if info != 0 {
        return Err(info);
    }
    let a = |i: usize, j: usize| orig.a[i + j * n];
    let anorm = orig.a.iter().map(|x| x * x).sum::<f64>().sqrt().max(f64::MIN_POSITIVE);
    let col = |v: &[f64], j: usize| v[j * n..(j + 1) * n].to_vec();
    let times = |m: &dyn Fn(usize, usize) -> f64, x: &[f64]| -> Vec<f64> {
        (0..n).map(|i| (0..n).map(|k| m(i, k) * x[k]).sum()).collect()
    };
    let norm = |v: &[f64]| v.iter().map(|x| x * x).sum::<f64>().sqrt();
    let mut err: f64 = 0.0;
    match r {
        Routine::Syevd(false) => {
            let trace: f64 = (0..n).map(|i| a(i, i)).sum();
            let sum: f64 = s.w.iter().sum();
            let squares: f64 = s.w.iter().map(|x| x * x).sum();
            err = ((sum - trace).abs() / anorm).max((squares.sqrt() - anorm).abs() / anorm);
        }
        Routine::Syevd(true) | Routine::Syevx | Routine::Sygvd => {
            let pairs = if r == Routine::Syevx { s.m as usize } else { n };
            if r == Routine::Syevx && pairs != (n / 10).max(1).min(n) {
                return Err(-1000);
            }
            let vectors = if r == Routine::Syevx { &s.z } else { &s.a };
            let b = |i: usize, j: usize| orig.b[i + j * n];
            for j in 0..pairs {
                let z = col(vectors, j);
                let az = times(&a, &z);
                let bz = if r == Routine::Sygvd { times(&b, &z) } else { z.clone() };
                let d: Vec<f64> = az.iter().zip(&bz).map(|(x, y)| x - s.w[j] * y).collect();
                err = err.max(norm(&d) / (anorm * norm(&z).max(f64::MIN_POSITIVE)));
            }
        }
        Routine::Gees => {
            let t = |i: usize, j: usize| s.a[i + j * n];
            for j in 0..n {
                let tz: Vec<f64> = (0..n).map(|i| (0..n).map(|k| s.z[i + k * n] * t(k, j)).sum()).collect();
                let az = times(&a, &col(&s.z, j));
                let d: Vec<f64> = az.iter().zip(&tz).map(|(x, y)| x - y).collect();
                err = err.max(norm(&d) / anorm);
            }
        }
        Routine::Geev => {
            let mut j = 0;
            while j < n {
                if s.wi[j] == 0.0 {
                    let v = col(&s.z, j);
                    let d: Vec<f64> = times(&a, &v).iter().zip(&v).map(|(x, y)| x - s.w[j] * y).collect();
                    err = err.max(norm(&d) / (anorm * norm(&v)));
                    j += 1;
                } else {
                    // v = x + i y for lambda = re + i im:
                    // A x - (re x - im y) and A y - (re y + im x).
                    let (x, y) = (col(&s.z, j), col(&s.z, j + 1));
                    let (re, im) = (s.w[j], s.wi[j]);
                    let (ax, ay) = (times(&a, &x), times(&a, &y));
                    let dx: Vec<f64> = (0..n).map(|i| ax[i] - (re * x[i] - im * y[i])).collect();
                    let dy: Vec<f64> = (0..n).map(|i| ay[i] - (re * y[i] + im * x[i])).collect();
                    let size = (norm(&x).powi(2) + norm(&y).powi(2)).sqrt();
                    err = err.max((norm(&dx).powi(2) + norm(&dy).powi(2)).sqrt() / (anorm * size));
                    j += 2;
                }
            }
        }
        Routine::Gesdd(false) => {
            let squares: f64 = s.w.iter().map(|x| x * x).sum();
            err = (squares.sqrt() - anorm).abs() / anorm;
        }
        Routine::Gesdd(true) | Routine::Gesvd => {
            for j in 0..n {
                let usv: Vec<f64> =
                    (0..n).map(|i| (0..n).map(|k| s.z[i + k * n] * s.w[k] * s.b[k + j * n]).sum()).collect();
                let d: Vec<f64> = col(&orig.a, j).iter().zip(&usv).map(|(x, y)| x - y).collect();
                err = err.max(norm(&d) / anorm);
            }
        }
        Routine::Gelsd => {
            let x = col(&s.b, 0);
            let d: Vec<f64> = times(&a, &x).iter().zip(&orig.b[..n]).map(|(x, y)| x - y).collect();
            err = norm(&d) / (anorm * norm(&x).max(f64::MIN_POSITIVE));
        }
    }
    Ok(err / n.max(1) as f64)
}

/// Every library's driver must satisfy its defining identity before its
/// speed means anything (a wrong binding gives O(1)).
fn check(libs: &[Lib], cases: &[Routine]) -> Result {
    for &r in cases {
        for lib in libs {
            let Some(f) = lib.bind(r) else { continue };
            for &n in &CHECK_SIZES {
                match residual(r, n, f) {
                    Err(info) => return Err(format!("{} n = {n}: {} returns INFO = {info}", r.label(), lib.peer.name)),
                    Ok(err) if err.is_nan() || err >= 1e-12 => {
                        return Err(format!("{} n = {n}: {} is off by {err:.1e} (relative)", r.label(), lib.peer.name))
                    }
                    Ok(_) => {}
                }
            }
        }
    }
    Ok(())
}

/// Seconds per call, the best sample, for each routine in `fs`; every call
/// starts from a fresh copy of the input made outside the timed span, and
/// the libraries take turns sample by sample.
fn time_calls(opts: &Options, r: Routine, n: usize, fs: &[Bound]) -> Result<Vec<f64>> {
    let input = Slot::input(r, n);
    let mut slot = Slot::new(n);
    let mut once = |f: Bound| -> Result<Duration> {
        slot.load(&input);
        let start = Instant::now();
        let info = invoke(f, &mut slot);
        let took = start.elapsed();
        match info {
            0 => Ok(took),
            info => Err(format!("{} n = {n} returns INFO = {info}", r.label())),
        }
    };
    for &f in fs {
        let start = Instant::now();
        while start.elapsed() < opts.warmup() {
            once(f)?;
        }
    }
    let mut best = vec![f64::INFINITY; fs.len()];
    for _ in 0..samples(opts, n) {
        for (&f, best) in fs.iter().zip(&mut best) {
            let (mut timed, mut calls) = (Duration::ZERO, 0.0);
            while calls == 0.0 || timed < opts.sample_time() {
                timed += once(f)?;
                calls += 1.0;
            }
            *best = best.min(timed.as_secs_f64() / calls);
        }
    }
    Ok(best)
}

/// The `lapack-eigen` section.
pub fn run(peers: &[Peer], opts: &Options) -> Result<String> {
    let extra = pypi_peers(opts);
    let mut libs = vec![Lib { peer: &peers[0], prefix: "" }];
    let candidates = peers[1..].iter().map(|p| Lib { peer: p, prefix: "" });
    let candidates = candidates.chain(extra.iter().map(|(p, prefix)| Lib { peer: p, prefix }));
    let mut absent = Vec::new();
    for lib in candidates {
        if CASES.iter().any(|&c| lib.bind(c).is_some()) {
            libs.push(lib);
        } else {
            absent.push(lib.peer.name);
        }
    }
    let words = env_list("LAPACK_FACTOR_CASES");
    let cases: Vec<Routine> = CASES
        .iter()
        .copied()
        .filter(|c| words.is_empty() || words.iter().any(|w| c.label().contains(w.as_str())))
        .collect();
    let sizes: Vec<usize> = match env_list("LAPACK_FACTOR_SIZES") {
        v if v.is_empty() => SIZES.iter().copied().filter(|&n| !opts.quick || n <= 300).collect(),
        v => v
            .iter()
            .map(|s| s.parse().map_err(|_| format!("bad size `{s}` in LAPACK_FACTOR_SIZES")))
            .collect::<Result<_>>()?,
    };
    check(&libs, &cases)?;

    let mut header = vec!["routine".to_string(), "n".to_string()];
    header.extend(libs.iter().map(|l| format!("{} ms", l.peer.name)));
    header.push("ferroblas / best peer".into());
    let mut table = Table::new(header);
    for &r in &cases {
        for &n in &sizes {
            eprintln!("peer-compare: {} n = {n}", r.label());
            let bound: Vec<Option<Bound>> = libs.iter().map(|l| l.bind(r)).collect();
            let fs: Vec<Bound> = bound.iter().flatten().copied().collect();
            let mut times = time_calls(opts, r, n, &fs)?.into_iter();
            let times: Vec<Option<f64>> = bound.iter().map(|b| b.and_then(|_| times.next())).collect();
            let mut row = vec![format!("`{}`", r.label()), n.to_string()];
            row.extend(times.iter().map(|t| t.map_or("-".into(), |t| format!("{:.3}", t * 1e3))));
            let best_peer = times[1..].iter().flatten().copied().reduce(f64::min);
            row.push(match (times[0], best_peer) {
                (Some(ours), Some(peer)) => format!("{:.2}", peer / ours),
                _ => "-".into(),
            });
            table.push(row);
        }
    }
    let mut notes = String::new();
    for (p, _) in &extra {
        notes += &format!("- {}: `{}`\n", p.name, p.describe);
    }
    if !absent.is_empty() {
        notes += &format!("- Without these routines, so not shown: {}.\n", absent.join(", "));
    }
    Ok(format!(
        "### Eigenvalue and SVD drivers, n x n column-major, {}\n\n{}\n\
         Milliseconds per call (lower is better); `ferroblas / best peer` is the fastest peer's time over \
         ferroblas's: above 1, ferroblas is faster. Inputs: a random symmetric A (entries in [-1, 1)) for the \
         symmetric drivers, B = M M^T / n + I for dsygvd, a random A (and b) for the others; each call starts from \
         a fresh copy made outside the timed span. Every library gets the same generous workspace. Each figure \
         is the best of up to {} samples of at least {} ms (5 at n = 1000), the libraries interleaved sample by \
         sample, after a warm-up; every library's results were first checked against the driver's defining \
         identity at n = {:?}.\n\n{notes}",
        opts.threads.label(),
        table.to_markdown(),
        opts.samples(),
        opts.sample_time().as_millis(),
        CHECK_SIZES,
    ))
}
