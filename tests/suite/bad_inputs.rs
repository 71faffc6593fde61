//! The bad-input corpus, `tests/bad-inputs/<case>/`: every kind of bad
//! input the tool can meet, each caught with one clear error.
//!
//! A case is a folder of files laid over a fresh copy of the shipped project
//! (same relative paths) and an `expected.txt`:
//!
//! ```text
//! # What the case is (one line, shown when it fails).
//! exit: 1                      the exit code
//! args: build --year 2030      the command line (default: build; or check); --out out is added to a build
//! remove: data/2023.toml       files to delete from the copy (repeatable)
//! replace: PATH: OLD => NEW    an edit of a shipped file (OLD occurs once; `\n` is a newline)
//! insert: PATH: 2: TEXT        TEXT inserted as line 2 of a shipped file
//! bom-crlf: PATH               a shipped file rewritten with a UTF-8 BOM and CRLF line ends
//! copy: FROM => TO             a shipped file or folder copied (edits apply in order)
//! error: data/2024.toml:10:9: commercial (76) + …   an error that must be printed
//! warning: …                   a warning that must be printed
//! errors: 1                    how many errors (default: 1 when exit is not 0)
//! ```
//!
//! Edits (`replace`, `insert`, `bom-crlf`) keep a case valid when the shipped
//! locales and template change; whole files are for data and odd bytes.
//!
//! `error:` and `warning:` lines are substrings of a diagnostic as
//! `file:line:column: message` (codespan's multi-line form is folded into
//! that); `*` in them stands for any text (a line number that moves). Every failing case must also: print no panic and no backtrace, and
//! leave the PDFs already in the output folder exactly as they were, with no
//! temporary files beside them. A case with exit 0 must write its PDFs.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::{copy_project, root};

/// What a case expects.
#[derive(Debug, Default)]
struct Expected {
    what: String,
    exit: i32,
    args: Vec<String>,
    remove: Vec<String>,
    edits: Vec<Edit>,
    errors: Vec<String>,
    warnings: Vec<String>,
    error_count: Option<usize>,
}

fn parse_expected(text: &str) -> Expected {
    let mut e = Expected {
        exit: -1,
        args: vec!["build".into()],
        ..Expected::default()
    };
    for line in text.lines() {
        if let Some(what) = line.strip_prefix("# ") {
            if e.what.is_empty() {
                e.what = what.to_string();
            }
            continue;
        }
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = line
            .split_once(": ")
            .unwrap_or_else(|| panic!("expected.txt: `key: value` lines, not «{line}»"));
        match key {
            "exit" => e.exit = value.parse().expect("exit: a number"),
            "args" => e.args = value.split_whitespace().map(String::from).collect(),
            "remove" => e.remove.push(value.to_string()),
            "replace" | "insert" | "bom-crlf" | "copy" => e.edits.push(parse_edit(key, value)),
            "error" => e.errors.push(value.to_string()),
            "warning" => e.warnings.push(value.to_string()),
            "errors" => e.error_count = Some(value.parse().expect("errors: a number")),
            _ => panic!("expected.txt: unknown key `{key}`"),
        }
    }
    assert!(e.exit >= 0, "expected.txt needs `exit:`");
    e
}

/// A change to a shipped file.
#[derive(Debug)]
enum Edit {
    Replace(String, String, String),
    Insert(String, usize, String),
    BomCrlf(String),
    Copy(String, String),
}

fn unescape(s: &str) -> String {
    s.replace("\\n", "\n")
}

fn parse_edit(key: &str, value: &str) -> Edit {
    if key == "copy" {
        let (from, to) = value
            .split_once(" => ")
            .unwrap_or_else(|| panic!("copy: FROM => TO, not «{value}»"));
        return Edit::Copy(from.into(), to.trim_end().into());
    }
    let (path, rest) = value.split_once(": ").unwrap_or((value, ""));
    match key {
        "replace" => {
            let (old, new) = rest
                .split_once(" => ")
                .unwrap_or_else(|| panic!("replace: PATH: OLD => NEW, not «{value}»"));
            Edit::Replace(path.into(), unescape(old), unescape(new.trim_end()))
        }
        "insert" => {
            let (line, text) = rest
                .split_once(": ")
                .unwrap_or_else(|| panic!("insert: PATH: LINE: TEXT, not «{value}»"));
            Edit::Insert(
                path.into(),
                line.parse().expect("a line number"),
                unescape(text),
            )
        }
        _ => Edit::BomCrlf(value.into()),
    }
}

