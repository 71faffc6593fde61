//! A longer language: German (`tests/fixtures/de/`, a full translation of
//! `locales/en`), built for every year. Its compounds ("Nichtkommerzielle
//! Sponsoren") are wider than the table columns, so the header cells must
//! break them; the text of every header must come out of the PDF whole, and
//! no header word may overlap another word.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use trialreport::text::{Locale, ftl};

use crate::util::{copy_project, root, stderr, trialreport};

fn fixture() -> PathBuf {
    root().join("tests/fixtures/de")
}

/// Message ids and `id.attr` of a locale folder.
/// Puts the German fixture into `project` as `locales/de`; its folder.
fn with_german(project: &tempfile::TempDir) -> PathBuf {
    let de = project.path().join("locales/de");
    crate::util::copy_all(&fixture(), &de);
    de
}

fn ids(dir: &Path) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let (entries, errors) = ftl::analyse(&text);
        assert!(errors.is_empty(), "{errors:?}");
        for e in entries {
            ids.extend(
                e.attributes
                    .iter()
                    .map(|a| format!("{}.{}", e.display_id(), a.name)),
            );
            ids.insert(e.display_id());
        }
    }
    ids
}

/// A word of `pdftotext -bbox`: its text and box (points, y down).
#[derive(Debug, Clone)]
struct Word {
    text: String,
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Word {
    fn overlaps(&self, other: &Word) -> bool {
        // Half a point of slack: a hyphen's side bearing may touch.
        let x = self.x1.min(other.x1) - self.x0.max(other.x0);
        let y = self.y1.min(other.y1) - self.y0.max(other.y0);
        x > 0.5 && y > 0.5
    }
}

/// The words of each page of `pdf`, in the order of its content.
fn pages(pdf: &Path) -> Vec<Vec<Word>> {
    let html = crate::util::pdftotext_with(&["-bbox", "-enc", "UTF-8"], pdf);
    let attr = |tag: &str, name: &str| -> f64 {
        let at = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[at..at + tag[at..].find('"').unwrap()].parse().unwrap()
    };
    let unescape = |s: &str| {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&amp;", "&")
    };
    let mut pages = Vec::new();
    for page in html.split("<page ").skip(1) {
        let mut words = Vec::new();
        for w in page.split("<word ").skip(1) {
            let (tag, rest) = w.split_once('>').unwrap();
            let text = unescape(rest.split_once("</word>").unwrap().0);
            words.push(Word {
                text,
                x0: attr(tag, "xMin"),
                y0: attr(tag, "yMin"),
                x1: attr(tag, "xMax"),
                y1: attr(tag, "yMax"),
            });
        }
        pages.push(words);
    }
    pages
}

/// The page's words with each word broken at the end of a line joined
/// again: Typst marks its hyphenation with U+00AD; a word broken after its
/// own hyphen (`MedDRA-` / `Systemorganklasse`) keeps the hyphen. Each
/// joined word keeps the indices of its parts.
fn joined(words: &[Word]) -> Vec<(String, Vec<usize>)> {
    let mut out: Vec<(String, Vec<usize>)> = Vec::new();
    let mut open = false;
    for (i, w) in words.iter().enumerate() {
        let next_line = i > 0 && w.y0 > words[i - 1].y1 - 1.0;
        if open && next_line {
            let last = out.last_mut().unwrap();
            last.0.push_str(&w.text);
            last.1.push(i);
        } else {
            out.push((w.text.clone(), vec![i]));
        }
        let last = &mut out.last_mut().unwrap().0;
        open = last.ends_with(['\u{ad}', '-']);
        if last.ends_with('\u{ad}') {
            last.pop();
        }
    }
    out
}

/// Where the words of `header` stand one after another on a page.
fn find(joined: &[(String, Vec<usize>)], header: &str) -> Option<Vec<usize>> {
    let want: Vec<&str> = header.split_whitespace().collect();
    joined.windows(want.len()).find_map(|w| {
        w.iter()
            .zip(&want)
            .all(|((text, _), want)| text == want)
            .then(|| w.iter().flat_map(|(_, parts)| parts.clone()).collect())
    })
}

#[test]
fn german_table_headers_fit_in_every_year() {
    // The fixture is a full translation: every message and attribute of en.
    let de = fixture();
    assert_eq!(ids(&de), ids(&root().join("locales/en")));
    let locale = Locale::load("de", &de).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(locale.tag.to_string(), "de");

    let project = copy_project();
    with_german(&project);
    let out = project.path().join("out");
    let o = trialreport(
        project.path(),
        &[
            "build",
            "--year",
            "all",
            "--lang",
            "de",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));

    let header = |id: &str| locale.msg(id, &[]).unwrap_or_default();
    // Table 1 (applications) and 4 (cancer) are in every year's report but
    // 2014's (the first year of the series: its numbers are said in the
    // text, not tabled); 2024's has every table.
    let every_year = [
        "col-year",
        "col-commercial",
        "col-non-commercial",
        "col-non-commercial-share",
        "col-total",
        "col-commercial-short",
        "col-non-commercial-short",
        "col-total-short",
    ];
    let only_2024 = [
        "col-case-type",
        "col-rank",
        "col-soc",
        "col-applications",
        "col-role",
        "col-in-ctis",
        "col-ctd",
    ];
    let mut broken = 0;
    let mut failures = Vec::new();
    for year in 2014..=2024 {
        let pdf = out.join(format!("report-{year}-de.pdf"));
        let pages = pages(&pdf);
        let ids = (if year > 2014 { &every_year[..] } else { &[] })
            .iter()
            .chain(if year == 2024 { &only_2024[..] } else { &[] });
        for id in ids {
            let text = header(id);
            let found = pages.iter().find_map(|words| {
                let joined = joined(words);
                find(&joined, &text).map(|parts| (words, parts))
            });
            let Some((words, parts)) = found else {
                failures.push(format!(
                    "{year}: header «{text}» ({id}) is not in the text whole"
                ));
                continue;
            };
            broken += usize::from(parts.len() > text.split_whitespace().count());
            for &p in &parts {
                for (j, other) in words.iter().enumerate() {
                    if j != p && words[p].overlaps(other) {
                        failures.push(format!(
                            "{year}: «{}» of header «{text}» overlaps «{}»",
                            words[p].text, other.text
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The test can fail: some German header words are broken over two lines.
    assert!(broken > 0, "no header word was hyphenated");
}

#[test]
fn joining_undoes_line_end_hyphenation_only() {
    let w = |text: &str, y: f64| Word {
        text: text.into(),
        x0: 0.0,
        y0: y,
        x1: 10.0,
        y1: y + 9.0,
    };
    let words = [
        w("Nichtkommer\u{ad}", 0.0),
        w("zielle", 12.0),
        w("Sponsoren", 12.0),
        w("MedDRA-", 24.0),
        w("System", 36.0),
        w("Phase-", 48.0),
        w("II", 48.0),
    ];
    let j: Vec<String> = joined(&words).into_iter().map(|(t, _)| t).collect();
    assert_eq!(
        j,
        [
            "Nichtkommerzielle",
            "Sponsoren",
            "MedDRA-System",
            "Phase-",
            "II"
        ]
    );
    assert!(find(&joined(&words), "Nichtkommerzielle Sponsoren").is_some());
    assert!(find(&joined(&words), "zielle Sponsoren").is_none());
}

/// A translator who left three files in English: `build --lang de --strict`
/// (without `en` built) fails, naming each of the three German files and no
/// other, and writes nothing; the whole translation passes.
#[test]
fn half_translated_german_fails_strict_at_its_own_files() {
    let project = copy_project();
    let de = with_german(&project);
    let out = project.path().join("out");
    let run = || {
        trialreport(
            project.path(),
            &[
                "build",
                "--lang",
                "de",
                "--strict",
                "--out",
                out.to_str().unwrap(),
            ],
        )
    };
    let o = run();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("word for word"), "{}", stderr(&o));

    std::fs::remove_dir_all(&out).unwrap();
    let english = ["applications.ftl", "editorial.ftl", "sections.ftl"];
    for file in english {
        std::fs::copy(project.path().join("locales/en").join(file), de.join(file)).unwrap();
    }
    let o = run();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    for file in english {
        let want = format!("locales/de/{file}");
        assert!(
            err.lines().any(|l| l.contains(&want)
                && l.contains("messages are word for word as in `en`: not translated yet?")),
            "{file}:\n{err}"
        );
    }
    assert_eq!(err.matches("word for word").count(), 3, "{err}");
    assert!(!err.contains("locales/en/"), "{err}");
    assert!(err.contains("--strict: warnings are errors; nothing was written"));
    assert!(!out.join("report-2024-de.pdf").exists());
    // `check` reads en too: the copy is German's, not English's.
    let o = trialreport(project.path(), &["check"]);
    let err = stderr(&o) + &String::from_utf8_lossy(&o.stdout);
    assert_eq!(err.matches("word for word").count(), 3, "{err}");
    assert!(!err.contains("locales/en/"), "{err}");
}

/// TRANSLATING.md's soft hyphen, as it is written there
/// (`Nicht{ "\u00AD" }kommerzielle Sponsoren`), builds: a break opportunity,
/// not a glyph the fonts lack. The web page keeps it as `&shy;`; the PDF
/// prints the word whole (or broken at it, with a hyphen).
#[test]
fn the_docs_soft_hyphen_builds_in_both_editions() {
    let docs = std::fs::read_to_string(root().join("TRANSLATING.md")).unwrap();
    let example = docs
        .split('`')
        .find(|s| s.contains(r#"{ "\u00AD" }"#) && s.starts_with("Nicht"))
        .expect("TRANSLATING.md shows a soft hyphen in a German header");
    let project = copy_project();
    let de = with_german(&project);
    let file = de.join("applications.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let text = crate::util::replace_once(
        &text,
        "col-non-commercial = Nichtkommerzielle Sponsoren",
        &format!("col-non-commercial = {example}"),
    );
    std::fs::write(&file, text).unwrap();
    let out = project.path().join("out");
    let o = trialreport(
        project.path(),
        &[
            "build",
            "--lang",
            "de",
            "--strict",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let html = std::fs::read_to_string(out.join("report-2024-de.html")).unwrap();
    assert!(
        html.contains("Nicht&shy;kommerzielle Sponsoren"),
        "no &shy; in the page"
    );
    assert!(!html.contains('\u{ad}'));
    let pdf = crate::util::pdftotext_raw(&out.join("report-2024-de.pdf"));
    let joined = pdf.replace("-\n", "").replace(['\u{ad}', '\u{2010}'], "");
    assert!(
        joined.contains("Nichtkommerzielle"),
        "the header is not in the PDF whole:\n{pdf}"
    );
}

/// A key figure's label with a word longer than its cell (German's
/// "Sicherheitsberichterstattungen", 30 letters, wider than a third of the
/// box at 9.5 pt) is hyphenated inside its cell: no part of it reaches the
/// next column.
#[test]
fn a_long_german_word_stays_in_its_key_figure_cell() {
    const LONG: &str = "Sicherheitsberichterstattungen";
    let project = copy_project();
    with_german(&project);
    // The first key figure's label: the second column's number follows it.
    crate::util::edit(project.path(), "locales/de/meta.ftl", |t| {
        crate::util::replace_once(
            &t,
            "   *[other] Anträge auf klinische Prüfungen\n",
            &format!("   *[other] {LONG}\n"),
        )
    });
    let out = project.path().join("out");
    let o = trialreport(
        project.path(),
        &[
            "build",
            "--year",
            "2024",
            "--lang",
            "de",
            "--format",
            "pdf",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let pages = pages(&out.join("report-2024-de.pdf"));
    // The key figures are on the page after the cover.
    let words = &pages[1];
    let joined = joined(words);
    let parts = find(&joined, LONG).unwrap_or_else(|| panic!("{LONG} is not on page 2"));
    assert!(parts.len() > 1, "{LONG} was not hyphenated");
    // The second column begins where its number ("90") does.
    let next = words
        .iter()
        .find(|w| w.text == "90")
        .expect("the multinational applications' 90");
    for p in parts {
        assert!(
            words[p].x1 < next.x0 - 4.0,
            "«{}» reaches into the next column ({} ≥ {})",
            words[p].text,
            words[p].x1,
            next.x0
        );
    }
}
