//! `ferroblas`: what ferroblas runs on this machine, and how it compares with
//! the BLAS and LAPACK libraries installed beside it.
//!
//! ```text
//! ferroblas info                    CPU, kernel table, threads, version, exported interfaces
//! ferroblas bench [--quick]         dgemm, dgemv and dgetrf on ferroblas and on every
//!                 [--lib DIR]...    system BLAS found (or the folders given), one table
//! ```

mod bench;
mod info;

const USAGE: &str = "\
usage: ferroblas <command>

commands:
  info                 the CPU, the kernel table ferroblas chose, its threads, version and interfaces
  bench [--quick]      dgemm, dgemv and dgetrf on ferroblas and on the system's BLAS/LAPACK libraries
        [--lib DIR]    compare with the libblas.so.3 (and liblapack.so.3) in DIR instead (repeatable)
";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("info") if args.len() == 1 => {
            print!("{}", info::report());
            Ok(())
        }
        Some("bench") => bench::run(&args[1..]),
        Some("help" | "-h" | "--help") | None => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command or argument `{other}`\n\n{USAGE}")),
    };
    if let Err(e) = result {
        eprintln!("ferroblas: {e}");
        std::process::exit(2);
    }
}
