//! The checks of one year file: the document walked against the schema,
//! field by field, then the dates and the sum rules.
//!
//! The walk finds every key a table does not take (with the key it most
//! likely meant, and the keys it takes), every value of the wrong kind, out
//! of range or not a plain date, and every required key that is missing, in
//! one pass. Then the numbers are read section by section, leaving out what
//! the walk found wrong, and the rules of the report are checked: dates after
//! the report year, parts that sum to their totals.
//!
//! One fault gives one error. A key found wrong, hidden by a syntax error,
//! or meant by a mistyped key (`non_comercial`) is not also missing; a rule
//! that needs a number found wrong is not checked; and where rules share a
//! number (a total that is also a part of another total), a rule that
//! depends on a number already found wrong is checked against both the
//! stated value and the value its parts give, and reported only if it fails
//! for both.

use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::Arc;

use serde::de::{DeserializeOwned, IntoDeserializer};
use toml_edit::{ImDocument, Item, TableLike, Value};

use super::schema::{Field, Kind, Table, found, join, year_file};
use super::{
    Applications, Count, Date, Guidance, Locator, Modifications, Safety, Split, TherapyAreas,
};
use crate::diag::{Diagnostic, SourceFile, closest};

/// Checks a parsed year file: its keys and values against the schema, its
/// dates and its sums. `hidden` are the keys a syntax error hid; `name_year`
/// the year the file's name says.
pub(super) fn check(
    file: &Arc<SourceFile>,
    doc: &ImDocument<String>,
    hidden: &BTreeSet<String>,
    name_year: Option<i32>,
) -> Vec<Diagnostic> {
    let mut walk = Walk {
        file,
        text: doc.raw(),
        errors: Vec::new(),
        bad: hidden.clone(),
    };
    walk.table(doc.as_table(), year_file(), "", "", Some(0..0));
    let Walk {
        mut errors, bad, ..
    } = walk;
    let sections = Sections::read(doc, &bad);
    errors.extend(rules(file, doc.raw(), &sections, &bad, name_year));
    errors.extend(not_supplied(file, doc, &bad));
    errors
}

/// How many years after its year a report may be published: a year's
/// report comes out the year after, and a later agency may republish it
/// under its name years on, but a date decades away is a typo (9999).
const LATEST_PUBLICATION: i32 = 20;

/// A part declared not supplied (`not_supplied = { phases = "…" }`) must
/// be absent from the file, and its reason given.
fn not_supplied(
    file: &Arc<SourceFile>,
    doc: &ImDocument<String>,
    bad: &BTreeSet<String>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let Some(declared) = doc.get("not_supplied").and_then(Item::as_table_like) else {
        return out;
    };
    let loc = Locator::new(doc.raw());
    for (key, item) in declared.iter() {
        let here = format!("not_supplied.{key}");
        if within(bad, &here) {
            continue;
        }
        let Some((_, path)) = super::NotSupplied::KEYS.iter().find(|(k, _)| *k == key) else {
            continue;
        };
        if item.as_str().is_some_and(|r| r.trim().is_empty()) {
            out.push(
                Diagnostic::error(format!(
                    "`{here}` needs its reason: why {key} was not supplied this year"
                ))
                .at(file, loc.span(&here)),
            );
        }
        let mut found = doc.as_item();
        let present = path.split('.').all(|seg| match found.get(seg) {
            Some(next) => {
                found = next;
                true
            }
            None => false,
        });
        if present {
            let line = loc.exact(path).map_or(String::new(), |s| {
                format!(" (line {})", file.line_col(s.start).0)
            });
            out.push(
                Diagnostic::error(format!(
                    "{key} is declared not supplied, but the file has `{path}`{line}: \
                     remove the one that is wrong"
                ))
                .at(file, loc.span(&here)),
            );
        }
    }
    out
}

/// Whether `path` or a table or list it is in is among `bad`.
fn within(bad: &BTreeSet<String>, path: &str) -> bool {
    bad.iter().any(|b| {
        path == b
            || path
                .strip_prefix(b.as_str())
                .is_some_and(|r| r.starts_with('.'))
    })
}

/// The walk of a document against the schema.
struct Walk<'a> {
    file: &'a Arc<SourceFile>,
    text: &'a str,
    errors: Vec<Diagnostic>,
    /// Key paths whose values are unknown: found wrong, hidden by a syntax
    /// error, or meant by an unknown key.
    bad: BTreeSet<String>,
}

