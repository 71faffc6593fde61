//! Section 3: applications by phase, this year against last.

use super::super::*;

impl Builder<'_> {
    pub(in crate::text) fn phases(&self) -> Option<Section> {
        let y = self.year();
        let lacking = self.f.missing_years(MissingPart::Phases);
        let Some(p) = &self.f.phases else {
            self.unavailable("phases", &lacking);
            return None;
        };
        let mut blocks = Vec::new();
        let mut s = Vec::new();
        if let Some(ch) = &p.changes {
            s.push(self.t(
                "phases-change",
                args![
                    ("phase-3", ch[2].class.key()),
                    ("phase-3-previous", ch[2].previous),
                    ("phase-3-current", ch[2].current),
                    ("phase-2", ch[1].class.key()),
                    ("phase-2-previous", ch[1].previous),
                    ("phase-2-current", ch[1].current),
                    ("agree", p.iii_and_ii_agree),
                    ("previous-year", ch[2].previous_year)
                ],
            ));
        }
        s.push(self.t("phases-note", &[]));
        blocks.push(Block::para(s.join(" ")));
        // Last year beside this year where last year is known; this year
        // alone, with last year's gap named, where it is not.
        let categories = ["I", "II", "III", "IV"]
            .iter()
            .map(|r| self.t("phase", args![("phase", *r)]))
            .collect();
        let mut series = Vec::new();
        if let Some(prev) = p.previous {
            series.push((
                (y - 1).to_string(),
                prev.iter().map(|v| f64::from(*v)).collect(),
            ));
        }
        series.push((
            y.to_string(),
            p.counts.iter().map(|v| f64::from(*v)).collect(),
        ));
        let from = if p.previous.is_some() { y - 1 } else { y };
        let mut fig = self.figure_lacking(
            "phases",
            self.title_span("phases", &[], (from, y), "number"),
            ChartData {
                kind: ChartKind::GroupedBars,
                categories,
                series,
                y_label: self.t("axis-applications", &[]),
            },
            &lacking,
        );
        self.note_breaks(&mut fig, "phases", &(from..=y).collect::<Vec<_>>());
        blocks.push(fig);
        Some(self.section("phases", true, blocks))
    }
}
