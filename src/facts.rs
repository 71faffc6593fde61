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
//!   so in its place, and the build warns.
//!
//! The results are enums and numbers only; the locales turn them into words.
//! `trialreport facts` prints them as JSON for reviewers.

use serde::Serialize;

use crate::config::{Config, Narrative};
use crate::data::{AreaCount, Count, Dataset, Date, YearData};

/// The first year of the substantial-modifications figure.
pub const MODIFICATIONS_FIRST_YEAR: i32 = 2019;

/// Up, down or unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    Up,
    Down,
    Same,
}

/// How large a relative change is, by the thresholds in `report.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Size {
    Stable,
    Slight,
    Clear,
    Sharp,
}

/// Size and direction in one word, the selector the locales use:
/// `stable`, `slight-increase`, `clear-decrease`, …
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeClass {
    Stable,
    SlightIncrease,
    ClearIncrease,
    SharpIncrease,
    SlightDecrease,
    ClearDecrease,
    SharpDecrease,
}

impl ChangeClass {
    pub fn key(self) -> &'static str {
        match self {
            Self::Stable => "stable",
            Self::SlightIncrease => "slight-increase",
            Self::ClearIncrease => "clear-increase",
            Self::SharpIncrease => "sharp-increase",
            Self::SlightDecrease => "slight-decrease",
            Self::ClearDecrease => "clear-decrease",
            Self::SharpDecrease => "sharp-decrease",
        }
    }

    fn of(direction: Direction, size: Size) -> Self {
        match (size, direction) {
            (Size::Stable, _) | (_, Direction::Same) => Self::Stable,
            (Size::Slight, Direction::Up) => Self::SlightIncrease,
            (Size::Clear, Direction::Up) => Self::ClearIncrease,
            (Size::Sharp, Direction::Up) => Self::SharpIncrease,
            (Size::Slight, Direction::Down) => Self::SlightDecrease,
            (Size::Clear, Direction::Down) => Self::ClearDecrease,
            (Size::Sharp, Direction::Down) => Self::SharpDecrease,
        }
    }

    /// Up, down, or stable (`Same`).
    pub fn direction(self) -> Direction {
        match self {
            Self::Stable => Direction::Same,
            Self::SlightIncrease | Self::ClearIncrease | Self::SharpIncrease => Direction::Up,
            Self::SlightDecrease | Self::ClearDecrease | Self::SharpDecrease => Direction::Down,
        }
    }
}

/// A count compared with the year before.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub previous_year: i32,
    pub previous: Count,
    pub current: Count,
    /// (current − previous) / previous; `None` when previous is zero.
    pub relative: Option<f64>,
    /// The relative change in whole per cent, without sign (0 when previous is zero).
    pub percent: u32,
    /// The raw direction, however small the change.
    pub direction: Direction,
    pub size: Size,
    pub class: ChangeClass,
}

impl Change {
    /// Classifies `previous → current` over `years` years (1 for year on year;
    /// more for an average yearly change).
    pub fn new(
        n: &Narrative,
        previous_year: i32,
        previous: Count,
        current: Count,
        years: i32,
    ) -> Self {
        let direction = match current.cmp(&previous) {
            std::cmp::Ordering::Greater => Direction::Up,
            std::cmp::Ordering::Less => Direction::Down,
            std::cmp::Ordering::Equal => Direction::Same,
        };
        let relative = (previous > 0)
            .then(|| (f64::from(current) - f64::from(previous)) / f64::from(previous));
        let yearly = relative.map(|r| match years {
            ..=1 => r,
            _ => (1.0 + r).powf(1.0 / f64::from(years)) - 1.0,
        });
        // The thresholds are read as written: 35 of 100 is "up to 0.35",
        // whatever the last bit of the division says.
        const EPS: f64 = 1e-9;
        let size = match yearly.map(f64::abs) {
            None if current == previous => Size::Stable,
            None => Size::Sharp,
            Some(r) if r < n.stable_below - EPS => Size::Stable,
            Some(r) if r <= n.slight_up_to + EPS => Size::Slight,
            Some(r) if r <= n.clear_up_to + EPS => Size::Clear,
            Some(_) => Size::Sharp,
        };
        Self {
            previous_year,
            previous,
            current,
            relative,
            percent: relative.map_or(0, |r| (r.abs() * 100.0).round() as u32),
            direction,
            size,
            class: ChangeClass::of(direction, size),
        }
    }

    /// current − previous.
    pub fn delta(&self) -> i64 {
        i64::from(self.current) - i64::from(self.previous)
    }

    /// A change worth a word: not stable, and by at least `min_change`.
    pub fn moved(&self, n: &Narrative) -> bool {
        self.class != ChangeClass::Stable && self.delta().unsigned_abs() >= u64::from(n.min_change)
    }
}

/// Where last year stood in the series before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// Last year was the lowest of the series so far.
    Low,
    /// Last year was the highest of the series so far.
    High,
    Ordinary,
}

/// This year against every earlier year of its series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Record {
    /// Below every earlier year.
    Lowest,
    /// Above every earlier year.
    Highest,
}

/// A record and the first year of the series it is a record of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RecordSince {
    pub record: Record,
    pub since: i32,
}

/// A year-on-year change with its context.
#[derive(Debug, Clone, Serialize)]
pub struct Trend {
    pub change: Change,
    /// Where the previous year stood in the series up to it.
    pub from_level: Level,
    /// How many years running the series has moved in this year's
    /// direction, this year included (0 when this year is stable); an
    /// earlier year counts only if it moved by `min_change` or more.
    pub streak: u32,
    /// The change goes the same way as the one the year before.
    pub continues: bool,
    /// This year is the lowest or highest of the whole series.
    pub record: Option<RecordSince>,
}

