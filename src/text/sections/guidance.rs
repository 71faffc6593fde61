//! Section 8: guidance and advice, against last year or the latest year
//! known, by field and by who asked.

use super::super::*;

impl Builder<'_> {
    pub(in crate::text) fn guidance(&self) -> Option<Section> {
        let y = self.year();
        let Some(g) = &self.f.guidance else {
            self.unavailable("guidance", &[y]);
            return None;
        };
        let agency = self.agency(Some("short"));
        let mut s = Vec::new();
        match (g.meetings, g.written) {
            (Some(m), Some(w)) => s.push(self.t(
                "guidance-total",
                args![
                    ("year", y),
                    ("total", g.total),
                    ("meetings", m),
                    ("written", w),
                    ("agency", agency)
                ],
            )),
            _ => s.push(self.t(
                "guidance-total-only",
                args![("year", y), ("total", g.total), ("agency", agency)],
            )),
        }
        match (&g.trend, &g.since) {
            (Some(t), since) => {
                let mut args = self.trend_args(t);
                // Beside a change from last year, `since` is only ever a
                // gradual increase (two or more slight rises, so from two
                // or more years back); the test says so for the reader.
                let gradual = since.as_ref().filter(|s| s.shape == Shape::GradualIncrease);
                args.push(("gradual", gradual.is_some().into()));
                args.push(("base-year", gradual.map_or(y, |s| s.base_year).into()));
                args.push(("base", gradual.map_or(0, |s| s.base_value).into()));
                s.push(self.t("guidance-trend", &args));
                s.extend(self.record(&t.record));
            }
            (None, Some(since)) => {
                let shape = match since.shape {
                    Shape::GradualIncrease | Shape::Increase => "increase",
                    Shape::Stable => "stable",
                    Shape::Decrease => "decrease",
                };
                s.push(self.t(
                    "guidance-since",
                    args![
                        ("shape", shape),
                        ("base-year", since.base_year),
                        ("base", since.base_value),
                        (
                            "missing",
                            self.years(&((since.base_year + 1)..y).collect::<Vec<_>>())
                        )
                    ],
                ));
            }
            (None, None) => {}
        }
        if let (Some(h), Some(v), Some(d)) = (g.human, g.veterinary, g.devices) {
            s.push(self.t(
                "guidance-areas",
                args![("human", h), ("veterinary", v), ("devices", d)],
            ));
        }
        let mut blocks = vec![Block::para(s.join(" "))];
        if let (Some(i), Some(a), Some(share)) = (g.industry, g.academia, &g.industry_share) {
            blocks.push(Block::para(self.t(
                "guidance-initiators",
                args![
                    ("industry", i),
                    ("academia", a),
                    ("percent", self.percent(share.percent)),
                    ("approximate", share.approximate)
                ],
            )));
        }
        if let (Some(h), Some(v), Some(d)) = (g.human, g.veterinary, g.devices) {
            blocks.push(self.figure(
                "guidance-areas",
                self.title("guidance-areas", &[], &[y], "number"),
                ChartData {
                    kind: ChartKind::HorizontalBars,
                    categories: vec![
                        self.t("area-human", &[]),
                        self.t("area-veterinary", &[]),
                        self.t("area-devices", &[]),
                    ],
                    series: vec![(
                        self.t("axis-guidance", &[]),
                        vec![f64::from(h), f64::from(v), f64::from(d)],
                    )],
                    y_label: self.t("axis-guidance", &[]),
                },
            ));
        }
        if let (Some(i), Some(a)) = (g.industry, g.academia) {
            blocks.push(self.figure(
                "guidance-initiators",
                self.title("guidance-initiators", &[], &[y], "number"),
                ChartData {
                    kind: ChartKind::HorizontalBars,
                    categories: vec![
                        self.t("initiator-industry", &[]),
                        self.t("initiator-academia", &[]),
                    ],
                    series: vec![(
                        self.t("axis-guidance", &[]),
                        vec![f64::from(i), f64::from(a)],
                    )],
                    y_label: self.t("axis-guidance", &[]),
                },
            ));
        }
        // One note for whatever breakdown of the year is not there.
        let lacking: Vec<&str> = [
            ("areas", g.human.is_none()),
            ("initiators", g.industry.is_none()),
        ]
        .into_iter()
        .filter_map(|(k, missing)| missing.then_some(k))
        .collect();
        if !lacking.is_empty() {
            let figure = if lacking.len() == 2 {
                "guidance-breakdown".to_string()
            } else {
                format!("guidance-{}", lacking[0])
            };
            self.unavailable(&figure, &[y]);
        }
        Some(self.section("guidance", true, blocks))
    }
}