impl Walk<'_> {
    fn fail(&mut self, path: &str, span: Option<Range<usize>>, message: String) {
        self.bad.insert(path.to_string());
        self.errors
            .push(Diagnostic::error(message).at(self.file, span));
    }

    /// The first line of `span` (a table's header), for pointing at it.
    fn first_line(&self, span: Option<Range<usize>>) -> Option<Range<usize>> {
        let span = span?;
        let end = self.text[span.start..]
            .find(['\n', '\r'])
            .map_or(self.text.len(), |i| span.start + i);
        Some(span.start..end.min(span.end).max(span.start))
    }

    /// Walks table `t` at `path` (shown in messages as `shown`, "" for the
    /// top of the file) against `schema`.
    fn table(
        &mut self,
        t: &dyn TableLike,
        schema: &'static Table,
        path: &str,
        shown: &str,
        span: Option<Range<usize>>,
    ) {
        for (key, item) in t.iter() {
            let here = join(path, key);
            let Some(field) = schema.field(key) else {
                let key_span = t
                    .get_key_value(key)
                    .and_then(|(k, _)| k.span())
                    .or_else(|| item.span());
                let guess = closest(key, schema.keys());
                // The key it meant, when that is absent, is not also missing.
                if let Some(g) = guess.filter(|g| !t.contains_key(g)) {
                    self.bad.insert(join(path, g));
                }
                let hint = guess
                    .map(|g| format!(" (did you mean `{g}`?)"))
                    .unwrap_or_default();
                let owner = if shown.is_empty() {
                    "a year file"
                } else {
                    shown
                };
                self.fail(
                    &here,
                    key_span,
                    format!(
                        "{owner} has no key `{key}`{hint}; its keys are {}",
                        schema.key_list()
                    ),
                );
                continue;
            };
            self.item(item, field, &here);
        }
        for field in schema.fields.iter().filter(|f| f.required) {
            let here = join(path, field.key);
            if t.contains_key(field.key) || within(&self.bad, &here) {
                continue;
            }
            let message = if shown.is_empty() {
                format!(
                    "`{}` is missing: every year file needs it (see data/README.md)",
                    field.key
                )
            } else {
                format!(
                    "`{}` is missing from {shown}: it is required (see data/README.md)",
                    field.key
                )
            };
            let at = self.first_line(span.clone());
            self.fail(&here, at, message);
        }
    }

    /// Walks the value of `field`, at `path`.
    fn item(&mut self, item: &Item, field: &'static Field, path: &str) {
        match field.kind {
            Kind::Table(schema) => match item.as_table_like() {
                Some(t) => {
                    let shown = if item.is_table() {
                        format!("[{path}]")
                    } else {
                        format!("`{path}`")
                    };
                    self.table(t, schema, path, &shown, item.span());
                }
                None => {
                    let found = self.found(item);
                    self.fail(path, item.span(), field.must_be(&found));
                }
            },
            Kind::List(schema) => {
                let entry = field.example.trim_matches(['[', ']', ' ']);
                let shown = format!("an entry of `{path}`");
                match item {
                    Item::ArrayOfTables(list) => {
                        for (i, t) in list.iter().enumerate() {
                            self.table(t, schema, &format!("{path}.{i}"), &shown, t.span());
                        }
                    }
                    Item::Value(Value::Array(list)) => {
                        for (i, v) in list.iter().enumerate() {
                            let here = format!("{path}.{i}");
                            match v.as_inline_table() {
                                Some(t) => self.table(t, schema, &here, &shown, v.span()),
                                None => {
                                    let found = self.found_value(v);
                                    self.fail(
                                        &here,
                                        v.span(),
                                        format!(
                                            "each entry of `{}` must be a table such as {entry}, not {found}",
                                            field.key
                                        ),
                                    );
                                }
                            }
                        }
                    }
                    _ => {
                        let found = self.found(item);
                        self.fail(path, item.span(), field.must_be(&found));
                    }
                }
            }
            _ => match item.as_value() {
                Some(v) => {
                    if let Some(message) = field.check(v, self.raw(v)) {
                        self.fail(path, v.span(), message);
                    }
                }
                None => {
                    let at = self.first_line(item.span());
                    self.fail(path, at, field.must_be("a table"));
                }
            },
        }
    }

    /// The value as written.
    fn raw(&self, v: &Value) -> &str {
        v.span()
            .and_then(|s| self.text.get(s))
            .map_or("this value", str::trim)
    }

    /// What an item is, for "… must be …, not {found}".
    fn found(&self, item: &Item) -> String {
        match item {
            Item::Value(v) => self.found_value(v),
            Item::ArrayOfTables(_) => "a list of tables ([[…]])".into(),
            _ => "a table".into(),
        }
    }

    fn found_value(&self, v: &Value) -> String {
        found(v, self.raw(v))
    }
}

