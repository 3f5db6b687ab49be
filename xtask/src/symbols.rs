//! Which interface an exported symbol belongs to: the BLAS (with CBLAS and
//! the extensions ferroblas exports beside it), LAPACK or LAPACKE. `dist`
//! splits its drop-ins by it; `lapack-suite` counts its bindings by it.

/// Level 1-3 BLAS names (and the extensions and helpers ferroblas exports with
/// them), without the trailing underscore. Names such as `csymv`, `csyr`,
/// `crot` or `zspmv` are LAPACK routines and are deliberately absent.
pub fn is_blas(name: &str) -> bool {
    // Both real and complex (`s`, `d`, `c`, `z`), with OpenBLAS's and MKL's
    // extensions that ferroblas exports with the BLAS.
    #[rustfmt::skip]
    const BOTH: &[&str] = &[
        "rotg", "swap", "scal", "copy", "axpy", "axpby", "gemv", "gbmv", "trmv", "tbmv", "tpmv", "trsv", "tbsv",
        "tpsv", "sbmv", "spr2", "syr2", "gemm", "gemmt", "symm", "syrk", "syr2k", "trmm", "trsm", "omatcopy",
        "imatcopy", "gemmtr", "gemm_batch", "gemm_batch_strided", "geadd",
    ];
    #[rustfmt::skip]
    const REAL: &[&str] = &[
        "rotmg", "rot", "rotm", "dot", "nrm2", "asum", "symv", "spmv", "ger", "syr", "spr", "amax", "amin", "max",
        "min", "sum",
    ];
    #[rustfmt::skip]
    const COMPLEX: &[&str] = &[
        "dotu", "dotc", "hemv", "hbmv", "hpmv", "geru", "gerc", "her", "hpr", "her2", "hpr2", "hemm", "herk", "her2k",
        "gemm3m", "axpyc",
    ];
    #[rustfmt::skip]
    const OTHER: &[&str] = &[
        "sdsdot", "dsdot", "scasum", "dzasum", "scnrm2", "dznrm2", "csrot", "zdrot", "csscal", "zdscal", "scabs1",
        "dcabs1", "isamax", "idamax", "icamax", "izamax", "isamin", "idamin", "icamin", "izamin", "idmax", "idmin",
        "ismax", "ismin", "scamax", "scamin", "dzamax", "dzamin", "scsum", "dzsum", "lsame", "xerbla", "xerbla_array",
    ];
    if OTHER.contains(&name) {
        return true;
    }
    let (prefix, stem) = match name.char_indices().nth(1) {
        Some((i, _)) => name.split_at(i),
        None => return false,
    };
    match prefix {
        "s" | "d" => BOTH.contains(&stem) || REAL.contains(&stem),
        "c" | "z" => BOTH.contains(&stem) || COMPLEX.contains(&stem),
        _ => false,
    }
}

/// A Fortran symbol (`dgemm_`, `dgetrf_64_`) without its suffix: `dgemm`, `dgetrf`.
pub fn fortran_stem(symbol: &str) -> Option<&str> {
    symbol.strip_suffix("_64_").or_else(|| symbol.strip_suffix('_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_blas_names() {
        for n in ["dgemm", "zher2k", "izamax", "dznrm2", "lsame", "xerbla", "csscal", "sdsdot", "dtrsv"] {
            assert!(is_blas(n), "{n}");
        }
        for n in ["dgetrf", "dlange", "csymv", "csyr", "zrot", "zspmv", "ilaenv", "dlamch", "icmax1"] {
            assert!(!is_blas(n), "{n}");
        }
    }

    #[test]
    fn strips_fortran_suffixes() {
        assert_eq!(fortran_stem("dgemm_"), Some("dgemm"));
        assert_eq!(fortran_stem("dgetrf_64_"), Some("dgetrf"));
        assert_eq!(fortran_stem("cblas_ddot"), None);
    }
}
