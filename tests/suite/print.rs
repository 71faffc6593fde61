//! The printed report as statistics offices set it (issue #20): every figure
//! and table with its title above it in Statistics Norway's form (what, when,
//! unit) and the source of its numbers under it, the agency of the year.

use std::path::{Path, PathBuf};

use crate::util::{pdftotext, root, stderr, trialreport};

/// Builds the PDFs of `year` in nb and en into `dir`; their paths.
fn build(dir: &Path, year: &str) -> (PathBuf, PathBuf) {
    let o = trialreport(
        &root(),
        &[
            "build",
            "--year",
            year,
            "--lang",
            "nb,en",
            "--format",
            "pdf",
            "--out",
            dir.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    (
        dir.join(format!("report-{year}-nb.pdf")),
        dir.join(format!("report-{year}-en.pdf")),
    )
}

/// How many numbered captions "<label> 1:", "<label> 2:", … the text has.
fn numbered(text: &str, label: &str) -> usize {
    (1..)
        .take_while(|n| text.contains(&format!("{label} {n}: ")))
        .count()
}

#[test]
fn every_figure_and_table_has_its_title_above_and_its_source_under() {
    let dir = tempfile::tempdir().unwrap();
    let (nb24, en24) = build(dir.path(), "2024");
    let (nb18, en18) = build(dir.path(), "2018");
    let cases = [
        (
            &nb24,
            "Figur",
            "Tabell",
            "Kilde: Direktoratet for medisinske produkter (DMP)",
            4,
            5,
        ),
        (
            &en24,
            "Figure",
            "Table",
            "Source: Norwegian Medical Products Agency (DMP)",
            4,
            5,
        ),
        // 2018's numbers were collected by the agency of that year.
        (
            &nb18,
            "Figur",
            "Tabell",
            "Kilde: Statens legemiddelverk",
            2,
            2,
        ),
        (
            &en18,
            "Figure",
            "Table",
            "Source: Norwegian Medicines Agency (NoMA)",
            2,
            2,
        ),
    ];
    for (pdf, figure, table, source, figures, tables) in cases {
        let text = pdftotext(pdf);
        let name = pdf.file_name().unwrap().to_string_lossy();
        assert_eq!(numbered(&text, figure), figures, "{name}: {text}");
        assert_eq!(numbered(&text, table), tables, "{name}: {text}");
        assert_eq!(
            text.matches(source).count(),
            figures + tables,
            "{name}: one source line under each figure and table\n{text}"
        );
        // Each source line comes after its title and before the next one.
        let mut titles: Vec<usize> = (1..=figures)
            .map(|n| text.find(&format!("{figure} {n}: ")).unwrap())
            .chain((1..=tables).map(|n| text.find(&format!("{table} {n}: ")).unwrap()))
            .collect();
        titles.sort_unstable();
        titles.push(text.len());
        let sources: Vec<usize> = text.match_indices(source).map(|(i, _)| i).collect();
        for (i, at) in sources.iter().enumerate() {
            assert!(
                titles[i] < *at && *at < titles[i + 1],
                "{name}: source line {} is not under its title\n{text}",
                i + 1
            );
        }
    }
    let nb = pdftotext(&nb24);
    for title in [
        "Figur 1: Søknader om kliniske studier, etter sponsortype. 2014–2024. Antall",
        "Tabell 1: Søknader om kliniske studier, etter sponsortype. 2014–2024. Antall og prosent",
        // "Per year since the CTR" shows the years.
        "Tabell 2: Søknader sendt inn i CTIS, etter mono- eller multinasjonal studie og Norges rolle i utredningen. 2022–2024. Antall",
        // A one-year table says its year.
        "Tabell 5: Søknader om vesentlige endringer, etter Norges rolle i utredningen. 2024. Antall",
    ] {
        assert!(nb.contains(title), "{title}\n{nb}");
    }
    // The title is above the chart: the chart's value axis, which names
    // its unit, comes after it, and the source after both.
    let caption = nb.find("Figur 1: ").unwrap();
    let axis = caption + nb[caption..].find("Antall søknader").unwrap();
    let source = caption + nb[caption..].find("Kilde: ").unwrap();
    assert!(caption < axis && axis < source, "{nb}");
    let en = pdftotext(&en24);
    assert!(
        en.contains("Figure 1: Clinical trial applications, by sponsor type. 2014–2024. Number"),
        "{en}"
    );
    assert!(
        pdftotext(&nb18).contains(
            "Figur 1: Søknader om kliniske studier, etter sponsortype. 2014–2018. Antall"
        )
    );
}

/// The colophon of `year` in `lang`: its entries as (label, value).
fn colophon(
    data: &trialreport::data::Dataset,
    year: i32,
    lang: &str,
) -> trialreport::text::Colophon {
    let (doc, errors) = trialreport::text::document(
        &crate::util::facts(data, year),
        &crate::util::outline(),
        &crate::util::locale(lang),
    );
    assert!(errors.is_empty(), "{errors:?}");
    doc.colophon
}

fn pairs(c: &trialreport::text::Colophon) -> Vec<(String, String)> {
    c.entries
        .iter()
        .map(|e| (e.label.clone(), e.value.clone()))
        .collect()
}

fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(l, v)| (l.to_string(), v.to_string()))
        .collect()
}

