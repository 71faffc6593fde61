//! Figures and tables never interrupt a paragraph (issue #20): in every
//! report of `build --year all`, each paragraph of the sections reads in the
//! PDF's text as one run, with at most a page's running footer inside it when
//! it goes over a page, never a figure or a table.

use std::path::Path;

use crate::util::{pdftotext_raw, root, stderr, trialreport};

/// How far apart two text runs of a paragraph may be in the PDF: the section
/// reference between them ("kapittel 4", or an unnumbered section's title).
const REF_GAP: usize = 60;

/// The body text of a PDF with whitespace folded, without the running footer
/// at the foot of each page.
fn body_text(pdf: &Path, running_head: &str) -> String {
    pdftotext_raw(pdf)
        .lines()
        .map(|l| l.trim_matches(|c: char| c == '\u{c}' || c.is_whitespace()))
        // The footer: the running head and the folio, on the outer edge
        // ("DMP · Kliniske studier 2024 3", "4 DMP · Kliniske studier 2024").
        .filter(|l| {
            let folio = |n: &str| n.trim().chars().all(|c| c.is_ascii_digit());
            let odd = l.strip_prefix(running_head).is_some_and(folio);
            let even = l.strip_suffix(running_head).is_some_and(folio);
            !(odd || even)
        })
        .collect::<Vec<_>>()
        .join("\n")
        // A line may end after a hyphen or a slash ("og/" | "eller"):
        // the word goes on without a space.
        .replace("-\n", "-")
        .replace("/\n", "/")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `segments` occur in `text` in order, each whole, each within
/// [`REF_GAP`] characters of the one before.
fn reads_whole(text: &str, segments: &[String]) -> bool {
    let Some(first) = segments.first() else {
        return true;
    };
    text.match_indices(first.as_str()).any(|(start, _)| {
        let mut end = start + first.len();
        segments[1..].iter().all(|s| {
            let window = &text[end..text.len().min(end + REF_GAP + s.len())];
            match window.find(s.as_str()) {
                Some(at) => {
                    end += at + s.len();
                    true
                }
                None => false,
            }
        })
    })
}

/// Where a paragraph breaks off: its longest beginning (in words) the text
/// holds, and what the text has after it.
fn break_off(text: &str, para: &str) -> String {
    let words: Vec<&str> = para.split(' ').collect();
    let mut n = words.len();
    while n > 1 {
        let head = words[..n].join(" ");
        if let Some(at) = text.find(&head) {
            let rest: String = text[at + head.len()..].chars().take(80).collect();
            let tail: String = head
                .chars()
                .rev()
                .take(50)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            return format!("«…{tail}» is followed by «{rest}…»");
        }
        n -= 1;
    }
    format!("«{para}» not found")
}

#[test]
fn no_figure_or_table_comes_between_the_two_parts_of_a_paragraph() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let typst = dir.path().join("typst");
    let o = trialreport(
        &root(),
        &[
            "build",
            "--year",
            "all",
            "--format",
            "pdf",
            "--out",
            out.to_str().unwrap(),
            "--emit-typst",
            typst.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let mut failures = Vec::new();
    let mut paragraphs = 0;
    for year in 2014..=2024 {
        for lang in ["nb", "nn", "en"] {
            let json = std::fs::read_to_string(typst.join(format!("{year}-{lang}/report.json")));
            let doc: serde_json::Value = serde_json::from_str(&json.unwrap()).unwrap();
            let running_head = doc["running_head"].as_str().unwrap();
            let pdf = out.join(format!("report-{year}-{lang}.pdf"));
            let text = body_text(&pdf, running_head);
            for section in doc["sections"].as_array().unwrap() {
                for block in section["blocks"].as_array().unwrap() {
                    if block["kind"] != "para" {
                        continue;
                    }
                    paragraphs += 1;
                    // The text runs; a section reference between them is
                    // written by the template.
                    let segments: Vec<String> = block["runs"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter(|r| r["kind"] == "text")
                        .map(|r| fold(r["text"].as_str().unwrap()))
                        .filter(|s| !s.is_empty())
                        .collect();
                    if !reads_whole(&text, &segments) {
                        failures.push(format!(
                            "{year} {lang}: {}",
                            break_off(&text, &segments.join(" "))
                        ));
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "paragraphs broken off:\n{}",
        failures.join("\n")
    );
    // Every report has paragraphs to check (2024 alone has over 20 in each language).
    assert!(paragraphs > 33 * 2, "{paragraphs} paragraphs");
}

/// Builds one year's English PDF and returns its body text and page count.
fn english(year: &str) -> (String, u32) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let o = trialreport(
        &root(),
        &[
            "build",
            "--year",
            year,
            "--lang",
            "en",
            "--format",
            "pdf",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let stdout = String::from_utf8_lossy(&o.stdout).to_string();
    let pages = stdout
        .split(" pages")
        .next()
        .and_then(|s| s.rsplit('(').next())
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in {stdout}"));
    let pdf = out.join(format!("report-{year}-en.pdf"));
    (
        body_text(&pdf, &format!("DMP · Clinical trials {year}")),
        pages,
    )
}

#[test]
fn a_sections_floats_come_before_the_next_sections_heading() {
    // The last occurrence of a heading: it is in the contents too.
    let at = |text: &str, s: &str| {
        text.rfind(s)
            .unwrap_or_else(|| panic!("no {s:?} in {text}"))
    };
    // 2018: Table 1, which does not fit under section 1's figure, goes to
    // the top of page 3 before section 2's heading, not after it.
    let (text, _) = english("2018");
    assert!(at(&text, "Table 1: Clinical trial applications") < at(&text, "2 Cancer trials"));
    // 2024: the cancer figure and table go before section 5, though page 5
    // then ends white under section 4's text; the glossary is kept whole
    // with the colophon on the last page, the ninth.
    let (text, pages) = english("2024");
    let modifications = at(&text, "5 Applications for substantial modifications");
    assert!(
        at(&text, "Figure 2: Cancer trials") < modifications,
        "{text}"
    );
    assert!(
        at(&text, "Table 4: Cancer trials") < modifications,
        "{text}"
    );
    assert_eq!(pages, 9);
    // 2022: the cancer figure and table before section 4, one line long.
    let (text, _) = english("2022");
    assert!(
        at(&text, "Table 3: Cancer trials") < at(&text, "4 Guidance and advice"),
        "{text}"
    );
}
