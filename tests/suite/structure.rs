//! The structure follows the data, in every report `build --year all`
//! writes (every shipped year, every language), read from what the build
//! emits (`report.json` of `--emit-typst`, the web page, the PDF's text):
//!
//! - a numbered section is there exactly when the year's data file has its
//!   data, and it shows some of those numbers; the numbers run 1, 2, 3, …;
//! - no chart draws one bar or one stack, nor a series of two years (a
//!   table shows those), and no table has one row;
//! - the contents list is there (in the PDF and on the page) exactly when
//!   the report has enough numbered sections;
//! - what is missing is said in "About the figures" only, unnumbered.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

use crate::util::{copy_project, pdftotext_raw, root, stderr, trialreport};

/// The numbered built-in sections and where their data are in a year's file.
const SECTIONS: &[(&str, &str)] = &[
    ("applications", "applications"),
    ("ctis", "ctis"),
    ("phases", "phases"),
    ("therapy", "therapy_areas"),
    ("cancer", "cancer"),
    ("modifications", "modifications"),
    ("safety", "safety"),
    ("guidance", "guidance"),
];

/// The fewest numbered sections a report with contents has (report.toml).
const CONTENTS_MIN_SECTIONS: usize = 4;

/// Every whole number under `v`.
fn numbers(v: &toml::Value, out: &mut BTreeSet<i64>) {
    match v {
        toml::Value::Integer(n) => {
            out.insert(*n);
        }
        toml::Value::Table(t) => t.values().for_each(|v| numbers(v, out)),
        toml::Value::Array(a) => a.iter().for_each(|v| numbers(v, out)),
        _ => {}
    }
}

/// Every text of a block, and the numbers of its chart.
fn block_text(b: &Value) -> String {
    let mut out = Vec::new();
    let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
    match b["kind"].as_str() {
        Some("para") => {
            for r in b["runs"].as_array().unwrap() {
                out.push(s(&r["text"]));
            }
        }
        Some("table") => {
            for row in ["rows", "footer"]
                .iter()
                .flat_map(|k| b[*k].as_array().unwrap())
            {
                for c in row.as_array().unwrap() {
                    out.push(s(&c["text"]));
                }
            }
        }
        Some("figure") => {
            for series in b["chart"]["series"].as_array().unwrap() {
                for v in series[1].as_array().unwrap() {
                    out.push(format!("{}", v.as_f64().unwrap()));
                }
            }
        }
        _ => {}
    }
    out.join(" ")
}

