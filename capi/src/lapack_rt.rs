//! The small hand-written runtime that the generated LAPACK entry points
//! (`generated/fortran.rs`) call: reading Fortran arguments, the argument
//! checks' early exits, building views over the caller's arrays, reporting
//! through `xerbla_`, and turning a caught panic into an error.
//!
//! Everything here is generic over the ABI integer ([`AbiInt`]), so one
//! generated body serves both `dlange_` (32-bit integers) and `dlange_64_`
//! (64-bit, the ILP64 interface).

use crate::xerbla;
use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::views::{MatMut, MatRef, VecMut, VecRef};
use ferroblas_relapack::OneBased;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// INFO written when a routine failed inside ferroblas (a caught panic, which
/// would be a ferroblas bug): never 0, never a parameter number.
pub const INTERNAL_ERROR: i64 = -1099;

/// An integer of the ABI: `i32` (LP64) or `i64` (ILP64, the `_64_` symbols).
pub trait AbiInt:
    Copy + 'static + Failed + crate::lapacke_rt::Code + TryFrom<usize> + TryInto<usize> + TryFrom<i64> + Into<i64>
{
    /// Widens to `i64`.
    fn get(self) -> i64;
    /// Narrows from `i64` (values come from LAPACK's own ranges).
    fn from_i64(v: i64) -> Self;
    /// 64-bit: the ILP64 (`_64_`) entry points, whose errors go to `xerbla_64_`.
    const ILP64: bool;
}

/// Reports bad argument `p` of `name` to the handler of the caller's integer width.
pub fn report_bad<I: AbiInt>(name: &str, p: i64) {
    xerbla::report_width(name, p, I::ILP64);
}

impl AbiInt for i32 {
    const ILP64: bool = false;
    #[inline(always)]
    fn get(self) -> i64 {
        self as i64
    }
    #[inline(always)]
    fn from_i64(v: i64) -> Self {
        v as i32
    }
}

impl AbiInt for i64 {
    const ILP64: bool = true;
    #[inline(always)]
    fn get(self) -> i64 {
        self
    }
    #[inline(always)]
    fn from_i64(v: i64) -> Self {
        v
    }
}

/// Why a routine stops before computing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Argument number `.0` (Fortran order, 1-based) is illegal.
    Bad(i64),
    /// Nothing to do (e.g. an option letter the reference does not check and
    /// does not recognise); the routine returns its default.
    Quick,
}

/// `Err(Exit::Bad(param))` when `bad`.
#[inline(always)]
pub fn check(bad: bool, param: i64) -> Result<(), Exit> {
    if bad {
        Err(Exit::Bad(param))
    } else {
        Ok(())
    }
}

/// The parsed value of an option letter the routine needs; [`Exit::Quick`]
/// when it was not recognised (only reached when the reference does not check it).
#[inline(always)]
pub fn need<E>(v: Option<E>) -> Result<E, Exit> {
    v.ok_or(Exit::Quick)
}

/// The routine name `xerbla_` is given: the precision letter (upper case)
/// followed by the stem, e.g. `D` + `LASCL`, unless the spec names it.
pub fn routine_name<T: Scalar>(stem: &str) -> String {
    let mut s = String::with_capacity(stem.len() + 1);
    s.push(T::PREFIX.to_ascii_uppercase());
    s.push_str(stem);
    s
}

/// The block size `ilaenv_` gives routine `stem` of precision `T` at order
/// `n`: the program's own `ilaenv_` when it defines one (the reference test
/// programs do, to sweep block sizes), ferroblas's table otherwise.
pub fn block_size<T: Scalar>(stem: &str, n: usize) -> usize {
    let n = i32::try_from(n).unwrap_or(i32::MAX);
    // The name is built on the stack: drivers ask for block sizes on every
    // call, and a call inside the caller's workspace makes no allocation.
    let mut buf = [0u8; 16];
    let nb = match stem.as_bytes() {
        s if s.len() < buf.len() && T::PREFIX.is_ascii() => {
            buf[0] = T::PREFIX.to_ascii_uppercase() as u8;
            buf[1..=s.len()].copy_from_slice(s);
            let name = std::str::from_utf8(&buf[..=s.len()]).unwrap_or_default();
            crate::lapack_aux::ilaenv_lookup(1, name, " ", [n, -1, -1, -1])
        }
        _ => crate::lapack_aux::ilaenv_lookup(1, &routine_name::<T>(stem), " ", [n, -1, -1, -1]),
    };
    usize::try_from(nb).unwrap_or(1).max(1)
}

