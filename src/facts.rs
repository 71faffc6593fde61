//! Stage 2, facts: what the numbers say, without words.
//!
//! From the checked [`Dataset`] this stage computes, for one year, every
//! number and classification a sentence is built from: the change of a count
//! against last year and its size class, whether last year was the series'
//! low or high, whether a trend continues, shares, "by far", "gradual". The
//! results are enums and numbers only; the locales turn them into words.
//! `trialreport facts` prints them as JSON for reviewers.
//!
//! Data the directorate did not supply are recorded in [`Facts::missing`],
//! never filled in: the report says so and the build warns.

use serde::Serialize;

use crate::config::{Config, Narrative};
use crate::data::{AreaCount, Count, Dataset, Date, YearData};

/// The first year of the Clinical Trials Regulation (EU) No 536/2014 and CTIS.
pub const CTR_FIRST_YEAR: i32 = 2022;
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
            _ => Direction::Down,
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
        let yearly = relative.map(|r| (1.0 + r).powf(1.0 / f64::from(years.max(1))) - 1.0);
        let size = match yearly.map(f64::abs) {
            None if current == previous => Size::Stable,
            None => Size::Sharp,
            Some(r) if r < n.stable_below => Size::Stable,
            Some(r) if r <= n.slight_up_to => Size::Slight,
            Some(r) if r <= n.clear_up_to => Size::Clear,
            Some(_) => Size::Sharp,
        };
        Self {
            previous_year,
            previous,
            current,
            relative,
            direction,
            size,
            class: ChangeClass::of(direction, size),
        }
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

/// A year-on-year change with its context.
#[derive(Debug, Clone, Serialize)]
pub struct Trend {
    pub change: Change,
    /// Where the previous year stood in the series up to it.
    pub from_level: Level,
    /// The change goes the same way as the one the year before.
    pub continues: bool,
}

/// The minimum number of earlier years before "last year's low level" is said.
const LEVEL_MIN_YEARS: usize = 3;

