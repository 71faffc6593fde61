//! Sections 2–8: CTIS, phases, therapy areas, cancer trials, substantial
//! modifications, safety reporting and guidance, each a function from the
//! year's data (and the years before it) to that section's facts, noting
//! what should be there and is not.

use serde::Serialize;

use super::series::{Change, Share, Since, Trend, since, trend};
use super::since_break;
use super::{MODIFICATIONS_FIRST_YEAR, Miss, MissingPart};
use crate::config::Config;
use crate::data::{AreaCount, Count, Dataset, YearData};

/// One year of Table 2.
#[derive(Debug, Clone, Serialize)]
pub struct CtisRow {
    pub year: i32,
    pub rms: Count,
    pub msc_ams: Count,
    pub mononational: Count,
    /// Fewer than all applications of the year went through CTIS.
    pub partial: bool,
    /// All applications of the year, in CTIS or not.
    pub applications: Count,
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
    /// The rank of each area of `top`, in its order: areas with the same
    /// count share a rank and the next rank skips (1, 2, 2, 4), as
    /// Statistics Norway ranks ties.
    pub ranks: Vec<u32>,
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

pub(super) fn ctis(
    data: &Dataset,
    config: &Config,
    cur: &YearData,
    miss: &mut Miss,
) -> Option<CtisFacts> {
    let n = &config.narrative;
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
            applications: all,
        })
        .collect();
    // Not across a break: 2023's 69 against 2022's 20 measures the switch
    // to CTIS, not the trials.
    let multinational_change = (!config.broken("ctis", cur.year))
        .then(|| data.get(cur.year - 1))
        .flatten()
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

