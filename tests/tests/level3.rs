//! Level 3 beyond GEMM: SYMM/HEMM, SYRK/HERK, SYR2K/HER2K and TRMM/TRSM for
//! f32, f64, c32, c64 against triple-loop references computed in c64.
//!
//! Every routine runs over every option (side, uplo, trans, diag), square
//! sizes around the register tiles and the recursion's 32-row base, a few
//! rectangular shapes and a few large ones, through several engine paths: the
//! public entry point, the blocked path with the real and with lowered
//! blocksizes (so symmetric packing meets panels crossing the diagonal at
//! every offset), and the small path. Operands are column-major or row-major
//! (a transposed view) with padded leading dimensions; the padding, the
//! triangle of A that must not be read and a unit diagonal hold guard NaNs,
//! so any stray read shows in the result. Everything of C (or of B for
//! TRMM/TRSM) outside the part written, padding and the other triangle of C,
//! must be bit-identical afterwards; in half the cases it holds distinct
//! finite values instead of NaNs, since a stray write of a value computed
//! from a guard NaN would keep the guard's bits.
//!
//! Values are checked within `(depth + 4) * 4 * eps * sum |terms|`; TRSM by
//! its componentwise residual `|op(A) X - alpha B| <= tol (|op(A)| |X| + |alpha B|)`
//! on well-conditioned triangles. Also: the reference's special values
//! (`beta = 0` does not read C, `alpha = 0` reads neither A nor B, TRMM/TRSM
//! with `alpha = 0` zero B), quick returns, the Hermitian diagonal rules,
//! every kernel table this machine runs, and bit-identical results at 1, 2
//! and 3 threads.

use ferroblas_kernels::dispatch::{Arch, BuildKernels};
use ferroblas_kernels::level3::{self, Blocking, GemmKernels, GemmOptions, Op, SmallPath};
use ferroblas_kernels::{c32, c64, Diag, MatMut, MatRef, Scalar, Side, Trans, Uplo};
use ferroblas_tests::{mag, Rng, TestScalar};

const SIDES: [Side; 2] = [Side::Left, Side::Right];
const UPLOS: [Uplo; 2] = [Uplo::Upper, Uplo::Lower];
const TRANS: [Trans; 3] = [Trans::No, Trans::Trans, Trans::ConjTrans];
const DIAGS: [Diag; 2] = [Diag::NonUnit, Diag::Unit];
const OPS: [Op; 2] = [Op::Multiply, Op::Solve];

/// Square sizes: around the register tiles, the recursion's 32-row base and
/// its 16-row split granularity. Scaled down under emulation (qemu).
#[cfg(not(target_arch = "aarch64"))]
const SIZES: &[usize] = &[0, 1, 2, 3, 7, 8, 9, 16, 17, 31, 32, 33, 47, 64, 65, 100];
#[cfg(target_arch = "aarch64")]
const SIZES: &[usize] = &[0, 1, 2, 3, 7, 8, 9, 16, 17, 31, 33, 47];

/// Rectangular `m x n` shapes (and empty ones).
#[cfg(not(target_arch = "aarch64"))]
const RECT: &[(usize, usize)] = &[(37, 5), (5, 37), (1, 17), (17, 1), (0, 6), (6, 0), (70, 33), (33, 70)];
#[cfg(target_arch = "aarch64")]
const RECT: &[(usize, usize)] = &[(37, 5), (5, 37), (1, 17), (17, 1), (0, 6), (6, 0)];

/// Depths of the rank-k updates, paired with the sizes in turn.
const DEPTHS: [usize; 8] = [0, 1, 3, 8, 17, 33, 64, 100];

/// Large sizes: several recursion levels of TRMM/TRSM, several blocks of SYMM.
#[cfg(not(target_arch = "aarch64"))]
const BIG: [usize; 2] = [130, 257];
#[cfg(target_arch = "aarch64")]
const BIG: [usize; 2] = [65, 97];

/// The size of the thread-count comparisons.
#[cfg(not(target_arch = "aarch64"))]
const THREAD_N: usize = 300;
#[cfg(target_arch = "aarch64")]
const THREAD_N: usize = 96;

// ---------------------------------------------------------------------------
// Test matrices and the wide reference.

/// A `rows x cols` matrix in a buffer whose leading dimension is padded past
/// the inner extent, column-major or row-major (seen through a transposed
/// view). Every element starts as the guard NaN; callers fill what is logical.
#[derive(Clone)]
struct Mat<T> {
    buf: Vec<T>,
    rows: usize,
    cols: usize,
    ld: usize,
    row_major: bool,
}

impl<T: TestScalar> Mat<T> {
    fn guarded(rows: usize, cols: usize, pad: usize, row_major: bool) -> Self {
        let (inner, outer) = if row_major { (cols, rows) } else { (rows, cols) };
        let ld = inner.max(1) + pad;
        Mat { buf: vec![T::guard(); ld * outer.max(1)], rows, cols, ld, row_major }
    }

    /// Every element random.
    fn random(rng: &mut Rng, rows: usize, cols: usize, pad: usize, row_major: bool) -> Self {
        let mut m = Self::guarded(rows, cols, pad, row_major);
        m.fill(|_, _| true, |_, _| T::random(rng));
        m
    }

    /// Replaces every buffer element but the logical ones where `keep(i, j)`
    /// with a distinct finite value: a stray write of a value computed from
    /// a guard NaN would keep the NaN's payload and go unseen, one over a
    /// finite value shows.
    fn finite_outside(&mut self, rng: &mut Rng, keep: impl Fn(usize, usize) -> bool) {
        let mut logical = vec![false; self.buf.len()];
        for j in 0..self.cols {
            for i in 0..self.rows {
                if keep(i, j) {
                    logical[self.idx(i, j)] = true;
                }
            }
        }
        for (x, _) in self.buf.iter_mut().zip(logical).filter(|(_, l)| !l) {
            *x = T::from_f64s(64.0 + rng.sym(), -64.0 + rng.sym());
        }
    }

    fn idx(&self, i: usize, j: usize) -> usize {
        if self.row_major {
            j + i * self.ld
        } else {
            i + j * self.ld
        }
    }

