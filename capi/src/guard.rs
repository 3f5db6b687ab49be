//! The panic boundary: nothing Rust unwinds ever reaches C.

use std::panic::{catch_unwind, AssertUnwindSafe};

/// Runs an ABI entry point's body. A panic (which would be a ferroblas bug) is
/// caught here, reported on stderr with the routine's name, and turned into
/// the default return value; the caller's process keeps running.
#[inline(always)]
pub fn ffi_guard<R: Default>(routine: &str, body: impl FnOnce() -> R) -> R {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(r) => r,
        Err(payload) => {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            eprintln!("ferroblas: internal error in {routine}: {msg}; the call returned without a result");
            R::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_the_default_value() {
        let r: f64 = ffi_guard("test", || panic!("boom"));
        assert_eq!(r, 0.0);
        assert_eq!(ffi_guard("test", || 7), 7);
    }
}
