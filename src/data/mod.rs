//! Stage 1, data: load and validate `data/<year>.toml`.
//!
//! One file per year holds every number the report prints for that year
//! (`data/README.md` documents the schema). This module holds the types a
//! year is read into; its parts do the reading, each keeping some rules:
//!
//! - `load`: folders and files, UTF-8 (a BOM and CRLF accepted), one file
//!   per year named after it, no year given twice;
//! - `syntax`: TOML syntax errors, every one of a file, in the schema's
//!   words where it can (`paediatric = x` is a count, not an "invalid string");
//! - `schema`: the keys each table takes, which are required, the kind of
//!   value each holds, derived from these types (`JsonSchema`);
//! - `validate`: the document walked against the schema (unknown keys,
//!   wrong kinds, ranges, missing keys), then the dates and the sum rules;
//! - `locate`: where a key path is in a file, for pointing at its line.
//!
//! Every mistake of every file is reported in one run, each at its line, in
//! line order, and one fault gives one error: a value found wrong is not
//! also reported as missing or as breaking a sum. Only a file with no
//! mistake is deserialized with serde (`deny_unknown_fields`), which then
//! succeeds. A section the directorate did not supply for a year is simply
//! absent (`None`): this stage never fills in a number.

use std::collections::BTreeMap;
use std::sync::Arc;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::diag::{Diagnostic, SourceFile, closest};

mod load;
mod locate;
pub mod meddra;
mod schema;
mod syntax;
mod validate;

#[cfg(test)]
mod tests;

pub use load::{decode, load_dir, load_sources, parse, read_unchecked};
use locate::Locator;
pub(crate) use locate::{exact_span_of, span_of};

/// The parts of a year's data that can be missing, by their keys in the
/// file (`year` is a whole year's file): the names `known_gap` entries in
/// `report.toml` use, and what `facts::MissingPart::data_key` gives.
pub const PART_KEYS: &[&str] = &[
    "year",
    "published",
    "applications.paediatric",
    "applications.rejected",
    "applications.transition",
    "ctis",
    "phases",
    "therapy_areas",
    "cancer",
    "modifications",
    "safety",
    "guidance",
];

/// The key paths of every count of a year file outside lists
/// (`applications.total`, `guidance.meetings`), as the rules of
/// `rules.toml` name them.
pub fn count_paths() -> Vec<String> {
    let mut out = Vec::new();
    for field in schema::year_file().fields {
        if let schema::Kind::Table(t) = field.kind {
            for f in t.fields {
                if matches!(f.kind, schema::Kind::Count) {
                    out.push(format!("{}.{}", field.key, f.key));
                }
            }
        }
    }
    out
}

/// A count of applications, meetings, … : whole and non-negative by type.
pub type Count = u32;

/// A calendar date as written in TOML (`2025-01-31`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// As written in TOML: `2025-01-31`.
impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let dt = toml::value::Datetime::deserialize(d)?;
        match (dt.date, dt.time, dt.offset) {
            (Some(date), None, None) => Ok(Date {
                year: i32::from(date.year),
                month: date.month,
                day: date.day,
            }),
            _ => Err(D::Error::custom(format!(
                "expected a date like 2025-01-31, found `{dt}`"
            ))),
        }
    }
}

/// A date in the schema ([`schema`]): a string of the format `date`.
impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "date" })
    }
}

/// Everything known about one year: the contents of `data/<year>.toml`.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct YearData {
    #[schemars(example = 2025)]
    pub year: i32,
    /// The report's publication date, when it is set.
    #[schemars(example = &"2026-03-02")]
    pub published: Option<Date>,
    #[schemars(example = &"[applications]")]
    pub applications: Applications,
    #[schemars(example = &"[cancer]")]
    pub cancer: Option<Split>,
    #[schemars(example = &"[ctis]")]
    pub ctis: Option<Ctis>,
    #[schemars(example = &"[therapy_areas]")]
    pub therapy_areas: Option<TherapyAreas>,
    #[schemars(example = &"[phases]")]
    pub phases: Option<Phases>,
    #[schemars(example = &"[modifications]")]
    pub modifications: Option<Modifications>,
    #[schemars(example = &"[safety]")]
    pub safety: Option<Safety>,
    #[schemars(example = &"[guidance]")]
    pub guidance: Option<Guidance>,
    #[schemars(example = &"[context]")]
    pub context: Option<Context>,
    /// What was not supplied this year, and why (`not_supplied = { phases =
    /// "…" }`): a gap the year's own file declares.
    #[schemars(example = &"{ phases = \"The directorate did not count them this year.\" }")]
    pub not_supplied: Option<NotSupplied>,
    /// Counts that moved as a plausibility rule would question, confirmed
    /// as right (`[[confirmed]]`).
    #[serde(default)]
    #[schemars(example = &"[[confirmed]]")]
    pub confirmed: Vec<Confirmed>,
}

