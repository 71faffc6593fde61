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
use crate::diag::{Diagnostic, Severity, SourceFile};
use crate::text::catalogue::{Catalogue, catalogue};
use crate::text::{
    Locale, ftl,
    locale::{LANGUAGE_TAG, NUMBER_WORDS, Parsed},
};

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

/// Whether any of `diagnostics` is an error.
pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity == Severity::Error)
}

/// A translation against the source: messages, attributes, variables, keys.
pub(crate) fn compare(
    nb: &LangFiles,
    tr: &LangFiles,
    skip: &BTreeSet<String>,
    passed: &Passed,
    out: &mut Vec<Diagnostic>,
) {
    let (src, lang) = (&nb.lang, &tr.lang);
    let plurals = plural_categories(tr);
    // A translation's id close to an `nb` id it lacks is that id misspelt
    // (`label-figur`): one error, with the right name, and never the advice
    // to remove translated text.
    let lacking: Vec<&str> = nb
        .index
        .keys()
        .filter(|id| !tr.index.contains_key(*id))
        .map(String::as_str)
        .collect();
    let misspelt: BTreeMap<&str, &str> = tr
        .index
        .keys()
        .filter(|id| !nb.index.contains_key(*id))
        .filter_map(|id| {
            crate::data::closest(id, lacking.iter().copied()).map(|c| (id.as_str(), c))
        })
        .collect();
    for (id, (nb_file, nb_entry)) in &nb.index {
        if tr.index.contains_key(id)
            || tr.junk.contains(id.trim_start_matches('-'))
            || skip.contains(id)
            || misspelt.values().any(|m| m == id)
        {
            continue;
        }
        let file_name = nb_file
            .name
            .file_name()
            .map(PathBuf::from)
            .unwrap_or_default();
        out.push(
            Diagnostic::error(format!(
                "`{lang}` has no {} `{id}`: add it to {}",
                LangFiles::kind(nb_entry),
                tr.dir.join(file_name).display()
            ))
            .at(nb_file, Some(nb_entry.span.clone()))
            .with_note(format!("`{src}` defines it here: translate it from this")),
        );
    }
    for (id, (file, entry)) in &tr.index {
        let Some((_, nb_entry)) = nb.index.get(id) else {
            if let Some(right) = misspelt.get(id.as_str()) {
                out.push(
                    Diagnostic::error(format!(
                        "{} `{id}` is not in `{src}`: did you mean `{right}`? (`{lang}` has no `{right}`)",
                        LangFiles::kind(entry)
                    ))
                    .at(file, Some(entry.span.clone()))
                    .with_note(format!(
                        "rename it to `{right}`, keeping its text: until then the report has no `{right}` in `{lang}`"
                    )),
                );
            } else if !nb.junk.contains(id.trim_start_matches('-')) {
                out.push(
                    Diagnostic::error(format!(
                        "{} `{id}` is not in `{src}`, the source language: it is obsolete",
                        LangFiles::kind(entry)
                    ))
                    .at(file, Some(entry.span.clone()))
                    .with_note(format!(
                        "remove it, or add it to `{src}` first and translate from there"
                    )),
                );
            }
            continue;
        };
        if nb_entry.has_value && !entry.has_value {
            out.push(
                Diagnostic::error(format!(
                    "message `{id}` has no value in `{lang}`, but has one in `{src}`"
                ))
                .at(file, Some(entry.span.clone())),
            );
        } else if !nb_entry.has_value && entry.has_value {
            out.push(
                Diagnostic::error(format!(
                    "message `{id}` has a value in `{lang}`, but none in `{src}`: it is obsolete"
                ))
                .at(file, Some(entry.span.clone())),
            );
        }
        for a in &nb_entry.attributes {
            if entry.attribute(&a.name).is_none() {
                out.push(
                    Diagnostic::error(format!(
                        "`{id}` lacks the attribute `.{}` that it has in `{src}`",
                        a.name
                    ))
                    .at(file, Some(entry.span.clone())),
                );
            }
        }
        for a in &entry.attributes {
            if nb_entry.attribute(&a.name).is_none() {
                out.push(
                    Diagnostic::error(format!(
                        "attribute `.{}` of `{id}` is not in `{src}`: it is obsolete",
                        a.name
                    ))
                    .at(file, Some(a.span.clone())),
                );
            }
        }
        // What `nb` uses, and what the program passes whether `nb` uses it
        // or not (`$approximate`; `$year` in editorial text).
        let mut nb_vars: BTreeSet<&str> =
            nb_entry.variables.iter().map(|v| v.name.as_str()).collect();
        nb_vars.extend(
            passed
                .get(id.as_str())
                .into_iter()
                .flatten()
                .map(String::as_str),
        );
        if editorial_year(id).is_some() {
            nb_vars.extend(EDITORIAL_VARIABLES);
        }
        for v in &entry.variables {
            if nb_vars.contains(v.name.as_str()) {
                continue;
            }
            let mut d = Diagnostic::error(format!(
                "`${}` is not a variable of `{id}`{}",
                v.name,
                suggest(&v.name, nb_vars.iter().copied(), "$")
            ))
            .at(file, Some(v.span.clone()));
            d = d.with_note(if nb_vars.is_empty() {
                format!("`{id}` in `{src}` uses no variables")
            } else {
                format!(
                    "`{id}` in `{src}` uses {}",
                    nb_vars
                        .iter()
                        .map(|v| format!("${v}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            });
            out.push(d);
        }
        dropped_variables(id, nb_entry, file, entry, src, lang, out);
        variants_and_defaults(id, nb_entry, file, entry, &plurals, src, out);
        for select in &entry.selects {
            let Some(var) = &select.variable else {
                continue;
            };
            let nb_keys: BTreeSet<&str> = nb_entry.keys_of(var).collect();
            if nb_keys.is_empty() {
                continue;
            }
            for key in &select.keys {
                let k = key.name.as_str();
                if nb_keys.contains(k) || PLURAL_CATEGORIES.contains(&k) || k.parse::<f64>().is_ok()
                {
                    continue;
                }
                out.push(
                    Diagnostic::error(format!(
                        "variant `[{k}]` of `${var}` in `{id}` is not one of `{src}`'s keys, so it is never chosen{}",
                        suggest(k, nb_keys.iter().copied(), "")
                    ))
                    .at(file, Some(key.span.clone()))
                    .with_note(format!(
                        "`{src}` selects on `${var}` with {}",
                        nb_keys
                            .iter()
                            .map(|k| format!("[{k}]"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
                );
            }
        }
    }
}

/// The variables a translation's comment says it leaves out on purpose:
/// `# unused: $total, $previous — the sentence says "more than last year"`.
/// Each line names its variables, then a dash and the reason; a line
/// without a reason does not count (the next translator needs the why).
pub(crate) fn declared_unused(comment: &[String]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in comment {
        let Some(rest) = line.trim().strip_prefix("unused:") else {
            continue;
        };
        let Some((names, reason)) = rest
            .split_once(" — ")
            .or_else(|| rest.split_once(" – "))
            .or_else(|| rest.split_once(" - "))
        else {
            continue;
        };
        if !reason.chars().any(char::is_alphabetic) {
            continue;
        }
        for name in names.split([',', ' ']) {
            if let Some(v) = name.trim().strip_prefix('$')
                && !v.is_empty()
            {
                out.insert(v.to_string());
            }
        }
    }
    out
}

/// Every variable `nb`'s message uses is used by the translation too: a
/// deleted `{ $total }` takes the number out of the sentence, and nothing
/// else would notice. A translation that says it without the variable
/// writes why in the message's comment (`# unused: $total — reason`).
fn dropped_variables(
    id: &str,
    nb_entry: &ftl::Entry,
    file: &Arc<SourceFile>,
    entry: &ftl::Entry,
    src: &str,
    lang: &str,
    out: &mut Vec<Diagnostic>,
) {
    let ours: BTreeSet<&str> = entry.variables.iter().map(|v| v.name.as_str()).collect();
    let excused = declared_unused(&entry.comment);
    let nb_vars: BTreeSet<&str> = nb_entry.variables.iter().map(|v| v.name.as_str()).collect();
    // A misspelt `$yaer` is reported as such, with its did-you-mean: one
    // fault, one error.
    let misspelt: BTreeSet<&str> = ours
        .iter()
        .filter(|v| !nb_vars.contains(*v))
        .filter_map(|v| crate::data::closest(v, nb_vars.iter().copied()))
        .collect();
    let mut seen = BTreeSet::new();
    for v in &nb_entry.variables {
        let name = v.name.as_str();
        if ours.contains(name)
            || excused.contains(name)
            || misspelt.contains(name)
            || !seen.insert(name)
        {
            continue;
        }
        out.push(
            Diagnostic::error(format!(
                "`{id}` in `{lang}` does not use `${name}`, which `{src}`'s `{id}` uses: what it stands for is missing from the sentence"
            ))
            .at(file, Some(entry.span.clone()))
            .with_note(unused_note(name)),
        );
    }
    // Within a selector: a number selected on is printed by the default
    // variant (`*[other] { $total } søknader`); a translation whose default
    // variant lost it prints "applications" without the count for every
    // number but those with a variant of their own (`[one]` may say "one").
    for (select, nb_select) in paired_selects(nb_entry, entry) {
        let (Some(var), Some(nb_default), Some(default)) = (
            select.variable.as_deref(),
            nb_select.default.as_deref(),
            select.default.as_deref(),
        ) else {
            continue;
        };
        let printed = |s: &ftl::Select, key: &str| {
            s.variables_of(key)
                .is_some_and(|vs| vs.iter().any(|v| v == var))
        };
        if !printed(nb_select, nb_default) || printed(select, default) || excused.contains(var) {
            continue;
        }
        let at = select
            .keys
            .iter()
            .find(|k| k.name == default)
            .map_or(select.span.clone(), |k| k.span.clone());
        out.push(
            Diagnostic::error(format!(
                "the default variant `*[{default}]` of `${var}` in `{id}` does not print `${var}`, which `{src}`'s `*[{nb_default}]` prints: the number is missing from the sentence"
            ))
            .at(file, Some(at))
            .with_note(unused_note(var)),
        );
    }
}

fn unused_note(name: &str) -> String {
    format!(
        "put `{{ ${name} }}` back where the sentence needs it; if your language says it without, write why in a comment right above the message: `# unused: ${name} — <reason>`"
    )
}

/// The translation's selectors with `nb`'s on the same variable, paired in
/// order where both messages have as many on it.
fn paired_selects<'a>(
    nb_entry: &'a ftl::Entry,
    entry: &'a ftl::Entry,
) -> Vec<(&'a ftl::Select, &'a ftl::Select)> {
    let mut out = Vec::new();
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for select in &entry.selects {
        let Some(var) = select.variable.as_deref() else {
            continue;
        };
        let nth = seen.entry(var).or_default();
        let on = |e: &'a ftl::Entry| -> Vec<&'a ftl::Select> {
            e.selects
                .iter()
                .filter(|s| s.variable.as_deref() == Some(var))
                .collect()
        };
        let (theirs, ours) = (on(nb_entry), on(entry));
        if theirs.len() == ours.len()
            && let Some(nb_select) = theirs.get(*nth)
        {
            out.push((select, *nb_select));
        }
        *nth += 1;
    }
    out
}

/// The CLDR plural categories of a translation's language (its
/// `language-tag`, else its folder name); all six when ICU does not know it.
fn plural_categories(tr: &LangFiles) -> BTreeSet<&'static str> {
    let tag = tr
        .index
        .get(LANGUAGE_TAG)
        .and_then(|(_, e)| e.text.as_ref())
        .map_or(tr.lang.as_str(), |t| t.name.as_str());
    let rules = tag
        .parse::<icu_locale_core::Locale>()
        .ok()
        .and_then(|l| icu_plurals::PluralRules::try_new_cardinal((&l).into()).ok());
    let Some(rules) = rules else {
        return PLURAL_CATEGORIES.iter().copied().collect();
    };
    let has: Vec<_> = rules.categories().collect();
    PLURAL_CATEGORIES
        .iter()
        .copied()
        .filter(|c| {
            icu_plurals::PluralCategory::get_for_cldr_string(c).is_some_and(|c| has.contains(&c))
        })
        .collect()
}

/// Every variant key of `nb`'s selector is in the translation's selector on
/// the same variable (a deleted `[slight-increase]` would fall back to the
/// default and print the wrong sentence), and the default is `nb`'s
/// default. A plural selector (`nb`'s keys are CLDR categories) needs the
/// categories of the translation's own language instead of `nb`'s; an
/// exact-number key (`[2] to`) is not required, as without it the number
/// itself is printed. The
/// selectors on one variable are paired in order; where the two messages
/// have a different number of them (a translation that says it in another
/// shape), they cannot be paired and are not compared.
fn variants_and_defaults(
    id: &str,
    nb_entry: &ftl::Entry,
    file: &Arc<SourceFile>,
    entry: &ftl::Entry,
    plurals: &BTreeSet<&'static str>,
    src: &str,
    out: &mut Vec<Diagnostic>,
) {
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for select in &entry.selects {
        let Some(var) = select.variable.as_deref() else {
            continue;
        };
        let nth = seen.entry(var).or_default();
        let theirs: Vec<&ftl::Select> = nb_entry
            .selects
            .iter()
            .filter(|s| s.variable.as_deref() == Some(var))
            .collect();
        let ours = entry
            .selects
            .iter()
            .filter(|s| s.variable.as_deref() == Some(var))
            .count();
        let paired: Vec<&ftl::Select> = if theirs.len() == ours {
            theirs.get(*nth).copied().into_iter().collect()
        } else {
            Vec::new()
        };
        *nth += 1;
        if paired.is_empty() {
            continue;
        }
        let nb_keys: BTreeSet<&str> = paired
            .iter()
            .flat_map(|s| s.keys.iter().map(|k| k.name.as_str()))
            .collect();
        // `[0]` … `*[other]` selects on exact numbers only; a `[one]` (or
        // `[few]`, …) makes it a plural selector.
        let plural = nb_keys
            .iter()
            .any(|k| *k != "other" && PLURAL_CATEGORIES.contains(k));
        let mut needed: BTreeSet<&str> = nb_keys
            .iter()
            .copied()
            .filter(|k| !plural || !PLURAL_CATEGORIES.contains(k))
            // An exact number (`[2] to`, `[0] Ingen …`) is a choice of
            // style: without it the number is printed, which says the same.
            .filter(|k| k.parse::<f64>().is_err())
            .collect();
        if plural {
            needed.extend(plurals.iter().copied());
        }
        let has: BTreeSet<&str> = select.keys.iter().map(|k| k.name.as_str()).collect();
        let missing: Vec<String> = needed
            .iter()
            .filter(|k| !has.contains(*k))
            .map(|k| format!("`[{k}]`"))
            .collect();
        // A key `nb` does not have is reported already (a misspelt
        // `[leichter-anstieg]` for `[slight-increase]`): one error per fault.
        let misspelt = select.keys.iter().any(|k| {
            let k = k.name.as_str();
            !nb_keys.contains(k) && !PLURAL_CATEGORIES.contains(&k) && k.parse::<f64>().is_err()
        });
        if !missing.is_empty() && !misspelt {
            let what = if plural {
                " (the plural categories of this language, and the other keys of `nb`)"
            } else {
                ""
            };
            out.push(
                Diagnostic::error(format!(
                    "the selector on `${var}` in `{id}` lacks {} that `{src}` has{what}: without {}, the default variant is printed instead, with the wrong meaning",
                    missing.join(", "),
                    if missing.len() == 1 { "it" } else { "them" }
                ))
                .at(file, Some(select.span.clone()))
                .with_note("add each missing variant, translated from `nb`'s"),
            );
        }
        // The default: `nb`'s, unless `nb`'s is a plural category (then
        // `other`, which every language has, or `nb`'s own).
        let nb_default = match paired.as_slice() {
            [one] => one.default.as_deref(),
            _ => None,
        };
        if let (Some(want), Some(got)) = (nb_default, select.default.as_deref())
            && want != got
            && !(plural && PLURAL_CATEGORIES.contains(&want) && PLURAL_CATEGORIES.contains(&got))
        {
            let at = select
                .keys
                .iter()
                .find(|k| k.name == got)
                .map_or(select.span.clone(), |k| k.span.clone());
            out.push(
                Diagnostic::error(format!(
                    "the default variant of `${var}` in `{id}` must be `*[{want}]`, as in `{src}`, not `*[{got}]`: the default is printed for every value no other variant names"
                ))
                .at(file, Some(at))
                .with_note(format!("move the `*` to `[{want}]`")),
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

/// Compares what the program asks for (the [`catalogue`], for this
/// outline and the years of the data) with what the source language
/// defines: messages asked for and missing, variables `nb` uses that the
/// program does not pass, messages nobody asks for.
pub(crate) fn usage(
    data: &Dataset,
    config: &Config,
    nb: &LangFiles,
    all: &[LangFiles],
    project: &Project,
    out: &mut Vec<Diagnostic>,
) -> (BTreeSet<String>, Passed) {
    let mut wrong = BTreeSet::new();
    let years: Vec<i32> = data.years.keys().copied().collect();
    let cat = catalogue(config, &years);
    let sections: BTreeSet<BuiltIn> = config.section.iter().filter_map(|s| s.built_in()).collect();
    let mut passed = Passed::new();
    let mut probed = BTreeSet::new();
    let mut asked = BTreeSet::new();
    for (id, m) in cat.asked(&sections) {
        let message = id.split_once('.').map_or(id, |(m, _)| m);
        passed
            .entry(message.to_string())
            .or_default()
            .extend(m.vars.keys().map(|v| v.to_string()));
        if m.optional {
            probed.insert(message.to_string());
        } else {
            asked.insert(message.to_string());
        }
    }

    // Asked for, not defined.
    for message in &asked {
        // Every MedDRA SOC is declared; the data name those a report asks for.
        if nb.index.contains_key(message)
            || nb.junk.contains(message)
            || (message.starts_with("soc-") && !named_soc(data, message))
        {
            continue;
        }
        let others: Vec<&str> = all
            .iter()
            .filter(|l| l.index.contains_key(message))
            .map(|l| l.lang.as_str())
            .collect();
        let who = if others.is_empty() {
            "no locale defines it".to_string()
        } else {
            format!(
                "`{}` does not define it (only {} does)",
                nb.lang,
                others
                    .iter()
                    .map(|l| format!("`{l}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        out.push(
            Diagnostic::error(format!(
                "the program asks for message `{message}`, but {who}"
            ))
            .in_path(project.locales_dir().join(&nb.lang)),
        );
    }
    // What formatting the message would meet: a variable not passed, an
    // attribute or a value it lacks.
    for (id, _) in cat.asked(&sections) {
        let (message, attribute) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        if let Some((file, entry)) = nb.index.get(message) {
            lacking(&nb.lang, message, attribute, file, entry, out);
        }
    }
    for (message, vars) in &passed {
        if let Some((file, entry)) = nb.index.get(message) {
            not_passed(&nb.lang, message, vars, file, entry, out);
        }
    }
    // Defined, not asked for: reachable from what is asked or probed?
    let roots = asked
        .iter()
        .chain(&probed)
        .cloned()
        .chain([LANGUAGE_TAG.to_string(), NUMBER_WORDS.to_string()]);
    let used = reachable(nb, roots);
    let dropped = dropped_sections(&cat, &sections, nb, &used);
    let span = match (years.first(), years.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
        (Some(a), _) => a.to_string(),
        _ => String::new(),
    };
    for (id, (file, entry)) in &nb.index {
        if used.contains(id) {
            continue;
        }
        let at = |d: Diagnostic| d.at(file, Some(entry.span.clone()));
        // The words of a section the outline left out are the program's
        // still, for when it is put back: only its editorial text, written
        // for one year, is news.
        if editorial_year(id).is_none() && dropped.contains_key(id) {
            continue;
        }
        if let Some(year) = editorial_year(id) {
            if let Some(section) = dropped.get(id) {
                out.push(at(Diagnostic::warning(format!(
                    "editorial message `{id}` is not used: the outline (report.toml) has no section `{section}`, which would show it"
                ))
                .with_note(format!(
                    "if `{section}` was left out on purpose, delete this text (in every language); otherwise add `[[section]] id = \"{section}\"` back to {}",
                    project.config_path().display()
                ))));
                continue;
            }
            if data.get(year).is_none() {
                out.push(at(Diagnostic::warning(format!(
                    "editorial text for {year}, a year with no data file: no report shows it until data/{year}.toml exists"
                ))));
            } else {
                wrong.insert(id.clone());
                out.push(at(Diagnostic::error(format!(
                    "editorial message `{id}` is not used: the {year} report asks for no such topic"
                ))
                .with_note(format!(
                    "the {year} report looks for: {}",
                    probed
                        .iter()
                        .filter(|p| editorial_year(p) == Some(year))
                        .map(|p| format!("`{p}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))));
            }
            continue;
        }
        out.push(at(Diagnostic::warning(format!(
            "{} `{id}` is not used: no report built from the data ({span}) asks for it",
            LangFiles::kind(entry)
        ))));
    }
    (wrong, passed)
}

/// Whether a year of `data` names the therapy area of `soc-<key>`.
fn named_soc(data: &Dataset, message: &str) -> bool {
    data.years
        .values()
        .filter_map(|y| y.therapy_areas.as_ref())
        .flat_map(|t| t.leader.iter().chain(t.top.iter().map(|a| &a.soc)))
        .any(|soc| message.strip_prefix("soc-") == Some(soc.as_str()))
}

/// A variable `nb`'s message `id` uses that the program does not pass, at
/// its use, as the locale reports it when it formats the message.
fn not_passed(
    lang: &str,
    id: &str,
    vars: &BTreeSet<String>,
    file: &Arc<SourceFile>,
    entry: &ftl::Entry,
    out: &mut Vec<Diagnostic>,
) {
    use fluent_bundle::FluentError;
    use fluent_bundle::resolver::{ResolverError, errors::ReferenceKind};
    let mut seen = BTreeSet::new();
    for v in &entry.variables {
        if vars.contains(&v.name) || !seen.insert(v.name.as_str()) {
            continue;
        }
        let e = FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Variable {
            id: v.name.clone(),
        }));
        out.push(
            Diagnostic::error(format!("locale `{lang}`: message `{id}`: {e}"))
                .at(file, Some(v.span.clone())),
        );
    }
}

/// The attribute (or the value) of `nb`'s message `id` that the program
/// asks for and the message lacks, as the locale reports it.
fn lacking(
    lang: &str,
    id: &str,
    attribute: Option<&str>,
    file: &Arc<SourceFile>,
    entry: &ftl::Entry,
    out: &mut Vec<Diagnostic>,
) {
    let what = match attribute {
        Some(a) if entry.attribute(a).is_none() => {
            format!("message `{id}` has no attribute `.{a}`")
        }
        None if !entry.has_value => format!("message `{id}` has no value"),
        _ => return,
    };
    out.push(
        Diagnostic::error(format!("locale `{lang}`: {what}")).at(file, Some(entry.span.clone())),
    );
}

/// The ids of `roots` (`id` or `id.attr`) and every message and term they
/// refer to, in `nb`.
fn reachable(nb: &LangFiles, roots: impl Iterator<Item = String>) -> BTreeSet<String> {
    let mut used: BTreeSet<String> = BTreeSet::new();
    let mut queue: VecDeque<String> = roots
        .map(|id| {
            id.split_once('.')
                .map_or(id.as_str(), |(m, _)| m)
                .to_string()
        })
        .collect();
    while let Some(id) = queue.pop_front() {
        if !used.insert(id.clone()) {
            continue;
        }
        if let Some((_, entry)) = nb.index.get(&id) {
            queue.extend(entry.references.iter().map(|r| {
                if r.term {
                    format!("-{}", r.id)
                } else {
                    r.id.clone()
                }
            }));
        }
    }
    used
}

/// The messages of `nb` that no report asks for because a built-in section
/// is not in the outline (it was removed from `report.toml`), each with the
/// section that would ask for it (and what it refers to).
fn dropped_sections(
    cat: &Catalogue,
    sections: &BTreeSet<BuiltIn>,
    nb: &LangFiles,
    used: &BTreeSet<String>,
) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    if nb.index.keys().all(|id| used.contains(id)) {
        return out;
    }
    for section in BuiltIn::iter().filter(|s| !sections.contains(s)) {
        let mut with = sections.clone();
        with.insert(section);
        let roots = cat
            .asked(&with)
            .filter(|(_, m)| m.needs.contains(&section))
            .map(|(id, _)| id.split_once('.').map_or(id, |(m, _)| m).to_string());
        for id in reachable(nb, roots) {
            if !used.contains(&id) && nb.index.contains_key(&id) {
                let key: &str = section.into();
                out.entry(id).or_insert_with(|| key.to_string());
            }
        }
    }
    out
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
    crate::data::closest(name, candidates)
        .map(|c| format!(": did you mean `{prefix}{c}`?"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text;
    use std::path::Path;

    #[test]
    fn editorial_years() {
        assert_eq!(editorial_year("editorial-safety-2024"), Some(2024));
        assert_eq!(editorial_year("editorial-context-2031"), Some(2031));
        assert_eq!(editorial_year("editorial-2024"), None);
        assert_eq!(editorial_year("report-title"), None);
    }

    /// `nb` and one translation, each one file, compared.
    fn compared(nb: &str, tr: &str) -> Vec<String> {
        let files = |lang: &str, text: &str| {
            let file = SourceFile::new(format!("locales/{lang}/a.ftl"), text);
            LangFiles::new(lang, PathBuf::from(format!("locales/{lang}")), &[file])
        };
        let mut out = Vec::new();
        compare(
            &files("nb", nb),
            &files("en", tr),
            &BTreeSet::new(),
            &Passed::new(),
            &mut out,
        );
        out.into_iter().map(|d| d.message).collect()
    }

    #[test]
    fn a_dropped_variable_is_an_error_unless_the_comment_says_why() {
        let nb = "a = I { $year } kom { $total ->\n    [one] én\n   *[other] { $total } søknader\n  }.\n";
        let whole = "a = There came { $total ->\n    [one] one\n   *[other] { $total } applications\n  }.\n";
        let got = compared(nb, whole);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with("`a` in `en` does not use `$year`"),
            "{got:?}"
        );
        let excused = format!("# unused: $year — the heading names the year\n{whole}");
        assert_eq!(compared(nb, &excused), Vec::<String>::new());
        // A comment without a reason excuses nothing.
        let bare = format!("# unused: $year\n{whole}");
        assert_eq!(compared(nb, &bare).len(), 1);
        // The number taken out of the default variant, kept as the selector.
        let count =
            "a = In { $year } came { $total ->\n    [one] one\n   *[other] applications\n  }.\n";
        let got = compared(nb, count);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with(
                "the default variant `*[other]` of `$total` in `a` does not print `$total`"
            ),
            "{got:?}"
        );
        // `[one]` may say "one" instead of the number.
        let ok = "a = In { $year } came { $total ->\n    [one] one application\n   *[other] { $total } applications\n  }.\n";
        assert_eq!(compared(nb, ok), Vec::<String>::new());
    }

    /// The shipped project's `nb`, analysed and loaded.
    fn shipped_nb() -> (Project, Config, Dataset, LangFiles, Locale) {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let project = Project::new(root);
        let (config, data) = project.load().unwrap();
        let dir = project.locales_dir().join(SOURCE_LANG);
        let files = text::locale::read_sources(&dir).unwrap();
        let locale = Locale::from_sources(SOURCE_LANG, files.clone()).unwrap();
        let nb = LangFiles::new(SOURCE_LANG, dir, &files);
        (project, config, data, nb, locale)
    }

    /// The variables a `# Variables:` comment lists.
    fn listed(comment: &[String]) -> Vec<String> {
        comment
            .iter()
            .skip_while(|l| l.trim() != "Variables:")
            .skip(1)
            .filter_map(|l| l.trim().strip_prefix('$'))
            .map(|l| l.split_whitespace().next().unwrap_or_default().to_string())
            .collect()
    }

    /// TRANSLATING.md: "The program fills in every variable listed in a
    /// message's `# Variables:` comment, whether the `nb` text uses it or
    /// not", and the editorial header: every editorial message can use
    /// `$year`, `$previous-year` and `$transition-end`. Both are true, and a
    /// translation that uses such a variable passes the check.
    #[test]
    fn every_variable_the_comments_list_is_passed_and_may_be_used() {
        let (project, config, data, nb, _) = shipped_nb();
        let mut sink = Vec::new();
        let (_, passed) = usage(&data, &config, &nb, &[], &project, &mut sink);
        let mut failures = Vec::new();
        let mut count = 0;
        for (id, (_, entry)) in &nb.index {
            let mut want = listed(&entry.comment);
            if editorial_year(id).is_some() && data.get(editorial_year(id).unwrap()).is_some() {
                want.extend(["year", "previous-year", "transition-end"].map(String::from));
            }
            for v in want {
                count += 1;
                if !passed.get(id).is_some_and(|p| p.contains(&v)) {
                    failures.push(format!("{id}: ${v}"));
                }
            }
        }
        assert!(count > 100, "only {count} listed variables");
        assert!(failures.is_empty(), "listed, never passed: {failures:?}");

        // `$approximate` is listed for `applications-share`; `nb` does not
        // use it; a translation may.
        assert!(
            !nb.index["applications-share"]
                .1
                .variables
                .iter()
                .any(|v| v.name == "approximate")
        );
        let en_dir = project.locales_dir().join("en");
        let mut files = text::locale::read_sources(&en_dir).unwrap();
        let at = files
            .iter()
            .position(|f| f.text.contains("applications-share ="))
            .unwrap();
        let text = files[at].text.replacen(
            "for { $percent } of all",
            "for { $approximate ->\n        [yes] about\n       *[no] {\"\"}\n    } { $percent } of all",
            1,
        );
        files[at] = SourceFile::new(files[at].name.clone(), text);
        let en = LangFiles::new("en", en_dir, &files);
        let mut out = Vec::new();
        compare(&nb, &en, &BTreeSet::new(), &passed, &mut out);
        assert!(out.is_empty(), "{out:?}");
        // Without what the program passes, it is not a variable of nb's.
        compare(&nb, &en, &BTreeSet::new(), &Passed::new(), &mut out);
        assert!(
            out.iter().any(|d| d
                .message
                .starts_with("`$approximate` is not a variable of `applications-share`")),
            "{out:?}"
        );
    }

    #[test]
    fn unused_comments_name_variables_and_a_reason() {
        let lines = |ls: &[&str]| ls.iter().map(|l| l.to_string()).collect::<Vec<_>>();
        assert_eq!(
            declared_unused(&lines(&["unused: $total, $previous — said as “more”"])),
            ["previous".to_string(), "total".to_string()].into()
        );
        assert_eq!(
            declared_unused(&lines(&["unused: $total - the title has it"])),
            ["total".to_string()].into()
        );
        assert!(declared_unused(&lines(&["unused: $total"])).is_empty());
        assert!(declared_unused(&lines(&["unused: $total — "])).is_empty());
        assert!(declared_unused(&lines(&["Variables: $total — the count"])).is_empty());
        // TRANSLATING.md's own example means what it says.
        let docs =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("TRANSLATING.md"))
                .unwrap();
        let examples: Vec<String> = docs
            .lines()
            .filter_map(|l| l.trim().strip_prefix("# "))
            .filter(|l| l.starts_with("unused:"))
            .map(String::from)
            .collect();
        assert!(!examples.is_empty(), "TRANSLATING.md shows `# unused:`");
        for e in examples {
            assert!(!declared_unused(std::slice::from_ref(&e)).is_empty(), "{e}");
        }
    }

    #[test]
    fn suggestions_for_typos() {
        assert_eq!(
            suggest("yaer", ["total", "year"].into_iter(), "$"),
            ": did you mean `$year`?"
        );
        assert_eq!(suggest("count", ["year"].into_iter(), "$"), "");
    }
}
