//! `rules.toml`: the rules the data are checked against, for staff to read
//! and extend without Rust.
//!
//! It holds the sizes of the plausibility rules (`[plausibility]`, see
//! [`super::plausibility`]) and the directorate's own rules, each a small
//! expression over count fields, as R's `validate` package (Statistics
//! Netherlands) writes them:
//!
//! ```toml
//! [[rule]]
//! name = "paediatric-within-non-commercial"
//! rule = "applications.paediatric <= applications.total"
//! reason = "Trials with children are some of the applications."
//! years = "2020.."          # optional: 2020, 2020..2024, 2020.., ..2024
//! ```
//!
//! An expression is two sums of count fields (`section.key`, as in a year
//! file) or whole numbers compared by `=`, `<=`, `>=`, `<` or `>`: not a
//! general evaluator. A rule is checked in every year (of its `years`)
//! whose file has all its fields; a year without one of them is not judged
//! (as `validate` leaves a rule on missing data undecided). A broken rule
//! is an error at the year's value of its first field, naming the rule, its
//! line in rules.toml and its reason. Mistakes in rules.toml itself (an
//! unknown field, a malformed expression, a name given twice) are errors at
//! their line there.
//!
//! The program's own rules (sums, parts at most their whole, dates, CTIS
//! equal to all applications from the end of the CTIS break) are checked
//! as the data are read, each error at the value to fix; [`BUILT_IN`] lists
//! them for `check --rules`.

use std::path::Path;
use std::sync::Arc;

use serde::Deserialize;

use crate::config::{Config, Plausibility};
use crate::data::{Dataset, count_paths, span_of};
use crate::diag::closest;
use crate::diag::{Diagnostic, SourceFile};

/// The rules of a year file's form, which the data reader keeps (the
/// counts' rules are in rules.toml), for `check --rules`: name, rule, when.
pub const BUILT_IN: &[(&str, &str, &str)] = &[
    (
        "published-after-the-year",
        "published after the year, and at most 20 years after it",
        "every year",
    ),
    (
        "rejected-counted-after-the-year",
        "applications.rejected_as_of after the year, and no later than published",
        "every year",
    ),
    (
        "rejected-with-its-date",
        "applications.rejected and applications.rejected_as_of given both or neither",
        "every year",
    ),
    (
        "modifications-roles-together",
        "modifications.ctis_rms, ctis_mononational and ctis_msc given all three or none",
        "every year",
    ),
    (
        "guidance-breakdowns-together",
        "guidance.meetings/written, human/veterinary/devices and industry/academia each given in full or not at all",
        "every year",
    ),
    (
        "therapy-areas-most-first",
        "therapy_areas.top listed most applications first, no area twice, leader the first",
        "every year",
    ),
    (
        "neoplasms-are-cancer",
        "the count of neoplasms in therapy_areas.top = cancer.total",
        "every year",
    ),
];

/// What `rules.toml` says.
#[derive(Debug, Clone, Default)]
pub struct RulesFile {
    /// None when there is no rules.toml.
    pub plausibility: Option<Plausibility>,
    pub rules: Vec<OwnRule>,
    /// None when there is no rules.toml.
    pub series: Option<SeriesRules>,
}

/// The rules of the series of year files (`[series]` in rules.toml).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeriesRules {
    /// The most years in a row without a file between two years with
    /// files: a longer run is an error at the files on its smaller side (a
    /// stray `1900.toml` before 2014–2024 is no part of the series, and
    /// would fill the history tables with 113 empty rows).
    pub longest_gap: u32,
}

/// `rules.toml` as written: `[plausibility]` and `[series]` are required,
/// the `[[rule]]`s may be none.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    plausibility: Plausibility,
    series: SeriesRules,
    #[serde(default)]
    rule: Vec<RawRule>,
}

/// The tables `rules.toml` must have, and what to add when one is missing.
const REQUIRED_TABLES: &[(&str, &str)] = &[
    (
        "plausibility",
        "[plausibility] with the sizes a count may move by before it is questioned \
         (change_beyond, change_by, zero_after, copy_min_counts)",
    ),
    (
        "series",
        "[series] with longest_gap, the most years in a row without a file between two \
         years with files",
    ),
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    name: String,
    rule: String,
    reason: String,
    years: Option<String>,
}