/// The parts of a year not supplied, each with why (`not_supplied` in the
/// year's file). The keys are the parts' names without their table
/// (`paediatric`, not `applications.paediatric`).
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NotSupplied {
    #[schemars(example = &"The directorate did not count them this year.")]
    pub published: Option<String>,
    #[schemars(example = &"The directorate did not count them this year.")]
    pub paediatric: Option<String>,
    #[schemars(example = &"The directorate did not count them this year.")]
    pub rejected: Option<String>,
    #[schemars(example = &"The directorate did not count them this year.")]
    pub transition: Option<String>,
    #[schemars(example = &"The directorate did not count them this year.")]
    pub ctis: Option<String>,
    #[schemars(example = &"The directorate did not count them this year.")]
    pub phases: Option<String>,
    #[schemars(example = &"The directorate did not count them this year.")]
    pub therapy_areas: Option<String>,
    #[schemars(example = &"The directorate did not count them this year.")]
    pub cancer: Option<String>,
    #[schemars(example = &"The directorate did not count them this year.")]
    pub modifications: Option<String>,
    #[schemars(example = &"The directorate did not count them this year.")]
    pub safety: Option<String>,
    #[schemars(example = &"The directorate did not count them this year.")]
    pub guidance: Option<String>,
}

impl NotSupplied {
    /// (key in `not_supplied`, the part's data key as in [`PART_KEYS`]).
    pub const KEYS: &[(&str, &str)] = &[
        ("published", "published"),
        ("paediatric", "applications.paediatric"),
        ("rejected", "applications.rejected"),
        ("transition", "applications.transition"),
        ("ctis", "ctis"),
        ("phases", "phases"),
        ("therapy_areas", "therapy_areas"),
        ("cancer", "cancer"),
        ("modifications", "modifications"),
        ("safety", "safety"),
        ("guidance", "guidance"),
    ];

    /// Why the part of data key `key` (`applications.paediatric`, `phases`)
    /// was not supplied, when the file says.
    pub fn reason(&self, key: &str) -> Option<&str> {
        let r = match key {
            "published" => &self.published,
            "applications.paediatric" => &self.paediatric,
            "applications.rejected" => &self.rejected,
            "applications.transition" => &self.transition,
            "ctis" => &self.ctis,
            "phases" => &self.phases,
            "therapy_areas" => &self.therapy_areas,
            "cancer" => &self.cancer,
            "modifications" => &self.modifications,
            "safety" => &self.safety,
            "guidance" => &self.guidance,
            _ => &None,
        };
        r.as_deref()
    }
}

impl YearData {
    /// Why the part of data key `key` was not supplied this year, when the
    /// year's file declares it.
    pub fn not_supplied(&self, key: &str) -> Option<&str> {
        self.not_supplied.as_ref()?.reason(key)
    }
}

/// A count confirmed as right although a plausibility rule questions it
/// (`check::plausibility`): a real change, with its reason.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Confirmed {
    /// The rule's name: `copy`, `change` or `zero`.
    #[schemars(example = &"change")]
    pub rule: String,
    /// The count (`applications.transition`, `therapy_areas.neoplasms`) or,
    /// for `copy`, the section (`guidance`).
    #[schemars(example = &"applications.transition")]
    pub field: String,
    /// Why the count is right, for the editors.
    #[schemars(example = &"The transition ended on 30 January 2025.")]
    pub reason: String,
}

/// Applications for clinical trials received in the year (Table 1).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Applications {
    #[schemars(example = 76)]
    pub commercial: Count,
    #[schemars(example = 33)]
    pub non_commercial: Count,
    #[schemars(example = 109)]
    pub total: Count,
    /// Trials that involve children and/or adolescents.
    #[schemars(example = 17)]
    pub paediatric: Option<Count>,
    /// Applications received in the year that were rejected…
    #[schemars(example = 0)]
    pub rejected: Option<Count>,
    /// …counted as of this date.
    #[schemars(example = &"2026-01-31")]
    pub rejected_as_of: Option<Date>,
    /// Transition applications (CTD → CTR) submitted and processed.
    #[schemars(example = 254)]
    pub transition: Option<Count>,
}

/// A count split by sponsor type (Table 4, cancer trials).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Split {
    #[schemars(example = 29)]
    pub commercial: Count,
    #[schemars(example = 15)]
    pub non_commercial: Count,
    #[schemars(example = 44)]
    pub total: Count,
}

