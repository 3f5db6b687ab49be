//! Shared helpers for the integration tests in `tests/tests/`: deterministic
//! random data, plain reference implementations, and tolerant comparisons.
