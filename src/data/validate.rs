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

use super::schema::{Field, Kind, Table, YEAR_FILE, found};
use super::{
    Applications, Count, Ctis, Date, Guidance, Locator, Modifications, Safety, Split, TherapyAreas,
    closest,
};
use crate::diag::{Diagnostic, SourceFile};

/// Checks a parsed year file: its keys and values against the schema, its
/// dates and its sums. `hidden` are the keys a syntax error hid; `name_year`
/// the year the file's name says.
pub(super) fn check(
    file: &Arc<SourceFile>,
    doc: &ImDocument<String>,
    hidden: &BTreeSet<String>,
    name_year: Option<i32>,
    prev: Option<&Prev>,
) -> Vec<Diagnostic> {
    let mut walk = Walk {
        file,
        text: doc.raw(),
        errors: Vec::new(),
        bad: hidden.clone(),
    };
    walk.table(doc.as_table(), &YEAR_FILE, "", "", Some(0..0));
    let Walk {
        mut errors, bad, ..
    } = walk;
    let sections = Sections::read(doc, &bad);
    errors.extend(rules(file, doc.raw(), &sections, &bad, name_year, prev));
    errors.extend(not_supplied(file, doc, &bad));
    errors
}

/// A part declared not supplied (`not_supplied = { phases = "…" }`) must
/// be absent from the file, and its reason given.
/// How many years after its year a report may be published: a year's
/// report comes out the year after, and a later agency may republish it
/// under its name years on, but a date decades away is a typo (9999).
const LATEST_PUBLICATION: i32 = 20;

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

/// `a.b`, or `b` at the top.
fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
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
    ctis: Option<Ctis>,
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
            ctis: get(t, "ctis"),
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

/// `2025-01-31`.
/// A named part of a total that may be absent.
type Part<'a> = (&'a str, Option<Count>);

/// Collects the rule violations of one file.
struct Checker<'a> {
    file: &'a Arc<SourceFile>,
    loc: Locator,
    errors: Vec<Diagnostic>,
    /// Last year's file, for saying how far the parts of a broken sum moved.
    prev: Option<&'a Prev>,
}

/// The file of the year before, as written (it need not be free of
/// mistakes): its counts, for comparing a broken sum's parts with them.
pub(super) struct Prev {
    pub year: i32,
    doc: ImDocument<String>,
}

impl Prev {
    /// Last year's file, when it parses as TOML.
    pub fn parse(year: i32, text: &str) -> Option<Self> {
        let doc = ImDocument::parse(text.to_string()).ok()?;
        Some(Self { year, doc })
    }

    /// The whole number at a key path (`applications.total`), if it is one.
    fn count(&self, path: &str) -> Option<u64> {
        let mut item = self.doc.as_item();
        for seg in path.split('.') {
            item = item.get(seg)?;
        }
        u64::try_from(item.as_integer()?).ok()
    }
}

/// A value and last year's, for saying how far it moved.
#[derive(Debug, Clone)]
struct Moved {
    name: String,
    now: u64,
    was: Option<u64>,
}

impl Moved {
    fn new(name: &str, now: u64, was: Option<u64>) -> Self {
        Self {
            name: name.to_string(),
            now,
            was,
        }
    }

    /// The relative change, for ranking (from 0 to more: infinite).
    fn size(&self) -> f64 {
        match self.was {
            Some(0) if self.now == 0 => 0.0,
            Some(0) => f64::INFINITY,
            Some(w) => ((self.now as f64 - w as f64) / w as f64).abs(),
            None => -1.0,
        }
    }

    /// `+91 %` (rounded to a whole per cent), or `new` from 0.
    fn percent(&self) -> String {
        match self.was {
            Some(0) if self.now > 0 => "new".to_string(),
            Some(w) => {
                let p = ((self.now as f64 - w as f64) / w.max(1) as f64 * 100.0).round();
                if p < 0.0 {
                    format!("-{} %", -p)
                } else {
                    format!("+{p} %")
                }
            }
            None => String::new(),
        }
    }

    /// `+91 % from 2024 (33 → 63)`, or `from 0 in 2024 to 30`.
    fn said(&self, year: i32) -> String {
        if self.was == Some(0) && self.now > 0 {
            return format!("from 0 in {year} to {}", self.now);
        }
        format!(
            "{} from {year} ({} → {})",
            self.percent(),
            self.was.unwrap_or(0),
            self.now
        )
    }
}

