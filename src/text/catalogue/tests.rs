//! The catalogue is what the program asks for: the text of every shipped
//! year is built, and of made-up datasets that reach what the real data may
//! not (every part supplied, every optional part left out, half of them, a
//! series whose turns reach rare sentences), for the shipped outline and
//! for it without each built-in section in turn, and every message asked
//! for, with its variables, is compared with the catalogue.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use strum::IntoEnumIterator;

use super::catalogue;
use crate::config::{BuiltIn, Config};
use crate::data::Dataset;
use crate::text::{self, Locale, Record};

/// A made-up series of applications (years 1988–1994 and 1996–2002) whose
/// turns reach the sentences the real data may not have met: a group's
/// record without the total's, the groups moving apart under a steady
/// total, and a record share without a group's record.
pub(crate) fn turns() -> Dataset {
    use crate::data::{Applications, YearData};
    let mut data = Dataset::default();
    // commercial, non-commercial: 1993 is steady with the groups apart; in
    // 1994 the commercial count is the lowest of the series (of seven years,
    // enough for a record), the total not.
    for (year, c, n) in [
        (1988, 66, 40),
        (1989, 65, 40),
        (1990, 60, 40),
        (1991, 62, 40),
        (1992, 64, 40),
        (1993, 70, 34),
        (1994, 58, 46),
        // After a year without data (a new series): the non-commercial share
        // a record by four points (45 % against 41 %) while neither group's
        // count is one.
        (1996, 50, 30),
        (1997, 68, 45),
        (1998, 66, 45),
        (1999, 68, 45),
        (2000, 70, 45),
        (2001, 69, 45),
        (2002, 55, 45),
    ] {
        data.years.insert(
            year,
            YearData {
                year,
                published: None,
                applications: Applications {
                    commercial: c,
                    non_commercial: n,
                    total: c + n,
                    paediatric: None,
                    rejected: None,
                    rejected_as_of: None,
                    transition: None,
                },
                cancer: None,
                ctis: None,
                therapy_areas: None,
                phases: None,
                modifications: None,
                safety: None,
                guidance: None,
                context: None,
                not_supplied: None,
                confirmed: Vec::new(),
            },
        );
    }
    data
}

/// `data` with every optional part of every year supplied (made-up numbers
/// that pass the sum rules), to reach the text of parts the data lack.
/// Therapy areas are left as they are: their message ids come from the data.
pub(crate) fn complete(data: &Dataset) -> Dataset {
    use crate::data::{
        Amount, Context, Ctis, Date, Guidance, Modifications, Phases, Safety, Split,
    };
    let mut data = data.clone();
    for y in data.years.values_mut() {
        let year = y.year;
        y.published.get_or_insert(Date {
            year: year + 1,
            month: 3,
            day: 1,
        });
        let a = &mut y.applications;
        a.paediatric.get_or_insert(1);
        if a.rejected.is_none() || a.rejected_as_of.is_none() {
            a.rejected = Some(1);
            a.rejected_as_of = Some(Date {
                year: year + 1,
                month: 1,
                day: 31,
            });
        }
        a.transition.get_or_insert(1);
        y.cancer.get_or_insert(Split {
            commercial: 2,
            non_commercial: 1,
            total: 3,
        });
        let c = y.ctis.get_or_insert(Ctis {
            rms: 1,
            msc_ams: 2,
            multinational: None,
            mononational: 3,
            mononational_non_commercial: None,
            total: None,
        });
        c.multinational.get_or_insert(c.rms + c.msc_ams);
        c.mononational_non_commercial
            .get_or_insert(c.mononational.min(1));
        c.total.get_or_insert(c.rms + c.msc_ams + c.mononational);
        y.phases.get_or_insert(Phases {
            phase_1: 1,
            phase_2: 2,
            phase_3: 3,
            phase_4: 4,
        });
        let m = y.modifications.get_or_insert(Modifications {
            ctis_rms: None,
            ctis_mononational: None,
            ctis_msc: None,
            ctis_total: 3,
            ctd: 1,
            total: 4,
        });
        if m.ctis_rms.is_none() {
            m.ctis_rms = Some(m.ctis_total);
            m.ctis_mononational = Some(0);
            m.ctis_msc = Some(0);
        }
        y.safety.get_or_insert(Safety {
            annual_reports: 1,
            notifications: 2,
            substances_national: 3,
            substances_multinational: 4,
        });
        let g = y.guidance.get_or_insert(Guidance {
            total: 2,
            meetings: None,
            written: None,
            human: None,
            veterinary: None,
            devices: None,
            industry: None,
            academia: None,
        });
        if g.meetings.is_none() || g.written.is_none() {
            (g.meetings, g.written) = (Some(g.total), Some(0));
        }
        if g.human.is_none() || g.veterinary.is_none() || g.devices.is_none() {
            (g.human, g.veterinary, g.devices) = (Some(g.total), Some(0), Some(0));
        }
        if g.industry.is_none() || g.academia.is_none() {
            (g.industry, g.academia) = (Some(g.total), Some(0));
        }
        y.context.get_or_insert(Context {
            action_plan_focus_areas: 1,
            nortrials_centres: 2,
            export_strategy_measures: 3,
            nortrials_measure: 4,
            export_revenue: Amount {
                year: year - 1,
                nok_billion: 5,
            },
            export_target: Amount {
                year: year + 5,
                nok_billion: 6,
            },
        });
    }
    data
}

