//! Stage 3, text: facts become sentences, tables and figure labels in one language.
//!
//! The structure of the report (which paragraph, table and figure each
//! section holds, in what order) lives here; every word comes from the
//! language's Fluent messages, which receive the facts as variables and
//! choose their grammar with selectors (`{ $change -> … }`). Numbers and dates
//! are formatted by ICU4X in [`locale`]. Editorial paragraphs written for one
//! year are messages keyed by that year (`editorial-transition-2024`), so
//! next year's text sits beside this year's.
//!
//! Rules this stage keeps:
//! - a sentence that states a direction or a size is built from a fact, and
//!   is left out when the fact is not there; editorial text only explains;
//! - a section about a rule not yet in force that year is not in the report
//!   at all, nor is one with nothing to show (its data not supplied); what
//!   is missing is said once, in "About the figures", with its years;
//! - a series of one year is said in the text, not drawn as one bar or set
//!   as a table of one row;
//! - the glossary lists the terms the rest of the report uses, no others.
//!
//! The output is a [`Document`]: plain values for the template.

pub mod catalogue;
pub mod ftl;
pub mod locale;
pub mod model;

use std::cell::RefCell;

use crate::config::{BuiltIn, Outline, SectionId};
use crate::data::Date;
use crate::diag::Diagnostic;
use crate::facts::{
    Change, Direction, Facts, MissingPart, RecordSince, Shape, SplitPattern, Sponsor, Trend,
};
pub use locale::{Arg, Locale, Record};
pub use model::*;

/// Builds the localised document for `facts` in `loc`'s language, with the
/// sections, key figures and glossary terms of `outline`, and every problem
/// met while formatting its messages. The locale is only read, so one locale
/// can serve many reports at once, each with its own list of problems.
pub fn document(facts: &Facts, outline: &Outline, loc: &Locale) -> (Document, Vec<Diagnostic>) {
    let mut rec = Record::default();
    let doc = document_recorded(facts, outline, loc, &mut rec);
    (doc, rec.errors)
}

/// As [`document`], noting in `rec` every message asked for and probed
/// besides the problems: what the catalogue's test compares it with.
pub fn document_recorded(
    facts: &Facts,
    outline: &Outline,
    loc: &Locale,
    rec: &mut Record,
) -> Document {
    let b = Builder::new(facts, outline, loc);
    let doc = b.document();
    rec.merge(b.rec.into_inner());
    doc
}

struct Builder<'a> {
    f: &'a Facts,
    o: &'a Outline<'a>,
    loc: &'a Locale,
    /// What building this one document met.
    rec: RefCell<Record>,
    /// What the sections lack, in their order, for "About the figures":
    /// (the message naming the series, the years it lacks).
    unavailable: RefCell<Vec<(String, Vec<i32>)>>,
}

impl<'a> Builder<'a> {
    fn new(f: &'a Facts, o: &'a Outline<'a>, loc: &'a Locale) -> Self {
        Self {
            f,
            o,
            loc,
            rec: RefCell::new(Record::default()),
            unavailable: RefCell::new(Vec::new()),
        }
    }
}

/// Arguments of a message, built inline: `args![("year", y), ("n", n)]`.
macro_rules! args {
    ($(($k:expr, $v:expr)),* $(,)?) => { &[$(($k, Arg::from($v))),*] };
}

