//! Hand-written LAPACK entry points and glue: the routines whose arguments are
//! strings (`ilaenv_`, `lsamen_`, ...) or that take no arrays, and the small
//! conversions the spec's `call` lines use where the Fortran convention (1-based
//! pivots, integer seeds) differs from the Rust API.

use crate::guard::ffi_guard;
use crate::lapack_rt::{self as rt, AbiInt};
use ferroblas_kernels::aux;
use ferroblas_kernels::scalar::{c32, c64, RealScalar, Scalar};
use ferroblas_kernels::views::MatMut;
use std::ffi::c_char;

/// Reads a Fortran `CHARACTER*(*)` argument of `len` bytes, trailing blanks kept.
///
/// # Safety
/// `p` valid for `len` bytes (or null).
unsafe fn fstr(p: *const u8, len: usize) -> String {
    if p.is_null() {
        return String::new();
    }
    // SAFETY: forwarded contract.
    let b = unsafe { std::slice::from_raw_parts(p, len) };
    String::from_utf8_lossy(b).into_owned()
}

/// `?larnv` with the Fortran seed: an unknown distribution leaves `x` alone
/// but advances the seed as the reference does (it draws before it looks at
/// IDIST: one number per element, two for complex, in batches of 64 elements).
pub fn larnv<T: Scalar, I: AbiInt>(idist: i64, iseed: &mut [I], x: &mut [T]) {
    let mut seed = seed_in(iseed);
    match aux::random::Dist::from_code(idist as i32, T::IS_COMPLEX) {
        Some(dist) => aux::random::larnv(dist, &mut seed, x),
        None => {
            let mut u = [T::Real::zero(); 128];
            for start in (0..x.len()).step_by(64) {
                let il = (x.len() - start).min(64);
                let draws = if T::IS_COMPLEX { 2 * il } else { il };
                aux::random::laruv(&mut seed, &mut u[..draws]);
            }
        }
    }
    seed_out(seed, iseed);
}

/// `?laruv` with the Fortran seed.
pub fn laruv<R: RealScalar, I: AbiInt>(iseed: &mut [I], x: &mut [R]) {
    let mut seed = seed_in(iseed);
    aux::random::laruv(&mut seed, x);
    seed_out(seed, iseed);
}

pub(crate) fn seed_in<I: AbiInt>(iseed: &[I]) -> [i32; 4] {
    std::array::from_fn(|i| iseed[i].get() as i32)
}

pub(crate) fn seed_out<I: AbiInt>(seed: [i32; 4], iseed: &mut [I]) {
    for (s, v) in iseed.iter_mut().zip(seed) {
        *s = I::from_i64(v as i64);
    }
}

/// `?laswp`: rows `k1..=k2` (1-based) swapped with `ipiv[k1 + (i-k1)*|incx|]`,
/// in increasing order of `i`, or decreasing when `incx < 0`; nothing when
/// `incx = 0` or `k2 < k1`.
pub fn laswp<T: Scalar, I: AbiInt>(a: MatMut<'_, T>, k1: i64, k2: i64, ipiv: &[I], incx: i64) {
    if incx == 0 || k1 < 1 || k2 < k1 {
        return;
    }
    let step = incx.unsigned_abs() as usize;
    let rows = a.nrows();
    // IPIV(k1 + i*|incx|) pairs with row k1 + i; `ipiv` starts at IPIV(1).
    let first = (k1 - 1) as usize;
    let piv: Vec<usize> =
        (0..=(k2 - k1) as usize).map(|i| rt::indices_from_fortran(&ipiv[first + i * step..][..1], rows)[0]).collect();
    aux::matrix::laswp(a, (k1 - 1) as usize, &piv, incx < 0);
}

/// `?lapmt` (`rows = false`) and `?lapmr` (`rows = true`) with the Fortran
/// permutation, which the routine leaves as it found it.
pub fn permute<T: Scalar, I: AbiInt>(forward: bool, x: MatMut<'_, T>, k: &mut [I], rows: bool) {
    let bound = if rows { x.nrows() } else { x.ncols() };
    let mut k0 = rt::indices_from_fortran(k, bound);
    if k0.len() <= 1 {
        return;
    }
    if rows {
        aux::matrix::lapmr(forward, x, &mut k0);
    } else {
        aux::matrix::lapmt(forward, x, &mut k0);
    }
}