    fn get(&self, i: usize, j: usize) -> T {
        self.buf[self.idx(i, j)]
    }

    fn set(&mut self, i: usize, j: usize, v: T) {
        let p = self.idx(i, j);
        self.buf[p] = v;
    }

    /// Sets the elements where `which(i, j)` to `val(i, j)`.
    fn fill(&mut self, which: impl Fn(usize, usize) -> bool, mut val: impl FnMut(usize, usize) -> T) {
        for j in 0..self.cols {
            for i in 0..self.rows {
                if which(i, j) {
                    self.set(i, j, val(i, j));
                }
            }
        }
    }

    fn view(&self) -> MatRef<'_, T> {
        if self.row_major {
            MatRef::from_col_major(&self.buf, self.cols, self.rows, self.ld).transpose()
        } else {
            MatRef::from_col_major(&self.buf, self.rows, self.cols, self.ld)
        }
    }

    fn view_mut(&mut self) -> MatMut<'_, T> {
        if self.row_major {
            MatMut::from_col_major(&mut self.buf, self.cols, self.rows, self.ld).transpose()
        } else {
            MatMut::from_col_major(&mut self.buf, self.rows, self.cols, self.ld)
        }
    }

    /// All logical elements, widened.
    fn wide(&self) -> W {
        let mut w = W::zeros(self.rows, self.cols);
        for j in 0..self.cols {
            for i in 0..self.rows {
                w.v[i + j * self.rows] = self.get(i, j).to_c64();
            }
        }
        w
    }

    fn layout(&self) -> &'static str {
        if self.row_major {
            "row"
        } else {
            "col"
        }
    }
}

/// A dense column-major matrix in c64 (the reference's working type).
#[derive(Clone)]
struct W {
    rows: usize,
    cols: usize,
    v: Vec<c64>,
}

impl W {
    fn zeros(rows: usize, cols: usize) -> W {
        W { rows, cols, v: vec![c64::new(0.0, 0.0); rows * cols] }
    }

    fn at(&self, i: usize, j: usize) -> c64 {
        self.v[i + j * self.rows]
    }

    /// `op(self)`.
    fn op(&self, t: Trans) -> W {
        if t == Trans::No {
            return self.clone();
        }
        let mut o = W::zeros(self.cols, self.rows);
        for j in 0..self.cols {
            for i in 0..self.rows {
                let x = self.at(i, j);
                o.v[j + i * self.cols] = if t == Trans::ConjTrans { x.conj() } else { x };
            }
        }
        o
    }

    /// The full symmetric (Hermitian when `herm`: mirrored elements
    /// conjugated, the diagonal's imaginary parts dropped) matrix whose
    /// `uplo` triangle `a` stores; nothing outside that triangle is read.
    fn sym<T: TestScalar>(a: &Mat<T>, uplo: Uplo, herm: bool) -> W {
        let n = a.rows;
        let mut w = W::zeros(n, n);
        for j in 0..n {
            for i in 0..n {
                let stored = in_tri(uplo, i, j);
                let x = if stored { a.get(i, j) } else { a.get(j, i) }.to_c64();
                w.v[i + j * n] = match (herm, i == j, stored) {
                    (true, true, _) => c64::new(x.re, 0.0),
                    (true, false, false) => x.conj(),
                    _ => x,
                };
            }
        }
        w
    }

    /// The triangular matrix `a` stores in `uplo` (a unit diagonal is not read).
    fn tri<T: TestScalar>(a: &Mat<T>, uplo: Uplo, diag: Diag) -> W {
        let n = a.rows;
        let mut w = W::zeros(n, n);
        for j in 0..n {
            for i in 0..n {
                if i == j && diag == Diag::Unit {
                    w.v[i + j * n] = c64::new(1.0, 0.0);
                } else if in_tri(uplo, i, j) {
                    w.v[i + j * n] = a.get(i, j).to_c64();
                }
            }
        }
        w
    }
}

fn in_tri(uplo: Uplo, i: usize, j: usize) -> bool {
    match uplo {
        Uplo::Upper => i <= j,
        Uplo::Lower => i >= j,
    }
}

/// The product `x y` and, per element, `sum_l |x_il| |y_lj|`.
fn mul(x: &W, y: &W) -> (W, Vec<f64>) {
    assert_eq!(x.cols, y.rows);
    let (m, n, k) = (x.rows, y.cols, x.cols);
    let mut p = W::zeros(m, n);
    let mut bound = vec![0.0; m * n];
    for j in 0..n {
        for l in 0..k {
            let y_lj = y.at(l, j);
            let my = mag(y_lj);
            let xcol = &x.v[l * m..(l + 1) * m];
            for (i, &x_il) in xcol.iter().enumerate() {
                p.v[i + j * m] += x_il * y_lj;
                bound[i + j * m] += mag(x_il) * my;
            }
        }
    }
    (p, bound)
}

/// `sum coef_t P_t + beta c0` and its error scale; `c0` is left out when `beta = 0`.
fn combine(rows: usize, cols: usize, terms: &[(c64, &(W, Vec<f64>))], beta: c64, c0: &W) -> (W, Vec<f64>) {
    let mut w = W::zeros(rows, cols);
    let mut bound = vec![0.0; rows * cols];
    for (idx, (v, b)) in w.v.iter_mut().zip(bound.iter_mut()).enumerate() {
        for &(coef, (p, pb)) in terms {
            *v += coef * p.v[idx];
            *b += mag(coef) * pb[idx];
        }
        if beta != c64::new(0.0, 0.0) {
            *v += beta * c0.v[idx];
            *b += mag(beta) * mag(c0.v[idx]);
        }
    }
    (w, bound)
}

/// The relative tolerance for sums of `depth` products.
fn tol<T: TestScalar>(depth: usize) -> f64 {
    T::eps() * (depth as f64 + 4.0) * 4.0
}

