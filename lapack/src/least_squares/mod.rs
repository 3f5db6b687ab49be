//! Linear least squares and minimum-norm solutions: with a full-rank A by QR
//! or LQ (`?gels`, `?gelst`), and with a possibly rank-deficient A by a
//! complete orthogonal factorization (`?gelsy`, with `?laic1`, and the deprecated
//! `?gelsx`); generalized
//! QR/RQ of a pair and the constrained problems `?gglse`, `?ggglm`.

mod gels;
mod gelsy;
mod generalized;
mod getsls;

pub use gels::*;
pub use gelsy::{gelsx, gelsy, gelsy_req, laic1, Extreme, Laic1};
pub use generalized::*;
pub use getsls::{getsls, getsls_req, getsls_req_min};

#[cfg(test)]
mod tests;