/// A rule of the directorate's own.
#[derive(Debug, Clone)]
pub struct OwnRule {
    pub name: String,
    /// As written.
    pub text: String,
    pub reason: String,
    pub from: Option<i32>,
    pub to: Option<i32>,
    lhs: Vec<Term>,
    op: Op,
    rhs: Vec<Term>,
    /// Its line in rules.toml.
    pub line: usize,
    pub file: String,
}

#[derive(Debug, Clone, PartialEq)]
enum Term {
    Field(String),
    Number(u64),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Eq,
    Le,
    Ge,
    Lt,
    Gt,
}

impl Op {
    fn holds(self, a: u64, b: u64) -> bool {
        match self {
            Op::Eq => a == b,
            Op::Le => a <= b,
            Op::Ge => a >= b,
            Op::Lt => a < b,
            Op::Gt => a > b,
        }
    }
    fn as_str(self) -> &'static str {
        match self {
            Op::Eq => "=",
            Op::Le => "<=",
            Op::Ge => ">=",
            Op::Lt => "<",
            Op::Gt => ">",
        }
    }
}

/// Parses `a + b <= c`: two sums of fields or whole numbers and one
/// comparison. The error says what is wrong, in the words of the form.
fn parse_expr(text: &str, fields: &[String]) -> Result<(Vec<Term>, Op, Vec<Term>), String> {
    let ops = [
        ("<=", Op::Le),
        (">=", Op::Ge),
        ("==", Op::Eq),
        ("=", Op::Eq),
        ("<", Op::Lt),
        (">", Op::Gt),
    ];
    let found: Vec<(usize, &str, Op)> = ops
        .iter()
        .filter_map(|(s, op)| text.find(s).map(|i| (i, *s, *op)))
        .collect();
    let Some(&(at, sym, op)) = found
        .iter()
        .min_by_key(|(i, s, _)| (*i, usize::MAX - s.len()))
    else {
        return Err(
            "a rule compares two sums: `a + b = c`, `a <= b`, `a >= b`, `a < b` or `a > b`".into(),
        );
    };
    let (left, right) = (&text[..at], &text[at + sym.len()..]);
    if ops.iter().any(|(s, _)| right.contains(s)) {
        return Err("a rule has one comparison (`=`, `<=`, `>=`, `<` or `>`), not more".into());
    }
    let sum = |side: &str| -> Result<Vec<Term>, String> {
        let mut terms = Vec::new();
        for t in side.split('+').map(str::trim) {
            if t.is_empty() {
                return Err("each side is fields or whole numbers joined by `+`".into());
            }
            if t.bytes().all(|b| b.is_ascii_digit()) {
                terms.push(Term::Number(
                    t.parse().map_err(|_| format!("{t} is too large"))?,
                ));
            } else if fields.iter().any(|f| f == t) {
                terms.push(Term::Field(t.to_string()));
            } else {
                let hint = closest(t, fields.iter().map(String::as_str))
                    .map(|g| format!(" (did you mean `{g}`?)"))
                    .unwrap_or_default();
                return Err(format!(
                    "`{t}` is not a count of a year file{hint}: write `section.key`, such as `applications.total`"
                ));
            }
        }
        Ok(terms)
    };
    Ok((sum(left)?, op, sum(right)?))
}

/// `2020`, `2020..2024`, `2020..`, `..2024`.
fn parse_years(text: &str) -> Option<(Option<i32>, Option<i32>)> {
    let year = |s: &str| -> Option<Option<i32>> {
        let s = s.trim();
        if s.is_empty() {
            Some(None)
        } else {
            s.parse().ok().map(Some)
        }
    };
    match text.split_once("..") {
        Some((a, b)) => Some((year(a)?, year(b)?)),
        None => {
            let y = year(text)?;
            y.map(|y| (Some(y), Some(y)))
        }
    }
}

impl RulesFile {
    /// Reads `rules.toml`, if there is one (none: no rules of the
    /// directorate's own, no plausibility rules, no series rules).
    pub fn load(path: &Path) -> Result<Self, Diagnostic> {
        match crate::input::read_settings(path)? {
            Some(file) => Self::parse(&file),
            None => Ok(Self::default()),
        }
    }