#[test]
fn the_colophon_says_who_publishes_how_to_reach_and_cite_them() {
    let data = crate::util::shipped_with(&[]);
    // No publication date in the data: no date line, and a citation
    // without a year, never "unknown".
    assert_eq!(
        pairs(&colophon(&data, 2024, "nb")),
        owned(&[
            ("Utgitt av", "Direktoratet for medisinske produkter (DMP)"),
            ("Kontakt", "post@dmp.no · dmp.no"),
            (
                "Lisens",
                "Norsk lisens for offentlige data (NLOD) 2.0, https://data.norge.no/nlod/no/2.0"
            ),
            (
                "Slik siterer du rapporten",
                "Direktoratet for medisinske produkter. Kliniske studier 2024. Årsrapport om søknader om klinisk utprøving av legemidler.",
            ),
        ])
    );
    // A year NoMA received the applications for is published by DMP now:
    // DMP's name and contact.
    assert_eq!(
        pairs(&colophon(&data, 2018, "nn")),
        owned(&[
            ("Gitt ut av", "Direktoratet for medisinske produkt (DMP)"),
            ("Kontakt", "post@dmp.no · dmp.no"),
            (
                "Lisens",
                "Norsk lisens for offentlege data (NLOD) 2.0, https://data.norge.no/nlod/no/2.0"
            ),
            (
                "Slik siterer du rapporten",
                "Direktoratet for medisinske produkt. Kliniske studiar 2018. Årsrapport om søknader om klinisk utprøving av legemiddel.",
            ),
        ])
    );
    // With the date in the data: the date line, and its year in the citation.
    let dated = crate::util::shipped_with(&[(2024, &|s: String| {
        crate::util::replace_once(&s, "year = 2024\n", "year = 2024\npublished = 2025-03-14\n")
    })]);
    assert_eq!(
        pairs(&colophon(&dated, 2024, "en")),
        owned(&[
            ("Published by", "Norwegian Medical Products Agency (DMP)"),
            ("Published", "14 March 2025"),
            ("Contact", "post@dmp.no · dmp.no"),
            // The English report links the English text of the licence.
            (
                "Licence",
                "Norwegian Licence for Open Government Data (NLOD) 2.0, https://data.norge.no/nlod/en/2.0"
            ),
            (
                "How to cite this report",
                "Norwegian Medical Products Agency (2025). Clinical trials 2024. Annual report on applications for clinical trials of medicinal products.",
            ),
        ])
    );
}

/// The tables print their symbols without a key; the colophon explains
/// exactly the symbols the report's tables print, once.
#[test]
fn the_colophon_explains_every_symbol_the_tables_print() {
    let data = crate::util::shipped_with(&[]);
    let mut all = std::collections::BTreeSet::new();
    for year in 2014..=2024 {
        for lang in ["nb", "nn", "en"] {
            let (doc, _) = trialreport::text::document(
                &crate::util::facts(&data, year),
                &crate::util::outline(),
                &crate::util::locale(lang),
            );
            let explained: std::collections::BTreeSet<String> = doc
                .colophon
                .symbols
                .iter()
                .map(|e| e.label.clone())
                .collect();
            let mut printed = std::collections::BTreeSet::new();
            for block in doc.sections.iter().flat_map(|s| &s.blocks) {
                let trialreport::text::Block::Table(t) = block else {
                    continue;
                };
                assert!(
                    !t.notes.iter().any(|n| n.contains(" = ")),
                    "{year} {lang}: a key under a table: {:?}",
                    t.notes
                );
                for cell in t.header.iter().chain(&t.rows).chain(&t.footer).flatten() {
                    if cell.symbol.is_some() {
                        printed.insert(cell.text.clone());
                    } else if cell.mark.is_some() {
                        printed.insert(cell.text.split('\u{a0}').next().unwrap().to_string());
                    }
                }
            }
            assert_eq!(explained, printed, "{year} {lang}");
            all.extend(printed);
        }
    }
    // The shipped years print all three: `..`, `.` and `|`.
    assert_eq!(all.len(), 3, "{all:?}");
}

