//! Unit tests of the data stage: messages, every mistake at once, and the
//! schema against the serde structs and `data/README.md`.

use std::collections::BTreeSet;

use super::schema::{Kind, Table, year_file};
use super::*;
use crate::diag::Diagnostics;

fn check(text: &str) -> Result<YearData, Diagnostics> {
    parse(&SourceFile::new("data/2024.toml", text))
}

fn errors(text: &str) -> Vec<String> {
    match check(text) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(e) => e.0.iter().map(|d| d.to_string()).collect(),
    }
}

/// The errors the shipped rules.toml finds in `files` (which must load):
/// the sums and the parts within their whole are rules there.
fn broken_rules(files: &[Arc<SourceFile>]) -> Diagnostics {
    let data = load_sources(files).expect("the files load");
    let mut config = crate::config::Config::shipped();
    config
        .load_rules(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules.toml"))
        .unwrap();
    Diagnostics(crate::check::own_rules(&data, &config))
}

const MINIMAL: &str =
    "year = 2024\n[applications]\ncommercial = 76\nnon_commercial = 33\ntotal = 109\n";

#[test]
fn minimal_file_loads() {
    let d = check(MINIMAL).unwrap();
    assert_eq!(d.applications.total, 109);
    assert!(d.cancer.is_none());
}

#[test]
fn wrong_total_points_at_the_line() {
    let err = broken_rules(&[SourceFile::new(
        "data/2024.toml",
        MINIMAL.replace("109", "110"),
    )]);
    assert_eq!(
        err.to_string(),
        "data/2024.toml:5:9: commercial (76) + non_commercial (33) = 109, but total says 110 \
         (rule `applications-sum`)"
    );
}

#[test]
fn unknown_key_says_what_was_meant_and_is_not_also_missing() {
    let e = errors(&MINIMAL.replace("commercial = 76", "comercial = 76"));
    assert_eq!(
        e,
        [
            "data/2024.toml:3:1: [applications] has no key `comercial` (did you mean `commercial`?); \
          its keys are `commercial`, `non_commercial`, `total`, `paediatric`, `rejected`, \
          `rejected_as_of`, `transition`"
        ]
    );
}

#[test]
fn negative_fractional_and_quoted_counts() {
    let e = errors(&MINIMAL.replace("= 33", "= -33"));
    assert_eq!(
        e,
        [
            "data/2024.toml:4:18: `non_commercial` must be a whole number, 0 or more (such as 33), not -33"
        ]
    );
    let e = errors(&MINIMAL.replace("= 33", "= 33.5"));
    assert_eq!(
        e,
        [
            "data/2024.toml:4:18: `non_commercial` must be a whole number (such as 33), not the fraction 33.5"
        ]
    );
    let e = errors(&MINIMAL.replace("= 109", "= \"109\""));
    assert_eq!(
        e,
        [
            "data/2024.toml:5:9: `total` must be a whole number (such as 109), not the text \"109\"; remove the quotes"
        ]
    );
    let e = errors(&MINIMAL.replace("= 109", "= 5000000000"));
    assert_eq!(
        e,
        [
            "data/2024.toml:5:9: `total` = 5000000000 is more than a count can hold (at most 4294967295)"
        ]
    );
}

#[test]
fn missing_keys_are_named_at_their_table() {
    let e = errors(&MINIMAL.replace("total = 109\n", ""));
    assert_eq!(
        e,
        [
            "data/2024.toml:2:1: `total` is missing from [applications]: it is required (see data/README.md)"
        ]
    );
    let e = errors("year = 2024\n");
    assert_eq!(
        e,
        [
            "data/2024.toml:1:1: `applications` is missing: every year file needs it (see data/README.md)"
        ]
    );
}

#[test]
fn file_name_must_match_year() {
    let err = check(&MINIMAL.replace("year = 2024", "year = 2023")).unwrap_err();
    assert!(
        err.to_string()
            .contains("named 2024.toml but says year = 2023"),
        "{err}"
    );
}

#[test]
fn dates_must_be_plain_dates_after_the_year() {
    let with = |extra: &str| MINIMAL.replace("total = 109\n", &format!("total = 109\n{extra}"));
    let e = errors(&with(
        "rejected = 0\nrejected_as_of = 2025-01-31T10:00:00\n",
    ));
    assert_eq!(
        e,
        [
            "data/2024.toml:7:18: `rejected_as_of` must be a plain date (such as 2026-01-31), not the date and time 2025-01-31T10:00:00; leave out the time"
        ]
    );
    let e = errors(&with("rejected = 0\nrejected_as_of = \"2025-01-31\"\n"));
    assert_eq!(
        e,
        [
            "data/2024.toml:7:18: `rejected_as_of` must be a date (such as 2026-01-31), not the text \"2025-01-31\"; remove the quotes"
        ]
    );
    let e = errors(&with("rejected = 0\nrejected_as_of = 2024-12-31\n"));
    assert_eq!(
        e,
        [
            "data/2024.toml:7:18: rejected_as_of 2024-12-31 is not after 2024: the applications of 2024 are counted as of a date in 2025 or later"
        ]
    );
    let e = errors(&MINIMAL.replace("year = 2024\n", "year = 2024\npublished = 2024-12-01\n"));
    assert_eq!(
        e,
        [
            "data/2024.toml:2:13: published 2024-12-01 is not after 2024: a report on 2024 is published in 2025 or later"
        ]
    );
    assert!(check(&with("rejected = 0\nrejected_as_of = 2025-01-31\n")).is_ok());
}

#[test]
fn every_mistake_is_reported_in_line_order() {
    let text = "year = 2024\npublished = 2024-06-01\n[applications]\ncommercial = x\n\
                non_commercial = 33\ntotal = 109\npaediatrc = 3\n[cancer]\ncommercial = 1\n\
                non_commercial = 2\ntotal = 4\n[guidance]\ntotal = 9\nmeetings = 9.5\nwritten = 0\n";
    let e = errors(text);
    assert_eq!(
        e,
        [
            "data/2024.toml:2:13: published 2024-06-01 is not after 2024: a report on 2024 is published in 2025 or later",
            "data/2024.toml:4:14: `commercial` must be a whole number (such as 76), not `x`",
            "data/2024.toml:7:1: [applications] has no key `paediatrc` (did you mean `paediatric`?); its keys are `commercial`, `non_commercial`, `total`, `paediatric`, `rejected`, `rejected_as_of`, `transition`",
            "data/2024.toml:14:12: `meetings` must be a whole number (such as 50), not the fraction 9.5",
        ]
    );
}

#[test]
fn crlf_is_accepted() {
    assert!(check(&MINIMAL.replace('\n', "\r\n")).is_ok());
}

/// The example in data/README.md, with `leader` (commented out there) in.
fn readme_example() -> String {
    let readme = include_str!("../../data/README.md");
    let start = readme.find("```toml\n").expect("a ```toml block") + "```toml\n".len();
    let end = start + readme[start..].find("```").unwrap();
    let example = &readme[start..end];
    assert_eq!(example.matches("# leader = ").count(), 1);
    example.replace("# leader = ", "leader = ")
}

/// The example passes the walk, the dates and the sums, and serde reads it.
#[test]
fn the_readme_example_is_a_valid_year_file() {
    let file = SourceFile::new("data/2025.toml", readme_example());
    let data = parse(&file).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(data.year, 2025);
    assert!(data.phases.is_some() && data.safety.is_some() && data.context.is_some());
}

/// Every key of the schema is in the example (so the example and the walk
/// agree on them), and serde takes exactly the schema's keys in each table:
/// an unknown key put in each table in turn makes serde list the keys it
/// takes, which must be the schema's, in its order.
#[test]
fn the_schema_is_the_serde_structs() {
    use toml_edit::{DocumentMut, Item, TableLike, Value};

    let example: DocumentMut = readme_example().parse().unwrap();
    /// The key paths of every table of the schema, checking on the way that
    /// the example has every key.
    fn collect(
        schema: &'static Table,
        path: Vec<String>,
        table: &dyn TableLike,
        out: &mut Vec<(Vec<String>, &'static Table)>,
    ) {
        out.push((path.clone(), schema));
        for field in schema.fields {
            // `not_supplied` names what a file lacks: the example has it all.
            if field.key == "not_supplied" {
                continue;
            }
            let item = table
                .get(field.key)
                .unwrap_or_else(|| panic!("data/README.md lacks {path:?} {}", field.key));
            let mut here = path.clone();
            here.push(field.key.to_string());
            match field.kind {
                Kind::Table(t) => collect(t, here, item.as_table_like().unwrap(), out),
                Kind::List(t) => match item.as_array_of_tables() {
                    // `[[confirmed]]`
                    Some(list) => collect(t, here, list.get(0).unwrap(), out),
                    // `top = [ { … } ]`
                    None => {
                        let first = item.as_array().unwrap().get(0).unwrap();
                        collect(t, here, first.as_inline_table().unwrap(), out);
                    }
                },
                _ => {}
            }
        }
    }
    let mut tables = Vec::new();
    collect(year_file(), Vec::new(), example.as_table(), &mut tables);
    assert_eq!(tables.len(), 14);
    for (path, schema) in tables {
        let mut doc = example.clone();
        let mut t: &mut dyn TableLike = doc.as_table_mut();
        for seg in &path {
            let item = t.get_mut(seg).unwrap();
            t = match item {
                Item::Value(Value::Array(list)) => {
                    list.get_mut(0).unwrap().as_inline_table_mut().unwrap()
                }
                Item::ArrayOfTables(list) => list.get_mut(0).unwrap(),
                _ => item.as_table_like_mut().unwrap(),
            };
        }
        t.insert("zz_no_such_key", toml_edit::value(0));
        let err = toml_edit::de::from_document::<YearData>(doc)
            .expect_err("serde took an unknown key")
            .to_string();
        let listed: Vec<&str> = err
            .split("zz_no_such_key`")
            .nth(1)
            .unwrap_or_else(|| panic!("{err}"))
            .lines()
            .next()
            .unwrap_or("")
            .split('`')
            .skip(1)
            .step_by(2)
            .collect();
        let keys: Vec<&str> = schema.keys().collect();
        assert_eq!(
            listed, keys,
            "the keys of {path:?}: serde against the schema"
        );
    }
}

/// The shipped files pass the walk with no error (and so the whole load).
#[test]
fn the_shipped_data_pass() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let data = load_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(data.latest(), Some(2024));
    let years: BTreeSet<i32> = data.years.keys().copied().collect();
    assert_eq!(years, (2014..=2024).collect());
}

/// The 2024 and 2025 files of a transposed part: 2025's `non_commercial`
/// typed 53 for 35.
fn transposed() -> Vec<Arc<SourceFile>> {
    vec![
        SourceFile::new(
            "data/2024.toml",
            "year = 2024\n[applications]\ncommercial = 76\nnon_commercial = 35\ntotal = 111\n",
        ),
        SourceFile::new(
            "data/2025.toml",
            "year = 2025\n[applications]\ncommercial = 79\nnon_commercial = 53\ntotal = 114\n",
        ),
    ]
}

#[test]
fn a_broken_sum_says_which_part_moved_most_from_last_year() {
    let err = broken_rules(&transposed());
    assert_eq!(
        err.to_string(),
        "data/2025.toml:5:9: commercial (79) + non_commercial (53) = 132, but total says 114 \
         (rule `applications-sum`); \
         non_commercial moved +51 % from 2024 (35 → 53); commercial +4 % (76 → 79); \
         total +3 % (111 → 114)"
    );
    // Each part is pointed at too, at its own line, with its move.
    let d = &err.0[0];
    let related: Vec<String> = d
        .related()
        .iter()
        .map(|r| format!("{}: {}", r.location(), r.message))
        .collect();
    assert_eq!(
        related,
        [
            "data/2025.toml:3:14: part: +4 % from 2024 (76 → 79)",
            "data/2025.toml:4:18: part: +51 % from 2024 (35 → 53)",
        ]
    );
    // Without last year's file, the sum alone, each part still pointed at.
    let alone = broken_rules(&transposed()[1..]);
    assert_eq!(
        alone.to_string(),
        "data/2025.toml:5:9: commercial (79) + non_commercial (53) = 132, but total says 114 \
         (rule `applications-sum`)"
    );
    assert_eq!(alone.0[0].related().len(), 2);
    assert_eq!(alone.0[0].related()[1].message, "part");
}

#[test]
fn a_part_that_was_zero_is_new_and_moved_most() {
    let files = [
        SourceFile::new(
            "data/2024.toml",
            "year = 2024\n[applications]\ncommercial = 1\nnon_commercial = 2\ntotal = 3\n\
             [modifications]\nctis_total = 0\nctd = 40\ntotal = 40\n",
        ),
        SourceFile::new(
            "data/2025.toml",
            "year = 2025\n[applications]\ncommercial = 1\nnon_commercial = 2\ntotal = 3\n\
             [modifications]\nctis_total = 30\nctd = 20\ntotal = 40\n",
        ),
    ];
    let err = broken_rules(&files);
    assert_eq!(
        err.to_string(),
        "data/2025.toml:9:9: ctis_total (30) + ctd (20) = 50, but total says 40 \
         (rule `modifications-sum`); \
         ctis_total moved from 0 in 2024 to 30; ctd -50 % (40 → 20); total +0 % (40 → 40)"
    );
}

#[test]
fn the_parts_of_a_broken_sum_are_printed_under_their_lines() {
    let err = broken_rules(&transposed());
    let mut out = codespan_reporting::term::termcolor::NoColor::new(Vec::new());
    crate::diag::emit(&mut out, &err.0).unwrap();
    let text = String::from_utf8(out.into_inner()).unwrap();
    assert!(text.contains("┌─ data/2025.toml:5:9"), "{text}");
    assert!(
        text.contains(
            "4 │ non_commercial = 53\n  │                  -- part: +51 % from 2024 (35 → 53)"
        ),
        "{text}"
    );
    assert!(
        text.contains("3 │ commercial = 79\n  │              -- part: +4 % from 2024 (76 → 79)"),
        "{text}"
    );
}
