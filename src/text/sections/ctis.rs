//! Section 2: applications in CTIS by Norway's role (from the CTR on).

use super::super::*;

impl Builder<'_> {
    pub(in crate::text) fn ctis(&self) -> Option<Section> {
        let y = self.year();
        let Some(c) = &self.f.ctis else {
            self.unavailable("ctis", &[y]);
            return None;
        };
        let mut blocks = Vec::new();
        // When the rules began, and why the series breaks: the table's
        // marked years and the key figure without a change rest on them.
        let mut rules = Vec::new();
        if self.f.applicable.transition {
            rules.push(self.t("ctis-ctr", args![("date", self.date(self.f.ctr_from))]));
        }
        let first = c.history.first().map_or(y, |r| r.year);
        for b in self.f.breaks.iter().filter(|b| b.data == "ctis") {
            let shown: Vec<i32> = b.years.iter().copied().filter(|by| *by > first).collect();
            // The year before the break announces it; a later report says it
            // while its table marks a year of it.
            if b.from == y + 1 || !shown.is_empty() {
                rules.push(self.break_reason(b));
            }
            if !shown.is_empty() {
                rules.push(self.t(
                    "break-not-comparable",
                    args![
                        ("years", self.years(&shown)),
                        ("count", shown.len() as u32),
                        ("series", b.data.as_str())
                    ],
                ));
            }
        }
        // Where a break is said, how much of each year went through CTIS:
        // every year that counts only part of the applications, and the
        // first year after them that counts all (2022: 31 of 158, 2023: 88
        // of 98, 2024: all), so that the reader sees why the years differ.
        if !rules.is_empty() && c.history.iter().any(|r| r.partial) {
            let mut seen_partial = false;
            for r in &c.history {
                if !r.partial && !seen_partial {
                    continue;
                }
                // In u64: the counts need not keep rules.toml's sums (a
                // project may drop a rule), and three u32 may overflow one.
                let ctis = u64::from(r.rms) + u64::from(r.msc_ams) + u64::from(r.mononational);
                rules.push(self.t(
                    "ctis-coverage",
                    args![
                        ("year", r.year),
                        ("ctis", ctis),
                        ("total", r.applications),
                        ("outside", u64::from(r.applications).saturating_sub(ctis)),
                        ("all", !r.partial)
                    ],
                ));
                if !r.partial {
                    break;
                }
                seen_partial = true;
            }
        }
        if !rules.is_empty() {
            blocks.push(Block::para(rules.join(" ")));
        }
        blocks.push(Block::para(self.t(
            "ctis-split",
            args![
                ("total", c.total),
                ("all", c.all_applications),
                ("year", y),
                ("multinational", c.multinational),
                ("mononational", c.mononational)
            ],
        )));
        let s = [
            self.t(
                "ctis-rms",
                args![
                    ("rms", c.rms),
                    ("multinational", c.multinational),
                    ("year", y)
                ],
            ),
            self.t("ctis-rms-role", &[]),
        ];
        blocks.push(Block::para(s.join(" ")));
        if let Some(n) = c.mononational_non_commercial {
            blocks.push(Block::para(self.t(
                "ctis-mononational",
                args![("count", n), ("mononational", c.mononational)],
            )));
        }
        let h = &c.history;
        // A column per year from the first with data to this year; a year
        // without data keeps its column, with `..` in it.
        let years: Vec<(i32, Option<&crate::facts::CtisRow>)> = match h.first() {
            Some(first) => (first.year..=self.year())
                .map(|y| (y, h.iter().find(|r| r.year == y)))
                .collect(),
            None => Vec::new(),
        };
        let mut header = vec![Cell::new(self.t("col-case-type", &[]))];
        header.extend(years.iter().map(|(y, _)| self.year_cell("ctis", *y, first)));
        let row = |id: &str, f: fn(&crate::facts::CtisRow) -> u32| {
            let mut cells = vec![Cell::new(self.t(id, &[]))];
            cells.extend(years.iter().map(|(_, r)| match r {
                Some(r) => Cell::new(self.num(f(r))),
                None => self.symbol(Symbol::NotAvailable),
            }));
            cells
        };
        let mut notes = Vec::new();
        let partial: Vec<i32> = h.iter().filter(|r| r.partial).map(|r| r.year).collect();
        if !partial.is_empty() {
            notes.push(self.t(
                "table-ctis-partial",
                args![
                    ("years", self.years(&partial)),
                    ("count", partial.len() as u32)
                ],
            ));
        }
        // The roles are explained in the glossary (a reference, not the
        // same words twice under the table), when the report has one.
        if self
            .o
            .sections
            .iter()
            .any(|s| s.built_in() == Some(crate::config::BuiltIn::Glossary))
        {
            notes.push(self.t("note-ctis-terms", &[]));
        }
        blocks.push(Block::Table(Table {
            id: "tab-ctis".into(),
            caption: self.title(
                "ctis",
                &[],
                &years.iter().map(|(y, _)| *y).collect::<Vec<_>>(),
                "number",
            ),
            columns: std::iter::once(Column::Text)
                .chain(years.iter().map(|_| Column::Number))
                .collect(),
            header: vec![header],
            rows: vec![
                row("row-ctis-rms", |r| r.rms),
                row("row-ctis-msc", |r| r.msc_ams),
                row("row-ctis-mononational", |r| r.mononational),
            ],
            footer: vec![],
            notes,
        }));
        Some(self.section("ctis", true, blocks))
    }
}
