//! trialreport builds the Norwegian Medical Products Agency's (DMP) yearly
//! report on clinical-trial applications, as PDFs in every language of
//! `locales/`, from the yearly numbers in `data/`.
//!
//! The library is the pipeline, one module per stage, each a function from
//! a typed input to a typed output:
//!
//! 1. [`data`]: load and validate `data/<year>.toml` → [`data::Dataset`];
//! 2. [`facts`]: what the numbers say, without words → [`facts::Facts`];
//! 3. [`text`]: Fluent messages turn facts into a localised [`text::Document`];
//! 4. [`charts`]: plotters draws each figure as SVG, and [`rendered`] holds
//!    the document with its charts and numbering, once for every edition;
//! 5. the editions: [`typeset`] (Typst lays the document out in process →
//!    PDF) and [`html`] (the web page), with the run's [`fonts`].
//!
//! [`build`] runs them for a year and a set of languages and writes the
//! files; [`diag`] gives every stage's problems one shape.

pub mod budget;
pub mod build;
pub mod charts;
pub mod check;
pub mod config;
pub mod data;
pub mod diag;
pub mod facts;
pub mod fonts;
pub mod gaps;
pub mod html;
pub mod input;
pub mod rendered;
pub mod text;
pub mod typeset;
pub mod watch;
