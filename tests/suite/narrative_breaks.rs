//! The corpus of breaks in series (`[[break]]` in report.toml; the default
//! and shipped break: the CTIS counts of 2023 and 2024, when CTIS became
//! mandatory for new applications on 31 January 2023).
//!
//! No change is computed or worded across a break: 2023's 69 multinational
//! applications in CTIS against 2022's 20 (+245 %) measure the switch to
//! CTIS, not the trials, and 2024's 90 against 69 (+30 %) still crosses it
//! (ten applications of 2023 came under the old rules). Tables mark the
//! years after the break with `|`, the symbols key explains it, the CTIS
//! section gives the reason, and a figure over the break says why under it.
//! A year after the break is compared as any other.

use super::{Case, shipped_files, with, year};

/// The shipped years and a synthetic 2025: 80 + 30 applications, all in
/// CTIS, 99 of them multinational (90 in 2024: +10 %).
fn with_2025() -> Vec<(i32, String)> {
    let mut files = shipped_files();
    files.push(year(2025, 80, 30));
    with(
        files,
        2025,
        "[ctis]\nrms = 12\nmsc_ams = 87\nmononational = 11\n",
    )
}

fn modifications(ctis: u32, ctd: u32) -> String {
    format!(
        "[modifications]\nctis_total = {ctis}\nctd = {ctd}\ntotal = {}\n",
        ctis + ctd
    )
}

/// `with_2025`, with substantial modifications for 2023 (a synthetic split:
/// the shipped file has none), 2024 (as shipped) and 2025.
fn with_modifications() -> Vec<(i32, String)> {
    let files = with_2025();
    let files = with(files, 2023, &modifications(120, 300));
    with(files, 2025, &modifications(400, 60))
}

/// The shipped years without 2022's CTIS counts: Table 2 starts in 2023.
fn ctis_from_2023() -> Vec<(i32, String)> {
    let mut files = shipped_files();
    let t = &mut files.iter_mut().find(|(y, _)| *y == 2022).unwrap().1;
    let start = t.find("# Applications submitted in CTIS").unwrap();
    let end = t.find("[guidance]").unwrap();
    t.replace_range(start..end, "");
    files
}

