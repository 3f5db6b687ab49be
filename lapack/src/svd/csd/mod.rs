//! The CS decomposition of a partitioned orthogonal (unitary) matrix:
//! the bidiagonal-block iteration ([`bbcsd`]), the simultaneous
//! bidiagonalizations that lead to it ([`orbdb`] and the tall-skinny
//! [`orbdb1`] .. [`orbdb4`] with the orthogonal completions [`orbdb5`],
//! [`orbdb6`]), and the drivers ([`orcsd`], [`orcsd2by1`]).

pub mod bbcsd;

pub use bbcsd::{bbcsd, bbcsd_req, CsdBlocks, CsdWant};
pub mod orbdb;

pub use orbdb::{orbdb1, orbdb2, orbdb3, orbdb4, orbdb5, orbdb6, orbdb6_len, orbdb_tall_len};
pub mod csd2by1;

pub use csd2by1::{orcsd2by1, orcsd2by1_req};
pub mod orcsd;
pub mod partitioned;

pub use orcsd::{orcsd, orcsd_req};
pub use partitioned::{orbdb, orbdb_len, CsdSigns};

#[cfg(test)]
mod tests;
