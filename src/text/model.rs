//! The localised document: what the template lays out.
//!
//! Every string here is final text in one language; every number is already
//! formatted. The template receives this as JSON in `sys.inputs.report` and
//! only lays it out, so no text from data or a translator is ever Typst code.

use serde::Serialize;

/// One report in one language.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// ISO 639 language for `set text(lang:)`, e.g. `nb`.
    pub lang: String,
    /// Region for `set text(region:)`, e.g. `GB`, when the tag has one.
    pub region: Option<String>,
    pub year: String,
    /// PDF metadata title.
    pub document_title: String,
    pub title: String,
    pub subtitle: String,
    /// The publisher as on the cover ("Direktoratet for medisinske produkter (DMP)").
    pub agency: String,
    /// The publisher's name alone: the PDF's and the web page's author.
    pub author: String,
    /// When the publisher republishes a year of the agency before it, the
    /// cover's line that says so ("Utgitt av DMP; fram til 2024 Statens
    /// legemiddelverk").
    pub publisher_note: Option<String>,
    /// "Published 3 March 2025", when the data give the date.
    pub published: Option<String>,
    /// Running text in the page footer.
    pub running_head: String,
    /// The line under every figure and table naming where its numbers come
    /// from ("Kilde: Direktoratet for medisinske produkter (DMP)"): the
    /// agency of the report year.
    pub source: String,
    pub labels: Labels,
    /// Whether the report shows a contents list: only with enough numbered
    /// sections to need one (`[contents] min_sections` in `report.toml`).
    pub contents: bool,
    pub key_figures: KeyFigures,
    /// The main findings the report opens with.
    pub main_findings: MainFindings,
    /// Who publishes the report, how to reach them and cite it, its licence,
    /// and the tables' symbols.
    pub colophon: Colophon,
    pub sections: Vec<Section>,
    /// Words only the web edition uses.
    pub web: WebText,
}

impl Document {
    /// Every piece of text the document holds, for checks over all of it
    /// (such as which characters the fonts must have).
    pub fn strings(&self) -> Vec<&str> {
        let mut out = vec![
            self.document_title.as_str(),
            &self.title,
            &self.subtitle,
            &self.agency,
            &self.author,
            &self.running_head,
            &self.source,
            &self.labels.contents,
            &self.labels.figure,
            &self.labels.table,
            &self.labels.section,
            &self.labels.missing,
            &self.labels.skip,
            &self.labels.figure_data,
            &self.key_figures.title,
        ];
        out.extend(self.published.as_deref());
        out.extend(self.publisher_note.as_deref());
        out.push(&self.main_findings.title);
        out.extend([&self.colophon.title, &self.colophon.symbols_title].map(String::as_str));
        for e in self.colophon.entries.iter().chain(&self.colophon.symbols) {
            out.extend([e.label.as_str(), &e.value]);
        }
        out.extend(self.main_findings.items.iter().map(String::as_str));
        for k in &self.key_figures.items {
            out.extend([k.value.as_str(), &k.label]);
            out.extend(k.note.as_deref());
        }
        for s in &self.sections {
            out.push(&s.title);
            for b in &s.blocks {
                match b {
                    Block::Para { runs } => out.extend(runs.iter().map(|r| match r {
                        Run::Text { text } => text.as_str(),
                        Run::Ref { supplement, .. } => supplement,
                    })),
                    Block::Figure {
                        caption,
                        alt,
                        notes,
                        chart: c,
                        ..
                    } => {
                        out.extend([caption.as_str(), alt]);
                        out.extend(notes.iter().map(String::as_str));
                        out.extend(c.categories.iter().map(String::as_str));
                        out.extend(c.series.iter().map(|(n, _)| n.as_str()));
                        out.push(&c.y_label);
                    }
                    Block::Table(t) => {
                        out.push(&t.caption);
                        for row in t.header.iter().chain(&t.rows).chain(&t.footer) {
                            out.extend(row.iter().map(|c| c.text.as_str()));
                        }
                        out.extend(t.notes.iter().map(String::as_str));
                    }
                    Block::Unavailable { intro, items } => {
                        out.push(intro);
                        out.extend(items.iter().map(String::as_str));
                    }
                    Block::Glossary { entries } => {
                        for e in entries {
                            out.extend([e.term.as_str(), &e.definition]);
                        }
                    }
                }
            }
        }
        out
    }
}

/// Words the template needs around the content.
#[derive(Debug, Clone, Serialize)]
pub struct Labels {
    pub contents: String,
    pub figure: String,
    pub table: String,
    pub section: String,
    pub missing: String,
    /// The web edition's skip link ("Skip to content").
    pub skip: String,
    /// The web edition's summary over a chart's numbers.
    pub figure_data: String,
}

