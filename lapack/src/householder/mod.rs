//! Householder reflectors: generating one (`?larfg`, `?larfgp`), applying
//! one (`?larf`, `?larfx`, `?larfy`), and blocks of them in compact WY form
//! (`?larft`, `?larfb`), on which QR, LQ, QL and RQ, the reductions to
//! tridiagonal, bidiagonal and Hessenberg form, and everything that applies
//! their Q are built.

mod apply;
mod block;
mod generate;

pub(crate) use apply::{apply_left_unit, apply_right_unit};
pub use apply::{larf, larfx, larfy};
#[cfg(test)]
pub(crate) use block::larfb_sliced;
pub(crate) use block::{forward, join, larfb_forward, larft_forward, Forward, Taus};
pub use block::{larfb, larft, Direct, StoreV};
pub use generate::{larfg, larfgp};