/// The block size for routine `stem`: the program's own `ilaenv_` answer
/// when it defines one (so that the reference test programs' sweeps reach
/// every block edge), else `ours`, ferroblas's tuned size (which need not be
/// the reference table's value that ferroblas's `ilaenv_` reports).
pub fn block_size_or<T: Scalar>(stem: &str, n: usize, ours: usize) -> usize {
    if !crate::lapack_aux::program_ilaenv() {
        return ours;
    }
    block_size::<T>(stem, n)
}

/// A `SELECT` callback (`?gees`) as the generated code carries it: null or
/// the address of a LOGICAL function of one eigenvalue, whose Fortran or C
/// signature the precision fixes (see `lapack_schur::gees`).
pub type Select = Option<unsafe extern "C" fn()>;

/// Reads an integer argument.
///
/// # Safety
/// `p` points to a valid integer.
#[inline(always)]
pub unsafe fn int<I: AbiInt>(p: *const I) -> i64 {
    // SAFETY: forwarded contract.
    unsafe { (*p).get() }
}

/// Reads the first character of a Fortran `CHARACTER` argument (its hidden
/// length is never read: many callers omit it).
///
/// # Safety
/// `p` points to at least one byte.
#[inline(always)]
pub unsafe fn ch(p: *const u8) -> u8 {
    // SAFETY: forwarded contract.
    unsafe { *p }
}

/// A Fortran `LOGICAL`: any nonzero value is true.
///
/// # Safety
/// `p` points to a valid integer.
#[inline(always)]
pub unsafe fn logical<I: AbiInt>(p: *const I) -> bool {
    // SAFETY: forwarded contract.
    unsafe { (*p).get() != 0 }
}

/// A dimension after the checks: negative values (reachable only where the
/// reference does not check them) count as zero.
#[inline(always)]
pub fn size(v: i64) -> usize {
    v.max(0) as usize
}

/// A column-major matrix argument (`rows x cols`, leading dimension `ld`).
///
/// # Safety
/// When `rows` and `cols` are positive, `p` is valid for the `(cols-1)*ld + rows`
/// elements they declare.
#[inline(always)]
pub unsafe fn mat_ref<'a, T>(p: *const T, rows: usize, cols: usize, ld: usize) -> MatRef<'a, T> {
    // SAFETY: forwarded contract; an empty view is never dereferenced.
    unsafe { MatRef::from_raw_parts(p, rows, cols, 1, ld.max(1) as isize) }
}

/// The mutable form of [`mat_ref`].
///
/// # Safety
/// As [`mat_ref`], for reads and writes, with `ld >= rows`.
#[inline(always)]
pub unsafe fn mat_mut<'a, T>(p: *mut T, rows: usize, cols: usize, ld: usize) -> MatMut<'a, T> {
    // SAFETY: forwarded contract.
    unsafe { MatMut::from_raw_parts(p, rows, cols, 1, ld.max(1) as isize) }
}

/// A strided vector argument in BLAS convention (negative `inc` walks backwards
/// from the end).
///
/// # Safety
/// `p` valid for `1 + (n-1)*|inc|` elements when `n > 0`.
#[inline(always)]
pub unsafe fn vec_ref<'a, T>(p: *const T, n: usize, inc: i64) -> VecRef<'a, T> {
    // SAFETY: forwarded contract.
    unsafe { VecRef::from_raw_blas(p, n, inc as isize) }
}

/// The mutable form of [`vec_ref`].
///
/// # Safety
/// As [`vec_ref`], for reads and writes.
#[inline(always)]
pub unsafe fn vec_mut<'a, T>(p: *mut T, n: usize, inc: i64) -> VecMut<'a, T> {
    // SAFETY: forwarded contract.
    unsafe { VecMut::from_raw_blas(p, n, inc as isize) }
}

/// A contiguous array argument of `len` elements (an empty slice when `len`
/// is 0, whatever the pointer: callers may pass anything for unused arrays).
///
/// # Safety
/// `p` valid for `len` reads when `len > 0`.
#[inline(always)]
pub unsafe fn slice<'a, T>(p: *const T, len: usize) -> &'a [T] {
    if len == 0 || p.is_null() {
        &[]
    } else {
        // SAFETY: forwarded contract.
        unsafe { std::slice::from_raw_parts(p, len) }
    }
}

/// The mutable form of [`slice`].
///
/// # Safety
/// `p` valid for `len` reads and writes when `len > 0`, and not aliased.
#[inline(always)]
pub unsafe fn slice_mut<'a, T>(p: *mut T, len: usize) -> &'a mut [T] {
    if len == 0 || p.is_null() {
        &mut []
    } else {
        // SAFETY: forwarded contract.
        unsafe { std::slice::from_raw_parts_mut(p, len) }
    }
}

