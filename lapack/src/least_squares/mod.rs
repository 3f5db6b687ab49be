//! Linear least squares: the minimum-norm solution of `min |A X - B|` for a
//! possibly rank-deficient A by a complete orthogonal factorization
//! (`?gelsy`, with `?laic1`).

mod gelsy;

pub use gelsy::{gelsy, gelsy_req, laic1, Extreme, Laic1};
