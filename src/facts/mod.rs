//! Stage 2, facts: what the numbers say, without words.
//!
//! From the checked [`Dataset`] this stage computes, for one year, every
//! number and classification a sentence is built from, and nothing else
//! decides what the text claims:
//!
//! - a count against last year: its size class ([`ChangeClass`], thresholds
//!   in `report.toml`), whether last year was the series' low or high
//!   ([`Level`]), how many years running it has moved this way (`streak`),
//!   and whether this year is the lowest or highest of the whole series
//!   ([`Record`]). All of these need an unbroken series: a year without a
//!   data file breaks it, and nothing is compared across a gap;
//! - how the two sponsor groups moved against the total ([`SplitPattern`]):
//!   both with it, one against it, one alone, or apart under a steady total;
//!   a change of fewer than `min_change` applications is no movement;
//! - shares, "by far", "still the leader", "gradual";
//! - what applies that year ([`Applicable`]): a section about a rule not yet
//!   in force (CTIS before 2022) is left out, not reported as missing;
//! - what should be there and is not ([`Facts::missing`]): the report says
//!   so in its place, and the build warns;
//! - the main findings ([`Facts::main_findings`]): the facts that matter
//!   most, ranked by score, that the report opens with.
//!
//! The results are enums and numbers only; the locales turn them into words.
//! `trialreport facts` prints them as JSON for reviewers.

mod applications;
mod findings;
mod sections;
mod series;

use serde::Serialize;

pub use applications::*;
pub use findings::*;
pub use sections::*;
pub use series::*;

use crate::config::Config;
use crate::data::{Dataset, Date, YearData};

/// The first year of the substantial-modifications figure.
pub const MODIFICATIONS_FIRST_YEAR: i32 = 2019;

/// Which rules the report's sections describe were in force in the year.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Applicable {
    /// The Clinical Trials Regulation and CTIS (section 2).
    pub ctr: bool,
    /// The transition of trials to the CTR (transition applications).
    pub transition: bool,
    /// Implementing Regulation (EU) 2022/20 (section 7).
    pub safety_assessment: bool,
}

/// A part of the report whose data may be missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MissingPart {
    /// Whole years between the first year and this one have no data file:
    /// tables and figures skip them, and no change is computed across them.
    Years,
    PublicationDate,
    Paediatric,
    Rejected,
    Transition,
    TransitionHistory,
    Ctis,
    Phases,
    TherapyAreas,
    Cancer,
    Modifications,
    ModificationsHistory,
    Safety,
    SafetyPrevious,
    Guidance,
}

impl MissingPart {
    /// Where the part lives in a year's data file (`phases`,
    /// `applications.transition`, …): the name `known_gap` entries in
    /// `report.toml` use. `year` is a whole year's file.
    pub fn data_key(self) -> &'static str {
        match self {
            Self::Years => "year",
            Self::PublicationDate => "published",
            Self::Paediatric => "applications.paediatric",
            Self::Rejected => "applications.rejected",
            Self::Transition | Self::TransitionHistory => "applications.transition",
            Self::Ctis => "ctis",
            Self::Phases => "phases",
            Self::TherapyAreas => "therapy_areas",
            Self::Cancer => "cancer",
            Self::Modifications | Self::ModificationsHistory => "modifications",
            Self::Safety | Self::SafetyPrevious => "safety",
            Self::Guidance => "guidance",
        }
    }
}

/// A break in a series (`[[break]]` in `report.toml`) that this year's
/// report meets: its years, and the words for it.
#[derive(Debug, Clone, Serialize)]
pub struct BreakFacts {
    /// The series (`ctis`, `applications`, …).
    pub data: String,
    /// The years up to this one that cannot be compared with the year before
    /// (empty in the report of the year before the break, which announces it).
    pub years: Vec<i32>,
    /// The first and last year of the break, this year's report or not.
    pub from: i32,
    pub to: i32,
    /// When the rules changed.
    pub date: Date,
    /// The public reason: the message `break-<message>`.
    pub message: String,
    pub reason: String,
}

/// Data the report needs that the directorate did not supply.
#[derive(Debug, Clone, Serialize)]
pub struct Missing {
    pub part: MissingPart,
    pub years: Vec<i32>,
}