/// The last run of consecutive years of `series` (in year order).
fn unbroken<T>(series: &[(i32, T)]) -> &[(i32, T)] {
    let mut start = series.len().saturating_sub(1);
    while start > 0 && series[start].0 - series[start - 1].0 == 1 {
        start -= 1;
    }
    &series[start..]
}

/// Whether the last value is below (above) every one before it, in a
/// series with at least `min_earlier` values before the last.
fn record_of<T: PartialOrd + Copy>(run: &[(i32, T)], min_earlier: usize) -> Option<RecordSince> {
    let [earlier @ .., (_, last)] = run else {
        return None;
    };
    if earlier.len() < min_earlier.max(1) {
        return None;
    }
    let record = if earlier.iter().all(|(_, v)| *last < *v) {
        Record::Lowest
    } else if earlier.iter().all(|(_, v)| *last > *v) {
        Record::Highest
    } else {
        return None;
    };
    Some(RecordSince {
        record,
        since: run[0].0,
    })
}

/// The trend of a series at its last point (`series` is in year order and
/// ends with the current year). `None` when the year before is missing.
pub fn trend(n: &Narrative, series: &[(i32, Count)]) -> Option<Trend> {
    let run = unbroken(series);
    let [.., (py, prev), (_, cur)] = run else {
        return None;
    };
    let change = Change::new(n, *py, *prev, *cur, 1);
    // The years up to and including last year.
    let history = &run[..run.len() - 1];
    let from_level = if history.len() < n.level_min_years {
        Level::Ordinary
    } else if history.iter().all(|(_, v)| v >= prev) {
        Level::Low
    } else if history.iter().all(|(_, v)| v <= prev) {
        Level::High
    } else {
        Level::Ordinary
    };
    // This year's change counts as its class says; an earlier year's only
    // when it moved (by `min_change` at least: one or two is no trend).
    let direction = change.class.direction();
    let mut streak = 0;
    if direction != Direction::Same {
        streak = 1;
        for w in run[..run.len() - 1].windows(2).rev() {
            let step = Change::new(n, w[0].0, w[0].1, w[1].1, 1);
            if step.class.direction() != direction || !step.moved(n) {
                break;
            }
            streak += 1;
        }
    }
    Some(Trend {
        change,
        from_level,
        streak,
        continues: streak >= 2,
        record: record_of(run, n.record_min_years),
    })
}

/// A part of a whole, as a rounded percentage.
#[derive(Debug, Clone, Serialize)]
pub struct Share {
    pub part: Count,
    pub whole: Count,
    /// Rounded to a whole number.
    pub percent: u32,
    /// The rounding changed the value ("about").
    pub approximate: bool,
}

impl Share {
    pub fn new(part: Count, whole: Count) -> Self {
        if whole == 0 {
            return Self {
                part,
                whole,
                percent: 0,
                approximate: false,
            };
        }
        let exact = f64::from(part) * 100.0 / f64::from(whole);
        let percent = exact.round() as u32;
        Self {
            part,
            whole,
            percent,
            approximate: (exact - f64::from(percent)).abs() > 1e-9,
        }
    }

    /// The exact fraction, for comparing shares (0 of nothing is 0).
    pub fn fraction(&self) -> f64 {
        if self.whole == 0 {
            0.0
        } else {
            f64::from(self.part) / f64::from(self.whole)
        }
    }
}

/// Sponsor type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sponsor {
    Commercial,
    NonCommercial,
}

impl Sponsor {
    pub fn other(self) -> Self {
        match self {
            Self::Commercial => Self::NonCommercial,
            Self::NonCommercial => Self::Commercial,
        }
    }
}

/// How the two sponsor groups moved against the total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SplitPattern {
    /// Both groups moved the way the total did; `driver` moved most.
    Both,
    /// `driver` moved the way the total did, the other group against it.
    Opposite,
    /// `driver` moved the way the total did, the other group stayed about
    /// where it was.
    Alone,
    /// The total held steady, but the groups moved apart: `driver` rose,
    /// the other fell.
    Shifted,
}

/// Section 1: the sponsor groups' part in the change of the total.
#[derive(Debug, Clone, Serialize)]
pub struct SponsorSplit {
    pub pattern: SplitPattern,
    /// The group named first.
    pub driver: Sponsor,
    pub driver_change: Change,
    /// The group named last.
    pub other_change: Change,
    /// The other group moved the same way the year before too.
    pub other_continues: bool,
}

/// The highest or lowest of each sponsor group's series, where this year is one.
#[derive(Debug, Clone, Serialize)]
pub struct GroupRecords {
    pub commercial: Option<RecordSince>,
    pub non_commercial: Option<RecordSince>,
}

/// One row of Table 1.
#[derive(Debug, Clone, Serialize)]
pub struct ApplicationRow {
    pub year: i32,
    pub commercial: Count,
    pub non_commercial: Count,
    pub total: Count,
    pub non_commercial_share: Share,
}

/// Section 1: applications.
#[derive(Debug, Clone, Serialize)]
pub struct ApplicationFacts {
    pub total: Count,
    pub commercial: Count,
    pub non_commercial: Count,
    pub total_trend: Option<Trend>,
    pub commercial_trend: Option<Trend>,
    pub non_commercial_trend: Option<Trend>,
    /// How the groups moved; `None` when nothing is worth saying.
    pub split: Option<SponsorSplit>,
    /// Groups at the highest or lowest of their series (`None`: neither).
    pub group_records: Option<GroupRecords>,
    pub non_commercial_share: Share,
    /// The non-commercial share is the lowest or highest of its series.
    pub share_record: Option<RecordSince>,
    pub paediatric: Option<Count>,
    pub paediatric_change: Option<Change>,
    pub rejected: Option<Count>,
    pub rejected_as_of: Option<Date>,
    pub transition: Option<Count>,
    /// Transition applications per year of the transition, where supplied.
    pub transition_history: Vec<(i32, Count)>,
    pub history: Vec<ApplicationRow>,
}

