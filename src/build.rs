//! The pipeline: data → facts → text → charts → typeset → files.
//!
//! [`Project`] names the folders a build reads (`data/`, `locales/`,
//! `templates/`, `report.toml`); [`build`] runs every stage for the chosen
//! years and languages, in parallel. All reports are made in memory first; only when
//! every one has succeeded are they written, each to a temporary file in the
//! output folder and renamed into place, so a failed run leaves the last good
//! PDFs as they were.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::config::{Config, Outline};
use crate::data::{Dataset, YearData};
use rayon::prelude::*;

use std::sync::Arc;

use crate::diag::{Diagnostic, Diagnostics, Severity, SourceFile};
use crate::facts::Facts;
use crate::text::{Document, Locale};
use crate::typeset::Templates;
use crate::{charts, check, data, facts, gaps, text, typeset};

/// The folders of a trialreport project.
#[derive(Debug, Clone)]
pub struct Project {
    pub root: PathBuf,
}

impl Project {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }
    /// A path in the project; relative to the current folder when the root
    /// is `.`, so messages say `data/2024.toml`, not `./data/2024.toml`.
    fn path(&self, sub: &str) -> PathBuf {
        if self.root == Path::new(".") {
            PathBuf::from(sub)
        } else {
            self.root.join(sub)
        }
    }
    pub fn data_dir(&self) -> PathBuf {
        self.path("data")
    }
    pub fn locales_dir(&self) -> PathBuf {
        self.path("locales")
    }
    pub fn templates_dir(&self) -> PathBuf {
        self.path("templates")
    }
    pub fn config_path(&self) -> PathBuf {
        self.path("report.toml")
    }

    /// The languages: every folder in `locales/`, sorted.
    pub fn languages(&self) -> Result<Vec<String>, Diagnostic> {
        let dir = self.locales_dir();
        let entries = std::fs::read_dir(&dir).map_err(|e| {
            Diagnostic::error(format!("cannot read the locales folder: {e}")).in_path(&dir)
        })?;
        let mut langs: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_dir())
            .filter_map(|e| e.file_name().to_str().map(String::from))
            .collect();
        langs.sort();
        Ok(langs)
    }

    /// Reads `report.toml` and `data/`, checked.
    pub fn load(&self) -> Result<(Config, Dataset), Diagnostics> {
        let config = Config::load(&self.config_path())?;
        let data = data::load_dir(&self.data_dir())?;
        Ok((config, data))
    }

    /// The facts of `year` (default: the latest year in `data/`).
    pub fn facts(&self, year: Option<i32>) -> Result<Facts, Diagnostics> {
        let (config, data) = self.load()?;
        let year = resolve_year(&data, year, &self.data_dir())?;
        Ok(facts::compute(&data, &config, year))
    }
}

/// The year `year` of `data` (default: the latest), or an error naming the
/// years there are.
pub fn resolve_year<'a>(
    data: &'a Dataset,
    year: Option<i32>,
    dir: &Path,
) -> Result<&'a YearData, Diagnostic> {
    match year {
        Some(y) => data.get(y).ok_or_else(|| {
            Diagnostic::error(format!(
                "there is no data for {y}: add {y}.toml to the data folder (years with data: {})",
                data.years
                    .keys()
                    .map(i32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
            .in_path(dir)
        }),
        None => data
            .years
            .values()
            .next_back()
            .ok_or_else(|| Diagnostic::error("no years in data").in_path(dir)),
    }
}

/// Which years to build: `--year YEAR | FROM..TO | all`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Years {
    /// The latest year in `data/`.
    #[default]
    Latest,
    One(i32),
    /// From the first to the second, both included.
    Range(i32, i32),
    /// Every year in `data/`.
    All,
}

impl From<Option<i32>> for Years {
    fn from(year: Option<i32>) -> Self {
        year.map_or(Years::Latest, Years::One)
    }
}

impl std::str::FromStr for Years {
    type Err = String;

    /// `2024`, `2020..2024` (both ends included) or `all`.
    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim();
        if s.eq_ignore_ascii_case("all") {
            return Ok(Years::All);
        }
        let year = |t: &str| {
            t.trim()
                .parse::<i32>()
                .ok()
                .filter(|y| (1000..=9999).contains(y))
                .ok_or_else(|| {
                    format!("`{t}` is not a year: use YEAR (2024), FROM..TO (2020..2024) or all")
                })
        };
        match s.split_once("..") {
            Some((from, to)) => {
                let (from, to) = (year(from)?, year(to)?);
                if from > to {
                    return Err(format!(
                        "the range {from}..{to} runs backwards: write {to}..{from}"
                    ));
                }
                Ok(Years::Range(from, to))
            }
            None => year(s).map(Years::One),
        }
    }
}

