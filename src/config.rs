//! The project's settings file, `report.toml`: narrative rules, the rules
//! in force each year, and which agency received the applications.
//!
//! The words "slight", "clear", "by far", "last year's low level" are chosen
//! by rules, and the rules' numbers belong to the editors, not to the code.
//! So do the facts of history the text must follow: from when the Clinical
//! Trials Regulation applied (a report for a year before it has no CTIS
//! section), which agency did the work (Statens legemiddelverk until
//! 2023, DMP from 2024) and which publishes the reports (DMP, which
//! republishes the earlier years), and where a series breaks (the CTIS
//! counts of 2023 and 2024, when CTIS became mandatory: no change is worded
//! across them, unlike the 2024 reference report's "+30 %").
//!
//! The values are the file's alone: the code holds no copy of them. A table
//! the report needs (`[narrative]`, `[rules]`, `[[agency]]`, `[[section]]`,
//! `[key_figures]`, `[glossary]`, `[contents]`) and every key in it is
//! required, and its absence is an error at the file that says what to add;
//! an unknown key is an error too. Only what is optional by nature may be
//! left out, and then means nothing: no `publisher` (the latest agency
//! publishes), no `known_gap`, no `[[break]]`, no `language_order`
//! (alphabetical), no `[publication]` (no licence, no ISSN), no
//! `slight_word_up_to_lang` (one limit for every language).

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::data::Date;
use crate::diag::{Diagnostic, SourceFile};

/// Everything in `report.toml`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub narrative: Narrative,
    pub rules: Rules,
    /// The agencies that received the applications, oldest first (none is
    /// an error of its own, below).
    #[serde(default)]
    pub agency: Vec<Agency>,
    /// The agency that publishes the reports: those of its own years and,
    /// republished under its name, those of every agency before it (the
    /// cover says so). Without it, the latest agency; the first agency
    /// means each year is published by its own agency.
    pub publisher: Option<String>,
    /// Data known to be missing for good: said in one line, not warned about.
    #[serde(default)]
    pub known_gap: Vec<KnownGap>,
    /// Breaks in series: years whose counts cannot be compared with the
    /// year before (`[[break]]`).
    #[serde(default, rename = "break")]
    pub breaks: Vec<SeriesBreak>,
    /// The report's sections, in order (none is an error of its own, below).
    #[serde(default)]
    pub section: Vec<SectionSpec>,
    /// The key figures on the first pages, in order.
    pub key_figures: KeyFigures,
    /// The glossary's terms, in order (a term shows only where the report uses it).
    pub glossary: Glossary,
    /// When the report has a contents list.
    pub contents: Contents,
    /// The order of the languages in each web page's language switch
    /// (`language_order`); a language not listed follows, alphabetically.
    #[serde(default)]
    pub language_order: Vec<String>,
    /// What the colophon says of the publication beside its publisher: its
    /// licence and the series' ISSN (`[publication]`).
    #[serde(default)]
    pub publication: Publication,
    /// The plausibility rules' sizes (`check::plausibility`), from
    /// `rules.toml`; None when there is no rules.toml (then no count is
    /// questioned).
    #[serde(skip)]
    pub plausibility: Option<Plausibility>,
    /// The rules the counts keep (sums, parts within wholes, the
    /// directorate's own), from `rules.toml`.
    #[serde(skip)]
    pub own_rules: Vec<crate::check::OwnRule>,
    /// What `rules.toml` says of the series of year files (`[series]`);
    /// None when there is no rules.toml (then nothing but the files' form
    /// is checked, and check says so).
    #[serde(skip)]
    pub series: Option<crate::check::SeriesRules>,
}

/// How far a count may move from last year before the plausibility rules
/// question it, as statistics offices check their figures before release
/// (`[plausibility]` in `rules.toml`).
/// A questioned count is a warning (an error under `--strict`) unless the
/// year's file confirms it (`[[confirmed]]`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Plausibility {
    /// `change`: a count that moved more than this many per cent, up or down.
    pub change_beyond: u32,
    /// … and by at least this many (2 to 4 is +100 % and says nothing; 6
    /// to 11 in a therapy area is a year's chance).
    pub change_by: u32,
    /// `zero`: a count of 0 where last year had at least this many.
    pub zero_after: u32,
    /// `copy`: a section with at least this many counts, every one as last
    /// year (one count equal to last year's happens: 19 mononational CTIS
    /// applications in 2023 and in 2024).
    pub copy_min_counts: u32,
}

/// The sections the program knows how to make from the facts, as
/// `report.toml` names them (`[[section]] id = "ctis"`).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::EnumString,
    strum::AsRefStr,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
#[strum(serialize_all = "kebab-case")]
pub enum BuiltIn {
    Context,
    Applications,
    Ctis,
    Phases,
    Therapy,
    Cancer,
    Modifications,
    Safety,
    Guidance,
    About,
    Glossary,
}

/// The key figures the program knows, as `[key_figures] show` names them.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::EnumString,
    strum::AsRefStr,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
#[strum(serialize_all = "kebab-case")]
pub enum KeyFigure {
    Applications,
    Multinational,
    Paediatric,
    Cancer,
    Modifications,
    Guidance,
}

/// Every key of an id enum, in its order: `ctis`, `phases`, …
pub fn keys<E: strum::IntoEnumIterator + Into<&'static str>>() -> Vec<&'static str> {
    E::iter().map(Into::into).collect()
}

/// A section of the outline by what makes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionId<'a> {
    BuiltIn(BuiltIn),
    /// Editorial text (`kind = "text"`), by its id.
    Text(&'a str),
}

/// One section of the outline.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SectionSpec {
    /// A built-in section ([`BuiltIn`]), or, with `kind = "text"`,
    /// the name of an editorial section: its title is the message
    /// `section-<id>`, its text `editorial-<id>-<year>`.
    pub id: String,
    #[serde(default)]
    pub kind: SectionKind,
    /// Whether the section is numbered (default: yes, but for the context
    /// passage, "About the figures" and the glossary).
    pub numbered: Option<bool>,
}

