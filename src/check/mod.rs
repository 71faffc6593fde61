//! `trialreport check`: everything a build reads, validated, nothing written.
//!
//! - `report.toml` and `data/` (all of [`data::load_dir`]'s rules);
//! - every locale's Fluent syntax, and every translation against `nb`, the
//!   source language: missing and obsolete messages and attributes, variables
//!   `nb` does not have (`$yaer`), variant keys `nb` does not select on,
//!   references to messages that do not exist;
//! - what the program asks for, as [`crate::text::catalogue`] declares it
//!   (nothing is built for it): a message asked for that `nb` lacks is an
//!   error; a message nobody asks
//!   for is a warning, except editorial text for a year with data that no
//!   report uses (a misspelt topic), which is an error; editorial text for a
//!   year without data is a warning (next year's text, written early);
//! - the templates: each language's report of the chosen year is typeset in
//!   memory, which also proves each language has every message a build needs.
//!
//! Errors are what would fail a build or put wrong text in a PDF; warnings
//! are text no PDF shows.

mod areas;
mod complete;
mod locales;
mod ownrules;
mod plausible;
mod rules;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

pub use areas::area_keys;
pub use complete::completeness;
pub use locales::{LangFiles, SOURCE_LANG, locale_checks};
pub use ownrules::{BUILT_IN, OwnRule, RulesFile, SeriesRules, listing, own_rules};
pub use plausible::{SOFT_RULES, plausibility};
pub use rules::{out_of_force, series_rules};

use crate::build::{self, Project};
use crate::config::Config;
use crate::data;
use crate::diag::{Diagnostic, Severity};
use crate::text::{self, Locale};
use crate::{facts, gaps};

/// What to check.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// The year whose reports are typeset (default: the latest in `data/`).
    pub year: Option<i32>,
}

/// The outcome of a check.
#[derive(Debug)]
pub struct CheckReport {
    pub diagnostics: Vec<Diagnostic>,
    /// Year files found in `data/`.
    pub data_files: usize,
    pub languages: Vec<String>,
    /// Languages whose report was typeset.
    pub typeset: Vec<String>,
    /// The declared gaps the checked year met, in one line.
    pub known_gaps: Option<String>,
}

impl CheckReport {
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    /// The distinct files the diagnostics point into.
    pub fn files(&self) -> BTreeSet<PathBuf> {
        self.diagnostics
            .iter()
            .filter_map(|d| {
                d.file
                    .as_ref()
                    .map(|f| f.name.clone())
                    .or_else(|| d.path.clone())
            })
            .collect()
    }

    /// Whether the project passed: no errors (warnings are allowed).
    pub fn ok(&self) -> bool {
        self.errors() == 0
    }

    /// One line: "check: 3 errors, 1 warning in 2 files" or
    /// "check: all clean: 11 data files, 2 languages, templates".
    pub fn summary(&self) -> String {
        if self.diagnostics.is_empty() {
            return format!(
                "check: all clean: {}, {}, templates",
                plural(self.data_files, "data file"),
                plural(self.languages.len(), "language")
            );
        }
        format!(
            "check: {}, {} in {}",
            plural(self.errors(), "error"),
            plural(self.warnings(), "warning"),
            plural(self.files().len(), "file")
        )
    }