/// The colophon: label and value pairs, then the tables' symbols.
#[derive(Debug, Clone, Serialize)]
pub struct Colophon {
    pub title: String,
    /// "Utgitt av: …", "Kontakt: …", "Lisens: …", "Slik siterer du rapporten: …".
    pub entries: Vec<ColophonEntry>,
    pub symbols_title: String,
    /// Each symbol the tables print (label) with its meaning (value); none
    /// in a report whose tables print none.
    pub symbols: Vec<ColophonEntry>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ColophonEntry {
    pub label: String,
    /// The value as plain text.
    pub value: String,
    /// The value in parts, some of them links (an e-mail address, a web
    /// address), for the editions to set: together they are `value`.
    pub parts: Vec<Part>,
}

/// A piece of a colophon value: text, and where it links to if it does.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Part {
    pub text: String,
    pub href: Option<String>,
}

impl ColophonEntry {
    /// An entry whose value links each of `links`' texts (text, address)
    /// where the value holds it; the value as it is where it does not.
    pub fn linked(label: String, value: String, links: &[(String, String)]) -> Self {
        let mut parts = Vec::new();
        let mut rest = value.as_str();
        for (text, href) in links {
            let Some(at) = rest.find(text.as_str()).filter(|_| !text.is_empty()) else {
                continue;
            };
            if at > 0 {
                parts.push(Part {
                    text: rest[..at].to_string(),
                    href: None,
                });
            }
            parts.push(Part {
                text: text.clone(),
                href: Some(href.clone()),
            });
            rest = &rest[at + text.len()..];
        }
        if !rest.is_empty() {
            parts.push(Part {
                text: rest.to_string(),
                href: None,
            });
        }
        Self {
            label,
            value,
            parts,
        }
    }

    /// An entry without links.
    pub fn plain(label: String, value: String) -> Self {
        Self::linked(label, value, &[])
    }
}

/// Words only the web edition uses (`locales/<lang>/web.ftl`).
#[derive(Debug, Clone, Serialize)]
pub struct WebText {
    /// The language's name in itself ("Bokmål", "Nynorsk", "English"), for
    /// the language switch of every edition.
    pub language_name: String,
    /// The name of the language switch, for screen readers ("Språk").
    pub languages: String,
    /// The link to the report's PDF ("Last ned rapporten som PDF").
    pub pdf: String,
    /// The link back to the contents after a section.
    pub to_contents: String,
    /// Above a table wider than a narrow screen: it scrolls sideways.
    pub scroll_hint: String,
    /// Under a figure whose numbers a table holds: "Se tallene i" (+ the link).
    pub figure_numbers: String,
    /// Before a table's number in a reference: "tabell" (1).
    pub table_ref: String,
}

/// The key-figures box on the first pages.
#[derive(Debug, Clone, Serialize)]
pub struct KeyFigures {
    pub title: String,
    pub items: Vec<KeyFigure>,
}

/// The main findings ("Hovedfunn"): a short list of sentences, the facts
/// that matter most, before the first section.
#[derive(Debug, Clone, Serialize)]
pub struct MainFindings {
    pub title: String,
    pub items: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct KeyFigure {
    /// The number, formatted.
    pub value: String,
    pub label: String,
    /// A short comparison ("+11 % from 2023"), if any.
    pub note: Option<String>,
}

/// A top-level section.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// Label for cross-references, e.g. `sec-cancer`.
    pub id: String,
    pub title: String,
    /// Numbered 1, 2, … in order (the sections the year has); the context
    /// passage, "About the figures" and the glossary are not.
    pub numbered: bool,
    pub blocks: Vec<Block>,
}

/// Content inside a section.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Block {
    /// A paragraph of runs.
    Para { runs: Vec<Run> },
    /// A chart with its caption.
    Figure {
        id: String,
        caption: String,
        alt: String,
        /// Notes printed under the caption (the years the chart lacks).
        notes: Vec<String>,
        /// What to draw: the charts stage draws it (one SVG per figure id),
        /// and an edition may also show it as a table.
        chart: ChartData,
    },
    /// A table with its caption and notes.
    Table(Table),
    /// What the report lacks, said once (in the section "About the
    /// figures"): a line saying so, then one item per series not supplied,
    /// with its years ("Applications by phase: 2017 and 2018").
    Unavailable { intro: String, items: Vec<String> },
    /// Term and definition pairs.
    Glossary { entries: Vec<GlossaryEntry> },
}

