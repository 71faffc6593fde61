//! The pipeline: data → facts → text → charts → editions (PDF, HTML) → files.
//!
//! [`Project`] names the folders a build reads (`data/`, `locales/`,
//! `templates/`, `report.toml`); [`build`] runs every stage for the chosen
//! years and languages, in parallel. All reports are made in memory first; only when
//! every one has succeeded are they written, each to a temporary file in the
//! output folder and renamed into place, so a failed run leaves the last good
//! PDFs as they were.

mod edition;
mod inputs;
mod project;
mod report;
mod run;
mod write;

pub use edition::{Assets, EDITIONS, Edition, Output, RenderContext};
pub use inputs::Inputs;
pub use project::{Project, Years, resolve_year, resolve_years};
pub use report::{Report, make_report, make_report_with, render_document};
pub use write::{
    EMITTED_CHARTS, EMITTED_MAIN, EMITTED_REPORT, EMITTED_WIDTHS, emit_typst, remove_temporaries,
    remove_temporaries_on_interrupt, write_all_atomically,
};

use std::path::PathBuf;
use std::time::Duration;

use crate::diag::{Diagnostic, Diagnostics, Severity, dedup};
use run::{Job, Made};
use write::prepare_out_dir;

/// What to build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub years: Years,
    /// Languages; all of `locales/` when `None`.
    pub langs: Option<Vec<String>>,
    pub out: PathBuf,
    /// Warnings (such as missing data) fail the build.
    pub strict: bool,
    /// Pseudo-localise every string from the locales (`report-YEAR-LANG-pseudo.pdf`).
    pub pseudo: bool,
    /// A folder of extra fonts for the template (`--font-path`).
    pub font_path: Option<PathBuf>,
    /// Also write each report's Typst sources to `DIR/<year>-<lang>/`.
    pub emit_typst: Option<PathBuf>,
    /// The editions to write (both when empty).
    pub editions: Vec<Edition>,
}

impl BuildOptions {
    /// Whether this build writes `edition`.
    pub fn writes(&self, edition: Edition) -> bool {
        self.editions.is_empty() || self.editions.contains(&edition)
    }
}

/// One file written.
#[derive(Debug, Clone)]
pub struct Written {
    pub path: PathBuf,
    pub year: i32,
    pub lang: String,
    pub edition: Edition,
    /// Pages of a PDF (0 for a web page).
    pub pages: usize,
    /// Its size in bytes.
    pub bytes: usize,
    /// Time to make it, on its worker thread: for a PDF, the whole report
    /// (text, charts, layout, PDF); for a web page, its rendering.
    pub time: Duration,
}

/// A successful build.
#[derive(Debug)]
pub struct Outcome {
    pub years: Vec<i32>,
    /// In order of year, then language.
    pub written: Vec<Written>,
    /// The folders written by `--emit-typst`.
    pub emitted: Vec<PathBuf>,
    pub warnings: Vec<Diagnostic>,
    /// The declared gaps the run met, in one line (see [`gaps::Gaps::summary`]).
    pub known_gaps: Option<String>,
}

/// Told about the reports as they are made (from worker threads).
pub trait Progress: Sync {
    /// `total` reports are about to be made.
    fn start(&self, _total: usize) {}
    /// One report has been made in memory (not yet written).
    fn done(&self, _year: i32, _lang: &str, _pages: usize, _time: Duration) {}
}

/// No progress reports.
impl Progress for () {}

/// Builds the reports of the chosen years and languages and writes them.
pub fn build(project: &Project, opts: &BuildOptions) -> Result<Outcome, Diagnostics> {
    build_with(project, opts, &())
}

