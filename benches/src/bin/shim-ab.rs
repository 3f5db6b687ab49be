//! Two builds of ferroblas side by side in one process, on calls so small that
//! the cost of the ABI wrapper shows: `shim-ab OLD_LIB NEW_LIB`. Prints a
//! markdown table of nanoseconds per call and the ratio old / new (above 1:
//! the new build is faster). Used to check that moving the Fortran BLAS onto
//! the generated wrappers cost nothing.

use ferroblas_benches::harness::{self, Options, Peer, Result, Table};
use std::path::PathBuf;

type Dot = unsafe extern "C" fn(*const i32, *const f64, *const i32, *const f64, *const i32) -> f64;
type Axpy = unsafe extern "C" fn(*const i32, *const f64, *const f64, *const i32, *mut f64, *const i32);
type Gemv = unsafe extern "C" fn(
    *const u8,
    *const i32,
    *const i32,
    *const f64,
    *const f64,
    *const i32,
    *const f64,
    *const i32,
    *const f64,
    *mut f64,
    *const i32,
    usize,
);
type Gemm = unsafe extern "C" fn(
    *const u8,
    *const u8,
    *const i32,
    *const i32,
    *const i32,
    *const f64,
    *const f64,
    *const i32,
    *const f64,
    *const i32,
    *const f64,
    *mut f64,
    *const i32,
    usize,
    usize,
);

fn main() {
    if let Err(e) = run() {
        eprintln!("shim-ab: error: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [old, new] = &args[..] else { return Err("usage: shim-ab OLD_LIB NEW_LIB".into()) };
    std::env::set_var("FERROBLAS_NUM_THREADS", "1");
    let opts = Options::from_args(std::iter::empty())?;
    let peers = [Peer::load_extra("old", PathBuf::from(old), old)?, Peer::load_extra("new", PathBuf::from(new), new)?];
    let x = vec![0.5f64; 64];
    let mut y = vec![0.25f64; 64];
    let mut table = Table::new(["call", "old ns", "new ns", "old / new"]);
    for (name, n) in [("ddot", 8), ("daxpy", 8), ("dgemv 'N'", 4), ("dgemm 'N' 'N'", 4), ("dgemm 'N' 'N'", 8)] {
        let (xp, yp) = (x.as_ptr(), y.as_mut_ptr());
        let mut calls: Vec<Box<dyn FnMut() -> f64>> = Vec::new();
        for p in &peers {
            let n: i32 = n;
            // SAFETY: the Fortran BLAS signatures; the buffers hold 64 elements
            // (n*n <= 64) and outlive the closures.
            calls.push(unsafe {
                match name {
                    "ddot" => {
                        let f: Dot = p.get("ddot_")?;
                        Box::new(move || f(&n, xp, &1, xp, &1))
                    }
                    "daxpy" => {
                        let f: Axpy = p.get("daxpy_")?;
                        Box::new(move || {
                            f(&n, &1e-9, xp, &1, yp, &1);
                            *yp
                        })
                    }
                    "dgemv 'N'" => {
                        let f: Gemv = p.get("dgemv_")?;
                        Box::new(move || {
                            f(&b'N', &n, &n, &1.0, xp, &n, xp, &1, &0.0, yp, &1, 1);
                            *yp
                        })
                    }
                    _ => {
                        let f: Gemm = p.get("dgemm_")?;
                        Box::new(move || {
                            f(&b'N', &b'N', &n, &n, &n, &1.0, xp, &n, xp, &n, &0.0, yp, &n, 1, 1);
                            *yp
                        })
                    }
                }
            });
        }
        let t = harness::time_calls(&opts, &mut calls);
        let (o, w) = (t[0].reported() * 1e9, t[1].reported() * 1e9);
        table.push(vec![format!("`{name}` n = {n}"), format!("{o:.1}"), format!("{w:.1}"), format!("{:.3}", o / w)]);
    }
    print!("{}", table.to_markdown());
    Ok(())
}
