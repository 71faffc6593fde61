//! Property test: no data, however broken, makes the tool panic.
//!
//! Each case takes the shipped `data/*.toml` and applies a few random
//! mutations (a number replaced by 0, 1, u32::MAX, a negative or a huge
//! value; a line, a table or a whole file removed; a year changed; a key
//! renamed; a string replaced), then runs everything after reading the files:
//! loading and checking, facts, the text in nb and en, and the charts. It
//! must never panic, and:
//!
//! - rejected data give errors that each name a file, and print without panicking;
//! - accepted data give facts for every year, and text and charts with no
//!   locale errors except for a therapy-area key that no language knows
//!   (which `build` reports at the data line before making text).
//!
//! The checked-in run is small (64 cases, a few seconds); a long run:
//! `PROPTEST_CASES=20000 cargo test --release --test suite fuzz`.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use proptest::prelude::*;
use trialreport::config::Config;
use trialreport::diag::{self, SourceFile};
use trialreport::text::Locale;
use trialreport::{build, data, facts, text};

use crate::util::{locale, root};

/// The shipped data files, `(name, text)`.
fn shipped_files() -> &'static Vec<(String, String)> {
    static FILES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    FILES.get_or_init(|| {
        let mut files: Vec<(String, String)> = std::fs::read_dir(root().join("data"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .map(|p| {
                (
                    format!("data/{}", p.file_name().unwrap().to_string_lossy()),
                    std::fs::read_to_string(&p).unwrap(),
                )
            })
            .collect();
        files.sort();
        files
    })
}

fn locales() -> &'static [Locale; 2] {
    static LOCALES: OnceLock<[Locale; 2]> = OnceLock::new();
    LOCALES.get_or_init(|| [locale("nb"), locale("en")])
}

/// One change to the data files. Indices are taken modulo what exists.
#[derive(Debug, Clone)]
enum Mutation {
    /// Replace the n-th number (an integer after `=`) of a file.
    Number(usize, usize, String),
    /// Remove the n-th key line of a file.
    RemoveLine(usize, usize),
    /// Remove the n-th `[table]` of a file, to the next one.
    RemoveTable(usize, usize),
    /// Set a file's `year`.
    Year(usize, i64),
    /// Remove a file.
    RemoveFile(usize),
    /// Rename a file (to another year's name, or a name that is no year).
    Rename(usize, String),
    /// Replace the n-th quoted string of a file (a therapy-area key).
    Text(usize, usize, String),
    /// Append a line to a file.
    Append(usize, String),
    /// Append a line to every file (a table in consecutive years).
    AppendAll(String),
    /// Multiply every count of a file by a factor: sums still hold, so the
    /// data pass the checks with extreme values (unless they overflow).
    Scale(usize, u64),
}

fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("0".to_string()),
        Just("1".to_string()),
        Just(u32::MAX.to_string()),
        Just((u32::MAX - 1).to_string()),
        Just((u64::from(u32::MAX) + 1).to_string()),
        Just("-1".to_string()),
        Just(i64::MAX.to_string()),
        Just("1.5".to_string()),
        Just("1e9".to_string()),
        Just("nan".to_string()),
        Just("\"12\"".to_string()),
        (0u32..300).prop_map(|n| n.to_string()),
        any::<u32>().prop_map(|n| n.to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
    ]
}