pub(super) fn phases(
    data: &Dataset,
    config: &Config,
    cur: &YearData,
    miss: &mut Miss,
) -> Option<PhaseFacts> {
    let n = &config.narrative;
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
    // Without this year's counts there is no section, and nothing to compare
    // last year's with: only this year is missing ("faser: 2015 og 2016"
    // read as if 2014 had them).
    let Some(counts) = as_array(cur) else {
        miss(MissingPart::Phases, vec![cur.year]);
        return None;
    };
    if previous.is_none() && last_expected {
        miss(MissingPart::Phases, vec![cur.year - 1]);
    }
    let changes: Option<[Change; 4]> = previous
        .filter(|_| !config.broken("phases", cur.year))
        .map(|p| std::array::from_fn(|i| Change::new(n, cur.year - 1, p[i], counts[i], 1)));
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

pub(super) fn therapy(
    data: &Dataset,
    config: &Config,
    cur: &YearData,
    miss: &mut Miss,
) -> Option<TherapyFacts> {
    let n = &config.narrative;
    let Some(t) = cur.therapy_areas.as_ref().filter(|t| !t.top.is_empty()) else {
        miss(MissingPart::TherapyAreas, vec![cur.year]);
        return None;
    };
    let leader = &t.top[0];
    let runner_up_count = t.top.get(1).map(|a| a.count);
    let by_far =
        runner_up_count.is_none_or(|r| f64::from(leader.count) >= n.by_far_ratio * f64::from(r));
    let still = (!config.broken("therapy_areas", cur.year))
        .then(|| data.get(cur.year - 1))
        .flatten()
        .and_then(|d| d.therapy_areas.as_ref())
        .and_then(|t| t.leading())
        .map(|prev| prev == leader.soc);
    Some(TherapyFacts {
        top: t.top.clone(),
        ranks: shared_ranks(&t.top),
        leader: leader.soc.clone(),
        leader_count: leader.count,
        runner_up_count,
        by_far,
        still,
    })
}

/// Each area's rank: one more than the number of areas with a larger count,
/// so that ties share a rank and the next rank skips (1, 2, 2, 4).
fn shared_ranks(areas: &[AreaCount]) -> Vec<u32> {
    areas
        .iter()
        .map(|a| 1 + areas.iter().filter(|b| b.count > a.count).count() as u32)
        .collect()
}

pub(super) fn cancer(
    data: &Dataset,
    config: &Config,
    cur: &YearData,
    miss: &mut Miss,
) -> Option<CancerFacts> {
    let n = &config.narrative;
    let Some(c) = &cur.cancer else {
        miss(MissingPart::Cancer, vec![cur.year]);
        return None;
    };
    let series = since_break(
        config,
        "cancer",
        data.series(cur.year, |d| d.cancer.as_ref().map(|c| c.total)),
    );
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

/// Section 6. The parts (in CTIS, under the CTD) are compared only when the
/// year before was under the Clinical Trials Regulation too (before it,
/// every application was a CTD one and "CTIS rose from 0" says nothing),
/// and not across a break in the `ctis` series (or in `modifications`).
pub(super) fn modifications(
    data: &Dataset,
    config: &Config,
    cur: &YearData,
    miss: &mut Miss,
) -> Option<ModificationFacts> {
    let n = &config.narrative;
    let ctr_from = config.rules.ctr.from.year;
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
    let series: Vec<(i32, Count)> = since_break(
        config,
        "modifications",
        data.series(cur.year, |d| d.modifications.as_ref().map(|m| m.total)),
    );
    let split_broken = config.broken("ctis", cur.year) || config.broken("modifications", cur.year);
    let parts = (cur.year > ctr_from && !split_broken)
        .then(|| data.get(cur.year - 1))
        .flatten()
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
pub(super) fn safety(
    data: &Dataset,
    config: &Config,
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
    let n = &config.narrative;
    let comparable = !config.broken("safety", cur.year);
    let change = |f: fn(&crate::data::Safety) -> Count| {
        prev.filter(|_| comparable)
            .map(|p| Change::new(n, previous_year, f(p), f(s), 1))
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

pub(super) fn guidance(
    data: &Dataset,
    config: &Config,
    cur: &YearData,
    miss: &mut Miss,
) -> Option<GuidanceFacts> {
    let n = &config.narrative;
    let Some(g) = &cur.guidance else {
        miss(MissingPart::Guidance, vec![cur.year]);
        return None;
    };
    let series = since_break(
        config,
        "guidance",
        data.series(cur.year, |d| d.guidance.as_ref().map(|g| g.total)),
    );
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

#[cfg(test)]
mod tests {
    use crate::facts::{test_data as data, test_facts as facts};

    fn modifications(ctis: u32, ctd: u32) -> String {
        format!(
            "[modifications]\nctis_total = {ctis}\nctd = {ctd}\ntotal = {}\n",
            ctis + ctd
        )
    }

    #[test]
    fn tied_areas_share_a_rank_and_the_next_skips() {
        let area = |soc: &str, count| crate::data::AreaCount {
            soc: soc.into(),
            count,
        };
        let ranks = super::shared_ranks(&[
            area("neoplasms", 44),
            area("endocrine", 9),
            area("gastrointestinal", 9),
            area("cardiac", 6),
            area("nervous-system", 6),
            area("musculoskeletal", 5),
        ]);
        assert_eq!(ranks, [1, 2, 2, 4, 4, 6]);
        assert_eq!(super::shared_ranks(&[area("a", 3), area("b", 2)]), [1, 2]);
        assert_eq!(super::shared_ranks(&[area("a", 3), area("b", 3)]), [1, 1]);
    }

    #[test]
    fn modification_parts_compare_with_the_year_before() {
        let d = data(&[
            (2024, &modifications(316, 116)),
            (2025, &modifications(400, 20)),
        ]);
        let m = facts(&d, 2025).modifications.unwrap();
        let p = m.parts.expect("2024 has modifications");
        assert_eq!(
            (p.ctis.previous_year, p.ctis.previous, p.ctis.current),
            (2024, 316, 400)
        );
        assert_eq!(
            (p.ctd.previous_year, p.ctd.previous, p.ctd.current),
            (2024, 116, 20)
        );
        assert!(p.apart, "CTIS up and CTD down move apart");
        // Both down: together.
        let d = data(&[
            (2024, &modifications(316, 116)),
            (2025, &modifications(200, 20)),
        ]);
        assert!(!facts(&d, 2025).modifications.unwrap().parts.unwrap().apart);
        // No year before: nothing to compare.
        assert!(facts(&d, 2024).modifications.unwrap().parts.is_none());
    }

    #[test]
    fn modification_parts_only_when_the_year_before_was_under_the_ctr() {
        // The CTR applies from 2022 (the test config's rules); without the
        // break in the CTIS series, which also holds 2023 apart.
        let d = data(&[
            (2020, &modifications(0, 300)),
            (2021, &modifications(0, 280)),
            (2022, &modifications(40, 250)),
            (2023, &modifications(90, 200)),
        ]);
        let config = crate::config::Config {
            breaks: Vec::new(),
            ..crate::config::Config::shipped()
        };
        for (year, parts) in [(2021, false), (2022, false), (2023, true)] {
            let m = crate::facts::compute(&d, &config, d.get(year).unwrap())
                .modifications
                .unwrap();
            assert_eq!(m.parts.is_some(), parts, "{year}");
            // The total's trend does not depend on the rules.
            assert!(m.trend.is_some(), "{year}");
        }
    }

    fn safety(reports: u32, notifications: u32) -> String {
        format!(
            "[safety]\nannual_reports = {reports}\nnotifications = {notifications}\nsubstances_national = 5\nsubstances_multinational = 7\n"
        )
    }

    #[test]
    fn safety_reports_and_notifications_agree_only_when_both_move_one_way() {
        let d = data(&[(2023, &safety(100, 50)), (2024, &safety(150, 80))]);
        let f = facts(&d, 2024);
        assert!(
            f.missing_years(crate::facts::MissingPart::SafetyPrevious)
                .is_empty()
        );
        let s = f.safety.unwrap();
        assert!(s.reports_and_notifications_agree);
        assert_eq!(s.previous_year, 2023);
        assert_eq!(s.annual_reports_change.unwrap().previous, 100);
        let d = data(&[(2023, &safety(100, 50)), (2024, &safety(150, 20))]);
        assert!(
            !facts(&d, 2024)
                .safety
                .unwrap()
                .reports_and_notifications_agree
        );
        // No year to compare with: no agreement claimed.
        let d = data(&[(2024, &safety(150, 80))]);
        let s = facts(&d, 2024).safety.unwrap();
        assert!(s.annual_reports_change.is_none());
        assert!(!s.reports_and_notifications_agree);
    }

    #[test]
    fn missing_safety_counts_name_the_years_that_should_have_them() {
        use crate::facts::MissingPart;
        // 2023 and 2024 both under the rules, neither with counts: both named.
        let d = data(&[(2022, &safety(1, 1)), (2023, ""), (2024, "")]);
        assert_eq!(
            facts(&d, 2024).missing_years(MissingPart::Safety),
            [2023, 2024]
        );
        // Last year had them: only this year is missing.
        let d = data(&[(2023, &safety(1, 1)), (2024, "")]);
        assert_eq!(facts(&d, 2024).missing_years(MissingPart::Safety), [2024]);
        // This year has them, last year not: last year is named apart.
        let d = data(&[(2022, ""), (2023, ""), (2024, &safety(1, 1))]);
        assert_eq!(
            facts(&d, 2024).missing_years(MissingPart::SafetyPrevious),
            [2023]
        );
    }

    fn ctis(rms: u32, msc_ams: u32, mononational: u32) -> String {
        format!("[ctis]\nrms = {rms}\nmsc_ams = {msc_ams}\nmononational = {mononational}\n")
    }

    /// 2022–2025 with CTIS counts and modifications split into CTIS and CTD.
    fn ctis_years() -> crate::data::Dataset {
        let both = |c: &str, m: &str| format!("{c}{m}");
        data(&[
            (2022, &both(&ctis(4, 16, 11), &modifications(40, 300))),
            (2023, &both(&ctis(10, 59, 19), &modifications(120, 280))),
            (2024, &both(&ctis(11, 79, 10), &modifications(316, 116))),
            (2025, &both(&ctis(12, 87, 1), &modifications(400, 60))),
        ])
    }

    #[test]
    fn no_ctis_change_across_the_break_and_one_after_it() {
        // The default configuration breaks the CTIS series in 2023 and 2024.
        let d = ctis_years();
        for year in [2022, 2023, 2024] {
            let f = facts(&d, year);
            assert!(f.ctis.unwrap().multinational_change.is_none(), "{year}");
        }
        let c = facts(&d, 2025).ctis.unwrap().multinational_change.unwrap();
        assert_eq!((c.previous_year, c.previous, c.current), (2024, 90, 99));
        // The modifications' split is the CTIS series': not compared across
        // the break (2023 against 2022, 2024 against 2023), compared after it.
        for year in [2023, 2024] {
            let m = facts(&d, year).modifications.unwrap();
            assert!(m.parts.is_none(), "{year}");
            // The total is not broken.
            assert!(m.trend.is_some(), "{year}");
        }
        let p = facts(&d, 2025).modifications.unwrap().parts.unwrap();
        assert_eq!((p.ctis.previous, p.ctis.current), (316, 400));
    }

    #[test]
    fn without_the_break_the_same_years_are_compared() {
        let d = ctis_years();
        let config = crate::config::Config {
            breaks: Vec::new(),
            ..crate::config::Config::shipped()
        };
        let f = crate::facts::compute(&d, &config, d.get(2023).unwrap());
        let c = f.ctis.unwrap().multinational_change.unwrap();
        assert_eq!((c.previous, c.current, c.percent), (20, 69, 245));
        assert!(f.modifications.unwrap().parts.is_some());
        assert!(f.breaks.is_empty());
    }

    #[test]
    fn the_facts_list_the_breaks_the_report_meets() {
        let d = ctis_years();
        let years = |year| -> Vec<(String, Vec<i32>)> {
            facts(&d, year)
                .breaks
                .into_iter()
                .map(|b| (b.data, b.years))
                .collect()
        };
        // 2022 announces the break to come; 2023 and 2024 are in it; 2025
        // still shows both years in its tables.
        assert_eq!(years(2022), [("ctis".to_string(), vec![])]);
        assert_eq!(years(2023), [("ctis".to_string(), vec![2023])]);
        assert_eq!(years(2024), [("ctis".to_string(), vec![2023, 2024])]);
        assert_eq!(years(2025), [("ctis".to_string(), vec![2023, 2024])]);
        let d = data(&[(2020, ""), (2021, "")]);
        assert!(
            facts(&d, 2021).breaks.is_empty(),
            "a break two years on is not met"
        );
        let f = facts(&d, 2021);
        assert!(!f.broken("ctis", 2023));
        let f = facts(&ctis_years(), 2024);
        assert!(f.broken("ctis", 2023) && f.broken("ctis", 2024));
        assert!(!f.broken("ctis", 2022) && !f.broken("cancer", 2023));
        let b = &f.breaks[0];
        assert_eq!(
            (b.from, b.to, b.date.year, b.date.month, b.date.day),
            (2023, 2024, 2023, 1, 31)
        );
        assert_eq!(b.message, "ctis");
    }

    #[test]
    fn a_break_starts_a_series_again_for_trends_records_and_since() {
        // Cancer trials broken in 2023: 2023 is not compared with 2022, and
        // 2024's trend, streak and record count from 2023 only.
        let cancer =
            |n: u32| format!("[cancer]\ncommercial = {n}\nnon_commercial = 0\ntotal = {n}\n");
        let d = data(&[
            (2019, &cancer(50)),
            (2020, &cancer(40)),
            (2021, &cancer(30)),
            (2022, &cancer(20)),
            (2023, &cancer(10)),
            (2024, &cancer(9)),
        ]);
        let mut config = crate::config::Config::shipped();
        config.breaks = vec![crate::config::SeriesBreak {
            data: "cancer".into(),
            to: None,
            ..crate::config::Config::shipped().breaks[0].clone()
        }];
        let f = |year| {
            crate::facts::compute(&d, &config, d.get(year).unwrap())
                .cancer
                .unwrap()
        };
        assert!(f(2023).trend.is_none());
        let t = f(2024).trend.unwrap();
        assert_eq!((t.change.previous_year, t.streak), (2023, 1));
        // Below every year before it, but only one of them is after the break.
        assert!(t.record.is_none());
        assert_eq!(t.from_level, crate::facts::Level::Ordinary);
        // Unbroken, the same year is a fifth fall in a row and a record.
        let t = facts(&d, 2024).cancer.unwrap().trend.unwrap();
        assert_eq!(t.streak, 5);
        assert!(t.record.is_some());
        // The history (the table) keeps every year.
        assert_eq!(f(2024).history.len(), 6);
    }

    #[test]
    fn phases_therapy_areas_and_safety_are_not_compared_across_their_breaks() {
        let phases =
            |n: u32| format!("[phases]\nphase_1 = {n}\nphase_2 = 1\nphase_3 = 1\nphase_4 = 1\n");
        let areas = "[therapy_areas]\ntop = [{ soc = \"neoplasms\", count = 5 }]\n";
        let year = |n: u32| format!("{}{areas}{}", phases(n), safety(n, n));
        let d = data(&[(2023, &year(10)), (2024, &year(20))]);
        let broken = |data: &str| {
            let mut config = crate::config::Config::shipped();
            config.breaks = vec![crate::config::SeriesBreak {
                data: data.into(),
                from: 2024,
                to: None,
                ..crate::config::Config::shipped().breaks[0].clone()
            }];
            crate::facts::compute(&d, &config, d.get(2024).unwrap())
        };
        let f = facts(&d, 2024);
        assert!(f.phases.unwrap().changes.is_some());
        assert_eq!(f.therapy.unwrap().still, Some(true));
        assert!(f.safety.unwrap().annual_reports_change.is_some());
        assert!(broken("phases").phases.unwrap().changes.is_none());
        assert_eq!(broken("therapy_areas").therapy.unwrap().still, None);
        let s = broken("safety").safety.unwrap();
        assert!(s.annual_reports_change.is_none() && s.substances_change.is_none());
        // Each break holds its own series only.
        let f = broken("phases");
        assert!(f.safety.unwrap().annual_reports_change.is_some());
        assert_eq!(f.therapy.unwrap().still, Some(true));
    }
}