/// The address of the process's `ilaenv_` (ours unless a program defines its
/// own), looked up once: the program's, if any, was bound when it was loaded.
fn ilaenv_symbol() -> *mut libc::c_void {
    static ILAENV: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    // SAFETY: dlsym with RTLD_DEFAULT and a NUL-terminated name has no preconditions.
    *ILAENV.get_or_init(|| unsafe { libc::dlsym(libc::RTLD_DEFAULT, c"ilaenv_".as_ptr()) } as usize)
        as *mut libc::c_void
}

/// Whether the program defines its own `ilaenv_` (the reference test
/// programs do, to sweep block sizes). Only a definition in the executable
/// itself counts, and only when ferroblas is a shared library beside it:
/// another LAPACK loaded into the process (a peer in a benchmark, NumPy's
/// bundled OpenBLAS) also exports `ilaenv_`, and its reference block sizes
/// are not a choice the program made. (Taking the address of our own
/// `ilaenv_` cannot tell ours from the program's: the program's interposes.)
pub fn program_ilaenv() -> bool {
    static OWN: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *OWN.get_or_init(|| {
        let p = ilaenv_symbol();
        !p.is_null() && in_executable(p as usize) && !in_executable(in_executable as fn(usize) -> bool as usize)
    })
}

/// Whether `addr` lies in a loadable segment of the main executable (the
/// first object `dl_iterate_phdr` reports).
#[cfg(any(target_os = "linux", target_os = "android"))]
fn in_executable(addr: usize) -> bool {
    unsafe extern "C" fn first_object(
        info: *mut libc::dl_phdr_info,
        _size: libc::size_t,
        data: *mut libc::c_void,
    ) -> i32 {
        // SAFETY: the loader passes a valid `info` whose `dlpi_phdr` has
        // `dlpi_phnum` entries; `data` is the `(usize, bool)` passed below.
        unsafe {
            let (addr, found) = &mut *(data as *mut (usize, bool));
            let info = &*info;
            let phdrs = std::slice::from_raw_parts(info.dlpi_phdr, info.dlpi_phnum as usize);
            *found = phdrs.iter().any(|ph| {
                let start = info.dlpi_addr as usize + ph.p_vaddr as usize;
                ph.p_type == libc::PT_LOAD && (start..start + ph.p_memsz as usize).contains(addr)
            });
        }
        1 // the executable comes first; stop there
    }
    let mut data = (addr, false);
    // SAFETY: the callback only reads what the loader hands it and writes `data`.
    unsafe { libc::dl_iterate_phdr(Some(first_object), &mut data as *mut (usize, bool) as *mut libc::c_void) };
    data.1
}

/// Elsewhere (no `dl_iterate_phdr`) no program's own `ilaenv_` is looked for.
#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn in_executable(_addr: usize) -> bool {
    false
}

/// The block size and other tuning parameters a routine uses: the process's
/// `ilaenv_` when a program defines its own (the reference test programs do,
/// to sweep block sizes), ferroblas's tuning table otherwise.
pub fn ilaenv_lookup(ispec: i32, name: &str, opts: &str, n: [i32; 4]) -> i32 {
    type IlaenvFn = unsafe extern "C" fn(
        *const i32,
        *const u8,
        *const u8,
        *const i32,
        *const i32,
        *const i32,
        *const i32,
        usize,
        usize,
    ) -> i32;
    // The lookup (a walk over every loaded object's symbol table, about a
    // microsecond) is made once.
    let p = ilaenv_symbol();
    if !program_ilaenv() {
        return aux::tuning::ilaenv(ispec, name, opts, n[0], n[1], n[2], n[3]);
    }
    if crate::xerbla::ilp64_plain_names() {
        type Ilaenv64Fn = unsafe extern "C" fn(
            *const i64,
            *const u8,
            *const u8,
            *const i64,
            *const i64,
            *const i64,
            *const i64,
            usize,
            usize,
        ) -> i64;
        let (is, w) = (i64::from(ispec), n.map(i64::from));
        // SAFETY: the program's `ilaenv_` has ILAENV's signature with 64-bit integers (below).
        let f = unsafe { std::mem::transmute::<*mut libc::c_void, Ilaenv64Fn>(p) };
        // SAFETY: every argument lives across the call; string lengths are passed.
        let v = unsafe { f(&is, name.as_ptr(), opts.as_ptr(), &w[0], &w[1], &w[2], &w[3], name.len(), opts.len()) };
        return v.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
    }
    // SAFETY: whatever defines `ilaenv_` has the Fortran ILAENV signature.
    let f = unsafe { std::mem::transmute::<*mut libc::c_void, IlaenvFn>(p) };
    // SAFETY: every argument lives across the call; string lengths are passed.
    unsafe { f(&ispec, name.as_ptr(), opts.as_ptr(), &n[0], &n[1], &n[2], &n[3], name.len(), opts.len()) }
}

