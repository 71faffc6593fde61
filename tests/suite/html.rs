//! The web edition end to end: what the page says (the PDF's text, every
//! word escaped), and that it is written with the PDFs, all or nothing.
//! Its accessibility is checked in a real browser by `.ci/html.py`.

use std::path::Path;

use crate::util::{copy_project, edit, pdftotext_raw, replace_once, stderr, trialreport};

/// The page's text as a reader gets it: tags dropped (a block's a space,
/// an inline one's nothing), the style sheet left out, entities decoded,
/// white space collapsed.
fn html_text(html: &str) -> String {
    let mut html = html.to_string();
    while let (Some(start), Some(end)) = (html.find("<style>"), html.find("</style>")) {
        html.replace_range(start..end + "</style>".len(), " ");
    }
    // A header's short form shows on a narrow screen only, in place of the full one.
    while let Some(start) = html.find("<abbr class=\"short\"") {
        let end = start + html[start..].find("</abbr>").unwrap() + "</abbr>".len();
        html.replace_range(start..end, "");
    }
    let mut text = String::new();
    let mut tag: Option<String> = None;
    for c in html.chars() {
        match (&mut tag, c) {
            (None, '<') => tag = Some(String::new()),
            (Some(t), '>') => {
                let name: String = (t.trim_start_matches('/').chars())
                    .take_while(char::is_ascii_alphanumeric)
                    .collect();
                if !["a", "span"].contains(&name.as_str()) {
                    text.push(' ');
                }
                tag = None;
            }
            (Some(t), c) => t.push(c),
            (None, c) => text.push(c),
        }
    }
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x2f;", "/")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
        // The word joiners that keep a range on one line are not seen.
        .replace('\u{2060}', "");
    collapse(&text)
}

