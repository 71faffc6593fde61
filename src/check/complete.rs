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
//!   counted per file like compare-locales' "unchanged", against every
//!   language in `locales/`, built or not. Only messages of three words or
//!   more that the other languages do not all word alike are counted, so
//!   names and codes no language translates ("CTIS", the MedDRA terms) are
//!   not.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use fluent_syntax::ast;

use super::locales::{LangFiles, SOURCE_LANG, editorial_year};
use crate::build::Project;
use crate::data::Dataset;
use crate::diag::{Diagnostic, SourceFile};

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
    unchanged(langs, project, &mut out);
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

/// A message as written (value and attributes), for comparing languages,
/// and the words of its text.
struct Written {
    file: PathBuf,
    text: String,
    /// The printed words, variants and attributes run together.
    plain: String,
    words: usize,
}

/// Every message of `files`, by id, as written.
fn written(files: &[Arc<SourceFile>]) -> BTreeMap<String, Written> {
    let mut out = BTreeMap::new();
    for file in files {
        let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut plain = String::new();
                if let Some(v) = &m.value {
                    plain_text(v, &mut plain);
                }
                for a in &m.attributes {
                    plain.push(' ');
                    plain_text(&a.value, &mut plain);
                }
                let words = plain
                    .split(|c: char| !c.is_alphabetic())
                    .filter(|w| w.chars().count() > 1)
                    .count();
                out.entry(m.id.name.to_string()).or_insert(Written {
                    file: file.name.clone(),
                    text: format!("{:?} {:?}", m.value, m.attributes),
                    plain,
                    words,
                });
            }
        }
    }
    out
}

/// The words of a pattern as printed: its text, its variants' text.
fn plain_text(p: &ast::Pattern<&str>, out: &mut String) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Select { variants, .. } => {
                    for v in variants {
                        out.push(' ');
                        plain_text(&v.value, out);
                    }
                }
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                    out.push_str(value)
                }
                ast::Expression::Inline(_) => out.push(' '),
            },
        }
    }
}

/// A message with fewer words than this (a name, a heading, "Total", a
/// number with its sign) may well be the same in two languages.
const MIN_WORDS: usize = 3;

/// One translation file's messages, counted.
#[derive(Default)]
struct Tally<'a> {
    translatable: usize,
    unchanged: usize,
    examples: Vec<&'a str>,
    /// The languages the unchanged messages are word for word as.
    copied_from: BTreeMap<&'a str, usize>,
}