impl SectionSpec {
    pub fn numbered(&self) -> bool {
        self.numbered.unwrap_or(!matches!(
            self.built_in(),
            Some(BuiltIn::Context | BuiltIn::About | BuiltIn::Glossary)
        ))
    }

    /// The built-in section this is (None for a text section, or an id
    /// `report.toml`'s check refuses).
    pub fn built_in(&self) -> Option<BuiltIn> {
        match self.kind {
            SectionKind::BuiltIn => self.id.parse().ok(),
            SectionKind::Text => None,
        }
    }

    /// What makes this section (None for an unknown built-in id).
    pub fn section_id(&self) -> Option<SectionId<'_>> {
        match self.kind {
            SectionKind::BuiltIn => self.built_in().map(SectionId::BuiltIn),
            SectionKind::Text => Some(SectionId::Text(&self.id)),
        }
    }
}

/// What makes a section.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SectionKind {
    /// One the program builds from the facts.
    #[default]
    BuiltIn,
    /// Editorial text only, one for each year that has it.
    Text,
}

/// `[key_figures] show = [...]`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct KeyFigures {
    pub show: Vec<String>,
}

/// `[contents]`: the contents list (in the PDF and on the web page) is
/// shown only in a report with at least `min_sections` numbered sections;
/// a short report is read through without one.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Contents {
    pub min_sections: usize,
}

/// `[glossary] terms = [...]`: each a message `glossary-<term>` with `.term`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    pub terms: Vec<String>,
}

/// Data that should exist and were not supplied, and will not be: a gap in
/// history, declared once with its reason. The build names it in one line
/// instead of warning about it on every run, and `--strict` accepts it; a
/// gap that is not declared is a warning (an error under `--strict`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct KnownGap {
    /// Where the data would be in a year's file: `phases`,
    /// `applications.transition`, `modifications`, … (see
    /// [`crate::data::PART_KEYS`]).
    pub data: String,
    pub from: i32,
    /// The last year of the gap (default: `from`).
    pub to: Option<i32>,
    /// Why the data are not there; shown with the gap.
    pub reason: String,
}

impl KnownGap {
    pub fn covers(&self, data: &str, year: i32) -> bool {
        self.data == data && self.from <= year && year <= self.to.unwrap_or(self.from)
    }
}

/// The series a break can name: where the counts are in a year's file
/// (as `known_gap`'s `data`), and `applications` for the total and the
/// sponsor groups.
pub const BREAK_SERIES: &[&str] = &[
    "applications",
    "applications.paediatric",
    "applications.transition",
    "ctis",
    "phases",
    "therapy_areas",
    "cancer",
    "modifications",
    "safety",
    "guidance",
];

/// A break in a series: the counts of each year from `from` to `to` were
/// made under other rules or definitions than the year before them, so no
/// change is computed or worded between such a year and the one before it
/// (nor a streak, a level or a record across it). Tables mark those years
/// with the break symbol, figures that span the break say why under them,
/// and the section about the series gives the reason.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SeriesBreak {
    /// The series ([`BREAK_SERIES`]): `ctis` is every count in CTIS, the
    /// applications by Norway's role and the modifications' split into
    /// CTIS and CTD.
    pub data: String,
    /// The first year that cannot be compared with the year before.
    pub from: i32,
    /// The last such year, when the change took several years (default: `from`).
    pub to: Option<i32>,
    /// When the rules or definitions changed (in the reason, formatted per language).
    pub date: Date,
    /// The public reason: the messages `break-<message>` in `locales/<lang>/meta.ftl`.
    pub message: String,
    /// Why, for the editors (the public words are the message's).
    pub reason: String,
}

impl SeriesBreak {
    /// The last year that cannot be compared with the year before.
    pub fn to(&self) -> i32 {
        self.to.unwrap_or(self.from)
    }

    /// Whether `year` of `data` cannot be compared with the year before it.
    pub fn splits(&self, data: &str, year: i32) -> bool {
        self.data == data && self.from <= year && year <= self.to()
    }
}

/// Thresholds that pick the words for a change or a comparison.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Narrative {
    /// A relative change below this (in absolute value) is "stable" ("in line with").
    pub stable_below: f64,
    /// Up to this, "slight".
    pub slight_up_to: f64,
    /// Up to this, "clear"; beyond, "sharp".
    pub clear_up_to: f64,
    /// The top value is "by far" the largest when at least this many times the next.
    pub by_far_ratio: f64,
    /// A sponsor group whose count changed by fewer than this many is
    /// "about unchanged": a change of one or two applications is no trend.
    pub min_change: u32,
    /// "From last year's low (high) level" is said when last year was the
    /// lowest (highest) of an unbroken series of at least this many years,
    /// last year included, and clearly so: every other year of it differs
    /// from last year by more than a stable change.
    pub level_min_years: usize,
    /// "The lowest (highest) since the series began" is said when this year
    /// is below (above) every earlier year of an unbroken series of at least
    /// this many years, this year included, and its change from last year is
    /// not stable (a record by a hair, right after "in line with", is no news).
    pub record_min_years: usize,
    /// A record of a share (the non-commercial share) is said only when it
    /// beats the earlier record by at least this many percentage points, as
    /// printed: 41 % against 40 % is no record a reader would quote.
    pub record_share_margin: u32,
    /// A slight change is called "slight" ("svak") only up to this size;
    /// beyond it, up to `slight_up_to`, the text gives the percentage instead
    /// ("en nedgang på 15 prosent"), as the adjective would understate it.
    pub slight_word_up_to: f64,
    /// The same limit for one language, where its readers take the word
    /// differently (`en = 0.06`: English "slight" reads smaller); none by
    /// default.
    #[serde(default)]
    pub slight_word_up_to_lang: std::collections::BTreeMap<String, f64>,
    /// The report opens with at least this many main findings (a quiet
    /// year is filled up with plain facts) …
    pub findings_min: usize,
    /// … and at most this many.
    pub findings_max: usize,
}