/// The trend of a series at its last point (`series` is in year order and
/// ends with the current year). `None` when the year before is missing.
pub fn trend(n: &Narrative, series: &[(i32, Count)]) -> Option<Trend> {
    let [.., (py, prev), (cy, cur)] = series else {
        return None;
    };
    if cy - py != 1 {
        return None;
    }
    let change = Change::new(n, *py, *prev, *cur, 1);
    let history = &series[..series.len() - 1];
    let from_level = if history.len() < LEVEL_MIN_YEARS {
        Level::Ordinary
    } else if history.iter().all(|(_, v)| v >= prev) {
        Level::Low
    } else if history.iter().all(|(_, v)| v <= prev) {
        Level::High
    } else {
        Level::Ordinary
    };
    let continues = match series {
        [.., (ppy, pprev), _, _] if py - ppy == 1 => {
            let before = Change::new(n, *ppy, *pprev, *prev, 1);
            change.class.direction() != Direction::Same
                && before.class.direction() == change.class.direction()
        }
        _ => false,
    };
    Some(Trend {
        change,
        from_level,
        continues,
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
}

/// Sponsor type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sponsor {
    Commercial,
    NonCommercial,
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
    /// The sponsor type whose change went furthest in the direction of the total's.
    pub driver: Option<Sponsor>,
    pub non_commercial_share: Share,
    pub paediatric: Option<Count>,
    pub rejected: Option<Count>,
    pub rejected_as_of: Option<Date>,
    pub transition: Option<Count>,
    /// Transition applications per year since the CTR, where supplied.
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
}

/// Section 2: CTIS applications by Norway's role.
#[derive(Debug, Clone, Serialize)]
pub struct CtisFacts {
    pub rms: Count,
    pub msc_ams: Count,
    pub multinational: Count,
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
}

/// The shape of a series from a base year to now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Shape {
    /// Rising over two years or more, each yearly step slight.
    GradualIncrease,
    Increase,
    Stable,
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
    /// Since when, and how, the total has moved.
    pub since: Option<Since>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Since {
    pub base_year: i32,
    pub base_value: Count,
    pub shape: Shape,
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
    Context,
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
}

/// Computes the facts of `year`. The year must be in the dataset.
pub fn compute(data: &Dataset, config: &Config, year: i32) -> Option<Facts> {
    let n = &config.narrative;
    let cur = data.get(year)?;
    let mut missing = Vec::new();
    let mut miss = |part, years: Vec<i32>| missing.push(Missing { part, years });

    let applications = applications(data, n, cur, &mut miss);
    let ctis = ctis(data, cur, &mut miss);
    let phases = phases(data, n, cur, &mut miss);
    let therapy = therapy(data, n, cur, &mut miss);
    let cancer = cancer(data, n, cur, &mut miss);
    let modifications = modifications(data, n, cur, &mut miss);
    let safety = safety(data, n, cur, &mut miss);
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
    if cur.context.is_none() {
        miss(MissingPart::Context, vec![year]);
    }
    if cur.published.is_none() {
        miss(MissingPart::PublicationDate, vec![year]);
    }
    missing.sort_by_key(|m| m.part);
    Some(Facts {
        year,
        published: cur.published,
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

fn applications(
    data: &Dataset,
    n: &Narrative,
    cur: &YearData,
    miss: &mut Miss,
) -> ApplicationFacts {
    let year = cur.year;
    let a = &cur.applications;
    let series = |f: fn(&YearData) -> Count| data.series(year, |d| Some(f(d)));
    let total_trend = trend(n, &series(|d| d.applications.total));
    let commercial_trend = trend(n, &series(|d| d.applications.commercial));
    let non_commercial_trend = trend(n, &series(|d| d.applications.non_commercial));
    let driver = match (&total_trend, &commercial_trend, &non_commercial_trend) {
        (Some(t), Some(c), Some(nc)) if t.change.direction != Direction::Same => {
            let delta = |tr: &Trend| i64::from(tr.change.current) - i64::from(tr.change.previous);
            let sign = if t.change.direction == Direction::Up {
                1
            } else {
                -1
            };
            Some(if sign * delta(c) >= sign * delta(nc) {
                Sponsor::Commercial
            } else {
                Sponsor::NonCommercial
            })
        }
        _ => None,
    };
    if a.paediatric.is_none() {
        miss(MissingPart::Paediatric, vec![year]);
    }
    if a.rejected.is_none() {
        miss(MissingPart::Rejected, vec![year]);
    }
    let mut transition_history = Vec::new();
    if year >= CTR_FIRST_YEAR {
        if a.transition.is_none() {
            miss(MissingPart::Transition, vec![year]);
        }
        let mut lacking = Vec::new();
        for y in CTR_FIRST_YEAR..=year {
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
        driver,
        non_commercial_share: Share::new(a.non_commercial, a.total),
        paediatric: a.paediatric,
        rejected: a.rejected,
        rejected_as_of: a.rejected_as_of,
        transition: a.transition,
        transition_history,
        history,
    }
}

fn ctis(data: &Dataset, cur: &YearData, miss: &mut Miss) -> Option<CtisFacts> {
    let Some(c) = &cur.ctis else {
        if cur.year >= CTR_FIRST_YEAR {
            miss(MissingPart::Ctis, vec![cur.year]);
        }
        return None;
    };
    let history = data
        .series(cur.year, |d| d.ctis.clone())
        .into_iter()
        .map(|(year, c)| CtisRow {
            year,
            rms: c.rms,
            msc_ams: c.msc_ams,
            mononational: c.mononational,
        })
        .collect();
    Some(CtisFacts {
        rms: c.rms,
        msc_ams: c.msc_ams,
        multinational: c.multinational(),
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
    let Some(counts) = as_array(cur) else {
        miss(MissingPart::Phases, vec![cur.year - 1, cur.year]);
        return None;
    };
    let previous = data.get(cur.year - 1).and_then(as_array);
    if previous.is_none() {
        miss(MissingPart::Phases, vec![cur.year - 1]);
    }
    let changes =
        previous.map(|p| std::array::from_fn(|i| Change::new(n, cur.year - 1, p[i], counts[i], 1)));
    Some(PhaseFacts {
        counts,
        previous,
        changes,
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
    Some(ModificationFacts {
        ctis_rms: m.ctis_rms,
        ctis_mononational: m.ctis_mononational,
        ctis_msc: m.ctis_msc,
        ctis_total: m.ctis_total,
        ctd: m.ctd,
        total: m.total,
        trend: trend(n, &series),
        history,
    })
}

fn safety(data: &Dataset, n: &Narrative, cur: &YearData, miss: &mut Miss) -> Option<SafetyFacts> {
    let Some(s) = &cur.safety else {
        miss(MissingPart::Safety, vec![cur.year - 1, cur.year]);
        return None;
    };
    let previous_year = cur.year - 1;
    let prev = data.get(previous_year).and_then(|d| d.safety.as_ref());
    if prev.is_none() {
        miss(MissingPart::SafetyPrevious, vec![previous_year]);
    }
    let change = |f: fn(&crate::data::Safety) -> Count| {
        prev.map(|p| Change::new(n, previous_year, f(p), f(s), 1))
    };
    Some(SafetyFacts {
        annual_reports: s.annual_reports,
        notifications: s.notifications,
        substances_national: s.substances_national,
        substances_multinational: s.substances_multinational,
        previous_year,
        annual_reports_change: change(|s| s.annual_reports),
        notifications_change: change(|s| s.notifications),
        // Checked data keep this sum within a count; saturating is a guard.
        substances_change: change(|s| {
            s.substances_national
                .saturating_add(s.substances_multinational)
        }),
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
        since: since(n, &series),
    })
}

/// How a series has moved into its last point: from the start of the run of
/// steps in the last step's direction. A rise over two years or more whose
/// every step is at most "slight" a year is gradual.
pub fn since(n: &Narrative, series: &[(i32, Count)]) -> Option<Since> {
    let [.., (py, pv), (cy, cv)] = series else {
        return None;
    };
    let last = Change::new(n, *py, *pv, *cv, cy - py);
    let direction = last.class.direction();
    let mut start = series.len() - 2;
    while start > 0 {
        let (y0, v0) = series[start - 1];
        let (y1, v1) = series[start];
        if Change::new(n, y0, v0, v1, y1 - y0).class.direction() != direction {
            break;
        }
        start -= 1;
    }
    let (base_year, base_value) = series[start];
    let steps_slight = series[start..]
        .windows(2)
        .all(|w| Change::new(n, w[0].0, w[0].1, w[1].1, w[1].0 - w[0].0).size <= Size::Slight);
    let shape = match direction {
        Direction::Up if cy - base_year >= 2 && steps_slight => Shape::GradualIncrease,
        Direction::Up => Shape::Increase,
        Direction::Down => Shape::Decrease,
        Direction::Same => Shape::Stable,
    };
    Some(Since {
        base_year,
        base_value,
        shape,
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
        assert_eq!(
            Change::new(&n(), 2023, 100, 102, 1).class,
            ChangeClass::Stable
        );
        assert_eq!(
            Change::new(&n(), 2023, 100, 125, 1).class,
            ChangeClass::ClearIncrease
        );
        assert_eq!(
            Change::new(&n(), 2023, 100, 50, 1).class,
            ChangeClass::SharpDecrease
        );
        assert_eq!(
            Change::new(&n(), 2023, 0, 5, 1).class,
            ChangeClass::SharpIncrease
        );
        assert_eq!(Change::new(&n(), 2023, 0, 0, 1).class, ChangeClass::Stable);
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
        let nc = [(2020, 50), (2021, 58), (2022, 50), (2023, 39), (2024, 33)];
        let t = trend(&n(), &nc).unwrap();
        assert_eq!(t.change.class, ChangeClass::SlightDecrease);
        assert!(t.continues);
    }

    #[test]
    fn gradual_increase_over_a_gap() {
        let s = since(&n(), &[(2022, 47), (2024, 59)]).unwrap();
        assert_eq!(s.shape, Shape::GradualIncrease);
        assert_eq!((s.base_year, s.base_value), (2022, 47));
        let s = since(&n(), &[(2023, 47), (2024, 59)]).unwrap();
        // One year of +26 % is a clear rise, not a gradual one.
        assert_eq!(s.shape, Shape::Increase);
    }

    #[test]
    fn shares_round_and_say_about() {
        let s = Share::new(45, 59);
        assert_eq!((s.percent, s.approximate), (76, true));
        let s = Share::new(1, 4);
        assert_eq!((s.percent, s.approximate), (25, false));
    }
}