/// A list of message arguments that grows.
type Args = Vec<(&'static str, Arg)>;

mod sections;

impl Builder<'_> {
    fn t(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.loc.msg_into(id, args, &mut self.rec.borrow_mut())
    }

    fn date(&self, date: Date) -> String {
        self.loc.date_into(date, &mut self.rec.borrow_mut())
    }

    fn year(&self) -> i32 {
        self.f.year
    }

    /// The agency of the year, in full (`.short`: its short form).
    fn agency(&self, attr: Option<&str>) -> String {
        let id = format!("agency-{}", self.f.agency);
        match attr {
            Some(a) => self.t(&format!("{id}.{a}"), &[]),
            None => self.t(&id, &[]),
        }
    }

    /// Formats a list of years as the language joins them ("2022 og 2023").
    /// Runs of three or more years become ranges ("2019–2023").
    fn years(&self, years: &[i32]) -> String {
        let mut items = Vec::new();
        let mut i = 0;
        while i < years.len() {
            let mut j = i;
            while j + 1 < years.len() && years[j + 1] == years[j] + 1 {
                j += 1;
            }
            if j - i >= 2 {
                items.push(self.t("year-range", args![("from", years[i]), ("to", years[j])]));
            } else {
                items.extend(years[i..=j].iter().map(i32::to_string));
            }
            i = j + 1;
        }
        self.loc.list(items.into_iter())
    }

    fn num(&self, n: u32) -> String {
        self.loc.number(f64::from(n))
    }

    fn percent(&self, p: u32) -> String {
        self.t("percent", args![("percent", p)])
    }

    /// A figure's or a table's title in Statistics Norway's form: what it
    /// shows (the message `title-<what>`, with `args`), the years it shows
    /// (`years`, in order: "2024", "2023 og 2024", "2014–2024") and its
    /// unit (`unit`: `number`, or `number-percent` for a table of counts
    /// and shares): "Søknader om kliniske studier, etter sponsortype.
    /// 2014–2024. Antall".
    fn title(&self, what: &str, args: &[(&str, Arg)], years: &[i32], unit: &str) -> String {
        let what = self.t(&format!("title-{what}"), args);
        self.t(
            "caption-title",
            args![("what", what), ("years", self.years(years)), ("unit", unit)],
        )
    }

    /// [`Builder::title`] over every year from `from` to `to`.
    fn title_span(
        &self,
        what: &str,
        args: &[(&str, Arg)],
        (from, to): (i32, i32),
        unit: &str,
    ) -> String {
        let years: Vec<i32> = (from..=to).collect();
        self.title(what, args, &years, unit)
    }

    fn document(&self) -> Document {
        let y = self.year();
        let region = self.loc.tag.region.map(|r| r.as_str().to_string());
        // The outline's sections in order. A section with nothing to show
        // this year (its data not supplied) is not built: what it lacks is
        // noted for "About the figures", which is built after every other
        // section has said what it lacks, and the glossary last of all, as
        // it lists the terms the others (that box too) use.
        let mut built: Vec<Option<Section>> = Vec::new();
        for spec in self.o.sections {
            let section = match spec.section_id() {
                Some(SectionId::Text(id)) => self.text_section(id),
                Some(SectionId::BuiltIn(id)) => match id {
                    BuiltIn::Context => self.context(),
                    BuiltIn::Applications => Some(self.applications()),
                    BuiltIn::Ctis => self.f.applicable.ctr.then(|| self.ctis()).flatten(),
                    BuiltIn::Phases => self.phases(),
                    BuiltIn::Therapy => self.therapy(),
                    BuiltIn::Cancer => self.cancer(),
                    BuiltIn::Modifications => self.modifications(),
                    BuiltIn::Safety => self
                        .f
                        .applicable
                        .safety_assessment
                        .then(|| self.safety())
                        .flatten(),
                    BuiltIn::Guidance => self.guidance(),
                    // Built after every other section.
                    BuiltIn::About | BuiltIn::Glossary => None,
                },
                // An id `report.toml` refused.
                None => None,
            };
            built.push(section);
        }
        let spec_of = |id: BuiltIn| self.o.sections.iter().find(|s| s.built_in() == Some(id));
        let mut about = spec_of(BuiltIn::About).and_then(|_| self.about());
        let others: Vec<&Section> = built.iter().flatten().chain(about.as_ref()).collect();
        // The main findings open the report: the glossary explains their
        // terms too.
        let main_findings = self.main_findings();
        // … and the cover's and the running head's: "DMP" on every page of
        // a year NoMA received the applications for is explained too.
        let publisher_abbr = self.t(&format!("agency-{}.abbr", self.f.publisher), &[]);
        let frame: Vec<String> = main_findings
            .items
            .iter()
            .cloned()
            .chain([self.t(
                "running-head",
                args![("year", self.year()), ("publisher", publisher_abbr)],
            )])
            .collect();
        let mut glossary = spec_of(BuiltIn::Glossary).and_then(|_| self.glossary(&others, &frame));
        let sections: Vec<Section> = self
            .o
            .sections
            .iter()
            .zip(built)
            .filter_map(|(spec, s)| {
                let s = match spec.built_in() {
                    Some(BuiltIn::About) => about.take(),
                    Some(BuiltIn::Glossary) => glossary.take(),
                    _ => s,
                };
                s.map(|s| Section {
                    numbered: spec.numbered(),
                    ..s
                })
            })
            .collect();
        // The tables' symbols are explained once, in the colophon.
        // The publisher (the year's agency, or a later one republishing it).
        let publisher = |attr: &str| self.t(&format!("agency-{}.{attr}", self.f.publisher), &[]);
        Document {
            lang: self.loc.tag.language.as_str().to_string(),
            region,
            year: y.to_string(),
            document_title: self.t(
                "document-title",
                args![("year", y), ("publisher", publisher("name"))],
            ),
            title: self.t("report-title", args![("year", y)]),
            subtitle: self.t("report-subtitle", &[]),
            agency: publisher("cover"),
            author: publisher("name"),
            publisher_note: self.f.agency_until.map(|until| {
                self.t(
                    "report-republished",
                    args![
                        ("publisher", publisher("abbr")),
                        ("until", until),
                        ("agency", self.agency(Some("cover")))
                    ],
                )
            }),
            published: self
                .f
                .published
                .map(|d| self.t("report-published", args![("date", self.date(d))])),
            running_head: self.t(
                "running-head",
                args![("year", y), ("publisher", publisher("abbr"))],
            ),
            // The year's agency collected the numbers (2014-2023: NoMA,
            // whichever agency publishes the report now).
            source: self.t("source-line", args![("agency", self.agency(Some("cover")))]),
            labels: Labels {
                contents: self.t("label-contents", &[]),
                figure: self.t("label-figure", &[]),
                table: self.t("label-table", &[]),
                section: self.t("label-section", &[]),
                missing: self.t("label-missing", &[]),
                skip: self.t("label-skip", &[]),
                figure_data: self.t("label-figure-data", &[]),
            },
            contents: sections.iter().filter(|s| s.numbered).count()
                >= self.o.contents_min_sections,
            key_figures: self.key_figures(),
            main_findings,
            colophon: self.colophon(&sections),
            sections,
            web: self.web_text(),
        }
    }

    fn section(&self, id: &str, numbered: bool, blocks: Vec<Block>) -> Section {
        Section {
            id: format!("sec-{id}"),
            title: self.t(&format!("section-{id}"), &[]),
            numbered,
            blocks,
        }
    }

    /// Whether the language has editorial text on `topic` for this year.
    fn has_editorial(&self, topic: &str) -> bool {
        let id = format!("editorial-{topic}-{}", self.year());
        self.loc.has(&id, &mut self.rec.borrow_mut())
    }

    /// Editorial paragraphs for this year, if the language has them:
    /// message `editorial-<topic>-<year>`, paragraphs split at blank lines.
    fn editorial(&self, topic: &str, extra: &[(&str, Arg)]) -> Vec<String> {
        if !self.has_editorial(topic) {
            return Vec::new();
        }
        let id = format!("editorial-{topic}-{}", self.year());
        let mut args: Vec<(&str, Arg)> = vec![
            ("year", self.year().into()),
            ("previous-year", (self.year() - 1).into()),
        ];
        if let Some(end) = self.f.transition_end {
            args.push(("transition-end", self.date(end).into()));
        }
        for (k, v) in extra {
            args.push((
                k,
                match v {
                    Arg::Num(n) => Arg::Num(*n),
                    Arg::Str(s) => Arg::Str(s.clone()),
                },
            ));
        }
        paragraphs(&self.t(&id, &args))
    }

    /// Notes for "About the figures" that the series `figure` (its name is
    /// the message `figure-<figure>-name`) is not available for `years`.
    fn unavailable(&self, figure: &str, years: &[i32]) {
        if !years.is_empty() {
            self.unavailable
                .borrow_mut()
                .push((format!("figure-{figure}-name"), years.to_vec()));
        }
    }

    /// Whether the report has the built-in section `id`: it is in the
    /// outline, its rule applies this year, and its data were supplied
    /// (a section with nothing to show is left out).
    fn shows(&self, id: BuiltIn) -> bool {
        let f = self.f;
        let in_outline = self.o.sections.iter().any(|s| s.built_in() == Some(id));
        in_outline
            && match id {
                BuiltIn::Applications => true,
                BuiltIn::Ctis => f.applicable.ctr && f.ctis.is_some(),
                BuiltIn::Phases => f.phases.is_some(),
                BuiltIn::Therapy => f.therapy.is_some(),
                BuiltIn::Cancer => f.cancer.is_some(),
                BuiltIn::Modifications => f.modifications.is_some(),
                BuiltIn::Safety => {
                    f.applicable.safety_assessment
                        && (f.safety.is_some() || self.has_editorial("safety"))
                }
                BuiltIn::Guidance => f.guidance.is_some(),
                BuiltIn::Context | BuiltIn::About | BuiltIn::Glossary => false,
            }
    }

    /// "About the figures": what the other sections lack, said once, in
    /// one line per series with its years. No section when nothing is
    /// missing.
    fn about(&self) -> Option<Section> {
        let lacking = self.unavailable.borrow().clone();
        if lacking.is_empty() {
            return None;
        }
        let items = lacking
            .iter()
            .map(|(name, years)| {
                self.t(
                    "about-unavailable-item",
                    args![
                        ("figure", self.t(name, &[])),
                        ("years", self.years(years)),
                        ("count", years.len() as u32)
                    ],
                )
            })
            .collect();
        Some(self.section(
            "about",
            false,
            vec![Block::Unavailable {
                intro: self.t("about-unavailable", &[]),
                items,
            }],
        ))
    }

    /// The message of a table symbol ([`Symbol`]).
    fn symbol_id(symbol: Symbol) -> &'static str {
        match symbol {
            Symbol::NotAvailable => "symbol-not-available",
            Symbol::NotApplicable => "symbol-not-applicable",
            Symbol::Break => "symbol-break",
        }
    }

    /// A cell with a table symbol ([`Symbol`]) in place of a number.
    fn symbol(&self, symbol: Symbol) -> Cell {
        Cell {
            symbol: Some(symbol),
            ..Cell::new(self.t(Self::symbol_id(symbol), &[]))
        }
    }

    /// The cell of `year` in a table of the series `data` whose first year
    /// is `first` (a year label): marked with the break symbol when the year
    /// cannot be compared with the year before it, and the table has that
    /// year (the first year has nothing before it to break from).
    fn year_cell(&self, data: &str, year: i32, first: i32) -> Cell {
        if year > first && self.f.broken(data, year) {
            Cell {
                mark: Some(Symbol::Break),
                ..Cell::new(self.t("table-break-mark", args![("value", year.to_string())]))
            }
        } else {
            Cell::new(year.to_string())
        }
    }

    /// The notes under a figure of the series `data` over `years` (in
    /// order) for each break inside it: its reason, and which years cannot
    /// be compared with the year before.
    fn break_notes(&self, data: &str, years: &[i32]) -> Vec<String> {
        self.f
            .breaks
            .iter()
            .filter(|b| b.data == data)
            .filter_map(|b| {
                let inside: Vec<i32> = b
                    .years
                    .iter()
                    .copied()
                    .filter(|y| years.contains(y) && years.contains(&(y - 1)))
                    .collect();
                (!inside.is_empty()).then(|| {
                    [
                        self.break_reason(b),
                        self.t(
                            "break-not-comparable",
                            args![
                                ("years", self.years(&inside)),
                                ("count", inside.len() as u32),
                                ("series", b.data.as_str())
                            ],
                        ),
                    ]
                    .join(" ")
                })
            })
            .collect()
    }

    /// The public reason of a break: the message `break-<message>`.
    fn break_reason(&self, b: &crate::facts::BreakFacts) -> String {
        self.t(
            &format!("break-{}", b.message),
            args![("date", self.date(b.date))],
        )
    }

    /// Adds the notes of the breaks in `data` over `years` under a figure.
    fn note_breaks(&self, block: &mut Block, data: &str, years: &[i32]) {
        if let Block::Figure { notes, .. } = block {
            notes.extend(self.break_notes(data, years));
        }
    }

    /// One row per year from `from` to `to`, in order: the year and its
    /// cells where `rows` has the year, and `..` in each of the `width`
    /// value cells where it has not (a year without data stays in the
    /// table, as a statistical table keeps its rows).
    fn year_rows<R>(
        &self,
        data: &str,
        (from, to): (i32, i32),
        rows: &[R],
        year_of: impl Fn(&R) -> i32,
        cells: impl Fn(&R) -> Vec<Cell>,
        width: usize,
    ) -> Vec<Vec<Cell>> {
        (from..=to)
            .map(|year| {
                let mut row = vec![self.year_cell(data, year, from)];
                match rows.iter().find(|r| year_of(r) == year) {
                    Some(r) => row.extend(cells(r)),
                    None => row.extend((0..width).map(|_| self.symbol(Symbol::NotAvailable))),
                }
                row
            })
            .collect()
    }

    /// A figure block with its chart and a generated, localised alt text.
    fn figure(&self, id: &str, caption: String, chart: ChartData) -> Block {
        self.figure_lacking(id, caption, chart, &[])
    }

    /// A figure of the years that have data, naming under it the `lacking`
    /// years it leaves out.
    fn figure_lacking(
        &self,
        id: &str,
        caption: String,
        chart: ChartData,
        lacking: &[i32],
    ) -> Block {
        let alt = self.alt_text(&caption, &chart);
        let notes = if lacking.is_empty() {
            Vec::new()
        } else {
            vec![self.t(
                "figure-gap",
                args![
                    ("years", self.years(lacking)),
                    ("count", lacking.len() as u32)
                ],
            )]
        };
        Block::Figure {
            id: format!("fig-{id}"),
            caption,
            alt,
            notes,
            chart,
        }
    }

    /// "Stacked bar chart: <caption>. Legend: …. Highest total: 2022 (158).
    /// Lowest total: 2023 (98)." The highest and lowest are of the stacks (a
    /// stacked chart), or of the single bars ("Phase II, 2024" in a grouped
    /// chart of several series).
    fn alt_text(&self, caption: &str, chart: &ChartData) -> String {
        let value = |s: &(String, Vec<f64>), i: usize| s.1.get(i).copied().unwrap_or(0.0);
        let bars: Vec<(String, f64)> =
            if chart.kind == ChartKind::GroupedBars && chart.series.len() > 1 {
                chart
                    .categories
                    .iter()
                    .enumerate()
                    .flat_map(|(i, c)| {
                        chart
                            .series
                            .iter()
                            .map(move |s| (format!("{c}, {}", s.0), value(s, i)))
                    })
                    .collect()
            } else {
                chart
                    .categories
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (c.clone(), chart.series.iter().map(|s| value(s, i)).sum()))
                    .collect()
            };
        let max = bars
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.1.total_cmp(&b.1.1).then(b.0.cmp(&a.0)));
        let min = bars
            .iter()
            .enumerate()
            .min_by(|a, b| a.1.1.total_cmp(&b.1.1).then(a.0.cmp(&b.0)));
        let (Some((_, (max_label, vmax))), Some((_, (min_label, vmin)))) = (max, min) else {
            return caption.to_string();
        };
        let kind = match chart.kind {
            ChartKind::StackedBars => "stacked",
            ChartKind::GroupedBars => "grouped",
            ChartKind::HorizontalBars => "horizontal",
        };
        let series: Vec<String> = chart.series.iter().map(|(n, _)| n.clone()).collect();
        self.t(
            "figure-alt",
            args![
                ("kind", kind),
                ("caption", caption.trim_end_matches('.').to_string()),
                ("series", self.loc.list(series.into_iter())),
                ("max-label", max_label.clone()),
                ("max", *vmax as u32),
                ("min-label", min_label.clone()),
                ("min", *vmin as u32)
            ],
        )
    }

    /// The largest change this language calls "slight" (`report.toml`).
    fn slight_word_up_to(&self) -> f64 {
        self.o
            .narrative
            .slight_word_up_to_in(self.loc.tag.language.as_str())
    }

    /// The selector for how `c` is said in this language: its class,
    /// `unchanged`, or `increase-by`/`decrease-by` ([`Change::key`]).
    fn change_key(&self, c: &Change) -> &'static str {
        c.key(self.slight_word_up_to())
    }

    /// `$change`, `$percent`, `$direction`, `$previous-year`, `$previous`.
    fn change_args(&self, c: &Change) -> Args {
        vec![
            ("change", self.change_key(c).into()),
            ("percent", c.percent.into()),
            ("direction", selector(c.class.direction()).into()),
            ("previous-year", c.previous_year.into()),
            ("previous", c.previous.into()),
        ]
    }

    /// [`Builder::change_args`] and `$level` (last year's low or high) and
    /// `$streak` (years running in this direction).
    fn trend_args(&self, t: &Trend) -> Args {
        let mut a = self.change_args(&t.change);
        a.push(("level", selector(t.from_level).into()));
        a.push(("streak", t.streak.into()));
        a
    }

    /// "Antallet er det laveste siden tallserien startet i 2014."
    fn record(&self, r: &Option<RecordSince>) -> Option<String> {
        r.map(|r| {
            self.t(
                "series-record",
                args![("record", selector(r.record)), ("since", r.since)],
            )
        })
    }
}

