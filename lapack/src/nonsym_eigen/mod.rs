//! The nonsymmetric eigenvalue problem, the path `numpy.linalg.eig` takes:
//! balancing (`?gebal`, `?gebak`), the reduction to upper Hessenberg form
//! (`?gehrd` with its panel `?lahr2` (the deprecated `?lahrd` beside it), `?gehd2`) and its Q (`?orghr`/`?unghr`,
//! `?ormhr`/`?unmhr`), the Hessenberg QR algorithm (`?lahqr`, `?hseqr`, with
//! the real 2x2 standardization `?lanv2`), the eigenvectors of the Schur form
//! (`?trevc3`, `?trevc`) and the drivers `?geev` and `?geevx` (a choice of
//! balancing, condition numbers); reordering the Schur form (`?laexc`,
//! `?trexc`, `?trsen` with the condition numbers of a cluster) and the
//! condition numbers of single eigenpairs (`?trsna`); the Schur
//! factorization drivers with sorting `?gees` and `?geesx` (with the
//! cluster's condition numbers; their Fortran SELECT callback is the spec's
//! `fn T` argument kind).
//!
//! Index conventions: the balanced, active block `ILO..IHI` of LAPACK is the
//! half-open range `ilo..ihi` here (`ilo = ILO - 1`, `ihi = IHI`), so an
//! empty matrix has `ilo = ihi = 0`. Eigenvalues are returned as complex
//! numbers for every scalar type; a real type's complex pairs are adjacent,
//! the one with positive imaginary part first.
//!
//! `?hseqr` runs the small-bulge multishift QR algorithm with aggressive
//! early deflation (`?laqr0`-`?laqr5`, Braman, Byers and Mathias) above
//! order [`NMIN`], the double-shift (real) or single-shift (complex)
//! `?lahqr` below it. The Fortran `?laqr0`-`?laqr5` entry points are thin
//! adapters onto these same routines; the scratch arrays the reference's
//! interfaces pass (V, T, WV, U, WH) are not used, the Rust routines taking
//! their scratch from WORK (or, for `?laqr5`, which has none, a buffer).

mod aed;
mod balance;
mod eigvec;
mod gees;
mod geev;
mod geevx;
mod hessenberg;
mod inverse;
mod multishift;
mod reorder;
mod schur;
pub(crate) use schur::csqrt;
#[cfg(test)]
mod schur_testutil;
mod sweep;
mod trsen;
mod trsna;

pub use aed::{laqr3, laqr3_req, Aed};
pub use balance::{gebak, gebak_indexed, gebal, Balanced};
pub use eigvec::{trevc3, trevc3_count, trevc3_in, trevc3_reals, trevc3_req, trevc3_scratch, Howmny, VecSide};
pub use gees::{gees, gees_req, geesx, geesx_checked, geesx_req, Gees, Geesx};
pub use geev::{geev, geev_into, geev_into_req, geev_reals, geev_req, EigOut, SplitEigs};
pub use geevx::{geevx, geevx_req, Geevx};
pub use hessenberg::{
    gehd2, gehrd, gehrd_req, gehrd_req_with, gehrd_with, lahr2, lahrd, orghr, orghr_req, ormhr, ormhr_req, CROSSOVER,
};
pub use inverse::{hsein, hsein_count, hsein_req, laein, laein_req, EigSource, Hsein, InitVectors};
pub use multishift::{iparmq_ns, iparmq_nw, laqr0, laqr0_req, laqr4, laqr4_req, NIBBLE, NMIN};
pub use reorder::{laexc, trexc};
pub use schur::{hseqr, hseqr_req, hseqr_req_with, hseqr_with, lahqr, lanv2, Lanv2, SchurJob};
pub use sweep::{laqr1, laqr5, laqr5_req};
pub use trsen::{trsen, trsen_count, trsen_liwork, trsen_lwork, trsen_req, Reordered, SenseJob};
pub use trsna::{laqtr, trsna, trsna_count, trsna_req, SnaJob};

use ferroblas_kernels::scalar::Complex;

/// The eigenvalue type of a scalar type `T`: `Complex<T::Real>`.
pub type Eig<R> = Complex<R>;

/// What `?gebal` does (JOB).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BalanceJob {
    /// Nothing: `ilo = 0`, `ihi = n`, every scale factor 1 (`'N'`).
    None,
    /// Permute only (`'P'`).
    Permute,
    /// Scale only (`'S'`).
    Scale,
    /// Permute, then scale (`'B'`).
    Both,
}

impl BalanceJob {
    /// Parses `N`, `P`, `S` or `B`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'N' => Some(BalanceJob::None),
            b'P' => Some(BalanceJob::Permute),
            b'S' => Some(BalanceJob::Scale),
            b'B' => Some(BalanceJob::Both),
            _ => None,
        }
    }

    fn permutes(self) -> bool {
        matches!(self, BalanceJob::Permute | BalanceJob::Both)
    }

    fn scales(self) -> bool {
        matches!(self, BalanceJob::Scale | BalanceJob::Both)
    }
}

/// Whether a driver computes eigenvectors (JOBVL, JOBVR).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VecJob {
    /// No (`'N'`).
    No,
    /// Yes (`'V'`).
    Vectors,
}

impl VecJob {
    /// Parses `N` or `V`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'N' => Some(VecJob::No),
            b'V' => Some(VecJob::Vectors),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests;
