//! Shared machinery of the Level-2 tests: matrices in every storage the
//! routines take (dense with padding, band, packed; column- or row-major)
//! with guard NaNs in every element a routine must not touch, the logical
//! matrix they mean (general, triangular, Hermitian) for the references, and
//! the Fortran and CBLAS entry points of each scalar type behind one
//! signature.

#![allow(dead_code)]

pub use ferroblas::{Diag, MatMut, MatRef, Uplo};
pub use ferroblas_kernels::level2::{Layout, Op};
pub use ferroblas_tests::*;
use std::ffi::c_void;

/// Which elements of the matrix a routine reads, and what they mean.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Shape {
    /// Every stored element.
    General,
    /// The `uplo` triangle; the diagonal is not read for `Unit`.
    Tri(Uplo, Diag),
    /// The `uplo` triangle of a Hermitian (symmetric) matrix; only the real
    /// part of the diagonal counts.
    Herm(Uplo),
}

/// How the matrix is stored.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Store {
    /// Dense with leading dimension `ld` (distance between columns, or rows
    /// when row-major).
    Dense { ld: usize },
    /// Band with `kl` sub- and `ku` superdiagonals, `ld` per stored column (row).
    Band { kl: usize, ku: usize, ld: usize },
    /// Packed triangle (the shape's `uplo`).
    Packed,
}

/// A matrix argument inside a guarded buffer.
#[derive(Clone, Debug)]
pub struct Mat<T> {
    pub m: usize,
    pub n: usize,
    pub shape: Shape,
    pub store: Store,
    pub layout: Layout,
    buf: Vec<T>,
    orig: Vec<T>,
}

impl<T: TestScalar> Mat<T> {
    /// Elements of the storage (without the guards around it).
    pub fn storage_len(m: usize, n: usize, store: Store, layout: Layout) -> usize {
        let lines = if layout == Layout::ColMajor { n } else { m };
        match store {
            Store::Dense { ld } | Store::Band { ld, .. } => ld * lines,
            Store::Packed => n * (n + 1) / 2,
        }
    }

    /// Storage index of `(i, j)`, if the storage has a place for it.
    pub fn pos(&self, i: usize, j: usize) -> Option<usize> {
        let row_major = self.layout == Layout::RowMajor;
        match self.store {
            Store::Dense { ld } => Some(if row_major { i * ld + j } else { i + j * ld }),
            Store::Band { kl, ku, ld } => {
                if i + ku < j || i > j + kl {
                    None
                } else if row_major {
                    Some(i * ld + kl + j - i)
                } else {
                    Some(ku + i - j + j * ld)
                }
            }
            Store::Packed => {
                let n = self.n;
                let upper = self.uplo() == Uplo::Upper;
                if upper != (i <= j) && i != j {
                    return None;
                }
                // Row-major packing of one triangle is column-major packing
                // of the other triangle of the transpose.
                let (r, c, up) = if row_major { (j, i, !upper) } else { (i, j, upper) };
                Some(if up { r + c * (c + 1) / 2 } else { r - c + c * (2 * n - c + 1) / 2 })
            }
        }
    }

    /// The triangle of a triangular or Hermitian shape.
    pub fn uplo(&self) -> Uplo {
        match self.shape {
            Shape::Tri(u, _) | Shape::Herm(u) => u,
            Shape::General => panic!("a general matrix has no triangle"),
        }
    }

    /// Whether the routine reads (or writes) element `(i, j)`.
    pub fn referenced(&self, i: usize, j: usize) -> bool {
        if self.pos(i, j).is_none() {
            return false;
        }
        let in_tri = |u: Uplo| if u == Uplo::Upper { i <= j } else { i >= j };
        match self.shape {
            Shape::General => true,
            Shape::Tri(u, d) => in_tri(u) && !(i == j && d == Diag::Unit),
            Shape::Herm(u) => in_tri(u),
        }
    }

    /// A random matrix: triangular ones well conditioned (diagonal magnitudes
    /// in `[1, 2]`, off-diagonal entries scaled by `1/n`), Hermitian ones with
    /// a nonzero imaginary part on the diagonal (which must be ignored), and
    /// guard NaNs in every element the routine must not touch.
    pub fn random(rng: &mut Rng, m: usize, n: usize, shape: Shape, store: Store, layout: Layout) -> Self {
        let len = Self::storage_len(m, n, store, layout);
        let buf = vec![T::guard(); len + 2 * PAD];
        let mut a = Mat { m, n, shape, store, layout, orig: Vec::new(), buf };
        let off_scale = if matches!(shape, Shape::Tri(..)) { 1.0 / n.max(1) as f64 } else { 1.0 };
        for j in 0..n {
            for i in 0..m {
                if !a.referenced(i, j) {
                    continue;
                }
                let v = if i == j && matches!(shape, Shape::Tri(..)) {
                    T::from_f64s(rng.range(1.0, 2.0) * rng.sign(), rng.sym())
                } else {
                    random_scaled::<T>(rng, off_scale)
                };
                let p = PAD + a.pos(i, j).unwrap();
                a.buf[p] = v;
            }
        }
        a.orig = a.buf.clone();
        a
    }