/// Asserts `got` matches `want` within `tol * bound` wherever `region(i, j)`.
fn check_values(
    got: &W,
    want: &W,
    bound: &[f64],
    tol: f64,
    region: &dyn Fn(usize, usize) -> bool,
    ctx: &dyn Fn() -> String,
) {
    for j in 0..want.cols {
        for i in 0..want.rows {
            if !region(i, j) {
                continue;
            }
            let (g, w) = (got.at(i, j), want.at(i, j));
            let err = mag(g - w);
            let lim = tol * bound[i + j * want.rows];
            assert!(err <= lim || err == 0.0, "{}: ({i},{j}) got {g} want {w} err {err:e} allowed {lim:e}", ctx());
        }
    }
}

/// Asserts every buffer element outside the logical elements where
/// `region(i, j)` is bit-identical to `before` (padding, the other triangle).
fn check_outside<T: TestScalar>(
    got: &Mat<T>,
    before: &Mat<T>,
    region: &dyn Fn(usize, usize) -> bool,
    ctx: &dyn Fn() -> String,
) {
    let mut inside = vec![false; got.buf.len()];
    for j in 0..got.cols {
        for i in 0..got.rows {
            if region(i, j) {
                inside[got.idx(i, j)] = true;
            }
        }
    }
    for (p, (x, y)) in got.buf.iter().zip(&before.buf).enumerate() {
        if !inside[p] && x.bits() != y.bits() {
            panic!("{}: buffer element {p} outside the written part changed from {y:?} to {x:?}", ctx());
        }
    }
}

// ---------------------------------------------------------------------------
// How a routine is called.

/// The public entry point (dispatched table, default options), or the
/// `*_with` entry with a given table and options.
#[derive(Clone, Copy, Debug)]
enum Via {
    Public,
    With(GemmOptions),
}

/// A kernel table and the paths to run it through.
struct Env<T: TestScalar> {
    kern: GemmKernels<T>,
    vias: Vec<Via>,
    arch: &'static str,
}

impl<T: TestScalar> Env<T> {
    /// The dispatched table: the public entry, the blocked path with the
    /// table's and with lowered blocksizes (one of them with two threads
    /// allowed), and the small path with a short depth block.
    fn dispatched() -> Self {
        let kern = T::kernels().gemm;
        let mut vias = Self::paths(&kern);
        vias.insert(0, Via::Public);
        Env { kern, vias, arch: T::kernels().arch.name() }
    }

    /// One table through the `*_with` paths only.
    fn table(arch: Arch) -> Self {
        let kern = <T as BuildKernels>::build(arch).gemm;
        Env { vias: Self::paths(&kern), kern, arch: arch.name() }
    }

    fn paths(kern: &GemmKernels<T>) -> Vec<Via> {
        let (mr, nr) = (kern.mr, kern.nr);
        // kc = 16 and kc = 7 put the diagonal at every offset in the packed panels.
        let low = Blocking { mc: 2 * mr, kc: 16, nc: 2 * nr };
        let odd = Blocking { mc: 3 * mr, kc: 7, nc: 3 * nr };
        let o = |blocking, nt, small| Via::With(GemmOptions { blocking, nthreads: Some(nt), small });
        vec![
            o(None, 1, SmallPath::Never),
            o(Some(low), 1, SmallPath::Never),
            o(Some(odd), 2, SmallPath::Never),
            o(Some(low), 1, SmallPath::Always),
        ]
    }
}

/// A random pad (0..3) and layout (row-major one time in three).
fn layout(rng: &mut Rng) -> (usize, bool) {
    (rng.below(4), rng.below(3) == 0)
}

/// NaN in both parts (the real part for real types).
fn nan<T: TestScalar>() -> T {
    T::from_f64s(f64::NAN, f64::NAN)
}

// ---------------------------------------------------------------------------
// SYMM / HEMM.

/// Runs one SYMM/HEMM case through `vias` and checks it. A holds only its
/// `uplo` triangle (the rest is guard NaN); a Hermitian A's diagonal has the
/// imaginary part `diag_im` (garbage or NaN, never read). `alpha = 0` leaves
/// A and B all NaN, `beta = 0` puts NaN in C.
#[allow(clippy::too_many_arguments)]
fn symm_case<T: TestScalar>(
    rng: &mut Rng,
    env: &Env<T>,
    vias: &[Via],
    herm: bool,
    side: Side,
    uplo: Uplo,
    m: usize,
    n: usize,
    alpha: T,
    beta: T,
    diag_im: f64,
) {
    let ka = if side == Side::Left { m } else { n };
    let (pa, ra) = layout(rng);
    let (pb, rb) = layout(rng);
    let (pc, rc) = layout(rng);
    let mut a = Mat::<T>::guarded(ka, ka, pa, ra);
    let mut b = Mat::<T>::guarded(m, n, pb, rb);
    if !alpha.is_zero() {
        a.fill(|i, j| in_tri(uplo, i, j), |_, _| T::random(rng));
        if herm {
            a.fill(|i, j| i == j, |_, _| T::from_f64s(rng.sym(), diag_im));
        }
        b.fill(|_, _| true, |_, _| T::random(rng));
    }
    let mut c0 = Mat::<T>::random(rng, m, n, pc, rc);
    if beta.is_zero() {
        c0.fill(|_, _| true, |_, _| nan());
    }
    if rng.coin() {
        c0.finite_outside(rng, |_, _| true);
    }

    let mut terms = Vec::new();
    let prod;
    if !alpha.is_zero() {
        let (aw, bw) = (W::sym(&a, uplo, herm), b.wide());
        prod = if side == Side::Left { mul(&aw, &bw) } else { mul(&bw, &aw) };
        terms.push((alpha.to_c64(), &prod));
    }
    let (want, bound) = combine(m, n, &terms, beta.to_c64(), &c0.wide());
    let untouched = alpha.is_zero() && beta == T::one();

    for via in vias {
        let mut c = c0.clone();
        match *via {
            Via::Public if herm => level3::hemm(side, uplo, alpha, a.view(), b.view(), beta, c.view_mut()),
            Via::Public => level3::symm(side, uplo, alpha, a.view(), b.view(), beta, c.view_mut()),
            Via::With(o) => {
                level3::symm_with(&env.kern, &o, herm, side, uplo, alpha, a.view(), b.view(), beta, c.view_mut())
            }
        }
        let ctx = || {
            format!(
                "{} {} {} {side:?} {uplo:?} m={m} n={n} alpha={alpha:?} beta={beta:?} layouts a={} b={} c={} \
                 pads {pa},{pb},{pc} {via:?}",
                env.arch,
                T::NAME,
                if herm { "hemm" } else { "symm" },
                a.layout(),
                b.layout(),
                c.layout(),
            )
        };
        let all = |_: usize, _: usize| !untouched;
        check_outside(&c, &c0, &all, &ctx);
        check_values(&c.wide(), &want, &bound, tol::<T>(ka), &all, &ctx);
    }
}

