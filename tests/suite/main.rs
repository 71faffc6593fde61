//! Integration tests, one binary with a module per area (as ripgrep does).
//!
//! - `narrative`: the corpus: the exact sentences for every pattern of
//!   numbers, in nb, nn and en;
//! - `validation`: every data rule, with the error text and its line;
//! - `accessible`: PDF/UA-1 and PDF/A-2a: tags, headings, tables, alt texts, date;
//! - `sandbox`: what a template can reach, text that is never code, fonts;
//! - `missing_year`: a year missing in the middle is left out and never
//!   compared across (the bad-input corpus is its own target, `bad_inputs`);
//! - `fuzz`: proptest: mutated data never make the pipeline panic;
//! - `cli`: the command line end to end: PDFs built from the shipped data,
//!   their text, exit codes, and what a failed run leaves behind;
//! - `check`: `trialreport check`, one broken fixture per check, at its line;
//! - `watch`: `trialreport watch` rebuilding on an edit, keeping the last
//!   good PDF on a broken one;
//! - `pseudo`: `build --pseudo` leaves no word on the page that is not from
//!   the locales.
//! - `batch`: many years and languages in one run, and `--emit-typst`.
//! - `outline`: the sections of report.toml, reordered, dropped, added;
//! - `years`: every shipped year in every language: its agency, the sections
//!   the rules in force and the data allow, what is missing said once.
//! - `structure`: every report of `build --year all`: numbered sections
//!   exactly where the data are, no chart of one point or table of one row,
//!   contents only in a report long enough to need them.
//! - `pdf_streams`: every stream's `/Length` and the end-of-line before
//!   `endstream` read the same way (PDF/A 6.1.7.1), for every year and language.
//! - `publisher`: who published each year's report: cover, footer, PDF
//!   metadata and web page name the publisher of report.toml, no other.
//! - `floats`: no figure or table between the two parts of a paragraph, in
//!   every report of `build --year all`.
//! - `one_run`: `check` reports the data's errors and the rest of the year
//!   being published together.
//! - `rules`: `rules.toml` and `check --rules`: the rules listed, a rule of
//!   the directorate's own added without Rust.
//! - `german`: a longer language (the `tests/fixtures/de` translation) in
//!   every year: each table header comes out of the PDF whole, without overlap.
//!
//! Data sets written inside the tests are synthetic unless they are the
//! shipped `data/` files.

mod accessible;
mod batch;
mod check;
mod cli;
mod floats;
mod fuzz;
mod german;
mod hostile;
mod html;
mod html_editions;
mod missing_year;
mod narrative;
mod one_run;
mod outline;
mod pdf_streams;
mod print;
mod pseudo;
mod publisher;
mod rules;
mod sandbox;
mod structure;
mod therapy_areas;
mod util;
mod validation;
mod watch;
mod writes;
mod years;