    /// The stored element `(i, j)`.
    pub fn stored(&self, i: usize, j: usize) -> T {
        self.buf[PAD + self.pos(i, j).expect("element not stored")]
    }

    /// The stored element `(i, j)` as the routine saw it before the call.
    pub fn stored_orig(&self, i: usize, j: usize) -> T {
        self.orig[PAD + self.pos(i, j).expect("element not stored")]
    }

    /// The `m x n` matrix the storage means (column-major, wide), from the
    /// values before the call.
    pub fn logical(&self) -> Vec<c64> {
        let (m, n) = (self.m, self.n);
        let mut out = vec![c64::new(0.0, 0.0); m * n];
        for j in 0..n {
            for i in 0..m {
                let v = match self.shape {
                    Shape::General => {
                        if self.pos(i, j).is_some() {
                            self.stored_orig(i, j).to_c64()
                        } else {
                            c64::new(0.0, 0.0)
                        }
                    }
                    Shape::Tri(u, d) => {
                        let in_tri = if u == Uplo::Upper { i <= j } else { i >= j };
                        if i == j && d == Diag::Unit {
                            c64::new(1.0, 0.0)
                        } else if in_tri && self.pos(i, j).is_some() {
                            self.stored_orig(i, j).to_c64()
                        } else {
                            c64::new(0.0, 0.0)
                        }
                    }
                    Shape::Herm(u) => {
                        let in_tri = if u == Uplo::Upper { i <= j } else { i >= j };
                        if i == j {
                            c64::new(self.stored_orig(i, i).to_c64().re, 0.0)
                        } else if in_tri {
                            self.pos(i, j).map_or(c64::new(0.0, 0.0), |_| self.stored_orig(i, j).to_c64())
                        } else {
                            self.pos(j, i).map_or(c64::new(0.0, 0.0), |_| self.stored_orig(j, i).to_c64().conj())
                        }
                    }
                };
                out[i + j * m] = v;
            }
        }
        out
    }

    /// The storage, as the band and packed routines take it.
    pub fn storage(&self) -> &[T] {
        let len = self.buf.len() - 2 * PAD;
        &self.buf[PAD..PAD + len]
    }

    /// Mutable [`Mat::storage`].
    pub fn storage_mut(&mut self) -> &mut [T] {
        let len = self.buf.len() - 2 * PAD;
        &mut self.buf[PAD..PAD + len]
    }

    /// The leading dimension the ABI takes.
    pub fn ld(&self) -> usize {
        match self.store {
            Store::Dense { ld } | Store::Band { ld, .. } => ld,
            Store::Packed => 1,
        }
    }

    /// A dense matrix as a strided view (row-major: strides swapped).
    pub fn view(&self) -> MatRef<'_, T> {
        let ld = self.ld() as isize;
        let p = self.buf[PAD..].as_ptr();
        // SAFETY: every element of the `m x n` view lies in the storage.
        unsafe {
            match self.layout {
                Layout::ColMajor => MatRef::from_raw_parts(p, self.m, self.n, 1, ld),
                Layout::RowMajor => MatRef::from_raw_parts(p, self.m, self.n, ld, 1),
            }
        }
    }

    /// Mutable [`Mat::view`].
    pub fn view_mut(&mut self) -> MatMut<'_, T> {
        let ld = self.ld() as isize;
        let (m, n, layout) = (self.m, self.n, self.layout);
        let p = self.buf[PAD..].as_mut_ptr();
        // SAFETY: every element of the view lies in the storage, each once.
        unsafe {
            match layout {
                Layout::ColMajor => MatMut::from_raw_parts(p, m, n, 1, ld),
                Layout::RowMajor => MatMut::from_raw_parts(p, m, n, ld, 1),
            }
        }
    }

    /// The storage's first element, as the ABI takes it.
    pub fn ptr(&self) -> *const T {
        self.buf[PAD..].as_ptr()
    }

    /// Mutable [`Mat::ptr`].
    pub fn mut_ptr(&mut self) -> *mut T {
        self.buf[PAD..].as_mut_ptr()
    }

    /// Asserts every element the routine must not touch is bit-identical to
    /// what it was.
    #[track_caller]
    pub fn check_guards(&self, ctx: impl Fn() -> String) {
        let mut touched = vec![false; self.buf.len()];
        for j in 0..self.n {
            for i in 0..self.m {
                if self.referenced(i, j) {
                    touched[PAD + self.pos(i, j).unwrap()] = true;
                }
            }
        }
        for (k, (a, b)) in self.buf.iter().zip(&self.orig).enumerate() {
            if !touched[k] && a.bits() != b.bits() {
                panic!("{} [{}]: unreferenced matrix storage {k} overwritten with {:?}", ctx(), T::NAME, a);
            }
        }
    }

    /// Asserts the whole buffer is bit-identical to what it was.
    #[track_caller]
    pub fn check_unchanged(&self, ctx: impl Fn() -> String) {
        for (k, (a, b)) in self.buf.iter().zip(&self.orig).enumerate() {
            if a.bits() != b.bits() {
                panic!("{} [{}]: matrix storage {k} changed from {:?} to {:?}", ctx(), T::NAME, b, a);
            }
        }
    }
}

