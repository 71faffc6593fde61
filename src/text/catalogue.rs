//! Every message the program asks a language for, in one place: its id,
//! the variables it is passed, the keys of those it may select on, and the
//! built-in sections that must be in the outline for it to be asked.
//!
//! Ids made from an id enum (one per section, key figure, finding, …) are
//! declared by iterating the enum, so a new variant cannot be forgotten;
//! ids made from `report.toml` (agencies, glossary terms, breaks, text
//! sections) and from the MedDRA list come from them. `check` compares
//! `nb` with this catalogue instead of building documents of made-up data;
//! a test (`tests.rs`) builds the text of every shipped year and of edge
//! datasets and shows it asks for nothing the catalogue lacks, with the same
//! variables.

use std::collections::{BTreeMap, BTreeSet};

use strum::IntoEnumIterator;

use crate::config::{BuiltIn, Config, KeyFigure, SectionKind, keys};
use crate::facts::{
    ChangeClass, ChangeKey, Direction, FindingName, Level, Record, Shape, SplitPattern, Sponsor,
};

/// A variable passed to a message: its name, and the keys the program
/// passes for it when it is a selector key (None: a number or text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Var {
    pub name: &'static str,
    pub keys: Option<BTreeSet<&'static str>>,
}

impl From<&'static str> for Var {
    fn from(name: &'static str) -> Self {
        Var { name, keys: None }
    }
}

/// A selector over the keys of the id enum `E`.
fn of<E: IntoEnumIterator + Into<&'static str>>(name: &'static str) -> Var {
    Var {
        name,
        keys: Some(keys::<E>().into_iter().collect()),
    }
}

/// … and the key `none` (no such fact).
fn or_none<E: IntoEnumIterator + Into<&'static str>>(name: &'static str) -> Var {
    let mut v = of::<E>(name);
    v.keys.get_or_insert_default().insert("none");
    v
}

/// A yes/no selector (a `bool`, see [`crate::text::Arg`]).
fn yes_no(name: &'static str) -> Var {
    Var {
        name,
        keys: Some(["yes", "no"].into()),
    }
}

macro_rules! vars {
    ($($v:expr),* $(,)?) => { vec![$(Var::from($v)),*] };
}

// After the macro, which they use.
mod sections;
#[cfg(test)]
pub(crate) mod tests;

use sections::{applications, ctis, others};

/// One message (or one attribute of it): what it is passed and when it is
/// asked.
#[derive(Debug, Clone, Default)]
pub struct Message {
    /// The variables, by name, with the keys of those it may select on.
    pub vars: BTreeMap<&'static str, Option<BTreeSet<&'static str>>>,
    /// Optional text: used when the language has it (`editorial-…`).
    pub optional: bool,
    /// The built-in sections the outline must have for it to be asked.
    pub needs: BTreeSet<BuiltIn>,
}

impl Message {
    /// Whether a report with the built-in `sections` asks for it.
    pub fn asked_with(&self, sections: &BTreeSet<BuiltIn>) -> bool {
        self.needs.is_subset(sections)
    }
}

/// Every message the program asks for, by id: `id`, or `id.attr` for an
/// attribute.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    pub messages: BTreeMap<String, Message>,
}

impl Catalogue {
    /// Declares `id` (or `id.attr`), needed by `needs`, passed `vars`. A
    /// message declared twice (asked from two places) takes the union of
    /// both, and is asked when what both places need is there.
    fn add(&mut self, id: impl Into<String>, needs: &[BuiltIn], vars: Vec<Var>) -> &mut Message {
        let needs: BTreeSet<BuiltIn> = needs.iter().copied().collect();
        let m = match self.messages.entry(id.into()) {
            std::collections::btree_map::Entry::Vacant(e) => e.insert(Message {
                needs,
                ..Message::default()
            }),
            std::collections::btree_map::Entry::Occupied(e) => {
                let m = e.into_mut();
                m.needs = m.needs.intersection(&needs).copied().collect();
                m
            }
        };
        for v in vars {
            let keys = m.vars.entry(v.name).or_default();
            if let Some(k) = v.keys {
                keys.get_or_insert_default().extend(k);
            }
        }
        m
    }

    /// The ids (`id`, `id.attr`) a report with the built-in `sections`
    /// asks for, optional text included.
    pub fn asked(&self, sections: &BTreeSet<BuiltIn>) -> impl Iterator<Item = (&str, &Message)> {
        self.messages
            .iter()
            .filter(move |(_, m)| m.asked_with(sections))
            .map(|(id, m)| (id.as_str(), m))
    }
}

/// What is passed with every change worded by its class (`$change`, …).
fn change_vars() -> Vec<Var> {
    vec![
        of::<ChangeKey>("change"),
        "percent".into(),
        of::<Direction>("direction"),
        "previous-year".into(),
        "previous".into(),
    ]
}

/// [`change_vars`] with `$level` and `$streak`.
fn trend_vars() -> Vec<Var> {
    let mut v = change_vars();
    v.extend([of::<Level>("level"), "streak".into()]);
    v
}