/// `IPARAM2STAGE` asking the process's `ilaenv_` (a program's own, when it
/// defines one) for the QR and LQ block sizes, as the reference does: the
/// reference test programs' `ILAENV` forwards ISPEC 17-21 here, and sizes its
/// error-exit workspaces from the answer.
pub fn iparam2stage_interposed(ispec: i32, name: &str, opts: &str, ni: i32, nbi: i32, ibi: i32, nxi: i32) -> i32 {
    let lookup = |is: i32, nm: &str, op: &str, a: i32, b: i32, c: i32, d: i32| ilaenv_lookup(is, nm, op, [a, b, c, d]);
    aux::tuning::iparam2stage_with(lookup, ispec, name, opts, ni, nbi, ibi, nxi)
}

macro_rules! with_int {
    ($($int:ty => $lsamen:ident $ilaenv:ident $ilaenv2:ident $iparam2:ident $iparmq:ident $ieeeck:ident $ilaver:ident;)*) => {$(
        /// LSAMEN: whether the first `n` characters of `ca` and `cb` agree,
        /// ignoring case (false when either is shorter than `n`).
        ///
        /// # Safety
        /// `ca`, `cb` valid for their lengths; `n` valid.
        #[no_mangle]
        pub unsafe extern "C" fn $lsamen(n: *const $int, ca: *const u8, cb: *const u8, la: usize, lb: usize) -> $int {
            ffi_guard(stringify!($lsamen), || {
                // SAFETY: forwarded contract.
                let (n, a, b) = unsafe { ((*n).max(0) as usize, fstr(ca, la), fstr(cb, lb)) };
                (a.len() >= n && b.len() >= n && a.as_bytes()[..n].eq_ignore_ascii_case(&b.as_bytes()[..n])) as $int
            })
        }

        /// ILAENV: block sizes and other parameters for LAPACK routine `name`
        /// (ferroblas's tuning table; a program may define its own `ilaenv_`).
        ///
        /// # Safety
        /// Fortran convention: valid pointers, strings with their lengths.
        #[no_mangle]
        #[allow(clippy::too_many_arguments)]
        pub unsafe extern "C" fn $ilaenv(
            ispec: *const $int, name: *const u8, opts: *const u8,
            n1: *const $int, n2: *const $int, n3: *const $int, n4: *const $int, ln: usize, lo: usize,
        ) -> $int {
            ffi_guard(stringify!($ilaenv), || {
                // SAFETY: forwarded contract.
                unsafe {
                    aux::tuning::ilaenv(*ispec as i32, &fstr(name, ln), &fstr(opts, lo), *n1 as i32, *n2 as i32, *n3 as i32, *n4 as i32) as $int
                }
            })
        }

        /// ILAENV2STAGE: the parameters of the two-stage reductions.
        ///
        /// # Safety
        /// Fortran convention: valid pointers, strings with their lengths.
        #[no_mangle]
        #[allow(clippy::too_many_arguments)]
        pub unsafe extern "C" fn $ilaenv2(
            ispec: *const $int, name: *const u8, opts: *const u8,
            n1: *const $int, n2: *const $int, n3: *const $int, n4: *const $int, ln: usize, lo: usize,
        ) -> $int {
            ffi_guard(stringify!($ilaenv2), || {
                // SAFETY: forwarded contract.
                unsafe {
                    match *ispec as i32 {
                        is @ 1..=5 => iparam2stage_interposed(16 + is, &fstr(name, ln), &fstr(opts, lo), *n1 as i32, *n2 as i32, *n3 as i32, *n4 as i32) as $int,
                        _ => -1,
                    }
                }
            })
        }

        /// IPARAM2STAGE: the parameters of the two-stage reductions (ISPEC
        /// 17..21: KD, IB, LHOUS, LWORK, NX), which ILAENV forwards there.
        ///
        /// # Safety
        /// Fortran convention: valid pointers, strings with their lengths.
        #[no_mangle]
        #[allow(clippy::too_many_arguments)]
        pub unsafe extern "C" fn $iparam2(
            ispec: *const $int, name: *const u8, opts: *const u8,
            ni: *const $int, nbi: *const $int, ibi: *const $int, nxi: *const $int, ln: usize, lo: usize,
        ) -> $int {
            ffi_guard(stringify!($iparam2), || {
                // SAFETY: forwarded contract.
                unsafe {
                    iparam2stage_interposed(*ispec as i32, &fstr(name, ln), &fstr(opts, lo), *ni as i32, *nbi as i32, *ibi as i32, *nxi as i32) as $int
                }
            })
        }

        /// IPARMQ: the parameters of the multishift QR (`?hseqr`, `?laqr0`).
        ///
        /// # Safety
        /// Fortran convention: valid pointers, strings with their lengths.
        #[no_mangle]
        #[allow(clippy::too_many_arguments)]
        pub unsafe extern "C" fn $iparmq(
            ispec: *const $int, name: *const u8, opts: *const u8,
            n: *const $int, ilo: *const $int, ihi: *const $int, lwork: *const $int, ln: usize, lo: usize,
        ) -> $int {
            ffi_guard(stringify!($iparmq), || {
                // SAFETY: forwarded contract.
                unsafe {
                    aux::tuning::iparmq(*ispec as i32, &fstr(name, ln), &fstr(opts, lo), *n as i32, *ilo as i32, *ihi as i32, *lwork as i32) as $int
                }
            })
        }

        /// IEEECK: 1 when infinity (`ispec = 0`: and NaN) arithmetic works.
        ///
        /// # Safety
        /// Valid pointers.
        #[no_mangle]
        pub unsafe extern "C" fn $ieeeck(ispec: *const $int, zero: *const f32, one: *const f32) -> $int {
            // SAFETY: forwarded contract.
            ffi_guard(stringify!($ieeeck), || unsafe { aux::tuning::ieeeck(*ispec as i32, *zero, *one) as $int })
        }

        /// ILAVER: the LAPACK version whose interface ferroblas implements.
        ///
        /// # Safety
        /// Valid pointers.
        #[no_mangle]
        pub unsafe extern "C" fn $ilaver(major: *mut $int, minor: *mut $int, patch: *mut $int) {
            let (a, b, c) = aux::tuning::ilaver();
            // SAFETY: forwarded contract.
            unsafe {
                *major = a as $int;
                *minor = b as $int;
                *patch = c as $int;
            }
        }
    )*};
}

