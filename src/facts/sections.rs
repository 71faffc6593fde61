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
#[path = "sections_tests.rs"]
mod tests;
