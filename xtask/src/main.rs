//! ferroblas project tasks, run as `cargo xtask <task>` (alias in .cargo/config.toml).

mod bench;
mod ci;
mod clients;
mod codegen;
mod demo;
mod dist;
mod ecosystem;
mod fuzz;
mod install;
mod lapack_abi;
mod lapack_suite;
mod netlib;
mod plot;
mod reliability;
mod symbols;
mod sys;

const USAGE: &str = "\
usage: cargo xtask <task> [args]

tasks:
  demo                      build dist/ and run a C program linked to libblas.so.3 on ferroblas, then on OpenBLAS
  test [--keep-going]       the whole test suite (what CI runs): fmt, clippy, tests on every kernel table,
                            aarch64 under qemu, dist, netlib, reliability
  codegen [--check]         generate the LAPACK ABI (Fortran, LAPACKE, headers, manifest, bad-argument
                            tests) from capi/lapack.spec; --check fails if the files differ from it
  dist                      build the library (FERROBLAS_PROFILE, default release) and lay out dist/ (drop-in libs, headers, pkg-config)
  lapack-abi                the LAPACK ABI from C: the spec's bad-argument table on ferroblas and on
                            the reference LAPACK, and LAPACKE through dist/include/lapacke.h
  netlib [NAME...]          run the reference BLAS testers against dist/lib
         [--lib-dir DIR]    ... against another library folder instead
         [--list]           list the testers (and which run by default)
         [--ilp64]          Debian's ILP64 testers (libblas64-test) against dist/lib/libblas64.so.3
  lapack-suite [PATH...]    run the reference LAPACK test programs (Debian's liblapack-test: netlib LAPACK,
                            ferroblas preloaded over it, libblas.so.3 from dist/) on their 90 input files,
                            or on the inputs / programs named (`dtest.in`, `nep.in`, `xlintstd`, `xeigtstz:zgbak`)
               [--list]     list the (program, input) pairs
               [-j N]       N programs at a time (default 2)
               [--reference-blas]  on Debian's reference BLAS, without ferroblas (the baseline)
               [--ilp64]    Debian's ILP64 programs (liblapack64-test) on dist/'s liblapack64.so.3 alone
  fuzz [SECONDS] [TARGET...] cargo-fuzz targets over the Fortran ABI (gemm gemv symv trsm trmm syrk level1
                            getrf potrf sytrf trtri),
       [-j N]               SECONDS each (default 45, or FERROBLAS_FUZZ_SECS), N at a time (default 2)
  reliability               concurrency, thread control, idle pool and small-stack tests, fork from C
                            and under numpy, bad arguments from C on guard pages, valgrind memcheck
                            (builds dist/ when missing)
  clients                   NumPy's and SciPy's own linalg test suites (Debian's python3-numpy/-scipy,
                            pytest) on dist/lib alone: no other BLAS or LAPACK in the process
  ecosystem                 how programs find ferroblas: C and gfortran programs linked with -lblas -llapack
                            -lcblas -llapacke, pkg-config, CMake's FindBLAS/FindLAPACK, Meson, and R's own
                            linear algebra against OpenBLAS (installs cmake, meson, r-base-core when missing)
  install [--prefix DIR]    install dist/ on this system (DESTDIR stages it elsewhere): the drop-ins in
          [--libdir DIR]    LIBDIR/ferroblas/ (default PREFIX/lib, PREFIX /usr/local), libferroblas.so.0
                            and ferroblas.pc in LIBDIR, headers in PREFIX/include/ferroblas/
          [--alternatives]  ... and register libblas.so.3, liblapack.so.3 (and the ILP64 ones) with
          [--priority N]    Debian's update-alternatives, at priority 50 (below OpenBLAS's 100) or N
  uninstall [--prefix DIR] [--libdir DIR]   remove what install put there, and its alternatives
  bench [--quick]           compare with OpenBLAS and BLIS; writes BENCHMARKS.md (not with --quick)
        [--threads N|all]   threads per library (default 1)
  plot [FILE]               SVG charts of the GFLOP/s tables of BENCHMARKS.md (or FILE) into bench-plots/,
                            linked from a plots section of that file (bench runs this too, without --quick)
";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or_default();
    let result = match args.first().map(String::as_str) {
        Some("demo") => demo::run(rest),
        Some("test") => ci::run(rest),
        Some("codegen") => codegen::run(rest),
        Some("dist") => dist::run(rest),
        Some("netlib") => netlib::run(rest),
        Some("lapack-suite") => lapack_suite::run(rest),
        Some("lapack-abi") => lapack_abi::run(rest),
        Some("bench") => bench::run(rest),
        Some("reliability") => reliability::run(rest),
        Some("fuzz") => fuzz::run(rest),
        Some("plot") => plot::run(rest),
        Some("clients") => clients::run(rest),
        Some("ecosystem") => ecosystem::run(rest),
        Some("install") => install::run(rest),
        Some("uninstall") => install::run_uninstall(rest),
        Some("help" | "-h" | "--help") => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown task `{other}`\n\n{USAGE}")),
        None => Err(format!("no task given\n\n{USAGE}")),
    };
    if let Err(e) = result {
        eprintln!("xtask: error: {e}");
        std::process::exit(1);
    }
}
