//! Expert linear-system support: equilibration (row and column scalings
//! that bring a matrix's entries near 1, and their application) and
//! iterative refinement with forward and backward error bounds.

mod equilibrate;
mod refine;

pub use equilibrate::{
    gbequ, gbequb, geequ, geequb, laqgb, laqge, laqsb, laqsy, pbequ, poequ, poequb, syequb, EquError, Equed,
    RowColScaling, SymScaling, SyequbBreakdown,
};
pub use refine::{gbrfs, gerfs, pbrfs, porfs, rfs_req, syrfs, trrfs};
