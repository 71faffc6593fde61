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
//!   at all; data that should be there and are not get one plain note;
//! - the glossary lists the terms the rest of the report uses, no others.
//!
//! The output is a [`Document`]: plain values for the template.

pub mod ftl;
pub mod locale;
pub mod model;

use std::cell::RefCell;

use crate::charts::ChartKind;
use crate::data::Date;
use crate::diag::Diagnostic;
use crate::facts::{Change, Facts, MissingPart, RecordSince, Shape, Sponsor, Trend};
pub use locale::{Arg, Locale};
pub use model::*;

/// The glossary's terms, in order; each is a message `glossary-<key>` with a `.term`.
const GLOSSARY: &[&str] = &[
    "ctis",
    "ctr",
    "ctd",
    "rms",
    "msc",
    "ams",
    "meddra",
    "soc",
    "susar",
    "eudravigilance",
];

/// Builds the localised document for `facts` in `loc`'s language. Problems
/// (a missing message, say) are recorded in the locale: see
/// [`Locale::take_errors`].
pub fn document(facts: &Facts, loc: &Locale) -> Document {
    let (doc, errors) = document_with_errors(facts, loc);
    loc.record(errors);
    doc
}

/// Builds the localised document and returns, beside it, every problem met
/// while formatting its messages. The locale is only read, so one locale can
/// serve many reports at once, each with its own list of problems.
pub fn document_with_errors(facts: &Facts, loc: &Locale) -> (Document, Vec<Diagnostic>) {
    let b = Builder {
        f: facts,
        loc,
        errors: RefCell::new(Vec::new()),
    };
    let doc = b.document();
    (doc, b.errors.into_inner())
}

struct Builder<'a> {
    f: &'a Facts,
    loc: &'a Locale,
    /// Problems met while building this one document.
    errors: RefCell<Vec<Diagnostic>>,
}

/// Arguments of a message, built inline: `args![("year", y), ("n", n)]`.
macro_rules! args {
    ($(($k:expr, $v:expr)),* $(,)?) => { &[$(($k, Arg::from($v))),*] };
}

