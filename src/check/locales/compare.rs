//! A translation against `nb`: messages, attributes, variables, variant
//! keys and defaults.

use super::*;

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
            crate::diag::closest(id, lacking.iter().copied()).map(|c| (id.as_str(), c))
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
        .filter_map(|v| crate::diag::closest(v, nb_vars.iter().copied()))
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