pub(super) fn breaks_cases() -> Vec<Case> {
    vec![
        Case {
            name: "2022, the year before the CTIS break: the rules and the break to come, nothing marked",
            data: shipped_files,
            year: 2022,
            nb: &[
                "Forordning (EU) nr. 536/2014 (CTR) begynte å gjelde 31. januar 2022, og fra da av kunne søknader sendes inn i CTIS. CTIS ble obligatorisk for nye søknader fra 31. januar 2023.",
                "Type sak | 2022",
            ],
            nn: &[
                "Forordning (EU) nr. 536/2014 (CTR) tok til å gjelde 31. januar 2022, og frå då av kunne søknader sendast inn i CTIS. CTIS vart obligatorisk for nye søknader frå 31. januar 2023.",
                "Sakstype | 2022",
            ],
            en: &[
                "Regulation (EU) No 536/2014 (the CTR) became applicable on 31 January 2022, and from then on applications could be submitted through CTIS. CTIS became mandatory for new applications on 31 January 2023.",
                "Application type | 2022",
            ],
            absent: &[
                // Nothing is compared yet, and no column is marked.
                "sammenlignes",
                "samanliknast",
                "not comparable",
                "|\u{a0}",
                "Brudd i den vannrette serien",
                "Brot i den vassrette serien",
                "Break in series",
            ],
        },
        Case {
            name: "2023, the first year after the CTIS break: the reason, the marked column, no +245 %",
            data: shipped_files,
            year: 2023,
            nb: &[
                "Forordning (EU) nr. 536/2014 (CTR) begynte å gjelde 31. januar 2022, og fra da av kunne søknader sendes inn i CTIS. CTIS ble obligatorisk for nye søknader fra 31. januar 2023. CTIS-tallene for 2023 kan derfor ikke sammenlignes med året før; det samlede antallet søknader påvirkes ikke av dette.",
                "Av de 88 søknadene som ble sendt inn i CTIS i 2023, var 69 multinasjonale (studiene er søkt i flere land i EU/EØS).",
                "Type sak | 2022 | |\u{a0}2023",
                "Multinasjonale søknader der Norge er MSC/AMS | 16 | 59",
                "| = Brudd i den vannrette serien",
            ],
            nn: &[
                "Forordning (EU) nr. 536/2014 (CTR) tok til å gjelde 31. januar 2022, og frå då av kunne søknader sendast inn i CTIS. CTIS vart obligatorisk for nye søknader frå 31. januar 2023. CTIS-tala for 2023 kan difor ikkje samanliknast med året før; det samla talet på søknader blir ikkje påverka av dette.",
                "Sakstype | 2022 | |\u{a0}2023",
                "| = Brot i den vassrette serien",
            ],
            en: &[
                "Regulation (EU) No 536/2014 (the CTR) became applicable on 31 January 2022, and from then on applications could be submitted through CTIS. CTIS became mandatory for new applications on 31 January 2023. The CTIS figures for 2023 are therefore not comparable with those for the year before; the total number of applications is not affected.",
                "Application type | 2022 | |\u{a0}2023",
                "| = Break in series",
            ],
            absent: &["245", "fra 2022 (20)", "frå 2022 (20)", "from 2022 (20)"],
        },
        Case {
            name: "2024, the last year of the CTIS break: both years after 2022 marked, no +30 %",
            data: shipped_files,
            year: 2024,
            nb: &[
                "CTIS ble obligatorisk for nye søknader fra 31. januar 2023. CTIS-tallene for 2023 og 2024 kan derfor ikke sammenlignes med året før; det samlede antallet søknader påvirkes ikke av dette.",
                "Type sak | 2022 | |\u{a0}2023 | |\u{a0}2024",
                "| = Brudd i den vannrette serien",
            ],
            nn: &[
                "CTIS vart obligatorisk for nye søknader frå 31. januar 2023. CTIS-tala for 2023 og 2024 kan difor ikkje samanliknast med året før; det samla talet på søknader blir ikkje påverka av dette.",
                "Sakstype | 2022 | |\u{a0}2023 | |\u{a0}2024",
                "| = Brot i den vassrette serien",
            ],
            en: &[
                "CTIS became mandatory for new applications on 31 January 2023. The CTIS figures for 2023 and 2024 are therefore not comparable with those for the year before; the total number of applications is not affected.",
                "Application type | 2022 | |\u{a0}2023 | |\u{a0}2024",
                "| = Break in series",
            ],
            absent: &["+30", "245"],
        },
        Case {
            name: "2025, after the CTIS break: the break still marked in the table, 2025 compared as usual",
            data: with_2025,
            year: 2025,
            nb: &[
                "Forordning (EU) nr. 536/2014 (CTR) begynte å gjelde 31. januar 2022, og fra da av kunne søknader sendes inn i CTIS. CTIS ble obligatorisk for nye søknader fra 31. januar 2023. CTIS-tallene for 2023 og 2024 kan derfor ikke sammenlignes med året før; det samlede antallet søknader påvirkes ikke av dette.",
                "Type sak | 2022 | |\u{a0}2023 | |\u{a0}2024 | 2025",
                "| = Brudd i den vannrette serien",
            ],
            nn: &[
                "Sakstype | 2022 | |\u{a0}2023 | |\u{a0}2024 | 2025",
                "CTIS-tala for 2023 og 2024 kan difor ikkje samanliknast med året før; det samla talet på søknader blir ikkje påverka av dette.",
            ],
            en: &[
                "Application type | 2022 | |\u{a0}2023 | |\u{a0}2024 | 2025",
                "The CTIS figures for 2023 and 2024 are therefore not comparable with those for the year before; the total number of applications is not affected.",
            ],
            absent: &[
                "|\u{a0}2025",
                "Tallene for 2025",
                "Tala for 2025",
                "figures for 2025",
            ],
        },
        Case {
            name: "2023 as the first year of Table 2: nothing before it to break from, nothing marked",
            data: ctis_from_2023,
            year: 2023,
            nb: &[
                "Type sak | 2023",
                "Forordning (EU) nr. 536/2014 (CTR) begynte å gjelde 31. januar 2022, og fra da av kunne søknader sendes inn i CTIS.",
            ],
            nn: &["Sakstype | 2023"],
            en: &["Application type | 2023"],
            absent: &[
                "|\u{a0}2023",
                "sammenlignes",
                "samanliknast",
                "not comparable",
                "brudd i tidsserien",
                "CTIS ble obligatorisk",
            ],
        },
        Case {
            name: "modifications over the CTIS break: no CTIS/CTD comparison, the reason under Figure 5",
            data: with_modifications,
            year: 2024,
            nb: &[
                "CTIS ble obligatorisk for nye søknader fra 31. januar 2023. CTIS-tallene for 2024 kan derfor ikke sammenlignes med året før; det samlede antallet søknader påvirkes ikke av dette.",
            ],
            nn: &[
                "CTIS vart obligatorisk for nye søknader frå 31. januar 2023. CTIS-tala for 2024 kan difor ikkje samanliknast med året før; det samla talet på søknader blir ikkje påverka av dette.",
            ],
            en: &[
                "CTIS became mandatory for new applications on 31 January 2023. The CTIS figures for 2024 are therefore not comparable with those for the year before; the total number of applications is not affected.",
            ],
            absent: &[
                // 120 → 316 in CTIS, 300 → 116 under the CTD: the switch, not the trials.
                "fra 120 til 316",
                "frå 120 til 316",
                "from 120 to 316",
            ],
        },
        Case {
            name: "modifications after the CTIS break: CTIS and CTD compared with 2024 as usual",
            data: with_modifications,
            year: 2025,
            nb: &[
                "Søknadene sendt inn i CTIS økte klart (fra 316 til 400), mens søknadene etter det gamle regelverket (CTD) gikk kraftig ned (fra 116 til 60).",
                // Figure 5 covers 2023–2025: its note names the broken year 2024.
                "CTIS ble obligatorisk for nye søknader fra 31. januar 2023. CTIS-tallene for 2024 kan derfor ikke sammenlignes med året før; det samlede antallet søknader påvirkes ikke av dette.",
            ],
            nn: &["(frå 316 til 400)"],
            en: &["(from 316 to 400)"],
            absent: &[],
        },
    ]
}