/// The numbers of a year file, each section read on its own, without what
/// the walk found wrong: a section that lacks a required number is `None`.
struct Sections {
    year: Option<i32>,
    published: Option<Date>,
    applications: Option<Applications>,
    cancer: Option<Split>,
    therapy_areas: Option<TherapyAreas>,
    modifications: Option<Modifications>,
    safety: Option<Safety>,
    guidance: Option<Guidance>,
}

impl Sections {
    fn read(doc: &ImDocument<String>, bad: &BTreeSet<String>) -> Self {
        let mut doc = doc.clone().into_mut();
        for path in bad {
            let segs: Vec<&str> = path.split('.').collect();
            remove(doc.as_table_mut(), &segs);
        }
        fn get<T: DeserializeOwned>(t: &toml_edit::Table, key: &str) -> Option<T> {
            let v = t.get(key)?.clone().into_value().ok()?;
            T::deserialize(v.into_deserializer()).ok()
        }
        let t = doc.as_table();
        Self {
            year: get(t, "year"),
            published: get(t, "published"),
            applications: get(t, "applications"),
            cancer: get(t, "cancer"),
            therapy_areas: get(t, "therapy_areas"),
            modifications: get(t, "modifications"),
            safety: get(t, "safety"),
            guidance: get(t, "guidance"),
        }
    }
}

/// Removes the value at a key path (`applications`, `total`); a path into
/// a list (`therapy_areas`, `top`, `3`, `count`) removes the whole list.
fn remove(table: &mut dyn TableLike, segs: &[&str]) {
    let Some((seg, rest)) = segs.split_first() else {
        return;
    };
    if rest.first().is_none_or(|s| s.parse::<usize>().is_ok()) {
        table.remove(seg);
    } else if let Some(next) = table.get_mut(seg).and_then(Item::as_table_like_mut) {
        remove(next, rest);
    }
}

/// A named part of a total that may be absent.
type Part<'a> = (&'a str, Option<Count>);

/// Collects the rule violations of one file.
struct Checker<'a> {
    file: &'a Arc<SourceFile>,
    loc: Locator,
    errors: Vec<Diagnostic>,
}

impl Checker<'_> {
    /// Records an error at the value of `path`.
    fn fail(&mut self, path: &str, message: String) {
        self.errors
            .push(Diagnostic::error(message).at(self.file, self.loc.span(path)));
    }

    /// `key (value, line N)`: another value of a rule and where it is, for messages.
    fn at_line(&self, path: &str, value: impl std::fmt::Display) -> String {
        match self.loc.span(path) {
            Some(span) => format!(
                "{path} ({value}, line {})",
                self.file.line_col(span.start).0
            ),
            None => format!("{path} ({value})"),
        }
    }
}