/// The right edge of each table of `pdf`, in points: the furthest any word
/// between a table's title ("Tabell 1:") and its source line reaches.
fn table_edges(pdf: &Path, label: &str, source: &str) -> Vec<f64> {
    let html = crate::util::pdftotext_with(&["-bbox", "-enc", "UTF-8"], pdf);
    let attr = |tag: &str, name: &str| -> f64 {
        let at = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[at..at + tag[at..].find('"').unwrap()].parse().unwrap()
    };
    let words: Vec<(String, f64)> = html
        .split("<word ")
        .skip(1)
        .map(|w| {
            let (tag, rest) = w.split_once('>').unwrap();
            (
                rest.split_once("</word>").unwrap().0.to_string(),
                attr(tag, "xMax"),
            )
        })
        .collect();
    let mut edges = Vec::new();
    let mut open: Option<f64> = None;
    for (i, (text, x1)) in words.iter().enumerate() {
        let next = words.get(i + 1).map_or("", |w| w.0.as_str());
        if text == label && next.trim_end_matches(':').parse::<u32>().is_ok() && next.ends_with(':')
        {
            open = Some(0.0);
        } else if text == source && open.is_some() {
            edges.push(open.take().unwrap());
        } else if let Some(edge) = open.as_mut() {
            *edge = edge.max(*x1);
        }
    }
    edges
}

/// Tables come in two widths only: those by year at the measure of the
/// text (132 mm), the others across the type area (160 mm).
#[test]
fn tables_have_two_widths() {
    let dir = tempfile::tempdir().unwrap();
    let (nb24, en24) = build(dir.path(), "2024");
    let (nb18, _) = build(dir.path(), "2018");
    // The type area begins 25 mm from the page's edge; a right-aligned
    // ".." may reach a point past the column's edge.
    let mm = |x: f64| x / 72.0 * 25.4 - 25.0;
    let widths = |edges: Vec<f64>, want: &[f64]| {
        assert_eq!(edges.len(), want.len(), "{edges:?}");
        edges
            .iter()
            .zip(want)
            .all(|(e, w)| (mm(*e) - w).abs() < 1.0)
    };
    for (pdf, label, source) in [(&nb24, "Tabell", "Kilde:"), (&en24, "Table", "Source:")] {
        // Tables 1 and 4 by year; 2, 3 and 5 with long row labels.
        let edges = table_edges(pdf, label, source);
        assert!(
            widths(edges.clone(), &[132.0, 160.0, 160.0, 132.0, 160.0]),
            "{pdf:?}: {:?}",
            edges.iter().map(|e| mm(*e)).collect::<Vec<_>>()
        );
    }
    let edges = table_edges(&nb18, "Tabell", "Kilde:");
    assert!(widths(edges.clone(), &[132.0, 132.0]), "{edges:?}");
}

/// The contents list only sections that hold something that year: every
/// section of every shipped year's report has a block with words in it.
#[test]
fn no_section_of_any_year_is_empty() {
    let data = crate::util::shipped_with(&[]);
    for year in 2014..=2024 {
        for lang in ["nb", "nn", "en"] {
            let (doc, _) = trialreport::text::document(
                &crate::util::facts(&data, year),
                &crate::util::outline(),
                &crate::util::locale(lang),
            );
            for s in &doc.sections {
                let words = s.blocks.iter().any(|b| match b {
                    trialreport::text::Block::Para { runs } => runs.iter().any(|r| match r {
                        trialreport::text::Run::Text { text } => !text.trim().is_empty(),
                        trialreport::text::Run::Ref { .. } => false,
                    }),
                    trialreport::text::Block::Figure { .. }
                    | trialreport::text::Block::Table(_) => true,
                    trialreport::text::Block::Unavailable { items, .. } => !items.is_empty(),
                    trialreport::text::Block::Glossary { entries } => !entries.is_empty(),
                });
                assert!(words, "{year} {lang}: section «{}» holds nothing", s.title);
            }
        }
    }
}

#[test]
fn the_glossary_is_in_the_languages_alphabetical_order() {
    let data = crate::util::shipped_with(&[]);
    let terms = |lang: &str| -> Vec<String> {
        let (doc, errors) = trialreport::text::document(
            &crate::util::facts(&data, 2024),
            &crate::util::outline(),
            &crate::util::locale(lang),
        );
        assert!(errors.is_empty(), "{errors:?}");
        doc.sections
            .iter()
            .flat_map(|s| &s.blocks)
            .find_map(|b| match b {
                trialreport::text::Block::Glossary { entries } => {
                    Some(entries.iter().map(|e| e.term.clone()).collect())
                }
                _ => None,
            })
            .expect("a glossary")
    };
    // Not report.toml's order (CTIS, CTR, CTD, Overgangssøknad, RMS …);
    // case does not count ("EudraVigilance" before "MedDRA" before "MSC").
    assert_eq!(
        terms("nb"),
        [
            "AMS",
            "CTD",
            "CTIS",
            "CTR",
            "DMP",
            "EudraVigilance",
            "MedDRA",
            "MSC",
            "Overgangssøknad",
            "RMS",
            "SOC",
            "SUSAR"
        ]
    );
    // In English the transition application sorts under T.
    assert_eq!(
        terms("en").last().map(String::as_str),
        Some("Transition application")
    );
}