/// The key figures of `year` of `files` in `lang`: (label, change note),
/// each in a box of its own (a box shows the change on every figure or on
/// none: alone, a figure shows its own).
fn key_figures(files: &[(i32, String)], year: i32, lang: &str) -> Vec<(String, Option<String>)> {
    let data = crate::util::dataset(files);
    let outline = crate::util::outline();
    outline
        .key_figures
        .iter()
        .flat_map(|id| {
            let alone = trialreport::config::Outline {
                key_figures: std::slice::from_ref(id),
                ..outline
            };
            let (doc, errors) = trialreport::text::document(
                &crate::util::facts(&data, year),
                &alone,
                &crate::util::locale(lang),
            );
            assert!(errors.is_empty(), "{errors:?}");
            doc.key_figures
                .items
                .into_iter()
                .map(|k| (k.label, k.note))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_multinational_key_figure_has_no_change_across_the_ctis_break_and_one_after_it() {
    // 2023 counts only the 88 of 98 applications in CTIS: its label says
    // of how many, so that "69" does not read as 69 of all 98.
    let label = |lang, year| match (lang, year) {
        ("nb", 2023) => "multinasjonale søknader av 88 i CTIS",
        ("nn", 2023) => "multinasjonale søknader av 88 i CTIS",
        (_, 2023) => "multinational applications of 88 in CTIS",
        ("nb" | "nn", _) => "multinasjonale søknader i CTIS",
        _ => "multinational applications in CTIS",
    };
    let files = with_2025();
    for (year, value, expected) in [
        // 69 against 20 (+245 %) and 90 against 69 (+30 %): across the break.
        (2023, "69", [None, None, None]),
        (2024, "90", [None, None, None]),
        // 99 against 90: after it.
        (
            2025,
            "99",
            [
                Some("+10\u{a0}% fra 2024"),
                Some("+10\u{a0}% frå 2024"),
                Some("+10% from 2024"),
            ],
        ),
    ] {
        for (lang, note) in ["nb", "nn", "en"].into_iter().zip(expected) {
            let items = key_figures(&files, year, lang);
            let (_, got) = items
                .iter()
                .find(|(l, _)| l == label(lang, year))
                .unwrap_or_else(|| panic!("{year} {lang}: no multinational key figure: {items:?}"));
            assert_eq!(got.as_deref(), note, "{year} {lang} ({value})");
        }
        // The other key figures are compared as usual: 2023's applications.
        if year == 2023 {
            let items = key_figures(&files, year, "nb");
            assert_eq!(items[0].1.as_deref(), Some("−38\u{a0}% fra 2022"));
        }
    }
}

/// The series a change in the facts JSON belongs to, by its path.
fn series_of(path: &[String]) -> Option<&'static str> {
    let at = |i: usize| path.get(i).map(String::as_str);
    Some(match (at(0)?, at(1)) {
        ("applications", Some("paediatric_change")) => "applications.paediatric",
        ("applications", _) => "applications",
        ("ctis", _) => "ctis",
        // The split into CTIS and CTD is the CTIS series'.
        ("modifications", Some("parts")) => "ctis",
        ("modifications", _) => "modifications",
        ("cancer", _) => "cancer",
        ("phases", _) => "phases",
        ("safety", _) => "safety",
        ("guidance", _) => "guidance",
        _ => return None,
    })
}

/// Every change (an object with `previous_year` and `current`) in `v`,
/// with its path.
fn changes(v: &serde_json::Value, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, i64)>) {
    match v {
        serde_json::Value::Object(m) => {
            if let (Some(p), Some(_)) = (m.get("previous_year"), m.get("current")) {
                out.push((path.clone(), p.as_i64().unwrap()));
            }
            for (k, v) in m {
                path.push(k.clone());
                changes(v, path, out);
                path.pop();
            }
        }
        serde_json::Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                path.push(i.to_string());
                changes(v, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

#[test]
fn no_shipped_report_compares_across_a_break() {
    let root = crate::util::root();
    let config = trialreport::config::Config::load(&root.join("report.toml")).unwrap();
    assert!(
        config.broken("ctis", 2023) && config.broken("ctis", 2024) && !config.broken("ctis", 2025),
        "report.toml declares the CTIS break of 2023–2024"
    );
    let data = crate::util::dataset(&shipped_files());
    let mut compared = 0;
    for year in 2014..=2024 {
        // `facts --year` end to end, from the shipped report.toml.
        let out = crate::util::trialreport(&root, &["facts", "--year", &year.to_string()]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let mut found = Vec::new();
        changes(&json, &mut Vec::new(), &mut found);
        for (path, previous) in found {
            let Some(series) = series_of(&path) else {
                continue;
            };
            compared += 1;
            let crossed: Vec<i64> = (previous + 1..=i64::from(year))
                .filter(|y| config.broken(series, *y as i32))
                .collect();
            assert!(
                crossed.is_empty(),
                "{year}: {} compares {previous} across the break in `{series}` at {crossed:?}",
                path.join(".")
            );
        }
        let breaks: Vec<i64> = json["breaks"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|b| {
                b["years"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|y| y.as_i64().unwrap())
            })
            .collect();
        let expected: Vec<i64> = (2023..=year.into()).collect();
        assert_eq!(
            breaks,
            if year >= 2023 { expected } else { vec![] },
            "{year}"
        );

        // The words: no key figure carries a change across a break, and no
        // text says the +245 % or +30 % of the CTIS series.
        let facts = trialreport::facts::compute(&data, &config, data.get(year).unwrap());
        for lang in ["nb", "nn", "en"] {
            let loc = crate::util::locale(lang);
            let (doc, errors) = trialreport::text::document(&facts, &config.outline(), &loc);
            assert!(errors.is_empty(), "{errors:?}");
            let multinational = facts.ctis.as_ref().map(|c| {
                loc.msg(
                    "key-multinational",
                    &[
                        ("count", c.multinational.into()),
                        ("all", if c.all_applications { "yes" } else { "no" }.into()),
                        ("of", c.total.into()),
                    ],
                )
                .unwrap()
            });
            for k in &doc.key_figures.items {
                if Some(&k.label) == multinational.as_ref() && config.broken("ctis", year) {
                    assert_eq!(k.note, None, "{year} {lang}: {}", k.label);
                }
            }
            let text = crate::util::all_text(&doc);
            for said in ["245", "+30"] {
                assert!(!text.contains(said), "{year} {lang}: «{said}»");
            }
        }
    }
    // The walk saw the changes the reports do make (applications, cancer, …).
    assert!(compared > 20, "{compared}");
}