    /// Parses and checks the text of `rules.toml`.
    pub fn parse(file: &Arc<SourceFile>) -> Result<Self, Diagnostic> {
        let raw: Raw = crate::input::parse_settings(file, REQUIRED_TABLES)?;
        let fields = count_paths();
        let mut rules: Vec<OwnRule> = Vec::new();
        for (i, r) in raw.rule.into_iter().enumerate() {
            let at = |key: &str| span_of(&file.text, &format!("rule.{i}.{key}"));
            let line = at("name").map_or(0, |s| file.line_col(s.start).0);
            if let Some(other) = rules.iter().find(|o| o.name == r.name) {
                return Err(Diagnostic::error(format!(
                    "rule `{}` is named twice (first at line {}): give each rule its own name",
                    r.name, other.line
                ))
                .at(file, at("name")));
            }
            if r.reason.trim().is_empty() {
                return Err(
                    Diagnostic::error(format!("rule `{}` needs its reason", r.name))
                        .at(file, at("reason")),
                );
            }
            let (lhs, op, rhs) = parse_expr(&r.rule, &fields).map_err(|m| {
                Diagnostic::error(format!("rule `{}`: {m}", r.name)).at(file, at("rule"))
            })?;
            let (from, to) = match &r.years {
                None => (None, None),
                Some(y) => parse_years(y).ok_or_else(|| {
                    Diagnostic::error(format!(
                        "rule `{}`: years = \"{y}\" is not a year or a range of years \
                         (2020, 2020..2024, 2020.., ..2024)",
                        r.name
                    ))
                    .at(file, at("years"))
                })?,
            };
            rules.push(OwnRule {
                name: r.name,
                text: r.rule,
                reason: r.reason,
                from,
                to,
                lhs,
                op,
                rhs,
                line,
                // Named as staff know it: rules.toml, beside report.toml.
                file: file
                    .name
                    .file_name()
                    .map_or(file.name.display().to_string(), |n| {
                        n.to_string_lossy().into_owned()
                    }),
            });
        }
        Ok(Self {
            plausibility: Some(raw.plausibility),
            rules,
            series: Some(raw.series),
        })
    }
}

impl OwnRule {
    /// The count fields of the rule, left side first.
    fn fields(&self) -> impl Iterator<Item = &str> {
        self.lhs.iter().chain(&self.rhs).filter_map(|t| match t {
            Term::Field(f) => Some(f.as_str()),
            Term::Number(_) => None,
        })
    }

    fn applies_in(&self, year: i32) -> bool {
        self.from.is_none_or(|f| f <= year) && self.to.is_none_or(|t| year <= t)
    }

    /// `2020..`, for listing.
    pub fn years(&self) -> String {
        match (self.from, self.to) {
            (None, None) => "every year".into(),
            (Some(f), Some(t)) if f == t => format!("{f}"),
            (f, t) => format!(
                "{}..{}",
                f.map_or(String::new(), |f| f.to_string()),
                t.map_or(String::new(), |t| t.to_string())
            ),
        }
    }
}

/// An error for each year whose counts break a rule of `rules.toml`.
///
/// The equations (`=`) are judged first; a rule on a count that a broken
/// equation of the same year has shown wrong is not judged again, so that
/// one wrong number gives one error (a total typed 110 for 109 is not also
/// "less than" the CTIS applications).
pub fn own_rules(data: &Dataset, config: &Config) -> Vec<Diagnostic> {
    own_rules_of(data, &config.own_rules)
}