/// 1-based Fortran indices (pivots, permutations) to 0-based ones. Values
/// outside `1..=bound` are the caller's error; they become `usize::MAX`, which
/// the routines' bounds checks turn into a caught panic instead of a stray write.
pub fn indices_from_fortran<I: AbiInt>(v: &[I], bound: usize) -> Vec<usize> {
    v.iter()
        .map(|&i| {
            let i = i.get();
            if i >= 1 && (i as u64) <= bound as u64 {
                (i - 1) as usize
            } else {
                usize::MAX
            }
        })
        .collect()
}

/// A Fortran pivot array as the factorizations read it: 1-based entries in
/// the caller's own integers, with no copy.
pub fn one_based<I: AbiInt>(v: &[I]) -> &[OneBased<I>] {
    // SAFETY: `OneBased<I>` is `repr(transparent)` over `I`.
    unsafe { std::slice::from_raw_parts(v.as_ptr().cast(), v.len()) }
}

/// A Fortran pivot array as the factorizations write it (see [`one_based`]).
pub fn one_based_mut<I: AbiInt>(v: &mut [I]) -> &mut [OneBased<I>] {
    // SAFETY: `OneBased<I>` is `repr(transparent)` over `I`.
    unsafe { std::slice::from_raw_parts_mut(v.as_mut_ptr().cast(), v.len()) }
}

/// Answers a workspace query (`LWORK = -1`): the optimal length `opt` in
/// `work[0]`, rounded up where the floating-point type cannot hold it exactly
/// (so that a caller's `INT(WORK(1))` is never short, as LAPACK 3.11's
/// `?roundup_lwork` promises).
///
/// # Safety
/// `work` is null or valid for one element.
pub unsafe fn answer_query<T: Scalar>(work: *mut T, opt: usize) {
    if work.is_null() {
        return;
    }
    // SAFETY: the caller's promise.
    unsafe { *work = T::from_real(roundup_lwork::<T::Real>(opt as i64)) };
}

/// `?roundup_lwork`: `lwork` as a floating-point number, multiplied by
/// `1 + eps` where the type cannot hold it exactly, so that `INT` of the
/// result is never below `lwork`.
pub fn roundup_lwork<R: ferroblas_kernels::scalar::RealScalar>(lwork: i64) -> R {
    let f = R::from_f64(lwork as f64);
    if (f.to_f64() as i64) < lwork {
        f * (R::one() + R::EPSILON)
    } else {
        f
    }
}

/// Answers an integer workspace query (`LIWORK = -1`): `opt` in `iwork[0]`.
///
/// # Safety
/// `iwork` is null or valid for one element.
pub unsafe fn answer_query_int<I: AbiInt>(iwork: *mut I, opt: usize) {
    if !iwork.is_null() {
        // SAFETY: the caller's promise.
        unsafe { *iwork = I::from_i64(i64::try_from(opt).unwrap_or(i64::MAX)) };
    }
}

/// A caller's workspace array as the explicit workspace of the Rust routines.
pub fn workspace<T>(work: &mut [T]) -> ferroblas_relapack::Workspace<'_> {
    // SAFETY: any initialised memory may be viewed as possibly uninitialised
    // bytes; the Workspace only hands it out again as `Copy` scalars it writes
    // before reading.
    let bytes = unsafe {
        std::slice::from_raw_parts_mut(
            work.as_mut_ptr().cast::<std::mem::MaybeUninit<u8>>(),
            std::mem::size_of_val(work),
        )
    };
    ferroblas_relapack::Workspace::new(bytes)
}