impl Narrative {
    /// The largest change called "slight" in the language `lang`.
    pub fn slight_word_up_to_in(&self, lang: &str) -> f64 {
        self.slight_word_up_to_lang
            .get(lang)
            .copied()
            .unwrap_or(self.slight_word_up_to)
    }
}

/// When the rules that some sections describe applied. A section about a
/// rule is left out of the reports for years before it (it is not
/// applicable, not missing).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// Regulation (EU) No 536/2014 (CTR) and CTIS: section 2, Table 2.
    pub ctr: Period,
    /// The transition of trials approved under Directive 2001/20/EC to the
    /// CTR: the transition applications in section 1, Figure 1b.
    pub transition: Period,
    /// Commission Implementing Regulation (EU) 2022/20 on safety assessment:
    /// section 7.
    pub safety_assessment: Period,
    /// New applications had to be submitted under the CTR, through CTIS
    /// (the end of the first transition year): a main finding of its year.
    pub ctis_mandatory: Period,
}

/// From a date, and until one if it ended.
#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub from: Date,
    pub until: Option<Date>,
}

impl Period {
    /// Whether the period overlaps the calendar year.
    pub fn applies_in(&self, year: i32) -> bool {
        self.from.year <= year && self.until.is_none_or(|u| u.year >= year)
    }
}

/// An agency that received the applications: its words are the messages
/// `agency-<id>` (with `.short`) in the locales.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    pub id: String,
    /// The first year it received the applications; the first agency has
    /// none (it covers every year before the next one's).
    pub from: Option<i32>,
    /// Where readers reach it, for the colophon of the reports it publishes.
    pub contact: Option<Contact>,
}

/// An agency's public addresses (`contact = { email = "…", web = "…" }`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub email: Option<String>,
    /// Its web site, as printed ("dmp.no").
    pub web: Option<String>,
}

/// The publication's licence and series number (`[publication]`), for the
/// colophon. Without a licence or an ISSN the colophon says nothing of it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Publication {
    /// The licence, by its id (`"nlod"`): each locale gives its name and
    /// where its terms are in that language (`licence-<id>`, `.url`).
    pub licence: Option<String>,
    /// The series' ISSN ("1234-5679"), checked by its check digit.
    pub issn: Option<String>,
}

/// Whether `issn` is an ISSN: four digits, a hyphen, three digits and a
/// check digit (0-9 or X) that agrees with the others (ISO 3297).
pub fn valid_issn(issn: &str) -> bool {
    let b = issn.as_bytes();
    if b.len() != 9 || b[4] != b'-' {
        return false;
    }
    let digits: Vec<u8> = b[..4].iter().chain(&b[5..8]).copied().collect();
    if !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let sum: u32 = digits
        .iter()
        .zip((2..=8).rev())
        .map(|(d, w)| u32::from(d - b'0') * w)
        .sum();
    let check = (11 - sum % 11) % 11;
    match b[8] {
        b'X' => check == 10,
        c @ b'0'..=b'9' => u32::from(c - b'0') == check,
        _ => false,
    }
}

/// The tables `report.toml` must have, and what to add when one is missing.
const REQUIRED_TABLES: &[(&str, &str)] = &[
    (
        "narrative",
        "[narrative] with the limits that choose the words (stable_below, slight_up_to, \
         clear_up_to, by_far_ratio, min_change, level_min_years, record_min_years, \
         record_share_margin, slight_word_up_to, findings_min, findings_max)",
    ),
    (
        "rules",
        "[rules] with when each rule applied: ctr, transition, safety_assessment and \
         ctis_mandatory, each { from = YYYY-MM-DD } (and `until` if it ended)",
    ),
    (
        "key_figures",
        "[key_figures] with show = [ … ], the key figures on the first pages in order \
         (show = [] for none)",
    ),
    (
        "glossary",
        "[glossary] with terms = [ … ], the glossary's terms in order (terms = [] for none)",
    ),
    (
        "contents",
        "[contents] with min_sections, the fewest numbered sections a report with a \
         contents list has",
    ),
];

/// What the text stage needs of the outline: sections, key figures,
/// glossary terms, in order.
#[derive(Debug, Clone, Copy)]
pub struct Outline<'a> {
    pub sections: &'a [SectionSpec],
    pub key_figures: &'a [String],
    pub glossary: &'a [String],
    /// The fewest numbered sections a report with a contents list has.
    pub contents_min_sections: usize,
    /// The rules that choose the words (the text stage reads the limits
    /// that differ by language).
    pub narrative: &'a Narrative,
    /// The agencies, for the publisher's contact in the colophon.
    pub agencies: &'a [Agency],
    /// The licence and ISSN for the colophon.
    pub publication: &'a Publication,
}

