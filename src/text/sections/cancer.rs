//! Section 5: cancer trials, with their series' turns and Table 4.

use super::super::*;

impl Builder<'_> {
    pub(in crate::text) fn cancer(&self) -> Option<Section> {
        let y = self.year();
        let Some(c) = &self.f.cancer else {
            self.unavailable("cancer", &[y]);
            return None;
        };
        let mut s = vec![self.t("cancer-definition", &[])];
        match &c.trend {
            Some(t) => {
                let mut args = self.trend_args(t);
                args.push(("total", c.total.into()));
                args.push(("year", y.into()));
                s.push(self.t("cancer-total", &args));
                s.extend(self.record(&t.record));
            }
            None => s.push(self.t("cancer-total-only", args![("total", c.total), ("year", y)])),
        }
        let h = &c.history;
        // One year is a number, said in the text, not a chart or a table.
        if h.len() <= 1 {
            s.push(self.t(
                "sponsor-split",
                args![
                    ("commercial", c.commercial),
                    ("non-commercial", c.non_commercial)
                ],
            ));
            return Some(self.section("cancer", true, vec![Block::para(s.join(" "))]));
        }
        let mut blocks = vec![Block::para(s.join(" "))];
        let (from, to) = (h[0].0, y);
        let mut fig = self.figure_lacking(
            "cancer",
            self.title(
                "cancer",
                &[],
                &h.iter().map(|r| r.0).collect::<Vec<_>>(),
                "number",
            ),
            ChartData {
                kind: ChartKind::StackedBars,
                categories: h.iter().map(|r| r.0.to_string()).collect(),
                series: vec![
                    (
                        self.t("sponsor-commercial", &[]),
                        h.iter().map(|r| f64::from(r.1)).collect(),
                    ),
                    (
                        self.t("sponsor-non-commercial", &[]),
                        h.iter().map(|r| f64::from(r.2)).collect(),
                    ),
                ],
                y_label: self.t("axis-trials", &[]),
            },
            &absent((from, to), h.iter().map(|r| r.0)),
        );
        let years: Vec<i32> = h.iter().map(|r| r.0).collect();
        self.note_breaks(&mut fig, "cancer", &years);
        // Two years are a comparison, shown in the table without a chart.
        let charted = h.len() >= CHART_MIN_YEARS;
        if charted {
            blocks.push(fig);
        }
        blocks.push(Block::Table(Table {
            id: "tab-cancer".into(),
            caption: self.title_span("cancer", &[], (from, to), "number"),
            columns: vec![Column::Text, Column::Number, Column::Number, Column::Number],
            header: vec![
                [
                    "col-year",
                    "col-commercial-short",
                    "col-non-commercial-short",
                    "col-total-short",
                ]
                .iter()
                .map(|id| Cell::new(self.t(id, &[])))
                .collect(),
            ],
            rows: self.year_rows(
                "cancer",
                (from, to),
                h,
                |r| r.0,
                |r| {
                    vec![
                        Cell::new(self.num(r.1)),
                        Cell::new(self.num(r.2)),
                        Cell::new(self.num(r.3)),
                    ]
                },
                3,
            ),
            footer: vec![],
            // Without the chart, its notes on breaks go under the table.
            notes: if charted {
                vec![]
            } else {
                self.break_notes("cancer", &years)
            },
        }));
        Some(self.section("cancer", true, blocks))
    }
}