/// Every fact of one year's report.
#[derive(Debug, Clone, Serialize)]
pub struct Facts {
    pub year: i32,
    pub published: Option<Date>,
    /// The agency that received the applications that year (`report.toml`).
    pub agency: String,
    /// The agency that publishes the report (`report.toml` `publisher`):
    /// the year's own, or a later one that republishes it.
    pub publisher: String,
    /// When a later agency republishes the report: the year the agency of
    /// the year was succeeded (the cover's "fram til 2024").
    pub agency_until: Option<i32>,
    pub applicable: Applicable,
    /// The last day of the transition to the CTR (`report.toml`).
    pub transition_end: Option<Date>,
    pub applications: ApplicationFacts,
    pub ctis: Option<CtisFacts>,
    pub phases: Option<PhaseFacts>,
    pub therapy: Option<TherapyFacts>,
    pub cancer: Option<CancerFacts>,
    pub modifications: Option<ModificationFacts>,
    pub safety: Option<SafetyFacts>,
    pub guidance: Option<GuidanceFacts>,
    pub context: Option<crate::data::Context>,
    /// The breaks in series this report meets: those before or in this
    /// year, and one that starts next year (announced).
    pub breaks: Vec<BreakFacts>,
    /// When the Clinical Trials Regulation began to apply (`report.toml`).
    pub ctr_from: Date,
    pub missing: Vec<Missing>,
    /// The three to five facts the report opens with, most important first.
    pub main_findings: Vec<Finding>,
}

impl Facts {
    /// The years of the missing `part` (empty when it is not missing).
    pub fn missing_years(&self, part: MissingPart) -> Vec<i32> {
        self.missing
            .iter()
            .filter(|m| m.part == part)
            .flat_map(|m| m.years.iter().copied())
            .collect()
    }

    /// Whether `year` of the series `data` cannot be compared with the year
    /// before it.
    pub fn broken(&self, data: &str, year: i32) -> bool {
        self.breaks
            .iter()
            .any(|b| b.data == data && b.years.contains(&year))
    }
}

/// The part of `series` (in year order) from its last break on: a year that
/// cannot be compared with the year before starts the series again, as a
/// year without data does.
pub(crate) fn since_break<T>(
    config: &Config,
    data: &str,
    mut series: Vec<(i32, T)>,
) -> Vec<(i32, T)> {
    if let Some(at) = series.iter().rposition(|(y, _)| config.broken(data, *y)) {
        series.drain(..at);
    }
    series
}

/// Computes the facts of the year `cur` of `data` (a year resolved from
/// it: [`Dataset::get`]), with the rules and thresholds of `config`.
pub fn compute(data: &Dataset, config: &Config, cur: &YearData) -> Facts {
    let year = cur.year;
    let rules = &config.rules;
    let applicable = Applicable {
        ctr: rules.ctr.applies_in(year),
        transition: rules.transition.applies_in(year),
        safety_assessment: rules.safety_assessment.applies_in(year),
    };
    let mut missing = Vec::new();
    let mut miss = |part, years: Vec<i32>| missing.push(Missing { part, years });

    let applications = applications(data, config, &applicable, cur, &mut miss);
    let ctis = if applicable.ctr {
        ctis(data, config, cur, &mut miss)
    } else {
        None
    };
    let phases = phases(data, config, cur, &mut miss);
    let therapy = therapy(data, config, cur, &mut miss);
    let cancer = cancer(data, config, cur, &mut miss);
    let modifications = modifications(data, config, cur, &mut miss);
    let safety = if applicable.safety_assessment {
        safety(
            data,
            config,
            rules.safety_assessment.from.year,
            cur,
            &mut miss,
        )
    } else {
        None
    };
    let guidance = guidance(data, config, cur, &mut miss);
    let breaks = config
        .breaks
        .iter()
        .filter(|b| b.from <= year + 1)
        .map(|b| BreakFacts {
            data: b.data.clone(),
            years: (b.from..=b.to().min(year)).collect(),
            from: b.from,
            to: b.to(),
            date: b.date,
            message: b.message.clone(),
            reason: b.reason.clone(),
        })
        .collect();
    let gaps: Vec<i32> = data
        .years
        .keys()
        .next()
        .map(|first| (*first..year).filter(|y| data.get(*y).is_none()).collect())
        .unwrap_or_default();
    if !gaps.is_empty() {
        miss(MissingPart::Years, gaps);
    }
    if cur.published.is_none() {
        miss(MissingPart::PublicationDate, vec![year]);
    }
    missing.sort_by_key(|m| m.part);
    let mut facts = Facts {
        year,
        published: cur.published,
        agency: config.agency_in(year).to_string(),
        publisher: config.publisher_in(year).0.to_string(),
        agency_until: config.publisher_in(year).1,
        applicable,
        transition_end: config.rules.transition.until,
        applications,
        ctis,
        phases,
        therapy,
        cancer,
        modifications,
        safety,
        guidance,
        context: cur.context.clone(),
        breaks,
        ctr_from: config.rules.ctr.from,
        missing,
        main_findings: Vec::new(),
    };
    facts.main_findings = main_findings(&facts, config);
    facts
}

