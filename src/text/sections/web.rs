//! Words only the web edition uses (`locales/<lang>/web.ftl`): its links
//! around the content, the source line and the cues of narrow screens.

use super::super::*;

impl Builder<'_> {
    /// The web edition's own words.
    pub(in crate::text) fn web_text(&self) -> WebText {
        WebText {
            language_name: self.t("language-name", &[]),
            languages: self.t("web-languages", &[]),
            pdf: self.t("web-pdf", &[]),
            to_contents: self.t("web-to-contents", &[]),
            scroll_hint: self.t("web-scroll-hint", &[]),
            figure_numbers: self.t("web-figure-numbers", &[]),
            table_ref: self.t("web-table-ref", &[]),
        }
    }

    /// A column header with its short form for narrow screens (the message
    /// `<id>-narrow`).
    pub(in crate::text) fn narrow_header(&self, id: &str) -> Cell {
        Cell {
            short: Some(self.t(&format!("{id}-narrow"), &[])),
            ..Cell::new(self.t(id, &[]))
        }
    }
}
