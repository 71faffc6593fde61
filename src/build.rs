//! The pipeline: data → facts → text → charts → typeset → files.
//!
//! [`Project`] names the folders a build reads (`data/`, `locales/`,
//! `templates/`, `report.toml`); [`build`] runs every stage for one year and
//! the chosen languages. All reports are made in memory first; only when
//! every one has succeeded are they written, each to a temporary file in the
//! output folder and renamed into place, so a failed run leaves the last good
//! PDFs as they were.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::data::Dataset;
use crate::diag::{Diagnostic, Diagnostics};
use crate::facts::{Facts, MissingPart};
use crate::text::{Block, Document, Locale};
use crate::{charts, data, facts, text, typeset};

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
        Ok(facts::compute(&data, &config, year).expect("year resolved"))
    }
}

/// `year` if `data` has it (an error naming the years that exist if not),
/// else the latest year.
pub fn resolve_year(data: &Dataset, year: Option<i32>, dir: &Path) -> Result<i32, Diagnostic> {
    match year {
        Some(y) if data.get(y).is_some() => Ok(y),
        Some(y) => Err(Diagnostic::error(format!(
            "there is no data for {y}: add {y}.toml to the data folder (years with data: {})",
            data.years
                .keys()
                .map(i32::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .in_path(dir)),
        None => data
            .latest()
            .ok_or_else(|| Diagnostic::error("no years in data").in_path(dir)),
    }
}

/// What to build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub year: Option<i32>,
    /// Languages; all of `locales/` when `None`.
    pub langs: Option<Vec<String>>,
    pub out: PathBuf,
    /// Warnings (such as missing data) fail the build.
    pub strict: bool,
    /// Pseudo-localise every string from the locales (`report-YEAR-LANG-pseudo.pdf`).
    pub pseudo: bool,
    /// A folder of extra fonts for the template (`--font-path`).
    pub font_path: Option<PathBuf>,
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
    pub lang: String,
    pub pages: usize,
    pub time: Duration,
}

/// A successful build.
#[derive(Debug)]
pub struct Outcome {
    pub year: i32,
    pub written: Vec<Written>,
    pub warnings: Vec<Diagnostic>,
}

/// The warnings for data the report needs but the directorate did not supply.
pub fn missing_warnings(facts: &Facts, data_dir: &Path) -> Vec<Diagnostic> {
    let file = data_dir.join(format!("{}.toml", facts.year));
    facts
        .missing
        .iter()
        .map(|m| {
            // A missing year is a missing file: the warning names the folder.
            let file = if m.part == MissingPart::Years {
                data_dir
            } else {
                &file
            };
            let what = match m.part {
                MissingPart::Years => "the whole year (no <year>.toml in the data folder): tables and figures leave it out, and nothing is compared with it",
                MissingPart::PublicationDate => "the publication date (`published`)",
                MissingPart::Paediatric => "paediatric trials (`applications.paediatric`)",
                MissingPart::Rejected => "rejected applications (`applications.rejected`)",
                MissingPart::Transition => "transition applications (`applications.transition`)",
                MissingPart::TransitionHistory => "transition applications (`applications.transition`), Figure: transition applications",
                MissingPart::Ctis => "CTIS applications by role (`[ctis]`)",
                MissingPart::Phases => "applications by phase (`[phases]`), Figure: phases",
                MissingPart::TherapyAreas => "therapy areas (`[therapy_areas]`)",
                MissingPart::Cancer => "cancer trials (`[cancer]`)",
                MissingPart::Modifications => "substantial modifications (`[modifications]`)",
                MissingPart::ModificationsHistory => "substantial modifications (`[modifications]`), Figure: modifications",
                MissingPart::Safety => "safety reporting (`[safety]`), Figures: safety",
                MissingPart::SafetyPrevious => "safety reporting of the year before (`[safety]`), Figures: safety",
                MissingPart::Guidance => "guidance and advice (`[guidance]`)",
                MissingPart::Context => "the context passage's facts (`[context]`)",
            };
            let years = m.years.iter().map(i32::to_string).collect::<Vec<_>>().join(", ");
            Diagnostic::warning(format!(
                "not supplied for {years}: {what}; the report says so in its place"
            ))
            .in_path(file)
        })
        .collect()
}

/// Builds the reports of one year in the chosen languages and writes them.
pub fn build(project: &Project, opts: &BuildOptions) -> Result<Outcome, Diagnostics> {
    let (config, data) = project.load()?;
    let year = resolve_year(&data, opts.year, &project.data_dir())?;
    let facts = facts::compute(&data, &config, year).expect("year resolved");
    let mut warnings = missing_warnings(&facts, &project.data_dir());

    let available = project.languages()?;
    let langs = match &opts.langs {
        Some(langs) => {
            for lang in langs {
                if !available.contains(lang) {
                    return Err(Diagnostic::error(format!(
                        "unknown language `{lang}`: there is no folder locales/{lang} (languages: {})",
                        available.join(", ")
                    ))
                    .in_path(project.locales_dir())
                    .into());
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
                .in_path(project.locales_dir())
                .into(),
        );
    }

    check_area_keys(project, &data, year, &langs)?;

    let mut made = Vec::new();
    for lang in &langs {
        let start = Instant::now();
        let report = make_report_with(
            project,
            &facts,
            lang,
            opts.pseudo,
            opts.font_path.as_deref(),
        )?;
        warnings.extend(report.warnings);
        made.push((lang.clone(), report.pdf, report.pages, start.elapsed()));
    }

    if opts.strict && !warnings.is_empty() {
        let mut all = warnings;
        for w in &mut all {
            w.severity = crate::diag::Severity::Error;
        }
        all.push(Diagnostic::error(
            "--strict: warnings are errors; nothing was written",
        ));
        return Err(Diagnostics(all));
    }

    prepare_out_dir(&opts.out)?;
    let files: Vec<(PathBuf, &[u8])> = made
        .iter()
        .map(|(lang, pdf, ..)| {
            (
                opts.out.join(file_name(year, lang, opts.pseudo)),
                pdf.as_slice(),
            )
        })
        .collect();
    write_all_atomically(&files)?;
    let paths: Vec<PathBuf> = files.into_iter().map(|(path, _)| path).collect();
    let written = made
        .into_iter()
        .zip(paths)
        .map(|((lang, _, pages, time), path)| Written {
            path,
            lang,
            pages,
            time,
        })
        .collect();
    Ok(Outcome {
        year,
        written,
        warnings,
    })
}

/// Therapy areas are keys in the data (`soc = "neoplasms"`) whose names are
/// messages (`soc-neoplasms`). A key that no language knows is a typo in the
/// data, reported at its line; a key only some languages lack is a missing
/// translation, reported by that language.
fn check_area_keys(
    project: &Project,
    data: &Dataset,
    year: i32,
    langs: &[String],
) -> Result<(), Diagnostics> {
    let Some(areas) = data.get(year).and_then(|d| d.therapy_areas.as_ref()) else {
        return Ok(());
    };
    // Languages that do not load are reported when their report is made.
    let locales: Vec<Locale> = langs
        .iter()
        .filter_map(|l| Locale::load(l, &project.locales_dir().join(l)).ok())
        .collect();
    let Some(first) = locales.first() else {
        return Ok(());
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
    let mut errors = Vec::new();
    for (key, soc) in keys {
        let id = format!("soc-{soc}");
        if locales.iter().any(|l| l.has(&id)) {
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
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Diagnostics(errors))
    }
}

/// A report in memory.
pub struct Report {
    pub document: Document,
    pub pdf: Vec<u8>,
    pub pages: usize,
    pub warnings: Vec<Diagnostic>,
}

/// Text, charts and typesetting for one language.
pub fn make_report(project: &Project, facts: &Facts, lang: &str) -> Result<Report, Diagnostics> {
    make_report_with(project, facts, lang, false, None)
}

/// [`make_report`], pseudo-localised when `pseudo` is set (every string from
/// the locales goes through [`text::locale::pseudo`]), with extra fonts from
/// `font_dir`.
pub fn make_report_with(
    project: &Project,
    facts: &Facts,
    lang: &str,
    pseudo: bool,
    font_dir: Option<&Path>,
) -> Result<Report, Diagnostics> {
    let mut locale = Locale::load(lang, &project.locales_dir().join(lang)).map_err(Diagnostics)?;
    if pseudo {
        locale.set_transform(Some(text::locale::pseudo));
    }
    let mut document = text::document(facts, &locale);
    draw_charts(&mut document, &locale)?;
    let errors = locale.take_errors();
    if !errors.is_empty() {
        return Err(Diagnostics(errors));
    }
    let ident = format!("trialreport-{}-{lang}", facts.year);
    let opts = typeset::TypesetOptions {
        font_dir: font_dir.map(Path::to_path_buf),
        date: Some(typeset::document_date(facts.year, facts.published)),
    };
    let t = typeset::typeset_with(&project.templates_dir(), &document, &ident, &opts)?;
    Ok(Report {
        document,
        pdf: t.pdf,
        pages: t.pages,
        warnings: t.warnings,
    })
}

/// Draws every figure's chart as SVG, with the language's number format.
pub fn draw_charts(doc: &mut Document, locale: &Locale) -> Result<(), Diagnostic> {
    let format = |v: f64| locale.number(v);
    for section in &mut doc.sections {
        for block in &mut section.blocks {
            if let Block::Figure {
                id,
                chart: Some(chart),
                svg,
                ..
            } = block
            {
                let spec = charts::ChartSpec {
                    kind: chart.kind,
                    categories: chart.categories.clone(),
                    series: chart
                        .series
                        .iter()
                        .map(|(name, values)| charts::Series {
                            name: name.clone(),
                            values: values.clone(),
                        })
                        .collect(),
                    y_label: chart.y_label.clone(),
                    format_number: &format,
                    width: 800,
                    height: if chart.kind == charts::ChartKind::HorizontalBars {
                        80 + 60 * chart.categories.len() as u32
                    } else {
                        400
                    },
                };
                *svg = charts::render_svg(&spec)
                    .map_err(|e| Diagnostic::error(format!("chart {id}: {e}")))?;
            }
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
/// every old file as it was, and readers see an old file or a new one,
/// never half of one.
pub fn write_all_atomically(files: &[(PathBuf, &[u8])]) -> Result<(), Diagnostic> {
    let mut temps: Vec<PathBuf> = Vec::new();
    let cleanup = |temps: &[PathBuf]| {
        for t in temps {
            let _ = std::fs::remove_file(t);
        }
    };
    for (path, bytes) in files {
        let tmp = temp_path(path);
        if let Err(e) = std::fs::write(&tmp, bytes) {
            let _ = std::fs::remove_file(&tmp);
            cleanup(&temps);
            return Err(Diagnostic::error(format!("cannot write the PDF: {e}")).in_path(path));
        }
        temps.push(tmp);
    }
    for (i, (path, _)) in files.iter().enumerate() {
        if let Err(e) = std::fs::rename(&temps[i], path) {
            cleanup(&temps[i..]);
            return Err(Diagnostic::error(format!("cannot write the PDF: {e}")).in_path(path));
        }
    }
    Ok(())
}

/// A hidden temporary name beside `path`.
fn temp_path(path: &Path) -> PathBuf {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("out");
    dir.join(format!(".{name}.{}.tmp", std::process::id()))
}

/// Writes `bytes` to a temporary file beside `path`, then renames it into
/// place: readers see the old file or the new one, never half of one.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    write_all_atomically(&[(path.to_path_buf(), bytes)])
}