/// Whether `text` holds `n` as a whole number (not inside another).
fn has_number(text: &str, n: i64) -> bool {
    let n = n.to_string();
    text.match_indices(&n).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + n.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

/// How many bars or stacks a chart draws.
fn bars(chart: &Value) -> usize {
    let categories = chart["categories"].as_array().unwrap().len();
    let series = chart["series"].as_array().unwrap().len();
    match chart["kind"].as_str().unwrap() {
        "grouped-bars" => categories * series,
        _ => categories,
    }
}

/// How many years a chart of a series over years draws (its categories
/// are years); none for a chart of other categories.
fn years_drawn(chart: &Value) -> Option<usize> {
    let categories = chart["categories"].as_array().unwrap();
    categories
        .iter()
        .all(|c| {
            c.as_str()
                .is_some_and(|c| c.len() == 4 && c.parse::<i32>().is_ok())
        })
        .then_some(categories.len())
}

/// Checks the report of `year` in `lang`; whether it has contents.
fn check_report(year: i32, lang: &str, dir: &Path, out: &Path, failures: &mut Vec<String>) -> bool {
    let at = format!("{year} {lang}");
    let doc: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join(format!("{year}-{lang}/report.json"))).unwrap(),
    )
    .unwrap();
    let data: toml::Value =
        toml::from_str(&std::fs::read_to_string(root().join(format!("data/{year}.toml"))).unwrap())
            .unwrap();
    let sections = doc["sections"].as_array().unwrap();
    let numbered: Vec<&Value> = sections
        .iter()
        .filter(|s| s["numbered"].as_bool().unwrap())
        .collect();

    // A numbered section exactly where the year has its data, showing them,
    // or where the directorate wrote the year's own text for a section of
    // a rule in force (2024's safety section explains the regime without
    // counts).
    let editorial =
        std::fs::read_to_string(root().join(format!("locales/{lang}/editorial.ftl"))).unwrap();
    let has_text = |id: &str| editorial.contains(&format!("\neditorial-{id}-{year} ="));
    let ids: Vec<&str> = numbered
        .iter()
        .map(|s| s["id"].as_str().unwrap().trim_start_matches("sec-"))
        .collect();
    let expected: Vec<&str> = SECTIONS
        .iter()
        .filter(|(id, key)| data.get(key).is_some() || (*id == "safety" && has_text(id)))
        .map(|(id, _)| *id)
        .collect();
    if ids != expected {
        failures.push(format!(
            "{at}: numbered sections {ids:?}, the data have {expected:?}"
        ));
    }
    for s in &numbered {
        let id = s["id"].as_str().unwrap().trim_start_matches("sec-");
        let Some((_, key)) = SECTIONS.iter().find(|(i, _)| *i == id) else {
            continue;
        };
        let mut values = BTreeSet::new();
        match data.get(key) {
            Some(v) => numbers(v, &mut values),
            // A section of text alone (above): no numbers to show.
            None => continue,
        }
        // Counts, not a zero that any text may hold, nor a year.
        values.retain(|n| *n > 0 && !(1990..=2100).contains(n));
        let text: String = (s["blocks"].as_array().unwrap().iter())
            .map(block_text)
            .collect::<Vec<_>>()
            .join(" ");
        if !values.iter().any(|n| has_number(&text, *n)) {
            failures.push(format!("{at}: section {id} shows none of its numbers"));
        }
    }

    // No chart of one point, no table of one row; nowhere a note on
    // missing data but in "About the figures", which is not numbered.
    for s in sections {
        let id = s["id"].as_str().unwrap();
        for b in s["blocks"].as_array().unwrap() {
            match b["kind"].as_str().unwrap() {
                "figure" if bars(&b["chart"]) < 2 => {
                    failures.push(format!("{at}: {} draws one point", b["id"]))
                }
                // Two years are a comparison: a table, not a chart.
                "figure" if years_drawn(&b["chart"]).is_some_and(|n| n < 3) => {
                    failures.push(format!("{at}: {} draws a series of two years", b["id"]))
                }
                "table"
                    if b["rows"].as_array().unwrap().len()
                        + b["footer"].as_array().unwrap().len()
                        < 2 =>
                {
                    failures.push(format!("{at}: {} has one row", b["id"]))
                }
                "unavailable" if id != "sec-about" || s["numbered"].as_bool().unwrap() => {
                    failures.push(format!("{at}: a note on missing data in {id}"))
                }
                _ => {}
            }
        }
    }

    // The contents where there are enough sections, in both editions.
    let contents = doc["contents"].as_bool().unwrap();
    if contents != (numbered.len() >= CONTENTS_MIN_SECTIONS) {
        failures.push(format!(
            "{at}: contents {contents} with {} numbered sections",
            numbered.len()
        ));
    }
    let html = std::fs::read_to_string(out.join(format!("report-{year}-{lang}.html"))).unwrap();
    if html.contains("<nav class=\"contents\"") != contents {
        failures.push(format!("{at}: the page's contents are not the PDF's"));
    }
    let label = doc["labels"]["contents"].as_str().unwrap();
    let pdf = pdftotext_raw(&out.join(format!("report-{year}-{lang}.pdf")));
    if pdf.lines().any(|l| l.trim() == label) != contents {
        failures.push(format!("{at}: «{label}» in the PDF: {}", !contents));
    }

    // The page numbers its sections 1, 2, 3, … in order.
    let shown: Vec<usize> = html
        .split("<h2 id=\"sec-")
        .skip(1)
        .filter_map(|h| {
            let h = h.split("</h2>").next().unwrap();
            let n = h.split("<span class=\"num\">").nth(1)?;
            n.split('<').next()?.parse().ok()
        })
        .collect();
    if shown != (1..=numbered.len()).collect::<Vec<_>>() {
        failures.push(format!("{at}: sections numbered {shown:?}"));
    }
    contents
}

#[test]
fn every_report_s_sections_charts_tables_and_contents_follow_its_data() {
    let project = copy_project();
    let out = project.path().join("out");
    let typst = project.path().join("typst");
    let o = trialreport(
        project.path(),
        &[
            "build",
            "--year",
            "all",
            "--out",
            out.to_str().unwrap(),
            "--emit-typst",
            typst.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let mut failures = Vec::new();
    let mut with_contents = 0;
    for year in 2014..=2024 {
        for lang in ["nb", "nn", "en"] {
            with_contents += usize::from(check_report(year, lang, &typst, &out, &mut failures));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The test can fail both ways: 2022 and 2024 have contents, the rest not.
    assert_eq!(with_contents, 2 * 3);
}