/// Runs `f` on the caller's `work` when it holds `req`, on a fresh buffer
/// otherwise: the reference's minimal LWORK takes slower paths that
/// ferroblas does not keep, and the result is the same either way.
pub(crate) fn with_work<T, R>(
    work: &mut [T],
    req: ferroblas_relapack::WorkReq,
    f: impl FnOnce(ferroblas_relapack::Workspace<'_>) -> R,
) -> R {
    let ws = workspace(work);
    if ws.fits(req) {
        f(ws)
    } else {
        let mut buf = ferroblas_relapack::WorkBuffer::new(req);
        f(buf.workspace())
    }
}

/// What a routine's computation returns, as the INFO it reports.
pub trait IntoInfo {
    /// INFO: 0 for success, positive for a numerical failure.
    fn into_info(self) -> i64;
}

impl IntoInfo for () {
    fn into_info(self) -> i64 {
        0
    }
}

impl IntoInfo for Result<(), ferroblas_relapack::Info> {
    fn into_info(self) -> i64 {
        self.map_or_else(|e| e.lapack_info(), |_| 0)
    }
}

/// An INFO computed by the routine's glue itself (e.g. `?gecon`'s -5 for a
/// NaN ANORM, which the reference reports without XERBLA).
impl IntoInfo for i64 {
    fn into_info(self) -> i64 {
        self
    }
}

impl IntoInfo for Result<(), ()> {
    fn into_info(self) -> i64 {
        self.map_or(1, |_| 0)
    }
}

/// The value a LAPACK function returns when it cannot compute one: NaN for
/// floating-point results, -1 for integers, false for logicals.
pub trait Failed: Default {
    /// The value returned after a caught panic.
    fn failed() -> Self;
}

impl Failed for f32 {
    fn failed() -> Self {
        f32::NAN
    }
}
impl Failed for f64 {
    fn failed() -> Self {
        f64::NAN
    }
}
impl Failed for i32 {
    fn failed() -> Self {
        -1
    }
}
impl Failed for i64 {
    fn failed() -> Self {
        -1
    }
}
impl<R: Failed> Failed for num_complex::Complex<R> {
    fn failed() -> Self {
        num_complex::Complex::new(R::failed(), R::failed())
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

fn report_panic(name: &str, payload: &(dyn std::any::Any + Send)) {
    eprintln!("ferroblas: internal error in {name}: {}; the call reports failure", panic_message(payload));
}

/// Runs a subroutine with an INFO argument: an illegal argument goes to
/// `xerbla_` and INFO = -param; a quick exit sets INFO = 0; a panic sets
/// [`INTERNAL_ERROR`].
///
/// # Safety
/// `info` points to a writable integer.
pub unsafe fn with_info<I: AbiInt>(name: &str, info: *mut I, body: impl FnOnce() -> Result<i64, Exit>) {
    let v = match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(v)) => v,
        Ok(Err(Exit::Quick)) => 0,
        Ok(Err(Exit::Bad(p))) => {
            // INFO is set before the handler runs, as the reference does.
            // SAFETY: forwarded contract.
            unsafe { *info = I::from_i64(-p) };
            report_bad::<I>(name, p);
            return;
        }
        Err(payload) => {
            report_panic(name, &*payload);
            INTERNAL_ERROR
        }
    };
    // SAFETY: forwarded contract.
    unsafe { *info = I::from_i64(v) };
}

/// Runs a subroutine without INFO: an illegal argument goes to `xerbla_`.
pub fn without_info<I: AbiInt>(name: &str, body: impl FnOnce() -> Result<(), Exit>) {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(())) | Ok(Err(Exit::Quick)) => {}
        Ok(Err(Exit::Bad(p))) => report_bad::<I>(name, p),
        Err(payload) => report_panic(name, &*payload),
    }
}

/// Runs a function: its value, the default (zero) on a quick exit, and
/// [`Failed::failed`] after a panic or an illegal argument.
pub fn function<R: Failed, I: AbiInt>(name: &str, body: impl FnOnce() -> Result<R, Exit>) -> R {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(v)) => v,
        Ok(Err(Exit::Quick)) => R::default(),
        Ok(Err(Exit::Bad(p))) => {
            report_bad::<I>(name, p);
            R::failed()
        }
        Err(payload) => {
            report_panic(name, &*payload);
            R::failed()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn info_reports_bad_arguments_quick_exits_and_panics() {
        let mut info = 7i32;
        // SAFETY: `info` is a local.
        unsafe { with_info("DTEST", &mut info, || Err(Exit::Bad(3))) };
        assert_eq!(info, -3);
        assert_eq!(xerbla::take_last_error(), Some(("DTEST".into(), 3)));
        // SAFETY: as above.
        unsafe { with_info("DTEST", &mut info, || Err(Exit::Quick)) };
        assert_eq!(info, 0);
        let mut info64 = 0i64;
        // SAFETY: as above.
        unsafe { with_info("DTEST", &mut info64, || panic!("boom")) };
        assert_eq!(info64, INTERNAL_ERROR);
        assert!(function::<f64, i32>("DTEST", || panic!("boom")).is_nan());
        assert_eq!(function::<f64, i64>("DTEST", || Err(Exit::Quick)), 0.0);
    }

    #[test]
    fn fortran_indices_become_zero_based_and_out_of_range_is_poisoned() {
        let v = [1i32, 3, 0, 4, -2];
        assert_eq!(indices_from_fortran(&v, 3), vec![0, 2, usize::MAX, usize::MAX, usize::MAX]);
    }
}