    /// `{"errors", "warnings", "diagnostics": [{"severity", "file", "line",
    /// "column", "message", "related": [{"file", "line", "column",
    /// "message"}]}]}`: for CI dashboards (`related`: the other places a
    /// problem involves, such as the parts of a broken sum).
    pub fn to_json(&self) -> serde_json::Value {
        let diagnostics: Vec<serde_json::Value> = self
            .diagnostics
            .iter()
            .map(|d| {
                let (file, line, column) = match (&d.file, &d.span) {
                    (Some(f), Some(span)) => {
                        let (l, c) = f.line_col(span.start);
                        (Some(f.name.display().to_string()), Some(l), Some(c))
                    }
                    (Some(f), None) => (Some(f.name.display().to_string()), None, None),
                    (None, _) => (d.path.as_ref().map(|p| p.display().to_string()), None, None),
                };
                let related: Vec<serde_json::Value> = d
                    .related()
                    .iter()
                    .map(|r| {
                        let (line, column) = r.file.line_col(r.span.start);
                        serde_json::json!({
                            "file": r.file.name.display().to_string(),
                            "line": line,
                            "column": column,
                            "message": r.message,
                        })
                    })
                    .collect();
                serde_json::json!({
                    "severity": d.severity,
                    "file": file,
                    "line": line,
                    "column": column,
                    "message": d.message,
                    "related": related,
                })
            })
            .collect();
        serde_json::json!({
            "errors": self.errors(),
            "warnings": self.warnings(),
            "diagnostics": diagnostics,
        })
    }
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// Runs every check on `project`.
pub fn check(project: &Project, opts: &CheckOptions) -> CheckReport {
    let mut out = Vec::new();

    // report.toml: a broken one is reported, with what needs no report.toml.
    let mut config = match Config::load_report(&project.config_path()) {
        Ok(config) => config,
        Err(d) => return without_settings(project, d),
    };
    // rules.toml: a broken one is reported; the data are checked without it.
    if let Err(d) = config.load_rules(&project.rules_path()) {
        out.push(d);
    }

    // data/
    let data = match data::load_dir(&project.data_dir()) {
        Ok(data) => Some(data),
        Err(d) => {
            out.extend(d.0);
            None
        }
    };
    let data_files = match &data {
        Some(d) => d.years.len(),
        None => std::fs::read_dir(project.data_dir()).map_or(0, |entries| {
            entries
                .filter_map(|e| e.ok())
                .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
                .count()
        }),
    };

    // locales/
    let languages = project.languages().unwrap_or_else(|d| {
        out.push(d);
        Vec::new()
    });
    let mut analysed = Vec::new();
    let mut locales: BTreeMap<String, Locale> = BTreeMap::new();
    // Languages with errors are not typeset: their build would only repeat them.
    let mut failed: BTreeSet<String> = BTreeSet::new();
    for lang in &languages {
        let dir = project.locales_dir().join(lang);
        let files = match text::locale::read_sources(&dir) {
            Ok(files) => files,
            Err(d) => {
                out.extend(d);
                failed.insert(lang.clone());
                continue;
            }
        };
        // Each file parsed once, for the checks and the locale.
        let sources = text::locale::Sources::parse(files);
        analysed.push(LangFiles::from_parsed(lang, dir, &sources.parsed));
        // Syntax errors, duplicates, the language tag: as a build reports them.
        match Locale::from_parsed(lang, sources) {
            Ok(locale) => {
                locales.insert(lang.clone(), locale);
            }
            Err(d) => {
                out.extend(d);
                failed.insert(lang.clone());
            }
        }
    }
    if !analysed.iter().any(|l| l.lang == SOURCE_LANG) && !languages.is_empty() {
        out.push(
            Diagnostic::error(format!(
                "there is no folder locales/{SOURCE_LANG}: `{SOURCE_LANG}` is the source language every translation is checked against"
            ))
            .in_path(project.locales_dir()),
        );
    }
    // The year a build would publish.
    let published = data
        .as_ref()
        .map(|d| build::resolve_year(d, opts.year, &project.data_dir()));
    // The checks every build runs on what it loaded, for every language; a
    // language with errors is not typeset (its build would only repeat them).
    let nb = locales.get(SOURCE_LANG);
    let found = match &data {
        Some(data) => loaded(
            &analysed,
            nb,
            data,
            &config,
            project,
            published
                .as_ref()
                .and_then(|p| p.as_ref().ok())
                .map(|y| y.year),
        ),
        None => locale_checks(&analysed, nb, None, &config, project),
    };
    for d in found.iter().filter(|d| d.severity == Severity::Error) {
        let path = d.file.as_ref().map(|f| f.name.clone()).or(d.path.clone());
        if let Some(lang) = path.and_then(|p| language_of(&p, &project.locales_dir())) {
            failed.insert(lang);
        }
        // A message a translation lacks is named at `nb`'s definition: the
        // translation is not typeset either, or its build would say it
        // again, without a file ("message `x` is missing").
        for lang in &languages {
            if d.message.starts_with(&format!("`{lang}` has no ")) {
                failed.insert(lang.clone());
            }
        }
    }
    out.extend(found);

    // The year a build would publish: its gaps, its pages.
    let mut typeset = Vec::new();
    let mut known_gaps = None;
    if data.is_none() {
        // The data have errors, reported above; the counts are still
        // compared with last year's, and the year being published checked
        // for what its report would lack (editorial text last year had,
        // translations left as copied), on the files as written, so that one
        // run reports every problem, not the data's alone. No report is made
        // from data with errors.
        let unchecked = data::read_unchecked(&project.data_dir());
        // A year copied from the last and not updated (a stale date) is
        // also a copy of its counts.
        out.extend(plausibility(&unchecked, &config));
        out.extend(own_rules(&unchecked, &config));
        if let Ok(cur) = build::resolve_year(&unchecked, opts.year, &project.data_dir()) {
            out.extend(completeness(&analysed, &unchecked, cur.year, project));
        }
    }
    if let (Some(data), Some(published)) = (&data, published) {
        // A therapy area no language names: a typo in the data, at its line.
        let loaded_locales: Vec<&Locale> = locales.values().collect();
        let years: Vec<i32> = data.years.keys().copied().collect();
        out.extend(area_keys(data, &years, &loaded_locales));
        // Counts that break a rule of rules.toml are not typeset: a report
        // of them would only be wrong.
        let broken: Vec<Diagnostic> = own_rules(data, &config)
            .into_iter()
            .chain(series_rules(data, &config, &project.rules_path()))
            .collect();
        let counts_hold = !broken.iter().any(|d| d.severity == Severity::Error);
        out.extend(broken);
        match published {
            Err(d) => out.push(d),
            Ok(cur) => {
                let facts = facts::compute(data, &config, cur);
                let gaps = gaps::gaps(
                    std::slice::from_ref(&facts),
                    &config,
                    data,
                    &project.data_dir(),
                );
                out.extend(gaps.warnings.iter().cloned());
                known_gaps = gaps.summary();
                // … nor a year whose therapy areas no language names.
                let areas_named = area_keys(data, &[cur.year], &loaded_locales).is_empty();
                let langs: Vec<&Locale> = locales
                    .values()
                    .filter(|l| counts_hold && areas_named && !failed.contains(&l.lang))
                    .collect();
                out.extend(typeset_each(project, &config, &facts, &langs));
                typeset.extend(langs.iter().map(|l| l.lang.clone()));
            }
        }
    }

    CheckReport {
        diagnostics: in_order(out),
        data_files,
        languages,
        typeset,
        known_gaps,
    }
}

/// The same problem found twice (a runtime error in two years) once, and
/// the problems of a file together, in the order of its lines.
fn in_order(out: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut out = crate::diag::dedup(out);
    out.sort_by_key(|d| {
        let path = d.file.as_ref().map(|f| f.name.clone()).or(d.path.clone());
        (path, d.span.as_ref().map(|s| s.start))
    });
    out
}

/// `check` of a project whose report.toml does not read: its error, and
/// those of rules.toml and of the data (their form and the rules of
/// rules.toml). The rest (the locales against the outline, the rules in
/// force, plausibility across breaks, the reports) depends on what
/// report.toml sets, so it waits until report.toml reads.
fn without_settings(project: &Project, broken: Diagnostic) -> CheckReport {
    let mut out = vec![broken];
    let rules = RulesFile::load(&project.rules_path()).unwrap_or_else(|d| {
        out.push(d);
        RulesFile::default()
    });
    let data_files = match data::load_dir(&project.data_dir()) {
        Ok(data) => {
            out.extend(ownrules::own_rules_of(&data, &rules.rules));
            data.years.len()
        }
        Err(d) => {
            out.extend(d.0);
            let unchecked = data::read_unchecked(&project.data_dir());
            out.extend(ownrules::own_rules_of(&unchecked, &rules.rules));
            0
        }
    };
    CheckReport {
        diagnostics: in_order(out),
        data_files,
        languages: Vec::new(),
        typeset: Vec::new(),
        known_gaps: None,
    }
}

/// The checks of loaded inputs that `check` runs, and every build on what
/// it loaded: the locales (and, with `nb`, what the program asks for), the
/// data against the rules' dates and last year's counts, and the
/// completeness of the year being `published`.
pub fn loaded(
    langs: &[LangFiles],
    nb: Option<&Locale>,
    data: &data::Dataset,
    config: &Config,
    project: &Project,
    published: Option<i32>,
) -> Vec<Diagnostic> {
    let mut found = locale_checks(langs, nb, Some(data), config, project);
    found.extend(out_of_force(data, config));
    found.extend(plausibility(data, config));
    if let Some(year) = published {
        found.extend(completeness(langs, data, year, project));
    }
    found
}

/// Each of `locales`' report of the year of `facts` typeset in memory, with
/// the templates and the chart style read once: what the templates and the
/// layout find.
fn typeset_each(
    project: &Project,
    config: &Config,
    facts: &facts::Facts,
    locales: &[&Locale],
) -> Vec<Diagnostic> {
    if locales.is_empty() {
        return Vec::new();
    }
    let dir = project.templates_dir();
    let loaded = (|| {
        let fonts = crate::fonts::Fonts::load(&dir, None)?;
        Ok::<_, Diagnostic>(build::Assets {
            templates: crate::typeset::Templates::new(&dir)?,
            html: Some(crate::html::HtmlTemplates::new(&dir)?),
            style: crate::charts::Style::load(&dir, &fonts)?,
            fonts,
        })
    })();
    let assets = match loaded {
        Ok(t) => t,
        Err(d) => return vec![d],
    };
    let outline = config.outline();
    let links = crate::html::Links::default();
    let mut out = Vec::new();
    for locale in locales {
        let editions = &build::EDITIONS;
        match build::make_report_with(&assets, editions, &outline, facts, locale, &links) {
            Ok(report) => out.extend(report.warnings),
            Err(d) => out.extend(d.0),
        }
    }
    out
}

/// The language whose folder `path` is in (`locales/en/meta.ftl` → `en`).
fn language_of(path: &std::path::Path, locales: &std::path::Path) -> Option<String> {
    let rest = path.strip_prefix(locales).ok()?;
    let first = rest.components().next()?;
    Some(first.as_os_str().to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::SourceFile;

    #[test]
    fn summary_counts_and_pluralises() {
        let file = SourceFile::new("locales/en/a.ftl", "a = b\n");
        let report = CheckReport {
            diagnostics: vec![
                Diagnostic::error("x").at(&file, Some(0..1)),
                Diagnostic::error("y").at(&file, Some(0..1)),
                Diagnostic::warning("z").in_path("data/2024.toml"),
            ],
            data_files: 11,
            languages: vec!["en".into(), "nb".into()],
            typeset: vec![],
            known_gaps: None,
        };
        assert_eq!(report.summary(), "check: 2 errors, 1 warning in 2 files");
        let json = report.to_json();
        assert_eq!(json["errors"], 2);
        assert_eq!(json["diagnostics"][0]["line"], 1);
        assert_eq!(json["diagnostics"][2]["line"], serde_json::Value::Null);
        let clean = CheckReport {
            diagnostics: vec![],
            ..report
        };
        assert_eq!(
            clean.summary(),
            "check: all clean: 11 data files, 2 languages, templates"
        );
    }
}