/// One year of Table 2.
#[derive(Debug, Clone, Serialize)]
pub struct CtisRow {
    pub year: i32,
    pub rms: Count,
    pub msc_ams: Count,
    pub mononational: Count,
    /// Fewer than all applications of the year went through CTIS.
    pub partial: bool,
}

/// Section 2: CTIS applications by Norway's role.
#[derive(Debug, Clone, Serialize)]
pub struct CtisFacts {
    pub rms: Count,
    pub msc_ams: Count,
    pub multinational: Count,
    pub multinational_change: Option<Change>,
    pub mononational: Count,
    pub mononational_non_commercial: Option<Count>,
    pub total: Count,
    /// All applications of the year went through CTIS.
    pub all_applications: bool,
    pub history: Vec<CtisRow>,
}

/// Section 3: phases, with the change of each against last year where known.
#[derive(Debug, Clone, Serialize)]
pub struct PhaseFacts {
    /// Phase I–IV counts this year.
    pub counts: [Count; 4],
    /// Phase I–IV counts last year, when supplied.
    pub previous: Option<[Count; 4]>,
    pub changes: Option<[Change; 4]>,
    /// Phases III and II moved the same way (both up, both down or both
    /// stable): joined by "and", not set against each other by "while".
    pub iii_and_ii_agree: bool,
}

/// Section 4: therapy areas.
#[derive(Debug, Clone, Serialize)]
pub struct TherapyFacts {
    pub top: Vec<AreaCount>,
    pub leader: String,
    pub leader_count: Count,
    pub runner_up_count: Option<Count>,
    /// The leader has at least `by_far_ratio` times the runner-up.
    pub by_far: bool,
    /// The same area led last year (`None`: last year's leader is not known).
    pub still: Option<bool>,
}

/// Section 5: cancer trials.
#[derive(Debug, Clone, Serialize)]
pub struct CancerFacts {
    pub total: Count,
    pub commercial: Count,
    pub non_commercial: Count,
    pub trend: Option<Trend>,
    pub history: Vec<(i32, Count, Count, Count)>,
}

/// How the two parts of the substantial modifications moved.
#[derive(Debug, Clone, Serialize)]
pub struct ModificationParts {
    pub ctis: Change,
    pub ctd: Change,
    /// The parts moved different ways (one up, the other down or steady).
    pub apart: bool,
}

/// Section 6: substantial modifications.
#[derive(Debug, Clone, Serialize)]
pub struct ModificationFacts {
    pub ctis_rms: Option<Count>,
    pub ctis_mononational: Option<Count>,
    pub ctis_msc: Option<Count>,
    pub ctis_total: Count,
    pub ctd: Count,
    pub total: Count,
    pub trend: Option<Trend>,
    /// CTIS and CTD against last year, when last year is known.
    pub parts: Option<ModificationParts>,
    /// (year, in CTIS, under CTD) for the years supplied.
    pub history: Vec<(i32, Count, Count)>,
}

/// Section 7: safety reporting, this year and last.
#[derive(Debug, Clone, Serialize)]
pub struct SafetyFacts {
    pub annual_reports: Count,
    pub notifications: Count,
    pub substances_national: Count,
    pub substances_multinational: Count,
    pub previous_year: i32,
    pub annual_reports_change: Option<Change>,
    pub notifications_change: Option<Change>,
    pub substances_change: Option<Change>,
    /// Annual reports and notifications moved the same way.
    pub reports_and_notifications_agree: bool,
}

/// The shape of a series from a base year to now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Shape {
    /// Rising in every one of two or more consecutive years, each step slight.
    GradualIncrease,
    /// Higher than in the base year (the years between are not known).
    Increase,
    Stable,
    /// Lower than in the base year (the years between are not known).
    Decrease,
}

/// Section 8: guidance and advice.
#[derive(Debug, Clone, Serialize)]
pub struct GuidanceFacts {
    pub total: Count,
    pub meetings: Option<Count>,
    pub written: Option<Count>,
    pub human: Option<Count>,
    pub veterinary: Option<Count>,
    pub devices: Option<Count>,
    pub industry: Option<Count>,
    pub academia: Option<Count>,
    pub industry_share: Option<Share>,
    /// Against last year, when last year is known.
    pub trend: Option<Trend>,
    /// A gradual rise over several years (with last year known), or the
    /// comparison with the latest earlier year (when last year is not).
    pub since: Option<Since>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Since {
    pub base_year: i32,
    pub base_value: Count,
    pub shape: Shape,
}

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

    /// Every data key a part can have, for checking `report.toml`.
    pub const DATA_KEYS: &'static [&'static str] = &[
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
    pub missing: Vec<Missing>,
}

impl Facts {
    pub fn is_missing(&self, part: MissingPart) -> bool {
        self.missing.iter().any(|m| m.part == part)
    }

    /// The years of the missing `part` (empty when it is not missing).
    pub fn missing_years(&self, part: MissingPart) -> Vec<i32> {
        self.missing
            .iter()
            .filter(|m| m.part == part)
            .flat_map(|m| m.years.iter().copied())
            .collect()
    }
}

/// Computes the facts of `year`. The year must be in the dataset.
pub fn compute(data: &Dataset, config: &Config, year: i32) -> Option<Facts> {
    let n = &config.narrative;
    let cur = data.get(year)?;
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
        ctis(data, n, cur, &mut miss)
    } else {
        None
    };
    let phases = phases(data, n, cur, &mut miss);
    let therapy = therapy(data, n, cur, &mut miss);
    let cancer = cancer(data, n, cur, &mut miss);
    let modifications = modifications(data, n, cur, &mut miss);
    let safety = if applicable.safety_assessment {
        safety(data, n, rules.safety_assessment.from.year, cur, &mut miss)
    } else {
        None
    };
    let guidance = guidance(data, n, cur, &mut miss);
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
    Some(Facts {
        year,
        published: cur.published,
        agency: config.agency_in(year).to_string(),
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
        missing,
    })
}