with_int! {
    i32 => lsamen_ ilaenv_ ilaenv2stage_ iparam2stage_ iparmq_ ieeeck_ ilaver_;
    i64 => lsamen_64_ ilaenv_64_ ilaenv2stage_64_ iparam2stage_64_ iparmq_64_ ieeeck_64_ ilaver_64_;
}

/// The BLAS Technical Forum's integer code of an option letter
/// (`ILAUPLO`, `ILATRANS`, `ILADIAG`, `ILAPREC`), -1 for a letter not in
/// `table`; letters compare ignoring case, as LSAME does.
fn blast_code(table: &[(u8, i32)], c: u8) -> i32 {
    table.iter().find(|(l, _)| l.eq_ignore_ascii_case(&c)).map_or(-1, |&(_, code)| code)
}

const BLAST_UPLO: &[(u8, i32)] = &[(b'U', 121), (b'L', 122)];
const BLAST_TRANS: &[(u8, i32)] = &[(b'N', 111), (b'T', 112), (b'C', 113)];
const BLAST_DIAG: &[(u8, i32)] = &[(b'N', 131), (b'U', 132)];
const BLAST_PREC: &[(u8, i32)] = &[(b'S', 211), (b'D', 212), (b'I', 213), (b'X', 214), (b'E', 214)];

macro_rules! blast_codes {
    ($($int:ty => $($name:ident $table:ident),*;)*) => {$($(
        /// The BLAS Technical Forum's code of the option letter (-1 when invalid).
        ///
        /// # Safety
        /// `c` valid for `len` characters.
        #[no_mangle]
        pub unsafe extern "C" fn $name(c: *const u8, len: usize) -> $int {
            // SAFETY: forwarded contract; an empty string reads nothing.
            let c = if len == 0 { b' ' } else { unsafe { *c } };
            blast_code($table, c) as $int
        }
    )*)*};
}

blast_codes! {
    i32 => ilauplo_ BLAST_UPLO, ilatrans_ BLAST_TRANS, iladiag_ BLAST_DIAG, ilaprec_ BLAST_PREC;
    i64 => ilauplo_64_ BLAST_UPLO, ilatrans_64_ BLAST_TRANS, iladiag_64_ BLAST_DIAG, ilaprec_64_ BLAST_PREC;
}

/// Processor time of the process in seconds.
fn cpu_seconds() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid out-pointer.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// SECOND: processor time in seconds (single precision).
#[no_mangle]
pub extern "C" fn second_() -> f32 {
    cpu_seconds() as f32
}

