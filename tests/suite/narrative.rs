//! The sentences produced for given numbers, in nb and en.
//!
//! Each case starts from the shipped data (the 2024 reference) and changes
//! the numbers a sentence depends on; the sentence must follow. The cases
//! with the shipped numbers are the reference's own sentences.

use toml_edit::{DocumentMut, value};

use crate::util::{shipped_with, text_of};

/// Sets `table.key = v` in a year file.
fn set(text: String, edits: &[(&str, &str, i64)]) -> String {
    let mut doc: DocumentMut = text.parse().unwrap();
    for (table, key, v) in edits {
        doc[table][key] = value(*v);
    }
    doc.to_string()
}

type Edit = fn(String) -> String;

struct Case {
    name: &'static str,
    /// Edits to the 2023 and 2024 files.
    y2023: Option<Edit>,
    y2024: Option<Edit>,
    nb: &'static [&'static str],
    en: &'static [&'static str],
    /// Text that must not appear (either language).
    absent: &'static [&'static str],
}

const NBSP: &str = "\u{a0}";

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "the 2024 reference: applications",
            y2023: None,
            y2024: None,
            nb: &[
                "I 2024 mottok Direktoratet for medisinske produkter 109 søknader om klinisk utprøving av legemidler til mennesker.",
                // 109 vs 98, and 98 was the series low.
                "Dette er en svak oppgang fra fjorårets lave nivå.",
                // 76 vs 59; 33 vs 39 after 50 → 39.
                "Økningen er størst blant de kommersielle aktørene, mens studier initiert av ikke-kommersielle aktører fortsatt har en svak nedgang.",
                "Sistnevnte gruppe står i 2024 for 30\u{a0}% av alle søknadene.",
                "17 av de søkte studiene involverer barn og/eller ungdom.",
                "Ingen søknader om klinisk utprøving av legemidler til mennesker mottatt i 2024 har blitt avslått (per 31. januar 2025).",
                "Det ble søkt og behandlet 254 overgangssøknader i 2024.",
            ],
            en: &[
                "In 2024, the Norwegian Medical Products Agency received 109 applications for clinical trials of medicinal products for human use.",
                "This is a slight increase from last year’s low level.",
                "The increase is largest among commercial sponsors, while trials initiated by non-commercial sponsors continue a slight decline.",
                "The latter group accounts for 30% of all applications in 2024.",
                "Of the trials applied for, 17 involve children and/or adolescents.",
                "No applications for clinical trials of medicinal products for human use received in 2024 have been rejected (as of 31 January 2025).",
                "In 2024, 254 transition applications were submitted and processed.",
            ],
            absent: &[],
        },
        Case {
            name: "the 2024 reference: CTIS, therapy areas, cancer, guidance",
            y2023: None,
            y2024: None,
            nb: &[
                "Av de 109 søknadene om klinisk utprøving som ble mottatt i 2024, var 90 multinasjonale",
                "19 søknader var mononasjonale (søkt kun i Norge).",
                "for 11 av de multinasjonale søknadene i 2024.",
                "Av de mononasjonale studiene har 16 av 19 ikke-kommersielle sponsorer.",
                // 44 vs 9: by far; cancer also led in 2023.
                "Med 44 søknader er kreft fortsatt det terapiområdet som det gjøres desidert flest kliniske studier på i Norge (for mer om kreftstudier, se seksjon N).",
                // 46 → 44.
                "Det ble søkt totalt 44 kreftstudier i 2024, som er en svak nedgang fra 2023.",
                "I 2024 behandlet vi 432 slike søknader.",
                "I 2024 gjennomførte DMP 59 nasjonale veiledninger, hvorav 50 var fysiske eller digitale møter og 9 var skriftlige veiledninger.",
                "Dette er en gradvis økning fra 2022, da det ble gjennomført 47 veiledninger.",
                "30 av veiledningene omhandlet legemidler til mennesker, mens 22 omhandlet legemidler til dyr. 7 veiledninger dreide seg om medisinsk utstyr.",
                // 45 of 59.
                "45 av veiledningene var initiert av industrien, noe som tilsvarer ca. 76\u{a0}%. De resterende 14 veiledningene var med akademia.",
            ],
            en: &[
                "90 were multinational",
                "Norway was the Reporting Member State (RMS) for 11 of the multinational applications in 2024.",
                "16 of 19",
                "With 44 applications, cancer is still by far the therapy area with the most clinical trials in Norway (for more on cancer trials, see section N).",
                "a slight decrease from 2023",
                "This is a gradual increase from 2022, when 47 were held.",
                "about 76%",
            ],
            absent: &[],
        },
        Case {
            name: "a sharp rise from a low",
            y2023: None,
            y2024: Some(|t| {
                set(
                    t,
                    &[
                        ("applications", "commercial", 107),
                        ("applications", "total", 140),
                        ("ctis", "rms", 42),
                        ("ctis", "multinational", 121),
                        ("ctis", "total", 140),
                    ],
                )
            }),
            nb: &["Dette er en kraftig oppgang fra fjorårets lave nivå."],
            en: &["This is a sharp increase from last year’s low level."],
            absent: &["svak oppgang fra fjorårets"],
        },
        Case {
            name: "last year was not the low",
            y2023: Some(|t| {
                set(
                    t,
                    &[
                        ("applications", "commercial", 91),
                        ("applications", "total", 130),
                        ("ctis", "msc_ams", 91),
                    ],
                )
            }),
            y2024: None,
            // 130 → 109 is −16 %.
            nb: &[
                "Dette er en svak nedgang fra nivået i 2023.",
                "Nedgangen er størst blant de kommersielle aktørene",
            ],
            en: &["This is a slight decrease from the 2023 level."],
            absent: &["fjorårets lave nivå", "last year’s low level"],
        },
        Case {
            name: "both sponsor types rise; the other group's rise does not continue",
            y2023: None,
            y2024: Some(|t| {
                set(
                    t,
                    &[
                        ("applications", "non_commercial", 45),
                        ("applications", "total", 121),
                        ("ctis", "mononational", 31),
                        ("ctis", "total", 121),
                        ("ctis", "mononational_non_commercial", 28),
                    ],
                )
            }),
            nb: &["mens studier initiert av ikke-kommersielle aktører har en svak oppgang."],
            en: &["non-commercial sponsors"],
            absent: &["fortsatt har en svak", "continue a slight"],
        },
        Case {
            name: "not by far",
            y2023: None,
            y2024: Some(|t| {
                t.replace(
                    "{ soc = \"endocrine\", count = 9 }",
                    "{ soc = \"endocrine\", count = 30 }",
                )
            }),
            nb: &["det terapiområdet som det gjøres flest kliniske studier på i Norge"],
            en: &["cancer is still the therapy area with the most clinical trials"],
            absent: &["desidert", "by far"],
        },
        Case {
            name: "one rejected",
            y2023: None,
            y2024: Some(|t| set(t, &[("applications", "rejected", 1)])),
            nb: &[
                "Én søknad om klinisk utprøving av legemidler til mennesker mottatt i 2024 har blitt avslått (per 31. januar 2025).",
            ],
            en: &[
                "Of the applications for clinical trials of medicinal products for human use received in 2024, one has been rejected (as of 31 January 2025).",
            ],
            absent: &["Ingen søknader om klinisk"],
        },
        Case {
            name: "an exact share is not 'about'",
            y2023: None,
            // 45 of 60 is exactly 75 %.
            y2024: Some(|t| {
                set(
                    t,
                    &[
                        ("guidance", "meetings", 51),
                        ("guidance", "total", 60),
                        ("guidance", "human", 31),
                        ("guidance", "academia", 15),
                    ],
                )
            }),
            nb: &[
                "noe som tilsvarer 75\u{a0}%.",
                "De resterende 15 veiledningene",
            ],
            en: &["which corresponds to 75%."],
            absent: &["ca. 75", "about 75"],
        },
        Case {
            name: "cancer in line with last year",
            y2023: None,
            y2024: Some(|t| {
                let t = set(t, &[("cancer", "commercial", 31), ("cancer", "total", 46)]);
                t.replace(
                    "{ soc = \"neoplasms\", count = 44 }",
                    "{ soc = \"neoplasms\", count = 46 }",
                )
            }),
            nb: &["Det ble søkt totalt 46 kreftstudier i 2024, som er på linje med 2023."],
            en: &["in line with 2023"],
            absent: &["svak nedgang fra 2023"],
        },
        Case {
            name: "no paediatric trials",
            y2023: None,
            y2024: Some(|t| set(t, &[("applications", "paediatric", 0)])),
            nb: &["Ingen av de søkte studiene involverer barn eller ungdom."],
            en: &["children"],
            absent: &["0 av de søkte"],
        },
        Case {
            name: "numbers are grouped per language",
            y2023: None,
            y2024: Some(|t| {
                set(
                    t,
                    &[
                        ("modifications", "ctis_msc", 1052),
                        ("modifications", "ctis_total", 1116),
                        ("modifications", "total", 1232),
                    ],
                )
            }),
            nb: &[
                "I 2024 behandlet vi 1\u{a0}232 slike søknader.",
                "1\u{a0}052",
            ],
            en: &["In 2024, we processed 1,232 such applications.", "1,052"],
            absent: &[],
        },
    ]
}

