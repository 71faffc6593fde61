//! Section 4: therapy areas, the leading one and Table 3.

use super::super::*;

impl Builder<'_> {
    pub(in crate::text) fn therapy(&self) -> Option<Section> {
        let y = self.year();
        let Some(t) = &self.f.therapy else {
            self.unavailable("therapy", &[y]);
            return None;
        };
        let still = match t.still {
            Some(true) => "yes",
            Some(false) => "no",
            None => "unknown",
        };
        let sentence = self.t(
            "therapy-leader",
            args![
                ("count", t.leader_count),
                ("area", self.t(&format!("soc-{}.short", t.leader), &[])),
                ("still", still),
                ("by-far", t.by_far),
                // A reference only to a section the report has.
                ("cancer-shown", self.shows(BuiltIn::Cancer)),
                ("cancer-section", REF_MARK)
            ],
        );
        let mut blocks = vec![self.para_with_refs(&sentence, "sec-cancer")];
        blocks.push(Block::Table(Table {
            id: "tab-therapy".into(),
            caption: self.title(
                "therapy",
                args![("count", t.top.len() as u32)],
                &[y],
                "number",
            ),
            columns: vec![Column::Number, Column::Text, Column::Number],
            header: vec![vec![
                Cell::new(self.t("col-rank", &[])),
                Cell::new(self.t("col-soc", &[])),
                Cell::new(self.t("col-applications", &[])),
            ]],
            rows: t
                .top
                .iter()
                .zip(&t.ranks)
                .map(|(a, &rank)| {
                    vec![
                        Cell::new(self.t("rank", args![("rank", rank)])),
                        Cell::new(self.t(&format!("soc-{}", a.soc), &[])),
                        Cell::new(self.num(a.count)),
                    ]
                })
                .collect(),
            footer: vec![],
            notes: vec![self.t("note-meddra", &[])],
        }));
        Some(self.section("therapy", true, blocks))
    }

    /// Splits a sentence at [`REF_MARK`] into text runs and a reference run.
    pub(in crate::text) fn para_with_refs(&self, text: &str, target: &str) -> Block {
        let mut runs = Vec::new();
        for (i, part) in text.split(REF_MARK).enumerate() {
            if i > 0 {
                runs.push(Run::Ref {
                    target: target.to_string(),
                    supplement: self.t("label-section", &[]),
                });
            }
            if !part.is_empty() {
                runs.push(Run::Text {
                    text: part.to_string(),
                });
            }
        }
        Block::Para { runs }
    }
}
