//! Reading year files: the data folder, each file's bytes as UTF-8 text,
//! and the rules between files.
//!
//! Every `<year>.toml` of the folder is read; a file that is not UTF-8 is
//! reported at its first bad byte, a BOM is dropped and CRLF line ends are
//! accepted. Each file is checked on its own ([`parse`]: its syntax, its
//! keys and values, its dates and sums, every mistake at once and in line
//! order), then the files together: each year has one file, named after it
//! (`2024.toml` says `year = 2024`), and no year is given twice. All the
//! problems of all the files are returned together, before anything is
//! written.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Dataset, Locator, YearData, explain_toml_error, syntax, validate};
use crate::diag::{Diagnostic, Diagnostics, SourceFile};

/// Loads every `<year>.toml` in `dir`, checks each and all together.
///
/// Paths in diagnostics are shown as `display_dir/<file>`.
pub fn load_dir(dir: &Path) -> Result<Dataset, Diagnostics> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Diagnostic::error(format!("cannot read the data folder: {e}")).in_path(dir))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(Diagnostic::error("no <year>.toml files in the data folder")
            .in_path(dir)
            .into());
    }
    let mut errors = Vec::new();
    let mut files = Vec::new();
    for path in paths {
        // The project is the data folder's parent.
        let project = dir.parent().unwrap_or(dir);
        match crate::input::read_existing(&path, project) {
            Ok(bytes) => match decode(&path, bytes) {
                Ok(text) => files.push(SourceFile::new(&path, text)),
                Err(e) => errors.push(e),
            },
            Err(e) => errors.push(e),
        }
    }
    match load_sources(&files) {
        Ok(data) if errors.is_empty() => Ok(data),
        Ok(_) => Err(Diagnostics(errors)),
        Err(mut e) => {
            errors.append(&mut e.0);
            Err(Diagnostics(errors))
        }
    }
}

/// The years of `dir` whose files read as year files, whatever their
/// mistakes of rule (a sum that does not add up, a date in the year): for
/// checking the rest of a project (editorial text, translations) when the
/// data have errors, so that one run reports every problem. Never for a
/// report: these data are not checked.
pub fn read_unchecked(dir: &Path) -> Dataset {
    let mut dataset = Dataset::default();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return dataset;
    };
    let project = dir.parent().unwrap_or(dir);
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        if path.extension().is_none_or(|x| x != "toml") {
            continue;
        }
        // Read as `load_dir` reads: regular files inside the project only.
        let Some(text) = crate::input::read_existing(&path, project)
            .ok()
            .and_then(|bytes| decode(&path, bytes).ok())
        else {
            continue;
        };
        let file = SourceFile::new(&path, text);
        let Ok(data) = toml::from_str::<YearData>(&file.text) else {
            // A file that is TOML but not a year file as written (a count
            // typed `x`) is kept as a source: the rules of rules.toml still
            // judge the counts it gives.
            let recovered = syntax::parse(&file, &mut Vec::new()).doc;
            if let (Some(year), Some(doc)) = (name_year(&file), recovered)
                && let Ok(table) = toml::from_str::<toml::Table>(doc.raw())
                && let Ok(json) = serde_json::to_value(table)
                && !dataset.sources.contains_key(&year)
            {
                dataset
                    .sources
                    .insert(year, SourceFile::new(&path, doc.raw().to_string()));
                dataset.unread.insert(year, json);
            }
            continue;
        };
        if name_year(&file) == Some(data.year) && !dataset.years.contains_key(&data.year) {
            dataset.sources.insert(data.year, file);
            dataset.years.insert(data.year, data);
        }
    }
    dataset
}

