//! Integration tests, one binary with a module per area (as ripgrep does).
//!
//! - `narrative`: the sentences produced for given numbers, both languages;
//! - `validation`: every data rule, with the error text and its line;
//! - `bad_inputs`: the corpus in tests/bad-inputs/, every bad input caught;
//! - `cli`: the command line end to end: PDFs built from the shipped data,
//!   their text, exit codes, and what a failed run leaves behind.
//!
//! Data sets written inside the tests are synthetic unless they are the
//! shipped `data/` files.

mod bad_inputs;
mod cli;
mod narrative;
mod util;
mod validation;