fn apply_edit(project: &Path, edit: &Edit) {
    let path = |p: &str| project.join(p);
    match edit {
        Edit::Replace(p, old, new) => {
            let text = std::fs::read_to_string(path(p)).unwrap();
            assert_eq!(
                text.matches(old.as_str()).count(),
                1,
                "{p}: «{old}» must occur once"
            );
            std::fs::write(path(p), text.replacen(old.as_str(), new, 1)).unwrap();
        }
        Edit::Insert(p, line, new) => {
            let text = std::fs::read_to_string(path(p)).unwrap();
            let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
            let inserted = format!("{new}\n");
            lines.insert(line - 1, &inserted);
            std::fs::write(path(p), lines.concat()).unwrap();
        }
        Edit::Copy(from, to) => copy_all(&path(from), &path(to)),
        Edit::BomCrlf(p) => {
            let text = std::fs::read_to_string(path(p)).unwrap();
            let mut bytes = vec![0xEF, 0xBB, 0xBF];
            bytes.extend(text.replace('\n', "\r\n").into_bytes());
            std::fs::write(path(p), bytes).unwrap();
        }
    }
}

/// Copies a file, or a folder with everything in it.
fn copy_all(from: &Path, to: &Path) {
    if from.is_dir() {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            copy_all(&entry.path(), &to.join(entry.file_name()));
        }
    } else {
        std::fs::copy(from, to).unwrap();
    }
}

/// `want` is in `text`, where `*` in `want` stands for any run of characters.
fn matches(text: &str, want: &str) -> bool {
    let mut parts = want.split('*');
    let first = parts.next().unwrap_or("");
    let Some(mut at) = text.find(first).map(|i| i + first.len()) else {
        return false;
    };
    for part in parts {
        match text[at..].find(part) {
            Some(i) => at += i + part.len(),
            None => return false,
        }
    }
    true
}

/// One printed diagnostic, folded to `file:line:col: message`.
#[derive(Debug)]
struct Printed {
    severity: String,
    text: String,
}

/// Reads codespan's output back: a header `error: message` (the message may
/// run over several lines), then optionally `┌─ file:line:col`.
fn diagnostics(stderr: &str) -> Vec<Printed> {
    let mut out: Vec<Printed> = Vec::new();
    let mut message: Option<(String, String)> = None;
    let flush = |m: &mut Option<(String, String)>, loc: Option<&str>, out: &mut Vec<Printed>| {
        if let Some((severity, msg)) = m.take() {
            let text = match loc {
                Some(loc) => format!("{loc}: {msg}"),
                None => msg,
            };
            out.push(Printed { severity, text });
        }
    };
    for line in stderr.lines() {
        let header = ["error", "warning"].iter().find_map(|s| {
            line.strip_prefix(&format!("{s}: "))
                .map(|rest| (s.to_string(), rest.to_string()))
        });
        if let Some(h) = header {
            flush(&mut message, None, &mut out);
            message = Some(h);
        } else if let Some(loc) = line.trim_start().strip_prefix("┌─ ") {
            flush(&mut message, Some(loc.trim()), &mut out);
        } else if line.trim().is_empty() || line.trim_start().starts_with(['│', '=']) {
            flush(&mut message, None, &mut out);
        } else if let Some((_, msg)) = &mut message {
            // A continuation of a multi-line message.
            msg.push('\n');
            msg.push_str(line);
        }
    }
    flush(&mut message, None, &mut out);
    out
}

/// Copies a case's files over the project, keeping relative paths.
fn overlay(case: &Path, dir: &Path, project: &Path) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let rel = path.strip_prefix(case).unwrap();
        if rel == Path::new("expected.txt") {
            continue;
        }
        let target = project.join(rel);
        if path.is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            overlay(case, &path, project);
        } else {
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// The PDFs a previous, good build left in `out/`.
const PRIOR: &[(&str, &[u8])] = &[
    (
        "report-2024-nb.pdf",
        b"%PDF-1.7\n% the last good nb build\n",
    ),
    (
        "report-2024-en.pdf",
        b"%PDF-1.7\n% the last good en build\n",
    ),
];

fn corpus() -> PathBuf {
    root().join("tests/bad-inputs")
}

fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("expected.txt").is_file())
        .collect();
    cases.sort();
    cases
}

