//! Integration tests, one binary with a module per area (as ripgrep does).
//!
//! - `narrative`: the sentences produced for given numbers, both languages;
//! - `validation`: every data rule, with the error text and its line;
//! - `cli`: the command line end to end: PDFs built from the shipped data,
//!   their text, exit codes, and what a failed run leaves behind;
//! - `check`: `trialreport check`, one broken fixture per check, at its line;
//! - `watch`: `trialreport watch` rebuilding on an edit, keeping the last
//!   good PDF on a broken one;
//! - `pseudo`: `build --pseudo` leaves no word on the page that is not from
//!   the locales.
//!
//! Data sets written inside the tests are synthetic unless they are the
//! shipped `data/` files.

mod check;
mod cli;
mod narrative;
mod pseudo;
mod util;
mod validation;
mod watch;
