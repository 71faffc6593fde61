//! The pipeline: data → facts → text → charts → editions (PDF, HTML) → files.
//!
//! [`Project`] names the folders a build reads (`data/`, `locales/`,
//! `templates/`, `report.toml`); [`build`] runs every stage for the chosen
//! years and languages, in parallel. All reports are made in memory first; only when
//! every one has succeeded are they written, each to a temporary file in the
//! output folder and renamed into place, so a failed run leaves the last good
//! PDFs as they were.

mod project;
mod report;
mod write;

pub use project::{Project, Years, resolve_year, resolve_years};
pub use report::{Renderers, Report, make_report, make_report_with};
pub use write::{
    EMITTED_CHARTS, EMITTED_MAIN, EMITTED_REPORT, emit_typst, remove_temporaries,
    remove_temporaries_on_interrupt, write_all_atomically,
};

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::diag::{Diagnostic, Diagnostics, Severity};
use crate::facts::Facts;
use crate::fonts::Fonts;
use crate::html::HtmlTemplates;
use crate::text::Locale;
use crate::typeset::Templates;
use crate::{charts, check, facts, gaps, text};
use project::resolve_langs;
use rayon::prelude::*;
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

/// An edition of a report: a file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Edition {
    /// The PDF for print and the archive (PDF/UA-1, PDF/A-2a).
    Pdf,
    /// The self-contained web page.
    Html,
}

impl Edition {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Edition::Pdf => "pdf",
            Edition::Html => "html",
        }
    }
}

/// The file name of a report's PDF: `report-2024-nb.pdf`, `report-2024-nb-pseudo.pdf`.
pub fn file_name(year: i32, lang: &str, pseudo: bool) -> String {
    edition_file_name(year, lang, pseudo, Edition::Pdf)
}

