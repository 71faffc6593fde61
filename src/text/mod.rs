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
        let items = crate::facts::year_runs(years)
            .into_iter()
            .map(|(from, to)| {
                if from == to {
                    from.to_string()
                } else {
                    self.t("year-range", args![("from", from), ("to", to)])
                }
            });
        self.loc.list(items)
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
mod tests;