/// Notes a part that should be there and is not.
type Miss<'a> = dyn FnMut(MissingPart, Vec<i32>) + 'a;

/// Data for the facts' unit tests: one file per `(year, extra TOML)`, each
/// with 100 applications (60 commercial, 40 non-commercial) and the extra.
#[cfg(test)]
pub(crate) fn test_data(files: &[(i32, &str)]) -> Dataset {
    let sources: Vec<_> = files
        .iter()
        .map(|(y, t)| {
            crate::diag::SourceFile::new(
                format!("data/{y}.toml"),
                format!("year = {y}\n[applications]\ncommercial = 60\nnon_commercial = 40\ntotal = 100\n{t}"),
            )
        })
        .collect();
    crate::data::load_sources(&sources).unwrap()
}

/// The facts of `year` of `d`, with the default configuration.
#[cfg(test)]
pub(crate) fn test_facts(d: &Dataset, year: i32) -> Facts {
    compute(d, &Config::shipped(), d.get(year).unwrap())
}

/// The fewest consecutive years written as a range ("2014–2016"); fewer
/// are listed one by one ("2014 and 2015").
pub const YEARS_AS_RANGE: usize = 3;

/// A sorted list of years as runs `(first, last)`: each run of at least
/// [`YEARS_AS_RANGE`] consecutive years as one, every other year on its own
/// (`first == last`). The report's text and the build's notes both list
/// years so.
pub fn year_runs(years: &[i32]) -> Vec<(i32, i32)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < years.len() {
        let mut j = i;
        while j + 1 < years.len() && years[j + 1] == years[j] + 1 {
            j += 1;
        }
        if j - i + 1 >= YEARS_AS_RANGE {
            out.push((years[i], years[j]));
        } else {
            out.extend(years[i..=j].iter().map(|&y| (y, y)));
        }
        i = j + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn runs_of_three_years_or_more_are_ranges() {
        assert_eq!(
            super::year_runs(&[2013, 2014, 2016, 2017, 2018, 2020]),
            [(2013, 2013), (2014, 2014), (2016, 2018), (2020, 2020)]
        );
        assert_eq!(super::year_runs(&[2024]), [(2024, 2024)]);
        assert!(super::year_runs(&[]).is_empty());
    }

    use super::*;

    #[test]
    fn every_part_names_its_place_in_the_data() {
        let all = [
            MissingPart::Years,
            MissingPart::PublicationDate,
            MissingPart::Paediatric,
            MissingPart::Rejected,
            MissingPart::Transition,
            MissingPart::TransitionHistory,
            MissingPart::Ctis,
            MissingPart::Phases,
            MissingPart::TherapyAreas,
            MissingPart::Cancer,
            MissingPart::Modifications,
            MissingPart::ModificationsHistory,
            MissingPart::Safety,
            MissingPart::SafetyPrevious,
            MissingPart::Guidance,
        ];
        for part in all {
            assert!(
                crate::data::PART_KEYS.contains(&part.data_key()),
                "{part:?}"
            );
        }
        // Each key is a part's; the history of a part is the part.
        for key in crate::data::PART_KEYS {
            assert!(all.iter().any(|p| p.data_key() == *key), "{key}");
        }
        assert_eq!(
            MissingPart::TransitionHistory.data_key(),
            "applications.transition"
        );
        assert_eq!(
            MissingPart::ModificationsHistory.data_key(),
            "modifications"
        );
        assert_eq!(MissingPart::SafetyPrevious.data_key(), "safety");
        assert_eq!(
            MissingPart::Paediatric.data_key(),
            "applications.paediatric"
        );
        assert_eq!(MissingPart::PublicationDate.data_key(), "published");
        assert_eq!(MissingPart::Years.data_key(), "year");
        assert_eq!(MissingPart::TherapyAreas.data_key(), "therapy_areas");
    }
}
