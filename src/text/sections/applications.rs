//! Section 1: applications for clinical trials: the year's total against
//! last year, the sponsor groups, the share, Table 1 and Figure 1a, and
//! the transition to the CTR in the years it lasted.

use super::super::*;

impl Builder<'_> {
    /// The sentences of section 1's first paragraph.
    pub(in crate::text) fn applications_text(&self) -> Vec<String> {
        let a = &self.f.applications;
        let y = self.year();
        let mut s = vec![self.t(
            "applications-received",
            args![
                ("year", y),
                ("total", a.total),
                ("agency", self.agency(None))
            ],
        )];
        // A series of one year has no figure and no table: its split is
        // said here.
        if a.history.len() <= 1 {
            s.push(self.t(
                "sponsor-split",
                args![
                    ("commercial", a.commercial),
                    ("non-commercial", a.non_commercial)
                ],
            ));
        }
        // A group's record of the same kind as the total's is said with it.
        let total_record = a.total_trend.as_ref().and_then(|t| t.record);
        let (c_record, nc_record) = a
            .group_records
            .as_ref()
            .map_or((None, None), |r| (r.commercial, r.non_commercial));
        let with_total = |g: Option<RecordSince>| matches!((total_record, g), (Some(t), Some(g)) if t.record == g.record);
        if let Some(t) = &a.total_trend {
            s.push(self.t("applications-trend", &self.trend_args(t)));
            if let Some(r) = total_record {
                let groups = match (with_total(c_record), with_total(nc_record)) {
                    (true, true) => "both",
                    (true, false) => "commercial",
                    (false, true) => "non-commercial",
                    (false, false) => "none",
                };
                s.push(self.t(
                    "applications-record",
                    args![
                        ("record", selector(r.record)),
                        ("since", r.since),
                        ("groups", groups)
                    ],
                ));
            }
        }
        // The group the last sentence named last, for "the latter group".
        let mut last = None;
        if let Some(split) = &a.split {
            let d = &split.driver_change;
            let o = &split.other_change;
            // The clause about the other group: three years or more running
            // is said as a streak, a repeat of last year's class as "nok en".
            let form = if split.other_streak >= 3 {
                "streak"
            } else if split.other_repeats {
                "again"
            } else {
                "plain"
            };
            let other = if matches!(split.pattern, SplitPattern::Both | SplitPattern::Opposite) {
                self.t(
                    "applications-split-other",
                    args![
                        ("pattern", selector(split.pattern)),
                        ("sponsor", selector(split.driver.other())),
                        ("change", self.change_key(o)),
                        ("percent", o.percent),
                        ("direction", selector(o.direction)),
                        ("streak", split.other_streak),
                        ("form", form)
                    ],
                )
            } else {
                String::new()
            };
            s.push(self.t(
                "applications-split",
                args![
                    ("pattern", selector(split.pattern)),
                    ("direction", selector(d.class.direction())),
                    ("driver", selector(split.driver)),
                    ("driver-previous", d.previous),
                    ("driver-current", d.current),
                    ("other", other),
                    ("other-identical", o.direction == Direction::Same),
                    ("other-previous", o.previous),
                    ("other-current", o.current)
                ],
            ));
            last = Some(split.driver.other());
        }
        let c_rest = c_record.filter(|_| !with_total(c_record));
        let nc_rest = nc_record.filter(|_| !with_total(nc_record));
        // The non-commercial sponsors' record of their count and of their
        // share, of one kind and one series: one sentence, not two in a row.
        let joint = match (c_rest, nc_rest, a.share_record) {
            (None, Some(g), Some(sh)) if g.record == sh.record && g.since == sh.since => Some(g),
            _ => None,
        };
        if let Some(r) = joint {
            s.push(self.t(
                "applications-group-share-record",
                args![
                    ("record", selector(r.record)),
                    ("since", r.since),
                    ("percent", self.percent(a.non_commercial_share.percent))
                ],
            ));
        } else {
            if let Some(since) = c_rest.or(nc_rest).map(|r| r.since) {
                let key = |r: Option<RecordSince>| r.map_or("none".into(), |r| selector(r.record));
                s.push(self.t(
                    "applications-group-record",
                    args![
                        ("commercial", key(c_rest)),
                        ("non-commercial", key(nc_rest)),
                        ("since", since)
                    ],
                ));
                // One group named alone is the one named last.
                last = match (c_rest, nc_rest) {
                    (Some(_), None) => Some(Sponsor::Commercial),
                    (None, Some(_)) => Some(Sponsor::NonCommercial),
                    _ => None,
                };
            }
            let (record, since) = a
                .share_record
                .map_or(("none".into(), y), |r| (selector(r.record), r.since));
            s.push(self.t(
                "applications-share",
                args![
                    ("last", last.map_or("none".into(), selector)),
                    ("year", y),
                    ("percent", self.percent(a.non_commercial_share.percent)),
                    ("approximate", a.non_commercial_share.approximate),
                    ("record", record),
                    ("since", since)
                ],
            ));
        }
        if let Some(p) = a.paediatric {
            s.push(self.t("applications-paediatric", args![("count", p)]));
        }
        if let (Some(r), Some(date)) = (a.rejected, a.rejected_as_of) {
            s.push(self.t(
                "applications-rejected",
                args![("count", r), ("year", y), ("date", self.date(date))],
            ));
        }
        s
    }

    pub(in crate::text) fn applications(&self) -> Section {
        let f = self.f;
        let a = &f.applications;
        let y = self.year();
        let mut blocks = vec![Block::para(self.applications_text().join(" "))];

        let hist = &a.history;
        let (from, to) = (hist[0].year, y);
        // One year is a number, said in the text, not a chart or a table;
        // two are a comparison, shown in the table without a chart.
        if hist.len() > 1 {
            let years: Vec<i32> = hist.iter().map(|r| r.year).collect();
            let mut fig = self.figure_lacking(
                "applications",
                self.title(
                    "applications",
                    &[],
                    &hist.iter().map(|r| r.year).collect::<Vec<_>>(),
                    "number",
                ),
                ChartData {
                    kind: ChartKind::StackedBars,
                    categories: hist.iter().map(|r| r.year.to_string()).collect(),
                    series: vec![
                        (
                            self.t("sponsor-commercial", &[]),
                            hist.iter().map(|r| f64::from(r.commercial)).collect(),
                        ),
                        (
                            self.t("sponsor-non-commercial", &[]),
                            hist.iter().map(|r| f64::from(r.non_commercial)).collect(),
                        ),
                    ],
                    y_label: self.t("axis-applications", &[]),
                },
                &absent((from, to), hist.iter().map(|r| r.year)),
            );
            self.note_breaks(&mut fig, "applications", &years);
            let charted = hist.len() >= CHART_MIN_YEARS;
            if charted {
                blocks.push(fig);
            }
            blocks.push(Block::Table(Table {
                id: "tab-applications".into(),
                caption: self.title_span("applications", &[], (from, to), "number-percent"),
                columns: vec![
                    Column::Text,
                    Column::Number,
                    Column::Number,
                    Column::Number,
                    Column::Number,
                ],
                // Short headers for narrow screens: the table then fits a
                // phone's width.
                header: vec![
                    std::iter::once(Cell::new(self.t("col-year", &[])))
                        .chain(
                            [
                                "col-commercial",
                                "col-non-commercial",
                                "col-non-commercial-share",
                                "col-total",
                            ]
                            .iter()
                            .map(|id| self.narrow_header(id)),
                        )
                        .collect(),
                ],
                rows: self.year_rows(
                    "applications",
                    (from, to),
                    hist,
                    |r| r.year,
                    |r| {
                        vec![
                            Cell::new(self.num(r.commercial)),
                            Cell::new(self.num(r.non_commercial)),
                            Cell::new(self.percent(r.non_commercial_share.percent)),
                            Cell::new(self.num(r.total)),
                        ]
                    },
                    4,
                ),
                footer: vec![],
                // Without the chart, its notes on breaks go under the table.
                notes: if charted {
                    vec![]
                } else {
                    self.break_notes("applications", &years)
                },
            }));
        }

        // The CTR transition: editorial text, the computed count, Figure 1b.
        if f.applicable.transition {
            let mut p = self.editorial("transition", &[]);
            if let Some(t) = a.transition {
                p.push(self.t("applications-transition", args![("count", t), ("year", y)]));
            }
            if !p.is_empty() {
                blocks.push(Block::para(p.join(" ")));
            }
            let lacking = f.missing_years(MissingPart::TransitionHistory);
            let h = &a.transition_history;
            if a.transition.is_none() {
                self.unavailable("transition", &[y]);
            } else if h.len() <= 1 {
                // This year alone is the sentence above, not a chart; the
                // years it lacks are said with what else is missing.
                self.unavailable("transition", &lacking);
            } else {
                let mut fig = self.figure_lacking(
                    "transition",
                    self.title(
                        "transition",
                        &[],
                        &h.iter().map(|(y, _)| *y).collect::<Vec<_>>(),
                        "number",
                    ),
                    ChartData {
                        kind: ChartKind::GroupedBars,
                        categories: h.iter().map(|(y, _)| y.to_string()).collect(),
                        series: vec![(
                            self.t("series-transition", &[]),
                            h.iter().map(|(_, v)| f64::from(*v)).collect(),
                        )],
                        y_label: self.t("axis-applications", &[]),
                    },
                    &lacking,
                );
                let years: Vec<i32> = h.iter().map(|(y, _)| *y).collect();
                self.note_breaks(&mut fig, "applications.transition", &years);
                blocks.push(fig);
            }
        }
        self.section("applications", true, blocks)
    }
}
