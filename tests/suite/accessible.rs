//! The PDFs are accessible (PDF/UA-1) and archivable (PDF/A-2a): tagged,
//! with a language, a title, a date from the data, headings in order, table
//! header cells, an alternative text for every chart, an outline and live
//! links. (An independent validator, `page` from PyPI's page-validation,
//! passes both profiles; see the report of issue 4. Here poppler's view.)

use std::path::Path;
use std::process::Command;

use crate::util::{copy_project, replace_once, shipped_with, text_of};

fn build(dir: &Path, out: &str) {
    let o = Command::new(env!("CARGO_BIN_EXE_trialreport"))
        .current_dir(dir)
        .args(["build", "--out", out])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

fn poppler(tool: &str, args: &[&str], pdf: &Path) -> String {
    let o = Command::new(tool)
        .args(args)
        .arg(pdf)
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils): {e}"));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn the_pdfs_declare_pdf_ua_1_and_pdf_a_2a_and_carry_their_structure() {
    let project = copy_project();
    let dir = project.path();
    build(dir, "out");
    for lang in ["nb", "en"] {
        let pdf = dir.join(format!("out/report-2024-{lang}.pdf"));
        let bytes = std::fs::read(&pdf).unwrap();
        let raw = String::from_utf8_lossy(&bytes);
        for claim in [
            "<pdfaid:part>2</pdfaid:part>",
            "<pdfaid:conformance>A</pdfaid:conformance>",
            "<pdfuaid:part>1</pdfuaid:part>",
        ] {
            assert!(raw.contains(claim), "{lang}: XMP lacks {claim}");
        }
        assert!(raw.contains("/Outlines"), "{lang}: no outline");

        let info = poppler("pdfinfo", &["-isodates"], &pdf);
        assert!(info.contains("Tagged:          yes"), "{info}");
        // No `published` in the shipped 2024 data: 1 January of the next year.
        assert!(
            info.contains("CreationDate:    2025-01-01T00:00:00"),
            "{lang}: {info}"
        );

        let tree = poppler("pdfinfo", &["-struct-text"], &pdf);
        let tags: Vec<&str> = tree
            .lines()
            .map(str::trim_start)
            .filter_map(|l| l.split([' ', ':']).next())
            .collect();
        // Headings: every section, the key figures, the main findings and
        // the contents; no level skipped.
        let headings: Vec<usize> = tags
            .iter()
            .filter_map(|t| t.strip_prefix('H').and_then(|n| n.parse().ok()))
            .collect();
        let dests = poppler("pdfinfo", &["-dests"], &pdf);
        let sections = dests.matches("\"sec-").count();
        // The context passage, sections 1–7, "About the figures" and the
        // glossary: phases have no section (their data were not supplied);
        // safety has its section for the year's text on the regime.
        assert_eq!(sections, 10, "{dests}");
        assert_eq!(headings.len(), sections + 3, "{lang}: {headings:?}");
        let mut level = 0;
        for h in &headings {
            assert!(*h <= level + 1, "{lang}: heading H{h} after H{level}");
            level = *h;
        }
        // Tables 1–5, each with header cells that have a scope.
        assert_eq!(tags.iter().filter(|t| **t == "Table").count(), 5, "{lang}");
        let th = tags.iter().filter(|t| **t == "TH").count();
        assert!(th >= 5 * 3, "{lang}: {th} header cells");
        assert_eq!(tree.matches("/Scope /Column").count(), th, "{lang}");
        // Figures 1 (applications), 2 (cancer), 3 and 4 (guidance): 2024's
        // transition applications and modifications are one year each, said
        // in the text, not drawn.
        assert_eq!(tags.iter().filter(|t| **t == "Figure").count(), 4, "{lang}");
        // Links: the contents and the cross-reference to the cancer section.
        let links = tags.iter().filter(|t| **t == "Link").count();
        assert!(links > sections, "{lang}: {links} links");
    }
}

#[test]
fn the_document_date_is_the_publication_date_when_the_data_give_one() {
    let project = copy_project();
    let dir = project.path();
    let path = dir.join("data/2024.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        replace_once(
            &text,
            "year = 2024\n",
            "year = 2024\npublished = 2025-03-14\n",
        ),
    )
    .unwrap();
    build(dir, "out");
    let info = poppler(
        "pdfinfo",
        &["-isodates"],
        &dir.join("out/report-2024-en.pdf"),
    );
    assert!(
        info.contains("CreationDate:    2025-03-14T00:00:00"),
        "{info}"
    );
}

#[test]
fn every_chart_has_an_alternative_text_that_reads_well() {
    let data = shipped_with(&[]);
    let nb = text_of(&data, 2024, "nb");
    assert!(
        nb.contains(
            "Stablet søylediagram: Søknader om kliniske studier, etter sponsortype. 2014–2024. Antall. \
             Tegnforklaring: Kommersielle sponsorer og Ikke-kommersielle sponsorer. \
             Høyest samlet: 2022 (158). Lavest samlet: 2023 (98)."
        ),
        "{nb}"
    );
    assert!(
        nb.contains("Liggende søylediagram: Veiledninger, etter fagområde. 2024. Antall. Høyest: Legemidler til mennesker (30). Lavest: Medisinsk utstyr (7)."),
        "{nb}"
    );
    let en = text_of(&data, 2024, "en");
    assert!(
        en.contains(
            "Stacked bar chart: Clinical trial applications, by sponsor type. 2014–2024. Number. \
             Legend: Commercial sponsors and Non-commercial sponsors. \
             Highest total: 2022 (158). Lowest total: 2023 (98)."
        ),
        "{en}"
    );

    // A grouped chart of two years names the single bar, not a sum of both.
    let phases = "\n[phases]\nphase_1 = 5\nphase_2 = 40\nphase_3 = 30\nphase_4 = 2\n";
    let later = "\n[phases]\nphase_1 = 6\nphase_2 = 38\nphase_3 = 35\nphase_4 = 1\n";
    let data = shipped_with(&[
        (2023, &|t: String| format!("{t}{phases}")),
        (2024, &|t: String| format!("{t}{later}")),
    ]);
    let en = text_of(&data, 2024, "en");
    assert!(
        en.contains(
            "Legend: 2023 and 2024. Highest: Phase II, 2023 (40). Lowest: Phase IV, 2024 (1)."
        ),
        "{en}"
    );
}