impl Block {
    pub fn para(text: impl Into<String>) -> Self {
        Block::Para {
            runs: vec![Run::Text { text: text.into() }],
        }
    }
}

/// A piece of a paragraph.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Run {
    Text {
        text: String,
    },
    /// A live cross-reference to a section: "section 5", as a link.
    Ref {
        target: String,
        supplement: String,
    },
}

#[derive(Debug, Clone, Serialize)]
pub struct Table {
    pub id: String,
    pub caption: String,
    /// What each column holds; the template aligns and sizes them.
    pub columns: Vec<Column>,
    /// Header rows (repeated on page breaks, marked as header cells).
    pub header: Vec<Vec<Cell>>,
    pub rows: Vec<Vec<Cell>>,
    /// A sum row, set apart.
    pub footer: Vec<Vec<Cell>>,
    /// Notes printed under the table.
    pub notes: Vec<String>,
}

/// What a table column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Column {
    /// Words: a label, a name.
    Text,
    /// Numbers (counts, shares, years, ranks), read down the column.
    Number,
}

#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    pub text: String,
    pub colspan: u32,
    /// The cell holds a symbol, not a value (its `text` is the symbol).
    pub symbol: Option<Symbol>,
    /// A symbol beside the cell's value, already in its `text` (`| 2023`:
    /// a break in the series before this year).
    pub mark: Option<Symbol>,
    /// A header's short form for narrow screens ("Komm." for "Kommersielle
    /// sponsorer"), where the table has one; `text` is then its full form.
    pub short: Option<String>,
}

impl Cell {
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            colspan: 1,
            symbol: None,
            mark: None,
            short: None,
        }
    }
}

/// The standard symbols of a statistical table (Statistics Norway's
/// convention): what a cell without a number says instead, explained in a
/// line under the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Symbol {
    /// `..`: the number exists but the data do not give it.
    NotAvailable,
    /// `.`: there can be no number (the category does not apply).
    NotApplicable,
    /// `|`: a break in the series; the year so marked cannot be compared
    /// with the year before it. A mark beside a value ([`Cell::mark`]).
    Break,
}

#[derive(Debug, Clone, Serialize)]
pub struct GlossaryEntry {
    pub term: String,
    pub definition: String,
}

/// The data of one chart, with its labels already localised.
#[derive(Debug, Clone, Serialize)]
pub struct ChartData {
    pub kind: ChartKind,
    pub categories: Vec<String>,
    pub series: Vec<(String, Vec<f64>)>,
    pub y_label: String,
}

/// Which kind of chart to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[allow(clippy::enum_variant_names)] // "Bars" in every name is the agreed API
pub enum ChartKind {
    /// Vertical bars, the series stacked in each category; the total is printed above each stack.
    StackedBars,
    /// Vertical bars, the series side by side in each category; each value printed above its bar.
    GroupedBars,
    /// Horizontal bars, one series, one bar per category (category labels on the left); value printed at the bar's end.
    HorizontalBars,
}

#[cfg(test)]
mod colophon_tests {
    use super::*;

    #[test]
    fn a_colophon_value_links_the_texts_it_holds_in_order() {
        let links = [
            ("post@dmp.no".to_string(), "mailto:post@dmp.no".to_string()),
            ("dmp.no".to_string(), "https://dmp.no".to_string()),
        ];
        let e = ColophonEntry::linked("Kontakt".into(), "post@dmp.no · dmp.no".into(), &links);
        let parts: Vec<(&str, Option<&str>)> = e
            .parts
            .iter()
            .map(|p| (p.text.as_str(), p.href.as_deref()))
            .collect();
        assert_eq!(
            parts,
            [
                ("post@dmp.no", Some("mailto:post@dmp.no")),
                (" · ", None),
                ("dmp.no", Some("https://dmp.no")),
            ]
        );
        // A link the value does not hold is left out; the text stays whole.
        let e = ColophonEntry::linked(
            "Lisens".into(),
            "NLOD 2.0, https://x.no".into(),
            &[
                ("https://y.no".into(), "https://y.no".into()),
                ("https://x.no".into(), "https://x.no".into()),
            ],
        );
        let parts: Vec<(&str, Option<&str>)> = e
            .parts
            .iter()
            .map(|p| (p.text.as_str(), p.href.as_deref()))
            .collect();
        assert_eq!(
            parts,
            [("NLOD 2.0, ", None), ("https://x.no", Some("https://x.no"))]
        );
        assert_eq!(ColophonEntry::plain("a".into(), "b".into()).parts.len(), 1);
    }
}
