//! The bad-input corpus, `tests/bad-inputs/<case>/`: every kind of bad
//! input the tool can meet, each caught with one clear error. One test per
//! case folder, named by it, run in parallel (libtest-mimic):
//!
//! ```text
//! cargo test --test bad_inputs                                  every case
//! cargo test --test bad_inputs -- --exact sum-applications      one case
//! TRIALREPORT_BLESS=1 cargo test --test bad_inputs              rewrite failing cases' diagnostics
//! ```
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
//! that, `fold.rs`); `*` in them stands for any text (a line number that
//! moves). Every failing case must also: print no panic and no backtrace,
//! and leave the PDFs already in the output folder exactly as they were, with
//! no temporary files beside them. A case with exit 0 must write its PDFs.
//!
//! With `TRIALREPORT_BLESS=1`, a failing case's `error:`, `warning:` and
//! `errors:` lines are rewritten from what the tool now prints
//! (`expected::bless`); the case still fails if anything else is wrong (its
//! exit code, a panic, the PDFs in `out/`). Read the diff before committing it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

use libtest_mimic::{Arguments, Failed, Trial};

mod expected;
mod fold;
#[path = "../shared/project.rs"]
mod project;

use expected::{Expected, apply_edit, bless, parse_expected};
use fold::{Printed, Severity, diagnostics, matches};
use project::{copy_project, root};

/// The environment variable that turns on the update (bless) mode.
const BLESS: &str = "TRIALREPORT_BLESS";

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

fn main() {
    let args = Arguments::from_args();
    let cases = cases();
    let count = cases.len();
    let mut trials: Vec<Trial> = cases
        .into_iter()
        .map(|case| {
            let name = case.file_name().unwrap().to_string_lossy().into_owned();
            Trial::test(name, move || run_trial(&case))
        })
        .collect();
    trials.extend([
        Trial::test("harness::the_corpus_is_found", move || {
            check(
                count >= 100,
                format!("{count} cases in {}", corpus().display()),
            )
        }),
        self_test("harness::wildcards", fold::self_test_wildcards),
        self_test("harness::fold_reads_codespan_output", fold::self_test_fold),
        self_test("harness::edits_do_what_they_say", expected::self_test_edits),
        self_test(
            "harness::bless_rewrites_only_the_diagnostics",
            expected::self_test_bless,
        ),
    ]);
    libtest_mimic::run(&args, trials).exit();
}

/// A test of the harness itself (it fails by panicking, as a `#[test]` does).
fn self_test(name: &str, test: fn()) -> Trial {
    Trial::test(name, move || {
        test();
        Ok(())
    })
}

fn check(ok: bool, message: String) -> Result<(), Failed> {
    if ok { Ok(()) } else { Err(message.into()) }
}

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

/// Runs one case, checks it, and in bless mode rewrites its `expected.txt`.
fn run_trial(case: &Path) -> Result<(), Failed> {
    let file = case.join("expected.txt");
    let text = std::fs::read_to_string(&file).unwrap();
    let expected = parse_expected(&text);
    check(!expected.what.is_empty(), "a `# what` line first".into())?;
    let run = run_case(case, &expected);
    let mut fails = verdict(&expected, &run);
    if !fails.is_empty() && std::env::var(BLESS).is_ok_and(|v| v == "1") {
        let blessed = bless(
            &text,
            expected.exit,
            &run.texts(Severity::Error),
            &run.texts(Severity::Warning),
            &baseline(&expected.args),
        );
        if blessed != text {
            std::fs::write(&file, &blessed).unwrap();
            eprintln!("blessed {}", file.display());
        }
        fails = verdict(&parse_expected(&blessed), &run);
    }
    if fails.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{}\n  {}\n  stderr:\n{}",
        expected.what,
        fails.join("\n  "),
        run.stderr
    )
    .into())
}

/// What a run of the tool on a case left: its output and `out/`.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    printed: Vec<Printed>,
    /// The names in `out/` afterwards.
    out: Vec<String>,
    /// The files of `PRIOR` afterwards (empty if gone).
    prior: Vec<Vec<u8>>,
}

impl Run {
    /// The printed diagnostics of a severity, without the summary line.
    fn texts(&self, severity: Severity) -> Vec<String> {
        self.printed
            .iter()
            .filter(|p| p.severity == severity && !p.text.contains(" found; nothing was written"))
            .map(|p| p.text.clone())
            .collect()
    }
}