/// `op(M)[i][j]` for an `m x n` column-major wide matrix `mat` (`op(M)` then
/// has `n` rows when transposed).
pub fn op_at(op: Op, mat: &[c64], m: usize, i: usize, j: usize) -> c64 {
    match op {
        Op::NoTrans => mat[i + j * m],
        Op::Conj => mat[i + j * m].conj(),
        Op::Trans => mat[j + i * m],
        Op::ConjTrans => mat[j + i * m].conj(),
    }
}

/// `op` with the conjugation dropped for real types (where it means nothing).
pub fn real_op<T: TestScalar>(op: Op) -> Op {
    match (T::IS_COMPLEX, op) {
        (false, Op::ConjTrans) => Op::Trans,
        (false, Op::Conj) => Op::NoTrans,
        _ => op,
    }
}

/// `(alpha * op(M) x + beta * y, bound)` per row, with the magnitude the
/// rounding error is proportional to; `beta = 0` ignores `y`.
#[allow(clippy::too_many_arguments)]
pub fn ref_mv<T: TestScalar>(
    op: Op,
    mat: &[c64],
    m: usize,
    n: usize,
    alpha: c64,
    x: &[c64],
    beta: c64,
    y: &[c64],
) -> Vec<(c64, f64)> {
    let op = real_op::<T>(op);
    let (rows, cols) = if op == Op::Trans || op == Op::ConjTrans { (n, m) } else { (m, n) };
    (0..rows)
        .map(|i| {
            let (mut s, mut mg) = (c64::new(0.0, 0.0), 0.0);
            for (j, &xj) in x.iter().enumerate().take(cols) {
                let a = op_at(op, mat, m, i, j);
                s += a * xj;
                mg += mag(a) * mag(xj);
            }
            let by = if beta == c64::new(0.0, 0.0) { c64::new(0.0, 0.0) } else { beta * y[i] };
            let byg = if beta == c64::new(0.0, 0.0) { 0.0 } else { mag(beta) * mag(y[i]) };
            (alpha * s + by, mag(alpha) * mg + byg)
        })
        .collect()
}

/// The solution of `op(M) z = b` by substitution in wide arithmetic, for a
/// triangular `n x n` `mat` (zero outside its triangle).
pub fn ref_solve<T: TestScalar>(op: Op, mat: &[c64], n: usize, b: &[c64]) -> Vec<c64> {
    let op = real_op::<T>(op);
    let at = |i: usize, j: usize| op_at(op, mat, n, i, j);
    // op(M) is lower triangular when its (0, n-1) part is empty.
    let lower = (0..n).all(|i| (i + 1..n).all(|j| at(i, j) == c64::new(0.0, 0.0)));
    let mut z = b.to_vec();
    let order: Vec<usize> = if lower { (0..n).collect() } else { (0..n).rev().collect() };
    for &i in &order {
        let mut s = z[i];
        for (j, &zj) in z.iter().enumerate() {
            if j != i && ((lower && j < i) || (!lower && j > i)) {
                s -= at(i, j) * zj;
            }
        }
        z[i] = s / at(i, i);
    }
    z
}

/// Which interface a call goes through.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Path {
    /// The safe Rust API (`ferroblas_kernels::level2`).
    Api,
    /// The Fortran ABI (`dgemv_`, ...).
    Fortran,
    /// CBLAS (`cblas_dgemv`, ...).
    Cblas,
}

/// Every path; Fortran only takes column-major operands.
pub fn paths(layout: Layout) -> &'static [Path] {
    match layout {
        Layout::ColMajor => &[Path::Api, Path::Fortran, Path::Cblas],
        Layout::RowMajor => &[Path::Api, Path::Cblas],
    }
}

/// The Fortran character of an operator (only `N`, `T`, `C` exist there).
pub fn op_char(op: Op) -> u8 {
    match op {
        Op::NoTrans => b'N',
        Op::Trans => b'T',
        Op::ConjTrans => b'C',
        Op::Conj => panic!("conj(A) has no Fortran form"),
    }
}