/// As [`build`], telling `progress` about each report as it is made.
///
/// Everything a run shares is read once ([`Inputs::load`]): the data and
/// facts of each year, each language's locale, the template files (read and
/// parsed once), the charts' style and the fonts. The reports, every year ×
/// every language, are then made in parallel, one a core at a time, while
/// the locale checks run beside the first of them and Typst lays out the
/// pages of each on rayon's pool; each report's document is rendered once
/// and each edition made of it ([`Edition::render`]). Only when the checks
/// and every report have succeeded are the files written.
pub fn build_with(
    project: &Project,
    opts: &BuildOptions,
    progress: &dyn Progress,
) -> Result<Outcome, Diagnostics> {
    let inputs = Inputs::load(project, opts)?;
    let jobs = run::jobs(&inputs, opts);
    let (found, made) = run::make_all(project, &inputs, opts, &jobs, progress);
    let mut warnings = inputs.warnings.clone();
    let made = collect(&jobs, found, made, &mut warnings)?;
    let warnings = strict_gate(dedup(warnings), opts.strict)?;
    let written = write_outputs(&made, opts)?;
    let mut emitted = Vec::new();
    if let Some(dir) = &opts.emit_typst {
        for (job, report, _) in &made {
            emitted.push(emit_typst(
                dir,
                &inputs.assets.templates,
                &report.rendered.document,
                &report.rendered.charts,
                job.facts.year,
                &job.locale.lang,
            )?);
        }
    }
    Ok(Outcome {
        years: inputs.years(),
        written,
        emitted,
        warnings,
        known_gaps: inputs.gaps.summary(),
    })
}

/// A report made, with its job and the time it took.
type MadeReport<'j, 'a> = (&'j Job<'a>, Report, Duration);

/// The reports of `jobs`, when the checks (`found`) have no error and every
/// report was made; the warnings of both join `warnings`.
fn collect<'j, 'a>(
    jobs: &'j [Job<'a>],
    found: Vec<Diagnostic>,
    made: Vec<Made>,
    warnings: &mut Vec<Diagnostic>,
) -> Result<Vec<MadeReport<'j, 'a>>, Diagnostics> {
    let (errs, warns): (Vec<Diagnostic>, Vec<Diagnostic>) =
        (found.into_iter()).partition(|d| d.severity == Severity::Error);
    if !errs.is_empty() {
        return Err(Diagnostics(dedup(errs)));
    }
    warnings.extend(warns);
    // With no error among the checks, every report was begun.
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for (job, (report, time)) in jobs.iter().zip(made).filter_map(|(j, m)| Some((j, m?))) {
        match report {
            Ok(mut report) => {
                warnings.append(&mut report.warnings);
                out.push((job, report, time));
            }
            Err(e) => errors.extend(e.0),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(Diagnostics(dedup(errors)))
    }
}

/// With `--strict`, any warning fails the build (every one shown as an error).
fn strict_gate(warnings: Vec<Diagnostic>, strict: bool) -> Result<Vec<Diagnostic>, Diagnostics> {
    if !strict || warnings.is_empty() {
        return Ok(warnings);
    }
    let mut all = warnings;
    for w in &mut all {
        w.severity = Severity::Error;
    }
    all.push(Diagnostic::error(
        "--strict: warnings are errors; nothing was written",
    ));
    Err(Diagnostics(all))
}

/// Writes every edition of every report, all together or not at all.
fn write_outputs(made: &[MadeReport], opts: &BuildOptions) -> Result<Vec<Written>, Diagnostic> {
    prepare_out_dir(&opts.out)?;
    let mut written = Vec::new();
    let mut files: Vec<(PathBuf, &[u8])> = Vec::new();
    for (job, report, time) in made {
        let (year, lang) = (job.facts.year, &job.locale.lang);
        for output in &report.outputs {
            let path = (opts.out).join(output.edition.file_name(year, lang, opts.pseudo));
            written.push(Written {
                path: path.clone(),
                year,
                lang: lang.clone(),
                edition: output.edition,
                pages: output.pages,
                bytes: output.bytes.len(),
                // A PDF's is the whole report's (text, charts, layout, PDF).
                time: match output.edition {
                    Edition::Pdf => *time,
                    Edition::Html => output.time,
                },
            });
            files.push((path, output.bytes.as_slice()));
        }
    }
    write_all_atomically(&files)?;
    Ok(written)
}