impl Config {
    /// The report's outline.
    pub fn outline(&self) -> Outline<'_> {
        Outline {
            sections: &self.section,
            key_figures: &self.key_figures.show,
            glossary: &self.glossary.terms,
            contents_min_sections: self.contents.min_sections,
            narrative: &self.narrative,
            agencies: &self.agency,
            publication: &self.publication,
        }
    }

    /// The agency that received the applications in `year`.
    pub fn agency_in(&self, year: i32) -> &str {
        self.agency
            .iter()
            .rev()
            .find(|a| a.from.is_none_or(|from| from <= year))
            .or(self.agency.first())
            .map_or("", |a| a.id.as_str())
    }

    /// Who publishes the report of `year`: the publisher when it republishes
    /// the year of an agency before it, with the year that agency's time
    /// ended (`("dmp", Some(2024))` for 2017); else the year's own agency.
    pub fn publisher_in(&self, year: i32) -> (&str, Option<i32>) {
        let own = self.agency_in(year);
        let publisher = match &self.publisher {
            Some(p) => p.as_str(),
            None => self.agency.last().map_or("", |a| a.id.as_str()),
        };
        let pos = |id: &str| self.agency.iter().position(|a| a.id == id);
        match (pos(own), pos(publisher)) {
            (Some(a), Some(p)) if a < p => {
                (publisher, self.agency.get(a + 1).and_then(|next| next.from))
            }
            _ => (own, None),
        }
    }

    /// Whether `year` of the series `data` cannot be compared with the year
    /// before it (a `[[break]]` lies between them).
    pub fn broken(&self, data: &str, year: i32) -> bool {
        self.breaks.iter().any(|b| b.splits(data, year))
    }

    /// Reads `report.toml` and the `rules.toml` beside it.
    pub fn load(path: &Path) -> Result<Self, Diagnostic> {
        let mut config = Self::load_report(path)?;
        config.load_rules(&path.with_file_name("rules.toml"))?;
        Ok(config)
    }

    /// The shipped `report.toml` and `rules.toml` of this repository, read
    /// as a build reads them: what the tests and benchmarks run with, so
    /// that they test what ships.
    #[doc(hidden)]
    pub fn shipped() -> Self {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("report.toml");
        Self::load(&path).unwrap_or_else(|d| panic!("the shipped settings do not read: {d}"))
    }

    /// Reads `report.toml` alone; without it there is no report to make.
    pub fn load_report(path: &Path) -> Result<Self, Diagnostic> {
        match crate::input::read_settings(path)? {
            Some(file) => Self::parse(&file),
            None => Err(Diagnostic::error(
                "there is no report.toml: it sets the report's outline, the rules that choose \
                 its words and the agencies (copy the shipped one and edit it)",
            )
            .in_path(path)),
        }
    }

    /// Adds what `rules.toml` (at `path`) says: the plausibility sizes and
    /// the directorate's own rules.
    pub fn load_rules(&mut self, path: &Path) -> Result<(), Diagnostic> {
        let rules = crate::check::RulesFile::load(path)?;
        self.plausibility = rules.plausibility;
        self.own_rules = rules.rules;
        self.series = rules.series;
        Ok(())
    }

    /// Parses and checks the text of `report.toml`.
    pub fn parse(file: &std::sync::Arc<SourceFile>) -> Result<Self, Diagnostic> {
        let config: Config = crate::input::parse_settings(file, REQUIRED_TABLES)?;
        if config.section.is_empty() {
            return Err(Diagnostic::error(
                "report.toml has no [[section]]: the report's outline is its [[section]] \
                 entries, in order; add one for each section, such as [[section]] id = \"applications\"",
            )
            .at(file, None));
        }
        let n = &config.narrative;
        // Every threshold a number (`nan` and `inf` are TOML floats, and
        // every comparison with NaN is false: "by far" would silently never
        // be said), in its range, at its line.
        let thresholds = [
            ("stable_below", n.stable_below, 0.0, 1.0),
            ("slight_up_to", n.slight_up_to, 0.0, 1.0),
            ("clear_up_to", n.clear_up_to, 0.0, 10.0),
            ("by_far_ratio", n.by_far_ratio, 1.0, 1000.0),
        ];
        for (key, v, low, high) in thresholds {
            if !v.is_finite() || v < low || v > high {
                return Err(Diagnostic::error(format!(
                    "`{key}` = {v} must be a number from {low} to {high}"
                ))
                .at(
                    file,
                    crate::data::span_of(&file.text, &format!("narrative.{key}")),
                ));
            }
        }
        if !(n.stable_below <= n.slight_up_to && n.slight_up_to <= n.clear_up_to) {
            return Err(Diagnostic::error(format!(
                "narrative thresholds must grow: stable_below ({}) <= slight_up_to ({}) <= clear_up_to ({})",
                n.stable_below, n.slight_up_to, n.clear_up_to
            ))
            .at(file, crate::data::span_of(&file.text, "narrative.slight_up_to")));
        }
        if n.findings_min > n.findings_max {
            return Err(Diagnostic::error(format!(
                "findings_min ({}) must not exceed findings_max ({})",
                n.findings_min, n.findings_max
            ))
            .at(
                file,
                crate::data::span_of(&file.text, "narrative.findings_min"),
            ));
        }
        let limits = std::iter::once(("slight_word_up_to".to_string(), n.slight_word_up_to)).chain(
            n.slight_word_up_to_lang
                .iter()
                .map(|(l, v)| (format!("slight_word_up_to_lang.{l}"), *v)),
        );
        for (key, v) in limits {
            if !(n.stable_below <= v && v <= n.slight_up_to) {
                return Err(Diagnostic::error(format!(
                    "`{key}` = {v} must lie between stable_below ({}) and slight_up_to ({}): it is where \"slight\" gives way to the percentage",
                    n.stable_below, n.slight_up_to
                ))
                .at(file, crate::data::span_of(&file.text, &format!("narrative.{key}"))));
            }
        }
        let at = |key: &str| crate::data::span_of(&file.text, key);
        if config.agency.is_empty() {
            return Err(Diagnostic::error(
                "`agency` lists no agency: give at least one [[agency]] with an `id`",
            )
            .at(file, at("agency")));
        }
        let mut last = None;
        for (i, a) in config.agency.iter().enumerate() {
            if a.id.is_empty()
                || !a
                    .id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err(Diagnostic::error(format!(
                    "agency id `{}` must be lower-case letters, digits and `-` (it names the message `agency-<id>`)",
                    a.id
                ))
                .at(file, at(&format!("agency.{i}.id"))));
            }
            match (i, a.from) {
                (0, None) | (_, Some(_)) => {}
                (_, None) => {
                    return Err(Diagnostic::error(format!(
                        "agency `{}` needs `from`, the first year it received the applications (only the first agency has none)",
                        a.id
                    ))
                    .at(file, at(&format!("agency.{i}"))));
                }
            }
            if let (Some(prev), Some(from)) = (last, a.from)
                && from <= prev
            {
                return Err(Diagnostic::error(format!(
                    "agency `{}` starts in {from}, not after the agency before it ({prev}): list the agencies oldest first",
                    a.id
                ))
                .at(file, at(&format!("agency.{i}.from"))));
            }
            last = a.from.or(last);
        }
        if let Some(p) = &config.publisher
            && !config.agency.iter().any(|a| &a.id == p)
        {
            let ids: Vec<&str> = config.agency.iter().map(|a| a.id.as_str()).collect();
            return Err(Diagnostic::error(format!(
                "publisher `{p}` is not one of the agencies ({}): name the [[agency]] that publishes the reports",
                ids.join(", ")
            ))
            .at(file, at("publisher")));
        }
        if let Some(issn) = &config.publication.issn
            && !valid_issn(issn)
        {
            return Err(Diagnostic::error(format!(
                "`issn` = \"{issn}\" is not an ISSN: four digits, a hyphen, three digits and the check digit (\"0801-3322\")"
            ))
            .at(file, at("publication.issn")));
        }
        let kebab = |s: &str| {
            !s.is_empty()
                && s.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        };
        if let Some(l) = &config.publication.licence
            && !kebab(l)
        {
            return Err(Diagnostic::error(format!(
                "the licence `{l}` is not an id: lower-case letters, digits and hyphens (\"nlod\"); its name and address are the message licence-<id> in locales/<lang>/print.ftl"
            ))
            .at(file, at("publication.licence")));
        }
        let mut seen: Vec<&str> = Vec::new();
        for (i, sec) in config.section.iter().enumerate() {
            let at_id = || at(&format!("section.{i}.id"));
            if seen.contains(&sec.id.as_str()) {
                return Err(Diagnostic::error(format!(
                    "section `{}` is listed twice: keep one",
                    sec.id
                ))
                .at(file, at_id()));
            }
            seen.push(&sec.id);
            match sec.kind {
                SectionKind::BuiltIn if sec.built_in().is_none() => {
                    let hint = crate::diag::closest(&sec.id, keys::<BuiltIn>().into_iter())
                        .map(|k| format!(" (did you mean `{k}`?)"))
                        .unwrap_or_default();
                    return Err(Diagnostic::error(format!(
                        "unknown section `{}`{hint}: the built-in sections are {}; for one of editorial text, add `kind = \"text\"`",
                        sec.id,
                        keys::<BuiltIn>().join(", ")
                    ))
                    .at(file, at_id()));
                }
                SectionKind::Text if !kebab(&sec.id) => {
                    return Err(Diagnostic::error(format!(
                        "section id `{}` must be lower-case letters, digits and `-` (it names the messages section-<id> and editorial-<id>-<year>)",
                        sec.id
                    ))
                    .at(file, at_id()));
                }
                SectionKind::Text if sec.id.parse::<BuiltIn>().is_ok() => {
                    return Err(Diagnostic::error(format!(
                        "`{}` is a built-in section: drop `kind = \"text\"`, or give the text section another id",
                        sec.id
                    ))
                    .at(file, at_id()));
                }
                _ => {}
            }
        }
        for (i, k) in config.key_figures.show.iter().enumerate() {
            if k.parse::<KeyFigure>().is_err() {
                let hint = crate::diag::closest(k, keys::<KeyFigure>().into_iter())
                    .map(|c| format!(" (did you mean `{c}`?)"))
                    .unwrap_or_default();
                return Err(Diagnostic::error(format!(
                    "unknown key figure `{k}`{hint}: the key figures are {}",
                    keys::<KeyFigure>().join(", ")
                ))
                .at(file, at(&format!("key_figures.show.{i}"))));
            }
        }
        for (i, t) in config.glossary.terms.iter().enumerate() {
            if !kebab(t) {
                return Err(Diagnostic::error(format!(
                    "glossary term `{t}` must be lower-case letters, digits and `-` (it names the message glossary-<term>)"
                ))
                .at(file, at(&format!("glossary.terms.{i}"))));
            }
        }
        for (i, g) in config.known_gap.iter().enumerate() {
            let keys = crate::data::PART_KEYS;
            if !keys.contains(&g.data.as_str()) {
                let hint = crate::diag::closest(&g.data, keys.iter().copied())
                    .map(|k| format!(" (did you mean `{k}`?)"))
                    .unwrap_or_default();
                return Err(Diagnostic::error(format!(
                    "known_gap: `{}` is not a part of the data{hint}; the parts are: {}",
                    g.data,
                    keys.join(", ")
                ))
                .at(file, at(&format!("known_gap.{i}.data"))));
            }
            if g.to.is_some_and(|to| to < g.from) {
                return Err(Diagnostic::error(format!(
                    "known_gap: to ({}) is before from ({})",
                    g.to.unwrap_or_default(),
                    g.from
                ))
                .at(file, at(&format!("known_gap.{i}.to"))));
            }
            if g.reason.trim().is_empty() {
                return Err(Diagnostic::error(
                    "known_gap: say why the data are missing in `reason`",
                )
                .at(file, at(&format!("known_gap.{i}.reason"))));
            }
        }
        for (i, b) in config.breaks.iter().enumerate() {
            if !BREAK_SERIES.contains(&b.data.as_str()) {
                let hint = crate::diag::closest(&b.data, BREAK_SERIES.iter().copied())
                    .map(|k| format!(" (did you mean `{k}`?)"))
                    .unwrap_or_default();
                return Err(Diagnostic::error(format!(
                    "break: `{}` is not a series{hint}; the series are: {}",
                    b.data,
                    BREAK_SERIES.join(", ")
                ))
                .at(file, at(&format!("break.{i}.data"))));
            }
            if b.to.is_some_and(|to| to < b.from) {
                return Err(Diagnostic::error(format!(
                    "break: to ({}) is before from ({})",
                    b.to(),
                    b.from
                ))
                .at(file, at(&format!("break.{i}.to"))));
            }
            if b.date.year > b.to() {
                return Err(Diagnostic::error(format!(
                    "break: the date {} is after the last year it splits ({}): the counts cannot change before the rules do",
                    b.date,
                    b.to()
                ))
                .at(file, at(&format!("break.{i}.date"))));
            }
            if !kebab(&b.message) {
                return Err(Diagnostic::error(format!(
                    "break: message `{}` must be lower-case letters, digits and `-` (it names the messages break-<message>)",
                    b.message
                ))
                .at(file, at(&format!("break.{i}.message"))));
            }
            if b.reason.trim().is_empty() {
                return Err(
                    Diagnostic::error("break: say why the series breaks in `reason`")
                        .at(file, at(&format!("break.{i}.reason"))),
                );
            }
        }
        for (name, p) in [
            ("ctr", &config.rules.ctr),
            ("transition", &config.rules.transition),
            ("safety_assessment", &config.rules.safety_assessment),
            ("ctis_mandatory", &config.rules.ctis_mandatory),
        ] {
            if let Some(until) = p.until
                && until < p.from
            {
                return Err(Diagnostic::error(format!(
                    "rules.{name}: until ({until}) is before from ({})",
                    p.from
                ))
                .at(file, at(&format!("rules.{name}.until"))));
            }
        }
        Ok(config)
    }
}