/// CBLAS enum values.
pub fn cblas_layout(l: Layout) -> i32 {
    match l {
        Layout::RowMajor => 101,
        Layout::ColMajor => 102,
    }
}
/// CBLAS `CBLAS_TRANSPOSE`.
pub fn cblas_trans(op: Op) -> i32 {
    match op {
        Op::NoTrans => 111,
        Op::Trans => 112,
        Op::ConjTrans => 113,
        Op::Conj => panic!("conj(A) has no CBLAS form"),
    }
}
/// CBLAS `CBLAS_UPLO`.
pub fn cblas_uplo(u: Uplo) -> i32 {
    match u {
        Uplo::Upper => 121,
        Uplo::Lower => 122,
    }
}
/// CBLAS `CBLAS_DIAG`.
pub fn cblas_diag(d: Diag) -> i32 {
    match d {
        Diag::NonUnit => 131,
        Diag::Unit => 132,
    }
}
/// Fortran `UPLO` character.
pub fn uplo_char(u: Uplo) -> u8 {
    match u {
        Uplo::Upper => b'U',
        Uplo::Lower => b'L',
    }
}
/// Fortran `DIAG` character.
pub fn diag_char(d: Diag) -> u8 {
    match d {
        Diag::NonUnit => b'N',
        Diag::Unit => b'U',
    }
}

/// The Level-2 entry points of one scalar type behind one signature each:
/// `f_*` the Fortran symbol (`c_*`-free arguments by reference inside),
/// `c_*` the CBLAS one. Symmetric names for real types, Hermitian for
/// complex; `geru`/`gerc` are both `?ger` for real types.
///
/// # Safety (every method)
/// Pointers valid for what the arguments declare, as the ABI requires.
#[allow(clippy::too_many_arguments)]
pub trait Abi: TestScalar {
    /// The routine-name prefix letter, upper case.
    const P: char;
    unsafe fn f_gemv(
        t: u8,
        m: i32,
        n: i32,
        al: Self,
        a: *const Self,
        lda: i32,
        x: *const Self,
        incx: i32,
        be: Self,
        y: *mut Self,
        incy: i32,
    );
    unsafe fn c_gemv(
        l: i32,
        t: i32,
        m: i32,
        n: i32,
        al: Self,
        a: *const Self,
        lda: i32,
        x: *const Self,
        incx: i32,
        be: Self,
        y: *mut Self,
        incy: i32,
    );
    unsafe fn f_gbmv(
        t: u8,
        m: i32,
        n: i32,
        kl: i32,
        ku: i32,
        al: Self,
        a: *const Self,
        lda: i32,
        x: *const Self,
        incx: i32,
        be: Self,
        y: *mut Self,
        incy: i32,
    );
    unsafe fn c_gbmv(
        l: i32,
        t: i32,
        m: i32,
        n: i32,
        kl: i32,
        ku: i32,
        al: Self,
        a: *const Self,
        lda: i32,
        x: *const Self,
        incx: i32,
        be: Self,
        y: *mut Self,
        incy: i32,
    );
    unsafe fn f_trxv(solve: bool, u: u8, t: u8, d: u8, n: i32, a: *const Self, lda: i32, x: *mut Self, incx: i32);
    unsafe fn c_trxv(
        solve: bool,
        l: i32,
        u: i32,
        t: i32,
        d: i32,
        n: i32,
        a: *const Self,
        lda: i32,
        x: *mut Self,
        incx: i32,
    );
    unsafe fn f_tbxv(
        solve: bool,
        u: u8,
        t: u8,
        d: u8,
        n: i32,
        k: i32,
        a: *const Self,
        lda: i32,
        x: *mut Self,
        incx: i32,
    );
    unsafe fn c_tbxv(
        solve: bool,
        l: i32,
        u: i32,
        t: i32,
        d: i32,
        n: i32,
        k: i32,
        a: *const Self,
        lda: i32,
        x: *mut Self,
        incx: i32,
    );
    unsafe fn f_tpxv(solve: bool, u: u8, t: u8, d: u8, n: i32, ap: *const Self, x: *mut Self, incx: i32);
    unsafe fn c_tpxv(solve: bool, l: i32, u: i32, t: i32, d: i32, n: i32, ap: *const Self, x: *mut Self, incx: i32);
    unsafe fn f_hemv(
        u: u8,
        n: i32,
        al: Self,
        a: *const Self,
        lda: i32,
        x: *const Self,
        incx: i32,
        be: Self,
        y: *mut Self,
        incy: i32,
    );
    unsafe fn c_hemv(
        l: i32,
        u: i32,
        n: i32,
        al: Self,
        a: *const Self,
        lda: i32,
        x: *const Self,
        incx: i32,
        be: Self,
        y: *mut Self,
        incy: i32,
    );
    unsafe fn f_hbmv(
        u: u8,
        n: i32,
        k: i32,
        al: Self,
        a: *const Self,
        lda: i32,
        x: *const Self,
        incx: i32,
        be: Self,
        y: *mut Self,
        incy: i32,
    );
    unsafe fn c_hbmv(
        l: i32,
        u: i32,
        n: i32,
        k: i32,
        al: Self,
        a: *const Self,
        lda: i32,
        x: *const Self,
        incx: i32,
        be: Self,
        y: *mut Self,
        incy: i32,
    );
    unsafe fn f_hpmv(
        u: u8,
        n: i32,
        al: Self,
        ap: *const Self,
        x: *const Self,
        incx: i32,
        be: Self,
        y: *mut Self,
        incy: i32,
    );
    unsafe fn c_hpmv(
        l: i32,
        u: i32,
        n: i32,
        al: Self,
        ap: *const Self,
        x: *const Self,
        incx: i32,
        be: Self,
        y: *mut Self,
        incy: i32,
    );
    unsafe fn f_her(u: u8, n: i32, al: Self::Real, x: *const Self, incx: i32, a: *mut Self, lda: i32);
    unsafe fn c_her(l: i32, u: i32, n: i32, al: Self::Real, x: *const Self, incx: i32, a: *mut Self, lda: i32);
    unsafe fn f_hpr(u: u8, n: i32, al: Self::Real, x: *const Self, incx: i32, ap: *mut Self);
    unsafe fn c_hpr(l: i32, u: i32, n: i32, al: Self::Real, x: *const Self, incx: i32, ap: *mut Self);
    unsafe fn f_her2(
        u: u8,
        n: i32,
        al: Self,
        x: *const Self,
        incx: i32,
        y: *const Self,
        incy: i32,
        a: *mut Self,
        lda: i32,
    );
    unsafe fn c_her2(
        l: i32,
        u: i32,
        n: i32,
        al: Self,
        x: *const Self,
        incx: i32,
        y: *const Self,
        incy: i32,
        a: *mut Self,
        lda: i32,
    );
    unsafe fn f_hpr2(u: u8, n: i32, al: Self, x: *const Self, incx: i32, y: *const Self, incy: i32, ap: *mut Self);
    unsafe fn c_hpr2(
        l: i32,
        u: i32,
        n: i32,
        al: Self,
        x: *const Self,
        incx: i32,
        y: *const Self,
        incy: i32,
        ap: *mut Self,
    );
    unsafe fn f_ger(
        conj: bool,
        m: i32,
        n: i32,
        al: Self,
        x: *const Self,
        incx: i32,
        y: *const Self,
        incy: i32,
        a: *mut Self,
        lda: i32,
    );
    unsafe fn c_ger(
        conj: bool,
        l: i32,
        m: i32,
        n: i32,
        al: Self,
        x: *const Self,
        incx: i32,
        y: *const Self,
        incy: i32,
        a: *mut Self,
        lda: i32,
    );
}