/// Checks year files already read (the files of a data folder) and puts
/// them together. All problems of all files are returned together.
///
/// Each year has one file, named after it: a file that says another year
/// than its name is an error, and when that year has its own file too, the
/// error says that the year is given twice and where.
pub fn load_sources(files: &[Arc<SourceFile>]) -> Result<Dataset, Diagnostics> {
    let mut errors = Vec::new();
    let mut parsed = Vec::new();
    for file in files {
        match parse_unnamed(file) {
            Ok(data) => parsed.push((file, data)),
            Err(mut e) => errors.append(&mut e.0),
        }
    }
    // The files that are named after the year they hold.
    let named: BTreeMap<i32, &Arc<SourceFile>> = parsed
        .iter()
        .filter(|(f, d)| name_year(f) == Some(d.year))
        .map(|(f, d)| (d.year, *f))
        .collect();
    let mut dataset = Dataset::default();
    for (file, data) in parsed {
        if name_year(file) != Some(data.year) {
            let loc = Locator::new(&file.text);
            let shown = file_name(file);
            let message = match named.get(&data.year) {
                Some(other) => format!(
                    "year {} is given twice: {} says year = {}, and {} holds {} already; \
                     keep one file per year, named after its year (set the right year here, or remove this file)",
                    data.year,
                    file.name.display(),
                    data.year,
                    other.name.display(),
                    data.year,
                ),
                None => format!(
                    "the file is named {shown} but says year = {}; name each file after its year ({}.toml)",
                    data.year, data.year
                ),
            };
            errors.push(Diagnostic::error(message).at(file, loc.span("year")));
            continue;
        }
        if dataset.years.contains_key(&data.year) {
            // Two files of the same name (from different folders).
            errors.push(
                Diagnostic::error(format!("year {} is given twice", data.year))
                    .at(file, Locator::new(&file.text).span("year")),
            );
            continue;
        }
        dataset.sources.insert(data.year, file.clone());
        dataset.years.insert(data.year, data);
    }
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(Diagnostics(errors))
    }
}

/// The file's name without its folder (`2024.toml`).
fn file_name(file: &SourceFile) -> String {
    file.name.file_name().map_or_else(
        || file.name.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The year a file's name says (`2024.toml` → 2024).
fn name_year(file: &SourceFile) -> Option<i32> {
    let stem = file.name.file_stem()?.to_str()?;
    if stem.len() == 4 && stem.bytes().all(|b| b.is_ascii_digit()) {
        stem.parse().ok()
    } else {
        None
    }
}

/// Turns file bytes into text: UTF-8 required, a BOM dropped. A file that
/// is not UTF-8 is reported at the line and column of its first bad byte.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    let mut text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let shown = SourceFile::new(path, String::from_utf8_lossy(&bytes).into_owned());
            // In the lossy text the bad byte is the replacement character at `offset`.
            let end = shown.text[offset..]
                .chars()
                .next()
                .map_or(offset, |c| offset + c.len_utf8());
            return Err(Diagnostic::error(format!(
                "the file is not UTF-8 (byte 0x{:02X} at offset {offset} is not valid UTF-8); save it as UTF-8",
                bytes[offset]
            ))
            .at(&shown, Some(offset..end)));
        }
    };
    if text.starts_with('\u{feff}') {
        text.remove(0);
    }
    Ok(text)
}

/// Parses and checks a year file's text.
pub fn parse(file: &Arc<SourceFile>) -> Result<YearData, Diagnostics> {
    let data = parse_unnamed(file)?;
    if name_year(file) != Some(data.year) {
        let shown = file_name(file);
        return Err(Diagnostic::error(format!(
            "the file is named {shown} but says year = {}; name each file after its year ({}.toml)",
            data.year, data.year
        ))
        .at(file, Locator::new(&file.text).span("year"))
        .into());
    }
    Ok(data)
}

/// Parses and checks a year file's text, all but its name: every syntax
/// error, then the walk against the schema and the dates (the sums are
/// rules of rules.toml, checked on the loaded years). Serde
/// reads the file only when all of them pass, so it then succeeds; should it
/// not, its error is reported rather than lost.
fn parse_unnamed(file: &Arc<SourceFile>) -> Result<YearData, Diagnostics> {
    let mut errors = Vec::new();
    let parsed = syntax::parse(file, &mut errors);
    if let Some(doc) = &parsed.doc {
        errors.extend(validate::check(file, doc, &parsed.hidden, name_year(file)));
    }
    if errors.is_empty() {
        return toml::from_str(&file.text).map_err(|e| {
            let message = explain_toml_error(e.message().trim_end());
            Diagnostic::error(message).at(file, e.span()).into()
        });
    }
    errors.sort_by_key(|d| d.span.as_ref().map_or(0, |s| s.start));
    // A file of thousands of mistakes (a wrong file, or a paste gone
    // wrong) is not reported one by one: the first of them, and how many
    // more, at once rather than after minutes of output.
    if errors.len() > MAX_ERRORS_A_FILE {
        let all = errors.len();
        errors.truncate(MAX_ERRORS_A_FILE);
        errors.push(
            Diagnostic::error(format!(
                "{all} problems in this file; only the first {MAX_ERRORS_A_FILE} are shown: fix \
                 them first (is it the year file it should be?)"
            ))
            .in_path(file.name.clone()),
        );
    }
    Err(Diagnostics(errors))
}

/// The most problems shown for one data file (as the syntax errors are
/// capped at 20 by their own rule).
const MAX_ERRORS_A_FILE: usize = 50;