/// Lines to append: tables with extreme values, dates that do not exist.
fn appended() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("published = 2025-02-30".to_string()),
        Just("published = 2025-03-01".to_string()),
        Just("published = 0001-01-01".to_string()),
        Just("[phases]\nphase_1 = 0\nphase_2 = 0\nphase_3 = 0\nphase_4 = 0".to_string()),
        Just("[phases]\nphase_1 = 4294967295\nphase_2 = 0\nphase_3 = 1\nphase_4 = 0".to_string()),
        Just("[safety]\nannual_reports = 4294967295\nnotifications = 0\nsubstances_national = 4294967295\nsubstances_multinational = 4294967295".to_string()),
        Just("[safety]\nannual_reports = 0\nnotifications = 3\nsubstances_national = 1\nsubstances_multinational = 0".to_string()),
        Just("[ctis]\nrms = 4294967295\nmsc_ams = 1\nmononational = 0".to_string()),
        Just("[guidance]\ntotal = 0".to_string()),
        Just("[modifications]\nctis_total = 0\nctd = 0\ntotal = 0".to_string()),
        Just("[therapy_areas]\ntop = []".to_string()),
        Just("[therapy_areas]\nleader = \"neoplasms\"".to_string()),
        ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let idx = || any::<usize>();
    prop_oneof![
        4 => (idx(), idx(), number()).prop_map(|(f, n, v)| Mutation::Number(f, n, v)),
        2 => (idx(), idx()).prop_map(|(f, n)| Mutation::RemoveLine(f, n)),
        2 => (idx(), idx()).prop_map(|(f, n)| Mutation::RemoveTable(f, n)),
        1 => (idx(), prop_oneof![
            2000i64..2030,
            Just(1899),
            Just(1900),
            Just(2999),
            Just(3000),
            Just(i64::from(i32::MIN)),
            Just(i64::from(i32::MAX)),
            any::<i64>(),
        ])
            .prop_map(|(f, y)| Mutation::Year(f, y)),
        1 => idx().prop_map(Mutation::RemoveFile),
        6 => (idx(), prop_oneof![
            Just(0u64),
            Just(2),
            Just(1000),
            Just(1_000_000),
            Just(u64::from(u32::MAX) / 500),
            Just(u64::from(u32::MAX)),
            1u64..100,
        ])
            .prop_map(|(f, k)| Mutation::Scale(f, k)),
        1 => (idx(), prop_oneof![
            (2010i32..2030).prop_map(|y| format!("{y}.toml")),
            Just("notes.toml".to_string()),
            Just("2024-copy.toml".to_string()),
        ])
            .prop_map(|(f, n)| Mutation::Rename(f, n)),
        1 => (idx(), idx(), prop_oneof![
            Just("neoplasms".to_string()),
            Just("blood".to_string()),
            Just(String::new()),
            "[a-z.-]{0,12}",
            "\\PC{0,8}",
        ])
            .prop_map(|(f, n, s)| Mutation::Text(f, n, s)),
        1 => (idx(), appended())
            .prop_map(|(f, l)| Mutation::Append(f, l)),
        1 => appended().prop_map(Mutation::AppendAll),
    ]
}

/// Byte ranges of the integer literals after `=` (outside comments), with
/// whether their key is a year.
fn numbers(text: &str) -> Vec<std::ops::Range<usize>> {
    numbers_with_keys(text)
        .into_iter()
        .map(|(_, r)| r)
        .collect()
}

fn numbers_with_keys(text: &str) -> Vec<(bool, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let code = line.split('#').next().unwrap_or("");
        let mut rest = code;
        let mut at = offset;
        while let Some(eq) = rest.find('=') {
            let after = &rest[eq + 1..];
            let skip = after.len() - after.trim_start().len();
            let start = at + eq + 1 + skip;
            let len = after
                .trim_start()
                .bytes()
                .take_while(|b| b.is_ascii_digit() || *b == b'-')
                .count();
            if len > 0 {
                let is_year = rest[..eq].trim_end().ends_with("year");
                out.push((is_year, start..start + len));
            }
            at += eq + 1;
            rest = after;
        }
        offset += line.len();
    }
    out
}

