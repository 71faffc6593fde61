//! The glossary: the terms of `report.toml` that the rest of the report
//! uses, none other.

use super::super::*;

impl Builder<'_> {
    /// The terms the other sections use (a whole-word match of the term), in
    /// the glossary's order; no glossary when they use none.
    pub(in crate::text) fn glossary(&self, sections: &[&Section]) -> Option<Section> {
        let text = sections
            .iter()
            .map(|s| section_text(s))
            .collect::<Vec<_>>()
            .join("\n");
        let entries: Vec<GlossaryEntry> = self
            .o
            .glossary
            .iter()
            .map(|key| GlossaryEntry {
                term: self.t(&format!("glossary-{key}.term"), &[]),
                definition: self.t(&format!("glossary-{key}"), &[]),
            })
            .filter(|e| uses_word(&text, &e.term))
            .collect();
        (!entries.is_empty())
            .then(|| self.section("glossary", false, vec![Block::Glossary { entries }]))
    }
}