/// Applications submitted in CTIS, by Norway's role (Table 2).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ctis {
    /// Multinational, Norway reporting member state.
    #[schemars(example = 11)]
    pub rms: Count,
    /// Multinational, Norway member state concerned or additional member state.
    #[schemars(example = 79)]
    pub msc_ams: Count,
    /// Multinational in all (= rms + msc_ams), when stated.
    #[schemars(example = 90)]
    pub multinational: Option<Count>,
    #[schemars(example = 19)]
    pub mononational: Count,
    /// Mononational applications with non-commercial sponsors.
    #[schemars(example = 16)]
    pub mononational_non_commercial: Option<Count>,
    /// All CTIS applications (= multinational + mononational), when stated.
    #[schemars(example = 109)]
    pub total: Option<Count>,
}

impl Ctis {
    /// rms + msc_ams. Checked data never overflow (the CTIS total is at
    /// most all applications); unchecked data saturate rather than panic.
    pub fn multinational(&self) -> Count {
        self.rms.saturating_add(self.msc_ams)
    }
    /// multinational + mononational, saturating like [`Ctis::multinational`].
    pub fn total(&self) -> Count {
        self.multinational().saturating_add(self.mononational)
    }
}

/// Therapy areas by MedDRA system organ class (Table 3).
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TherapyAreas {
    /// The leading area, where only that is known (a key or a MedDRA
    /// name, read as its key: [`meddra::soc_key`]).
    #[serde(default, deserialize_with = "meddra::de_soc_opt")]
    #[schemars(example = &"neoplasms")]
    pub leader: Option<String>,
    /// The most common areas, most applications first.
    #[serde(default)]
    #[schemars(example = &"[ { soc = \"neoplasms\", count = 44 } ]")]
    pub top: Vec<AreaCount>,
}

impl TherapyAreas {
    /// The leading area: the first of `top`, else `leader`.
    pub fn leading(&self) -> Option<&str> {
        self.top
            .first()
            .map(|a| a.soc.as_str())
            .or(self.leader.as_deref())
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AreaCount {
    /// A system organ class key; its name is in the locales (`soc-<key>`).
    /// The data may give MedDRA's English name instead: it is read as its
    /// key ([`meddra::soc_key`]).
    #[serde(deserialize_with = "meddra::de_soc")]
    #[schemars(example = &"neoplasms")]
    pub soc: String,
    #[schemars(example = 44)]
    pub count: Count,
}

/// Applications by trial phase (Figure 3); a trial spanning two phases counts in the lower.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Phases {
    #[schemars(example = 12)]
    pub phase_1: Count,
    #[schemars(example = 30)]
    pub phase_2: Count,
    #[schemars(example = 45)]
    pub phase_3: Count,
    #[schemars(example = 8)]
    pub phase_4: Count,
}

/// Substantial modifications processed (Table 5, Figure 5).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Modifications {
    /// In CTIS, multinational trials where Norway is RMS.
    #[schemars(example = 37)]
    pub ctis_rms: Option<Count>,
    /// In CTIS, mononational trials.
    #[schemars(example = 27)]
    pub ctis_mononational: Option<Count>,
    /// In CTIS, multinational trials where Norway is MSC.
    #[schemars(example = 252)]
    pub ctis_msc: Option<Count>,
    /// In CTIS in all.
    #[schemars(example = 316)]
    pub ctis_total: Count,
    /// Under the old rules (Directive 2001/20/EC).
    #[schemars(example = 116)]
    pub ctd: Count,
    #[schemars(example = 432)]
    pub total: Count,
}

/// Safety reporting (Figures 6a and 6b).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Safety {
    /// Annual safety reports submitted through CTIS.
    #[schemars(example = 40)]
    pub annual_reports: Count,
    /// Notifications in CTIS that required assessment.
    #[schemars(example = 120)]
    pub notifications: Count,
    /// Active substances Norway assesses that are used only in Norway.
    #[schemars(example = 3)]
    pub substances_national: Count,
    /// Active substances for which Norway is safety assessing member state.
    #[schemars(example = 25)]
    pub substances_multinational: Count,
}

/// National guidance and scientific advice (section 8).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Guidance {
    #[schemars(example = 59)]
    pub total: Count,
    #[schemars(example = 50)]
    pub meetings: Option<Count>,
    #[schemars(example = 9)]
    pub written: Option<Count>,
    #[schemars(example = 30)]
    pub human: Option<Count>,
    #[schemars(example = 22)]
    pub veterinary: Option<Count>,
    #[schemars(example = 7)]
    pub devices: Option<Count>,
    #[schemars(example = 45)]
    pub industry: Option<Count>,
    #[schemars(example = 14)]
    pub academia: Option<Count>,
}

/// Facts for the context passage (NorTrials and the export strategy).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Context {
    #[schemars(example = 9)]
    pub action_plan_focus_areas: Count,
    #[schemars(example = 6)]
    pub nortrials_centres: Count,
    #[schemars(example = 15)]
    pub export_strategy_measures: Count,
    #[schemars(example = 9)]
    pub nortrials_measure: Count,
    #[schemars(example = &"{ year = 2021, nok_billion = 22 }")]
    pub export_revenue: Amount,
    #[schemars(example = &"{ year = 2030, nok_billion = 50 }")]
    pub export_target: Amount,
}

