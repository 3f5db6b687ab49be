//! Orthogonal factorizations: QR (`?geqrf` and its relatives), and
//! generating and applying its Q (`?orgqr`/`?ungqr`, `?ormqr`/`?unmqr`).
//!
//! The factorization is blocked, and each panel is factored recursively
//! (Elmroth and Gustavson, "Applying recursion to serial and parallel QR
//! factorization leads to better performance", 2000): the left half of the
//! panel, its reflectors applied to the right half as one block, the right
//! half, and the two halves' triangular factors joined into the panel's T,
//! which the blocked update then applies with Level-3 products. Splits are
//! decided by the sizes alone, so the result is the same at any thread count.

mod apply;
mod factor;
mod generate;
mod hhr;
mod lq;
mod oriented;
mod pivoted;
mod ql;
mod rq;
mod rz;
mod tp;
mod tsqr;

pub use apply::{gemqrt, orm2r, ormqr, ormqr_req, ormqr_req_with, ormqr_with};
pub use factor::{geqr2, geqrf, geqrf_req, geqrf_with, geqrt, geqrt2, geqrt3, Positive};
pub use generate::{org2r, orgqr, orgqr_req, orgqr_req_with, orgqr_with};
pub use hhr::{
    getsqrhrt, getsqrhrt_work, larfb_gett, launhr_col_getrfnp, launhr_col_getrfnp2, orgtsqr, orgtsqr_row,
    orgtsqr_row_work, orgtsqr_work, orhr_col,
};
pub use lq::{
    gelq2, gelqf, gelqf_req, gelqf_with, gelqt, gelqt3, gemlqt, orgl2, orglq, orglq_req, orglq_req_with, orglq_with,
    orml2, ormlq, ormlq_req, ormlq_req_with, ormlq_with,
};
pub use pivoted::{geqp3, geqp3_req, geqp3_req_with, geqp3_with, laqp2, laqps, PIVOT_BLOCK, PIVOT_CROSSOVER};
pub use ql::{
    geql2, geqlf, geqlf_req, geqlf_with, org2l, orgql, orgql_req, orgql_req_with, orgql_with, orm2l, ormql, ormql_req,
    ormql_req_with, ormql_with,
};
pub use rz::{
    larz, larz_parts, larzb, larzt, latrz, ormr3, ormrz, ormrz_req, ormrz_req_with, ormrz_with, tzrzf, tzrzf_req,
    tzrzf_with,
};

use ferroblas_relapack::Workspace;

/// The number of `T` elements one `take` can carve from `work`.
pub(crate) fn capacity<T>(work: &Workspace<'_>) -> usize {
    work.capacity::<T>()
}

/// The block size the library uses for QR and the routines around it when
/// the caller does not choose one.
pub const BLOCK: usize = 64;

pub use rq::{
    gerq2, gerqf, gerqf_req, gerqf_with, orgr2, orgrq, orgrq_req, orgrq_req_with, orgrq_with, ormr2, ormrq, ormrq_req,
    ormrq_req_with, ormrq_with,
};

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_oriented;

#[cfg(test)]
mod pivqr_tests;

pub use tp::{tplqt, tplqt2, tpmlqt, tpmqrt, tpqrt, tpqrt2, tprfb};
pub use tsqr::{gelq, gelq_blocks, gemlq, gemqr, geqr, geqr_blocks, lamswlq, lamtsqr, laswlq, latsqr, ts_blocks};
#[cfg(test)]
mod tests_tp;
#[cfg(test)]
mod tests_tsqr;