impl std::fmt::Display for Years {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Years::Latest => write!(f, "latest"),
            Years::One(y) => write!(f, "{y}"),
            Years::Range(a, b) => write!(f, "{a}..{b}"),
            Years::All => write!(f, "all"),
        }
    }
}

/// The years of `years` that `data` has, in order; every year asked for by
/// number must have data.
pub fn resolve_years<'a>(
    data: &'a Dataset,
    years: Years,
    dir: &Path,
) -> Result<Vec<&'a YearData>, Diagnostic> {
    let wanted: Vec<i32> = match years {
        Years::Latest => return resolve_year(data, None, dir).map(|y| vec![y]),
        Years::One(y) => return resolve_year(data, Some(y), dir).map(|y| vec![y]),
        Years::Range(from, to) => (from..=to).collect(),
        Years::All => data.years.keys().copied().collect(),
    };
    if wanted.is_empty() {
        return Err(Diagnostic::error("no years in data").in_path(dir));
    }
    let lacking: Vec<i32> = wanted
        .iter()
        .copied()
        .filter(|y| data.get(*y).is_none())
        .collect();
    if !lacking.is_empty() {
        let list = |ys: &mut dyn Iterator<Item = i32>| {
            ys.map(|y| y.to_string()).collect::<Vec<_>>().join(", ")
        };
        return Err(Diagnostic::error(format!(
            "there is no data for {} (asked for {years}): add the files to the data folder (years with data: {})",
            list(&mut lacking.iter().copied()),
            list(&mut data.years.keys().copied())
        ))
        .in_path(dir));
    }
    Ok(wanted.iter().filter_map(|y| data.get(*y)).collect())
}

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
}

/// The file name of a report: `report-2024-nb.pdf`, `report-2024-nb-pseudo.pdf`.
pub fn file_name(year: i32, lang: &str, pseudo: bool) -> String {
    let suffix = if pseudo { "-pseudo" } else { "" };
    format!("report-{year}-{lang}{suffix}.pdf")
}

