//! The tool's diagnostics read back from its standard error.
//!
//! `build` has no machine-readable output (only `check --diagnostic-format json` has), and
//! the corpus runs `build` as a user does, so codespan's human form is folded
//! into one `file:line:col: message` per diagnostic here.

/// One printed diagnostic, folded to `file:line:col: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printed {
    pub severity: Severity,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// Reads codespan's output back: a header `error: message` (the message may
/// run over several lines), then optionally `┌─ file:line:col`; the source
/// lines (`│`) and notes (`=`) after it are left out.
pub fn diagnostics(stderr: &str) -> Vec<Printed> {
    let mut out: Vec<Printed> = Vec::new();
    let mut message: Option<Printed> = None;
    let flush = |m: &mut Option<Printed>, loc: Option<&str>, out: &mut Vec<Printed>| {
        if let Some(mut p) = m.take() {
            if let Some(loc) = loc {
                p.text = format!("{loc}: {}", p.text);
            }
            out.push(p);
        }
    };
    for line in stderr.lines() {
        let header = [
            ("error: ", Severity::Error),
            ("warning: ", Severity::Warning),
        ]
        .into_iter()
        .find_map(|(prefix, severity)| {
            line.strip_prefix(prefix).map(|rest| Printed {
                severity,
                text: rest.to_string(),
            })
        });
        if let Some(h) = header {
            flush(&mut message, None, &mut out);
            message = Some(h);
        } else if let Some(loc) = line.trim_start().strip_prefix("┌─ ") {
            flush(&mut message, Some(loc.trim()), &mut out);
        } else if line.trim().is_empty() || line.trim_start().starts_with(['│', '=']) {
            flush(&mut message, None, &mut out);
        } else if let Some(p) = &mut message {
            // A continuation of a multi-line message.
            p.text.push('\n');
            p.text.push_str(line);
        }
    }
    flush(&mut message, None, &mut out);
    out
}

/// `want` is in `text`, where `*` in `want` stands for any run of characters.
pub fn matches(text: &str, want: &str) -> bool {
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

pub fn self_test_wildcards() {
    assert!(matches("a/b.ftl:43:1: oops", "a/b.ftl:*: oops"));
    assert!(!matches("a/b.ftl:43:1: oops", "a/c.ftl:*: oops"));
    assert!(matches("a/b.ftl:43:1: oops", "43:1"));
    assert!(!matches("oops", "oops*!"));
    assert!(matches("x", "x"));
}

pub fn self_test_fold() {
    let stderr = "error: invalid string\nexpected `\"`\n   ┌─ data/2024.toml:10:9\n   │\n10 │ total = = 109\n   │         ^\n\nwarning: data: a gap\n   = a note\nerror: data: no files\n\nerror: 2 problems found; nothing was written\n";
    let d = diagnostics(stderr);
    let folded: Vec<(Severity, &str)> = d.iter().map(|p| (p.severity, p.text.as_str())).collect();
    assert_eq!(
        folded,
        [
            (
                Severity::Error,
                "data/2024.toml:10:9: invalid string\nexpected `\"`"
            ),
            (Severity::Warning, "data: a gap"),
            (Severity::Error, "data: no files"),
            (Severity::Error, "2 problems found; nothing was written")
        ]
    );
}
