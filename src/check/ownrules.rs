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
use crate::data::{Dataset, closest, count_paths, span_of};
use crate::diag::{Diagnostic, SourceFile};

/// The program's own rules, for `check --rules`: name, rule, when.
pub const BUILT_IN: &[(&str, &str, &str)] = &[
    (
        "applications-sum",
        "applications.commercial + applications.non_commercial = applications.total",
        "every year",
    ),
    (
        "paediatric-within-applications",
        "applications.paediatric <= applications.total",
        "every year",
    ),
    (
        "rejected-within-applications",
        "applications.rejected <= applications.total",
        "every year",
    ),
    (
        "rejected-counted-after-the-year",
        "applications.rejected_as_of after the year, and no later than published",
        "every year",
    ),
    (
        "published-after-the-year",
        "published after the year",
        "every year",
    ),
    (
        "cancer-sum",
        "cancer.commercial + cancer.non_commercial = cancer.total",
        "every year",
    ),
    (
        "cancer-within-applications",
        "cancer.total <= applications.total, and per sponsor group",
        "every year",
    ),
    (
        "ctis-multinational-sum",
        "ctis.rms + ctis.msc_ams = ctis.multinational",
        "every year",
    ),
    (
        "ctis-sum",
        "ctis.multinational + ctis.mononational = ctis.total",
        "every year",
    ),
    (
        "ctis-mononational-non-commercial",
        "ctis.mononational_non_commercial <= ctis.mononational, and <= applications.non_commercial",
        "every year",
    ),
    (
        "ctis-within-applications",
        "ctis.rms + ctis.msc_ams + ctis.mononational <= applications.total",
        "every year",
    ),
    (
        "ctis-all-applications",
        "ctis.rms + ctis.msc_ams + ctis.mononational = applications.total",
        "from the last year of the `ctis` [[break]] in report.toml",
    ),
    (
        "neoplasms-are-cancer",
        "therapy_areas.neoplasms = cancer.total",
        "every year",
    ),
    (
        "modifications-ctis-sum",
        "modifications.ctis_rms + modifications.ctis_mononational + modifications.ctis_msc = modifications.ctis_total",
        "every year",
    ),
    (
        "modifications-sum",
        "modifications.ctis_total + modifications.ctd = modifications.total",
        "every year",
    ),
    (
        "guidance-sums",
        "guidance.meetings + guidance.written = guidance.human + guidance.veterinary + guidance.devices = guidance.industry + guidance.academia = guidance.total",
        "every year",
    ),
];

/// What `rules.toml` says.
#[derive(Debug, Clone, Default)]
pub struct RulesFile {
    pub plausibility: Plausibility,
    pub rules: Vec<OwnRule>,
}

/// `rules.toml` as written.
#[derive(Debug, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct Raw {
    plausibility: Plausibility,
    rule: Vec<RawRule>,
}

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
    /// directorate's own, the plausibility sizes by default).
    pub fn load(path: &Path) -> Result<Self, Diagnostic> {
        match crate::input::read_settings(path)? {
            Some(file) => Self::parse(&file),
            None => Ok(Self::default()),
        }
    }

    /// Parses and checks the text of `rules.toml`.
    pub fn parse(file: &Arc<SourceFile>) -> Result<Self, Diagnostic> {
        let raw: Raw = toml::from_str(&file.text).map_err(|e| {
            Diagnostic::error(crate::data::explain_toml_error(e.message().trim_end()))
                .at(file, e.span())
        })?;
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
                file: file.name.display().to_string(),
            });
        }
        Ok(Self {
            plausibility: raw.plausibility,
            rules,
        })
    }
}

impl OwnRule {
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

/// An error for each year whose counts break a rule of the directorate's
/// own (`rules.toml`).
pub fn own_rules(data: &Dataset, config: &Config) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (&year, d) in &data.years {
        let Ok(json) = serde_json::to_value(d) else {
            continue;
        };
        let value = |t: &Term| match t {
            Term::Number(n) => Some(*n),
            Term::Field(f) => f
                .split('.')
                .try_fold(&json, |v, seg| v.get(seg))
                .and_then(serde_json::Value::as_u64),
        };
        for rule in config.own_rules.iter().filter(|r| r.applies_in(year)) {
            let side = |terms: &[Term]| -> Option<(u64, String)> {
                let mut sum = 0;
                let mut said = Vec::new();
                for t in terms {
                    let v = value(t)?;
                    sum += v;
                    said.push(match t {
                        Term::Field(f) => format!("{f} ({v})"),
                        Term::Number(n) => n.to_string(),
                    });
                }
                Some((sum, said.join(" + ")))
            };
            // A year without one of the rule's fields is not judged.
            let (Some((a, left)), Some((b, right))) = (side(&rule.lhs), side(&rule.rhs)) else {
                continue;
            };
            if rule.op.holds(a, b) {
                continue;
            }
            let first = rule
                .lhs
                .iter()
                .chain(&rule.rhs)
                .find_map(|t| match t {
                    Term::Field(f) => Some(f.as_str()),
                    Term::Number(_) => None,
                })
                .unwrap_or("year");
            let sums = |s: &str, v: u64, terms: &[Term]| {
                if terms.len() > 1 {
                    format!("{s} = {v}")
                } else {
                    s.to_string()
                }
            };
            out.push(
                data.error_at(
                    year,
                    first,
                    format!(
                        "rule `{}` ({}:{}) is broken in {year}: {} {} {} does not hold; {}",
                        rule.name,
                        rule.file,
                        rule.line,
                        sums(&left, a, &rule.lhs),
                        rule.op.as_str(),
                        sums(&right, b, &rule.rhs),
                        rule.reason
                    ),
                )
                .with_note(format!("the rule: {}", rule.text)),
            );
        }
    }
    out
}

/// The rules, as `check --rules` lists them.
pub fn listing(config: &Config) -> String {
    let mut out =
        String::from("Rules the data are checked against (data/README.md explains them)\n");
    out.push_str("\nThe program's own (errors):\n");
    for (name, rule, when) in BUILT_IN {
        out.push_str(&format!("  {name}: {rule} ({when})\n"));
    }
    let p = &config.plausibility;
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
    out.push_str("\nThe directorate's own (rules.toml; errors):\n");
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

    fn rules(text: &str) -> Result<RulesFile, String> {
        RulesFile::parse(&SourceFile::new("rules.toml", text)).map_err(|d| d.to_string())
    }

    fn config(text: &str) -> Config {
        let r = rules(text).unwrap();
        Config {
            own_rules: r.rules,
            plausibility: r.plausibility,
            ..Config::default()
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
                "data/2024.toml:6:14: rule `paediatric-within-cancer` (rules.toml:2) is broken in 2024: \
              applications.paediatric (17) <= cancer.total (2) + 2 = 4 does not hold; Made up for the test."
            ]
        );
        // Before its years, not checked.
        assert!(own_rules(&data, &config(&PAEDIATRIC.replace("2024..", "2026.."))).is_empty());
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
