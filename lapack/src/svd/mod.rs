//! The singular value decomposition: of a bidiagonal matrix by implicit
//! zero-shift QR ([`bdsqr`]), by dqds ([`lasq1`], [`lasq2`] and the pieces
//! under them) or by divide and conquer ([`bdsdc`], with the secular
//! equation solver [`lasd4`]), and of a 2x2 triangular matrix ([`las2`],
//! [`lasv2`]); the one-sided Jacobi SVD ([`gesvj`]); the QR-preconditioned
//! SVD ([`gesvdq`]); the preconditioned Jacobi SVD ([`gejsv`]); the generalized SVD of
//! a pair ([`ggsvd3`], by [`ggsvp3`] and the Jacobi sweeps of [`tgsja`]) and
//! the reduction of a band matrix to bidiagonal form by rotations ([`gbbrd`]).

pub mod band_bidiag;
pub mod bdsqr;
pub mod bdsvdx;
pub mod bidiag;
pub mod compact;
pub mod csd;
pub mod divide;
pub mod dqds;
pub mod gejsv;
pub mod gelsd;
pub mod gelss;
pub mod gesdd;
pub mod gesvd;
pub mod gesvdq;
pub mod gesvdx;
pub mod gsvd;
pub mod gsvd_jacobi;
pub mod jacobi;
pub mod lalsd;
pub mod lasda;
pub mod secular;
pub mod small;

pub use band_bidiag::{gbbrd, gbbrd_req, GbbrdVect};
pub use bdsqr::{bdsqr, bdsqr_req, bdsqr_req_fast};
pub use bdsvdx::{bdsvdx, bdsvdx_req};
pub use bidiag::{
    gebd2, gebrd, gebrd_nx, gebrd_req, gebrd_req_with, gebrd_with, labrd, orgbr, orgbr_req, orgbr_req_with, orgbr_with,
    ormbr, ormbr_req, ormbr_req_with, ormbr_with, Vect, GEBRD_BLOCK, GEBRD_CROSSOVER,
};
pub use compact::{lals0, lasd6, lasd6_req, lasd7, lasd8, Deflation, MergeFactors, MergeRecord, MergeRef};
pub use divide::{
    bdsdc, bdsdc_ilen, bdsdc_ireq, bdsdc_req, coltyp, lasd0, lasd0_ireq, lasd0_req, lasd1, lasd1_ireq, lasd1_req,
    lasd2, lasd3, lasdq, lasdq_req, lasdt, smlsiz, BdsdcJob,
};
pub use dqds::{lasq1, lasq2, lasq3, lasq4, lasq5, lasq6, DqdsState, SweepMins};
pub use gejsv::{
    gejsv, gejsv_req, GejsvAccuracy, GejsvJobs, GejsvLeft, GejsvPerturb, GejsvRange, GejsvRight, GejsvStats,
    GejsvTranspose,
};
pub use gelsd::{gelsd, gelsd_req};
pub use gelss::{gelss, gelss_req};
pub use gesdd::{gesdd, gesdd_iwork_len, gesdd_iwork_req, gesdd_req, gesdd_rwork_req, GesddJob};
pub use gesvd::{gesvd, gesvd_qr_first, gesvd_req, gesvd_req_fast, SvdJob};
pub use gesvdq::{
    gesvdq, gesvdq_req, GesvdqAccuracy, GesvdqError, GesvdqFactor, GesvdqInfo, GesvdqLeft, GesvdqRight, GesvdqRows,
};
pub use gesvdx::{gesvdx, gesvdx_req};
pub use gsvd::{ggsvd3, ggsvd3_req, ggsvp3, ggsvp3_req, Gsvd};
pub use gsvd_jacobi::{lags2, lapll, tgsja, Accumulate, Lags2, TGSJA_MAXIT};
pub use jacobi::{gesvj, gesvj_req, gsvj0, gsvj1, InfiniteEntry, JacobiLeft, JacobiRight, JacobiShape, JacobiStats};
pub use lalsd::{lalsd, lalsd_req};
pub use lasda::{
    bdsdc_compact, bdsdc_compact_len, bdsdc_compact_req, lalsa, lalsa_req, lasda, lasda_levels, lasda_req, CompactSvd,
};
pub use secular::{lasd4, lasd5};
pub use small::{las2, lasv2, Svd2};

#[cfg(test)]
mod bdsvdx_tests;
#[cfg(test)]
mod bidiag_tests;
#[cfg(test)]
mod divide_tests;
#[cfg(test)]
mod gejsv_tests;
#[cfg(test)]
mod gesdd_tests;
#[cfg(test)]
mod gesvd_tests;
#[cfg(test)]
mod gesvdq_tests;
#[cfg(test)]
mod gesvdx_tests;
#[cfg(test)]
mod jacobi_tests;
#[cfg(test)]
mod lalsd_tests;
#[cfg(test)]
mod lasd_tests;
#[cfg(test)]
mod tests;
