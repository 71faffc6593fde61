//! What the program asks for (the message catalogue) against what `nb`
//! defines.

use super::*;

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
    unused(data, nb, &used, &dropped, &probed, project, &mut wrong, out);
    (wrong, passed)
}

/// `nb`'s messages that nothing `used` reaches: a warning each, but for
/// editorial text (a section the outline dropped, a year without data: a
/// warning saying so; a topic no report asks for: an error, noted in `wrong`).
#[allow(clippy::too_many_arguments)]
fn unused(
    data: &Dataset,
    nb: &LangFiles,
    used: &BTreeSet<String>,
    dropped: &BTreeMap<String, String>,
    probed: &BTreeSet<String>,
    project: &Project,
    wrong: &mut BTreeSet<String>,
    out: &mut Vec<Diagnostic>,
) {
    let years: Vec<i32> = data.years.keys().copied().collect();
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