type Miss<'a> = dyn FnMut(MissingPart, Vec<i32>) + 'a;

/// How the sponsor groups moved against the total (see [`SplitPattern`]).
pub fn split(n: &Narrative, total: &Trend, c: &Trend, nc: &Trend) -> Option<SponsorSplit> {
    let make = |pattern, driver: Sponsor| {
        let (d, o) = match driver {
            Sponsor::Commercial => (c, nc),
            Sponsor::NonCommercial => (nc, c),
        };
        Some(SponsorSplit {
            pattern,
            driver,
            driver_change: d.change.clone(),
            other_change: o.change.clone(),
            // "Still falling": only for a group that moved, and as the year before.
            other_continues: matches!(pattern, SplitPattern::Both | SplitPattern::Opposite)
                && o.continues,
        })
    };
    let (cc, ncc) = (&c.change, &nc.change);
    let direction = total.change.class.direction();
    if direction == Direction::Same {
        // A steady total: only groups that moved apart are news.
        if cc.moved(n) && ncc.moved(n) && cc.class.direction() != ncc.class.direction() {
            let riser = if cc.class.direction() == Direction::Up {
                Sponsor::Commercial
            } else {
                Sponsor::NonCommercial
            };
            return make(SplitPattern::Shifted, riser);
        }
        return None;
    }
    let sign = if direction == Direction::Up { 1 } else { -1 };
    let driver = if sign * cc.delta() >= sign * ncc.delta() {
        Sponsor::Commercial
    } else {
        Sponsor::NonCommercial
    };
    let (d, o) = match driver {
        Sponsor::Commercial => (cc, ncc),
        Sponsor::NonCommercial => (ncc, cc),
    };
    if !d.moved(n) || d.class.direction() != direction {
        return None;
    }
    let pattern = if !o.moved(n) {
        SplitPattern::Alone
    } else if o.class.direction() == direction {
        SplitPattern::Both
    } else {
        SplitPattern::Opposite
    };
    make(pattern, driver)
}

fn applications(
    data: &Dataset,
    config: &Config,
    applicable: &Applicable,
    cur: &YearData,
    miss: &mut Miss,
) -> ApplicationFacts {
    let n = &config.narrative;
    let year = cur.year;
    let a = &cur.applications;
    let series = |f: fn(&YearData) -> Count| data.series(year, |d| Some(f(d)));
    let total_trend = trend(n, &series(|d| d.applications.total));
    let commercial_trend = trend(n, &series(|d| d.applications.commercial));
    let non_commercial_trend = trend(n, &series(|d| d.applications.non_commercial));
    let split = match (&total_trend, &commercial_trend, &non_commercial_trend) {
        (Some(t), Some(c), Some(nc)) => split(n, t, c, nc),
        _ => None,
    };
    let group_records = {
        let commercial = commercial_trend.as_ref().and_then(|t| t.record);
        let non_commercial = non_commercial_trend.as_ref().and_then(|t| t.record);
        (commercial.is_some() || non_commercial.is_some()).then_some(GroupRecords {
            commercial,
            non_commercial,
        })
    };
    let shares: Vec<(i32, f64)> = data
        .series(year, |d| {
            Some(Share::new(d.applications.non_commercial, d.applications.total).fraction())
        })
        .into_iter()
        .collect();
    let share_record = record_of(unbroken(&shares), n.record_min_years);
    if a.paediatric.is_none() {
        miss(MissingPart::Paediatric, vec![year]);
    }
    if a.rejected.is_none() {
        miss(MissingPart::Rejected, vec![year]);
    }
    let paediatric_change = match (a.paediatric, data.get(year - 1)) {
        (Some(p), Some(prev)) => prev
            .applications
            .paediatric
            .map(|pp| Change::new(n, year - 1, pp, p, 1)),
        _ => None,
    };
    let mut transition_history = Vec::new();
    if applicable.transition {
        if a.transition.is_none() {
            miss(MissingPart::Transition, vec![year]);
        }
        let first = config.rules.transition.from.year;
        let mut lacking = Vec::new();
        for y in first..=year {
            match data.get(y).and_then(|d| d.applications.transition) {
                Some(v) => transition_history.push((y, v)),
                None => lacking.push(y),
            }
        }
        if !lacking.is_empty() && a.transition.is_some() {
            miss(MissingPart::TransitionHistory, lacking);
        }
    }
    let history = data
        .series(year, |d| Some(d.applications.clone()))
        .into_iter()
        .map(|(y, a)| ApplicationRow {
            year: y,
            commercial: a.commercial,
            non_commercial: a.non_commercial,
            total: a.total,
            non_commercial_share: Share::new(a.non_commercial, a.total),
        })
        .collect();
    ApplicationFacts {
        total: a.total,
        commercial: a.commercial,
        non_commercial: a.non_commercial,
        total_trend,
        commercial_trend,
        non_commercial_trend,
        split,
        group_records,
        non_commercial_share: Share::new(a.non_commercial, a.total),
        share_record,
        paediatric: a.paediatric,
        paediatric_change,
        rejected: a.rejected,
        rejected_as_of: a.rejected_as_of,
        transition: a.transition,
        transition_history,
        history,
    }
}

