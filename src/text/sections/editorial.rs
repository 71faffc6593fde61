//! Sections of editorial text only (`kind = "text"` in `report.toml`): the
//! title is the message `section-<id>`, the text `editorial-<id>-<year>`.
//! A year without the text has no such section.

use super::super::*;

impl Builder<'_> {
    pub(in crate::text) fn text_section(&self, id: &str) -> Option<Section> {
        let blocks: Vec<Block> = self
            .editorial(id, &[])
            .into_iter()
            .map(Block::para)
            .collect();
        (!blocks.is_empty()).then(|| self.section(id, true, blocks))
    }
}