fn apply(files: &mut Vec<(String, String)>, m: &Mutation) {
    if files.is_empty() {
        return;
    }
    let n = files.len();
    match m {
        Mutation::Number(f, k, v) => {
            let text = &mut files[f % n].1;
            let ranges = numbers(text);
            if !ranges.is_empty() {
                let r = ranges[k % ranges.len()].clone();
                text.replace_range(r, v);
            }
        }
        Mutation::RemoveLine(f, k) => {
            let text = &mut files[f % n].1;
            let lines: Vec<&str> = text.lines().collect();
            let keys: Vec<usize> = (0..lines.len())
                .filter(|i| lines[*i].contains('='))
                .collect();
            if !keys.is_empty() {
                let drop = keys[k % keys.len()];
                *text = lines
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != drop)
                    .map(|(_, l)| format!("{l}\n"))
                    .collect();
            }
        }
        Mutation::RemoveTable(f, k) => {
            let text = &mut files[f % n].1;
            let starts: Vec<usize> = text.match_indices("\n[").map(|(i, _)| i + 1).collect();
            if !starts.is_empty() {
                let i = k % starts.len();
                let end = starts.get(i + 1).copied().unwrap_or(text.len());
                text.replace_range(starts[i]..end, "");
            }
        }
        Mutation::Year(f, y) => {
            let text = &mut files[f % n].1;
            let start = if text.starts_with("year = ") {
                Some(0)
            } else {
                text.find("\nyear = ").map(|i| i + 1)
            };
            if let Some(start) = start {
                let end = text[start..].find('\n').map_or(text.len(), |e| start + e);
                text.replace_range(start..end, &format!("year = {y}"));
            }
        }
        Mutation::RemoveFile(f) => {
            files.remove(f % n);
        }
        Mutation::Rename(f, name) => files[f % n].0 = format!("data/{name}"),
        Mutation::Text(f, k, s) => {
            let text = &mut files[f % n].1;
            let quotes: Vec<usize> = text.match_indices('"').map(|(i, _)| i).collect();
            let pairs = quotes.len() / 2;
            if pairs > 0 {
                let p = k % pairs;
                let (a, b) = (quotes[2 * p], quotes[2 * p + 1]);
                text.replace_range(a + 1..b, s);
            }
        }
        Mutation::Scale(f, k) => {
            let text = &mut files[f % n].1;
            for (is_year, r) in numbers_with_keys(text).into_iter().rev() {
                if is_year {
                    continue;
                }
                if let Ok(v) = text[r.clone()].parse::<u64>() {
                    text.replace_range(r, &v.saturating_mul(*k).to_string());
                }
            }
        }
        Mutation::AppendAll(line) => {
            for (_, text) in files.iter_mut() {
                text.push('\n');
                text.push_str(line);
                text.push('\n');
            }
        }
        Mutation::Append(f, line) => {
            let text = &mut files[f % n].1;
            text.push('\n');
            text.push_str(line);
            text.push('\n');
        }
    }
}

/// Everything after reading the files, for one mutated data folder.
/// `Ok(true)` when the data were accepted.
fn check(files: &[(String, String)]) -> Result<bool, TestCaseError> {
    let sources: Vec<Arc<SourceFile>> = files
        .iter()
        .map(|(name, text)| SourceFile::new(name, text.clone()))
        .collect();
    let dataset = match data::load_sources(&sources) {
        Ok(d) => d,
        Err(errors) => {
            prop_assert!(errors.errors().count() > 0, "Err without an error");
            for e in &errors.0 {
                prop_assert!(
                    e.file.is_some() || e.path.is_some(),
                    "an error without a file: {e}"
                );
                let _ = e.to_string();
            }
            let mut buffer = codespan_reporting::term::termcolor::Buffer::no_color();
            diag::emit(&mut buffer, &errors.0).unwrap();
            return Ok(false);
        }
    };
    // As `Project::load`: the counts must keep the shipped rules.toml.
    let mut config = Config::shipped();
    config
        .load_rules(&Path::new(env!("CARGO_MANIFEST_DIR")).join("rules.toml"))
        .unwrap();
    if trialreport::check::own_rules(&dataset, &config)
        .iter()
        .any(|d| d.severity == diag::Severity::Error)
    {
        return Ok(false);
    }
    for (&year, cur) in &dataset.years {
        let f = facts::compute(&dataset, &config, cur);
        let _ = serde_json::to_string(&f).unwrap();
        let _ = trialreport::gaps::gaps(
            std::slice::from_ref(&f),
            &config,
            &dataset,
            std::path::Path::new("data"),
        );
        for loc in locales() {
            let (doc, errors) = text::document(&f, &Config::shipped().outline(), loc);
            let chart =
                trialreport::charts::draw(&doc, &trialreport::charts::Style::shipped(), &|v| {
                    loc.number(v)
                });
            prop_assert!(chart.is_ok(), "{year} {}: {:?}", loc.lang, chart.err());
            let errors: Vec<String> = errors
                .into_iter()
                .map(|e| e.to_string())
                .filter(|e| !e.contains("message `soc-"))
                .collect();
            prop_assert!(errors.is_empty(), "{year} {}: {errors:?}", loc.lang);
            let _ = serde_json::to_value(&doc).unwrap();
        }
    }
    Ok(true)
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}

