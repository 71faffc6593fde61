//! Every data rule (data/README.md, rules.toml): the error names the file, the line and
//! what disagrees. Each case breaks one rule in the shipped 2024 file.

use trialreport::diag::SourceFile;

use crate::util::{replace_once, shipped};

/// Parses `text` as data/2024.toml and returns the error text: the file's
/// own (its form, its dates), or, when it reads, the rules of the shipped
/// rules.toml it breaks (sums, parts within their whole).
fn error_of(text: &str) -> String {
    let file = SourceFile::new("data/2024.toml", text);
    if let Err(e) = trialreport::data::parse(&file) {
        return e.to_string();
    }
    let data = trialreport::data::load_sources(&[file]).unwrap();
    let mut config = trialreport::config::Config::shipped();
    config
        .load_rules(&crate::util::root().join("rules.toml"))
        .unwrap();
    let broken = trialreport::check::own_rules(&data, &config);
    if broken.is_empty() {
        panic!("accepted:\n{text}");
    }
    trialreport::diag::Diagnostics(broken).to_string()
}

/// Replaces `from` in the `[table]` of the shipped 2024 file.
fn in_table(table: &str, from: &str, to: &str) -> String {
    let text = shipped(2024);
    let start = text.find(&format!("[{table}]")).unwrap();
    let end = text[start + 1..]
        .find("\n[")
        .map_or(text.len(), |i| start + 1 + i);
    let section = replace_once(&text[start..end], from, to);
    format!("{}{}{}", &text[..start], section, &text[end..])
}

#[test]
fn the_shipped_data_is_valid() {
    let data = trialreport::data::load_dir(&crate::util::root().join("data")).unwrap();
    assert_eq!(
        data.years.keys().copied().collect::<Vec<_>>(),
        (2014..=2024).collect::<Vec<_>>()
    );
}