/// The catalogue for `config`'s outline and agencies, over the data's
/// `years` (agencies, editorial text and its years).
pub fn catalogue(config: &Config, years: &[i32]) -> Catalogue {
    use BuiltIn as S;
    let mut c = Catalogue::default();
    // Every report: the frame, labels, key figures, main findings.
    for id in [
        "report-subtitle",
        "label-contents",
        "label-figure",
        "label-table",
        "label-section",
        "label-missing",
        "label-skip",
        "label-figure-data",
        "language-name",
        "web-languages",
        "web-pdf",
        "web-to-contents",
        "web-scroll-hint",
        "web-figure-numbers",
        "web-table-ref",
        "colophon-title",
        "colophon-publisher",
        "colophon-published",
        "colophon-contact",
        "colophon-licence",
        "colophon-issn",
        "colophon-cite",
        "colophon-symbols",
        "symbol-not-available",
        "symbol-not-available.meaning",
    ] {
        c.add(id, &[], vec![]);
    }
    // Only the modifications' table has a category that does not apply.
    for id in ["symbol-not-applicable", "symbol-not-applicable.meaning"] {
        c.add(id, &[BuiltIn::Modifications], vec![]);
    }
    c.add("document-title", &[], vars!["year", "publisher"]);
    c.add("report-title", &[], vars!["year"]);
    c.add("report-published", &[], vars!["date"]);
    c.add(
        "report-republished",
        &[],
        vars!["publisher", "until", "agency"],
    );
    c.add("running-head", &[], vars!["year", "publisher"]);
    c.add("source-line", &[], vars!["agency"]);
    c.add("colophon-licence-value", &[], vars!["name", "url"]);
    c.add(
        "colophon-citation",
        &[],
        vars!["author", "title", "subtitle", yes_no("dated"), "published"],
    );
    c.add("year-range", &[], vars!["from", "to"]);
    c.add("percent", &[], vars!["percent"]);
    c.add(
        "caption-title",
        &[],
        vars![
            "what",
            "years",
            Var {
                name: "unit",
                keys: Some(["number", "number-percent"].into()),
            }
        ],
    );
    c.add("figure-gap", &[], vars!["years", "count"]);
    c.add(
        "figure-alt",
        &[],
        vars![
            Var {
                name: "kind",
                keys: Some(["grouped", "stacked", "horizontal"].into()),
            },
            "caption",
            "series",
            "max-label",
            "max",
            "min-label",
            "min"
        ],
    );
    c.add("series-record", &[], vars![of::<Record>("record"), "since"]);
    c.add(
        "break-not-comparable",
        &[],
        vars!["years", "count", "series"],
    );
    c.add(crate::text::locale::NUMBER_WORDS, &[], vars!["n"]);
    c.add(crate::text::locale::LANGUAGE_TAG, &[], vec![]);
    for b in &config.breaks {
        c.add(format!("break-{}", b.message), &[], vars!["date"]);
        // The years after a break are marked in the table of its series.
        let table: Vec<BuiltIn> = section_of_series(&b.data).into_iter().collect();
        c.add("symbol-break", &table, vec![]);
        c.add("symbol-break.meaning", &table, vec![]);
        c.add("table-break-mark", &table, vars!["value"]);
    }
    agencies(&mut c, config, years);
    // The licence report.toml names: its name and address in each language.
    if let Some(id) = &config.publication.licence {
        c.add(format!("licence-{id}"), &[], vec![]);
        c.add(format!("licence-{id}.url"), &[], vec![]);
    }
    key_figures(&mut c, config);
    main_findings(&mut c);
    sections(&mut c, config, years);

    // Every MedDRA SOC is there for the year whose top ten names it.
    for (key, _) in crate::data::meddra::SOCS {
        c.add(format!("soc-{key}"), &[S::Therapy], vec![]);
        c.add(format!("soc-{key}.short"), &[S::Therapy], vec![]);
    }
    c
}

/// The agencies of the `years`, and their publishers.
fn agencies(c: &mut Catalogue, config: &Config, years: &[i32]) {
    for &year in years {
        let agency = config.agency_in(year);
        c.add(format!("agency-{agency}"), &[BuiltIn::Applications], vec![]);
        for attr in [".cover", ".short"] {
            c.add(format!("agency-{agency}{attr}"), &[], vec![]);
        }
        let (publisher, _) = config.publisher_in(year);
        for attr in [".abbr", ".cover", ".name"] {
            c.add(format!("agency-{publisher}{attr}"), &[], vec![]);
        }
    }
}

/// The key figures of the outline.
fn key_figures(c: &mut Catalogue, config: &Config) {
    c.add("key-figures-title", &[], vars!["year"]);
    c.add(
        "key-change",
        &[],
        vars![
            of::<ChangeClass>("change"),
            of::<Direction>("direction"),
            "percent",
            "previous-year"
        ],
    );
    for key in &config.key_figures.show {
        if key.parse::<KeyFigure>().is_ok() {
            c.add(
                format!("key-{key}"),
                &[],
                vars!["count", yes_no("all"), "of"],
            );
        }
    }
}