/// How the parts of a sum and its total moved from `year`, the part that
/// moved most (relatively) first: `non_commercial moved +51 % from 2023 (35
/// → 53); commercial +4 % (76 → 79); total +8 % (111 → 120)`. None when last
/// year has none of the parts.
fn moves(year: i32, parts: &[Moved], total: &Moved) -> Option<String> {
    let mut known: Vec<&Moved> = parts.iter().filter(|m| m.was.is_some()).collect();
    known.sort_by(|a, b| b.size().total_cmp(&a.size()));
    let (first, rest) = known.split_first()?;
    let mut out = format!("{} moved {}", first.name, first.said(year));
    let brief = |m: &Moved| {
        format!(
            "{} {} ({} → {})",
            m.name,
            m.percent(),
            m.was.unwrap_or(0),
            m.now
        )
    };
    for m in rest.iter().copied().chain(total.was.map(|_| total)) {
        out.push_str("; ");
        out.push_str(&brief(m));
    }
    Some(out)
}

/// The sum of some counts, without overflow.
fn total_of(parts: &[(&str, Count)]) -> u64 {
    parts.iter().map(|(_, v)| u64::from(*v)).sum()
}

/// `a (1) + b (2)`, for messages.
fn terms(parts: &[(&str, Count)]) -> String {
    parts
        .iter()
        .map(|(n, v)| format!("{n} ({v})"))
        .collect::<Vec<_>>()
        .join(" + ")
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

    /// Checks that `value` at `path` is at most `whole` at `whole_path`, a
    /// value of another section; the error is at `path` and names both.
    fn not_above(&mut self, path: &str, value: Count, whole_path: &str, whole: Count) {
        if value > whole {
            let other = self.at_line(whole_path, whole);
            self.fail(
                path,
                format!("{path} ({value}) is more than {other}, of which it is a part"),
            );
        }
    }

    /// Checks that `parts` sum to `total`, all keys of `section`; the
    /// error is at `path`. True when they do.
    fn sum(
        &mut self,
        path: &str,
        section: &str,
        parts: &[(&str, Count)],
        total_name: &str,
        total: Count,
    ) -> bool {
        let s = total_of(parts);
        if s == u64::from(total) {
            return true;
        }
        let values: Vec<(&str, u64)> = parts.iter().map(|(n, v)| (*n, u64::from(*v))).collect();
        self.sum_fail(
            path,
            section,
            &values,
            total_name,
            u64::from(total),
            format!("{} = {s}, but {total_name} says {total}", terms(parts)),
        );
        false
    }

    /// Records a broken sum of keys of `section`: the error at `path`, with
    /// each part (and the total, when the error is not at it) pointed at as
    /// well, and, when last year's file has them, how far each moved from
    /// last year, the part that moved most first: a transposed digit (35
    /// typed 53) stands out against a total up a few per cent.
    fn sum_fail(
        &mut self,
        path: &str,
        section: &str,
        parts: &[(&str, u64)],
        total_name: &str,
        total: u64,
        message: String,
    ) {
        let key = |name: &str| format!("{section}.{name}");
        let was = |name: &str| self.prev.and_then(|p| p.count(&key(name)));
        let moved: Vec<Moved> = parts
            .iter()
            .map(|(n, v)| Moved::new(n, *v, was(n)))
            .collect();
        let total_moved = Moved::new(total_name, total, was(total_name));
        let against = self
            .prev
            .and_then(|p| moves(p.year, &moved, &total_moved))
            .map(|m| format!("; {m}"))
            .unwrap_or_default();
        let mut d =
            Diagnostic::error(format!("{message}{against}")).at(self.file, self.loc.span(path));
        let mut related = Vec::new();
        let mut label = |name: &str, m: &Moved, what: &str| {
            if key(name) == path {
                return;
            }
            if let Some(span) = self.loc.exact(&key(name)) {
                let text = match (self.prev, m.was) {
                    (Some(p), Some(_)) => format!("{what}: {}", m.said(p.year)),
                    _ => what.to_string(),
                };
                related.push((span, text));
            }
        };
        for (m, (n, _)) in moved.iter().zip(parts) {
            label(n, m, "part");
        }
        label(total_name, &total_moved, "total");
        for (span, text) in related {
            d = d.with_related(self.file, span, text);
        }
        self.errors.push(d);
    }

    /// Checks that `value` is at most the whole of which it is a part.
    /// `wholes` are the values the whole may have: the stated total, and
    /// its parts' sum when they disagree (that error is reported already,
    /// and one wrong number must not give two errors).
    fn at_most(&mut self, path: &str, name: &str, value: Count, whole: &str, wholes: &[u64]) {
        let max = wholes.iter().copied().max().unwrap_or(0);
        if u64::from(value) > max {
            self.fail(
                path,
                format!("{name} ({value}) is more than {whole} ({})", wholes[0]),
            );
        }
    }
}