/// All the words of a section, for finding the terms it uses.
fn section_text(s: &Section) -> String {
    let mut out = vec![s.title.clone()];
    for b in &s.blocks {
        match b {
            Block::Para { runs } => out.extend(runs.iter().filter_map(|r| match r {
                Run::Text { text } => Some(text.clone()),
                Run::Ref { .. } => None,
            })),
            Block::Figure {
                caption,
                chart,
                notes,
                ..
            } => {
                out.push(caption.clone());
                out.extend(notes.iter().cloned());
                out.extend(chart.categories.iter().cloned());
                out.extend(chart.series.iter().map(|(n, _)| n.clone()));
            }
            Block::Table(t) => {
                out.push(t.caption.clone());
                for row in t.header.iter().chain(&t.rows).chain(&t.footer) {
                    out.extend(row.iter().map(|c| c.text.clone()));
                }
                out.extend(t.notes.iter().cloned());
            }
            Block::Unavailable { intro, items } => {
                out.push(intro.clone());
                out.extend(items.iter().cloned());
            }
            Block::Glossary { .. } => {}
        }
    }
    out.join("\n")
}

/// Whether `text` uses the glossary term `term`: where a word begins, and
/// either whole ("CTIS", "SUSAR-er") or with an inflection in lower-case
/// letters ("SUSARs", "overgangssøknader" for "overgangssøknad"), never
/// inside another word ("MSCA" is not "MSC"). A term with no capital but its
/// first letter is a common noun written as a headword ("Overgangssøknad"):
/// it is found in running text with a small letter too.
fn uses_term(text: &str, term: &str) -> bool {
    let mut chars = term.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let mut forms = vec![term.to_string()];
    if first.is_uppercase() && !chars.clone().any(char::is_uppercase) {
        forms.push(first.to_lowercase().chain(chars).collect());
    }
    forms.iter().any(|form| {
        text.match_indices(form.as_str()).any(|(i, _)| {
            let before = text[..i].chars().next_back();
            let ending = text[i + form.len()..]
                .chars()
                .take_while(|c| c.is_alphanumeric());
            !before.is_some_and(char::is_alphanumeric) && ending.into_iter().all(char::is_lowercase)
        })
    })
}

