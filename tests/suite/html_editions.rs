//! The web page among its editions: its PDF (with its size), the same year
//! in the other languages (`hreflang` alternates and a switch naming each
//! language in itself), its source, its publication date when the data give
//! one, a description from its main findings, the way back to the contents,
//! short headers for a narrow screen, and each chart's numbers shown once.

use std::path::Path;

use crate::util::{copy_project, edit, replace_once, stderr, trialreport};

fn build(root: &Path, out: &Path, args: &[&str]) {
    let mut all = vec!["build", "--out", out.to_str().unwrap()];
    all.extend(args);
    let o = trialreport(root, &all);
    assert!(o.status.success(), "{}", stderr(&o));
}

fn page(out: &Path, year: &str, lang: &str) -> String {
    std::fs::read_to_string(out.join(format!("report-{year}-{lang}.html"))).unwrap()
}

#[test]
fn a_page_links_its_pdf_and_its_other_languages() {
    let project = copy_project();
    let out = project.path().join("out");
    build(project.path(), &out, &["--year", "2024"]);
    // In report.toml's `language_order`: Bokmål, Nynorsk, English.
    let alternates = "<link rel=\"alternate\" hreflang=\"nb\" href=\"report-2024-nb.html\">\n\
                      <link rel=\"alternate\" hreflang=\"nn\" href=\"report-2024-nn.html\">\n\
                      <link rel=\"alternate\" hreflang=\"en-GB\" href=\"report-2024-en.html\">";
    for (lang, tag, name, pdf, source) in [
        (
            "nb",
            "nb",
            "Bokmål",
            "Last ned rapporten som PDF",
            "Kilde: Direktoratet for medisinske produkter (DMP)",
        ),
        (
            "nn",
            "nn",
            "Nynorsk",
            "Last ned rapporten som PDF",
            "Kjelde: Direktoratet for medisinske produkt (DMP)",
        ),
        (
            "en",
            "en-GB",
            "English",
            "Download the report as PDF",
            "Source: Norwegian Medical Products Agency (DMP)",
        ),
    ] {
        let html = page(&out, "2024", lang);
        assert!(html.contains(alternates), "{lang}: {html}");
        // The switch names every language in itself; this page's is not a link.
        assert!(
            html.contains(&format!(
                "<li><span aria-current=\"page\" lang=\"{tag}\">{name}</span></li>"
            )),
            "{lang}"
        );
        for (other, other_tag, other_name) in [
            ("nb", "nb", "Bokmål"),
            ("nn", "nn", "Nynorsk"),
            ("en", "en-GB", "English"),
        ] {
            let link = format!(
                "<a href=\"report-2024-{other}.html\" hreflang=\"{other_tag}\" lang=\"{other_tag}\">{other_name}</a>"
            );
            assert_eq!(html.contains(&link), other != lang, "{lang}: {link}");
        }
        // Its own PDF, beside it, with its size in kB (rounded up).
        let bytes = std::fs::metadata(out.join(format!("report-2024-{lang}.pdf")))
            .unwrap()
            .len();
        let kb = bytes.div_ceil(1000);
        assert!((40..1000).contains(&kb), "{kb} kB");
        let link = format!(
            "<a href=\"report-2024-{lang}.pdf\" type=\"application/pdf\">{pdf}</a> <span class=\"size\">(PDF, {kb}&nbsp;kB)</span>"
        );
        assert_eq!(
            html.matches(&link).count(),
            2,
            "{lang}: at the top and the foot: {link}"
        );
        assert!(
            html.contains(&format!("<p class=\"source\">{source}</p>")),
            "{lang}"
        );
        // No publication date in the data: none on the page.
        assert!(!html.contains("class=\"published\""), "{lang}");
    }
    let nb = page(&out, "2024", "nb");
    assert!(nb.contains(
        "<meta name=\"description\" content=\"Det kom inn 109 søknader om kliniske studier i 2024, 11 prosent flere enn i 2023 (98). Ikke-kommersielle sponsorer sendte inn 33 søknader, det laveste antallet…\">"
    ), "{nb}");
}

#[test]
fn a_page_links_only_the_editions_written_beside_it() {
    let project = copy_project();
    let out = project.path().join("out");
    build(
        project.path(),
        &out,
        &["--year", "2018", "--lang", "nn", "--format", "html"],
    );
    let html = page(&out, "2018", "nn");
    // No PDF written, no other language built: no link to either, and no
    // switch of one language.
    assert!(!html.contains(".pdf\""), "{html}");
    assert!(!html.contains("class=\"languages\""));
    assert!(html.contains("<link rel=\"alternate\" hreflang=\"nn\" href=\"report-2018-nn.html\">"));
    assert_eq!(html.matches("rel=\"alternate\"").count(), 1);
    // 2018's applications went to the Norwegian Medicines Agency: the source.
    assert!(
        html.contains("<p class=\"source\">Kjelde: Statens legemiddelverk</p>"),
        "{html}"
    );
    // A short report has no contents list, and no links back to it.
    assert!(!html.contains("class=\"to-contents\""));
}

