//! The checks of the locales that every command runs: `build`, `watch`
//! and `check` (each for the languages it reads).
//!
//! - every translation against `nb`, the source language: missing and
//!   obsolete messages and attributes, variables `nb` does not have
//!   (`$yaer`), variant keys `nb` does not select on (a `[leichter-anstieg]`
//!   would never be chosen, and the default variant would print the wrong
//!   sentence), variant keys of `nb` a translation lacks (a deleted
//!   `[slight-increase]` falls back to the default silently; plural
//!   categories follow the translation's language), a default variant other
//!   than `nb`'s, variables of `nb`'s message a translation no longer uses
//!   (unless its comment says why: `# unused: $total — reason`), a number
//!   `nb` prints in its default variant that the translation's default
//!   lacks, references to messages that do not exist;
//! - what the program asks for, as the [message catalogue](catalogue)
//!   declares it for the outline and the years of `data/` (nothing is
//!   built): a message asked for that `nb` lacks is an error, as is a
//!   variable `nb` uses that the program does not pass, or an attribute it
//!   asks for that `nb` lacks; a message nobody asks for is a warning,
//!   except editorial text for a year with data that no report uses (a
//!   misspelt topic), which is an error; editorial text of a section the
//!   outline no longer has is a warning naming the section (the section's
//!   other messages stay quiet); editorial text for a year without data is
//!   a warning (next year's text, written early).
//!
//! Errors are what would fail a build or put wrong text in a PDF; warnings
//! are text no PDF shows.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::PathBuf;
use std::sync::Arc;

use strum::IntoEnumIterator;

use crate::build::Project;
use crate::config::{BuiltIn, Config};
use crate::data::Dataset;
use crate::diag::{Diagnostic, SourceFile};
use crate::text::catalogue::{Catalogue, catalogue};
use crate::text::{
    Locale, ftl,
    locale::{LANGUAGE_TAG, NUMBER_WORDS, Parsed},
};

mod compare;
mod usage;

pub(crate) use compare::compare;
#[cfg(test)]
use compare::declared_unused;
pub(crate) use usage::usage;

/// The source language: every other language translates it.
pub const SOURCE_LANG: &str = "nb";

/// What the program passes to every editorial message (`editorial.ftl`'s
/// header says so), also for a year no data file has yet.
const EDITORIAL_VARIABLES: [&str; 2] = ["year", "previous-year"];

/// The variables the program passed to each message, by message id.
pub(crate) type Passed = BTreeMap<String, BTreeSet<String>>;

/// CLDR plural categories: valid variant keys in any language.
const PLURAL_CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// The `.ftl` files of one language, analysed.
pub struct LangFiles {
    pub lang: String,
    /// Messages and terms by display id (`id`, `-term`): the first definition.
    pub index: BTreeMap<String, (Arc<SourceFile>, ftl::Entry)>,
    /// Ids that sit in unparsable text: reported as syntax errors already.
    pub junk: BTreeSet<String>,
    /// The file name each message is in, for "add it to …" notes.
    pub dir: PathBuf,
}

impl LangFiles {
    /// `files`, parsed and analysed.
    pub fn new(lang: &str, dir: PathBuf, files: &[Arc<SourceFile>]) -> Self {
        let parsed: Vec<Parsed> = files
            .iter()
            .map(|file| {
                let (entries, errors) = ftl::analyse(&file.text);
                Parsed {
                    file: file.clone(),
                    entries,
                    errors,
                }
            })
            .collect();
        Self::from_parsed(lang, dir, &parsed)
    }

    /// The files of a language as parsed already (by [`Sources::parse`](crate::text::locale::Sources::parse)).
    pub fn from_parsed(lang: &str, dir: PathBuf, parsed: &[Parsed]) -> Self {
        let mut index = BTreeMap::new();
        let mut junk = BTreeSet::new();
        for Parsed {
            file,
            entries,
            errors,
        } in parsed
        {
            for e in entries {
                index
                    .entry(e.display_id())
                    .or_insert_with(|| (file.clone(), e.clone()));
            }
            for err in errors {
                let Some(slice) = err.slice.clone().and_then(|r| file.text.get(r)) else {
                    continue;
                };
                for line in slice.lines() {
                    let id: String = line
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect();
                    if !id.is_empty() && line[id.len()..].trim_start().starts_with('=') {
                        junk.insert(id);
                    }
                }
            }
        }
        Self {
            lang: lang.to_string(),
            index,
            junk,
            dir,
        }
    }

    fn kind(entry: &ftl::Entry) -> &'static str {
        if entry.term { "term" } else { "message" }
    }
}

