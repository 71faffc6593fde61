use super::*;
use crate::text;
use std::path::Path;

#[test]
fn editorial_years() {
    assert_eq!(editorial_year("editorial-safety-2024"), Some(2024));
    assert_eq!(editorial_year("editorial-context-2031"), Some(2031));
    assert_eq!(editorial_year("editorial-2024"), None);
    assert_eq!(editorial_year("report-title"), None);
}

/// `nb` and one translation, each one file, compared.
fn compared(nb: &str, tr: &str) -> Vec<String> {
    let files = |lang: &str, text: &str| {
        let file = SourceFile::new(format!("locales/{lang}/a.ftl"), text);
        LangFiles::new(lang, PathBuf::from(format!("locales/{lang}")), &[file])
    };
    let mut out = Vec::new();
    compare(
        &files("nb", nb),
        &files("en", tr),
        &BTreeSet::new(),
        &Passed::new(),
        &mut out,
    );
    out.into_iter().map(|d| d.message).collect()
}

#[test]
fn a_dropped_variable_is_an_error_unless_the_comment_says_why() {
    let nb =
        "a = I { $year } kom { $total ->\n    [one] én\n   *[other] { $total } søknader\n  }.\n";
    let whole =
        "a = There came { $total ->\n    [one] one\n   *[other] { $total } applications\n  }.\n";
    let got = compared(nb, whole);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("`a` in `en` does not use `$year`"),
        "{got:?}"
    );
    let excused = format!("# unused: $year — the heading names the year\n{whole}");
    assert_eq!(compared(nb, &excused), Vec::<String>::new());
    // A comment without a reason excuses nothing.
    let bare = format!("# unused: $year\n{whole}");
    assert_eq!(compared(nb, &bare).len(), 1);
    // The number taken out of the default variant, kept as the selector.
    let count =
        "a = In { $year } came { $total ->\n    [one] one\n   *[other] applications\n  }.\n";
    let got = compared(nb, count);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with(
            "the default variant `*[other]` of `$total` in `a` does not print `$total`"
        ),
        "{got:?}"
    );
    // `[one]` may say "one" instead of the number.
    let ok = "a = In { $year } came { $total ->\n    [one] one application\n   *[other] { $total } applications\n  }.\n";
    assert_eq!(compared(nb, ok), Vec::<String>::new());
}

/// The shipped project's `nb`, analysed and loaded.
fn shipped_nb() -> (Project, Config, Dataset, LangFiles, Locale) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let project = Project::new(root);
    let (config, data) = project.load().unwrap();
    let dir = project.locales_dir().join(SOURCE_LANG);
    let files = text::locale::read_sources(&dir).unwrap();
    let locale = Locale::from_sources(SOURCE_LANG, files.clone()).unwrap();
    let nb = LangFiles::new(SOURCE_LANG, dir, &files);
    (project, config, data, nb, locale)
}

/// The variables a `# Variables:` comment lists.
fn listed(comment: &[String]) -> Vec<String> {
    comment
        .iter()
        .skip_while(|l| l.trim() != "Variables:")
        .skip(1)
        .filter_map(|l| l.trim().strip_prefix('$'))
        .map(|l| l.split_whitespace().next().unwrap_or_default().to_string())
        .collect()
}

/// TRANSLATING.md: "The program fills in every variable listed in a
/// message's `# Variables:` comment, whether the `nb` text uses it or
/// not", and the editorial header: every editorial message can use
/// `$year`, `$previous-year` and `$transition-end`. Both are true, and a
/// translation that uses such a variable passes the check.
#[test]
fn every_variable_the_comments_list_is_passed_and_may_be_used() {
    let (project, config, data, nb, _) = shipped_nb();
    let mut sink = Vec::new();
    let (_, passed) = usage(&data, &config, &nb, &[], &project, &mut sink);
    let mut failures = Vec::new();
    let mut count = 0;
    for (id, (_, entry)) in &nb.index {
        let mut want = listed(&entry.comment);
        if editorial_year(id).is_some() && data.get(editorial_year(id).unwrap()).is_some() {
            want.extend(["year", "previous-year", "transition-end"].map(String::from));
        }
        for v in want {
            count += 1;
            if !passed.get(id).is_some_and(|p| p.contains(&v)) {
                failures.push(format!("{id}: ${v}"));
            }
        }
    }
    assert!(count > 100, "only {count} listed variables");
    assert!(failures.is_empty(), "listed, never passed: {failures:?}");

    // `$approximate` is listed for `applications-share`; `nb` does not
    // use it; a translation may.
    assert!(
        !nb.index["applications-share"]
            .1
            .variables
            .iter()
            .any(|v| v.name == "approximate")
    );
    let en_dir = project.locales_dir().join("en");
    let mut files = text::locale::read_sources(&en_dir).unwrap();
    let at = files
        .iter()
        .position(|f| f.text.contains("applications-share ="))
        .unwrap();
    let text = files[at].text.replacen(
        "for { $percent } of all",
        "for { $approximate ->\n        [yes] about\n       *[no] {\"\"}\n    } { $percent } of all",
        1,
    );
    files[at] = SourceFile::new(files[at].name.clone(), text);
    let en = LangFiles::new("en", en_dir, &files);
    let mut out = Vec::new();
    compare(&nb, &en, &BTreeSet::new(), &passed, &mut out);
    assert!(out.is_empty(), "{out:?}");
    // Without what the program passes, it is not a variable of nb's.
    compare(&nb, &en, &BTreeSet::new(), &Passed::new(), &mut out);
    assert!(
        out.iter().any(|d| d
            .message
            .starts_with("`$approximate` is not a variable of `applications-share`")),
        "{out:?}"
    );
}

#[test]
fn unused_comments_name_variables_and_a_reason() {
    let lines = |ls: &[&str]| ls.iter().map(|l| l.to_string()).collect::<Vec<_>>();
    assert_eq!(
        declared_unused(&lines(&["unused: $total, $previous — said as “more”"])),
        ["previous".to_string(), "total".to_string()].into()
    );
    assert_eq!(
        declared_unused(&lines(&["unused: $total - the title has it"])),
        ["total".to_string()].into()
    );
    assert!(declared_unused(&lines(&["unused: $total"])).is_empty());
    assert!(declared_unused(&lines(&["unused: $total — "])).is_empty());
    assert!(declared_unused(&lines(&["Variables: $total — the count"])).is_empty());
    // TRANSLATING.md's own example means what it says.
    let docs =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("TRANSLATING.md"))
            .unwrap();
    let examples: Vec<String> = docs
        .lines()
        .filter_map(|l| l.trim().strip_prefix("# "))
        .filter(|l| l.starts_with("unused:"))
        .map(String::from)
        .collect();
    assert!(!examples.is_empty(), "TRANSLATING.md shows `# unused:`");
    for e in examples {
        assert!(!declared_unused(std::slice::from_ref(&e)).is_empty(), "{e}");
    }
}

#[test]
fn suggestions_for_typos() {
    assert_eq!(
        suggest("yaer", ["total", "year"].into_iter(), "$"),
        ": did you mean `$year`?"
    );
    assert_eq!(suggest("count", ["year"].into_iter(), "$"), "");
}