/// DSECND: processor time in seconds.
#[no_mangle]
pub extern "C" fn dsecnd_() -> f64 {
    cpu_seconds()
}

/// LAPACKE_lsame: whether two characters are the same letter, ignoring case.
#[no_mangle]
pub extern "C" fn LAPACKE_lsame(ca: c_char, cb: c_char) -> i32 {
    (ca as u8).eq_ignore_ascii_case(&(cb as u8)) as i32
}

/// `re + i im` as LAPACKE's `lapack_complex_float`.
#[no_mangle]
pub extern "C" fn lapack_make_complex_float(re: f32, im: f32) -> c32 {
    c32::new(re, im)
}

/// `re + i im` as LAPACKE's `lapack_complex_double`.
#[no_mangle]
pub extern "C" fn lapack_make_complex_double(re: f64, im: f64) -> c64 {
    c64::new(re, im)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blast_codes_follow_the_forum_table() {
        // SAFETY: one-character strings.
        unsafe {
            assert_eq!(ilauplo_(b"l".as_ptr(), 1), 122);
            assert_eq!(ilatrans_(b"C".as_ptr(), 1), 113);
            assert_eq!(iladiag_(b"x".as_ptr(), 1), -1);
            assert_eq!(ilaprec_(b"e".as_ptr(), 1), 214);
            assert_eq!(ilaprec_64_(b"I".as_ptr(), 1), 213);
        }
    }

    #[test]
    fn lsamen_compares_prefixes_ignoring_case() {
        let n = 3i32;
        // SAFETY: the strings hold the lengths passed.
        unsafe {
            assert_eq!(lsamen_(&n, b"GEqrf".as_ptr(), b"geQRX".as_ptr(), 5, 5), 1);
            assert_eq!(lsamen_(&n, b"GEq".as_ptr(), b"gez".as_ptr(), 3, 3), 0);
            assert_eq!(lsamen_(&n, b"GE".as_ptr(), b"GEQ".as_ptr(), 2, 3), 0);
        }
    }

    #[test]
    fn laswp_applies_fortran_pivots_in_either_direction() {
        let ipiv = [2i32, 3];
        let mut a = [0.0, 1.0, 2.0, 3.0];
        laswp(MatMut::from_col_major(&mut a, 4, 1, 4), 1, 2, &ipiv, 1);
        // Row 1 <-> 2 gives [1,0,2,3]; then row 2 <-> 3 gives [1,2,0,3].
        assert_eq!(a, [1.0, 2.0, 0.0, 3.0]);
        let mut b = [0.0, 1.0, 2.0, 3.0];
        laswp(MatMut::from_col_major(&mut b, 4, 1, 4), 1, 2, &ipiv, -1);
        // Reverse order: row 2 <-> 3 first ([0,2,1,3]), then row 1 <-> 2 ([2,0,1,3]).
        assert_eq!(b, [2.0, 0.0, 1.0, 3.0]);
        // A strided IPIV: the pivots at positions 1 and 3.
        let mut c = [0.0, 1.0, 2.0, 3.0];
        laswp(MatMut::from_col_major(&mut c, 4, 1, 4), 1, 2, &[4i32, 9, 3], 2);
        // Row 1 <-> 4 ([3,1,2,0]), then row 2 <-> 3 ([3,2,1,0]).
        assert_eq!(c, [3.0, 2.0, 1.0, 0.0]);
        // k1 = 2: rows 2 and 3 pair with IPIV(2) and IPIV(3); IPIV(1) is not read.
        let mut d = [0.0, 1.0, 2.0, 3.0];
        laswp(MatMut::from_col_major(&mut d, 4, 1, 4), 2, 3, &[9i32, 4, 4], 1);
        // Row 2 <-> 4 ([0,3,2,1]), then row 3 <-> 4 ([0,3,1,2]).
        assert_eq!(d, [0.0, 3.0, 1.0, 2.0]);
    }

    #[test]
    #[cfg(any(target_os = "linux", target_os = "android"))]
    fn only_the_executables_own_symbols_count_as_the_programs() {
        // This test binary is the executable: its code is in it, libc's is not.
        assert!(in_executable(only_the_executables_own_symbols_count_as_the_programs as fn() as usize));
        assert!(!in_executable(libc::malloc as unsafe extern "C" fn(libc::size_t) -> *mut libc::c_void as usize));
        assert!(!in_executable(0));
        // Linked statically into this executable, ferroblas's own `ilaenv_` is
        // the executable's: not a program's own table.
        assert!(!program_ilaenv());
    }
}