/// Checks the dates and the form rules (data/README.md) of one year's numbers,
/// on the sections the walk left whole (`bad`: the keys it found wrong).
///
/// The dates are checked against the year only when the file's name agrees
/// with it: otherwise that is the error, and which of the two is wrong is
/// not known.
fn rules(
    file: &Arc<SourceFile>,
    text: &str,
    d: &Sections,
    bad: &BTreeSet<String>,
    name_year: Option<i32>,
) -> Vec<Diagnostic> {
    let mut ck = Checker {
        file,
        loc: Locator::new(text),
        errors: Vec::new(),
    };
    let is_bad = |path: &str| within(bad, path);

    // Dates: the report of a year is published after it, and its
    // applications are counted as of a date after it.
    if let Some(year) = d.year
        && name_year.is_none_or(|n| n == year)
    {
        if let Some(p) = d.published
            && p.year > year + LATEST_PUBLICATION
        {
            ck.fail(
                "published",
                format!(
                    "published {p} is {} years after {year}: a report on {year} is published in {} or soon after (at most {LATEST_PUBLICATION} years, even when republished)",
                    p.year - year,
                    year + 1
                ),
            );
        }
        if let Some(p) = d.published
            && p.year <= year
        {
            ck.fail(
                "published",
                format!(
                    "published {} is not after {year}: a report on {year} is published in {} or later",
                    p,
                    year + 1
                ),
            );
        }
        if let Some(r) = d.applications.as_ref().and_then(|a| a.rejected_as_of)
            && r.year <= year
        {
            ck.fail(
                "applications.rejected_as_of",
                format!(
                    "rejected_as_of {} is not after {year}: the applications of {year} are counted as of a date in {} or later",
                    r,
                    year + 1
                ),
            );
        }
    }

    // The applications are counted as of a date no later than the report's
    // (unless a date is wrong already: one fault, one error).
    if let (Some(p), Some(r)) = (
        d.published,
        d.applications.as_ref().and_then(|a| a.rejected_as_of),
    ) && r > p
        && ck.errors.is_empty()
        && !is_bad("published")
        && !is_bad("applications.rejected_as_of")
    {
        let other = ck.at_line("published", p);
        ck.fail(
            "applications.rejected_as_of",
            format!(
                "rejected_as_of ({r}) is after {other}: the rejections are counted as of a date no later than the report's"
            ),
        );
    }

    // Applications: a rejection count goes with its date. The sums and the
    // parts within their wholes are rules of rules.toml.
    if let Some(a) = &d.applications
        && a.rejected.is_some() != a.rejected_as_of.is_some()
        && !is_bad("applications.rejected")
        && !is_bad("applications.rejected_as_of")
    {
        ck.fail(
            "applications.rejected",
            "rejected and rejected_as_of go together: give both or neither".into(),
        );
    }

    // Therapy areas: most first, no area twice, neoplasms = cancer trials.
    if let Some(t) = &d.therapy_areas {
        if let (Some(leader), Some(first)) = (&t.leader, t.top.first())
            && *leader != first.soc
        {
            ck.fail(
                "therapy_areas.leader",
                format!("leader is {leader}, but the first of top is {}", first.soc),
            );
        }
        for (i, w) in t.top.windows(2).enumerate() {
            if w[1].count > w[0].count {
                ck.fail(
                    &format!("therapy_areas.top.{}.count", i + 1),
                    format!(
                        "top must list the most applications first, but {} ({}) comes after {} ({})",
                        w[1].soc, w[1].count, w[0].soc, w[0].count
                    ),
                );
            }
        }
        for (i, area) in t.top.iter().enumerate() {
            if t.top[..i].iter().any(|a| a.soc == area.soc) {
                ck.fail(
                    &format!("therapy_areas.top.{i}.soc"),
                    format!("{} is listed twice", area.soc),
                );
            }
        }
        if let (Some(cancer), Some((i, n))) = (
            &d.cancer,
            t.top.iter().enumerate().find(|(_, a)| a.soc == "neoplasms"),
        ) && cancer.total != n.count
            // A total that disagrees with its parts is rules.toml's error
            // (cancer-sum); one wrong number, one error.
            && u64::from(cancer.commercial) + u64::from(cancer.non_commercial)
                != u64::from(n.count)
        {
            ck.fail(
                &format!("therapy_areas.top.{i}.count"),
                format!(
                    "neoplasms has {} applications here, but cancer.total says {}",
                    n.count, cancer.total
                ),
            );
        }
    }

    // Modifications: the CTIS roles are given all three or none (their sums
    // are rules of rules.toml).
    if let Some(m) = &d.modifications {
        let roles = [m.ctis_rms, m.ctis_mononational, m.ctis_msc];
        if roles.iter().any(Option::is_some)
            && roles.iter().any(Option::is_none)
            && !["ctis_rms", "ctis_mononational", "ctis_msc"]
                .iter()
                .any(|k| is_bad(&format!("modifications.{k}")))
        {
            ck.fail(
                "modifications",
                "give all three CTIS roles (ctis_rms, ctis_mononational, ctis_msc) or none".into(),
            );
        }
    }

    // Safety: the active substances are added up for the comparison with
    // the year before, so their sum must be a count too.
    if let Some(s) = &d.safety
        && u64::from(s.substances_national) + u64::from(s.substances_multinational)
            > u64::from(Count::MAX)
    {
        ck.fail(
            "safety.substances_multinational",
            format!(
                "substances_national ({}) + substances_multinational ({}) is more than a count can hold ({})",
                s.substances_national,
                s.substances_multinational,
                Count::MAX
            ),
        );
    }

    // Guidance: each breakdown is given in full or not at all (their sums
    // are rules of rules.toml).
    if let Some(g) = &d.guidance {
        let groups: [(&str, &[Part]); 3] = [
            (
                "meetings",
                &[("meetings", g.meetings), ("written", g.written)],
            ),
            (
                "human",
                &[
                    ("human", g.human),
                    ("veterinary", g.veterinary),
                    ("devices", g.devices),
                ],
            ),
            (
                "industry",
                &[("industry", g.industry), ("academia", g.academia)],
            ),
        ];
        for (first, parts) in groups {
            if parts.iter().any(|(_, v)| v.is_some())
                && parts.iter().any(|(_, v)| v.is_none())
                && !parts.iter().any(|(n, _)| is_bad(&format!("guidance.{n}")))
            {
                let names: Vec<&str> = parts.iter().map(|(n, _)| *n).collect();
                ck.fail(
                    &format!("guidance.{first}"),
                    format!("give all of {} or none", names.join(", ")),
                );
            }
        }
    }
    ck.errors
}