fn ctis(data: &Dataset, n: &Narrative, cur: &YearData, miss: &mut Miss) -> Option<CtisFacts> {
    let Some(c) = &cur.ctis else {
        miss(MissingPart::Ctis, vec![cur.year]);
        return None;
    };
    let history = data
        .series(cur.year, |d| {
            d.ctis.clone().map(|c| (c, d.applications.total))
        })
        .into_iter()
        .map(|(year, (c, all))| CtisRow {
            year,
            rms: c.rms,
            msc_ams: c.msc_ams,
            mononational: c.mononational,
            partial: c.total() != all,
        })
        .collect();
    let multinational_change = data
        .get(cur.year - 1)
        .and_then(|d| d.ctis.as_ref())
        .map(|p| Change::new(n, cur.year - 1, p.multinational(), c.multinational(), 1));
    Some(CtisFacts {
        rms: c.rms,
        msc_ams: c.msc_ams,
        multinational: c.multinational(),
        multinational_change,
        mononational: c.mononational,
        mononational_non_commercial: c.mononational_non_commercial,
        total: c.total(),
        all_applications: c.total() == cur.applications.total,
        history,
    })
}

fn phases(data: &Dataset, n: &Narrative, cur: &YearData, miss: &mut Miss) -> Option<PhaseFacts> {
    let as_array = |d: &YearData| {
        d.phases
            .as_ref()
            .map(|p| [p.phase_1, p.phase_2, p.phase_3, p.phase_4])
    };
    // Last year is expected only inside the series (not before its first year).
    let last_expected = data
        .years
        .keys()
        .next()
        .is_some_and(|first| *first < cur.year);
    let previous = data.get(cur.year - 1).and_then(as_array);
    let Some(counts) = as_array(cur) else {
        let lacking = match previous {
            None if last_expected => vec![cur.year - 1, cur.year],
            _ => vec![cur.year],
        };
        miss(MissingPart::Phases, lacking);
        return None;
    };
    if previous.is_none() && last_expected {
        miss(MissingPart::Phases, vec![cur.year - 1]);
    }
    let changes: Option<[Change; 4]> =
        previous.map(|p| std::array::from_fn(|i| Change::new(n, cur.year - 1, p[i], counts[i], 1)));
    let iii_and_ii_agree = changes
        .as_ref()
        .is_some_and(|c| c[2].class.direction() == c[1].class.direction());
    Some(PhaseFacts {
        counts,
        previous,
        changes,
        iii_and_ii_agree,
    })
}

fn therapy(data: &Dataset, n: &Narrative, cur: &YearData, miss: &mut Miss) -> Option<TherapyFacts> {
    let Some(t) = cur.therapy_areas.as_ref().filter(|t| !t.top.is_empty()) else {
        miss(MissingPart::TherapyAreas, vec![cur.year]);
        return None;
    };
    let leader = &t.top[0];
    let runner_up_count = t.top.get(1).map(|a| a.count);
    let by_far =
        runner_up_count.is_none_or(|r| f64::from(leader.count) >= n.by_far_ratio * f64::from(r));
    let still = data
        .get(cur.year - 1)
        .and_then(|d| d.therapy_areas.as_ref())
        .and_then(|t| t.leading())
        .map(|prev| prev == leader.soc);
    Some(TherapyFacts {
        top: t.top.clone(),
        leader: leader.soc.clone(),
        leader_count: leader.count,
        runner_up_count,
        by_far,
        still,
    })
}

fn cancer(data: &Dataset, n: &Narrative, cur: &YearData, miss: &mut Miss) -> Option<CancerFacts> {
    let Some(c) = &cur.cancer else {
        miss(MissingPart::Cancer, vec![cur.year]);
        return None;
    };
    let series = data.series(cur.year, |d| d.cancer.as_ref().map(|c| c.total));
    let history = data
        .series(cur.year, |d| d.cancer.clone())
        .into_iter()
        .map(|(y, c)| (y, c.commercial, c.non_commercial, c.total))
        .collect();
    Some(CancerFacts {
        total: c.total,
        commercial: c.commercial,
        non_commercial: c.non_commercial,
        trend: trend(n, &series),
        history,
    })
}

fn modifications(
    data: &Dataset,
    n: &Narrative,
    cur: &YearData,
    miss: &mut Miss,
) -> Option<ModificationFacts> {
    let Some(m) = &cur.modifications else {
        miss(MissingPart::Modifications, vec![cur.year]);
        return None;
    };
    let first = MODIFICATIONS_FIRST_YEAR.min(cur.year);
    let mut history = Vec::new();
    let mut lacking = Vec::new();
    for y in first..=cur.year {
        match data.get(y).and_then(|d| d.modifications.as_ref()) {
            Some(m) => history.push((y, m.ctis_total, m.ctd)),
            None => lacking.push(y),
        }
    }
    if !lacking.is_empty() {
        miss(MissingPart::ModificationsHistory, lacking);
    }
    let series: Vec<(i32, Count)> =
        data.series(cur.year, |d| d.modifications.as_ref().map(|m| m.total));
    let parts = data
        .get(cur.year - 1)
        .and_then(|d| d.modifications.as_ref())
        .map(|p| {
            let ctis = Change::new(n, cur.year - 1, p.ctis_total, m.ctis_total, 1);
            let ctd = Change::new(n, cur.year - 1, p.ctd, m.ctd, 1);
            let apart = ctis.class.direction() != ctd.class.direction();
            ModificationParts { ctis, ctd, apart }
        });
    Some(ModificationFacts {
        ctis_rms: m.ctis_rms,
        ctis_mononational: m.ctis_mononational,
        ctis_msc: m.ctis_msc,
        ctis_total: m.ctis_total,
        ctd: m.ctd,
        total: m.total,
        trend: trend(n, &series),
        parts,
        history,
    })
}