/// A list of message arguments that grows.
type Args = Vec<(&'static str, Arg)>;

impl Builder<'_> {
    fn t(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.loc.msg_into(id, args, &mut self.errors.borrow_mut())
    }

    fn date(&self, date: Date) -> String {
        self.loc.date_into(date, &mut self.errors.borrow_mut())
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

    /// The arguments of a caption over the years `from` to `to`; `single`
    /// says whether that is one year only ("i 2014", not "fra 2014 til 2014").
    fn span(&self, from: i32, to: i32) -> Args {
        vec![
            ("from", from.into()),
            ("to", to.into()),
            ("single", (from == to).into()),
        ]
    }

    fn document(&self) -> Document {
        let y = self.year();
        let region = self.loc.tag.region.map(|r| r.as_str().to_string());
        let mut sections: Vec<Section> = self.context().into_iter().collect();
        sections.push(self.applications());
        if self.f.applicable.ctr {
            sections.push(self.ctis());
        }
        sections.push(self.phases());
        sections.push(self.therapy());
        sections.push(self.cancer());
        sections.push(self.modifications());
        if self.f.applicable.safety_assessment {
            sections.push(self.safety());
        }
        sections.push(self.guidance());
        if let Some(glossary) = self.glossary(&sections) {
            sections.push(glossary);
        }
        Document {
            lang: self.loc.tag.language.as_str().to_string(),
            region,
            year: y.to_string(),
            document_title: self.t("document-title", args![("year", y)]),
            title: self.t("report-title", args![("year", y)]),
            subtitle: self.t("report-subtitle", &[]),
            agency: self.t("report-agency", &[]),
            published: self
                .f
                .published
                .map(|d| self.t("report-published", args![("date", self.date(d))])),
            running_head: self.t("running-head", args![("year", y)]),
            labels: Labels {
                contents: self.t("label-contents", &[]),
                figure: self.t("label-figure", &[]),
                table: self.t("label-table", &[]),
                section: self.t("label-section", &[]),
                missing: self.t("label-missing", &[]),
            },
            key_figures: self.key_figures(),
            sections,
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

    /// Editorial paragraphs for this year, if the language has them:
    /// message `editorial-<topic>-<year>`, paragraphs split at blank lines.
    fn editorial(&self, topic: &str, extra: &[(&str, Arg)]) -> Vec<String> {
        let id = format!("editorial-{topic}-{}", self.year());
        if !self.loc.has(&id) {
            return Vec::new();
        }
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

    /// The note that a figure's data are not available for `years`.
    fn missing(&self, figure: &str, years: &[i32]) -> Block {
        Block::Missing {
            text: self.t(
                "missing-figure",
                args![
                    ("figure", self.t(&format!("figure-{figure}-name"), &[])),
                    ("years", self.years(years)),
                    ("count", years.len() as u32)
                ],
            ),
        }
    }

    /// A note under a table of the years since `from`, naming the years in
    /// that span that have no data file (and so no row).
    fn gap_note(&self, from: i32) -> Vec<String> {
        let gaps: Vec<i32> = self
            .f
            .missing_years(MissingPart::Years)
            .into_iter()
            .filter(|y| *y >= from)
            .collect();
        if gaps.is_empty() {
            return Vec::new();
        }
        vec![self.t(
            "table-gap",
            args![("years", self.years(&gaps)), ("count", gaps.len() as u32)],
        )]
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
                "table-gap",
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
            chart: Some(chart),
            svg: String::new(),
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

    /// `$change`, `$direction`, `$previous-year`, `$previous`.
    fn change_args(&self, c: &Change) -> Args {
        vec![
            ("change", c.class.key().into()),
            ("direction", serde_key(&c.class.direction()).into()),
            ("previous-year", c.previous_year.into()),
            ("previous", c.previous.into()),
        ]
    }

    /// [`Builder::change_args`] and `$level` (last year's low or high) and
    /// `$streak` (years running in this direction).
    fn trend_args(&self, t: &Trend) -> Args {
        let mut a = self.change_args(&t.change);
        a.push(("level", serde_key(&t.from_level).into()));
        a.push(("streak", t.streak.into()));
        a
    }

    /// "Antallet er det laveste siden tallserien startet i 2014."
    fn record(&self, r: &Option<RecordSince>) -> Option<String> {
        r.map(|r| {
            self.t(
                "series-record",
                args![("record", serde_key(&r.record)), ("since", r.since)],
            )
        })
    }

    // ---- front matter -------------------------------------------------

    /// The key figures, each with its change from last year where last
    /// year's value is known (and none where it is not).
    fn key_figures(&self) -> KeyFigures {
        let f = self.f;
        let mut items = Vec::new();
        let note = |c: Option<&Change>| {
            c.map(|c| {
                self.t(
                    "key-change",
                    args![
                        ("change", c.class.key()),
                        ("direction", serde_key(&c.direction)),
                        ("percent", c.percent),
                        ("previous-year", c.previous_year)
                    ],
                )
            })
        };
        let mut item = |value: u32, label: &str, note: Option<String>| {
            items.push(KeyFigure {
                value: self.num(value),
                label: self.t(label, args![("count", value)]),
                note,
            })
        };
        let a = &f.applications;
        item(
            a.total,
            "key-applications",
            note(a.total_trend.as_ref().map(|t| &t.change)),
        );
        if let Some(c) = &f.ctis {
            item(
                c.multinational,
                "key-multinational",
                note(c.multinational_change.as_ref()),
            );
        }
        if let Some(p) = a.paediatric {
            item(p, "key-paediatric", note(a.paediatric_change.as_ref()));
        }
        if let Some(c) = &f.cancer {
            item(
                c.total,
                "key-cancer",
                note(c.trend.as_ref().map(|t| &t.change)),
            );
        }
        if let Some(m) = &f.modifications {
            item(
                m.total,
                "key-modifications",
                note(m.trend.as_ref().map(|t| &t.change)),
            );
        }
        if let Some(g) = &f.guidance {
            item(
                g.total,
                "key-guidance",
                note(g.trend.as_ref().map(|t| &t.change)),
            );
        }
        KeyFigures {
            title: self.t("key-figures-title", args![("year", self.year())]),
            items,
        }
    }

    /// The context passage: the year's editorial text, which needs the
    /// `[context]` facts. Without them (or without text) there is no passage.
    fn context(&self) -> Option<Section> {
        let c = self.f.context.as_ref()?;
        let extra: Vec<(&str, Arg)> = vec![
            ("focus-areas", c.action_plan_focus_areas.into()),
            ("centres", c.nortrials_centres.into()),
            ("measures", c.export_strategy_measures.into()),
            ("measure", c.nortrials_measure.into()),
            ("revenue", c.export_revenue.nok_billion.into()),
            ("revenue-year", c.export_revenue.year.into()),
            ("target", c.export_target.nok_billion.into()),
            ("target-year", c.export_target.year.into()),
        ];
        let blocks: Vec<Block> = self
            .editorial("context", &extra)
            .into_iter()
            .map(Block::para)
            .collect();
        (!blocks.is_empty()).then(|| self.section("context", false, blocks))
    }

    // ---- 1. applications ----------------------------------------------

    /// The sentences of section 1's first paragraph.
    fn applications_text(&self) -> Vec<String> {
        let a = &self.f.applications;
        let y = self.year();
        let mut s = vec![self.t(
            "applications-received",
            args![
                ("year", y),
                ("total", a.total),
                ("agency", self.agency(None))
            ],
        )];
        // A group's record of the same kind as the total's is said with it.
        let total_record = a.total_trend.as_ref().and_then(|t| t.record);
        let (c_record, nc_record) = a
            .group_records
            .as_ref()
            .map_or((None, None), |r| (r.commercial, r.non_commercial));
        let with_total = |g: Option<RecordSince>| matches!((total_record, g), (Some(t), Some(g)) if t.record == g.record);
        if let Some(t) = &a.total_trend {
            s.push(self.t("applications-trend", &self.trend_args(t)));
            if let Some(r) = total_record {
                let groups = match (with_total(c_record), with_total(nc_record)) {
                    (true, true) => "both",
                    (true, false) => "commercial",
                    (false, true) => "non-commercial",
                    (false, false) => "none",
                };
                s.push(self.t(
                    "applications-record",
                    args![
                        ("record", serde_key(&r.record)),
                        ("since", r.since),
                        ("groups", groups)
                    ],
                ));
            }
        }
        // The group the last sentence named last, for "the latter group".
        let mut last = None;
        if let Some(split) = &a.split {
            let d = &split.driver_change;
            let o = &split.other_change;
            s.push(self.t(
                "applications-split",
                args![
                    ("pattern", serde_key(&split.pattern)),
                    ("direction", serde_key(&d.class.direction())),
                    ("driver", serde_key(&split.driver)),
                    ("driver-previous", d.previous),
                    ("driver-current", d.current),
                    ("other-change", o.class.key()),
                    ("other-previous", o.previous),
                    ("other-current", o.current),
                    ("other-continues", split.other_continues)
                ],
            ));
            last = Some(split.driver.other());
        }
        let c_rest = c_record.filter(|_| !with_total(c_record));
        let nc_rest = nc_record.filter(|_| !with_total(nc_record));
        if let Some(since) = c_rest.or(nc_rest).map(|r| r.since) {
            let key = |r: Option<RecordSince>| r.map_or("none".into(), |r| serde_key(&r.record));
            s.push(self.t(
                "applications-group-record",
                args![
                    ("commercial", key(c_rest)),
                    ("non-commercial", key(nc_rest)),
                    ("since", since)
                ],
            ));
            // One group named alone is the one named last.
            last = match (c_rest, nc_rest) {
                (Some(_), None) => Some(Sponsor::Commercial),
                (None, Some(_)) => Some(Sponsor::NonCommercial),
                _ => None,
            };
        }
        let (record, since) = a
            .share_record
            .map_or(("none".into(), y), |r| (serde_key(&r.record), r.since));
        s.push(self.t(
            "applications-share",
            args![
                ("last", last.map_or("none".into(), |d| serde_key(&d))),
                ("year", y),
                ("percent", self.percent(a.non_commercial_share.percent)),
                ("approximate", a.non_commercial_share.approximate),
                ("record", record),
                ("since", since)
            ],
        ));
        if let Some(p) = a.paediatric {
            s.push(self.t("applications-paediatric", args![("count", p)]));
        }
        if let (Some(r), Some(date)) = (a.rejected, a.rejected_as_of) {
            s.push(self.t(
                "applications-rejected",
                args![("count", r), ("year", y), ("date", self.date(date))],
            ));
        }
        s
    }

    fn applications(&self) -> Section {
        let f = self.f;
        let a = &f.applications;
        let y = self.year();
        let mut blocks = vec![Block::para(self.applications_text().join(" "))];

        let hist = &a.history;
        let (from, to) = (hist[0].year, y);
        blocks.push(self.figure(
            "applications",
            self.t("figure-applications", &self.span(from, to)),
            ChartData {
                kind: ChartKind::StackedBars,
                categories: hist.iter().map(|r| r.year.to_string()).collect(),
                series: vec![
                    (
                        self.t("sponsor-commercial", &[]),
                        hist.iter().map(|r| f64::from(r.commercial)).collect(),
                    ),
                    (
                        self.t("sponsor-non-commercial", &[]),
                        hist.iter().map(|r| f64::from(r.non_commercial)).collect(),
                    ),
                ],
                y_label: self.t("axis-applications", &[]),
            },
        ));
        blocks.push(Block::Table(Table {
            id: "tab-applications".into(),
            caption: self.t("table-applications", &self.span(from, to)),
            align: ["left", "right", "right", "right", "right"]
                .map(String::from)
                .to_vec(),
            header: vec![
                [
                    "col-year",
                    "col-commercial",
                    "col-non-commercial",
                    "col-non-commercial-share",
                    "col-total",
                ]
                .iter()
                .map(|id| Cell::new(self.t(id, &[])))
                .collect(),
            ],
            rows: hist
                .iter()
                .map(|r| {
                    vec![
                        Cell::new(r.year.to_string()),
                        Cell::new(self.num(r.commercial)),
                        Cell::new(self.num(r.non_commercial)),
                        Cell::new(self.percent(r.non_commercial_share.percent)),
                        Cell::new(self.num(r.total)),
                    ]
                })
                .collect(),
            footer: vec![],
            notes: self.gap_note(from),
        }));

        // The CTR transition: editorial text, the computed count, Figure 1b.
        if f.applicable.transition {
            let mut p = self.editorial("transition", &[]);
            if let Some(t) = a.transition {
                p.push(self.t("applications-transition", args![("count", t), ("year", y)]));
            }
            if !p.is_empty() {
                blocks.push(Block::para(p.join(" ")));
            }
            let lacking = f.missing_years(MissingPart::TransitionHistory);
            if a.transition.is_none() {
                blocks.push(self.missing("transition", &[y]));
            } else {
                let h = &a.transition_history;
                blocks.push(self.figure_lacking(
                    "transition",
                    self.t("figure-transition", &self.span(h[0].0, y)),
                    ChartData {
                        kind: ChartKind::GroupedBars,
                        categories: h.iter().map(|(y, _)| y.to_string()).collect(),
                        series: vec![(
                            self.t("series-transition", &[]),
                            h.iter().map(|(_, v)| f64::from(*v)).collect(),
                        )],
                        y_label: self.t("axis-applications", &[]),
                    },
                    &lacking,
                ));
            }
        }
        self.section("applications", true, blocks)
    }

    // ---- 2. CTIS --------------------------------------------------------

    fn ctis(&self) -> Section {
        let y = self.year();
        let Some(c) = &self.f.ctis else {
            return self.section("ctis", true, vec![self.missing("ctis", &[y])]);
        };
        let mut blocks = vec![Block::para(self.t(
            "ctis-split",
            args![
                ("total", c.total),
                ("all", c.all_applications),
                ("year", y),
                ("multinational", c.multinational),
                ("mononational", c.mononational)
            ],
        ))];
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
        let mut header = vec![Cell::new(self.t("col-case-type", &[]))];
        header.extend(h.iter().map(|r| Cell::new(r.year.to_string())));
        let row = |id: &str, f: fn(&crate::facts::CtisRow) -> u32| {
            let mut cells = vec![Cell::new(self.t(id, &[]))];
            cells.extend(h.iter().map(|r| Cell::new(self.num(f(r)))));
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
        if let Some(first) = h.first() {
            notes.extend(self.gap_note(first.year));
        }
        for id in ["note-rms", "note-msc", "note-ams"] {
            notes.push(self.t(id, &[]));
        }
        blocks.push(Block::Table(Table {
            id: "tab-ctis".into(),
            caption: self.t("table-ctis", &[]),
            align: std::iter::once("left")
                .chain(h.iter().map(|_| "right"))
                .map(String::from)
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
        self.section("ctis", true, blocks)
    }

    // ---- 3. phases -------------------------------------------------------

    fn phases(&self) -> Section {
        let y = self.year();
        let lacking = self.f.missing_years(MissingPart::Phases);
        let Some(p) = &self.f.phases else {
            return self.section("phases", true, vec![self.missing("phases", &lacking)]);
        };
        let mut blocks = Vec::new();
        let mut s = Vec::new();
        if let Some(ch) = &p.changes {
            s.push(self.t(
                "phases-change",
                args![
                    ("phase-3", ch[2].class.key()),
                    ("phase-3-previous", ch[2].previous),
                    ("phase-3-current", ch[2].current),
                    ("phase-2", ch[1].class.key()),
                    ("phase-2-previous", ch[1].previous),
                    ("phase-2-current", ch[1].current),
                    ("agree", p.iii_and_ii_agree),
                    ("previous-year", y - 1)
                ],
            ));
        }
        s.push(self.t("phases-note", &[]));
        blocks.push(Block::para(s.join(" ")));
        // Last year beside this year where last year is known; this year
        // alone, with last year's gap named, where it is not.
        let categories = ["I", "II", "III", "IV"]
            .iter()
            .map(|r| self.t("phase", args![("phase", *r)]))
            .collect();
        let mut series = Vec::new();
        if let Some(prev) = p.previous {
            series.push((
                (y - 1).to_string(),
                prev.iter().map(|v| f64::from(*v)).collect(),
            ));
        }
        series.push((
            y.to_string(),
            p.counts.iter().map(|v| f64::from(*v)).collect(),
        ));
        let from = if p.previous.is_some() { y - 1 } else { y };
        blocks.push(self.figure_lacking(
            "phases",
            self.t("figure-phases", &self.span(from, y)),
            ChartData {
                kind: ChartKind::GroupedBars,
                categories,
                series,
                y_label: self.t("axis-applications", &[]),
            },
            &lacking,
        ));
        self.section("phases", true, blocks)
    }

    // ---- 4. therapy areas -----------------------------------------------

    fn therapy(&self) -> Section {
        let y = self.year();
        let Some(t) = &self.f.therapy else {
            return self.section("therapy", true, vec![self.missing("therapy", &[y])]);
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
                ("cancer-section", REF_MARK)
            ],
        );
        let mut blocks = vec![self.para_with_refs(&sentence, "sec-cancer")];
        blocks.push(Block::Table(Table {
            id: "tab-therapy".into(),
            caption: self.t(
                "table-therapy",
                args![("count", t.top.len() as u32), ("year", y)],
            ),
            align: ["right", "left", "right"].map(String::from).to_vec(),
            header: vec![vec![
                Cell::new(self.t("col-rank", &[])),
                Cell::new(self.t("col-soc", &[])),
                Cell::new(self.t("col-applications", &[])),
            ]],
            rows: t
                .top
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    vec![
                        Cell::new(self.t("rank", args![("rank", (i + 1) as u32)])),
                        Cell::new(self.t(&format!("soc-{}", a.soc), &[])),
                        Cell::new(self.num(a.count)),
                    ]
                })
                .collect(),
            footer: vec![],
            notes: vec![self.t("note-meddra", &[])],
        }));
        self.section("therapy", true, blocks)
    }

    /// Splits a sentence at [`REF_MARK`] into text runs and a reference run.
    fn para_with_refs(&self, text: &str, target: &str) -> Block {
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

    // ---- 5. cancer -------------------------------------------------------

    fn cancer(&self) -> Section {
        let y = self.year();
        let Some(c) = &self.f.cancer else {
            return self.section("cancer", true, vec![self.missing("cancer", &[y])]);
        };
        let mut s = vec![self.t("cancer-definition", &[])];
        match &c.trend {
            Some(t) => {
                let mut args = self.trend_args(t);
                args.push(("total", c.total.into()));
                args.push(("year", y.into()));
                s.push(self.t("cancer-total", &args));
                s.extend(self.record(&t.record));
            }
            None => s.push(self.t("cancer-total-only", args![("total", c.total), ("year", y)])),
        }
        let mut blocks = vec![Block::para(s.join(" "))];
        let h = &c.history;
        let (from, to) = (h[0].0, y);
        blocks.push(self.figure(
            "cancer",
            self.t("figure-cancer", &self.span(from, to)),
            ChartData {
                kind: ChartKind::StackedBars,
                categories: h.iter().map(|r| r.0.to_string()).collect(),
                series: vec![
                    (
                        self.t("sponsor-commercial", &[]),
                        h.iter().map(|r| f64::from(r.1)).collect(),
                    ),
                    (
                        self.t("sponsor-non-commercial", &[]),
                        h.iter().map(|r| f64::from(r.2)).collect(),
                    ),
                ],
                y_label: self.t("axis-trials", &[]),
            },
        ));
        blocks.push(Block::Table(Table {
            id: "tab-cancer".into(),
            caption: self.t("table-cancer", &self.span(from, to)),
            align: ["left", "right", "right", "right"]
                .map(String::from)
                .to_vec(),
            header: vec![
                [
                    "col-year",
                    "col-commercial-short",
                    "col-non-commercial-short",
                    "col-total-short",
                ]
                .iter()
                .map(|id| Cell::new(self.t(id, &[])))
                .collect(),
            ],
            rows: h
                .iter()
                .map(|r| {
                    vec![
                        Cell::new(r.0.to_string()),
                        Cell::new(self.num(r.1)),
                        Cell::new(self.num(r.2)),
                        Cell::new(self.num(r.3)),
                    ]
                })
                .collect(),
            footer: vec![],
            notes: self.gap_note(from),
        }));
        self.section("cancer", true, blocks)
    }

    // ---- 6. substantial modifications ------------------------------------

    fn modifications(&self) -> Section {
        let y = self.year();
        let Some(m) = &self.f.modifications else {
            return self.section(
                "modifications",
                true,
                vec![self.missing("modifications", &[y])],
            );
        };
        // The computed sentences open the section; the year's editorial
        // text, which explains them, follows.
        let mut first = Vec::new();
        match &m.trend {
            Some(t) => {
                let mut args = self.trend_args(t);
                args.push(("year", y.into()));
                args.push(("total", m.total.into()));
                first.push(self.t("modifications-trend", &args));
                first.extend(self.record(&t.record));
            }
            None => first.push(self.t(
                "modifications-total",
                args![("year", y), ("total", m.total)],
            )),
        }
        if let Some(p) = &m.parts {
            first.push(self.t(
                "modifications-parts",
                args![
                    ("ctis-change", p.ctis.class.key()),
                    ("ctis-previous", p.ctis.previous),
                    ("ctis", p.ctis.current),
                    ("ctd-change", p.ctd.class.key()),
                    ("ctd-previous", p.ctd.previous),
                    ("ctd", p.ctd.current),
                    ("ctd-none", p.ctd.current == 0 && p.ctd.previous > 0),
                    ("apart", p.apart)
                ],
            ));
        }
        let mut blocks = vec![Block::para(first.join(" "))];
        blocks.extend(
            self.editorial("modifications", &[])
                .into_iter()
                .map(Block::para),
        );

        // The years that have data, the gap named under the figure.
        let lacking = self.f.missing_years(MissingPart::ModificationsHistory);
        let h = &m.history;
        if h.len() > 1 || !lacking.is_empty() {
            blocks.push(self.figure_lacking(
                "modifications",
                self.t("figure-modifications", &self.span(h[0].0, y)),
                ChartData {
                    kind: ChartKind::StackedBars,
                    categories: h.iter().map(|r| r.0.to_string()).collect(),
                    series: vec![
                        (
                            self.t("series-ctis", &[]),
                            h.iter().map(|r| f64::from(r.1)).collect(),
                        ),
                        (
                            self.t("series-ctd", &[]),
                            h.iter().map(|r| f64::from(r.2)).collect(),
                        ),
                    ],
                    y_label: self.t("axis-modifications", &[]),
                },
                &lacking,
            ));
        }

        let dash = || Cell::new(self.t("not-applicable", &[]));
        let mut rows = Vec::new();
        for (id, v) in [
            ("row-mod-rms", m.ctis_rms),
            ("row-mod-mononational", m.ctis_mononational),
            ("row-mod-msc", m.ctis_msc),
        ] {
            if let Some(v) = v {
                rows.push(vec![
                    Cell::new(self.t(id, &[])),
                    Cell::new(self.num(v)),
                    dash(),
                    dash(),
                ]);
            }
        }
        blocks.push(Block::Table(Table {
            id: "tab-modifications".into(),
            caption: self.t("table-modifications", args![("year", y)]),
            align: ["left", "right", "right", "right"]
                .map(String::from)
                .to_vec(),
            header: vec![
                ["col-role", "col-in-ctis", "col-ctd", "col-total-short"]
                    .iter()
                    .map(|id| Cell::new(self.t(id, &[])))
                    .collect(),
            ],
            rows,
            footer: vec![vec![
                Cell::new(self.t("row-sum", &[])),
                Cell::new(self.num(m.ctis_total)),
                Cell::new(self.num(m.ctd)),
                Cell::new(self.num(m.total)),
            ]],
            notes: vec![],
        }));
        self.section("modifications", true, blocks)
    }

    // ---- 7. safety -------------------------------------------------------

    fn safety(&self) -> Section {
        let y = self.year();
        let mut blocks = vec![
            Block::para(self.t("safety-regulation", &[])),
            Block::para(self.t("safety-scope", &[])),
        ];
        let mut p = Vec::new();
        if let Some(s) = &self.f.safety
            && let (Some(r), Some(n)) = (&s.annual_reports_change, &s.notifications_change)
        {
            p.push(self.t(
                "safety-change",
                args![
                    ("previous-year", s.previous_year),
                    ("year", y),
                    ("reports-change", r.class.key()),
                    ("reports-previous", r.previous),
                    ("reports", r.current),
                    ("notifications-change", n.class.key()),
                    ("notifications-previous", n.previous),
                    ("notifications", n.current),
                    ("agree", s.reports_and_notifications_agree)
                ],
            ));
            if let Some(c) = &s.substances_change {
                p.push(self.t(
                    "safety-substances-change",
                    args![
                        ("change", c.class.key()),
                        ("previous", c.previous),
                        ("current", c.current)
                    ],
                ));
            }
        }
        p.extend(self.editorial("safety", &[]));
        if !p.is_empty() {
            blocks.push(Block::para(p.join(" ")));
        }
        match &self.f.safety {
            Some(s) => {
                let mut series = Vec::new();
                if let (Some(r), Some(n)) = (&s.annual_reports_change, &s.notifications_change) {
                    series.push((
                        (y - 1).to_string(),
                        vec![f64::from(r.previous), f64::from(n.previous)],
                    ));
                }
                let from = if series.is_empty() { y } else { y - 1 };
                series.push((
                    y.to_string(),
                    vec![f64::from(s.annual_reports), f64::from(s.notifications)],
                ));
                blocks.push(self.figure_lacking(
                    "safety-reports",
                    self.t("figure-safety-reports", &self.span(from, y)),
                    ChartData {
                        kind: ChartKind::GroupedBars,
                        categories: vec![
                            self.t("series-annual-reports", &[]),
                            self.t("series-notifications", &[]),
                        ],
                        series,
                        y_label: self.t("axis-count", &[]),
                    },
                    &self.f.missing_years(MissingPart::SafetyPrevious),
                ));
                blocks.push(self.figure(
                    "safety-substances",
                    self.t("figure-safety-substances", args![("year", y)]),
                    ChartData {
                        kind: ChartKind::HorizontalBars,
                        categories: vec![
                            self.t("series-substances-national", &[]),
                            self.t("series-substances-multinational", &[]),
                        ],
                        series: vec![(
                            y.to_string(),
                            vec![
                                f64::from(s.substances_national),
                                f64::from(s.substances_multinational),
                            ],
                        )],
                        y_label: self.t("axis-substances", &[]),
                    },
                ));
            }
            None => blocks.push(self.missing("safety", &self.f.missing_years(MissingPart::Safety))),
        }
        self.section("safety", true, blocks)
    }

    // ---- 8. guidance -----------------------------------------------------

    fn guidance(&self) -> Section {
        let y = self.year();
        let Some(g) = &self.f.guidance else {
            return self.section("guidance", true, vec![self.missing("guidance", &[y])]);
        };
        let agency = self.agency(Some("short"));
        let mut s = Vec::new();
        match (g.meetings, g.written) {
            (Some(m), Some(w)) => s.push(self.t(
                "guidance-total",
                args![
                    ("year", y),
                    ("total", g.total),
                    ("meetings", m),
                    ("written", w),
                    ("agency", agency)
                ],
            )),
            _ => s.push(self.t(
                "guidance-total-only",
                args![("year", y), ("total", g.total), ("agency", agency)],
            )),
        }
        match (&g.trend, &g.since) {
            (Some(t), since) => {
                let mut args = self.trend_args(t);
                let gradual = since
                    .as_ref()
                    .filter(|s| s.shape == Shape::GradualIncrease && s.base_year < y - 1);
                args.push(("gradual", gradual.is_some().into()));
                args.push(("base-year", gradual.map_or(y, |s| s.base_year).into()));
                args.push(("base", gradual.map_or(0, |s| s.base_value).into()));
                s.push(self.t("guidance-trend", &args));
                s.extend(self.record(&t.record));
            }
            (None, Some(since)) => {
                let shape = match since.shape {
                    Shape::GradualIncrease | Shape::Increase => "increase",
                    Shape::Stable => "stable",
                    Shape::Decrease => "decrease",
                };
                s.push(self.t(
                    "guidance-since",
                    args![
                        ("shape", shape),
                        ("base-year", since.base_year),
                        ("base", since.base_value)
                    ],
                ));
            }
            (None, None) => {}
        }
        if let (Some(h), Some(v), Some(d)) = (g.human, g.veterinary, g.devices) {
            s.push(self.t(
                "guidance-areas",
                args![("human", h), ("veterinary", v), ("devices", d)],
            ));
        }
        let mut blocks = vec![Block::para(s.join(" "))];
        if let (Some(i), Some(a), Some(share)) = (g.industry, g.academia, &g.industry_share) {
            blocks.push(Block::para(self.t(
                "guidance-initiators",
                args![
                    ("industry", i),
                    ("academia", a),
                    ("percent", self.percent(share.percent)),
                    ("approximate", share.approximate)
                ],
            )));
        }
        if let (Some(h), Some(v), Some(d)) = (g.human, g.veterinary, g.devices) {
            blocks.push(self.figure(
                "guidance-areas",
                self.t("figure-guidance-areas", args![("year", y)]),
                ChartData {
                    kind: ChartKind::HorizontalBars,
                    categories: vec![
                        self.t("area-human", &[]),
                        self.t("area-veterinary", &[]),
                        self.t("area-devices", &[]),
                    ],
                    series: vec![(
                        self.t("axis-guidance", &[]),
                        vec![f64::from(h), f64::from(v), f64::from(d)],
                    )],
                    y_label: self.t("axis-guidance", &[]),
                },
            ));
        }
        if let (Some(i), Some(a)) = (g.industry, g.academia) {
            blocks.push(self.figure(
                "guidance-initiators",
                self.t("figure-guidance-initiators", args![("year", y)]),
                ChartData {
                    kind: ChartKind::HorizontalBars,
                    categories: vec![
                        self.t("initiator-industry", &[]),
                        self.t("initiator-academia", &[]),
                    ],
                    series: vec![(
                        self.t("axis-guidance", &[]),
                        vec![f64::from(i), f64::from(a)],
                    )],
                    y_label: self.t("axis-guidance", &[]),
                },
            ));
        }
        // One note for whatever breakdown of the year is not there.
        let lacking: Vec<&str> = [
            ("areas", g.human.is_none()),
            ("initiators", g.industry.is_none()),
        ]
        .into_iter()
        .filter_map(|(k, missing)| missing.then_some(k))
        .collect();
        if !lacking.is_empty() {
            let figure = if lacking.len() == 2 {
                "guidance-breakdown".to_string()
            } else {
                format!("guidance-{}", lacking[0])
            };
            blocks.push(self.missing(&figure, &[y]));
        }
        self.section("guidance", true, blocks)
    }

    // ---- glossary --------------------------------------------------------

    /// The terms the other sections use (a whole-word match of the term), in
    /// the glossary's order; no glossary when they use none.
    fn glossary(&self, sections: &[Section]) -> Option<Section> {
        let text = sections
            .iter()
            .map(section_text)
            .collect::<Vec<_>>()
            .join("\n");
        let entries: Vec<GlossaryEntry> = GLOSSARY
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
                if let Some(c) = chart {
                    out.extend(c.categories.iter().cloned());
                    out.extend(c.series.iter().map(|(n, _)| n.clone()));
                }
            }
            Block::Table(t) => {
                out.push(t.caption.clone());
                for row in t.header.iter().chain(&t.rows).chain(&t.footer) {
                    out.extend(row.iter().map(|c| c.text.clone()));
                }
                out.extend(t.notes.iter().cloned());
            }
            Block::Missing { text } => out.push(text.clone()),
            Block::Glossary { .. } => {}
        }
    }
    out.join("\n")
}

/// Whether `word` occurs in `text` as a whole word (not inside another).
fn uses_word(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Editorial text split into paragraphs at blank lines, each on one line.
fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

/// Stands in a message for a cross-reference; replaced by a live link.
const REF_MARK: &str = "\u{E000}";

/// The kebab-case name serde gives a unit enum variant (`non-commercial`).
fn serde_key<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_only() {
        assert!(uses_word("søkt i CTIS (CTR)", "CTR"));
        assert!(uses_word("CTIS", "CTIS"));
        assert!(uses_word("SUSAR-er i", "SUSAR"));
        assert!(!uses_word("CTISX", "CTIS"));
        assert!(!uses_word("XCTIS", "CTIS"));
        assert!(!uses_word("anything", ""));
        assert!(!uses_word("MSCA", "MSC"));
    }

    #[test]
    fn editorial_paragraphs() {
        assert_eq!(
            paragraphs("One\n  line.\n\n\nTwo."),
            vec!["One line.".to_string(), "Two.".to_string()]
        );
    }
}