/// The file name of a report's edition: `report-2024-nb.html`.
pub fn edition_file_name(year: i32, lang: &str, pseudo: bool, edition: Edition) -> String {
    let suffix = if pseudo { "-pseudo" } else { "" };
    format!("report-{year}-{lang}{suffix}.{}", edition.extension())
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

/// Drops repeated diagnostics (the same missing message in every year's
/// report), keeping the first of each.
fn dedup(diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut seen = std::collections::HashSet::new();
    diagnostics
        .into_iter()
        .filter(|d| seen.insert((d.severity == Severity::Error, d.to_string())))
        .collect()
}

/// Builds the reports of the chosen years and languages and writes them.
pub fn build(project: &Project, opts: &BuildOptions) -> Result<Outcome, Diagnostics> {
    build_with(project, opts, &())
}

/// As [`build`], telling `progress` about each report as it is made.
///
/// Everything a run shares is made once: the data and facts of each year,
/// each language's locale, the template files (read and parsed once) and the
/// fonts (once per process). The reports, every year × every language, are
/// then made in parallel, one a core at a time (rayon's pool's threads:
/// `RAYON_NUM_THREADS`, or every core; one more in a short run), while the
/// locale checks run beside the first of them and Typst lays out the pages
/// of each on rayon's pool. Only when the checks and every report have
/// succeeded are the files written.
pub fn build_with(
    project: &Project,
    opts: &BuildOptions,
    progress: &dyn Progress,
) -> Result<Outcome, Diagnostics> {
    let (config, data) = project.load()?;
    // A project without rules.toml is warned (its counts are not checked
    // against each other); broken rules stopped `load` already.
    let rule_warnings = check::series_rules(&data, &config, &project.rules_path());
    let resolved = resolve_years(&data, opts.years, &project.data_dir())?;
    let years: Vec<i32> = resolved.iter().map(|y| y.year).collect();
    let langs = resolve_langs(project, &opts.langs)?;

    let facts: Vec<Facts> = resolved
        .iter()
        .map(|y| facts::compute(&data, &config, y))
        .collect();
    let gaps = gaps::gaps(&facts, &config, &data, &project.data_dir());
    let mut warnings: Vec<Diagnostic> = gaps.warnings.clone();
    warnings.extend(rule_warnings);

    // The languages built, and the source language they are checked against.
    let mut read = langs.clone();
    if !read.iter().any(|l| l == check::SOURCE_LANG)
        && project.locales_dir().join(check::SOURCE_LANG).is_dir()
    {
        read.push(check::SOURCE_LANG.to_string());
    }
    let (locales, templates) = rayon::join(
        || {
            read.par_iter()
                .map(|lang| Locale::load(lang, &project.locales_dir().join(lang)))
                .collect::<Vec<_>>()
        },
        || {
            // Read the fonts (once per run) while the locales load.
            let fonts = Fonts::load(&project.templates_dir(), opts.font_path.as_deref())?;
            let templates = Templates::new(&project.templates_dir())?;
            let html = if opts.writes(Edition::Html) {
                Some(HtmlTemplates::new(&project.templates_dir())?)
            } else {
                None
            };
            let style = charts::Style::load(&project.templates_dir(), &fonts)?;
            Ok::<_, Diagnostic>((templates, html, style, fonts))
        },
    );
    let mut errors = Vec::new();
    let mut locales: Vec<Locale> = locales
        .into_iter()
        .filter_map(|l| l.map_err(|e| errors.extend(e)).ok())
        .collect();
    let (templates, html_templates, chart_style, fonts) = templates.map_err(|e| {
        errors.push(e.clone());
        Diagnostics(errors.clone())
    })?;
    if !errors.is_empty() {
        return Err(Diagnostics(errors));
    }

    let area_errors = check::area_keys(&data, &years, &locales.iter().collect::<Vec<_>>());
    if !area_errors.is_empty() {
        return Err(Diagnostics(area_errors));
    }

    // Only the languages asked for are built.
    if opts.pseudo {
        for locale in locales.iter_mut().filter(|l| langs.contains(&l.lang)) {
            locale.set_transform(Some(text::locale::pseudo));
        }
    }
    let locales = &locales;

    // The checks `check` runs on these languages, and the completeness of
    // the year being published (the last of the run). Their outcome does
    // not depend on the words (pseudo-localised or not), only on which
    // messages are asked for.
    let run_checks = || {
        let files: Vec<check::LangFiles> = locales
            .iter()
            .map(|l| {
                let dir = project.locales_dir().join(&l.lang);
                check::LangFiles::from_parsed(&l.lang, dir, l.parsed())
            })
            .collect();
        let source = locales.iter().find(|l| l.lang == check::SOURCE_LANG);
        check::loaded(
            &files,
            source,
            &data,
            &config,
            project,
            years.last().copied(),
        )
    };

    let jobs: Vec<(&Facts, &Locale)> = facts
        .iter()
        .flat_map(|f| {
            locales
                .iter()
                .filter(|l| langs.contains(&l.lang))
                .map(move |l| (f, l))
        })
        .collect();
    // Each page's links to its PDF and to the same year in the other
    // languages of this build (the files written beside it).
    // In the order report.toml gives (`language_order`: nb, nn, en), the
    // others after them.
    let mut alternates: Vec<(&Locale, String)> = locales
        .iter()
        .filter(|l| langs.contains(&l.lang))
        .map(|l| (l, l.msg("language-name", &[]).unwrap_or_default()))
        .collect();
    alternates.sort_by_key(|(l, _)| {
        let at = config.language_order.iter().position(|o| *o == l.lang);
        (at.unwrap_or(usize::MAX), l.lang.clone())
    });
    let links: Vec<crate::html::Links> = jobs
        .iter()
        .map(|&(facts, locale)| crate::html::Links {
            pdf: opts.writes(Edition::Pdf).then(|| crate::html::PdfLink {
                href: edition_file_name(facts.year, &locale.lang, opts.pseudo, Edition::Pdf),
                kb: None,
            }),
            languages: alternates
                .iter()
                .map(|(l, name)| crate::html::Alternate {
                    tag: l.tag.to_string(),
                    name: name.clone(),
                    href: edition_file_name(facts.year, &l.lang, opts.pseudo, Edition::Html),
                    current: l.lang == locale.lang,
                })
                .collect(),
        })
        .collect();
    progress.start(jobs.len());
    // A short run (at most three reports a core) keeps one report more in
    // flight than there are cores: with one a core, its last report would
    // finish alone while a core idles (one year in three languages on two
    // cores: 0.82 of the wall time with three in flight). A longer run keeps
    // one a core: its tail is a small part of it, and memory grows with the
    // reports in flight (`--year all`: the same time, 101 against 117 MiB).
    let cores = rayon::current_num_threads();
    let workers = if jobs.len() <= 3 * cores {
        cores + 1
    } else {
        cores
    };
    // The checks run beside the first reports (nothing is written before
    // both are done); an error among them stops the reports not yet begun.
    let failed = AtomicBool::new(false);
    let (found, results) = std::thread::scope(|scope| {
        let checks = scope.spawn(|| {
            let found = run_checks();
            if found.iter().any(|d| d.severity == Severity::Error) {
                failed.store(true, Ordering::Relaxed);
            }
            found
        });
        // The longest reports first (the later years, with more sections of
        // data), so that the run does not end with one core busy on a long
        // report while the other has nothing left to do.
        let results: Vec<Option<(Result<Report, Diagnostics>, Duration)>> = run_jobs(
            &jobs,
            workers,
            |&(facts, _)| facts.year,
            |&(facts, locale)| {
                if failed.load(Ordering::Relaxed) {
                    return None;
                }
                let start = Instant::now();
                let links = jobs
                    .iter()
                    .position(|&(f, l)| f.year == facts.year && l.lang == locale.lang)
                    .map(|i| &links[i]);
                let renderers = Renderers {
                    pdf: opts.writes(Edition::Pdf).then_some(&templates),
                    html: html_templates.as_ref(),
                    links,
                };
                let report = make_report_with(
                    renderers,
                    &fonts,
                    &chart_style,
                    &config.outline(),
                    facts,
                    locale,
                );
                // Typst memoizes layout across compilations in a process; keep
                // what the reports in flight may reuse (results used within the
                // last `workers` reports), drop the rest, so memory stays flat
                // however many reports a run makes.
                typst::comemo::evict(workers);
                let time = start.elapsed();
                if let Ok(r) = &report {
                    let pages = r.pdf.as_ref().map_or(0, |(_, pages)| *pages);
                    progress.done(facts.year, &locale.lang, pages, time);
                }
                Some((report, time))
            },
        );
        let found = checks
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        (found, results)
    });
    let (errs, warns): (Vec<Diagnostic>, Vec<Diagnostic>) = found
        .into_iter()
        .partition(|d| d.severity == Severity::Error);
    if !errs.is_empty() {
        return Err(Diagnostics(dedup(errs)));
    }
    warnings.extend(warns);

    // With no error among the checks, every report was made.
    let mut made: Vec<(i32, String, Report, Duration)> = Vec::new();
    for ((facts, locale), (report, time)) in
        jobs.iter().zip(results).filter_map(|(j, r)| Some((j, r?)))
    {
        match report {
            Ok(mut report) => {
                warnings.extend(std::mem::take(&mut report.warnings));
                made.push((facts.year, locale.lang.clone(), report, time));
            }
            Err(e) => errors.extend(e.0),
        }
    }
    if !errors.is_empty() {
        return Err(Diagnostics(dedup(errors)));
    }
    let warnings = dedup(warnings);

    if opts.strict && !warnings.is_empty() {
        let mut all = warnings;
        for w in &mut all {
            w.severity = Severity::Error;
        }
        all.push(Diagnostic::error(
            "--strict: warnings are errors; nothing was written",
        ));
        return Err(Diagnostics(all));
    }

    // Every file of every report, written all together or not at all.
    prepare_out_dir(&opts.out)?;
    let mut written = Vec::new();
    let mut files: Vec<(PathBuf, &[u8])> = Vec::new();
    for (year, lang, report, time) in &made {
        let mut add = |edition, bytes: &'_ [u8], pages, time| {
            let path = opts
                .out
                .join(edition_file_name(*year, lang, opts.pseudo, edition));
            written.push(Written {
                path: path.clone(),
                year: *year,
                lang: lang.clone(),
                edition,
                pages,
                bytes: bytes.len(),
                time,
            });
            path
        };
        if let Some((pdf, pages)) = &report.pdf {
            files.push((add(Edition::Pdf, pdf, *pages, *time), pdf.as_slice()));
        }
        if let Some((page, html_time)) = &report.html {
            files.push((
                add(Edition::Html, page.as_bytes(), 0, *html_time),
                page.as_bytes(),
            ));
        }
    }
    write_all_atomically(&files)?;
    let mut emitted = Vec::new();
    if let Some(dir) = &opts.emit_typst {
        for (year, lang, report, _) in &made {
            emitted.push(emit_typst(
                dir,
                &templates,
                &report.document,
                &report.charts,
                *year,
                lang,
            )?);
        }
    }
    Ok(Outcome {
        years,
        written,
        emitted,
        warnings,
        known_gaps: gaps.summary(),
    })
}

