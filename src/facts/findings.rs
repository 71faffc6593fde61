//! The report's main findings: the three to five facts a reader should
//! take away, chosen from the others by how much they matter, as SSB and
//! ONS open a release. Each is a [`FindingKind`] with its numbers and a
//! score; the locales say it (`finding-<kind>`).
//!
//! The total and its change always lead (a quiet year still has its count).
//! Then, by score: a rule that began to apply that year, records, sharp
//! changes and streaks; the transition and multinational counts where the
//! year has them. A year with fewer than `findings_min` notable facts is
//! filled up with plain ones (the non-commercial share, the cancer trials),
//! and no more than `findings_max` are kept (`report.toml`).

use serde::Serialize;

use super::series::{Change, RecordSince, Size};
use super::{Facts, Sponsor};
#[cfg(test)]
use super::{Record, compute};
use crate::config::Config;
use crate::data::{Count, Date};

/// A fact worth putting first, with what the sentence needs.
#[derive(Debug, Clone, Serialize, strum::IntoStaticStr, strum::EnumDiscriminants)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
#[strum_discriminants(
    name(FindingName),
    derive(strum::IntoStaticStr, strum::EnumIter),
    strum(serialize_all = "kebab-case")
)]
pub enum FindingKind {
    /// All applications: the count, its change from last year, a record of
    /// the series, and how many years running it has moved this way.
    Total {
        total: Count,
        change: Option<Change>,
        record: Option<RecordSince>,
        streak: u32,
    },
    /// The Clinical Trials Regulation began to apply this year; how many of
    /// the year's applications went through CTIS, where known.
    CtrApplies {
        date: Date,
        ctis: Option<Count>,
        total: Count,
    },
    /// New applications had to go through CTIS from this year.
    CtisMandatory {
        date: Date,
        ctis: Option<Count>,
        total: Count,
    },
    /// A sponsor group at the lowest or highest of its series (when the
    /// total is not at the same record, which the total's finding says);
    /// `share` is the non-commercial share when it is at the same record.
    GroupRecord {
        sponsor: Sponsor,
        count: Count,
        record: RecordSince,
        share: Option<u32>,
    },
    /// The non-commercial share at the lowest or highest of its series.
    ShareRecord { percent: u32, record: RecordSince },
    /// Cancer trials: the count, its change, a record and a streak.
    Cancer {
        total: Count,
        change: Option<Change>,
        record: Option<RecordSince>,
        streak: u32,
    },
    /// Transition applications to the CTR.
    Transition { count: Count },
    /// Multinational applications, when every application went through CTIS.
    Multinational { multinational: Count, total: Count },
    /// Trials that involve children.
    Paediatric { count: Count },
    /// The non-commercial share (no record): a plain fact for a quiet year.
    Share { percent: u32 },
}

/// Scores at or above this are findings in their own right; below it they
/// only fill a quiet year up to `findings_min`.
pub const NOTABLE: u32 = 20;

impl FindingKind {
    /// How much the finding matters: higher first. The total always leads.
    pub fn score(&self) -> u32 {
        match self {
            Self::Total { .. } => 100,
            Self::CtrApplies { .. } | Self::CtisMandatory { .. } => 90,
            Self::GroupRecord { .. } => 70,
            Self::ShareRecord { .. } => 55,
            Self::Cancer {
                change,
                record,
                streak,
                ..
            } => {
                let size = change.as_ref().map(|c| c.size);
                if record.is_some() {
                    65
                } else if size == Some(Size::Sharp) {
                    60
                } else if *streak >= 3 {
                    50
                } else if size == Some(Size::Clear) {
                    40
                } else {
                    5
                }
            }
            Self::Transition { .. } => 45,
            Self::Multinational { .. } => 35,
            Self::Paediatric { .. } => 30,
            Self::Share { .. } => 10,
        }
    }

    /// The kebab-case name: the message is `finding-<name>`.
    pub fn name(&self) -> &'static str {
        self.into()
    }
}

/// A main finding and its score.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub score: u32,
    #[serde(flatten)]
    pub kind: FindingKind,
}