fn collapse(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn build(root: &Path, out: &Path, args: &[&str]) -> String {
    let mut all = vec!["build", "--out", out.to_str().unwrap()];
    all.extend(args);
    let o = trialreport(root, &all);
    assert!(o.status.success(), "{}", stderr(&o));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Builds the 2024 English web page alone into `root`/out and returns it.
fn english_page_2024(root: &Path) -> String {
    let out = root.join("out");
    build(
        root,
        &out,
        &["--year", "2024", "--lang", "en", "--format", "html"],
    );
    std::fs::read_to_string(out.join("report-2024-en.html")).unwrap()
}

#[test]
fn the_page_says_everything_the_pdf_says() {
    let project = copy_project();
    let out = project.path().join("out");
    for year in ["2024", "2018"] {
        let stdout = build(project.path(), &out, &["--year", year]);
        for lang in ["nb", "nn", "en"] {
            assert!(
                stdout.contains(&format!("report-{year}-{lang}.html (")),
                "{stdout}"
            );
            let pdf = pdftotext_raw(&out.join(format!("report-{year}-{lang}.pdf")));
            let html =
                std::fs::read_to_string(out.join(format!("report-{year}-{lang}.html"))).unwrap();
            let text = html_text(&html);
            let mut missing = Vec::new();
            let mut lines = 0;
            for line in pdf.lines().map(collapse).filter(|l| !l.is_empty()) {
                // A list's marker is the PDF's; the page's list has its own.
                let line = line.strip_prefix("• ").map_or(line.clone(), str::to_string);
                // The PDF's own furniture: page numbers, the running head
                // with its page number, the contents' dot leaders.
                let furniture = line.chars().all(|c| c.is_ascii_digit())
                    || line.contains(" . . ")
                    || line.contains("....");
                if furniture {
                    continue;
                }
                // A list item's marker (the page's is drawn by the browser).
                let line = line.strip_prefix("• ").map_or(line.clone(), str::to_string);
                lines += 1;
                // A word hyphenated at a line's end in a table heading.
                // The running head with its folio, on the outer edge: after
                // it on odd pages, before it on even ones.
                let found = text.contains(&line)
                    || line.strip_suffix('-').is_some_and(|l| text.contains(l))
                    || (line.rsplit_once(' ')).is_some_and(|(head, page)| {
                        page.parse::<u32>().is_ok() && text.contains(head)
                    })
                    || (line.split_once(' ')).is_some_and(|(page, head)| {
                        page.parse::<u32>().is_ok() && text.contains(head)
                    });
                if !found {
                    missing.push(line);
                }
            }
            assert!(lines > 50, "{year} {lang}: only {lines} lines of PDF text");
            assert!(
                missing.is_empty(),
                "{year} {lang}: the PDF's lines the page lacks:\n{}\n\npage: {text}",
                missing.join("\n")
            );
            // The page's landmarks and headings, in its language.
            let tag = if lang == "en" { "en-GB" } else { lang };
            assert!(html.contains(&format!("<html lang=\"{tag}\">")));
            assert_eq!(html.matches("<h1>").count(), 1);
            assert!(html.contains("<main id=\"main\""));
            // A contents list where the PDF has one: 2024's six numbered
            // sections, not 2018's two.
            assert_eq!(
                html.contains("<nav class=\"contents\""),
                year == "2024",
                "{year} {lang}"
            );
            assert!(!html.contains("<script"), "a page has no script of its own");
            assert!(!html.contains("src=\"http") && !html.contains("url(http"));
        }
    }
}

#[test]
fn tables_and_figures_have_their_semantics() {
    let project = copy_project();
    let out = project.path().join("out");
    build(
        project.path(),
        &out,
        &["--year", "2024", "--lang", "en", "--format", "html"],
    );
    assert!(
        !out.join("report-2024-en.pdf").exists(),
        "--format html writes no PDF"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(out.join("report-2024-en.html"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o777,
            0o644,
            "a page is a plain file, not an executable"
        );
    }
    let html = std::fs::read_to_string(out.join("report-2024-en.html")).unwrap();
    // Table 1: its caption, column headers, a year as each row's header.
    assert!(html.contains(
        "<caption id=\"tab-applications-caption\"><span class=\"label\">Table&nbsp;1:</span> Clinical trial applications, by sponsor type. 2014\u{2060}–\u{2060}2024. Number and per cent</caption>"
    ), "{html}");
    assert!(html.contains("<th class=\"text\" scope=\"col\">Year</th>"));
    assert!(
        html.contains("<tr><th scope=\"row\" class=\"text\">2024</th><td class=\"number\">76</td>")
    );
    // The sum row of the modifications table is the table's foot.
    let foot = html
        .split("<tfoot>")
        .nth(1)
        .expect("a table with a sum row");
    assert!(
        foot.split("</tfoot>").next().unwrap().contains("Total"),
        "{foot}"
    );
    // A figure: the chart named by its alt text, its caption, its numbers.
    assert!(html.contains("<figure id=\"fig-applications\" class=\"chart\">"));
    assert!(html.contains(
        "<svg role=\"img\" aria-label=\"Stacked bar chart: Clinical trial applications, by sponsor type. 2014–2024. Number."
    ));
    assert!(html.contains("<figcaption><span class=\"label\">Figure&nbsp;1:</span>"));
    // Each chart twice: as wide as in print, and drawn again for a phone
    // (charts.toml's phone_width, 260 px), the one shown there.
    let figure = html
        .split("<figure id=\"fig-applications\" class=\"chart\">")
        .nth(1)
        .unwrap();
    let figure = figure.split("</figure>").next().unwrap();
    assert!(figure.contains("<div class=\"chart-image wide\" style=\"--width: 453.0\"><svg role=\"img\" aria-label=\"Stacked bar chart: Clinical trial applications"), "{figure}");
    assert!(figure.contains("<div class=\"chart-image phone\" style=\"--width: 260.0\"><svg role=\"img\" aria-label=\"Stacked bar chart: Clinical trial applications"), "{figure}");
    assert_eq!(
        html.matches("class=\"chart-image wide\"").count(),
        html.matches("class=\"chart-image phone\"").count()
    );
    // A chart no table repeats has its numbers behind <details>.
    assert!(html.contains("<summary>The numbers in the chart</summary>"));
    assert!(
        html.contains(
            "<tr><th scope=\"row\" class=\"text\">Industry</th><td class=\"number\">45</td></tr>"
        ),
        "{html}"
    );
    // A cross-reference is a link to the section's heading.
    assert!(
        html.contains("<a href=\"#sec-cancer\">section&nbsp;4</a>"),
        "{html}"
    );
    assert!(html.contains("<h2 id=\"sec-cancer\" class=\"numbered\"><span class=\"num\">4</span> <span class=\"title\">Cancer trials</span></h2>"));
    // The fonts are in the page: nothing to fetch.
    assert_eq!(html.matches("src: url(data:font/woff2;base64,").count(), 3);
}

#[test]
fn text_from_translators_and_data_is_never_markup() {
    let project = copy_project();
    let root = project.path();
    let attack = "<script>alert(1)</script>";
    // A translation ...
    let meta = root.join("locales/en/meta.ftl");
    let text = std::fs::read_to_string(&meta).unwrap();
    let text = replace_once(
        &text,
        "report-subtitle = ",
        &format!("report-subtitle = {attack} & \"quoted\" "),
    );
    std::fs::write(&meta, text).unwrap();
    // ... and a therapy area the data name, with its name in every language.
    let data = root.join("data/2024.toml");
    let toml = std::fs::read_to_string(&data).unwrap();
    let toml = replace_once(&toml, "soc = \"endocrine\"", "soc = \"injected\"");
    std::fs::write(&data, toml).unwrap();
    for lang in ["nb", "nn", "en"] {
        let areas = root.join(format!("locales/{lang}/glossary.ftl"));
        let mut text = std::fs::read_to_string(&areas).unwrap();
        text.push_str(&format!("soc-injected = {attack}\n    .short = {attack}\n"));
        std::fs::write(&areas, text).unwrap();
    }
    let html = english_page_2024(root);
    assert!(!html.to_lowercase().contains("<script"), "{html}");
    let escaped = "&lt;script&gt;alert(1)&lt;&#x2f;script&gt;";
    assert!(
        html.contains(&format!(
            "<p class=\"subtitle\">{escaped} &amp; &quot;quoted&quot; "
        )),
        "{html}"
    );
    // In the therapy-area table and in the chart's alt text alike.
    assert!(
        html.contains(&format!("<td class=\"text\">{escaped}</td>"))
            || html.contains(&format!(">{escaped}</th>")),
        "{html}"
    );
}

#[test]
fn the_same_input_gives_the_same_page_and_a_broken_template_writes_nothing() {
    let project = copy_project();
    let root = project.path();
    let (a, b) = (root.join("a"), root.join("b"));
    build(root, &a, &["--year", "2022", "--format", "html"]);
    build(root, &b, &["--year", "2022", "--format", "html"]);
    for lang in ["nb", "nn", "en"] {
        let name = format!("report-2022-{lang}.html");
        assert_eq!(
            std::fs::read(a.join(&name)).unwrap(),
            std::fs::read(b.join(&name)).unwrap(),
            "{name} differs between two runs"
        );
    }
    let before = std::fs::read(a.join("report-2022-nb.html")).unwrap();
    edit(root, "templates/report.html.j2", |t| {
        replace_once(&t, "{%- endfor %}\n</ol>", "{%- endfor %\n</ol>")
    });
    let o = trialreport(
        root,
        &["build", "--year", "2022", "--out", a.to_str().unwrap()],
    );
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.contains("error: the HTML template: syntax error"),
        "{err}"
    );
    assert!(err.contains("templates/report.html.j2:"), "{err}");
    assert_eq!(
        std::fs::read(a.join("report-2022-nb.html")).unwrap(),
        before
    );
}

#[test]
fn a_chart_too_wide_for_a_phone_keeps_its_one_drawing() {
    let project = copy_project();
    let root = project.path();
    // 40 px: no chart's labels fit, so none is drawn again for phones.
    edit(root, "templates/charts.toml", |t| {
        replace_once(&t, "phone_width = 260", "phone_width = 40")
    });
    let html = english_page_2024(root);
    assert!(!html.contains("chart-image phone"), "{html}");
    assert!(!html.contains("chart-image wide"));
    // The one drawing is shown on every screen.
    assert_eq!(
        html.matches("<div class=\"chart-image\" style=\"--width: ")
            .count(),
        4
    );
}
