//! The main findings the report opens with: one sentence per finding the
//! facts chose ([`crate::facts::main_findings`]), the message
//! `finding-<kind>` of each, in the facts' order.

use super::super::*;
use crate::facts::{ChangeClass, FindingKind};

impl Builder<'_> {
    /// `$direction` (up, down, same, stable or none: no earlier year), `$percent`,
    /// `$previous-year`, `$previous` of a finding's change from last year.
    fn finding_change(&self, c: Option<&Change>) -> Args {
        match c {
            Some(c) => vec![
                // A change below the threshold of one is "about as many".
                (
                    "direction",
                    match (c.direction, c.class) {
                        (Direction::Same, _) => "same".to_string(),
                        (_, ChangeClass::Stable) => "stable".to_string(),
                        (d, _) => selector(d),
                    }
                    .into(),
                ),
                ("percent", c.percent.into()),
                ("previous-year", c.previous_year.into()),
                ("previous", c.previous.into()),
            ],
            None => vec![
                ("direction", "none".into()),
                ("percent", 0u32.into()),
                ("previous-year", (self.year() - 1).into()),
                ("previous", 0u32.into()),
            ],
        }
    }

    /// `$record` (lowest, highest or none) and `$since`.
    fn finding_record(&self, r: Option<RecordSince>) -> Args {
        vec![
            (
                "record",
                r.map_or("none".to_string(), |r| selector(r.record)).into(),
            ),
            ("since", r.map_or(self.year(), |r| r.since).into()),
        ]
    }

    /// The sentence of one finding.
    fn finding(&self, kind: &FindingKind) -> String {
        let y = self.year();
        let mut args: Args = vec![("year", y.into())];
        match kind {
            FindingKind::Total {
                total,
                change,
                record,
                streak,
            }
            | FindingKind::Cancer {
                total,
                change,
                record,
                streak,
            } => {
                args.push(("total", (*total).into()));
                args.extend(self.finding_change(change.as_ref()));
                args.extend(self.finding_record(*record));
                args.push(("streak", (*streak).into()));
            }
            FindingKind::CtrApplies { date, ctis, total }
            | FindingKind::CtisMandatory { date, ctis, total } => {
                args.push(("date", self.date(*date).into()));
                args.push(("known", ctis.is_some().into()));
                args.push(("ctis", ctis.unwrap_or(0).into()));
                args.push(("total", (*total).into()));
                let outside = ctis.map_or(0, |c| total.saturating_sub(c));
                args.push(("outside", outside.into()));
            }
            FindingKind::GroupRecord {
                sponsor,
                count,
                record,
                share,
            } => {
                args.push(("sponsor", selector(*sponsor).into()));
                args.push(("count", (*count).into()));
                args.extend(self.finding_record(Some(*record)));
                args.push((
                    "share",
                    share.map_or(String::new(), |p| self.percent(p)).into(),
                ));
                args.push(("with-share", share.is_some().into()));
            }
            FindingKind::ShareRecord { percent, record } => {
                args.push(("percent", self.percent(*percent).into()));
                args.extend(self.finding_record(Some(*record)));
            }
            FindingKind::Share { percent } => {
                args.push(("percent", self.percent(*percent).into()));
            }
            FindingKind::Transition { count } | FindingKind::Paediatric { count } => {
                args.push(("count", (*count).into()));
            }
            FindingKind::Multinational {
                multinational,
                total,
            } => {
                args.push(("multinational", (*multinational).into()));
                args.push(("total", (*total).into()));
            }
        }
        self.t(&format!("finding-{}", kind.name()), &args)
    }

    /// The main findings, as the facts ranked them.
    pub(in crate::text) fn main_findings(&self) -> MainFindings {
        MainFindings {
            title: self.t("main-findings-title", args![("year", self.year())]),
            items: self
                .f
                .main_findings
                .iter()
                .map(|f| self.finding(&f.kind))
                .collect(),
        }
    }
}
