//! Expert linear-system support: equilibration (row and column scalings
//! that bring a matrix's entries near 1, and their application) and
//! iterative refinement with forward and backward error bounds, and the
//! expert drivers that combine them with the factorizations; the
//! mixed-precision solvers.

mod drivers;
pub(crate) mod equilibrate;
mod mixed;
mod packed;
mod refine;

pub use drivers::{
    gbsvx, gbsvx_req, gesvx, gesvx_req, pbsvx, pbsvx_req, posvx, posvx_req, sysvx, sysvx_req, Fact, Svx, SvxError,
};
pub use equilibrate::{
    gbequ, gbequb, geequ, geequb, laqgb, laqge, laqsb, laqsy, pbequ, poequ, poequb, syequb, EquError, Equed,
    RowColScaling, SyequbBreakdown, SymScaling,
};
pub use mixed::{gesv_mixed, mixed_req, posv_mixed, MixedIter};
pub use packed::{ppsvx, ppsvx_req, spsvx, spsvx_req};
pub use refine::{gbrfs, gerfs, pbrfs, porfs, rfs_req, syrfs, trrfs};
