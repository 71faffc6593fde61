//! Helpers shared by the tests.

use std::path::Path;
use std::process::{Command, Output};

use trialreport::build::Project;
use trialreport::config::Config;
use trialreport::data::Dataset;
use trialreport::diag::SourceFile;
use trialreport::facts::{self, Facts};
use trialreport::text::{self, Block, Document, Locale, Run};

#[path = "../shared/project.rs"]
mod project;
pub use project::{copy_all, copy_project, root};

#[allow(dead_code)]
pub fn project() -> Project {
    Project::new(root())
}

/// The shipped data file of a year, as text.
pub fn shipped(year: i32) -> String {
    std::fs::read_to_string(root().join(format!("data/{year}.toml"))).unwrap()
}

/// A dataset from `(year, toml)` pairs, each checked as if read from data/.
pub fn dataset(files: &[(i32, String)]) -> Dataset {
    let mut data = Dataset::default();
    for (year, text) in files {
        let file = SourceFile::new(format!("data/{year}.toml"), text.clone());
        let parsed = trialreport::data::parse(&file).unwrap_or_else(|e| panic!("{e}"));
        data.years.insert(*year, parsed);
    }
    data
}

/// The shipped data with some years' texts replaced.
pub fn shipped_with(changes: &[(i32, &dyn Fn(String) -> String)]) -> Dataset {
    let files: Vec<(i32, String)> = (2014..=2024)
        .map(|y| {
            let text = shipped(y);
            let text = changes
                .iter()
                .filter(|(cy, _)| *cy == y)
                .fold(text, |t, (_, f)| f(t));
            (y, text)
        })
        .collect();
    dataset(&files)
}

pub fn facts(data: &Dataset, year: i32) -> Facts {
    facts::compute(
        data,
        &Config::shipped(),
        data.get(year).expect("a year of the data"),
    )
}

/// The outline of the shipped report.toml.
pub fn outline() -> trialreport::config::Outline<'static> {
    static CONFIG: std::sync::OnceLock<Config> = std::sync::OnceLock::new();
    CONFIG.get_or_init(Config::shipped).outline()
}

pub fn locale(lang: &str) -> Locale {
    Locale::load(lang, &root().join("locales").join(lang)).unwrap_or_else(|e| panic!("{e:?}"))
}

/// Every piece of text of a document, one per line.
pub fn all_text(doc: &Document) -> String {
    let mut out = Vec::new();
    out.push(doc.main_findings.title.clone());
    out.extend(doc.main_findings.items.iter().cloned());
    for section in &doc.sections {
        out.push(section.title.clone());
        for block in &section.blocks {
            match block {
                Block::Para { runs } => out.push(
                    runs.iter()
                        .map(|r| match r {
                            Run::Text { text } => text.clone(),
                            Run::Ref { supplement, .. } => format!("{supplement} N"),
                        })
                        .collect(),
                ),
                Block::Figure {
                    caption,
                    alt,
                    notes,
                    ..
                } => {
                    out.push(caption.clone());
                    out.push(alt.clone());
                    out.extend(notes.iter().cloned());
                }
                Block::Table(t) => {
                    out.push(t.caption.clone());
                    for row in t.header.iter().chain(&t.rows).chain(&t.footer) {
                        out.push(
                            row.iter()
                                .map(|c| c.text.as_str())
                                .collect::<Vec<_>>()
                                .join(" | "),
                        );
                    }
                    out.extend(t.notes.iter().cloned());
                }
                Block::Unavailable { intro, items } => {
                    out.push(intro.clone());
                    out.extend(items.iter().cloned());
                }
                Block::Glossary { entries } => out.extend(
                    entries
                        .iter()
                        .map(|e| format!("{}: {}", e.term, e.definition)),
                ),
            }
        }
    }
    // The colophon, and the tables' symbols explained once in it.
    out.push(doc.colophon.title.clone());
    out.extend(
        doc.colophon
            .entries
            .iter()
            .map(|e| format!("{}: {}", e.label, e.value)),
    );
    out.push(doc.colophon.symbols_title.clone());
    out.extend(
        doc.colophon
            .symbols
            .iter()
            .map(|e| format!("{} = {}", e.label, e.value)),
    );
    out.join("\n")
}

/// The document's text for `year` of `data` in `lang`; panics on any locale error.
pub fn text_of(data: &Dataset, year: i32, lang: &str) -> String {
    let loc = locale(lang);
    let (doc, errors) = text::document(&facts(data, year), &outline(), &loc);
    assert!(errors.is_empty(), "{lang}: {errors:?}");
    all_text(&doc)
}

/// Removes the `[[known_gap]]` entries from a project's `report.toml`: every
/// gap in the data is then a warning again (an error under `--strict`).
pub fn without_known_gaps(project: &Path) {
    let path = project.join("report.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let start = text
        .find("# Data known to be missing for good")
        .expect("report.toml declares its known gaps under this comment");
    std::fs::write(&path, &text[..start]).unwrap();
}

/// Replaces exactly one occurrence of `from`.
pub fn replace_once(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "`{from}` must occur once");
    text.replacen(from, to, 1)
}

/// Rewrites the project's `file` (a path inside `root`) with `f`.
pub fn edit(root: &std::path::Path, file: &str, f: impl FnOnce(String) -> String) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, f(text)).unwrap();
}

/// Runs the binary on the project at `root`.
pub fn trialreport(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_trialreport"))
        .arg("--root")
        .arg(root)
        .args(args)
        .output()
        .unwrap()
}

/// A run's stderr as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// What poppler's `pdftotext` prints for `pdf` with `args` (to stdout).
/// Without poppler-utils installed, the test fails saying so, not with an
/// `Os { code: 2, kind: NotFound }` from `Command::output`.
pub fn pdftotext_with(args: &[&str], pdf: &Path) -> String {
    run_pdf_tool("pdftotext", args, pdf)
}

fn run_pdf_tool(program: &str, args: &[&str], pdf: &Path) -> String {
    let out = match Command::new(program).args(args).arg(pdf).arg("-").output() {
        Ok(out) => out,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => panic!(
            "`{program}` was not found: the tests read the PDFs' text with poppler's \
             pdftotext; install poppler-utils (apt-get install poppler-utils)"
        ),
        Err(e) => panic!("`{program}` could not be run: {e}"),
    };
    assert!(
        out.status.success(),
        "{program} {args:?} {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_missing_pdftotext_says_to_install_poppler() {
    let missing = std::panic::catch_unwind(|| {
        run_pdf_tool("pdftotext-not-installed", &[], Path::new("x.pdf"))
    });
    let message = missing.unwrap_err();
    let message = message.downcast_ref::<String>().unwrap();
    assert!(
        message.contains("`pdftotext-not-installed` was not found")
            && message.contains("install poppler-utils"),
        "{message}"
    );
}

/// The text of a PDF in the order of its content, as poppler's pdftotext
/// `-raw` reads it (CI installs poppler-utils): a table row by row, as a
/// reader copies it. (Without `-raw`, poppler guesses a reading order from
/// the page, and reads a compact table column by column.)
pub fn pdftotext_raw(pdf: &Path) -> String {
    pdftotext_with(&["-raw", "-enc", "UTF-8"], pdf)
}

/// The text of a PDF with whitespace folded and hyphenated and wrapped lines
/// joined, so sentences can be searched.
pub fn pdftotext(pdf: &Path) -> String {
    pdftotext_raw(pdf)
        .replace("\u{ad}\n", "")
        .replace("-\n", "-")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The names of the files in `dir`, sorted.
pub fn file_names(dir: &Path) -> std::collections::BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}