/// Every side and triangle, symmetric and Hermitian (for real types, where
/// HEMM is SYMM, on a third of the shapes), square and rectangular.
fn symm_sweep<T: TestScalar>() {
    let env = Env::<T>::dispatched();
    let mut rng = Rng::new(101);
    let shapes: Vec<(usize, usize)> = SIZES.iter().map(|&s| (s, s)).chain(RECT.iter().copied()).collect();
    let mut case = 0usize;
    for (si, &(m, n)) in shapes.iter().enumerate() {
        for herm in [false, true] {
            if herm && !T::IS_COMPLEX && !si.is_multiple_of(3) {
                continue;
            }
            for side in SIDES {
                for uplo in UPLOS {
                    case += 1;
                    let alpha = T::random(&mut rng);
                    let beta = if case.is_multiple_of(5) { T::zero() } else { T::random(&mut rng) };
                    symm_case(&mut rng, &env, &env.vias, herm, side, uplo, m, n, alpha, beta, 0.75);
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// SYRK / HERK / SYR2K / HER2K.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rk {
    Syrk,
    Herk,
    Syr2k,
    Her2k,
}

const RKS: [Rk; 4] = [Rk::Syrk, Rk::Herk, Rk::Syr2k, Rk::Her2k];

impl Rk {
    fn herm(self) -> bool {
        matches!(self, Rk::Herk | Rk::Her2k)
    }
    fn two(self) -> bool {
        matches!(self, Rk::Syr2k | Rk::Her2k)
    }
    /// The transposes the reference accepts: `N`, `T` for the symmetric
    /// complex updates, `N`, `C` for the Hermitian ones, all three for real types.
    fn trans<T: TestScalar>(self) -> &'static [Trans] {
        match (T::IS_COMPLEX, self.herm()) {
            (false, _) => &TRANS,
            (true, false) => &[Trans::No, Trans::Trans],
            (true, true) => &[Trans::No, Trans::ConjTrans],
        }
    }
}

/// Runs one rank-k or rank-2k case through `vias` and checks it: the `uplo`
/// triangle of C against the reference, everything else of C's buffer
/// bit-identical. For the Hermitian updates alpha (HERK) and beta are taken
/// real, C's diagonal has the imaginary part `diag_im` on entry (never read)
/// and must have exactly zero imaginary part on exit, unless the reference
/// returns at once (`alpha = 0` or `k = 0`, with `beta = 1`: C untouched).
#[allow(clippy::too_many_arguments)]
fn rank_k_case<T: TestScalar>(
    rng: &mut Rng,
    env: &Env<T>,
    vias: &[Via],
    kind: Rk,
    uplo: Uplo,
    trans: Trans,
    n: usize,
    k: usize,
    alpha: T,
    beta: T,
    diag_im: f64,
) {
    let herm = kind.herm() && T::IS_COMPLEX;
    let alpha = if kind == Rk::Herk { T::from_real(alpha.re()) } else { alpha };
    let beta = if kind.herm() { T::from_real(beta.re()) } else { beta };
    let (ra, ca) = if trans == Trans::No { (n, k) } else { (k, n) };
    let (pa, la) = layout(rng);
    let (pc, lc) = layout(rng);
    let mut a = Mat::<T>::guarded(ra, ca, pa, la);
    let mut b = Mat::<T>::guarded(ra, ca, pa, la);
    if !alpha.is_zero() {
        a.fill(|_, _| true, |_, _| T::random(rng));
        b.fill(|_, _| true, |_, _| T::random(rng));
    }
    let mut c0 = Mat::<T>::guarded(n, n, pc, lc);
    if beta.is_zero() {
        c0.fill(|i, j| in_tri(uplo, i, j), |_, _| nan());
    } else {
        c0.fill(|i, j| in_tri(uplo, i, j), |_, _| T::random(rng));
        if herm {
            c0.fill(|i, j| i == j, |_, _| T::from_f64s(rng.sym(), diag_im));
        }
    }
    if rng.coin() {
        c0.finite_outside(rng, |i, j| in_tri(uplo, i, j));
    }

    // The reference: op(A) is `n x k`; P = op(A) op(A)^T (or ^H), and for
    // the rank-2k updates P1 = op(A) op(B)^T, P2 = op(B) op(A)^T (or ^H).
    let conj_t = if herm { Trans::ConjTrans } else { Trans::Trans };
    let mut prods = Vec::new();
    if !alpha.is_zero() {
        let x = a.wide().op(trans);
        if kind.two() {
            let y = b.wide().op(trans);
            prods.push(mul(&x, &y.op(conj_t)));
            prods.push(mul(&y, &x.op(conj_t)));
        } else {
            prods.push(mul(&x, &x.op(conj_t)));
        }
    }
    let al = alpha.to_c64();
    let coefs = [al, if herm { al.conj() } else { al }];
    let terms: Vec<(c64, &(W, Vec<f64>))> = coefs.iter().copied().zip(prods.iter()).collect();
    let mut cw = c0.wide();
    if herm {
        for i in 0..n {
            cw.v[i + i * n].im = 0.0;
        }
    }
    let (mut want, bound) = combine(n, n, &terms, beta.to_c64(), &cw);
    if herm {
        for i in 0..n {
            want.v[i + i * n].im = 0.0;
        }
    }
    let untouched = (alpha.is_zero() || k == 0) && beta == T::one();
    let depth = if kind.two() { 2 * k } else { k };

    for via in vias {
        let mut c = c0.clone();
        let (av, bv) = (a.view(), b.view());
        let cv = c.view_mut();
        match (kind, *via) {
            (Rk::Syrk, Via::Public) => level3::syrk(uplo, trans, alpha, av, beta, cv),
            (Rk::Syrk, Via::With(o)) => level3::syrk_with(&env.kern, &o, uplo, trans, alpha, av, beta, cv),
            (Rk::Herk, Via::Public) => level3::herk(uplo, trans, alpha.re(), av, beta.re(), cv),
            (Rk::Herk, Via::With(o)) => level3::herk_with(&env.kern, &o, uplo, trans, alpha.re(), av, beta.re(), cv),
            (Rk::Syr2k, Via::Public) => level3::syr2k(uplo, trans, alpha, av, bv, beta, cv),
            (Rk::Her2k, Via::Public) => level3::her2k(uplo, trans, alpha, av, bv, beta.re(), cv),
            (_, Via::With(o)) => {
                level3::syr2k_with(&env.kern, &o, kind == Rk::Her2k, uplo, trans, alpha, av, bv, beta, cv)
            }
        }
        let ctx = || {
            format!(
                "{} {} {kind:?} {uplo:?} {trans:?} n={n} k={k} alpha={alpha:?} beta={beta:?} layouts a={} c={} \
                 pads {pa},{pc} {via:?}",
                env.arch,
                T::NAME,
                a.layout(),
                c.layout(),
            )
        };
        let region = |i: usize, j: usize| !untouched && in_tri(uplo, i, j);
        check_outside(&c, &c0, &region, &ctx);
        check_values(&c.wide(), &want, &bound, tol::<T>(depth), &region, &ctx);
        if herm && !untouched {
            for i in 0..n {
                let d = c.get(i, i).to_c64();
                assert!(d.im == 0.0, "{}: imaginary part of C({i},{i}) is {} on exit, not zero", ctx(), d.im);
            }
        }
    }
}

/// Every update, triangle and valid transpose over the square sizes, each
/// with two depths in turn (0 included). The Hermitian updates for real
/// types (where they are the symmetric ones) on a third of the sizes.
fn rank_k_sweep<T: TestScalar>() {
    let env = Env::<T>::dispatched();
    let mut rng = Rng::new(202);
    let mut case = 0usize;
    for (si, &n) in SIZES.iter().enumerate() {
        for kind in RKS {
            if kind.herm() && !T::IS_COMPLEX && !si.is_multiple_of(3) {
                continue;
            }
            for k in [DEPTHS[si % DEPTHS.len()], DEPTHS[(si + 3) % DEPTHS.len()]] {
                for uplo in UPLOS {
                    for &trans in kind.trans::<T>() {
                        case += 1;
                        let alpha = T::random(&mut rng);
                        let beta = if case.is_multiple_of(5) { T::zero() } else { T::random(&mut rng) };
                        rank_k_case(&mut rng, &env, &env.vias, kind, uplo, trans, n, k, alpha, beta, 0.75);
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// TRMM / TRSM.

/// A diagonal entry of magnitude in `[1, 2)` with a random sign or phase.
fn good_diag<T: TestScalar>(rng: &mut Rng) -> T {
    let r = rng.range(1.0, 2.0);
    if T::IS_COMPLEX {
        let t = rng.range(0.0, std::f64::consts::TAU);
        T::from_f64s(r * t.cos(), r * t.sin())
    } else {
        T::from_f64s(r * rng.sign(), 0.0)
    }
}

/// Runs one TRMM or TRSM case through `vias` and checks it. A holds only its
/// `uplo` triangle, without the diagonal when it is unit (the rest is guard
/// NaN); for TRSM the triangle is well conditioned (diagonal magnitudes in
/// `[1, 2)`, off-diagonal entries of size `1/ka`). TRMM is checked against
/// `alpha op(A) B`, TRSM by its residual; `alpha = 0` must give B = +0
/// without reading A or B (both all NaN).
#[allow(clippy::too_many_arguments)]
fn tri_case<T: TestScalar>(
    rng: &mut Rng,
    env: &Env<T>,
    vias: &[Via],
    op: Op,
    side: Side,
    uplo: Uplo,
    trans: Trans,
    diag: Diag,
    m: usize,
    n: usize,
    alpha: T,
) {
    let ka = if side == Side::Left { m } else { n };
    let (pa, la) = layout(rng);
    let (pb, lb) = layout(rng);
    let mut a = Mat::<T>::guarded(ka, ka, pa, la);
    let mut b0 = Mat::<T>::guarded(m, n, pb, lb);
    if !alpha.is_zero() {
        let scale = if op == Op::Solve { 1.0 / ka.max(1) as f64 } else { 1.0 };
        a.fill(|i, j| i != j && in_tri(uplo, i, j), |_, _| T::random(rng) * T::from_f64s(scale, 0.0));
        if diag == Diag::NonUnit {
            a.fill(|i, j| i == j, |_, _| if op == Op::Solve { good_diag(rng) } else { T::random(rng) });
        }
        b0.fill(|_, _| true, |_, _| T::random(rng));
    }
    if rng.coin() {
        b0.finite_outside(rng, |_, _| true);
    }
    let opt = W::tri(&a, uplo, diag).op(trans);
    let al = alpha.to_c64();
    // TRMM: want alpha op(A) B. TRSM: want alpha B, against op(A) X per run.
    let (want, bound) = if alpha.is_zero() {
        (W::zeros(m, n), vec![0.0; m * n])
    } else if op == Op::Multiply {
        let bw = b0.wide();
        let p = if side == Side::Left { mul(&opt, &bw) } else { mul(&bw, &opt) };
        combine(m, n, &[(al, &p)], c64::new(0.0, 0.0), &bw)
    } else {
        let bw = b0.wide();
        combine(m, n, &[], al, &bw)
    };

    for via in vias {
        let mut b = b0.clone();
        match *via {
            Via::Public if op == Op::Multiply => level3::trmm(side, uplo, trans, diag, alpha, a.view(), b.view_mut()),
            Via::Public => level3::trsm(side, uplo, trans, diag, alpha, a.view(), b.view_mut()),
            Via::With(o) => {
                level3::triangular_with(&env.kern, &o, op, side, uplo, trans, diag, alpha, a.view(), b.view_mut())
            }
        }
        let ctx = || {
            format!(
                "{} {} {} {side:?} {uplo:?} {trans:?} {diag:?} m={m} n={n} alpha={alpha:?} layouts a={} b={} \
                 pads {pa},{pb} {via:?}",
                env.arch,
                T::NAME,
                if op == Op::Multiply { "trmm" } else { "trsm" },
                a.layout(),
                b.layout(),
            )
        };
        let all = |_: usize, _: usize| true;
        check_outside(&b, &b0, &all, &ctx);
        if alpha.is_zero() {
            for j in 0..n {
                for i in 0..m {
                    let x = b.get(i, j);
                    assert!(x.bits() == T::zero().bits(), "{}: ({i},{j}) is {x:?}, not +0", ctx());
                }
            }
        } else if op == Op::Multiply {
            check_values(&b.wide(), &want, &bound, tol::<T>(ka), &all, &ctx);
        } else {
            let xw = b.wide();
            let (r, rb) = if side == Side::Left { mul(&opt, &xw) } else { mul(&xw, &opt) };
            let total: Vec<f64> = rb.iter().zip(&bound).map(|(x, y)| x + y).collect();
            check_values(&r, &want, &total, 2.0 * tol::<T>(ka), &all, &|| format!("{} (residual op(A) X)", ctx()));
        }
    }
}

/// Every side, triangle, transpose and diagonal kind over the square and
/// rectangular shapes.
fn tri_sweep<T: TestScalar>(op: Op, seed: u64) {
    let env = Env::<T>::dispatched();
    let mut rng = Rng::new(seed);
    let shapes: Vec<(usize, usize)> = SIZES.iter().map(|&s| (s, s)).chain(RECT.iter().copied()).collect();
    for &(m, n) in &shapes {
        for side in SIDES {
            for uplo in UPLOS {
                for trans in TRANS {
                    for diag in DIAGS {
                        let alpha = T::random(&mut rng);
                        tri_case(&mut rng, &env, &env.vias, op, side, uplo, trans, diag, m, n, alpha);
                    }
                }
            }
        }
    }
}

fn trmm_sweep<T: TestScalar>() {
    tri_sweep::<T>(Op::Multiply, 303)
}

fn trsm_sweep<T: TestScalar>() {
    tri_sweep::<T>(Op::Solve, 304)
}

// ---------------------------------------------------------------------------
// Large sizes, special values, Hermitian diagonals, every table, threads.

/// Several recursion levels of TRMM/TRSM (every option, the triangle's side
/// large), SYMM/HEMM over several blocks, the rank-k updates at a large size.
fn big_sizes<T: TestScalar>() {
    let env = Env::<T>::dispatched();
    let vias = &env.vias;
    let mut rng = Rng::new(404);
    let (b0, b1) = (BIG[0], BIG[1]);
    let mut case = 0usize;
    for op in OPS {
        for (side, m, n) in [(Side::Left, b0, 11), (Side::Left, b1, 6), (Side::Right, 11, b0), (Side::Right, 6, b1)] {
            for uplo in UPLOS {
                for trans in TRANS {
                    for diag in DIAGS {
                        let alpha = T::random(&mut rng);
                        tri_case(&mut rng, &env, vias, op, side, uplo, trans, diag, m, n, alpha);
                    }
                }
            }
        }
        // Square: both recursions and the GEMM blocks at full size.
        for side in SIDES {
            case += 1;
            let (uplo, trans, diag) = (UPLOS[case % 2], TRANS[case % 3], DIAGS[(case / 2) % 2]);
            let alpha = T::random(&mut rng);
            tri_case(&mut rng, &env, vias, op, side, uplo, trans, diag, b1, b1, alpha);
        }
    }
    for herm in [false, true] {
        if herm && !T::IS_COMPLEX {
            continue;
        }
        for (side, m, n) in [(Side::Left, b1, b0), (Side::Right, b0, b1)] {
            for uplo in UPLOS {
                let (alpha, beta) = (T::random(&mut rng), T::random(&mut rng));
                symm_case(&mut rng, &env, vias, herm, side, uplo, m, n, alpha, beta, 0.75);
            }
        }
    }
    for kind in RKS {
        for uplo in UPLOS {
            case += 1;
            let ts = kind.trans::<T>();
            let trans = ts[case % ts.len()];
            let (alpha, beta) = (T::random(&mut rng), T::random(&mut rng));
            rank_k_case(&mut rng, &env, vias, kind, uplo, trans, b1, b0, alpha, beta, 0.75);
        }
    }
}

/// alpha and beta in {0, 1, other}: `beta = 0` never reads C (NaN there),
/// `alpha = 0` reads neither A nor B (all NaN) and only scales C (TRMM/TRSM
/// set B to zero), `alpha = 0` with `beta = 1` returns at once; also with
/// `k = 0` and empty shapes.
fn special_values<T: TestScalar>() {
    let env = Env::<T>::dispatched();
    let mut rng = Rng::new(505);
    let vals = [T::zero(), T::one(), T::from_f64s(-1.5, 0.25)];
    let mut case = 0usize;
    for &alpha in &vals {
        for &beta in &vals {
            for &(m, n) in &[(5, 7), (30, 20), (0, 3), (3, 0)] {
                case += 1;
                for herm in [false, true] {
                    let (side, uplo) = (SIDES[case % 2], UPLOS[(case / 2) % 2]);
                    symm_case(&mut rng, &env, &env.vias, herm, side, uplo, m, n, alpha, beta, 0.75);
                }
            }
            for &(n, k) in &[(6, 4), (25, 30), (7, 0), (0, 3)] {
                for kind in RKS {
                    case += 1;
                    let ts = kind.trans::<T>();
                    let (uplo, trans) = (UPLOS[case % 2], ts[case % ts.len()]);
                    rank_k_case(&mut rng, &env, &env.vias, kind, uplo, trans, n, k, alpha, beta, 0.75);
                }
            }
        }
        for &(m, n) in &[(5, 7), (40, 9), (9, 40), (0, 4), (4, 0)] {
            for op in OPS {
                case += 1;
                let (side, uplo, trans, diag) =
                    (SIDES[case % 2], UPLOS[(case / 2) % 2], TRANS[case % 3], DIAGS[case % 2]);
                tri_case(&mut rng, &env, &env.vias, op, side, uplo, trans, diag, m, n, alpha);
            }
        }
    }
}

/// HEMM: a NaN in the imaginary part of A's diagonal is not read.
fn hemm_nan_diagonal<T: TestScalar>() {
    let env = Env::<T>::dispatched();
    let mut rng = Rng::new(606);
    for &(m, n) in &[(1, 1), (5, 7), (9, 4), (33, 20), (70, 65)] {
        for side in SIDES {
            for uplo in UPLOS {
                let (alpha, beta) = (T::random(&mut rng), T::random(&mut rng));
                symm_case(&mut rng, &env, &env.vias, true, side, uplo, m, n, alpha, beta, f64::NAN);
            }
        }
    }
}

/// HERK/HER2K: a NaN in the imaginary part of C's diagonal is not read
/// ("need not be set, they are assumed to be zero, and on exit they are set
/// to zero"), for beta in {0, 1, other} and alpha in {0, other}, k in {0, >0}.
fn herk_nan_diagonal<T: TestScalar>() {
    let env = Env::<T>::dispatched();
    let mut rng = Rng::new(707);
    for kind in [Rk::Herk, Rk::Her2k] {
        for beta in [0.0, 1.0, 0.5, -2.0] {
            for alpha in [T::zero(), T::from_f64s(1.25, -0.5)] {
                for &(n, k) in &[(1, 1), (6, 0), (6, 5), (40, 17)] {
                    for uplo in UPLOS {
                        for &trans in kind.trans::<T>() {
                            let beta = T::from_f64s(beta, 0.0);
                            rank_k_case(&mut rng, &env, &env.vias, kind, uplo, trans, n, k, alpha, beta, f64::NAN);
                        }
                    }
                }
            }
        }
    }
}

/// Every kernel table this machine runs (the imitated ones included), with
/// lowered blocksizes and sizes around its tile: symmetric packing with that
/// table's packers, diagonal tiles of the rank-k updates, the GEMM calls of
/// the triangular recursion.
fn all_tables<T: TestScalar>() {
    let mut rng = Rng::new(808);
    for arch in Arch::runnable() {
        let env = Env::<T>::table(arch);
        let (mr, nr) = (env.kern.mr, env.kern.nr);
        for &(m, n) in &[(mr + 1, nr.max(2) - 1), (2 * mr + 3, 2 * nr + 1), (nr + 2, 3 * mr - 1)] {
            for herm in [false, true] {
                for side in SIDES {
                    for uplo in UPLOS {
                        let (alpha, beta) = (T::random(&mut rng), T::random(&mut rng));
                        symm_case(&mut rng, &env, &env.vias, herm, side, uplo, m, n, alpha, beta, 0.75);
                    }
                }
            }
        }
        for (i, &n) in [nr + 1, 2 * mr + 3].iter().enumerate() {
            for kind in RKS {
                for uplo in UPLOS {
                    for &trans in kind.trans::<T>() {
                        let (alpha, beta) = (T::random(&mut rng), T::random(&mut rng));
                        let k = [5, 19][i];
                        rank_k_case(&mut rng, &env, &env.vias, kind, uplo, trans, n, k, alpha, beta, 0.75);
                    }
                }
            }
        }
        for op in OPS {
            for (side, m, n) in [(Side::Left, 41, nr + 1), (Side::Right, mr + 1, 41)] {
                for uplo in UPLOS {
                    for trans in TRANS {
                        let diag = DIAGS[rng.below(2)];
                        let alpha = T::random(&mut rng);
                        tri_case(&mut rng, &env, &env.vias, op, side, uplo, trans, diag, m, n, alpha);
                    }
                }
            }
        }
    }
}

/// One, two and three threads (and the default count) give bit-identical
/// results, for sizes that are split over threads.
fn threads_bit_identical<T: TestScalar>() {
    let n = THREAD_N;
    let kern = T::kernels().gemm;
    let mut rng = Rng::new(909);
    let a = Mat::<T>::random(&mut rng, n, n, 1, false);
    let b = Mat::<T>::random(&mut rng, n, n, 0, false);
    let c0 = Mat::<T>::random(&mut rng, n, n, 2, false);
    // A well-conditioned triangle (both triangles filled, each used in turn).
    let mut t = Mat::<T>::random(&mut rng, n, n, 0, true);
    t.fill(|i, j| i != j, |_, _| T::random(&mut rng) * T::from_f64s(1.0 / n as f64, 0.0));
    t.fill(|i, j| i == j, |_, _| good_diag(&mut rng));
    let (alpha, beta) = (T::random(&mut rng), T::random(&mut rng));
    let (av, bv, tv) = (a.view(), b.view(), t.view());
    type Call<'a, T> = Box<dyn Fn(&GemmOptions, MatMut<'_, T>) + 'a>;
    let k = &kern;
    let calls: Vec<(&str, Call<T>)> = vec![
        (
            "symm L U",
            Box::new(move |o, c| level3::symm_with(k, o, false, Side::Left, Uplo::Upper, alpha, av, bv, beta, c)),
        ),
        (
            "hemm R L",
            Box::new(move |o, c| level3::symm_with(k, o, true, Side::Right, Uplo::Lower, alpha, av, bv, beta, c)),
        ),
        ("syrk U N", Box::new(move |o, c| level3::syrk_with(k, o, Uplo::Upper, Trans::No, alpha, av, beta, c))),
        ("syrk L T", Box::new(move |o, c| level3::syrk_with(k, o, Uplo::Lower, Trans::Trans, alpha, av, beta, c))),
        (
            "herk L C",
            Box::new(move |o, c| level3::herk_with(k, o, Uplo::Lower, Trans::ConjTrans, alpha.re(), av, beta.re(), c)),
        ),
        (
            "syr2k L N",
            Box::new(move |o, c| level3::syr2k_with(k, o, false, Uplo::Lower, Trans::No, alpha, av, bv, beta, c)),
        ),
        (
            "her2k U C",
            Box::new(move |o, c| {
                let beta = T::from_real(beta.re());
                level3::syr2k_with(k, o, true, Uplo::Upper, Trans::ConjTrans, alpha, av, bv, beta, c)
            }),
        ),
        (
            "trsm L L N N",
            Box::new(move |o, c| {
                level3::triangular_with(
                    k,
                    o,
                    Op::Solve,
                    Side::Left,
                    Uplo::Lower,
                    Trans::No,
                    Diag::NonUnit,
                    alpha,
                    tv,
                    c,
                )
            }),
        ),
        (
            "trsm R U C U",
            Box::new(move |o, c| {
                level3::triangular_with(
                    k,
                    o,
                    Op::Solve,
                    Side::Right,
                    Uplo::Upper,
                    Trans::ConjTrans,
                    Diag::Unit,
                    alpha,
                    tv,
                    c,
                )
            }),
        ),
        (
            "trmm L U T N",
            Box::new(move |o, c| {
                level3::triangular_with(
                    k,
                    o,
                    Op::Multiply,
                    Side::Left,
                    Uplo::Upper,
                    Trans::Trans,
                    Diag::NonUnit,
                    alpha,
                    tv,
                    c,
                )
            }),
        ),
        (
            "trmm R L N U",
            Box::new(move |o, c| {
                level3::triangular_with(
                    k,
                    o,
                    Op::Multiply,
                    Side::Right,
                    Uplo::Lower,
                    Trans::No,
                    Diag::Unit,
                    alpha,
                    tv,
                    c,
                )
            }),
        ),
    ];
    for (name, call) in &calls {
        let run = |nthreads: Option<usize>| {
            let mut c = c0.clone();
            call(&GemmOptions { blocking: None, nthreads, small: SmallPath::Auto }, c.view_mut());
            c.buf
        };
        let one = run(Some(1));
        for nt in [Some(2), Some(3), None] {
            let other = run(nt);
            for (idx, (x, y)) in one.iter().zip(&other).enumerate() {
                assert!(
                    x.bits() == y.bits(),
                    "{} {name} n={n}: 1 thread and {nt:?} differ at buffer element {idx}: {x:?} vs {y:?}",
                    T::NAME
                );
            }
        }
        assert!(one.iter().all(|x| !x.is_nan() || x.bits() == T::guard().bits()), "{} {name}: NaN result", T::NAME);
    }
}

/// For real types HEMM, HERK and HER2K are SYMM, SYRK and SYR2K: bit-identical results.
fn real_hermitian_is_symmetric<T: TestScalar>() {
    let mut rng = Rng::new(1010);
    for &(m, n, k) in &[(1, 1, 1), (9, 17, 5), (33, 40, 70), (100, 65, 31)] {
        let a = Mat::<T>::random(&mut rng, m.max(n), m.max(n), 1, false);
        let b = Mat::<T>::random(&mut rng, m, n, 0, false);
        let ak = Mat::<T>::random(&mut rng, n, k, 2, false);
        let bk = Mat::<T>::random(&mut rng, n, k, 2, false);
        let (alpha, beta) = (T::random(&mut rng), T::random(&mut rng));
        for uplo in UPLOS {
            for side in SIDES {
                let ka = if side == Side::Left { m } else { n };
                let av = a.view().submatrix(0, 0, ka, ka);
                let mut c1 = Mat::<T>::random(&mut rng, m, n, 1, false);
                let mut c2 = c1.clone();
                level3::symm(side, uplo, alpha, av, b.view(), beta, c1.view_mut());
                level3::hemm(side, uplo, alpha, av, b.view(), beta, c2.view_mut());
                let same = c1.buf.iter().zip(&c2.buf).all(|(x, y)| x.bits() == y.bits());
                assert!(same, "{} hemm != symm {side:?} {uplo:?} m={m} n={n}", T::NAME);
            }
            for trans in TRANS {
                let av = if trans == Trans::No { ak.view() } else { ak.view().transpose() };
                let bv = if trans == Trans::No { bk.view() } else { bk.view().transpose() };
                let mut c1 = Mat::<T>::random(&mut rng, n, n, 1, false);
                let mut c2 = c1.clone();
                level3::syrk(uplo, trans, alpha, av, beta, c1.view_mut());
                level3::herk(uplo, trans, alpha.re(), av, beta.re(), c2.view_mut());
                let same = c1.buf.iter().zip(&c2.buf).all(|(x, y)| x.bits() == y.bits());
                assert!(same, "{} herk != syrk {uplo:?} {trans:?} n={n} k={k}", T::NAME);
                let mut c1 = Mat::<T>::random(&mut rng, n, n, 1, false);
                let mut c2 = c1.clone();
                level3::syr2k(uplo, trans, alpha, av, bv, beta, c1.view_mut());
                level3::her2k(uplo, trans, alpha, av, bv, beta.re(), c2.view_mut());
                let same = c1.buf.iter().zip(&c2.buf).all(|(x, y)| x.bits() == y.bits());
                assert!(same, "{} her2k != syr2k {uplo:?} {trans:?} n={n} k={k}", T::NAME);
            }
        }
    }
}

ferroblas_tests::for_each_real! {
    real_hermitian => real_hermitian_is_symmetric;
}

ferroblas_tests::for_each_type! {
    symm_all => symm_sweep;
    rank_k_all => rank_k_sweep;
    trmm_all => trmm_sweep;
    trsm_all => trsm_sweep;
    big => big_sizes;
    special => special_values;
    tables => all_tables;
    threads => threads_bit_identical;
}

/// Complex types only (the imaginary parts these check do not exist for real ones).
macro_rules! for_each_complex {
    ($($name:ident => $body:ident;)*) => {$(
        mod $name {
            #[test]
            fn c() {
                super::$body::<super::c32>()
            }
            #[test]
            fn z() {
                super::$body::<super::c64>()
            }
        }
    )*};
}

for_each_complex! {
    hemm_diag_im_nan => hemm_nan_diagonal;
    herk_diag_im_nan => herk_nan_diagonal;
}