/// Section 7; `since` is the first year of the safety-assessment rules:
/// a year before it (or before the series) has no safety reports to
/// compare with.
fn safety(
    data: &Dataset,
    n: &Narrative,
    since: i32,
    cur: &YearData,
    miss: &mut Miss,
) -> Option<SafetyFacts> {
    let previous_year = cur.year - 1;
    let first = data.years.keys().next().copied().unwrap_or(cur.year);
    let last_expected = previous_year >= since.max(first);
    let prev = data.get(previous_year).and_then(|d| d.safety.as_ref());
    let Some(s) = &cur.safety else {
        let lacking = match prev {
            None if last_expected => vec![previous_year, cur.year],
            _ => vec![cur.year],
        };
        miss(MissingPart::Safety, lacking);
        return None;
    };
    if prev.is_none() && last_expected {
        miss(MissingPart::SafetyPrevious, vec![previous_year]);
    }
    let change = |f: fn(&crate::data::Safety) -> Count| {
        prev.map(|p| Change::new(n, previous_year, f(p), f(s), 1))
    };
    let annual_reports_change = change(|s| s.annual_reports);
    let notifications_change = change(|s| s.notifications);
    let reports_and_notifications_agree = match (&annual_reports_change, &notifications_change) {
        (Some(r), Some(n)) => r.class.direction() == n.class.direction(),
        _ => false,
    };
    Some(SafetyFacts {
        annual_reports: s.annual_reports,
        notifications: s.notifications,
        substances_national: s.substances_national,
        substances_multinational: s.substances_multinational,
        previous_year,
        annual_reports_change,
        notifications_change,
        // Checked data keep this sum within a count; saturating is a guard.
        substances_change: change(|s| {
            s.substances_national
                .saturating_add(s.substances_multinational)
        }),
        reports_and_notifications_agree,
    })
}

fn guidance(
    data: &Dataset,
    n: &Narrative,
    cur: &YearData,
    miss: &mut Miss,
) -> Option<GuidanceFacts> {
    let Some(g) = &cur.guidance else {
        miss(MissingPart::Guidance, vec![cur.year]);
        return None;
    };
    let series = data.series(cur.year, |d| d.guidance.as_ref().map(|g| g.total));
    Some(GuidanceFacts {
        total: g.total,
        meetings: g.meetings,
        written: g.written,
        human: g.human,
        veterinary: g.veterinary,
        devices: g.devices,
        industry: g.industry,
        academia: g.academia,
        industry_share: g.industry.map(|i| Share::new(i, g.total)),
        trend: trend(n, &series),
        since: since(n, &series),
    })
}

