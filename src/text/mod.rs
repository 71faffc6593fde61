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
//! The output is a [`Document`]: plain values for the template.

pub mod ftl;
pub mod locale;
pub mod model;

use std::cell::RefCell;

use crate::charts::ChartKind;
use crate::data::Date;
use crate::diag::Diagnostic;
use crate::facts::{Change, Facts, MissingPart, Shape, Sponsor, Trend};
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

    fn document(&self) -> Document {
        let y = self.year();
        let region = self.loc.tag.region.map(|r| r.as_str().to_string());
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
            sections: self
                .context()
                .into_iter()
                .chain([
                    self.applications(),
                    self.ctis(),
                    self.phases(),
                    self.therapy(),
                    self.cancer(),
                    self.modifications(),
                    self.safety(),
                    self.guidance(),
                    self.glossary(),
                ])
                .collect(),
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

    /// The "data not supplied" note for a figure.
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

    fn missing_years(&self, part: MissingPart) -> Vec<i32> {
        self.f
            .missing
            .iter()
            .filter(|m| m.part == part)
            .flat_map(|m| m.years.iter().copied())
            .collect()
    }

    /// A figure block with its chart and a generated, localised alt text.
    fn figure(&self, id: &str, caption: String, chart: ChartData) -> Block {
        let alt = self.alt_text(&caption, &chart);
        Block::Figure {
            id: format!("fig-{id}"),
            caption,
            alt,
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

    fn change_args(&self, c: &Change) -> Vec<(&'static str, Arg)> {
        vec![
            ("change", c.class.key().into()),
            ("previous-year", c.previous_year.into()),
            ("previous", c.previous.into()),
        ]
    }

    fn trend_args(&self, t: &Trend) -> Vec<(&'static str, Arg)> {
        let mut a = self.change_args(&t.change);
        a.push(("level", serde_key(&t.from_level).into()));
        a.push(("continues", t.continues.into()));
        a
    }

    // ---- front matter -------------------------------------------------

    fn key_figures(&self) -> KeyFigures {
        let f = self.f;
        let mut items = Vec::new();
        let note = |t: &Option<Trend>| {
            t.as_ref().map(|t| {
                let c = &t.change;
                let pct = c.relative.map_or(0, |r| (r.abs() * 100.0).round() as u32);
                self.t(
                    "key-change",
                    args![
                        ("change", c.class.key()),
                        ("direction", serde_key(&c.direction)),
                        ("percent", pct),
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
        item(a.total, "key-applications", note(&a.total_trend));
        if let Some(c) = &f.ctis {
            item(c.multinational, "key-multinational", None);
        }
        if let Some(p) = a.paediatric {
            item(p, "key-paediatric", None);
        }
        if let Some(c) = &f.cancer {
            item(c.total, "key-cancer", note(&c.trend));
        }
        if let Some(m) = &f.modifications {
            item(m.total, "key-modifications", note(&m.trend));
        }
        if let Some(g) = &f.guidance {
            item(g.total, "key-guidance", None);
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

    fn applications(&self) -> Section {
        let f = self.f;
        let a = &f.applications;
        let y = self.year();
        let mut s = vec![self.t(
            "applications-received",
            args![("year", y), ("total", a.total)],
        )];
        if let Some(t) = &a.total_trend {
            s.push(self.t("applications-trend", &self.trend_args(t)));
        }
        if let (Some(driver), Some(total), Some(c), Some(nc)) = (
            a.driver,
            &a.total_trend,
            &a.commercial_trend,
            &a.non_commercial_trend,
        ) {
            let other = if driver == Sponsor::Commercial { nc } else { c };
            s.push(self.t(
                "applications-split",
                args![
                    ("direction", serde_key(&total.change.direction)),
                    ("driver", serde_key(&driver)),
                    ("other-change", other.change.class.key()),
                    ("other-continues", other.continues)
                ],
            ));
        }
        s.push(self.t(
            "applications-share",
            args![
                ("driver", a.driver.map_or("none".into(), |d| serde_key(&d))),
                ("year", y),
                ("percent", self.percent(a.non_commercial_share.percent)),
                ("approximate", a.non_commercial_share.approximate)
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
        let mut blocks = vec![Block::para(s.join(" "))];

        let hist = &a.history;
        let (from, to) = (hist[0].year, y);
        blocks.push(self.figure(
            "applications",
            self.t("figure-applications", args![("from", from), ("to", to)]),
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
            caption: self.t("table-applications", args![("from", from), ("to", to)]),
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
        if y >= crate::facts::CTR_FIRST_YEAR {
            let mut p = self.editorial("transition", &[]);
            if let Some(t) = a.transition {
                p.push(self.t("applications-transition", args![("count", t), ("year", y)]));
            }
            if !p.is_empty() {
                blocks.push(Block::para(p.join(" ")));
            }
            let lacking = self.missing_years(MissingPart::TransitionHistory);
            if a.transition.is_none() {
                blocks.push(self.missing("transition", &[y]));
            } else if !lacking.is_empty() {
                blocks.push(self.missing("transition", &lacking));
            } else {
                let h = &a.transition_history;
                blocks.push(self.figure(
                    "transition",
                    self.t("figure-transition", args![("from", h[0].0), ("to", y)]),
                    ChartData {
                        kind: ChartKind::GroupedBars,
                        categories: h.iter().map(|(y, _)| y.to_string()).collect(),
                        series: vec![(
                            self.t("series-transition", &[]),
                            h.iter().map(|(_, v)| f64::from(*v)).collect(),
                        )],
                        y_label: self.t("axis-applications", &[]),
                    },
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
        let mut blocks = Vec::new();
        let mut s = vec![self.t(
            "ctis-split",
            args![
                ("total", c.total),
                ("all", c.all_applications),
                ("year", y),
                ("multinational", c.multinational),
                ("mononational", c.mononational)
            ],
        )];
        blocks.push(Block::para(s.join(" ")));
        s = vec![
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
        let partial: Vec<i32> = h
            .iter()
            .filter(|r| {
                self.f_year(r.year).is_some_and(|t| {
                    u64::from(t)
                        != u64::from(r.rms) + u64::from(r.msc_ams) + u64::from(r.mononational)
                })
            })
            .map(|r| r.year)
            .collect();
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

    /// All applications of a year, from Table 1.
    fn f_year(&self, year: i32) -> Option<u32> {
        self.f
            .applications
            .history
            .iter()
            .find(|r| r.year == year)
            .map(|r| r.total)
    }

    // ---- 3. phases -------------------------------------------------------

    fn phases(&self) -> Section {
        let y = self.year();
        let mut blocks = Vec::new();
        match &self.f.phases {
            Some(p) if p.changes.is_some() => {
                let ch = p.changes.as_ref().expect("checked");
                blocks.push(Block::para(self.t(
                    "phases-change",
                    args![
                        ("phase-3", ch[2].class.key()),
                        ("phase-2", ch[1].class.key()),
                        ("previous-year", y - 1)
                    ],
                )));
            }
            _ => blocks.extend(self.editorial("phases", &[]).into_iter().map(Block::para)),
        }
        blocks.push(Block::para(self.t("phases-note", &[])));
        let lacking = self.missing_years(MissingPart::Phases);
        match &self.f.phases {
            Some(p) if lacking.is_empty() => {
                let prev = p.previous.expect("no missing years");
                let categories = ["I", "II", "III", "IV"]
                    .iter()
                    .map(|r| self.t("phase", args![("phase", *r)]))
                    .collect();
                blocks.push(self.figure(
                    "phases",
                    self.t(
                        "figure-phases",
                        args![("previous-year", y - 1), ("year", y)],
                    ),
                    ChartData {
                        kind: ChartKind::GroupedBars,
                        categories,
                        series: vec![
                            (
                                (y - 1).to_string(),
                                prev.iter().map(|v| f64::from(*v)).collect(),
                            ),
                            (
                                y.to_string(),
                                p.counts.iter().map(|v| f64::from(*v)).collect(),
                            ),
                        ],
                        y_label: self.t("axis-applications", &[]),
                    },
                ));
            }
            _ => blocks.push(self.missing("phases", &lacking)),
        }
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
        let mut args: Vec<(&str, Arg)> = vec![("total", c.total.into()), ("year", y.into())];
        if let Some(t) = &c.trend {
            args.extend(self.change_args(&t.change));
        } else {
            args.push(("change", "none".into()));
        }
        s.push(self.t("cancer-total", &args));
        let mut blocks = vec![Block::para(s.join(" "))];
        let h = &c.history;
        let (from, to) = (h[0].0, y);
        blocks.push(self.figure(
            "cancer",
            self.t("figure-cancer", args![("from", from), ("to", to)]),
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
            caption: self.t("table-cancer", args![("from", from), ("to", to)]),
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
        let editorial = self.editorial("modifications", &[]);
        let mut first = Vec::new();
        if let Some(t) = &m.trend {
            first.push(self.t("modifications-trend", &self.change_args(&t.change)));
        }
        // The year's editorial text opens the section; the computed total
        // follows its first sentence group.
        let mut paras: Vec<String> = editorial;
        let total = self.t(
            "modifications-total",
            args![("year", y), ("total", m.total)],
        );
        first.push(total);
        if paras.is_empty() {
            paras.push(first.join(" "));
        } else {
            paras[0] = format!("{} {}", paras[0], first.join(" "));
        }
        let mut blocks: Vec<Block> = paras.into_iter().map(Block::para).collect();

        let lacking = self.missing_years(MissingPart::ModificationsHistory);
        if lacking.is_empty() && m.history.len() > 1 {
            let h = &m.history;
            blocks.push(self.figure(
                "modifications",
                self.t("figure-modifications", args![("from", h[0].0), ("to", y)]),
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
            ));
        } else {
            blocks.push(self.missing("modifications", &lacking));
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
                    ("notifications", n.current)
                ],
            ));
        }
        p.extend(self.editorial("safety", &[]));
        if !p.is_empty() {
            blocks.push(Block::para(p.join(" ")));
        }
        let lacking = self.missing_years(MissingPart::Safety);
        let lacking_prev = self.missing_years(MissingPart::SafetyPrevious);
        match &self.f.safety {
            Some(s) if lacking_prev.is_empty() => {
                let prev = s.annual_reports_change.as_ref().map_or(0, |c| c.previous);
                let prev_n = s.notifications_change.as_ref().map_or(0, |c| c.previous);
                blocks.push(self.figure(
                    "safety-reports",
                    self.t(
                        "figure-safety-reports",
                        args![("previous-year", y - 1), ("year", y)],
                    ),
                    ChartData {
                        kind: ChartKind::GroupedBars,
                        categories: vec![
                            self.t("series-annual-reports", &[]),
                            self.t("series-notifications", &[]),
                        ],
                        series: vec![
                            (
                                (y - 1).to_string(),
                                vec![f64::from(prev), f64::from(prev_n)],
                            ),
                            (
                                y.to_string(),
                                vec![f64::from(s.annual_reports), f64::from(s.notifications)],
                            ),
                        ],
                        y_label: self.t("axis-count", &[]),
                    },
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
            _ => {
                let years = if lacking.is_empty() {
                    lacking_prev
                } else {
                    lacking
                };
                blocks.push(self.missing("safety-reports", &years));
                blocks.push(self.missing("safety-substances", &years));
            }
        }
        self.section("safety", true, blocks)
    }

    // ---- 8. guidance -----------------------------------------------------

    fn guidance(&self) -> Section {
        let y = self.year();
        let Some(g) = &self.f.guidance else {
            return self.section("guidance", true, vec![self.missing("guidance", &[y])]);
        };
        let mut s = Vec::new();
        match (g.meetings, g.written) {
            (Some(m), Some(w)) => s.push(self.t(
                "guidance-total",
                args![
                    ("year", y),
                    ("total", g.total),
                    ("meetings", m),
                    ("written", w)
                ],
            )),
            _ => s.push(self.t(
                "guidance-total-only",
                args![("year", y), ("total", g.total)],
            )),
        }
        if let Some(since) = &g.since {
            let shape = match since.shape {
                Shape::GradualIncrease => "gradual-increase",
                Shape::Increase => "increase",
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
        } else {
            blocks.push(self.missing("guidance-areas", &[y]));
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
        } else {
            blocks.push(self.missing("guidance-initiators", &[y]));
        }
        self.section("guidance", true, blocks)
    }

    // ---- glossary --------------------------------------------------------

    fn glossary(&self) -> Section {
        let entries = GLOSSARY
            .iter()
            .map(|key| GlossaryEntry {
                term: self.t(&format!("glossary-{key}.term"), &[]),
                definition: self.t(&format!("glossary-{key}"), &[]),
            })
            .collect();
        self.section("glossary", false, vec![Block::Glossary { entries }])
    }
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