/// A real scalar as CBLAS takes it: by value.
fn sv_real<T: Copy>(a: &T) -> T {
    *a
}

/// A complex scalar as CBLAS takes it: by pointer.
fn sv_cplx<T>(a: &T) -> *const c_void {
    a as *const T as *const c_void
}

macro_rules! impl_abi {
    ($t:ty, $p:literal, $sv:ident;
     $gemv:ident $gbmv:ident $trmv:ident $tbmv:ident $tpmv:ident $trsv:ident $tbsv:ident $tpsv:ident
     $hemv:ident $hbmv:ident $hpmv:ident $her:ident $hpr:ident $her2:ident $hpr2:ident $geru:ident $gerc:ident;
     $cgemv:ident $cgbmv:ident $ctrmv:ident $ctbmv:ident $ctpmv:ident $ctrsv:ident $ctbsv:ident $ctpsv:ident
     $chemv:ident $chbmv:ident $chpmv:ident $cher:ident $chpr:ident $cher2:ident $chpr2:ident $cgeru:ident $cgerc:ident) => {
        #[allow(clippy::too_many_arguments)]
        impl Abi for $t {
            const P: char = $p;
            unsafe fn f_gemv(
                t: u8,
                m: i32,
                n: i32,
                al: $t,
                a: *const $t,
                lda: i32,
                x: *const $t,
                incx: i32,
                be: $t,
                y: *mut $t,
                incy: i32,
            ) {
                // SAFETY: the caller's pointers match the arguments (every method below likewise).
                unsafe { b2::$gemv(&t as *const u8 as _, &m, &n, &al, a, &lda, x, &incx, &be, y, &incy, 1) }
            }
            unsafe fn c_gemv(
                l: i32,
                t: i32,
                m: i32,
                n: i32,
                al: $t,
                a: *const $t,
                lda: i32,
                x: *const $t,
                incx: i32,
                be: $t,
                y: *mut $t,
                incy: i32,
            ) {
                // SAFETY: as above.
                unsafe { c2::$cgemv(l, t, m, n, $sv(&al), a.cast(), lda, x.cast(), incx, $sv(&be), y.cast(), incy) }
            }
            unsafe fn f_gbmv(
                t: u8,
                m: i32,
                n: i32,
                kl: i32,
                ku: i32,
                al: $t,
                a: *const $t,
                lda: i32,
                x: *const $t,
                incx: i32,
                be: $t,
                y: *mut $t,
                incy: i32,
            ) {
                // SAFETY: as above.
                unsafe { b2::$gbmv(&t as *const u8 as _, &m, &n, &kl, &ku, &al, a, &lda, x, &incx, &be, y, &incy, 1) }
            }
            unsafe fn c_gbmv(
                l: i32,
                t: i32,
                m: i32,
                n: i32,
                kl: i32,
                ku: i32,
                al: $t,
                a: *const $t,
                lda: i32,
                x: *const $t,
                incx: i32,
                be: $t,
                y: *mut $t,
                incy: i32,
            ) {
                // SAFETY: as above.
                unsafe {
                    c2::$cgbmv(l, t, m, n, kl, ku, $sv(&al), a.cast(), lda, x.cast(), incx, $sv(&be), y.cast(), incy)
                }
            }
            unsafe fn f_trxv(solve: bool, u: u8, t: u8, d: u8, n: i32, a: *const $t, lda: i32, x: *mut $t, incx: i32) {
                let (u, t, d) = (&u as *const u8 as _, &t as *const u8 as _, &d as *const u8 as _);
                // SAFETY: as above.
                unsafe {
                    if solve {
                        b2::$trsv(u, t, d, &n, a, &lda, x, &incx, 1, 1, 1)
                    } else {
                        b2::$trmv(u, t, d, &n, a, &lda, x, &incx, 1, 1, 1)
                    }
                }
            }
            unsafe fn c_trxv(
                solve: bool,
                l: i32,
                u: i32,
                t: i32,
                d: i32,
                n: i32,
                a: *const $t,
                lda: i32,
                x: *mut $t,
                incx: i32,
            ) {
                // SAFETY: as above.
                unsafe {
                    if solve {
                        c2::$ctrsv(l, u, t, d, n, a.cast(), lda, x.cast(), incx)
                    } else {
                        c2::$ctrmv(l, u, t, d, n, a.cast(), lda, x.cast(), incx)
                    }
                }
            }
            unsafe fn f_tbxv(
                solve: bool,
                u: u8,
                t: u8,
                d: u8,
                n: i32,
                k: i32,
                a: *const $t,
                lda: i32,
                x: *mut $t,
                incx: i32,
            ) {
                let (u, t, d) = (&u as *const u8 as _, &t as *const u8 as _, &d as *const u8 as _);
                // SAFETY: as above.
                unsafe {
                    if solve {
                        b2::$tbsv(u, t, d, &n, &k, a, &lda, x, &incx, 1, 1, 1)
                    } else {
                        b2::$tbmv(u, t, d, &n, &k, a, &lda, x, &incx, 1, 1, 1)
                    }
                }
            }
            unsafe fn c_tbxv(
                solve: bool,
                l: i32,
                u: i32,
                t: i32,
                d: i32,
                n: i32,
                k: i32,
                a: *const $t,
                lda: i32,
                x: *mut $t,
                incx: i32,
            ) {
                // SAFETY: as above.
                unsafe {
                    if solve {
                        c2::$ctbsv(l, u, t, d, n, k, a.cast(), lda, x.cast(), incx)
                    } else {
                        c2::$ctbmv(l, u, t, d, n, k, a.cast(), lda, x.cast(), incx)
                    }
                }
            }
            unsafe fn f_tpxv(solve: bool, u: u8, t: u8, d: u8, n: i32, ap: *const $t, x: *mut $t, incx: i32) {
                let (u, t, d) = (&u as *const u8 as _, &t as *const u8 as _, &d as *const u8 as _);
                // SAFETY: as above.
                unsafe {
                    if solve {
                        b2::$tpsv(u, t, d, &n, ap, x, &incx, 1, 1, 1)
                    } else {
                        b2::$tpmv(u, t, d, &n, ap, x, &incx, 1, 1, 1)
                    }
                }
            }
            unsafe fn c_tpxv(
                solve: bool,
                l: i32,
                u: i32,
                t: i32,
                d: i32,
                n: i32,
                ap: *const $t,
                x: *mut $t,
                incx: i32,
            ) {
                // SAFETY: as above.
                unsafe {
                    if solve {
                        c2::$ctpsv(l, u, t, d, n, ap.cast(), x.cast(), incx)
                    } else {
                        c2::$ctpmv(l, u, t, d, n, ap.cast(), x.cast(), incx)
                    }
                }
            }
            unsafe fn f_hemv(
                u: u8,
                n: i32,
                al: $t,
                a: *const $t,
                lda: i32,
                x: *const $t,
                incx: i32,
                be: $t,
                y: *mut $t,
                incy: i32,
            ) {
                // SAFETY: as above.
                unsafe { b2::$hemv(&u as *const u8 as _, &n, &al, a, &lda, x, &incx, &be, y, &incy, 1) }
            }
            unsafe fn c_hemv(
                l: i32,
                u: i32,
                n: i32,
                al: $t,
                a: *const $t,
                lda: i32,
                x: *const $t,
                incx: i32,
                be: $t,
                y: *mut $t,
                incy: i32,
            ) {
                // SAFETY: as above.
                unsafe { c2::$chemv(l, u, n, $sv(&al), a.cast(), lda, x.cast(), incx, $sv(&be), y.cast(), incy) }
            }
            unsafe fn f_hbmv(
                u: u8,
                n: i32,
                k: i32,
                al: $t,
                a: *const $t,
                lda: i32,
                x: *const $t,
                incx: i32,
                be: $t,
                y: *mut $t,
                incy: i32,
            ) {
                // SAFETY: as above.
                unsafe { b2::$hbmv(&u as *const u8 as _, &n, &k, &al, a, &lda, x, &incx, &be, y, &incy, 1) }
            }
            unsafe fn c_hbmv(
                l: i32,
                u: i32,
                n: i32,
                k: i32,
                al: $t,
                a: *const $t,
                lda: i32,
                x: *const $t,
                incx: i32,
                be: $t,
                y: *mut $t,
                incy: i32,
            ) {
                // SAFETY: as above.
                unsafe { c2::$chbmv(l, u, n, k, $sv(&al), a.cast(), lda, x.cast(), incx, $sv(&be), y.cast(), incy) }
            }
            unsafe fn f_hpmv(
                u: u8,
                n: i32,
                al: $t,
                ap: *const $t,
                x: *const $t,
                incx: i32,
                be: $t,
                y: *mut $t,
                incy: i32,
            ) {
                // SAFETY: as above.
                unsafe { b2::$hpmv(&u as *const u8 as _, &n, &al, ap, x, &incx, &be, y, &incy, 1) }
            }
            unsafe fn c_hpmv(
                l: i32,
                u: i32,
                n: i32,
                al: $t,
                ap: *const $t,
                x: *const $t,
                incx: i32,
                be: $t,
                y: *mut $t,
                incy: i32,
            ) {
                // SAFETY: as above.
                unsafe { c2::$chpmv(l, u, n, $sv(&al), ap.cast(), x.cast(), incx, $sv(&be), y.cast(), incy) }
            }
            unsafe fn f_her(u: u8, n: i32, al: <$t as Scalar>::Real, x: *const $t, incx: i32, a: *mut $t, lda: i32) {
                // SAFETY: as above.
                unsafe { b2::$her(&u as *const u8 as _, &n, &al, x, &incx, a, &lda, 1) }
            }
            unsafe fn c_her(
                l: i32,
                u: i32,
                n: i32,
                al: <$t as Scalar>::Real,
                x: *const $t,
                incx: i32,
                a: *mut $t,
                lda: i32,
            ) {
                // SAFETY: as above.
                unsafe { c2::$cher(l, u, n, al, x.cast(), incx, a.cast(), lda) }
            }
            unsafe fn f_hpr(u: u8, n: i32, al: <$t as Scalar>::Real, x: *const $t, incx: i32, ap: *mut $t) {
                // SAFETY: as above.
                unsafe { b2::$hpr(&u as *const u8 as _, &n, &al, x, &incx, ap, 1) }
            }
            unsafe fn c_hpr(l: i32, u: i32, n: i32, al: <$t as Scalar>::Real, x: *const $t, incx: i32, ap: *mut $t) {
                // SAFETY: as above.
                unsafe { c2::$chpr(l, u, n, al, x.cast(), incx, ap.cast()) }
            }
            unsafe fn f_her2(
                u: u8,
                n: i32,
                al: $t,
                x: *const $t,
                incx: i32,
                y: *const $t,
                incy: i32,
                a: *mut $t,
                lda: i32,
            ) {
                // SAFETY: as above.
                unsafe { b2::$her2(&u as *const u8 as _, &n, &al, x, &incx, y, &incy, a, &lda, 1) }
            }
            unsafe fn c_her2(
                l: i32,
                u: i32,
                n: i32,
                al: $t,
                x: *const $t,
                incx: i32,
                y: *const $t,
                incy: i32,
                a: *mut $t,
                lda: i32,
            ) {
                // SAFETY: as above.
                unsafe { c2::$cher2(l, u, n, $sv(&al), x.cast(), incx, y.cast(), incy, a.cast(), lda) }
            }
            unsafe fn f_hpr2(u: u8, n: i32, al: $t, x: *const $t, incx: i32, y: *const $t, incy: i32, ap: *mut $t) {
                // SAFETY: as above.
                unsafe { b2::$hpr2(&u as *const u8 as _, &n, &al, x, &incx, y, &incy, ap, 1) }
            }
            unsafe fn c_hpr2(
                l: i32,
                u: i32,
                n: i32,
                al: $t,
                x: *const $t,
                incx: i32,
                y: *const $t,
                incy: i32,
                ap: *mut $t,
            ) {
                // SAFETY: as above.
                unsafe { c2::$chpr2(l, u, n, $sv(&al), x.cast(), incx, y.cast(), incy, ap.cast()) }
            }
            unsafe fn f_ger(
                conj: bool,
                m: i32,
                n: i32,
                al: $t,
                x: *const $t,
                incx: i32,
                y: *const $t,
                incy: i32,
                a: *mut $t,
                lda: i32,
            ) {
                // SAFETY: as above.
                unsafe {
                    if conj {
                        b2::$gerc(&m, &n, &al, x, &incx, y, &incy, a, &lda)
                    } else {
                        b2::$geru(&m, &n, &al, x, &incx, y, &incy, a, &lda)
                    }
                }
            }
            unsafe fn c_ger(
                conj: bool,
                l: i32,
                m: i32,
                n: i32,
                al: $t,
                x: *const $t,
                incx: i32,
                y: *const $t,
                incy: i32,
                a: *mut $t,
                lda: i32,
            ) {
                // SAFETY: as above.
                unsafe {
                    if conj {
                        c2::$cgerc(l, m, n, $sv(&al), x.cast(), incx, y.cast(), incy, a.cast(), lda)
                    } else {
                        c2::$cgeru(l, m, n, $sv(&al), x.cast(), incx, y.cast(), incy, a.cast(), lda)
                    }
                }
            }
        }
    };
}

