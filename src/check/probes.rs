//! The made-up datasets the locale check builds the text of, besides the
//! real data, to learn which messages the program can ask for: every part
//! supplied, every optional part left out, half of them, and a series whose
//! turns reach sentences the real data may not have met.

use crate::data::Dataset;

/// A made-up series of applications (years 1988–1994 and 1996–2002) whose
/// turns reach the sentences the real data may not have met: a group's
/// record without the total's, the groups moving apart under a steady
/// total, and a record share without a group's record.
pub(super) fn turns() -> Dataset {
    use crate::data::{Applications, YearData};
    let mut data = Dataset::default();
    // commercial, non-commercial: 1993 is steady with the groups apart; in
    // 1994 the commercial count is the lowest of the series (of seven years,
    // enough for a record), the total not.
    for (year, c, n) in [
        (1988, 66, 40),
        (1989, 65, 40),
        (1990, 60, 40),
        (1991, 62, 40),
        (1992, 64, 40),
        (1993, 70, 34),
        (1994, 58, 46),
        // After a year without data (a new series): the non-commercial share
        // a record by four points (45 % against 41 %) while neither group's
        // count is one.
        (1996, 50, 30),
        (1997, 68, 45),
        (1998, 66, 45),
        (1999, 68, 45),
        (2000, 70, 45),
        (2001, 69, 45),
        (2002, 55, 45),
    ] {
        data.years.insert(
            year,
            YearData {
                year,
                published: None,
                applications: Applications {
                    commercial: c,
                    non_commercial: n,
                    total: c + n,
                    paediatric: None,
                    rejected: None,
                    rejected_as_of: None,
                    transition: None,
                },
                cancer: None,
                ctis: None,
                therapy_areas: None,
                phases: None,
                modifications: None,
                safety: None,
                guidance: None,
                context: None,
                not_supplied: None,
                confirmed: Vec::new(),
            },
        );
    }
    data
}

/// `data` with every optional part of every year supplied (made-up numbers
/// that pass the sum rules), to reach the text of parts the data lack.
/// Therapy areas are left as they are: their message ids come from the data.
pub(super) fn complete(data: &Dataset) -> Dataset {
    use crate::data::{
        Amount, Context, Ctis, Date, Guidance, Modifications, Phases, Safety, Split,
    };
    let mut data = data.clone();
    for y in data.years.values_mut() {
        let year = y.year;
        y.published.get_or_insert(Date {
            year: year + 1,
            month: 3,
            day: 1,
        });
        let a = &mut y.applications;
        a.paediatric.get_or_insert(1);
        if a.rejected.is_none() || a.rejected_as_of.is_none() {
            a.rejected = Some(1);
            a.rejected_as_of = Some(Date {
                year: year + 1,
                month: 1,
                day: 31,
            });
        }
        a.transition.get_or_insert(1);
        y.cancer.get_or_insert(Split {
            commercial: 2,
            non_commercial: 1,
            total: 3,
        });
        let c = y.ctis.get_or_insert(Ctis {
            rms: 1,
            msc_ams: 2,
            multinational: None,
            mononational: 3,
            mononational_non_commercial: None,
            total: None,
        });
        c.multinational.get_or_insert(c.rms + c.msc_ams);
        c.mononational_non_commercial
            .get_or_insert(c.mononational.min(1));
        c.total.get_or_insert(c.rms + c.msc_ams + c.mononational);
        y.phases.get_or_insert(Phases {
            phase_1: 1,
            phase_2: 2,
            phase_3: 3,
            phase_4: 4,
        });
        let m = y.modifications.get_or_insert(Modifications {
            ctis_rms: None,
            ctis_mononational: None,
            ctis_msc: None,
            ctis_total: 3,
            ctd: 1,
            total: 4,
        });
        if m.ctis_rms.is_none() {
            m.ctis_rms = Some(m.ctis_total);
            m.ctis_mononational = Some(0);
            m.ctis_msc = Some(0);
        }
        y.safety.get_or_insert(Safety {
            annual_reports: 1,
            notifications: 2,
            substances_national: 3,
            substances_multinational: 4,
        });
        let g = y.guidance.get_or_insert(Guidance {
            total: 2,
            meetings: None,
            written: None,
            human: None,
            veterinary: None,
            devices: None,
            industry: None,
            academia: None,
        });
        if g.meetings.is_none() || g.written.is_none() {
            (g.meetings, g.written) = (Some(g.total), Some(0));
        }
        if g.human.is_none() || g.veterinary.is_none() || g.devices.is_none() {
            (g.human, g.veterinary, g.devices) = (Some(g.total), Some(0), Some(0));
        }
        if g.industry.is_none() || g.academia.is_none() {
            (g.industry, g.academia) = (Some(g.total), Some(0));
        }
        y.context.get_or_insert(Context {
            action_plan_focus_areas: 1,
            nortrials_centres: 2,
            export_strategy_measures: 3,
            nortrials_measure: 4,
            export_revenue: Amount {
                year: year - 1,
                nok_billion: 5,
            },
            export_target: Amount {
                year: year + 5,
                nok_billion: 6,
            },
        });
    }
    data
}

/// [`complete`] data with one of the guidance breakdowns left out: by
/// field (`areas`) or by who initiated it, for the notes on either.
pub(super) fn half(data: &Dataset, areas: bool) -> Dataset {
    let mut data = complete(data);
    for g in data.years.values_mut().filter_map(|y| y.guidance.as_mut()) {
        if areas {
            (g.human, g.veterinary, g.devices) = (None, None, None);
        } else {
            (g.industry, g.academia) = (None, None);
        }
    }
    data
}

/// `data` with every optional part of every year left out.
pub(super) fn bare(data: &Dataset) -> Dataset {
    let mut data = data.clone();
    for y in data.years.values_mut() {
        y.published = None;
        let a = &mut y.applications;
        (a.paediatric, a.rejected, a.rejected_as_of, a.transition) = (None, None, None, None);
        (y.cancer, y.ctis, y.therapy_areas, y.phases) = (None, None, None, None);
        (y.modifications, y.safety, y.guidance, y.context) = (None, None, None, None);
    }
    // A year in the middle left out too, so the notes on a gap in a series are asked for.
    let years: Vec<i32> = data.years.keys().copied().collect();
    if years.len() >= 3 {
        data.years.remove(&years[years.len() / 2]);
    }
    data
}