#[test]
fn sentences_follow_the_numbers() {
    let mut failures = Vec::new();
    for case in cases() {
        let mut changes: Vec<(i32, &dyn Fn(String) -> String)> = Vec::new();
        if let Some(f) = &case.y2023 {
            changes.push((2023, f));
        }
        if let Some(f) = &case.y2024 {
            changes.push((2024, f));
        }
        let data = shipped_with(&changes);
        for (lang, expected) in [("nb", case.nb), ("en", case.en)] {
            let text = text_of(&data, 2024, lang);
            for e in expected {
                if !text.contains(e) {
                    failures.push(format!("[{}] {lang}: missing «{e}»", case.name));
                }
            }
            for a in case.absent {
                if text.contains(a) {
                    failures.push(format!("[{}] {lang}: must not say «{a}»", case.name));
                }
            }
            assert!(!text.contains(&format!("{NBSP}{NBSP}")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_year_has_text_in_every_language_and_says_what_is_missing() {
    let data = shipped_with(&[]);
    for year in 2014..=2024 {
        for (lang, missing) in [("nb", "er ikke levert"), ("en", "were not supplied")] {
            // text_of panics on any missing message or variable.
            let text = text_of(&data, year, lang);
            assert!(text.contains(missing), "{year} {lang}");
        }
    }
    let text = text_of(&data, 2019, "nb");
    assert!(
        text.contains("Søknader søkt i CTIS: dataene for 2019 er ikke levert"),
        "{text}"
    );
    let text = text_of(&data, 2024, "nb");
    assert!(
        text.contains("Søknader om vesentlige endringer: dataene for 2019–2023 er ikke levert"),
        "{text}"
    );
    assert!(
        text.contains("Overgangssøknader: dataene for 2022 og 2023 er ikke levert"),
        "{text}"
    );
}

#[test]
fn facts_carry_the_reference_classifications() {
    use trialreport::facts::{ChangeClass, Level, Shape, Sponsor};
    let f = crate::util::facts(&shipped_with(&[]), 2024);
    let a = &f.applications;
    let total = a.total_trend.as_ref().unwrap();
    assert_eq!(total.change.class, ChangeClass::SlightIncrease);
    assert_eq!(total.from_level, Level::Low);
    assert_eq!(a.driver, Some(Sponsor::Commercial));
    let nc = a.non_commercial_trend.as_ref().unwrap();
    assert_eq!(
        (nc.change.class, nc.continues),
        (ChangeClass::SlightDecrease, true)
    );
    assert_eq!(a.non_commercial_share.percent, 30);
    let t = f.therapy.as_ref().unwrap();
    assert!(t.by_far);
    assert_eq!(t.still, Some(true));
    let g = f.guidance.as_ref().unwrap();
    assert_eq!(g.since.as_ref().unwrap().shape, Shape::GradualIncrease);
    let share = g.industry_share.as_ref().unwrap();
    assert_eq!((share.percent, share.approximate), (76, true));
}

#[test]
fn without_context_facts_there_is_no_context_passage() {
    let data = shipped_with(&[(2024, &|t: String| {
        let start = t.find("# Facts for the context passage").unwrap();
        t[..start].to_string()
    })]);
    for lang in ["nb", "en", "nn"] {
        // text_of fails on any message error, such as the passage's variables.
        let text = text_of(&data, 2024, lang);
        assert!(!text.contains("NorTrials"), "{lang}");
    }
    assert!(text_of(&shipped_with(&[]), 2024, "nb").contains("NorTrials"));
}