/// [`own_rules`] for the rules `rules` (of a rules.toml read without a
/// report.toml).
pub fn own_rules_of(data: &Dataset, rules: &[OwnRule]) -> Vec<Diagnostic> {
    let mut rules: Vec<&OwnRule> = rules.iter().collect();
    rules.sort_by_key(|r| r.op != Op::Eq);
    // Each year's counts as JSON: its data, or, for a file that did not
    // read as a year file (data with errors, read unchecked), the counts
    // its TOML gives, so that one run reports its broken sums too.
    let mut values: std::collections::BTreeMap<i32, serde_json::Value> = data
        .years
        .iter()
        .filter_map(|(&y, d)| Some((y, serde_json::to_value(d).ok()?)))
        .collect();
    for (&year, json) in &data.unread {
        values.entry(year).or_insert_with(|| json.clone());
    }
    let mut out = Vec::new();
    for (&year, json) in &values {
        let last = values.get(&(year - 1));
        let mut shown: Vec<&str> = Vec::new();
        for rule in rules.iter().filter(|r| r.applies_in(year)) {
            if rule.fields().any(|f| shown.contains(&f)) {
                continue;
            }
            // A year without one of the rule's fields is not judged.
            let (Some(a), Some(b)) = (sum(&rule.lhs, json), sum(&rule.rhs, json)) else {
                continue;
            };
            if rule.op.holds(a, b) {
                continue;
            }
            if rule.op == Op::Eq {
                shown.extend(rule.fields());
            }
            let year_rules: Vec<&OwnRule> = rules
                .iter()
                .copied()
                .filter(|r| r.applies_in(year))
                .collect();
            out.push(broken(data, year, rule, &year_rules, json, last));
        }
    }
    out
}

/// The value of a count field (`applications.total`) in a year's data as JSON.
/// A value beyond a count's range (in a file that did not read) is not a
/// count: its own error says so, and one fault gives one error.
fn field_value(json: &serde_json::Value, field: &str) -> Option<u64> {
    field
        .split('.')
        .try_fold(json, |v, seg| v.get(seg))
        .and_then(serde_json::Value::as_u64)
        .filter(|v| *v <= u64::from(crate::data::Count::MAX))
}

/// The sum of one side of a rule; None when a field is not given.
fn sum(terms: &[Term], json: &serde_json::Value) -> Option<u64> {
    terms.iter().try_fold(0u64, |acc, t| {
        Some(
            acc + match t {
                Term::Number(n) => *n,
                Term::Field(f) => field_value(json, f)?,
            },
        )
    })
}

