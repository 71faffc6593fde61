//! The glossary: the terms of `report.toml` that the rest of the report
//! uses, and those the explanations of these use ("CTIS: … under CTR"
//! brings CTR), none other.

use super::super::*;

impl Builder<'_> {
    /// The terms the other sections use ([`uses_term`]) and the terms the
    /// explanations of those use, in the language's alphabetical order (a
    /// Norwegian glossary puts Æ, Ø and Å last); no glossary when they use
    /// none.
    pub(in crate::text) fn glossary(
        &self,
        sections: &[&Section],
        extra: &[String],
    ) -> Option<Section> {
        let text = sections
            .iter()
            .map(|s| section_text(s))
            .chain(extra.iter().cloned())
            .collect::<Vec<_>>()
            .join("\n");
        let all: Vec<GlossaryEntry> = self
            .o
            .glossary
            .iter()
            .map(|key| GlossaryEntry {
                term: self.t(&format!("glossary-{key}.term"), &[]),
                // Whether the publisher republishes an earlier agency's
                // year: then the publisher's entry says whom it succeeded.
                definition: self.t(
                    &format!("glossary-{key}"),
                    args![("republished", self.f.agency_until.is_some())],
                ),
            })
            .collect();
        let mut used: Vec<bool> = all.iter().map(|e| uses_term(&text, &e.term)).collect();
        // Until no explanation brings a term not yet in.
        loop {
            let explained: String = (all.iter().zip(&used))
                .filter(|(_, u)| **u)
                .map(|(e, _)| e.definition.as_str())
                .collect::<Vec<_>>()
                .join("\n");
            let mut more = false;
            for (e, u) in all.iter().zip(used.iter_mut()) {
                if !*u && uses_term(&explained, &e.term) {
                    *u = true;
                    more = true;
                }
            }
            if !more {
                break;
            }
        }
        let mut entries: Vec<GlossaryEntry> = (all.into_iter().zip(used))
            .filter_map(|(e, u)| u.then_some(e))
            .collect();
        let locale: icu_locale_core::Locale =
            (self.loc.tag.to_string().parse()).unwrap_or(icu_locale_core::Locale::UNKNOWN);
        if let Ok(collator) = icu_collator::Collator::try_new(
            (&locale).into(),
            icu_collator::options::CollatorOptions::default(),
        ) {
            entries.sort_by(|a, b| collator.compare(&a.term, &b.term));
        }
        (!entries.is_empty())
            .then(|| self.section("glossary", false, vec![Block::Glossary { entries }]))
    }
}