/// [`complete`] data with one of the guidance breakdowns left out: by
/// field (`areas`) or by who initiated it, for the notes on either.
pub(crate) fn half(data: &Dataset, areas: bool) -> Dataset {
    let mut data = complete(data);
    for g in data.years.values_mut().filter_map(|y| y.guidance.as_mut()) {
        if areas {
            (g.human, g.veterinary, g.devices) = (None, None, None);
        } else {
            (g.industry, g.academia) = (None, None);
        }
    }
    data
}

/// [`complete`] data without a year in the middle: every figure over the
/// years notes the gap.
pub(crate) fn gapped(data: &Dataset) -> Dataset {
    let mut data = complete(data);
    let years: Vec<i32> = data.years.keys().copied().collect();
    if years.len() >= 3 {
        data.years.remove(&years[years.len() / 2]);
    }
    data
}

/// `data` with every optional part of every year left out.
pub(crate) fn bare(data: &Dataset) -> Dataset {
    let mut data = data.clone();
    for y in data.years.values_mut() {
        y.published = None;
        let a = &mut y.applications;
        (a.paediatric, a.rejected, a.rejected_as_of, a.transition) = (None, None, None, None);
        (y.cancer, y.ctis, y.therapy_areas, y.phases) = (None, None, None, None);
        (y.modifications, y.safety, y.guidance, y.context) = (None, None, None, None);
    }
    // A year in the middle left out too, so the notes on a gap in a series are asked for.
    let years: Vec<i32> = data.years.keys().copied().collect();
    if years.len() >= 3 {
        data.years.remove(&years[years.len() / 2]);
    }
    data
}

/// The shipped project's configuration and data, and its `nb`.
fn shipped() -> (Config, Dataset, Locale) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let project = crate::build::Project::new(root);
    let (config, data) = project.load().unwrap();
    let locale = Locale::load("nb", &project.locales_dir().join("nb")).unwrap();
    (config, data, locale)
}

/// `config` with every optional line of the colophon given (a licence, an
/// ISSN, the agencies' contact) and without the breaks in series: the
/// comparisons a break suppresses in the shipped years are asked for in
/// later ones.
fn unbroken(config: &Config) -> Config {
    use crate::config::{Agency, Contact, Publication};
    Config {
        breaks: Vec::new(),
        publication: Publication {
            licence: config.publication.licence.clone().or(Some("nlod".into())),
            issn: config.publication.issn.clone().or(Some("0000-0000".into())),
        },
        agency: config
            .agency
            .iter()
            .map(|a| Agency {
                contact: a.contact.clone().or(Some(Contact {
                    email: Some("post@example.org".into()),
                    web: Some("example.org".into()),
                })),
                ..a.clone()
            })
            .collect(),
        ..config.clone()
    }
}

/// What building the `nb` text of every year of the shipped data and of
/// the made-up datasets asks for, with `config`'s outline.
fn asked(config: &Config, data: &Dataset, loc: &Locale) -> Record {
    let unbroken = unbroken(config);
    let sets = [
        (data.clone(), config),
        (complete(data), config),
        (complete(data), &unbroken),
        (bare(data), config),
        (gapped(data), config),
        (half(data, true), config),
        (half(data, false), config),
        (turns(), config),
    ];
    let records: Vec<Record> = sets
        .par_iter()
        .flat_map(|(data, config)| {
            data.years.par_iter().map(move |(_, cur)| {
                let mut rec = Record::default();
                let facts = crate::facts::compute(data, config, cur);
                let _ = text::document_recorded(&facts, &config.outline(), loc, &mut rec);
                rec
            })
        })
        .collect();
    let mut all = Record::default();
    for r in records {
        all.merge(r);
    }
    all
}