/// One PDF written.
#[derive(Debug, Clone)]
pub struct Written {
    pub path: PathBuf,
    pub year: i32,
    pub lang: String,
    pub pages: usize,
    /// Time to make it (text, charts, layout, PDF), on its worker thread.
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

/// The languages to build: those asked for, each checked, or all.
fn resolve_langs(
    project: &Project,
    langs: &Option<Vec<String>>,
) -> Result<Vec<String>, Diagnostic> {
    let available = project.languages()?;
    let langs = match langs {
        Some(langs) => {
            for lang in langs {
                if !available.contains(lang) {
                    return Err(Diagnostic::error(format!(
                        "unknown language `{lang}`: there is no folder locales/{lang} (languages: {})",
                        available.join(", ")
                    ))
                    .in_path(project.locales_dir()));
                }
            }
            // `--lang nb,nb` builds nb once.
            let mut unique: Vec<String> = Vec::new();
            for lang in langs {
                if !unique.contains(lang) {
                    unique.push(lang.clone());
                }
            }
            unique
        }
        None => available,
    };
    if langs.is_empty() {
        return Err(
            Diagnostic::error("no languages: add a folder locales/<lang>")
                .in_path(project.locales_dir()),
        );
    }
    Ok(langs)
}

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
/// then made in parallel, one per core at a time (as many as rayon's pool
/// has threads: `RAYON_NUM_THREADS`, or every core), while Typst lays out the
/// pages of each in parallel on rayon's pool. Only when every one has
/// succeeded are the PDFs written.
pub fn build_with(
    project: &Project,
    opts: &BuildOptions,
    progress: &dyn Progress,
) -> Result<Outcome, Diagnostics> {
    let (config, data) = project.load()?;
    let resolved = resolve_years(&data, opts.years, &project.data_dir())?;
    let years: Vec<i32> = resolved.iter().map(|y| y.year).collect();
    let langs = resolve_langs(project, &opts.langs)?;

    let facts: Vec<Facts> = resolved
        .iter()
        .map(|y| facts::compute(&data, &config, y))
        .collect();
    let gaps = gaps::gaps(&facts, &config, &project.data_dir());
    let mut warnings: Vec<Diagnostic> = gaps.warnings.clone();

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
            // Parse the fonts (once per process) while the locales load.
            typeset::fonts();
            let templates = Templates::new(&project.templates_dir())?;
            let style = charts::Style::load(&project.templates_dir())?;
            Ok::<_, Diagnostic>((templates, style))
        },
    );
    let mut errors = Vec::new();
    let mut locales: Vec<Locale> = locales
        .into_iter()
        .filter_map(|l| l.map_err(|e| errors.extend(e)).ok())
        .collect();
    let (templates, chart_style) = templates.map_err(|e| {
        errors.push(e.clone());
        Diagnostics(errors.clone())
    })?;
    if !errors.is_empty() {
        return Err(Diagnostics(errors));
    }

    check_area_keys(&data, &years, &locales)?;

    // The checks `check` runs on these languages, and the completeness of
    // the year being published (the last of the run).
    let files: Vec<check::LangFiles> = locales
        .iter()
        .map(|l| check::LangFiles::new(&l.lang, project.locales_dir().join(&l.lang), l.sources()))
        .collect();
    let source = locales.iter().find(|l| l.lang == check::SOURCE_LANG);
    let mut found = check::locale_checks(&files, source, Some(&data), &config, project);
    if let Some(&published) = years.last() {
        found.extend(check::completeness(&files, &data, published, project));
    }
    let (errs, warns): (Vec<Diagnostic>, Vec<Diagnostic>) = found
        .into_iter()
        .partition(|d| d.severity == Severity::Error);
    if !errs.is_empty() {
        return Err(Diagnostics(dedup(errs)));
    }
    warnings.extend(warns);
    // Only the languages asked for are built.
    locales.retain(|l| langs.contains(&l.lang));
    if opts.pseudo {
        for locale in &mut locales {
            locale.set_transform(Some(text::locale::pseudo));
        }
    }

    let typeset_opts = typeset::TypesetOptions {
        font_dir: opts.font_path.clone(),
        date: None,
    };
    let jobs: Vec<(&Facts, &Locale)> = facts
        .iter()
        .flat_map(|f| locales.iter().map(move |l| (f, l)))
        .collect();
    progress.start(jobs.len());
    let workers = rayon::current_num_threads();
    let results: Vec<(Result<Report, Diagnostics>, Duration)> =
        run_jobs(&jobs, workers, |&(facts, locale)| {
            let start = Instant::now();
            let report = make_report_with(
                &templates,
                &chart_style,
                &config.outline(),
                facts,
                locale,
                &typeset_opts,
            );
            // Typst memoizes layout across compilations in a process; keep
            // what the reports in flight may reuse (results used within the
            // last `workers` reports), drop the rest, so memory stays flat
            // however many reports a run makes.
            typst::comemo::evict(workers);
            let time = start.elapsed();
            if let Ok(r) = &report {
                progress.done(facts.year, &locale.lang, r.pages, time);
            }
            (report, time)
        });

    let mut made = Vec::new();
    for ((facts, locale), (report, time)) in jobs.iter().zip(results) {
        match report {
            Ok(report) => {
                warnings.extend(report.warnings);
                made.push((
                    facts.year,
                    locale.lang.clone(),
                    report.document,
                    report.charts,
                    report.pdf,
                    report.pages,
                    time,
                ));
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

    prepare_out_dir(&opts.out)?;
    let files: Vec<(PathBuf, &[u8])> = made
        .iter()
        .map(|(year, lang, _, _, pdf, ..)| {
            (
                opts.out.join(file_name(*year, lang, opts.pseudo)),
                pdf.as_slice(),
            )
        })
        .collect();
    write_all_atomically(&files)?;
    let paths: Vec<PathBuf> = files.into_iter().map(|(path, _)| path).collect();
    let mut written = Vec::new();
    let mut emitted = Vec::new();
    for ((year, lang, document, charts, _, pages, time), path) in made.into_iter().zip(paths) {
        if let Some(dir) = &opts.emit_typst {
            emitted.push(emit_typst(
                dir, &templates, &document, &charts, year, &lang,
            )?);
        }
        written.push(Written {
            path,
            year,
            lang,
            pages,
            time,
        });
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
/// next job when it has finished one, and returns the results in job order.
///
/// Not rayon's `par_iter`: Typst lays pages out in parallel with rayon, and a
/// rayon worker that waits for that work steals other jobs from its pool, so
/// with `par_iter` every report of the run would end up in flight at once,
/// nested on the workers' stacks, and memory would grow with the number of
/// reports. From threads outside the pool, Typst's own parallel work goes to
/// rayon's pool while each of our threads makes one report at a time.
fn run_jobs<J: Sync, R: Send>(jobs: &[J], workers: usize, f: impl Fn(&J) -> R + Sync) -> Vec<R> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let workers = workers.clamp(1, jobs.len().max(1));
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(job) = jobs.get(i) else { break };
                        out.push((i, f(job)));
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

/// Therapy areas are keys in the data (`soc = "neoplasms"`) whose names are
/// messages (`soc-neoplasms`). A key that no language knows is a typo in the
/// data, reported at its line; a key only some languages lack is a missing
/// translation, reported by that language.
fn check_area_keys(data: &Dataset, years: &[i32], locales: &[Locale]) -> Result<(), Diagnostics> {
    let Some(first) = locales.first() else {
        return Ok(());
    };
    let mut errors = Vec::new();
    for &year in years {
        let Some(areas) = data.get(year).and_then(|d| d.therapy_areas.as_ref()) else {
            continue;
        };
        let known: Vec<String> = first
            .message_ids()
            .into_iter()
            .filter_map(|id| id.strip_prefix("soc-").map(String::from))
            .collect();
        let keys = areas
            .top
            .iter()
            .enumerate()
            .map(|(i, a)| (format!("therapy_areas.top.{i}.soc"), &a.soc))
            .chain(
                areas
                    .leader
                    .iter()
                    .map(|l| ("therapy_areas.leader".to_string(), l)),
            );
        for (key, soc) in keys {
            let id = format!("soc-{soc}");
            if locales.iter().any(|l| l.defines(&id)) {
                continue;
            }
            let hint = crate::data::closest(soc, known.iter().map(String::as_str))
                .map(|k| format!(" (did you mean `{k}`?)"))
                .unwrap_or_default();
            errors.push(data.error_at(
            year,
            &key,
            format!(
                "unknown therapy area `{soc}`{hint}: no language has a name for it (a message `{id}`); the areas are: {}",
                known.join(", ")
            ),
        ));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Diagnostics(errors))
    }
}

/// A report in memory.
pub struct Report {
    pub document: Document,
    pub charts: charts::Charts,
    pub pdf: Vec<u8>,
    pub pages: usize,
    pub warnings: Vec<Diagnostic>,
}

/// Text, charts and typesetting for one language.
pub fn make_report(
    project: &Project,
    config: &Config,
    facts: &Facts,
    lang: &str,
) -> Result<Report, Diagnostics> {
    let locale = Locale::load(lang, &project.locales_dir().join(lang)).map_err(Diagnostics)?;
    let templates = Templates::new(&project.templates_dir())?;
    let chart_style = charts::Style::load(&project.templates_dir())?;
    make_report_with(
        &templates,
        &chart_style,
        &config.outline(),
        facts,
        &locale,
        &typeset::TypesetOptions::default(),
    )
}

/// Text, charts and typesetting for one report, with a locale, templates and
/// chart style that other reports may be using at the same time. Any problem
/// with a message fails the report and is named. The PDF's date comes from
/// the data ([`typeset::document_date`]) unless `opts` sets one.
pub fn make_report_with(
    templates: &Templates,
    chart_style: &charts::Style,
    outline: &Outline,
    facts: &Facts,
    locale: &Locale,
    opts: &typeset::TypesetOptions,
) -> Result<Report, Diagnostics> {
    let (document, mut errors) = text::document(facts, outline, locale);
    // A character no font has would fail the PDF export once per
    // character, at the template: say it once per message, where it is.
    let fonts = typeset::fonts_with(opts.font_dir.as_deref())?;
    errors.extend(glyph_errors(
        &typeset::missing_glyphs(&fonts, document.strings()),
        locale,
    ));
    if !errors.is_empty() {
        return Err(Diagnostics(errors));
    }
    let charts = charts::draw(&document, chart_style, &|v| locale.number(v))?;
    let ident = format!("trialreport-{}-{}", facts.year, locale.lang);
    let opts = typeset::TypesetOptions {
        font_dir: opts.font_dir.clone(),
        date: opts
            .date
            .or(Some(typeset::document_date(facts.year, facts.published))),
    };
    let t = typeset::typeset_with(templates, Some((&document, &charts)), &ident, &opts)?;
    Ok(Report {
        document,
        charts,
        pdf: t.pdf,
        pages: t.pages,
        warnings: t.warnings,
    })
}

/// One error per message that holds characters no font has.
fn glyph_errors(missing: &[char], locale: &Locale) -> Vec<Diagnostic> {
    // (message, its file, where its first such character is, the characters)
    type Found = (String, Arc<SourceFile>, std::ops::Range<usize>, Vec<char>);
    let mut by_message: Vec<Found> = Vec::new();
    let mut elsewhere = Vec::new();
    for &c in missing {
        match locale.message_with(c) {
            Some((id, file, span)) => match by_message.iter_mut().find(|m| m.0 == id) {
                Some(m) => m.3.push(c),
                None => by_message.push((id, file, span, vec![c])),
            },
            None => elsewhere.push(c),
        }
    }
    let list = |cs: &[char]| {
        cs.iter()
            .map(|c| format!("`{c}` (U+{:04X})", *c as u32))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out: Vec<Diagnostic> = by_message
        .into_iter()
        .map(|(id, file, span, cs)| {
            Diagnostic::error(format!(
                "`{id}` has {}, which no font of the report has: the PDF cannot show {}",
                list(&cs),
                if cs.len() == 1 { "it" } else { "them" }
            ))
            .at(&file, Some(span))
            .with_note("write it without them, or add a font that has them (build --font-path DIR)")
        })
        .collect();
    if !elsewhere.is_empty() {
        out.push(Diagnostic::error(format!(
            "the report's text has {}, which no font of the report has",
            list(&elsewhere)
        )));
    }
    out
}

/// The charts' folder in a folder written by `--emit-typst`.
pub const EMITTED_CHARTS: &str = "charts";
/// The main file of a folder written by `--emit-typst`.
pub const EMITTED_MAIN: &str = "main.typ";
/// The document in a folder written by `--emit-typst`, read by the template.
pub const EMITTED_REPORT: &str = "report.json";

/// Writes `dir/<year>-<lang>/`: the template files (with the fonts), the
/// document as `report.json`, its charts as `charts/<figure id>.svg` and a `main.typ`
/// that includes the template, so that stock Typst lays out the same pages.
/// The folder is made beside its final place and then swapped in, in one
/// step on Linux: a reader sees the old folder or the new one, whole.
pub fn emit_typst(
    dir: &Path,
    templates: &Templates,
    document: &Document,
    charts: &charts::Charts,
    year: i32,
    lang: &str,
) -> Result<PathBuf, Diagnostic> {
    let name = format!("{year}-{lang}");
    let target = dir.join(&name);
    let fail = |e: std::io::Error, path: &Path| {
        Diagnostic::error(format!("cannot write the Typst sources: {e}")).in_path(path)
    };
    std::fs::create_dir_all(dir).map_err(|e| fail(e, dir))?;
    let made = temp_builder().tempdir_in(dir).map_err(|e| fail(e, dir))?;
    let tmp = made.path().to_path_buf();
    copy_dir(templates.dir(), &tmp).map_err(|e| fail(e, &tmp))?;
    let json = serde_json::to_vec_pretty(document).expect("documents serialise");
    std::fs::write(tmp.join(EMITTED_REPORT), json).map_err(|e| fail(e, &tmp))?;
    let chart_dir = tmp.join(EMITTED_CHARTS);
    std::fs::create_dir_all(&chart_dir).map_err(|e| fail(e, &chart_dir))?;
    for (id, svg) in &charts.0 {
        let path = chart_dir.join(format!("{id}.svg"));
        std::fs::write(&path, svg).map_err(|e| fail(e, &path))?;
    }
    let main = format!(
        "// The {year} report in `{lang}`, written by trialreport {version} (`build --emit-typst`).\n\
         //\n\
         // {template} is the project's template, unchanged; it reads the document,\n\
         // every word and number, from {report} and the charts from {charts}/.\n\
         // Typst does not look for fonts in a project folder, so name this one's:\n\
         //\n\
         //   typst compile --font-path fonts --pdf-standard ua-1 main.typ\n\
         //\n\
         // (from this folder). Without --font-path, Typst takes the system's Open Sans,\n\
         // which may be another version, or, if there is none, falls back to another font.\n\
         \n\
         #include \"{template}\"\n",
        version = env!("CARGO_PKG_VERSION"),
        template = typeset::MAIN,
        report = EMITTED_REPORT,
        charts = EMITTED_CHARTS,
    );
    std::fs::write(tmp.join(EMITTED_MAIN), main).map_err(|e| fail(e, &tmp))?;
    replace_dir(made, &target).map_err(|e| fail(e, &target))?;
    Ok(target)
}

/// Copies the folder `from` to `to`, recursively.
fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

/// Makes sure the output folder exists, with a clear message when it cannot:
/// the path (or a folder on the way) is a file, or it cannot be created.
fn prepare_out_dir(out: &Path) -> Result<(), Diagnostic> {
    if out.is_dir() {
        return Ok(());
    }
    // The nearest existing ancestor that is not a folder blocks the way.
    let blocker = out
        .ancestors()
        .find(|a| !a.as_os_str().is_empty() && a.exists() && !a.is_dir());
    if let Some(file) = blocker {
        let what = if file == out {
            "the output folder is a file, not a folder".to_string()
        } else {
            format!(
                "cannot create the output folder: {} is a file, not a folder",
                file.display()
            )
        };
        return Err(Diagnostic::error(format!("{what}; choose another --out")).in_path(out));
    }
    std::fs::create_dir_all(out).map_err(|e| {
        Diagnostic::error(format!("cannot create the output folder: {e}")).in_path(out)
    })
}

/// Writes every file to a temporary file beside it first, and only when
/// all are written renames them into place: a failure while writing leaves
/// every old file as it was (the temporary files go with it), and readers
/// see an old file or a new one, never half of one.
pub fn write_all_atomically(files: &[(PathBuf, &[u8])]) -> Result<(), Diagnostic> {
    use std::io::Write;
    let fail = |e: std::io::Error, path: &Path| {
        Diagnostic::error(format!("cannot write the file: {e}")).in_path(path)
    };
    let mut temps = Vec::new();
    for (path, bytes) in files {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let mut tmp = temp_builder().tempfile_in(dir).map_err(|e| fail(e, path))?;
        tmp.write_all(bytes)
            .and_then(|()| tmp.as_file().sync_all())
            .map_err(|e| fail(e, path))?;
        temps.push((tmp, path));
    }
    for (tmp, path) in temps {
        tmp.persist(path).map_err(|e| fail(e.error, path))?;
    }
    Ok(())
}

/// Hidden temporary files and folders, readable like any file written.
fn temp_builder() -> tempfile::Builder<'static, 'static> {
    let mut b = tempfile::Builder::new();
    b.prefix(".trialreport-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        b.permissions(std::fs::Permissions::from_mode(0o755));
    }
    b
}

/// Puts the folder `new` where `target` is, in one step where the system
/// can swap two folders (Linux), else by removing the old one first.
fn replace_dir(new: tempfile::TempDir, target: &Path) -> std::io::Result<()> {
    if !target.exists() {
        return std::fs::rename(new.keep(), target);
    }
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        if renameat_with(CWD, new.path(), CWD, target, RenameFlags::EXCHANGE).is_ok() {
            // `new` now holds the old folder, and goes with it.
            return Ok(());
        }
    }
    std::fs::remove_dir_all(target)?;
    std::fs::rename(new.keep(), target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jobs_run_once_each_and_come_back_in_order() {
        let jobs: Vec<u32> = (0..23).collect();
        for workers in [1, 2, 5, 64] {
            let calls = std::sync::atomic::AtomicUsize::new(0);
            let out = run_jobs(&jobs, workers, |j| {
                calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                j * 2
            });
            assert_eq!(out, jobs.iter().map(|j| j * 2).collect::<Vec<_>>());
            assert_eq!(calls.into_inner(), jobs.len());
        }
        assert!(run_jobs(&[] as &[u32], 2, |j| *j).is_empty());
    }

    #[test]
    fn years_parse() {
        assert_eq!("2024".parse(), Ok(Years::One(2024)));
        assert_eq!(" 2020..2024 ".parse(), Ok(Years::Range(2020, 2024)));
        assert_eq!("All".parse(), Ok(Years::All));
        assert!(
            "2024..2020"
                .parse::<Years>()
                .unwrap_err()
                .contains("backwards")
        );
        assert!("".parse::<Years>().is_err());
        assert_eq!(Years::Range(2020, 2024).to_string(), "2020..2024");
        assert_eq!(Years::from(None), Years::Latest);
    }
}