/// Runs one case; returns its failures.
fn run_case(case: &Path) -> Vec<String> {
    let name = case.file_name().unwrap().to_string_lossy().into_owned();
    let expected = parse_expected(&std::fs::read_to_string(case.join("expected.txt")).unwrap());
    let project = copy_project();
    let dir = project.path();
    overlay(case, case, dir);
    for edit in &expected.edits {
        apply_edit(dir, edit);
    }
    for r in &expected.remove {
        std::fs::remove_file(dir.join(r)).unwrap_or_else(|e| panic!("{name}: remove {r}: {e}"));
    }
    let out = dir.join("out");
    std::fs::create_dir_all(&out).unwrap();
    for (file, bytes) in PRIOR {
        std::fs::write(out.join(file), bytes).unwrap();
    }
    let mut args = expected.args.clone();
    if !args.iter().any(|a| a == "--out") && args.first().is_some_and(|a| a == "build") {
        args.extend(["--out".into(), "out".into()]);
    }
    let o = Command::new(env!("CARGO_BIN_EXE_trialreport"))
        .current_dir(dir)
        .args(&args)
        .env_remove("RUST_BACKTRACE")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    let printed = diagnostics(&stderr);
    let errors: Vec<&Printed> = printed
        .iter()
        .filter(|p| p.severity == "error" && !p.text.contains(" found; nothing was written"))
        .collect();
    let warnings: Vec<&Printed> = printed.iter().filter(|p| p.severity == "warning").collect();

    let mut fails = Vec::new();
    let mut fail = |m: String| fails.push(format!("{name} ({}): {m}", expected.what));
    if o.status.code() != Some(expected.exit) {
        fail(format!(
            "exit code {:?}, expected {}",
            o.status.code(),
            expected.exit
        ));
    }
    if stderr.contains("panicked") || stderr.to_lowercase().contains("backtrace") {
        fail("a panic or a backtrace".into());
    }
    for want in &expected.errors {
        if !errors.iter().any(|e| matches(&e.text, want)) {
            fail(format!("no error «{want}»"));
        }
    }
    for want in &expected.warnings {
        if !warnings.iter().any(|w| matches(&w.text, want)) {
            fail(format!("no warning «{want}»"));
        }
    }
    let count = expected
        .error_count
        .unwrap_or(usize::from(expected.exit != 0));
    // Usage errors (exit 2) are clap's, printed its own way: one `error:` line.
    if errors.len() != count {
        fail(format!(
            "{} errors, expected {count} (one fault, one error)",
            errors.len()
        ));
    }
    // `check` sums up on stdout: "check: 1 error, 10 warnings in 2 files".
    let stdout = String::from_utf8_lossy(&o.stdout);
    let summed_up = if expected.args.first().is_some_and(|a| a == "check") {
        stdout.contains(&format!("check: {count} error"))
    } else {
        stderr.contains(&format!("error: {count} problem"))
    };
    if expected.exit == 1 && !summed_up {
        fail("no summary line `error: N problem(s) found` (or `check: N error(s)`)".into());
    }

    // The output folder: untouched on failure, new PDFs on success.
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    if names.iter().any(|n| n.ends_with(".tmp")) {
        fail(format!("temporary files left in out/: {names:?}"));
    }
    for (file, bytes) in PRIOR {
        let now = std::fs::read(out.join(file)).unwrap_or_default();
        if expected.exit != 0 && now != *bytes {
            fail(format!("out/{file} was changed by a failed build"));
        }
        if expected.exit == 0 && (now == *bytes || !now.starts_with(b"%PDF-")) {
            fail(format!("out/{file} was not rebuilt"));
        }
    }
    if !fails.is_empty() {
        fails.push(format!("  stderr:\n{stderr}"));
    }
    fails
}

#[test]
fn every_bad_input_is_caught_with_one_clear_error() {
    let cases = cases();
    assert!(cases.len() >= 30, "the corpus has {} cases", cases.len());
    let failures: Vec<String> = cases.iter().flat_map(|c| run_case(c)).collect();
    assert!(
        failures.is_empty(),
        "{} failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_case_says_what_it_expects() {
    for case in cases() {
        let e = parse_expected(&std::fs::read_to_string(case.join("expected.txt")).unwrap());
        assert!(!e.what.is_empty(), "{}: a `# what` line", case.display());
        if e.exit != 0 {
            assert!(
                !e.errors.is_empty(),
                "{}: a failing case names its error",
                case.display()
            );
        }
    }
}

#[test]
fn edits_and_wildcards_do_what_they_say() {
    assert!(matches("a/b.ftl:43:1: oops", "a/b.ftl:*: oops"));
    assert!(!matches("a/b.ftl:43:1: oops", "a/c.ftl:*: oops"));
    assert!(matches("x", "x"));
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("f"), "one\ntwo\n").unwrap();
    apply_edit(dir.path(), &parse_edit("insert", "f: 2: new"));
    apply_edit(dir.path(), &parse_edit("replace", "f: one\\n => "));
    apply_edit(dir.path(), &parse_edit("bom-crlf", "f"));
    assert_eq!(
        std::fs::read(dir.path().join("f")).unwrap(),
        b"\xEF\xBB\xBFnew\r\ntwo\r\n"
    );
}