/// The shipped settings file `name` (`report.toml`, `rules.toml`) under
/// `snippet`: the snippet first, as written (its lines keep their numbers),
/// then what the shipped file has that the snippet does not set. A table
/// the snippet sets gets the shipped table's other keys; a list of tables
/// (`[[section]]`) the snippet sets replaces the shipped one; the shipped
/// file's top-level keys (`publisher`, `language_order`: they would have to
/// come before the snippet's tables) are left out.
#[cfg(test)]
pub(crate) fn shipped_with(name: &str, snippet: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
    let shipped: toml_edit::DocumentMut = std::fs::read_to_string(path).unwrap().parse().unwrap();
    let mut mine: toml_edit::DocumentMut = snippet.parse().unwrap();
    let mut rest = shipped.clone();
    for (key, item) in shipped.iter() {
        if item.is_value() {
            rest.remove(key);
        } else if let Some(own) = mine.get_mut(key) {
            rest.remove(key);
            if let (Some(own), Some(theirs)) = (own.as_table_like_mut(), item.as_table_like()) {
                for (k, v) in theirs.iter() {
                    if !own.contains_key(k) {
                        own.insert(k, v.clone());
                    }
                }
            }
        }
    }
    format!("{mine}\n{rest}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped report.toml under `text` ([`shipped_with`]).
    fn parse(text: &str) -> Result<Config, Diagnostic> {
        Config::parse(&SourceFile::new(
            "report.toml",
            shipped_with("report.toml", text),
        ))
    }

    #[test]
    fn an_issn_is_checked_by_its_check_digit() {
        // 0801-3322: 0·8 + 8·7 + 0·6 + 1·5 + 3·4 + 3·3 + 2·2 = 86, 11 - 86 mod 11 = 2.
        assert!(valid_issn("0801-3322"));
        assert!(!valid_issn("0801-3321"));
        // A check digit of 10 is written X.
        assert!(valid_issn("0000-006X"));
        assert!(!valid_issn("0000-0060"));
        assert!(!valid_issn("08013322"));
        assert!(!valid_issn("0801–3322"));
        let e = parse("[publication]\nissn = \"1234-5678\"\n").unwrap_err();
        assert!(e.message.contains("is not an ISSN"), "{e:?}");
        let c = parse("[publication]\nissn = \"0801-3322\"\n").unwrap();
        assert_eq!(c.publication.issn.as_deref(), Some("0801-3322"));
        let e = parse("[publication]\nlicence = \"NLOD 2.0\"\n").unwrap_err();
        assert!(e.message.contains("is not an id"), "{e:?}");
        let c = parse("[publication]\nlicence = \"cc-by-4\"\n").unwrap();
        assert_eq!(c.publication.licence.as_deref(), Some("cc-by-4"));
    }

    #[test]
    fn a_table_the_report_needs_is_an_error_at_the_file_that_says_what_to_add() {
        let shipped =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/report.toml")).unwrap();
        let without = |table: &str| {
            let mut doc: toml_edit::DocumentMut = shipped.parse().unwrap();
            doc.remove(table).unwrap();
            Config::parse(&SourceFile::new("report.toml", doc.to_string()))
                .unwrap_err()
                .to_string()
        };
        assert_eq!(
            without("glossary"),
            "report.toml: report.toml has no [glossary]: add [glossary] with terms = [ … ], \
             the glossary's terms in order (terms = [] for none)"
        );
        assert_eq!(
            without("section"),
            "report.toml: report.toml has no [[section]]: the report's outline is its \
             [[section]] entries, in order; add one for each section, such as [[section]] \
             id = \"applications\""
        );
        for table in ["narrative", "rules", "key_figures", "contents"] {
            let e = without(table);
            assert!(
                e.starts_with(&format!(
                    "report.toml: report.toml has no [{table}]: add [{table}] with "
                )),
                "{e}"
            );
        }
        assert!(without("agency").contains("`agency` lists no agency"));
        // What is optional by nature means nothing when it is left out.
        let c = Config::parse(&SourceFile::new(
            "report.toml",
            [
                "publisher",
                "language_order",
                "publication",
                "break",
                "known_gap",
            ]
            .iter()
            .fold(
                shipped.parse::<toml_edit::DocumentMut>().unwrap(),
                |mut d, k| {
                    d.remove(k).unwrap();
                    d
                },
            )
            .to_string(),
        ))
        .unwrap();
        assert_eq!(c.publication, Publication::default());
        assert!(c.breaks.is_empty() && c.known_gap.is_empty() && c.language_order.is_empty());
        assert_eq!(c.publisher_in(2014), ("dmp", Some(2024)));
        // A key of a table is required too.
        let text = shipped.replacen("min_sections = 4", "", 1);
        let e = Config::parse(&SourceFile::new("report.toml", text)).unwrap_err();
        assert!(e.to_string().contains("`min_sections` is missing"), "{e}");
    }

    #[test]
    fn the_agency_follows_the_year() {
        let c = Config::shipped();
        assert_eq!(c.agency_in(2014), "noma");
        assert_eq!(c.agency_in(2023), "noma");
        assert_eq!(c.agency_in(2024), "dmp");
        assert_eq!(c.agency_in(2031), "dmp");
    }

    #[test]
    fn the_publisher_republishes_the_years_before_it() {
        let c = Config::shipped();
        assert_eq!(c.publisher_in(2014), ("dmp", Some(2024)));
        assert_eq!(c.publisher_in(2023), ("dmp", Some(2024)));
        assert_eq!(c.publisher_in(2024), ("dmp", None));
        // The first agency as publisher: each year its own agency.
        let own = Config {
            publisher: Some("noma".into()),
            ..Config::shipped()
        };
        assert_eq!(own.publisher_in(2023), ("noma", None));
        assert_eq!(own.publisher_in(2024), ("dmp", None));
        // The agency it republishes is the year's, its end the next one's start.
        let three = parse(
            "[[agency]]\nid = \"a\"\n[[agency]]\nid = \"b\"\nfrom = 2020\n[[agency]]\nid = \"c\"\nfrom = 2022\n",
        )
        .unwrap();
        // Without `publisher`: the latest agency.
        assert_eq!(three.publisher_in(2019), ("c", Some(2020)));
        assert_eq!(three.publisher_in(2021), ("c", Some(2022)));
        assert_eq!(three.publisher_in(2022), ("c", None));
        let err = parse("publisher = \"x\"\n[[agency]]\nid = \"a\"\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "report.toml:1:13: publisher `x` is not one of the agencies (a): name the [[agency]] that publishes the reports"
        );
    }

    #[test]
    fn rules_apply_from_their_year_until_theirs() {
        let r = Config::shipped().rules;
        assert!(!r.ctr.applies_in(2021));
        assert!(r.ctr.applies_in(2022));
        assert!(r.ctr.applies_in(2030));
        assert!(r.transition.applies_in(2025));
        assert!(!r.transition.applies_in(2026));
        assert!(!r.safety_assessment.applies_in(2021));
        assert!(r.safety_assessment.applies_in(2022));
    }

    #[test]
    fn agencies_are_checked() {
        let err = parse("[[agency]]\nid = \"a\"\n[[agency]]\nid = \"b\"\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "report.toml:3:1: agency `b` needs `from`, the first year it received the applications (only the first agency has none)"
        );
        let err = parse("[[agency]]\nid = \"A B\"\n").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("report.toml:2:6: agency id `A B`")
        );
        let err = parse(
            "[[agency]]\nid = \"a\"\n[[agency]]\nid = \"b\"\nfrom = 2020\n[[agency]]\nid = \"c\"\nfrom = 2019\n",
        )
        .unwrap_err();
        assert!(
            err.to_string().contains("starts in 2019, not after"),
            "{err}"
        );
        let c = parse("[[agency]]\nid = \"a\"\n[[agency]]\nid = \"b\"\nfrom = 2020\n").unwrap();
        assert_eq!((c.agency_in(2019), c.agency_in(2020)), ("a", "b"));
    }

    #[test]
    fn known_gaps_name_a_part_of_the_data_and_a_reason() {
        let c = parse(
            "[[known_gap]]\ndata = \"phases\"\nfrom = 2014\nto = 2024\nreason = \"never counted\"\n",
        )
        .unwrap();
        let g = &c.known_gap[0];
        assert!(g.covers("phases", 2014) && g.covers("phases", 2024));
        assert!(!g.covers("phases", 2013) && !g.covers("phases", 2025));
        assert!(!g.covers("safety", 2020));
        let one = parse("[[known_gap]]\ndata = \"safety\"\nfrom = 2022\nreason = \"x\"\n").unwrap();
        assert!(
            one.known_gap[0].covers("safety", 2022) && !one.known_gap[0].covers("safety", 2023)
        );
        let err =
            parse("[[known_gap]]\ndata = \"phase\"\nfrom = 2014\nreason = \"x\"\n").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("report.toml:2:8: known_gap: `phase` is not a part of the data (did you mean `phases`?)"),
            "{err}"
        );
        let err =
            parse("[[known_gap]]\ndata = \"phases\"\nfrom = 2014\nto = 2013\nreason = \"x\"\n")
                .unwrap_err();
        assert!(
            err.to_string().contains("to (2013) is before from (2014)"),
            "{err}"
        );
        let err =
            parse("[[known_gap]]\ndata = \"phases\"\nfrom = 2014\nreason = \" \"\n").unwrap_err();
        assert!(err.to_string().contains("say why"), "{err}");
    }

    #[test]
    fn the_outline_is_checked() {
        let c = parse(
            "[[section]]\nid = \"applications\"\n[[section]]\nid = \"news\"\nkind = \"text\"\n",
        )
        .unwrap();
        assert_eq!(c.section.len(), 2);
        assert!(c.section[0].numbered() && c.section[1].kind == SectionKind::Text);
        let c = Config::shipped();
        let ids: Vec<&str> = c.section.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, keys::<BuiltIn>());
        assert!(!c.section[0].numbered() && c.section[1].numbered() && !c.section[9].numbered());
        let err = parse("[[section]]\nid = \"aplications\"\n").unwrap_err();
        assert!(
            err.to_string().starts_with(
                "report.toml:2:6: unknown section `aplications` (did you mean `applications`?)"
            ),
            "{err}"
        );
        let err =
            parse("[[section]]\nid = \"cancer\"\n[[section]]\nid = \"cancer\"\n").unwrap_err();
        assert!(err.to_string().contains("listed twice"), "{err}");
        let err = parse("[[section]]\nid = \"cancer\"\nkind = \"text\"\n").unwrap_err();
        assert!(err.to_string().contains("is a built-in section"), "{err}");
        let err = parse("[[section]]\nid = \"Big News\"\nkind = \"text\"\n").unwrap_err();
        assert!(err.to_string().contains("lower-case"), "{err}");
        let err = parse("[key_figures]\nshow = [\"cancr\"]\n").unwrap_err();
        assert!(
            err.to_string().starts_with(
                "report.toml:2:9: unknown key figure `cancr` (did you mean `cancer`?)"
            ),
            "{err}"
        );
    }

    #[test]
    fn a_rule_cannot_end_before_it_starts() {
        let err = parse("[rules]\ntransition.from = 2022-01-31\ntransition.until = 2021-01-30\n")
            .unwrap_err();
        assert!(
            err.to_string().starts_with(
                "report.toml:3:20: rules.transition: until (2021-01-30) is before from"
            ),
            "{err}"
        );
    }

    #[test]
    fn breaks_name_a_series_a_span_a_date_a_message_and_a_reason() {
        let c = parse(
            "[[break]]\ndata = \"cancer\"\nfrom = 2020\ndate = 2020-01-01\nmessage = \"icd\"\nreason = \"new codes\"\n",
        )
        .unwrap();
        // One entry replaces the default list.
        assert_eq!(c.breaks.len(), 1);
        assert!(c.broken("cancer", 2020));
        assert!(!c.broken("cancer", 2019) && !c.broken("cancer", 2021));
        assert!(!c.broken("ctis", 2023));
        let c = Config::shipped();
        assert!(c.broken("ctis", 2023) && c.broken("ctis", 2024));
        assert!(!c.broken("ctis", 2022) && !c.broken("ctis", 2025));
        assert!(!c.broken("modifications", 2023));
        let ok = "data = \"ctis\"\nfrom = 2023\nto = 2024\ndate = 2023-01-31\nmessage = \"ctis\"\nreason = \"x\"\n";
        assert!(parse(&format!("[[break]]\n{ok}")).is_ok());
        let bad = |from: &str, to: &str| {
            parse(&format!("[[break]]\n{}", ok.replace(from, to)))
                .unwrap_err()
                .to_string()
        };
        let err = bad("\"ctis\"\nfrom", "\"ctsi\"\nfrom");
        assert!(
            err.starts_with(
                "report.toml:2:8: break: `ctsi` is not a series (did you mean `ctis`?)"
            ),
            "{err}"
        );
        let err = bad("to = 2024", "to = 2022");
        assert!(err.contains("to (2022) is before from (2023)"), "{err}");
        let err = bad("date = 2023-01-31", "date = 2025-01-31");
        assert!(
            err.contains("the date 2025-01-31 is after the last year it splits (2024)"),
            "{err}"
        );
        let err = bad("message = \"ctis\"", "message = \"CTIS switch\"");
        assert!(
            err.contains("message `CTIS switch` must be lower-case"),
            "{err}"
        );
        let err = bad("reason = \"x\"", "reason = \" \"");
        assert!(err.contains("say why the series breaks"), "{err}");
        let err = bad("date = 2023-01-31\n", "");
        assert!(err.contains("date"), "{err}");
    }

    #[test]
    fn slight_gives_way_to_the_percentage_per_language() {
        let n = crate::config::Config::shipped().narrative;
        assert_eq!(n.slight_word_up_to_in("nb"), 0.12);
        assert_eq!(n.slight_word_up_to_in("nn"), 0.12);
        assert_eq!(n.slight_word_up_to_in("en"), 0.06);
        let c =
            parse("[narrative]\nslight_word_up_to = 0.1\nslight_word_up_to_lang = { nn = 0.05 }\n")
                .unwrap();
        assert_eq!(c.narrative.slight_word_up_to_in("nb"), 0.1);
        assert_eq!(c.narrative.slight_word_up_to_in("en"), 0.1);
        assert_eq!(c.narrative.slight_word_up_to_in("nn"), 0.05);
        // The limit lies between stable and the top of slight.
        let e = parse("[narrative]\nslight_word_up_to = 0.2\n").unwrap_err();
        assert!(e.message.contains("slight_word_up_to"), "{}", e.message);
        let e = parse("[narrative]\nslight_word_up_to_lang = { en = 0.01 }\n").unwrap_err();
        assert!(
            e.message.contains("slight_word_up_to_lang.en"),
            "{}",
            e.message
        );
        assert!(parse("[narrative]\nslight_word_up_to = 0.16\n").is_ok());
        assert!(parse("[narrative]\nslight_word_up_to = 0.03\n").is_ok());
    }

    #[test]
    fn main_findings_need_a_minimum_no_larger_than_the_maximum() {
        let e = parse("[narrative]\nfindings_min = 4\nfindings_max = 3\n").unwrap_err();
        assert!(e.message.contains("findings_min"), "{}", e.message);
        assert!(parse("[narrative]\nfindings_min = 3\nfindings_max = 3\n").is_ok());
        let e = parse("[rules]\nctis_mandatory = { from = 2023-01-31, until = 2022-01-01 }\n")
            .unwrap_err();
        assert!(e.message.contains("rules.ctis_mandatory"), "{}", e.message);
    }
}
