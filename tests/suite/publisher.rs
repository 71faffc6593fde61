//! Who published it, end to end: `build --year all` writes for every year
//! and language a report whose cover, running footer, PDF metadata (author,
//! title) and web page name one publisher, the one `report.toml` gives for
//! that year, and no other agency but in the cover's one line that says the
//! year is republished.

use std::path::Path;
use std::process::Command;

use crate::util::{copy_project, edit, pdftotext, stderr, trialreport};

/// What `pdfinfo` says of `pdf` under `key` ("Author", "Title").
fn pdfinfo(pdf: &Path, key: &str) -> String {
    let out = Command::new("pdfinfo")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .output()
        .expect("pdfinfo (poppler-utils) is installed");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{key}:")))
        .map(|v| v.trim().to_string())
        .unwrap_or_default()
}

/// The names of the two agencies in a language: (full name, short form).
fn names(lang: &str) -> [(&'static str, &'static str); 2] {
    match lang {
        "nb" => [
            ("Statens legemiddelverk", "Statens legemiddelverk"),
            ("Direktoratet for medisinske produkter", "DMP"),
        ],
        "nn" => [
            ("Statens legemiddelverk", "Statens legemiddelverk"),
            ("Direktoratet for medisinske produkt", "DMP"),
        ],
        _ => [
            ("Norwegian Medicines Agency", "NoMA"),
            ("Norwegian Medical Products Agency", "DMP"),
        ],
    }
}

fn running_title(lang: &str) -> &'static str {
    match lang {
        "nb" => "Kliniske studier",
        "nn" => "Kliniske studiar",
        _ => "Clinical trials",
    }
}

/// Builds every year of a copy of the project, with `publisher` set as
/// given (`None`: the shipped setting), and checks each report against
/// `publisher_of(year)`: 0 for Statens legemiddelverk, 1 for DMP.
fn check_all(publisher: Option<&str>, publisher_of: impl Fn(i32) -> usize) {
    let project = copy_project();
    if let Some(p) = publisher {
        edit(project.path(), "report.toml", |t| {
            t.replace("publisher = \"dmp\"", &format!("publisher = \"{p}\""))
        });
    }
    let out = project.path().join("out");
    let o = trialreport(
        project.path(),
        &["build", "--year", "all", "--out", out.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    for year in 2014..=2024 {
        let own = usize::from(year >= 2024);
        for lang in ["nb", "nn", "en"] {
            let at = format!("{year} {lang}");
            let names = names(lang);
            let p = publisher_of(year);
            let (name, short) = names[p];
            let (other, other_short) = names[1 - p];
            let pdf = out.join(format!("report-{year}-{lang}.pdf"));

            // The metadata: author and title name the publisher only.
            let author = pdfinfo(&pdf, "Author");
            assert_eq!(author, name, "{at}: author");
            let title = pdfinfo(&pdf, "Title");
            assert!(title.ends_with(name), "{at}: title «{title}»");

            // The running footer of every page after the cover.
            let text = pdftotext(&pdf);
            let footer = format!("{short} · {} {year}", running_title(lang));
            let pages: Vec<&str> = text
                .split('\u{c}')
                .filter(|p| !p.trim().is_empty())
                .collect();
            for (i, page) in pages.iter().enumerate().skip(1) {
                assert!(
                    page.contains(&footer),
                    "{at}: page {} lacks «{footer}»",
                    i + 1
                );
                if other_short != short {
                    assert!(
                        !page.contains(&format!("{other_short} · ")),
                        "{at}: page {}",
                        i + 1
                    );
                }
            }

            // The cover names the publisher; the other agency only in the
            // one line that says the year is republished, and only when
            // the publisher is not the year's own agency.
            let cover = pages[0];
            assert!(cover.contains(name), "{at}: cover\n{cover}");
            let republished = cover
                .lines()
                .filter(|l| l.contains(other))
                .collect::<Vec<_>>();
            if p == own {
                assert!(republished.is_empty(), "{at}: cover names {other}\n{cover}");
            } else {
                assert_eq!(republished.len(), 1, "{at}: cover\n{cover}");
                assert!(
                    republished[0].contains("2024"),
                    "{at}: «{}»",
                    republished[0]
                );
            }

            // The web page: its author and its cover, the same.
            let html =
                std::fs::read_to_string(out.join(format!("report-{year}-{lang}.html"))).unwrap();
            assert!(
                html.contains(&format!("<meta name=\"author\" content=\"{name}\">")),
                "{at}: html author"
            );
            assert_eq!(
                html.contains("<p class=\"publisher\">"),
                p != own,
                "{at}: html republishing line"
            );
        }
    }
}

/// The shipped setting: DMP publishes every year, and republishes 2014–2023.
#[test]
fn every_report_names_the_publisher_report_toml_gives_it() {
    check_all(None, |_| 1);
}

/// The first agency as publisher: each year is published by its own agency.
#[test]
fn with_the_first_agency_as_publisher_each_report_names_its_own_agency() {
    check_all(Some("noma"), |year| usize::from(year >= 2024));
}