/// Runs the locale checks on `langs` (each with its folder and files; the
/// source language among them when it is to be compared with): references,
/// every translation against the source, and, with `nb` loaded and the
/// data, what the program asks for. Returns the problems, errors first
/// within each file's line order left to the caller.
pub fn locale_checks(
    langs: &[LangFiles],
    nb_locale: Option<&Locale>,
    data: Option<&Dataset>,
    config: &Config,
    project: &Project,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let source = langs.iter().find(|l| l.lang == SOURCE_LANG);
    // What the source itself has wrong (a misspelt editorial topic) is one
    // error, not also one per translation that lacks it.
    let mut wrong = BTreeSet::new();
    let mut passed = Passed::new();
    if let (Some(data), Some(nb), Some(_)) = (data, source, nb_locale) {
        (wrong, passed) = usage(data, config, nb, langs, project, &mut out);
    }
    if let Some(nb) = source {
        text_sections(nb, config, project, &mut out);
    }
    for lang in langs {
        not_text(lang, &mut out);
        references(lang, &mut out);
        if let Some(nb) = source
            && lang.lang != SOURCE_LANG
        {
            compare(nb, lang, &wrong, &passed, &mut out);
        }
    }
    out
}

/// Every text section of the outline has its title and some text in the
/// source language.
fn text_sections(nb: &LangFiles, config: &Config, project: &Project, out: &mut Vec<Diagnostic>) {
    for spec in config
        .section
        .iter()
        .filter(|s| s.kind == crate::config::SectionKind::Text)
    {
        let id = &spec.id;
        let title = format!("section-{id}");
        if !nb.index.contains_key(&title) {
            out.push(
                Diagnostic::error(format!(
                    "report.toml has a text section `{id}`, but `{SOURCE_LANG}` has no title for it: add `{title} = …` (to meta.ftl, beside the other section titles)"
                ))
                .in_path(project.locales_dir().join(SOURCE_LANG)),
            );
        }
        let prefix = format!("editorial-{id}-");
        if !nb.index.keys().any(|k| {
            k.strip_prefix(&prefix)
                .is_some_and(|y| y.parse::<i32>().is_ok())
        }) {
            out.push(
                Diagnostic::error(format!(
                    "report.toml has a text section `{id}`, but `{SOURCE_LANG}` has no text for it in any year: write `{prefix}<year> = …` (in editorial.ftl)"
                ))
                .in_path(project.locales_dir().join(SOURCE_LANG)),
            );
        }
    }
}

/// `{ message }` and `{ -term }` references to entries the language lacks.
/// An error at each line of a translation that holds a character that is
/// not text (a control, a bidi override, a private-use character), naming
/// what it is: not a glyph no font has, nor the template's problem. Comment
/// lines may hold anything.
fn not_text(lang: &LangFiles, out: &mut Vec<Diagnostic>) {
    let mut files: Vec<&Arc<SourceFile>> = lang.index.values().map(|(f, _)| f).collect();
    files.sort_by(|a, b| a.name.cmp(&b.name));
    files.dedup_by(|a, b| a.name == b.name);
    for file in files {
        let mut start = 0;
        for line in file.text.split_inclusive('\n') {
            let here = start;
            start += line.len();
            if line.trim_start().starts_with('#') {
                continue;
            }
            let found = line
                .char_indices()
                .filter(|&(_, c)| !matches!(c, '\n' | '\r' | '\t'))
                .find_map(|(i, c)| crate::diag::not_text(c).map(|k| (i, c, k)));
            if let Some((i, c, kind)) = found {
                out.push(
                    Diagnostic::error(format!(
                        "U+{:04X} is {}",
                        c as u32,
                        kind.explain()
                    ))
                    .at(file, Some(here + i..here + i + c.len_utf8()))
                    .with_note("remove it (a line can look right and still hold one: it is invisible, or shown here as `?` or `\u{FFFD}`)"),
                );
            }
        }
    }
}

fn references(lang: &LangFiles, out: &mut Vec<Diagnostic>) {
    for (id, (file, entry)) in &lang.index {
        for r in &entry.references {
            let target = if r.term {
                format!("-{}", r.id)
            } else {
                r.id.clone()
            };
            let what = if r.term { "term" } else { "message" };
            match lang.index.get(&target) {
                None if !lang.junk.contains(&r.id) => out.push(
                    Diagnostic::error(format!(
                        "`{id}` refers to {what} `{target}`, which `{}` does not define",
                        lang.lang
                    ))
                    .at(file, Some(r.span.clone())),
                ),
                Some((_, t)) => {
                    if let Some(a) = &r.attribute
                        && t.attribute(a).is_none()
                    {
                        out.push(
                            Diagnostic::error(format!(
                                "`{id}` refers to `{target}.{a}`, but `{target}` has no attribute `.{a}`"
                            ))
                            .at(file, Some(r.span.clone())),
                        );
                    }
                }
                None => {}
            }
        }
    }
}

/// The year of an `editorial-<topic>-<year>` message.
pub(crate) fn editorial_year(id: &str) -> Option<i32> {
    let rest = id.strip_prefix("editorial-")?;
    let (topic, year) = rest.rsplit_once('-')?;
    if topic.is_empty() || year.len() != 4 {
        return None;
    }
    year.parse().ok()
}

/// ": did you mean `$year`?" when one candidate is close to `name`.
fn suggest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>, prefix: &str) -> String {
    crate::diag::closest(name, candidates)
        .map(|c| format!(": did you mean `{prefix}{c}`?"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
