//! The `ferroblas` command as a user runs it.

use std::process::Command;

fn ferroblas(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_ferroblas")).args(args).output().expect("the ferroblas binary runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn info_names_the_kernels_threads_and_interfaces() {
    let (ok, out, err) = ferroblas(&["info"]);
    assert!(ok, "{err}");
    for key in ["ferroblas 0.", "cpu:", "kernels:", "threads:", "interfaces:"] {
        assert!(out.contains(key), "no `{key}` in:\n{out}");
    }
    let (ok, out, _) = Command::new(env!("CARGO_BIN_EXE_ferroblas"))
        .arg("info")
        .env("FERROBLAS_ARCH", "generic")
        .env("FERROBLAS_NUM_THREADS", "3")
        .output()
        .map(|o| (o.status.success(), String::from_utf8_lossy(&o.stdout).into_owned(), ()))
        .expect("runs");
    assert!(ok);
    assert!(out.contains("kernels:    generic (FERROBLAS_ARCH=generic"), "{out}");
    assert!(out.contains("threads:    3 (from FERROBLAS_NUM_THREADS)"), "{out}");
}

#[test]
fn bench_quick_compares_and_agrees() {
    let (ok, out, err) = ferroblas(&["bench", "--quick"]);
    assert!(ok, "{out}\n{err}");
    let rows: Vec<&str> = out.lines().skip(2).collect();
    assert!(rows[0].starts_with("ferroblas "), "{out}");
    // ferroblas's own row has a rate in every column.
    assert_eq!(rows[0].split_whitespace().filter(|w| w.parse::<f64>().is_ok()).count(), 3, "{out}");
}

#[test]
fn unknown_arguments_are_refused() {
    let (ok, _, err) = ferroblas(&["bench", "--bogus"]);
    assert!(!ok);
    assert!(err.contains("unknown argument"), "{err}");
    let (ok, _, _) = ferroblas(&["frobnicate"]);
    assert!(!ok);
}