#[test]
fn a_page_shows_the_publication_date_the_data_give() {
    let project = copy_project();
    let out = project.path().join("out");
    edit(project.path(), "data/2024.toml", |t| {
        replace_once(&t, "year = 2024\n", "year = 2024\npublished = 2025-03-03\n")
    });
    build(
        project.path(),
        &out,
        &["--year", "2024", "--format", "html"],
    );
    for (lang, date) in [
        ("nb", "Publisert 3. mars 2025"),
        ("nn", "Publisert 3. mars 2025"),
        ("en", "Published 3 March 2025"),
    ] {
        let html = page(&out, "2024", lang);
        assert!(
            html.contains(&format!("<p class=\"published\">{date}</p>")),
            "{lang}: {html}"
        );
    }
}

#[test]
fn a_long_page_leads_back_to_its_contents_and_its_tables_fit_a_phone() {
    let project = copy_project();
    let out = project.path().join("out");
    build(
        project.path(),
        &out,
        &["--year", "2024", "--format", "html"],
    );
    for (lang, back, heads) in [
        (
            "nb",
            "Til innholdet",
            [
                ("Kommersielle sponsorer", "Komm."),
                ("Ikke-kommersielle sponsorer", "Ikke-komm."),
                ("Andel ikke-kommersielle", "Andel ikke-komm."),
                ("I alt", "I alt"),
            ],
        ),
        (
            "nn",
            "Til innhaldet",
            [
                ("Kommersielle sponsorar", "Komm."),
                ("Ikkje-kommersielle sponsorar", "Ikkje-komm."),
                ("Prosentdel ikkje-kommersielle", "Del ikkje-komm."),
                ("I alt", "I alt"),
            ],
        ),
        (
            "en",
            "Back to contents",
            [
                ("Commercial sponsors", "Comm."),
                ("Non-commercial sponsors", "Non-comm."),
                ("Non-commercial share", "Non-comm. share"),
                ("Total", "Total"),
            ],
        ),
    ] {
        let html = page(&out, "2024", lang);
        // After every section, a link to the contents list.
        let link = format!("<p class=\"to-contents\"><a href=\"#contents\">{back}</a></p>");
        let sections = html.matches("<section aria-labelledby=\"sec-").count();
        assert!(sections >= 9, "{lang}: {sections} sections");
        assert_eq!(html.matches(&link).count(), sections, "{lang}");
        assert!(html.contains("<nav class=\"contents\" id=\"contents\""));
        // Table 1's headers, each with its short form for a narrow screen.
        for (full, short) in heads {
            assert!(
                html.contains(&format!(
                    "<th class=\"number\" scope=\"col\"><span class=\"full\">{full}</span><abbr class=\"short\" title=\"{full}\">{short}</abbr></th>"
                )),
                "{lang}: {full}"
            );
        }
        // A numbered heading's title is apart from its number (it hangs
        // under its text), and a year range never breaks: word joiners.
        assert!(html.contains("<span class=\"num\">1</span> <span class=\"title\">"));
        let body = html.split("<body").nth(1).unwrap();
        // The text, outside tags (an alt text in an attribute does not wrap).
        let mut text = String::new();
        let mut in_tag = false;
        for c in body.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        assert!(text.contains("2014\u{2060}–\u{2060}2024"));
        assert!(!text.contains("2014–2024"), "{lang}: an unjoined range");
        assert!(!html.split("<body").next().unwrap().contains('\u{2060}'));
    }
}

#[test]
fn a_chart_whose_numbers_a_table_holds_points_to_it() {
    let project = copy_project();
    let out = project.path().join("out");
    build(
        project.path(),
        &out,
        &["--year", "2024", "--lang", "en", "--format", "html"],
    );
    let html = page(&out, "2024", "en");
    let figure = |id: &str| {
        let f = html.split(&format!("<figure id=\"{id}\"")).nth(1).unwrap();
        f.split("</figure>").next().unwrap().to_string()
    };
    // Figure 1's years are Table 1's rows, Figure 4's Table 4's: a link
    // each, not the same eleven rows again.
    for (fig, table, number) in [
        ("fig-applications", "tab-applications", 1),
        ("fig-cancer", "tab-cancer", 4),
    ] {
        let f = figure(fig);
        assert!(
            f.contains(&format!(
                "<p class=\"chart-numbers\">See the numbers in <a href=\"#{table}\">Table&nbsp;{number}</a></p>"
            )),
            "{f}"
        );
        assert!(!f.contains("<details>"), "{f}");
    }
    // A chart no table repeats keeps its numbers behind <details>.
    let details = html.matches("<details>").count();
    let figures = html.matches("<figure id=").count();
    assert_eq!(details, figures - 2, "{figures} figures");
    assert!(details >= 1);
}

#[test]
fn the_key_figures_fill_their_rows() {
    let project = copy_project();
    // 2024's six key figures as 3 × 2 (not 4 + 2), 2018's two side by side.
    for (year, figures, class) in [("2024", 6, "columns-3"), ("2018", 2, "columns-2")] {
        let out = project.path().join(year);
        build(
            project.path(),
            &out,
            &["--year", year, "--lang", "nb", "--format", "html"],
        );
        let html = page(&out, year, "nb");
        let list = html.split("<section class=\"key-figures\"").nth(1).unwrap();
        let list = list.split("</ul>").next().unwrap();
        assert!(
            list.contains(&format!("<ul class=\"{class}\">")),
            "{year}: {list}"
        );
        assert_eq!(list.matches("<li>").count(), figures, "{year}");
    }
}