/// How a series has moved into its last point, beyond last year.
///
/// With last year known: a gradual increase when the series rose in each of
/// at least two consecutive years up to now, every step slight (`None`
/// otherwise: the year-on-year [`Trend`] says the rest). With last year
/// missing: the comparison with the latest earlier year, by direction only,
/// as the years between are not known.
pub fn since(n: &Narrative, series: &[(i32, Count)]) -> Option<Since> {
    let [.., (py, pv), (cy, cv)] = series else {
        return None;
    };
    if cy - py != 1 {
        let shape = match Change::new(n, *py, *pv, *cv, 1).class.direction() {
            Direction::Up => Shape::Increase,
            Direction::Down => Shape::Decrease,
            Direction::Same => Shape::Stable,
        };
        return Some(Since {
            base_year: *py,
            base_value: *pv,
            shape,
        });
    }
    let run = unbroken(series);
    let mut start = run.len() - 1;
    while start > 0 {
        let (y0, v0) = run[start - 1];
        let (_, v1) = run[start];
        if Change::new(n, y0, v0, v1, 1).class != ChangeClass::SlightIncrease {
            break;
        }
        start -= 1;
    }
    let steps = run.len() - 1 - start;
    (steps >= 2).then(|| Since {
        base_year: run[start].0,
        base_value: run[start].1,
        shape: Shape::GradualIncrease,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n() -> Narrative {
        Narrative::default()
    }

    #[test]
    fn the_reference_calls_these_changes_slight() {
        // +11 %, −4 %, −15 % are all "slight" in the 2024 report.
        assert_eq!(
            Change::new(&n(), 2023, 98, 109, 1).class,
            ChangeClass::SlightIncrease
        );
        assert_eq!(
            Change::new(&n(), 2023, 46, 44, 1).class,
            ChangeClass::SlightDecrease
        );
        assert_eq!(
            Change::new(&n(), 2023, 39, 33, 1).class,
            ChangeClass::SlightDecrease
        );
    }

    #[test]
    fn size_classes_follow_the_thresholds() {
        let class = |a, b| Change::new(&n(), 2023, a, b, 1).class;
        assert_eq!(class(100, 102), ChangeClass::Stable);
        assert_eq!(class(100, 103), ChangeClass::SlightIncrease);
        assert_eq!(class(100, 120), ChangeClass::SlightIncrease);
        assert_eq!(class(100, 121), ChangeClass::ClearIncrease);
        assert_eq!(class(100, 125), ChangeClass::ClearIncrease);
        assert_eq!(class(100, 135), ChangeClass::ClearIncrease);
        assert_eq!(class(100, 136), ChangeClass::SharpIncrease);
        assert_eq!(class(100, 97), ChangeClass::SlightDecrease);
        assert_eq!(class(100, 98), ChangeClass::Stable);
        assert_eq!(class(100, 70), ChangeClass::ClearDecrease);
        assert_eq!(class(100, 50), ChangeClass::SharpDecrease);
        assert_eq!(class(0, 5), ChangeClass::SharpIncrease);
        assert_eq!(class(0, 0), ChangeClass::Stable);
        assert_eq!(class(5, 5), ChangeClass::Stable);
    }

    #[test]
    fn a_change_over_years_is_classed_by_its_yearly_rate() {
        // 47 → 59 over two years: +12 % a year, slight; in one year +26 %, clear.
        assert_eq!(Change::new(&n(), 2022, 47, 59, 2).size, Size::Slight);
        assert_eq!(Change::new(&n(), 2022, 47, 59, 1).size, Size::Clear);
    }

    #[test]
    fn percent_delta_and_moved() {
        let c = Change::new(&n(), 2023, 98, 109, 1);
        assert_eq!((c.percent, c.delta()), (11, 11));
        assert!(c.moved(&n()));
        let c = Change::new(&n(), 2023, 10, 8, 1);
        assert_eq!(
            (c.percent, c.delta(), c.direction),
            (20, -2, Direction::Down)
        );
        // −20 %, but two applications are no trend.
        assert!(!c.moved(&n()));
        assert!(Change::new(&n(), 2023, 10, 7, 1).moved(&n()));
        // Three applications of 200 are stable.
        assert!(!Change::new(&n(), 2023, 200, 203, 1).moved(&n()));
        assert_eq!(Change::new(&n(), 2023, 0, 3, 1).percent, 0);
    }

    #[test]
    fn from_low_level_and_continuation() {
        let total = [
            (2020, 122),
            (2021, 144),
            (2022, 158),
            (2023, 98),
            (2024, 109),
        ];
        let t = trend(&n(), &total).unwrap();
        assert_eq!(t.from_level, Level::Low);
        assert!(!t.continues);
        assert_eq!(t.streak, 1);
        assert_eq!(t.record, None);
        let nc = [(2020, 50), (2021, 58), (2022, 50), (2023, 39), (2024, 33)];
        let t = trend(&n(), &nc).unwrap();
        assert_eq!(t.change.class, ChangeClass::SlightDecrease);
        assert!(t.continues);
        assert_eq!(t.streak, 3);
        assert_eq!(
            t.record,
            Some(RecordSince {
                record: Record::Lowest,
                since: 2020
            })
        );
    }

    #[test]
    fn the_level_needs_enough_years_and_is_stated_in_the_config() {
        // 2023 is the lowest of three years (2021–2023): a low level.
        let s = [(2021, 144), (2022, 158), (2023, 98), (2024, 109)];
        assert_eq!(trend(&n(), &s).unwrap().from_level, Level::Low);
        // Of two years only, it is not.
        assert_eq!(trend(&n(), &s[1..]).unwrap().from_level, Level::Ordinary);
        let loose = Narrative {
            level_min_years: 2,
            ..n()
        };
        assert_eq!(trend(&loose, &s[1..]).unwrap().from_level, Level::Low);
        // A high level; and a last year in the middle is ordinary.
        let s = [(2020, 122), (2021, 144), (2022, 158), (2023, 98)];
        assert_eq!(trend(&n(), &s).unwrap().from_level, Level::High);
        let s = [(2020, 122), (2021, 158), (2022, 144), (2023, 98)];
        assert_eq!(trend(&n(), &s).unwrap().from_level, Level::Ordinary);
        // A tie with the lowest is still the low level.
        let s = [(2017, 122), (2018, 121), (2019, 121), (2020, 122)];
        assert_eq!(trend(&n(), &s).unwrap().from_level, Level::Low);
        let s = [(2017, 122), (2018, 125), (2019, 125), (2020, 122)];
        assert_eq!(trend(&n(), &s).unwrap().from_level, Level::High);
    }

    #[test]
    fn records_need_an_unbroken_series_and_enough_years() {
        let s = [(2020, 122), (2021, 144), (2022, 158), (2023, 98)];
        let t = trend(&n(), &s).unwrap();
        assert_eq!(
            t.record,
            Some(RecordSince {
                record: Record::Lowest,
                since: 2020
            })
        );
        let t = trend(&n(), &s[..3]).unwrap();
        // 158 over two earlier years only: not a record.
        assert_eq!(t.record, None);
        let loose = Narrative {
            record_min_years: 2,
            ..n()
        };
        assert_eq!(
            trend(&loose, &s[..3]).unwrap().record.map(|r| r.record),
            Some(Record::Highest)
        );
        // A tie is not a record.
        let s = [(2017, 122), (2018, 121), (2019, 125), (2020, 121)];
        assert_eq!(trend(&n(), &s).unwrap().record, None);
        // A gap: the series starts again after it.
        let s = [
            (2015, 10),
            (2016, 20),
            (2017, 30),
            (2019, 40),
            (2020, 41),
            (2021, 42),
        ];
        assert_eq!(trend(&n(), &s).unwrap().record, None);
        let s = [
            (2015, 10),
            (2016, 20),
            (2017, 30),
            (2019, 40),
            (2020, 41),
            (2021, 42),
            (2022, 43),
        ];
        assert_eq!(
            trend(&n(), &s).unwrap().record,
            Some(RecordSince {
                record: Record::Highest,
                since: 2019
            })
        );
    }

    #[test]
    fn no_trend_across_a_gap_and_no_streak_through_one() {
        assert!(trend(&n(), &[(2022, 10), (2024, 20)]).is_none());
        assert!(trend(&n(), &[(2024, 20)]).is_none());
        // Down 2019 → 2020 → 2021, a gap, then down twice: a streak of two.
        let s = [
            (2019, 100),
            (2020, 90),
            (2021, 80),
            (2023, 70),
            (2024, 60),
            (2025, 50),
        ];
        let t = trend(&n(), &s).unwrap();
        assert_eq!((t.streak, t.continues), (2, true));
        // A stable year breaks a streak; a stable year has none.
        let s = [(2021, 100), (2022, 90), (2023, 89), (2024, 80)];
        assert_eq!(trend(&n(), &s).unwrap().streak, 1);
        assert!(!trend(&n(), &s).unwrap().continues);
        let s = [(2022, 90), (2023, 80), (2024, 79)];
        assert_eq!(trend(&n(), &s).unwrap().streak, 0);
        assert!(!trend(&n(), &s).unwrap().continues);
        // Up after down does not continue.
        let s = [(2022, 90), (2023, 80), (2024, 90)];
        assert_eq!(trend(&n(), &s).unwrap().streak, 1);
        // A rise of two the year before is no trend to continue (2021's
        // non-commercial sponsors: 48 → 50 → 58).
        let s = [(2019, 48), (2020, 50), (2021, 58)];
        assert_eq!(trend(&n(), &s).unwrap().streak, 1);
        assert!(!trend(&n(), &s).unwrap().continues);
        // This year's own change counts by its class, however small
        // (the cancer trials of 2024: 61 → 52 → 46 → 44).
        let s = [(2021, 61), (2022, 52), (2023, 46), (2024, 44)];
        assert_eq!(trend(&n(), &s).unwrap().streak, 3);
    }

    fn tr(series: &[(i32, Count)]) -> Trend {
        trend(&n(), series).unwrap()
    }

    #[test]
    fn the_sponsor_split_follows_the_groups() {
        let total = |a, b| tr(&[(2023, a), (2024, b)]);
        let g = |a, b| tr(&[(2023, a), (2024, b)]);
        // 2024: total up, commercial up, non-commercial down.
        let s = split(&n(), &total(98, 109), &g(59, 76), &g(39, 33)).unwrap();
        assert_eq!(
            (s.pattern, s.driver),
            (SplitPattern::Opposite, Sponsor::Commercial)
        );
        assert_eq!((s.other_change.previous, s.other_change.current), (39, 33));
        // 2016: both up, commercial most.
        let s = split(&n(), &total(129, 142), &g(79, 88), &g(50, 54)).unwrap();
        assert_eq!(
            (s.pattern, s.driver),
            (SplitPattern::Both, Sponsor::Commercial)
        );
        // Both down, non-commercial most.
        let s = split(&n(), &total(142, 120), &g(88, 84), &g(54, 36)).unwrap();
        assert_eq!(
            (s.pattern, s.driver),
            (SplitPattern::Both, Sponsor::NonCommercial)
        );
        // One group alone: the other moved by two.
        let s = split(&n(), &total(100, 110), &g(60, 72), &g(40, 38)).unwrap();
        assert_eq!(
            (s.pattern, s.driver),
            (SplitPattern::Alone, Sponsor::Commercial)
        );
        // 2018: a steady total, groups moving by one or two: nothing.
        assert!(split(&n(), &total(122, 121), &g(74, 72), &g(48, 49)).is_none());
        // A steady total with groups moving apart.
        let s = split(&n(), &total(120, 120), &g(60, 70), &g(60, 50)).unwrap();
        assert_eq!(
            (s.pattern, s.driver),
            (SplitPattern::Shifted, Sponsor::Commercial)
        );
        let s = split(&n(), &total(120, 120), &g(60, 50), &g(60, 70)).unwrap();
        assert_eq!(
            (s.pattern, s.driver),
            (SplitPattern::Shifted, Sponsor::NonCommercial)
        );
        // Steady total, groups apart but one by two only: nothing.
        assert!(split(&n(), &total(120, 120), &g(60, 62), &g(60, 58)).is_none());
        // Steady total, both moving the same way is impossible; both moved apart by less than the threshold class.
        assert!(split(&n(), &total(200, 200), &g(100, 101), &g(100, 99)).is_none());
        // A rise of the total whose largest part is two applications: no trend.
        assert!(split(&n(), &total(30, 34), &g(20, 22), &g(10, 12)).is_none());
        // Ties in the driver go to the commercial sponsors.
        let s = split(&n(), &total(100, 110), &g(50, 55), &g(50, 55)).unwrap();
        assert_eq!(
            (s.pattern, s.driver),
            (SplitPattern::Both, Sponsor::Commercial)
        );
    }

    #[test]
    fn gradual_only_over_consecutive_slight_rises() {
        // 2022 and 2024 only: an increase from 2022, nothing gradual.
        let s = since(&n(), &[(2022, 47), (2024, 59)]).unwrap();
        assert_eq!(s.shape, Shape::Increase);
        assert_eq!((s.base_year, s.base_value), (2022, 47));
        let s = since(&n(), &[(2022, 59), (2024, 47)]).unwrap();
        assert_eq!(s.shape, Shape::Decrease);
        let s = since(&n(), &[(2022, 59), (2024, 60)]).unwrap();
        assert_eq!(s.shape, Shape::Stable);
        // Three consecutive slight rises: gradual since the first year.
        let s = since(&n(), &[(2021, 40), (2022, 47), (2023, 52), (2024, 59)]).unwrap();
        assert_eq!(s.shape, Shape::GradualIncrease);
        assert_eq!((s.base_year, s.base_value), (2021, 40));
        // A sharp step (30 → 47) before the slight ones is where it starts.
        let s = since(&n(), &[(2021, 30), (2022, 47), (2023, 52), (2024, 59)]).unwrap();
        assert_eq!((s.base_year, s.base_value), (2022, 47));
        // One step only is no gradual rise; a clear step breaks it.
        assert!(since(&n(), &[(2023, 52), (2024, 59)]).is_none());
        assert!(since(&n(), &[(2022, 35), (2023, 52), (2024, 59)]).is_none());
        let s = since(&n(), &[(2021, 35), (2022, 47), (2023, 52), (2024, 59)]).unwrap();
        assert_eq!(s.base_year, 2022);
        // A stable step is not a rise.
        assert!(since(&n(), &[(2022, 52), (2023, 52), (2024, 59)]).is_none());
        assert!(since(&n(), &[(2024, 59)]).is_none());
    }

    #[test]
    fn shares_round_and_say_about() {
        let s = Share::new(45, 59);
        assert_eq!((s.percent, s.approximate), (76, true));
        let s = Share::new(1, 4);
        assert_eq!((s.percent, s.approximate), (25, false));
        assert_eq!(Share::new(0, 0).fraction(), 0.0);
        assert_eq!(Share::new(1, 4).fraction(), 0.25);
    }
}
