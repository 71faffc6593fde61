//! `trialreport check`: each check catches its fixture, at its line and column.
//!
//! Every test breaks one thing in a copy of the shipped project and runs the
//! binary, as CI and translators do.

use std::path::Path;

use serde_json::Value;

use crate::util::{copy_project, edit, replace_once, trialreport as run};

/// `check --diagnostic-format json`: the exit code and the parsed report.
fn check_json(root: &Path) -> (i32, Value) {
    let o = run(root, &["check", "--diagnostic-format", "json"]);
    let json: Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        )
    });
    (o.status.code().unwrap(), json)
}

/// The one diagnostic whose message contains `needle`.
fn find<'a>(json: &'a Value, needle: &str) -> &'a Value {
    let hits: Vec<&Value> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["message"].as_str().unwrap().contains(needle))
        .collect();
    assert_eq!(hits.len(), 1, "`{needle}` in {json:#}");
    hits[0]
}

/// Asserts severity, file (suffix), line and column of a diagnostic.
fn assert_at(d: &Value, severity: &str, file: &str, line: u64, column: u64) {
    assert_eq!(d["severity"], severity, "{d}");
    assert!(d["file"].as_str().unwrap().ends_with(file), "{d}");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(line), Some(column)),
        "{d}"
    );
}

/// 1-based line and column of the first `needle` in a project file.
fn position(root: &Path, file: &str, needle: &str) -> (u64, u64) {
    let text = std::fs::read_to_string(root.join(file)).unwrap();
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` in {file}"));
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (line as u64, col as u64)
}

#[test]
fn the_shipped_project_is_clean() {
    let project = copy_project();
    let o = run(project.path(), &["check"]);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        stdout.trim(),
        "check: all clean: 11 data files, 3 languages, templates",
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(o.status.code(), Some(0));
    // It writes nothing.
    assert!(!project.path().join("out").exists());
}

#[test]
fn json_format_counts_and_locates_every_diagnostic() {
    let project = copy_project();
    let (code, clean) = check_json(project.path());
    assert_eq!(code, 0);
    assert_eq!(clean["errors"], 0);
    assert_eq!(clean["warnings"], 0);
    assert_eq!(clean["diagnostics"].as_array().unwrap().len(), 0);

    // One error and one warning.
    edit(project.path(), "locales/en/meta.ftl", |t| {
        replace_once(
            &t,
            "{ $year }\nreport-subtitle",
            "{ $yaer }\nreport-subtitle",
        )
    });
    for lang in ["nb", "en", "nn"] {
        edit(project.path(), &format!("locales/{lang}/meta.ftl"), |t| {
            t + "nobody-asks = for this\n"
        });
    }
    let (code, json) = check_json(project.path());
    assert_eq!(code, 1);
    assert_eq!(json["errors"], 1, "{json:#}");
    assert_eq!(json["warnings"], 1, "{json:#}");
    for d in json["diagnostics"].as_array().unwrap() {
        for key in ["severity", "file", "line", "column", "message"] {
            assert!(d.get(key).is_some(), "{key} in {d}");
        }
    }
    // Bad usage is exit code 2.
    let o = run(project.path(), &["check", "--diagnostic-format", "xml"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_syntax_error_is_reported_at_its_line_and_column() {
    let project = copy_project();
    edit(project.path(), "locales/en/meta.ftl", |t| {
        replace_once(
            &t,
            "report-title = Clinical trials { $year }",
            "report-title = Clinical trials { $year ]",
        )
    });
    let (line, col) = position(project.path(), "locales/en/meta.ftl", "]");
    let (code, json) = check_json(project.path());
    assert_eq!(code, 1);
    let d = find(&json, "expected `}` here, to close `{ $year`");
    assert_at(d, "error", "locales/en/meta.ftl", line, col);
    // The broken message is not also called missing.
    assert!(
        !json.to_string().contains("has no message `report-title`"),
        "{json:#}"
    );

    // Human output: file:line:column and the source line.
    let o = run(project.path(), &["check"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains(&format!("meta.ftl:{line}:{col}")),
        "{stderr}"
    );
    assert!(
        stderr.contains("report-title = Clinical trials { $year ]"),
        "{stderr}"
    );
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("check: 1 error, 0 warnings in 1 file"),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
}

#[test]
fn a_message_missing_from_a_translation_is_an_error_at_the_source() {
    let project = copy_project();
    edit(project.path(), "locales/en/meta.ftl", |t| {
        let line = t
            .lines()
            .find(|l| l.starts_with("report-subtitle ="))
            .unwrap()
            .to_string();
        replace_once(&t, &format!("{line}\n"), "")
    });
    let (line, col) = position(project.path(), "locales/nb/meta.ftl", "report-subtitle");
    let (code, json) = check_json(project.path());
    assert_eq!(code, 1);
    let d = find(&json, "`en` has no message `report-subtitle`");
    assert_at(d, "error", "locales/nb/meta.ftl", line, col);
    // One fault, one error: no second, file-less "message … is missing"
    // from typesetting `en` as well.
    assert_eq!(json["errors"], 1, "{json:#}");
}

/// A misspelt id (`label-figur`): "did you mean `label-figure`?" at the
/// translation's line, once; not "missing" plus "obsolete … remove it",
/// which would have a translator delete translated text.
#[test]
fn a_misspelt_message_id_gets_a_did_you_mean_and_no_advice_to_remove_it() {
    let project = copy_project();
    edit(project.path(), "locales/en/meta.ftl", |t| {
        replace_once(&t, "label-figure = Figure\n", "label-figur = Figure\n")
    });
    let (line, col) = position(project.path(), "locales/en/meta.ftl", "label-figur =");
    let (code, json) = check_json(project.path());
    assert_eq!(code, 1);
    assert_eq!(json["errors"], 1, "{json:#}");
    let d = find(&json, "did you mean `label-figure`?");
    assert_at(d, "error", "locales/en/meta.ftl", line, col);
    let o = run(project.path(), &["check"]);
    let all = String::from_utf8_lossy(&o.stderr);
    assert!(!all.contains("remove it"), "{all}");
    assert!(!all.contains("obsolete"), "{all}");
}

#[test]
fn a_build_never_fills_a_missing_translation_from_another_language() {
    let project = copy_project();
    let nb_subtitle = "Årsrapport om søknader om klinisk utprøving av legemidler";
    edit(project.path(), "locales/en/meta.ftl", |t| {
        let line = t
            .lines()
            .find(|l| l.starts_with("report-subtitle ="))
            .unwrap()
            .to_string();
        replace_once(&t, &format!("{line}\n"), "")
    });
    let out = project.path().join("out");
    let o = run(
        project.path(),
        &["build", "--lang", "en", "--out", out.to_str().unwrap()],
    );
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("`en` has no message `report-subtitle`: add it to "),
        "{stderr}"
    );
    // Nothing written; the nb text is shown as what to translate, never used.
    assert!(!out.join("report-2024-en.pdf").exists());
    assert!(
        stderr.contains(&format!("report-subtitle = {nb_subtitle}")),
        "{stderr}"
    );
    // nb still builds.
    let o = run(
        project.path(),
        &["build", "--lang", "nb", "--out", out.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn an_obsolete_message_is_an_error_at_its_line() {
    let project = copy_project();
    edit(project.path(), "locales/en/meta.ftl", |t| {
        t + "\nreport-motto = Trials for all\n"
    });
    let (line, col) = position(project.path(), "locales/en/meta.ftl", "report-motto");
    let (code, json) = check_json(project.path());
    assert_eq!(code, 1);
    let d = find(&json, "`report-motto` is not in `nb`");
    assert_at(d, "error", "locales/en/meta.ftl", line, col);
}

#[test]
fn an_unknown_variable_is_an_error_with_a_suggestion() {
    let project = copy_project();
    edit(project.path(), "locales/en/meta.ftl", |t| {
        replace_once(
            &t,
            "report-title = Clinical trials { $year }",
            "report-title = Clinical trials { $yaer }",
        )
    });
    let (line, col) = position(project.path(), "locales/en/meta.ftl", "yaer");
    let (code, json) = check_json(project.path());
    assert_eq!(code, 1);
    let d = find(&json, "`$yaer` is not a variable of `report-title`");
    assert_at(d, "error", "locales/en/meta.ftl", line, col);
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("did you mean `$year`?"),
        "{d}"
    );
}

#[test]
fn a_variable_the_program_does_not_pass_points_at_its_use_in_check_and_build() {
    // In nb, the source: no translation to compare with, so the run finds it.
    let project = copy_project();
    edit(project.path(), "locales/nb/meta.ftl", |t| {
        replace_once(
            &t,
            "report-title = Kliniske studier { $year }",
            "report-title = Kliniske studier { $yaer }",
        )
    });
    let (line, col) = position(project.path(), "locales/nb/meta.ftl", "yaer");
    let (code, json) = check_json(project.path());
    assert_eq!(code, 1);
    let d = find(&json, "Unknown variable: $yaer");
    assert_at(d, "error", "locales/nb/meta.ftl", line, col);

    let out = project.path().join("out");
    let o = run(project.path(), &["build", "--out", out.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr.contains(&format!("meta.ftl:{line}:{col}")),
        "{stderr}"
    );
}

#[test]
fn a_missing_attribute_is_an_error() {
    let project = copy_project();
    edit(project.path(), "locales/en/glossary.ftl", |t| {
        replace_once(&t, "    .term = CTIS\n", "")
    });
    let (line, col) = position(project.path(), "locales/en/glossary.ftl", "glossary-ctis");
    let (code, json) = check_json(project.path());
    assert_eq!(code, 1);
    let d = find(&json, "`glossary-ctis` lacks the attribute `.term`");
    assert_at(d, "error", "locales/en/glossary.ftl", line, col);
}

#[test]
fn an_obsolete_attribute_is_an_error() {
    let project = copy_project();
    edit(project.path(), "locales/en/glossary.ftl", |t| {
        replace_once(
            &t,
            "    .term = CTIS\n",
            "    .term = CTIS\n    .plural = CTISes\n",
        )
    });
    let (line, col) = position(project.path(), "locales/en/glossary.ftl", "plural");
    let (code, json) = check_json(project.path());
    assert_eq!(code, 1);
    let d = find(
        &json,
        "attribute `.plural` of `glossary-ctis` is not in `nb`",
    );
    assert_at(d, "error", "locales/en/glossary.ftl", line, col);
}

#[test]
fn a_misspelt_variant_key_is_an_error() {
    let project = copy_project();
    edit(project.path(), "locales/en/sections.ftl", |t| {
        replace_once(
            &t,
            "{ $phase-3 ->\n    [stable] remained stable ({ $phase-3-current }, against { $phase-3-previous } in { $previous-year })\n    [slight-increase]",
            "{ $phase-3 ->\n    [stable] remained stable ({ $phase-3-current }, against { $phase-3-previous } in { $previous-year })\n    [slight-increse]",
        )
    });
    let (line, col) = position(project.path(), "locales/en/sections.ftl", "slight-increse");
    let (code, json) = check_json(project.path());
    assert_eq!(code, 1);
    let d = find(&json, "variant `[slight-increse]`");
    assert_at(d, "error", "locales/en/sections.ftl", line, col);
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("did you mean `slight-increase`?"),
        "{d}"
    );
}

#[test]
fn a_reference_to_an_undefined_message_is_an_error() {
    let project = copy_project();
    edit(project.path(), "locales/en/meta.ftl", |t| {
        replace_once(
            &t,
            "report-title = Clinical trials { $year }",
            "report-title = { report-agncy } { $year }",
        )
    });
    let (line, col) = position(project.path(), "locales/en/meta.ftl", "report-agncy");
    let (code, json) = check_json(project.path());
    assert_eq!(code, 1);
    let d = find(&json, "refers to message `report-agncy`");
    assert_at(d, "error", "locales/en/meta.ftl", line, col);
}

#[test]
fn a_message_nobody_asks_for_is_a_warning() {
    let project = copy_project();
    for lang in ["nb", "en", "nn"] {
        edit(project.path(), &format!("locales/{lang}/meta.ftl"), |t| {
            t + "\nreport-motto = x\n"
        });
    }
    let (line, col) = position(project.path(), "locales/nb/meta.ftl", "report-motto");
    let (code, json) = check_json(project.path());
    assert_eq!(code, 0, "{json:#}");
    let d = find(&json, "`report-motto` is not used");
    assert_at(d, "warning", "locales/nb/meta.ftl", line, col);
    assert_eq!(json["diagnostics"].as_array().unwrap().len(), 1, "{json:#}");
}

#[test]
fn a_message_the_program_asks_for_that_no_locale_has_is_an_error() {
    let project = copy_project();
    for lang in ["nb", "en", "nn"] {
        edit(project.path(), &format!("locales/{lang}/meta.ftl"), |t| {
            let line = t
                .lines()
                .find(|l| l.starts_with("label-missing ="))
                .unwrap()
                .to_string();
            replace_once(&t, &format!("{line}\n"), "")
        });
    }
    let (code, json) = check_json(project.path());
    assert_eq!(code, 1);
    let d = find(
        &json,
        "asks for message `label-missing`, but no locale defines it",
    );
    assert_eq!(d["severity"], "error");
    assert!(d["file"].as_str().unwrap().ends_with("locales/nb"), "{d}");
}

#[test]
fn editorial_text_for_a_year_without_data_warns_and_a_misspelt_topic_errs() {
    let project = copy_project();
    for lang in ["nb", "en", "nn"] {
        edit(
            project.path(),
            &format!("locales/{lang}/editorial.ftl"),
            |t| t + "\neditorial-safety-2031 = Next decade.\neditorial-safty-2024 = Typo.\n",
        );
    }
    let (code, json) = check_json(project.path());
    assert_eq!(code, 1, "{json:#}");
    let (line, col) = position(
        project.path(),
        "locales/nb/editorial.ftl",
        "editorial-safety-2031",
    );
    let d = find(&json, "editorial text for 2031, a year with no data file");
    assert_at(d, "warning", "locales/nb/editorial.ftl", line, col);
    let (line, col) = position(
        project.path(),
        "locales/nb/editorial.ftl",
        "editorial-safty-2024",
    );
    let d = find(&json, "`editorial-safty-2024` is not used");
    assert_at(d, "error", "locales/nb/editorial.ftl", line, col);
    assert_eq!(json["errors"], 1);
    assert_eq!(json["warnings"], 1);
}

#[test]
fn data_report_toml_and_template_errors_are_found() {
    let project = copy_project();
    edit(project.path(), "data/2023.toml", |t| {
        replace_once(&t, "total = 98", "total = 99")
    });
    std::fs::write(
        project.path().join("report.toml"),
        "[narrative]\nslight = 1\n",
    )
    .unwrap();
    let (code, json) = check_json(project.path());
    assert_eq!(code, 1);
    let (line, col) = position(project.path(), "data/2023.toml", "99");
    let d = find(&json, "but total says 99");
    assert_at(d, "error", "data/2023.toml", line, col);
    let d = find(&json, "unknown field `slight`");
    assert_at(d, "error", "report.toml", 2, 1);

    // With the data fixed, the template is compiled: its error has a position.
    let project = copy_project();
    edit(project.path(), "templates/report.typ", |t| {
        t + "\n#let broken = 1 + \"a\"\n"
    });
    let (line, col) = position(project.path(), "templates/report.typ", "1 + \"a\"");
    let (code, json) = check_json(project.path());
    assert_eq!(code, 1);
    let d = find(&json, "cannot add integer and string");
    assert_at(d, "error", "templates/report.typ", line, col);
}

#[test]
fn a_removed_default_variant_is_reported_at_its_selector() {
    let project = copy_project();
    edit(project.path(), "locales/en/meta.ftl", |t| {
        replace_once(&t, "   *[same] unchanged from", "    [same] unchanged from")
    });
    let (line, col) = position(project.path(), "locales/en/meta.ftl", "{ $direction ->");
    let (code, json) = check_json(project.path());
    assert_eq!(code, 1);
    let d = find(
        &json,
        "every selector needs one default variant, marked `*`",
    );
    assert_at(d, "error", "locales/en/meta.ftl", line, col);
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .ends_with("mark one of `[up]`, `[down]`, `[same]` with `*`"),
        "{d}"
    );
    // One fault, one error: the broken message is not also called missing.
    assert_eq!(json["errors"], 1, "{json:#}");
}

#[test]
fn an_html_entity_is_an_error_at_its_position_in_check_and_build() {
    let project = copy_project();
    edit(project.path(), "locales/en/sections.ftl", |t| {
        replace_once(&t, "col-rank = No.", "col-rank = No.&nbsp;")
    });
    let (line, col) = position(project.path(), "locales/en/sections.ftl", "&nbsp;");
    let (code, json) = check_json(project.path());
    assert_eq!(code, 1);
    let d = find(&json, "`&nbsp;` would be printed as these six characters");
    assert_at(d, "error", "locales/en/sections.ftl", line, col);
    assert_eq!(json["errors"], 1, "{json:#}");

    let out = project.path().join("out");
    let o = run(project.path(), &["build", "--out", out.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("sections.ftl:{line}:{col}")),
        "{stderr}"
    );
    assert!(!out.exists(), "a failed build writes nothing");
}

#[test]
fn a_language_tag_of_another_language_is_an_error_at_its_line() {
    let project = copy_project();
    edit(project.path(), "locales/nn/meta.ftl", |t| {
        replace_once(&t, "language-tag = nn\n", "language-tag = en-GB\n")
    });
    let (line, col) = position(project.path(), "locales/nn/meta.ftl", "en-GB");
    let (code, json) = check_json(project.path());
    assert_eq!(code, 1);
    let d = find(&json, "`en-GB` is English, but this is the folder of `nn`");
    assert_at(d, "error", "locales/nn/meta.ftl", line, col);
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("write `language-tag = nn`"),
        "{d}"
    );
}

#[test]
fn outside_a_project_check_says_so_once() {
    let dir = tempfile::tempdir().unwrap();
    let (code, json) = check_json(dir.path());
    assert_eq!(code, 1);
    let d = find(&json, "this is not a trialreport project");
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .ends_with("has no data/ folder (and no locales/); run trialreport in the project folder, or give --root DIR"),
        "{d}"
    );
    assert_eq!(json["errors"], 1, "{json:#}");
}