/// Every fact that could be a main finding of `f`, in no order.
pub fn candidates(f: &Facts, config: &Config) -> Vec<FindingKind> {
    let a = &f.applications;
    let total_trend = a.total_trend.as_ref();
    let total_record = total_trend.and_then(|t| t.record);
    let mut out = vec![FindingKind::Total {
        total: a.total,
        change: total_trend.map(|t| t.change.clone()),
        record: total_record,
        streak: total_trend.map_or(0, |t| t.streak),
    }];
    let ctis = f.ctis.as_ref().map(|c| c.total);
    let rules = &config.rules;
    if f.applicable.ctr && rules.ctr.from.year == f.year {
        out.push(FindingKind::CtrApplies {
            date: rules.ctr.from,
            ctis,
            total: a.total,
        });
    }
    if f.applicable.ctr && rules.ctis_mandatory.from.year == f.year {
        out.push(FindingKind::CtisMandatory {
            date: rules.ctis_mandatory.from,
            ctis,
            total: a.total,
        });
    }
    // Group records the total's finding does not already say.
    let share_record = a.share_record;
    let mut share_said = false;
    if let Some(g) = &a.group_records {
        for (sponsor, record, count) in [
            (Sponsor::Commercial, g.commercial, a.commercial),
            (Sponsor::NonCommercial, g.non_commercial, a.non_commercial),
        ] {
            let Some(record) = record else { continue };
            if total_record.is_some_and(|t| t.record == record.record) {
                continue;
            }
            let share = (sponsor == Sponsor::NonCommercial
                && share_record.is_some_and(|s| s.record == record.record))
            .then_some(a.non_commercial_share.percent);
            share_said |= share.is_some();
            out.push(FindingKind::GroupRecord {
                sponsor,
                count,
                record,
                share,
            });
        }
    }
    match share_record {
        Some(record) if !share_said => out.push(FindingKind::ShareRecord {
            percent: a.non_commercial_share.percent,
            record,
        }),
        Some(_) => {}
        None => out.push(FindingKind::Share {
            percent: a.non_commercial_share.percent,
        }),
    }
    if let Some(c) = &f.cancer {
        out.push(FindingKind::Cancer {
            total: c.total,
            change: c.trend.as_ref().map(|t| t.change.clone()),
            record: c.trend.as_ref().and_then(|t| t.record),
            streak: c.trend.as_ref().map_or(0, |t| t.streak),
        });
    }
    if let Some(count) = a.transition {
        out.push(FindingKind::Transition { count });
    }
    if let Some(c) = f.ctis.as_ref().filter(|c| c.all_applications) {
        out.push(FindingKind::Multinational {
            multinational: c.multinational,
            total: c.total,
        });
    }
    if let Some(count) = a.paediatric {
        out.push(FindingKind::Paediatric { count });
    }
    out
}