/// The error of a broken rule, at the value to fix: a sum's total (when
/// one side of an `=` is a single count), otherwise the first count of the
/// left side. Every other count of the rule is pointed at too, with how it
/// moved from last year, the one that moved most first: a transposed digit
/// (35 typed 53) stands out against a total up a few per cent.
fn broken(
    data: &Dataset,
    year: i32,
    rule: &OwnRule,
    year_rules: &[&OwnRule],
    json: &serde_json::Value,
    last: Option<&serde_json::Value>,
) -> Diagnostic {
    let single = |side: &[Term]| match side {
        [Term::Field(f)] => Some(f.clone()),
        _ => None,
    };
    // The whole of a sum: the side that is one count, the other the parts.
    let (parts, whole): (&[Term], Option<String>) = match rule.op {
        Op::Eq => match (single(&rule.rhs), single(&rule.lhs)) {
            (Some(t), _) if rule.lhs.len() > 1 => (&rule.lhs, Some(t)),
            (_, Some(t)) if rule.rhs.len() > 1 => (&rule.rhs, Some(t)),
            (Some(t), _) => (&rule.lhs, Some(t)),
            _ => (&rule.lhs, None),
        },
        _ => (&rule.lhs, None),
    };
    let at = whole
        .clone()
        .or_else(|| rule.fields().next().map(str::to_string))
        .unwrap_or_else(|| "year".into());
    // `commercial` rather than `applications.commercial` when every count
    // of the rule is of one section: the error's place names the section.
    let sections: Vec<&str> = rule
        .fields()
        .map(|f| f.split('.').next().unwrap_or(f))
        .collect();
    let local = sections.windows(2).all(|w| w[0] == w[1]);
    let name = |f: &str| -> String {
        if local {
            f.split_once('.').map_or(f, |(_, k)| k).to_string()
        } else {
            f.to_string()
        }
    };
    let value = |f: &str| field_value(json, f).unwrap_or(0);
    let said = |terms: &[Term]| -> String {
        terms
            .iter()
            .map(|t| match t {
                Term::Field(f) => format!("{} ({})", name(f), value(f)),
                Term::Number(n) => n.to_string(),
            })
            .collect::<Vec<_>>()
            .join(" + ")
    };
    let total = |terms: &[Term]| sum(terms, json).unwrap_or(0);
    let side = |terms: &[Term]| {
        if terms.len() > 1 {
            format!("{} = {}", said(terms), total(terms))
        } else {
            said(terms)
        }
    };
    let line_of = |f: &str| {
        data.line_of(year, f)
            .map_or(String::new(), |l| format!(", line {l}"))
    };
    // A count of another rule: short when of this rule's one section.
    let whole_section = whole.as_deref().and_then(|w| w.split('.').next());
    let other_name = |f: &str| {
        if local && f.split('.').next() == whole_section {
            name(f)
        } else {
            f.to_string()
        }
    };
    // The other sums of the same whole, as `human + veterinary + devices`
    // and what they make.
    let others: Vec<(String, u64)> = match (rule.op, &whole) {
        (Op::Eq, Some(w)) => year_rules
            .iter()
            .filter(|r| r.name != rule.name && r.op == Op::Eq)
            .filter_map(|r| match (&r.lhs[..], &r.rhs[..]) {
                (p, [Term::Field(f)]) | ([Term::Field(f)], p) if f == w && p.len() > 1 => Some(p),
                _ => None,
            })
            .filter_map(|p| {
                let names: Vec<String> = p
                    .iter()
                    .map(|t| match t {
                        Term::Field(f) => other_name(f),
                        Term::Number(n) => n.to_string(),
                    })
                    .collect();
                Some((names.join(" + "), sum(p, json)?))
            })
            .collect(),
        _ => Vec::new(),
    };
    let making = |v: u64| -> Vec<String> {
        others
            .iter()
            .filter(|(_, s)| *s == v)
            .map(|(t, _)| t.clone())
            .collect()
    };
    // When they make what this one makes, the whole is the count to fix
    // (guidance's three breakdowns all make 59, the total says 60); when
    // they make what the whole says, a part of this one is.
    let agreeing = making(total(parts));
    let confirming = match &whole {
        Some(w) if agreeing.is_empty() => making(value(w)),
        _ => Vec::new(),
    };
    let body = match (rule.op, &whole) {
        (Op::Eq, Some(w)) if !confirming.is_empty() => format!(
            "{} = {}, but {} says {}, as {} make: a part is the count to fix",
            said(parts),
            total(parts),
            name(w),
            value(w),
            confirming.join(" and ")
        ),
        (Op::Eq, Some(w)) if !agreeing.is_empty() => format!(
            "{} says {}, but {} = {}, and {} make {} too: {} is the count to fix",
            name(w),
            value(w),
            said(parts),
            total(parts),
            agreeing.join(" and "),
            total(parts),
            name(w)
        ),
        (Op::Eq, Some(w)) => format!(
            "{} = {}, but {} says {}",
            said(parts),
            total(parts),
            name(w),
            value(w)
        ),
        _ => match (rule.op, &rule.lhs[..], &rule.rhs[..]) {
            (Op::Le, [Term::Field(a)], [Term::Field(b)]) => format!(
                "{} ({}) is more than {} ({}{}), of which it is a part",
                name(a),
                value(a),
                name(b),
                value(b),
                line_of(b)
            ),
            _ => format!(
                "{} {} {} does not hold",
                side(&rule.lhs),
                rule.op.as_str(),
                side(&rule.rhs)
            ),
        },
    };
    // How each count moved from last year, the largest move first, the
    // whole last.
    let fields: Vec<&str> = rule
        .fields()
        .filter(|f| Some(*f) != whole.as_deref())
        .chain(whole.as_deref())
        .collect();
    let moved: Vec<Moved> = fields
        .iter()
        .map(|f| Moved::new(&name(f), value(f), last.and_then(|l| field_value(l, f))))
        .collect();
    // Said for an equation: there a part that moved far stands out.
    let against = moves(year - 1, &moved, whole.is_some())
        .filter(|_| rule.op == Op::Eq)
        .map(|m| format!("; {m}"))
        .unwrap_or_default();
    // A part to fix: the one whose move from last year stands out (53
    // typed for 35: +51 % against +4 %), else the first part.
    let at = if confirming.is_empty() {
        at
    } else {
        let part_fields: Vec<&str> = parts
            .iter()
            .filter_map(|t| match t {
                Term::Field(f) => Some(f.as_str()),
                Term::Number(_) => None,
            })
            .collect();
        let mut ranked: Vec<(&str, f64)> = fields
            .iter()
            .copied()
            .zip(&moved)
            .filter(|(f, m)| part_fields.contains(f) && m.was.is_some())
            .map(|(f, m)| (f, m.size()))
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        let standout = match ranked.as_slice() {
            [(f, first), (_, second), ..] if *first >= STANDS_OUT && *first >= 2.0 * second => {
                Some(*f)
            }
            [(f, first)] if *first >= STANDS_OUT => Some(*f),
            _ => None,
        };
        standout
            .or(part_fields.first().copied())
            .map_or(at, str::to_string)
    };
    let mut d = data.error_at(year, &at, format!("{body} (rule `{}`){against}", rule.name));
    if let Some(file) = data.sources.get(&year) {
        for (&f, m) in fields.iter().zip(&moved) {
            if f == at {
                continue;
            }
            let Some(span) = crate::data::exact_span_of(&file.text, f) else {
                continue;
            };
            let what = match (&whole, rule.op) {
                (Some(_), _) => "part",
                (None, Op::Le | Op::Lt) => "whole",
                _ => "in the rule",
            };
            let text = match m.was {
                Some(_) => format!("{what}: {}", m.said(year - 1)),
                None => what.to_string(),
            };
            d = d.with_related(file, span, text);
        }
    }
    d.with_note(format!(
        "rule `{}` ({}:{}): {} — {}",
        rule.name, rule.file, rule.line, rule.text, rule.reason
    ))
}

