//! Eigenvalues and eigenvectors of a real symmetric tridiagonal matrix.
//!
//! - [`sterf`]: eigenvalues only, root-free QL/QR (Pal-Walker-Kahan).
//! - [`steqr`]: implicit QL/QR with eigenvectors (real `d`, `e`; `Z` real or
//!   complex).
//! - [`stedc`]: Cuppen's divide and conquer, with the secular equation solved
//!   as Gu-Eisenstat and Li do ([`laed4`], [`laed5`], [`laed6`]) and
//!   orthogonal eigenvectors from the Löwner recomputation of the updating
//!   vector.
//! - the merge tree of [`laed0_tree`] ([`laed7`], [`laeda`]): divide and
//!   conquer for the eigenvectors of the dense matrix (`Q` updated) or none.
//! - the 2x2 eigensystem ([`lae2`], [`laev2`]), the merge permutation
//!   [`lamrg`] and the eigenvector condition numbers [`disna`].

mod divide;
mod qr;
mod secular;
mod small;
mod tree;

pub use divide::{
    laed0, laed0_req, laed1, laed1_req, laed2, laed3, laed8, laed9, smlsiz, stedc, stedc_req, stedc_sizes, Deflation,
    Deflation8, StedcSizes,
};
pub use qr::{steqr, steqr_req, steqr_req_fast, sterf};
pub use secular::{laed4, laed5, laed6};
pub use small::{disna, disna_len, disna_order, lae2, laesy, laev2, lamrg, DisnaJob, Laesy};
pub use tree::{laed0_tree, laed0_tree_req, laed7, laed7_req, laeda, tree_node, tree_span, MergeTree, TreeRef};

/// Which eigenvectors a tridiagonal eigensolver computes (`COMPZ`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Compz {
    /// Eigenvalues only (`'N'`).
    None,
    /// `Z` holds an orthogonal (unitary) matrix, typically from the reduction
    /// to tridiagonal form, and is multiplied by the eigenvectors (`'V'`).
    Update,
    /// `Z` is set to the eigenvectors of the tridiagonal matrix (`'I'`).
    Init,
}

impl Compz {
    /// Parses `N`, `V` or `I`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'N' => Some(Compz::None),
            b'V' => Some(Compz::Update),
            b'I' => Some(Compz::Init),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests;
