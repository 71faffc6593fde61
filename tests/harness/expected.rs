//! A case's `expected.txt`: what it is, how the project is changed, and what
//! the tool must print; and its rewrite from what the tool now prints (bless).

use std::path::Path;

use crate::fold::matches;
use crate::project::copy_all;

/// What a case expects.
#[derive(Debug, Default)]
pub struct Expected {
    pub what: String,
    pub exit: i32,
    pub args: Vec<String>,
    pub remove: Vec<String>,
    pub edits: Vec<Edit>,
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
    pub error_count: Option<usize>,
}

pub fn parse_expected(text: &str) -> Expected {
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
pub enum Edit {
    Replace(String, String, String),
    Insert(String, usize, String),
    BomCrlf(String),
    Copy(String, String),
}

fn unescape(s: &str) -> String {
    s.replace("\\n", "\n")
}

pub fn parse_edit(key: &str, value: &str) -> Edit {
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

pub fn apply_edit(project: &Path, edit: &Edit) {
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

impl Expected {
    /// How many errors the case expects: `errors:`, or one for a failing case.
    pub fn error_count(&self) -> usize {
        self.error_count
            .unwrap_or_else(|| default_error_count(self.exit))
    }
}

fn default_error_count(exit: i32) -> usize {
    usize::from(exit != 0)
}

/// `expected.txt` with its `error:` and `warning:` lines and its `errors:`
/// count rewritten from what the tool printed; every other line (the
/// comment, `exit:`, `args:`, the edits) is kept where it was.
///
/// An old `error:` or `warning:` line that still matches a printed
/// diagnostic is kept as written (with its `*`); one that matches none is
/// dropped. Each printed error that no kept line matches is added as its
/// first line, and so is each printed warning that the shipped project does
/// not print too (`baseline`: the case's own warnings, not every warning of
/// the shipped data). `errors:` is written when the count is not the default.
pub fn bless(
    text: &str,
    exit: i32,
    errors: &[String],
    warnings: &[String],
    baseline: &[String],
) -> String {
    let is_diagnostic = |line: &str| {
        ["error: ", "warning: ", "errors: "]
            .iter()
            .any(|key| line.starts_with(key))
    };
    let old =
        |key: &str| -> Vec<&str> { text.lines().filter_map(|l| l.strip_prefix(key)).collect() };
    let mut new: Vec<String> = Vec::new();
    let mut rewrite = |key: &str, printed: &[String], old: Vec<&str>, baseline: &[String]| {
        let mut kept: Vec<String> = Vec::new();
        for p in printed {
            if kept.iter().any(|k| matches(p, k)) {
                continue;
            }
            if let Some(o) = old.iter().find(|o| matches(p, o)) {
                kept.push(o.to_string());
            } else if !baseline.contains(p) {
                kept.push(p.lines().next().unwrap_or("").trim_end().to_string());
            }
        }
        new.extend(kept.into_iter().map(|k| format!("{key}{k}")));
    };
    rewrite("error: ", errors, old("error: "), &[]);
    rewrite("warning: ", warnings, old("warning: "), baseline);
    if errors.len() != default_error_count(exit) {
        new.push(format!("errors: {}", errors.len()));
    }

    let mut out: Vec<String> = Vec::new();
    let mut placed = false;
    for line in text.lines() {
        if is_diagnostic(line) {
            if !placed {
                out.append(&mut new);
                placed = true;
            }
        } else {
            out.push(line.to_string());
        }
    }
    if !placed {
        out.append(&mut new);
    }
    out.join("\n") + "\n"
}

pub fn self_test_edits() {
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

pub fn self_test_bless() {
    let text = "# A sum broken twice.\nexit: 1\nreplace: data/2024.toml: total = 109 => total = 110\nerror: data/2024.toml:*: total says 110\nerror: data/2024.toml:20:1: gone now\nwarning: data: old warning\n# a note kept\n";
    let errors = [
        "data/2024.toml:10:9: total says 110, but 109\nsecond line".to_string(),
        "data/2024.toml:30:9: a new error".to_string(),
    ];
    let warnings = [
        "data: shipped warning".to_string(),
        "data: the case's warning".to_string(),
    ];
    let baseline = ["data: shipped warning".to_string()];
    let blessed = bless(text, 1, &errors, &warnings, &baseline);
    assert_eq!(
        blessed,
        "# A sum broken twice.\nexit: 1\nreplace: data/2024.toml: total = 109 => total = 110\nerror: data/2024.toml:*: total says 110\nerror: data/2024.toml:30:9: a new error\nwarning: data: the case's warning\nerrors: 2\n# a note kept\n"
    );
    let e = parse_expected(&blessed);
    assert_eq!(e.error_count(), 2);
    assert_eq!(e.edits.len(), 1);
    // Blessing what it now expects changes nothing.
    assert_eq!(bless(&blessed, 1, &errors, &warnings, &baseline), blessed);
    // Back to one error: `errors:` goes, the default again.
    let one = bless(&blessed, 1, &errors[..1], &[], &baseline);
    assert_eq!(
        one,
        "# A sum broken twice.\nexit: 1\nreplace: data/2024.toml: total = 109 => total = 110\nerror: data/2024.toml:*: total says 110\n# a note kept\n"
    );
    // An accepted case with no diagnostic lines gets its warning at the end.
    assert_eq!(
        bless("# ok\nexit: 0\n", 0, &[], &warnings, &baseline),
        "# ok\nexit: 0\nwarning: data: the case's warning\n"
    );
}