/// A part's move from last year that stands out as the likely typo: at
/// least this (relative), and at least twice the next part's.
const STANDS_OUT: f64 = 0.25;

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

/// How the counts of a broken rule moved from `year`, the one that moved
/// most (relatively) first, the whole (when `whole`, the last of `moved`)
/// last: `non_commercial moved +51 % from 2023 (35 → 53); commercial +4 %
/// (76 → 79); total +8 % (111 → 120)`. None when last year has none of the
/// parts.
fn moves(year: i32, moved: &[Moved], whole: bool) -> Option<String> {
    let (parts, total) = match (whole, moved.split_last()) {
        (true, Some((t, p))) => (p, Some(t)),
        _ => (moved, None),
    };
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
    for m in rest
        .iter()
        .copied()
        .chain(total.filter(|t| t.was.is_some()))
    {
        out.push_str("; ");
        out.push_str(&brief(m));
    }
    Some(out)
}

/// The rules, as `check --rules` lists them.
pub fn listing(config: &Config) -> String {
    let mut out =
        String::from("Rules the data are checked against (data/README.md explains them)\n");
    out.push_str("\nThe form of a year file (the data reader's; errors):\n");
    for (name, rule, when) in BUILT_IN {
        out.push_str(&format!("  {name}: {rule} ({when})\n"));
    }
    match &config.series {
        Some(series) => out.push_str(&format!(
            "\nThe series (rules.toml [series]; errors):\n  longest-gap: at most {} years in a \
             row without a file between two years with files\n",
            series.longest_gap
        )),
        None => out
            .push_str("\nThere is no rules.toml: the counts are not checked against each other.\n"),
    }
    if let Some(p) = &config.plausibility {
        out.push_str(
            "\nPlausibility, each count against last year's (warnings; errors under --strict \
             unless the year's file confirms them with [[confirmed]]):\n",
        );
        out.push_str(&format!(
            "  copy: a section of at least {} counts, every one as last year's\n",
            p.copy_min_counts
        ));
        out.push_str(&format!(
            "  change: a count that moved more than ±{} % and by at least {}, not across a [[break]]\n",
            p.change_beyond, p.change_by
        ));
        out.push_str(&format!(
            "  zero: a count of 0 where last year had at least {}\n",
            p.zero_after
        ));
    }
    out.push_str("\nThe counts of a year (rules.toml [[rule]]; errors):\n");
    if config.own_rules.is_empty() {
        out.push_str("  none\n");
    }
    for r in &config.own_rules {
        out.push_str(&format!(
            "  {}: {} ({}; {}:{})\n    {}\n",
            r.name,
            r.text,
            r.years(),
            r.file,
            r.line,
            r.reason
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped rules.toml under `text` (its `[[rule]]`s replace the shipped ones).
    fn rules(text: &str) -> Result<RulesFile, String> {
        let text = crate::config::shipped_with("rules.toml", text);
        RulesFile::parse(&SourceFile::new("rules.toml", text)).map_err(|d| d.to_string())
    }

    fn config(text: &str) -> Config {
        let r = rules(text).unwrap();
        Config {
            own_rules: r.rules,
            plausibility: r.plausibility,
            ..Config::shipped()
        }
    }

    const PAEDIATRIC: &str = "[[rule]]\nname = \"paediatric-within-cancer\"\n\
        rule = \"applications.paediatric <= cancer.total + 2\"\n\
        reason = \"Made up for the test.\"\nyears = \"2024..\"\n";

    #[test]
    fn a_rule_of_the_directorates_own_is_checked_at_the_data() {
        let data = crate::facts::test_data(&[
            (
                2023,
                "[cancer]\ncommercial = 1\nnon_commercial = 1\ntotal = 2\n",
            ),
            (
                2024,
                "paediatric = 17\n[cancer]\ncommercial = 1\nnon_commercial = 1\ntotal = 2\n",
            ),
            // 2025 has no paediatric count: not judged.
            (
                2025,
                "[cancer]\ncommercial = 1\nnon_commercial = 1\ntotal = 2\n",
            ),
        ]);
        let found: Vec<String> = own_rules(&data, &config(PAEDIATRIC))
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            found,
            [
                "data/2024.toml:6:14: applications.paediatric (17) <= cancer.total (2) + 2 = 4 does not \
                 hold (rule `paediatric-within-cancer`)"
            ]
        );
        // The rule, its line and its reason in the note.
        let d = &own_rules(&data, &config(PAEDIATRIC))[0];
        assert_eq!(
            d.notes,
            [
                "rule `paediatric-within-cancer` (rules.toml:2): applications.paediatric <= \
              cancer.total + 2 — Made up for the test."
            ]
        );
        // Before its years, not checked.
        assert!(own_rules(&data, &config(&PAEDIATRIC.replace("2024..", "2026.."))).is_empty());
    }

    fn year_file(year: i32, text: &str) -> Arc<SourceFile> {
        SourceFile::new(
            format!("data/{year}.toml"),
            format!("year = {year}\n{text}"),
        )
    }

    const CTIS: &str = "[ctis]\nrms = 11\nmsc_ams = 79\nmononational = 19\n";

    #[test]
    fn one_wrong_total_gives_one_error_at_it() {
        // 2024's total typed 110 for 109: the sum is broken; CTIS (109) is
        // then also not "all applications", and paediatric is within it,
        // but a count shown wrong by a broken sum is not judged again.
        let data = crate::data::load_sources(&[year_file(
            2024,
            &format!(
                "[applications]\ncommercial = 76\nnon_commercial = 33\ntotal = 110\n\
                 paediatric = 17\n{CTIS}"
            ),
        )])
        .unwrap();
        let found: Vec<String> = own_rules(&data, &Config::shipped())
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            found,
            [
                "data/2024.toml:5:9: total says 110, but commercial (76) + non_commercial (33) = \
                 109, and ctis.rms + ctis.msc_ams + ctis.mononational make 109 too: total is the \
                 count to fix (rule `applications-sum`)"
            ]
        );
        // With the sum right, CTIS against all applications is judged, from
        // 2024 only (2023 had ten applications outside CTIS).
        for (year, broken) in [(2023, false), (2024, true)] {
            let data = crate::data::load_sources(&[year_file(
                year,
                &format!(
                    "[applications]\ncommercial = 77\nnon_commercial = 33\ntotal = 110\n{CTIS}"
                ),
            )])
            .unwrap();
            let found: Vec<String> = own_rules(&data, &Config::shipped())
                .iter()
                .map(|d| d.message.clone())
                .collect();
            let want: &[&str] = if broken {
                &[
                    "ctis.rms (11) + ctis.msc_ams (79) + ctis.mononational (19) = 109, but \
                   applications.total says 110, as applications.commercial + \
                   applications.non_commercial make: a part is the count to fix (rule \
                   `ctis-all-applications`)",
                ]
            } else {
                &[]
            };
            assert_eq!(found, want, "{year}");
        }
    }

    #[test]
    fn a_year_far_from_the_series_is_an_error_at_the_stray_file() {
        let apps = "[applications]\ncommercial = 1\nnon_commercial = 1\ntotal = 2\n";
        let mut files = vec![year_file(1900, apps)];
        files.extend((2014..=2016).map(|y| year_file(y, apps)));
        let data = crate::data::load_sources(&files).unwrap();
        let found: Vec<String> = series_rules_of(&data, &Config::shipped());
        assert_eq!(
            found,
            [
                "data/1900.toml:1:8: 1900 is 113 years from 2014, the nearest year with a file: \
              the series has no gap of more than 3 years, so a report would print 113 empty \
              years; if 1900 is a typo or a stray file, correct or remove it"
            ]
        );
        // A gap of three years (2017–2019 not supplied) is a gap, not a stray.
        let mut files: Vec<_> = (2014..=2016).map(|y| year_file(y, apps)).collect();
        files.push(year_file(2020, apps));
        let data = crate::data::load_sources(&files).unwrap();
        assert!(series_rules_of(&data, &Config::shipped()).is_empty());
        // Without rules.toml: one warning, and no rule.
        let without = Config {
            plausibility: None,
            own_rules: Vec::new(),
            series: None,
            ..Config::shipped()
        };
        let found = super::super::series_rules(&data, &without, Path::new("rules.toml"));
        assert_eq!(found.len(), 1);
        assert!(found[0].message.starts_with("there is no rules.toml"));
    }

    fn series_rules_of(data: &Dataset, config: &Config) -> Vec<String> {
        super::super::series_rules(data, config, Path::new("rules.toml"))
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn mistakes_in_rules_toml_are_at_their_line() {
        assert_eq!(
            rules(&PAEDIATRIC.replace("cancer.total", "cancer.totl")).unwrap_err(),
            "rules.toml:3:8: rule `paediatric-within-cancer`: `cancer.totl` is not a count of a year \
             file (did you mean `cancer.total`?): write `section.key`, such as `applications.total`"
        );
        assert_eq!(
            rules(&PAEDIATRIC.replace("<=", "<= 3 <=")).unwrap_err(),
            "rules.toml:3:8: rule `paediatric-within-cancer`: a rule has one comparison (`=`, `<=`, `>=`, `<` or `>`), not more"
        );
        assert_eq!(
            rules(&PAEDIATRIC.replace("<=", "+")).unwrap_err(),
            "rules.toml:3:8: rule `paediatric-within-cancer`: a rule compares two sums: `a + b = c`, `a <= b`, `a >= b`, `a < b` or `a > b`"
        );
        assert_eq!(
            rules(&PAEDIATRIC.replace("2024..", "from 2024")).unwrap_err(),
            "rules.toml:5:9: rule `paediatric-within-cancer`: years = \"from 2024\" is not a year or a range of years (2020, 2020..2024, 2020.., ..2024)"
        );
        assert_eq!(
            rules(&format!("{PAEDIATRIC}{PAEDIATRIC}")).unwrap_err(),
            "rules.toml:7:8: rule `paediatric-within-cancer` is named twice (first at line 2): give each rule its own name"
        );
        assert!(
            rules(&PAEDIATRIC.replace("rule =", "rul ="))
                .unwrap_err()
                .starts_with("rules.toml:3:1: unknown field `rul`")
        );
    }

    #[test]
    fn expressions_take_sums_numbers_and_each_comparison() {
        let fields = count_paths();
        let (l, op, r) = parse_expr(
            "cancer.commercial + cancer.non_commercial == cancer.total",
            &fields,
        )
        .unwrap();
        assert_eq!((l.len(), op, r.len()), (2, Op::Eq, 1));
        for (text, op) in [
            ("a >= b", Op::Ge),
            ("a < b", Op::Lt),
            ("a > b", Op::Gt),
            ("a = b", Op::Eq),
        ] {
            let text = text.replace('a', "guidance.total").replace('b', "9");
            assert_eq!(parse_expr(&text, &fields).unwrap().1, op, "{text}");
        }
        assert_eq!(parse_years("2024"), Some((Some(2024), Some(2024))));
        assert_eq!(parse_years("..2022"), Some((None, Some(2022))));
        assert_eq!(parse_years("2014..2022"), Some((Some(2014), Some(2022))));
    }
}