use ferroblas_capi::cblas2 as c2;
use ferroblas_capi::generated::fortran as b2;

impl_abi!(f32, 'S', sv_real;
    sgemv_ sgbmv_ strmv_ stbmv_ stpmv_ strsv_ stbsv_ stpsv_ ssymv_ ssbmv_ sspmv_ ssyr_ sspr_ ssyr2_ sspr2_ sger_ sger_;
    cblas_sgemv cblas_sgbmv cblas_strmv cblas_stbmv cblas_stpmv cblas_strsv cblas_stbsv cblas_stpsv
    cblas_ssymv cblas_ssbmv cblas_sspmv cblas_ssyr cblas_sspr cblas_ssyr2 cblas_sspr2 cblas_sger cblas_sger);
impl_abi!(f64, 'D', sv_real;
    dgemv_ dgbmv_ dtrmv_ dtbmv_ dtpmv_ dtrsv_ dtbsv_ dtpsv_ dsymv_ dsbmv_ dspmv_ dsyr_ dspr_ dsyr2_ dspr2_ dger_ dger_;
    cblas_dgemv cblas_dgbmv cblas_dtrmv cblas_dtbmv cblas_dtpmv cblas_dtrsv cblas_dtbsv cblas_dtpsv
    cblas_dsymv cblas_dsbmv cblas_dspmv cblas_dsyr cblas_dspr cblas_dsyr2 cblas_dspr2 cblas_dger cblas_dger);