/// Runs `f` on every job with `workers` threads of our own, each taking the
/// next job when it has finished one, the jobs of the highest `cost` first,
/// and returns the results in job order.
///
/// Not rayon's `par_iter`: Typst lays pages out in parallel with rayon, and a
/// rayon worker that waits for that work steals other jobs from its pool, so
/// with `par_iter` every report of the run would end up in flight at once,
/// nested on the workers' stacks, and memory would grow with the number of
/// reports. From threads outside the pool, Typst's own parallel work goes to
/// rayon's pool while each of our threads makes one report at a time.
fn run_jobs<J: Sync, R: Send, C: Ord>(
    jobs: &[J],
    workers: usize,
    cost: impl Fn(&J) -> C,
    f: impl Fn(&J) -> R + Sync,
) -> Vec<R> {
    // Longest first (a stable sort: equal costs keep their order).
    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(cost(&jobs[i])));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let workers = workers.clamp(1, jobs.len().max(1));
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let n = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(&i) = order.get(n) else { break };
                        out.push((i, f(&jobs[i])));
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jobs_run_once_each_and_come_back_in_order() {
        let jobs: Vec<u32> = (0..23).collect();
        for workers in [1, 2, 5, 64] {
            let calls = std::sync::atomic::AtomicUsize::new(0);
            let out = run_jobs(
                &jobs,
                workers,
                |j| j % 5,
                |j| {
                    calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    j * 2
                },
            );
            assert_eq!(out, jobs.iter().map(|j| j * 2).collect::<Vec<_>>());
            assert_eq!(calls.into_inner(), jobs.len());
        }
        assert!(run_jobs(&[] as &[u32], 2, |j| *j, |j| *j).is_empty());
    }

    #[test]
    fn the_costliest_jobs_start_first() {
        let jobs: Vec<u32> = vec![2014, 2024, 2019, 2023];
        let started = std::sync::Mutex::new(Vec::new());
        run_jobs(&jobs, 1, |j| *j, |j| started.lock().unwrap().push(*j));
        assert_eq!(started.into_inner().unwrap(), [2024, 2023, 2019, 2014]);
    }
}