#[test]
fn no_data_makes_the_tool_panic() {
    use proptest::test_runner::{Config as RunConfig, TestRunner};
    use std::sync::atomic::{AtomicUsize, Ordering};

    let accepted = AtomicUsize::new(0);
    let total = AtomicUsize::new(0);
    let mut runner = TestRunner::new(RunConfig {
        cases: cases(),
        failure_persistence: None,
        ..RunConfig::default()
    });
    let start = std::time::Instant::now();
    let result = runner.run(&prop::collection::vec(mutation(), 1..4), |mutations| {
        let mut files = shipped_files().clone();
        for m in &mutations {
            apply(&mut files, m);
        }
        total.fetch_add(1, Ordering::Relaxed);
        if check(&files)? {
            accepted.fetch_add(1, Ordering::Relaxed);
        }
        Ok(())
    });
    let (accepted, total) = (accepted.into_inner(), total.into_inner());
    eprintln!(
        "fuzz: {} cases, {accepted} accepted and built, {} rejected with errors, in {:.1} s",
        cases(),
        total - accepted,
        start.elapsed().as_secs_f64()
    );
    if let Err(e) = result {
        panic!("{e}");
    }
    // The mutations must let enough data through to exercise facts and text.
    assert!(
        accepted * 10 >= total,
        "only {accepted} of {total} mutated data sets were accepted"
    );
}

/// The shipped data pass the same checks (the property's baseline).
#[test]
fn the_shipped_data_pass_the_fuzz_checks() {
    assert!(check(shipped_files()).unwrap());
}

#[test]
fn the_mutations_change_what_they_say() {
    let text = "year = 2024\n[a]\nx = 1 # = 9\ny = 22\n[b]\nz = \"k\"\n";
    assert_eq!(numbers(text).len(), 3);
    let mut files = vec![("data/2024.toml".to_string(), text.to_string())];
    apply(&mut files, &Mutation::Number(0, 2, "7".into()));
    assert!(files[0].1.contains("y = 7"), "{}", files[0].1);
    apply(&mut files, &Mutation::RemoveTable(0, 1));
    assert!(!files[0].1.contains("[b]"), "{}", files[0].1);
    apply(&mut files, &Mutation::Year(0, 1899));
    assert!(files[0].1.starts_with("year = 1899\n"), "{}", files[0].1);
}

/// Bugs the fuzzing found, kept as plain tests.
mod found {
    use super::*;

    fn files_with(f: impl Fn(&mut Vec<(String, String)>)) -> Vec<(String, String)> {
        let mut files = shipped_files().clone();
        f(&mut files);
        files
    }

    fn index_of(files: &[(String, String)], year: i32) -> usize {
        files
            .iter()
            .position(|(n, _)| n == &format!("data/{year}.toml"))
            .unwrap()
    }

    /// 2024 without `[context]`: the context passage needs its facts; it was
    /// formatted without them, and the build failed with eight locale errors.
    #[test]
    fn context_table_removed() {
        let files = files_with(|files| {
            let i = index_of(files, 2024);
            let text = &mut files[i].1;
            let start = text.find("[context]").unwrap();
            text.truncate(start);
        });
        assert!(check(&files).unwrap());
    }

    /// `[safety]` in two years with substance counts near u32::MAX: their sum
    /// overflowed (a panic in debug builds). Now a data error at the line.
    #[test]
    fn safety_substances_overflow() {
        let table = "\n[safety]\nannual_reports = 1\nnotifications = 0\nsubstances_national = 4294967295\nsubstances_multinational = 4294967295\n";
        let files = files_with(|files| {
            for (_, text) in files.iter_mut() {
                text.push_str(table);
            }
        });
        let sources: Vec<Arc<SourceFile>> = files
            .iter()
            .map(|(name, text)| SourceFile::new(name, text.clone()))
            .collect();
        let err = data::load_sources(&sources).unwrap_err().to_string();
        assert!(
            err.contains("substances_national (4294967295) + substances_multinational (4294967295) is more than a count can hold"),
            "{err}"
        );
    }

    /// Every count a million times larger, and every count zero: the whole
    /// report, PDF included, is still made.
    #[test]
    fn extreme_values_make_a_whole_report() {
        for factor in [0u64, 1_000_000] {
            let files = files_with(|files| {
                for i in 0..files.len() {
                    apply(files, &Mutation::Scale(i, factor));
                }
            });
            let sources: Vec<Arc<SourceFile>> = files
                .iter()
                .map(|(name, text)| SourceFile::new(name, text.clone()))
                .collect();
            let dataset = data::load_sources(&sources).unwrap_or_else(|e| panic!("{e}"));
            let f = facts::compute(&dataset, &Config::shipped(), dataset.get(2024).unwrap());
            let project = build::Project::new(root());
            let report = build::make_report(&project, &Config::shipped(), &f, "nb")
                .unwrap_or_else(|e| panic!("×{factor}: {e}"));
            let pdf = report.output(build::Edition::Pdf).unwrap();
            assert!(pdf.bytes.starts_with(b"%PDF-"));
        }
    }
}