/// An amount in billions of kroner in a given year.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Amount {
    #[schemars(example = 2021)]
    pub year: i32,
    #[schemars(example = 22)]
    pub nok_billion: Count,
}

/// All years, checked.
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    pub years: BTreeMap<i32, YearData>,
    /// The file each year was read from, when it was read from one: for
    /// pointing later stages' diagnostics at the data.
    pub sources: BTreeMap<i32, Arc<SourceFile>>,
    /// The counts of the files that did not read as year files (data with
    /// errors, read by [`read_unchecked`]): what their TOML gives, once
    /// its syntax errors are blanked out, for the rules of rules.toml to
    /// judge in the same run. Their `sources` are the text as recovered
    /// (the same lines, the broken ones blank).
    pub unread: BTreeMap<i32, serde_json::Value>,
}

impl Dataset {
    /// An error at the value of `key` (such as `therapy_areas.top.3.soc`) in
    /// the file of `year`; without a location when the year has no file.
    pub fn error_at(&self, year: i32, key: &str, message: impl Into<String>) -> Diagnostic {
        self.locate(Diagnostic::error(message), year, key)
    }

    /// A warning at the value of `key` in the file of `year`, as [`Self::error_at`].
    pub fn warning_at(&self, year: i32, key: &str, message: impl Into<String>) -> Diagnostic {
        self.locate(Diagnostic::warning(message), year, key)
    }

    /// `d` at the first line of the value of `key` (a table's header).
    pub fn first_line_at(&self, d: Diagnostic, year: i32, key: &str) -> Diagnostic {
        let Some(file) = self.sources.get(&year) else {
            return d;
        };
        let span = Locator::new(&file.text).span(key).map(|s| {
            let end = file.text[s.start..]
                .find(['\r', '\n'])
                .map_or(s.end, |i| (s.start + i).min(s.end));
            s.start..end
        });
        d.at(file, span)
    }

    /// `data/2024.toml:26`: where the value of `key` is, for messages.
    pub fn place_of(&self, year: i32, key: &str) -> Option<String> {
        let file = self.sources.get(&year)?;
        let line = self.line_of(year, key)?;
        Some(format!("{}:{line}", file.name.display()))
    }

    /// The line of the value of `key` in the file of `year`, for messages
    /// that name a second value besides the one they are at.
    pub fn line_of(&self, year: i32, key: &str) -> Option<usize> {
        let file = self.sources.get(&year)?;
        let span = Locator::new(&file.text).span(key)?;
        Some(file.line_col(span.start).0)
    }

    fn locate(&self, d: Diagnostic, year: i32, key: &str) -> Diagnostic {
        match self.sources.get(&year) {
            Some(file) => d.at(file, Locator::new(&file.text).span(key)),
            None => d,
        }
    }

    pub fn get(&self, year: i32) -> Option<&YearData> {
        self.years.get(&year)
    }

    /// The latest year with data.
    #[cfg(test)]
    pub fn latest(&self) -> Option<i32> {
        self.years.keys().next_back().copied()
    }

    /// The value of `f` for every year up to and including `year`, in order.
    pub fn series<T>(&self, year: i32, f: impl Fn(&YearData) -> Option<T>) -> Vec<(i32, T)> {
        self.years
            .range(..=year)
            .filter_map(|(y, d)| f(d).map(|v| (*y, v)))
            .collect()
    }
}

/// The years a data file may hold. Outside this range a year is a typo
/// (`20244`), and loops over the years since the CTR would run for ever.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2999;

/// Serde's words for what it expected, in the words of the data's schema;
/// and for an unknown key, the known key it most likely meant.
pub(crate) fn explain_toml_error(message: &str) -> String {
    // Multi-line messages ("invalid string\nexpected `\"`") on one line.
    let message = message.lines().collect::<Vec<_>>().join("; ");
    let message = message.as_str();
    if let Some(rest) = message.strip_prefix("missing field `")
        && let Some((key, _)) = rest.split_once('`')
    {
        return format!("`{key}` is missing: it is required here (see data/README.md)");
    }
    let mut out = message
        .replace(
            "expected u32",
            "expected a count: a whole number, 0 or more (and at most 4294967295)",
        )
        .replace(
            "expected i32",
            "expected a year: a whole number such as 2024",
        );
    if let Some(rest) = message.strip_prefix("unknown field `")
        && let Some((unknown, expected)) = rest.split_once('`')
    {
        let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        if let Some(best) = closest(unknown, known.into_iter()) {
            let list = expected.trim_start_matches(", ").trim();
            out = format!("unknown field `{unknown}` (did you mean `{best}`?); {list}");
        }
    }
    out
}