#[test]
fn the_fold_reads_codespan_output() {
    let stderr = "error: invalid string\nexpected `\"`\n   ┌─ data/2024.toml:10:9\n   │\n10 │ total = = 109\n   │         ^\n\nerror: data: no files\n\nerror: 2 problems found; nothing was written\n";
    let d = diagnostics(stderr);
    let texts: Vec<&str> = d.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "data/2024.toml:10:9: invalid string\nexpected `\"`",
            "data: no files",
            "2 problems found; nothing was written"
        ]
    );
}

/// A year missing in the middle (2023 deleted): the build goes on (the
/// `missing-year-2023` case), the history tables leave 2023 out and say so,
/// and nothing is compared across the gap: 2022 is never "last year".
#[test]
fn a_missing_year_is_left_out_and_never_compared_across() {
    use crate::util::{dataset, facts, shipped, text_of};
    use trialreport::facts::MissingPart;

    let files: Vec<(i32, String)> = (2014..=2024)
        .filter(|y| *y != 2023)
        .map(|y| (y, shipped(y)))
        .collect();
    let data = dataset(&files);
    let f = facts(&data, 2024);
    assert!(f.applications.total_trend.is_none());
    assert!(f.applications.commercial_trend.is_none());
    assert!(f.applications.split.is_none());
    assert!(f.cancer.as_ref().unwrap().trend.is_none());
    assert_eq!(f.therapy.as_ref().unwrap().still, None);
    let gaps: Vec<&Vec<i32>> = f
        .missing
        .iter()
        .filter(|m| m.part == MissingPart::Years)
        .map(|m| &m.years)
        .collect();
    assert_eq!(gaps, [&vec![2023]]);

    // With 2023 present, the same sentences do compare (the test can fail).
    let full = text_of(&crate::util::shipped_with(&[]), 2024, "nb");
    assert!(full.contains("fjorårets lave nivå"), "{full}");

    let nb = text_of(&data, 2024, "nb");
    for absent in [
        "fjorårets",
        "oppgang fra 2022",
        "nedgang fra 2022",
        "nivået i 2022",
        "på linje med 2022",
    ] {
        assert!(
            !nb.contains(absent),
            "nb compares across the gap: «{absent}»\n{nb}"
        );
    }
    assert_eq!(
        nb.matches("Tall for 2023 er ikke tilgjengelige, og året er derfor ikke med.")
            .count(),
        2,
        "Figures 1 and 4 name the gap under them\n{nb}"
    );
    // The tables keep the year as a row of `..`, and say what `..` means.
    assert!(nb.contains("2023 | .. | .. | .. | .."), "{nb}");
    assert!(nb.contains("2023 | .. | .. | .."), "{nb}");
    assert!(nb.contains("\n.. = oppgave mangler\n"), "{nb}");
    // The key figures carry no "+11 % from …" note either (the total
    // alone in the box, which would show its change with 2023's data).
    let alone = ["applications".to_string()];
    let outline = trialreport::config::Outline {
        key_figures: &alone,
        ..crate::util::outline()
    };
    let (doc, _) = trialreport::text::document(&f, &outline, &crate::util::locale("nb"));
    let notes: Vec<&String> = doc
        .key_figures
        .items
        .iter()
        .filter_map(|k| k.note.as_ref())
        .collect();
    assert!(notes.is_empty(), "{notes:?}");
    let (full_doc, _) = trialreport::text::document(
        &facts(&crate::util::shipped_with(&[]), 2024),
        &outline,
        &crate::util::locale("nb"),
    );
    assert!(full_doc.key_figures.items.iter().any(|k| k.note.is_some()));

    let en = text_of(&data, 2024, "en");
    let mut absent = vec![
        "last year".to_string(),
        "the 2022 level".into(),
        "in line with 2022".into(),
    ];
    for size in ["slight", "marked", "sharp"] {
        for way in ["increase", "decrease"] {
            absent.push(format!("a {size} {way} from 2022"));
        }
    }
    for absent in absent {
        assert!(
            !en.contains(&absent),
            "en compares across the gap: «{absent}»\n{en}"
        );
    }
    assert!(en.contains("No data are available for 2023, so that year is not shown."));
}
