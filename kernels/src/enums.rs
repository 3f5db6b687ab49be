//! The option arguments of BLAS and LAPACK: transpose, triangle, side, diagonal.

/// How an operand enters: `op(A) = A`, `A^T` or `A^H`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Trans {
    /// `op(A) = A` (`'N'`).
    No,
    /// `op(A) = A^T` (`'T'`).
    Trans,
    /// `op(A) = A^H` (`'C'`); the same as `Trans` for real types.
    ConjTrans,
}

/// Which triangle of a symmetric, Hermitian or triangular matrix is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Uplo {
    /// The upper triangle (`'U'`).
    Upper,
    /// The lower triangle (`'L'`).
    Lower,
}

/// Which side a triangular or symmetric operand multiplies from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// `op(A) * B` (`'L'`).
    Left,
    /// `B * op(A)` (`'R'`).
    Right,
}

/// Whether a triangular matrix has an implicit unit diagonal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Diag {
    /// The diagonal is taken as ones and not read (`'U'`).
    Unit,
    /// The stored diagonal is used (`'N'`).
    NonUnit,
}

impl Trans {
    /// Parses a BLAS option character, case-insensitively (`N`, `T`, `C`).
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'N' => Some(Trans::No),
            b'T' => Some(Trans::Trans),
            b'C' => Some(Trans::ConjTrans),
            _ => None,
        }
    }
    /// True for `Trans` and `ConjTrans`.
    pub fn is_trans(self) -> bool {
        self != Trans::No
    }
}

impl Uplo {
    /// Parses `U` or `L`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'U' => Some(Uplo::Upper),
            b'L' => Some(Uplo::Lower),
            _ => None,
        }
    }
    /// The other triangle; what this one becomes under transposition.
    pub fn flip(self) -> Self {
        match self {
            Uplo::Upper => Uplo::Lower,
            Uplo::Lower => Uplo::Upper,
        }
    }
}

impl Side {
    /// Parses `L` or `R`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'L' => Some(Side::Left),
            b'R' => Some(Side::Right),
            _ => None,
        }
    }
    /// The other side; what this one becomes under transposition.
    pub fn flip(self) -> Self {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }
}

impl Diag {
    /// Parses `U` or `N`, case-insensitively.
    pub fn from_char(c: u8) -> Option<Self> {
        match c.to_ascii_uppercase() {
            b'U' => Some(Diag::Unit),
            b'N' => Some(Diag::NonUnit),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_is_case_insensitive() {
        assert_eq!(Trans::from_char(b'c'), Some(Trans::ConjTrans));
        assert_eq!(Trans::from_char(b'x'), None);
        assert_eq!(Uplo::from_char(b'l'), Some(Uplo::Lower));
        assert_eq!(Side::from_char(b'R'), Some(Side::Right));
        assert_eq!(Diag::from_char(b'n'), Some(Diag::NonUnit));
        assert_eq!(Uplo::Upper.flip(), Uplo::Lower);
    }
}