/// The main findings of `f`: the total first, then the notable facts by
/// score (ties in the order [`candidates`] gives), at most `findings_max`;
/// with fewer than `findings_min`, the plain ones fill up, by score.
pub fn main_findings(f: &Facts, config: &Config) -> Vec<Finding> {
    let n = &config.narrative;
    let mut all: Vec<Finding> = candidates(f, config)
        .into_iter()
        .map(|kind| Finding {
            score: kind.score(),
            kind,
        })
        .collect();
    all.sort_by_key(|f| std::cmp::Reverse(f.score));
    let (notable, plain): (Vec<Finding>, Vec<Finding>) =
        all.into_iter().partition(|f| f.score >= NOTABLE);
    let mut out: Vec<Finding> = notable.into_iter().take(n.findings_max).collect();
    let missing = n.findings_min.saturating_sub(out.len());
    out.extend(plain.into_iter().take(missing));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{test_data, test_facts};

    /// Year files with applications (commercial, non-commercial) and
    /// cancer trials (total, split 2:1 as near as can be).
    fn data(rows: &[(i32, u32, u32, u32)]) -> crate::data::Dataset {
        let sources: Vec<_> = rows
            .iter()
            .map(|&(y, c, n, k)| {
                crate::diag::SourceFile::new(
                    format!("data/{y}.toml"),
                    format!(
                        "year = {y}\n[applications]\ncommercial = {c}\nnon_commercial = {n}\ntotal = {}\n[cancer]\ncommercial = {}\nnon_commercial = {}\ntotal = {k}\n",
                        c + n,
                        k - k / 3,
                        k / 3
                    ),
                )
            })
            .collect();
        crate::data::load_sources(&sources).unwrap()
    }

    fn names(f: &Facts) -> Vec<&'static str> {
        f.main_findings.iter().map(|f| f.kind.name()).collect()
    }

    #[test]
    fn a_quiet_year_still_has_three_findings() {
        // 2014–2019 as shipped: 2019's total the same as 2018's, its cancer
        // trials the lowest of six years.
        let d = data(&[
            (2014, 83, 41, 47),
            (2015, 79, 50, 53),
            (2016, 88, 54, 59),
            (2017, 74, 48, 48),
            (2018, 72, 49, 51),
            (2019, 73, 48, 45),
        ]);
        let f = test_facts(&d, 2019);
        assert_eq!(names(&f), ["total", "cancer", "share"]);
        let FindingKind::Cancer { record, .. } = &f.main_findings[1].kind else {
            panic!()
        };
        assert_eq!(record.map(|r| r.record), Some(Record::Lowest));
        // 2018: nothing notable; the total, then the plain facts by score.
        let f = test_facts(&d, 2018);
        assert_eq!(names(&f), ["total", "share", "cancer"]);
        assert_eq!(
            f.main_findings.iter().map(|f| f.score).collect::<Vec<_>>(),
            [100, 10, 5]
        );
        // 2014, the first year: the total without a change.
        let f = test_facts(&d, 2014);
        let FindingKind::Total { change, .. } = &f.main_findings[0].kind else {
            panic!()
        };
        assert!(change.is_none());
    }

    #[test]
    fn records_and_rules_come_first_and_five_at_most() {
        // 2016–2022 as shipped, then 2023 and 2024 with transition and CTIS.
        let mut rows = vec![
            (2016, 88, 54, 59),
            (2017, 74, 48, 48),
            (2018, 72, 49, 51),
            (2019, 73, 48, 45),
            (2020, 72, 50, 43),
            (2021, 86, 58, 61),
            (2022, 108, 50, 52),
        ];
        let d = data(&rows);
        let f = test_facts(&d, 2022);
        // The total's record holds the commercial one; the share's record
        // stands alone; the CTR began to apply.
        assert_eq!(names(&f), ["total", "ctr-applies", "share-record"]);
        let FindingKind::CtrApplies { date, ctis, total } = &f.main_findings[1].kind else {
            panic!()
        };
        assert_eq!((date.year, date.month, date.day), (2022, 1, 31));
        assert_eq!((*ctis, *total), (None, 158));
        rows.push((2023, 59, 39, 46));
        rows.push((2024, 76, 33, 44));
        let d = data(&rows);
        let f = test_facts(&d, 2023);
        assert_eq!(names(&f)[..2], ["total", "ctis-mandatory"]);
        let f = test_facts(&d, 2024);
        // The non-commercial count and share, both the lowest: one finding.
        assert_eq!(names(&f), ["total", "group-record", "cancer"]);
        let FindingKind::GroupRecord { sponsor, share, .. } = &f.main_findings[1].kind else {
            panic!()
        };
        assert_eq!((*sponsor, *share), (Sponsor::NonCommercial, Some(30)));
        // At most findings_max, the total first.
        let mut config = Config::shipped();
        config.narrative.findings_max = 2;
        let f = compute(&d, &config, d.get(2024).unwrap());
        assert_eq!(names(&f), ["total", "group-record"]);
        config.narrative.findings_min = 4;
        config.narrative.findings_max = 4;
        // 2019 in a series from 2016: no record, so only plain facts fill
        // up, and there are no more than three.
        let f = compute(&d, &config, d.get(2019).unwrap());
        assert_eq!(names(&f), ["total", "share", "cancer"]);
    }

    #[test]
    fn scores_rank_the_kinds() {
        let d = test_data(&[(2024, "transition = 254\npaediatric = 17\n")]);
        let f = test_facts(&d, 2024);
        // Transition (45) before paediatric (30); the plain share only fills.
        assert_eq!(names(&f), ["total", "transition", "paediatric"]);
        let change = |a, b| Some(Change::new(&Config::shipped().narrative, 2023, a, b, 1));
        let cancer = |change, record, streak| FindingKind::Cancer {
            total: 10,
            change,
            record,
            streak,
        };
        let rec = Some(RecordSince {
            record: Record::Highest,
            since: 2014,
        });
        assert_eq!(cancer(change(10, 11), rec, 0).score(), 65);
        assert_eq!(cancer(change(10, 20), None, 1).score(), 60);
        assert_eq!(cancer(change(10, 11), None, 3).score(), 50);
        assert_eq!(cancer(change(10, 13), None, 2).score(), 40);
        assert_eq!(cancer(change(10, 11), None, 2).score(), 5);
        assert_eq!(cancer(None, None, 0).score(), 5);
        assert!(cancer(change(10, 13), None, 2).score() >= NOTABLE);
        assert!(FindingKind::Share { percent: 30 }.score() < NOTABLE);
    }
}
