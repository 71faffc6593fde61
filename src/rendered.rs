//! One report as every edition renders it: the document, its charts and
//! their widths, and the numbers of its sections, figures and tables, made
//! once per year × language and shared by the PDF, the web page and any
//! later edition, so that no edition counts or measures on its own.

use std::collections::BTreeMap;

use crate::charts::Charts;
use crate::diag::Diagnostic;
use crate::text::{Block, Document};

/// A report's document with what its editions need beside it.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub document: Document,
    /// Every figure drawn at its width in print.
    pub charts: Charts,
    /// The web page's drawings for a narrow screen ([`crate::charts::draw_phone`]):
    /// those figures that have one, when the web page is made.
    pub phone: Charts,
    /// Id of a numbered section, of a figure or of a table → its number, in
    /// the order of the document, each kind counted on its own (as the
    /// PDF's template counts them).
    pub numbers: BTreeMap<String, usize>,
}

impl Rendered {
    /// The document with its drawings; every figure must have one.
    pub fn new(document: Document, charts: Charts, phone: Charts) -> Result<Self, Diagnostic> {
        let mut numbers = BTreeMap::new();
        let (mut section, mut figure, mut table) = (0, 0, 0);
        for s in &document.sections {
            if s.numbered {
                section += 1;
                numbers.insert(s.id.clone(), section);
            }
            for b in &s.blocks {
                match b {
                    Block::Figure { id, .. } => {
                        if !charts.svgs.contains_key(id) {
                            return Err(Diagnostic::error(format!("figure `{id}` has no chart")));
                        }
                        figure += 1;
                        numbers.insert(id.clone(), figure);
                    }
                    Block::Table(t) => {
                        table += 1;
                        numbers.insert(t.id.clone(), table);
                    }
                    _ => {}
                }
            }
        }
        Ok(Self {
            document,
            charts,
            phone,
            numbers,
        })
    }
}