/// Translation files mostly word for word as in another language (a folder
/// copied from `en` and not yet translated). Each translation among `langs`
/// is compared with every language in `locales/`, built or not, and the
/// warning names the translation's own file. A message counts once, and
/// only if it has words to translate ([`MIN_WORDS`] or more) and the other
/// languages do not all word it alike (MedDRA's English names, "CTIS").
/// Where two translations are copies of each other, the one whose words
/// they are (by the commonest words of its language) is not blamed.
fn unchanged(langs: &[LangFiles], project: &Project, out: &mut Vec<Diagnostic>) {
    let mut all: BTreeMap<String, BTreeMap<String, Written>> = BTreeMap::new();
    for l in langs {
        let files: Vec<Arc<SourceFile>> =
            l.index
                .values()
                .map(|(f, _)| f.clone())
                .fold(Vec::new(), |mut v, f| {
                    if !v.iter().any(|g: &Arc<SourceFile>| g.name == f.name) {
                        v.push(f);
                    }
                    v
                });
        all.insert(l.lang.clone(), written(&files));
    }
    for lang in project.languages().unwrap_or_default() {
        if all.contains_key(&lang) {
            continue;
        }
        if let Ok(files) = crate::text::locale::read_sources(&project.locales_dir().join(&lang)) {
            all.insert(lang, written(&files));
        }
    }
    let tags: BTreeMap<&str, String> = all
        .iter()
        .map(|(l, m)| (l.as_str(), primary_language(l, m)))
        .collect();
    for tr in langs.iter().filter(|l| l.lang != SOURCE_LANG) {
        let lang = tr.lang.as_str();
        let Some(messages) = all.get(lang) else {
            continue;
        };
        let others: Vec<(&str, &BTreeMap<String, Written>)> = all
            .iter()
            .filter(|(l, _)| l.as_str() != lang)
            .map(|(l, m)| (l.as_str(), m))
            .collect();
        let mut files: BTreeMap<&PathBuf, Tally> = BTreeMap::new();
        for (id, w) in messages {
            if w.words < MIN_WORDS {
                continue;
            }
            let theirs: Vec<(&str, &str)> = others
                .iter()
                .filter_map(|(l, m)| m.get(id).map(|o| (*l, o.text.as_str())))
                .collect();
            // What every other language words alike is not translated anywhere.
            if theirs.len() > 1 && theirs.iter().all(|(_, t)| *t == theirs[0].1) {
                continue;
            }
            let entry = files.entry(&w.file).or_default();
            entry.translatable += 1;
            if let Some((other, _)) = theirs.iter().find(|(_, t)| *t == w.text) {
                entry.unchanged += 1;
                if entry.examples.len() < 3 {
                    entry.examples.push(id);
                }
                *entry.copied_from.entry(other).or_default() += 1;
            }
        }
        for (file, t) in files {
            if t.translatable < 3 || t.unchanged * 2 <= t.translatable {
                continue;
            }
            let source = t
                .copied_from
                .iter()
                .max_by_key(|(_, n)| **n)
                .map_or("", |(l, _)| *l);
            // Two translations alike: the words are one language's, and
            // that one is not the copy (`en`, built beside a `de` copied
            // from it, is not "word for word as in `de`").
            if source != SOURCE_LANG
                && common_words(messages, file, &tags[lang])
                    > common_words(messages, file, &tags[source])
            {
                continue;
            }
            let examples = t
                .examples
                .iter()
                .map(|e| format!("`{e}`"))
                .collect::<Vec<_>>()
                .join(", ");
            out.push(
                Diagnostic::warning(format!(
                    "{} of {} messages are word for word as in `{source}`: not translated yet?",
                    t.unchanged, t.translatable
                ))
                .in_path((*file).clone())
                .with_note(format!("for example {examples}")),
            );
        }
    }
}

/// The language of a folder: its `language-tag`'s first subtag, else the
/// folder's name.
fn primary_language(folder: &str, messages: &BTreeMap<String, Written>) -> String {
    let tag = messages
        .get(crate::text::locale::LANGUAGE_TAG)
        .map_or(folder, |w| w.plain.trim());
    tag.split(['-', '_'])
        .next()
        .unwrap_or(folder)
        .to_lowercase()
}

/// The commonest short words of a few languages: enough to tell which of
/// two languages a copied file is written in.
fn function_words(lang: &str) -> &'static [&'static str] {
    match lang {
        "en" => &[
            "the", "of", "and", "to", "in", "for", "was", "were", "with", "from", "is", "are",
            "by", "that", "this", "which", "has", "have",
        ],
        "de" => &[
            "der", "die", "das", "und", "den", "dem", "des", "mit", "von", "für", "ist", "sind",
            "wurde", "wurden", "im", "nicht", "auf", "eine", "ein",
        ],
        "nb" | "no" => &[
            "og", "av", "til", "som", "er", "ble", "det", "med", "på", "ikke", "en", "et", "fra",
            "har",
        ],
        "nn" => &[
            "og", "av", "til", "som", "er", "vart", "det", "med", "på", "ikkje", "ein", "eit",
            "frå", "har",
        ],
        "sv" => &[
            "och", "av", "till", "som", "är", "det", "med", "på", "inte", "en", "ett", "från",
        ],
        "da" => &[
            "og", "af", "til", "som", "er", "det", "med", "på", "ikke", "en", "et", "fra",
        ],
        "fr" => &[
            "le", "la", "les", "des", "et", "du", "une", "est", "pour", "dans", "sont",
        ],
        "es" => &[
            "el", "la", "los", "las", "y", "del", "que", "en", "por", "para",
        ],
        "nl" => &[
            "de", "het", "een", "en", "van", "voor", "met", "zijn", "werd",
        ],
        _ => &[],
    }
}

/// How many of the words of `file`'s messages are `lang`'s function words.
fn common_words(messages: &BTreeMap<String, Written>, file: &PathBuf, lang: &str) -> usize {
    let words = function_words(lang);
    messages
        .values()
        .filter(|w| &w.file == file)
        .flat_map(|w| w.plain.split(|c: char| !c.is_alphabetic()))
        .filter(|w| words.contains(&w.to_lowercase().as_str()))
        .count()
}
