//! Section 1, applications: the total and the two sponsor groups, how the
//! groups moved against the total ([`SplitPattern`]), their records, the
//! non-commercial share, and the parts of section 1 that only some years
//! have (paediatric and rejected applications, the transition to the CTR).

use serde::Serialize;

use super::series::{
    Change, Direction, Record, RecordSince, Share, Trend, record_of, trend, unbroken,
};
use super::{Applicable, Miss, MissingPart, since_break};
use crate::config::{Config, Narrative};
use crate::data::{Count, Dataset, Date, YearData};

/// Sponsor type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr, strum::EnumIter)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr, strum::EnumIter)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
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
    /// How many years running the other group has moved its way, this year
    /// included (0 unless it moved: `Both` and `Opposite` only).
    pub other_streak: u32,
    /// The other group moved the same way, by the same class, the year
    /// before too ("nok en svak nedgang").
    pub other_repeats: bool,
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
            // Years running, and "once more": only for a group that moved.
            other_streak: if matches!(pattern, SplitPattern::Both | SplitPattern::Opposite) {
                o.streak
            } else {
                0
            },
            other_repeats: matches!(pattern, SplitPattern::Both | SplitPattern::Opposite)
                && o.repeats,
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

pub(super) fn applications(
    data: &Dataset,
    config: &Config,
    applicable: &Applicable,
    cur: &YearData,
    miss: &mut Miss,
) -> ApplicationFacts {
    let n = &config.narrative;
    let year = cur.year;
    let a = &cur.applications;
    let series = |f: fn(&YearData) -> Count| {
        since_break(config, "applications", data.series(year, |d| Some(f(d))))
    };
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
    // A record of the share as printed (whole percent): 39.3 % is no record
    // beside a year the table also shows as 39 %.
    let shares: Vec<(i32, u32)> = since_break(
        config,
        "applications",
        data.series(year, |d| {
            Some(Share::new(d.applications.non_commercial, d.applications.total).percent)
        }),
    );
    let share_record = share_record_of(unbroken(&shares), n);
    if a.paediatric.is_none() {
        miss(MissingPart::Paediatric, vec![year]);
    }
    if a.rejected.is_none() {
        miss(MissingPart::Rejected, vec![year]);
    }
    let paediatric_before = data
        .get(year - 1)
        .filter(|_| !config.broken("applications.paediatric", year));
    let paediatric_change = match (a.paediatric, paediatric_before) {
        (Some(p), Some(prev)) => prev
            .applications
            .paediatric
            .map(|pp| Change::new(n, year - 1, pp, p, 1)),
        _ => None,
    };
    let transition_history = match applicable.transition {
        true => transition_history(data, config, cur, miss),
        false => Vec::new(),
    };
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

/// The transition applications of every year since the transition began,
/// up to `cur`; this year's or an earlier year's count missing is said.
fn transition_history(
    data: &Dataset,
    config: &Config,
    cur: &YearData,
    miss: &mut Miss,
) -> Vec<(i32, Count)> {
    let (year, a) = (cur.year, &cur.applications);
    if a.transition.is_none() {
        miss(MissingPart::Transition, vec![year]);
    }
    let mut history = Vec::new();
    let mut lacking = Vec::new();
    for y in config.rules.transition.from.year..=year {
        match data.get(y).and_then(|d| d.applications.transition) {
            Some(v) => history.push((y, v)),
            None => lacking.push(y),
        }
    }
    if !lacking.is_empty() && a.transition.is_some() {
        miss(MissingPart::TransitionHistory, lacking);
    }
    history
}

/// A record of the share as printed, by `record_share_margin` percentage
/// points at least over the earlier record (2020: 41 % against 40 % is none).
fn share_record_of(run: &[(i32, u32)], n: &Narrative) -> Option<RecordSince> {
    let record = record_of(run, n.record_min_years)?;
    let [earlier @ .., (_, last)] = run else {
        return None;
    };
    let margin = match record.record {
        Record::Lowest => earlier.iter().map(|(_, v)| v - last).min(),
        Record::Highest => earlier.iter().map(|(_, v)| last - v).min(),
    }?;
    (margin >= n.record_share_margin).then_some(record)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{test_data as data, test_facts as facts};

    #[test]
    fn paediatric_trials_against_last_year() {
        let d = data(&[
            (2023, "paediatric = 10\n"),
            (2024, "paediatric = 17\n"),
            (2025, ""),
        ]);
        let c = facts(&d, 2024).applications.paediatric_change.unwrap();
        assert_eq!(
            (c.previous_year, c.previous, c.current, c.percent),
            (2023, 10, 17, 70)
        );
        assert!(facts(&d, 2023).applications.paediatric_change.is_none());
        let d = data(&[(2024, "paediatric = 17\n"), (2026, "paediatric = 3\n")]);
        assert!(facts(&d, 2026).applications.paediatric_change.is_none());
        // Not across a break in the series, nor from a year before it.
        let d = data(&[
            (2023, "paediatric = 10\n"),
            (2024, "paediatric = 17\n"),
            (2025, "paediatric = 20\n"),
        ]);
        let mut config = crate::config::Config::shipped();
        config.breaks = vec![crate::config::SeriesBreak {
            data: "applications.paediatric".into(),
            from: 2024,
            to: None,
            ..crate::config::Config::shipped().breaks[0].clone()
        }];
        let f = |y| crate::facts::compute(&d, &config, d.get(y).unwrap());
        assert!(f(2024).applications.paediatric_change.is_none());
        let c = f(2025).applications.paediatric_change.unwrap();
        assert_eq!((c.previous_year, c.previous), (2024, 17));
        // The total is another series.
        assert!(f(2024).applications.total_trend.is_some());
    }

    #[test]
    fn the_transition_history_is_noted_only_beside_this_year_s_count() {
        let missing = |f: &crate::facts::Facts, part| f.missing_years(part);
        // No count this year: that is the one gap to note.
        let d = data(&[(2022, ""), (2023, ""), (2024, "")]);
        let f = facts(&d, 2024);
        assert_eq!(missing(&f, MissingPart::Transition), [2024]);
        assert!(missing(&f, MissingPart::TransitionHistory).is_empty());
        // A count this year: the years before it that lack one.
        let d = data(&[
            (2022, ""),
            (2023, "transition = 5\n"),
            (2024, "transition = 254\n"),
        ]);
        let f = facts(&d, 2024);
        assert!(missing(&f, MissingPart::Transition).is_empty());
        assert_eq!(missing(&f, MissingPart::TransitionHistory), [2022]);
        assert_eq!(f.applications.transition_history, [(2023, 5), (2024, 254)]);
        // Before the transition, nothing at all.
        let d = data(&[(2020, ""), (2021, "")]);
        let f = facts(&d, 2021);
        assert!(missing(&f, MissingPart::Transition).is_empty());
        assert!(f.applications.transition_history.is_empty());
    }

    fn n() -> Narrative {
        crate::config::Config::shipped().narrative
    }

    #[test]
    fn a_share_record_needs_its_margin() {
        // 2020: 41 % after 33, 39, 38, 38, 40, 40: one point above the
        // earlier high is no record; two points are.
        let s = [
            (2014, 33),
            (2015, 39),
            (2016, 38),
            (2017, 38),
            (2018, 40),
            (2019, 40),
            (2020, 41),
        ];
        assert_eq!(share_record_of(&s, &n()), None);
        let mut high = s;
        high[6].1 = 42;
        let r = share_record_of(&high, &n()).unwrap();
        assert_eq!((r.record, r.since), (Record::Highest, 2014));
        let mut low = s;
        low[6].1 = 31;
        assert_eq!(share_record_of(&low, &n()).unwrap().record, Record::Lowest);
        low[6].1 = 32;
        assert_eq!(share_record_of(&low, &n()), None);
        let loose = Narrative {
            record_share_margin: 1,
            ..n()
        };
        assert_eq!(share_record_of(&s, &loose).unwrap().record, Record::Highest);
        // Too few years: no record whatever the margin.
        assert_eq!(share_record_of(&s[4..], &loose), None);
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
        // Steady total, one group moved (+10) and the other by two: nothing.
        assert!(split(&n(), &total(500, 508), &g(200, 210), &g(300, 298)).is_none());
        assert!(split(&n(), &total(500, 508), &g(300, 298), &g(200, 210)).is_none());
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
}