#[test]
fn the_catalogue_is_every_message_the_program_asks_for_with_its_variables() {
    let (config, data, loc) = shipped();
    let years: Vec<i32> = data.years.keys().copied().collect();
    let outlines = std::iter::once(None).chain(BuiltIn::iter().map(Some));
    for dropped in outlines {
        let mut config = config.clone();
        config
            .section
            .retain(|s| Some(s.id.as_str()) != dropped.map(<&str>::from));
        let sections: BTreeSet<BuiltIn> =
            config.section.iter().filter_map(|s| s.built_in()).collect();
        let rec = asked(&config, &data, &loc);
        let cat = catalogue(&config, &years);
        let mut declared = BTreeSet::new();
        let mut optional = BTreeSet::new();
        for (id, m) in cat.asked(&sections) {
            if m.optional {
                optional.insert(id.to_string());
            } else {
                declared.insert(id.to_string());
            }
        }
        let without = format!("without {dropped:?}");
        // Every MedDRA SOC is declared, the data name ten; the locale
        // itself asks for its tag and its number words when it loads.
        let by_locale = [text::locale::LANGUAGE_TAG, text::locale::NUMBER_WORDS];
        let not_asked: Vec<&String> = declared
            .iter()
            .filter(|id| !rec.asked.contains(*id) && !id.starts_with("soc-"))
            .filter(|id| !by_locale.contains(&id.as_str()))
            .collect();
        // Optional text is asked for where the language has it.
        let lacking: Vec<&String> = rec
            .asked
            .iter()
            .filter(|id| !declared.contains(*id) && !optional.contains(*id))
            .collect();
        assert!(
            lacking.is_empty(),
            "{without}: not in the catalogue: {lacking:?}"
        );
        assert!(
            not_asked.is_empty(),
            "{without}: never asked: {not_asked:?}"
        );
        assert_eq!(rec.probed, optional, "{without}: optional text");
        // The same variables: what the program passes is what is declared.
        let passed: BTreeMap<&str, BTreeSet<&str>> = rec
            .args
            .iter()
            .map(|(id, v)| (id.as_str(), v.iter().map(String::as_str).collect()))
            .collect();
        for (id, names) in passed {
            // A message's variables, whichever of its attributes is asked.
            let want: BTreeSet<&str> = cat
                .messages
                .iter()
                .filter(|(i, _)| i.split_once('.').map_or(i.as_str(), |(m, _)| m) == id)
                .flat_map(|(_, m)| m.vars.keys().copied())
                .collect();
            assert_eq!(names, want, "{without}: the variables of `{id}`");
        }
    }
}

/// The variant keys `nb` selects on, for a variable the catalogue declares
/// keys for, are keys the program passes (or plural categories, or
/// numbers): a variant no fact can produce is never chosen.
#[test]
fn nb_selects_only_on_keys_the_program_passes() {
    let (config, data, _) = shipped();
    let years: Vec<i32> = data.years.keys().copied().collect();
    let cat = catalogue(&config, &years);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = crate::text::locale::read_sources(&root.join("locales/nb")).unwrap();
    let plural = ["zero", "one", "two", "few", "many", "other"];
    let mut checked = 0;
    let mut wrong = Vec::new();
    for file in &files {
        for entry in crate::text::ftl::analyse(&file.text).0 {
            let declared = cat
                .messages
                .iter()
                .filter(|(id, _)| id.split_once('.').map_or(id.as_str(), |(m, _)| m) == entry.id);
            let keys: BTreeMap<&str, &BTreeSet<&str>> = declared
                .flat_map(|(_, m)| m.vars.iter())
                .filter_map(|(v, k)| k.as_ref().map(|k| (*v, k)))
                .collect();
            for select in &entry.selects {
                let Some(k) = select.variable.as_deref().and_then(|v| keys.get(v)) else {
                    continue;
                };
                for key in &select.keys {
                    checked += 1;
                    let name = key.name.as_str();
                    if !k.contains(name) && !plural.contains(&name) && name.parse::<f64>().is_err()
                    {
                        wrong.push(format!("{}: [{name}]", entry.id));
                    }
                }
            }
        }
    }
    assert!(checked > 150, "only {checked} keys checked");
    assert!(wrong.is_empty(), "keys no fact produces: {wrong:?}");
}