/// Editorial text split into paragraphs at blank lines, each on one line.
fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

/// The fewest years a series is drawn as a chart: two years are a
/// comparison, which the text says and a table shows (SSB draws no chart
/// of two points).
const CHART_MIN_YEARS: usize = 3;

/// Stands in a message for a cross-reference; replaced by a live link.
const REF_MARK: &str = "\u{E000}";

/// The key a fact's enum is selected on in the messages (`non-commercial`).
fn selector(v: impl Into<&'static str>) -> String {
    v.into().to_string()
}

/// The years from `from` to `to` that `present` does not hold: the gaps a
/// figure of those years leaves out and names under it.
fn absent((from, to): (i32, i32), present: impl Iterator<Item = i32>) -> Vec<i32> {
    let present: Vec<i32> = present.collect();
    (from..=to).filter(|y| !present.contains(y)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_term_is_used_where_a_word_begins_whole_or_inflected() {
        assert!(uses_term("søkt i CTIS (CTR)", "CTR"));
        assert!(uses_term("CTIS", "CTIS"));
        assert!(uses_term("SUSAR-er i", "SUSAR"));
        // English plural, Norwegian inflection, a headword's capital.
        assert!(uses_term("reactions (SUSARs) in", "SUSAR"));
        assert!(uses_term(
            "behandlet 254 overgangssøknader",
            "Overgangssøknad"
        ));
        assert!(uses_term("Overgangssøknader: tall", "Overgangssøknad"));
        assert!(uses_term(
            "254 transition applications",
            "Transition application"
        ));
        assert!(!uses_term("CTISX", "CTIS"));
        assert!(!uses_term("CTIS2", "CTIS"));
        assert!(!uses_term("XCTIS", "CTIS"));
        assert!(!uses_term("anything", ""));
        assert!(!uses_term("MSCA", "MSC"));
        // An abbreviation is not found in small letters.
        assert!(!uses_term("ctis", "CTIS"));
        assert!(!uses_term("medDRA", "MedDRA"));
        assert!(!uses_term("overgang", "Overgangssøknad"));
    }

    /// A builder over 2014 of the test data, in a shipped language.
    fn with_builder(lang: &str, f: impl FnOnce(&Builder)) {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang);
        let loc = Locale::load(lang, &dir).unwrap();
        let facts = crate::facts::test_facts(&crate::facts::test_data(&[(2014, "")]), 2014);
        let config = crate::config::Config::default();
        let outline = config.outline();
        let b = Builder::new(&facts, &outline, &loc);
        f(&b);
    }

    #[test]
    fn years_are_listed_with_runs_of_three_or_more_as_ranges() {
        with_builder("en", |b| {
            assert_eq!(b.years(&[2014]), "2014");
            assert_eq!(b.years(&[2014, 2015]), "2014 and 2015");
            assert_eq!(b.years(&[2014, 2016, 2017]), "2014, 2016 and 2017");
            assert_eq!(b.years(&[2014, 2015, 2016]), "2014–2016");
            assert_eq!(
                b.years(&[2013, 2015, 2016, 2017, 2019]),
                "2013, 2015–2017 and 2019"
            );
            assert_eq!(
                b.years(&[2014, 2015, 2016, 2017, 2019, 2020]),
                "2014–2017, 2019 and 2020"
            );
        });
        with_builder("nb", |b| {
            assert_eq!(b.years(&[2019, 2020, 2021, 2023]), "2019–2021 og 2023");
        });
    }

    #[test]
    fn the_outline_says_which_sections_are_numbered() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut config = crate::config::Config::load(&root.join("report.toml")).unwrap();
        let data = crate::data::load_dir(&root.join("data")).unwrap();
        let facts = crate::facts::compute(&data, &config, data.get(2024).unwrap());
        let loc = Locale::load("en", &root.join("locales/en")).unwrap();
        let numbered = |config: &crate::config::Config| {
            let (doc, _) = document(&facts, &config.outline(), &loc);
            doc.sections
                .iter()
                .map(|s| (s.id.clone(), s.numbered))
                .collect::<Vec<_>>()
        };
        let has = |sections: &[(String, bool)], expected: &[(&str, bool)]| {
            for &(id, n) in expected {
                assert!(
                    sections.contains(&(id.to_string(), n)),
                    "{id}: {sections:?}"
                );
            }
        };
        has(
            &numbered(&config),
            &[("sec-applications", true), ("sec-glossary", false)],
        );
        // The other way round, as report.toml says.
        for s in &mut config.section {
            match s.id.as_str() {
                "applications" => s.numbered = Some(false),
                "glossary" => s.numbered = Some(true),
                _ => {}
            }
        }
        has(
            &numbered(&config),
            &[
                ("sec-applications", false),
                ("sec-glossary", true),
                ("sec-cancer", true),
            ],
        );
    }

    #[test]
    fn the_contents_and_the_box_follow_report_toml_and_the_data() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut config = crate::config::Config::load(&root.join("report.toml")).unwrap();
        let data = crate::data::load_dir(&root.join("data")).unwrap();
        let loc = Locale::load("en", &root.join("locales/en")).unwrap();
        let doc = |config: &crate::config::Config, year| {
            let facts = crate::facts::compute(&data, config, data.get(year).unwrap());
            document(&facts, &config.outline(), &loc).0
        };
        // 2018 has two numbered sections (applications, cancer trials).
        assert_eq!(config.contents.min_sections, 4);
        assert!(!doc(&config, 2018).contents);
        assert!(doc(&config, 2024).contents);
        config.contents.min_sections = 2;
        assert!(doc(&config, 2018).contents);
        config.contents.min_sections = 3;
        assert!(!doc(&config, 2018).contents);
        // Without "about" in the outline the sections are left out all the
        // same, and nothing else says what is missing.
        config.section.retain(|s| s.id != "about");
        let d = doc(&config, 2018);
        let ids: Vec<&str> = d.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["sec-applications", "sec-cancer", "sec-glossary"]);
        assert!(
            !d.sections
                .iter()
                .flat_map(|s| &s.blocks)
                .any(|b| matches!(b, Block::Unavailable { .. }))
        );
    }

    #[test]
    fn shows_knows_which_sections_a_report_has_before_it_is_built() {
        // What a reference asks (`Builder::shows`) and what the builders
        // make agree, for every section in every shipped year, and with
        // every part of the data supplied.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let config = crate::config::Config::load(&root.join("report.toml")).unwrap();
        let shipped = crate::data::load_dir(&root.join("data")).unwrap();
        let loc = Locale::load("en", &root.join("locales/en")).unwrap();
        let outline = config.outline();
        for data in [
            shipped.clone(),
            crate::text::catalogue::tests::complete(&shipped),
        ] {
            for year in data.years.keys() {
                let facts = crate::facts::compute(&data, &config, data.get(*year).unwrap());
                let b = Builder::new(&facts, &outline, &loc);
                let doc = b.document();
                for id in <BuiltIn as strum::IntoEnumIterator>::iter() {
                    if matches!(id, BuiltIn::Context | BuiltIn::About | BuiltIn::Glossary) {
                        continue;
                    }
                    let key: &str = id.into();
                    let built = doc.sections.iter().any(|s| s.id == format!("sec-{key}"));
                    assert_eq!(b.shows(id), built, "{year}: {id:?}");
                }
            }
        }
    }

    #[test]
    fn the_colophon_explains_exactly_the_symbols_the_tables_hold() {
        with_builder("en", |b| {
            let table = |rows: Vec<Vec<Cell>>, footer: Vec<Vec<Cell>>| Table {
                id: "tab".into(),
                caption: String::new(),
                columns: vec![Column::Number; 2],
                header: vec![vec![Cell::new("Year"), Cell::new("Count")]],
                rows,
                footer,
                notes: Vec::new(),
            };
            // The colophon's key of a report whose one section holds `tables`.
            let key = |tables: Vec<Table>| -> Vec<String> {
                let section = Section {
                    id: "sec-x".into(),
                    title: String::new(),
                    numbered: true,
                    blocks: tables.into_iter().map(Block::Table).collect(),
                };
                b.colophon(&[section])
                    .symbols
                    .iter()
                    .map(|e| format!("{} = {}", e.label, e.value))
                    .collect()
            };
            let value = |y: &str, n: &str| vec![Cell::new(y), Cell::new(n)];
            let na = b.symbol(Symbol::NotAvailable);
            let nap = b.symbol(Symbol::NotApplicable);
            assert!(key(vec![table(vec![value("2014", "5")], vec![])]).is_empty());
            assert_eq!(
                key(vec![table(
                    vec![value("2014", "5"), vec![Cell::new("2015"), na.clone()]],
                    vec![]
                )]),
                [".. = Data not available"]
            );
            // A symbol in the sum row counts too.
            assert_eq!(
                key(vec![table(
                    vec![value("2014", "5")],
                    vec![vec![Cell::new("Total"), nap.clone()]]
                )]),
                [". = Category not applicable"]
            );
            // A break marks a value (here a year in the header): it is in
            // the key too, after the others (SSB's order: `.` before `..`); symbols of several tables are
            // explained once.
            let marked = Cell {
                mark: Some(Symbol::Break),
                ..Cell::new(b.t("table-break-mark", args![("value", "2023")]))
            };
            assert_eq!(marked.text, "|\u{a0}2023");
            let mut t = table(vec![value("2014", "5")], vec![]);
            t.header[0][0] = marked;
            assert_eq!(
                key(vec![
                    t,
                    table(vec![vec![na.clone(), nap.clone()]], vec![]),
                    table(vec![vec![na, Cell::new("1")]], vec![]),
                ]),
                [
                    ". = Category not applicable",
                    ".. = Data not available",
                    "| = Break in series"
                ]
            );
        });
    }

    #[test]
    fn alt_texts_name_the_highest_and_lowest_bar_or_stack() {
        with_builder("en", |b| {
            let chart = |kind, series: Vec<(&str, Vec<f64>)>| ChartData {
                kind,
                categories: vec!["Phase I".into(), "Phase II".into()],
                series: series
                    .into_iter()
                    .map(|(n, v)| (n.to_string(), v))
                    .collect(),
                y_label: String::new(),
            };
            // One series: the bars are the categories.
            assert_eq!(
                b.alt_text(
                    "Trials by phase.",
                    &chart(ChartKind::GroupedBars, vec![("2024", vec![3.0, 9.0])])
                ),
                "Bar chart: Trials by phase. Legend: 2024. Highest: Phase II (9). Lowest: Phase I (3)."
            );
            // Several: each bar is a category in one series.
            assert_eq!(
                b.alt_text(
                    "Trials by phase.",
                    &chart(
                        ChartKind::GroupedBars,
                        vec![("2023", vec![3.0, 9.0]), ("2024", vec![4.0, 2.0])]
                    )
                ),
                "Bar chart: Trials by phase. Legend: 2023 and 2024. Highest: Phase II, 2023 (9). Lowest: Phase II, 2024 (2)."
            );
            // Stacked: the totals, the first of equal ones.
            assert_eq!(
                b.alt_text(
                    "Applications.",
                    &chart(
                        ChartKind::StackedBars,
                        vec![("A", vec![3.0, 1.0]), ("B", vec![1.0, 3.0])]
                    )
                ),
                "Stacked bar chart: Applications. Legend: A and B. Highest total: Phase I (4). Lowest total: Phase I (4)."
            );
        });
    }

    /// The shipped `lang` with `edit` made to its text: a translator's own
    /// choice of words.
    fn edited_locale(lang: &str, edit: impl Fn(&str) -> String) -> Locale {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang);
        let files = locale::read_sources(&dir)
            .unwrap()
            .into_iter()
            .map(|f| crate::diag::SourceFile::new(f.name.clone(), edit(&f.text)))
            .collect();
        Locale::from_sources(lang, files).unwrap()
    }

    #[test]
    fn the_share_sentence_knows_which_group_was_named_last() {
        // A translator who says "the former group" after a sentence about
        // the commercial sponsors alone.
        let loc = edited_locale("en", |t| {
            t.replace(
                "   *[other] Non-commercial sponsors accounted",
                "    [commercial] Next to them, non-commercial sponsors accounted\n   *[other] Non-commercial sponsors accounted",
            )
        });
        // (commercial, non-commercial): 1994's commercial count is the lowest
        // of the series, the total and the other group's not.
        let rows = [
            (1988, 63, 40),
            (1989, 66, 45),
            (1990, 60, 30),
            (1991, 62, 52),
            (1992, 64, 54),
            (1993, 70, 44),
            (1994, 58, 50),
            (1995, 61, 47),
        ];
        let files: Vec<_> = rows
            .iter()
            .map(|(y, c, n)| {
                crate::diag::SourceFile::new(
                    format!("data/{y}.toml"),
                    format!("year = {y}\n[applications]\ncommercial = {c}\nnon_commercial = {n}\ntotal = {}\n", c + n),
                )
            })
            .collect();
        let data = crate::data::load_sources(&files).unwrap();
        let config = crate::config::Config::default();
        let text = |year| {
            let facts = crate::facts::compute(&data, &config, data.get(year).unwrap());
            let outline = config.outline();
            let b = Builder::new(&facts, &outline, &loc);
            b.applications_text().join(" ")
        };
        let y1994 = text(1994);
        assert!(
            y1994.contains("the lowest since the series began in 1988")
                && y1994.contains("Next to them, non-commercial sponsors accounted for 46%"),
            "{y1994}"
        );
        // The groups moved apart: the one named last is "these sponsors"
        // (not "the latter group", which would need two groups named).
        let y1995 = text(1995);
        assert!(
            y1995.contains("These sponsors accounted for 44%"),
            "{y1995}"
        );
    }

    #[test]
    fn a_reference_mark_becomes_a_link_between_the_text_runs() {
        with_builder("en", |b| {
            let kinds = |text: &str| match b.para_with_refs(text, "sec-cancer") {
                Block::Para { runs } => runs
                    .iter()
                    .map(|r| match r {
                        Run::Text { text } => format!("text:{text}"),
                        Run::Ref { target, supplement } => format!("ref:{target}:{supplement}"),
                    })
                    .collect::<Vec<_>>(),
                _ => panic!("not a paragraph"),
            };
            assert_eq!(kinds("No reference."), ["text:No reference."]);
            assert_eq!(
                kinds(&format!("See {REF_MARK}.")),
                ["text:See ", "ref:sec-cancer:section", "text:."]
            );
            assert_eq!(
                kinds(&format!("{REF_MARK} first")),
                ["ref:sec-cancer:section", "text: first"]
            );
        });
    }

    #[test]
    fn editorial_paragraphs() {
        assert_eq!(
            paragraphs("One\n  line.\n\n\nTwo."),
            vec!["One line.".to_string(), "Two.".to_string()]
        );
    }
}
