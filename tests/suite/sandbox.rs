//! The sandbox: what a template can reach, what text can do, which fonts
//! are used. (The corpus in tests/bad-inputs holds the templates that read
//! /etc/passwd, ../report.toml and ../data/2024.toml, import a package, or ask
//! for the date; here are the cases a folder of files cannot express.)

use std::path::Path;
use std::process::{Command, Output};

use crate::util::{copy_project, pdftotext_raw, stderr};

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_trialreport"))
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

/// Inserts `line` as line 2 of the template.
fn template_with(dir: &Path, line: &str) {
    let path = dir.join("templates/report.typ");
    let text = std::fs::read_to_string(&path).unwrap();
    let (first, rest) = text.split_once('\n').unwrap();
    std::fs::write(&path, format!("{first}\n{line}\n{rest}")).unwrap();
}

/// The PDF's text as poppler reads it, whitespace folded.
fn pdftotext(pdf: &Path) -> String {
    pdftotext_raw(pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_link_inside_templates_that_leads_outside_is_refused() {
    let project = copy_project();
    let dir = project.path();
    // A link to a file outside templates/ (the project's report.toml) …
    std::os::unix::fs::symlink(dir.join("report.toml"), dir.join("templates/settings.txt"))
        .unwrap();
    template_with(dir, r#"#let secret = read("settings.txt")"#);
    let o = run(dir, &["build", "--lang", "en", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("access denied"), "{err}");
    assert!(err.contains("templates/report.typ:2:20"), "{err}");
    assert!(!dir.join("out").exists());

    // … while a link that stays inside templates/ works (the check is the target).
    std::fs::remove_file(dir.join("templates/settings.txt")).unwrap();
    std::os::unix::fs::symlink(
        dir.join("templates/fonts/README.md"),
        dir.join("templates/settings.txt"),
    )
    .unwrap();
    let o = run(dir, &["build", "--lang", "en", "--out", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

/// Typst syntax in a translation or a data value is text: it shows as
/// written and does nothing.
#[test]
fn text_from_locales_and_data_is_never_code() {
    const INJECTED: &str = r##"#read("x") $ * _ <label> @ref ] \ #set page(fill: red)"##;
    let project = copy_project();
    let dir = project.path();
    for lang in ["nb", "en"] {
        // A message of the template's own (the subtitle on the title page) …
        let meta = dir.join(format!("locales/{lang}/meta.ftl"));
        let text = std::fs::read_to_string(&meta).unwrap();
        let line = text
            .lines()
            .find(|l| l.starts_with("report-subtitle = "))
            .unwrap()
            .to_string();
        std::fs::write(
            &meta,
            text.replace(&line, &format!("report-subtitle = {INJECTED}")),
        )
        .unwrap();
        // … and the name of a therapy area, a key in data/2024.toml (`soc =
        // "neoplasms"`) that the locale turns into text for Table 3.
        let glossary = dir.join(format!("locales/{lang}/glossary.ftl"));
        let text = std::fs::read_to_string(&glossary).unwrap();
        let line = text
            .lines()
            .find(|l| l.starts_with("soc-neoplasms = "))
            .unwrap()
            .to_string();
        std::fs::write(
            &glossary,
            text.replace(&line, &format!("soc-neoplasms = {INJECTED}")),
        )
        .unwrap();
    }
    let o = run(dir, &["build", "--out", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
    for lang in ["nb", "en"] {
        let text = pdftotext(&dir.join(format!("out/report-2024-{lang}.pdf")));
        assert_eq!(
            text.matches(INJECTED).count(),
            3,
            "{lang}: the title page, Table 3 and the colophon's citation show the text as written\n{text}"
        );
    }
}

/// A copy of Open Sans whose family is called "Qpen Sans": a font the
/// report does not embed, made here so the test needs no system fonts.
fn renamed_font(dir: &Path) {
    let mut bytes =
        std::fs::read(crate::util::root().join("templates/fonts/OpenSans-Regular.ttf")).unwrap();
    let utf16 = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_be_bytes).collect() };
    let mut renamed = 0;
    for (from, to) in [
        (b"Open Sans".to_vec(), b"Qpen Sans".to_vec()),
        (utf16("Open Sans"), utf16("Qpen Sans")),
    ] {
        let mut i = 0;
        while i + from.len() <= bytes.len() {
            if bytes[i..i + from.len()] == from[..] {
                bytes[i..i + from.len()].copy_from_slice(&to);
                renamed += 1;
            }
            i += 1;
        }
    }
    assert!(renamed > 0, "the font's name table names Open Sans");
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("QpenSans-Regular.ttf"), bytes).unwrap();
}

#[test]
fn extra_fonts_come_only_from_font_path() {
    let project = copy_project();
    let dir = project.path();
    let path = dir.join("templates/report.typ");
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("\n#text(font: \"Qpen Sans\", fallback: false)[Qpen]\n");
    std::fs::write(&path, text).unwrap();
    renamed_font(&dir.join("extra-fonts"));

    // Without --font-path the family is unknown: the system's fonts are not used.
    let o = run(dir, &["build", "--lang", "en", "--out", "a"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("unknown font family: qpen sans"),
        "{}",
        stderr(&o)
    );

    // With it, the font is found.
    let o = run(
        dir,
        &[
            "build",
            "--lang",
            "en",
            "--out",
            "b",
            "--font-path",
            "extra-fonts",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        !stderr(&o).contains("unknown font family"),
        "{}",
        stderr(&o)
    );
    assert!(pdftotext(&dir.join("b/report-2024-en.pdf")).contains("Qpen"));
}

#[test]
fn a_font_path_without_fonts_is_an_error() {
    let project = copy_project();
    let dir = project.path();
    let o = run(dir, &["build", "--font-path", "nowhere", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("nowhere: cannot read the font folder"),
        "{}",
        stderr(&o)
    );

    std::fs::create_dir(dir.join("empty")).unwrap();
    std::fs::write(dir.join("empty/README.txt"), "no fonts here").unwrap();
    let o = run(dir, &["build", "--font-path", "empty", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("empty: no fonts in the font folder"),
        "{}",
        stderr(&o)
    );

    std::fs::write(dir.join("empty/broken.ttf"), "not a font").unwrap();
    let o = run(dir, &["build", "--font-path", "empty", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("empty/broken.ttf: not a font Typst can read"),
        "{}",
        stderr(&o)
    );
    assert!(!dir.join("out").exists());
}

/// The fonts a PDF embeds, as poppler's pdffonts lists them (subset tags
/// left out): "OpenSans" (the regular face's PostScript name), "OpenSans-Bold".
fn pdf_fonts(pdf: &Path) -> Vec<String> {
    let out = Command::new("pdffonts").arg(pdf).output().unwrap_or_else(|e| {
        panic!("`pdffonts` could not be run ({e}): install poppler-utils (apt-get install poppler-utils)")
    });
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut names: Vec<String> = (String::from_utf8(out.stdout).unwrap().lines().skip(2))
        .filter_map(|l| l.split_whitespace().next())
        .map(|n| n.split_once('+').map_or(n, |(_, name)| name).to_string())
        .collect();
    names.sort();
    names.dedup();
    names
}

#[test]
fn the_pdf_is_set_in_the_project_s_font_files() {
    let project = copy_project();
    let dir = project.path();
    let o = run(
        dir,
        &["build", "--lang", "en", "--format", "pdf", "--out", "a"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let shipped = pdf_fonts(&dir.join("a/report-2024-en.pdf"));
    assert!(shipped.contains(&"OpenSans".to_string()), "{shipped:?}");

    // A designer replaces the regular face with another file (here the
    // semibold one under the regular one's name): the PDF follows.
    std::fs::copy(
        dir.join("templates/fonts/OpenSans-Semibold.ttf"),
        dir.join("templates/fonts/OpenSans-Regular.ttf"),
    )
    .unwrap();
    let o = run(
        dir,
        &["build", "--lang", "en", "--format", "pdf", "--out", "b"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let swapped = pdf_fonts(&dir.join("b/report-2024-en.pdf"));
    assert!(!swapped.contains(&"OpenSans".to_string()), "{swapped:?}");
    assert!(
        swapped.contains(&"OpenSans-Semibold".to_string()),
        "{swapped:?}"
    );

    // A font file that is not a font is named.
    std::fs::write(
        dir.join("templates/fonts/OpenSans-Italic.ttf"),
        "not a font",
    )
    .unwrap();
    let o = run(dir, &["build", "--lang", "en", "--out", "c"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("templates/fonts/OpenSans-Italic.ttf: not a font Typst can read"),
        "{}",
        stderr(&o)
    );
    assert!(!dir.join("c").exists());
}