impl_abi!(c32, 'C', sv_cplx;
    cgemv_ cgbmv_ ctrmv_ ctbmv_ ctpmv_ ctrsv_ ctbsv_ ctpsv_ chemv_ chbmv_ chpmv_ cher_ chpr_ cher2_ chpr2_ cgeru_ cgerc_;
    cblas_cgemv cblas_cgbmv cblas_ctrmv cblas_ctbmv cblas_ctpmv cblas_ctrsv cblas_ctbsv cblas_ctpsv
    cblas_chemv cblas_chbmv cblas_chpmv cblas_cher cblas_chpr cblas_cher2 cblas_chpr2 cblas_cgeru cblas_cgerc);
impl_abi!(c64, 'Z', sv_cplx;
    zgemv_ zgbmv_ ztrmv_ ztbmv_ ztpmv_ ztrsv_ ztbsv_ ztpsv_ zhemv_ zhbmv_ zhpmv_ zher_ zhpr_ zher2_ zhpr2_ zgeru_ zgerc_;
    cblas_zgemv cblas_zgbmv cblas_ztrmv cblas_ztbmv cblas_ztpmv cblas_ztrsv cblas_ztbsv cblas_ztpsv
    cblas_zhemv cblas_zhbmv cblas_zhpmv cblas_zher cblas_zhpr cblas_zher2 cblas_zhpr2 cblas_zgeru cblas_zgerc);

/// Instantiates `fn body<T: Abi>()` for the four scalar types.
#[macro_export]
macro_rules! for_each_abi_type {
    ($($name:ident => $body:ident;)*) => {$(
        mod $name {
            #[test]
            fn s() {
                super::$body::<f32>()
            }
            #[test]
            fn d() {
                super::$body::<f64>()
            }
            #[test]
            fn c() {
                super::$body::<ferroblas_tests::c32>()
            }
            #[test]
            fn z() {
                super::$body::<ferroblas_tests::c64>()
            }
        }
    )*};
}
