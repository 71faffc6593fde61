//! Section 7: safety reporting under Implementing Regulation (EU) 2022/20
//! (from 2022 on).

use super::super::*;

impl Builder<'_> {
    pub(in crate::text) fn safety(&self) -> Option<Section> {
        let y = self.year();
        let mut blocks = vec![
            Block::para(self.t("safety-regulation", &[])),
            Block::para(self.t("safety-scope", &[])),
        ];
        // Without the year's counts the counts are named with what else is
        // missing. The section stays only where the directorate wrote the
        // year's own text on the regime (2024: what the monitoring covers);
        // otherwise it would be the regulation's fixed text alone.
        let Some(s) = &self.f.safety else {
            self.unavailable("safety", &self.f.missing_years(MissingPart::Safety));
            let text = self.editorial("safety", &[]);
            if text.is_empty() {
                return None;
            }
            blocks.extend(text.into_iter().map(Block::para));
            return Some(self.section("safety", true, blocks));
        };
        let mut p = Vec::new();
        if let (Some(r), Some(n)) = (&s.annual_reports_change, &s.notifications_change) {
            p.push(self.t(
                "safety-change",
                args![
                    ("previous-year", s.previous_year),
                    ("year", y),
                    ("reports-change", r.class.key()),
                    ("reports-previous", r.previous),
                    ("reports", r.current),
                    ("notifications-change", n.class.key()),
                    ("notifications-previous", n.previous),
                    ("notifications", n.current),
                    ("agree", s.reports_and_notifications_agree)
                ],
            ));
            if let Some(c) = &s.substances_change {
                p.push(self.t(
                    "safety-substances-change",
                    args![
                        ("change", c.class.key()),
                        ("previous", c.previous),
                        ("current", c.current)
                    ],
                ));
            }
        }
        p.extend(self.editorial("safety", &[]));
        if !p.is_empty() {
            blocks.push(Block::para(p.join(" ")));
        }
        let mut series = Vec::new();
        if let (Some(r), Some(n)) = (&s.annual_reports_change, &s.notifications_change) {
            series.push((
                (y - 1).to_string(),
                vec![f64::from(r.previous), f64::from(n.previous)],
            ));
        }
        let from = if series.is_empty() { y } else { y - 1 };
        series.push((
            y.to_string(),
            vec![f64::from(s.annual_reports), f64::from(s.notifications)],
        ));
        blocks.push(self.figure_lacking(
            "safety-reports",
            self.title_span("safety-reports", &[], (from, y), "number"),
            ChartData {
                kind: ChartKind::GroupedBars,
                categories: vec![
                    self.t("series-annual-reports", &[]),
                    self.t("series-notifications", &[]),
                ],
                series,
                y_label: self.t("axis-count", &[]),
            },
            &self.f.missing_years(MissingPart::SafetyPrevious),
        ));
        blocks.push(self.figure(
            "safety-substances",
            self.title("safety-substances", &[], &[y], "number"),
            ChartData {
                kind: ChartKind::HorizontalBars,
                categories: vec![
                    self.t("series-substances-national", &[]),
                    self.t("series-substances-multinational", &[]),
                ],
                series: vec![(
                    y.to_string(),
                    vec![
                        f64::from(s.substances_national),
                        f64::from(s.substances_multinational),
                    ],
                )],
                y_label: self.t("axis-substances", &[]),
            },
        ));
        Some(self.section("safety", true, blocks))
    }
}