/// The section whose table by year shows the series `data` of a break
/// ([`crate::config::BREAK_SERIES`]).
fn section_of_series(data: &str) -> Option<BuiltIn> {
    match data.split('.').next()? {
        "applications" => Some(BuiltIn::Applications),
        "ctis" => Some(BuiltIn::Ctis),
        "phases" => Some(BuiltIn::Phases),
        "therapy_areas" => Some(BuiltIn::Therapy),
        "cancer" => Some(BuiltIn::Cancer),
        "modifications" => Some(BuiltIn::Modifications),
        "safety" => Some(BuiltIn::Safety),
        "guidance" => Some(BuiltIn::Guidance),
        _ => None,
    }
}

/// The main findings, one message per kind.
fn main_findings(c: &mut Catalogue) {
    c.add("main-findings-title", &[], vars!["year"]);
    let change = || {
        let mut d = of::<Direction>("direction");
        d.keys.get_or_insert_default().extend(["stable", "none"]);
        vec![
            d,
            "percent".into(),
            "previous-year".into(),
            "previous".into(),
        ]
    };
    let record = || vec![or_none::<Record>("record"), "since".into()];
    for kind in FindingName::iter() {
        let name: &'static str = kind.into();
        let mut v: Vec<Var> = vars!["year"];
        match kind {
            FindingName::Total => {
                v.extend(change());
                v.extend(record());
                v.extend(vars!["total", "streak"]);
            }
            FindingName::Cancer => {
                v.extend(change());
                v.extend(record());
                v.extend(vars!["total", "streak"]);
            }
            FindingName::CtrApplies | FindingName::CtisMandatory => {
                v.extend(vars!["date", yes_no("known"), "ctis", "total", "outside"]);
            }
            FindingName::GroupRecord => {
                v.extend(vars![
                    of::<Record>("record"),
                    "since",
                    of::<Sponsor>("sponsor"),
                    "count",
                    "share",
                    yes_no("with-share")
                ]);
            }
            FindingName::ShareRecord => {
                v.extend(vars![of::<Record>("record"), "since", "percent"]);
            }
            FindingName::Transition | FindingName::Paediatric => v.push("count".into()),
            FindingName::Multinational => v.extend(vars!["multinational", "total"]),
            FindingName::Share => v.push("percent".into()),
        }
        c.add(format!("finding-{name}"), &[], v);
    }
}

/// The sections of the outline, built-in and editorial.
fn sections(c: &mut Catalogue, config: &Config, years: &[i32]) {
    use BuiltIn as S;
    for s in BuiltIn::iter() {
        let key: &'static str = s.into();
        c.add(format!("section-{key}"), &[s], vec![]);
    }
    for spec in config
        .section
        .iter()
        .filter(|s| s.kind == SectionKind::Text)
    {
        c.add(format!("section-{}", spec.id), &[], vec![]);
        for &y in years {
            editorial(c, config, &spec.id, y, &[], vec![]);
        }
    }
    // Editorial text of the built-in sections, in the years their rule applies.
    let context = vars![
        "focus-areas",
        "centres",
        "measures",
        "measure",
        "revenue",
        "revenue-year",
        "target",
        "target-year"
    ];
    for &y in years {
        editorial(c, config, "context", y, &[S::Context], context.clone());
        editorial(c, config, "modifications", y, &[S::Modifications], vec![]);
        if config.rules.safety_assessment.applies_in(y) {
            editorial(c, config, "safety", y, &[S::Safety], vec![]);
        }
        if config.rules.transition.applies_in(y) {
            editorial(c, config, "transition", y, &[S::Applications], vec![]);
        }
    }
    applications(c);
    ctis(c);
    others(c);
    // "About the figures": what the sections lack, by series.
    c.add("about-unavailable", &[S::About], vec![]);
    c.add(
        "about-unavailable-item",
        &[S::About],
        vars!["figure", "years", "count"],
    );
    for (name, section) in [
        ("transition", S::Applications),
        ("cancer", S::Cancer),
        ("ctis", S::Ctis),
        ("guidance", S::Guidance),
        ("guidance-areas", S::Guidance),
        ("guidance-initiators", S::Guidance),
        ("guidance-breakdown", S::Guidance),
        ("modifications", S::Modifications),
        ("phases", S::Phases),
        ("safety", S::Safety),
        ("therapy", S::Therapy),
    ] {
        c.add(format!("figure-{name}-name"), &[S::About, section], vec![]);
    }
    // The glossary's terms, of the outline.
    for term in &config.glossary.terms {
        c.add(
            format!("glossary-{term}"),
            &[S::Glossary],
            vars![yes_no("republished")],
        );
        c.add(format!("glossary-{term}.term"), &[S::Glossary], vec![]);
    }
}

/// An editorial message of `topic` in `year`, with what every editorial
/// message is passed.
fn editorial(
    c: &mut Catalogue,
    config: &Config,
    topic: &str,
    year: i32,
    needs: &[BuiltIn],
    extra: Vec<Var>,
) {
    let mut v = vars!["year", "previous-year"];
    if config.rules.transition.until.is_some() {
        v.push("transition-end".into());
    }
    v.extend(extra);
    c.add(format!("editorial-{topic}-{year}"), needs, v)
        .optional = true;
}
