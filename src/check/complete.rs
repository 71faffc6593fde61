//! Completeness of the year being published: what its report would lack
//! that the year before had, and translations left as they were copied.
//!
//! These are warnings (errors under `--strict`): nothing is wrong with the
//! files as Fluent or as data, but the report going out is not finished.
//!
//! - an editorial topic the previous year's source text had and this year's
//!   lacks (`editorial-context-2024` but no `editorial-context-2025`), named
//!   at the previous year's message, where the new text belongs; for the
//!   context passage, that the whole passage is left out;
//! - the context passage's text without the `[context]` facts it needs;
//! - a translation file in which most messages are word for word as in
//!   another language (a folder copied from `en` and not yet translated),
//!   counted per file like compare-locales' "unchanged". Only messages that
//!   `nb` and `en` themselves word differently are counted, so names and
//!   codes that no language translates ("CTIS", the MedDRA terms) are not.

use std::collections::BTreeMap;
use std::path::PathBuf;

use fluent_syntax::ast;

use super::locales::{LangFiles, SOURCE_LANG, editorial_year};
use crate::build::Project;
use crate::data::Dataset;
use crate::diag::Diagnostic;

/// The completeness warnings for the reports of `year`.
pub fn completeness(
    langs: &[LangFiles],
    data: &Dataset,
    year: i32,
    project: &Project,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let Some(nb) = langs.iter().find(|l| l.lang == SOURCE_LANG) {
        editorial_topics(nb, data, year, project, &mut out);
    }
    unchanged(langs, &mut out);
    out
}

/// The source's editorial topics of `year - 1` that `year` lacks.
fn editorial_topics(
    nb: &LangFiles,
    data: &Dataset,
    year: i32,
    project: &Project,
    out: &mut Vec<Diagnostic>,
) {
    for (id, (file, entry)) in &nb.index {
        if editorial_year(id) != Some(year - 1) {
            continue;
        }
        let topic = &id["editorial-".len()..id.len() - 5];
        let wanted = format!("editorial-{topic}-{year}");
        if nb.index.contains_key(&wanted) {
            continue;
        }
        // No text is asked for a section whose data the year's file
        // declares not supplied (`not_supplied = { safety = "…" }`).
        let declared = crate::data::NotSupplied::KEYS
            .iter()
            .find(|(k, _)| *k == topic)
            .is_some_and(|(_, key)| data.get(year).and_then(|d| d.not_supplied(key)).is_some());
        if declared {
            continue;
        }
        let what = if topic == "context" {
            format!("the context passage is left out of the {year} report")
        } else {
            format!("the {year} report has no such paragraph")
        };
        out.push(
            Diagnostic::warning(format!(
                "`{wanted}` is missing: {} had `{id}`, so {what}",
                year - 1
            ))
            .at(file, Some(entry.span.clone()))
            .with_note(format!(
                "write the {year} text beside this one, as `{wanted}` (and in every language)"
            )),
        );
    }
    let context = format!("editorial-context-{year}");
    if let Some((file, entry)) = nb.index.get(&context)
        && data.get(year).is_some_and(|d| d.context.is_none())
    {
        out.push(
            Diagnostic::warning(format!(
                "`{context}` is not shown: the context passage needs the `[context]` facts, and data/{year}.toml has none"
            ))
            .at(file, Some(entry.span.clone()))
            .with_note(format!(
                "add a [context] table to {}",
                project.data_dir().join(format!("{year}.toml")).display()
            )),
        );
    }
}

/// A message's value and attributes, as written, for comparing languages.
fn values(lang: &LangFiles) -> BTreeMap<String, (PathBuf, String)> {
    let mut out = BTreeMap::new();
    let mut seen_files = Vec::new();
    for (file, _) in lang.index.values() {
        if seen_files.contains(&file.name) {
            continue;
        }
        seen_files.push(file.name.clone());
        let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let text = format!("{:?} {:?}", m.value, m.attributes);
                out.insert(m.id.name.to_string(), (file.name.clone(), text));
            }
        }
    }
    out
}

/// One translation file's messages, counted.
#[derive(Default)]
struct Tally<'a> {
    translatable: usize,
    unchanged: usize,
    examples: Vec<&'a str>,
    /// The languages the unchanged messages are word for word as.
    copied_from: BTreeMap<&'a str, usize>,
}

/// Translation files mostly word for word as in another language.
fn unchanged(langs: &[LangFiles], out: &mut Vec<Diagnostic>) {
    let all: BTreeMap<&str, BTreeMap<String, (PathBuf, String)>> =
        langs.iter().map(|l| (l.lang.as_str(), values(l))).collect();
    let (Some(nb), en) = (all.get(SOURCE_LANG), all.get("en")) else {
        return;
    };
    // What nb and en word alike is not translated anywhere.
    let translatable = |id: &str| match (nb.get(id), en) {
        (Some((_, a)), Some(en)) => en.get(id).is_none_or(|(_, b)| a != b),
        (Some(_), None) => true,
        _ => false,
    };
    for (lang, messages) in &all {
        if *lang == SOURCE_LANG {
            continue;
        }
        let mut files: BTreeMap<&PathBuf, Tally> = BTreeMap::new();
        for (id, (file, text)) in messages {
            if !translatable(id) {
                continue;
            }
            let entry = files.entry(file).or_default();
            entry.translatable += 1;
            let same_as = all
                .iter()
                .filter(|(other, _)| *other != lang)
                .find(|(_, m)| m.get(id).is_some_and(|(_, t)| t == text))
                .map(|(other, _)| *other);
            if let Some(other) = same_as {
                entry.unchanged += 1;
                if entry.examples.len() < 3 {
                    entry.examples.push(id);
                }
                *entry.copied_from.entry(other).or_default() += 1;
            }
        }
        for (file, t) in files {
            let (total, same, examples, from) =
                (t.translatable, t.unchanged, t.examples, t.copied_from);
            if total < 5 || same * 2 <= total {
                continue;
            }
            let source = from.iter().max_by_key(|(_, n)| **n).map_or("", |(l, _)| *l);
            out.push(
                Diagnostic::warning(format!(
                    "{same} of {total} messages are word for word as in `{source}`: not translated yet?"
                ))
                .in_path(file.clone())
                .with_note(format!(
                    "for example {}",
                    examples
                        .iter()
                        .map(|e| format!("`{e}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            );
        }
    }
}
