//! Tridiagonal linear systems and the tridiagonal eigen drivers.
//!
//! - [`general`]: general tridiagonal matrices (`?gttrf`, `?gttrs`,
//!   `?gtts2`, `?gtsv`, `?gtcon`, `?gtrfs`, `?gtsvx`, `?lagtm`);
//! - [`positive`]: Hermitian (real: symmetric) positive definite ones, in
//!   the `L D L^H` form (`?pttrf`, `?pttrs`, `?ptts2`, `?ptsv`, `?ptcon`,
//!   `?ptrfs`, `?ptsvx`);
//! - [`drivers`]: eigenvalues and eigenvectors of a positive definite
//!   tridiagonal matrix through its bidiagonal factor (`?pteqr`) and the
//!   real symmetric tridiagonal drivers (`?stev`, `?stevd`, `?stevx`,
//!   `?stevr`);
//! - [`shifted`]: the factorization of `T - lambda I` and the solves with
//!   it for inverse iteration (`?lagtf`, `?lagts`).

pub mod drivers;
pub mod general;
pub mod positive;
pub mod shifted;

pub use drivers::*;
pub use general::*;
pub use positive::*;
pub use shifted::*;

use ferroblas_kernels::scalar::Scalar;
use ferroblas_kernels::MatMut;

/// Whether an expert driver factors the matrix itself (`FACT`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fact {
    /// `'F'`: the factorization is given on entry.
    Factored,
    /// `'N'`: the driver factors a copy of the matrix.
    NotFactored,
}

impl Fact {
    /// Parses `F` or `N`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'F' => Some(Fact::Factored),
            b'N' => Some(Fact::NotFactored),
            _ => None,
        }
    }
}

/// One right-hand side being solved in place: a contiguous slice, or a
/// column of a strided matrix ([`Strided`]); the solves are written once
/// over this and compiled for each.
pub(crate) trait Column<T> {
    /// The number of entries.
    fn len(&self) -> usize;
    /// Entry `i`.
    fn at(&self, i: usize) -> T;
    /// Sets entry `i`.
    fn put(&mut self, i: usize, v: T);
}

impl<T: Copy> Column<T> for [T] {
    #[inline(always)]
    fn len(&self) -> usize {
        <[T]>::len(self)
    }
    #[inline(always)]
    fn at(&self, i: usize) -> T {
        self[i]
    }
    #[inline(always)]
    fn put(&mut self, i: usize, v: T) {
        self[i] = v;
    }
}

/// Column `j` of a matrix whose columns are not contiguous.
pub(crate) struct Strided<'s, 'a, T> {
    m: &'s mut MatMut<'a, T>,
    j: usize,
}

impl<'s, 'a, T> Strided<'s, 'a, T> {
    pub(crate) fn new(m: &'s mut MatMut<'a, T>, j: usize) -> Self {
        Strided { m, j }
    }
}

impl<T: Scalar> Column<T> for Strided<'_, '_, T> {
    fn len(&self) -> usize {
        self.m.nrows()
    }
    fn at(&self, i: usize) -> T {
        self.m.get(i, self.j)
    }
    fn put(&mut self, i: usize, v: T) {
        self.m.set(i, self.j, v);
    }
}

#[cfg(test)]
mod tests;