#[test]
fn every_sum_rule_is_checked() {
    let cases: &[(&str, &str, &str, &str)] = &[
        // (table, from, to, expected error)
        (
            "applications",
            "total = 109",
            "total = 110",
            "data/2024.toml:10:9: total says 110, but commercial (76) + non_commercial (33) = 109, and ctis.rms + ctis.msc_ams + ctis.mononational make 109 too: total is the count to fix (rule `applications-sum`)",
        ),
        (
            "cancer",
            "total = 44",
            "total = 45",
            "data/2024.toml:22:9: commercial (29) + non_commercial (15) = 44, but total says 45 (rule `cancer-sum`)",
        ),
        (
            "ctis",
            "multinational = 90",
            "multinational = 91",
            "data/2024.toml:28:17: rms (11) + msc_ams (79) = 90, but multinational says 91 (rule `ctis-multinational-sum`)",
        ),
        (
            "ctis",
            "total = 109",
            "total = 108",
            "data/2024.toml:31:9: rms (11) + msc_ams (79) + mononational (19) = 109, but total says 108 (rule `ctis-sum`)",
        ),
        (
            "modifications",
            "ctis_total = 316",
            "ctis_total = 317",
            "data/2024.toml:54:14: ctis_rms (37) + ctis_mononational (27) + ctis_msc (252) = 316, but ctis_total says 317 (rule `modifications-ctis-sum`)",
        ),
        (
            "modifications",
            "ctd = 116",
            "ctd = 117",
            "data/2024.toml:56:9: ctis_total (316) + ctd (117) = 433, but total says 432 (rule `modifications-sum`)",
        ),
        (
            "guidance",
            "written = 9",
            "written = 8",
            "meetings (50) + written (8) = 58, but total says 59, as human + veterinary + devices and industry + academia make: a part is the count to fix (rule `guidance-by-form`)",
        ),
        (
            "guidance",
            "devices = 7",
            "devices = 6",
            "human (30) + veterinary (22) + devices (6) = 58, but total says 59, as meetings + written and industry + academia make",
        ),
        (
            "guidance",
            "academia = 14",
            "academia = 15",
            "industry (45) + academia (15) = 60, but total says 59, as meetings + written and human + veterinary + devices make",
        ),
        (
            "ctis",
            "mononational_non_commercial = 16",
            "mononational_non_commercial = 20",
            "mononational_non_commercial (20) is more than mononational (19, line 29), of which it is a part (rule `ctis-mononational-non-commercial`)",
        ),
        (
            "applications",
            "paediatric = 17",
            "paediatric = 200",
            "paediatric (200) is more than total (109, line 10), of which it is a part (rule `paediatric-within-applications`)",
        ),
        (
            "therapy_areas",
            "count = 44",
            "count = 43",
            "neoplasms has 43 applications here, but cancer.total says 44",
        ),
        (
            "therapy_areas",
            "{ soc = \"blood\", count = 3 }",
            "{ soc = \"blood\", count = 30 }",
            "top must list the most applications first, but blood (30) comes after skin (4)",
        ),
        (
            "guidance",
            "academia = 14\n",
            "",
            "give all of industry, academia or none",
        ),
        (
            "applications",
            "rejected = 0\n",
            "",
            "rejected and rejected_as_of go together",
        ),
    ];
    let mut failures = Vec::new();
    for (table, from, to, expected) in cases {
        let err = error_of(&in_table(table, from, to));
        if !err.contains(expected) {
            failures.push(format!(
                "{table}: {from} → {to}\n  expected: {expected}\n  got:      {err}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn types_and_keys_are_checked() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "applications",
            "commercial = 76",
            "commercial = -76",
            "data/2024.toml:8:14: `commercial` must be a whole number, 0 or more (such as 76), not -76",
        ),
        (
            "applications",
            "commercial = 76",
            "commercial = 76.5",
            "data/2024.toml:8:14: `commercial` must be a whole number (such as 76), not the fraction 76.5",
        ),
        (
            "applications",
            "commercial = 76",
            "commercial = \"76\"",
            "data/2024.toml:8:14: `commercial` must be a whole number (such as 76), not the text \"76\"; remove the quotes",
        ),
        (
            "applications",
            "commercial = 76",
            "commercial = many",
            "data/2024.toml:8:14: `commercial` must be a whole number (such as 76), not `many`",
        ),
        (
            "applications",
            "commercial = 76",
            "comercial = 76",
            "data/2024.toml:8:1: [applications] has no key `comercial` (did you mean `commercial`?)",
        ),
        (
            "applications",
            "total = 109",
            "total = ",
            "data/2024.toml:10:9: `total` has no value: it must be a whole number (such as 109)",
        ),
        (
            "applications",
            "rejected_as_of = 2025-01-31",
            "rejected_as_of = \"2025-01-31\"",
            "data/2024.toml:15:18: `rejected_as_of` must be a date (such as 2026-01-31), not the text \"2025-01-31\"; remove the quotes",
        ),
    ];
    for (table, from, to, expected) in cases {
        let err = error_of(&in_table(table, from, to));
        assert!(
            err.contains(expected) && err.lines().count() == 1,
            "{from} → {to}: expected «{expected}» alone, got «{err}»"
        );
    }
}

/// A file with several mistakes of different kinds: each is reported, at
/// its line, in one run.
#[test]
fn every_mistake_of_a_file_is_reported_at_once() {
    let text = in_table("applications", "paediatric = 17", "paediatric = x");
    let text = replace_once(&text, "non_commercial = 15", "non_comercial = 15");
    let err = error_of(&text);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            "data/2024.toml:12:14: `paediatric` must be a whole number (such as 17), not `x`",
            "data/2024.toml:21:1: [cancer] has no key `non_comercial` (did you mean `non_commercial`?); its keys are `commercial`, `non_commercial`, `total`",
        ]
    );
    // The sum it breaks too is a rule of rules.toml, judged on the files
    // that read (check runs it on the files as written as well).
    let text = replace_once(&shipped(2024), "ctd = 116", "ctd = 117");
    assert_eq!(
        error_of(&text),
        "data/2024.toml:56:9: ctis_total (316) + ctd (117) = 433, but total says 432 (rule `modifications-sum`)"
    );
}

#[test]
fn year_and_file_name_must_agree() {
    let text = replace_once(&shipped(2024), "year = 2024", "year = 2025");
    assert!(
        error_of(&text)
            .contains("data/2024.toml:5:8: the file is named 2024.toml but says year = 2025")
    );
}

#[test]
fn bom_and_crlf_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("\u{feff}{}", shipped(2024).replace('\n', "\r\n"));
    std::fs::write(dir.path().join("2024.toml"), text).unwrap();
    let data = trialreport::data::load_dir(dir.path()).unwrap();
    assert_eq!(data.get(2024).unwrap().applications.total, 109);
}

#[test]
fn a_file_that_is_not_utf8_is_named() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("2024.toml"), b"year = 2024 # \xe6\xf8\n").unwrap();
    let err = trialreport::data::load_dir(dir.path())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("2024.toml:1:15: the file is not UTF-8 (byte 0xE6"),
        "{err}"
    );
}

#[test]
fn all_errors_of_all_files_are_reported_together() {
    let dir = tempfile::tempdir().unwrap();
    let bad = |y: i32| {
        replace_once(
            &shipped(y),
            "[cancer]\ncommercial = ",
            "[cancer]\ncommercial = x",
        )
    };
    std::fs::write(dir.path().join("2023.toml"), bad(2023)).unwrap();
    std::fs::write(dir.path().join("2024.toml"), bad(2024)).unwrap();
    let err = trialreport::data::load_dir(dir.path()).unwrap_err();
    assert_eq!(err.errors().count(), 2, "{err}");
}
