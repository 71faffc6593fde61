//! Section 6: substantial modifications, their parts in CTIS and under the
//! CTD, the year's editorial text, Figure 5 and Table 5.

use super::super::*;

impl Builder<'_> {
    pub(in crate::text) fn modifications(&self) -> Option<Section> {
        let y = self.year();
        let Some(m) = &self.f.modifications else {
            self.unavailable("modifications", &[y]);
            return None;
        };
        let ctr = self.f.applicable.ctr;
        // The computed sentences open the section; the year's editorial
        // text, which explains them, follows.
        let mut first = Vec::new();
        match &m.trend {
            Some(t) => {
                let mut args = self.trend_args(t);
                args.push(("year", y.into()));
                args.push(("total", m.total.into()));
                args.push(("agency", self.agency(Some("short")).into()));
                first.push(self.t("modifications-trend", &args));
                first.extend(self.record(&t.record));
            }
            None => first.push(self.t(
                "modifications-total",
                args![
                    ("year", y),
                    ("total", m.total),
                    ("agency", self.agency(Some("short")))
                ],
            )),
        }
        if let Some(p) = &m.parts {
            first.push(self.t(
                "modifications-parts",
                args![
                    ("ctis-change", p.ctis.class.key()),
                    ("ctis-previous", p.ctis.previous),
                    ("ctis", p.ctis.current),
                    ("ctd-change", p.ctd.class.key()),
                    ("ctd-previous", p.ctd.previous),
                    ("ctd", p.ctd.current),
                    ("ctd-none", p.ctd.current == 0 && p.ctd.previous > 0),
                    ("apart", p.apart)
                ],
            ));
        } else if ctr {
            // No last year to compare the parts with: the parts themselves.
            first.push(self.t(
                "modifications-split",
                args![("ctis", m.ctis_total), ("ctd", m.ctd)],
            ));
        }
        let mut blocks = vec![Block::para(first.join(" "))];
        blocks.extend(
            self.editorial("modifications", &[])
                .into_iter()
                .map(Block::para),
        );

        // The years that have data, the gap named under the figure.
        // Before the CTR every application was a CTD one: the figure shows
        // the totals, not a split into a part that did not exist.
        // One year is the sentences above, not a chart; the years the
        // series lacks are said with what else is missing.
        let lacking = self.f.missing_years(MissingPart::ModificationsHistory);
        let h = &m.history;
        if h.len() <= 1 {
            self.unavailable("modifications", &lacking);
        } else {
            let series = if ctr {
                vec![
                    (
                        self.t("series-ctis", &[]),
                        h.iter().map(|r| f64::from(r.1)).collect(),
                    ),
                    (
                        self.t("series-ctd", &[]),
                        h.iter().map(|r| f64::from(r.2)).collect(),
                    ),
                ]
            } else {
                vec![(
                    self.t("series-modifications", &[]),
                    h.iter().map(|r| f64::from(r.1 + r.2)).collect(),
                )]
            };
            let mut fig = self.figure_lacking(
                "modifications",
                self.title(
                    "modifications",
                    args![("split", ctr)],
                    &h.iter().map(|r| r.0).collect::<Vec<_>>(),
                    "number",
                ),
                ChartData {
                    kind: ChartKind::StackedBars,
                    categories: h.iter().map(|r| r.0.to_string()).collect(),
                    series,
                    y_label: self.t("axis-modifications", &[]),
                },
                &lacking,
            );
            let years: Vec<i32> = h.iter().map(|r| r.0).collect();
            // The split into CTIS and CTD breaks with the CTIS series.
            if ctr {
                self.note_breaks(&mut fig, "ctis", &years);
            }
            self.note_breaks(&mut fig, "modifications", &years);
            blocks.push(fig);
        }
        // The table splits the year by CTIS roles, which a year before the
        // CTR did not have; without the roles it would be its sum row alone,
        // which the sentences above say.
        let roles = [
            ("row-mod-rms", m.ctis_rms, false),
            ("row-mod-mononational", m.ctis_mononational, true),
            ("row-mod-msc", m.ctis_msc, false),
        ];
        if !ctr || roles.iter().all(|(_, v, _)| v.is_none()) {
            return Some(self.section("modifications", true, blocks));
        }

        // A role in CTIS (Norway as RMS or MSC) has no counterpart under the
        // old rules: `.` under the CTD, and the role's total is its CTIS
        // count. Mononational trials had modifications under the CTD too,
        // but the CTD count is not split by role: `..` there, and in the
        // total, which needs it.
        let mut rows = Vec::new();
        for (id, v, under_ctd) in roles {
            if let Some(v) = v {
                let (ctd, total) = if under_ctd {
                    (
                        self.symbol(Symbol::NotAvailable),
                        self.symbol(Symbol::NotAvailable),
                    )
                } else {
                    (self.symbol(Symbol::NotApplicable), Cell::new(self.num(v)))
                };
                rows.push(vec![
                    Cell::new(self.t(id, &[])),
                    Cell::new(self.num(v)),
                    ctd,
                    total,
                ]);
            }
        }
        blocks.push(Block::Table(Table {
            id: "tab-modifications".into(),
            caption: self.title("modifications-roles", &[], &[y], "number"),
            columns: vec![Column::Text, Column::Number, Column::Number, Column::Number],
            header: vec![
                ["col-role", "col-in-ctis", "col-ctd", "col-total-short"]
                    .iter()
                    .map(|id| Cell::new(self.t(id, &[])))
                    .collect(),
            ],
            rows,
            footer: vec![vec![
                Cell::new(self.t("row-sum", &[])),
                Cell::new(self.num(m.ctis_total)),
                Cell::new(self.num(m.ctd)),
                Cell::new(self.num(m.total)),
            ]],
            // The CTD's applications have no role and no mono/multinational
            // split: say so, or the `..` of one row reads as if they all
            // belonged to it.
            notes: (m.ctd > 0)
                .then(|| self.t("note-mod-ctd", args![("ctd", m.ctd)]))
                .into_iter()
                .collect(),
        }));
        Some(self.section("modifications", true, blocks))
    }
}
