//! Every year of the shipped data, in every language, end to end: the
//! agency of the year, the sections the rules in force and the data allow,
//! and what is missing said once.

use trialreport::text::{Block, Run, Section};

use crate::util::{copy_project, dataset, facts, locale, pdftotext, shipped, trialreport};

fn para_text(b: &Block) -> Option<String> {
    match b {
        Block::Para { runs } => Some(
            runs.iter()
                .map(|r| match r {
                    Run::Text { text } => text.as_str(),
                    Run::Ref { .. } => "",
                })
                .collect(),
        ),
        _ => None,
    }
}

/// The section titled by the message `section-<id>`.
fn section<'a>(sections: &'a [Section], id: &str) -> Option<&'a Section> {
    sections.iter().find(|s| s.id == format!("sec-{id}"))
}

#[test]
fn every_year_names_its_agency_keeps_to_the_rules_in_force_and_says_once_what_it_lacks() {
    let files: Vec<(i32, String)> = (2014..=2024).map(|y| (y, shipped(y))).collect();
    let data = dataset(&files);
    for lang in ["nb", "nn", "en"] {
        let loc = locale(lang);
        for year in 2014..=2024 {
            let f = facts(&data, year);
            let (doc, errors) = trialreport::text::document(&f, &crate::util::outline(), &loc);
            let at = format!("{year} {lang}");

            // The agency of the year receives the applications.
            let first = section(&doc.sections, "applications")
                .and_then(|s| s.blocks.first())
                .and_then(para_text)
                .unwrap();
            let (agency, not) = match (lang, year >= 2024) {
                ("nb", true) => (
                    "Direktoratet for medisinske produkter",
                    "Statens legemiddelverk",
                ),
                ("nn", true) => (
                    "Direktoratet for medisinske produkt",
                    "Statens legemiddelverk",
                ),
                ("en", true) => ("the Norwegian Medical Products Agency", "Medicines Agency"),
                ("en", false) => ("the Norwegian Medicines Agency", "Medical Products"),
                (_, false) => ("Statens legemiddelverk", "Direktoratet"),
                _ => unreachable!(),
            };
            assert!(first.contains(agency), "{at}: {first}");
            assert!(!first.contains(not), "{at}: {first}");

            // The sections: CTIS and safety only once the CTR applies; the
            // context passage only where the year has its text; a section
            // only where the year has its data (phases and the safety
            // counts were never supplied, therapy areas and modifications
            // for 2024 only, guidance for 2022 and 2024); "About the
            // figures" in every year, as every year lacks some.
            let ids: Vec<&str> = doc
                .sections
                .iter()
                .map(|s| s.id.trim_start_matches("sec-"))
                .collect();
            let mut expected = vec![];
            if year == 2024 {
                expected.push("context");
            }
            expected.push("applications");
            if year >= 2022 {
                expected.push("ctis");
            }
            if year == 2024 {
                expected.push("therapy");
            }
            expected.push("cancer");
            if year == 2024 {
                expected.push("modifications");
            }
            // Safety without counts only where the year has its own text
            // on the regime (2024).
            if year == 2024 {
                expected.push("safety");
            }
            if year == 2022 || year == 2024 {
                expected.push("guidance");
            }
            expected.extend(["about", "glossary"]);
            assert_eq!(ids, expected, "{at}");

            // Before the CTR, nothing about CTIS or the transition, and no
            // glossary term that nothing uses.
            let all = crate::util::all_text(&doc);
            if year < 2022 {
                for absent in ["CTIS", "CTR", "RMS", "SUSAR", "EudraVigilance"] {
                    assert!(!all.contains(absent), "{at}: «{absent}»");
                }
                let glossary = section(&doc.sections, "glossary").unwrap();
                let Block::Glossary { entries } = &glossary.blocks[0] else {
                    panic!("{at}: no glossary block");
                };
                let terms: Vec<&str> = entries.iter().map(|e| e.term.as_str()).collect();
                // English names the agency by its abbreviation, NoMA; DMP,
                // the publisher, is on the cover and in every running head.
                // In alphabetical order.
                let expected: &[&str] = match lang {
                    "en" => &["DMP", "MedDRA", "NoMA"],
                    _ => &["DMP", "MedDRA"],
                };
                assert_eq!(terms, expected, "{at}");
            }

            // What is missing is said once, in "About the figures", and
            // nowhere else; that section says nothing else.
            for s in &doc.sections {
                let notes = s
                    .blocks
                    .iter()
                    .filter(|b| matches!(b, Block::Unavailable { .. }))
                    .count();
                if s.id == "sec-about" {
                    assert!(notes == 1 && s.blocks.len() == 1, "{at}: {:?}", s.blocks);
                    assert!(!s.numbered, "{at}");
                } else {
                    assert_eq!(notes, 0, "{at}, {}", s.id);
                }
            }
            assert!(errors.is_empty(), "{at}: {errors:?}");
        }
    }
}

/// The same, through the binary and the PDFs: `build --year all` writes a
/// report for every year and language, each naming its agency and, before
/// the CTR, no CTIS section.
#[test]
fn build_year_all_writes_every_year_with_its_agency() {
    let project = copy_project();
    let out = project.path().join("out");
    let o = trialreport(
        project.path(),
        &["build", "--year", "all", "--out", out.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", crate::util::stderr(&o));
    for year in 2014..=2024 {
        for lang in ["nb", "nn", "en"] {
            let text = pdftotext(&out.join(format!("report-{year}-{lang}.pdf")));
            let agency = match (lang, year >= 2024) {
                ("nb", true) => {
                    "I 2024 mottok Direktoratet for medisinske produkter (DMP)".to_string()
                }
                ("nn", true) => "I 2024 fekk Direktoratet for medisinske produkt (DMP)".to_string(),
                ("en", true) => {
                    "In 2024, the Norwegian Medical Products Agency (DMP) received".to_string()
                }
                ("nb", false) => format!("I {year} mottok Statens legemiddelverk"),
                ("nn", false) => format!("I {year} fekk Statens legemiddelverk"),
                _ => format!("In {year}, the Norwegian Medicines Agency (NoMA) received"),
            };
            assert!(text.contains(&agency), "{year} {lang}: no «{agency}»");
            let ctis = match lang {
                "nb" => "Mono- og multinasjonale søknader",
                "nn" => "Mono- og multinasjonale søknader",
                _ => "Mononational and multinational applications",
            };
            assert_eq!(text.contains(ctis), year >= 2022, "{year} {lang}");
        }
    }
}
