//! Many reports in one run (`--year FROM..TO | all`) and `--emit-typst`.

use std::collections::BTreeSet;
use std::path::Path;

use trialreport::build::{self, EMITTED_CHARTS, EMITTED_MAIN, EMITTED_REPORT};
use trialreport::text::{self, Locale};
use trialreport::typeset::{self, Templates};

use crate::util::{copy_project, facts, root, shipped_with};
use crate::util::{pdftotext, stderr, trialreport};

use crate::util::file_names as names;

#[test]
fn a_range_builds_exactly_its_years() {
    let project = copy_project();
    let out = project.path().join("out");
    let o = trialreport(
        project.path(),
        &[
            "build",
            "--year",
            "2022..2024",
            "--lang",
            "nb",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let expected: BTreeSet<String> = (2022..=2024)
        .flat_map(|y| [format!("report-{y}-nb.pdf"), format!("report-{y}-nb.html")])
        .collect();
    assert_eq!(names(&out), expected);
    for year in 2022..=2024 {
        let text = pdftotext(&out.join(format!("report-{year}-nb.pdf")));
        assert!(
            text.contains(&format!("Kliniske studier {year}")),
            "{year}: {text}"
        );
    }
    let stdout = String::from_utf8_lossy(&o.stdout);
    // One line per file, then the summary.
    assert_eq!(stdout.matches("wrote ").count(), 6, "{stdout}");
    assert_eq!(stdout.matches(".html (").count(), 3, "{stdout}");
    let summary = stdout.lines().last().unwrap();
    assert!(
        summary.starts_with("6 files, ") && summary.contains(" pages, ") && summary.ends_with(" s"),
        "{summary}"
    );
    // Not a terminal: plain progress lines, one per report.
    let err = stderr(&o);
    assert_eq!(err.matches("] made ").count(), 3, "{err}");
    assert!(err.contains("[3/3] made "), "{err}");
    // The gaps are declared: one line for the run, the years of each.
    assert!(
        err.contains("known gaps, declared in report.toml:")
            && err.contains("modifications 2019–2023"),
        "{err}"
    );
}

#[test]
fn all_years_in_one_language() {
    let project = copy_project();
    let out = project.path().join("out");
    let o = trialreport(
        project.path(),
        &[
            "build",
            "--year",
            "all",
            "--lang",
            "en",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let expected: BTreeSet<String> = (2014..=2024)
        .flat_map(|y| [format!("report-{y}-en.pdf"), format!("report-{y}-en.html")])
        .collect();
    assert_eq!(names(&out), expected);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        stdout.lines().last().unwrap().starts_with("22 files, "),
        "{stdout}"
    );
}

#[test]
fn years_without_data_and_bad_ranges_are_clear_errors() {
    let project = copy_project();
    let out = project.path().join("out");
    let out = out.to_str().unwrap();
    let o = trialreport(
        project.path(),
        &["build", "--year", "2011..2015", "--out", out],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("there is no data for 2011, 2012, 2013 (asked for 2011..2015)"),
        "{}",
        stderr(&o)
    );
    assert!(!Path::new(out).exists(), "nothing is written");

    for (bad, says) in [
        ("2024..2022", "runs backwards: write 2022..2024"),
        ("2022..", "is not a year"),
        ("2022-2024", "use YEAR (2024), FROM..TO (2020..2024) or all"),
    ] {
        let o = trialreport(project.path(), &["build", "--year", bad, "--out", out]);
        assert_eq!(o.status.code(), Some(2), "{bad}: {}", stderr(&o));
        assert!(stderr(&o).contains(says), "{bad}: {}", stderr(&o));
    }
}

#[test]
fn strict_fails_a_range_when_any_year_lacks_data() {
    let project = copy_project();
    crate::util::without_known_gaps(project.path());
    let out = project.path().join("out");
    let o = trialreport(
        project.path(),
        &[
            "build",
            "--strict",
            "--year",
            "2015..2017",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--strict"), "{}", stderr(&o));
    assert!(!out.exists());
}

#[test]
fn a_missing_message_fails_every_report_once_and_writes_nothing() {
    let project = copy_project();
    let path = project.path().join("locales/en/sections.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let broken: String = text
        .lines()
        .filter(|l| !l.starts_with("col-rank"))
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&path, broken).unwrap();
    let out = project.path().join("out");
    let o = trialreport(
        project.path(),
        &[
            "build",
            "--year",
            "2020..2024",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    // Named, and once: the same problem in five reports is one problem.
    assert_eq!(
        err.matches("`en` has no message `col-rank`").count(),
        1,
        "{err}"
    );
    assert!(!err.contains("locale `nb`"), "{err}");
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn emit_typst_writes_a_self_contained_folder_that_lays_out_the_same_pdf() {
    let project = copy_project();
    let out = project.path().join("out");
    let emit = project.path().join("typst");
    let o = trialreport(
        project.path(),
        &[
            "build",
            "--year",
            "2023..2024",
            "--lang",
            "nb",
            "--out",
            out.to_str().unwrap(),
            "--emit-typst",
            emit.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        names(&emit),
        ["2023-nb", "2024-nb"].map(String::from).into()
    );

    let dir = emit.join("2024-nb");
    let files = names(&dir);
    for f in [
        EMITTED_MAIN,
        EMITTED_REPORT,
        EMITTED_CHARTS,
        build::EMITTED_WIDTHS,
        typeset::MAIN,
        "fonts",
    ] {
        assert!(files.contains(f), "{f} in {files:?}");
    }
    // The template, unchanged, and the fonts it names.
    assert_eq!(
        std::fs::read(dir.join(typeset::MAIN)).unwrap(),
        std::fs::read(root().join("templates").join(typeset::MAIN)).unwrap()
    );
    let fonts = names(&dir.join("fonts"));
    for f in [
        "OpenSans-Regular.ttf",
        "OpenSans-Italic.ttf",
        "OpenSans-Semibold.ttf",
        "OpenSans-Bold.ttf",
        "OpenSans-BoldItalic.ttf",
        "LICENSE-OpenSans.txt",
    ] {
        assert!(fonts.contains(f), "{f} in {fonts:?}");
    }
    let main = std::fs::read_to_string(dir.join(EMITTED_MAIN)).unwrap();
    assert!(main.contains("#include \"report.typ\""), "{main}");
    assert!(main.contains("--font-path fonts"), "{main}");
    // The document: every word and number; the charts beside it, one SVG
    // per figure of the document.
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join(EMITTED_REPORT)).unwrap()).unwrap();
    assert_eq!(json["year"], "2024");
    assert_eq!(json["lang"], "nb");
    assert!(!json.to_string().contains("<svg"), "no SVG in the document");
    let figures: BTreeSet<String> = json["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["blocks"].as_array().unwrap())
        .filter(|b| b["kind"] == "figure")
        .map(|b| format!("{}.svg", b["id"].as_str().unwrap()))
        .collect();
    assert!(figures.len() >= 3, "{figures:?}");
    assert_eq!(names(&dir.join(EMITTED_CHARTS)), figures);
    let svg =
        std::fs::read_to_string(dir.join(EMITTED_CHARTS).join(figures.first().unwrap())).unwrap();
    assert!(svg.starts_with("<svg"), "{}", &svg[..80.min(svg.len())]);

    // No typst-cli here: lay the folder out with our own World, rooted in the
    // folder, with no inputs, so the template reads report.json itself. The
    // same pages come out, byte for byte.
    let templates = Templates::with_main(&dir, EMITTED_MAIN).unwrap();
    // The folder holds the template's fonts (fonts/), as it tells typst-cli.
    let fonts = trialreport::fonts::Fonts::load(&dir, None).unwrap();
    let date = Some(typeset::document_date(2024, None));
    let t = typeset::typeset_with(&templates, &fonts, None, "trialreport-2024-nb", date)
        .unwrap_or_else(|e| panic!("{e}"));
    let built = std::fs::read(out.join("report-2024-nb.pdf")).unwrap();
    let laid_out = project.path().join("emitted.pdf");
    std::fs::write(&laid_out, &t.pdf).unwrap();
    assert_eq!(
        pdftotext(&laid_out),
        pdftotext(&out.join("report-2024-nb.pdf"))
    );
    assert!(
        t.pdf == built,
        "the emitted folder lays out a different PDF"
    );
}

#[test]
fn emitting_again_replaces_the_folder() {
    let project = copy_project();
    let out = project.path().join("out");
    let emit = project.path().join("typst");
    let stale = emit.join("2024-en/stale.typ");
    std::fs::create_dir_all(stale.parent().unwrap()).unwrap();
    std::fs::write(&stale, "old").unwrap();
    let o = trialreport(
        project.path(),
        &[
            "build",
            "--lang",
            "en",
            "--out",
            out.to_str().unwrap(),
            "--emit-typst",
            emit.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stale.exists());
    assert!(emit.join("2024-en/main.typ").exists());
    assert_eq!(names(&emit), ["2024-en".to_string()].into());
}

#[test]
fn the_library_builds_a_range_with_one_locale_per_language() {
    // The same build, through the library: outcome in year-then-language order.
    let project = copy_project();
    let opts = build::BuildOptions {
        years: build::Years::Range(2019, 2020),
        langs: None,
        out: project.path().join("out"),
        ..Default::default()
    };
    let outcome = build::build(&trialreport::build::Project::new(project.path()), &opts)
        .unwrap_or_else(|e| panic!("{e}"));
    let got: Vec<(i32, String)> = outcome
        .written
        .iter()
        .filter(|w| w.edition == build::Edition::Pdf)
        .map(|w| (w.year, w.lang.clone()))
        .collect();
    assert_eq!(
        got,
        [
            (2019, "en"),
            (2019, "nb"),
            (2019, "nn"),
            (2020, "en"),
            (2020, "nb"),
            (2020, "nn")
        ]
        .map(|(y, l)| (y, l.to_string()))
    );
    assert_eq!(outcome.years, [2019, 2020]);
}

#[test]
fn reports_made_at_once_from_one_locale_keep_their_problems_apart() {
    // Only 2024 has rejected applications, so only its report needs the
    // message `applications-rejected`; take it away and build every year at
    // once from one shared locale.
    let project = copy_project();
    let path = project.path().join("locales/en/applications.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let start = text.find("applications-rejected =").unwrap();
    let end = start + text[start..].find("\n\n").unwrap();
    std::fs::write(&path, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let locale = Locale::load("en", &project.path().join("locales/en")).unwrap();
    let data = shipped_with(&[]);
    let all: Vec<_> = (2014..=2024).map(|y| facts(&data, y)).collect();
    let errors: Vec<(i32, Vec<String>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = all
            .iter()
            .map(|f| {
                let locale = &locale;
                scope.spawn(move || {
                    let (_, errors) = text::document(f, &crate::util::outline(), locale);
                    (f.year, errors.iter().map(|e| e.message.clone()).collect())
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for (year, errors) in errors {
        if year == 2024 {
            assert_eq!(
                errors,
                ["locale `en`: message `applications-rejected` is missing"],
                "{year}"
            );
        } else {
            assert!(errors.is_empty(), "{year}: {errors:?}");
        }
    }
}