/// Checks the dates and the rules REPORT.md sets for one year's numbers,
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
    prev: Option<&Prev>,
) -> Vec<Diagnostic> {
    let mut ck = Checker {
        file,
        loc: Locator::new(text),
        errors: Vec::new(),
        prev,
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

    // Applications: the total, and what may be at most the total.
    let mut app_totals = Vec::new();
    if let Some(a) = &d.applications {
        let parts = [
            ("commercial", a.commercial),
            ("non_commercial", a.non_commercial),
        ];
        app_totals.push(u64::from(a.total));
        if !ck.sum(
            "applications.total",
            "applications",
            &parts,
            "total",
            a.total,
        ) {
            app_totals.push(total_of(&parts));
        }
        if a.rejected.is_some() != a.rejected_as_of.is_some()
            && !is_bad("applications.rejected")
            && !is_bad("applications.rejected_as_of")
        {
            ck.fail(
                "applications.rejected",
                "rejected and rejected_as_of go together: give both or neither".into(),
            );
        }
        if let Some(r) = a.rejected {
            ck.at_most("applications.rejected", "rejected", r, "total", &app_totals);
        }
        if let Some(p) = a.paediatric {
            ck.at_most(
                "applications.paediatric",
                "paediatric",
                p,
                "total",
                &app_totals,
            );
        }
    }

    // Cancer trials.
    let mut cancer_totals = Vec::new();
    if let Some(c) = &d.cancer {
        let parts = [
            ("commercial", c.commercial),
            ("non_commercial", c.non_commercial),
        ];
        cancer_totals.push(u64::from(c.total));
        if !ck.sum("cancer.total", "cancer", &parts, "total", c.total) {
            cancer_totals.push(total_of(&parts));
        }
    }

    // Cancer trials are some of the applications, in each sponsor group.
    if let (Some(a), Some(c)) = (&d.applications, &d.cancer)
        && app_totals.len() == 1
        && cancer_totals.len() == 1
    {
        ck.not_above("cancer.total", c.total, "applications.total", a.total);
        ck.not_above(
            "cancer.commercial",
            c.commercial,
            "applications.commercial",
            a.commercial,
        );
        ck.not_above(
            "cancer.non_commercial",
            c.non_commercial,
            "applications.non_commercial",
            a.non_commercial,
        );
    }

    // CTIS: rms + msc_ams = multinational; multinational + mononational = total.
    if let Some(c) = &d.ctis {
        let before = ck.errors.len();
        let computed = u64::from(c.rms) + u64::from(c.msc_ams);
        let mut multinationals = vec![computed];
        if let Some(m) = c.multinational {
            ck.sum(
                "ctis.multinational",
                "ctis",
                &[("rms", c.rms), ("msc_ams", c.msc_ams)],
                "multinational",
                m,
            );
            if u64::from(m) != computed {
                multinationals.insert(0, u64::from(m));
            }
        }
        let mono = u64::from(c.mononational);
        if let Some(t) = c.total
            && multinationals.iter().all(|m| m + mono != u64::from(t))
        {
            let m = multinationals[0];
            ck.sum_fail(
                "ctis.total",
                "ctis",
                &[("multinational", m), ("mononational", mono)],
                "total",
                u64::from(t),
                format!(
                    "multinational ({m}) + mononational ({mono}) = {}, but total says {t}",
                    m + mono
                ),
            );
        }
        if let Some(n) = c.mononational_non_commercial
            && n > c.mononational
        {
            ck.fail(
                "ctis.mononational_non_commercial",
                format!(
                    "mononational_non_commercial ({n}) is more than mononational ({})",
                    c.mononational
                ),
            );
        }
        if let (Some(n), Some(a)) = (c.mononational_non_commercial, &d.applications)
            && ck.errors.len() == before
            && app_totals.len() == 1
        {
            ck.not_above(
                "ctis.mononational_non_commercial",
                n,
                "applications.non_commercial",
                a.non_commercial,
            );
        }
        if ck.errors.len() == before
            && let Some(&total) = app_totals.first()
        {
            let all = c.total.map_or(computed + mono, u64::from);
            let max = app_totals.iter().copied().max().unwrap_or(0);
            if all > max {
                ck.fail(
                    "ctis",
                    format!("CTIS applications ({all}) are more than all applications ({total})"),
                );
            }
        }
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
        ) && !cancer_totals.contains(&u64::from(n.count))
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

    // Modifications: the CTIS roles = ctis_total; ctis_total + ctd = total.
    if let Some(m) = &d.modifications {
        let roles = [m.ctis_rms, m.ctis_mononational, m.ctis_msc];
        let mut ctis_totals = vec![u64::from(m.ctis_total)];
        if let [Some(rms), Some(mono), Some(msc)] = roles {
            let parts = [
                ("ctis_rms", rms),
                ("ctis_mononational", mono),
                ("ctis_msc", msc),
            ];
            if !ck.sum(
                "modifications.ctis_total",
                "modifications",
                &parts,
                "ctis_total",
                m.ctis_total,
            ) {
                ctis_totals.push(total_of(&parts));
            }
        } else if roles.iter().any(Option::is_some)
            && !["ctis_rms", "ctis_mononational", "ctis_msc"]
                .iter()
                .any(|k| is_bad(&format!("modifications.{k}")))
        {
            ck.fail(
                "modifications",
                "give all three CTIS roles (ctis_rms, ctis_mononational, ctis_msc) or none".into(),
            );
        }
        let ctd = u64::from(m.ctd);
        if ctis_totals.iter().all(|c| c + ctd != u64::from(m.total)) {
            ck.sum_fail(
                "modifications.total",
                "modifications",
                &[("ctis_total", u64::from(m.ctis_total)), ("ctd", ctd)],
                "total",
                u64::from(m.total),
                format!(
                    "ctis_total ({}) + ctd ({ctd}) = {}, but total says {}",
                    m.ctis_total,
                    u64::from(m.ctis_total) + ctd,
                    m.total
                ),
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

    // Guidance: meetings + written = human + veterinary + devices =
    // industry + academia = total.
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
        // (first key, parts) of each group given in full.
        let mut complete: Vec<(&str, Vec<(&str, Count)>)> = Vec::new();
        for (first, parts) in groups {
            if parts.iter().all(|(_, v)| v.is_some()) {
                complete.push((
                    first,
                    parts.iter().map(|(n, v)| (*n, v.unwrap_or(0))).collect(),
                ));
            } else if parts.iter().any(|(_, v)| v.is_some())
                && !parts.iter().any(|(n, _)| is_bad(&format!("guidance.{n}")))
            {
                let names: Vec<&str> = parts.iter().map(|(n, _)| *n).collect();
                ck.fail(
                    &format!("guidance.{first}"),
                    format!("give all of {} or none", names.join(", ")),
                );
            }
        }
        let sums: Vec<u64> = complete.iter().map(|(_, p)| total_of(p)).collect();
        let total = u64::from(g.total);
        if sums.len() >= 2 && sums.iter().all(|s| *s != total && *s == sums[0]) {
            // Every breakdown agrees, and the total alone differs: one error, at it.
            let said = complete
                .iter()
                .map(|(_, p)| p.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(" + "))
                .collect::<Vec<_>>()
                .join(", ");
            ck.fail(
                "guidance.total",
                format!("total says {total}, but {said} all make {}", sums[0]),
            );
        } else {
            for (first, parts) in &complete {
                ck.sum(
                    &format!("guidance.{first}"),
                    "guidance",
                    parts,
                    "total",
                    g.total,
                );
            }
        }
    }
    ck.errors
}
