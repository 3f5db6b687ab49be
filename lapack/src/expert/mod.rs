//! Expert linear-system support: equilibration (row and column scalings
//! that bring a matrix's entries near 1, and their application).

mod equilibrate;

pub use equilibrate::{
    gbequ, gbequb, geequ, geequb, laqgb, laqge, laqsb, laqsy, pbequ, poequ, poequb, syequb, EquError, Equed,
    RowColScaling, SymScaling, SyequbBreakdown,
};