/// Lays the case over a fresh copy of the project and runs the tool in it,
/// with the PDFs of an earlier build in `out/`.
fn run_case(case: &Path, expected: &Expected) -> Run {
    let project = copy_project();
    let dir = project.path();
    overlay(case, case, dir);
    for edit in &expected.edits {
        apply_edit(dir, edit);
    }
    for r in &expected.remove {
        std::fs::remove_file(dir.join(r)).unwrap_or_else(|e| panic!("remove {r}: {e}"));
    }
    run_in(dir, &expected.args)
}

fn run_in(dir: &Path, args: &[String]) -> Run {
    let out = dir.join("out");
    std::fs::create_dir_all(&out).unwrap();
    for (file, bytes) in PRIOR {
        std::fs::write(out.join(file), bytes).unwrap();
    }
    let mut args = args.to_vec();
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
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    Run {
        code: o.status.code(),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        printed: diagnostics(&stderr),
        stderr,
        out: names,
        prior: PRIOR
            .iter()
            .map(|(file, _)| std::fs::read(out.join(file)).unwrap_or_default())
            .collect(),
    }
}

/// The warnings the shipped project itself prints with these arguments (for
/// bless, which records only a case's own warnings); once per command line.
fn baseline(args: &[String]) -> Vec<String> {
    static SEEN: Mutex<Option<HashMap<Vec<String>, Vec<String>>>> = Mutex::new(None);
    if let Some(w) = SEEN.lock().unwrap().get_or_insert_default().get(args) {
        return w.clone();
    }
    let project = copy_project();
    let warnings = run_in(project.path(), args).texts(Severity::Warning);
    SEEN.lock()
        .unwrap()
        .get_or_insert_default()
        .insert(args.to_vec(), warnings.clone());
    warnings
}

/// What is wrong with a run, given what the case expects (empty: nothing).
fn verdict(expected: &Expected, run: &Run) -> Vec<String> {
    let mut fails = Vec::new();
    if expected.exit != 0 && expected.errors.is_empty() {
        fails.push("a failing case names its error (`error:`)".into());
    }
    if run.code != Some(expected.exit) {
        fails.push(format!(
            "exit code {:?}, expected {}",
            run.code, expected.exit
        ));
    }
    if run.stderr.contains("panicked") || run.stderr.to_lowercase().contains("backtrace") {
        fails.push("a panic or a backtrace".into());
    }
    let errors = run.texts(Severity::Error);
    let warnings = run.texts(Severity::Warning);
    for want in &expected.errors {
        if !errors.iter().any(|e| matches(e, want)) {
            fails.push(format!("no error «{want}»"));
        }
    }
    for want in &expected.warnings {
        if !warnings.iter().any(|w| matches(w, want)) {
            fails.push(format!("no warning «{want}»"));
        }
    }
    let count = expected.error_count();
    // Usage errors (exit 2) are clap's, printed its own way: one `error:` line.
    if errors.len() != count {
        fails.push(format!(
            "{} errors, expected {count} (one fault, one error)",
            errors.len()
        ));
    }
    // `check` sums up on stdout: "check: 1 error, 10 warnings in 2 files".
    let summed_up = if expected.args.first().is_some_and(|a| a == "check") {
        run.stdout.contains(&format!("check: {count} error"))
    } else {
        run.stderr.contains(&format!("error: {count} problem"))
    };
    if expected.exit == 1 && !summed_up {
        fails.push("no summary line `error: N problem(s) found` (or `check: N error(s)`)".into());
    }

    // The output folder: untouched on failure, new PDFs on success.
    if run.out.iter().any(|n| n.ends_with(".tmp")) {
        fails.push(format!("temporary files left in out/: {:?}", run.out));
    }
    for ((file, bytes), now) in PRIOR.iter().zip(&run.prior) {
        if expected.exit != 0 && now != bytes {
            fails.push(format!("out/{file} was changed by a failed build"));
        }
        if expected.exit == 0 && (now == bytes || !now.starts_with(b"%PDF-")) {
            fails.push(format!("out/{file} was not rebuilt"));
        }
    }
    fails
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
